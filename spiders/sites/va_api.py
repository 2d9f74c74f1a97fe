"""Code of Virginia: the law.lis.virginia.gov JSON API, one section per request.

URL: https://law.lis.virginia.gov/api/CoVSectionsGetSectionDetailsJson/{section}/ (slash required)
Response: {"TitleNumber", "TitleName", "ChapterList": [{..., "SectionNumber", "SectionTitle",
"Body": "<p>...</p>..."}]}. Built from vvXranjan/state-statutes-mcp docs/research/virginia.md
(verified there on the wire); no real capture was available here.
"""

from __future__ import annotations

import json
import re

from parsel import Selector
from scrapy.http import TextResponse

from spiders.sites.base import (
    PageFormatError,
    ParsedSection,
    SectionNotFound,
    StatuteAdapter,
    register,
    squash,
)

# The history paragraph: "2012, cc. 259, 366; 2015, c. 691." or "Code 1950, § 40-1.1; ...".
_HISTORY = re.compile(r"^(?:Code \d{4}\b|R\. ?P\. \d{4}\b|Acts \d{4}\b|\d{4}, cc?\. \d)")


@register
class VirginiaCodeAPI(StatuteAdapter):
    name = "va_api"
    url_pattern = re.compile(
        r"law\.lis\.virginia\.gov/api/CoVSectionsGetSectionDetailsJson/[^/?#]+/?$", re.I
    )

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        try:
            data = json.loads(response.text)
        except json.JSONDecodeError as exc:
            raise PageFormatError(f"response is not JSON ({exc.msg})") from None
        # Not found is HTTP 200 with {"TitleNumber": null, ..., "ChapterList": []}.
        if not data:
            raise SectionNotFound("empty response")
        if not isinstance(data, dict):
            raise PageFormatError(f"expected a JSON object, got {type(data).__name__}")
        if "ChapterList" not in data:
            raise PageFormatError("no ChapterList in the response")
        entries = data["ChapterList"]
        if not entries:
            raise SectionNotFound("empty ChapterList")
        if not isinstance(entries, list):
            raise PageFormatError("ChapterList is not a list")
        return [self._section(entry) for entry in entries]

    def _section(self, entry: dict) -> ParsedSection:
        number = (entry.get("SectionNumber") or "").strip()
        if not number:
            raise PageFormatError("ChapterList entry has no SectionNumber")
        body = entry.get("Body") or ""
        paras = [
            squash("".join(p.css("::text").getall()))
            for p in Selector(text=f"<div>{body}</div>").css("p")
            # A boilerplate caveat about the history citation follows the history.
            if "sidenote" not in (p.attrib.get("class") or "").split()
        ]
        paras = [p for p in paras if p]
        if not paras:
            raise PageFormatError(f"§ {number}: Body has no <p> text")
        history = None
        if _HISTORY.match(paras[-1]):
            history = paras.pop()
        if not paras:
            raise PageFormatError(f"§ {number}: Body holds only the history line")
        heading = squash(entry.get("SectionTitle") or "").rstrip(". ") or None
        return ParsedSection(
            section_number=number,
            text="\n\n".join(paras),
            code="VA",
            citation=f"Va. Code § {number}",
            heading=heading,
            history=history,
        )
