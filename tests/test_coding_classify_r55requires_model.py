"""Round 55 (issue 14r55-requires-model): a learned check of requires_posting, NOT wired in.

The audit's wordings of "a duty named inside a text about something else" and their near-miss
duties (docs/coding-measurement.md, round 55). The engine's rules are unchanged: the wordings
it gets right are asserted; the three it gets wrong stay strict expected failures (the learned
check fixed none of them, and vetoed both dead-bill near-misses). The feature vector of
bench/requires_features.py is checked for shape and determinism, so that
bench/train_requires_model.py can re-run the measurement.
"""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT
from hotline_watch.coding import code_text
from hotline_watch.coding.engine import Analysis

sys.path.insert(0, str(ROOT / "bench"))  # the feature module lives with the bench scripts
from requires_features import REQUIRES_FEATURES, requires_features  # noqa: E402

DUTIES = [
    # a dead measure's story
    (
        "Rest stop trafficking sign bill dies in committee\n\nA bill that would have required the "
        "state to post human trafficking hotline signs in every rest area died in the House "
        "Transportation Committee on Thursday when the chair declined to schedule a vote.",
        False,
    ),
    (
        "Senator pulls motel hotline poster bill\n\nSen. Ruiz withdrew Senate Bill 212 on Monday. "
        "The bill would require motels to post the National Human Trafficking Hotline in each "
        "lobby. Ruiz said she will work on the idea over the interim.",
        False,
    ),
    (
        "Governor signs motel hotline poster law\n\nGov. Hale signed Senate Bill 212 on Monday. "
        "Motels must post the National Human Trafficking Hotline, 1-888-373-7888, in each lobby "
        "by January 1. A similar bill died in committee in 2023.",
        True,
    ),
    (
        "Truck stop trafficking sign bill becomes law\n\nThe bill requiring truck stops to post "
        "human trafficking hotline signs became law Friday. An amendment that would have exempted "
        "small stations was withdrawn before the final vote.",
        True,
    ),
    # another subject's sign
    (
        "New law requires bars to post trafficking hotline signs\n\nStarting July 1, bars must "
        "post a sign with the National Human Trafficking Hotline number in each restroom, under "
        "a bill the governor signed Tuesday.",
        True,
    ),
    # a page explaining who must post; a vendor's labour poster
    (
        "Who must post the Ohio human trafficking notice?\n\nUnder Ohio Rev. Code 5502.63, truck "
        "stops, hotels and massage businesses must post the human trafficking notice in a "
        "conspicuous place near the entrance.",
        True,
    ),
    (
        "All-in-one Ohio labor law poster - $29.95\n\nAdd to cart. Includes minimum wage, "
        "workers' compensation, OSHA and unemployment notices employers must display. Also "
        "includes the human trafficking hotline notice. Free shipping on orders over $50.",
        False,
    ),
]

STILL_WRONG = [
    (
        "New law: bars must post dram-shop signs\n\nStarting July 1, bars must post a sign "
        "warning that serving visibly intoxicated patrons is illegal. The same bill funds a study "
        "of the state's human trafficking hotline."
    ),
    (
        "Harbor patrol reminds boaters of navigation light rules\n\nBoats must display "
        "navigation lights between sunset and sunrise. Report suspected human trafficking to the "
        "National Human Trafficking Hotline at 1-888-373-7888."
    ),
    (
        "Short-term rental permit: what must be displayed\n\nEvery permitted rental must display "
        "the permit number, the owner's emergency contact and the trash pickup schedule inside "
        "the front door. Human trafficking awareness resources are available from the county."
    ),
]


@pytest.mark.parametrize(("text", "duty"), DUTIES)
def test_the_rules_duty_in_the_audit_wordings(text: str, duty: bool) -> None:
    coding = code_text(text)
    assert coding.requires_posting is duty
    if duty:
        quotes = [e["quote"] for e in coding.evidence if e["field"] == "requires_posting"]
        assert quotes and "post" in quotes[0].lower()


@pytest.mark.xfail(strict=True, reason="another subject's duty beside a trafficking line (r55)")
@pytest.mark.parametrize("text", STILL_WRONG)
def test_a_duty_inside_a_text_about_something_else(text: str) -> None:
    assert code_text(text).requires_posting is False


def test_the_learned_checks_features_are_deterministic() -> None:
    text = DUTIES[2][0]
    a = Analysis(text, use_model=False)
    x = requires_features(a)
    assert len(x) == len(REQUIRES_FEATURES)
    assert x == requires_features(Analysis(text, use_model=False))
    assert x[REQUIRES_FEATURES.index("measure_fate")] == 1.0  # "died in committee in 2023"
