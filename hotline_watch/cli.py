"""The `hotline-watch` command line.

One error discipline for every command: bad input or environment (registry, config, arguments,
unreadable archive, read-only or broken database, unwritable log) gives exit status 2 and one
line naming the file, entry and field at fault, before anything is written; a failed source or
delivery gives 1; another run holding the lock gives 3; a run stopped by SIGINT / SIGTERM gives
130 / 143 and is recorded as `interrupted`. Never a traceback (set HOTLINE_WATCH_DEBUG=1 to
see one for an unexpected error).
"""

from __future__ import annotations

import json
import logging
import os
import shlex
import signal
import sqlite3
import sys
import traceback
from pathlib import Path

import click

from hotline_watch import __version__
from hotline_watch.config import ConfigError, db_path, show_path

EXIT_OK, EXIT_SOURCES_FAILED, EXIT_BAD_INPUT, EXIT_LOCKED = 0, 1, 2, 3

os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "hotline_watch.settings")


class UserError(click.ClickException):
    """An error in what the user gave us: printed without a traceback, exit status 2."""

    exit_code = EXIT_BAD_INPUT

    def format_message(self) -> str:
        return show_path(self.message)  # printable whatever bytes a path in it holds


def _known_errors():
    from hotline_watch.archive import ArchiveError
    from hotline_watch.registry import RegistryError
    from hotline_watch.storage import StorageError

    return (ConfigError, RegistryError, StorageError, ArchiveError)


def _database(db: str | None) -> Path:
    """The --db path, remembered so an unexpected database error can name the file."""
    path = db_path(db)
    click.get_current_context().meta["hotline_watch.db"] = path
    return path


class _Group(click.Group):
    """Turn every failure into one clean line: our own bad-input exceptions and the
    environment's (OS, SQLite) exit 2, signals 128 + the signal number."""

    def invoke(self, ctx: click.Context):
        from hotline_watch.runner import Interrupted
        from hotline_watch.storage import describe_db_error

        try:
            return super().invoke(ctx)
        except _known_errors() as exc:
            raise UserError(str(exc)) from exc
        except sqlite3.Error as exc:
            where = ctx.meta.get("hotline_watch.db", "database")
            raise UserError(describe_db_error(where, exc)) from exc
        except OSError as exc:
            where = f"{show_path(exc.filename)}: " if exc.filename else ""
            raise UserError(f"{where}{exc.strerror or exc}") from exc
        except Interrupted as exc:
            click.echo(f"hotline-watch: {exc}", err=True)
            sys.exit(128 + exc.signum)
        except KeyboardInterrupt:
            click.echo("hotline-watch: interrupted by SIGINT", err=True)
            sys.exit(128 + signal.SIGINT)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except Exception as exc:
            if os.environ.get("HOTLINE_WATCH_DEBUG"):
                traceback.print_exc()
            click.echo(
                f"hotline-watch: internal error (a bug, please report it): "
                f"{type(exc).__name__}: {exc} (HOTLINE_WATCH_DEBUG=1 shows where)",
                err=True,
            )
            sys.exit(EXIT_SOURCES_FAILED)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="hotline-watch")
def main() -> None:
    """Monitor state laws that require the National Human Trafficking Hotline
    (1-888-373-7888, text 233733) to be posted, and AG campaigns that promote it.

    Data goes to an SQLite database (--db, else $HOTLINE_WATCH_DB, else data/hotline.db)
    served with Datasette. Exit codes: 0 ok; 1 some sources or deliveries failed (recorded
    with their reasons); 2 bad input or configuration; 3 another run holds the lock;
    130 / 143 interrupted by SIGINT / SIGTERM.
    """
    # A log file on a full disk must not spray "--- Logging error ---" tracebacks: the
    # failure that matters (pages not stored) is reported by the run itself.
    logging.raiseExceptions = False


# -- sources ---------------------------------------------------------------------------------


@main.group()
def sources() -> None:
    """Inspect the source registry in data/sources/."""


