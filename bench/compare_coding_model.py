"""Compare a candidate promotes model with the stored one before replacing it (round 50).

Two measurements, both with the same rules (only the model's weights differ):

1. Every coding that changes. Codes, with the stored model (data/coding/model.json) and with the
   candidate, every ../shared/texts/ file and every tests/heldout/<N>/ text (with its header's
   `url:`, as the pipeline passes a page's URL, and without it), every capture under
   ../shared/captures/ (as `hotline-watch classify` reads a file; with the `.source` file's
   original URL and without), the HTML responses of the capture WARC files, and optionally the
   texts a test run coded (`--recorded FILE`, JSON Lines of text/jurisdiction/citation/url);
   lists every promotes_hotline decision that changes, with the text's label where it has one,
   and counts every other field that changes with it (campaign, footer_only, evidence).
2. Leave-one-set-out over tests/heldout/: for each set, a model fitted (bench/train_coding_model.py,
   same features, C and threshold) on ../shared/texts/ and the other sets scores it, against the
   stored model's score on the same set. The stored model never saw sets 51 on, so its score
   there is an honest held-out score for its weights (not for the rules, which were read against
   those sets; both models share them).

Also prints the two models' weights side by side.

Usage:
  .venv/bin/python bench/train_coding_model.py --heldout --out /tmp/candidate.json
  .venv/bin/python bench/compare_coding_model.py --candidate /tmp/candidate.json [--recorded F]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from benchlib import ROOT, SHARED

sys.path.insert(0, str(ROOT))

from train_coding_model import (  # noqa: E402
    check_sets,
    confusion,
    dataset,
    extra_rows,
    fit,
    format_confusion,
    heldout_sets,
    predict,
    set_name,
)

from hotline_watch.coding import model as model_module  # noqa: E402
from hotline_watch.coding import read_document_and_url  # noqa: E402
from hotline_watch.coding.engine import classify  # noqa: E402
from hotline_watch.coding.model import FEATURES, MODEL_FILE, load_model  # noqa: E402
from hotline_watch.coding.split import load_index  # noqa: E402

_ORIGINAL_URL = re.compile(r"^original URL: (\S+)", re.M)


def use(model_file: Path) -> None:
    """Make the engine score with `model_file` (the stored model by default)."""
    model_module.MODEL_FILE = model_file
    load_model.cache_clear()


def labelled(directory: Path, name: str) -> Iterator[tuple[str, dict, str]]:
    """(key, classify arguments, label) of every text of a labelled directory, with its URL
    and without."""
    for entry in load_index(directory):
        text, url = read_document_and_url(directory / entry["file"])
        for with_url in (url, None):
            tag = "" if with_url else " (no url)"
            key = f"{name}/{entry['file']}{tag}"
            yield key, {"text": text, "url": with_url}, entry["label"]


def captures(root: Path) -> Iterator[tuple[str, dict, str]]:
    """Every capture file as `hotline-watch classify` reads it (with the `.source` URL and
    without), then the HTML responses of the WARC files."""
    from hotline_watch.cli import NotCodable, _document_text

    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix in (".source", ".gz", ".md"):
            continue
        try:
            text, url = _document_text(path)
        except NotCodable:
            continue
        source = path.with_suffix(".source")
        found = _ORIGINAL_URL.search(source.read_text("utf-8")) if source.is_file() else None
        key = str(path.relative_to(root))
        yield key, {"text": text, "url": url}, ""
        if found:
            yield f"{key} (source url)", {"text": text, "url": found.group(1)}, ""
    yield from warc_responses(root)


def warc_responses(root: Path) -> Iterator[tuple[str, dict, str]]:
    from warcio.archiveiterator import ArchiveIterator

    for warc in sorted(root.rglob("*.warc.gz")):
        with warc.open("rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh)):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                kind = record.http_headers.get_header("Content-Type") or ""
                if "html" not in kind and "text" not in kind:
                    continue
                body = record.content_stream().read()
                try:
                    text = body.decode("utf-8")
                except UnicodeDecodeError:
                    text = body.decode("latin-1")
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield f"{warc.name}#{n} {url}", {"text": text, "url": url}, ""


def recorded(path: Path) -> Iterator[tuple[str, dict, str]]:
    """The texts a test run coded (already prepared: html=False)."""
    seen = set()
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            item = json.loads(line)
            ident = (item["text"], item.get("jurisdiction"), item.get("citation"), item.get("url"))
            if ident in seen:
                continue
            seen.add(ident)
            yield f"{path.name}#{n}", {**item, "html": False}, ""


def changes(candidate: Path, corpora: dict[str, Iterator]) -> int:
    """Print every coding that changes between the stored model and `candidate`."""
    total = 0
    for corpus, items in corpora.items():
        counted = 0
        fields: Counter[str] = Counter()
        lines = []
        for key, kwargs, label in items:
            counted += 1
            use(MODEL_FILE)
            before = classify(**kwargs)
            use(candidate)
            after = classify(**kwargs)
            if before == after:
                continue
            changed = sorted(f for f in before if before[f] != after[f])
            fields.update(changed)
            if before["promotes_hotline"] != after["promotes_hotline"]:
                arrow = f"{before['promotes_hotline']} -> {after['promotes_hotline']}"
                lines.append(f"  promotes {arrow}  [{label or 'no label'}]  {key}")
            else:
                lines.append(f"  (promotes the same; {', '.join(changed)} change)  {key}")
        use(MODEL_FILE)
        total += counted
        promoted = sum(1 for line in lines if line.startswith("  promotes"))
        print(
            f"{corpus}: {counted} codings, {len(lines)} change "
            f"({promoted} promotes_hotline decisions; fields changed {dict(fields)})"
        )
        if lines:
            print("\n".join(lines))
    return total


def leave_one_heldout_set_out(shared: Path, candidate: dict) -> None:
    """Each tests/heldout/ set scored by a model fitted on the shared texts and the other sets,
    against the stored model's score on it."""
    stored = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    base = dataset(shared)
    sets = {set_name(d): extra_rows(d) for d in heldout_sets()}
    all_rows = base + [r for rows in sets.values() for r in rows]
    refit_all = fit(all_rows)
    assert all(
        abs(a - b) <= 1e-4 for a, b in zip(refit_all["coef"], candidate["coef"], strict=True)
    ), "the candidate is not the shared texts + tests/heldout/ fit"
    pooled = {"stored": {}, "refit": {}}
    print("leave-one-set-out over tests/heldout/ (promotes_hotline; refit on shared + the others)")
    for name, test in sets.items():
        train = base + [r for other, rows in sets.items() if other != name for r in rows]
        got = {"stored": predict(stored, test), "refit": predict(fit(train), test)}
        for which, pred in got.items():
            pooled[which].update(pred)
            print(f"  {name} {which:6s}: {format_confusion(confusion(test, pred))}")
        flipped = [r for r in test if got["stored"][r["key"]] != got["refit"][r["key"]]]
        for r in flipped:
            print(
                f"    changes: {got['stored'][r['key']]} -> {got['refit'][r['key']]} "
                f"[{r['label']}] {r['key']}"
            )
    held = [r for rows in sets.values() for r in rows]
    for which, pred in pooled.items():
        print(f"  all {len(held)} {which:6s}: {format_confusion(confusion(held, pred))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidate", type=Path, required=True, help="the candidate model.json")
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--recorded", type=Path, help="JSON Lines of the texts a test run coded")
    parser.add_argument("--no-codings", action="store_true", help="only weights and the LOSO")
    args = parser.parse_args(argv)
    problems = check_sets(heldout_sets())
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    stored = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    candidate = json.loads(args.candidate.read_text(encoding="utf-8"))
    print(f"{'feature':28s} {'stored':>9s} {'refit':>9s}   (standardised coefficients)")
    for i, name in enumerate(FEATURES):
        print(f"{name:28s} {stored['coef'][i]:+9.3f} {candidate['coef'][i]:+9.3f}")
    print(f"{'intercept':28s} {stored['intercept']:+9.3f} {candidate['intercept']:+9.3f}")
    leave_one_heldout_set_out(args.shared, candidate)
    if args.no_codings:
        return 0
    corpora: dict[str, Iterator] = {"shared texts": labelled(args.shared / "texts", "texts")}
    for d in heldout_sets():
        corpora[set_name(d)] = labelled(d, set_name(d))
    corpora["captures"] = captures(args.shared / "captures")
    if args.recorded:
        corpora["texts the tests code"] = recorded(args.recorded)
    total = changes(args.candidate, corpora)
    print(f"{total} codings in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
