"""Storage: natural keys, versions, one transaction per page, FTS."""

from __future__ import annotations

import json

import pytest

from hotline_watch.items import FetchInfo, SectionRecord, StatutePage
from hotline_watch.storage import MIGRATIONS, StorageError, Store, open_db

TEXT_V1 = "(a) Every employer shall post the National Human Trafficking Hotline poster."
TEXT_V2 = TEXT_V1 + " (b) The poster shall be in English and Spanish."


def page(text: str = TEXT_V1, fetched_at: str = "2026-11-01T00:00:00+00:00", n: int = 1):
    sections = [
        SectionRecord(
            jurisdiction="HI",
            code="HRS",
            section_number=f"371-{20 + i}",
            citation=f"Haw. Rev. Stat. § 371-{20 + i}",
            url="https://www.capitol.hawaii.gov/x.htm",
            text=text,
            heading="Posting",
            coding={"requires_posting": True, "establishments": ["bar"], "evidence": []},
        )
        for i in range(n)
    ]
    return StatutePage(
        source="statutes_hi",
        jurisdiction="HI",
        adapter="hi_hrs",
        fetch=FetchInfo(
            url="https://www.capitol.hawaii.gov/x.htm", fetched_at=fetched_at, outcome="ok"
        ),
        sections=sections,
    )


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "t.db")
    yield s
    s.close()


def test_schema_has_the_tables_and_51_jurisdictions(store):
    tables = set(store.db.table_names())
    assert {
        "jurisdictions",
        "sources",
        "fetches",
        "runs",
        "source_runs",
        "statute_sections",
        "section_versions",
        "provisions",
    } <= tables
    assert store.db["jurisdictions"].count == 51
    assert store.db["jurisdictions"].get("DC")["fips"] == "11"


def test_repeating_a_page_adds_no_rows(store):
    run = store.start_run("crawl", "test", "t")
    first = store.save_statute_page(page(), run)
    before = store.counts()
    again = store.save_statute_page(page(fetched_at="2026-11-02T00:00:00+00:00"), run)
    assert first["new_sections"] == 1
    assert again == {"new_sections": 0, "new_versions": 0, "seen_again": 1, "gone": 0}
    assert (
        store.counts()
        == before
        == {
            "statute_sections": 1,
            "section_versions": 1,
            "provisions": 1,
            "press_releases": 0,
            "release_versions": 0,
            "campaigns": 0,
        }
    )
    row = store.db["statute_sections"].get("HI:HRS:371-20")
    assert (row["first_seen"], row["last_seen"]) == (
        "2026-11-01T00:00:00+00:00",
        "2026-11-02T00:00:00+00:00",
    )


def test_changed_text_adds_exactly_one_version(store):
    store.save_statute_page(page(TEXT_V1), None)
    counts = store.save_statute_page(page(TEXT_V2, "2026-11-05T00:00:00+00:00"), None)
    assert counts["new_versions"] == 1
    versions = list(store.db["section_versions"].rows_where(order_by="first_seen"))
    assert [v["text"] for v in versions] == [TEXT_V1, TEXT_V2]
    assert store.db["statute_sections"].get("HI:HRS:371-20")["text"] == TEXT_V2
    # Seeing the old text again (e.g. a flip-flop on the site) re-uses its version row.
    store.save_statute_page(page(TEXT_V1, "2026-11-06T00:00:00+00:00"), None)
    assert store.db["section_versions"].count == 2


def test_replaying_an_older_archive_never_moves_dates_backwards(store):
    store.save_statute_page(page(fetched_at="2026-11-05T00:00:00+00:00"), None)
    store.save_statute_page(page(fetched_at="2026-10-01T00:00:00+00:00"), None)
    row = store.db["statute_sections"].get("HI:HRS:371-20")
    assert row["first_seen"] == "2026-10-01T00:00:00+00:00"
    assert row["last_seen"] == "2026-11-05T00:00:00+00:00"


def fail_provision(store, monkeypatch, nth: int) -> None:
    """Make the store's `nth` provision write from now on fail (mid-page, after rows)."""
    original = store._save_provision
    calls = {"n": 0}

    def fail_on_nth(*args):
        calls["n"] += 1
        if calls["n"] == nth:
            raise RuntimeError("disk full")
        return original(*args)

    monkeypatch.setattr(store, "_save_provision", fail_on_nth)


