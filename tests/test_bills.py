"""The pure parts of bill watch: dates, parsing Open States and LegiScan, status from actions,
change decisions (hotline_watch.detect), cited sections, the request budget and the
configuration."""

from __future__ import annotations

import json

import pytest
from bills_server import os_bill, version

from conftest import SHARED
from hotline_watch.bills import (
    BillEvent,
    BillFormatError,
    Status,
    bill_date,
    cited_sections,
    effective_date_from_actions,
    final_status,
    parse_legiscan_bill,
    parse_openstates_bill,
    session_years,
    status_from_actions,
)
from hotline_watch.bills_api import (
    RequestBudget,
    load_bills_config,
    openstates_search_url,
)
from hotline_watch.changes import RecordRef
from hotline_watch.config import ConfigError
from hotline_watch.detect import bill_changes, bill_text_changes

WY_SAMPLE = SHARED / "reference" / "openstates" / "bills_wyoming_2025_sample.json"


# -- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code", "expected"),
    [
        ("2025-02-18", "WY", "2025-02-18"),
        ("2025-02-25T00:55:14+00:00", "WY", "2025-02-24"),  # evening of the 24th in Cheyenne
        ("2025-02-25T00:55:14+00:00", "ME", "2025-02-24"),
        ("2025-02-25T12:00:00+00:00", "HI", "2025-02-25"),
        ("2025-02-25T00:55:14Z", "CA", "2025-02-24"),
        ("2025-02-25T00:55:14", "WY", "2025-02-25"),  # no zone: the date as written
        ("2025-02-25 00:55:14", None, "2025-02-25"),
        ("", "WY", None),
        (None, "WY", None),
    ],
)
def test_bill_dates(value, code, expected):
    assert bill_date(value, code) == expected


@pytest.mark.parametrize("value", ["02/25/2025", "yesterday", "2025-02-30", 20250225])
def test_bad_dates_are_named(value):
    with pytest.raises(BillFormatError, match=f"date {value!r}"):
        bill_date(value, "WY")


def test_every_jurisdiction_has_a_legislature_time_zone():
    from hotline_watch.bills import LEGISLATURE_TZ
    from hotline_watch.jurisdictions import JURISDICTIONS

    assert set(LEGISLATURE_TZ) == set(JURISDICTIONS)


# -- parsing -----------------------------------------------------------------------------------


def test_the_real_open_states_sample_parses():
    if not WY_SAMPLE.exists():
        pytest.skip("../shared/reference/openstates/ not present")
    data = json.loads(WY_SAMPLE.read_text())
    bills = [parse_openstates_bill(raw) for raw in data["results"]]
    (hb22, problems), _ = bills
    assert problems == []
    assert (hb22.id, hb22.label) == ("WY:2025:HB22", "WY HB 22 (2025)")
    assert hb22.first_action_date == "2024-12-09"  # 16:58 UTC is still the 9th in Wyoming
    assert hb22.latest_action_date == "2025-02-24"  # 00:55 UTC on the 25th
    assert (hb22.effective_date, hb22.effective_date_basis) == ("2025-02-24", "api")
    assert hb22.official_url is None and hb22.openstates_url.endswith("/HB22/")
    assert hb22.actions == [] and hb22.versions == []  # asked for without include=


def test_local_filter_and_required_fields():
    bill = os_bill("x1", "KS", "Kansas", "2025", "HB 1", "Hotline signs.", "2025-01-01")
    assert parse_openstates_bill(bill)[0] is not None
    resolution = {**bill, "classification": ["resolution"]}
    assert parse_openstates_bill(resolution) == (None, [])
    territory = {**bill, "jurisdiction": {"id": "ocd-jurisdiction/country:us/territory:pr/gov"}}
    assert parse_openstates_bill(territory) == (None, [])
    with pytest.raises(BillFormatError, match="missing 'identifier'"):
        parse_openstates_bill({**bill, "identifier": ""})


