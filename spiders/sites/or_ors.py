"""Oregon Revised Statutes: oregonlegislature.gov, one Word-exported (windows-1252) file per
chapter.

URL: https://www.oregonlegislature.gov/bills_laws/ors/ors{NNN}[a].html
"""

from __future__ import annotations

import re

from scrapy.http import TextResponse

from spiders.sites.base import (
    PageFormatError,
    ParsedSection,
    StatuteAdapter,
    register,
    squash,
)

# A section opens with a bold "165.007 Forgery in the second degree." (or a bold "165.005"
# followed by "[Repealed by ...]"; one stub prints "165.107.").
_HEAD = re.compile(r"^(?P<num>\d{1,3}[A-C]?\.\d{3,4})\.?(?:\s+(?P<caption>.*))?$")
# The source note closes the section's last paragraph: "[1971 c.743 §152]", "[Formerly 494.010]".
_HISTORY = re.compile(
    r"\s*(\[[^\[\]]*(?:\d{4}|Formerly|[Rr]epealed|[Rr]enumbered|[Aa]mended)[^\[\]]*\])$"
)


def _text(sel) -> str:
    return squash("".join(sel.css("::text").getall()))


def _is_centered(p) -> bool:
    style = (p.attrib.get("style") or "").replace(" ", "").lower()
    return (p.attrib.get("align") or "").lower() == "center" or "text-align:center" in style


def _indented(p) -> bool:
    # Statute paragraphs start with non-breaking-space indentation; series headings
    # ("BUSINESS AND COMMERCIAL OFFENSES") and table-of-contents lines are flush left.
    raw = "".join(p.css("::text").getall()).lstrip("\r\n")
    return raw[:1] in ("\xa0", " ", "\t")


def _series_heading(text: str) -> bool:
    return bool(re.search(r"[A-Z]", text)) and not re.search(r"[a-z0-9_]", text)


@register
class OregonORS(StatuteAdapter):
    name = "or_ors"
    # Chapter files only: not Pages/ORS.aspx (TOC) nor the ano{NNN}.html annotations.
    url_pattern = re.compile(
        r"oregonlegislature\.gov/bills_laws/ors/ors\d{3}[a-z]?\.html(?:#.*)?$", re.I
    )
    multi_section = True

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        paras = response.css("div.WordSection1 p") or response.css("body p")
        if not paras:
            raise PageFormatError("no <p> in div.WordSection1 (Word chapter file)")
        items = [(p, _text(p)) for p in paras]
        items = [(p, t) for p, t in items if t]
        sections: list[dict] = []
        current: dict | None = None
        for k, (p, text) in enumerate(items):
            bold = _text(p.css("b")[:1])
            head = _HEAD.match(bold) if bold and text.startswith(bold) else None
            if head:
                current = {
                    "number": head["num"],
                    "heading": (head["caption"] or "").rstrip(". ") or None,
                    "body": [text[len(bold) :].strip()],
                    "notes": [],
                }
                sections.append(current)
            elif _is_centered(p) or self._heading_between(items, k):
                current = None
            elif current is None:
                continue  # chapter title, edition note, table of contents
            elif current["notes"] or bold.startswith("Note"):
                # "Note:" paragraphs (and what they quote) are editorial, not the section.
                current["notes"].append(text)
            else:
                current["body"].append(text)
        if not sections:
            raise PageFormatError("no bold 'NNN.NNN Caption.' section heading")
        return [self._section(s) for s in sections]

    @staticmethod
    def _heading_between(items: list, k: int) -> bool:
        """An unindented all-caps paragraph followed by a section or another heading is a
        series heading; all-caps statute text (forms, notices) is followed by more text."""
        p, text = items[k]
        if _indented(p) or not _series_heading(text):
            return False
        for q, following in items[k + 1 :]:
            if _is_centered(q) or (not _indented(q) and _series_heading(following)):
                continue
            bold = _text(q.css("b")[:1])
            return bool(bold and _HEAD.match(bold))
        return True

    @staticmethod
    def _section(s: dict) -> ParsedSection:
        body = [t for t in s["body"] if t]
        history = None
        found = _HISTORY.search(body[-1]) if body else None
        if found and found.start() > 0:
            history = found.group(1)
            body[-1] = body[-1][: found.start()].rstrip()
        # Repealed/renumbered stubs print only their note: "165.005 [Repealed by ...]".
        text = "\n\n".join(t for t in body if t)
        if not text:
            raise PageFormatError(f"ORS {s['number']} has a heading but no text")
        notes = "\n".join(s["notes"])
        history = "\n".join(h for h in (history, notes) if h) or None
        return ParsedSection(
            section_number=s["number"],
            text=text,
            code="ORS",
            citation=f"ORS {s['number']}",
            heading=s["heading"],
            history=history,
        )
