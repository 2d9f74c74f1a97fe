"""Atom feeds of changes through Datasette + datasette-atom (in-process, real app)."""

from __future__ import annotations

import asyncio
from xml.etree import ElementTree

import pytest

from hotline_watch.items import FetchInfo, SectionRecord, StatutePage
from hotline_watch.storage import Store
from hotline_watch.web import make_datasette

ATOM = "{http://www.w3.org/2005/Atom}"


def page(jurisdiction, text, when):
    url = f"https://example.gov/{jurisdiction}/1"
    return StatutePage(
        source=f"statutes_{jurisdiction.lower()}",
        jurisdiction=jurisdiction,
        adapter="generic",
        fetch=FetchInfo(url=url, fetched_at=when, outcome="ok"),
        sections=[
            SectionRecord(
                jurisdiction=jurisdiction,
                code="X",
                section_number="1",
                citation=f"{jurisdiction} 1",
                url=url,
                text=text,
                coding={"requires_posting": True},
            )
        ],
    )


@pytest.fixture
def db(tmp_path):
    store = Store(tmp_path / "f.db")
    for j in ("TX", "HI"):
        store.save_statute_page(page(j, "Post the <b>sign</b>.", "2026-11-01T00:00:00+00:00"), 1)
        store.save_statute_page(
            page(j, "Post the <b>sign</b> now.", "2026-11-02T00:00:00+00:00"), 2
        )
    store.close()
    return tmp_path / "f.db"


def get(db, path):
    async def fetch():
        return await make_datasette(db).client.get(path)

    return asyncio.run(fetch())


def entries(response):
    root = ElementTree.fromstring(response.text)
    return [e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry")]


def test_all_changes_feed(db):
    response = get(db, "/hotline/changes_feed.atom")
    assert response.status_code == 200
    assert response.text.lstrip().startswith("<?xml")
    titles = entries(response)
    assert sorted(t for t in titles if ":" in t) == [
        "HI: Text of HI 1 changed",
        "TX: Text of TX 1 changed",
    ]


def test_feed_per_jurisdiction_and_type(db):
    tx = entries(get(db, "/hotline/changes_by_jurisdiction.atom?jurisdiction=tx"))
    assert [t for t in tx if t.startswith("TX")] == ["TX: Text of TX 1 changed"]
    assert not [t for t in tx if t.startswith("HI")]
    none = entries(get(db, "/hotline/changes_by_type.atom?change_type=new_campaign"))
    assert none == ["hotline-watch change feed"]  # an empty feed is still a valid feed


def test_scraped_markup_is_text_in_the_feed(db):
    body = get(db, "/hotline/changes_feed.atom").text
    assert "<b>" not in body  # escaped, never live markup


def test_home_page_links_the_feeds(db):
    html = get(db, "/").text
    assert "/hotline/changes_feed.atom" in html
