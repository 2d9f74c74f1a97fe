"""Bills in SQLite: tables, views, one transaction per API page or version text, the pass
cursor that lets a run resume where a limit stopped the last one, and the run summary.

Tables (created by storage's `m003_bills` migration):

* `bills`: one row per bill (`WY:2025:HB22`), current title, status and coding;
* `bill_actions`, `bill_versions`: what the API lists (versions with their fetched text, its
  hash, coding and provenance: `text_fetch_id` points into `fetches`);
* `bill_sessions`: Open States' legislative sessions (a pending bill dies with its session);
* `bill_sync`: per backend and query, the pass in progress (updated_since, next page);
* `bill_api_usage`: requests per backend and UTC day (the budget in hotline_watch.bills_api).

What changed is decided by the pure functions in hotline_watch.detect (`bill_changes`,
`bill_text_changes`), as for every other record; this module reads what is stored, asks them,
and persists the `Change` objects they return with `Store.save_changes`, in the transaction
that stores the bill.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlite_utils

from hotline_watch.bills import (
    ENACTED,
    PENDING,
    SOURCE,
    BillApiPage,
    BillRecord,
    BillTextPage,
    SessionRecord,
    Status,
    cited_sections,
    enacted_date,
    final_status,
    status_from_actions,
    today_utc,
)
from hotline_watch.changes import Change, RecordRef
from hotline_watch.detect import bill_changes, bill_text_changes
from hotline_watch.items import sha256, utcnow

#: Coded fields kept on a bill (lists as JSON arrays), from its latest text or its summary.
CODED = ("establishments", "languages", "penalties", "evidence")
#: Version texts not asked for again: fetched, unreadable (scanned PDF), or failed 3 times.
MAX_TEXT_ATTEMPTS = 3


def create_bill_tables(db: sqlite_utils.Database) -> None:
    """The bills schema (the body of storage.m003_bills)."""
    db["bills"].create(
        {
            "id": str,
            "source": str,
            "backend": str,
            "jurisdiction": str,
            "session": str,
            "identifier": str,
            "title": str,
            "classification": str,
            "subjects": str,
            "abstracts": str,
            "status": str,
            "status_date": str,
            "status_action": str,
            "base_status": str,
            "base_status_date": str,
            "base_status_action": str,
            "enacted_date": str,
            "effective_date": str,
            "effective_date_basis": str,
            "session_ended": int,
            "first_action_date": str,
            "latest_action_date": str,
            "latest_action_description": str,
            "official_url": str,
            "openstates_url": str,
            "legiscan_url": str,
            "openstates_id": str,
            "legiscan_id": int,
            "legiscan_change_hash": str,
            "session_start_year": int,
            "session_end_year": int,
            "updated_at": str,
            "requires_posting": int,
            "posting_basis": str,
            "coded_version": str,
            "establishments": str,
            "languages": str,
            "penalties": str,
            "evidence": str,
            "citations": str,
            "first_seen": str,
            "last_seen": str,
            "last_fetch_id": int,
        },
        pk="id",
        foreign_keys=[("jurisdiction", "jurisdictions", "code")],
        if_not_exists=True,
    )
    db["bill_actions"].create(
        {
            "bill_id": str,
            "action_key": str,
            "position": int,
            "date": str,
            "date_raw": str,
            "chamber": str,
            "description": str,
            "classification": str,
            "first_seen": str,
            "last_seen": str,
            "fetch_id": int,
        },
        pk=("bill_id", "action_key"),
        foreign_keys=[("bill_id", "bills", "id")],
        if_not_exists=True,
    )
    db["bill_versions"].create(
        {
            "bill_id": str,
            "version_key": str,
            "position": int,
            "date": str,
            "note": str,
            "url": str,
            "media_type": str,
            "first_seen": str,
            "last_seen": str,
            "text": str,
            "text_hash": str,
            "text_fetched_at": str,
            "text_fetch_id": int,
            "fetch_outcome": str,
            "fetch_message": str,
            "fetch_attempts": int,
            "requires_posting": int,
            "coding": str,
        },
        pk=("bill_id", "version_key"),
        foreign_keys=[("bill_id", "bills", "id")],
        if_not_exists=True,
    )
    db["bill_sessions"].create(
        {
            "jurisdiction": str,
            "identifier": str,
            "name": str,
            "classification": str,
            "start_date": str,
            "end_date": str,
            "fetched_at": str,
        },
        pk=("jurisdiction", "identifier"),
        if_not_exists=True,
    )
    db["bill_sync"].create(
        {
            "backend": str,
            "query": str,
            "since": str,
            "started_at": str,
            "next_page": int,
            "max_page": int,
            "completed_at": str,
            "updated_at": str,
        },
        pk=("backend", "query"),
        if_not_exists=True,
    )
    db["bill_api_usage"].create(
        {"backend": str, "day": str, "requests": int, "last_request_at": str, "recent": str},
        pk=("backend", "day"),
        if_not_exists=True,
    )
    for table, columns in (
        ("bills", ["jurisdiction"]),
        ("bills", ["status"]),
        ("bills", ["openstates_id"]),
        ("bills", ["legiscan_id"]),
        ("bill_versions", ["url"]),
    ):
        db[table].create_index(columns, if_not_exists=True)


# -- views -------------------------------------------------------------------------------------

#: A cited section number found in the registry's citations or among the fetched sections of
#: the same jurisdiction ("787.29" in "Fla. Stat. § 787.29", not in "§ 787.291").
_KNOWN_SECTION = """(
    exists (
      select 1 from sources s, json_each(coalesce(s.citations, '[]')) rc
      where s.kind = 'statutes' and s.jurisdiction = {bill}.jurisdiction
        and (' ' || rc.value || ' ') glob ('*[^0-9A-Za-z.:-]' || {number} || '[^0-9A-Za-z:-]*')
    )
    or exists (
      select 1 from statute_sections ss
      where ss.jurisdiction = {bill}.jurisdiction and ss.section_number = {number}
    )
  )"""

#: Enacted bills coded as posting laws, one row per bill: the research panel's evidence with
#: basis `bill` (views.LAW_EVIDENCE reads it). Created with the researcher views (views.VIEWS),
#: so `{temp}` makes it a TEMP view on read-only connections like theirs.
BILL_LAW_EVENTS = f"""
create {{temp}}view bill_law_events as
select
  b.jurisdiction,
  j.name,
  b.id as bill_id,
  b.identifier,
  b.session,
  b.title,
  b.status,
  b.enacted_date,
  cast(substr(b.enacted_date, 1, 4) as integer) as enacted_year,
  b.effective_date,
  b.effective_date_basis,
  cast(substr(b.effective_date, 1, 4) as integer) as effective_year,
  case when exists (
    select 1 from json_each(coalesce(b.citations, '[]')) c
    where {_KNOWN_SECTION.format(bill="b", number="c.value")}
  ) then 1 else 0 end as amends_known_law,
  b.citations,
  'bill' as basis,
  b.posting_basis,
  coalesce(b.official_url, b.openstates_url, b.legiscan_url) as url
