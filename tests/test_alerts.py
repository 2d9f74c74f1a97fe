"""Alerts with real parts: an SMTP server (aiosmtpd) and an HTTP webhook receiver on 127.0.0.1,
apprise as the transport, crashes injected in a child process."""

from __future__ import annotations

import email.header
import json
import re
import subprocess
import sys
import textwrap
from types import SimpleNamespace

import pytest

from hotline_watch import alerts
from hotline_watch.config import ConfigError
from hotline_watch.items import FetchInfo, SectionRecord, StatutePage
from hotline_watch.storage import Store

URL = "https://www.capitol.hawaii.gov/x.htm"


def page(text, when, outcome="ok"):
    return StatutePage(
        source="statutes_hi",
        jurisdiction="HI",
        adapter="hi_hrs",
        fetch=FetchInfo(url=URL, fetched_at=when, outcome=outcome),
        sections=[
            SectionRecord(
                jurisdiction="HI",
                code="HRS",
                section_number="371-20",
                citation="Haw. Rev. Stat. § 371-20",
                url=URL,
                text=text,
                coding={"requires_posting": True, "establishments": ["bar"]},
            )
        ],
    )


def write_config(tmp_path, smtp_port, hook_port, extra=""):
    path = tmp_path / "subscriptions.yml"
    path.write_text(
        textwrap.dedent(
            f"""\
            datasette_url: http://127.0.0.1:8001
            subscriptions:
              - name: advocates-mail
                who: Hawaii advocates
                url: "mailto://127.0.0.1:{smtp_port}?from=hw@hotline-watch.test&to=adv@example.test&mode=insecure"
                jurisdictions: [HI]
              - name: newsroom-hook
                url: "json://127.0.0.1:{hook_port}/hook"
                change_types: [text_changed]
              - name: texas-only
                url: "json://127.0.0.1:{hook_port}/texas"
                jurisdictions: [TX]
            """
        )
        + extra
    )
    return path


@pytest.fixture
def setup(tmp_path, smtp, webhook):
    store = Store(tmp_path / "a.db")
    config = alerts.load_config(write_config(tmp_path, smtp.port, webhook.server_port))
    store.save_statute_page(page("Every bar shall post the sign.", "2026-11-01T00:00:00+00:00"), 1)
    alerts.sync_subscriptions(store, config)  # subscribed before the change
    store.save_statute_page(
        page("Every bar and truck stop shall post the sign.", "2026-11-02T00:00:00+00:00"), 2
    )
    yield store, config
    store.close()


def test_one_message_per_matching_subscriber_and_none_repeated(setup, smtp, webhook):
    store, config = setup
    report = alerts.send(store, config)
    assert report.ok and report.errors == []
    # HI mail subscriber: every change type (text_changed only here: coding unchanged).
    assert len(smtp.messages) == 1
    mail = smtp.messages[0].content.decode()
    assert "Haw. Rev. Stat. =C2=A7 371-20" in mail or "Haw. Rev. Stat. § 371-20" in mail
    assert "{+and truck stop+}" in mail
    assert "https://www.capitol.hawaii.gov/x.htm" in mail
    # The hook subscriber got the text change; the Texas subscriber nothing.
    paths = [h.get("Content-Type") for h, _ in webhook.received]
    assert len(webhook.received) == 1 and paths == ["application/json"]
    headers, payload = webhook.received[0]
    assert payload["title"] == "[hotline-watch] Hawaii: Haw. Rev. Stat. § 371-20 amended"
    # The same content as data: what changed in words, the redline, links, fetch time.
    data = payload["hotline_watch"]
    assert data["subscription"] == "newsroom-hook" and data["mode"] == "immediate"
    assert data["delivery_id"] == headers["X-Hotline-Watch-Delivery"]
    (change,) = data["changes"]
    assert change["types"] == ["text_changed"] and change["audience"] == "advocates"
    assert change["what_changed"] == ["Text amended."]
    assert change["redline"] == "Every bar {+and truck stop+} shall post the sign."
    assert change["record"]["label"] == "Haw. Rev. Stat. § 371-20"
    assert change["official_url"] == URL
    assert change["datasette_url"].startswith("http://127.0.0.1:8001/hotline/statute_sections/")
    assert change["fetched_at"] == "2026-11-02T00:00:00+00:00"
    assert headers["X-Hotline-Watch-Delivery"].endswith(":newsroom-hook")
    # Nothing new: nothing sent again.
    alerts.send(store, config)
    assert len(smtp.messages) == 1 and len(webhook.received) == 1
    statuses = dict(store.db.execute("select subscription, status from deliveries").fetchall())
    assert statuses == {"advocates-mail": "sent", "newsroom-hook": "sent"}


