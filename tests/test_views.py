"""Researcher views (state_overview, hotline_laws, law_summary, research_panel), canned
queries, the state pages and the panel export, on a small fixture database built through the
real Store API with hand-written law facts (tests/test_panel_shared.py runs the same on the
shared archive)."""

from __future__ import annotations

import asyncio
import csv
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
import sqlite_utils
import yaml

from conftest import ROOT
from hotline_watch.export import PANEL_COLUMNS, codebook_path, export_panel
from hotline_watch.facts import parse_law_facts
from hotline_watch.items import (
    FetchInfo,
    ReleasePage,
    ReleaseRecord,
    SectionRecord,
    StatutePage,
)
from hotline_watch.jurisdictions import JURISDICTIONS
from hotline_watch.storage import Store
from hotline_watch.views import VIEWS, create_views
from hotline_watch.web import TILE_GRID, make_datasette, safe_url

YEAR = datetime.now(UTC).year
RECENT = (datetime.now(UTC) - timedelta(days=10)).replace(microsecond=0).isoformat()
XSS_BODY = (
    "The Attorney General launched hotline billboards. "
    "<script>document.title='pwned'</script> "
    "<img src=x onerror=\"document.title='pwned-img';window.__pwned=1\"> "
    "Call 1-888-373-7888."
)
HI_TEXT_1 = (
    "(a) Every employer specified in subsection (b) shall post and keep posted a poster no "
    "smaller than eight and one-half inches by eleven inches that states: call the National "
    "Human Trafficking Resource Center Hotline at 1-888-373-7888.\n\n"
    "(b) Employer means any person that holds a liquor license or maintains a massage "
    "therapy establishment."
)
HI_TEXT_2 = HI_TEXT_1.replace(
    "massage therapy establishment", "massage therapy establishment or adult entertainment"
)


def _registry(jurisdiction: str, law_status: str, citations: list[tuple[str, str]]):
    """A registry entry as Store.sync_sources reads it (attribute access only)."""
    sections = [SimpleNamespace(citation=c, url=u, verified="documented") for c, u in citations]
    return SimpleNamespace(
        spider_name=f"statutes_{jurisdiction.lower()}",
        jurisdiction=jurisdiction,
        adapter="generic",
        law_status=law_status,
        allowed_domains=["example.gov"],
        fetchable=sections,
        sections=sections,
        notes=f"Registry note for {jurisdiction}.",
    )


def _statute_page(jurisdiction: str, url: str, when: str, sections: list[SectionRecord]):
    return StatutePage(
        source=f"statutes_{jurisdiction.lower()}",
        jurisdiction=jurisdiction,
        adapter="generic",
        fetch=FetchInfo(url=url, fetched_at=when, outcome="ok", status=200),
        sections=sections,
    )


def _section(jurisdiction, code, number, citation, url, text, coding, history=None):
    return SectionRecord(
        jurisdiction=jurisdiction,
        code=code,
        section_number=number,
        citation=citation,
        url=url,
        text=text,
        heading=f"Heading of {citation}",
        history=history,
        coding=coding,
    )


def _release_page(jurisdiction, url, title, body, published, coding, when):
    return ReleasePage(
        source=f"ag_{jurisdiction.lower()}",
        jurisdiction=jurisdiction,
        kind="release",
        fetch=FetchInfo(url=url, fetched_at=when, outcome="ok", status=200),
        releases=[
            ReleaseRecord(
                jurisdiction=jurisdiction,
                url=url,
                title=title,
                body=body,
                published=published,
                coding=coding,
            )
        ],
    )


HI_URL = "https://www.capitol.hawaii.gov/hrscurrent/Vol07_Ch0346-0398/HRS0371/HRS_0371-0020.htm"
TX_URL = "https://statutes.capitol.texas.gov/Docs/GV/htm/GV.402.htm"
HI_CODING = {
    "requires_posting": True,
    "establishments": ["bar", "massage"],
    "languages": ["English"],
    "sign_size": "8.5 x 11 inches",
    "hotline_numbers": ["1-888-373-7888"],
    "hotlines": ["National Human Trafficking Resource Center"],
    "penalties": ["$100"],
    "who_must_post": "Every employer specified in subsection (b)",
    "history": "[L 2013, c 245, §1; am L 2015, c 35, §11]",
    "citation": "Haw. Rev. Stat. § 371-20",
    "evidence": [{"field": "requires_posting", "value": "true", "quote": "shall post"}],
}


def _event(event, date, **more):
    return {
        "event": event,
        "date": date,
        "law": f"Act of {date}",
        "source": SRC,
        "confidence": "medium",
        **more,
    }


