"""Parsing of Attorney General newsrooms: feeds, WordPress JSON, Minnesota's yearly JS data files,
HTML listings and release pages.

Pure functions: a Scrapy response (live, replayed from a WARC archive, or built in a test) goes
in, dataclasses come out; nothing here knows about storage or the crawl. Per-office selectors come
from data/sources/ag_newsrooms.yml (`ListingConfig`, `DetailConfig`); without them the generic
rules below apply. A page that does not have what a release needs (a title and a body) raises
`PageFormatError` naming what was missing, never a half-empty record.

Dates are ISO `YYYY-MM-DD` strings, taken as printed on the page (no timezone conversion) and
only when a day is known: "December 2018" is `None`, never a guessed first of the month.
"""

from __future__ import annotations

import codecs
import html
import json
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urldefrag, urljoin

import chompjs
import dateparser
import trafilatura
from lxml import etree
from lxml import html as lxml_html
from parsel import Selector

from hotline_watch.registry_ag import DetailConfig, ListingConfig
from spiders.sites.base import PageFormatError, clean_text, squash

# Minnesota's pr{YYYY}.js `file` values are relative to this directory.
MN_COMMUNICATIONS = "https://www.ag.state.mn.us/Office/Communications/"


@dataclass
class ListingEntry:
    url: str  # absolute URL of a release page
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD when the listing/feed gives one
    body: str | None = None  # full text when a feed / wp-json carries it


@dataclass
class Listing:
    entries: list[ListingEntry]
    next_url: str | None = None  # next listing page, absolute


@dataclass
class ParsedRelease:
    url: str
    title: str
    published: str | None  # ISO date
    body: str  # clean text, paragraphs separated by blank lines


# -- dates ------------------------------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_US_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(\d{{4}})\b", re.I
)
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+(\d{{4}})\b", re.I
)
# Absolute dates only: "yesterday", "2 days ago" and bare timestamps are refused.
_DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "MDY",
    "PREFER_DATES_FROM": "past",
    "STRICT_PARSING": True,
}


def _iso(year: int, month: int, day: int) -> str | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _dates_in(text: str) -> list[tuple[int, str]]:
    """Every date written in `text` as (position, ISO date), in text order."""
    found: list[tuple[int, str]] = []
    for m in _ISO_DATE.finditer(text):
        found.append((m.start(), _iso(int(m[1]), int(m[2]), int(m[3]))))
    for m in _US_NUMERIC.finditer(text):
        found.append((m.start(), _iso(int(m[3]), int(m[1]), int(m[2]))))
    for m in _MONTH_DAY_YEAR.finditer(text):
        found.append((m.start(), _iso(int(m[3]), _month_number(m[1]), int(m[2]))))
    for m in _DAY_MONTH_YEAR.finditer(text):
        found.append((m.start(), _iso(int(m[3]), _month_number(m[2]), int(m[1]))))
    return sorted((pos, iso) for pos, iso in found if iso)


def parse_date(text: str | None) -> str | None:
    """The first absolute date in `text` as ISO `YYYY-MM-DD`, else None.

    Handles "February 11, 2026", "Feb. 11th 2026", "11 Feb 2026" (RSS pubDate), "2/11/2026",
    "02/11/2026" (US order) and ISO dates/datetimes (the date part as written, no timezone
    shift); other short strings go to dateparser, restricted to absolute dates with a day.
    """
    if not text:
        return None
    text = squash(text)
    found = _dates_in(text)
    if found:
        return found[0][1]
    if len(text) > 40 or not re.search(r"\d", text):
        return None
    parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return _iso(parsed.year, parsed.month, parsed.day) if parsed else None


_URL_YMD = re.compile(r"/(\d{4})/(\d{1,2})/(\d{1,2})(?=[/_.\-]|$)")
_URL_ISO = re.compile(r"/(\d{4})-(\d{2})-(\d{2})(?=[/_.\-]|$)")
_URL_MONTH = re.compile(
    r"/(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"-(\d{4})(?=/|$)",
    re.I,
)


def date_from_url(url: str) -> tuple[str | None, str | None]:
    """(ISO date, "YYYY-MM") from a release URL: `/2018/10/16_Slug.asp`, `/2026-02-11/slug`
    give a date; `/February-2026/slug` (Ohio) gives only the month."""
    path = urldefrag(url)[0]
    for pattern in (_URL_YMD, _URL_ISO):
        m = pattern.search(path)
        if m:
            iso = _iso(int(m[1]), int(m[2]), int(m[3]))
            if iso:
                return iso, iso[:7]
    m = _URL_MONTH.search(path)
    if m:
        return None, f"{int(m[2]):04d}-{_month_number(m[1]):02d}"
    return None, None


