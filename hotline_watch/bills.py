"""Bill watch, the pure part: bill records from Open States and LegiScan, status from actions,
dates, the local filter and the sections a bill cites.

No Scrapy and no database here: the spider (spiders/bills.py) turns API responses into these
records, the pipeline codes and stores them (hotline_watch/bills_store.py), and what counts as
a change is decided with every other record's changes, in hotline_watch.detect.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from hotline_watch.items import FetchInfo, sha256
from hotline_watch.jurisdictions import JURISDICTIONS

SOURCE = "bills"  # the source name in fetches / source_runs / changes, whatever the backend

#: Bill statuses, in the order a bill moves through them, then the endings without a law.
STATUSES: dict[str, str] = {
    "introduced": "introduced (or filed), not yet passed by a chamber",
    "passed_one_chamber": "passed one chamber of the legislature",
    "passed_both": "passed both chambers (or a unicameral legislature), not yet enacted",
    "signed": "signed by the governor (enacted)",
    "became_law": "enacted without a signature: became law, veto overridden or chaptered",
    "effective": "enacted, and its effective date has come",
    "vetoed": "vetoed by the governor (and not overridden)",
    "failed": "failed a vote or in committee",
    "dead": "the session ended without the bill being enacted",
}
PENDING = ("introduced", "passed_one_chamber", "passed_both")
ENACTED = ("signed", "became_law", "effective")
_RANK = {s: i for i, s in enumerate(("introduced", "passed_one_chamber", "passed_both"))}

#: Unicameral bodies: one passage is the whole legislature (Nebraska, the DC Council).
UNICAMERAL = frozenset({"NE", "DC"})

#: The time zone of each legislature's seat: an action time-stamped in UTC is dated on the
#: calendar of the capitol where it happened (Wyoming's 00:55 UTC is the evening before).
LEGISLATURE_TZ: dict[str, str] = {
    **dict.fromkeys(
        "CT DE DC FL GA KY ME MD MA NH NJ NY NC OH PA RI SC VT VA WV".split(), "America/New_York"
    ),
    **dict.fromkeys("AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI".split(), "America/Chicago"),
    **dict.fromkeys("CO MT NM UT WY".split(), "America/Denver"),
    **dict.fromkeys("CA NV OR WA".split(), "America/Los_Angeles"),
    "AK": "America/Juneau",
    "AZ": "America/Phoenix",
    "HI": "Pacific/Honolulu",
    "ID": "America/Boise",
    "IN": "America/Indiana/Indianapolis",
    "MI": "America/Detroit",
}

_OCD_JURISDICTION = re.compile(r"/(?:state|district):([a-z]{2})/", re.I)
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
# A bill text whose media type we can read: HTML first (no extraction loss), then PDF.
TEXT_MEDIA = ("text/html", "application/xhtml+xml", "application/pdf", "text/plain")


class BillFormatError(ValueError):
    """An API response or bill that does not have the documented shape; says what is wrong."""


# -- dates -------------------------------------------------------------------------------------


def bill_date(value: Any, jurisdiction: str | None = None) -> str | None:
    """An API date as YYYY-MM-DD, or None when absent.

    Open States gives `YYYY-MM-DD` in most states and full timestamps in some (Wyoming:
    2025-02-25T00:55:14+00:00); LegiScan gives `YYYY-MM-DD`. A timestamp with a zone is dated
    in the legislature's own time zone; a naive one by its date part. Anything else raises
    BillFormatError naming the value.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise BillFormatError(f"date {value!r} is not a string")
    text = value.strip()
    if _ISO_DAY.match(text):
        try:
            date.fromisoformat(text)
        except ValueError as exc:
            raise BillFormatError(f"date {value!r} is not a calendar date") from exc
        return text
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise BillFormatError(f"date {value!r} is neither YYYY-MM-DD nor a timestamp") from exc
    if when.tzinfo is not None and jurisdiction in LEGISLATURE_TZ:
        when = when.astimezone(ZoneInfo(LEGISLATURE_TZ[jurisdiction]))
    return when.date().isoformat()


