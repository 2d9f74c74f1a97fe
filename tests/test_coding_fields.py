"""Coded fields against hand labels of posting-law texts the extractors were not tuned on.

tests/fixtures/coding_field_labels.json holds labels made from the text alone, after the
round-1 extractors were frozen, for 11 posting-law texts of the set-aside side of
../shared/texts/ (docs/coding-measurement.md). The issue asks for at least 90% of fields right.
Round 2 fixed the six fields missed here (so they are now training scores); the held-out field
figure comes from docs/coding-heldout-2-fields.json (`bench/measure_coding.py --texts`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hotline_watch.coding import code_text, read_document
from hotline_watch.coding.evaluation import FIELDS, field_right

LABELS = Path(__file__).parent / "fixtures" / "coding_field_labels.json"


def test_field_right_compares_as_documented():
    coding = code_text(
        "Every hotel shall post the human trafficking sign at least 3 by 5 inches in size. The "
        "Department of Labor shall design the sign. A violation is subject to a civil penalty of "
        "up to $200 for each violation."
    )
    assert field_right("sign_size", coding, "3 x 5 inches")
    assert field_right("agency", coding, "department of labor")
    assert not field_right("agency", coding, None)
    assert field_right("penalties", coding, [[200, "per violation"]])
    assert not field_right("penalties", coding, [[200, None]])
    assert field_right("establishments", coding, ["lodging"])


def test_fields_of_set_aside_posting_laws(shared_dir):
    texts = shared_dir / "texts"
    if not (texts / "index.csv").exists():
        pytest.skip("../shared/texts/index.csv not present")
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["texts"]
    right = total = 0
    wrong = []
    for name, expected in labels.items():
        coding = code_text(read_document(texts / name))
        for field in FIELDS:
            ok = field_right(field, coding, expected[field])
            right += ok
            total += 1
            if not ok:
                wrong.append(f"{name}: {field}")
    assert total == 66
    # Round 1, at its freeze: 60 of 66 (0.91); the misses were 4 establishment sets (an excluded
    # "hospital" coded, government_building for a managing agency, public_restroom for posting
    # in restrooms, a Liquor Control Act licensee missed) and 2 agencies not found. Round 2
    # fixed them (tests/test_coding.py has each as a text of its own): 66 of 66.
    assert right == total, (right, total, wrong)


# -- round 7 (issue 14g): establishments in explainers and news, by how lists are written -------


def test_establishments_in_the_list_after_this_includes():
    text = (
        "Employers must post the official Human Trafficking Poster. The signage requirement "
        "applies to venues frequently exposed to human trafficking.\nThis includes:\n"
        "- Adult entertainment facilities;\n- Primary airports;\n- Bus stations;\n"
        "- Truck stops; and\n- Private job recruitment centers.\n"
        "Call the National Human Trafficking Hotline at 1-888-373-7888."
    )
    coding = code_text(text)
    assert {
        "adult_entertainment",
        "airport",
        "bus_station",
        "truck_stop",
        "job_recruitment",
    } <= set(coding.establishments)


def test_establishments_in_a_list_the_paragraph_introduces():
    text = (
        "Human trafficking notices must be posted in New Mexico by every employer. For most "
        "states, the notice is only required in certain types of establishments. Most states "
        "require them in only the following spaces (if any).\n\n"
        "  \u2022 Hotels and motels\n  \u2022 Airports, bus stations, and train stations\n\n"
        "The notice gives the National Human Trafficking Hotline, 1-888-373-7888."
    )
    coding = code_text(text)
    assert {"lodging", "airport", "bus_station", "rail_station"} <= set(coding.establishments)


def test_establishments_included_in_the_bill_and_plain_synonyms():
    news = (
        "A bill that would require strip clubs to post notices with the human trafficking "
        "hotline, 1-888-373-7888, cleared the Senate. Hotels, bus stops and rest areas are also "
        "included in the bill."
    )
    assert {"adult_entertainment", "lodging", "bus_station", "rest_area"} <= set(
        code_text(news).establishments
    )
    law = (
        "The following shall post the human trafficking notice (1-888-373-7888): a career "
        "center; a facility licensed to provide emergency medical services; an establishment "
        "that serves alcoholic beverages; a passenger railroad station."
    )
    assert {"job_recruitment", "emergency_room", "bar", "rail_station"} <= set(
        code_text(law).establishments
    )
