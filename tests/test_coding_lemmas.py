"""The shared verb-table expansion (`hotline_watch.coding.lemmas`)."""

from __future__ import annotations

import re

from hotline_watch.coding.lemmas import alternation, lemma_forms

_TABLE = (
    (("post", "posts", "posted", "posted", "posting"), (), "mn", ""),
    (("table", "tables", "tabled", "tabled", "tabling"), (), "m", "m:base"),
    (("veto", "vetoes", "vetoed", "vetoed", "vetoing"), ("veto",), "mn", ""),
)
_FRAMES = {"m": ("base", "pp"), "n": ("ing", "nom")}


def test_a_frame_reads_its_slots_in_table_order_once_each_and_honours_skips():
    assert lemma_forms(_TABLE, "m", _FRAMES) == ["post", "posted", "tabled", "veto", "vetoed"]
    # "veto" as a nominal is already there as a base form elsewhere: each form once
    assert lemma_forms(_TABLE, "n", _FRAMES) == ["posting", "vetoing", "veto"]


def test_the_alternation_tries_the_longest_form_first_and_keeps_each_guard():
    rx = re.compile(r"\b" + alternation(["veto", "vetoed", "put up"], {"veto": r"(?!\s+pen)"}))
    assert rx.search("the governor vetoed it").group() == "vetoed"
    assert rx.search("a veto pen") is None
    assert rx.search("must put   up a sign").group() == "put   up"
