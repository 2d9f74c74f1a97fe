"""Round 34 of the coded fields (docs/coding-measurement.md, "Round 34, fields"): a penalty's unit
that its sentence denies, and one unit for an amount named by a place. Wordings are written here,
from no labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text
from hotline_watch.coding.evaluation import field_right

_NURSING_HOMES = (
    "A new law requires every licensed nursing home to post a human trafficking notice near its "
    "main entrance."
)
_HOTLINE = "The notice gives the National Human Trafficking Hotline, 1-888-373-7888."


def _units(text: str) -> list[tuple[int | None, str | None]]:
    return [(d["amount_usd"], d["unit"]) for d in code_text(text).penalty_details]


@pytest.mark.parametrize(
    "denial",
    [
        "A day on which the failure continues does not constitute a separate offense.",
        "Every day that the sign is missing shall not be deemed a separate violation.",
        "Each day of noncompliance is never a separate violation.",
    ],
)
def test_a_day_denied_to_be_a_separate_offense_gives_no_daily_unit(denial):
    text = (
        "Every bus station shall post the human trafficking notice. An owner who fails to post "
        f"the notice is liable for a civil penalty of up to $400 for each violation. {denial} "
        f"{_HOTLINE}"
    )
    assert _units(text) == [(400, "per violation")]


def test_a_day_affirmed_to_be_a_separate_offense_still_gives_a_daily_unit():
    text = (
        "Every bus station shall post the human trafficking notice. An owner who fails to post "
        "the notice is liable for a civil penalty of up to $400. A day on which the failure "
        f"continues constitutes a separate offense. {_HOTLINE}"
    )
    assert _units(text) == [(400, "per day")]


@pytest.mark.parametrize(
    "place",
    [
        "for each outlet that has no sign",
        "for every facility out of compliance",
        "for each premises",
        "per vehicle or location",
    ],
)
def test_an_amount_named_by_any_place_has_the_one_place_unit(place):
    text = (
        "Every rest area and hotel shall post the human trafficking notice. The operator is "
        f"subject to a fine of $60 {place}. {_HOTLINE}"
    )
    (detail,) = code_text(text).penalty_details
    assert (detail["amount_usd"], detail["unit"]) == (60, "per location")
    assert detail["text"] == "$60 per location"


def test_a_label_naming_the_place_word_scores_as_the_place_unit():
    text = (
        "Every rest area shall post the human trafficking notice. The operator is subject to a "
        f"fine of $60 per restroom without the notice. {_HOTLINE}"
    )
    coding = code_text(text)
    assert field_right("penalties", coding, [[60, "per restroom"]])
    assert field_right("penalties", coding, [[60, "per location"]])
    assert not field_right("penalties", coding, [[60, "per violation"]])


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # a law's direction to its designer, told by news in "will": the notice's languages
        (
            "The state Department of Aging will draft the notice and make it available in "
            "English, Spanish and Haitian Creole, the bill says.",
            ["English", "Spanish", "Haitian Creole"],
        ),
        # versions a page offers to download stay offered
        (
            "You can download it from this page; it is available in English, Spanish and "
            "Haitian Creole.",
            [],
        ),
    ],
)
def test_languages_a_designer_will_make_the_notice_available_in(told, expected):
    assert code_text(f"{_NURSING_HOMES} {told} {_HOTLINE}").languages == expected
