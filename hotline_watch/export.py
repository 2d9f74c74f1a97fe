"""Research exports: the jurisdiction x year panel as CSV (optionally with a UTF-8 BOM for
Excel) or .xlsx, with a Markdown codebook beside it.

The rows come from the `research_panel` view, the same SQL Datasette serves at
/hotline/research_panel, so the file and the web page always agree. The database is opened
read-only: the views are created as TEMP views on the export's own connection, so an export
never writes to the database and works on a copy someone sent you.
"""

from __future__ import annotations

import csv
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from hotline_watch.views import HOTLINE_FIRST_YEAR, create_temp_views

PANEL_SQL = "select * from research_panel order by jurisdiction, year"

_BASIS = (
    " Basis words: `official_text` (coded from a fetched official section), `registry_fact` "
    "(dated, cited facts in data/law_facts.yml), `bill` (enacted bill data), `missing`."
)

#: Every panel column, in file order, with its codebook entry: type, basis, meaning and caveats.
PANEL_COLUMNS: dict[str, tuple[str, str, str]] = {
    "jurisdiction": ("text", "-", "USPS two-letter code of the state or DC (51 jurisdictions)."),
    "name": ("text", "-", "Jurisdiction name."),
    "fips": (
        "text",
        "-",
        "Two-digit state FIPS code with its leading zero. Read it as text (the .xlsx export "
        "stores it as text; a spreadsheet opening the CSV may drop the zero).",
    ),
    "year": ("integer", "-", f"Calendar year, {HOTLINE_FIRST_YEAR} (the hotline's launch) to now."),
    "law_in_force": (
        "0/1 or empty",
        "`law_in_force_basis`",
        "1 when a law REQUIRING the hotline notice to be posted was in force in any part of the "
        "year; 0 when none was (encourage-only laws, bills, and laws enacted but never in force "
        "count as 0); empty when unknown: the jurisdiction's status is unknown, or the year is "
        "before the first year the law is known to be in force and its adoption date is not "
        "known (`adoption_known` = 0). Never filled in by guessing.",
    ),
    "law_in_force_basis": (
        "text",
        "-",
        "Where `law_in_force` comes from: coded official text for years from the one the text "
        "took effect (stated) or was fetched; else the dated facts; else `missing`." + _BASIS,
    ),
    "confidence": (
        "high/medium/low or empty",
        "-",
        "Confidence of the evidence `law_in_force` rests on (the fact's own confidence; `high` "
        "for coded official text).",
    ),
    "months_in_force": (
        "0-12 or empty",
        "`law_since_basis`",
        "Months of the year the law was in force, for part-year exposure: 13 minus the "
        "effective month in the year it took effect (empty when only the year is known), 12 "
        "afterwards, 0 when not in force. The current year counts 12 although it is not over.",
    ),
    "law_since": (
        "integer or empty",
        "`law_since_basis`",
        "Year the posting duty took effect (time-invariant). With `adoption_known` = 0 it is "
        "only the first year the law is known to be in force: adoption was that year or earlier.",
    ),
    "law_since_basis": ("text", "-", "Where `law_since` comes from." + _BASIS),
    "adoption_known": (
        "0/1 or empty",
        "`law_since_basis`",
        "1 when `law_since` is the year the law took effect; 0 when only a date it was in "
        "force by is known (treat earlier years as unknown, not as untreated).",
    ),
    "effective_date": (
        "text",
        "`law_since_basis`",
        "Date the law took effect, as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD. "
        "Where the act took effect before the posting duty began (CA, MO), the duty's start.",
    ),
    "effective_month": ("integer or empty", "`law_since_basis`", "Month of `effective_date`."),
    "enacted_date": (
        "text or empty",
        "registry_fact / official_text",
        "Date the original law was enacted (signed or became law), as precise as the source; "
        "from a section's history note the year of the earliest act cited.",
    ),
    "enacted_year": ("integer or empty", "as `enacted_date`", "Year of `enacted_date`."),
    "amendments_in_force": (
        "integer or empty",
        "registry_fact",
        "Dated amendments that had taken effect by that year (0 when no law). Amendments whose "
        "date is unknown are not counted.",
    ),
    "amended_this_year": ("0/1 or empty", "registry_fact", "1 when an amendment took effect."),
    "establishments_count": (
        "integer or empty",
        "`provisions_basis`",
        "Establishment types covered that year, with amendments applied from the year they "
        "took effect (not today's list applied backwards); 0 when no law; empty when a law was "
        "in force but its list is unknown.",
    ),
    "establishments": (
        "text",
        "`provisions_basis`",
        "Those establishment codes, sorted, separated by `;` (vocabulary: README, Coding "
        "vocabulary). Lists from facts may be partial where an amendment's content was not seen.",
    ),
    "languages": ("text or empty", "`provisions_basis`", "Languages required that year, `;`."),
    "sign_size": ("text or empty", "`provisions_basis`", "Minimum sign size that year."),
    "provisions_basis": (
        "text",
        "-",
        "Where establishments, languages and sign size come from; `no_law` when no law was in "
        "force." + _BASIS,
    ),
    "has_penalty": (
        "0/1 or empty",
        "`penalty_basis`",
        "1 when a penalty for not posting applied that year; 0 when none did or no law was in "
        "force; empty when the penalty clause was not captured.",
    ),
    "penalty": ("text or empty", "`penalty_basis`", "The penalty as stated that year."),
    "penalty_amount": (
        "number or empty",
        "`penalty_basis`",
        "USD amount of the first fine (0 = no fine). Per-day and per-restroom fines are given "
        "per day / restroom; empty when the amount was not captured.",
    ),
    "penalty_basis": ("text", "-", "Where the penalty columns come from." + _BASIS),
    "hotline_named": (
        "text or empty",
        "official_text / registry_fact",
        "`national` (the National Human Trafficking Hotline), `state`, `both` or `unknown`: the "
        "hotline the law named that year (e.g. FL names its state line from 2024).",
    ),
    "scope": (
        "text or empty",
        "registry_fact",
        "Who had to post that year: `private_businesses`, `public_bodies_only` (e.g. state rest "
        "areas), `private_and_public`, `unknown`.",
    ),
    "citations": ("text", "as `law_status_basis`", "Citations of the law today, `;`-separated."),
    "campaigns_that_year": (
        "integer or empty",
        "`campaign_coverage`",
        "Attorney General press releases coded as promoting the hotline, published that year. "
        "Empty (not 0) unless the office's newsroom was crawled back to January 1 of that year "
        "with no release missing: a true zero and 'never looked' are different things.",
    ),
    "campaign_coverage": (
        "text",
        "-",
        "Why `campaigns_that_year` is or is not counted: `crawled`, `crawled_year_to_date` "
        "(the current year), `partial_year` (coverage starts during the year), "
        "`before_coverage`, `incomplete_crawl` (the latest crawl missed releases), "
        "`no_dated_releases`, `never_crawled`. Backfill with `hotline-watch crawl ag_xx "
        "--since YYYY-MM-DD`.",
    ),
    "law_status_now": (
        "text",
        "`law_status_basis`",
        "Today's status (time-invariant): `required`, `encouraged`, `none`, `pending` (bills "
        "only), `enacted_not_in_force`, `unknown`.",
    ),
    "law_status_basis": (
        "text",
        "-",
        "Where `law_status_now` comes from: `official_text`, `registry_fact`, "
        "`registry_status` (data/sources/statutes.yml, when no facts were loaded), `missing`.",
    ),
}