def _safe_date(value: Any, jurisdiction: str, problems: list[str], what: str) -> str | None:
    try:
        return bill_date(value, jurisdiction)
    except BillFormatError as exc:
        problems.append(f"{what}: {exc}")
        return None


def today_utc() -> str:
    return datetime.now(UTC).date().isoformat()


# -- records -----------------------------------------------------------------------------------


@dataclass
class BillEvent:
    """One action on a bill (or, for LegiScan, one step of its progress)."""

    date: str | None
    description: str
    chamber: str | None = None  # lower, upper, legislature, executive (who acted)
    classification: list[str] = field(default_factory=list)  # Open States action classes
    order: int = 0
    date_raw: str | None = None

    @property
    def key(self) -> str:
        """Natural key within a bill: the same action listed again keeps its row."""
        raw = json.dumps([self.date_raw or self.date, self.chamber, self.description])
        return sha256(raw)[:16]


@dataclass
class BillVersion:
    """One version of a bill's text on the legislature's site (the link we read)."""

    note: str
    date: str | None
    url: str
    media_type: str
    position: int = 0

    @property
    def key(self) -> str:
        return sha256(json.dumps([self.note, self.date, self.url]))[:16]


@dataclass
class BillRecord:
    """A bill as one backend describes it; `coding` (of title and abstracts) is filled by the
    pipeline."""

    backend: str
    jurisdiction: str
    session: str
    identifier: str
    title: str
    classification: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    abstracts: list[str] = field(default_factory=list)
    openstates_id: str | None = None
    legiscan_id: int | None = None
    legiscan_change_hash: str | None = None
    openstates_url: str | None = None
    legiscan_url: str | None = None
    official_url: str | None = None
    first_action_date: str | None = None
    latest_action_date: str | None = None
    latest_action_description: str | None = None
    updated_at: str | None = None
    actions: list[BillEvent] = field(default_factory=list)
    #: What the status is derived from when it is not the actions (LegiScan's progress).
    status_events: list[BillEvent] | None = None
    versions: list[BillVersion] = field(default_factory=list)
    session_years: tuple[int, int] | None = None
    session_ended: bool | None = None  # known from the backend itself (LegiScan sine_die)
    effective_date: str | None = None
    effective_date_basis: str | None = None  # api / action
    coding: dict[str, Any] | None = None

    @property
    def compact_identifier(self) -> str:
        return re.sub(r"[^A-Z0-9]", "", self.identifier.upper())

    @property
    def id(self) -> str:
        """Natural key: jurisdiction, session and bill number, e.g. "WY:2025:HB22"."""
        return f"{self.jurisdiction}:{self.session}:{self.compact_identifier}"

    @property
    def label(self) -> str:
        return f"{self.jurisdiction} {self.identifier} ({self.session})"

    @property
    def url(self) -> str | None:
        """The link people should follow: the legislature's page, else the backend's."""
        return self.official_url or self.openstates_url or self.legiscan_url

    @property
    def summary_text(self) -> str:
        """What is coded until a version's text is fetched: title and abstracts."""
        return "\n\n".join([self.title, *self.abstracts])

    def latest_version(self) -> BillVersion | None:
        """The newest version with a readable link (by date, then the API's order)."""
        readable = [v for v in self.versions if v.media_type in TEXT_MEDIA]
        if not readable:
            return None
        return max(readable, key=lambda v: (v.date or "", v.position))


@dataclass
class SessionRecord:
    """A legislative session of a jurisdiction (Open States /jurisdictions)."""

    jurisdiction: str
    identifier: str
    name: str
    classification: str
    start_date: str | None
    end_date: str | None


