"""LegiScan, the second backend behind the same interface: getSearch across all states,
getBill only when a bill's change_hash moved, statuses from its progress events, the same
bill from both backends stored once."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from bills_server import (
    LEGISCAN_KEY,
    BillApiServer,
    action,
    bill_page,
    bills_environment,
    os_bill,
    version,
)

from conftest import run_cli

TEXT = (
    "AN ACT concerning human trafficking. Section 1. Every truck stop and rest area shall "
    "display a poster with the National Human Trafficking Hotline number 1-888-373-7888 in "
    "English and Spanish, where employees and the public can see it. Section 2. A violation "
    "is a misdemeanor punishable by a fine of $250."
)


def ls_bill(
    bill_id: int,
    state: str,
    number: str,
    title: str,
    change_hash: str,
    events: list[tuple[str, int]],
    base: str,
    *,
    sine_die: int = 0,
    texts: bool = True,
) -> dict:
    """A getBill "bill" object as LegiScan's client libraries describe it."""
    return {
        "bill_id": bill_id,
        "change_hash": change_hash,
        "session": {
            "session_id": 2100,
            "year_start": 2025,
            "year_end": 2026,
            "special": 0,
            "sine_die": sine_die,
            "session_name": "2025-2026 Regular Session",
        },
        "url": f"https://legiscan.com/{state}/bill/{number}/2025",
        "state_link": f"{base}/{state.lower()}/{number}",
        "status": events[-1][1],
        "status_date": events[-1][0],
        "progress": [{"date": d, "event": e} for d, e in events],
        "state": state,
        "bill_number": number,
        "body": number[0],
        "title": title,
        "description": title,
        "history": [
            {"date": d, "action": f"step {e}", "chamber": number[0], "importance": 1}
            for d, e in events
        ],
        "texts": [
            {
                "doc_id": bill_id * 10,
                "date": events[0][0],
                "type": "Introduced",
                "mime": "text/html",
                "url": f"https://legiscan.com/{state}/text/{number}/2025",
                "state_link": f"{base}/{state.lower()}/{number}.html",
            }
        ]
        if texts
        else [],
    }


@pytest.fixture
def world(tmp_path):
    server = BillApiServer(max_seconds=300)
    base = server.base
    server.legiscan_bills = {
        101: ls_bill(
            101,
            "KS",
            "HB2001",
            "Human trafficking; hotline posters at truck stops and rest areas.",
            "aaa1",
            [("2025-01-13", 1)],
            base,
        ),
        102: ls_bill(
            102,
            "TN",
            "SB77",
            "Human trafficking hotline posters.",
            "bbb1",
            [("2025-01-20", 1), ("2025-02-10", 2), ("2025-03-01", 3), ("2025-03-20", 4)],
            base,
            texts=False,
        ),
        103: ls_bill(
            103,
            "MS",
            "HB5",
            "Human trafficking hotline signs.",
            "ccc1",
            [("2025-01-10", 1)],
            base,
            sine_die=1,
            texts=False,
        ),
        104: ls_bill(104, "US", "HR9", "Federal hotline signs.", "ddd1", [("2025-01-03", 1)], base),
    }
    server.docs["/ks/HB2001.html"] = bill_page(TEXT)
    env = bills_environment(tmp_path, server, legiscan=True)
    env.pop("OPENSTATES_API_KEY")
    db = tmp_path / "bills.db"

    def crawl(key_env=env):
        server.clear_log()
        result = run_cli(["crawl", "bills", "--db", str(db)], key_env, timeout=240)
        assert "Traceback" not in result.stderr, result.stderr[-3000:]
        return result

    def q(sql, args=()):
        with sqlite3.connect(db) as conn:
            return conn.execute(sql, args).fetchall()

    yield server, env, crawl, q
    server.close()


def ops(server) -> list[str]:
    return [p["op"][0] for path, p, _ in server.requests("/legiscan/")]


