"""Round 32 (issue 14zg): classification decisions written for a whole class (a measure's death
told by a negated movement verb, the objects outreach hands out or puts up, the public bodies
that run airports, seaports and toll roads). Each test fails on the engine before the round;
wordings are not from any labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

#: News of a proposal to require a hotline notice; `{fate}` tells what became of it.
_PROPOSAL_NEWS = (
    "Campground notice plan stalls at the starting line\n\n"
    "HELENA - A plan to require campgrounds and RV parks to post human trafficking hotline "
    "notices {fate}\n\n"
    "Rep. Dana Voss, D-Helena, carried the draft to the panel. Members said park owners already "
    "hand out posters and that small operators need no new rule.\n\n"
    "Voss said she would try again next session."
)


@pytest.mark.parametrize(
    "fate",
    [
        # a vote (a movement word) told with its negation: the vote was not to move it
        "is finished for the year after the House Judiciary Committee voted 7-5 Friday not to "
        "introduce it.",
        "drew a hearing, and the committee voted 6-4 on Tuesday. It won't get a floor vote this "
        "session.",
        "went to the Senate panel, which voted 4-3 Tuesday; the plan never cleared it.",
        "was approved by a subcommittee in March. The full committee voted 8-3 on Thursday, and "
        "it did not advance.",
        "was approved by a subcommittee in March but failed to clear the full committee on a 5-5 "
        "tie.",
        "was approved by a subcommittee in March, but the chair declined to schedule it.",
    ],
)
def test_a_negated_movement_is_a_measures_death(fate):
    coding = code_text(_PROPOSAL_NEWS.format(fate=fate), url="https://www.helenanews.com/a/1")
    assert coding.requires_posting is False


@pytest.mark.parametrize(
    "fate",
    [
        # a measure that moves keeps its duty, and the last status still wins
        "cleared the House Judiciary Committee after members voted 7-5 Friday.",
        "cleared a committee in March.\n\nOpponents said it would never pass the House, but it "
        "passed 60-38 on Friday and the governor signed it.",
    ],
)
def test_a_measure_that_moves_keeps_its_duty(fate):
    coding = code_text(_PROPOSAL_NEWS.format(fate=fate), url="https://www.helenanews.com/a/1")
    assert coding.requires_posting is True


#: An office's outreach object carrying the number, the office named in the body only;
#: `{thing}` is the object as the text names it.
_OBJECT_TEXT = (
    "New message under the glass downtown\n\n"
    "LARAMIE - Patrons of downtown bars and cafes will find something new this month.\n\n"
    "The Laramie Police Department has placed 5,000 {thing} in downtown businesses, each with "
    "one line: National Human Trafficking Hotline, 1-888-373-7888.\n\n"
    "Owners picked them up at no cost."
)


@pytest.mark.parametrize(
    "thing",
    ["bar coasters", "business-card-sized handouts", "mirror clings", "bookmarks", "door hangers"],
)
def test_an_offices_outreach_object_carries_its_hotline(thing):
    coding = code_text(_OBJECT_TEXT.format(thing=thing), url="https://www.laramienews.com/a/2")
    assert coding.promotes_hotline is True


#: An office's outreach told in a lead whose first sentence an abbreviation interrupts.
_ABBREVIATED_LEAD = (
    "Inspectors carry one more item on harvest-week farm visits\n\n"
    "YAKIMA - Cherry harvest opened Jun. 2, and when Washington State Department of Labor "
    "inspectors visited orchard camps from Yakima to Wenatchee, they brought one more thing "
    "along.\n\n"
    "Crews were given a palm-sized note, in English and Spanish, that asks whether anyone holds "
    "their papers. Its last line: 'Confidential help, 1-888-373-7888.'\n\n"
    "About 900 went out in the first week."
)


@pytest.mark.parametrize("abbreviation", ["Jun.", "Sept.", "Dec."])
def test_an_abbreviation_does_not_cut_the_lead(abbreviation):
    text = _ABBREVIATED_LEAD.replace("Jun.", abbreviation)
    coding = code_text(text, url="https://www.yakimaherald.com/a/3")
    assert coding.promotes_hotline is True


#: Restroom clings at an airport; `{body}` is who put them up.
_AIRPORT = (
    "Restroom mirrors carry a quiet message\n\n"
    "CEDAR FALLS - Before the holiday rush, the {body} placed clings on the mirrors of every "
    "restroom in the terminal.\n\n"
    'The clings read: "Are you being forced to work or travel? Call 1-888-373-7888."\n\n'
    '"We may see a traveler only once," said Dana Pike, its spokesperson.'
)


@pytest.mark.parametrize(
    ("body", "office"),
    [
        # the public bodies that run airports, seaports and stadiums, by what they are
        ("Cedar Valley Airport Improvement Trust", True),
        ("Cedar Valley Airports Trust", True),
        ("Cedar Valley Convention Center Authority", True),
        ("Cedar Valley Harbor Authority", True),
        ("Cedar Regional Airport", True),
        # a private operator stays private, whatever its name says
        ("privately owned Cedar Regional Airport", False),
        ("Cedar Aviation Services company", False),
    ],
)
def test_the_public_bodies_that_run_airports_and_ports_are_offices(body, office):
    coding = code_text(_AIRPORT.format(body=body), url="https://www.cedarnews.com/a/4")
    assert coding.promotes_hotline is office


#: A release about arrests whose efforts are a task force's and an appeal for tips, with the
#: hotline only in its closing line.
_ARRESTS_WITH_FOOTER = (
    "Bureau announces nine arrests in Dover trafficking operation\n\n"
    "DOVER - The State Bureau of Investigation's Trafficking Unit, the Kent County Sheriff's "
    "Office and federal partners arrested nine people during a two-day operation aimed at men "
    "who buy sex.\n\n"
    "Three adults were identified as possible victims and offered help through local advocates.\n\n"
    "The Bureau asks anyone with information about human trafficking to call the National Human "
    "Trafficking Hotline at 1-888-373-7888."
)


def test_a_footer_only_release_is_no_campaign():
    coding = code_text(_ARRESTS_WITH_FOOTER, url="https://sbi.delaware.gov/news/2024/arrests")
    assert coding.footer_only is True
    assert coding.campaign is False
