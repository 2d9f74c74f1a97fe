"""data/law_facts.yml: the real file loads; every kind of mistake is an error naming the file,
the jurisdiction and the field; amendments accumulate into the law's state by date."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from hotline_watch.facts import FACTS_FILE, FactsError, load_law_facts, parse_law_facts
from hotline_watch.jurisdictions import JURISDICTIONS

SRC = "https://example.gov/act"


def _doc(**overrides):
    doc = {code: {"status": "none", "confidence": "low"} for code in JURISDICTIONS}
    doc["HI"] = {
        "status": "required",
        "confidence": "high",
        "hotline": "national",
        "events": [
            {
                "event": "enacted",
                "date": "2013-07-01",
                "law": "Act 245",
                "source": SRC,
                "confidence": "high",
            },
            {
                "event": "effective",
                "date": "2014-01-01",
                "law": "Act 245",
                "source": SRC,
                "confidence": "high",
                "establishments": ["bar", "massage"],
                "penalty_amount": 100,
            },
            {
                "event": "amended",
                "date": "2015",
                "law": "L 2015 c 35",
                "source": SRC,
                "confidence": "medium",
                "establishments_added": ["lodging"],
                "establishments_removed": ["bar"],
            },
        ],
    }
    doc.update(overrides)
    return {"jurisdictions": doc}


def test_the_real_facts_file_loads():
    facts = load_law_facts()
    assert FACTS_FILE == ROOT / "data" / "law_facts.yml"
    assert set(facts) == set(JURISDICTIONS)
    hi = facts["HI"]
    effective = next(e for e in hi.events if e.event == "effective")
    assert (effective.date, effective.year, effective.month) == ("2014-01-01", 2014, 1)
    assert all(e.source.startswith("http") for f in facts.values() for e in f.events)
    required = [f for f in facts.values() if f.status == "required"]
    assert len(required) >= 28


def test_amendments_accumulate_by_date():
    facts = parse_law_facts(_doc(), Path("f.yml"))
    states = [e.state for e in facts["HI"].events]
    assert states[0] == {}  # enacted: not yet in force
    assert states[1]["establishments"] == ["bar", "massage"]
    assert states[2]["establishments"] == ["lodging", "massage"]
    assert states[2]["penalty_amount"] == 100  # unchanged by the amendment
    assert states[2]["hotline"] == "national"  # never changed: holds for the whole history


def _broken(mutate):
    doc = _doc()
    mutate(doc["jurisdictions"])
    with pytest.raises(FactsError) as excinfo:
        parse_law_facts(copy.deepcopy(doc), Path("data/law_facts.yml"))
    return str(excinfo.value)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.pop("WY"), "data/law_facts.yml: field jurisdictions: no entry for WY"),
        (
            lambda d: d["HI"]["events"][1].update(date="2014-13-01"),
            "data/law_facts.yml: HI: field events.1.date: '2014-13-01' is not YYYY",
        ),
        (
            lambda d: d["HI"]["events"][1].pop("source"),
            "HI: field events.1: missing required field 'source'",
        ),
        (lambda d: d["HI"]["events"][1].update(source="example.gov"), "HI: field events.1.source"),
        (
            lambda d: d["HI"]["events"][1].update(establishments=["spaceport"]),
            "HI: field events.1.establishments: unknown establishment code(s) spaceport",
        ),
        (
            lambda d: d["HI"]["events"][2].update(date="2012"),
            "HI: field events.2.date: 2012 is earlier than the event before it",
        ),
        (
            lambda d: d["HI"]["events"].append(
                {
                    "event": "enacted",
                    "date": "2016",
                    "law": "HB 9",
                    "source": SRC,
                    "confidence": "low",
                }
            ),
            "HI: field events.3.date: 'enacted' is the original law's enactment",
        ),
        (
            lambda d: d["HI"]["events"][1].update(date="unknown"),
            "HI: field events.1.date: an unknown date needs a note",
        ),
        (
            lambda d: d["HI"].update(events=[]),
            "HI: field events: status 'required' needs an effective or in_force_by event",
        ),
        (lambda d: d["HI"].pop("hotline"), "HI: field hotline: needed when status is 'required'"),
        (lambda d: d["HI"].update(status="mandatory"), "HI: field status: 'mandatory' is not one"),
        (lambda d: d["HI"].update(colour="red"), "HI: unknown field 'colour'"),
        (
            lambda d: d["HI"]["events"][0].update(establishments=["bar"]),
            "HI: field events.0.event: a 'enacted' event cannot change what the law requires",
        ),
        (lambda d: d.update(ZZ={"status": "none", "confidence": "low"}), "ZZ"),
    ],
)
def test_errors_name_file_jurisdiction_and_field(mutate, expected):
    assert expected in _broken(mutate)


def test_a_bad_file_is_named(tmp_path):
    bad = tmp_path / "facts.yml"
    bad.write_text("jurisdictions: [unclosed", encoding="utf-8")
    with pytest.raises(FactsError, match=f"{bad}: not valid YAML"):
        load_law_facts(bad)
    good = tmp_path / "good.yml"
    good.write_text(yaml.safe_dump(_doc()), encoding="utf-8")
    assert load_law_facts(good)["HI"].status == "required"


def test_sources_check_validates_the_facts(tmp_path, cli_env):
    from conftest import run_cli

    ok = run_cli(["sources", "check"], cli_env)
    assert ok.returncode == 0, ok.stderr
    assert "law_facts.yml: 51 jurisdictions" in ok.stdout
    bad = tmp_path / "facts.yml"
    doc = _doc()
    doc["jurisdictions"]["HI"]["events"][1]["date"] = "soon"
    bad.write_text(yaml.safe_dump(doc), encoding="utf-8")
    broken = run_cli(["sources", "check"], {**cli_env, "HOTLINE_WATCH_LAW_FACTS": str(bad)})
    assert broken.returncode == 2
    assert f"{bad}: HI: field events.1.date" in broken.stderr


def test_mirror_is_rewritten_only_when_the_facts_change(tmp_path):
    from hotline_watch.storage import Store

    store = Store(tmp_path / "f.db")
    store.sync_law_facts(parse_law_facts(_doc(), Path("a.yml")))
    writes = store.db.conn.total_changes
    store.sync_law_facts(parse_law_facts(_doc(), Path("a.yml")))
    assert store.db.conn.total_changes == writes

    changed = _doc()
    changed["jurisdictions"]["HI"]["events"][1]["penalty_amount"] = 500
    store.sync_law_facts(parse_law_facts(changed, Path("a.yml")))
    amounts = [r[0] for r in store.db.execute("select penalty_amount from law_events")]
    assert amounts == [None, 500, 500]
    store.close()


def test_registry_and_facts_agree_on_each_law_status():
    """The registry (where to fetch) and the dated facts (what is known) must not tell a
    researcher two different things; DC's enacted-but-not-in-force law is `pending` in the
    registry's coarser vocabulary."""
    from hotline_watch.registry import load_statutes

    facts = load_law_facts()
    same = {"enacted_not_in_force": "pending"}
    differ = {
        s.jurisdiction: (s.law_status, facts[s.jurisdiction].status)
        for s in load_statutes()
        if same.get(facts[s.jurisdiction].status, facts[s.jurisdiction].status) != s.law_status
    }
    assert differ == {}


