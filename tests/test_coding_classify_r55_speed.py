"""Speed pass 7 (issue 14r55-speed): the import of the coding engine. `Rx` compiles a branch
when a document first makes it live (not every branch at import), reads the structure of a
pattern with one `re` scan (`_structure`) and reads each branch or group's literals once
(`_literal_runs`, cached). Rewrites for speed only: these tests hold them to the code they
replace and to `re`."""

from __future__ import annotations

import random
import re

import hotline_watch.coding  # noqa: F401  (every module's patterns made)
from hotline_watch.coding import code_text
from hotline_watch.coding.patterns import _ALL_RX, Lowered, Rx, _literal_runs, _structure


def _structure_by_char(src: str, start: int = 0):
    """`_structure` as it was written before this pass (one character at a time)."""
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


def test_every_branch_of_every_pattern_compiles():
    """A branch is compiled when first live: a pattern error would otherwise show only in a run
    that reaches it. Each compiles, and to the pattern `re` makes of its source."""
    assert len(_ALL_RX) >= 200
    for rx in _ALL_RX:
        rx.compile_all()
        assert [c.pattern for c in rx.compiled] == [src for _, src in rx.parts], rx.pattern


def test_structure_as_read_one_character_at_a_time():
    """The one-scan `_structure` yields what the character loop yielded: on every pattern of the
    engine (from several starts) and on random strings of brackets, escapes and bars."""
    patterns = sorted({rx.pattern for rx in _ALL_RX})
    for p in patterns:
        for start in range(0, len(p), max(1, len(p) // 20)):
            assert list(_structure(p, start)) == list(_structure_by_char(p, start)), (p, start)
    rnd = random.Random(55)
    for _ in range(30_000):
        s = "".join(rnd.choice("ab()|[]\\^-\n") for _ in range(rnd.randint(0, 14)))
        start = rnd.randint(0, len(s))
        assert list(_structure(s, start)) == list(_structure_by_char(s, start)), (s, start)


def test_branches_compiled_only_when_live():
    """A new pattern compiles nothing until a document makes a branch live, then only that
    branch (the rest when every branch is live); its matches stay `re`'s."""
    pattern = r"\bstate\s+police\b|\bsheriff'?s?\b|\b[a-z]{1,5}pd\b|\bmarshal\b"
    rx = Rx(pattern)
    assert rx.compiled == [None] * len(rx.parts)
    text = "the sheriff and the lapd"
    assert [m.span() for m in rx.finditer(Lowered(text))] == [
        m.span() for m in re.finditer(pattern, text)
    ]
    assert sum(c is not None for c in rx.compiled) == 2  # "sheriff" and the gated "pd"
    assert not rx.finditer(Lowered("nothing"))  # no key: nothing live, nothing compiled
    assert sum(c is not None for c in rx.compiled) == 2
    text = "state police, a sheriff's deputy, the nypd and a marshal"
    got = rx.search(Lowered(text))
    assert got is not None and got.span() == re.search(pattern, text).span()
    assert None not in rx.compiled


def test_literal_runs_cached_as_tuples():
    """The cache hands every caller the same immutable answer."""
    branch = r"\bstate\s+(?:universit(?:y|ies)|colleges?)\b"
    runs, groups = _literal_runs(branch)
    assert _literal_runs(branch) is _literal_runs(branch)
    assert isinstance(runs, tuple) and isinstance(groups, tuple)
    assert max(runs, key=len) == "state"
    assert groups == (frozenset({"universit", "college"}),)


def test_coding_after_lazy_compile():
    """A document coded first in a process (its branches compiled then) codes as it does later."""
    text = (
        "The Attorney General's Office and the State Police announced a campaign: posters with "
        "the National Human Trafficking Hotline, 1-888-373-7888, go up in state parks."
    )
    first = code_text(text)
    assert code_text(text) == first
