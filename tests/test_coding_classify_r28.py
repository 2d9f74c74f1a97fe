"""Round 28 (issue 14zc): classification decisions that generalise (a proposal's status read as
a verb, a noun that is no one mandating, a speaker's words in news of a dead measure, ...).
Each test fails on the engine before the round; wordings are not from any labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text, explain


def no_duty_unless(story: str, guard: str) -> None:
    """`story` states no posting duty; `guard` (its variant) does."""
    assert code_text(story).requires_posting is False
    assert code_text(guard).requires_posting is True


def test_the_noun_signs_is_no_signing_of_a_proposal():
    # "signs" in a text about hotline signs is the noun: it says nothing of the proposal's fate
    story = (
        "Marina sign idea runs out of road\n\n"
        "ANNAPOLIS - A plan to require marinas to post human trafficking hotline signs got no "
        "hearing this year. Its sponsor says the signs would cost owners about twenty dollars."
    )
    # guard: the verb, before what is signed, still reports the measure made law
    no_duty_unless(story, story + " The governor signs the bill Friday.")


def test_a_mandate_as_a_noun_is_no_one_mandating_signs():
    # "the mandate come with free signs": a word for the proposed duty, not a duty
    story = (
        "Bowling alley notice bill heard, then held\n\n"
        "DOVER - A bill to require bowling alleys to post human trafficking hotline notices was "
        "heard Monday and held. Owners who testified asked that the mandate come with free signs."
    )
    # guard: the verb still states the duty
    law = (
        "New rule for bowling alleys\n\nDOVER - The state now mandates trafficking hotline signs "
        "in the restrooms of every bowling alley, under a law that took effect July 1."
    )
    no_duty_unless(story, law)


@pytest.mark.parametrize("quote", ['"{}"', "\u201c{}\u201d"])
def test_a_quoted_duty_in_news_of_a_vetoed_bill_is_no_duty(quote):
    # the lead says the measure was vetoed; an advocate's words about an older law, even with
    # that law named ("already required"), are not the text's duty
    said = quote.format("Motels have had to post these signs for years and nobody went broke,")
    story = (
        "Governor vetoes cabin-rental trafficking sign bill\n\n"
        "HELENA - The governor vetoed a bill that would have extended the trafficking sign already "
        "required in motels to cabin rentals.\n\n"
        f"{said} the sponsor said. She plans to bring it back."
    )
    # guard: the same quote in news of the bill signed keeps the text's duty
    signed = story.replace("vetoes", "signs").replace(
        "vetoed a bill that would have extended", "signed a bill that extends"
    )
    no_duty_unless(story, signed)


SHERIFF_POSTERS = (
    "Sheriff's Office hangs trafficking posters in laundromats\n\n"
    "MILLBROOK - The Dutchess Valley County Sheriff's Office is hanging human trafficking "
    "posters in 90 laundromats and bus shelters this month.\n\n"
    "The posters, designed with the River Valley Coalition Against Exploitation, ask anyone who "
    "sees a worker who cannot leave to call {line}.\n\n"
    "Deputies will hand out cards at the county fair as well."
)


def test_the_national_line_beside_a_partner_organisation_is_the_offices_outreach():
    # a partner organisation named in the office's own release does not make the national
    # line the organisation's: it is no organisation's own line
    text = SHERIFF_POSTERS.format(line="the National Human Trafficking Hotline at 1-888-373-7888")
    assert code_text(text).promotes_hotline is True
    # guard: the organisation's own number in its sentence is still its hotline
    own = SHERIFF_POSTERS.format(line="the group's 24-hour crisis line at 845-555-0143")
    assert code_text(own).promotes_hotline is False


def test_a_county_named_as_a_place_is_not_the_page_that_speaks_to_the_reader():
    # a station's story whose only office word is a county where something happened, closing
    # with a line to the reader: no office's page, so no office's outreach
    story = (
        "Survivor turned advocate: 'it started with a boyfriend'\n\n"
        "TOPEKA - A survivor who now mentors other women says recruiting rarely looks like a "
        "kidnapping. Her group placed 40 women in housing in Shawnee County last year.\n\n"
        "If you or someone you know needs help, you can call the National Human Trafficking "
        "Hotline at 1-888-373-7888."
    )
    assert explain(story)["public_office"] is False
    assert code_text(story).promotes_hotline is False
    # guard: a county office named as one, on a page that speaks to the reader, is its page
    page = story.replace("Her group placed", "Shawnee County Human Services placed")
    assert explain(page)["public_office"] is True


TRIBE_PSA = (
    "{who} airs trafficking spots on reservation radio\n\n"
    "LAC DU LAC - {who} urges young people to save one number this month. Its 30-second radio "
    "spots close with the National Human Trafficking Hotline: call "
    "1-888-373-7888 or text 233733."
)


def test_a_tribe_named_as_one_body_is_a_public_office():
    # a tribe's own program is a tribal government's: as a band or a nation is
    who = "The Lakeshore Tribe Family Services Center"
    assert code_text(TRIBE_PSA.format(who=who)).promotes_hotline is True
    # guard: tribes as a class name no one whose effort it is
    assert explain(TRIBE_PSA.format(who="A coalition of Native tribes"))["public_office"] is False


def test_an_inspections_findings_closing_with_the_hotline_give_it_in_a_footer():
    # the lead reports violations found (an enforcement action): the last line's hotline is
    # the department's standard line, not its outreach
    release = (
        "Labor Department Finds Overtime Violations at 9 Car Washes\n\n"
        "CONCORD - The Department of Labor found wage and hour violations at nine of the 25 car "
        "washes it inspected in Merrimack County this fall.\n\n"
        "The owners owe $41,000 in unpaid overtime and have agreed to pay it by March.\n\n"
        "Workers with questions can contact the Wage and Hour Division. Anyone who believes a "
        "worker is being forced to work can call the National Human Trafficking Hotline at "
        "1-888-373-7888."
    )
    coding = code_text(release)
    assert coding.footer_only is True
    assert coding.promotes_hotline is False


def test_an_offices_awareness_night_is_its_outreach_without_a_number():
    # an office's own gathering for the public, called an event, a night, a walk or a briefing
    release = (
        "Sheriff's Office holds human trafficking awareness night in Salida\n\n"
        "SALIDA - The Chaffee County Sheriff's Office hosted a human trafficking awareness night "
        "for about 60 parents at the fairgrounds on Tuesday.\n\n"
        "Deputies explained how recruiters reach teenagers through games and chat apps."
    )
    assert code_text(release).campaign is True
    # guard: an arrest after an event is the arrest's news, no outreach
    arrest = release.replace("hosted a human trafficking awareness night", "arrested a man")
    arrest = arrest.replace("for about 60 parents", "after a sting")
    assert code_text(arrest).campaign is False
