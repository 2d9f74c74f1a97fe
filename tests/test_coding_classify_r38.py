"""Round 38 (issue 14zm): requires_posting. A provision's own fate (cut from a measure that
lives) decides its duty, the last fate read winning; a law's duty told to the reader as an
expectation or in the second person, with a fine or a list of who is covered, is a duty. Each
test fails on the engine before the round; wordings are not from any labelled set."""

from __future__ import annotations

from test_coding_classify_r28 import no_duty_unless  # `story` no duty, `guard` a duty

from hotline_watch.coding import code_text

_CUT_STORY = (
    "Ferry bill signed, minus one piece\n\n"
    "DOVER - The ferry modernization package the governor signed Monday arrived without one "
    "item the House had added: a requirement that ferry terminals post human trafficking hotline "
    "signs. The provision was stripped in the conference committee, aides said, and the final "
    "act covers fares and dock repairs."
)


def test_a_provision_cut_from_a_measure_that_became_law_is_no_duty():
    # the measure is alive (signed); the duty's own provision is not
    kept = _CUT_STORY.replace(
        "The provision was stripped in the conference committee",
        "The provision survived the conference committee",
    )
    no_duty_unless(_CUT_STORY, kept)


def test_the_provisions_last_fate_wins():
    restored = _CUT_STORY.replace(
        "and the final act", "but the Senate restored it on the last day, and the final act"
    )
    assert code_text(restored).requires_posting is True


def test_a_cut_told_in_the_duty_sentence_or_the_headline():
    for story in (
        "Transit bill passes\n\nThe transit bill passed both chambers on Friday and the governor "
        "signed it. Missing from the final version was language requiring rail stations to post "
        "the human trafficking hotline number.",
        "Hotline sign requirement dropped from final harbor bill\n\nThe harbor bill, now signed, "
        "had required marinas to post human trafficking hotline signs in its House draft.",
        "Port bill signed\n\nNegotiators took out the requirement that ports post human "
        "trafficking hotline signs, and the governor signed the port bill without it.",
    ):
        assert code_text(story).requires_posting is False, story


def test_another_provision_cut_leaves_the_posting_duty():
    # a different provision (training) dropped; the posting duty passed: still a duty
    story = (
        "Governor signs hotel trafficking law\n\n"
        "The new law requires hotels to post human trafficking hotline signs in every lobby. "
        "A provision that would have required staff training was dropped from the bill."
    )
    assert code_text(story).requires_posting is True


def test_a_duty_told_to_the_reader_with_a_fine_or_who_is_covered():
    page = (
        "Is your nail salon covered?\n\n"
        "If you own a nail salon in this state, state law expects you to hang a human trafficking "
        "notice near the front desk, with the National Human Trafficking Hotline number. Fines "
        "start at $250 for each day without it."
    )
    no_scope = page.replace(
        " Fines start at $250 for each day without it.", " Thank you for your help."
    ).replace("Is your nail salon covered?", "Nail salons")
    no_duty_unless(no_scope, page)
    for sentence in (
        "Covered businesses include tattoo parlors: you're on the hook for a human trafficking "
        "hotline sign by the restroom.",
        "Covered businesses include tattoo parlors, and you are expected to display the human "
        "trafficking hotline notice by the entrance.",
    ):
        assert code_text("Tattoo parlors\n\n" + sentence).requires_posting is True, sentence


def test_an_expectation_needs_the_law_and_a_faq_answered_no_still_denies():
    wish = (
        "Our volunteers\n\nThe coalition wants you to hang a human trafficking hotline poster at "
        "your shop. Covered businesses under state law are only hotels."
    )
    assert code_text(wish).requires_posting is False
    faq = (
        "Does the law apply to my business?\n\n"
        "Q: Do I have to post the human trafficking notice at my bakery?\n"
        "A: No. State law expects you to hang a human trafficking notice only if you run a bar, "
        "and fines apply only to bars."
    )
    assert code_text(faq).requires_posting is False
