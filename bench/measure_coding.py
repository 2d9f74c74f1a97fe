"""Measure the coding engine against the labelled shared texts (../shared/texts/), by split.

Runs the real `code_text` on every file listed in `index.csv` (via `read_document_and_url`, so
the kind/state/date/label/note header is never seen by the rules; its `url:` is passed as the
text's provenance, as the pipeline passes a page's URL) and reports, separately for
the development side and the set-aside side of the fixed split (hotline_watch.coding.split,
docs/coding-measurement.md), and within each for the texts added with issue 14 and the older
ones:

* requires_posting: positives = `posting_law`, negatives = `negative`;
* promotes_hotline: positives = `hotline_campaign`, negatives = `negative`;
  with the confusion counts (TP/FP/FN/TN), precision, recall and F1;
* what promotes_hotline says on `posting_law` files (laws and bills are never campaigns).

By default only the development side is scored. `--set-aside` adds the set-aside figures
(confusion counts only); `--show-set-aside-misses` also lists its misses. Round 1 kept the
set-aside side held out this way; since round 2 both sides are development texts (the sides are
kept for comparison with round 1) and held-out figures come from `--texts`.

`--texts DIR` scores any directory of labelled texts instead (a held-out set kept outside the
repository, such as the round-3 set of docs/coding-heldout-3.csv): DIR/index.csv (or `--index
FILE`) lists `file,url,kind,state,date,label` and optionally the expected `campaign`,
`footer_only` (0/1) and `hotline_numbers` (`;`-separated); all rows are scored as one set, with
the same confusion counts plus campaign, footer_only and hotline-number agreement, and with
`--field-labels FILE` (docs/coding-heldout-3-fields.json) the coded fields of its posting laws.
Only counts are printed unless `--show-misses` is given (a held-out set stops being held out
once its misses are read).

Writes the same as JSON to bench/results/coding_quality.json (coding_quality_texts.json with
`--texts`; or under $HOTLINE_WATCH_BENCH_RESULTS).

Usage: .venv/bin/python bench/measure_coding.py [--shared PATH] [--quiet] [--set-aside]
                                                [--show-set-aside-misses]
       .venv/bin/python bench/measure_coding.py --texts DIR [--index FILE]
                                                [--field-labels FILE] [--show-misses]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

from benchlib import ROOT, SHARED, results_dir

sys.path.insert(0, str(ROOT))

from hotline_watch.coding import code_text, explain, read_document_and_url  # noqa: E402
from hotline_watch.coding.evaluation import FIELDS as CODED_FIELDS  # noqa: E402
from hotline_watch.coding.evaluation import confusion, field_right  # noqa: E402
from hotline_watch.coding.split import (  # noqa: E402
    DEVELOPMENT,
    SALT,
    SET_ASIDE,
    check_labelled_dir,
    load_index,
)

#: (coded field, label of its positives, its top cue); negatives are always `negative`.
FIELDS = (
    ("requires_posting", "posting_law", "top_posting_cue"),
    ("promotes_hotline", "hotline_campaign", "top_campaign_cue"),
)
SIDES = (DEVELOPMENT, SET_ASIDE)


def score(rows: list[dict], field: str, positive: str, cue_key: str) -> dict:
    """Confusion counts and precision/recall of `field` on `rows` (positive vs `negative`)."""
    scored = [r for r in rows if r["label"] in (positive, "negative")]
    pairs = [(r["label"] == positive, bool(r["coding"][field])) for r in scored]
    misses = [
        {"file": r["file"], "expected": e, "got": g, "top_cue": r["explain"][cue_key]}
        for r, (e, g) in zip(scored, pairs, strict=True)
        if e != g
    ]
    return {**confusion(pairs), "misses": misses}


def code_rows(shared: Path) -> list[dict]:
    rows = []
    for entry in load_index(shared / "texts"):
        text, url = read_document_and_url(shared / "texts" / entry["file"])
        rows.append(
            {
                **entry,
                "coding": code_text(text, url=url).to_dict(),
                "explain": explain(text, url=url),
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
            _print_misses(entry[field]["all"]["misses"])
        law = entry["promotes_hotline_on_posting_law"]
        print(f"promotes_hotline on posting_law files: {law['coded_true']}/{law['files']} True")


def _flag(value: str | None) -> bool | None:
    value = (value or "").strip()
    return None if value == "" else value not in ("0", "false", "False", "no")


def run_texts(
    texts: Path, index: Path, field_labels: Path | None = None, show_misses: bool = False
) -> dict:
    """Score the engine on every labelled text of a directory (one set, no split)."""
    with index.open(newline="", encoding="utf-8") as fh:
        entries = list(csv.DictReader(fh))
    rows = []
    for entry in entries:
        text, url = read_document_and_url(texts / entry["file"])
        coding = code_text(text, url=url)
        rows.append(
            {**entry, "coding": coding.to_dict(), "explain": explain(text, url=url), "_c": coding}
        )
    result: dict = {"texts": str(texts), "files": len(rows)}
    for field, positive, cue_key in FIELDS:
        result[field] = score(rows, field, positive, cue_key)
    laws = [r for r in rows if r["label"] == "posting_law"]
    result["promotes_hotline_on_posting_law"] = {
        "files": len(laws),
        "coded_true": sum(bool(r["coding"]["promotes_hotline"]) for r in laws),
    }
    for field in ("campaign", "footer_only"):
        labelled = [r for r in rows if _flag(r.get(field)) is not None]
        pairs = [(bool(_flag(r.get(field))), bool(r["coding"][field])) for r in labelled]
        result[field] = {
            **confusion(pairs),
            "misses": [r["file"] for r, (e, g) in zip(labelled, pairs, strict=True) if e != g],
        }
    if rows and "hotline_numbers" in rows[0]:
        wrong = []
        for r in rows:
            expected = {n for n in r["hotline_numbers"].split(";") if n}
            got = set(r["coding"]["hotline_numbers"])
            if expected != got:
                wrong.append({"file": r["file"], "expected": sorted(expected), "got": sorted(got)})
        result["hotline_numbers"] = {
            "right": len(rows) - len(wrong),
            "files": len(rows),
            "misses": wrong,
        }
    if field_labels is not None:
        labels = json.loads(field_labels.read_text(encoding="utf-8"))["texts"]
        by_file = {r["file"]: r["_c"] for r in rows}
        per_field = {f: [0, 0] for f in CODED_FIELDS}
        wrong_fields = []
        for name, expected in labels.items():
            for f in CODED_FIELDS:
                ok = field_right(f, by_file[name], expected[f])
                per_field[f][0] += ok
                per_field[f][1] += 1
                if not ok:
                    wrong_fields.append(f"{name}: {f}")
        right = sum(v[0] for v in per_field.values())
        total = sum(v[1] for v in per_field.values())
        result["fields"] = {
            "right": right,
            "total": total,
            "accuracy": round(right / total, 4) if total else 0.0,
            "per_field": {f: f"{v[0]}/{v[1]}" for f, v in per_field.items()},
            "misses": wrong_fields,
        }
    for key in ("requires_posting", "promotes_hotline", "campaign", "footer_only"):
        if not show_misses:
            result[key]["misses"] = f"{len(result[key]['misses'])} (not listed: held out)"
    for key in ("hotline_numbers", "fields"):
        if key in result and not show_misses:
            result[key]["misses"] = f"{len(result[key]['misses'])} (not listed: held out)"
    return result


def print_texts_report(result: dict) -> None:
    print(f"texts: {result['texts']}  files: {result['files']}")
    for key in ("requires_posting", "promotes_hotline", "campaign", "footer_only"):
        s = result[key]
        print(
            f"{key:17s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}  "
            f"TP={s['tp']} FP={s['fp']} FN={s['fn']} TN={s['tn']}"
        )
        _print_misses(s["misses"])
    law = result["promotes_hotline_on_posting_law"]
    print(f"promotes_hotline on posting_law files: {law['coded_true']}/{law['files']} True")
    if "hotline_numbers" in result:
        h = result["hotline_numbers"]
        print(f"hotline_numbers   {h['right']}/{h['files']} texts with exactly the labelled set")
        _print_misses(h["misses"])
    if "fields" in result:
        f = result["fields"]
        print(
            f"coded fields      {f['right']}/{f['total']} right ({f['accuracy']:.3f}): "
            + ", ".join(f"{k} {v}" for k, v in f["per_field"].items())
        )
        _print_misses(f["misses"])


def _print_misses(misses: object) -> None:
    if isinstance(misses, str):
        print(f"  misses: {misses}")
        return
    assert isinstance(misses, list)
    for m in misses:
        if isinstance(m, dict) and "top_cue" in m:
            kind = "FN" if m["expected"] else "FP"
            print(f"  {kind} {m['file']}\n       top cue: {m['top_cue']}")
        else:
            print(f"  {m}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--set-aside", action="store_true", help="score the set-aside side too")
    parser.add_argument("--show-set-aside-misses", action="store_true")
    parser.add_argument("--texts", type=Path, help="score a directory of labelled texts")
    parser.add_argument("--index", type=Path, help="its index (default: DIR/index.csv)")
    parser.add_argument("--field-labels", type=Path, help="hand labels of coded fields (JSON)")
    parser.add_argument("--show-misses", action="store_true", help="list misses with --texts")
    args = parser.parse_args(argv)
    if args.texts is not None:
        index = args.index or args.texts / "index.csv"
        for needed in (index, args.field_labels):
            if needed is not None and not needed.exists():
                print(f"{needed} not found", file=sys.stderr)
                return 2
        problems = check_labelled_dir(args.texts, args.field_labels, args.index)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 2
        result = run_texts(args.texts, index, args.field_labels, args.show_misses)
        out = results_dir() / "coding_quality_texts.json"
        report = print_texts_report
    else:
        if not (args.shared / "texts" / "index.csv").exists():
            print(f"{args.shared / 'texts' / 'index.csv'} not found", file=sys.stderr)
            return 2
        result = run(
            args.shared, args.set_aside or args.show_set_aside_misses, args.show_set_aside_misses
        )
        out = results_dir() / "coding_quality.json"
        report = print_report
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if not args.quiet:
        report(result)
        print(f"\nwritten: {os.path.relpath(out, ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
