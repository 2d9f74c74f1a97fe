"""Measure the coding engine against the labelled shared texts (../shared/texts/), by split.

Runs the real `code_text` on every file listed in `index.csv` (via `read_document`, so the
url/kind/state/date/label/note header is never seen by the rules) and reports, separately for
the development side and the set-aside side of the fixed split (hotline_watch.coding.split,
docs/coding-measurement.md), and within each for the texts added with issue 14 and the older
ones:

* requires_posting: positives = `posting_law`, negatives = `negative`;
* promotes_hotline: positives = `hotline_campaign`, negatives = `negative`;
  with the confusion counts (TP/FP/FN/TN), precision, recall and F1;
* what promotes_hotline says on `posting_law` files (laws and bills are never campaigns).

By default only the development side is scored: while rules are written, neither the set-aside
texts nor their figures are looked at. `--set-aside` adds the set-aside figures (confusion
counts only) once the rules are frozen; `--show-set-aside-misses` also lists its misses (say so
when reporting: the set-aside is then no longer held out).

Writes the same as JSON to bench/results/coding_quality.json (or $HOTLINE_WATCH_BENCH_RESULTS).

Usage: .venv/bin/python bench/measure_coding.py [--shared PATH] [--quiet] [--set-aside]
                                                [--show-set-aside-misses]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from benchlib import ROOT, SHARED, results_dir

sys.path.insert(0, str(ROOT))

from hotline_watch.coding import code_text, explain, read_document  # noqa: E402
from hotline_watch.coding.split import DEVELOPMENT, SALT, SET_ASIDE, load_index  # noqa: E402

#: (coded field, label of its positives, its top cue); negatives are always `negative`.
FIELDS = (
    ("requires_posting", "posting_law", "top_posting_cue"),
    ("promotes_hotline", "hotline_campaign", "top_campaign_cue"),
)
SIDES = (DEVELOPMENT, SET_ASIDE)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score(rows: list[dict], field: str, positive: str, cue_key: str) -> dict:
    """Confusion counts and precision/recall of `field` on `rows` (positive vs `negative`)."""
    tp = fp = fn = tn = 0
    misses = []
    for row in rows:
        if row["label"] not in (positive, "negative"):
            continue
        expected = row["label"] == positive
        got = bool(row["coding"][field])
        tp += expected and got
        fn += expected and not got
        fp += got and not expected
        tn += not (expected or got)
        if expected != got:
            misses.append(
                {
                    "file": row["file"],
                    "expected": expected,
                    "got": got,
                    "top_cue": row["explain"][cue_key],
                }
            )
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, **prf(tp, fp, fn), "misses": misses}


def code_rows(shared: Path) -> list[dict]:
    rows = []
    for entry in load_index(shared / "texts"):
        text = read_document(shared / "texts" / entry["file"])
        rows.append(
            {
                **entry,
                "coding": code_text(text).to_dict(),
                "explain": explain(text),
            }
        )
    return rows


def run(shared: Path, set_aside: bool = False, show_set_aside: bool = False) -> dict:
    rows = code_rows(shared)
    result: dict = {"files": len(rows), "split_salt": SALT, "sides": {}}
    for side in SIDES if set_aside else (DEVELOPMENT,):
        on_side = [r for r in rows if r["side"] == side]
        entry: dict = {"files": len(on_side)}
        for field, positive, cue_key in FIELDS:
            scores = {"all": score(on_side, field, positive, cue_key)}
            for added in ("before", "issue-14"):
                subset = [r for r in on_side if r["added"] == added]
                scores[f"added_{added}"] = score(subset, field, positive, cue_key)
            if side == SET_ASIDE and not show_set_aside:
                for s in scores.values():
                    s["misses"] = f"{len(s['misses'])} (not listed: set-aside)"
            entry[field] = scores
        laws = [r for r in on_side if r["label"] == "posting_law"]
        entry["promotes_hotline_on_posting_law"] = {
            "files": len(laws),
            "coded_true": sum(bool(r["coding"]["promotes_hotline"]) for r in laws),
        }
        result["sides"][side] = entry
    return result


def print_report(result: dict) -> None:
    print(f"files: {result['files']}  split salt: {result['split_salt']}")
    for side, entry in result["sides"].items():
        print(f"\n== {side} ({entry['files']} files)")
        for field, _, _ in FIELDS:
            for subset, s in entry[field].items():
                print(
                    f"{field:17s} {subset:16s} P={s['precision']:.3f} R={s['recall']:.3f} "
                    f"F1={s['f1']:.3f}  TP={s['tp']} FP={s['fp']} FN={s['fn']} TN={s['tn']}"
                )
            misses = entry[field]["all"]["misses"]
            if isinstance(misses, str):
                print(f"  misses: {misses}")
                continue
            for m in misses:
                kind = "FN" if m["expected"] else "FP"
                print(f"  {kind} {m['file']}\n       top cue: {m['top_cue']}")
        law = entry["promotes_hotline_on_posting_law"]
        print(f"promotes_hotline on posting_law files: {law['coded_true']}/{law['files']} True")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--set-aside", action="store_true", help="score the set-aside side too")
    parser.add_argument("--show-set-aside-misses", action="store_true")
    args = parser.parse_args(argv)
    if not (args.shared / "texts" / "index.csv").exists():
        print(f"{args.shared / 'texts' / 'index.csv'} not found", file=sys.stderr)
        return 2
    result = run(
        args.shared, args.set_aside or args.show_set_aside_misses, args.show_set_aside_misses
    )
    out = results_dir() / "coding_quality.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if not args.quiet:
        print_report(result)
        print(f"\nwritten: {os.path.relpath(out, ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
