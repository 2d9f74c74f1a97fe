"""Round 60 (issue 14r60-fate): a duty stated of a version of a measure the text says did not
become law (a passive fate "was tabled ... by", a version "as introduced" / "the Senate version"
whose provision was struck or removed), and the alive and enacted duties beside them."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

H = "Statehouse News\n\n"
NEG = {
    "passive_tabled_by": H
    + (
        "Council tables spa notice ordinance\n\nA proposed ordinance requiring "
        "massage spas to post human trafficking hotline notices at every "
        "entrance was tabled Monday by the city council after owners "
        "objected.\n\nThe council also approved a contract for road paving."
    ),
    "passive_shelved": H
    + (
        "A bill requiring truck stops to post human trafficking hotline signs "
        "was shelved Thursday by the Senate Transportation Committee.\n\nThe "
        "committee also approved a new fee schedule."
    ),
    "passive_killed": H
    + (
        "A measure requiring bars to display the National Human Trafficking "
        "Hotline poster was killed Wednesday by a House panel on a 6-5 vote."
    ),
    "as_introduced_struck": H
    + (
        "Committee turns hotel notice bill into study\n\nAs introduced, HB 77 "
        "required every hotel to post a human trafficking hotline notice in "
        "each guest room. The committee voted 7-4 to strike that requirement "
        "and replace it with a study.\n\nThe amended bill now heads to the "
        "floor."
    ),
    "as_filed_removed": H
    + (
        "As filed, SB 300 required every nail salon to post a notice with the "
        "National Human Trafficking Hotline. The Senate voted to remove the "
        "provision on Tuesday, and the bill now goes to the House."
    ),
    "senate_version_removed_week": H
    + (
        "Governor signs staffing bill without poster rule\n\nThe governor "
        "signed the staffing bill Monday.\n\nThe Senate version of the bill "
        "required every staffing agency to post a trafficking hotline notice "
        "where workers are paid. The House removed that section in the last "
        "week of the session, and the final law does not contain it."
    ),
    "original_removed_days": H
    + (
        "The original version of the bill required all bus stations to post "
        "trafficking hotline signs. Negotiators removed that requirement in "
        "the final days of the session. The law the governor signed covers "
        "only driver training."
    ),
    "house_version_dropped": H
    + (
        "The House version required every rest area to display a trafficking "
        "hotline poster. The conference committee dropped the requirement, and "
        "the final bill was signed Friday."
    ),
    "voted_to_delete": H
    + (
        "As introduced, the ordinance required tattoo parlors to post the "
        "hotline number. The planning commission voted unanimously to delete "
        "that provision before sending the ordinance to the council, which "
        "adopted it Tuesday."
    ),
    "passive_tabled_also_approved_budget": H
    + (
        "An ordinance requiring motels to post trafficking hotline signs in "
        "each room was tabled by the county board Tuesday. The board also "
        "approved a budget amendment for the sheriff."
    ),
    "vetoed_by": H
    + (
        "A bill requiring airports to post human trafficking hotline signs in "
        "restrooms was vetoed Friday by the governor. The legislature also "
        "approved a bridge repair plan earlier in the week."
    ),
    "introduced_amended_out": H
    + (
        "In its original form, the bill required massage businesses to post "
        "hotline notices. That requirement was amended out in committee, and "
        "the bill passed the Senate 30-1."
    ),
    "voted_to_strip": H
    + (
        "The Senate version of the bill required casinos to post trafficking "
        "hotline signs. The House Judiciary Committee voted 9-2 to strip the "
        "provision before the bill passed."
    ),
    "voted_to_eliminate_section": H
    + (
        "As introduced, the bill required every bar to display the hotline "
        "poster. The committee voted to eliminate that section last week. The "
        "governor signed the rest of the bill."
    ),
    "killed_passive_also_passed_resolution": H
    + (
        "A proposal requiring gas stations to post human trafficking hotline "
        "signs was killed by a House committee. Lawmakers also passed a "
        "resolution honoring a local team."
    ),
}
POS = {
    "as_amended_requires": H
    + (
        "As amended, the bill requires every hotel to post a human trafficking "
        "hotline notice at the front desk. It passed the Senate 31-0 and was "
        "signed by the governor."
    ),
    "house_version_passed": H
    + (
        "The House version, which passed 98-0, requires truck stops to post "
        "human trafficking hotline signs. The governor signed it Friday."
    ),
    "tabled_then_approved": H
    + (
        "The ordinance, tabled in March, was approved Tuesday and requires "
        "motels to post trafficking hotline notices in each room."
    ),
    "final_kept": H
    + (
        "The House version of the bill required bars to post the human "
        "trafficking hotline poster. The Senate removed the provision, but the "
        "conference committee restored it, and the final bill kept the poster "
        "requirement. The governor signed it Monday."
    ),
    "introduced_and_passed": H
    + (
        "As introduced and as passed, HB 12 requires every rest area to "
        "display a human trafficking hotline sign. The governor signed HB 12 "
        "into law on May 2."
    ),
    "passed_committee_indefinite": H
    + (
        "The bill, which requires hotels to post trafficking hotline notices "
        "in every room, passed a House committee 7-2 on Tuesday and was signed "
        "by the governor in May."
    ),
    "cleared_vote": H
    + (
        "A new law requires massage parlors to post human trafficking hotline "
        "signs. The bill cleared a final vote in April and the governor signed "
        "it."
    ),
    "statute_history": (
        "Sec. 5. Every hotel shall post a notice with the National Human "
        "Trafficking Hotline in each guest room.\n(Source: P.A. 101-12, eff. "
        "1-1-20; as amended by P.A. 102-4, eff. 1-1-22.)"
    ),
    "bill_text_as_introduced": (
        "HOUSE BILL 412\nAs Introduced\nAN ACT concerning human "
        "trafficking.\nSection 1. Every truck stop shall post a sign with the "
        "National Human Trafficking Hotline in each restroom.\nSection 2. This "
        "Act takes effect January 1, 2027."
    ),
    "voted_against_strike_motion": H
    + (
        "The bill requires every bar to post a trafficking hotline poster. The "
        "committee voted down a motion to strike the requirement, and the "
        "governor signed the bill Friday."
    ),
    "tried_to_strike": H
    + (
        "The new law requires casinos to post human trafficking hotline signs. "
        "Opponents tried to strike the provision in committee, but the "
        "governor signed the bill in June."
    ),
    "city_approved_also": H
    + (
        "The city council on Tuesday approved an ordinance requiring massage "
        "spas to post human trafficking hotline notices at each entrance. The "
        "council also approved a contract for road paving."
    ),
    "board_approved_ordinance": H
    + (
        "Council approves spa notice rule\n\nAn ordinance requiring massage "
        "spas to post the trafficking hotline was approved Monday by the city "
        "council on a 6-1 vote."
    ),
    "session_week_provision_kept": H
    + (
        "The bill requires bus stations to post trafficking hotline signs. "
        "Lawmakers kept the requirement in the final week of the session, and "
        "the governor signed it."
    ),
    "vote_to_strike_other_provision": H
    + (
        "The bill requires hotels to post trafficking hotline notices in each "
        "room. The committee voted to strike the fee provision, and the "
        "governor signed the bill in May."
    ),
}


@pytest.mark.parametrize("name", sorted(NEG))
def test_duty_of_a_version_that_did_not_become_law_is_no_duty(name: str) -> None:
    assert code_text(NEG[name]).requires_posting is False


@pytest.mark.parametrize("name", sorted(POS))
def test_alive_or_enacted_duty_stays(name: str) -> None:
    c = code_text(POS[name])
    assert c.requires_posting is True
    assert any("post" in e.lower() or "display" in e.lower() for e in map(str, c.evidence))
