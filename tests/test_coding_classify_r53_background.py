"""Round 53 (issue 14r53-background): requires_posting. (1) The law as it stands told as the
background of a story whose subject is a measure that died, was vetoed or voted down ("Kansas
already requires massage businesses ... to post similar notices under a law passed in 2024",
"Under current law, hotels must post ...", "The state has required ... since 2016", "since a 2017
bill became law", "Existing law already requires ...") is no duty the text states; near misses:
a story whose lead is the law as it stands itself or an alive, signed or revived measure, and a
dead-bill story whose body also reports a separate measure that passed or became law with the
duty. (2) A question is no duty: a duty cue in a question ("Is my business required to display
this poster?", "Do I have to post ...?", "Must restaurants post ...?", "Who must display ...?")
is read by its answer only: a yes/no question stands when the answer opens with a yes, a
wh-question unless the answer says no or defers ("It depends", "Check with your attorney", "Not
in every state"); near misses: the answer states the duty (and is then the evidence). Wordings
are the round's own, from no labelled set (set 64's KS, NJ and WV texts are the classes'
development misses); `main_wrong` marks the ones the engine before the round got wrong (each
fails there: a false duty, or a duty whose evidence was the question while the answer states
it); the rest are guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_duty, duty_quotes
from hotline_watch.coding import code_text, read_document_and_url

_H = "Statehouse Courier\nNews | Politics | Business | Opinion\n\n"
_P = "Prairie Compliance Supply\nLabor Law Posters | Safety Signs | Cart (0)\n\n"

#: (class, duty?, main wrong?, text, words of the duty's evidence or None)
WORDINGS = [
    (
        "background",
        False,
        True,
        (
            _H
            + (
                "Nail salon trafficking notice bill dies at deadline\n"
                "\nBy Ann Lee\nMarch 2, 2026\n\nA bill that would have required nail salons "
                "to post the National Human Trafficking Hotline is dead for the year after a "
                "House committee never voted on it.\n\nThe measure would have let the "
                "cosmetology board fine salons that did not comply.\n"
                "\nKansas already requires massage businesses and tattoo parlors to post "
                "similar notices under a law passed in 2024.\n"
                '\n"We will try again next year," the sponsor said.'
            )
        ),
        None,
    ),
    (
        "background",
        False,
        True,
        (
            _H
            + (
                "Truck stop hotline sign bill vetoed\n\nBy Ann Lee\n"
                "\nGov. Dana Roe on Friday vetoed a bill that would have required truck "
                "stops to display signs with the human trafficking hotline.\n"
                "\nRoe said the signs were a burden on small fuel retailers. The bill must "
                "now be reintroduced in the next session.\n"
                "\nThe state already requires hotels, airports and bus stations to post the "
                "notices."
            )
        ),
        None,
    ),
    (
        "background",
        False,
        True,
        (
            _H
            + (
                "Senate kills bill on hotline signs at rest areas\n"
                "\nThe Senate on Tuesday voted down a bill that would have required the "
                "transportation department to post human trafficking hotline signs in every "
                "rest area.\n\nUnder current law, hotels and motels must post the hotline "
                "notice in each guest bathroom, a requirement lawmakers approved in 2017.\n"
                "\nThe bill's sponsor said she was disappointed."
            )
        ),
        None,
    ),
    (
        "background",
        False,
        False,
        (
            _H
            + (
                "Bill adding bars to trafficking poster law fails in committee\n"
                "\nA proposal that would have required bars to post the human trafficking "
                "hotline failed in the House Commerce Committee on Wednesday, 5-7.\n"
                "\nA 2019 law requires truck stops and massage parlors to display the poster "
                "near their entrances.\n\nOpponents said bar owners were already doing their "
                "part."
            )
        ),
        None,
    ),
    (
        "background",
        False,
        True,
        (
            _H
            + (
                "Hotline sign bill for car washes dies without a hearing\n"
                "\nA bill that would have required car washes to display the human "
                "trafficking hotline is dead for the session after it was never scheduled "
                "for a hearing.\n\nHotels have been required to post the notice since a 2017 "
                "bill became law, and truck stops since 2020.\n"
                "\nThe sponsor said she would file it again next year."
            )
        ),
        None,
    ),
    (
        "background",
        False,
        True,
        (
            _H
            + (
                "Campground trafficking notice bill stalls\n"
                "\nA bill that would have required campgrounds to post human trafficking "
                "hotline notices stalled in the Senate Judiciary Committee and will not "
                "advance this year.\n\nUnder a law enacted in 2018, hotels and motels must "
                "post the notice at the front desk.\n\nCampground owners opposed the bill."
            )
        ),
        None,
    ),
    (
        "background",
        False,
        True,
        (
            _H
            + (
                "Lawmakers reject hotline posters at gas stations\n"
                "\nThe House on Thursday rejected a bill that would have required gas "
                "stations to post the human trafficking hotline in their restrooms, 41-55.\n"
                "\nThe state has required airports and bus stations to post the same notice "
                "since 2016, under a law signed by Gov. Ray Hill.\n"
                "\nSupporters said they would be back."
            )
        ),
        None,
    ),
    (
        "background",
        False,
        True,
        (
            _H
            + (
                "Pocket veto ends trafficking notice bill\n"
                "\nA bill that would have required nail salons to post human trafficking "
                "hotline notices died this week in a pocket veto when the governor let it "
                "expire without his signature.\n\nThe measure passed the Senate 38-0 in June "
                "and the Assembly 74-0 in December. It must now be reintroduced and pass "
                "both houses again.\n\nExisting law already requires hotels and bus stations "
                "to post the notices."
            )
        ),
        None,
    ),
    (
        "background",
        False,
        True,
        (
            _H
            + (
                "Tattoo parlor hotline bill tabled\n\nA House committee on Monday tabled a "
                "bill that would have required tattoo parlors to post the national human "
                "trafficking hotline.\n\nMassage businesses have had to post the hotline "
                "since a law passed in 2015 took effect.\n\n"
                "The committee chair said the bill needed more work."
            )
        ),
        None,
    ),
    (
        "background",
        False,
        False,
        (
            _H
            + (
                "Hotline poster bill for bars dies in Senate committee\n"
                "\nA bill that would have required bars to post the human trafficking "
                "hotline died in the Senate Commerce Committee on Thursday without a vote.\n"
                "\nSince 2019, Kansas law has required hotels and truck stops to post the "
                "same notice in their restrooms.\n\nBar owners said the poster would scare "
                "away customers."
            )
        ),
        None,
    ),
    (
        "background-near",
        True,
        False,
        (
            _H
            + (
                "Reminder: massage businesses must post trafficking hotline notice\n"
                "\nKansas law requires every massage business to post a notice with the "
                "National Human Trafficking Hotline near its entrance, the attorney "
                "general's office reminded owners this week.\n"
                "\nThe notice must be at least 8.5 by 11 inches and printed in English and "
                "Spanish.\n\nSeparately, a bill that would have added nail salons to the "
                "list died in committee last year."
            )
        ),
        None,
    ),
    (
        "background-near",
        True,
        False,
        (
            _H
            + (
                "Nail salon trafficking notice bill passes House\n"
                "\nA bill requiring nail salons to post the human trafficking hotline passed "
                "the House 98-20 on Tuesday and heads to the Senate.\n"
                "\nKansas already requires massage businesses to post similar notices under "
                "a law passed in 2024."
            )
        ),
        None,
    ),
    (
        "background-near",
        True,
        False,
        (
            _H
            + (
                "Governor signs truck stop trafficking sign bill\n"
                "\nGov. Dana Roe on Monday signed a bill requiring truck stops to display "
                "human trafficking hotline signs in their restrooms, beginning Jan. 1.\n"
                "\nThe state already requires hotels and airports to post the signs."
            )
        ),
        None,
    ),
    (
        "background-near",
        True,
        False,
        (
            _H
            + (
                "Nail salon notice bill dies, but truck stop rule becomes law\n"
                "\nA bill that would have required nail salons to post the human trafficking "
                "hotline died in a House committee on Friday.\n"
                "\nLawmakers did pass a separate bill this session, signed by the governor "
                "last week, that requires truck stops to post the hotline notice in every "
                "restroom beginning July 1.\n\nKansas already requires hotels to post the "
                "notice under a 2019 law."
            )
        ),
        "requires truck stops to post",
    ),
    (
        "background-near",
        True,
        False,
        (
            _H
            + (
                "Bar poster bill fails; new rest area law takes effect\n"
                "\nA bill that would have required bars to post the human trafficking "
                "hotline failed in the Senate on Tuesday.\n"
                "\nThe new law signed in April requires the transportation department to "
                "post the hotline in every rest area starting Sept. 1."
            )
        ),
        "requires the transportation department to post",
    ),
    (
        "background-near",
        True,
        False,
        (
            _H
            + (
                "What Ohio businesses must post about human trafficking\n"
                "\nState law requires hotels, truck stops and massage businesses to display "
                "a notice with the National Human Trafficking Hotline where employees and "
                "the public can see it.\n\nThe notice must be printed in English and Spanish "
                "and at least 11 by 17 inches.\n\nA 2025 bill to add nail salons to the list "
                "died in committee, so salons are not covered."
            )
        ),
        None,
    ),
    (
        "background-near",
        True,
        False,
        (
            _H
            + (
                "Bar poster bill dies, but truck stop measure becomes law\n"
                "\nA bill that would have required bars to post the human trafficking "
                "hotline died in the Senate on Tuesday.\n\nLawmakers did approve a separate "
                "measure this session that requires truck stops to post the hotline in every "
                "restroom; it takes effect July 1.\n\nState law already requires hotels to "
                "post the notice."
            )
        ),
        "requires truck stops to",
    ),
    (
        "background-near",
        True,
        False,
        (
            _H
            + (
                "Nail salon trafficking notice bill is back, and moving\n"
                "\nA bill that died in 2025 was reintroduced in January and passed the House "
                "this week. It would require nail salons to post the human trafficking "
                "hotline.\n\nKansas already requires massage businesses to post similar "
                "notices under a law passed in 2024."
            )
        ),
        None,
    ),
    (
        "question",
        False,
        True,
        (
            _P
            + (
                "Human Trafficking Awareness Poster - Iowa\n"
                "$14.95\nIn stock\n\nOur poster gives the National Human Trafficking "
                "Hotline, 1-888-373-7888.\n\nFAQ\nQ: Is my business required to display this "
                "poster?\nA: This poster is not a substitute for your labor law posters. "
                "Check with your attorney or your licensing agency.\n"
                "\nQ: Do you offer bulk pricing?\nA: Yes - 10+ posters ship at $11.95 each."
            )
        ),
        None,
    ),
    (
        "question",
        False,
        True,
        (
            _P
            + (
                "Trafficking Hotline Window Cling\n$9.50\n\nShows the national human "
                "trafficking hotline in English and Spanish.\n"
                "\nDo I have to post a human trafficking sign at my business?\n"
                "It depends on your industry and your state. Ask your licensing board."
            )
        ),
        None,
    ),
    (
        "question",
        False,
        True,
        (
            _P
            + (
                "Human Trafficking Hotline Poster\n$12.00\n\n"
                "Q: Who must display the human trafficking hotline notice?\n"
                "A: That varies from state to state. Consult your attorney.\n"
                "\nQ: Is the poster laminated?\nA: Yes."
            )
        ),
        None,
    ),
    (
        "question",
        False,
        False,
        (
            _H
            + (
                "Are hotels required to post trafficking hotline signs?\n"
                "\nAdvocates say signs with the human trafficking hotline help victims find "
                "a way out, and several hotel chains hang them voluntarily.\n"
                "\nOhio lawmakers have debated the idea for years without a vote."
            )
        ),
        None,
    ),
    (
        "question",
        False,
        False,
        (
            _P
            + (
                "Trafficking Awareness Poster\n$15.95\n\nIs your business required to post "
                "the human trafficking hotline number? Not in every state. Some states leave "
                "it to employers."
            )
        ),
        None,
    ),
    (
        "question",
        False,
        True,
        (
            _P
            + (
                "Human Trafficking Poster for Restaurants\n"
                "$13.00\n\nQ. Must restaurants post the human trafficking hotline notice?\n"
                "A. It depends. Call your local health department."
            )
        ),
        None,
    ),
    (
        "question",
        False,
        False,
        (
            _H
            + (
                "Should truck stops have to post the trafficking hotline?\n"
                "\nA group of advocates says yes, and hopes to find a sponsor. The national "
                "human trafficking hotline took 300 calls from the state last year."
            )
        ),
        None,
    ),
    (
        "question-near",
        True,
        True,
        (
            _P
            + (
                "Human Trafficking Notice - Texas\n$14.95\n\n"
                "Q: Is my business required to display this poster?\n"
                "A: Yes. Under Texas Health and Safety Code section 1001.1, hotels and truck "
                "stops must post the notice in each public restroom."
            )
        ),
        "must post the notice",
    ),
    (
        "question-near",
        True,
        True,
        (
            "Frequently asked questions: human trafficking notices\n"
            "\nWho must post the notice?\nHotels, motels, truck stops and bars with a "
            "liquor license must post the human trafficking hotline notice near the "
            "entrance."
        ),
        "must post the human trafficking hotline notice",
    ),
    (
        "question-near",
        True,
        False,
        (
            "Human trafficking notice: FAQ for Virginia businesses\n"
            "\nQ: Do I have to post the human trafficking hotline notice at my truck "
            "stop?\nA: Yes. Every truck stop in Virginia is covered by the law."
        ),
        None,
    ),
    (
        "question-near",
        True,
        False,
        (
            "Human trafficking notice: FAQ\n\nQ: Who is required to post the human "
            "trafficking hotline sign?\nA: Every hotel, motel, truck stop and massage "
            "establishment in the state.\n\nQ: Where?\nA: Near the main entrance."
        ),
        None,
    ),
    (
        "question-near",
        True,
        True,
        (
            "Do hotels have to post the human trafficking notice?\n"
            "\nTexas law requires every hotel to post the notice, with the national "
            "human trafficking hotline, in each public restroom."
        ),
        "requires every hotel to post",
    ),
    (
        "question-near",
        True,
        True,
        (
            _P
            + (
                "Human Trafficking Awareness Poster - Georgia\n"
                "$16.95\n\nIs my business required to post this sign? Yes, for most "
                "businesses. Under O.C.G.A. 16-5-47, bars, truck stops and hotels must post "
                "the human trafficking notice."
            )
        ),
        "must post the human trafficking notice",
    ),
    (
        "question-near",
        True,
        False,
        (
            "Trafficking Hotline Notice - Who Has to Post It?\n"
            "\nEvery hotel, motel and truck stop in the state, in each public restroom "
            "and near the front desk."
        ),
        None,
    ),
]


@pytest.mark.parametrize(("cls", "duty", "main_wrong", "text", "evidence"), WORDINGS)
def test_background_law_and_questions(
    cls: str, duty: bool, main_wrong: bool, text: str, evidence: str | None
) -> None:
    quotes = assert_duty(text, duty, cls)
    if duty and evidence is not None:
        # the duty's own words: the separate measure's or the answer's, never the question
        assert evidence in quotes[0], quotes
        assert "?" not in quotes[0]


def test_the_audit_counts() -> None:
    """32 wordings (15 with a duty, 17 without) by class; main got 16 wrong: background 8 (false
    duties), question 4 (false duties), question-near 4 (the question as the evidence of a duty
    its answer states)."""
    assert len(WORDINGS) == 32
    assert sum(w[1] for w in WORDINGS) == 15
    wrong: dict[str, int] = {}
    for cls, _duty, main_wrong, _text, _ev in WORDINGS:
        wrong[cls] = wrong.get(cls, 0) + main_wrong
    assert wrong == {"background": 8, "background-near": 0, "question": 4, "question-near": 4}


_HERE = Path(__file__).parent
_MISSES = [
    "negative_KS_2026-03_nail-salon-trafficking-notice-bill-dies-house-committee-turnaround.txt",
    "negative_NJ_2026-01_nail-salon-trafficking-notice-bill-pocket-vetoed-session-ends.txt",
    "negative_WV_unknown_vendor-human-trafficking-awareness-poster-laminated-product-page.txt",
]


def _set_64(name: str) -> Path | None:
    """Set 64's text, kept in tests/heldout/64."""
    path = _HERE / "heldout" / "64" / name
    return path if path.exists() else None


@pytest.mark.parametrize("name", _MISSES)
def test_the_set_64_misses_state_no_duty(name: str) -> None:
    """The round's three development misses (set 64): no duty, no duty evidence."""
    path = _set_64(name)
    if path is None:
        pytest.skip("set 64 not available")
    text, url = read_document_and_url(path)
    for u in (url, None):
        coded = code_text(text, url=u)
        assert coded.requires_posting is False
        assert not duty_quotes(coded)
