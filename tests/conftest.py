"""Shared fixtures. Tests never touch the network: real pages come from ../shared/ (skipped
cleanly when absent) or from servers the tests start on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CAPTURES = SHARED / "captures"
TEXTS = SHARED / "texts"
WARC = CAPTURES / "archive.warc.gz"

requires_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared/ not present")


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared/ not present")
    return SHARED


@pytest.fixture
def shared_warc() -> Path:
    if not WARC.exists():
        pytest.skip("../shared/captures/archive.warc.gz not present")
    return WARC


def cli_environment(tmp: Path, configs: bool = False) -> dict[str, str]:
    """Environment for running the CLI in a subprocess, writing only under `tmp`.

    With `configs`, the registries, crawl.yml and subscriptions are read from `tmp` too
    (statutes.yml, ag.yml, crawl.yml, subscriptions.yml).
    """
    env = dict(os.environ)
    env.pop("HOTLINE_WATCH_DB", None)
    env["HOTLINE_WATCH_ARCHIVE_DIR"] = str(tmp / "archive")
    env["HOTLINE_WATCH_HTTPCACHE_DIR"] = str(tmp / "httpcache")
    env["SCRAPY_SETTINGS_MODULE"] = "hotline_watch.settings"
    if configs:
        env["HOTLINE_WATCH_STATUTES"] = str(tmp / "statutes.yml")
        env["HOTLINE_WATCH_AG"] = str(tmp / "ag.yml")
        env["HOTLINE_WATCH_CONFIG"] = str(tmp / "crawl.yml")
        env["HOTLINE_WATCH_SUBSCRIPTIONS"] = str(tmp / "subscriptions.yml")
    return env


def offload_environment(env: dict[str, str], fault: str | None = None) -> dict[str, str]:
    """`env` with the offload worker used by every statute source (tests/offload_settings.py),
    broken on purpose when `fault` is "no-start" or "dies"."""
    env = {**env, "SCRAPY_SETTINGS_MODULE": "offload_settings"}
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "tests"), env.get("PYTHONPATH", "")) if p
    )
    env.pop("HOTLINE_WATCH_TEST_OFFLOAD_FAULT", None)
    if fault:
        env["HOTLINE_WATCH_TEST_OFFLOAD_FAULT"] = fault
    return env


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for running the CLI in a subprocess, writing only under tmp_path."""
    return cli_environment(tmp_path)


def hotline_watch_cmd() -> list[str]:
    """The installed console script, else the module (same code either way)."""
    exe = shutil.which("hotline-watch", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "hotline_watch.cli"]


def run_cli(args: list[str], env: dict[str, str], cwd: Path = ROOT, timeout: int = 300):
    return subprocess.run(
        hotline_watch_cmd() + args,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_from_serve(
    command: list, env: dict[str, str], port: int, paths: list[str], tries: int = 150
) -> list[bytes] | None:
    """Start `command` (a `serve --port PORT` invocation), GET each of `paths` once it
    answers, stop the server; returns the bodies (None if it never answered, or exited)."""
    import time
    import urllib.request

    proc = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        for _ in range(tries):
            if proc.poll() is not None:
                return None
            try:
                bodies = []
                for path in paths:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as r:
                        bodies.append(r.read())
                return bodies
            except OSError:
                time.sleep(0.2)
        return None
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# -- alert receivers: a real SMTP server and a JSON webhook on 127.0.0.1 -------------------


class Mailbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd API
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp():
    """An aiosmtpd server on 127.0.0.1; `.messages` holds the envelopes received."""
    from aiosmtpd.controller import Controller

    box = Mailbox()
    with socket.socket() as probe:  # aiosmtpd checks its own port, so it cannot be 0
        probe.bind(("127.0.0.1", 0))
        box.port = probe.getsockname()[1]
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    yield box
    controller.stop()


@pytest.fixture
def webhook():
    """An HTTP receiver on 127.0.0.1; `.received` holds (headers, JSON payload) per POST."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            length = int(self.headers["Content-Length"])
            received.append((dict(self.headers), json.loads(self.rfile.read(length))))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    server.received = received
    yield server
    server.shutdown()
    server.server_close()


def assert_coded_fields(coding: dict, expected: dict) -> None:
    """Each expected field of a `classify` record: establishments as a set of codes, an agency
    without regard to case, every other field exactly (the field audits' shared comparison)."""
    for field, value in expected.items():
        got = coding[field]
        if field == "establishments":
            assert sorted(got) == sorted(value), (field, got)
        elif field == "agency" and value is not None and got is not None:
            assert got.lower() == value.lower(), (field, got)
        else:
            assert got == value, (field, got)


def duty_quotes(coded) -> list[str]:
    """The quotes a coding gives as evidence of a posting duty (requires_posting true): the
    requires audits' shared reading of the evidence."""
    return [
        e["quote"]
        for e in coded.evidence
        if e["field"] == "requires_posting" and e["value"] == "true"
    ]


def campaign_record(text: str, url: str | None = None) -> tuple[bool, bool, bool]:
    """(promotes_hotline, campaign, footer_only) of a text: the promotes audits' shared record."""
    from hotline_watch.coding import code_text  # the engine only where a coding test asks

    coded = code_text(text, url=url)
    return coded.promotes_hotline, coded.campaign, coded.footer_only


def evidence_quote(text: str, field: str, url: str | None = None) -> str:
    """The first evidence quote a coding gives for `field`."""
    from hotline_watch.coding import code_text

    coded = code_text(text, url=url)
    return next(e["quote"] for e in coded.evidence if e["field"] == field)


def assert_duty(text: str, duty: bool, label: object = None) -> list[str]:
    """Code `text` and check requires_posting is `duty` with evidence to match: when there is a
    duty, quotes taken from the text itself; when there is none, no duty quote. Returns the
    quotes for the audit's own further checks (the requires audits' shared frame)."""
    from hotline_watch.coding import code_text

    coded = code_text(text)
    assert coded.requires_posting is duty, (label, text)
    quotes = duty_quotes(coded)
    if duty:
        assert quotes and all(q in text for q in quotes)
    else:
        assert not quotes
    return quotes


def case_text_url(cases: list, name: str) -> tuple[str, str | None]:
    """The text and url (first two values) of the pytest.param with id `name` in a wording table."""
    p = next(p for p in cases if p.id == name)
    return p.values[0], p.values[1]


def kept_text(rel: str) -> tuple[str, str | None]:
    """A kept held-out text (`tests/heldout/<rel>`) as the engine reads it, and its url."""
    from hotline_watch.coding import read_document_and_url

    return read_document_and_url(ROOT / "tests" / "heldout" / rel)