def test_versions_prefer_html_then_pdf_and_skip_unreadable_links():
    bill = os_bill(
        "x2",
        "KS",
        "Kansas",
        "2025",
        "HB 2",
        "Hotline signs.",
        "2025-01-01",
        versions=[
            {
                "note": "Introduced",
                "date": "2025-01-10",
                "links": [
                    {"url": "https://k.gov/hb2.pdf", "media_type": "application/pdf"},
                    {"url": "https://k.gov/hb2.htm", "media_type": "text/html"},
                ],
            },
            version("Amended", "2025-02-01", "https://k.gov/hb2a.doc", "application/msword"),
            version("Enrolled", "2025-03-01", "https://k.gov/hb2e.pdf", ""),
            version("Broken", "2025-03-02", "/relative.htm", "text/html"),
        ],
    )
    record, problems = parse_openstates_bill(bill)
    assert [(v.note, v.url) for v in record.versions] == [
        ("Introduced", "https://k.gov/hb2.htm"),
        ("Enrolled", "https://k.gov/hb2e.pdf"),
    ]
    assert record.latest_version().url == "https://k.gov/hb2e.pdf"
    assert problems == ["KS HB 2 version 'Broken': link '/relative.htm' not http"]


def test_session_years():
    assert session_years("2025-2026") == (2025, 2026)
    assert session_years("20252026") == (2025, 2026)
    assert session_years("2025S1") == (2025, 2025)
    assert session_years("114", "2025-01-14", "2026-04-20") == (2025, 2026)
    assert session_years("114") is None


def test_legiscan_bill():
    data = {
        "status": "OK",
        "bill": {
            "bill_id": 7,
            "change_hash": "h",
            "session": {"year_start": 2025, "year_end": 2026, "special": 0, "sine_die": 0},
            "state": "KY",
            "bill_number": "HB3",
            "body": "H",
            "title": "Human trafficking",
            "progress": [{"date": "2025-01-07", "event": 1}, {"date": "2025-02-01", "event": 2}],
            "history": [{"date": "2025-02-01", "action": "3rd reading, passed", "chamber": "H"}],
            "texts": [
                {
                    "date": "2025-01-07",
                    "type": "Introduced",
                    "mime": "application/pdf",
                    "state_link": "https://apps.legislature.ky.gov/hb3.pdf",
                }
            ],
        },
    }
    record, problems = parse_legiscan_bill(data)
    assert (record.id, record.identifier, problems) == ("KY:2025-2026:HB3", "HB 3", [])
    events = record.status_events
    assert status_from_actions(events, "KY") == Status(
        "passed_one_chamber", "2025-02-01", "passage"
    )
    assert record.latest_version().media_type == "application/pdf"
    with pytest.raises(BillFormatError, match="LegiScan ERROR: Invalid API key"):
        parse_legiscan_bill({"status": "ERROR", "alert": {"message": "Invalid API key"}})


# -- status ------------------------------------------------------------------------------------


def ev(kinds, chamber=None, date="2025-01-01", order=0, description="x") -> BillEvent:
    return BillEvent(date, description, chamber, list(kinds), order)


def statuses(events, code="KS") -> str:
    return status_from_actions(events, code).status


def test_status_ladder():
    steps = [
        ev(["introduction"], "lower", "2025-01-10", 1),
        ev(["referral-committee"], "lower", "2025-01-11", 2),
        ev(["passage"], "lower", "2025-02-01", 3),
        ev(["passage"], "upper", "2025-03-01", 4),
        ev(["executive-signature"], "executive", "2025-03-10", 5),
    ]
    seen = [statuses(steps[: n + 1]) for n in range(len(steps))]
    assert seen == [
        "introduced",
        "introduced",
        "passed_one_chamber",
        "passed_both",
        "signed",
    ]
    assert status_from_actions(steps, "KS") == Status("signed", "2025-03-10", "x")


