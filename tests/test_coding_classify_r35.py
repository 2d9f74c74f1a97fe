"""Round 35 (issue 14zj): requires_posting read from the CLOSED class of what makes a measure
alive or law (introduced, passed, signed, a hearing set ...) rather than the open class of how
it dies; a bill-status page whose last action is not alive; a FAQ that asks whether a business
must post and answers no. Each test fails on the engine before the round; wordings are not from
any labelled set."""

from __future__ import annotations

from test_coding_classify_r28 import no_duty_unless  # `story` no duty, `guard` a duty


def test_a_proposal_with_no_alive_status_states_no_duty():
    # the fate is told in words no rule knows; only the missing alive status decides. A vote
    # "to schedule" elsewhere in the text is no status of the measure.
    story = (
        "Ferry notice idea stays a draft\n\n"
        "A proposal to require ferry terminals to post signs with the National Human Trafficking "
        "Hotline number has been parked by the county delegation, which declined to file it.\n\n"
        "The delegation votes to schedule its business in January, a clerk said."
    )
    # guard: the same proposal, filed
    filed = story.replace("which declined to file it", "which filed it on Monday")
    no_duty_unless(story, filed)


def test_a_conditional_status_is_no_status():
    story = (
        "A proposal to require marinas to post the National Human Trafficking Hotline number "
        "on dock notices would take effect next July if approved by lawmakers."
    )
    guard = story.replace("would take effect next July if approved", "was approved")
    no_duty_unless(story, guard)


def test_a_status_page_whose_last_action_is_not_alive_states_no_duty():
    page = (
        "SB 77 - Overview\n\n"
        "Summary: Requires certain campgrounds to post a notice concerning human trafficking "
        "and the National Human Trafficking Hotline.\n\n"
        "Bill History:\n"
        "Jan 9, 2026 - Read first time. Referred to Committee on Commerce.\n"
        "Mar 30, 2026 - Committee deadline reached; bill exempt from further consideration "
        "waived: none.\n"
    )
    guard = page.replace(
        "Mar 30, 2026 - Committee deadline reached; bill exempt from further consideration "
        "waived: none.",
        "Mar 30, 2026 - Reported out of committee. Do pass.",
    )
    no_duty_unless(page, guard)


def test_a_faq_answering_no_in_its_own_words_states_no_duty():
    faq = (
        "Vermont poster questions\n\n"
        "Does my bakery have to post a human trafficking hotline poster?\n\n"
        "Q: A supplier said every shop must post the National Human Trafficking Hotline poster.\n"
        "A: Not under Vermont law today. Some states require certain businesses to post it.\n"
    )
    guard = faq.replace("A: Not under Vermont law today.", "A: Yes, every retail shop must.")
    no_duty_unless(faq, guard)
