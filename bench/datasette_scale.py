"""Datasette at scale: page latency through Datasette against the same SQL run directly.

    .venv/bin/python bench/datasette_scale.py [--releases 1000000] [--sections 100000]

Builds a database with the real schema (hotline_watch.storage.ensure_schema): synthetic press
releases and statute sections (with provisions) inserted in big executemany batches with the
FTS triggers dropped, then the FTS indexes rebuilt and the triggers put back exactly as they
were. Then, through Datasette (make_datasette(db).client: the in-process ASGI client), p50/p95
of:

* fts:      /hotline/press_releases?_search=trafficking  (the term is in ~5 % of releases)
* fts_rare: /hotline/press_releases?_search=billboards   (~0.05 %)
* overview: /hotline/state_overview (a table refreshed at the end of every run; the build
            refreshes it), else the equivalent SQL page on databases from before it
* facet:    /hotline/press_releases?_facet=jurisdiction

Every SQL statement a page runs is recorded (with its time limit; after hotline-watch's
rewrites, hotline_watch/fastsql.py) and replayed with sqlite3 on a warm connection: "direct" is
their sum. Targets: every page p50 <= 100 ms; overhead ratio
(Datasette p50 / direct p50) <= 3. Writes bench/results/datasette_scale.json.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import random
import sqlite3
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

from benchlib import machine, verdict, workdir, write_result

#: Issue 17: every measured page (fts, fts_rare, overview, facet) at p50 <= 100 ms.
TARGET_PAGE_P50_MS = 100.0
TARGET_FTS_P50_MS = TARGET_PAGE_P50_MS
TARGET_OVERHEAD = 3.0
BATCH = 20_000

OVERVIEW_SQL = """select s.jurisdiction, j.name, count(*) as sections,
  coalesce(sum(p.requires_posting), 0) as posting_sections, max(s.last_seen) as last_seen
