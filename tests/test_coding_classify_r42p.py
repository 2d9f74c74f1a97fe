"""Round 42 (issue 14zq-promotes): who speaks, read by structure. An office acting through its
people ("inspectors from the ... met with"), its own spokesperson, a short name or initials the
text gives it, a state university's own unit; a newspaper's voice by the reporter's forms and a
story's URL path; a hotline named only as what a law's signs carry. Each test fails on the
engine before the round unless it says it is a guard; wordings are the round's own, from no
labelled set."""

from __future__ import annotations

from hotline_watch.coding import code_text
from hotline_watch.coding.outreach import named_office, newsroom_voice, office_acting
from hotline_watch.coding.patterns import Lowered, lower


def _low(text: str) -> Lowered:
    return Lowered(lower(text))


# -- the acting office from the text's own structure -------------------------------------------

_ACTORS_FROM = (
    "Motel owners briefed before the fair\n\n"
    "GRANTVILLE - Ahead of the August fair, inspectors from the Pell County Health Department "
    "Environmental Unit sat down with the owners of eleven roadside motels along Route 9.\n\n"
    "Each owner went home with a stack of wallet cards in English and Portuguese for front-desk "
    "and cleaning staff. The cards carry the National Human Trafficking Hotline: call "
    "1-888-373-7888 or text 233733."
)


def test_an_office_acting_through_its_people_is_the_public_office():
    assert office_acting(_low(_ACTORS_FROM)) is not None
    coded = code_text(_ACTORS_FROM)
    assert coded.campaign is True
    assert coded.promotes_hotline is True


def test_an_indefinite_office_speaking_through_its_spokesperson_is_that_office():
    text = "A sheriff's spokesperson confirmed that the pocket cards will be in every patrol car."
    found = office_acting(_low(text))
    assert found is not None


def test_an_indefinite_office_word_alone_is_still_no_particular_office():
    # guard (both engines): "a sheriff's deputy" is the kind, no office
    assert office_acting(_low("You may ask a sheriff's deputy for directions.")) is None


_SHORT_NAME = (
    "Valley Link Puts the Hotline on Every Seatback\n\n"
    "MERCED - The Tri-Valley Regional Transportation Authority (Valink) has begun mounting a "
    "hotline panel on the seatbacks of its commuter coaches and on the arrival boards at its "
    "main terminal.\n\n"
    "The panel gives riders the National Human Trafficking Hotline at 1-888-373-7888 and the "
    "text line 233733, in English and Hmong.\n\n"
    '"A coach is a good place to think," Valink\'s general manager said.'
)


def test_an_office_known_by_the_short_name_the_text_gives_it_acts_by_that_name():
    found = named_office(_SHORT_NAME, _low(_SHORT_NAME))
    assert found is not None and _SHORT_NAME[found.start : found.end] == "Valink"
    coded = code_text(_SHORT_NAME)
    assert coded.campaign is True and coded.promotes_hotline is True


_INITIALS = (
    "MCTD Adds a Help Line Above the Windows\n\n"
    "Marlow County MCTD passengers will see a new panel above the windows this month: a short "
    "question, and the National Human Trafficking Hotline, 1-888-373-7888, or text 233733.\n\n"
    "Every MCTD driver has been briefed. The district said drivers report concerns to "
    "dispatch and are not expected to step in."
)


def test_initials_the_text_calls_the_district_name_the_acting_office():
    found = named_office(_INITIALS, _low(_INITIALS))
    assert found is not None and _INITIALS[found.start : found.end] == "MCTD"


def test_initials_with_no_public_body_noun_name_no_office():
    # guard (both engines): a nonprofit known by its initials, never called a district
    text = (
        "CASA volunteers met at the library. CASA trains its volunteers each spring and the "
        "group said the session was full."
    )
    assert named_office(text, _low(text)) is None


def test_a_state_universitys_own_unit_is_a_public_office():
    coded = code_text(
        "University Security marks awareness week with table cards\n\n"
        "Diners at Nebraska State Kearney Plains University will find a card on every table this "
        "week carrying the National Human Trafficking Hotline number, 1-888-373-7888, or text "
        "233733. The cards are part of programming by Nebraska State Kearney Plains University "
        "Security, which will also host a talk on Jan. 14."
    )
    assert coded.campaign is True and coded.promotes_hotline is True


def test_a_university_not_named_as_a_public_one_is_no_public_university():
    # guard (both readings): a private university's name makes no public institution
    from hotline_watch.coding import outreach

    assert not any(
        "universit" in m.group(0)
        for m in outreach._PUBLIC_INSTITUTION.finditer(_low("Diners at Larkspur University"))
    )


# -- a newspaper's voice by structure ----------------------------------------------------------

_STORY = (
    "'They kept our passports': orchard crews describe debts\n\n"
    "WENATCHEE - The crew leader took the passports on the first day.\n\n"
    "Twenty workers interviewed by The Orchardist over two months described the same debts. "
    "The state Department of Labor and Industries said it has open cases but would not "
    "discuss them.\n\n"
    "Workers forced to work to pay a debt can call the National Human Trafficking Hotline at "
    "1-888-373-7888."
)


def test_a_reporters_own_form_makes_a_story_no_release_footer():
    assert newsroom_voice(lower(_STORY), _STORY) is True
    assert code_text(_STORY).footer_only is False


def test_a_story_path_makes_a_story_no_release_footer():
    text = _STORY.replace("interviewed by The Orchardist", "we interviewed")
    url = "https://www.valleyherald-example.org/story/news/2024/07/02/orchard-crews-debts/"
    assert newsroom_voice(lower(text), text, url) is True
    assert code_text(text, url=url).footer_only is False


def test_an_office_release_footer_is_still_a_footer():
    # guard (both engines): an office's arrest release whose closing line gives the hotline
    text = (
        "Sheriff's Office arrests two in labor trafficking case\n\n"
        "The Pell County Sheriff's Office arrested two men Tuesday on labor trafficking charges "
        "after a six-month investigation. Both were booked into the county jail and are being "
        "held on $500,000 bond. Detectives say the men held workers' passports.\n\n"
        "The investigation is ongoing.\n\n"
        "Anyone with information about human trafficking can call the National Human "
        "Trafficking Hotline at 1-888-373-7888."
    )
    assert newsroom_voice(lower(text), text) is False


# -- a hotline named only as what a law's signs carry ------------------------------------------


def test_a_hotline_named_only_as_the_content_of_a_laws_signs_is_not_given():
    text = (
        "Governor opens trafficking awareness campaign\n\n"
        "Governor Ames launched a new awareness campaign on Monday with radio spots and "
        "billboards across the state, urging residents to learn the signs of trafficking.\n\n"
        "She was joined by the senators who sponsored Senate Bill 40, which mandated that signs "
        "with the human trafficking hotline number be put up in rest areas and bus stations."
    )
    coded = code_text(text)
    assert coded.campaign is True
    assert coded.promotes_hotline is False


def test_a_campaign_that_hands_the_hotline_over_still_promotes_it():
    # guard (both engines): the same campaign giving the number itself
    text = (
        "Governor opens trafficking awareness campaign\n\n"
        "Governor Ames launched a new awareness campaign on Monday with radio spots and "
        "billboards across the state. The billboards ask anyone who sees something to call the "
        "National Human Trafficking Hotline at 1-888-373-7888."
    )
    assert code_text(text).promotes_hotline is True
