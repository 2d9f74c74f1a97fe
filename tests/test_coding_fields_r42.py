"""Round 42 (issue 14zq-fields): the places of a text about a change to a law, scoped by each
sentence's role (a reading): a sentence telling the law as it stands ("... already have to
display the sign under a law passed in 2019", an inline "Current Law: G.S. 14-43.20A requires
...") names no place of the change (round 28's earlier-law test keeps a change whose only place
has no code from taking the law's places). With it: fuel retailers as gas stations, a racing permit
holder's track as gaming premises, a bare "cabaret" beside "adult cabaret" as no bar (words); a
paper size given as the least a sign may be ("letter size or larger") as its inches, and an
administration that posts its own signs ("The Administration shall post signs") as the agency
(readings).

Each case fails on the engine before the round; GUARDS hold on both. The wordings are written
for these tests."""

import pytest

from hotline_watch.coding import code_text

HOTLINE = "the National Human Trafficking Hotline, 1-888-373-7888"

MO_NEWS = (
    "Clinics and ERs will have to post trafficking hotline under new law\n\n"
    "Missouri urgent care clinics and hospital emergency rooms will have to display the "
    f"hotline under a bill the governor signed. Each urgent care center must post {HOTLINE}, in "
    "a waiting area. Hotels, truck stops, airports and bus stations already have to display the "
    "sign under a law passed in 2019.\n"
)

NC_SUMMARY = (
    "HOUSE BILL 612: Fuel Retailers/Post HT Hotline.\n\n"
    "House Bill 612 would add retail motor fuel establishments to the businesses required to "
    "display the human trafficking public awareness sign.\n\n"
    "Current Law: G.S. 14-43.20A requires certain businesses - including truck stops, adult "
    "establishments, hotels and ABC permittees - to post a sign with the hotline number.\n\n"
    "Bill Analysis: The bill would require each retail establishment that sells motor fuel to "
    f"the public to post the sign near the point of sale, with {HOTLINE}.\n"
)


def test_already_have_to_display_under_a_law_passed_in_a_year_is_the_law_as_it_stands():
    assert sorted(code_text(MO_NEWS).establishments) == ["emergency_room", "urgent_care"]


def test_an_inline_current_law_heading_holds_its_whole_paragraph():
    """The citation's full stops ("G.S. 14-43.20A") end no sentence of the current law."""
    assert code_text(NC_SUMMARY).establishments == ["gas_station"]


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("retail motor fuel establishments", "gas_station"),
        ("motor fuel retailers", "gas_station"),
        ("fuel retailers", "gas_station"),
        ("every store that sells motor fuel to the public", "gas_station"),
        ("every permit holder conducting live racing", "casino"),
        ("each facility offering simulcast wagering", "casino"),
    ],
)
def test_words_of_the_closed_list(place, code):
    text = f"Each of the following shall post a notice stating {HOTLINE}: {place}.\n"
    assert code in code_text(text).establishments


def test_a_bare_cabaret_beside_an_adult_cabaret_is_no_bar():
    text = (
        "Massage and Cabaret Licensees: Posting the Notice\n\n"
        "Every business licensed as a massage establishment or as an adult cabaret must display "
        f"a human trafficking notice with {HOTLINE}.\n"
    )
    assert sorted(code_text(text).establishments) == ["adult_entertainment", "massage"]


@pytest.mark.parametrize(
    ("wording", "size"),
    [
        ("print them at letter size or larger", "8.5 x 11 inches"),
        ("print it on legal-size paper or larger", "8.5 x 14 inches"),
    ],
)
def test_a_paper_size_as_a_minimum_is_the_sign_size(wording, size):
    text = (
        "Every permit holder conducting live racing must display the Commission's human "
        f"trafficking notice with {HOTLINE} at the track. Download the notice and {wording}.\n"
    )
    assert code_text(text).sign_size == size


def test_an_administration_posting_its_own_signs_is_the_agency():
    text = (
        '(a) In this section, "Administration" means the Maryland Aviation Administration.\n\n'
        "(b) The Administration shall post signs in each public restroom of the State's "
        f"airports that contain the telephone number of {HOTLINE}.\n"
    )
    assert code_text(text).agency == "Maryland Aviation Administration"


GUARDS = [
    # a paper size only offered is no size the law sets
    ("Download the notice (PDF) - English/Spanish, letter size.", None),
    ("It may be printed on regular letter-size paper.", None),
]


@pytest.mark.parametrize(("sentence", "size"), GUARDS)
def test_guard_a_paper_size_only_offered(sentence, size):
    text = f"Every hotel must display the notice with {HOTLINE} in its lobby. {sentence}\n"
    assert code_text(text).sign_size == size


def test_guard_cabaret_alone_is_still_a_bar():
    text = f"Each of the following shall post a notice stating {HOTLINE}: cabarets.\n"
    assert code_text(text).establishments == ["bar"]
