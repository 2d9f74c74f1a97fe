"""Coding engine: plain functions over text that decide and extract the coded fields.

Shared by the pipelines, `hotline-watch classify` and the tests; needs neither Scrapy nor the
database. Everything is rule-based and every regular expression is compiled once, at import.

Two decisions are made for every text:

* `requires_posting`: the text states, enacts, proposes or describes a *mandatory* duty to post
  or display human-trafficking hotline information. Mandatory cues ("shall post", "required to
  display", "would require ... to hang up posters", "posting requirement", "is mandatory") are
  weighed against permissive cues ("may post", "may voluntarily", "encourage ... to display",
  "request that ... display", "voluntary"). A mandatory cue only counts when it governs a sign,
  notice, poster or similar object in a text about human trafficking, is not negated ("not
  required to post") and does not carry a permissive word between the modal and the verb. The
  text is coded True when the mandatory weight exceeds the permissive weight.
* `promotes_hotline`: the text publicises a trafficking hotline (the national 1-888-373-7888,
  text 233733/BeFree, or a state trafficking hotline) as part of an *effort*: a campaign,
  billboards, posters, PSA, training, awareness month/day, partnership, a reminder of a posting
  duty... Statute/bill text is never a campaign, and a hotline that is only discussed (its
  policies, its funding) rather than given to the public does not count.

Extracted fields carry evidence: `{"field", "value", "quote"}` where `quote` is an exact
substring of the coded text (for HTML input: of its visible text), at most ~300 characters.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

__all__ = [
    "CAMPAIGN_TYPES",
    "ESTABLISHMENTS",
    "MEDIA",
    "Coding",
    "code_text",
    "explain",
    "html_to_text",
    "read_document",
]

# --------------------------------------------------------------------------------------------
# Vocabularies
# --------------------------------------------------------------------------------------------

#: Establishment codes (who/where a posting law applies) -> description.
ESTABLISHMENTS: dict[str, str] = {
    "bar": "bars, taverns, nightclubs; on-premises (on-sale) liquor licensees or permit holders "
    "(e.g. Hawaii class 5 and class 11 liquor licences; ABC-licensed locations)",
    "adult_entertainment": "strip clubs, sexually oriented / adult-oriented businesses, adult "
    "cabarets, employers of exotic, erotic or nude dancers or massagers",
    "massage": "massage parlors, massage therapy and bodywork establishments, massage schools",
    "airport": "airports (primary / public airports) and aircraft",
    "bus_station": "bus stations, terminals and passenger bus service",
    "rail_station": "train, passenger-rail and light-rail stations",
    "truck_stop": "truck stops; full-service fuel facilities; travel plazas with overnight truck "
    "parking",
    "service_plaza": "highway / turnpike service plazas",
    "weigh_station": "weigh stations",
    "rest_area": "roadside / safety rest areas and highway rest stops",
    "welcome_center": "state welcome centers and travel information centers",
    "transportation_hub": "transportation hubs / facilities in general",
    "emergency_room": "hospital emergency rooms / departments",
    "urgent_care": "urgent care centers and walk-in clinics",
    "hospital": "hospitals (general acute care) other than their emergency rooms",
    "medical_facility": "health care facilities, clinics, abortion / family-planning facilities",
    "lodging": "hotels, motels, inns, bed and breakfasts, tourist homes, other lodging",
    "farm_labor_contractor": "farm / agricultural labor contractors and transporters, day haulers",
    "job_recruitment": "job recruitment centers, employment agencies, job centers",
    "school": "schools (including massage and cosmetology schools)",
    "nail_salon": "nail salons and nail technicians",
    "cosmetology": "cosmetology facilities, beauty and hair salons, barbers, estheticians",
    "tattoo": "tattoo studios and body-art establishments",
    "restaurant": "restaurants and food service facilities",
    "casino": "casinos, video lottery agents, gaming facilities",
    "gas_station": "gas stations, convenience stores, fuel stations",
    "port": "seaports, ports of entry, marinas",
    "public_restroom": "establishments with restrooms for public use (posting in restrooms)",
    "government_building": "state service centers, government buildings and agencies",
    "state_park": "state parks and recreational sites",
    "assisted_living": "assisted living facilities",
    "shopping_mall": "shopping malls and centers",
    "money_services": "money transmitters and check cashers",
    "employer_general": "employers in general (e.g. all employers subject to a minimum wage act)",
}

#: Campaign type codes (what kind of effort a release describes) -> description.
CAMPAIGN_TYPES: dict[str, str] = {
    "billboard": "billboards (printed or digital)",
    "poster": "posters, signs, stickers, placards or other displays put up",
    "psa": "public service announcements, TV/radio spots, ads",
    "awareness_campaign": "a named or launched awareness campaign or initiative",
    "training": "training sessions, modules or programmes",
    "awareness_month": "a human trafficking awareness / prevention month",
    "awareness_day": "National Human Trafficking Awareness Day / Wear Blue Day",
    "partnership": "partnership or collaboration with other organisations",
    "posting_reminder": "reminder of (or push for) a legal duty to post hotline notices",
    "toolkit": "downloadable materials, wallet cards, information sheets, QR codes",
    "social_media": "social media, hashtags",
    "event": "summits, press/news conferences, events",
    "hotline_launch": "launch of a (state) trafficking hotline or tip line",
    "grant": "grants, donations, funding",
    "public_appeal": "officials urging the public to call or report to the hotline",
    "legislation": "an official backing legislation that would require posting the hotline",
}

#: Media / places used by a campaign -> description.
MEDIA: dict[str, str] = {
    "billboards": "billboards",
    "posters": "posters",
    "signs": "signs and signage",
    "stickers": "stickers and window clings",
    "tv": "television",
    "radio": "radio",
    "digital_ads": "digital / online advertising",
    "social_media": "social media",
    "website": "websites, QR codes",
    "video": "videos",
    "rest_areas": "rest areas, rest stops, welcome and travel information centers",
    "truck_stops": "truck stops, trucks",
    "hotels": "hotels and motels",
    "buses": "buses and bus stations",
    "airports": "airports",
    "restrooms": "restrooms, bathroom stalls",
    "wallet_cards": "wallet cards",
    "malls": "shopping malls",
    "schools": "schools and campuses",
    "businesses": "businesses",
}

NATIONAL_HOTLINE = "1-888-373-7888"
TEXT_LINE = "233733"

# --------------------------------------------------------------------------------------------
# Result
# --------------------------------------------------------------------------------------------


@dataclass
class Coding:
    """Everything coded from one text. List fields are JSON arrays in the database."""

    requires_posting: bool = False
    promotes_hotline: bool = False
    establishments: list[str] = field(default_factory=list)
    who_must_post: str | None = None
    languages: list[str] = field(default_factory=list)
    sign_size: str | None = None
    hotline_numbers: list[str] = field(default_factory=list)
    hotlines: list[str] = field(default_factory=list)
    agency: str | None = None
    penalties: list[str] = field(default_factory=list)
    effective_date: str | None = None
    history: str | None = None
    citation: str | None = None
    evidence: list[dict[str, str]] = field(default_factory=list)
    campaign_types: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


# --------------------------------------------------------------------------------------------
# Shared pattern pieces (all matching is done on a lower-cased copy of the same length)
# --------------------------------------------------------------------------------------------

_C = re.compile

# --------------------------------------------------------------------------------------------
# Fast regexes
# --------------------------------------------------------------------------------------------
# Python's `re` finds a literal prefix very fast (memchr-style) but tries a pattern that starts
# with `\b` or an alternation at every position of the text (~20 ns per position and branch).
# `_F` compiles one pattern as several literal-first branches: `\b(?:shall|must)X` becomes
# `s(?<!\ws)hallX` and `m(?<!\wm)ustX` (the lookbehind is `\b` in front of a word character),
# and skips a branch outright when its literal is absent from the text. Results are merged in
# text order without overlaps, as a single `finditer` would give them.

_REPEAT = frozenset("?*+{")


def _structure(src: str, start: int = 0):
    """Yield (index, char, depth) for each `(`, `)` and `|` of a pattern outside escapes and
    character classes; depth is the nesting level after the character is read."""
    depth = 0
    in_class = False
    i = start
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
        elif ch in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[ch]
            yield i, ch, depth
        i += 1


def _top_split(src: str) -> list[str]:
    """Split a pattern at its top-level `|`."""
    parts: list[str] = []
    start = 0
    for i, ch, depth in _structure(src):
        if ch == "|" and depth == 0:
            parts.append(src[start:i])
            start = i + 1
    parts.append(src[start:])
    return parts


def _group_end(src: str, open_at: int) -> int:
    """Index of the `)` closing the group opened at `open_at`."""
    for i, ch, depth in _structure(src, open_at):
        if ch == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced pattern: {src!r}")


def _literal_prefix(branch: str) -> tuple[str, int]:
    """The literal text every match of `branch` starts with, and its length in the source."""
    key: list[str] = []
    i = 0
    while i < len(branch):
        ch = branch[i]
        width = 1
        if ch == "\\":
            nxt = branch[i + 1 : i + 2]
            if nxt == "u" and len(branch) >= i + 6:
                ch, width = chr(int(branch[i + 2 : i + 6], 16)), 6
            elif nxt and not nxt.isalnum():
                ch, width = nxt, 2
            else:
                break
        elif not (ch.isalnum() or ch in " -'/,:;%&#\"\u00a7\u201d\u2033"):
            break
        if branch[i + width : i + width + 1] in _REPEAT:
            break
        key.append(ch)
        i += width
    return "".join(key), i


def _bound(branch: str) -> str:
    """`\\b` + branch, written as literal + lookbehind so the literal stays a searchable prefix:
    `\\bsaid\\b` becomes `said(?<!\\wsaid)\\b` (no word character before the literal)."""
    key, width = _literal_prefix(branch)
    if key and (key[0].isalnum() or key[0] == "_"):
        lit = re.escape(key)
        return lit + "(?<!\\w" + lit + ")" + branch[width:]
    return "\\b" + branch


def _expand(branch: str, boundary: bool = False) -> list[tuple[str, str]]:
    """(branch, literal key) pairs equivalent to `branch`, literal-first where possible."""
    if branch.startswith("\\b"):
        return _expand(branch[2:], True)
    if branch.startswith("(?:") or branch.startswith("(?P<"):
        end = _group_end(branch, 0)
        rest = branch[end + 1 :]
        if rest[:1] in _REPEAT:
            return [(_bound(branch) if boundary else branch, "")]
        if branch.startswith("(?:"):
            return [x for alt in _top_split(branch[3:end]) for x in _expand(alt + rest, boundary)]
        head = branch[: branch.index(">") + 1]
        inner = branch[len(head) : end]
        return [
            (head + b + ")" + rest, key)
            for alt in _top_split(inner)
            for b, key in _expand(alt, boundary)
        ]
    return [(_bound(branch) if boundary else branch, _literal_prefix(branch)[0])]


class _Low(str):
    """The lower-cased text of one document, with a cache of which literals occur in it."""

    def __new__(cls, value: str) -> _Low:
        obj = super().__new__(cls, value)
        obj.present = {}
        return obj


class _F:
    """A pattern over lower-cased text (always a `_Low`), run as literal-first branches (see
    above). A branch is skipped when its leading literal does not occur in the document (cached
    per document)."""

    __slots__ = ("pattern", "parts")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.parts = [
            (key if len(key) >= 2 else "", re.compile(branch))
            for part in _top_split(pattern)
            for branch, key in _expand(part)
        ]

    def _live(self, s: _Low) -> list[re.Pattern[str]]:
        present = s.present
        live = []
        for key, rx in self.parts:
            if key:
                hit = present.get(key)
                if hit is None:
                    hit = present[key] = key in s
                if not hit:
                    continue
            live.append(rx)
        return live

    def finditer(self, s: _Low, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        end = len(s) if endpos is None else endpos
        live = self._live(s)
        if len(live) == 1:
            return list(live[0].finditer(s, pos, end))
        found: list[re.Match[str]] = []
        for rx in live:
            found.extend(rx.finditer(s, pos, end))
        if len(found) < 2:
            return found
        found.sort(key=lambda m: (m.start(), -m.end()))
        out: list[re.Match[str]] = []
        last = -1
        for m in found:
            if m.start() >= last:
                out.append(m)
                last = max(m.end(), m.start() + 1)
        return out

    def search(self, s: _Low, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(s) if endpos is None else endpos
        best: re.Match[str] | None = None
        for rx in self._live(s):
            m = rx.search(s, pos, end)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                end = min(end, m.start() + 400)  # later branches need only beat this start
        return best


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# Trafficking topic (document level and local windows).
_TRAFFICK_DOC = _F(
    r"traffick|nhtrc|\bbefree\b|233[\s\-]?733|373[\s.\-\u2010-\u2014]*7888|3737[\s.\-]*888"
    r"|forced to engage in any activity|modern[- ]day slavery"
)
_TRAFFICK_LOCAL = _F(
    r"traffick|nhtrc|hotline|\bbefree\b|233[\s\-]?733|373[\s.\-\u2010-\u2014]*7888"
    r"|forced to engage|public[- ]awareness sign|resource center"
)
# The establishment profile of the Polaris / California SB 1193 model laws: a text listing several
# of these (with a poster/sign duty) is a trafficking-notice law even when an excerpt never says
# "trafficking" (e.g. a statute whose model text was cut out).
_PROFILE_RX = _F(
    r"(?P<p1>prostitution)|(?P<p2>strip\s*clubs?|sexually[- ]oriented|adult[- ]entertainment"
    r"|nude\s+danc)|(?P<p3>massage|bodywork)|(?P<p4>\bairports?\b)|(?P<p5>bus\s+stations?)"
    r"|(?P<p6>(?:train|rail)\s+stations?)|(?P<p7>truck\s*stops?|overnight\s+(?:truck\s+)?parking)"
    r"|(?P<p8>farm\s+labou?r\s+contractors?|agricultural\s+labou?r)|(?P<p9>emergency\s+rooms?)"
    r"|(?P<p10>urgent\s+care)"
)
_OBJECT = _F(
    r"\b(?:sign|signs|signage|notice|notices|poster|posters|placard|placards|card|cards|cling"
    r"|hotline|information|number|message|sticker|stickers|notification)\b"
)
_OTHER_TOPIC = _F(
    r"smok|minimum wage|\bwages?\b|\bprices?\b|\bfees?\b|\brates\b|osha|unemployment"
    r"|workers'? comp|equal employment|fair labor|flsa|\bbond\b"
)
_ONLINE_AFTER = _C(
    r"\s*(?:\w+\s+){0,5}?(?:on|to|at)\s+(?:its|the|their|his|her|a|an)\s+(?:\w+\s+){0,2}?"
    r"(?:web\s?sites?|internet|online)"
)
_GAP_BLOCK = _C(
    r"\b(?:may|might|can|could|encourag\w*|request\w*|urg\w*|voluntar\w*|should|not|never"
    r"|optional\w*|permit\w*|allow\w*)\b"
)
_NEG_BEFORE = _C(r"\b(?:not|no longer|never|nothing|neither|nor)\b[^.;:\n]*$")
_CLAUSE_BREAK = _C(
    r"[.;:!?](?=\s)|\n\s*\n|(?<!section)(?<!paragraph)(?<!subdivision)\n(?=[ \t]*(?:\(\w{1,4}\)"
    r"|\d{1,2}\.\s|[a-z]\.\s|\u2022))"
)

# --- mandatory cues: (name, pattern, weight) ------------------------------------------------
_MANDATE: list[tuple[str, _F, int]] = [
    (
        "required to post",
        _F(
            r"\b(?:required|mandated|obligated|obliged|directed)\s+to\s+(?:be\s+)?"
            r"(?:prominently\s+|conspicuously\s+)?(?P<verb>post|posted|display|displayed|hang"
            r"|put\s+up|place|advertise|install)\b"
        ),
        3,
    ),
    (
        "requiring the posting of",
        _F(
            r"\b(?:requir(?:e|es|ed|ing)|mandat(?:e|es|ed|ing))\s+(?:the\s+)?"
            r"(?P<verb>posting|display|displaying|placement)\b"
        ),
        3,
    ),
    (
        "act providing for posting",
        _F(
            r"\b(?:provid(?:e|es|ing)\s+for|relating\s+to|relative\s+to)\s+(?:the\s+)?"
            r"(?P<verb>posting|display|displaying)\s+of\b"
        ),
        2,
    ),
    (
        "mandates posters",
        _F(
            r"\bmandat(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?P<verb>posters|signs|notices|signage)\b"
        ),
        3,
    ),
    (
        "shall ensure posted",
        _F(
            r"\b(?:shall|must)\s+ensure\s+that\b[^.;!?]{0,220}?\b(?:is|are)\s+(?:\w+\s+)?"
            r"(?P<verb>posted|displayed)\b"
        ),
        3,
    ),
    (
        "posting requirement",
        _F(
            r"\b(?P<verb>posting\s+requirements?|required\s+posting|requirement\s+(?:for|to)\s+"
            r"(?:post|display)\w*|posted\s+notice\s+required|display\s+of\s+(?:human\s+trafficking"
            r"\s+)?(?:public[- ]awareness\s+)?(?:sign|notice)|notification\s+act)\b"
        ),
        2,
    ),
    (
        "failure to post",
        _F(r"\b(?:fail\w*|refus\w*|neglect\w*)\s+to\s+(?P<verb>post|display)\b"),
        2,
    ),
]

# Cues anchored on a posting verb: the verbs are found once, then each cue checks the text just
# before the verb (a pattern ending at the verb). (name, weight, verbs, look-back, pattern)
_VERB_RX = _F(
    r"\bpost(?:ed|ing)?\b|\bdisplay(?:ed|ing)?\b|\bexhibit(?:ed)?\b|\bplace(?:d|ment)?\b"
    r"|\binstall(?:ed)?\b|\bhang\b|\bput\s+up\b|\bmake\s+available\s+in\s+plain\s+view\b"
    r"|\badvertise\b|\blocated\b|\bmandatory\b|\bcompulsory\b|\brequired\b|\bmandated\b"
)
_POSTED = frozenset({"post", "posted", "display", "displayed"})
_ANCHOR_AFTER = {
    "sign is required": _C(r"\s+(?:by|under|to\s+be\s+(?:posted|displayed))\b"),
    "x-mandated sign": _C(r"\s+(?:\w+\s+)?(?:sign|signs|notice|notices|poster|posters|placard)\b"),
}
_POSTED_ANY = frozenset({"post", "posted", "posting", "display", "displayed", "displaying"})
_MANDATE_ANCHORED: list[tuple[str, int, frozenset[str], int, re.Pattern[str]]] = [
    (
        "sign is required",
        3,
        frozenset({"required"}),
        45,
        _C(
            r"\b(?:sign|signs|notice|notices|poster|posters|placard|signage)\s+(?:\w+\s+){0,2}?"
            r"(?:is\s+|are\s+)?$"
        ),
    ),
    (
        "x-mandated sign",
        3,
        frozenset({"mandated"}),
        15,
        _C(r"\b(?:state|city|county|federally|legally|government)[- ]$"),
    ),
    (
        "shall/must post",
        3,
        _POSTED
        | {"exhibit", "exhibited", "placed", "install", "installed", "hang"}
        | {"make available in plain view"},
        115,
        _C(r"\b(?:shall|must)\b(?P<gap>[^.;:!?]{0,100})$"),
    ),
    (
        "require X to post",
        3,
        _POSTED | {"hang", "put up", "place", "advertise", "install", "installed"},
        210,
        _C(
            r"\b(?:requir(?:e|es|ed|ing)|mandat(?:e|es|ed|ing)|direct(?:s|ed|ing)?|compel\w*)\b"
            r"(?P<gap>[^.;!?]{1,160}?)\bto\s+(?:be\s+)?(?:prominently\s+|conspicuously\s+)?$"
        ),
    ),
    (
        "require that X post",
        3,
        _POSTED,
        210,
        _C(
            r"\b(?:requir\w*|mandat\w*|provid\w*)\s+that\b(?P<gap>[^.;!?]{1,160}?)"
            r"(?:\b(?:shall|must|will)\s+)?(?:\bbe\s+)?$"
        ),
    ),
    (
        "would have to post",
        3,
        _POSTED | {"hang", "put up"},
        45,
        _C(r"\b(?:have|has|had|need|needs)\s+to\s+(?:be\s+)?(?:\w+\s+)?$"),
    ),
    (
        "posting is mandatory",
        5,
        frozenset({"mandatory", "compulsory"}),
        12,
        _C(r"\b(?:is|are|be)\s+$"),
    ),
    (
        "to be displayed (heading)",
        2,
        frozenset({"posted", "displayed"}),
        120,
        _C(
            r"\b(?:hotline|number|sign|notice|poster|information)\b[^.;:\n]{0,60}?\bto\s+be\s+"
            r"(?:prominently\s+|conspicuously\s+)?$"
        ),
    ),
    (
        "requires X posted (headline)",
        2,
        frozenset({"posted", "displayed"}),
        75,
        _C(r"\brequires?\s+[^.;:\n]{3,60}?\s$"),
    ),
]
_PERMISSIVE_ANCHORED: list[tuple[str, int, frozenset[str], int, re.Pattern[str]]] = [
    (
        "may post",
        2,
        _POSTED | {"placed", "placement"},
        115,
        _C(r"\bmay\b(?P<gap>[^.;!?]{0,100}?)(?:\bbe\s+)?$"),
    ),
    (
        "encourage to display",
        2,
        _POSTED_ANY | {"located"},
        170,
        _C(r"\bencourag\w*\b(?P<gap>[^.;!?]{0,150}?)$"),
    ),
    (
        "request that display",
        2,
        _POSTED_ANY,
        170,
        _C(r"\brequest(?:s|ed)?\s+that\b(?P<gap>[^.;!?]{0,150}?)$"),
    ),
    ("urge posting", 2, _POSTED_ANY, 120, _C(r"\burg(?:e|es|ed|ing)\b(?P<gap>[^.;!?]{0,100}?)$")),
    ("should post", 2, _POSTED_ANY, 16, _C(r"\bshould\s+(?:be\s+)?$")),
    (
        "not required to post",
        3,
        _POSTED_ANY,
        50,
        _C(r"\b(?:not|no\s+longer|never)\s+(?:be\s+)?(?:required|mandated|obligated)\s+to\s+$"),
    ),
    (
        "nothing requires posting",
        3,
        _POSTED_ANY,
        230,
        _C(r"\bnothing\b[^.;]{0,80}\bconstrued\b[^.;]{0,40}\brequir\w*[^.;]{0,80}$"),
    ),
]

# --- permissive cue not anchored on a verb: "voluntary" (weight 2) near a posting word --------
_VOLUNTARY = _F(r"\bvoluntar(?:y|ily)\b")
_PERMISSIVE_GAP_BLOCK = _C(r"\b(?:requir\w*|mandat\w*|shall|must)\b")
_VOLUNTARY_NEAR = _F(r"post|display|poster|notice|sign")

# Supporting (non-deciding) cues, reported for transparency.
_SUPPORT: list[tuple[str, re.Pattern[str]]] = [
    ("conspicuous place", _C(r"\bconspicuous\b|\bclearly visible\b|\bplain view\b|clear view")),
    ("customarily posted", _C(r"customarily\s+(?:are\s+)?posted|similar notices")),
    ("model text", _C(r"if you or someone you know is being forced")),
    ("english and spanish", _C(r"\benglish\s+and\s+(?:in\s+)?spanish\b")),
    ("nhtrc", _C(r"national human trafficking (?:resource center|hotline)")),
]

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few Unicode characters change length when lower-cased
        low = text.translate(_ASCII_LOWER)
    return low


_BOUNDARY_LEFT = _C(r"[.;!?]\s|\n")
_BOUNDARY_RIGHT = _C(r"\n|[.;!?](?=\s|$)")


def _quote(text: str, start: int, end: int, limit: int = 300) -> str:
    """The text around [start, end) cut at clause/line boundaries, at most `limit` chars."""
    if end - start >= limit:
        return text[start : start + limit]
    room = (limit - (end - start)) // 2
    lo = max(0, start - room)
    hi = min(len(text), end + room)
    left = lo
    for m in _BOUNDARY_LEFT.finditer(text, lo, start):
        left = m.end()
    right = hi
    stop = _BOUNDARY_RIGHT.search(text, end, hi)
    if stop is not None:
        right = stop.start() + (0 if stop.group(0) == "\n" else 1)
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return text[left:right]


def _squash(s: str) -> str:
    return " ".join(s.split())


_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_NUM = {w: i for i, w in enumerate(_UNITS)} | {w: 10 * i for i, w in enumerate(_TENS, 2)}
_WORD_NUM_ALT = "|".join(sorted(_WORD_NUM, key=len, reverse=True))
_WORD_SPLIT = _C(r"[\s\-]+")


def _words_to_int(words: str) -> int | None:
    total = 0
    current = 0
    seen = False
    for w in _WORD_SPLIT.split(words.strip()):
        if not w or w == "and":
            continue
        if w in _WORD_NUM:
            current += _WORD_NUM[w]
            seen = True
        elif w == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _fmt_num(x: float) -> str:
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.2f}".rstrip("0").rstrip(".")


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

_LOOKS_HTML = _C(
    r"^\s*(?:<!doctype\s+html|<html\b|<\?xml)|</?(?:p|div|span|br|a|table|tr|td|li|ul|body"
    r"|head|h[1-6]|script|style|meta|title)\b[^>]*>",
    re.IGNORECASE,
)
_HTML_TAG = _C(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>")
_XML_DECL = _C(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead "
    "title tr ul".split()
)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")
_SPACES = _C(r"[ \t\r\f\v\u00a0]+")
_BLANKS = _C(r"\n\s*\n\s*(?:\n\s*)+")


def _looks_like_html(text: str) -> bool:
    head = text[:5000]
    if "<" not in head or not _LOOKS_HTML.search(head):
        return False
    return head.lstrip()[:1] == "<" or len(_HTML_TAG.findall(head)) >= 3


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document (scripts, styles and the like dropped, never run)."""
    import lxml.html
    from lxml import etree

    markup = _XML_DECL.sub("", markup)
    if not markup.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return _SPACES.sub(" ", _HTML_TAG.sub(" ", markup)).strip()
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    for el in root.iter(etree.Comment, etree.ProcessingInstruction):
        parent = el.getparent()
        if parent is not None:
            el.drop_tree() if hasattr(el, "drop_tree") else parent.remove(el)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() in ("br", "hr"):
                continue
            el.text = "\n" + (el.text or "")
    text = root.text_content()
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANKS.sub("\n\n", text).strip()


