"""Kansas Statutes Annotated: the Legislature's JSON API, one response per section.

URL: https://www.kslegislature.gov/api/v1/statutes/{section}/  (a comma in the number is %2C)
"""

from __future__ import annotations

import json
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

# "text" is one string: "{section}. {Caption.} {body}History: {history}".
_HISTORY = re.compile(r"History:\s*")
# The caption ends at the first period not closing a one-letter abbreviation ("U.S."),
# followed by the body's "(a)" or a capital letter.
_CAPTION = re.compile(r"^(?P<caption>.+?)(?<!\b[A-Za-z])\.\s*(?=[(A-Z\"“])(?P<body>.*)$", re.S)
# The API drops the breaks between paragraphs: "falsely:(1) Swearing", "thereto; or(3) ...".
# A "(1)"/"(a)"/"(A)"/"(iv)" glued to ':' ';' '.' or to "and"/"or" starts a paragraph.
_PARA = re.compile(
    r"(?:(?<=[.:;])|(?<=\band)|(?<=\bor))(?=\((?:\d{1,3}|[a-z]{1,4}|[A-Z]{1,2})\)\s)"
)
_NOT_FOUND = re.compile(r"no archived text|not found", re.I)


@register
class KansasAPI(StatuteAdapter):
    name = "ks_api"
    # Section detail only: not the index (/statutes/) nor the ?chapter= / ?article= lists.
    url_pattern = re.compile(r"kslegislature\.gov/api/v1/statutes/\d+[a-z]?-[^/?#]+/?$")

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        try:
            data = json.loads(response.text)
        except ValueError:
            raise PageFormatError("response is not JSON (expected a 'text' field)") from None
        if not isinstance(data, dict):
            raise PageFormatError("JSON is not an object (expected a 'text' field)")
        if not data.get("text"):
            detail = str(data.get("detail") or "")
            # The API answers a missing section with {"detail": "... has no archived text."}.
            if _NOT_FOUND.search(detail):
                raise SectionNotFound(detail)
            raise PageFormatError(f"JSON has no 'text' field{': ' + detail if detail else ''}")
        raw = squash(data["text"])
        number = str(data.get("section") or raw.split(". ", 1)[0]).strip()
        if not raw.startswith(f"{number}."):
            raise PageFormatError(f"'text' does not start with the section number {number!r}")
        rest = raw[len(number) + 1 :].strip()
        found = list(_HISTORY.finditer(rest))
        history = None
        if found:
            history = rest[found[-1].end() :].strip() or None
            rest = rest[: found[-1].start()].strip()
        heading, body = None, rest
        caption = _CAPTION.match(rest)
        if caption:
            heading, body = caption["caption"].strip(), caption["body"].strip()
        elif rest and len(rest) < 200 and rest.endswith("."):
            heading, body = rest.rstrip("."), ""  # caption only (e.g. a repealed section)
        text = "\n\n".join(p.strip() for p in _PARA.split(body) if p.strip())
        if not text:
            # Repealed sections have no body, only "History: ...; Repealed, L. 2010 ...".
            if not history:
                raise PageFormatError(f"section {number} has neither text nor history")
            text, history = history, None
        return [
            ParsedSection(
                section_number=number,
                text=text,
                code="KSA",
                citation=f"K.S.A. {number}",
                heading=heading or None,
                history=history,
            )
        ]
