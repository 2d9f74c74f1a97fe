"""Selector-driven site adapters (data/statute_sites.yml) on the real pages of their sites.

One test per site on its real page in ../shared/captures (number, citation in the state's own
form, heading, the law's first and last words, the history note apart, and the page's chrome
absent), plus the rules file's own validation. Pages come from the shared WARC files exactly as
a crawl received them; tests skip when ../shared/ is absent.
"""

# ruff: noqa: E501 - tables of real URLs and expected texts read better unwrapped

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from site_pages import archived, html, response

from spiders.sites import PageFormatError, SectionNotFound, get_adapter
from spiders.sites.selector import (
    SiteRulesError,
    load_site_rules,
    parse_site_rules,
    split_trailing_note,
)

OH = "https://codes.ohio.gov/ohio-revised-code/section-2901.011"
MI = "https://www.legislature.mi.gov/Laws/MCL?objectName=mcl-257-1"
RI = "http://webserver.rilegislature.gov/Statutes/TITLE43/43-3/43-3-2.htm"
MD = "https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gtr&section=1-101"
WV = "https://code.wvlegislature.gov/11-21-12/"
ME = "https://legislature.maine.gov/statutes/17-A/title17-Asec2.html"
CT = "https://www.cga.ct.gov/current/pub/chap_952.htm"
NC = "https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_15/GS_15-1.html"
NE = "https://nebraskalegislature.gov/laws/statutes.php?statute=77-1801"
VT = "https://legislature.vermont.gov/statutes/section/21/017/01344"
MT = (
    "https://mca.legmt.gov/bills/mca/title_0010/chapter_0110/part_0010/section_0030/"
    "0010-0110-0010-0030.html"
)
PA = "https://www.legis.state.pa.us/WU01/LI/LI/CT/HTM/18/00.027.007.000..HTM"
SC = "https://www.scstatehouse.gov/code/t01c003.php"

FIXTURES = Path(__file__).parent / "fixtures" / "sites"

