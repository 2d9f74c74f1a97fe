"""Round 68 (issue 14r68-requires): an administrative rule's numbered sections with capital
catchlines, a signed measure named at length "but without" its provision."""

import pytest

from conftest import kept_text
from hotline_watch.coding import code_text, explain

RULE = (
    "TITLE 9 LICENSURE\nCHAPTER 4 {kind}\n\n4-002 DEFINITIONS.\n\n"
    "4-002.03 DEPARTMENT. Department means the Division of Public Health.\n\n"
    "4-005 OPERATIONAL REQUIREMENTS.\n\n"
    "4-005.07 {heading}. Each establishment must post {obj} in a conspicuous place near the "
    "public entrance.\n\n(A) The notice must be printed in English and Spanish and must include "
    '"Call the National Human Trafficking Hotline at 1-888-373-7888."\n'
)

POSITIVE_RULES = [
    ("MASSAGE ESTABLISHMENTS", "HUMAN TRAFFICKING NOTICE", "a human trafficking notice"),
    ("NAIL SALONS", "TRAFFICKING NOTICE", "a human trafficking notice"),
    ("TATTOO PARLORS", "POSTING OF NOTICE", "a notice of the human trafficking hotline"),
    ("HOTELS", "HUMAN TRAFFICKING HOTLINE SIGN", "a sign giving the human trafficking hotline"),
    ("TRUCK STOPS", "TRAFFICKING NOTICE REQUIRED", "a human trafficking notice"),
]


@pytest.mark.parametrize(("kind", "heading", "obj"), POSITIVE_RULES)
def test_numbered_rule_duty_read(kind: str, heading: str, obj: str) -> None:
    c = code_text(RULE.format(kind=kind, heading=heading, obj=obj))
    assert c.requires_posting
    assert not c.promotes_hotline


TRAFFICKING_DEFINED = (
    "4-002.05 TRAFFICKING. Trafficking has the meaning given in section 28-830, and the "
    "National Human Trafficking Hotline is 1-888-373-7888.\n\n"
)
NEGATIVE_RULES = [
    ("MASSAGE ESTABLISHMENTS", "LICENSE DISPLAY", "its license"),
    ("NAIL SALONS", "PRICE LIST", "a price list"),
]


@pytest.mark.parametrize(("kind", "heading", "obj"), NEGATIVE_RULES)
def test_numbered_rule_other_sign_no_trafficking_duty(kind: str, heading: str, obj: str) -> None:
    # the rule names trafficking and the hotline (in its definitions), so the trafficking gate is
    # open and only the duty's object keeps it from being a hotline duty
    text = (
        RULE.format(kind=kind, heading=heading, obj=obj)
        .split("(A)")[0]
        .replace("4-005 OPERATIONAL", TRAFFICKING_DEFINED + "4-005 OPERATIONAL")
    )
    assert explain(text)["trafficking"]
    assert not code_text(text).requires_posting


SIGNING = (
    "Capitol Wire\n\n{headline}\n\nTRENTON - The governor on Wednesday signed a bill setting "
    "new fire safety rules for short-term rentals. {body}\n\nThe state already requires hotels "
    "and motels to post a trafficking notice under a 2013 law.\n"
)

DROPPED = [
    "Governor signs short-term rental safety bill, but without trafficking poster requirement",
    "Governor signs long-awaited lodging fire safety bill, but without hotline sign provision",
    "Senate passes big omnibus public safety budget, but without trafficking notice mandate",
]


@pytest.mark.xfail(strict=True, reason="round 68 left: the synthetic lead is not read as cut yet")
@pytest.mark.parametrize("headline", DROPPED)
def test_signed_measure_at_length_without_provision(headline: str) -> None:
    body = "A section requiring hosts to post the hotline was taken out in committee."
    assert not code_text(SIGNING.format(headline=headline, body=body)).requires_posting


KEPT = [
    "Governor signs short-term rental safety bill with trafficking poster requirement",
    "Governor signs bill requiring rental hosts to post trafficking hotline",
]


@pytest.mark.parametrize("headline", KEPT)
def test_signed_measure_keeping_provision(headline: str) -> None:
    body = "The new law requires rental hosts to post a human trafficking hotline notice."
    assert code_text(SIGNING.format(headline=headline, body=body)).requires_posting


def _code(rel: str):
    text, url = kept_text(rel)
    return code_text(text, url=url)


def test_kept_set_rule_read() -> None:
    c = _code(
        "125/regulation_NE_172-NAC-81-005.09_massage-establishments-trafficking-notice-dhhs.txt"
    )
    assert c.requires_posting
    assert c.agency == "Division of Public Health of the Department of Health and Human Services"


def test_kept_set_signing_story_without_provision() -> None:
    c = _code(
        "122/negative_NJ_2025-08-21_news-murphy-signs-short-term-rental-bill-"
        "trafficking-poster-provision-stripped.txt"
    )
    assert not c.requires_posting
