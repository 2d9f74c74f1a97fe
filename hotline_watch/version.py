"""Which code parsed and coded a stored page: a fingerprint of the parsers and coding rules.

An unchanged page (answered 304, the same bytes as the stored copy) is not parsed or coded
again, but only if the stored records came from this very code: after an adapter or a coding
rule changes, the next run parses and codes every page once more, so improvements reach
pages whose bytes never change. The fingerprint is a hash of the files that decide what is
extracted and how it is coded; it is stored with each run (`runs.code_version`).
"""

from __future__ import annotations

import functools
import hashlib

from hotline_watch.config import DATA_DIR, ROOT

#: Files and folders whose contents decide the stored sections and their coding.
_INPUTS = (
    ROOT / "spiders",
    ROOT / "hotline_watch" / "coding",
    ROOT / "hotline_watch" / "items.py",
    ROOT / "pipelines" / "code.py",
    DATA_DIR / "coding",
    DATA_DIR / "statute_sites.yml",
)
_SUFFIXES = {".py", ".yml", ".yaml", ".json"}


@functools.cache
def code_version() -> str:
    """A short hash of the parsers', adapters' and coding rules' files (computed once)."""
    digest = hashlib.sha256()
    for base in _INPUTS:
        files = sorted(base.rglob("*")) if base.is_dir() else [base]
        for path in files:
            if path.suffix in _SUFFIXES and path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