# -- decoding ---------------------------------------------------------------------------------

# Characters that cp1252 or latin-1 decode the bytes 0x80-0xBF to: the continuation bytes of
# UTF-8 text that was decoded with the wrong single-byte charset (and then stored as UTF-8).
_CONTINUATION = sorted(
    {bytes([b]).decode("latin-1") for b in range(0x80, 0xC0)}
    | {bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0)} - {""}
)
_CONT = "[" + "".join(re.escape(c) for c in _CONTINUATION) + "]"
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}"
)


def _unmangle(match: re.Match[str]) -> str:
    raw = bytearray()
    for ch in match.group():
        code = ord(ch)
        if code < 256:
            raw.append(code)
        else:
            raw.extend(ch.encode("cp1252"))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 that was decoded as latin-1/cp1252 ("â€™", "Â " -> "’", NBSP).

    Sequence by sequence, so proper characters on the same page are left untouched (Minnesota's
    cached releases have mangled dashes and no-break spaces next to proper `&rsquo;` entities).
    """
    return _MOJIBAKE.sub(_unmangle, text)


def _codec(name: str | None) -> str:
    try:
        return codecs.lookup(name or "").name
    except LookupError:
        return ""


def decoded_text(response) -> str:
    """The response body as text, decoded right even when the site declares the wrong charset.

    Scrapy's choice (Content-Type header, BOM, `<meta charset>`) is checked against the bytes:
    a page declared UTF-8 that is not valid UTF-8 is read as windows-1252, a page declared
    windows-1252/latin-1 whose bytes are valid multi-byte UTF-8 is read as UTF-8, and UTF-8 that
    was mangled before it was stored is repaired (`fix_mojibake`).
    """
    body: bytes = response.body
    declared = _codec(getattr(response, "encoding", None))
    text: str | None = None
    if declared == "utf-8" or not declared:
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError:  # not UTF-8, whatever the label says: the old Windows charset
            text = body.decode("cp1252", errors="replace")
    elif declared in ("cp1252", "iso8859-1", "ascii") and re.search(rb"[\x80-\xff]", body):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            text = None
    if text is None:
        text = response.text
    return fix_mojibake(text)


# -- HTML to text -----------------------------------------------------------------------------

# Private-use markers, turned into blank lines / line breaks at the end. Two or more <br> in a
# row separate paragraphs (sites that write one <p> with <br><br> between paragraphs).
_PARA = "\ue000"
_LINE = "\ue001"
_BR = "\ue002"
_PARAGRAPH_TAGS = frozenset(
    "p div section article main aside header footer nav h1 h2 h3 h4 h5 h6 ul ol dl table "
    "thead tbody tfoot blockquote pre figure figcaption hr address form fieldset details "
    "summary center".split()
)
_LINE_TAGS = frozenset("li tr dt dd".split())
_CELL_TAGS = frozenset(("td", "th"))
# Never text: code, media, form controls, document metadata.
_NEVER_TEXT = frozenset(
    "script style noscript template iframe frame frameset svg math canvas object embed applet "
    "video audio map area button input select textarea option optgroup datalist head title "
    "meta link base".split()
)
# Page chrome inside a release body.
_CHROME_TAGS = frozenset(("nav", "footer", "header", "aside", "form", "dialog"))
_CHROME_CLASS = re.compile(
    r"(?<![a-z])(?:share|sharing|social|addthis|a2a|breadcrumbs?|sr-only|visually-hidden"
    r"|element-invisible|screen-reader-text|skip-link|print-link)(?![a-z])",
    re.I,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _is_dropped(el, drop_chrome: bool) -> bool:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in _NEVER_TEXT:
        return True
    if el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""):
        return True
    if not drop_chrome:
        return False
    if tag in _CHROME_TAGS:
        return True
    return bool(_CHROME_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


def _walk(el, out: list[str], drop_chrome: bool, root: bool = False) -> None:
    if not isinstance(el.tag, str):  # comment or processing instruction: skip, keep the tail
        out.append(el.tail or "")
        return
    if not root and _is_dropped(el, drop_chrome):
        out.append(el.tail or "")
        return
    tag = el.tag.lower()
    if tag == "br":
        out.append(_BR)
        out.append(el.tail or "")
        return
    mark = _PARA if tag in _PARAGRAPH_TAGS else _LINE if tag in _LINE_TAGS else ""
    if tag in _CELL_TAGS:
        mark = " "
    out.append(mark)
    out.append(el.text or "")
    for child in el:
        _walk(child, out, drop_chrome)
    out.append(mark)
    out.append(el.tail or "")


def element_text(el, drop_chrome: bool = True) -> str:
    """Clean text of an lxml element: paragraphs separated by blank lines, list items and `<br>`
    on their own lines; scripts, styles, form controls (and with `drop_chrome`, navigation,
    footers, share buttons) inside it left out. The element's own tail is not included."""
    if not isinstance(el.tag, str):
        return ""
    out: list[str] = []
    tail, el.tail = el.tail, None
    try:
        _walk(el, out, drop_chrome, root=True)
    finally:
        el.tail = tail
    text = "".join(out)
    text = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(rf"{_BR}(?: *{_BR})+", _PARA, text)
    text = re.sub(rf" *[{_LINE}{_BR}][ {_LINE}{_BR}]*", "\n", text)
    text = re.sub(rf"[ \n]*{_PARA}[ \n{_PARA}]*", "\n\n", text)
    return clean_text(text)


