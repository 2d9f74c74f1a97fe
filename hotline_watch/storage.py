"""SQLite storage through sqlite-utils: schema, runs, and one transaction per fetched page.

Natural keys make every write an upsert, so repeating a crawl adds no section, version or
provision rows; a changed text adds exactly one `section_versions` row. `runs`, `fetches` and
`source_runs` are logs: each run appends to them by design.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlite_utils

from hotline_watch.items import FetchInfo, StatutePage, utcnow
from hotline_watch.jurisdictions import JURISDICTIONS

#: Bumped when the schema changes; older databases are migrated in `ensure_schema`.
SCHEMA_VERSION = 1

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
_JSON_FIELDS = {
    "establishments",
    "languages",
    "hotline_numbers",
    "hotlines",
    "penalties",
    "evidence",
}


class StorageError(Exception):
    """The database cannot be used (wrong file, newer schema, locked)."""


def open_db(path: str | os.PathLike) -> sqlite_utils.Database:
    """Open (creating if needed) the database with the settings every writer uses."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA busy_timeout = 30000")
        # WAL lets Datasette read while a crawl writes; each page commit is durable.
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path}: not a usable SQLite database: {exc}") from exc
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create every table, index and FTS index that does not exist yet."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"{db.conn.execute('PRAGMA database_list').fetchone()[2]}: schema version {version} "
            f"is newer than this hotline-watch understands ({SCHEMA_VERSION}); "
            "upgrade hotline-watch"
        )
    with db.atomic():
        db["jurisdictions"].create(
            {"code": str, "name": str, "fips": str}, pk="code", if_not_exists=True
        )
        db["jurisdictions"].upsert_all([j._asdict() for j in JURISDICTIONS.values()], pk="code")
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
        for table, cols in (
            ("fetches", ["run_id"]),
            ("fetches", ["url"]),
            ("statute_sections", ["jurisdiction"]),
            ("section_versions", ["section_id"]),
        ):
            db[table].create_index(cols, if_not_exists=True)
    if not db["statute_sections_fts"].exists():
        db["statute_sections"].enable_fts(
            ["citation", "heading", "text"], create_triggers=True, tokenize="porter"
        )
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


class Store:
    """The one writer API: pipelines, `ingest` and the CLI all go through it."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.db = open_db(self.path)
        ensure_schema(self.db)

    def close(self) -> None:
        self.db.close()

    # -- registry mirror -------------------------------------------------------------------

    def sync_statute_sources(self, sources: Iterable[Any]) -> None:
        """Mirror the statute registry into `sources` (the registry file stays the truth)."""
        rows = [
            {
                "id": s.spider_name,
                "kind": "statutes",
                "jurisdiction": s.jurisdiction,
                "adapter": s.adapter,
                "law_status": s.law_status,
                "allowed_domains": json.dumps(list(s.allowed_domains)),
                "urls": json.dumps([sec.url for sec in s.sections]),
                "citations": json.dumps([sec.citation for sec in s.sections]),
                "verified": json.dumps(sorted({sec.verified for sec in s.sections})),
                "notes": s.notes,
            }
            for s in sources
        ]
        with self.db.atomic():
            self.db["sources"].upsert_all(rows, pk="id")

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

    def finish_run(self, run_id: int, status: str | None = None) -> dict[str, Any]:
        """Close a run with totals from its fetches and source results; returns the row."""
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
        if status is None:
            status = "failed" if failed else "ok"
        with self.db.atomic():
            self.db["runs"].update(
                run_id,
                {
                    "finished": utcnow(),
                    "status": status,
                    "sources": sources,
                    "pages": totals[0],
                    "sections": sections,
                    "errors": totals[1],
                },
            )
        return self.db["runs"].get(run_id)

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

    # -- pages -----------------------------------------------------------------------------

    def _insert_fetch(self, run_id: int | None, source: str, fetch: FetchInfo) -> int:
        table = self.db["fetches"].insert(
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
            }
        )
        return int(table.last_pk)

    def save_statute_page(self, page: StatutePage, run_id: int | None) -> dict[str, int]:
        """Store one page's fetch and sections in a single transaction.

        Returns counts of what changed: new sections, new versions, updated (seen again).
        """
        counts = {"new_sections": 0, "new_versions": 0, "seen_again": 0}
        seen_at = page.fetch.fetched_at
        with self.db.atomic():
            fetch_id = self._insert_fetch(run_id, page.source, page.fetch)
            for section in page.sections:
                text_hash = section.text_hash
                existing = self.db.execute(
                    "select text_hash, first_seen, last_seen from statute_sections where id = ?",
                    [section.id],
                ).fetchone()
                row = {
                    "id": section.id,
                    "jurisdiction": section.jurisdiction,
                    "code": section.code,
                    "section_number": section.section_number,
                    "citation": section.registry_citation or section.citation,
                    "heading": section.heading,
                    "url": section.url,
                    "text": section.text,
                    "history": section.history,
                    "text_hash": text_hash,
                    "source": page.source,
                    "last_fetch_id": fetch_id,
                }
                if existing is None:
                    counts["new_sections"] += 1
                    row.update(first_seen=seen_at, last_seen=seen_at)
                else:
                    # Replays of old archives must not move the dates backwards.
                    row.update(
                        first_seen=min(existing[1], seen_at), last_seen=max(existing[2], seen_at)
                    )
                self.db["statute_sections"].upsert(row, pk="id")
                version = self.db.execute(
                    "select first_seen, last_seen from section_versions "
                    "where section_id = ? and text_hash = ?",
                    [section.id, text_hash],
                ).fetchone()
                if version is None:
                    if existing is not None:
                        counts["new_versions"] += 1
                    self.db["section_versions"].insert(
                        {
                            "section_id": section.id,
                            "text_hash": text_hash,
                            "text": section.text,
                            "first_seen": seen_at,
                            "last_seen": seen_at,
                            "fetch_id": fetch_id,
                        },
                        pk=("section_id", "text_hash"),
                    )
                else:
                    counts["seen_again"] += 1
                    self.db["section_versions"].update(
                        (section.id, text_hash),
                        {
                            "first_seen": min(version[0], seen_at),
                            "last_seen": max(version[1], seen_at),
                        },
                    )
                if section.coding is not None:
                    self._save_provision(section.id, text_hash, section.coding)
        return counts

    def _save_provision(self, section_id: str, text_hash: str, coding: dict[str, Any]) -> None:
        row: dict[str, Any] = {"section_id": section_id, "text_hash": text_hash}
        for column in PROVISION_COLUMNS:
            value = coding.get(column)
            if column in _JSON_FIELDS:
                value = json.dumps(value or [], ensure_ascii=False)
            elif column == "requires_posting":
                value = int(bool(value))
            row[column] = value
        current = self.db.execute(
            "select * from provisions where section_id = ?", [section_id]
        ).fetchone()
        if current is not None:
            columns = [
                c[0] for c in self.db.execute("select * from provisions limit 0").description
            ]
            old = dict(zip(columns, current, strict=True))
            if all(old.get(k) == v for k, v in row.items()):
                return  # unchanged: keep coded_at, write nothing
        row["coded_at"] = utcnow()
        self.db["provisions"].upsert(row, pk="section_id")

    def counts(self) -> dict[str, int]:
        """Row counts of the content tables (what a repeated crawl must not change)."""
        return {
            t: self.db[t].count
            for t in ("statute_sections", "section_versions", "provisions")
            if self.db[t].exists()
        }
