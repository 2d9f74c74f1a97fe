"""What a change is, who it is for, and how it is said in words.

One `Change` is one event about one record (a statute section, a release, a bill, a source):
an amendment is ONE change whose `types` say everything it is (text_changed, and
coding_changed when coded fields moved, and law_gained when the state now has a posting law),
so a subscriber hears about it once. Detection (`hotline_watch.detect`, and the bill watch's own
module) builds these objects from the stored and the new record; `Store` persists them; alerts
and feeds show them.

Changes are computed from the extracted legal text and the coded fields, never from the raw
page, so page chrome (dates, counters, navigation) cannot create one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

#: Change types and what they mean (documented in README and metadata.yml).
CHANGE_TYPES: dict[str, str] = {
    "new_section": "a new statute section appears on a page already watched",
    "text_changed": "a section's legal text changed (redline attached)",
    "coding_changed": "coded fields of a provision changed (penalty, establishments, ...)",
    "law_gained": "a jurisdiction has a section requiring posting where it had none",
    "section_gone": "a section was missing on two consecutive successful fetches (possible "
    "repeal; operators: the registry entry awaits review)",
    "new_release": "an AG press release appears for the first time",
    "new_campaign": "an AG release promoting the hotline appears (or is first coded so)",
    "bill_new": "a bill that would require posting the hotline is introduced or first found "
    "after the bills source's first run",
    "bill_status": "a watched bill moved (passed a chamber, signed, vetoed, died), with the "
    "action and its date",
    "bill_text_changed": "a new version of a watched bill's text (redline against the "
    "previous one)",
    "source_failing": "a source that worked on its previous run failed (operators)",
    "parse_error": "a source's pages stopped parsing: the site changed its layout (operators)",
}

#: Who each change type is for. A subscription names its audience (default: advocates).
AUDIENCES: dict[str, tuple[str, ...]] = {
    "advocates": (
        "new_section",
        "text_changed",
        "coding_changed",
        "law_gained",
        "section_gone",
        "new_release",
        "new_campaign",
        "bill_new",
        "bill_status",
        "bill_text_changed",
    ),
    "operators": ("source_failing", "parse_error", "section_gone"),
}

#: Provision fields whose changes are reported, in the order they are told
#: (evidence, coded_at... are bookkeeping).
TRACKED_FIELDS = (
    "requires_posting",
    "penalties",
    "establishments",
    "who_must_post",
    "sign_size",
    "languages",
    "hotline_numbers",
    "agency",
    "effective_date",
)

_FIELD_NAMES = {
    "who_must_post": "Who must post",
    "sign_size": "Sign size",
    "languages": "Languages",
    "hotline_numbers": "Hotline numbers",
    "agency": "Agency",
    "effective_date": "Effective date",
}


def audience_of(types: tuple[str, ...] | list[str]) -> str:
    """ "advocates", "operators" or "both" for a change with these types."""
    ours = {name for name, members in AUDIENCES.items() if set(types) & set(members)}
    return "both" if len(ours) == 2 else (ours.pop() if ours else "advocates")


@dataclass(frozen=True)
class RecordRef:
    """The record a change is about."""

    table: str  # statute_sections, press_releases, bills, sources
    id: str
    jurisdiction: str
    label: str  # citation, release title, bill number, source name
    url: str  # the official page


@dataclass
class FieldChange:
    """One coded field, before and after (decoded values: lists stay lists)."""

    field: str
    old: Any
    new: Any
    old_quotes: dict[str, str] = field(default_factory=dict)  # value -> evidence quote
    new_quotes: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"field": self.field, "old": self.old, "new": self.new}


@dataclass
class Change:
    """One event about one record: what detection returns and storage persists."""

    change_type: str  # the main type (what the message is titled by)
    record: RecordRef
    summary: str  # one line
    words: list[str] = field(default_factory=list)  # what changed, in words, first
    also: tuple[str, ...] = ()  # further types this event is
    fields: list[FieldChange] = field(default_factory=list)
    redline: str | None = None
    session_law: str | None = None
    lead: str | None = None  # releases: first paragraph
    old_value: str | None = None  # e.g. the old text hash, bill status
    new_value: str | None = None
    relevant: bool = True  # about the hotline (laws that post it, campaigns, bills)

    def __post_init__(self) -> None:
        for name in self.types:
            if name not in CHANGE_TYPES:
                raise ValueError(f"unknown change type {name!r}")

    @property
    def types(self) -> tuple[str, ...]:
        return (self.change_type, *(t for t in self.also if t != self.change_type))

    @property
    def audience(self) -> str:
        return audience_of(self.types)


# -- decoding stored values ---------------------------------------------------------------


def decode(value: Any) -> Any:
    """A stored coded value as Python: JSON text becomes lists/dicts, the rest stays."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def quotes(evidence: Any, field_name: str) -> dict[str, str]:
    """value -> quote for one field from an evidence list (tolerates any shape)."""
    out: dict[str, str] = {}
    for item in decode(evidence) or []:
        if isinstance(item, dict) and item.get("field") == field_name and item.get("quote"):
            out.setdefault(str(item.get("value")), str(item["quote"]))
    return out


