"""Code of Alabama: ALISON's GraphQL API (alison.legislature.state.al.us/graphql, POST).

The public site is a JavaScript application over this API. A section is found in two steps:
the table of contents (`{ codeOfAlabamaTitles }`, one string: entries separated by "∫", fields
by "†", a section entry being "{codeId}†Section {T-C-S} {catchline}.") gives the section's
codeId; `codesOfAlabama(where: {codeId: {eq: N}})` gives its record, whose `content` is HTML.
An unknown codeId answers an empty list (status 200). The record layout is tested on a real
capture (../shared/captures/al-alison/al_section_1-1-1.json); the table of contents layout is
from the documentation of live captures (vvXranjan/state-statutes-mcp docs/research/alabama.md).

Registry URL: https://alison.legislature.state.al.us/graphql with `section: "13A-6-170"`. A
section the table of contents does not list is recorded as not found, which is how a guessed
section number is confirmed or refuted. Each request carries a fragment ("#toc",
"#codeId=14515") so archived POST answers to the one endpoint stay apart.
"""

from __future__ import annotations

import json
import re

from parsel import Selector
from scrapy.http import Response

from spiders.sites.base import (
    FollowRequest,
    ListingPage,
    PageFormatError,
    ParsedSection,
    SectionNotFound,
    StatuteAdapter,
    paragraphs,
    register,
    squash,
)

ENDPOINT = "https://alison.legislature.state.al.us/graphql"
TOC_QUERY = "{ codeOfAlabamaTitles }"
SECTION_QUERY = (
    "{ codesOfAlabama(where: { codeId: { eq: %d } }) { data { id codeId title content } } }"
)
_TITLE = re.compile(r"^Section\s+(?P<number>\d+[A-Z]?-\d+[A-Z]?-[\w.-]+?)\.?\s+(?P<heading>.*)$")
_JSON = {"Content-Type": "application/json", "Accept": "application/json"}


def _post(query: str, fragment: str) -> FollowRequest:
    body = json.dumps({"query": query}).encode("utf-8")
    return FollowRequest(f"{ENDPOINT}#{fragment}", method="POST", body=body, headers=_JSON)


def toc_entries(toc: str) -> dict[str, str]:
    """Section number -> codeId, from the table-of-contents string (first entry wins)."""
    sections: dict[str, str] = {}
    for entry in toc.split("∫"):
        fields = entry.split("†")
        if len(fields) < 2:
            continue
        found = _TITLE.match(fields[1].strip())
        if found and fields[0].strip().isdigit():
            sections.setdefault(found["number"].rstrip("."), fields[0].strip())
    return sections


@register
class AlabamaAlison(StatuteAdapter):
    name = "al_alison"
    url_pattern = re.compile(r"alison\.legislature\.state\.al\.us/graphql(?:#.*)?$", re.I)

    def start_request(self, url: str) -> FollowRequest:
        return _post(TOC_QUERY, "toc")

    def parse(self, response: Response) -> list[ParsedSection]:
        try:
            data = json.loads(response.text)
        except (ValueError, AttributeError) as exc:
            raise PageFormatError(f"ALISON answer is not JSON ({exc})") from None
        payload = data.get("data") if isinstance(data, dict) else None
        if not isinstance(payload, dict):
            errors = data.get("errors") if isinstance(data, dict) else None
            raise PageFormatError(f"ALISON answer has no 'data' ({str(errors)[:120]})")
        if isinstance(payload.get("codeOfAlabamaTitles"), str):
            sections = toc_entries(payload["codeOfAlabamaTitles"])
            if not sections:
                raise PageFormatError("the table of contents lists no 'Section T-C-S' entry")

            def pick(section: str | None) -> FollowRequest | None:
                code_id = sections.get(section or "")
                if code_id is None:
                    return None
                return _post(SECTION_QUERY % int(code_id), f"codeId={code_id}")

            raise ListingPage(f"Code of Alabama table of contents: {len(sections)} sections", pick)
        records = (payload.get("codesOfAlabama") or {}).get("data")
        if records is None:
            raise PageFormatError("neither codeOfAlabamaTitles nor codesOfAlabama.data")
        if not records:
            raise SectionNotFound("ALISON has no record for this codeId (empty data list)")
        return [self._section(record) for record in records]

    @staticmethod
    def _section(record: dict) -> ParsedSection:
        title = squash(str(record.get("title") or ""))
        found = _TITLE.match(title)
        if not found:
            raise PageFormatError(f"record title is not 'Section T-C-S Catchline.': {title!r}")
        number = found["number"]
        page = Selector(text=f"<div>{record.get('content') or ''}</div>")
        paras = ["".join(p.css("::text").getall()) for p in page.css("p")]
        text = paragraphs([squash(p) for p in paras]) or squash(
            " ".join(page.css("::text").getall())
        )
        if not text:
            raise PageFormatError(f"Section {number}: the record's content is empty")
        heading = found["heading"].rstrip(".").strip() or None
        return ParsedSection(
            section_number=number,
            text=text,
            code="ALA",
            citation=f"Ala. Code § {number}",
            heading=heading,
            url=f"{ENDPOINT}#codeId={record.get('codeId')}",
        )
