"""What every statute site-family adapter provides.

An adapter knows one website's markup and nothing about storage or Scrapy's engine: it turns a
downloaded response into `ParsedSection`s. The same adapter serves live crawls, replay from a
WARC archive and `hotline-watch ingest`, so parsing is tested once on real captures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

from scrapy.http import Response, TextResponse


class SectionNotFound(Exception):
    """The site answered, but says the section does not exist (sites send these as HTTP 200)."""


class PageFormatError(Exception):
    """The page does not have the structure the adapter expects (a site redesign, a bot wall)."""


@dataclass(frozen=True)
class FollowRequest:
    """A request an adapter asks for next (the section's own page, found on a list page)."""

    url: str
    method: str = "GET"
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)


class ListingPage(Exception):  # noqa: N818 - an outcome, like SectionNotFound, not an error
    """The page lists sections (a chapter's list, a table of contents) but holds no law text.

    `pick(section)` returns the request for that section's own page, or None when the page does
    not list it. Nothing is stored from such a page; its fetch is recorded as a listing.
    """

    def __init__(self, message: str, pick: Callable[[str | None], FollowRequest | None]):
        super().__init__(message)
        self.pick = pick


@dataclass
class ParsedSection:
    """One statute section as printed on the official site."""

    section_number: str  # as printed, e.g. "371-20", "19.02", "52.6"
    text: str  # the legal text only (no page chrome), paragraphs separated by blank lines
    code: str  # the code or title the number lives in, e.g. "HRS", "PEN", "GV"; part of the key
    citation: str  # canonical citation, e.g. "Haw. Rev. Stat. § 371-20"
    heading: str | None = None  # catchline, when the site prints one
    history: str | None = None  # history / source note, e.g. "[L 2013, c 245, §1]"
    url: str | None = None  # the section's own URL when it differs from the page's


class StatuteAdapter:
    """Base class: subclasses set the class attributes and implement `parse`."""

    name: ClassVar[str]
    #: Which URLs this adapter can parse; `ingest` routes archived responses with it.
    url_pattern: ClassVar[re.Pattern[str]]
    #: Whether one page holds many sections (a chapter) rather than one.
    multi_section: ClassVar[bool] = False
    #: Whether the adapter reads non-text responses (PDF sections, zipped text dumps).
    binary: ClassVar[bool] = False
    #: The site's change list, by kind (hotline_watch.change_list.KINDS, e.g. "iis_directory"):
    #: one listing request then revalidates many pages. None: every page is requested.
    change_list: ClassVar[str | None] = None

    def request_url(self, url: str) -> str:
        """The URL to fetch for a registry URL (API adapters add keys or parameters here)."""
        return url

    def start_request(self, url: str) -> FollowRequest:
        """The first request for a registry URL (a POST for GraphQL sites)."""
        return FollowRequest(self.request_url(url))

    def parse_wanted(self, response: Response, section: str) -> list[ParsedSection]:
        """The sections numbered `section` on the page (bulk sources override this to avoid
        parsing every section they hold)."""
        return [p for p in self.parse(response) if p.section_number == section]

    def claims(self, url: str) -> bool:
        return bool(self.url_pattern.search(url))

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        """Every section on the page; raise SectionNotFound or PageFormatError, never junk."""
        raise NotImplementedError


ADAPTERS: dict[str, type[StatuteAdapter]] = {}


def register(cls: type[StatuteAdapter]) -> type[StatuteAdapter]:
    """Class decorator: make an adapter available to the registry by its `name`."""
    if cls.name in ADAPTERS and ADAPTERS[cls.name] is not cls:
        raise ValueError(f"two statute adapters are named {cls.name!r}")
    ADAPTERS[cls.name] = cls
    return cls


def get_adapter(name: str) -> StatuteAdapter:
    """An adapter instance by registry name; the error lists the names that exist."""
    try:
        return ADAPTERS[name]()
    except KeyError:
        known = ", ".join(sorted(ADAPTERS))
        raise KeyError(f"unknown statute adapter {name!r} (known: {known})") from None


#: XPath predicate for elements outside page chrome marked up as such (navigation bars, page
#: headers and footers): adapters that read every paragraph of a page filter with it.
NOT_IN_CHROME = "not(ancestor::nav or ancestor::header or ancestor::footer)"

_WS = re.compile(r"[ \t\r\f\v\u00a0\u2003\u2002\u2009]+")


def clean_text(text: str) -> str:
    """Collapse runs of spaces inside lines, trim lines, keep at most one blank line between."""
    lines = [_WS.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def squash(text: str) -> str:
    """All whitespace runs (newlines included) to one space: for text inside one HTML element,
    where source line breaks are not meaningful."""
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def node_text(selector) -> str:
    """The squashed text of a parsel selector (an element and everything under it)."""
    root = selector.root
    if hasattr(root, "itertext"):
        # What `::text` selects, straight from lxml: no CSS-to-XPath round trip per node.
        return squash(" ".join(root.itertext()))
    return squash(" ".join(selector.css("::text").getall()))


def paragraphs(texts: list[str]) -> str:
    """Join paragraph strings as clean text with blank lines between non-empty ones."""
    return "\n\n".join(p for p in (clean_text(t) for t in texts) if p)
