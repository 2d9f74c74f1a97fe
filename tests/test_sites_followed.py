"""Kentucky (list pages -> PDF), Alabama (GraphQL), New Jersey (text dump), Florida chapter
pages, New York's not-found page, and the generic adapter's chrome checks.

Real pages come from ../shared/captures (skipped when absent). What has no capture is built
here from the documented layout, and says so: Kentucky's statutes index and section PDFs
(tests/pdf_fixtures.make_pdf writes real PDFs), Alabama's table of contents.
"""

# ruff: noqa: E501 - tables of real URLs and expected texts read better unwrapped

from __future__ import annotations

import io
import json
import zipfile

import pytest
from pdf_fixtures import make_pdf
from scrapy.http import Response, TextResponse
from site_pages import archived, capture_file, html, response

from hotline_watch.registry import SectionSource, StatuteSource
from spiders.sites import ListingPage, PageFormatError, SectionNotFound, get_adapter
from spiders.sites.chrome import chrome_signs
from spiders.statutes import build_statute_page

KY_INDEX = "https://apps.legislature.ky.gov/LAW/STATUTES/"
KY_205 = "https://apps.legislature.ky.gov/LAW/STATUTES/chapter.aspx?id=38124"
KY_SECTION = "https://apps.legislature.ky.gov/LAW/STATUTES/statute.aspx?id=7624"
AL = "https://alison.legislature.state.al.us/graphql"
NJ = "https://pub.njleg.state.nj.us/Statutes/STATUTES-TEXT.zip"
FL = "https://www.flsenate.gov/Laws/Statutes/2025/Chapter775/All"
NY_VAT = "https://www.nysenate.gov/legislation/laws/VAT/1111"
NY_STT = "https://www.nysenate.gov/legislation/laws/STT/500"

# Built from the documented layout of the index (docs/research/kentucky.md of
# vvXranjan/state-statutes-mcp): title spans, then one a.chapter link per chapter.
KY_INDEX_PAGE = """<html><body><form><div id="Panel1">
<span id="title">TITLE XVII ECONOMIC SECURITY AND PUBLIC WELFARE</span>
<a class="chapter" href="chapter.aspx?id=38124">CHAPTER 205 PUBLIC ASSISTANCE AND MEDICAL ASSISTANCE</a>
<span id="title">TITLE XVIII PUBLIC HEALTH</span>
<a class="chapter" href="chapter.aspx?id=99219">CHAPTER 219 HOTEL, FOOD SERVICE AND PARKS</a>
</div></form></body></html>"""

# A section PDF in the documented layout: "{number}   {catchline}", the law one paragraph per
# subsection (wrapped lines), then "Effective:" and "History:". Wording written for the test.
KY_PDF_LINES = [
    "205.010 Definitions for chapter.",
    "As used in this chapter, unless the context otherwise requires:",
    '(1) "Cabinet" means the cabinet named in this test, which administers',
    "the programs of this chapter;",
    '(2) "Secretary" means the secretary of the cabinet; and',
    '(3) "Applicant" means a person who applies for assistance.',
    "Effective: July 15, 2024",
    "History: Amended 2024 Ky. Acts ch. 61, sec. 1, effective July 15, 2024. -- Created",
    "1960 Ky. Acts ch. 1, sec. 1.",
]


def pdf_response(url: str, lines: list[str] | None) -> Response:
    return Response(url=url, body=make_pdf([lines] if lines is not None else None))


def ky_source(section: str | None) -> tuple[StatuteSource, SectionSource]:
    wanted = SectionSource(
        citation="KRS test", url=KY_INDEX, adapter="ky_krs", verified="documented", section=section
    )
    source = StatuteSource("KY", "ky_krs", ("legislature.ky.gov",), "required", (wanted,))
    return source, wanted


# -- Kentucky ------------------------------------------------------------------------------------


