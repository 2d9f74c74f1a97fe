"""Nevada Revised Statutes: leg.state.nv.us, one Word-exported (windows-1252) file per chapter.

URL: https://www.leg.state.nv.us/NRS/NRS-{NNN}[A].html  (sections at #NRS{NNN}Sec{SSS})
"""

from __future__ import annotations

import re

from parsel import Selector
from scrapy.http import TextResponse

from spiders.sites.base import (
    PageFormatError,
    ParsedSection,
    StatuteAdapter,
    register,
    squash,
)

# The "flush language" marker is a Wingdings 3 glyph typed as "Ê": decoded, it would read as
# a stray letter, so it becomes the arrowhead the font draws.
_WINGDINGS = re.compile(r"<span[^>]*Wingdings 3[^>]*>\s*Ê\s*</span>", re.I)
FLUSH_MARK = "▶"


def _text(sel) -> str:
    return squash("".join(sel.css("::text").getall()))


def _classes(p) -> list[str]:
    return (p.attrib.get("class") or "").split()


@register
class NevadaNRS(StatuteAdapter):
    name = "nv_nrs"
    # Chapter files only, not the /NRS/ title-and-chapter index.
    url_pattern = re.compile(r"leg\.state\.nv\.us/NRS/NRS-\d{3}[A-Z]?\.html(?:#.*)?$", re.I)
    multi_section = True

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        page = Selector(text=_WINGDINGS.sub(FLUSH_MARK, response.text))
        paras = page.css("div.WordSection1 p") or page.css("body p")
        if not page.css("p.SectBody span.Section"):
            raise PageFormatError("no p.SectBody > span.Section (NRS section number)")
        base = response.url.split("#")[0]
        sections: list[dict] = []
        current: dict | None = None
        for p in paras:
            classes = _classes(p)
            if not _text(p):
                continue  # &nbsp; spacer paragraphs
            if "SectBody" in classes and p.css("span.Section"):
                current = self._start(p, base)
                sections.append(current)
            elif current is None:
                continue  # chapter title and table of contents (p.COLeadline)
            elif "SectBody" in classes:
                current["body"].append(_text(p))
            elif "SourceNote" in classes:
                current["history"].append(_text(p))
            else:
                current = None  # a heading between sections (article, part)
        return [self._section(s) for s in sections]

    @staticmethod
    def _start(p, base: str) -> dict:
        number = _text(p.css("span.Section"))
        leadline = _text(p.css("span.Leadline"))
        full = _text(p)
        # "NRS 36.010  Caption.  Body..." -> the body is what follows the leadline.
        marker = leadline or number
        first = full[full.find(marker) + len(marker) :].strip() if marker in full else ""
        anchor = p.xpath(".//a/@name").get()
        return {
            "number": number,
            "heading": leadline.rstrip(". ") or None,
            "body": [first],
            "history": [],
            "url": f"{base}#{anchor}" if anchor else None,
        }

    @staticmethod
    def _section(s: dict) -> ParsedSection:
        text = "\n\n".join(t for t in s["body"] if t)
        history = "\n".join(t for t in s["history"] if t) or None
        if not text:
            # A stub with no body keeps its printed note as the text.
            if not history:
                raise PageFormatError(f"NRS {s['number']} has a heading but no p.SectBody text")
            text, history = history, None
        return ParsedSection(
            section_number=s["number"],
            text=text,
            code="NRS",
            citation=f"NRS {s['number']}",
            heading=s["heading"],
            history=history,
            url=s["url"],
        )
