"""The command line as users and cron see it: output contracts, exit codes, clear errors."""

from __future__ import annotations

import json

import pytest

from conftest import free_port, get_from_serve, hotline_watch_cmd, run_cli

CONTRACT_KEYS = {
    "path",
    "requires_posting",
    "promotes_hotline",
    "establishments",
    "languages",
    "hotline_numbers",
    "evidence",
}


def test_sources_check_lists_all_51(cli_env):
    result = run_cli(["sources", "check"], cli_env)
    assert result.returncode == 0, result.stderr
    assert "51 jurisdictions OK" in result.stdout
    assert "51 offices OK" in result.stdout
    assert "statutes_hi" in result.stdout and "statutes_dc" in result.stdout


def test_sources_check_json_is_one_object_per_source(cli_env):
    result = run_cli(["sources", "check", "--json"], cli_env)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 102
    assert {r["spider"] for r in rows if r["kind"] == "ag"} >= {"ag_ca", "ag_tx", "ag_dc"}
    rows = [r for r in rows if r["kind"] == "statutes"]
    assert len(rows) == 51
    hi = next(r for r in rows if r["jurisdiction"] == "HI")
    assert hi["sections"][0]["citation"].endswith("371-20")


def test_broken_registry_exits_2_naming_file_entry_and_field(cli_env, tmp_path):
    bad = tmp_path / "statutes.yml"
    bad.write_text(
        "jurisdictions:\n"
        "  - jurisdiction: CA\n"
        "    allowed_domains: [leginfo.legislature.ca.gov]\n"
        "    law_status: required\n"
        "    sections: []\n"
    )
    cli_env["HOTLINE_WATCH_STATUTES"] = str(bad)
    for args in (["sources", "check"], ["crawl", "--db", str(tmp_path / "x.db")]):
        result = run_cli(args, cli_env)
        assert result.returncode == 2, args
        assert str(bad) in result.stderr
        assert "entry 0 (CA)" in result.stderr and "'adapter'" in result.stderr
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.db").exists()  # nothing written on bad input


def test_bad_crawl_config_exits_2_naming_the_field(cli_env, tmp_path):
    config = tmp_path / "crawl.yml"
    config.write_text("contact: not-an-email\n")
    cli_env["HOTLINE_WATCH_CONFIG"] = str(config)
    cli_env.pop("HOTLINE_WATCH_CONTACT", None)
    result = run_cli(["crawl", "statutes_hi", "--db", str(tmp_path / "x.db")], cli_env)
    assert result.returncode == 2
    assert "contact" in result.stderr and str(config) in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_spider_exits_2(cli_env, tmp_path):
    result = run_cli(["crawl", "statutes_zz", "--db", str(tmp_path / "x.db")], cli_env)
    assert result.returncode == 2
    assert "statutes_zz" in result.stderr


def test_unreadable_replay_archive_exits_2(cli_env, tmp_path):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"<html>not an archive</html>")
    result = run_cli(["crawl", "--replay", str(bad), "--db", str(tmp_path / "x.db")], cli_env)
    assert result.returncode == 2
    assert "bad.warc.gz" in result.stderr and "Traceback" not in result.stderr


def test_classify_prints_the_contract_and_ignores_the_label_header(cli_env, tmp_path):
    law = tmp_path / "law.txt"
    law.write_text(
        "Every owner of a truck stop shall post a sign, in English and Spanish, stating: "
        "call the National Human Trafficking Hotline at 1-888-373-7888 or text 233733.\n"
    )
    tricky = tmp_path / "tricky.txt"
    tricky.write_text(
        "url: https://example.org/x\nkind: statute\nstate: ZZ\ndate: unknown\n"
        "label: posting_law\n\nThe minimum wage poster shall be displayed by every employer.\n"
    )
    result = run_cli(["classify", str(law), str(tricky)], cli_env)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in rows] == [str(law), str(tricky)]
    assert all(CONTRACT_KEYS <= set(r) for r in rows)
    assert rows[0]["requires_posting"] is True
    assert "truck_stop" in rows[0]["establishments"]
    assert "1-888-373-7888" in rows[0]["hotline_numbers"]
    assert rows[1]["requires_posting"] is False  # the header's label was not read


