"""Change alerts end to end: `hotline-watch run` (crawl + changes + alerts, the cron command)
against a local stand-in of the official site serving the REAL Hawaii § 371-20 page
(../shared/captures/hi-hrs/), with a real SMTP server and a real webhook receiver as
subscribers. Run by run:

1. first run: a first load, not a change: nothing recorded, nothing sent;
2. only the page chrome changes (title, navigation after </html>, a counter): nothing;
3. the section is amended (penalty $100 -> $500, lodging added as (b)(4), history note
   "am L 2026, c 112") and the Texas AG posts a hotline campaign and an unrelated release:
   the law's subscriber gets exactly ONE message, the change in words first, then the session
   law and a clause-level redline; the webhook the same as JSON; the campaign reaches its
   subscriber once; the unrelated release only the "all releases" subscriber;
4. the same again: nothing;
5. the page stops parsing, 6. it is back, 7. and 8. it is not found: operators hear of the
   parse error, the failing source and the section gone; the advocates only of the section
   gone (a possible repeal), once;
9. still not found: exit 0, nothing sent, crawl health lists the section for review.

Then the Atom feeds are read through Datasette: each holds only what it promises.
The amendment e-mail and webhook payload are written to tests/artifacts/ for the record.
"""

from __future__ import annotations

import asyncio
import email
import json
import sqlite3
from datetime import date, timedelta
from email.header import decode_header, make_header
from xml.etree import ElementTree

import pytest
from fault_server import (
    EMPTY_LISTING,
    FaultServer,
    Page,
    status,
    statute_entry,
    write_crawl_yml,
    write_offices,
    write_statutes,
)
from hi_amendment import HI_CAPTURE, HI_PATH, amend_hi

from conftest import ROOT, cli_environment, run_cli
from hotline_watch.jurisdictions import JURISDICTIONS

CITATION = "Haw. Rev. Stat. \u00a7 371-20"
TX_NEWS = "/ag/tx/news"
CAMPAIGN = "/ag/tx/releases/hotline-billboards-along-interstate-highways"
UNRELATED = "/ag/tx/releases/attorney-general-sues-exxonmobil"
PUBLISHED = (date.today() - timedelta(days=2)).isoformat()
ARTIFACTS = ROOT / "tests" / "artifacts"


def chrome_edit(raw: bytes) -> bytes:
    """The same law, other chrome: title, the navigation table after </html>, a counter."""
    out = raw.replace(b"<title>House Bill</title>", b"<title>HRS 371-20 (2026)</title>")
    out = out.replace(b"HRS_0371-0019_0002.htm", b"HRS_0371-0019_0003.htm")
    assert out != raw
    return out + b"<center><table><tr><td>Visits: 2</td></tr></table></center>"


def release(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title} | Office of the Attorney General</title>"
        f'<meta property="article:published_time" content="{PUBLISHED}"></head><body>'
        f"<h1>{title}</h1><article>{body}</article></body></html>"
    ).encode()


CAMPAIGN_TITLE = "Attorney General launches hotline billboards along interstate highways"
UNRELATED_TITLE = "Attorney General sues ExxonMobil over misleading recycling claims"
TX_LISTING = (
    "<html><body><h1>News</h1><ul>"
    f'<li><a class=release href="{CAMPAIGN}">{CAMPAIGN_TITLE}</a> <span>{PUBLISHED}</span></li>'
    f'<li><a class=release href="{UNRELATED}">{UNRELATED_TITLE}</a> <span>{PUBLISHED}</span></li>'
    "</ul></body></html>"
).encode()
TX_ROUTES = {
    TX_NEWS: Page(TX_LISTING, "text/html"),
    CAMPAIGN: Page(
        release(
            CAMPAIGN_TITLE,
            [
                "The Attorney General today launched a statewide billboard campaign along "
                "interstate highways and at truck stops urging anyone who sees signs of human "
                "trafficking to call the National Human Trafficking Hotline at 1-888-373-7888 "
                "or text 233733.",
                "The campaign is a partnership with the Department of Transportation.",
            ],
        ),
        "text/html",
    ),
    UNRELATED: Page(
        release(
            UNRELATED_TITLE,
            [
                "The Attorney General today sued ExxonMobil for deceiving consumers about the "
                "recyclability of plastics.",
            ],
        ),
        "text/html",
    ),
}


