"""Statute adapters tested on real captures (../shared/captures/archive.warc.gz).

Responses come from the WARC exactly as a crawl received them (original URL, bytes and
Content-Type), so decoding is tested too. Tests that need the archive skip cleanly when
../shared/ is absent; the not-found / format-error tests use small inline pages and always run.
"""

from __future__ import annotations

import json
import re

import pytest
from scrapy.http import HtmlResponse, TextResponse

from conftest import CAPTURES, WARC
from hotline_watch.archive import ArchivedResponse, iter_responses
from spiders.sites import (
    PageFormatError,
    ParsedSection,
    SectionNotFound,
    ca_leginfo,
    get_adapter,
    tx_tcss,
)

HI_URL = "https://www.capitol.hawaii.gov/hrscurrent/Vol07_Ch0346-0398/HRS0371/HRS_0371-0020.htm"
HI_DIR_URL = "https://www.capitol.hawaii.gov/hrscurrent/Vol07_Ch0346-0398/HRS0371/"
CA_URL = (
    "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
    "?lawCode=PEN&sectionNum=187."
)
TX_URL = "https://tcss.legis.texas.gov/resources/PE/htm/PE.19.htm"
MN_URL = "https://www.revisor.mn.gov/statutes/cite/3C.12"
KS_URL = "https://www.kslegislature.gov/api/v1/statutes/21-5903/"
NV36_URL = "https://www.leg.state.nv.us/NRS/NRS-036.html"
NV00_URL = "https://www.leg.state.nv.us/NRS/NRS-000.html"
NV_INDEX_URL = "https://www.leg.state.nv.us/NRS/"
OR165_URL = "https://www.oregonlegislature.gov/bills_laws/ors/ors165.html"
OR838_URL = "https://www.oregonlegislature.gov/bills_laws/ors/ors838.html"
OR_TOC_URL = "https://www.oregonlegislature.gov/bills_laws/Pages/ORS.aspx"

CLOUDFLARE = (
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
    "<noscript>Enable JavaScript and cookies to continue</noscript>"
    "<script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1'></script>"
    "</body></html>"
)
MOJIBAKE = ("Â", "â€", "\ufffd", "Ã")


# -- helpers -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def archive() -> dict[str, ArchivedResponse]:
    if not WARC.exists():
        pytest.skip("../shared/captures/archive.warc.gz not present")
    return {r.url: r for r in iter_responses(WARC)}


_PARSED: dict[tuple[str, str], list[ParsedSection]] = {}


@pytest.fixture
def parsed(archive):
    """parsed(adapter, url) -> the sections of an archived page (parsed once per module)."""

    def get(adapter: str, url: str) -> list[ParsedSection]:
        if (adapter, url) not in _PARSED:
            _PARSED[adapter, url] = get_adapter(adapter).parse(archive[url].to_scrapy())
        return _PARSED[adapter, url]

    return get


def by_number(sections: list[ParsedSection]) -> dict[str, ParsedSection]:
    return {s.section_number: s for s in sections}


def html(url: str, body: str | bytes, content_type: str = "text/html; charset=utf-8"):
    if isinstance(body, str):
        body = body.encode("utf-8")
    return HtmlResponse(url=url, body=body, headers={"Content-Type": content_type})


def assert_clean(section: ParsedSection) -> None:
    """Blank-line separated paragraphs, no stray whitespace, no mojibake."""
    text = section.text
    assert text == text.strip() and "\n\n\n" not in text
    assert all(p and "\n" not in p and p == p.strip() for p in text.split("\n\n"))
    assert not re.search(r"[ \t\xa0\u2002\u2003]{2,}|[\xa0\u2002\u2003]", text)
    for bad in MOJIBAKE:
        assert bad not in text and bad not in (section.history or "")


# -- url_pattern claims on every archived URL ------------------------------------------------

