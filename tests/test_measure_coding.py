"""bench/measure_coding.py --texts: scoring a directory of labelled texts kept outside the repo.

The texts here are written for the test (tests/ fixtures, never third-party text). The script
runs as a user would run it, in a child process, and its JSON is checked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEXTS = {
    "campaign.txt": (
        "hotline_campaign",
        "1",
        "0",
        "1-888-373-7888",
        "Attorney General Jane Roe today launched a statewide billboard campaign urging the "
        "public to call the National Human Trafficking Hotline at 1-888-373-7888.",
    ),
    "sting.txt": (
        "negative",
        "0",
        "1",
        "1-888-373-7888",
        "Attorney General Jane Roe announced that a man was sentenced to 20 years in prison for "
        "sex trafficking after a jury convicted him last year. The case was investigated by "
        "the state police and prosecuted by the office's trafficking unit.\n\nIf you suspect "
        "human trafficking, call the National Human Trafficking Hotline at 1-888-373-7888.",
    ),
    "law.txt": (
        "posting_law",
        "0",
        "0",
        "1-888-373-7888",
        "(a) Every hotel and every truck stop shall post in a conspicuous place a sign at least "
        "8 1/2 by 11 inches, in English and Spanish, stating the National Human Trafficking "
        "Hotline number 1-888-373-7888. (b) The department of labor shall design the sign. (c) "
        "An owner who fails to post the sign shall be subject to a civil penalty of $250.",
    ),
}
FIELD_LABELS = {
    "texts": {
        "law.txt": {
            "establishments": ["lodging", "truck_stop"],
            "languages": ["English", "Spanish"],
            "sign_size": "8.5 x 11 inches",
            "penalties": [[250, None]],
            "hotline_numbers": ["1-888-373-7888"],
            "agency": "department of labor",
        }
    }
}


def _make_dir(tmp_path: Path) -> Path:
    d = tmp_path / "heldout"
    d.mkdir()
    lines = ["file,url,kind,state,date,label,campaign,footer_only,hotline_numbers"]
    for name, (label, campaign, footer, numbers, body) in TEXTS.items():
        (d / name).write_text(
            f"url: https://example.test/{name}\nkind: other\nstate: ZZ\ndate: unknown\n"
            f"label: {label}\n\n{body}\n",
            encoding="utf-8",
        )
        lines.append(
            f"{name},https://example.test/{name},other,ZZ,unknown,{label},{campaign},{footer},"
            f"{numbers}"
        )
    (d / "index.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "fields.json").write_text(json.dumps(FIELD_LABELS), encoding="utf-8")
    return d


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOTLINE_WATCH_BENCH_RESULTS": str(tmp_path / "results")}
    return subprocess.run(
        [sys.executable, str(ROOT / "bench" / "measure_coding.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_texts_directory_is_scored_with_misses_hidden_by_default(tmp_path):
    d = _make_dir(tmp_path)
    proc = _run(tmp_path, "--texts", str(d), "--field-labels", str(tmp_path / "fields.json"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads((tmp_path / "results" / "coding_quality_texts.json").read_text())
    assert result["files"] == 3
    assert (result["requires_posting"]["tp"], result["requires_posting"]["tn"]) == (1, 1)
    assert (result["promotes_hotline"]["tp"], result["promotes_hotline"]["tn"]) == (1, 1)
    assert result["promotes_hotline_on_posting_law"] == {"files": 1, "coded_true": 0}
    assert result["footer_only"]["tp"] == 1
    assert result["campaign"]["tp"] == 1
    assert result["hotline_numbers"]["files"] == 3
    assert result["fields"]["total"] == 6
    # a held-out set stays held out: only counts, never which texts were missed
    for key in ("requires_posting", "promotes_hotline", "campaign", "footer_only", "fields"):
        assert isinstance(result[key]["misses"], str)
    assert "sting.txt" not in proc.stdout and "law.txt" not in proc.stdout


def test_show_misses_lists_them(tmp_path):
    d = _make_dir(tmp_path)
    # a wrong label on purpose: the statute is labelled as a campaign
    index = d / "index.csv"
    index.write_text(
        index.read_text().replace(",posting_law,0,", ",hotline_campaign,1,"), encoding="utf-8"
    )
    # the file's own header says the same (a set whose header and index disagree is refused)
    law = d / "law.txt"
    law.write_text(
        law.read_text().replace("label: posting_law", "label: hotline_campaign"), encoding="utf-8"
    )
    proc = _run(tmp_path, "--texts", str(d), "--show-misses")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads((tmp_path / "results" / "coding_quality_texts.json").read_text())
    assert [m["file"] for m in result["promotes_hotline"]["misses"]] == ["law.txt"]
    assert "law.txt" in result["campaign"]["misses"]
    assert "FN law.txt" in proc.stdout


def test_missing_index_is_a_clear_error(tmp_path):
    proc = _run(tmp_path, "--texts", str(tmp_path / "nowhere"))
    assert proc.returncode == 2
    assert "index.csv not found" in proc.stderr
