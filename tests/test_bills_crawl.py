"""Bill watch end to end: `hotline-watch crawl bills` (the real CLI, spider, budget middleware,
pipeline, coding and SQLite) against a loopback Open States (tests/bills_server.py) whose
answers are shaped like ../shared/reference/openstates/, then `crawl --replay` of the archives.

The scenario, three daily runs:
1. first run (the backfill): sessions, five queries, the first one three pages long with a 429
   on page 2 (waited out); a Kansas bill with an HTML text requiring hotline signs at truck
   stops; a Wyoming act (timestamps for dates, a PDF text) in force since 2025-07-01; a New
   Hampshire training bill that matches the query but requires no posting; a resolution and a
   Puerto Rico bill the local filter leaves out; 45 other matches;
2. the Kansas bill passes both chambers; two bills appear for the first time: a Texas bill
   whose abstract says hotels must post the hotline, and a Missouri grant bill that matches the
   query but proposes no posting duty;
3. the Kansas bill is signed, with an enrolled version whose penalty changed.

The first run is the baseline (no changes); what later runs find is one change per event, said
in words; only posting bills reach feeds and advocates' default (hotline) subscriptions.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bills_server import (
    BillApiServer,
    action,
    bill_page,
    bills_environment,
    jurisdiction,
    os_bill,
    version,
)
from pdf_fixtures import make_pdf

from conftest import cli_environment, run_cli

Q1 = '"human trafficking" hotline sign'
OLD = "2025-03-01T12:00:00+00:00"
KS_ID, WY_ID, NH_ID = "KS:2025-2026:HB2001", "WY:2025:HB42", "NH:2025:HB5"
TX_ID, MO_NEW_ID = "TX:89R:HB77", "MO:2025:HB300"

KS_TEXT = (
    "AN ACT concerning human trafficking; relating to signs at truck stops. Be it enacted by "
    "the Legislature of the State of Kansas:</p><p>Section 1. (a) Every truck stop shall post, "
    "in a place where it is clearly visible to the public and employees, a sign no smaller than "
    "eight and one-half inches by eleven inches that states: If you or someone you know is "
    "being forced to engage in any activity and cannot leave, call the National Human "
    "Trafficking Hotline at 1-888-373-7888 or text 233733.</p><p>(b) The sign shall be printed "
    "in English and Spanish.</p><p>(c) As used in this section, truck stop means a facility "
    "that sells diesel fuel and offers overnight truck parking.</p><p>(d) An owner of a truck "
    "stop who fails to post the sign as required by this section shall be subject to a civil "
    "penalty of $500.</p><p>Sec. 2. K.S.A. 21-6430 is hereby amended to read as follows."
)
KS_ENROLLED = KS_TEXT.replace("civil penalty of $500", "civil penalty of $1,000")
NH_TEXT = (
    "AN ACT relating to human trafficking; requiring training for hospital employees.</p><p>"
    "Section 1. Each hospital shall provide annual training to its emergency department "
    "employees on recognizing the signs of human trafficking and on how to report suspected "
    "trafficking to law enforcement or the National Human Trafficking Hotline.</p><p>Section 2."
    " The department of health shall adopt rules to implement this act within one year."
)
WY_PDF_LINES = [
    "ENROLLED ACT NO. 12, HOUSE OF REPRESENTATIVES",
    "AN ACT relating to human trafficking; requiring hotline signs at truck stops.",
    "Be It Enacted by the Legislature of the State of Wyoming:",
    "Section 1. W.S. 40-1-130 is created to read:",
    "40-1-130. Human trafficking hotline signs.",
    "(a) Every truck stop shall display a sign with the National Human Trafficking",
    "Hotline number 1-888-373-7888 in a conspicuous place near the entrance.",
    "(b) The sign shall be in English and Spanish.",
    "Section 2. This act is effective July 1, 2025.",
]


def ks_bill(step: int, updated_at: str, base: str) -> dict:
    actions = [action("Introduced", "2025-01-13", "lower", ["introduction"], 1)]
    versions = [version("Introduced", "2025-01-13", f"{base}/ks/hb2001_00000.html", "text/html")]
    if step >= 2:
        actions += [
            action("Passed House, final action", "2025-02-20", "lower", ["passage"], 2),
            action("Passed Senate, final action", "2025-03-12", "upper", ["passage"], 3),
        ]
    if step >= 3:
        actions.append(
            action("Approved by Governor", "2025-03-28", "executive", ["executive-signature"], 4)
        )
        versions.append(
            version("Enrolled", "2025-03-20", f"{base}/ks/hb2001_enrolled.html", "text/html")
        )
    return os_bill(
        "0b7e0000-0000-4000-8000-000000002001",
        "KS",
        "Kansas",
        "2025-2026",
        "HB 2001",
        "Human trafficking; hotline signs at truck stops.",
        updated_at,
        actions=actions,
        versions=versions,
        abstracts=["Requires truck stops to post signs with the human trafficking hotline."],
        text=KS_TEXT,
    )


def wy_bill(base: str) -> dict:
    stamps = [
        ("Bill Number Assigned", "2025-01-08T17:02:11+00:00", "lower", ["introduction"]),
        ("House:Passed 3rd Reading", "2025-02-03T22:10:40+00:00", "lower", ["passage"]),
        ("Senate:Passed 3rd Reading", "2025-02-18T18:07:20+00:00", "upper", ["passage"]),
        ("Governor Signed HEA No.0012", "2025-02-25T00:55:14+00:00", "executive", []),
    ]
    actions = [action(d, when, who, kinds, n) for n, (d, when, who, kinds) in enumerate(stamps)]
    actions[-1]["classification"] = ["executive-signature"]
    return os_bill(
        "3bf03922-22fb-406e-a83b-54f93849e042",
        "WY",
        "Wyoming",
        "2025",
        "HB 42",
        "Human trafficking hotline signs at truck stops.",
        OLD,
        actions=actions,
        versions=[
            version("Enrolled Act", "2025-02-24T16:00:00+00:00", f"{base}/wy/HB0042.pdf", "")
        ],
        text="hotline sign post notice poster",
        extras={"chapter": "CH0012", "effective_date": "2025-07-01"},
    )


def nh_bill(base: str) -> dict:
    return os_bill(
        "9d1c0000-0000-4000-8000-000000000005",
        "NH",
        "New Hampshire",
        "2025",
        "HB 5",
        "Human trafficking; training of hospital employees to recognize the signs of "
        "trafficking and to use the hotline.",
        OLD,
        actions=[action("Introduced and referred", "2025-01-09", "lower", ["introduction"], 1)],
        versions=[version("Introduced", "2025-01-09", f"{base}/nh/hb5.html", "text/html")],
        text=NH_TEXT,
    )


def newcomers(updated_at: str) -> list[dict]:
    """Two bills first found on the second run: a Texas posting bill (known from its title and
    abstract only: no version yet) and a Missouri grant bill that posts nothing."""
    return [
        os_bill(
            "7e000000-0000-4000-8000-000000000077",
            "TX",
            "Texas",
            "89R",
            "HB 77",
            "Relating to human trafficking hotline signs in hotels.",
            updated_at,
            actions=[action("Filed", "2025-03-05", "lower", ["introduction"], 1)],
            abstracts=[
                "Each hotel shall post a sign with the National Human Trafficking Hotline "
                "number 1-888-373-7888 in each guest room."
            ],
        ),
        os_bill(
            "f0000000-0000-4000-8000-000000000300",
            "MO",
            "Missouri",
            "2025",
            "HB 300",
            "Human trafficking hotline sign grant program for nonprofit shelters.",
            updated_at,
            actions=[action("Introduced", "2025-03-06", "lower", ["introduction"], 1)],
        ),
    ]


def others() -> list[dict]:
    """45 other matches (no versions), a resolution and a Puerto Rico bill."""
    bills = [
        os_bill(
            f"f0000000-0000-4000-8000-{n:012d}",
            "MO",
            "Missouri",
            "2025",
            f"HB {100 + n}",
            f"Human trafficking hotline sign grant program (No. {n}).",
            f"2025-0{1 + n % 5}-{10 + n % 15}T08:00:00+00:00",
            actions=[action("Introduced", "2025-01-15", "lower", ["introduction"], 1)],
        )
        for n in range(45)
    ]
    bills.append(
        os_bill(
            "e0000000-0000-4000-8000-000000000001",
            "MO",
            "Missouri",
            "2025",
            "HR 7",
            "Human trafficking awareness: hotline signs resolution.",
            OLD,
            classification=["resolution"],
        )
    )
    pr = os_bill(
        "e0000000-0000-4000-8000-000000000002",
        "PR",
        "Puerto Rico",
        "2025-2028",
        "PC 12",
        "Human trafficking hotline signs in ports.",
        OLD,
    )
    pr["jurisdiction"] = {
        "id": "ocd-jurisdiction/country:us/territory:pr/government",
        "name": "Puerto Rico",
        "classification": "state",
    }
    return [*bills, pr]


def sessions() -> list[dict]:
    out = []
    for code, name, idents in (
        ("KS", "Kansas", [("2025-2026", "2025-01-13", "")]),
        ("WY", "Wyoming", [("2025", "2025-01-14", "2025-03-06")]),
        ("NH", "New Hampshire", [("2025", "2025-01-08", "")]),
        ("MO", "Missouri", [("2025", "2025-01-08", "")]),
        ("TX", "Texas", [("89R", "2025-01-14", "")]),
    ):
        entry = jurisdiction(code, name)
        entry["legislative_sessions"] = [
            {
                "identifier": i,
                "name": i,
                "classification": "primary",
                "start_date": s,
                "end_date": e,
            }
            for i, s, e in idents
        ]
        out.append(entry)
    return out


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bills")
    server = BillApiServer()
    server.jurisdictions = sessions()
    base = server.base
    server.bills = [ks_bill(1, OLD, base), wy_bill(base), nh_bill(base), *others()]
    server.docs = {
        "/ks/hb2001_00000.html": bill_page(KS_TEXT),
        "/ks/hb2001_enrolled.html": bill_page(KS_ENROLLED),
        "/nh/hb5.html": bill_page(NH_TEXT),
        "/wy/HB0042.pdf": (200, {"Content-Type": "application/pdf"}, make_pdf([WY_PDF_LINES])),
    }
    env = bills_environment(tmp, server)
    # Subscribers configured before the first run hear about what later runs find.
    (tmp / "subscriptions.yml").write_text(
        "subscriptions:\n"
        "  - name: kansas-bills\n"
        '    url: "json://127.0.0.1:9/kansas"\n'
        "    jurisdictions: [KS]\n"
        "    change_types: [bill_status, bill_text_changed]\n"
        "  - name: wyoming\n"
        '    url: "json://127.0.0.1:9/wyoming"\n'
        "    jurisdictions: [WY]\n"
        "  - name: south\n"  # advocates' default: hotline-relevant changes only
        '    url: "json://127.0.0.1:9/south"\n'
        "    jurisdictions: [TX, MO]\n"
        "  - name: missouri-everything\n"
        '    url: "json://127.0.0.1:9/missouri"\n'
        "    jurisdictions: [MO]\n"
        "    scope: all\n"
    )
    env["HOTLINE_WATCH_SUBSCRIPTIONS"] = str(tmp / "subscriptions.yml")
    db = tmp / "bills.db"
    runs = []

    def crawl(step: int):
        server.clear_log()
        result = run_cli(["crawl", "bills", "--db", str(db)], env, timeout=240)
        runs.append(
            {"result": result, "api_requests": server.api_requests(), "log": server.requests()}
        )
        return result

    # Run 1: a 429 on the first ask for page 2 of the first query, with Retry-After.
    server.script.append(
        (
            lambda path, params: (
                path == "/bills" and params.get("q") == [Q1] and params.get("page") == ["2"]
            ),
            (
                429,
                {"Content-Type": "application/json", "Retry-After": "1"},
                b'{"detail": "exceeded limit of 10/min: 11"}',
            ),
        )
    )
    crawl(1)
    server.bills[0] = ks_bill(2, now(), base)
    server.bills += newcomers(now())
    crawl(2)
    server.bills[0] = ks_bill(3, now(), base)
    crawl(3)
    yield {"server": server, "db": db, "env": env, "runs": runs, "tmp": tmp}
    server.close()


def q(db: Path, sql: str, args=()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def run_ids(db: Path) -> list[int]:
    return [r[0] for r in q(db, "select id from runs order by id")]


# -- the three runs ----------------------------------------------------------------------------


def test_runs_succeed_with_a_summary(world):
    for n, run in enumerate(world["runs"], 1):
        result = run["result"]
        assert result.returncode == 0, f"run {n}: {result.stdout}\n{result.stderr[-3000:]}"
        assert "Traceback" not in result.stderr
        assert "bills: " in result.stdout and "Open States requests today" in result.stdout
    said = [
        next(line for line in run["result"].stdout.splitlines() if line.startswith("bills: "))
        for run in world["runs"]
    ]
    assert said[0].startswith("bills: the first run, a baseline: no changes; 48 stored (")
    assert said[1].startswith("bills: 2 new, 1 status changes, 0 new texts; 50 stored (")
    assert said[2].startswith("bills: 0 new, 1 status changes, 1 new texts; 50 stored (")


def test_three_pages_and_the_429_waited_out(world):
    log = world["runs"][0]["log"]
    pages = [p["page"][0] for path, p, _ in log if path == "/bills" and p["q"] == [Q1]]
    assert pages == ["1", "2", "2", "3"]  # page 2 asked again after the 429
    first, second = [i for i, (path, p, _) in enumerate(log) if p.get("page") == ["2"]][:2]
    assert first < second
    db = world["db"]
    first_run = run_ids(db)[0]
    statuses = q(
        db,
        "select status from fetches where run_id = ? and url like '%/bills?%' order by id",
        [first_run],
    )
    assert [s for (s,) in statuses].count(200) == 3 + 4  # three pages of Q1, one of the others
    assert (429,) not in statuses  # the 429 was waited out: nothing recorded as failed


def test_what_the_runs_stored(world):
    db = world["db"]
    first = run_ids(db)[0]
    by_first = "select count(*) from bills where first_seen <= "
    by_first += "(select max(fetched_at) from fetches where run_id = ?)"
    assert q(db, by_first, [first]) == [(48,)]  # 45 + KS + WY + NH
    assert q(db, "select count(*) from bills")[0][0] == 50  # + TX and MO on the second run
    # The local filter: no resolution, nothing outside the 50 states and DC.
    assert q(db, "select count(*) from bills where identifier in ('HR 7', 'PC 12')")[0][0] == 0
    assert q(db, "select count(distinct id) from bills")[0][0] == 50


def test_request_figures_per_run(world):
    runs = world["runs"]
    # Run 1: sessions + 4 pages of Q1 (one a 429) + one page for each other query.
    assert runs[0]["api_requests"] == 1 + 4 + 4
    # A daily run: one page per query (only bills updated since the last run come back).
    assert runs[1]["api_requests"] == 5
    assert runs[2]["api_requests"] == 5
    db = world["db"]
    usage = q(db, "select requests from bill_api_usage where backend = 'openstates'")
    assert usage == [(9 + 5 + 5,)]  # the day's count, as Open States would count it
    since = [p.get("updated_since") for path, p, _ in runs[1]["log"] if path == "/bills"]
    assert since == [[datetime.now(UTC).date().isoformat()]] * 5


def test_the_first_run_is_the_baseline(world):
    db = world["db"]
    first = run_ids(db)[0]
    # 48 bills, 3 texts read and coded, one bill in force: none of it is a change.
    assert q(db, "select count(*) from changes where run_id = ?", [first]) == [(0,)]


def test_one_status_change_per_step(world):
    db = world["db"]
    ids = run_ids(db)
    rows = q(
        db,
        "select run_id, change_type, types, audience, relevant, old_value, new_value, summary, "
        "words from changes where record_id = ? order by id",
        [KS_ID],
    )
    assert [r[:7] for r in rows] == [
        (ids[1], "bill_status", '["bill_status"]', "advocates", 1, "introduced", "passed_both"),
        (ids[2], "bill_status", '["bill_status"]', "advocates", 1, "passed_both", "signed"),
        (
            ids[2],
            "bill_text_changed",
            '["bill_text_changed"]',
            "advocates",
            1,
            rows[2][5],
            rows[2][6],
        ),
    ]
    assert rows[0][7] == "KS HB 2001 (2025-2026): passed both chambers (2025-03-12)"
    assert json.loads(rows[0][8]) == [
        "Status: passed both chambers (2025-03-12: Passed Senate, final action).",
        "Before: introduced (2025-01-13: Introduced).",
    ]
    assert rows[1][7] == "KS HB 2001 (2025-2026): signed into law (2025-03-28)"
    assert (
        json.loads(rows[1][8])[0] == "Status: signed into law (2025-03-28: Approved by Governor)."
    )
    assert rows[2][7] == "KS HB 2001 (2025-2026): new text (Enrolled, 2025-03-20)"
    assert json.loads(rows[2][8]) == [
        "New version of the text: Enrolled, 2025-03-20.",
        "Penalty raised from $500 to $1,000.",
        "Subsections amended: (d).",
    ]
    status = q(db, "select status, status_date, enacted_date from bills where id = ?", [KS_ID])
    assert status == [("signed", "2025-03-28", "2025-03-28")]
    # Nothing else changed in the daily runs but the two bills first found on the second.
    others = q(
        db,
        "select run_id, record_id, change_type, relevant from changes "
        "where run_id in (?, ?) and record_id != ? order by record_id",
        [ids[1], ids[2], KS_ID],
    )
    assert others == [(ids[1], MO_NEW_ID, "bill_new", 0), (ids[1], TX_ID, "bill_new", 1)]


def test_a_bill_first_found_after_the_baseline_is_new(world):
    db = world["db"]
    (tx,) = q(db, "select summary, words, new_value from changes where record_id = ?", [TX_ID])
    assert tx[0] == "New bill TX HB 77 (89R): would require posting the hotline"
    assert json.loads(tx[1]) == [
        "New bill: TX HB 77 (89R), “Relating to human trafficking hotline signs in hotels”.",
        "It proposes a duty to post the hotline (coded from its title and abstracts).",
        "Status: introduced (2025-03-05: Filed).",
    ]
    assert tx[2] == "introduced"
    row = q(db, "select requires_posting, posting_basis from bills where id = ?", [TX_ID])
    assert row == [(1, "title_abstract")]
    (mo,) = q(db, "select summary, relevant from changes where record_id = ?", [MO_NEW_ID])
    assert mo == ("New bill MO HB 300 (2025)", 0)


def test_new_version_gives_a_redline(world):
    (redline,) = q(
        db := world["db"],
        "select redline from changes where change_type = 'bill_text_changed'",
    )[0]
    assert "[-$500.-]" in redline or "[-$500-]" in redline
    assert "$1,000" in redline
    versions = q(db, "select count(*) from bill_versions where bill_id = ?", [KS_ID])
    assert versions == [(2,)]


def test_html_bill_coded_as_posting_at_truck_stops_with_evidence(world):
    db = world["db"]
    row = q(
        db,
        "select requires_posting, posting_basis, establishments, languages, penalties, evidence "
        "from bills where id = ?",
        [KS_ID],
    )[0]
    assert row[:2] == (1, "text")
    assert json.loads(row[2]) == ["truck_stop"]
    assert json.loads(row[3]) == ["English", "Spanish"]
    assert json.loads(row[4]) == ["$1,000"]  # the enrolled version's penalty
    text = q(db, "select text from bill_versions where bill_id = ? and note = 'Enrolled'", [KS_ID])[
        0
    ][0]
    evidence = json.loads(row[5])
    assert any(e["field"] == "requires_posting" for e in evidence)
    for item in evidence:
        assert item["quote"] in text
    assert "Home | Bills" not in text and "Legislative Research" not in text  # no chrome


def test_pdf_bill_coded_with_dates_from_timestamps(world):
    db = world["db"]
    row = q(
        db,
        "select requires_posting, posting_basis, establishments, status, status_date, "
        "enacted_date, effective_date, effective_date_basis, first_action_date, citations "
        "from bills where id = ?",
        [WY_ID],
    )[0]
    assert row[:3] == (1, "text", '["truck_stop"]')
    # Signed 2025-02-25T00:55:14Z is the evening of the 24th in Cheyenne; in force 2025-07-01.
    assert row[3:8] == ("effective", "2025-07-01", "2025-02-24", "2025-07-01", "api")
    assert row[8] == "2025-01-08"
    assert json.loads(row[9]) == ["40-1-130"]
    version = q(
        db,
        "select v.text, f.status, f.content_hash, f.archive from bill_versions v "
        "join fetches f on f.id = v.text_fetch_id where v.bill_id = ?",
        [WY_ID],
    )[0]
    assert "Every truck stop shall display a sign" in version[0]
    assert version[1] == 200 and len(version[2]) == 64 and "#" in version[3]  # provenance
    evidence = json.loads(q(db, "select evidence from bills where id = ?", [WY_ID])[0][0])
    fields = {e["field"] for e in evidence}
    assert {"requires_posting", "establishments"} <= fields
    assert all(e["quote"] in version[0] for e in evidence)  # quotes from the PDF's text


def test_unrelated_bill_matching_the_query_is_not_posting(world):
    db = world["db"]
    row = q(db, "select requires_posting, posting_basis, status from bills where id = ?", [NH_ID])[
        0
    ]
    assert row == (0, "text", "introduced")


def test_views_feed_the_panel_and_the_registry(world):
    db = world["db"]
    events = q(
        db,
        "select jurisdiction, bill_id, enacted_date, effective_date, effective_year, basis "
        "from bill_law_events order by jurisdiction",
    )
    assert events == [
        ("KS", KS_ID, "2025-03-28", None, None, "bill"),
        ("WY", WY_ID, "2025-02-24", "2025-07-01", 2025, "bill"),
    ]
    # The research panel's one merge point: Wyoming's act is the only evidence of its law, so
    # it dates it; Kansas' bill came after the 2021 date the law facts hold: an amendment.
    evidence = q(
        db,
        "select jurisdiction, event, date, law, rank from law_evidence where basis = 'bill' "
        "order by jurisdiction, event",
    )
    assert evidence == [
        ("KS", "amended", "2025-03-28", "HB 2001 (2025-2026)", 2),
        ("WY", "effective", "2025-07-01", "HB 42 (2025)", 2),
        ("WY", "enacted", "2025-02-24", "HB 42 (2025)", 2),
    ]
    summary = q(
        db,
        "select jurisdiction, effective, law_since_basis, enacted, enacted_basis from law_summary "
        "where jurisdiction in ('KS', 'WY') order by jurisdiction",
    )
    assert summary == [
        ("KS", "2021-05-27", "registry_fact", None, None),
        ("WY", "2025-07-01", "bill", "2025-02-24", "bill"),
    ]
    suggestions = q(db, "select jurisdiction, section_number, reason from registry_suggestions")
    # Kansas cites K.S.A. 21-6430, not in the registry either; Wyoming's registry has nothing.
    assert ("WY", "40-1-130", "cited section not in the statute registry") in suggestions


def test_source_recorded(world):
    db = world["db"]
    rows = q(db, "select outcome, errors from source_runs where source = 'bills' order by run_id")
    assert rows == [("ok", 0)] * 3
    assert q(db, "select kind from sources where id = 'bills'") == [("bills",)]


def test_nothing_duplicated_across_runs(world):
    db = world["db"]
    assert q(db, "select count(*) from bill_actions where bill_id = ?", [KS_ID]) == [(4,)]
    assert q(db, "select count(*) from bill_versions")[0][0] == 4  # KS x2, WY, NH
    assert q(db, "select count(*) from changes where change_type = 'bill_new'")[0][0] == 2


# -- replay --------------------------------------------------------------------------------


def archive_again(world, name: str, command: list[str]) -> dict:
    """Run `command` (+ the archive, --db) on each of the three runs' archives in turn, into
    a fresh database, without an API key."""
    tmp = world["tmp"]
    env = {**world["env"], **cli_environment(tmp / name)}
    env.pop("OPENSTATES_API_KEY")
    db = tmp / f"{name}.db"
    archives = sorted(
        (tmp / "archive").glob("run-*.warc.gz"), key=lambda p: int(p.name[4:].split(".")[0])
    )
    assert len(archives) == 3
    before = len(world["server"].requests())
    results = [run_cli([*command, str(a), "--db", str(db)], env, timeout=240) for a in archives]
    return {"db": db, "results": results, "server_hits": len(world["server"].requests()) - before}


@pytest.fixture(scope="module")
def replayed(world):
    return archive_again(world, "replay", ["crawl", "bills", "--replay"])


@pytest.fixture(scope="module")
def ingested(world):
    return archive_again(world, "ingest", ["ingest"])


@pytest.mark.parametrize("how", ["replayed", "ingested"])
def test_replay_and_ingest_give_the_same_bills_statuses_and_changes(world, how, request):
    again = request.getfixturevalue(how)
    for result in again["results"]:
        assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert again["server_hits"] == 0  # nothing asked of the network
    live, again = world["db"], again["db"]
    columns = "id, status, status_date, requires_posting, posting_basis, establishments"
    assert q(again, f"select {columns} from bills order by id") == q(
        live, f"select {columns} from bills order by id"
    )
    changes = "select record_id, change_type, types, relevant, old_value, new_value, words "
    changes += "from changes where record_table = 'bills' order by id"
    assert q(again, changes) == q(live, changes)
    texts = "select bill_id, version_key, text_hash from bill_versions order by 1, 2"
    assert q(again, texts) == q(live, texts)


def test_replay_provenance_points_into_the_archives(replayed):
    rows = q(
        replayed["db"],
        "select f.archive from bill_versions v join fetches f on f.id = v.text_fetch_id",
    )
    assert rows and all(r[0].split("#")[0].endswith(".warc.gz") for r in rows)


# -- no key ------------------------------------------------------------------------------------


def test_no_key_skips_cleanly(world, tmp_path):
    env = {**world["env"], **cli_environment(tmp_path)}
    env.pop("OPENSTATES_API_KEY")
    before = len(world["server"].requests())
    result = run_cli(["crawl", "bills", "--db", str(tmp_path / "nokey.db")], env)
    assert result.returncode == 0, result.stderr
    assert "bills: skipped, no OPENSTATES_API_KEY" in result.stdout.splitlines()
    assert "Traceback" not in result.stderr
    assert len(world["server"].requests()) == before
    rows = q(tmp_path / "nokey.db", "select outcome, message from source_runs")
    assert rows == [("skipped", "no OPENSTATES_API_KEY")]


# -- alerts, feeds and Datasette ----------------------------------------------------------------


def test_bill_changes_reach_their_subscribers_as_one_clear_message(world, webhook, tmp_path):
    """`alerts send` to a real webhook: per subscriber, one message per bill and run, what
    changed in words first; only posting bills reach the default (hotline) scope."""
    db = tmp_path / "alerts.db"
    with sqlite3.connect(world["db"]) as src, sqlite3.connect(db) as dst:
        src.backup(dst)  # the world's database stays as the runs left it
    hook = f"json://127.0.0.1:{webhook.server_port}"
    subscriptions = tmp_path / "subscriptions.yml"
    # The same subscribers as in the runs (so the same starting point), now reachable.
    subscriptions.write_text(
        (world["tmp"] / "subscriptions.yml").read_text().replace("json://127.0.0.1:9", hook)
    )
    env = {**world["env"], "HOTLINE_WATCH_SUBSCRIPTIONS": str(subscriptions)}
    result = run_cli(["alerts", "send", "--db", str(db)], env)
    assert result.returncode == 0, result.stdout + result.stderr
    got: dict[str, list[dict]] = {}
    for headers, payload in webhook.received:
        name = headers["X-Hotline-Watch-Delivery"].split(":", 1)[1]
        got.setdefault(name, []).append(payload["hotline_watch"])
    # Kansas: run 2's status, then run 3's signature and new text as ONE message; Wyoming:
    # nothing after the baseline; the south: the Texas posting bill, not the Missouri grant
    # bill, which only the Missouri subscriber who asked for everything hears about.
    assert {name: len(messages) for name, messages in got.items()} == {
        "kansas-bills": 2,
        "south": 1,
        "missouri-everything": 1,
    }
    passed, signed = got["kansas-bills"]
    assert [c["summary"] for c in passed["changes"]] == [
        "KS HB 2001 (2025-2026): passed both chambers (2025-03-12)"
    ]
    assert [c["types"] for c in signed["changes"]] == [["bill_status"], ["bill_text_changed"]]
    status, text = signed["changes"]
    assert status["what_changed"] == [
        "Status: signed into law (2025-03-28: Approved by Governor).",
        "Before: passed both chambers (2025-03-12: Passed Senate, final action).",
    ]
    assert status["record"] == {"table": "bills", "id": KS_ID, "label": "KS HB 2001 (2025-2026)"}
    assert status["datasette_url"].endswith("/hotline/bills/KS~3A2025-2026~3AHB2001")
    assert "Penalty raised from $500 to $1,000." in text["what_changed"]
    assert "{+$1,000+}" in text["redline"] and "[-$500-]" in text["redline"]
    (south,) = got["south"]
    assert [c["summary"] for c in south["changes"]] == [
        "New bill TX HB 77 (89R): would require posting the hotline"
    ]
    (missouri,) = got["missouri-everything"]
    assert [c["summary"] for c in missouri["changes"]] == ["New bill MO HB 300 (2025)"]


def test_bill_change_message_in_words(world):
    result = run_cli(["alerts", "preview", "--db", str(world["db"])], world["env"])
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Kansas (KS): KS HB 2001 (2025-2026): signed into law (2025-03-28)" in out
    said = out[out.index("What changed:") :]
    assert said.startswith(
        "What changed:\n- Status: passed both chambers (2025-03-12: Passed Senate, final action).\n"
        "- Before: introduced (2025-01-13: Introduced).\n"
    )
    assert "- Status: signed into law (2025-03-28: Approved by Governor)." in out
    assert "Bill: KS HB 2001 (2025-2026)" in out
    assert "/hotline/bills/KS~3A2025-2026~3AHB2001" in out
    assert "== to wyoming" not in out  # nothing happened after Wyoming's baseline


def get(db: Path, path: str):
    import asyncio

    from hotline_watch.web import make_datasette

    async def fetch():
        return await make_datasette(db).client.get(path)

    return asyncio.run(fetch())


def test_bills_in_the_atom_feed(world):
    response = get(world["db"], "/hotline/changes_by_jurisdiction.atom?jurisdiction=KS")
    assert response.status_code == 200
    assert "KS HB 2001 (2025-2026): passed both chambers" in response.text
    assert "Penalty raised from $500 to $1,000." in response.text
    assert "[-$500-]" in response.text
    # Feeds carry posting bills only: the Texas bill, not the Missouri grant bill.
    everything = get(world["db"], "/hotline/changes_feed.atom").text
    assert "New bill TX HB 77 (89R)" in everything and "MO HB 300" not in everything


def test_bills_table_facets_and_pending_query(world, tmp_path):
    data = get(world["db"], "/hotline/bills.json?_extra=facet_results").json()
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    assert {"jurisdiction", "status", "session", "requires_posting"} <= set(facets)
    pending = get(world["db"], "/hotline/pending_hotline_bills.json?_shape=array").json()
    # Kansas' bill was signed, Wyoming's is in force; the Missouri bill posts nothing.
    assert [(r["jurisdiction"], r["identifier"], r["posting_basis"]) for r in pending] == [
        ("TX", "HB 77", "title_abstract")
    ]
    copy = tmp_path / "copy.db"
    with sqlite3.connect(world["db"]) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
        dst.execute("update bills set status = 'passed_both' where id = ?", [KS_ID])
    pending = get(copy, "/hotline/pending_hotline_bills.json?_shape=array").json()
    assert [(r["jurisdiction"], r["identifier"], r["status"]) for r in pending] == [
        ("KS", "HB 2001", "passed_both"),  # newest status first
        ("TX", "HB 77", "introduced"),
    ]


def test_state_page_shows_its_bills(world):
    html = get(world["db"], "/state/KS").text
    tail = html[html.index('id="bills"') :]
    assert "Bills (1, 1 coded as posting bills)" in tail
    assert "HB 2001" in tail and "signed" in tail and "proposes posting" in tail
    assert "from the bill text" in tail
    empty = get(world["db"], "/state/AK").text
    assert "No bill matching the hotline queries has been found" in empty
