"""Scoring coded texts against hand labels: confusion counts and coded-field checks.

Used by bench/measure_coding.py (the shared texts by split, or any directory of labelled texts
with `--texts`) and by the tests, so every figure in docs/coding-measurement.md is computed
one way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

#: The coded fields hand-labelled for posting-law texts (docs/coding-measurement.md).
FIELDS: tuple[str, ...] = (
    "establishments",
    "languages",
    "sign_size",
    "penalties",
    "hotline_numbers",
    "agency",
)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 (0.0 where undefined), rounded to 4 places."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def confusion(pairs: Iterable[tuple[bool, bool]]) -> dict[str, Any]:
    """TP/FP/FN/TN and precision/recall/F1 of (expected, got) pairs."""
    tp = fp = fn = tn = 0
    for expected, got in pairs:
        tp += expected and got
        fn += expected and not got
        fp += got and not expected
        tn += not (expected or got)
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, **prf(tp, fp, fn)}


def _name(s: str | None) -> str:
    return re.sub(r"[^a-z ]", "", (s or "").lower()).removeprefix("the ").strip()


def _unit(unit: str | None) -> str | None:
    """A penalty's unit as the codebook names it: a unit named by a place ("per truck stop", "per
    restroom", "per establishment" in older labels) is the one unit "per location"."""
    return unit if unit in (None, "per day", "per violation") else "per location"


def field_right(field: str, coding: Any, expected: Any) -> bool:
    """Whether one coded field of a `Coding` matches its hand label.

    Sets compare as sets (establishments, languages, hotline_numbers); penalties as the set of
    (amount_usd, unit) pairs of stated amounts (units named by a place are one unit, "per
    location"); an agency matches ignoring case, a leading
    "the" and punctuation, one name containing the other counting; the rest compare equal.
    """
    if field == "penalties":
        got = {
            (d["amount_usd"], _unit(d["unit"])) for d in coding.penalty_details if d["amount_usd"]
        }
        return got == {(amount, _unit(unit)) for amount, unit in expected}
    value = getattr(coding, field)
    if field in ("establishments", "languages", "hotline_numbers"):
        return set(value) == set(expected)
    if field == "agency" and value is not None and expected is not None:
        a, b = _name(value), _name(expected)
        return a == b or a in b or b in a
    return value == expected
