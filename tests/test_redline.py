"""Legal redlines: subsections aligned and labelled, clauses whole, tokens words and punctuation.

The amendment test runs the real Hawaii § 371-20 page (../shared/captures/hi-hrs/) through the
real hi_hrs adapter, before and after the amendment the alerts are built around."""

from __future__ import annotations

from hi_amendment import HI_CAPTURE, HI_PATH, amend_hi
from scrapy.http import HtmlResponse

from hotline_watch.redline import legal_redline, locate, redline_html, units
from spiders.sites.hi_hrs import HawaiiHRS

HI_URL = "https://www.capitol.hawaii.gov" + HI_PATH


def hi_text(body: bytes) -> str:
    return HawaiiHRS().parse(HtmlResponse(url=HI_URL, body=body, encoding="cp1252"))[0].text


def test_the_real_hawaii_amendment_reads_like_a_legal_redline(shared_dir):
    raw = HI_CAPTURE.read_bytes()
    result = legal_redline(hi_text(raw), hi_text(amend_hi(raw)))
    assert result.text == (
        "(a) …\n"
        "(b) …\n"
        "  (1) …\n"
        "  (2) Maintains a massage therapy establishment that employs five or more people; "
        "[-or-]\n"
        "  (3) Employs one or more erotic or nude massagers or exotic or nude dancers as "
        "defined in section 712-1210[-.-]{+; or+}\n"
        "  {+(4) Operates a hotel, motel, or other lodging with twenty or more guest rooms.+}\n"
        "(c) …\n"
        "(d) …\n"
        "(e) Any employer who wilfully and knowingly fails, neglects, or refuses to perform "
        "any act required by this section shall be fined not more than [-$100-]{+$500+} for "
        "each separate offense. …"
    )
    assert result.where() == "Subsections amended: (b)(2), (b)(3) and (e); added: (b)(4)."


def test_subsection_paths_in_the_real_page(shared_dir):
    paths = [u.name for u in units(hi_text(amend_hi(HI_CAPTURE.read_bytes()))) if u.labelled]
    assert paths == [
        "(a)",
        *(f"(a)({n})" for n in range(1, 7)),
        "(b)",
        *(f"(b)({n})" for n in range(1, 5)),
        "(c)",
        "(d)",
        "(e)",
    ]


def test_inline_labels_and_an_inserted_item_shown_whole():
    old = "The following shall post: (1) bars; (2) truck stops; and (3) airports. (b) A fine."
    new = (
        "The following shall post: (1) bars; (2) hotels and motels; (3) truck stops; and "
        "(4) airports. (b) A fine."
    )
    result = legal_redline(old, new)
    assert result.text == (
        "…\n(1) …\n{+(2) hotels and motels;+}\n[-(2)-]{+(3)+} truck stops; and\n"
        "[-(3)-]{+(4)+} airports.\n(b) …"
    )
    assert result.added == ["(2)"]


def test_a_clause_inserted_among_common_words_is_one_insertion():
    old = "(a) A bar or a massage parlor shall post the sign."
    new = "(a) A bar, a hotel or motel with ten or more rooms, or a massage parlor shall post it."
    assert legal_redline(old, new).text == (
        "(a) A bar{+, a hotel or motel with ten or more rooms,+} or a massage parlor shall post "
        "[-the sign-]{+it+}."
    )


def test_a_rewritten_subsection_is_deleted_and_inserted_whole():
    old = "(a) Posting is required. (b) The department may adopt rules about fees."
    new = "(a) Posting is required. (b) Each sign must carry the text line 233733 in Spanish too."
    assert legal_redline(old, new).text == (
        "(a) …\n[-(b) The department may adopt rules about fees.-]\n"
        "{+(b) Each sign must carry the text line 233733 in Spanish too.+}"
    )


def test_only_the_changed_sentence_and_long_runs_elided():
    old = (
        "(a) The owner of a truck stop shall post a sign. The sign shall be in English. "
        "The department shall provide it. The fine is $100 per day."
    )
    new = old.replace("truck stop", "truck stop or bus station").replace("$100", "$200")
    assert legal_redline(old, new).text == (
        "(a) The owner of a truck stop {+or bus station+} shall post a sign. … "
        "The fine is [-$100-]{+$200+} per day."
    )
    words = " ".join(f"w{i}" for i in range(100))
    long = legal_redline(words + ".", words.replace("w50", "W50") + ".").text
    assert long.startswith("… w35 ") and "[-w50-]{+W50+}" in long and long.endswith("w65 …")


def test_runs_of_unchanged_labels_collapse():
    old = "(a) A. (b) B. (c) C. (d) D. (e) E. (f) The sign shall be posted."
    new = old.replace("shall be posted", "shall be posted at every entrance")
    assert legal_redline(old, new).text == (
        "(a)–(e) …\n(f) The sign shall be posted {+at every entrance+}."
    )


def test_whitespace_and_typography_are_not_changes():
    assert (
        legal_redline("Every  bar shall\npost the sign.", "Every bar shall post the sign.") is None
    )
    assert legal_redline("the “hotline” – now", 'the "hotline" - now') is None
    assert legal_redline("a $100 fine", "a $1,000 fine").text == "a [-$100-]{+$1,000+} fine"


def test_locate_a_quote_and_html_is_escaped():
    text = "(a) Every employer shall post.\n\n(b) Employer means:\n\n(1) a bar; or\n\n(2) a hotel."
    assert locate(text, "(2) a hotel") == "(b)(2)"
    assert locate(text, "not in it") is None
    markup = redline_html(legal_redline("a <b>", "a <i>").text)
    assert markup == "a &lt;[-b-]{+i+}&gt;".replace("[-b-]", "<del>b</del>").replace(
        "{+i+}", "<ins>i</ins>"
    )


def test_label_hierarchy_letters_numbers_capitals_romans():
    text = (
        "(a) A. (b) B: (1) one; (2) two: (A) big; (B) bigger: (i) small; (ii) smaller. "
        "(c) C. (h) H. (i) I. (j) J."
    )
    assert [u.name for u in units(text)] == [
        "(a)",
        "(b)",
        "(b)(1)",
        "(b)(2)",
        "(b)(2)(A)",
        "(b)(2)(B)",
        "(b)(2)(B)(i)",
        "(b)(2)(B)(ii)",
        "(c)",
        "(h)",
        "(i)",  # after (h): a letter, not a roman numeral
        "(j)",
    ]


def test_measure_script_reports_development_and_set_aside(shared_dir, tmp_path, monkeypatch):
    """bench/measure_redline.py on the shared texts: figures for both sets, none collapsing."""
    import json
    import subprocess
    import sys

    from conftest import ROOT

    monkeypatch.setenv("HOTLINE_WATCH_BENCH_RESULTS", str(tmp_path))
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "measure_redline.py"), "--shared", str(shared_dir)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads((tmp_path / "redline_quality.json").read_text())
    for name in ("development", "set_aside"):
        summary = result[name]["summary"]
        assert summary["texts"] >= 10 and summary["word_edits"] >= 40, summary
        assert summary["spacing_none_rate"] == 1.0  # re-spacing is never a change
        assert summary["word_exact_rate"] >= 0.9 and summary["clause_whole_rate"] >= 0.9
    assert "set_aside:" in done.stdout
