"""Round 66 fields: an agency's own offices named by their operator or after "in a conspicuous
place" (government buildings), a station at which passengers board or alight from trains, migrant
and farmworker housing, drink licences, a generic holder whose posting verb is an item of its
list of duties, an act's short title and a lettered section number's catchline naming an
umbrella beside its members; both sides of each class (docs/coding-measurement.md, round 66
fields)."""

import pytest

from hotline_watch.coding import code_text

H = " The notice shall include the National Human Trafficking Hotline, 1-888-373-7888."
ESTABLISHMENTS = [
    # an agency's own offices, named by the body that operates them
    (
        "(a) The department shall post a human trafficking notice in each branch office and in "
        "each vehicle inspection center operated by the department.",
        {"government_building"},
    ),
    (
        "(a) A notice about human trafficking shall be posted in the lobby of each licensing "
        "facility operated by the Secretary of State.",
        {"government_building"},
    ),
    (
        "(1) Each title and registration center operated by the state division of revenue shall "
        "post a human trafficking notice in its waiting room.",
        {"government_building"},
    ),
    (
        "(a) The Department of Revenue shall post, in a conspicuous place in each of its "
        "taxpayer service centers, a human trafficking notice.",
        {"government_building"},
    ),
    (
        "(a) The commission shall display, in a conspicuous location in each of its regional "
        "offices, a notice regarding human trafficking.",
        {"government_building"},
    ),
    # near misses: another class the office runs keeps its class; a private operator is no office
    (
        "(a) The operator of each rest area operated by the department of transportation shall "
        "post a human trafficking notice in each restroom.",
        {"rest_area"},
    ),
    (
        "(a) Each airport operated by the department of aviation shall post a human trafficking "
        "notice near its main entrance.",
        {"airport"},
    ),
    (
        "(a) Each vehicle inspection center operated by a private contractor shall post a human "
        "trafficking notice.",
        set(),
    ),
    (
        "(a) The department shall post a human trafficking notice on its website and shall "
        "distribute it to each business operated by a licensee.",
        set(),
    ),
    # a station at which passengers board or alight from trains
    (
        "(1) The operator of each station at which passengers board or alight from a commuter "
        "train shall post a human trafficking notice.",
        {"rail_station"},
    ),
    (
        "(1) The owner of each platform at which passengers embark on intercity trains shall "
        "post a human trafficking notice.",
        {"rail_station"},
    ),
    (
        "(1) The operator of each terminal at which passengers board or alight from buses shall "
        "post a human trafficking notice.",
        {"bus_station"},
    ),
    # migrant and farmworker housing operated by the holder is lodging
    (
        "(b) Each operator of farmworker housing licensed under this Article shall post a human "
        "trafficking notice in the common room.",
        {"lodging"},
    ),
    (
        "(b) The owner of any seasonal worker housing shall post a human trafficking notice.",
        {"lodging"},
    ),
    (
        "(b) Each operator of migrant housing certified by the department shall display a human "
        "trafficking notice near the kitchen.",
        {"lodging"},
    ),
    (
        "(b) Each farm labor contractor shall post a human trafficking notice at each work site "
        "and in any migrant housing it provides.",
        {"farm_labor_contractor"},
    ),
    # a drink licence is an on-premises licence: bar; a soft drink licence is not
    (
        "(2) Each holder of a retail drink license shall post a human trafficking notice in each "
        "restroom of the licensed premises.",
        {"bar"},
    ),
    (
        "(2) Every drink licensee shall display a human trafficking notice at the main entrance.",
        {"bar"},
    ),
    (
        "(2) Each holder of a soft drink license shall post a human trafficking notice.",
        set(),
    ),
    # a generic holder whose posting verb is an item of its list of duties
    (
        "Chapter 12 Card Room Facility Operating Standards\n.04 Notice.\nA. A facility operator "
        "shall:\n(1) Train its staff to recognize trafficking;\n(2) Post, at each employee "
        "entrance, a human trafficking notice; and\n(3) Keep training records.",
        {"casino"},
    ),
    (
        "Chapter 4 Assisted Living Facility Standards\n.09 Notice.\nA. A facility shall:\n"
        "(a) Display, in the main lobby, a human trafficking notice; and\n(b) Train its staff.",
        {"assisted_living"},
    ),
    (
        "Chapter 12 Card Room Facility Operating Standards\n.04 Notice.\nA. A facility operator "
        "shall:\n(1) Train its staff to recognize trafficking; and\n(2) Keep training records.",
        set(),
    ),
    # an act's short title names the act, not the umbrella beside its members
    (
        "Section 1. Short title.\nThis act shall be known and may be cited as the Transportation "
        "Facility Trafficking Awareness Act.\nSection 2. The operator of each airport and each "
        "passenger rail station shall post a human trafficking notice.",
        {"airport", "rail_station"},
    ),
    (
        "Section 1. Short title.\nThis act may be cited as the Medical Facility Trafficking Sign "
        "Act.\nSection 2. Each hospital shall post a human trafficking notice.",
        {"hospital"},
    ),
    (
        "Section 1. This act may be cited as the Trafficking Notice Act.\nSection 2. The "
        "operator of each transportation facility shall post a human trafficking notice. "
        "Transportation facilities include airports.",
        {"transportation_hub", "airport"},
    ),
    # a salon narrowed by nail work after a long licence clause naming an Act of several trades
    (
        "(2) Each salon licensed under the Barbering, Cosmetology, Esthetics, Nail Care, and "
        "Tattooing Practice Act in which nail care services are offered shall post a human "
        "trafficking notice.",
        {"nail_salon"},
    ),
    (
        "(2) Each salon licensed under the state cosmetology practice act shall post a human "
        "trafficking notice.",
        {"cosmetology"},
    ),
    # a lettered section number before its catchline
    (
        "12-4b07. Human trafficking notice; transportation facilities; penalty. (a) The operator "
        "of each commercial airport and each bus terminal shall post a human trafficking notice.",
        {"airport", "bus_station"},
    ),
    (
        "12-4b07. Trafficking notice. (a) The operator of each transportation facility, "
        "including each commercial airport, shall post a human trafficking notice.",
        {"transportation_hub", "airport"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ESTABLISHMENTS)
def test_establishments(text, expected):
    assert set(code_text(text + H).establishments) == expected


def test_evidence_quotes():
    c = code_text(ESTABLISHMENTS[0][0] + H)
    quotes = {e["value"]: e["quote"] for e in c.evidence if e["field"] == "establishments"}
    assert "operated by the department" in quotes["government_building"]
    c = code_text(ESTABLISHMENTS[16][0] + H)
    quotes = {e["value"]: e["quote"] for e in c.evidence if e["field"] == "establishments"}
    assert "retail drink license" in quotes["bar"]
