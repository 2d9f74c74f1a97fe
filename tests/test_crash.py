"""Crash safety: `hotline-watch run` killed with SIGKILL in the middle of a crawl and in the
middle of sending alerts, then run again to completion.

One scenario (module fixture), several checks. A 51-entry registry whose Hawaii entry lists
PAGES section pages on a loopback server, a 51-office AG registry on the same server, a
subscription with a json:// webhook to a loopback receiver.

A. `run` with every page at version 1 (the first crawl: baseline, nothing alerted).
B. Every page changes to version 2 and is served slowly; `run` is started and, once some pages
   are stored, a second `run` is started (it must exit 3 and write nothing), then the first is
   killed with SIGKILL.
C. `run` again, the webhook slow; killed with SIGKILL after a few alerts went out. (It started
   at all: the lock a killed process held does not block.)
D. `run` to completion, then E. once more with nothing changed.

Resumable runs: JOBDIR is deliberately not used. Pages are committed in batches (at most
HOTLINE_WATCH_BATCH_PAGES pages or HOTLINE_WATCH_BATCH_SECONDS seconds of work, see
hotline_watch/writer.py), so a killed run keeps every page but those of its open batch, and
none half-stored; statute requests are `dont_filter` (re-checked every run by design), so a
JOBDIR's dupefilter would skip nothing, and its pickled queue would resume the registry of the
killed run rather than today's. The next run re-crawls everything instead: unchanged pages
cost a 304 through the HTTP cache (a 304 of a page the killed run fetched but did not commit
is parsed and stored like a new page), and AG listings stop at releases already stored.
Scenario B checks that only the last batch was lost; C/D that it is fetched and stored again.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fault_server import (
    EMPTY_LISTING,
    FaultServer,
    Page,
    Sleep,
    hi_page,
    statute_entry,
    write_crawl_yml,
    write_offices,
    write_statutes,
)

from conftest import ROOT, cli_environment, hotline_watch_cmd, offload_environment, run_cli
from hotline_watch.archive import ArchiveIndex
from hotline_watch.jurisdictions import JURISDICTIONS
from hotline_watch.settings import HOTLINE_WATCH_BATCH_PAGES, HOTLINE_WATCH_BATCH_SECONDS

PAGES = 24
FIGURES: dict = {}


def page_path(n: int) -> str:
    return f"/hrscurrent/HRS0371/HRS_0371-{n:04d}.htm"


def page_body(n: int, version: int) -> bytes:
    extra = " and every truck stop" if version == 2 else ""
    return hi_page(
        f"371-{n}",
        f"Every bar{extra} shall post the National Human Trafficking Hotline 1-888-373-7888 "
        f"sign (section {n}, version {version}).",
    )


class Webhook:
    """A json:// receiver that records each delivery id, optionally slowly."""

    def __init__(self):
        self.received: list[str] = []
        self.delay = 0.0
        self.stop = threading.Event()
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server API
                length = int(self.headers.get("Content-Length") or 0)
                json.loads(self.rfile.read(length) or b"{}")
                hook.received.append(self.headers.get("X-Hotline-Watch-Delivery", "?"))
                hook.stop.wait(min(hook.delay, 5))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.port = self.server.server_port

    def close(self):
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


