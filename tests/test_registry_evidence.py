"""The registry's verification levels hold against the real pages, and its corrections stay made.

`capture` means a saved copy of that exact URL exists; `template` means the URL's adapter claims
it and is tested on a real page of the same site (a saved page it also claims). The
corrections of issue 11 (each with its evidence in the entry's notes) are pinned here.
"""

from __future__ import annotations

import pytest
from site_pages import archived

from hotline_watch.registry import VERIFIED_AGAINST_PAGE, load_statutes
from spiders.sites import get_adapter


@pytest.fixture(scope="module")
def registry():
    return {s.jurisdiction: s for s in load_statutes()}


def test_capture_and_template_urls_are_checked_against_real_pages(registry):
    pages = archived()
    checked = 0
    for source in registry.values():
        for section in source.fetchable:
            if section.verified not in VERIFIED_AGAINST_PAGE:
                continue
            adapter = get_adapter(section.adapter)
            assert adapter.name != "generic", section.citation
            assert adapter.claims(section.url), (section.citation, section.url)
            if section.verified == "capture":
                assert section.url in pages, section.url
            real = [url for url in pages if adapter.claims(url)]
            assert real, (section.citation, "no real page of this site")
            assert any(_parses(adapter, pages[url]) for url in real), section.citation
            checked += 1
    # 1 before issue 11 (Hawaii); each of these is now checked against its site's real page.
    assert checked == 28


def _parses(adapter, record) -> bool:
    from spiders.sites import PageFormatError, SectionNotFound

    try:
        return bool(adapter.parse(record.to_scrapy()))
    except (PageFormatError, SectionNotFound):
        return False  # e.g. New York's "not found" page: another real page of the site parses


def test_every_registry_url_is_claimed_by_its_adapter_unless_generic(registry):
    for source in registry.values():
        for section in source.fetchable:
            if section.adapter != "generic":
                assert get_adapter(section.adapter).claims(section.url), section.url


def test_connecticut_54_234a_is_in_chapter_968(registry):
    [ct] = registry["CT"].sections
    assert ct.url == "https://www.cga.ct.gov/current/pub/chap_968.htm#sec_54-234a"
    assert (ct.section, ct.adapter) == ("54-234a", "ct_cga")
    assert "chapter 968 'Victim Services'" in ct.notes and "961a is 'Criminal Records'" in ct.notes


def test_rhode_island_sign_section_and_2025_renaming(registry):
    ri = {s.citation.split(" (")[0]: s for s in registry["RI"].sections}
    assert ri["R.I. Gen. Laws § 11-67.1-20"].url.endswith("/TITLE11/11-67.1/11-67.1-20.htm")
    assert "P.L. 2017, ch. 260" in ri["R.I. Gen. Laws § 11-67.1-20"].notes
    assert ri["P.L. 2025, ch. 176"].url.endswith("/PublicLaws/law25/law25176.htm")
    assert "Notice and Training Act" in ri["P.L. 2025, ch. 176"].notes


def test_north_carolina_lodging_section(registry):
    nc = {s.citation.split(" (")[0]: s for s in registry["NC"].sections}
    assert nc["N.C. Gen. Stat. § 130A-511"].url.endswith("/Chapter_130A/GS_130A-511.html")
    assert nc["S.L. 2024-26"].url.endswith("/SessionLaws/HTML/2023-2024/SL2024-26.html")


def test_pennsylvania_on_palegis(registry):
    pa = registry["PA"]
    assert pa.sections[0].url.startswith("https://www.palegis.us/statutes/unconsolidated/")
    assert "palegis.us" in pa.allowed_domains and "HB 1286" in pa.notes
    assert "Act 31 of 2026" in pa.notes and "no official text seen here confirms" in pa.notes


def test_montana_url_on_mca_legmt(registry):
    [mt] = registry["MT"].sections
    assert mt.url.startswith("https://mca.legmt.gov/bills/mca/title_0440/")
    assert mt.verified == "template"


def test_tennessee_names_the_state_hotline(registry):
    assert registry["TN"].hotline == "state"
    assert "1-855-558-6484" in registry["TN"].notes


def test_indiana_and_utah_are_unknown_not_none(registry):
    assert (registry["IN"].law_status, registry["UT"].law_status) == ("unknown", "unknown")


def test_every_entry_carries_the_reference_confidence(registry):
    assert {s.confidence for s in registry.values()} == {"high", "medium", "low"}
    assert (registry["HI"].confidence, registry["NC"].confidence, registry["IN"].confidence) == (
        "high",
        "medium",
        "low",
    )
