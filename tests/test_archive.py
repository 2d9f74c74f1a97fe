"""WARC writing and reading (warcio), on our own records and on the shared archive."""

from __future__ import annotations

import pytest

from hotline_watch.archive import ArchiveError, ArchiveIndex, WarcArchiveWriter, iter_responses

HI_URL = "https://www.capitol.hawaii.gov/hrscurrent/Vol07_Ch0346-0398/HRS0371/HRS_0371-0020.htm"


def test_written_records_read_back_byte_for_byte(tmp_path):
    path = tmp_path / "a.warc.gz"
    writer = WarcArchiveWriter(path)
    body = "§371-20 – poster".encode("cp1252")
    loc1 = writer.write(
        "http://x.test/a", 200, [("Content-Type", "text/html; charset=windows-1252")], body
    )
    loc2 = writer.write("http://x.test/b", 404, [("Content-Encoding", "gzip")], b"gone")
    writer.close()
    assert loc1 == f"{path}#0" and loc2.startswith(f"{path}#") and loc2 != loc1
    records = list(iter_responses(path))
    assert [(r.url, r.status, r.body) for r in records] == [
        ("http://x.test/a", 200, body),
        ("http://x.test/b", 404, b"gone"),
    ]
    # The decoded payload is stored, so a transfer header would lie about it.
    assert all(k.lower() != "content-encoding" for k, _ in records[1].headers)
    index = ArchiveIndex([path])
    response = index.get("http://x.test/a").to_scrapy()
    assert response.text == "§371-20 – poster"
    assert index.get("http://x.test/missing") is None


def test_shared_archive_index_and_decoding(shared_warc):
    index = ArchiveIndex([shared_warc])
    assert len(index) == 51
    response = index.get(HI_URL).to_scrapy()
    assert response.encoding == "cp1252"
    assert "§371-20" in response.text
    assert "archived" in response.flags


def test_corrupt_archive_names_the_file(tmp_path):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"<html>an HTML page saved under the wrong name</html>")
    with pytest.raises(ArchiveError, match="bad.warc.gz"):
        ArchiveIndex([bad])
    with pytest.raises(ArchiveError, match="missing.warc.gz"):
        list(iter_responses(tmp_path / "missing.warc.gz"))
