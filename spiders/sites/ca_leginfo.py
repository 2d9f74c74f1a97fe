"""California codes: leginfo.legislature.ca.gov, one page per section.

URL: /faces/codes_displaySection.xhtml?lawCode={CODE}&sectionNum={N}.  (trailing dot included)
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from scrapy.http import TextResponse

from spiders.sites.base import (
    PageFormatError,
    ParsedSection,
    SectionNotFound,
    StatuteAdapter,
    register,
    squash,
)

#: lawCode -> the code's name as cited ("Cal. {name} Code § N"), Bluebook abbreviations.
CODE_NAMES = {
    "BPC": "Bus. & Prof.",
    "CCP": "Civ. Proc.",
    "CIV": "Civ.",
    "COM": "Com.",
    "CORP": "Corp.",
    "EDC": "Educ.",
    "ELEC": "Elec.",
    "EVID": "Evid.",
    "FAC": "Food & Agric.",
    "FAM": "Fam.",
    "FGC": "Fish & Game",
    "FIN": "Fin.",
    "GOV": "Gov't",
    "HNC": "Harb. & Nav.",
    "HSC": "Health & Safety",
    "INS": "Ins.",
    "LAB": "Lab.",
    "MVC": "Mil. & Vet.",
    "PCC": "Pub. Cont.",
    "PEN": "Penal",
    "PRC": "Pub. Res.",
    "PROB": "Prob.",
    "PUC": "Pub. Util.",
    "RTC": "Rev. & Tax.",
    "SHC": "Sts. & High.",
    "UIC": "Unemp. Ins.",
    "VEH": "Veh.",
    "WAT": "Water",
    "WIC": "Welf. & Inst.",
}

_TITLE_CODE = re.compile(r"California Code,\s+([A-Z]+)\s")


def _text(sel) -> str:
    # Inline runs are joined without separators: cross-reference links sit inside sentences.
    return squash("".join(sel.css("::text").getall()))


def citation(code: str, number: str) -> str:
    """'Cal. Penal Code § 187'; unknown codes keep their abbreviation."""
    return f"Cal. {CODE_NAMES.get(code, code)} Code § {number}"


@register
class CaliforniaLeginfo(StatuteAdapter):
    name = "ca_leginfo"
    url_pattern = re.compile(
        r"leginfo\.legislature\.ca\.gov/faces/codes_displaySection\.xhtml\?"
        r"(?=[^#]*\blawCode=[A-Z]+)(?=[^#]*\bsectionNum=[^&#]+)"
    )

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        # The section is a nested <HTML><BODY> document inside div#single_law_section;
        # lxml flattens the inner html/body, so the div ids are what we rely on.
        container = response.css("div#single_law_section")
        if not container:
            raise PageFormatError("no div#single_law_section")
        body = container.css("div#codeLawSectionNoHead")
        if not body:
            # A missing section is HTTP 200 with an empty single_law_section.
            if not _text(container):
                raise SectionNotFound("div#single_law_section is empty")
            raise PageFormatError("div#single_law_section has no div#codeLawSectionNoHead")
        number = _text(body.css("h6 b")[:1]).rstrip(". ")
        if not number:
            raise PageFormatError("no section number in div#codeLawSectionNoHead h6 > b")
        # h4/h5 (code, part, title, chapter) and their "( ... enacted 1872. )" notes come
        # before the h6; only what follows it is the section.
        text = "\n\n".join(t for t in map(_text, body.xpath(".//p[preceding::h6]")) if t)
        if not text:
            raise PageFormatError(f"section {number}: no <p> after the h6 number")
        notes = body.xpath(".//i[preceding::h6][not(ancestor::p)]")
        history = _text(notes[-1]) if notes else None
        code = self._code(response)
        return [
            ParsedSection(
                section_number=number,
                text=text,
                code=code,
                citation=citation(code, number),
                heading=None,  # California prints no catchlines
                history=history or None,
            )
        ]

    @staticmethod
    def _code(response: TextResponse) -> str:
        codes = parse_qs(urlsplit(response.url).query).get("lawCode")
        if codes:
            return codes[0].upper()
        found = _TITLE_CODE.search(response.css("title::text").get() or "")
        if not found:
            raise PageFormatError("no lawCode in the URL or the <title>")
        return found.group(1)
