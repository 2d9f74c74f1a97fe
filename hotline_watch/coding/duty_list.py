"""Posting duties written as an enumerated duty list.

Statutes put several duties under one mandatory lead and enumerate them:

    (1) By January 1, 2021, a public lodging establishment shall:
    (a) Provide annual training ...
    (b) Implement a procedure for the reporting of suspected human trafficking to the National
        Human Trafficking Hotline ...
    (c) Post in a conspicuous place ... a sign with the relevant provisions of the reporting
        procedure implemented under paragraph (b).

An item that begins with a posting verb ("Post", "Display", "Place", "Affix", "Exhibit") under a
lead that ends "shall:", "must:", "is required to:" (also "shall do all of the following:") is a
mandatory posting clause. What the sign carries may be named in a sibling item that the posting
item refers to ("under paragraph (b)"), so the trafficking context is looked for in the item,
the siblings it cites and the lead; nowhere else (a training list under a trafficking heading
that also asks for a fire-exit sign is no hotline notice).
"""

from __future__ import annotations

import re

from hotline_watch.coding.lemmas import Lemma, alternation, lemma_forms
from hotline_watch.coding.patterns import C

#: The name of the mandatory cue this module finds.
DUTY_LIST = "duty list: post"
#: The posting duty's verbs as data (round 44, as `mandate._TERMINAL` is for a measure's fate):
#: each LEMMA with its five forms (base, -s, past, past participle, -ing), its nominals, the
#: FRAMES it is read in, and the slots it does not take in a frame (`frame:slot`; "nom" for
#: the nominals). The frames and the slots they read (`DUTY_FRAME_SLOTS`):
#: "m" after a modal, the active or the passive ("shall post", "must be displayed", "shall
#: cause a notice to be posted"); "r" after "required / mandated / obligated to (be)"; "x" after
#: "requires X to (be)" ("requires every hotel to post", "requiring notices to be displayed");
#: "t" in "requires that X (shall) (be)"; "b" in "requiring X be" (the participle); "h" after
#: "has / have / need to (be)"; "n" the nominal as a requirement's object ("requiring the
#: posting of", "mandates the display of"); "a" the nominal in an act's title ("an act providing
#: for the posting of"); "f" after "failure / refusal to"; "l" the verb that opens an item of an
#: enumerated duty list ("(c) Post a sign ..."); "e" the nominal a body is responsible for ("is
#: responsible for posting", "shall be responsible for the display of"); "q" the nominal as the
#: subject of "required" ("posting of the notice is required", "the display of a hotline sign
#: shall be required"). "place" is no verb as a modal's object ("shall ... in a conspicuous
#: place"), "advertise" takes no participle ("advertised rates"). Round 44 added "affix",
#: "exhibit", "mount", the participles "hung", "placed", "installed", and the frames "e" and "q"
#: (their reach on the development texts: docs/coding-measurement.md, round 44); the modal
#: "will" was measured and left out (a campaign's plan: "the office will post flyers").
DUTY_LEMMAS: tuple[Lemma, ...] = (
    (("post", "posts", "posted", "posted", "posting"), (), "mrxtbhnafleq", ""),
    (
        ("display", "displays", "displayed", "displayed", "displaying"),
        ("display",),
        "mrxtbhnafleq",
        "",
    ),
    (("exhibit", "exhibits", "exhibited", "exhibited", "exhibiting"), (), "mrxtbhfl", ""),
    (("affix", "affixes", "affixed", "affixed", "affixing"), (), "mrxtbhnfleq", ""),
    (("mount", "mounts", "mounted", "mounted", "mounting"), (), "mrxtbh", ""),
    (
        ("place", "places", "placed", "placed", "placing"),
        ("placement",),
        "mrxtbhnleq",
        "m:base t:base h:base n:ing e:ing q:ing",
    ),
    (
        ("install", "installs", "installed", "installed", "installing"),
        ("installation",),
        "mrxtbh",
        "",
    ),
    (("hang", "hangs", "hung", "hung", "hanging"), (), "mrxth", ""),
    (("put up", "puts up", "put up", "put up", "putting up"), (), "rxth", ""),
    (("advertise", "advertises", "advertised", "advertised", "advertising"), (), "rx", "r:pp x:pp"),
)
#: The slots each frame reads ("nom": the lemma's nominals, with the -ing form).
DUTY_FRAME_SLOTS = {
    "m": ("base", "pp"),
    "r": ("base", "pp"),
    "x": ("base", "pp"),
    "t": ("base", "pp"),
    "b": ("pp",),
    "h": ("base", "pp"),
    "n": ("ing", "nom"),
    "a": ("ing", "nom"),
    "f": ("base",),
    "l": ("base",),
    "e": ("ing", "nom"),
    "q": ("ing", "nom"),
}