SRC = "https://example.gov/law"
#: Hand-written facts: every jurisdiction `none` except the cases the panel must handle.
FIXTURE_FACTS = {
    **{code: {"status": "none", "confidence": "low"} for code in JURISDICTIONS},
    "HI": {
        "status": "required",
        "confidence": "high",
        "hotline": "national",
        "scope": "private_businesses",
        "citations": [{"citation": "Haw. Rev. Stat. § 371-20", "url": HI_URL}],
        "events": [
            _event("enacted", "2013-07-01"),
            _event(
                "effective",
                "2014-01-01",
                establishments=["bar", "massage"],
                penalty="$100 per day",
                penalty_amount=100,
                languages=["English"],
            ),
            _event("amended", "2015", note="changes not seen"),
        ],
    },
    "CA": {
        "status": "required",
        "confidence": "high",
        "hotline": "both",
        "scope": "private_and_public",
        "citations": [{"citation": "Cal. Civ. Code § 52.6", "url": "https://example.gov/ca"}],
        "events": [
            _event(
                "effective",
                "2013-04-01",
                establishments=["bar", "truck_stop"],
                penalty="$500 first offense",
                penalty_amount=500,
            ),
            _event("amended", "2019-01-01", establishments_added=["lodging"]),
        ],
    },
    "FL": {
        "status": "required",
        "confidence": "high",
        "hotline": "state",
        "events": [
            _event("effective", "2015", establishments=["rest_area"]),
            _event("amended", "2024-07-01", hotline="state"),
        ],
    },
    "NE": {
        "status": "required",
        "confidence": "high",
        "hotline": "national",
        "events": [_event("in_force_by", "2021-03-29", establishments=["rest_area"])],
    },
    "IN": {"status": "unknown", "confidence": "low"},
    "DC": {
        "status": "enacted_not_in_force",
        "confidence": "high",
        "hotline": "national",
        "events": [_event("enacted", "2015-05-07")],
    },
    "ID": {"status": "encouraged", "confidence": "medium", "hotline": "both"},
}


def build_fixture_db(path: Path) -> Path:
    """A small database: HI and TX require posting (crawl), OH only names the hotline, CA falls
    back to the registry (its fetched section is unrelated), AK/ID/DC from the registry, TX has
    two dated campaigns, FL a campaign whose body carries a script (it must stay text); the
    hand-written facts above; a crawl run in which OH's newsroom lost a release."""
    store = Store(path)
    store.start_run("crawl", "live", "hotline-watch crawl")  # run 1, as a real crawl makes it
    store.sync_law_facts(parse_law_facts({"jurisdictions": FIXTURE_FACTS}, Path("fixture.yml")))
    store.sync_sources(
        [
            _registry("HI", "required", [("Haw. Rev. Stat. § 371-20", HI_URL)]),
            _registry("TX", "required", [("Tex. Gov't Code § 402.0351", TX_URL)]),
            _registry("OH", "required", [("Ohio Rev. Code § 5502.63", "https://example.gov/oh")]),
            _registry("CA", "required", [("Cal. Civ. Code § 52.6", "https://example.gov/ca")]),
            _registry("ID", "encouraged", [("Idaho Code § 18-8606", "https://example.gov/id")]),
            _registry("DC", "pending", []),
            _registry("UT", "unknown", []),
            _registry("AK", "none", []),
        ]
    )
    store.save_statute_page(
        _statute_page(
            "HI",
            HI_URL,
            "2026-01-10T00:00:00+00:00",
            [
                _section(
                    "HI", "HRS", "371-20", "Haw. Rev. Stat. § 371-20", HI_URL, HI_TEXT_1, HI_CODING
                )
            ],
        ),
        1,
    )
    store.save_statute_page(
        _statute_page(
            "HI",
            HI_URL,
            RECENT,
            [
                _section(
                    "HI",
                    "HRS",
                    "371-20",
                    "Haw. Rev. Stat. § 371-20",
                    HI_URL,
                    HI_TEXT_2,
                    {**HI_CODING, "establishments": ["adult_entertainment", "bar", "massage"]},
                )
            ],
        ),
        2,
    )
    store.save_statute_page(
        _statute_page(
            "TX",
            TX_URL,
            "2026-01-11T00:00:00+00:00",
            [
                _section(
                    "TX",
                    "GV",
                    "402.0351",
                    "Tex. Gov't Code § 402.0351",
                    TX_URL + "#402.0351",
                    "A truck stop and a bar shall display the sign: hotline 1-888-373-7888.",
                    {
                        "requires_posting": True,
                        "establishments": ["truck_stop", "bar"],
                        "languages": ["English", "Spanish"],
                        "hotline_numbers": ["1-888-373-7888"],
                        "penalties": [],
                        "effective_date": "2019-09-01",
                    },
                ),
                _section(
                    "TX",
                    "PE",
                    "19.02",
                    "Tex. Penal Code § 19.02",
                    TX_URL + "#19.02",
                    "A person commits an offense if the person intentionally causes a death.",
                    {"requires_posting": False},
                ),
            ],
        ),
        1,
    )
    store.save_statute_page(
        _statute_page(
            "OH",
            "https://example.gov/oh",
            "2026-01-12T00:00:00+00:00",
            [
                _section(
                    "OH",
                    "ORC",
                    "5502.63",
                    "Ohio Rev. Code § 5502.63",
                    "https://example.gov/oh",
                    "The state encourages businesses to post the hotline 1-888-373-7888.",
                    {"requires_posting": False, "hotline_numbers": ["1-888-373-7888"]},
                    history="Added by 131st General Assembly, 2016 HB 262.",
                )
            ],
        ),
        1,
    )
    store.save_statute_page(
        _statute_page(
            "CA",
            "https://example.gov/ca",
            "2026-01-13T00:00:00+00:00",
            [
                _section(
                    "CA",
                    "PEN",
                    "187",
                    "Cal. Penal Code § 187",
                    "https://example.gov/ca",
                    "Murder is the unlawful killing of a human being with malice aforethought.",
                    {"requires_posting": False},
                )
            ],
        ),
        1,
    )
    tx_news = "https://www.texasattorneygeneral.gov/news/"
    for url, title, published, types in (
        (tx_news + "1", "Hotline billboards on I-35", "2024-01-15", ["billboard"]),
        (tx_news + "2", "Truck stop training", "2025-06-01", ["training"]),
    ):
        store.save_release_page(
            _release_page(
                "TX",
                url,
                title,
                f"{title}. Call 1-888-373-7888.",
                published,
                {"promotes_hotline": True, "campaign_types": types, "media": ["billboards"]},
                "2026-01-14T00:00:00+00:00",
            ),
            1,
        )
    store.save_release_page(
        _release_page(
            "TX",
            "https://www.texasattorneygeneral.gov/news/3",
            "Attorney General sues a polluter",
            "Nothing about the hotline.",
            "2025-07-01",
            {"promotes_hotline": False},
            "2026-01-14T00:00:00+00:00",
        ),
        1,
    )
    store.save_release_page(
        _release_page(
            "FL",
            "https://www.myfloridalegal.com/newsrelease/hotline-billboards",
            "Hotline <b>billboards</b> across Florida",
            XSS_BODY,
            "2025-03-03",
            {"promotes_hotline": True, "campaign_types": ["billboard"], "media": ["billboards"]},
            "2026-01-15T00:00:00+00:00",
        ),
        1,
    )
    oh_news = "https://www.ohioattorneygeneral.gov/Media/News-Releases/"
    store.save_release_page(
        _release_page(
            "OH",
            oh_news + "a",
            "Sentencing",
            "No hotline.",
            "2020-05-01",
            {"promotes_hotline": False},
            "2026-01-14T00:00:00+00:00",
        ),
        1,
    )
    lost = _release_page("OH", oh_news + "b", "", "", None, None, "2026-01-14T00:00:00+00:00")
    lost.releases, lost.fetch.outcome, lost.fetch.message = [], "network_error", "timeout"
    store.save_release_page(lost, 1)
    create_views(store.db)  # until storage.ensure_schema calls it
    store.close()
    return path


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("views") / "v.db")


