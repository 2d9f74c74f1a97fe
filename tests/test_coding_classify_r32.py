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