from bills b
left join jurisdictions j on j.code = b.jurisdiction
where b.requires_posting = 1 and b.status in ('signed', 'became_law', 'effective')
"""

#: The bill views only operators use (created by `create_bill_views`).
BILL_VIEWS: dict[str, str] = {
    "registry_suggestions": f"""
create view registry_suggestions as
with enacted as (
  select * from bills
  where requires_posting = 1 and status in ('signed', 'became_law', 'effective')
),
cited as (
  select e.id as bill_id, c.value as section_number
  from enacted e, json_each(coalesce(e.citations, '[]')) c
)
select
  e.jurisdiction,
  e.id as bill_id,
  e.identifier,
  e.session,
  e.title,
  e.status,
  e.enacted_date,
  e.effective_date,
  c.section_number,
  case when c.section_number is null
    then 'no section number found in the bill text: read the bill'
    else 'cited section not in the statute registry'
  end as reason,
  e.posting_basis,
  coalesce(e.official_url, e.openstates_url, e.legiscan_url) as url
from enacted e
left join cited c on c.bill_id = e.id
where c.section_number is null
  or not {_KNOWN_SECTION.format(bill="e", number="c.section_number")}
""",
}


def create_bill_views(db: sqlite_utils.Database) -> None:
    """Create the operators' bill views, or replace those whose SQL changed (a no-op when
    current). bill_law_events is one of the researcher views (views.VIEWS)."""
    stored = dict(db.execute("select name, sql from sqlite_master where type = 'view'"))
    if all(stored.get(name, "").strip() == sql.strip() for name, sql in BILL_VIEWS.items()):
        return
    with db.atomic():
        for name, sql in BILL_VIEWS.items():
            db.execute(f"drop view if exists {name}")
            db.execute(sql.strip())


# -- pages -------------------------------------------------------------------------------------


def _json(value: Any) -> str:
    return json.dumps(value if value is not None else [], ensure_ascii=False)


def _row(db: sqlite_utils.Database, sql: str, params: list) -> dict[str, Any] | None:
    cursor = db.execute(sql, params)
    values = cursor.fetchone()
    if values is None:
        return None
    return dict(zip([c[0] for c in cursor.description], values, strict=True))


def find_bill(db: sqlite_utils.Database, bill: BillRecord) -> dict[str, Any] | None:
    """The stored row of this bill: by its backend id, else (for a bill first found by the
    other backend) by jurisdiction, bill number and overlapping session years."""
    if bill.openstates_id:
        row = _row(db, "select * from bills where openstates_id = ?", [bill.openstates_id])
        if row:
            return row
    if bill.legiscan_id is not None:
        row = _row(db, "select * from bills where legiscan_id = ?", [bill.legiscan_id])
        if row:
            return row
    row = _row(db, "select * from bills where id = ?", [bill.id])
    if row or not bill.session_years:
        return row
    # Only a row the other backend made can be this bill under another session label.
    other = "openstates_id is null" if bill.openstates_id else "openstates_id is not null"
    start, end = bill.session_years
    cursor = db.execute(
        f"select * from bills where jurisdiction = ? and {other} "
        "and session_start_year <= ? and session_end_year >= ?",
        [bill.jurisdiction, end, start],
    )
    names = [c[0] for c in cursor.description]
    for values in cursor.fetchall():
        candidate = dict(zip(names, values, strict=True))
        if re.sub(r"[^A-Z0-9]", "", candidate["identifier"].upper()) == bill.compact_identifier:
            return candidate
    return None


def session_ended(db: sqlite_utils.Database, jurisdiction: str, session: str) -> bool | None:
    """Whether a session is over: its end date has passed, or a later regular session has
    begun. None when Open States' session list does not know it."""
    row = db.execute(
        "select start_date, end_date from bill_sessions where jurisdiction = ? and identifier = ?",
        [jurisdiction, session],
    ).fetchone()
    if row is None:
        return None
    start, end = row
    today = today_utc()
    if end and end < today:
        return True
    later = db.execute(
        "select 1 from bill_sessions where jurisdiction = ? and classification = 'primary' "
        "and start_date > ? and start_date <= ? limit 1",
        [jurisdiction, start or "", today],
    ).fetchone()
    return bool(later) if start else False


