"""Kentucky Revised Statutes: apps.legislature.ky.gov, HTML lists leading to one PDF per section.

URLs: https://apps.legislature.ky.gov/LAW/STATUTES/              every title and chapter
      https://apps.legislature.ky.gov/LAW/STATUTES/chapter.aspx?id={opaque}   a chapter's list
      https://apps.legislature.ky.gov/LAW/STATUTES/statute.aspx?id={opaque}   a section (PDF)

Section and chapter ids are opaque, so the registry names the statutes index and the section
number; the crawl follows index -> chapter list -> the section's PDF, and the section is stored
under its own official statute.aspx URL. The chapter list is tested on a real capture
(../shared/captures/ky-lrc/ky_chapter205.html); the index and PDF layouts are from the
documentation of live captures (vvXranjan/state-statutes-mcp docs/research/kentucky.md):
the PDF's text begins "{number}   {catchline}", then the law, then "Effective: ..." and
"History: ..." lines. A bad id answers 200 with the index (chapter) or an HTML page (section).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from scrapy.http import Response

from hotline_watch.pdf import PdfTextError, extract_pdf_text, is_pdf
from spiders.sites.base import (
    FollowRequest,
    ListingPage,
    PageFormatError,
    ParsedSection,
    SectionNotFound,
    StatuteAdapter,
    register,
    squash,
)

_CHAPTER_TITLE = re.compile(r"^KRS Chapter (?P<chapter>\d+[A-Z]?)$")
_CHAPTER_LINK = re.compile(r"^CHAPTER (?P<chapter>\d+[A-Z]?)\b")
_ROW = re.compile(r"^\.(?P<local>\d+[A-Za-z0-9-]*)\s+(?P<catchline>.*)$")
_VERSION = re.compile(r"\(Effective (?P<until>until )?[^)]*\)\s*$")
_FIRST_LINE = re.compile(r"^(?P<number>\d+[A-Z]?\.\d+[A-Za-z0-9-]*)\s+(?P<rest>.*)$")
# A new paragraph: "(1)", "(a)", "1.", "a." at the start of a line.
_PARAGRAPH_START = re.compile(r"^(?:\(\d+[a-z]?\)|\([a-z]{1,4}\)|\d+\.\s|[a-z]\.\s)")
_HISTORY_START = re.compile(r"^(?:Effective|History|Catchline at repeal|Note):")
_PAGE_FURNITURE = re.compile(r"^(?:Page \d+ of \d+|\d+)$")


def _chapter_of(section: str) -> str:
    return section.split(".", 1)[0]


@register
class KentuckyKRS(StatuteAdapter):
    name = "ky_krs"
    url_pattern = re.compile(
        r"apps\.legislature\.ky\.gov/law/statutes/"
        r"(?:index\.aspx)?(?:chapter\.aspx\?id=\d+|statute\.aspx\?id=\d+)?$",
        re.I,
    )
    binary = True

    def parse(self, response: Response) -> list[ParsedSection]:
        if is_pdf(response.body):
            return [self._section(response)]
        text = response.body.decode(getattr(response, "encoding", None) or "utf-8", "replace")
        if "statute.aspx" in response.url.lower():
            raise SectionNotFound(
                "the statute id does not resolve: the site answered with an HTML page, "
                "not the section's PDF"
            )
        page = response.replace(cls=_html_class(), body=text.encode("utf-8"), encoding="utf-8")
        title = squash(" ".join(page.css("#Banner1_lblPageTitle ::text").getall()))
        chapter = _CHAPTER_TITLE.match(title)
        if chapter:
            self._chapter_list(page, chapter["chapter"])
        if page.css("a.chapter"):
            self._index(page)
        raise PageFormatError(
            "neither a KRS chapter list (#Banner1_lblPageTitle 'KRS Chapter N'), the statutes "
            "index (a.chapter links) nor a section PDF"
        )

    def _index(self, page) -> None:
        chapters: dict[str, str] = {}
        for link in page.css("a.chapter"):
            found = _CHAPTER_LINK.match(squash(" ".join(link.css("::text").getall())))
            href = link.attrib.get("href")
            if found and href:
                chapters.setdefault(found["chapter"], urljoin(page.url, href))

        def pick(section: str | None) -> FollowRequest | None:
            url = chapters.get(_chapter_of(section)) if section else None
            return FollowRequest(url) if url else None

        raise ListingPage(f"KRS index: {len(chapters)} chapters listed", pick)

    def _chapter_list(self, page, chapter: str) -> None:
        rows: dict[str, tuple[str, bool]] = {}  # number -> (url, is a future version)
        for link in page.css("a.statute"):
            found = _ROW.match(squash(" ".join(link.css("::text").getall())))
            href = link.attrib.get("href")
            if not (found and href):
                continue
            number = f"{chapter}.{found['local']}"
            version = _VERSION.search(found["catchline"])
            future = bool(version and not version["until"])
            # A section listed twice is two dated versions: the one in force now ("Effective
            # until ...", or undated) wins over the one that takes effect later.
            if number not in rows or (rows[number][1] and not future):
                rows[number] = (urljoin(page.url, href), future)

        def pick(section: str | None) -> FollowRequest | None:
            if not section or _chapter_of(section) != chapter or section not in rows:
                return None
            return FollowRequest(rows[section][0])

        raise ListingPage(f"KRS Chapter {chapter}: {len(rows)} sections listed, each a PDF", pick)

    def _section(self, response: Response) -> ParsedSection:
        try:
            raw = extract_pdf_text(response.body, source=response.url)
        except PdfTextError as exc:
            raise PageFormatError(str(exc)) from None
        lines = [squash(line) for line in raw.splitlines()]
        lines = [line for line in lines if line and not _PAGE_FURNITURE.match(line)]
        first = _FIRST_LINE.match(lines[0]) if lines else None
        if not first:
            raise PageFormatError(
                f"the PDF does not begin with a KRS section number: {lines[0][:60]!r}"
                if lines
                else "the PDF has no text lines"
            )
        number, heading = first["number"], first["rest"]
        rest = lines[1:]
        # A long catchline wraps; it ends at the first line ending with a period.
        while rest and not heading.endswith(".") and not _PARAGRAPH_START.match(rest[0]):
            heading += " " + rest.pop(0)
        body: list[str] = []
        history: list[str] = []
        for line in rest:
            if history or _HISTORY_START.match(line):
                if _HISTORY_START.match(line) or not history:
                    history.append(line)
                else:
                    history[-1] += " " + line
            elif not body or _PARAGRAPH_START.match(line):
                body.append(line)
            else:
                body[-1] += " " + line
        heading = heading.rstrip(".").strip()
        text = "\n\n".join(body)
        if not text:
            # "205.020   Repealed, 1950.": the status line is the section's whole text.
            text, heading = heading + ".", None
        return ParsedSection(
            section_number=number,
            text=text,
            code="KRS",
            citation=f"KRS {number}",
            heading=heading or None,
            history="\n".join(history) or None,
        )


def _html_class():
    from scrapy.http import HtmlResponse

    return HtmlResponse