def query(db: Path, sql: str, params=()) -> list[dict]:
    return [dict(r) for r in sqlite_utils.Database(db).query(sql, params)]


def get(db: Path, path: str):
    async def fetch():
        return await make_datasette(db).client.get(path)

    return asyncio.run(fetch())


def rows_of(db: Path, path: str) -> list[dict]:
    response = get(db, path)
    assert response.status_code == 200, response.text[:500]
    return response.json()


# -- state_overview --------------------------------------------------------------------------


def test_state_overview_has_51_rows(fixture_db):
    rows = query(fixture_db, "select code from state_overview")
    assert len(rows) == 51
    assert {r["code"] for r in rows} == set(TILE_GRID)


def test_state_overview_on_an_empty_database_has_51_rows(tmp_path):
    store = Store(tmp_path / "empty.db")
    create_views(store.db)
    rows = list(store.db.query("select * from state_overview"))
    store.close()
    assert len(rows) == 51
    assert {r["law_status"] for r in rows} == {"none"}
    assert {r["law_status_basis"] for r in rows} == {"registry"}


@pytest.mark.parametrize(
    ("code", "status", "basis", "registry"),
    [
        ("HI", "required", "crawl", "required"),
        ("TX", "required", "crawl", "required"),
        ("OH", "encouraged", "crawl", "required"),  # the coded text wins over the registry
        ("CA", "required", "registry", "required"),  # fetched, but nothing naming the hotline
        ("ID", "encouraged", "registry", "encouraged"),
        ("DC", "pending", "registry", "pending"),  # enacted, not in force: shown as pending
        ("UT", "unknown", "registry", "unknown"),  # the research could not tell: never "none"
        ("AK", "none", "registry", "none"),
        ("WY", "none", "registry", None),  # not even in the registry
    ],
)
def test_law_status_logic(fixture_db, code, status, basis, registry):
    (row,) = query(fixture_db, "select * from state_overview where code = ?", [code])
    assert (row["law_status"], row["law_status_basis"], row["registry_law_status"]) == (
        status,
        basis,
        registry,
    )


