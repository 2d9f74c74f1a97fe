"""SQLite storage through sqlite-utils: schema, runs, and one transaction per fetched page.

Natural keys make every write an upsert, so repeating a crawl adds no section, version or
provision rows; a changed text adds exactly one `section_versions` row. `runs`, `fetches` and
`source_runs` are logs: each run appends to them by design.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils import Migrations

from hotline_watch import detect
from hotline_watch.changes import Change, RecordRef
from hotline_watch.items import (
    FetchInfo,
    ReleasePage,
    ReleaseRecord,
    SectionRecord,
    StatutePage,
    utcnow,
)
from hotline_watch.jurisdictions import JURISDICTIONS
from hotline_watch.version import code_version
from hotline_watch.views import create_views, refresh_state_overview

#: Coded provision columns and their SQLite types (lists are JSON arrays).
PROVISION_COLUMNS: dict[str, type] = {
    "requires_posting": int,
    "establishments": str,
    "who_must_post": str,
    "languages": str,
    "sign_size": str,
    "hotline_numbers": str,
    "hotlines": str,
    "agency": str,
    "penalties": str,
    "effective_date": str,
    "history": str,
    "citation": str,
    "evidence": str,
    # m003_coding_concepts: penalties as data, where the agency comes from, national/state
    "penalty_details": str,
    "agency_basis": str,
    "hotline_scope": str,
}
#: Coded campaign columns (a `campaigns` row exists only for releases that promote the hotline).
CAMPAIGN_COLUMNS: dict[str, type] = {
    "campaign_types": str,
    "hotline_numbers": str,
    "hotlines": str,
    "partners": str,
    "media": str,
    "evidence": str,
    "hotline_scope": str,  # m003_coding_concepts
}
#: Coded release flags added by m003_coding_concepts (0/1 on every coded release).
RELEASE_CODING_FLAGS = ("campaign", "footer_only")
_JSON_FIELDS = {
    "establishments",
    "languages",
    "hotline_numbers",
    "hotlines",
    "penalties",
    "evidence",
    "campaign_types",
    "partners",
    "media",
    "penalty_details",
    "hotline_scope",
}


#: Per source: its latest run, the one before, and whether it is healthy. "failing" when the
#: latest run failed; "review" when sections the registry still lists are recorded gone (the
#: entry awaits an operator); "warning" when items fell by more than half against the
#: previous run.
SOURCE_HEALTH_VIEW = """
create view source_health as
with ranked as (
  select sr.*, row_number() over (partition by source order by run_id desc) as n
  from source_runs sr
),
gone as (
  select g.source, count(*) as sections, group_concat(g.citation, '; ') as citations
  from statute_sections g join sources s on s.id = g.source
  where g.missing_count >= 2
    and exists (select 1 from json_each(s.urls) u where u.value = g.url)
  group by g.source
)
select
  latest.source,
  s.kind,
  s.jurisdiction,
  latest.run_id as last_run,
  r.finished as last_run_finished,
  latest.outcome as last_outcome,
  latest.items as last_items,
  prev.items as previous_items,
  latest.errors as last_errors,
  latest.message as last_message,
  latest.warnings as last_warnings,
  latest.warning as last_warning,
  (select max(run_id) from source_runs ok where ok.source = latest.source
     and ok.outcome = 'ok') as last_ok_run,
  coalesce(gone.sections, 0) as sections_gone,
  gone.citations as sections_gone_citations,
  case
    when latest.outcome = 'failed' then 'failing'
    when gone.sections > 0 then 'review'
    when prev.items > 0 and latest.items * 2 < prev.items then 'warning'
    when coalesce(latest.warnings, 0) > 0 then 'warning'
    else 'healthy'
  end as health
from ranked latest
left join ranked prev on prev.source = latest.source and prev.n = 2
left join sources s on s.id = latest.source
left join runs r on r.id = latest.run_id
left join gone on gone.source = latest.source
where latest.n = 1
"""


#: The Atom feeds' entries (metadata.yml: changes_feed, changes_by_jurisdiction, ...): one per
#: change, what changed in words first, then the session law, the redline or the release's lead.
CHANGE_FEED_VIEW = """
create view change_feed as
select
  c.id,
  c.jurisdiction,
  c.change_type,
  c.types,
  c.audience,
  c.relevant,
  'hotline-watch:change:' || c.id as atom_id,
  c.detected_at as atom_updated,
  c.jurisdiction || ': ' || c.summary as atom_title,
  c.summary || char(10) || char(10)
    || coalesce((select group_concat('- ' || w.value, char(10)) from json_each(c.words) w)
      || char(10) || char(10), '')
    || coalesce('Session law (from the history note): ' || c.session_law
      || char(10) || char(10), '')
    || coalesce(c.redline || char(10) || char(10), c.lead || char(10) || char(10), '')
    || coalesce(c.label || char(10), '')
    || 'Official page: ' || c.url || char(10) || 'Fetched: ' || c.fetched_at as atom_content,
  c.url as atom_link
from changes c
where c.baseline = 0
"""


class StorageError(Exception):
    """The database cannot be used (wrong file, newer schema, locked, read-only, disk full)."""


def describe_db_error(path: str | os.PathLike, exc: BaseException) -> str:
    """One line naming the database file and what SQLite (or the OS) said, with the fix when
    the cause is the environment rather than the data."""
    from hotline_watch.config import show_path

    said = str(exc) or type(exc).__name__
    lowered = said.lower()
    if "readonly" in lowered or "read-only" in lowered:
        hint = " (no write permission on the file or its directory; serve works read-only)"
    elif "disk is full" in lowered or "disk i/o" in lowered or "no space" in lowered:
        hint = " (disk full or file size limit reached?)"
    elif "not a database" in lowered or "malformed" in lowered:
        hint = " (not an intact SQLite database)"
    else:
        hint = ""
    return f"{show_path(path)}: {said}{hint}"


def open_db(path: str | os.PathLike) -> sqlite_utils.Database:
    """Open (creating if needed) the database with the settings every writer uses."""
    path = Path(path)
    if path.is_dir():
        raise StorageError(f"{path}: is a directory, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{path}: cannot create its directory: {exc.strerror or exc}") from None
    try:
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA busy_timeout = 30000")
        db.execute("PRAGMA synchronous = NORMAL")
    except (sqlite3.Error, UnicodeError) as exc:
        raise StorageError(f"{describe_db_error(path, exc)}: not a usable SQLite database") from exc
    return db


def schema_is_current(path: str | os.PathLike) -> bool:
    """True when the file already has every migration this version knows, read without
    writing anything (a published read-only copy can then be served as it is)."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StorageError(describe_db_error(path, exc)) from exc
    try:
        db = sqlite_utils.Database(conn)
        if not db["_sqlite_migrations"].exists():
            return False
        applied = {m.name for m in MIGRATIONS.applied(db)}
        return {m.name for m in MIGRATIONS._migrations} <= applied
    except sqlite3.Error as exc:
        raise StorageError(describe_db_error(path, exc)) from exc
    finally:
        conn.close()


MIGRATIONS = Migrations("hotline-watch")


