"""Legal redlines: what changed between two versions of a statute section, as a lawyer reads it.

* The text is split into subsections by their labels ("(a)", "(1)", "(A)", "(i)"), whether each
  starts a paragraph or follows "; or" inside one; each subsection knows its path, e.g. (b)(4).
* Subsections are aligned first, so an inserted or deleted subsection is shown whole
  (``{+(4) Operates a hotel ...+}``) and never smeared across its neighbours.
* Inside an amended subsection the tokens are words and punctuation (a "$100", a "712-1210" or a
  label is one token; whitespace is not a token, so re-wrapping changes nothing). Changes
  separated by a word or two are joined, so a rewritten clause reads as one deletion and one
  insertion.
* Unchanged subsections collapse to their labels; inside an amended subsection only the
  sentences that changed are shown.

Markup: ``[-removed-]`` and ``{+added+}`` (``redline_html`` turns them into <del>/<ins>).
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass, field

#: Words kept on each side of a change inside one long sentence.
CONTEXT_WORDS = 15
#: Equal runs of at most this many tokens between two changes are folded into them.
_JOIN_TOKENS = 2
#: Below this token similarity an amended subsection is shown as deleted and re-inserted whole.
_REWRITE_RATIO = 0.5

_LABEL = r"\((?:[a-z]{1,2}|[A-Z]{1,2}|\d{1,3}[a-z]?|[ivxlc]{1,6})\)"
_LABEL_RX = re.compile(_LABEL)
# At the start of a line, "2." numbers a subsection too (New York, Kentucky, Maryland items).
_LINE_LABEL = rf"(?:{_LABEL}|\d{{1,3}}\.(?=\s))"
_LINE_LABEL_RX = re.compile(_LINE_LABEL)
_LEADING_LABELS = re.compile(rf"^[\s•·]*((?:{_LINE_LABEL}[ \t]*)+)")
_LINE_START = re.compile(rf"\n(?=[ \t•·]*{_LINE_LABEL})")
# A label starts a subsection inside a paragraph only after a clause ends ("...; or (4) ...").
_INLINE_LABEL = re.compile(rf"\s+(?={_LABEL}\s+\S)")
_CLAUSE_END = re.compile(r"(?:[.;:]['\"”’]?|[.;:,]\s+(?:and|or))$")
_TOKEN = re.compile(
    rf"{_LABEL}"  # subsection label
    r"|\$\d[\d,]*(?:\.\d+)?"  # money
    r"|\w+(?:[-.,'’/]\w+)*"  # words, numbers, section numbers (712-1210), 1,000
    r"|[^\w\s]"  # one punctuation mark
)
_ROMAN = re.compile(r"^(?=[ivxlc])(?:x{0,3}|xl|l|lx{0,3}|xc|c)(?:ix|iv|v?i{0,3})$")
_FIRST_LABELS = {"a", "A", "1", "i", "I", "aa"}
_TYPOGRAPHY = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "–": "-",
        "—": "-",
        "\u00a0": " ",
    }
)


@dataclass(frozen=True)
class Token:
    space: str  # whitespace before the token in the original text
    text: str

    @property
    def key(self) -> str:
        """What comparison sees: typography (curly quotes, dashes) is not law."""
        return self.text.translate(_TYPOGRAPHY)


@dataclass
class Unit:
    """One subsection (or an unlabelled paragraph continuing the one before)."""

    path: tuple[str, ...]  # labels from the top, e.g. ("(b)", "(4)"); () before any label
    labelled: bool  # False: a paragraph that continues the current subsection
    text: str
    tokens: list[Token] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(t.key for t in self.tokens)

    @property
    def name(self) -> str:
        return "".join(self.path)


def tokens(text: str) -> list[Token]:
    """Words and punctuation, each with the whitespace before it."""
    out: list[Token] = []
    end = 0
    for m in _TOKEN.finditer(text):
        out.append(Token(text[end : m.start()], m.group()))
        end = m.end()
    return out


def _kind(label: str, stack: list[tuple[str, str]]) -> str:
    """num, dotted ("2."), upper, lower or roman; "(i)" is a letter only right after "(h)"."""
    if label.endswith("."):
        return "dotted"
    inner = label[1:-1]
    if inner[0].isdigit():
        return "num"
    if inner.isupper():
        return "upper"
    if not _ROMAN.match(inner):
        return "lower"
    last_lower = next((lab for k, lab in reversed(stack) if k == "lower"), None)
    if len(inner) == 1 and last_lower and ord(inner) == ord(last_lower[-2]) + 1:
        return "lower"  # (h) then (i): a letter
    if not stack:
        return "lower"
    in_roman = any(k == "roman" for k, _ in stack)
    if stack[-1][0] == "lower" and not in_roman and not inner.startswith(("i", "v", "x")):
        return "lower"  # e.g. (c) or (l) among letters
    return "roman"  # (i) under (a), (1) or (A): a deeper level


def units(text: str) -> list[Unit]:
    """Split a section's text into subsections with their paths."""
    pieces: list[str] = []
    paras = [line for p in re.split(r"\n\s*\n", text.strip()) for line in _LINE_START.split(p)]
    for para in paras:
        start = 0
        for m in _INLINE_LABEL.finditer(para):
            if m.start() > start and _CLAUSE_END.search(para[start : m.start()]):
                pieces.append(para[start : m.start()])
                start = m.end()
        pieces.append(para[start:])
    stack: list[tuple[str, str]] = []  # (kind, label) from the top level down
    out: list[Unit] = []
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        lead = _LEADING_LABELS.match(piece)
        labelled = bool(lead)
        if lead:
            for label in _LINE_LABEL_RX.findall(lead.group(1)):
                kind = _kind(label, stack)
                depth = next((i for i, (k, _) in enumerate(stack) if k == kind), None)
                if depth is None:
                    # A new kind opens a deeper level with its first label, or with a later
                    # one whose predecessor sat inside the text before ("any (A) bar; (B) inn");
                    # otherwise "(b)" continues a top level whose "(a)" had no label.
                    first = label.strip("().") in _FIRST_LABELS
                    depth = len(stack) if first or _after_inline(label, out) else 0
                del stack[depth:]
                stack.append((kind, label))
        out.append(Unit(tuple(lab for _, lab in stack), labelled, piece, tokens(piece)))
    return out


