"""Site change lists (hotline_watch/change_list.py): the IIS directory-listing parser on the
real capitol.hawaii.gov capture and on fixtures, and the statute spider revalidating a chapter
with one listing request, through the real CLI crawl into a real SQLite file against a loopback
stand-in of the site (port 0)."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from fault_server import (
    Conditional,
    FaultServer,
    Page,
    hi_page,
    statute_entry,
    write_crawl_yml,
    write_offices,
    write_statutes,
)

from conftest import CAPTURES, ROOT, cli_environment, requires_shared, run_cli
from hotline_watch.change_list import (
    KINDS,
    Listed,
    ListingError,
    page_key,
    parse_iis_listing,
    render_iis_listing,
)
from spiders.sites import get_adapter

HI_LISTING_CAPTURE = CAPTURES / "hi-hrs" / "HRS0371_directory_listing.html"
HI_LISTING_URL = "https://www.capitol.hawaii.gov/hrscurrent/Vol07_Ch0346-0398/HRS0371/"
FIXTURES = ROOT / "tests" / "fixtures"

# -- the parser ---------------------------------------------------------------------------------


@requires_shared
def test_real_hawaii_listing_gives_every_file_with_time_and_size():
    entries = parse_iis_listing(HI_LISTING_CAPTURE.read_bytes(), HI_LISTING_URL)
    assert len(entries) == 25  # the chapter TOC and 24 sections; the parent link is not a file
    key = page_key(HI_LISTING_URL + "HRS_0371-0020.htm")
    assert entries[key] == Listed("2016-12-21T14:50:00", 6949)
    assert entries[page_key(HI_LISTING_URL + "HRS_0371-0018_0005.htm")].size == 8611


def test_short_date_listing_skips_directories_and_unquotes_names():
    body = (FIXTURES / "iis_listing_short_dates.html").read_bytes()
    entries = parse_iis_listing(body, "http://statutes.example.gov/code/title12/")
    assert entries == {
        "/code/title12/12-0001.htm": Listed("2025-03-07T09:05:00", 5480),
        "/code/title12/12-0002 a.htm": Listed("2025-11-30T23:41:00", 12817),
    }


def test_rendered_listing_reads_back():
    html = render_iis_listing("/a/B/", [("X.htm", 1_700_000_000, 123)])
    assert parse_iis_listing(html, "http://h/a/B/") == {
        "/a/b/x.htm": Listed("2023-11-14T22:13:20"[:16] + ":00", 123)
    }


@pytest.mark.parametrize(
    "body, why",
    [
        (b"<html><body><h1>Server Error</h1></body></html>", "no file entries"),
        (
            b"<html><title>Just a moment...</title><script src=/cdn-cgi/challenge-platform/x>",
            "Cloudflare",
        ),
        (
            b'<pre> Friday, Smarch 40, 2016  2:50 PM  11 <A HREF="/x.htm">x</A></pre>',
            "unreadable date",
        ),
    ],
)
def test_malformed_listing_names_its_url(body, why):
    with pytest.raises(ListingError) as caught:
        parse_iis_listing(body, "http://h/dir/")
    assert str(caught.value).startswith("http://h/dir/: ") and why in str(caught.value)


def test_hawaii_family_declares_its_change_list():
    assert get_adapter("hi_hrs").change_list in KINDS
    assert get_adapter("generic").change_list is None


# -- the crawl ----------------------------------------------------------------------------------

CHAPTER = "/hrscurrent/Vol07_Ch0346-0398/HRS0371/"
SECTIONS = ["371-1", "371-2", "371-20"]
PATHS = {s: f"{CHAPTER}HRS_0371-{int(s.split('-')[1]):04d}.htm" for s in SECTIONS}
MTIME = 1_700_000_000


class Site:
    """Three Hawaii section pages (ETag/304) and their chapter's IIS listing."""

    def __init__(self, server: FaultServer):
        self.server = server
        self.bodies = {s: hi_page(s, f"The text of section {s} as enacted.") for s in SECTIONS}
        self.mtimes = dict.fromkeys(SECTIONS, MTIME)
        self.listing: Page | None = None  # None: the listing as the pages are

    def amend(self, section: str) -> None:
        self.bodies[section] = hi_page(section, f"The text of section {section}, as amended.")
        self.mtimes[section] += 86_400

    def serve(self) -> None:
        self.server.reset()
        routes = {
            PATHS[s]: Conditional(
                self.bodies[s], etag=f'"{hashlib.sha1(self.bodies[s]).hexdigest()}"'
            )
            for s in SECTIONS
        }
        entries = [
            (PATHS[s].rsplit("/", 1)[1], self.mtimes[s], len(self.bodies[s])) for s in SECTIONS
        ]
        routes[CHAPTER] = self.listing or Page(
            render_iis_listing(CHAPTER, entries).encode(), "text/html; charset=utf-8"
        )
        self.server.routes_from(routes)

    def requested(self) -> list[str]:
        return sorted(p for p in self.server.paths() if p != "/robots.txt")


