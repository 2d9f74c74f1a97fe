"""Round 41 (issue 14zp-fields): the closed class of places a posting law names, written out
word by word, with the words the engine missed added to the establishments vocabulary (words);
a place or an amount an amendment takes out of a measure ("remove barber shops from the bill",
"removed a proposed $250 penalty") is none of the law's (a reading); a hotline number set
beside its name by a comma ("the TBI hotline, 1-855-55-TNHTH") is that hotline's (a reading);
an emergency room named as a spot in the premises ("in the hospital's emergency
department", "walking into an emergency room") is where, not a class (a reading); and the closed
class of states' own trafficking hotlines (data/coding/vocabulary.yml
`state_lines`) is coded wherever a text prints one (words).

Each case of CASES fails on the engine before the round; GUARDS hold on both. The wordings are
written for these tests."""

import pytest

from hotline_watch.coding import code_text
from hotline_watch.coding.vocabularies import STATE_LINES

HOTLINE = "the National Human Trafficking Hotline, 1-888-373-7888"


def _duty(place: str) -> str:
    return f"Each of the following shall post a notice stating {HOTLINE}: {place}.\n"


#: (wording, code): the words of the closed list the engine did not read before this round
WORDS = [
    ("brewpubs", "bar"),
    ("travel centers", "truck_stop"),
    ("motor carrier inspection stations", "weigh_station"),
    ("community health centers", "medical_facility"),
    ("temporary help service providers", "job_recruitment"),
    ("temporary help services", "job_recruitment"),
    ("temp agencies", "job_recruitment"),
    ("nail spas", "nail_salon"),
    ("barber shops", "cosmetology"),
    ("every licensed salon", "cosmetology"),
    ("a racetrack at which gaming machines are operated", "casino"),
    ("racetracks", "casino"),
    ("pari-mutuel facilities", "casino"),
    ("card rooms", "casino"),
    ("service stations", "gas_station"),
    ("port facilities", "port"),
    ("state recreation areas", "state_park"),
    ("check-cashing businesses", "money_services"),
]


@pytest.mark.parametrize(("place", "code"), WORDS, ids=[w for w, _ in WORDS])
def test_round_41_closed_list_words(place: str, code: str) -> None:
    assert code_text(_duty(place)).establishments == [code]


def _penalties(text: str) -> list[tuple[int, object]]:
    return [(d["amount_usd"], d["unit"]) for d in code_text(text).penalty_details]


#: (case id, text, field, expected value)
CASES = [
    (
        "a place an amendment removes from the bill",
        "The bill requires nail salons to post a notice stating "
        + HOTLINE
        + ".\n\nThe committee amendments:\n- remove barbers from the bill;\n",
        "establishments",
        ["nail_salon"],
    ),
    (
        "a state line set beside its name by a comma",
        "Pawn shops must post trafficking hotline signs under a new law.\n\nThe law takes "
        "effect July 1. The signs must be posted near the counter and list the county hotline, "
        "1-615-555-7142, and the national hotline, 1-888-373-7888.\n",
        "hotline_numbers",
        ["1-615-555-7142", "1-888-373-7888"],
    ),
    (
        "a state's own line by its vanity letters, beside its name by a comma",
        "Pawn shops must post trafficking hotline signs under a new law.\n\nThe law takes "
        "effect July 1. The signs must be posted near the counter and list the TBI hotline, "
        "1-855-55-TNHTH, and the national hotline, 1-888-373-7888.\n",
        "hotline_numbers",
        ["1-855-558-6484", "1-888-373-7888"],
    ),
    (
        "a state's own trafficking hotline, printed far from the word trafficking",
        "Hotels must post a notice about human trafficking.\n\nThe signs are blue. They list "
        "1-866-363-4842 in large type.\n",
        "hotline_numbers",
        ["1-866-363-4842"],
    ),
    (
        "the hospital's emergency department is where the notice goes",
        "Each hospital shall post a notice stating " + HOTLINE + " in the hospital's emergency "
        "department and in each public restroom.\n",
        "establishments",
        ["hospital"],
    ),
    (
        "an emergency room a patient walks into is where the sign is seen",
        "Hospitals must post a notice stating " + HOTLINE + ". Patients walking into an Ohio "
        "emergency room will see the sign.\n",
        "establishments",
        ["hospital"],
    ),
]

GUARDS = [
    (
        "hospital emergency departments named as the class stay",
        "Hospital emergency departments shall post a notice stating " + HOTLINE + ".\n",
        "establishments",
        ["emergency_room"],
    ),
    (
        "a place the amendment adds stays",
        "The amendment would add barbers to the places that must post a notice stating "
        + HOTLINE
        + ".\n",
        "establishments",
        ["cosmetology"],
    ),
    (
        "a number beside a hotline word in a text not about trafficking is no hotline",
        "The county opened a pothole hotline, 1-555-555-7100, for residents.\n",
        "hotline_numbers",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [c[1:] for c in CASES + GUARDS],
    ids=[c[0] for c in CASES + GUARDS],
)
def test_round_41_fields(text: str, field: str, expected: object) -> None:
    got = getattr(code_text(text), field)
    assert sorted(got) == sorted(expected)


def test_round_41_amount_removed_by_amendment_is_no_penalty() -> None:
    text = (
        "Massage businesses will have to post notices stating " + HOTLINE + ". The law has no "
        "fine attached. Lawmakers removed a proposed $250 penalty during House debate.\n"
    )
    assert _penalties(text) == []


def test_round_41_amount_kept_when_not_removed() -> None:
    text = (
        "Massage businesses must post notices stating " + HOTLINE + ". A business that fails "
        "to post faces a $250 fine.\n"
    )
    assert [a for a, _ in _penalties(text)] == [250]


def test_round_41_state_lines_are_trafficking_lines_of_states() -> None:
    assert "1-855-558-6484" in STATE_LINES and "1-888-373-7888" not in STATE_LINES
