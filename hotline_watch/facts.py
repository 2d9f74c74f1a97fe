"""Dated, cited facts about each jurisdiction's law (data/law_facts.yml).

`load_law_facts()` validates the file (JSON Schema plus cross-checks: all 51 jurisdictions,
dates that parse, events in date order, establishment codes from the coding vocabulary) and
raises FactsError naming the file, the jurisdiction and the field. `sync_law_facts()` mirrors the
facts into the `law_facts` and `law_events` tables, where the researcher views read them with
basis `registry_fact`.

Each effective / amended / in_force_by event carries the law's state *after* it (establishments,
languages, sign size, penalty, hotline, scope), accumulated here once, so SQL can read "the law as
it stood in year Y" as the latest event of that year or before.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema

from hotline_watch.config import SOURCES_DIR
from hotline_watch.jurisdictions import JURISDICTIONS
from hotline_watch.registry import RegistryError, _read_yaml

FACTS_FILE = SOURCES_DIR.parent / "law_facts.yml"

STATUSES = ("required", "encouraged", "none", "pending", "enacted_not_in_force", "unknown")
CONFIDENCE = ("high", "medium", "low")
HOTLINES = ("national", "state", "both", "unknown")
SCOPES = ("private_businesses", "public_bodies_only", "private_and_public", "unknown")
#: Events that change (or show) what the law requires, in the order they are applied.
STATE_EVENTS = ("effective", "amended", "in_force_by", "repealed")
EVENTS = ("enacted", *STATE_EVENTS, "related")
#: A date as precise as its source: year, year-month or a full date; or "unknown" (with a note).
DATE_PATTERN = r"^(unknown|[12][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)$"


class FactsError(RegistryError):
    """data/law_facts.yml is malformed; the message names file, jurisdiction and field."""


_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True}
_CONTENT: dict[str, Any] = {
    "establishments": _LIST,
    "establishments_added": _LIST,
    "establishments_removed": _LIST,
    "languages": _LIST,
    "sign_size": {"type": "string", "minLength": 1},
    "penalty": {"type": "string", "minLength": 1},
    "penalty_amount": {"type": "number", "minimum": 0},
    "hotline": {"enum": list(HOTLINES)},
    "scope": {"enum": list(SCOPES)},
}
_CITED = {
    "source": {"type": "string", "pattern": "^https?://"},
    "confidence": {"enum": list(CONFIDENCE)},
    "note": {"type": "string", "minLength": 1},
}
FACTS_SCHEMA: dict = {
    "type": "object",
    "required": ["jurisdictions"],
    "additionalProperties": False,
    "properties": {
        "jurisdictions": {
            "type": "object",
            "propertyNames": {"pattern": "^[A-Z]{2}$"},
            "additionalProperties": {
                "type": "object",
                "required": ["status", "confidence"],
                "additionalProperties": False,
                "properties": {
                    "status": {"enum": list(STATUSES)},
                    "confidence": {"enum": list(CONFIDENCE)},
                    "hotline": {"enum": list(HOTLINES)},
                    "scope": {"enum": list(SCOPES)},
                    "notes": {"type": "string", "minLength": 1},
                    "citations": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["citation"],
                            "additionalProperties": False,
                            "properties": {
                                "citation": {"type": "string", "minLength": 3},
                                "url": {"type": "string", "pattern": "^https?://"},
                            },
                        },
                    },
                    "events": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["event", "date", "law", "source", "confidence"],
                            "additionalProperties": False,
                            "properties": {
                                "event": {"enum": list(EVENTS)},
                                "date": {"type": "string", "pattern": DATE_PATTERN},
                                "law": {"type": "string", "minLength": 1},
                                **_CITED,
                                **_CONTENT,
                            },
                        },
                    },
                    "current": {
                        "type": "object",
                        "required": ["as_of", "source", "confidence"],
                        "additionalProperties": False,
                        "properties": {
                            "as_of": {"type": "string", "pattern": DATE_PATTERN},
                            **_CITED,
                            **{
                                k: v
                                for k, v in _CONTENT.items()
                                if k not in ("establishments_added", "establishments_removed")
                            },
                        },
                    },
                },
            },
        }
    },
}


@dataclass(frozen=True)
class LawEvent:
    """One dated fact, with the law's state after it (state events only)."""

    jurisdiction: str
    seq: int
    event: str
    date: str | None  # None when unknown
    law: str
    source: str
    confidence: str
    note: str = ""
    changes: dict[str, Any] = field(default_factory=dict)  # as written in the file
    state: dict[str, Any] = field(default_factory=dict)  # the law after this event

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    @property
    def month(self) -> int | None:
        return int(self.date[5:7]) if self.date and len(self.date) >= 7 else None


@dataclass(frozen=True)
class LawFacts:
    """What the facts file says about one jurisdiction."""

    jurisdiction: str
    status: str
    confidence: str
    hotline: str | None
    scope: str | None
    citations: tuple[dict[str, str], ...]
    events: tuple[LawEvent, ...]
    notes: str = ""


