"""Running crawls in-process with Scrapy's CrawlerProcess (shared by `crawl` and `run`).

A crawl goes in three steps, so that bad input never leaves anything behind:

1. `plan_crawl` checks everything the operator gave (registries, crawl.yml, subscriptions,
   archives, spider names, database path) and writes nothing;
2. `CrawlPlan.start` opens the database and records the run as `running`;
3. `CrawlRun.execute` crawls and always closes the run: `ok`, `failed` (a source failed, or
   pages were attempted that could not be stored) or `interrupted` (SIGTERM / SIGINT), with
   the reason in `runs.message`.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shlex
import signal
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from hotline_watch.config import (
    ConfigError,
    archive_dir,
    db_path,
    redact_every_log_record,
    show_path,
)

logger = logging.getLogger(__name__)

#: Crawler stats keys: pages attempted but not stored, and the first reason why.
STAT_NOT_STORED = "hotline_watch/pages_not_stored"
STAT_STORE_ERROR = "hotline_watch/store_error"


def note_storage_failure(crawler: Any, message: str, pages: int = 1) -> None:
    """Record in a crawler's stats that something could not be written (first reason kept).

    The stats live in memory, so the run's outcome is known even when the database can no
    longer record it (disk full)."""
    crawler.stats.inc_value(STAT_NOT_STORED, pages)
    if crawler.stats.get_value(STAT_STORE_ERROR) is None:
        crawler.stats.set_value(STAT_STORE_ERROR, message)


class SelectionError(ValueError):
    """A spider or jurisdiction name that does not exist."""


def select_spiders(names: tuple[str, ...] | list[str], available: list[str]) -> list[str]:
    """Spider names for the given names or jurisdiction codes (all when none are given)."""
    if not names:
        return available
    chosen: list[str] = []
    for name in names:
        lowered = name.lower()
        matches = [s for s in available if s == lowered or s.endswith("_" + lowered)]
        if not matches:
            raise SelectionError(f"no spider or jurisdiction named {name!r} (see `scrapy list`)")
        chosen.extend(m for m in matches if m not in chosen)
    return chosen


def print_run(store, run: dict) -> None:
    click.echo(
        f"run {run['id']} {run['status']}: {run['sources']} sources, {run['pages']} pages, "
        f"{run['sections']} sections, {run['releases']} releases, {run['errors']} errors"
    )
    if run.get("confirmed"):
        click.echo(f"  {run['confirmed']} pages confirmed unchanged by change lists (not fetched)")
    if run.get("message") and run["status"] != "ok":
        click.echo(f"  {run['status'].upper()}: {run['message']}", err=True)
    if store is None:
        return
    for row in store.db.execute(
        "select source, message from source_runs where run_id = ? and outcome = 'failed' "
        "order by source",
        [run["id"]],
    ).fetchall():
        click.echo(f"  FAILED {row[0]}: {row[1]}", err=True)
    for source, citations in store.db.execute(
        "select source, sections_gone_citations from source_health "
        "where last_run = ? and health = 'review' order by source",
        [run["id"]],
    ).fetchall():
        click.echo(
            f"  REVIEW {source}: gone from the official site, update the registry: {citations}"
        )
    from hotline_watch.bills_store import summary_lines

    for line in summary_lines(store, run["id"]):
        click.echo(line)


def exit_status(run: dict, signum: int | None = None) -> int:
    """The command's exit status for a finished run: 0 ok, 1 failed, 128 + signal number
    (130 for SIGINT, 143 for SIGTERM) when interrupted, as shells report a killed command."""
    if run["status"] == "interrupted":
        return 128 + (signum or signal.SIGTERM)
    return 0 if run["status"] == "ok" else 1


class Interrupted(BaseException):
    """SIGTERM or SIGINT outside a crawl (ingest, alerts): unwinds so the run is closed.

    A BaseException, like KeyboardInterrupt: the handlers that catch Exception so that one bad
    page or one failed send does not stop the others (coding, storing, sending) must not
    swallow a signal that lands inside them."""

    def __init__(self, signum: int):
        super().__init__(f"interrupted by {signal.Signals(signum).name}")
        self.signum = signum


@contextmanager
def interruptible() -> Iterator[None]:
    """Turn SIGTERM and SIGINT into `Interrupted` for the duration (Ctrl-C included), so
    `finally` blocks record the run as interrupted instead of the process just vanishing."""

    def handler(signum: int, frame: Any) -> None:
        raise Interrupted(signum)

    previous = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def _crawler_process(settings: Any) -> Any:
    """Scrapy's CrawlerProcess, remembering which shutdown signals it received.

    Scrapy's own handling is kept (first SIGINT/SIGTERM: stop gracefully, finishing the pages
    in flight; second: stop at once); what it lacks is telling the caller, whose run would
    otherwise look finished."""
    from scrapy.crawler import CrawlerProcess

    class Process(CrawlerProcess):
        def _signal_shutdown(self, signum: int, frame: Any) -> None:
            self.signals_received.append(signum)
            super()._signal_shutdown(signum, frame)

        def _signal_kill(self, signum: int, frame: Any) -> None:
            self.signals_received.append(signum)
            super()._signal_kill(signum, frame)

    process = Process(settings)
    process.signals_received = []
    return process


def _network_errors() -> tuple[type[BaseException], ...]:
    """The exception types of a download that failed because of the site or the network."""
    from scrapy import exceptions as scrapy_errors
    from twisted.internet import error as twisted_errors

    scrapy_names = (
        "CannotResolveHostError",
        "DownloadCancelledError",
        "DownloadConnectionRefusedError",
        "DownloadFailedError",
        "DownloadTimeoutError",
        "ResponseDataLossError",
    )
    twisted_names = ("ConnectError", "DNSLookupError", "TimeoutError")
    return tuple(getattr(scrapy_errors, n) for n in scrapy_names) + tuple(
        getattr(twisted_errors, n) for n in twisted_names
    )


class NetworkTracebackFilter(logging.Filter):
    """Drops the traceback of a download failure whose one-line message already names it.

    Set on the logger of Scrapy's robots.txt middleware, which logs every failed robots.txt
    download with its traceback: for a dead site (no DNS, connection refused, timed out) that
    is about 60 lines of Twisted internals per host, which buried an offline run's summary
    under 7,000 lines. The failure itself is still logged (the message keeps the cause) and
    recorded against its source. Other tracebacks, a programming error's included, are kept.
    """

    def __init__(self) -> None:
        super().__init__()
        self._types = _network_errors()

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, self._types) and str(exc) in record.getMessage():
            record.exc_info = None
            record.exc_text = None
        return True


@dataclass
class CrawlRun:
    """A validated, started crawl: everything checked before the first request is made."""

    process: Any
    store: Any
    run_id: int
    chosen: list[str]
    since: str | None = None  # AG window start (ISO date); None: the spiders' default
    replay: bool = False
    crawlers: list[Any] = field(default_factory=list)
    signum: int | None = None  # the shutdown signal that interrupted the crawl, if any
    archive_problems: list[str] = field(default_factory=list)

    def execute(self) -> dict[str, Any]:
        """Crawl, then close the run whatever happened; returns the run row."""
        try:
            for name in self.chosen:
                arguments: dict[str, Any] = {}
                if name.startswith("ag_"):
                    # Incremental: each office's listing stops at the first release stored.
                    known = self.store.known_release_urls(name[3:].upper())
                    arguments = {"known_urls": known, "since": self.since}
                elif name.startswith("statutes_"):
                    # Pages answered 304 whose stored sections came from the same bytes and
                    # code are recorded as seen, not parsed and coded again.
                    arguments = {"unchanged": self.store.unchanged_pages(name)}
                    # Change lists (a site's listing of its pages) are compared with these.
                    arguments["listed"] = self.store.change_list_state(name)
                elif name == "bills":
                    from hotline_watch.bills_store import crawl_arguments

                    # Pass cursors, texts already read, LegiScan hashes; None: no API key
                    # (recorded as skipped, not crawled).
                    found = crawl_arguments(self.store, self.run_id, self.since, self.replay)
                    if found is None:
                        continue
                    arguments = found
                crawler = self.process.create_crawler(name)
                self.crawlers.append(crawler)
                self.process.crawl(crawler, **arguments)
            self.process.start()
            # Scrapy leaves its handlers in place; what follows (alerts) must be stoppable.
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.default_int_handler)
        except BaseException as exc:
            self._finish("failed", f"crawl stopped: {type(exc).__name__}: {exc}")
            raise
        status, message = self._outcome()
        return self._finish(status, message)

    def _outcome(self) -> tuple[str | None, str | None]:
        """(status, reason) from what the crawlers report; (None, None): let the stored
        source results decide (ok, or failed when a source failed). The reason is one line
        however many spiders failed the same way (a full disk fails them all)."""
        received = getattr(self.process, "signals_received", [])
        not_stored, failing, stopped = 0, [], []
        for crawler in self.crawlers:
            name = crawler.spidercls.name
            error = crawler.stats.get_value(STAT_STORE_ERROR)
            if error:
                not_stored += crawler.stats.get_value(STAT_NOT_STORED, 0)
                failing.append((name, error))
            reason = crawler.stats.get_value("finish_reason")
            if not received and reason not in ("finished", "storage_error"):
                stopped.append(f"{name} ({reason or 'never finished'})")
        problems = []
        if failing:
            first = next((f for f in failing if "not stored" in f[1]), failing[0])
            problems.append(
                f"{not_stored} page(s) not stored, {len(failing)} source(s) affected; "
                f"first: {first[0]}: {first[1]}"
            )
        if stopped:
            problems.append(f"stopped before the end: {', '.join(stopped)}")
        for damage in self.archive_problems:
            problems.append(f"damaged archive record, URL unreadable, not replayed: {damage}")
        if received:
            self.signum = received[0]
            told = f"interrupted by {signal.Signals(received[0]).name}"
            if len(received) > 1:
                told += " (signalled twice: stopped at once)"
            return "interrupted", "; ".join([told, *problems])
        if problems:
            return "failed", "; ".join(problems)
        return None, None

    def _finish(self, status: str | None, message: str | None) -> dict[str, Any]:
        from hotline_watch.storage import describe_db_error
        from hotline_watch.writer import close_writers

        try:
            # A crawl stopped short (a second Ctrl-C) closes no spider: commit and close the
            # pipelines' shared writer, whose open batch would otherwise hold the write lock.
            close_writers()
            run = self.store.finish_run(self.run_id, status, message)
        except sqlite3.Error as exc:
            # Nothing more can be written (disk full): say so, and report from memory. The
            # row stays `running`; the next `run` marks it interrupted.
            run = {
                "id": self.run_id,
                "status": "failed" if status in (None, "ok") else status,
                "message": "; ".join(
                    m
                    for m in (
                        message,
                        f"result not recorded: {describe_db_error(self.store.path, exc)}",
                    )
                    if m
                ),
                **dict.fromkeys(("sources", "pages", "sections", "releases", "errors"), "?"),
            }
            print_run(None, run)
            return run
        print_run(self.store, run)
        return run

    def exit_status(self, run: dict[str, Any]) -> int:
        return exit_status(run, self.signum)

    def close(self) -> None:
        self.store.close()


@dataclass
class CrawlPlan:
    """A crawl whose every input has been checked; nothing written yet."""

    settings: Any
    chosen: list[str]
    statutes: list[Any]
    offices: list[Any]
    facts: dict[str, Any]
    alert_config: Any
    replay: tuple[str, ...]
    db: Path
    command_name: str
    verbose: int
    since: str | None = None
    archive_problems: list[str] = field(default_factory=list)  # damage not tied to a URL

    def start(self) -> CrawlRun:
        """Open the database and record the run (`running`); returns the crawl to execute."""
        from hotline_watch import alerts
        from hotline_watch.storage import Store

        store = Store(self.db)
        try:
            if self.command_name == "run":
                store.close_interrupted_runs()
            store.sync_sources(self.statutes, self.offices)
            store.sync_law_facts(self.facts)
            # Subscribers configured before this crawl hear about what it finds.
            alerts.sync_subscriptions(store, self.alert_config)
            run_id = store.start_run(
                "crawl",
                "replay" if self.replay else "live",
                shlex.join(["hotline-watch", self.command_name, *sys.argv[2:]]),
                archive=",".join(self.replay) or None,
            )
        except BaseException:
            store.close()
            raise
        settings = self.settings
        settings.set("HOTLINE_WATCH_DB", str(self.db))
        settings.set("HOTLINE_WATCH_RUN_ID", run_id)
        settings.set("LOG_LEVEL", ["WARNING", "INFO", "DEBUG"][min(self.verbose, 2)])
        if self.replay:
            settings.set("HOTLINE_WATCH_REPLAY", [str(Path(p).resolve()) for p in self.replay])
            # Nothing is fetched from the sites, so no politeness is owed and none is slowed.
            settings.set("ROBOTSTXT_OBEY", False)
            settings.set("AUTOTHROTTLE_ENABLED", False)
            settings.set("DOWNLOAD_DELAY", 0)
            settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8)
            settings.set("HTTPCACHE_ENABLED", False)
        else:
            settings.set("HOTLINE_WATCH_ARCHIVE", str(archive_dir() / f"run-{run_id}.warc.gz"))
        try:
            process = _crawler_process(settings)
        except BaseException as exc:
            store.finish_run(run_id, "failed", f"crawl not started: {exc}")
            store.close()
            raise
        redact_every_log_record()  # API keys never reach a log, Scrapy's handlers included
        # On the logger, not a handler: Scrapy replaces its root handler when a crawler starts.
        robots_log = logging.getLogger("scrapy.downloadermiddlewares.robotstxt")
        if not any(isinstance(f, NetworkTracebackFilter) for f in robots_log.filters):
            robots_log.addFilter(NetworkTracebackFilter())
        # Scrapy leaves its loggers at NOTSET and filters in the handlers: every page's debug
        # lines ("Crawled", "Scraped from") were built, then dropped. The log file takes INFO.
        logging.getLogger("scrapy").setLevel(logging.DEBUG if self.verbose >= 2 else logging.INFO)
        return CrawlRun(
            process=process,
            store=store,
            run_id=run_id,
            chosen=self.chosen,
            since=self.since,
            replay=bool(self.replay),
            archive_problems=self.archive_problems,
        )


def plan_crawl(
    spiders: tuple[str, ...] | list[str],
    db: str | None,
    replay: tuple[str, ...] | list[str],
    verbose: int,
    command_name: str,
    since: str | None = None,
) -> CrawlPlan:
    """Validate registries, crawl.yml, subscriptions, archives, spiders and the database path.

    Raises the project's own errors (exit 2 in the CLI); writes nothing.
    """
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings

    from hotline_watch import alerts
    from hotline_watch.bills_api import load_bills_config
    from hotline_watch.facts import load_law_facts
    from hotline_watch.middlewares import replay_index
    from hotline_watch.registry import load_statutes
    from hotline_watch.registry_ag import load_offices

    path = db_path(db)
    if path.is_dir():
        raise ConfigError(f"--db {show_path(path)}: is a directory, not a database file")
    statutes, offices, facts = load_statutes(), load_offices(), load_law_facts()
    load_bills_config()  # a broken data/sources/bills.yml: exit 2 now, not mid-crawl
    alert_config = alerts.load_config()  # bad subscriptions: exit 2 now, not after a crawl
    # An unreadable archive fails now; a record cut off before its URL fails the run at its
    # end (the rest is replayed). The index is kept for the replay's middleware.
    archive_problems = replay_index(replay).problems if replay else []
    settings = get_project_settings()  # reads crawl.yml (hotline_watch.settings)
    available = sorted(SpiderLoader.from_settings(settings).list())
    try:
        chosen = select_spiders(spiders, available)
    except SelectionError as exc:
        raise click.UsageError(str(exc)) from exc
    return CrawlPlan(
        settings=settings,
        chosen=chosen,
        statutes=statutes,
        offices=offices,
        facts=facts,
        alert_config=alert_config,
        replay=tuple(replay),
        db=path,
        command_name=command_name,
        verbose=verbose,
        since=since,
        archive_problems=archive_problems,
    )


def prepare_crawl(*args: Any, **kwargs: Any) -> CrawlRun:
    """`plan_crawl(...)` then `.start()`: validated, then the run opened (one step)."""
    return plan_crawl(*args, **kwargs).start()


class RunLocked(RuntimeError):
    """Another hotline-watch run holds the lock."""


@contextmanager
def run_lock(db: Path) -> Iterator[None]:
    """An exclusive lock for `run` on this database, however it is named.

    Two locks, both released by the kernel if the process dies: a lock file beside the
    database's real path (symlinks resolved; also covers a database not created yet), and a
    lock on the database file itself, which the kernel keys by device and inode, so a second
    name for the same file (hard link, bind mount) is locked out too.

    The database file's lock is taken with flock(2), which SQLite's own fcntl(2) locks do not
    see; it is released only after every connection of the run is closed (closing a
    descriptor of a file drops the process's fcntl locks on it).
    """
    from filelock import FileLock, Timeout

    real = Path(os.path.realpath(db))
    lock_path = real.with_name(real.name + ".lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(lock_path, timeout=0)
        lock.acquire()
    except Timeout:
        raise RunLocked(_locked_message(lock_path)) from None
    except OSError as exc:
        raise ConfigError(
            f"{show_path(lock_path)}: cannot create the run lock: {exc.strerror or exc}"
        ) from None
    inode_lock = None
    try:
        inode_lock = _lock_inode(real)
        yield
    finally:
        if inode_lock is not None:
            os.close(inode_lock)
        lock.release()


def _lock_inode(path: Path) -> int | None:
    """flock the database file itself (None when it does not exist yet: then no other name
    for it can exist either)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(
            f"{show_path(path)}: cannot open the database: {exc.strerror or exc}"
        ) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise RunLocked(_locked_message(path, same_file=True)) from None
    return fd


def _locked_message(lock: Path, same_file: bool = False) -> str:
    where = (
        f"database {show_path(lock)} is locked by a run that opened it under another name"
        if same_file
        else f"lock {show_path(lock)} is held"
    )
    return f"another hotline-watch run is in progress ({where}); this run did nothing"


def setup_file_log(path: Path | None) -> Path:
    """Add a rotating log file (INFO and up) to the root logger; returns its path.

    Raises ConfigError naming the file when it cannot be written, before anything else is."""
    from logging.handlers import RotatingFileHandler

    from hotline_watch.config import DATA_DIR

    path = path or DATA_DIR / "logs" / "hotline-watch.log"
    blocked = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
    if blocked is not None:
        raise ConfigError(f"--log-file {show_path(path)}: {show_path(blocked)} is not a directory")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=5 * 1024 * 1024, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        raise ConfigError(
            f"--log-file {show_path(path)}: cannot write the log: {exc.strerror or exc}"
        ) from None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
    redact_every_log_record()
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.INFO, logging.INFO))
    return path
