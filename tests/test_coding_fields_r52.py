# ruff: noqa: E501  (the audit wordings are kept whole, one string each)
"""Round 52, fields (issue 14r52-fields): an audit of four classes in the round's own wordings,
both sides of each: (1) sign and type sizes written in words, with or without the figure in
brackets ("sixteen-point (16-pt.) type", "twenty-four point", "twelve by eighteen inches"), while
heights, distances, hours and an unsized type name no size; (2) a defined umbrella term whose
definition lists its members ('"Transportation facility" means: (i) ... airport ...'): the
members, not the umbrella, and the umbrella only when the definition names no class; an
umbrella named as a class of its own beside a member keeps both (round 39); (3) rail and transit
wording (light rail transit, rail transit, commuter rail, subway, metro, rapid transit,
streetcar stations and stops) against the vocabulary's codes: `rail_station`, while transit
centers stay `bus_station` and park-and-ride lots have no code; (4) spots where the duty-holder
posts (work sites, worker housing, camps it operates, crew quarters it provides) against the
classes that must post: no class, while a housing operator or camp operator that must post is
`lodging`."""

import pytest

from conftest import assert_coded_fields
from hotline_watch.coding import classify

HOTLINE = " The notice shall state the National Human Trafficking Hotline, 1-888-373-7888."
DUTY = "Section 4. Each truck stop shall post a human trafficking notice near the main entrance."

#: (1) sizes and type sizes written in words: (the notice's sentence, the size)
SIZES = [
    (
        "The notice shall be printed in English and Spanish in at least sixteen-point (16-pt.) type.",
        "16-point font",
    ),
    ("The notice shall be printed in not less than twenty-four point type.", "24-point font"),
    ("The notice shall be printed in bold type not less than twenty-four point.", "24-point font"),
    ("The notice shall be printed in twenty-point bold type.", "20-point font"),
    (
        "The notice shall be printed in a font size of not less than thirty-six point.",
        "36-point font",
    ),
    ("The notice shall be printed in at least fourteen (14) point type.", "14-point font"),
    ("The notice shall be printed in eighteen-point (18 pt.) font.", "18-point font"),
    (
        "The notice shall be at least eight and one-half by eleven inches.",
        "8.5 x 11 inches",
    ),
    ("The sign shall be not less than twelve by eighteen inches.", "12 x 18 inches"),
    (
        "The sign shall be no smaller than twenty-two by twenty-eight inches.",
        "22 x 28 inches",
    ),
    (
        "The sign shall measure at least eleven (11) inches by seventeen (17) inches.",
        "11 x 17 inches",
    ),
    (
        'The notice shall be at least eight and one-half inches (8 1/2") by eleven inches (11").',
        "8.5 x 11 inches",
    ),
    # near misses: a height, a distance, hours, an unsized type, the heading beside a size
    ("The notice shall be posted at least five feet above the floor.", None),
    ("The notice shall be posted within twenty-four hours of receipt.", None),
    (
        "The notice shall be posted within twenty-four (24) inches of the door of each restroom.",
        None,
    ),
    ("The notice shall be printed in a type size that is easily legible.", None),
    (
        "The notice shall be printed in bold type and posted by the twenty-first day of January.",
        None,
    ),
    (
        "The notice shall be at least twelve by eighteen inches, with the word NOTICE in twenty-four point type.",
        "12 x 18 inches",
    ),
]

STATUTE = (
    "Section 7. Human trafficking notice.\n(1) For purposes of this section:\n{defs}\n(2) {duty}"
    "\n(3) The notice shall be printed in English and Spanish and shall state the National Human "
    "Trafficking Hotline, 1-888-373-7888.\n"
)

