"""Honest display of what is not verified: state pages and the map, served by Datasette.

Built from the real registry (data/sources/statutes.yml) plus a few stored pages: an
unverified or guessed URL is not linked as official text, a citation without a URL is still
shown, pending and unknown are shown as such (never "none found"), the reference table's
confidence is on the map and the state pages, the "as of" date comes only from fetches of the
jurisdiction's hotline sections, and sections the generic adapter extracted say so.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from hotline_watch.items import FetchInfo, ReleasePage, ReleaseRecord, SectionRecord, StatutePage
from hotline_watch.registry import load_statutes
from hotline_watch.registry_ag import load_offices
from hotline_watch.storage import Store
from hotline_watch.web import make_datasette

POSTING = {
    "requires_posting": True,
    "establishments": ["bar"],
    "hotline_numbers": ["1-888-373-7888"],
    "hotlines": ["National Human Trafficking Resource Center"],
    "citation": "x",
    "evidence": [],
}
OLD_AG_FETCH = "2026-06-01T00:00:00+00:00"
NEWER_AG_FETCH = "2026-12-01T00:00:00+00:00"
AR_SECTION_SEEN = "2026-03-01T00:00:00+00:00"


def _page(source, jurisdiction, url, when, sections, adapter="generic", outcome="ok"):
    message = None if outcome == "ok" else "test"
    return StatutePage(
        source=source,
        jurisdiction=jurisdiction,
        adapter=adapter,
        fetch=FetchInfo(url=url, fetched_at=when, outcome=outcome, status=200, message=message),
        sections=sections,
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("honest") / "h.db"
    store = Store(path)
    store.sync_sources(load_statutes(), load_offices())
    run = store.start_run("crawl", "test", "test")
    # Arkansas: a hotline section stored by the generic adapter, with chrome in its text.
    ar_url = "https://arkleg.state.ar.us/Bills/Detail?id=HB1203&ddBienniumSession=2013%2F2013R"
    section = SectionRecord(
        jurisdiction="AR",
        code="GEN",
        section_number="12-19-102",
        citation="Ark. Code Ann. § 12-19-102",
        url=ar_url,
        text="(a) Establishments shall post the hotline sign. Skip to main content",
        coding=POSTING,
        adapter="generic",
        chrome_signs=["skip link: 'Skip to main content'"],
    )
    store.save_statute_page(_page("statutes_ar", "AR", ar_url, AR_SECTION_SEEN, [section]), run)
    # Arkansas AG newsroom fetched later: it must not move Arkansas' "as of".
    release = ReleasePage(
        source="ag_ar",
        jurisdiction="AR",
        kind="release",
        fetch=FetchInfo(
            url="https://arkansasag.gov/news/x", fetched_at=NEWER_AG_FETCH, outcome="ok", status=200
        ),
        releases=[
            ReleaseRecord(
                jurisdiction="AR", url="https://arkansasag.gov/news/x", title="T", body="B"
            )
        ],
    )
    store.save_release_page(release, run)
    # Alaska (no law, no registry URL): only an AG page was fetched.
    ak = ReleasePage(
        source="ag_ak",
        jurisdiction="AK",
        kind="release",
        fetch=FetchInfo(url="https://law.alaska.gov/x", fetched_at=OLD_AG_FETCH, outcome="ok"),
        releases=[
            ReleaseRecord(jurisdiction="AK", url="https://law.alaska.gov/x", title="T", body="B")
        ],
    )
    store.save_release_page(ak, run)
    store.finish_run(run)
    store.close()
    return path


def get(db: Path, path: str) -> str:
    async def fetch():
        response = await make_datasette(db).client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return response.text

    return asyncio.run(fetch())


def test_unverified_and_guessed_urls_are_not_linked_as_official_text(db):
    html = get(db, "/state/AL")
    block = html[html.index('id="registry-citations"') :]
    block = block[: block.index("</ul>")]
    # AL's 13A-6-170 is the reference's guess: shown as unverified, not as a citation link.
    assert '<span class="hw-citation-text">Ala. Code § 13A-6-170' in block
    assert 'class="hw-citation"' not in block
    assert "unverified" in block and "the reference&#39;s guess" in block
    assert 'class="hw-unverified-link" rel="nofollow"' in block


def test_verified_urls_are_linked_with_how_far_they_are_verified(db):
    html = get(db, "/state/OH")
    assert re.search(
        r'<a href="https://codes\.ohio\.gov/ohio-revised-code/section-5502\.63" '
        r'class="hw-citation">Ohio Rev\. Code § 5502\.63\(B\)\(2\)</a>',
        html,
    )
    assert "same template as a real page of this site that was parsed" in html


def test_citations_without_a_url_are_still_shown(db):
    html = get(db, "/state/LA")
    assert '<span class="hw-citation-text">La. R.S. 15:541.1</span>' in html
    assert "no official URL known" in html and "opaque document id" in html


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("DC", "Pending (bills, or enacted but not in force)"),
        ("MA", "Pending (bills, or enacted but not in force)"),
        ("IN", "Unknown"),
        ("UT", "Unknown"),
    ],
)
def test_pending_and_unknown_are_never_none_found(db, code, label):
    html = get(db, f"/state/{code}")
    badge = re.search(r'id="law-status">([^<]+)<', html)[1]
    assert badge == label
    assert "None found</span>" not in html


def test_map_tiles_show_status_and_reference_confidence(db):
    html = get(db, "/")
    tiles = dict(re.findall(r'data-code="([A-Z]{2})" data-status="(\w+)"', html))
    assert (tiles["IN"], tiles["UT"], tiles["DC"], tiles["MA"]) == (
        "unknown",
        "unknown",
        "pending",
        "pending",
    )
    confidence = dict(re.findall(r'data-code="([A-Z]{2})"[^>]*data-confidence="(\w*)"', html))
    assert (confidence["IN"], confidence["HI"], confidence["NC"]) == ("low", "high", "medium")
    assert "Pending</strong>" in html and "Unknown</strong>" in html


def test_state_page_shows_the_reference_confidence_and_state_hotline(db):
    html = get(db, "/state/TN")
    assert re.search(r'id="confidence">medium ', html)
    assert "names a state hotline only, not the national one" in html
    assert "names a state hotline only" in get(db, "/")  # the TN tile's title


def test_as_of_comes_only_from_hotline_section_fetches(db):
    ar = get(db, "/state/AR")
    assert re.search(r'id="as-of">2026-03-01 00:00 UTC', ar)  # not the newer AG fetch
    ak = get(db, "/state/AK")
    assert 'id="as-of">no hotline section fetched yet' in ak


def test_generic_extractions_say_so_on_the_state_page(db):
    html = get(db, "/state/AR")
    assert "generic extraction" in html and "check it against the official page" in html
    assert "skip link: &#39;Skip to main content&#39;" in html