@MIGRATIONS()
def m001_initial(db: sqlite_utils.Database) -> None:
    """The first release: registry mirror, runs, fetches, sections, provisions, releases."""
    db["jurisdictions"].create(
        {"code": str, "name": str, "fips": str}, pk="code", if_not_exists=True
    )
    db["sources"].create(
        {
            "id": str,
            "kind": str,
            "jurisdiction": str,
            "adapter": str,
            "law_status": str,
            "allowed_domains": str,
            "urls": str,
            "citations": str,
            "verified": str,
            "notes": str,
        },
        pk="id",
        foreign_keys=[("jurisdiction", "jurisdictions", "code")],
        if_not_exists=True,
    )
    db["runs"].create(
        {
            "id": int,
            "kind": str,
            "mode": str,
            "started": str,
            "finished": str,
            "status": str,
            "sources": int,
            "pages": int,
            "sections": int,
            "releases": int,
            "errors": int,
            "archive": str,
            "command": str,
        },
        pk="id",
        if_not_exists=True,
    )
    db["fetches"].create(
        {
            "id": int,
            "run_id": int,
            "source": str,
            "url": str,
            "fetched_at": str,
            "status": int,
            "outcome": str,
            "message": str,
            "content_hash": str,
            "bytes": int,
            "archive": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
        if_not_exists=True,
    )
    db["source_runs"].create(
        {
            "run_id": int,
            "source": str,
            "pages": int,
            "items": int,
            "errors": int,
            "outcome": str,
            "message": str,
        },
        pk=("run_id", "source"),
        foreign_keys=[("run_id", "runs", "id")],
        if_not_exists=True,
    )
    db["statute_sections"].create(
        {
            "id": str,
            "jurisdiction": str,
            "code": str,
            "section_number": str,
            "citation": str,
            "heading": str,
            "url": str,
            "text": str,
            "history": str,
            "text_hash": str,
            "first_seen": str,
            "last_seen": str,
            "source": str,
            "last_fetch_id": int,
        },
        pk="id",
        foreign_keys=[("jurisdiction", "jurisdictions", "code")],
        if_not_exists=True,
    )
    db["section_versions"].create(
        {
            "section_id": str,
            "text_hash": str,
            "text": str,
            "first_seen": str,
            "last_seen": str,
            "fetch_id": int,
        },
        pk=("section_id", "text_hash"),
        foreign_keys=[("section_id", "statute_sections", "id")],
        if_not_exists=True,
    )
    db["provisions"].create(
        {"section_id": str, "text_hash": str, **PROVISION_COLUMNS, "coded_at": str},
        pk="section_id",
        foreign_keys=[("section_id", "statute_sections", "id")],
        if_not_exists=True,
    )
    db["press_releases"].create(
        {
            "id": str,
            "jurisdiction": str,
            "url": str,
            "title": str,
            "published": str,
            "body": str,
            "body_hash": str,
            "first_seen": str,
            "last_seen": str,
            "promotes_hotline": int,
            "source": str,
            "last_fetch_id": int,
        },
        pk="id",
        foreign_keys=[("jurisdiction", "jurisdictions", "code")],
        if_not_exists=True,
    )
    db["release_versions"].create(
        {
            "release_id": str,
            "body_hash": str,
            "title": str,
            "body": str,
            "first_seen": str,
            "last_seen": str,
            "fetch_id": int,
        },
        pk=("release_id", "body_hash"),
        foreign_keys=[("release_id", "press_releases", "id")],
        if_not_exists=True,
    )
    db["campaigns"].create(
        {
            "release_id": str,
            "jurisdiction": str,
            "published": str,
            "title": str,
            "url": str,
            **CAMPAIGN_COLUMNS,
            "body_hash": str,
            "coded_at": str,
        },
        pk="release_id",
        foreign_keys=[
            ("release_id", "press_releases", "id"),
            ("jurisdiction", "jurisdictions", "code"),
        ],
        if_not_exists=True,
    )


@MIGRATIONS()
def m002_changes_and_alerts(db: sqlite_utils.Database) -> None:
    """Change tracking (changes, sections' absence count) and the alert outbox."""
    if "missing_count" not in db["statute_sections"].columns_dict:
        db["statute_sections"].add_column("missing_count", int)
    db["changes"].create(
        {
            "id": int,
            "run_id": int,
            "fetch_id": int,
            "detected_at": str,
            "fetched_at": str,
            "jurisdiction": str,
            "change_type": str,
            "record_table": str,
            "record_id": str,
            "label": str,
            "url": str,
            "field": str,
            "old_value": str,
            "new_value": str,
            "redline": str,
            "lead": str,
            "summary": str,
            "baseline": int,
        },
        pk="id",
        foreign_keys=[("jurisdiction", "jurisdictions", "code")],
        if_not_exists=True,
    )
    db["subscriptions"].create(
        {
            "name": str,
            "who": str,
            "url": str,
            "jurisdictions": str,
            "change_types": str,
            "mode": str,
            "since_change_id": int,
            "last_digest_at": str,
            "updated": str,
        },
        pk="name",
        if_not_exists=True,
    )
    db["deliveries"].create(
        {
            "change_id": int,
            "subscription": str,
            "status": str,
            "attempts": int,
            "created_at": str,
            "next_attempt_at": str,
            "sent_at": str,
            "last_error": str,
        },
        pk=("change_id", "subscription"),
        foreign_keys=[
            ("change_id", "changes", "id"),
            ("subscription", "subscriptions", "name"),
        ],
        if_not_exists=True,
    )


@MIGRATIONS()
def m003_law_facts(db: sqlite_utils.Database) -> None:
    """Mirror of data/law_facts.yml: one row per jurisdiction and one per dated event."""
    db["law_facts"].create(
        {
            "jurisdiction": str,
            "status": str,
            "confidence": str,
            "hotline": str,
            "scope": str,
            "citations": str,
            "citation_urls": str,
            "notes": str,
        },
        pk="jurisdiction",
        foreign_keys=[("jurisdiction", "jurisdictions", "code")],
        if_not_exists=True,
    )
    db["law_events"].create(
        {
            "jurisdiction": str,
            "seq": int,
            "event": str,
            "date": str,
            "year": int,
            "month": int,
            "law": str,
            "changed": str,
            "establishments": str,
            "languages": str,
            "sign_size": str,
            "penalty": str,
            "penalty_amount": float,
            "hotline": str,
            "scope": str,
            "source": str,
            "confidence": str,
            "note": str,
        },
        pk=("jurisdiction", "seq"),
        foreign_keys=[("jurisdiction", "jurisdictions", "code")],
        if_not_exists=True,
    )


@MIGRATIONS()
def m003_statute_adapters_and_registry(db: sqlite_utils.Database) -> None:
    """Issue 11: which adapter extracted a section and any chrome seen in a generic extraction;
    warnings in source results; the registry's confidence, hotline and per-citation status."""
    sections = db["statute_sections"]
    for column in ("adapter", "chrome_signs"):
        if column not in sections.columns_dict:
            sections.add_column(column, str)
    runs = db["source_runs"]
    if "warnings" not in runs.columns_dict:
        runs.add_column("warnings", int)
    if "warning" not in runs.columns_dict:
        runs.add_column("warning", str)
    for column in ("confidence", "hotline"):
        if column not in db["sources"].columns_dict:
            db["sources"].add_column(column, str)
    db["registry_sections"].create(
        {
            "source": str,
            "position": int,
            "jurisdiction": str,
            "citation": str,
            "url": str,
            "section": str,
            "adapter": str,
            "verified": str,
            "notes": str,
        },
        pk=("source", "position"),
        foreign_keys=[("jurisdiction", "jurisdictions", "code")],
        if_not_exists=True,
    )


@MIGRATIONS()
def m003_coding_concepts(db: sqlite_utils.Database) -> None:
    """Issue 14's coded fields: penalties as data, agency basis, hotline scope (provisions);
    hotline scope (campaigns); campaign and footer_only flags (press_releases)."""
    for table, columns in (
        ("provisions", {"penalty_details": str, "agency_basis": str, "hotline_scope": str}),
        ("campaigns", {"hotline_scope": str}),
        ("press_releases", {flag: int for flag in RELEASE_CODING_FLAGS}),
    ):
        existing = db[table].columns_dict
        for column, kind in columns.items():
            if column not in existing:
                db[table].add_column(column, kind)


@MIGRATIONS()
def m003_change_messages(db: sqlite_utils.Database) -> None:
    """One change row per event about a record, with what changed in words, its types,
    audience (advocates / operators / both) and hotline relevance; subscriptions say their
    audience and scope. First sights are no longer changes: the rows an initial load wrote
    (baseline = 1, never sent) are dropped."""
    changes = db["changes"]
    for column, kind in (
        ("types", str),
        ("audience", str),
        ("relevant", int),
        ("words", str),
        ("fields", str),
        ("session_law", str),
    ):
        if column not in changes.columns_dict:
            changes.add_column(column, kind)
    for column in ("audience", "scope"):
        if column not in db["subscriptions"].columns_dict:
            db["subscriptions"].add_column(column, str)
    db.execute(
        "delete from changes where baseline = 1 and id not in (select change_id from deliveries)"
    )
    db.execute(
        """update changes set types = json_array(change_type),
             audience = case change_type when 'source_failing' then 'operators'
               else 'advocates' end,
             relevant = change_type != 'new_release'
           where types is null"""
    )


@MIGRATIONS()
def m003_run_message(db: sqlite_utils.Database) -> None:
    """Why a run failed or was interrupted (storage error, signal), in one line."""
    if "message" not in db["runs"].columns_dict:
        db["runs"].add_column("message", str)


@MIGRATIONS()
def m003_bills(db: sqlite_utils.Database) -> None:
    """Bill watch: bills, their actions and versions, sessions, pass cursors, API usage."""
    from hotline_watch.bills_store import create_bill_tables

    create_bill_tables(db)


@MIGRATIONS()
def m004_perf_state_overview_table(db: sqlite_utils.Database) -> None:
    """Issue 17: state_overview becomes a table refreshed at the end of every run (the view
    summarised every section and campaign on each page view)."""
    from hotline_watch.views import create_state_overview_table

    create_views(db)  # the views its query reads (hotline_laws)
    create_state_overview_table(db)


#: Facet columns whose counts over the whole table are kept in `facet_counts` by triggers, so
#: Datasette's unfiltered facet pages read 51 rows instead of counting a million
#: (hotline_watch/fastsql.py). The columns metadata.yml facets the large tables by.
FACET_COUNTED: dict[str, tuple[str, ...]] = {"press_releases": ("jurisdiction", "promotes_hotline")}


def _facet_count_triggers(table: str, columns: tuple[str, ...]) -> list[str]:
    def bump(row: str, column: str, delta: str) -> str:
        return (
            f"insert into facet_counts (tbl, col, value, n) select '{table}', '{column}', "
            f"{row}.[{column}], {delta} where {row}.[{column}] is not null "
            f"on conflict (tbl, col, value) do update set n = n + excluded.n;"
        )

    changed = " or ".join(f"old.[{c}] is not new.[{c}]" for c in columns)
    return [
        f"create trigger if not exists [{table}_facets_ai] after insert on [{table}] begin "
        + " ".join(bump("new", c, "1") for c in columns)
        + " end",
        f"create trigger if not exists [{table}_facets_ad] after delete on [{table}] begin "
        + " ".join(bump("old", c, "-1") for c in columns)
        + " end",
        f"create trigger if not exists [{table}_facets_au] after update of "
        + ", ".join(f"[{c}]" for c in columns)
        + f" on [{table}] when {changed} begin "
        + " ".join(bump("old", c, "-1") + " " + bump("new", c, "1") for c in columns)
        + " end",
    ]


def refresh_facet_counts(db: sqlite_utils.Database) -> None:
    """Recount `facet_counts` and refill the narrow facet tables from the tables (after a bulk
    load that bypassed the triggers)."""
    with db.atomic():
        db.execute("delete from facet_counts")
        for table, columns in FACET_COUNTED.items():
            for column in columns:
                db.execute(
                    f"insert into facet_counts (tbl, col, value, n) select '{table}', "
                    f"'{column}', [{column}], count(*) from [{table}] "
                    f"where [{column}] is not null group by [{column}]"
                )
            if facet_rows_table(table) in db.table_names():
                names = ", ".join(f"[{c}]" for c in columns)
                db.execute(f"delete from [{facet_rows_table(table)}]")
                db.execute(
                    f"insert into [{facet_rows_table(table)}] (rowid, {names}) "
                    f"select rowid, {names} from [{table}]"
                )


@MIGRATIONS()
def m004_perf_facet_counts(db: sqlite_utils.Database) -> None:
    """Issue 17: whole-table facet counts kept by triggers (see FACET_COUNTED)."""
    db.execute(
        "create table if not exists facet_counts "
        "(tbl text not null, col text not null, value, n integer not null, "
        "primary key (tbl, col, value))"
    )
    for table, columns in FACET_COUNTED.items():
        for sql in _facet_count_triggers(table, columns):
            db.execute(sql)
    refresh_facet_counts(db)


@MIGRATIONS()
def m004_perf_unchanged_pages(db: sqlite_utils.Database) -> None:
    """Issue 17: which code a run parsed and coded with (runs.code_version), and the index that
    finds the sections a fetch stored (a 304 touches them without parsing the page again)."""
    if "code_version" not in db["runs"].columns_dict:
        db["runs"].add_column("code_version", str)
    db["statute_sections"].create_index(["last_fetch_id"], if_not_exists=True)


@MIGRATIONS()
def m005_overview_unknown_not_zero(db: sqlite_utils.Database) -> None:
    """Data truth: the overview's coded fields are empty (not "[]") where no official text was
    coded, and its campaign count empty (not 0) where the newsroom was never read. The table
    is refreshed only when a run changes something, so existing databases are refreshed once."""
    create_views(db)  # the views its query reads
    refresh_state_overview(db)


@MIGRATIONS()
def m006_change_list_confirmations(db: sqlite_utils.Database) -> None:
    """Issue 17: site change lists (hotline_watch/change_list.py). What a change list said of a
    fetched page (fetches.listed_*), the pages a listing confirmed unchanged without fetching
    them (change_list_confirmations), kept apart from fetches: `statute_sections.last_seen` is
    still the last fetch; `last_confirmed` / `last_confirmed_by` the last confirmation."""
    for column, kind in (("listed_modified", str), ("listed_size", int)):
        if column not in db["fetches"].columns_dict:
            db["fetches"].add_column(column, kind)
    for column in ("last_confirmed", "last_confirmed_by"):
        if column not in db["statute_sections"].columns_dict:
            db["statute_sections"].add_column(column, str)
    if "confirmed" not in db["runs"].columns_dict:
        db["runs"].add_column("confirmed", int)
    db["change_list_confirmations"].create(
        {
            "id": int,
            "run_id": int,
            "source": str,
            "url": str,
            "confirmed_at": str,
            "listing_url": str,
            "listing_fetch_id": int,
            "listed_modified": str,
            "listed_size": int,
            "fetch_id": int,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
        if_not_exists=True,
    )
    db["change_list_confirmations"].create_index(["run_id"], if_not_exists=True)
    db["change_list_confirmations"].create_index(["url"], if_not_exists=True)


def facet_rows_table(table: str) -> str:
    """The narrow copy of `table`'s facet columns, one row per row of `table` (same rowid)."""
    return f"{table}_facet_rows"


def _facet_rows_triggers(table: str, columns: tuple[str, ...]) -> list[str]:
    narrow = facet_rows_table(table)
    names = ", ".join(f"[{c}]" for c in columns)
    news = ", ".join(f"new.[{c}]" for c in columns)
    sets = ", ".join(f"[{c}] = new.[{c}]" for c in columns)
    return [
        f"create trigger if not exists [{narrow}_ai] after insert on [{table}] begin "
        f"insert into [{narrow}] (rowid, {names}) values (new.rowid, {news}); end",
        f"create trigger if not exists [{narrow}_ad] after delete on [{table}] begin "
        f"delete from [{narrow}] where rowid = old.rowid; end",
        f"create trigger if not exists [{narrow}_au] after update of {names} on [{table}] begin "
        f"update [{narrow}] set {sets} where rowid = new.rowid; end",
    ]


@MIGRATIONS()
def m007_facet_rows(db: sqlite_utils.Database) -> None:
    """Issue 17: a search's facets (`?_search=...&_facet=jurisdiction`) count the facet columns
    of every match. Read from the table, each match costs a lookup of a whole release (body
    included); read from a narrow copy of the facet columns under the same rowid, the same
    lookups touch a few thousand small pages (hotline_watch/fastsql.py). Triggers keep it."""
    for table, columns in FACET_COUNTED.items():
        narrow = facet_rows_table(table)
        db.execute(
            f"create table if not exists [{narrow}] (rowid integer primary key, "
            + ", ".join(f"[{c}]" for c in columns)
            + ")"
        )
        for sql in _facet_rows_triggers(table, columns):
            db.execute(sql)
    refresh_facet_counts(db)


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Bring the database to the current schema (sqlite-utils migrations), then refresh the
    parts derived from code: the jurisdictions list, indexes, views and full-text indexes.

    Refuses, writing nothing, a database that hotline-watch did not create or that a newer
    hotline-watch has migrated further.
    """
    name = db.conn.execute("PRAGMA database_list").fetchone()[2]
    applied = {m.name for m in MIGRATIONS.applied(db)}
    known = {m.name for m in MIGRATIONS._migrations}
    if applied - known:
        raise StorageError(
            f"{name}: schema migrated by a newer hotline-watch "
            f"({', '.join(sorted(applied - known))}); upgrade hotline-watch"
        )
    foreign = [t for t in db.table_names() if not t.startswith(("_sqlite_migrations", "sqlite_"))]
    if not applied and foreign:
        raise StorageError(
            f"{name}: an SQLite database not created by hotline-watch "
            f"(tables: {', '.join(sorted(foreign)[:8])}); use another --db file"
        )
    # WAL lets Datasette read while a crawl writes; each page commit is durable. Set only once
    # the file is known to be ours: refusing a database must leave it byte-for-byte alone.
    db.execute("PRAGMA journal_mode = WAL")
    MIGRATIONS.apply(db)
    with db.atomic():
        db["jurisdictions"].upsert_all([j._asdict() for j in JURISDICTIONS.values()], pk="code")
        for table, cols in (
            ("deliveries", ["status"]),
            ("changes", ["run_id"]),
            ("changes", ["jurisdiction", "change_type"]),
            ("changes", ["record_table", "record_id"]),
            ("press_releases", ["jurisdiction"]),
            ("press_releases", ["url"]),
            # Datasette's press_releases pages (metadata.yml: newest first, facets jurisdiction
            # and promotes_hotline) on a million releases: the sort, the sort within each facet
            # value, and each facet counted within the other's values, all from an index.
            ("press_releases", ["published"]),
            ("press_releases", ["jurisdiction", "published"]),
            ("press_releases", ["promotes_hotline", "published"]),
            ("press_releases", ["promotes_hotline", "jurisdiction"]),
            ("campaigns", ["jurisdiction"]),
            ("fetches", ["run_id"]),
            ("fetches", ["url"]),
            ("statute_sections", ["jurisdiction"]),
            ("registry_sections", ["jurisdiction"]),
            ("registry_sections", ["url"]),
            ("section_versions", ["section_id"]),
        ):
            db[table].create_index(cols, if_not_exists=True)
    db.execute("drop view if exists source_health")
    db.execute(SOURCE_HEALTH_VIEW)
    db.execute("drop view if exists change_feed")
    db.execute(CHANGE_FEED_VIEW)
    create_views(db)  # researchers' views (state overview, panel): after the tables exist
    from hotline_watch.bills_store import create_bill_views

    create_bill_views(db)  # registry_suggestions (bill_law_events: with the views above)
    if not db["statute_sections_fts"].exists():
        db["statute_sections"].enable_fts(
            ["citation", "heading", "text"], create_triggers=True, tokenize="porter"
        )
    if not db["press_releases_fts"].exists():
        db["press_releases"].enable_fts(["title", "body"], create_triggers=True, tokenize="porter")
    _narrow_fts_update_triggers(db, "statute_sections", ["citation", "heading", "text"])
    _narrow_fts_update_triggers(db, "press_releases", ["title", "body"])
    # A new section's full-text entry is written by Store.index_new_sections, not a trigger.
    db.execute('drop trigger if exists "statute_sections_ai"')
    if db.execute("select count(*) from state_overview").fetchone()[0] != len(JURISDICTIONS):
        refresh_state_overview(db)  # a new database, or one migrated to the table just now


def _narrow_fts_update_triggers(db: sqlite_utils.Database, table: str, columns: list[str]) -> None:
    """Re-index a row's full text only when an indexed column is written.

    sqlite-utils' update trigger fires on any UPDATE, so stamping `last_seen` on every re-fetch
    would rewrite the full-text entry of every section and release each run.
    """
    name = f"{table}_au"
    row = db.execute("select sql from sqlite_master where type = 'trigger' and name = ?", [name])
    sql = (row.fetchone() or [None])[0]
    if sql is None or " AFTER UPDATE OF " in sql:
        return
    narrowed = sql.replace(
        f'AFTER UPDATE ON "{table}"',
        f'AFTER UPDATE OF {", ".join(f"[{c}]" for c in columns)} ON "{table}"',
    )
    if narrowed == sql:
        raise StorageError(f"unexpected full-text trigger {name}: {sql}")
    with db.atomic():
        db.execute(f'drop trigger "{name}"')
        db.execute(narrowed)


def _check_writable(path: Path) -> None:
    """Refuse, before SQLite writes anything, a database the process cannot write: the file
    (or, for its journal, the directory) without write permission."""
    if path.exists() and not os.access(path, os.W_OK):
        raise StorageError(
            f"{path}: read-only (no write permission); crawls and ingests need a writable "
            "database, `serve` can use it as it is"
        )
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not os.access(parent, os.W_OK | os.X_OK):
        raise StorageError(
            f"{path}: directory {parent} is not writable (SQLite keeps its journal beside "
            "the database)"
        )


class Store:
    """The one writer API: pipelines, `ingest` and the CLI all go through it."""

    def __init__(self, path: str | os.PathLike, migrate: bool = True):
        """Open the database; `migrate=False` when the command that started this process has
        just brought it up to date (each spider's pipeline of a CLI run): no writes then."""
        self._baseline: dict[tuple[int | None, str], bool] = {}
        self._sql: dict[tuple, str] = {}
        self._dirty = False  # wrote what state_overview summarises since its last refresh
        #: Sections inserted in the open transaction whose full-text entry is not written yet.
        self._unindexed: set[str] = set()
        self.path = Path(path)
        _check_writable(self.path)
        self.db = open_db(self.path)
        links = self.path.stat().st_nlink if migrate and self.path.exists() else 1
        if links > 1:
            logging.getLogger(__name__).warning(
                "%s has %d hard links: SQLite keeps its write-ahead log beside each name, so "
                "writing through more than one of them can corrupt it; keep one name (a "
                "symlink is safe)",
                self.path,
                links,
            )
        try:
            if migrate:
                ensure_schema(self.db)
        except sqlite3.Error as exc:
            self.db.close()
            raise StorageError(describe_db_error(self.path, exc)) from exc

    def close(self, refresh: bool = True) -> None:
        """Close the connection; first refresh the state overview if this Store changed what
        it summarises and no finished run has refreshed it since (refresh=False: the run's
        finisher will)."""
        try:
            if refresh and self._dirty:
                self.refresh_overview()
        except sqlite3.Error as exc:  # a database that can no longer be written (disk full)
            logging.getLogger(__name__).error("state_overview not refreshed: %s", exc)
        finally:
            self.db.close()

    def refresh_overview(self) -> None:
        """Recompute the `state_overview` table (51 rows) from what is stored now."""
        refresh_state_overview(self.db)
        self._dirty = False

    # -- hot-path writes ---------------------------------------------------------------------
    # Every page is a handful of rows. sqlite-utils' insert/upsert re-read the schema on each
    # call (about 40 statements per page); these build each statement once and run it as is.

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        """INSERT one row; returns its rowid."""
        key = ("insert", table, tuple(row))
        sql = self._sql.get(key)
        if sql is None:
            sql = self._sql[key] = (
                f"insert into [{table}] ({', '.join(f'[{c}]' for c in row)}) "
                f"values ({', '.join('?' * len(row))})"
            )
        return int(self.db.execute(sql, list(row.values())).lastrowid)

    def _upsert(self, table: str, row: dict[str, Any], pk: tuple[str, ...]) -> None:
        """INSERT, or UPDATE the given columns of the row with the same primary key."""
        key = ("upsert", table, tuple(row), pk)
        sql = self._sql.get(key)
        if sql is None:
            sets = ", ".join(f"[{c}] = excluded.[{c}]" for c in row if c not in pk)
            sql = self._sql[key] = (
                f"insert into [{table}] ({', '.join(f'[{c}]' for c in row)}) "
                f"values ({', '.join('?' * len(row))}) "
                f"on conflict ({', '.join(f'[{c}]' for c in pk)}) do update set {sets}"
            )
        self.db.execute(sql, list(row.values()))

    def _update(self, table: str, where: dict[str, Any], values: dict[str, Any]) -> None:
        """UPDATE only the given columns (full-text triggers fire only for indexed ones)."""
        key = ("update", table, tuple(values), tuple(where))
        sql = self._sql.get(key)
        if sql is None:
            sql = self._sql[key] = (
                f"update [{table}] set {', '.join(f'[{c}] = ?' for c in values)} "
                f"where {' and '.join(f'[{c}] = ?' for c in where)}"
            )
        self.db.execute(sql, [*values.values(), *where.values()])

    # -- registry mirror -------------------------------------------------------------------

    def sync_sources(self, statutes: Iterable[Any] = (), offices: Iterable[Any] = ()) -> None:
        """Mirror the registries into `sources` (the YAML files stay the truth)."""
        self._dirty = True
        rows = [
            {
                "id": s.spider_name,
                "kind": "statutes",
                "jurisdiction": s.jurisdiction,
                "adapter": s.adapter,
                "law_status": s.law_status,
                "allowed_domains": json.dumps(list(s.allowed_domains)),
                "urls": json.dumps([sec.url for sec in s.fetchable]),
                "citations": json.dumps([sec.citation for sec in s.fetchable]),
                "verified": json.dumps(sorted({sec.verified for sec in s.sections})),
                "notes": s.notes,
                "confidence": getattr(s, "confidence", None),
                "hotline": getattr(s, "hotline", None),
            }
            for s in statutes
        ]
        # Every registry citation, with or without a URL, and how far its URL is verified:
        # the state pages show unverified and URL-less citations for what they are.
        cited = [
            {
                "source": s.spider_name,
                "position": i,
                "jurisdiction": s.jurisdiction,
                "citation": sec.citation,
                "url": sec.url,
                "section": getattr(sec, "section", None),
                "adapter": getattr(sec, "adapter", None) or getattr(s, "adapter", None),
                "verified": sec.verified,
                "notes": getattr(sec, "notes", "") or None,
            }
            for s in statutes
            for i, sec in enumerate(s.sections)
        ]
        rows += [
            {
                "id": o.spider_name,
                "kind": "ag",
                "jurisdiction": o.jurisdiction,
                "adapter": ",".join(o.ways_in),
                "law_status": None,
                "allowed_domains": json.dumps(list(o.allowed_domains)),
                "urls": json.dumps([u for u in (o.feed, o.wp_json, o.js_data, o.listing.url) if u]),
                "citations": json.dumps([]),
                "verified": json.dumps([o.verified]),
                "notes": o.notes,
                "confidence": None,
                "hotline": None,
            }
            for o in offices
        ]
        columns = list(cited[0]) if cited else []
        by_source: dict[str, list[tuple]] = {s.spider_name: [] for s in statutes}
        for row in cited:
            by_source[row["source"]].append(tuple(row.values()))
        with self.db.atomic():
            self.db["sources"].upsert_all(rows, pk="id")
            for source, wanted in by_source.items():
                stored = self.db.execute(
                    f"select {', '.join(f'[{c}]' for c in columns) or 'source'} "
                    "from registry_sections where source = ? order by position",
                    [source],
                ).fetchall()
                if stored == wanted:
                    continue  # a large registry is not rewritten on every run
                self.db.execute("delete from registry_sections where source = ?", [source])
                if wanted:
                    self.db["registry_sections"].insert_all(
                        [dict(zip(columns, row, strict=True)) for row in wanted],
                        pk=("source", "position"),
                    )

    def sync_law_facts(self, facts: dict[str, Any]) -> None:
        """Mirror data/law_facts.yml into `law_facts` / `law_events` (the YAML stays the truth)."""
        from hotline_watch.facts import sync_law_facts

        sync_law_facts(self.db, facts)

    def known_release_urls(self, jurisdiction: str) -> set[str]:
        """URLs of releases already stored for a jurisdiction (AG spiders stop paging there)."""
        return {
            row[0]
            for row in self.db.execute(
                "select url from press_releases where jurisdiction = ?", [jurisdiction]
            )
        }

    def unchanged_pages(self, source: str) -> dict[str, str]:
        """URL -> content hash of the statute pages whose stored sections this very code parsed
        and coded from those bytes (their latest successful fetch, in a run of the current
        code_version). A 304 whose cached copy has that hash needs no parsing or coding."""
        rows = self.db.execute(
            """select f.url, f.content_hash, r.code_version
               from (select url, content_hash, run_id, max(id) from fetches
                     where source = ? and outcome = 'ok' group by url) f
               join runs r on r.id = f.run_id""",
            [source],
        )
        version = code_version()
        return {url: digest for url, digest, ran in rows if digest and ran == version}

    # -- runs ------------------------------------------------------------------------------

    def start_run(self, kind: str, mode: str, command: str, archive: str | None = None) -> int:
        with self.db.atomic():
            table = self.db["runs"].insert(
                {
                    "kind": kind,
                    "mode": mode,
                    "started": utcnow(),
                    "status": "running",
                    "archive": archive,
                    "command": command,
                    "code_version": code_version(),
                }
            )
        return int(table.last_pk)

    def finish_run(
        self, run_id: int, status: str | None = None, message: str | None = None
    ) -> dict[str, Any]:
        """Close a run with totals from its fetches and source results; returns the row.

        `status` (failed, interrupted) and `message` (why) come from the caller when it knows
        more than the fetches say: pages that could not be stored, a signal."""
        totals = self.db.execute(
            """select count(*),
                 coalesce(sum(outcome not in ('ok', 'not_archived', 'listing')), 0)
               from fetches where run_id = ?""",
            [run_id],
        ).fetchone()
        sources, failed = self.db.execute(
            "select count(*), coalesce(sum(outcome = 'failed'), 0) from source_runs "
            "where run_id = ?",
            [run_id],
        ).fetchone()
        sections = self.db.execute(
            """select count(distinct s.id) from statute_sections s
               join fetches f on f.id = s.last_fetch_id where f.run_id = ?""",
            [run_id],
        ).fetchone()[0]
        self._note_failing_sources(run_id)
        confirmed = self.db.execute(
            "select count(*) from change_list_confirmations where run_id = ?", [run_id]
        ).fetchone()[0]
        releases = self.db.execute(
            """select count(distinct r.id) from press_releases r
               join fetches f on f.id = r.last_fetch_id where f.run_id = ?""",
            [run_id],
        ).fetchone()[0]
        if status is None:
            status = "failed" if failed else "ok"
        if message is None and failed:
            message = f"{failed} of {sources} sources failed"
        self.refresh_overview()
        with self.db.atomic():
            self.db["runs"].update(
                run_id,
                {
                    "finished": utcnow(),
                    "status": status,
                    "message": message,
                    "sources": sources,
                    "pages": totals[0],
                    "sections": sections,
                    "releases": releases,
                    "errors": totals[1],
                    "confirmed": confirmed,
                },
            )
        return self.db["runs"].get(run_id)

    def _note_failing_sources(self, run_id: int) -> None:
        """Record a source_failing (or parse_error) change for each source that worked last
        time and not now: operators hear once, when it starts."""
        rows = self.db.execute(
            """select sr.source, sr.message, s.jurisdiction, s.urls,
                 (select prev.outcome from source_runs prev
                  where prev.source = sr.source and prev.run_id < sr.run_id
                  order by prev.run_id desc limit 1) as previous,
                 exists (select 1 from fetches f where f.run_id = sr.run_id
                   and f.source = sr.source and f.outcome = 'parse_error') as parse_errors
               from source_runs sr left join sources s on s.id = sr.source
               where sr.run_id = ? and sr.outcome = 'failed'""",
            [run_id],
        ).fetchall()
        with self.db.atomic():
            for source, message, jurisdiction, urls, previous, parse_errors in rows:
                if previous not in ("ok",):
                    continue  # already failing (or never worked): alert once, at the start
                first_url = (json.loads(urls or "[]") or [None])[0]
                problem = detect.source_problem(
                    source, jurisdiction or "", first_url or "", message, parse_errors
                )
                self.save_changes([problem], run_id, None, utcnow())

    def save_changes(
        self,
        changes: Iterable[Change],
        run_id: int | None,
        fetch_id: int | None,
        fetched_at: str,
    ) -> None:
        """Persist changes a detection function returned (sections, releases, bills...).

        Call it inside the transaction that stores the record, so a crash never keeps the
        record without its change or the change without its record."""
        _ChangeContext(self, run_id, fetch_id, fetched_at).add_all(changes)

    def record_source_result(
        self,
        run_id: int,
        source: str,
        pages: int,
        items: int,
        errors: int,
        message: str | None,
        warnings: int = 0,
        warning: str | None = None,
        listings: int = 0,
        gone: int = 0,
    ) -> None:
        # City Bureau's rule: a source that was asked for pages and produced nothing is failing.
        # Sources with no URLs (no known law) and replays of unarchived URLs are not; nor is a
        # source whose pages were list pages leading elsewhere (`listings`). Pages whose
        # sections were already recorded gone (`gone`) are expected answers: the source is not
        # failing, its registry entry awaits review (source_health says so).
        if errors:
            outcome = "failed"
        elif items or listings:
            outcome = "ok"
        elif gone:
            outcome = "gone"
        elif pages == 0:
            outcome = "no_urls"
        else:
            outcome = "not_archived"
        with self.db.atomic():
            self.db["source_runs"].upsert(
                {
                    "run_id": run_id,
                    "source": source,
                    "pages": pages,
                    "items": items,
                    "errors": errors,
                    "outcome": outcome,
                    "message": message,
                    "warnings": warnings,
                    "warning": warning,
                },
                pk=("run_id", "source"),
            )

    def close_interrupted_runs(self) -> list[int]:
        """Mark `run` rows a dead process left "running" (kill -9, power loss) "interrupted".

        Only for `hotline-watch run` while it holds the run lock: no other `run` can be alive,
        so such a row can only belong to a process that died. Every page it committed is kept
        (all but its last batch, see writer.py); its totals are filled in from what was stored.
        """
        ids = [
            row[0]
            for row in self.db.execute(
                "select id from runs where status = 'running' and finished is null "
                "and command like 'hotline-watch run%' order by id"
            )
        ]
        for run_id in ids:
            self.finish_run(
                run_id,
                status="interrupted",
                message="ended without recording its result (killed, power loss, or a "
                "database it could no longer write); found by the next run",
            )
            logging.getLogger(__name__).warning(
                "run %s was interrupted (the process died); marked 'interrupted'", run_id
            )
        return ids

    # -- pages -----------------------------------------------------------------------------

    def insert_fetch(self, run_id: int | None, source: str, fetch: FetchInfo) -> int:
        """Record one response's provenance in `fetches` (every record kind's pages, bills'
        included); returns its id."""
        return self._insert(
            "fetches",
            {
                "run_id": run_id,
                "source": source,
                "url": fetch.url,
                "fetched_at": fetch.fetched_at,
                "status": fetch.status,
                "outcome": fetch.outcome,
                "message": fetch.message,
                "content_hash": fetch.content_hash,
                "bytes": fetch.bytes,
                "archive": fetch.archive,
                "listed_modified": fetch.listed_modified,
                "listed_size": fetch.listed_size,
            },
        )

    def save_statute_page(self, page: StatutePage, run_id: int | None) -> dict[str, int]:
        """Store one page's fetch, sections, versions, provisions and changes atomically.

        Returns counts: new sections, new versions (text changed), seen again, and `gone`:
        sections at a not-found URL that were already recorded gone (not a new failure).
        In a transaction the caller opened, the caller calls `index_new_sections` before
        committing it (PageWriter does); otherwise the page indexes its own.
        """
        counts = {"new_sections": 0, "new_versions": 0, "seen_again": 0, "gone": 0}
        seen_at = page.fetch.fetched_at
        self._dirty = True
        own_transaction = not self.db.conn.in_transaction
        with self.db.atomic():
            if page.unchanged:
                fetch_id = self.insert_fetch(run_id, page.source, page.fetch)
                counts["seen_again"] = self._touch_unchanged(page, fetch_id, seen_at)
                return counts
            if page.confirmed:
                fetch_id = self.insert_fetch(run_id, page.source, page.fetch)
                counts["seen_again"] = self._confirm_unchanged(page, run_id, fetch_id)
                return counts
            previous = self.db.execute(
                "select content_hash from fetches where url = ? and outcome = 'ok' "
                "order by id desc limit 1",
                [page.fetch.url],
            ).fetchone()
            fetch_id = self.insert_fetch(run_id, page.source, page.fetch)
            seen = detect.PageSeen(
                seen_before=previous is not None,
                same_bytes=bool(previous and previous[0])
                and previous[0] == page.fetch.content_hash,
            )
            note = _ChangeContext(self, run_id, fetch_id, seen_at)
            for section in page.sections:
                self._save_section(section, page.source, fetch_id, seen_at, counts, note, seen)
            if page.fetch.outcome == "not_found":
                counts["gone"] = self._mark_missing(page.fetch.url, note)
            if own_transaction:  # else the writer indexes its batch before committing it
                self.index_new_sections()
        return counts

    def index_new_sections(self) -> None:
        """Write the full-text entries of the sections inserted in the open transaction; called
        just before it is committed.

        Once per transaction, outside the pages' savepoints, rather than by an insert trigger:
        FTS5 writes its pending entries out at every savepoint, and per page that cost as much
        again as tokenizing the text. (In rowid order, or FTS5 writes them out at every step
        back.)
        """
        self._index_sections()
        self._unindexed.clear()

    def _index_sections(self) -> None:
        """Index the sections inserted in this transaction that are not indexed yet. Their ids
        are kept until the commit: a page's savepoint rolled back may take entries with it."""
        if not self._unindexed:
            return
        self.db.execute(
            "insert into statute_sections_fts (rowid, citation, heading, text) "
            "select rowid, citation, heading, text from statute_sections "
            "where id in (select value from json_each(?)) "
            "and rowid not in (select id from statute_sections_fts_docsize) "
            "order by rowid",
            [json.dumps(sorted(self._unindexed))],
        )

    def _confirm_unchanged(self, page: StatutePage, run_id: int | None, listing_id: int) -> int:
        """Pages a change list (the listing `page.fetch`) showed unchanged: one row each in
        change_list_confirmations and their sections' last_confirmed, in two statements.
        Their fetches, last_seen and texts are left alone: nothing was fetched. Returns how
        many sections were confirmed."""
        at, listing = page.fetch.fetched_at, page.fetch.url
        self.db.conn.executemany(
            """insert into change_list_confirmations (run_id, source, url, confirmed_at,
                 listing_url, listing_fetch_id, listed_modified, listed_size, fetch_id)
               values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    run_id,
                    page.source,
                    c.url,
                    at,
                    listing,
                    listing_id,
                    c.listed_modified,
                    c.listed_size,
                    c.fetch_id,
                )
                for c in page.confirmed
            ],
        )
        return self.db.conn.executemany(
            "update statute_sections set last_confirmed = ?, last_confirmed_by = ? "
            "where last_fetch_id = ?",
            [(at, listing, c.fetch_id) for c in page.confirmed],
        ).rowcount

    def change_list_state(self, source: str) -> dict[str, tuple[str, int, str, int]]:
        """URL -> (listed modified, listed size, fetched_at, fetch id) of each statute page's
        latest successful fetch that recorded what its change list said, in a run of the
        current code_version (pages parsed by other code are fetched to be parsed again)."""
        rows = self.db.execute(
            """select f.url, f.listed_modified, f.listed_size, f.fetched_at, f.id,
                 r.code_version
               from (select url, listed_modified, listed_size, fetched_at, run_id, max(id) as id
                     from fetches where source = ? and outcome = 'ok' group by url) f
               join runs r on r.id = f.run_id
               where f.listed_modified is not null""",
            [source],
        )
        version = code_version()
        return {
            url: (modified, size, fetched_at, fetch_id)
            for url, modified, size, fetched_at, fetch_id, ran in rows
            if ran == version
        }

    def _touch_unchanged(self, page: StatutePage, fetch_id: int, seen_at: str) -> int:
        """A 304 of bytes whose sections are stored: record that they were seen, nothing else
        (no parse, no coding, no rewrite of their text). Returns how many sections."""
        touched = self.db.execute(
            """update statute_sections
               set last_seen = max(last_seen, :seen), last_fetch_id = :fetch
               where last_fetch_id in (select id from fetches where url = :url
                 and content_hash = :hash and outcome = 'ok')""",
            {
                "seen": seen_at,
                "fetch": fetch_id,
                "url": page.fetch.url,
                "hash": page.fetch.content_hash,
            },
        ).rowcount
        self.db.execute(
            """update section_versions set last_seen = max(last_seen, :seen)
               where (section_id, text_hash) in
                 (select id, text_hash from statute_sections where last_fetch_id = :fetch)""",
            {"seen": seen_at, "fetch": fetch_id},
        )
        return touched

    def _save_section(
        self,
        section: SectionRecord,
        source: str,
        fetch_id: int,
        seen_at: str,
        counts: dict[str, int],
        note: _ChangeContext,
        seen: detect.PageSeen,
    ) -> None:
        text_hash = section.text_hash
        existing = self.db.execute(
            "select first_seen, last_seen, text_hash, text, citation, heading, history "
            "from statute_sections where id = ?",
            [section.id],
        ).fetchone()
        new_version = self._upsert_version(
            "section_versions",
            ("section_id", section.id),
            text_hash,
            {"text": section.text},
            seen_at,
            fetch_id,
        )
        if existing is not None and seen_at < existing[1] and text_hash != existing[2]:
            # An archive older than what we hold: keep its text as history, not as current.
            return
        citation = section.registry_citation or section.citation
        if existing is not None and section.id in self._unindexed:
            # Inserted earlier in this transaction: the update trigger rewrites its full-text
            # entry, which must exist first.
            self._index_sections()
        self._save_current(
            "statute_sections",
            {
                "id": section.id,
                "jurisdiction": section.jurisdiction,
                "code": section.code,
                "section_number": section.section_number,
                "citation": citation,
                "heading": section.heading,
                "url": section.url,
                "text": section.text,
                "history": section.history,
                "text_hash": text_hash,
                "source": source,
                "last_fetch_id": fetch_id,
                "missing_count": 0,
                "adapter": section.adapter,
                "chrome_signs": json.dumps(section.chrome_signs, ensure_ascii=False)
                if section.chrome_signs
                else None,
                **_seen_dates(existing[:2] if existing else None, seen_at),
            },
            existing,
            indexed=(("text", 3), ("citation", 4), ("heading", 5)),
            same_content=existing is not None and existing[2] == text_hash,
        )
        if existing is None:
            self._unindexed.add(section.id)
            counts["new_sections"] += 1
        elif text_hash != existing[2]:
            counts["new_versions"] += 1
        elif not new_version:
            counts["seen_again"] += 1
        old_provision = self._row("provisions", "section_id", section.id)
        if section.coding is not None:
            self._save_provision(section, text_hash, old_provision)
        stored = (
            {"text_hash": existing[2], "text": existing[3], "history": existing[6]}
            if existing
            else None
        )
        record = RecordRef(
            "statute_sections", section.id, section.jurisdiction, citation, section.url
        )
        note.add_all(
            detect.section_changes(
                stored,
                old_provision,
                section,
                record,
                seen,
                lambda: self._has_other_law(section.jurisdiction, section.id),
            )
        )

    def _has_other_law(self, jurisdiction: str, section_id: str) -> bool:
        return bool(
            self.db.execute(
                "select exists (select 1 from provisions p "
                "join statute_sections s on s.id = p.section_id "
                "where s.jurisdiction = ? and p.requires_posting = 1 and p.section_id != ?)",
                [jurisdiction, section_id],
            ).fetchone()[0]
        )

    def _save_provision(
        self, section: SectionRecord, text_hash: str, old: dict[str, Any] | None
    ) -> None:
        coding = section.coding or {}
        row: dict[str, Any] = {"section_id": section.id, "text_hash": text_hash}
        for column in PROVISION_COLUMNS:
            value = coding.get(column)
            if column in _JSON_FIELDS:
                value = json.dumps(value or [], ensure_ascii=False)
            elif column == "requires_posting":
                value = int(bool(value))
            row[column] = value
        self._upsert_if_changed("provisions", "section_id", row, old)

    def _mark_missing(self, url: str, note: _ChangeContext) -> int:
        """A successful fetch says the section is not there: gone after two in a row.

        Returns how many of the URL's sections were already recorded gone before this fetch
        (for those, the not-found answer is the expected one, not a new failure).
        """
        rows = self.db.execute(
            "select id, jurisdiction, citation, missing_count from statute_sections where url = ?",
            [url],
        ).fetchall()
        already = 0
        for section_id, jurisdiction, citation, missing in rows:
            already += (missing or 0) >= 2
            missing = (missing or 0) + 1
            self._update("statute_sections", {"id": section_id}, {"missing_count": missing})
            record = RecordRef("statute_sections", section_id, jurisdiction, citation, url)
            provision = self._row("provisions", "section_id", section_id)
            note.add_all([detect.section_gone(missing, provision, record)])
        return already if already == len(rows) else 0

    def save_release_page(self, page: ReleasePage, run_id: int | None) -> dict[str, int]:
        """Store one AG page (listing or release), its release and changes atomically."""
        counts = {"new_releases": 0, "new_versions": 0, "seen_again": 0}
        seen_at = page.fetch.fetched_at
        self._dirty = True
        with self.db.atomic():
            baseline = self.is_baseline(run_id, page.source, "press_releases")
            fetch_id = self.insert_fetch(run_id, page.source, page.fetch)
            note = _ChangeContext(self, run_id, fetch_id, seen_at)
            for release in page.releases:
                body_hash = release.body_hash
                coding = release.coding or {}
                existing = self.db.execute(
                    "select first_seen, last_seen, body_hash from press_releases where id = ?",
                    [release.id],
                ).fetchone()
                new_version = self._upsert_version(
                    "release_versions",
                    ("release_id", release.id),
                    body_hash,
                    {"title": release.title, "body": release.body},
                    seen_at,
                    fetch_id,
                )
                if existing is not None and seen_at < existing[1] and body_hash != existing[2]:
                    continue  # an older archive: history only
                self._save_current(
                    "press_releases",
                    {
                        "id": release.id,
                        "jurisdiction": release.jurisdiction,
                        "url": release.url,
                        "title": release.title,
                        "published": release.published,
                        "body": release.body,
                        "body_hash": body_hash,
                        "promotes_hotline": int(bool(coding.get("promotes_hotline"))),
                        **{
                            flag: int(bool(coding.get(flag))) if release.coding else None
                            for flag in RELEASE_CODING_FLAGS
                        },
                        "source": page.source,
                        "last_fetch_id": fetch_id,
                        **_seen_dates(existing[:2] if existing else None, seen_at),
                    },
                    existing,
                    # body_hash covers title and body, the indexed columns.
                    indexed=(("title", None), ("body", None)),
                    same_content=existing is not None and existing[2] == body_hash,
                )
                record = RecordRef(
                    "press_releases", release.id, release.jurisdiction, release.title, release.url
                )
                if existing is None:
                    counts["new_releases"] += 1
                elif new_version:
                    counts["new_versions"] += 1
                else:
                    counts["seen_again"] += 1
                had_campaign = self._row("campaigns", "release_id", release.id) is not None
                if release.coding is not None:
                    self._save_campaign(release, body_hash, coding)
                note.add_all(
                    detect.release_changes(
                        {"body_hash": existing[2]} if existing else None,
                        had_campaign,
                        release,
                        record,
                        baseline,
                        seen_at,
                        _lead(release.body),
                    )
                )
        return counts

    def _upsert_version(
        self,
        table: str,
        key: tuple[str, str],
        content_hash: str,
        content: dict[str, Any],
        seen_at: str,
        fetch_id: int,
    ) -> bool:
        """Record that a text version was seen; True when it is a version not seen before."""
        key_column, key_value = key
        hash_column = "text_hash" if table == "section_versions" else "body_hash"
        version = self.db.execute(
            f"select first_seen, last_seen from {table} "
            f"where {key_column} = ? and {hash_column} = ?",
            [key_value, content_hash],
        ).fetchone()
        if version is None:
            self._insert(
                table,
                {
                    key_column: key_value,
                    hash_column: content_hash,
                    **content,
                    "first_seen": seen_at,
                    "last_seen": seen_at,
                    "fetch_id": fetch_id,
                },
            )
            return True
        self._update(
            table,
            {key_column: key_value, hash_column: content_hash},
            {"first_seen": min(version[0], seen_at), "last_seen": max(version[1], seen_at)},
        )
        return False

    def _save_campaign(self, release: ReleaseRecord, body_hash: str, coding: dict) -> None:
        if not coding.get("promotes_hotline"):
            # Re-coding can withdraw a campaign (rules improved): keep the tables consistent.
            self.db.execute("delete from campaigns where release_id = ?", [release.id])
            return
        row: dict[str, Any] = {
            "release_id": release.id,
            "jurisdiction": release.jurisdiction,
            "published": release.published,
            "title": release.title,
            "url": release.url,
            "body_hash": body_hash,
        }
        for column in CAMPAIGN_COLUMNS:
            row[column] = json.dumps(coding.get(column) or [], ensure_ascii=False)
        self._upsert_if_changed("campaigns", "release_id", row)

    def _row(self, table: str, pk: str, value: str) -> dict[str, Any] | None:
        cursor = self.db.execute(f"select * from {table} where {pk} = ?", [value])
        values = cursor.fetchone()
        if values is None:
            return None
        return dict(zip([c[0] for c in cursor.description], values, strict=True))

    def is_baseline(self, run_id: int | None, source: str, table: str) -> bool:
        """True while a source stores its first records: they are a baseline, not changes.

        Decided once per (run, source), before the source's first page of the run is written,
        so a first crawl of a newsroom does not flood advocates with "new release" alerts.
        A source that was crawled successfully before but had nothing yet (a newsroom whose
        first release comes later) is past its baseline: its first record is news.
        """
        key = (run_id, source)
        if key not in self._baseline:
            seen_before = (
                self.db.execute(
                    f"select 1 from {table} where source = ? limit 1", [source]
                ).fetchone()
                or self.db.execute(
                    "select 1 from fetches where source = ? and outcome = 'ok' "
                    "and run_id is not ? limit 1",
                    [source, run_id],
                ).fetchone()
            )
            self._baseline[key] = seen_before is None
        return self._baseline[key]

    def _save_current(
        self,
        table: str,
        row: dict[str, Any],
        existing: tuple | None,
        indexed: tuple[tuple[str, int | None], ...],
        same_content: bool,
    ) -> None:
        """Write the current state of a section or release.

        New or changed content: the whole row (its full-text entry is rewritten). Seen again
        unchanged: only the other columns, so the full-text index is not touched on every
        re-fetch. `indexed` names the full-text columns with their position in `existing`
        (None: covered by the content hash).
        """
        if not same_content:
            self._upsert(table, row, ("id",))
            return
        values = {k: v for k, v in row.items() if k != "id" and k not in dict(indexed)}
        for column, position in indexed:
            if position is not None and existing is not None and existing[position] != row[column]:
                values[column] = row[column]
        self._update(table, {"id": row["id"]}, values)

    def _upsert_if_changed(
        self, table: str, pk: str, row: dict[str, Any], old: dict[str, Any] | None = None
    ) -> None:
        """Upsert `row`, stamping coded_at, unless the stored row (`old`, read if not given)
        already says the same."""
        old = old if old is not None else self._row(table, pk, row[pk])
        if old is not None and all(old.get(k) == v for k, v in row.items()):
            return
        self._upsert(table, {**row, "coded_at": utcnow()}, (pk,))

    def counts(self) -> dict[str, int]:
        """Row counts of the content tables (what a repeated crawl must not change)."""
        return {
            t: self.db[t].count
            for t in (
                "statute_sections",
                "section_versions",
                "provisions",
                "press_releases",
                "release_versions",
                "campaigns",
            )
            if self.db[t].exists()
        }


def _seen_dates(existing: tuple | None, seen_at: str) -> dict[str, str]:
    """first_seen/last_seen after seeing a record at `seen_at`.

    Replays of old archives must not move the dates backwards."""
    if existing is None:
        return {"first_seen": seen_at, "last_seen": seen_at}
    return {"first_seen": min(existing[0], seen_at), "last_seen": max(existing[1], seen_at)}


def _lead(body: str, limit: int = 400) -> str:
    """The first paragraph of a release, cut at a word boundary."""
    first = next((p.strip() for p in body.split("\n\n") if p.strip()), "")
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + " …"


class _ChangeContext:
    """Writes the changes of one page into the page's transaction."""

    def __init__(self, store: Store, run_id: int | None, fetch_id: int | None, fetched_at: str):
        self.store, self.run_id, self.fetch_id = store, run_id, fetch_id
        self.fetched_at = fetched_at

    def add_all(self, changes: Iterable[Change | None]) -> None:
        for change in changes:
            if change is not None:
                self.store._insert(
                    "changes", change_row(change, self.run_id, self.fetch_id, self.fetched_at)
                )


def change_row(
    change: Change, run_id: int | None, fetch_id: int | None, fetched_at: str
) -> dict[str, Any]:
    """The `changes` row of a Change."""
    record = change.record
    single = change.fields[0] if len(change.fields) == 1 else None
    return {
        "run_id": run_id,
        "fetch_id": fetch_id,
        "detected_at": utcnow(),
        "fetched_at": fetched_at,
        "jurisdiction": record.jurisdiction,
        "change_type": change.change_type,
        "types": json.dumps(list(change.types)),
        "audience": change.audience,
        "relevant": int(change.relevant),
        "record_table": record.table,
        "record_id": record.id,
        "label": record.label,
        "url": record.url,
        "field": ", ".join(f.field for f in change.fields) or None,
        "old_value": change.old_value
        or (json.dumps(single.old, ensure_ascii=False) if single else None),
        "new_value": change.new_value
        or (json.dumps(single.new, ensure_ascii=False) if single else None),
        "fields": json.dumps([f.as_json() for f in change.fields], ensure_ascii=False)
        if change.fields
        else None,
        "words": json.dumps(change.words, ensure_ascii=False) if change.words else None,
        "redline": change.redline,
        "session_law": change.session_law,
        "lead": change.lead,
        "summary": change.summary,
        "baseline": 0,
    }
