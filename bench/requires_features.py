"""A learned check of requires_posting: is the duty the rules found the text's own subject?

The rules (hotline_watch.coding.mandate) find every posting duty and its evidence and settle what
they settle outright (no duty cue at all: no duty). Where they keep a duty, a text may still be
about something else and only name a duty in passing (a dead bill's story, another subject's
sign, a permit page's list of displays, a vendor's all-in-one poster). This module computes a
small feature vector from cues the rules themselves read, with evidence (REQUIRES_FEATURES); a
logistic model over it (bench/train_requires_model.py) gives P(the text states a posting law's
duty). Round 55 (issue 14r55-requires-model) measured it by leaving sets out and did NOT wire
it in: its cross-validated gain on sets 51-69 came from the measure's fate cues, and with them
it vetoes 22-48 of the earlier rounds' guard wordings (real duties beside another measure's
fate) (docs/coding-measurement.md). The engine never consults this module, so it lives with the
bench scripts and is kept so the measurement can be re-run.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from hotline_watch.coding.mandate import (
    _OTHER_TOPIC,
    _OTHER_TOPIC_ALT,
    _TRAFFICK_OBJECT,
    _quoted,
    lead_status_failed,
    measure_fails,
    sales_page,
    standing_law_sentence,
)
from hotline_watch.coding.text import sentence_span

if TYPE_CHECKING:
    from hotline_watch.coding.engine import Analysis

#: The model's inputs, in order; every one is computed from the rules' cues with evidence.
REQUIRES_FEATURES: tuple[str, ...] = (
    "legal_text",  # the text is a statute's or a bill's own (Analysis.legal)
    "legal_score_log",  # how much legal language (log1p of Analysis.legal_score, capped)
    "duty_weight_max",  # the strongest kept duty cue's weight (its kind)
    "duty_sentences",  # distinct sentences with a kept duty cue (capped at 4)
    "duty_names_trafficking",  # share of those sentences naming trafficking or the hotline
    "duty_in_lead",  # a kept duty cue in the headline and lead (first 300 characters)
    "trafficking_in_lead",  # trafficking or the hotline named in the first 300 characters
    "trafficking_line_share",  # share of the text's non-blank lines naming trafficking
    "measure_fate",  # a measure's failure read anywhere in a text that is no law's own (rules'
    # fate cues; as the rules, never in a statute's or a bill's text: "deferred presentment")
    "fate_in_lead",  # ... in the headline and lead
    "background_duty",  # share of duty sentences quoted or naming the law as it stands
    "other_subject",  # another notice's subject near a duty, or a duty of another notice found
    "sales_page",  # a seller's product page (rules' sales signals)
    "news_outlet",  # published by a news outlet (its URL)
    "government_publisher",  # published on a public office's site (its URL)
    "permissive_cue",  # a permissive cue (may post, voluntary) found too
)

_TRAFFICK_LINE = re.compile(r"traffick|hot\s?line|233[\s\-]?733|7888")
_OTHER_NEAR = re.compile(_OTHER_TOPIC_ALT)
LEAD = 300


def requires_features(a: Analysis) -> list[float]:
    """The feature vector (REQUIRES_FEATURES) of a text whose rules found a duty."""
    low = a.low
    n = len(low)
    spans = sorted({sentence_span(low, c.start, c.end) for c in a.mandates})
    names = sum(1 for lo, hi in spans if _TRAFFICK_OBJECT.search(low, lo, hi))
    background = sum(
        1
        for lo, hi in spans
        if standing_law_sentence(low, lo, hi)
        or any(_quoted(low, c.start) for c in a.mandates if lo <= c.start < hi)
    )
    other = bool(a.other_duties) or any(
        _OTHER_NEAR.search(low, lo, hi) or _OTHER_TOPIC.search(low, lo, hi) for lo, hi in spans
    )
    lines = [line for line in low.split("\n") if line.strip()]
    traffick_lines = sum(1 for line in lines if _TRAFFICK_LINE.search(line))
    lead_hi = sentence_span(low, 0, min(n, LEAD))[1]
    k = max(1, len(spans))
    return [
        float(a.legal),
        math.log1p(min(a.legal_score, 400.0)),
        float(max((c.weight for c in a.mandates), default=0)),
        float(min(4, len(spans))),
        names / k,
        float(any(c.start < LEAD for c in a.mandates)),
        float(_TRAFFICK_LINE.search(low, 0, min(n, LEAD)) is not None),
        traffick_lines / max(1, len(lines)),
        float(not a.legal and measure_fails(low, 0, n)),
        float(
            not a.legal and (measure_fails(low, 0, lead_hi) or lead_status_failed(low, 0, lead_hi))
        ),
        background / k,
        float(other),
        float(sales_page(low)),
        float(a.news_outlet is not None),
        float(a.publisher is not None),
        float(bool(a.permissive)),
    ]


def requires_probability(x: list[float], m: dict[str, Any]) -> float:
    """P(the text states a posting law's duty) for a feature vector and a fitted model."""
    z = m["intercept"] + sum(
        c * (v - mu) / sd for c, v, mu, sd in zip(m["coef"], x, m["mean"], m["scale"], strict=True)
    )
    return 1.0 / (1.0 + math.exp(-z))