#: (2) a defined umbrella term: (definitions, duty, codes, a quote of the evidence)
UMBRELLAS = [
    (
        '(a) "Department" means the Department of Public Safety.\n(b) "Transportation facility" means:\n(i) A commercial service airport;\n(ii) An intercity bus terminal; and\n(iii) A passenger rail station.',
        "The owner or operator of each transportation facility in this state shall post a notice in each public restroom.",
        ["airport", "bus_station", "rail_station"],
        "commercial service airport",
    ),
    (
        '(a) "Transportation facility" means an airport, a bus station or a train station.',
        "The operator of each transportation facility shall post a notice near the main entrance.",
        ["airport", "bus_station", "rail_station"],
        "airport",
    ),
    (
        '(a) "Health care facility" means a hospital, an urgent care center, or a freestanding emergency department.',
        "Each health care facility shall post a notice in each patient waiting area.",
        ["hospital", "urgent_care", "emergency_room"],
        "urgent care center",
    ),
    (
        '(a) "Transportation hub" means a bus terminal, a light rail station or a ferry terminal.',
        "The operator of each transportation hub shall post a notice near the ticket counter.",
        ["bus_station", "rail_station", "transportation_hub"],
        "ferry terminal",
    ),
    (
        '(a) "Medical facility" includes an emergency room and an urgent care clinic.',
        "Each medical facility shall post a notice in each public waiting room.",
        ["emergency_room", "urgent_care"],
        "emergency room",
    ),
    (
        '(a) The term "health care facility" shall mean a hospital or an urgent care center.',
        "Each health care facility shall post the notice near the main entrance.",
        ["hospital", "urgent_care"],
        "urgent care center",
    ),
    (
        "(a) 'Transportation center' means a passenger airport or an intercity bus terminal.",
        "Each transportation center shall post the notice near the main entrance.",
        ["airport", "bus_station"],
        "bus terminal",
    ),
    # the umbrella kept: the definition names no class, or the text names it as a class of its own
    (
        '(a) "Transportation facility" means any facility owned by the department that is open to the public.',
        "The operator of each transportation facility shall post a notice near the main entrance.",
        ["transportation_hub"],
        "transportation facility",
    ),
    (
        '(a) "Health care facility" means a facility licensed under chapter 395.',
        "Each health care facility shall post a notice in each patient waiting area.",
        ["medical_facility"],
        "health care facility",
    ),
    (
        '(a) "Cosmetology facility" means a person licensed to operate a facility or school under Chapter 1602.',
        "Each cosmetology facility shall post the notice near the main entrance.",
        ["cosmetology"],
        "cosmetology facility",
    ),
    (
        '(a) "Department" means the Department of Health.',
        "Each hospital emergency department and each health care facility shall post a notice in each waiting area.",
        ["emergency_room", "medical_facility"],
        None,
    ),
    (
        '(a) "Truck stop" means a facility that sells diesel fuel and offers overnight parking.',
        "Each truck stop shall post a notice near the main entrance.",
        ["truck_stop"],
        None,
    ),
]

#: (3) rail and transit wording: (the duty's holder, codes)
TRANSIT = [
    (
        "each intercity bus terminal and each light rail transit station",
        ["bus_station", "rail_station"],
    ),
    ("each light rail transit station", ["rail_station"]),
    ("each rail transit station", ["rail_station"]),
    ("each commuter rail station", ["rail_station"]),
    ("each subway station", ["rail_station"]),
    ("each Metro subway station", ["rail_station"]),
    ("each metro station", ["rail_station"]),
    ("each rapid transit station", ["rail_station"]),
    ("each streetcar stop", ["rail_station"]),
    ("each light rail stop", ["rail_station"]),
    ("each light rail platform", ["rail_station"]),
    ("each commuter rail and light rail station", ["rail_station"]),
    # kept as they are: transit centers are bus stations (codebook), park-and-ride lots have no code
    ("each bus transit center", ["bus_station"]),
    ("each transit center", ["bus_station"]),
    ("each park-and-ride lot", []),
    ("each park and ride facility and each bus station", ["bus_station"]),
    ("each train station", ["rail_station"]),
]