@sources.command("check")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per source.")
def sources_check(as_json: bool) -> None:
    """Validate the registries (statutes, AG newsrooms, law facts) and list every source.

    Fails (exit 2) naming the file, entry and field of the first problem.
    """
    from hotline_watch.facts import FACTS_FILE, load_law_facts
    from hotline_watch.registry import STATUTES_FILE, load_statutes
    from hotline_watch.registry_ag import AG_FILE, load_offices

    statutes, offices, facts = load_statutes(), load_offices(), load_law_facts()
    if as_json:
        for s in statutes:
            sections = [
                {"citation": x.citation, "url": x.url, "verified": x.verified, "notes": x.notes}
                for x in s.sections
            ]
            click.echo(
                json.dumps(
                    {
                        "spider": s.spider_name,
                        "kind": "statutes",
                        "jurisdiction": s.jurisdiction,
                        "adapter": s.adapter,
                        "law_status": s.law_status,
                        "sections": sections,
                    }
                )
            )
        for o in offices:
            click.echo(
                json.dumps(
                    {
                        "spider": o.spider_name,
                        "kind": "ag",
                        "jurisdiction": o.jurisdiction,
                        "office": o.office,
                        "ways_in": o.ways_in,
                        "newsroom_url": o.newsroom_url,
                        "verified": o.verified,
                    }
                )
            )
        return
    click.echo(f"{STATUTES_FILE}: {len(statutes)} jurisdictions OK")
    for s in statutes:
        verified = ",".join(sorted({x.verified for x in s.sections})) or "-"
        missing = len(s.sections) - len(s.fetchable)
        click.echo(
            f"  {s.spider_name:<14} {s.adapter:<12} {s.law_status:<10} "
            f"{len(s.fetchable)} URL(s)  [{verified}]"
            + (f"  ({missing} citation(s) without URL)" if missing else "")
        )
    click.echo(f"{AG_FILE}: {len(offices)} offices OK")
    for o in offices:
        click.echo(f"  {o.spider_name:<14} {'+'.join(o.ways_in):<22} [{o.verified}]  {o.office}")
    events = sum(len(f.events) for f in facts.values())
    click.echo(f"{FACTS_FILE}: {len(facts)} jurisdictions, {events} dated events OK")


# -- classify --------------------------------------------------------------------------------


#: Largest file `classify` reads (the crawl's default max_page_bytes).
CLASSIFY_MAX_BYTES = 10 * 1024 * 1024


class NotCodable(Exception):
    """A file `classify` cannot code; the message says why, in a few words."""


