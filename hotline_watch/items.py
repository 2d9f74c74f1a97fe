"""The item schema every spider yields and every pipeline consumes.

A spider yields one item per fetched page (a *page item*): what was fetched (`FetchInfo`) plus
what was parsed from it. Storing a page is then one transaction, so a crash never leaves half a
page in the database.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

#: Outcomes of one fetch. Only "ok" pages carry parsed records.
OUTCOMES = (
    "ok",  # fetched and parsed
    "not_found",  # the site says the section does not exist (soft or hard 404)
    "listing",  # a list page (a chapter's sections, a table of contents): followed, no law text
    "parse_error",  # the page does not look like the adapter expects
    "http_error",  # non-2xx status after retries
    "network_error",  # DNS, connection, timeout, TLS
    "robots",  # forbidden by robots.txt
    "not_archived",  # replay: the archive has no copy of this URL (not a failure)
    "archive_damaged",  # replay / ingest: the archived copy is truncated or fails its digest
    "too_large",  # bigger than max_page_bytes
    "offsite",  # redirected or linked outside the source's allowed domains
)
#: Outcomes that do not count against a source's health.
BENIGN_OUTCOMES = frozenset({"ok", "not_archived", "listing"})


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ItemValidationError(ValueError):
    """An item lacks a required field; the message names the item and the field."""


def utcnow() -> str:
    """The current UTC time as ISO 8601 with seconds, e.g. 2026-11-29T04:00:00+00:00."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def sha256(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@dataclass
class FetchInfo:
    """Provenance of one response (or one failed request)."""

    url: str
    fetched_at: str
    outcome: str
    status: int | None = None
    content_hash: str | None = None  # sha256 of the body bytes
    bytes: int | None = None
    archive: str | None = None  # "<warc file>#<record offset>": the archived copy
    message: str | None = None  # why, for anything but "ok"
    #: What the site's change list said of this page when it was fetched (modification time
    #: as the site shows it, size in bytes): hotline_watch/change_list.py.
    listed_modified: str | None = None
    listed_size: int | None = None


@dataclass
class SectionRecord:
    """One statute section, as stored in `statute_sections`; `coding` is filled by a pipeline."""

    jurisdiction: str
    code: str
    section_number: str
    citation: str
    url: str
    text: str
    heading: str | None = None
    history: str | None = None
    registry_citation: str | None = None  # the citation the registry gives, when it lists it
    coding: dict[str, Any] | None = None
    adapter: str | None = None  # the site adapter that extracted it ("generic": main-text guess)
    #: Signs of page chrome found in the text (checked for the generic adapter's sections).
    chrome_signs: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        """Natural key: jurisdiction, code and section number, e.g. "HI:HRS:371-20"."""
        return f"{self.jurisdiction}:{self.code}:{self.section_number}"

    @property
    def text_hash(self) -> str:
        return sha256(self.text)


@dataclass
class StatutePage:
    """A page item from a statute spider: one fetch and the sections parsed from it."""

    source: str  # the spider / registry source, e.g. "statutes_hi"
    jurisdiction: str
    adapter: str
    fetch: FetchInfo
    sections: list[SectionRecord] = field(default_factory=list)
    #: Problems met after a successful fetch (e.g. a section that could not be coded).
    problems: list[str] = field(default_factory=list)
    #: Doubts that do not fail the page (chrome signs in a generic extraction): crawl health.
    warnings: list[str] = field(default_factory=list)
    #: A list page's next request (spiders.sites.FollowRequest), e.g. the section's own PDF.
    follow: Any = None
    #: Sections already coded where the page was parsed (the offload worker): CodePipeline
    #: leaves them as they are.
    coded: bool = False
    #: A 304 of the bytes the stored sections were parsed from, by the same code
    #: (version.code_version): not parsed again; storage only records that they were seen.
    unchanged: bool = False
    #: A change list (fetch: the listing, outcome "listing"): the pages it confirmed unchanged
    #: without fetching them, as Confirmation rows; stored apart from fetches.
    confirmed: list[Confirmation] = field(default_factory=list)


@dataclass(frozen=True)
class Confirmation:
    """A page a change list showed unchanged since its last successful fetch (`fetch_id`)."""

    url: str
    fetch_id: int
    listed_modified: str
    listed_size: int


@dataclass
class ReleaseRecord:
    """One AG press release, as stored in `press_releases`; `coding` is filled by a pipeline."""

    jurisdiction: str
    url: str
    title: str
    body: str
    published: str | None = None  # ISO date
    coding: dict[str, Any] | None = None

    @property
    def id(self) -> str:
        """Natural key from the URL: jurisdiction plus a short hash, e.g. "CA:3f2a9c0d1b7e"."""
        return f"{self.jurisdiction}:{sha256(self.url)[:12]}"

    @property
    def body_hash(self) -> str:
        return sha256(self.title + "\n\n" + self.body)


@dataclass
class ReleasePage:
    """A page item from an AG spider: a listing/feed page (no records) or one release page."""

    source: str  # e.g. "ag_ca"
    jurisdiction: str
    kind: str  # "listing" (feed, wp-json, js-data, HTML listing) or "release"
    fetch: FetchInfo
    releases: list[ReleaseRecord] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: Listing pages: how many release links the page listed (crawl health counts them).
    found: int = 0


_REQUIRED_SECTION_FIELDS = ("jurisdiction", "code", "section_number", "citation", "url", "text")


def validate_page(page: StatutePage | ReleasePage) -> None:
    """Raise ItemValidationError when a page item breaks the schema."""
    where = f"page {page.fetch.url!r} from {page.source}"
    if page.fetch.outcome not in OUTCOMES:
        raise ItemValidationError(f"{where}: unknown outcome {page.fetch.outcome!r}")
    if page.fetch.outcome != "ok" and not page.fetch.message:
        raise ItemValidationError(f"{where}: outcome {page.fetch.outcome!r} needs a message")
    if isinstance(page, ReleasePage):
        _validate_release_page(page, where)
        return
    if page.fetch.outcome == "ok" and not page.sections and not page.unchanged:
        raise ItemValidationError(f"{where}: outcome 'ok' but no sections parsed")
    for section in page.sections:
        for name in _REQUIRED_SECTION_FIELDS:
            value = getattr(section, name)
            if not isinstance(value, str) or not value.strip():
                raise ItemValidationError(
                    f"{where}: section {section.section_number!r} has empty field {name!r}"
                )


def _validate_release_page(page: ReleasePage, where: str) -> None:
    if page.kind not in ("listing", "release"):
        raise ItemValidationError(f"{where}: unknown kind {page.kind!r}")
    if page.kind == "release" and page.fetch.outcome == "ok" and len(page.releases) != 1:
        raise ItemValidationError(f"{where}: a release page must carry exactly one release")
    for release in page.releases:
        for name in ("jurisdiction", "url", "title", "body"):
            value = getattr(release, name)
            if not isinstance(value, str) or not value.strip():
                raise ItemValidationError(f"{where}: release has empty field {name!r}")
        if release.published is not None and not _ISO_DATE.match(release.published):
            raise ItemValidationError(
                f"{where}: field 'published' must be an ISO date, got {release.published!r}"
            )
