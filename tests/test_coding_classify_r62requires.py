"""Round 62 (issue 14r62-requires): a regulation's duty lost in its context, a chamber's version
cut in conference, a hard-wrapped finding.

Three classes, both sides of each:
- a hard-wrapped text (running prose broken at ~100 characters): a sentence read across its line
  breaks (`text.join_wrapped_lines`), so a finding about a provision, an earlier version's cut
  told two lines on, or the law's own duty read whole; statutes' numbered lines, list items and
  headlines are not joined;
- a chamber's or an earlier version's duty whose provision a conference committee removed;
- an administrative code's numbered sections closed by effective-date stamps ("(7-1-25)"): a
  rule's text, so its duty is the rule's own, whatever its definitions and chapter title name.
"""

from __future__ import annotations

import textwrap

import pytest

from conftest import assert_duty
from hotline_watch.coding import code_text
from hotline_watch.coding.text import join_wrapped_lines


def _wrap(paragraphs: list[str], width: int = 96) -> str:
    """The paragraphs hard-wrapped at `width` characters, joined by blank lines."""
    fill = textwrap.TextWrapper(width, break_long_words=False, break_on_hyphens=False).fill
    return "\n\n".join(fill(p) for p in paragraphs)


_STUDY = [
    "Study: Hotline posters tied to more trafficking calls",
    "By Lena Ortiz\nMarch 3, 2026",
    (
        "DENVER - States that require businesses to post the human trafficking hotline saw calls "
        "to the hotline rise faster than states without such laws, according to a study by two "
        "university economists published this week."
    ),
    (
        "The economists compared monthly call records with the dates states adopted their posting "
        "laws. Their analysis found that the most effective provision was requiring the "
        "hotline number to be posted inside restroom stalls rather than in lobbies."
    ),
    '"A poster costs almost nothing," said co-author Dr. Ruth Lang. "Where it hangs matters."',
]
_STUDY_PLAIN = [
    "Study: Hotline posters tied to more trafficking calls",
    "By Lena Ortiz\nMarch 3, 2026",
    (
        "DENVER - Two university economists compared monthly call records to the national human "
        "trafficking hotline with the dates states adopted posting laws, in a paper published "
        "this week. Their review concluded that the provision that mattered most was "
        "requiring the hotline number to be displayed in employee break rooms and restrooms of "
        "truck stops."
    ),
    "The authors cautioned that more calls do not always mean more victims identified.",
]
_CONFERENCE = [
    "Parks bill signed, but without trafficking hotline signs",
    "By Sam Reyes\nApril 30, 2026",
    (
        "SPRINGFIELD - The governor on Thursday signed a broad parks bill that changes how the "
        "state funds its campgrounds and trail programs, but a provision that would have required "
        "human trafficking hotline signs at state parks is not in the new law."
    ),
    (
        "The Senate version of Senate Bill 410 required each state park and each campground that "
        "receives state money to post a sign with the National Human Trafficking Hotline in its "
        "restrooms. House negotiators objected to the cost of the signs at concession-run sites, "
        "and the conference committee removed that section in March. The final law does not "
        "contain it."
    ),
    "The law takes effect July 1 and moves trail money into a new grant program.",
]
_CONFERENCE_KEPT = [
    "Parks bill signed with trafficking hotline signs",
    "By Sam Reyes\nApril 30, 2026",
    (
        "SPRINGFIELD - The governor on Thursday signed a broad parks bill that changes how the "
        "state funds its campgrounds and trail programs."
    ),
    (
        "The new law requires each state park and each campground that receives state money to "
        "post a sign with the National Human Trafficking Hotline in its restrooms. House "
        "negotiators objected to the cost of the signs at concession-run sites, but the "
        "conference committee kept that section. The law takes effect July 1."
    ),
]
_ENACTED = [
    "New law puts trafficking hotline signs in every rest area",
    "By Sam Reyes\nJuly 1, 2026",
    (
        "SALEM - Starting today, state law requires each highway rest area and each truck stop "
        "with more than ten parking spaces to post a sign with the National Human Trafficking "
        "Hotline number in every restroom and near the main entrance, in English and Spanish."
    ),
    "The department of transportation will print the signs, a spokesperson said.",
]

