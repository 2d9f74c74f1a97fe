"""Round 34 (issue 14zi): classification decisions that complete a class once (every negated
movement of a measure and every state of death, flat or hedged, is a death; a duty told in a
measure's description is the measure's content; one chamber's passage is no law; the noun
"signs" before an article is no signing). Each test fails on the engine before the round;
wordings are not from any labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

_NEWS = "https://www.capitolbeat.example.com/2025/04/story"

#: News of a posting bill whose fate is told in the closing paragraph.
_FATE = (
    "Sign bill for laundromats {fate}\n\n"
    "SPRINGFIELD - A proposal to require laundromats and car washes to post human trafficking "
    "hotline signs {fate2}.\n\n"
    "The sponsor, a Decatur Democrat, filed the measure in January. A House panel approved it "
    "on a voice vote in March.\n\n"
    "{last}"
)


@pytest.mark.parametrize(
    ("fate", "fate2", "last"),
    [
        # a negated movement idiom in the headline, a flat death in the lead
        (
            "won't make it this year",
            "is dead for the session",
            "The Senate version was never taken up.",
        ),
        (
            "won't get through",
            "will not see a floor vote",
            "The Senate version was never taken up.",
        ),
        # a hedged death
        (
            "update",
            "appears to be finished for the year",
            "The chairman did not put it on the agenda.",
        ),
        ("update", "is all but dead", "Its Senate twin was not brought up before the deadline."),
        ("update", "looks likely dead", "Leaders said it would not get out of committee."),
    ],
)
def test_a_negated_movement_or_a_hedged_death_is_a_death(fate, fate2, last):
    coding = code_text(_FATE.format(fate=fate, fate2=fate2, last=last), url=_NEWS)
    assert coding.requires_posting is False


def test_a_pending_bill_that_moved_last_keeps_its_duty():
    text = _FATE.format(
        fate="advances", fate2="cleared its first committee", last="The full House votes next week."
    )
    assert code_text(text, url=_NEWS).requires_posting is True


#: A one-chamber bill, the duty told in the measure's description, the session over.
_CHAMBER = (
    "Hotline sign bill runs out of time\n\n"
    "DOVER - When the General Assembly adjourned sine die on Sunday, a {passed} bill {desc} was "
    "still sitting on the Senate's calendar.\n\n"
    "The bill would have added bus depots and rest areas to the list. It cleared the House 40-0 "
    "in May.\n\n"
    "Bills that do not pass both chambers start over next session."
)


@pytest.mark.parametrize(
    ("passed", "desc"),
    [
        ("House-passed", "expanding where human trafficking hotline signs must be displayed"),
    ],
)
def test_a_duty_in_a_dead_measures_description_is_its_content(passed, desc):
    coding = code_text(_CHAMBER.format(passed=passed, desc=desc), url=_NEWS)
    assert coding.requires_posting is False


@pytest.mark.parametrize(
    "desc",
    [
        "expanding where human trafficking hotline signs must be displayed",
        "that would expand where human trafficking hotline signs must be posted",
    ],
)
def test_a_duty_in_a_measures_description_follows_its_last_status(desc):
    text = (
        "Hotline sign bill runs out of time\n\n"
        f"DOVER - A bill {desc} cleared the House in May.\n\n"
        "Its sponsor, a first-term Republican from Kent County, said bus depots and rest areas "
        "had been left off the first list by accident. Advocates from three shelters testified for "
        "it at the committee hearing in April, and no one spoke against it.\n\n"
        "But Senate leaders never took it up, and it did not get a vote before the session ended."
    )
    assert code_text(text, url=_NEWS).requires_posting is False
    moved = text.replace(
        "never took it up, and it did not get a vote before the session ended", "voted 19-2 for it"
    ).replace("runs out of time", "moves on")
    assert code_text(moved, url=_NEWS).requires_posting is True


def test_a_measure_signed_into_law_keeps_its_duty():
    text = (
        "Governor signs sign law\n\n"
        "DOVER - The governor signed a bill expanding where human trafficking hotline signs must "
        "be displayed. Bus depots and rest areas must post the sign from January 1."
    )
    assert code_text(text, url=_NEWS).requires_posting is True


def test_the_noun_signs_before_an_article_is_no_signing():
    text = (
        "Spa sign bill: what comes next\n\n"
        "BOISE - A bill to require day spas to post human trafficking hotline signs was not "
        "given a hearing after the committee chairman declined to schedule one.\n\n"
        "The sponsor said he would ask the licensing board about making the signs a condition "
        "of a license instead."
    )
    assert code_text(text, url=_NEWS).requires_posting is False


#: A nonprofit's help page: its own line, the national line, and police only as a kind.
_HELP_PAGE = (
    "Rooms, rides and someone to talk to\n\n"
    "Prairie Door (a made-up name) keeps six rooms for adults leaving labor or sex trafficking "
    "in the Red River valley. {police}\n\n"
    "To ask about a room, call our front desk at 701-555-0148. If you need help tonight, call "
    "the National Human Trafficking Hotline at 1-888-373-7888 and ask them to reach us."
)


@pytest.mark.parametrize(
    "police",
    [
        "Nobody needs a police report to stay here.",
        "No one will ask you to speak to any police officer.",
    ],
)
def test_an_office_word_under_an_indefinite_article_names_no_office(police):
    coding = code_text(_HELP_PAGE.format(police=police), url="https://www.prairiedoor.org/help")
    assert coding.promotes_hotline is False


#: An agency known by its brand: a state's short name fused with the kind of office it is.
_BRAND = (
    "{brand} hands out wallet cards at rest areas\n\n"
    "This month {brand} crews are handing a wallet card to every trucker who stops at the "
    "state's rest areas. The card lists signs that a passenger may be trafficked and says: "
    '"Call 1-888-373-7888 or text 233733, any hour."\n\n'
    "About 10,000 cards were printed in English and Spanish."
)


@pytest.mark.parametrize("brand", ["Caltrans", "ConnDOT", "Massport"])
def test_an_agency_known_by_its_state_brand_is_an_office(brand):
    coding = code_text(_BRAND.format(brand=brand), url="https://www.roadnews.example.com/1")
    assert coding.promotes_hotline is True


def test_a_company_brand_is_no_office():
    coding = code_text(_BRAND.format(brand="Roadport"), url="https://www.roadnews.example.com/1")
    assert coding.promotes_hotline is False
