"""One error discipline for every command (issue 16): bad input or environment gives exit 2 and
one line naming the thing at fault, never a traceback, and nothing is written before the
input has been checked.

Each case below was a traceback, a silent success or a half-written database before.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
from pathlib import Path

import pytest
from fault_server import (
    EMPTY_LISTING,
    FaultServer,
    Page,
    hi_page,
    statute_entry,
    write_crawl_yml,
    write_offices,
    write_statutes,
)

from conftest import ROOT, cli_environment, free_port, get_from_serve, hotline_watch_cmd, run_cli
from hotline_watch.jurisdictions import JURISDICTIONS

HI_PATH = "/hrscurrent/HRS0371/HRS_0371-0020.htm"


def assert_refused(result, *names: str, code: int = 2) -> str:
    """Exit `code`, no traceback, and the last line of stderr names every one of `names`."""
    err = result.stderr if isinstance(result.stderr, str) else result.stderr.decode()
    assert result.returncode == code, err[-3000:]
    assert "Traceback" not in err, err[-3000:]
    last = err.strip().splitlines()[-1]
    for name in names:
        assert name in last, (name, last)
    return last


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A loopback Hawaii page and 51 empty AG newsrooms, with registries and crawl.yml."""
    tmp = tmp_path_factory.mktemp("discipline")
    server = FaultServer(max_seconds=600)
    sections = [
        {
            "citation": "Haw. Rev. Stat. § 371-20",
            "url": server.base + HI_PATH,
            "verified": "capture",
        }
    ]
    write_statutes(
        tmp / "statutes.yml", {"HI": statute_entry("HI", "hi_hrs", "127.0.0.1", sections)}
    )
    write_offices(tmp / "ag.yml", server.base)
    write_crawl_yml(tmp / "crawl.yml", timeout=5)
    (tmp / "subscriptions.yml").write_text("subscriptions: []\n")
    server.routes_from({f"/ag/{c.lower()}/news": Page(EMPTY_LISTING) for c in JURISDICTIONS})
    server.route(
        HI_PATH,
        Page(hi_page("371-20", "Every bar shall post the hotline 1-888-373-7888 sign.")),
    )
    yield tmp
    server.close()


@pytest.fixture
def env(site, tmp_path):
    environment = cli_environment(site, configs=True)
    environment.update(
        HOTLINE_WATCH_ARCHIVE_DIR=str(tmp_path / "archive"),
        HOTLINE_WATCH_HTTPCACHE_DIR=str(tmp_path / "httpcache"),
    )
    return environment


# -- operator files: a directory, not UTF-8 ---------------------------------------------------


@pytest.mark.parametrize(
    "variable, what",
    [
        ("HOTLINE_WATCH_STATUTES", "registry file"),
        ("HOTLINE_WATCH_AG", "registry file"),
        ("HOTLINE_WATCH_CONFIG", "crawl configuration"),
        ("HOTLINE_WATCH_SUBSCRIPTIONS", "subscriptions file"),
        ("HOTLINE_WATCH_BILLS", "bills configuration"),
        ("HOTLINE_WATCH_STATUTE_SITES", "site rules file"),
    ],
)
@pytest.mark.parametrize("problem", ["directory", "latin-1"])
def test_operator_file_that_is_a_directory_or_not_utf8(env, tmp_path, variable, what, problem):
    if problem == "directory":
        bad = tmp_path / "a-directory"
        bad.mkdir()
        says = "is a directory"
    else:
        bad = tmp_path / "latin.yml"
        bad.write_bytes("# caf\u00e9 (written in Latin-1)\nx: 1\n".encode("latin-1"))
        says = "not UTF-8 text (byte 0xe9 on line 1)"
    env[variable] = str(bad)
    db = tmp_path / "x.db"
    last = assert_refused(run_cli(["crawl", "statutes_hi", "--db", str(db)], env), str(bad), says)
    assert what in last
    assert not db.exists()


# -- crawl.yml values that used to be accepted -------------------------------------------------


@pytest.mark.parametrize(
    "line, says",
    [
        ("download_delay: true", "field 'download_delay' must be a number, got True"),
        ("download_delay: .nan", "field 'download_delay' must be a finite number"),
        ("download_timeout: 1e400", "field 'download_timeout' must be a finite number"),
        ("max_page_bytes: 0.5", "field 'max_page_bytes' must be a whole number, got 0.5"),
        ("max_page_bytes: -1", "field 'max_page_bytes' must not be negative"),
        ("download_timeout: 0", "field 'download_timeout' must be at least"),
        ("download_dealy: 10", "unknown field 'download_dealy'"),
    ],
)
def test_bad_crawl_config_values_exit_2_naming_the_field(env, tmp_path, line, says):
    config = tmp_path / "crawl.yml"
    config.write_text(f"contact: ops@hotline-watch.test\n{line}\n")
    env["HOTLINE_WATCH_CONFIG"] = str(config)
    db = tmp_path / "x.db"
    assert_refused(run_cli(["crawl", "statutes_hi", "--db", str(db)], env), str(config), says)
    assert not db.exists()


