"""Round 44 (issue 14zs-promotes): the footer read by the release's own topic. A release whose
headline and lead say nothing of trafficking, whose body is about another matter, and whose only
trafficking content is its closing line (or a closing block of hotline lines) is a footer,
whatever that line says; a weak effort word of the release's own matter (a donation, a grant)
told before it does not make the closing line an effort's. Each test fails on the engine before
the round unless it says it is a guard; wordings are the round's own, from no labelled set."""

from __future__ import annotations

from hotline_watch.coding import code_text

_COAT_DRIVE = (
    "Deputies hand out winter coats at the fairgrounds\n\n"
    "ASHFORD - The Orrin County Sheriff's Office thanks the families and businesses who donated "
    "to its winter coat drive. Deputies collected 640 coats, hats and pairs of gloves at the "
    "courthouse and the two substations.\n\n"
    "The coats were handed out Saturday at the fairgrounds, with the county extension office "
    "measuring children for boots. Sheriff Lena Voss said the line formed before sunrise.\n\n"
    '"Nobody in this county should go to school cold," Voss said.\n\n'
)


def _outreach(text: str) -> tuple[bool, bool, bool]:
    coding = code_text(text)
    return coding.promotes_hotline, coding.campaign, coding.footer_only


def test_a_donation_drive_release_closing_with_a_conditional_hotline_line_is_a_footer() -> None:
    text = _COAT_DRIVE + (
        "Anyone with information about human trafficking should call the National Human "
        "Trafficking Hotline at 1-888-373-7888."
    )
    assert _outreach(text) == (False, False, True)


def test_a_grant_release_closing_with_a_slogan_and_the_number_is_a_footer() -> None:
    text = (
        "Police department awarded grant for radio upgrade\n\n"
        "The Tillman Police Department has been awarded $120,000 in state grant funding to "
        "replace its dispatch radios, Chief Omar Reyes announced Monday. The funding also pays "
        "for two consoles at the dispatch center.\n\n"
        "The new radios will be installed over the summer, the department said, and "
        "dispatchers will train on them in August.\n\n"
        "See something, say something. Human trafficking tips: 1-888-373-7888 or text 233733."
    )
    assert _outreach(text) == (False, False, True)


def test_a_closing_block_of_two_hotline_lines_is_still_the_footer() -> None:
    text = _COAT_DRIVE + (
        "To report suspected human trafficking, call 1-888-373-7888.\nOr text 233733 (BEFREE)."
    )
    assert _outreach(text) == (False, False, True)


def test_a_line_of_the_releases_own_matter_after_the_hotline_is_no_footer_block() -> None:
    """Guard: the media contact after the hotline line is not more of the closing block. Since
    round 48 it is the release's own close (`_RELEASE_CLOSE`): the hotline line above it is the
    closing line, a footer (tests/test_coding_classify_r48p.py, coat_drive_media_contact)."""
    text = _COAT_DRIVE + (
        "To report suspected human trafficking, call 1-888-373-7888.\n\n"
        "Media contact: Lt. Ray Dunn, public information officer."
    )
    coding = code_text(text)
    assert not coding.footer_only or not coding.promotes_hotline


def test_a_campaign_whose_lead_names_trafficking_keeps_its_closing_hotline() -> None:
    """Guard: the lead is about trafficking; the closing line is the campaign's hotline."""
    text = (
        "Sheriff's office asks residents to learn the signs of human trafficking\n\n"
        "The Orrin County Sheriff's Office is asking residents to learn the warning signs of "
        "human trafficking this winter. Deputies thanked volunteers who donated their time to "
        "hand out flyers at the courthouse.\n\n"
        "Sheriff Lena Voss said victims are often hidden in plain sight.\n\n"
        "If you have information about human trafficking, call the National Human Trafficking "
        "Hotline at 1-888-373-7888."
    )
    assert _outreach(text) == (True, True, False)


def test_an_awareness_month_release_keeps_its_closing_hotline() -> None:
    """Guard: the title names trafficking; donated funds in the body change nothing."""
    text = (
        "January is Human Trafficking Prevention Month\n\n"
        "The Tillman Police Department recognizes January as Human Trafficking Prevention "
        "Month. Officers will join partners at community events, and donated funds support a "
        "shelter for survivors.\n\n"
        "Chief Omar Reyes encouraged residents to learn the signs.\n\n"
        "Call the National Human Trafficking Hotline at 1-888-373-7888."
    )
    assert _outreach(text) == (True, True, False)


def test_an_office_session_on_exploitation_without_the_word_trafficking_is_a_campaign() -> None:
    text = (
        "Campus officers meet resident advisers before move-in\n\n"
        "Before the fall term, resident advisers at Corran State University sat down with the "
        "Corran State University Police Department for a session on how to spot a student at "
        "risk of exploitation, from online blackmail to off-campus jobs that come with housing.\n\n"
        "Advisers were told to bring any concern to campus police, who answer around the clock."
    )
    coding = code_text(text)
    assert coding.campaign and not coding.promotes_hotline and not coding.footer_only


def test_exploited_in_an_organisations_name_beside_a_training_is_no_session() -> None:
    """Guard: the training's own sentence has another topic; "Exploited" is in a name."""
    text = (
        "Sheriff marks Missing Children's Day\n\n"
        "The Orrin County Sheriff's Office will train school staff this week on the first hours "
        "of a missing child search. Sightings may be reported to the National Center for "
        "Missing & Exploited Children at 1-800-843-5678."
    )
    assert not code_text(text).campaign


def test_a_reports_recommended_training_on_exploitation_is_no_campaign() -> None:
    """Guard: a study's findings with no office acting: no session held."""
    text = (
        "Wage findings in the orchard industry\n\n"
        "This study by a private research group surveyed 90 orchard workers about exploitation "
        "by labor brokers. Its authors recommend training for growers on exploitation risks."
    )
    assert not code_text(text).campaign
