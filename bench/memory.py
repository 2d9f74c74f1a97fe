"""Crawl memory: peak RSS of the real crawl at 2,000 vs 8,000 pages (target ratio <= 1.2).

    .venv/bin/python bench/memory.py [--n 2000 --n 8000]
    .venv/bin/python bench/memory.py --from bench/results/throughput.json

Runs `hotline-watch crawl statutes_hi` (real spiders, middlewares, pipelines, SQLite) over the
synthetic corpus served from 127.0.0.1 at each size. The peak RSS is the whole crawl's: the
child's high-water mark (VmHWM in /proc/PID/status, sampled every 0.5 s with its resident size)
plus its own children's (the offload worker that parses and codes, hotline_watch/offload.py);
the samples show where the memory goes: resident size when the first request is made
(start-up: registry, spiders) and its growth during the crawl.

With --from, the crawls bench/throughput.py just ran are used instead of crawling again (the
same command, corpus and measurement): bench/run_all.py does this to stay within its time
budget. Writes bench/results/memory.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from benchlib import (
    Corpus,
    CorpusServer,
    machine,
    memory_profile,
    run_hotline_crawl,
    tail,
    verdict,
    workdir,
    write_crawl_inputs,
    write_result,
)

TARGET_RATIO = 1.2


def crawl(n: int, concurrency: int, timeout: float, keep: bool) -> dict:
    corpus = Corpus(n)
    work = workdir(f"memory-{n}", keep)
    with CorpusServer(corpus, lifetime=timeout + 60) as server:
        env = write_crawl_inputs(work / "inputs", server.registry_sections(), concurrency)
        child = run_hotline_crawl(env, work / "hotline.db", timeout, log_dir=work / "log")
        stats = server.reset_stats()
    if child.returncode != 0:
        print(tail(child.stderr), file=sys.stderr)
    return {
        "n": n,
        "returncode": child.returncode,
        "wall_s": round(child.wall_s, 1),
        "pages_served": stats.page_requests,
        **memory_profile(child, stats.first_request),
        "own_peak_rss_mb": round(child.own_maxrss_mb, 1),
        "children_peak_rss_mb": [round(v, 1) for v in child.children_maxrss_mb.values()],
    }


def from_throughput(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    runs = []
    for run in data["runs"]:
        real = run["hotline_watch"]
        runs.append(
            {
                "n": run["n"],
                "returncode": real["returncode"],
                "wall_s": real["wall_s"],
                "pages_served": real["server"]["page_requests"],
                **real["memory"],
                "own_peak_rss_mb": real.get("own_peak_rss_mb"),
                "children_peak_rss_mb": real.get("children_peak_rss_mb", []),
                "source": str(path),
            }
        )
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, action="append", help="corpus size (repeatable)")
    parser.add_argument("--from", dest="source", type=Path, help="reuse throughput.json runs")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--timeout", type=float, default=900, help="per crawl, seconds")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directories")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if args.source:
        runs = from_throughput(args.source)
        print(f"peak RSS of the crawls in {args.source}")
    else:
        runs = [crawl(n, args.concurrency, args.timeout, args.keep) for n in args.n or [2000, 8000]]
    runs.sort(key=lambda r: r["n"])
    for r in runs:
        print(
            f"N = {r['n']:>6}: peak RSS {r['peak_rss_mb']:7.1f} MB (at first request "
            f"{r['rss_at_first_request_mb']} MB, at end {r['rss_at_end_mb']} MB, "
            f"growth during crawl {r['growth_during_crawl_mb']} MB; crawl process "
            f"{r['own_peak_rss_mb']} MB + worker {sum(r['children_peak_rss_mb'])} MB)"
        )
    small, large = runs[0], runs[-1]
    ratio = large["peak_rss_mb"] / small["peak_rss_mb"] if len(runs) > 1 else None
    if ratio is not None:
        print(
            f"peak RSS ratio N={large['n']} / N={small['n']}: {ratio:.2f} "
            f"(target <= {TARGET_RATIO})"
        )
    per_1000 = None
    if len(runs) > 1 and large["n"] != small["n"]:
        per_1000 = (large["peak_rss_mb"] - small["peak_rss_mb"]) / (large["n"] - small["n"]) * 1000
    result = {
        "machine": machine(),
        "runs": runs,
        "ratio": round(ratio, 3) if ratio is not None else None,
        "peak_mb_per_1000_pages": round(per_1000, 2) if per_1000 is not None else None,
        "target_ratio": TARGET_RATIO,
        "verdict": verdict(ratio, TARGET_RATIO, higher_is_better=False),
        "ok": all(r["returncode"] == 0 for r in runs),
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    write_result("memory", result)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
