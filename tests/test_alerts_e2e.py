"""Change alerts end to end: `hotline-watch run` (crawl + changes + alerts, the cron command)
against a local official-site stand-in whose pages change between runs, with a real SMTP server
and a real webhook receiver as subscribers.

1. first run: baseline, nothing sent;
2. only the page chrome changes (a visit counter and a date outside the legal text): no change;
3. one word of the legal text changes and the Attorney General posts a hotline campaign:
   exactly one change per event, one message per matching subscriber, none for the others;
4. the same again: nothing.
"""

from __future__ import annotations

import email
import sqlite3
from datetime import date, timedelta

import pytest
from fault_server import (
    EMPTY_LISTING,
    FaultServer,
    Page,
    hi_page,
    statute_entry,
    write_crawl_yml,
    write_offices,
    write_statutes,
)

from conftest import cli_environment, run_cli
from hotline_watch.jurisdictions import JURISDICTIONS

HI_PATH = "/hrscurrent/Vol07_Ch0346-0398/HRS0371/HRS_0371-0020.htm"
CITATION = "Haw. Rev. Stat. \u00a7 371-20"
TX_NEWS = "/ag/tx/news"
TX_RELEASE = "/ag/tx/releases/hotline-billboards-along-interstate-highways"
PUBLISHED = (date.today() - timedelta(days=2)).isoformat()


def statute(verb: str, visits: int, updated: str) -> bytes:
    """The Hawaii page: legal text with `verb`, then site chrome that changes on every visit."""
    text = hi_page(
        "371-20",
        f"(a) Every bar shall post a sign that {verb}: call the National Human Trafficking "
        "Hotline at 1-888-373-7888 or text 233733.",
    )
    # The real HRS pages carry a navigation table after </html>; ours carries a counter too.
    chrome = f"<center><table><tr><td>Visits: {visits}</td><td>Page generated {updated}</td>"
    return text + (chrome + "</tr></table></center>").encode("cp1252")


TX_LISTING = (
    f'<html><body><h1>News</h1><ul><li><a class=release href="{TX_RELEASE}">Attorney General '
    f"launches hotline billboards along interstate highways</a> <span>{PUBLISHED}</span></li>"
    "</ul></body></html>"
).encode()
TX_RELEASE_PAGE = (
    "<html><head><title>Attorney General launches hotline billboards along interstate "
    f'highways | Office of the Attorney General</title><meta property="article:published_time" '
    f'content="{PUBLISHED}"></head><body><h1>Attorney General launches hotline billboards '
    "along interstate highways</h1><article><p>The Attorney General today launched a statewide "
    "billboard campaign along interstate highways and at truck stops urging anyone who sees "
    "signs of human trafficking to call the National Human Trafficking Hotline at "
    "1-888-373-7888 or text 233733.</p><p>The campaign is a partnership with the Department "
    "of Transportation.</p></article></body></html>"
).encode()


