"""kill -9 in the middle of a crawl that uses a site's change list: what was committed is
whole (a listing's confirmations all or none, never a confirmation without its listing's
fetch), nothing half-stored, and the next crawl confirms and fetches what it should, with
exactly the changes the amendments make. Real CLI crawls into a real SQLite file, against a
loopback stand-in of the site (port 0)."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest
from fault_server import (
    FaultServer,
    Page,
    Sleep,
    hi_page,
    statute_entry,
    write_crawl_yml,
    write_offices,
    write_statutes,
)
from test_crash import query

from conftest import ROOT, cli_environment, hotline_watch_cmd, run_cli
from hotline_watch.change_list import render_iis_listing

CHAPTERS = {
    "A": "/hrscurrent/Vol07_Ch0346-0398/HRS0371/",
    "B": "/hrscurrent/Vol07_Ch0346-0398/HRS0372/",
}
MTIME = 1_700_000_000


def page_path(chapter: str, n: int) -> str:
    number = CHAPTERS[chapter].rstrip("/")[-4:]
    return f"{CHAPTERS[chapter]}HRS_{number}-{n:04d}.htm"


def section(chapter: str, n: int) -> str:
    return f"{int(CHAPTERS[chapter].rstrip('/')[-4:])}-{n}"


def test_killed_change_list_crawl_keeps_whole_listings_and_the_next_crawl_is_exact(tmp_path):
    server = FaultServer(max_seconds=300)
    pages = [(c, n) for c in CHAPTERS for n in (1, 2, 3)]
    write_statutes(
        tmp_path / "statutes.yml",
        {
            "HI": statute_entry(
                "HI",
                "hi_hrs",
                "127.0.0.1",
                [
                    {
                        "citation": f"Haw. Rev. Stat. \u00a7 {section(c, n)}",
                        "url": server.base + page_path(c, n),
                        "verified": "unverified",
                    }
                    for c, n in pages
                ],
            )
        },
    )
    write_offices(tmp_path / "ag.yml", server.base)
    write_crawl_yml(tmp_path / "crawl.yml", timeout=5, change_lists=True)
    (tmp_path / "subscriptions.yml").write_text("subscriptions: []\n")
    env = cli_environment(tmp_path, configs=True)
    db = tmp_path / "hotline.db"

    def serve(version: dict[str, int], slow: float = 0.0) -> None:
        server.reset()
        for chapter, directory in CHAPTERS.items():
            entries = []
            for n in (1, 2, 3):
                body = hi_page(section(chapter, n), f"Text, version {version[chapter]}.")
                page = Page(body)
                late = slow and version[chapter] > 1
                server.route(page_path(chapter, n), Sleep(slow, page) if late else page)
                entries.append(
                    (
                        page_path(chapter, n).rsplit("/", 1)[1],
                        MTIME + version[chapter] * 86_400,
                        len(body),
                    )
                )
            listing = render_iis_listing(directory, entries).encode()
            server.route(directory, Page(listing, "text/html; charset=utf-8"))

    crawl = ["crawl", "statutes_hi", "--db", str(db)]
    try:
        serve({"A": 1, "B": 1})
        first = run_cli(crawl, env, timeout=120)
        assert first.returncode == 0, first.stderr[-3000:]

        # Chapter B amended and slow to answer; chapter A unchanged: killed once A's
        # confirmations are committed and B's pages are in flight.
        serve({"A": 1, "B": 2}, slow=4.0)
        proc = subprocess.Popen(
            [*hotline_watch_cmd(), *crawl],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        confirmed = "select count(*) from change_list_confirmations where run_id = 2"
        while time.monotonic() < deadline:
            in_flight = [p for p in server.paths() if p.startswith(CHAPTERS["B"] + "HRS_")]
            if in_flight and query(db, confirmed)[0][0] >= 3:
                break
            assert proc.poll() is None, proc.communicate()[1][-3000:]
            time.sleep(0.05)
        else:
            pytest.fail("chapter A not confirmed while chapter B was in flight")
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)

        assert query(db, "pragma integrity_check") == [("ok",)]
        rows = query(
            db,
            "select c.listing_url, count(*), f.outcome from change_list_confirmations c "
            "join fetches f on f.id = c.listing_fetch_id where c.run_id = 2 group by 1",
        )
        assert rows == [(server.base + CHAPTERS["A"], 3, "listing")]  # whole, with its fetch
        assert query(db, "select count(*) from fetches where run_id = 2 and outcome = 'ok'") == [
            (0,)
        ]  # B's pages never arrived: nothing of them stored
        assert query(db, "select count(*) from statute_sections where text like '%version 2%'") == [
            (0,)
        ]

        serve({"A": 1, "B": 2})
        third = run_cli(crawl, env, timeout=120)
        assert third.returncode == 0, third.stderr[-3000:]
        b_pages = sorted(page_path("B", n) for n in (1, 2, 3))
        assert sorted(p for p in server.paths() if p.endswith(".htm")) == b_pages
        changes = query(
            db, "select change_type, record_id from changes where run_id = 3 order by 2"
        )
        assert changes == [("text_changed", f"HI:HRS:{section('B', n)}") for n in (1, 2, 3)]
        assert query(db, "select count(*) from change_list_confirmations where run_id = 3") == [
            (3,)
        ]
    finally:
        server.close()