def test_ky_chapter_list_leads_to_each_sections_pdf():
    with pytest.raises(ListingPage, match="KRS Chapter 205: 339 sections listed") as info:
        get_adapter("ky_krs").parse(response(KY_205))
    pick = info.value.pick
    assert pick("205.010").url == KY_SECTION
    assert pick("205.1781").url.endswith("statute.aspx?id=53078")
    # Listed twice (two dated versions): the one in force now wins over the later one.
    assert pick("205.522").url.endswith("id=57589")  # "(Effective until January 1, 2027)"
    assert pick("205.6485").url.endswith("id=57590")
    assert pick("205.5369").url.endswith("id=58257")  # only a future version is listed
    assert pick("219.085") is None and pick("205.999") is None and pick(None) is None


def test_ky_index_leads_to_the_sections_chapter():
    with pytest.raises(ListingPage, match="2 chapters listed") as info:
        get_adapter("ky_krs").parse(html(KY_INDEX, KY_INDEX_PAGE))
    assert info.value.pick("205.010").url == KY_205
    assert info.value.pick("219.085").url.endswith("chapter.aspx?id=99219")
    assert info.value.pick("281.767") is None


def test_ky_section_pdf():
    [s] = get_adapter("ky_krs").parse(pdf_response(KY_SECTION, KY_PDF_LINES))
    assert (s.section_number, s.citation, s.code, s.heading) == (
        "205.010",
        "KRS 205.010",
        "KRS",
        "Definitions for chapter",
    )
    assert s.text.split("\n\n") == [
        "As used in this chapter, unless the context otherwise requires:",
        '(1) "Cabinet" means the cabinet named in this test, which administers the programs '
        "of this chapter;",
        '(2) "Secretary" means the secretary of the cabinet; and',
        '(3) "Applicant" means a person who applies for assistance.',
    ]
    assert s.history == (
        "Effective: July 15, 2024\nHistory: Amended 2024 Ky. Acts ch. 61, sec. 1, effective "
        "July 15, 2024. -- Created 1960 Ky. Acts ch. 1, sec. 1."
    )


def test_ky_wrapped_catchline_and_repealed_stub():
    lines = [
        "281.767 Human trafficking hotline telephone number to be prominently displayed",
        "in the restrooms of each truck stop and bus station.",
        "(1) As used in this section, a truck stop is a facility named in this test.",
        "Effective: July 15, 2024",
    ]
    [s] = get_adapter("ky_krs").parse(pdf_response(KY_SECTION, lines))
    assert s.heading == (
        "Human trafficking hotline telephone number to be prominently displayed in the "
        "restrooms of each truck stop and bus station"
    )
    assert s.text.startswith("(1) As used in this section")
    repealed = [
        "205.020 Repealed, 1950.",
        "Catchline at repeal: Persons eligible for state assistance.",
        "History: Repealed 1950 Ky. Acts ch. 110, sec. 12.",
    ]
    [s] = get_adapter("ky_krs").parse(pdf_response(KY_SECTION, repealed))
    assert (s.text, s.heading) == ("Repealed, 1950.", None)
    assert s.history.startswith("Catchline at repeal: Persons eligible")


def test_ky_bad_section_id_and_scanned_pdf():
    with pytest.raises(SectionNotFound, match="not the section's PDF"):
        get_adapter("ky_krs").parse(html(KY_SECTION, "<html><body>Kentucky Revised Statutes"))
    with pytest.raises(PageFormatError, match="statute.aspx\\?id=7624.*no text layer"):
        get_adapter("ky_krs").parse(pdf_response(KY_SECTION, None))


def test_ky_build_page_follows_lists_and_stores_the_pdf_under_its_own_url():
    source, wanted = ky_source("205.010")
    adapter = get_adapter("ky_krs")
    index = build_statute_page(source, adapter, html(KY_INDEX, KY_INDEX_PAGE), wanted)
    assert (index.fetch.outcome, index.follow.url) == ("listing", KY_205)
    assert index.fetch.message.startswith("ky_krs: KRS index: 2 chapters listed; next: ")
    chapter = build_statute_page(source, adapter, response(KY_205), wanted)
    assert (chapter.fetch.outcome, chapter.follow.url, chapter.sections) == (
        "listing",
        KY_SECTION,
        [],
    )
    page = build_statute_page(source, adapter, pdf_response(KY_SECTION, KY_PDF_LINES), wanted)
    assert page.fetch.outcome == "ok" and page.follow is None
    [s] = page.sections
    assert (s.id, s.url, s.adapter) == ("KY:KRS:205.010", KY_SECTION, "ky_krs")