# --------------------------------------------------------------------------------------------
# Hotline numbers and names
# --------------------------------------------------------------------------------------------

_PHONE = _C(
    r"(?<![\w\-])(?:\+?1\s*[\-\u2010-\u2015.]?\s*)?(?:\(\s*\d{3}\s*\)|\d{3})\s*[\-\u2010-\u2015.]?"
    r"\s*[\dA-Z]{2,4}\s*[\-\u2010-\u2015.]\s*[\dA-Z]{3,5}(?![\w])"
)
_PHONE_SEPARATOR = _C(r"[\-.\u2010-\u2015](?=\s*[\dA-Z]{3,5}(?!\w))")
_TEXTLINE = _C(r"233(?:[\s\-]?733|722)(?![\d\-])")
_BEFREE = _C(r"B(?:eFree|EFREE|e Free)\b")
_KEYPAD = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "22233344455566677778889999",
)
_HOTLINE_WORD_NEAR = _F(
    r"hotline|hot line|tip ?line|help ?line|\bcall\w*|\btext\w*|\breport\w*|toll[- ]free|24/7"
    r"|\bdial\w*"
)
_CONTACT_BEFORE = _C(r"(?:contact|phone|tel|fax|information)\s*:\s*[^\n]{0,40}$")


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


_NAMED_HOTLINES: list[tuple[str, _F]] = [
    (
        "National Human Trafficking Resource Center",
        _F(r"national\s+human\s+trafficking\s+resources?\s+cent(?:er|re)|\bnhtrc\b"),
    ),
    (
        "National Human Trafficking Hotline",
        _F(
            r"national\s+human\s+trafficking\s+(?:tip\s+)?hotline(?!\s+enhancement)"
            r"|national\s+hotline\s+for\s+human\s+trafficking"
        ),
    ),
]
_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming|District of Columbia"
)
_HOTLINE_KIND = _F(
    r"human\s+trafficking\s+(?:resource\s+center\s+hotline|hotline|tip\s*line|help\s*line)\b"
)
_STATE_BEFORE = _C(r"\b(" + _US_STATES + r")(?:\s+State)?(?:\s+Statewide)?\s+$")


