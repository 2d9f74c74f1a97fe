"""The coding engine (hotline_watch.coding): pure functions over text, no Scrapy, no database.

Small inline texts exercise each decision and extractor (and each kind of near miss); the
shared labelled texts (../shared/texts/, skipped when absent) check precision and recall.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from hotline_watch.coding import (
    CAMPAIGN_TYPES,
    ESTABLISHMENTS,
    MEDIA,
    Coding,
    classify,
    code_text,
    explain,
    html_to_text,
    read_document,
)
from hotline_watch.coding.split import load_index, side


def assert_evidence_quotes_are_substrings(coding: Coding, text: str) -> None:
    assert coding.evidence, "expected evidence"
    for ev in coding.evidence:
        assert set(ev) == {"field", "value", "quote"}
        assert ev["quote"] in text, ev
        assert len(ev["quote"]) <= 300


# -- requires_posting: mandatory duties ---------------------------------------------------------

MANDATES = [
    "Every hotel shall post a sign, at least 8 1/2 by 11 inches, in English and Spanish, "
    "containing the National Human Trafficking Hotline number 1-888-373-7888.",
    "This bill would require truck stops and rest areas to display a human trafficking "
    "hotline poster.",
    "The owner or operator of a massage establishment must conspicuously display the human "
    "trafficking notice developed by the Department of Labor.",
    "The following establishments are required to post the National Human Trafficking "
    "Resource Center hotline information: bars, airports and bus stations.",
    "Under Nebraska law, strip clubs would have to display human trafficking informational "
    "posters with a toll-free number.",
    "The act mandates that all human trafficking awareness signs display the state hotline.",
]


MANDATES.append(
    # California Civil Code 52.6 style: a long clause between "shall" and "post", and a list of
    # establishments without the word "trafficking" before the model text
    "(a) Each of the following businesses and other establishments shall, upon the availability "
    "of the model notice described in subdivision (d), post a notice that complies with the "
    "requirements of this section in a conspicuous place near the public entrance: (1) On-sale "
    "general public premises licensees. (2) Adult or sexually oriented businesses. (3) Primary "
    "airports. (4) Bus stations. (5) Truck stops. (6) Urgent care centers. (b) The notice shall "
    "state: If you or someone you know is being forced to engage in any activity and cannot "
    "leave, call 1-888-373-7888."
)


@pytest.mark.parametrize("text", MANDATES)
def test_mandatory_posting_duties_are_coded(text):
    coding = code_text(text)
    assert coding.requires_posting is True
    assert any(ev["field"] == "requires_posting" for ev in coding.evidence)
    assert_evidence_quotes_are_substrings(coding, text)


# -- requires_posting: each class of near miss --------------------------------------------------

NEAR_MISSES = {
    "encourage": "The department shall encourage hotels, truck stops and bus stations to "
    "display the human trafficking hotline poster.",
    "may post": "A business may post the human trafficking hotline notice in a conspicuous "
    "place near the entrance.",
    "voluntary": "Establishments may voluntarily post the model notice on human trafficking "
    "in restrooms.",
    "request": "The department of justice shall request that any person receiving a copy of "
    "the human trafficking poster display the poster.",
    "training only": "Every hotel shall provide human trafficking awareness training to its "
    "employees and shall report suspected human trafficking to law enforcement.",
    "minimum wage poster": "Every employer shall post in a conspicuous place a summary of the "
    "Minimum Wage Act, in English and Spanish, on a poster supplied by the director.",
    "no smoking sign": 'A "No Smoking" sign shall be prominently posted by the owner or '
    "operator of every public place.",
    "prosecution release": "Attorney General Jane Doe announced today that a Springfield man "
    "was sentenced to 20 years in prison for human trafficking. To report trafficking, call "
    "the National Human Trafficking Hotline at 1-888-373-7888.",
    "negated": "Lodging establishments are not required to post the human trafficking "
    "hotline notice.",
    "negated anchor": "This human trafficking awareness poster is not required by federal law "
    "for private employers; it gives the hotline, 1-888-373-7888.",
    "nothing construed": "Nothing in this section shall be construed to require any business "
    "to post a human trafficking notice.",
    "ohio-style encourage statute": "The director of public safety shall develop a poster "
    "that provides information regarding the national human trafficking resource center "
    "hotline and shall make the poster available on the department's web site. The director "
    "shall encourage businesses, including truck stops, hotels and bars, to display the poster.",
    "definition": '"Human trafficking" means the recruitment, harboring or transportation of '
    "a person for the purpose of forced labor or commercial sex.",
}


@pytest.mark.parametrize("kind", sorted(NEAR_MISSES))
def test_near_misses_do_not_require_posting(kind):
    coding = code_text(NEAR_MISSES[kind])
    assert coding.requires_posting is False, explain(NEAR_MISSES[kind])["top_posting_cue"]
    assert coding.promotes_hotline is False


def test_permissive_wording_outweighs_nothing_when_a_duty_is_explicit():
    text = (
        "While display of human trafficking posters in public areas is voluntary, display in "
        "employee break rooms is mandatory for every hotel."
    )
    assert code_text(text).requires_posting is True


# -- promotes_hotline -----------------------------------------------------------------------------


def test_billboard_campaign_promotes_the_hotline():
    text = (
        "Attorney General Jane Doe today launched a statewide billboard campaign urging "
        "residents to call the National Human Trafficking Hotline at 1-888-373-7888 or text "
        "233733. The Attorney General is partnering with Clear Channel Outdoor and Lamar "
        "Advertising, which are donating space on digital billboards."
    )
    coding = code_text(text)
    assert coding.promotes_hotline is True
    assert coding.requires_posting is False
    assert {"billboard", "awareness_campaign", "partnership"} <= set(coding.campaign_types)
    assert "billboards" in coding.media
    assert coding.partners[:2] == ["Clear Channel Outdoor", "Lamar Advertising"]
    assert coding.hotline_numbers == ["1-888-373-7888", "233733"]
    assert set(coding.campaign_types) <= set(CAMPAIGN_TYPES)
    assert set(coding.media) <= set(MEDIA)
    assert_evidence_quotes_are_substrings(coding, text)


def test_awareness_month_training_release_promotes_the_hotline():
    text = (
        "During Human Trafficking Prevention Month, the Attorney General's office will hold "
        "training sessions for hotel staff across the state. Anyone with information should "
        "call the National Human Trafficking Hotline at 1-888-373-7888."
    )
    coding = code_text(text)
    assert coding.promotes_hotline is True
    assert {"awareness_month", "training"} <= set(coding.campaign_types)


def test_posting_reminder_release_promotes_the_hotline():
    text = (
        "During Human Trafficking Prevention Month, the Attorney General reminds businesses to "
        "post notices with the human trafficking hotline. State law requires certain businesses "
        "to post the notice in English and Spanish."
    )
    coding = code_text(text)
    assert coding.promotes_hotline is True
    assert "posting_reminder" in coding.campaign_types


def test_state_hotline_campaign_is_a_campaign():
    text = (
        "Attorney General Jane Doe launched a television public service announcement asking "
        "Montanans to report suspected human trafficking to the state tip line, 1-833-406-STOP."
    )
    coding = code_text(text)
    assert coding.promotes_hotline is True
    assert coding.hotline_numbers == ["1-833-406-7867"]
    assert "psa" in coding.campaign_types
    assert "tv" in coding.media


def test_other_hotline_campaigns_and_passing_mentions_are_not_campaigns():
    other = (
        "The Attorney General launched a billboard campaign promoting the consumer fraud "
        "hotline, 1-800-555-1234."
    )
    resource_page = (
        "Signs of human trafficking include working excessively long hours. If you suspect "
        "human trafficking, call 1-888-373-7888 or 911."
    )
    discussed = (
        "The National Human Trafficking Hotline Enhancement Act would require entities that "
        "contract with the National Human Trafficking Hotline to share tips with law "
        "enforcement. The association will keep training its members."
    )
    for text in (other, resource_page, discussed):
        assert code_text(text).promotes_hotline is False, explain(text)["top_campaign_cue"]


def test_news_footer_after_a_sting_is_not_a_campaign():
    text = (
        "Deputies arrested 12 men in a human trafficking sting at a motel last week, the sheriff "
        "said Tuesday. Investigators posed as minors in online ads. Anyone with information "
        "about human trafficking is asked to call the National Human Trafficking Hotline at "
        "1-888-373-7888."
    )
    coding = code_text(text)
    assert coding.promotes_hotline is False
    assert coding.hotline_numbers == ["1-888-373-7888"]


def test_state_hotline_launch_is_a_campaign():
    text = (
        "The Governor and Attorney General announced a new statewide human trafficking hotline. "
        "Residents can now call 1-844-555-7199 24/7 to report suspected human trafficking. The "
        "hotline will be promoted on billboards and social media throughout January, Human "
        "Trafficking Awareness Month."
    )
    coding = code_text(text)
    assert coding.promotes_hotline is True
    assert coding.hotline_numbers == ["1-844-555-7199"]
    assert {"hotline_launch", "billboard", "social_media", "awareness_month"} <= set(
        coding.campaign_types
    )
    assert {"billboards", "social_media"} <= set(coding.media)


def test_statutes_are_never_campaigns():
    text = (
        "(a) The department of justice shall create a poster that provides information "
        "regarding the national human trafficking resource center hotline. (b) The department "
        "shall make the poster available on its website and shall request that any person "
        "receiving a copy display the poster pursuant to this section."
    )
    coding = code_text(text)
    assert coding.promotes_hotline is False
    assert coding.requires_posting is False


# -- the promotes_hotline concept: given vs mentioned, campaign, footer_only ----------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("855-END-NJ-HT", "1-855-363-6548"),
        ("844-END-OHHT", "1-844-363-6448"),
        ("1-866-ENDHTGA", "1-866-363-4842"),
        ("1(855) FLA-SAFE", "1-855-352-7233"),
        ("855-MICH-TIP", "1-855-642-4847"),
    ],
)
def test_vanity_numbers_in_two_or_three_groups(raw, expected):
    text = f"To report suspected human trafficking, call the state tip line at {raw}."
    coding = code_text(text)
    assert coding.hotline_numbers == [expected]
    assert coding.hotline_scope == ["state"]


def test_other_help_lines_beside_the_hotline_are_not_trafficking_hotlines():
    text = (
        "If you suspect human trafficking, contact the FBI at 1-800-CALL-FBI, the National "
        "Human Trafficking Hotline at 1-888-373-7888, or the National Center for Missing & "
        "Exploited Children at 1-800-THE-LOST."
    )
    assert code_text(text).hotline_numbers == ["1-888-373-7888"]


AWARENESS_RELEASE = (
    "During Human Trafficking Prevention Month, Attorney General Jane Doe urged residents to "
    "learn the signs of human trafficking. {hotline}"
)


def test_awareness_release_giving_the_number_promotes_the_hotline():
    text = AWARENESS_RELEASE.format(
        hotline="If you suspect trafficking, call the National Human Trafficking Hotline at "
        "1-888-373-7888."
    )
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline, coding.footer_only) == (True, True, False)
    assert {"awareness_month", "awareness_education"} <= set(coding.campaign_types)
    ev = {e["field"]: e["quote"] for e in coding.evidence}
    assert "1-888-373-7888" in ev["promotes_hotline"]
    assert "Attorney General" in ev["campaign"]


def test_hotline_only_in_statistics_is_a_campaign_that_does_not_promote_it():
    text = AWARENESS_RELEASE.format(
        hotline="Florida ranks third in the number of calls to the National Human Trafficking "
        "Hotline, and more than 700 cases were reported to the hotline in 2020."
    )
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline) == (True, False)


def test_awareness_release_without_a_hotline_is_a_campaign_only():
    coding = code_text(AWARENESS_RELEASE.format(hotline="Learn more on our website."))
    assert (coding.campaign, coding.promotes_hotline, coding.footer_only) == (True, False, False)


def test_prosecution_release_with_a_hotline_footer_is_footer_only():
    text = (
        "Attorney General Jane Doe announced that a Springfield man was sentenced to 20 years in "
        "prison after he pleaded guilty to sex trafficking. He was arrested in 2022 and "
        "convicted on four counts; the court ordered restitution to the victims. "
        "Anyone with information about human trafficking is asked to call the National Human "
        "Trafficking Hotline at 1-888-373-7888."
    )
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline, coding.footer_only) == (False, False, True)
    assert any(e["field"] == "footer_only" for e in coding.evidence)


def test_news_about_a_posting_bill_is_never_a_campaign():
    text = (
        "House Bill 1848 would require adult establishments to post the human trafficking "
        "hotline. The bill passed the Senate committee on Tuesday, its sponsor said, and the "
        "measure now goes to the full legislature. Victims can call 1-888-373-7888."
    )
    coding = code_text(text)
    assert coding.requires_posting is True
    assert (coding.campaign, coding.promotes_hotline) == (False, False)


def test_a_page_with_no_public_office_acting_does_not_promote():
    text = (
        "Signs of human trafficking include working excessively long hours. If you suspect "
        "human trafficking, call 1-888-373-7888 or text 233733."
    )
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline) == (False, False)


# -- round 2 (issue 14b): the known problems, each as a text written for the test ---------------


def test_an_office_page_speaking_to_the_reader_promotes_and_is_no_footer():
    # An Attorney General's "report trafficking" page: no prosecution, no bill, nothing else
    # the hotline could be a footer of; the office is named, not acting in the third person.
    text = (
        "If you see something suspicious, please report it. Do not intervene yourself.\n\n"
        "Call 911\n\nIf someone is in immediate danger, call 911 first.\n\n"
        "Call the National Human Trafficking Hotline\n\nCall the National Human Trafficking "
        "Hotline at 1-888-373-7888, or text 233733.\n\nContact the Attorney General's Human "
        "Trafficking Section by email."
    )
    coding = code_text(text)
    assert (coding.promotes_hotline, coding.campaign, coding.footer_only) == (True, True, False)
    assert_evidence_quotes_are_substrings(coding, text)


def test_posters_put_up_are_an_effort_even_after_a_law_allowed_them():
    text = (
        "Anti-human trafficking posters were installed at 30 highway rest areas on Friday. "
        "Until last year, hanging posters at rest areas was illegal: Senate Bill 375 changed the "
        "law, said Sen. Pat Roe, who authored the bill, and the legislature passed it. The "
        "posters list the phone number for the National Human Trafficking Hotline."
    )
    coding = code_text(text)
    assert (coding.promotes_hotline, coding.footer_only) == (True, False)
    assert "poster" in coding.campaign_types
    # a duty to put posters up is not posters put up
    bill = (
        "House Bill 12 would require truck stops to display posters with the National Human "
        "Trafficking Hotline. The posters must be placed in restrooms, the bill's sponsor said."
    )
    assert code_text(bill).campaign is False


def test_a_sentencing_release_is_not_a_campaign_for_its_units_mission():
    text = (
        "Attorney General Jane Doe secured a 50-year sentence against a human trafficker. A jury "
        "sentenced the defendant to 50 years in prison; he is not eligible for parole. The "
        "sentence followed testimony from the office's investigators. The case was prosecuted by "
        "two assistant attorneys general. The Attorney General created the Human Trafficking "
        "Section to fight trafficking through investigations, prosecutions, training, and "
        "raising awareness, partnering with law enforcement across the state."
    )
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline) == (False, False)


def test_reporting_to_a_number_is_giving_it_not_statistics():
    text = (
        "Attorney General Jane Doe launched a television campaign. \u201cEducate yourself on the "
        "signs of human trafficking and report suspected human trafficking to 1-833-406-STOP,"
        "\u201d she said. Reports to the hotline rose last year."
    )
    coding = code_text(text)
    assert coding.promotes_hotline is True
    assert explain(text)["hotlines_given"] == ["state"]


def test_without_a_public_office_the_model_is_not_asked():
    # a non-government page printing the hotline beside an awareness effort of its own
    text = (
        "Our coalition's volunteers are placing stickers with the National Human Trafficking "
        "Hotline number, 1-888-373-7888, in restroom stalls across the city this week. Learn "
        "the signs of human trafficking and call the hotline."
    )
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline) == (False, False)
    assert explain(text)["promote_probability"] is None


def test_a_reminder_of_the_posting_duty_is_settled_by_the_rules():
    text = (
        "State law requires hotels, bars and truck stops to post a notice with the National "
        "Human Trafficking Hotline. The law took effect in 2019 under Senate Bill 1193, which "
        "the legislature amended. The Attorney General reminds businesses to post the notices; "
        "digital copies are available on the Attorney General's website."
    )
    coding = code_text(text)
    assert coding.promotes_hotline is True
    assert explain(text)["promote_probability"] is None


def test_a_duty_to_post_findings_is_not_a_hotline_posting_duty():
    text = (
        "SECTION 3. The human trafficking prevention task force is created in the department of "
        "public safety. The task force shall meet quarterly and study the posting of human "
        "trafficking hotline information. The task force shall post its findings and a notice of "
        "each meeting on the department's website."
    )
    assert code_text(text).requires_posting is False
    both = "Every hotel shall post a sign with the human trafficking hotline. " + text
    assert code_text(both).requires_posting is True


def test_a_bill_requiring_signs_be_posted_and_a_wish_for_one():
    # added after the round-2 held-out run (docs/coding-measurement.md): post-hoc fixes
    bill = (
        "A bill requiring human trafficking awareness signs be posted at certain businesses is "
        "headed to the Governor after final Senate approval."
    )
    assert code_text(bill).requires_posting is True
    wish = (
        "Current law only encourages businesses to display human trafficking hotline posters. "
        'Lawmakers should "require" hotline posters to be displayed in strip clubs and motels.'
    )
    assert code_text(wish).requires_posting is False
    cabaret = (
        "The bill would require adult cabarets to post the human trafficking hotline notice at "
        "their entrances."
    )
    assert code_text(cabaret).establishments == ["adult_entertainment"]


def test_footer_only_needs_something_else_the_release_is_about():
    # a statistics story with a hotline at the end is not a footer of a prosecution or a bill
    text = (
        "Calls to the National Human Trafficking Hotline from the state rose 20 percent last "
        "year, the state police said. Most cases involved sex trafficking. Experts expect the "
        "number to rise again. The hotline's number is 1-888-373-7888."
    )
    assert code_text(text).footer_only is False


def test_hedged_mention_of_a_posting_decision_is_not_a_posting_law():
    text = (
        "Hotline calls about human trafficking rose in 2015. The increase could be the result of "
        "a state decision to require that the hotline number be posted at rest stops."
    )
    assert code_text(text).requires_posting is False


def test_agency_defined_in_the_text_is_resolved():
    text = (
        "Every hotel shall post the human trafficking sign. The department shall design the "
        'sign. As used in this section, "department" means the department of labor.'
    )
    coding = code_text(text)
    assert (coding.agency, coding.agency_basis) == ("Department of labor", "defined in this text")
    assert_evidence_quotes_are_substrings(coding, text)


def test_quotes_are_cut_between_words():
    words = " ".join(f"word{i}" for i in range(200))
    text = f"{words} Every bar shall post the human trafficking hotline sign {words}"
    coding = code_text(text)
    for ev in coding.evidence:
        start = text.index(ev["quote"])
        end = start + len(ev["quote"])
        assert start == 0 or text[start - 1] == " ", ev
        assert end == len(text) or text[end] in " .", ev


# -- extractors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("no smaller than eight and one-half inches by eleven inches in size", "8.5 x 11 inches"),
        ("at least eight and one -half (8 -1/2) by eleven (11) inches in size", "8.5 x 11 inches"),
        ("measuring 8 1/2 by 11 inches", "8.5 x 11 inches"),
        ("measuring at least 8-1/2 inches by 11 inches", "8.5 x 11 inches"),
        ('measuring 8.5" x 11"', "8.5 x 11 inches"),
        ("of at least 11 x 17 inches", "11 x 17 inches"),
        ("at least 8.5 inches high and 11 inches wide", "8.5 x 11 inches"),
        ("at least 3 by 5 inches in size", "3 x 5 inches"),
        ("printed in at least a 16-point type", "16-point font"),
        ("printed in sixteen (16) point font", "16-point font"),
    ],
)
def test_sign_size_is_normalised(phrase, expected):
    text = f"Every bar shall post a human trafficking hotline sign {phrase}."
    coding = code_text(text)
    assert coding.sign_size == expected
    assert_evidence_quotes_are_substrings(coding, text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1-888-373-7888", "1-888-373-7888"),
        ("1 (888) 373-7888", "1-888-373-7888"),
        ("888.373.7888", "1-888-373-7888"),
        ("(888)373-7888", "1-888-373-7888"),
        ("1\u2013888\u2013373\u20137888", "1-888-373-7888"),
        ("1-888-3737-888", "1-888-373-7888"),
        ("1-855-FLA-SAFE", "1-855-352-7233"),
        ("(855) 617-2288", "1-855-617-2288"),
        ("BeFree (233733)", "233733"),
        ("233-733", "233733"),
    ],
)
def test_hotline_numbers_are_normalised(raw, expected):
    text = f"To report human trafficking, call the human trafficking hotline at {raw}."
    assert expected in code_text(text).hotline_numbers


def test_contact_numbers_and_other_hotlines_are_not_trafficking_hotlines():
    text = (
        "Contact: Matt Baca (505) 270-7148. The bill protects victims of human trafficking. "
        "Report elder abuse to the hot line at 800-259-4990."
    )
    assert code_text(text).hotline_numbers == []


def test_hotline_names():
    text = (
        "Call the National Human Trafficking Resource Center (NHTRC) or the Florida Human "
        "Trafficking Hotline; the Tennessee Human Trafficking Resource Center Hotline also "
        "takes calls about human trafficking."
    )
    assert code_text(text).hotlines == [
        "National Human Trafficking Resource Center",
        "Florida Human Trafficking Hotline",
        "Tennessee Human Trafficking Resource Center Hotline",
    ]


def test_languages_are_normalised_names_in_context():
    text = (
        "Every massage establishment shall post the human trafficking sign in English, Spanish, "
        "and Vietnamese. Non-English speakers are often targeted, as are Spanish-speaking "
        "workers; two Thai seafood companies were sued."
    )
    assert code_text(text).languages == ["English", "Spanish", "Vietnamese"]


def test_penalties_money_and_warnings():
    text = (
        "An establishment that fails to post the human trafficking notice is subject to a "
        "written warning for the first violation, a civil penalty of $250 for a second "
        "violation and five hundred dollars ($500) for each subsequent violation. The campaign "
        "cost $400,000 to implement."
    )
    coding = code_text(text)
    assert coding.penalties == [
        "written warning (first violation)",
        "$250 (second violation)",
        "$500 (each subsequent violation)",
    ]
    assert [(d["kind"], d["amount_usd"], d["offense"]) for d in coding.penalty_details] == [
        ("written warning", None, "first"),
        ("civil penalty", 250, "second"),
        ("fine", 500, "subsequent"),
    ]
    assert_evidence_quotes_are_substrings(coding, text)


@pytest.mark.parametrize(
    ("sentence", "label", "unit", "bound"),
    [
        (
            "An employer who fails to post the notice shall be fined not more than $100 for each "
            "separate offense. Each day the violation continues shall constitute a separate "
            "offense.",
            "up to $100 per day",
            "per day",
            "max",
        ),
        (
            "A hotel that fails to post the notice is subject to a civil penalty of up to $200 for "
            "each violation.",
            "up to $200 per violation",
            "per violation",
            "max",
        ),
        (
            "A violation is punishable by a fine of $500.",
            "$500",
            None,
            None,
        ),
    ],
)
def test_penalty_units(sentence, label, unit, bound):
    text = f"Every bar shall post the human trafficking hotline sign. {sentence}"
    coding = code_text(text)
    assert coding.penalties == [label]
    (detail,) = coding.penalty_details
    assert (detail["unit"], detail["bound"], detail["text"]) == (unit, bound, label)


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("Effective January 1, 2024, every airport must post the hotline sign.", "2024-01-01"),
        ("This act shall take effect July 1, 2019.", "2019-07-01"),
        ("Amended by 2024 Ky. Acts ch. 9, eff. 7/15/2024.", "2024-07-15"),
        ("[Effective 7/15/2024] Human trafficking hotline number to be displayed.", "2024-07-15"),
    ],
)
def test_effective_date_is_iso(sentence, iso):
    text = f"Every bus station shall display the human trafficking hotline sign. {sentence}"
    assert code_text(text).effective_date == iso


def test_effective_date_absent_when_not_given():
    assert (
        code_text("Every bar shall post the human trafficking hotline sign.").effective_date is None
    )


def test_establishments_use_the_vocabulary_with_exact_evidence():
    text = (
        "The following establishments shall post the human trafficking hotline sign: (1) a bar "
        "or tavern; (2) a strip club; (3) a massage parlor; (4) a hotel or motel; (5) an "
        "airport; (6) a truck stop; (7) an emergency room; (8) an urgent care center; (9) a "
        "farm labor contractor; (10) a class 5 or class 11 liquor licensee."
    )
    coding = code_text(text)
    assert coding.establishments == [
        "bar",
        "adult_entertainment",
        "massage",
        "lodging",
        "airport",
        "truck_stop",
        "emergency_room",
        "urgent_care",
        "farm_labor_contractor",
    ]
    assert set(coding.establishments) <= set(ESTABLISHMENTS)
    quotes = {ev["value"]: ev["quote"] for ev in coding.evidence if ev["field"] == "establishments"}
    assert set(quotes) == set(coding.establishments)
    assert_evidence_quotes_are_substrings(coding, text)
    assert coding.who_must_post == "The following establishments"


def test_negated_establishments_are_left_out():
    text = (
        'Every hotel shall post the human trafficking hotline sign. "Hotel" does not include '
        "any hospital or nursing home."
    )
    assert code_text(text).establishments == ["lodging"]


def test_establishment_exclusions_places_and_licences():
    # an emergency room of a hospital is an emergency room, not every hospital
    er = (
        "The operator of any acute care hospital emergency room shall post the human "
        "trafficking notice."
    )
    assert code_text(er).establishments == ["emergency_room"]
    # an exclusion governs its whole list, to the end of its clause
    excluded = (
        'Every hotel shall post the human trafficking hotline sign. "Hotel" does not encompass '
        "any hospital, convalescent or nursing home or sanitarium, or any hotel-like facility "
        "operated by or in connection with a hospital or medical clinic."
    )
    assert code_text(excluded).establishments == ["lodging"]
    # where in the premises is not who must post; a Liquor Control Act licensee is a bar
    text = (
        "A person licensed pursuant to the Liquor Control Act and a state or local government "
        "agency that manages a highway rest area shall post the human trafficking notice in each "
        "public restroom and near the public restrooms."
    )
    assert code_text(text).establishments == ["bar", "rest_area"]
    # a class of establishment with restrooms for the public still counts
    public = "Any business that maintains public restrooms shall post the human trafficking sign."
    assert code_text(public).establishments == ["public_restroom"]


def test_agency_made_available_by_and_directed_to_administer():
    made = (
        "The owner of a hotel must post a human trafficking sign. The owner may use copies of the "
        "signs created and made available online by the United States Department of Homeland "
        "Security's Blue Campaign website."
    )
    assert code_text(made).agency == "United States Department of Homeland Security"
    directed = (
        "A BILL relating to requiring certain establishments to post human trafficking "
        "assistance notices; directing the Director of the Division of Justice and Community "
        "Services to administer the program."
    )
    assert (
        code_text(directed).agency == "Director of the Division of Justice and Community Services"
    )


def test_penalties_for_future_and_further_violations_are_later_offenses():
    text = (
        "Hotels must post the human trafficking sign. The fine for the first offense is $100 and "
        "$500 for any future offenses; each day will constitute a separate offense. An owner "
        "who fails to post the notice is subject to a written warning for the first violation "
        "and may be guilty of an infraction for any further violations."
    )
    details = code_text(text).penalty_details
    assert [(d["amount_usd"], d["offense"], d["unit"]) for d in details] == [
        (100, "first", "per day"),
        (500, "subsequent", "per day"),
        (None, "first", None),
        (None, "subsequent", None),
    ]


def test_vocabularies_are_documented():
    required = {
        "bar",
        "adult_entertainment",
        "massage",
        "airport",
        "bus_station",
        "rail_station",
        "truck_stop",
        "rest_area",
        "emergency_room",
        "urgent_care",
        "hospital",
        "lodging",
        "farm_labor_contractor",
        "school",
        "job_recruitment",
        "nail_salon",
        "cosmetology",
        "restaurant",
        "welcome_center",
        "public_restroom",
        "medical_facility",
        "gas_station",
        "port",
        "government_building",
        "employer_general",
    }
    assert required <= set(ESTABLISHMENTS)
    assert all(isinstance(v, str) and v for v in ESTABLISHMENTS.values())
    assert {"billboard", "poster", "psa", "training", "awareness_month", "partnership"} <= set(
        CAMPAIGN_TYPES
    )


def test_who_agency_history_citation():
    text = (
        "\u00a7371-20 National Human Trafficking Resource Center hotline; posting requirement.\n"
        "(a) Every employer specified in subsection (b) shall post a poster that states the "
        "following: call the hotline at 1-888-373-7888.\n"
        "(b) The Department of Labor and Industrial Relations shall design the poster and make "
        "it available on its website. [L 2013, c 245, \u00a71; am L 2015, c 35, \u00a711]"
    )
    coding = code_text(text)
    assert coding.who_must_post == "Every employer specified in subsection (b)"
    assert coding.agency == "Department of Labor and Industrial Relations"
    assert coding.history == "[L 2013, c 245, \u00a71; am L 2015, c 35, \u00a711]"
    assert coding.citation == "\u00a7 371-20"
    assert_evidence_quotes_are_substrings(coding, text)


def test_other_history_and_citation_forms():
    il = "Sec. 5. Every airport shall post the human trafficking sign.\n(Source: P.A. 99-99.)"
    assert code_text(il).history == "(Source: P.A. 99-99.)"
    fl = "Fla. Stat. \u00a7 787.29\nEvery rest area shall display a human trafficking sign."
    assert code_text(fl).citation == "Fla. Stat. \u00a7 787.29"


def test_to_dict_has_every_storage_field():
    record = code_text(MANDATES[0]).to_dict()
    for field in (
        "requires_posting",
        "promotes_hotline",
        "establishments",
        "who_must_post",
        "languages",
        "sign_size",
        "hotline_numbers",
        "hotlines",
        "agency",
        "penalties",
        "effective_date",
        "history",
        "citation",
        "evidence",
        "campaign_types",
        "partners",
        "media",
        "campaign",
        "footer_only",
        "hotline_scope",
        "penalty_details",
        "agency_basis",
    ):
        assert field in record


def test_classify_is_the_cli_record():
    from hotline_watch.coding import classify

    assert classify(MANDATES[0]) == code_text(MANDATES[0]).to_dict()
    assert classify(MANDATES[0])["requires_posting"] is True


def test_empty_and_unrelated_texts():
    assert code_text("") == Coding()
    coding = code_text("The city council approved a new budget for road repairs.")
    assert coding.requires_posting is False and coding.promotes_hotline is False
    assert coding.evidence == []


# -- HTML ------------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html><html><head><title>AG release</title>
<script>document.write('Every hotel shall post the human trafficking hotline sign');
window.location = 'https://example.test/';</script>
<style>p { color: red }</style></head>
<body><nav>Home</nav><p>The Attorney General met with partners.</p>
<p>Human trafficking is a crime.</p><noscript>Every bar shall post the hotline.</noscript>
</body></html>"""