def test_ky_section_missing_from_its_chapter_is_not_found():
    source, wanted = ky_source("205.999")
    page = build_statute_page(source, get_adapter("ky_krs"), response(KY_205), wanted)
    assert page.fetch.outcome == "not_found" and page.follow is None
    assert "section 205.999 is not listed" in page.fetch.message


# -- Alabama -------------------------------------------------------------------------------------

# The documented table-of-contents string: entries split by "∫", fields by "†".
AL_TOC = (
    "14500†Title 1 General Provisions.∫14501†Chapter 1 Definitions.†§1-1-1 through §1-1-16∫"
    "14515†Section 1-1-1 Meaning of Certain Words and Terms.∫"
    "60323†Section 1-1-1.1 Definitions.†††2020-01-01"
)


def al_json(url: str, payload: object) -> TextResponse:
    body = json.dumps(payload).encode("utf-8")
    return TextResponse(url=url, body=body, headers={"Content-Type": "application/json"})


def test_al_section_record():
    body = capture_file("al-alison/al_section_1-1-1.json")
    [s] = get_adapter("al_alison").parse(
        TextResponse(
            url=f"{AL}#codeId=14515", body=body, headers={"Content-Type": "application/json"}
        )
    )
    assert (s.section_number, s.citation, s.code, s.heading) == (
        "1-1-1",
        "Ala. Code § 1-1-1",
        "ALA",
        "Meaning of Certain Words and Terms",
    )
    paras = s.text.split("\n\n")
    assert (
        len(paras) == 20 and paras[1] == "(1) BOY. A human male who has not yet reached adulthood."
    )
    assert "StartFragment" not in s.text and "<p>" not in s.text
    assert paras[-1].startswith("(19) YEAR. A calendar year, except whenever the word “year”")


def test_al_table_of_contents_decides_whether_a_section_exists():
    adapter = get_adapter("al_alison")
    start = adapter.start_request(AL)
    assert (start.method, start.url) == ("POST", f"{AL}#toc")
    assert json.loads(start.body) == {"query": "{ codeOfAlabamaTitles }"}
    with pytest.raises(ListingPage, match="2 sections") as info:
        adapter.parse(al_json(f"{AL}#toc", {"data": {"codeOfAlabamaTitles": AL_TOC}}))
    follow = info.value.pick("1-1-1")
    assert (follow.method, follow.url) == ("POST", f"{AL}#codeId=14515")
    assert "eq: 14515" in json.loads(follow.body)["query"]
    assert info.value.pick("1-1-1.1").url.endswith("codeId=60323")
    assert info.value.pick("13A-6-170") is None  # a guessed number the code does not have


def test_al_unknown_code_id_is_not_found_and_errors_are_format_errors():
    adapter = get_adapter("al_alison")
    with pytest.raises(SectionNotFound, match="empty data list"):
        adapter.parse(al_json(AL, {"data": {"codesOfAlabama": {"data": []}}}))
    with pytest.raises(PageFormatError, match="no 'data'"):
        adapter.parse(al_json(AL, {"errors": [{"message": "bad query"}]}))
    with pytest.raises(PageFormatError, match="not JSON"):
        adapter.parse(html(AL, "<html>maintenance</html>"))


# -- New Jersey ----------------------------------------------------------------------------------


def nj_response(url: str = NJ) -> Response:
    data = capture_file("nj-legis/nj_statutes_txt_excerpt.txt")
    if url.endswith(".zip"):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("STATUTES.TXT", data)
        data = buffer.getvalue()
    return Response(url=url, body=data)