def field_changes(old: dict[str, Any] | None, new: dict[str, Any] | None) -> list[FieldChange]:
    """The tracked fields that differ between a stored provision and a new coding."""
    if not old or new is None:
        return []
    out = []
    for name in TRACKED_FIELDS:
        before, after = decode(old.get(name)), decode(new.get(name))
        if name == "requires_posting":
            before, after = bool(before), bool(after)
        elif _empty(before) and _empty(after):
            continue
        if before != after:
            out.append(
                FieldChange(
                    name,
                    before,
                    after,
                    quotes(old.get("evidence"), name),
                    quotes(new.get("evidence"), name),
                )
            )
    return out


# -- in words -------------------------------------------------------------------------------

_MONEY = re.compile(r"\$\s?(\d[\d,]*(?:\.\d+)?)")
_PER = re.compile(
    r"\b(?:for|per)?\s*(?:each|every|per|a)\s+(?:separate\s+|single\s+)?"
    r"(offen[cs]e|violation|day|week|month|occurrence)\b",
    re.I,
)


def _amount(value: Any) -> float | None:
    if isinstance(value, int | float):
        return float(value)
    m = _MONEY.search(str(value or "")) or re.fullmatch(r"\s*(\d[\d,]*(?:\.\d+)?)\s*", str(value))
    return float(m.group(1).replace(",", "")) if m else None


def _dollars(amount: float) -> str:
    return f"${amount:,.0f}" if amount == int(amount) else f"${amount:,.2f}"


def _penalty(item: Any, quote: str | None) -> tuple[float | None, str, str | None]:
    """(amount, how it reads, unit) of one coded penalty: a string like "$100" (unit read from
    its evidence quote) or a structured one like {"amount": 100, "unit": "offense"}."""
    if isinstance(item, dict):
        raw = next((item[k] for k in ("amount", "max", "maximum", "value") if k in item), None)
        amount = _amount(raw)
        unit = item.get("unit") or item.get("per")
        text = item.get("text") or item.get("label")
        text = text or (_dollars(amount) if amount is not None else str(raw or item))
        unit = str(unit).removeprefix("per ").removeprefix("each ") if unit else None
        return amount, str(text), f"per {unit}" if unit else None
    text = str(item)
    amount = _amount(text)
    unit = None
    if amount is not None and quote:
        m = _PER.search(quote[quote.find("$") :] if "$" in quote else quote)
        unit = f"per {m.group(1).lower().replace('offence', 'offense')}" if m else None
    return amount, text, unit


def _around_amount(label: str) -> tuple[str, str] | None:
    """("up to", " per day") for "up to $100 per day": what a penalty label says around its
    amount, or None when the label holds no dollar amount or words before it other than a bound."""
    m = _MONEY.search(label)
    if m is None:
        return None
    bound = label[: m.start()].strip().lower()
    return (bound, label[m.end() :]) if bound in ("", "up to", "at least") else None


def _with_unit(text: str, unit: str | None) -> str:
    return f"{text} {unit}" if unit and unit not in text else text


