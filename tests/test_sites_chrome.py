"""Chrome-only changes never change the stored law: a property test over every real statute page.

Every real statute page of ../shared/captures (the three WARC files, New Jersey's text dump
excerpt, Alabama's API answer) is stored once through `hotline-watch ingest`'s code, then served
again with only its chrome changed, a month later: scripts rewritten, a navigation bar and a
footer added, and the page's own notices given new dates (Ohio's "Last updated", Michigan's
"Senate adjourned until", Kentucky's "last updated on", New York's revision notice, the Wayback
toolbar's timestamps, navigation link texts). Every page must parse to the same sections, and
the second ingest must record no change and no new version. A control run changes one word of
law text and must record exactly that one change, so the test can fail.

Also the issue's done-when: `hotline-watch ingest` of the two statute-site WARCs stores each
page's sections with the right number, the text without chrome and the history apart, and the
site's "not found" page (status 200) stores nothing and is recorded as not found.
"""

# ruff: noqa: E501 - tables of real URLs and expected texts read better unwrapped

from __future__ import annotations

import io
import re
import sqlite3
from pathlib import Path

import pytest
from site_pages import archived, capture_file
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import CAPTURES, cli_environment, run_cli
from hotline_watch.archive import ArchivedResponse
from hotline_watch.ingest import ingest_warcs, route_statute
from hotline_watch.registry import load_statutes
from hotline_watch.storage import Store

LATER = "2027-01-14T12:00:00Z"
NJ_URL = "https://pub.njleg.gov/Statutes/STATUTES-TEXT.TXT"  # claimed, not a registry URL
AL_URL = "https://alison.legislature.state.al.us/graphql#codeId=14515"

NAV = (
    '<nav class="site-nav" role="navigation"><a href="/">Home</a> | <a href="/search">Search</a>'
    " | <a href='#main'>Skip to main content</a> <span>Updated 01/14/2027 4:02 PM</span></nav>"
)
FOOTER = (
    "<footer><p>&copy; 2027 The Legislature. All rights reserved. Page generated "
    "January 14, 2027 at 4:02 PM.</p><p><a href='/privacy'>Privacy policy</a></p></footer>"
)
SCRIPT = re.compile(r"(<script\b[^>]*>)(.*?)(</script>)", re.S | re.I)
BODY_OPEN = re.compile(r"<body\b[^>]*>", re.I)

#: Each page's own notices and navigation, given new dates and words: (old, new). Every old
#: string must occur in the page, so a capture that changes shows up here first.
NOTICES: dict[str, list[tuple[str, str]]] = {
    "https://codes.ohio.gov/ohio-revised-code/section-2901.011": [
        ("Last updated March 8, 2023 at 11:15 AM", "Last updated January 14, 2027 at 4:02 PM"),
        ("updates the Revised Code on an ongoing basis", "updates the code every week"),
    ],
    "https://www.legislature.mi.gov/Laws/MCL?objectName=mcl-257-1": [
        ("Senate adjourned until Tuesday, April 23, 2024 10:00 AM",
         "Senate adjourned until Thursday, January 14, 2027 1:30 PM"),
        ("Senate adjourned until 04/23/24 10:00 AM", "Senate adjourned until 01/14/27 1:30 PM"),
        ("House adjourned until Tuesday, April 23, 2024 1:30 PM",
         "House adjourned until Thursday, January 14, 2027 10:00 AM"),
        ("Through PA 35", "Through PA 12"),
        ("Previous Section", "Earlier Section"),
    ],
    "https://apps.legislature.ky.gov/LAW/STATUTES/chapter.aspx?id=38124": [
        ("08/22/2026", "01/14/2027"),
        ("2026 Regular Session", "2027 Regular Session"),
    ],
    "https://www.nysenate.gov/legislation/laws/VAT/1111": [
        ("Viewing most recent revision (from 2014-09-22)",
         "Viewing most recent revision (from 2014-09-22) as of 2027-01-14"),
        ("MTc4ODE2ODE3OA==", "MTgwMDAwMDAwMA=="),
    ],
    "https://www.nysenate.gov/legislation/laws/STT/500": [("MTc4ODE2Nzk3Mw==", "MTgwMDAwMDAwMQ==")],
    "https://nebraskalegislature.gov/laws/statutes.php?statute=77-1801": [
        ("20251215062931", "20270114120000"),
        ("Print Friendly", "Printable version"),
    ],
    "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=187.": [
        ('value="STUBBED"', 'value="-4102447102238174921:2730811455469823315"'),
    ],
    "https://www.capitol.hawaii.gov/hrscurrent/Vol07_Ch0346-0398/HRS0371/HRS_0371-0020.htm": [
        (">Previous<", ">Previous section<"),
    ],
    "https://www.cga.ct.gov/current/pub/chap_952.htm": [
        ("(Return to Chapter<br/>Table of Contents)", "(Back to the chapter's contents)"),
    ],
    "https://code.wvlegislature.gov/11-21-12/": [
        ("All Articles", "Every article"),
        ("<span>Previous</span>", "<span>Back</span>"),
    ],
    "https://legislature.maine.gov/statutes/17-A/title17-Asec2.html": [
        ('title17-Asec3.html">§3<', 'title17-Asec3.html">Next: §3<'),
    ],
    "https://mca.legmt.gov/bills/mca/title_0010/chapter_0110/part_0010/section_0030/"
    "0010-0110-0010-0030.html": [
        ("Toggle navigation", "Open the menu"),
        ("Previous Section", "Section before"),
    ],
    "https://www.scstatehouse.gov/code/t01c003.php": [
        ("Staff&nbsp;Portal", "Staff&nbsp;Login"),
        ("Chamber Video", "Live Video"),
    ],
    "https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gtr&section=1-101": [
        ("Check%20out%20this%20article", "Read%20this%20article"),
    ],
}  # fmt: skip