def test_subscription_url_apprise_cannot_parse_refuses_the_run(env, tmp_path):
    subs = tmp_path / "subscriptions.yml"
    subs.write_text('subscriptions:\n  - name: ops\n    url: "foo://bar"\n')
    env["HOTLINE_WATCH_SUBSCRIPTIONS"] = str(subs)
    db = tmp_path / "x.db"
    result = run_cli(["run", "--db", str(db), "--log-file", str(tmp_path / "x.log")], env)
    assert_refused(result, str(subs), "subscription 0 (ops)", "field url", "foo://bar")
    assert not db.exists() and not (tmp_path / "x.log").exists()


# -- paths --------------------------------------------------------------------------------------


def test_empty_db_path_is_refused_not_replaced_by_the_default(env):
    default = ROOT / "data" / "hotline.db"
    existed = default.exists()
    before = default.stat().st_mtime_ns if existed else None
    result = run_cli(["crawl", "statutes_hi", "--db", ""], env)
    assert_refused(result, "--db", "empty path")
    assert default.exists() == existed
    if existed:
        assert default.stat().st_mtime_ns == before


def test_non_utf8_bytes_in_the_db_path(env, tmp_path):
    weird = os.fsencode(tmp_path) + b"/caf\xe9.db"
    result = subprocess.run(
        [os.fsencode(c) for c in hotline_watch_cmd()] + [b"crawl", b"statutes_hi", b"--db", weird],
        env=env,
        cwd=ROOT,
        capture_output=True,
    )
    assert_refused(result, "--db", "caf\\xe9.db", "not valid UTF-8")
    assert not os.path.exists(weird)


def test_unwritable_log_file_is_refused_before_the_run_starts(env, tmp_path):
    (tmp_path / "a-file").write_text("not a directory")
    log = tmp_path / "a-file" / "run.log"
    db = tmp_path / "x.db"
    result = run_cli(["run", "--db", str(db), "--log-file", str(log)], env)
    assert_refused(result, "--log-file", str(log), "is not a directory")
    assert not db.exists()  # before: the run row was written, then left `running`


# -- serve -----------------------------------------------------------------------------------


def test_serve_port_out_of_range(env, tmp_path):
    result = run_cli(["serve", "--db", str(tmp_path / "s.db"), "--port", "99999"], env)
    assert_refused(result, "--port", "99999")


def test_serve_port_in_use(env, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli(["serve", "--db", str(tmp_path / "s.db"), "--port", str(port)], env)
    assert_refused(result, f"cannot listen on 127.0.0.1:{port}")


# -- a read-only database ----------------------------------------------------------------------


def readonly_command(directory: Path) -> list[str] | None:
    """A command prefix under which `directory` is read-only, or None.

    root ignores permission bits, so as root the directory is bind-mounted read-only in a
    private mount namespace of the child (nothing changes for the rest of the machine);
    anyone else gets chmod."""
    if os.geteuid() != 0:
        directory.chmod(0o555)
        for f in directory.iterdir():
            f.chmod(0o444)
        return []
    prefix = [
        "unshare",
        "-m",
        "--propagation",
        "private",
        "sh",
        "-c",
        'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"',
        str(directory),
    ]
    probe = subprocess.run([*prefix, "sh", "-c", f': > "{directory}/probe"'], capture_output=True)
    if probe.returncode == 0 or b"Read-only" not in probe.stderr:
        return None
    return prefix


@pytest.fixture
def published(env, tmp_path):
    """A published copy (VACUUM INTO) of a crawled database, in a read-only directory."""
    db = tmp_path / "live.db"
    result = run_cli(["crawl", "statutes_hi", "--db", str(db)], env)
    assert result.returncode == 0, result.stderr[-2000:]
    pub = tmp_path / "pub"
    pub.mkdir()
    with sqlite3.connect(db) as conn:
        conn.execute("vacuum into ?", [str(pub / "hotline.db")])
    prefix = readonly_command(pub)
    if prefix is None:
        pytest.skip("cannot make a read-only directory here (root without mount namespaces)")
    yield prefix, pub / "hotline.db"
    if os.geteuid() != 0:
        pub.chmod(0o755)


def test_read_only_database_is_refused_by_writers(env, published):
    prefix, db = published
    before = db.read_bytes()
    for args in (["crawl", "statutes_hi", "--db", str(db)], ["alerts", "send", "--db", str(db)]):
        result = subprocess.run(
            [*prefix, *hotline_watch_cmd(), *args],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert_refused(result, str(db), "read-only")
    assert db.read_bytes() == before


def test_serve_serves_a_read_only_published_copy(env, published):
    prefix, db = published
    port = free_port()
    bodies = get_from_serve(
        [*prefix, *hotline_watch_cmd(), "serve", "--db", str(db), "--port", str(port)],
        env,
        port,
        ["/hotline/statute_sections.json?_shape=array"],
    )
    assert bodies is not None, "serve did not answer (before: it migrated first and failed)"
    assert [r["citation"] for r in json.loads(bodies[0])] == ["Haw. Rev. Stat. § 371-20"]
