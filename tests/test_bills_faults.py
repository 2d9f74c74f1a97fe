"""Bad input for the bills source, through the real CLI against the loopback Open States:
each fault is recorded against the bills source with its reason, the exit status says whether
the source failed, and nothing stored before is lost or duplicated; interrupted passes resume.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from bills_server import (
    BillApiServer,
    action,
    bill_page,
    bills_environment,
    os_bill,
    version,
    write_bills_yml,
)
from pdf_fixtures import make_pdf
from test_bills_crawl import Q1

from conftest import run_cli

JSON = {"Content-Type": "application/json"}
TEXT = (
    "AN ACT concerning human trafficking. Section 1. Every truck stop shall post a sign with "
    "the National Human Trafficking Hotline 1-888-373-7888 in English and Spanish, in a place "
    "where employees and the public can see it. Section 2. This act takes effect on passage."
)


def bills(base: str, n: int = 25) -> list[dict]:
    """`n` Missouri bills matching the first query (two pages of 20), the first with a text."""
    out = []
    for i in range(n):
        out.append(
            os_bill(
                f"a0000000-0000-4000-8000-{i:012d}",
                "MO",
                "Missouri",
                "2025",
                f"SB {i + 1}",
                f"Human trafficking hotline signs at truck stops (part {i + 1}).",
                f"2025-02-{10 + i % 15:02d}T09:00:00+00:00",
                actions=[action("Introduced", "2025-01-08", "upper", ["introduction"], 1)],
                versions=[version("Introduced", "2025-01-08", f"{base}/mo/sb{i + 1}.html", "")]
                if i == 0
                else [],
                abstracts=["Requires truck stops to post signs with the hotline."]
                if i == 0
                else [],
            )
        )
    return out


@dataclass
class World:
    server: BillApiServer
    tmp: Path
    env: dict
    db: Path

    def crawl(self, *extra: str):
        result = run_cli(["crawl", "bills", "--db", str(self.db), *extra], self.env, timeout=240)
        assert "Traceback" not in result.stderr, result.stderr[-3000:]
        return result

    def q(self, sql: str, args=()) -> list[tuple]:
        with sqlite3.connect(self.db) as conn:
            return conn.execute(sql, args).fetchall()

    def last_run(self) -> int:
        return self.q("select max(id) from runs")[0][0]

    def bills_fetches(self, run_id: int | None = None) -> list[tuple]:
        return self.q(
            "select outcome, status, message, url from fetches where source = 'bills' "
            "and run_id = ? order by id",
            [run_id or self.last_run()],
        )

    def source_run(self) -> tuple:
        return self.q(
            "select outcome, message from source_runs where source = 'bills' and run_id = ?",
            [self.last_run()],
        )[0]

    def snapshot(self) -> dict:
        return {
            t: self.q(f"select * from {t} order by 1, 2")
            for t in ("bills", "bill_actions", "bill_versions")
        }

    def fault(self, predicate, status: int, body: bytes, headers: dict | None = None) -> None:
        self.server.script.append((predicate, (status, {**JSON, **(headers or {})}, body)))

    def use_budget(self, per_day: int) -> None:
        write_bills_yml(self.tmp / "bills.yml", per_day=per_day)


@pytest.fixture
def world(tmp_path):
    server = BillApiServer(max_seconds=300)
    server.bills = bills(server.base)
    server.docs["/mo/sb1.html"] = bill_page(TEXT)
    env = bills_environment(tmp_path, server)
    yield World(server, tmp_path, env, tmp_path / "bills.db")
    server.close()


def q1_page(n: int):
    return lambda path, params: (
        path == "/bills" and params.get("q") == [Q1] and params.get("page") == [str(n)]
    )


def test_malformed_json_is_recorded_and_loses_nothing(world):
    assert world.crawl().returncode == 0
    before = world.snapshot()
    world.server.bills[1]["updated_at"] = "2099-01-01T00:00:00+00:00"  # something to fetch
    world.fault(q1_page(1), 200, b'{"results": [{"id": "ocd-bill/')
    result = world.crawl()
    assert result.returncode == 1
    bad = [f for f in world.bills_fetches() if f[0] != "ok"]
    assert [(o, s) for o, s, _, _ in bad] == [("parse_error", 200)]
    assert "Open States /bills: not JSON" in bad[0][2]
    assert world.source_run()[0] == "failed"
    assert "not JSON" in world.source_run()[1]
    assert "FAILED bills" in result.stderr
    assert world.snapshot() == before  # nothing lost, nothing added twice
    # The new pass did not start: the next run asks for the same page, updated since the same.
    asked = [p for path, p, _ in world.server.requests("/bills") if p["q"] == [Q1]]
    world.server.clear_log()
    assert world.crawl().returncode == 0
    again = [p for path, p, _ in world.server.requests("/bills") if p["q"] == [Q1]]
    assert again[0]["page"] == ["1"] and again[0]["updated_since"] == asked[-1]["updated_since"]
    assert world.q("select count(*) from bills where updated_at like '2099%'") == [(1,)]


@pytest.mark.parametrize("status", [401, 403])
def test_refused_key_fails_the_source_and_stops(world, status):
    detail = b'{"detail": "Invalid API Key."}'
    world.fault(lambda path, params: path == "/jurisdictions", status, detail)
    world.server.jurisdictions = []
    result = world.crawl()
    assert result.returncode == 1
    (fetch,) = world.bills_fetches()  # one request, then nothing more of this backend
    assert fetch[0] == "http_error" and fetch[1] == status
    assert "Open States refused the API key ($OPENSTATES_API_KEY)" in fetch[2]
    outcome, message = world.source_run()
    assert outcome == "failed" and f"HTTP {status}" in message
    assert world.q("select count(*) from bills") == [(0,)]
    assert "FAILED bills: http_error" in result.stderr


def test_daily_429_mid_pagination_resumes_next_run(world):
    world.server.bills = bills(world.server.base, n=45)  # three pages of the first query
    world.fault(q1_page(2), 429, b'{"detail": "exceeded limit of 250/day: 251"}')
    first = world.crawl()
    assert first.returncode == 1
    failed = [f for f in world.bills_fetches() if f[0] != "ok"]
    assert [(o, s) for o, s, _, _ in failed] == [("http_error", 429)]
    assert "exceeded limit of 250/day" in failed[0][2] and "again next run" in failed[0][2]
    # Page 1 (20 bills) was stored; page 2 was not retried today and no other query was asked.
    assert world.q("select count(*) from bills") == [(20,)]
    asked = [p.get("page") for path, p, _ in world.server.requests("/bills")]
    assert asked == [["1"], ["2"]]
    cursor = world.q(f"select since, next_page, completed_at from bill_sync where query = '{Q1}'")
    assert cursor == [(None, 2, None)]
    world.server.clear_log()
    second = world.crawl()
    assert second.returncode == 0, second.stderr
    resumed = [
        (p["q"][0], p["page"][0], p.get("updated_since"))
        for path, p, _ in world.server.requests("/bills")
    ]
    assert resumed[:2] == [(Q1, "2", None), (Q1, "3", None)]  # same pass, same since
    assert world.q("select count(*), count(distinct id) from bills") == [(45, 45)]
    assert world.q(f"select completed_at is not null from bill_sync where query = '{Q1}'") == [(1,)]


def test_per_minute_429_without_retry_after_waits_the_minute():
    from scrapy.http import Request, TextResponse

    from hotline_watch.bills_api import ApiBudgetMiddleware, RequestBudget

    clock = [1_000_000.0]
    mw = ApiBudgetMiddleware(Path("/nonexistent"), {})
    mw.budgets["openstates"] = RequestBudget("openstates", 10, 250, clock=lambda: clock[0])
    request = Request("http://api.test/bills", meta={"hw_api": "openstates"})
    body = b'{"detail": "exceeded limit of 10/min: 11"}'
    mw.process_response(request, TextResponse(request.url, status=429, body=body), None)
    assert mw.budgets["openstates"].wait() == 60.0
    assert request.meta["hw_rate_limited"] == "exceeded limit of 10/min: 11"
    day = b'{"detail": "exceeded limit of 250/day: 251"}'
    mw.process_response(request, TextResponse(request.url, status=429, body=day), None)
    assert "250/day" in mw.budgets["openstates"].refusal()


def test_own_daily_budget_stops_short_and_the_pass_resumes(world):
    world.use_budget(2)
    first = world.crawl()
    assert first.returncode == 0, first.stderr  # the budget is kept, not a failure
    assert world.server.api_requests() == 2  # /jurisdictions, then page 1 of the first query
    assert "daily budget of 2 requests spent" in first.stdout
    assert f"query {Q1!r} resumes at page 2 next run" in first.stdout
    assert world.q("select requests from bill_api_usage") == [(2,)]
    again = world.crawl()  # the same day: nothing left, nothing asked
    assert again.returncode == 0
    assert world.server.api_requests() == 2
    world.use_budget(250)  # (or the next UTC day)
    world.server.clear_log()
    assert world.crawl().returncode == 0
    asked = [(p["q"][0], p["page"][0]) for path, p, _ in world.server.requests("/bills")]
    assert asked[0] == (Q1, "2")
    assert world.q("select count(*) from bills") == [(25,)]
    assert world.q("select requests from bill_api_usage") == [(2 + 1 + 4,)]


def test_page_past_max_page_ends_the_pass(world):
    world.use_budget(2)
    world.crawl()  # stops before page 2 of the first query
    world.use_budget(250)
    world.server.bills = world.server.bills[:15]  # meanwhile, one page is all there is
    before = world.snapshot()
    result = world.crawl()
    assert result.returncode == 0, result.stderr
    past = [f for f in world.bills_fetches() if f[1] == 404]
    assert [(o, s) for o, s, _, _ in past] == [("not_found", 404)]
    assert "page 2 is past the last page" in past[0][2] and "invalid page" in past[0][2]
    assert world.source_run()[0] == "ok"
    row = world.q(f"select completed_at is not null from bill_sync where query = '{Q1}'")
    assert row == [(1,)]
    after = world.snapshot()
    # The 20 bills of page 1 stay (others may come from the other queries), none twice.
    assert {r[0] for r in before["bills"]} <= {r[0] for r in after["bills"]}
    assert world.q("select count(*) = count(distinct id) from bills") == [(1,)]


def test_version_link_404_is_recorded_and_retried(world):
    del world.server.docs["/mo/sb1.html"]
    first = world.crawl()
    assert first.returncode == 1
    bad = [f for f in world.bills_fetches() if f[0] != "ok"]
    assert [(o, s, m) for o, s, m, _ in bad] == [("not_found", 404, "bill text: HTTP 404")]
    assert world.q("select requires_posting, posting_basis from bills where id = 'MO:2025:SB1'")[
        0
    ] == (1, "title_abstract")  # the title still speaks for the bill
    world.server.docs["/mo/sb1.html"] = bill_page(TEXT)
    world.server.bills[0]["updated_at"] = "2099-01-01T00:00:00+00:00"
    assert world.crawl().returncode == 0
    row = world.q(
        "select b.posting_basis, v.fetch_attempts, v.fetch_outcome from bills b "
        "join bill_versions v on v.bill_id = b.id where b.id = 'MO:2025:SB1'"
    )
    assert row == [("text", 2, "ok")]


def test_scanned_pdf_is_recorded_once(world):
    world.server.docs["/mo/sb1.html"] = (200, {"Content-Type": "application/pdf"}, make_pdf(None))
    assert world.crawl().returncode == 1
    bad = [f for f in world.bills_fetches() if f[0] != "ok"]
    assert len(bad) == 1 and bad[0][0] == "parse_error"
    assert "no text layer (scanned image?)" in bad[0][2]
    world.server.bills[0]["updated_at"] = "2099-01-01T00:00:00+00:00"
    world.server.clear_log()
    assert world.crawl().returncode == 0  # not asked again: the scan will not grow a text
    assert world.server.requests("/mo/sb1.html") == []


def test_broken_bills_config_is_exit_2(world):
    config = (world.tmp / "bills.yml").read_text()
    (world.tmp / "bills.yml").write_text(config.replace("per_page: 20", "per_page: 50", 1))
    result = world.crawl()
    assert result.returncode == 2
    assert "bills.yml: field openstates/per_page: 50 is greater than the maximum of 20" in (
        result.stderr
    )
    assert not world.db.exists() or world.q("select count(*) from runs") == [(0,)]


def test_backfill_since_starts_a_new_pass_from_that_date(world):
    assert world.crawl().returncode == 0
    world.server.clear_log()
    result = world.crawl("--since", "2015-01-01")
    assert result.returncode == 0, result.stderr
    asked = {
        (p["q"][0], p["page"][0], p["updated_since"][0])
        for _, p, _ in world.server.requests("/bills")
    }
    assert (Q1, "1", "2015-01-01") in asked and (Q1, "2", "2015-01-01") in asked
    assert world.q("select count(*), count(distinct id) from bills") == [(25, 25)]


def test_run_prints_the_bills_summary(world):
    """`hotline-watch run` (the cron job) crawls bills with everything else and says so."""
    from fault_server import EMPTY_LISTING, write_offices, write_statutes

    from hotline_watch.jurisdictions import JURISDICTIONS

    write_statutes(world.tmp / "statutes.yml", {})
    write_offices(world.tmp / "ag.yml", world.server.base)
    for code in JURISDICTIONS:
        world.server.docs[f"/ag/{code.lower()}/news"] = (
            200,
            {"Content-Type": "text/html"},
            EMPTY_LISTING,
        )
    env = {
        **world.env,
        "HOTLINE_WATCH_STATUTES": str(world.tmp / "statutes.yml"),
        "HOTLINE_WATCH_AG": str(world.tmp / "ag.yml"),
        "HOTLINE_WATCH_SUBSCRIPTIONS": str(world.tmp / "subscriptions.yml"),
    }
    (world.tmp / "subscriptions.yml").write_text("subscriptions: []\n")
    result = run_cli(["run", "--db", str(world.db), "--log-file", str(world.tmp / "r.log")], env)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    lines = result.stdout.splitlines()
    bills = [line for line in lines if line.startswith("bills: ")]
    assert bills == [
        "bills: the first run, a baseline: no changes; 25 stored (1 coded as posting); "
        "Open States requests today: 7 of 250"
    ]
    assert lines[-1].startswith("alerts: ")
