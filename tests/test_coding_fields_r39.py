"""Round 39 (issue 14zn-fields): a licence held, named by a list of its classes that share one
head noun ("holding a mixed beverage, beer and wine, or bottle club license"), read class by
class through the vocabulary (a reading); a place named by what is done there ("scale facility
where officers conduct weight and safety inspections", words); the languages an office's own
page says its notice is available in (a reading, with the open-list and other-site guards); a
body posting its own sign stays its maker when other makers are only permitted ("may accept
signs designed by a nonprofit", a reading); a general facility qualified by a specific class's
licence ("ambulatory care facility licensed to provide urgent care services") is that class
only, and the quoted title of the chapter a bill amends names no place (readings).

Each case of CASES fails on the engine before the round; GUARDS hold on both. The wordings are
written for these tests."""

import pytest

from hotline_watch.coding import code_text

HOTLINE = "the National Human Trafficking Hotline, 1-888-373-7888"
OFFICE_PAGE = "https://labor.example.gov/trafficking-notice"
PAGE = (
    "State law requires every massage business to display the trafficking notice where "
    "workers can see it. The Department publishes the notice and it is free.\n\n"
    "The notice is available in {langs}. It gives " + HOTLINE + ".\n"
)

#: (case id, text, url, field, expected value)
CASES = [
    (
        "a licence held, named by a list of classes",
        "Each holder of a mixed beverage, brewpub or club permit shall display a sign stating "
        f"{HOTLINE}.\n",
        None,
        "establishments",
        ["bar"],
    ),
    (
        "a place named by its name of activity: a scale facility",
        "The department shall post, in each public restroom at every permanent scale facility "
        f"on a state highway, a notice stating {HOTLINE}.\n",
        None,
        "establishments",
        ["weigh_station"],
    ),
    (
        "a place named by what is done there: weight inspections",
        "The department shall post a notice stating "
        f"{HOTLINE} at sites where officers perform weight and safety inspections.\n",
        None,
        "establishments",
        ["weigh_station"],
    ),
    (
        "an office's own page: the notice is available in a closed list",
        PAGE.format(langs="English, Vietnamese and Somali"),
        OFFICE_PAGE,
        "languages",
        ["English", "Vietnamese", "Somali"],
    ),
    (
        "a general facility qualified by a specific class's licence",
        "(a) Each hospital that operates an emergency department, and each ambulatory care "
        "facility licensed to provide urgent care services, shall post a sign stating "
        f"{HOTLINE}.\n",
        None,
        "establishments",
        ["emergency_room", "urgent_care"],
    ),
    (
        "the quoted title of the chapter a bill amends",
        "AN ACT RELATING TO BUSINESSES AND PROFESSIONS\n"
        'SECTION 1. Chapter 7-4 of the General Laws entitled "Barbers, Hairdressers and '
        'Manicurists" is hereby amended by adding the following section:\n'
        "7-4-20. Every nail salon shall post a notice stating "
        f"{HOTLINE}.\n",
        None,
        "establishments",
        ["nail_salon"],
    ),
    (
        "a body posting its own sign; other makers only permitted",
        "(1) The department of natural resources shall post, in each restroom at every state "
        f"park it operates, a sign stating {HOTLINE}.\n"
        "(2) The department may accept signs produced by a nonprofit organization if the "
        "department approves the content.\n",
        None,
        "agency",
        "department of natural resources",
    ),
]

#: What must stay as it was (already right before the round).
GUARDS = [
    (
        "versions offered on a page not an office's",
        PAGE.format(langs="English, Vietnamese and Somali"),
        "https://posters.example.com/notice",
        "languages",
        [],
    ),
    (
        "an open list on an office's page",
        PAGE.format(langs="English, Vietnamese, Somali and other languages"),
        OFFICE_PAGE,
        "languages",
        [],
    ),
    (
        "an office's page naming another site's versions",
        PAGE.format(langs="English, Vietnamese and Somali on the federal campaign's website"),
        OFFICE_PAGE,
        "languages",
        [],
    ),
    (
        "an umbrella class named as a class of its own",
        "Each hospital, urgent care center and health care facility shall post a sign stating "
        f"{HOTLINE}.\n",
        None,
        "establishments",
        ["hospital", "urgent_care", "medical_facility"],
    ),
    (
        "a sign the body must take from another maker",
        "(1) The department of natural resources shall post, in each restroom at every state "
        f"park it operates, a sign stating {HOTLINE}.\n"
        "(2) The signs shall be those designed by the state patrol.\n",
        None,
        "agency",
        "state patrol",
    ),
]


@pytest.mark.parametrize(
    ("text", "url", "field", "expected"),
    [c[1:] for c in CASES + GUARDS],
    ids=[c[0] for c in CASES + GUARDS],
)
def test_round_39_fields(text: str, url: str | None, field: str, expected: object) -> None:
    value = getattr(code_text(text, url=url), field)
    assert value == expected