def _after_inline(label: str, before: list[Unit]) -> bool:
    """Whether the label's predecessor ("(A)" for "(B)") appears inside the previous piece."""
    inner = label[1:-1]
    if not before or len(inner) != 1 or not inner.isalpha() or inner in "aA":
        return False
    return f"({chr(ord(inner) - 1)})" in before[-1].text


# -- alignment -----------------------------------------------------------------------------


@dataclass
class UnitDiff:
    """How one subsection fared: same, amended, added or removed."""

    kind: str
    old: Unit | None
    new: Unit | None
    ops: list[tuple[str, int, int, int, int]] = field(default_factory=list)

    @property
    def unit(self) -> Unit:
        return self.new or self.old  # type: ignore[return-value]


def _similarity(a: Unit, b: Unit) -> float:
    """How alike two subsections are (0-1). Under the same label, what the shorter keeps of
    itself counts: "(2) Toll free;" amended with a long clause is still (2), amended."""
    matcher = difflib.SequenceMatcher(None, a.key, b.key, autojunk=False)
    if a.labelled and b.labelled and a.path[-1] == b.path[-1]:
        kept = sum(block.size for block in matcher.get_matching_blocks())
        return kept / min(len(a.key), len(b.key))
    return matcher.ratio()


def _pair(old: list[Unit], new: list[Unit]) -> list[UnitDiff]:
    """Pair the subsections of a replaced block by similarity (order kept); the rest are
    whole insertions and deletions."""
    n, m = len(old), len(new)
    if n * m > 40_000:  # a whole rewrite: nothing useful to pair
        return [UnitDiff("removed", u, None) for u in old] + [
            UnitDiff("added", None, u) for u in new
        ]
    sim = [[_similarity(a, b) for b in new] for a in old]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = sim[i][j] + best[i + 1][j + 1] if sim[i][j] >= _REWRITE_RATIO else -1.0
            best[i][j] = max(pair, best[i + 1][j], best[i][j + 1])
    out: list[UnitDiff] = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= _REWRITE_RATIO and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            out.append(_amended(old[i], new[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            out.append(UnitDiff("removed", old[i], None))
            i += 1
        else:
            out.append(UnitDiff("added", None, new[j]))
            j += 1
    out += [UnitDiff("removed", u, None) for u in old[i:]]
    out += [UnitDiff("added", None, u) for u in new[j:]]
    return out


def _amended(a: Unit, b: Unit) -> UnitDiff:
    ops = difflib.SequenceMatcher(None, a.key, b.key, autojunk=False).get_opcodes()
    return UnitDiff("amended", a, b, _join_close_changes(ops))


def _join_close_changes(ops: list[tuple[str, int, int, int, int]]) -> list[tuple]:
    """Fold short equal runs between two changes into one replace: a clause, not confetti."""
    out: list[list] = []
    for op in ops:
        tag, i1, i2, j1, j2 = op
        if (
            tag != "equal"
            and len(out) >= 2
            and out[-1][0] == "equal"
            and out[-2][0] != "equal"
            and out[-1][2] - out[-1][1] <= _JOIN_TOKENS
        ):
            out.pop()
            prev = out.pop()
            out.append(["replace", prev[1], i2, prev[3], j2])
        else:
            out.append(list(op))
    return [tuple(o) for o in out]


def compare(old_text: str, new_text: str) -> list[UnitDiff]:
    """Subsection-by-subsection comparison of two versions of a text."""
    old, new = units(old_text), units(new_text)
    matcher = difflib.SequenceMatcher(
        None, [u.key for u in old], [u.key for u in new], autojunk=False
    )
    out: list[UnitDiff] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out += [UnitDiff("same", a, b) for a, b in zip(old[i1:i2], new[j1:j2], strict=True)]
        else:
            out += _pair(old[i1:i2], new[j1:j2])
    return out


def same_words(old_text: str, new_text: str) -> bool:
    """True when two texts differ only in whitespace and typography (not a legal change)."""
    return [t.key for t in tokens(old_text)] == [t.key for t in tokens(new_text)]


# -- rendering -----------------------------------------------------------------------------


@dataclass
class Redline:
    """A rendered redline and which subsections it touches."""

    text: str
    amended: list[str]
    added: list[str]
    removed: list[str]

    def where(self) -> str | None:
        """E.g. "Subsections amended: (b)(2) and (e); added: (b)(4)." (None without labels)."""
        parts = [
            f"{verb}: {_and(paths)}"
            for verb, paths in (
                ("amended", self.amended),
                ("added", self.added),
                ("removed", self.removed),
            )
            if paths
        ]
        if not parts:
            return None
        line = "; ".join(parts)
        return "Subsections " + line + "."


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _join(toks: list[Token]) -> str:
    return "".join(t.space + t.text for t in toks).strip()


def _words(toks: list[Token]) -> int:
    return sum(1 for t in toks if t.text[0].isalnum() or t.text[0] == "$")


def _sentence_ends(toks: list[Token]) -> list[int]:
    """Indexes just after each sentence end (a "." or ";" followed by a capital, a label or a
    quote), within toks."""
    ends = []
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1].text
        if t.text in (".", ";") and (nxt[0].isupper() or nxt[0] in "(\"'“"):
            ends.append(i + 1)
    return ends


def _first_words(toks: list[Token], n: int) -> int:
    """How many tokens from the start of toks hold its first n words."""
    words = 0
    for i, t in enumerate(toks):
        words += t.text[0].isalnum() or t.text[0] == "$"
        if words > n:
            return i
    return len(toks)


def _head(toks: list[Token]) -> str:
    """The start of an unchanged run after a change, cut after CONTEXT_WORDS words if long."""
    if _words(toks) <= 2 * CONTEXT_WORDS:
        return _join(toks)
    return _join(toks[: _first_words(toks, CONTEXT_WORDS)]) + " …"


def _tail(toks: list[Token]) -> str:
    """The end of an unchanged run before a change, from CONTEXT_WORDS words back if long."""
    if _words(toks) <= 2 * CONTEXT_WORDS:
        return _join(toks)
    return "… " + _join(toks[len(toks) - _first_words(toks[::-1], CONTEXT_WORDS) :])


def _trim(toks: list[Token], after_change: bool, before_change: bool) -> str:
    """An unchanged run inside an amended subsection: only the sentences that changed."""
    if not toks or not (after_change or before_change):
        return _join(toks)
    ends = _sentence_ends(toks)
    if not before_change:  # after the last change: to the end of its sentence
        cut = ends[0] if ends else len(toks)
        head = _head(toks[:cut])
        more = _words(toks[cut:]) and not head.endswith("…")
        return head + (" …" if more else "")
    if not after_change:  # before the first change: from the start of its sentence
        cut = ends[-1] if ends else 0
        tail = _tail(toks[cut:])
        return ("… " if cut and not tail.startswith("…") else "") + tail
    if ends and ends[0] < ends[-1]:  # whole sentences between two changes: dropped
        left = _head(toks[: ends[0]]).removesuffix(" …")
        return left + " … " + _tail(toks[ends[-1] :]).removeprefix("… ")
    if ends:
        return _head(toks[: ends[0]]) + " " + _tail(toks[ends[0] :])
    if _words(toks) <= 2 * CONTEXT_WORDS:
        return _join(toks)
    left = _join(toks[: _first_words(toks, CONTEXT_WORDS)])
    return left + " … " + _join(toks[len(toks) - _first_words(toks[::-1], CONTEXT_WORDS) :])


def _render_amended(d: UnitDiff) -> str:
    a, b = d.old.tokens, d.new.tokens  # type: ignore[union-attr]
    pieces: list[tuple[bool, str]] = []  # (space before it, text)
    last = len(d.ops) - 1
    for n, (tag, i1, i2, j1, j2) in enumerate(d.ops):
        if tag == "equal":
            run = b[j1:j2]
            if n == 0 and n != last:
                # Before the first change: the label, then the changed sentence from its start.
                label = run[:1] if _LABEL_RX.fullmatch(run[0].text) else []
                body = _trim(run[len(label) :], False, True)
                text = " ".join(x for x in (_join(label), body) if x)
            else:
                text = _trim(run, n != 0, n != last)
            pieces.append((bool(run[0].space), text))
            continue
        removed, added = _join(a[i1:i2]), _join(b[j1:j2])
        first = b[j1] if j1 < j2 else a[i1]
        mark = (f"[-{removed}-]" if removed else "") + (f"{{+{added}+}}" if added else "")
        pieces.append((bool(first.space), mark))
    text = ""
    for space, piece in pieces:
        text += (" " if space and text else "") + piece
    return text.strip()


def render(diffs: list[UnitDiff]) -> Redline:
    """The redline text: changed subsections in full, unchanged ones by label."""
    shown = [d for d in diffs if d.kind != "same"]
    touched = {d.unit.path[:k] for d in shown for k in range(len(d.unit.path) + 1)}
    lines: list[tuple[int, str, str | None]] = []  # (depth, text, collapsible label)
    for d in diffs:
        unit = d.unit
        depth = max(len(unit.path) - 1, 0) + (0 if unit.labelled else bool(unit.path))
        if d.kind == "amended":
            lines.append((depth, _render_amended(d), None))
        elif d.kind == "added":
            lines.append((depth, f"{{+{unit.text}+}}", None))
        elif d.kind == "removed":
            lines.append((depth, f"[-{unit.text}-]", None))
        elif unit.labelled and (len(unit.path) == 1 or unit.path[:-1] in touched):
            label = unit.path[-1]
            lines.append((depth, f"{label} …", label))
        elif not unit.path and not lines:
            lines.append((0, "…", None))
    out: list[str] = []
    i = 0
    while i < len(lines):
        depth, text, label = lines[i]
        j = i
        while j + 1 < len(lines) and lines[j + 1][2] and lines[j + 1][0] == depth and label:
            j += 1
        if j - i >= 2 and lines[j][2] != label:
            text = f"{label}–{lines[j][2]} …"
        else:
            j = i
        out.append("  " * depth + text)
        i = j + 1
    amended = _paths(d for d in shown if d.kind == "amended" or not d.unit.labelled)
    added = _paths(d for d in shown if d.kind == "added" and d.unit.labelled)
    removed = _paths(d for d in shown if d.kind == "removed" and d.unit.labelled)
    amended = [p for p in amended if p not in added and p not in removed]
    return Redline("\n".join(out), amended, added, removed)


def _paths(diffs) -> list[str]:
    seen: list[str] = []
    for d in diffs:
        name = d.unit.name
        if name and name not in seen:
            seen.append(name)
    return seen


def legal_redline(old_text: str, new_text: str) -> Redline | None:
    """The redline of a text change; None when only whitespace or typography differ."""
    if same_words(old_text, new_text):
        return None
    return render(compare(old_text, new_text))


def redline_html(redline_text: str) -> str:
    """The redline as HTML (<del>/<ins>), everything else escaped: safe to show in a feed."""
    escaped = html.escape(redline_text)
    escaped = re.sub(r"\[-(.*?)-\]", r"<del>\1</del>", escaped, flags=re.S)
    return re.sub(r"\{\+(.*?)\+\}", r"<ins>\1</ins>", escaped, flags=re.S)


def locate(text: str, quote: str) -> str | None:
    """The path (e.g. "(b)(4)") of the subsection holding a quote from the text, if labelled."""
    probe = [t.key for t in tokens(quote)][:8]
    if not probe:
        return None
    for unit in units(text):
        keys = [t.key for t in unit.tokens]
        if any(keys[i : i + len(probe)] == probe for i in range(len(keys) - len(probe) + 1)):
            return unit.name or None
    return None