# --------------------------------------------------------------------------------------------
# Establishments (one alternation with a named group per code)
# --------------------------------------------------------------------------------------------

_ESTABLISHMENT_PATTERNS: dict[str, str] = {
    "adult_entertainment": r"strip\s*clubs?|stripteas\w*|topless|sexually[- ]oriented"
    r"|adult[- ](?:entertainment|oriented|cabaret|business|only\s+audience|bookstore|theat)\w*"
    r"|exotic\s+(?:or\s+nude\s+)?(?:dancer|entertainment|dancing)\w*|nude\s+(?:dancer|dancing"
    r"|massager|or\s+partially\s+nude)\w*|erotic|semi-nudity|sexually\s+explicit\s+nudity",
    "massage": r"massage|bodywork",
    "bar": r"\bbars?\b(?!\s+(?:code|association|across|covering))"
    r"|\btaverns?\b|\btaprooms?\b"
    r"|\bcabarets?\b|\bnight\s?clubs?\b|\bsaloons?\b|drinking\s+establishments?"
    r"|premises?\s+(?:consumption|liquor|alcohol)|on-sale\b"
    r"|liquor\s+(?:licen[cs]e|permit|licensee)s?|class\s+\d+\s+(?:or\s+class\s+\d+\s+)?liquor"
    r"|alcoholic\s+beverage\s+(?:licen[cs]e|permit|code)|retail\s+licensee"
    r"|abc[- ]licensed|consumption\s+of\s+alcoholic\s+beverages|sell\s+alcoholic\s+beverages",
    "airport": r"\bairports?\b|\baircraft\b|\bairplanes?\b|\bairlines?\b",
    "bus_station": r"\bbus(?:es)?\s+(?:stations?|terminals?|depots?|service)"
    r"|\bbus,?\s+(?:or|and)\s+(?:train|rail)\s+stations?",
    "rail_station": r"(?:train|rail|railway|light[- ]rail|passenger[- ]rail)\s+(?:stations?"
    r"|service)|\btrain\s+stations?",
    "truck_stop": r"truck[- ]?stops?|travel\s+plazas?|full[- ]service\s+fuel|long[- ]haul\s+truck",
    "service_plaza": r"service\s+plazas?",
    "weigh_station": r"weigh\s+stations?",
    "rest_area": r"rest\s+(?:areas?|stops?)|roadside\s+areas?",
    "welcome_center": r"welcome\s+cent(?:er|re)s?|travel\s+information\s+cent(?:er|re)s?",
    "transportation_hub": r"transportation\s+(?:hubs?|facilit\w+|cent(?:er|re)s?)",
    "emergency_room": r"emergency\s+(?:rooms?|departments?)",
    "urgent_care": r"urgent\s+care|walk-in\s+clinic|without\s+appointments",
    "hospital": r"\bhospitals?\b(?!-like)",
    "medical_facility": r"health\s+(?:care\s+)?facilit\w+|\bclinics?\b|abortion\s+facilit\w+"
    r"|family[- ]planning|women's\s+health|medical\s+(?:facilit\w+|cent(?:er|re)s?)",
    "lodging": r"\bhotels?\b|\bmotels?\b|\binns?\b|bed\s+and\s+breakfasts?|\blodging\b"
    r"|tourist\s+homes?|motor\s+hotels?|\bhostels?\b|furnished\s+to\s+transients"
    r"|sleeping\s+accommodations|guest\s+rooms",
    "farm_labor_contractor": r"farm\s+labou?r\s+contractors?|agricultural\s+labou?r\s+"
    r"(?:contractors?|transporters?)|day\s+haulers?",
    "job_recruitment": r"job[- ]recruitment|employment\s+agenc\w+|job\s+cent(?:er|re)s?"
    r"|recruitment\s+cent(?:er|re)s?",
    "school": r"\bschools?\b",
    "nail_salon": r"nail\s+(?:salons?|technicians?)|nail\s+and\s+beauty\s+salons?",
    "cosmetology": r"cosmetolog\w+|beauty\s+salons?|hair\s+salons?|\bbarbers?\b(?!\s+shop)"
    r"|barbershops?|estheticians?|\bsalons\b",
    "tattoo": r"tattoo",
    "restaurant": r"\brestaurants?\b(?!\s+liquor)|food\s+service\s+(?:facilit\w+|establishments?)",
    "casino": r"\bcasinos?\b|video\s+lottery|gaming\s+(?:facilit\w+|establishments?)",
    "gas_station": r"gas\s+stations?|convenience\s+stores?|fuel\s+stations?|filling\s+stations?",
    "port": r"\bseaports?\b|\bports?\s+of\s+entry\b|\bmarinas?\b|\bsea\s+ports\b",
    "public_restroom": r"restrooms?\s+for\s+(?:use\s+by\s+)?the\s+public|maintains?\s+restrooms"
    r"|public\s+restrooms?|publicly\s+accessible\s+restrooms?",
    "government_building": r"state\s+service\s+cent(?:er|re)s?|government\s+(?:buildings?"
    r"|facilit\w+|offices?)|state\s+(?:facilities|buildings?)|public\s+buildings?|courthouses?"
    r"|government\s+agency\s+that\s+manages",
    "state_park": r"state\s+parks?|recreational\s+sites?",
    "assisted_living": r"assisted\s+living",
    "shopping_mall": r"shopping\s+(?:malls?|cent(?:er|re)s?)",
    "money_services": r"money\s+transmitt\w+|check\s+cash\w+",
    "employer_general": r"\b(?:all|every|any)\s+employers?\b(?!\s+(?:specified|described|listed"
    r"|defined|identified|as\s+defined|in\s+subsection|who|that|which|in\s+violation))|employers?\s+subject\s+to\s+the\s+"
    r"minimum\s+wage\s+act|\bworkplaces\b",
}
_ESTABLISHMENT_RX = [(k, _F(v)) for k, v in _ESTABLISHMENT_PATTERNS.items()]
_EST_NEG_BEFORE = _C(
    r"(?:not\s+(?:include|encompass|apply\s+to)|other\s+than|except|exclud\w*|does\s+not"
    r"|shall\s+not\s+mean)\b[^.;:\n]{0,40}$"
)
_EST_SKIP_BEFORE = {
    "hospital": _C(r"emergency\s+(?:rooms?|departments?)\s+[^.;\n]{0,40}$|-like\s*$"),
    "bar": _C(r"behind\s+$"),
    "school": _C(r"(?:massage|cosmetology|barber)\s+$"),
}

# --------------------------------------------------------------------------------------------
# Languages, sizes, penalties, dates, history, citation, agency
# --------------------------------------------------------------------------------------------

