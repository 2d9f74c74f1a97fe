"""Round 43 (issue 14zr-requires): requires_posting. The terminal events of a measure written once
as data, lemma x form x frame (`mandate._TERMINAL`), and the alive class the same way
(`mandate._ALIVE_LEMMAS`). Each test fails on the engine before the round unless it says it is a
guard; wordings are the round's own, from no labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

_HEAD = "Truck stop notice bill news\n\n"
# a step of the measure told after its fate: before the round the last status word ("introduced")
# outweighed a terminal event the hand lists did not know
_TAIL = " It had been introduced in January."


def _duty(lead: str) -> bool:
    return code_text(_HEAD + lead + _TAIL).requires_posting


_NEW_TERMINAL_FORMS = {
    # active, the measure the object, any subject
    "past participle": "SPRINGFIELD - A state senator has withdrawn her bill requiring truck stops "
    "to post the human trafficking hotline number in every restroom.",
    "past": "SPRINGFIELD - The sponsor withdrew the bill requiring truck stops to post the human "
    "trafficking hotline number in every restroom.",
    "new lemma": "SPRINGFIELD - Rep. Lane pulled his measure requiring truck stops to post the "
    "human trafficking hotline number in every restroom.",
    # passive with get
    "passive": "SPRINGFIELD - A bill requiring truck stops to post the human trafficking hotline "
    "number in every restroom got pulled from the calendar Monday.",
    # nominal, the measure its of-object (a bill number) or possessor
    "nominal of": "SPRINGFIELD - The veto of HB 212, which would require truck stops to post the "
    "human trafficking hotline number in every restroom, stood after Monday's vote.",
    "nominal possessor": "SPRINGFIELD - A proposal requiring truck stops to post the human "
    "trafficking hotline number in every restroom came to nothing with the proposal's "
    "withdrawal on Monday.",
    # the chances frame in a finite form
    "chances": "SPRINGFIELD - A plan to require truck stops to post the human trafficking hotline "
    "number in every restroom was sent back to committee Monday, a vote that ends its chances "
    "for the year.",
    "any chance": "SPRINGFIELD - A plan to require truck stops to post the human trafficking "
    "hotline number in every restroom was sent back to committee Monday, a vote that killed any "
    "chance of passage.",
}


@pytest.mark.parametrize("lead", _NEW_TERMINAL_FORMS.values(), ids=list(_NEW_TERMINAL_FORMS))
def test_a_terminal_event_in_any_form_of_its_lemma_ends_the_measure(lead):
    assert not _duty(lead)


def test_an_amendment_withdrawn_from_a_bill_signed_into_law_leaves_its_duty():
    # guard (both engines): the amendment failed, the bill's duty stands
    assert _duty(
        "SPRINGFIELD - The governor signed into law a bill requiring truck stops to post the "
        "human trafficking hotline number in every restroom, after the sponsor withdrew an "
        "amendment that would have exempted small stores."
    )


def test_restroom_stalls_after_a_bill_are_no_stalled_bill():
    # guard (both engines): "stalls" is read as the measure's event only as an object's verb
    assert code_text(
        "House Bill 88 requires truck stops to post the human trafficking hotline number in "
        "restroom stalls and near the entrance."
    ).requires_posting


def test_the_terminal_table_generates_every_hand_form_of_before():
    from hotline_watch.coding.mandate import terminal_forms

    hand = {
        "i": "died dies stalled failed fails expired lapsed",
        "p": "killed tabled vetoed dropped stripped shelved defeated rejected scrapped deferred "
        "withdrawn left_out voted_down struck",
        "o": "kill kills killed tabled tables vetoes vetoed drops dropped strips stripped shelves "
        "shelved defeats defeated rejects rejected scraps scrapped vote_down votes_down "
        "voted_down deferred stalls stalled blocks blocked sinks sink sank sunk dooms doomed "
        "derails derailed",
        "c": "ending",
    }
    for frame, forms in hand.items():
        assert {f.replace("_", " ") for f in forms.split()} <= set(terminal_forms(frame))
    assert "withdrawal" in terminal_forms("n") and "ends" in terminal_forms("c")
    # the noun homographs stay out of the frames they would misread, or are read there only
    # before the words of the verb's complement ("stalls in Senate committee"; round 53)
    from hotline_watch.coding.mandate import _TERMINAL_FORM_GUARD, _terminal_alt

    assert "table" not in terminal_forms("o")
    assert "stalls" + _TERMINAL_FORM_GUARD[("i", "stalls")] in _terminal_alt("i")


def test_the_alive_table_generates_the_hand_forms_and_no_noun():
    from hotline_watch.coding.mandate import _ALIVE_MEASURE, alive_forms
    from hotline_watch.coding.patterns import Lowered

    forms = alive_forms()
    for word in ("re-filed", "co-sponsoring", "overridden", "clears", "heads\\s+to", "enactment"):
        assert word in forms
    for noun in ("files", "signs", "passing", "overrides"):
        assert noun not in forms
    assert _ALIVE_MEASURE.search(Lowered("the bill was prefiled in december")) is not None
