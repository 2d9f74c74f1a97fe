"""Round 64 fields: an on-premises sales licence, eating establishments (places), a definition
that ends where the next term's begins ('(1) "Ferry terminal" means ..., and (2) "intercity bus
terminal" means ...'), a room named by a place's word in the list of the holder's own spots ("in
their restrooms, hotel lobbies and employee entrances"), the kinds of a holder in an open list of
the next sentence ("This includes convenience stores, travel centers and any other business"), a
licence class's premises told in parentheses after it, a drug tip line and an office's line for
its office hours; both sides of each class (docs/coding-measurement.md, round 64 fields)."""

import pytest

from hotline_watch.coding import code_text

H = " The notice shall include the National Human Trafficking Hotline, 1-888-373-7888."
FERRY = (
    'Section 1. (a) As used in this section: (1) "Ferry terminal" means a facility at which '
    'passengers board a ferry, and (2) "intercity bus terminal" means a facility at which '
    "passengers board buses. (b) The operator of each ferry terminal and each intercity bus "
    "terminal shall post a human trafficking notice in each public restroom."
)
HUB = (
    'Section 1. (a) As used in this section, "transportation facility" means an airport, an '
    "intercity bus terminal or a passenger rail station. (b) The operator of each transportation "
    "facility shall post a human trafficking notice in each public restroom."
)
HUB_FERRY = (
    'Section 1. (a) As used in this section: (1) "Transportation facility" means a ferry '
    'terminal; and (2) "airport" means a commercial service airport. (b) The operator of each '
    "transportation facility and each airport shall post a human trafficking notice."
)
FUEL = (
    "Who must post\nKansas law requires every retail motor fuel site{extra} in the state to "
    "display the human trafficking notice. {next}"
)
LIST = "The law applies to:\n- {first}\n- {second}\nThese businesses must post the notice."
ESTABLISHMENTS = [
    # an on-premises sales licence is an on-premises licence: bar
    (
        "(a) A licensee holding a Full On-Premises Sales license shall post a human trafficking "
        "notice in each restroom.",
        {"bar"},
    ),
    (
        "(a) Each holder of an on-premises sale license shall post a human trafficking notice "
        "near the entrance.",
        {"bar"},
    ),
    (
        "(a) A licensee holding an off-premises sales license shall post a human trafficking "
        "notice near the register.",
        set(),
    ),
    # eating establishments and eating places are restaurants, not an eating place's liquor licence
    (
        "2. Notice required. A person licensed to operate an eating establishment under this "
        "chapter shall post a human trafficking notice near the time clock.",
        {"restaurant"},
    ),
    (
        "(a) Every eating place in this state shall post a human trafficking notice in each "
        "public restroom of the place.",
        {"restaurant"},
    ),
    (
        "(a) Each holder of an eating place retail dispenser license shall post a human "
        "trafficking notice near the entrance.",
        set(),
    ),
    # a definition ends where the next term's begins
    (FERRY, {"transportation_hub", "bus_station"}),
    (HUB, {"airport", "bus_station", "rail_station"}),
    (HUB_FERRY, {"transportation_hub", "airport"}),
    # a room named by a place's word among the holder's own spots
    (
        "The bill would require each licensed facility holding a slot machine license to post "
        "the notice in their restrooms, hotel lobbies and employee entrances.",
        {"casino"},
    ),
    (
        "(a) Each casino licensee shall post the notice in its restrooms and hotel lobby.",
        {"casino"},
    ),
    (
        "(a) Each casino and each hotel shall post the notice in its restrooms and at its front "
        "entrance.",
        {"casino", "lodging"},
    ),
    (
        "(a) Each casino shall post the notice in its restrooms. Hotels and motels shall post the "
        "notice at the front desk.",
        {"casino", "lodging"},
    ),
    # the kinds of a holder in an open list of the next sentence
    (
        FUEL.format(
            extra="",
            next="This includes convenience stores, travel centers and any other business that "
            "sells gasoline or diesel to the public.",
        ),
        {"gas_station"},
    ),
    (
        FUEL.format(
            extra=" and every truck stop",
            next="This includes convenience stores and any other business that sells gasoline.",
        ),
        {"gas_station", "truck_stop"},
    ),
    (
        FUEL.format(extra="", next="Travel centers must also display the notice."),
        {"gas_station", "truck_stop"},
    ),
    # a licence class's premises in parentheses after it
    (
        LIST.format(
            first="On-sale general public premises licensees under the Alcoholic Beverage "
            "Control Act (bars and restaurants serving distilled spirits)",
            second="Truck stops",
        ),
        {"bar", "truck_stop"},
    ),
    (
        LIST.format(
            first="Retail liquor licensees (hotels, taverns and nightclubs)", second="Airports"
        ),
        {"bar", "airport"},
    ),
    (
        LIST.format(first="Truck stops (and restaurants)", second="Airports"),
        {"truck_stop", "restaurant", "airport"},
    ),
    (
        LIST.format(first="Businesses (restaurants and hotels)", second="Airports"),
        {"restaurant", "lodging", "airport"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ESTABLISHMENTS)
def test_establishments(text, expected):
    assert set(code_text(text + H).establishments) == expected


NHTH = "1-888-373-7888"
PHONES = [
    # a line for drugs is no trafficking hotline
    (
        "Deputies arrested two men for trafficking methamphetamine. Anyone with information about "
        "drug activity in Long County can call the Sheriff's Office drug tip line at 912-545-2118.",
        [],
    ),
    (
        "Anyone with information about narcotics can call the county narcotics hotline at "
        "912-545-2118. Human trafficking victims can call 1-888-373-7888.",
        [NHTH],
    ),
    (
        "Anyone with information about human trafficking can call the Sheriff's Office tip line "
        "at 912-545-2118.",
        ["1-912-545-2118"],
    ),
    (
        "Report suspected human trafficking or drug activity to the sheriff's tip line at "
        "912-545-2118.",
        ["1-912-545-2118"],
    ),
    # an office's line for its office hours
    (
        "If you or someone you know is being trafficked, call the National Human Trafficking "
        "Hotline at 1-888-373-7888 or text 233733. You can also call Tribal Social Services at "
        "435-586-1112 during business hours.",
        [NHTH, "233733"],
    ),
    (
        "If you are being trafficked, call 1-888-373-7888. You may also call the county family "
        "services office at 435-586-1112, Monday through Friday.",
        [NHTH],
    ),
    (
        "If you are being trafficked, call 1-888-373-7888. You may also call the state human "
        "trafficking hotline at 435-586-1112 during business hours.",
        [NHTH, "1-435-586-1112"],
    ),
    (
        "If you suspect human trafficking, call the Utah Trafficking Tip Line at 435-586-1112, "
        "staffed 24 hours a day.",
        ["1-435-586-1112"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PHONES)
def test_hotline_numbers(text, expected):
    assert set(code_text(text).hotline_numbers) == set(expected)


def test_evidence_quotes():
    c = code_text(FERRY + H)
    quotes = {e["value"]: e["quote"] for e in c.evidence if e["field"] == "establishments"}
    assert "ferry terminal" in quotes["transportation_hub"].lower()
    c = code_text(ESTABLISHMENTS[0][0] + H)
    quotes = {e["value"]: e["quote"] for e in c.evidence if e["field"] == "establishments"}
    assert "On-Premises Sales license" in quotes["bar"]
