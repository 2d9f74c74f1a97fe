"""Round 37 (issue 14zl-fields): the versions an office's page offers, help available to a person,
a question raised, the languages of Mexico's indigenous farmworkers; places named by licence or
operator (private employment services, travel plazas on a toll authority's facility, bus transfer
facilities).

Each test fails on the engine before the round (the guards pin what the round keeps): an
office's page offering the notice "from this page" or "below" in several languages coded as the
notice's languages; "in English and in Spanish, that help is available to a person" read as a
requirement, not as versions offered; Mixteco and Triqui coded, but not in a question a summary
raises ("Whether notices in ... Mixteco would be more useful"); private employment services as
job recruitment; travel plazas on a facility of a transportation authority as service plazas,
no truck stops; bus transfer facilities as bus stations."""

import pytest

from hotline_watch.coding import code_text

HOTLINE = "the National Human Trafficking Hotline, 1-888-373-7888"


#: (case id, text, field, expected value)
CASES = [
    (
        "page offers versions from this page",
        "Human Trafficking Notice for Massage and Cosmetology Licensees\n"
        "Every licensed massage establishment must display the human trafficking notice in a "
        f"conspicuous place. The notice gives {HOTLINE}.\n"
        "It is available to download from this page in English, Spanish, Chinese, Korean and "
        "Vietnamese.\n",
        "languages",
        ["English", "Spanish", "Chinese", "Korean", "Vietnamese"],
    ),
    (
        "page offers versions below",
        "Farm labor contractors must post a human trafficking notice where workers gather. "
        f"It gives {HOTLINE}. DLI has posted a printable notice in English and Spanish below.\n",
        "languages",
        ["English", "Spanish"],
    ),
    # guards: another office's site and an open list of translations say nothing of the notice
    (
        "another office's site",
        "Every hotel must post the human trafficking notice in its lobby. The notice gives "
        f"{HOTLINE}. Alternatively, you can download notices in English, Spanish and Chinese "
        "from the Attorney General's website.\n",
        "languages",
        [],
    ),
    (
        "open list of translations",
        "Every hotel must post the human trafficking notice in its lobby. The notice gives "
        f"{HOTLINE}. It can be downloaded below in English, Spanish and other languages.\n",
        "languages",
        [],
    ),
    (
        "help available to a person",
        "25.1103. Human Trafficking Signs.\n(a) The department shall display at each safety "
        "rest area a sign that:\n"
        "  (1) states, in English and in Spanish, that help is available to a person who is "
        "forced to work or to engage in commercial sex;\n"
        f"  (2) includes {HOTLINE}.\n",
        "languages",
        ["English", "Spanish"],
    ),
    # guard: a notice available to businesses in two languages stays an offer where a duty is
    # described and another language required
    (
        "available to businesses",
        f"Every bar must post the notice in English. The notice gives {HOTLINE}. It is also "
        "available to businesses in Spanish and Vietnamese.\n",
        "languages",
        ["English"],
    ),
    (
        "indigenous languages of Mexico",
        "The bill would require each farm labor contractor to post in each crew vehicle a notice "
        f"containing {HOTLINE}. The bill would require the Labor Commissioner to develop the "
        "notice in English, Spanish, Mixteco, Triqui and Punjabi.\n",
        "languages",
        ["English", "Spanish", "Mixteco", "Triqui", "Punjabi"],
    ),
    (
        "a question raised",
        "Requires licensed farm labor contractors to post a notice about human trafficking, in "
        f"English and Spanish, that includes {HOTLINE}.\nIssues discussed:\n"
        "- Whether notices in Indigenous languages such as Mixteco would be more useful than "
        "written Spanish\n",
        "languages",
        ["English", "Spanish"],
    ),
    (
        "private employment services",
        "Louisiana law requires every private employment service licensed by the Workforce "
        "Commission to display a human trafficking notice in each office where applicants are "
        f"interviewed. It gives {HOTLINE}.\n",
        "establishments",
        ["job_recruitment"],
    ),
    (
        "travel plazas on a transportation authority's facility",
        'A. In this regulation, "Authority" means the Maryland Transportation Authority.\n'
        "B. Each concessionaire operating a travel plaza on a facility of the Authority, "
        "including the Maryland House and Chesapeake House travel plazas on Interstate 95, shall "
        "post a human trafficking awareness notice in each public restroom.\n"
        f"C. The notice shall include {HOTLINE}.\n",
        "establishments",
        ["service_plaza"],
    ),
    # guard: travel plazas with nothing said of a toll road stay truck stops
    (
        "travel plazas alone",
        "Each truck stop and travel plaza of ten thousand square feet or more shall post a "
        f"notice that includes {HOTLINE}.\n",
        "establishments",
        ["truck_stop"],
    ),
    (
        "bus transfer facilities",
        "Summary of Legislation\nThe bill requires each public transit agency to post a sign "
        "with human trafficking hotline information at every light rail and commuter rail "
        f"station and at every bus transfer facility it operates. The sign must list {HOTLINE}.\n",
        "establishments",
        ["rail_station", "bus_station"],
    ),
]


@pytest.mark.parametrize(
    ("text", "field", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_round_37_readings(text: str, field: str, expected: list[str]) -> None:
    assert getattr(code_text(text), field) == expected