def statute_pages() -> list[ArchivedResponse]:
    """Every real statute page in ../shared/captures that the registry's adapters claim."""
    sources = load_statutes()
    pages = [r for url, r in archived().items() if route_statute(url, sources)]
    extra = [
        ArchivedResponse(
            NJ_URL, 200, [("Content-Type", "text/plain")],
            capture_file("nj-legis/nj_statutes_txt_excerpt.txt"), "2026-12-06T00:00:00+00:00", "",
        ),
        ArchivedResponse(
            AL_URL, 200, [("Content-Type", "application/json")],
            capture_file("al-alison/al_section_1-1-1.json"), "2026-12-06T00:00:00+00:00", "",
        ),
    ]  # fmt: skip
    return pages + [r for r in extra if route_statute(r.url, sources)]


def _encoding(record: ArchivedResponse) -> str:
    return record.to_scrapy().encoding if hasattr(record.to_scrapy(), "encoding") else "utf-8"


def chrome_changed(record: ArchivedResponse) -> bytes:
    """The page with only its chrome changed (see the module docstring)."""
    content_type = dict((k.lower(), v) for k, v in record.headers).get("content-type", "")
    if "json" in content_type:
        text = record.body.decode("utf-8").rstrip()
        assert text.endswith("}")
        return (text[:-1] + ', "extensions": {"served": "2027-01-14T16:02:00Z"}}').encode()
    if "html" not in content_type:
        return record.body  # a text dump has no chrome
    encoding = _encoding(record)
    text = record.body.decode(encoding)
    for old, new in NOTICES.get(record.url, []):
        assert old in text, (record.url, old)
        text = text.replace(old, new)
    text = SCRIPT.sub(r"\1/* rebuilt 2027-01-14 */ var served = 1800000000;\3", text)
    opened = BODY_OPEN.search(text)
    if opened:
        text = text[: opened.end()] + NAV + text[opened.end() :]
    else:
        text = NAV + text
    close = text.lower().rfind("</body>")
    text = text[:close] + FOOTER + text[close:] if close >= 0 else text + FOOTER
    return text.encode(encoding, "xmlcharrefreplace")


def write_warc(path: Path, records: list[tuple[ArchivedResponse, bytes]], date: str) -> Path:
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for record, body in records:
            headers = [(k, v) for k, v in record.headers if k.lower() != "content-length"]
            headers.append(("Content-Length", str(len(body))))
            http = StatusAndHeaders(f"{record.status} OK", headers, protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    record.url,
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": date},
                )
            )
    return path


def sections_of(record: ArchivedResponse, body: bytes) -> tuple:
    from spiders.sites import get_adapter
    from spiders.statutes import build_statute_page

    source, name, wanted = route_statute(record.url, load_statutes())
    again = ArchivedResponse(record.url, record.status, record.headers, body, record.date, "")
    page = build_statute_page(source, get_adapter(name), again.to_scrapy(), wanted)
    return page.fetch.outcome, [
        (s.id, s.text, s.heading, s.history, s.citation) for s in page.sections
    ]


@pytest.fixture(scope="module")
def pages() -> list[ArchivedResponse]:
    return statute_pages()


