"""The design card's layout, and the project's own spiders/pipelines winning the import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_design_card_top_level_exists():
    for name in (
        "spiders",
        "pipelines",
        "data",
        "metadata.yml",
        "tests",
        "scrapy.cfg",
        "README.md",
    ):
        assert (ROOT / name).exists(), name


def test_spiders_and_pipelines_are_the_projects_own():
    # PyPI has unrelated packages named `spiders` and `pipelines`; ours must be imported.
    import pipelines
    import spiders

    assert Path(spiders.__file__).resolve().parent == ROOT / "spiders"
    assert Path(pipelines.__file__).resolve().parent == ROOT / "pipelines"


def test_imports_resolve_to_repo_from_another_directory(tmp_path):
    # From elsewhere (cron runs in $HOME), the installed project still supplies both packages.
    code = "import spiders, pipelines; print(spiders.__file__); print(pipelines.__file__)"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout.split()
    assert Path(out[0]).resolve().parent == ROOT / "spiders"
    assert Path(out[1]).resolve().parent == ROOT / "pipelines"


def test_scrapy_list_shows_one_statute_spider_per_jurisdiction():
    scrapy = Path(sys.executable).parent / "scrapy"
    out = subprocess.run(
        [str(scrapy), "list"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    statute_spiders = [s for s in out if s.startswith("statutes_")]
    assert len(statute_spiders) == 51
    assert len(set(out)) == len(out)  # each bound once
    assert {"statutes_ca", "statutes_hi", "statutes_dc", "statutes_tx"} <= set(out)