def test_html_scripts_are_neither_run_nor_coded():
    visible = html_to_text(HTML)
    assert "document.write" not in visible and "shall post" not in visible
    assert "color: red" not in visible
    assert "The Attorney General met with partners." in visible
    for html in (True, None):  # explicit, and detected
        coding = code_text(HTML, html=html)
        assert coding.requires_posting is False
        assert all("shall post" not in ev["quote"] for ev in coding.evidence)


def test_html_body_is_coded_from_visible_text():
    html = (
        "<html><body><h1>Posting law</h1><p>Every hotel shall post a sign, at least 8 1/2 by "
        "11 inches, with the National Human Trafficking Hotline, 1-888-373-7888.</p>"
        "<script>var ignored = 'may voluntarily post';</script></body></html>"
    )
    coding = code_text(html)
    assert coding.requires_posting is True
    assert coding.sign_size == "8.5 x 11 inches"
    assert_evidence_quotes_are_substrings(coding, html_to_text(html))


def test_plain_text_with_angle_brackets_is_not_html():
    text = "Every bar shall post the human trafficking hotline sign if 3 < 5."
    assert code_text(text).requires_posting is True


# -- read_document ---------------------------------------------------------------------------------


def test_read_document_strips_the_whole_header(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text(
        "url: https://example.test/a\nkind: statute\nstate: HI\ndate: unknown\n"
        "label: posting_law\nnote: a note that restates the label\n\nBody text.\n",
        encoding="utf-8",
    )
    assert read_document(path) == "Body text."
    path.write_bytes("Caf\xe9 sign \xa7 1".encode("cp1252"))
    assert read_document(path) == "Caf\xe9 sign \xa7 1"


# -- the shared labelled texts --------------------------------------------------------------------


def _load_shared(shared_dir: Path) -> list[tuple[str, str, str, Coding]]:
    texts = shared_dir / "texts"
    if not (texts / "index.csv").exists():
        pytest.skip("../shared/texts/index.csv not present")
    return [
        (r["file"], r["label"], r["side"], code_text(read_document(texts / r["file"])))
        for r in load_index(texts)
    ]


def _precision_recall(rows, field: str, positive: str, side: str) -> tuple[float, float]:
    tp = fp = fn = 0
    for _, label, on_side, coding in rows:
        if on_side != side or label not in (positive, "negative"):
            continue
        got = getattr(coding, field)
        tp += got and label == positive
        fp += got and label == "negative"
        fn += (not got) and label == positive
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def test_split_is_fixed_by_state():
    # docs/coding-measurement.md: decided before tuning; a change here moves texts across sides
    assert [side(s) for s in ("FL", "HI", "KS", "NJ", "TX", "US")] == [
        "development",
        "set_aside",
        "set_aside",
        "development",
        "set_aside",
        "development",
    ]


def test_state_folds_are_fixed_and_another_salt_gives_other_fixed_folds():
    from hotline_watch.coding.split import state_folds

    states = ["AL", "AK", "AZ", "CA", "CO", "FL", "GA", "HI", "KS", "NJ", "TX", "US"] * 2
    folds = state_folds(states)
    assert folds == state_folds(list(reversed(states)))  # by state, not by order
    assert set(folds.values()) == set(range(5))
    other = state_folds(states, salt="/1")
    assert other == state_folds(states, salt="/1") and other != folds


def test_shared_texts_development_side(shared_dir):
    """Figures on the texts the rules were written against (training scores): no worse than
    before issue 14 (requires_posting P 0.96 R 1.00; promotes_hotline P 0.94 R 0.76)."""
    rows = _load_shared(shared_dir)
    assert len(rows) >= 90
    p, r = _precision_recall(rows, "requires_posting", "posting_law", "development")
    assert p >= 0.96 and r >= 1.0, (p, r)
    p, r = _precision_recall(rows, "promotes_hotline", "hotline_campaign", "development")
    assert p >= 0.95 and r >= 0.95, (p, r)
    for _, label, _, coding in rows:
        assert set(coding.establishments) <= set(ESTABLISHMENTS)
        assert set(coding.campaign_types) <= set(CAMPAIGN_TYPES)
        if label == "posting_law" and coding.promotes_hotline:
            assert coding.campaign  # promotes implies campaign


def test_shared_texts_set_aside_side(shared_dir):
    """Figures on the round-1 set-aside side (docs/coding-measurement.md). Round 1 measured
    promotes_hotline P 1.00, R 0.875 there with the texts held out; since round 2 every shared
    text is a development text (held-out figures come from docs/coding-heldout-3.csv, outside
    the repository), so these are training scores and must stay at least the issue's target."""
    rows = _load_shared(shared_dir)
    p, r = _precision_recall(rows, "requires_posting", "posting_law", "set_aside")
    assert p >= 0.97 and r >= 0.97, (p, r)
    p, r = _precision_recall(rows, "promotes_hotline", "hotline_campaign", "set_aside")
    assert p >= 0.95 and r >= 0.95, (p, r)


def test_stored_model_is_what_the_development_texts_give(shared_dir):
    """data/coding/model.json is what bench/train_coding_model.py derives from ../shared/texts/
    and every set under tests/heldout/ (round 50; the model before it was fitted on sets 2-49,
    whose texts are lost). Fails when the rules' cues, the sets or the weights drift apart: re-run
    `bench/train_coding_model.py --heldout` (docs/coding-measurement.md, round 50 refit)."""
    pytest.importorskip("sklearn")
    if not (shared_dir / "texts" / "index.csv").exists():
        pytest.skip("../shared/texts/index.csv not present")
    import subprocess
    import sys

    from conftest import ROOT

    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "train_coding_model.py"),
            "--check",
            "--heldout",
            "--shared",
            str(shared_dir),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "stored model reproduced" in result.stdout


def test_stored_model_records_its_sets_and_commit():
    from conftest import ROOT
    from hotline_watch.coding.model import MODEL_FILE

    trained_on = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["trained_on"]
    heldout = ROOT / "tests" / "heldout"
    sets = sorted((d.name for d in heldout.iterdir() if d.is_dir()), key=int)
    assert trained_on["texts"][0].startswith("texts (")
    assert [t.split(" ")[0] for t in trained_on["texts"][1:]] == [f"heldout/{n}" for n in sets]
    assert trained_on["command"] == "bench/train_coding_model.py --heldout"
    assert re.fullmatch(r"[0-9a-f]{40}", trained_on["commit"])