# adapter, url, number, citation, code, heading, paragraphs, first words, last words,
# history start, history end, chrome that must not be in the text
SINGLE = [
    (
        "oh_codes", OH, "2901.011", "Ohio Rev. Code § 2901.011", "ORC", "Reagan Tokes Law", 1,
        "The amendments to sections 109.42, 121.22, 149.43,",
        "of the 132nd general assembly constitute the Reagan Tokes Law.",
        "Effective: April 4, 2023\nLatest Legislation: Senate Bill 288",
        "Senate Bill 288 - 134th General Assembly",
        ["Last updated", "11:15 AM", "Available Versions", "View March 22, 2019 Version",
         "Legislative Service Commission", "Download Authenticated PDF", "Effective:", "|"],
    ),
    (
        "mi_mcl", MI, "257.1", "MCL 257.1", "MCL",
        "Michigan vehicle code; words and phrases defined", 1,
        "The following words and phrases as defined in this chapter",
        "have the meanings respectively ascribed to them in this chapter.",
        "1949, Act 300, Eff. Sept. 23, 1949", "1949, Act 300, Eff. Sept. 23, 1949",
        ["adjourned", "Complete Through", "MCL - Section", "Download Section",
         "Previous Section", "Next Section", "MICHIGAN VEHICLE CODE", "Act 300 of 1949",
         "Sec. 1.", "History:", "257.1"],
    ),
    (
        "ri_gl", RI, "43-3-2", "R.I. Gen. Laws § 43-3-2", "RIGL",
        "Application of rules of construction", 1,
        "In the construction of statutes the provisions of this chapter shall be observed,",
        "or be repugnant to some other part of the statute.",
        "G.L. 1896, ch. 26, § 1;", "G.L. 1938, ch. 309, § 1; G.L. 1956, § 43-3-2.",
        ["History of Section", "G.L. 1896", "Title 43", "Chapter 3", "R.I. Gen. Laws §", "§"],
    ),
    (
        "md_mgaleg", MD, "1-101", "Md. Code, Transportation § 1-101", "GTR", None, 26,
        "(a) In this article the following words have the meanings indicated.",
        "(n) “State Report on Transportation” means the report described in § 2-103.1 "
        "of this article.",
        None, None,
        ["Next", "Article - Transportation", "§1", "Statutes Text", "Facebook", "Twitter",
         "enactments", "Download"],
    ),
    (
        "wv_code", WV, "11-21-12", "W. Va. Code § 11-21-12", "WVC",
        "West Virginia adjusted gross income of resident individual", 43,
        "(a) General. — The West Virginia adjusted gross income of a resident individual",
        "shall apply retroactively to taxable years beginning after December 31, 2023.",
        None, None,
        ["CHAPTER 11.", "ARTICLE 21.", "Article 20", "All Articles", "Previous", "Next",
         "§11-21-12.", "§11-21-12a", "ELECTIONS"],
    ),
    (
        "me_mrs", ME, "2", "17-A M.R.S. § 2", "MRS17-A", "Definitions", 63,
        "As used in this code, unless a different meaning is plainly required,",
        "27. Year. \"Year,\" for purposes of imposing imprisonment or probation, "
        "administrative release or supervised release, means 365 days.",
        "PL 1975, c. 499, §1 (NEW). PL 1975, c. 740, §11 (AMD).",
        "PL 2025, c. 429, §2 (AMD).",
        ["[PL", "SECTION HISTORY", "MAINE CRIMINAL CODE", "Part 1:", "Chapter 1:", "§3",
         "§2. Definitions"],
    ),
    (
        "nc_gs", NC, "15-1", "N.C. Gen. Stat. § 15-1", "GS",
        "Statute of limitations for misdemeanors", 7,
        "(a) The crimes of deceit and malicious mischief,",
        "(5) G.S. 14-318.6.",
        "(1826, c. 11; R.C., c. 35, s. 8;", "2017-212, s. 5.3; 2019-245, s. 2(a).)",
        ["Chapter 15.", "Criminal Procedure.", "Article 1.", "General Provisions.",
         "§ 15-1.", "(1826", "2019-245"],
    ),
    (
        "ne_statutes", NE, "77-1801", "Neb. Rev. Stat. § 77-1801", "RRS",
        "Real property taxes; collection by sale; when", 1,
        "Except for delinquent taxes on mobile homes, cabin trailers,",
        "shall be subject to sale on or after such date.",
        "Laws 1903, c. 73, § 193, p. 459;", "Laws 2000, LB 968, § 70.",
        ["Source", "Annotations", "Continental Resources", "Print Friendly", "Chapter 77",
         "77-1785", "77-1802", "web.archive.org", "Wayback", "Laws 1903"],
    ),
    (
        "vt_vsa", VT, "1344", "21 V.S.A. § 1344", "VSA21", "Disqualifications", 43,
        "(a) An individual shall be disqualified for benefits:",
        "has earned in excess of four times the individual’s weekly benefit amount.",
        "(Amended 1959, No. 236; 1959, No. 329 (Adj. Sess.), § 22,",
        "2023, No. 6, § 252, eff. July 1, 2023.)",
        ["Cite as", "(Amended", "Unemployment Compensation", "Subchapter", "GENERAL BENEFITS",
         "§ 1344.", "2023, No. 6"],
    ),
    (
        "mt_mca", MT, "1-11-103", "Mont. Code Ann. § 1-11-103", "MCA",
        "Effect of Montana Code Annotated -- official version", 11,
        "(1) The Montana Code Annotated is a reenactment of the Revised Codes of Montana, 1947,",
        "pursuant to Article VII, section 2, of the Montana constitution.",
        "En. 12-506 by Sec. 6, Ch. 419, L. 1975;", "amd. Sec. 12, Ch. 52, L. 2025.",
        ["History:", "En. 12-506", "Toggle navigation", "Previous Section", "MCA Contents",
         "Part Contents", "Disclaimer", "Montana Code Annotated 2025", "TITLE 1.", "CHAPTER 11."],
    ),
    (
        "pa_cs", PA, "2707", "18 Pa.C.S. § 2707", "PACS18",
        "Propulsion of missiles into an occupied vehicle or onto a roadway", 2,
        "(a) Occupied vehicles.--Whoever intentionally throws, shoots or propels a rock,",
        "onto or toward said roadway shall be guilty of a misdemeanor of the second degree.",
        "(July 16, 1975, P.L.62, No.37; Dec. 21, 1998, P.L.1103, No.149, eff. 60 days)",
        "1998 Amendment. Act 149 amended subsec. (b).",
        ["18c2707", "(July 16, 1975", "1998 Amendment", "§ 2707.", "CRIMES AND OFFENSES"],
    ),
]  # fmt: skip


