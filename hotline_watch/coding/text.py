"""Text handling: HTML to visible text, shared-text files, quotes, spans, number words."""

from __future__ import annotations

import re
from pathlib import Path

from hotline_watch.coding.patterns import C

# `[.;!?]\s|\n` and `\n|[.;!?](?=\s|$)` written with their characters first: `re` then skips
# to those characters rather than trying each position (half the time, same matches)
_BOUNDARY_LEFT = C(r"[.;!?\n](?:(?<=\n)|\s)")
_BOUNDARY_RIGHT = C(r"[\n.;!?](?:(?<=\n)|(?=\s|$))")


def quote(text: str, start: int, end: int, limit: int = 300) -> str:
    """The text around [start, end) cut at clause/line boundaries, at most `limit` chars; where
    no boundary is in reach, cut between words, never inside one."""
    if end - start >= limit:
        cut = text.rfind(" ", start + 1, start + limit)
        return text[start : cut if cut > start else start + limit].rstrip()
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
    if left == lo and lo > 0 and not text[lo - 1].isspace():
        space = text.find(" ", lo, start)  # no boundary found: start at the next word
        left = space + 1 if space >= 0 else start
    if right == hi and hi < len(text) and not text[hi].isspace():
        space = text.rfind(" ", end, hi)  # end after the last whole word
        right = space if space >= 0 else end
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return text[left:right]


def squash(s: str) -> str:
    return " ".join(s.split())


_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_NUM = {w: i for i, w in enumerate(_UNITS)} | {w: 10 * i for i, w in enumerate(_TENS, 2)}
_WORD_NUM_ALT = "|".join(sorted(_WORD_NUM, key=len, reverse=True))
_WORD_SPLIT = C(r"[\s\-]+")


def words_to_int(words: str) -> int | None:
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


def fmt_num(x: float) -> str:
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.2f}".rstrip("0").rstrip(".")