from statute_sections s
join jurisdictions j on j.code = s.jurisdiction
left join provisions p on p.section_id = s.id
group by s.jurisdiction
order by s.jurisdiction"""

HOTLINE_SENTENCE = (
    "Anyone with information about human trafficking should call the National Human "
    "Trafficking Hotline at 1-888-373-7888 or text 233733."
)
RARE_SENTENCE = "The office unveiled billboards along the interstate corridor this week."
POSTING_SENTENCE = (
    "Every establishment shall post a sign with the National Human Trafficking Hotline "
    "number 1-888-373-7888 in a conspicuous place near the public entrance."
)
REAL_WORDS = (
    "attorney general office announced today settlement consumer protection fraud lawsuit "
    "state court charges investigation million dollars company residents public safety "
    "department agreement federal county program victims law enforcement complaint scheme "
    "section chapter employer license department notice penalty violation person business"
).split()


def vocabulary(rng: random.Random, size: int = 20_000) -> tuple[list[str], list[float]]:
    """Pseudo-English words with Zipfian frequencies (real words at the top ranks)."""
    syllables = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai")]
    words = list(REAL_WORDS)
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    cum, total = [], 0.0
    for rank in range(1, size + 1):
        total += 1 / rank
        cum.append(total)
    return words, cum


def sentence_pool(rng: random.Random, count: int = 40_000) -> list[str]:
    words, cum = vocabulary(rng)
    pool = []
    for _ in range(count):
        tokens = rng.choices(words, cum_weights=cum, k=rng.randint(8, 22))
        pool.append(" ".join(tokens).capitalize() + ".")
    return pool


def batches(total: int) -> list[range]:
    """Row numbers 0..total-1 in runs of BATCH (one executemany each)."""
    return [range(start, min(start + BATCH, total)) for start in range(0, total, BATCH)]


def seen_at(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T04:00:00+00:00"


def build(path: Path, releases: int, sections: int, body_sentences: int, seed: int) -> dict:
    """Fill a fresh database built by the real ensure_schema; returns timings and sizes."""
    from hotline_watch.jurisdictions import JURISDICTIONS
    from hotline_watch.storage import ensure_schema, open_db, refresh_facet_counts
    from hotline_watch.views import refresh_state_overview

    timings: dict[str, float] = {}
    t0 = last = time.perf_counter()

    def lap(name: str) -> None:
        """Time since the previous lap (or the start) as timings[name]."""
        nonlocal last
        now = time.perf_counter()
        timings[name], last = now - last, now

    db = open_db(path)
    ensure_schema(db)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")  # build only; the crawl keeps NORMAL
    conn.execute("PRAGMA cache_size = -262144")
    # FTS triggers would index row by row: drop them, bulk insert, rebuild, put them back.
    triggers = conn.execute(
        "select name, sql from sqlite_master where type = 'trigger' "
        "and tbl_name in ('press_releases', 'statute_sections')"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f"drop trigger [{name}]")
    rng = random.Random(seed)
    pool = sentence_pool(rng)
    codes = sorted(JURISDICTIONS)
    weights = [rng.uniform(0.2, 3.0) for _ in codes]  # offices publish at different rates
    lap("schema_and_vocabulary_s")

    release_sql = (
        "insert into press_releases (id, jurisdiction, url, title, published, body, body_hash, "
        "first_seen, last_seen, promotes_hotline, source, last_fetch_id) "
        "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    body_bytes = 0
    for batch in batches(releases):
        rows = []
        for i in batch:
            j = rng.choices(codes, weights)[0]
            parts = rng.choices(pool, k=rng.randint(body_sentences // 2, body_sentences * 3 // 2))
            hotline = rng.random() < 0.05
            if hotline:
                parts.insert(rng.randrange(len(parts) + 1), HOTLINE_SENTENCE)
            if rng.random() < 0.0005:
                parts.append(RARE_SENTENCE)
            body = " ".join(parts)
            body_bytes += len(body)
            title = " ".join(rng.choice(pool).split()[:9]).rstrip(".")
            day = f"{rng.randint(2000, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            seen = seen_at(rng)
            url = f"https://ag.{j.lower()}.gov/news/{i}"
            rows.append(
                (
                    f"{j}:{i:012x}",
                    j,
                    url,
                    title,
                    day,
                    body,
                    hashlib.sha256(body.encode()).hexdigest(),
                    seen,
                    seen,
                    int(hotline and rng.random() < 0.6),
                    f"ag_{j.lower()}",
                    None,
                )
            )
        with conn:
            conn.executemany(release_sql, rows)
    lap("insert_releases_s")

    section_sql = (
        "insert into statute_sections (id, jurisdiction, code, section_number, citation, heading, "
        "url, text, history, text_hash, first_seen, last_seen, source, last_fetch_id, "
        "missing_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    provision_sql = (
        "insert into provisions (section_id, text_hash, requires_posting, establishments, "
        "languages, hotline_numbers, hotlines, penalties, evidence, citation, coded_at) "
        "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    for batch in batches(sections):
        srows, prows = [], []
        for i in batch:
            j = codes[i % len(codes)]
            number = f"{1 + i // 200}-{1 + i % 200}"
            posting = rng.random() < 0.05
            parts = rng.choices(pool, k=rng.randint(10, 40))
            if posting:
                parts.insert(0, POSTING_SENTENCE)
            text = " ".join(parts)
            text_hash = hashlib.sha256(text.encode()).hexdigest()
            sid = f"{j}:CODE:{number}"
            seen = seen_at(rng)
            citation = f"{j} Code \u00a7 {number}"
            srows.append(
                (
                    sid,
                    j,
                    "CODE",
                    number,
                    citation,
                    " ".join(rng.choice(pool).split()[:5]).rstrip("."),
                    f"https://legislature.{j.lower()}.gov/code/{number}",
                    text,
                    None,
                    text_hash,
                    seen,
                    seen,
                    f"statutes_{j.lower()}",
                    None,
                    0,
                )
            )
            prows.append(
                (
                    sid,
                    text_hash,
                    int(posting),
                    '["bar"]' if posting else "[]",
                    '["English"]' if posting else "[]",
                    '["1-888-373-7888"]' if posting else "[]",
                    "[]",
                    "[]",
                    "[]",
                    citation,
                    seen,
                )
            )
        with conn:
            conn.executemany(section_sql, srows)
            conn.executemany(provision_sql, prows)
    lap("insert_sections_s")

    with conn:
        conn.execute("insert into press_releases_fts (press_releases_fts) values ('rebuild')")
        conn.execute("insert into statute_sections_fts (statute_sections_fts) values ('rebuild')")
        for _, sql in triggers:
            conn.execute(sql)
    lap("fts_rebuild_s")
    # What the triggers would have kept, and what the end of a run computes.
    refresh_facet_counts(db)
    refresh_state_overview(db)
    lap("derived_tables_s")
    conn.execute("analyze")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lap("analyze_checkpoint_s")
    db.close()
    timings["total_s"] = time.perf_counter() - t0
    return {
        "timings_s": {k: round(v, 1) for k, v in timings.items()},
        "release_body_mean_bytes": round(body_bytes / max(releases, 1)),
        "db_bytes": path.stat().st_size,
        "releases_per_s": round(releases / max(timings["insert_releases_s"], 1e-9)),
    }


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return {
            t: conn.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("press_releases", "statute_sections", "provisions")
        }


def pages(path: Path) -> dict[str, str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        has_view = conn.execute(
            "select 1 from sqlite_master where name = 'state_overview'"
        ).fetchone()
    overview = (
        "/hotline/state_overview"
        if has_view
        else "/hotline?" + urllib.parse.urlencode({"sql": OVERVIEW_SQL})
    )
    return {
        "fts": "/hotline/press_releases?_search=trafficking",
        "fts_rare": "/hotline/press_releases?_search=billboards",
        "overview": overview,
        "facet": "/hotline/press_releases?_facet=jurisdiction",
    }


class Recorder:
    """Record every SQL statement run on the database (with its time limit).

    Datasette's own Database.execute is wrapped, for this database only: hotline-watch's
    Database (hotline_watch/fastsql.py) rewrites some of Datasette's statements and answers
    some facets from one query, so what is recorded (and replayed as "direct") is what really
    reaches SQLite."""

    def __init__(self, database):
        from datasette.database import Database

        self.database = database
        self.calls: list[dict] = []
        self.base = Database
        self.original = Database.execute
        recorder = self

        async def execute(db, sql, params=None, truncate=False, custom_time_limit=None, **kw):
            if db is not recorder.database:
                return await recorder.original(db, sql, params, truncate, custom_time_limit, **kw)
            started = time.perf_counter()
            error = None
            try:
                return await recorder.original(
                    db, sql, params, truncate=truncate, custom_time_limit=custom_time_limit, **kw
                )
            except Exception as exc:
                error = type(exc).__name__
                raise
            finally:
                recorder.calls.append(
                    {
                        "sql": sql,
                        "params": dict(params) if isinstance(params, dict) else params,
                        "time_limit_ms": custom_time_limit,
                        "interrupted": error == "QueryInterrupted",
                        "error": error,
                        "ms": (time.perf_counter() - started) * 1000,
                    }
                )

        Database.execute = execute

    def detach(self) -> None:
        self.base.execute = self.original


def replay(conn: sqlite3.Connection, calls: list[dict], default_limit_ms: int) -> float:
    """Run the recorded statements with sqlite3 (same time limits); total milliseconds."""
    started = time.perf_counter()
    for call in calls:
        limit = min(call["time_limit_ms"] or default_limit_ms, default_limit_ms)
        deadline = time.perf_counter() + limit / 1000
        conn.set_progress_handler(lambda d=deadline: int(time.perf_counter() >= d), 1000)
        try:
            conn.execute(call["sql"], call["params"] or {}).fetchall()
        except sqlite3.Error as exc:
            # The replay must run exactly what Datasette ran: the same statements fail.
            if exc.args != ("interrupted",) and not call["error"]:
                raise
        finally:
            conn.set_progress_handler(None, 1000)
    return (time.perf_counter() - started) * 1000


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def measure_pages(
    path: Path,
    repeat: int,
    budget_s: float,
    only: tuple[str, ...] = (),
    settings: dict | None = None,
    quiet: bool = False,
) -> dict:
    from hotline_watch.web import SETTINGS, make_datasette

    ds = make_datasette(path)
    if settings:  # what-if runs only: the production settings are hotline_watch.web.SETTINGS
        ds._settings = {**ds._settings, **settings}
    await ds.invoke_startup()
    database = ds.get_database("hotline")
    direct = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    ds._prepare_connection(direct, "hotline")  # Datasette's SQL functions (escape_fts...)
    limit_ms = SETTINGS["sql_time_limit_ms"]
    out = {}
    for name, url in pages(path).items():
        if only and name not in only:
            continue
        recorder = Recorder(database)
        response = await ds.client.get(url)
        recorder.detach()
        calls = recorder.calls
        if response.status_code != 200:
            out[name] = {"url": url, "status": response.status_code, "error": response.text[:500]}
            continue
        for _ in range(2):  # warm caches (page cache, Datasette's introspection)
            await ds.client.get(url)
            replay(direct, calls, limit_ms)
        ds_ms, direct_ms = [], []
        page_started = time.perf_counter()
        for i in range(repeat):
            if i >= 5 and time.perf_counter() - page_started > budget_s:
                break  # slow pages: at least 5 samples, then stop at the time budget
            t = time.perf_counter()
            response = await ds.client.get(url)
            ds_ms.append((time.perf_counter() - t) * 1000)
            direct_ms.append(replay(direct, calls, limit_ms))
        slowest = sorted(calls, key=lambda c: -c["ms"])[:5]
        body = response.text
        ds_p50, direct_p50 = statistics.median(ds_ms), statistics.median(direct_ms)
        out[name] = {
            "url": url,
            "status": response.status_code,
            "html_bytes": len(body),
            "datasette_p50_ms": round(ds_p50, 1),
            "datasette_p95_ms": round(pct(ds_ms, 0.95), 1),
            "direct_p50_ms": round(direct_p50, 1),
            "direct_p95_ms": round(pct(direct_ms, 0.95), 1),
            "overhead_ratio": round(ds_p50 / max(direct_p50, 0.01), 2),
            "samples": len(ds_ms),
            "queries": len(calls),
            "queries_interrupted": sum(c["interrupted"] for c in calls),
            "queries_failed": sum(bool(c["error"]) and not c["interrupted"] for c in calls),
            "timed_out_facets": "timed out" in body.lower() or "took too long" in body.lower(),
            "slowest_queries": [
                {
                    "ms": round(c["ms"], 1),
                    "limit_ms": c["time_limit_ms"],
                    "interrupted": c["interrupted"],
                    "error": c["error"],
                    "sql": " ".join(c["sql"].split())[:300],
                }
                for c in slowest
            ],
        }
        r = out[name]
        if quiet:
            continue
        print(
            f"{name:9} Datasette p50 {r['datasette_p50_ms']:8.1f} ms  "
            f"p95 {r['datasette_p95_ms']:8.1f}"
            f"  | direct SQL p50 {r['direct_p50_ms']:8.1f} ms ({r['queries']} queries, "
            f"{r['queries_interrupted']} interrupted)  overhead x{r['overhead_ratio']}"
        )
    direct.close()
    return out


WHAT_IF_INDEX = "create index if not exists bench_what_if_published on press_releases (published)"


def what_if(path: Path, repeat: int, budget_s: float) -> dict:
    """The fts and facet pages again with Datasette's suggested facets off, then also with an
    index on press_releases.published (the table's sort column in metadata.yml). The index
    is dropped afterwards: the database keeps the real schema."""
    variants = {}
    runs = [
        ("suggest_facets_off", {"suggest_facets": False}, False),
        ("suggest_facets_off_and_published_index", {"suggest_facets": False}, True),
    ]
    for label, settings, index in runs:
        if index:
            with sqlite3.connect(path) as conn:
                conn.execute(WHAT_IF_INDEX)
        try:
            got = asyncio.run(
                measure_pages(path, repeat, budget_s, ("fts", "facet"), settings, quiet=True)
            )
        finally:
            if index:
                with sqlite3.connect(path) as conn:
                    conn.execute("drop index if exists bench_what_if_published")
        variants[label] = {
            name: {
                k: page.get(k)
                for k in ("datasette_p50_ms", "datasette_p95_ms", "direct_p50_ms", "queries")
            }
            for name, page in got.items()
        }
        for name, page in variants[label].items():
            print(
                f"what-if {label}: {name:5} Datasette p50 {page['datasette_p50_ms']} ms, "
                f"p95 {page['datasette_p95_ms']} ms ({page['queries']} queries)"
            )
    return variants


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=1_000_000)
    parser.add_argument("--sections", type=int, default=100_000)
    parser.add_argument("--body-sentences", type=int, default=10, help="mean per release")
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per page")
    parser.add_argument(
        "--page-budget", type=float, default=40, help="seconds per page (min 5 samples)"
    )
    parser.add_argument(
        "--what-if",
        action="store_true",
        help="also measure fts and facet with suggest_facets off, and with an index on published",
    )
    parser.add_argument("--db", type=Path, help="build here (kept) instead of a scratch dir")
    parser.add_argument("--reuse", action="store_true", help="reuse --db if it is complete")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.monotonic()

    path = args.db or workdir("datasette") / "scale.db"
    wanted = {"press_releases": args.releases, "statute_sections": args.sections}
    built = None
    rows = counts(path) if args.reuse and path.exists() else {}
    if rows and all(rows[k] == v for k, v in wanted.items()):
        print(f"reusing {path}")
    else:
        for p in path.parent.glob(path.name + "*"):
            p.unlink()
        print(f"building {args.releases:,} releases and {args.sections:,} sections in {path} ...")
        built = build(path, args.releases, args.sections, args.body_sentences, args.seed)
        t = built["timings_s"]
        print(
            f"built in {t['total_s']} s (releases {t['insert_releases_s']} s, sections "
            f"{t['insert_sections_s']} s, FTS rebuild {t['fts_rebuild_s']} s); "
            f"{built['db_bytes'] / 1e9:.2f} GB"
        )
        rows = counts(path)
    results = asyncio.run(measure_pages(path, args.repeat, args.page_budget))
    variants = what_if(path, args.repeat, args.page_budget) if args.what_if else None
    fts = results.get("fts", {})
    ratios = [r["overhead_ratio"] for r in results.values() if "overhead_ratio" in r]
    worst = max(ratios) if ratios else None
    result = {
        "machine": machine(),
        "rows": rows,
        "build": built,
        "db_bytes": path.stat().st_size,
        "pages": results,
        "what_if": variants,
        "fts_p50_ms": fts.get("datasette_p50_ms"),
        "worst_overhead_ratio": worst,
        "targets": {
            "page_p50_ms_max": TARGET_PAGE_P50_MS,
            "fts_p50_ms_max": TARGET_FTS_P50_MS,
            "overhead_ratio_max": TARGET_OVERHEAD,
        },
        "verdict": {
            "fts_p50": verdict(fts.get("datasette_p50_ms"), TARGET_FTS_P50_MS, False),
            **{
                f"{name}_p50": verdict(page.get("datasette_p50_ms"), TARGET_PAGE_P50_MS, False)
                for name, page in results.items()
                if name != "fts"
            },
            "overhead": verdict(worst, TARGET_OVERHEAD, False),
        },
        "ok": all(r.get("status") == 200 for r in results.values()),
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    write_result("datasette_scale", result)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
