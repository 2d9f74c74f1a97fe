"""Datasette's table pages through hotline-watch's faster SQL give the same answers as
Datasette's own SQL (hotline_watch/fastsql.py), and facet_counts stays exact."""

from __future__ import annotations

import asyncio
import hashlib
import random
import sqlite3

import pytest

from hotline_watch import fastsql
from hotline_watch.storage import Store, refresh_facet_counts
from hotline_watch.web import make_datasette

CODES = ["CA", "HI", "TX", "NY", "OH"]


def _release(i: int, rng: random.Random) -> dict:
    j = rng.choice(CODES)
    body = " ".join(
        rng.choice(["trafficking", "hotline", "consumer", "fraud", "court"]) for _ in range(8)
    )
    return {
        "id": f"{j}:{i:012x}",
        "jurisdiction": j,
        "url": f"https://ag.example.gov/{j}/{i}",
        "title": f"Release {i}",
        "published": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "body": body,
        "body_hash": hashlib.sha256(body.encode()).hexdigest(),
        "first_seen": "2026-11-01T00:00:00+00:00",
        "last_seen": "2026-11-01T00:00:00+00:00",
        "promotes_hotline": rng.choice([0, 1, None]),
        "source": f"ag_{j.lower()}",
    }


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("fastsql") / "f.db"
    store = Store(path)
    rng = random.Random(7)
    store.db["press_releases"].insert_all([_release(i, rng) for i in range(400)])
    store.close()
    return path


def _get(path, url: str):
    async def fetch():
        ds = make_datasette(path)
        return await ds.client.get(url)

    response = asyncio.run(fetch())
    assert response.status_code == 200, response.text[:300]
    return response.json()


