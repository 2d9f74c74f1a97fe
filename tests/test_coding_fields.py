"""Coded fields against hand labels of posting-law texts the extractors were not tuned on.

tests/fixtures/coding_field_labels.json holds labels made from the text alone, after the
round-1 extractors were frozen, for 11 posting-law texts of the set-aside side of
../shared/texts/ (docs/coding-measurement.md). The issue asks for at least 90% of fields right.
Round 2 fixed the six fields missed here (so they are now training scores); the held-out field
figure comes from docs/coding-heldout-2-fields.json (`bench/measure_coding.py --texts`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hotline_watch.coding import code_text, read_document
from hotline_watch.coding.evaluation import FIELDS, field_right

LABELS = Path(__file__).parent / "fixtures" / "coding_field_labels.json"


def test_field_right_compares_as_documented():
    coding = code_text(
        "Every hotel shall post the human trafficking sign at least 3 by 5 inches in size. The "
        "Department of Labor shall design the sign. A violation is subject to a civil penalty of "
        "up to $200 for each violation."
    )
    assert field_right("sign_size", coding, "3 x 5 inches")
    assert field_right("agency", coding, "department of labor")
    assert not field_right("agency", coding, None)
    assert field_right("penalties", coding, [[200, "per violation"]])
    assert not field_right("penalties", coding, [[200, None]])
    assert field_right("establishments", coding, ["lodging"])


def test_fields_of_set_aside_posting_laws(shared_dir):
    texts = shared_dir / "texts"
    if not (texts / "index.csv").exists():
        pytest.skip("../shared/texts/index.csv not present")
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["texts"]
    right = total = 0
    wrong = []
    for name, expected in labels.items():
        coding = code_text(read_document(texts / name))
        for field in FIELDS:
            ok = field_right(field, coding, expected[field])
            right += ok
            total += 1
            if not ok:
                wrong.append(f"{name}: {field}")
    assert total == 66
    # Round 1, at its freeze: 60 of 66 (0.91); the misses were 4 establishment sets (an excluded
    # "hospital" coded, government_building for a managing agency, public_restroom for posting
    # in restrooms, a Liquor Control Act licensee missed) and 2 agencies not found. Round 2
    # fixed them (tests/test_coding.py has each as a text of its own): 66 of 66.
    assert right == total, (right, total, wrong)


# -- round 7 (issue 14g): establishments in explainers and news, by how lists are written -------


def test_establishments_in_the_list_after_this_includes():
    text = (
        "Employers must post the official Human Trafficking Poster. The signage requirement "
        "applies to venues frequently exposed to human trafficking.\nThis includes:\n"
        "- Adult entertainment facilities;\n- Primary airports;\n- Bus stations;\n"
        "- Truck stops; and\n- Private job recruitment centers.\n"
        "Call the National Human Trafficking Hotline at 1-888-373-7888."
    )
    coding = code_text(text)
    assert {
        "adult_entertainment",
        "airport",
        "bus_station",
        "truck_stop",
        "job_recruitment",
    } <= set(coding.establishments)


def test_establishments_in_a_list_the_paragraph_introduces():
    text = (
        "Human trafficking notices must be posted in New Mexico by every employer. For most "
        "states, the notice is only required in certain types of establishments. Most states "
        "require them in only the following spaces (if any).\n\n"
        "  \u2022 Hotels and motels\n  \u2022 Airports, bus stations, and train stations\n\n"
        "The notice gives the National Human Trafficking Hotline, 1-888-373-7888."
    )
    coding = code_text(text)
    assert {"lodging", "airport", "bus_station", "rail_station"} <= set(coding.establishments)


def test_establishments_included_in_the_bill_and_plain_synonyms():
    news = (
        "A bill that would require strip clubs to post notices with the human trafficking "
        "hotline, 1-888-373-7888, cleared the Senate. Hotels, bus stops and rest areas are also "
        "included in the bill."
    )
    assert {"adult_entertainment", "lodging", "bus_station", "rest_area"} <= set(
        code_text(news).establishments
    )
    law = (
        "The following shall post the human trafficking notice (1-888-373-7888): a career "
        "center; a facility licensed to provide emergency medical services; an establishment "
        "that serves alcoholic beverages; a passenger railroad station."
    )
    assert {"job_recruitment", "emergency_room", "bar", "rail_station"} <= set(
        code_text(law).establishments
    )


# -- round 8 (issue 14h): lists under a heading, who supplies the notice, a police line -------


def test_establishments_in_a_list_under_a_question_and_an_introducing_line():
    """A heading or question about posting, a line that introduces the list, then the list."""
    for heading, intro, bullet in (
        ("Who has to post the notice?", "The statute covers:", "\u2022"),
        ("Which employers are required to post?", "In brief, businesses such as:", "-"),
    ):
        text = (
            "Ohio Hotline Poster Rules\n\n"
            "State law requires certain employers to display a notice with the National Human "
            "Trafficking Hotline, 1-888-373-7888.\n\n"
            f"{heading}\n{intro}\n"
            f"{bullet} taverns and night clubs;\n{bullet} bus depots and train stations;\n"
            f"{bullet} hospital emergency departments;\n{bullet} truck stops.\n\n"
            "Penalties\nA civil penalty of $250 applies."
        )
        codes = set(code_text(text).establishments)
        assert {"bar", "bus_station", "rail_station", "emergency_room", "truck_stop"} <= codes


def test_establishments_in_a_sentence_naming_the_categories_the_laws_cover():
    text = (
        "More states now require some businesses to post human trafficking hotline notices for "
        "workers and customers.\n\nThe rules differ by state. Covered businesses typically "
        "include motels, massage parlors and airports."
    )
    assert {"lodging", "massage", "airport"} <= set(code_text(text).establishments)


def test_establishments_named_in_an_agency_name_or_as_already_posting_are_not_coded():
    text = (
        "The new law requires campgrounds and marinas to post the human trafficking hotline "
        "sign, 1-888-373-7888. The signs must match those that hotels already have to display. "
        "Violations may be fined by the Division of Restaurants and Taverns."
    )
    codes = set(code_text(text).establishments)
    assert not codes & {"lodging", "restaurant", "bar"}, codes


def test_establishments_plain_synonyms_of_round_8():
    law = (
        "Each of the following shall post the notice with the human trafficking hotline "
        "(1-888-373-7888): a station offering passenger rail service; a business that sells "
        "adult materials; a club licensed to sell liquor by the drink; a freestanding emergency "
        "center; a walk-in health care facility."
    )
    codes = set(code_text(law).establishments)
    assert {"rail_station", "adult_entertainment", "bar", "emergency_room", "urgent_care"} <= codes


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        (
            "The Department of Revenue & Taxation (DRT) has created the sign and enforces the act.",
            "Department of Revenue & Taxation",
        ),
        (
            "The Nevada Bureau of Public Safety prescribes the content of the notice.",
            "Nevada Bureau of Public Safety",
        ),
        (
            "A model notice can be downloaded from the Department of Commerce website.",
            "Department of Commerce",
        ),
        (
            "The notice, developed by the Abuse in Workplaces Council, lists the hotline.",
            "Abuse in Workplaces Council",
        ),
        (
            "The Department of Employment and Housing posts a printable copy of the notice on "
            "its website.",
            "Department of Employment and Housing",
        ),
        (
            "The Commissioner of Insurance is tasked with designing the signs.",
            "Commissioner of Insurance",
        ),
        (
            "The Kansas Department of Commerce on Friday released the posters businesses need.",
            "Kansas Department of Commerce",
        ),
    ],
)
def test_agency_who_supplies_the_notice(sentence, agency):
    text = (
        "Certain businesses are required to post a sign with the National Human Trafficking "
        f"Hotline, 1-888-373-7888. {sentence}"
    )
    if "on Friday" in sentence:  # "Friday" alone, as news writes it
        text = text.replace("on Friday", "Friday")
    assert code_text(text).agency == agency


def test_an_agency_name_never_ends_on_a_joining_word():
    text = (
        "Section 2. (a) Every bus terminal shall display a human trafficking notice. (b) The "
        "notice shall be developed by the office of public safety and security and shall "
        "include the "
        "National Human Trafficking Hotline, 1-888-373-7888."
    )
    coding = code_text(text)
    assert coding.agency == "office of public safety and security"
    quote = next(e for e in coding.evidence if e["field"] == "agency")
    assert quote["value"] == coding.agency


def test_a_local_police_number_is_no_trafficking_hotline():
    text = (
        "Today is National Human Trafficking Awareness Day and our officers wear blue. "
        "If you suspect human trafficking, please contact the Elm City Police Department at "
        "555-201-3344. In an emergency, call 911."
    )
    coding = code_text(text)
    assert coding.hotline_numbers == []
    assert not coding.promotes_hotline
    named = text.replace(
        "the Elm City Police Department at", "the Elm City human trafficking tip line at"
    )
    assert code_text(named).hotline_numbers == ["1-555-201-3344"]


# -- round 11 (issue 14k): penalties by offense, agencies by how pages and news name them -------


@pytest.mark.parametrize(
    "clause",
    [
        "$500 for a first offense and $1,000 for each subsequent offense",
        "$250 for the first violation and $750 for each additional violation",
    ],
)
def test_each_subsequent_offense_is_an_offense_not_a_unit(clause):
    text = (
        "Every truck stop shall post the human trafficking hotline sign. A business that fails "
        f"to comply is liable for a civil penalty of {clause}."
    )
    details = code_text(text).penalty_details
    assert [(d["offense"], d["unit"]) for d in details] == [
        ("first", None),
        ("subsequent", None),
    ]
    each = text.replace(clause, "$300 for each violation")
    assert [d["unit"] for d in code_text(each).penalty_details] == ["per violation"]


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        # a designing verb a few words before what it designs, and writing verbs
        (
            "The Office of the State Fire Marshal (OSFM) prescribes the layout and wording of the "
            "sign by rule.",
            "Office of the State Fire Marshal",
        ),
        (
            "The Oregon Bureau of Tourism wrote the text of the notice.",
            "Oregon Bureau of Tourism",
        ),
        (
            "The state Department of Commerce has updated its model notice for this year.",
            "state Department of Commerce",
        ),
        # who supplies it: a relative clause, "making ... available", "online", a state cabinet
        (
            "The Ohio Gaming Control Board, which licenses casinos, is making copies of the "
            "poster available on its website.",
            "Ohio Gaming Control Board",
        ),
        (
            "The Kentucky Energy Cabinet has posted a sample sign online.",
            "Kentucky Energy Cabinet",
        ),
        # the notice named as the agency's own
        (
            "The Department of Public Health's model notice lists the hotline.",
            "Department of Public Health",
        ),
        # required or directed, with a date between, or to adopt rules, or to carry it out
        (
            "The act would require the Department of Revenue, on or before June 1, 2026, to "
            "develop a model notice.",
            "Department of Revenue",
        ),
        (
            "The bill requires the Utah Liquor Commission to adopt rules prescribing the form of "
            "the sign.",
            "Utah Liquor Commission",
        ),
        (
            "The law directs the Department of Aviation to carry out the requirement.",
            "Department of Aviation",
        ),
    ],
)
def test_agency_as_pages_and_news_write_it(sentence, agency):
    text = (
        "Certain businesses are required to post a sign with the National Human Trafficking "
        f"Hotline, 1-888-373-7888. {sentence}"
    )
    assert code_text(text).agency == agency


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # an agency's own page: the title names it, the body says "the Authority" or its acronym
        (
            "Nevada State Gaming Authority\n\nMandatory Signs\n\nEvery licensee must display "
            "posters with the National Human Trafficking Hotline. The Authority has prepared the "
            "required posters, which can be downloaded below.",
            "Nevada State Gaming Authority",
        ),
        (
            "Ohio Department of Mines and Safety\n\nWho must post\nEvery quarry operator must "
            "post the human trafficking hotline notice.\n\nGet the notice\nDOMS has made the "
            "required notice available to download below.",
            "Ohio Department of Mines and Safety",
        ),
        # an office named by its holder is the office
        (
            "Every bar must display the human trafficking hotline poster. Attorney General Jane "
            "Roe's office has released the posters.",
            "Office of the Attorney General",
        ),
        (
            "Every bar must display the human trafficking hotline poster. The law says the "
            "attorney general's office designs the poster.",
            "Office of the Attorney General",
        ),
    ],
)
def test_agency_resolved_from_the_page_or_its_holder(text, agency):
    assert code_text(text).agency == agency


def test_a_law_approved_by_a_council_does_not_make_the_council_the_agency():
    text = (
        "Hotels will have to post signs with the National Human Trafficking Hotline number under "
        "an ordinance approved by City Council on Wednesday."
    )
    assert code_text(text).agency is None
    made = text + " The notice was approved by the Health Department."
    assert code_text(made).agency == "Health Department"


def test_a_resolved_name_quotes_where_the_text_names_it():
    text = (
        "Ohio Department of Mines and Safety\n\nEvery quarry operator must post the human "
        "trafficking hotline notice.\n\nDOMS has made the required notice available below."
    )
    coding = code_text(text)
    assert coding.agency_basis == "named in this text (DOMS)"
    quotes = {e["field"]: e["quote"] for e in coding.evidence}
    assert "Ohio Department of Mines and Safety" in quotes["agency_basis"]
    assert "DOMS" in quotes["agency"]
    assert all(e["quote"] in text for e in coding.evidence)


def test_languages_of_a_posting_duty_are_those_required_not_those_offered():
    text = (
        "Every hotel must post the human trafficking notice in English and Spanish. The state "
        "agency has a model notice, which hotels can download in French, Korean and other "
        "languages. Download the poster (Arabic, Hindi)."
    )
    assert code_text(text).languages == ["English", "Spanish"]
    # round 30: the notice itself offered in English and Spanish alone is read as the notice's
    # languages (tests/test_coding_fields_r30.py); other things offered, or a list of
    # translations, still say nothing of them
    offered = (
        "Every hotel must post the human trafficking notice. A training video is available in "
        "English and in Spanish on the agency's website, and the poster in Tagalog and Spanish."
    )
    assert code_text(offered).languages == []
    both = (
        "Every bar must display the human trafficking posters. Both the English and the Spanish "
        "poster must be displayed."
    )
    assert code_text(both).languages == ["English", "Spanish"]
    # a campaign's materials: the languages it offers are its languages
    campaign = (
        "The Attorney General today launched a human trafficking awareness campaign. Posters "
        "giving the National Human Trafficking Hotline, 1-888-373-7888, are available in "
        "English, Spanish and Vietnamese."
    )
    assert code_text(campaign).languages == ["English", "Spanish", "Vietnamese"]


def test_establishments_the_law_also_applies_to():
    text = (
        "Nevada law requires hospitals to post a notice with the National Human Trafficking "
        "Hotline.\n\nThe law, which took effect in July, also applies to motels, airports, bus "
        "stations and massage parlors.\n\nThe sponsor praised the measure."
    )
    assert {"hospital", "lodging", "airport", "bus_station", "massage"} <= set(
        code_text(text).establishments
    )


def test_establishments_answering_a_who_must_post_heading():
    text = (
        "Ohio Human Trafficking Notice\n\nOhio law requires certain businesses to post a notice "
        "with the National Human Trafficking Hotline, 1-888-373-7888.\n\nWhich businesses must "
        "post?\nTruck stops; hotels; airports; and businesses licensed to sell alcohol for "
        "consumption on the premises.\n\nOur poster: laminated."
    )
    assert {"truck_stop", "lodging", "airport", "bar"} <= set(code_text(text).establishments)
    who = text.replace("Which businesses must post?", "Who must post?")
    assert {"truck_stop", "lodging", "airport", "bar"} <= set(code_text(who).establishments)
    permits = text.replace("licensed to sell", "with permits to sell")
    assert "bar" in code_text(permits).establishments


def test_approved_by_is_the_agency_only_when_said_of_the_notice():
    text = (
        "Every hotel must post the human trafficking hotline sign. The training must be approved "
        "by the Division of Lodging."
    )
    assert code_text(text).agency is None
    sign = text.replace("The training must be", "The sign must be")
    assert code_text(sign).agency == "Division of Lodging"


@pytest.mark.parametrize(
    "size",
    [
        # the numerals in parentheses after the unit
        'at least eight and one-half inches (8.5") by eleven inches (11") in size',
        # a line number glued to "by" in text extracted from a line-numbered bill
        "no smaller than eight and one-half inches by5 eleven inches",
    ],
)
def test_sign_size_as_statutes_and_bills_write_it(size):
    text = f"Every rest area shall display a human trafficking hotline sign {size}."
    assert code_text(text).sign_size == "8.5 x 11 inches"


def test_sign_size_across_a_line_number_on_its_own_line():
    lines = [
        "Section 1. Each transportation agency shall display a public awareness sign",
        "with the human trafficking hotline in every station and rest area open",
        "to the public, and every employer listed in subsection (b) shall post",
        "the same sign in a place where employees can see it and where notices",
        "are customarily posted. (2) The required public awareness sign must be",
        "at least eight and one-half inches by",
        'eleven inches (8 \u00bd" x 11") in size and must be printed in',
        "at least sixteen point type in English and Spanish and must state",
        "the national human trafficking hotline number and the state hotline.",
        "This act shall take effect upon passage.",
    ]
    text = "".join(f"{line}\n\n{n}\n\n" for n, line in enumerate(lines, start=1))
    assert code_text(text).sign_size == "8.5 x 11 inches"


def test_a_class_set_against_the_covered_ones_is_not_coded():
    text = (
        "Many states require certain businesses to post the human trafficking hotline notice. "
        "These laws apply to places where victims are likely to be found, such as truck stops "
        "and hotels, rather than to all employers."
    )
    codes = set(code_text(text).establishments)
    assert {"truck_stop", "lodging"} <= codes
    assert "employer_general" not in codes


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # a notice "prepared by" or "adopted by" an office, a named office's possessive kept
        (
            "(b) An establishment shall display a sign, prepared by the Governor's Office of "
            "Victim Services and Policy, in each restroom.",
            "Governor's Office of Victim Services and Policy",
        ),
        (
            "Each licensed salon shall post, where clients can see it, the human trafficking "
            "notice adopted by the Board of Cosmetology.",
            "Board of Cosmetology",
        ),
        # a state police force creates the sign
        (
            "This bill requires hotels to post a sign with the trafficking hotline. The sign will "
            "be created by the Nevada State Police and provided free of charge.",
            "Nevada State Police",
        ),
        # an office required "to make the notice available"
        (
            "The purpose of this measure is to require that a notice on human trafficking be "
            "posted at airports, and to require the Department of Public Safety to make the "
            "notice available in English and Spanish.",
            "Department of Public Safety",
        ),
        # a short aside between the name and its verb
        (
            "The State Anti-Trafficking Task Force, housed in the Department of Justice, designed "
            "the sign businesses must post.",
            "State Anti-Trafficking Task Force",
        ),
        # round 23: the body the duty's sentence names, in any form of the verb
        # a verb of the duty in any form: "prepare", "adopt rules prescribing"
        (
            "(1) Each marina operator shall post a human trafficking notice in each restroom.\n"
            "(2) The attorney general shall prepare the notice and shall send it to operators.",
            "attorney general",
        ),
        (
            '(1) "Division" means the division of consumer protection.\n(2) Each car wash shall '
            "display a human trafficking notice. (3) The division shall adopt rules prescribing "
            "the form of the notice.",
            "Division of consumer protection",
        ),
        # an office named by a title the core words lacked
        (
            "The superintendent, after consulting the board, shall design a human trafficking "
            "sign that each terminal must display.",
            "superintendent",
        ),
        # a bill's conditional: "would design"
        (
            "Under the bill, bowling alleys would have to post a trafficking hotline sign. The "
            "Office of Victim Services would design the sign.",
            "Office of Victim Services",
        ),
        # a short state form before the name; an abbreviated "Dept."
        (
            "Proposed law requires marinas to post a trafficking notice. Proposed law requires "
            "the Ala. Highway Patrol to develop the notice.",
            "Highway Patrol",
        ),
        (
            "Proposed law requires each marina to post a trafficking notice and requires the "
            "Dept. of Wildlife and Fisheries to design the notice.",
            "Dept. of Wildlife and Fisheries",
        ),
        # an acronym the text spells out, required to develop the sign
        (
            "The Kansas Bureau of Investigation (KBI) runs a tip line. The bill requires marinas "
            "to post a sign and requires the KBI to develop the sign.",
            "Kansas Bureau of Investigation",
        ),
        # a name of six words before its core word
        (
            "Every arena shall display a trafficking poster. The poster is prescribed by the "
            "Vermont Statewide Human Trafficking Prevention Steering Council.",
            "Vermont Statewide Human Trafficking Prevention Steering Council",
        ),
        # responsible for it, with an aside between
        (
            "Arenas must post the sign. The Utah Trafficking Council, which is housed in the "
            "Department of Public Safety, is responsible for creating the sign.",
            "Utah Trafficking Council",
        ),
        # who supplies it as a page says it: "has a printable sign", "has posted ... below"
        (
            "Every spa must display the trafficking sign. The Bureau of Consumer Affairs has a "
            "printable sign on its website.",
            "Bureau of Consumer Affairs",
        ),
        (
            "Licensed arenas must post the trafficking sign. The Department of Gaming has posted "
            "a printable sign below.",
            "Department of Gaming",
        ),
        (
            "Spas must post the trafficking notice in each restroom and near the front desk, "
            "where both customers and workers will see it every day, starting on July 1 of "
            "next year.\n\nThe Ohio Bureau of Labor has posted a printable copy on its website.",
            "Ohio Bureau of Labor",
        ),
    ],
)
def test_agency_forms_of_regulations_bill_reports_and_pages(text, agency):
    assert code_text("Human trafficking notice\n\n" + text).agency == agency


def test_establishment_terms_of_committee_reports_and_turnpike_laws():
    report = (
        "Human trafficking notice\n\nThe purpose of this measure is to require that a notice on "
        "human trafficking be posted at commercial harbors and transient accommodations. Your "
        "Committee has amended this measure by deleting the requirement for posting at massage "
        "establishments."
    )
    assert code_text(report).establishments == ["port", "lodging"]
    law = (
        "Human trafficking notice\n\nThe notice shall be posted in each highway service area "
        "on the Garden State Parkway."
    )
    # a "Parkway" is no state park
    assert code_text(law).establishments == ["service_plaza"]


# -- round 20 (issue 14t): places in general head-noun forms, the law as it stands -----------


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("each terminal of the state ferry system", "transportation_hub"),
        ("each marine highway terminal", "transportation_hub"),
        ("the railroad corporation at each staffed depot", "rail_station"),
        ("each rail passenger depot", "rail_station"),
        ("each operator of temporary workforce housing", "lodging"),
        ("each crew camp", "lodging"),
        ("each host of a short-term rental", "lodging"),
        ("each licensed body art facility", "tattoo"),
        ("each body piercing studio", "tattoo"),
        ("each shipyard", "port"),
        ("each operator of a marine terminal", "port"),
        ("each licensee operating a gambling boat", "casino"),
        ("each ambulatory surgical treatment center", "medical_facility"),
        ("each nail technology salon", "nail_salon"),
    ],
)
def test_establishments_in_general_head_noun_forms(place, code):
    law = (
        f"(a) The owner of {place} in this state shall post a human trafficking notice with the "
        "National Human Trafficking Hotline, 1-888-373-7888, in each public restroom.\n"
        "(b) A person who violates this section is subject to a civil penalty of $250."
    )
    assert code in code_text(law).establishments


def test_a_highway_port_of_entry_is_a_weigh_station_not_a_seaport():
    law = (
        "(a) The department shall post a human trafficking notice with the National Human "
        "Trafficking Hotline, 1-888-373-7888, in each restroom of every rest area and port of "
        "entry it operates.\n(b) The notice shall be at least 8.5 by 11 inches."
    )
    codes = code_text(law).establishments
    assert "weigh_station" in codes and "port" not in codes
    # guard: a port of entry of the border is a port
    border = law.replace(
        "every rest area and port of entry it operates", "every international port of entry"
    )
    assert "port" in code_text(border).establishments


def test_places_under_the_law_as_it_stands_are_not_whom_a_measure_reaches():
    digest = (
        "HOUSE BILL 77 DIGEST\n\n"
        "Present law requires truck stops, hotels and massage parlors to post a notice with "
        "the National Human Trafficking Hotline, 1-888-373-7888.\n\n"
        "Proposed law requires each marina to post the same notice in its restrooms."
    )
    assert code_text(digest).establishments == ["port"]
    news = (
        "Starting July 1, tanning salons must post a human trafficking notice with the hotline, "
        "1-888-373-7888. Their owners will join motels, bars and truck stops in having to "
        "post it; the new law sets a $200 fine."
    )
    assert code_text(news).establishments == ["cosmetology"]


def test_agency_name_ends_before_a_place_and_is_read_by_its_definition():
    rule = (
        '2.1. "Director" means the Director of the Nevada Gaming Control Board.\n'
        "3.1. Every casino shall display the human trafficking notice furnished by the "
        "Director in each restroom of the casino."
    )
    coding = code_text(rule)
    assert coding.agency == "Director of the Nevada Gaming Control Board"
    assert coding.agency_basis == "defined in this text"
    # guard: a name joined by "in" stays whole
    law = (
        "Every casino shall display the human trafficking notice developed by the Council on "
        "Trafficking in Persons."
    )
    assert code_text(law).agency == "Council on Trafficking in Persons"


def test_a_holder_of_a_two_word_state_is_the_office():
    """Guard for the longer name before a core word: the holder's office is still the office."""
    news = (
        "Starting July 1, marinas must post a trafficking hotline sign. New Mexico Attorney "
        "General Jane Roe's office designed the sign."
    )
    assert code_text(news).agency == "Office of the Attorney General"


