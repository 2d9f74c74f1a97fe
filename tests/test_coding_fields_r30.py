"""Round 30 of the coded fields (docs/coding-measurement.md, "Round 30, fields"): the sections of
a bill report or fact sheet that tell the law as it stands, a term read as one class at each of
its mentions (highway ports of entry), a duty only sought for later, a place named by the
activity its licence allows, an office inside a department, a body that "is to design" the
signs, a model notice an agency posts. Wordings are written here, from no labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

_REPORT = """SB 2211 - SENATE BILL REPORT

Brief Summary of Bill: Requires motels to post human trafficking signs.

{standing}

Since 2019 truck stops, massage parlors, nightclubs and airports have posted a notice with the
National Human Trafficking Hotline. The Department of Labor supplies that notice.

{measure}

Each operator of a motel must post the human trafficking sign, listing 1-888-373-7888, at
the registration office. The sign must be in English and Spanish.
"""


@pytest.mark.parametrize(
    ("standing", "measure"),
    [
        ("Background:", "Summary of Bill:"),
        ("Current Law", "Provisions"),
        ("PRESENT SITUATION", "EFFECT OF PROPOSED CHANGES"),
    ],
)
def test_the_law_as_it_stands_in_its_own_section_is_not_the_measure(standing, measure):
    coding = code_text(_REPORT.format(standing=standing, measure=measure))
    assert coding.requires_posting is True
    assert coding.establishments == ["lodging"]


def test_a_background_section_with_no_measure_section_after_it_is_read():
    # a text whose only sections are the background is read whole (nothing else says who posts)
    text = _REPORT.format(standing="Background:", measure="").replace("Each operator", "And")
    coding = code_text(text)
    assert "truck_stop" in coding.establishments


def test_highway_ports_of_entry_are_weigh_stations_at_each_mention():
    text = (
        "The governor signed a bill on Monday that puts human trafficking signs at the state's "
        "highway ports of entry and welcome centers. The state patrol must post the signs, with "
        "the hotline 1-888-373-7888, by January 1 in the lobby of every port of entry where "
        "commercial drivers stop."
    )
    coding = code_text(text)
    assert coding.establishments == ["weigh_station", "welcome_center"]


def test_a_seaport_named_in_other_words_stays_a_port():
    text = (
        "The law requires signs at highway ports of entry. Each seaport must also post the human "
        "trafficking notice with the hotline 1-888-373-7888."
    )
    assert code_text(text).establishments == ["weigh_station", "port"]


def test_a_duty_only_sought_for_later_is_no_place_of_the_law():
    text = (
        "A new law signed Friday requires every bus station to post a human trafficking hotline "
        "sign, 1-888-373-7888, near its restrooms. Sponsors said they will seek next session to "
        "expand the rule to motels and massage parlors."
    )
    assert code_text(text).establishments == ["bus_station"]


@pytest.mark.parametrize(
    ("law", "places"),
    [
        (
            '(a) "Licensee" means a person licensed by the Commissioner to transmit money or to '
            "sell payment instruments. (b) Each licensee shall post at each location open to the "
            "public a notice with the human trafficking hotline 1-888-373-7888.",
            ["money_services"],
        ),
        (
            "(2) Each establishment licensed for the practice of manicuring shall display the "
            "human trafficking notice, with the hotline 1-888-373-7888, near the entrance.",
            ["nail_salon"],
        ),
    ],
)
def test_a_place_named_by_the_activity_its_licence_allows(law, places):
    coding = code_text(law)
    assert coding.requires_posting is True
    assert coding.establishments == places


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # an office inside a department acts; the department is where it sits
        (
            "Hotels must post the human trafficking sign with the hotline 1-888-373-7888. The "
            "Bureau of Victim Services (BVS) within the Department of Public Safety designs the "
            "sign.",
            "Bureau of Victim Services",
        ),
        # a body that "is to design" the signs
        (
            "The new law requires each rest area to post a human trafficking hotline sign, "
            "1-888-373-7888. The State Human Trafficking Task Force is to design the signs.",
            "State Human Trafficking Task Force",
        ),
        # an agency that posts a model notice
        (
            "Every nail salon must display a notice with the human trafficking hotline "
            "1-888-373-7888. The Illinois Department of Human Services posts a model notice that "
            "salons may print.",
            "Illinois Department of Human Services",
        ),
        # guard: a business that posts a model notice is no agency
        (
            "Every nail salon must post the notice with the human trafficking hotline "
            "1-888-373-7888. Each salon posts a model notice near its entrance.",
            None,
        ),
    ],
)
def test_who_makes_the_notice(text, agency):
    assert code_text(text).agency == agency


_OFFERED = (
    "Every motel must display the human trafficking notice, with the hotline 1-888-373-7888, at "
    "its front desk. {offer}"
)


@pytest.mark.parametrize(
    ("offer", "languages"),
    [
        # the notice offered in English and Spanish alone: its two versions are the notice
        ("The notice is available in English and Spanish.", ["English", "Spanish"]),
        ("It can be downloaded in English and Spanish below.", ["English", "Spanish"]),
        # a list of translations to choose from says nothing of the notice's languages
        ("The notice is available in English, Spanish and Korean.", []),
        ("The notice is available in English and Spanish. Other languages are on request.", []),
        # another thing offered
        ("A training video is available in English and Spanish.", []),
    ],
)
def test_a_notice_offered_in_english_and_spanish_alone(offer, languages):
    coding = code_text(_OFFERED.format(offer=offer))
    assert coding.requires_posting is True
    assert coding.languages == languages