def _document_text(path: Path) -> tuple[str, str | None]:
    """The text of a file to code and its URL when a header block gives one: UTF-8 text or
    HTML (a header block skipped), HTML in the charset it declares, or a PDF's text layer.
    Anything else raises NotCodable."""
    from w3lib.encoding import html_body_declared_encoding

    from hotline_watch.coding import read_document_and_url
    from hotline_watch.pdf import PdfTextError, extract_pdf_text, is_pdf

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise NotCodable("no such file") from None
    except OSError as exc:
        raise NotCodable(f"cannot read: {exc.strerror or exc}") from None
    if path.is_dir():
        raise NotCodable("is a directory, not a file")
    if size > CLASSIFY_MAX_BYTES:
        raise NotCodable(
            f"too large ({size:,} bytes; classify reads at most {CLASSIFY_MAX_BYTES:,})"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NotCodable(f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise NotCodable("empty file: nothing to code")
    if is_pdf(data):
        try:
            return extract_pdf_text(data, "PDF"), None
        except PdfTextError as exc:
            raise NotCodable(str(exc).removeprefix("PDF: ")) from None
    if b"\x00" in data[:8192]:
        raise NotCodable("binary file (not text, HTML or PDF)")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        declared = html_body_declared_encoding(data)
        if declared:
            try:
                return data.decode(declared), None
            except (LookupError, UnicodeDecodeError):
                pass
        raise NotCodable(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it, e.g. iconv -f windows-1252 -t utf-8"
        ) from None
    return read_document_and_url(path)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
def classify(files: tuple[str, ...]) -> None:
    """Code text, HTML or PDF files; print one JSON object per file (JSON Lines).

    Each object has at least: path, requires_posting, promotes_hotline, establishments,
    languages, hotline_numbers, evidence. A `url:`/`kind:`/`label:` header block at the top
    of a file (the shared texts format) is not coded; only its `url:` is used, as the text's
    provenance (a government site is evidence of whose text it is).

    Each file stands on its own: one that cannot be coded (missing, a directory, empty,
    binary, too large, not UTF-8, a PDF without text) gets a line on stderr saying why, the
    others are still coded, and the exit status is 1.
    """
    from hotline_watch.coding import classify as classify_text

    failed = 0
    for name in files:
        shown = show_path(name)
        try:
            text, url = _document_text(Path(name))
        except NotCodable as exc:
            click.echo(f"{shown}: {exc}", err=True)
            failed += 1
            continue
        record = {"path": shown, **classify_text(text, url=url)}
        click.echo(json.dumps(record, ensure_ascii=False))
    if failed:
        click.echo(f"{failed} of {len(files)} file(s) not coded", err=True)
        sys.exit(EXIT_SOURCES_FAILED)


# -- crawl / ingest --------------------------------------------------------------------------


def _print_run(store, run: dict) -> None:
    from hotline_watch.runner import print_run

    print_run(store, run)


@main.command()
@click.argument("spiders", nargs=-1)
@click.option("--db", "db", type=click.Path(dir_okay=False), help="SQLite database path.")
@click.option(
    "--replay",
    "replay",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Serve responses from this WARC file instead of the network (repeatable).",
)
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="AG releases: go back to this date (default: two years) on a first crawl. "
    "Bills: a backfill, every matching bill updated since this date (LegiScan: all years).",
)
@click.option(
    "--full",
    is_flag=True,
    help="Revalidate every page this run, whatever the sites' change lists say "
    "(they are still read and recorded).",
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def crawl(
    spiders: tuple[str, ...],
    db: str | None,
    replay: tuple[str, ...],
    since,
    full: bool,
    verbose: int,
) -> None:
    """Crawl the registered sources (all, or the SPIDERS / jurisdiction codes given).

    Live crawls obey robots.txt, fetch one page at a time per host and archive every response
    to data/archive/*.warc.gz. With --replay the same spiders and pipelines run on an archive;
    URLs it does not hold are recorded as "not archived" and do not fail the run.
    """
    from hotline_watch.runner import plan_crawl

    _database(db)
    plan = plan_crawl(
        spiders,
        db,
        replay,
        verbose,
        command_name="crawl",
        since=since.date().isoformat() if since else None,
    )
    _full_revalidation(plan.settings, full)
    crawl_run = plan.start()
    try:
        run = crawl_run.execute()
    finally:
        crawl_run.close()
    sys.exit(crawl_run.exit_status(run))


def _full_revalidation(settings, full: bool) -> None:
    """--full: no page is confirmed by a change list this run (every page is requested)."""
    if full:
        settings.set("HOTLINE_WATCH_CHANGE_LIST_MAX_AGE_DAYS", 0)


@main.command("run")
@click.option("--db", "db", type=click.Path(dir_okay=False), help="SQLite database path.")
@click.option(
    "--replay",
    "replay",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Crawl from this WARC file instead of the network (repeatable).",
)
@click.option(
    "--log-file", type=click.Path(dir_okay=False), help="Default: data/logs/hotline-watch.log"
)
@click.option(
    "--full",
    is_flag=True,
    help="Revalidate every page this run, whatever the sites' change lists say "
    "(they are still read and recorded).",
)
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def run_command(db, replay, log_file, full, verbose) -> None:
    """The cron job: crawl every source, record changes, send alerts. Safe to repeat.

    A lock on the database (whatever name, symlink or hard link, it is reached by) refuses a
    second concurrent run (exit 3). Logs go to a rotating file (5 x 5 MB) and to stderr
    (warnings only unless -v). SIGTERM / SIGINT stop the crawl after the pages in flight (a
    second signal: at once), record the run as interrupted and exit 143 / 130.
    """
    from hotline_watch import alerts as alerts_mod
    from hotline_watch.runner import RunLocked, plan_crawl, run_lock, setup_file_log
    from hotline_watch.storage import describe_db_error

    path = _database(db)
    try:
        with run_lock(path):
            plan = plan_crawl((), db, replay, verbose, command_name="run")
            _full_revalidation(plan.settings, full)
            setup_file_log(Path(log_file) if log_file else None)
            crawl_run = plan.start()
            try:
                run = crawl_run.execute()
                status = crawl_run.exit_status(run)
                if run["status"] == "interrupted":
                    sys.exit(status)  # alerts wait for the next run
                try:
                    report = alerts_mod.send(crawl_run.store, plan.alert_config)
                except sqlite3.Error as exc:
                    click.echo(f"alerts not sent: {describe_db_error(path, exc)}", err=True)
                    sys.exit(EXIT_SOURCES_FAILED)
            finally:
                crawl_run.close()
    except RunLocked as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    click.echo(
        f"alerts: {report.sent} sent, {report.pending} waiting for retry, "
        f"{report.unconfirmed} unconfirmed"
    )
    for error in report.errors:
        click.echo(f"  FAILED {error}", err=True)
    sys.exit(status if status else (EXIT_OK if report.ok else EXIT_SOURCES_FAILED))


@main.command()
@click.argument("warcs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--db", "db", type=click.Path(dir_okay=False), help="SQLite database path.")
def ingest(warcs: tuple[str, ...], db: str | None) -> None:
    """Re-process archived responses through their registry entry's parser, without crawling.

    Every response whose URL a registry entry claims (the entry's domains and its adapter's URL
    pattern) is parsed, coded and stored exactly as a crawl would. Use it after a parser
    improves, or to load an archive someone else made. A damaged record (body shorter than
    its Content-Length, digest mismatch) is skipped and reported, never stored, and fails
    the run (exit 1).
    """
    from hotline_watch.archive import check_warc
    from hotline_watch.bills_api import load_bills_config
    from hotline_watch.facts import load_law_facts
    from hotline_watch.ingest import ingest_warcs
    from hotline_watch.registry import load_statutes
    from hotline_watch.registry_ag import load_offices
    from hotline_watch.runner import interruptible
    from hotline_watch.storage import Store

    path = _database(db)
    # A bad registry, facts or bills file: exit 2, no database.
    statutes, offices, facts = load_statutes(), load_offices(), load_law_facts()
    bills = load_bills_config()
    for warc in warcs:
        check_warc(warc)  # not a WARC file: exit 2, no database, no run row
    store = Store(path)
    try:
        with interruptible():
            run = ingest_warcs(
                store,
                [Path(w) for w in warcs],
                shlex.join(["hotline-watch", *sys.argv[1:]]),
                statutes,
                offices,
                facts,
                bills,
            )
        _print_run(store, run)
    finally:
        store.close()
    sys.exit(EXIT_OK if run["status"] == "ok" else EXIT_SOURCES_FAILED)


# -- alerts --------------------------------------------------------------------------------


@main.group()
def alerts() -> None:
    """Change alerts: e-mail, Slack, ntfy, JSON webhooks... through apprise.

    Subscriptions live in data/subscriptions.yml (or $HOTLINE_WATCH_SUBSCRIPTIONS); secrets
    are written as ${ENV_VAR} references and read from the environment only when sending.
    """


_sub_option = click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), help="Subscriptions file."
)