def test_overview_fields_from_the_mandatory_sections(fixture_db):
    (hi,) = query(fixture_db, "select * from state_overview where code = 'HI'")
    assert json.loads(hi["citations"]) == ["Haw. Rev. Stat. § 371-20"]
    assert json.loads(hi["citation_urls"]) == [HI_URL]
    assert json.loads(hi["establishments"]) == ["adult_entertainment", "bar", "massage"]
    assert json.loads(hi["languages"]) == ["English"]
    assert hi["sign_size"] == "8.5 x 11 inches"
    assert json.loads(hi["penalties"]) == ["$100"]
    assert (hi["in_force_year"], hi["in_force_year_basis"]) == (2013, "history")
    assert hi["as_of"] == RECENT
    assert hi["state_page"] == "/state/HI"
    (tx,) = query(fixture_db, "select * from state_overview where code = 'TX'")
    assert json.loads(tx["citations"]) == ["Tex. Gov't Code § 402.0351"]  # not the Penal Code
    assert json.loads(tx["establishments"]) == ["bar", "truck_stop"]
    assert tx["effective_date"] == "2019-09-01"
    assert (tx["in_force_year"], tx["in_force_year_basis"]) == (2019, "effective_date")
    assert (tx["campaigns"], tx["latest_campaign_title"]) == (2, "Truck stop training")
    assert tx["latest_campaign_date"] == "2025-06-01"
    assert (tx["hotline_sections"], tx["sections_fetched"]) == (1, 2)
    (ca,) = query(fixture_db, "select * from state_overview where code = 'CA'")
    assert json.loads(ca["citations"]) == ["Cal. Civ. Code § 52.6"]  # the registry's
    assert ca["establishments"] is None  # nothing coded: unknown, not an empty list


def test_hotline_laws_keeps_only_sections_tied_to_the_hotline(fixture_db):
    rows = query(fixture_db, "select section_id, requires_posting from hotline_laws order by 1")
    assert rows == [
        {"section_id": "HI:HRS:371-20", "requires_posting": 1},
        {"section_id": "OH:ORC:5502.63", "requires_posting": 0},
        {"section_id": "TX:GV:402.0351", "requires_posting": 1},
    ]
    (oh,) = query(fixture_db, "select * from hotline_laws where jurisdiction = 'OH'")
    assert (oh["in_force_year"], oh["in_force_year_basis"]) == (2016, "history")
    (hi,) = query(fixture_db, "select * from hotline_laws where jurisdiction = 'HI'")
    assert (hi["versions"], hi["text_since"]) == (2, RECENT)


def test_create_views_is_idempotent_and_replaces_stale_views(tmp_path):
    store = Store(tmp_path / "i.db")
    db = store.db
    create_views(db)
    assert set(VIEWS) <= set(db.view_names())
    version = db.execute("pragma schema_version").fetchone()[0]
    create_views(db)  # nothing changed: the schema is left alone (readers keep their plans)
    assert db.execute("pragma schema_version").fetchone()[0] == version
    db.execute("drop view law_summary")
    db.execute("create view law_summary as select 1 as stale")
    create_views(db)
    assert len(list(db.query("select * from law_summary"))) == 51
    store.close()


def test_every_view_and_column_is_documented(fixture_db):
    tables = yaml.safe_load((ROOT / "metadata.yml").read_text())["databases"]["hotline"]["tables"]
    db = sqlite_utils.Database(fixture_db)
    missing = []
    for name in VIEWS:
        described = tables.get(name) or {}
        if not described.get("description"):
            missing.append(name)
        for column in db[name].columns_dict:
            if not (described.get("columns") or {}).get(column):
                missing.append(f"{name}.{column}")
    db.close()
    assert missing == []


# -- panel export ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def panel(fixture_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("panel") / "panel.csv"
    assert export_panel(fixture_db, out) == out
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return out, rows


def test_panel_has_51_rows_per_year_from_2007(panel):
    _, rows = panel
    years = sorted({int(r["year"]) for r in rows})
    assert years == list(
        range(2007, YEAR + 1)
    )  # the hotline's launch: every adopter has a pre-period
    assert len(rows) == 51 * len(years)
    assert len({(r["jurisdiction"], r["year"]) for r in rows}) == len(rows)


def _cells(rows):
    return {(r["jurisdiction"], int(r["year"])): r for r in rows}


def test_panel_hawaii_in_force_from_its_effective_year_not_its_enactment(panel):
    cell = _cells(panel[1])
    assert cell[("HI", 2013)]["law_in_force"] == "0"  # enacted 2013, effective 2014-01-01
    hi = cell[("HI", 2014)]
    assert (hi["law_in_force"], hi["law_in_force_basis"], hi["months_in_force"]) == (
        "1",
        "registry_fact",
        "12",
    )
    assert (hi["law_since"], hi["enacted_year"], hi["effective_date"]) == (
        "2014",
        "2013",
        "2014-01-01",
    )
    assert hi["fips"] == "15"
    # The text was fetched this year: from then on the cell rests on the official text.
    assert cell[("HI", YEAR)]["law_in_force_basis"] == "official_text"
    assert cell[("HI", YEAR)]["establishments"] == "adult_entertainment;bar;massage"


