"""Regular expressions over lower-cased text, run literal-first (see `Rx`)."""

from __future__ import annotations

import re
from functools import cache, reduce
from operator import or_

import ahocorasick

# Shared pattern pieces (all matching is done on a lower-cased copy of the same length)

C = re.compile

# Python's `re` finds a literal prefix very fast (memchr-style) but tries a pattern that starts
# with `\b` or an alternation at every position of the text (~20 ns per position and branch).
# `Rx` compiles one pattern as several literal-first branches: `\b(?:shall|must)X` becomes
# `s(?<!\ws)hallX` and `m(?<!\wm)ustX` (the lookbehind is `\b` in front of a word character),
# and skips a branch outright when its literal is absent from the text (the literals of all
# patterns present in a document are found in one Aho-Corasick pass, pyahocorasick). Results
# are merged in text order without overlaps, as a single `finditer` would give them.
# bench/bench_regex_engines.py shows why this stays: on the whole engine, plain `re` is ~3x
# and google-re2 (which also lacks the lookarounds 9 patterns need) ~1.3x slower.

_REPEAT = frozenset("?*+{")


#: What `_structure` steps over: an escape (the backslash and the character after it), a
#: character class (to its first unescaped `]`, or the pattern's end), or one of `(`, `)`, `|`
#: (group 1); `re` skips every other character in C.
_TOKEN = re.compile(r"\\[\s\S]?|\[(?:\\[\s\S]?|[^\\\]])*\]?|([()|])")
_DEPTH = {"(": 1, ")": -1, "|": 0}


def _structure(src: str, start: int = 0):
    """Yield (index, char, depth) for each `(`, `)` and `|` of a pattern outside escapes and
    character classes; depth is the nesting level after the character is read."""
    depth = 0
    for m in _TOKEN.finditer(src, start):
        ch = m.group(1)
        if ch is not None:
            depth += _DEPTH[ch]
            yield m.start(), ch, depth


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


def _escape(branch: str, i: int) -> tuple[str | None, int]:
    """The literal character of the escape at `i` (None for a class such as `\\d` or `\\b`)
    and its length in the source."""
    nxt = branch[i + 1 : i + 2]
    if nxt == "u" and len(branch) >= i + 6:
        return chr(int(branch[i + 2 : i + 6], 16)), 6
    if nxt and not nxt.isalnum():
        return nxt, 2
    return None, 2


def _literal_prefix(branch: str) -> tuple[str, int]:
    """The literal text every match of `branch` starts with, and its length in the source."""
    key: list[str] = []
    i = 0
    while i < len(branch):
        ch = branch[i]
        width = 1
        if ch == "\\":
            ch, width = _escape(branch, i)
            if ch is None:
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


def _skip_quantifier(branch: str, i: int) -> int:
    """The index after the quantifier (if any) that starts at `i`."""
    if branch[i : i + 1] == "{":
        close = branch.find("}", i)
        i = close + 1 if close > 0 else i
    elif branch[i : i + 1] in ("?", "*", "+"):
        i += 1
    else:
        return i
    return i + 1 if branch[i : i + 1] in ("?", "+") else i  # lazy or possessive


def _class_end(branch: str, open_at: int) -> int:
    """Index of the `]` closing the character class opened at `open_at`."""
    j = open_at + 1
    j += branch[j : j + 1] == "^"
    j += branch[j : j + 1] == "]"  # a `]` first in a class is a literal
    while j < len(branch) and branch[j] != "]":
        j += 2 if branch[j] == "\\" else 1
    return j