def _date(value: object) -> str:
    # YAML reads an unquoted 2014-01-01 as a date: accept it, store the ISO text.
    return value.isoformat() if isinstance(value, date) else value  # type: ignore[return-value]


def _where(path: Path, location: list) -> str:
    where = str(path)
    if len(location) >= 2 and location[0] == "jurisdictions":
        where += f": {location[1]}"
        rest = location[2:]
    else:
        rest = location
    if rest:
        where += ": field " + ".".join(str(p) for p in rest)
    return where


def _schema_error(path: Path, error: jsonschema.ValidationError) -> FactsError:
    where = _where(path, list(error.absolute_path))
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return FactsError(f"{where}: missing required field {missing!r}")
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted(str(k) for k in error.instance if k not in allowed)
        return FactsError(
            f"{where}: unknown field {', '.join(map(repr, extra))} (allowed: {', '.join(allowed)})"
        )
    if error.validator == "pattern" and error.validator_value == DATE_PATTERN:
        return FactsError(
            f"{where}: {error.instance!r} is not YYYY, YYYY-MM, YYYY-MM-DD or unknown"
        )
    return FactsError(f"{where}: {error.message}")


def _vocabulary() -> set[str]:
    from hotline_watch.coding import ESTABLISHMENTS  # the coder's codes are the vocabulary

    return set(ESTABLISHMENTS)


def parse_law_facts(data: object, path: Path) -> dict[str, LawFacts]:
    """Validate a loaded facts document and build the per-jurisdiction facts."""
    if not isinstance(data, dict):
        raise FactsError(f"{path}: expected a mapping with a 'jurisdictions' mapping")
    for entry in (data.get("jurisdictions") or {}).values():
        for raw in (entry or {}).get("events") or [] if isinstance(entry, dict) else []:
            if isinstance(raw, dict) and "date" in raw:
                raw["date"] = _date(raw["date"])
        current = entry.get("current") if isinstance(entry, dict) else None
        if isinstance(current, dict) and "as_of" in current:
            current["as_of"] = _date(current["as_of"])
    validator = jsonschema.Draft202012Validator(FACTS_SCHEMA)
    errors = list(validator.iter_errors(data))
    if errors:
        raise _schema_error(path, max(errors, key=lambda e: len(e.absolute_path)))
    jurisdictions = data["jurisdictions"]
    unknown = sorted(set(jurisdictions) - set(JURISDICTIONS))
    if unknown:
        raise FactsError(f"{path}: {unknown[0]}: not a state or DC")
    missing = sorted(set(JURISDICTIONS) - set(jurisdictions))
    if missing:
        raise FactsError(f"{path}: field jurisdictions: no entry for {', '.join(missing)}")
    vocabulary = _vocabulary()
    return {
        code: _build(code, jurisdictions[code], path, vocabulary) for code in sorted(jurisdictions)
    }


def _build(code: str, raw: dict, path: Path, vocabulary: set[str]) -> LawFacts:
    label = f"{path}: {code}"
    if raw["status"] in ("required", "encouraged") and "hotline" not in raw:
        raise FactsError(f"{label}: field hotline: needed when status is {raw['status']!r}")
    events: list[LawEvent] = []
    previous = ""
    items = list(raw.get("events") or [])
    # Which hotline the law names, and its scope, hold for its whole history unless an event
    # says otherwise; once one does, earlier events keep only what they say themselves.
    base = {
        key: raw[key]
        for key in ("hotline", "scope")
        if key in raw and not any(key in item for item in items)
    }
    state: dict[str, Any] = {}
    if raw.get("current"):
        current = dict(raw["current"])
        items.append(
            {
                "event": "in_force_by",
                "date": current.pop("as_of"),
                "law": "text in force today (as observed)",
                **current,
            }
        )
    for seq, item in enumerate(items):
        where = (
            f"{label}: field events.{seq}"
            if seq < len(raw.get("events") or [])
            else (f"{label}: field current")
        )
        when = None if item["date"] == "unknown" else item["date"]
        if when is None and not item.get("note"):
            raise FactsError(f"{where}.date: an unknown date needs a note saying why")
        if when is not None:
            if when < previous[: len(when)]:
                raise FactsError(f"{where}.date: {when} is earlier than the event before it")
            previous = when
        changes = {k: item[k] for k in _CONTENT if k in item}
        for key in ("establishments", "establishments_added", "establishments_removed"):
            bad = sorted(set(changes.get(key, ())) - vocabulary)
            if bad:
                raise FactsError(
                    f"{where}.{key}: unknown establishment code(s) {', '.join(bad)} "
                    "(see hotline_watch.coding.ESTABLISHMENTS)"
                )
        if changes and item["event"] not in STATE_EVENTS:
            raise FactsError(
                f"{where}.event: a {item['event']!r} event cannot change what the law requires "
                f"({', '.join(sorted(changes))}); use effective, amended or in_force_by"
            )
        if item["event"] in STATE_EVENTS:
            state = _apply(state or base, changes, item["event"])
        events.append(
            LawEvent(
                jurisdiction=code,
                seq=seq,
                event=item["event"],
                date=when,
                law=item["law"],
                source=item["source"],
                confidence=item["confidence"],
                note=item.get("note", ""),
                changes=changes,
                state=dict(state) if item["event"] in STATE_EVENTS else {},
            )
        )
    first_effective = next((e.date for e in events if e.event == "effective" and e.date), None)
    for e in events:
        common = min(len(e.date or ""), len(first_effective or ""))
        if e.event == "enacted" and common and e.date[:common] > first_effective[:common]:
            raise FactsError(
                f"{label}: field events.{e.seq}.date: 'enacted' is the original law's enactment "
                f"but {e.date} is after it took effect ({first_effective}); give an amending "
                "act's signing date in the amendment's note"
            )
    if raw["status"] == "required" and not any(e.event in STATE_EVENTS for e in events):
        raise FactsError(
            f"{label}: field events: status 'required' needs an effective or in_force_by event "
            "(date 'unknown' with a note when not known)"
        )
    return LawFacts(
        jurisdiction=code,
        status=raw["status"],
        confidence=raw["confidence"],
        hotline=raw.get("hotline"),
        scope=raw.get("scope"),
        citations=tuple(raw.get("citations") or ()),
        events=tuple(events),
        notes=raw.get("notes", ""),
    )


