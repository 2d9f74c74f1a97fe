"""Site change lists: one request that says which of many pages changed.

Some statute sites publish, besides the pages, a list of them with each one's modification
time and size. Hawaii's capitol.hawaii.gov is a plain IIS directory tree: every chapter
directory answers with an IIS auto-listing ("Wednesday, December 21, 2016  2:50 PM  6949
<A HREF=...>HRS_0371-0020.htm</A>"), so one listing request revalidates a whole chapter.

A site family says which kind of change list it has with one class attribute of its adapter
(`change_list = "iis_directory"`, spiders/sites/base.py); the statute spider does the rest.
A listing that cannot be read raises ListingError naming its URL: the spider then fetches that
listing's pages one by one, as without a change list.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import unquote, urljoin, urlsplit


class ListingError(ValueError):
    """A change list that cannot be used (the message names its URL and why)."""


@dataclass(frozen=True)
class Listed:
    """What a change list says of one page: its modification time (as the site shows it, ISO
    8601 without a zone: IIS lists server-local time) and its size in bytes."""

    modified: str
    size: int


def page_key(url: str) -> str:
    """How a page is matched with its listing entry: the unquoted path, lower-cased (IIS paths
    are case-insensitive; the host is the listing's own)."""
    return unquote(urlsplit(url).path).lower()


def directory_of(url: str) -> str:
    """The listing URL of a page on a directory tree: its directory, with the trailing slash."""
    parts = urlsplit(url)
    path = parts.path.rsplit("/", 1)[0] + "/"
    return f"{parts.scheme}://{parts.netloc}{path}"


# " Wednesday, December 21, 2016  2:50 PM        11271 <A HREF="/x/HRS_0371-.htm">" (IIS 7+ in
# its default long-date form) or "12/21/2016  2:50 PM  11271 <A HREF=...>" (short dates);
# sub-directories show "&lt;dir&gt;" instead of a size.
_IIS_ENTRY = re.compile(
    r"(?P<date>(?:[A-Za-z]+,\s+)?[A-Za-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})\s+"
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M)\s+"
    r"(?P<size>\d+|&lt;dir&gt;|<dir>)\s+"
    r"<a\s+href=\"(?P<href>[^\"]+)\"",
    re.I,
)
_CHALLENGE = ("Just a moment", "challenge-platform", "cf-chl-")


@functools.lru_cache(maxsize=4096)  # a chapter's files mostly share one time
def _iis_time(date: str, time: str) -> str:
    date = re.sub(r"\s+", " ", date.strip())
    time = re.sub(r"\s+", " ", time.strip()).upper().replace("AM", " AM").replace("PM", " PM")
    time = re.sub(r"\s+", " ", time)
    if "," in date.split(" ", 1)[0]:  # "Wednesday, December 21, 2016": the weekday is noise
        date = date.split(" ", 1)[1]
    clock = "%I:%M:%S %p" if time.count(":") == 2 else "%I:%M %p"
    for day in ("%B %d, %Y", "%m/%d/%Y"):
        try:
            return datetime.strptime(f"{date} {time}", f"{day} {clock}").isoformat()
        except ValueError:
            continue
    raise ValueError(f"unreadable date {date!r} {time!r}")


def parse_iis_listing(body: bytes | str, url: str) -> dict[str, Listed]:
    """The files of an IIS auto directory listing: page_key(file URL) -> Listed.

    Raises ListingError (naming `url`) for a Cloudflare challenge page, an entry whose date
    cannot be read, or a page with no file entries at all."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if any(sign in text for sign in _CHALLENGE):
        raise ListingError(f"{url}: a Cloudflare challenge page, not a directory listing")
    found: dict[str, Listed] = {}
    for entry in _IIS_ENTRY.finditer(text):
        size = entry["size"]
        if not size.isdigit():
            continue  # a sub-directory
        try:
            modified = _iis_time(entry["date"], entry["time"])
        except ValueError as exc:
            raise ListingError(f"{url}: {exc}") from None
        found[page_key(urljoin(url, entry["href"]))] = Listed(modified, int(size))
    if not found:
        raise ListingError(f"{url}: no file entries (not an IIS directory listing?)")
    return found


@dataclass(frozen=True)
class ChangeListKind:
    """A kind of change list: where a page's listing is, and how to read one."""

    name: str
    listing_url: Callable[[str], str]
    parse: Callable[[bytes | str, str], dict[str, Listed]]


#: Kinds by the name adapters give in `change_list`.
KINDS: dict[str, ChangeListKind] = {
    "iis_directory": ChangeListKind("iis_directory", directory_of, parse_iis_listing),
}


def render_iis_listing(directory: str, entries: list[tuple[str, int, int]]) -> str:
    """An IIS-style listing of `directory` (a path ending in "/") for (name, mtime epoch
    seconds, size) entries, as capitol.hawaii.gov serves them: for tests and the benchmark."""
    title = f"www.capitol.hawaii.gov - {directory}"
    parent = directory.rstrip("/").rsplit("/", 1)[0] + "/"
    rows = []
    for name, mtime, size in entries:
        when = datetime.fromtimestamp(mtime, UTC)
        stamp = when.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " ")
        rows.append(f' {stamp} {size:>12} <A HREF="{directory}{name}">{name}</A><br>')
    return (
        '<html><head><META http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f"<title>{title}</title></head><body><H1>{title}</H1><hr>\n\n"
        f'<pre><A HREF="{parent}">[To Parent Directory]</A><br><br>'
        + "".join(rows)
        + "</pre><hr></body></html>"
    )