def test_unreachable_smtp_stays_pending_and_does_not_block_others(tmp_path, webhook):
    store = Store(tmp_path / "b.db")
    config = alerts.load_config(write_config(tmp_path, 1, webhook.server_port))  # port 1: closed
    store.save_statute_page(page("Every bar shall post.", "2026-11-01T00:00:00+00:00"), 1)
    alerts.sync_subscriptions(store, config)
    store.save_statute_page(page("Every bar shall post it.", "2026-11-02T00:00:00+00:00"), 2)
    report = alerts.send(store, config)
    assert not report.ok and report.failed == 1
    assert "advocates-mail" in report.errors[0]
    assert len(webhook.received) == 1  # the other subscriber got its message
    row = next(store.db.query("select * from deliveries where subscription = 'advocates-mail'"))
    assert row["status"] == "failed" and row["attempts"] == 1 and row["next_attempt_at"]
    # Before the backoff expires nothing is retried; after it, it is (and fails again here).
    alerts.send(store, config)
    assert (
        next(store.db.query("select attempts from deliveries where status = 'failed'"))["attempts"]
        == 1
    )
    alerts.send(store, config, now="2099-01-01T00:00:00+00:00")
    assert (
        next(store.db.query("select attempts from deliveries where status = 'failed'"))["attempts"]
        == 2
    )
    store.close()


CRASH_SCRIPT = """
import os, sys
from hotline_watch import alerts
from hotline_watch.storage import Store

store = Store(sys.argv[1])
config = alerts.load_config(sys.argv[2])
real = alerts.apprise_sender

def send_then_die(*args):
    if sys.argv[3] == "before":
        os._exit(137)  # killed after 'sending' was committed, before the transport ran
    real(*args)
    os._exit(137)  # killed after the transport accepted, before 'sent' was committed

alerts.send(store, config, sender=send_then_die)
"""


@pytest.mark.parametrize("moment", ["after", "before"])
def test_crash_around_send_never_duplicates(setup, tmp_path, webhook, smtp, moment):
    store, config = setup
    script = tmp_path / "crash.py"
    script.write_text(CRASH_SCRIPT)
    db_path, config_path = str(store.path), str(config.path)
    result = subprocess.run([sys.executable, str(script), db_path, config_path, moment])
    assert result.returncode == 137
    sent_before = len(smtp.messages) + len(webhook.received)
    assert sent_before == (1 if moment == "after" else 0)
    # The next run must not send the in-doubt message again...
    report = alerts.send(store, config)
    assert report.unconfirmed == 1 and not report.ok
    total = len(smtp.messages) + len(webhook.received)
    # ...while the other subscriber's message (never attempted) goes out once.
    assert total == sent_before + 1
    alerts.send(store, config)
    assert len(smtp.messages) + len(webhook.received) == total
    # An operator can decide to re-send the unconfirmed one.
    alerts.send(store, config, resend_unconfirmed=True)
    assert len(smtp.messages) + len(webhook.received) == total + 1


def test_digest_groups_changes_once_a_day(tmp_path, smtp):
    path = tmp_path / "digest.yml"
    path.write_text(
        "subscriptions:\n  - name: daily\n    mode: digest\n"
        f'    url: "mailto://127.0.0.1:{smtp.port}?from=a@hotline-watch.test&to=b@example.test'
        '&mode=insecure"\n'
    )
    config = alerts.load_config(path)
    store = Store(tmp_path / "d.db")
    store.save_statute_page(page("One.", "2026-11-01T00:00:00+00:00"), 1)
    alerts.sync_subscriptions(store, config)
    store.save_statute_page(page("Two.", "2026-11-02T00:00:00+00:00"), 2)
    store.save_statute_page(page("Three.", "2026-11-03T00:00:00+00:00"), 3)
    alerts.send(store, config, now="2026-11-03T12:00:00+00:00")
    assert len(smtp.messages) == 1
    message = email.message_from_bytes(smtp.messages[0].content)
    subject = str(email.header.make_header(email.header.decode_header(message["Subject"])))
    assert subject == "[hotline-watch] Daily digest: 2 changes (Hawaii)"
    body = message.get_payload(decode=True).decode(message.get_content_charset())
    assert body.startswith(
        "1. Hawaii: Haw. Rev. Stat. § 371-20 amended\r\n2. Hawaii: Haw. Rev. Stat. § 371-20 amended"
    )
    assert "[-One-]{+Two+}." in body and "[-Two-]{+Three+}." in body
    store.save_statute_page(page("Four.", "2026-11-04T00:00:00+00:00"), 4)
    alerts.send(store, config, now="2026-11-03T18:00:00+00:00")  # same day: wait
    assert len(smtp.messages) == 1
    alerts.send(store, config, now="2026-11-04T13:00:00+00:00")
    assert len(smtp.messages) == 2
    store.close()


