"""Adapters built from documentation only (FL, NY, IL, VA) and the generic fallback.

No real capture of these sites exists, so the fixtures in tests/fixtures/sites/ are hand-written
from the documented structure (each says so on its first line). These tests pin the parsing
rules; a real capture, when one exists, must be added beside them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, TextResponse

from spiders.sites import ADAPTERS, PageFormatError, SectionNotFound, get_adapter
from spiders.sites.generic import url_slug
from spiders.sites.ny_openleg import API_KEY_ENV

FIXTURES = Path(__file__).parent / "fixtures" / "sites"

FL_URL = (
    "https://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute"
    "&Search_String=&URL=0700-0799/0787/Sections/0787.29.html"
)
FL_SENATE_URL = "https://www.flsenate.gov/Laws/Statutes/2025/787.29"
NY_URL = "https://www.nysenate.gov/legislation/laws/GBS/206-F"
NY_KEY = "s3cr3t-KEY/with+chars"
IL_FTP_URL = "https://www.ilga.gov/ftp/ILCS/Ch%200775/Act%200050/077500500K5.html"
IL_ACT_URL = "https://www.ilga.gov/Legislation/ILCS/Articles?ActID=3764&ChapterID=64"
VA_URL = "https://law.lis.virginia.gov/api/CoVSectionsGetSectionDetailsJson/40.1-11.3/"
GEN_URL = "https://legislature.example.gov/statutes/title-12/chapter-19/section-12-19-102"

CLOUDFLARE = (
    b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
    b"<noscript>Enable JavaScript and cookies to continue</noscript>"
    b"<script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1'></script>"
    b"</body></html>"
)


def html(url: str, body: bytes | str) -> HtmlResponse:
    if isinstance(body, str):
        body = body.encode("utf-8")
    return HtmlResponse(url=url, body=body, headers={"Content-Type": "text/html; charset=utf-8"})


def json_response(url: str, body: bytes | str | object) -> TextResponse:
    if not isinstance(body, bytes | str):
        body = json.dumps(body)
    if isinstance(body, str):
        body = body.encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8"}
    return TextResponse(url=url, body=body, headers=headers)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def assert_clean_paragraphs(text: str, count: int) -> None:
    assert text == text.strip() and "\n\n\n" not in text
    assert all(p and "\n" not in p for p in text.split("\n\n"))
    assert len(text.split("\n\n")) == count


DOCUMENTED_FIXTURES = (
    "fl_787.29.html",
    "ny_api_GBS_206-F.json",
    "ny_html_GBS_206-F.html",
    "il_ftp_section.html",
    "il_act_page.html",
    "va_api_40.1-11.3.json",
    "generic_official.html",
)


def test_fixtures_say_they_are_hand_written():
    for name in DOCUMENTED_FIXTURES:
        first = (FIXTURES / name).read_text(encoding="utf-8").splitlines()[0]
        assert "HAND-WRITTEN" in first and "NOT a capture" in first, name


def test_adapters_registered():
    for name in ("fl_leg", "ny_openleg", "il_ilga", "va_api", "generic"):
        assert ADAPTERS[name].name == name
    assert get_adapter("il_ilga").multi_section is True
    assert not any(get_adapter(n).multi_section for n in ("fl_leg", "ny_openleg", "va_api"))


# --- Florida --------------------------------------------------------------------------------


def test_fl_section_page():
    [s] = get_adapter("fl_leg").parse(html(FL_URL, fixture("fl_787.29.html")))
    assert s.section_number == "787.29"  # trailing U+2003 gone
    assert (s.code, s.citation) == ("FS", "Fla. Stat. § 787.29")
    assert s.heading == "Human trafficking public awareness signs"
    assert s.history == "s. 9, ch. 2019-152."
    assert s.url is None
    assert s.text.startswith("(1) As used in this section, the term “human trafficking")
    assert s.text.endswith("in every rest area and welcome center in this state.")
    assert_clean_paragraphs(s.text, 5)
    paras = s.text.split("\n\n")
    # Cross-reference links stay inside their sentence; nested paragraphs are their own.
    assert paras[1] == (
        "(2) The following establishments shall display a human trafficking public "
        "awareness sign as required by s. 787.06:"
    )
    assert paras[2] == "(a) A strip club or other adult entertainment establishment."
    for chrome in (
        "2019-152",
        "History",
        "Note.",
        "Entire Chapter",
        "KIDNAPPING",
        "Copyright",
        "The 2025 Florida Statutes",
        "Online Sunshine",
        "787.29",
        "\u2003",
    ):
        assert chrome not in s.text, chrome


def test_fl_senate_mirror_same_markup():
    [s] = get_adapter("fl_leg").parse(html(FL_SENATE_URL, fixture("fl_787.29.html")))
    assert (s.section_number, s.heading) == ("787.29", "Human trafficking public awareness signs")


def test_fl_soft_404_and_missing_structure():
    adapter = get_adapter("fl_leg")
    missing = (
        "<html><body><div id='statutes'><font><html><body>"
        "<p>The statute you have selected cannot be found.</p></body></html></font></div>"
        "</body></html>"
    )
    with pytest.raises(SectionNotFound, match="cannot be found"):
        adapter.parse(html(FL_URL, missing))
    with pytest.raises(PageFormatError, match=r"div\.Section"):
        adapter.parse(html(FL_URL, "<html><body><div id='statutes'></div></body></html>"))
    no_body = "<div class='Section'><span class='SectionNumber'>787.29\u2003</span></div>"
    with pytest.raises(PageFormatError, match=r"span\.SectionBody"):
        adapter.parse(html(FL_URL, no_body))


def test_fl_url_pattern():
    adapter = get_adapter("fl_leg")
    assert adapter.claims(FL_URL)
    assert adapter.claims(
        "https://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute"
        "&URL=0400-0499/0409/Sections/0409.9201.html"
    )
    assert adapter.claims(FL_SENATE_URL)
    assert not adapter.claims(
        "https://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute"
        "&URL=0700-0799/0787/0787ContentsIndex.html&StatuteYear=2025"
    )
    # The whole-chapter page is claimed: it is parsed like a section page (one div.Section each).
    assert adapter.claims("https://www.flsenate.gov/Laws/Statutes/2025/Chapter787/All")
    assert not adapter.claims(NY_URL)


# --- New York -------------------------------------------------------------------------------

NY_FIRST = "1. Every establishment listed in subdivision two of this section shall post,"
NY_LAST = "3. The notice shall be posted in English and in Spanish."


def test_ny_html_page(monkeypatch):
    monkeypatch.delenv(API_KEY_ENV, raising=False)
    adapter = get_adapter("ny_openleg")
    assert adapter.request_url(NY_URL) == NY_URL  # no key: the HTML page itself
    [s] = adapter.parse(html(NY_URL, fixture("ny_html_GBS_206-F.html")))
    assert s.section_number == "206-f"  # as printed in "§ 206-f."
    assert (s.code, s.citation) == ("GBS", "N.Y. Gen. Bus. Law § 206-f")
    assert s.heading == "Human trafficking hotline notice"
    assert s.history is None
    assert s.url == NY_URL
    assert s.text.startswith(NY_FIRST)
    assert s.text.endswith(NY_LAST)
    assert_clean_paragraphs(s.text, 6)
    # Hard-wrapped lines are rejoined; "(1-888-373-7888)." continued a wrapped line.
    assert "National Human Trafficking Hotline (1-888-373-7888)." in s.text.split("\n\n")[0]
    assert s.text.split("\n\n")[3] == "(b) truck stops; and"
    for chrome in (
        "§ 206-f",
        "Human trafficking hotline notice",
        "SECTION 206-F",
        "Viewing most recent revision",
        "Previous: Definitions",
        "newsletter",
        "informational purposes",
        "General Business (GBS)",
    ):
        assert chrome not in s.text, chrome


def test_ny_api_matches_html_and_never_leaks_key(monkeypatch):
    monkeypatch.setenv(API_KEY_ENV, NY_KEY)
    adapter = get_adapter("ny_openleg")
    api_url = adapter.request_url(NY_URL)
    assert api_url == (
        "https://legislation.nysenate.gov/api/3/laws/GBS/206-F/?key=s3cr3t-KEY%2Fwith%2Bchars"
    )
    assert adapter.claims(api_url)  # so `ingest` routes an archived API response here
    [api] = adapter.parse(json_response(api_url, fixture("ny_api_GBS_206-F.json")))
    [page] = adapter.parse(html(NY_URL, fixture("ny_html_GBS_206-F.html")))
    assert api == page  # same key, text and citation whichever path fetched it
    assert api.url == NY_URL
    for quoted in (NY_KEY, "s3cr3t", "key="):
        assert quoted not in repr(api)


def test_ny_request_url_without_usable_key(monkeypatch):
    adapter = get_adapter("ny_openleg")
    monkeypatch.setenv(API_KEY_ENV, "   ")
    assert adapter.request_url(NY_URL) == NY_URL
    monkeypatch.setenv(API_KEY_ENV, NY_KEY)
    other = "https://www.nysenate.gov/newsroom/press-releases"
    assert adapter.request_url(other) == other


def test_ny_not_found_and_errors_keep_key_out(monkeypatch):
    monkeypatch.setenv(API_KEY_ENV, NY_KEY)
    adapter = get_adapter("ny_openleg")
    api_url = adapter.request_url(NY_URL)
    missing_api = {
        "success": False,
        "message": "The requested law document was not found",
        "responseType": "error",
        "errorCode": 21,
        "errorData": {"lawDocId": "GBS206-F", "endDate": "2025-01-09"},
        "errorDataType": "law-doc-query",
    }
    with pytest.raises(SectionNotFound) as exc:
        adapter.parse(json_response(api_url, missing_api))
    assert NY_KEY not in str(exc.value)
    with pytest.raises(PageFormatError) as exc:
        adapter.parse(json_response(api_url, "{not json"))
    assert NY_KEY not in str(exc.value) and "s3cr3t" not in str(exc.value)
    missing_html = (
        "<html><body><main><div class='nys-openleg-result-container'>"
        "<p>The requested entry could not be found.</p></div></main></body></html>"
    )
    with pytest.raises(SectionNotFound, match="could not be found"):
        adapter.parse(html(NY_URL, missing_html))


def test_ny_cloudflare_wall_and_mismatch():
    adapter = get_adapter("ny_openleg")
    with pytest.raises(PageFormatError, match="Just a moment"):
        adapter.parse(html(NY_URL, CLOUDFLARE))
    with pytest.raises(PageFormatError, match=r"nys-openleg-result-text"):
        adapter.parse(html(NY_URL, "<html><body><h1>Laws</h1></body></html>"))
    wrong = fixture("ny_html_GBS_206-F.html").replace("§ 206-f.".encode(), "§ 206-g.".encode())
    with pytest.raises(PageFormatError, match="206-g"):
        adapter.parse(html(NY_URL, wrong))


def test_ny_url_pattern():
    adapter = get_adapter("ny_openleg")
    assert adapter.claims(NY_URL)
    assert adapter.claims("https://www.nysenate.gov/legislation/laws/PEN/10.00")
    assert not adapter.claims("https://www.nysenate.gov/legislation/laws/GBS/A10-B")
    assert not adapter.claims("https://www.nysenate.gov/legislation/laws/GBS")
    assert not adapter.claims(FL_SENATE_URL)


# --- Illinois -------------------------------------------------------------------------------

IL_5_FIRST = "(a) Each of the following businesses and other establishments shall post a notice"
IL_5_LAST = "used by any business or establishment to comply with this Act."


def test_il_static_section_file():
    [s] = get_adapter("il_ilga").parse(html(IL_FTP_URL, fixture("il_ftp_section.html")))
    assert s.section_number == "5"
    assert (s.code, s.citation) == ("775ILCS50", "775 ILCS 50/5")
    assert s.heading == "Posted notice required"
    assert s.history == "(Source: P.A. 99-99, eff. 1-1-16.)"
    assert s.text.startswith(IL_5_FIRST)
    assert s.text.endswith(IL_5_LAST)
    assert_clean_paragraphs(s.text, 5)
    for leaked in ("775 ILCS", "Sec. 5", "Source", "P.A. 99-99"):
        assert leaked not in s.text, leaked


def test_il_act_page_sections():
    adapter = get_adapter("il_ilga")
    sections = adapter.parse(html(IL_ACT_URL, fixture("il_act_page.html")))
    assert [s.section_number for s in sections] == ["1", "5"]
    one, five = sections
    # Catchline and text on one line: "Sec. 1. Short title. This Act may be cited ..."
    assert one.heading == "Short title"
    assert one.text == "This Act may be cited as the Human Trafficking Resource Center Notice Act."
    assert one.citation == "775 ILCS 50/1"
    assert five.heading == "Posted notice required"
    assert five.history == "(Source: P.A. 99-99, eff. 1-1-16.)"
    # Outline items in nested width=100% tables are paragraphs; the link stays inline.
    assert five.text.split("\n\n")[1] == (
        "(1) On-premises consumption retailer licensees under the Liquor Control Act of 1934."
    )
    # Same text whichever shape carried it.
    [ftp] = adapter.parse(html(IL_FTP_URL, fixture("il_ftp_section.html")))
    assert five.text == ftp.text
    for s in sections:
        for chrome in (
            "Top",
            "Back to Act Listing",
            "Illinois General Assembly",
            "Legislative Reference Bureau",
            "(775 ILCS 50/)",
        ):
            assert chrome not in s.text, chrome


def test_il_dual_printed_section_keeps_version_note():
    page = (
        "<div class='billtext-scale'><table width='500'><tr><td>"
        "<code><font>(820 ILCS 115/9) (from Ch. 48, par. 39m-9)</font></code><br>"
        "<code><font>(Text of Section after amendment by P.A. 104-457)</font></code><br>"
        "<code><font>Sec. 9. Except as hereinafter provided, deductions by employers from "
        "wages or final compensation are prohibited unless such deductions are made with "
        "the express written consent of the employee.</font></code><br>"
        "<code><font>(Source: P.A. 104-457, eff. 6-1-26.)</font></code>"
        "</td></tr></table></div>"
    )
    [s] = get_adapter("il_ilga").parse(html(IL_ACT_URL, page))
    assert (s.section_number, s.code, s.heading) == ("9", "820ILCS115", None)
    assert s.text.startswith("(Text of Section after amendment by P.A. 104-457)\n\nExcept as")
    assert s.history == "(Source: P.A. 104-457, eff. 6-1-26.)"


def test_il_repealed_stub_is_skipped_not_fatal():
    repealed = (
        "<table width='500'><tr><td><code><font>(775 ILCS 50/20) (was 775 ILCS 50/19)</font>"
        "</code><br><code><font>Sec. 20. (Repealed).</font></code><br>"
        "<code><font>(Source: P.A. 99-99, eff. 1-1-16. Repealed by P.A. 100-1, eff. 1-1-18.)"
        "</font></code></td></tr></table>"
    )
    page = fixture("il_act_page.html").decode("utf-8")
    page = page.replace('<br>\n<code><font face="Times New Roman"><b>Top', repealed + "<b>Top")
    assert repealed in page
    adapter = get_adapter("il_ilga")
    assert [s.section_number for s in adapter.parse(html(IL_ACT_URL, page))] == ["1", "5"]
    with pytest.raises(PageFormatError, match="no section with text"):
        adapter.parse(html(IL_ACT_URL, f"<div class='billtext-scale'>{repealed}</div>"))


def test_il_empty_act_and_missing_structure():
    adapter = get_adapter("il_ilga")
    empty = "<html><body><main><div class='billtext-scale'>\n  </div></main></body></html>"
    with pytest.raises(SectionNotFound, match="billtext-scale"):
        adapter.parse(html(IL_ACT_URL, empty))
    with pytest.raises(PageFormatError, match="ILCS"):
        adapter.parse(html(IL_FTP_URL, "<html><body><p>Service unavailable</p></body></html>"))
    no_sec = "<body><code><font>(775 ILCS 50/5)<br>Posted notice required.</font></code></body>"
    with pytest.raises(PageFormatError, match="Sec. 5"):
        adapter.parse(html(IL_FTP_URL, no_sec))


def test_il_url_pattern():
    adapter = get_adapter("il_ilga")
    assert adapter.claims(IL_FTP_URL)
    assert adapter.claims(IL_ACT_URL)
    assert adapter.claims(
        "https://www.ilga.gov/legislation/ILCS/details?ActID=1249&ChapterID=22&SeqStart=1&SeqEnd=5"
    )
    assert not adapter.claims("https://www.ilga.gov/ftp/ILCS/Ch%200775/Act%200050/")
    assert not adapter.claims("https://www.ilga.gov/Legislation/BillStatus?DocNum=1")


# --- Virginia -------------------------------------------------------------------------------


def test_va_section():
    [s] = get_adapter("va_api").parse(json_response(VA_URL, fixture("va_api_40.1-11.3.json")))
    assert s.section_number == "40.1-11.3"
    assert (s.code, s.citation) == ("VA", "Va. Code § 40.1-11.3")
    assert s.heading == "Human trafficking hotline; posting of information"
    assert s.history == "2012, c. 259; 2015, c. 691."
    assert s.text.startswith("A. The Commissioner shall, in cooperation with the Department")
    assert s.text.endswith("alcoholic beverages for on-premises consumption.")
    assert_clean_paragraphs(s.text, 2)
    assert "information on the national human trafficking hotline telephone number" in s.text
    for leaked in ("2015, c. 691", "comprehensive list", "acts of assembly", "<p", "&nbsp;"):
        assert leaked not in s.text, leaked


def test_va_not_found_and_bad_responses():
    adapter = get_adapter("va_api")
    nothing = {"TitleNumber": None, "TitleName": None, "ChapterList": []}
    with pytest.raises(SectionNotFound, match="ChapterList"):
        adapter.parse(json_response(VA_URL, nothing))
    with pytest.raises(SectionNotFound):
        adapter.parse(json_response(VA_URL, []))
    with pytest.raises(PageFormatError, match="not JSON"):
        adapter.parse(html(VA_URL, "<html><body>Server Error</body></html>"))
    only_history = {"ChapterList": [{"SectionNumber": "1-1", "Body": "<p>Code 1919, § 1.</p>"}]}
    with pytest.raises(PageFormatError, match="only the history"):
        adapter.parse(json_response(VA_URL, only_history))


def test_va_url_pattern():
    adapter = get_adapter("va_api")
    assert adapter.claims(VA_URL)
    assert not adapter.claims("https://law.lis.virginia.gov/api/CoVSectionsGetListOfJson/40.1/1/")
    assert not adapter.claims("https://law.lis.virginia.gov/vacode/title40.1/chapter1/")


# --- Generic fallback -----------------------------------------------------------------------


def test_generic_official_page():
    [s] = get_adapter("generic").parse(html(GEN_URL, fixture("generic_official.html")))
    assert s.section_number == "12-19-102"
    assert s.heading == "Human trafficking hotline posting"
    assert (s.code, s.citation) == ("GEN", "legislature.example.gov 12-19-102")
    assert s.history == "History. Acts 2017, No. 1132, § 2."
    assert s.text.startswith("(a) Every establishment listed in subsection (b) of this section")
    assert s.text.endswith("printed in English and in Spanish.")
    assert_clean_paragraphs(s.text, 3)
    for chrome in (
        "Skip to main content",
        "cookies",
        "Find Your Legislator",
        "Search",
        "In this chapter",
        "12-19-103",
        "Penalties",
        "All rights reserved",
        "Privacy Policy",
        "Acts 2017",
    ):
        assert chrome not in s.text, chrome


def _page_without_number() -> str:
    page = fixture("generic_official.html").decode("utf-8")
    return page.replace("<h1>§ 12-19-102. ", "<h1>").replace("<title>12-19-102. ", "<title>")


def test_generic_number_from_url_or_slug():
    adapter = get_adapter("generic")
    [s] = adapter.parse(html(GEN_URL, _page_without_number()))
    assert (s.section_number, s.heading) == ("12-19-102", "Human trafficking hotline posting")
    [q] = adapter.parse(
        html("https://code.example.gov/view?title=12&section=12-19-102.", _page_without_number())
    )
    assert q.section_number == "12-19-102"
    slug_url = "https://www.example.gov/Laws/Hotline_Posting.aspx"
    [g] = adapter.parse(html(slug_url, _page_without_number()))
    assert g.section_number == url_slug(slug_url) == "laws-hotline-posting-aspx"
    assert g.citation == "example.gov laws-hotline-posting-aspx"
    long_url = "https://www.example.gov/" + "very-long-path-segment/" * 10 + "x"
    assert url_slug(long_url) == url_slug(long_url) and len(url_slug(long_url)) <= 80


CHAPTER_PAGE = """<html><head><title>Chapter 961a - Human Trafficking</title></head><body>
<nav><ul><li><a href='/'>Home</a></li><li><a href='/bills'>Bills</a></li></ul></nav>
<main><h1>CHAPTER 961a* HUMAN TRAFFICKING</h1>
<p class='toc'><a href='#sec_54-234'>Sec. 54-234. Definitions.</a></p>
<p class='toc'><a href='#sec_54-234a'>Sec. 54-234a. Human trafficking public awareness
notice.</a></p>
<p><span id='sec_54-234'>Sec. 54-234. Definitions.</span> As used in this chapter, "victim"
means a person against whom an offense described in section 53a-192a was committed.</p>
<p><span id='sec_54-234a'>Sec. 54-234a. Human trafficking public awareness notice.</span>
(a) Each employer of an establishment listed in subsection (b) of this section shall post a
notice containing the number of the National Human Trafficking Hotline, 1-888-373-7888.</p>
<p>(b) The establishments are hotels, truck stops and train stations.</p>
<p>History: P.A. 13-166, S. 4.</p>
</main><footer>Copyright State of Connecticut</footer></body></html>"""


def test_generic_splits_chapter_pages_at_section_heads():
    # Hand-written chapter page: a table of contents repeats the heads with no text.
    url = "https://www.cga.ct.gov/current/pub/chap_961a.htm#sec_54-234a"
    sections = get_adapter("generic").parse(html(url, CHAPTER_PAGE))
    assert [s.section_number for s in sections] == ["54-234", "54-234a"]
    wanted = sections[1]
    assert wanted.heading == "Human trafficking public awareness notice"
    assert wanted.citation == "cga.ct.gov 54-234a"
    assert wanted.history == "History: P.A. 13-166, S. 4."
    assert wanted.text == (
        "(a) Each employer of an establishment listed in subsection (b) of this section shall "
        "post a notice containing the number of the National Human Trafficking Hotline, "
        "1-888-373-7888.\n\n(b) The establishments are hotels, truck stops and train stations."
    )
    assert sections[0].text.startswith("As used in this chapter,")


def test_generic_rejects_thin_pages_and_walls():
    adapter = get_adapter("generic")
    thin = "<html><head><title>Statutes</title></head><body><main><p>Page moved.</p></main>"
    with pytest.raises(PageFormatError, match="< 200"):
        adapter.parse(html(GEN_URL, thin + "</body></html>"))
    with pytest.raises(PageFormatError, match="Just a moment"):
        adapter.parse(html(GEN_URL, CLOUDFLARE))


def test_generic_claims_nothing():
    adapter = get_adapter("generic")
    for url in (GEN_URL, FL_URL, NY_URL, IL_FTP_URL, VA_URL, ""):
        assert not adapter.claims(url)