def _penalty_words(fc: FieldChange) -> list[str]:
    old = [_penalty(p, fc.old_quotes.get(str(p))) for p in fc.old or []]
    new = [_penalty(p, fc.new_quotes.get(str(p))) for p in fc.new or []]
    if len(old) == len(new) == 1 and old[0][0] is not None and new[0][0] is not None:
        (a, a_text, a_unit), (b, b_text, b_unit) = old[0], new[0]
        verb = "raised" if b > a else "lowered" if b < a else "changed"
        a_around, b_around = _around_amount(a_text), _around_amount(b_text)
        if a_around is not None and a_around == b_around and (a_unit == b_unit or not a_unit):
            # Same bound and unit on both sides ("up to $100 per day" -> "up to $500 per day"):
            # say it once, around the two amounts.
            bound, rest = a_around
            noun = {"up to": "Maximum penalty", "at least": "Minimum penalty"}.get(bound, "Penalty")
            # The label's own unit ("per day") beats one read from the evidence quote.
            unit = rest if rest.strip() else (f" {b_unit}" if b_unit else "")
            return [f"{noun} {verb} from {_dollars(a)} to {_dollars(b)}{unit}."]
        if a_unit == b_unit or not a_unit:
            return [f"Penalty {verb} from {a_text} to {_with_unit(b_text, b_unit)}."]
        before, after = _with_unit(a_text, a_unit), _with_unit(b_text, b_unit)
        return [f"Penalty {verb} from {before} to {after}."]
    old_raw = [json.dumps(p, sort_keys=True) for p in fc.old or []]
    new_raw = [json.dumps(p, sort_keys=True) for p in fc.new or []]
    added = [
        _with_unit(t, u) for (_, t, u), r in zip(new, new_raw, strict=True) if r not in old_raw
    ]
    gone = [_with_unit(t, u) for (_, t, u), r in zip(old, old_raw, strict=True) if r not in new_raw]
    out = []
    if added:
        out.append(f"Penalty added: {', '.join(added)}.")
    if gone:
        out.append(f"Penalty removed: {', '.join(gone)}.")
    return out


def _clause(quote: str) -> str:
    """A quote as a clause: no leading labels, no trailing "; or"."""
    quote = re.sub(r"^\s*(?:\(\w{1,5}\)\s*)+", "", quote.strip())
    return re.sub(r"\s*[;,]\s*(?:and|or)?\s*$", "", quote).strip()


def _establishment_words(fc: FieldChange, old_text: str | None, new_text: str | None) -> list[str]:
    from hotline_watch.redline import locate

    out = []
    for verb, values, other, found, text in (
        ("Added", fc.new or [], fc.old or [], fc.new_quotes, new_text),
        ("Removed", fc.old or [], fc.new or [], fc.old_quotes, old_text),
    ):
        changed = [v for v in values if v not in other]
        plain = []
        for value in changed:
            name = str(value).replace("_", " ")
            quote = found.get(str(value))
            if not quote:
                plain.append(name)
                continue
            where = locate(text or "", quote)
            out.append(f'{verb}: {name} — {where + " " if where else ""}"{_clause(quote)}"')
        if plain:
            out.append(f"{verb}: {', '.join(plain)}.")
    return out


def _scalar(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def _field_words(fc: FieldChange, old_text: str | None, new_text: str | None) -> list[str]:
    if fc.field == "requires_posting":
        return [
            "Now requires posting the hotline."
            if fc.new
            else "No longer requires posting the hotline."
        ]
    if fc.field == "penalties":
        return _penalty_words(fc)
    if fc.field == "establishments":
        return _establishment_words(fc, old_text, new_text)
    name = _FIELD_NAMES.get(fc.field, fc.field.replace("_", " ").capitalize())
    if isinstance(fc.old, list) or isinstance(fc.new, list):
        added = [x for x in fc.new or [] if x not in (fc.old or [])]
        gone = [x for x in fc.old or [] if x not in (fc.new or [])]
        parts = [f"added {_scalar(added)}" if added else ""]
        parts.append(f"removed {_scalar(gone)}" if gone else "")
        return [f"{name}: " + "; ".join(p for p in parts if p) + "."]
    if _empty(fc.old):
        return [f"{name} now stated: {_scalar(fc.new)}."]
    if _empty(fc.new):
        return [f"{name} no longer stated (was {_scalar(fc.old)})."]
    return [f"{name} changed from {_scalar(fc.old)} to {_scalar(fc.new)}."]


def describe(fields: list[FieldChange], old_text: str | None, new_text: str | None) -> list[str]:
    """What changed in the coded fields, in words, most important first."""
    order = {name: i for i, name in enumerate(TRACKED_FIELDS)}
    out: list[str] = []
    for fc in sorted(fields, key=lambda f: order.get(f.field, len(order))):
        out += _field_words(fc, old_text, new_text)
    return out


def session_law(old_history: str | None, new_history: str | None) -> str | None:
    """The session law(s) a history note gained, e.g. "am L 2026, c 112, §2" (None if the note
    names none new, or there was no earlier note to compare with)."""
    if not old_history or not new_history or old_history == new_history:
        return None

    def parts(note: str) -> list[str]:
        return [p.strip() for p in re.split(r"[;\n]", note.strip().strip("[]")) if p.strip()]

    before = set(parts(old_history))
    added = [p for p in parts(new_history) if p not in before]
    return "; ".join(added) or None
