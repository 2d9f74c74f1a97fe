"""Round 64 (issue 14r64-requires): what revives a dead measure, read as a whole.

A revival is a step of the same measure taken after its terminal event by a body that can move
it. Not revivals: time passing as the subject of "pass" ("Crossover day has passed", "the
session's final day passed", "the window for amendments has passed"), and a committee's passage
told after the full body's fate ("tabled by the County Legislature ... The measure passed the
Legislature's Laws and Rules Committee 5-2 in March"), which came before it. Revivals kept: a
committee's passage after a fate in that committee, a restart ("this year", "again"), a lift
from the table, a reintroduction, an override. Also: notices told by their number or as others
("bars already required to post a half-dozen notices") are no hotline duty, and a cut in the
lead takes the law as it stands with it. Wordings are the round's own; set 104's NY, VA and NC
stories are the development misses.
"""

from __future__ import annotations

import pytest

from conftest import assert_duty, kept_text

#: (label, duty?, main wrong?, text)
WORDINGS = [
    (
        "time 1",
        False,
        True,
        "Senate committee kills bill requiring trafficking notices in bars\n\nA bill "
        "that would have required bars to post a human trafficking hotline notice "
        "failed in committee on Monday. Crossover day has passed, so the bill cannot "
        "be revived this session.",
    ),
    (
        "time 2",
        False,
        False,
        "Panel kills bill requiring hotels to post trafficking hotline signs\n\nThe "
        "House committee voted down the bill Tuesday. The filing date has already "
        "passed, so it is dead for the year.",
    ),
    (
        "time 3",
        False,
        True,
        "Council tables ordinance requiring massage parlors to post trafficking "
        "hotline signs\n\nThe City Council tabled the ordinance Monday. The window for "
        "amendments has passed.",
    ),
    (
        "time-pos 1",
        True,
        False,
        "Bill requiring motels to post trafficking hotline signs revived\n\nA bill "
        "requiring motels to post human trafficking hotline signs was tabled in "
        "February. On Monday the Senate passed it 30-2, and the governor signed it "
        "Friday.",
    ),
    (
        "committee 1",
        False,
        True,
        "A proposed local law requiring motels to post human trafficking hotline signs "
        "in every room was tabled by the County Legislature on Tuesday night. The "
        "measure passed the Legislature's Public Safety Committee 5-2 in March.",
    ),
    (
        "committee 2",
        False,
        True,
        "An ordinance requiring truck stops to post human trafficking hotline signs "
        "was voted down by the full city council Monday. It cleared the council's "
        "public safety committee last month.",
    ),
    (
        "committee 3",
        False,
        True,
        "A bill requiring nail salons to post trafficking hotline signs died on the "
        "House floor. The bill passed the House Commerce Committee in February.",
    ),
    (
        "committee-pos 1",
        True,
        False,
        "A bill requiring nail salons to post human trafficking hotline signs was "
        "tabled in the House Commerce Committee in January. The bill passed the House "
        "Commerce Committee on reconsideration in March and was signed by the governor "
        "in May.",
    ),
    (
        "revive-pos 1",
        True,
        False,
        "A bill requiring bars to post human trafficking hotline signs was tabled by "
        "the Senate in March. In April the Senate lifted it from the table and passed "
        "it 40-1. The governor signed it May 2.",
    ),
    (
        "revive-pos 2",
        True,
        False,
        "The Senate killed a bill requiring hotels to post trafficking hotline notices "
        "last year. This year it was reintroduced, passed both chambers and was signed "
        "into law.",
    ),
    (
        "other-notices 1",
        False,
        True,
        "ABC bill signed without trafficking sign section\n\nThe governor signed the "
        "alcohol bill, but a provision that would have required bars to post the "
        "National Human Trafficking Hotline was not in the final version. The sponsor "
        "said senators worried about adding another sign to bars already required to "
        "post a half-dozen notices.",
    ),
    (
        "other-notices 2",
        False,
        False,
        "Trafficking sign provision dropped\n\nA provision requiring restaurants to post "
        "the human trafficking hotline was stripped from the bill. Opponents said "
        "restaurants are already required to post several other notices.",
    ),
    (
        "other-notices 3",
        False,
        False,
        "Trafficking sign provision dropped\n\nA provision requiring gas stations to "
        "post the human trafficking hotline was removed from the budget. Owners said "
        "they already must post wage and smoking notices.",
    ),
    (
        "other-notices 4",
        False,
        False,
        "Hotel trafficking sign bill dies\n\nThe bill to require hotels to post the "
        "trafficking hotline died in committee. Hotel groups said members are already "
        "required to display numerous notices in their lobbies.",
    ),
    (
        "duty-pos 1",
        True,
        False,
        "Hotels must post the human trafficking hotline notice under a new law. Hotels "
        "are required to post the notice in each guest bathroom.",
    ),
    (
        "duty-pos 2",
        True,
        False,
        "Bars are required to post a human trafficking hotline notice near the "
        "restrooms under the new state law signed Tuesday.",
    ),
    (
        "duty-pos 3",
        True,
        False,
        "Under the new law, truck stops must post two signs with the National Human "
        "Trafficking Hotline number, one in English and one in Spanish.",
    ),
    (
        "time 4",
        False,
        False,
        "A bill requiring hotels to post human trafficking hotline signs was tabled by "
        "the Assembly on Thursday. The deadline for bills to clear their first chamber "
        "passed last week.",
    ),
    (
        "time 5",
        False,
        True,
        "A bill requiring airports to post trafficking hotline signs died in the "
        "Senate. The session's final day passed without a vote.",
    ),
    (
        "revive-pos 3",
        True,
        False,
        "A bill requiring airports to post human trafficking hotline signs was vetoed "
        "in 2024. It was reintroduced this year, and on Monday the legislature "
        "overrode the veto.",
    ),
    (
        "committee 4",
        False,
        False,
        "County board votes down trafficking sign ordinance\n\nAn ordinance requiring "
        "motels to post human trafficking hotline signs failed 4-3 at the county board "
        "Tuesday. The ordinance had passed the board's health committee earlier in the "
        "month.",
    ),
    (
        "committee 5",
        False,
        True,
        "A bill requiring hotels to post trafficking hotline signs was killed by the "
        "full Senate on Wednesday. It cleared the Senate Judiciary Committee 6-1 two "
        "weeks ago.",
    ),
    (
        "revive-pos 4",
        True,
        False,
        "A bill requiring hotels to post human trafficking hotline signs died in the "
        "Senate Judiciary Committee last year. This year the committee passed it again "
        "and the full Senate approved it; the governor signed it.",
    ),
    (
        "time 6",
        False,
        True,
        "Bill requiring hotline signs at rest areas dies\n\nA bill requiring rest areas "
        "to post human trafficking hotline signs failed in the House. The cutoff date "
        "has passed.",
    ),
    (
        "duty-pos 4",
        True,
        False,
        "Massage establishments are required to post signs with the National Human "
        "Trafficking Hotline in each treatment room, state law says.",
    ),
    (
        "other-notices 5",
        False,
        False,
        "Proposal for trafficking signs at car washes withdrawn\n\nThe sponsor withdrew "
        "a proposal requiring car washes to post human trafficking hotline signs. Car "
        "washes already have to post a dozen notices, owners said.",
    ),
    (
        "lead-cut-standing 1",
        False,
        True,
        "Bar bill signed, but without trafficking sign section\n\nThe governor signed "
        "the alcohol bill Monday, but a provision that would have required bars to "
        "post the human trafficking hotline was stripped from the final version. The "
        "state already requires truck stops and hospitals to post the hotline under a "
        "2017 law.",
    ),
    (
        "lead-cut-standing-pos 1",
        True,
        False,
        "Governor signs bill requiring bars to post trafficking hotline\n\nThe governor "
        "signed a bill Monday requiring bars to post the human trafficking hotline "
        "near their restrooms. The state already requires truck stops and hospitals to "
        "post the hotline under a 2017 law.",
    ),
]


@pytest.mark.parametrize(
    ("label", "duty", "main_wrong", "text"), WORDINGS, ids=[w[0] for w in WORDINGS]
)
def test_what_revives_a_dead_measure(label: str, duty: bool, main_wrong: bool, text: str) -> None:
    assert_duty(text, duty, label)


def test_the_audit_counts() -> None:
    assert len(WORDINGS) >= 25
    assert sum(not w[1] for w in WORDINGS) == 17
    assert sum(w[2] for w in WORDINGS) == 10


@pytest.mark.parametrize(
    "name",
    [
        "negative_NY_2025-04-09_ulster-county-legislature-tables-motel-trafficking-sign-local-law",
        "negative_VA_2026-02-10_senate-committee-kills-bill-trafficking-notices-abc-stores",
        "negative_NC_2025-07-01_abc-store-trafficking-sign-provision-stripped-from-final-bill",
    ],
)
def test_the_set_104_dead_measures_state_no_duty(name: str) -> None:
    from hotline_watch.coding import code_text

    text, url = kept_text(f"104/{name}.txt")
    assert code_text(text, url=url).requires_posting is False
