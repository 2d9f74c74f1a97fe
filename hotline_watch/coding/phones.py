"""Trafficking hotline numbers (vanity letters included) and hotline names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hotline_watch.coding.patterns import C, Rx
from hotline_watch.coding.result import Coding, add_evidence
from hotline_watch.coding.text import sentence_span, squash
from hotline_watch.coding.vocabularies import (
    NATIONAL_HOTLINE,
    OTHER_LINES,
    OUTREACH_CUES,
    STATE_LINES,
    TEXT_LINE,
    US_STATES,
)

if TYPE_CHECKING:
    from hotline_watch.coding.engine import Analysis


# A number as printed: area code, then the seven digits or vanity letters in two or three groups
# ("373-7888", "FLA-SAFE", "END-NJ-HT") or in one group of seven capitals ("ENDHTGA").
#: A separator inside a number; a full stop followed by a space ends a sentence, not a group
_SEP = r"(?:[\-\u2010-\u2015]|\.(?!\s))"
_PHONE = C(
    r"(?<![\w\-])(?:\+?1\s*" + _SEP + r"?\s*)?(?:\(\s*\d{3}\s*\)|\d{3})\s*" + _SEP + r"?"
    r"\s*(?:[\dA-Z]{2,4}\s*" + _SEP + r"\s*(?:[\dA-Z]{2,4}\s*" + _SEP + r"\s*)?"
    r"[\dA-Z]{2,5}|[A-Z]{7})"
    r"(?![\w])"
)
# `_SEP` with its characters first (`re` skips to them rather than trying each position)
_PHONE_SEPARATOR = C(r"[\-\u2010-\u2015.](?:(?<=\.)(?!\s)|(?<!\.))(?=\s*[\dA-Z]{2,7}(?!\w))")
_TEXTLINE = C(r"233(?:[\s\-]?733|722)(?![\d\-])")
_BEFREE = C(r"B(?:eFree|EFREE|e Free)\b")
_KEYPAD = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "22233344455566677778889999",
)
_HOTLINE_WORD_NEAR = Rx(
    r"hotline|hot line|tip ?line|help ?line|\bcall\w*|\btext\w*|\breport\w*|toll[- ]free|24/7"
    r"|\bdial\w*|\bnumber\b"
)
#: A trafficking organisation named right before a number ("the California Coalition to
#: Abolish Slavery and Trafficking (CAST) at 1-888-KEY-2-FRE(EDOM) or 1-888-539-2373"), far from
#: any hotline word.
_TRAFFICKING_NAME_BEFORE = C(r"traffick[^.\n]{0,50}\b(?:at|or)\s*$")
#: A number spelled out or with vanity letters in groups of one to four ("8-4-4-end-O-H-H-T",
#: "1-888-KEY-2-FRE(EDOM)"), which `_PHONE` does not read: the area code in digits, then seven
#: characters with at least one letter; a longer vanity word is cut at seven ("FRE(EDOM)"). A
#: word of five or six letters may open the seven ("1-844-BRUNS-HT", "1-855-TEXAS-1"; round 57).
_PHONE_LOOSE = C(  # no leading lookbehind (3x slower): the start is checked in `_loose_phones`
    r"(\d-?\d-?\d)-((?:[A-Za-z0-9]{1,4}-|[A-Za-z]{5,6}-){1,6}[A-Za-z0-9]{1,7})"
    r"(?:\(([A-Za-z]{1,6})\))?(?![\w\-])"
)
#: A text-message tip line: "text 847411 ...", "text \"VSP\" to 847411" (five- or six-digit
#: short codes; 233733 is the national text line, found apart); the keyword named as such and
#: the tip told after it ("text the keyword ATHENSHT followed by their tip to 847411", "text
#: the word HELP and your message to ..."; round 57).
_SHORT_CODE = Rx(  # on the lower-cased text
    r"\btext(?:ing)?\s+(?:the\s+(?:key\s?word|word|code)\s+)?"
    r"(?:(?:[\"\u201c'][^\"\u201d'\n]{1,15}[\"\u201d']|[a-z]{2,10})"
    r"(?:\s+(?:followed\s+by|and|with|plus)(?:\s+[\w'\u2019]+){1,4}?(?=\s+to\s))?\s+)?"
    r"(?:to\s+)?(\d{5,6})\b"
)
_CONTACT_BEFORE = C(r"(?:contact|phone|tel|fax|information)\s*:\s*[^\n]{0,40}$")
#: A police body's own number, not named a hotline or tip line, is that body's line, not a
#: trafficking hotline: a local police department's or sheriff's ("please contact the Dover
#: Police Department at 302-736-7111"), a state police force's or highway patrol's, a barracks',
#: a troop's or a post's, a dispatch centre's ("call 911, or the Vermont State Police at ...").
_LOCAL_POLICE_LINE_BEFORE = C(
    r"(?:\b(?:police|sheriff(?:'s|\u2019s|s)?)\s+(?:department|dept\.?|office|bureau)"
    r"|\bstate\s+police|\b(?:highway|state)\s+patrol|\bbarracks|\btroop\s+[a-z0-9]{1,2}"
    r"|\b(?:police|patrol)\s+post|\bdispatch(?:\s+(?:center|centre|line))?"
    r"|\b(?:office|department|dept\.?)\s+directly"
    r"|\b(?:prosecutor|prosecuting\s+attorney|district\s+attorney|county\s+attorney"
    r"|state(?:'s|\u2019s)\s+attorney|solicitor)(?:'s|\u2019s|s)?\s+office"
    # an office's own lines (round 50): campus or city police, a department of public safety,
    # the non-emergency or main line, a desk ("call campus police at", "the sheriff's office
    # non-emergency line at", "the department's main line at", "the Special Victims Unit desk
    # at", "contact the Department of Public Safety at")
    r"|\bpolice|\bpublic\s+safety(?:\s+(?:department|office))?"
    r"|\b(?:non-?emergency|main|administrative|business|general)\s+(?:phone\s+)?(?:line|number)"
    r"|\bdesk"
    # a campus's or an office's security (round 63: "Honolulu CC Campus Security: (808) ...
    # (24 hours)", heading its own line of a help list beside the hotline)
    r"|\b(?:campus|college|university|school)\s+(?:security|safety)"
    r"|\bsecurity\s+(?:office|department|dept\.?|desk))"
    r"(?:\s+(?:at|on|by\s+calling)|\s*[,:])?\s*\(?\s*(?:1[-.\s])?$"
)
#: ... or a police body by the initials the text gives it ("The Coastal University Police
#: Department (CUPD) ... or contact CUPD at 843-..."; round 50): its own line.
_INITIALS_LINE_BEFORE = C(
    r"\b(?:contact|call|calling|reach|notify)\s+(?:the\s+)?([a-z]{2,8})"
    r"(?:\s+(?:at|on|by\s+calling)|\s*,)?\s*\(?\s*(?:1[-.\s])?$"
)
_POLICE_BODY_END = C(
    r"(?:police(?:\s+(?:department|dept\.?|force|service))?|sheriff(?:'s|\u2019s)?\s+office"
    r"|public\s+safety(?:\s+(?:department|office))?)\s*\(\s*$"
)


def _police_initials(low: str, s: int) -> bool:
    """Whether the number at `low[s]` follows a police body's initials the text defines in
    brackets after its name ("... Police Department (CUPD)")."""
    m = _INITIALS_LINE_BEFORE.search(low, max(0, s - 40), s)
    if m is None:
        return False
    mark = "(" + m.group(1) + ")"
    at = low.find(mark)
    while at >= 0:
        if _POLICE_BODY_END.search(low, max(0, at - 40), at + 1):
            return True
        at = low.find(mark, at + 1)
    return False


#: A number named a tip line or hotline, right before it ("the KBI tip line at", "Hotline:"),
#: or set beside the name by a comma ("list the TBI hotline, 1-855-55-TNHTH, and ...").
_NAMED_LINE_BEFORE = C(r"\b(?:hot\s?line|tip\s?line)\b(?:\s+(?:at|is|number))?\s*[:,]?\s*\(?$")
#: The headline and first sentence of a text.
_LEAD_CHARS = 300
#: A line the text has introduced, given again by anaphora right before its number ("The new
#: line, 1-833-TON-SAFE (1-833-866-7233), is answered by ..."; round 53): in a text whose
#: headline or first sentence is about trafficking, that text's line, as one named a tip line is.
_LINE_ANAPHOR_BEFORE = C(
    r"\b(?:the|this|that|our)\s+(?:(?:new|same|dedicated|24[- ]hour|confidential|anonymous|free"
    r"|toll[- ]free)\s+)*line\b(?:\s+(?:at|is))?\s*[:,]?\s*\(?$"
)


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


#: Trafficking in goods, not people: "drug trafficking", "wildlife trafficking", "trafficking
#: in firearms", "narcotics and weapons trafficking". A tip line about it is not a trafficking
#: hotline, and a release about it gives none.
_GOODS = (
    r"(?:drugs?|narcotics?|fentanyl|opioids?|heroin|cocaine|meth\w*|marijuana|cannabis"
    r"|wildlife|animals?|ivory|reef|fish|timber|firearms?|guns?|arms|weapons?|ammunition"
    r"|cigarettes?|tobacco|counterfeit\w*|contraband|cash|currency)"
)
_GOODS_BEFORE = C(_GOODS + r"(?:[-\s]+(?:and|or|&)[-\s]+[\w-]+)?[-\s]+$")
_GOODS_AFTER = C(r"\w*\s+(?:in|of)\s+(?:illegal\s+|illicit\s+)?" + _GOODS + r"\b")
_TRAFFICK = C(r"traffick")


def people_trafficking(low: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether `low[lo:hi]` speaks of trafficking other than in goods (human trafficking, or
    trafficking unqualified): "traffick" not right after a goods word ("drug", "wildlife")
    nor followed by "in / of" goods."""
    hi = len(low) if hi is None else hi
    if low.find("traffick", lo, hi) < 0:
        return False
    for m in _TRAFFICK.finditer(low, lo, hi):
        s = m.start()
        if _GOODS_BEFORE.search(low, max(0, s - 40), s) or _GOODS_AFTER.match(low, m.end()):
            continue
        return True
    return False


