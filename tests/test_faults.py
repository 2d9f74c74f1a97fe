"""Fault injection: the real CLI, spiders, middlewares and pipelines against a loopback server
that misbehaves on purpose (tests/fault_server.py).

One registry, several sources: Hawaii (`statutes_hi`, the target of every fault, on 127.0.0.1),
a healthy Hawaii-shaped page for Minnesota (`statutes_mn`, on `localhost`, so a host-wide
Retry-After pause on 127.0.0.1 does not hold it), Virginia's JSON API shape (`statutes_va`) and
an AG office with a feed (`ag_tx`). Change lists are on, as in production: Minnesota's chapter
directory serves a real IIS listing, so after the baseline its page is confirmed unchanged by
the listing without a request; Hawaii's directory has no listing (404, itself a realistic
fault), so its page is fetched one by one after one warning naming the listing, and every
fault below meets that fetch. A baseline crawl is stored once; each fault runs the CLI on a
copy of it and checks:

* the run finishes: exit status 1 when the faulty source failed (0 when it recovered), never a
  traceback;
* the failure is recorded against that source in `fetches` and `source_runs`, with a message
  that names the cause;
* the other source is unaffected: fetched, its section stored again, outcome ok;
* nothing stored before is lost or altered (content tables snapshotted before and after).

The figures (faults injected, runs completed, rows lost) are written to
tests/artifacts/fault_suite.json and printed by the last test.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fault_server import (
    Conditional,
    Drip,
    Fault,
    FaultServer,
    Huge,
    Page,
    Sleep,
    Truncated,
    hi_page,
    redirect,
    status,
    statute_entry,
    write_crawl_yml,
    write_offices,
    write_statutes,
)

from conftest import CAPTURES, ROOT, cli_environment, free_port, offload_environment, run_cli
from hotline_watch import offload
from hotline_watch.archive import iter_responses
from hotline_watch.change_list import render_iis_listing
from spiders.statutes import NOT_PARSED_AGAIN

HI_PATH = "/hrscurrent/Vol07_Ch0346-0398/HRS0371/HRS_0371-0020.htm"
HI_CAPTURE = CAPTURES / "hi-hrs" / "HRS_0371-0020_hotline_posting.htm"
HI_BODY = (
    HI_CAPTURE.read_bytes()
    if HI_CAPTURE.exists()
    else hi_page(
        "371-20",
        "(a) Every employer shall post a poster no smaller than eight and one-half inches by "
        "eleven inches that states: call the National Human Trafficking Resource Center "
        "Hotline at 1-888-373-7888 \u2013 or text 233733.",
    )
)
HI_DIR = HI_PATH.rsplit("/", 1)[0] + "/"  # its change list's URL: not served (404)
MN_DIR, MN_PATH = "/mn/", "/mn/HRS_0371-0021.htm"
MN_BODY = hi_page(
    "371-21",
    "Every massage establishment shall post a sign with the National Human Trafficking "
    "Hotline number 1-888-373-7888 in English and Spanish.",
    heading="Massage establishments; hotline sign",
)
VA_PATH = "/api/CoVSectionsGetSectionDetailsJson/40.1-11.3/"
VA_JSON = json.dumps(
    {
        "TitleNumber": "40.1",
        "ChapterList": [
            {
                "SectionNumber": "40.1-11.3",
                "SectionTitle": "Human trafficking hotline; posting required",
                "Body": "<p>A. Every truck stop shall post the National Human Trafficking "
                "Hotline 1-888-373-7888.</p><p>2015, c. 691.</p>",
            }
        ],
    }
).encode()
TX_FEED, TX_NEWS = "/ag/tx/feed.xml", "/ag/tx/news"
TX_RELEASE = "/ag/tx/releases/hotline-signs-in-truck-stops-statewide"
RECENT = (date.today() - timedelta(days=3)).isoformat()
TX_LISTING = (
    f'<html><body><h1>News</h1><ul><li><a class=release href="{TX_RELEASE}">Attorney General '
    f"announces hotline signs in truck stops</a> <span>{RECENT}</span></li></ul></body></html>"
).encode()
TX_RELEASE_PAGE = (
    "<html><head><title>Attorney General announces hotline signs in truck stops</title>"
    f'<meta property="article:published_time" content="{RECENT}"></head><body>'
    "<h1>Attorney General announces hotline signs in truck stops</h1><article>"
    "<p>The Attorney General today announced that every truck stop in the state will display "
    "signs with the National Human Trafficking Hotline, 1-888-373-7888, and the text line "
    "233733, in English and Spanish.</p><p>The campaign is run with the Department of "
    "Transportation and local advocates, who trained staff at more than two hundred truck "
    "stops to recognise the signs of trafficking.</p></article></body></html>"
).encode()

MN_LISTING = render_iis_listing(MN_DIR, [("HRS_0371-0021.htm", 1_700_000_000, len(MN_BODY))])
#: What the spider records of Hawaii's missing listing, and logs once.
HI_NO_LISTING = "change list not used: HTTP 404; 1 page fetched one by one"
#: What it records of Minnesota's listing once the baseline has fetched the page.
MN_CONFIRMED = "change list: 1 page confirmed unchanged, 0 requested (0 not listed)"

MAX_PAGE_BYTES = 1_000_000
TIMEOUT = 1.5
FIFTY_MB = 50 * 1024 * 1024

CONTENT_TABLES = {
    "statute_sections": ("id",),
    "section_versions": ("section_id", "text_hash"),
    "provisions": ("section_id",),
    "press_releases": ("id",),
    "release_versions": ("release_id", "body_hash"),
    "campaigns": ("release_id",),
}
# What a successful re-fetch of an unchanged page, or its confirmation by a change list,
# legitimately moves.
VOLATILE = {"last_seen", "last_fetch_id", "coded_at", "last_confirmed", "last_confirmed_by"}

SUMMARY: dict = {"faults": {}, "faults_injected": 0, "runs_completed": 0, "rows_lost": 0}


@dataclass
class World:
    server: FaultServer
    tmp: Path
    env: dict[str, str]
    baseline: Path

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.server.port}{path}"


def healthy_routes() -> dict:
    return {
        # With validators: every later crawl re-asks with If-None-Match, as in production.
        HI_PATH: Conditional(HI_BODY),
        MN_DIR: Page(MN_LISTING.encode(), "text/html; charset=utf-8"),
        MN_PATH: Page(MN_BODY),
        VA_PATH: Page(VA_JSON, "application/json; charset=utf-8"),
        TX_FEED: Page(
            f"<?xml version='1.0'?><rss version='2.0'><channel><title>News</title><item>"
            f"<title>Attorney General announces hotline signs in truck stops</title>"
            f"<link>{TX_RELEASE}</link><pubDate>{RECENT}</pubDate></item></channel></rss>".encode(),
            "application/rss+xml",
        ),
        TX_NEWS: Page(TX_LISTING, "text/html; charset=utf-8"),
        TX_RELEASE: Page(TX_RELEASE_PAGE, "text/html; charset=utf-8"),
    }


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    tmp = tmp_path_factory.mktemp("faults")
    server = FaultServer(max_seconds=900)
    base = server.base
    local = f"http://localhost:{server.port}"
    write_statutes(
        tmp / "statutes.yml",
        {
            "HI": statute_entry(
                "HI",
                "hi_hrs",
                "127.0.0.1",
                [
                    {
                        "citation": "Haw. Rev. Stat. § 371-20",
                        "url": base + HI_PATH,
                        "section": "371-20",
                        "verified": "capture",
                    }
                ],
            ),
            "MN": statute_entry(
                "MN",
                "hi_hrs",
                "localhost",
                [{"citation": "Test § 371-21", "url": local + MN_PATH, "verified": "unverified"}],
            ),
            "VA": statute_entry(
                "VA",
                "va_api",
                "127.0.0.1",
                [
                    {
                        "citation": "Va. Code § 40.1-11.3",
                        "url": base + VA_PATH,
                        "verified": "unverified",
                    }
                ],
            ),
        },
    )
    write_offices(
        tmp / "ag.yml",
        base,
        {"TX": {"feed": base + TX_FEED, "listing": {"url": base + TX_NEWS, "link": "a.release"}}},
    )
    write_crawl_yml(tmp / "crawl.yml", timeout=TIMEOUT, max_page_bytes=MAX_PAGE_BYTES)
    env = cli_environment(tmp)
    env["HOTLINE_WATCH_STATUTES"] = str(tmp / "statutes.yml")
    env["HOTLINE_WATCH_AG"] = str(tmp / "ag.yml")
    env["HOTLINE_WATCH_CONFIG"] = str(tmp / "crawl.yml")
    server.routes_from(healthy_routes())
    baseline = tmp / "baseline.db"
    result = run_cli(
        ["crawl", "statutes_hi", "statutes_mn", "statutes_va", "--db", str(baseline)], env
    )
    assert result.returncode == 0, result.stderr
    SUMMARY["runs_completed"] += 1
    with sqlite3.connect(baseline) as conn:
        assert conn.execute("select count(*) from statute_sections").fetchone()[0] == 3
    yield World(server, tmp, env, baseline)
    server.close()


# -- helpers -----------------------------------------------------------------------------------


def snapshot(db: Path) -> dict[str, dict[tuple, dict]]:
    out: dict[str, dict[tuple, dict]] = {t: {} for t in CONTENT_TABLES}
    if not db.exists():
        return out
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        for table, key in CONTENT_TABLES.items():
            rows = conn.execute(f"select * from {table}").fetchall()
            out[table] = {tuple(r[k] for k in key): dict(r) for r in rows}
    return out


def damage(before: dict, after: dict, untouched_source: str, ignore: set[str] = frozenset()):
    """Rows lost or altered between two snapshots. Rows of `untouched_source` (the failing
    one) must not change at all; others may only move last_seen/last_fetch_id/coded_at."""
    problems = []
    for table, rows in before.items():
        for key, row in rows.items():
            new = after[table].get(key)
            if new is None:
                problems.append(f"{table} {key}: lost")
                continue
            strict = table == "statute_sections" and row.get("source") == untouched_source
            skip = ignore | (set() if strict else VOLATILE)
            changed = [c for c in row if c not in skip and row[c] != new.get(c)]
            if changed:
                problems.append(f"{table} {key}: altered {changed}")
    return problems


@dataclass
class Run:
    result: object
    db: Path
    before: dict
    run_id: int
    elapsed: float

    def query(self, sql: str, args=()) -> list[tuple]:
        with sqlite3.connect(self.db) as conn:
            return conn.execute(sql, args).fetchall()

    def fetches(self, source: str) -> list[tuple]:
        return self.query(
            "select outcome, status, message, url from fetches where run_id = ? and source = ?",
            [self.run_id, source],
        )

    def pages(self, source: str) -> list[tuple]:
        """fetches() without the change list's own row (outcome 'listing')."""
        return [r for r in self.fetches(source) if r[0] != "listing"]

    def source_run(self, source: str) -> tuple:
        rows = self.query(
            "select outcome, message from source_runs where run_id = ? and source = ?",
            [self.run_id, source],
        )
        assert rows, f"no source_runs row for {source} in run {self.run_id}"
        return rows[0]