def test_every_fact_cites_a_page_and_the_registrys_citation_urls():
    """A source is the page that says it, never a site's home page (the audit replaced
    four such sources); a citation's URL is one the registry fetches, so a corrected
    registry URL (CT's chapter 968, Montana's mca.legmt.gov) cannot go stale here."""
    from urllib.parse import urlsplit

    from hotline_watch.registry import load_statutes

    facts = load_law_facts()
    home_pages = [
        (f.jurisdiction, e.seq, e.source)
        for f in facts.values()
        for e in f.events
        if urlsplit(e.source).path in ("", "/") and not urlsplit(e.source).query
    ]
    assert home_pages == []
    registry = {s.jurisdiction: {sec.url for sec in s.sections} for s in load_statutes()}
    stale = [
        (code, c["url"])
        for code, f in facts.items()
        for c in f.citations
        if c.get("url") and c["url"] not in registry[code]
    ]
    assert stale == []


def test_the_audits_corrections_hold():
    """Findings of docs/law-facts-audit.md that an edit must not silently undo: change
    one only with new evidence, and record it in the audit log."""
    facts = load_law_facts()

    def first(code, event):
        return next(e for e in facts[code].events if e.event == event)

    fl = first("FL", "effective")  # Senate bill summary: effective Jan 1, 2016, NHTRC signs
    assert (fl.date, fl.state["hotline"]) == ("2016-01-01", "national")
    # CT's 2016 act expanded an existing duty: no adoption date is claimed
    assert not [e for e in facts["CT"].events if e.event == "effective"]
    ri_hotels = next(
        e for e in facts["RI"].events if "lodging" in e.changes.get("establishments_added", ())
    )
    assert ri_hotels.date == "2022-01-01"  # ch. 308 / 337 "take effect on January 1, 2022"
    ri_now = [e for e in facts["RI"].events if e.event in ("effective", "amended")][-1]
    assert ri_now.state["penalty_amount"] == 300  # the 2025 fine repeal's enactment not found
    assert all("HB03718" not in e.source for e in facts["TX"].events)  # died in committee
    assert "languages" not in first("KS", "effective").state  # AG's poster languages only