def test_train_coding_model_refuses_a_broken_set(tmp_path: Path, shared_dir):
    """A broken --extra set is refused (exit 2), the file at fault named, nothing written."""
    import subprocess
    import sys

    from conftest import ROOT

    if not (shared_dir / "texts" / "index.csv").exists():
        pytest.skip("../shared/texts/index.csv not present")
    (tmp_path / "index.csv").write_text(
        "file,url,kind,state,date,label\ngone.txt,u,release,RI,2025-01,negative\n",
        encoding="utf-8",
    )
    out = tmp_path / "model.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "train_coding_model.py"),
            "--shared",
            str(shared_dir),
            "--extra",
            str(tmp_path),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2
    assert "(gone.txt): no such file" in result.stderr
    assert not out.exists()


def _hawaii_statute(shared_dir: Path) -> Path:
    texts = shared_dir / "texts"
    if not (texts / "index.csv").exists():
        pytest.skip("../shared/texts/index.csv not present")
    with (texts / "index.csv").open(newline="", encoding="utf-8") as fh:
        rows = [
            r
            for r in csv.DictReader(fh)
            if r["state"] == "HI" and r["kind"] == "statute" and "371-20" in r["url"]
        ]
    assert len(rows) == 1
    return texts / rows[0]["file"]


def test_hawaii_371_20(shared_dir):
    text = read_document(_hawaii_statute(shared_dir))
    coding = code_text(text)
    assert coding.requires_posting is True
    assert {"bar", "massage", "adult_entertainment"} <= set(coding.establishments)
    assert coding.languages == ["English"]
    assert coding.sign_size == "8.5 x 11 inches"
    assert "1-888-373-7888" in coding.hotline_numbers
    assert coding.citation == "\u00a7 371-20"
    assert_evidence_quotes_are_substrings(coding, text)
    # The shared excerpt stops at subsection (d): the $100 fine of subsection (e) is not in it,
    # so it is checked on the full official page below rather than invented here.
    assert "$100" not in text and "$100" not in coding.penalties


def test_hawaii_371_20_official_page_penalty_and_history(shared_dir):
    page = shared_dir / "captures" / "hi-hrs" / "HRS_0371-0020_hotline_posting.htm"
    if not page.exists():
        pytest.skip("hi-hrs capture not present")
    coding = code_text(read_document(page))  # windows-1252 HTML: detected and parsed
    assert coding.requires_posting is True
    assert {"bar", "massage", "adult_entertainment"} <= set(coding.establishments)
    assert coding.languages == ["English"]
    assert coding.sign_size == "8.5 x 11 inches"
    # "fined not more than $100 for each separate offense. Each day the violation continues
    # shall constitute a separate offense."
    assert coding.penalties == ["up to $100 per day"]
    assert "1-888-373-7888" in coding.hotline_numbers
    assert coding.hotline_scope == ["national"]
    assert coding.history == "[L 2013, c 245, \u00a71; am L 2015, c 35, \u00a711]"
    # "(d) The department shall make available ...": HRS 371-1 defines the word, the page
    # does not; kept as written, and resolved when the caller names the section.
    assert (coding.agency, coding.agency_basis) == (
        "department",
        "as written (generic word, defined outside this text)",
    )
    cited = code_text(read_document(page), jurisdiction="HI", citation="Haw. Rev. Stat. § 371-20")
    assert cited.agency == "Department of Labor and Industrial Relations"
    assert cited.agency_basis.startswith("defined in HRS § 371-1 (https://")


# -- round 3 (issue 14c): the rules' hard verdicts veto the model; the known causes, each as a
# text written for the test ------------------------------------------------------------------


def test_a_letter_about_the_hotline_that_prints_its_number_is_no_campaign():
    # AGs' letter to a federal department about the hotline's operator: the number is printed
    # and an office acts, but a letter is advocacy, not outreach; the rules settle it.
    text = (
        "Attorney General Jane Doe joined 40 attorneys general in a letter to the U.S. "
        "Department of Health and Human Services asking that the next operator of the National "
        "Human Trafficking Hotline share tips with law enforcement. \u201cThe hotline, "
        "888-373-7888, is a vital tool,\u201d Doe said. The hotline also accepts texts at 233733."
    )
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline, coding.footer_only) == (False, False, False)
    e = explain(text)
    assert e["promote_probability"] is None
    assert e["top_campaign_cue"].startswith("a letter")


@pytest.mark.parametrize(
    "text",
    [
        # no outreach effort: a bill about a dialing code that prints the number
        "Governor Jane Doe signed House Bill 411, which asks the state to study a three-digit "
        "dialing code for the National Human Trafficking Hotline, 1-888-373-7888.",
        # news about a bill that only encourages posting
        "House Bill 262 encourages, but does not require, massage businesses to post a notice "
        "with the human trafficking hotline, 1-888-373-7888. The division of criminal justice "
        "services will create a poster. The legislature passed the bill; the committee "
        "sponsor said the measure awaits the governor.",
    ],
)
def test_bill_news_and_texts_without_an_effort_do_not_promote(text):
    coding = code_text(text)
    assert (coding.promotes_hotline, coding.campaign) == (False, False)


def test_the_model_only_weighs_campaigns_that_give_a_hotline():
    text = (
        "Attorney General Jane Doe launched a billboard campaign during Human Trafficking "
        "Awareness Month. The billboards urge the public to call the National Human Trafficking "
        "Hotline at 1-888-373-7888."
    )
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline) == (True, True)
    assert explain(text)["promote_probability"] is not None


def test_hotline_information_posted_at_a_venue_is_an_effort():
    text = (
        "As the tournament began, the arena welcomed Attorney General Jane Doe to post "
        "information about the National Human Trafficking Hotline around the venue. Fans will "
        "see the numbers they can call or text."
    )
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline) == (True, True)
    # a duty to post the same information is not an effort
    duty = (
        "House Bill 9 would require arenas to post information about the National Human "
        "Trafficking Hotline, the sponsor said. The committee approved the bill."
    )
    assert code_text(duty).promotes_hotline is False


def test_a_hotline_highlighted_by_state_police_is_an_effort_and_its_text_line_is_read():
    text = (
        "The State Police is highlighting a texting tip line for the public to send anonymous "
        "tips about human trafficking. Witnesses or victims of human trafficking are encouraged "
        'to text "SP" to 847411 and then type the tip. Troopers made 16 arrests last month.'
    )
    coding = code_text(text)
    assert coding.promotes_hotline is True
    assert "847411" in coding.hotline_numbers


def test_a_hotline_banner_on_an_office_page_is_the_outreach():
    text = (
        "Human Trafficking\n\nNational Human Trafficking Hotline\n\nCall for help or to report a "
        "tip 24 hours a day.\n\n1 (888) 373-7888\n\nThe mission of the Department of Justice "
        "Human Trafficking Initiative is to support victims and partnerships across the state.\n\n"
        "Laws\n\nGuides and toolkits"
    )
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline) == (True, True)
    assert "hotline_banner" in explain(text)["campaign_cues"]


def test_signs_a_law_requires_going_up_are_not_an_office_effort():
    text = (
        "Signs about human trafficking are going up in airports and strip clubs in the new "
        "year. The public awareness campaign is now required by state law. The new law "
        "requires the signs to be posted at rest stops, the Attorney General's office said. "
        "The signs encourage victims to contact the national hotline."
    )
    coding = code_text(text)
    assert coding.requires_posting is True
    assert coding.promotes_hotline is False


def test_the_notice_wording_of_a_posting_law_is_never_a_footer():
    text = (
        "Q. Why is the posting required? A. Since 2013, state law has required certain "
        "establishments to post a notice. The bill, Senate Bill 1193, passed the legislature "
        "and the committee sponsor said it would help.\n\nQ. What must the notice say? A. The "
        "notice must state: If you or someone you know is being forced to engage in any activity "
        "and cannot leave, call the National Human Trafficking Resource Center at "
        "1-888-373-7888 to access help and services."
    )
    coding = code_text(text)
    assert coding.footer_only is False


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Ohio's first statewide human trafficking hotline is now operational. "
            "The hotline number is 8-4-4-end-O-H-H-T.",
            "1-844-363-6448",
        ),
        (
            "If you are forced to work and cannot leave, call the Coalition to Abolish Slavery "
            "and Trafficking (CAST) at 1-888-KEY-2-FRE(EDOM).",
            "1-888-539-2373",
        ),
        (
            "A new hotline for tips about human trafficking, released last fall, has produced "
            "many calls. The number, which has been displayed on billboards, is 1-833-PLS-LOOK.",
            "1-833-757-5665",
        ),
    ],
)
def test_spelled_and_split_vanity_numbers_are_read(text, number):
    assert number in code_text(text).hotline_numbers


def test_a_number_after_a_hotline_is_not_read_when_it_is_another_service():
    text = (
        "Report human trafficking to the National Human Trafficking Hotline at 1-888-373-7888. "
        "Other resources include the National Organization for Victim Assistance at "
        "1-800-TRY-NOVA."
    )
    assert code_text(text).hotline_numbers == ["1-888-373-7888"]


def test_establishments_of_news_lists_away_from_the_duty_and_known_cue_gaps():
    text = (
        "A bill requiring human trafficking awareness signs be posted at certain businesses is "
        "headed to the governor.\n\nThe House reduced the list to adult entertainment "
        "locations. They will also still be at various transportation locations, such as rest "
        "areas, bus stations and airports.\n\nRight now most cases come from hotels, a "
        "prosecutor said."
    )
    assert code_text(text).establishments == [
        "adult_entertainment",
        "rest_area",
        "bus_station",
        "airport",
    ]
    alcohol = (
        "State law requires establishments where alcohol is sold, and private facilities "
        "offering food, fuel, and overnight parking, to post the human trafficking notice. "
        "The notice says: call if you are forced into retail or restaurant work."
    )
    assert code_text(alcohol).establishments == ["bar", "truck_stop"]
    nails = "Nail salons and massage businesses shall display the human trafficking poster."
    assert set(code_text(nails).establishments) == {"nail_salon", "massage"}
    hub = (
        '"Transportation hub" means a bus, bus stop, train, train station, rest area, or '
        "airport. A person who operates a transportation hub shall post the human trafficking "
        'sign. "Cosmetology facility" means a person licensed to operate a facility or school '
        "under Chapter 1602."
    )
    codes = code_text(hub).establishments
    assert "bus_station" in codes and "school" not in codes


def test_agency_by_rule_by_website_and_not_the_one_that_must_post():
    by_rule = (
        "Sec. 1. A sexually oriented business shall post the human trafficking sign. The "
        "attorney general by rule shall prescribe the design of the sign."
    )
    assert code_text(by_rule).agency == "attorney general"
    website = (
        "Bars and hotels must post the human trafficking notice. A sample notice is available "
        "for download on the GBI's website."
    )
    assert code_text(website).agency == "GBI"
    must_post = (
        "(a) A hotel shall post the sign prescribed under Subsection (b). (b) The Parks and "
        "Wildlife Department shall post the sign prescribed under Subsection (b) at each state "
        "park."
    )
    assert code_text(must_post).agency is None


# -- round 3, after the final held-out run (post hoc; docs/coding-measurement.md says so) --------


def test_an_office_that_is_only_a_recipient_a_source_or_asked_is_not_acting():
    # the hotline operator's own page: the police are where it may pass a report, not an actor
    operator = (
        "Report Trafficking\n\nCall the National Human Trafficking Hotline at 1-888-373-7888. "
        "If the situation is urgent we would encourage you to call, text or chat. Staff are "
        "mandated reporters and reserve the right to report that information to the police. "
        "You can choose what information to share."
    )
    assert code_text(operator).promotes_hotline is False
    source = (
        "Hospitals can help during Human Trafficking Prevention Month. Trafficking involves "
        "force, fraud, or coercion, according to the Department of Homeland Security. Hospital "
        "teams support patients. If you have information, call the National Human Trafficking "
        "Hotline at (888) 373-7888."
    )
    assert code_text(source).promotes_hotline is False
    asked = (
        "Tell your state Attorney General to promote the hotline. Survivors reached out to the "
        "National Human Trafficking Hotline at 1-888-373-7888."
    )
    assert explain(asked)["public_office"] is False


def test_an_office_that_partners_a_first_person_speaker_is_not_acting():
    company = (
        "Our commitment\n\nNorthwind Rail trains conductors to recognize trafficking. Our "
        "course was developed with the Department of Homeland Security's Blue Campaign and "
        "advocates. We have also donated tickets to shelters. You can also contact the National "
        "Human Trafficking Hotline at 1-888-373-7888."
    )
    assert explain(company)["public_office"] is False
    assert code_text(company).promotes_hotline is False
    # also where the page speaks to the reader (the office is then not the page's own)
    partners = (
        "Partnerships\nWe work with groups including the Department of Homeland Security's Blue "
        "Campaign, and we donate tickets to shelters.\n\nWhat you can do\nYou can call the "
        "National Human Trafficking Hotline at 1-888-373-7888."
    )
    assert explain(partners)["public_office"] is False
    office = company.replace("Our course was developed with", "In January, working with")
    office = office.replace("Northwind Rail trains", "The Attorney General launched a campaign")
    assert explain(office)["public_office"] is True


def test_learning_the_signs_is_not_signs_put_up():
    text = (
        "Tomorrow is National Human Trafficking Awareness Day. Training helps people understand "
        "the signs and proper interventions."
    )
    assert "poster" not in code_text(text).campaign_types


def test_a_study_finding_about_posting_laws_is_not_a_duty():
    text = (
        "According to an independent study, the most important provision to increasing arrests "
        "is requiring the National Human Trafficking Hotline number to be posted in public "
        "places. That is why we ask everyone to promote the hotline."
    )
    assert code_text(text).requires_posting is False


def test_a_hotline_mentioned_with_a_curly_apostrophe_is_statistics_not_a_footer():
    text = (
        "Agents raided a massage parlor and a woman was arrested. The Attorney General is "
        "promoting awareness about the problem and promising to investigate any calls that come "
        "into his office\u2019s human trafficking hotline."
    )
    coding = code_text(text)
    assert (coding.promotes_hotline, coding.footer_only) == (False, False)


def test_fields_of_lists_headings_nude_venues_minimum_size_and_created_posters():
    page = (
        "Human Trafficking Posting Notice\n\nThe notice is available in two print sizes, both "
        "11x14 and 11x17.\n\n"
        "Businesses required to post\n\n  \u2022 Bus stations\n  \u2022 Primary Airports\n"
        "  \u2022 Truck stops\n\nPosting Dimensions\n\n  \u2022 At least 8.5 inches by 11 "
        "inches\n\nAlternatively, the Attorney General's Office has also created a model "
        "template. The notice must be posted near the public entrance."
    )
    coding = code_text(page)
    assert coding.establishments == ["bus_station", "airport", "truck_stop"]
    assert coding.sign_size == "8.5 x 11 inches"
    assert coding.agency == "Attorney General"
    nude = (
        "(A) The following establishments are required to post the human trafficking hotline "
        "information: (1) an "
        "adult business, including a nightclub, bar, restaurant, or another similar "
        "establishment in which a person appears in a state of sexually explicit nudity; and "
        "(2) airports."
    )
    assert code_text(nude).establishments == ["adult_entertainment", "airport"]
    places = (
        "The city council passed an ordinance on human trafficking.\n\nThe ordinance states "
        "that certain establishments must display a human trafficking hotline poster. The "
        "places are sexually oriented businesses, hospitals and urgent care centers."
    )
    assert code_text(places).establishments == [
        "adult_entertainment",
        "hospital",
        "urgent_care",
    ]
    consult = (
        "Brief Summary of Bill: Requires the Washington State Department of Transportation "
        "(WSDOT), in consultation with human trafficking victim advocates, to develop content "
        "for informational posters. Requires the WSDOT to install the posters in every "
        "restroom at every safety rest area."
    )
    assert code_text(consult).agency == "Washington State Department of Transportation"


# -- round 4 (issue 14d): whose effort it is; penalty-warning signs; fields --------------------


def test_a_nonprofits_campaign_named_in_the_lead_is_not_an_offices_even_with_an_office_named():
    # A club's own page: billboards and hotline stickers, a letter to the governor; the
    # concept needs a public office's outreach, and the lead names only the club.
    text = (
        "Riverside Women's Club Takes On Human Trafficking\n\nThe Riverside Women's Club "
        "launched an awareness campaign this spring with billboards and stickers that carry "
        "the National Human Trafficking Hotline, 1-888-373-7888. Members also wrote to Governor "
        "Jane Doe, who said the state agencies will review the request."
    )
    coding = code_text(text)
    assert (coding.promotes_hotline, coding.campaign) == (False, False)
    e = explain(text)
    assert e["promote_probability"] is None
    assert e["top_campaign_cue"].startswith("a non-government organisation")
    # the same campaign in an office's release is the office's outreach
    office = text.replace(
        "Riverside Women's Club Takes On Human Trafficking\n\nThe Riverside Women's Club",
        "Attorney General Jane Doe Takes On Human Trafficking\n\nAttorney General Jane Doe",
    )
    assert code_text(office).promotes_hotline is True


def test_an_office_the_reader_is_told_to_call_is_not_acting():
    # A reader's letter: the department is where to call, not an office running an effort.
    text = (
        "Our town has a human trafficking problem, and neighbors should learn the warning "
        "signs. If you suspect trafficking, there are ways to get help, including calling the "
        "Department of Health and Human Services at 1-888-373-7888 or telling a teacher."
    )
    e = explain(text)
    assert (e["public_office"], e["promotes_hotline"]) == (False, False)
    # an office's own page that speaks to the reader keeps its office
    page = (
        "Report Trafficking\n\nCall the National Human Trafficking Hotline at 1-888-373-7888.\n\n"
        "Contact the Attorney General's Human Trafficking Section by email."
    )
    assert explain(page)["public_office"] is True


def test_whose_effort_cues_are_computed_from_the_text():
    from hotline_watch.coding.engine import Analysis

    ngo = Analysis(
        "Sheriff Jane Doe said deputies rescued a teenager on Friday after a long search. The "
        "nonprofit works to raise awareness in schools. They also run a 24-hour hotline at "
        "1-888-555-7199 for human trafficking victims."
    ).outreach
    assert ngo is not None and ngo.voice.office_lead and ngo.voice.hotline_ngo
    report = Analysis(
        "The Attorney General released the office's annual report on human trafficking. In "
        "2019 the office promoted the National Human Trafficking Hotline, 1-888-373-7888."
    ).outreach
    assert report is not None and report.voice.report and report.voice.office_lead
    assert not report.voice.hotline_ngo


def test_the_model_weighs_the_rules_verdict_and_whose_effort_it_is():
    from hotline_watch.coding.model import FEATURES, load_model

    for name in ("rules_campaign", "office_in_lead", "office_report"):
        assert name in FEATURES
    coef = dict(zip(FEATURES, load_model()["coef"], strict=True))
    # the direction the concept says, learned from the development texts (the rules' campaign
    # verdict itself adds little beside the efforts it rests on)
    assert coef["office_in_lead"] > 0 and coef["given_national"] > 0
    assert coef["mentioned_only"] < 0
    # an office's report of past work: the sets 2-49 model learned it negative (-0.35); the
    # shared texts and tests/heldout/ hold one such text in the model's reach (a campaign), so
    # the round-50 re-fit cannot learn it and leaves it near zero, never a push towards True
    assert coef["office_report"] < 0.05