def test_public_restrooms_last_in_a_list_of_places_are_where_not_who():
    news = (
        "The bill requires motels to post the National Human Trafficking Hotline, "
        "1-888-373-7888, in their front offices, hallways and public restrooms."
    )
    assert code_text(news).establishments == ["lodging"]
    law = (
        "The department shall display a human trafficking sign in each marina office, boat "
        "ramp, and public restroom in every state park."
    )
    assert "public_restroom" not in code_text(law).establishments
    # guard: businesses that keep public restrooms are a class of their own
    duty = (
        "Every business that maintains restrooms for use by the public shall post a human "
        "trafficking notice with the hotline, 1-888-373-7888."
    )
    assert "public_restroom" in code_text(duty).establishments


# -- round 24 fields (issue 14x-fields): the duty's own list, later offenses, type size ---------


def test_a_page_that_lists_its_own_duty_places_codes_only_those():
    page = (
        "Poster rules explained\n\n"
        "Several other states, such as Texas, make bars and casinos display the hotline.\n\n"
        "Under the new Oregon law, the following businesses must post the human trafficking "
        "hotline notice:\n"
        "- truck stops\n"
        "- massage parlors\n\n"
        "Questions? Call the National Human Trafficking Hotline at 1-888-373-7888."
    )
    assert code_text(page).establishments == ["truck_stop", "massage"]
    # every duty sentence counts once one of them lists the places, not only the listing one
    two = (
        "Motels are the newest focus. A law that took effect this month requires all motels to "
        "post a notice about the National Human Trafficking Hotline, 1-888-373-7888.\n"
        "The poster must also be displayed at:\n"
        "- truck stops\n"
        "- massage parlors\n"
    )
    assert code_text(two).establishments == ["lodging", "truck_stop", "massage"]


