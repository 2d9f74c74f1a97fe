"""Round 43 (issue 14zr-promotes): the effort read by structure. An office's own artefact (its
name or initials as the subject of a sentence naming a card, a decal, a panel), an artefact
that carries the number in its sentence, a hotline's own digits that count nothing, a gathering
named with its kind ("an awareness session"), a dateline's abbreviated state that ends no
sentence. Each test fails on the engine before the round unless it says it is a guard; wordings
are the round's own, from no labelled set."""

from __future__ import annotations

from hotline_watch.coding import code_text

_INITIALS = (
    "Help on the platform\n\n"
    "Travellers at Dunmore stations may see something new this winter. The Carrow Valley Rail "
    "Authority serves eleven towns along the river.\n\n"
    "This season CVRA has put a small decal beside every ticket machine, asking whether "
    "anyone is holding your papers or your pay.\n\n"
    "The answer is the same at every stop, from the river towns to the hill stations and the "
    "long commuter runs to the capital and back: people held in forced labor or sex trafficking "
    "can get help at any hour by calling 1-888-373-7888 or texting 233733.\n\n"
    "Stations will keep the decals up through the spring."
)


def test_office_initials_as_the_subject_of_its_artefact() -> None:
    coding = code_text(_INITIALS)
    assert coding.promotes_hotline and coding.campaign


def test_the_office_name_elsewhere_does_not_make_an_advertisers_decal_its_own() -> None:
    """Guard: the office is named, but the object's sentence names someone else."""
    text = (
        "Trafficking rally downtown\n\n"
        "The Carrow Valley Rail Authority serves eleven towns along the river. A group of "
        "students from a private academy printed a decal for their cars about forced labor and "
        "sex trafficking, and passed them out at a game. Their sheet gives 1-888-373-7888."
    )
    assert not code_text(text).promotes_hotline


_CARRIES = (
    "Deputies meet harvest crews\n\n"
    "ORCHARD BEND - The Teller County Sheriff's Office joined the growers' welcome meeting "
    "this week. Investigators of the Major Crimes unit talked about wage theft and labor "
    "trafficking with more than ninety new pickers.\n\n"
    "Every picker was given a magnet printed with the National Human Trafficking Hotline, "
    "1-888-373-7888, which answers calls in many languages."
)


def test_an_artefact_carrying_the_number_in_the_closing_paragraph() -> None:
    """A prosecution word (the Major Crimes unit) and the number in the last paragraph: the
    magnet carries it, the hotline's own digits count no calls."""
    coding = code_text(_CARRIES, url="https://www.tellercounty.gov/sheriff/news/pickers")
    assert coding.promotes_hotline and coding.campaign


def test_an_arrest_release_closing_with_the_hotline_stays_no_effort() -> None:
    """Guard: the closing line of an arrest release is no artefact's."""
    text = (
        "Man charged after sting\n\n"
        "ORCHARD BEND - Detectives of the Teller County Sheriff's Office arrested a man on "
        "charges of human trafficking after a two-month investigation.\n\n"
        "Anyone with information should call the National Human Trafficking Hotline, "
        "1-888-373-7888, which answers calls in many languages."
    )
    assert not code_text(
        text, url="https://www.tellercounty.gov/sheriff/news/arrest"
    ).promotes_hotline


def test_a_campus_police_awareness_session_after_a_dateline_is_a_campaign() -> None:
    """A public university's police holding an awareness session for its staff, the subject
    read past a dateline's abbreviated state ("LARAMIE, Wyo."): a campaign without a hotline."""
    text = (
        "Campus officers lead grooming prevention session for resident advisers\n\n"
        "LARAMIE, Wyo. - Resident advisers at Sage Plains State University spent an afternoon "
        "with University Police learning how labor and sex trafficking recruiters approach "
        "students.\n\n"
        "Sergeant Ana Ruiz led the session in the hall's lounge."
    )
    coding = code_text(text, url="https://www.sageplains.edu/news/ra-session")
    assert coding.campaign and not coding.promotes_hotline
