"""New York consolidated laws: nysenate.gov section pages, or the Open Legislation API.

Registry URL: https://www.nysenate.gov/legislation/laws/{LAW}/{LOCATION}  (e.g. GBS/206-F)
With $NYSENATE_API_KEY set, the request goes to
https://legislation.nysenate.gov/api/3/laws/{LAW}/{LOCATION}/?key=...  (trailing slash matters).
The key is a secret: nothing this adapter returns or raises may contain it, so every section
carries the public HTML URL. Built from documentation (site_structures.md §2.4,
nysenate/OpenLegislation docs/api/laws.rst); no real capture was available.
"""

from __future__ import annotations

import json
import os
import re
from urllib.parse import quote

from scrapy.http import TextResponse

from spiders.sites.base import (
    PageFormatError,
    ParsedSection,
    SectionNotFound,
    StatuteAdapter,
    register,
    squash,
)

API_KEY_ENV = "NYSENATE_API_KEY"
_HTML = re.compile(
    r"^https?://(?:www\.)?nysenate\.gov/legislation/laws/(?P<law>[A-Z0-9]{3})/(?P<loc>[^/?#]+)",
    re.I,
)
_LOCATION = r"(?:R?\d[\w.\-]*)"  # section location ids: 206-F, 2610, 10.00, R3211 (CPLR)
_NOT_FOUND = "The requested entry could not be found"
# "§ 206-f. Catchline. Text" (Penal Law prints "§ 10.00 Definitions ..." without the period).
_HEAD = re.compile(r"^§\s*(?P<num>\d[\w\-]*(?:\.\d[\w\-]*)*)\.?\s+(?P<rest>.*)$", re.S)

#: Senate law ids -> the citation's law name ("N.Y. Gen. Bus. Law § 206-f").
LAW_NAMES = {
    "ABC": "Alco. Bev. Cont. Law",
    "CPL": "Crim. Proc. Law",
    "CVR": "Civ. Rights Law",
    "EDN": "Educ. Law",
    "EXC": "Exec. Law",
    "GBS": "Gen. Bus. Law",
    "GMU": "Gen. Mun. Law",
    "ISC": "Ins. Law",
    "LAB": "Lab. Law",
    "MDW": "Mult. Dwell. Law",
    "PBH": "Pub. Health Law",
    "PBO": "Pub. Off. Law",
    "PEN": "Penal Law",
    "SOS": "Soc. Serv. Law",
    "TRA": "Transp. Law",
    "VAT": "Veh. & Traf. Law",
    "WKC": "Workers' Comp. Law",
}


def public_url(law: str, location: str) -> str:
    """The nysenate.gov page of a section (never keyed)."""
    return f"https://www.nysenate.gov/legislation/laws/{law.upper()}/{location.upper()}"


def _css_text(response: TextResponse, query: str) -> str:
    return squash(" ".join(response.css(query).getall()))


def _reflow(lines: list[str]) -> list[str]:
    """Law text is hard-wrapped: a paragraph starts on an indented line, wrapped lines follow
    at column 0. Without any indentation the whole text is one paragraph."""
    paras: list[str] = []
    fresh = True
    for line in lines:
        if not line.strip():
            fresh = True
            continue
        if fresh or line[:1] in (" ", "\t", "\u00a0") or not paras:
            paras.append(squash(line))
        else:
            paras[-1] += " " + squash(line)
        fresh = False
    return paras


def _html_lines(div) -> list[str]:
    """The lines of div.nys-openleg-result-text, split at <br/> (source newlines ignored)."""
    parts: list[str] = []
    root = div.root

    def walk(node) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag == "br":
                parts.append("\x00")
            elif isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(root)
    raw = re.sub(r"\x00[\r\n]+", "\x00", "".join(parts))
    raw = re.sub(r"[\r\n]+", " ", raw)
    return raw.split("\x00")