@pytest.mark.parametrize(
    ("news", "places"),
    [
        (
            "More businesses must hang a human trafficking sign starting Monday.\n\n"
            "The requirement, which lawmakers approved in June, covers nail salons and truck "
            "stops.\n\nEach sign must show the National Human Trafficking Hotline, 1-888-373-7888.",
            ["nail_salon", "truck_stop"],
        ),
        # round 25: a page's "obligation"
        (
            "Human trafficking notice\n\nOhio law requires a range of employers to post a notice "
            "with the National Human Trafficking Hotline, 1-888-373-7888. The Office has prepared "
            "the notice.\n\nThe obligation covers hotels and motels, truck stops and farm labor "
            "contractors.",
            ["lodging", "truck_stop", "farm_labor_contractor"],
        ),
    ],
)
def test_the_requirement_as_subject_of_its_reach(news, places):
    assert code_text(news).establishments == places


def test_each_violation_after_that_is_a_later_offense_without_unit():
    law = (
        "Each lodging establishment shall post the human trafficking notice with the hotline "
        "1-888-373-7888. A business that does not comply is subject to a $200 fine, and $400 "
        "for each violation after that."
    )
    pairs = {(d["amount_usd"], d["unit"]) for d in code_text(law).penalty_details}
    assert pairs == {(200, None), (400, None)}
    offenses = [d["offense"] for d in code_text(law).penalty_details]
    assert offenses[-1] == "subsequent"
    # guard: "for each violation" alone stays a unit
    each = law.replace("for each violation after that", "for each violation")
    assert (400, "per violation") in {
        (d["amount_usd"], d["unit"]) for d in code_text(each).penalty_details
    }