#: Export formats: `csv`, `csv-bom` (UTF-8 with a byte-order mark, which Excel needs to read
#: "§" and accents) and `xlsx` (typed cells, FIPS kept as text, the codebook on a second sheet).
FORMATS = ("csv", "csv-bom", "xlsx")


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


def export_panel(
    db_path: str | os.PathLike, out: str | os.PathLike, fmt: str | None = None
) -> Path:
    """Write the jurisdiction x year panel to `out` and its codebook beside it.

    `fmt` is one of FORMATS; by default `xlsx` for a .xlsx file name, else `csv`. Returns the
    path written. The codebook is `<stem>.codebook.md` in the same folder.
    """
    fmt = fmt or ("xlsx" if str(out).lower().endswith(".xlsx") else "csv")
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    columns, rows = panel_rows(db_path)
    undocumented = [c for c in columns if c not in PANEL_COLUMNS]
    if undocumented:  # pragma: no cover - guarded by tests/test_views.py
        raise RuntimeError(f"panel columns missing from the codebook: {undocumented}")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    years = sorted({row[columns.index("year")] for row in rows})
    jurisdictions = len({row[0] for row in rows})
    codebook = _codebook(out.name, columns, len(rows), jurisdictions, years)
    if fmt == "xlsx":
        _write_xlsx(out, columns, rows, codebook)
    else:
        # utf-8-sig writes the BOM Excel looks for; other tools read either.
        encoding = "utf-8-sig" if fmt == "csv-bom" else "utf-8"
        with out.open("w", newline="", encoding=encoding) as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            writer.writerows(rows)
    codebook_path(out).write_text(codebook, encoding="utf-8")
    return out


def _write_xlsx(out: Path, columns: list[str], rows: list[tuple], codebook: str) -> None:
    """The panel on sheet 'panel' (header frozen, FIPS as text) and the codebook on 'codebook'."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("panel")
    sheet.freeze_panes = "A2"
    sheet.append(columns)
    fips = columns.index("fips")
    for row in rows:
        values = list(row)
        if values[fips] is not None:
            values[fips] = str(values[fips])  # a string cell: Excel keeps "06", never 6
        sheet.append(values)
    notes = book.create_sheet("codebook")
    for line in codebook.splitlines():
        notes.append([line])
    book.save(out)


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
        f"* Years run from {HOTLINE_FIRST_YEAR} (the hotline opened in December 2007) to the "
        "current year, for every jurisdiction, so early adopters have a pre-period.",
        "* Source: the `research_panel` view of the hotline-watch database (the same rows as "
        "`/hotline/research_panel` in Datasette). Every derived cell has a basis: coded "
        "official text where a section was fetched (codes are machine-assigned by transparent "
        "rules, each with an evidence quote in the `provisions` table), else the dated, cited "
        "facts of data/law_facts.yml (each with its source URL and confidence: see the "
        "`law_events` table), else missing. Check the sources before citing.",
        "* Empty cells are missing values, never zeros; lists inside a cell are separated by `;`.",
        "* Caveats: an amendment's content is applied only where its source says what it "
        "changed; a law known only to be in force by some date leaves earlier years empty; "
        "campaign counts exist only for years a newsroom was fully crawled.",
        "",
        "| column | type | basis | meaning and caveats |",
        "|---|---|---|---|",
    ]
    for column in columns:
        kind, basis, meaning = PANEL_COLUMNS[column]
        lines.append(f"| `{column}` | {kind} | {basis} | {meaning} |")
    lines.append("")
    return "\n".join(lines)