CLAIMS = {
    "hi_hrs": {HI_URL},
    "ca_leginfo": {CA_URL},
    "tx_tcss": {TX_URL},
    "mn_revisor": {MN_URL},
    "ks_api": {KS_URL},
    "nv_nrs": {NV36_URL, NV00_URL},
    "or_ors": {OR165_URL, OR838_URL},
}


@pytest.mark.parametrize("name", sorted(CLAIMS))
def test_url_pattern_claims_exactly_its_pages_in_the_archive(archive, name):
    adapter = get_adapter(name)
    assert {url for url in archive if adapter.claims(url)} == CLAIMS[name]


@pytest.mark.parametrize(
    ("name", "url", "claimed"),
    [
        (
            "ca_leginfo",
            "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=52.6.",
            True,
        ),
        (
            "ca_leginfo",
            "https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=BPC&division=3.&title=&part=&chapter=20.3.&article=",
            False,
        ),
        (
            "ca_leginfo",
            "https://leginfo.legislature.ca.gov/faces/codesTOCSelected.xhtml?tocCode=PEN",
            False,
        ),
        ("tx_tcss", "https://tcss.legis.texas.gov/resources/GV/htm/GV.402.htm", True),
        ("tx_tcss", "https://statutes.capitol.texas.gov/Docs/PE/htm/PE.19.htm", False),
        (
            "tx_tcss",
            "https://statutes.capitol.texas.gov/GetStatute.aspx?Code=PE&Value=19.02",
            False,
        ),
        ("tx_tcss", "https://tcss.legis.texas.gov/api/GetProperty/StatutesCurrentMsg", False),
        ("mn_revisor", "https://www.revisor.mn.gov/statutes/2019/cite/3C.12", True),
        ("mn_revisor", "https://www.revisor.mn.gov/statutes/cite/3C", False),
        ("mn_revisor", "https://www.revisor.mn.gov/statutes/cite/3C/full", False),
        ("mn_revisor", "https://www.revisor.mn.gov/statutes/cite/3C.12/pdf", False),
        ("mn_revisor", "https://www.revisor.mn.gov/statutes/cite/3C.12/versions", False),
        ("ks_api", "https://www.kslegislature.gov/api/v1/statutes/8-1%2C208/", True),
        ("ks_api", "https://www.kslegislature.gov/api/v1/statutes/", False),
        ("ks_api", "https://www.kslegislature.gov/api/v1/statutes/?chapter=21&article=59", False),
        ("nv_nrs", "https://www.leg.state.nv.us/NRS/NRS-388B.html", True),
        ("nv_nrs", "https://www.leg.state.nv.us/NRS/", False),
        ("or_ors", "https://www.oregonlegislature.gov/bills_laws/ors/ano165.html", False),
        ("or_ors", "http://www.leg.state.or.us/10ssorlaws/0065.htm", False),
    ],
)
def test_url_pattern_on_documented_urls(name, url, claimed):
    assert get_adapter(name).claims(url) is claimed


# -- Hawaii (hi_hrs) -------------------------------------------------------------------------


def test_hi_section_identity(parsed):
    (s,) = parsed("hi_hrs", HI_URL)
    assert (s.section_number, s.code, s.citation) == ("371-20", "HRS", "Haw. Rev. Stat. § 371-20")
    assert (
        s.heading
        == "National Human Trafficking Resource Center hotline; posting requirement; penalty"
    )


def test_hi_text_first_and_last_words(parsed):
    (s,) = parsed("hi_hrs", HI_URL)
    assert s.text.startswith(
        "(a) Every employer specified in subsection (b) shall post and keep posted"
    )
    assert s.text.endswith("shall be considered a civil action.")
    assert len(s.text.split("\n\n")) == 17
    assert_clean(s)


def test_hi_history(parsed):
    (s,) = parsed("hi_hrs", HI_URL)
    assert s.history == "[L 2013, c 245, §1; am L 2015, c 35, §11]"
    assert "[L 2013" not in s.text


