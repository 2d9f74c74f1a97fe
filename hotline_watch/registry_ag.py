"""The AG newsroom registry (data/sources/ag_newsrooms.yml): one entry per Attorney General office.

Each office lists the ways into its releases, most robust first: an RSS/Atom `feed`, a WordPress
`wp_json` posts endpoint, yearly `js_data` files (Minnesota), and always an HTML `listing` with
selectors, the fallback when the others fail or are empty. `detail` selectors are optional: the
generic article extractor handles pages without them. `release_url_pattern` says which URLs are
release pages, so `ingest` can route archived pages to the office.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema

from hotline_watch.config import SOURCES_DIR
from hotline_watch.jurisdictions import JURISDICTIONS
from hotline_watch.registry import (
    HOST_PATTERN,
    VERIFICATION,
    RegistryError,
    _read_yaml,
    _schema_error_at,
)

AG_FILE = SOURCES_DIR / "ag_newsrooms.yml"

_URL = {"type": "string", "pattern": "^https?://"}
_CSS = {"type": "string", "minLength": 1}

AG_SCHEMA: dict = {
    "type": "object",
    "required": ["offices"],
    "additionalProperties": False,
    "properties": {
        "offices": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "jurisdiction",
                    "office",
                    "newsroom_url",
                    "allowed_domains",
                    "listing",
                    "release_url_pattern",
                    "verified",
                ],
                "additionalProperties": False,
                "properties": {
                    "jurisdiction": {"type": "string", "pattern": "^[A-Z]{2}$"},
                    "office": {"type": "string", "minLength": 3},
                    "newsroom_url": _URL,
                    "allowed_domains": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"type": "string", "pattern": HOST_PATTERN},
                    },
                    "feed": _URL,
                    "wp_json": _URL,
                    # A URL template with {year}, one file per year (Minnesota).
                    "js_data": {"type": "string", "pattern": r"^https?://.*\{year\}"},
                    "listing": {
                        "type": "object",
                        "required": ["url", "link"],
                        "additionalProperties": False,
                        "properties": {
                            "url": _URL,
                            # Page N of the listing: a template with {page}; first_page is N0.
                            "page_url": {"type": "string", "pattern": r"^https?://.*\{page\}"},
                            "first_page": {"type": "integer", "minimum": 0},
                            "item": _CSS,  # one release row (optional: links alone suffice)
                            "link": _CSS,  # the <a> to the release, inside the row
                            "title": _CSS,  # optional, inside the row (default: link text)
                            "date": _CSS,  # optional, inside the row (text or ::attr())
                            "next": _CSS,  # optional "next page" link
                        },
                    },
                    "detail": {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {"title": _CSS, "date": _CSS, "body": _CSS},
                    },
                    "release_url_pattern": {"type": "string", "minLength": 3},
                    "verified": {"enum": list(VERIFICATION)},
                    "notes": {"type": "string"},
                },
            },
        }
    },
}


@dataclass(frozen=True)
class ListingConfig:
    url: str
    link: str
    page_url: str | None = None
    first_page: int = 0
    item: str | None = None
    title: str | None = None
    date: str | None = None
    next: str | None = None


@dataclass(frozen=True)
class DetailConfig:
    title: str | None = None
    date: str | None = None
    body: str | None = None


@dataclass(frozen=True)
class OfficeSource:
    """One Attorney General office's newsroom entry."""

    jurisdiction: str
    office: str
    newsroom_url: str
    allowed_domains: tuple[str, ...]
    listing: ListingConfig
    release_url_pattern: re.Pattern[str]
    verified: str
    feed: str | None = None
    wp_json: str | None = None
    js_data: str | None = None
    detail: DetailConfig = field(default_factory=DetailConfig)
    notes: str = ""

    @property
    def spider_name(self) -> str:
        return f"ag_{self.jurisdiction.lower()}"

    @property
    def name(self) -> str:
        return JURISDICTIONS[self.jurisdiction].name

    def allows(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def is_release(self, url: str) -> bool:
        return self.allows(url) and bool(self.release_url_pattern.search(url))

    @property
    def ways_in(self) -> list[str]:
        """Adapter kinds to try, most robust first; the listing always comes last."""
        kinds = [k for k in ("feed", "wp_json", "js_data") if getattr(self, k)]
        return [*kinds, "listing"]


def parse_offices(data: object, path: Path) -> list[OfficeSource]:
    """Validate a loaded AG registry document and build the office list."""
    if not isinstance(data, dict):
        raise RegistryError(f"{path}: expected a mapping with an 'offices' list")
    validator = jsonschema.Draft202012Validator(AG_SCHEMA)
    errors = list(validator.iter_errors(data))
    if errors:
        best = max(errors, key=lambda e: len(e.absolute_path))
        raise _schema_error_at(path, data, best, "offices")
    offices: list[OfficeSource] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(data["offices"]):
        code = raw["jurisdiction"]
        label = f"{path}: entry {index} ({code})"
        if code not in JURISDICTIONS:
            raise RegistryError(f"{label}: field jurisdiction: {code!r} is not a state or DC")
        if code in seen:
            raise RegistryError(
                f"{label}: field jurisdiction: duplicate of entry {seen[code]} ({code})"
            )
        seen[code] = index
        try:
            pattern = re.compile(raw["release_url_pattern"])
        except re.error as exc:
            raise RegistryError(f"{label}: field release_url_pattern: bad regex: {exc}") from exc
        office = OfficeSource(
            jurisdiction=code,
            office=raw["office"],
            newsroom_url=raw["newsroom_url"],
            allowed_domains=tuple(raw["allowed_domains"]),
            listing=ListingConfig(**raw["listing"]),
            release_url_pattern=pattern,
            verified=raw["verified"],
            feed=raw.get("feed"),
            wp_json=raw.get("wp_json"),
            js_data=raw.get("js_data"),
            detail=DetailConfig(**raw.get("detail", {})),
            notes=raw.get("notes", ""),
        )
        urls = {
            "newsroom_url": office.newsroom_url,
            "feed": office.feed,
            "wp_json": office.wp_json,
            "js_data": office.js_data,
            "listing.url": office.listing.url,
            "listing.page_url": office.listing.page_url,
        }
        for name, url in urls.items():
            if url and not office.allows(url.replace("{year}", "2026").replace("{page}", "1")):
                raise RegistryError(
                    f"{label}: field {name}: {url!r} is outside allowed_domains "
                    f"{list(office.allowed_domains)}"
                )
        offices.append(office)
    missing = sorted(set(JURISDICTIONS) - set(seen))
    if missing:
        raise RegistryError(
            f"{path}: no entry for {', '.join(missing)} (all 50 states + DC needed)"
        )
    return offices


def load_offices(path: str | os.PathLike | None = None) -> list[OfficeSource]:
    """Load and validate data/sources/ag_newsrooms.yml (or `path`, or $HOTLINE_WATCH_AG)."""
    path = Path(path or os.environ.get("HOTLINE_WATCH_AG") or AG_FILE)
    return parse_offices(_read_yaml(path), path)
