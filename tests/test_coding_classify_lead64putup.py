"""The lead's mend of the thirteenth session: an office's posters told as put up are settled by
the rules' verdict, not weighed by the promotes model (whose bill-cue weight had turned stories of
posters going up after a bill made them lawful into misses); a board voting against a proposal to
hang posters stays the model's, and is no campaign (docs/coding-measurement.md)."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text
from hotline_watch.coding.engine import Analysis, _posters_went_up

LAW = (
    " Until last year, hanging posters at rest areas was illegal: Senate Bill 375 changed the law,"
    " said Sen. Pat Roe, who authored the bill, and the legislature passed it. The posters list"
    " the phone number for the National Human Trafficking Hotline."
)


@pytest.mark.parametrize(
    "lead",
    [
        "Anti-human trafficking posters go up in state rest area bathrooms.",
        "The Department of Transportation installed anti-trafficking posters at 30 rest areas.",
        "Hotline posters were hung in every rest area restroom on Friday.",
    ],
)
def test_posters_put_up_are_settled_by_the_rules(lead: str):
    a = Analysis(lead + LAW)
    assert _posters_went_up(a.low, a.outreach)
    assert code_text(lead + LAW).promotes_hotline is True


@pytest.mark.parametrize(
    "lead",
    [
        "The county board voted 4-3 against a proposal to hang posters in county restrooms.",
        "Commissioners rejected a request to put up hotline posters in county buildings.",
        "The sheriff asked the county to install hotline posters at the fairgrounds.",
    ],
)
def test_posters_not_put_up_are_not_settled(lead: str):
    a = Analysis(lead + LAW)
    assert a.outreach is not None
    # the put-up cue fires; what is before it in its sentence keeps it the model's
    assert "media_put_up" in {c.name for c in a.outreach.efforts}
    assert not _posters_went_up(a.low, a.outreach)
