"""A real headless Chromium against `hotline-watch serve` on 127.0.0.1.

The database is built from the shared archive (`crawl --replay` then `ingest`, as in
tests/test_replay_ingest.py) plus one fixture AG release whose body carries a <script> and an
<img onerror>: it must show as text and never run. Skipped, with the reason, when Debian's
chromium, Playwright for Python or ../shared/ is missing (.ci/install-browser installs the
first two). Screenshots go to tests/artifacts/; the map and a state page are also copied to
docs/ for the README.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, WARC, hotline_watch_cmd, run_cli
from hotline_watch.items import FetchInfo, ReleasePage, ReleaseRecord
from hotline_watch.storage import Store
from hotline_watch.views import create_views

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "tests" / "artifacts"
DOCS = ROOT / "docs"
XSS_URL = "https://www.myfloridalegal.com/newsrelease/hotline-billboards-test"
XSS_SCRIPT = "<script>document.title='pwned'</script>"
XSS_IMG = "<img src=x onerror=\"document.title='pwned-img';window.__pwned=1\">"
XSS_BODY = f"The Attorney General launched hotline billboards statewide. {XSS_SCRIPT} {XSS_IMG}"
XSS_TITLE = 'Hotline <b>billboards</b> across Florida <img src=y onerror="window.__pwned=2">'


def _requirements() -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed (run .ci/install-browser)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("playwright for Python not installed (run .ci/install-browser)")
    if not WARC.exists():
        pytest.skip("../shared/captures/archive.warc.gz not present")


@pytest.fixture(scope="module")
def browser_db(tmp_path_factory) -> Path:
    _requirements()
    import os

    tmp = tmp_path_factory.mktemp("browser")
    env = dict(os.environ)
    env.pop("HOTLINE_WATCH_DB", None)
    env["HOTLINE_WATCH_ARCHIVE_DIR"] = str(tmp / "archive")
    env["HOTLINE_WATCH_HTTPCACHE_DIR"] = str(tmp / "httpcache")
    db = tmp / "browser.db"
    for args in (["crawl", "--replay", str(WARC)], ["ingest", str(WARC)]):
        result = run_cli([*args, "--db", str(db)], env, timeout=600)
        assert result.returncode in (0, 1), result.stdout + result.stderr
    store = Store(db)
    store.save_release_page(
        ReleasePage(
            source="ag_fl",
            jurisdiction="FL",
            kind="release",
            fetch=FetchInfo(
                url=XSS_URL, fetched_at="2026-01-15T00:00:00+00:00", outcome="ok", status=200
            ),
            releases=[
                ReleaseRecord(
                    jurisdiction="FL",
                    url=XSS_URL,
                    title=XSS_TITLE,
                    body=XSS_BODY,
                    published="2025-03-03",
                    coding={
                        "promotes_hotline": True,
                        "campaign_types": ["billboard"],
                        "media": ["billboards"],
                    },
                )
            ],
        ),
        None,
    )
    create_views(store.db)  # until storage.ensure_schema calls it
    store.close()
    return db


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(browser_db, tmp_path_factory):
    port = _free_port()
    log = (tmp_path_factory.mktemp("serve") / "serve.log").open("w+")
    process = subprocess.Popen(
        [*hotline_watch_cmd(), "serve", "--db", str(browser_db), "--port", str(port)],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            log.seek(0)
            pytest.fail(f"hotline-watch serve exited ({process.returncode}): {log.read()}")
        try:
            with urllib.request.urlopen(base + "/", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline:
            process.terminate()
            pytest.fail("hotline-watch serve did not answer within 60 s")
        time.sleep(0.2)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:  # pragma: no cover
        process.kill()
        process.wait()
    log.close()


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.errors = []  # uncaught script errors and dialogs: none may happen
    page.on("pageerror", lambda exc: page.errors.append(f"pageerror: {exc}"))
    page.on(
        "dialog", lambda dialog: (page.errors.append(f"dialog: {dialog.message}"), dialog.dismiss())
    )
    yield page
    context.close()


def _shot(page, name: str, docs_name: str | None = None, **options) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), **options)
    if docs_name:
        DOCS.mkdir(exist_ok=True)
        shutil.copyfile(path, DOCS / docs_name)
    return path


def test_map_has_51_tiles_with_working_links(page, server):
    page.goto(server + "/")
    tiles = page.locator("a.hw-tile")
    assert tiles.count() == 51
    hrefs = tiles.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert len(set(hrefs)) == 51
    assert all(h.startswith("/state/") and len(h) == len("/state/XX") for h in hrefs)
    assert page.locator(".hw-legend").inner_text().count("(") >= 3  # counts per status
    for href in hrefs:
        assert page.request.get(server + href).status == 200, href
    _shot(page, "map.png", "map.png")
    page.locator('a.hw-tile[data-code="HI"]').click()
    page.wait_for_url("**/state/HI")
    assert page.locator("h1").inner_text() == "Hawaii (HI)"
    assert page.errors == []


def test_state_page_shows_citation_and_section_text(page, server):
    page.goto(server + "/state/HI")
    assert page.locator("#law-status").inner_text() == "Required"
    assert "Haw. Rev. Stat. § 371-20" in page.locator(".hw-citation").first.inner_text()
    text = page.locator(".hw-text").first.inner_text()
    assert "shall post and keep posted" in text
    assert "1-888-373-7888" in text
    _shot(page, "state-page-full.png", full_page=True)
    _shot(
        page,
        "state-page.png",
        "state-page.png",
        clip={"x": 0, "y": 0, "width": 1200, "height": 1400},
        full_page=True,
    )
    assert page.errors == []


def test_canned_query_returns_rows(page, server):
    page.goto(server + "/hotline/states_requiring_posting_at?establishment=bar")
    rows = page.locator("table.rows-and-columns tbody tr")
    # HI's bars come from its coded official text; other states from the dated facts.
    first_cells = [row.split("\t")[0] for row in rows.all_inner_texts()]
    assert "HI" in first_cells and len(first_cells) >= 2
    page.goto(server + "/hotline/research_panel")
    # Paginated (one page is not 1,000+ rows): a full page, and a link to the next one.
    assert page.locator("table.rows-and-columns tbody tr").count() >= 50
    assert page.locator('a[href*="_next="]').count() >= 1
    _shot(page, "canned-query.png")
    csv = page.request.get(server + "/hotline/research_panel.csv?_stream=on")
    assert csv.status == 200
    assert csv.text().startswith("jurisdiction,name,fips,year,law_in_force")
    assert len(csv.text().strip().splitlines()) - 1 >= 51


def test_search_finds_a_section(page, server):
    page.goto(server + "/-/search?q=massage")
    results = page.locator("#search-all-results")
    results.locator("table").first.wait_for(timeout=15000)
    assert "371-20" in results.inner_text()
    _shot(page, "search.png")
    assert page.errors == []


@pytest.mark.parametrize(
    "path",
    [
        "/state/FL",
        "/hotline/press_releases?jurisdiction=FL",
        "/hotline/campaigns?jurisdiction=FL",
        "/-/search?q=billboards",
    ],
)
def test_scraped_script_does_not_run(page, server, path):
    page.goto(server + path)
    title = page.title()
    if path == "/state/FL":
        page.locator("summary", has_text="release text").click()
        shown = page.locator("tr.hw-campaign").inner_text()
    elif path.startswith("/-/search"):
        page.locator("#search-all-results table").first.wait_for(timeout=15000)
        shown = page.locator("#search-all-results").inner_text()
    else:
        shown = page.locator("table.rows-and-columns").inner_text()
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)  # give an onerror handler every chance to fire
    assert "pwned" not in page.title()
    assert page.title() == title
    assert page.evaluate("window.__pwned") is None
    assert "Hotline <b>billboards</b> across Florida" in shown  # the title, as text
    if path != "/hotline/campaigns?jurisdiction=FL":  # campaigns has no body column
        assert XSS_SCRIPT in shown  # the body, as text
        assert XSS_IMG in shown
    assert page.errors == []
    name = "xss-" + path.strip("/").replace("/", "-").replace("?", "-").replace("=", "-")
    _shot(page, f"{name}.png")
