"""Round 58 (issue 14r58-requires): dead measures' news, as duties and as campaigns.

Wordings of our own, both sides of each class:

* news of a measure that died is no posting duty, however its fate is told: a process rule
  whose negation scopes a coordination ("a bill that is not heard and passed out of its first
  committee ... cannot advance": "passed" is denied too), a section's more-line of links ("More
  Statehouse: Senate approves ..."), "end" with the measure as object ("The Senate's vote ends
  the bill for the session"), an earlier version's duty whose paragraph tells its provision cut,
  restored and cut again; near misses: a bill passed and heading on, a bill "not dead yet" heard
  and passed (a process rule about any bill is no fate of this one), a bill killed last year and
  reintroduced and signed, a law whose story names another bill's death, a version's provision
  restored and kept, "More than 30 businesses testified:" (no links line).
* news of a dead measure is no office's campaign: its headline read after the site's name and
  menu, and the efforts its debaters argue with ("Committee members said the attorney general's
  office already distributes ...", "saying ... would rather run a voluntary awareness campaign",
  "Opponents said many employers already put up ... posters") are no effort; near misses: a
  governor who vetoes and says her department will put up posters (an act announced), and a
  billboard campaign whose story mentions a dead bill.
"""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

CH = "Capitol Ledger\nPolitics | Business | Statehouse | Opinion\n\n"
BY = "By Dana Whitfield\nMarch 4, 2026\n\n"

