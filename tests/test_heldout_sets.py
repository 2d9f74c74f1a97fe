"""The fresh held-out sets kept in the repository (tests/heldout/<N>/, from set 51 on): each is
a whole labelled directory, and a broken one is refused with the file at fault named.

Sets 2-50 were kept outside the repository (../notes/) and their texts are lost (their labels
remain in docs/coding-heldout-N.csv); from set 51 each set's labels are committed before any
engine runs, and its texts join them here once the set has been measured
(docs/coding-measurement.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from hotline_watch.coding.split import check_labelled_dir

HELDOUT = ROOT / "tests" / "heldout"
SETS = sorted((d for d in HELDOUT.glob("[0-9]*") if d.is_dir()), key=lambda d: int(d.name))


@pytest.mark.parametrize("set_dir", SETS, ids=[d.name for d in SETS])
def test_heldout_set_is_whole(set_dir: Path):
    assert check_labelled_dir(set_dir, set_dir / "fields.json") == []


def _write(dir_: Path, name: str, label: str = "negative", url: str = "https://x.gov/a") -> str:
    (dir_ / name).write_text(
        f"url: {url}\nkind: release\nstate: RI\ndate: 2025-01\nlabel: {label}\n\nBody.\n",
        encoding="utf-8",
    )
    return f"{name},{url},release,RI,2025-01,{label}"


def _index(dir_: Path, *rows: str) -> None:
    (dir_ / "index.csv").write_text(
        "file,url,kind,state,date,label\n" + "".join(r + "\n" for r in rows), encoding="utf-8"
    )


def test_a_whole_directory_has_no_problem(tmp_path: Path):
    _index(tmp_path, _write(tmp_path, "a.txt"), _write(tmp_path, "b.txt", "posting_law"))
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps({"texts": {"b.txt": {}}}), encoding="utf-8")
    assert check_labelled_dir(tmp_path, fields) == []


def test_each_fault_is_named(tmp_path: Path):
    row_a = _write(tmp_path, "a.txt")
    _write(tmp_path, "stray.txt")
    row_b = _write(tmp_path, "b.txt", "posting_law").replace("posting_law", "hotline_campaign")
    _index(tmp_path, row_a, row_b, "gone.txt,u,release,RI,2025-01,negative", row_a)
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps({"texts": {"a.txt": {}}}), encoding="utf-8")
    problems = check_labelled_dir(tmp_path, fields)
    assert any("b.txt: header label 'posting_law', index 'hotline_campaign'" in p for p in problems)
    assert any("(gone.txt): no such file" in p for p in problems)
    assert any("(a.txt): listed twice" in p for p in problems)
    assert any(p.endswith("stray.txt: not in " + str(tmp_path / "index.csv")) for p in problems)
    assert any("a.txt is not a posting law of the set" in p for p in problems)
    assert len(problems) == 5, problems


def test_missing_index_column_and_bad_fields_file(tmp_path: Path):
    (tmp_path / "index.csv").write_text("file,url,kind,state,date\n", encoding="utf-8")
    assert check_labelled_dir(tmp_path) == [f"{tmp_path / 'index.csv'}: no column 'label'"]
    _index(tmp_path, _write(tmp_path, "a.txt", "posting_law"))
    fields = tmp_path / "fields.json"
    fields.write_text("{not json", encoding="utf-8")
    (problem,) = check_labelled_dir(tmp_path, fields)
    assert problem.startswith(f"{fields}: not a fields file")


def test_measure_coding_refuses_a_broken_set(tmp_path: Path):
    """The measurement names the faulty file and scores nothing (exit 2)."""
    _index(tmp_path, _write(tmp_path, "a.txt"), "gone.txt,u,release,RI,2025-01,negative")
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "measure_coding.py"), "--texts", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "(gone.txt): no such file" in result.stderr
