"""Florida Statutes: Online Sunshine (leg.state.fl.us) and the flsenate.gov mirror.

URLs: leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute
          &URL=0700-0799/0787/Sections/0787.29.html  (range = chapter's hundred, zero-padded)
      flsenate.gov/Laws/Statutes/{year}/787.29  (mirror, same inner markup)
      flsenate.gov/Laws/Statutes/{year}/Chapter775/All  (a whole chapter: one div.Section each)
Section pages were built from documented structure (site_structures.md §2.3); the chapter page
is tested on a real capture (../shared/captures/fl-leg/florida_chapter775_all.html).
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

_NOT_FOUND = "The statute you have selected cannot be found"
_BLOCKS = frozenset({"div", "p", "br", "table", "tr", "li"})


def _block_paragraphs(root) -> list[str]:
    """Paragraph strings of an lxml element: each block element starts a new paragraph.

    Inline runs are concatenated without separators (cross-reference links sit inside
    sentences), except that a `span.Number` is followed by a space.
    """
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = squash("".join(buf))
        buf.clear()
        if text:
            out.append(text)

    def walk(node) -> None:
        if node.text:
            buf.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag not in ("script", "style"):
                block = child.tag in _BLOCKS
                if block:
                    flush()
                walk(child)
                if block:
                    flush()
                elif "Number" in (child.get("class") or "").split():
                    buf.append(" ")
            if child.tail:
                buf.append(child.tail)

    walk(root)
    flush()
    return out


@register
class FloridaStatutes(StatuteAdapter):
    name = "fl_leg"
    url_pattern = re.compile(
        r"(?:leg\.state\.fl\.us/statutes/index\.cfm\?(?=[^#]*App_mode=Display_Statute)"
        r"[^#]*URL=\d{4}-\d{4}/\d{4}/Sections/\d{4}\.\d+\.html"
        r"|flsenate\.gov/Laws/Statutes/\d{4}/\d+\.\d+/?$"
        r"|flsenate\.gov/Laws/Statutes/\d{4}/Chapter\d+[A-Z]?/All/?$)",
        re.I,
    )

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        # The statute is a second, complete HTML document nested in div#statutes; lxml
        # flattens the inner <html>/<body>, so only div.Section is trusted, never the chrome.
        blocks = response.css("div.Section")
        if not blocks:
            if _NOT_FOUND in response.text:
                raise SectionNotFound(_NOT_FOUND)
            raise PageFormatError("no div.Section (inside div#statutes)")
        return [self._section(block) for block in blocks]

    def _section(self, block) -> ParsedSection:
        # span.SectionNumber carries a trailing U+2003 em space.
        number = squash("".join(block.css("span.SectionNumber ::text").getall()))
        if not number:
            raise PageFormatError("div.Section has no span.SectionNumber")
        catch = block.css("span.Catchline span.CatchlineText") or block.css("span.Catchline")
        heading = squash("".join(catch[:1].css("::text").getall())).rstrip("—-. ") or None
        body = block.css("span.SectionBody")
        if not body:
            raise PageFormatError(f"§ {number}: no span.SectionBody")
        # Only SectionBody is text: div.History and div.Note are siblings and stay out.
        text = "\n\n".join(_block_paragraphs(body[0].root))
        if not text:
            raise PageFormatError(f"§ {number}: span.SectionBody is empty")
        history = squash("".join(block.css("div.History span.HistoryText ::text").getall()))
        return ParsedSection(
            section_number=number,
            text=text,
            code="FS",
            citation=f"Fla. Stat. § {number}",
            heading=heading,
            history=history or None,
        )