def test_native_languages_a_notice_must_be_in():
    law = (
        "Each airport shall post a human trafficking notice with the hotline 1-888-373-7888. "
        "The notice shall be printed in English, Lakota, Yup'ik and Inupiaq."
    )
    assert code_text(law).languages == ["English", "Lakota", "Yup'ik", "Inupiaq"]


@pytest.mark.parametrize(
    ("words", "size"),
    [
        ("in a font no smaller than eighteen points", "18-point font"),
        ("in a type size of not less than 20-point", "20-point font"),
        ("in a font of at least 22 points", "22-point font"),
    ],
)
def test_the_font_before_its_minimum(words, size):
    law = (
        "Each hospital shall post a human trafficking notice with the hotline 1-888-373-7888, "
        f"printed {words}."
    )
    assert code_text(law).sign_size == size


def test_agency_that_can_develop_the_sign_or_has_a_notice_on_this_page():
    note = (
        "Human trafficking notice\n\nThis bill requires each clinic to display a sign with the "
        "National Human Trafficking Hotline, 1-888-373-7888. The Vermont Department of Health "
        "(VDH) licenses clinics.\n\nState Expenditures: VDH can develop the sign within "
        "existing resources."
    )
    assert code_text(note).agency == "Vermont Department of Health"
    page = (
        "Human trafficking notice\n\nEmployers must post the human trafficking notice with the "
        "hotline 1-888-373-7888.\n\nThe Department of Labor has a printable notice on this page "
        "in four languages."
    )
    assert code_text(page).agency == "Department of Labor"


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("each visitor information center", "welcome_center"),
        ("each tourist information centre", "welcome_center"),
        ("every cocktail lounge", "bar"),
        ("every on-premises licensee", "bar"),
        # round 25
        ("each gaming licensee", "casino"),
        ("every restroom on the gaming premises", "casino"),
        ("each workforce camp", "lodging"),
        ("every bunkhouse", "lodging"),
        ("the crew quarters of each vessel", "lodging"),
        ("each temporary crew housing facility", "lodging"),
        ("each gaming operator licensee", "casino"),
        ("every day and temporary labor service agency", "job_recruitment"),
        ("each beverage dispensary", "bar"),
        # round 26
        ("each racing association licensed under chapter 230", "casino"),
        ("each licensee holding a license to sell wine or beer by the drink", "bar"),
        ("each port terminal", "port"),
        ("each service area on the Garden State Parkway", "service_plaza"),
        ("each tollway service area", "service_plaza"),
    ],
)
def test_places_in_head_noun_forms_round_24(place, code):
    law = f"The human trafficking notice with the hotline 1-888-373-7888 shall be posted in {place}"
    assert code in code_text(law).establishments


