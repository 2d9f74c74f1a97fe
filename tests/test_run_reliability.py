"""`hotline-watch run` never reports a failure as success (issue 16).

Against a loopback site (one Hawaii entry with PAGES section pages, 51 empty AG newsrooms):

* disk full (RLIMIT_FSIZE on the child: the database may not grow) -> exit 1, the run not `ok`,
  the reason named, integrity intact, and the next run stores everything;
* SIGTERM, and a double Ctrl-C, mid-crawl -> exit 143 / 130, the run `interrupted` with the
  signal named, whole pages only;
* a second `run` through a symlink or a hard link to the database -> exit 3 at once, nothing
  written (the lock is keyed on the file, not the name).

Before: exit 0 and `ok` for the first two, and a concurrent second run (then a corrupted
database through the hard link) for the third.
"""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import time
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
from test_crash import page_path, query, start_run, wait_for

from conftest import ROOT, cli_environment, hotline_watch_cmd, run_cli
from hotline_watch.jurisdictions import JURISDICTIONS
from hotline_watch.runner import RunLocked, run_lock

PAGES = 20


class Site:
    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.server = FaultServer(max_seconds=900)
        sections = [
            {
                "citation": f"Haw. Rev. Stat. § 371-{n}",
                "url": self.server.base + page_path(n),
                "verified": "unverified",
            }
            for n in range(1, PAGES + 1)
        ]
        write_statutes(
            tmp / "statutes.yml", {"HI": statute_entry("HI", "hi_hrs", "127.0.0.1", sections)}
        )
        write_offices(tmp / "ag.yml", self.server.base)
        write_crawl_yml(tmp / "crawl.yml", timeout=5)
        (tmp / "subscriptions.yml").write_text("subscriptions: []\n")

    def serve(self, version: int, slow: float = 0.0) -> None:
        self.server.reset()
        self.server.routes_from(
            {f"/ag/{c.lower()}/news": Page(EMPTY_LISTING) for c in JURISDICTIONS}
        )
        for n in range(1, PAGES + 1):
            page = Page(
                hi_page(
                    f"371-{n}",
                    f"Every bar shall post the National Human Trafficking Hotline 1-888-373-7888 "
                    f"sign (section {n}, version {version}).",
                )
            )
            self.server.route(page_path(n), Sleep(slow, page) if slow else page)

    def env(self, tmp: Path) -> dict[str, str]:
        env = cli_environment(self.tmp, configs=True)
        env["HOTLINE_WATCH_ARCHIVE_DIR"] = str(tmp / "archive")
        env["HOTLINE_WATCH_HTTPCACHE_DIR"] = str(tmp / "httpcache")
        return env


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("reliability")
    site = Site(tmp)
    site.serve(1)
    site.baseline = tmp / "baseline.db"
    result = run_cli(
        ["run", "--db", str(site.baseline), "--log-file", str(tmp / "baseline.log")],
        site.env(tmp),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    yield site
    site.server.close()


@pytest.fixture
def db(site, tmp_path) -> Path:
    """A copy of the baseline database (version 1 of every page stored, run 1 ok)."""
    path = tmp_path / "hotline.db"
    with sqlite3.connect(site.baseline) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    return path


def count(db: Path, sql: str) -> int:
    """A count, or -1 while the database is still being created by the process under test."""
    try:
        return query(db, sql)[0][0] if db.exists() else -1
    except sqlite3.Error:
        return -1


def v2_stored(db: Path) -> int:
    return count(db, "select count(*) from statute_sections where text like '%version 2%'")


def runs(db: Path) -> list[tuple]:
    return query(db, "select id, status, message, finished is not null from runs order by id")


# -- disk full ---------------------------------------------------------------------------------


def test_disk_full_fails_the_run_and_names_the_reason(site, db, tmp_path):
    site.serve(2)
    env = site.env(tmp_path)
    limit = db.stat().st_size  # no file may grow past the database's current size

    def no_growth():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [*hotline_watch_cmd(), "run", "--db", str(db), "--log-file", str(tmp_path / "full.log")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=no_growth,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 1, out[-3000:]
    assert "Traceback" not in out, out[-3000:]
    assert "not stored" in out and "disk I/O error" in out, out[-3000:]
    assert query(db, "pragma integrity_check") == [("ok",)]
    assert v2_stored(db) < PAGES  # really cut short
    (_, status, message, _) = runs(db)[1]
    # Recorded as failed with the reason, or (when not even that row could be written) left
    # for the next run to close: never `ok`.
    assert status in ("failed", "running"), runs(db)
    if status == "failed":
        assert "page(s) not stored" in message and "disk I/O error" in message

    again = run_cli(
        ["run", "--db", str(db), "--log-file", str(tmp_path / "again.log")], env, timeout=300
    )
    assert again.returncode == 0, again.stderr[-3000:]
    assert v2_stored(db) == PAGES
    assert [r[1] for r in runs(db)][1:] in (["failed", "ok"], ["interrupted", "ok"])
    assert all(r[3] for r in runs(db))  # nothing left running


# -- signals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "signals, code, says",
    [
        ([signal.SIGTERM], 143, "interrupted by SIGTERM"),
        ([signal.SIGINT, signal.SIGINT], 130, "interrupted by SIGINT (signalled twice"),
    ],
    ids=["sigterm", "double-ctrl-c"],
)
def test_signal_mid_run_ends_it_as_interrupted(site, db, tmp_path, signals, code, says):
    site.serve(2, slow=0.3)
    env = site.env(tmp_path)
    proc = start_run(env, db, tmp_path / "run.log")
    wait_for(lambda: v2_stored(db) >= 4, 120, "4 pages stored", proc)
    for signum in signals:
        proc.send_signal(signum)
        time.sleep(0.2)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == code, err[-3000:]
    assert "Traceback" not in out + err
    ((_, status, message, finished),) = [r for r in runs(db) if r[0] == 2]
    assert status == "interrupted" and finished
    assert message.startswith(says), message
    assert says in err
    assert 4 <= v2_stored(db) < PAGES
    assert query(db, "pragma integrity_check") == [("ok",)]
    # Whole pages only: every section points at a fetch that holds it.
    assert query(
        db,
        "select count(*) from statute_sections s left join fetches f on f.id = s.last_fetch_id "
        "where f.id is null",
    ) == [(0,)]
    # The lock went with the process; the next run completes the crawl.
    site.serve(2)
    again = run_cli(["run", "--db", str(db), "--log-file", str(tmp_path / "again.log")], env)
    assert again.returncode == 0, again.stderr[-3000:]
    assert v2_stored(db) == PAGES


# -- the lock, whatever the database is called -------------------------------------------------


def test_second_run_through_a_symlink_or_hard_link_is_locked_out(site, db, tmp_path):
    site.serve(2, slow=0.3)
    env = site.env(tmp_path)
    symlink = tmp_path / "elsewhere" / "via-symlink.db"
    symlink.parent.mkdir()
    symlink.symlink_to(db)
    hardlink = tmp_path / "via-hardlink.db"
    os.link(db, hardlink)
    first = start_run(env, db, tmp_path / "first.log")
    try:
        wait_for(lambda: v2_stored(db) >= 2, 120, "2 pages stored", first)
        for other in (symlink, hardlink):
            runs_before = runs(db)
            log = tmp_path / f"{other.stem}.log"
            start = time.monotonic()
            second = run_cli(["run", "--db", str(other), "--log-file", str(log)], env)
            elapsed = time.monotonic() - start
            assert second.returncode == 3, second.stderr[-3000:]
            assert "another hotline-watch run is in progress" in second.stderr
            assert "this run did nothing" in second.stderr and "Traceback" not in second.stderr
            assert elapsed < 10, elapsed
            assert not log.exists()
            assert [r[:2] for r in runs(db)] == [r[:2] for r in runs_before]
            print(f"\nsecond run via {other.name}: exit 3 in {elapsed:.2f} s")
    finally:
        out, err = first.communicate(timeout=180)
    assert first.returncode == 0, err[-3000:]
    assert [r[1] for r in runs(db)] == ["ok", "ok"]
    assert query(db, "pragma integrity_check") == [("ok",)]
    assert v2_stored(db) == PAGES


def test_run_lock_is_keyed_on_the_file_not_the_name(tmp_path):
    db = tmp_path / "real" / "hotline.db"
    db.parent.mkdir()
    sqlite3.connect(db).close()
    symlink = tmp_path / "link.db"
    symlink.symlink_to(db)
    hardlink = tmp_path / "hard.db"
    os.link(db, hardlink)
    with run_lock(db):
        for other in (symlink, hardlink, Path(os.path.relpath(db))):
            with pytest.raises(RunLocked, match="this run did nothing"):
                with run_lock(other):
                    pass
    with run_lock(hardlink):  # released: any name may take it again
        with pytest.raises(RunLocked, match="under another name"):
            with run_lock(db):
                pass


def test_lock_on_a_database_not_created_yet(tmp_path):
    db = tmp_path / "new" / "hotline.db"
    with run_lock(db):
        with pytest.raises(RunLocked):
            with run_lock(db):
                pass
    assert not db.exists()  # the lock alone writes no database


# -- the store pipeline counts what it could not store -----------------------------------------


@pytest.mark.parametrize("kind", ["statutes", "bills"])
def test_store_pipeline_counts_pages_it_could_not_store(tmp_path, monkeypatch, kind):
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from hotline_watch.bills import BillApiPage
    from hotline_watch.items import FetchInfo, StatutePage
    from hotline_watch.runner import STAT_NOT_STORED, STAT_STORE_ERROR
    from hotline_watch.storage import Store
    from pipelines.bills import BillsPipeline
    from pipelines.store import StorePipeline

    url = "http://127.0.0.1/x"
    fetch = FetchInfo(url=url, fetched_at="2026-01-01T00:00:00+00:00", outcome="ok")
    if kind == "statutes":
        pipeline_class, spider, save = StorePipeline, "statutes_hi", "save_statute_page"
        page = StatutePage(source="statutes_hi", jurisdiction="HI", adapter="hi_hrs", fetch=fetch)
    else:  # the bill watch's pipeline keeps the same discipline
        pipeline_class, spider, save = BillsPipeline, "bills", "save_bill_api_page"
        page = BillApiPage(backend="openstates", kind="search", fetch=fetch)
    db = tmp_path / "h.db"
    store = Store(db)
    run_id = store.start_run("crawl", "live", "test")
    store.close()
    crawler = get_crawler(Spider, {"HOTLINE_WATCH_DB": str(db), "HOTLINE_WATCH_RUN_ID": run_id})
    crawler.spider = crawler._create_spider(spider)
    closed = []
    monkeypatch.setattr(pipeline_class, "_close", lambda self, spider=None: closed.append(1))
    pipeline = pipeline_class.from_crawler(crawler)
    pipeline.open_spider()

    def disk_full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    if kind == "statutes":
        monkeypatch.setattr(Store, save, disk_full)
    else:
        monkeypatch.setattr(f"pipelines.bills.{save}", disk_full)
    pipeline.process_item(page)
    pipeline.close_spider()
    assert closed == [1]  # the spider stops instead of fetching pages it cannot keep
    assert crawler.stats.get_value(STAT_NOT_STORED) == 1
    assert "database or disk is full" in crawler.stats.get_value(STAT_STORE_ERROR)
    ((outcome, pages, errors, message),) = query(
        db, "select outcome, pages, errors, message from source_runs where run_id = ?", [run_id]
    )
    assert (outcome, pages, errors) == ("failed", 1, 1)
    assert message.startswith("not stored: http://127.0.0.1/x:") and "disk is full" in message


def test_sigterm_mid_ingest_closes_the_run_as_interrupted(tmp_path, cli_env):
    """`ingest` too: a signal closes its run (before: left `running` for ever)."""
    from test_archive_damage import HI_URL, hi_body, write_warc

    warc = tmp_path / "many.warc.gz"
    write_warc(warc, [(HI_URL, hi_body(n % 7)) for n in range(3000)])
    db = tmp_path / "h.db"
    proc = subprocess.Popen(
        [*hotline_watch_cmd(), "ingest", str(warc), "--db", str(db)],
        env=cli_env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_for(lambda: count(db, "select count(*) from fetches") >= 20, 120, "20 records in", proc)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err[-3000:]
    assert "Traceback" not in err and "interrupted by SIGTERM" in err
    ((status, message, finished),) = query(db, "select status, message, finished from runs")
    assert (status, message) == ("interrupted", "interrupted by SIGTERM") and finished
    assert query(db, "pragma integrity_check") == [("ok",)]


def test_a_signal_inside_a_per_page_safety_net_is_not_swallowed(monkeypatch):
    """Coding (like storing and sending) catches Exception so one bad page does not cost the
    others; a signal that lands inside it must still stop the command, not become 'coding
    failed for ...' (ingest then ran on and exited 1 instead of 143)."""
    from hotline_watch.items import FetchInfo, StatutePage
    from hotline_watch.runner import Interrupted
    from pipelines.code import CodePipeline

    def signalled(*args, **kwargs):
        raise Interrupted(signal.SIGTERM)

    monkeypatch.setattr("pipelines.code.code_text", signalled)
    page = StatutePage(
        source="statutes_hi",
        jurisdiction="HI",
        adapter="hi_hrs",
        fetch=FetchInfo(
            url="http://127.0.0.1/x", fetched_at="2026-01-01T00:00:00+00:00", outcome="ok"
        ),
    )
    with pytest.raises(Interrupted):
        CodePipeline._code(page, "HI:HRS:371-20", "text")
    assert page.problems == []