def assert_clean(text: str) -> None:
    """Blank-line separated paragraphs, no stray whitespace, no mojibake."""
    assert text == text.strip() and "\n\n\n" not in text
    assert all(p and "\n" not in p and p == p.strip() for p in text.split("\n\n"))
    assert not re.search(r"[ \t\xa0\u2002\u2003]{2,}|[\xa0\u2003\u00ad]", text)
    for bad in ("Â", "â€", "\ufffd", "Ã", "\x00"):
        assert bad not in text


@pytest.mark.parametrize(
    ("name", "url", "number", "citation", "code", "heading", "count", "first", "last",
     "history_start", "history_end", "chrome"),
    SINGLE,
    ids=[row[0] for row in SINGLE],
)  # fmt: skip
def test_section_page(
    name, url, number, citation, code, heading, count, first, last, history_start,
    history_end, chrome,
):  # fmt: skip
    adapter = get_adapter(name)
    assert adapter.claims(url)
    [s] = adapter.parse(response(url))
    assert (s.section_number, s.citation, s.code, s.heading) == (number, citation, code, heading)
    paras = s.text.split("\n\n")
    assert len(paras) == count
    assert paras[0].startswith(first) and paras[-1].endswith(last)
    assert_clean(s.text)
    if history_start is None:
        assert s.history is None
    else:
        assert s.history.startswith(history_start) and s.history.endswith(history_end)
    for piece in chrome:
        assert piece not in s.text, piece
    if s.heading:
        assert "|" not in s.heading and not s.heading.endswith(".")


def test_every_site_entry_has_a_real_page_that_it_claims_and_parses():
    pages = archived()
    for rules in load_site_rules():
        for example in rules.examples:
            assert example in pages, (rules.name, example)
            adapter = get_adapter(rules.name)
            assert adapter.claims(example), (rules.name, example)
            assert adapter.parse(pages[example].to_scrapy()), (rules.name, example)
    # Only the Pennsylvania act pages lack a capture (a hand-written fixture stands in).
    assert [r.name for r in load_site_rules() if not r.examples] == ["pa_us"]


def test_each_real_page_is_claimed_by_exactly_one_site_adapter():
    from spiders.sites import ADAPTERS

    for url in archived():
        claimants = [n for n in ADAPTERS if get_adapter(n).claims(url)]
        assert len(claimants) <= 1, (url, claimants)


