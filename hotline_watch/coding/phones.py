"""Trafficking hotline numbers (vanity letters included) and hotline names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hotline_watch.coding.patterns import C, Rx
from hotline_watch.coding.result import Coding, add_evidence
from hotline_watch.coding.text import sentence_span, squash
from hotline_watch.coding.vocabularies import NATIONAL_HOTLINE, OTHER_LINES, TEXT_LINE, US_STATES

if TYPE_CHECKING:
    from hotline_watch.coding.engine import Analysis


# A number as printed: area code, then the seven digits or vanity letters in two or three groups
# ("373-7888", "FLA-SAFE", "END-NJ-HT") or in one group of seven capitals ("ENDHTGA").
_SEP = r"[\-\u2010-\u2015.]"
_PHONE = C(
    r"(?<![\w\-])(?:\+?1\s*" + _SEP + r"?\s*)?(?:\(\s*\d{3}\s*\)|\d{3})\s*" + _SEP + r"?"
    r"\s*(?:[\dA-Z]{2,4}\s*" + _SEP + r"\s*(?:[\dA-Z]{2,4}\s*" + _SEP + r"\s*)?"
    r"[\dA-Z]{2,5}|[A-Z]{7})"
    r"(?![\w])"
)
_PHONE_SEPARATOR = C(_SEP + r"(?=\s*[\dA-Z]{2,7}(?!\w))")
_TEXTLINE = C(r"233(?:[\s\-]?733|722)(?![\d\-])")
_BEFREE = C(r"B(?:eFree|EFREE|e Free)\b")
_KEYPAD = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "22233344455566677778889999",
)
_HOTLINE_WORD_NEAR = Rx(
    r"hotline|hot line|tip ?line|help ?line|\bcall\w*|\btext\w*|\breport\w*|toll[- ]free|24/7"
    r"|\bdial\w*"
)
_CONTACT_BEFORE = C(r"(?:contact|phone|tel|fax|information)\s*:\s*[^\n]{0,40}$")


def _normalise_phone(raw: str) -> str | None:
    chars = "".join(ch for ch in raw if ch.isalnum())
    digits = chars.upper().translate(_KEYPAD)
    if not digits.isdigit():
        return None
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    if len(digits) != 10 or digits[0] in "01" or digits[3] in "01":
        return None
    if not chars[:3].isdigit():
        return None
    return f"1-{digits[:3]}-{digits[3:6]}-{digits[6:]}"


NAMED_HOTLINES: list[tuple[str, Rx]] = [
    (
        "National Human Trafficking Resource Center",
        Rx(r"national\s+human\s+trafficking\s+resources?\s+cent(?:er|re)|\bnhtrc\b"),
    ),
    (
        "National Human Trafficking Hotline",
        Rx(
            r"national\s+human\s+trafficking\s+(?:tip\s+)?hotline(?!\s+enhancement)"
            r"|national\s+hotline\s+for\s+human\s+trafficking"
        ),
    ),
]
_HOTLINE_KIND = Rx(
    r"human\s+trafficking\s+(?:resource\s+center\s+hotline|hotline|tip\s*line|help\s*line)\b"
)
STATE_BEFORE = C(r"\b(" + US_STATES + r")(?:\s+State)?(?:\s+Statewide)?\s+$")


OTHER_HOTLINE_TOPIC = Rx(
    r"\babuse\b|\bfraud|\bconsumer|\bgouging|\bsuicide|\bcrisis\b|\bmental\s+health"
    r"|\bpoison|\bdomestic\s+violence|\bscam|\bmissing\b|\bexploited\s+children"
)


def _phone_matches(text: str) -> list[re.Match[str]]:
    """`_PHONE` matches, found from the separator before the last group (much faster than
    scanning every position for the optional leading "+1 (")."""
    out: list[re.Match[str]] = []
    last = 0
    n = len(text)
    for c in _PHONE_SEPARATOR.finditer(text):
        i = c.start()
        if i < last:
            continue
        m = _PHONE.search(text, max(0, i - 22, last), min(n, i + 16))
        if m is None or m.end() <= i:
            continue
        if m.end() < n and (text[m.end()].isalnum() or text[m.end()] == "_"):
            continue  # cut off by the window: a longer token, not a phone number
        out.append(m)
        last = m.end()
    return out


def _phones(text: str, low: str) -> list[tuple[str, int, int]]:
    """Trafficking hotline numbers: (normalised, start, end) in order of appearance."""
    found: list[tuple[str, int, int]] = []
    for m in _phone_matches(text):
        num = _normalise_phone(m.group(0))
        if num is None:
            continue
        s, e = m.start(), m.end()
        if num in OTHER_LINES:
            continue  # the FBI's, NCMEC's, ... lines: real numbers, not trafficking hotlines
        if num != NATIONAL_HOTLINE:
            # a state or other number counts when its own sentence, or the one before or after,
            # is about trafficking, its own sentence is not about another hotline's subject, a
            # hotline/call/report word is near, and it is not a press contact
            own_lo, own_hi = sentence_span(low, s, e)
            near_lo = sentence_span(low, max(0, own_lo - 2), max(0, own_lo - 2))[0]
            near_hi = sentence_span(low, min(len(low), own_hi + 1), min(len(low), own_hi + 1))[1]
            if "traffick" not in low[near_lo:near_hi]:
                continue
            if OTHER_HOTLINE_TOPIC.search(low, own_lo, own_hi):
                continue
            if not _HOTLINE_WORD_NEAR.search(low, max(0, s - 100), min(len(low), e + 60)):
                continue
            if _CONTACT_BEFORE.search(low, max(0, s - 60), s):
                continue
        found.append((num, s, e))
    for m in _TEXTLINE.finditer(text):
        if m.start() and (text[m.start() - 1].isdigit() or text[m.start() - 1] == "-"):
            continue
        num = "233722" if m.group(0) == "233722" else TEXT_LINE
        found.append((num, m.start(), m.end()))
    for m in _BEFREE.finditer(text):
        if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")):
            found.append((TEXT_LINE, m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    return found


def _extract_hotlines(a: Analysis, coding: Coding) -> None:
    text, low = a.text, a.low
    for num, s, e in a.phones:
        if num not in coding.hotline_numbers:
            coding.hotline_numbers.append(num)
            add_evidence(coding, "hotline_numbers", num, text, s, e)
    names: list[tuple[int, int, str]] = []
    for name, rx in NAMED_HOTLINES:
        m = rx.search(low)
        if m:
            names.append((m.start(), m.end(), name))
    for m in _HOTLINE_KIND.finditer(low):
        state = STATE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if state is None:
            continue
        kind = squash(text[m.start() : m.end()]).split(None, 2)[2]
        kind = "Tip Line" if kind.lower().replace(" ", "") == "tipline" else kind.title()
        names.append((state.start(), m.end(), f"{state.group(1)} Human Trafficking {kind}"))
    names.sort()
    for s, e, name in names:
        if name not in coding.hotlines:
            coding.hotlines.append(name)
            add_evidence(coding, "hotlines", name, text, s, e)
    national = any(n in (NATIONAL_HOTLINE, TEXT_LINE, "233722") for n in coding.hotline_numbers)
    national = national or any(n.startswith("National") for n in coding.hotlines)
    state = any(n not in (NATIONAL_HOTLINE, TEXT_LINE, "233722") for n in coding.hotline_numbers)
    state = state or any(not n.startswith("National") for n in coding.hotlines)
    coding.hotline_scope = ["national"] * national + ["state"] * state