@alerts.command("send")
@click.option("--db", "db", type=click.Path(dir_okay=False), help="SQLite database path.")
@_sub_option
@click.option(
    "--resend-unconfirmed", is_flag=True, help="Re-send messages a crash left unconfirmed."
)
@click.option("--force-digest", is_flag=True, help="Send daily digests now.")
def alerts_send(db, config_path, resend_unconfirmed, force_digest) -> None:
    """Deliver pending alerts (run after each crawl). Exit 1 if any delivery failed."""
    from hotline_watch import alerts as alerts_mod
    from hotline_watch.storage import Store

    config = alerts_mod.load_config(config_path)
    store = Store(_database(db))
    try:
        report = alerts_mod.send(
            store, config, resend_unconfirmed=resend_unconfirmed, force_digest=force_digest
        )
    finally:
        store.close()
    click.echo(
        f"alerts: {report.sent} sent, {report.pending} waiting for retry, "
        f"{report.unconfirmed} unconfirmed"
    )
    for error in report.errors:
        click.echo(f"  FAILED {error}", err=True)
    sys.exit(EXIT_OK if report.ok else EXIT_SOURCES_FAILED)


@alerts.command("preview")
@click.option("--db", "db", type=click.Path(dir_okay=False), help="SQLite database path.")
@_sub_option
def alerts_preview(db, config_path) -> None:
    """Show what `alerts send` would deliver now, without sending anything."""
    from hotline_watch import alerts as alerts_mod
    from hotline_watch.storage import Store

    config = alerts_mod.load_config(config_path)
    store = Store(_database(db))
    try:
        items = alerts_mod.preview(store, config)
    finally:
        store.close()
    for item in items:
        click.echo(f"== to {item['subscription']} ({item['status']}) ==\n{item['title']}\n")
        click.echo(item["body"] + "\n")
    click.echo(f"{len(items)} message(s) would be sent")