@pytest.fixture
def world(tmp_path, smtp, webhook, shared_dir):
    server = FaultServer(max_seconds=600)
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
    hook = f"json://127.0.0.1:{webhook.server_port}"
    (tmp_path / "subscriptions.yml").write_text(
        "datasette_url: http://127.0.0.1:8001\n"
        "subscriptions:\n"
        "  - name: hawaii-mail\n"
        "    who: Hawaii advocates, all types (default audience, advocates)\n"
        f'    url: "mailto://127.0.0.1:{smtp.port}?from=hw@hotline-watch.test'
        '&to=adv@example.test&mode=insecure"\n'
        "    jurisdictions: [HI]\n"
        "  - name: hawaii-hook\n"
        f'    url: "{hook}/hawaii"\n'
        "    jurisdictions: [HI]\n"
        "  - name: texas-campaigns\n"
        f'    url: "{hook}/texas"\n'
        "    jurisdictions: [TX]\n"
        "    change_types: [new_campaign]\n"
        "  - name: all-releases\n"
        f'    url: "{hook}/releases"\n'
        "    change_types: [new_release]\n"
        "    scope: all\n"
        "  - name: ops\n"
        f'    url: "{hook}/ops"\n'
        "    audience: operators\n"
        "  - name: ohio-everything\n"
        f'    url: "{hook}/ohio"\n'
        "    jurisdictions: [OH]\n"
    )
    env = cli_environment(tmp_path, configs=True)
    listings = {f"/ag/{c.lower()}/news": Page(EMPTY_LISTING, "text/html") for c in JURISDICTIONS}
    db = tmp_path / "hotline.db"

    def run(n: int, hawaii, texas: dict | None = None, exit_code: int = 0) -> list[tuple]:
        server.reset()
        server.routes_from({**listings, HI_PATH: hawaii, **(texas or {})})
        before = changes(db)
        result = run_cli(
            ["run", "--db", str(db), "--log-file", str(tmp_path / f"run{n}.log")], env, timeout=240
        )
        assert result.returncode == exit_code, (n, result.stdout, result.stderr[-3000:])
        run.stdout = result.stdout
        return changes(db)[len(before) :]

    run.db, run.base = db, server.base
    yield run
    server.close()


def changes(db) -> list[tuple]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "select jurisdiction, change_type, types from changes order by id"
        ).fetchall()


def hooks(webhook) -> dict[str, list[dict]]:
    """Payloads received per subscription (from the X-Hotline-Watch-Delivery header)."""
    out: dict[str, list[dict]] = {}
    for headers, payload in webhook.received:
        out.setdefault(headers["X-Hotline-Watch-Delivery"].split(":", 1)[1], []).append(payload)
    return out


def counts(smtp, webhook) -> dict[str, int]:
    got = {name: len(p) for name, p in hooks(webhook).items()}
    return {"hawaii-mail": len(smtp.messages), **dict(sorted(got.items()))}


def mail_text(envelope) -> tuple[str, str]:
    message = email.message_from_bytes(envelope.content)
    body = message.get_payload(decode=True).decode(message.get_content_charset())
    return str(make_header(decode_header(message["Subject"]))), body.replace("\r\n", "\n")


def feed(db, path: str) -> list[str]:
    from hotline_watch.web import make_datasette

    async def fetch():
        return await make_datasette(db).client.get(path)

    response = asyncio.run(fetch())
    assert response.status_code == 200, response.text[:300]
    root = ElementTree.fromstring(response.text)
    atom = "{http://www.w3.org/2005/Atom}"
    titles = [e.find(f"{atom}title").text for e in root.findall(f"{atom}entry")]
    return sorted(t for t in titles if ": " in t)


