"""Round 32 of the coded fields (docs/coding-measurement.md, "Round 32, fields"): well-formed
values (where an agency's name ends, where a defined meaning ends, a penalty's unit named by a
place), agencies a text names without a verb of designing (a version developed by a body, the
page's own department, a body's acronym on its own page), and classes over-listed from the name of
an Act or a bare "every salon". Wordings are written here, from no labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

_HOTLINE = "It lists the National Human Trafficking Hotline, 1-888-373-7888."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place of the duty after a capitalised name
        (
            "Each club licensee shall post the sign developed by the Georgia Bureau of "
            "Investigation in every public restroom of the club.",
            "Georgia Bureau of Investigation",
        ),
        # a verb joined to the name by "and"
        (
            "Tattoo parlors must post the notice. The notice is designed by the Office of the "
            "Attorney General and features the hotline number.",
            "Office of the Attorney General",
        ),
        (
            "Truck stops must post the poster. The poster is prepared by the Ohio Department of "
            "Public Safety in a format businesses can print.",
            "Ohio Department of Public Safety",
        ),
    ],
)
def test_a_capitalised_name_ends_at_its_first_lowercase_word(sentence, expected):
    assert code_text(f"{sentence} {_HOTLINE}").agency == expected


def test_a_lowercase_name_ends_before_what_the_notice_contains():
    text = (
        "Every bus station shall post a notice prepared by the department of labor containing "
        "the national human trafficking hotline number, 1-888-373-7888."
    )
    assert code_text(text).agency == "department of labor"


def test_a_defined_meaning_ends_before_the_next_defined_term():
    text = (
        'For this section, "commissioner" means the commissioner of health, and "facility" '
        "means a clinic licensed by the state. Each facility shall post a sign designed by the "
        f"commissioner. {_HOTLINE}"
    )
    assert code_text(text).agency == "Commissioner of health"


def test_a_version_developed_by_a_body_names_the_agency():
    text = (
        "Do motels have to post the notice?\nYes, in the lobby.\nWhat is on it?\n"
        "The official version, developed by the Ohio Trafficking in Persons Council, must be "
        f"posted in English. {_HOTLINE}"
    )
    assert code_text(text).agency == "Ohio Trafficking in Persons Council"


def test_the_pages_own_department_from_its_address():
    text = (
        "Every licensed nursing home must display the Department's human trafficking notice "
        f"in its lobby. {_HOTLINE}"
    )
    coding = code_text(text, url="https://health.ohio.gov/facilities/trafficking-notice")
    assert coding.agency == "Ohio Department of Health"
    # another address: the word stays as written
    other = code_text(text, url="https://example.org/ohio-notice")
    assert other.agency != "Ohio Department of Health"


def test_an_acronym_on_its_own_page_is_kept_as_written():
    text = (
        "Every truck stop must post the human trafficking sign. Where do I get the sign? OSBI "
        f"provides a sign template. {_HOTLINE}"
    )
    assert code_text(text, url="https://www.osbi.gov/trafficking/sign").agency == "OSBI"
    assert code_text(text, url="https://example.org/sign").agency is None


@pytest.mark.parametrize(
    ("penalty", "amount", "unit"),
    [
        ("may be fined up to $250 per location", 250, "per location"),
        ("is subject to a civil penalty of $75 per truck stop", 75, "per location"),
    ],
)
def test_a_penalty_unit_named_by_a_place(penalty, amount, unit):
    text = (
        "Every truck stop and hotel shall post the human trafficking notice. An operator who "
        f"fails to post {penalty}. {_HOTLINE}"
    )
    details = code_text(text).penalty_details
    assert [(d["amount_usd"], d["unit"]) for d in details] == [(amount, unit)]


def test_an_act_naming_several_trades_names_no_place():
    text = (
        "Sec. 4. Nail salons; trafficking notice.\n(1) Every salon licensed under the Barbering, "
        "Cosmetology, Esthetics, and Body Art Licensing Act in which nail care is performed "
        f"shall display the human trafficking notice. {_HOTLINE}"
    )
    assert sorted(code_text(text).establishments) == ["nail_salon"]