@pytest.mark.parametrize(
    "text, reason",
    [
        (
            "Sheriff Jane Doe said deputies found the trafficking victim on Friday. The nonprofit "
            "works to raise awareness in schools. They also have a 24-hour human trafficking "
            "hotline at 1-888-555-7199.",
            "the hotline given is a non-government organisation's",
        ),
        (
            "Attorney General Jane Doe joined 30 attorneys general in a letter to the U.S. "
            "Department of Health and Human Services about the National Human Trafficking "
            "Hotline, 1-888-373-7888. The coalition also thanked its partners for their support.",
            "a letter about the hotline",
        ),
        (
            "A man was sentenced to 20 years in prison on Monday, Attorney General Jane Doe "
            "announced. A jury convicted him of trafficking in March; he was arrested in 2022 "
            "after a sting. Doe thanked the investigators.\n\nTo report human trafficking, call "
            "the National Human Trafficking Hotline at 1-888-373-7888.",
            "hotline in the footer only",
        ),
    ],
)
def test_texts_about_something_else_are_settled_by_the_rules(text, reason):
    # a nonprofit's hotline, a letter, a footer: the rules' verdict stands, the model is not asked
    e = explain(text)
    assert e["promotes_hotline"] is False
    assert e["promote_probability"] is None
    assert e["top_campaign_cue"].startswith(reason)


def test_survivors_who_reached_out_to_the_hotline_are_statistics():
    text = (
        "Governor Jane Doe announced an awareness campaign. Last year more than 1,600 survivors "
        "reached out to the National Human Trafficking Hotline for support."
    )
    e = explain(text)
    assert e["hotlines_given"] == [] and e["hotlines_mentioned"]
    assert e["promotes_hotline"] is False


def test_a_duty_to_post_signs_warning_of_penalties_is_no_hotline_posting_duty():
    warning = (
        "Human trafficking; directing businesses and schools to post certain signage. House "
        "Bill 12 aims to combat human trafficking by mandating the posting of warning signs at "
        "truck stops and schools. These signs will inform individuals about the state penalties "
        "for participating in human trafficking. Businesses shall post the sign by July 1."
    )
    assert code_text(warning).requires_posting is False
    # the same duty for a sign that gives the hotline is one
    hotline = warning.replace(
        "penalties for participating in human trafficking",
        "penalties for human trafficking and give the hotline number for victims",
    )
    assert code_text(hotline).requires_posting is True


def test_an_amount_in_words_after_the_dollar_sign_and_the_unit_of_the_right_amount():
    text = (
        "A bill would require every massage establishment to post a notice with the National "
        "Human Trafficking Hotline. An establishment that fails to post the notice is subject "
        "to a $ one hundred penalty, with an additional $100 penalty for each day the violation "
        "continues."
    )
    coding = code_text(text)
    assert coding.penalties == ["$100", "$100 per day"]
    assert [d["unit"] for d in coding.penalty_details] == [None, "per day"]
    assert_evidence_quotes_are_substrings(coding, text)


def test_a_line_numbered_bill_reads_across_its_line_numbers():
    lines = [
        "A BILL",
        "to amend section 1 of the Revised Code to 1",
        "require the Director of the Department of Commerce 2",
        "to create a poster that provides information 3",
        "regarding the National Human Trafficking 4",
        "Hotline, to require owners or operators of 5",
        "specified establishments to conspicuously display 6",
        "that poster, and to require the Director of the 7",
        "Department of Transportation to display 8",
        "that poster at rest areas. 9",
        "BE IT ENACTED BY THE GENERAL ASSEMBLY: 10",
    ]
    text = "\n".join(lines)
    coding = code_text(text)
    assert coding.requires_posting is True
    assert coding.agency == "Director of the Department of Commerce"
    assert_evidence_quotes_are_substrings(coding, text)


def test_establishments_a_bill_story_says_it_reaches_and_cue_gaps_of_round_five():
    story = (
        "A House bill would require businesses to display signs with the human trafficking "
        "hotline number.\n\nThe committee approved the bill on Monday. If it becomes law, it "
        "will impact motels, airports, truck stops and bus stations.\n\nThe signs must be in "
        "English and Spanish."
    )
    assert code_text(story).establishments == ["lodging", "airport", "truck_stop", "bus_station"]
    listed = (
        "The human trafficking poster must be posted at every Alcoholic Beverage Control (ABC) "
        "permittee, every adult establishment, every transportation station and welcome "
        "facility, every center offering employment services, and train/bus stations. County "
        "health departments shall post the hotline number."
    )
    codes = set(code_text(listed).establishments)
    assert {
        "bar",
        "adult_entertainment",
        "transportation_hub",
        "welcome_center",
        "job_recruitment",
        "rail_station",
        "bus_station",
        "government_building",
    } <= codes
    # a story sentence about what a bill reaches counts only where a posting duty is stated
    no_duty = "If it passes, the human trafficking bill will impact motels and airports."
    assert code_text(no_duty).establishments == []


def test_agency_that_determines_the_notice_languages():
    text = (
        "Every rest area shall post a human trafficking notice in English, Spanish and other "
        "languages as determined by the Department of Consumer Affairs."
    )
    assert code_text(text).agency == "Department of Consumer Affairs"


def test_a_long_duty_holder_with_a_chapter_number_and_a_relative_not_still_must_post():
    text = (
        "Ordinance No. 2031-007 requires employers of adult entertainment establishments or a "
        "business that offers massage or bodywork that is not owned by a health care "
        "practitioner licensed pursuant to Ch. 480 of the state statutes to post a public "
        "awareness sign about human trafficking. The sign must be at least 8.5 inches by 11 "
        "inches and state the following in English, Spanish and Creole: call the National "
        "Human Trafficking Hotline."
    )
    coding = code_text(text)
    assert coding.requires_posting
    assert coding.languages == ["English", "Spanish", "Creole"]
    # "not" still negates the duty itself
    negated = (
        "The ordinance does not require employers of adult entertainment establishments to "
        "post a human trafficking awareness sign."
    )
    assert not code_text(negated).requires_posting


def test_an_office_named_as_a_source_with_its_full_name_is_not_acting():
    text = (
        "Millions of people are trafficked worldwide, according to the International Labour "
        "Office. Two convenience store chains will train their clerks and put stickers in "
        "restroom stalls with the National Human Trafficking Hotline, 1-888-373-7888."
    )
    coding = code_text(text)
    assert not coding.promotes_hotline and not coding.campaign
    # the same office acting in its own sentence still acts
    acting = (
        "The Office of the Attorney General launched a campaign putting stickers in restroom "
        "stalls with the National Human Trafficking Hotline, 1-888-373-7888."
    )
    assert code_text(acting).promotes_hotline


# -- round 7 (issue 14g): the text's URL as evidence of whose text it is ------------------------

#: A campaign page that never names the office running it in the third person (an agency's own
#: page, as a transportation department's or a federal office's pages are written).
AGENCY_PAGE = (
    "Stop Human Trafficking\n"
    "January is Human Trafficking Awareness Month. This year our awareness campaign puts "
    "billboards along the interstate and posters in every rest area, so travelers know the "
    "signs.\nIf you see something, report it to the National Human Trafficking Hotline at "
    "1-888-373-7888 or text 233733.\n"
)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.acf.hhs.gov/otip/news", "acf.hhs.gov"),
        ("https://www.army.mil/article/1", "army.mil"),
        ("https://www.doj.state.wi.us/news-releases/x", "doj.state.wi.us"),
        ("https://www.co.pierce.wa.us/news", "co.pierce.wa.us"),
        # not .gov, but the Attorney General registry lists it as Florida's newsroom
        ("https://www.myfloridalegal.com/newsrelease/x", "myfloridalegal.com"),
        ("https://www.hstoday.us/featured/x", None),  # a bare name.us is anyone's (a magazine)
        ("https://www.wdrb.com/news/x", None),
        ("https://colliercounty.elaws.us/code", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_government_host(url, host):
    from hotline_watch.coding.publisher import government_host

    assert government_host(url) == host


def test_a_government_site_is_the_office_acting_on_its_own_page():
    # No office is named as acting: on a news site or without a URL the rules settle it
    # ("no public office acting"); on a government site its publisher is the office.
    for url in (None, "https://www.example.com/stop-trafficking"):
        coding = code_text(AGENCY_PAGE, url=url)
        assert (coding.campaign, coding.promotes_hotline) == (False, False)
        assert explain(AGENCY_PAGE, url=url)["top_campaign_cue"] == "no public office acting"
    url = "https://www.itd.idaho.gov/news/stop-trafficking"
    coding = code_text(AGENCY_PAGE, url=url)
    assert (coding.campaign, coding.promotes_hotline) == (True, True)
    publisher = [e for e in coding.evidence if e["field"] == "publisher"]
    assert publisher == [
        {"field": "publisher", "value": "publisher: a government site, itd.idaho.gov", "quote": url}
    ]
    # every other quote is still text of the page
    rest = Coding(evidence=[e for e in coding.evidence if e["field"] != "publisher"])
    assert_evidence_quotes_are_substrings(rest, AGENCY_PAGE)
    e = explain(AGENCY_PAGE, url=url)
    assert e["publisher"] == "itd.idaho.gov"
    assert "publisher: a government site, itd.idaho.gov" in e["top_campaign_cue"]
    assert classify(AGENCY_PAGE, url=url)["promotes_hotline"] is True


def test_a_government_site_does_not_make_law_text_or_a_prosecution_a_campaign():
    law = (
        "Every owner of a truck stop shall post a sign stating: call the National Human "
        "Trafficking Hotline at 1-888-373-7888. This section applies to each truck stop as "
        "defined in subsection (a). The department shall adopt rules pursuant to this act."
    )
    coding = code_text(law, url="https://legislature.idaho.gov/statutes/x")
    assert coding.requires_posting is True and coding.campaign is False
    assert not [e for e in coding.evidence if e["field"] == "publisher"]
    footer = (
        "BOISE - A Boise man was sentenced to 20 years in prison on Tuesday after a jury "
        "convicted him of sex trafficking. Detectives arrested him in 2023 after a sting. The "
        "defendant must pay restitution.\n\n\n\n\n\n\n\n"
        "Anyone with information about human trafficking can call the National Human "
        "Trafficking Hotline at 1-888-373-7888."
    )
    coding = code_text(footer, url="https://www.ag.idaho.gov/news/x")
    assert coding.promotes_hotline is False


def test_the_pipeline_codes_a_release_with_its_url():
    from hotline_watch.items import FetchInfo, ReleasePage, ReleaseRecord
    from pipelines.code import CodePipeline

    def page(url: str) -> ReleasePage:
        title, body = AGENCY_PAGE.split("\n", 1)
        release = ReleaseRecord(jurisdiction="ID", url=url, title=title, body=body)
        return ReleasePage(
            source="ag_id",
            jurisdiction="ID",
            kind="release",
            fetch=FetchInfo(url=url, fetched_at="2026-12-01T00:00:00+00:00", outcome="ok"),
            releases=[release],
        )

    gov = CodePipeline().process_item(page("https://www.ag.idaho.gov/news/stop-trafficking"))
    news = CodePipeline().process_item(page("https://www.example.com/stop-trafficking"))
    assert gov.releases[0].coding["promotes_hotline"] is True
    assert news.releases[0].coding["promotes_hotline"] is False


# -- round 10 (issue 14j): how releases, op-eds, NGO pages and statistics are written ------------


def test_a_case_brought_as_part_of_a_national_initiative_is_prosecution_not_outreach():
    # The closing boilerplate of a federal prosecutor's release places the case in a national
    # programme; the hotline line after it is the release's footer, not an effort's.
    text = (
        "Springfield Man Sentenced for Trafficking a Teenager\n\n"
        "SPRINGFIELD - A Springfield man was sentenced to 15 years in federal prison for sex "
        "trafficking, the United States Attorney said. He pleaded guilty in March.\n\n"
        "Homeland Security Investigations and the county sheriff investigated the case.\n\n"
        "The case was investigated as part of Operation Cross Country, a national initiative "
        "launched by federal agencies to combat the exploitation of children.\n\n"
        "Anyone with information about human trafficking should call the National Human "
        "Trafficking Hotline at 1-888-373-7888."
    )
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline, coding.footer_only) == (False, False, True)


def test_an_initiative_the_office_launches_is_still_an_effort():
    text = (
        "Attorney General Jane Doe today launched a statewide initiative to raise awareness of "
        "human trafficking at truck stops. Drivers who see signs of trafficking should call the "
        "National Human Trafficking Hotline at 1-888-373-7888."
    )
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline) == (True, True)


def test_cases_that_were_reported_to_the_hotline_are_statistics():
    # the passive of statistics, in a sentence that also says "new" (no hotline launched)
    text = AWARENESS_RELEASE.format(
        hotline="New figures show that more than 300 cases involving our state were reported "
        "to the hotline last year."
    )
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline) == (True, False)
    # an appeal in the passive still gives it
    given = AWARENESS_RELEASE.format(
        hotline="Suspected trafficking can be reported to the hotline at 1-888-373-7888."
    )
    assert code_text(given).promotes_hotline is True


OPINION = (
    "We can all help stop human trafficking\n\n"
    "April is Sexual Assault Awareness Month, and trafficking hides in our towns. Victims are "
    "often afraid of the police, and the county task force works hard to reach them.\n\n"
    "Learn the warning signs, and if you see them, call the National Human Trafficking Hotline "
    "at 1-888-373-7888 or text 233733.\n\n"
    "{author}"
)


def test_an_opinion_piece_by_a_writer_who_holds_no_office_does_not_promote():
    text = OPINION.format(author="The author is the founder of a shelter for survivors.")
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline) == (False, False)
    # its address alone says it is an opinion piece
    url = "https://news.example.com/opinion/columns/we-can-all-help-stop-trafficking/"
    coding = code_text(OPINION.format(author=""), url=url)
    assert (coding.campaign, coding.promotes_hotline) == (False, False)


def test_an_opinion_piece_by_an_office_holder_still_promotes():
    text = OPINION.format(author="Jane Doe is the Attorney General of the State of Examplia.")
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline) == (True, True)


def test_an_office_word_describing_a_nonprofit_is_no_office_acting():
    text = (
        "The Pledge\n\n"
        "The Travel Pledge is a voluntary commitment of hotels against human trafficking. Safe "
        "Stays USA is the regional pledge representative and signs up member companies.\n\n"
        "Companies that take the pledge train their staff to spot trafficking.\n\n"
        "If you suspect trafficking, call the National Human Trafficking Hotline at "
        "1-888-373-7888."
    )
    coding = code_text(text, url="https://www.safestays.example.org/pledge")
    assert (coding.campaign, coding.promotes_hotline) == (False, False)


@pytest.mark.parametrize(
    "sentence",
    [
        # a campaign the office made, or its materials offered
        "The Office for Victims developed the Eyes Open campaign for clinic staff.",
        "Campaign materials can be ordered by clinics free of charge.",
        # a programme the office leads that trains people to recognize trafficking
        "The program, led by the Department of Health, trains nurses and teachers to recognize "
        "exploitation.",
    ],
)
def test_an_agency_page_of_its_campaign_or_training_promotes_the_hotline(sentence):
    text = (
        f"Eyes Open\n\n{sentence}\n\nIf you think you have met a victim of human trafficking, "
        "call the National Human Trafficking Hotline at 1-888-373-7888."
    )
    coding = code_text(text, url="https://www.health.example.gov/eyes-open")
    assert coding.campaign is True
    assert coding.promotes_hotline is True


def test_an_office_page_that_hands_the_hotline_to_the_reader_is_outreach():
    page = (
        "Human Trafficking: What Drivers Should Know\n\nThe Department of For-Hire Vehicles "
        "includes a module on trafficking in the course every new driver completes.\n\n"
        "What to do\nDo not confront anyone. Note the time and the addresses.\n\n"
        "Call the National Human Trafficking Hotline: 1-888-373-7888\nEmergencies: 911\n"
    )
    url = "https://dfhv.dc.gov/page/human-trafficking-what-drivers-should-know"
    coding = code_text(page, url=url)
    assert coding.promotes_hotline is True
    assert "public_appeal" in coding.campaign_types
    release = (
        "Department of Labor Visits Farms\n\nStaff of the Department of Labor are visiting "
        "farms to meet farmworkers and explain labor trafficking.\n\nWorkers can contact the "
        "National Human Trafficking Hotline at 1-888-373-7888 at any hour."
    )
    assert code_text(release).promotes_hotline is True
    # the same shape about something else is not: a sentencing, an annual report
    sentenced = release.replace(
        "explain labor trafficking", "the farmer was sentenced for labor trafficking"
    )
    assert code_text(sentenced).promotes_hotline is False
    report = release.replace("Staff of", "This annual report says staff of")
    assert code_text(report).promotes_hotline is False


def test_another_national_line_is_not_a_trafficking_hotline():
    text = (
        "The Department marks Runaway Prevention Month. Youth who run away face exploitation, "
        "including trafficking. Young people can call the National Runaway Safeline at "
        "1-800-786-2929 any time."
    )
    coding = code_text(text)
    assert coding.hotline_numbers == []
    assert coding.promotes_hotline is False


def test_a_parkways_authority_is_a_public_office():
    text = (
        "The West Virginia Parkways Authority, which runs the toll road, said it placed stickers "
        "with the National Human Trafficking Hotline in all of its travel plazas. The number on "
        "the stickers is 1-888-373-7888."
    )
    assert explain(text)["public_office"] is True
    assert code_text(text).promotes_hotline is True


def test_a_duty_to_display_other_workplace_notices_is_no_trafficking_duty():
    text = (
        "Our all-in-one poster includes every notice employers are required to display: "
        "minimum wage, workers' compensation, unemployment insurance and the federal EEO notice. "
        "The state does not require employers to post a human trafficking notice."
    )
    assert code_text(text).requires_posting is False
    kept = text.replace("and the federal EEO notice", "and the human trafficking hotline notice")
    assert code_text(kept).requires_posting is True


def test_the_agency_that_provides_or_makes_available_the_notice():
    duty = (
        "State law requires truck stops and airports to display a poster with the National "
        "Human Trafficking Hotline (1-888-373-7888) in each public restroom.\n\n"
    )
    cases = {
        "The Attorney General's office provides the poster at no cost.": "Attorney General",
        "The Division of Hotels and Restaurants makes a compliant sign available on its "
        "website.": "Division of Hotels and Restaurants",
        "The Human Trafficking Task Force, housed in the Office of the Attorney General, "
        "provides a free poster.": "Human Trafficking Task Force",
        "The Workforce Solutions Department would provide a model poster.": "Workforce "
        "Solutions Department",
    }
    for sentence, agency in cases.items():
        assert agency in (code_text(duty + sentence).agency or ""), sentence
    digest = (
        "Requires the owner of a gasoline station to display a notice containing the telephone "
        "number of the National Human Trafficking Hotline. Requires the Indiana criminal "
        "justice institute to develop the notice."
    )
    assert code_text(digest).agency == "Indiana criminal justice institute"


