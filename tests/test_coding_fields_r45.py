"""Round 45 (issue 14zt-fields): establishments read by the place noun's head, (modifier* head);
a duty whose subject is a list above its verb line; places that "have already had to" post."""

import pytest

from hotline_watch.coding import classify
from hotline_watch.coding.vocabularies import head_cue

HOTLINE = " The notice gives the National Human Trafficking Hotline, 1-888-373-7888."

# the audit: three wordings of this round's own per code with new heads (statute list, signing
# story, agency page), each with the hotline sentence
AUDIT = [
    (
        "(a) Each port district shall post the notice in each marine cargo terminal and cruise "
        "ship terminal under its jurisdiction.",
        ["port"],
    ),
    (
        "The governor signed a bill requiring container terminals to display signs about human "
        "trafficking.",
        ["port"],
    ),
    ("Attention operators: if you operate a cruise terminal, you must post the notice.", ["port"]),
    (
        "(2) The operator of each agricultural labor camp shall post the notice in each housing "
        "unit.",
        ["lodging"],
    ),
    (
        "The governor signed a bill requiring migrant labor camps to display signs about human "
        "trafficking.",
        ["lodging"],
    ),
    ("Attention licensees: if you operate a rooming house, you must post the notice.", ["lodging"]),
    (
        "(a) Each of the following shall post the notice: (1) a check casher; and (2) a payday "
        "lender.",
        ["money_services"],
    ),
    (
        "The governor signed a bill requiring check cashers to display signs about human "
        "trafficking.",
        ["money_services"],
    ),
    (
        "Attention licensees: if you operate as a small-dollar lender, you must post the notice.",
        ["money_services"],
    ),
]


@pytest.mark.parametrize(("wording", "codes"), AUDIT)
def test_place_read_by_its_head_noun(wording: str, codes: list[str]) -> None:
    assert classify(wording + HOTLINE)["establishments"] == codes


def test_a_head_alone_or_another_class_modifier_names_no_new_class() -> None:
    text = "Each operator shall post the notice in each terminal and camp it runs." + HOTLINE
    assert classify(text)["establishments"] == []
    # a ferry terminal keeps its class (transportation_hub), a bus terminal bus_station
    ferry = "The ferry terminal and the bus terminal must post the notice." + HOTLINE
    assert "port" not in classify(ferry)["establishments"]


def test_head_cue_is_modifiers_then_head() -> None:
    import re

    rx = re.compile(head_cue("terminals?", ["cruise", "ship", "marine", "cargo"]))
    assert rx.search("each marine cargo terminal")
    assert rx.search("cruise ship terminals")
    assert not rx.search("a terminal for cruise ships")


def test_duty_subject_listed_above_its_verb_line() -> None:
    text = (
        "Human Trafficking Notice for Consumer Finance Licensees\n\nWho must post\n"
        "Every location licensed by the Division to\n- cash checks for a fee,\n"
        "- make short-term loans, or\n- transmit money\n"
        "must display the Division's human trafficking notice where customers wait.\n\n"
        "What the notice says\nThe notice gives the National Human Trafficking Hotline "
        "(1-888-373-7888).\n"
    )
    assert classify(text)["establishments"] == ["money_services"]


def test_places_that_have_already_had_to_post_are_the_law_as_it_stands() -> None:
    text = (
        "Rooming houses will have to post the trafficking hotline under a bill the governor "
        "signed Monday. Since a 2013 state law, hotels and motels, airports, train and bus "
        "stations and emergency rooms have already had to display such notices. Under the new "
        "law, every rooming house licensed by the state must post the notice, which includes "
        "the hotline number, 1-888-373-7888."
    )
    assert classify(text)["establishments"] == ["lodging"]