@pytest.mark.parametrize(
    "url, message",
    [
        ("mailto://user:hunter2@smtp.example.org", "environment reference"),
        ("json://hooks.example.org/x?token=abc123", "query parameter 'token'"),
        ("slack://T000/B000/XXXX", "environment references"),
    ],
)
def test_literal_secrets_are_refused(tmp_path, url, message):
    path = tmp_path / "s.yml"
    path.write_text(f'subscriptions:\n  - name: x\n    url: "{url}"\n')
    with pytest.raises(ConfigError, match=message) as info:
        alerts.load_config(path)
    assert "subscription 0 (x)" in str(info.value) and str(path) in str(info.value)


def test_secrets_come_from_the_environment_and_are_not_stored(tmp_path, monkeypatch):
    path = tmp_path / "s.yml"
    path.write_text(
        'subscriptions:\n  - name: x\n    url: "mailtos://me:${SMTP_PASSWORD}@smtp.example.org"\n'
    )
    config = alerts.load_config(path)
    store = Store(tmp_path / "s.db")
    alerts.sync_subscriptions(store, config)
    stored = store.db["subscriptions"].get("x")["url"]
    assert "${SMTP_PASSWORD}" in stored
    monkeypatch.delenv("SMTP_PASSWORD", raising=False)
    with pytest.raises(ConfigError, match="SMTP_PASSWORD is not set"):
        config.subscriptions[0].resolved_url()
    monkeypatch.setenv("SMTP_PASSWORD", "s3cret")
    assert "s3cret" in config.subscriptions[0].resolved_url()
    assert "s3cret" not in json.dumps(list(store.db["subscriptions"].rows))
    store.close()


@pytest.mark.parametrize(
    "body, message",
    [
        (
            "subscriptions:\n  - name: x\n    url: json://h.example.org\n"
            "    change_types: [nope]\n",
            "subscription 0 (x): field change_types.0: 'nope' is not one of",
        ),
        (
            "subscriptions:\n  - name: x\n    url: json://h.example.org\n    jurisdictions: [ZZ]\n",
            "'ZZ' is not a state",
        ),
        (
            "subscriptions:\n  - name: x\n    url: json://a.example.org\n"
            "  - name: x\n    url: json://b.example.org\n",
            "duplicate name",
        ),
        ("subscriptions:\n  - url: json://a.example.org\n", "'name' is a required property"),
        ("subscriptions: [\n", "not valid YAML"),
        (
            "subscriptions:\n  - name: x\n    url: json://h.example.org\n"
            "    audience: advocates\n    change_types: [source_failing]\n",
            "subscription 0 (x): field change_types: 'source_failing' is not a change type "
            "for advocates",
        ),
        (
            "subscriptions:\n  - name: x\n    url: json://h.example.org\n    audience: donors\n",
            "subscription 0 (x): field audience: 'donors' is not one of",
        ),
        (
            "subscriptions:\n  - name: x\n    url: json://h.example.org\n    scope: everything\n",
            "subscription 0 (x): field scope: 'everything' is not one of",
        ),
    ],
)
def test_bad_subscription_files_name_the_problem(tmp_path, body, message):
    path = tmp_path / "s.yml"
    path.write_text(body)
    with pytest.raises(ConfigError, match=re.escape(message)):
        alerts.load_config(path)


def test_missing_default_file_means_no_subscribers(monkeypatch, tmp_path):
    monkeypatch.delenv("HOTLINE_WATCH_SUBSCRIPTIONS", raising=False)
    monkeypatch.setattr(alerts, "SUBSCRIPTIONS_FILE", tmp_path / "absent.yml")
    assert alerts.load_config().subscriptions == ()
    with pytest.raises(ConfigError, match="not found"):
        alerts.load_config(tmp_path / "explicit.yml")


def test_the_documented_example_file_validates():
    from conftest import ROOT

    config = alerts.load_config(ROOT / "data" / "subscriptions.example.yml")
    assert [s.name for s in config.subscriptions] == [
        "policy-team",
        "texas-advocates",
        "campaigns-slack",
        "all-ag-releases",
        "operators",
    ]
    assert [s.audience for s in config.subscriptions] == [
        "advocates",
        "advocates",
        "advocates",
        "advocates",
        "operators",
    ]


# -- audiences, scope, one message per record ------------------------------------------------