def test_establishments_under_a_who_is_covered_heading_and_as_lists_write_them():
    blog = (
        "Human Trafficking Poster Requirements\n\nMany states require certain businesses to "
        "display a poster about human trafficking.\n\nWhich employers are usually covered?\n"
        "- hotels and motels\n- massage and nail businesses\n- hospital emergency rooms and "
        "urgent care clinics\n"
    )
    assert code_text(blog).establishments == [
        "lodging",
        "massage",
        "nail_salon",
        "emergency_room",
        "urgent_care",
    ]
    page = (
        "Arkansas law requires certain businesses to display a poster with the National Human "
        "Trafficking Hotline.\nRequired locations\n- Private clubs holding an alcohol permit that "
        "are not primarily restaurants\n- Airports\n- Gasoline stations\n"
    )
    assert code_text(page).establishments == ["bar", "airport", "gas_station"]


# -- round 13: outreach as offices carry it out; public bodies; the notice's own hotline --------


def test_visits_and_materials_that_carry_the_hotline_are_outreach():
    release = (
        "Attorney General Takes Trafficking Awareness to Truck Stops\n\nFRANKFORT - The "
        "Attorney General and members of the office's trafficking unit visited truck stops "
        "along the interstate this week to give drivers and employees materials on "
        'recognizing human trafficking.\n\n"Drivers see what others miss," said the Attorney '
        "General.\n\nThe materials include window decals and pocket cards with the National "
        "Human Trafficking Hotline: 1-888-373-7888."
    )
    coding = code_text(release)
    assert coding.promotes_hotline is True
    assert {"outreach_visit", "poster", "toolkit"} <= set(coding.campaign_types)
    assert {"stickers", "wallet_cards"} <= set(coding.media)
    assert_evidence_quotes_are_substrings(coding, release)
    # guard: a church group's visits are no public office's outreach
    church = (
        "Church volunteers visited motels this week to hand out pocket cards with the National "
        "Human Trafficking Hotline, 1-888-373-7888, the church's pastor said."
    )
    assert code_text(church).promotes_hotline is False


def test_a_reminder_named_as_such_of_the_posting_duty():
    newsletter = (
        "FROM THE BOARD - Fall Newsletter\n\nReminder: Human Trafficking Notice\nBoard "
        "inspectors have found establishments without the required notice. All licensed "
        "massage establishments must display the notice in a conspicuous place.\n\nThe notice "
        "includes the National Human Trafficking Hotline number, 1-888-373-7888."
    )
    coding = code_text(newsletter, url="https://www.lmtboard.la.gov/newsletter/2023-fall")
    assert coding.promotes_hotline is True
    assert "posting_reminder" in coding.campaign_types
    # guard: a reminder to learn the signs of trafficking is no reminder of a posting duty
    month = (
        "Senators: Human Trafficking Awareness Month serves as an important reminder to become "
        "familiar with the signs of trafficking."
    )
    assert "posting_reminder" not in code_text(month).campaign_types


def test_the_hotline_a_required_notice_lists_is_no_footer():
    news = (
        "Hotels reminded of trafficking notice rules\n\nThe state lodging association is "
        "reminding its members of a state requirement.\n\nUnder the general statutes, hotels "
        "and motels, bars and truck stops must display a notice developed by the Office of "
        "Victim Services. The notice must be posted in a conspicuous place near the entrance. "
        "It lists the National Human Trafficking Resource Center Hotline, 1-888-373-7888.\n\n"
        'Separately, a 2016 law requires front desk staff to complete training.\n\n"Most '
        "members already comply,\" said the association's president."
    )
    assert code_text(news).footer_only is False
    # guard: a prosecution's closing line is still a footer
    arrest = (
        "A man was arrested and charged with trafficking after a sting, detectives said. He was "
        "indicted on Tuesday and is held at the county jail. His trial is set for June. The "
        "defendant faces up to 20 years in prison. Police thanked the public for tips.\n\n"
        "Anyone with information may call the National Human Trafficking Hotline at "
        "1-888-373-7888."
    )
    assert code_text(arrest).footer_only is True


def test_public_bodies_as_offices_and_office_words_that_are_not_one():
    dmv = (
        "Human trafficking awareness\n\nThe Virginia DMV concluded its participation in the "
        "Human Trafficking Awareness Initiative this week. DMV employees have received training "
        "on how to identify human trafficking.\n\nCall the National Human Trafficking Hotline "
        "at 1-888-373-7888."
    )
    assert code_text(dmv).promotes_hotline is True  # the DMV acting, its staff trained
    not_offices = (
        # an office word inside an organisation's name
        "Nonprofit Businesses Ending Slavery and Trafficking and the American Association of "
        "Port Authorities have joined forces to roll out an awareness campaign in seaports.",
        # a public body that a law requires to act, on a company's page
        "Our online course teaches staff the signs of trafficking. Many states now require "
        "school districts to train staff on human trafficking.",
    )
    for text in not_offices:
        assert explain(text)["public_office"] is False, text


def test_a_sellers_own_product_is_not_what_the_law_requires():
    page = (
        "North Carolina Trafficking Sign - Who Has to Post It?\n\nState law requires every "
        "ABC permittee to post a sign created by the Human Trafficking Commission.\n\nOur "
        "laminated version is printed at 11 x 17 inches in English and Spanish."
    )
    coding = code_text(page)
    assert coding.requires_posting is True
    assert (coding.languages, coding.sign_size) == ([], None)
    # guard: a first-person sentence that states the duty keeps it
    duty = page.replace(
        "Our laminated version is printed at",
        "We remind members that the sign must be at least",
    )
    assert code_text(duty).sign_size == "11 x 17 inches"
    assert code_text(duty).languages == ["English", "Spanish"]


# -- round 14: outreach described by who was reached; whose text; a vote on a proposal ----------


def test_outreach_described_by_the_people_an_office_reached():
    release = (
        "Labor Department Meets Orchard Workers on Rights and Trafficking\n\nYAKIMA - Staff of "
        "the state Department of Labor met with more than 300 orchard and packing-house "
        "workers at camps and churches this month.\n\nThey explained pay rules and left cards "
        "in Spanish and Mixtec. The cards give the National Human Trafficking Hotline: "
        "1-888-373-7888."
    )
    coding = code_text(release, url="https://lni.wa.gov/news/2024/orchard-outreach")
    assert coding.promotes_hotline is True
    assert "people_reached" in coding.campaign_types
    assert_evidence_quotes_are_substrings(coding, release)
    learned = (
        "Sheriff's Office Prepares Hotel Clerks\n\nThe County Sheriff's Office said that hotel "
        "clerks learned to spot signs of trafficking at a session on Tuesday, and each received "
        "a card with the National Human Trafficking Hotline, 1-888-373-7888."
    )
    assert "people_reached" in code_text(learned).campaign_types
    # guards: training a law requires, and a recommendation of training, reach no one
    duty = (
        "Lodging establishments must provide annual training on human trafficking awareness to "
        "employees who work at the front desk."
    )
    assert "people_reached" not in code_text(duty).campaign_types
    report = (
        "The Council recommends more training for county child welfare workers and better data "
        "sharing, the annual report says."
    )
    assert "people_reached" not in code_text(report).campaign_types


def test_an_office_the_text_says_it_is_not_is_no_office_acting():
    page = (
        "Share a Tip\n\nThank you for reaching out. We are a volunteer-run charity, not a law "
        "enforcement agency.\n\nIf someone is in danger, call 911.\nIf you suspect human "
        "trafficking, please contact the National Human Trafficking Hotline at 1-888-373-7888.\n"
        "You may also send us a message with the form below."
    )
    coding = code_text(page, url="https://www.example-rescue.org/tip")
    assert coding.promotes_hotline is False
    assert coding.campaign is False
    # guard: the same page on a public office's site is the office handing out the hotline
    office = page.replace(
        "We are a volunteer-run charity, not a law enforcement agency.",
        "The Attorney General's Office Human Trafficking Unit reviews every message.",
    )
    assert code_text(office, url="https://ag.example.gov/tip").promotes_hotline is True


def test_an_organisation_named_after_the_hotline_is_not_whose_hotline_it_is():
    release = (
        "Task Force Trains Warehouse Supervisors\n\nThe state Human Trafficking Task Force, led "
        "by the Attorney General, held a training session for warehouse supervisors this "
        "week.\n\nSupervisors agreed to give workers the National Human Trafficking Hotline, "
        "1-888-373-7888, and to post it in company break rooms."
    )
    coding = code_text(release, url="https://ag.example.gov/news/warehouse-training")
    assert coding.promotes_hotline is True
    # guard: a nonprofit named before the hotline in its sentence gives its own line
    shelter = (
        "The county sheriff's office spoke at a community forum on trafficking on Tuesday.\n\n"
        "The nonprofit Safe Harbor runs a 24-hour crisis hotline at 1-555-201-4400 for survivors."
    )
    assert code_text(shelter).promotes_hotline is False


def test_a_vote_on_a_proposal_for_hotline_signs_is_news_about_a_measure():
    news = (
        "City council rejects trafficking hotline sign plan\n\nThe City Council voted 4-3 on "
        "Monday against a proposal to put human trafficking hotline signs in city restrooms. "
        "Backers said the signs would cost about $2,000. Members who voted no said the proposal "
        "duplicated outreach by service providers."
    )
    assert code_text(news).promotes_hotline is False
    # guard: an office's own campaign stays one where a vote is mentioned
    month = (
        "The Governor proclaimed January Human Trafficking Awareness Month after the council's "
        "unanimous vote. The Governor unveiled billboards along the interstate with the "
        "National Human Trafficking Hotline, 1-888-373-7888."
    )
    assert code_text(month).promotes_hotline is True


def test_a_class_of_offices_named_in_the_lead_is_no_office_whose_page_it_is():
    # a coalition's help page: "Our member agencies ... provide" names a class of offices (the
    # coalition's members), not an office whose page it is; the URL is no government's
    page = (
        "Get Help\n\nIf you are in immediate danger, call 911.\n\nAre you or someone you know "
        "experiencing exploitation? Our member agencies across the state provide confidential "
        "advocacy, emergency shelter and legal referrals.\n\n"
        "\u2022 Domestic violence helpline: 1-866-834-4357\n"
        "\u2022 National Human Trafficking Hotline: call 1-888-373-7888 or text 233733\n\n"
        "An advocate can talk through your options with you."
    )
    coding = code_text(page, url="https://www.example-coalition.org/get-help")
    assert (coding.promotes_hotline, coding.campaign, coding.campaign_types) == (False, False, [])
    # guards: the same page on a government site, or naming one office as its speaker, is an
    # office handing the hotline to the reader
    gov = code_text(page, url="https://www.example.gov/get-help")
    assert gov.promotes_hotline is True
    assert "public_appeal" in gov.campaign_types
    named = code_text(
        page.replace(
            "Our member agencies across the state provide", "The County Sheriff's Office provides"
        ),
        url="https://www.example-coalition.org/get-help",
    )
    assert named.promotes_hotline is True
    assert any(e["field"] == "promotes_hotline" and "233733" in e["quote"] for e in named.evidence)
    # a class of offices acting is no office whose page it is: the hotline handed to the reader
    # is then no office's outreach (the rules' cue; the model may still weigh the rest)
    agencies = page.replace("Our member agencies", "Local agencies")
    assert (
        "public_appeal"
        not in code_text(agencies, url="https://www.example.org/help").campaign_types
    )
    assert "public_appeal" in code_text(agencies, url="https://www.example.gov/help").campaign_types


def test_a_line_the_page_calls_its_own_is_no_public_offices_hotline_off_a_government_site():
    # a victim-services charity's page: "Call our 24-hour helpline" is the speaker's own line;
    # an office named only as a place survivors are taken ("police interviews") is no speaker
    page = (
        "Advocacy Services\n\n"
        "Our staff accompany survivors of assault to clinics, police interviews and hearings. "
        "All help is free and private.\n\n"
        "Staff also help survivors of human trafficking apply for benefits and find shelter.\n\n"
        "Call our 24-hour helpline at 1-855-201-4477 to talk with an advocate at any hour."
    )
    coding = code_text(page, url="https://www.example-advocates.org/services")
    assert (coding.promotes_hotline, coding.campaign) == (False, False)
    # guards: the same page on a government site is the office's own line handed to the reader;
    # "our" inside a quotation is the quoted speaker's, not the page's
    assert code_text(page, url="https://www.example.gov/services").promotes_hotline is True
    quoted = page.replace(
        "Call our 24-hour helpline at 1-855-201-4477 to talk with an advocate at any hour.",
        '"Call our 24-hour helpline at 1-855-201-4477 to talk with an advocate," said the '
        "County Sheriff.",
    )
    reason = explain(quoted, url="https://www.example-advocates.org/services")["top_campaign_cue"]
    assert "non-government organisation's" not in reason
    own = explain(page, url="https://www.example-advocates.org/services")["top_campaign_cue"]
    assert own.startswith("the hotline given is a non-government organisation's")


def test_a_duty_a_bill_would_have_created_is_no_duty():
    # news that a chamber killed a bill: "would have required" is a duty that never came to be
    story = (
        "Senate tables hotline sign bill\n\n"
        "The Senate on Tuesday voted to table a bill that would have required truck stops and "
        "hotels to post signs with the human trafficking hotline number. Its sponsor said she "
        "would bring it back next year."
    )
    assert code_text(story).requires_posting is False
    # guard: the bill as passed states the duty
    passed = story.replace(
        "voted to table a bill that would have required", "passed a bill that requires"
    )
    assert code_text(passed).requires_posting is True


def test_every_state_mandated_notice_names_a_class_of_notices_not_a_hotline_duty():
    # a compliance poster's sales line names all workplace notices, no one notice
    page = (
        "All-in-One Workplace Poster\n\n"
        "Keep up with every state-mandated employment notice on a single poster. Covers wage "
        "rules, leave, safety and the human trafficking notice.\n\nShips in two days."
    )
    assert code_text(page).requires_posting is False
    # guard: one notice the city mandates is a duty
    one = (
        "Hotels must, under the new ordinance, post a city-mandated sign with trafficking "
        "indicators and the hotline number."
    )
    assert code_text("Hotel ordinance on human trafficking\n\n" + one).requires_posting is True


def test_urgent_care_between_require_and_post_is_no_urge():
    # "urgent" is not "urge": a duty-holder list naming urgent care centers is still a duty
    bill = (
        "EXPLANATION OF AN ACT RELATING TO HUMAN TRAFFICKING NOTICES\n"
        "This act would require walk-in clinics and urgent care centers to post a notice "
        "containing the National Human Trafficking Hotline number 1-888-373-7888.\n"
        "This act would take effect on January 1."
    )
    coding = code_text(bill)
    assert coding.requires_posting is True
    assert "urgent_care" in coding.establishments
    # guard: a duty-holder the act urges to post is asked, not required
    urged = bill.replace(
        "would require walk-in clinics and urgent care centers to post", "urges clinics to post"
    )
    assert code_text(urged).requires_posting is False


def test_a_push_for_compliance_with_a_posting_law_is_an_offices_posting_reminder():
    release = (
        "Sheriff and civic clubs team up on trafficking notices\n\n"
        "The County Sheriff's Office announced a partnership with local civic clubs to raise "
        "awareness of and compliance with the state law requiring hotels and truck stops to "
        "post notices with the National Human Trafficking Hotline, 1-888-373-7888. Volunteers "
        "will visit businesses this spring."
    )
    coding = code_text(release)
    assert coding.promotes_hotline is True
    assert "posting_reminder" in coding.campaign_types
    # guard: the same law only described (no push for compliance) is no reminder
    described = release.replace("to raise awareness of and compliance with", "and described")
    assert "posting_reminder" not in code_text(described).campaign_types


def test_one_permission_is_counted_once():
    # "which may display the sign voluntarily" is one permission (a carve-out), not two that
    # outweigh the section's duty
    section = (
        "Section 12. Human trafficking signs.\n"
        "1. The sign shall be displayed in a conspicuous place in every: (a) bus terminal; and "
        "(b) train station. Nothing in this section shall apply to a marina, which may display "
        "the sign voluntarily.\n"
        "2. The sign shall give the National Human Trafficking Hotline, 1-888-373-7888."
    )
    assert code_text(section).requires_posting is True
    # guard: a section that only permits posting is no duty
    assert (
        code_text(
            "Section 12. Human trafficking signs.\nA marina may display the sign voluntarily. The "
            "sign gives the National Human Trafficking Hotline, 1-888-373-7888."
        ).requires_posting
        is False
    )


def test_a_place_nothing_in_the_section_applies_to_is_not_an_establishment():
    section = (
        "Section 12. Human trafficking signs.\n"
        "The sign shall be posted in every bus terminal and train station. Nothing in this "
        "section shall apply to a marina, which may display the sign voluntarily."
    )
    assert code_text(section).establishments == ["bus_station", "rail_station"]
    # guard: a marina named among the duty-holders is one
    listed = section.replace(
        "bus terminal and train station", "bus terminal, train station and marina"
    )
    assert "port" in code_text(listed).establishments


def test_a_number_named_a_tip_line_in_a_text_led_by_trafficking_is_that_texts_line():
    release = (
        "State Police ask drivers to report human trafficking\n\n"
        "During the holiday travel season the State Police are asking drivers to watch for "
        "warning signs at rest stops and truck stops.\n\n"
        "Troopers made several stops last winter after calls from the public.\n\n"
        "Anyone who sees something is asked to call the State Police tip line at 1-800-GO-TROOP. "
        "Callers may stay anonymous."
    )
    coding = code_text(release)
    assert "1-800-468-7667" in coding.hotline_numbers
    assert coding.promotes_hotline is True
    # guard: a text that is not about trafficking in its lead gives no trafficking line
    other = release.replace("report human trafficking", "report drunk driving").replace(
        "warning signs", "impaired drivers"
    )
    assert code_text(other).hotline_numbers == []


def test_a_public_airport_or_port_corporation_is_a_public_office():
    story = (
        "Airport adds trafficking awareness signs\n\n"
        "The state's main airport has put up human trafficking awareness signs in every "
        "restroom, the Ocean State Port Corporation said Monday. The signs give the National "
        "Human Trafficking Hotline, 1-888-373-7888."
    )
    coding = code_text(story)
    assert (coding.campaign, coding.promotes_hotline) == (True, True)
    # guard: a private company's signs are a company's effort
    private = story.replace("Ocean State Port Corporation", "Harbor Freight Corporation")
    assert code_text(private).promotes_hotline is False


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "The County Sheriff's Office invites residents to a human trafficking awareness walk "
            "on the Day of Awareness for trafficking survivors.",
            "awareness_day",
        ),
        (
            "The Department of Health today hosted a webinar for clinic nurses on identifying "
            "patients who may be victims of trafficking.",
            "training",
        ),
    ],
)
def test_an_awareness_walk_or_a_webinar_is_an_offices_effort(sentence, cue):
    text = (
        "Human trafficking\n\n" + sentence + " Handouts give the National Human Trafficking "
        "Hotline, 1-888-373-7888, for help at any hour."
    )
    coding = code_text(text)
    assert cue in coding.campaign_types
    assert coding.promotes_hotline is True