@cache  # the same group recurs in many branches (a vocabulary's alternation): ~4,800 distinct
# branches and groups are read ~17,000 times at import
def _literal_runs(branch: str) -> tuple[tuple[str, ...], tuple[frozenset[str] | None, ...]]:
    """The runs of plain characters outside any group, class or quantifier of `branch` (one
    branch, no top-level `|`), and for each unquantified group outside lookarounds the literals
    of its alternatives (`_any_of`, None when one has none): every match contains each run and,
    for each group, one of its literals. Nothing for a branch with inline flags."""
    if "(?i" in branch or "(?x" in branch:
        return ("",), ()
    runs: list[str] = []
    groups: list[frozenset[str] | None] = []
    run: list[str] = []
    i = 0
    while i < len(branch):
        ch = branch[i]
        width = 1
        literal = None
        if ch == "\\":
            literal, width = _escape(branch, i)
        elif ch == "(":
            width = _group_end(branch, i) + 1 - i
            head = branch[i : i + 3]
            if branch[i + width : i + width + 1] not in _REPEAT and head not in _LOOKAROUND:
                inner = branch[i + (3 if head == "(?:" else 1) : i + width - 1]
                if head == "(?P":
                    inner = inner[inner.index(">") + 1 :]
                if not inner.startswith("?"):
                    alts = [_any_of(alt) for alt in _top_split(inner)]
                    groups.append(None if None in alts else frozenset().union(*alts))
        elif ch == "[":
            width = _class_end(branch, i) + 1 - i
        elif ch not in ".^$*+?{}|)":
            literal = ch
        after = _skip_quantifier(branch, i + width)
        if literal is not None and after == i + width:
            run.append(literal)
        else:
            runs.append("".join(run))
            run = []
        i = after
    runs.append("".join(run))
    return tuple(runs), tuple(groups)


def _any_of(branch: str) -> frozenset[str] | None:
    """Literals (4 characters or more) one of which every match of `branch` contains: its
    longest run, else the literals of its first group that has them; None if it has none."""
    runs, groups = _literal_runs(branch)
    best = max(runs, key=len)
    if len(best) >= 4 and best not in _COMMON_KEYS:
        return frozenset([best])
    return next((g for g in groups if g is not None), None)


#: Group openings whose contents a match need not contain.
_LOOKAROUND = ("(?=", "(?!", "(?<", "(?#")


def _required_literal(branch: str) -> str:
    """The longest literal every match of `branch` (one branch, no top-level `|`) contains: a run
    of plain characters outside any group, class or quantifier ("pd" in `\\b[a-z]{1,5}pd\\b`).
    It gates a branch that has no literal prefix; "" when there is none (or inline flags)."""
    return max(_literal_runs(branch)[0], key=len)


class Lowered(str):
    """The lower-cased text of one document, with caches of which branch literals occur in it
    and of each pattern's branches that can match it."""

    live: dict[Rx, list[re.Pattern[str]]]
    source: str
    #: `Rx.matches` per (pattern, span); also a few readings asked repeatedly (keyed by a name)
    found: dict[tuple, tuple[re.Match[str], ...] | bool]

    def __new__(cls, value: str, source: str | None = None) -> Lowered:
        obj = super().__new__(cls, value)
        #: the text as written (same length), for readings that need its capitals (a name)
        obj.source = value if source is None else source
        obj.live = {}
        obj._keys = None
        obj.found = {}
        return obj

    @property
    def keys(self) -> set[str]:
        """The branch literals of every `Rx` that occur in this document, found in one pass of
        an Aho-Corasick automaton (pyahocorasick) over the text."""
        if self._keys is None:
            automaton, common = _automaton()
            self._keys = {key for _, key in automaton.iter(self)}
            self._keys.update([key for key in common if key in self])
        return self._keys


#: Every `Rx` made (for `Rx.compile_all` in the tests).
_ALL_RX: list[Rx] = []
#: Every branch literal of every `Rx` (the automaton is rebuilt when a new one is added).
_ALL_KEYS: set[str] = set()
_AUTOMATON: list = []
#: Keys that occur many times in nearly every text ("in" ~35 times, "the" ~17): each is looked
#: for with one `in` (stops at the first occurrence) rather than reported by the automaton at
#: every occurrence (about half of its ~290 reports a document; ~20 us a document saved).
_COMMON_KEYS = ("in", "an", "the", "to", "is", "it", "traffick", "trafficking", "man", "human")
_COMMON_KEYS += ("re", "ation")  # of `re-?inserted`, `organi[sz]ation`: ~24 reports a document


