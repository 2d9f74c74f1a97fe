"""End to end on the shared archive: `crawl --replay` and `ingest` through the real registry,
spiders, adapters, coding, pipelines and SQLite."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import run_cli

HI_ID = "HI:HRS:371-20"
HI_URL = "https://www.capitol.hawaii.gov/hrscurrent/Vol07_Ch0346-0398/HRS0371/HRS_0371-0020.htm"


def query(db: Path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def content_counts(db: Path) -> dict[str, int]:
    tables = (
        "statute_sections",
        "section_versions",
        "provisions",
        "press_releases",
        "release_versions",
        "campaigns",
    )
    return {t: query(db, f"select count(*) from {t}")[0][0] for t in tables}


@pytest.fixture(scope="module")
def replay_db(tmp_path_factory, request):
    from conftest import WARC

    if not WARC.exists():
        pytest.skip("../shared/captures/archive.warc.gz not present")
    tmp = tmp_path_factory.mktemp("replay")
    env = request.getfixturevalue("module_env")
    db = tmp / "replay.db"
    # --since fixes the AG window, so the test does not depend on today's date.
    args = ["crawl", "--replay", str(WARC), "--db", str(db), "--since", "2015-01-01"]
    first = run_cli(args, env, timeout=600)
    counts = content_counts(db)
    second = run_cli(args, env, timeout=600)
    return {"db": db, "first": first, "second": second, "counts_after_first": counts}


@pytest.fixture(scope="module")
def module_env(tmp_path_factory):
    import os

    env = dict(os.environ)
    env.pop("HOTLINE_WATCH_DB", None)
    env["HOTLINE_WATCH_ARCHIVE_DIR"] = str(tmp_path_factory.mktemp("archive"))
    env["HOTLINE_WATCH_HTTPCACHE_DIR"] = str(tmp_path_factory.mktemp("httpcache"))
    return env


def test_replay_run_succeeds(replay_db):
    first = replay_db["first"]
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Traceback" not in first.stderr


def test_replay_fills_hawaii_371_20(replay_db):
    db = replay_db["db"]
    row = query(
        db, "select citation, url, heading, history from statute_sections where id = ?", [HI_ID]
    )
    assert row == [
        (
            "Haw. Rev. Stat. § 371-20",
            HI_URL,
            "National Human Trafficking Resource Center hotline; posting requirement; penalty",
            "[L 2013, c 245, §1; am L 2015, c 35, §11]",
        )
    ]


def test_replay_codes_hawaii_371_20(replay_db):
    db = replay_db["db"]
    (prov,) = query(
        db,
        "select requires_posting, establishments, languages, sign_size, penalties, "
        "hotline_numbers, evidence, agency, agency_basis, penalty_details "
        "from provisions where section_id = ?",
        [HI_ID],
    )
    requires, establishments, languages, sign_size, penalties, numbers, evidence = prov[:7]
    agency, agency_basis, penalty_details = prov[7:]
    assert requires == 1
    assert {"bar", "massage", "adult_entertainment"} <= set(json.loads(establishments))
    assert json.loads(languages) == ["English"]
    assert sign_size == "8.5 x 11 inches"
    # "Each day the violation continues shall constitute a separate offense."
    assert json.loads(penalties) == ["up to $100 per day"]
    assert json.loads(penalty_details)[0]["unit"] == "per day"
    assert "1-888-373-7888" in json.loads(numbers)
    # "The department shall ...": resolved by the pipeline from HRS 371-1 (definitions data)
    assert agency == "Department of Labor and Industrial Relations"
    assert agency_basis.startswith("defined in HRS § 371-1")
    text = query(db, "select text from statute_sections where id = ?", [HI_ID])[0][0]
    for item in json.loads(evidence):
        assert item["quote"] in text  # every quote is real text of the section


def test_replay_provenance_points_into_the_archive(replay_db):
    db = replay_db["db"]
    (fetch,) = query(
        db,
        "select f.url, f.status, f.content_hash, f.archive, f.fetched_at from statute_sections s "
        "join fetches f on f.id = s.last_fetch_id where s.id = ?",
        [HI_ID],
    )
    assert fetch[0] == HI_URL and fetch[1] == 200
    assert len(fetch[2]) == 64
    assert fetch[3].split("#")[0].endswith("archive.warc.gz")
    assert fetch[4].startswith("2026-11-28")  # the archive record's date, not the replay's


def test_replay_records_unarchived_urls_without_failing(replay_db):
    db = replay_db["db"]
    not_archived = query(db, "select count(*) from fetches where outcome = 'not_archived'")[0][0]
    assert not_archived > 0
    ca = query(
        db,
        "select outcome from source_runs where run_id = 1 and source = 'statutes_ca'",
    )
    assert ca == [("not_archived",)]


def test_replaying_again_changes_no_counts(replay_db):
    assert replay_db["second"].returncode == 0
    assert content_counts(replay_db["db"]) == replay_db["counts_after_first"]


# -- ingest ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ingest_db(tmp_path_factory, module_env):
    from conftest import WARC

    if not WARC.exists():
        pytest.skip("../shared/captures/archive.warc.gz not present")
    db = tmp_path_factory.mktemp("ingest") / "ingest.db"
    first = run_cli(["ingest", str(WARC), "--db", str(db)], module_env)
    counts = content_counts(db)
    second = run_cli(["ingest", str(WARC), "--db", str(db)], module_env)
    return {"db": db, "first": first, "second": second, "counts_after_first": counts}


def test_ingest_stores_every_claimed_statute_page(ingest_db):
    first = ingest_db["first"]
    assert first.returncode == 0, first.stdout + first.stderr
    db = ingest_db["db"]
    urls = {u for (u,) in query(db, "select distinct url from fetches where run_id = 1")}
    for url in (
        HI_URL,
        "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=187.",
        "https://tcss.legis.texas.gov/resources/PE/htm/PE.19.htm",
        "https://www.revisor.mn.gov/statutes/cite/3C.12",
        "https://www.kslegislature.gov/api/v1/statutes/21-5903/",
        "https://www.leg.state.nv.us/NRS/NRS-036.html",
        "https://www.oregonlegislature.gov/bills_laws/ors/ors838.html",
    ):
        assert url in urls
    # Index and table-of-contents pages are not statute sections: nobody claims them.
    assert "https://www.leg.state.nv.us/NRS/" not in urls
    assert "https://www.oregonlegislature.gov/bills_laws/Pages/ORS.aspx" not in urls
    ids = {i for (i,) in query(db, "select id from statute_sections")}
    assert {HI_ID, "CA:PEN:187", "MN:MS:3C.12", "KS:KSA:21-5903"} <= ids
    assert {"TX:PE:19.01", "TX:PE:19.02", "TX:PE:19.06"} <= ids


def test_ingest_codes_only_the_hotline_law_as_requiring_posting(ingest_db):
    positives = query(ingest_db["db"], "select section_id from provisions where requires_posting")
    assert positives == [(HI_ID,)]


def test_ingest_twice_changes_nothing(ingest_db):
    assert ingest_db["second"].returncode == 0
    assert content_counts(ingest_db["db"]) == ingest_db["counts_after_first"]
    versions = query(ingest_db["db"], "select count(*) from section_versions")[0][0]
    sections = query(ingest_db["db"], "select count(*) from statute_sections")[0][0]
    assert versions == sections  # one version each: nothing changed


TX_RELEASE = (
    "https://www.texasattorneygeneral.gov/news/releases/"
    "attorney-general-ken-paxton-secures-50-year-sentence-against-human-trafficker-north-texas-child"
)


def test_replay_follows_ag_listings_to_archived_releases(replay_db):
    db = replay_db["db"]
    offices = {j for (j,) in query(db, "select distinct jurisdiction from press_releases")}
    assert {"CA", "NY", "TX", "OH", "PA", "VA", "OR"} <= offices
    row = query(db, "select title, published from press_releases where url = ?", [TX_RELEASE])
    assert row == [
        (
            "Attorney General Ken Paxton Secures 50-Year Sentence Against Human Trafficker in "
            "North Texas Child Trafficking Case",
            "2026-02-11",
        )
    ]
    # Listed releases whose pages were never captured are recorded, not failed.
    not_archived = query(
        db,
        "select count(*) from fetches where source = 'ag_ca' and outcome = 'not_archived'",
    )[0][0]
    assert not_archived > 0
    assert query(db, "select outcome from source_runs where run_id = 1 and source = 'ag_ca'") == [
        ("ok",)
    ]


EXPECTED_RELEASES = {
    TX_RELEASE: (
        "TX",
        "Attorney General Ken Paxton Secures 50-Year Sentence Against Human Trafficker in "
        "North Texas Child Trafficking Case",
        "2026-02-11",
    ),
    "https://www.ohioattorneygeneral.gov/Media/News-Releases/February-2026/"
    "Eight-People-Plead-Guilty-in-Mahoning-Valley-Human": (
        "OH",
        "Eight People Plead Guilty in Mahoning Valley Human Trafficking Case",
        "2026-02-11",
    ),
    "https://www.ag.state.mn.us/Office/Communications/2019/07/10_HumanRights.asp": (
        "MN",
        "Attorney General Ellison defends human rights of children in civil immigration detention",
        "2019-07-10",
    ),
    "https://oag.ca.gov/news/press-releases/attorney-general-bonta-sues-exxonmobil-deceiving-"
    "public-recyclability-plastic": (
        "CA",
        "Attorney General Bonta Sues ExxonMobil for Deceiving the Public on Recyclability of "
        "Plastic Products",
        "2024-09-23",
    ),
    "https://www.oag.state.va.us/media-center/news-releases/2958-attorney-general-jones-moves-"
    "to-hold-big-polluters-accountable": (
        "VA",
        "Attorney General Jones Moves To Hold Big Polluters Accountable",
        None,  # the page prints no date anywhere; the RSS feed gives it on a live crawl
    ),
}


def test_ingest_stores_every_archived_release_page(ingest_db):
    db = ingest_db["db"]
    assert query(db, "select count(*) from press_releases")[0][0] == 26
    for url, expected in EXPECTED_RELEASES.items():
        got = query(
            db, "select jurisdiction, title, published from press_releases where url = ?", [url]
        )
        assert got == [expected], url
    bodies = query(db, "select body from press_releases")
    assert all(len(b) > 200 for (b,) in bodies)
    assert not any("Â" in b or "â€" in b for (b,) in bodies)  # MN mojibake repaired
    assert not any("\u00ad" in t for (t,) in query(db, "select title from press_releases"))
