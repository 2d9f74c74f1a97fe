"""Round 67 fields: a defined term's class before a place head, walk-in care clinics, a massage
holder's forms in a long sentence, the heading line of a code's part, a state's own line named
by the state's name, a secretary posting in its own places, a mayor prescribing the notice, a
citation's abbreviation inside the notice's form sentence; both sides of each class
(docs/coding-measurement.md, round 67 fields)."""

import pytest

from hotline_watch.coding import code_text

H = " The notice shall include the National Human Trafficking Hotline, 1-888-373-7888."
ESTABLISHMENTS = [
    # a walk-in care clinic is urgent care; its definition's genus names no class
    (
        'B. "Walk-in care clinic" means a health care facility, other than a hospital emergency '
        "department, that treats minor illnesses without an appointment.\n2. Each walk-in care "
        "clinic shall post a human trafficking notice in its waiting area.",
        {"urgent_care"},
    ),
    (
        "An Act To Require Human Trafficking Notices in Walk-in Care Clinics\nEach walk-in care "
        "clinic shall post the notice in each public restroom.",
        {"urgent_care"},
    ),
    # near miss: a health care facility named as a class of its own stays
    (
        "Each walk-in care clinic and each other health care facility licensed by the department "
        "shall post a human trafficking notice.",
        {"urgent_care", "medical_facility"},
    ),
    # a massage holder's forms, its extending sentence long
    (
        "(1) Each massage establishment shall post a human trafficking notice in a conspicuous "
        "place in the reception or waiting area where it can be readily seen by clients, "
        "visitors and employees of the establishment. This applies to massage therapists who "
        "practice alone at a fixed location in a rented suite as well as to spas and clinics "
        "that employ more than one therapist.",
        {"massage"},
    ),
    (
        "(1) Every licensed massage business shall display a human trafficking notice in the "
        "lobby where it can be readily seen by clients and by the staff who work there every "
        "day. This also covers day spas and wellness clinics that offer massage.",
        {"massage"},
    ),
    # near miss: no massage holder before; the clinic is a class
    (
        "(1) Each hotel shall post a human trafficking notice in the lobby where it can be "
        "readily seen by guests. Each clinic shall post the notice in its waiting room.",
        {"lodging", "medical_facility"},
    ),
    # the heading line of a code's part names the body of law, not who posts
    (
        "NRS > Chapter 408 - Highways, Roads and Transportation Facilities\n\nNRS 408.2345 "
        "Posting of notice.\n1. The Department shall post, in each public restroom of each "
        "safety rest area maintained by the Department, a notice concerning human trafficking.",
        {"rest_area"},
    ),
    (
        "Chapter 12 - Transportation Facilities\n\n12-301. Notice.\n(a) Each airport and each "
        "intercity bus station shall post a human trafficking notice.",
        {"airport", "bus_station"},
    ),
    (
        "Article 41 - Health Care Facilities\n\n41-208. (a) Each hospital shall post a human "
        "trafficking notice in its main lobby.",
        {"hospital"},
    ),
    # near miss: no member named, the umbrella in the duty stays
    (
        "Chapter 12 - Highways\n\n12-301. Notice.\n(a) Each transportation facility owned by "
        "the state shall post a human trafficking notice.",
        {"transportation_hub"},
    ),
    # near miss: a line that is no heading of a part names the umbrella beside a member
    (
        "Each airport and each other transportation facility in the state shall post a human "
        "trafficking notice.",
        {"airport", "transportation_hub"},
    ),
]

HOTLINES = [
    (
        "The notice would list the National Human Trafficking Hotline, 1-888-373-7888, and "
        "Georgia's own line, 1-866-ENDHTGA.",
        {"1-888-373-7888", "1-866-363-4842"},
    ),
    (
        "Posters will give the national human trafficking hotline, 1-888-373-7888, and "
        "Ohio\u2019s own tip line, 1-844-888-4284.",
        {"1-888-373-7888", "1-844-888-4284"},
    ),
    # near misses: an organisation's own line stays out
    (
        "Cards list the national trafficking hotline, 1-888-373-7888, and the shelter's own "
        "line, 314-421-6262.",
        {"1-888-373-7888"},
    ),
    (
        "The alliance handed out cards on human trafficking with the alliance's own support "
        "line, 315-474-3203.",
        set(),
    ),
]

AGENCIES = [
    # a secretary bound to post in its own places, no other body for the sign
    (
        "(a) The Secretary of State shall post a notice regarding human trafficking in a "
        "conspicuous place in each Driver Services facility operated by the Secretary of State."
        "\n(b) The notice shall be at least 8.5 by 11 inches.",
        "Secretary of State",
    ),
    (
        "(1) The Secretary of Transportation shall post a human trafficking notice in each "
        "public restroom of each rest area.",
        "Secretary of Transportation",
    ),
    # near miss: the secretary posts a sign prescribed elsewhere
    (
        "(a) The Secretary of State shall post the notice prescribed by the Department of "
        "Human Services in each Driver Services facility.",
        "Department of Human Services",
    ),
    # a mayor prescribing the notice's form
    (
        '"(a) Each hotel shall post a human trafficking notice at the front desk.\n"(b) The '
        'notice shall be:\n"(1) In a form prescribed by the Mayor;\n"(2) Printed in English '
        "and Spanish.",
        "Mayor",
    ),
    # near miss: a mayor acting on the bill is not the agency
    (
        "Each hotel shall post a human trafficking notice at the front desk. This act shall "
        "take effect following approval by the Mayor.",
        None,
    ),
    # a citation's abbreviation inside the notice's form sentence
    (
        "(a) Each licensee shall post a human trafficking notice.\n(b) The notice under par. "
        "(a) shall be at least 8.5 inches by 11 inches and shall be in a form prescribed by the "
        "department of justice.",
        "department of justice",
    ),
    (
        "(a) Each licensee shall post a human trafficking notice.\n(b) The notice required "
        "under sec. 4 shall be in a form approved by the department of labor.",
        "department of labor",
    ),
    # near miss: the form is the training's, not the notice's
    (
        "(a) Each licensee shall post a human trafficking notice.\n(b) The training under par. "
        "(a) shall be in a form approved by the department of labor.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), ESTABLISHMENTS)
def test_establishments(text, expected):
    assert set(code_text(text + H).establishments) == expected


@pytest.mark.parametrize(("text", "expected"), HOTLINES)
def test_hotline_numbers(text, expected):
    assert set(code_text(text).hotline_numbers) == expected


@pytest.mark.parametrize(("text", "expected"), AGENCIES)
def test_agency(text, expected):
    assert code_text(text + H).agency == expected


def test_evidence_quotes():
    c = code_text(ESTABLISHMENTS[0][0] + H)
    quotes = {e["value"]: e["quote"] for e in c.evidence if e["field"] == "establishments"}
    assert "walk-in care" in quotes["urgent_care"].lower()
    c = code_text(HOTLINES[0][0])
    quotes = {e["value"]: e["quote"] for e in c.evidence if e["field"] == "hotline_numbers"}
    assert "1-866-ENDHTGA" in quotes["1-866-363-4842"]
