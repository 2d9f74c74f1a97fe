"""The AG newsroom registry: the real data/sources/ag_newsrooms.yml, its release URL patterns
against the captured pages, and clear errors on bad input."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml
from parsel import Selector

from conftest import CAPTURES, requires_shared
from hotline_watch.jurisdictions import JURISDICTIONS
from hotline_watch.registry import VERIFICATION, RegistryError
from hotline_watch.registry_ag import AG_FILE, OfficeSource, load_offices

CAPTURED = {"CA", "CO", "CT", "MD", "MN", "NY", "OH", "OR", "PA", "TX", "VA", "WA"}
DOCUMENTED = {"FL", "GA", "IL", "MA", "NC", "NJ"}

#: Capture folder -> office. Files named *listing* are listing pages, the others release pages.
CAPTURE_DIRS = {
    "ca-oag-news": "CA",
    "co-ag-press": "CO",
    "ct-ag-press": "CT",
    "md-oag-press": "MD",
    "mn-ag-press-listing": "MN",
    "mn-ag-press-release": "MN",
    "ny-ag-press-releases": "NY",
    "oh-ag-news": "OH",
    "or-doj-news": "OR",
    "pa-ag-taking-action": "PA",
    "tx-oag-news": "TX",
    "va-oag-news": "VA",
    "wa-atg-news": "WA",
}


@pytest.fixture(scope="module")
def offices() -> dict[str, OfficeSource]:
    return {o.jurisdiction: o for o in load_offices()}


# ---------------------------------------------------------------- the real file


def test_51_offices_validate_sorted(offices):
    loaded = load_offices(AG_FILE)
    assert len(loaded) == 51
    assert {o.jurisdiction for o in loaded} == set(JURISDICTIONS)
    assert [o.jurisdiction for o in loaded] == sorted(JURISDICTIONS)
    assert offices["DC"].office.startswith("Office of the Attorney General")
    assert [o.spider_name for o in loaded][:2] == ["ag_ak", "ag_al"]


def test_verification_levels(offices):
    by_level = {
        level: {c for c, o in offices.items() if o.verified == level} for level in VERIFICATION
    }
    assert by_level["capture"] == CAPTURED
    assert by_level["documented"] == DOCUMENTED
    assert len(by_level["unverified"]) == 51 - len(CAPTURED) - len(DOCUMENTED)
    assert all(o.notes for o in offices.values())


def test_preferred_ways_in(offices):
    assert offices["CO"].ways_in == ["feed", "listing"]
    assert offices["OR"].ways_in == ["wp_json", "listing"]
    assert offices["WA"].ways_in == ["feed", "listing"]
    assert offices["MN"].ways_in == ["js_data", "listing"]
    assert offices["MN"].js_data.format(year=2025) == (
        "https://www.ag.state.mn.us/Office/Communications/_Scripts/pr2025.js"
    )
    # The feeds of site_structures.md §1 and ag_newsrooms.csv are all in.
    feeds = {c: o.feed for c, o in offices.items() if o.feed}
    for code in ("CA", "CO", "MD", "NJ", "PA", "VA", "WA"):
        assert code in feeds, code
    # WordPress /feed/ guesses only for sites site_structures.md lists as WordPress.
    assert {c for c, url in feeds.items() if url.endswith("/feed/")} <= {
        "AL",
        "CO",
        "MO",
        "NC",
        "NJ",
        "PA",
    }


def test_detail_selectors_where_the_generic_extractor_is_not_enough(offices):
    for code in ("CA", "NY", "TX", "OH", "PA", "VA", "OR", "MN"):
        assert offices[code].detail.body, code
        assert offices[code].detail.title, code


def test_every_selector_is_valid_css(offices):
    empty = Selector(text="<html><body></body></html>")
    for office in offices.values():
        listing, detail = office.listing, office.detail
        for css in (
            listing.item,
            listing.link,
            listing.title,
            listing.date,
            listing.next,
            detail.title,
            detail.date,
            detail.body,
        ):
            if css:
                empty.css(css)  # raises on a syntax error


def test_release_patterns_never_match_listing_pages(offices):
    for office in offices.values():
        listing = office.listing
        pages = [office.newsroom_url, listing.url]
        if listing.page_url:
            pages += [listing.page_url.format(page=listing.first_page + n) for n in range(3)]
        for url in pages:
            assert not office.release_url_pattern.search(url), (office.jurisdiction, url)
        for url in (office.feed, office.wp_json):
            if url:
                assert not office.is_release(url), (office.jurisdiction, url)


@pytest.mark.parametrize(
    "code, url",
    [
        ("AL", "https://www.alabamaag.gov/attorney-general-marshall-announces-hotline-posters/"),
        ("AZ", "https://www.azag.gov/press-release/attorney-general-mayes-announces-something"),
        ("DC", "https://oag.dc.gov/release/attorney-general-schwalb-announces-hotline"),
        ("FL", "https://www.myfloridalegal.com/newsrelease/attorney-general-announces-x"),
        ("GA", "https://law.georgia.gov/press-releases/2026-02-11/carr-human-trafficking-posters"),
        ("IL", "https://illinoisattorneygeneral.gov/news/story/raoul-urges-hotline-awareness"),
        ("MA", "https://www.mass.gov/news/ag-campbell-announces-hotline-campaign"),
        ("NC", "https://ncdoj.gov/attorney-general-jackson-launches-campaign/"),
        ("NJ", "https://www.njoag.gov/ag-platkin-announces-human-trafficking-initiative/"),
        ("TN", "https://www.tn.gov/attorneygeneral/news/2023/12/20/pr23-50.html"),
        ("WI", "https://www.doj.state.wi.us/news-releases/ag-kaul-human-trafficking-hotline"),
    ],
)
def test_unverified_patterns_accept_typical_release_urls(offices, code, url):
    assert offices[code].is_release(url)


@pytest.mark.parametrize(
    "code, url",
    [
        ("IN", "https://www.in.gov/dcs/news/some-other-agency-release-page"),
        ("MA", "https://www.mass.gov/news"),
        ("NC", "https://ncdoj.gov/category/news-releases/page/2/"),
        ("AL", "https://www.alabamaag.gov/category/press-release/page/2/"),
        ("AR", "https://arkansasag.gov/news-alerts/news-releases/page/2/"),
        ("WI", "https://evil.example.com/news-releases/ag-kaul-human-trafficking-hotline"),
    ],
)
def test_patterns_reject_paging_and_other_sites(offices, code, url):
    assert not offices[code].is_release(url)


def _captured_urls() -> dict[str, dict[str, list[str]]]:
    """Office -> {"listing": [...], "release": [...]} original URLs from the .source files."""
    found: dict[str, dict[str, list[str]]] = {}
    for folder, code in CAPTURE_DIRS.items():
        for source in sorted((CAPTURES / folder).glob("*.source")):
            text = source.read_text(encoding="utf-8")
            url = re.search(r"^original URL: (\S+)", text, re.M).group(1)
            kind = "listing" if "listing" in source.name else "release"
            found.setdefault(code, {"listing": [], "release": []})[kind].append(url)
    return found


@requires_shared
def test_captured_release_urls_match_and_listings_do_not(offices):
    captured = _captured_urls()
    assert set(captured) == CAPTURED
    releases = 0
    for code, urls in captured.items():
        office = offices[code]
        for url in urls["release"]:
            assert office.is_release(url), (code, url)
            others = [c for c, o in offices.items() if c != code and o.is_release(url)]
            assert others == [], (code, url, others)
            releases += 1
        for url in urls["listing"]:
            assert office.allows(url), (code, url)
            assert not office.is_release(url), (code, url)
    assert releases == 26


@requires_shared
def test_captured_listing_urls_are_registry_urls(offices):
    """Where the capture is the listing itself, the registry points at that URL."""
    captured = _captured_urls()
    for code in ("CA", "NY", "TX", "OH", "PA", "VA", "OR"):
        assert offices[code].listing.url in captured[code]["listing"], code
    assert offices["CO"].newsroom_url in captured["CO"]["listing"]


# ---------------------------------------------------------------- bad input

BAD = Path("bad_ag.yml")


def base_document() -> dict:
    return yaml.safe_load(AG_FILE.read_text(encoding="utf-8"))


def entry(doc: dict, code: str) -> dict:
    [found] = [e for e in doc["offices"] if e["jurisdiction"] == code]
    return found


def index_of(doc: dict, code: str) -> int:
    return [e["jurisdiction"] for e in doc["offices"]].index(code)


def error_for(tmp_path: Path, doc: object) -> str:
    path = tmp_path / BAD
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RegistryError) as info:
        load_offices(path)
    message = str(info.value)
    assert str(path) in message  # every error names the file
    return message


def test_missing_listing(tmp_path):
    doc = base_document()
    del entry(doc, "TX")["listing"]
    message = error_for(tmp_path, doc)
    assert f"entry {index_of(doc, 'TX')} (TX): missing required field 'listing'" in message


def test_missing_listing_link(tmp_path):
    doc = base_document()
    del entry(doc, "OH")["listing"]["link"]
    message = error_for(tmp_path, doc)
    assert f"entry {index_of(doc, 'OH')} (OH): field listing: missing required field 'link'" in (
        message
    )


def test_url_outside_allowed_domains(tmp_path):
    doc = base_document()
    entry(doc, "CA")["listing"]["url"] = "https://oag.ca.gov.evil.example/media/news"
    message = error_for(tmp_path, doc)
    assert f"entry {index_of(doc, 'CA')} (CA): field listing.url:" in message
    assert "outside allowed_domains ['oag.ca.gov']" in message


def test_feed_outside_allowed_domains(tmp_path):
    doc = base_document()
    entry(doc, "WA")["feed"] = "https://feeds.example.com/wa.rss"
    message = error_for(tmp_path, doc)
    assert f"entry {index_of(doc, 'WA')} (WA): field feed:" in message


def test_bad_regex(tmp_path):
    doc = base_document()
    entry(doc, "NY")["release_url_pattern"] = "^https://ag\\.ny\\.gov/(press-release"
    message = error_for(tmp_path, doc)
    assert f"entry {index_of(doc, 'NY')} (NY): field release_url_pattern: bad regex" in message


def test_non_http_url(tmp_path):
    doc = base_document()
    entry(doc, "PA")["newsroom_url"] = "ftp://www.attorneygeneral.gov/taking-action/"
    message = error_for(tmp_path, doc)
    assert f"entry {index_of(doc, 'PA')} (PA): field newsroom_url:" in message
    assert "is not an http(s) URL" in message


def test_page_url_without_placeholder(tmp_path):
    doc = base_document()
    entry(doc, "CA")["listing"]["page_url"] = "https://oag.ca.gov/media/news?page=2"
    message = error_for(tmp_path, doc)
    assert f"entry {index_of(doc, 'CA')} (CA): field listing.page_url" in message


def test_duplicate_office(tmp_path):
    doc = base_document()
    doc["offices"].append(copy.deepcopy(entry(doc, "MN")))
    message = error_for(tmp_path, doc)
    assert "entry 51 (MN): field jurisdiction: duplicate of entry" in message
    assert f"entry {index_of(doc, 'MN')} (MN)" in message


def test_missing_office(tmp_path):
    doc = base_document()
    doc["offices"] = [e for e in doc["offices"] if e["jurisdiction"] not in ("DC", "WY")]
    message = error_for(tmp_path, doc)
    assert "no entry for DC, WY" in message


def test_unknown_field_and_bad_verification(tmp_path):
    doc = base_document()
    entry(doc, "VA")["rss"] = "https://www.oag.state.va.us/x"
    message = error_for(tmp_path, doc)
    assert f"entry {index_of(doc, 'VA')} (VA): unknown field 'rss'" in message

    doc = base_document()
    entry(doc, "VA")["verified"] = "checked"
    message = error_for(tmp_path, doc)
    assert f"entry {index_of(doc, 'VA')} (VA): field verified" in message


def test_upper_case_domain(tmp_path):
    doc = base_document()
    entry(doc, "OR")["allowed_domains"] = ["DOJ.state.or.us"]
    message = error_for(tmp_path, doc)
    assert f"entry {index_of(doc, 'OR')} (OR): field allowed_domains.0" in message
    assert "not a lower-case hostname" in message


def test_not_a_mapping(tmp_path):
    message = error_for(tmp_path, ["not", "a", "mapping"])
    assert "expected a mapping with an 'offices' list" in message
