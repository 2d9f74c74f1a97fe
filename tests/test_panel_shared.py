"""The issue's acceptance checks on the shared archive: a database built by `crawl --replay`
and `ingest` of ../shared/captures/archive.warc.gz, compared with the reference table
../shared/reference/state_laws.csv. Skipped when ../shared/ is absent (the same logic is
covered by hand-written fixtures in tests/test_views.py)."""

from __future__ import annotations

import asyncio
import csv
import re
from datetime import UTC, datetime

import pytest
import sqlite_utils

from conftest import SHARED, run_cli
from hotline_watch.web import make_datasette

REFERENCE = SHARED / "reference" / "state_laws.csv"


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    from conftest import WARC, cli_environment

    if not WARC.exists():
        pytest.skip("../shared/captures/archive.warc.gz not present")
    shared_warc = WARC
    tmp = tmp_path_factory.mktemp("panel_shared")
    env = cli_environment(tmp)
    db = tmp / "shared.db"
    for args in (
        ["crawl", "--replay", str(shared_warc), "--db", str(db)],
        ["ingest", str(shared_warc), "--db", str(db)],
    ):
        result = run_cli(args, env)
        assert result.returncode in (0, 1), result.stderr
    return db


@pytest.fixture(scope="module")
def reference():
    if not REFERENCE.exists():
        pytest.skip("../shared/reference/state_laws.csv not present")
    with REFERENCE.open(newline="", encoding="utf-8") as handle:
        return {row["state"]: row for row in csv.DictReader(handle)}


def _rows(db, sql):
    return [dict(r) for r in sqlite_utils.Database(db).query(sql)]


def test_panel_years_from_2007(shared_db):
    (row,) = _rows(shared_db, "select min(year) lo, max(year) hi, count(*) n from research_panel")
    assert (row["lo"], row["hi"]) == (2007, datetime.now(UTC).year)
    assert row["n"] == 51 * (row["hi"] - 2006)


def test_hawaii_in_force_from_2014(shared_db):
    cells = {
        r["year"]: r
        for r in _rows(shared_db, "select * from research_panel where jurisdiction = 'HI'")
    }
    assert cells[2013]["law_in_force"] == 0
    assert (cells[2014]["law_in_force"], cells[2014]["law_since"]) == (1, 2014)
    assert cells[2014]["enacted_year"] == 2013  # L 2013, c 245, from the fetched text's note


def test_no_blank_law_in_force_where_the_status_is_known(shared_db):
    blank = _rows(
        shared_db,
        """select p.jurisdiction, p.year, s.status, s.adoption_known, s.law_since
           from research_panel p join law_summary s using (jurisdiction)
           where p.law_in_force is null""",
    )
    for row in blank:
        # Only where the status itself is unknown, or before the first year a law whose
        # adoption date is not known is seen in force.
        assert row["status"] == "unknown" or (
            row["adoption_known"] == 0 and row["year"] < row["law_since"]
        ), row


def test_law_since_matches_the_reference_for_90_percent(shared_db, reference):
    since = {
        r["jurisdiction"]: r["law_since"]
        for r in _rows(shared_db, "select jurisdiction, law_since from law_summary")
    }
    dated = {
        code: int(m.group(1))
        for code, row in reference.items()
        if row["has_posting_law"] == "yes" and (m := re.match(r"(\d{4})", row["year_enacted"]))
    }
    close = [c for c, year in dated.items() if since[c] is not None and abs(since[c] - year) <= 1]
    assert len(close) / len(dated) >= 0.9, sorted(set(dated) - set(close))


def test_campaign_counts_empty_where_a_newsroom_was_never_crawled(shared_db):
    rows = _rows(shared_db, "select campaigns_that_year, campaign_coverage from research_panel")
    never = [r for r in rows if r["campaign_coverage"] == "never_crawled"]
    assert len(never) >= 42 * 20  # 42+ newsrooms never fetched in the archive
    assert all(
        r["campaigns_that_year"] is None
        for r in rows
        if not r["campaign_coverage"].startswith("crawled")
    )


def test_truck_stop_query_lists_the_truck_stop_states(shared_db, reference):
    async def fetch():
        ds = make_datasette(shared_db)
        return await ds.client.get("/hotline/states_requiring_posting_at.json?_shape=array")

    response = asyncio.run(fetch())
    assert response.status_code == 200
    found = {r["jurisdiction"] for r in response.json()}
    expected = {
        code
        for code, row in reference.items()
        if row["has_posting_law"] == "yes" and "truck stop" in row["establishments"]
    }
    assert found == expected
    assert len(found) == 13


def test_laws_by_effective_year_covers_every_dated_law(shared_db):
    dated = {
        r["jurisdiction"]
        for r in _rows(
            shared_db,
            "select jurisdiction from law_summary"
            " where status = 'required' and law_since is not null",
        )
    }
    rows = _rows(shared_db, "select * from law_summary where status = 'required'")
    assert len(dated) == len(rows)  # every required law has a date (or an in-force-by date)