@pytest.fixture
def site(tmp_path):
    server = FaultServer(max_seconds=300)
    sections = [
        {
            "citation": f"Haw. Rev. Stat. \u00a7 {s}",
            "url": server.base + PATHS[s],
            "verified": "unverified",
        }
        for s in SECTIONS
    ]
    write_statutes(
        tmp_path / "statutes.yml", {"HI": statute_entry("HI", "hi_hrs", "127.0.0.1", sections)}
    )
    write_crawl_yml(tmp_path / "crawl.yml", timeout=5, change_lists=True)
    (tmp_path / "subscriptions.yml").write_text("subscriptions: []\n")
    write_offices(tmp_path / "ag.yml", server.base)  # valid; only statutes_hi is crawled
    site = Site(server)
    env = cli_environment(tmp_path, configs=True)
    db = tmp_path / "hotline.db"

    def crawl(*extra: str):
        site.serve()
        result = run_cli(["crawl", "statutes_hi", "--db", str(db), *extra], env, timeout=120)
        assert result.returncode == 0, (result.stdout, result.stderr[-3000:])
        return result

    site.crawl, site.db = crawl, db
    yield site
    server.close()


def query(db, sql, *args):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def last_run(db) -> int:
    return query(db, "select max(id) from runs")[0][0]


def test_unchanged_recrawl_requests_only_the_listing_and_records_confirmations(site):
    site.crawl()
    assert site.requested() == sorted([CHAPTER, *PATHS.values()])  # first crawl: every page
    listed = query(site.db, "select listed_modified, listed_size from fetches where outcome = 'ok'")
    assert len(listed) == 3 and all(m and s for m, s in listed)

    result = site.crawl()
    assert site.requested() == [CHAPTER]  # one request for the whole chapter
    run = last_run(site.db)
    rows = query(
        site.db,
        "select url, listing_url, listed_size from change_list_confirmations where run_id = ?",
        run,
    )
    assert sorted(r[0] for r in rows) == sorted(site.server.base + p for p in PATHS.values())
    assert {r[1] for r in rows} == {site.server.base + CHAPTER}
    # fetched and confirmed are kept apart: no page fetch this run, last_seen is the first crawl's
    assert query(
        site.db, "select count(*) from fetches where run_id = ? and outcome = 'ok'", run
    ) == [(0,)]
    sections = query(
        site.db, "select last_seen, last_confirmed, last_confirmed_by from statute_sections"
    )
    assert len(sections) == 3
    assert all(
        seen <= confirmed and by == site.server.base + CHAPTER for seen, confirmed, by in sections
    )
    assert query(site.db, "select confirmed from runs where id = ?", run) == [(3,)]
    assert "3 pages confirmed unchanged by change lists" in result.stdout
    assert query(site.db, "select status from runs where id = ?", run) == [("ok",)]
    # crawl health counts the confirmed sections as read: no "items fell" warning
    assert query(
        site.db, "select last_items, health from source_health where source = ?", "statutes_hi"
    ) == [(3, "healthy")]


def test_amended_page_with_new_listing_entry_is_fetched_and_gives_one_change(site):
    site.crawl()
    site.crawl()
    site.amend("371-20")
    site.crawl()
    assert site.requested() == sorted([CHAPTER, PATHS["371-20"]])
    run = last_run(site.db)
    changes = query(site.db, "select change_type, record_id from changes where run_id = ?", run)
    assert changes == [("text_changed", "HI:HRS:371-20")]
    assert query(
        site.db, "select count(*) from change_list_confirmations where run_id = ?", run
    ) == [(2,)]


