"""Change detection: compare the stored record with the new one, return the changes.

Pure functions: no database, no clock. `Store` reads what it holds, calls these, and persists
what they return (`Store.save_changes`); the bill watch (hotline_watch/bills_store.py) reads
its bills the same way and persists what `bill_changes` and `bill_text_changes` return.

Rules every function here keeps:

* The first sight of a record is never a change. A statute section is news only when it
  appears on a page that was fetched successfully before; an AG release only after its
  newsroom's first crawl, and only if it is recent (a newsroom redesign that renames old
  releases' URLs must not flood anyone). A bill is news only after the bills source's first
  run, and only if it is pending or was decided recently (a backfill of past sessions is not).
* A difference that comes from us and not from the law is not a legal change: when the page's
  bytes are the same as last time, a different text is a parser change; whitespace and
  typography (curly quotes, dashes) are never a change.
* One event, one change: an amendment that also moves coded fields (and maybe makes the state
  gain a posting law) is one change with all those types.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from hotline_watch.changes import (
    Change,
    RecordRef,
    decode,
    describe,
    field_changes,
    session_law,
)
from hotline_watch.redline import legal_redline

#: A release published longer ago than this when first seen is history, not news.
RELEASE_NEWS_DAYS = 30


@dataclass(frozen=True)
class PageSeen:
    """What storage knows about the page a record came from."""

    seen_before: bool  # the same URL was fetched successfully before
    same_bytes: bool  # ... and its body is byte-for-byte what it was then


def about_hotline(coding: dict[str, Any] | None) -> bool:
    """A provision (stored row or new coding) that requires posting or names a hotline.

    Uncoded (coding failed) counts as relevant: better told than silently dropped."""
    if coding is None:
        return True
    return bool(
        decode(coding.get("requires_posting"))
        or decode(coding.get("hotline_numbers"))
        or decode(coding.get("hotlines"))
    )


def section_changes(
    stored: dict[str, Any] | None,
    stored_provision: dict[str, Any] | None,
    new: Any,
    record: RecordRef,
    page: PageSeen,
    has_other_law: Callable[[], bool],
) -> list[Change]:
    """Changes of one statute section: `stored` is its statute_sections row (None when first
    seen), `stored_provision` its provisions row, `new` the SectionRecord just parsed and
    coded. `has_other_law()` says whether the jurisdiction already has another section
    requiring posting (asked only when this one may be its first)."""
    coding = new.coding
    posting = bool(coding and coding.get("requires_posting"))
    had_posting = bool(stored_provision and stored_provision.get("requires_posting"))
    relevant = about_hotline(coding) or (
        stored_provision is not None and about_hotline(stored_provision)
    )
    if stored is None:
        if not page.seen_before or page.same_bytes:
            return []  # first sight (baseline), or a parser now finding more on the same page
        gained = posting and not has_other_law()
        heading = f" ({new.heading})" if new.heading else ""
        return [
            Change(
                "law_gained" if gained else "new_section",
                record,
                summary=(
                    f"{record.jurisdiction} now has a hotline-posting law: {record.label}"
                    if gained
                    else f"New section {record.label}{heading}"
                    + (": requires posting the hotline" if posting else "")
                ),
                words=[f"New section on the official site: {record.label}{heading}."]
                + (["It requires posting the hotline."] if posting else []),
                also=("new_section",),
                relevant=relevant,
            )
        ]
    diff = None
    if stored["text_hash"] != new.text_hash and not page.same_bytes:
        diff = legal_redline(stored["text"], new.text)  # None: whitespace or typography only
    text_changed = diff is not None
    fields = field_changes(stored_provision, coding) if coding is not None else []
    gained = posting and not had_posting and stored_provision is not None and not has_other_law()
    if not (text_changed or fields or gained):
        return []
    words = describe(fields, stored["text"], new.text)
    types: list[str] = []
    if gained:
        types.append("law_gained")
    if text_changed:
        types.append("text_changed")
        words.append(diff.where() or "Text amended.")  # type: ignore[union-attr]
    if fields:
        types.append("coding_changed")
    if not text_changed and fields:
        words.append("The text did not change: the coding of it did (the rules improved).")
    if gained:
        summary = f"{record.jurisdiction} now has a hotline-posting law: {record.label}"
    elif text_changed:
        summary = f"{record.label} amended"
    else:
        summary = f"Coding of {record.label} updated"
    return [
        Change(
            types[0],
            record,
            summary=summary,
            words=words,
            also=tuple(types[1:]),
            fields=fields,
            redline=diff.text if diff else None,
            session_law=session_law(stored.get("history"), new.history) if text_changed else None,
            old_value=stored["text_hash"] if text_changed else None,
            new_value=new.text_hash if text_changed else None,
            relevant=relevant,
        )
    ]


def section_gone(
    missing_count: int, provision: dict[str, Any] | None, record: RecordRef
) -> Change | None:
    """A section not found on its page: gone on the second successful fetch in a row, once."""
    if missing_count != 2:
        return None
    return Change(
        "section_gone",
        record,
        summary=f"{record.label} is no longer on the official site",
        words=[
            "Not found on the official site on two successful fetches in a row: possibly "
            "repealed or renumbered, or the page moved. Its last text stays in hotline-watch.",
            f"Operators: review the registry entry for {record.jurisdiction} "
            "(data/sources/statutes.yml); until it is updated, crawl health (source_health) "
            "lists this section for review.",
        ],
        relevant=about_hotline(provision),
    )


def _old_news(published: str | None, fetched_at: str) -> bool:
    if not published:
        return False
    try:
        seen = datetime.fromisoformat(fetched_at).date()
        return date.fromisoformat(published[:10]) < seen - timedelta(days=RELEASE_NEWS_DAYS)
    except ValueError:
        return False


def release_changes(
    stored: dict[str, Any] | None,
    had_campaign: bool,
    new: Any,
    record: RecordRef,
    source_baseline: bool,
    fetched_at: str,
    lead: str,
) -> list[Change]:
    """Changes of one AG release: `stored` is its press_releases row (None when first seen),
    `had_campaign` whether it was coded as a campaign before, `new` the ReleaseRecord."""
    coding = new.coding or {}
    promotes = bool(coding.get("promotes_hotline"))
    if source_baseline or _old_news(new.published, fetched_at):
        return []
    kinds = ", ".join(t.replace("_", " ") for t in coding.get("campaign_types") or [])
    campaign = Change(
        "new_campaign",
        record,
        summary=f"Hotline campaign: {new.title}",
        words=[
            "The Attorney General's office published a release promoting the hotline"
            + (f" (coded as: {kinds})." if kinds else ".")
        ],
        also=("new_release",) if stored is None else (),
        lead=lead,
    )
    if stored is None:
        if promotes:
            return [campaign]
        return [
            Change(
                "new_release",
                record,
                summary=f"New release: {new.title}",
                lead=lead,
                relevant=False,
            )
        ]
    if promotes and not had_campaign and new.coding is not None:
        return [campaign]  # re-coded as a campaign
    return []


def source_problem(
    source: str, jurisdiction: str, url: str, message: str | None, parse_errors: bool
) -> Change:
    """A source that worked last run and fails now (operators only)."""
    record = RecordRef("sources", source, jurisdiction, source, url)
    if parse_errors:
        return Change(
            "parse_error",
            record,
            summary=f"Source {source}: pages no longer parse ({message})",
            words=[
                "The site answered, but its pages no longer look as the adapter expects: the "
                "site's layout probably changed. Nothing stored before was altered.",
            ],
        )
    return Change(
        "source_failing",
        record,
        summary=f"Source {source} started failing: {message}",
        words=["See source_health and fetches for the reason; nothing stored was altered."],
    )


# -- bills -------------------------------------------------------------------------------------


def bill_status_words(row: dict[str, Any]) -> str:
    """A bill's status in words with its date and action: "passed both chambers (2026-03-02:
    Passed Senate)"."""
    from hotline_watch.bills import STATUS_WORDS

    words = STATUS_WORDS.get(row["status"], str(row["status"]).replace("_", " "))
    when, action = row.get("status_date"), row.get("status_action")
    detail = ": ".join(str(x) for x in (when, action) if x)
    return f"{words} ({detail})" if detail else words