def _automaton() -> tuple[ahocorasick.Automaton, tuple[str, ...]]:
    """The automaton of every key but the common ones, and the common ones that are keys."""
    if not _AUTOMATON or _AUTOMATON[0][2] != len(_ALL_KEYS):
        automaton = ahocorasick.Automaton()
        for key in _ALL_KEYS.difference(_COMMON_KEYS):
            automaton.add_word(key, key)
        automaton.make_automaton()
        common = tuple(key for key in _COMMON_KEYS if key in _ALL_KEYS)
        _AUTOMATON[:] = [(automaton, common, len(_ALL_KEYS))]
    return _AUTOMATON[0][0], _AUTOMATON[0][1]


def _gate(branch: str) -> str:
    """The key of a branch with no literal prefix: a literal it must contain (`\\b[a-z]{1,5}pd\\b`
    would otherwise be tried at every position of every text), "" when it has none."""
    gate = _required_literal(branch)
    return gate if len(gate) >= 2 else ""


def _useful(literal: str, key: str) -> bool:
    return len(literal) >= 4 and literal not in key and literal not in _COMMON_KEYS


def _second_keys(key: str, branch: str) -> tuple[frozenset[str], ...] | None:
    """The literals a branch keyed `key` must also contain (`Rx.need`), or None: each set holds
    the alternatives of which a match contains one (a run of the branch: one literal; a group:
    a literal of each of its alternatives, when each has one)."""
    runs, groups = _literal_runs(branch)
    needs = [frozenset([run]) for run in runs if _useful(run, key)]
    needs += [g for g in groups if g is not None and all(_useful(lit, key) for lit in g)]
    return tuple(dict.fromkeys(needs)) or None