CASES = [
    pytest.param(
        "requires_posting",
        False,
        (
            CH
            + "Bill requiring trafficking notices at campgrounds never heard before deadline\n\n"
            + BY
            + "HELENA - A bill that would have required private campgrounds to post human traff"
            "icking hotline notices at their check-in desks died on Friday without ever recei"
            "ving a hearing.\n\nHouse Bill 410 was referred to the House Business Committee in "
            "January, but the chair never scheduled it. Under the joint rules, a bill that is"
            " not heard and passed out of its first committee by the transmittal deadline can"
            "not advance.\n\nThe sponsor, Rep. Ana Ruiz, said she filed it after hearing from c"
            "ampground hosts along Interstate 90.\n"
        ),
        id="neg_coord_rule",
    ),
    pytest.param(
        "requires_posting",
        False,
        (
            "Proposal to make bus depots post trafficking signs is finished for the session\n\n"
            + BY
            + "A proposal to require bus depots to post human trafficking hotline signs is fini"
            "shed for the session after it missed Friday's committee deadline.\n\nSenate Bill 7"
            "7 sat in the Transportation Committee all month. A measure not heard and approve"
            "d by a committee before the deadline cannot move on, legislative staff said.\n\nTh"
            "e sponsor said she would bring it back next year.\n"
        ),
        id="neg_coord_approved",
    ),
    pytest.param(
        "requires_posting",
        False,
        (
            CH
            + "Stadium trafficking sign bill dies without a hearing\n\n"
            + BY
            + "A proposal to require stadiums to post human trafficking hotline signs is dead f"
            "or the year after it never received a committee hearing.\n\nThe committee chair sa"
            "id there were too many bills and too few meetings.\n\nMore Statehouse: Senate appr"
            "oves school funding plan | Road bill clears committee\n"
        ),
        id="links_more_section",
    ),
    pytest.param(
        "requires_posting",
        False,
        (
            "Rest stop trafficking poster bill dies in committee\n\n"
            + BY
            + "A bill to require rest stops to post human trafficking hotline posters died in t"
            "he House Transportation Committee on Tuesday.\n\nThe committee never voted on it b"
            "efore the deadline.\n\nMore Local News: Council passes water rate increase | Count"
            "y adopts budget\n"
        ),
        id="links_more_local",
    ),
    pytest.param(
        "requires_posting",
        False,
        (
            CH
            + "Senate kills bill requiring trafficking notices at bingo halls\n\n"
            + BY
            + "The Senate on Wednesday defeated a bill that would have required bingo halls to "
            "post human trafficking hotline notices.\n\nHouse Bill 1100 failed 19-28. The bill "
            "would have required each licensed hall to display a notice with the National Hum"
            "an Trafficking Hotline number in its restrooms. It passed the House 70-20 in Feb"
            "ruary.\n\nThe Senate's vote ends the bill for the session.\n"
        ),
        id="ends_the_bill",
    ),
    pytest.param(
        "requires_posting",
        False,
        (
            "Committee vote ends trafficking sign measure\n\n"
            + BY
            + "A bill that would have required nail salons to post human trafficking hotline si"
            "gns failed in the Senate Commerce Committee on Monday.\n\nThe measure had cleared "
            "the full House in February. The committee's 4-3 vote ended the measure for this "
            "year.\n"
        ),
        id="ended_the_measure",
    ),
    pytest.param(
        "requires_posting",
        False,
        (
            CH
            + "Campground bill signed, but without trafficking notice requirement\n\n"
            + BY
            + "Gov. Jane Hill signed a bill this week setting new licensing rules for campgroun"
            "ds, but a provision that would have required owners to post a human trafficking "
            "hotline notice did not survive.\n\nThe Senate version of the bill required every c"
            "ampground office to display the notice near the entrance. The House took the pro"
            "vision out in March, and the Senate restored it on the floor. A conference commi"
            "ttee removed it again in the final days of the session, and the final law does n"
            "ot contain it.\n\nThe law as signed requires owners to register with the state.\n"
        ),
        id="version_cut_again",
    ),
    pytest.param(
        "requires_posting",
        False,
        (
            "Motel licensing bill signed without hotline sign\n\n"
            + BY
            + "Gov. Ray Dunn signed a motel licensing bill on Tuesday, but a provision that wou"
            "ld have required motels to post a human trafficking hotline sign was not in it.\n"
            "\nAs introduced, the bill required every motel to display the sign at its front d"
            "esk. A Senate committee struck it, the House put it back, and negotiators droppe"
            "d it again in conference, so the final law does not contain it.\n"
        ),
        id="version_as_introduced_cut",
    ),
    pytest.param(
        "requires_posting",
        True,
        (
            "House passes bill requiring trafficking notices at campgrounds\n\n"
            + BY
            + "The House on Tuesday passed a bill that requires private campgrounds to post hum"
            "an trafficking hotline notices at their check-in desks.\n\nThe bill now heads to t"
            "he Senate.\n"
        ),
        id="alive_passed_heads",
    ),
    pytest.param(
        "requires_posting",
        True,
        (
            "Trafficking sign bill not dead yet\n\n"
            + BY
            + "A bill requiring bus depots to post human trafficking hotline signs is not dead "
            "yet: it was heard and passed out of the Senate Transportation Committee on Thurs"
            "day, a day before the deadline.\n\nUnder the rules, a bill that is not heard by th"
            "e deadline cannot advance. The bill now goes to the full Senate.\n"
        ),
        id="alive_heard_and_passed",
    ),
    pytest.param(
        "requires_posting",
        True,
        (
            CH
            + "Governor signs trafficking notice bill a year after it died\n\n"
            + BY
            + "A bill requiring motels to post human trafficking hotline notices died in commit"
            "tee last year. It was reintroduced in January, passed both chambers and was sign"
            "ed by Gov. Hill on Tuesday.\n\nMotels must post the notice in each guest room by J"
            "anuary 1.\n"
        ),
        id="alive_revived_signed",
    ),
    pytest.param(
        "requires_posting",
        True,
        (
            "New law requires truck stops to post trafficking hotline\n\n"
            + BY
            + "A new law signed Monday requires truck stops to post the National Human Traffick"
            "ing Hotline number in restrooms.\n\nA separate bill covering massage businesses di"
            "ed in committee.\n\nMore Statehouse: Senate approves budget | House passes roads p"
            "lan\n"
        ),
        id="law_other_bill_died",
    ),
    pytest.param(
        "requires_posting",
        True,
        (
            "Rental bill signed with trafficking notice\n\n"
            + BY
            + "Gov. Lee signed a short-term rental bill on Tuesday that requires hosts to post "
            "a human trafficking hotline notice.\n\nThe House version of the bill required ever"
            "y rental unit to display the notice. The Senate took the provision out, and the "
            "House restored it on the floor. The final law keeps it.\n"
        ),
        id="version_restored_kept",
    ),
    pytest.param(
        "requires_posting",
        True,
        (
            "Senate passes sign bill\n\n"
            + BY
            + "A bill requiring hotels to post human trafficking hotline signs failed in commit"
            "tee last year.\n\nMore than 30 businesses testified: the bill passed the Senate 30"
            "-1 on Tuesday and the governor signed it Friday. Hotels must post the sign by Ju"
            "ly 1.\n"
        ),
        id="more_than_not_links",
    ),
    pytest.param(
        "campaign",
        False,
        (
            CH
            + "Senate committee kills trafficking notice bill for bars\n\n"
            + BY
            + "A Senate committee on Tuesday killed a bill that would have required bars to pos"
            "t notices with the National Human Trafficking Hotline.\n\nThe committee voted 6-1 "
            "against Senate Bill 50. Committee members said the attorney general's office alr"
            "eady distributes hotline posters to bars and that a mandate was unnecessary.\n\nTh"
            "e sponsor said voluntary programs miss the bars that most need the notices.\n"
        ),
        id="camp_dead_standing_practice",
    ),
    pytest.param(
        "campaign",
        False,
        (
            CH
            + "Marina trafficking notice bill withdrawn\n\n"
            + BY
            + "A bill that would have required marinas to post human trafficking hotline notice"
            "s was withdrawn by its sponsor this week.\n\nRepresentatives of the boating associ"
            "ation testified against the bill, saying the requirement would burden small busi"
            "nesses and that the association would rather run a voluntary awareness campaign."
            "\n\nThe Department of Natural Resources did not take a position.\n"
        ),
        id="camp_dead_wish",
    ),
    pytest.param(
        "campaign",
        False,
        (
            CH
            + "House kills bill requiring trafficking notices in farmworker housing\n\n"
            + BY
            + "The House on Wednesday killed a bill that would have required employers who hous"
            "e farmworkers to post human trafficking hotline notices in that housing.\n\nOppone"
            "nts said many employers already put up the Department of Labor's posters and tha"
            "t the bill would duplicate federal rules. Supporters noted that workers often do"
            " not see the posters hung at a work site.\n"
        ),
        id="camp_dead_opponents_posters",
    ),
    pytest.param(
        "campaign",
        True,
        (
            CH
            + "Governor vetoes trafficking sign bill, promises posters at rest areas\n\n"
            + BY
            + "Gov. Laura Kent vetoed a bill on Friday that would have required truck stops to "
            "post human trafficking hotline signs.\n\nKent said the Department of Transportatio"
            "n will put up posters with the National Human Trafficking Hotline number in ever"
            "y rest area restroom this summer, and will hand out wallet cards at weigh statio"
            "ns.\n"
        ),
        id="camp_after_veto_announced",
    ),
    pytest.param(
        "campaign",
        True,
        (
            CH
            + "Attorney General launches billboard campaign against trafficking\n\n"
            + BY
            + "Attorney General Mark Ruiz on Monday launched a statewide billboard campaign giv"
            "ing the National Human Trafficking Hotline, 1-888-373-7888, along the interstate"
            "s.\n\nA bill that would have required truck stops to post the hotline died in comm"
            "ittee last year. Ruiz said the billboards would reach drivers anyway.\n"
        ),
        id="camp_lead_campaign_dead_bill",
    ),
]


@pytest.mark.parametrize(("field", "expected", "text"), CASES)
def test_dead_measure_news(field: str, expected: bool, text: str) -> None:
    coding = code_text(text).to_dict()
    assert bool(coding[field]) is expected


def test_alive_duty_keeps_its_quote() -> None:
    text = next(p.values[2] for p in CASES if p.id == "alive_heard_and_passed")
    coding = code_text(text)
    quotes = [e["quote"] for e in coding.evidence if e["field"] == "requires_posting"]
    assert quotes and "bus depots to post human trafficking hotline signs" in quotes[0]


def test_dead_measure_campaign_reason() -> None:
    from hotline_watch.coding import explain

    text = next(p.values[2] for p in CASES if p.id == "camp_dead_standing_practice")
    assert explain(text)["top_campaign_cue"] == (
        "news of a measure voted down or dead, no outreach effort"
    )
