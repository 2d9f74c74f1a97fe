"""Round 7 of issue 14: should the rules' soft gates become features of the promotes_hotline model,
and does the text's URL (its publisher) help? Cross-validated, on identical folds.

The stored design (hotline_watch.coding.model.applies) lets the rules settle many texts before
the model is asked: no public office acting, no outreach cue, a non-government organisation's
text or hotline, a letter, news about a bill, a prosecution, a footer. The idea tried here keeps
only the definitional gates (law and bill text is never a campaign, no trafficking hotline given,
a hotline only in the footer, a reminder of a posting duty) and gives the model the rest as
features (an office acting, the publisher a government site, an NGO in the lead or giving the
hotline, a letter, news about a bill, no effort), with every cue of the stored model or with 13
general ones. Each variant is scored by

* leave-states-out cross-validation over every development text (5 folds of whole states,
  hotline_watch.coding.split.state_folds), and
* leave-one-set-out: each labelled set (the shared texts and the fresh sets of rounds 2-6,
  each written by another engineer) coded by a model fitted on the other sets only, which is the
  closest thing to a fresh set.

Both are optimistic: the rules were written against all these texts; only the weighting is held
out. Texts the model does not decide keep the rules' verdict.

Usage: .venv/bin/python bench/cv_coding_gates.py --extra DIR [--extra DIR ...]
       (the round-7 figures: --extra ../notes/heldout-14 ... --extra ../notes/heldout-14f)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from benchlib import ROOT, SHARED

sys.path.insert(0, str(ROOT))

from train_coding_model import (  # noqa: E402
    cross_validate,
    format_confusion,
    leave_one_set_out,
)

from hotline_watch.coding import read_document_and_url  # noqa: E402
from hotline_watch.coding.engine import Analysis  # noqa: E402
from hotline_watch.coding.model import FEATURES, applies, features  # noqa: E402
from hotline_watch.coding.outreach import PAGE_OFFICE, PUBLISHER_OFFICE, Outreach  # noqa: E402
from hotline_watch.coding.split import load_index  # noqa: E402


def extra_features(out: Outreach) -> dict[str, float]:
    """The cues the soft gates rest on, as features."""
    v = out.voice
    office = out.office.name if out.office is not None else None
    return {
        "office_acting": float(office not in (None, PAGE_OFFICE, PUBLISHER_OFFICE)),
        "publisher_government": float(out.publisher is not None),
        "ngo_lead": float(v.ngo_lead),
        "hotline_ngo": float(v.hotline_ngo),
        "letter": float(out.letter_cue),
        "about_bill": float(out.bill_news),
        "no_effort": float(not out.efforts),
    }


NEW = list(extra_features(Outreach()))
GENERAL = [
    "given_national",
    "given_state",
    "effort_weight",
    "strong_efforts",
    "rules_campaign",
    "office_acting",
    "office_in_lead",
    "publisher_government",
    "ngo_lead",
    "bill_cues",
    "posting_duty",
    "prosecution_cues",
    "office_report",
]


def definitional(out: Outreach | None) -> bool:
    """Only the gates the concept itself sets (law text is settled before: no Outreach)."""
    return out is not None and bool(out.given) and not out.footer_only and not out.reminder


Gate = Callable[[Outreach | None], bool]


def load(dirs: list[Path], use_url: bool) -> list[tuple[str, dict, Analysis]]:
    texts = []
    for d in dirs:
        for entry in load_index(d):
            text, url = read_document_and_url(d / entry["file"])
            a = Analysis(text, use_model=False, url=url if use_url else None)
            texts.append((d.name, entry, a))
    return texts


def sets_for(texts: list, gate: Gate, names: list[str]) -> dict[str, list[dict]]:
    sets: dict[str, list[dict]] = {}
    for set_name, entry, a in texts:
        out = a.outreach
        x = None
        if gate(out):
            assert out is not None
            known = dict(zip(FEATURES, features(out, bool(a.mandates)), strict=True))
            known |= extra_features(out)
            x = [known[n] for n in names]
        row = {
            **entry,
            "key": f"{set_name}/{entry['file']}",
            "x": x,
            "rule": None if x is not None else a.promotes,
            "y": int(entry["label"] == "hotline_campaign"),
        }
        sets.setdefault(set_name, []).append(row)
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--extra", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    dirs = [args.shared / "texts", *args.extra]
    for d in dirs:
        if not (d / "index.csv").exists():
            print(f"{d / 'index.csv'} not found", file=sys.stderr)
            return 2
    without_url, with_url = load(dirs, False), load(dirs, True)
    stored = list(FEATURES)
    variants: list[tuple[str, list, Gate, list[str]]] = [
        ("stored gates and cues, no URL (round 6)", without_url, applies, stored),
        ("stored gates and cues, URL publisher as office", with_url, applies, stored),
        ("  + publisher as a feature", with_url, applies, [*stored, "publisher_government"]),
        ("definitional gates, all cues as features", with_url, definitional, stored + NEW),
        ("definitional gates, 13 general features", with_url, definitional, GENERAL),
    ]
    print(f"{len(with_url)} labelled texts in {len(dirs)} sets; promotes_hotline\n")
    for name, texts, gate, names in variants:
        for c in (0.1, 0.3, 1.0):
            sets = sets_for(texts, gate, names)
            rows = [r for rs in sets.values() for r in rs]
            lso, _ = cross_validate(rows, c=c)
            loso, _, _ = leave_one_set_out(sets, c=c)
            decided = sum(r["x"] is not None for r in rows)
            print(f"{name} (C {c}; model decides {decided})")
            print(f"    leave-states-out {format_confusion(lso)}")
            print(f"    leave-one-set-out {format_confusion(loso)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
