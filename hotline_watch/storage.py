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

from hotline_watch.items import FetchInfo, ReleasePage, ReleaseRecord, StatutePage, utcnow
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
        for table, cols in (
            ("press_releases", ["jurisdiction"]),
            ("press_releases", ["url"]),
            ("campaigns", ["jurisdiction"]),
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
    if not db["press_releases_fts"].exists():
        db["press_releases"].enable_fts(["title", "body"], create_triggers=True, tokenize="porter")
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

    def sync_sources(
        self, statutes: Iterable[Any] = (), offices: Iterable[Any] = ()
    ) -> None:
        """Mirror the registries into `sources` (the YAML files stay the truth)."""
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
                "urls": json.dumps(
                    [u for u in (o.feed, o.wp_json, o.js_data, o.listing.url) if u]
                ),
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
        releases = self.db.execute(
            """select count(distinct r.id) from press_releases r
               join fetches f on f.id = r.last_fetch_id where f.run_id = ?""",
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
                    "releases": releases,
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
                    "select first_seen, last_seen from statute_sections where id = ?",
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
                    **_seen_dates(existing, seen_at),
                }
                if existing is None:
                    counts["new_sections"] += 1
                self.db["statute_sections"].upsert(row, pk="id")
                new_version = self._upsert_version(
                    "section_versions",
                    ("section_id", section.id),
                    text_hash,
                    {"text": section.text},
                    seen_at,
                    fetch_id,
                )
                if not new_version:
                    counts["seen_again"] += 1
                elif existing is not None:
                    counts["new_versions"] += 1
                if section.coding is not None:
                    self._save_provision(section.id, text_hash, section.coding)
        return counts

    def save_release_page(self, page: ReleasePage, run_id: int | None) -> dict[str, int]:
        """Store one AG page (listing or release) and its release in a single transaction."""
        counts = {"new_releases": 0, "new_versions": 0, "seen_again": 0}
        seen_at = page.fetch.fetched_at
        with self.db.atomic():
            fetch_id = self._insert_fetch(run_id, page.source, page.fetch)
            for release in page.releases:
                body_hash = release.body_hash
                coding = release.coding or {}
                existing = self.db.execute(
                    "select first_seen, last_seen from press_releases where id = ?", [release.id]
                ).fetchone()
                row = {
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
                    **_seen_dates(existing, seen_at),
                }
                if existing is None:
                    counts["new_releases"] += 1
                self.db["press_releases"].upsert(row, pk="id")
                new_version = self._upsert_version(
                    "release_versions",
                    ("release_id", release.id),
                    body_hash,
                    {"title": release.title, "body": release.body},
                    seen_at,
                    fetch_id,
                )
                if not new_version:
                    counts["seen_again"] += 1
                elif existing is not None:
                    counts["new_versions"] += 1
                if release.coding is not None:
                    self._save_campaign(release, body_hash, coding)
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
            self.db[table].insert(
                {
                    key_column: key_value,
                    hash_column: content_hash,
                    **content,
                    "first_seen": seen_at,
                    "last_seen": seen_at,
                    "fetch_id": fetch_id,
                },
                pk=(key_column, hash_column),
            )
            return True
        self.db[table].update(
            (key_value, content_hash),
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

    def _upsert_if_changed(self, table: str, pk: str, row: dict[str, Any]) -> None:
        """Upsert `row`, stamping coded_at, unless the stored row already says the same."""
        current = self.db.execute(f"select * from {table} where {pk} = ?", [row[pk]])
        values = current.fetchone()
        if values is not None:
            old = dict(zip([c[0] for c in current.description], values, strict=True))
            if all(old.get(k) == v for k, v in row.items()):
                return
        self.db[table].upsert({**row, "coded_at": utcnow()}, pk=pk)

    def _save_provision(self, section_id: str, text_hash: str, coding: dict[str, Any]) -> None:
        row: dict[str, Any] = {"section_id": section_id, "text_hash": text_hash}
        for column in PROVISION_COLUMNS:
            value = coding.get(column)
            if column in _JSON_FIELDS:
                value = json.dumps(value or [], ensure_ascii=False)
            elif column == "requires_posting":
                value = int(bool(value))
            row[column] = value
        self._upsert_if_changed("provisions", "section_id", row)

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
