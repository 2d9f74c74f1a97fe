"""The lead's mend of round 60's study reading (docs/coding-measurement.md, round 61): a dash opens
the generic class's clause in its ASCII forms too, as a dateline's "LINCOLN - States that require
..." does (fresh sets 95 and 96 wrote it so; the em and en dash were read already). The lead's own
wordings, both sides."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

HEAD = (
    "THE PRAIRIE LEDGER\nNews | Statehouse | Opinion\n\nStudy ties hotline signs to more calls\n\n"
)
FINDING = (
    "States that require businesses to post the National Human Trafficking Hotline saw calls to "
    "the hotline rise faster than states without such laws, according to a study published this "
    "month."
)


@pytest.mark.parametrize("dash", [" - ", " -- ", " \u2014 ", " \u2013 "])
def test_a_datelines_dash_opens_the_generic_class(dash: str):
    assert code_text(HEAD + "SALINA" + dash + FINDING).requires_posting is False


@pytest.mark.parametrize(
    "text",
    [
        # the text's own state's duty after a dateline's dash stays a duty
        "TOPEKA - Kansas requires truck stops to post the National Human Trafficking Hotline "
        "under a law that took effect Monday.",
        # a hyphenated word is no dash: a duty of a named measure
        "TOPEKA - A bill signed Friday requires state-licensed massage businesses to post the "
        "National Human Trafficking Hotline in each restroom.",
    ],
)
def test_a_duty_after_a_datelines_dash_stays(text: str):
    assert code_text(HEAD + text).requires_posting is True