def _title(row: dict[str, Any]) -> str:
    """A bill's title to quote inside a sentence (without its own closing period)."""
    return str(row.get("title") or "").strip().rstrip(".")


def _bill_posting_words(row: dict[str, Any]) -> str:
    basis = {"text": "its text", "title_abstract": "its title and abstracts"}.get(
        row.get("posting_basis") or "", "what was read of it"
    )
    if row.get("requires_posting"):
        return f"It proposes a duty to post the hotline (coded from {basis})."
    return (
        f"Not coded as a posting bill (from {basis}): it matches the hotline queries, but "
        "proposes no duty to post the hotline."
    )


def bill_changes(
    stored: dict[str, Any] | None,
    new: dict[str, Any],
    record: RecordRef,
    source_baseline: bool,
    fetched_at: str,
) -> list[Change]:
    """Changes of one bill from an API response: `stored` is its bills row (None when first
    seen), `new` the row as it is about to be written (stored values under the new ones).

    A bill first seen in the bills source's first run (the backfill) is the baseline; after
    it, a bill first seen is `bill_new` unless it was already over (enacted, vetoed, dead) more
    than RELEASE_NEWS_DAYS before it was found: a backfill of past sessions is history, not
    news. A status that differs from the stored one is one `bill_status`, however many steps
    it moved. Relevant (feeds, advocates' default subscriptions): the bill is coded as a
    posting bill.
    """
    from hotline_watch.bills import PENDING, STATUS_WORDS

    if source_baseline:
        return []
    relevant = bool(new.get("requires_posting"))
    if stored is None:
        over_since = new.get("status_date") or new.get("latest_action_date")
        if new["status"] not in PENDING and _old_news(over_since, fetched_at):
            return []
        posting = ": would require posting the hotline" if relevant else ""
        return [
            Change(
                "bill_new",
                record,
                summary=f"New bill {record.label}{posting}",
                words=[
                    f"New bill: {record.label}, “{_title(new)}”.",
                    _bill_posting_words(new),
                    f"Status: {bill_status_words(new)}.",
                ],
                new_value=new["status"],
                relevant=relevant,
            )
        ]
    if stored.get("status") == new["status"]:
        return []
    when = f" ({new['status_date']})" if new.get("status_date") else ""
    return [
        Change(
            "bill_status",
            record,
            summary=f"{record.label}: {STATUS_WORDS.get(new['status'], new['status'])}{when}",
            words=[
                f"Status: {bill_status_words(new)}.",
                f"Before: {bill_status_words(stored)}.",
            ],
            old_value=stored.get("status"),
            new_value=new["status"],
            relevant=relevant,
        )
    ]


