"""What counts as a change advocates hear about, and how it is shown (word-level redlines).

Changes are computed from the extracted legal text and the coded fields, never from the raw
page, so page chrome (dates, counters, navigation) cannot create one.
"""

from __future__ import annotations

import difflib
import html
import json
import re

#: Change types and what they mean (documented in README and metadata.yml).
CHANGE_TYPES: dict[str, str] = {
    "new_section": "a statute section appears for the first time",
    "text_changed": "a section's legal text changed (redline attached)",
    "coding_changed": "a coded field of a provision changed (field, old, new)",
    "law_gained": "a jurisdiction has a section requiring posting where it had none",
    "section_gone": "a section was missing on two consecutive successful fetches (possible repeal)",
    "new_release": "an AG press release appears for the first time",
    "new_campaign": "an AG release promoting the hotline appears (or is first coded so)",
    "source_failing": "a source that worked on its previous run failed (for operators)",
    "bill_new": "a bill matching the hotline queries appears for the first time",
    "bill_status": "a bill's status changed (introduced, passed, signed, effective, ...), "
    "with the action and date",
    "bill_text_changed": "a new version of a bill's text (redline against the previous one)",
}

#: Provision fields whose changes are reported (evidence, coded_at... are bookkeeping).
TRACKED_FIELDS = (
    "requires_posting",
    "establishments",
    "who_must_post",
    "languages",
    "sign_size",
    "hotline_numbers",
    "agency",
    "penalties",
    "effective_date",
)

_TOKEN = re.compile(r"\s+|[^\s]+")


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text)


def redline(old: str, new: str, context: int = 12) -> str:
    """A readable word-level diff: `[-removed-]` and `{+added+}`, unchanged runs shortened.

    Runs of more than 2*context unchanged words are elided to "…" so a one-word amendment in a
    long section stays readable in an e-mail.
    """
    a, b = _words(old), _words(new)
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            run = a[i1:i2]
            words = [w for w in run if not w.isspace()]
            if len(words) > 2 * context:
                head = _take_words(run, context)
                tail = _take_words(run[::-1], context)[::-1]
                out.append("".join(head) + " … " + "".join(tail))
            else:
                out.append("".join(run))
            continue
        removed = "".join(a[i1:i2]).strip()
        added = "".join(b[j1:j2]).strip()
        if removed:
            out.append(f"[-{removed}-]")
        if added:
            out.append(f"{{+{added}+}}")
        out.append(" ")
    return re.sub(r"[ \t]+", " ", "".join(out)).strip()


def _take_words(tokens: list[str], n: int) -> list[str]:
    taken: list[str] = []
    count = 0
    for token in tokens:
        if not token.isspace():
            count += 1
            if count > n:
                break
        taken.append(token)
    return taken


def redline_html(redline_text: str) -> str:
    """The redline as HTML (<del>/<ins>), everything else escaped: safe to show in a feed."""
    escaped = html.escape(redline_text)
    escaped = re.sub(r"\[-(.*?)-\]", r"<del>\1</del>", escaped, flags=re.S)
    return re.sub(r"\{\+(.*?)\+\}", r"<ins>\1</ins>", escaped, flags=re.S)


def field_value(value: object) -> str | None:
    """A coded value as stored in `changes.old_value`/`new_value` (JSON for lists)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def describe_field_change(field: str, old: str | None, new: str | None) -> str:
    """One line for a coded-field change, e.g. "establishments: + truck_stop; - bar"."""
    try:
        old_v, new_v = json.loads(old or "null"), json.loads(new or "null")
    except (json.JSONDecodeError, TypeError):
        old_v, new_v = old, new
    if isinstance(old_v, list) or isinstance(new_v, list):
        added = [x for x in (new_v or []) if x not in (old_v or [])]
        removed = [x for x in (old_v or []) if x not in (new_v or [])]
        parts = [
            f"+ {', '.join(map(str, added))}" if added else "",
            f"- {', '.join(map(str, removed))}" if removed else "",
        ]
        return f"{field}: " + "; ".join(p for p in parts if p)
    return f"{field}: {old_v!s} → {new_v!s}"
