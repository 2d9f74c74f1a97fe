"""Datasette for hotline-watch: the database always appears as /hotline, with metadata.yml.

Besides Datasette's own pages it serves, from `templates/`:

* the home page with a tile-grid map of the 51 jurisdictions coloured by law status;
* a page per jurisdiction, `/state/HI`: status, citations, section texts and their versions,
  the coded fields with their evidence, AG campaigns and recent changes.

Read-only by construction: Datasette reads through `mode=ro` connections, and every connection
to the database also gets `PRAGMA query_only`, so no query, canned query or plugin can write.
The database stays "mutable" for Datasette (not `immutable=1`): crawls write to it in WAL mode
while it is served, and immutable mode would make SQLite skip locking and ignore the WAL, so
readers could miss committed pages or read a half-checkpointed file.

Scraped text is only ever rendered as text: templates rely on Jinja autoescaping and never mark
database values safe; the one cell renderer here escapes what it shows.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import yaml
from datasette import hookimpl
from datasette.app import Datasette
from datasette.plugins import pm
from datasette.utils import parse_metadata
from markupsafe import Markup, escape

from hotline_watch.config import METADATA, ROOT
from hotline_watch.fastsql import REQUEST_MEMO, HotlineDatabase
from hotline_watch.storage import FACET_COUNTED, facet_rows_table

DB_NAME = "hotline"  # metadata.yml and every link are keyed by this name, whatever the file is
TEMPLATES = ROOT / "templates"
SETTINGS = {
    "sql_time_limit_ms": 3000,  # researchers' ad-hoc SQL must not hog the server
    "default_page_size": 50,
    "allow_download": True,
    "max_returned_rows": 5000,
    # Every table and view has curated facets in metadata.yml. Suggestions would run one query
    # per column on each page view: seconds on the researcher views once the data grows.
    "suggest_facets": False,
}
STATE_TEMPLATE = "pages/state/{code}.html"
#: gzip level for responses (asgi_wrapper).
GZIP_LEVEL = 1
#: Memory-mapped I/O for served connections (SQLite caps it at its build's maximum, often 2 GB).
MMAP_BYTES = 8 * 1024**3

#: Law status codes (state_overview.law_status) and how pages name them. "pending" and
#: "unknown" come from the registry's research and are never shown as "none".
STATUS_LABELS = {
    "required": "Required",
    "encouraged": "Encouraged only",
    "pending": "Pending (bills, or enacted but not in force)",
    "unknown": "Unknown",
    "none": "None found",
}
#: Short tile notes per status.
STATUS_NOTES = {"required": "req.", "encouraged": "enc.", "pending": "pend.", "unknown": "?"}

#: How far a registry URL is verified (registry_sections.verified), as the state page says it.
VERIFICATION_LABELS = {
    "capture": "official URL; a saved copy of this page was parsed",
    "template": "official URL; same template as a real page of this site that was parsed",
    "documented": "documented URL pattern; no page of it parsed yet",
    "unverified": "unverified URL (a guess or a bill page), not yet fetched",
}

#: Tile-grid map: jurisdiction -> (column, row), 11 columns x 8 rows, roughly geographic.
TILE_GRID: dict[str, tuple[int, int]] = {
    "ME": (10, 0),
    "WI": (5, 1), "VT": (9, 1), "NH": (10, 1),
    "WA": (0, 2), "ID": (1, 2), "MT": (2, 2), "ND": (3, 2), "MN": (4, 2), "IL": (5, 2),
    "MI": (6, 2), "NY": (8, 2), "MA": (9, 2),
    "OR": (0, 3), "NV": (1, 3), "WY": (2, 3), "SD": (3, 3), "IA": (4, 3), "IN": (5, 3),
    "OH": (6, 3), "PA": (7, 3), "NJ": (8, 3), "CT": (9, 3), "RI": (10, 3),
    "CA": (0, 4), "UT": (1, 4), "CO": (2, 4), "NE": (3, 4), "MO": (4, 4), "KY": (5, 4),
    "WV": (6, 4), "VA": (7, 4), "MD": (8, 4), "DE": (9, 4),
    "AZ": (1, 5), "NM": (2, 5), "KS": (3, 5), "AR": (4, 5), "TN": (5, 5), "NC": (6, 5),
    "SC": (7, 5), "DC": (8, 5),
    "OK": (3, 6), "LA": (4, 6), "MS": (5, 6), "AL": (6, 6), "GA": (7, 6),
    "HI": (0, 7), "AK": (1, 7), "TX": (3, 7), "FL": (8, 7),
}  # fmt: skip

_STATE_PATH = re.compile(r"/state/([A-Za-z]{2})$")
_STATE_PAGE_VALUE = re.compile(r"^/state/[A-Z]{2}$")


def make_datasette(db_path: str | os.PathLike) -> Datasette:
    """A configured Datasette instance serving `db_path` (read-only) as /hotline."""
    try:
        metadata = parse_metadata(Path(METADATA).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:  # pragma: no cover - guarded by tests/test_metadata.py
        raise ValueError(f"{METADATA}: not valid YAML: {exc}") from exc
    from hotline_watch import bills_web

    for plugin in (sys.modules[__name__], bills_web):
        if not pm.is_registered(plugin):  # (already registered if installed as an entry point)
            pm.register(plugin, name=plugin.__name__)
    ds = Datasette(
        [],
        metadata=metadata,
        settings=SETTINGS,
        cors=False,
        template_dir=str(TEMPLATES),
    )
    database = HotlineDatabase(
        ds,
        path=str(db_path),
        is_mutable=True,
        counted=FACET_COUNTED,
        facet_rows={table: facet_rows_table(table) for table in FACET_COUNTED},
    )
    ds.add_database(database, name=DB_NAME)
    ds.remove_database("_memory")  # only /hotline is served
    return ds


def serve(db_path: str | os.PathLike, host: str, port: int) -> None:
    """Run Datasette with uvicorn until interrupted."""
    from asyncio import run

    import uvicorn

    ds = make_datasette(db_path)
    run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)


# -- data for the templates -------------------------------------------------------------------


def safe_url(value: Any) -> str:
    """A scraped URL for an href: http(s) only, anything else (javascript:, data:...) -> "#"."""
    if isinstance(value, str) and re.match(r"^https?://", value.strip(), re.IGNORECASE):
        return value.strip()
    return "#"


def short_time(value: Any) -> str:
    """An ISO 8601 UTC timestamp as "2026-11-28 18:12 UTC" (anything else unchanged)."""
    if isinstance(value, str) and re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d", value):
        suffix = " UTC" if value.endswith(("+00:00", "Z")) else ""
        return value[:16].replace("T", " ") + suffix
    return "" if value is None else str(value)


def _list(value: Any) -> list:
    """A JSON-array column as a Python list ([] for empty or malformed values)."""
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return [value]
    return parsed if isinstance(parsed, list) else [parsed]


async def _rows(datasette: Datasette, sql: str, params: dict | None = None) -> list[dict]:
    result = await datasette.get_database(DB_NAME).execute(sql, params or {})
    return [dict(row) for row in result.rows]


async def _has_views(datasette: Datasette) -> bool:
    """The researcher views and the state overview exist (a database not yet opened by this
    version's writer may lack them)."""
    db = datasette.get_database(DB_NAME)
    return "hotline_laws" in await db.view_names() and "state_overview" in await db.table_names()


async def map_tiles(datasette: Datasette) -> dict[str, Any] | None:
    """The home page map: one tile per jurisdiction, plus counts per status for the legend.

    None when the database lacks the views (then the page says how to add them)."""
    if not await _has_views(datasette):
        return None
    rows = await _rows(
        datasette,
        "select code, name, law_status, law_status_basis, campaigns, citations, "
        "registry_confidence, hotline_named from state_overview order by code",
    )
    tiles = []
    for row in rows:
        if row["code"] not in TILE_GRID:  # pragma: no cover - the 51 are fixed
            continue
        column, line = TILE_GRID[row["code"]]
        tiles.append(
            {
                **row,
                "column": column + 1,
                "row": line + 1,
                "label": STATUS_LABELS.get(row["law_status"], row["law_status"]),
                "note": STATUS_NOTES.get(row["law_status"], "–"),
                "citations": _list(row["citations"]),
            }
        )
    counts = {status: 0 for status in STATUS_LABELS}
    registry = 0
    for tile in tiles:
        counts[tile["law_status"]] = counts.get(tile["law_status"], 0) + 1
        registry += tile["law_status_basis"] == "registry"
    return {"tiles": tiles, "counts": counts, "labels": STATUS_LABELS, "from_registry": registry}


async def state_page(datasette: Datasette, code: str) -> dict[str, Any] | None:
    """Everything the page of one jurisdiction shows; None for an unknown code."""
    if not await _has_views(datasette):
        return None
    params = {"code": code.upper()}
    overview = await _rows(datasette, "select * from state_overview where code = :code", params)
    if not overview:
        return None
    state = dict(overview[0])
    state["label"] = STATUS_LABELS.get(state["law_status"], state["law_status"])
    for column in ("citations", "citation_urls", "establishments", "languages", "penalties"):
        state[column] = _list(state[column])
    state["citation_links"] = list(zip(state["citations"], state["citation_urls"], strict=False))
    # Checked since the last fetch by a site's change list (no page fetched): shown apart.
    confirmed = await _rows(
        datasette,
        "select max(last_confirmed) as at from statute_sections where jurisdiction = :code",
        params,
    )
    at = confirmed[0]["at"] if confirmed else None
    state["confirmed_at"] = at if at and (not state["as_of"] or at > state["as_of"]) else None
    registry = await _rows(
        datasette,
        "select id, kind, adapter, law_status, urls, citations, verified, notes from sources "
        "where jurisdiction = :code order by kind desc, id",
        params,
    )
    # Every citation the registry lists, with or without a URL, and whether its URL was fetched.
    cited = await _rows(
        datasette,
        """select r.citation, r.url, r.section, r.adapter, r.verified, r.notes,
             (select max(f.fetched_at) from fetches f
              where f.url = r.url and f.outcome in ('ok', 'listing')) as fetched_at,
             c.confirmed_at, c.listing_url as confirmed_by
           from registry_sections r
           left join change_list_confirmations c on c.id = (
             select max(id) from change_list_confirmations where url = r.url)
           where r.jurisdiction = :code order by r.source, r.position""",
        params,
    )
    for row in cited:
        row["label"] = VERIFICATION_LABELS.get(row["verified"], row["verified"])
        # Checked since by a change list (no fetch): shown apart from the fetch time.
        at = row["confirmed_at"]
        if not (at and row["fetched_at"] and at > row["fetched_at"]):
            row["confirmed_at"] = row["confirmed_by"] = None
        row["linked"] = bool(row["url"]) and (
            row["fetched_at"] is not None or row["verified"] != "unverified"
        )
    for row in registry:
        row["urls"], row["citations"] = _list(row["urls"]), _list(row["citations"])
        row["verified"] = _list(row["verified"])
    laws = await _rows(
        datasette,
        """select h.*, s.text, s.adapter, s.chrome_signs, p.hotlines, p.evidence,
             s.last_confirmed, s.last_confirmed_by
           from hotline_laws h
           join statute_sections s on s.id = h.section_id
           join provisions p on p.section_id = h.section_id
           where h.jurisdiction = :code
           order by h.requires_posting desc, h.citation""",
        params,
    )
    versions = await _rows(
        datasette,
        """select v.section_id, v.text_hash, v.text, v.first_seen, v.last_seen,
             v.text_hash = s.text_hash as current
           from section_versions v join statute_sections s on s.id = v.section_id
           where s.jurisdiction = :code order by v.first_seen desc""",
        params,
    )
    redlines = await _rows(
        datasette,
        """select record_id, detected_at, fetched_at, redline from changes
           where jurisdiction = :code and redline is not null
             and record_table = 'statute_sections'
           order by id desc""",
        params,
    )
    for law in laws:
        for column in ("establishments", "languages", "penalties", "hotline_numbers", "hotlines"):
            law[column] = _list(law[column])
        law["evidence"] = [e for e in _list(law["evidence"]) if isinstance(e, dict)]
        law["chrome_signs"] = _list(law["chrome_signs"])
        law["versions_list"] = [v for v in versions if v["section_id"] == law["section_id"]]
        law["redlines"] = [r for r in redlines if r["record_id"] == law["section_id"]]
    others = await _rows(
        datasette,
        """select id, citation, heading, url, adapter from statute_sections
           where jurisdiction = :code
             and id not in (select section_id from hotline_laws where jurisdiction = :code)
           order by citation limit 1000""",
        params,
    )
    campaigns = await _rows(
        datasette,
        """select c.release_id, nullif(c.published, '') as published, c.title, c.url,
             c.campaign_types, c.media, c.partners, r.body
           from campaigns c left join press_releases r on r.id = c.release_id
           where c.jurisdiction = :code
           order by nullif(c.published, '') is null, c.published desc, c.release_id""",
        params,
    )
    for campaign in campaigns:
        for column in ("campaign_types", "media", "partners"):
            campaign[column] = _list(campaign[column])
    releases = await _rows(
        datasette,
        "select count(*) as n from press_releases where jurisdiction = :code",
        params,
    )
    # What advocates follow (the changes_feed): no operators' events, nothing unrelated to the
    # hotline, and never a first load.
    changes = await _rows(
        datasette,
        """select id, detected_at, change_type, summary, url, words from changes
           where jurisdiction = :code and baseline = 0 and audience != 'operators'
             and relevant = 1
           order by id desc limit 20""",
        params,
    )
    for change in changes:
        change["words"] = _list(change["words"])
    # The dated, cited facts (data/law_facts.yml) and what the research panel derives from them
    # and from the coded text: each value with its basis, shown apart from the coded text.
    summary = await _rows(datasette, "select * from law_summary where jurisdiction = :code", params)
    events = await _rows(
        datasette,
        """select seq, event, date, law, changed, establishments, languages, sign_size, penalty,
             source, confidence, note
           from law_events where jurisdiction = :code order by seq""",
        params,
    )
    for event in events:
        event["establishments"], event["languages"] = (
            _list(event["establishments"]),
            _list(event["languages"]),
        )
    return {
        **state,
        "registry": [r for r in registry if r["kind"] == "statutes"],
        "registry_citations": cited,
        "ag_sources": [r for r in registry if r["kind"] == "ag"],
        "laws": laws,
        "other_sections": others,
        "campaign_rows": campaigns,
        "releases_fetched": releases[0]["n"],
        "recent_changes": changes,
        "facts": summary[0] if summary else None,
        "fact_events": events,
    }


# -- the plugin: template data, read-only connections, cell rendering ------------------------
# These module-level hooks make this module a Datasette plugin; make_datasette registers it.


def citation_links(value: str, row: Any) -> Markup | None:
    """A JSON list of citations (state_overview, law_summary) as readable text, each linked to
    its official URL from the row's `citation_urls` when there is one; None (Datasette's
    default) for anything that is not such a list."""
    citations = _list(value) if value.startswith("[") else None
    if not citations or not all(isinstance(c, str) for c in citations):
        return None
    try:
        urls = _list(row["citation_urls"]) or []
    except (KeyError, IndexError, TypeError):
        urls = []
    parts = []
    for i, citation in enumerate(citations):
        url = safe_url(urls[i]) if i < len(urls) else "#"
        # escape() on each value, then one Markup: Markup.format per citation cost most of a
        # state_overview page once jurisdictions list dozens of sections.
        if url != "#":
            parts.append(f'<a href="{escape(url)}">{escape(citation)}</a>')
        else:
            parts.append(str(escape(citation)))
    return Markup("; ".join(parts))


@hookimpl
def prepare_connection(conn, database):
    if database == DB_NAME:
        # Belt and braces on top of mode=ro: nothing served may ever write.
        conn.execute("PRAGMA query_only = 1")
        # Read pages straight from the OS page cache instead of a read() and copy per page into
        # each connection's 2 MB cache: a search touches tens of thousands of release rows, and
        # this halves such pages. Shared between Datasette's threads, so no memory per connection.
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")


@hookimpl
def asgi_wrapper(datasette):
    """Responses gzipped for clients that accept it (the research panel's HTML is 800 kB,
    its CSV more), and a fresh per-request memo for HotlineDatabase (fastsql.py).

    asgi-gzip is the middleware the datasette-gzip plugin installs, used directly for its
    compression level: the plugin's 9 costs several milliseconds a page; 1 costs about one
    for pages 10-20 % larger (still a quarter to a tenth of the HTML)."""
    from asgi_gzip import GZipMiddleware

    def wrap(app):
        async def with_memo(scope, receive, send):
            token = REQUEST_MEMO.set({})
            try:
                await app(scope, receive, send)
            finally:
                REQUEST_MEMO.reset(token)

        return GZipMiddleware(with_memo, minimum_size=1000, compresslevel=GZIP_LEVEL)

    return wrap


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["hw_url"] = safe_url
    env.filters["hw_time"] = short_time


@hookimpl
def extra_template_vars(template, datasette, request):
    if template == "index.html":

        async def index_vars():
            return {"hotline_map": await map_tiles(datasette)}

        return index_vars
    if template == STATE_TEMPLATE and request is not None:

        async def state_vars():
            match = _STATE_PATH.search(request.path)
            state = await state_page(datasette, match.group(1)) if match else None
            return {"state": state, "status_labels": STATUS_LABELS}

        return state_vars
    return None


@hookimpl
def render_cell(row, value, column, database, datasette):
    if database == DB_NAME and column == "citations" and isinstance(value, str):
        return citation_links(value, row)
    # state_overview.state_page holds "/state/XX": make it a link (escaped, pattern-checked).
    if (
        database == DB_NAME
        and column == "state_page"
        and isinstance(value, str)
        and _STATE_PAGE_VALUE.match(value)
    ):
        return Markup('<a href="{}">{}</a>').format(datasette.urls.path(value), value)
    return None