@pytest.mark.parametrize(
    ("name", "url", "claimed"),
    [
        ("oh_codes", "https://codes.ohio.gov/ohio-revised-code/section-5502.63", True),
        ("oh_codes", "https://codes.ohio.gov/ohio-revised-code/section-2901.011/3-22-2019", False),
        ("oh_codes", "https://codes.ohio.gov/ohio-revised-code/chapter-2901", False),
        ("mi_mcl", "https://www.legislature.mi.gov/Laws/MCL?objectName=mcl-752-1035", True),
        ("mi_mcl", "https://www.legislature.mi.gov/Laws/MCL?objectName=mcl-chap257", False),
        ("mi_mcl", "https://www.legislature.mi.gov/Laws/MCL?objectName=mcl-Act-300-of-1949", False),
        (
            "mi_mcl",
            "http://legislature.mi.gov/(S(lbxmo3q2sja1txrjhadnf2zl))/mileg.aspx?page=getObject"
            "&objectName=mcl-752-1035",
            True,
        ),
        ("ri_gl", "https://webserver.rilegislature.gov/Statutes/TITLE5/5-14.1/5-14.1-2.htm", True),
        ("ri_gl", "https://webserver.rilegislature.gov/Statutes/TITLE44/44-30/44-I/44-30-2.6.htm", True),
        ("ri_gl", "https://webserver.rilegislature.gov/Statutes/TITLE5/5-14.1/INDEX.htm", False),
        ("ri_gl", "http://webserver.rilin.state.ri.us/PublicLaws/law21/law21337.htm", False),
        ("md_mgaleg", "https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gbr&section=19-103&enactments=false", True),
        ("md_mgaleg", "https://mgaleg.maryland.gov/mgawebsite/Laws/Statutes", False),
        ("wv_code", "https://code.wvlegislature.gov/15-9A-4/", True),
        ("wv_code", "https://code.wvlegislature.gov/11-21/", False),
        ("me_mrs", "https://legislature.maine.gov/statutes/26/title26sec879.html", True),
        ("me_mrs", "https://legislature.maine.gov/statutes/26/title26ch7sec0.html", False),
        ("ct_cga", "https://www.cga.ct.gov/current/pub/chap_968.htm#sec_54-234a", True),
        ("ct_cga", "https://www.cga.ct.gov/current/pub/titles.htm", False),
        ("nc_gs", "https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_130A/GS_130A-511.html", True),
        ("nc_gs", "https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/ByArticle/Chapter_130A/Article_24.html", False),
        ("ne_statutes", "https://nebraskalegislature.gov/laws/statutes.php?statute=81-1430", True),
        ("ne_statutes", "https://nebraskalegislature.gov/laws/statutes.php?statute=81-1430&print=true", False),
        ("vt_vsa", "https://legislature.vermont.gov/statutes/section/13/060/02661", True),
        ("vt_vsa", "https://legislature.vermont.gov/statutes/chapter/13/060", False),
        ("mt_mca", "https://leg.mt.gov/bills/mca/title_0440/chapter_0040/part_0150/section_0010/0440-0040-0150-0010.html", True),
        ("mt_mca", "https://mca.legmt.gov/bills/mca/title_0440/chapter_0040/part_0150/sections_index.html", False),
        ("pa_cs", "https://www.palegis.us/statutes/consolidated/view-statute?txtType=HTM&ttl=18&div=0&chpt=27&sctn=7&subsctn=0", True),
        ("pa_cs", "https://www.legis.state.pa.us/WU01/LI/LI/US/HTM/2012/0/0197..HTM", False),
        ("pa_us", "https://www.legis.state.pa.us/WU01/LI/LI/US/HTM/2012/0/0197..HTM", True),
        ("pa_us", "https://www.palegis.us/statutes/unconsolidated/law-information/view-statute?txtType=HTM&yr=2012&sessInd=0&smthLwInd=0&act=197", True),
        ("pa_us", "https://www.palegis.us/statutes/unconsolidated/law-information/view-statute?txtType=PDF&SessYr=1963&ActNum=0497.&SessInd=0", False),
        ("sc_code", "https://www.scstatehouse.gov/code/t16c003.php", True),
        ("sc_code", "https://www.scstatehouse.gov/code/title16.php", False),
    ],
)  # fmt: skip
def test_url_patterns(name, url, claimed):
    assert get_adapter(name).claims(url) is claimed


# -- Connecticut: a chapter page ---------------------------------------------------------------


def test_ct_chapter_sections():
    sections = get_adapter("ct_cga").parse(response(CT))
    assert [s.section_number for s in sections] == [
        "53a-24", "53a-25", "53a-26", "53a-27", "53a-53", "53a-54", "53a-90", "53a-117l",
    ]  # fmt: skip
    s = sections[0]
    assert (s.citation, s.code) == ("Conn. Gen. Stat. § 53a-24", "CGS")
    assert s.heading == (
        "Offense defined. Application of sentencing provisions to motor vehicle and drug "
        "selling violators"
    )
    assert s.url == f"{CT}#sec_53a-24"
    assert s.text.startswith("(a) The term “offense” means any crime or violation")
    assert s.text.endswith("may not be suspended.")
    assert s.history.startswith("(1969, P.A. 828, S. 24; 1972, P.A. 294, S. 39;")
    assert "History: 1972 act added provision in Subsec. (b)" in s.history
    for section in sections:
        assert_clean(section.text)
        for chrome in ("Cited.", "Return to", "See Sec", "CHAPTER 952", "PART I", "Sec. 53a-"):
            assert chrome not in section.text, (section.section_number, chrome)