def test_every_real_statute_page_is_covered(pages):
    urls = {p.url for p in pages}
    assert len(pages) >= 27
    for host in (
        "codes.ohio.gov",
        "legislature.mi.gov",
        "rilegislature.gov",
        "mgaleg",
        "wvlegislature",
        "legislature.maine.gov",
        "cga.ct.gov",
        "ncleg.gov",
        "nebraskalegislature",
        "legislature.vermont.gov",
        "mca.legmt.gov",
        "legis.state.pa.us",
        "scstatehouse",
        "flsenate",
        "legislature.ky.gov",
        "nysenate",
        "capitol.hawaii.gov",
        "leginfo",
        "tcss",
        "revisor.mn.gov",
        "kslegislature",
        "leg.state.nv.us",
        "oregonlegislature",
        "njleg",
        "alison",
    ):
        assert any(host in url for url in urls), host  # fmt: skip
    assert set(NOTICES) <= urls


def test_chrome_changes_leave_every_page_parsing_the_same(pages):
    changed = 0
    for record in pages:
        body = chrome_changed(record)
        changed += body != record.body
        assert sections_of(record, body) == sections_of(record, record.body), record.url
    assert changed >= len(pages) - 1  # all but the text dump


@pytest.fixture(scope="module")
def twice(pages, tmp_path_factory):
    """Ingest the real pages, then the chrome-changed ones a month later."""
    tmp = tmp_path_factory.mktemp("chrome")
    first = write_warc(tmp / "first.warc.gz", [(r, r.body) for r in pages], "2026-12-06T00:00:00Z")
    second = write_warc(tmp / "second.warc.gz", [(r, chrome_changed(r)) for r in pages], LATER)
    store = Store(tmp / "chrome.db")
    run1 = ingest_warcs(store, [first], "test first")
    before = {t: store.db[t].count for t in ("statute_sections", "section_versions", "changes")}
    hashes = dict(store.db.execute("select id, text_hash from statute_sections").fetchall())
    run2 = ingest_warcs(store, [second], "test second")
    result = {
        "store": store,
        "run1": run1,
        "run2": run2,
        "before": before,
        "hashes": hashes,
        "tmp": tmp,
    }
    yield result
    store.close()


def test_chrome_only_reserving_records_no_change(twice):
    store = twice["store"]
    assert twice["before"]["statute_sections"] >= 80
    assert store.db["statute_sections"].count == twice["before"]["statute_sections"]
    assert store.db["section_versions"].count == twice["before"]["section_versions"]
    changes = store.db.execute(
        "select change_type, record_id from changes where run_id = ?", [twice["run2"]["id"]]
    ).fetchall()
    assert changes == []
    now = dict(store.db.execute("select id, text_hash from statute_sections").fetchall())
    assert now == twice["hashes"]
    # The second serving was seen: last_seen moved to it for every section.
    assert (
        store.db.execute(
            "select count(*) from statute_sections where last_seen < ?", [LATER.replace("Z", "")]
        ).fetchone()[0]
        == 0
    )


def test_a_real_text_change_is_recorded_once(twice, pages):
    """The control: the same pipeline does see one changed word of law."""
    store, tmp = twice["store"], twice["tmp"]
    ohio = next(p for p in pages if "codes.ohio.gov" in p.url)
    body = chrome_changed(ohio).replace(
        b"constitute the Reagan Tokes Law.", b"constitute the Reagan Tokes Act."
    )
    third = write_warc(tmp / "third.warc.gz", [(ohio, body)], "2027-02-01T00:00:00Z")
    run3 = ingest_warcs(store, [third], "test third")
    changes = store.db.execute(
        "select change_type, record_id, redline from changes where run_id = ?", [run3["id"]]
    ).fetchall()
    assert [(c[0], c[1]) for c in changes] == [("text_changed", "OH:ORC:2901.011")]
    assert "Reagan Tokes [-Law-]{+Act+}." in changes[0][2]


# -- the done-when, through the command line ------------------------------------------

NEW_WARCS = ("statute-sites.warc.gz", "statute-sites-more.warc.gz")