def crawl(
    world: World,
    tmp_path: Path,
    routes: dict,
    spiders=("statutes_hi", "statutes_mn"),
    db: Path | None = None,
    env: dict[str, str] | None = None,
) -> Run:
    """Serve the healthy routes overridden by `routes`, crawl a copy of the baseline (`env`
    overrides the world's environment, e.g. another registry)."""
    if db is None:
        db = tmp_path / "fault.db"
        with sqlite3.connect(world.baseline) as src, sqlite3.connect(db) as dst:
            src.backup(dst)
        # The baseline's HTTP cache too: faults meet a cached copy, as they would in
        # production, and it must never stand in for the failing site.
        shutil.copytree(world.tmp / "httpcache", tmp_path / "httpcache")
    world.server.reset()
    world.server.routes_from({**healthy_routes(), **routes})
    before = snapshot(db)
    env = {**world.env, **cli_environment(tmp_path), **(env or {})}
    faults_before = world.server.faults_served
    start = time.monotonic()
    result = run_cli(["crawl", *spiders, "--db", str(db)], env, timeout=120)
    elapsed = time.monotonic() - start
    SUMMARY["faults_injected"] += world.server.faults_served - faults_before
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.returncode in (0, 1), output
    SUMMARY["runs_completed"] += 1
    with sqlite3.connect(db) as conn:
        run_id = conn.execute("select max(id) from runs").fetchone()[0]
        status_ = conn.execute("select status from runs where id = ?", [run_id]).fetchone()[0]
    assert status_ in ("ok", "failed"), f"run {run_id} left {status_!r}"
    return Run(result, db, before, run_id, elapsed)


