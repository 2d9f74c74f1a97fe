"""Measure the coding engine against the labelled shared texts (../shared/texts/).

Runs the real `code_text` on every file listed in `index.csv` (via `read_document`, so the
url/kind/state/date/label/note header is never seen by the rules) and reports:

* requires_posting: positives = `posting_law`, negatives = `negative` (precision/recall/F1,
  TP/FP/FN/TN); plus what the rule says on the `hotline_campaign` files (not scored).
* promotes_hotline: positives = `hotline_campaign`, negatives = `negative`; plus what the rule
  says on the `posting_law` files (not scored).
* every miss with the expected and coded value and the top cue behind the decision.

Writes the same as JSON to bench/results/coding_quality.json.

Usage: .venv/bin/python bench/measure_coding.py [--shared PATH] [--quiet]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hotline_watch.coding import code_text, explain, read_document  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results" / "coding_quality.json"


def load_index(shared: Path) -> list[dict[str, str]]:
    with (shared / "texts" / "index.csv").open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score(rows: list[dict], field: str, positive: str, negative: str) -> dict:
    tp = fp = fn = tn = 0
    misses = []
    cue_key = "top_posting_cue" if field == "requires_posting" else "top_campaign_cue"
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


def run(shared: Path) -> dict:
    rows = []
    for entry in load_index(shared):
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
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    return {
        "files": len(rows),
        "labels": counts,
        "requires_posting": score(rows, "requires_posting", "posting_law", "negative"),
        "requires_posting_on_hotline_campaign": side_report(
            rows, "requires_posting", "hotline_campaign"
        ),
        "promotes_hotline": score(rows, "promotes_hotline", "hotline_campaign", "negative"),
        "promotes_hotline_on_posting_law": side_report(rows, "promotes_hotline", "posting_law"),
        "per_file": [
            {
                "file": r["file"],
                "label": r["label"],
                "requires_posting": r["coding"]["requires_posting"],
                "promotes_hotline": r["coding"]["promotes_hotline"],
                "top_posting_cue": r["explain"]["top_posting_cue"],
                "top_campaign_cue": r["explain"]["top_campaign_cue"],
            }
            for r in rows
        ],
    }


def print_report(result: dict) -> None:
    print(f"files: {result['files']}  labels: {result['labels']}")
    for field in ("requires_posting", "promotes_hotline"):
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
    side = result["requires_posting_on_hotline_campaign"]
    print(
        f"\nrequires_posting on hotline_campaign files (not scored): "
        f"{side['coded_true']}/{side['files']} coded True"
    )
    for f in side["true_files"]:
        print(f"  True: {f}")
    side = result["promotes_hotline_on_posting_law"]
    print(
        f"promotes_hotline on posting_law files (not scored): "
        f"{side['coded_true']}/{side['files']} coded True"
    )
    for f in side["true_files"]:
        print(f"  True: {f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if not (args.shared / "texts" / "index.csv").exists():
        print(f"{args.shared}/texts/index.csv not found", file=sys.stderr)
        return 2
    result = run(args.shared)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if not args.quiet:
        print_report(result)
        print(f"\nwritten: {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