def test_nj_text_dump_entries():
    sections = get_adapter("nj_statutes").parse(nj_response())
    assert [s.section_number for s in sections] == [
        "1:1-1", "2A:3-14", "39:4-97", "39:4-97a", "39:4-98", "39:4-98.1", "39:4-99",
    ]  # fmt: skip
    by = {s.section_number: s for s in sections}
    s = by["39:4-97"]
    assert (s.citation, s.code, s.heading) == ("N.J.S.A. 39:4-97", "NJSA", "Careless driving")
    # The entry repeats its head at the start of the text: not law text.
    assert s.text.startswith("A person who drives a vehicle carelessly")
    assert s.history == "Amended 1951,c.23,s.54; 1955,c.220,s.2; 1995,c.70,s.3."
    assert by["2A:3-14"].heading == 'Appointment to judgeships; "political parties" defined'
    assert by["2A:3-14"].history == "L.1951 (1st SS), c.344."
    assert by["1:1-1"].history is None
    for s in sections:
        assert "\r" not in s.text and "  " not in s.text


def test_nj_zip_and_wanted_section_only():
    adapter = get_adapter("nj_statutes")
    assert adapter.claims(NJ)
    [s] = adapter.parse_wanted(nj_response(NJ), "39:4-97a")
    assert s.heading == "Agricultural, recreational property protected"
    assert s.history == "L. 1985, c. 154, s. 1, eff. April 25, 1985."
    assert adapter.parse_wanted(nj_response(NJ), "52:17B-237.1") == []
    with pytest.raises(PageFormatError, match="zip"):
        adapter.parse(Response(url=NJ, body=b"PK\x03\x04 broken"))


# -- Florida chapter pages, New York not-found pages ------------------------------------------


def test_fl_senate_chapter_page():
    sections = get_adapter("fl_leg").parse(response(FL))
    assert [(s.section_number, s.heading) for s in sections] == [
        ("775.01", "Common law of England"),
        ("775.021", "Rules of construction"),
        ("775.15", "Time limitations; general time limitations; exceptions"),
    ]
    s = sections[1]
    assert s.citation == "Fla. Stat. § 775.021"
    assert s.text.startswith("(1) The provisions of this code and offenses defined by other")
    assert s.history.startswith("s. 3, ch. 74-383;")
    for section in sections:
        assert "History." not in section.text and "Note." not in section.text
        assert "Former ss." not in section.text


def test_ny_not_found_page_with_status_200_is_not_found():
    with pytest.raises(SectionNotFound, match="could not be found"):
        get_adapter("ny_openleg").parse(response(NY_STT))


def test_ny_section_page_text_has_no_page_chrome():
    [s] = get_adapter("ny_openleg").parse(response(NY_VAT))
    assert (s.citation, s.heading) == (
        "N.Y. Veh. & Traf. Law § 1111",
        "Traffic-control signal indications",
    )
    assert len(s.text.split("\n\n")) == 21
    for chrome in (
        "Viewing most recent revision",
        "2014-09-22",
        "SECTION 1110",
        "1111-A",
        "Share",
        "Traffic Signs, Signals and Markings",
        "Open Legislation",
    ):
        assert chrome not in s.text, chrome  # fmt: skip


# -- the generic adapter is never silent -----------------------------------------------------------


def test_chrome_signs():
    assert chrome_signs("(a) Every employer shall post a sign.") == []
    found = chrome_signs(
        "Skip to main content\nHome\n(a) Every employer shall post.\nLast updated March 8, 2023\n"
        "Print\nSenate adjourned until Tuesday"
    )
    assert [f.split(":")[0] for f in found] == [
        "skip link", "page date", "print link", "navigation", "session banner",
    ]  # fmt: skip


