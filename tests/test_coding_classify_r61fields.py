"""Round 61 fields: gaming licences told by the games they allow (games of chance, pull-tabs,
race meetings, off-track wagering) are `casino`; a terminal named by the buses its passengers
board is a `bus_station`; a port of entry run by a highway body, or beside truck stops after a
semicolon, is a `weigh_station`; a fund named for schools is no `school`; both sides of each
class (docs/coding-measurement.md, round 61 fields)."""

import pytest

from hotline_watch.coding import code_text

TAIL = (
    " The notice shall be at least 8.5 by 11 inches and shall state the National Human"
    " Trafficking Hotline number 1-888-373-7888."
)

CASES = [
    # casino: a licence told by the games it allows
    (
        "Each organization licensed to conduct games of chance shall post a human "
        "trafficking notice at each site.",
        {"casino"},
        set(),
    ),
    (
        "An operator licensed under AS 05.15.100 to conduct pull-tab games shall post a "
        "human trafficking notice near the sales counter.",
        {"casino"},
        set(),
    ),
    (
        "Each association licensed to conduct a race meeting shall post a human "
        "trafficking notice in each public restroom.",
        {"casino"},
        set(),
    ),
    (
        "A person permitted to conduct live race meets shall post a human trafficking "
        "notice at the grandstand.",
        {"casino"},
        set(),
    ),
    (
        "Each licensee operating an off-track wagering facility shall post a human "
        "trafficking notice in each restroom.",
        {"casino"},
        set(),
    ),
    (
        "The operator of every off-track betting site shall post a human trafficking "
        "notice near the betting windows.",
        {"casino"},
        set(),
    ),
    (
        "Each organization licensed to offer games of chance and each bar where they are "
        "played shall post a human trafficking notice.",
        {"casino", "bar"},
        set(),
    ),
    # casino near misses: no licence to play, the games told otherwise
    (
        "Each hotel shall post a human trafficking notice; the notice may mention games of chance.",
        {"lodging"},
        {"casino"},
    ),
    (
        "Each restaurant licensed to conduct food service shall post a human trafficking notice.",
        {"restaurant"},
        {"casino"},
    ),
    (
        "Each truck stop shall post a human trafficking notice. Off-track travel is discouraged.",
        {"truck_stop"},
        {"casino"},
    ),
    (
        "Each hospital licensed to conduct surgery shall post a human trafficking notice "
        "in its emergency department lobby.",
        set(),
        {"casino"},
    ),
    # bus_station: a terminal named by the buses its passengers board
    (
        "Each motor carrier that operates a terminal at which passengers board or alight "
        "from scheduled intercity buses shall post a human trafficking notice.",
        {"bus_station"},
        set(),
    ),
    (
        "The owner of each station at which passengers embark on charter buses shall post"
        " a human trafficking notice.",
        {"bus_station"},
        set(),
    ),
    (
        "Every depot in which passengers board onto intercity buses shall post a human "
        "trafficking notice.",
        {"bus_station"},
        set(),
    ),
    # bus_station near misses
    (
        "Each terminal at which passengers board ferries shall post a human trafficking notice.",
        set(),
        {"bus_station"},
    ),
    (
        "Each terminal at which passengers board aircraft of a commercial service airport"
        " shall post a human trafficking notice.",
        {"airport"},
        {"bus_station"},
    ),
    (
        "Each hotel at which guests board shuttles shall post a human trafficking notice.",
        {"lodging"},
        {"bus_station"},
    ),
    # weigh_station: a highway port of entry
    (
        "The department of public safety shall post the notice in each port of entry "
        "operated by the motor transportation police division.",
        {"weigh_station"},
        {"port"},
    ),
    (
        "The notice shall be posted in every port of entry maintained by the state highway patrol.",
        {"weigh_station"},
        {"port"},
    ),
    (
        "Human trafficking notice; truck stops; ports of entry. Each truck stop and each "
        "port of entry shall post the notice.",
        {"weigh_station", "truck_stop"},
        {"port"},
    ),
    (
        "Each port of entry operated by the department of transportation shall post a "
        "human trafficking notice.",
        {"weigh_station"},
        {"port"},
    ),
    # weigh_station near misses: seaports and border crossings stay ports
    (
        "Each port of entry operated by the port authority shall post a human trafficking notice.",
        {"port"},
        {"weigh_station"},
    ),
    (
        "Each seaport and each port of entry on the international border shall post a "
        "human trafficking notice.",
        {"port"},
        {"weigh_station"},
    ),
    (
        "Each truck stop shall post a human trafficking notice. Each marina shall post "
        "the notice too.",
        {"truck_stop", "port"},
        {"weigh_station"},
    ),
    (
        "Each port of entry operated by U.S. Customs and Border Protection shall post a "
        "human trafficking notice.",
        {"port"},
        {"weigh_station"},
    ),
    # school: a fund named for schools is money
    (
        "Each bar shall post a human trafficking notice. Penalties collected shall be "
        "credited to the public school fund of the county.",
        {"bar"},
        {"school"},
    ),
    (
        "Each hotel shall post a human trafficking notice. Fines go to the common school funds.",
        {"lodging"},
        {"school"},
    ),
    (
        "Each tattoo parlor shall post a human trafficking notice, and the school fund "
        "receives the fines.",
        {"tattoo"},
        {"school"},
    ),
    # school near misses: schools as places keep the class
    (
        "Each public school shall post a human trafficking notice in each building.",
        {"school"},
        set(),
    ),
    (
        "Each school and each hotel shall post a human trafficking notice.",
        {"school", "lodging"},
        set(),
    ),
    ("Every school funded by the state shall post a human trafficking notice.", {"school"}, set()),
    (
        "Each school district shall post a human trafficking notice in every school.",
        {"school"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_round61_establishment_classes(text: str, present: set, absent: set) -> None:
    coded = set(code_text(text + TAIL).establishments)
    assert present <= coded, coded
    assert not (absent & coded), coded


def test_round61_casino_evidence_quotes_the_licence() -> None:
    coding = code_text(CASES[0][0] + TAIL)
    quotes = [e["quote"] for e in coding.evidence if e["field"] == "establishments"]
    assert any("licensed to conduct games of chance" in q for q in quotes), quotes


BODY_AND_TITLE = [
    # a public body acting after a participle's phrase is the body, no place
    (
        "Every tattoo studio shall post a human trafficking notice. A local health department"
        " conducting an inspection under KRS 211.760 shall verify that the notice is posted.",
        {"tattoo"},
        {"government_building"},
    ),
    (
        "Every tattoo studio shall post a human trafficking notice. Each county health"
        " department performing inspections shall report violations to the cabinet.",
        {"tattoo"},
        {"government_building"},
    ),
    (
        "Each massage establishment shall post a human trafficking notice. The city health"
        " department, acting under section 4, may inspect the establishment.",
        {"massage"},
        {"government_building"},
    ),
    # near misses: the body posting keeps the class
    (
        "Each local health department operating a clinic shall post a human trafficking notice.",
        {"government_building"},
        set(),
    ),
    (
        "Every county health department shall post a human trafficking notice in its lobby.",
        {"government_building"},
        set(),
    ),
    # a section's catchline after its number names the notice at the umbrella: no class
    (
        "595.121. Human trafficking hotline poster at transportation facilities - department"
        " to develop - penalty. - 1. The operator of each intercity bus terminal and each"
        " commercial service airport shall display a human trafficking hotline poster.",
        {"bus_station", "airport"},
        {"transportation_hub"},
    ),
    (
        "17-8-42. Human trafficking notices at medical facilities. Each hospital and each"
        " urgent care center shall post a human trafficking notice.",
        {"hospital", "urgent_care"},
        {"medical_facility"},
    ),
    # near misses: the umbrella as a holder of its own in the duty keeps its code
    (
        "595.121. Human trafficking hotline poster at transportation facilities.\n1. The"
        " operator of each transportation facility and each airport shall display the poster.",
        {"transportation_hub", "airport"},
        set(),
    ),
    (
        "Sec. 5. Each transportation facility and each bus terminal shall post a human"
        " trafficking notice.",
        {"transportation_hub", "bus_station"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), BODY_AND_TITLE)
def test_round61_bodies_and_catchlines(text: str, present: set, absent: set) -> None:
    coded = set(code_text(text + TAIL).establishments)
    assert present <= coded, coded
    assert not (absent & coded), coded