# -- round 25 (issue 14y-fields) ----------------------------------------------------------------


def test_a_state_line_after_force_fraud_or_coercion_is_read():
    # "force, fraud or coercion" is the definition of trafficking in the number's own sentence,
    # not a fraud line's subject
    law = (
        "The bureau shall create the sign, which shall be printed in English and Spanish and "
        "shall direct any person who is made to work or perform commercial sex through force, "
        "fraud, or coercion to the Ozark human trafficking resource center hotline at "
        "1-855-55-OZHTH (1-855-556-9484), with the National Human Trafficking Hotline, "
        "1-888-373-7888, as an alternative."
    )
    assert code_text(law).hotline_numbers == ["1-855-556-9484", "1-888-373-7888"]
    # a fraud line's number stays out
    other = (
        "To report consumer fraud, call the fraud hotline at 1-855-556-9484. Human trafficking "
        "victims can call the National Human Trafficking Hotline at 1-888-373-7888."
    )
    assert code_text(other).hotline_numbers == ["1-888-373-7888"]


def test_places_welcome_to_post_or_that_have_had_to_post_are_not_the_duty():
    page = (
        "Human trafficking poster\n\nState law requires bus stations and airports to display a "
        "poster with the National Human Trafficking Hotline, 1-888-373-7888. Restaurants, "
        "grocery stores and other employers are welcome to display the poster as well."
    )
    assert code_text(page).establishments == ["bus_station", "airport"]
    news = (
        "A new law took effect Saturday. It requires truck stops and massage businesses to put "
        "up a sign listing the National Human Trafficking Hotline at 1-888-373-7888. Utah hotels "
        "have had to post similar signs since a 2019 law, and the bill's sponsor expects most "
        "businesses to comply."
    )
    assert code_text(news).establishments == ["truck_stop", "massage"]