def test_legiscan_alone_and_unchanged_bills_cost_nothing(world):
    server, env, crawl, q = world
    first = crawl()
    assert first.returncode == 0, first.stdout + first.stderr[-3000:]
    assert sorted(ops(server)) == ["getBill", "getBill", "getBill", "getSearch"]  # not the US one
    search = [p for path, p, _ in server.requests("/legiscan/") if p["op"] == ["getSearch"]][0]
    assert search["state"] == ["ALL"] and search["year"] == ["2"]
    rows = q("select id, status, status_date, legiscan_id, session_ended from bills order by id")
    assert rows == [
        ("KS:2025-2026:HB2001", "introduced", "2025-01-13", 101, 0),
        ("MS:2025-2026:HB5", "dead", None, 103, 1),  # the session adjourned sine die
        ("TN:2025-2026:SB77", "signed", "2025-03-20", 102, 0),
    ]
    coded = q(
        "select requires_posting, posting_basis, establishments from bills where id = ?",
        ["KS:2025-2026:HB2001"],
    )
    assert coded == [(1, "text", '["truck_stop", "rest_area"]')]
    # The key is never stored: fetches and the archive carry key=REDACTED.
    urls = [u for (u,) in q("select url from fetches")]
    assert all(LEGISCAN_KEY not in u for u in urls) and any("key=REDACTED" in u for u in urls)
    assert q("select requests from bill_api_usage where backend = 'legiscan'") == [(4,)]

    assert crawl().returncode == 0
    assert ops(server) == ["getSearch"]  # every change_hash as stored: one request in all

    server.legiscan_bills[101] = ls_bill(
        101,
        "KS",
        "HB2001",
        "Human trafficking; hotline posters at truck stops and rest areas.",
        "aaa2",
        [("2025-01-13", 1), ("2025-02-20", 2)],
        server.base,
    )
    assert crawl().returncode == 0
    assert ops(server) == ["getSearch", "getBill"]
    changes = q(
        "select change_type, old_value, new_value from changes where record_id = ? order by id",
        ["KS:2025-2026:HB2001"],
    )
    # The first run was the baseline: the one change is the step the bill took since.
    assert changes == [("bill_status", "introduced", "passed_one_chamber")]
    assert q("select count(*) from bill_versions where bill_id = 'KS:2025-2026:HB2001'") == [(1,)]


def test_the_same_bill_from_both_backends_is_stored_once(world):
    server, env, crawl, q = world
    both = {**env, "OPENSTATES_API_KEY": "test-openstates-key"}
    # A first run that finds nothing (Open States only, no bill yet) is the baseline, so the
    # bill both backends then report is news: it must be one bill and one bill_new.
    only_openstates = {k: v for k, v in both.items() if k != "LEGISCAN_API_KEY"}
    result = crawl(only_openstates)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert q("select count(*) from bills") == [(0,)]
    server.bills = [
        os_bill(
            "0b7e0000-0000-4000-8000-000000002001",
            "KS",
            "Kansas",
            "2025-2026",
            "HB 2001",
            "Human trafficking; hotline posters at truck stops and rest areas.",
            datetime.now(UTC).replace(microsecond=0).isoformat(),  # updated since the first run
            actions=[action("Introduced", "2025-01-13", "lower", ["introduction"], 1)],
            versions=[version("Introduced", "2025-01-13", f"{server.base}/ks/HB2001.html", "")],
            text="hotline sign post notice poster",
        )
    ]
    result = crawl(both)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    rows = q("select id, openstates_id, legiscan_id, status from bills where jurisdiction = 'KS'")
    assert rows == [
        (
            "KS:2025-2026:HB2001",
            "ocd-bill/0b7e0000-0000-4000-8000-000000002001",
            101,
            "introduced",
        )
    ]
    # Its title says posters, not a duty to post them; its text does: one bill_new, relevant,
    # told from the text (the title's irrelevant bill_new of the same run is replaced).
    changes = q(
        "select change_type, relevant, summary from changes where record_id = 'KS:2025-2026:HB2001'"
    )
    assert changes == [
        (
            "bill_new",
            1,
            "KS HB 2001 (2025-2026) would require posting the hotline (its text: Introduced, "
            "2025-01-13)",
        )
    ]
    assert len(server.requests("/ks/HB2001.html")) == 1  # its text read once


def test_legiscan_refusing_the_key_fails_the_source(world):
    server, env, crawl, q = world
    result = crawl({**env, "LEGISCAN_API_KEY": "wrong"})
    assert result.returncode == 1
    assert ops(server) == ["getSearch"]
    (fetch,) = q("select outcome, message from fetches where source = 'bills'")
    assert fetch == ("http_error", "LegiScan getSearch: LegiScan ERROR: Invalid API key")
    assert "FAILED bills" in result.stderr


def test_the_key_never_reaches_the_log_when_a_request_fails(world):
    # A LegiScan request carries the key in its URL (key=...). Failing 500s make Scrapy's retry
    # middleware log the request ("Gave up retrying <GET ...>") through its own root handler,
    # which it installs anew when a crawler starts.
    server, env, crawl, q = world
    failing = (500, {"Content-Type": "application/json"}, b'{"status": "ERROR"}')
    server.script.extend([(lambda path, params: path == "/legiscan/", failing)] * 3)
    result = crawl()
    output = result.stdout + result.stderr
    assert "Gave up retrying" in output and "key=REDACTED" in output
    assert LEGISCAN_KEY not in output