_LANG_NAMES = (
    "Haitian Creole",
    *(
        "English Spanish Chinese Mandarin Cantonese Vietnamese Korean Tagalog Russian Arabic "
        "French Hindi Khmer Hmong Somali Portuguese Japanese Gujarati Polish Ukrainian German "
        "Italian Amharic Farsi Punjabi Thai Lao Burmese Nepali Swahili Urdu Bengali Karen "
        "Marshallese Chuukese Ilocano Samoan Tongan Hawaiian Navajo"
    ).split(),
)
_LANG_RX = _F(r"\b(?:" + "|".join(n.lower().replace(" ", r"\s+") for n in _LANG_NAMES) + r")\b")
_LANG_PROPER = {n.lower(): n for n in _LANG_NAMES}
_LANG_GATE = ("english", "spanish", "language", "translat", "bilingual", "chinese", "korean")
_LANG_BEFORE = _C(r"\b(?:in|into|both)\s+(?:both\s+)?$")
_LANG_JOIN = _C(r"\s*(?:,|,?\s+and|,?\s+or|/)\s*(?:in\s+)?")

_HALF = r"(?:\s*-?\s*1/2|\s*\u00bd|\s+and\s+(?:one|a)\s*-?\s*half)"
_DIGIT_NUM = r"\d{1,2}(?:\.\d{1,2})?" + _HALF + r"?"
_WORD_SIZE = r"(?:" + _WORD_NUM_ALT + r")(?:\s+and\s+(?:one|a)\s*-?\s*half)?"
_NUMX = r"(?:" + _DIGIT_NUM + r"|" + _WORD_SIZE + r")(?:\s*\(\s*" + _DIGIT_NUM + r"\s*\))?"
_UNIT = r"(?:\s*(?:inch(?:es)?|in\.|\"|\u201d|\u2033|''))?"
_SIZE_RX = _C(
    r"(?<![\w.])(?P<a>"
    + _NUMX
    + r")"
    + _UNIT
    + r"\s*(?:x|\u00d7|by(?:\d{1,3}(?=[ \t]*\n))?)\s*(?P<b>"
    + _NUMX
    + r")"
    r"(?P<unit>" + _UNIT + r")(?:\s+(?:in\s+size|size))?"
)
_SIZE_HW_RX = _C(
    r"(?<![\w.])(?P<a>"
    + _NUMX
    + r")\s*(?:inch(?:es)?\s+)?(?:high|tall)\s+and\s+(?P<b>"
    + _NUMX
    + r")\s*(?:inch(?:es)?\s+)?wide"
)
_FONT_RX = _C(
    r"(?<![\w.])(?P<a>" + _NUMX + r")\s*-?\s*point\s+(?:bold(?:faced)?\s+)?(?:font|type)\b"
)
_SIZE_CTX = _F(r"inch|size|\"|\u201d|\u2033|poster|sign|notice")
_SIZE_PAREN = _C(r"\(\s*([^)]*)\)")
_SIZE_HALF_END = _C(_HALF + r"$")


def _parse_size_num(s: str) -> float | None:
    s = s.strip()
    paren = _SIZE_PAREN.search(s)
    if paren:
        s = s[: paren.start()].strip() or paren.group(1)
    half = 0.0
    m = _SIZE_HALF_END.search(s)
    if m:
        half = 0.5
        s = s[: m.start()].strip()
    try:
        return float(s) + half
    except ValueError:
        n = _words_to_int(s)
        return None if n is None else n + half


_MONEY_RX = _C(r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?")
_MONEY_WORDS_RX = _C(
    r"\b((?:(?:" + _WORD_NUM_ALT + r"|hundred|thousand)(?:[\s\-]+(?:and[\s\-]+)?)?)+)\s*dollars\b"
)
_PENALTY_CTX = _F(
    r"\bfine[sd]?\b|penalt|violat|offen[cs]e|infraction|forfeit|punish|citation|sanction"
    r"|misdemeanor|noncompliance|non-compliance"
)
_MONEY_SKIP_BEFORE = _C(
    r"(?:total(?:ing|ling)?|cost(?:s|ing)?|worth|raised|budget\w*)\s+(?:of\s+|about\s+|up\s+to\s+)?$"
)
_WARNING_RX = _F(
    r"(?:subject\s+to|receive[sd]?|issue[sd]?|given|give)\s+an?\s+(?:initial\s+)?(?:written\s+)?"
    r"warning|written\s+warning\s+(?:for|on|upon)\s+(?:the\s+)?first|warning\s+(?:for|on|upon)"
    r"\s+(?:the\s+)?first|initial\s+warning"
)
_OTHER_PENALTY_RX = _F(r"\b(?:misdemeanor|infraction|noncriminal\s+violation)\b")

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DATE = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r",?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})"
)
_EFFECTIVE_RX = [
    _F(r"\beffective(?:\s+date)?\s*[:\-]?\s*(?:on\s+|as\s+of\s+|from\s+)?(?P<d>" + _DATE + r")"),
    _F(r"\beff\.\s*(?P<d>" + _DATE + r")"),
    _F(
        r"\b(?:tak(?:e|es|ing)|took)\s+effect\s+(?:on\s+)?(?P<d>"
        + _DATE
        + r")|\b(?:becomes?|became)"
        r"\s+effective\s+(?:on\s+)?(?P<d2>" + _DATE + r")|\bin effect\s+(?:on|as\s+of)\s+"
        r"(?P<d3>" + _DATE + r")"
    ),
    _F(
        r"\b(?:beginning|starting|as of|on or after)\s+(?P<d>" + _DATE + r"),?[^.;]{0,120}"
        r"\b(?:must|shall|required|requires)\b"
    ),
]