OTHER_HOTLINE_TOPIC = Rx(
    r"\babuse\b|\bfraud|\bconsumer|\bgouging|\bsuicide|\bcrisis\b|\bmental\s+health"
    r"|\bpoison|\bdomestic\s+violence|\bscam|\bmissing\b|\bexploited\s+children"
    # another national line named in the number's sentence ("the National Runaway Safeline",
    # "the National Sexual Assault Hotline"): its number is that line's, not a trafficking one
    r"|\bnational\s+(?:(?!human\b|trafficking\b|anti\b)[\w-]+\s+){1,3}?"
    r"(?:safe\s?line|life\s?line|help\s?line|hot\s?line)\b"
)


#: The line of another subject beside the hotline, named in the number's own sentence (a list's
#: line) that names no trafficking (round 51): a sexual or dating violence line ("StrongHearts
#: Native Helpline (domestic and sexual violence): 1-844-..."), a runaway line, protective
#: services, a child protection line, a problem gambling line, a general crime tip line ("Tips
#: about crimes in Kansas can also be reported to the KBI tip line at 1-800-KS-CRIME", "about any
#: crime", Crime Stoppers). Where the sentence names trafficking the line is one for it too.
OTHER_SUBJECT = Rx(
    r"\bsexual\s+(?:assault|violence)|\bdating\s+violence|\brape\b|\brunaway"
    r"|\bprotective\s+services|\bchild\s+(?:protection|protective|welfare)|\bgambling"
    r"|\bcrimes\b|\bany\s+crime\b|\bcrime\s+(?:tips?|tip\s?line|stoppers)\b|\bcrimestoppers"
    # a line for drugs, trafficking in goods ("the Sheriff's Office drug tip line", "information
    # about drug activity", "the narcotics hotline"; round 64)
    r"|\b(?:illegal\s+|illicit\s+)?(?:drugs?|narcotics?)\s+(?:activity|activities|tips?|tip\s?lines?"
    r"|hot\s?lines?|dealing|sales)\b"
)


