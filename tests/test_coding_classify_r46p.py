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


_CLINICS = (
    "Valley Farmworker Alliance - Clinics\n\n"
    "Every first Monday we hold free clinics in Spanish, Mixteco and Haitian Creole at our "
    "Eastside office.\n\n"
    "Coming up\n"
    "- Unpaid wages and how to file a claim with the Attorney General's Fair Labor Division\n"
    "- Crew leaders: what they can and cannot deduct\n"
    "- Labor trafficking: when debts and threats keep you working\n\n"
    "Dinner is provided. No papers are needed to come.\n\n"
)


def test_a_nonprofits_own_line_then_the_national_line_is_no_promotion() -> None:
    text = _CLINICS + (
        "Need help today? Call our members' helpline at 413-555-0172. For trafficking "
        "situations day or night, the National Human Trafficking Hotline is 1-888-373-7888."
    )
    for url in (None, "https://www.example.org/valley-farmworkers/clinics"):
        assert _outreach(text, url)[:2] == (False, False)


def test_guard_an_offices_own_tip_line_then_the_national_line_on_its_site_still_promotes() -> None:
    # a guard: an office's page on its own site ("our tip line") is the office's voice
    text = (
        "Dunmore County Sheriff's Office\n\n"
        "Sheriff's Office puts trafficking posters in truck stops\n\n"
        "Deputies this week placed posters in English and Spanish at six truck stops and "
        "rest areas along Interstate 81 as part of the office's awareness campaign.\n\n"
        "Call our tip line at 570-555-0140. For help at any hour, the National Human "
        "Trafficking Hotline is 1-888-373-7888."
    )
    assert _outreach(text, "https://www.dunmorecountypa.gov/sheriff/news/posters")[:2] == (
        True,
        True,
    )


_NOTICE = (
    "MATANUSKA RIVER BOROUGH\n"
    "Public Notice - May 2, 2025\n\n"
    "Summer road work on Palmer-Wasilla links\n\n"
    "Paving starts May 12 and runs through August on three borough roads.\n\n"
    "- Bogard Road: one lane each way, flaggers on weekdays from 7 a.m. to 5 p.m.\n"
    "- Seldon Road: closed nightly from 9 p.m. to 5 a.m.\n"
    "- Trunk Road: a detour by Fairview Loop on paving days.\n\n"
    "Thank you for your patience while we repair our roads.\n\n"
)


def test_a_boroughs_notice_under_its_masthead_closing_with_the_hotline_is_a_footer() -> None:
    text = _NOTICE + (
        "If you or someone you know is forced to work and cannot leave, call the National "
        "Human Trafficking Hotline at 1-888-373-7888."
    )
    assert _outreach(text, "https://www.example.org/matanuska-river-borough/road-work") == (
        False,
        False,
        True,
    )


def test_guard_a_boroughs_notice_with_no_hotline_has_no_footer() -> None:
    # a guard: the masthead names who issued the notice; with no hotline there is no footer
    assert _outreach(_NOTICE, None) == (False, False, False)