_ISO_DATE = _C(r"(\d{4})-(\d{2})-(\d{2})$")
_US_DATE = _C(r"(\d{1,2})/(\d{1,2})/(\d{2,4})$")
_NAMED_DATE = _C(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")


def _parse_date(s: str) -> str | None:
    s = s.strip().lower()
    m = _ISO_DATE.match(s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _US_DATE.match(s)
        if m:
            mo, d, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if y < 100:
                y += 2000 if y < 50 else 1900
        else:
            m = _NAMED_DATE.match(s)
            if not m:
                return None
            mo = _MONTHS.get(m.group(1)[:3], 0)
            d, y = int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1800 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


# Source/history notes: (literal the text must contain, or "" for none; pattern)
_HISTORY_RX: list[tuple[str, re.Pattern[str]]] = [
    ("[", _C(r"\[\s*L\s*\d{4}\s*,\s*c\s*\d+[^\]\n]{0,250}\]")),
    ("Source", _C(r"\(Source:\s*P\.\s?A\.[^)]{0,280}\)")),
    ("History", _C(r"(?m)^[ \t]*History:[ \t]*\S[^\n]{0,280}")),
    ("(Act", _C(r"\(Acts?\s+\d{4}-\d+[^)\n]{0,150}\)")),
    ("Acts ", _C(r"(?m)^[ \t]*Acts\s+\d{4},\s*(?:No|Act)\.?\s*\d+[^\n]{0,250}")),
    ("[", _C(r"\[\s*\d{4}\s+c\s+\d+\s+\u00a7\s*\d+[^\]\n]{0,200}\]")),
    ("ch.", _C(r"(?m)^[ \t]*(?:s\.\s?\d+,\s*ch\.\s*\d{2,4}-\d+[;.]?[ \t]*)+")),
    (
        "",
        _C(
            r"(?m)^[ \t]*(?:Created|Amended|Enacted|Added|Entire\s[^\n]{0,40}?"
            r"(?:repealed|reenacted)[^\n]{0,20}?)\s+(?:by\s+)?\d{4}\s+(?:[A-Z][\w.]*\s+){0,2}"
            r"(?:Acts|Laws|Ch\.|ch\.)[^\n]{0,200}"
        ),
    ),
    (", c", _C(r"(?m)^[ \t]*\d{4},\s*cc?\.\s*\d+[^\n]{0,150}")),
    ("L.", _C(r"(?m)^[ \t]*(?:L\.\s?\d{4},\s*c\.\s?\d+[^\n]{0,150})")),
]

_SECTION_SIGN_NUM = _C(r"\u00a7{1,2}\s*([A-Z]{0,3}-?\d[\w.\-:]*\w|\d)")
_CITE_ABBREV_BEFORE = _C(r"(?<![\w.])((?:\d+\s+)?(?:[A-Z][A-Za-z']{0,7}\.?(?:[A-Z]\.)*\s+){1,4})$")
_ABBREVIATION = _C(r"[A-Z][a-z]*\.")
_SESSION_LAW_BEFORE = _C(r"(?:\bc\.?|\bch\.|\bchapter)\s*\d+\s*,?\s*$", re.IGNORECASE)
_HEADING_SECTION = _C(r"(?m)^[#\s\u2022]*(\d{1,3}[A-Z]?[.\-:]\d[\w.\-:]*\w)\.?\s+-?\s*[A-Z]")
_CITE_STATE_CODE_BEFORE = _C(
    r"((?:Code\s+of\s+(?:" + _US_STATES + r")|(?:" + _US_STATES + r")(?:\s+[A-Z][a-z]+)?\s+Code))"
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
_CITE_CODE_RX = _C(
    r"(?<![\w.])((?:\d+\s+)?(?:RCW|KRS|ORS|MCL|ILCS|V\.S\.A\.|C\.R\.S\.|R\.S\.|RS|O\.C\.G\.A\."
    r"|N\.J\.S\.A?\.|G\.S\.|HRS|Or\.\s+Admin\.\s+R\.))\s*\u00a7?\s*(\d[\w.\-:]*\w)"
)
_CITE_SECTION_RX = _C(r"(?m)^[ \t•]*(?:Section|Sec\.|SECTION)\s+(\d+[.\-][\w.\-:]*\w)")
_BILL_RX = _C(
    r"\b(?:(?i:house|senate|assembly)\s+(?i:bill)\s+(?:(?i:no)\.\s*)?\d+"
    r"|(?:HB|SB|HF|SF|AB|LB|SSB|HCS/HB)\s?\d+)\b"
)
_SHORT_TITLE_RX = _C(
    r"\b(?:known|cited)\s+(?:and\s+may\s+be\s+cited\s+)?as\s+(?:the\s+)?([A-Z][^.\n]{5,120}?\bAct)\b"
)
_CROSS_REF_BEFORE = _C(
    r"(?:under|pursuant\s+to|in|of|see|by|with|and|to|per|amend)\s*,?\s*$", re.IGNORECASE
)

_AGENCY_CORE = _F(
    r"\b(?:department|office|commission|board|council|division|bureau|agency|administrator"
    r"|commissioner|director|attorney\s+general|secretary|task\s+force)\b"
)
_AGENCY_TAIL = _C(
    r"(?:'s\s+office)?(?:\s+(?:of|on|for|in)\s+(?:the\s+)?[a-z][a-z'&.\-]*(?:\s+(?!shall\b|must\b"
    r"|will\b|may\b|in\s+consultation\b|where\b|to\b|that\b|which\b|is\b|are\b)(?:and|of|the"
    r"|[a-z][a-z'&.\-]*)){0,7})?"
)
_AGENCY_WORD_BEFORE = _C(r"([a-z][a-z'&\-]*)\s+$")
_AGENCY_NOT_NAME = frozenset(
    "the a an this such any each and or of by to that which with for in on at its their his her "
    "shall must may will be is are was were has have state's".split()
)
_AGENCY_DUTY_AFTER = _C(
    r"\s*(?:,[^,;]{0,160},\s*)?(?:shall|must|will)\s*:?\s*(?:\(\w{1,3}\)\s*)?(?:\w+\s+){0,3}?"
    r"(?:design|develop|create|prescribe|supply|provide|approve|make|print|distribute|determine"
    r"|publish|produce)\w*\b"
)
_AGENCY_BY_BEFORE = _C(
    r"(?:developed|designed|created|supplied|provided|approved|prescribed|produced|published"
    r"|distributed)\s+(?:and\s+\w+\s+)?by:?\s*(?:\(\w\)\s*)?(?:the\s+)?$"
)
_AGENCY_REQUIRE_BEFORE = _C(r"requir\w*\s+(?:the\s+)?$")
_AGENCY_TO_DESIGN = _C(r"\s+to\s+(?:design|develop|create|produce)\b")
_AGENCY_WEBSITE_BEFORE = _C(
    r"available\s+on\s+the\s+websites?\s+of[^.]{0,60}?(?:\(1\)\s*)?(?:the\s+)?$"
)
_AGENCY_STOP_LEAD = _C(
    r"^(?:(?:the|a|an|and|or|that|which|any|each|every|to|by|of|with|in|signs?|were|was|will"
    r"|be|is|are|\(\w{1,3}\)|[a-z]\.|\d{1,2}\.)\s+)+",
    re.IGNORECASE,
)
_AGENCY_OBJECT = _F(r"sign|notice|poster|placard|model|signage|language|card")
_AGENCY_ENUM_LEAD = _C(r"^(?:\(\w{1,3}\)\s*)+")

_SUBJECT_OWNER_RX = _C(
    r"(?:the\s+)?(?:owners?|operators?|employers?|proprietors?|licensees?|persons?|managers?)"
    r"(?:\s+or\s+(?:owners?|operators?|managers?|agents?))?\s+of\s+(?:any|every|each|a|an|the|all)"
    r"\b[^.;:\n]{3,100}"
)
_ENUM_LEAD = _C(
    r"(?:[\s•\-*]*(?:\(\w{1,4}\)|\d{1,2}\.|[A-Za-z]\.(?=\s)|new\s+text\s+begin|sec(?:tion)?\.?\s+\d+"
    r"\.?)\s*)+",
    re.IGNORECASE,
)
_PASSIVE_END = _C(
    r"(?:sign|signs|notice|notices|poster|posters|posting|information|signage|placard|it|they"
    r"|statement|message|cards?)$"
)
_ADVERBIAL_LEAD = _C(
    r"^(?:date\b|under\b|for\b|in\b|beginning\b|starting\b|on\b|after\b|pursuant\b|notwithstanding"
    r"\b|except\b|effective\b|no\s+later\b|by\b|to\b|as\b|if\b|when\b|within\b)",
    re.IGNORECASE,
)
_PASSIVE_SUBJECT = _C(
    r"^(?:the|such|this|that|a|an|each|every|all)?\s*(?:required\s+)?(?:public[- ]awareness\s+)?"
    r"(?:sign|signs|notice|notices|poster|posters|posting|information|it|they|placard|signage"
    r"|statement|message|card|cards)\b"
)

# --------------------------------------------------------------------------------------------
# Campaign cues
# --------------------------------------------------------------------------------------------

_CAMPAIGN_RX: list[tuple[str, _F, int]] = [
    ("billboard", _F(r"\bbillboards?\b"), 3),
    (
        "poster",
        _F(
            r"\b(?:posters?|stickers?|placards?|signage|window\s+clings?|stall\s+signs|displays)\b"
            r"|\b(?:awareness|new|the|these|anti-human[- ]trafficking|trafficking)\s+signs\b"
            r"(?!\s+of)"
        ),
        3,
    ),
    (
        "psa",
        _F(
            r"public\s+service\s+announcements?|\bpsas?\b|(?:tv|t-v|television|radio|video|bus|digital)"
            r"\s+(?:spots?|ads?|advertis\w+|monitors?)|-second\s+spot|\bad campaign"
            r"|\bads\s+(?:in|on|urg\w*|will|that|featur\w*|promot\w*)\b"
        ),
        3,
    ),
    (
        "awareness_campaign",
        _F(
            r"\b(?:launch\w*|announc\w*|unveil\w*|kick\w*\s+off|begin\w*|start\w*|new|statewide"
            r"|awareness)\s+(?:\S+\s+){0,4}?(?:campaign|initiative)\b|\b(?:campaign|initiative)s?\b"
            r"(?=[^.]{0,60}\b(?:launch\w*|to\s+raise\s+awareness|to\s+combat|aims?\b))"
        ),
        2,
    ),
    (
        "training",
        _F(
            r"\btraining\s+(?:sessions?|events?|modules?|programs?|materials?)\b|\btrainings\b"
            r"|\btrain\s+(?:our|its|their|state|law|officers|employees|truckers|staff)\b"
            r"|\btraining\s+(?:state\s+)?employees\b"
        ),
        1,
    ),
    (
        "awareness_month",
        _F(
            r"(?:awareness|prevention)(?:\s+and\s+prevention)?\s+month\b|\bjanuary\s+as\s+[^.]{0,80}"
            r"\bmonth\b"
        ),
        2,
    ),
    ("awareness_day", _F(r"awareness\s+day\b|wear\s+blue\s+day"), 2),
    (
        "partnership",
        _F(r"\bpartner\w*|\bcollaborat\w*|\bteaming\s+up\b|\bjoin\w*\s+forces\b|\bjoined\b"),
        1,
    ),
    (
        "toolkit",
        _F(
            r"\btool\s?kits?\b|\bwallet\s+cards?\b|information\s+sheets?|\bqr\s+codes?\b"
            r"|available\s+(?:for\s+free\s+)?(?:to|for)\s+(?:download|print)|free\s+download"
            r"|digital\s+copies"
        ),
        1,
    ),
    (
        "social_media",
        _F(r"social\s+media|#[a-z]\w+|\bhashtag|\bfacebook\b|\btwitter\b|\binstagram\b"),
        1,
    ),
    (
        "event",
        _F(r"\bsummit\b|\b(?:press|news)\s+conference\b|\bvigil\b|\bmobile\s+exhibit\b"),
        1,
    ),
    (
        "hotline_launch",
        _F(
            r"\blaunch\w*\b[^.]{0,60}?\b(?:hotline|tip\s?line)\b|\b(?:new|first)\s+(?:statewide\s+)?"
            r"(?:human\s+)?(?:trafficking\s+)?(?:hotline|tip\s?line)\b|\b(?:hotline|tip\s?line|number)\b[^.]{0,20}"
            r"\b(?:was\s+)?launched\b"
        ),
        3,
    ),
    ("grant", _F(r"\bgrants?\b|\bdonat\w*|\bfunding\b|settlements?\b"), 1),
    (
        "public_appeal",
        _F(
            r"\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|encourag(?:e|es|ed|ing)"
            r"|appeal(?:s|ed|ing)?)\b[^.]{0,120}?\b(?:to\s+)?(?:call|report|contact|text|use)\b"
        ),
        2,
    ),
]
_PASSIVE_BEFORE = _C(r"\b(?:is|are|was|were|be|been)\s+$")
# A reminder of (or push for) the duty to post: "reminds businesses to post notices".
_REMINDER_RX = _F(
    r"\bremind\w*\b[^.]{0,100}?\bto\s+(?:post|display)\b|\b(?:law|statute|act)\s+requires?\b"
    r"[^.]{0,100}?\bto\s+(?:post|display)\b"
)
_PROMOTE_VERB = _F(
    r"\b(?:promot\w*|publiciz\w*|disseminat\w*|distribut\w*|advertis\w*)\b[^.]{0,80}?"
    r"\b(?:hotline|nhtrc|resource\s+center|tip\s?line|number)\b"
)
_CALL_HOTLINE = _F(
    r"\b(?:call|contact|text|dial|report\w*\s+[^.]{0,60}?\bto)\b[^.]{0,60}?"
    r"\b(?:hotline|hot\s+line|resource\s+cent(?:er|re)|nhtrc|tip\s?line|befree)\b"
)
_MEDIA_WITH_HOTLINE = _F(
    r"\b(?:posters?|signs?|signage|stickers?|billboards?|ads|cards?|displays?|messages?)\b[^.]{0,120}?"
    r"\b(?:hotline|phone\s+numbers?|telephone\s+numbers?|toll[- ]free"
    r"|number\s+to\s+(?:call|report))"
    r"|\b(?:hotline|number)\b[^.]{0,60}?\b(?:posters?|signs?|stickers?|billboards?)\b"
)
_HEADING_CALL = _C(  # run only when the text mentions a hotline or tip line
    r"(?m)^[ \t]*(?:call|text|contact)\s+(?:the\s+)?[^\n.]{0,70}?(?:hotline|tip\s?line)[ \t]*$"
)
_TOLLFREE_LINE = _F(r"toll[- ]free\s+(?:line|hotline|number)|\bhotline\b|\btip\s?line\b")

# Statute/bill language versus release/news language (plain substring counts: fast).
_LEGAL_WORDS = (
    "subsection",
    "subdivision",
    "paragraph (",
    "this section",
    "this act",
    "this chapter",
    "this article",
    "this part ",
    "this rule",
    "pursuant to",
    "defined in",
    "defined by",
    "hereby",
    "\u00a7",
    "as used in this",
)
_AGENCY_DUTY_WORDS = tuple(
    f"the {who} {modal}"
    for who in ("department", "commissioner", "director", "office", "board", "commission")
    for modal in ("shall", "may", "must")
)
_BILL_WORDS = (
    "be it enacted",
    "do enact",
    "an act to",
    "an act relating",
    "this bill",
    "of the statutes",
    "to read as follows",
    "new text begin",
    "history:",
    " means ",
)
_SESSION_LAW_RX = _C(r"\[\s*\d{4}\s+c\s+\d+")
_RELEASE_WORDS = (
    " said",
    "announc",
    "today",
    "press release",
    "news release",
    "statement",
    "attorney general",
    "governor",
    "spokes",
)

_MEDIA_RX = [
    (k, _F(v))
    for k, v in {
        "billboards": r"\bbillboards?\b",
        "posters": r"\bposters?\b",
        "signs": r"\bsignage\b"
        r"|\b(?:awareness|new|the|these|scrolling|restroom\s+stall|stall)\s+"
        r"signs\b(?!\s+(?:of|that|to))",
        "stickers": r"\bstickers?\b|window\s+clings?",
        "tv": r"\btv\b|\bt-v\b|\btelevision\b|\bbroadcast\b|\bcable\b",
        "radio": r"\bradio\b",
        "digital_ads": r"digital\s+(?:advertis\w+|billboards?|ads?)|online\s+ads|\bads\b",
        "social_media": r"social\s+media|\bfacebook\b|\btwitter\b|\binstagram\b|#[a-z]\w+",
        "website": r"\bwebsite\b|\bweb\s+site\b|\bqr\s+codes?\b",
        "video": r"\bvideos?\b",
        "rest_areas": r"rest\s+(?:areas?|stops?)|welcome\s+cent(?:er|re)s?|travel\s+information"
        r"\s+cent(?:er|re)s?",
        "truck_stops": r"truck\s?stops?|semi-trucks?|\btrucks\b",
        "hotels": r"\bhotels?\b|\bmotels?\b",
        "buses": r"\bbuses\b|\bbus\s+(?:stations?|ads?|shelters?)\b",
        "airports": r"\bairports?\b",
        "restrooms": r"\brestrooms?\b|\bbathrooms?\b|\bstalls?\b",
        "wallet_cards": r"wallet\s+cards?",
        "malls": r"\bmalls?\b",
        "schools": r"\bschools?\b|\bcampus(?:es)?\b",
        "businesses": r"\bbusinesses\b",
    }.items()
]

_MEDIA_CONTEXT = _F(
    r"campaign|initiative|billboard|poster|sign|\bads\b|advertis|psa|public\s+service|display"
    r"|placed|installed|install|launch|sticker|message|spot|\bruns?\b|\bpost|distribut|hotline"
)
_SELF_MEDIA = frozenset({"billboards", "posters", "stickers", "signs", "wallet_cards"})
_PARTNER_TRIGGER = _F(
    r"\b(?:partner(?:ing|ed|s|ship)?|collaborat(?:ion|ing|ed)|teaming\s+up|in\s+coordination"
    r"|joined|together)\s+(?:with|between|by)\s+|\b(?:joined|joining)\s+"
    r"|\bpartnership\s+(?:of|among)\s+|\b(?:agencies|organizations|partners)\s+(?:involved"
    r"|participating)[^:\n]{0,40}include:?\s*"
)
_PARTNER_STOP = _C(r"(?<!\b[A-Z])\.(?=\s)|[;!?\u201d\"](?=\s|$)|:(?=\s)|\n(?![ \t]*[-\u2022*])")
_ORG_TOKEN = _C(
    r"(?:the\s+)?((?:[A-Z][\w'&.\-]*|U\.S\.)(?:\s+(?:of|for|and|the|on|to|&|[A-Z][\w'&.\-]*"
    r"|\(\w+\)))*)"
)
_ORG_STOP = frozenset({"The", "A", "An", "This", "These", "That", "It", "He", "She", "They", "We"})
_ORG_SPLIT = _C(r",\s*|\s+and\s+(?=(?:the\s+)?[A-Z])|\s+&\s+(?=[A-Z])|\n[ \t]*[-\u2022*]\s*")
_ORG_TRAILING_WORD = _C(r"\s+(?:and|of|the|for|on|to|&)$")
_PARENTHESIS = _C(r"\s*\([^)]*\)")


# --------------------------------------------------------------------------------------------
# The analysis
# --------------------------------------------------------------------------------------------


class _Cue:
    __slots__ = ("name", "weight", "start", "end")

    def __init__(self, name: str, weight: float, start: int, end: int) -> None:
        self.name = name
        self.weight = weight
        self.start = start
        self.end = end


def _clause_start(low: str, pos: int, back: int = 250) -> int:
    lo = max(0, pos - back)
    start = lo
    for m in _CLAUSE_BREAK.finditer(low, lo, pos):
        start = m.end()
    return start


def _anchored(
    low: str,
    verbs: list[tuple[str, int, int]],
    table: list[tuple[str, int, frozenset[str], int, re.Pattern[str]]],
) -> list[tuple[str, int, int, int, str | None]]:
    """(name, weight, start, end, gap) for every verb-anchored cue of `table`."""
    out: list[tuple[str, int, int, int, str | None]] = []
    seen: set[tuple[str, int]] = set()
    for verb, vs, ve in verbs:
        for name, weight, allowed, back, rx in table:
            if verb not in allowed:
                continue
            m = rx.search(low, max(0, vs - back), vs)
            if m is None or (name, m.start()) in seen:
                continue
            end = ve
            after = _ANCHOR_AFTER.get(name)
            if after is not None:
                tail = after.match(low, ve)
                if tail is None:
                    continue
                end = tail.end()
            seen.add((name, m.start()))
            gap = m.group("gap") if "gap" in rx.groupindex else None
            out.append((name, weight, m.start(), end, gap))
    return out


def _verbs(low: str) -> list[tuple[str, int, int]]:
    return [(_squash(m.group(0)), m.start(), m.end()) for m in _VERB_RX.finditer(low)]


def _mandate_cues(low: str, verbs: list[tuple[str, int, int]]) -> list[_Cue]:
    found = _anchored(low, verbs, _MANDATE_ANCHORED)
    for name, rx, weight in _MANDATE:
        for m in rx.finditer(low):
            found.append((name, weight, m.start(), m.end(), None))
    cues: list[_Cue] = []
    for name, weight, s, e, gap in found:
        if gap is not None and (
            _GAP_BLOCK.search(gap) or (name == "require X to post" and not gap.strip())
        ):
            continue
        cstart = _clause_start(low, s, 60)
        if _NEG_BEFORE.search(low[cstart:s]):
            continue
        if name == "posting is mandatory":
            before = low[max(0, s - 120) : s]
            if "post" not in before and "display" not in before:
                continue
        if name in ("shall/must post", "required to post", "require X to post") and (
            _ONLINE_AFTER.match(low, e)
        ):
            continue
        win_lo, win_hi = max(0, s - 150), min(len(low), e + 250)
        if not _OBJECT.search(low, win_lo, win_hi):
            continue
        if not _TRAFFICK_LOCAL.search(low, max(0, s - 400), min(len(low), e + 400)):
            if _OTHER_TOPIC.search(low, win_lo, win_hi):
                continue
        cues.append(_Cue(name, weight, s, e))
    cues.sort(key=lambda c: c.start)
    return cues


def _permissive_cues(low: str, verbs: list[tuple[str, int, int]]) -> list[_Cue]:
    cues = [
        _Cue(name, weight, s, e)
        for name, weight, s, e, gap in _anchored(low, verbs, _PERMISSIVE_ANCHORED)
        if not (gap and _PERMISSIVE_GAP_BLOCK.search(gap))
    ]
    for m in _VOLUNTARY.finditer(low):
        s, e = m.start(), m.end()
        if _VOLUNTARY_NEAR.search(low, max(0, s - 100), min(len(low), e + 100)):
            cues.append(_Cue("voluntary", 2, s, e))
    cues.sort(key=lambda c: c.start)
    return cues


_SENTENCE_END_RX = _C(r"[.!?](?=\s)|\n")
_OTHER_HOTLINE_TOPIC = _F(
    r"\babuse\b|\bfraud|\bconsumer|\bgouging|\bsuicide|\bcrisis\b|\bmental\s+health"
    r"|\bpoison|\bdomestic\s+violence|\bscam"
)


def _sentence_span(low: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around low[start:end], at most 400 characters either side."""
    lo = max(0, start - 400)
    begin = lo
    for m in _SENTENCE_END_RX.finditer(low, lo, start):
        begin = m.end()
    stop = _SENTENCE_END_RX.search(low, end, min(len(low), end + 400))
    return begin, (stop.end() if stop else min(len(low), end + 400))


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
        m = _PHONE.search(text, max(0, i - 22, last), min(n, i + 12))
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
        if num != NATIONAL_HOTLINE:
            # a state or other number counts when its own sentence, or the one before or after,
            # is about trafficking, its own sentence is not about another hotline's subject, a
            # hotline/call/report word is near, and it is not a press contact
            own_lo, own_hi = _sentence_span(low, s, e)
            near_lo = _sentence_span(low, max(0, own_lo - 2), max(0, own_lo - 2))[0]
            near_hi = _sentence_span(low, min(len(low), own_hi + 1), min(len(low), own_hi + 1))[1]
            if "traffick" not in low[near_lo:near_hi]:
                continue
            if _OTHER_HOTLINE_TOPIC.search(low, own_lo, own_hi):
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


class _Analysis:
    """All cues found in one text; `code_text` turns it into a `Coding`."""

    def __init__(self, text: str) -> None:
        self.text = text
        low = _Low(_lower(text))
        self.low = low
        self.trafficking = bool(_TRAFFICK_DOC.search(low))
        if not self.trafficking:
            profile = {m.lastgroup for m in _PROFILE_RX.finditer(low)}
            self.trafficking = len(profile) >= 4 and bool(profile & {"p1", "p2"})
        self.mandates: list[_Cue] = []
        self.permissive: list[_Cue] = []
        self.phones: list[tuple[str, int, int]] = []
        if self.trafficking:
            verbs = _verbs(low)
            self.mandates = _mandate_cues(low, verbs)
            self.permissive = _permissive_cues(low, verbs)
            self.phones = _phones(text, low)
        self.mandate_score = sum(c.weight for c in self.mandates)
        self.permissive_score = sum(c.weight for c in self.permissive)
        self.requires_posting = (
            self.mandate_score > 0 and self.mandate_score > self.permissive_score
        )
        self._legal: bool | None = None
        self.legal_score = 0.0
        self._campaign()

    @property
    def legal(self) -> bool:
        """Statute or bill text (rather than a release, news story or web page)?"""
        if self._legal is None:
            low = self.low
            count = low.count
            legal = sum(map(count, _LEGAL_WORDS))
            shall = count("shall")
            enums = count("\n(") + count("\n (") + low.startswith("(")
            duties = sum(map(count, _AGENCY_DUTY_WORDS))
            bill = sum(map(count, _BILL_WORDS)) + (
                len(_SESSION_LAW_RX.findall(low)) if "[" in low else 0
            )
            self.legal_score = 2 * legal + shall + 0.5 * enums + 2 * duties + 3 * bill
            release = sum(map(count, _RELEASE_WORDS))
            # enough legal language overall, or densely so in a short excerpt
            dense = self.legal_score >= 3 and self.legal_score * 250 >= len(low)
            self._legal = (self.legal_score >= 8 or dense) and self.legal_score > 2 * release
        return self._legal

    @property
    def support(self) -> list[str]:
        """Supporting (non-deciding) posting cues, for explanations."""
        if not self.trafficking:
            return []
        return [name for name, rx in _SUPPORT if rx.search(self.low)]

    # -- campaign ---------------------------------------------------------------------------
    def _campaign(self) -> None:
        low = self.low
        self.campaign_cues: list[_Cue] = []
        self.hotline_signals: list[str] = []
        self.actionable = False
        self.effort = 0
        self.promotes = False
        if not self.trafficking:
            return
        # Is a trafficking hotline present at all? (Most texts stop here.)
        sig = self.hotline_signals
        if any(p[0] == NATIONAL_HOTLINE or p[0] == TEXT_LINE for p in self.phones):
            sig.append("national number")
        if any(p[0] not in (NATIONAL_HOTLINE, TEXT_LINE) for p in self.phones):
            sig.append("state number")
        if any(rx.search(low) for _, rx in _NAMED_HOTLINES):
            sig.append("named hotline")
        tl = _TOLLFREE_LINE.search(low)
        if tl and "traffick" in low[max(0, tl.start() - 200) : tl.end() + 200]:
            sig.append("hotline mention")
        reminder = _REMINDER_RX.search(low)
        if reminder:
            # reminding businesses of a duty to post trafficking notices publicises the hotline
            sig.append("posting reminder")
        if not sig or self.legal:
            return  # no hotline, or statute/bill text: not a campaign
        # Posters/signs that a posting duty requires are the law's, not a campaign's: only
        # poster cues away from every mandatory clause count as effort.
        duty_spans = [(c.start - 200, c.end + 200) for c in self.mandates + self.permissive]
        for name, rx, weight in _CAMPAIGN_RX:
            if name == "public_appeal" or (name == "poster" and duty_spans):
                candidates = rx.finditer(low)  # the first match may be filtered out below
            else:
                m = rx.search(low)
                candidates = [m] if m is not None else []
            for m in candidates:
                if name == "poster" and any(a <= m.start() <= b for a, b in duty_spans):
                    continue
                if name == "public_appeal" and _PASSIVE_BEFORE.search(
                    low, max(0, m.start() - 8), m.start()
                ):
                    continue  # "anyone with information is asked to call": a footer, not an appeal
                self.campaign_cues.append(_Cue(name, weight, m.start(), m.end()))
                break
        if reminder:
            self.campaign_cues.append(_Cue("posting_reminder", 3, reminder.start(), reminder.end()))
        names = {c.name for c in self.campaign_cues}
        # A release backing a bill that would require posting the hotline (statute text has
        # returned above).
        if any(c.name != "posting is mandatory" for c in self.mandates):
            c = self.mandates[0]
            self.campaign_cues.append(_Cue("legislation", 1, c.start, c.end))
        promote = _PROMOTE_VERB.search(low)
        if promote:
            self.campaign_cues.append(_Cue("promote_hotline", 3, promote.start(), promote.end()))
        heading = _HEADING_CALL.search(low) if ("hotline" in low or "tip" in low) else None
        if heading:
            self.campaign_cues.append(_Cue("hotline_heading", 3, heading.start(), heading.end()))
        self.actionable = bool(
            "national number" in sig
            or "state number" in sig
            or reminder
            or promote
            or heading
            or "hotline_launch" in names
            or _CALL_HOTLINE.search(low)
            or (
                ("named hotline" in sig or "hotline mention" in sig)
                and (names & {"billboard", "poster", "psa"} or _MEDIA_WITH_HOTLINE.search(low))
            )
        )
        self.effort = sum(c.weight for c in self.campaign_cues)
        self.promotes = self.actionable and self.effort >= 3

    # -- explanation ------------------------------------------------------------------------
    def top_posting_cue(self) -> str:
        if not self.trafficking:
            return "no trafficking context"
        if not (self.mandates or self.permissive):
            return "no posting cue"
        c = max(self.mandates + self.permissive, key=lambda c: c.weight)
        return f"{c.name}: {_squash(_quote(self.text, c.start, c.end, 160))}"

    def top_campaign_cue(self) -> str:
        if not self.trafficking:
            return "no trafficking context"
        if self.legal:
            return f"legal text (score {self.legal_score:g})"
        if not self.hotline_signals:
            return "no trafficking hotline"
        if not self.actionable:
            return "hotline only discussed"
        if not self.campaign_cues:
            return "no effort cue"
        c = max(self.campaign_cues, key=lambda c: c.weight)
        return f"{c.name}: {_squash(_quote(self.text, c.start, c.end, 160))}"


# --------------------------------------------------------------------------------------------
# Field extractors
# --------------------------------------------------------------------------------------------


def _add(coding: Coding, fld: str, value: str, text: str, start: int, end: int) -> None:
    coding.evidence.append({"field": fld, "value": value, "quote": _quote(text, start, end)})


_PLACED_IN_RX = _C(
    r"\b(?:posters?|signs?|notices?|placards?|signage)\b[^.\n]{0,40}?\b(?:placed|posted|displayed"
    r"|hung|put\s+up|go(?:es)?\s+up|installed)\b[^.\n]{0,20}?\b(?:in|at|on|inside)\b"
)
_LIST_LINE = _C(r"[ \t]*(?:[\u2022*\-\u2013]|\(\w{1,4}\)|\d{1,2}[.)]|[a-z][.)])")


def _paragraph_span(low: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (line) around a cue, extended over a list that the line introduces."""
    lo = low.rfind("\n", 0, start) + 1
    if _LIST_LINE.match(low, lo):
        # a list item: include the line that introduces the list ("... the following:")
        back = lo
        while back > 0:
            prev = low.rfind("\n", 0, back - 1) + 1
            line = low[prev : back - 1]
            if line.rstrip().endswith(":"):
                lo = prev
                break
            if line.strip() and not _LIST_LINE.match(line):
                break
            back = prev
    hi = low.find("\n", end)
    if hi < 0:
        return lo, len(low)
    if low[lo:hi].rstrip().endswith(":"):
        pos = hi + 1
        while pos < len(low):
            nxt = low.find("\n", pos)
            nxt = len(low) if nxt < 0 else nxt
            line = low[pos:nxt]
            if line.strip() and not _LIST_LINE.match(line):
                break
            hi, pos = nxt, nxt + 1
    return lo, hi


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping or touching ones merged."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _first_mention(
    low: str, code: str, rx: _F, spans: list[tuple[int, int]]
) -> re.Match[str] | None:
    """The first mention of establishment `code` in `spans` that is not negated or excluded."""
    skip = _EST_SKIP_BEFORE.get(code)
    for lo, hi in spans:
        pos = lo
        while (m := rx.search(low, pos, hi)) is not None:
            s = m.start()
            if _EST_NEG_BEFORE.search(low[_clause_start(low, s, 80) : s]) or (
                skip is not None and skip.search(low[max(0, s - 60) : s])
            ):
                pos = m.end()
                continue
            return m
    return None


def _extract_establishments(a: _Analysis, coding: Coding) -> None:
    """Establishment codes. In statute/bill text the whole text counts (definitions and lists
    sit far from the duty); in news and releases only the neighbourhood of a posting cue."""
    text, low = a.text, a.low
    if a.legal:
        spans = [(0, len(low))]
    else:
        spans = _merge_spans(
            [_paragraph_span(low, c.start, c.end) for c in a.mandates + a.permissive]
            + [_paragraph_span(low, m.start(), m.end()) for m in _PLACED_IN_RX.finditer(low)]
        )
    hits: list[tuple[int, int, str, re.Match[str]]] = []
    for code, rx in _ESTABLISHMENT_RX:
        m = _first_mention(low, code, rx, spans)
        if m is not None:
            hits.append((m.start(), -m.end(), code, m))
    hits.sort(key=lambda h: (h[0], h[1]))
    for _, _, code, m in hits:
        codes = [code]
        if code == "bus_station" and ("train" in m.group(0) or "rail" in m.group(0)):
            codes.append("rail_station")
        for c in codes:
            if c not in coding.establishments:
                coding.establishments.append(c)
                _add(coding, "establishments", c, text, m.start(), m.end())


def _extract_languages(a: _Analysis, coding: Coding) -> None:
    """Languages a notice or campaign uses ("printed in English", "English and Spanish",
    "translated into Vietnamese, Russian, ...", "seven languages, including Gujarati")."""
    text, low = a.text, a.low
    if not any(k in low for k in _LANG_GATE):
        return
    matches = [
        m
        for m in _LANG_RX.finditer(low)
        if text[m.start()].isupper() and low[m.start() - 1 : m.start()] != "-"
    ]
    for i, m in enumerate(matches):
        name = _LANG_PROPER[_squash(m.group(0))]
        if name in coding.languages:
            continue
        s, e = m.start(), m.end()
        if low[e : e + 7].startswith(("-speak", " speak")):
            continue
        near_other = any(
            j != i
            and abs(matches[j].start() - s) < 40
            and _LANG_JOIN.fullmatch(low[min(e, matches[j].end()) : max(s, matches[j].start())])
            for j in (i - 1, i + 1)
            if 0 <= j < len(matches)
        )
        if not (
            near_other
            or _LANG_BEFORE.search(low, max(0, s - 14), s)
            or "language" in low[max(0, s - 60) : e + 60]
        ):
            continue
        coding.languages.append(name)
        _add(coding, "languages", name, text, s, e)


def _size_windows(low: str) -> list[tuple[int, int]]:
    """Neighbourhoods where a sign size can be: around "inch", "size", "point", inch marks."""
    anchors: list[int] = []
    for key in ("inch", "size", "wide", "point", '"', "\u201d", "\u2033"):
        i = low.find(key)
        while i >= 0:
            if len(key) > 1 or (i and (low[i - 1].isdigit() or low[i - 1] == "\u00bd")):
                anchors.append(i)
            i = low.find(key, i + 1)
    return _merge_spans([(max(0, i - 140), min(len(low), i + 60)) for i in anchors])


def _extract_size(a: _Analysis, coding: Coding) -> None:
    """Sign size, normalised ("8.5 x 11 inches"); else the type size ("16-point font")."""
    text, low = a.text, a.low
    windows = _size_windows(low)
    best: tuple[int, int, str] | None = None
    for lo, hi in windows:
        for rx in (_SIZE_RX, _SIZE_HW_RX):
            for m in rx.finditer(low, lo, hi):
                s, e = m.start(), m.end()
                if rx is _SIZE_RX and not _SIZE_CTX.search(
                    low, max(0, s - 60), min(len(low), e + 30)
                ):
                    continue
                x, y = _parse_size_num(m.group("a")), _parse_size_num(m.group("b"))
                if not x or not y or x > 60 or y > 60:
                    continue
                if best is None or s < best[0]:
                    best = (s, e, f"{_fmt_num(x)} x {_fmt_num(y)} inches")
                break
        if best is not None:
            break
    if best is None and "point" in low:
        for lo, hi in windows:
            m = _FONT_RX.search(low, lo, hi)
            if m:
                n = _parse_size_num(m.group("a"))
                if n:
                    best = (m.start(), m.end(), f"{_fmt_num(n)}-point font")
                    break
    if best is not None:
        s, e, value = best
        coding.sign_size = value
        _add(coding, "sign_size", value, text, s, e)


def _money(raw_digits: str, cents: str | None) -> str:
    value = raw_digits
    if cents and cents != "00":
        value += "." + cents
    return "$" + value


def _extract_penalties(a: _Analysis, coding: Coding) -> None:
    text, low = a.text, a.low
    found: list[tuple[int, int, str]] = []
    for m in _MONEY_RX.finditer(low):
        s, e = m.start(), m.end()
        if not _PENALTY_CTX.search(low, max(0, s - 150), min(len(low), e + 120)):
            continue
        if _MONEY_SKIP_BEFORE.search(low[max(0, s - 30) : s]):
            continue
        found.append((s, e, _money(m.group(1), m.group(2))))
    for m in _MONEY_WORDS_RX.finditer(low) if "dollar" in low else ():
        s, e = m.start(), m.end()
        if not _PENALTY_CTX.search(low, max(0, s - 150), min(len(low), e + 120)):
            continue
        n = _words_to_int(m.group(1))
        if not n:
            continue
        found.append((s, e, f"${n:,}"))
    for m in _WARNING_RX.finditer(low):
        value = "written warning" if "written warning" in m.group(0) else "warning"
        found.append((m.start(), m.end(), value))
    for m in _OTHER_PENALTY_RX.finditer(low):
        value = _squash(m.group(0))
        found.append((m.start(), m.end(), value))
    found.sort()
    for s, e, value in found:
        if value not in coding.penalties:
            coding.penalties.append(value)
            _add(coding, "penalties", value, text, s, e)


def _extract_effective(a: _Analysis, coding: Coding) -> None:
    """The first parseable date of the first `_EFFECTIVE_RX` pattern (in order) that has one."""
    for rx in _EFFECTIVE_RX:
        for m in rx.finditer(a.low):
            raw = next((g for g in m.groups() if g), None)
            iso = _parse_date(raw) if raw else None
            if iso is not None:
                coding.effective_date = iso
                _add(coding, "effective_date", iso, a.text, m.start(), m.end())
                return


def _extract_history(a: _Analysis, coding: Coding) -> None:
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
        value = _squash(text[s:e]).rstrip(" ;,")
        if len(value) > 300:
            value = value[:300]
        coding.history = value
        _add(coding, "history", value, text, s, e)


def _extract_citation(a: _Analysis, coding: Coding) -> None:
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
                prefix, start = _squash(abbrev.group(1)), i - len(before) + abbrev.start(1)
            elif state:
                prefix, start = _squash(state.group(1)), i - len(before) + state.start(1)
            else:
                prefix, start = "", i
            value = f"{prefix} \u00a7 {num.group(1)}".strip()
            found = (start, num.end(), value)
        i = head.find("\u00a7", i + 1)
    if found is None and any(k in head for k in _CITE_CODE_KEYS):
        m = _CITE_CODE_RX.search(head)
        if m and not _CROSS_REF_BEFORE.search(head[max(0, m.start() - 20) : m.start()]):
            found = (m.start(), m.end(), f"{_squash(m.group(1))} {m.group(2)}")
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
            found = (m.start(1), m.end(1), _squash(m.group(1)))
    if found is None:
        m = _BILL_RX.search(head)
        if m:
            found = (m.start(), m.end(), _squash(m.group(0)))
    if found is not None:
        start, end, value = found
        value = value.rstrip(".")
        coding.citation = value
        _add(coding, "citation", value, text, start, end)


def _clean_agency(raw: str) -> str | None:
    value = _AGENCY_STOP_LEAD.sub("", _squash(raw).split(". ", 1)[0])
    value = _AGENCY_ENUM_LEAD.sub("", value).strip(" ,;:.")
    if not value or len(value) < 4:
        return None
    return value


def _extract_agency(a: _Analysis, coding: Coding) -> None:
    """Who designs or supplies the notice: "The Department ... shall design a sign", "signs
    developed by the office of ...", "requires the Department of X to create a poster"."""
    text, low = a.text, a.low
    candidates: list[tuple[int, int, str]] = []
    for m in _AGENCY_CORE.finditer(low):
        s, e = m.start(), m.end()
        tail = _AGENCY_TAIL.match(low, e)
        if tail is not None:
            e = tail.end()
        # preceding name words ("workforce solutions", "Alcoholic Beverage Control")
        for _ in range(4):
            w = _AGENCY_WORD_BEFORE.search(low, max(0, s - 30), s)
            if w is None or w.group(1) in _AGENCY_NOT_NAME:
                break
            s = w.start()
        before = low[max(0, s - 90) : s]
        if _AGENCY_DUTY_AFTER.match(low, e):
            anchor = e
        elif _AGENCY_BY_BEFORE.search(before) or _AGENCY_WEBSITE_BEFORE.search(before):
            anchor = e
        elif _AGENCY_REQUIRE_BEFORE.search(before) and _AGENCY_TO_DESIGN.match(low, e):
            anchor = e
        else:
            continue
        if not _AGENCY_OBJECT.search(low, max(0, s - 120), min(len(low), anchor + 220)):
            continue
        value = _clean_agency(text[s:e])
        if value is not None:
            candidates.append((s, e, value))
    if not candidates:
        return
    specific = [c for c in candidates if len(c[2].split()) >= 2]
    s, e, value = min(specific or candidates)
    coding.agency = value
    _add(coding, "agency", value, text, s, e)


def _who_phrase(text: str, low: str, s: int, e: int) -> tuple[str, int, int] | None:
    """Clean a subject span: drop enumerators, leading adverbials, passive subjects."""
    lead = _ENUM_LEAD.match(low, s, e)
    if lead:
        s = lead.end()
    seg = low[s:e]
    if _ADVERBIAL_LEAD.match(seg) and "," in seg:
        s += seg.rindex(",") + 1
    while s < e and text[s] in ' \t\n,;:"\u201c\u201d(':
        s += 1
    while e > s and text[e - 1] in ' \t\n,;:"\u201c\u201d':
        e -= 1
    if _RELATIVE_LEAD.match(low, s, e):
        # "(iv) in which ... shall post": the subject is the list's lead-in ("Any facility")
        items = list(_FIRST_ITEM.finditer(low, max(0, s - 600), s))
        if not items:
            return None
        first = items[-1].start()
        starts = [m.end() for m in _SENTENCE_END.finditer(low, max(0, first - 300), first)]
        s, e = (starts[-1] if starts else max(0, first - 300)), first
        while s < e and text[s].isspace():
            s += 1
    phrase = _squash(text[s:e])
    if len(phrase) < 3:
        return None
    lowp = phrase.lower()
    if _PASSIVE_SUBJECT.match(lowp) or _PASSIVE_END.search(lowp) or lowp in ("it", "they", "them"):
        return None
    if len(phrase) > 160:
        phrase = phrase[:160].rsplit(" ", 1)[0] + " ..."
    return phrase, s, e


_RELATIVE_LEAD = _C(r"(?:in\s+which|which|that|who|whose|operating|licensed|located|where)\b")
_SENTENCE_END = _C(r"[.;:!?](?=\s)|\n\s*\n")
_FIRST_ITEM = _C(r"\n?[ \t]*\((?:i|a|1)\)")
_BE_REQUIRED_BEFORE = _C(
    r"([^.;:\n,]{3,120}?)\s+(?:that\s+|which\s+|who\s+)?(?:are|is|shall\s+be|will\s+be|would\s+be"
    r"|be|were)\s+(?:\w+\s+)?$"
)
_SENTENCE_BREAK = _C(r"\.\s+[A-Z(]|\n\s*\n")
_REQUIRE_OBJECT = _C(
    r"(?:requir\w*|mandat\w*|direct\w*|compel\w*)\s+(.*?)\s+to\s+(?:be\s+)?\S+$", re.S
)
#: The mandatory cues whose subject is who must post, best first.
_WHO_CUE_RANK = {"shall/must post": 0, "required to post": 1, "require X to post": 2}


def _extract_who(a: _Analysis, coding: Coding) -> None:
    """Who must post: the subject of the first operative mandatory clause."""
    text, low = a.text, a.low
    cues = [c for c in a.mandates if c.name in _WHO_CUE_RANK]
    for c in sorted(cues, key=lambda c: (_WHO_CUE_RANK[c.name], c.start)):
        found: tuple[str, int, int] | None = None
        if c.name == "require X to post":
            if " to be " in low[c.start : c.end]:
                continue  # "mandates the tipline to be displayed": X is what is posted
            m = _REQUIRE_OBJECT.match(low[c.start : c.end])
            if m:
                found = _who_phrase(text, low, c.start + m.start(1), c.start + m.end(1))
        elif c.name == "required to post":
            m = _BE_REQUIRED_BEFORE.search(low, max(0, c.start - 130), c.start)
            if m:
                found = _who_phrase(text, low, m.start(1), m.end(1))
        else:
            owner = None
            for om in _SUBJECT_OWNER_RX.finditer(low, max(0, c.start - 1200), c.start):
                if not _SENTENCE_BREAK.search(text, om.end(), c.start):
                    owner = om
                    break
            if owner is not None:
                found = _who_phrase(text, low, owner.start(), owner.end())
            if found is None:
                found = _who_phrase(text, low, _clause_start(low, c.start, 500), c.start)
        if found is not None:
            phrase, s, e = found
            coding.who_must_post = phrase
            _add(coding, "who_must_post", phrase, text, s, e)
            return


def _extract_hotlines(a: _Analysis, coding: Coding) -> None:
    text, low = a.text, a.low
    for num, s, e in a.phones:
        if num not in coding.hotline_numbers:
            coding.hotline_numbers.append(num)
            _add(coding, "hotline_numbers", num, text, s, e)
    names: list[tuple[int, int, str]] = []
    for name, rx in _NAMED_HOTLINES:
        m = rx.search(low)
        if m:
            names.append((m.start(), m.end(), name))
    for m in _HOTLINE_KIND.finditer(low):
        state = _STATE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if state is None:
            continue
        kind = _squash(text[m.start() : m.end()]).split(None, 2)[2]
        kind = "Tip Line" if kind.lower().replace(" ", "") == "tipline" else kind.title()
        names.append((state.start(), m.end(), f"{state.group(1)} Human Trafficking {kind}"))
    names.sort()
    for s, e, name in names:
        if name not in coding.hotlines:
            coding.hotlines.append(name)
            _add(coding, "hotlines", name, text, s, e)


def _extract_partners(a: _Analysis, coding: Coding) -> None:
    """Organisations named right after "in partnership with", "joined", "teaming up with"..."""
    text = a.text
    known: set[str] = set()  # the partners found so far, without parentheses
    for m in _PARTNER_TRIGGER.finditer(a.low):
        window = text[m.end() : m.end() + 400]
        stop = _PARTNER_STOP.search(window)
        seg_end = m.end() + (stop.start() if stop else len(window))
        segment = text[m.end() : seg_end]
        pos = m.end()
        for part in _ORG_SPLIT.split(segment):
            part = part.strip().lstrip("-\u2022* ")
            if not part:
                continue
            om = _ORG_TOKEN.match(part)
            if om is None:
                break  # the list of organisations has ended
            org = _ORG_TRAILING_WORD.sub("", om.group(1).strip())
            words = org.split()
            if not words or words[0] in _ORG_STOP:
                break
            if len(words) == 1 and sum(ch.isalpha() for ch in org) < 4:
                break
            start = text.find(org, pos, seg_end)
            if start < 0:
                break
            pos = start + len(org)
            key = _PARENTHESIS.sub("", org)
            if key not in known and len(coding.partners) < 12:
                known.add(key)
                coding.partners.append(org)
                _add(coding, "partners", org, text, start, start + len(org))


_CUE_AS_TYPE = {"promote_hotline": "awareness_campaign", "hotline_heading": "public_appeal"}


def _extract_campaign(a: _Analysis, coding: Coding) -> None:
    text = a.text
    for c in sorted(a.campaign_cues, key=lambda c: c.start):
        name = _CUE_AS_TYPE.get(c.name, c.name)
        if name not in CAMPAIGN_TYPES or name in coding.campaign_types:
            continue
        coding.campaign_types.append(name)
        _add(coding, "campaign_types", name, text, c.start, c.end)
    low = a.low
    hits: list[tuple[int, int, str]] = []
    for k, rx in _MEDIA_RX:
        pos = 0
        while True:
            m = rx.search(low, pos)
            if m is None:
                break
            lo, hi = _paragraph_span(low, m.start(), m.end())
            if k in _SELF_MEDIA or _MEDIA_CONTEXT.search(low, lo, hi):
                hits.append((m.start(), m.end(), k))
                break
            pos = hi + 1
    for start, end, k in sorted(hits):
        coding.media.append(k)
        _add(coding, "media", k, text, start, end)
    _extract_partners(a, coding)


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def _prepare(text: str, html: bool | None) -> str:
    if html is None:
        html = _looks_like_html(text)
    return html_to_text(text) if html else text


def code_text(text: str, *, html: bool | None = None) -> Coding:
    """Code one statute, bill or release text (plain text or HTML)."""
    text = _prepare(text or "", html)
    a = _Analysis(text)
    coding = Coding(requires_posting=a.requires_posting, promotes_hotline=a.promotes)
    if a.requires_posting:
        best = max(a.mandates, key=lambda c: (c.weight, -c.start))
        _add(coding, "requires_posting", "true", text, best.start, best.end)
    elif a.permissive:
        worst = max(a.permissive, key=lambda c: (c.weight, -c.start))
        _add(coding, "requires_posting", "false", text, worst.start, worst.end)
    if not a.trafficking:
        return coding
    posting_context = bool(a.mandates or a.permissive)
    if posting_context:
        _extract_establishments(a, coding)
        _extract_who(a, coding)
        _extract_size(a, coding)
        _extract_agency(a, coding)
        _extract_penalties(a, coding)
    _extract_languages(a, coding)
    _extract_hotlines(a, coding)
    _extract_effective(a, coding)
    _extract_history(a, coding)
    _extract_citation(a, coding)
    if a.promotes:
        best = max(a.campaign_cues, key=lambda c: (c.weight, -c.start))
        _add(coding, "promotes_hotline", "true", text, best.start, best.end)
        _extract_campaign(a, coding)
    return coding


def explain(text: str, *, html: bool | None = None) -> dict:
    """The decision inputs for one text (scores and the top cue), for benchmarks and debugging."""
    a = _Analysis(_prepare(text or "", html))
    legal = a.legal if a.trafficking else False
    return {
        "legal_text": legal,
        "trafficking": a.trafficking,
        "requires_posting": a.requires_posting,
        "mandate_score": a.mandate_score,
        "permissive_score": a.permissive_score,
        "mandate_cues": sorted({c.name for c in a.mandates}),
        "permissive_cues": sorted({c.name for c in a.permissive}),
        "support_cues": a.support,
        "top_posting_cue": a.top_posting_cue(),
        "promotes_hotline": a.promotes,
        "hotline_signals": a.hotline_signals,
        "effort": a.effort,
        "legal_score": a.legal_score,
        "campaign_cues": sorted({c.name for c in a.campaign_cues}),
        "top_campaign_cue": a.top_campaign_cue(),
    }


_HEADER_LINE = re.compile(r"^(url|kind|state|date|label|note):", re.IGNORECASE)


def read_document(path: Path) -> str:
    """A file's text, minus a leading `url:`/`kind:`/`state:`/`date:`/`label:` header block.

    The header is metadata about the file (the shared texts format); coding must never see it,
    least of all the `label:` line (nor a `note:` line, which some files add and which can
    restate the label). Bytes that are not UTF-8 are read as windows-1252.
    """
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    lines = text.splitlines()
    if lines and _HEADER_LINE.match(lines[0]):
        end = 0
        while end < len(lines) and lines[end].strip() and _HEADER_LINE.match(lines[end]):
            end += 1
        text = "\n".join(lines[end:]).lstrip("\n")
    return text