def test_classify_takes_the_url_of_the_header_as_provenance(cli_env, tmp_path):
    """The header's `url:` says whose site published the text (hotline_watch.coding.publisher):
    an agency's campaign page on a government site is the agency's own effort."""
    body = (
        "Stop Human Trafficking\nJanuary is Human Trafficking Awareness Month. This year our "
        "awareness campaign puts billboards along the interstate and posters in every rest "
        "area, so travelers know the signs.\nIf you see something, report it to the National "
        "Human Trafficking Hotline at 1-888-373-7888 or text 233733.\n"
    )
    gov, news = tmp_path / "gov.txt", tmp_path / "news.txt"
    gov.write_text("url: https://itd.idaho.gov/x\nlabel: negative\n\n" + body)
    news.write_text("url: https://www.example.com/x\nlabel: hotline_campaign\n\n" + body)
    result = run_cli(["classify", str(gov), str(news)], cli_env)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["promotes_hotline"] for r in rows] == [True, False]  # the labels were not read
    assert {
        "field": "publisher",
        "value": "publisher: a government site, itd.idaho.gov",
        "quote": "https://itd.idaho.gov/x",
    } in rows[0]["evidence"]


def test_classify_codes_each_file_on_its_own(cli_env, tmp_path):
    """One bad file among many: a line on stderr saying why, the others coded, exit 1."""
    from pdf_fixtures import make_pdf

    law = "Every truck stop shall post a sign with the National Human Trafficking Hotline "
    ok = tmp_path / "ok.txt"
    ok.write_text(law + "1-888-373-7888.")
    pdf = tmp_path / "law.pdf"
    pdf.write_bytes(make_pdf([[law, "1-888-373-7888."]]))
    html = tmp_path / "cp1252.html"
    html.write_bytes(
        (
            "<html><head><meta charset=windows-1252></head><body><p>\u00a7 371-20 \u2013 "
            + law
            + "1-888-373-7888.</p></body></html>"
        ).encode("cp1252")
    )
    scanned = tmp_path / "scanned.pdf"
    scanned.write_bytes(make_pdf(None))
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9: post the hotline".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(11 * 1024 * 1024)  # sparse: costs no disk
    directory = tmp_path / "a-directory"
    directory.mkdir()
    missing = tmp_path / "missing.txt"
    files = [ok, directory, pdf, binary, empty, html, latin, huge, scanned, missing]
    result = run_cli(["classify", *map(str, files)], cli_env)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in rows] == [str(ok), str(pdf), str(html)]
    assert all(r["requires_posting"] is True for r in rows), rows
    assert all("1-888-373-7888" in r["hotline_numbers"] for r in rows)
    errors = dict(line.split(": ", 1) for line in result.stderr.splitlines()[:-1])
    assert errors == {
        str(directory): "is a directory, not a file",
        str(binary): "binary file (not text, HTML or PDF)",
        str(empty): "empty file: nothing to code",
        str(latin): "not UTF-8 text (byte 0xe9 at offset 3); convert it, e.g. iconv -f "
        "windows-1252 -t utf-8",
        str(huge): "too large (11,534,336 bytes; classify reads at most 10,485,760)",
        str(scanned): "PDF has 1 page(s) but no text layer (scanned image?)",
        str(missing): "no such file",
    }
    assert result.stderr.splitlines()[-1] == "7 of 10 file(s) not coded"


def test_serve_starts_datasette_on_loopback(cli_env, tmp_path):
    port = free_port()
    db = tmp_path / "serve.db"
    bodies = get_from_serve(
        hotline_watch_cmd() + ["serve", "--db", str(db), "--port", str(port)],
        cli_env,
        port,
        ["/hotline/jurisdictions.json?_shape=array&_size=100", "/"],
    )
    assert bodies is not None, "datasette did not answer"
    assert len(json.loads(bodies[0])) == 51
    assert "hotline-watch" in bodies[1].decode()


@pytest.mark.parametrize("args", [["--help"], ["crawl", "--help"], ["classify", "--help"]])
def test_help_reads_like_documentation(cli_env, args):
    result = run_cli(args, cli_env)
    assert result.returncode == 0
    assert "Usage:" in result.stdout
