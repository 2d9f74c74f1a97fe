"""Change detection: stored with each page, from legal text and coded fields only."""

from __future__ import annotations

import json

import pytest

from hotline_watch.changes import describe_field_change, redline, redline_html
from hotline_watch.items import FetchInfo, ReleasePage, ReleaseRecord, SectionRecord, StatutePage
from hotline_watch.storage import Store

URL = "https://www.capitol.hawaii.gov/x.htm"
V1 = "(a) Every bar shall post the hotline sign in English. (b) Fine of $100."
V2 = "(a) Every bar and truck stop shall post the hotline sign in English. (b) Fine of $250."


def statute_page(text=V1, when="2026-11-01T00:00:00+00:00", coding=None, outcome="ok"):
    sections = []
    if outcome == "ok":
        sections = [
            SectionRecord(
                jurisdiction="HI",
                code="HRS",
                section_number="371-20",
                citation="Haw. Rev. Stat. § 371-20",
                url=URL,
                text=text,
                coding=coding
                or {"requires_posting": True, "establishments": ["bar"], "penalties": ["$100"]},
            )
        ]
    return StatutePage(
        source="statutes_hi",
        jurisdiction="HI",
        adapter="hi_hrs",
        fetch=FetchInfo(
            url=URL, fetched_at=when, outcome=outcome, message=None if outcome == "ok" else "gone"
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
    return list(
        store.db.query(
            f"select change_type, field, old_value, new_value, baseline, summary, redline "
            f"from changes {where} order by id",
            [run_id] if run_id else [],
        )
    )


def test_first_load_is_baseline_then_real_changes_are_not(store):
    run1 = store.start_run("crawl", "test", "t")
    store.save_statute_page(statute_page(), run1)
    first = changes(store, run1)
    assert [c["change_type"] for c in first] == ["new_section", "law_gained"]
    assert all(c["baseline"] == 1 for c in first)

    run2 = store.start_run("crawl", "test", "t")
    store.save_statute_page(
        statute_page(
            V2,
            "2026-11-02T00:00:00+00:00",
            {
                "requires_posting": True,
                "establishments": ["bar", "truck_stop"],
                "penalties": ["$250"],
            },
        ),
        run2,
    )
    second = changes(store, run2)
    assert [(c["change_type"], c["field"]) for c in second] == [
        ("text_changed", None),
        ("coding_changed", "establishments"),
        ("coding_changed", "penalties"),
    ]
    assert all(c["baseline"] == 0 for c in second)
    assert "{+and truck stop+}" in second[0]["redline"]
    assert "[-$100.-]" in second[0]["redline"] and "{+$250.+}" in second[0]["redline"]
    assert json.loads(second[1]["new_value"]) == ["bar", "truck_stop"]
    assert "+ truck_stop" in second[1]["summary"]


def test_repeat_produces_no_change(store):
    store.save_statute_page(statute_page(), 1)
    before = store.db["changes"].count
    store.save_statute_page(statute_page(when="2026-11-03T00:00:00+00:00"), 2)
    assert store.db["changes"].count == before


def test_section_gone_only_after_two_consecutive_absences(store):
    store.save_statute_page(statute_page(), 1)
    store.save_statute_page(statute_page(outcome="not_found"), 2)
    assert [c["change_type"] for c in changes(store, 2)] == []
    # A network failure in between is not an absence...
    store.save_statute_page(statute_page(outcome="network_error"), 3)
    store.save_statute_page(statute_page(outcome="not_found"), 4)
    assert [c["change_type"] for c in changes(store, 4)] == ["section_gone"]
    # ...and it is reported once.
    store.save_statute_page(statute_page(outcome="not_found"), 5)
    assert changes(store, 5) == []


def test_seen_again_resets_the_absence_count(store):
    store.save_statute_page(statute_page(), 1)
    store.save_statute_page(statute_page(outcome="not_found"), 2)
    store.save_statute_page(statute_page(when="2026-11-03T00:00:00+00:00"), 3)
    store.save_statute_page(statute_page(outcome="not_found"), 4)
    assert [c for c in changes(store) if c["change_type"] == "section_gone"] == []


def test_older_archive_does_not_roll_the_text_back_or_alert(store):
    store.save_statute_page(statute_page(V2, "2026-11-05T00:00:00+00:00"), 1)
    n = store.db["changes"].count
    store.save_statute_page(statute_page(V1, "2026-10-01T00:00:00+00:00"), 2)
    assert store.db["statute_sections"].get("HI:HRS:371-20")["text"] == V2
    assert store.db["section_versions"].count == 2  # kept as history
    assert store.db["changes"].count == n


def release_page(
    title,
    body,
    promotes,
    when="2026-11-01T00:00:00+00:00",
    url="https://oag.ca.gov/news/press-releases/x",
):
    release = ReleaseRecord(
        jurisdiction="CA", url=url, title=title, body=body, published="2026-01-05"
    )
    release.coding = {
        "promotes_hotline": promotes,
        "campaign_types": ["billboard"] if promotes else [],
        "hotline_numbers": ["1-888-373-7888"] if promotes else [],
    }
    return ReleasePage(
        source="ag_ca",
        jurisdiction="CA",
        kind="release",
        fetch=FetchInfo(url=url, fetched_at=when, outcome="ok"),
        releases=[release],
    )


def test_new_campaign_change_after_baseline(store):
    store.save_release_page(
        release_page(
            "Old news", "Settlement.", False, url="https://oag.ca.gov/news/press-releases/a"
        ),
        1,
    )
    store.save_release_page(
        release_page("AG launches billboards", "Call 1-888-373-7888.\n\nMore.", True), 2
    )
    got = [(c["change_type"], c["baseline"]) for c in changes(store, 2)]
    assert got == [("new_release", 0), ("new_campaign", 0)]
    row = store.db["changes"].get(store.db["changes"].count)
    assert row["lead"] == "Call 1-888-373-7888."
    assert store.db["campaigns"].count == 1


def test_redline_shortens_long_unchanged_runs_and_html_is_escaped():
    old = " ".join(f"w{i}" for i in range(100)) + " <script>x</script> end"
    new = old.replace("w50", "W50")
    text = redline(old, new, context=5)
    assert "[-w50-]" in text and "{+W50+}" in text and "…" in text
    assert len(text) < len(old)
    markup = redline_html(redline("a <b>", "a <i>"))
    assert "<del>&lt;b&gt;</del>" in markup and "<ins>&lt;i&gt;</ins>" in markup


def test_describe_field_change():
    assert describe_field_change("languages", '["English"]', '["English", "Spanish"]') == (
        "languages: + Spanish"
    )
    assert describe_field_change("sign_size", "8.5 x 11 inches", "11 x 17 inches") == (
        "sign_size: 8.5 x 11 inches → 11 x 17 inches"
    )
