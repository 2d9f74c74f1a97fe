"""Round 46 (issue 14zu-promotes): an arrest release's closing report line whose number follows
the hotline's full name after a dash ("report ... tips to the National Human Trafficking Hotline
- 1-888-...") hands the line over (it is no statistic), so the release's footer is read. Each
test fails on the engine before the round unless it says it is a guard; wordings are the
round's own, from no labelled set."""

from __future__ import annotations

from hotline_watch.coding import code_text


def _outreach(text: str, url: str | None) -> tuple[bool, bool, bool]:
    coding = code_text(text, url=url)
    return coding.promotes_hotline, coding.campaign, coding.footer_only


_ARREST = (
    "HARLAN COUNTY PROSECUTOR'S OFFICE\n\n"
    "Three held after apartment search\n\n"
    "March 3, 2025 - Three men are held on charges of human trafficking and drug possession "
    "after deputies searched an apartment off Route 9 on a neighbour's tip.\n\n"
    "Two young women found inside were taken to a shelter and are speaking with detectives.\n\n"
    "Prosecutor Dana Whitley said the cases will go to the grand jury in April.\n\n"
)


def test_a_report_line_with_the_number_after_a_dash_closes_an_arrest_release_as_a_footer() -> None:
    text = _ARREST + (
        "Anyone can report human trafficking tips to the National Human Trafficking Hotline "
        "- 1-888-373-7888."
    )
    assert _outreach(text, "https://www.example.com/harlan-prosecutor/2025/03/search") == (
        False,
        False,
        True,
    )


def test_guard_a_report_line_with_the_number_after_a_colon_closes_an_arrest_release() -> None:
    # a guard: a colon was read before the round too
    text = _ARREST + (
        "Residents may report trafficking information to the National Human Trafficking "
        "Hotline: 888-373-7888."
    )
    assert _outreach(text, None) == (False, False, True)


def test_guard_statistics_of_tips_to_the_hotline_stay_statistics() -> None:
    # a guard: tips counted as sent to the hotline are no line handed over
    text = _ARREST + (
        "Last year 412 tips to the National Human Trafficking Hotline - 1-888-373-7888 - came "
        "from this state."
    )
    assert _outreach(text, None)[2] is False
