"""A duty list under a section heading that names the hotline (the lead's round after set 50).

A statute may name the hotline only in its section heading and post "a notice furnished by the
department" in an item; a heading that names only trafficking (a training section) gives no
hotline to an item posting another sign. Wordings of our own.
"""

from __future__ import annotations

from hotline_watch.coding import code_text

_HEADED = (
    "12-409B. TRAFFICKING HOTLINE NOTICE AT LABOR CAMPS. (1) Every licensed camp operator shall:\n"
    "(a) Post, in each bunkhouse and at each pickup point the operator uses, a notice furnished "
    "by the commission; and\n"
    "(b) Hand a copy of the notice to each worker at hiring.\n"
)

_TRAINING_HEADING = (
    "12-410. HUMAN TRAFFICKING TRAINING FOR CAMP STAFF. (1) Every licensed camp operator shall:\n"
    "(a) Post, in each bunkhouse, a map of the fire exits; and\n"
    "(b) Train each supervisor within sixty days of hiring.\n"
)


def test_an_item_posting_a_notice_under_a_heading_that_names_the_hotline_is_a_duty():
    assert code_text(_HEADED).requires_posting is True


def test_a_heading_that_names_only_trafficking_gives_no_hotline_to_another_sign():
    assert code_text(_TRAINING_HEADING).requires_posting is False
