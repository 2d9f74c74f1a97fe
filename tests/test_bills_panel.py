"""Enacted posting bills in the research panel (issue 12's law_evidence, basis `bill`, rank 2):
bills hand-inserted into a real Store beside hand-written law facts, read through law_evidence,
law_summary, research_panel and the read-only panel export."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hotline_watch.export import export_panel
from hotline_watch.facts import parse_law_facts
from hotline_watch.jurisdictions import JURISDICTIONS
from hotline_watch.storage import Store

YEAR = datetime.now(UTC).year
SRC = "https://example.gov/law"
UNDATED = {
    "event": "effective",
    "date": "unknown",
    "law": "the posting law",
    "source": SRC,
    "confidence": "low",
    "note": "in force today; when it took effect was not found",
}

FACTS = {
    **{code: {"status": "none", "confidence": "low"} for code in JURISDICTIONS},
    # Required, but the research never dated it: the enacted bill is the only date.
    "WY": {
        "status": "required",
        "confidence": "medium",
        "hotline": "national",
        "events": [UNDATED],
    },
    # Dated by the research (2021): a bill enacted later is an amendment, not the adoption.
    "NE": {
        "status": "required",
        "confidence": "high",
        "hotline": "national",
        "events": [
            {
                "event": "in_force_by",
                "date": "2021-03-29",
                "law": "LB 1",
                "source": SRC,
                "confidence": "medium",
            },
        ],
    },
    "KS": {"status": "required", "confidence": "high", "hotline": "national", "events": [UNDATED]},
}


def bill(code: str, number: str, status: str, **more) -> dict:
    return {
        "id": f"{code}:2025:{number}",
        "source": "bills",
        "backend": "openstates",
        "jurisdiction": code,
        "session": "2025",
        "identifier": number[:2] + " " + number[2:],
        "title": "Human trafficking hotline signs at truck stops.",
        "status": status,
        "requires_posting": 1,
        "posting_basis": "text",
        "citations": "[]",
        "official_url": f"https://legislature.example/{code.lower()}/{number}",
        **more,
    }


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bills_panel") / "panel.db"
    store = Store(path)
    store.sync_law_facts(parse_law_facts({"jurisdictions": FACTS}, Path("facts.yml")))
    # A registry entry citing K.S.A. 75-759 (as sync_sources writes it).
    store.db["sources"].insert(
        {
            "id": "ks_statutes",
            "kind": "statutes",
            "jurisdiction": "KS",
            "citations": json.dumps(["K.S.A. 75-759"]),
        },
        alter=True,
    )
    store.db["bills"].insert_all(
        [
            # In force: signed (Cheyenne's evening of Feb 24), effective July 1 per the API.
            bill(
                "WY",
                "HB42",
                "effective",
                enacted_date="2025-02-24",
                effective_date="2025-07-01",
                effective_date_basis="api",
                citations=json.dumps(["40-1-130"]),
            ),
            bill("NE", "LB77", "signed", enacted_date="2025-04-02", posting_basis="title_abstract"),
            bill(
                "KS",
                "HB2001",
                "became_law",
                enacted_date="2025-03-28",
                effective_date="2025-07-01",
                effective_date_basis="action",
                citations=json.dumps(["75-759"]),
            ),
            # Not evidence of a posting law: pending, or enacted but not about posting.
            bill("TX", "HB77", "passed_both"),
            bill("OH", "HB5", "signed", enacted_date="2025-05-01", requires_posting=0),
        ]
    )
    store.close()
    return path


def rows(db: Path, sql: str, params=()) -> list[dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def test_an_enacted_bill_is_evidence_with_basis_bill(db):
    evidence = rows(
        db,
        "select jurisdiction, basis, rank, event, date, law, source, confidence, note "
        "from law_evidence where basis = 'bill' order by jurisdiction, event",
    )
    assert evidence == [
        # Amends a section the registry knows (K.S.A. 75-759): an amendment, dated when it
        # took effect.
        {
            "jurisdiction": "KS",
            "basis": "bill",
            "rank": 2,
            "event": "amended",
            "date": "2025-07-01",
            "law": "HB 2001 (2025)",
            "source": "https://legislature.example/ks/HB2001",
            "confidence": "high",
            "note": "amends a section already known; posting duty coded from the bill text",
        },
        # Enacted after the research's 2021 date: an amendment too (dated by its enactment).
        {
            "jurisdiction": "NE",
            "basis": "bill",
            "rank": 2,
            "event": "amended",
            "date": "2025-04-02",
            "law": "LB 77 (2025)",
            "source": "https://legislature.example/ne/LB77",
            "confidence": "medium",
            "note": "enacted after earlier evidence of the law (dated by its enactment); "
            "posting duty coded from the bill title and abstracts",
        },
        # The earliest evidence of Wyoming's law: its enactment and its effective date.
        {
            "jurisdiction": "WY",
            "basis": "bill",
            "rank": 2,
            "event": "effective",
            "date": "2025-07-01",
            "law": "HB 42 (2025)",
            "source": "https://legislature.example/wy/HB42",
            "confidence": "high",
            "note": "effective date given by the bill API; posting duty coded from the bill text",
        },
        {
            "jurisdiction": "WY",
            "basis": "bill",
            "rank": 2,
            "event": "enacted",
            "date": "2025-02-24",
            "law": "HB 42 (2025)",
            "source": "https://legislature.example/wy/HB42",
            "confidence": "high",
            "note": "enacted (effective); posting duty coded from the bill text",
        },
    ]


def test_the_bill_dates_the_law_in_the_summary(db):
    summary = {r["jurisdiction"]: r for r in rows(db, "select * from law_summary")}
    wy = summary["WY"]
    assert (wy["status"], wy["status_basis"]) == ("required", "registry_fact")
    assert (wy["enacted"], wy["enacted_year"], wy["enacted_law"], wy["enacted_basis"]) == (
        "2025-02-24",
        2025,
        "HB 42 (2025)",
        "bill",
    )
    assert (wy["effective"], wy["law_since"], wy["effective_month"], wy["adoption_known"]) == (
        "2025-07-01",
        2025,
        7,
        1,
    )
    assert (wy["law_since_basis"], wy["law_since_confidence"]) == ("bill", "high")
    # A later bill never replaces a law's adoption date.
    ne = summary["NE"]
    assert (ne["effective"], ne["law_since_basis"], ne["adoption_known"]) == (
        "2021-03-29",
        "registry_fact",
        0,
    )
    assert summary["KS"]["law_since_basis"] == "missing"  # an amendment dates no adoption
    assert summary["TX"]["law_since_basis"] == "missing"  # a pending bill dates nothing
    assert summary["OH"]["law_since_basis"] == "missing"  # nor one that posts nothing


def test_the_panel_shows_the_bill_basis_and_its_dates(db):
    panel = {
        r["year"]: r
        for r in rows(db, "select * from research_panel where jurisdiction = 'WY' order by year")
    }
    assert panel[2024]["law_in_force"] == 0  # its adoption date is known: not before it
    assert panel[2024]["law_in_force_basis"] == "bill"
    first = panel[2025]
    assert (first["law_in_force"], first["law_in_force_basis"], first["months_in_force"]) == (
        1,
        "bill",
        6,  # July to December
    )
    assert (first["law_since"], first["law_since_basis"], first["adoption_known"]) == (
        2025,
        "bill",
        1,
    )
    assert (first["effective_date"], first["enacted_date"], first["enacted_year"]) == (
        "2025-07-01",
        "2025-02-24",
        2025,
    )
    if YEAR > 2025:
        later = panel[YEAR]
        assert (later["law_in_force"], later["months_in_force"], later["law_in_force_basis"]) == (
            1,
            12,
            "bill",
        )


def test_the_read_only_export_gives_the_same_bill_rows(db, tmp_path):
    out = export_panel(db, tmp_path / "panel.csv")
    exported = [
        r for r in csv.DictReader(out.read_text().splitlines()) if r["jurisdiction"] == "WY"
    ]
    served = rows(db, "select * from research_panel where jurisdiction = 'WY' order by year")
    assert [(r["year"], r["law_in_force"], r["law_in_force_basis"]) for r in exported] == [
        (
            str(r["year"]),
            "" if r["law_in_force"] is None else str(r["law_in_force"]),
            r["law_in_force_basis"],
        )
        for r in served
    ]
    assert {r["law_since_basis"] for r in exported} == {"bill"}
