"""Why the coding engine keeps its own literal-first pattern runner (`Rx`).

Runs the whole coding engine (`code_text` on every shared text, repeated) once per regular
expression engine, each in its own process with `hotline_watch.coding.patterns.Rx` swapped
before the engine is imported:

* `rx` - the engine as shipped: each pattern run as literal-first branches over Python `re`;
* `re` - the same patterns compiled whole by Python `re` (what the code would be without `Rx`);
* `re2` - google-re2 (DFA, linear time) where it accepts the pattern; patterns with lookaround,
  which RE2 does not support, fall back to `re` (the count is printed).

It checks that each engine codes every text exactly as `rx` does, and prints documents per
CPU-second. Writes bench/results/regex_engines.json. google-re2 is not a dependency: without
it the `re2` row says so.

Usage: .venv/bin/python bench/bench_regex_engines.py [--docs N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from benchlib import ROOT, SHARED, results_dir, shared_index

ENGINES = ("rx", "re", "re2")


class PlainRx:
    """A pattern compiled whole by Python `re`, with `Rx`'s interface."""

    __slots__ = ("pattern", "rx")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.rx = re.compile(pattern)

    def finditer(self, s, pos=0, endpos=None):
        return list(self.rx.finditer(s, pos, len(s) if endpos is None else endpos))

    def search(self, s, pos=0, endpos=None):
        return self.rx.search(s, pos, len(s) if endpos is None else endpos)


class Re2Rx(PlainRx):
    """google-re2 where the pattern is RE2 syntax; Python `re` for lookarounds."""

    compiled = [0, 0]  # (by RE2, fell back to re)

    def __init__(self, pattern: str) -> None:
        import re2

        self.pattern = pattern
        try:
            # RE2 spells \uXXXX as \x{XXXX}
            source = re.sub(r"\\u([0-9a-fA-F]{4})", r"\\x{\1}", pattern)
            self.rx = re2.compile(source)
            Re2Rx.compiled[0] += 1
        except Exception:
            self.rx = re.compile(pattern)
            Re2Rx.compiled[1] += 1


def run_engine(engine: str, docs: int, shared: Path) -> dict:
    """Time the engine in this process (called in a child process per engine)."""
    import importlib.util

    sys.path.insert(0, str(ROOT))
    # Load the patterns module alone and swap `Rx` before the package (whose modules compile
    # their patterns at import) is imported.
    name = "hotline_watch.coding.patterns"
    spec = importlib.util.spec_from_file_location(
        name, ROOT / "hotline_watch" / "coding" / "patterns.py"
    )
    assert spec is not None and spec.loader is not None
    patterns = importlib.util.module_from_spec(spec)
    sys.modules[name] = patterns
    spec.loader.exec_module(patterns)
    if engine == "re":
        patterns.Rx = PlainRx
    elif engine == "re2":
        try:
            import re2  # noqa: F401
        except ImportError:
            return {"engine": engine, "error": "google-re2 not installed"}
        os.environ.setdefault("GLOG_minloglevel", "3")
        patterns.Rx = Re2Rx
    from hotline_watch.coding import code_text, read_document

    index = shared_index(shared) or []
    texts = [read_document(shared / "texts" / row["file"]) for row in index]
    outputs = [json.dumps(code_text(t).to_dict(), sort_keys=True) for t in texts]
    batch = [texts[i % len(texts)] for i in range(docs)]
    cpu0 = time.process_time()
    for t in batch:
        code_text(t)
    cpu = time.process_time() - cpu0
    result = {"engine": engine, "docs_per_cpu_second": round(len(batch) / cpu, 1)}
    if engine == "re2":
        result["patterns_by_re2"], result["patterns_fell_back_to_re"] = Re2Rx.compiled
    result["outputs"] = outputs
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--engine", choices=ENGINES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.engine:
        print(json.dumps(run_engine(args.engine, args.docs, args.shared)))
        return 0
    if shared_index(args.shared) is None:
        return 2
    rows = []
    for engine in ENGINES:
        cmd = [sys.executable, __file__, "--engine", engine, "--docs", str(args.docs)]
        cmd += ["--shared", str(args.shared)]
        if hasattr(os, "sched_getaffinity"):
            cmd = ["taskset", "-c", str(min(os.sched_getaffinity(0)))] + cmd
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    reference = rows[0]["outputs"]
    for row in rows:
        if "outputs" in row:
            outputs = row.pop("outputs")
            row["same_coding_as_rx"] = sum(a == b for a, b in zip(outputs, reference, strict=True))
            row["texts"] = len(reference)
    for row in rows:
        if "error" in row:
            print(f"{row['engine']:4s}  {row['error']}")
            continue
        extra = ""
        if "patterns_by_re2" in row:
            extra = (
                f"  ({row['patterns_by_re2']} patterns by RE2, "
                f"{row['patterns_fell_back_to_re']} fell back to re: lookaround)"
            )
        print(
            f"{row['engine']:4s}  {row['docs_per_cpu_second']:8,.0f} docs/CPU-s  "
            f"same coding as rx on {row['same_coding_as_rx']}/{row['texts']} texts{extra}"
        )
    out_path = results_dir() / "regex_engines.json"
    out_path.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    print(f"written: {os.path.relpath(out_path, ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
