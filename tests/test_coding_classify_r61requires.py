"""Round 61 (issue 14r61-requires): a dead measure's fate not undone by the vote that decided
it (a motion to table that "passed") or by a deadline told with a long clause ("the deadline
for most bills to clear their first chamber has already passed"); the law as it stands told as
background of a dead bill; and the alive, revived and enacted measures and the pages about the
law as it stands beside them."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

H = "Capitol Ledger\n\n"
URL = "https://www.capitolledger.example.com/2026/03/27/story"
NEG = {
    "motion_passed_same_sentence": H
    + "House committee tables bill requiring trafficking notices at truck stops\n\nA bill that "
    "would have required truck stops to post a human trafficking hotline notice was tabled "
    "Wednesday by the House Transportation Committee.\n\nRep. Dana Holt moved to table the "
    "bill, and the motion passed 7-5.",
    "motion_to_table_passed": H
    + "Panel shelves hotel sign bill\n\nA House panel on Tuesday tabled a bill that would have "
    "required hotels to post human trafficking hotline signs in every lobby.\n\nA motion to "
    "table the bill passed 6-3 after brief debate.",
    "motion_carried_approved": H
    + "Committee tables massage notice bill\n\nThe Senate Commerce Committee tabled a bill "
    "requiring massage businesses to display trafficking hotline notices on Monday.\n\nSen. "
    "Ruiz moved to table it; the motion was approved on a voice vote.",
    "earlier_this_month": H
    + "House committee tables bill requiring trafficking notices at bus stations\n\nA bill that "
    "would have required bus stations to post a human trafficking hotline notice was tabled "
    "Thursday by the House Judiciary Committee.\n\nSenate Bill 44 passed the Senate 30-1 "
    "earlier this month.",
    "had_passed": H
    + "Committee tables bill requiring trafficking signs at rest areas\n\nA House committee "
    "tabled a bill Friday that would have required rest areas to post human trafficking "
    "hotline signs.\n\nThe bill had passed the Senate unanimously in March.",
    "after_it_passed": H
    + "Bill requiring hotline posters at airports tabled\n\nA bill requiring airports to post "
    "human trafficking hotline posters was tabled by a House committee on Tuesday, weeks after "
    "it passed the Senate 28-2.",
    "which_passed_house": H
    + "Senate panel tables truck stop trafficking notice bill\n\nA Senate committee tabled House "
    "Bill 9 on Tuesday. The bill, which passed the House in February, would have required "
    "truck stops to post human trafficking hotline notices.",
    "last_week_before": H
    + "Bill requiring bars to post trafficking notices tabled\n\nA bill requiring bars to post "
    "human trafficking hotline notices was tabled Wednesday by a House committee. The measure "
    "passed the Senate last week.",
    "deadline_long_clause": H
    + "Committee tables bill on trafficking signs at youth sports complexes\n\nA Senate "
    "committee on Thursday tabled a bill that would have required youth sports complexes to "
    "post human trafficking hotline signs.\n\nThe sponsor said she would look for another bill "
    "to amend, but the deadline for most bills to clear their first chamber has already passed.",
    "deadline_for_action": H
    + "Hotel notice bill tabled\n\nA House committee tabled a bill requiring hotels to post "
    "trafficking hotline notices. The deadline for committees to act on House bills has now "
    "passed.",
    "standing_laws_recent_years": H
    + "Committee tables bill on trafficking signs at gyms\n\nA Senate committee tabled a bill "
    "Thursday that would have required gyms to post human trafficking hotline signs.\n\nKansas "
    "already requires certain businesses, including massage establishments and drinking "
    "establishments, to display trafficking notices under laws passed in recent years.",
    "standing_laws_enacted_years": H
    + "Bill requiring trafficking notices at campgrounds dies\n\nA bill requiring campgrounds to "
    "post human trafficking notices died in committee Friday.\n\nState law already requires "
    "bars and massage parlors to post the notices under laws enacted in 2019 and 2021.",
    "existing_law_must": H
    + "Panel kills bill on trafficking signs at car washes\n\nA House panel killed a bill "
    "Tuesday that would have required car washes to post trafficking hotline signs.\n\nUnder "
    "existing law, hotels and truck stops must post the signs.",
    "since_year": H
    + "Bill requiring trafficking notices at nail salons tabled\n\nA Senate committee tabled a "
    "bill requiring nail salons to post trafficking hotline notices.\n\nSince 2018, the state "
    "has required truck stops to display the notice.",
    "statute_adopted": H
    + "Committee tables spa notice bill\n\nA committee tabled a bill Monday that would have "
    "required day spas to post trafficking hotline notices.\n\nMassage establishments already "
    "must display trafficking notices under a statute adopted in 2022.",
    "current_law_including": H
    + "Trafficking notice bill for farm stands tabled\n\nA House committee tabled a bill "
    "requiring farm stands to post human trafficking hotline notices.\n\nCurrent law requires "
    "certain businesses, including hotels and bars, to display the notice.",
    "laws_approved_recent": H
    + "Bill on trafficking signs at stadiums stalls\n\nA bill that would have required stadiums "
    "to post trafficking hotline signs was tabled by a Senate panel.\n\nThe state already "
    "requires truck stops and airports to post the signs under laws lawmakers approved in "
    "recent sessions.",
}
#: the same stories under a headline that names the duty as the bill's content ("tables bill
#: requiring ..."), the form of the development texts: the fate's sentence is the lead's
HEADLINE = "Committee tables bill requiring businesses to post trafficking notices"


def _headlined(text: str) -> str:
    lines = text.split("\n")
    lines[2] = HEADLINE
    return "\n".join(lines)


NEG.update({k + "_headline": _headlined(v) for k, v in list(NEG.items())})
POS = {
    "lifted_and_passed": H
    + "Trafficking notice bill revived\n\nA bill requiring truck stops to post human trafficking "
    "hotline notices was tabled in March. It was lifted from the table Tuesday and passed the "
    "House 70-30.",
    "motion_lift_then_approved": H
    + "Hotel sign bill back\n\nA House committee tabled a bill requiring hotels to post "
    "trafficking hotline signs last week. On Tuesday a motion to take the bill from the table "
    "passed, and the House approved it 60-40.",
    "earlier_month_then_cleared": H
    + "Bus station notice bill advances\n\nA bill requiring bus stations to post a human "
    "trafficking hotline notice passed the Senate earlier this month and cleared the House "
    "Judiciary Committee Wednesday.",
    "agency_page_existing": H
    + "General\n\nHuman Trafficking Notices\n\nKansas requires massage establishments and "
    "drinking establishments to display the human trafficking hotline notice in a conspicuous "
    "place near the entrance.",
    "news_about_existing_law": H
    + "Inspectors check trafficking notices at bars\n\nKansas already requires massage "
    "establishments and drinking establishments to display trafficking notices under laws "
    "passed in recent years. State inspectors began checking compliance this month.",
    "signed": H
    + "Governor signs bill requiring truck stops to post trafficking notices\n\nGov. Reed signed "
    "a bill Tuesday requiring truck stops to post the human trafficking hotline notice near "
    "restrooms.",
    "tabled_then_signed": H
    + "Spa notice bill becomes law\n\nA bill requiring massage spas to post trafficking hotline "
    "notices was tabled in February, but the committee revived it in March, and the governor "
    "signed it Friday.",
    "do_pass_motion": H
    + "Committee advances hotel notice bill\n\nA bill requiring hotels to post trafficking "
    "hotline notices moved forward Tuesday. A do-pass motion passed 5-4 in the Senate Commerce "
    "Committee.",
    "other_measure_signed": H
    + "Car wash sign bill tabled\n\nA House committee tabled a bill requiring car washes to post "
    "trafficking hotline signs.\n\nSeparately, the governor signed House Bill 3, which "
    "requires hotels to post the human trafficking hotline notice in each lobby.",
    "motion_passed_no_fate": H
    + "House panel advances bill requiring trafficking notices at airports\n\nRep. Lee moved to "
    "advance the bill requiring airports to post human trafficking hotline notices, and the "
    "motion passed 9-2.",
    "tabled_amendment_bill_passed": H
    + "Bar notice bill passes\n\nThe Senate tabled an amendment to exempt small bars and then "
    "passed the bill requiring bars to post human trafficking hotline notices 31-4.",
    "motion_table_failed_passed": H
    + "Rest area sign bill passes committee\n\nA motion to table the bill requiring rest areas "
    "to post trafficking hotline signs failed 4-7, and the committee then approved the bill "
    "8-3.",
    "new_law_since": H
    + "New law: gyms must post trafficking signs\n\nA new law requires gyms to post human "
    "trafficking hotline signs beginning July 1. Since 2018, the state has required truck "
    "stops to display the notice.",
    "motion_to_lift_passed": H
    + (
        "Truck stop sign bill revived\n\nA House committee tabled a bill requiring truck "
        "stops to post human trafficking hotline notices in March. On Tuesday Rep. Holt moved to "
        "lift the bill from the table, and the motion passed 8-4."
    ),
}


@pytest.mark.parametrize("name", sorted(NEG))
def test_dead_measure_no_duty(name: str) -> None:
    for url in (URL, None):
        assert code_text(NEG[name], url=url).requires_posting is False, name


@pytest.mark.parametrize("name", sorted(POS))
def test_alive_or_standing_duty(name: str) -> None:
    for url in (URL, None):
        assert code_text(POS[name], url=url).requires_posting is True, name


def test_lift_motion_evidence_is_the_bill() -> None:
    c = code_text(POS["motion_to_lift_passed"], url=URL)
    quotes = [e["quote"] for e in c.evidence if e["field"] == "requires_posting"]
    assert any("requiring truck stops to post" in q for q in quotes)