def test_ct_table_of_contents_and_range_heads():
    by = {s.section_number: s for s in get_adapter("ct_cga").parse(response(CT))}
    # The chapter's table of contents repeats each head; only the section with text is kept.
    assert by["53a-25"].heading == "Felony: Definition, classification, designation"
    # "Secs. 53a-53 and 53a-54." is one block stating both sections' text.
    assert by["53a-53"].text == by["53a-54"].text == "Sections 53a-53 and 53a-54 are repealed."
    assert (by["53a-90"].heading, by["53a-90"].text) == (
        None,
        "Transferred to Chapter 961, Part II, Sec. 54-102a.",
    )
    assert by["53a-117l"].heading.startswith("Damage to railroad property in the second degree")


# -- South Carolina: a chapter page --------------------------------------------------------------


def test_sc_chapter_sections():
    sections = get_adapter("sc_code").parse(response(SC))
    numbers = [s.section_number for s in sections]
    assert len(numbers) == 32 == len(set(numbers))
    assert numbers[:3] == ["1-3-10", "1-3-20", "1-3-30"] and numbers[-1] == "1-3-620"
    s = sections[0]
    assert (s.citation, s.code) == ("S.C. Code Ann. § 1-3-10", "SCC")
    assert (
        s.heading
        == "Departments, agencies and the like shall furnish information requested by Governor"
    )
    assert s.text.startswith("The departments, bureaus, divisions, officers,")
    assert s.history.startswith("1962 Code SECTION 1-101;") and "HISTORY" not in s.history
    for section in sections:
        assert_clean(section.text)
        for chrome in (
            "HISTORY:",
            "Editor's Note",
            "Effect of Amendment",
            "ARTICLE 9",
            "Lieutenant Governor\n",
            "South Carolina Legislature",
            "Staff Portal",
        ):
            assert chrome not in section.text, (section.section_number, chrome)


def test_sc_compact_articles_stay_in_the_section_and_notes_go_to_history():
    by = {s.section_number: s for s in get_adapter("sc_code").parse(response(SC))}
    compact = by["1-3-490"].text.split("\n\n")
    assert "ARTICLE I" in compact and "ARTICLE VII" in compact
    assert compact[-1].endswith("to all severable matters.")
    assert by["1-3-490"].history == "1995 Act No. 113, SECTION 2."
    assert by["1-3-60"].history.startswith(
        "2018 Act No. 160 (S.805), SECTION 13, eff July 1, 2019."
    )
    assert "Editor's Note" in by["1-3-60"].history
    assert by["1-3-610"].text == "The Lieutenant Governor shall receive such annual salary as may be provided by the General Assembly."  # fmt: skip


# -- Pennsylvania unconsolidated acts (no capture: hand-written fixture) ------------------------


PA_ACT = "https://www.legis.state.pa.us/WU01/LI/LI/US/HTM/2012/0/0197..HTM"


def test_pa_act_fixture_says_it_is_hand_written():
    first = (FIXTURES / "pa_act_2012_197.html").read_text(encoding="utf-8").splitlines()[0]
    assert "HAND-WRITTEN" in first and "NOT a capture" in first


def test_pa_act_sections_skip_the_table_of_contents():
    body = (FIXTURES / "pa_act_2012_197.html").read_bytes()
    sections = get_adapter("pa_us").parse(html(PA_ACT, body))
    assert [s.section_number for s in sections] == ["1", "2", "3", "20"]
    by = {s.section_number: s for s in sections}
    assert (by["3"].citation, by["3"].code, by["3"].heading) == (
        "Act 197 of 2012 (P.S.), § 3",
        "ACT2012-197",
        "Required posting",
    )
    assert by["3"].text.startswith("(a) Sign.--An establishment shall post a sign")
    assert by["20"].text == "This act shall take effect in 60 days."
    for s in sections:
        assert "20120197" not in s.text and "TABLE OF CONTENTS" not in s.text


