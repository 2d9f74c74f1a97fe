"""Definitions of generic agency words made in another section (data/coding/definitions.yml)."""

from __future__ import annotations

from functools import lru_cache

import yaml

from hotline_watch.config import DATA_DIR

DEFINITIONS_FILE = DATA_DIR / "coding" / "definitions.yml"


@lru_cache(maxsize=1)
def _definitions() -> tuple[dict[str, str], ...]:
    with DEFINITIONS_FILE.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    entries = tuple(data.get("definitions") or ())
    for i, entry in enumerate(entries):
        missing = {"jurisdiction", "chapter", "term", "means", "source", "url"} - set(entry)
        if missing:
            raise ValueError(
                f"{DEFINITIONS_FILE}: definitions[{i}] lacks {', '.join(sorted(missing))}"
            )
    return entries


def lookup_definition(
    jurisdiction: str | None, citation: str | None, word: str
) -> dict[str, str] | None:
    """The entry defining `word` for a section of `jurisdiction` cited as `citation`, if any."""
    if not jurisdiction or not citation:
        return None
    number = citation.rsplit("\u00a7", 1)[-1].strip().split()[-1] if citation.strip() else ""
    for entry in _definitions():
        if (
            entry["jurisdiction"] == jurisdiction
            and entry["term"] == word
            and number.startswith(entry["chapter"])
        ):
            return entry
    return None
