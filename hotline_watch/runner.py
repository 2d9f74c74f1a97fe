"""Running crawls in-process with Scrapy's CrawlerProcess (shared by `crawl` and `run`)."""

from __future__ import annotations

import logging
import shlex
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from hotline_watch.config import RedactingFilter, archive_dir, db_path


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


@dataclass
class CrawlRun:
    """A validated, started crawl: everything checked before the first request is made."""

    process: Any
    store: Any
    run_id: int
    chosen: list[str]
    since: str | None = None  # AG window start (ISO date); None: the spiders' default
    replay: bool = False

    def execute(self) -> dict[str, Any]:
        for name in self.chosen:
            if name.startswith("ag_"):
                # Incremental: each office's listing stops at the first release already stored.
                known = self.store.known_release_urls(name[3:].upper())
                self.process.crawl(name, known_urls=known, since=self.since)
            elif name == "bills":
                from hotline_watch.bills_store import crawl_arguments

                # Pass cursors, texts already read, LegiScan hashes; None: no API key.
                arguments = crawl_arguments(self.store, self.run_id, self.since, self.replay)
                if arguments is not None:
                    self.process.crawl(name, **arguments)
            else:
                self.process.crawl(name)
        try:
            self.process.start()
        finally:
            run = self.store.finish_run(self.run_id)
            print_run(self.store, run)
        return run

    def close(self) -> None:
        self.store.close()


def prepare_crawl(
    spiders: tuple[str, ...] | list[str],
    db: str | None,
    replay: tuple[str, ...] | list[str],
    verbose: int,
    command_name: str,
    since: str | None = None,
):
    """Validate registries, subscriptions and archives, open the database and the run.

    Raises the project's own errors (exit 2 in the CLI) before anything is written.
    """
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings

    from hotline_watch import alerts
    from hotline_watch.archive import ArchiveIndex
    from hotline_watch.bills_api import load_bills_config
    from hotline_watch.facts import load_law_facts
    from hotline_watch.registry import load_statutes
    from hotline_watch.registry_ag import load_offices
    from hotline_watch.storage import Store

    statutes, offices, facts = load_statutes(), load_offices(), load_law_facts()
    load_bills_config()  # a broken data/sources/bills.yml: exit 2 now, not mid-crawl
    alert_config = alerts.load_config()  # bad subscriptions: exit 2 now, not after a crawl
    for path in replay:
        ArchiveIndex([path])  # an unreadable archive fails now
    settings = get_project_settings()
    available = sorted(SpiderLoader.from_settings(settings).list())
    try:
        chosen = select_spiders(spiders, available)
    except SelectionError as exc:
        raise click.UsageError(str(exc)) from exc

    path = db_path(db)
    store = Store(path)
    if command_name == "run":
        store.close_interrupted_runs()
    store.sync_sources(statutes, offices)
    store.sync_law_facts(facts)
    # Subscribers configured before this crawl hear about what it finds.
    alerts.sync_subscriptions(store, alert_config)
    run_id = store.start_run(
        "crawl",
        "replay" if replay else "live",
        shlex.join(["hotline-watch", command_name, *sys.argv[2:]]),
        archive=",".join(replay) or None,
    )
    settings.set("HOTLINE_WATCH_DB", str(path))
    settings.set("HOTLINE_WATCH_RUN_ID", run_id)
    settings.set("LOG_LEVEL", ["WARNING", "INFO", "DEBUG"][min(verbose, 2)])
    if replay:
        settings.set("HOTLINE_WATCH_REPLAY", [str(Path(p).resolve()) for p in replay])
        # Nothing is fetched from the sites, so no politeness is owed and none is slowed.
        settings.set("ROBOTSTXT_OBEY", False)
        settings.set("AUTOTHROTTLE_ENABLED", False)
        settings.set("DOWNLOAD_DELAY", 0)
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8)
        settings.set("HTTPCACHE_ENABLED", False)
    else:
        settings.set("HOTLINE_WATCH_ARCHIVE", str(archive_dir() / f"run-{run_id}.warc.gz"))
    process = CrawlerProcess(settings)
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactingFilter())  # API keys never reach a log
    return CrawlRun(
        process=process,
        store=store,
        run_id=run_id,
        chosen=chosen,
        since=since,
        replay=bool(replay),
    )


class RunLocked(RuntimeError):
    """Another hotline-watch run holds the lock."""


@contextmanager
def run_lock(db: Path) -> Iterator[None]:
    """An exclusive lock beside the database: overlapping cron runs refuse to start."""
    from filelock import FileLock, Timeout

    lock_path = db.with_name(db.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_path, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise RunLocked(
            f"another hotline-watch run is in progress (lock {lock_path} is held); "
            "this run did nothing"
        ) from None
    try:
        yield
    finally:
        lock.release()


def setup_file_log(path: Path | None) -> Path:
    """Add a rotating log file (INFO and up) to the root logger; returns its path."""
    from logging.handlers import RotatingFileHandler

    from hotline_watch.config import DATA_DIR

    path = path or DATA_DIR / "logs" / "hotline-watch.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=5 * 1024 * 1024, backupCount=5, encoding="utf-8")
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.INFO, logging.INFO))
    return path
