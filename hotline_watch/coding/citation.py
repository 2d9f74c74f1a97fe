"""The text's own citation and its history (source) note."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hotline_watch.coding.patterns import C, Line
from hotline_watch.coding.result import Coding, add_evidence
from hotline_watch.coding.text import squash
from hotline_watch.coding.vocabularies import US_STATES

if TYPE_CHECKING:
    from hotline_watch.coding.engine import Analysis

# Source/history notes: (literal the text must contain, or "" for none; pattern)
_HISTORY_RX: list[tuple[str, re.Pattern[str] | Line]] = [
    ("[", C(r"\[\s*L\s*\d{4}\s*,\s*c\s*\d+[^\]\n]{0,250}\]")),
    ("Source", C(r"\(Source:\s*P\.\s?A\.[^)]{0,280}\)")),
    ("History", Line(r"(?m)^[ \t]*History:[ \t]*\S[^\n]{0,280}")),
    ("(Act", C(r"\(Acts?\s+\d{4}-\d+[^)\n]{0,150}\)")),
    ("Acts ", Line(r"(?m)^[ \t]*Acts\s+\d{4},\s*(?:No|Act)\.?\s*\d+[^\n]{0,250}")),
    ("[", C(r"\[\s*\d{4}\s+c\s+\d+\s+\u00a7\s*\d+[^\]\n]{0,200}\]")),
    ("ch.", Line(r"(?m)^[ \t]*(?:s\.\s?\d+,\s*ch\.\s*\d{2,4}-\d+[;.]?[ \t]*)+")),
    (
        "",
        Line(
            r"(?m)^[ \t]*(?:Created|Amended|Enacted|Added|Entire\s[^\n]{0,40}?"
            r"(?:repealed|reenacted)[^\n]{0,20}?)\s+(?:by\s+)?\d{4}\s+(?:[A-Z][\w.]*\s+){0,2}"
            r"(?:Acts|Laws|Ch\.|ch\.)[^\n]{0,200}"
        ),
    ),
    (", c", Line(r"(?m)^[ \t]*\d{4},\s*cc?\.\s*\d+[^\n]{0,150}")),
    ("L.", Line(r"(?m)^[ \t]*(?:L\.\s?\d{4},\s*c\.\s?\d+[^\n]{0,150})")),
]

_SECTION_SIGN_NUM = C(r"\u00a7{1,2}\s*([A-Z]{0,3}-?\d[\w.\-:]*\w|\d)")
_CITE_ABBREV_BEFORE = C(r"(?<![\w.])((?:\d+\s+)?(?:[A-Z][A-Za-z']{0,7}\.?(?:[A-Z]\.)*\s+){1,4})$")
_ABBREVIATION = C(r"[A-Z][a-z]*\.")
_SESSION_LAW_BEFORE = C(r"(?:\bc\.?|\bch\.|\bchapter)\s*\d+\s*,?\s*$", re.IGNORECASE)
_HEADING_SECTION = Line(r"(?m)^[#\s\u2022]*(\d{1,3}[A-Z]?[.\-:]\d[\w.\-:]*\w)\.?\s+-?\s*[A-Z]")
_CITE_STATE_CODE_BEFORE = C(
    r"((?:Code\s+of\s+(?:" + US_STATES + r")|(?:" + US_STATES + r")(?:\s+[A-Z][a-z]+)?\s+Code))"
    r"\s*$"
)
_CITE_CODE_KEYS = (
    "RCW",
    "KRS",
    "ORS",
    "MCL",
    "ILCS",
    "V.S.A.",
    "C.R.S.",
    "R.S.",
    "RS",
    "O.C.G.A.",
    "N.J.S.",
    "G.S.",
    "HRS",
    "Admin. R.",
)
# "RCW 43.280.110", "KRS 281.767", "MCL 752.1035", "13 V.S.A. § 2661" (gated by _CITE_CODE_KEYS)
_CITE_CODE_RX = C(
    r"(?<![\w.])((?:\d+\s+)?(?:RCW|KRS|ORS|MCL|ILCS|V\.S\.A\.|C\.R\.S\.|R\.S\.|RS|O\.C\.G\.A\."
    r"|N\.J\.S\.A?\.|G\.S\.|HRS|Or\.\s+Admin\.\s+R\.))\s*\u00a7?\s*(\d[\w.\-:]*\w)"
)
_CITE_SECTION_RX = Line(r"(?m)^[ \t•]*(?:Section|Sec\.|SECTION)\s+(\d+[.\-][\w.\-:]*\w)")
_BILL_RX = C(
    r"\b(?:(?i:house|senate|assembly)\s+(?i:bill)\s+(?:(?i:no)\.\s*)?\d+"
    r"|(?:HB|SB|HF|SF|AB|LB|SSB|HCS/HB)\s?\d+)\b"
)
#: Letters every `_BILL_RX` match holds ("bill" in any case, with the two dotted/dotless i's
#: that (?i) also takes; or "HB", "SB", ...): `_BILL_RX` tries each position slowly (~55 us a
#: text's head), this one only where its first letter is (~6 us)
_BILL_GATE = C(r"[bBHSAL](?:(?<=[bB])[iI\u0130\u0131][lL][lL]|(?<=[HSAL])[BF])")
_SHORT_TITLE_RX = C(
    r"\b(?:known|cited)\s+(?:and\s+may\s+be\s+cited\s+)?as\s+(?:the\s+)?([A-Z][^.\n]{5,120}?\bAct)\b"
)
_CROSS_REF_BEFORE = C(
    r"(?:under|pursuant\s+to|in|of|see|by|with|and|to|per|amend)\s*,?\s*$", re.IGNORECASE
)


def _extract_history(a: Analysis, coding: Coding) -> None:
    """The section's source/history note ("[L 2013, c 245, §1; am L 2015, c 35, §11]", ...)."""
    text = a.text
    best: tuple[int, int] | None = None
    for key, rx in _HISTORY_RX:
        if key and key not in text:
            continue
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    if best is not None:
        s, e = best
        value = squash(text[s:e]).rstrip(" ;,")
        if len(value) > 300:
            value = value[:300]
        coding.history = value
        add_evidence(coding, "history", value, text, s, e)


