"""Round 41 (issue 14zp-requires): requires_posting. A seller's page has one reading
(`mandate.sales_page`, which absorbed outreach's `seller_voice`), and a paraphrase audit of the
requires_posting classes. Each test fails on the engine before the round unless it says it is a
guard; wordings are the round's own, from no labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text
from hotline_watch.coding.mandate import sales_page
from hotline_watch.coding.patterns import Lowered, lower


def _duty(text: str) -> bool:
    return code_text(text).requires_posting


# a seller's own products in a customer's basket, with no price in cents and no "add to cart"
_SELLER_PAGES = [
    "Ohio Human Trafficking Poster - Laminated\n\nKeep your workplace compliant with our "
    "laminated Ohio poster set. Meets all state and federal posting requirements. Add our bundle "
    "to your cart today; it arrives within five business days. Our compliance team tells "
    "customers when the law changes.",
    "Texas All-in-One Labor Law Poster\n\nOur Texas poster covers minimum wage, workers' "
    "compensation and human trafficking posting requirements. Free updates for one year. Place "
    "it in your basket and check out securely.",
]


@pytest.mark.parametrize("page", _SELLER_PAGES)
def test_a_sellers_page_naming_posting_requirements_states_no_duty(page):
    assert sales_page(Lowered(lower(page)))
    assert _duty(page) is False


def test_a_sellers_explainer_of_the_law_keeps_its_duty():
    # guard (both engines): a seller's page that states who must post, and the penalty
    page = (
        "Texas human trafficking sign rules, explained\n\nTexas law requires bars, sexually "
        "oriented businesses and truck stops to display a sign with the National Human "
        "Trafficking Hotline number near the entrance and in each restroom. Businesses that fail "
        "to post the sign face a civil penalty of up to $10,000. Our laminated signs are "
        "available in English and Spanish. Add a set to your cart."
    )
    assert _duty(page) is True


def test_one_trade_signal_and_no_sellers_voice_is_no_sales_page():
    # guard: "shipping" alone, and an office's "our posters" with no trade signal
    assert not sales_page(Lowered(lower("Free shipping on all state forms.")))
    assert not sales_page(Lowered(lower("Our posters are free to download from this page.")))