#: name -> (text, duty): the hard-wrapped side (the same texts wrapped or not)
WRAPPED = {
    "study finding wrapped": (_wrap(_STUDY), False),
    "study finding unwrapped": ("\n\n".join(_STUDY), False),
    "study finding wrapped narrow": (_wrap(_STUDY, 72), False),
    "study conclusion wrapped": (_wrap(_STUDY_PLAIN), False),
    "conference cut wrapped": (_wrap(_CONFERENCE), False),
    "conference cut unwrapped": ("\n\n".join(_CONFERENCE), False),
    "conference cut wrapped narrow": (_wrap(_CONFERENCE, 80), False),
    "conference kept wrapped": (_wrap(_CONFERENCE_KEPT), True),
    "conference kept unwrapped": ("\n\n".join(_CONFERENCE_KEPT), True),
    "enacted law wrapped": (_wrap(_ENACTED), True),
    "enacted law wrapped narrow": (_wrap(_ENACTED, 70), True),
    "enacted law unwrapped": ("\n\n".join(_ENACTED), True),
}


@pytest.mark.parametrize("name", sorted(WRAPPED))
def test_wrapped_prose(name: str) -> None:
    text, duty = WRAPPED[name]
    assert_duty(text, duty, name)


_VENDOR = (
    "Yes. Under the act, the following establishments must post the notice in a conspicuous place"
    " near\nthe public entrance or where similar notices are customarily posted:\n- Airports\n"
    "- Bus stations\n- Hospital emergency departments\n\nThe notice must include the National "
    "Human Trafficking Hotline, 1-888-373-7888.\n\nSKU PG-TR-1 | In stock | Ships in 1-2 business"
    " days\nPrice: $18.00 | Add to cart\n"
)


def test_place_where_notices_are_posted_is_no_list_of_notices() -> None:
    """A seller's page whose duty sentence names where other notices hang: the duty stays."""
    assert code_text(_VENDOR).requires_posting is True


def test_join_keeps_numbered_lines_headlines_and_lists() -> None:
    text = (
        "Hotline signs required in rest areas and truck stops across the state\n"
        "(a) Every operator of a rest area or truck stop in this state shall post a notice\n"
        "(b) The notice shall be at least eight and one-half by eleven inches in size\n"
        "hotels\nmotels\nairports\n"
        "The law requires each operator of a rest area in the state to post the sign near\n"
        "the entrance.\n"
        "Short line\nnext\n"
    )
    low = join_wrapped_lines(text.lower(), text)
    assert len(low) == len(text)
    # only the wrapped sentence's break is joined
    joined = [i for i, ch in enumerate(text) if ch == "\n" and low[i] == " "]
    assert [text[i - 4 : i + 4] for i in joined] == ["near\nthe"]


def _rule(duty_line: str, stamp: str = "(7-1-25)") -> str:
    return (
        "IDAPA 16.05.12 - RULES GOVERNING LODGING ESTABLISHMENTS\n\n"
        "000. LEGAL AUTHORITY.\n"
        "This chapter is adopted under the legal authority of Section 39-1801, Idaho Code. "
        f"{stamp}\n\n"
        "010. DEFINITIONS.\n"
        f"01. Department. The Idaho Department of Health and Welfare. {stamp}\n"
        "02. Lodging Establishment. A hotel, motel, or inn licensed under Title 39, Chapter 18, "
        f"Idaho Code, where guest rooms are rented. {stamp}\n\n"
        "(BREAK IN CONTINUITY OF SECTIONS)\n\n"
        "250. HUMAN TRAFFICKING NOTICE.\n"
        f"01. Posting. {duty_line} {stamp}\n"
        "02. Contents. The notice must include the National Human Trafficking Hotline toll-free "
        f"number, 1-888-373-7888, and the text line, 233733. {stamp}\n\n"
        "251. -- 299. (RESERVED)\n"
    )