# -- bad input ---------------------------------------------------------------------------------


def test_layout_change_is_a_format_error_naming_the_selector():
    with pytest.raises(PageFormatError, match=r"section\.laws-body"):
        get_adapter("oh_codes").parse(html(OH, "<html><body><main>Redesigned</main></body></html>"))


def test_scope_without_a_head_is_a_format_error_naming_the_head():
    page = "<html><body><section class='laws-body'><p>Text only.</p></section></body></html>"
    with pytest.raises(PageFormatError, match="no section head"):
        get_adapter("oh_codes").parse(html(OH, page))


def test_heads_without_text_are_a_format_error():
    page = "<html><body><div class='statute'><h2>77-1801.</h2><h3>Caption.</h3></div></body></html>"
    with pytest.raises(PageFormatError, match="none is followed by text"):
        get_adapter("ne_statutes").parse(html(NE, page))


def test_rules_file_errors_name_the_site_and_field(tmp_path):
    good = yaml.safe_load((Path(__file__).parents[1] / "data" / "statute_sites.yml").read_text())
    bad = {"sites": [dict(good["sites"][0], head={"selector": "h1"})]}
    with pytest.raises(SiteRulesError, match=r"site 0 \(oh_codes\): field head: 'pattern'"):
        parse_site_rules(bad, tmp_path / "sites.yml")
    bad = {"sites": [dict(good["sites"][0], url_pattern="(unclosed")]}
    with pytest.raises(SiteRulesError, match="field url_pattern: not a valid regular expression"):
        parse_site_rules(bad, tmp_path / "sites.yml")
    bad = {"sites": [good["sites"][0], good["sites"][0]]}
    with pytest.raises(SiteRulesError, match="duplicate site name"):
        parse_site_rules(bad, tmp_path / "sites.yml")


def test_trailing_note_split_needs_a_history_like_parenthetical():
    pattern = re.compile(r"^(?:\d{4}|R\.C\.)")
    assert split_trailing_note("Text. (1826, c. 11; s. 17.8.(a).)", pattern) == (
        "Text.",
        "(1826, c. 11; s. 17.8.(a).)",
    )
    assert split_trailing_note('As defined (the "Act")', pattern) == (
        'As defined (the "Act")',
        None,
    )
    assert split_trailing_note("No parenthesis.", pattern) == ("No parenthesis.", None)


def test_soft_404_marker_is_not_found(tmp_path):
    rules = yaml.safe_load((Path(__file__).parents[1] / "data" / "statute_sites.yml").read_text())
    entry = dict(rules["sites"][0], not_found=["The section you requested does not exist"])
    from spiders.sites.selector import SelectorAdapter

    compiled = parse_site_rules({"sites": [entry]}, tmp_path / "x.yml")[0]
    # Not registered: the real oh_codes adapter keeps its name.
    adapter = type("Soft404", (SelectorAdapter,), {"name": "soft404", "rules": compiled})()
    with pytest.raises(SectionNotFound, match="does not exist"):
        adapter.parse(html(OH, "<html><body><p>The section you requested does not exist</p>"))


def test_a_broken_rules_file_is_a_clear_command_line_error(tmp_path):
    from conftest import cli_environment, run_cli

    rules = yaml.safe_load((Path(__file__).parents[1] / "data" / "statute_sites.yml").read_text())
    rules["sites"][3]["scope"] = []
    bad = tmp_path / "sites.yml"
    bad.write_text(yaml.safe_dump(rules), encoding="utf-8")
    env = cli_environment(tmp_path)
    env["HOTLINE_WATCH_STATUTE_SITES"] = str(bad)
    result = run_cli(["sources", "check"], env)
    assert result.returncode == 2, result.stderr
    assert f"{bad}: site 3 (md_mgaleg): field scope" in result.stderr
    assert "Traceback" not in result.stderr