def test_status_endings_and_second_chances():
    intro = ev(["introduction"], "lower", order=1)
    lower, upper = ev(["passage"], "lower", order=2), ev(["passage"], "upper", order=3)
    assert statuses([intro, ev(["committee-failure"], "lower", order=2)]) == "failed"
    # Reconsidered and passed after a failed vote.
    assert statuses(
        [intro, ev(["failure"], "lower", order=2), ev(["passage"], "lower", order=3)]
    ) == ("passed_one_chamber")
    veto = ev(["executive-veto"], "executive", order=4)
    assert statuses([intro, lower, upper, veto]) == "vetoed"
    override = ev(["veto-override-passage"], "lower", order=5)
    assert statuses([intro, lower, upper, veto, override]) == "became_law"
    assert statuses([intro, lower, upper, ev(["became-law"], order=4)]) == "became_law"
    # A passage of the same chamber again (concurrence, "signed by Speaker") is no new step.
    assert statuses([intro, lower, ev(["passage"], "lower", order=3)]) == "passed_one_chamber"
    # Procedural "passage" after enactment does not undo it.
    sign = ev(["executive-signature"], "executive", order=4)
    assert statuses([intro, lower, upper, sign, ev(["passage"], "lower", order=5)]) == "signed"
    # Nebraska and the DC Council are unicameral.
    assert statuses([intro, ev(["passage"], "legislature", order=2)], "NE") == "passed_both"
    assert statuses([intro, lower], "NE") == "passed_both"


def test_final_status_by_the_calendar():
    signed = Status("signed", "2025-03-10", "Approved by Governor")
    assert final_status(signed, "2025-07-01", None, "2025-06-30") == signed
    assert final_status(signed, "2025-07-01", None, "2025-07-01").status == "effective"
    pending = Status("passed_one_chamber", "2025-02-01", "Passed House")
    assert final_status(pending, None, True, "2025-06-30").status == "dead"
    assert final_status(pending, None, None, "2025-06-30") == pending
    assert final_status(Status("vetoed"), None, True, "2026-01-01").status == "vetoed"


def test_effective_date_from_actions():
    actions = [ev([], description="Effective date 07/01/2025"), ev([], description="Chaptered")]
    assert effective_date_from_actions(actions) == "2025-07-01"
    assert effective_date_from_actions([ev([], description="Effective: July 1, 2026")]) == (
        "2026-07-01"
    )
    assert effective_date_from_actions([ev([], description="Signed")]) is None


# -- changes -------------------------------------------------------------------------------


RECORD = RecordRef("bills", "KS:2025:HB1", "KS", "KS HB 1 (2025)", "https://kslegislature.gov/hb1")
FETCHED = "2025-04-01T12:00:00+00:00"


def row(
    status: str,
    date: str | None = "2025-03-01",
    action: str = "Passed Senate",
    posting: int = 1,
    basis: str = "title_abstract",
) -> dict:
    return {
        "title": "Hotline signs",
        "status": status,
        "status_date": date,
        "status_action": action,
        "latest_action_date": date,
        "requires_posting": posting,
        "posting_basis": basis,
    }


def test_first_sight_of_a_bill():
    # The bills source's first run (the backfill) is the baseline: nothing is a change.
    assert bill_changes(None, row("passed_both"), RECORD, True, FETCHED) == []
    # After it, a new bill is bill_new, said in words, for advocates; relevant when posting.
    (new,) = bill_changes(None, row("passed_both"), RECORD, False, FETCHED)
    assert (new.types, new.audience, new.relevant) == (("bill_new",), "advocates", True)
    assert new.summary == "New bill KS HB 1 (2025): would require posting the hotline"
    assert new.words == [
        "New bill: KS HB 1 (2025), “Hotline signs”.",
        "It proposes a duty to post the hotline (coded from its title and abstracts).",
        "Status: passed both chambers (2025-03-01: Passed Senate).",
    ]
    assert (new.old_value, new.new_value, new.record) == (None, "passed_both", RECORD)
    # A query match that proposes no posting duty: recorded, kept out of feeds and defaults.
    (other,) = bill_changes(None, row("introduced", posting=0), RECORD, False, FETCHED)
    assert other.relevant is False and other.summary == "New bill KS HB 1 (2025)"
    assert "Not coded as a posting bill" in other.words[1]


def test_a_bill_found_long_after_it_was_decided_is_history():
    # A backfill of past sessions: enacted, vetoed or dead months ago is not news...
    for status in ("signed", "effective", "vetoed", "dead"):
        assert bill_changes(None, row(status, "2024-05-01"), RECORD, False, FETCHED) == []
    # ... a pending bill is, however old its last action, and so is a recent decision.
    assert bill_changes(None, row("introduced", "2024-05-01"), RECORD, False, FETCHED)
    assert bill_changes(None, row("signed", "2025-03-28"), RECORD, False, FETCHED)