#: name -> (text, duty): an administrative code's numbered sections with effective-date stamps
RULES = {
    "rule must post": (
        _rule(
            "Each lodging establishment licensed under Title 39, Chapter 18, Idaho Code, must post "
            "a human trafficking notice in a conspicuous place near the front desk."
        ),
        True,
    ),
    "rule shall post": (
        _rule(
            "Each lodging establishment licensed under Title 39, Chapter 18, Idaho Code, shall "
            "display a human trafficking notice in each guest bathroom."
        ),
        True,
    ),
    "temporary rule stamps": (
        _rule(
            "Each lodging establishment licensed under Title 39, Chapter 18, Idaho Code, must post "
            "a human trafficking notice in a conspicuous place near the front desk.",
            "(3-20-26)T",
        ),
        True,
    ),
    "rule may post": (
        _rule(
            "A lodging establishment licensed under Title 39, Chapter 18, Idaho Code, may post a "
            "human trafficking notice in a conspicuous place near the front desk; posting is "
            "voluntary."
        ),
        False,
    ),
}


@pytest.mark.parametrize("name", sorted(RULES))
def test_administrative_rule(name: str) -> None:
    text, duty = RULES[name]
    assert_duty(text, duty, name)


def test_rule_quote_is_its_posting_paragraph() -> None:
    quotes = assert_duty(RULES["rule must post"][0], True)
    assert any("must post a human trafficking notice" in q for q in quotes)


#: a news story with one date in brackets is no rule's text
def test_one_stamp_is_no_rule() -> None:
    text = (
        "County Ledger\n\nCommissioners back hotline poster drive\n\n"
        "The county commission voted 3-0 on Tuesday to print posters with the National Human "
        "Trafficking Hotline for county buildings, said chair Ann Moss. (7-1-25)\n\n"
        "Volunteers will hang the posters in libraries and clinics this summer, Moss said.\n"
    )
    assert code_text(text).requires_posting is False


_VERSION_LEAD = (
    "Hoosier Ledger\n\nTourism bill heads to governor\n\nThe House version of House Bill 88 "
    "required each welcome center to post a sign with the National Human Trafficking Hotline in "
    "its restrooms. "
)
#: name -> (text, duty): a chamber's version and the provision's fate in conference
VERSIONS = {
    "stripped in conference": (
        _VERSION_LEAD + "The provision was stripped in conference, and the bill passed 90-4.\n",
        False,
    ),
    "final version dropped": (
        _VERSION_LEAD + "The final version dropped the sign requirement before the last vote.\n",
        False,
    ),
    "conference removed it": (
        _VERSION_LEAD + "The conference committee removed that section in April.\n",
        False,
    ),
    "conference restored it": (
        _VERSION_LEAD
        + "The Senate struck the provision, but the conference committee restored it, and the "
        "governor signed the bill on Friday.\n",
        True,
    ),
}


@pytest.mark.parametrize("name", sorted(VERSIONS))
def test_version_fate(name: str) -> None:
    text, duty = VERSIONS[name]
    assert_duty(text, duty, name)


def test_rule_of_another_notice_is_no_hotline_duty() -> None:
    """An administrative rule whose posting paragraph is the licence's, with the hotline only
    as the board's contact line: no hotline duty."""
    text = _rule(
        "Each lodging establishment must post its current license in a conspicuous place near "
        "the front desk."
    ).replace(
        "02. Contents. The notice must include the National Human Trafficking Hotline toll-free "
        "number, 1-888-373-7888, and the text line, 233733.",
        "02. Inspections. The Department inspects each establishment once a year.",
    )
    assert code_text(text).requires_posting is False