@pytest.fixture
def world(tmp_path, smtp, webhook):
    server = FaultServer(max_seconds=300)
    write_statutes(
        tmp_path / "statutes.yml",
        {
            "HI": statute_entry(
                "HI",
                "hi_hrs",
                "127.0.0.1",
                [{"citation": CITATION, "url": server.base + HI_PATH, "verified": "unverified"}],
            )
        },
    )
    write_offices(tmp_path / "ag.yml", server.base)
    write_crawl_yml(tmp_path / "crawl.yml", timeout=5)
    (tmp_path / "subscriptions.yml").write_text(
        "datasette_url: http://127.0.0.1:8001\n"
        "subscriptions:\n"
        "  - name: hawaii-mail\n"
        "    who: Hawaii advocates\n"
        f'    url: "mailto://127.0.0.1:{smtp.port}?from=hw@hotline-watch.test'
        '&to=adv@example.test&mode=insecure"\n'
        "    jurisdictions: [HI]\n"
        "  - name: text-changes-hook\n"
        f'    url: "json://127.0.0.1:{webhook.server_port}/text"\n'
        "    change_types: [text_changed]\n"
        "  - name: texas-campaigns\n"
        f'    url: "json://127.0.0.1:{webhook.server_port}/texas"\n'
        "    jurisdictions: [TX]\n"
        "    change_types: [new_campaign]\n"
        "  - name: ohio-everything\n"
        f'    url: "json://127.0.0.1:{webhook.server_port}/ohio"\n'
        "    jurisdictions: [OH]\n"
    )
    env = cli_environment(tmp_path, configs=True)
    listings = {f"/ag/{c.lower()}/news": Page(EMPTY_LISTING, "text/html") for c in JURISDICTIONS}
    db = tmp_path / "hotline.db"

    def run(n: int, routes: dict) -> list[tuple]:
        server.reset()
        server.routes_from({**listings, **routes})
        before = changes(db)
        result = run_cli(
            ["run", "--db", str(db), "--log-file", str(tmp_path / f"run{n}.log")], env, timeout=240
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return changes(db)[len(before) :]

    yield run
    server.close()


def changes(db) -> list[tuple]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "select jurisdiction, change_type, summary from changes where baseline = 0 order by id"
        ).fetchall()


def hooks(webhook, path: str) -> list[dict]:
    return [p for h, p in webhook.received if h.get("X-Hotline-Watch-Delivery", "").endswith(path)]


def test_crawl_to_alert_once_per_subscriber_and_never_for_chrome(world, smtp, webhook):
    # 1. Baseline: everything is new to the database (recorded as baseline), nothing is news.
    assert world(1, {HI_PATH: Page(statute("states", 1, "2026-12-01 09:00"))}) == []
    assert smtp.messages == [] and webhook.received == []

    # 2. Only the chrome changed: the extracted legal text is the same, so no change.
    assert world(2, {HI_PATH: Page(statute("states", 2, "2026-12-02 09:00"))}) == []
    assert smtp.messages == [] and webhook.received == []

    # 3. One word of the law changes; the Texas AG launches a billboard campaign.
    third = world(
        3,
        {
            HI_PATH: Page(statute("reads", 3, "2026-12-03 09:00")),
            TX_NEWS: Page(TX_LISTING, "text/html"),
            TX_RELEASE: Page(TX_RELEASE_PAGE, "text/html"),
        },
    )
    kinds = sorted((j, t) for j, t, _ in third)
    assert kinds == [("HI", "text_changed"), ("TX", "new_campaign"), ("TX", "new_release")]

    # Hawaii mail subscriber: exactly one message, with the redline, citation and links.
    assert len(smtp.messages) == 1
    message = email.message_from_bytes(smtp.messages[0].content)
    mail = message.get_payload(decode=True).decode(message.get_content_charset())
    assert "Every bar shall post a sign that [-states:-]{+reads:+} call the National" in mail
    assert "371-20" in mail
    assert HI_PATH in mail  # the official page
    assert "http://127.0.0.1:8001/hotline/statute_sections/" in mail  # the Datasette row
    assert "Fetched: " in mail
    # Text-change hook: the Hawaii change only; Texas campaigns: the campaign only; Ohio: none.
    assert len(hooks(webhook, ":text-changes-hook")) == 1
    assert "371-20" in hooks(webhook, ":text-changes-hook")[0]["title"]
    texas = hooks(webhook, ":texas-campaigns")
    assert len(texas) == 1
    assert "billboard" in texas[0]["message"].lower()
    assert hooks(webhook, ":ohio-everything") == []
    assert len(webhook.received) == 2

    # 4. Nothing new: no change, no message.
    again = world(
        4,
        {
            HI_PATH: Page(statute("reads", 4, "2026-12-04 09:00")),
            TX_NEWS: Page(TX_LISTING, "text/html"),
            TX_RELEASE: Page(TX_RELEASE_PAGE, "text/html"),
        },
    )
    assert again == []
    assert len(smtp.messages) == 1 and len(webhook.received) == 2