def test_hi_nav_table_after_html_is_not_text(parsed):
    (s,) = parsed("hi_hrs", HI_URL)
    for chrome in ("Previous", "Next", "Vol07_Ch0346-0398"):
        assert chrome not in s.text


def test_hi_windows_1252_decoded(archive, parsed):
    assert archive[HI_URL].to_scrapy().encoding == "cp1252"
    (s,) = parsed("hi_hrs", HI_URL)
    assert "cannot leave – whether it is commercial sex" in s.text  # 0x96 en dash


def test_hi_capture_file_bytes_parse_like_the_archive(parsed):
    path = CAPTURES / "hi-hrs" / "HRS_0371-0020_hotline_posting.htm"
    response = html(HI_URL, path.read_bytes(), "text/html; charset=windows-1252")
    assert get_adapter("hi_hrs").parse(response) == parsed("hi_hrs", HI_URL)


def test_hi_bot_wall_is_a_format_error():
    with pytest.raises(PageFormatError, match="WordSection1"):
        get_adapter("hi_hrs").parse(html(HI_URL, CLOUDFLARE))


# -- California (ca_leginfo) -----------------------------------------------------------------


def test_ca_section_identity(parsed):
    (s,) = parsed("ca_leginfo", CA_URL)
    assert (s.section_number, s.code, s.citation) == ("187", "PEN", "Cal. Penal Code § 187")
    assert s.heading is None  # California prints no catchlines


def test_ca_text_first_and_last_paragraphs(parsed):
    (s,) = parsed("ca_leginfo", CA_URL)
    paras = s.text.split("\n\n")
    assert len(paras) == 6
    assert paras[0] == (
        "(a) Murder is the unlawful killing of a human being, or a fetus, with malice aforethought."
    )
    assert paras[-1] == (
        "(c) Subdivision (b) shall not be construed to prohibit the prosecution of any person "
        "under any other provision of law."
    )
    assert_clean(s)


def test_ca_history(parsed):
    (s,) = parsed("ca_leginfo", CA_URL)
    assert s.history == (
        "(Amended by Stats. 2023, Ch. 260, Sec. 14. (SB 345) Effective January 1, 2024.)"
    )


def test_ca_hierarchy_and_page_chrome_are_not_text(parsed):
    (s,) = parsed("ca_leginfo", CA_URL)
    for chrome in (
        "Penal Code - PEN",
        "PART 1.",
        "TITLE 8.",
        "CHAPTER 1.",
        "enacted 1872",
        "Search Phrase",
        "Highlight",
        "187.",
        "Amended by Stats",
    ):
        assert chrome not in s.text


def test_ca_utf8_punctuation_decoded(parsed):
    (s,) = parsed("ca_leginfo", CA_URL)
    assert "holder of a physician’s and surgeon’s certificate" in s.text


def test_ca_empty_single_law_section_is_not_found(archive):
    body = archive[CA_URL].body
    start = body.index(b">", body.index(b'<div id="single_law_section"')) + 1
    end = body.index(b"</BODY></HTML>", start) + len(b"</BODY></HTML>")
    emptied = body[:start] + body[end:]
    assert b'<div id="single_law_section"' in emptied and b"codeLawSectionNoHead" not in emptied
    with pytest.raises(SectionNotFound, match="single_law_section"):
        get_adapter("ca_leginfo").parse(html(CA_URL, emptied))


def test_ca_page_without_the_section_div_is_a_format_error():
    with pytest.raises(PageFormatError, match="single_law_section"):
        get_adapter("ca_leginfo").parse(html(CA_URL, CLOUDFLARE))


def test_ca_citation_names():
    assert ca_leginfo.citation("CIV", "52.6") == "Cal. Civ. Code § 52.6"
    assert ca_leginfo.citation("BPC", "17200") == "Cal. Bus. & Prof. Code § 17200"
    assert ca_leginfo.citation("HSC", "11362.5") == "Cal. Health & Safety Code § 11362.5"
    assert ca_leginfo.citation("XYZ", "1") == "Cal. XYZ Code § 1"