def save_bill_api_page(store, page: BillApiPage, run_id: int | None) -> dict[str, int]:
    """Store one API response (its fetch, bills, actions, versions, sessions and changes) and
    move the query's pass cursor, in one transaction."""
    db = store.db
    counts = {"bills": 0, "new_bills": 0, "status_changes": 0}
    with db.atomic():
        baseline = store.is_baseline(run_id, SOURCE, "bills")
        fetch_id = store.insert_fetch(run_id, SOURCE, page.fetch)
        seen_at = page.fetch.fetched_at
        for bill in page.bills:
            changes = _save_bill(store, bill, fetch_id, seen_at, baseline)
            counts["bills"] += 1
            for change in changes:
                kind = "new_bills" if change.change_type == "bill_new" else "status_changes"
                counts[kind] += 1
            store.save_changes(changes, run_id, fetch_id, seen_at)
        for session in page.sessions:
            _save_session(db, session, seen_at)
        stored = page.fetch.outcome == "ok" or page.end_of_results
        if page.kind == "search" and page.backend == "openstates" and page.query and stored:
            _advance_cursor(db, page)
    return counts


def _save_bill(
    store, bill: BillRecord, fetch_id: int, seen_at: str, baseline: bool
) -> list[Change]:
    """Upsert one bill with its actions and versions; returns its changes (none while the
    bills source loads its baseline)."""
    db = store.db
    stored = find_bill(db, bill)
    bill_id = stored["id"] if stored else bill.id
    record = RecordRef("bills", bill_id, bill.jurisdiction, bill.label, bill.url or "")
    if stored and stored.get("openstates_id") and bill.backend == "legiscan":
        # The same bill from both backends: Open States' actions are the richer account, so
        # its status stands and LegiScan only adds its ids (no status flip-flop, no duplicate).
        db["bills"].update(
            bill_id,
            {
                "legiscan_id": bill.legiscan_id,
                "legiscan_change_hash": bill.legiscan_change_hash,
                "legiscan_url": bill.legiscan_url,
                "last_seen": max(stored["last_seen"], seen_at),
            },
        )
        _save_versions(db, bill_id, bill, seen_at)
        return []
    events = bill.status_events if bill.status_events is not None else bill.actions
    base = status_from_actions(events, bill.jurisdiction)
    ended = bill.session_ended
    if ended is None:
        ended = session_ended(db, bill.jurisdiction, bill.session)
    effective, basis = bill.effective_date, bill.effective_date_basis
    if not effective and stored and stored.get("effective_date_basis") == "text":
        effective, basis = stored["effective_date"], "text"
    final = final_status(base, effective, ended, today_utc())
    row: dict[str, Any] = {
        "id": bill_id,
        "source": SOURCE,
        "backend": stored["backend"] if stored else bill.backend,
        "jurisdiction": bill.jurisdiction,
        "session": bill.session,
        "identifier": bill.identifier,
        "title": bill.title,
        "classification": _json(bill.classification),
        "subjects": _json(bill.subjects),
        "abstracts": "\n\n".join(bill.abstracts) or None,
        **_status_columns(final, base),
        "enacted_date": enacted_date(events),
        "effective_date": effective,
        "effective_date_basis": basis,
        "session_ended": None if ended is None else int(ended),
        "first_action_date": bill.first_action_date,
        "latest_action_date": bill.latest_action_date,
        "latest_action_description": bill.latest_action_description,
        "official_url": bill.official_url,
        "openstates_url": bill.openstates_url or (stored or {}).get("openstates_url"),
        "legiscan_url": bill.legiscan_url or (stored or {}).get("legiscan_url"),
        "openstates_id": bill.openstates_id or (stored or {}).get("openstates_id"),
        "legiscan_id": bill.legiscan_id or (stored or {}).get("legiscan_id"),
        "legiscan_change_hash": bill.legiscan_change_hash
        or (stored or {}).get("legiscan_change_hash"),
        "session_start_year": bill.session_years[0] if bill.session_years else None,
        "session_end_year": bill.session_years[1] if bill.session_years else None,
        "updated_at": bill.updated_at,
        "first_seen": min(stored["first_seen"], seen_at) if stored else seen_at,
        "last_seen": max(stored["last_seen"], seen_at) if stored else seen_at,
        "last_fetch_id": fetch_id,
    }
    if not stored or stored.get("posting_basis") != "text":
        # Until a version's text is coded, the title and abstracts speak for the bill.
        coding = bill.coding or {}
        row["requires_posting"] = int(bool(coding.get("requires_posting")))
        row["posting_basis"] = "title_abstract" if bill.coding is not None else None
        for column in CODED:
            row[column] = _json(coding.get(column))
    # The row as it will stand (coded columns kept from a text read before).
    changes = bill_changes(stored, {**(stored or {}), **row}, record, baseline, seen_at)
    db["bills"].upsert(row, pk="id", alter=False)
    for event in bill.actions:
        _upsert_seen(
            db,
            "bill_actions",
            {"bill_id": bill_id, "action_key": event.key},
            {
                "position": event.order,
                "date": event.date,
                "date_raw": event.date_raw,
                "chamber": event.chamber,
                "description": event.description,
                "classification": _json(event.classification),
                "fetch_id": fetch_id,
            },
            seen_at,
        )
    _save_versions(db, bill_id, bill, seen_at)
    return changes


