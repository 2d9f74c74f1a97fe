"""Round 38 (issue 14zm-fields): the forms a definition takes and an officer of a defined body
(readings); two public bodies each posting in their own places make neither the sign's maker,
and a body posting in its own places may follow an opening phrase (readings); the law as it
stands told as places "already asked / required to display", an enacted act's analysis ("the
act makes ...") and "the existing statute" (readings); places a state names by licence class or
office (words: migrant labor camps and contractors, county treasurers' offices, driver licensing
offices, appearance enhancement businesses, motor fuel dispensing facilities).

Each case fails on the engine before the round; the wordings are written for these tests."""

import pytest

from hotline_watch.coding import code_text

HOTLINE = "the National Human Trafficking Hotline, 1-888-373-7888"


#: (case id, text, field, expected value)
CASES = [
    (
        "a term, a period, its meaning",
        'Section 1. Definitions. "Department." The Department of Health of the Commonwealth. '
        '"Operator." A person who operates a rest stop.\n'
        "Section 2. An operator shall post a sign, in a form prescribed by the department, "
        f"stating {HOTLINE}.\n",
        "agency",
        "Department of Health of the Commonwealth",
    ),
    (
        "a term, a colon, its meaning",
        'For this section, "Division": the Division of Consumer Protection.\n'
        "Each massage establishment shall display a notice, in the form designed by the "
        f"division, stating {HOTLINE}.\n",
        "agency",
        "Division of Consumer Protection",
    ),
    (
        "as used in this section, unquoted",
        "(a) Each racetrack shall post a notice in the form prescribed by the commission, "
        f"stating {HOTLINE}.\n"
        "(b) As used in this section, commission means the State Racing Commission.\n",
        "agency",
        "State Racing Commission",
    ),
    (
        "an officer of a defined body",
        "1. Each licensee shall post a human trafficking notice in each public restroom.\n"
        "2. The notice must be on a form approved by the Chairman of the Commission and must "
        f"state {HOTLINE}.\n"
        '3. As used in this section, "Commission" means the State Racing Commission.\n',
        "agency",
        "State Racing Commission",
    ),
    (
        "two bodies each post in their own places",
        "Under the act, the Department of Parks must place the poster in each park visitor "
        "center. The Department of Transportation must post it at each rest area. The poster "
        f"gives {HOTLINE}.\n",
        "agency",
        None,
    ),
    (
        "one body posts in its own places, after an opening phrase",
        "Under the act, the Department of Transportation shall post a sign at each rest area "
        f"giving {HOTLINE}.\n",
        "agency",
        "Department of Transportation",
    ),
    (
        "places already asked to display",
        "Legislative analysis\n"
        "The act requires each truck stop to post a human trafficking sign in each restroom "
        f"giving {HOTLINE}.\n"
        "Under existing law, motels, tattoo parlors and some other businesses are already "
        "asked to display similar notices; the act makes posting mandatory only for truck stops.\n",
        "establishments",
        ["truck_stop"],
    ),
    (
        "migrant labor camps and contractors",
        "Every certified migrant labor camp operator and every certified migrant labor "
        f"contractor must display a notice stating {HOTLINE}.\n",
        "establishments",
        ["lodging", "farm_labor_contractor"],
    ),
    (
        "county treasurers' offices and driver licensing offices",
        "The department shall display a poster stating "
        f"{HOTLINE} in each driver licensing office and in each office of a county treasurer "
        "that issues vehicle registrations.\n",
        "establishments",
        ["government_building"],
    ),
    (
        "appearance enhancement businesses",
        f"Every appearance enhancement business shall post a notice stating {HOTLINE}.\n",
        "establishments",
        ["nail_salon"],
    ),
    (
        "motor fuel dispensing facilities",
        "The owner of each motor fuel dispensing facility open to the public shall post a "
        f"sign stating {HOTLINE}.\n",
        "establishments",
        ["gas_station"],
    ),
]


@pytest.mark.parametrize(
    ("text", "field", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_round_38_readings(text: str, field: str, expected: object) -> None:
    value = getattr(code_text(text), field)
    assert value == expected