def test_one_clear_message_per_change_and_none_for_noise(world, smtp, webhook):
    real = HI_CAPTURE.read_bytes()

    # 1. The first load is a starting point, not a change.
    assert world(1, Page(real)) == []
    assert smtp.messages == [] and webhook.received == []

    # 2. Only the chrome changed: the extracted legal text is the same.
    assert world(2, Page(chrome_edit(real))) == []
    assert smtp.messages == [] and webhook.received == []

    # 3. The amendment, a hotline campaign and an unrelated release.
    third = world(3, Page(amend_hi(real)), TX_ROUTES)
    assert sorted(third) == [
        ("HI", "text_changed", '["text_changed", "coding_changed"]'),
        ("TX", "new_campaign", '["new_campaign", "new_release"]'),
        ("TX", "new_release", '["new_release"]'),
    ]
    assert counts(smtp, webhook) == {
        "hawaii-mail": 1,
        "all-releases": 2,
        "hawaii-hook": 1,
        "texas-campaigns": 1,
    }
    subject, mail = mail_text(smtp.messages[0])
    assert subject == f"[hotline-watch] Hawaii: {CITATION} amended"
    # What changed in words comes first...
    assert mail.index("What changed:") < mail.index("Session law") < mail.index("Redline")
    assert "- Maximum penalty raised from $100 to $500 per day.\n" in mail
    assert (
        '- Added: lodging \u2014 (b)(4) "Operates a hotel, motel, or other lodging with twenty '
        'or more guest rooms."\n' in mail
    )
    assert "- Subsections amended: (b)(2), (b)(3) and (e); added: (b)(4).\n" in mail
    assert "Session law (from the history note): am L 2026, c 112, \u00a72\n" in mail
    # ...then a clause-level redline: the new clause whole, labels kept, the rest collapsed.
    assert "\n(a) \u2026\n(b) \u2026\n  (1) \u2026\n" in mail
    assert "section 712-1210[-.-]{+; or+}\n" in mail
    assert (
        "  {+(4) Operates a hotel, motel, or other lodging with twenty or more guest rooms.+}\n"
        in mail
    )
    assert "shall be fined not more than [-$100-]{+$500+} for each separate offense." in mail
    assert f"Citation: {CITATION}\n" in mail
    assert f"Official page: {world.base}{HI_PATH}\n" in mail
    assert (
        "In hotline-watch: http://127.0.0.1:8001/hotline/statute_sections/HI~3AHRS~3A371-20" in mail
    )
    assert "\nFetched: 20" in mail
    # The webhook carries the same content as data.
    (hawaii,) = hooks(webhook)["hawaii-hook"]
    data = hawaii["hotline_watch"]
    (change,) = data["changes"]
    assert hawaii["title"] == subject and hawaii["message"] == mail.rstrip("\n")
    assert change["what_changed"][0] == "Maximum penalty raised from $100 to $500 per day."
    assert change["session_law"] == "am L 2026, c 112, \u00a72"
    assert "{+(4) Operates a hotel" in change["redline"]
    assert [f["field"] for f in change["fields"]] == ["penalties", "establishments"]
    assert change["fields"][0] == {
        "field": "penalties",
        "old": ["up to $100 per day"],
        "new": ["up to $500 per day"],
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "alerts_e2e_amendment_email.txt").write_text(f"Subject: {subject}\n\n{mail}")
    (ARTIFACTS / "alerts_e2e_amendment_webhook.json").write_text(
        json.dumps(hawaii, indent=2, ensure_ascii=False)
    )
    # The campaign: once to its subscriber; the unrelated release only to "all releases".
    (texas,) = hooks(webhook)["texas-campaigns"]
    assert texas["title"] == f"[hotline-watch] Texas: Hotline campaign: {CAMPAIGN_TITLE}"
    assert "billboard" in texas["hotline_watch"]["changes"][0]["what_changed"][0]
    assert "1-888-373-7888" in texas["message"]
    releases = [p["hotline_watch"]["changes"][0]["summary"] for p in hooks(webhook)["all-releases"]]
    assert any(UNRELATED_TITLE in s for s in releases)

    # 4. Nothing new: no change, no message.
    assert world(4, Page(amend_hi(real)), TX_ROUTES) == []
    assert counts(smtp, webhook)["hawaii-mail"] == 1 and len(webhook.received) == 4

    # 5. The page no longer parses (an operators' event); 6. it is back.
    broken = b"<html><body><p>The site is being redesigned.</p></body></html>"
    assert world(5, Page(broken), TX_ROUTES, exit_code=1) == [
        ("HI", "parse_error", '["parse_error"]')
    ]
    assert world(6, Page(amend_hi(real)), TX_ROUTES) == []
    # 7. Not found once: the source starts failing (operators); 8. twice: the section is gone.
    assert world(7, status(404), TX_ROUTES, exit_code=1) == [
        ("HI", "source_failing", '["source_failing"]')
    ]
    assert world(8, status(404), TX_ROUTES, exit_code=1) == [
        ("HI", "section_gone", '["section_gone"]')
    ]
    got = counts(smtp, webhook)
    assert got["ops"] == 3  # parse error, source failing, section gone
    assert got["hawaii-mail"] == 2 and got["hawaii-hook"] == 2  # + the section gone, once
    _, gone = mail_text(smtp.messages[1])
    assert f"{CITATION} is no longer on the official site" in gone
    # Operator events never reached the advocates' "HI, all types" subscriptions.
    for payload in hooks(webhook)["hawaii-hook"]:
        assert payload["hotline_watch"]["changes"][0]["audience"] in ("advocates", "both")
    assert "ohio-everything" not in got

    # 9. Still gone: exit 0, nothing sent, crawl health lists it for review.
    total = len(smtp.messages) + len(webhook.received)
    assert world(9, status(404), TX_ROUTES) == []
    assert len(smtp.messages) + len(webhook.received) == total
    with sqlite3.connect(world.db) as conn:
        health = conn.execute(
            "select health, sections_gone, sections_gone_citations, last_outcome "
            "from source_health where source = 'statutes_hi'"
        ).fetchone()
    assert health == ("review", 1, CITATION, "gone")
    assert f"REVIEW statutes_hi: gone from the official site, update the registry: {CITATION}" in (
        world.stdout
    )

    # The feeds hold only what they promise.
    campaign = f"TX: Hotline campaign: {CAMPAIGN_TITLE}"
    assert feed(world.db, "/hotline/changes_feed.atom") == [
        f"HI: {CITATION} amended",
        f"HI: {CITATION} is no longer on the official site",
        campaign,
    ]  # no unrelated release, no operators' event
    assert feed(world.db, "/hotline/releases_feed.atom") == [
        campaign,
        f"TX: New release: {UNRELATED_TITLE}",
    ]
