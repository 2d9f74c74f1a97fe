"""Fallback for official statute sites without an adapter: main-text extraction (trafilatura).

Used only when the registry names it; `url_pattern` matches nothing, so `ingest` never routes
an archived page here by URL. PDFs never reach it (the spider rejects non-text responses).
A page whose text holds two or more section heads ("§ 787.", "Sec. 54-234a.", "SECTION
16-3-2100.") is a chapter page: it is split there, and the registry's `section` picks one.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, unquote, urlsplit

import trafilatura
from scrapy.http import TextResponse

from spiders.sites.base import (
    PageFormatError,
    ParsedSection,
    StatuteAdapter,
    paragraphs,
    register,
    squash,
)

MIN_CHARS = 200
# A section number as statute sites print it: 12-19-102, 40.1-11.3, 149.43, 5/10-2.
_NUMBER = r"\d+[A-Za-z]?(?:[-.:/]\d+[A-Za-z]?)+|\d+[A-Za-z]?"
_TEXT_NUMBER = re.compile(rf"^(?:§+|Sec(?:tion|\.))\s*(?P<num>{_NUMBER})\b\.?", re.I)
_URL_NUMBER = re.compile(r"(?<![A-Za-z0-9.])(?P<num>\d+[A-Za-z]?(?:[-.]\d+[A-Za-z]?)+)(?![\w])")
# A section head that starts a paragraph on a chapter page: the number ends with a period.
_HEAD = re.compile(rf"^(?:§+|Sec(?:tion|\.))\s*(?P<num>{_NUMBER})\.(?:\s+(?P<rest>.*))?$", re.I)
_CATCHLINE = re.compile(r"^(?P<head>.{3,150}?[a-z0-9)\]])\.(?:\s+(?P<body>\S.*))?$")
_HISTORY = re.compile(r"^(?:History|Source|HISTORY|SOURCE)\b\s*[.:\u2014-]")
_QUERY_KEYS = ("section", "sectionnum", "sectionnumber", "sec", "cite", "statute")


def _number_from_url(url: str) -> str | None:
    parts = urlsplit(url)
    for key, value in parse_qsl(parts.query):
        if key.lower() in _QUERY_KEYS and value.strip(". "):
            return value.strip(". ")
    segments = [s for s in unquote(parts.path).split("/") if s]
    if segments:
        last = re.sub(r"\.(?:html?|aspx?|php|cfm)$", "", segments[-1], flags=re.I)
        found = _URL_NUMBER.search(last)
        if found:
            return found["num"]
    return None


def url_slug(url: str) -> str:
    """A stable key for a page with no printed number: its path (and query), slugified."""
    parts = urlsplit(url)
    raw = parts.path + ("?" + parts.query if parts.query else "")
    slug = re.sub(r"[^a-z0-9]+", "-", unquote(raw).lower()).strip("-") or "index"
    if len(slug) > 80:
        slug = slug[:71].rstrip("-") + "-" + hashlib.sha1(raw.encode()).hexdigest()[:8]
    return slug


@register
class GenericStatutePage(StatuteAdapter):
    name = "generic"
    url_pattern = re.compile(r"(?!)")

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        title = squash(" ".join(response.css("title ::text").getall()))
        if title.startswith("Just a moment") or "challenge-platform" in response.text:
            raise PageFormatError("Cloudflare 'Just a moment' challenge page, not the statute")
        extracted = trafilatura.extract(
            response.text, include_comments=False, include_tables=True, favor_precision=True
        )
        paras = (extracted or "").split("\n")
        heading = squash(" ".join(response.css("h1 ::text").getall())) or title or None
        # The page's own <h1> usually opens the extracted text; it is the heading, not law.
        if heading and paras and squash(paras[0]).lower() == heading.lower():
            paras = paras[1:]
        paras = [p for p in (squash(x) for x in paras) if p]
        host = (urlsplit(response.url).hostname or "").removeprefix("www.")
        size = len(paragraphs(paras))
        if size < MIN_CHARS:
            raise PageFormatError(f"main-text extraction yielded {size} characters (< {MIN_CHARS})")
        heads = [(i, m) for i, p in enumerate(paras) if (m := _HEAD.match(p))]
        if len({m["num"] for _, m in heads}) >= 2:
            return self._split(paras, heads, host)
        history = paras.pop() if len(paras) > 1 and _HISTORY.match(paras[-1]) else None
        text = paragraphs(paras)
        lead = _TEXT_NUMBER.match(heading or "")
        if lead:  # "§ 12-19-102. Catchline" -> number and catchline
            heading = heading[lead.end() :].strip(" .") or None
        else:
            lead = _TEXT_NUMBER.match(text)
        number = (lead["num"] if lead else None) or _number_from_url(response.url)
        number = number or url_slug(response.url)
        return [
            ParsedSection(
                section_number=number,
                text=text,
                code="GEN",
                citation=f"{host} {number}",
                heading=heading,
                history=history,
            )
        ]

    def _split(self, paras: list[str], heads: list, host: str) -> list[ParsedSection]:
        """One section per head; a table of contents repeats heads with no text, so for a
        number printed twice the longest text wins, and heads without text are dropped."""
        found: dict[str, ParsedSection] = {}
        for n, (start, head) in enumerate(heads):
            end = heads[n + 1][0] if n + 1 < len(heads) else len(paras)
            rest, heading = head["rest"] or "", None
            catch = _CATCHLINE.match(rest)
            if catch:
                heading, rest = catch["head"], catch["body"] or ""
            body = [rest, *paras[start + 1 : end]]
            history = body.pop() if len(body) > 1 and _HISTORY.match(body[-1]) else None
            text = paragraphs(body)
            number = head["num"]
            if text and len(text) > len(found[number].text if number in found else ""):
                found[number] = ParsedSection(
                    section_number=number,
                    text=text,
                    code="GEN",
                    citation=f"{host} {number}",
                    heading=heading,
                    history=history,
                )
        if not found:
            raise PageFormatError("section heads found, but none is followed by text")
        return list(found.values())
