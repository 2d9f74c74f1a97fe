"""Round 37 (issue 14zl): requires_posting. A duty stated with the SIGN as object or subject and
the PLACE as a prepositional phrase, no posting verb; an office's directive to its own units is
no legal duty; the closed class of a measure's terminal events, read by position with the alive
words (the last status wins). Each test fails on the engine before the round; wordings are not
from any labelled set."""

from __future__ import annotations

from test_coding_classify_r28 import no_duty_unless  # `story` no duty, `guard` a duty

from hotline_watch.coding import code_text


def test_a_sign_required_at_a_place_is_a_duty_without_a_posting_verb():
    law = (
        "Governor signs marina safety bill\n\n"
        "Senate Bill 41 requires a human trafficking awareness poster at every public marina "
        "fuel dock, and the poster must list the National Human Trafficking Hotline."
    )
    negated = law.replace("requires a", "does not require a")
    no_duty_unless(negated, law)


def test_the_other_forms_of_the_sign_and_place_duty():
    for sentence in (
        "Under the new law, ferry terminals must carry a sign with the National Human "
        "Trafficking Hotline number.",
        "The statute calls for hotline signs in every state-run ferry terminal, with the "
        "National Human Trafficking Hotline number.",
        "A notice naming the National Human Trafficking Hotline must hang in each ferry "
        "terminal's waiting room, the new law says.",
        "Lawmakers passed a bill putting the human trafficking hotline at ferry terminals, and "
        "the governor signed it.",
    ):
        assert code_text("Ferry law\n\n" + sentence).requires_posting is True, sentence


def test_an_office_directing_its_own_units_to_post_is_no_legal_duty():
    directive = (
        "The county executive has directed all county offices to display human trafficking "
        "awareness posters with the National Human Trafficking Hotline number, and the first "
        "went up at the courthouse on Monday."
    )
    # guard: a legal instrument directs them
    ordinance = directive.replace(
        "The county executive has directed", "A new county ordinance directs"
    )
    no_duty_unless(directive, ordinance)


def test_the_last_status_wins_a_measure_that_moved_and_then_died():
    story = (
        "Ferry sign plan runs aground\n\n"
        "A proposal to require ferry terminals to post human trafficking hotline signs cleared "
        "the House in March. In the Senate it was parked by the rules chairman and left pending "
        "when lawmakers went home."
    )
    # guard: died first, then reintroduced and moving
    revived = (
        "Ferry sign plan returns\n\n"
        "A proposal to require ferry terminals to post human trafficking hotline signs was left "
        "pending last year. It was reintroduced this session and cleared the House on Tuesday."
    )
    no_duty_unless(story, revived)


def test_the_law_as_it_stands_in_news_of_a_measure_whose_lead_is_dead():
    story = (
        "Ferry terminal sign bill left pending\n\n"
        "A House panel on Tuesday left pending a bill adding ferry terminals to the hotline sign "
        "law, ending its run for the year. State law already requires truck stops to post the "
        "National Human Trafficking Hotline sign."
    )
    guard = story.replace("left pending a bill", "approved a bill").replace(
        "Ferry terminal sign bill left pending", "Ferry terminal sign bill advances"
    )
    no_duty_unless(story, guard)