@register
class NewYorkOpenLeg(StatuteAdapter):
    name = "ny_openleg"
    url_pattern = re.compile(
        rf"(?:nysenate\.gov/legislation/laws/[A-Z0-9]{{3}}/{_LOCATION}/?$"
        rf"|legislation\.nysenate\.gov/api/3/laws/[A-Z0-9]{{3}}/{_LOCATION}/)",
        re.I,
    )

    def request_url(self, url: str) -> str:
        key = os.environ.get(API_KEY_ENV, "").strip()
        found = _HTML.match(url)
        if not key or not found:
            return url  # HTML fallback (Cloudflare-fronted; keep the crawl slow)
        law, loc = found["law"].upper(), found["loc"]
        return (
            f"https://legislation.nysenate.gov/api/3/laws/{law}/{quote(loc)}/"
            f"?key={quote(key, safe='')}"
        )

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        # Never put response.url in a message: on the API path it carries the key.
        body = response.text.lstrip()
        if body.startswith("{"):
            return [self._parse_api(body)]
        return [self._parse_html(response)]

    def _parse_api(self, body: str) -> ParsedSection:
        try:
            data = json.loads(body)
        except json.JSONDecodeError as exc:
            raise PageFormatError(f"API response is not JSON ({exc.msg})") from None
        if not isinstance(data, dict):
            raise PageFormatError("API response is not a JSON object")
        if not data.get("success", False):
            message = str(data.get("message") or "")
            if data.get("errorCode") == 21 or "not found" in message.lower():
                raise SectionNotFound(f"API: {message or 'law document not found'}")
            raise PageFormatError(f"API error {data.get('errorCode')}: {message[:80]}")
        result = data.get("result")
        if not isinstance(result, dict) or not result.get("text"):
            raise PageFormatError("API response has no result.text")
        if result.get("docType") not in (None, "SECTION"):
            raise PageFormatError(f"API document is a {result['docType']}, not a SECTION")
        law, loc = result.get("lawId"), result.get("locationId")
        if not law or not loc:
            raise PageFormatError("API result has no lawId/locationId")
        text = result["text"]
        if "\n" not in text and "\\n" in text:
            text = text.replace("\\n", "\n")
        return self._section(law, loc, text.split("\n"), result.get("title"))

    def _parse_html(self, response: TextResponse) -> ParsedSection:
        div = response.css("div.nys-openleg-result-text")
        if not div:
            # The site's own "not found" page (status 200) carries Cloudflare's beacon script
            # too, so the site's message is checked before any sign of a challenge page.
            if response.css("div.nys-openleg-not-found") or _NOT_FOUND in response.text:
                raise SectionNotFound(_NOT_FOUND)
            title = _css_text(response, "title ::text")
            if "Just a moment" in title or "challenge-platform" in response.text:
                raise PageFormatError("Cloudflare 'Just a moment' challenge page, not the statute")
            raise PageFormatError("no div.nys-openleg-result-text")
        found = _HTML.match(response.url)
        if found:
            law, loc = found["law"], found["loc"]
        else:
            location = _css_text(response, "h4.nys-openleg-result-title-location ::text")
            headline = _css_text(response, "h2.nys-openleg-result-title-headline ::text")
            law_m = re.search(r"\(([A-Z0-9]{3})\)", location)
            loc_m = re.match(r"SECTION\s+(\S+)", headline, re.I)
            if not (law_m and loc_m):
                raise PageFormatError("law id or section not in the URL or the page headings")
            law, loc = law_m[1], loc_m[1]
        heading = _css_text(response, "h3.nys-openleg-result-title-short ::text")
        return self._section(law, loc, _html_lines(div[0]), heading or None)

    def _section(self, law: str, loc: str, lines: list[str], heading: str | None) -> ParsedSection:
        law = law.upper()
        paras = _reflow(lines)
        if not paras:
            raise PageFormatError(f"{law} {loc}: the section text is empty")
        number = loc.lower()  # NY prints "206-f" where the location id reads "206-F"
        head = _HEAD.match(paras[0])
        if head:
            if head["num"].lower() != loc.lower():
                raise PageFormatError(f"text is § {head['num']}, expected § {loc}")
            number = head["num"]
            rest = head["rest"]
            if heading:
                bare = heading.rstrip(". ")
                if rest.lower().startswith(bare.lower()):
                    rest = rest[len(bare) :].lstrip(". ")
            paras = [rest, *paras[1:]] if rest else paras[1:]
        text = "\n\n".join(paras)
        if not text:
            raise PageFormatError(f"{law} § {number} has a heading but no text")
        name = LAW_NAMES.get(law, f"{law} Law")
        return ParsedSection(
            section_number=number,
            text=text,
            code=law,
            citation=f"N.Y. {name} § {number}",
            heading=heading.rstrip(". ") if heading else None,
            url=public_url(law, loc),
        )