@dataclass
class BillApiPage:
    """A page item: one API response (search page, single bill or sessions list)."""

    backend: str
    kind: str  # search, bill, sessions
    fetch: FetchInfo
    bills: list[BillRecord] = field(default_factory=list)
    sessions: list[SessionRecord] = field(default_factory=list)
    query: str | None = None
    page: int = 1
    max_page: int | None = None
    since: str | None = None  # updated_since of the pass this page belongs to
    #: The response says there is nothing more (a page past max_page): not a failure.
    end_of_results: bool = False
    problems: list[str] = field(default_factory=list)
    source: str = SOURCE
    skipped: int = 0  # results the local filter left out


@dataclass
class BillTextPage:
    """A page item: one fetched version text of a bill, from the legislature's site."""

    backend: str
    fetch: FetchInfo
    bill_ref: tuple[str, str]  # ("openstates_id", "ocd-bill/...") or ("legiscan_id", "123")
    version_key: str
    text: str | None = None
    coding: dict[str, Any] | None = None
    problems: list[str] = field(default_factory=list)
    source: str = SOURCE


def validate_bill_page(page: BillApiPage | BillTextPage) -> None:
    """Raise BillFormatError when a bill item breaks the schema (the pipeline drops it)."""
    where = f"bill item {page.fetch.url!r}"
    if page.fetch.outcome != "ok" and not page.fetch.message:
        raise BillFormatError(f"{where}: outcome {page.fetch.outcome!r} needs a message")
    if isinstance(page, BillTextPage):
        if page.fetch.outcome == "ok" and not (page.text or "").strip():
            raise BillFormatError(f"{where}: outcome 'ok' but no text")
        return
    for bill in page.bills:
        for name in ("jurisdiction", "session", "identifier", "title"):
            if not str(getattr(bill, name) or "").strip():
                raise BillFormatError(f"{where}: bill {bill.identifier!r} has empty {name!r}")
        if bill.jurisdiction not in JURISDICTIONS:
            raise BillFormatError(f"{where}: bill {bill.identifier!r}: {bill.jurisdiction!r}")


# -- Open States -------------------------------------------------------------------------------


def load_json(body: bytes, what: str) -> Any:
    """Parse a JSON body; BillFormatError says which response was not JSON."""
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BillFormatError(f"{what}: not JSON ({exc})") from exc


def openstates_page(data: Any) -> tuple[list[dict], int]:
    """(results, max_page) of an Open States list response, checked against the documented
    shape."""
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise BillFormatError("Open States: no 'results' list in the response")
    pagination = data.get("pagination")
    if not isinstance(pagination, dict) or not isinstance(pagination.get("max_page"), int):
        raise BillFormatError("Open States: no 'pagination.max_page' in the response")
    return [r for r in data["results"] if isinstance(r, dict)], pagination["max_page"]


def jurisdiction_code(ocd_id: Any) -> str | None:
    """ "ocd-jurisdiction/country:us/state:wy/government" -> "WY" (None outside the 51)."""
    match = _OCD_JURISDICTION.search(str(ocd_id or ""))
    code = match.group(1).upper() if match else None
    return code if code in JURISDICTIONS else None


def session_years(session: str, *dates: str | None) -> tuple[int, int] | None:
    """The calendar years a session covers, from its identifier ("2025-2026", "20252026",
    "2025S1") or else from the bill's own dates (Tennessee's "114", New Jersey's "221")."""
    years = [int(y) for y in _YEAR.findall(session)]
    if not years and len(session) == 8 and session.isdigit():
        years = [int(session[:4]), int(session[4:])]
    if not years:
        years = [int(d[:4]) for d in dates if d]
    return (min(years), max(years)) if years else None


def _organization_chamber(org: Any) -> str | None:
    if isinstance(org, dict):
        kind = org.get("classification")
        return kind if kind in ("lower", "upper", "legislature", "executive") else None
    return None