def duty_forms(frame: str) -> list[str]:
    """The forms of the duty's lemmas (`DUTY_LEMMAS`) read in `frame`, each once, in table
    order."""
    return lemma_forms(DUTY_LEMMAS, frame, DUTY_FRAME_SLOTS)


def duty_alt(frame: str) -> str:
    """`duty_forms(frame)` as one regular-expression group, longest form first."""
    return alternation(duty_forms(frame))


#: The verbs that open a posting item.
DUTY_VERBS = frozenset(duty_forms("l"))

#: What stands right before an item's posting verb: where an item starts (the text's start, a
#: line, ":" or ";" with an optional "and"/"or"), its enumerator ("(c)", "c.", "3)", "(iii)"),
#: and an optional modal or adverb ("(c) Conspicuously post", "(2) shall post").
_ITEM_BEFORE = C(
    r"(?:^|[\n:;]|;\s+(?:and|or))\s*(?P<enum>\(\s*(?P<l1>[a-z]{1,4}|\d{1,3})\s*\)"
    r"|(?P<l2>[a-z]{1,4}|\d{1,3})[.)])\s+(?:(?:shall|must|to)\s+)?(?:[a-z]+ly\s+)?$"
)
#: An item start anywhere (the end of the item before it).
_NEXT_ITEM = C(
    r"(?:\n|;\s+(?:and\s+|or\s+)?)\s*(?:\(\s*(?:[a-z]{1,4}|\d{1,3})\s*\)"
    r"|(?:[a-z]{1,4}|\d{1,3})[.)])\s"
)
#: The lead of a mandatory duty list: a modal, then up to the colon that opens the list.
_LEAD = C(
    r"\b(?:shall|must|(?:is|are|be)\s+(?:hereby\s+)?required\s+to|(?:has|have)\s+(?:a\s+)?duty\s+to)"
    r"(?P<gap>[^.;:!?]{0,120}):\s*$"
)
#: The lead of a list of labelled paragraphs, as agency pages write a statute's duty list:
#: "Section 509.096 requires every public lodging establishment to do the following:".
_REQUIRE_LEAD = C(
    r"\brequir(?:e|es|ed)\s+(?P<gap>[^.;:!?]{3,120}?)\s+to\s+do\s+(?:all\s+of\s+)?the\s+following"
    r"\s*:\s*$"
)
#: A paragraph opened by a short label ("Sign. Post in a conspicuous place ...", "Policy.
#: Implement ..."): up to three words and a period, at the start of a paragraph.
_LABEL_ITEM_BEFORE = C(r"\n[ \t]*\n[ \t]*(?P<label>[a-z][a-z\-]*(?:\s[a-z][a-z\-]*){0,2})\.\s+$")
_LABEL_PARAGRAPH = C(r"[ \t]*[a-z][a-z\-]*(?:\s[a-z][a-z\-]*){0,2}\.\s+\S")
#: A lead that introduces contents, not duties ("The training must, at a minimum, include:"),
#: or that is not mandatory ("shall not", "may").
_LEAD_BLOCK = C(
    r"\b(?:not|never|may|include|includes|including|contain|contains|consist|state|states"
    r"|specify|read|address|cover|mean|means)\b"
)
#: A reference to a sibling item: "under paragraph (b)", "required by subsection 2".
_CROSS_REF = C(
    r"\b(?:paragraph|subparagraph|subsection|subdivision|item|clause)\s+"
    r"\(?(?P<label>[a-z]{1,4}|\d{1,3})\)?(?![\w(])"
)
_ROMAN_ORDER = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
#: Trafficking or a hotline, in an item, a cited sibling or the lead.
_CONTEXT = C(
    r"traffick|hot\s?line|nhtrc|\bbefree\b|233[\s\-]?733|373[\s.\-\u2010-\u2014]*7888"
    r"|resource\s+center|forced\s+to\s+engage"
)
_ITEM_SPAN = 600  # at most this much of an item is read
_LIST_SPAN = 6000  # a list's first item is looked for at most this far back


