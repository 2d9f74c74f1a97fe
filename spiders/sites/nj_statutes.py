"""New Jersey Statutes: the Legislature's text dump (STATUTES.TXT, inside STATUTES-TEXT.zip).

New Jersey publishes no page per section (its statutes database is a search application), so
the official per-section text is the bulk download. Each entry starts at column 0 with
"{number}.  {catchline}"; the law follows on indented lines, paragraphs separated by blank lines;
the entry closes with its history ("L.1951 (1st SS), c.344.", "Amended 1951,c.23,s.54; ...").
Tested on a real excerpt of STATUTES.TXT (../shared/captures/nj-legis/).

The dump holds every section of the state's law: with a registry `section`, only that entry is
read (parse_wanted), never the whole file.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

from scrapy.http import Response

from spiders.sites.base import (
    PageFormatError,
    ParsedSection,
    StatuteAdapter,
    paragraphs,
    register,
    squash,
)

_HEAD = re.compile(
    r"^(?P<number>\d+[A-Z]*:\d+[A-Za-z]*(?:-[\w.]+?)*)\.\s+(?P<heading>\S.*?)\s*$", re.M
)
_HISTORY = re.compile(
    r"^(?:L\.\s?\d{4}|P\.L\.\s?\d{4}|Amended|Repealed|Supplemented|Source|Derived|New section|"
    r"Deleted|R\.S\.\s?\d|Rev\.)"
)


def _dump_text(response: Response) -> str:
    data = response.body
    if data[:2] == b"PK":
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            raise PageFormatError(f"not a readable zip ({exc})") from None
        names = [n for n in archive.namelist() if n.upper().endswith(".TXT")]
        if not names:
            raise PageFormatError("the zip holds no .TXT statutes file")
        data = archive.read(names[0])
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            continue
    raise PageFormatError("the statutes text is neither UTF-8 nor Windows-1252")


def _entries(text: str) -> Iterator[tuple[str, str, str]]:
    """(number, catchline, body) of each entry, in file order."""
    heads = list(_HEAD.finditer(text))
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        yield head["number"], head["heading"], text[head.end() : end]


@register
class NewJerseyStatutes(StatuteAdapter):
    name = "nj_statutes"
    url_pattern = re.compile(
        r"njleg(?:\.state\.nj\.us|\.gov)/Statutes/STATUTES[-_]TEXT\.(?:zip|txt)$", re.I
    )
    multi_section = True
    binary = True

    def parse(self, response: Response) -> list[ParsedSection]:
        sections = [self._section(*entry) for entry in _entries(_dump_text(response))]
        if not sections:
            raise PageFormatError("no '{title}:{section}.  Catchline' entry at a line start")
        return sections

    def parse_wanted(self, response: Response, section: str) -> list[ParsedSection]:
        text = _dump_text(response)
        head = re.compile(rf"^{re.escape(section)}\.\s+(?P<heading>\S.*?)\s*$", re.M)
        found = head.search(text)
        if not found:
            return []
        following = _HEAD.search(text, found.end())
        body = text[found.end() : following.start() if following else len(text)]
        return [self._section(section, found["heading"], body)]

    @staticmethod
    def _section(number: str, catchline: str, body: str) -> ParsedSection:
        paras = [squash(p) for p in re.split(r"\n\s*\n", body)]
        paras = [p for p in paras if p]
        # Amended entries repeat the head at the start of the text: "39:4-97.  A person who ...".
        if paras:
            repeat = re.match(rf"^{re.escape(number)}\.\s+", paras[0])
            if repeat:
                first = paras[0][repeat.end() :]
                bare = catchline.rstrip(". ")
                if first.startswith(bare):
                    first = first[len(bare) :].lstrip(". ")
                paras[0] = first
        history: list[str] = []
        while paras and _HISTORY.match(paras[-1]):
            history.insert(0, paras.pop())
        text = paragraphs(paras)
        note = "\n".join(history) or None
        if not text:
            text, note = note or "", None
        if not text:
            raise PageFormatError(f"N.J.S.A. {number}: the entry has no text")
        return ParsedSection(
            section_number=number,
            text=text,
            code="NJSA",
            citation=f"N.J.S.A. {number}",
            heading=squash(catchline).rstrip(". ").strip() or None,
            history=note,
        )
