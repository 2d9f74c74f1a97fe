"""Measure the legal redline (hotline_watch/redline.py) on statute and bill texts.

For each text, the subsections are found (how many labelled, and how many sibling labels follow
one another: (a) then (b), (1) then (2), (i) then (ii)), then synthetic amendments are made to
up to five labelled subsections and the redline is checked:

* word: the subsection's last word replaced -> the redline names exactly that subsection as
  amended, nothing added or removed;
* clause: a clause inserted before its final punctuation -> exactly that subsection, and the
  clause appears whole, as one {+...+};
* spacing: the whole text re-spaced and re-wrapped -> no redline at all.

Sets: "development" is what the redline was written and tuned against (the real Hawaii page
from ../shared/captures/hi-hrs/ and the even-numbered statute texts of ../shared/texts/);
"set-aside" is the rest (odd-numbered statute texts and every bill text), never looked at while
writing the rules.

Writes bench/results/redline_quality.json (or $HOTLINE_WATCH_BENCH_RESULTS).
Usage: .venv/bin/python bench/measure_redline.py [--shared PATH]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from benchlib import ROOT, SHARED, shared_index, write_result

sys.path.insert(0, str(ROOT))

from hotline_watch.coding import read_document  # noqa: E402
from hotline_watch.redline import Unit, legal_redline, units  # noqa: E402

CLAUSE = "and at every other place the department names by rule"
PER_TEXT = 5


def _next(label: str) -> set[str]:
    """Labels that may follow this one among siblings: (a)->(b), (1)->(2), (ii)->(iii); (i)
    and (v) may be letters or roman numerals."""
    if label.endswith("."):
        return {f"{int(label[:-1]) + 1}."}
    inner = label[1:-1]
    if inner.isdigit():
        return {f"({int(inner) + 1})"}
    out = set()
    romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    if inner in romans[:-1]:
        out.add(f"({romans[romans.index(inner) + 1]})")
    if len(inner) == 1 and inner.isalpha():
        out.add(f"({chr(ord(inner) + 1)})")
    return out


def well_formed(found: list[Unit]) -> tuple[int, int]:
    """(sibling pairs in sequence, sibling pairs) among labelled subsections."""
    last: dict[tuple[str, ...], str] = {}
    good = total = 0
    for unit in found:
        if not unit.labelled:
            continue
        parent, label = unit.path[:-1], unit.path[-1]
        for key in [k for k in last if len(k) > len(parent) and k[: len(parent)] == parent]:
            del last[key]  # a deeper level ended
        if parent in last:
            total += 1
            good += label in _next(last[parent])
        last[parent] = label
    return good, total


def spans(text: str, found: list[Unit]) -> list[tuple[int, int]]:
    out, cursor = [], 0
    for unit in found:
        start = text.find(unit.text, cursor)
        out.append((start, start + len(unit.text)))
        cursor = max(cursor, start + len(unit.text)) if start >= 0 else cursor
    return out


def measure(text: str) -> dict[str, int]:
    found = units(text)
    good, pairs = well_formed(found)
    tally = {
        "units": len(found),
        "labelled": sum(u.labelled for u in found),
        "sibling_pairs": pairs,
        "siblings_in_sequence": good,
        "word_edits": 0,
        "word_exact": 0,
        "clause_edits": 0,
        "clause_exact": 0,
        "clause_whole": 0,
        "spacing_none": 0,
    }
    labelled = [(i, u) for i, u in enumerate(found) if u.labelled and len(u.tokens) > 3]
    step = max(1, len(labelled) // PER_TEXT)
    where = spans(text, found)
    for i, unit in labelled[::step][:PER_TEXT]:
        start, end = where[i]
        if start < 0:
            continue
        piece = text[start:end]
        # The last word that is not the "and" / "or" joining the next item.
        words = [w for w in re.finditer(r"[A-Za-z]{3,}", piece) if w.group() != "and"]
        if words:
            w = words[-1]
            edited = text[:start] + piece[: w.start()] + "REPLACED" + piece[w.end() :] + text[end:]
            result = legal_redline(text, edited)
            tally["word_edits"] += 1
            tally["word_exact"] += bool(
                result and result.amended == [unit.name] and not result.added + result.removed
            )
        # Before the closing punctuation and any "; or" / ", and" that joins the next item.
        m = re.search(r"(?:[.;:,]\s*(?:and|or)?)?\s*$", piece)
        cut = m.start() if m else len(piece)
        edited = text[:start] + piece[:cut] + " " + CLAUSE + piece[cut:] + text[end:]
        result = legal_redline(text, edited)
        tally["clause_edits"] += 1
        tally["clause_exact"] += bool(
            result and result.amended == [unit.name] and not result.added + result.removed
        )
        tally["clause_whole"] += bool(result and "{+" + CLAUSE + "+}" in result.text)
    respaced = re.sub(r" ", "  ", text).replace(". ", ".\n", 3)
    tally["spacing_none"] = legal_redline(text, respaced) is None
    return tally


def hawaii_text(shared: Path) -> str | None:
    capture = shared / "captures" / "hi-hrs" / "HRS_0371-0020_hotline_posting.htm"
    if not capture.exists():
        return None
    from scrapy.http import HtmlResponse

    from spiders.sites.hi_hrs import HawaiiHRS

    url = "https://www.capitol.hawaii.gov/hrscurrent/Vol07_Ch0346-0398/HRS0371/HRS_0371-0020.htm"
    response = HtmlResponse(url=url, body=capture.read_bytes(), encoding="cp1252")
    return HawaiiHRS().parse(response)[0].text


def summarise(rows: list[dict]) -> dict[str, float | int]:
    total = {k: sum(r[k] for r in rows) for k in rows[0] if k != "file"} if rows else {}

    def rate(a: str, b: str) -> float | None:
        return round(total[a] / total[b], 4) if total.get(b) else None

    return {
        "texts": len(rows),
        **total,
        "siblings_in_sequence_rate": rate("siblings_in_sequence", "sibling_pairs"),
        "word_exact_rate": rate("word_exact", "word_edits"),
        "clause_exact_rate": rate("clause_exact", "clause_edits"),
        "clause_whole_rate": rate("clause_whole", "clause_edits"),
        "spacing_none_rate": round(total["spacing_none"] / len(rows), 4) if rows else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    index = shared_index(args.shared)
    if index is None:
        return 1
    statutes = sorted(r["file"] for r in index if r["kind"] == "statute")
    bills = sorted(r["file"] for r in index if r["kind"] == "bill")
    sets: dict[str, list[dict]] = {"development": [], "set_aside": []}
    hawaii = hawaii_text(args.shared)
    if hawaii:
        sets["development"].append({"file": "captures/hi-hrs (real page)", **measure(hawaii)})
    for n, name in enumerate(statutes + bills):
        text = read_document(args.shared / "texts" / name)
        which = "development" if name in statutes and n % 2 == 0 else "set_aside"
        sets[which].append({"file": name, **measure(text)})
    result = {name: {"summary": summarise(rows), "texts": rows} for name, rows in sets.items()}
    for name, data in result.items():
        s = data["summary"]
        print(
            f"{name:>11}: {s['texts']} texts, {s['labelled']} labelled subsections; "
            f"siblings in sequence {s['siblings_in_sequence_rate']}; word edit located exactly "
            f"{s['word_exact']}/{s['word_edits']}; clause located {s['clause_exact']}/"
            f"{s['clause_edits']}, shown whole {s['clause_whole']}/{s['clause_edits']}; "
            f"re-spacing ignored {s['spacing_none']}/{s['texts']}"
        )
    write_result("redline_quality", result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
