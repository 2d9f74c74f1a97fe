"""Round 66 requires: a terminal event (vetoed, died, tabled, killed, failed, stalled) followed
by the measure's background and other business. A step told of counted or other measures ("signed
14 other public safety bills over the weekend", "passed about 280 bills", "Dozens of other bills
were approved", "the rest of the package was signed") is no step of the text's one measure and
revives nothing; a law in force told before the lead's only fate, a new or another measure's ("...
Separately, a bill to extend that duty to hotels was tabled", "Several other bills on trafficking
died"), keeps its duty. Real revivals (an override, a lift from the table, a reconsideration, a
reintroduction then a signing) stay duties (docs/coding-measurement.md, round 66 requires)."""

from __future__ import annotations

import pytest

from conftest import assert_duty, kept_text

H = "the National Human Trafficking Hotline"

# (class, duty, main wrong, text)
WORDINGS = [
    (
        "veto-14other",
        False,
        True,
        "Governor vetoes bill requiring trafficking notices in rideshare cars\n\nThe "
        + "governor on Sunday vetoed a bill that would have required rideshare companies "
        + "to display notices with "
        + H
        + "in their vehicles.\n\nThe bill passed the Assembly 61-8 and the Senate 30-7. "
        + "In his veto message, the governor said the burden fell on drivers.\n\nThe "
        + "governor signed 14 other public safety bills over the weekend.",
    ),
    (
        "veto-dozens",
        False,
        False,
        "Governor vetoes hotel trafficking sign bill\n\nThe governor vetoed House Bill "
        + "410, which would have required hotels to post signs with "
        + H
        + "in every lobby. The governor's veto letter called the bill an unfunded burden. "
        + "He signed dozens of other bills on Friday.",
    ),
    (
        "veto-several",
        False,
        True,
        "Governor vetoes bill requiring trafficking posters at truck stops\n\nThe "
        + "governor vetoed a bill Tuesday that would have required truck stops to post "
        + "signs with "
        + H
        + ". His veto message said the signs were already common. The governor also "
        + "signed several measures on road safety.",
    ),
    (
        "died-about280",
        False,
        False,
        "Trafficking sign bill dies as session ends\n\nA bill that would have required "
        + "bars to post notices with "
        + H
        + "died in the Senate Rules Committee on the last night. It was never scheduled "
        + "for a vote. Lawmakers passed about 280 bills before adjourning.",
    ),
    (
        "tabled-morethan",
        False,
        False,
        "Committee tables trafficking poster bill\n\nThe House Commerce Committee "
        + "tabled a bill Thursday that would have required massage businesses to post "
        + "signs with "
        + H
        + ". The committee then approved more than a dozen other measures on licensing.",
    ),
    (
        "killed-subject-dozens",
        False,
        True,
        "Senate panel kills bill requiring trafficking hotline signs at rest "
        + "stops\n\nThe bill, which would have required rest stops to post notices with "
        + H
        + ", was killed 5-4 in the Senate Transportation Committee. Dozens of other bills "
        + "were approved before the deadline.",
    ),
    (
        "failed-subject-other",
        False,
        False,
        "Trafficking notice bill fails in House\n\nA bill that would have required bus "
        + "stations to display posters with "
        + H
        + "failed on the House floor Wednesday, 44-52. The other bills on the calendar "
        + "passed easily.",
    ),
    (
        "veto-rest",
        False,
        False,
        "Governor vetoes airport trafficking sign bill\n\nThe governor vetoed a bill "
        + "that would have required airports to post signs with "
        + H
        + "in every restroom. The rest of the transportation package was signed into law "
        + "Monday.",
    ),
    (
        "veto-handful",
        False,
        False,
        "Mayor vetoes ordinance on trafficking signs\n\nThe mayor on Monday vetoed an "
        + "ordinance that would have required nail salons to post signs with "
        + H
        + ". She signed a handful of ordinances on zoning the same day.",
    ),
    (
        "veto-twoothers",
        False,
        False,
        "Governor vetoes trafficking poster bill\n\nThe governor vetoed Senate Bill 5, "
        + "which would have required gas stations to post posters with "
        + H
        + ". He signed two other bills into law on Thursday.",
    ),
    (
        "veto-history-passed",
        False,
        False,
        "Governor vetoes bill on trafficking notices\n\nThe governor vetoed a bill that "
        + "would have required hotels to post notices with "
        + H
        + ". The measure passed both chambers in May.",
    ),
    (
        "veto-history-pluperfect",
        False,
        False,
        "Governor vetoes bill on trafficking notices\n\nThe governor vetoed a bill that "
        + "would have required hospitals to post notices with "
        + H
        + ". It had passed the Senate 30-7.",
    ),
    (
        "tabled-history-introduced",
        False,
        False,
        "Bill tabled\n\nThe House committee tabled a bill that would have required bars "
        + "to post signs with "
        + H
        + ". It was introduced in January by Rep. Lane.",
    ),
    (
        "died-history-after",
        False,
        False,
        "Trafficking sign bill dies\n\nA bill that would have required rest areas to "
        + "post signs with "
        + H
        + " died in the House, weeks after it passed the Senate.",
    ),
    (
        "veto-override",
        True,
        False,
        "Legislature overrides veto of trafficking sign bill\n\nThe governor vetoed "
        + "House Bill 12, which requires hotels to post signs with "
        + H
        + ". On Tuesday the Senate overrode the veto 30-5, and the House overrode it "
        + "80-12, so the bill is now law.",
    ),
    (
        "tabled-lifted",
        True,
        False,
        "The committee tabled the bill in March. In April it lifted the bill from the "
        + "table and passed it, and the governor signed it. The law requires truck stops "
        + "to post signs with "
        + H
        + ".",
    ),
    (
        "died-reintroduced",
        True,
        False,
        "A bill that died last year was reintroduced in January and signed by the "
        + "governor in May. The new law requires massage parlors to post notices with "
        + H
        + ".",
    ),
    (
        "veto-then-signed-new",
        True,
        False,
        "The governor vetoed last year's version. This year lawmakers passed the bill "
        + "again and the governor signed it on Friday. It requires bus stations to post "
        + "posters with "
        + H
        + ".",
    ),
    (
        "killed-then-reconsidered",
        True,
        False,
        "The bill was killed in the House committee Tuesday, but the committee "
        + "reconsidered it Thursday and passed it 7-4. Senate Bill 9 requires hotels to "
        + "post signs with "
        + H
        + ".",
    ),
    (
        "signed-beside-14others",
        True,
        False,
        "Governor signs trafficking notice bill\n\nThe governor signed Assembly Bill 88 "
        + "on Sunday. It requires rideshare companies to display notices with "
        + H
        + " in their vehicles. He signed 14 other public safety bills over the weekend.",
    ),
    (
        "law-beside-others-died",
        True,
        True,
        "Hotels in the state must post signs with "
        + H
        + " under a 2019 law. Several other bills on trafficking died in committee this year.",
    ),
    (
        "signed-with-counted-subject-duty",
        True,
        False,
        "Two bills requiring truck stops and hotels to post trafficking hotline notices "
        + "passed the Senate on Tuesday and were signed by the governor. Each requires "
        + "the notice to list "
        + H
        + ".",
    ),
    (
        "law-beside-tabled-dozens",
        True,
        False,
        "State law requires bars to post signs with "
        + H
        + ". A bill extending it to spas was tabled, and lawmakers passed dozens of other "
        + "bills before adjourning.",
    ),
    (
        "signed-counted-object-with-subject",
        True,
        False,
        "The governor vetoed one bill last year. On Friday he signed three bills "
        + "requiring hotels, bars and bus stations to post trafficking hotline notices "
        + "listing "
        + H
        + ".",
    ),
    (
        "passed-after-tabled-same",
        True,
        False,
        "The bill was tabled in the House committee in February. The committee then "
        + "passed it 9-2 in March, and the governor signed it. It requires spas to post "
        + "signs with "
        + H
        + ".",
    ),
    (
        "dead-other-signed-own",
        True,
        False,
        "A similar bill died last year. This year the governor signed House Bill 3, "
        + "which requires nail salons to post notices with "
        + H
        + ".",
    ),
    (
        "veto-numerous",
        False,
        False,
        "Governor vetoes truck stop sign bill\n\nThe governor vetoed a bill that would "
        + "have required truck stops to post signs with "
        + H
        + ". Numerous bills on public safety were signed the same week.",
    ),
    (
        "died-fewer-than",
        False,
        False,
        "Trafficking notice bill dies\n\nThe bill, which would have required motels to "
        + "post notices with "
        + H
        + ", died when the session ended. Fewer than 300 bills passed both chambers this "
        + "year.",
    ),
    (
        "stalled-all-other",
        False,
        False,
        "Spa sign bill stalls\n\nA bill that would have required spas to post signs with "
        + H
        + " stalled in the Senate. All the other bills on the committee's agenda advanced.",
    ),
    (
        "veto-many-into-law",
        False,
        False,
        "Governor vetoes campground sign bill\n\nThe governor vetoed a bill that would "
        + "have required campgrounds to post signs with "
        + H
        + ". He signed into law many other measures on Monday.",
    ),
    (
        "law-beside-separately-tabled",
        True,
        True,
        "State law already requires truck stops to post signs with "
        + H
        + ", a rule in force since 2019. Inspectors check the signs each year, and "
        + "operators say compliance is high.\n\nSeparately, a bill to extend that duty to "
        + "hotels was tabled this week.",
    ),
]


@pytest.mark.parametrize(
    ("label", "duty", "main_wrong", "text"), WORDINGS, ids=[w[0] for w in WORDINGS]
)
def test_a_dead_measure_and_its_background(
    label: str, duty: bool, main_wrong: bool, text: str
) -> None:
    quotes = assert_duty(text, duty, label)
    if duty and label.startswith("law-beside"):
        assert any("must post" in q or "requires" in q for q in quotes)


def test_the_audit_counts() -> None:
    assert len(WORDINGS) >= 30
    assert sum(not w[1] for w in WORDINGS) == 18
    assert sum(w[2] for w in WORDINGS) == 5


def test_the_set_116_veto_states_no_duty() -> None:
    from hotline_watch.coding import code_text

    name = "negative_CA_2025-10-13_news-newsom-vetoes-rideshare-vehicle-trafficking-notice-bill"
    text, url = kept_text(f"116/{name}.txt")
    assert code_text(text, url=url).requires_posting is False
    assert code_text(text).requires_posting is False