def _subs(hook_port: int, *entries: str) -> str:
    return "".join(
        f'- name: {name}\n  url: "json://127.0.0.1:{hook_port}/{name}"\n{extra}'
        for name, extra in (e.split("|", 1) for e in entries)
    )


def _received(webhook) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for headers, payload in webhook.received:
        name = headers["X-Hotline-Watch-Delivery"].split(":", 1)[1]
        out.setdefault(name, []).append(payload)
    return out


def test_operator_events_never_reach_advocates(tmp_path, webhook):
    path = tmp_path / "aud.yml"
    path.write_text(
        "subscriptions:\n"
        + textwrap.indent(
            _subs(
                webhook.server_port,
                "hawaii-advocates|  jurisdictions: [HI]\n",
                "ops|  change_types: [source_failing, parse_error]\n",
                "everything|  audience: all\n",
            ),
            "  ",
        )
    )
    config = alerts.load_config(path)
    assert [s.audience for s in config.subscriptions] == ["advocates", "operators", "all"]
    store = Store(tmp_path / "o.db")
    section = SimpleNamespace(citation="Haw. Rev. Stat. § 371-20", url=URL, verified="documented")
    store.sync_sources(
        [
            SimpleNamespace(
                spider_name="statutes_hi",
                jurisdiction="HI",
                adapter="hi_hrs",
                law_status="required",
                allowed_domains=["www.capitol.hawaii.gov"],
                fetchable=[section],
                sections=[section],
                notes="",
            )
        ]
    )
    alerts.sync_subscriptions(store, config)
    for errors in (0, 1):  # worked, then failed: the source starts failing
        run_id = store.start_run("crawl", "test", "t")
        store.record_source_result(run_id, "statutes_hi", 1, 1 - errors, errors, "HTTP 500")
        store.finish_run(run_id)
    row = next(store.db.query("select * from changes"))
    assert (row["change_type"], row["jurisdiction"], row["audience"]) == (
        "source_failing",
        "HI",
        "operators",
    )
    alerts.send(store, config)
    got = _received(webhook)
    assert sorted(got) == ["everything", "ops"]  # not the HI advocates' "all types"
    assert got["ops"][0]["hotline_watch"]["changes"][0]["audience"] == "operators"
    store.close()


def test_one_message_per_record_per_run_and_scope(tmp_path, webhook):
    from hotline_watch.changes import Change, RecordRef

    path = tmp_path / "aud.yml"
    path.write_text(
        "subscriptions:\n"
        + textwrap.indent(
            _subs(
                webhook.server_port,
                "hawaii|  jurisdictions: [HI]\n",
                "all-releases|  scope: all\n  change_types: [new_release]\n",
            ),
            "  ",
        )
    )
    config = alerts.load_config(path)
    store = Store(tmp_path / "g.db")
    alerts.sync_subscriptions(store, config)
    section = RecordRef("statute_sections", "HI:HRS:371-20", "HI", "Haw. Rev. Stat. § 371-20", URL)
    release = RecordRef("press_releases", "HI:1", "HI", "AG sues a polluter", URL + "#r")
    with store.db.atomic():
        store.save_changes(
            [
                Change("text_changed", section, "§ 371-20 amended", words=["Text amended."]),
                Change("coding_changed", section, "Coding of § 371-20 updated"),
                Change("new_release", release, "New release: AG sues", relevant=False),
            ],
            7,
            None,
            "2026-11-02T00:00:00+00:00",
        )
    alerts.send(store, config)
    got = _received(webhook)
    # Two rows about one section in one run: one message. The unrelated release: only to the
    # subscription that asked for every release.
    assert [len(p["hotline_watch"]["changes"]) for p in got["hawaii"]] == [2]
    assert [p["hotline_watch"]["changes"][0]["record"]["id"] for p in got["all-releases"]] == [
        "HI:1"
    ]
    statuses = store.db.execute("select subscription, status from deliveries").fetchall()
    assert sorted(statuses) == [
        ("all-releases", "sent"),
        ("hawaii", "sent"),
        ("hawaii", "sent"),
    ]
    store.close()


def test_audience_is_inferred_from_change_types(tmp_path):
    path = tmp_path / "s.yml"
    path.write_text(
        "subscriptions:\n"
        "  - {name: a, url: 'json://h.example.org'}\n"
        "  - {name: b, url: 'json://h.example.org', change_types: [source_failing]}\n"
        "  - {name: c, url: 'json://h.example.org', change_types: [section_gone]}\n"
        "  - {name: d, url: 'json://h.example.org', change_types: [parse_error, bill_status]}\n"
    )
    assert [s.audience for s in alerts.load_config(path).subscriptions] == [
        "advocates",
        "operators",
        "advocates",
        "all",
    ]
