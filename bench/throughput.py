"""Crawl throughput: hotline-watch's real crawl against a bare Scrapy spider, same corpus.

    .venv/bin/python bench/throughput.py [--n 2000 --n 8000] [--concurrency 16]

A synthetic corpus of Hawaii-HRS-shaped section pages (the real `hi_hrs` adapter parses them;
sizes like the captures) is served from 127.0.0.1 by a server this script starts. Then:

(a) `hotline-watch crawl statutes_hi --db ...` as a child process: the real spiders, middlewares
    (WARC archive, RFC 2616 HTTP cache), pipelines (validate, code, store) and SQLite writes,
    with a generated registry whose HI entry lists every URL, and bench/settings/ (download
    delay 0, AutoThrottle off, CONCURRENT_REQUESTS_PER_DOMAIN raised) for this benchmark only;
    like a real first crawl of Hawaii it first reads each chapter's directory listing (the
    site's change list, one request per 50 pages), then every page (`--no-change-lists`:
    the pages only);
(b) bench/bare_spider.py: a bare Scrapy spider fetching the same URLs at the same concurrency.

Pages/s is measured from the server's first request to the child's exit (interpreter start-up
excluded, shown separately); target: (a)/(b) >= 0.7. Writes bench/results/throughput.json.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import time
from collections import Counter
from pathlib import Path

from benchlib import (
    ChildResult,
    Corpus,
    CorpusServer,
    ServerStats,
    machine,
    memory_profile,
    results_dir,
    run_bare_crawl,
    run_hotline_crawl,
    tail,
    verdict,
    workdir,
    write_crawl_inputs,
    write_result,
)

TARGET_RATIO = 0.7


def rate(n: int, child: ChildResult, stats: ServerStats) -> dict:
    start = stats.first_request or child.started
    active = max(child.ended - start, 1e-9)
    return {
        "pages": n,
        "pages_per_s": round(n / active, 1),
        "active_s": round(active, 2),
        "startup_s": round(start - child.started, 2),
        "wall_pages_per_s": round(n / child.wall_s, 1),
        "cpu_ms_per_page": round((child.user_s + child.sys_s) * 1000 / n, 2),
        # Of which the crawl process itself (the reactor's core) and its offload worker.
        "own_cpu_ms_per_page": round(child.own_cpu_s * 1000 / n, 2),
        "worker_cpu_ms_per_page": round(child.children_cpu_s * 1000 / n, 2),
        **child.to_dict(),
        "server": stats.to_dict(),
    }


def check_db(db: Path, n: int) -> dict:
    with sqlite3.connect(db) as conn:
        outcomes = dict(
            conn.execute("select outcome, count(*) from fetches group by outcome").fetchall()
        )
        sections = conn.execute("select count(*) from statute_sections").fetchone()[0]
        posting = conn.execute(
            "select coalesce(sum(requires_posting), 0) from provisions"
        ).fetchone()[0]
        changes = conn.execute("select count(*) from changes").fetchone()[0]
    return {
        "statute_sections": sections,
        "requires_posting": posting,
        "fetch_outcomes": outcomes,
        "changes": changes,
        "complete": sections == n and outcomes.get("ok", 0) == n,
    }


def profile_report(prof: Path, top: int = 30) -> str:
    """Top functions of a cProfile file, or of py-spy's raw (collapsed stacks) output."""
    import io

    if prof.suffix == ".prof":
        import pstats

        out = io.StringIO()
        stats = pstats.Stats(str(prof), stream=out)
        stats.sort_stats("tottime").print_stats(top)
        stats.sort_stats("cumulative").print_stats(top)
        return out.getvalue()
    own: Counter = Counter()
    inclusive: Counter = Counter()
    total = 0
    for line in prof.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = [re.sub(r":\d+\)$", ")", f) for f in stack.split(";")]  # per function
        own[frames[-1]] += n
        for frame in set(frames):
            inclusive[frame] += n
    lines = [f"py-spy samples: {total}", "", "self time (leaf frames):"]
    lines += [f"  {n / total:6.1%}  {f}" for f, n in own.most_common(top)]
    lines += ["", "inclusive time (frames on the stack):"]
    lines += [f"  {n / total:6.1%}  {f}" for f, n in inclusive.most_common(top * 2)]
    return "\n".join(lines)


