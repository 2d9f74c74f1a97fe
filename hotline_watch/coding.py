"""Coding engine: plain functions over text that decide and extract the coded fields.

Shared by the pipelines, `hotline-watch classify` and the tests; needs neither Scrapy nor the
database. (Interface stub: the rules are being written; see tests/test_coding.py.)
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Coding:
    """Everything coded from one text. List fields are JSON arrays in the database."""

    requires_posting: bool = False
    promotes_hotline: bool = False
    establishments: list[str] = field(default_factory=list)
    who_must_post: str | None = None
    languages: list[str] = field(default_factory=list)
    sign_size: str | None = None
    hotline_numbers: list[str] = field(default_factory=list)
    hotlines: list[str] = field(default_factory=list)
    agency: str | None = None
    penalties: list[str] = field(default_factory=list)
    effective_date: str | None = None
    history: str | None = None
    citation: str | None = None
    evidence: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def code_text(text: str, *, html: bool | None = None) -> Coding:
    """Code one statute, bill or release text (plain text or HTML)."""
    raise NotImplementedError


_HEADER_LINE = re.compile(r"^(url|kind|state|date|label):", re.IGNORECASE)


def read_document(path: Path) -> str:
    """A file's text, minus a leading `url:`/`kind:`/`state:`/`date:`/`label:` header block.

    The header is metadata about the file (the shared texts format); coding must never see it,
    least of all the `label:` line. Bytes that are not UTF-8 are read as windows-1252.
    """
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    lines = text.splitlines()
    if lines and _HEADER_LINE.match(lines[0]):
        end = 0
        while end < len(lines) and lines[end].strip() and _HEADER_LINE.match(lines[end]):
            end += 1
        text = "\n".join(lines[end:]).lstrip("\n")
    return text
