"""Speed pass 6 (issue 14zy-speed): the line-start patterns searched from the text's newlines
(`patterns.Line`), the whole-text gates read from the document's key set (`patterns.Literals`)
and `outreach._NONPROFIT` led by its literals. Each is a rewrite for speed only: these tests
hold them to the matches and answers of the code they replace."""

from __future__ import annotations

import random
import re

import pytest

from hotline_watch.coding import code_text
from hotline_watch.coding.patterns import Line, Literals, Lowered

LINE_PATTERNS = [
    (r"(?m)^[ \t]*(?:Created|Amended)\s+(?:by\s+)?\d{4}\b[^\n]{0,20}", 0),
    (r"^[ \t]*(?:title|chapter)\s+[0-9ivx]+\b[^\n]*", re.M),
    (r"(?m)^[#\s\u2022]*(\d{1,3}[.\-:]\d\w*)\.?\s+[A-Z]", 0),  # `\s` may cross lines
    (r"(?m)^[ \t]*status[ \t]*:?[ \t]*\n?[ \t]*(?P<v>\S[^\n]*)", 0),
    (r"(?m)^[ \t]*(?:#[ \t]*#[ \t]*#|-+[ \t]*end[ \t]*-+)[ \t]*$", 0),
    (r"(?m)^[ \t]*", 0),  # empty matches: `finditer` falls back to `re`'s own rule
]

LINE_TEXTS = [
    "",
    "\n",
    "Created 1990 by Act\n  Amended by 2001 Laws ch. 3\nAmended 2002",
    "x\nCreated 1990\n\nAmended by 1999 Acts",
    "Chapter 509 LODGING\n title iv general\n\ttitle 3",
    "1. 2-3 Heading\n\n  12:4 Title\n# 7.1 Name",
    "Status: Passed House\nstatus\n  Referred to committee\n",
    "body\n###\n - END -\n# # #",
    "no line starts a match here: Created 1990 mid-line",
]


@pytest.mark.parametrize(("pattern", "flags"), LINE_PATTERNS)
def test_line_pattern_matches_as_re_does(pattern, flags):
    """`Line.search`, `finditer` and `match` give `re`'s own matches (span, groups) for any
    `pos`/`endpos`, the text's start and the line after each newline alike."""
    line = Line(pattern, flags)
    rx = re.compile(pattern, flags)
    rnd = random.Random(50)
    texts = LINE_TEXTS + [
        "".join(rnd.choice(LINE_TEXTS[2:] + ["\n", " ", "\t", "x"]) for _ in range(5))
        for _ in range(200)
    ]
    for text in texts:
        n = len(text)
        spans = [(0, None), (1, None), (0, max(0, n - 3)), (n // 2, None), (-1, n + 5)]
        spans += [(rnd.randint(0, n), rnd.randint(0, n)) for _ in range(5)]
        for pos, endpos in spans:
            args = (pos,) if endpos is None else (pos, endpos)
            want, got = rx.search(text, *args), line.search(text, *args)
            assert (got and (got.span(), got.groups())) == (
                want and (want.span(), want.groups())
            ), (pattern, text, args)
            assert [(m.span(), m.groups()) for m in line.finditer(text, *args)] == [
                (m.span(), m.groups()) for m in rx.finditer(text, *args)
            ], (pattern, text, args)
            m1, m2 = line.match(text, *args), rx.match(text, *args)
            assert (m1 and m1.span()) == (m2 and m2.span())


def test_line_pattern_refuses_what_it_cannot_search():
    with pytest.raises(ValueError):
        Line(r"[ \t]*Created")  # not anchored at a line's start
    with pytest.raises(ValueError):
        Line(r"^Created")  # `^` without `re.M`: the text's start only
    with pytest.raises(ValueError):
        Line(r"(?m)^Created|Amended")  # the `^` holds for the first branch only


def test_literals_gate_answers_as_in_does():
    """A gate read from the document's keys answers as `any(w in text ...)`: on a `Lowered`
    document (the key set, every occurrence reported) and on a plain string (scanned), for
    rare words, common keys and keys holding a newline or spaces."""
    gates = [
        Literals("victim", "traffick"),
        Literals("\npresent law", "\nbackground"),
        Literals(" licen", " permit"),
        Literals("human", "the"),
        Literals("zzqx"),
    ]
    texts = [
        "",
        "a victim of trafficking",
        "background\npresent law: none",
        "\nbackground: under present law",
        "each licensee and permit holder",
        "the human resources office",
        "nothing of the kind",
    ]
    for text in texts:
        for gate in gates:
            want = any(w in text for w in gate.words)
            assert gate.any_in(Lowered(text)) is want, (gate.words, text)
            assert gate.any_in(text) is want, (gate.words, text)
    with pytest.raises(ValueError):
        Literals("$")


def test_nonprofit_form_led_by_its_literals():
    """`_NONPROFIT` with each branch led by its literal (`\\b` as a lookbehind after it) finds
    what the pattern with `\\b` in front found."""
    from hotline_watch.coding.outreach import _NONPROFIT, calls_itself_nonprofit

    old = re.compile(
        r"non-?profit|not-for-profit|501\s?\(c\)\s?\(3\)"
        r"|\b(?:charitable|community-based)\s+organi[sz]ation"
        r"|\blegal\s+aid\s+(?:society|organi[sz]ation)"
    )
    words = ["non", "profit", "-", "not-for-profit", "501(c)(3)", "501 (c) (3)", "charitable",
             "community-based", "organization", "organisation", "legal", "aid", "society",
             "x", "_", " ", "\n"]  # fmt: skip
    rnd = random.Random(14)
    for _ in range(3000):
        text = "".join(rnd.choice(words) for _ in range(rnd.randint(0, 10)))
        assert [m.span() for m in _NONPROFIT.finditer(text)] == [
            m.span() for m in old.finditer(text)
        ], text
    text = "North Shore Advocates is a nonprofit and a Safe Harbor partner agency."
    assert calls_itself_nonprofit(Lowered(text.lower())) is True
    assert calls_itself_nonprofit(text.lower()) is True
    assert calls_itself_nonprofit("the office is a state agency.") is False


def test_codings_read_through_the_rewritten_gates():
    """Codings that pass through the rewritten readings: a history note at a line's start,
    a release's end marker, a call heading, a language gate."""
    statute = (
        "Sec. 12-3. Human trafficking notice.\n"
        "(a) Each hotel shall post a sign, in English and Spanish, with the National Human "
        "Trafficking Resource Center Hotline, 1-888-373-7888.\n"
        "Amended by 2019 Laws ch. 45, sec. 2\n"
    )
    coding = code_text(statute)
    assert coding.requires_posting is True
    assert coding.history == "Amended by 2019 Laws ch. 45, sec. 2"
    assert coding.languages == ["English", "Spanish"]
    release = (
        "The Attorney General's Office today launched a campaign on human trafficking: "
        "billboards across the state give the hotline.\n"
        "Call the Human Trafficking Hotline\n"
        "1-888-373-7888\n"
        "###\n"
        "About the Office: The office enforces state law.\n"
    )
    coding = code_text(release)
    assert coding.promotes_hotline is True
    assert coding.campaign is True