def measure(
    n: int,
    concurrency: int,
    timeout: float,
    keep: bool,
    profile: str | None = None,
    change_lists: bool = True,
) -> dict:
    corpus = Corpus(n)
    corpus_bytes = corpus.total_bytes
    print(
        f"\n== N = {n}: corpus {corpus_bytes / 1e6:.1f} MB, "
        f"mean page {corpus_bytes / n / 1000:.1f} kB"
    )
    work = workdir(f"throughput-{n}", keep)
    with CorpusServer(corpus, lifetime=3 * timeout + 60) as server:
        urls_file = work / "urls.txt"
        urls_file.write_text("\n".join(server.urls()) + "\n", encoding="utf-8")
        env = write_crawl_inputs(
            work / "inputs", server.registry_sections(), concurrency, change_lists
        )

        bare_child = run_bare_crawl(urls_file, concurrency, timeout, log_dir=work / "bare")
        bare = rate(n, bare_child, server.reset_stats())
        if bare_child.returncode != 0:
            print(tail(bare_child.stderr), file=sys.stderr)
        print(
            f"(b) bare Scrapy      : {bare['pages_per_s']:8.1f} pages/s "
            f"({bare['active_s']} s, {bare['cpu_ms_per_page']} CPU ms/page)"
        )

        db = work / "hotline.db"
        prof = None
        if profile:
            prof = work / ("crawl.prof" if profile == "cprofile" else "crawl.pyspy.txt")
        real_child = run_hotline_crawl(env, db, timeout, log_dir=work / "real", profile=prof)
        real_stats = server.reset_stats()
        real = rate(n, real_child, real_stats)
        real["database"] = check_db(db, n) if db.exists() else {"complete": False}
        real["memory"] = memory_profile(real_child, real_stats.first_request)
        if real_child.returncode != 0 or not real["database"]["complete"]:
            print(tail(real_child.stderr), file=sys.stderr)
        print(
            f"(a) hotline-watch    : {real['pages_per_s']:8.1f} pages/s "
            f"({real['active_s']} s + {real['startup_s']} s start-up, "
            f"{real['cpu_ms_per_page']} CPU ms/page: {real['own_cpu_ms_per_page']} in the crawl "
            f"process, {real['worker_cpu_ms_per_page']} in its worker; peak RSS "
            f"{real['peak_rss_mb']} MB)"
        )
    if prof is not None and prof.exists():
        report = profile_report(prof)
        (results_dir() / f"throughput-profile-{n}.txt").write_text(report, encoding="utf-8")
        print(report)
    ratio = real["pages_per_s"] / bare["pages_per_s"] if bare["pages_per_s"] else None
    print(f"ratio (a)/(b)        : {ratio:.3f}  (target >= {TARGET_RATIO})")
    return {
        "n": n,
        "corpus_bytes": corpus_bytes,
        "mean_page_bytes": round(corpus_bytes / n),
        "hotline_watch": real,
        "bare_scrapy": bare,
        "ratio": round(ratio, 3) if ratio is not None else None,
        "ok": real_child.returncode == 0
        and real["database"]["complete"]
        and bare_child.returncode == 0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, action="append", help="corpus size (repeatable)")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--timeout", type=float, default=900, help="per crawl, seconds")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directories")
    parser.add_argument(
        "--profile",
        choices=["cprofile", "py-spy"],
        help="profile the hotline-watch crawl (cProfile slows it; py-spy, from $PATH or "
        "$HOTLINE_WATCH_BENCH_PYSPY, samples at 100 Hz) and write "
        "bench/results/throughput-profile-N.txt",
    )
    parser.add_argument(
        "--no-change-lists",
        action="store_true",
        help="crawl.yml change_lists: false (no chapter listings read before the pages)",
    )
    args = parser.parse_args(argv)
    sizes = args.n or [2000, 8000]
    started = time.monotonic()
    lists = not args.no_change_lists
    runs = [
        measure(n, args.concurrency, args.timeout, args.keep, args.profile, lists) for n in sizes
    ]
    largest = runs[-1]
    result = {
        "machine": machine(),
        "concurrency": args.concurrency,
        "change_lists": lists,
        "runs": runs,
        "ratio": largest["ratio"],
        "target_ratio": TARGET_RATIO,
        "verdict": verdict(largest["ratio"], TARGET_RATIO, higher_is_better=True),
        "ok": all(r["ok"] for r in runs),
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    write_result("throughput", result)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