#: "force, fraud, or coercion": the means of trafficking in its own definition ("a person made to
#: work ... through force, fraud or coercion"), not a fraud line's subject.
_FORCE_FRAUD_COERCION = C(r"force,?\s+fraud,?\s+(?:and\s+|or\s+|and/or\s+)?coercion")


def _other_topic(low: str, lo: int, hi: int) -> bool:
    """Whether `low[lo:hi]` is about another hotline's subject (`OTHER_HOTLINE_TOPIC`), the
    "fraud" of "force, fraud or coercion" not counting."""
    if OTHER_HOTLINE_TOPIC.search(low, lo, hi) is None:
        return False
    for m in OTHER_HOTLINE_TOPIC.finditer(low, lo, hi):
        if m.group(0) == "fraud" and _FORCE_FRAUD_COERCION.search(
            low, max(lo, m.start() - 7), min(hi, m.end() + 16)
        ):
            continue
        return True
    return False


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


def _normalise_loose(m: re.Match[str]) -> str | None:
    area = m.group(1).replace("-", "")
    tail = m.group(2).replace("-", "").upper()
    if not any(ch.isalpha() for ch in tail):
        return None  # digits only: `_PHONE` reads those
    if len(tail) > 7 and tail[7:].isalpha():
        tail = tail[:7]  # a vanity word longer than the number ("KEY2FREEDOM")
    if len(tail) != 7 or area[0] in "01":
        return None
    digits = area + tail.translate(_KEYPAD)
    return f"1-{digits[:3]}-{digits[3:6]}-{digits[6:]}" if digits[3] not in "01" else None