#: (4) spots where the duty-holder posts: (the duty's sentence, codes)
SPOTS = [
    (
        "Every farm labor contractor shall post a human trafficking notice in a conspicuous place at each work site where the contractor's workers are employed and in any worker housing the contractor provides or arranges for such workers.",
        ["farm_labor_contractor"],
    ),
    (
        "Requires farm labor contractors to post human trafficking notices at work sites and in worker housing.",
        ["farm_labor_contractor"],
    ),
    (
        "Each farm labor contractor shall post the notice at each job site and in each migrant labor camp it operates.",
        ["farm_labor_contractor"],
    ),
    (
        "Each staffing agency shall post the notice in its office, at each job site and in any bunkhouse it maintains for workers.",
        ["job_recruitment"],
    ),
    (
        "A farm labor contractor shall post the notice in every vehicle used to transport workers and in any crew housing provided by the contractor.",
        ["farm_labor_contractor"],
    ),
    (
        "Every agricultural labor contractor shall display the notice at employee entrances, in break rooms and in the workforce housing that the contractor furnishes.",
        ["farm_labor_contractor"],
    ),
    (
        "The farm labor contractor shall post the notice at each work site. The notice shall also be posted in any crew quarters the contractor provides.",
        ["farm_labor_contractor"],
    ),
    # classes that must post: housing and camp operators, the department's own places
    (
        "The operator of each temporary workforce housing facility, crew camp or man camp shall post the notice in each common area.",
        ["lodging"],
    ),
    (
        "Each farm labor contractor and each operator of a migrant labor camp shall post the notice.",
        ["farm_labor_contractor", "lodging"],
    ),
    (
        "Each hotel and each farm labor contractor shall post the notice near the main entrance.",
        ["lodging", "farm_labor_contractor"],
    ),
    (
        "The department shall post the notice in each rest area and welcome center.",
        ["rest_area", "welcome_center"],
    ),
    (
        "The department shall post the notice in each rest area and welcome center it maintains.",
        ["rest_area", "welcome_center"],
    ),
    (
        "Each truck stop shall post the notice. The Department of Transportation shall post the notice in each rest area it maintains.",
        ["truck_stop", "rest_area"],
    ),
    (
        "The bill requires each public transit agency to post a sign at every light rail station and at every bus transfer facility it operates.",
        ["rail_station", "bus_station"],
    ),
    (
        "Hotels must post the notice in a conspicuous place, and truck stops must post it at each fuel island.",
        ["lodging", "truck_stop"],
    ),
    (
        "The notice shall be posted in each hotel, motel and truck stop in this state.",
        ["lodging", "truck_stop"],
    ),
    (
        "A person who operates a migrant labor camp shall post the notice in each common room of the camp.",
        ["lodging"],
    ),
]


@pytest.mark.parametrize(("sentence", "size"), SIZES)
def test_sizes_in_words(sentence: str, size: str | None) -> None:
    coding = classify(f"{DUTY} {sentence}{HOTLINE}")
    assert coding["sign_size"] == size
    if size is not None:
        quotes = [e["quote"] for e in coding["evidence"] if e["field"] == "sign_size"]
        assert len(quotes) == 1 and quotes[0] in sentence, quotes


@pytest.mark.parametrize(("defs", "duty", "codes", "quoted"), UMBRELLAS)
def test_defined_umbrellas(defs: str, duty: str, codes: list[str], quoted: str | None) -> None:
    coding = classify(STATUTE.format(defs=defs, duty=duty))
    assert_coded_fields(coding, {"establishments": codes})
    if quoted is not None:
        quotes = [e["quote"] for e in coding["evidence"] if e["field"] == "establishments"]
        assert any(quoted.lower() in q.lower() for q in quotes), quotes


@pytest.mark.parametrize(("who", "codes"), TRANSIT)
def test_rail_and_transit_wording(who: str, codes: list[str]) -> None:
    text = f"Section 3. The owner or operator of {who} shall post a human trafficking notice near the main entrance.{HOTLINE}"
    assert_coded_fields(classify(text), {"establishments": codes})


@pytest.mark.parametrize(("duty", "codes"), SPOTS)
def test_spots_of_the_duty_holder(duty: str, codes: list[str]) -> None:
    text = f"Section 212-f. Human trafficking notice.\n1. {duty}{HOTLINE}\n"
    assert_coded_fields(classify(text), {"establishments": codes})
