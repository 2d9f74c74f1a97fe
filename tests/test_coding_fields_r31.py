"""Round 31 of the coded fields (docs/coding-measurement.md, "Round 31, fields"): a department's
own bureau named by a possessive, versions offered and then all required, a place named by the
gambling activity its licence allows, nail care, a hotel named as a kind of another licence's
premises, a "retail licensee" in a text of gaming licences, a licensing board's licensees.
Wordings are written here, from no labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

_HOTLINE = "The notice lists the National Human Trafficking Hotline, 1-888-373-7888."


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("State Bureau of Investigation", "State Bureau of Investigation"),
        ("Division of Criminal Justice Services", "Division of Criminal Justice Services"),
    ],
)
def test_a_departments_own_bureau_designs_the_notice(unit, expected):
    text = (
        "Under the new law tattoo parlors must display a human trafficking notice. "
        f"The Ohio Department of Public Safety's {unit} will prepare the notice. {_HOTLINE}"
    )
    assert code_text(text).agency == expected


def test_a_possessive_before_a_website_still_names_the_department():
    text = (
        "Massage establishments shall post a human trafficking notice. Signs can be printed "
        "from the Department of Homeland Security's Blue Campaign website. " + _HOTLINE
    )
    assert code_text(text).agency != "Blue Campaign"


def test_versions_offered_then_all_required_are_the_notices_languages():
    text = (
        "Every licensed barbershop must display the human trafficking notice near the front "
        "desk. Printable English, Spanish and Korean versions are offered on this page. Shops "
        f"must post all three. {_HOTLINE}"
    )
    assert code_text(text).languages == ["English", "Spanish", "Korean"]


def test_versions_offered_without_a_duty_to_post_them_all_say_nothing():
    text = (
        "Every licensed barbershop must display the human trafficking notice near the front "
        "desk. Printable English, Spanish and Korean versions are offered on this page. Shops "
        f"may choose one. {_HOTLINE}"
    )
    assert code_text(text).languages == []


_LIQUOR_RULE = (
    "Rule 12. Every retail licensee allowed to sell alcohol for consumption on the licensed "
    "premises, including {}, shall post the human trafficking notice. "
)


@pytest.mark.parametrize(
    ("text", "code", "present"),
    [
        # a licence to run gambling names a casino
        (
            "Sec. 4. A person licensed under this part to operate video gambling machines or to "
            "host live card games shall display a human trafficking notice in each restroom. ",
            "casino",
            True,
        ),
        (
            "Each shop licensed for hair care or nail care shall display a human trafficking "
            "notice at the front counter. ",
            "nail_salon",
            True,
        ),
        # a hotel named as a kind of a liquor licence's premises is no lodging
        (_LIQUOR_RULE.format("pubs, hotels with a bar, and restaurants"), "lodging", False),
        (_LIQUOR_RULE.format("brewpubs and hotel and restaurant licensees"), "lodging", False),
        # a hotel that is its own class still is
        (
            "Section 3. Every hotel and every tavern shall post the human trafficking notice at "
            "its entrance. ",
            "lodging",
            True,
        ),
    ],
)
def test_places_named_by_a_licence(text, code, present):
    assert (code in code_text(text + _HOTLINE).establishments) is present


@pytest.mark.parametrize(
    ("licensee", "expected"),
    [
        ("running a gaming establishment in the historic district", ["casino"]),
        ("selling liquor by the glass", ["bar"]),
    ],
)
def test_a_retail_licensee_is_a_bar_only_under_a_liquor_code(licensee, expected):
    text = (
        f"Rule 7. Each retail licensee {licensee} shall post a human trafficking notice near "
        "the entrance. " + _HOTLINE
    )
    assert code_text(text).establishments == expected


def test_a_boards_licensees_are_the_class_its_name_says():
    text = (
        "4.12 Trafficking notice. (a) The owner of every shop licensed by the Board shall "
        "display the human trafficking notice in the waiting room. " + _HOTLINE
    )
    url = "https://example.gov/rules/Chapter-9-Board-of-Barbering-and-Cosmetology.pdf"
    assert code_text(text, url=url).establishments == ["cosmetology"]
    assert code_text(text, url="https://example.gov/rules/chapter-9.pdf").establishments == []