def parse_openstates_bill(raw: dict) -> tuple[BillRecord | None, list[str]]:
    """A BillRecord from one Open States bill, or None when the local filter leaves it out
    (not a bill, or outside the 50 states and DC). Returns problems met on the way."""
    problems: list[str] = []
    code = jurisdiction_code((raw.get("jurisdiction") or {}).get("id"))
    if code is None or "bill" not in (raw.get("classification") or ["bill"]):
        return None, problems
    for name in ("id", "identifier", "session", "title"):
        if not isinstance(raw.get(name), str) or not raw[name].strip():
            raise BillFormatError(f"Open States bill {raw.get('id')!r}: missing {name!r}")
    where = f"{code} {raw['identifier']}"
    actions = []
    for n, act in enumerate(raw.get("actions") or []):
        if not isinstance(act, dict):
            continue
        actions.append(
            BillEvent(
                date=_safe_date(act.get("date"), code, problems, f"{where} action date"),
                date_raw=act.get("date"),
                description=str(act.get("description") or "").strip(),
                chamber=_organization_chamber(act.get("organization")),
                classification=[str(c) for c in act.get("classification") or []],
                order=int(act["order"]) if isinstance(act.get("order"), int) else n,
            )
        )
    versions = []
    for n, version in enumerate(raw.get("versions") or []):
        if not isinstance(version, dict):
            continue
        link = _best_link(version.get("links") or [])
        if link is None:
            continue
        if not link[0].lower().startswith(("http://", "https://")):
            problems.append(f"{where} version {version.get('note')!r}: link {link[0]!r} not http")
            continue
        versions.append(
            BillVersion(
                note=str(version.get("note") or "").strip(),
                date=_safe_date(version.get("date"), code, problems, f"{where} version date"),
                url=link[0],
                media_type=link[1],
                position=n,
            )
        )
    extras = raw.get("extras") if isinstance(raw.get("extras"), dict) else {}
    effective = _safe_date(extras.get("effective_date"), code, problems, f"{where} effective")
    sources = [s.get("url") for s in raw.get("sources") or [] if isinstance(s, dict)]
    first = _safe_date(raw.get("first_action_date"), code, problems, f"{where} first action")
    latest = _safe_date(raw.get("latest_action_date"), code, problems, f"{where} latest action")
    record = BillRecord(
        backend="openstates",
        jurisdiction=code,
        session=raw["session"].strip(),
        identifier=raw["identifier"].strip(),
        title=" ".join(raw["title"].split()),
        classification=[str(c) for c in raw.get("classification") or []],
        subjects=[str(s) for s in raw.get("subject") or []],
        abstracts=[
            " ".join(str(a.get("abstract") or "").split())
            for a in raw.get("abstracts") or []
            if isinstance(a, dict) and a.get("abstract")
        ],
        openstates_id=raw["id"],
        openstates_url=raw.get("openstates_url") or None,
        official_url=next((u for u in sources if isinstance(u, str) and u), None),
        first_action_date=first,
        latest_action_date=latest,
        latest_action_description=raw.get("latest_action_description") or None,
        updated_at=raw.get("updated_at") or None,
        actions=actions,
        versions=versions,
        effective_date=effective,
        effective_date_basis="api" if effective else None,
    )
    record.session_years = session_years(record.session, first, latest)
    if record.effective_date is None:
        record.effective_date = effective_date_from_actions(actions)
        record.effective_date_basis = "action" if record.effective_date else None
    return record, problems


def _best_link(links: list) -> tuple[str, str] | None:
    """The (url, media type) of a version to read: HTML, then PDF, then plain text."""
    found: dict[str, str] = {}
    for link in links:
        if not isinstance(link, dict) or not isinstance(link.get("url"), str):
            continue
        media = str(link.get("media_type") or "").split(";")[0].strip().lower()
        if not media and link["url"].lower().split("?")[0].endswith(".pdf"):
            media = "application/pdf"
        found.setdefault(media or "text/html", link["url"])
    for media in TEXT_MEDIA:
        if media in found:
            return found[media], media
    return None


