"""Research exports: the jurisdiction x year panel as CSV, with a Markdown codebook beside it.

The rows come from the `state_years` view, the same SQL the `research_panel` canned query
serves in Datasette, so the CSV file and `/hotline/research_panel.csv` always agree. The
database is opened read-only: the views are created as TEMP views on the export's own
connection, so an export never writes to the database and works on a copy someone sent you.
"""

from __future__ import annotations

import csv
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from hotline_watch.views import HOTLINE_FIRST_YEAR, create_temp_views

PANEL_SQL = "select * from state_years order by jurisdiction, year"

#: Every panel column, in CSV order, with its codebook entry (type, then meaning).
PANEL_COLUMNS: dict[str, tuple[str, str]] = {
    "jurisdiction": ("text", "USPS two-letter code of the state or DC (51 jurisdictions)."),
    "name": ("text", "Jurisdiction name."),
    "fips": ("text", "Two-digit state FIPS code, with its leading zero (read it as text)."),
    "year": ("integer", "Calendar year of the row."),
    "law_in_force": (
        "0/1 or empty",
        "1 when a fetched statute section coded as requiring the hotline notice to be posted "
        "was in force that year (its in-force year, see `law_since`, is this year or earlier); "
        "0 otherwise. Empty (missing) only where the source registry says a mandatory law "
        "exists but no section naming the hotline was fetched and coded: then the current "
        "year is 1 and earlier years are empty, because the year the law took force is "
        "unknown.",
    ),
    "law_since": (
        "integer or empty",
        "The earliest in-force year of the jurisdiction's mandatory sections (time-invariant; "
        "empty when no mandatory section was coded).",
    ),
    "law_since_basis": (
        "text or empty",
        "Where `law_since` comes from: `effective_date` (an effective date stated in the "
        f"text), `history` (the earliest year from {HOTLINE_FIRST_YEAR} on in the section's "
        "history or source note, e.g. [L 2013, c 245, §1]: the enactment or amending act; an "
        "approximation of the effective year), `first_seen` (neither was available: the year "
        "hotline-watch first saw the section, a lower bound on what we know, not the "
        "enactment year).",
    ),
    "establishments_count": (
        "integer",
        "Number of distinct establishment types covered by the mandatory sections in force "
        "that year (0 when none).",
    ),
    "establishments": (
        "text",
        "Those establishment codes, sorted and separated by `;` (e.g. bar;massage;truck_stop); "
        "the vocabulary is in the README, Coding vocabulary.",
    ),
    "languages": (
        "text",
        "Languages the notice must be in, under the mandatory sections in force that year, "
        "separated by `;`.",
    ),
    "has_penalty": (
        "0/1",
        "1 when a mandatory section in force that year states a penalty for not posting.",
    ),
    "citations": (
        "text",
        "Citations of the mandatory sections in force that year, separated by `;`.",
    ),
    "campaigns_that_year": (
        "integer",
        "Attorney General hotline campaigns (press releases coded as promoting the hotline) "
        "published that year. Releases without a publication date are not counted.",
    ),
    "campaigns_to_date": (
        "integer",
        "Campaigns published that year or earlier (cumulative `campaigns_that_year` "
        "including the years before the panel starts).",
    ),
    "law_status_now": (
        "text",
        "Today's status (time-invariant): `required` (a section requiring posting was coded, "
        "or, with basis registry, the registry says so), `encouraged` (sections naming the "
        "hotline were coded but none requires posting; or the registry says encourage-only), "
        "`none` (nothing found; includes bills only).",
    ),
    "law_status_basis": (
        "text",
        "`crawl` when `law_status_now` comes from coded sections fetched from the official "
        "site; `registry` when no section naming the hotline was fetched and coded, so the "
        "source registry's research (data/sources/statutes.yml) is used instead.",
    ),
}


def _connect_read_only(db_path: Path) -> sqlite3.Connection:
    if not db_path.exists():
        raise FileNotFoundError(f"{db_path}: no such database")
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    create_temp_views(conn)  # TEMP views live in the connection, not in the file
    conn.execute("PRAGMA query_only = 1")
    return conn


def panel_rows(db_path: str | os.PathLike) -> tuple[list[str], list[tuple]]:
    """The panel's column names and rows, read from the database (read-only)."""
    conn = _connect_read_only(Path(db_path))
    try:
        cursor = conn.execute(PANEL_SQL)
        columns = [c[0] for c in cursor.description]
        return columns, cursor.fetchall()
    finally:
        conn.close()


def codebook_path(out_csv: str | os.PathLike) -> Path:
    """`panel.csv` -> `panel.codebook.md`, beside it."""
    out = Path(out_csv)
    return out.with_name(out.stem + ".codebook.md")


def export_panel(db_path: str | os.PathLike, out_csv: str | os.PathLike) -> Path:
    """Write the jurisdiction x year panel to `out_csv` and its codebook beside it.

    Returns the CSV path. The codebook is `<stem>.codebook.md` in the same folder.
    """
    columns, rows = panel_rows(db_path)
    undocumented = [c for c in columns if c not in PANEL_COLUMNS]
    if undocumented:  # pragma: no cover - guarded by tests/test_views.py
        raise RuntimeError(f"panel columns missing from the codebook: {undocumented}")
    out = Path(out_csv)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)
    years = sorted({row[columns.index("year")] for row in rows})
    jurisdictions = len({row[0] for row in rows})
    codebook_path(out).write_text(
        _codebook(out.name, columns, len(rows), jurisdictions, years), encoding="utf-8"
    )
    return out


def _codebook(name: str, columns: list[str], n_rows: int, n_jur: int, years: list[int]) -> str:
    span = f"{years[0]}-{years[-1]}" if years else "none"
    lines = [
        f"# Codebook: {name}",
        "",
        "A jurisdiction x year panel of laws requiring the National Human Trafficking Hotline "
        "(1-888-373-7888, text 233733) to be posted, and of Attorney General hotline "
        "campaigns, exported by hotline-watch "
        f"({datetime.now(UTC).replace(microsecond=0).isoformat()}).",
        "",
        f"* Rows: {n_rows} ({n_jur} jurisdictions x {len(years)} years, {span}); one row per "
        "jurisdiction and year, sorted by jurisdiction then year.",
        "* Years run from the earliest in-force year of a coded hotline section or the "
        "earliest campaign year (never before "
        f"{HOTLINE_FIRST_YEAR}, when the hotline opened) to the current year.",
        "* Source: the `state_years` view of the hotline-watch database (the same rows as the "
        "Datasette canned query `/hotline/research_panel.csv`). Codes are machine-assigned by "
        "transparent rules from official statute text and AG press releases, each with an "
        "evidence quote in the `provisions` and `campaigns` tables: check them before citing.",
        "* A *mandatory section* is a fetched statute section coded `requires_posting = 1`.",
        "* Empty cells are missing values; lists inside a cell are separated by `;`.",
        "",
        "| column | type | meaning |",
        "|---|---|---|",
    ]
    for column in columns:
        kind, meaning = PANEL_COLUMNS[column]
        lines.append(f"| `{column}` | {kind} | {meaning} |")
    lines.append("")
    return "\n".join(lines)
