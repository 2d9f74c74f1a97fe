"""Round 36 (issue 14zk): a public institution named by its KIND (a district library, a state
university, a state fair, a state-run liquor store, a city's clerk, the head of a lottery) is a
public office; "charging" hubs or fees are no criminal charges; a consumer alert's own complaint
web address is its own subject's channel before a closing trafficking line. Each test fails on
the engine before the round; wordings are not from any labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

_INSTITUTION_TEXT = (
    "New notices in every washroom this spring\n\n"
    "Posted March 3, 2026\n\n"
    '{actor} {verb} notices inside the washrooms of {where}. They read: "If someone is '
    'controlling you, call 1-888-373-7888 or text 233733. It is free and confidential."\n\n'
    "Staff were trained this winter on what to do if someone asks for help."
)


@pytest.mark.parametrize(
    ("actor", "verb", "where"),
    [
        ("Pine Valley District Library", "has put up", "all nine of its branches"),
        ("Harbor Township Library", "has put up", "its four branches"),
        ("Cedar Plains Community College", "has put up", "its three campuses"),
        ("The Ozark State Fair", "has put up", "the fairgrounds' barns and midway"),
    ],
)
def test_a_public_institution_named_by_its_kind_is_an_office(actor, verb, where):
    text = _INSTITUTION_TEXT.format(actor=actor, verb=verb, where=where)
    coding = code_text(text)
    assert coding.promotes_hotline and coding.campaign, coding
    # guard: the same text from a named company is no office's campaign
    company = code_text(_INSTITUTION_TEXT.format(actor="Brightway Grocers", verb=verb, where=where))
    assert not company.promotes_hotline


def test_the_head_of_an_institution_named_by_its_kind_speaks_for_it():
    # the institution acts in words no acting verb knows ("is lending a slot"); its head, named
    # by the institution's kind ("Lottery Director"), speaks in the next paragraph
    text = (
        "Ticket counters will show a different kind of message this month\n\n"
        "WARWICK - Through March, the Ocean State Lottery is lending one slot in the rotation on "
        "its counter screens at 900 stores to a safety message written with survivors. "
        "The short spot shows a cashier noticing that a young man never keeps his own pay and "
        'never speaks for himself, and it ends on a plain card: "Something not right? '
        '1-888-373-7888. Text 233733."\n\n'
        '"Our stores are in every neighborhood," Lottery Director Ana Pires said.'
    )
    coding = code_text(text)
    assert coding.promotes_hotline, coding


def test_charging_hubs_and_fees_are_no_criminal_charges():
    # an office's outreach card whose lead names where workers charge their phones: no
    # enforcement action, so the card's trafficking panel is no footer
    card = (
        "City outreach teams bring rights cards to couriers\n\n"
        "MIDVALE - The Department of Labor Standards has begun a spring outreach push to app "
        "couriers, visiting charging hubs and rest stops across the city.\n\n"
        "Staff hand out a pocket card in four languages. Most of it covers the courier pay "
        'floor and how to file a complaint. One panel covers forced labor: "If someone is '
        'forcing you to work, call 1-888-373-7888."\n\n'
        '"Couriers deserve every protection we can give them," the commissioner said.'
    )
    coding = code_text(card)
    assert coding.promotes_hotline and not coding.footer_only, coding
    # guard: the same card after criminal charges leads the release is the release's footer
    charged = card.replace(
        "has begun a spring outreach push to app couriers, visiting charging hubs and rest "
        "stops across the city",
        "charged two courier fleet owners with wage theft after an investigation",
    )
    assert not code_text(charged).promotes_hotline


def test_a_consumer_alerts_complaint_web_address_is_its_own_channel():
    # a consumer alert closing with the trafficking line after its own complaint web address:
    # a footer, as after its own complaint phone line
    alert = (
        "Consumer Alert: Read the Fine Print on Storage Units\n\n"
        "BISMARCK - Attorney General Lena Ostrom is reminding residents of their rights when a "
        "storage facility auctions the contents of a unit after late payment.\n\n"
        "A facility must send written notice before any sale and must list the sale in a "
        "newspaper. Residents should keep every receipt.\n\n"
        "Residents can file complaints at attorneygeneral.nd.example.gov.\n\n"
        "If you or someone you know is a victim of human trafficking, call 1-888-373-7888."
    )
    coding = code_text(alert)
    assert coding.footer_only and not coding.promotes_hotline, coding
