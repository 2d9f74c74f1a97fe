"""Round 39 (issue 14zn): requires_posting. An alive step of a measure that has not happened
(under a modal, a future, an obligation, a plan, a hope or an expectation) is no status; a
body that had to act and never did (never met, never convened, no vote taken, start from
scratch) is a terminal event. Each test fails on the engine before the round; wordings are
not from any labelled set."""

from __future__ import annotations

import pytest
from test_coding_classify_r28 import no_duty_unless  # `story` no duty, `guard` a duty

from hotline_watch.coding import code_text

# a proposal that passed one chamber, then died in a sentence with no measure as its subject,
# its last alive word the slot {step}
_STORY = (
    "Ferry dock hotline poster plan runs aground\n\n"
    "JUNEAU - A proposal to require human trafficking hotline posters at every state ferry "
    "terminal passed the House 31-9 in March, then went to the Senate Finance Committee.\n\n"
    "When the Legislature gaveled out on Wednesday, the proposal died with dozens of others. "
    "Its sponsor said {step}.\n\n"
    "Ferry workers had asked for the posters after two cases last summer."
)


@pytest.mark.parametrize(
    "undone",
    [
        "the proposal will have to be refiled in January",
        "the proposal would need to be reintroduced next year",
        "she plans to have it reintroduced next year",
        "she hopes it can be refiled after the election",
        "the proposal is expected to be introduced again in 2026",
        "the proposal has to be passed by both chambers all over again",
    ],
)
def test_an_alive_step_still_to_come_is_no_status(undone):
    no_duty_unless(
        _STORY.format(step=undone),
        # the same step reported as done: the measure is alive again (a pending bill)
        _STORY.format(step="the proposal was refiled on Friday for the special session"),
    )


@pytest.mark.parametrize(
    "never",
    [
        "the Senate Finance Committee never met on it before the gavel",
        "the Senate committee never convened to consider it",
        "the Senate committee didn't meet before the deadline",
        "no vote was taken in the Senate",
        "the Senate panel never took a vote on it",
        "the work must now start from scratch",
    ],
)
def test_a_body_that_never_acted_is_a_terminal_event(never):
    story = (
        "Ferry dock hotline poster plan runs aground\n\n"
        "JUNEAU - A proposal to require human trafficking hotline posters at every state ferry "
        "terminal passed the House 31-9 in March. Its sponsor said " + never + ".\n\n"
        "Ferry workers had asked for the posters after two cases last summer."
    )
    assert code_text(story).requires_posting is False, never


def test_the_law_still_to_take_effect_is_no_step_still_to_come():
    # the consequence of an enactment ("will take effect", "will be in force") is not a step
    # still to come: a proposal signed into law keeps its duty whatever failed before it
    story = (
        "Ferry terminals to post trafficking hotline\n\n"
        "JUNEAU - A proposal to require human trafficking hotline posters at every state ferry "
        "terminal, vetoed in 2023, was signed on Monday and will be in force on July 1."
    )
    assert code_text(story).requires_posting is True