def test_panel_applies_amendments_from_the_year_they_took_effect(panel):
    cell = _cells(panel[1])
    assert cell[("CA", 2013)]["months_in_force"] == "9"  # from April 1
    assert cell[("CA", 2018)]["establishments"] == "bar;truck_stop"
    assert cell[("CA", 2018)]["amendments_in_force"] == "0"
    assert cell[("CA", 2019)]["establishments"] == "bar;lodging;truck_stop"
    assert (cell[("CA", 2019)]["amendments_in_force"], cell[("CA", 2019)]["amended_this_year"]) == (
        "1",
        "1",
    )
    assert (cell[("CA", 2019)]["penalty_amount"], cell[("CA", 2019)]["has_penalty"]) == (
        "500.0",
        "1",
    )
    assert cell[("FL", 2023)]["hotline_named"] == ""  # which hotline in 2015 is not known
    assert cell[("FL", 2024)]["hotline_named"] == "state"
    assert cell[("CA", 2012)]["establishments_count"] == "0"  # no law: a true zero
    assert cell[("CA", 2012)]["provisions_basis"] == "no_law"


def test_panel_official_text_effective_date(panel):
    cell = _cells(panel[1])
    assert (cell[("TX", 2018)]["law_in_force"], cell[("TX", 2018)]["law_in_force_basis"]) == (
        "0",
        "official_text",
    )
    tx = cell[("TX", 2019)]
    assert (tx["law_in_force"], tx["months_in_force"], tx["establishments"]) == (
        "1",
        "4",
        "bar;truck_stop",
    )


def test_panel_missing_is_never_zero(panel):
    cell = _cells(panel[1])
    # Known in force only from 2021: earlier years are unknown, not 0.
    assert (cell[("NE", 2020)]["law_in_force"], cell[("NE", 2020)]["law_in_force_basis"]) == (
        "",
        "missing",
    )
    assert (cell[("NE", 2021)]["law_in_force"], cell[("NE", 2021)]["adoption_known"]) == ("1", "0")
    assert {cell[("IN", y)]["law_in_force"] for y in range(2007, YEAR + 1)} == {""}
    assert cell[("AK", 2020)]["law_in_force"] == "0"  # status none: a known zero
    assert cell[("DC", 2020)]["law_in_force"] == "0"  # enacted, never in force
    assert cell[("ID", 2020)]["law_in_force"] == "0"  # encourage-only
    assert cell[("OH", YEAR)]["law_status_now"] == "encouraged"  # coded text beats the registry


def test_panel_campaign_counts_only_for_crawled_years(panel):
    cell = _cells(panel[1])
    assert (cell[("TX", 2025)]["campaigns_that_year"], cell[("TX", 2025)]["campaign_coverage"]) == (
        "1",
        "crawled",
    )
    assert cell[("TX", YEAR)]["campaign_coverage"] == "crawled_year_to_date"
    # TX's newsroom was read back to 2024-01-15 only: 2024 is partial, 2023 not covered.
    assert (cell[("TX", 2024)]["campaigns_that_year"], cell[("TX", 2024)]["campaign_coverage"]) == (
        "",
        "partial_year",
    )
    assert cell[("TX", 2023)]["campaign_coverage"] == "before_coverage"
    assert (cell[("AK", 2024)]["campaigns_that_year"], cell[("AK", 2024)]["campaign_coverage"]) == (
        "",
        "never_crawled",
    )
    # OH's crawl lost a release: nothing it counted can be trusted as a zero.
    assert (cell[("OH", 2020)]["campaigns_that_year"], cell[("OH", 2020)]["campaign_coverage"]) == (
        "",
        "incomplete_crawl",
    )


def test_law_summary(fixture_db):
    rows = {r["jurisdiction"]: r for r in query(fixture_db, "select * from law_summary")}
    assert len(rows) == 51
    hi = rows["HI"]
    assert (hi["status"], hi["status_basis"], hi["law_since"], hi["enacted_basis"]) == (
        "required",
        "official_text",
        2014,
        "official_text",
    )
    assert (rows["CA"]["amendments"], rows["CA"]["hotline_named"]) == (1, "both")
    assert rows["IN"]["status"] == "unknown"
    assert json.loads(rows["CA"]["citations"]) == ["Cal. Civ. Code § 52.6"]


def test_panel_pages_and_csv_stream(fixture_db, panel):
    _, csv_rows = panel
    page = get(fixture_db, "/hotline/research_panel.json?_shape=objects")
    assert page.status_code == 200
    body = page.json()
    assert len(body["rows"]) == 50 and body["next"]  # paginated
    response = get(fixture_db, "/hotline/research_panel.csv?_stream=on")
    assert response.status_code == 200
    assert list(csv.DictReader(response.text.splitlines())) == csv_rows


def test_export_formats(fixture_db, tmp_path):
    from openpyxl import load_workbook

    bom = export_panel(fixture_db, tmp_path / "p.csv", "csv-bom")
    assert bom.read_bytes().startswith(b"\xef\xbb\xbfjurisdiction,")
    assert "§" in bom.read_text(encoding="utf-8-sig")
    book = load_workbook(export_panel(fixture_db, tmp_path / "p.xlsx"), read_only=True)
    rows = list(book["panel"].iter_rows(values_only=True))
    header = rows[0]
    ak = next(r for r in rows if r[0] == "AK")
    assert ak[header.index("fips")] == "02"  # text, zero kept
    assert "codebook" in book.sheetnames
    book.close()
    with pytest.raises(ValueError, match="unknown export format"):
        export_panel(fixture_db, tmp_path / "p.txt", "tsv")


