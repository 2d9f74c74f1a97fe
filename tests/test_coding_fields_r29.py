"""Round 29 of the coded fields (docs/coding-measurement.md, "Round 29, fields"): a station
named with words between its class and noun, an establishment named by the gaming licence it
holds, a travel plaza the law places on a toll highway, a bill's title, an item of a list read
with its lead-in, a body directed to design the notice, a seller's copy of the official notice.
Wordings are written here, from no labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text


@pytest.mark.parametrize(
    ("law", "places"),
    [
        # words between the class and its noun: "railroad passenger station(s)"
        (
            "(1) Every operator of a railroad passenger station shall post the human trafficking "
            "notice, with the hotline 1-888-373-7888, in each waiting room.",
            ["rail_station"],
        ),
        # an establishment named by the licence it holds
        (
            "Sec. 4. A person holding a restricted or nonrestricted gaming license shall display "
            "the human trafficking hotline sign, 1-888-373-7888, near each restroom.",
            ["casino"],
        ),
        (
            "(a) The holder of a state gaming license shall post the human trafficking notice "
            "with the hotline 1-888-373-7888.",
            ["casino"],
        ),
    ],
)
def test_round29_places(law: str, places: list[str]) -> None:
    coding = code_text(law)
    assert coding.requires_posting is True
    assert coding.establishments == places


def test_a_travel_plaza_the_law_places_on_a_toll_highway_is_a_service_plaza_at_each_mention():
    law = (
        '(a) In this section, "travel plaza" means a facility on a toll highway where fuel and '
        "food are sold to motorists.\n(b) The Turnpike Commission shall display in each travel "
        "plaza a sign with the National Human Trafficking Hotline, 1-888-373-7888.\n(c) A "
        "tenant of a travel plaza may not remove the sign."
    )
    coding = code_text(law)
    assert coding.establishments == ["service_plaza"]
    # a truck stop the same law names in other words is still one
    both = law + "\n(d) Each truck stop shall also display the sign."
    assert code_text(both).establishments == ["service_plaza", "truck_stop"]


def test_a_travel_plaza_of_no_toll_road_stays_a_truck_stop():
    law = (
        "Sec. 2. Each travel plaza with overnight parking shall post the human trafficking "
        "notice with the hotline 1-888-373-7888."
    )
    assert code_text(law).establishments == ["truck_stop"]


def test_a_bill_title_naming_its_subject_is_no_place_but_a_title_stating_the_duty_is():
    summary = (
        "S.90 - An act relating to human trafficking signs at public transportation facilities\n"
        "Section-by-Section Summary\n"
        "Sec. 1 requires the Department to post signs with the National Human Trafficking "
        "Hotline (1-888-373-7888) in each rest area and each airport it operates."
    )
    assert code_text(summary).establishments == ["rest_area", "airport"]
    duty = (
        "AN ACT relating to human trafficking; requiring signs at transportation facilities.\n"
        "Section 1. The Department shall post signs with the National Human Trafficking "
        "Hotline (1-888-373-7888) in each rest area it operates."
    )
    assert code_text(duty).establishments == ["transportation_hub", "rest_area"]


def test_an_item_of_a_list_is_read_with_its_lead_in():
    law = (
        "(a) Each operator of a public marina shall display, in every restroom, information on "
        "how to report human trafficking.\n(b) The information shall:\n"
        "  (1) be supplied by the Office of Victim Services and Justice Grants;\n"
        "  (2) include the National Human Trafficking Hotline, 1-888-373-7888."
    )
    coding = code_text(law)
    assert coding.agency == "Office of Victim Services and Justice Grants"
    # "approved by" said of a training in its own list item is no notice's maker
    training = (
        "(a) Each hotel shall post the human trafficking notice with the hotline "
        "1-888-373-7888.\n(b) The training program shall:\n"
        "  (1) be approved by the Board of Nursing;\n  (2) last one hour."
    )
    assert code_text(training).agency is None


def test_a_body_directed_to_design_the_signs_whatever_its_head_word():
    summary = (
        "Sec. 2 requires each operator of a bus terminal to post signs with the National "
        "Human Trafficking Hotline (1-888-373-7888). Sec. 3 directs the Northern Center for "
        "Survivor Services to design the signs."
    )
    assert code_text(summary).agency == "Northern Center for Survivor Services"
    # a single capitalised word is no name
    short = (
        "Sec. 2 requires each hotel to post signs with the hotline 1-888-373-7888 and directs "
        "the Committee to design the signs."
    )
    assert code_text(short).agency is None


def test_a_sellers_copy_of_the_official_notice_states_its_languages():
    page = (
        "Ohio Human Trafficking Notice\n"
        "Is it required? State law requires massage establishments to post the notice.\n"
        "Our vinyl edition reproduces the official notice word for word in English and "
        "Spanish. It gives the National Human Trafficking Hotline, 1-888-373-7888."
    )
    coding = code_text(page)
    assert coding.requires_posting is True
    assert coding.languages == ["English", "Spanish"]
    # the seller's own edition, no copy of the notice: not the notice's languages
    own = page.replace("reproduces the official notice word for word", "is printed")
    assert code_text(own).languages == []
