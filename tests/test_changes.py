"""Change detection (hotline_watch.detect) through the real Store, and changes said in words."""

from __future__ import annotations

import json

import pytest

from hotline_watch.changes import Change, FieldChange, RecordRef, describe, session_law
from hotline_watch.items import FetchInfo, ReleasePage, ReleaseRecord, SectionRecord, StatutePage
from hotline_watch.storage import Store

URL = "https://www.capitol.hawaii.gov/x.htm"
V1 = "(a) Every bar shall post the hotline sign in English. (b) Fine of $100 for each offense."
V2 = (
    "(a) Every bar and truck stop shall post the hotline sign in English. "
    "(b) Fine of $250 for each offense."
)
CODING = {
    "requires_posting": True,
    "establishments": ["bar"],
    "penalties": ["$100"],
    "hotline_numbers": ["1-888-373-7888"],
    "evidence": [
        {"field": "penalties", "value": "$100", "quote": "Fine of $100 for each offense."}
    ],
}
CODING_2 = {
    **CODING,
    "establishments": ["bar", "truck_stop"],
    "penalties": ["$250"],
    "evidence": [
        {"field": "penalties", "value": "$250", "quote": "(b) Fine of $250 for each offense."},
        {"field": "establishments", "value": "truck_stop", "quote": "Every bar and truck stop"},
    ],
}


def statute_page(
    text=V1,
    when="2026-11-01T00:00:00+00:00",
    coding=None,
    outcome="ok",
    body=None,
    url=URL,
    number="371-20",
):
    sections = []
    if outcome == "ok":
        sections = [
            SectionRecord(
                jurisdiction="HI",
                code="HRS",
                section_number=number,
                citation=f"Haw. Rev. Stat. § {number}",
                url=url,
                text=text,
                history="[L 2013, c 245, §1]",
                coding=dict(coding or CODING),
            )
        ]
    return StatutePage(
        source="statutes_hi",
        jurisdiction="HI",
        adapter="hi_hrs",
        fetch=FetchInfo(
            url=url,
            fetched_at=when,
            outcome=outcome,
            message=None if outcome == "ok" else "gone",
            content_hash=body if body is not None else f"bytes of {text}",
        ),
        sections=sections,
    )


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "c.db")
    yield s
    s.close()


def changes(store, run_id=None):
    where = "where run_id = ?" if run_id else ""
    rows = store.db.query(f"select * from changes {where} order by id", [run_id] if run_id else [])
    out = []
    for row in rows:
        row["types"] = json.loads(row["types"])
        row["words"] = json.loads(row["words"] or "[]")
        out.append(row)
    return out


def test_first_load_is_never_a_change(store):
    store.save_statute_page(statute_page(), 1)
    assert changes(store) == []


def test_amendment_is_one_change_said_in_words(store):
    store.save_statute_page(statute_page(), 1)
    amended = statute_page(V2, "2026-11-02T00:00:00+00:00", CODING_2)
    amended.sections[0].history = "[L 2013, c 245, §1; am L 2026, c 112, §2]"
    store.save_statute_page(amended, 2)
    (change,) = changes(store, 2)
    assert change["types"] == ["text_changed", "coding_changed"]
    assert change["summary"] == "Haw. Rev. Stat. § 371-20 amended"
    assert change["words"] == [
        "Penalty raised from $100 to $250 per offense.",
        'Added: truck stop — (a) "Every bar and truck stop"',
        "Subsections amended: (a) and (b).",
    ]
    assert change["session_law"] == "am L 2026, c 112, §2"
    assert change["redline"] == (
        "(a) Every bar {+and truck stop+} shall post the hotline sign in English.\n"
        "(b) Fine of [-$100-]{+$250+} for each offense."
    )
    assert (change["audience"], change["relevant"]) == ("advocates", 1)
    fields = json.loads(change["fields"])
    assert [f["field"] for f in fields] == ["penalties", "establishments"]
    assert fields[1]["new"] == ["bar", "truck_stop"]


def test_repeat_and_chrome_and_whitespace_are_not_changes(store):
    store.save_statute_page(statute_page(), 1)
    store.save_statute_page(statute_page(when="2026-11-02T00:00:00+00:00", body="chrome"), 2)
    spaced = V1.replace(" shall ", "  shall\n")
    store.save_statute_page(statute_page(spaced, "2026-11-03T00:00:00+00:00"), 3)
    assert changes(store) == []
    assert store.db["section_versions"].count == 2  # the re-spaced text is kept as a version


