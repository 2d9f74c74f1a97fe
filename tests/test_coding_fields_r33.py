"""Round 33 of the coded fields (docs/coding-measurement.md, "Round 33, fields"): the structure of
a regulation's numbered lists (an item "1. Be in a format provided by ..." is read with the
lead-in "The notice shall:"), a body named twice around a place ("by the Board on the Board's
website" names the Board once), and one notice named after two languages ("the English/Spanish
version") as a bilingual notice. Wordings are written here, from no labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

_DUTY = "An operator of a nursing facility shall ensure that a notice is posted at each entrance."
_HOTLINE = "Include the National Human Trafficking Hotline, 1-888-373-7888."


@pytest.mark.parametrize("number", ["1.", "a.", "(1)"])
def test_a_numbered_item_is_read_with_its_lead_in(number):
    text = (
        f"{_DUTY}\nB. The notice shall:\n{number} Be in a form supplied by the Board of Nursing "
        f"Home Examiners;\n2. {_HOTLINE}"
    )
    assert code_text(text).agency == "Board of Nursing Home Examiners"


def test_an_item_without_a_lead_in_about_the_notice_names_no_agency():
    # the training, not the notice, is what the Board approves
    text = (
        f"{_DUTY} {_HOTLINE}\nC. Each employee shall complete training that:\n"
        "1. Is approved by the Board of Nursing Home Examiners;\n2. Lasts one hour."
    )
    assert code_text(text).agency is None


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Be in a form supplied by the Board on the Board's website;", "Board"),
        (
            "Be in a form supplied by the Board of Nursing on the Board\u2019s web page;",
            "Board of Nursing",
        ),
    ],
)
def test_a_body_named_again_around_its_website_is_named_once(item, expected):
    text = f"{_DUTY}\nB. The notice shall:\n1. {item}\n2. {_HOTLINE}"
    assert code_text(text).agency == expected


def test_a_possessive_name_is_still_the_whole_name():
    text = (
        "Every hotel shall post the Department of Justice's model notice in the lobby. "
        "The notice lists the National Human Trafficking Hotline, 1-888-373-7888."
    )
    assert code_text(text).agency == "Department of Justice"


def _page(offer: str) -> str:
    return (
        "Which licensees must post the notice? Every licensed racetrack must display the human "
        "trafficking notice near its public entrances. The notice lists the National Human "
        f"Trafficking Hotline, 1-888-373-7888. {offer}"
    )


def test_one_version_named_after_two_languages_is_a_bilingual_notice():
    coding = code_text(_page("Download the English/Spanish poster from this page."))
    assert coding.requires_posting
    assert sorted(coding.languages) == ["English", "Spanish"]


@pytest.mark.parametrize(
    "offer",
    [
        # several versions to choose from
        "Download the English/Spanish versions or the Vietnamese version below.",
        "Download the English, Spanish and Vietnamese versions below.",
    ],
)
def test_versions_to_choose_from_are_not_the_notices_languages(offer):
    assert code_text(_page(offer)).languages == []
