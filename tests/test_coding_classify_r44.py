"""Round 44 (issue 14zs-requires): requires_posting. The posting duty written once as data,
lemma x form x frame (`duty_list.DUTY_LEMMAS`), the hand patterns' verb alternatives generated
from it, new forms per frame, and two new frames (the duty a body is responsible for, the
nominal as the subject of "required"). Each test fails on the engine before the round unless it
says it is a guard; wordings are the round's own, from no labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

_HEAD = "Human trafficking notice law\n\n"


def _duty(text: str) -> bool:
    return code_text(_HEAD + text).requires_posting


#: (frame, wording): a duty the hand lists did not read, one per new form or frame
NEW_DUTIES = [
    # "m": after a modal, active and passive
    (
        "m",
        "Sec. 4. Each truck stop operator shall affix a notice with the National Human "
        "Trafficking Hotline number, 1-888-373-7888, to the inside of each restroom door.",
    ),
    (
        "m",
        "(b) The operator of a rest area must mount a sign bearing the human trafficking "
        "hotline number at the main entrance.",
    ),
    (
        "m",
        "A poster with the National Human Trafficking Hotline number shall be hung in each "
        "public restroom of the bus station.",
    ),
    # "r": required / obligated to
    (
        "r",
        "Massage establishments are required to affix a human trafficking hotline sign near "
        "the front desk.",
    ),
    (
        "r",
        "Bus stations are obligated to mount a notice with the human trafficking hotline "
        "number in each restroom.",
    ),
    # "x": requires X to
    (
        "x",
        "The bill requires every truck stop to affix a notice listing the National Human "
        "Trafficking Hotline in each restroom.",
    ),
    (
        "x",
        "The regulation requires licensed establishments to exhibit the human trafficking "
        "hotline poster near the entrance.",
    ),
    (
        "x",
        "The ordinance requires each hotel to mount a human trafficking hotline sign in its lobby.",
    ),
    # "t": requires / mandates that X
    (
        "t",
        "The law requires that every bar hang a sign with the human trafficking hotline "
        "number in each restroom.",
    ),
    (
        "t",
        "The new rule mandates that each truck stop affix a human trafficking hotline notice "
        "near the entrance.",
    ),
    # "h": has to
    (
        "h",
        "Under the new law, truck stops will have to affix a human trafficking hotline sign in "
        "each restroom.",
    ),
    # "f": failure to
    (
        "f",
        "An operator who fails to affix the human trafficking hotline notice is liable for a "
        "civil penalty of $500.",
    ),
    # "e": responsible for (new frame)
    (
        "e",
        "The owner of each truck stop is responsible for posting the human trafficking hotline "
        "sign in each restroom.",
    ),
    (
        "e",
        "Each licensee is responsible for displaying a sign with the National Human "
        "Trafficking Hotline number in the lobby.",
    ),
    # "q": the nominal as the subject of "required" (new frame)
    ("q", "Posting of the human trafficking hotline notice is required in every hotel lobby."),
    (
        "q",
        "Display of a sign with the National Human Trafficking Hotline number is required at "
        "each truck stop.",
    ),
    (
        "q",
        "The posting of a human trafficking hotline sign in each restroom shall be required of "
        "every bus station.",
    ),
]


@pytest.mark.parametrize(
    ("frame", "text"), NEW_DUTIES, ids=[f"{f}{i}" for i, (f, _) in enumerate(NEW_DUTIES)]
)
def test_a_duty_in_a_form_the_hand_lists_missed_is_read(frame: str, text: str) -> None:
    assert _duty(text), frame


#: Guards (hold before the round too): the object and trafficking readings, the permissive
#: modal, and the modal "will" the round measured and left out (campaign texts: "the office will
#: post flyers").
NOT_DUTIES = [
    "Truck stops may affix a human trafficking hotline notice in each restroom.",
    "The owner is responsible for posting fire exit signs in each hallway.",
    "Posting of the minimum wage notice is required in every workplace.",
    "Volunteers were responsible for posting the flyers at the county fair, the sheriff said.",
    "Beginning in July, deputies will post human trafficking hotline flyers at truck stops along "
    "the interstate, the sheriff said.",
]


@pytest.mark.parametrize("text", NOT_DUTIES)
def test_guard_other_notices_permission_and_plans_stay_no_duty(text: str) -> None:
    assert not _duty(text)


def test_the_duty_table_generates_every_hand_form_of_before() -> None:
    from hotline_watch.coding.duty_list import DUTY_VERBS, duty_forms

    hand = {
        "m": "post posted display displayed exhibit exhibited placed install installed hang",
        "r": "post posted display displayed hang put_up place advertise install",
        "x": "post posted display displayed hang put_up place advertise install installed",
        "t": "post posted display displayed",
        "b": "posted displayed",
        "h": "post posted display displayed hang put_up",
        "n": "posting display displaying placement",
        "a": "posting display displaying",
        "f": "post display",
        "l": "post display place affix exhibit",
    }
    for frame, forms in hand.items():
        assert {f.replace("_", " ") for f in forms.split()} <= set(duty_forms(frame)), frame
    assert DUTY_VERBS == frozenset(duty_forms("l"))
    # the noun homograph stays out of the frames that would misread it ("shall ... in a
    # conspicuous place"), the permissive modal is no frame
    assert "place" not in duty_forms("m") and "affixed" in duty_forms("b")


def test_guard_every_generated_verb_alternative_keeps_a_literal() -> None:
    from hotline_watch.coding.mandate import _VERB_RX

    assert all(key for key, _ in _VERB_RX.parts)
    assert len(_VERB_RX.parts) <= 17  # one branch a lemma (speed: `Rx` scans a branch a key)
