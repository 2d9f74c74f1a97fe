"""The learned part of promotes_hotline: a small logistic model over the rules' own cues.

The rules (hotline_watch.coding.outreach) find the evidence: hotline references given or only
mentioned, the public office acting, outreach efforts, prosecution and bill cues, their own
campaign verdict, and whose effort it is (an office named in the lead, an office's report of
past work). They settle what the concept decides by itself (no office, no outreach cue, a
non-government organisation's text or hotline, a letter, bill news, a prosecution, a footer);
the rest, where hand-set thresholds stalled on texts they were not written against, this model
weighs. Its weights are data (data/coding/model.json), derived reproducibly by
bench/train_coding_model.py from the labelled development texts (never the texts themselves);
scoring is a dot product, so results are deterministic and every decision keeps the rules'
evidence quotes.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from hotline_watch.config import DATA_DIR

if TYPE_CHECKING:
    from hotline_watch.coding.outreach import Outreach

MODEL_FILE = DATA_DIR / "coding" / "model.json"

#: The model's inputs, in order: every one is computed by the rules from cues with evidence.
FEATURES: tuple[str, ...] = (
    "given_national",
    "given_state",
    "given_unspecified",
    "mentioned_only",
    "strong_efforts",
    "weak_efforts",
    "effort_weight",
    "prosecution_cues",
    "bill_cues",
    "posting_duty",
    "rules_campaign",
    "office_in_lead",
    "office_report",
    "office_only_named_on_page",
)


def features(out: Outreach, posting_duty: bool) -> list[float]:
    """The feature vector of one text (see FEATURES), from its outreach analysis."""
    from hotline_watch.coding.outreach import PAGE_OFFICE, STRONG_EFFORTS

    given = out.given
    names = {c.name for c in out.efforts}
    v = out.voice
    return [
        float(any(r.scope == "national" for r in given)),
        float(any(r.scope == "state" for r in given)),
        float(any(r.scope == "unspecified" for r in given)),
        float(bool(out.refs) and not given),
        float(min(4, len(names & STRONG_EFFORTS))),
        float(min(4, len(names - STRONG_EFFORTS))),
        float(min(12, out.effort)),
        float(min(4, out.prosecution)),
        float(min(6, out.bill_cues)),
        float(posting_duty),
        float(out.campaign),
        float(v.office_lead),
        float(v.report),
        float(out.office is not None and out.office.name == PAGE_OFFICE),
    ]


def applies(out: Outreach | None) -> bool:
    """Whether the model decides promotes_hotline for a text: a trafficking hotline is in it and
    a public office acts in a text with some outreach cue. The rules settle the rest: no office
    acting, no outreach cue at all, a text whose lead names a non-government organisation and
    no office, and a text about something else (every given hotline a non-government
    organisation's, a letter, news about a bill, a prosecution without an effort, a hotline only
    in the footer): all False, the concept needs a public office's own effort; and a reminder of
    a posting duty, or an office's own text handing a hotline over where no effort cue fired
    (outreach.hotline_in_body) (True); a text stating a posting duty whose every effort cue is
    the duty's own notice (its poster, its printable copy: outreach.Outreach.duty_poster) is
    the duty, no effort (False; round 55). At coding time the engine also lets the rules settle
    an office's posters told as put up (`engine._posters_went_up`, thirteenth session); the
    trainer still learns from those texts, so this selection is unchanged. The rules' campaign
    verdict (or "no outreach effort") is among the model's inputs, with the cues of whose
    effort it is (hotline_watch.coding.outreach.Voice)."""
    return (
        out is not None
        and bool(out.refs)
        and out.office is not None
        and bool(out.efforts)
        and not out.reminder
        and not out.duty_poster
        and not out.handed
        and not out.voice.ngo_lead
        and not out.about_else
    )


@lru_cache(maxsize=1)
def load_model() -> dict[str, Any]:
    """The stored model; refuses one whose features are not this code's."""
    model = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if tuple(model.get("features", ())) != FEATURES:
        raise ValueError(
            f"{MODEL_FILE}: features {model.get('features')} do not match the code's "
            f"{list(FEATURES)}; re-derive it with bench/train_coding_model.py"
        )
    return model


def probability(x: list[float], model: dict[str, Any] | None = None) -> float:
    """P(promotes_hotline) for a feature vector, with the stored (or given) model."""
    m = model or load_model()
    z = m["intercept"] + sum(
        c * (v - mu) / sd for c, v, mu, sd in zip(m["coef"], x, m["mean"], m["scale"], strict=True)
    )
    return 1.0 / (1.0 + math.exp(-z))