def test_broken_listing_fetches_every_page_and_says_so_once(site):
    site.crawl()
    site.listing = Page(b"<html><body><h1>Service Unavailable</h1></body></html>", "text/html")
    result = site.crawl()
    assert site.requested() == sorted([CHAPTER, *PATHS.values()])
    run = last_run(site.db)
    assert query(
        site.db, "select count(*) from change_list_confirmations where run_id = ?", run
    ) == [(0,)]
    lines = [line for line in result.stderr.splitlines() if "change list" in line]
    assert (
        len(lines) == 1 and site.server.base + CHAPTER in lines[0] and "no file entries" in lines[0]
    )
    assert query(site.db, "select status from runs where id = ?", run) == [("ok",)]


def test_listing_http_error_falls_back_without_failing_the_run(site):
    site.crawl()
    site.listing = Page(b"gone", "text/html", status=404)
    result = site.crawl()
    assert site.requested() == sorted([CHAPTER, *PATHS.values()])
    assert (
        sum("change list" in line and "HTTP 404" in line for line in result.stderr.splitlines())
        == 1
    )
    assert query(site.db, "select status from runs where id = ?", last_run(site.db)) == [("ok",)]


def test_pages_older_than_the_max_age_are_revalidated(site):
    site.crawl()
    old = (datetime.now(UTC) - timedelta(days=8)).replace(microsecond=0).isoformat()
    with sqlite3.connect(site.db) as conn:
        conn.execute(
            "update fetches set fetched_at = ? where url like ?", [old, "%HRS_0371-0001.htm"]
        )
    site.crawl()
    assert site.requested() == sorted([CHAPTER, PATHS["371-1"]])
    assert query(
        site.db,
        "select count(*) from change_list_confirmations where run_id = ?",
        last_run(site.db),
    ) == [(2,)]


def test_full_ignores_the_change_list(site):
    site.crawl()
    site.crawl("--full")
    assert site.requested() == sorted([CHAPTER, *PATHS.values()])
    run = last_run(site.db)
    assert query(
        site.db, "select count(*) from change_list_confirmations where run_id = ?", run
    ) == [(0,)]
    # still recorded with the revalidated fetches: the next run can use the list again
    assert query(
        site.db, "select count(*) from fetches where run_id = ? and listed_size is not null", run
    ) == [(3,)]


def test_state_page_shows_fetched_and_confirmed_apart(site):
    import asyncio

    from hotline_watch.web import make_datasette

    site.crawl()
    site.crawl()

    async def fetch(path):
        response = await make_datasette(site.db).client.get(path)
        assert response.status_code == 200
        return response.text

    html = asyncio.run(fetch("/state/HI"))
    listing = site.server.base + CHAPTER
    # each registry citation: its fetch time, then the confirmation by the listing, named
    assert html.count("; confirmed unchanged ") >= 3 and f'href="{listing}"' in html
    assert "(fetched " in html
    assert 'id="confirmed-at"' in html  # the state's "as of" says which basis, both shown
    # Datasette's table shows the basis per section
    table = asyncio.run(fetch("/hotline/statute_sections.json?_shape=array"))
    assert table.count(f'"last_confirmed_by": "{listing}"') == 3


def test_page_missing_from_the_listing_is_fetched_and_named_once(site):
    site.crawl()
    entries = [(PATHS[s].rsplit("/", 1)[1], MTIME, len(site.bodies[s])) for s in SECTIONS[:2]]
    site.listing = Page(render_iis_listing(CHAPTER, entries).encode(), "text/html; charset=utf-8")
    result = site.crawl()
    assert site.requested() == sorted([CHAPTER, PATHS["371-20"]])
    lines = [line for line in result.stderr.splitlines() if "change list" in line]
    assert len(lines) == 1 and "does not list 1 of its 3 pages" in lines[0]
    assert site.server.base + CHAPTER in lines[0] and PATHS["371-20"] in lines[0]
    run = last_run(site.db)
    assert query(
        site.db, "select count(*) from change_list_confirmations where run_id = ?", run
    ) == [(2,)]
