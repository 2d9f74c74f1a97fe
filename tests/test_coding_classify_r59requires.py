"""Round 59 (issue 14r59-requires): a measure's fate told by the headline's own verb.

Wordings of our own, both sides of each class:

* news of a measure tabled, killed or stalled is no posting duty, though its story closes with
  the body's other business ("The Senate on Thursday also passed a bill increasing penalties
  for ...", "The same subcommittee advanced a bill adjusting fees ...": another measure, named
  indefinitely and of another subject, is no step of the text's) or with a deadline passing
  ("the committee deadline passed Friday": time passing, no step of a measure); near misses: a
  bill taken off the table and passed, a bill that clears committee after stalling, a House
  passing a bill requiring notices, a tabled bill whose new version requiring hotline notices
  passed, a tabled bill named back as passed.
* news of a proposal a board voted down is no campaign, though the sentence reporting the vote
  names the posters the proposal would have hung ("voted 2-1 against a proposal to hang human
  trafficking hotline posters"): the dead measure's content, no office's effort; near misses:
  an office putting up its own posters after the board's vote, told in a sentence of its own.
"""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

CH = "Valley Ledger\nLocal | Statehouse | Business | Opinion\n\n"
BY = "By Marta Quill\nMarch 12, 2026\n\n"

CASES = [
    # -- requires_posting: dead measures whose stories close with other business
    pytest.param(
        "requires_posting",
        False,
        (
            CH
            + "Senate tables bill requiring trafficking notices at campgrounds\n\n"
            + BY
            + "The Senate voted 15-9 on Tuesday to table a bill that would have required priva"
            "te campgrounds to post notices with the National Human Trafficking Hotline at th"
            "eir check-in desks.\n\nSen. Ward moved to table the bill, saying campground owner"
            "s had not been consulted.\n\nThe Senate on Tuesday also passed a bill increasing "
            "fines for littering on state highways.\n"
        ),
        id="neg_tables_other_business_passed",
    ),
    pytest.param(
        "requires_posting",
        False,
        (
            CH
            + "House panel tables bill requiring trafficking signs in tattoo parlors\n\n"
            + BY
            + "A House subcommittee on Wednesday laid on the table a bill that would have requi"
            "red tattoo and body art studios to post human trafficking hotline signs.\n\nThe p"
            "anel voted 5-3 to table it after the licensing board said it already sends the "
            "information to licensees.\n\nThe same subcommittee advanced a bill adjusting fees"
            " for fishing licenses.\n"
        ),
        id="neg_panel_tables_same_panel_advanced",
    ),
    pytest.param(
        "requires_posting",
        False,
        (
            CH
            + "Committee kills bill requiring hotline posters at truck stops\n\n"
            + BY
            + "The House Transportation Committee voted 7-4 on Monday to kill a bill that woul"
            "d have required truck stops to display human trafficking hotline posters in rest"
            "rooms.\n\nMembers said the requirement would burden small operators.\n\nThe commi"
            "ttee also approved a measure renaming a stretch of Route 9 for a fallen trooper.\n"
        ),
        id="neg_kills_committee_also_approved",
    ),
    pytest.param(
        "requires_posting",
        False,
        (
            CH + "Bill requiring trafficking notices at bowling alleys stalls in Senate committee\n"
            "\n"
            + BY
            + "A proposal to require bowling alleys to post human trafficking hotline notices s"
            "talled in the Senate Commerce Committee this week.\n\nThe committee heard the bill"
            " on Tuesday but laid it over without a vote, and the committee deadline passed F"
            "riday.\n\nThe sponsor said she would try a voluntary program instead.\n"
        ),
        id="neg_stalls_deadline_passed",
    ),
    pytest.param(
        "requires_posting",
        False,
        (
            CH
            + "Senate panel tables bill requiring trafficking notices at marinas\n\n"
            + BY
            + "A Senate committee on Thursday tabled a bill that would have required marinas t"
            "o post human trafficking hotline notices at their fuel docks.\n\nThe deadline for"
            " committee action has passed, and the chair said the bill will not return this "
            "year.\n"
        ),
        id="neg_tables_deadline_has_passed",
    ),
    # -- requires_posting: alive measures stay alive
    pytest.param(
        "requires_posting",
        True,
        (
            CH
            + "Senate takes bill requiring trafficking notices at campgrounds off the table\n\n"
            + BY
            + "The Senate voted 16-8 on Tuesday to take off the table a bill requiring campgro"
            "unds to post notices with the National Human Trafficking Hotline at their check-"
            "in desks, then passed it 18-6.\n\nThe bill now goes to the governor.\n"
        ),
        id="pos_off_the_table_passed",
    ),
    pytest.param(
        "requires_posting",
        True,
        (
            CH + "Bill requiring trafficking notices at ice arenas clears committee after stalling"
            "\n\n"
            + BY
            + "A bill requiring ice arenas to post human trafficking hotline notices in their "
            "lobbies cleared the Senate Judiciary Committee on Tuesday, a week after it stall"
            "ed over enforcement questions.\n\nThe bill now heads to the Senate floor.\n"
        ),
        id="pos_clears_after_stalling",
    ),
    pytest.param(
        "requires_posting",
        True,
        (
            CH
            + "House passes bill requiring trafficking notices in massage businesses\n\n"
            + BY
            + "The House voted 88-10 on Wednesday to pass a bill requiring licensed massage bu"
            "sinesses to post human trafficking hotline notices in their reception areas.\n\nT"
            "he House also passed a bill adjusting fees for fishing licenses.\n"
        ),
        id="pos_house_passes_other_business",
    ),
    pytest.param(
        "requires_posting",
        True,
        (
            CH
            + "Trafficking notice requirement revived after tabling\n\n"
            + BY
            + "In February the Senate tabled a bill that would have required campgrounds to po"
            "st human trafficking hotline notices.\n\nOn Tuesday the Senate passed a new bill "
            "requiring campgrounds to post the human trafficking hotline notices at check-in "
            "desks, and the governor signed it.\n"
        ),
        id="pos_tabled_new_bill_passed",
    ),
    pytest.param(
        "requires_posting",
        True,
        (
            CH
            + "Senate revives bill requiring trafficking notices at marinas\n\n"
            + BY
            + "A Senate committee tabled a bill in February that would require marinas to post"
            " human trafficking hotline notices at their fuel docks. On Thursday the committe"
            "e took it up again and passed the bill 7-2.\n\nThe full Senate is expected to vot"
            "e next week.\n"
        ),
        id="pos_tabled_named_back_passed",
    ),
    # -- promotes_hotline: a proposal a board voted down
    pytest.param(
        "promotes_hotline",
        False,
        (
            "River County Courier\nLocal | Courts | Schools | Sports\n\n"
            "Supervisors vote down proposal for trafficking hotline posters in county parks\n\n"
            + BY
            + "CLAYTON - River County supervisors voted 3-2 on Monday against a proposal to han"
            "g human trafficking hotline posters in the restrooms of county parks.\n\nSupervis"
            "or Lynn Park, who proposed the posters, said they would cost less than $300.\n\nT"
            "he other supervisors said they did not want to approve outside groups' material"
            "s for county buildings.\n"
        ),
        id="neg_board_votes_down_posters",
    ),
    pytest.param(
        "promotes_hotline",
        False,
        (
            "Tri-City Herald Record\nNews | Government | Business\n\n"
            "City council rejects plan for trafficking hotline signs at bus shelters\n\n"
            + BY
            + "The city council voted 5-2 on Tuesday against a plan to post human trafficking "
            "hotline signs at every city bus shelter.\n\nCouncil members said advertising spac"
            "e at the shelters is already under contract.\n"
        ),
        id="neg_council_votes_against_signs",
    ),
    pytest.param(
        "promotes_hotline",
        True,
        (
            "River County Courier\nLocal | Courts | Schools | Sports\n\n"
            "Supervisors vote down proposal for trafficking hotline posters in county parks\n\n"
            + BY
            + "CLAYTON - River County supervisors voted 3-2 on Monday against a proposal to han"
            "g human trafficking hotline posters in the restrooms of county parks.\n\nAfter th"
            "e vote, Sheriff Dana Ortiz said her office will put up its own posters with the"
            " National Human Trafficking Hotline, 1-888-373-7888, in every county park restr"
            "oom this spring.\n"
        ),
        id="pos_sheriff_own_posters_after_vote",
    ),
]


@pytest.mark.parametrize(("field", "expected", "text"), CASES)
def test_r59_requires(field: str, expected: bool, text: str) -> None:
    assert getattr(code_text(text), field) is expected


def test_r59_requires_evidence_alive() -> None:
    c = code_text(CASES[7].values[2])
    assert c.requires_posting is True
    quotes = [e["quote"] for e in c.evidence if e["field"] == "requires_posting"]
    assert quotes and quotes[0].startswith("House passes bill requiring")
