"""Atom feeds of changes through Datasette + datasette-atom (in-process, real app): each feed
holds what it promises and nothing else."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from xml.etree import ElementTree

import pytest

from hotline_watch.items import FetchInfo, ReleasePage, ReleaseRecord, SectionRecord, StatutePage
from hotline_watch.storage import Store
from hotline_watch.web import make_datasette

ATOM = "{http://www.w3.org/2005/Atom}"
DAY1, DAY2 = "2026-11-01T00:00:00+00:00", "2026-11-02T00:00:00+00:00"


def page(jurisdiction, text, when, coding=None):
    url = f"https://example.gov/{jurisdiction}/1"
    return StatutePage(
        source=f"statutes_{jurisdiction.lower()}",
        jurisdiction=jurisdiction,
        adapter="generic",
        fetch=FetchInfo(url=url, fetched_at=when, outcome="ok", content_hash=text),
        sections=[
            SectionRecord(
                jurisdiction=jurisdiction,
                code="X",
                section_number="1",
                citation=f"{jurisdiction} 1",
                url=url,
                text=text,
                coding=coding or {"requires_posting": True},
            )
        ],
    )


def release(title, promotes, n, published="2026-10-30"):
    url = f"https://example.gov/tx/news/{n}"
    record = ReleaseRecord("TX", url, title, f"{title}. More.", published)
    record.coding = {"promotes_hotline": promotes, "campaign_types": ["billboard"] * promotes}
    fetch = FetchInfo(url=url, fetched_at=DAY2, outcome="ok")
    return ReleasePage("ag_tx", "TX", "release", fetch, [record])


def registry(code):
    return SimpleNamespace(
        spider_name=f"statutes_{code.lower()}",
        jurisdiction=code,
        adapter="generic",
        law_status="required",
        allowed_domains=["example.gov"],
        fetchable=[],
        sections=[],
        notes="",
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("feeds") / "f.db"
    store = Store(path)
    store.sync_sources([registry("HI"), registry("TX"), registry("OH")])
    # Day 1: everything is a first load (HI, TX, OH sections; the TX newsroom): no changes.
    for j in ("TX", "HI", "OH"):
        store.save_statute_page(page(j, "Post the <b>sign</b>.", DAY1), 1)
    store.save_release_page(release("Older release", False, 0, "2026-10-01"), 1)
    # Day 2: HI and TX amended; the TX AG posts a hotline campaign and an unrelated release;
    # HI's source fails (an operators' event).
    for j in ("TX", "HI"):
        store.save_statute_page(
            page(
                j,
                "Post the <b>sign</b> now.",
                DAY2,
                {"requires_posting": True, "languages": ["English"]},
            ),
            2,
        )
    store.save_release_page(release("AG launches hotline billboards", True, 1), 2)
    store.save_release_page(release("AG sues ExxonMobil over gun trafficking", False, 2), 2)
    for errors in (0, 1):
        run_id = store.start_run("crawl", "test", "t")
        store.record_source_result(run_id, "statutes_hi", 1, 1 - errors, errors, "HTTP 500")
        store.finish_run(run_id)
    assert store.db.execute("select count(*) from changes").fetchone()[0] == 5
    store.close()
    return path


def get(db, path):
    async def fetch():
        return await make_datasette(db).client.get(path)

    return asyncio.run(fetch())


def entries(db, path):
    response = get(db, path)
    assert response.status_code == 200, response.text[:300]
    assert response.text.lstrip().startswith("<?xml")
    root = ElementTree.fromstring(response.text)
    titles = [e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry")]
    return sorted(t for t in titles if t != "hotline-watch change feed" and "appear here" not in t)


def test_changes_feed_holds_hotline_changes_only(db):
    assert entries(db, "/hotline/changes_feed.atom") == [
        "HI: HI 1 amended",
        "TX: Hotline campaign: AG launches hotline billboards",
        "TX: TX 1 amended",
    ]  # no unrelated release, no operators' event, no first load


def test_feed_per_jurisdiction_and_type(db):
    assert entries(db, "/hotline/changes_by_jurisdiction.atom?jurisdiction=tx") == [
        "TX: Hotline campaign: AG launches hotline billboards",
        "TX: TX 1 amended",
    ]
    assert entries(db, "/hotline/changes_by_type.atom?change_type=new_campaign") == [
        "TX: Hotline campaign: AG launches hotline billboards"
    ]
    # An amendment that moved a coded field is a coding change too.
    assert entries(db, "/hotline/changes_by_type.atom?change_type=coding_changed") == [
        "HI: HI 1 amended",
        "TX: TX 1 amended",
    ]
    assert entries(db, "/hotline/changes_by_type.atom?change_type=bill_status") == []


def test_all_releases_feed(db):
    assert entries(db, "/hotline/releases_feed.atom") == [
        "TX: Hotline campaign: AG launches hotline billboards",
        "TX: New release: AG sues ExxonMobil over gun trafficking",
    ]


def test_feed_entries_say_what_changed_and_markup_is_text(db):
    body = get(db, "/hotline/changes_feed.atom").text
    assert "- Languages: added English." in body
    assert "Post the &lt;b&gt;sign&lt;/b&gt; {+now+}." in body
    assert "<b>" not in body  # escaped, never live markup


def test_state_pages_show_no_changes_after_a_first_load(db):
    ohio = get(db, "/state/OH").text
    assert "None since monitoring began" in ohio
    hawaii = get(db, "/state/HI").text
    assert "HI 1 amended" in hawaii and "Languages: added English." in hawaii
    assert "started failing" not in hawaii  # operators' events are not on the state page


def test_home_page_links_the_feeds(db):
    html = get(db, "/").text
    assert "/hotline/changes_feed.atom" in html and "/hotline/releases_feed.atom" in html