EXPECTED = {
    # url fragment: (section id, heading, first words of the text, first words of the history)
    "section-2901.011": ("OH:ORC:2901.011", "Reagan Tokes Law", "The amendments to sections", "Effective: April 4, 2023"),
    "mcl-257-1": ("MI:MCL:257.1", "Michigan vehicle code; words and phrases defined", "The following words", "1949, Act 300"),
    "43-3-2.htm": ("RI:RIGL:43-3-2", "Application of rules of construction", "In the construction of statutes", "G.L. 1896"),
    "section=1-101": ("MD:GTR:1-101", None, "(a) In this article", None),
    "11-21-12/": ("WV:WVC:11-21-12", "West Virginia adjusted gross income of resident individual", "(a) General.", None),
    "title17-Asec2": ("ME:MRS17-A:2", "Definitions", "As used in this code", "PL 1975, c. 499"),
    "chap_952": ("CT:CGS:53a-24", "Offense defined. Application of sentencing provisions to motor vehicle and drug selling violators", "(a) The term “offense”", "(1969, P.A. 828, S. 24;"),
    "GS_15-1": ("NC:GS:15-1", "Statute of limitations for misdemeanors", "(a) The crimes of deceit", "(1826, c. 11;"),
    "statute=77-1801": ("NE:RRS:77-1801", "Real property taxes; collection by sale; when", "Except for delinquent taxes", "Laws 1903"),
    "01344": ("VT:VSA21:1344", "Disqualifications", "(a) An individual shall be disqualified", "(Amended 1959"),
    "0010-0110-0010-0030": ("MT:MCA:1-11-103", "Effect of Montana Code Annotated -- official version", "(1) The Montana Code Annotated", "En. 12-506"),
    "00.027.007.000": ("PA:PACS18:2707", "Propulsion of missiles into an occupied vehicle or onto a roadway", "(a) Occupied vehicles.--", "(July 16, 1975"),
    "t01c003.php": ("SC:SCC:1-3-10", "Departments, agencies and the like shall furnish information requested by Governor", "The departments, bureaus", "1962 Code SECTION 1-101"),
    "Chapter775/All": ("FL:FS:775.021", "Rules of construction", "(1) The provisions of this code", "s. 3, ch. 74-383"),
    "VAT/1111": ("NY:VAT:1111", "Traffic-control signal indications", "Whenever traffic is controlled", None),
}  # fmt: skip


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    for name in NEW_WARCS:
        if not (CAPTURES / name).exists():
            pytest.skip(f"../shared/captures/{name} not present")
    tmp = tmp_path_factory.mktemp("ingest11")
    db = tmp / "ingest.db"
    args = ["ingest", *(str(CAPTURES / n) for n in NEW_WARCS), "--db", str(db)]
    result = run_cli(args, cli_environment(tmp))
    return result, db


def test_ingest_of_the_statute_site_warcs_succeeds(ingested):
    result, _db = ingested
    assert result.returncode == 0, result.stdout + result.stderr


def test_ingest_stores_each_pages_sections_right(ingested):
    _result, db = ingested
    conn = sqlite3.connect(db)
    for fragment, (section_id, heading, text_start, history_start) in EXPECTED.items():
        row = conn.execute(
            "select s.heading, s.text, s.history, s.adapter, f.url from statute_sections s "
            "join fetches f on f.id = s.last_fetch_id where s.id = ?",
            [section_id],
        ).fetchone()
        assert row is not None, section_id
        assert fragment in row[4], (section_id, row[4])
        assert row[0] == heading, section_id
        assert row[1].startswith(text_start), section_id
        assert (
            (row[2] or None) is None if history_start is None else row[2].startswith(history_start)
        )
        assert row[3] != "generic", section_id
    counts = dict(conn.execute("select source, count(*) from statute_sections group by source"))
    assert counts["statutes_ct"] == 8 and counts["statutes_sc"] == 32 and counts["statutes_fl"] == 3
    conn.close()


def test_ingest_records_not_found_and_listing_pages_storing_nothing(ingested):
    _result, db = ingested
    conn = sqlite3.connect(db)
    rows = dict(
        (url, (outcome, message))
        for url, outcome, message in conn.execute("select url, outcome, message from fetches")
    )
    assert rows["https://www.nysenate.gov/legislation/laws/STT/500"] == (
        "not_found",
        "ny_openleg: The requested entry could not be found",
    )
    ky = rows["https://apps.legislature.ky.gov/LAW/STATUTES/chapter.aspx?id=38124"]
    assert ky[0] == "listing" and "339 sections listed" in ky[1]
    assert (
        conn.execute("select count(*) from statute_sections where jurisdiction = 'KY'").fetchone()[
            0
        ]
        == 0
    )
    assert (
        conn.execute("select count(*) from statute_sections where id like 'NY:STT%'").fetchone()[0]
        == 0
    )
    assert (
        conn.execute("select count(*) from changes where change_type = 'section_gone'").fetchone()[
            0
        ]
        == 0
    )
    assert all(outcome in ("ok", "listing", "not_found") for outcome, _ in rows.values())
    conn.close()