def test_an_agency_whose_name_is_a_series_of_words():
    news = (
        "A new law took effect Saturday. It requires truck stops to put up a sign listing the "
        "National Human Trafficking Hotline at 1-888-373-7888. The Governor's Office of Youth, "
        "Family and Community posted a printable version of the sign on its website."
    )
    assert code_text(news).agency == "Governor's Office of Youth, Family and Community"
    law = (
        "Each clinic shall post a notice in a form prescribed by the department of revenue, "
        "labor, and licensing, with the hotline 1-888-373-7888."
    )
    assert code_text(law).agency == "department of revenue, labor, and licensing"


def test_languages_a_notice_is_posted_on_a_website_in_are_not_required():
    advisory = (
        "Advisory\n\nEvery licensed barbershop must display the human trafficking notice next "
        "to the shop license.\n\nThe Board has posted the notice on its website in English, "
        "Spanish and Portuguese. The notice directs victims to call 1-888-373-7888."
    )
    assert code_text(advisory).languages == []
    required = advisory.replace("The Board has posted", "The notice must be posted")
    assert code_text(required).languages == ["English", "Spanish", "Portuguese"]


def test_an_earlier_duty_told_before_its_places_is_not_the_duty():
    news = (
        "Starting Wednesday, tattoo shops across Ohio must display a sign with the National "
        "Human Trafficking Hotline, 1-888-373-7888. Ohio already requires similar signs in "
        "hotels, airports and bus stations. Hotels, bars and truck stops have been required to "
        "post them since 2020."
    )
    assert code_text(news).establishments == ["tattoo"]


