"""Round 60 fields: languages the vocabulary lacks in a list of known ones, and establishment
classes named by their own words (driver's license service centers, farm or forest labor
contractors, a bus line boarding passengers at a terminal, the state's visitor centers);
both sides of each class (docs/coding-measurement.md, round 60 fields)."""

import pytest

from hotline_watch.coding import code_text

DUTY = (
    "Each {} shall post a human trafficking notice, 8.5 by 11 inches, with the National"
    " Human Trafficking Hotline number 1-888-373-7888."
)

LANGS = [
    (
        "The notice shall be printed in English, Spanish, and Bosnian.",
        {"English", "Spanish", "Bosnian"},
    ),
    (
        "The sign must be printed in English, Spanish and Kurdish.",
        {"English", "Spanish", "Kurdish"},
    ),
    (
        "The notice shall be printed in English, Spanish and K'iche', and in a form approved"
        " by the Division.",
        {"English", "Spanish", "K'iche'"},
    ),
    (
        "The notice shall be printed in English, Amharic, Spanish and Oromo.",
        {"English", "Amharic", "Spanish", "Oromo"},
    ),
    (
        "The notice shall be printed in English, Bulgarian, Ukrainian and Spanish.",
        {"English", "Bulgarian", "Ukrainian", "Spanish"},
    ),
    (
        "The notice shall be printed in English, Spanish, Turkish and Kazakh.",
        {"English", "Spanish", "Turkish", "Kazakh"},
    ),
    # near misses: a place, a day, a script, a name after the list, a single known language
    (
        "The notice shall be printed in English and Spanish, Iowa officials said.",
        {"English", "Spanish"},
    ),
    ("The notice shall be printed in English and Spanish, Monday.", {"English", "Spanish"}),
    ("The notice shall be printed in English, Spanish and Braille.", {"English", "Spanish"}),
    (
        "The notice shall be printed in English and Spanish, Large Print versions on request.",
        {"English", "Spanish"},
    ),
    (
        "The notice shall be printed in English and Spanish and Department staff will check it.",
        {"English", "Spanish"},
    ),
    (
        "The notice shall be printed in English. Spanish, Bosnian and Somali versions are"
        " not required.",
        {"English"},
    ),
    (
        "The notice shall be printed in English, Spanish, Toms River officials said.",
        {"English", "Spanish"},
    ),
    ("The notice shall be printed in English and Spanish, Texas law says.", {"English", "Spanish"}),
]


@pytest.mark.parametrize("sentence,expected", LANGS)
def test_languages_unlisted(sentence, expected):
    c = code_text(DUTY.format("establishment") + " " + sentence)
    assert set(c.languages) == expected


def test_unlisted_language_evidence():
    c = code_text(
        DUTY.format("establishment")
        + " The notice shall be printed in English, Spanish, and Bosnian."
    )
    assert any(e["value"] == "Bosnian" and "Bosnian" in e["quote"] for e in c.evidence)


ESTS = [
    ("driver's license service center operated by the department", {"government_building"}),
    ("drivers license station", {"government_building"}),
    ("farm or forest labor contractor licensed under ORS 658.405", {"farm_labor_contractor"}),
    ("forestry and farm labor contractor", {"farm_labor_contractor"}),
    ("terminal at which an intercity bus line boards or discharges passengers", {"bus_station"}),
    ("terminal at which a bus company picks up passengers", {"bus_station"}),
    # near misses: a licence held, not a place; a forest with no labor contractor; a terminal
    # of a line that is no bus line; a service center of another trade
    ("person who holds a driver's license", set()),
    ("forest landowner", set()),
    ("terminal at which a pipeline line discharges oil", set()),
    ("customer service center", set()),
]


@pytest.mark.parametrize("holder,expected", ESTS)
def test_establishment_words(holder, expected):
    assert set(code_text(DUTY.format(holder)).establishments) == expected


WELCOME = [
    (
        "The department of tourism shall post the sign at each of the state's visitor centers.",
        {"welcome_center"},
    ),
    ("The department shall post the sign at each state visitor center.", {"welcome_center"}),
    (
        "The department shall post the sign at rest areas and visitor centers.",
        {"rest_area", "welcome_center"},
    ),
    # near misses: a state park's visitor center is the park's
    ("The division shall post the sign in each state park visitor center.", {"state_park"}),
    (
        "The division shall post the sign in each visitor center of every state park.",
        {"state_park"},
    ),
    ("The museum shall post the sign in its visitor center.", set()),
]


@pytest.mark.parametrize("sentence,expected", WELCOME)
def test_state_visitor_centers(sentence, expected):
    text = (
        sentence
        + " The sign shall include the National Human Trafficking Hotline number 1-888-373-7888."
    )
    assert set(code_text(text).establishments) == expected


HOTLINE = " The notice shall include the National Human Trafficking Hotline number 1-888-373-7888."


def _regulation(chapter: str, holder: str) -> str:
    return (
        "Title 14 STATE GAMING CONTROL AGENCY\nSubtitle 02 PROVISIONS\n"
        f"{chapter}\n\n14.02.10.49\n\n.49 Human Trafficking Notice.\n"
        'A. In this regulation, "Agency" means the State Gaming Control Agency.\n'
        f"B. {holder} shall post a human trafficking notice in a form approved by the Agency:\n"
        "(1) In each public restroom; and\n(2) At each employee entrance.\n"
        "C. The notice shall include the toll-free telephone number of the National Human"
        " Trafficking Hotline, 1-888-373-7888.\n"
        f"D. {holder} that fails to comply with this regulation is subject to a fine of not more"
        " than $5,000 for each violation.\n"
    )


HOLDERS = [
    ("Chapter 10 Video Lottery Facility Operations", "A facility operator", {"casino"}),
    ("Chapter 10 Video Lottery Facility Operations", "A facility licensee", {"casino"}),
    # near misses: a heading naming no class; an operator of another noun
    ("Chapter 10 General Provisions", "A facility operator", set()),
    ("Chapter 10 Video Lottery Facility Operations", "A tour operator", set()),
]


@pytest.mark.parametrize("chapter,holder,expected", HOLDERS)
def test_generic_holder_operator(chapter, holder, expected):
    c = code_text(
        _regulation(chapter, holder),
        url="https://dsd.maryland.gov/regulations/Pages/14.02.10.49.aspx",
    )
    assert set(c.establishments) == expected


TITLES = [
    (
        "Texas Transportation Facility Human Trafficking Sign (English/Spanish)\n\n"
        "Airports, bus stations and train stations must post this sign.",
        {"airport", "bus_station", "rail_station"},
    ),
    # near misses: the umbrella in a sentence, a title naming no notice after it
    (
        "Transportation facility operators, such as airports and bus stations, must post this"
        " sign.",
        {"transportation_hub", "airport", "bus_station"},
    ),
]


@pytest.mark.parametrize("text,expected", TITLES)
def test_umbrella_in_title_case_notice_title(text, expected):
    assert set(code_text(text + HOTLINE).establishments) == expected