def _status_columns(final: Status, base: Status) -> dict[str, Any]:
    return {
        "status": final.status,
        "status_date": final.date,
        "status_action": final.action,
        "base_status": base.status,
        "base_status_date": base.date,
        "base_status_action": base.action,
    }


def _save_versions(db: sqlite_utils.Database, bill_id: str, bill: BillRecord, seen_at: str):
    for version in bill.versions:
        _upsert_seen(
            db,
            "bill_versions",
            {"bill_id": bill_id, "version_key": version.key},
            {
                "position": version.position,
                "date": version.date,
                "note": version.note,
                "url": version.url,
                "media_type": version.media_type,
            },
            seen_at,
        )


def _upsert_seen(
    db: sqlite_utils.Database, table: str, key: dict, values: dict, seen_at: str
) -> None:
    """Insert a row, or update it keeping first_seen and moving last_seen forward."""
    where = " and ".join(f"[{k}] = ?" for k in key)
    found = db.execute(
        f"select first_seen, last_seen from [{table}] where {where}", list(key.values())
    ).fetchone()
    dates = (
        {"first_seen": min(found[0], seen_at), "last_seen": max(found[1], seen_at)}
        if found
        else {"first_seen": seen_at, "last_seen": seen_at}
    )
    db[table].upsert({**key, **values, **dates}, pk=tuple(key), alter=False)


