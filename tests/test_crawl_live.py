"""A live crawl through the real spiders, middlewares and pipelines, against a server on
127.0.0.1 started here: robots.txt, User-Agent, archive, outcomes, then replay of that archive."""

from __future__ import annotations

import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from conftest import CAPTURES, run_cli
from hotline_watch.jurisdictions import JURISDICTIONS

HI_PATH = "/hrscurrent/Vol07_Ch0346-0398/HRS0371/HRS_0371-0020.htm"
HI_CAPTURE = CAPTURES / "hi-hrs" / "HRS_0371-0020_hotline_posting.htm"
# A page in the Hawaii format, written here, so the test runs without ../shared too.
HI_PAGE = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
</head><body><div class=WordSection1>
<p class=RegularParagraphs><b>\u00a7371-20  Hotline posting.</b>  (a)  Every employer shall post
a poster no smaller than eight and one-half inches by eleven inches that states: call the
National Human Trafficking Resource Center Hotline at 1-888-373-7888. [L 2013, c 245, \u00a71]</p>
</div></body></html>
<center><table><tr><td><a href="x">Previous</a></td></tr></table></center>""".encode("cp1252")


class Site:
    """A tiny official-site stand-in that records what it was asked."""

    def __init__(self, body: bytes):
        self.requests: list[tuple[str, str]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server API
                site.requests.append((self.path, self.headers.get("User-Agent", "")))
                if self.path == "/robots.txt":
                    self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
                elif self.path == HI_PATH:
                    self._send(200, body, "text/html; charset=windows-1252")
                else:
                    self._send(404, b"<html><body>Not found</body></html>", "text/html")

            def _send(self, status, payload, ctype):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    body = HI_CAPTURE.read_bytes() if HI_CAPTURE.exists() else HI_PAGE
    s = Site(body)
    yield s
    s.close()


def write_registry(path: Path, base: str) -> None:
    entries = []
    for code in sorted(JURISDICTIONS):
        entry = {
            "jurisdiction": code,
            "adapter": "hi_hrs",
            "allowed_domains": ["127.0.0.1"],
            "law_status": "none",
            "sections": [],
        }
        if code == "HI":
            entry["law_status"] = "required"
            entry["sections"] = [
                {
                    "citation": "Haw. Rev. Stat. § 371-20",
                    "url": base + HI_PATH,
                    "verified": "capture",
                },
                {
                    "citation": "Private",
                    "url": base + "/private/secret.htm",
                    "verified": "unverified",
                },
                {"citation": "Gone", "url": base + "/gone.htm", "verified": "unverified"},
            ]
        entries.append(entry)
    path.write_text(yaml.safe_dump({"jurisdictions": entries}, allow_unicode=True))


@pytest.fixture
def env(cli_env, tmp_path, site):
    registry = tmp_path / "statutes.yml"
    write_registry(registry, site.base)
    crawl_yml = tmp_path / "crawl.yml"
    crawl_yml.write_text(
        "contact: operators@hotline-watch.test\ndownload_delay: 0\ndownload_timeout: 10\n"
    )
    cli_env["HOTLINE_WATCH_STATUTES"] = str(registry)
    cli_env["HOTLINE_WATCH_CONFIG"] = str(crawl_yml)
    return cli_env


def outcomes(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("select url, outcome from fetches where run_id = 1"))


def test_live_crawl_records_every_outcome_and_archives(env, site, tmp_path):
    db = tmp_path / "live.db"
    result = run_cli(["crawl", "statutes_hi", "--db", str(db)], env)
    # Two of the three URLs fail (robots, 404): the source failed, exit status 1.
    assert result.returncode == 1, result.stderr
    assert "FAILED statutes_hi" in result.stderr

    got = outcomes(db)
    assert got[site.base + HI_PATH] == "ok"
    assert got[site.base + "/private/secret.htm"] == "robots"
    assert got[site.base + "/gone.htm"] == "not_found"

    paths = [p for p, _ in site.requests]
    assert "/robots.txt" in paths
    assert "/private/secret.htm" not in paths  # robots.txt obeyed
    agents = {ua for _, ua in site.requests}
    assert agents and all("operators@hotline-watch.test" in ua for ua in agents)
    assert all(ua.startswith("hotline-watch/") for ua in agents)

    with sqlite3.connect(db) as conn:
        section = conn.execute(
            "select s.id, s.citation, f.archive from statute_sections s "
            "join fetches f on f.id = s.last_fetch_id"
        ).fetchone()
        requires = conn.execute("select requires_posting from provisions").fetchone()[0]
    assert section[0] == "HI:HRS:371-20"
    assert section[1] == "Haw. Rev. Stat. § 371-20"
    assert requires == 1
    warc, offset = section[2].rsplit("#", 1)
    assert Path(warc).parent == tmp_path / "archive" and Path(warc).exists()

    # The archive the live run wrote replays to the same text.
    replay_db = tmp_path / "replay.db"
    replay = run_cli(["crawl", "statutes_hi", "--replay", warc, "--db", str(replay_db)], env)
    with sqlite3.connect(db) as a, sqlite3.connect(replay_db) as b:
        assert (
            a.execute("select text_hash from statute_sections").fetchall()
            == b.execute("select text_hash from statute_sections").fetchall()
        )
    assert outcomes(replay_db)[site.base + "/private/secret.htm"] == "not_archived"
    # The 404 page was archived too, so the replay reproduces that failure faithfully.
    assert replay.returncode == 1