def parse_openstates_sessions(data: Any) -> list[SessionRecord]:
    """The legislative sessions in an Open States /jurisdictions response."""
    results, _ = openstates_page(data)
    sessions = []
    for jurisdiction in results:
        code = jurisdiction_code(jurisdiction.get("id"))
        if code is None:
            continue
        for s in jurisdiction.get("legislative_sessions") or []:
            if not isinstance(s, dict) or not s.get("identifier"):
                continue
            sessions.append(
                SessionRecord(
                    jurisdiction=code,
                    identifier=str(s["identifier"]),
                    name=str(s.get("name") or s["identifier"]),
                    classification=str(s.get("classification") or ""),
                    start_date=_session_date(s.get("start_date")),
                    end_date=_session_date(s.get("end_date")),
                )
            )
    return sessions


def _session_date(value: Any) -> str | None:
    try:
        return bill_date(value)
    except BillFormatError:
        return None  # sessions often carry "" or partial dates: unknown, not an error


# -- LegiScan ----------------------------------------------------------------------------------

#: LegiScan progress events -> (Open States action class, who acted).
_LEGISCAN_PROGRESS = {
    1: ("introduction", None),
    2: ("passage", "origin"),  # engrossed: passed the chamber of origin
    3: ("passage", "legislature"),  # enrolled: passed both chambers
    4: ("executive-signature", "executive"),  # "passed": signed / enacted
    5: ("executive-veto", "executive"),
    6: ("failure", None),
    7: ("veto-override-passage", "legislature"),
    8: ("became-law", None),  # chaptered
}
_LEGISCAN_CHAMBER = {"H": "lower", "A": "lower", "S": "upper"}


def legiscan_payload(data: Any, key: str, what: str) -> Any:
    """The `key` part of a LegiScan response; its own ERROR status becomes BillFormatError.

    LegiScan answers a bad key or operation with HTTP 200 and {"status": "ERROR", "alert":
    {"message": ...}}: the message is what an operator needs to read.
    """
    if not isinstance(data, dict):
        raise BillFormatError(f"{what}: not a LegiScan response object")
    if data.get("status") != "OK":
        alert = data.get("alert") if isinstance(data.get("alert"), dict) else {}
        raise LegiScanError(f"{what}: LegiScan {data.get('status')}: {alert.get('message')}")
    if key not in data:
        raise BillFormatError(f"{what}: no {key!r} in the LegiScan response")
    return data[key]


class LegiScanError(BillFormatError):
    """LegiScan refused the request (bad key, unknown operation, limit)."""


def legiscan_search(data: Any) -> tuple[list[dict], int]:
    """(entries, page_total) of a getSearch response."""
    result = legiscan_payload(data, "searchresult", "LegiScan getSearch")
    if not isinstance(result, dict) or not isinstance(result.get("summary"), dict):
        raise BillFormatError("LegiScan getSearch: no 'searchresult.summary'")
    total = result["summary"].get("page_total")
    entries = [v for k, v in result.items() if k.isdigit() and isinstance(v, dict)]
    return entries, int(total) if str(total).isdigit() else 1


