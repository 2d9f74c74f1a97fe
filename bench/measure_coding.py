"""Measure the coding engine against the labelled shared texts (../shared/texts/).

Runs the real `code_text` on every file listed in `index.csv` (via `read_document`, so the
url/kind/state/date/label/note header is never seen by the rules) and reports:

* requires_posting: positives = `posting_law`, negatives = `negative` (precision/recall/F1,
  TP/FP/FN/TN); plus what the rule says on the `hotline_campaign` files (not scored).
* promotes_hotline: positives = `hotline_campaign`, negatives = `negative`; plus what the rule
  says on the `posting_law` files (not scored).
* every miss with the expected and coded value and the top cue behind the decision.

Writes the same as JSON to bench/results/coding_quality.json (or $HOTLINE_WATCH_BENCH_RESULTS).

Usage: .venv/bin/python bench/measure_coding.py [--shared PATH] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

from benchlib import ROOT, SHARED, results_dir, shared_index

sys.path.insert(0, str(ROOT))

from hotline_watch.coding import code_text, explain, read_document  # noqa: E402

#: (coded field, label of its positives, label it is also reported on, unscored; its top cue).
#: The negatives are always the files labelled `negative`.
FIELDS = (
    ("requires_posting", "posting_law", "hotline_campaign", "top_posting_cue"),
    ("promotes_hotline", "hotline_campaign", "posting_law", "top_campaign_cue"),
)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score(rows: list[dict], field: str, positive: str, negative: str, cue_key: str) -> dict:
    tp = fp = fn = tn = 0
    misses = []
    for row in rows:
        if row["label"] not in (positive, negative):
            continue
        expected = row["label"] == positive
        got = bool(row["coding"][field])
        if expected and got:
            tp += 1
        elif expected:
            fn += 1
        elif got:
            fp += 1
        else:
            tn += 1
        if expected != got:
            misses.append(
                {
                    "file": row["file"],
                    "label": row["label"],
                    "expected": expected,
                    "got": got,
                    "top_cue": row["explain"][cue_key],
                }
            )
    return {
        "positives": positive,
        "negatives": negative,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        **prf(tp, fp, fn),
        "misses": misses,
    }


def side_report(rows: list[dict], field: str, label: str) -> dict:
    subset = [r for r in rows if r["label"] == label]
    true_files = [r["file"] for r in subset if r["coding"][field]]
    return {
        "label": label,
        "files": len(subset),
        "coded_true": len(true_files),
        "coded_false": len(subset) - len(true_files),
        "true_files": true_files,
    }


def run(shared: Path, index: list[dict[str, str]]) -> dict:
    rows = []
    for entry in index:
        path = shared / "texts" / entry["file"]
        text = read_document(path)
        rows.append(
            {
                "file": entry["file"],
                "label": entry["label"],
                "coding": code_text(text).to_dict(),
                "explain": explain(text),
            }
        )
    result: dict = {"files": len(rows), "labels": dict(Counter(r["label"] for r in rows))}
    for field, positive, other, cue_key in FIELDS:
        result[field] = score(rows, field, positive, "negative", cue_key)
        result[f"{field}_on_{other}"] = side_report(rows, field, other)
    result["per_file"] = [
        {
            "file": r["file"],
            "label": r["label"],
            "requires_posting": r["coding"]["requires_posting"],
            "promotes_hotline": r["coding"]["promotes_hotline"],
            "top_posting_cue": r["explain"]["top_posting_cue"],
            "top_campaign_cue": r["explain"]["top_campaign_cue"],
        }
        for r in rows
    ]
    return result


def print_report(result: dict) -> None:
    print(f"files: {result['files']}  labels: {result['labels']}")
    for field, *_ in FIELDS:
        s = result[field]
        print(
            f"\n{field} ({s['positives']} vs {s['negatives']}): "
            f"P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
            f"TP={s['tp']} FP={s['fp']} FN={s['fn']} TN={s['tn']}"
        )
        for m in s["misses"]:
            kind = "FN" if m["expected"] else "FP"
            print(f"  {kind} {m['file']}: expected={m['expected']} got={m['got']}")
            print(f"       top cue: {m['top_cue']}")
    print()
    for field, _, other, _ in FIELDS:
        side = result[f"{field}_on_{other}"]
        print(
            f"{field} on {other} files (not scored): "
            f"{side['coded_true']}/{side['files']} coded True"
        )
        for f in side["true_files"]:
            print(f"  True: {f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    index = shared_index(args.shared)
    if index is None:
        return 2
    result = run(args.shared, index)
    out = results_dir() / "coding_quality.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if not args.quiet:
        print_report(result)
        print(f"\nwritten: {os.path.relpath(out, ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