def _save_session(db: sqlite_utils.Database, session: SessionRecord, seen_at: str) -> None:
    db["bill_sessions"].upsert(
        {
            "jurisdiction": session.jurisdiction,
            "identifier": session.identifier,
            "name": session.name,
            "classification": session.classification,
            "start_date": session.start_date,
            "end_date": session.end_date,
            "fetched_at": seen_at,
        },
        pk=("jurisdiction", "identifier"),
    )


def _advance_cursor(db: sqlite_utils.Database, page: BillApiPage) -> None:
    """Record that `page` of the query's pass is stored: a later run resumes after it."""
    key = ("openstates", page.query)
    row = _row(db, "select * from bill_sync where backend = ? and query = ?", list(key))
    if page.page == 1 or row is None:
        row = {"since": page.since, "started_at": page.fetch.fetched_at, "completed_at": None}
    done = page.end_of_results or page.max_page is None or page.page >= page.max_page
    db["bill_sync"].upsert(
        {
            "backend": key[0],
            "query": key[1],
            "since": page.since,
            "started_at": row["started_at"],
            "next_page": page.page + 1,
            "max_page": page.max_page,
            "completed_at": page.fetch.fetched_at if done else None,
            "updated_at": utcnow(),
        },
        pk=("backend", "query"),
    )


