"""Round 28 of the coded fields (docs/coding-measurement.md, "Round 28, fields"): a bus
transit center, an ambulatory care facility, places that carried notices under an earlier law,
the languages of one clause, and an organisation's help line headed by whom it serves. Wordings
are written here, from no labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text


@pytest.mark.parametrize(
    ("law", "places"),
    [
        # a place named by its function: "X transit / transfer center(s)" are bus stations
        (
            'Sec. 3. "Station" means a commuter rail station or a bus transfer center. Each '
            "public entity that operates a station shall display the human trafficking notice "
            "with the hotline 1-888-373-7888.",
            ["rail_station", "bus_station"],
        ),
        (
            "(a) The authority shall post a sign with the National Human Trafficking Hotline, "
            "1-888-373-7888, in each transit center it operates.",
            ["bus_station"],
        ),
        # an ambulatory care (surgery) facility is a medical facility
        (
            "(b) Each ambulatory care facility licensed to perform outpatient procedures shall "
            "post the human trafficking notice, with the hotline 1-888-373-7888.",
            ["medical_facility"],
        ),
        (
            "Sec. 5. Every ambulatory surgical center shall display the human trafficking "
            "hotline sign, 1-888-373-7888, in its waiting room.",
            ["medical_facility"],
        ),
        # a class in the singular after a determiner: "a salon licensed under chapter 12"
        (
            '1. "Business" means a tanning facility or a salon licensed under chapter 12.\n2. '
            "Each business shall post the human trafficking notice with the hotline "
            "1-888-373-7888.",
            ["cosmetology"],
        ),
        # adult foster care homes, whatever words stand between
        (
            "(2) The licensee of an adult foster care small group home shall post the human "
            "trafficking notice, with the hotline 1-888-373-7888, near the main entrance.",
            ["assisted_living"],
        ),
        # a plaza named by the toll road it stands on is a service plaza, not a truck stop
        (
            "3. The sign shall be displayed in every travel plaza situated along the state "
            "turnpike. The sign shall include the hotline 1-888-373-7888.",
            ["service_plaza"],
        ),
        (
            "Truck stops and the six Toll Road plazas must post signs with the National Human "
            "Trafficking Hotline, 1-888-373-7888, under the new law.",
            ["truck_stop", "service_plaza"],
        ),
        # a motor vehicle agency (a DMV branch) as a place; the agency as a body is no place
        (
            "b. The commission shall display the human trafficking notice, with the hotline "
            "1-888-373-7888, in each motor vehicle agency it operates.",
            ["government_building"],
        ),
        (
            "Truck stops must post the human trafficking notice with the hotline 1-888-373-7888. "
            "The state motor vehicle agency shall print the notice.",
            ["truck_stop"],
        ),
    ],
)
def test_places_named_by_their_function(law, places):
    assert code_text(law).establishments == places


def test_places_under_an_earlier_law_are_the_law_as_it_stood():
    news = (
        "Hotline signs coming to campgrounds\n\nThe governor signed the bill on Monday. "
        "Campgrounds with twenty or more sites must post a sign with the National Human "
        "Trafficking Hotline, 1-888-373-7888. Hotels and rest areas have displayed similar "
        "signs under a prior law since 2018."
    )
    assert "lodging" not in code_text(news).establishments
    assert "rest_area" not in code_text(news).establishments


def test_the_languages_of_one_clause_offered_of_the_other_required():
    law = (
        "Sec. 4. (a) Each massage establishment licensed under this chapter shall post the "
        "board's human trafficking notice, which lists the hotline 1-888-373-7888.\n(b) The "
        "board offers the notice in an English/Spanish version and in Korean; an "
        "establishment shall display the English/Spanish version, and the Korean version where "
        "a therapist reads Korean."
    )
    assert code_text(law).promotes_hotline is False
    assert code_text(law).languages == ["English", "Spanish"]


def test_a_help_line_headed_by_whom_it_serves_on_a_first_person_page():
    page = (
        "Know your rights at work\n\nStop by our office on Main Street any weekday afternoon.\n\n"
        "Tenants' helpline (Haitian Creole, French, English): 617-555-7199\n\nIf someone is "
        "forcing you to work, call the National Human Trafficking Hotline at 1-888-373-7888."
    )
    assert code_text(page).hotline_numbers == ["1-888-373-7888"]


def test_a_listed_resource_line_is_not_the_pages_own():
    page = (
        "Our shelter helps families across the state.\n\n"
        "- Harbor Statewide Trafficking Helpline (run by a partner agency): 1-844-555-7123\n"
        "- National Human Trafficking Hotline: 1-888-373-7888"
    )
    assert "1-844-555-7123" in code_text(page).hotline_numbers