def _trafficking_line(low: str, s: int, e: int) -> bool:
    """A state or other number counts when its own sentence, or the one before or after, is
    about trafficking, its own sentence is not about another hotline's subject, a
    hotline/call/report word is near, and it is not a press contact."""
    own_lo, own_hi = sentence_span(low, s, e)
    near_lo = sentence_span(low, max(0, own_lo - 2), max(0, own_lo - 2))[0]
    near_hi = sentence_span(low, min(len(low), own_hi + 1), min(len(low), own_hi + 1))[1]
    anaphor = _LINE_ANAPHOR_BEFORE.search(low, max(0, s - 40), s) is not None
    if not people_trafficking(low, near_lo, near_hi) and not (
        # a number named as a tip line or hotline ("call the KBI tip line at 1-800-KS-CRIME") in
        # a text whose headline or first sentence is about trafficking: that text's line
        (anaphor or _NAMED_LINE_BEFORE.search(low, max(0, s - 40), s))
        and people_trafficking(low, 0, _LEAD_CHARS)
    ):
        return False
    if _other_topic(low, own_lo, own_hi):
        return False
    if OTHER_SUBJECT.search(low, own_lo, own_hi) and not people_trafficking(low, own_lo, own_hi):
        return False
    if (
        not anaphor
        and not _HOTLINE_WORD_NEAR.search(low, max(0, s - 100), min(len(low), e + 60))
        and not _TRAFFICKING_NAME_BEFORE.search(low, max(0, s - 60), s)
    ):
        return False
    if _LOCAL_POLICE_LINE_BEFORE.search(low, max(0, s - 60), s) or _police_initials(low, s):
        return False
    return not _CONTACT_BEFORE.search(low, max(0, s - 60), s)


def _loose_candidates(text: str) -> list[re.Match[str]]:
    """`_PHONE_LOOSE` matches, tried only where a digit is followed by "-" and a letter (every
    such number has one: "844-END", "4-e", "888-KEY"); scanning the whole text with the
    pattern costs more than walking its hyphens."""
    out: list[re.Match[str]] = []
    find = text.find
    i = find("-")
    n = len(text)
    while 0 < i < n - 1:
        if text[i - 1].isdigit() and text[i + 1].isalpha():
            m = _PHONE_LOOSE.search(text, max(0, i - 5), min(n, i + 40))
            if m is not None and m.start() <= i and (not out or m.start() >= out[-1].end()):
                out.append(m)
        i = find("-", i + 1)
    return out


