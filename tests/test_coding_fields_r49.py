"""Round 49, fields (issue 14zx): audits of each cause's class in wordings of our own, both
sides (docs/coding-measurement.md, "Round 49, fields")."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

NATIONAL = "1-888-373-7888"


def _numbers(text: str) -> list[str]:
    return code_text(text).hotline_numbers


# 1. an office's address line, its main number at the end: no trafficking hotline
_TRAFFICKING = (
    "Police arrested a man on human trafficking charges on Tuesday.\n\n"
    "If you suspect human trafficking, call the National Human Trafficking Hotline at "
    "1-888-373-7888.\n\n"
)


@pytest.mark.parametrize(
    ("line", "own", "kept"),
    [
        ("Danbury Police Department | 375 Main Street, Danbury, CT 06810 | 203-797-4611", True, 0),
        ("Lakeview Sheriff's Office | 12 Oak Ave, Lakeview, OR 97630 | (541) 947-2504", True, 0),
        ("City of Emporia Police, 518 Mechanic St., Emporia, KS 66801 - 620-343-4200", True, 0),
        ("Town Hall | 1 Main St, Salem, Massachusetts 01970-1234 | Phone: 978-745-9595", True, 0),
        ("Harbor Police | 9 Bay Rd, Erie, PA 16501 | Main line 814-870-1125", True, 0),
        # a hotline word between the ZIP code and the number: the line is named a hotline
        ("Task Force | 1 Capitol Sq, Columbus, OH 43215 | Tip line: 614-466-5610", False, 1),
        ("State Office | 1 Main St, Denver, CO 80202 | Trafficking hotline 866-455-5075", False, 1),
        # no address: the named line stays
        ("Call the Kansas tip line at 800-572-7463 to report trafficking.", False, 1),
    ],
)
def test_address_line_number(line: str, own: bool, kept: int) -> None:
    got = _numbers(_TRAFFICKING + line + "\n")
    others = [n for n in got if n != NATIONAL]
    assert len(others) == kept, got


# 2. a unit reached at the number: the unit's line, not a hotline
@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("To reach the Human Trafficking Unit, call 303-739-6000.", 0),
        ("To reach the Vice Unit directly, call 303-739-6100.", 0),
        ("Investigators in the Special Victims Division at 415-553-1234 handle such cases.", 0),
        ("You can contact the department's Crimes Against Children Section at 512-424-2000.", 0),
        ("Detectives of the Human Trafficking Squad: 602-534-1111.", 0),
        # named a tip line or hotline: kept
        ("The Human Trafficking Unit runs a tip line at 303-739-6001.", 1),
        ("Call the Colorado Human Trafficking Hotline at 1-866-455-5075.", 1),
        ("Report trafficking to the Unit's tip line, 303-739-6002.", 1),
    ],
)
def test_unit_line(sentence: str, kept: int) -> None:
    got = _numbers(_TRAFFICKING + sentence + "\n")
    assert len([n for n in got if n != NATIONAL]) == kept, got


# 3. an organisation's own number, told with what it is for
@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Cards listed the hotline and the alliance's own number for local support, "
            "315-555-7142.",
            0,
        ),
        ("Volunteers handed out their own line for victims in the county, 607-555-7199.", 0),
        ("The coalition gave its own number for case management at 716-555-7123.", 0),
        ("The shelter's own phone for local families is 585-555-7100.", 0),
        ("Staff printed the group's own line in Spanish, 315-555-7177.", 0),
        # a state's own trafficking line, named so: kept
        ("Posters list the state's own human trafficking hotline, 1-866-455-5075.", 1),
        ("Call the tip line for local support, 315-555-7155, to report trafficking.", 1),
    ],
)
def test_own_line_with_purpose(sentence: str, kept: int) -> None:
    got = _numbers(_TRAFFICKING + sentence + "\n")
    assert len([n for n in got if n != NATIONAL]) == kept, got


def _establishments(duty: str) -> list[str]:
    text = (
        "Human trafficking notice.\n(1) " + duty + " The notice must include the National Human "
        "Trafficking Hotline, 1-888-373-7888.\n"
    )
    return code_text(text).establishments


# 4. a highway port of entry beside rest areas: a weigh station
@pytest.mark.parametrize(
    ("duty", "expected"),
    [
        (
            "The department shall post a sign in each public rest area and at each port of "
            "entry in the state.",
            ["weigh_station", "rest_area"],
        ),
        (
            "Signs - rest areas - ports of entry. The department shall post a sign at each "
            "port of entry.",
            ["weigh_station", "rest_area"],
        ),
        (
            "The department shall post a sign in each rest area, and in every port of entry.",
            ["weigh_station", "rest_area"],
        ),
        (
            "Rest areas \u2013 ports of entry. The department shall post a sign at each port of "
            "entry.",
            ["weigh_station", "rest_area"],
        ),
        (
            "The department shall post a sign in each weigh station and at each port of entry.",
            ["weigh_station"],
        ),
        # a seaport, no rest area: a port
        ("The authority shall post a notice at each seaport and port of entry.", ["port"]),
        ("The department shall post a sign at each port of entry in the state.", ["port"]),
    ],
)
def test_port_of_entry_beside_rest_area(duty: str, expected: list[str]) -> None:
    assert sorted(_establishments(duty)) == sorted(expected)


# 5. on-premises and mixed beverages permits: bar; 6. a food service operation: restaurant
@pytest.mark.parametrize(
    ("duty", "expected"),
    [
        (
            "Every holder of an on-premises malt beverage permit, an on-premises unfortified "
            "wine permit, or a mixed beverages permit shall post a human trafficking notice.",
            ["bar"],
        ),
        ("Every holder of a mixed beverages permit shall post a notice.", ["bar"]),
        ("Each holder of an on-premises wine license shall post a notice.", ["bar"]),
        ("Each on-premise beer permit holder shall post a notice.", ["bar"]),
        ("Every holder of an on-premises spirits licence shall post the notice.", ["bar"]),
        # an off-premises permit is a store's, not a bar's
        ("Every holder of an off-premises beer permit shall post a notice.", []),
        (
            "Each person licensed to operate a food service operation that offers on-premises "
            "dining shall post a human trafficking notice.",
            ["restaurant"],
        ),
        ("Each food service operation shall post a notice.", ["restaurant"]),
        ("All food service operations licensed under this chapter shall post it.", ["restaurant"]),
        ("Every licensed food service operation must display the notice.", ["restaurant"]),
        ("Each retail food service operation shall post the notice.", ["restaurant"]),
        ("Each food processing plant shall post the notice.", []),
    ],
)
def test_permits_and_food_service(duty: str, expected: list[str]) -> None:
    assert sorted(_establishments(duty)) == sorted(expected)


# 7. the law as it stands, its citation in parentheses
@pytest.mark.parametrize(
    ("standing", "change", "expected"),
    [
        (
            "Present law (R.S. 15:541.1) requires specified businesses, including truck stops, "
            "hotels and motels, to post a notice.",
            "Proposed law requires each urgent care clinic to post the notice.",
            ["urgent_care"],
        ),
        (
            "Present law (G.S. 14-43.20) requires hotels and bars to post the notice.",
            "Proposed law requires each massage establishment to post a notice.",
            ["massage"],
        ),
        (
            "Existing law (Sec. 12.3) requires truck stops to post signs.",
            "The bill would require each rest area to post a sign.",
            ["rest_area"],
        ),
        (
            "Current law (R.S. 40:1.1) requires airports and bus stations to post the notice.",
            "Proposed law requires every nail salon to post the notice.",
            ["nail_salon"],
        ),
        (
            "Present law (La. R.S. 15:541.1) requires massage establishments to post.",
            "Proposed law requires each tattoo parlor to post the notice.",
            ["tattoo"],
        ),
        # no measure: the law itself is the text's
        (
            "Hotels and truck stops shall post the notice (R.S. 15:541.1).",
            "",
            ["lodging", "truck_stop"],
        ),
    ],
)
def test_present_law_with_citation(standing: str, change: str, expected: list[str]) -> None:
    text = (
        "HB 412: requires the posting of human trafficking notices\n\nDIGEST\n"
        + standing
        + "\n\n"
        + change
        + "\n\nEach shall post a notice regarding human trafficking that includes the National "
        "Human Trafficking Hotline, 1-888-373-7888.\n"
    )
    assert sorted(code_text(text).establishments) == sorted(expected)


# 8. a duty's languages, then the office's own page offering the notice in more
_PAGE = (
    "Human Trafficking Notice\n\nArkansas law requires every tattoo studio to display a human "
    "trafficking notice.\n- The notice must be at least 8.5 x 11 inches.\n- The notice must be "
    "displayed in English and in Spanish.\n\nIt tells anyone forced to work to call the National "
    "Human Trafficking Hotline at 1-888-373-7888.\n\n"
)


@pytest.mark.parametrize(
    ("offer", "expected"),
    [
        (
            "The notice is available to download from this page in English, Spanish and "
            "Marshallese:",
            ["English", "Spanish", "Marshallese"],
        ),
        (
            "The notice can be downloaded from this page in English, Spanish and Vietnamese.",
            ["English", "Spanish", "Vietnamese"],
        ),
        (
            "Printable notices are below in English, Spanish and Chinese.",
            ["English", "Spanish", "Chinese"],
        ),
        (
            "The notice is available on this page in English, Spanish, Korean and Tagalog.",
            ["English", "Spanish", "Korean", "Tagalog"],
        ),
        (
            "It is available to download from this page in English, Spanish and Hmong.",
            ["English", "Spanish", "Hmong"],
        ),
        # an open list, or another site's versions: the duty's languages only
        (
            "The notice is available from this page in English, Spanish and other languages.",
            ["English", "Spanish"],
        ),
        (
            "Translations in Vietnamese and Chinese are offered on the federal campaign's website.",
            ["English", "Spanish"],
        ),
    ],
)
def test_page_offers_more_languages(offer: str, expected: list[str]) -> None:
    assert code_text(_PAGE + offer + "\n").languages == expected


# 9. an agency's name with a word starting "the", "and" or "of"
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Nevada State Board of Massage Therapy shall prescribe the form of the notice.",
            "Nevada State Board of Massage Therapy",
        ),
        ("The Board of Physical Therapy shall prescribe the form.", "Board of Physical Therapy"),
        (
            "The Board of Occupational Therapy shall design the notice.",
            "Board of Occupational Therapy",
        ),
        (
            "The Department of Theatre and Andover Affairs shall design the notice.",
            "Department of Theatre and Andover Affairs",
        ),
        ("The Office of Offender Services shall develop the sign.", "Office of Offender Services"),
        (
            "The Nevada State Board of Cosmetology shall prescribe the form of the notice.",
            "Nevada State Board of Cosmetology",
        ),
    ],
)
def test_agency_name_word_prefix(sentence: str, expected: str) -> None:
    text = (
        "Human trafficking notice.\n1. Each massage establishment shall post a notice "
        "concerning human trafficking.\n2. " + sentence + "\n3. Include the National Human "
        "Trafficking Hotline, 1-888-373-7888.\n"
    )
    assert code_text(text).agency == expected
