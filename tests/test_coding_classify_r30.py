"""Round 30 (issue 14ze): classification decisions that generalise (a negation over the duty,
a public function's body as the office, an organisation's own help page). Each test fails on the
engine before the round; wordings are not from any labelled set."""

from __future__ import annotations

import pytest
from test_coding_classify_r28 import no_duty_unless  # `story` no duty, `guard` a duty

from hotline_watch.coding import code_text


@pytest.mark.parametrize(
    "denial",
    [
        "Montana has no state regulation which requires retailers generally to put up",
        "There is no Montana statute requiring convenience stores to hang",
        "Montana law doesn't require convenience stores to hang",
    ],
)
def test_a_negated_duty_is_no_duty(denial):
    # a seller's page: the duty verb sits under a negation ("no regulation that ...", "doesn't")
    page = (
        "Montana Trafficking Awareness Sign\n\n"
        "A wall sign listing the National Human Trafficking Hotline, 1-888-373-7888.\n\n"
        f"{denial} a human trafficking hotline sign. Buy it to show your customers you care."
    )
    # guard: the same sentence without the negation states the duty
    guard = page.replace(denial, "Montana law requires convenience stores to hang")
    no_duty_unless(page, guard)


def test_an_exemption_under_a_negation_leaves_the_laws_duty_standing():
    # "this section does not require X" exempts X; the duty of the others stands, and "no
    # penalty for failing to post" negates the penalty, not the duty
    law = (
        "Section 12. (a) The operator of every truck stop shall post a sign, in English and "
        "Spanish, with the National Human Trafficking Hotline number 1-888-373-7888.\n"
        "(b) This section does not require a truck stop with fewer than three employees to post "
        "the sign. There is no penalty for failing to post the sign before July 1."
    )
    assert code_text(law).requires_posting is True


#: A bus-card campaign; `{body}` names who runs the buses.
_BUS_CARDS = (
    "Bus cards carry the hotline this winter\n\n"
    "BOISE - Riders on {body} buses will see new cards above the windows this month.\n\n"
    'The cards say "Forced to work? Call or text for help." with the National Human '
    "Trafficking Hotline, 1-888-373-7888, and text line 233733. Drivers also took a short "
    "training on the signs of trafficking in December.\n\n"
    '"People who are controlled by someone else ride with us every day," said {speaker}.'
)


@pytest.mark.parametrize(
    ("body", "speaker", "office"),
    [
        # a body named by its public function is a public office
        ("Treasure Valley Regional Transit", "general manager Dana Ruiz", True),
        ("the City of Nampa's transit system", "general manager Dana Ruiz", True),
        # a private bus company, a charter line, a group's program are not
        ("Greyhound", "a Greyhound spokesperson", False),
        ("Silver Sage Charter Lines", "the company's owner", False),
        ("the Safe Passage Alliance transit program", "the group's founder", False),
    ],
)
def test_a_body_named_by_a_public_transit_function_is_a_public_office(body, speaker, office):
    text = _BUS_CARDS.format(body=body, speaker=speaker)
    assert code_text(text).promotes_hotline is office


def test_an_agency_under_an_indefinite_article_is_no_office_acting():
    # a workers' group's own help page: "an agency" is the recruiter a worker owes, no office;
    # the national line at the end is the group's advice, not an office's outreach
    page = (
        "Harvest Hands Farmworker Network - Getting help\n\n"
        "We stand with farmworkers across the valley. Reach our helpline by phone or text at "
        "541-555-0190; our volunteers speak Spanish, Mixteco and English.\n\n"
        "Warning signs of forced labor on a farm:\n"
        "- Your boss holds your ID card\n"
        "- You must work off a fee you owe an agency\n\n"
        "You can also call the National Human Trafficking Hotline at 1-888-373-7888 for help "
        "at any hour, in many languages."
    )
    assert code_text(page).promotes_hotline is False