def start_run(env: dict, db: Path, log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [*hotline_watch_cmd(), "run", "--db", str(db), "--log-file", str(log)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(condition, timeout: float, what: str, proc: subprocess.Popen | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if proc is not None and proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"run ended (status {proc.returncode}) before {what}:\n{err[-3000:]}")
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


def query(db: Path, sql: str, args=()) -> list[tuple]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def child_pids(pid: int) -> list[int]:
    """The children of a live process (its offload worker), from /proc."""
    kids: list[int] = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
            kids += [int(k) for k in fh.read().split()]
    return kids


def wait_gone(pids: list[int], timeout: float) -> list[int]:
    """Those of `pids` still running (neither gone nor a zombie) after up to `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        alive = []
        for pid in pids:
            try:
                with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
                    if fh.read().rpartition(")")[2].split()[0] != "Z":
                        alive.append(pid)
            except OSError:
                pass
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def kill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crash")
    server = FaultServer(max_seconds=600)
    hook = Webhook()
    sections = [
        {
            "citation": f"Haw. Rev. Stat. § 371-{n}",
            "url": server.base + page_path(n),
            "verified": "unverified",
        }
        for n in range(1, PAGES + 1)
    ]
    write_statutes(
        tmp / "statutes.yml", {"HI": statute_entry("HI", "hi_hrs", "127.0.0.1", sections)}
    )
    write_offices(tmp / "ag.yml", server.base)
    write_crawl_yml(tmp / "crawl.yml", timeout=5)
    (tmp / "subscriptions.yml").write_text(
        f'subscriptions:\n  - name: newsroom\n    url: "json://127.0.0.1:{hook.port}/hook"\n'
    )
    # Pages parsed and coded in the offload worker process, as in a large crawl: a kill of
    # the crawl must not leave it behind either.
    env = offload_environment(cli_environment(tmp, configs=True))
    db = tmp / "hotline.db"
    logs = tmp / "logs"
    listings = {f"/ag/{c.lower()}/news": Page(EMPTY_LISTING, "text/html") for c in JURISDICTIONS}

    def serve(version: int, slow: float = 0.0):
        server.reset()
        server.routes_from(listings)
        for n in range(1, PAGES + 1):
            page = Page(page_body(n, version))
            server.route(page_path(n), Sleep(slow, page) if slow else page)

    obs: dict = {"db": db, "tmp": tmp, "server": server, "hook": hook}
    runs = 0

    # A. first crawl, version 1
    serve(1)
    a = run_cli(["run", "--db", str(db), "--log-file", str(logs / "a.log")], env, timeout=180)
    assert a.returncode == 0, a.stderr[-3000:]
    runs += 1
    obs["a"] = a

    # B. version 2, slow pages: a second run is refused, then the first is killed mid-crawl.
    serve(2, slow=0.4)
    b = start_run(env, db, logs / "b.log")
    stored = (
        "select count(*) from fetches where run_id = 2 and source = 'statutes_hi' "
        "and outcome = 'ok'"
    )
    wait_for(lambda: query(db, stored)[0][0] >= 6, 90, "6 pages stored", b)
    runs_before = query(db, "select count(*) from runs")[0][0]
    second = run_cli(
        ["run", "--db", str(db), "--log-file", str(logs / "second.log")], env, timeout=60
    )
    obs["second"] = second
    obs["second_wrote_runs"] = query(db, "select count(*) from runs")[0][0] - runs_before
    obs["second_log_exists"] = (logs / "second.log").exists()
    obs["b_workers"] = child_pids(b.pid)
    kill(b)
    killed_at = time.monotonic()
    obs["b_workers_left"] = wait_gone(obs["b_workers"], 10)
    obs["killed_crawl_pages"] = query(db, stored)[0][0]
    obs["b_hits"] = [
        (hit.path, killed_at - hit.start) for hit in server.log if hit.path.startswith("/hrs")
    ]
    obs["b_stored_urls"] = {
        row[0]
        for row in query(db, "select url from fetches where run_id = 2 and source = 'statutes_hi'")
    }
    obs["after_kill"] = {
        "integrity": query(db, "pragma integrity_check"),
        "run2": query(db, "select status, finished from runs where id = 2"),
        "pages": query(
            db,
            "select f.id, f.url, s.last_fetch_id, s.text from fetches f "
            "left join statute_sections s on s.url = f.url "
            "where f.run_id = 2 and f.source = 'statutes_hi' and f.outcome != 'listing'",
        ),
        # Change lists are on, as in production; this server has no listing for the chapter
        # (a 404), so the pages are fetched one by one after it.
        "listing": query(
            db,
            "select status, message from fetches "
            "where run_id = 2 and source = 'statutes_hi' and outcome = 'listing'",
        ),
    }

    # C. the lock a killed process held does not block; killed again while alerting.
    serve(2)
    hook.delay = 0.5
    c = start_run(env, db, logs / "c.log")
    wait_for(lambda: len(hook.received) >= 3, 120, "3 alerts delivered", c)
    kill(c)
    obs["received_before_kill"] = len(hook.received)

    # D. to completion; E. once more, nothing changed.
    hook.delay = 0.0
    d = run_cli(["run", "--db", str(db), "--log-file", str(logs / "d.log")], env, timeout=180)
    e = run_cli(["run", "--db", str(db), "--log-file", str(logs / "e.log")], env, timeout=180)
    runs += 2
    obs["d"], obs["e"] = d, e
    obs["runs_completed"] = runs
    obs["sigkills"] = 2
    yield obs
    hook.close()
    server.close()


# -- the lock ----------------------------------------------------------------------------------


def test_second_concurrent_run_exits_3_and_writes_nothing(scenario):
    second = scenario["second"]
    assert second.returncode == 3, second.stderr
    assert "another hotline-watch run is in progress" in second.stderr
    assert "this run did nothing" in second.stderr
    assert "Traceback" not in second.stderr
    assert scenario["second_wrote_runs"] == 0
    assert not scenario["second_log_exists"]


def test_stale_lock_after_kill_does_not_block(scenario):
    db = scenario["db"]
    lock = db.with_name(db.name + ".lock")
    assert lock.exists()  # the file stays; flock died with the process
    # Runs C, D and E all started after a SIGKILLed holder (C was killed while alerting).
    assert scenario["received_before_kill"] >= 3
    for key in ("d", "e"):
        assert scenario[key].returncode in (0, 1), scenario[key].stderr[-3000:]
        assert "alerts:" in scenario[key].stdout


# -- the database after the kills --------------------------------------------------------------


def test_killed_crawl_leaves_no_worker_process(scenario):
    """The offload worker ends with the crawl that was killed (its stdin closes)."""
    assert len(scenario["b_workers"]) == 1, scenario["b_workers"]
    assert scenario["b_workers_left"] == []


def test_killed_crawl_left_whole_pages_only(scenario):
    after = scenario["after_kill"]
    assert after["integrity"] == [("ok",)]
    assert after["run2"] == [("running", None)]  # as the kill left it, until the next run
    assert scenario["killed_crawl_pages"] >= 6
    assert scenario["killed_crawl_pages"] < PAGES  # really killed mid-crawl
    # The listing came first, so it was in the first committed batch: once, the fallback said.
    assert [(s, m.split(":")[0]) for s, m in after["listing"]] == [(404, "change list not used")]
    for fetch_id, url, last_fetch_id, text in after["pages"]:
        # Each page stored by the killed run is there whole: its section points at that very
        # fetch and holds the new text.
        assert last_fetch_id == fetch_id, url
        assert "version 2" in text, url


def test_killed_crawl_lost_only_its_last_batch_and_fetched_it_again(scenario):
    """Pages are committed in batches: the kill loses the open batch (pages fetched in the last
    HOTLINE_WATCH_BATCH_SECONDS) and nothing older; the next run fetches those pages again
    and stores them (a 304 of bytes never stored is parsed like a new page)."""
    server, db = scenario["server"], scenario["db"]
    stored = scenario["b_stored_urls"]
    lost = [(path, age) for path, age in scenario["b_hits"] if server.base + path not in stored]
    # Served 0.4 s after the request, then parsed and stored; committed within a second.
    allowed = HOTLINE_WATCH_BATCH_SECONDS + 0.4 + 2.0  # + slack for a loaded machine
    assert [(p, round(age, 1)) for p, age in lost if age > allowed] == []
    assert len(lost) <= HOTLINE_WATCH_BATCH_PAGES
    FIGURES["pages_lost_by_kill"] = len(lost)
    for path, _ in lost:
        (fetched,) = query(
            db,
            "select count(*) from fetches where url = ? and run_id > 2 and outcome = 'ok'",
            [server.base + path],
        )[0]
        assert fetched >= 1, path
        (text,) = query(
            db, "select text from statute_sections where url = ?", [server.base + path]
        )[0]
        assert "version 2" in text, path


def test_database_is_consistent_after_kills_and_reruns(scenario):
    db = scenario["db"]
    assert query(db, "pragma integrity_check") == [("ok",)]
    assert query(db, "pragma foreign_key_check") == []
    orphans = {
        "sections without their fetch": "select count(*) from statute_sections "
        "where last_fetch_id not in (select id from fetches)",
        "versions without their section": "select count(*) from section_versions "
        "where section_id not in (select id from statute_sections)",
        "versions without their fetch": "select count(*) from section_versions "
        "where fetch_id not in (select id from fetches)",
        "provisions without their section": "select count(*) from provisions "
        "where section_id not in (select id from statute_sections)",
        "changes without their fetch": "select count(*) from changes "
        "where fetch_id is not null and fetch_id not in (select id from fetches)",
        "deliveries without their change": "select count(*) from deliveries "
        "where change_id not in (select id from changes)",
    }
    assert {k: query(db, sql)[0][0] for k, sql in orphans.items()} == dict.fromkeys(orphans, 0)
    # Natural keys, no duplicates, everything there.
    assert query(db, "select count(*), count(distinct id) from statute_sections") == [
        (PAGES, PAGES)
    ]
    assert query(db, "select count(*) from section_versions") == [(2 * PAGES,)]
    assert query(db, "select count(*) from statute_sections where text like '%version 2%'") == [
        (PAGES,)
    ]
    per_section = query(
        db,
        "select record_id, count(*) from changes where change_type = 'text_changed' "
        "group by record_id",
    )
    assert len(per_section) == PAGES and {n for _, n in per_section} == {1}
    assert query(
        db, "select count(*) from changes where change_type = 'text_changed' and baseline = 1"
    ) == [(0,)]
    # The run killed mid-crawl is closed as interrupted by the next one; the run killed while
    # alerting had finished its crawl. Nothing is left "running".
    statuses = dict(query(db, "select id, status from runs"))
    assert statuses == {1: "ok", 2: "interrupted", 3: "ok", 4: "ok", 5: "ok"}, statuses
    assert query(db, "select count(*) from runs where finished is null") == [(0,)]


def test_every_archived_fetch_points_at_its_own_record(scenario):
    """WARC offsets stay right with many spiders writing one file, and killed runs' records
    are readable up to the kill."""
    db = scenario["db"]
    rows = query(db, "select url, archive from fetches where archive is not null")
    assert rows
    by_file: dict[str, list[tuple[str, int]]] = {}
    for url, archive in rows:
        path, offset = archive.rsplit("#", 1)
        by_file.setdefault(path, []).append((url, int(offset)))
    for path, entries in by_file.items():
        index = ArchiveIndex([path])
        for url, offset in entries:
            record = index.get(url)
            assert record is not None, (path, url)
            with open(path, "rb") as stream:
                stream.seek(offset)
                from hotline_watch.archive import _read_one

                got = next(_read_one(stream, Path(path), offset))
            assert got.url == url, (path, offset, got.url, url)


# -- alerts --------------------------------------------------------------------------------


def test_each_change_is_delivered_at_most_once(scenario):
    db = scenario["db"]
    received = Counter(scenario["hook"].received)
    assert received and max(received.values()) == 1, received.most_common(3)
    deliveries = dict(
        query(
            db,
            "select change_id || ':' || subscription, status from deliveries",
        )
    )
    changes = query(db, "select count(*) from changes where baseline = 0")[0][0]
    assert len(deliveries) == changes  # one row per change and subscriber (the outbox)
    assert set(deliveries.values()) <= {"sent", "unconfirmed"}
    sent = {k for k, v in deliveries.items() if v == "sent"}
    unconfirmed = {k for k, v in deliveries.items() if v == "unconfirmed"}
    assert sent <= set(received)  # everything marked sent arrived
    # What arrived without being marked sent is exactly what the kill left unconfirmed.
    assert set(received) - sent <= unconfirmed
    assert len(unconfirmed) <= 1
    FIGURES.update(
        alerts_received=len(received),
        alerts_sent=len(sent),
        alerts_unconfirmed=len(unconfirmed),
        duplicate_alerts=sum(n - 1 for n in received.values()),
    )


def test_a_repeated_run_adds_nothing(scenario):
    db = scenario["db"]
    last = query(db, "select max(id) from runs")[0][0]
    assert query(db, "select count(*) from changes where run_id = ?", [last]) == [(0,)]
    pages = query(
        db,
        "select outcome, status, message from fetches where run_id = ? and source = 'statutes_hi'",
        [last],
    )
    # One row for the chapter's change list (none on this server: a 404, so every page is
    # requested), then one per page.
    listing = [(s, m.split(":")[0]) for o, s, m in pages if o == "listing"]
    assert listing == [(404, "change list not used")]
    pages = [p for p in pages if p[0] != "listing"]
    assert len(pages) == PAGES and all(o == "ok" for o, *_ in pages)


# -- the HTTP cache ----------------------------------------------------------------------------


def test_http_cache_entries_are_whole_or_absent(tmp_path):
    """Each cache entry is one SQLite row written in a transaction: a process killed while
    storing leaves the previous entry; an unreadable entry counts as not cached."""
    from scrapy import Request, Spider
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler

    from hotline_watch.middlewares import SqliteCacheStorage

    crawler = get_crawler(Spider, {"HTTPCACHE_DIR": str(tmp_path)})
    crawler.spider = crawler._create_spider("t")
    storage = SqliteCacheStorage(crawler.settings)
    storage.open_spider(crawler.spider)
    request = Request("http://127.0.0.1/a?key=secret")
    storage.store_response(
        crawler.spider, request, HtmlResponse(request.url, body=b"one", headers={"ETag": '"1"'})
    )
    storage.commit()  # entries are committed in batches; this one is now on disk
    # A writer killed mid-transaction: SQLite rolls it back on the next open.
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('begin')\n"
            "c.execute(\"update responses set data = x'00'\")\n"
            "os.kill(os.getpid(), 9)\n",
            str(storage.path),
        ],
        check=False,
    )
    assert child.returncode == -signal.SIGKILL
    cached = storage.retrieve_response(crawler.spider, request)
    assert cached.body == b"one" and cached.headers["ETag"] == b'"1"'
    storage.store_response(crawler.spider, request, HtmlResponse(request.url, body=b"two"))
    assert storage.retrieve_response(crawler.spider, request).body == b"two"
    assert "secret" not in storage.conn.execute("select url from responses").fetchone()[0]
    storage.conn.execute("update responses set data = x'00'")  # damaged some other way
    assert storage.retrieve_response(crawler.spider, request) is None
    storage.close_spider(crawler.spider)


def test_crash_figures(scenario, capsys):
    out = ROOT / "tests" / "artifacts" / "fault_suite.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    figures = json.loads(out.read_text()) if out.exists() else {}
    db = scenario["db"]
    figures["crash_suite"] = {
        "sigkills": scenario["sigkills"],
        "pages_stored_before_kill": scenario["killed_crawl_pages"],
        "runs_completed": scenario["runs_completed"],
        "second_run_refused_exit_3": scenario["second"].returncode == 3,
        "integrity_check": query(db, "pragma integrity_check")[0][0],
        "rows_lost": PAGES - query(db, "select count(*) from statute_sections")[0][0],
        **FIGURES,
    }
    out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    with capsys.disabled():
        c = figures["crash_suite"]
        print(
            f"\ncrash suite: {c['sigkills']} SIGKILLs, {c['runs_completed']} runs completed, "
            f"integrity {c['integrity_check']}, {c['rows_lost']} rows lost, "
            f"{c.get('duplicate_alerts', '?')} duplicate alerts"
        )
    c = figures["crash_suite"]
    assert c["integrity_check"] == "ok" and c["rows_lost"] == 0
    assert c["second_run_refused_exit_3"] and c["sigkills"] == 2
    assert c.get("duplicate_alerts", 0) == 0