def test_a_hospital_that_operates_an_emergency_department_is_the_emergency_room():
    law = (
        "Each hospital that operates an emergency department shall post the human trafficking "
        "notice with the hotline 1-888-373-7888 in each patient room of the emergency department."
    )
    assert code_text(law).establishments == ["emergency_room"]
    place = (
        "Each hospital and each clinic shall post the human trafficking notice with the hotline "
        "1-888-373-7888 in each emergency department waiting area and each restroom."
    )
    assert code_text(place).establishments == ["hospital", "medical_facility"]


def test_kinds_named_in_other_kinds_words_round_25():
    licence = (
        "A holder of a beverage dispensary, brewery or recreational site license shall post the "
        "human trafficking notice with the hotline 1-888-373-7888 in each restroom."
    )
    assert code_text(licence).establishments == ["bar"]
    fuel = (
        "Trafficking notice\n\nState law requires truck stops and full-service fuel stations to "
        "post the human trafficking notice with the hotline 1-888-373-7888."
    )
    assert code_text(fuel).establishments == ["truck_stop"]
    news = (
        "The governor signed a bill requiring urgent care clinics to post the National Human "
        "Trafficking Hotline, 1-888-373-7888, in patient restrooms. Clinics that fail to post it "
        "could face a civil penalty."
    )
    assert code_text(news).establishments == ["urgent_care"]


# -- round 26 (issue 14z-fields) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "own",
    [
        "For legal advice, please phone our staff at (512) 555-7119 on weekdays.",
        "To book a visit with our caseworkers, call (512) 555-7119.",
        "- Employee Assistance Program: confidential counselling around the clock, (512) 555-7119.",
        "To stay anonymous, call Crime Stoppers at (512) 555-7119.",
    ],
)
def test_an_organisations_own_number_is_no_trafficking_hotline(own):
    # an organisation's or a company's own contact number beside the national line: the page's
    # own line, not a trafficking hotline (the text never names it one)
    page = (
        "Workers' rights\n\nIf a boss takes your passport or you owe a debt you cannot pay off, "
        "that can be human trafficking. Call the National Human Trafficking Hotline any time at "
        f"1-888-373-7888 or text 233733. {own}"
    )
    assert code_text(page).hotline_numbers == ["1-888-373-7888", "233733"]


def test_an_organisations_own_trafficking_or_reporting_line_is_read():
    named = (
        "Human trafficking help\n\nVictims of human trafficking can call our statewide human "
        "trafficking hotline at (512) 555-7119 or the National Human Trafficking Hotline at "
        "1-888-373-7888."
    )
    assert code_text(named).hotline_numbers == ["1-512-555-7119", "1-888-373-7888"]
    reported = (
        "Forced labor in our supply chain\n\nWe train staff to spot human trafficking. Any worry "
        "may be reported in confidence to our compliance hotline, (512) 555-7119, in twelve "
        "languages. Anyone may also call the National Human Trafficking Hotline at 1-888-373-7888."
    )
    assert code_text(reported).hotline_numbers == ["1-512-555-7119", "1-888-373-7888"]


@pytest.mark.parametrize(
    ("law", "agency"),
    [
        # the defined word, supplied: "made available by the office"
        (
            '(1) As used in this section, "office" means the Office of the Attorney General.\n'
            "(2) A truck stop shall post the human trafficking notice made available by the "
            "office, with the hotline 1-888-373-7888.",
            "Office of the Attorney General",
        ),
        # the name's acronym in brackets before the duty
        (
            "The bill requires motels to post a notice with the National Human Trafficking "
            "Hotline, 1-888-373-7888. The Department of Public Health and Environment (CDPHE) "
            "must create the notice and post it on its website.",
            "Department of Public Health and Environment",
        ),
        # "responsible for designing"
        (
            "This bill requires the department of transportation to post signs with the "
            "national human trafficking hotline, 1-888-373-7888, at each welcome center. The "
            "amendment makes the attorney general's office responsible for designing the signs.",
            "Office of the Attorney General",
        ),
    ],
)
def test_an_agency_that_supplies_or_is_responsible_for_the_notice(law, agency):
    assert code_text(law).agency == agency