class Rx:
    """A pattern over lower-cased text (always a `Lowered`), run as literal-first branches (see
    above). A branch is skipped when its leading literal does not occur in the document (cached
    per document)."""

    __slots__ = (
        "pattern",
        "parts",
        "compiled",
        "need",
        "unkeyed",
        "keyset",
        "unkeyed_live",
        "all_live",
        "opens",
        "literals",
        "low",
        "spare",
        "at",
    )

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        # a branch written twice (two vocabulary entries expanding alike) is scanned once: its
        # matches are the same, and the merge below keeps one of each
        branches = dict.fromkeys(
            (key if len(key) >= 2 else _gate(branch), branch)
            for part in _top_split(pattern)
            for branch, key in _expand(part)
        )
        #: (key, branch source): a branch is compiled when a document first needs it (`_branch`):
        #: compiling every branch at import cost ~0.3 s a process (~4,400 branches), most of
        #: them never live in a given run (a CLI call codes one document)
        self.parts = list(branches)
        self.compiled: list[re.Pattern[str] | None] = [None] * len(self.parts)
        #: Further literals each keyed branch's matches contain (`_second_keys`), or None: the
        #: branch is live only where the key and one literal of each set occur ("state" is in
        #: most texts, "corporation" of `state\s+corporations?` or "fair" of `state\s+fair` in
        #: few; a branch costs a scan).
        self.need = [_second_keys(key, branch) if key else None for key, branch in self.parts]
        self.unkeyed = [i for i, (key, _) in enumerate(self.parts) if not key]
        self.keyset = frozenset(key for key, _ in self.parts if key)
        #: The branches live in a document holding none of the keys, and those live when every
        #: branch is (shared, never mutated: no list to build in either case); built when first
        #: needed (None until then).
        self.unkeyed_live: list[re.Pattern[str]] | None = None
        self.all_live: list[re.Pattern[str]] | None = None
        self._gate_masks()
        _ALL_KEYS.update(self.keyset)
        _ALL_KEYS.update(lit for n in self.need if n is not None for alts in n for lit in alts)
        _ALL_RX.append(self)

    def compile_all(self) -> None:
        """Compile every branch now (a branch is otherwise compiled when first live: a pattern
        error shows here, in tests/test_coding_classify_r55_speed.py, rather than in a run)."""
        for i in range(len(self.parts)):
            self._branch(i)

    def _gate_masks(self) -> None:
        """Each branch's gates as bits of one integer, so that a document's live branches come
        from a few integer operations rather than a set test per gate and branch.

        Branch i gets a field of bits: one per condition (its key, then each set of further
        literals: a condition holds when one of its literals occurs) and a spare top bit. With
        `sat` the conditions that hold, `sat + low` (`low`: the lowest bit of every field)
        carries into a field's spare bit exactly when all of its conditions hold; an unkeyed
        branch's field is its spare bit alone (always set). `opens[literal]`: the condition
        bits the literal satisfies (`literals`: its keys); `at[spare bit]`: the branch."""
        opens: dict[str, int] = {}
        low = spare = 0
        at: dict[int, re.Pattern[str] | int] = {}
        bit = 0
        for i, ((key, _), need) in enumerate(zip(self.parts, self.need, strict=True)):
            conditions = [frozenset([key])] if key else []
            conditions += need or ()
            low |= 1 << bit
            for alts in conditions:
                for lit in alts:
                    opens[lit] = opens.get(lit, 0) | 1 << bit
                bit += 1
            spare |= 1 << bit
            at[1 << bit] = i  # the branch's index until it is compiled, then the pattern
            bit += 1
        self.opens, self.low, self.spare, self.at = opens, low, spare, at
        self.literals = frozenset(opens)

    def _branch(self, i: int) -> re.Pattern[str]:
        """Branch i, compiled (once)."""
        rx = self.compiled[i]
        if rx is None:
            rx = self.compiled[i] = re.compile(self.parts[i][1])
        return rx

    def _live(self, s: Lowered) -> list[re.Pattern[str]]:
        """The branches that can match `s`, kept on it (its callers read that cache first:
        windowed searches run the same pattern many times a document)."""
        keys = (
            s._keys or s.keys
        )  # (the attribute read first: the property is a call, ~69 a document)
        if keys.isdisjoint(self.keyset):  # the common case (~half the calls): no set or list
            live = self.unkeyed_live
            if live is None:
                live = self.unkeyed_live = [self._branch(i) for i in self.unkeyed]
        else:
            # the document's literals of this pattern, in one pass over the smaller set (the keys
            # are among the literals: a key not in the document is a branch skipped)
            found = keys & self.literals
            # the gates in integer operations (see `_gate_masks`); the literals' masks OR-ed in C
            sat = reduce(or_, map(self.opens.__getitem__, found))
            bits = (sat + self.low) & self.spare
            if bits == self.spare:
                live = self.all_live
                if live is None:
                    live = self.all_live = [self._branch(i) for i in range(len(self.parts))]
            else:
                at = self.at
                live = []
                while bits:  # the live branches in branch order (lowest bit first)
                    one = bits & -bits
                    rx = at[one]
                    if rx.__class__ is int:  # not compiled yet
                        rx = at[one] = self._branch(rx)
                    live.append(rx)
                    bits ^= one
        s.live[self] = live
        return live

    def can_match(self, s: Lowered) -> bool:
        """Whether any branch can match `s` (its literals occur in it)."""
        live = s.live.get(self)
        if live is None:
            live = self._live(s)
        return bool(live)

    def finditer(self, s: Lowered, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        end = len(s) if endpos is None else endpos
        live = s.live.get(self)
        if live is None:  # (the cache read inline: ~25 calls a document)
            live = self._live(s)
        return self._scan(live, s, pos, end)

    @staticmethod
    def _scan(live: list[re.Pattern[str]], s: str, pos: int, end: int) -> list[re.Match[str]]:
        """The matches of the `live` branches in s[pos:end], leftmost first, overlaps dropped."""
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

    def matches(
        self, s: Lowered, pos: int = 0, endpos: int | None = None
    ) -> tuple[re.Match[str], ...]:
        """`finditer`, kept for the document: for a pattern read over the same span several
        times a document (`_OFFICE` over a text's lead costs ~10 live branches' scans)."""
        end = len(s) if endpos is None else endpos
        found = s.found.get((self, pos, end))
        if found is None:
            live = s.live.get(self)
            if live is None:
                live = self._live(s)
            # matched in a plain copy of the text: a match holds the string it was found in,
            # and `s` -> found -> match -> `s` would leave every document to the cyclic garbage
            # collector (its runs cost ~5% of the coding) rather than freed when coded
            found = s.found[(self, pos, end)] = tuple(self._scan(live, str.__str__(s), pos, end))
        return found

    def search(self, s: Lowered, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(s) if endpos is None else endpos
        live = s.live.get(self)
        if live is None:
            live = self._live(s)
        if len(live) < 2:  # most documents leave one branch or none: no race between branches
            return live[0].search(s, pos, end) if live else None
        best: re.Match[str] | None = None
        for rx in live:
            m = rx.search(s, pos, end)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                end = min(end, m.start() + 400)  # later branches need only beat this start
        return best


class Line:
    """A pattern whose every match starts at a line's start (`(?m)^<body>`, or `^<body>` with
    `re.M`), searched from the text's newlines. `re` tries such a pattern at every position of
    the text (the `^` test alone, ~30 instructions a position), while `\\n<body>` is led by a
    literal it skips to. The positions tried are the same (the text's start, and each one after a
    newline), so the first found is the same; the match returned is the pattern's own, made again
    at that line's start (the same `re.Match` as `search` gives: same span, groups and string)."""

    __slots__ = ("rx", "nl")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if pattern.startswith("(?m)^"):
            head, body = "(?m)", pattern[5:]
        elif pattern.startswith("^") and flags & re.M:
            head, body = "", pattern[1:]
        else:
            raise ValueError(f"not a line-start pattern: {pattern!r}")
        if len(_top_split(body)) != 1:  # `^a|b`: the `^` holds for the first branch only
            raise ValueError(f"a line-start pattern with a top-level `|`: {pattern!r}")
        self.rx = re.compile(pattern, flags)
        self.nl = re.compile(head + "\\n" + body, flags)

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    def match(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.rx.match(s, pos, len(s) if endpos is None else endpos)

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        n = len(s)
        pos = min(max(pos, 0), n)  # as `re` clamps them
        end = n if endpos is None else min(max(endpos, 0), n)
        if pos == 0 or s[pos - 1] == "\n":
            m = self.rx.match(s, pos, end)
            if m is not None:
                return m
        c = self.nl.search(s, pos, end)
        return None if c is None else self.rx.match(s, c.start() + 1, end)

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        """`finditer`'s matches (as a list): each search from the end of the match before."""
        out: list[re.Match[str]] = []
        at = pos
        while (m := self.search(s, at, endpos)) is not None:
            if m.end() == m.start():  # an empty match: `re`'s own rule for what may follow
                return list(self.rx.finditer(s, pos, len(s) if endpos is None else endpos))
            out.append(m)
            at = m.end()
        return out


class Literals:
    """Literals of which a reading needs one in the document (a gate before its patterns run),
    looked up in the document's key set (`Lowered.keys`: every literal registered here is a key
    of the Aho-Corasick pass, which reports each occurrence, so a literal is in the set exactly
    when the text holds it) rather than scanned for one `in` test at a time (a full pass over
    the text for each literal it lacks). A plain `str` (a reading called on its own) is scanned."""

    __slots__ = ("words",)

    def __init__(self, *words: str) -> None:
        if any(len(w) < 2 for w in words):
            raise ValueError("a key is at least two characters")  # (`in` is as fast for one)
        self.words = frozenset(words)
        _ALL_KEYS.update(self.words)

    def any_in(self, s: str) -> bool:
        """Whether `s` holds any of the literals (as `any(w in s for w in words)`)."""
        if isinstance(s, Lowered):
            return not self.words.isdisjoint(s._keys or s.keys)
        return any(w in s for w in self.words)


class WordCounts:
    """How often each of a fixed list of words occurs in a text, as `str.count` counts it, found
    for all words in one Aho-Corasick pass (one `str.count` scan per word costs ~1 us on an
    average document, ~60 words a document)."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = tuple(dict.fromkeys(words))
        self.automaton = ahocorasick.Automaton()
        for word in self.words:
            self.automaton.add_word(word, (word, len(word) - 1))
        self.automaton.make_automaton()

    def __call__(self, text: str) -> dict[str, int]:
        counts = dict.fromkeys(self.words, 0)
        free = dict.fromkeys(self.words, 0)  # where the word's next counted occurrence may start
        for end, (word, back) in self.automaton.iter(text):
            # `str.count` counts non-overlapping occurrences, leftmost first ("aa" in "aaa": 1)
            if end - back >= free[word]:
                counts[word] += 1
                free[word] = end + 1
        return counts


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few Unicode characters change length when lower-cased
        low = text.translate(_ASCII_LOWER)
    return low
