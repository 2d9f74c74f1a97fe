"""The benchmarks (bench/) at tiny sizes, so they cannot silently rot: every script runs, writes
its JSON with the expected keys, and the numbers are sane. Not a performance test: no figure
is compared with a target here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> Path:
    """Run bench/run_all.py --quick once (every step but the coding-speed one, which belongs
    to its own benchmark) into a scratch results directory."""
    out = tmp_path_factory.mktemp("bench-results")
    env = {**os.environ, "HOTLINE_WATCH_BENCH_RESULTS": str(out)}
    env.pop("HOTLINE_WATCH_DB", None)
    cmd = [sys.executable, "run_all.py", "--quick", "--results", str(out)]
    for step in ("throughput", "incremental", "memory", "datasette"):
        cmd += ["--only", step]
    proc = subprocess.run(cmd, cwd=BENCH, env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "benchmark" in proc.stdout and "verdict" in proc.stdout  # the summary table
    return out


def load(results: Path, name: str) -> dict:
    return json.loads((results / f"{name}.json").read_text(encoding="utf-8"))


def test_throughput(results):
    data = load(results, "throughput")
    assert data["ok"] is True
    assert [r["n"] for r in data["runs"]] == [40, 80]
    for run in data["runs"]:
        real, bare = run["hotline_watch"], run["bare_scrapy"]
        assert real["database"]["complete"], real["database"]
        assert real["database"]["statute_sections"] == run["n"]
        # Every page was fetched once by each crawler (plus robots.txt for hotline-watch).
        assert real["server"]["page_requests"] == run["n"] == bare["server"]["page_requests"]
        # ... and robots.txt and the chapter listings (the site's change list) for hotline-watch
        listings = real["server"]["listing_requests"]
        assert listings == -(-run["n"] // 50)  # 50 sections a chapter directory
        assert real["server"]["statuses"]["200"] == run["n"] + 1 + listings
        assert real["pages_per_s"] > 0 and bare["pages_per_s"] > 0
        assert 0 < run["ratio"] < 5
        assert real["peak_rss_mb"] > 20 and real["cpu_ms_per_page"] > 0
        # The whole crawl's memory: the crawl process and its children (the offload worker).
        whole = real["own_peak_rss_mb"] + sum(real["children_peak_rss_mb"])
        assert abs(real["peak_rss_mb"] - whole) < 0.2
        assert real["memory"]["rss_at_first_request_mb"]
    assert data["verdict"] in ("PASS", "FAIL")


def test_incremental(results):
    data = load(results, "incremental")
    assert data["ok"] is True
    first, again, amended, without = data["runs"]
    chapters = -(-data["n"] // 50)  # 50 sections a chapter directory, one listing each
    assert first["listing_requests"] == again["listing_requests"] == chapters
    assert first["server_statuses"]["200"] == data["n"] + 1 + chapters  # + robots.txt
    # The unchanged re-crawl reads the listings (304s) and requests no page: every page is
    # confirmed unchanged by its chapter's listing, and no change is produced.
    assert again["page_requests"] == 0 and again["not_modified_304"] == chapters
    assert again["confirmed_by_change_list"] == data["n"]
    assert again["bytes_downloaded"] < first["bytes_downloaded"] * 0.2
    assert again["changes_total"] == 0
    assert first["changes_total"] == 0  # a first load is a starting point, not a change
    assert first["rows_written"] > again["rows_written"] > 0
    assert data["unchanged_vs_first"]["bytes_share"] < 0.2
    # The amended pages, and only those, are requested and produce text_changed.
    assert data["amended"]["pages_amended"] == 1 and amended["page_requests"] == 1
    assert data["amended"]["exact"] is True
    assert amended["changes"] == {"text_changed": 1}
    assert amended["confirmed_by_change_list"] == data["n"] - 1
    assert again["pages_parsed"] == 0 and first["pages_parsed"] == data["n"]
    assert amended["pages_parsed"] == 1
    # Without change lists every page is a request, answered 304, and (a 304 of a page stored
    # from the same bytes and code) not parsed again.
    assert without["listing_requests"] == 0 and without["not_modified_304"] == data["n"]
    assert without["pages_parsed"] == 0 and without["changes_total"] == 0
    assert data["unchanged_vs_first"]["without_change_lists_wall_share"] > 0
    # The floor: bare Scrapy, every page a 304.
    bare = data["bare_scrapy_all_304"]
    assert bare["returncode"] == 0 and bare["server_statuses"] == {"304": data["n"]}
    assert data["unchanged_vs_first"]["bare_scrapy_304_share"] > 0
    assert 0 < data["unchanged_vs_first"]["cpu_share"] < 5
    verdict = dict(data["verdict"])
    assert verdict.pop("time") in ("PASS", "FAIL")  # start-up dominates at this size
    assert verdict == {"bytes": "PASS", "changes": "PASS", "amended_exact": "PASS"}


def test_memory(results):
    data = load(results, "memory")
    assert data["ok"] is True
    assert [r["n"] for r in data["runs"]] == [40, 80]
    assert all(r["peak_rss_mb"] > 20 for r in data["runs"])
    assert 0.5 < data["ratio"] < 3


def test_datasette_scale(results):
    data = load(results, "datasette_scale")
    assert data["ok"] is True
    assert data["rows"] == {
        "press_releases": 2000,
        "statute_sections": 500,
        "provisions": 500,
    }
    assert set(data["pages"]) == {"fts", "fts_rare", "overview", "facet"}
    for page in data["pages"].values():
        assert page["status"] == 200
        assert 0 < page["datasette_p50_ms"] <= page["datasette_p95_ms"]
        assert page["direct_p50_ms"] > 0 and page["queries"] >= 1
        assert page["overhead_ratio"] > 0
    assert data["fts_p50_ms"] == data["pages"]["fts"]["datasette_p50_ms"]


def test_summary(results):
    data = load(results, "summary")
    assert set(data["steps"]) == {"throughput", "incremental", "memory", "datasette"}
    assert all(step["returncode"] == 0 for step in data["steps"].values())
    rows = {row["figure"]: row for row in data["rows"]}
    # The table shows what the steps' own JSON says (values, targets and verdicts).
    memory, incremental = load(results, "memory"), load(results, "incremental")
    ratio = rows["peak RSS ratio"]
    assert (ratio["value"], ratio["target"]) == (str(memory["ratio"]), "<= 1.2")
    assert ratio["verdict"] == memory["verdict"]
    unchanged = rows["unchanged: bytes vs first"]
    assert unchanged["target"] == "<= 5%"
    assert unchanged["verdict"] == incremental["verdict"]["bytes"] == "PASS"
    assert rows["ratio (a)/(b), N=80"]["target"] == ">= 0.7"
    assert rows["fts p50 / p95 ms"]["target"] == "<= 100 ms"


def test_corpus_pages_parse_with_the_real_adapter():
    """The synthetic pages are the Hawaii shape the hi_hrs adapter parses (and are coded)."""
    sys.path.insert(0, str(BENCH))
    try:
        from benchlib import Corpus
    finally:
        sys.path.remove(str(BENCH))
    from scrapy.http import HtmlResponse

    from hotline_watch.coding import code_text
    from spiders.sites import get_adapter

    corpus = Corpus(30)
    adapter = get_adapter("hi_hrs")
    posting = 0
    for path in corpus.order:
        page = corpus.pages[path]
        assert 4_000 < len(page.body) < 45_000
        (section,) = adapter.parse(HtmlResponse(url="http://127.0.0.1" + path, body=page.body))
        assert section.section_number == page.section and section.history
        posting += code_text(section.text).requires_posting
    assert 0 < posting < 30
    amended = corpus.amend(0.1)
    assert len(amended) == 3 and all(corpus.pages[p].version == 1 for p in amended)