def parse_legiscan_bill(data: Any) -> tuple[BillRecord | None, list[str]]:
    """A BillRecord from a getBill response (None outside the 50 states and DC)."""
    bill = legiscan_payload(data, "bill", "LegiScan getBill")
    problems: list[str] = []
    if not isinstance(bill, dict) or not isinstance(bill.get("bill_id"), int):
        raise BillFormatError("LegiScan getBill: no bill_id")
    code = str(bill.get("state") or "").upper()
    if code not in JURISDICTIONS:
        return None, problems
    session = bill.get("session") if isinstance(bill.get("session"), dict) else {}
    start, end = session.get("year_start"), session.get("year_end")
    label = f"{start}-{end}" if start and end and start != end else str(start or "")
    if session.get("special"):
        label += "S"
    where = f"{code} {bill.get('bill_number')}"
    origin = _LEGISCAN_CHAMBER.get(str(bill.get("body") or "")[:1])
    events = []
    for n, step in enumerate(bill.get("progress") or []):
        if not isinstance(step, dict) or step.get("event") not in _LEGISCAN_PROGRESS:
            continue
        action, who = _LEGISCAN_PROGRESS[step["event"]]
        events.append(
            BillEvent(
                date=_safe_date(step.get("date"), code, problems, f"{where} progress date"),
                date_raw=step.get("date"),
                description=action.replace("-", " "),
                chamber=origin if who == "origin" else who,
                classification=[action],
                order=n,
            )
        )
    actions = [
        BillEvent(
            date=_safe_date(h.get("date"), code, problems, f"{where} history date"),
            date_raw=h.get("date"),
            description=str(h.get("action") or "").strip(),
            chamber=_LEGISCAN_CHAMBER.get(str(h.get("chamber") or "")[:1]),
            order=n,
        )
        for n, h in enumerate(bill.get("history") or [])
        if isinstance(h, dict)
    ]
    versions = []
    for n, text in enumerate(bill.get("texts") or []):
        if not isinstance(text, dict):
            continue
        url = text.get("state_link") or text.get("url")
        media = str(text.get("mime") or "").lower()
        if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
            versions.append(
                BillVersion(
                    note=str(text.get("type") or "").strip(),
                    date=_safe_date(text.get("date"), code, problems, f"{where} text date"),
                    url=url,
                    media_type=media or "text/html",
                    position=n,
                )
            )
    record = BillRecord(
        backend="legiscan",
        jurisdiction=code,
        session=label or "unknown",
        identifier=_spaced_identifier(str(bill.get("bill_number") or "")),
        title=" ".join(str(bill.get("title") or "").split()),
        abstracts=[" ".join(str(bill["description"]).split())]
        if bill.get("description") and bill.get("description") != bill.get("title")
        else [],
        legiscan_id=bill["bill_id"],
        legiscan_change_hash=bill.get("change_hash"),
        legiscan_url=bill.get("url") or None,
        official_url=bill.get("state_link") or None,
        first_action_date=actions[0].date if actions else None,
        latest_action_date=actions[-1].date if actions else None,
        latest_action_description=actions[-1].description if actions else None,
        actions=actions,
        status_events=events,
        versions=versions,
        session_years=(int(start), int(end or start)) if start else None,
        session_ended=bool(session.get("sine_die")) if "sine_die" in session else None,
    )
    record.effective_date = effective_date_from_actions(actions)
    record.effective_date_basis = "action" if record.effective_date else None
    return record, problems


def _spaced_identifier(number: str) -> str:
    """LegiScan's "HB22" as Open States writes it, "HB 22"."""
    match = re.match(r"^([A-Za-z]+)\s*(\d.*)$", number.strip())
    return f"{match.group(1).upper()} {match.group(2)}" if match else number.strip()


# -- status ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Status:
    """A bill's status, the date it was reached and the action that brought it."""

    status: str
    date: str | None = None
    action: str | None = None


def status_from_actions(events: list[BillEvent], jurisdiction: str) -> Status:
    """The status the actions reach (before effective dates and session ends).

    Passage by both chambers means passage actions by the lower and the upper chamber (one by
    a unicameral legislature); a signature or "became law" enacts; a veto stands unless an
    override passes; a failure holds unless the bill later passes (reconsideration).
    """
    ordered = sorted(events, key=lambda e: (e.order, e.date or ""))
    current = Status("introduced", *(_when(ordered[0]) if ordered else (None, None)))
    passed: set[str] = set()
    for event in ordered:
        kinds = set(event.classification)
        new: str | None = None
        if kinds & {"became-law", "veto-override-passage"}:
            new = "became_law"
        elif kinds & {"executive-signature", "executive-veto-line-item"}:
            new = "signed" if current.status not in ENACTED else None
        elif "executive-veto" in kinds:
            new = "vetoed" if current.status not in ENACTED else None
        elif "passage" in kinds and event.chamber in ("lower", "upper", "legislature"):
            if current.status in (*PENDING, "failed"):
                passed.add(event.chamber)
                both = (
                    "legislature" in passed
                    or {"lower", "upper"} <= passed
                    or jurisdiction in UNICAMERAL
                )
                new = "passed_both" if both else "passed_one_chamber"
                if current.status in PENDING and _RANK[new] <= _RANK[current.status]:
                    new = None
        elif kinds & {"failure", "committee-failure"} and current.status in PENDING:
            new = "failed"
        if new is not None and new != current.status:
            current = Status(new, *_when(event))
    return current