def assert_failed_alone(
    run: Run,
    kind: str,
    outcome: str,
    says: str,
    source: str = "statutes_hi",
    healthy: str = "statutes_mn",
    ignore: set[str] = frozenset(),
    listing: str = "HTTP 404",
) -> None:
    """The run ended with status 1, `source` failed with `outcome` and a message saying
    `says`, `healthy` was stored as usual, and nothing stored before was lost or altered."""
    assert run.result.returncode == 1, run.result.stderr
    if source == "statutes_hi":
        assert_listing_missing(run, listing)
    rows = run.pages(source)
    assert any(o == outcome and says in (m or "") for o, _, m, _ in rows), rows
    sr_outcome, sr_message = run.source_run(source)
    assert sr_outcome == "failed"
    assert outcome in sr_message and says in sr_message, sr_message
    assert f"FAILED {source}" in run.result.stderr
    assert_healthy(run, healthy)
    problems = damage(run.before, snapshot(run.db), source, ignore)
    SUMMARY["rows_lost"] += len(problems)
    SUMMARY["faults"][kind] = {
        "outcome": outcome,
        "message": next(m for o, _, m, _ in rows if o == outcome),
    }
    assert not problems, problems


def assert_listing_missing(run: Run, reason: str = "HTTP 404") -> None:
    """Hawaii's missing change list: one 'listing' row first saying why (`reason`, or how it
    starts), its page fetched one by one, and one warning naming the listing."""
    outcome, _, message, url = run.fetches("statutes_hi")[0]
    assert outcome == "listing" and urlsplit(url).path == HI_DIR, url
    assert message.startswith(f"change list not used: {reason}"), message
    assert message.endswith("; 1 page fetched one by one"), message
    output = run.result.stdout + run.result.stderr
    assert output.count(f"change list {url} not used ({reason}") == 1, output
    assert output.count("its 1 page is fetched one by one") == 1, output


def assert_healthy(run: Run, source: str) -> None:
    """Minnesota, untouched by the fault: its listing read and its page confirmed unchanged
    by it (as in production, no page request), its section marked confirmed this run."""
    assert source == "statutes_mn"
    rows = run.fetches(source)
    assert [(o, s, m, urlsplit(u).path) for o, s, m, u in rows] == [
        ("listing", 200, MN_CONFIRMED, MN_DIR)
    ], rows
    assert run.source_run(source)[0] == "ok"
    confirmed = run.query(
        "select count(*) from statute_sections s join change_list_confirmations c "
        "on c.fetch_id = s.last_fetch_id where s.source = ? and c.run_id = ?",
        [source, run.run_id],
    )[0][0]
    assert confirmed == 1, f"{source}: section not confirmed in run {run.run_id}"