def test_generic_sections_are_marked_and_chrome_is_a_warning(tmp_path):
    from hotline_watch.items import FetchInfo
    from hotline_watch.storage import Store

    page_html = (
        "<html><head><title>Sec. 12-19-102</title></head><body>"
        "<h1>§ 12-19-102. Posting of the hotline.</h1>"
        "<article><p>(a) Every establishment listed in this section shall post in a "
        "conspicuous place near the entrance a sign of at least eight and one-half inches by "
        "eleven inches naming the National Human Trafficking Resource Center Hotline.</p>"
        "<p>(b) The sign shall be printed in English and Spanish and in any other language "
        "required by law for the county where it is posted.</p>"
        "<p>Last updated March 8, 2023 at 11:15 AM</p></article></body></html>"
    )
    url = "https://legislature.example.gov/code/12-19-102"
    wanted = SectionSource(
        citation="Test § 12-19-102", url=url, adapter="generic", verified="unverified"
    )
    source = StatuteSource("AR", "generic", ("legislature.example.gov",), "required", (wanted,))
    fetch = FetchInfo(url=url, fetched_at="2026-12-01T00:00:00+00:00", outcome="ok", status=200)
    page = build_statute_page(source, get_adapter("generic"), html(url, page_html), wanted, fetch)
    [record] = page.sections
    assert record.adapter == "generic"
    assert any(sign.startswith("page date") for sign in record.chrome_signs)
    assert page.warnings and "generic extraction, chrome in the text" in page.warnings[0]
    store = Store(tmp_path / "g.db")
    run = store.start_run("crawl", "test", "test")
    store.save_statute_page(page, run)
    store.record_source_result(
        run, "statutes_ar", 1, 1, 0, None, warnings=len(page.warnings), warning=page.warnings[0]
    )
    store.finish_run(run)
    row = store.db["statute_sections"].get(record.id)
    assert row["adapter"] == "generic" and "page date" in json.loads(row["chrome_signs"])[0]
    health = store.db.execute(
        "select health, last_warnings, last_warning from source_health where source = 'statutes_ar'"
    ).fetchone()
    assert health[0] == "warning" and health[1] == 1 and "chrome" in health[2]
    store.close()


def test_dedicated_adapters_leave_no_chrome_signs_on_real_pages():
    from hotline_watch.ingest import route_statute
    from hotline_watch.registry import load_statutes

    sources = load_statutes()
    checked = 0
    for url, record in archived().items():
        routed = route_statute(url, sources)
        if routed is None:
            continue
        source, name, wanted = routed
        page = build_statute_page(source, get_adapter(name), record.to_scrapy(), wanted)
        for section in page.sections:
            assert chrome_signs(section.text) == [], (url, section.section_number)
            checked += 1
    assert checked >= 70


# -- end to end: the spider follows list pages (crawl --replay) -----------------------------------