def _when(event: BillEvent) -> tuple[str | None, str]:
    return event.date, event.description


def final_status(
    base: Status, effective_date: str | None, session_ended: bool | None, today: str
) -> Status:
    """`base` moved on by the calendar: an enacted bill whose effective date has come is
    `effective`; a pending bill whose session is over is `dead`."""
    if base.status in ("signed", "became_law") and effective_date and effective_date <= today:
        return Status("effective", effective_date, "the effective date came")
    if base.status in PENDING and session_ended:
        return Status("dead", None, "the session ended without enactment")
    return base


_EFFECTIVE = re.compile(
    r"\beffective(?:\s+date)?\s*[:\-]?\s*(?:on\s+)?"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})",
    re.I,
)


def effective_date_from_actions(actions: list[BillEvent]) -> str | None:
    """An effective date stated in an action ("Effective date 07/01/2025"), if any."""
    for event in reversed(actions):
        match = _EFFECTIVE.search(event.description)
        if match:
            parsed = _loose_date(match.group("date"))
            if parsed:
                return parsed
    return None


def _loose_date(text: str) -> str | None:
    for fmt in ("%Y-%m-%d", "%m/%d/%Y", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def enacted_date(events: list[BillEvent]) -> str | None:
    """The date the bill was enacted (signature, became law or override), if it was."""
    for event in sorted(events, key=lambda e: (e.order, e.date or "")):
        if set(event.classification) & {
            "executive-signature",
            "executive-veto-line-item",
            "became-law",
            "veto-override-passage",
        }:
            return event.date
    return None


# -- sections a bill cites ---------------------------------------------------------------------

_SECTION_NUMBER = r"\d+[A-Za-z]?(?:[-.:]\d+[A-Za-z]*)+|\d+[A-Za-z]?"
# What stands before a statute section number: "§", "section(s)", "sec.", or a code's
# abbreviation in capitals ("W.S.", "K.S.A.", "G.S.", "KRS", "RCW", "NMSA").
_CITES = re.compile(
    r"(?P<cue>§+|\b(?:[Ss]ections?|SECTIONS?)\b|\b(?:[Ss]ec|SEC)\.|\b[A-Z][A-Z.]{1,7})"
    rf"\s*(?P<num>{_SECTION_NUMBER})"
)
_NOT_CODES = frozenset({"ON", "IN", "AT", "BY", "OF", "TO", "AND", "OR", "NO", "NO.", "DATE"})


def cited_sections(text: str) -> list[str]:
    """Section numbers a bill text enacts or amends ("130A-511", "787.29", "40-1-130").

    A number counts when it has a dot, dash or colon in it ("Section 1." of the bill and
    "HB 2001" are not statute sections, nor is "NMSA 1978"), or when "§" stands before it.
    """
    found: dict[str, None] = {}
    for match in _CITES.finditer(text or ""):
        number, cue = match.group("num").rstrip(".:-"), match.group("cue")
        if cue.upper() in _NOT_CODES:
            continue
        if not re.search(r"[-.:]", number) and not cue.startswith("§"):
            continue
        found.setdefault(number, None)
    return list(found)


# -- status in words ------------------------------------------------------------------------

#: How a status reads in messages (hotline_watch.detect says bill changes in words).
STATUS_WORDS = {
    "introduced": "introduced",
    "passed_one_chamber": "passed one chamber",
    "passed_both": "passed both chambers",
    "signed": "signed into law",
    "became_law": "became law",
    "effective": "took effect",
    "vetoed": "vetoed",
    "failed": "failed",
    "dead": "died at the end of the session",
}