def _direct(path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _facet(data: dict, column: str) -> dict:
    return {r["value"]: r["count"] for r in data["facet_results"][column]["results"]}


def test_facet_bookkeeping_stays_exact_through_inserts_updates_and_deletes(tmp_path):
    """facet_counts (whole-table facets) and press_releases_facet_rows (a search's facets)."""
    store = Store(tmp_path / "c.db")
    rng = random.Random(1)
    store.db["press_releases"].insert_all([_release(i, rng) for i in range(60)])
    store.db.execute("update press_releases set jurisdiction = 'TX' where rowid % 3 = 0")
    store.db.execute("update press_releases set promotes_hotline = 1 where rowid % 4 = 0")
    store.db.execute("update press_releases set promotes_hotline = null where rowid % 7 = 0")
    store.db.execute("delete from press_releases where rowid % 5 = 0")
    counts = "select tbl, col, value, n from facet_counts"
    narrow = "select rowid, jurisdiction, promotes_hotline from "
    kept = sorted(store.db.execute(counts + " where n > 0"))
    kept_rows = sorted(store.db.execute(narrow + "press_releases_facet_rows"))
    assert kept_rows == sorted(store.db.execute(narrow + "press_releases")) and len(kept_rows) == 48
    refresh_facet_counts(store.db)  # recounted and refilled from scratch
    assert kept == sorted(store.db.execute(counts))
    assert kept_rows == sorted(store.db.execute(narrow + "press_releases_facet_rows"))
    store.close()


def test_whole_table_facets_come_from_facet_counts_with_the_same_numbers(db):
    data = _get(db, "/hotline/press_releases.json?_facet=jurisdiction&_facet=promotes_hotline")
    for column in ("jurisdiction", "promotes_hotline"):
        expected = dict(
            _direct(
                db,
                f"select {column}, count(*) from press_releases where {column} is not null "
                f"group by {column}",
            )
        )
        assert _facet(data, column) == expected
    sql = (
        "select jurisdiction as value, count(*) as count from ( select id from press_releases ) "
        "where jurisdiction is not null group by jurisdiction order by count desc, value limit 31"
    )
    assert "facet_counts" in fastsql.facet_sql(sql, {"press_releases": ("jurisdiction",)})


@pytest.mark.parametrize("threshold", [1, 10**9])  # ordered index scan, and lookups + sort
def test_search_pages_give_datasettes_answers(db, monkeypatch, threshold):
    monkeypatch.setattr(fastsql, "ORDERED_SCAN_MIN_MATCHES", threshold)
    data = _get(
        db,
        "/hotline/press_releases.json?_search=trafficking&_facet=jurisdiction"
        "&_facet=promotes_hotline&_shape=objects&_size=20",
    )
    # Datasette's own SQL is what the rewrites recognise (the rows, and its count).
    sql = data["query"]["sql"]
    assert fastsql.rows_plan(sql) is not None
    where = sql.split(" from press_releases ", 1)[1].split(" order by ")[0]
    assert fastsql.count_sql(f"select count(*) from press_releases {where}") is not None
    matches = "rowid in (select rowid from press_releases_fts where press_releases_fts match ?)"
    (count,) = _direct(db, f"select count(*) from press_releases where {matches}", ["trafficking"])[
        0
    ]
    assert data["filtered_table_rows_count"] == count > 20
    rows = _direct(
        db,
        f"select id from press_releases where {matches} order by published desc, id limit 20",
        ["trafficking"],
    )
    # The same dates in the same order (ties between equal dates may come in any order).
    published = dict(_direct(db, "select id, published from press_releases"))
    assert [published[r["id"]] for r in data["rows"]] == [published[i] for (i,) in rows]
    for column in ("jurisdiction", "promotes_hotline"):
        expected = dict(
            _direct(
                db,
                f"select {column}, count(*) from press_releases where {matches} "
                f"and {column} is not null group by {column}",
                ["trafficking"],
            )
        )
        assert _facet(data, column) == expected


def test_other_sql_runs_as_written():
    assert fastsql.count_sql("select count(*) from press_releases where jurisdiction = :p0") is None
    assert (
        fastsql.rows_plan("select * from press_releases order by published desc limit 51") is None
    )
    assert (
        fastsql.facet_sql(
            "select url as value, count(*) as count from ( select id from press_releases ) "
            "where url is not null group by url order by count desc, value limit 31",
            {"press_releases": ("jurisdiction",)},
        )
        is None
    )


def test_pages_are_gzipped_for_clients_that_accept_it(db):
    async def fetch(encoding: str):
        ds = make_datasette(db)
        return await ds.client.get(
            "/hotline/press_releases?_search=trafficking", headers={"Accept-Encoding": encoding}
        )

    plain, zipped = asyncio.run(fetch("identity")), asyncio.run(fetch("gzip"))
    assert plain.headers.get("content-encoding") is None
    assert zipped.headers["content-encoding"] == "gzip"
    assert int(zipped.headers["content-length"]) < len(plain.content) / 2
    # The same page (httpx decodes it), but for the query time Datasette prints.
    assert zipped.text.split("took")[0] == plain.text.split("took")[0]


def test_a_searchs_facets_are_counted_from_the_narrow_rows(db, monkeypatch):
    ran: list[str] = []
    original = fastsql.Database.execute

    async def execute(self, sql, *args, **kwargs):
        ran.append(sql)
        return await original(self, sql, *args, **kwargs)

    monkeypatch.setattr(fastsql.Database, "execute", execute)
    data = _get(db, "/hotline/press_releases.json?_search=court&_facet=jurisdiction")
    counted = [sql for sql in ran if "count(*) from [press_releases_facet_rows]" in sql]
    assert len(counted) == 1, ran
    # A search with another filter reads the table itself (its filter may name any column).
    ran.clear()
    _get(db, "/hotline/press_releases.json?_search=court&title__contains=1&_facet=jurisdiction")
    assert not any("press_releases_facet_rows" in sql for sql in ran)
    matches = "rowid in (select rowid from press_releases_fts where press_releases_fts match ?)"
    expected = dict(
        _direct(
            db,
            f"select jurisdiction, count(*) from press_releases where {matches} "
            "group by jurisdiction",
            ["court"],
        )
    )
    assert _facet(data, "jurisdiction") == expected
