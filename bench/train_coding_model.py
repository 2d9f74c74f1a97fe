"""Derive the promotes_hotline model (data/coding/model.json) from the labelled shared texts.

For every text of ../shared/texts/ that the rules do not settle by themselves (a trafficking
text, not statute or bill text, with a trafficking hotline in it and a public office acting;
hotline_watch.coding.model.applies), the rules' cues give a
feature vector (hotline_watch.coding.model.FEATURES); the label is 1 for `hotline_campaign`
and 0 for `negative` and `posting_law` (laws and bills are never campaigns). A logistic
regression (scikit-learn, lbfgs, L2, C below; features standardised) is fitted on ALL the
shared texts: since round 2 of issue 14 they are all development texts, and held-out figures
come from texts kept outside the repository (docs/coding-measurement.md, `measure_coding.py
--texts`). Only the weights are stored, never the texts.

Also reports a leave-states-out cross-validation (5 folds of whole states, over all 140 texts,
model re-fitted per fold): the generalisation estimate of the learned weighting.

Usage:
  .venv/bin/python bench/train_coding_model.py            # fit, write data/coding/model.json
  .venv/bin/python bench/train_coding_model.py --check    # exit 1 unless the stored model is
                                                          # what the texts give (reproducible)
Needs scikit-learn (pinned in the `test` extra of pyproject.toml).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchlib import ROOT, SHARED

sys.path.insert(0, str(ROOT))

from hotline_watch.coding import read_document  # noqa: E402
from hotline_watch.coding.engine import Analysis  # noqa: E402
from hotline_watch.coding.model import FEATURES, MODEL_FILE  # noqa: E402
from hotline_watch.coding.split import load_index, state_folds  # noqa: E402

C = 0.3
THRESHOLD = 0.5


def dataset(shared: Path) -> list[dict]:
    """One row per labelled text: label, side, state, and the features when the model applies."""
    from hotline_watch.coding.model import applies, features

    rows = []
    for entry in load_index(shared / "texts"):
        a = Analysis(read_document(shared / "texts" / entry["file"]), use_model=False)
        out = a.outreach
        x = features(out, bool(a.mandates)) if applies(out) else None
        # where the model does not apply, the rules' own decision stands
        rule = a.promotes if x is None else None
        rows.append({**entry, "x": x, "rule": rule, "y": int(entry["label"] == "hotline_campaign")})
    return rows


def fit(rows: list[dict]) -> dict:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    train = [r for r in rows if r["x"] is not None]
    xs = [r["x"] for r in train]
    ys = [r["y"] for r in train]
    scaler = StandardScaler().fit(xs)
    scale = [float(s) if s > 0 else 1.0 for s in scaler.scale_]
    z = [[(v - m) / s for v, m, s in zip(x, scaler.mean_, scale, strict=True)] for x in xs]
    clf = LogisticRegression(C=C, solver="lbfgs", max_iter=5000).fit(z, ys)
    return {
        "features": list(FEATURES),
        "mean": [round(float(m), 6) for m in scaler.mean_],
        "scale": [round(s, 6) for s in scale],
        "coef": [round(float(c), 6) for c in clf.coef_[0]],
        "intercept": round(float(clf.intercept_[0]), 6),
        "threshold": THRESHOLD,
        "trained_on": {
            "texts": "all of ../shared/texts/ (round 2 of issue 14)",
            "texts_scored_by_the_model": len(train),
            "positives": sum(ys),
            "labels": "hotline_campaign = 1; negative and posting_law = 0",
        },
        "derived_by": "bench/train_coding_model.py (scikit-learn LogisticRegression, lbfgs, "
        f"L2, C={C}, standardised features)",
    }


def predict(model: dict, rows: list[dict]) -> dict[str, bool]:
    from hotline_watch.coding.model import probability

    return {
        r["file"]: bool(r["rule"])
        if r["x"] is None
        else probability(r["x"], model) >= model["threshold"]
        for r in rows
    }


def confusion(rows: list[dict], got: dict[str, bool]) -> dict:
    tp = fp = fn = tn = 0
    for r in rows:
        if r["label"] not in ("hotline_campaign", "negative"):
            continue
        e, g = r["label"] == "hotline_campaign", got[r["file"]]
        tp += e and g
        fn += e and not g
        fp += g and not e
        tn += not (e or g)
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(p, 4),
        "recall": round(rc, 4),
    }


def cross_validate(rows: list[dict], k: int = 5) -> dict:
    """Leave-states-out: each fold's states are coded by a model fitted on the other folds."""
    folds = state_folds([r["state"] for r in rows], k)
    got: dict[str, bool] = {}
    for fold in range(k):
        train = [r for r in rows if folds[r["state"]] != fold]
        test = [r for r in rows if folds[r["state"]] == fold]
        got.update(predict(fit(train), test))
    return confusion(rows, got)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--no-cv", action="store_true")
    args = parser.parse_args(argv)
    if not (args.shared / "texts" / "index.csv").exists():
        print(f"{args.shared / 'texts' / 'index.csv'} not found", file=sys.stderr)
        return 2
    rows = dataset(args.shared)
    model = fit(rows)
    if args.check:
        stored = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
        same = (
            all(
                abs(a - b) <= 1e-4
                for key in ("mean", "scale", "coef")
                for a, b in zip(stored[key], model[key], strict=True)
            )
            and abs(stored["intercept"] - model["intercept"]) <= 1e-4
        )
        same = same and stored["features"] == model["features"]
        print("stored model reproduced" if same else "stored model differs from the texts'")
        return 0 if same else 1
    MODEL_FILE.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    print(f"written: {MODEL_FILE.relative_to(ROOT)}")
    for name, coef in zip(FEATURES, model["coef"], strict=True):
        print(f"  {name:18s} {coef:+.3f}")
    print(f"training fit, all texts: {confusion(rows, predict(model, rows))}")
    if not args.no_cv:
        print(f"leave-states-out CV, all texts (5 folds): {cross_validate(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
