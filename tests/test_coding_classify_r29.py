"""Round 29 (issue 14zd): classification decisions that generalise (the last status a story
reports for its measure, the law as it stands beside a dead measure, a question answered no).
Each test fails on the engine before the round; wordings are not from any labelled set."""

from __future__ import annotations

from test_coding_classify_r28 import no_duty_unless  # `story` no duty, `guard` a duty


def test_a_measure_that_moved_and_then_died_is_not_moving():
    # the proposal cleared one chamber, then the other never took it up: its last status is dead,
    # whatever word the story uses for the death
    story = (
        "Loose ends of the session\n\n"
        "The legislature went home Friday with a stack of unfinished business.\n\n"
        "One was a proposal to require campgrounds to post signs with the National Human "
        "Trafficking Hotline number at their offices. The bill passed the House in February, but "
        "the Senate committee chair never scheduled the bill for a hearing."
    )
    # guard: the same proposal whose last status is that it moved on
    moved = story.replace(
        "but the Senate committee chair never scheduled the bill for a hearing.",
        "and the Senate passed it on Thursday; it heads to the governor.",
    )
    no_duty_unless(story, moved)


def test_the_law_as_it_stands_is_background_of_news_of_a_dead_measure():
    # the lead kills the measure; the existing law named beside it is not the story's subject
    story = (
        "Senate panel kills bill adding laundromats to hotline sign law\n\n"
        "PIERRE - A Senate committee on Monday voted 5-2 to kill a bill that would have required "
        "laundromats to post human trafficking hotline information.\n\n"
        "State law already requires certain businesses, including truck stops and motels, to "
        "display the signs. The sponsor said she would try again."
    )
    # guard: a story that reports its measure signed into law keeps the duty
    signed = (
        "Governor signs bill adding laundromats to hotline sign law\n\n"
        "PIERRE - The governor on Monday signed a bill that requires laundromats to post human "
        "trafficking hotline information.\n\n"
        "State law already requires certain businesses, including truck stops and motels, to "
        "display the signs."
    )
    no_duty_unless(story, signed)


def test_a_question_answered_no_states_no_duty():
    # a vendor's FAQ asks the duty and answers no: an awareness poster, not a required one
    page = (
        "Human Trafficking Awareness Poster for Oregon Workplaces\n\n"
        "This poster lists the National Human Trafficking Hotline (1-888-373-7888) and the text "
        "line 233733.\n\n"
        "Will I have to post it?\n"
        "No. Posting it is optional for nearly all Oregon employers; many display it anyway."
    )
    # guard: the same question answered yes keeps the duty (posting-law FAQs ask it that way)
    yes = page.replace(
        "No. Posting it is optional for nearly all Oregon employers; many display it anyway.",
        "Yes. Under state law every Oregon employer with a public restroom must post it.",
    )
    no_duty_unless(page, yes)
