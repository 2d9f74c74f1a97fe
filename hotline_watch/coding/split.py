"""The fixed development / set-aside split of the labelled shared texts (../shared/texts/).

Decided before the issue-14 rules were tuned and documented in docs/coding-measurement.md:
all texts of one state fall on the same side, chosen by a hash of the state code, so
near-copies (six releases of one Attorney General) never sit on both sides.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from pathlib import Path

#: The salt of the split (docs/coding-measurement.md: v1 met the 15-texts-per-label rule).
SALT = "v1"
DEVELOPMENT = "development"
SET_ASIDE = "set_aside"


def side(state: str, salt: str = SALT) -> str:
    """`development` or `set_aside` for a text of `state` (the index's `state` column)."""
    digest = hashlib.sha256(f"hotline-watch/coding-split/{salt}:{state}".encode()).hexdigest()
    return SET_ASIDE if int(digest[:8], 16) % 2 == 1 else DEVELOPMENT


def load_index(texts_dir: Path) -> list[dict[str, str]]:
    """The rows of `texts_dir/index.csv`, each with its `side` and `added` (`issue-14` for the
    texts added with issue 14, which have no `chars` value; `before` for the others)."""
    with (texts_dir / "index.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row["side"] = side(row["state"])
        row["added"] = "issue-14" if not (row.get("chars") or "").strip() else "before"
    return rows


def state_folds(states: list[str], k: int = 5, salt: str = "") -> dict[str, int]:
    """A fixed assignment of states to `k` cross-validation folds (by the same hash); another
    `salt` gives another fixed assignment (to see whether a comparison holds on other folds)."""
    order = sorted(
        set(states), key=lambda s: hashlib.sha256(f"fold{salt}:{s}".encode()).hexdigest()
    )
    return {state: i % k for i, state in enumerate(order)}


#: The columns every labelled directory's index.csv has (the held-out sets add more).
INDEX_COLUMNS = ("file", "url", "kind", "state", "date", "label")
LABELS = ("posting_law", "hotline_campaign", "negative")
_HEADER = re.compile(r"^(url|kind|state|date|label|note):[ \t]?(.*)$", re.I)


def check_labelled_dir(
    texts_dir: Path, fields_file: Path | None = None, index: Path | None = None
) -> list[str]:
    """Every problem of a labelled directory (index.csv beside its texts, as ../shared/texts/
    and the fresh sets under tests/heldout/), each naming the file at fault; [] when whole.

    Checked: the index parses and has the INDEX_COLUMNS; every row names a file that exists,
    once; each file's header block agrees with its row (url, kind, state, date, label); the
    labels are known; no text file is left out of the index; and, with `fields_file`, its hand
    labels cover exactly the `posting_law` rows. `index` is the index when it is kept elsewhere
    (then texts outside it are not flagged: such a directory may hold more than one set)."""
    own_index = index is None
    index = index or texts_dir / "index.csv"
    if not index.is_file():
        return [f"{index}: missing"]
    try:
        with index.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            rows = list(reader)
            columns = reader.fieldnames or []
    except (UnicodeDecodeError, csv.Error) as exc:
        return [f"{index}: not a readable CSV ({exc})"]
    problems = [f"{index}: no column {c!r}" for c in INDEX_COLUMNS if c not in columns]
    if problems:
        return problems
    seen: set[str] = set()
    for n, row in enumerate(rows, start=2):
        name = row["file"]
        where = f"{index}:{n} ({name})"
        if name in seen:
            problems.append(f"{where}: listed twice")
        seen.add(name)
        if row["label"] not in LABELS:
            problems.append(f"{where}: unknown label {row['label']!r}")
        path = texts_dir / name
        if not path.is_file():
            problems.append(f"{where}: no such file")
            continue
        header = _header(path)
        for key in ("url", "kind", "state", "date", "label"):
            if header.get(key) != row[key]:
                problems.append(f"{path}: header {key} {header.get(key)!r}, index {row[key]!r}")
    for path in sorted(texts_dir.glob("*.txt")) if own_index else ():
        if path.name not in seen:
            problems.append(f"{path}: not in {index}")
    if fields_file is not None:
        problems += _check_fields(fields_file, {r["file"] for r in rows if r["label"] == LABELS[0]})
    return problems


def _header(path: Path) -> dict[str, str]:
    """The `key: value` lines at the top of a labelled text (read_document strips them)."""
    header: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _HEADER.match(line)
        if not line.strip() or not match:
            break
        header[match.group(1).lower()] = match.group(2).strip()
    return header


def _check_fields(fields_file: Path, laws: set[str]) -> list[str]:
    """Problems of a `-fields.json` hand-label file against the set's posting-law files."""
    try:
        labelled = json.loads(fields_file.read_text(encoding="utf-8"))["texts"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return [f"{fields_file}: not a fields file with a 'texts' object ({exc!r})"]
    problems = [
        f"{fields_file}: no labels for posting law {f}" for f in sorted(laws - set(labelled))
    ]
    problems += [
        f"{fields_file}: {f} is not a posting law of the set" for f in sorted(set(labelled) - laws)
    ]
    return problems
