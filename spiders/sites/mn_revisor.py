"""Minnesota Statutes: revisor.mn.gov, one page per section.

URL: https://www.revisor.mn.gov/statutes/cite/{ch}.{sec}  (year-pinned: /statutes/{YYYY}/cite/...)
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

# h1.shn: "3C.12 SALE AND DISTRIBUTION OF STATUTES AND LAWS."
_HEAD = re.compile(r"^(?P<num>\d+[A-Z]?\.\d+[0-9A-Za-z]*)\s*(?P<caption>.*)$")


def _text(sel) -> str:
    # Inline runs are joined without separators: "section <a>15.18</a>; and" stays as printed.
    return squash("".join(sel.css("::text").getall()))


def _subdivision(subd) -> list[str]:
    """Paragraphs of a div.subd, the first run in after "Subd. 2. Headnote." as printed."""
    number = squash("".join(subd.xpath("./h2[contains(@class, 'subd_no')]/text()").getall()))
    headnote = _text(subd.css("h2.subd_no span.headnote"))
    paras = [_text(p) for p in subd.xpath("./*[not(self::h2) and not(self::a)]")]
    paras = [p for p in paras if p]
    lead = " ".join(t for t in (number, headnote) if t)
    if paras:
        paras[0] = f"{lead} {paras[0]}" if lead else paras[0]
    elif lead:
        paras = [lead]
    return paras


@register
class MinnesotaRevisor(StatuteAdapter):
    name = "mn_revisor"
    # Not the chapter TOC (/cite/3C), nor /full, /pdf or /versions pages.
    url_pattern = re.compile(
        r"revisor\.mn\.gov/statutes/(?:\d{4}/)?cite/\d+[A-Z]?\.[0-9A-Za-z]+/?(?:[?#].*)?$"
    )

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        section = response.css("div#xtend div.section")[:1]
        if not section:
            raise PageFormatError("no div#xtend div.section")
        head = _HEAD.match(_text(section.css("h1.shn")))
        if not head:
            raise PageFormatError("div.section has no h1.shn '{number} {CAPTION}.'")
        number = head["num"]
        paras: list[str] = []
        for child in section.xpath("./*"):
            classes = (child.attrib.get("class") or "").split()
            if "shn" in classes:
                continue
            if "subd" in classes:
                paras.extend(_subdivision(child))
            elif "permalink" not in classes:
                paras.append(_text(child))
        text = "\n\n".join(p for p in paras if p)
        if not text:
            raise PageFormatError(f"section {number}: div.section has no text")
        history = " ".join(_text(p) for p in response.css("div#xtend div.history p"))
        return [
            ParsedSection(
                section_number=number,
                text=text,
                code="MS",
                citation=f"Minn. Stat. § {number}",
                heading=head["caption"].rstrip(". ") or None,
                history=history or None,
            )
        ]