def save_bill_text_page(store, page: BillTextPage, run_id: int | None) -> dict[str, int]:
    """Store one version text (or why it could not be read), code the bill from it, and
    record a `bill_text_changed` (with redline) against the previous fetched text."""
    db = store.db
    counts = {"texts": 0, "text_changes": 0}
    with db.atomic():
        baseline = store.is_baseline(run_id, SOURCE, "bills")
        fetch_id = store.insert_fetch(run_id, SOURCE, page.fetch)
        column, value = page.bill_ref
        bill = _row(db, f"select * from bills where [{column}] = ?", [value])
        if bill is None:
            page.problems.append(f"version text for unknown bill {column}={value}")
            return counts
        key = {"bill_id": bill["id"], "version_key": page.version_key}
        version = _row(
            db,
            "select * from bill_versions where bill_id = ? and version_key = ?",
            list(key.values()),
        )
        if version is None:
            page.problems.append(f"unknown version {page.version_key} of {bill['id']}")
            return counts
        attempts = (version["fetch_attempts"] or 0) + 1
        if page.fetch.outcome != "ok" or page.text is None:
            db["bill_versions"].update(
                tuple(key.values()),
                {
                    "fetch_outcome": page.fetch.outcome,
                    "fetch_message": page.fetch.message,
                    "fetch_attempts": attempts,
                },
            )
            return counts
        coding = page.coding or {}
        text_hash = sha256(page.text)
        previous = _row(
            db,
            "select note, date, text, text_hash, coding from bill_versions where bill_id = ? "
            "and version_key != ? and text is not null "
            "order by coalesce(text_fetched_at, '') desc, date desc, position desc limit 1",
            list(key.values()),
        )
        db["bill_versions"].update(
            tuple(key.values()),
            {
                "text": page.text,
                "text_hash": text_hash,
                "text_fetched_at": page.fetch.fetched_at,
                "text_fetch_id": fetch_id,
                "fetch_outcome": "ok",
                "fetch_message": page.fetch.message,
                "fetch_attempts": attempts,
                "requires_posting": int(bool(coding.get("requires_posting"))),
                "coding": json.dumps(coding, ensure_ascii=False),
            },
        )
        counts["texts"] += 1
        record = _record(bill)
        new = {"note": version["note"], "date": version["date"], "coding": coding}
        new |= {"text": page.text, "text_hash": text_hash}
        changes = bill_text_changes(previous, new, bill, record, baseline)
        update = {
            "requires_posting": int(bool(coding.get("requires_posting"))),
            "posting_basis": "text",
            "coded_version": page.version_key,
            "citations": _json(cited_sections(page.text)),
            **{c: _json(coding.get(c)) for c in CODED},
        }
        if not bill["effective_date"] and coding.get("effective_date"):
            update |= {"effective_date": coding["effective_date"], "effective_date_basis": "text"}
        db["bills"].update(bill["id"], update)
        changes += _restatus(db, {**bill, **update}, record, baseline)
        counts["text_changes"] += sum(c.change_type == "bill_text_changed" for c in changes)
        if any(c.change_type == "bill_new" for c in changes):
            # One event, one change: a bill first found in this run, whose text now shows the
            # posting duty its title did not, is one bill_new (this one), not two.
            db.execute(
                "delete from changes where run_id is ? and record_table = 'bills' "
                "and record_id = ? and change_type = 'bill_new' "
                "and id not in (select change_id from deliveries)",
                [run_id, bill["id"]],
            )
        store.save_changes(changes, run_id, fetch_id, page.fetch.fetched_at)
    return counts


def _record(bill: dict[str, Any]) -> RecordRef:
    """What a change about a stored bill row points at."""
    label = f"{bill['jurisdiction']} {bill['identifier']} ({bill['session']})"
    url = bill.get("official_url") or bill.get("openstates_url") or bill.get("legiscan_url")
    return RecordRef("bills", bill["id"], bill["jurisdiction"], label, url or "")


