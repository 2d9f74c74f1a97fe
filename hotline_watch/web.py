"""Datasette for hotline-watch: the database always appears as /hotline, with metadata.yml."""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from datasette.app import Datasette
from datasette.database import Database
from datasette.utils import parse_metadata

from hotline_watch.config import METADATA

DB_NAME = "hotline"  # metadata.yml and every link are keyed by this name, whatever the file is
SETTINGS = {
    "sql_time_limit_ms": 3000,  # researchers' ad-hoc SQL must not hog the server
    "default_page_size": 50,
    "allow_download": True,
    "max_returned_rows": 5000,
}


def make_datasette(db_path: str | os.PathLike) -> Datasette:
    """A configured Datasette instance serving `db_path` as /hotline."""
    try:
        metadata = parse_metadata(Path(METADATA).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:  # pragma: no cover - guarded by tests/test_metadata.py
        raise ValueError(f"{METADATA}: not valid YAML: {exc}") from exc
    ds = Datasette([], metadata=metadata, settings=SETTINGS, cors=False)
    ds.add_database(Database(ds, path=str(db_path), is_mutable=True), name=DB_NAME)
    return ds


def serve(db_path: str | os.PathLike, host: str, port: int) -> None:
    """Run Datasette with uvicorn until interrupted."""
    from asyncio import run

    import uvicorn

    ds = make_datasette(db_path)
    run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
