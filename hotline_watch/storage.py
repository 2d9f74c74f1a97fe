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

from hotline_watch.changes import TRACKED_FIELDS, describe_field_change, field_value, redline
from hotline_watch.items import (
    FetchInfo,
    ReleasePage,
    ReleaseRecord,
    SectionRecord,
    StatutePage,
    utcnow,
)
from hotline_watch.jurisdictions import JURISDICTIONS
from hotline_watch.views import create_views

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
}
#: Coded campaign columns (a `campaigns` row exists only for releases that promote the hotline).
CAMPAIGN_COLUMNS: dict[str, type] = {
    "campaign_types": str,
    "hotline_numbers": str,
    "hotlines": str,
    "partners": str,
    "media": str,
    "evidence": str,
}
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
}


#: Per source: its latest run, the one before, and whether it is healthy. "failing" when the
#: latest run failed; "warning" when items fell by more than half against the previous run.
SOURCE_HEALTH_VIEW = """
create view source_health as
with ranked as (
  select sr.*, row_number() over (partition by source order by run_id desc) as n
  from source_runs sr
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
  (select max(run_id) from source_runs ok where ok.source = latest.source
     and ok.outcome = 'ok') as last_ok_run,
  case
    when latest.outcome = 'failed' then 'failing'
    when prev.items > 0 and latest.items * 2 < prev.items then 'warning'
    else 'healthy'
  end as health
from ranked latest
left join ranked prev on prev.source = latest.source and prev.n = 2
left join sources s on s.id = latest.source
left join runs r on r.id = latest.run_id
where latest.n = 1
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
def m003_run_message(db: sqlite_utils.Database) -> None:
    """Why a run failed or was interrupted (storage error, signal), in one line."""
    if "message" not in db["runs"].columns_dict:
        db["runs"].add_column("message", str)


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
            ("section_versions", ["section_id"]),
        ):
            db[table].create_index(cols, if_not_exists=True)
    db.execute("drop view if exists source_health")
    db.execute(SOURCE_HEALTH_VIEW)
    create_views(db)  # researchers' views (state overview, panel): after the tables exist
    if not db["statute_sections_fts"].exists():
        db["statute_sections"].enable_fts(
            ["citation", "heading", "text"], create_triggers=True, tokenize="porter"
        )
    if not db["press_releases_fts"].exists():
        db["press_releases"].enable_fts(["title", "body"], create_triggers=True, tokenize="porter")
    _narrow_fts_update_triggers(db, "statute_sections", ["citation", "heading", "text"])
    _narrow_fts_update_triggers(db, "press_releases", ["title", "body"])


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

    def close(self) -> None:
        self.db.close()

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
            }
            for s in statutes
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
            }
            for o in offices
        ]
        with self.db.atomic():
            self.db["sources"].upsert_all(rows, pk="id")

    def known_release_urls(self, jurisdiction: str) -> set[str]:
        """URLs of releases already stored for a jurisdiction (AG spiders stop paging there)."""
        return {
            row[0]
            for row in self.db.execute(
                "select url from press_releases where jurisdiction = ?", [jurisdiction]
            )
        }

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
            """select count(*), coalesce(sum(outcome not in ('ok', 'not_archived')), 0)
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
        releases = self.db.execute(
            """select count(distinct r.id) from press_releases r
               join fetches f on f.id = r.last_fetch_id where f.run_id = ?""",
            [run_id],
        ).fetchone()[0]
        if status is None:
            status = "failed" if failed else "ok"
        if message is None and failed:
            message = f"{failed} of {sources} sources failed"
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
                },
            )
        return self.db["runs"].get(run_id)

    def _note_failing_sources(self, run_id: int) -> None:
        """Record a source_failing change for each source that worked last time and not now."""
        rows = self.db.execute(
            """select sr.source, sr.message, s.jurisdiction, s.urls,
                 (select prev.outcome from source_runs prev
                  where prev.source = sr.source and prev.run_id < sr.run_id
                  order by prev.run_id desc limit 1) as previous
               from source_runs sr left join sources s on s.id = sr.source
               where sr.run_id = ? and sr.outcome = 'failed'""",
            [run_id],
        ).fetchall()
        with self.db.atomic():
            for source, message, jurisdiction, urls, previous in rows:
                if previous not in ("ok",):
                    continue  # already failing (or never worked): alert once, at the start
                first_url = (json.loads(urls or "[]") or [None])[0]
                _ChangeContext(self, run_id, None, utcnow(), False).add(
                    "source_failing",
                    ("sources", source, jurisdiction or "", source, first_url or ""),
                    summary=f"Source {source} started failing: {message}",
                )

    def record_source_result(
        self, run_id: int, source: str, pages: int, items: int, errors: int, message: str | None
    ) -> None:
        # City Bureau's rule: a source that was asked for pages and produced nothing is failing.
        # Sources with no URLs (no known law) and replays of unarchived URLs are not.
        if errors:
            outcome = "failed"
        elif items:
            outcome = "ok"
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
                },
                pk=("run_id", "source"),
            )

    def close_interrupted_runs(self) -> list[int]:
        """Mark `run` rows a dead process left "running" (kill -9, power loss) "interrupted".

        Only for `hotline-watch run` while it holds the run lock: no other `run` can be alive,
        so such a row can only belong to a process that died. Every page it stored is kept
        (each page is its own transaction); its totals are filled in from what was stored.
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

    def _insert_fetch(self, run_id: int | None, source: str, fetch: FetchInfo) -> int:
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
            },
        )

    def save_statute_page(self, page: StatutePage, run_id: int | None) -> dict[str, int]:
        """Store one page's fetch, sections, versions, provisions and changes atomically.

        Returns counts: new sections, new versions (text changed), seen again.
        """
        counts = {"new_sections": 0, "new_versions": 0, "seen_again": 0}
        seen_at = page.fetch.fetched_at
        with self.db.atomic():
            baseline = self._is_baseline(run_id, page.source, "statute_sections")
            fetch_id = self._insert_fetch(run_id, page.source, page.fetch)
            note = _ChangeContext(self, run_id, fetch_id, seen_at, baseline)
            for section in page.sections:
                self._save_section(section, page.source, fetch_id, seen_at, counts, note)
            if page.fetch.outcome == "not_found":
                self._mark_missing(page.fetch.url, note)
        return counts

    def _save_section(
        self,
        section: SectionRecord,
        source: str,
        fetch_id: int,
        seen_at: str,
        counts: dict[str, int],
        note: _ChangeContext,
    ) -> None:
        text_hash = section.text_hash
        existing = self.db.execute(
            "select first_seen, last_seen, text_hash, text, citation, heading "
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
                **_seen_dates(existing[:2] if existing else None, seen_at),
            },
            existing,
            indexed=(("text", 3), ("citation", 4), ("heading", 5)),
            same_content=existing is not None and existing[2] == text_hash,
        )
        record = ("statute_sections", section.id, section.jurisdiction, citation, section.url)
        if existing is None:
            counts["new_sections"] += 1
            posting = bool(section.coding and section.coding.get("requires_posting"))
            note.add(
                "new_section",
                record,
                summary=f"New section {citation}"
                + (f" ({section.heading})" if section.heading else "")
                + (": requires posting the hotline" if posting else ""),
            )
        elif text_hash != existing[2]:
            counts["new_versions"] += 1
            diff = redline(existing[3], section.text)
            note.add(
                "text_changed",
                record,
                summary=f"Text of {citation} changed",
                old=existing[2],
                new=text_hash,
                redline=diff,
            )
        elif not new_version:
            counts["seen_again"] += 1
        if section.coding is not None:
            self._save_provision(section, text_hash, record, note)

    def _save_provision(
        self, section: SectionRecord, text_hash: str, record: tuple, note: _ChangeContext
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
        old = self._row("provisions", "section_id", section.id)
        if old is not None:
            for field in TRACKED_FIELDS:
                if old.get(field) != row[field]:
                    note.add(
                        "coding_changed",
                        record,
                        summary=describe_field_change(
                            field, field_value(old.get(field)), field_value(row[field])
                        )
                        + f" ({record[3]})",
                        field=field,
                        old=field_value(old.get(field)),
                        new=field_value(row[field]),
                    )
        if row["requires_posting"] and not (old and old["requires_posting"]):
            others = self.db.execute(
                "select exists (select 1 from provisions p "
                "join statute_sections s on s.id = p.section_id "
                "where s.jurisdiction = ? and p.requires_posting = 1 and p.section_id != ?)",
                [section.jurisdiction, section.id],
            ).fetchone()[0]
            if not others:
                note.add(
                    "law_gained",
                    record,
                    summary=f"{section.jurisdiction} now has a hotline-posting law: {record[3]}",
                )
        self._upsert_if_changed("provisions", "section_id", row, old)

    def _mark_missing(self, url: str, note: _ChangeContext) -> None:
        """A successful fetch says the section is not there: gone after two in a row."""
        rows = self.db.execute(
            "select id, jurisdiction, citation, missing_count from statute_sections where url = ?",
            [url],
        ).fetchall()
        for section_id, jurisdiction, citation, missing in rows:
            missing = (missing or 0) + 1
            self._update("statute_sections", {"id": section_id}, {"missing_count": missing})
            if missing == 2:
                note.add(
                    "section_gone",
                    ("statute_sections", section_id, jurisdiction, citation, url),
                    summary=f"{citation} is missing from the official site "
                    "(two successful fetches in a row): possible repeal or renumbering",
                )

    def save_release_page(self, page: ReleasePage, run_id: int | None) -> dict[str, int]:
        """Store one AG page (listing or release), its release and changes atomically."""
        counts = {"new_releases": 0, "new_versions": 0, "seen_again": 0}
        seen_at = page.fetch.fetched_at
        with self.db.atomic():
            baseline = self._is_baseline(run_id, page.source, "press_releases")
            fetch_id = self._insert_fetch(run_id, page.source, page.fetch)
            note = _ChangeContext(self, run_id, fetch_id, seen_at, baseline)
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
                        "source": page.source,
                        "last_fetch_id": fetch_id,
                        **_seen_dates(existing[:2] if existing else None, seen_at),
                    },
                    existing,
                    # body_hash covers title and body, the indexed columns.
                    indexed=(("title", None), ("body", None)),
                    same_content=existing is not None and existing[2] == body_hash,
                )
                record = (
                    "press_releases",
                    release.id,
                    release.jurisdiction,
                    release.title,
                    release.url,
                )
                if existing is None:
                    counts["new_releases"] += 1
                    note.add(
                        "new_release",
                        record,
                        summary=f"New release: {release.title}",
                        lead=_lead(release.body),
                    )
                elif new_version:
                    counts["new_versions"] += 1
                else:
                    counts["seen_again"] += 1
                if release.coding is not None:
                    self._save_campaign(release, body_hash, coding, record, note)
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

    def _save_campaign(
        self,
        release: ReleaseRecord,
        body_hash: str,
        coding: dict,
        record: tuple,
        note: _ChangeContext,
    ) -> None:
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
        if self._row("campaigns", "release_id", release.id) is None:
            types = ", ".join(coding.get("campaign_types") or []) or "campaign"
            note.add(
                "new_campaign",
                record,
                summary=f"Hotline campaign ({types}): {release.title}",
                lead=_lead(release.body),
            )
        self._upsert_if_changed("campaigns", "release_id", row)

    def _row(self, table: str, pk: str, value: str) -> dict[str, Any] | None:
        cursor = self.db.execute(f"select * from {table} where {pk} = ?", [value])
        values = cursor.fetchone()
        if values is None:
            return None
        return dict(zip([c[0] for c in cursor.description], values, strict=True))

    def _is_baseline(self, run_id: int | None, source: str, table: str) -> bool:
        """True while a source stores its first records: those changes are not alerted.

        Decided once per (run, source), before the source's first page of the run is written,
        so a first crawl of a new state does not flood advocates with "new section" alerts.
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
    """Collects the changes of one page into the page's transaction."""

    def __init__(
        self, store: Store, run_id: int | None, fetch_id: int, fetched_at: str, baseline: bool
    ):
        self.store, self.run_id, self.fetch_id = store, run_id, fetch_id
        self.fetched_at, self.baseline = fetched_at, baseline

    def add(
        self,
        change_type: str,
        record: tuple[str, str, str, str, str],
        summary: str,
        field: str | None = None,
        old: str | None = None,
        new: str | None = None,
        redline: str | None = None,
        lead: str | None = None,
    ) -> None:
        table, record_id, jurisdiction, label, url = record
        self.store._insert(
            "changes",
            {
                "run_id": self.run_id,
                "fetch_id": self.fetch_id,
                "detected_at": utcnow(),
                "fetched_at": self.fetched_at,
                "jurisdiction": jurisdiction,
                "change_type": change_type,
                "record_table": table,
                "record_id": record_id,
                "label": label,
                "url": url,
                "field": field,
                "old_value": old,
                "new_value": new,
                "redline": redline,
                "lead": lead,
                "summary": summary,
                "baseline": int(self.baseline),
            },
        )
