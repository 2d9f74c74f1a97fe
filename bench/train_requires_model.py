"""Cross-validate a learned check of requires_posting (round 55, issue 14r55-requires-model).

Every labelled development text (../shared/texts/ and, with `--heldout`, every measured fresh
set kept in tests/heldout/<N>/) is coded by the real engine (`Analysis`, as `code_text` runs it,
with the header's URL as provenance; the header's kind and label are never seen). Where the
rules keep a posting duty (requires_posting True), the text gets the feature vector of
hotline_watch.coding.requires_model.REQUIRES_FEATURES; the label is 1 for `posting_law` and 0
for `negative` (campaign texts, which bench/measure_coding.py does not count for
requires_posting, are neither fitted on nor scored; their flips are listed apart). A logistic
regression (scikit-learn, lbfgs, L2, C, standardised features) gives P(posting law); the check
vetoes a duty when P < threshold. Texts without a duty keep the rules' False.

Reported (deterministic):
* rules alone, per set and pooled (in-sample for the rules: they were written against every set);
* LEAVE-ONE-SET-OUT over the sets under tests/heldout/: each set coded by a model fitted on the
  shared texts plus the other sets only, pooled and per set, with every veto listed;
* the in-sample fit on all sets (TRAINING).

Variants (fixed before any cross-validated figure was seen): `--variant plain` (C=0.3, no class
weights, threshold 0.5, as the promotes model), `balanced` (class_weight="balanced"), `c1`
(C=1.0).

Usage:
  .venv/bin/python bench/train_requires_model.py --heldout [--variant all|plain|balanced|c1]
                      # the CV report (about 10 s); --out FILE writes a variant's all-sets fit
Not wired into the engine (round 55's decision, docs/coding-measurement.md): nothing is stored.
Needs scikit-learn (the `test` extra).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchlib import ROOT, SHARED

sys.path.insert(0, str(ROOT))

from requires_features import (  # noqa: E402
    REQUIRES_FEATURES,
    requires_features,
    requires_probability,
)
from train_coding_model import check_sets, git_commit, heldout_sets, set_name  # noqa: E402

from hotline_watch.coding import read_document_and_url  # noqa: E402
from hotline_watch.coding.engine import Analysis  # noqa: E402
from hotline_watch.coding.evaluation import confusion  # noqa: E402
from hotline_watch.coding.split import load_index  # noqa: E402

VARIANTS = {
    "plain": {"C": 0.3, "class_weight": None, "threshold": 0.5},
    "balanced": {"C": 0.3, "class_weight": "balanced", "threshold": 0.5},
    "c1": {"C": 1.0, "class_weight": None, "threshold": 0.5},
}


def rows_of(texts: Path) -> list[dict]:
    rows = []
    for entry in load_index(texts):
        text, url = read_document_and_url(texts / entry["file"])
        a = Analysis(text, use_model=False, url=url)
        rule = a.requires_posting
        rows.append(
            {
                "key": f"{set_name(texts)}/{entry['file']}",
                "label": entry["label"],
                "rule": rule,
                "x": requires_features(a) if rule else None,
            }
        )
    return rows


def fit(rows: list[dict], variant: dict) -> dict:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    train = [r for r in rows if r["x"] is not None and r["label"] in ("posting_law", "negative")]
    xs = [r["x"] for r in train]
    ys = [int(r["label"] == "posting_law") for r in train]
    scaler = StandardScaler().fit(xs)
    scale = [float(s) if s > 0 else 1.0 for s in scaler.scale_]
    z = [[(v - m) / s for v, m, s in zip(x, scaler.mean_, scale, strict=True)] for x in xs]
    clf = LogisticRegression(
        C=variant["C"], class_weight=variant["class_weight"], solver="lbfgs", max_iter=5000
    ).fit(z, ys)
    return {
        "features": list(REQUIRES_FEATURES),
        "mean": [round(float(m), 6) for m in scaler.mean_],
        "scale": [round(s, 6) for s in scale],
        "coef": [round(float(c), 6) for c in clf.coef_[0]],
        "intercept": round(float(clf.intercept_[0]), 6),
        "threshold": variant["threshold"],
        "rows": len(train),
        "negatives": len(ys) - sum(ys),
    }


def probability(model: dict, x: list[float]) -> float:
    return requires_probability(x, model)


def predict(model: dict | None, rows: list[dict]) -> dict[str, tuple[bool, float | None]]:
    out = {}
    for r in rows:
        if r["x"] is None or model is None:
            out[r["key"]] = (bool(r["rule"]), None)
        else:
            p = probability(model, r["x"])
            out[r["key"]] = (p >= model["threshold"], p)
    return out


def score(rows: list[dict], got: dict) -> dict:
    return confusion(
        (r["label"] == "posting_law", got[r["key"]][0])
        for r in rows
        if r["label"] in ("posting_law", "negative")
    )


def line(cm: dict) -> str:
    return (
        f"TP {cm['tp']} FP {cm['fp']} FN {cm['fn']} TN {cm['tn']}  "
        f"P {cm['precision']:.3f} R {cm['recall']:.3f}"
    )


def report(sets: dict[str, list[dict]], name: str, variant: dict) -> None:
    rows = [r for rs in sets.values() for r in rs]
    rules = predict(None, rows)
    cv_sets = [s for s in sets if s != "texts"]
    print(f"\n== variant {name}: {variant}")
    got: dict = {}
    print("leave-one-set-out (fit on texts + the other sets):")
    for held in cv_sets:
        train = [r for s, rs in sets.items() if s != held for r in rs]
        model = fit(train, variant)
        pred = predict(model, sets[held])
        got.update(pred)
        before, after = score(sets[held], rules), score(sets[held], pred)
        print(f"  {held:12s} rules {line(before)} | +model {line(after)}")
    cv_rows = [r for s in cv_sets for r in sets[s]]
    print(f"  POOLED rules alone: {line(score(cv_rows, rules))}")
    print(f"  POOLED rules+model: {line(score(cv_rows, got))}")
    for r in cv_rows:
        ok, p = got[r["key"]]
        if r["rule"] and not ok:
            print(f"    vetoed (p={p:.3f}) [{r['label']}] {r['key']}")
    for r in cv_rows:
        ok, p = got[r["key"]]
        if r["rule"] and ok and r["label"] == "negative":
            print(f"    kept FP (p={p:.3f}) {r['key']}")
    model = fit(rows, variant)
    pred = predict(model, rows)
    print(f"TRAINING (in-sample, all {len(sets)} sets): rules {line(score(rows, rules))}")
    print(f"TRAINING (in-sample, all {len(sets)} sets): +model {line(score(rows, pred))}")
    for f, c in zip(REQUIRES_FEATURES, model["coef"], strict=True):
        print(f"    {f:26s} {c:+.3f}")
    print(f"    intercept {model['intercept']:+.3f}; rows {model['rows']} neg {model['negatives']}")
    for r in rows:
        ok, p = pred[r["key"]]
        if r["rule"] and not ok:
            print(f"    in-sample veto (p={p:.3f}) [{r['label']}] {r['key']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument(
        "--heldout", action="store_true", help="also every set under tests/heldout/ (the CV's sets)"
    )
    parser.add_argument("--variant", default="all", choices=[*VARIANTS, "all"])
    parser.add_argument("--out", type=Path, help="write the all-sets fit of --variant here")
    args = parser.parse_args(argv)
    extra = heldout_sets() if args.heldout else []
    problems = check_sets(extra)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    sets = {"texts": rows_of(args.shared / "texts")} | {set_name(d): rows_of(d) for d in extra}
    names = list(VARIANTS) if args.variant == "all" else [args.variant]
    for name in names:
        report(sets, name, VARIANTS[name])
    if args.out:
        model = fit([r for rs in sets.values() for r in rs], VARIANTS[names[0]])
        model["trained_on"] = {
            "texts": [f"{s} ({len(rs)} texts)" for s, rs in sets.items()],
            "labels": "posting_law = 1; negative = 0 (texts whose rules keep a duty)",
            "variant": f"{names[0]} {VARIANTS[names[0]]}",
            "commit": git_commit(),
        }
        args.out.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
        print(f"written: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