def test_a_page_is_one_transaction(store, monkeypatch):
    good = page(n=3)
    fail_provision(store, monkeypatch, 3)
    with pytest.raises(RuntimeError):
        store.save_statute_page(good, None)
    # Nothing of the page (fetch, first two sections) was kept.
    assert store.db["fetches"].count == 0
    assert store.db["statute_sections"].count == 0


def test_unchanged_coding_keeps_coded_at(store):
    store.save_statute_page(page(), None)
    coded_at = store.db["provisions"].get("HI:HRS:371-20")["coded_at"]
    store.save_statute_page(page(fetched_at="2026-11-09T00:00:00+00:00"), None)
    assert store.db["provisions"].get("HI:HRS:371-20")["coded_at"] == coded_at
    assert json.loads(store.db["provisions"].get("HI:HRS:371-20")["establishments"]) == ["bar"]


def test_full_text_search_on_sections(store):
    store.save_statute_page(page(TEXT_V2), None)
    hits = list(store.db["statute_sections"].search("spanish"))
    assert [h["id"] for h in hits] == ["HI:HRS:371-20"]


def fts_rows(store) -> int:
    """Writes to the full-text index so far (FTS5 bumps its structure record on each)."""
    return store.db.execute("select count(*) from statute_sections_fts_docsize").fetchone()[0]


def test_full_text_index_follows_text_and_heading_but_not_re_fetches(store):
    store.save_statute_page(page(TEXT_V1), None)
    changes = store.db.conn.total_changes
    store.save_statute_page(page(TEXT_V1, "2026-11-02T00:00:00+00:00"), None)
    # Seen again unchanged: last_seen moves, the full-text entry is not rewritten.
    row = store.db["statute_sections"].get("HI:HRS:371-20")
    assert row["last_seen"] == "2026-11-02T00:00:00+00:00"
    rewritten = store.db.conn.total_changes - changes
    # fetch + section + version; rewriting the full-text entry would add two more.
    assert rewritten == 3, f"{rewritten} rows written for an unchanged page"
    assert not list(store.db["statute_sections"].search("spanish"))

    store.save_statute_page(page(TEXT_V2, "2026-11-03T00:00:00+00:00"), None)
    assert [h["id"] for h in store.db["statute_sections"].search("spanish")] == ["HI:HRS:371-20"]
    renamed = page(TEXT_V2, "2026-11-04T00:00:00+00:00")
    renamed.sections[0].heading = "Bilingual placards"
    store.save_statute_page(renamed, None)
    assert [h["id"] for h in store.db["statute_sections"].search("placards")] == ["HI:HRS:371-20"]
    renamed = page(TEXT_V2, "2026-11-05T00:00:00+00:00")
    renamed.sections[0].heading = "Window notices"
    store.save_statute_page(renamed, None)
    assert not list(store.db["statute_sections"].search("placards"))  # the old heading
    assert [h["id"] for h in store.db["statute_sections"].search("window")] == ["HI:HRS:371-20"]
    assert fts_rows(store) == 1


def test_a_batch_is_indexed_once_at_its_commit(tmp_path, monkeypatch):
    from hotline_watch.writer import PageWriter

    class Owner:
        def pages_lost(self, pages: int, reason: str) -> None:
            raise AssertionError(reason)

    writer, owner = PageWriter(tmp_path / "w.db", batch_pages=100), Owner()
    store = writer.store
    writer.save(owner, lambda s: s.save_statute_page(page(TEXT_V1, n=3), None))
    # Sections of the open batch wait for its commit (FTS5 writes its pending entries out at
    # every savepoint, i.e. every page, when they are indexed one by one).
    assert fts_rows(store) == 0
    # A page that fails after two new sections were written: rolled back alone, never indexed.
    fail_provision(store, monkeypatch, 5)
    with pytest.raises(RuntimeError):
        writer.save(owner, lambda s: s.save_statute_page(page(TEXT_V1, n=5), None))
    monkeypatch.undo()
    # A section of the batch again, text and heading changed: the update trigger rewrites its
    # entry, so the batch is indexed first; then it is indexed as it is now.
    changed = page(TEXT_V2, "2026-11-02T00:00:00+00:00")
    changed.sections[0].heading = "Bilingual placards"
    writer.save(owner, lambda s: s.save_statute_page(changed, None))
    assert fts_rows(store) == 3
    writer.save(owner, lambda s: s.save_statute_page(page(TEXT_V1, n=4), None))  # one new
    assert fts_rows(store) == 3
    writer.commit()
    assert fts_rows(store) == 4
    store.db.execute(
        "insert into statute_sections_fts (statute_sections_fts) values ('integrity-check')"
    )
    assert [h["id"] for h in store.db["statute_sections"].search("placards")] == ["HI:HRS:371-20"]
    assert len(list(store.db["statute_sections"].search("hotline"))) == 4
    assert store.db["statute_sections"].count == 4
    writer.close()


