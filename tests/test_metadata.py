"""metadata.yml documents every table and column the storage layer creates."""

from __future__ import annotations

import yaml

from conftest import ROOT
from hotline_watch.storage import Store


def test_every_table_and_column_is_described(tmp_path):
    store = Store(tmp_path / "m.db")
    meta = yaml.safe_load((ROOT / "metadata.yml").read_text())
    tables_meta = meta["databases"]["hotline"]["tables"]
    missing = []
    for table in store.db.tables:
        if table.name.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")):
            continue  # FTS shadow tables are internal
        described = tables_meta.get(table.name)
        if not described or not described.get("description"):
            missing.append(table.name)
            continue
        for column in table.columns_dict:
            if not described.get("columns", {}).get(column):
                missing.append(f"{table.name}.{column}")
    for view in store.db.views:
        described = tables_meta.get(view.name) or {}
        if not described.get("description"):
            missing.append(view.name)
        for column in view.columns_dict:
            if not described.get("columns", {}).get(column):
                missing.append(f"{view.name}.{column}")
    store.close()
    assert missing == []


def test_metadata_has_title_description_source_and_licence():
    meta = yaml.safe_load((ROOT / "metadata.yml").read_text())
    for key in ("title", "description_html", "license", "source"):
        assert meta.get(key), key