def _label_kinds(label: str) -> list[tuple[str, int]]:
    """(kind, ordinal) readings of an enumerator label: "3" -> number 3, "c" -> letter 3,
    "iii" -> roman 3 ("i" is both the ninth letter and roman one)."""
    if label.isdigit():
        return [("number", int(label))]
    kinds = []
    if len(label) == 1:
        kinds.append(("letter", ord(label) - ord("a") + 1))
    if label in _ROMAN_ORDER:
        kinds.append(("roman", _ROMAN_ORDER.index(label) + 1))
    return kinds


def _label(kind: str, ordinal: int) -> str | None:
    if kind == "number":
        return str(ordinal)
    if kind == "letter":
        return chr(ord("a") + ordinal - 1) if ordinal <= 26 else None
    return _ROMAN_ORDER[ordinal - 1] if ordinal <= len(_ROMAN_ORDER) else None


def _enum_rx(label: str, paren: bool, closer: str) -> re.Pattern[str]:
    """An item of this label written in the list's style, where an item may start."""
    enum = rf"\(\s*{label}\s*\)" if paren else rf"{label}{re.escape(closer)}"
    return C(rf"(?:^|(?<=[\n:;])|(?<=;\sand)|(?<=;\sor))\s*{enum}\s")


def _item_end(low: str, start: int) -> int:
    """Where the item whose text starts at `start` ends: the next item, a blank line, or
    `_ITEM_SPAN` characters on."""
    hi = min(len(low), start + _ITEM_SPAN)
    nxt = _NEXT_ITEM.search(low, start, hi)
    if nxt is not None:
        hi = nxt.start()
    blank = low.find("\n\n", start, hi)
    return hi if blank < 0 else blank


def _first_item(
    low: str, item_start: int, label: str, paren: bool, closer: str
) -> tuple[int, str, int] | None:
    """(start of the list's first item, its kind, the posting item's ordinal): the siblings
    before the posting item must all be there, in order."""
    for kind, ordinal in _label_kinds(label):
        pos = item_start
        for k in range(ordinal - 1, 0, -1):
            want = _label(kind, k)
            if want is None:
                break
            found = [
                m
                for m in _enum_rx(want, paren, closer).finditer(
                    low, max(0, item_start - _LIST_SPAN), pos
                )
            ]
            if not found:
                break
            pos = found[-1].start()
        else:
            return pos, kind, ordinal
    return None


def _sibling_text(low: str, ref: str, kind: str, paren: bool, closer: str, lo: int, hi: int) -> str:
    """The text of the sibling item labelled `ref` between `lo` and `hi` ("" when absent or
    not of the list's kind)."""
    if not any(k == kind for k, _ in _label_kinds(ref)):
        return ""
    m = _enum_rx(ref, paren, closer).search(low, lo, hi)
    if m is None:
        return ""
    return low[m.end() : _item_end(low, m.end())]