def test_status_changes():
    assert bill_changes(row("passed_both"), row("passed_both"), RECORD, False, FETCHED) == []
    signed = row("signed", "2025-03-28", "Approved by Governor")
    (moved,) = bill_changes(
        row("introduced", "2025-01-13", "Introduced"), signed, RECORD, False, FETCHED
    )
    assert moved.types == ("bill_status",) and moved.relevant is True
    assert (moved.old_value, moved.new_value) == ("introduced", "signed")
    assert moved.summary == "KS HB 1 (2025): signed into law (2025-03-28)"
    assert moved.words == [
        "Status: signed into law (2025-03-28: Approved by Governor).",
        "Before: introduced (2025-01-13: Introduced).",
    ]
    dead = row("dead", None, "the session ended without enactment", posting=0)
    (died,) = bill_changes(row("introduced", posting=0), dead, RECORD, False, FETCHED)
    assert died.summary == "KS HB 1 (2025): died at the end of the session"
    assert died.relevant is False  # not a posting bill: kept out of feeds and defaults
    # In the baseline run nothing is a change, a status included.
    assert bill_changes(row("introduced"), signed, RECORD, True, FETCHED) == []


def coded(text: str) -> dict:
    from hotline_watch.coding import code_text

    return code_text(text).to_dict()


TRUCK = (
    "(a) Every truck stop shall post a sign with the National Human Trafficking Hotline "
    "1-888-373-7888.\n(b) A truck stop that fails to post the sign shall pay a civil penalty of "
    "$500 for each offense."
)


def test_text_changes_said_in_words_with_a_legal_redline():
    enrolled = TRUCK.replace("$500", "$1,000")
    old = {"note": "Introduced", "date": "2025-01-13", "text": TRUCK, "text_hash": "a"}
    old["coding"] = json.dumps(coded(TRUCK))  # as bill_versions stores it
    new = {"note": "Enrolled", "date": "2025-03-20", "text": enrolled, "text_hash": "b"}
    new["coding"] = coded(enrolled)
    bill = row("passed_both", posting=1, basis="text")
    assert bill_text_changes(old, {**new, **old, "coding": {}}, bill, RECORD, False) == []
    assert bill_text_changes(old, new, bill, RECORD, True) == []  # baseline run
    (change,) = bill_text_changes(old, new, bill, RECORD, False)
    assert change.types == ("bill_text_changed",) and change.relevant is True
    assert change.summary == "KS HB 1 (2025): new text (Enrolled, 2025-03-20)"
    assert change.words == [
        "New version of the text: Enrolled, 2025-03-20.",
        "Penalty raised from $500 to $1,000 per violation.",
        "Subsections amended: (b).",
    ]
    assert "[-$500-]{+$1,000+}" in change.redline and change.redline.startswith("(a) …")
    assert (change.old_value, change.new_value) == ("a", "b")
    # Typography alone (curly quotes, re-wrapped lines) is not a new text.
    wrapped = {**old, "text": TRUCK.replace(" ", "\n", 3), "text_hash": "c"}
    assert bill_text_changes(old, wrapped, bill, RECORD, False) == []


def test_first_text_read_is_news_only_when_it_shows_a_posting_duty():
    new = {"note": "Introduced", "date": "2025-01-13", "text": TRUCK, "text_hash": "a"}
    new["coding"] = coded(TRUCK)
    # Its title already said so (bill_new said it): the first text is no change.
    assert bill_text_changes(None, new, row("introduced", posting=1), RECORD, False) == []
    # Its title did not: the text is what makes it a posting bill advocates hear about.
    (found,) = bill_text_changes(None, new, row("introduced", posting=0), RECORD, False)
    assert found.types == ("bill_new",) and found.relevant is True
    assert found.summary == (
        "KS HB 1 (2025) would require posting the hotline (its text: Introduced, 2025-01-13)"
    )
    assert found.words == [
        "KS HB 1 (2025), “Hotline signs”: its text (Introduced, 2025-01-13), read for the first "
        "time, proposes a duty to post the hotline; its title and abstracts did not say so.",
        "Status: introduced (2025-03-01: Passed Senate).",
    ]
    plain = {**new, "coding": coded("Each hospital shall train its staff.")}
    assert bill_text_changes(None, plain, row("introduced", posting=0), RECORD, False) == []