def test_codebook_describes_every_column(panel):
    out, rows = panel
    codebook = codebook_path(out)
    assert codebook.name == "panel.codebook.md"
    text = codebook.read_text(encoding="utf-8")
    columns = list(rows[0])
    assert columns == list(PANEL_COLUMNS)
    for column in columns:
        assert f"| `{column}` |" in text, column
    assert f"Rows: {len(rows)}" in text


def test_export_never_writes_the_database(fixture_db, tmp_path):
    before = fixture_db.read_bytes()
    export_panel(fixture_db, tmp_path / "p.csv")
    assert fixture_db.read_bytes() == before


def test_export_works_on_a_database_without_the_views_or_facts(tmp_path):
    store = Store(tmp_path / "old.db")
    for view in ("research_panel", "law_summary"):
        store.db.execute(f"drop view if exists {view}")  # a database from before the views
    store.db.execute("drop table law_events")  # ... and before the facts tables
    store.db.execute("drop table law_facts")
    for view in ("bill_law_events", "registry_suggestions"):  # ... and before the bills
        store.db.execute(f"drop view {view}")
    for table in ("bill_actions", "bill_versions", "bills"):
        store.db.execute(f"drop table {table}")
    store.close()
    out = export_panel(tmp_path / "old.db", tmp_path / "p.csv")
    rows = list(csv.DictReader(out.read_text().splitlines()))
    assert len(rows) == 51 * (YEAR - 2007 + 1)
    assert {r["law_in_force"] for r in rows} == {""}  # nothing known: missing, not 0


def test_export_cli(fixture_db, tmp_path, cli_env):
    from conftest import run_cli

    out = tmp_path / "out" / "panel.csv"
    result = run_cli(["export", "panel", "--db", str(fixture_db), "--out", str(out)], cli_env)
    assert result.returncode == 0, result.stderr
    assert out.exists() and codebook_path(out).exists()
    missing = run_cli(
        ["export", "panel", "--db", str(tmp_path / "no.db"), "--out", "x.csv"], cli_env
    )
    assert missing.returncode == 2
    assert "no such database" in missing.stderr


# -- canned queries, in-process Datasette ----------------------------------------------------


def test_states_requiring_posting_at_defaults_to_truck_stop(fixture_db):
    rows = rows_of(fixture_db, "/hotline/states_requiring_posting_at.json?_shape=array")
    assert [(r["jurisdiction"], r["basis"]) for r in rows] == [
        ("CA", "registry_fact"),
        ("TX", "official_text"),
    ]
    bars = rows_of(
        fixture_db, "/hotline/states_requiring_posting_at.json?_shape=array&establishment=bar"
    )
    assert [r["jurisdiction"] for r in bars] == ["CA", "HI", "TX"]


def test_states_without_mandatory_law(fixture_db):
    rows = rows_of(fixture_db, "/hotline/states_without_mandatory_law.json?_shape=array")
    codes = {r["code"] for r in rows}
    assert len(rows) == 51 - 3  # HI, TX (crawl) and CA (registry) require posting
    assert {"OH", "ID", "DC", "AK", "WY"} <= codes
    assert not {"HI", "TX", "CA"} & codes


def test_laws_by_effective_year(fixture_db):
    rows = rows_of(fixture_db, "/hotline/laws_by_effective_year.json?_shape=array")
    assert [(r["year"], r["jurisdiction_codes"], r["jurisdictions_by_then"]) for r in rows] == [
        (2013, "CA", 1),
        (2014, "HI", 2),
        (2015, "FL", 3),
        (2019, "TX", 4),
        (2021, "NE", 5),
    ]
    assert rows[-1]["effective_dates"] == "NE 2021-03-29 (registry_fact, in force by)"
    assert rows[3]["basis"] == "official_text"


def test_state_overview_citations_are_linked_text(fixture_db):
    html = get(fixture_db, "/hotline/state_overview?code=CA").text
    assert '<a href="https://example.gov/ca">Cal. Civ. Code § 52.6</a>' in html
    cell = re.search(r'<td class="col-citations[^"]*">(.*?)</td>', html, re.S).group(1)
    assert cell == '<a href="https://example.gov/ca">Cal. Civ. Code § 52.6</a>'  # no JSON


def test_campaigns_by_state_and_year(fixture_db):
    rows = rows_of(fixture_db, "/hotline/campaigns_by_state_and_year.json?_shape=array")
    assert [(r["jurisdiction"], r["year"], r["campaigns"]) for r in rows] == [
        ("FL", 2025, 1),
        ("TX", 2025, 1),
        ("TX", 2024, 1),
    ]
    tx = rows_of(
        fixture_db, "/hotline/campaigns_by_state_and_year.json?_shape=array&jurisdiction=tx"
    )
    assert {r["jurisdiction"] for r in tx} == {"TX"}
    assert tx[0]["latest_title"] == "Truck stop training"


def test_recent_changes(fixture_db):
    rows = rows_of(fixture_db, "/hotline/recent_changes.json?_shape=array")
    types = {r["change_type"] for r in rows}
    # Every source's first load is a starting point, not a change: only the HI amendment.
    assert types == {"text_changed"}
    assert rows == sorted(rows, key=lambda r: -r["id"])


