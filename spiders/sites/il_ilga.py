"""Illinois Compiled Statutes: ilga.gov act pages and the static per-section /ftp/ILCS/ files.

Act page: /Legislation/ILCS/Articles?ActID=N&ChapterID=N (or /legislation/ILCS/details?...)
          one table per section inside div.billtext-scale, text in code > font runs.
Static:   /ftp/ILCS/Ch%200775/Act%200050/077500500K5.html (one section per file).
Both print the same text lines: "(775 ILCS 50/5)", "Sec. 5. Catchline.", paragraphs,
"(Source: P.A. ...)". Parsing is anchored on that content, not on tags, because the raw markup
of neither shape was available as a capture (built from site_structures.md §2.5,
vvXranjan/state-statutes-mcp docs/research/illinois.md).
"""

from __future__ import annotations

import re

from scrapy.http import TextResponse

from spiders.sites.base import (
    PageFormatError,
    ParsedSection,
    SectionNotFound,
    StatuteAdapter,
    register,
    squash,
)

# "(775 ILCS 50/5)" optionally followed by "(from Ch. 38, par. 9-2)" or "(was ...)"; an act
# header reads "(775 ILCS 50/) Human Trafficking ... Act." (no section), so it is not a match.
_CITE = re.compile(
    r"^\((?P<ch>\d+)\s+ILCS\s+(?P<act>\d+(?:\.\d+)?)/(?P<sec>[\w.\-]+)\)(?:\s*\([^)]*\))*$"
)
_SEC = re.compile(r"^Sec\.\s*(?P<num>[\w\-]+(?:\.[\w\-]+)*)\.\s*(?P<rest>.*)$")
_SOURCE = re.compile(r"\s*(\(Source:.*\))\s*$")
# Catchline = text up to the first period that ends a word; some sections print none
# (their first sentence follows "Sec. N." directly), so long "catchlines" are body text.
_CATCHLINE = re.compile(r"^(?P<head>.{3,150}?[a-z0-9)\]\"”])\.(?:\s+(?P<body>\S.*))?$")
_BLOCKS = frozenset({"br", "p", "div", "table", "tr", "li", "h1", "h2", "h3", "h4", "center"})


def _lines(root) -> list[str]:
    """Text lines of an lxml element: block elements and <br> end a line; inline runs join.
    Source newlines are formatting, except inside <pre>."""
    parts: list[str] = []

    def add(text: str | None, pre: bool) -> None:
        if text:
            parts.append(text if pre else text.replace("\r", " ").replace("\n", " "))

    def walk(node, pre: bool) -> None:
        add(node.text, pre)
        for child in node:
            if isinstance(child.tag, str) and child.tag not in ("script", "style"):
                block = child.tag in _BLOCKS
                if block:
                    parts.append("\n")
                walk(child, pre or child.tag == "pre")
                if block:
                    parts.append("\n")
            add(child.tail, pre)

    walk(root, root.tag == "pre")
    return [line for line in (squash(x) for x in "".join(parts).split("\n")) if line]


@register
class IllinoisILCS(StatuteAdapter):
    name = "il_ilga"
    url_pattern = re.compile(
        r"ilga\.gov/(?:ftp/ILCS/Ch(?:%20| )\d{4}/Act(?:%20| )\d{4}/\d{9}K[\w.\-]+\.html?$"
        r"|legislation/ILCS/(?:Articles|details)\?[^#]*ActID=\d+)",
        re.I,
    )
    multi_section = True

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        container = response.css("div.billtext-scale")
        if container:
            lines = [line for div in container for line in _lines(div.root)]
            if not lines:
                raise SectionNotFound("empty div.billtext-scale (no such act)")
        else:
            body = response.css("body") or response.css(":root")
            lines = _lines(body[0].root) if body else []
        starts = [i for i, line in enumerate(lines) if _CITE.match(line)]
        if not starts:
            raise PageFormatError("no '(N ILCS N/N)' section cite line")
        sections = []
        for n, start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else len(lines)
            section = self._section(lines[start:end])
            if section:
                sections.append(section)
        if not sections:
            raise PageFormatError("no section with text after its heading")
        return sections

    def _section(self, lines: list[str]) -> ParsedSection | None:
        """One section's lines, from its cite line; None for "Sec. 20. (Repealed)." stubs."""
        cite = _CITE.match(lines[0])
        number, ch, act = cite["sec"], cite["ch"], cite["act"]
        where = f"{ch} ILCS {act}/{number}"
        sec_at = next((i for i, line in enumerate(lines) if _SEC.match(line)), None)
        if sec_at is None:
            raise PageFormatError(f"{where}: no 'Sec. {number}.' line")
        sec = _SEC.match(lines[sec_at])
        if sec["num"] != number:
            raise PageFormatError(f"{where}: heading reads Sec. {sec['num']}")
        # Dual-printed sections carry "(Text of Section after amendment by P.A. ...)" between
        # the cite and Sec. lines; keep it, or the two versions would be indistinguishable.
        notes = [line for line in lines[1:sec_at] if line.startswith("(Text of Section")]
        heading, first = None, sec["rest"]
        catch = _CATCHLINE.match(first)
        if catch:
            heading, first = catch["head"], catch["body"] or ""
        body = [*notes, first, *lines[sec_at + 1 :]]
        history = None
        # Everything after the Source note (article headings of the next part) is not text.
        for i, line in enumerate(body):
            found = _SOURCE.search(line) if "(Source:" in line else None
            if found:
                history = found.group(1)
                body = [*body[:i], line[: found.start()]]
                break
        text = "\n\n".join(p for p in (squash(x) for x in body) if p)
        if not text:
            return None
        return ParsedSection(
            section_number=number,
            text=text,
            code=f"{ch}ILCS{act}",
            citation=where,
            heading=heading,
            history=history,
        )