def assert_recovered(run: Run, kind: str, note: str | None = None) -> None:
    """The faulty source ended ok: exit 0, same text as before, no change rows."""
    assert run.result.returncode == 0, run.result.stderr
    assert_listing_missing(run)
    rows = run.pages("statutes_hi")
    assert [o for o, *_ in rows] == ["ok"], rows
    if note:
        assert note in (rows[0][2] or ""), rows
    assert_healthy(run, "statutes_mn")
    problems = damage(run.before, snapshot(run.db), "")
    SUMMARY["rows_lost"] += len(problems)
    assert not problems, problems
    changes = run.query("select change_type from changes where run_id = ?", [run.run_id])
    assert changes == [], changes
    SUMMARY["faults"][kind] = {"outcome": "ok", "message": rows[0][2]}


# -- the faults --------------------------------------------------------------------------------


def test_500_and_503_are_retried_then_ok(world, tmp_path):
    run = crawl(
        world, tmp_path, {HI_PATH: [Fault(status(500)), Fault(status(503)), Conditional(HI_BODY)]}
    )
    hits = world.server.hits(HI_PATH)
    assert len(hits) == 3
    assert all(h.headers.get("If-None-Match") == '"v1"' for h in hits)
    # Recorded as what the site finally said (304), not as the cached copy standing in for
    # the 500 (Scrapy's RFC2616Policy would have done that on the first attempt).
    assert_recovered(run, "http_500_503_then_304", "not modified")
    assert run.pages("statutes_hi")[0][1] == 304


def test_429_retry_after_is_honoured(world, tmp_path):
    run = crawl(
        world, tmp_path, {HI_PATH: [Fault(status(429, {"Retry-After": "2"})), Page(HI_BODY)]}
    )
    assert run.pages("statutes_hi")[0][1:3] == (200, None)  # nothing of the 429 left over
    first, second = world.server.hits(HI_PATH)
    waited = second.start - first.end
    assert waited >= 1.9, f"retried after {waited:.2f} s, Retry-After said 2 s"
    assert waited < 10
    assert_recovered(run, "http_429_retry_after_2s")
    SUMMARY["faults"]["http_429_retry_after_2s"]["measured_wait_s"] = round(waited, 2)


def test_429_retry_after_over_the_cap_is_not_retried(world, tmp_path):
    run = crawl(world, tmp_path, {HI_PATH: Fault(status(429, {"Retry-After": "100000"}))})
    assert len(world.server.hits(HI_PATH)) == 1  # not hammered, not retried
    assert_failed_alone(run, "http_429_retry_after_over_cap", "http_error", "over the 120 s cap")
    assert run.elapsed < 60


def test_timeout(world, tmp_path):
    run = crawl(world, tmp_path, {HI_PATH: Fault(Sleep(TIMEOUT * 4, Page(HI_BODY)))})
    assert len(world.server.hits(HI_PATH)) == 3  # retried twice
    assert_failed_alone(run, "timeout", "network_error", "timeout: ")
    assert "took longer than" in run.pages("statutes_hi")[0][2]


def test_slow_drip_is_cut_by_the_overall_timeout(world, tmp_path):
    # Bytes keep coming (no read ever stalls), but even the short HI_BODY written here (used
    # without ../shared) would take over 20 s at 4 bytes per 0.2 s.
    run = crawl(world, tmp_path, {HI_PATH: Fault(Drip(HI_BODY, chunk=4, interval=0.2))})
    assert_failed_alone(run, "slow_drip", "network_error", "timeout: ")
    assert run.elapsed < 40