def test_same_page_bytes_with_another_text_is_a_parser_change_not_an_amendment(store):
    store.save_statute_page(statute_page(body="same bytes"), 1)
    reparsed = statute_page(V1 + " Previous | Next", "2026-11-02T00:00:00+00:00", body="same bytes")
    store.save_statute_page(reparsed, 2)
    assert changes(store) == []
    # Re-coded with improved rules (same text, same bytes): the coding change is told as such.
    recoded = {**CODING, "languages": ["English"]}
    store.save_statute_page(
        statute_page(V1 + " Previous | Next", body="same bytes", coding=recoded), 3
    )
    (change,) = changes(store, 3)
    assert change["types"] == ["coding_changed"]
    assert change["words"] == [
        "Languages: added English.",
        "The text did not change: the coding of it did (the rules improved).",
    ]


def test_new_section_on_a_watched_page_is_news_on_a_new_page_is_not(store):
    store.save_statute_page(statute_page(), 1)
    chapter = statute_page(when="2026-11-02T00:00:00+00:00", body="chapter v2")
    chapter.sections.append(
        SectionRecord("HI", "HRS", "371-21", "Haw. Rev. Stat. § 371-21", URL, "Other text.")
    )
    chapter.sections[1].coding = {"requires_posting": False}
    store.save_statute_page(chapter, 2)
    assert [(c["change_type"], c["relevant"]) for c in changes(store, 2)] == [("new_section", 0)]
    other = statute_page(url=URL + "?other", number="371-22", when="2026-11-03T00:00:00+00:00")
    store.save_statute_page(other, 3)  # a URL the registry just added: a first sight
    assert changes(store, 3) == []


def test_law_gained_is_folded_into_the_amendment(store):
    store.save_statute_page(statute_page(coding={"requires_posting": False}), 1)
    store.save_statute_page(statute_page(V2, "2026-11-02T00:00:00+00:00", CODING_2), 2)
    (change,) = changes(store, 2)
    assert change["types"] == ["law_gained", "text_changed", "coding_changed"]
    assert change["summary"] == "HI now has a hotline-posting law: Haw. Rev. Stat. § 371-20"
    assert change["words"][0] == "Now requires posting the hotline."


def test_section_gone_once_after_two_consecutive_absences_then_expected(store):
    store.save_statute_page(statute_page(), 1)
    assert store.save_statute_page(statute_page(outcome="not_found"), 2)["gone"] == 0
    assert changes(store, 2) == []
    # A network failure in between is not an absence...
    store.save_statute_page(statute_page(outcome="network_error"), 3)
    assert store.save_statute_page(statute_page(outcome="not_found"), 4)["gone"] == 0
    (gone,) = changes(store, 4)
    assert (gone["change_type"], gone["audience"], gone["relevant"]) == (
        "section_gone",
        "both",
        1,
    )
    assert "Operators: review the registry entry for HI" in gone["words"][1]
    # ...it is reported once, and from then on a not-found answer is the expected one.
    assert store.save_statute_page(statute_page(outcome="not_found"), 5)["gone"] == 1
    assert changes(store, 5) == []


def test_seen_again_resets_the_absence_count(store):
    store.save_statute_page(statute_page(), 1)
    store.save_statute_page(statute_page(outcome="not_found"), 2)
    store.save_statute_page(statute_page(when="2026-11-03T00:00:00+00:00", body="back"), 3)
    store.save_statute_page(statute_page(outcome="not_found"), 4)
    assert [c for c in changes(store) if c["change_type"] == "section_gone"] == []


def test_older_archive_does_not_roll_the_text_back_or_alert(store):
    store.save_statute_page(statute_page(V2, "2026-11-05T00:00:00+00:00"), 1)
    store.save_statute_page(statute_page(V1, "2026-10-01T00:00:00+00:00"), 2)
    assert store.db["statute_sections"].get("HI:HRS:371-20")["text"] == V2
    assert store.db["section_versions"].count == 2  # kept as history
    assert changes(store) == []


def release_page(title, body, promotes, url, published="2026-11-01", when="2026-11-02T00:00:00"):
    release = ReleaseRecord(jurisdiction="CA", url=url, title=title, body=body, published=published)
    release.coding = {
        "promotes_hotline": promotes,
        "campaign_types": ["billboard"] if promotes else [],
        "hotline_numbers": ["1-888-373-7888"] if promotes else [],
    }
    return ReleasePage(
        source="ag_ca",
        jurisdiction="CA",
        kind="release",
        fetch=FetchInfo(url=url, fetched_at=when + "+00:00", outcome="ok"),
        releases=[release],
    )


NEWS = "https://oag.ca.gov/news/press-releases/"