@alerts.command("test")
@click.argument("name")
@_sub_option
def alerts_test(name, config_path) -> None:
    """Send a test message to subscription NAME."""
    from hotline_watch import alerts as alerts_mod

    config = alerts_mod.load_config(config_path)
    sub = next((s for s in config.subscriptions if s.name == name), None)
    if sub is None:
        raise UserError(f"no subscription named {name!r}")
    try:
        alerts_mod.apprise_sender(
            sub.resolved_url(),
            "[hotline-watch] test message",
            f"This is a test alert for subscription {name!r}.",
            {"delivery_id": f"test:{name}"},
        )
    except RuntimeError as exc:
        click.echo(f"FAILED {name}: {exc}", err=True)
        sys.exit(EXIT_SOURCES_FAILED)
    click.echo(f"test message sent to {name}")


# -- serve -----------------------------------------------------------------------------------


@main.command()
@click.option("--db", "db", type=click.Path(dir_okay=False), help="SQLite database path.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535))
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the database with Datasette and metadata.yml (as /hotline, whatever the file name).

    A read-only file (a published copy) is served as it is, without writing anything, when its
    schema is current; a writable one is brought up to date first.
    """
    import socket

    from hotline_watch.storage import StorageError, Store, schema_is_current
    from hotline_watch.web import serve as run_server

    path = _database(db)
    if path.exists() and not _writable(path):
        if not schema_is_current(path):
            raise StorageError(
                f"{path}: read-only, and its schema is older than this hotline-watch; "
                "upgrade a writable copy (any command that opens it does) and publish that"
            )
    else:
        Store(path).close()  # create or upgrade the schema so there is something to browse
    try:  # a taken port or unknown host: a message now, not uvicorn's traceback later
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    click.echo(f"Serving {show_path(path)} on http://{host}:{port}/", err=True)
    run_server(path, host, port)


def _writable(path: Path) -> bool:
    """The file and its directory (for SQLite's journal) can be written by this process."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


# -- export ----------------------------------------------------------------------------------


@main.group()
def export() -> None:
    """Research exports (read-only: the database is never written)."""


@export.command("panel", short_help="Write the jurisdiction x year panel CSV and its codebook.")
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(dir_okay=False),
    help="File to write (.csv or .xlsx); the codebook goes beside it as NAME.codebook.md.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "csv-bom", "xlsx"]),
    help="csv (UTF-8), csv-bom (UTF-8 with a byte-order mark, for Excel) or xlsx (FIPS kept "
    "as text, codebook sheet). Default: from the file name.",
)
@click.option("--db", "db", type=click.Path(dir_okay=False), help="SQLite database path.")
def export_panel_command(out: str, fmt: str | None, db: str | None) -> None:
    """Write the jurisdiction x year research panel (2007 to now), with a codebook.

    One row per jurisdiction and year: law in force (0/1/empty) and its basis, effective and
    enacted dates, amendments by year, establishments, penalty, hotline named, AG campaigns
    with their coverage. NAME.codebook.md, beside the file, describes every column. The same
    rows are served by Datasette at /hotline/research_panel.
    """
    import sqlite3

    from hotline_watch.export import codebook_path, export_panel

    path = _database(db)
    if not path.exists():
        raise UserError(f"{path}: no such database (run a crawl first, or pass --db)")
    try:
        written = export_panel(path, out, fmt)
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{path}: cannot export the panel: {exc}") from exc
    except OSError as exc:
        raise UserError(f"{out}: cannot write: {exc.strerror or exc}") from exc
    click.echo(f"wrote {written} and {codebook_path(written)}")


def entry() -> None:  # pragma: no cover - console_scripts shim
    logging.basicConfig()
    main()


if __name__ == "__main__":  # pragma: no cover
    main()