def _restatus(
    db: sqlite_utils.Database, bill: dict[str, Any], record: RecordRef, baseline: bool
) -> list[Change]:
    """Move a stored bill on by the calendar (effective date come, session over): the
    changes it makes, with the row updated."""
    if bill["base_status"] is None:
        return []
    known = session_ended(db, bill["jurisdiction"], bill["session"])
    ended = known if known is not None else bill["session_ended"]
    base = Status(bill["base_status"], bill["base_status_date"], bill["base_status_action"])
    final = final_status(base, bill["effective_date"], bool(ended), today_utc())
    if final.status == bill["status"]:
        return []
    columns = _status_columns(final, base)
    changes = bill_changes(bill, {**bill, **columns}, record, baseline, utcnow())
    db["bills"].update(
        bill["id"], {**columns, "session_ended": None if ended is None else int(bool(ended))}
    )
    return changes


def refresh_statuses(store, run_id: int | None) -> int:
    """Statuses that change with the calendar alone (no API update): an enacted bill whose
    effective date has come, a pending bill whose session has ended. Returns the changes."""
    db = store.db
    rows = list(
        db.query(
            "select * from bills where status in ({})".format(
                ", ".join("?" * len((*PENDING, *ENACTED[:2])))
            ),
            [*PENDING, *ENACTED[:2]],
        )
    )
    made = 0
    with db.atomic():
        baseline = store.is_baseline(run_id, SOURCE, "bills")
        for bill in rows:
            changes = _restatus(db, bill, _record(bill), baseline)
            store.save_changes(changes, run_id, None, utcnow())
            made += len(changes)
    return made


# -- runs --------------------------------------------------------------------------------------


def pass_cursors(store, queries: tuple[str, ...], since: str | None) -> dict[str, dict]:
    """Where each Open States query starts this run: its unfinished pass (resume at the next
    page, same updated_since), else a new pass updated since the last complete one began
    (the last successful run), else from the beginning (the first run is the backfill).
    `since` (a backfill date) starts a new pass from that date for every query."""
    cursors = {}
    for query in queries:
        row = _row(
            store.db, "select * from bill_sync where backend = 'openstates' and query = ?", [query]
        )
        if since:
            cursors[query] = {"since": since, "page": 1}
        elif row and not row["completed_at"]:
            cursors[query] = {"since": row["since"], "page": row["next_page"]}
        elif row:
            cursors[query] = {"since": row["started_at"][:10], "page": 1}
        else:
            cursors[query] = {"since": None, "page": 1}
    return cursors


def known_version_keys(store) -> set[str]:
    """Versions whose text is not asked for again (read, unreadable, or failing for good)."""
    return {
        f"{bill_id}|{key}"
        for bill_id, key in store.db.execute(
            "select v.bill_id, v.version_key from bill_versions v where v.text is not null "
            "or v.fetch_outcome = 'parse_error' or coalesce(v.fetch_attempts, 0) >= ?",
            [MAX_TEXT_ATTEMPTS],
        )
    }


def spider_arguments(store, config, since: str | None) -> dict[str, Any]:
    """What the bills spider needs to know from the database (it never reads it itself)."""
    # When the sessions were last read (even if the answer held none we could use).
    newest = store.db.execute(
        "select max(fetched_at) from fetches where source = ? and outcome = 'ok' and url like ?",
        [SOURCE, config.openstates.base_url + "/jurisdictions?%"],
    ).fetchone()[0]
    every = timedelta(days=config.openstates.sessions_every_days)
    due = newest is None or datetime.fromisoformat(newest) < datetime.now(UTC) - every
    openstates_ids = dict(
        store.db.execute("select openstates_id, id from bills where openstates_id is not null")
    )
    legiscan_ids = dict(store.db.execute("select legiscan_id, id from bills where legiscan_id > 0"))
    return {
        "cursors": pass_cursors(store, config.openstates.queries, since),
        "known_versions": known_version_keys(store),
        "bill_ids": {"openstates": openstates_ids, "legiscan": legiscan_ids},
        "legiscan_hashes": dict(
            store.db.execute(
                "select legiscan_id, legiscan_change_hash from bills where legiscan_id > 0"
            )
        ),
        "sessions_due": due,
        "backfill": bool(since),
    }