@pytest.mark.parametrize(
    "sentence",
    [
        "A plan to require bus depots to post human trafficking hotline signs stalled in the "
        "House Transportation Committee on Monday.",
        "A provision that truck stops must display the trafficking hotline poster was stripped "
        "from the budget bill before the final vote.",
        "Lawmakers rejected an amendment requiring motels to post signs with the human "
        "trafficking hotline number.",
        "The requirement that rest areas post human trafficking hotline notices did not make it "
        "out of the Senate.",
        # round 22: the session or a deadline ended with the measure pending
        "When lawmakers adjourned sine die on Friday, a bill requiring truck stops and bus "
        "stations to post human trafficking hotline signs was still stuck in the Senate.",
        "A measure requiring truck stops and bus stations to post human trafficking hotline signs "
        "won't advance this session after the transportation panel let its filing deadline pass.",
    ],
)
def test_a_duty_of_a_measure_that_failed_is_no_duty(sentence):
    # the status of the measure the duty belongs to (it failed), in wordings no rule names
    story = f"Legislature wraps up its session\n\nCAPITOL - {sentence} Advocates will try again."
    assert code_text(story).requires_posting is False


def test_a_failed_measure_in_the_lead_takes_the_duty_of_the_bill_it_reports():
    story = (
        "Senate panel tables trafficking sign bill\n\n"
        "PIERRE - The Senate Judiciary Committee on Tuesday tabled Senate Bill 77.\n\n"
        "The bill would require truck stops to post human trafficking hotline signs with the "
        "number 1-888-373-7888."
    )
    assert code_text(story).requires_posting is False
    # guards: a bill that passed, or one the governor then signed, keeps its duty
    passed = story.replace("tables", "passes").replace("tabled", "passed")
    assert code_text(passed).requires_posting is True
    signed = story + " Governor Smith signed the bill into law on Friday."
    assert code_text(signed).requires_posting is True


def test_a_business_that_fails_to_post_is_no_failed_measure():
    # "fails to post" is a duty-holder failing the duty, not a measure failing
    story = (
        "New hotline sign law takes effect\n\n"
        "Under the requirement, every truck stop must post a human trafficking hotline sign; a "
        "business that fails to post the sign faces a $500 fine."
    )
    assert code_text(story).requires_posting is True


@pytest.mark.parametrize(
    "lead",
    [
        "Attorney General Smith announced today that a motel owner has been indicted on labor "
        "charges after workers were kept in unpaid jobs.",
        "The Attorney General's Office has reached a $250,000 settlement with a cleaning company "
        "over unpaid wages owed to 40 workers.",
    ],
)
def test_a_hotline_after_an_enforcement_lead_is_a_footer(lead):
    # the lead's subject is an enforcement action; the hotline comes only in the closing lines
    release = (
        f"Attorney General announces action\n\nCAPITAL CITY - {lead}\n\n"
        "The case was handled by the office's Workers' Rights Unit together with the state "
        "labor department, which audited the payroll records for three years.\n\n"
        "Under the agreement the company will also adopt electronic timekeeping and train its "
        "managers on wage law.\n\n"
        "Anyone who suspects human trafficking can call the National Human Trafficking Hotline "
        "at 1-888-373-7888."
    )
    coding = code_text(release)
    assert coding.footer_only is True
    assert coding.promotes_hotline is False


def test_a_hospital_department_is_no_public_office():
    # a hospital's patient page: "any Riverside Clinic emergency department" is a clinic's unit
    page = (
        "Human Trafficking Response in Our Emergency Department\n\n"
        "Riverside Clinic emergency staff are trained to recognize patients who may be "
        "trafficked and to offer help safely and privately.\n\n"
        "Patients who disclose exploitation can meet with a social worker and be connected with "
        "community advocates.\n\n"
        "If you or someone you know needs help, you can call the National Human Trafficking "
        "Hotline at 1-888-373-7888 at any time, or come to any Riverside Clinic emergency "
        "department."
    )
    url = "https://www.riversideclinic.org/trafficking"
    assert code_text(page, url=url).promotes_hotline is False
    # guard: a state health department's page that hands the reader the hotline promotes it
    state = page.replace("Riverside Clinic emergency staff", "The State Department of Health")
    assert code_text(state, url="https://health.example.gov/trafficking").promotes_hotline


@pytest.mark.parametrize(
    "office", ["The Osage Nation Marshal Service is", "The Osage Nation is", "Our deputies are"]
)
def test_tribal_governments_marshals_and_a_speakers_officers_are_public_offices(office):
    release = (
        "Trafficking posters go up in clinics and casinos\n\n"
        f"{office} placing human trafficking awareness posters in clinics, gas stations and "
        "casinos this month. The posters give the National Human Trafficking Hotline number, "
        "1-888-373-7888."
    )
    assert code_text(release).promotes_hotline is True


def test_a_number_at_a_sentence_end_is_read_before_the_next_paragraph():
    # "888-373-7888.\n\nUWPD": the full stop and the break end the number; the capitals after
    # them are the next sentence, not vanity letters of a longer number
    story = (
        "Stadium to air trafficking PSA\n\n"
        "The campus police department produced a public service announcement on human "
        "trafficking that closes with the national hotline number, 888-373-7888.\n\n"
        "UWPD Chief Lee said the idea came from officers."
    )
    assert code_text(story).hotline_numbers == ["1-888-373-7888"]
    assert code_text(story.replace(".\n\nUWPD", ". UWPD")).hotline_numbers == ["1-888-373-7888"]


@pytest.mark.parametrize(
    "effort",
    [
        "Investigators visited dairy barns this month to meet milkers and handed out a card "
        "that lists the National Human Trafficking Hotline, 1-888-373-7888.",
        "The Board of Cosmetology is reminding licensed salons that state law requires them to "
        "keep the human trafficking notice displayed; the notice gives the National Human "
        "Trafficking Hotline, 1-888-373-7888.",
    ],
)
def test_materials_handed_out_and_a_reminder_of_the_law_are_outreach(effort):
    release = f"Outreach to workers\n\nCAPITAL CITY - {effort}"
    coding = code_text(release, url="https://labor.example.gov/news/outreach")
    assert coding.campaign is True
    assert coding.promotes_hotline is True


def test_a_digest_duty_with_a_dotted_abbreviation_in_its_class():
    digest = (
        "DIGEST\n\nHB 900 Original    2024 Regular Session\n\n"
        "Proposed law requires each pharmacy that is open between 10:00 p.m. and 6:00 a.m. to "
        "post, in each restroom, a notice regarding human trafficking that includes the National "
        "Human Trafficking Hotline number, 1-888-373-7888.\n\n"
        "Proposed law requires the La. State Police to develop the notice in English and Spanish "
        "and to make it available on its website.\n\n"
        "Proposed law provides for a fine of $100 for each violation."
    )
    coding = code_text(digest)
    assert coding.requires_posting is True
    # "to make it available on its website" says where the notice is, not optional languages
    assert coding.languages == ["English", "Spanish"]


@pytest.mark.parametrize(
    "sentence, kept, left_out",
    [
        (
            "Hotels must post the notice. Bars are encouraged, but not required, to display it.",
            "lodging",
            "bar",
        ),
        (
            "Truck stops, meaning fuel stations with parking for trucks, must post the notice.",
            "truck_stop",
            "gas_station",
        ),
        (
            "Massage therapy clinics and tattoo studios must display the notice.",
            "massage",
            "medical_facility",
        ),
    ],
)
def test_classes_only_encouraged_glossed_or_qualified_are_left_out(sentence, kept, left_out):
    story = f"New trafficking notice law\n\nUnder the new law, {sentence} The human trafficking "
    story += "notice gives the National Human Trafficking Hotline number."
    establishments = code_text(story).establishments
    assert kept in establishments
    assert left_out not in establishments


@pytest.mark.parametrize(
    "headline",
    [
        "Filibuster stalls bill requiring trafficking signs at rest areas",
        "Senate vote sinks measure requiring hotline posters in motels",
        "Procedural vote blocks proposal requiring truck stops to post hotline signs",
    ],
)
def test_a_headline_duty_of_a_measure_a_vote_stopped_is_no_duty(headline):
    # the duty is in the headline, the failure is its verb; the body speaks of what "would have"
    story = (
        f"{headline}\n\nCAPITOL - A bill that would have required truck stops and motels to "
        "display the National Human Trafficking Hotline number is finished for the session "
        "after supporters fell two votes short on Thursday."
    )
    assert code_text(story).requires_posting is False
    # guard: the same headline without the vote that stopped it keeps its duty
    verb = headline.split()[headline.split().index("requiring") - 2]
    passed = story.replace(verb, "passes").replace("would have required", "requires")
    # (round 34: "is finished for the session" is itself a death, so the guard drops it too)
    passed = passed.replace("is finished for the session", "moves on")
    assert code_text(passed).requires_posting is True


@pytest.mark.parametrize(
    "lead",
    [
        "The State Labor Bureau fines a staffing agency $40,000 for unpaid overtime and illegal "
        "housing deductions.",
        "The Wage Board assessed $12,500 in civil penalties against a dairy contractor who "
        "failed to register with the state.",
        "District Attorney Ruiz announced that her office has charged a restaurant owner with "
        "forced labor of four cooks.",
    ],
)
def test_a_hotline_line_closing_an_enforcement_release_is_a_footer(lead):
    # the closing line borrows the notice's wording ("if you or someone you know is being
    # forced to work"), but nothing in the release speaks of a notice: its own footer line
    release = (
        f"Enforcement action announced\n\nSTATE CAPITAL - {lead}\n\n"
        "Investigators interviewed workers at two sites and reviewed payroll records going back "
        "three years. The employer may request a hearing within 30 days.\n\n"
        "If you or someone you know is being forced to work, you can call 1-888-373-7888 or "
        "text 233733 any time."
    )
    coding = code_text(release)
    assert coding.footer_only is True
    assert coding.promotes_hotline is False
    # guard: where the release speaks of the notice, the notice's wording is the notice's
    notice = release.replace(
        "The employer may",
        "The employer must also post the state's human trafficking notice. The employer may",
    )
    assert code_text(notice).footer_only is False


def test_a_county_named_as_a_place_is_no_office_acting():
    # a congregation's announcement: "in Dane County" is where a speaker works, not a county
    # government acting
    page = (
        "Candlelight Vigil for Survivors of Trafficking - Saturday, March 14\n\n"
        "Join Grace Lutheran and Beth Israel for a vigil of prayer and song.\n\n"
        "Our speaker is a nurse who cares for survivors in Dane County; afterwards we will walk "
        "to the lake shore for prayers. "
        "Leaflets with the National Human Trafficking Hotline number, 1-888-373-7888, will be "
        "on the welcome table."
    )
    coding = code_text(page)
    assert (coding.promotes_hotline, coding.campaign) == (False, False)
    # guard: the county acting is still an office
    launch = "Dane County launched its hotline awareness campaign this week. "
    assert code_text(page.replace("Join ", launch + "Join ")).promotes_hotline is True


#: An office's own text that hands the hotline over in words no effort cue knows (round 19).
_HANDED_OVER = (
    "Harbor Unit Adds Hotline to Mooring Permit Packets\n\n"
    "SEASIDE - The Bayview County Sheriff's Office harbor unit is including a bilingual sheet "
    "with each mooring permit renewal this spring.\n\n"
    "The sheet tells deckhands that no captain may keep their passports or make them work off "
    "a debt for the trip here. Free, confidential help in their language: National Human "
    "Trafficking Hotline, 1-888-373-7888.\n\n"
    "Renewals are due by April 30 at the harbor office."
)


def test_an_offices_own_text_handing_a_hotline_over_is_outreach():
    coding = code_text(_HANDED_OVER)
    assert (coding.campaign, coding.promotes_hotline, coding.footer_only) == (True, True, False)
    assert_evidence_quotes_are_substrings(coding, _HANDED_OVER)
    # the same page on a government site, with no office named in it: the publisher speaks
    unnamed = _HANDED_OVER.replace("The Bayview County Sheriff's Office harbor unit is", "We are")
    url = "https://www.bayviewcounty.ca.gov/harbor/news/permit-packets"
    assert code_text(unnamed, url=url).promotes_hotline is True


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # an office named only further down a page no government site published: not its
        # speaker (the headline and first sentence name none)
        (
            "SEASIDE - The Bayview County Sheriff's Office harbor unit is including",
            "SEASIDE - Volunteers of the Seaside Fishermen's Mission are including",
        ),
        # the number printed inside a statistic
        (
            "Free, confidential help in their language: National",
            "Last year there were 41 contacts from the county to the National",
        ),
        # a release whose lead is an enforcement action
        (
            "is including a bilingual sheet with each mooring permit renewal this spring",
            "arrested a charter captain who kept the passports of two deckhands",
        ),
    ],
)
def test_a_hotline_in_the_body_needs_the_offices_own_text(old, new):
    assert old in _HANDED_OVER
    text = _HANDED_OVER.replace(old, new)
    if "Mission" in new:
        text = text.replace("Renewals are due by April 30 at the harbor office.", "")
        text += "\n\nThe mission's chaplain thanked the county sheriff for his support."
    assert code_text(text).promotes_hotline is False


@pytest.mark.parametrize(
    "office",
    [
        "The Maple Grove Public Library",
        "The Hoosier Education Lottery",
        "The campus MSUPD",
    ],
)
def test_a_public_library_a_state_lottery_and_a_police_acronym_are_public_offices(office):
    story = (
        "Restroom stickers carry trafficking hotline\n\n"
        f"{office} has put up stickers with the National Human Trafficking Hotline, "
        "1-888-373-7888, in every restroom this month, with training for front-desk staff."
    )
    coding = code_text(story)
    assert (coding.campaign, coding.promotes_hotline) == (True, True)
    # guard: a private museum library or a lottery's winners act as no office
    private = story.replace(office, "The Morgan Library and Museum")
    assert code_text(private).promotes_hotline is False
    winners = story.replace(office, "A group of lottery winners")
    assert code_text(winners).promotes_hotline is False


# -- round 20 (issue 14t): positive evidence, footers, sales copy, places in general form -------

_TRANSIT = (
    "Ferry landings show trafficking hotline\n\n"
    "PORT ALDER - The Alder County Transit Authority has put a trafficking awareness message "
    "with the National Human Trafficking Hotline, 1-888-373-7888, on the screens of every "
    "landing and on board its three boats this summer.\n\n"
    "Deckhands and ticket agents received a short briefing from the county sheriff in June.\n\n"
    "{last}"
)


@pytest.mark.parametrize(
    "last",
    [
        # a release's closing quote naming a director or a chairman is not an author note
        "The ferry is used by thousands of visitors, the Authority's executive director noted. "
        '"Anyone can see it."',
        '"The number is there for anyone," the Board chairman said.',
    ],
)
def test_a_closing_quote_is_no_opinion_pieces_author_note(last):
    coding = code_text(_TRANSIT.format(last=last))
    assert (coding.campaign, coding.promotes_hotline) == (True, True)


def test_an_opinion_piece_says_it_is_one():
    # a headline that says so is positive evidence of an opinion piece, with no address
    text = OPINION.format(author="").replace("We can all help", "Guest column: we can all help", 1)
    assert text.startswith("Guest column:")
    coding = code_text(text)
    assert (coding.campaign, coding.promotes_hotline) == (False, False)
    # and so is a named author's note at the end
    noted = OPINION.format(author="Jane Roe is a volunteer advocate at a shelter for survivors.")
    assert code_text(noted).promotes_hotline is False


_SEIZURE = (
    "Troopers seize 30 pounds of {goods} on the interstate\n\n"
    "CAPITAL CITY - State Police troopers seized 30 pounds of {goods} during two traffic stops "
    "in March. The stops were part of a statewide effort against {goods} trafficking rings. "
    "Two drivers were arrested and charged.\n\n"
    '"These seizures keep our roads safe," the Superintendent said.\n\n'
    "The State Police ask anyone with information about {goods} trafficking to call the "
    "Enforcement tip line at 1-800-555-7199. Tips can be made anonymously."
)


@pytest.mark.parametrize("goods", ["fentanyl", "wildlife", "firearms"])
def test_a_tip_line_about_trafficking_in_goods_is_no_trafficking_hotline(goods):
    coding = code_text(_SEIZURE.format(goods=goods))
    assert coding.hotline_numbers == []
    assert (coding.footer_only, coding.promotes_hotline) == (False, False)
    # guard: the same release about human trafficking closes with a footer
    human = _SEIZURE.format(goods=goods).replace(f"{goods} trafficking", "human trafficking")
    coding = code_text(human)
    assert coding.hotline_numbers == ["1-800-555-7199"]
    assert coding.footer_only is True


def test_a_page_stating_a_posting_duty_has_no_footer():
    page = (
        "Required workplace postings\n\n"
        "Every employer in the state must post the human trafficking notice in a place where "
        "employees can see it. The notice must be at least 8.5 by 11 inches.\n\n"
        "Penalties\n\nAn employer that fails to post the notice may be fined up to $1,000 for "
        "each violation; repeat violators may be charged with a misdemeanor and prosecuted.\n\n"
        "What does it say? It tells workers they can call the National Human Trafficking "
        "Hotline at 1-888-373-7888."
    )
    coding = code_text(page, url="https://labor.examplia.gov/postings")
    assert coding.requires_posting is True
    assert coding.footer_only is False


_PRODUCT = (
    "Examplia Workplace Poster Kit - 2025 Edition\n\n"
    "One laminated poster with the state and federal employment notices employers display.\n\n"
    "Add-on: Human Trafficking Awareness Poster (11 x 17 in, English/Spanish). Many motels and "
    "bars hang it next to their labor notices.\n\n"
    "Size: 24 x 36 in - Free updates for a year if posting requirements change\n\n"
    "Price: $29.99 (trafficking poster add-on $7.50)"
)


def test_a_sellers_product_page_naming_posting_requirements_is_no_duty():
    coding = code_text(_PRODUCT)
    assert coding.requires_posting is False
    assert coding.establishments == []
    # guard: the same page stating who must post by law states the duty
    duty = _PRODUCT.replace(
        "Many motels and bars hang it",
        "State law requires motels and bars to post the notice",
    )
    assert code_text(duty).requires_posting is True


_FAIR = (
    "A hotline in every barn this year\n\n"
    "LAKEVIEW - When the gates open on Friday, every restroom and livestock barn at the "
    "fairgrounds will have a bilingual sign.\n\n"
    '{office}, which runs the fairgrounds, printed 200 signs for this year. They ask "Are you '
    'being forced to work?" and give the National Human Trafficking Hotline, 1-888-373-7888.'
)