def bill_text_changes(
    previous: dict[str, Any] | None,
    new: dict[str, Any],
    bill: dict[str, Any],
    record: RecordRef,
    source_baseline: bool,
) -> list[Change]:
    """Changes of one bill from a version text just read: `previous` is the last version
    whose text was read (note, date, text, text_hash, coding; None: this is the first),
    `new` this one (the same keys, coding as a dict), `bill` the stored bills row.

    The first text read is not a change (the bill's `bill_new` said it appeared), unless it
    is what first shows the bill proposes a posting duty: then it is the `bill_new` advocates
    hear about. A later text whose words differ is one `bill_text_changed`: its coded fields
    said in words, which subsections moved, and a legal redline; whitespace or typography
    alone is not a change.
    """
    if source_baseline:
        return []
    coding = decode(new.get("coding")) or {}
    posting = bool(coding.get("requires_posting"))
    version = ", ".join(str(x) for x in (new.get("note") or "new version", new.get("date")) if x)
    if previous is None:
        if not posting or bill.get("requires_posting"):
            return []
        return [
            Change(
                "bill_new",
                record,
                summary=f"{record.label} would require posting the hotline (its text: {version})",
                words=[
                    f"{record.label}, “{_title(bill)}”: its text ({version}), read for the "
                    "first time, proposes a duty to post the hotline; its title and abstracts "
                    "did not say so.",
                    f"Status: {bill_status_words(bill)}.",
                ],
                relevant=True,
            )
        ]
    if previous["text_hash"] == new["text_hash"]:
        return []
    diff = legal_redline(previous["text"], new["text"])
    if diff is None:
        return []
    old_coding = decode(previous.get("coding")) or None
    fields = field_changes(old_coding, coding) if coding else []
    words = [f"New version of the text: {version}."]
    words += describe(fields, previous["text"], new["text"])
    where = diff.where()
    if where:
        words.append(where)
    return [
        Change(
            "bill_text_changed",
            record,
            summary=f"{record.label}: new text ({version})",
            words=words,
            fields=fields,
            redline=diff.text,
            old_value=previous["text_hash"],
            new_value=new["text_hash"],
            relevant=posting
            or bool(bill.get("requires_posting"))
            or bool(old_coding and old_coding.get("requires_posting")),
        )
    ]