def test_a_room_of_the_classes_a_toll_roads_rest_stops_and_bare_salons():
    bill = (
        "Section 1. A sign with the human trafficking hotline 1-888-373-7888 shall be displayed "
        "in each public restroom of:\n(a) each truck stop; and\n(b) each weigh station."
    )
    assert code_text(bill).establishments == ["truck_stop", "weigh_station"]
    news = (
        "Hotline signs coming to turnpike rest stops and nail salons\n\nA new law requires "
        "service plazas on the turnpike and licensed nail salons to display signs listing the "
        "National Human Trafficking Hotline, 1-888-373-7888. Salons that fail to comply face a "
        "fine."
    )
    assert sorted(code_text(news).establishments) == ["nail_salon", "service_plaza"]
    # a text that names the general class in other words keeps it
    both = (
        "A new law requires hair salons and nail salons to post a notice with the National "
        "Human Trafficking Hotline, 1-888-373-7888. Salons that fail to comply face a fine."
    )
    assert "cosmetology" in code_text(both).establishments


def test_a_line_numbered_size_and_a_cost_that_is_no_penalty():
    bill = (
        "1 Section 1. Each truck stop shall display a sign with the human trafficking\n"
        "2 hotline 1-888-373-7888. The sign shall be at least five and one-half\n"
        "3 inches by eight inches."
    )
    assert code_text(bill).sign_size == "5.5 x 8 inches"
    note = (
        "The bill requires motels to post a notice with the National Human Trafficking "
        "Hotline, 1-888-373-7888. A motel that fails to post the notice is subject to a civil "
        "penalty of up to $250. The department will have one-time costs of approximately "
        "$4,100 to design the notice."
    )
    assert code_text(note).penalties == ["up to $250"]


@pytest.mark.parametrize(
    ("law", "places"),
    [
        # a bus station named from its station ("a station for intercity buses", "a terminal of
        # an intercity bus line", "a depot used by an interstate bus carrier")
        (
            "Section 2. The owner of a station for interstate buses and the operator of each "
            "airport shall display a sign with the human trafficking hotline, 1-888-373-7888.",
            ["bus_station", "airport"],
        ),
        (
            "Sec. 4. Each of the following shall post the human trafficking hotline sign, "
            "1-888-373-7888:\n(1) A truck stop;\n(2) A depot used by an intercity bus carrier.",
            ["truck_stop", "bus_station"],
        ),
        # a highway port of entry (its scale house; beside rest areas) is a weigh station
        (
            "Sec. 9. The department shall post a human trafficking hotline sign, 1-888-373-7888, "
            "in each port of entry scale house on the interstate highway system.",
            ["weigh_station"],
        ),
        (
            "Sec. 9. Human trafficking signs at ports of entry and rest areas. A sign with the "
            "human trafficking hotline, 1-888-373-7888, shall be posted in each.",
            ["weigh_station", "rest_area"],
        ),
        # staffing agencies; a motor vehicle office is a government building
        (
            "The bill requires temporary staffing firms to post a notice with the National "
            "Human Trafficking Hotline, 1-888-373-7888.",
            ["job_recruitment"],
        ),
        (
            "Requires the Department of Motor Vehicles to post, in each DMV service center, a "
            "notice with the National Human Trafficking Hotline, 1-888-373-7888.",
            ["government_building"],
        ),
    ],
)
def test_places_named_from_their_station_port_or_office(law, places):
    assert code_text(law).establishments == places


def test_places_a_law_already_covers_are_the_earlier_duty():
    news = (
        "Signs coming to train stations\n\nThe governor signed a bill on Friday. Starting in "
        "January, every passenger rail station must display a sign with the National Human "
        "Trafficking Hotline, 1-888-373-7888. The bill expands a 2017 law that already covers "
        "airports, bus stations and hotels."
    )
    assert code_text(news).establishments == ["rail_station"]


@pytest.mark.parametrize(
    ("law", "agency"),
    [
        # a name closed by a comma before the duty's verb
        (
            "(b) A truck stop shall post the notice with the hotline 1-888-373-7888.\n(c) The "
            "Office of Budget, Grants and Victim Services Unit, shall make the notice "
            "available on its website.",
            "Office of Budget, Grants and Victim Services Unit",
        ),
        # "will write the notice"
        (
            "Starting in July, motels must post the number for the National Human Trafficking "
            "Hotline, 1-888-373-7888. The Department of Workforce Development will write the "
            "notice.",
            "Department of Workforce Development",
        ),
        # the notice in a relative clause whose subject is the name
        (
            "Nail salons must now hang the state's human trafficking notice. The notice, which "
            "the Commission on Human Trafficking publishes in four languages, lists the National "
            "Human Trafficking Hotline, 1-888-373-7888.",
            "Commission on Human Trafficking",
        ),
        # the name as the notice's attribute
        (
            "Bars must post a human trafficking notice with the hotline 1-888-373-7888. Use the "
            "Office for Victims of Crime notice, which is free to download.",
            "Office for Victims of Crime",
        ),
    ],
)
def test_an_agency_named_by_a_comma_a_verb_of_writing_or_its_notice(law, agency):
    assert code_text(law).agency == agency


def test_a_partner_in_consultation_is_not_the_designer():
    law = (
        "1. The commissioner, in consultation with the office of victim services, shall design "
        "a sign with the national human trafficking hotline, 1-888-373-7888. Each bus station "
        "shall post the sign."
    )
    assert code_text(law).agency == "commissioner"