_LOOKS_HTML = C(
    r"^\s*(?:<!doctype\s+html|<html\b|<\?xml)|</?(?:p|div|span|br|a|table|tr|td|li|ul|body"
    r"|head|h[1-6]|script|style|meta|title)\b[^>]*>",
    re.IGNORECASE,
)
_HTML_TAG = C(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>")
_XML_DECL = C(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead "
    "title tr ul".split()
)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")
_SPACES = C(r"[ \t\r\f\v\u00a0]+")
_BLANKS = C(r"\n\s*\n\s*(?:\n\s*)+")


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


#: (each branch led by its character, the lookbehinds after the newline: the same matches, the
#: search skipping to the next mark rather than trying every position)
_CLAUSE_BREAK = C(
    r"\.(?=\s)|;(?=\s)|:(?=\s)|!(?=\s)|\?(?=\s)|\n\s*\n"
    r"|\n(?<!section\n)(?<!paragraph\n)(?<!subdivision\n)(?=[ \t]*(?:\(\w{1,4}\)"
    r"|\d{1,2}\.\s|[a-z]\.\s|\u2022))"
)


def clause_start(low: str, pos: int, back: int = 250) -> int:
    lo = max(0, pos - back)
    start = lo
    for m in _CLAUSE_BREAK.finditer(low, lo, pos):
        start = m.end()
    return start


_SENTENCE_END_RX = C(r"[.!?](?=\s)|\n")


def _sentence_start(low: str, lo: int, start: int) -> int:
    """The end of the last `_SENTENCE_END_RX` match in low[lo:start] (lo if none)."""
    begin = low.rfind("\n", lo, start) + 1 or lo
    if start - 1 <= begin:
        return begin
    for mark in ".!?":
        i = low.rfind(mark, begin, start - 1)  # a mark needs a space before `start`
        while i >= 0 and not low[i + 1].isspace():
            i = low.rfind(mark, begin, i)
        if i >= 0:
            begin = i + 1
    return begin


def _sentence_stop(low: str, end: int, hi: int) -> int:
    """The end of the first `_SENTENCE_END_RX` match in low[end:hi] (hi if none)."""
    stop = low.find("\n", end, hi)
    stop = hi if stop < 0 else stop + 1
    if stop - 1 <= end:
        return stop
    for mark in ".!?":
        i = low.find(mark, end, stop - 1)
        while i >= 0 and not low[i + 1].isspace():
            i = low.find(mark, i + 1, stop - 1)
        if i >= 0:
            stop = i + 1
    return stop


def sentence_span(low: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around low[start:end], at most 400 characters either side."""
    # str.rfind/find rather than `_SENTENCE_END_RX.finditer` over 400 characters: the hottest
    # helper of the engine (~10 calls a document), same result (tests/test_coding.py)
    return _sentence_start(low, max(0, start - 400), start), _sentence_stop(
        low, end, min(len(low), end + 400)
    )


#: A menu or breadcrumb line of the site's chrome at a text's top: three or more short cells split
#: by bars or arrows, none with a digit or a sentence's stop ("Unicameral | Ag | Business |
#: Opinion", "Home > Resources > Required Postings"; not a byline "By Ann Lee | May 29, 2025").
_TOP_MENU_LINE = C(
    r"[ \t]*[^\n|>.!?\d]{1,40}(?:[ \t]+[|>\u203a\u00bb][ \t]+[^\n|>.!?\d]{1,40}){2,}[ \t]*$"
)
#: How far the chrome at a text's top is looked for: its first lines with text, its first
#: characters; a line longer than a masthead's or ending a sentence ends the search.
_TOP_LINES = 6
_TOP_CHARS = 400
_MASTHEAD_CHARS = 80


def chrome_head_end(low: str) -> int:
    """Where a text proper starts (round 57): after the menu and breadcrumb lines of the site's
    chrome at its top (`_TOP_MENU_LINE`, among its first `_TOP_LINES` lines with text, with only
    a masthead's short lines before them: "Platte River Post / Unicameral | Ag | Business"), so
    that its lead is its headline and first sentence, not the site's name and menu (0 when the
    text opens with no such chrome)."""
    end = pos = lines = 0
    n = len(low)
    while pos < n and pos < _TOP_CHARS and lines < _TOP_LINES:
        nl = low.find("\n", pos)
        hi = n if nl < 0 else nl
        line = low[pos:hi].strip()
        if line:
            lines += 1
            if ("|" in line or ">" in line or "\u203a" in line or "\u00bb" in line) and (
                _TOP_MENU_LINE.match(low, pos, hi) is not None
            ):
                end = min(n, hi + 1)
            elif len(line) > _MASTHEAD_CHARS or line[-1] in ".!?:;":
                break
        pos = hi + 1
    while end < n and low[end].isspace():
        end += 1  # the blank lines after the chrome
    return end


def line_span(low: str, start: int, end: int) -> tuple[int, int]:
    """The line around low[start:end] (without its newline)."""
    hi = low.find("\n", end)
    return low.rfind("\n", 0, start) + 1, len(low) if hi < 0 else hi


_LIST_LINE = C(r"[ \t]*(?:[\u2022*\-\u2013]|\(\w{1,4}\)|\d{1,2}[.)]|[a-z][.)])")


def paragraph_span(low: str, start: int, end: int) -> tuple[int, int]:
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


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping or touching ones merged."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


_HEADER_LINE = re.compile(r"^(url|kind|state|date|label|note):", re.IGNORECASE)


def read_document(path: Path) -> str:
    """A file's text, minus a leading `url:`/`kind:`/`state:`/`date:`/`label:` header block.

    The header is metadata about the file (the shared texts format); coding must never see it,
    least of all the `label:` line (nor a `note:` line, which some files add and which can
    restate the label). Bytes that are not UTF-8 are read as windows-1252.
    """
    return read_document_and_url(path)[0]


def read_document_and_url(path: Path) -> tuple[str, str | None]:
    """`read_document`, and the `url:` of the header block (the text's provenance, which the
    engine may use as evidence of the publisher), or None when the file has no such line."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    lines = text.splitlines()
    url = None
    if lines and _HEADER_LINE.match(lines[0]):
        end = 0
        while end < len(lines) and lines[end].strip() and _HEADER_LINE.match(lines[end]):
            if lines[end][:4].lower() == "url:":
                url = lines[end][4:].strip() or None
            end += 1
        text = "\n".join(lines[end:]).lstrip("\n")
    return text, url


#: (led by its newline, the digit looked behind: as many matches as `\d[ \t]?\n`, found from each
#: newline rather than tried at every character)
_DIGIT_EOL = re.compile(r"\n(?:(?<=\d\n)|(?<=\d[ \t]\n))")
#: A line number: at the end of a line, or on a line of its own ("... inches by\n\n9\n\neleven").
_LINE_NUMBER = re.compile(
    r"[ \t]+(\d{1,3})[ \t]*$|(?<=[.;:,)a-z])(\d{1,3})[ \t]*$|^[ \t]*(\d{1,3})[ \t]*$", re.M
)


def blank_line_numbers(low: str) -> str:
    """A line-numbered bill (each line ends with its number: "require the Director of the
    Department of Commerce 16") with the numbers blanked out, so clauses read across lines.

    Only when at least eight lines end with numbers that mostly count up by one; the result has
    the same length (spaces replace digits), so evidence offsets stay those of the text."""
    if len(_DIGIT_EOL.findall(low)) < 8:  # cheap: most texts have few lines ending in digits
        return _blank_leading_line_numbers(low)
    hits = list(_LINE_NUMBER.finditer(low))
    if len(hits) < 8:
        return _blank_leading_line_numbers(low)
    nums = [int(m.group(1) or m.group(2) or m.group(3)) for m in hits]
    steps = sum(b == a + 1 for a, b in zip(nums, nums[1:], strict=False))
    if steps < 0.6 * (len(nums) - 1):
        return _blank_leading_line_numbers(low)
    chars = list(low)
    for m in hits:
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        chars[m.start(g) : m.end(g)] = " " * (m.end(g) - m.start(g))
    return "".join(chars)


#: A line number leading its line, set off by two or more blanks from the line's words ("10
#: B. The notice shall be in a form prescribed by the\n11   director, ..."; a list's "1. " or
#: "(1)" is no line number). Found from each newline.
_LEADING_NUMBER = re.compile(r"^[ \t]*(\d{1,3})[ \t]{2,}(?=\S)", re.M)
_LEADING_KEY = re.compile(r"\n[ \t]*\d{1,3}[ \t][ \t]")
#: ... or by one blank ("11 in English and Spanish, and in a form approved by the North Carolina
#: Human\n12 Trafficking Commission."), counted more strictly (`_blank_leading_line_numbers`).
_LEADING_ONE = re.compile(r"^(\d{1,3}) (?=[^\s\d])", re.M)
_LEADING_ONE_KEY = re.compile(r"\n\d{1,3} [^\s\d]")


def _counts_up(hits: list[re.Match[str]], share: float) -> bool:
    """Whether at least eight line numbers mostly count up by one (`share` of the steps)."""
    if len(hits) < 8:
        return False
    nums = [int(m.group(1)) for m in hits]
    steps = sum(b == a + 1 for a, b in zip(nums, nums[1:], strict=False))
    return steps >= share * (len(nums) - 1)


def _blank_leading_line_numbers(low: str) -> str:
    """A bill numbered at the start of each line (New Mexico's and some others' printed bills:
    "10        B. The notice ...") with the numbers blanked out, as `blank_line_numbers` blanks
    the numbers ending lines (round 53): at least eight such lines whose numbers mostly count up
    by one (a new page starts again at 1); the same length, so offsets stay the text's."""
    if len(_LEADING_KEY.findall(low)) >= 7:  # cheap: most texts have no such line
        hits = list(_LEADING_NUMBER.finditer(low))
        if not _counts_up(hits, 0.6):
            hits = []
    else:
        hits = []
    if not hits and len(_LEADING_ONE_KEY.findall(low)) >= 7:
        # one blank only ("7 (a) Each hospital licensed under this Article ..."): the numbers
        # must count up more strictly, every line of a run numbered (round 56)
        hits = list(_LEADING_ONE.finditer(low))
        if not _counts_up(hits, 0.85):
            hits = []
    if not hits:
        return low
    chars = list(low)
    for m in hits:
        chars[m.start(1) : m.end(1)] = " " * (m.end(1) - m.start(1))
    return "".join(chars)


#: A hard-wrapped line of running prose (round 62): a newline after a line of at least
#: `_WRAP_MIN` characters that ends in no stop (a word, a digit, a comma: "... was requiring the
#: hotline"), the next line opening with a lower-case letter ("number to be posted in
#: restrooms"). Read on the text as written (its case), never across a blank line; the next line
#: a bare word with no stop is a list's next item ("hotels / motels / airports"). The pattern
#: finds a newline before a lower-case letter and `join_wrapped_lines` checks the character
#: before it (no whitespace, no stop): a lookbehind first would keep `re` from scanning for the
#: newline alone, 13 times slower over the development texts (speed, thirteenth session).
_WRAP_BREAK = re.compile(r"\n(?=[a-z])")
_NO_WRAP_BEFORE = frozenset(".;:!?")
_WRAP_MIN = 50


def join_wrapped_lines(low: str, text: str) -> str:
    """`low` with the newlines inside a hard-wrapped sentence of running prose made spaces
    (`_WRAP_BREAK`), so that a sentence wrapped at ~100 characters reads as one (its finding,
    its cut, its duty); numbered lines, headlines and lists open with a digit, a bracket or a
    capital, and a short line (a menu's, a headline's) is kept. The same length, so evidence
    offsets stay those of the text."""
    if len(low) != len(text) or "\n" not in text:
        return low
    cuts = []
    for m in _WRAP_BREAK.finditer(text):
        i = m.start()
        if i == 0 or text[i - 1].isspace() or text[i - 1] in _NO_WRAP_BEFORE:
            continue  # a blank line's or a stop's newline ends the sentence
        if i - (text.rfind("\n", 0, i) + 1) < _WRAP_MIN:
            continue  # a short line: a headline's, a menu's, a list item's
        end = text.find("\n", i + 1)
        nxt = text[i + 1 : len(text) if end < 0 else end].rstrip()
        if " " in nxt or nxt[-1:] in (".", "!", "?"):
            cuts.append(i)  # the sentence goes on (a bare word is a list's next item)
    if not cuts:
        return low
    chars = list(low)
    for i in cuts:
        chars[i] = " "
    return "".join(chars)