def test_truncated_body_is_a_network_error_and_not_stored(world, tmp_path):
    half = HI_BODY[: len(HI_BODY) // 2]
    run = crawl(world, tmp_path, {HI_PATH: Fault(Truncated(half, claimed=len(HI_BODY)))})
    assert len(world.server.hits(HI_PATH)) == 3
    assert_failed_alone(run, "truncated_body", "network_error", "truncated response")


def test_dead_site_fails_its_source_with_one_line_per_failure(world, tmp_path):
    """A host where nothing listens (a dead site): its robots.txt and its page are refused.
    The source fails with the cause, the other source is stored, nothing stored is lost, and
    the log says each failure in one line: no traceback (Scrapy's robots.txt middleware logs
    one per dead host, ~60 lines of Twisted internals, unless NetworkTracebackFilter drops it)."""
    dead = f"http://127.0.0.1:{free_port()}"  # bound, then closed: connections are refused
    registry = tmp_path / "statutes.yml"
    text = (world.tmp / "statutes.yml").read_text(encoding="utf-8")
    registry.write_text(text.replace(world.server.base + HI_PATH, dead + HI_PATH), "utf-8")
    run = crawl(world, tmp_path, {}, env={"HOTLINE_WATCH_STATUTES": str(registry)})
    # Its change list is on the dead host too: refused, the page then asked (and refused).
    assert_failed_alone(
        run, "dead_site", "network_error", "connection refused", listing="connection refused ("
    )
    output = run.result.stdout + run.result.stderr
    # robots.txt: still logged, against the first request to the host (its change list).
    assert f"Error downloading <GET {dead}{HI_DIR}>" in output
    assert world.server.hits(HI_PATH) == []


def test_page_sent_as_utf8_but_windows_1252_is_decoded_right(world, tmp_path):
    assert b"\xa7" in HI_BODY  # the section sign is not valid UTF-8 on its own
    run = crawl(world, tmp_path, {HI_PATH: Fault(Page(HI_BODY, "text/html; charset=utf-8"))})
    assert_recovered(run, "charset_declared_utf8", "declared utf-8, decoded as cp1252")


def test_page_without_any_charset_is_decoded_right(world, tmp_path):
    body = HI_BODY.replace(b"charset=windows-1252", b"")
    assert b"charset" not in body.lower()
    run = crawl(world, tmp_path, {HI_PATH: Fault(Page(body, "text/html"))})
    assert_recovered(run, "charset_missing", "no charset declared, decoded as cp1252")


def test_50_mb_page_announced_is_too_large(world, tmp_path):
    run = crawl(world, tmp_path, {HI_PATH: Fault(Huge(FIFTY_MB, content_length=True))})
    assert_failed_alone(run, "too_large_announced", "too_large", f"({MAX_PAGE_BYTES} bytes)")
    assert len(world.server.hits(HI_PATH)) == 1  # not retried
    assert world.server.bytes_sent.get(HI_PATH, 0) < 10 * MAX_PAGE_BYTES


def test_50_mb_page_streamed_without_length_is_too_large(world, tmp_path):
    run = crawl(world, tmp_path, {HI_PATH: Fault(Huge(FIFTY_MB, content_length=False))})
    assert_failed_alone(run, "too_large_streamed", "too_large", "download stopped")
    assert world.server.bytes_sent.get(HI_PATH, 0) < FIFTY_MB // 2


def test_redirect_loop(world, tmp_path):
    run = crawl(
        world,
        tmp_path,
        {
            HI_PATH: Fault(redirect("/loop/a")),
            "/loop/a": Fault(redirect("/loop/b")),
            "/loop/b": Fault(redirect("/loop/a")),
        },
    )
    assert_failed_alone(run, "redirect_loop", "http_error", "redirect loop: more than 5")
    # Recorded against the URL the registry lists, not the last hop.
    assert run.pages("statutes_hi")[0][3] == world.url(HI_PATH)


def test_offsite_redirect_is_not_followed(world, tmp_path):
    elsewhere = world.url("/elsewhere.htm", host="localhost")
    run = crawl(world, tmp_path, {HI_PATH: Fault(redirect(elsewhere, 301))})
    assert_failed_alone(run, "offsite_redirect", "offsite", "offsite redirect not followed")
    assert "/elsewhere.htm" not in world.server.paths()


def test_onsite_redirect_is_followed(world, tmp_path):
    # Spiders handle every status themselves; redirects must still be followed.
    run = crawl(
        world,
        tmp_path,
        {
            HI_PATH: redirect("/moved/HRS_0371-0020.htm", 301),
            "/moved/HRS_0371-0020.htm": Page(HI_BODY),
        },
    )
    assert run.result.returncode == 0, run.result.stderr
    assert [(o, u) for o, _, _, u in run.fetches("statutes_hi")] == [
        ("listing", world.url(HI_DIR)),  # not served: the page is fetched one by one
        ("ok", world.url("/moved/HRS_0371-0020.htm")),
    ]
    assert not damage(run.before, snapshot(run.db), "", ignore={"url"})


def test_malformed_html_is_a_parse_error(world, tmp_path):
    junk = b"<html><body><div class=WordSection1><p><<<>>></b></i>\x00\xff&#xZZ;</p><table"
    run = crawl(world, tmp_path, {HI_PATH: Fault(Page(junk))})
    assert_failed_alone(run, "malformed_html", "parse_error", "hi_hrs: ")


def test_malformed_json_is_a_parse_error(world, tmp_path):
    run = crawl(
        world,
        tmp_path,
        {VA_PATH: Fault(Page(b'{"ChapterList": [{"SectionNumber": ', "application/json"))},
        spiders=("statutes_va", "statutes_mn"),
    )
    assert_failed_alone(run, "malformed_json", "parse_error", "not JSON", source="statutes_va")


def test_malformed_feed_is_a_parse_error_and_the_listing_takes_over(world, tmp_path):
    broken = b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>Broken"
    run = crawl(
        world,
        tmp_path,
        {TX_FEED: Fault(Page(broken, "application/rss+xml"))},
        spiders=("ag_tx", "statutes_mn"),
    )
    assert_failed_alone(
        run, "malformed_feed", "parse_error", "feed: not well-formed XML", source="ag_tx"
    )
    assert SUMMARY["faults"]["malformed_feed"]["message"].startswith("feed: not well-formed XML")
    # The HTML listing (the fallback) still brought the release in.
    assert run.query("select url from press_releases") == [(world.url(TX_RELEASE),)]


def test_empty_page_leaves_the_section_alone(world, tmp_path):
    run = crawl(world, tmp_path, {HI_PATH: Fault(Page(b""))})
    assert_failed_alone(run, "empty_page", "parse_error", "empty page")
    assert run.query("select missing_count from statute_sections where source = 'statutes_hi'") == [
        (0,)
    ]


def test_section_gone_after_two_successful_absent_fetches(world, tmp_path):
    absent = Fault(Page(hi_page("371-21", "This section was renumbered as section 371-22.")))
    runs: list[Run] = []
    db = None
    for n in (1, 2):
        runs.append(crawl(world, tmp_path, {HI_PATH: absent}, db=db))
        db = runs[-1].db
        assert_failed_alone(
            runs[-1],
            f"section_absent_{n}",
            "not_found",
            "section 371-20 not on the page",
            ignore={"missing_count"},
        )
    with sqlite3.connect(db) as conn:
        section = conn.execute(
            "select text, missing_count from statute_sections where source = 'statutes_hi'"
        ).fetchall()
        gone = conn.execute(
            "select run_id, record_id from changes where change_type = 'section_gone'"
        ).fetchall()
        baseline_text = (
            sqlite3.connect(world.baseline)
            .execute("select text from statute_sections where source = 'statutes_hi'")
            .fetchone()[0]
        )
    assert section == [(baseline_text, 2)]  # still there, text untouched
    assert gone == [(runs[1].run_id, "HI:HRS:371-20")]  # once, on the second absence
    # The section comes back: counted present again, no new version, no new change.
    back = crawl(world, tmp_path, {}, db=db)
    assert back.result.returncode == 0
    assert back.query(
        "select missing_count from statute_sections where source = 'statutes_hi'"
    ) == [(0,)]
    assert back.query(
        "select count(*) from section_versions where section_id = 'HI:HRS:371-20'"
    ) == [(1,)]


# -- politeness --------------------------------------------------------------------------------


def test_one_request_at_a_time_per_host_across_spiders(world, tmp_path):
    """Six spiders share 127.0.0.1; Scrapy's per-domain limit is per spider, the host gate makes
    it one request at a time for the whole run."""
    codes = ["CO", "DE", "GA", "ID", "KY", "ME"]
    entries, routes = {}, {}
    for code in codes:
        sections, listed = [], []
        for n in (1, 2):
            path = f"/{code.lower()}/HRS_0371-00{n}{len(sections)}.htm"
            number = f"371-{n}{len(sections)}"
            body = hi_page(number, f"{code} sign text {n}.")
            routes[path] = Sleep(0.15, Page(body))
            listed.append((path.rsplit("/", 1)[1], 1_700_000_000, len(body)))
            sections.append(
                {"citation": f"{code} {number}", "url": world.url(path), "verified": "unverified"}
            )
        # Each directory's change list, read first (a first crawl: both pages then fetched).
        listing = render_iis_listing(f"/{code.lower()}/", listed).encode()
        routes[f"/{code.lower()}/"] = Sleep(0.15, Page(listing, "text/html; charset=utf-8"))
        entries[code] = statute_entry(code, "hi_hrs", "127.0.0.1", sections)
    write_statutes(tmp_path / "polite.yml", entries)
    world.server.reset()
    world.server.routes_from(routes)
    env = {
        **world.env,
        **cli_environment(tmp_path),
        "HOTLINE_WATCH_STATUTES": str(tmp_path / "polite.yml"),
    }
    spiders = [f"statutes_{c.lower()}" for c in codes]
    result = run_cli(["crawl", *spiders, "--db", str(tmp_path / "polite.db")], env, timeout=120)
    SUMMARY["runs_completed"] += 1
    assert result.returncode == 0, result.stderr
    host = f"127.0.0.1:{world.server.port}"
    # 12 pages and the 6 directories' change lists.
    assert len([p for p in world.server.paths() if p != "/robots.txt"]) == 18
    assert world.server.overlap() == {host: 1}, str(
        sorted((round(h.start, 3), round(h.end, 3), h.path) for h in world.server.log)
    )
    # The six spiders were open side by side: every robots.txt came before the first page
    # was done, so without the gate their pages would have overlapped.
    log = world.server.log
    first_page_done = min(h.end for h in log if h.path != "/robots.txt")
    robots = [h.start for h in log if h.path == "/robots.txt"]
    assert len(robots) == 6 and max(robots) < first_page_done


def test_conditional_refetch_records_304_not_modified(world, tmp_path):
    db = tmp_path / "cond.db"
    routes = {HI_PATH: Conditional(HI_BODY)}
    first = crawl(world, tmp_path, routes, spiders=("statutes_hi",), db=db)
    assert first.result.returncode == 0, first.result.stderr
    second = crawl(world, tmp_path, routes, spiders=("statutes_hi",), db=db)
    assert second.result.returncode == 0, second.result.stderr
    asked = world.server.hits(HI_PATH)[-1].headers
    assert asked.get("If-None-Match") == '"v1"'
    assert asked.get("If-Modified-Since") == "Mon, 02 Nov 2026 10:00:00 GMT"
    # The same bytes as the stored section, parsed by the same code: not parsed again.
    assert [(o, s, m) for o, s, m, _ in second.fetches("statutes_hi")] == [
        ("listing", 404, HI_NO_LISTING),  # no change list: the page is asked one by one
        ("ok", 304, NOT_PARSED_AGAIN),
    ]
    assert second.query(
        "select count(*) from statute_sections s join fetches f on f.id = s.last_fetch_id "
        "where f.run_id = ? and s.last_seen = f.fetched_at",
        [second.run_id],
    ) == [(1,)]  # ... but its section is recorded as seen by this fetch
    assert second.query("select count(*) from changes where run_id = ?", [second.run_id]) == [(0,)]
    assert not damage(second.before, snapshot(db), "")
    assert second.query("select count(*) from section_versions") == [(1,)]


# -- units: the pieces the scenarios rely on ---------------------------------------------------


def test_retry_after_values():
    from hotline_watch.middlewares import retry_after_seconds

    now = datetime(2026, 11, 2, 10, 0, 0, tzinfo=UTC)
    assert retry_after_seconds(b"120") == 120
    assert retry_after_seconds("Mon, 02 Nov 2026 10:00:30 GMT", now=now) == 30
    assert retry_after_seconds("Mon, 02 Nov 2026 09:00:00 GMT", now=now) == 0
    assert retry_after_seconds(b"soon") is None
    assert retry_after_seconds(None) is None


def test_repair_encoding_keeps_a_correct_declaration():
    from scrapy.http import HtmlResponse

    from hotline_watch.middlewares import repair_encoding

    ok = HtmlResponse(
        "http://x/", body="caf\u00e9".encode(), headers={"Content-Type": "text/html; charset=utf-8"}
    )
    assert repair_encoding(ok) is ok
    wrong = HtmlResponse(
        "http://x/",
        body="\u00a7 caf\u00e9".encode("cp1252"),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    assert repair_encoding(wrong).text == "\u00a7 caf\u00e9"


# -- the offload worker (hotline_watch/offload.py) ----------------------------------------------

#: What a crawl stores of a page that must not depend on where it was parsed and coded.
CODED = (
    "select s.id, s.text_hash, s.heading, p.* from statute_sections s "
    "join provisions p on p.section_id = s.id order by s.id"
)
WORKER_VOLATILE = {"coded_at", "first_seen", "last_seen", "last_fetch_id", "fetch_id"}


def coded_rows(db: Path) -> list[dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [
            {k: r[k] for k in r.keys() if k not in WORKER_VOLATILE}
            for r in conn.execute(CODED).fetchall()
        ]


def offload_crawl(world: World, tmp_path: Path, fault: str | None) -> tuple:
    """A first crawl of the three statute sources into a new database, each page sent to the
    offload worker (broken on purpose by `fault`); returns (result, db)."""
    world.server.reset()
    world.server.routes_from(healthy_routes())
    db = tmp_path / "offload.db"
    env = offload_environment({**world.env, **cli_environment(tmp_path)}, fault)
    spiders = ["statutes_hi", "statutes_mn", "statutes_va"]
    result = run_cli(["crawl", *spiders, "-v", "--db", str(db)], env, timeout=120)
    SUMMARY["runs_completed"] += 1
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.returncode == 0, output
    with sqlite3.connect(db) as conn:
        outcomes = conn.execute(
            "select source, outcome from fetches order by source, outcome"
        ).fetchall()
    # Hawaii's and Minnesota's change lists (one 'listing' row each), then every page.
    assert outcomes == [
        *[(s, o) for s in spiders[:2] for o in ("listing", "ok")],
        (spiders[2], "ok"),
    ], outcomes
    # Parsed and coded exactly as the baseline crawl (in-process) stored them.
    assert coded_rows(db) == coded_rows(world.baseline) != []
    # Each page archived (its record built by the worker, when it works), intact, in place.
    with sqlite3.connect(db) as conn:
        archived = dict(conn.execute("select archive, url from fetches").fetchall())
    records = {
        r.location: r.url
        for path in {a.partition("#")[0] for a in archived}
        for r in iter_responses(path)
        if r.damage is None
    }
    # Three pages and Hawaii's and Minnesota's change lists (their responses are archived too).
    assert len(archived) == 5 and archived.items() <= records.items(), (records, archived)
    return result, db


def test_offload_worker_parses_and_codes_as_the_crawl_process(world, tmp_path):
    result, _ = offload_crawl(world, tmp_path, None)
    assert "parsing and coding in a worker process (pid " in result.stderr
    assert "worker process" not in result.stderr.replace("in a worker process (pid", "")


@pytest.mark.parametrize(
    ("fault", "says"),
    [("no-start", "worker process did not start"), ("dies", "worker process ended")],
)
def test_offload_worker_failure_parses_in_process_and_says_so_once(world, tmp_path, fault, says):
    """A worker that cannot start or dies costs nothing but speed: every page is parsed and
    coded in the crawl process, and the failure is logged once for the three spiders."""
    result, _ = offload_crawl(world, tmp_path, fault)
    SUMMARY["faults"][f"offload worker {fault}"] = "parsed in process"
    SUMMARY["faults_injected"] += 1
    assert result.stderr.count(says) == 1, result.stderr
    assert "parsing and coding go on in the crawl process" in result.stderr
    if fault == "dies":
        assert "exit status 70" in result.stderr


def test_offload_worker_answers_relays_logs_and_fails_once(caplog):
    """The worker itself: answers, the callee's exceptions and log records come back; once
    its process is killed, every call (pending or new) raises OffloadError, logged once."""
    import asyncio
    import logging
    import os
    import signal

    async def scenario() -> None:
        worker = offload.Worker()
        try:
            assert await worker.call(pow, 2, 10) == 1024
            with pytest.raises(ValueError, match="invalid literal"):
                await worker.call(int, "x")
            await worker.call(logging.warning, "from the worker: %s", "relayed")
            # Killed while a call is pending (a child busy in `time.sleep`).
            pending = asyncio.ensure_future(worker.call(time.sleep, 30))
            await asyncio.sleep(0.2)
            os.kill(worker._proc.pid, signal.SIGKILL)
            with pytest.raises(offload.OffloadError, match="exit status -9"):
                await asyncio.wait_for(pending, 10)
            for _ in range(2):
                with pytest.raises(offload.OffloadError):
                    await worker.call(pow, 2, 3)
        finally:
            worker.close()

    with caplog.at_level(logging.INFO):
        asyncio.run(scenario())
    assert "from the worker: relayed" in caplog.messages
    failures = [r for r in caplog.records if r.name == offload.__name__ and r.levelno >= 40]
    assert len(failures) == 1, caplog.messages
    assert "worker process ended (exit status -9)" in failures[0].getMessage()


def test_offload_worker_parses_a_page_in_the_call_that_builds_its_record():
    """One worker call per fetched page: the archive middleware's call for the WARC record also
    parses and codes the page (its charset as repaired), and the spider uses that page
    without calling the worker again; a response of another callback gets its record only."""
    import asyncio
    import io

    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler
    from warcio.archiveiterator import ArchiveIterator

    from hotline_watch.middlewares import repair_encoding
    from hotline_watch.registry import SectionSource, StatuteSource
    from spiders.sites import FollowRequest
    from spiders.statutes import StatuteSpider

    url = "http://127.0.0.1:9/hrscurrent/HRS0371/HRS_0371-0001.htm"
    wanted = SectionSource("HRS \u00a7 371-1", url, "hi_hrs", "2026-12-06", section="371-1")
    spidercls = type(
        "OneCallSpider",
        (StatuteSpider,),
        {
            "name": "statutes_hi",
            "source": StatuteSource("HI", "hi_hrs", ("127.0.0.1",), "required", (wanted,)),
        },
    )
    crawler = get_crawler(spidercls, {"HOTLINE_WATCH_OFFLOAD_MIN_PAGES": 1})
    spider = spidercls.from_crawler(crawler)
    body = hi_page("371-1", "Every bar shall post the hotline 1-888-373-7888 sign \u2014 in full.")
    calls: list[str] = []

    async def scenario() -> None:
        try:
            await one_call()
        finally:
            proc = spider.worker._proc
            spider._release_worker()  # on the loop the worker's pipes belong to
            await proc.wait()

    async def one_call() -> None:
        call = spider.worker.call

        async def counted(func, *args):
            calls.append(func.__name__)
            return await call(func, *args)

        spider.worker.call = counted
        request = spider._request(FollowRequest(url), wanted, follows=0)
        request.meta["hw_fetched_at"] = "2026-12-06T20:00:00+00:00"
        headers = [("Content-Type", "text/html; charset=utf-8")]  # wrong: cp1252 bytes
        response = repair_encoding(HtmlResponse(url, headers=dict(headers), body=body), request)
        record = await spider.archive_in_worker(request, response, (url, 200, headers, body))
        page = request.meta["hw_page"]
        assert page.coded and [s.section_number for s in page.sections] == ["371-1"]
        assert "\u2014" in page.sections[0].text  # decoded as the charset repair said
        assert page.fetch.fetched_at == "2026-12-06T20:00:00+00:00"
        assert page.fetch.message == request.meta["hw_charset_note"]
        archived = [
            (r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
            for r in ArchiveIterator(io.BytesIO(record))
        ]
        assert archived == [(url, body)]
        bound = response.replace(request=request)
        assert await spider.parse_page(bound, wanted) == [page]
        assert calls == ["record_and_parse"]  # parse_page did not call the worker again
        # A change list (another callback): its record only.
        listing = request.replace(callback=spider.parse_change_list)
        await spider.archive_in_worker(listing, response, (url, 200, headers, body))
        assert "hw_page" not in listing.meta and calls == ["record_and_parse"] * 2

    asyncio.run(scenario())


def test_fault_suite_figures(capsys):
    """Last: the figures the lead quotes (tests/artifacts/fault_suite.json)."""
    if not SUMMARY["faults"]:
        pytest.skip("no fault test ran before this one (run the whole file)")
    out = ROOT / "tests" / "artifacts" / "fault_suite.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(out.read_text()) if out.exists() else {}
    figures = {
        **previous,
        "fault_suite": {
            "fault_kinds": len(SUMMARY["faults"]),
            "faults_injected": SUMMARY["faults_injected"],
            "runs_completed": SUMMARY["runs_completed"],
            "rows_lost": SUMMARY["rows_lost"],
            "faults": SUMMARY["faults"],
        },
    }
    out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    with capsys.disabled():
        print(
            f"\nfault suite: {len(SUMMARY['faults'])} fault kinds, "
            f"{SUMMARY['faults_injected']} faults injected, {SUMMARY['runs_completed']} runs "
            f"completed, {SUMMARY['rows_lost']} rows lost -> {out.relative_to(ROOT)}"
        )
    assert SUMMARY["rows_lost"] == 0
    assert SUMMARY["faults_injected"] >= len(SUMMARY["faults"])
    assert SUMMARY["runs_completed"] >= len(SUMMARY["faults"])