# -- Texas (tx_tcss) -------------------------------------------------------------------------

TX_HEADINGS = [
    "TYPES OF CRIMINAL HOMICIDE",
    "MURDER",
    "CAPITAL MURDER",
    "MANSLAUGHTER",
    "CRIMINALLY NEGLIGENT HOMICIDE",
    "APPLICABILITY TO CERTAIN CONDUCT",
]


def test_tx_sections_in_order(parsed):
    sections = parsed("tx_tcss", TX_URL)
    assert [s.section_number for s in sections] == [f"19.0{n}" for n in range(1, 7)]
    assert [s.heading for s in sections] == TX_HEADINGS


def test_tx_code_citation_and_anchor_url(parsed):
    s = by_number(parsed("tx_tcss", TX_URL))["19.02"]
    assert (s.code, s.citation) == ("PE", "Tex. Penal Code § 19.02")
    assert s.url == f"{TX_URL}#19.02"


def test_tx_text_first_and_last_paragraphs(parsed):
    s = by_number(parsed("tx_tcss", TX_URL))["19.02"]
    paras = s.text.split("\n\n")
    assert paras[0] == "(a) In this section:"
    assert paras[-1].startswith("(e) It is a defense to prosecution under Subsection (b)(4)")
    assert paras[-1].endswith("Health and Safety Code, or other state or federal law.")
    assert len(paras) == 11
    for section in parsed("tx_tcss", TX_URL):
        assert_clean(section)


def test_tx_history_with_amended_by_lines(parsed):
    s = by_number(parsed("tx_tcss", TX_URL))["19.02"]
    assert s.history == (
        "Acts 1973, 63rd Leg., p. 883, ch. 399, Sec. 1, eff. Jan. 1, 1974. Amended by Acts 1973, "
        "63rd Leg., p. 1123, ch. 426, art. 2, Sec. 1, eff. Jan. 1, 1974; Acts 1993, 73rd Leg., "
        "ch. 900, Sec. 1.01, eff. Sept. 1, 1994.\n"
        "Amended by:\n"
        "Acts 2023, 88th Leg., R.S., Ch. 910 (H.B. 6), Sec. 20, eff. September 1, 2023."
    )
    assert "Acts 1973" not in s.text and "Amended by" not in s.text


def test_tx_history_added_by(parsed):
    s = by_number(parsed("tx_tcss", TX_URL))["19.06"]
    assert s.history == "Added by Acts 2003, 78th Leg., ch. 822, Sec. 2.02, eff. Sept. 1, 2003."
    assert s.text.endswith("administration of a drug prescribed in accordance with law.")


def test_tx_cross_references_do_not_split_sections(parsed):
    s = by_number(parsed("tx_tcss", TX_URL))["19.03"]
    assert s.text.startswith(
        "(a) A person commits an offense if the person commits murder as defined under "
        "Section 19.02(b)(1) and:"
    )
    assert "under this section or Section 19.02, murders another; or" in s.text
    assert s.history.endswith(
        "Acts 2023, 88th Leg., R.S., Ch. 1057 (S.B. 386), Sec. 2, eff. September 1, 2023."
    )


def test_tx_chapter_headings_are_not_text(parsed):
    for s in parsed("tx_tcss", TX_URL):
        for heading in ("PENAL CODE", "TITLE 5.", "CHAPTER 19."):
            assert heading not in s.text and heading not in (s.history or "")
        assert "Sec. 19." not in s.text  # the history may cite "Renumbered from ... Sec. 19.04"


def test_tx_bom_is_dropped(archive, parsed):
    bom = b"\xef\xbb\xbf" + archive[TX_URL].body
    sections = get_adapter("tx_tcss").parse(html(TX_URL, bom, "text/html"))
    assert sections == parsed("tx_tcss", TX_URL)