def sync_bills_source(store, config, backends: list[str]) -> None:
    """The `sources` row of the bills source (the registry mirror every source has)."""
    urls = [config.openstates.base_url, config.legiscan.base_url]
    queries = [*config.openstates.queries, *config.legiscan.queries]
    with store.db.atomic():
        store.db["sources"].upsert(
            {
                "id": SOURCE,
                "kind": "bills",
                "jurisdiction": None,
                "adapter": ",".join(backends) or "none",
                "law_status": None,
                "allowed_domains": _json([]),
                "urls": _json(urls),
                "citations": _json([]),
                "verified": _json([]),
                "notes": "queries: " + " | ".join(queries),
            },
            pk="id",
        )


def record_skipped(store, run_id: int, message: str) -> None:
    """The bills source did not run (no API key): recorded, not a failure."""
    with store.db.atomic():
        store.db["source_runs"].upsert(
            {
                "run_id": run_id,
                "source": SOURCE,
                "pages": 0,
                "items": 0,
                "errors": 0,
                "outcome": "skipped",
                "message": message,
            },
            pk=("run_id", "source"),
        )


def requests_today(store, backend: str) -> int:
    day = today_utc()
    row = store.db.execute(
        "select requests from bill_api_usage where backend = ? and day = ?", [backend, day]
    ).fetchone()
    return row[0] if row else 0


def summary_lines(store, run_id: int) -> list[str]:
    """The bills lines of a run's summary: changes, requests spent, what was left for later."""
    from hotline_watch.bills_api import load_bills_config

    db = store.db
    outcome = db.execute(
        "select outcome, message from source_runs where run_id = ? and source = ?",
        [run_id, SOURCE],
    ).fetchone()
    if outcome is None:
        return []
    if outcome[0] == "skipped":
        return [f"bills: skipped, {outcome[1]}"]
    counts = dict(
        db.execute(
            "select change_type, count(*) from changes where run_id = ? and record_table = 'bills' "
            "group by change_type",
            [run_id],
        ).fetchall()
    )
    stored = db.execute("select count(*), coalesce(sum(requires_posting), 0) from bills").fetchone()
    earlier = db.execute(
        "select 1 from fetches where source = ? and outcome = 'ok' and run_id < ? limit 1",
        [SOURCE, run_id],
    ).fetchone()
    config = load_bills_config()
    if earlier is None and stored[0]:
        said = "the first run, a baseline: no changes"  # first sights are never changes
    else:
        said = (
            f"{counts.get('bill_new', 0)} new, {counts.get('bill_status', 0)} status changes, "
            f"{counts.get('bill_text_changed', 0)} new texts"
        )
    line = (
        f"bills: {said}; {stored[0]} stored ({stored[1]} coded as posting); Open States "
        f"requests today: {requests_today(store, 'openstates')} of "
        f"{config.openstates.requests_per_day}"
    )
    legiscan = requests_today(store, "legiscan")
    if legiscan:
        line += f"; LegiScan requests today: {legiscan}"
    lines = [line]
    if outcome[1] and outcome[0] != "failed":
        lines.append(f"  bills: {outcome[1]}")
    return lines


def crawl_arguments(store, run_id: int, since: str | None, replay: bool) -> dict[str, Any] | None:
    """The bills spider's arguments for this run, or None when it is skipped (no API key;
    recorded in source_runs, not a failure). A replay needs no key: the archive answers."""
    from hotline_watch.bills_api import BACKENDS, KEY_ENV, load_bills_config

    config = load_bills_config()
    backends = list(BACKENDS) if replay else [b for b in BACKENDS if b in config.keys()]
    sync_bills_source(store, config, backends)
    if not backends:
        record_skipped(store, run_id, f"no {KEY_ENV['openstates']}")
        return None
    return {"backends": backends, **spider_arguments(store, config, since)}
