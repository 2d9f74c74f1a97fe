"""The statute registry: the real data/sources/statutes.yml, and clear errors on bad input."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from conftest import CAPTURES
from hotline_watch.jurisdictions import JURISDICTIONS
from hotline_watch.registry import (
    LAW_STATUS,
    STATUTES_FILE,
    VERIFICATION,
    RegistryError,
    StatuteSource,
    load_statutes,
    parse_statutes,
)

#: The adapter vocabulary of the registry (spiders/sites/<name>.py).
ADAPTER_NAMES = (
    "ca_leginfo",
    "tx_tcss",
    "mn_revisor",
    "hi_hrs",
    "ks_api",
    "nv_nrs",
    "or_ors",
    "fl_leg",
    "ny_openleg",
    "il_ilga",
    "va_api",
    "ky_krs",
    "al_alison",
    "nj_statutes",
    # selector-driven sites (data/statute_sites.yml)
    "oh_codes",
    "mi_mcl",
    "ri_gl",
    "md_mgaleg",
    "wv_code",
    "me_mrs",
    "ct_cga",
    "nc_gs",
    "ne_statutes",
    "vt_vsa",
    "mt_mca",
    "pa_cs",
    "pa_us",
    "sc_code",
    "generic",
)

HI_URL = "https://www.capitol.hawaii.gov/hrscurrent/Vol07_Ch0346-0398/HRS0371/HRS_0371-0020.htm"


def load_real() -> list[StatuteSource]:
    """The real registry, validated against the importable adapters once they all exist."""
    from spiders.sites import ADAPTERS

    if set(ADAPTER_NAMES) <= set(ADAPTERS):
        return load_statutes(STATUTES_FILE)
    data = yaml.safe_load(STATUTES_FILE.read_text(encoding="utf-8"))
    return parse_statutes(data, STATUTES_FILE, known_adapters=ADAPTER_NAMES)


@pytest.fixture(scope="module")
def real() -> dict[str, StatuteSource]:
    return {s.jurisdiction: s for s in load_real()}


# ---------------------------------------------------------------- the real file


def test_one_entry_per_jurisdiction_including_dc(real):
    sources = load_real()
    assert len(sources) == 51
    assert {s.jurisdiction for s in sources} == set(JURISDICTIONS)
    assert "DC" in real


def test_entries_are_sorted_by_code():
    codes = [s.jurisdiction for s in load_real()]
    assert codes == sorted(codes)


def test_every_required_entry_has_a_section(real):
    required = [s for s in real.values() if s.law_status == "required"]
    assert required
    assert [s.jurisdiction for s in required if not s.sections] == []


def test_statuses_and_verification_use_the_vocabulary(real):
    assert {s.law_status for s in real.values()} <= set(LAW_STATUS)
    assert {sec.verified for s in real.values() for sec in s.sections} <= set(VERIFICATION)


def test_every_section_url_is_inside_allowed_domains(real):
    # parse_statutes enforces it; this guards against that check being loosened.
    for source in real.values():
        assert all(d == d.lower() for d in source.allowed_domains), source.jurisdiction
        for section in source.fetchable:
            assert section.url.startswith(("https://", "http://")), section.url
            assert source.allows(section.url), (source.jurisdiction, section.url)


def test_hawaii_points_at_the_captured_page(real):
    hi = real["HI"]
    assert hi.adapter == "hi_hrs"
    assert hi.law_status == "required"
    [section] = hi.sections
    assert section.url == HI_URL
    assert section.verified == "capture"
    assert "371-20" in section.citation


def test_only_captured_urls_claim_capture(real):
    captured = [
        (s.jurisdiction, sec.url)
        for s in real.values()
        for sec in s.sections
        if sec.verified == "capture"
    ]
    assert captured == [("HI", HI_URL)]


def test_capture_claims_match_a_real_capture(real):
    if not CAPTURES.exists():
        pytest.skip("../shared/captures not present")
    originals = {
        line.split(":", 1)[1].strip()
        for source in CAPTURES.glob("*/*.source")
        for line in source.read_text(encoding="utf-8").splitlines()
        if line.startswith("original URL:")
    }
    for source in real.values():
        for section in source.sections:
            if section.verified == "capture":
                assert section.url in originals, section.url


@pytest.mark.parametrize(
    ("code", "adapter", "status", "expected"),
    [
        (
            "CA",
            "ca_leginfo",
            "required",
            [
                (
                    "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
                    "?lawCode=CIV&sectionNum=52.6.",
                    None,
                )
            ],
        ),
        (
            "TX",
            "tx_tcss",
            "required",
            [("https://tcss.legis.texas.gov/resources/GV/htm/GV.402.htm", "402.0351")],
        ),
        (
            "NY",
            "ny_openleg",
            "required",
            [
                ("https://www.nysenate.gov/legislation/laws/GBS/206-F", None),
                ("https://www.nysenate.gov/legislation/laws/GBS/390-D", None),
            ],
        ),
        (
            "KS",
            "ks_api",
            "required",
            [("https://www.kslegislature.gov/api/v1/statutes/75-759/", None)],
        ),
        (
            "FL",
            "fl_leg",
            "required",
            [
                (
                    "https://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute"
                    "&URL=0700-0799/0787/Sections/0787.29.html",
                    None,
                )
            ],
        ),
        (
            "VA",
            "va_api",
            "required",
            [
                (
                    "https://law.lis.virginia.gov/api/CoVSectionsGetSectionDetailsJson/40.1-11.3/",
                    None,
                ),
                (
                    "https://law.lis.virginia.gov/api/CoVSectionsGetSectionDetailsJson/32.1-133.1/",
                    None,
                ),
            ],
        ),
    ],
)
def test_known_sections(real, code, adapter, status, expected):
    source = real[code]
    assert source.adapter == adapter
    assert source.law_status == status
    got = {(s.url, s.section) for s in source.sections}
    assert set(expected) <= got


def test_california_cites_civil_code_52_6(real):
    assert any("52.6" in s.citation and "Civ" in s.citation for s in real["CA"].sections)


def test_illinois_cites_775_ilcs_50(real):
    il = real["IL"]
    assert il.adapter == "il_ilga"
    assert il.sections and all("775 ILCS 50/" in s.citation for s in il.sections)


def test_minnesota_is_pending_with_nothing_to_fetch(real):
    mn = real["MN"]
    assert (mn.adapter, mn.law_status, mn.sections) == ("mn_revisor", "pending", ())


@pytest.mark.parametrize(("code", "adapter"), [("NV", "nv_nrs"), ("OR", "or_ors")])
def test_chapter_site_adapters(real, code, adapter):
    assert real[code].adapter == adapter


@pytest.mark.parametrize(
    ("code", "fragment"),
    [("VT", "02661"), ("WA", "47.38.080"), ("OH", "5502.63"), ("MT", "0440-0040-0150-0010")],
)
def test_encourage_only_states_list_their_sections(real, code, fragment):
    source = real[code]
    assert source.law_status == "encouraged"
    assert any(fragment in s.url for s in source.sections)


def test_dc_notes_the_unfunded_section(real):
    dc = real["DC"]
    assert dc.law_status != "required"
    assert "Not funded" in dc.notes
    assert any("22-1843" in s.citation for s in dc.sections)


def test_adapter_overrides_are_known_names(real):
    for source in real.values():
        for section in source.sections:
            assert section.adapter in ADAPTER_NAMES, (source.jurisdiction, section.adapter)


# ---------------------------------------------------------------- bad files

CA_INDEX = list(JURISDICTIONS).index("CA")
CA = f"entry {CA_INDEX} (CA)"


def base_document() -> dict:
    """A small valid registry: every jurisdiction, CA with one section, the rest empty."""
    entries = []
    for code in JURISDICTIONS:
        entries.append(
            {
                "jurisdiction": code,
                "adapter": "generic",
                "allowed_domains": [f"legislature.{code.lower()}.example.gov"],
                "law_status": "none",
                "sections": [],
            }
        )
    entries[CA_INDEX] = {
        "jurisdiction": "CA",
        "adapter": "ca_leginfo",
        "allowed_domains": ["leginfo.legislature.ca.gov"],
        "law_status": "required",
        "sections": [
            {
                "citation": "Cal. Civ. Code § 52.6",
                "url": "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
                "?lawCode=CIV&sectionNum=52.6.",
                "verified": "documented",
            }
        ],
        "notes": "test entry",
    }
    return {"jurisdictions": entries}


def write(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "statutes.yml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def parse_file(path: Path) -> list[StatuteSource]:
    return parse_statutes(
        yaml.safe_load(path.read_text(encoding="utf-8")), path, known_adapters=ADAPTER_NAMES
    )


def error_for(tmp_path: Path, document: object) -> str:
    path = write(tmp_path, document)
    with pytest.raises(RegistryError) as info:
        parse_file(path)
    message = str(info.value)
    assert str(path) in message, message
    return message


def test_base_document_is_valid(tmp_path):
    sources = parse_file(write(tmp_path, base_document()))
    assert len(sources) == 51


def ca(document: dict) -> dict:
    return document["jurisdictions"][CA_INDEX]


def test_missing_adapter(tmp_path):
    doc = base_document()
    del ca(doc)["adapter"]
    message = error_for(tmp_path, doc)
    assert CA in message
    assert "missing required field 'adapter'" in message


def test_unknown_adapter(tmp_path):
    doc = base_document()
    ca(doc)["adapter"] = "ca_leginfoo"
    message = error_for(tmp_path, doc)
    assert f"{CA}: field adapter: unknown adapter 'ca_leginfoo'" in message
    assert "ca_leginfo" in message.split("known:")[1]


def test_unknown_adapter_override_names_the_section(tmp_path):
    doc = base_document()
    ca(doc)["sections"][0]["adapter"] = "nope"
    message = error_for(tmp_path, doc)
    assert f"{CA}: field sections.0.adapter: unknown adapter 'nope'" in message


@pytest.mark.parametrize(
    "url",
    [
        "ftp://leginfo.legislature.ca.gov/codes/CIV/52.6",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "leginfo.legislature.ca.gov/faces/x",
    ],
)
def test_non_http_url(tmp_path, url):
    doc = base_document()
    ca(doc)["sections"][0]["url"] = url
    message = error_for(tmp_path, doc)
    assert f"{CA}: field sections.0.url" in message
    assert "not an http(s) URL" in message
    assert repr(url) in message


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example.com/faces/codes_displaySection.xhtml",
        "https://leginfo.legislature.ca.gov.evil.example.com/x",
        "https://legislature.ca.gov/x",  # a parent domain is not inside the allowed host
        "http:///etc/passwd",
    ],
)
def test_url_outside_allowed_domains(tmp_path, url):
    doc = base_document()
    ca(doc)["sections"][0]["url"] = url
    message = error_for(tmp_path, doc)
    assert f"{CA}: field sections.0.url" in message
    assert "outside allowed_domains" in message


def test_subdomain_of_an_allowed_domain_is_inside(tmp_path):
    doc = base_document()
    ca(doc)["allowed_domains"] = ["legislature.ca.gov"]
    [source] = [s for s in parse_file(write(tmp_path, doc)) if s.jurisdiction == "CA"]
    assert source.allows(source.sections[0].url)


def test_upper_case_domain(tmp_path):
    doc = base_document()
    ca(doc)["allowed_domains"] = ["LegInfo.Legislature.CA.gov"]
    message = error_for(tmp_path, doc)
    assert f"{CA}: field allowed_domains.0" in message
    assert "not a lower-case hostname" in message


def test_duplicate_jurisdiction(tmp_path):
    doc = base_document()
    doc["jurisdictions"].append(copy.deepcopy(ca(doc)))
    message = error_for(tmp_path, doc)
    assert "entry 51 (CA): field jurisdiction: duplicate of entry" in message
    assert CA in message


def test_missing_jurisdiction(tmp_path):
    doc = base_document()
    doc["jurisdictions"] = [
        e for e in doc["jurisdictions"] if e["jurisdiction"] not in ("NV", "DC")
    ]
    message = error_for(tmp_path, doc)
    assert "field jurisdictions: no entry for DC, NV" in message


def test_not_a_jurisdiction(tmp_path):
    doc = base_document()
    doc["jurisdictions"].append({**copy.deepcopy(ca(doc)), "jurisdiction": "PR"})
    message = error_for(tmp_path, doc)
    assert "entry 51 (PR): field jurisdiction: 'PR' is not a state or DC" in message


def test_required_without_sections(tmp_path):
    doc = base_document()
    ca(doc)["sections"] = []
    message = error_for(tmp_path, doc)
    assert f"{CA}: field sections: law_status 'required' needs at least one section" in message


def test_bad_law_status(tmp_path):
    doc = base_document()
    ca(doc)["law_status"] = "mandatory"
    message = error_for(tmp_path, doc)
    assert f"{CA}: field law_status: 'mandatory' is not one of" in message


def test_bad_verified_value(tmp_path):
    doc = base_document()
    ca(doc)["sections"][0]["verified"] = "yes"
    message = error_for(tmp_path, doc)
    assert f"{CA}: field sections.0.verified: 'yes' is not one of" in message
    assert "capture" in message


def test_unknown_entry_field(tmp_path):
    doc = base_document()
    ca(doc)["homepage"] = "https://leginfo.legislature.ca.gov/"
    message = error_for(tmp_path, doc)
    assert f"{CA}: unknown field 'homepage'" in message
    assert "allowed: adapter, allowed_domains" in message


def test_unknown_section_field(tmp_path):
    doc = base_document()
    ca(doc)["sections"][0]["sectoin"] = "52.6"  # a typo must not be silently ignored
    message = error_for(tmp_path, doc)
    assert f"{CA}: field sections.0: unknown field 'sectoin'" in message


def test_unknown_top_level_field(tmp_path):
    doc = base_document()
    doc["version"] = 2
    message = error_for(tmp_path, doc)
    assert "unknown field 'version'" in message


def test_missing_jurisdictions_list(tmp_path):
    message = error_for(tmp_path, {"states": []})
    assert "missing required field 'jurisdictions'" in message


def test_jurisdictions_not_a_list(tmp_path):
    message = error_for(tmp_path, {"jurisdictions": {"CA": {}}})
    assert "field jurisdictions" in message
    assert "not of type 'array'" in message


def test_entry_not_a_mapping(tmp_path):
    doc = base_document()
    doc["jurisdictions"][CA_INDEX] = "CA"
    message = error_for(tmp_path, doc)
    assert f"entry {CA_INDEX}" in message
    assert "not of type 'object'" in message


def test_invalid_yaml(tmp_path):
    path = tmp_path / "statutes.yml"
    path.write_text("jurisdictions:\n  - jurisdiction: CA\n    adapter: [generic\n", "utf-8")
    with pytest.raises(RegistryError) as info:
        load_statutes(path)
    message = str(info.value)
    assert str(path) in message
    assert "not valid YAML" in message
    assert "line" in message  # the YAML error points at the place


@pytest.mark.parametrize("text", ["- AL\n- AK\n", "just a string\n", ""])
def test_top_level_not_a_mapping(tmp_path, text):
    path = tmp_path / "statutes.yml"
    path.write_text(text, "utf-8")
    with pytest.raises(RegistryError) as info:
        load_statutes(path)
    message = str(info.value)
    assert str(path) in message
    assert "expected a mapping with a 'jurisdictions' list" in message


def test_missing_file(tmp_path):
    path = tmp_path / "nope.yml"
    with pytest.raises(RegistryError, match="registry file not found"):
        load_statutes(path)


def test_citations_without_url_stay_on_record_with_a_reason(real):
    la = real["LA"]
    assert la.law_status == "required" and la.fetchable == ()
    assert [s.citation for s in la.sections] == ["La. R.S. 15:541.1"]
    assert all(s.notes.startswith("No URL yet") for s in la.sections)


def test_kentucky_sections_are_found_through_the_statutes_index(real):
    ky = real["KY"]
    assert ky.adapter == "ky_krs"
    assert {(s.section, s.url) for s in ky.fetchable} == {
        ("281.767", "https://apps.legislature.ky.gov/LAW/STATUTES/"),
        ("219.085", "https://apps.legislature.ky.gov/LAW/STATUTES/"),
    }


def test_section_without_url_needs_notes(tmp_path):
    import yaml

    from hotline_watch.registry import RegistryError, parse_statutes

    data = {
        "jurisdictions": [
            {
                "jurisdiction": "KY",
                "adapter": "generic",
                "allowed_domains": ["legislature.ky.gov"],
                "law_status": "required",
                "sections": [{"citation": "KRS 1", "verified": "unverified"}],
            }
        ]
    }
    path = tmp_path / "s.yml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(RegistryError, match=r"entry 0 \(KY\): field sections.0.notes"):
        parse_statutes(data, path, ["generic"])