def test_sections_changed_last_90_days(fixture_db):
    rows = rows_of(fixture_db, "/hotline/sections_changed_last_90_days.json?_shape=array")
    assert [(r["section_id"], r["changed_at"], r["versions"]) for r in rows] == [
        ("HI:HRS:371-20", RECENT, 2)
    ]
    assert "establishment {+or adult entertainment+}." in rows[0]["redline"]


def test_feeds_still_work(fixture_db):
    response = get(fixture_db, "/hotline/changes_feed.atom")
    assert response.status_code == 200
    assert "Haw. Rev. Stat. § 371-20 amended" in response.text


# -- pages -------------------------------------------------------------------------------------


def test_home_page_map_has_51_tiles_linking_to_state_pages(fixture_db):
    html = get(fixture_db, "/").text
    assert html.count('class="hw-tile ') == 51
    for code in TILE_GRID:
        assert f'href="/state/{code}"' in html
    assert 'data-code="HI" data-status="required"' in html
    assert 'data-code="OH" data-status="encouraged"' in html
    assert "/hotline/changes_feed.atom" in html  # the description is still there
    assert "/-/search" in html


def test_tile_grid_is_a_grid():
    assert len(TILE_GRID) == 51
    assert len(set(TILE_GRID.values())) == 51  # no two tiles in one cell


def test_state_page_shows_citation_text_versions_and_campaigns(fixture_db):
    response = get(fixture_db, "/state/TX")
    assert response.status_code == 200
    html = response.text
    assert "Texas (TX)" in html
    assert "Tex. Gov&#39;t Code § 402.0351" in html
    assert "A truck stop and a bar shall display the sign: hotline" in html
    assert "Truck stop training" in html
    assert "Tex. Penal Code § 19.02" in html  # listed among the other sections
    hi = get(fixture_db, "/state/HI").text
    assert "Version history (2)" in hi
    assert "establishment {+or adult entertainment+}." in hi


def test_state_page_shows_the_dated_facts_with_their_basis_and_sources(fixture_db):
    ca = get(fixture_db, "/state/CA").text
    facts = ca[ca.index('id="law-facts"') : ca.index('id="sections"')]
    # CA's section was not fetched: status and dates come from the researched facts.
    assert re.search(r"Status</dt>\s*<dd>Required <span[^>]*>\(registry fact, confidence h", facts)
    assert re.search(r'id="law-since">2013-04-01 <span[^>]*>\(registry fact', facts)
    events = ca[ca.index('id="law-events"') :]
    assert events.count('<a href="https://example.gov/law" rel="nofollow">source</a>') == 2
    assert "2019-01-01" in events and "lodging" in events
    # Only an "in force by" date: shown as such, never as the adoption date.
    ne = get(fixture_db, "/state/NE").text
    assert "in force by then; when it began is not known" in ne
    # Unknown stays unknown.
    ind = get(fixture_db, "/state/IN").text
    ind = ind[ind.index('id="law-facts"') : ind.index('id="sections"')]
    assert re.search(r'id="law-since">unknown</dd>', ind)
    assert "Enacted</dt>\n  <dd>unknown</dd>" in ind


def test_state_page_codes(fixture_db):
    assert get(fixture_db, "/state/ZZ").status_code == 404
    lower = get(fixture_db, "/state/hi")
    assert lower.status_code == 302
    assert lower.headers["location"] == "/state/HI"


def test_scraped_markup_is_escaped_on_the_state_page(fixture_db):
    html = get(fixture_db, "/state/FL").text
    assert "<script>document.title" not in html
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert "Hotline &lt;b&gt;billboards&lt;/b&gt; across Florida" in html


def test_state_page_cells_link_in_the_overview_table(fixture_db):
    html = get(fixture_db, "/hotline/state_overview?code=HI").text
    assert '<a href="/state/HI">/state/HI</a>' in html


def test_safe_url_refuses_script_urls():
    assert safe_url("https://example.gov/a?b=1") == "https://example.gov/a?b=1"
    assert safe_url("javascript:alert(1)") == "#"
    assert safe_url(" data:text/html,x") == "#"
    assert safe_url(None) == "#"


def test_served_read_only(fixture_db):
    async def attempt():
        ds = make_datasette(fixture_db)
        db = ds.get_database("hotline")
        with pytest.raises(Exception, match="readonly"):
            await db.execute("delete from campaigns")  # mode=ro read connections
        with pytest.raises(Exception, match="readonly"):
            await db.execute_write("delete from campaigns")  # PRAGMA query_only
        return await db.execute("select count(*) from campaigns")

    assert asyncio.run(attempt()).first()[0] == 3