def fragment_text(markup: str | None) -> str:
    """Clean text of an HTML fragment (feed content, wp-json `rendered` fields, JS data)."""
    if not markup or not markup.strip():
        return ""
    if "<" not in markup:
        return clean_text(html.unescape(markup).replace("\u00ad", ""))
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_text(html.unescape(markup))
    return element_text(root)


def _sel_text(sel, drop_chrome: bool = True) -> str:
    """Text of one parsel match: a string for ::text / ::attr() selectors, else element text."""
    root = sel.root
    if isinstance(root, str):
        return clean_text(root.replace("\u00ad", ""))
    return element_text(root, drop_chrome)


def _texts(scope, css: str | None, drop_chrome: bool = True) -> list[str]:
    if not css:
        return []
    return [t for t in (_sel_text(s, drop_chrome) for s in scope.css(css)) if t]


def _selector(response) -> Selector:
    return Selector(text=decoded_text(response), type="html", base_url=response.url)


def _absolute(response, href: str | None) -> str | None:
    """An absolute http(s) URL without fragment, or None for javascript:, mailto:, '#'."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    try:
        url = response.urljoin(href)
    except (AttributeError, ValueError):
        url = urljoin(response.url, href)
    url = urldefrag(url)[0]
    return url if re.match(r"^https?://", url, re.I) else None


class _Entries:
    """Entries deduplicated by URL in first-seen order; later sightings fill missing fields."""

    def __init__(self) -> None:
        self.by_url: dict[str, ListingEntry] = {}

    def add(self, entry: ListingEntry) -> None:
        seen = self.by_url.get(entry.url)
        if seen is None:
            self.by_url[entry.url] = entry
            return
        seen.title = seen.title or entry.title
        seen.published = seen.published or entry.published
        seen.body = seen.body or entry.body

    def listing(self, next_url: str | None = None) -> Listing:
        return Listing(list(self.by_url.values()), next_url)


# -- feeds ------------------------------------------------------------------------------------


def _local(el) -> str:
    return etree.QName(el).localname.lower() if isinstance(el.tag, str) else ""


def _children(el, name: str) -> list:
    return [c for c in el if _local(c) == name]


def _child_text(el, *names: str) -> str:
    for name in names:
        for child in _children(el, name):
            if (child.text or "").strip():
                return child.text.strip()
    return ""


def _feed_text(el) -> str:
    """Text of a title/content element: HTML when escaped in the feed, XHTML when embedded."""
    if el is None:
        return ""
    if el.get("type") == "xhtml" and len(el):
        markup = "".join(etree.tostring(c, encoding="unicode") for c in el)
        return fragment_text(markup)
    return fragment_text(el.text or "")


def _next_link(el) -> str | None:
    for link in _children(el, "link"):
        if link.get("rel") == "next" and link.get("href"):
            return link.get("href")
    return None


def parse_feed(response) -> Listing:
    """An RSS 2.0, RSS 1.0 or Atom feed: one entry per item with link, title, date and, when
    the feed carries the full text (`content:encoded`, Atom `content`), the body."""
    body = response.body.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not body:
        raise PageFormatError("feed: empty response")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise PageFormatError(f"feed: not well-formed XML: {exc}") from exc
    kind = _local(root)
    if kind == "rss":
        channel = next(iter(_children(root, "channel")), None)
        if channel is None:
            raise PageFormatError("feed: RSS document without a <channel>")
        items, container = _children(channel, "item"), channel
    elif kind == "rdf":
        items, container = _children(root, "item"), next(iter(_children(root, "channel")), root)
    elif kind == "feed":
        items, container = _children(root, "entry"), root
    else:
        raise PageFormatError(f"feed: not an RSS or Atom feed (root element <{kind}>)")
    entries = _Entries()
    for item in items:
        if kind == "feed":
            url = _atom_link(item)
            published = parse_date(_child_text(item, "published", "updated"))
            content = next(iter(_children(item, "content")), None)
        else:
            url = _rss_link(item)
            published = parse_date(_child_text(item, "pubdate", "date", "published"))
            content = next(iter(_children(item, "encoded")), None)
        url = _absolute(response, url)
        if not url:
            continue
        title = squash(_feed_text(next(iter(_children(item, "title")), None))) or None
        entries.add(ListingEntry(url, title, published, _feed_text(content) or None))
    return entries.listing(_absolute(response, _next_link(container)))


def _rss_link(item) -> str | None:
    for link in _children(item, "link"):
        if etree.QName(link).namespace is None and (link.text or "").strip():
            return link.text.strip()
    for guid in _children(item, "guid"):
        if guid.get("isPermaLink", "true") != "false" and (guid.text or "").strip():
            return guid.text.strip()
    about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    return about or _atom_link(item)


def _atom_link(entry) -> str | None:
    links = [link for link in _children(entry, "link") if link.get("href")]
    for link in links:
        if link.get("rel") in (None, "alternate") and link.get("type") in (None, "text/html"):
            return link.get("href")
    for link in links:
        if link.get("rel") in (None, "alternate"):
            return link.get("href")
    return None


def discover_feeds(response) -> list[str]:
    """Feed URLs a page advertises: `<link rel=alternate>` RSS/Atom in the head, then links
    whose last path segment mentions RSS or that end in `/feed` or `.xml` (absolute, without a
    redundant :443, deduplicated)."""
    sel = _selector(response)
    hrefs = sel.css(
        'link[rel~="alternate"][type="application/rss+xml"]::attr(href), '
        'link[rel~="alternate"][type="application/atom+xml"]::attr(href)'
    ).getall()
    for href in sel.css("a::attr(href)").getall():
        path = urldefrag(href)[0].split("?")[0].rstrip("/").lower()
        last = path.rsplit("/", 1)[-1]
        if "rss" in last or path.endswith(("/feed", ".xml")) or "format=feed" in href:
            hrefs.append(href)
    seen: dict[str, None] = {}
    for href in hrefs:
        url = _absolute(response, href)
        if url:
            seen.setdefault(url.replace(":443/", "/", 1) if url.startswith("https") else url)
    return list(seen)


# -- WordPress REST API -----------------------------------------------------------------------


def _rendered(value) -> str:
    if isinstance(value, dict):
        value = value.get("rendered")
    return value if isinstance(value, str) else ""


def parse_wp_json(response) -> Listing:
    """A WordPress `/wp-json/wp/v2/posts` page: `link`, `title.rendered`, `date` (site-local,
    ISO) and `content.rendered` (as clean text) of each post."""
    try:
        data = json.loads(response.body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PageFormatError(f"wp-json: not valid JSON: {exc}") from exc
    if isinstance(data, dict):
        if "code" in data:
            raise PageFormatError(f"wp-json: API error {data['code']}: {data.get('message', '')}")
        raise PageFormatError("wp-json: expected a list of posts, got an object")
    if not isinstance(data, list):
        raise PageFormatError(f"wp-json: expected a list of posts, got {type(data).__name__}")
    entries = _Entries()
    for index, post in enumerate(data):
        if not isinstance(post, dict):
            raise PageFormatError(f"wp-json: post {index} is not an object")
        url = _absolute(response, post.get("link") if isinstance(post.get("link"), str) else None)
        if not url:
            continue
        title = squash(fragment_text(_rendered(post.get("title")))) or None
        published = parse_date(post.get("date") if isinstance(post.get("date"), str) else None)
        body = fragment_text(_rendered(post.get("content"))) or None
        entries.add(ListingEntry(url, title, published, body))
    return entries.listing()


# -- Minnesota's yearly JS data files ---------------------------------------------------------


def parse_js_data(response) -> Listing:
    """Minnesota's `pr{YYYY}.js`: `var prYYYY = [{date, file, title, lede}, ...]`, a JS literal
    with unquoted keys, single quotes and trailing commas (read with chompjs, never executed).

    `file` is relative to /Office/Communications/ (PDFs included: the registry's release pattern
    decides what is fetched). Dates are irregular: "January 19 2022" and "October 16, 2018" give
    ISO dates, a month alone ("December 2018") gives None.
    """
    text = decoded_text(response)
    if not text.strip():
        raise PageFormatError("js data: empty file")
    try:
        data = chompjs.parse_js_object(text)
    except ValueError as exc:
        raise PageFormatError(f"js data: no JavaScript array literal could be read: {exc}") from exc
    if not isinstance(data, list):
        raise PageFormatError(f"js data: expected an array of releases, got {type(data).__name__}")
    if "/_scripts/" in response.url.lower():
        base = urljoin(response.url, "../")
    else:
        base = MN_COMMUNICATIONS
    entries = _Entries()
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            raise PageFormatError(f"js data: entry {index} is not an object")
        file = item.get("file")
        if not isinstance(file, str) or not file.strip():
            continue
        url = urldefrag(urljoin(base, file.strip()))[0]
        title = squash(fragment_text(str(item.get("title") or ""))) or None
        entries.add(ListingEntry(url, title, parse_date(str(item.get("date") or ""))))
    return entries.listing()


# -- HTML listings ----------------------------------------------------------------------------


def parse_listing(response, cfg: ListingConfig) -> Listing:
    """An HTML listing page: one entry per row (`cfg.item`; without it each `cfg.link` match is
    its own row), the release link `cfg.link` inside it, title from `cfg.title` (default: the
    link text) and date from `cfg.date` (text or ::attr() selectors). A row without a link is
    skipped; a row without a date is kept with `published=None`. URLs are absolute and
    deduplicated in page order; `next_url` comes from `cfg.next`."""
    sel = _selector(response)
    rows = sel.css(cfg.item) if cfg.item else sel.css(cfg.link)
    entries = _Entries()
    for row in rows:
        if cfg.item:
            links = row.css(cfg.link)
            if not links:
                continue
            link = links[0]
        else:
            link = row
        if isinstance(link.root, str):  # an ::attr(href) selector
            href = link.root
        else:
            href = link.attrib.get("href") or link.css("a::attr(href)").get()
        url = _absolute(response, href)
        if not url:
            continue
        titles = _texts(row, cfg.title) if cfg.title else []
        title = squash(titles[0] if titles else _sel_text(link)) or None
        if isinstance(link.root, str) and not cfg.title:
            title = None
        published = next((d for d in map(parse_date, _texts(row, cfg.date)) if d), None)
        entries.add(ListingEntry(url, title, published))
    next_url = None
    if cfg.next:
        for candidate in sel.css(cfg.next):
            root = candidate.root
            href = root if isinstance(root, str) else candidate.attrib.get("href")
            next_url = _absolute(response, href)
            if next_url:
                break
    if next_url == urldefrag(response.url)[0]:
        next_url = None
    return entries.listing(next_url)


# -- release pages ----------------------------------------------------------------------------

_SITE_WORDS = re.compile(
    r"\b(?:attorneys?\s+general|department\s+of\s+(?:justice|law)|dept\.?\s+of\s+justice"
    r"|doj|oag|ago|state\s+of|commonwealth\s+of|official\s+(?:web\s*)?site|[a-z]+\.gov)\b",
    re.I,
)
_SECTION_WORDS = re.compile(
    r"^(?:media|news(?:room)?|press(?:\s+releases?)?|news\s+releases?|home)$", re.I
)
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||::|»|•|·|:|-|–|—)\s+")


def clean_title(text: str, from_title_tag: bool = False) -> str:
    """Squash whitespace, drop soft hyphens and site suffixes.

    " | Office of the Attorney General" style suffixes are removed from any title; suffixes
    after a dash (" - Texas Attorney General", " – PA Office of Attorney General") only from
    the `<title>` element, where sites put them, since a dash also occurs inside real titles.
    """
    title = squash(text)
    while True:
        parts = list(_TITLE_SEPARATOR.finditer(title))
        if not parts:
            return title
        last = parts[-1]
        head, suffix, separator = title[: last.start()], title[last.end() :], last.group().strip()
        if len(head) < 10 or len(suffix) > 70:
            return title
        if separator != "|" and not from_title_tag:
            return title
        if not (_SITE_WORDS.search(suffix) or _SECTION_WORDS.match(suffix)):
            return title
        title = head.strip()


def _first_title(sel: Selector, css: str) -> str:
    for match in sel.css(css):
        root = match.root
        from_tag = not isinstance(root, str) and str(root.tag).lower() == "title"
        title = clean_title(_sel_text(match), from_title_tag=from_tag)
        if title:
            return title
    return ""


def _detail_title(sel: Selector, cfg: DetailConfig, page_html: str) -> str:
    if cfg.title:
        title = _first_title(sel, cfg.title)
        if title:
            return title
    og_title = sel.css('meta[property="og:title"]::attr(content)').get()
    if og_title and clean_title(og_title, from_title_tag=True):
        return clean_title(og_title, from_title_tag=True)
    for css in ("title", "h1"):
        title = _first_title(sel, css)
        if title:
            return title
    meta = trafilatura.extract_metadata(page_html)
    return clean_title(meta.title, from_title_tag=True) if meta and meta.title else ""


def _generic_body(page_html: str, url: str) -> str:
    extracted = trafilatura.extract(
        page_html, url=url, favor_precision=True, include_comments=False, include_tables=True
    )
    if not extracted:
        return ""
    return clean_text("\n\n".join(line for line in extracted.splitlines() if line.strip()))


def _detail_body(sel: Selector, cfg: DetailConfig, page_html: str, url: str) -> str:
    if cfg.body:
        paragraphs = _texts(sel, cfg.body)
        if paragraphs:
            return clean_text("\n\n".join(paragraphs))
    return _generic_body(page_html, url)


def _drop_leading_title(body: str, title: str) -> str:
    """Many pages repeat the headline as the first paragraph (or line) of the article."""
    first, _, rest = body.partition("\n")
    if squash(first).casefold() == title.casefold():
        return rest.strip()
    return body


def _page_text(sel: Selector) -> str:
    body = sel.css("body")
    root = body[0].root if body else sel.root
    return squash(element_text(root, drop_chrome=False))


def _text_date(sel: Selector, title: str, body: str, month: str | None) -> str | None:
    """The first date near the headline, then at the top of the body. When the URL names the
    month (Ohio's /February-2026/), only a date in that month counts."""
    candidates: list[str] = []
    page = _page_text(sel)
    at = page.casefold().find(title.casefold()) if title else -1
    if at >= 0:
        window = page[max(0, at - 300) : at + len(title) + 600]
        candidates += [iso for _, iso in _dates_in(window)]
    candidates += [iso for _, iso in _dates_in(squash(body)[:600])]
    if month:
        candidates = [iso for iso in candidates if iso.startswith(month)]
    return candidates[0] if candidates else None


def _detail_date(
    sel: Selector, cfg: DetailConfig, hint: ListingEntry | None, url: str, title: str, body: str
) -> str | None:
    if cfg.date:
        for text in _texts(sel, cfg.date, drop_chrome=False):
            found = parse_date(text)
            if found:
                return found
    for css in (
        "time::attr(datetime)",
        'meta[property="article:published_time"]::attr(content)',
        'meta[name="article:published_time"]::attr(content)',
    ):
        for value in sel.css(css).getall():
            found = parse_date(value)
            if found:
                return found
    if hint is not None and hint.published:
        return hint.published
    from_url, month = date_from_url(url)
    if from_url:
        return from_url
    return _text_date(sel, title, body, month)


def parse_detail(response, cfg: DetailConfig, hint: ListingEntry | None = None) -> ParsedRelease:
    """A release page: the configured selectors first, then generic article extraction.

    Title: `cfg.title`, og:title, `<title>`, `<h1>`, trafilatura's metadata (site suffixes and
    soft hyphens removed). Date, first found: `cfg.date`, `time[datetime]`,
    `article:published_time`, the listing row (`hint.published`), the URL, the text near the
    headline. Body: `cfg.body` (every match, in order), else trafilatura; scripts, styles,
    navigation, footers and share buttons never reach it. Raises PageFormatError when the title
    or the body is missing.
    """
    page_html = decoded_text(response)
    sel = Selector(text=page_html, type="html", base_url=response.url)
    url = response.url
    title = _detail_title(sel, cfg, page_html)
    body = _detail_body(sel, cfg, page_html, url)
    if title and body:
        body = _drop_leading_title(body, title)
    missing = [name for name, value in (("title", title), ("body", body)) if not value]
    if missing:
        raise PageFormatError(f"release page {url}: no {' and no '.join(missing)} found")
    published = _detail_date(sel, cfg, hint, url, title, body)
    return ParsedRelease(url=url, title=title, published=published, body=body)