def test_replay_follows_kentucky_lists_and_alabama_graphql(tmp_path):
    import sqlite3

    import yaml
    from test_sites_chrome import write_warc

    from conftest import ROOT, cli_environment, run_cli
    from hotline_watch.archive import ArchivedResponse

    chapter = archived()[KY_205]
    record = capture_file("al-alison/al_section_1-1-1.json")
    when = "2026-12-06T00:00:00+00:00"
    html_type = [("Content-Type", "text/html; charset=utf-8")]
    json_type = [("Content-Type", "application/json")]
    pages = [
        ArchivedResponse(KY_INDEX, 200, html_type, KY_INDEX_PAGE.encode(), when, ""),
        chapter,
        ArchivedResponse(
            KY_SECTION, 200, [("Content-Type", "application/pdf")], make_pdf([KY_PDF_LINES]), when, ""
        ),
        ArchivedResponse(
            f"{AL}#toc", 200, json_type,
            json.dumps({"data": {"codeOfAlabamaTitles": AL_TOC}}).encode(), when, "",
        ),
        ArchivedResponse(f"{AL}#codeId=14515", 200, json_type, record, when, ""),
    ]  # fmt: skip
    warc = write_warc(tmp_path / "followed.warc.gz", [(p, p.body) for p in pages], when)
    registry = yaml.safe_load((ROOT / "data" / "sources" / "statutes.yml").read_text())
    for entry in registry["jurisdictions"]:
        if entry["jurisdiction"] == "KY":
            entry["sections"] = [
                {"citation": "KRS 205.010", "url": KY_INDEX, "section": "205.010",
                 "verified": "documented"},
                {"citation": "KRS 205.999", "url": KY_INDEX, "section": "205.999",
                 "verified": "documented"},
            ]  # fmt: skip
        if entry["jurisdiction"] == "AL":
            entry["sections"] = [
                {"citation": "Ala. Code § 1-1-1", "url": AL, "section": "1-1-1", "verified": "capture"},
                {"citation": "Ala. Code § 13A-6-170", "url": AL, "section": "13A-6-170",
                 "verified": "unverified"},
            ]  # fmt: skip
    (tmp_path / "statutes.yml").write_text(yaml.safe_dump(registry), encoding="utf-8")
    env = cli_environment(tmp_path)
    env["HOTLINE_WATCH_STATUTES"] = str(tmp_path / "statutes.yml")
    db = tmp_path / "followed.db"
    result = run_cli(
        ["crawl", "--replay", str(warc), "statutes_ky", "statutes_al", "--db", str(db)], env
    )
    conn = sqlite3.connect(db)
    sections = dict(conn.execute("select id, url from statute_sections"))
    assert sections == {"KY:KRS:205.010": KY_SECTION, "AL:ALA:1-1-1": f"{AL}#codeId=14515"}
    fetches = conn.execute("select url, outcome, message from fetches order by id").fetchall()
    outcomes = sorted((url, outcome) for url, outcome, _ in fetches)
    assert outcomes == sorted(
        [
            (KY_INDEX, "listing"), (KY_INDEX, "listing"), (KY_205, "listing"), (KY_205, "not_found"),
            (KY_SECTION, "ok"), (f"{AL}#toc", "listing"), (f"{AL}#toc", "not_found"),
            (f"{AL}#codeId=14515", "ok"),
        ]
    ), fetches  # fmt: skip
    messages = {m for _, o, m in fetches if o == "not_found"}
    assert any("section 205.999 is not listed (KRS Chapter 205" in m for m in messages)
    assert any("section 13A-6-170 is not listed (Code of Alabama" in m for m in messages)
    # The guessed Alabama number is a failure of that source, named in its result.
    assert result.returncode == 1
    conn.close()


# -- bad input: a layout change is a recorded parse error, never new text, never "gone" --------


def test_layout_change_is_a_parse_error_that_keeps_the_stored_section(tmp_path):
    from hotline_watch.ingest import route_statute
    from hotline_watch.items import FetchInfo
    from hotline_watch.registry import load_statutes
    from hotline_watch.storage import Store

    url = "https://codes.ohio.gov/ohio-revised-code/section-2901.011"
    source, name, wanted = route_statute(url, load_statutes())
    store = Store(tmp_path / "bad.db")
    adapter = get_adapter(name)

    def save(body, when):
        fetch = FetchInfo(url=url, fetched_at=when, outcome="ok", status=200)
        page = build_statute_page(source, adapter, html(url, body), wanted, fetch)
        store.save_statute_page(page, None)
        return page

    good = save(archived()[url].body, "2026-12-01T00:00:00+00:00")
    assert good.fetch.outcome == "ok"
    redesigned = "<html><body><main><div class='statute-v2'><p>Section 2901.011 ...</p></div></main></body></html>"
    for when in ("2026-12-02T00:00:00+00:00", "2026-12-03T00:00:00+00:00"):
        bad = save(redesigned, when)
        assert bad.fetch.outcome == "parse_error" and bad.sections == []
        assert "no element matches scope" in bad.fetch.message
    row = store.db["statute_sections"].get("OH:ORC:2901.011")
    assert row["text"] == good.sections[0].text and row["missing_count"] == 0
    assert store.db["section_versions"].count == 1
    kinds = [r[0] for r in store.db.execute("select change_type from changes")]
    assert kinds == []  # the first sight is no change; no text change, no section_gone
    fetches = store.db.execute("select url, outcome, message from fetches order by id").fetchall()
    assert fetches[-1][0] == url and fetches[-1][1] == "parse_error"
    assert "section.laws-body" in fetches[-1][2]
    store.close()