def _loose_phones(
    text: str, low: str, found: list[tuple[str, int, int]], state_only: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """Numbers `_PHONE` does not read ("8-4-4-end-O-H-H-T", "1-888-KEY-2-FRE(EDOM)")."""
    out: list[tuple[str, int, int]] = []
    last = 0
    for m in _loose_candidates(text):
        s, e = m.start(), m.end()
        if s < last:
            continue
        last = e
        if text[max(0, s - 2) : s] == "1-":
            s -= 2
        if s and (text[s - 1].isalnum() or text[s - 1] in "_-"):
            continue  # inside a longer token
        if any(fs < e and s < fe for _, fs, fe in found + state_only):
            continue
        num = _normalise_loose(m)
        if num is None or num in OTHER_LINES:
            continue
        if not _trafficking_line(low, s, e):
            if num in STATE_LINES:
                state_only.append((num, s, e))
            continue
        out.append((num, s, e))
    return out


def _fictional(num: str) -> bool:
    """Whether a normalised number is in the range reserved for fiction (555-0100 to 555-0199):
    never a hotline (round 53)."""
    return num[6:9] == "555" and num[10:12] == "01"


def _phones(text: str, low: str) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """Trafficking hotline numbers: (normalised, start, end) in order of appearance; and apart,
    states' own trafficking hotlines (data) printed where no trafficking word is near, which the
    hotline_numbers field codes and the classification (outreach reads the first list) does not
    see."""
    found: list[tuple[str, int, int]] = []
    state_only: list[tuple[str, int, int]] = []
    for m in _phone_matches(text):
        num = _normalise_phone(m.group(0))
        if num is None:
            continue
        s, e = m.start(), m.end()
        if num in OTHER_LINES:
            continue  # the FBI's, NCMEC's, ... lines: real numbers, not trafficking hotlines
        if num != NATIONAL_HOTLINE and not _trafficking_line(low, s, e):
            # a state's own trafficking hotline (data) is one wherever a text prints it: the
            # field's, apart
            if num in STATE_LINES:
                state_only.append((num, s, e))
            continue
        found.append((num, s, e))
    if "-" in text:
        found.extend(_loose_phones(text, low, found, state_only))
    for m in _SHORT_CODE.finditer(low):
        code = m.group(1)
        if code.startswith("233") or not _trafficking_line(low, m.start(1), m.end(1)):
            continue
        found.append((code, m.start(1), m.end(1)))
    for m in _TEXTLINE.finditer(text):
        if m.start() and (text[m.start() - 1].isdigit() or text[m.start() - 1] == "-"):
            continue
        num = "233722" if m.group(0) == "233722" else TEXT_LINE
        found.append((num, m.start(), m.end()))
    for m in _BEFREE.finditer(text):
        if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")):
            found.append((TEXT_LINE, m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    return found, state_only


#: An organisation's or a company's own contact number, not a trafficking hotline unless the
#: text names it one between the words and the number: "call our office at", "our advocate
#: line at", "To make an appointment with our clinic, call", "contact us at", a company's
#: "Employee Assistance Program: ... (800) ...", another body's anonymous line ("contact Crime
#: Stoppers by phone at"). A line its sentence says concerns are reported to ("Concerns can be
#: reported confidentially to our Ethics Help Line, 1-888-...") is a reporting line: kept.
_REPORT = C(r"\breport")
_OWN_CONTACT_BEFORE = C(
    r"(?:\b(?:our|us)\b|\bemployee\s+assistance\b|\bcrime\s+stoppers\b)(?![^\n]*traffick)[^\n]*$"
)


#: A number under a heading of its own ("Workers' helpline (Mandarin, English): 718-...") that
#: names a help line, not a trafficking or reporting one, on a page that speaks of itself in the
#: first person just before ("Come to our office ..."): the speaker's own line, headed by whom
#: it serves rather than by "our". A bulleted line is an item of a list of resources, others'
#: lines ("- StrongHearts Native Helpline (...): 1-844-..."), so the heading opens its line bare.
_LINE_HEADING_BEFORE = C(
    r"(?:^|\n)[ \t]*([^\n:\u2022*\-\u2013][^\n:]{2,79}\b(?:help)?line\b[^\n:]{0,60}):[ \t]*$"
)
_NOT_OWN_HEADING = C(r"traffick|hotline|\btip|report|crisis|national|state|\b988\b")
_FIRST_PERSON = C(r"\b(?:our|we|us)\b")

#: An organisation's own line told in the third person (round 48): the body "can be reached at"
#: the number ("Prairie Light Refuge can be reached at 605-...", "The shelter may be contacted
#: at"), or the line named as the body's "own" ("cards with the alliance's own support line,
#: 314-...", "its own 24-hour number"). Not a hotline or tip line reached so, nor a state's own
#: trafficking line: no such word between the sentence's start (or the "own") and the number.
_REACHED_BEFORE = C(
    r"\b(?:can|may)\s+(?:also\s+)?be\s+(?:reached|contacted)\s+(?:at|by\s+(?:phone|calling)(?:\s+at)?)"
    r"\s*:?\s*\(?$"
)
_OWN_LINE_BEFORE = C(
    r"\b(?:its|their|his|her|[a-z]+(?:'s|\u2019s|s'|s\u2019))\s+own\s+(?:[\w-]+\s+){0,3}?"
    r"(?:line|number|phone|helpline|hotline)\b"
    # what the line is for ("the alliance's own number for local support, 315-...")
    r"(?:\s+(?:for|in)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"(?:\s+(?:is|at))?\s*[:,]?\s*\(?$"
)
#: An office's address line, the number at its end ("Danbury Police Department | 375 Main
#: Street, Danbury, CT 06810 | 203-797-4611"): a state and ZIP code after a comma earlier on the
#: number's line, nothing but separators (or a word such as "Phone") between them and it. The
#: office's main number, not a trafficking hotline, unless a hotline or tip line word stands
#: between the ZIP code and the number.
_ADDRESS_LINE_BEFORE = C(r",\s*[a-z]{2,}\.?\s+\d{5}(?:-\d{4})?\b([^\n]{0,40})$")
#: A police or an office's unit reached at the number ("To reach the Human Trafficking Unit,
#: call 303-...", "contact the Special Victims Division at"): that unit's own line, named for
#: whom it reaches, not a hotline or tip line.
_UNIT_LINE_BEFORE = C(
    r"\b(?:unit|division|bureau|section|squad)\b(?:\s+directly)?"
    r"(?:\s+(?:at|on|by\s+calling)|\s*,\s*(?:call|dial|phone)(?:\s+at)?|\s*:)?"
    r"\s*\(?\s*(?:1[-.\s])?$"
)
_HOTLINE_OR_STATE = C(r"traffick|hot\s?line|tip\s?line|\btips?\b")
#: (a state's own line, the state named by its name as well: "Georgia's own line, 1-866-...";
#: round 67)
_NOT_OWN_LINE = C(
    r"traffick|tip\s?line|\btips?\b|\b(?:state|" + US_STATES.lower() + r")(?:'s|\u2019s)\s+own\b"
)


def _own_contact(low: str, s: int) -> bool:
    """Whether the number at `low[s]` is an organisation's own contact line
    (`_OWN_CONTACT_BEFORE` in its own sentence, at most 80 characters before it; a body "can be
    reached at" it or its "own" line, `_REACHED_BEFORE` and `_OWN_LINE_BEFORE`; or a help line
    headed by whom it serves on a page speaking in the first person, `_LINE_HEADING_BEFORE`)."""
    m = _ADDRESS_LINE_BEFORE.search(low, max(0, s - 120), s)
    if m is not None and _HOTLINE_OR_STATE.search(m.group(1)) is None:
        return True
    own_lo, own_hi = sentence_span(low, s, s)
    if _UNIT_LINE_BEFORE.search(low, max(own_lo, s - 40), s) is not None:
        return True
    if _REPORT.search(low, own_lo, own_hi) is not None:
        return False
    if _OWN_CONTACT_BEFORE.search(low, max(own_lo, s - 80), s) is not None:
        return True
    m = _REACHED_BEFORE.search(low, max(own_lo, s - 40), s)
    if m is not None and _HOTLINE_OR_STATE.search(low, own_lo, m.start()) is None:
        return True
    m = _OWN_LINE_BEFORE.search(low, max(own_lo, s - 80), s)
    if m is not None and _NOT_OWN_LINE.search(low, m.start(), s) is None:
        return True
    head = _LINE_HEADING_BEFORE.search(low, max(0, s - 150), s)
    return (
        head is not None
        and _NOT_OWN_HEADING.search(head.group(1)) is None
        and _FIRST_PERSON.search(low, max(0, head.start() - 300), head.start()) is not None
    )


#: A crime-victims program, a victim-services or victim-assistance office, heading its own line
#: of a resources list ("Siletz Tribal Victims of Crime program: 541-..."; round 53): another
#: service's line.
_VICTIM_SERVICE = C(
    r"\bvictims?\s+of\s+crimes?\b|\bcrime\s+victims?\b|\bvictim(?:s|'s|s')?\s+"
    r"(?:services|assistance|witness|advocacy)\b"
)
#: ... on a line of its own headed by the service's name, as a resources list gives it
_HEADED_LINE_BEFORE = C(r"[ \t]*(?:[\u2022*\-\u2013][ \t]*)?([^\n:]{3,100}):[ \t]*\(?$")
#: A number given to book an office's talk or training ("Call Law Enforcement Services at
#: 406-... to schedule", "To request a presentation, call ..."): the office's own line.
_BOOKING_AFTER = C(
    r"\s*\)?\s*,?\s*(?:or\s+[^.;\n]{0,40}?)?\bto\s+(?:schedule|book|arrange|request|set\s+up"
    r"|sign\s+up|register)\b"
)
#: A number given to get the office's materials ("Business owners who want additional copies
#: can pick them up at the Sheriff's Office or call 251-...", "To order free posters, call ...",
#: "For more cards, contact ..."; round 57): the office's own line, as a booking line is, unless
#: a hotline, tip line or trafficking word names it between the call and the number.
_MATERIALS_BEFORE = C(
    r"\b(?:(?:want\w*|need\w*|would\s+like|order\w*|request\w*|obtain\w*|get)\s+(?:(?:more|additional|extra|free|further|printed|laminated|replacement|new)\s+){0,2}"
    r"|for\s+(?:(?:more|additional|extra|free|further|printed|laminated|replacement|new)\s+){1,2})"
    r"(?:copies|posters?|cards?|notices?|materials?|brochures?|flyers?|fliers?|magnets?|stickers?"
    r"|handouts?)\b[^.;\n]{0,80}?\b(?:call|contact|phone|reach|dial)\b([^.;\n]{0,50})$"
)
_BOOKING_BEFORE = C(
    r"\bto\s+(?:schedule|book|arrange|request|set\s+up|sign\s+up\s+for|register\s+for)\b"
    r"[^.;\n]{0,60}\b(?:call|contact|phone|reach)\b[^.;\n]{0,50}$"
)
#: An office's number offered beside 911 ("In an emergency, call 911 or University Safety at
#: 417-...", "call Routt County Communications at 970-..., or 911 if someone is in immediate
#: danger"): the office's emergency or dispatch line, not a hotline, unless a hotline, tip line
#: or trafficking word names it between the call and the number.
_NINE_ONE_ONE_BEFORE = C(r"\b911\s*,?\s+or\s+(?:call\s+|contact\s+)?([^.;\n]{0,60})$")
_NINE_ONE_ONE_AFTER = C(r"[^.;\n]{0,25}?\bor\s+(?:call\s+|dial\s+)?911\b")
_CALL_BEFORE = C(r"\b(?:call|contact|reach|dial|notify)\b([^.;\n]{0,60})$")
#: An office's number offered for its office hours ("You can also call Tribal Social Services at
#: 435-... during business hours", "call the county at ..., Monday through Friday"; round 64):
#: the office's own line, no around-the-clock hotline, unless a hotline, tip line or trafficking
#: word names it between the call and the number.
_OFFICE_HOURS_AFTER = C(
    r"\s*\)?\s*,?\s*\(?(?:(?:during|in)\s+(?:its\s+|our\s+|their\s+)?(?:regular\s+|normal\s+)?"
    r"(?:business|office|working)\s+hours|(?:on\s+)?weekdays|(?:from\s+)?mon(?:day)?\.?\s*"
    r"(?:-|\u2013|through|thru|to)\s*fri(?:day)?)\b"
)
_LINE_NAME = C(r"hot\s?line|tip\s?line|help\s?line|traffick|\btips?\b")
#: A media or press contact's line ("Media contact: Christine ..., Public Information | 772-..."):
#: the office's press line, whatever stands between on the line.
_PRESS_LINE_BEFORE = C(
    r"\b(?:media|press|news\s+media)\s+(?:contacts?|inquir\w+|relations)\b"
    r"|\bpublic\s+information\s+officer\b"
)
_DIGIT = C(r"\d")


def _not_hotline(low: str, s: int, e: int) -> bool:
    """Whether the number at `low[s:e]` is, by its own words, another line than a trafficking
    hotline (round 53): another service's in its own item of a list ("the StrongHearts Native
    Helpline, 1-844-..., for domestic and dating violence"; the item runs from the number before
    it in the sentence to the one after), a line to book a talk, an office's beside 911 or for
    its office hours (round 64), or a press contact's."""
    own_lo, own_hi = sentence_span(low, s, e)
    lo = own_lo
    for d in _DIGIT.finditer(low, own_lo, s):
        lo = d.end()
    d = _DIGIT.search(low, e, own_hi)
    hi = own_hi if d is None else d.start()
    if OTHER_SUBJECT.search(low, lo, hi) and not people_trafficking(low, lo, hi):
        return True
    line_lo = low.rfind("\n", 0, s) + 1
    head = _HEADED_LINE_BEFORE.match(low, line_lo, s)
    if (
        head is not None
        and _VICTIM_SERVICE.search(head.group(1))
        and not people_trafficking(head.group(1))
    ):
        return True
    if _BOOKING_AFTER.match(low, e) or _BOOKING_BEFORE.search(low, max(own_lo, s - 160), s):
        return True
    m = _MATERIALS_BEFORE.search(low, max(own_lo, s - 200), s)
    if m is not None and _LINE_NAME.search(m.group(1)) is None:
        return True
    m = _NINE_ONE_ONE_BEFORE.search(low, max(own_lo, s - 80), s)
    if m is not None and _LINE_NAME.search(m.group(1)) is None:
        return True
    if _NINE_ONE_ONE_AFTER.match(low, e):
        c = _CALL_BEFORE.search(low, max(own_lo, s - 70), s)
        if c is not None and _LINE_NAME.search(c.group(1)) is None:
            return True
    if _OFFICE_HOURS_AFTER.match(low, e):
        c = _CALL_BEFORE.search(low, max(own_lo, s - 70), s)
        if c is not None and _LINE_NAME.search(c.group(1)) is None:
            return True
    return _PRESS_LINE_BEFORE.search(low, line_lo, s) is not None


#: A hotline named without a number ("the hotline", "a toll-free tip line", "NHTRC").
HOTLINE_WORD = Rx(
    r"\bhot\s?lines?\b|\btip\s?lines?\b|\bhelp\s?lines?\b|toll[- ]free\s+(?:line|number)"
    r"|\bnhtrc\b|resource\s+cent(?:er|re)|\bbefree\b"
)

#: US state agencies named by their acronym: a state's postal letters (or its usual short form:
#: Penn, Minn, Wis, Mass, Conn, WS) joined to a department's letters ("MoDOT", "NJDOL", "NCDHHS",
#: "RIDOH", "SCDMV"), and one letter joined to the four-letter forms nothing else spells ("ODOT",
#: "KDOT", "IDHS", "CDHS"). Written out literal by literal, so each is keyed on its whole acronym
#: and costs no scan in a text without it ("ardor", "odor": no DOR form is made).
_STATE_LETTERS = (
    "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm"
    " ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc penn minn wis mass conn ws"
).split()
_DEPARTMENT_LETTERS = (
    "dot dps dhs dhhs dol dnr dcfs dcf dss doc doh doj deq dmv doe dfs djj dph dhr dys dcyf"
).split()
_ONE_LETTER_FORMS = [f"{p}{d}" for p in "acikmno" for d in ("dot", "dps", "dhs", "dhhs", "dph")]
STATE_AGENCY_ACRONYM = (
    r"\b(?:"
    + "|".join(sorted({f"{s}{d}" for s in _STATE_LETTERS for d in _DEPARTMENT_LETTERS}))
    + "|"
    + "|".join(sorted(_ONE_LETTER_FORMS))
    + r")\b"
)
#: A public office: its words, a body a government owns or created (`government_body`: "a
#: corporation owned by the Commonwealth", "an instrumentality of the state"), a public
#: institution named by its kind (`public_institution`: "Kent District Library", "the state
#: university", "Lottery Director"), a state acronym.
PUBLIC_OFFICE = Rx(
    OUTREACH_CUES["public_office"]
    + "|"
    + OUTREACH_CUES["government_body"]
    + "|"
    + OUTREACH_CUES["public_institution"]
    + "|"
    + STATE_AGENCY_ACRONYM
)

#: A number the text gives as an office's own line: "call / contact / notify / reach" (the), a
#: name of up to six words, "at" or "on", then the number ("Staff who suspect trafficking should
#: call Routt County Communications at 970-879-1110"). The name is read for a public office
#: (`PUBLIC_OFFICE`) and for no hotline or tip line word (`_own_office_line`).
_OFFICE_LINE_BEFORE = C(
    r"\b(?:call|calling|contact|contacting|notify|reach)\s+(?:the\s+)?"
    r"((?:[\w.'\u2019&-]+\s+){1,6}?)(?:at|on)\s*\(?\s*(?:1[-.\s])?$"
)


def _own_office_line(low: str, start: int, number: str) -> bool:
    """The number at `start` is given as a public office's own line, named by the office alone
    with no hotline or tip line word ("call Routt County Communications at ...", a county's
    dispatch centre): the office's line for any report, no trafficking hotline it promotes
    (round 54). The national lines and the states' own trafficking lines are hotlines however
    they are introduced."""
    if number in (NATIONAL_HOTLINE, TEXT_LINE, "233722") or number in STATE_LINES:
        return False
    m = _OFFICE_LINE_BEFORE.search(low, max(0, start - 90), start)
    if m is None or HOTLINE_WORD.search(low, m.start(1), m.end(1)) is not None:
        return False
    return any(o.end() <= m.end(1) for o in PUBLIC_OFFICE.finditer(low, m.start(1), m.end(1)))


def office_line(low: str, s: int, e: int, num: str) -> bool:
    """Whether the number `num` at `low[s:e]` is, by its own words, an office's own line or
    another service's beside the hotline, not a trafficking hotline: an office named alone
    before it ("call Routt County Communications at", `_own_office_line`), another service's
    line in its own item, a line to book a talk, an office's beside 911 or a press contact's
    (`_not_hotline`). The one reading of such a line (round 55): the field hotline_numbers
    leaves it out (`not_trafficking_line`) and promotes_hotline (outreach.hotline_refs) counts
    it as no hotline reference. The national lines are hotlines however they are introduced;
    so are the states' own trafficking lines where only an office's name introduces them."""
    if num in (NATIONAL_HOTLINE, TEXT_LINE, "233722"):
        return False
    if _not_hotline(low, s, e):
        return True
    # a number written in its own letters ("1-800-KS-CRIME", "1-844-END-HTKS") is a dedicated
    # line the office set up, not its switchboard or dispatch: named by the office alone it is
    # still the tip line (lead's mend of round 55, from fresh set 73)
    return not any(ch.isalpha() for ch in low[s:e]) and _own_office_line(low, s, num)


def office_line_of(a: Analysis, s: int, e: int, num: str) -> bool:
    """`office_line` for a number of `a.phones`, read once a text (both readers ask)."""
    seen = a.office_lines
    if s not in seen:
        seen[s] = office_line(a.low, s, e, num)
    return seen[s]


def not_trafficking_line(a: Analysis, s: int, e: int, num: str) -> bool:
    """Whether the field hotline_numbers leaves the number out: an office's own line or another
    service's (`office_line`), an organisation's own contact line (`_own_contact`: "our
    office", an address line, a unit reached at it), or a number in the fiction range."""
    if num in (NATIONAL_HOTLINE, TEXT_LINE, "233722"):
        return False
    return _fictional(num) or _own_contact(a.low, s) or office_line_of(a, s, e, num)


def _extract_hotlines(a: Analysis, coding: Coding) -> None:
    text, low = a.text, a.low
    phones = a.phones
    if a.state_phones:
        phones = sorted([*phones, *a.state_phones], key=lambda t: t[1])
    for num, s, e in phones:
        # the field only: `a.phones` (which outreach reads) keeps every number it found
        if num not in coding.hotline_numbers and not not_trafficking_line(a, s, e, num):
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
