"""Round 45 (issue 14zt-promotes): a closing line in two parts, and an office's gathering whose
own sentence (or agenda) is on trafficking. A release about another matter whose closing line
opens with its own matter ("Stay warm", "Thank you for your patience") and turns to
trafficking is a footer: "signs" there are indicators ("if you see signs of human trafficking")
and "notice" a verb, nothing put before the public. A public office's briefing, course or safety
night for a group, on trafficking in its own sentence or in the agenda it opens, is its outreach
even where the headline and first sentence do not say trafficking. Each test fails on the
engine before the round unless it says it is a guard; wordings are the round's own, from no
labelled set."""

from __future__ import annotations

from hotline_watch.coding import code_text

_SNOW_RULES = (
    "Marlow County Sheriff's Office\n"
    "Snow Emergency Parking Rules\n\n"
    "HOLLIS - The Marlow County Sheriff's Office reminds residents that a snow emergency takes "
    "effect at 6 p.m. Friday.\n\n"
    "- Cars parked on snow routes will be towed at the owner's expense.\n"
    "- Plows will run on county roads from midnight.\n"
    "- Residents should clear hydrants near their homes.\n\n"
    "Deputies will patrol all night and help stranded drivers.\n\n"
)
_URL = "https://www.marlowcounty.gov/sheriff/news/snow-emergency"


def _outreach(text: str, url: str | None = _URL) -> tuple[bool, bool, bool]:
    coding = code_text(text, url=url)
    return coding.promotes_hotline, coding.campaign, coding.footer_only


def test_a_closing_line_opening_with_the_release_matter_then_signs_is_a_footer() -> None:
    text = (
        _SNOW_RULES + "Stay warm - and if you see signs of human trafficking, call 1-888-373-7888."
    )
    assert _outreach(text) == (False, False, True)


def test_a_thank_you_then_noticing_warning_signs_in_the_closing_line_is_a_footer() -> None:
    text = _SNOW_RULES + (
        "Thank you for your patience; if you notice warning signs of human trafficking, call "
        "1-888-373-7888."
    )
    assert _outreach(text, None) == (False, False, True)


def test_guard_signs_that_carry_the_number_in_the_closing_line_are_no_footer() -> None:
    # the closing line tells of signs put up that carry the number: the office's media
    text = _SNOW_RULES + (
        "Deputies also put up signs at every plow depot giving the trafficking hotline, "
        "1-888-373-7888."
    )
    assert _outreach(text)[2] is False


def test_guard_a_campaign_whose_last_line_is_its_own_call_to_action_stays_a_campaign() -> None:
    text = (
        "Sheriff's Office launches hotel outreach on human trafficking\n\n"
        "HOLLIS - The Marlow County Sheriff's Office this week delivered posters and wallet "
        "cards to 40 hotels and motels, training front-desk clerks to recognize human "
        "trafficking.\n\n"
        "Enjoy your stay - and if you see signs of human trafficking, call 1-888-373-7888."
    )
    assert _outreach(text) == (True, True, False)


def test_an_airport_police_briefing_for_shuttle_drivers_on_trafficking_is_a_campaign() -> None:
    text = (
        "Airport police brief shuttle drivers before the holidays\n\n"
        "KESTREL FALLS - Holiday travel brings crowds to Kestrel Regional Airport every "
        "December. This week the Kestrel Airport Police Department held briefings for shuttle "
        "drivers, valet staff and taxi dispatchers on how human trafficking can show up at the "
        "curb.\n\n"
        "Drivers were told to note what they saw and to call airport police rather than step "
        "in.\n\n"
        "Tenants wanting a briefing can contact the department."
    )
    assert _outreach(text, "https://www.flykestrel.gov/news/shuttle-briefing") == (
        False,
        True,
        False,
    )


def test_a_town_police_safety_night_whose_agenda_lists_trafficking_is_a_campaign() -> None:
    text = (
        "Town of Pell Harbor - Police Department\n\n"
        "Summer worker safety night\n\n"
        "The Pell Harbor Police Department invites all summer employees - marina, kitchen and "
        "ferry staff - to a safety night on Monday, June 9 at 6 p.m. at Town Hall.\n\n"
        "Officers will cover:\n"
        "- riding bicycles safely on Harbor Road\n"
        "- what to do if a landlord keeps your deposit\n"
        "- how to recognize human trafficking among coworkers\n\n"
        "Call 911 in an emergency or the department's business line any time.\n\n"
        "Snacks will be served."
    )
    assert _outreach(text, "https://www.pellharbor.gov/police/news/safety-night") == (
        False,
        True,
        False,
    )


def test_guard_a_safety_night_whose_agenda_never_names_trafficking_is_no_campaign() -> None:
    text = (
        "Town of Pell Harbor - Police Department\n\n"
        "Summer worker safety night\n\n"
        "The Pell Harbor Police Department invites all summer employees to a safety night on "
        "Monday, June 9 at 6 p.m. at Town Hall.\n\n"
        "Officers will cover:\n"
        "- riding bicycles safely on Harbor Road\n"
        "- what to do if a landlord keeps your deposit\n\n"
        "Last year officers also spoke about human trafficking at the library."
    )
    assert _outreach(text, "https://www.pellharbor.gov/police/news/safety-night")[1] is False


def test_guard_a_training_told_late_in_an_arrest_release_is_no_campaign() -> None:
    text = (
        "Police arrest two after traffic stop\n\n"
        "KESTREL FALLS - Officers arrested two men Tuesday after a traffic stop on Route 9 turned "
        "up stolen tools, Chief Ada Lund said. Both were charged with receiving stolen property "
        "and held at the county jail.\n\n"
        "The officer who made the stop had completed a course on human trafficking last year."
    )
    assert _outreach(text, "https://www.kestrelfalls.gov/police/news/arrests")[1] is False
