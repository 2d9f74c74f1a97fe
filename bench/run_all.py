"""Run every benchmark and print one summary table (bench/results/summary.json too).

    .venv/bin/python bench/run_all.py            # full size, < 15 minutes on 2 cores
    .venv/bin/python bench/run_all.py --quick    # tiny sizes, about a minute
    .venv/bin/python bench/run_all.py --only throughput --only datasette

Steps (each a child process with its own time limit, run one after the other so they do not
compete for the CPU): throughput (N = 2,000 and 8,000), incremental re-crawls (N = 5,000),
memory (peak RSS of the throughput crawls: see bench/memory.py --from), the coding-engine
speed (bench/bench_classify.py, when present) and Datasette at 1,000,000 releases and
100,000 sections. Exit status 0 when every step ran; targets missed are reported, not errors.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchlib import BENCH, RESULTS, machine, write_result

STEPS = ("throughput", "incremental", "memory", "classify", "datasette")
COLUMNS = ("benchmark", "figure", "value", "target", "verdict")


def commands(quick: bool, results: Path) -> dict[str, tuple[list[str], float]]:
    """Step name -> (argv, timeout in seconds)."""
    py = sys.executable
    if quick:
        return {
            "throughput": (
                [py, "throughput.py", "--n", "40", "--n", "80", "--timeout", "120"],
                300,
            ),
            "incremental": ([py, "incremental_crawl.py", "--n", "50", "--timeout", "120"], 400),
            "memory": ([py, "memory.py", "--from", str(results / "throughput.json")], 60),
            "classify": ([py, "bench_classify.py", "--docs", "200", "--rounds", "1"], 120),
            "datasette": (
                [py, "datasette_scale.py", "--releases", "2000", "--sections", "500"]
                + ["--repeat", "5"],
                300,
            ),
        }
    return {
        "throughput": ([py, "throughput.py", "--n", "2000", "--n", "8000"], 900),
        "incremental": ([py, "incremental_crawl.py", "--n", "5000"], 600),
        "memory": ([py, "memory.py", "--from", str(results / "throughput.json")], 60),
        "classify": ([py, "bench_classify.py"], 300),
        "datasette": ([py, "datasette_scale.py", "--repeat", "15", "--page-budget", "25"], 900),
    }


def load(results: Path, name: str) -> dict | None:
    path = results / f"{name}.json"
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return None


def summary_rows(results: Path, ran: dict[str, dict]) -> list[tuple[str, str, str, str, str]]:
    """(benchmark, figure, value, target, verdict) rows from the JSON files this run wrote."""
    rows: list[tuple[str, str, str, str, str]] = []

    def add(benchmark: str, figure: str, value: object, target: str = "", ok: str = "") -> None:
        rows.append((benchmark, figure, str(value), target, ok))

    def fresh(name: str, step: str) -> dict | None:
        return load(results, name) if ran.get(step, {}).get("returncode") is not None else None

    if t := fresh("throughput", "throughput"):
        target = t["target_ratio"]
        for run in t["runs"]:
            n = run["n"]
            add("throughput", f"hotline-watch pages/s, N={n}", run["hotline_watch"]["pages_per_s"])
            add("throughput", f"bare Scrapy pages/s, N={n}", run["bare_scrapy"]["pages_per_s"])
            ok = "PASS" if (run["ratio"] or 0) >= target else "FAIL"
            add("throughput", f"ratio (a)/(b), N={n}", run["ratio"], f">= {target}", ok)
        add("throughput", "all pages stored", t["ok"], "True", "PASS" if t["ok"] else "FAIL")
    if inc := fresh("incremental", "incremental"):
        u, a, v = inc["unchanged_vs_first"], inc["amended"], inc["verdict"]
        bytes_max = inc["targets"]["bytes_share_max"]
        add(
            "incremental",
            "unchanged: bytes vs first",
            f"{u['bytes_share']:.2%}",
            f"<= {bytes_max:.0%}",
            v["bytes"],
        )
        add("incremental", "unchanged: changes", u["changes"], "0", v["changes"])
        add("incremental", "unchanged: pages parsed vs first", f"{u['pages_parsed_share']:.0%}")
        add("incremental", "unchanged: rows written vs first", f"{u['rows_written_share']:.0%}")
        add("incremental", "unchanged: wall time vs first", f"{u['wall_share']:.0%}")
        add(
            "incremental",
            f"amended {a['pages_amended']}: text_changed",
            f"{a['text_changed']} (exact: {a['exact']})",
            "exactly those",
            v["amended_exact"],
        )
    if m := fresh("memory", "memory"):
        for run in m["runs"]:
            add("memory", f"peak RSS MB, N={run['n']}", run["peak_rss_mb"])
        add("memory", "peak RSS ratio", m["ratio"], f"<= {m['target_ratio']}", m["verdict"])
    if c := fresh("classify_speed", "classify"):
        for key in ("docs_per_second_per_core", "ms_per_doc", "meets_target"):
            add("classify", key, c[key])
    if d := fresh("datasette_scale", "datasette"):
        built = d["rows"]
        add(
            "datasette",
            "rows (releases/sections)",
            f"{built['press_releases']:,}/{built['statute_sections']:,}",
        )
        if d.get("build"):
            add("datasette", "build time s", d["build"]["timings_s"]["total_s"])
        fts_max, overhead_max = d["targets"]["fts_p50_ms_max"], d["targets"]["overhead_ratio_max"]
        for name, page in d["pages"].items():
            if "datasette_p50_ms" not in page:
                add("datasette", name, f"HTTP {page.get('status')}", "200", "FAIL")
                continue
            target, ok = ("", "")
            if name == "fts":
                target, ok = f"<= {fts_max:g} ms", d["verdict"]["fts_p50"]
            p50_p95 = f"{page['datasette_p50_ms']} / {page['datasette_p95_ms']}"
            add("datasette", f"{name} p50 / p95 ms", p50_p95, target, ok)
            add(
                "datasette",
                f"{name} overhead (vs direct {page['direct_p50_ms']} ms)",
                f"x{page['overhead_ratio']}",
                f"<= {overhead_max:g}",
                "PASS" if page["overhead_ratio"] <= overhead_max else "FAIL",
            )
    return rows


def print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(str(r[i])) for r in [COLUMNS, *rows]) for i in range(len(COLUMNS))]
    line = "  ".join("-" * w for w in widths)

    def fmt(row: tuple[str, ...]) -> str:
        return "  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True))

    print("\n".join([line, fmt(COLUMNS), line, *map(fmt, rows), line]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    parser.add_argument("--only", action="append", choices=STEPS, help="run only these steps")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the JSON goes")
    args = parser.parse_args(argv)
    results = args.results.resolve()
    results.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "HOTLINE_WATCH_BENCH_RESULTS": str(results)}
    started = time.monotonic()
    ran: dict[str, dict] = {}
    for name, (cmd, timeout) in commands(args.quick, results).items():
        if args.only and name not in args.only:
            continue
        if not (BENCH / cmd[1]).exists():
            print(f"\n## {name}: {cmd[1]} not present, skipped")
            ran[name] = {"skipped": True}
            continue
        if name == "memory" and ran.get("throughput", {}).get("returncode") is None:
            # memory reuses this run's throughput crawls; without them it crawls on its own
            cmd = cmd[:2] + (["--n", "40", "--n", "80"] if args.quick else [])
        print(f"\n## {name}: {' '.join(Path(c).name if c == sys.executable else c for c in cmd)}")
        sys.stdout.flush()
        t0 = time.monotonic()
        try:
            proc = subprocess.run(cmd, cwd=BENCH, env=env, timeout=timeout)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            code = None
            print(f"## {name}: timed out after {timeout} s", file=sys.stderr)
        ran[name] = {"returncode": code, "elapsed_s": round(time.monotonic() - t0, 1)}
    elapsed = time.monotonic() - started
    rows = summary_rows(results, ran)
    for name, info in ran.items():
        status = f"{info.get('returncode', 'skipped')} / {info.get('elapsed_s', '-')}"
        rows.append(("run", f"{name} exit status / seconds", status, "", ""))
    rows.append(("run", "total seconds", f"{elapsed:.0f}", "< 900" if not args.quick else "", ""))
    print()
    print_table(rows)
    write_result(
        "summary",
        {
            "machine": machine(),
            "quick": args.quick,
            "steps": ran,
            "rows": [dict(zip(COLUMNS, r, strict=True)) for r in rows],
            "elapsed_s": round(elapsed, 1),
        },
        results,
    )
    failed = [
        n for n, info in ran.items() if not info.get("skipped") and info.get("returncode") != 0
    ]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