def test_tx_spa_shell_is_a_format_error():
    shell = "<html><body><app-root></app-root><script src='main.js'></script></body></html>"
    with pytest.raises(PageFormatError, match="Sec. N."):
        get_adapter("tx_tcss").parse(html(TX_URL, shell))


def test_tx_citation_names():
    assert tx_tcss.citation("GV", "402.0351") == "Tex. Gov't Code § 402.0351"
    assert tx_tcss.citation("HS", "481.1022") == "Tex. Health & Safety Code § 481.1022"
    assert tx_tcss.citation("CR", "2.01") == "Tex. Code Crim. Proc. art. 2.01"
    assert tx_tcss.citation("ZZ", "1.01") == "Tex. ZZ Code § 1.01"


# -- Minnesota (mn_revisor) ------------------------------------------------------------------


def test_mn_section_identity(parsed):
    (s,) = parsed("mn_revisor", MN_URL)
    assert (s.section_number, s.code, s.citation) == ("3C.12", "MS", "Minn. Stat. § 3C.12")
    assert s.heading == "SALE AND DISTRIBUTION OF STATUTES AND LAWS"


def test_mn_subdivisions_keep_numbers_and_headnotes(parsed):
    (s,) = parsed("mn_revisor", MN_URL)
    paras = s.text.split("\n\n")
    assert paras[0].startswith(
        "Subdivision 1. Number of copies printed. The revisor shall determine how many copies"
    )
    assert [re.match(r"Subd\. \d+", p)[0] for p in paras if p.startswith("Subd.")] == [
        f"Subd. {n}" for n in range(2, 8)
    ]
    assert paras[-1].startswith("Subd. 7. Sale price. The revisor shall fix")
    assert s.text.endswith("must be deposited in the general fund.")
    assert len(paras) == 27
    assert_clean(s)


def test_mn_inline_link_stays_in_the_sentence(parsed):
    (s,) = parsed("mn_revisor", MN_URL)
    assert "eligible to receive a free copy under this section or section 15.18; and" in s.text


def test_mn_history(parsed):
    (s,) = parsed("mn_revisor", MN_URL)
    assert s.history.startswith("1984 c 480 s 12; 1984 c 654 art 5 s 58; 1985 c 14 s 1;")
    assert s.history.endswith("; 2004 c 206 s 52; 2009 c 101 art 2 s 109")
    assert s.history.count(";") == 18


def test_mn_page_chrome_is_not_text(parsed):
    (s,) = parsed("mn_revisor", MN_URL)
    for chrome in (
        "3C.11",
        "3C.13",
        "Search Minnesota Statutes",
        "Version List",
        "Minnesota Statutes 2025",
        "2025 Minnesota Statutes",
        "Official Publication",
        "History",
        "§",
        "PDF",
    ):
        assert chrome not in s.text


def test_mn_page_without_statute_div_is_a_format_error():
    with pytest.raises(PageFormatError, match="xtend"):
        get_adapter("mn_revisor").parse(html(MN_URL, CLOUDFLARE))


# -- Kansas (ks_api) -------------------------------------------------------------------------


def test_ks_response_is_json_text(archive):
    response = archive[KS_URL].to_scrapy()
    assert isinstance(response, TextResponse)
    assert response.headers["Content-Type"] == b"application/json; charset=utf-8"


def test_ks_section_identity(parsed):
    (s,) = parsed("ks_api", KS_URL)
    assert (s.section_number, s.code, s.citation) == ("21-5903", "KSA", "K.S.A. 21-5903")
    assert s.heading == "Perjury"


