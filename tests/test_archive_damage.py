"""Damaged archives (issue 16): a record whose body is shorter than its Content-Length, or whose
digest does not match, is skipped and reported, never stored, and the exit status says so.

Before, `ingest` of a truncated copy of the shared WARC stored Oregon's ORS chapter 165 cut off
at 180 KB as if complete, recorded a `text_changed` that would have gone out as an alert, and
exited 0. The WARC files here are written by the tests with warcio (truncated and altered
copies of them), so they run without ../shared; the shared archive is used when present.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from fault_server import hi_page
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import run_cli
from hotline_watch.archive import ArchiveIndex, WarcArchiveWriter, check_warc, iter_responses

# The registry's own Hawaii URL: `ingest` routes it to statutes_hi with the hi_hrs adapter.
HI_URL = "https://www.capitol.hawaii.gov/hrscurrent/Vol07_Ch0346-0398/HRS0371/HRS_0371-0020.htm"
OTHER_URL = "https://example.org/unrelated.html"
ORS_165 = "https://www.oregonlegislature.gov/bills_laws/ors/ors165.html"


def hi_body(version: int) -> bytes:
    words = " ".join(f"clause{n}" for n in range(400))  # long enough to cut in the middle
    return hi_page(
        "371-20",
        f"Every bar shall post the National Human Trafficking Hotline 1-888-373-7888 sign "
        f"(version {version}). {words} The sign shall be posted in a conspicuous place.",
    )


def write_warc(path: Path, records: list[tuple[str, bytes]], gzip: bool = True) -> list[int]:
    """Response records written with warcio; returns each record's offset."""
    offsets = []
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for url, body in records:
            offsets.append(stream.tell())
            headers = StatusAndHeaders(
                "200 OK",
                [
                    ("Content-Type", "text/html; charset=windows-1252"),
                    ("Content-Length", str(len(body))),
                ],
                protocol="HTTP/1.1",
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
    return offsets


def truncated_copy(source: Path, target: Path, cut: int) -> Path:
    target.write_bytes(source.read_bytes()[:cut])
    return target


def query(db: Path, sql: str, args=()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


# -- reading ---------------------------------------------------------------------------------


@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_record_is_flagged_with_its_lengths(tmp_path, gzip):
    whole = tmp_path / "whole.warc"
    offsets = write_warc(whole, [(OTHER_URL, b"<p>fine</p>"), (HI_URL, hi_body(2))], gzip=gzip)
    size = whole.stat().st_size
    cut = truncated_copy(whole, tmp_path / "cut.warc", offsets[1] + (size - offsets[1]) // 2)
    records = list(iter_responses(cut))
    assert [r.url for r in records] == [OTHER_URL, HI_URL]
    assert records[0].damage is None
    assert records[1].damage.startswith("record truncated: ")
    got, expected = records[1].damage.split(": ")[1].split(" of ")
    assert int(got.replace(",", "")) < int(expected.split()[0].replace(",", ""))
    # Replay sees the same damage through the index.
    assert ArchiveIndex([cut]).get(HI_URL).damage == records[1].damage


def test_altered_record_fails_its_digest(tmp_path):
    path = tmp_path / "plain.warc"
    write_warc(path, [(HI_URL, hi_body(1))], gzip=False)
    data = path.read_bytes()
    path.write_bytes(data.replace(b"(version 1)", b"(version 9)"))  # same length, new text
    (record,) = list(iter_responses(path))
    assert record.damage.startswith("digest mismatch (")


def test_body_shorter_than_its_http_content_length(tmp_path):
    path = tmp_path / "short.warc.gz"
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html"), ("Content-Length", "5000")], "HTTP/1.1"
        )
        body = b"<p>only the first part of the page arrived</p>"
        writer.write_record(
            writer.create_warc_record(
                HI_URL, "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    (record,) = list(iter_responses(path))
    assert record.damage == f"body shorter than its Content-Length: {len(body)} of 5,000 bytes"


def test_intact_records_are_not_flagged(tmp_path):
    path = tmp_path / "ok.warc.gz"
    writer = WarcArchiveWriter(path)
    writer.write(HI_URL, 200, [("Content-Type", "text/html")], hi_body(1))
    writer.write(OTHER_URL, 404, [], b"gone")
    writer.close()
    assert [r.damage for r in iter_responses(path)] == [None, None]
    check_warc(path)


# -- ingest and replay -------------------------------------------------------------------------


@pytest.fixture
def loaded(tmp_path, cli_env):
    """A database holding version 1 of the Hawaii section, ingested from a good archive."""
    good = tmp_path / "good.warc.gz"
    write_warc(good, [(HI_URL, hi_body(1))])
    db = tmp_path / "h.db"
    result = run_cli(["ingest", str(good), "--db", str(db)], cli_env)
    assert result.returncode == 0, result.stderr
    assert "version 1" in query(db, "select text from statute_sections")[0][0]
    return db


def assert_nothing_stored_from(db: Path, run_id: int) -> None:
    text = query(db, "select text from statute_sections where id = 'HI:HRS:371-20'")[0][0]
    assert "version 1" in text and "conspicuous place" in text
    assert query(db, "select count(*) from section_versions") == [(1,)]
    assert query(db, "select count(*) from changes where change_type = 'text_changed'") == [(0,)]
    assert query(db, "select count(*) from fetches where run_id = ?", [run_id]) == [(0,)]


@pytest.mark.parametrize("damage", ["truncated", "altered"])
def test_ingest_skips_a_damaged_record_and_fails(tmp_path, cli_env, loaded, damage):
    bad = tmp_path / f"{damage}.warc"
    if damage == "truncated":
        whole = tmp_path / "v2.warc.gz"
        offsets = write_warc(whole, [(OTHER_URL, b"<p>x</p>"), (HI_URL, hi_body(2))])
        truncated_copy(whole, bad, offsets[1] + (whole.stat().st_size - offsets[1]) * 2 // 3)
        says = "record truncated"
    else:
        write_warc(bad, [(HI_URL, hi_body(1))], gzip=False)
        bad.write_bytes(bad.read_bytes().replace(b"(version 1)", b"(version 2)"))
        says = "digest mismatch"
    result = run_cli(["ingest", str(bad), "--db", str(loaded)], cli_env)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert f"FAILED statutes_hi: damaged archive record, not stored: {HI_URL}" in result.stderr
    assert says in result.stderr
    run_id, status, message = query(loaded, "select id, status, message from runs order by id")[-1]
    assert status == "failed" and "1 damaged record(s) skipped" in message and says in message
    assert query(
        loaded,
        "select outcome, errors from source_runs where run_id = ? and source = ?",
        [run_id, "statutes_hi"],
    ) == [("failed", 1)]
    assert_nothing_stored_from(loaded, run_id)


def test_replay_of_a_damaged_record_fails_the_source(tmp_path, cli_env, loaded):
    whole = tmp_path / "v2.warc.gz"
    offsets = write_warc(whole, [(OTHER_URL, b"<p>x</p>"), (HI_URL, hi_body(2))])
    # Cut inside the body. (A fixed offset such as +400 lands in the record's headers in about
    # 1% of runs: the gzipped size of the headers varies with the random record id.)
    middle = offsets[1] + (whole.stat().st_size - offsets[1]) // 2
    bad = truncated_copy(whole, tmp_path / "cut.warc.gz", middle)
    result = run_cli(["crawl", "statutes_hi", "--replay", str(bad), "--db", str(loaded)], cli_env)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    run_id = query(loaded, "select max(id) from runs")[0][0]
    ((outcome, message),) = query(
        loaded, "select outcome, message from fetches where run_id = ?", [run_id]
    )
    assert outcome == "archive_damaged" and "record truncated" in message
    assert "version 1" in query(loaded, "select text from statute_sections")[0][0]


def cut_in_headers(tmp_path: Path) -> Path:
    """A copy cut after the last record's URL line, before its headers end (uncompressed, so
    the cut falls at the same place every run)."""
    whole = tmp_path / "v2.warc"
    offsets = write_warc(whole, [(OTHER_URL, b"<p>x</p>"), (HI_URL, hi_body(2))], gzip=False)
    data = whole.read_bytes()
    cut = data.index(b"\r\n", data.index(b"WARC-Target-URI", offsets[1])) + 2
    return truncated_copy(whole, tmp_path / "cut-headers.warc", cut)


def test_a_record_cut_in_its_headers_is_reported_not_dropped(tmp_path):
    """warcio ends silently on such a tail: the last capture would vanish without a word."""
    records = list(iter_responses(cut_in_headers(tmp_path)))
    assert [r.url for r in records] == [OTHER_URL, HI_URL]
    assert records[1].damage.startswith("record truncated in its headers: the file ends ")
    assert ArchiveIndex([cut_in_headers(tmp_path)]).get(HI_URL).damage == records[1].damage
    # Gzipped and cut before its URL: reported with the file and offset, URL unknown.
    whole = tmp_path / "v2.warc.gz"
    offsets = write_warc(whole, [(OTHER_URL, b"<p>x</p>"), (HI_URL, hi_body(2))])
    early = truncated_copy(whole, tmp_path / "early.warc.gz", offsets[1] + 5)
    (tail,) = [r for r in iter_responses(early) if r.damage]
    assert tail.url == "" and tail.location == f"{early}#{offsets[1]}"
    assert ArchiveIndex([early]).problems == [f"{early}#{offsets[1]}: {tail.damage}"]


def test_replay_of_an_archive_cut_before_a_records_url_fails_the_run(tmp_path, cli_env, loaded):
    whole = tmp_path / "v2.warc.gz"
    offsets = write_warc(whole, [(OTHER_URL, b"<p>x</p>"), (HI_URL, hi_body(2))])
    early = truncated_copy(whole, tmp_path / "early.warc.gz", offsets[1] + 5)
    result = run_cli(["crawl", "statutes_hi", "--replay", str(early), "--db", str(loaded)], cli_env)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"URL unreadable, not replayed: {early}#{offsets[1]}" in result.stderr
    status, message = query(loaded, "select status, message from runs order by id desc limit 1")[0]
    assert status == "failed" and "record truncated in its headers" in message


def test_ingest_and_replay_of_a_record_cut_in_its_headers_fail_the_source(
    tmp_path, cli_env, loaded
):
    bad = cut_in_headers(tmp_path)
    result = run_cli(["ingest", str(bad), "--db", str(loaded)], cli_env)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"FAILED statutes_hi: damaged archive record, not stored: {HI_URL}" in result.stderr
    assert "record truncated in its headers" in result.stderr
    result = run_cli(["crawl", "statutes_hi", "--replay", str(bad), "--db", str(loaded)], cli_env)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    run_id = query(loaded, "select max(id) from runs")[0][0]
    assert query(loaded, "select outcome from fetches where run_id = ?", [run_id]) == [
        ("archive_damaged",)
    ]
    assert "version 1" in query(loaded, "select text from statute_sections")[0][0]


def test_not_a_warc_file_writes_nothing(tmp_path, cli_env):
    bad = tmp_path / "page.warc.gz"
    bad.write_bytes(b"<html>an HTML page saved under the wrong name</html>\n" * 20)
    db = tmp_path / "h.db"
    result = run_cli(["ingest", str(bad), "--db", str(db)], cli_env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert str(bad) in result.stderr and "WARC" in result.stderr
    assert not db.exists()  # before: a run row was left `running` forever


def test_ingest_with_a_broken_registry_writes_nothing(tmp_path, cli_env):
    good = tmp_path / "good.warc.gz"
    write_warc(good, [(HI_URL, hi_body(1))])
    registry = tmp_path / "statutes.yml"
    registry.write_text("jurisdictions:\n  - jurisdiction: CA\n")
    cli_env["HOTLINE_WATCH_STATUTES"] = str(registry)
    db = tmp_path / "h.db"
    result = run_cli(["ingest", str(good), "--db", str(db)], cli_env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert str(registry) in result.stderr and "entry 0 (CA)" in result.stderr
    assert not db.exists()  # before: created and migrated before the registry was read


def test_truncated_copy_of_the_shared_archive(tmp_path, cli_env, shared_warc):
    """The probe from the issue: ORS 165 cut off mid-record must not replace the whole text."""
    db = tmp_path / "h.db"
    assert run_cli(["ingest", str(shared_warc), "--db", str(db)], cli_env).returncode == 0
    before = query(db, "select id, text_hash from statute_sections order by id")
    offset = next(
        int(r.location.rsplit("#", 1)[1]) for r in iter_responses(shared_warc) if r.url == ORS_165
    )
    cut = truncated_copy(shared_warc, tmp_path / "cut.warc.gz", offset + 20_000)
    result = run_cli(["ingest", str(cut), "--db", str(db)], cli_env)
    assert result.returncode == 1, result.stderr
    assert ORS_165 in result.stderr and "record truncated" in result.stderr
    assert "of 347,795 bytes" in result.stderr
    assert query(db, "select id, text_hash from statute_sections order by id") == before
    assert query(db, "select count(*) from changes where change_type = 'text_changed'") == [(0,)]
