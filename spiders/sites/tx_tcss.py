"""Texas statutes: chapter HTML from tcss.legis.texas.gov, the backend of the statutes SPA.

URL: https://tcss.legis.texas.gov/resources/{CODE}/htm/{CODE}.{chapter}.htm  (whole chapter)
"""

from __future__ import annotations

import re

from scrapy.http import TextResponse

from spiders.sites.base import (
    NOT_IN_CHROME,
    PageFormatError,
    ParsedSection,
    StatuteAdapter,
    register,
    squash,
)

#: Code abbreviation -> the code's name as cited ("Tex. {name} Code § N"), Bluebook style.
CODE_NAMES = {
    "AG": "Agric.",
    "AL": "Alco. Bev.",
    "BC": "Bus. & Com.",
    "BO": "Bus. Orgs.",
    "CP": "Civ. Prac. & Rem.",
    "ED": "Educ.",
    "EL": "Elec.",
    "ES": "Est.",
    "FA": "Fam.",
    "FI": "Fin.",
    "GV": "Gov't",
    "HR": "Hum. Res.",
    "HS": "Health & Safety",
    "IN": "Ins.",
    "LA": "Lab.",
    "LG": "Loc. Gov't",
    "NR": "Nat. Res.",
    "OC": "Occ.",
    "PE": "Penal",
    "PR": "Prop.",
    "PW": "Parks & Wild.",
    "TN": "Transp.",
    "TX": "Tax",
    "UT": "Util.",
    "WA": "Water",
}

_URL_CODE = re.compile(r"/resources/([A-Z0-9]{2})/htm/")
_LINK_CODE = re.compile(r"/Docs/([A-Z0-9]{2})/htm/")
# "Sec. 19.01.  TYPES OF CRIMINAL HOMICIDE.  (a) ..."; the Code of Criminal Procedure uses "Art.".
_HEAD = re.compile(
    r"^(?P<kind>Sec|Art)\.\s+(?P<num>[0-9A-Z]+(?:\.[0-9A-Za-z-]+)+)\.\s*(?P<rest>.*)$"
)
# History notes: "Acts 1973, ...", "Added by Acts ...", "Amended by:", "Renumbered from ...".
_HISTORY = re.compile(
    r"^(?:Acts \d{4}|Added by|Amended by|Renumbered|Transferred|Redesignated|Reenacted)\b"
)


def _text(sel) -> str:
    # Inline runs are joined without separators: "Section <a>19.02</a>(b)(1)" stays one word.
    return squash("".join(sel.css("::text").getall()))


def _split_head(text: str, p) -> tuple[str, str]:
    """(caption, text after it) of the paragraph that opens a section.

    The caption is the bold link "Sec. 19.01.  TYPES OF CRIMINAL HOMICIDE."; the body runs
    on after it in the same paragraph.
    """
    bold = _text(p.xpath(".//a[contains(@style, 'bold')]")[:1])
    head = _HEAD.match(bold)
    if head and text.startswith(bold):
        return head["rest"].rstrip(". "), text[len(bold) :].strip()
    caption, _, rest = _HEAD.match(text)["rest"].partition(". ")
    return caption.rstrip(". "), rest.strip()


def citation(code: str, number: str) -> str:
    """'Tex. Penal Code § 19.02'; the Code of Criminal Procedure cites articles."""
    if code == "CR":
        return f"Tex. Code Crim. Proc. art. {number}"
    return f"Tex. {CODE_NAMES.get(code, code)} Code § {number}"


@register
class TexasTCSS(StatuteAdapter):
    name = "tx_tcss"
    url_pattern = re.compile(
        r"tcss\.legis\.texas\.gov/resources/([A-Z0-9]{2})/htm/\1\.[0-9A-Z]+\.htm(?:#.*)?$"
    )
    multi_section = True

    def parse(self, response: TextResponse) -> list[ParsedSection]:
        # Live files start with a UTF-8 BOM; Scrapy's decoder (w3lib) drops it.
        paras = response.xpath(f"//p[{NOT_IN_CHROME}]")
        texts = [_text(p) for p in paras]
        heads = {m["num"] for m in map(_HEAD.match, texts) if m}
        if not heads:
            raise PageFormatError('no "Sec. N." section heading')
        # Sections start at <a name="19.01"> anchors. Inline cross-references are links
        # (href, not name) in mid-sentence, and the second anchor in each pair is a numeric
        # id (name="62070.53391") that is never a heading: both are ignored.
        starts: list[tuple[int, str]] = []
        for i, p in enumerate(paras):
            names = [n for n in p.xpath(".//a/@name").getall() if n in heads]
            if names:
                starts.append((i, names[0]))
        if not starts:
            raise PageFormatError('no a[name="{chapter}.{nn}"] section anchor')
        code = self._code(response)
        base = response.url.split("#")[0]
        sections = []
        for k, (start, number) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else len(paras)
            block = [
                (texts[i], paras[i])
                for i in range(start, end)
                # Centered bold paragraphs are CODE/TITLE/CHAPTER/SUBCHAPTER headings.
                if texts[i] and "center" not in (paras[i].attrib.get("class") or "").split()
            ]
            sections.append(self._section(code, number, block, f"{base}#{number}"))
        return sections

    def _section(self, code: str, number: str, block: list, url: str) -> ParsedSection:
        body: list[str] = []
        history: list[str] = []
        heading = None
        for text, p in block:
            head = _HEAD.match(text) if heading is None else None
            if head and head["num"] == number:
                heading, text = _split_head(text, p)
            if history or (heading is not None and _HISTORY.match(text)):
                history.append(text.rstrip())
            elif text:
                body.append(text)
        if heading is None:
            raise PageFormatError(f'anchor {number} has no "Sec. {number}." heading')
        if not body and not history:
            raise PageFormatError(f"section {number} has a heading but no text")
        # A stub ("Sec. 1.05. REPEALED." + its history) keeps its note as the text.
        text = "\n\n".join(body) or "\n".join(history)
        if not body:
            history = []
        return ParsedSection(
            section_number=number,
            text=text,
            code=code,
            citation=citation(code, number),
            heading=heading or None,
            history="\n".join(history) or None,
            url=url,
        )

    @staticmethod
    def _code(response: TextResponse) -> str:
        found = _URL_CODE.search(response.url)
        if not found:
            link = response.xpath("//p//a[contains(@href, '/Docs/')]/@href").get() or ""
            found = _LINK_CODE.search(link)
        if not found:
            raise PageFormatError("no code abbreviation in the URL (/resources/{CODE}/htm/)")
        return found.group(1)