def test_releases_after_the_newsroom_baseline(store):
    store.save_release_page(release_page("Old news", "Settlement.", False, NEWS + "a"), 1)
    assert changes(store) == []  # the newsroom's first crawl
    store.save_release_page(
        release_page("AG launches billboards", "Call 1-888-373-7888.\n\nMore.", True, NEWS + "b"),
        2,
    )
    store.save_release_page(release_page("AG sues ExxonMobil", "Oil.", False, NEWS + "c"), 2)
    store.save_release_page(
        release_page("Years-old release", "Renamed URL.", True, NEWS + "d", "2024-01-01"), 2
    )
    got = [(c["types"], c["relevant"], c["lead"]) for c in changes(store, 2)]
    assert got == [
        (["new_campaign", "new_release"], 1, "Call 1-888-373-7888."),
        (["new_release"], 0, "Oil."),
    ]
    assert store.db["campaigns"].count == 2


def test_operators_hear_parse_errors_apart_from_other_failures(store):
    for n, outcome in enumerate(("ok", "parse_error"), 1):
        run_id = store.start_run("crawl", "test", "t")
        page = statute_page(outcome=outcome, when=f"2026-11-0{n}T00:00:00+00:00")
        store.save_statute_page(page, run_id)
        errors = outcome != "ok"
        store.record_source_result(run_id, "statutes_hi", 1, 1 - errors, errors, "layout")
        store.finish_run(run_id)
    (change,) = changes(store, run_id)
    assert (change["change_type"], change["audience"]) == ("parse_error", "operators")


# -- in words ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "old, new, quotes, said",
    [
        (["$100"], ["$500"], {"$500": "fined not more than $500 for each separate offense"},
         ["Penalty raised from $100 to $500 per offense."]),
        (["$1,000"], ["$500"], {}, ["Penalty lowered from $1,000 to $500."]),
        # Structured penalties (amount + unit), as the coding may give them.
        ([{"amount": 100, "unit": "offense"}], [{"amount": 500, "unit": "offense"}], {},
         ["Penalty raised from $100 to $500 per offense."]),
        ([{"amount": 100, "unit": "day"}], [{"amount": 100, "unit": "offense"}], {},
         ["Penalty changed from $100 per day to $100 per offense."]),
        # The coding engine's labels (penalties with their unit and bound).
        (["up to $100 per day"], ["up to $500 per day"], {},
         ["Maximum penalty raised from $100 to $500 per day."]),
        (["$250 (second violation)"], ["$300 (second violation)"], {},
         ["Penalty raised from $250 to $300 (second violation)."]),
        (["up to $100 per day"], ["at least $500 per day"], {},
         ["Penalty raised from up to $100 per day to at least $500 per day."]),
        ([], ["$250", "misdemeanor"], {}, ["Penalty added: $250, misdemeanor."]),
        (["warning", "$50"], ["$50"], {}, ["Penalty removed: warning."]),
    ],
)  # fmt: skip
def test_penalties_in_words(old, new, quotes, said):
    assert describe([FieldChange("penalties", old, new, {}, quotes)], None, None) == said


def test_other_fields_in_words():
    fields = [
        FieldChange("languages", ["English"], ["English", "Spanish"]),
        FieldChange("sign_size", "8.5 x 11 inches", "11 x 17 inches"),
        FieldChange("effective_date", None, "2027-01-01"),
        FieldChange("agency", "department", None),
        FieldChange("establishments", ["bar", "massage"], ["bar"]),
        FieldChange("requires_posting", True, False),
    ]
    assert describe(fields, "old", "new") == [
        "No longer requires posting the hotline.",
        "Removed: massage.",
        "Sign size changed from 8.5 x 11 inches to 11 x 17 inches.",
        "Languages: added Spanish.",
        "Agency no longer stated (was department).",
        "Effective date now stated: 2027-01-01.",
    ]


def test_session_law_from_the_history_note():
    old = "[L 2013, c 245, §1; am L 2015, c 35, §11]"
    assert session_law(old, old[:-1] + "; am L 2026, c 112, §2]") == "am L 2026, c 112, §2"
    assert session_law(old, old) is None
    assert session_law(None, old) is None  # nothing to compare with: no claim


def test_change_types_are_checked():
    record = RecordRef("bills", "HI:HB1", "HI", "HB 1", "https://example.gov")
    assert Change("bill_status", record, "HB 1 passed").audience == "advocates"
    with pytest.raises(ValueError, match="unknown change type 'bill_moved'"):
        Change("bill_moved", record, "HB 1 moved")