def _extract_citation(a: Analysis, coding: Coding) -> None:
    """The text's own citation (best effort): a code section named near the top ("Fla. Stat.
    § 787.29", "§ 371-20", "RCW 43.280.110", "Section 54-234a"), else the act's short title,
    else a bill number."""
    text = a.text
    head = text[:800]
    found: tuple[int, int, str] | None = None
    i = head.find("\u00a7")
    while i >= 0 and found is None:
        num = _SECTION_SIGN_NUM.match(head, i)
        before = head[max(0, i - 60) : i]
        if (
            num is not None
            and not _CROSS_REF_BEFORE.search(before[-20:])
            and not _SESSION_LAW_BEFORE.search(before[-20:])
        ):
            abbrev = _CITE_ABBREV_BEFORE.search(before)
            state = _CITE_STATE_CODE_BEFORE.search(before)
            if abbrev and _ABBREVIATION.search(abbrev.group(1)):
                prefix, start = squash(abbrev.group(1)), i - len(before) + abbrev.start(1)
            elif state:
                prefix, start = squash(state.group(1)), i - len(before) + state.start(1)
            else:
                prefix, start = "", i
            value = f"{prefix} \u00a7 {num.group(1)}".strip()
            found = (start, num.end(), value)
        i = head.find("\u00a7", i + 1)
    if found is None and any(k in head for k in _CITE_CODE_KEYS):
        m = _CITE_CODE_RX.search(head)
        if m and not _CROSS_REF_BEFORE.search(head[max(0, m.start() - 20) : m.start()]):
            found = (m.start(), m.end(), f"{squash(m.group(1))} {m.group(2)}")
    if found is None and ("Section" in head or "Sec." in head or "SECTION" in head):
        m = _CITE_SECTION_RX.search(head)
        if m:
            found = (m.start(), m.end(), f"Section {m.group(1)}")
    if found is None:
        m = _HEADING_SECTION.search(head)
        if m:
            found = (m.start(1), m.end(1), f"Section {m.group(1)}")
    if found is None and ("cited as" in a.low[:3000] or "known as" in a.low[:3000]):
        m = _SHORT_TITLE_RX.search(text, 0, 3000)
        if m:
            found = (m.start(1), m.end(1), squash(m.group(1)))
    if found is None and _BILL_GATE.search(head):
        m = _BILL_RX.search(head)
        if m:
            found = (m.start(), m.end(), squash(m.group(0)))
    if found is not None:
        start, end, value = found
        value = value.rstrip(".")
        coding.citation = value
        add_evidence(coding, "citation", value, text, start, end)