def test_ks_paragraphs_rebuilt_from_the_run_on_string(parsed):
    (s,) = parsed("ks_api", KS_URL)
    paras = s.text.split("\n\n")
    assert [p.split(" ")[0] for p in paras] == ["(a)", "(1)", "(2)", "(3)", "(b)", "(1)", "(2)"]
    assert paras[0] == "(a) Perjury is intentionally and falsely:"
    assert paras[-1] == (
        "(2) severity level 7, nonperson felony if the false statement is made upon the trial "
        "of a felony charge."
    )
    assert_clean(s)


def test_ks_inline_subsection_references_do_not_split(parsed):
    (s,) = parsed("ks_api", KS_URL)
    assert "as provided in K.S.A. 25-1121(c), and amendments thereto." in s.text
    assert "except as provided in subsection (b)(2); and" in s.text


def test_ks_history(parsed):
    (s,) = parsed("ks_api", KS_URL)
    assert (
        s.history == "L. 2010, ch. 136, § 128; L. 2013, ch. 3, § 1; L. 2018, ch. 116, § 6; July 1."
    )
    assert "History" not in s.text


@pytest.mark.parametrize("status", [200, 404])
def test_ks_detail_no_archived_text_is_not_found(status):
    body = json.dumps({"detail": "K.S.A. 99-9999 has no archived text."}).encode()
    response = TextResponse(
        url="https://www.kslegislature.gov/api/v1/statutes/99-9999/",
        status=status,
        body=body,
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(SectionNotFound, match="99-9999 has no archived text"):
        get_adapter("ks_api").parse(response)


def test_ks_other_api_errors_are_format_errors():
    body = b'{"detail": "Request was throttled. Expected available in 5 seconds."}'
    response = TextResponse(url=KS_URL, body=body, headers={"Content-Type": "application/json"})
    with pytest.raises(PageFormatError, match="throttled"):
        get_adapter("ks_api").parse(response)


def test_ks_html_instead_of_json_is_a_format_error():
    with pytest.raises(PageFormatError, match="not JSON"):
        get_adapter("ks_api").parse(html(KS_URL, CLOUDFLARE))


def test_ks_section_with_history_only_keeps_it_as_text():
    # Assumed shape of a repealed section (no capture): number, then only the history.
    data = {"section": "21-3401", "text": "21-3401.History: L. 1969, ch. 180; Repealed, L. 2010."}
    response = TextResponse(url=KS_URL, body=json.dumps(data).encode())
    (s,) = get_adapter("ks_api").parse(response)
    assert (s.section_number, s.text, s.heading, s.history) == (
        "21-3401",
        "L. 1969, ch. 180; Repealed, L. 2010.",
        None,
        None,
    )


# -- Nevada (nv_nrs) -------------------------------------------------------------------------

NV00_NUMBERS = [
    "0.010",
    "0.020",
    "0.023",
    "0.024",
    "0.025",
    "0.030",
    "0.0302",
    "0.0305",
    "0.0307",
    "0.031",
    "0.033",
    "0.034",
    "0.036",
    "0.0365",
    "0.037",
    "0.038",
    "0.039",
    "0.040",
    "0.050",
    "0.055",
    "0.060",
]


def test_nv_chapter_36_single_section(parsed):
    (s,) = parsed("nv_nrs", NV36_URL)
    assert (s.section_number, s.code, s.citation) == ("36.010", "NRS", "NRS 36.010")
    assert s.heading == "Defendant asking affirmative relief may have provisional remedies"
    assert s.url == f"{NV36_URL}#NRS036Sec010"


def test_nv_text_first_and_last_words(parsed):
    (s,) = parsed("nv_nrs", NV36_URL)
    assert s.text.startswith("When the defendant interposes a counterclaim, and thereupon")
    assert s.text.endswith("the counterclaim so set forth in the answer is deemed the complaint.")
    assert "\n" not in s.text
    assert_clean(s)


def test_nv_history(parsed):
    (s,) = parsed("nv_nrs", NV36_URL)
    assert s.history == "[1911 CPA § 252; RL § 5194; NCL § 8750]"


def test_nv_windows_1252_decoded(archive, parsed):
    assert archive[NV36_URL].to_scrapy().encoding == "cp1252"
    (s,) = parsed("nv_nrs", NV36_URL)
    assert "the defendant’s right to a provisional remedy" in s.text  # 0x92


def test_nv_preliminary_chapter_sections(parsed):
    sections = parsed("nv_nrs", NV00_URL)
    assert [s.section_number for s in sections] == NV00_NUMBERS
    for s in sections:
        assert_clean(s)
        assert s.history and s.history.startswith("(Added to NRS by ")


def test_nv_numbered_subsections_are_paragraphs(parsed):
    s = by_number(parsed("nv_nrs", NV00_URL))["0.020"]
    assert s.heading == "Severability"
    assert [p[:25] for p in s.text.split("\n\n")] == [
        "1. If any provision of th",
        "2. The inclusion of an ex",
    ]
    assert s.history == "(Added to NRS by 1977, 166)"


def test_nv_history_with_substitution_note(parsed):
    s = by_number(parsed("nv_nrs", NV00_URL))["0.0305"]
    assert s.heading == (
        "“Board of county commissioners” and “board” includes Board of Supervisors of Carson City"
    )
    assert s.history == (
        "(Added to NRS by 1969, 321; A 1985, 221) — (Substituted in revision for NRS 0.035)"
    )


def test_nv_flush_language_glyph_is_not_a_stray_letter(parsed):
    s = by_number(parsed("nv_nrs", NV00_URL))["0.025"]
    assert s.text.split("\n\n")[-1].startswith("▶ applies to the section as a whole")
    assert "The symbol “▶” in bills" in s.text
    assert all("Ê" not in x.text for x in parsed("nv_nrs", NV00_URL))


def test_nv_title_and_table_of_contents_are_not_text(parsed):
    for s in parsed("nv_nrs", NV00_URL):
        for chrome in ("PRELIMINARY CHAPTER", "[Rev. 6/2/2018", "_________", "NRS 0.0"):
            assert chrome not in s.text


def test_nv_spacers_do_not_end_a_section_but_headings_do():
    # Markup copied from NRS-000, with a spacer inside 0.020 and an article heading after it.
    page = (
        '<html><body><div class="WordSection1">'
        '<p class="SectBody"><span class=Empty><a name="NRS000Sec020"></a>NRS&#8194;</span>'
        "<span class=Section>0.020</span><span class=Empty>&#8194;&#8194;</span>"
        "<span class=Leadline>Severability.</span></p>"
        '<p class="SectBody">1.&#8194;&#8194;First.</p>'
        '<p class="MsoNormal">&nbsp;</p>'
        '<p class="SectBody">2.&#8194;&#8194;Second.</p>'
        '<p class="SourceNote">(Added to NRS by 1977, 166)</p>'
        '<p class="DocHeading2">GENERAL PROVISIONS</p>'
        '<p class="SectBody">Stray text after a heading.</p>'
        "</div></body></html>"
    )
    response = html(NV00_URL, page.encode("cp1252"), "text/html; charset=windows-1252")
    (s,) = get_adapter("nv_nrs").parse(response)
    assert (s.text, s.history) == ("1. First.\n\n2. Second.", "(Added to NRS by 1977, 166)")


def test_nv_index_page_is_a_format_error(archive):
    with pytest.raises(PageFormatError, match="span.Section"):
        get_adapter("nv_nrs").parse(archive[NV_INDEX_URL].to_scrapy())


# -- Oregon (or_ors) -------------------------------------------------------------------------


def test_or_chapter_838_sections(parsed):
    sections = parsed("or_ors", OR838_URL)
    assert [s.section_number for s in sections] == [
        f"838.{n:03d}" for n in (5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75)
    ]
    s = sections[0]
    assert (s.heading, s.citation, s.code) == ("Definitions", "ORS 838.005", "ORS")
    assert s.text.split("\n\n") == [
        "As used in this chapter, unless the context requires otherwise:",
        "(1) “District” means an airport district established under this chapter.",
        "(2) “District board” means the governing body of the district.",
    ]
    assert s.history == "[Formerly 494.010]"


def test_or_chapter_165_section_list(parsed):
    numbers = [s.section_number for s in parsed("or_ors", OR165_URL)]
    assert len(numbers) == 169 == len(set(numbers))  # table of contents lines are not sections
    assert numbers[:4] == ["165.002", "165.005", "165.007", "165.010"]
    assert numbers[-2:] == ["165.850", "165.990"]


def test_or_section_165_007(parsed):
    s = by_number(parsed("or_ors", OR165_URL))["165.007"]
    assert (s.heading, s.citation) == ("Forgery in the second degree", "ORS 165.007")
    assert s.text.startswith(
        "(1) A person commits the crime of forgery in the second degree if, with intent"
    )
    assert s.text.endswith("(2) Forgery in the second degree is a Class A misdemeanor.")
    assert len(s.text.split("\n\n")) == 4
    assert s.history == "[1971 c.743 §152]"
    assert_clean(s)


def test_or_windows_1252_decoded(archive, parsed):
    assert archive[OR165_URL].to_scrapy().encoding == "cp1252"
    s = by_number(parsed("or_ors", OR165_URL))["165.002"]
    assert "(1) “Written instrument” means any paper" in s.text
    assert s.history == "[1971 c.743 §151; 2001 c.535 §27]"
    for section in parsed("or_ors", OR165_URL):
        assert_clean(section)


def test_or_headings_are_not_section_text(parsed):
    sections = parsed("or_ors", OR165_URL)
    s = by_number(sections)["165.074"]
    assert s.text.endswith("has one or more previous convictions under this section.")
    assert s.history == "[1991 c.398 §2; 2003 c.383 §2]"
    for section in sections:
        for heading in (
            "BUSINESS AND COMMERCIAL OFFENSES",
            "2021 EDITION",
            "Chapter 165 —",
            "CRIMES INVOLVING COMMUNICATIONS",
            "PENALTIES",
        ):
            assert heading not in section.text


def test_or_all_caps_statute_text_is_kept(parsed):
    s = by_number(parsed("or_ors", OR165_URL))["165.117"]
    assert (
        "I, _______________, AFFIRM UNDER PENALTY OF LAW THAT THE PROPERTY I AM SELLING IN THIS "
        "TRANSACTION IS NOT, TO THE BEST OF MY KNOWLEDGE, STOLEN PROPERTY." in s.text.split("\n\n")
    )
    assert s.history == "[Formerly 165.107; 2015 c.240 §2; 2021 c.351 §4; 2021 c.412 §3]"


def test_or_note_goes_to_history(parsed):
    s = by_number(parsed("or_ors", OR165_URL))["165.075"]
    assert "Note:" not in s.text
    assert s.history.startswith(
        "[1971 c.743 §162]\nNote: Legislative Counsel has substituted “chapter 743, Oregon Laws "
        "1971,” for the words “this Act”"
    )
    assert s.history.endswith("located in Volume 22 of ORS.")


def test_or_repealed_stub_keeps_its_note_as_text(parsed):
    s = by_number(parsed("or_ors", OR165_URL))["165.005"]
    assert (s.heading, s.history) == (None, None)
    assert s.text == "[Amended by 1955 c.435 §1; repealed by 1971 c.743 §432]"


def test_or_toc_page_is_a_format_error(archive):
    with pytest.raises(PageFormatError, match="section heading"):
        get_adapter("or_ors").parse(archive[OR_TOC_URL].to_scrapy())


def test_or_bot_wall_is_a_format_error():
    with pytest.raises(PageFormatError, match="WordSection1"):
        get_adapter("or_ors").parse(html(OR165_URL, CLOUDFLARE))
