"""Throughput of the coding engine: documents per second on one core.

Loads every shared text (../shared/texts/, header stripped by `read_document`), repeats the
list to N documents (default 10,000) and times `code_text` over them in a single process
(pinned to one CPU). The figure is documents per CPU-second of the process (the median of
--rounds passes); wall-clock throughput is reported beside it. Prints the figure and writes
bench/results/classify_speed.json (or under $HOTLINE_WATCH_BENCH_RESULTS, as run_all.py sets).

Usage: .venv/bin/python bench/bench_classify.py [--docs N] [--shared PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from benchlib import ROOT, SHARED, results_dir, shared_index

sys.path.insert(0, str(ROOT))

from hotline_watch.coding import code_text, read_document  # noqa: E402

TARGET_DOCS_PER_SECOND = 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--rounds", type=int, default=3, help="timed passes; the median counts")
    args = parser.parse_args(argv)
    index = shared_index(args.shared)
    if index is None:
        return 2
    if hasattr(os, "sched_setaffinity"):
        # Pin to one CPU so the figure is per core even if a library were to spawn threads.
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = [read_document(args.shared / "texts" / row["file"]) for row in index]
    docs = [texts[i % len(texts)] for i in range(args.docs)]
    total_chars = sum(len(t) for t in docs)
    for t in texts:  # warm-up: imports, regex caches
        code_text(t)
    cpu_rates, wall_rates = [], []
    for _ in range(max(1, args.rounds)):
        wall0, cpu0 = time.perf_counter(), time.process_time()
        for t in docs:
            code_text(t)
        cpu = time.process_time() - cpu0
        wall = time.perf_counter() - wall0
        cpu_rates.append(len(docs) / cpu)
        wall_rates.append(len(docs) / wall)
    # Per core = documents per CPU-second of this (single-threaded) process; the wall-clock
    # figure is also reported (lower when other processes share the machine).
    rate = statistics.median(cpu_rates)
    result = {
        "documents": len(docs),
        "distinct_texts": len(texts),
        "mean_chars": round(total_chars / len(docs)),
        "rounds": len(cpu_rates),
        "docs_per_second_per_core": round(rate, 1),
        "docs_per_cpu_second_each_round": [round(r, 1) for r in cpu_rates],
        "docs_per_wall_second_each_round": [round(r, 1) for r in wall_rates],
        "ms_per_doc": round(1000 / rate, 3),
        "target_docs_per_second": TARGET_DOCS_PER_SECOND,
        "meets_target": rate >= TARGET_DOCS_PER_SECOND,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
    }
    out = results_dir() / "classify_speed.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    verdict = "OK" if result["meets_target"] else "BELOW TARGET"
    print(
        f"code_text: {rate:,.0f} documents/second on one core "
        f"({result['ms_per_doc']} ms/doc CPU; {len(docs):,} docs of ~{result['mean_chars']:,} "
        f"chars; wall-clock {statistics.median(wall_rates):,.0f}/s) "
        f"target {TARGET_DOCS_PER_SECOND:,}: {verdict}"
    )
    print(f"written: {os.path.relpath(out, ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