def test_newer_schema_is_refused_and_nothing_written(tmp_path):
    s = Store(tmp_path / "n.db")
    s.db["_sqlite_migrations"].insert(
        {"migration_set": "hotline-watch", "name": "m999_future", "applied_at": "2030-01-01"}
    )
    s.close()
    before = (tmp_path / "n.db").read_bytes()
    with pytest.raises(StorageError, match="newer hotline-watch.*m999_future"):
        Store(tmp_path / "n.db")
    assert (tmp_path / "n.db").read_bytes() == before


def test_foreign_database_is_refused_and_nothing_written(tmp_path):
    path = tmp_path / "other.db"
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("create table invoices (id integer primary key, total real)")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="not created by hotline-watch.*invoices"):
        Store(path)
    assert path.read_bytes() == before


def test_older_schema_is_migrated_keeping_its_rows(tmp_path):
    # A database as the first release left it: only m001 applied, no `changes` table.
    path = tmp_path / "old.db"
    db = open_db(path)
    MIGRATIONS.apply(db, stop_before="m002_changes_and_alerts")
    db["statute_sections"].insert(
        {"id": "HI:HRS:371-20", "jurisdiction": "HI", "text": "old text", "text_hash": "x"}
    )
    db.close()
    store = Store(path)
    assert "changes" in store.db.table_names()
    assert "missing_count" in store.db["statute_sections"].columns_dict
    assert store.db["statute_sections"].get("HI:HRS:371-20")["text"] == "old text"
    applied = [m.name for m in MIGRATIONS.applied(store.db)]
    assert applied == [m.name for m in MIGRATIONS._migrations]  # later ones apply too
    assert applied[:2] == ["m001_initial", "m002_changes_and_alerts"]
    assert {"penalty_details", "agency_basis", "hotline_scope"} <= set(
        store.db["provisions"].columns_dict
    )
    assert {"campaign", "footer_only"} <= set(store.db["press_releases"].columns_dict)
    store.close()


def test_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="bad.db"):
        Store(bad)


#: What Datasette runs for /hotline/press_releases (metadata.yml: newest first, facets
#: jurisdiction and promotes_hotline), and the index each must use: on a million releases a
#: sort or a facet without one takes seconds, and facets past their time limit are dropped.
RELEASE_PAGE_QUERIES = {
    "select * from press_releases order by published desc limit 51": (
        "idx_press_releases_published"
    ),
    "select * from press_releases where jurisdiction = 'CA' order by published desc limit 51": (
        "idx_press_releases_jurisdiction_published"
    ),
    "select * from press_releases where promotes_hotline = 1 order by published desc limit 51": (
        "idx_press_releases_promotes_hotline_published"
    ),
    "select jurisdiction as value, count(*) as count from (select * from press_releases "
    "where promotes_hotline = 1) group by jurisdiction": (
        "COVERING INDEX idx_press_releases_promotes_hotline_jurisdiction"
    ),
    "select promotes_hotline as value, count(*) as count from (select * from press_releases) "
    "group by promotes_hotline": "COVERING INDEX idx_press_releases_promotes_hotline_",
}


@pytest.mark.parametrize("sql", RELEASE_PAGE_QUERIES)
def test_release_pages_are_served_from_indexes(store, sql):
    plan = " | ".join(row[3] for row in store.db.execute(f"explain query plan {sql}"))
    assert RELEASE_PAGE_QUERIES[sql] in plan, plan
    assert "SCAN press_releases |" not in f"{plan} |", plan  # never a full table scan
    if "order by published" in sql:
        assert "TEMP B-TREE" not in plan, plan  # read in order: no sort of every row


def test_indexes_are_added_to_an_existing_database(tmp_path):
    path = tmp_path / "old.db"
    Store(path).close()
    db = open_db(path)
    db.execute("drop index idx_press_releases_published")
    db.close()
    store = Store(path)  # ensure_schema at every start puts it back
    assert "idx_press_releases_published" in {i.name for i in store.db["press_releases"].indexes}
    store.close()