def test_cited_sections():
    text = (
        "Section 1. G.S. 130A-511 is enacted. Sec. 2. K.S.A. 21-6430 is amended. Section "
        "787.29, Florida Statutes, is created. HB 2001. Chapter 30, Article 52 NMSA 1978. "
        "EFFECTIVE ON 2025-07-01. § 402.0351 and § 787."
    )
    assert cited_sections(text) == ["130A-511", "21-6430", "787.29", "402.0351", "787"]


# -- budget and configuration --------------------------------------------------------------


def test_budget_keeps_ten_a_minute_and_the_day():
    now = [86_400.0 * 20_000]  # midnight UTC
    budget = RequestBudget("openstates", per_minute=10, per_day=12, clock=lambda: now[0])
    for _ in range(10):
        assert budget.wait() == 0 and budget.refusal() is None
        budget.spend()
        now[0] += 1
    assert budget.wait() == pytest.approx(50.0)  # the first of the ten is 50 s from leaving
    now[0] += 50
    assert budget.wait() == 0
    budget.spend()
    budget.spend()
    assert "daily budget of 12 requests spent" in budget.refusal()
    now[0] += 86_400  # the next UTC day
    assert budget.refusal() is None and budget.used_today == 0


def test_budget_carries_what_earlier_runs_spent():
    budget = RequestBudget("openstates", per_minute=10, per_day=250, used_today=250)
    assert "daily budget of 250" in budget.refusal()
    month = RequestBudget("legiscan", per_month=30000, used_month=30000)
    assert "monthly budget of 30000" in month.refusal()


def test_search_url_is_canonical():
    cfg = load_bills_config().openstates
    url = openstates_search_url(cfg, '"human trafficking" hotline sign', 2, "2026-01-05")
    assert url == (
        "https://v3.openstates.org/bills?q=%22human%20trafficking%22%20hotline%20sign"
        "&sort=updated_desc&include=actions&include=versions&include=sources"
        "&include=abstracts&per_page=20&page=2&updated_since=2026-01-05"
    )


def test_config_and_overrides(tmp_path, monkeypatch):
    monkeypatch.setenv("HOTLINE_WATCH_OPENSTATES_URL", "http://127.0.0.1:9/")
    config = load_bills_config()
    assert config.openstates.base_url == "http://127.0.0.1:9"
    assert config.openstates.requests_per_day == 250 and config.openstates.per_page == 20
    assert len(config.openstates.queries) == 5
    monkeypatch.setenv("HOTLINE_WATCH_OPENSTATES_URL", "v3.openstates.org")
    with pytest.raises(ConfigError, match="HOTLINE_WATCH_OPENSTATES_URL"):
        load_bills_config()
    bad = tmp_path / "bills.yml"
    bad.write_text(
        "openstates: {base_url: 'https://x', queries: []}\n"
        "legiscan: {base_url: 'https://y', queries: [q q q]}\n"
    )
    with pytest.raises(ConfigError, match=r"bills.yml: field openstates/queries"):
        load_bills_config(bad)
    monkeypatch.setenv("OPENSTATES_API_KEY", " k ")
    monkeypatch.delenv("LEGISCAN_API_KEY", raising=False)
    assert config.keys() == {"openstates": "k"}


def test_a_bill_is_found_under_the_other_backends_session_label(tmp_path):
    from hotline_watch.bills import BillRecord
    from hotline_watch.bills_store import find_bill
    from hotline_watch.storage import Store

    store = Store(tmp_path / "f.db")
    store.db["bills"].insert(
        {
            "id": "IL:104th:HB2556",
            "jurisdiction": "IL",
            "identifier": "HB 2556",
            "openstates_id": "ocd-bill/1",
            "session_start_year": 2025,
            "session_end_year": 2026,
        }
    )
    legiscan = BillRecord(
        "legiscan", "IL", "2025-2026", "HB 2556", "t", legiscan_id=5, session_years=(2025, 2026)
    )
    assert find_bill(store.db, legiscan)["id"] == "IL:104th:HB2556"
    other = BillRecord(
        "legiscan", "IL", "2023-2024", "HB 2556", "t", legiscan_id=6, session_years=(2023, 2024)
    )
    assert find_bill(store.db, other) is None
    store.close()
