"""Round 40 (issue 14zo-fields): a gambling licence's premises told by their parts ("operates as
a hotel-casino ... or a bar with gaming devices", "on the casino floor and in the hotel lobby")
are the licence class (a reading); an agency's duty to post in each of its own offices names
government buildings (a reading); a state that "has required similar notices" in places names
the law as it stands, not the new measure's reach (a reading); a hospital qualified by its
emergency department, licence words between, names the emergency room at the text's other
mentions of a hospital (a reading); a terminal "at which an intercity bus carrier boards"
passengers is a bus station (words).

Each case of CASES fails on the engine before the round; GUARDS hold on both. The wordings are
written for these tests."""

import pytest

from hotline_watch.coding import code_text

HOTLINE = "the National Human Trafficking Hotline, 1-888-373-7888"

#: (case id, text, field, expected value)
CASES = [
    (
        "a gaming licensee's premises told as hotel-casino and bar with gaming devices",
        "Every gaming licensee shall display a notice stating " + HOTLINE + ". The duty applies "
        "whether the licensee runs a hotel-casino, a casino alone, or a bar with gaming devices "
        "under its licence.\n",
        "establishments",
        ["casino"],
    ),
    (
        "the hotel lobby of a casino licensee is a spot of its premises",
        "Each casino licensee shall post a notice stating " + HOTLINE + " in each public "
        "restroom on the casino floor and in the hotel lobby.\n",
        "establishments",
        ["casino"],
    ),
    (
        "a hotel lobby run with the gaming establishment",
        "Every nonrestricted gaming licensee shall post the notice stating " + HOTLINE + " at "
        "the cashier cage and in any hotel lobby run in conjunction with the gaming "
        "establishment.\n",
        "establishments",
        ["casino"],
    ),
    (
        "an agency's duty to post in each of its own offices",
        "A. The Department of Revenue shall post in each of its regional service centers, and "
        "the Labor Commission shall post in each of its field offices, a notice stating "
        + HOTLINE
        + ".\n",
        "establishments",
        ["government_building"],
    ),
    (
        "places a state has required similar notices in are the law as it stands",
        "SPRINGFIELD - The governor signed a bill on Monday requiring every bus terminal to post "
        "a notice stating " + HOTLINE + ". The state has required similar notices in hospitals "
        "and highway service areas since 2017.\n",
        "establishments",
        ["bus_station"],
    ),
    (
        "a hospital licensed in the state that operates an emergency department",
        "Each hospital licensed in this state that operates an emergency department shall "
        "display, in the emergency department, a notice stating " + HOTLINE + ". A hospital "
        "that fails to display the notice is liable for a civil penalty.\n",
        "establishments",
        ["emergency_room"],
    ),
    (
        "a terminal at which an intercity bus carrier boards passengers",
        "The operator of a terminal at which an intercity bus carrier boards or discharges "
        "passengers shall display a sign stating " + HOTLINE + ".\n",
        "establishments",
        ["bus_station"],
    ),
]

GUARDS = [
    (
        "hotels beside casinos as classes of their own stay lodging",
        "Every casino and every hotel shall post a notice stating " + HOTLINE + ".\n",
        "establishments",
        ["casino", "lodging"],
    ),
    (
        "a bar with no gaming words stays a bar",
        "Every bar with a dance floor shall post a notice stating " + HOTLINE + ".\n",
        "establishments",
        ["bar"],
    ),
    (
        "an employment agency posting in each of its offices is no government building",
        "Each employment agency shall post in each of its offices a notice stating "
        + HOTLINE
        + ".\n",
        "establishments",
        ["job_recruitment"],
    ),
    (
        "hospitals named plainly beside emergency departments keep both",
        "Hospitals must post the notice stating " + HOTLINE + ", and each hospital that "
        "operates an emergency department shall also post it in the emergency room.\n",
        "establishments",
        ["hospital", "emergency_room"],
    ),
]


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [c[1:] for c in CASES + GUARDS],
    ids=[c[0] for c in CASES + GUARDS],
)
def test_round_40_fields(text: str, field: str, expected: object) -> None:
    got = getattr(code_text(text), field)
    assert sorted(got) == sorted(expected)