def test_an_offices_own_signs_carrying_the_number_are_its_effort():
    coding = code_text(_FAIR.format(office="The Lakeview County Fair Board"))
    assert (coding.campaign, coding.promotes_hotline) == (True, True)
    # guard: a company's signs are no office's effort
    company = code_text(_FAIR.format(office="Midway Amusements Inc."))
    assert company.promotes_hotline is False


def test_signs_a_measure_would_have_required_are_no_effort():
    story = (
        "Governor vetoes bill on trafficking signs at campgrounds\n\n"
        "CAPITAL CITY - The governor on Friday vetoed a bill that would have required "
        "campgrounds, marinas, swap meets, flea markets and roadside motels to put up signs "
        "listing the National Human Trafficking Hotline, 1-888-373-7888, and fined owners $500 "
        "for missing signs.\n\n"
        "The sponsor said she would bring the bill back next year."
    )
    coding = code_text(story)
    assert (coding.campaign, coding.promotes_hotline) == (False, False)
    # guard: an office's own signs, in a story that also mentions a bill
    own = story.replace(
        "The sponsor said",
        "The state parks department put up its own signs with the hotline at every campground "
        "this week. The sponsor said",
    )
    assert code_text(own).campaign is True


# -- round 21 (issue 14u): what says a body is public, measures' status, terminals --------------


@pytest.mark.parametrize(
    "office",
    [
        # a state's name and an authority: the name's form says it is public
        "The Oregon Fairgrounds and Exposition Authority",
        # a law-enforcement service (a tribe's, a county's)
        "Red Lake Law Enforcement Services",
        # a centre run by a tribe or a state
        "The Lakeside Wellness Center, operated by the Red Cliff Band of Lake Superior Indians,",
        "The Lakeside Wellness Center, operated by the state,",
        # a motor-vehicle office by its short name
        "Every Vermont RMV branch",
    ],
)
def test_a_bodys_name_form_or_what_the_text_says_of_it_makes_it_a_public_office(office):
    story = (
        "Hotline posters go up for the summer\n\n"
        f"{office} has placed posters with the National Human Trafficking Hotline, "
        "1-888-373-7888, in every waiting room, and front-desk staff completed a short training "
        "on the warning signs."
    )
    coding = code_text(story)
    assert (coding.campaign, coding.promotes_hotline) == (True, True)
    # guard: a centre run by a company, and a company's own name, act as no office
    company = story.replace(office, "The Lakeside Wellness Center, operated by Harbor Health LLC,")
    assert code_text(company).promotes_hotline is False


def test_an_authoritys_name_is_no_place_and_a_terminal_at_an_airport_is_the_airport():
    section = (
        "Section 12. The Bayview Regional Port Authority shall display a human trafficking "
        "awareness notice in each passenger terminal at Bayview International Airport. The "
        "notice shall include the National Human Trafficking Hotline, 1-888-373-7888."
    )
    coding = code_text(section)
    assert coding.requires_posting is True
    assert coding.establishments == ["airport"]
    # guard: a class of port authorities is a place that must post
    each = section.replace(
        "The Bayview Regional Port Authority", "Each port authority in this state"
    )
    each = each.replace("each passenger terminal at Bayview International Airport", "each office")
    assert "port" in code_text(each).establishments


@pytest.mark.parametrize(
    "status",
    [
        "was put off until the next regular session when the committee ran out of time",
        "will have to wait until next year after leaders declined to let it be heard",
        "was referred to an interim study by the House rules committee on Monday",
        "was held over in committee Tuesday, ending its chances for this year",
    ],
)
def test_a_measure_whose_session_is_over_states_no_duty(status):
    story = (
        "Truck stop sign bill in the news\n\n"
        "DOVER - A bill requiring truck stops and bus stations to post human trafficking hotline "
        f"signs {status}.\n\n"
        "Advocates said the signs cost little."
    )
    assert code_text(story).requires_posting is False
    # guard: the same bill passed and signed keeps its duty
    signed = story.replace(status, "was signed into law by the governor on Monday")
    assert code_text(signed).requires_posting is True


@pytest.mark.parametrize(
    "line",
    [
        "or the Ohio State Highway Patrol at (614) 466-2660 to speak with a trooper",
        "or the Troop C barracks at 603-271-3636",
        "or county dispatch at 207-555-7142",
        # round 23: a prosecutor's or any office's own number is the same kind of line
        "or the County Attorney's Office at (531) 555-7190",
        "or the District Attorney's Office directly at 531-555-7190",
    ],
)
def test_a_police_forces_or_offices_own_line_is_no_trafficking_hotline(line):
    release = (
        "Troopers brief campground hosts on trafficking\n\n"
        "State troopers met with campground hosts and park rangers this week to talk about the "
        "signs of human trafficking among seasonal workers.\n\n"
        f"Anyone who suspects human trafficking should call 911 in an emergency, {line}."
    )
    coding = code_text(release)
    assert coding.hotline_numbers == []
    assert coding.promotes_hotline is False
    # guard: a line the force names its trafficking tip line is one
    tip = release.replace(line, "or the patrol's human trafficking tip line at 614-555-7180")
    assert code_text(tip).hotline_numbers == ["1-614-555-7180"]


def test_an_office_employee_of_a_company_is_no_public_office():
    page = (
        "Trafficking Awareness for Our Crews\n\n"
        "At Ridgeline Moving, every crew member and every office employee completes a human "
        "trafficking awareness module each year. Every truck carries a card with the National "
        "Human Trafficking Hotline, 1-888-373-7888."
    )
    assert code_text(page, url="https://www.ridgelinemoving.com/safety").promotes_hotline is False
    # guard: a county office's own staff training and cards promote the hotline
    county = page.replace(
        "At Ridgeline Moving,", "The Ridgeline County Clerk's Office announced that"
    )
    assert code_text(county).promotes_hotline is True


def test_a_bill_passed_before_the_session_ended_keeps_its_duty():
    # the session-end forms take a pending measure's duty (the cases above); a bill passed
    # before the session ended is law
    story = (
        "Sign bill makes it\n\nPIERRE - Before lawmakers adjourned sine die on Friday, they passed "
        "a bill requiring truck stops and bus stations to post human trafficking hotline signs, "
        "which the governor signed into law."
    )
    assert code_text(story).requires_posting is True


def test_a_sellers_list_of_required_notices_is_no_hotline_duty():
    page = (
        "Nevada Labor Law Posters for 2025\n\n"
        "Nevada employers must display several state notices, including the Equal Pay poster, "
        "the Job Safety notice, Unemployment Insurance and Workers' Compensation. Our all-in-one "
        "poster "
        "is laminated and ships in 2 days.\n\n"
        "Price: $34.95\n\n"
        "Add-ons: a human trafficking awareness poster with the hotline number, $11.00."
    )
    assert code_text(page).requires_posting is False
    # guard: the seller's page stating the trafficking notice duty keeps it
    duty = page.replace(
        "Nevada employers must display several state notices, including the Equal Pay poster, "
        "the Job Safety notice, Unemployment Insurance and Workers' Compensation.",
        "Nevada hotels must display the human trafficking hotline notice in each lobby.",
    )
    assert code_text(duty).requires_posting is True


@pytest.mark.parametrize(
    "closing",
    [
        "Prairie Light Network is a nonprofit and a county victim-services partner agency.",
        "We are a 501(c)(3) organization supported by local churches and the county.",
    ],
)
def test_a_speaker_calling_itself_a_nonprofit_is_no_office(closing):
    page = (
        "Help for Survivors of Trafficking\n\n"
        "Prairie Light Network helps adults who have been trafficked in the Sioux Falls area find "
        "housing, legal help and work. The sheriff's office and other agencies refer survivors "
        "to us.\n\n"
        "Call our office at (605) 555-7148, weekdays. After hours, call the National Human "
        "Trafficking Hotline at 1-888-373-7888 or text 233733.\n\n"
        f"{closing}"
    )
    coding = code_text(page)
    assert coding.promotes_hotline is False
    assert "calls itself a nonprofit" in explain(page)["top_campaign_cue"]
    # guard: an office's release naming a partner nonprofit in the third person
    release = (
        "Attorney General launches trafficking hotline awareness campaign\n\n"
        "PIERRE - Attorney General Dana Reed today launched a statewide campaign to put the "
        "National Human Trafficking Hotline, 1-888-373-7888, on posters at every truck stop, "
        "working with Prairie Light Network, which is a nonprofit serving survivors."
    )
    assert code_text(release).promotes_hotline is True


def test_a_government_sites_page_is_an_offices_whatever_organisation_words_its_lead_has():
    page = (
        "Resources for Seasonal Track Workers\n\n"
        "The Iowa Racing and Gaming Corporation has printed a pocket card for grooms, hot walkers "
        "and other seasonal workers at the state's tracks, in English and Spanish. The cards are "
        "handed out at licensing and in the barn area.\n\n"
        "If anyone is forcing you to work or holding your papers, call the National Human "
        "Trafficking Hotline at 1-888-373-7888 or text 233733. Calls are confidential."
    )
    url = "https://irgc.iowa.gov/news/track-worker-cards"
    assert code_text(page, url=url).promotes_hotline is True
    # guard: the same words calling the speaker a nonprofit are an organisation's text
    nonprofit = page.replace(
        "The Iowa Racing and Gaming Corporation", "Track Workers United, a nonprofit,"
    ).replace("Calls are confidential.", "Track Workers United is a nonprofit association.")
    assert code_text(nonprofit, url=url).promotes_hotline is False


def test_a_sellers_product_page_is_no_office_promoting_the_hotline():
    page = (
        "Indiana Employer Poster Kit - 2026 Edition\n\n"
        "$29.50 | Laminated | 24 x 36 inches\n\n"
        "Every notice from the Indiana Department of Labor and the Indiana Civil Rights "
        "Commission on one sheet.\n\n"
        "Add-on: Human Trafficking Awareness Poster - show staff you care; it displays the "
        "National Human Trafficking Hotline, 1-888-373-7888. $8.50\n\n"
        "Free shipping on orders over $60."
    )
    coding = code_text(page)
    assert coding.promotes_hotline is False
    assert coding.campaign is False
    # guard: the same poster offer on the Department of Labor's own site is the office's
    assert code_text(page, url="https://www.in.gov/dol/posters").promotes_hotline is True


RODEO_POST = (
    "Rodeo weekend is here!\n\n"
    "More than 20,000 visitors are expected at the fairgrounds through Sunday.\n\n"
    "Big crowds bring good times, and sometimes people who prey on others. Our deputies will be "
    "walking the grounds with small cards that say:\n"
    '"Being forced to work? Call 1-888-373-7888 or text 233733."\n\n'
    "Be safe and enjoy the show. - Dane County Sheriff's Office"
)
BUS_RELEASE = (
    "Riders Will See Help Message All Summer\n\n"
    "MADISON, Wis. - With the state fair coming, the Madison Area Transit Authority wants every "
    "rider to know where to turn.\n\n"
    'Madison Metro has mounted interior cards on all of its buses with the message "You are not '
    'alone" and the National Human Trafficking Hotline, 1-888-373-7888.\n\n'
    "All drivers will finish a one-hour course by June."
)


@pytest.mark.parametrize("text", [RODEO_POST, BUS_RELEASE])
def test_an_offices_cards_carrying_the_hotline_are_outreach_whatever_the_verb(text):
    # the office acting is named just before the number and its cards carry it: that is the
    # effort, though no effort word ("distribute", "wallet cards") is used
    coding = code_text(text)
    assert coding.campaign is True
    assert coding.promotes_hotline is True
    assert "hotline_in_body" in explain(text)["top_campaign_cue"]


def test_an_office_named_before_a_number_no_handout_carries_is_no_outreach():
    # guard: the office acting is named before the number, but nothing it puts before the
    # public is named between them
    text = RODEO_POST.replace(
        "walking the grounds with small cards that say:\n", "walking the grounds. Sam wrote:\n"
    )
    assert "hotline_in_body" not in explain(text)["top_campaign_cue"]


@pytest.mark.parametrize(
    "lead",
    [
        # a state's name joined to its lottery
        "The Kansas Lottery announced today that the back of its new scratch tickets",
        # "Port of X": a port district, a public body
        "The Port of Coos Bay announced that new decals in its terminal restrooms",
        # a court of a jurisdiction
        "The Henderson Justice Court announced that its lobby screens",
    ],
)
def test_a_public_bodys_name_in_general_form_is_an_office_acting(lead):
    release = (
        "Help line goes up where the public waits\n\n"
        f"{lead} will carry the National Human Trafficking Hotline, 1-888-373-7888, through "
        "awareness month, and staff will offer hotline cards at the window."
    )
    assert "no public office acting" not in explain(release)["top_campaign_cue"]
    assert code_text(release).promotes_hotline is True
    # guard: a port of entry is a place, not a body
    place = release.replace(lead.split(" announced")[0], "Port of entry staff")
    assert "no public office acting" in explain(place)["top_campaign_cue"]


@pytest.mark.parametrize(
    "story",
    [
        # the measure in the counterfactual: it did not become law, whatever verb says so
        "Truck stop sign bill gets no hearing\n\nBISMARCK - A bill that would have added truck "
        "stops to the businesses that must post the human trafficking hotline sign got no hearing "
        "in the Senate this year, its sponsor said.",
        # a study order in quotes
        "Sign bill parked\n\nPIERRE - A proposal requiring that motels must post human "
        "trafficking hotline signs was sent to \u201cinterim study\u201d by a House committee "
        "on Monday.",
    ],
)
def test_news_of_a_measure_told_in_the_counterfactual_or_sent_to_study_states_no_duty(story):
    assert code_text(story).requires_posting is False


def test_a_counterfactual_measure_that_became_law_keeps_its_duty():
    # guard: the text says the measure became law, which the counterfactual never overrides
    story = (
        "Truck stop sign law\n\nBISMARCK - A bill that would have added truck stops to the "
        "businesses that must post the human trafficking hotline sign was amended, and the final "
        "bill was signed into law by the governor on Friday."
    )
    assert code_text(story).requires_posting is True


def test_prose_saying_means_is_no_definition_of_law_text():
    # " means " counted as a definition made short news and outreach "legal text"; a
    # definition has its term in quotes ('"Employer" means ...')
    page = (
        "Labor office takes help cards to orchard crews\n\nYAKIMA - Inspectors from the state "
        "labor department are visiting apple orchards this month with Spanish and English cards "
        "that give the National Human Trafficking Hotline, 1-888-373-7888. Harvest season means "
        "thousands of seasonal workers far from home. A worker whose boss holds his passport may "
        "not know what that means or where to turn."
    )
    assert (explain(page)["legal_text"], code_text(page).promotes_hotline) == (False, True)
    # guard: a definition with its term in quotes still counts as law text
    section = (
        '(a) As used in this section, "establishment" means a truck stop or a hotel. (b) Every '
        "establishment shall post the human trafficking hotline sign in each restroom."
    )
    assert explain(section)["legal_text"] is True


@pytest.mark.parametrize(
    "acronym",
    # a state's postal letters (or its short form) joined to a department's letters, and one
    # letter joined to a four-letter form: a state agency named by its acronym
    ["TxDOT", "NJDOL", "RIDOH", "PennDOT", "KDOT", "NCDHHS"],
)
def test_a_state_agencys_acronym_is_an_office_acting(acronym):
    release = (
        "A number on the dashboard\n\n"
        f"SPRINGFIELD - Drivers stopping at the scale house this month may leave with more than "
        f"a receipt. {acronym} crews are handing out dashboard stickers that read \u201cSee "
        "something wrong at a truck stop? 1-888-373-7888.\u201d\n\n"
        f"\u201cIt takes a second to pass along,\u201d a {acronym} supervisor said."
    )
    assert "no public office acting" not in explain(release)["top_campaign_cue"]
    assert code_text(release).promotes_hotline is True
    # guard: the same text with no office in it (an acronym of no department's letters)
    other = release.replace(acronym, "ARDOR")
    assert "no public office acting" in explain(other)["top_campaign_cue"]
    assert code_text(other).promotes_hotline is False


#: An office's outreach evenings (investigators present, a handout carries the hotline), with
#: one prosecution word in the body and one weak cue ("online games" reached through "social
#: media"), and more of the text after the number.
LIBRARY_NIGHTS = (
    "Sheriff's office brings grooming talk to libraries\n\n"
    "OCALA - The Marion County Sheriff's Office is holding six evening talks at branch libraries "
    "this winter so families can see how predators use online games and social media to reach "
    "children.\n\n"
    "Investigators from the crimes against children unit show how a friendly chat turns into "
    "requests for photos or meetings. Families go home with a sheet that lists the National "
    "Human Trafficking Hotline, 1-888-373-7888.\n\n"
    "\u201cThe earlier a parent notices, the better,\u201d the unit's lieutenant said.\n\n"
    "The talks are free; no sign-up is needed."
)


def test_an_outreach_text_with_one_prosecution_word_hands_its_hotline_over_in_the_body():
    # one prosecution word outside the headline and first sentence, and one weak cue, do not
    # make the office's own handing-over a footer or "no outreach effort"
    coding = code_text(LIBRARY_NIGHTS)
    assert coding.footer_only is False
    assert coding.campaign is True
    assert coding.promotes_hotline is True


def test_a_text_with_a_prosecution_word_whose_hotline_is_its_last_paragraph_is_not_handed():
    # guard: the same text ending on the number (the closing line of a release about an
    # investigation) is not a hand-over in the body
    text = LIBRARY_NIGHTS.split("\n\n\u201cThe earlier")[0]
    assert code_text(text).promotes_hotline is False


def test_a_police_forces_own_tip_line_is_not_a_trafficking_hotline():
    release = (
        "Police mark awareness month\n\n"
        "RICHMOND - This month the Richmond Police Department is training every patrol shift on "
        "the signs of human trafficking in motels and online ads. Residents who suspect someone "
        "is being exploited are asked to call 911 or the RPD anonymous tip line."
    )
    coding = code_text(release)
    assert coding.campaign is True
    assert coding.promotes_hotline is False
    # guard: a tip line named for trafficking is a trafficking hotline, whoever runs it
    named = release.replace("the RPD anonymous tip line", "the RPD human trafficking tip line")
    assert code_text(named).promotes_hotline is True


# -- round 25 (issue 14y) ----------------------------------------------------------------------

FISCAL_NOTE = (
    "FISCAL SUMMARY OF HOUSE BILL 88\n\n"
    "HB 88 would require the Harbor Commission to display a human trafficking awareness notice "
    "in each passenger terminal restroom. The notice would give the National Human Trafficking "
    "Hotline (1-888-373-7888) in English and Spanish. Hotels and massage parlors are already "
    "required to post a similar notice.\n\n"
    "At the committee hearing the Attorney General's office and a shelter spoke for the bill; "
    "nobody spoke against it, and the Harbor Commission's engineer gave the cost of printing.\n\n"
    "The committee changed the bill so the signs are put up during each terminal's next "
    "repainting."
)


