"""The fixed development / set-aside split of the labelled shared texts (../shared/texts/).

Decided before the issue-14 rules were tuned and documented in docs/coding-measurement.md:
all texts of one state fall on the same side, chosen by a hash of the state code, so
near-copies (six releases of one Attorney General) never sit on both sides.
"""

from __future__ import annotations

import csv
import hashlib
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