def duty_list_lead(low: str, vs: int) -> tuple[int, int, str, bool, str, str] | None:
    """When the posting verb at `vs` opens an item of a mandatory duty list: (start of the
    lead's modal, start of the list's first item, the list's label kind, whether its labels
    are in parentheses, the closer after a label ("." or ")"), the text of the item)."""
    m = _ITEM_BEFORE.search(low, max(0, vs - 40), vs)
    if m is None:
        return _labelled_paragraph_lead(low, vs)
    label = m.group("l1") or m.group("l2")
    paren = m.group("l1") is not None
    closer = "" if paren else m.group("enum")[-1]
    first = _first_item(low, m.start("enum"), label, paren, closer)
    if first is None:  # "Sign. Post ...": a short label reads as an enumerator ("sign.")
        return _labelled_paragraph_lead(low, vs)
    list_start, kind, _ = first
    lead = _LEAD.search(low, max(0, list_start - 300), list_start)
    if lead is None or _LEAD_BLOCK.search(lead.group("gap")):
        return None
    return lead.start(), list_start, kind, paren, closer, low[vs : _item_end(low, vs)]


def _labelled_paragraph_lead(low: str, vs: int) -> tuple[int, int, str, bool, str, str] | None:
    """`duty_list_lead` for a list of labelled paragraphs: the posting verb opens a paragraph
    after a short label ("Sign. Post ..."), every paragraph back to the lead is such an item,
    and the lead says "requires X to do the following:". The lead's start is that of X."""
    m = _LABEL_ITEM_BEFORE.search(low, max(0, vs - 40), vs)
    if m is None:
        return None
    start = m.start() + 1  # the blank line before the posting item
    while True:
        para = low.rfind("\n\n", max(0, vs - _LIST_SPAN), start)
        if para < 0:
            return None
        text = low[para + 2 : start].strip()
        lead = _REQUIRE_LEAD.search(text)
        if lead is not None:
            offset = para + 2 + (len(low[para + 2 : start]) - len(low[para + 2 : start].lstrip()))
            if _LEAD_BLOCK.search(lead.group("gap")):
                return None
            item_end = low.find("\n\n", vs)
            return (
                offset + lead.start("gap"),
                m.start("label"),
                "label",
                False,
                ".",
                low[vs : item_end if item_end > 0 else min(len(low), vs + _ITEM_SPAN)],
            )
        if not _LABEL_PARAGRAPH.match(text):
            return None  # a paragraph that is no labelled item: no list
        start = para


#: The hotline itself named in a section's heading ("44-1615A. NOTICE OF HUMAN TRAFFICKING
#: HOTLINE. (1) Every farm labor contractor ... shall: (a) Post ... a notice furnished by the
#: department"): the notice the list posts is that hotline's, though no item names it. Only the
#: hotline counts, not the word trafficking: a "Human trafficking training" heading over a
#: fire-exit sign is no hotline notice.
_HEADING_HOTLINE = C(r"hot\s?line|resource\s+center|373[\s.\-\u2010-\u2014]*7888|233[\s\-]?733")


def _heading_hotline(low: str, lead_start: int) -> str:
    """The text before a duty list's lead on the lead's own line, or the line before it when
    the lead opens its line, when it names the hotline ("" otherwise): a section's heading."""
    line_start = low.rfind("\n", 0, lead_start) + 1
    head = low[line_start:lead_start]
    if not head.strip(" \t(0123456789)."):  # the lead opens its line: the heading above it
        prev = low.rfind("\n", 0, max(0, line_start - 1)) + 1
        head = low[prev:line_start]
    head = head[-200:]  # a heading, not the paragraph before the list
    return head if _HEADING_HOTLINE.search(head) else ""


def duty_list_posts(low: str, verbs: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each posting verb (`verbs`: the text's posting verbs and their spans)
    that opens an item of a mandatory duty list whose item, cited siblings or lead speak of
    trafficking or a hotline."""
    out: list[tuple[int, int]] = []
    for verb, vs, ve in verbs:
        if verb not in DUTY_VERBS:
            continue
        found = duty_list_lead(low, vs)
        if found is None:
            continue
        lead_start, list_start, kind, paren, closer, item = found
        texts = [item, low[lead_start:list_start], _heading_hotline(low, lead_start)]
        list_hi = min(len(low), vs + _LIST_SPAN)
        for ref in _CROSS_REF.finditer(item):
            texts.append(
                _sibling_text(low, ref.group("label"), kind, paren, closer, list_start, list_hi)
            )
        if any(_CONTEXT.search(t) for t in texts):
            out.append((vs, ve))
    return out