def test_a_bills_summary_whose_signs_go_up_is_no_campaign():
    # signs a bill requires going up, and the sign in the duty's own sentence, are the law's:
    # laws and bills are never campaigns
    coding = code_text(FISCAL_NOTE)
    assert coding.requires_posting is True
    assert coding.campaign is False
    assert coding.promotes_hotline is False


@pytest.mark.parametrize(
    "story",
    [
        "Campground notice bill never made it to the floor\n\nLINCOLN - Legislation requiring "
        "campgrounds to post the National Human Trafficking Hotline in their shower houses will "
        "need a new sponsor next year, its author said Tuesday.",
        "Trafficking notice plan runs out of time\n\nLINCOLN - A measure to require campgrounds to "
        "post the human trafficking hotline in their shower houses lapsed when the Senate "
        "adjourned on Friday.",
    ],
)
def test_news_of_a_measure_that_ran_out_with_its_session_states_no_duty(story):
    # the measure never made it, lapsed, expired, or the chamber adjourned with it pending
    assert code_text(story).requires_posting is False


def test_a_chamber_that_adjourned_after_passing_the_measure_keeps_its_duty():
    # guard: a measure the sentence says passed before the chamber adjourned is a law
    story = (
        "Notice bill passes\n\nLINCOLN - The Senate adjourned Friday after it passed a bill "
        "requiring campgrounds to post the human trafficking hotline in their shower houses, "
        "which the governor signed into law."
    )
    assert code_text(story).requires_posting is True


DRUG_CASE = (
    "Three Charged With Heroin Trafficking in Delta County\n\n"
    "ESCANABA - Detectives of the Delta County Sheriff's Office served a warrant at a motel "
    "on Friday and charged three people with conspiracy to deliver heroin. Deputies seized "
    "400 grams and two handguns.\n\n"
    "Sheriff Dana Pelto urged anyone who sees heroin trafficking in their neighborhood to call "
    "the Sheriff's Office tip line at 906-555-7142."
)


def test_trafficking_in_drugs_is_no_human_trafficking_text():
    # every trafficking word is trafficking in goods and nothing speaks of people: not a text
    # about human trafficking, so its tip line is no trafficking hotline in a footer
    coding = code_text(DRUG_CASE)
    assert coding.footer_only is False
    assert coding.campaign is False
    assert coding.hotline_numbers == []


def test_a_drug_case_that_also_speaks_of_human_trafficking_is_still_read():
    # guard: the same release naming human trafficking too is a trafficking text
    text = DRUG_CASE.replace("heroin trafficking in", "heroin trafficking or human trafficking in")
    assert code_text(text).hotline_numbers == ["1-906-555-7142"]


def test_a_slogan_opening_the_closing_hotline_line_is_no_effort_before_it():
    release = (
        "Bus Station Arrest in Human Trafficking Case\n\n"
        "SPOKANE - Officers of the Spokane Police Department arrested a 41-year-old man at the "
        "Intermodal Center on Sunday after a ticket agent saw him take the phones and tickets of "
        "two teenage girls traveling with him.\n\n"
        "He was charged with trafficking a minor and promoting commercial sexual abuse "
        "of a minor. The girls were placed with advocates.\n\n"
        "Learn the signs. The National Human Trafficking Hotline is 1-888-373-7888."
    )
    assert code_text(release).footer_only is True
    # guard: a whole sentence about learning the signs before the number is not a slogan
    longer = release.replace(
        "Learn the signs.",
        "The department asks riders to learn the signs of trafficking at every station.",
    )
    assert code_text(longer).footer_only is False


WATER_STATEMENT = (
    "A half sheet with your water statement\n\n"
    "DAYTON - Households opening their water bill in March will find a half sheet folded in "
    "with it. The City of Dayton Water Department wrote it with the county's trafficking task "
    "force: how labor and sex trafficking look in an ordinary neighborhood, and what neighbors "
    "notice first.\n\n"
    "The half sheet ends with the National Human Trafficking Hotline, 1-888-373-7888, and its "
    "text line, 233733.\n\n"
    '"Every address in the city gets our statement," the water director said.'
)
WATER_URL = "https://www.daytonohio.gov/news/water-statement-trafficking"


def test_one_bill_word_is_not_what_an_offices_own_text_is_about():
    # a single bill word ("their water bill") does not make a bill the subject of an office's
    # own text that hands the hotline over
    coding = code_text(WATER_STATEMENT, url=WATER_URL)
    assert coding.promotes_hotline is True
    assert coding.campaign is True


def test_two_bill_words_keep_an_offices_text_about_a_bill():
    # guard: a second bill word (a council bill) still makes it a text about a bill
    text = WATER_STATEMENT.replace("in March", "in March, as a council bill proposed")
    assert code_text(text, url=WATER_URL).promotes_hotline is False


FAIR_POST = (
    "Howdy from the fair! Our youth team has a booth by the livestock "
    "barn all weekend, next to the 4-H pavilion.\n\n"
    "Stop by to talk about how traffickers use online games and fake modeling offers to reach "
    "kids. We are handing out wallet cards with the National Human Trafficking Hotline, "
    "1-888-373-7888, or text 233733.\n\n"
    "See you there! #LincolnCountySheriff #FairWeek"
)


def test_a_first_person_post_signed_with_an_offices_hashtag_is_the_offices_outreach():
    coding = code_text(FAIR_POST)
    assert coding.promotes_hotline is True
    assert coding.campaign is True


def test_a_first_person_post_signed_with_no_offices_hashtag_is_no_offices():
    # guard: the same post signed with a group's hashtag names no office acting
    post = FAIR_POST.replace("#LincolnCountySheriff", "#LincolnCountyMoms")
    assert code_text(post).promotes_hotline is False


def test_families_helped_to_settle_is_no_settlement_lead():
    page = (
        "Know Your Rights at Work\n\n"
        "Valley Welcome Center helps newly arrived families settle in Fresno and Clovis. Many "
        "start work in packing houses and hotels.\n\n"
        "Your boss cannot keep your passport. You can quit. You cannot be made to pay a debt "
        "to keep your job.\n\n"
        "If you cannot leave a job, call the National Human Trafficking Hotline at "
        "1-888-373-7888."
    )
    assert code_text(page).footer_only is False
    # guard: a release whose lead settles a case closes with a footer line
    release = page.replace(
        "Valley Welcome Center helps newly arrived families settle in Fresno and Clovis.",
        "The Labor Commissioner settled with a Fresno packing house for $90,000 in back pay.",
    )
    assert code_text(release).footer_only is True


GATHERING = (
    "Health inspectors bring trafficking talk to salon owners\n\n"
    "TUCSON - The Pima County Health Department is holding evening workshops for nail salon "
    "and spa owners in June about how human trafficking hides behind a storefront.\n\n"
    "Each workshop covers debt, passports kept by a boss and workers who live at the shop. "
    "Sign-up is on the county website."
)


def test_an_offices_gathering_about_trafficking_is_a_campaign():
    coding = code_text(GATHERING)
    assert coding.campaign is True
    assert coding.promotes_hotline is False


def test_a_gathering_in_a_text_whose_subject_is_not_trafficking_is_no_campaign():
    # guard: the headline and first sentence about salon hygiene (trafficking only further
    # down) are not an office's event about trafficking
    text = GATHERING.replace(
        "Health inspectors bring trafficking talk to salon owners",
        "Health inspectors meet salon owners",
    ).replace("about how human trafficking hides behind a storefront", "about sterilizing tools")
    text += " A page on human trafficking is linked there."
    assert code_text(text).campaign is False


# --- round 26 (issue 14z) ---------------------------------------------------------------------


def test_news_of_a_proposal_to_require_posting_states_no_duty():
    # a measure as the subject of a duty in the infinitive is what someone proposed; the story
    # says neither that it passed nor that it moved, in words no list of fates holds
    story = (
        "Session wrap-up: what got left behind\n\n"
        "CONCORD - Lawmakers went home Thursday with dozens of ideas unfinished. Among them was a "
        "plan to require campgrounds to post the human trafficking hotline in their shower houses. "
        "It sat in a drawer of the Commerce Committee for the rest of the spring."
    )
    assert code_text(story).requires_posting is False


@pytest.mark.parametrize(
    "status",
    [
        "The Senate passed it 20-4 on Thursday.",
        "It cleared the Commerce Committee on Thursday and heads to the House floor.",
        "The governor signed it Thursday.",
    ],
)
def test_a_proposal_reported_on_its_way_keeps_its_duty(status):
    # guard: news of the measure moving or made law is a posting law (the labels' rule)
    story = (
        "Campground notice bill\n\nCONCORD - A proposal to require campgrounds to post the human "
        "trafficking hotline in their shower houses is one of the session's quieter bills. "
        + status
    )
    assert code_text(story).requires_posting is True


HEALTH_DISTRICT_PAGE = (
    "Trafficking: what our nurses watch for\n\n"
    "Ottawa-Lakes Public Health District\n\n"
    "Our immunization nurses and family planning staff are trained to notice when a patient "
    "seems to be controlled by someone else, such as a companion who answers every question.\n\n"
    "Anyone can ask for help, patient or not.\n"
    "National Human Trafficking Hotline: 1-888-373-7888 or text 233733."
)


def test_a_public_health_district_named_with_its_place_is_a_public_body():
    # a district of public health (or a hospital district) is a public body, as round 23's
    # transit, port and fire districts are: its page handing the reader the hotline is outreach
    assert "no public office acting" not in explain(HEALTH_DISTRICT_PAGE)["top_campaign_cue"]
    assert code_text(HEALTH_DISTRICT_PAGE).promotes_hotline is True
    # guard: a class of districts names no office whose page this is
    page = HEALTH_DISTRICT_PAGE.replace("Ottawa-Lakes Public Health District", "Health districts")
    assert code_text(page).promotes_hotline is False


AMBULANCE_CARDS = (
    "Trafficking on Ambulance Calls\n\n"
    "DOVER - Crews of the Kent County Fire Department now keep a stack of small cards "
    "in every ambulance for patients who may be trafficked.\n\n"
    "Every crew member finished a short online lesson in September on what a call can look "
    "like, such as a companion who will not leave the patient alone.\n\n"
    '"We are not detectives," the deputy chief said. "We just make sure the patient knows help '
    'exists."\n\n'
    'The card reads, in English and Spanish: "Help is here. National Human Trafficking Hotline '
    '1-888-373-7888."'
)


def test_an_offices_card_quoted_in_the_last_paragraph_is_no_footer():
    # one prosecution word in a quote ("detectives") made the number's last paragraph read as a
    # closing line; a paragraph that opens with the office's card carrying the number is the
    # card's words, its hand-over
    coding = code_text(AMBULANCE_CARDS)
    assert coding.footer_only is False
    assert coding.promotes_hotline is True


def test_a_plain_closing_line_after_an_investigation_stays_a_footer():
    # guard: the same release closing with its own line, no card opening the paragraph
    text = AMBULANCE_CARDS.replace(
        'The card reads, in English and Spanish: "Help is here. National',
        "Detectives made two arrests in the case. National",
    ).replace('7888."', "7888.")
    assert code_text(text).promotes_hotline is False


VOTED_DOWN = (
    "Commissioners turn down help-line signs for county buildings\n\n"
    "MARQUETTE - The Marquette County Board of Commissioners on Tuesday voted 5-4 against a "
    "resolution that would have put human trafficking hotline signs in the restrooms of the "
    "courthouse and the county health clinic.\n\n"
    "Backers said the posters would cost the county about $900 and could reach people waiting "
    "for court dates. Opponents said the state already requires the signs in many businesses."
)


def test_a_body_voting_down_hotline_signs_is_no_outreach():
    # the news is the vote against the measure; the signs it would have put up are no effort
    coding = code_text(VOTED_DOWN)
    assert coding.campaign is False
    assert coding.promotes_hotline is False
    assert "voted down" in explain(VOTED_DOWN)["top_campaign_cue"]


def test_a_body_voting_for_its_signs_is_not_a_measure_voted_down():
    # guard: the same board passing the resolution is no news of a dead measure
    text = VOTED_DOWN.replace(
        "voted 5-4 against a resolution that would have put", "passed a resolution that puts"
    )
    assert "voted down" not in explain(text)["top_campaign_cue"]


DETECTIVES_AT_SCHOOLS = (
    "Sheriff's unit takes trafficking lessons to middle schools\n\n"
    "CASPER - Detectives of the Natrona County Sheriff's Office have given a presentation on "
    "how human traffickers groom children through video games at nine middle schools this fall.\n\n"
    "Parents may ask the school office for a copy of the slides."
)


def test_an_offices_detectives_giving_presentations_is_a_campaign():
    # "Detectives" in the lead name who acts (the office's people), not a prosecution: the
    # office's gathering about trafficking is its outreach
    coding = code_text(DETECTIVES_AT_SCHOOLS)
    assert coding.campaign is True
    assert coding.promotes_hotline is False


def test_detectives_arresting_in_the_lead_are_a_prosecution_subject():
    # guard: an act of prosecution in the lead keeps the text about the case
    text = DETECTIVES_AT_SCHOOLS.replace(
        "have given a presentation on how human traffickers groom children through video games "
        "at nine middle schools this fall",
        "arrested a man who groomed children through video games for human trafficking; he was "
        "charged with two counts after a presentation at a middle school",
    )
    assert code_text(text).campaign is False


def test_sentence_span_matches_its_regex_definition():
    """`sentence_span` finds sentence ends with str.find (speed); it must give what the regex
    `_SENTENCE_END_RX` gives: the last end before the cue and the first after, within 400."""
    import random

    from hotline_watch.coding.text import _SENTENCE_END_RX, sentence_span

    def by_regex(low: str, start: int, end: int) -> tuple[int, int]:
        lo = max(0, start - 400)
        begin = lo
        for m in _SENTENCE_END_RX.finditer(low, lo, start):
            begin = m.end()
        stop = _SENTENCE_END_RX.search(low, end, min(len(low), end + 400))
        return begin, (stop.end() if stop else min(len(low), end + 400))

    rng = random.Random(7)
    pieces = ["a", "b ", ".", ". ", "!", "?\t", "\n", "u.s.c.", " ", "\u2003", "x" * 150]
    texts = ["", ".", ". ", "a.\n", "u.s.c. 5", "one. two! three?\nfour"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 60))) for _ in range(300)]
    for low in texts:
        for _ in range(40):
            start = rng.randint(0, len(low))
            end = min(len(low), start + rng.randint(0, 20))
            assert sentence_span(low, start, end) == by_regex(low, start, end), (low, start, end)


def test_word_counts_count_as_str_count():
    """`WordCounts` (one Aho-Corasick pass, speed) counts each word as `str.count` does:
    non-overlapping occurrences, leftmost first, a word inside another counted too."""
    from hotline_watch.coding.patterns import WordCounts

    counts = WordCounts(("aa", "aba", "a", "this act", "abab", "shall", "\n("))
    for text in ["", "aaa", "aaaa", "ababab", "abababa", "xaabaabaa", "this acthis act",
                 "the board shall\n(a) shall\n(b)"]:  # fmt: skip
        found = counts(text)
        assert found == {w: text.count(w) for w in counts.words}, text


def test_rx_gated_branches_match_as_re_does():
    """A branch with no literal prefix is tried only where a literal it must contain occurs
    (`_required_literal`, speed); its matches stay those of `re`."""
    import re

    from hotline_watch.coding.patterns import Lowered, Rx, _required_literal

    assert _required_literal(r"\b[a-z]{1,5}pd\b") == "pd"
    assert _required_literal(r"\b(?:adjourn(?:ed)?\s+)?sine\s+die\b") == "sine"
    assert _required_literal(r"[\]ab]cd?e{2}") == "c"
    assert _required_literal(r"(?i:x)\d{3}") == ""
    patterns = [r"\bpolice\b|\b[a-z]{1,5}pd\b", r"\b(?:adjourn(?:ed)?\s+)?sine\s+die\b|\bvetoed\b"]
    texts = ["the lapd and nypd", "no match", "adjourned sine die; vetoed", "xpd sinedie pd"]
    for pattern in patterns:
        rx = Rx(pattern)
        assert not rx.unkeyed
        for text in texts:
            low = Lowered(text)
            want = [m.span() for m in re.finditer(pattern, text)]
            assert [m.span() for m in rx.finditer(low)] == want, (pattern, text)
            first = re.search(pattern, text)
            got = rx.search(Lowered(text))
            assert (got and got.span()) == (first and first.span()), (pattern, text)


def test_coded_document_leaves_no_cyclic_garbage():
    """A document's caches (`Lowered.found`, `Rx.matches`) hold no match of the document
    itself: coding it leaves nothing for the cyclic garbage collector (a cycle per document
    made its runs cost ~5% of the coding), and `matches` gives `finditer`'s matches."""
    import gc

    from hotline_watch.coding.outreach import _OFFICE
    from hotline_watch.coding.patterns import Lowered

    text = (
        "The Attorney General's Office and the State Police announced a campaign: posters "
        "with the National Human Trafficking Hotline, 1-888-373-7888, go up in state parks."
    )
    low = Lowered(text.lower())
    assert [m.span() for m in _OFFICE.matches(low)] == [m.span() for m in _OFFICE.finditer(low)]
    assert _OFFICE.matches(low)
    code_text(text)  # warm: first-call loading (vocabulary, model) is not the document's
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        code_text(text)
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


def test_rx_second_key_and_common_keys_match_as_re_does():
    """A keyed branch is live only where its second literal (`Rx.need`) also occurs, and the
    common keys are found with `in` rather than by the automaton (both speed); matches stay
    those of `re`, whether the second literal or a common key is present or not."""
    import re

    from hotline_watch.coding.patterns import Lowered, Rx

    patterns = [
        r"\bstate\s+corporations?\b|\bstate[- ]owned\b|\bstate\s+police\b",
        r"\bthe\s+authority\s+(?:placed|posted)\b|\bin\s+(?:the\s+)?lobby\b|\bman\w*\b",
        # a group's alternatives as the second literals, a run after the key, a branch twice
        r"\bstate\s+(?:universit(?:y|ies)|colleges?)\b|\bstate\s+fair\b|\bstate[- ]owned\b"
        r"|\bstate[- ]owned\b|\bstate(?P<x>\s+parks?)\s+(?:rangers|police)\b",
    ]
    texts = ["the state corporation and a state-owned port", "state police, state owned",
             "state of mind", "the authority posted it in the lobby", "in lobby; manager",
             "nothing here", "the authority", "states-owned state corporations",
             "a state college, the state fair", "state universities; fair state", "college",
             "state parks police and state park rangers", "rangers of the state"]  # fmt: skip
    for pattern in patterns:
        rx = Rx(pattern)
        assert any(n is not None for n in rx.need)
        for text in texts:
            want = [m.span() for m in re.finditer(pattern, text)]
            assert [m.span() for m in rx.finditer(Lowered(text))] == want, (pattern, text)
            first = re.search(pattern, text)
            got = rx.search(Lowered(text))
            assert (got and got.span()) == (first and first.span()), (pattern, text)