def test_pages_see_what_a_crawl_writes_while_serving(tmp_path):
    """Served read-only but not immutable: a write in WAL mode shows on the next request."""
    db = build_fixture_db(tmp_path / "live.db")

    async def scenario():
        ds = make_datasette(db)
        before = (await ds.client.get("/state/AK")).text
        store = Store(db)  # a crawl, writing while the server runs
        store.save_statute_page(
            _statute_page(
                "AK",
                "https://www.akleg.gov/basis/statutes.asp#08.01.100",
                "2026-02-01T00:00:00+00:00",
                [
                    _section(
                        "AK",
                        "AS",
                        "08.01.100",
                        "Alaska Stat. § 08.01.100",
                        "https://www.akleg.gov/basis/statutes.asp#08.01.100",
                        "A licensee shall post the hotline 1-888-373-7888.",
                        {"requires_posting": True, "hotline_numbers": ["1-888-373-7888"]},
                    )
                ],
            ),
            3,
        )
        store.close()
        after = (await ds.client.get("/state/AK")).text
        return before, after

    before, after = asyncio.run(scenario())
    assert "Alaska Stat. § 08.01.100" not in before
    assert "Alaska Stat. § 08.01.100" in after
    assert 'id="law-status">Required<' in after


def test_search_all_plugin_is_installed(fixture_db):
    response = get(fixture_db, "/-/search?q=massage")
    assert response.status_code == 200
    assert "statute_sections" in response.text
    found = rows_of(fixture_db, "/hotline/statute_sections.json?_search=massage&_shape=array")
    assert [r["id"] for r in found] == ["HI:HRS:371-20"]


@pytest.mark.parametrize(
    ("note", "year", "basis"),
    [
        ("[L 2013, c 245, §1; am L 2015, c 35, §11]", 2013, "history"),
        ("Acts 2006, c 12; am 2009", 2009, "history"),  # before the hotline opened: skipped
        ("Added 12013; Acts 20151", None, "first_seen"),  # digits of longer numbers: no year
        ("2014", 2014, "history"),  # the note is the year alone
        ("   ", None, "first_seen"),
        ("No session law cited.", None, "first_seen"),
        (None, None, "first_seen"),
    ],
)
@pytest.mark.parametrize("coded", [False, True], ids=["page_note", "coded_note"])
def test_in_force_year_from_the_history_note(tmp_path, note, year, basis, coded):
    store = Store(tmp_path / "h.db")
    url = "https://example.gov/hi"
    store.save_statute_page(
        _statute_page(
            "HI",
            url,
            "2025-03-01T00:00:00+00:00",
            [
                _section(
                    "HI",
                    "HRS",
                    "1-1",
                    "Haw. Rev. Stat. § 1-1",
                    url,
                    "Post the hotline.",
                    {"requires_posting": True, **({"history": note} if coded else {})},
                    history=None if coded else note,
                )
            ],
        ),
        1,
    )
    (row,) = store.db.query("select in_force_year, in_force_year_basis from hotline_laws")
    assert (row["in_force_year"], row["in_force_year_basis"]) == (year or 2025, basis)
    store.close()


def test_hotline_laws_reads_only_the_hotline_provisions(fixture_db, tmp_path):
    """The views read the partial index of hotline provisions, not every coded section, and
    create_views adds that index to a database whose views are already current."""
    db = sqlite_utils.Database(fixture_db)
    plan = [row[3] for row in db.execute("explain query plan select * from hotline_laws")]
    assert any("USING INDEX idx_provisions_hotline" in step for step in plan), plan
    store = Store(tmp_path / "i.db")
    store.db.execute("drop index idx_provisions_hotline")
    create_views(store.db)
    assert "idx_provisions_hotline" in {i.name for i in store.db["provisions"].indexes}
    store.close()


def test_served_connections_map_the_database_file(fixture_db):
    async def mmap_size():
        ds = make_datasette(fixture_db)
        return (await ds.get_database("hotline").execute("pragma mmap_size")).first()[0]

    assert asyncio.run(mmap_size()) > 0


def test_state_page_never_shows_missing_as_none_or_zero(fixture_db):
    """A status from the registry alone has no coded fields (not "none"), and a newsroom never
    read has no campaign count (not 0); the overview table says the same with empty cells."""
    ak = get(fixture_db, "/state/AK").text
    coded = ak[ak.index("Establishments covered") : ak.index("Effective date")]
    assert coded.count("not coded: no official text fetched yet") == 4
    assert "not known: AK's AG newsroom has not been read yet" in ak
    rows = {
        r["code"]: r
        for r in get(fixture_db, "/hotline/state_overview.json?_shape=array&_size=max").json()
    }
    assert [rows["AK"][c] for c in ("establishments", "languages", "penalties", "campaigns")] == [
        None,
        None,
        None,
        None,
    ]
    assert rows["TX"]["campaigns"] == 2 and rows["TX"]["establishments"] != "[]"
    assert rows["OH"]["campaigns"] == 0  # its newsroom was read: a true zero
    tx = get(fixture_db, "/state/TX").text
    assert "not coded" not in tx[tx.index("Establishments covered") : tx.index("Effective date")]


def test_state_page_keeps_the_text_date_apart_from_the_in_force_date(fixture_db):
    """HI: the history note names the 2013 session law; the law took effect on Jan 1, 2014.
    The page must not call 2013 the year it came into force."""
    hi = get(fixture_db, "/state/HI").text
    dates = re.search(r'id="text-dates">(.*?)</span>', hi)[1]
    assert "the history note dates the section to 2013" in dates
    assert "in force from 2014-01-01 by the" in dates