def _apply(state: dict[str, Any], changes: dict[str, Any], event: str) -> dict[str, Any]:
    """The law's state after an event: full lists replace, added/removed edit, scalars replace."""
    if event == "repealed":
        return {}
    new = dict(state)
    if "establishments" in changes:
        new["establishments"] = sorted(set(changes["establishments"]))
    if "establishments_added" in changes or "establishments_removed" in changes:
        current = set(new.get("establishments") or ())
        current |= set(changes.get("establishments_added", ()))
        current -= set(changes.get("establishments_removed", ()))
        new["establishments"] = sorted(current)
    for key in ("languages", "sign_size", "penalty", "penalty_amount", "hotline", "scope"):
        if key in changes:
            new[key] = changes[key]
    return new


def load_law_facts(path: str | os.PathLike | None = None) -> dict[str, LawFacts]:
    """Load and validate data/law_facts.yml (or `path`, or $HOTLINE_WATCH_LAW_FACTS)."""
    path = Path(path or os.environ.get("HOTLINE_WATCH_LAW_FACTS") or FACTS_FILE)
    try:
        data = _read_yaml(path)
    except RegistryError as exc:
        raise FactsError(str(exc)) from exc
    return parse_law_facts(data, path)


_NON_DIGIT = re.compile(r"\D")


def fact_rows(facts: dict[str, LawFacts]) -> tuple[list[dict], list[dict]]:
    """The `law_facts` and `law_events` rows for a loaded facts file."""
    law_facts = [
        {
            "jurisdiction": f.jurisdiction,
            "status": f.status,
            "confidence": f.confidence,
            "hotline": f.hotline,
            "scope": f.scope,
            "citations": json.dumps([c["citation"] for c in f.citations], ensure_ascii=False),
            "citation_urls": json.dumps([c.get("url") for c in f.citations], ensure_ascii=False),
            "notes": f.notes,
        }
        for f in facts.values()
    ]
    law_events = []
    for f in facts.values():
        for e in f.events:
            state = e.state
            law_events.append(
                {
                    "jurisdiction": e.jurisdiction,
                    "seq": e.seq,
                    "event": e.event,
                    "date": e.date,
                    "year": e.year,
                    "month": e.month,
                    "law": e.law,
                    "changed": ", ".join(sorted(e.changes)) or None,
                    "establishments": _json(state.get("establishments")),
                    "languages": _json(state.get("languages")),
                    "sign_size": state.get("sign_size"),
                    "penalty": state.get("penalty"),
                    "penalty_amount": state.get("penalty_amount"),
                    "hotline": state.get("hotline"),
                    "scope": state.get("scope"),
                    "source": e.source,
                    "confidence": e.confidence,
                    "note": e.note or None,
                }
            )
    return law_facts, law_events


def _json(value: list | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def sync_law_facts(db: Any, facts: dict[str, LawFacts]) -> None:
    """Replace the `law_facts` / `law_events` mirror with `facts`, in one transaction.

    Nothing is written when the mirror already holds these rows: every crawl syncs, and an
    unchanged file must not rewrite ~130 rows each run.
    """
    law_facts, law_events = fact_rows(facts)
    if (
        _rows(db, "law_facts", law_facts) == law_facts
        and _rows(db, "law_events", law_events) == law_events
    ):
        return
    with db.atomic():
        db.execute("delete from law_events")
        db.execute("delete from law_facts")
        db["law_facts"].insert_all(law_facts)
        db["law_events"].insert_all(law_events)


def _rows(db: Any, table: str, like: list[dict]) -> list[dict]:
    """The table's rows with the columns of `like`, in insertion order."""
    if not like:
        return [dict(r) for r in db[table].rows]
    cols = list(like[0])
    sql = f"select {', '.join(f'[{c}]' for c in cols)} from [{table}] order by rowid"
    return [dict(zip(cols, row, strict=True)) for row in db.execute(sql).fetchall()]
