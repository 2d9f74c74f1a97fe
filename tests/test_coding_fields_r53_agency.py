# ruff: noqa: E501  (the audit wordings are kept whole, one string each)
"""Round 53, fields (issue 14r53-fagency): an audit of the classes behind the agency, languages,
sign size and penalty misses of sets 60-64, in the round's own wordings, both sides of each:
(1) a bill numbered at the start of each line ("10        B. The notice ..."): the numbers are
no words of its sentences (agency, a size across two lines, a definition wrapped); (2) a name's
tail read on into the next sentence ("... operated by the department in this state. Each sign
shall:"); (3) where the notice is found after the name ("made available by the department on its
website"): no part of the name; (4) the notice downloaded, obtained or ordered from a body, the
notice between the verb and "from"; (5) a city, town or county that supplies the notice; (6) a
sentence wrapped across lines ("printed in English and\\nSpanish, in a form approved by ...");
(7) a creole named by its people ("Cape Verdean Creole"); (8) languages only asked about;
(9) an amount the measure had before a change, or an earlier draft's."""

import pytest

from conftest import assert_coded_fields
from hotline_watch.coding import classify

HOTLINE = "call the National Human Trafficking Hotline at 1-888-373-7888 or text 233733"

#: (1) line numbers leading each line
NUMBERED = (
    "HOUSE BILL 77\n"
    "1    SECTION 1. A new section of the Pawnbrokers Act is enacted to read:\n"
    '2         "[NEW MATERIAL] HUMAN TRAFFICKING NOTICE.--\n'
    "3         A. Each pawnbroker shall post, at each place of business,\n"
    "4    a human trafficking notice in a conspicuous place near the\n"
    "5    counter where transactions are conducted.\n"
    "6         B. The notice shall be in a form prescribed by the\n"
    "7    director, shall be at least eight and one-half inches by\n"
    '8    eleven inches in size and shall state: "If you are forced to work,\n'
    f'9    {HOTLINE}."\n'
    "10        C. A pawnbroker that fails to comply with this section\n"
    "11   shall be subject to a civil penalty of one hundred dollars ($100).\n"
    '12        D. As used in this section, "director" means the\n'
    "13   director of the consumer credit bureau of the\n"
    '14   department of commerce."\n'
)
NUMBERED_NEAR_MISS = (
    "FEE SCHEDULE\n"
    "2020   Each massage establishment shall post a human trafficking notice.\n"
    "15     The notice shall be at least 11 inches by 17 inches.\n"
    "2021   The notice shall be in a form developed by the Board of Massage Therapy.\n"
    f"7      The notice shall state: {HOTLINE}.\n"
    "300    A violation is subject to a fine of $300.\n"
    "12     Licensees shall renew annually.\n"
    "40     Inspections occur yearly.\n"
    "2      Records are kept for two years.\n"
    "99     Fees are not refundable.\n"
)

#: (2)-(6) agency wordings: (text, url, agency, a quote of the agency's evidence or None)
AGENCY = [
    # (1)
    (
        NUMBERED,
        None,
        "Director of the consumer credit bureau of the department of commerce",
        "director, shall be",
    ),
    (NUMBERED_NEAR_MISS, None, "Board of Massage Therapy", "Board of Massage Therapy"),
    # (2) the tail across the sentence's end: the body posts its own signs
    (
        "Section 1. The Oregon department of transportation shall post a sign in each public restroom of every rest area operated by the department in this state. Each sign shall be printed in English and Spanish and shall state: "
        + HOTLINE
        + ". The department may accept signs donated by any person.",
        None,
        "Oregon department of transportation",
        "The Oregon department of transportation shall post",
    ),
    (
        "Section 2. Each bus station shall post a notice supplied by the commission in this state. Each notice shall be posted near the entrance and shall state: "
        + HOTLINE
        + '. As used in this section, "commission" means the Idaho transportation commission.',
        None,
        "Idaho transportation commission",
        None,
    ),
    (
        "Each truck stop shall post the notice developed by the Dept. of Transportation and Development. The notice shall state: "
        + HOTLINE
        + ".",
        None,
        "Dept. of Transportation and Development",
        None,
    ),
    # (3) where the notice is found, after the name
    (
        "(a) Each licensee shall post a human trafficking notice at the front desk.\n(b) The notice shall:\n(1) Be the notice made available by the department on its website; and\n(2) state: "
        + HOTLINE
        + '.\n(c) As used in this regulation, "department" means the Utah department of health.',
        None,
        "Utah department of health",
        None,
    ),
    (
        'Subpart 1. "Commissioner" means the commissioner of labor.\nSubp. 2. Each employer shall post a human trafficking notice. The notice must be in the form provided by the commissioner on the Wage and Hour Division\'s website and must state: '
        + HOTLINE
        + ".",
        None,
        "Commissioner of labor",
        None,
    ),
    (
        "Each hotel shall post the notice published by the Board of Pharmacy on the board's web page. The notice shall state: "
        + HOTLINE
        + ".",
        None,
        "Board of Pharmacy",
        None,
    ),
    (
        "Each airport shall post a notice. The Office on Violence Against Women shall develop the notice, which shall state: "
        + HOTLINE
        + ".",
        None,
        "Office on Violence Against Women",
        None,
    ),
    # (4) the notice downloaded, obtained or ordered from a body
    (
        "Who must post\nTruck stops and bus stations must post a human trafficking notice near the entrance.\nWhere to get the notice\nDownload the notice from the Iowa Department of Public Safety website. The notice must state: "
        + HOTLINE
        + ".",
        "https://www.example-city.gov/notice",
        "Iowa Department of Public Safety",
        "Download the notice from the Iowa Department of Public Safety website",
    ),
    (
        "Bars must post a human trafficking notice in each restroom. Owners can order free copies of the poster from the Bureau of Labor Standards. The poster must state: "
        + HOTLINE
        + ".",
        None,
        "Bureau of Labor Standards",
        None,
    ),
    (
        "Each salon must obtain a license from the Department of Revenue and must post a human trafficking notice that states: "
        + HOTLINE
        + ".",
        None,
        None,
        None,
    ),
    # (5) a city, town or county that supplies the notice
    (
        "Human Trafficking Notice for Lodging\nUnder City Code Section 5-2, every hotel and motel in the city must post a human trafficking notice at the front desk. The notice must state: "
        + HOTLINE
        + ".\nWhere do I get the notice?\nThe City of Riverton provides the notice free of charge at City Hall.",
        "https://www.riverton.example.gov/notice",
        "City of Riverton",
        "The City of Riverton provides the notice",
    ),
    (
        "Marion County Ordinance 12. Every massage establishment in the county shall post a human trafficking notice that states: "
        + HOTLINE
        + ". The County has posted a printable copy of the notice on its website.",
        None,
        "Marion County",
        None,
    ),
    (
        "City of Riverton\nEvery bar in the city must post a human trafficking notice that states: "
        + HOTLINE
        + ". The City does not print or sell the notice. Download the notice from the Wyoming Department of Workforce Services website.",
        None,
        "Wyoming Department of Workforce Services",
        None,
    ),
    (
        "The City of Riverton requires every hotel to post a human trafficking notice that states: "
        + HOTLINE
        + ". The City Council approved the ordinance on May 2.",
        None,
        None,
        None,
    ),
    # (6) a sentence wrapped across lines
    (
        '(b) Duty to post. - Each truck stop shall post the sign described in subsection (c).\n(c) Content. - The sign shall be at least 8 1/2 inches by 11 inches, printed in English and\nSpanish, in a form approved by the Kentucky Human Trafficking Task Force, and shall state: "'
        + HOTLINE
        + '."',
        None,
        "Kentucky Human Trafficking Task Force",
        None,
    ),
    (
        "(b) Each spa shall post a human trafficking notice, printed in English and Spanish, that states: "
        + HOTLINE
        + ".\n(c) Staff training.\nThe training of staff must be approved by the Division of Licensing.",
        None,
        None,
        None,
    ),
]

#: (7)-(8) languages: (text, languages)
LANGUAGES = [
    (
        "Each airport shall post a notice printed in English, Spanish, Portuguese, and Cape Verdean Creole. The notice shall state: "
        + HOTLINE
        + ".",
        ["English", "Spanish", "Portuguese", "Cape Verdean Creole"],
    ),
    (
        "Each airport shall post a notice printed in English and Louisiana Creole. The notice shall state: "
        + HOTLINE
        + ".",
        ["English", "Louisiana Creole"],
    ),
    (
        "Each airport shall post a notice printed in English, Spanish and Haitian Creole. The notice shall state: "
        + HOTLINE
        + ".",
        ["English", "Spanish", "Haitian Creole"],
    ),
    (
        "Each airport shall post a notice printed in English, Spanish and Creole. The notice shall state: "
        + HOTLINE
        + ".",
        ["English", "Spanish", "Creole"],
    ),
    (
        "Each airport shall post a notice printed in both English and Creole. The notice shall state: "
        + HOTLINE
        + ".",
        ["English", "Creole"],
    ),
    # (8) languages only asked about
    (
        "The bill requires farm labor contractors to post a notice that says: "
        + HOTLINE
        + ". The notice must be in English and Spanish. Advocates asked whether versions in Mixteco should also be required; the bill leaves that to the department.",
        ["English", "Spanish"],
    ),
    (
        "The bill requires farm labor contractors to post a notice that says: "
        + HOTLINE
        + ". The notice must be in English and Spanish. Farmworker groups urged lawmakers to add Triqui versions as well.",
        ["English", "Spanish"],
    ),
    (
        "The bill requires farm labor contractors to post a notice that says: "
        + HOTLINE
        + ". The notice must be in English and Spanish. Some advocates called for versions in Zapoteco.",
        ["English", "Spanish"],
    ),
    (
        "Whether or not a business has employees, the notice must be printed in English and Spanish. Each bar shall post the notice, which shall state: "
        + HOTLINE
        + ".",
        ["English", "Spanish"],
    ),
    (
        "Each bar shall post the notice in English and Spanish, whether it is posted indoors or outdoors. The notice shall state: "
        + HOTLINE
        + ".",
        ["English", "Spanish"],
    ),
    (
        "The law, which advocates pushed for, requires each bar to post the notice in English and Vietnamese. The notice must state: "
        + HOTLINE
        + ".",
        ["English", "Vietnamese"],
    ),
]

#: (9) penalties: (text, penalties)
PENALTIES = [
    (
        "The bill requires nail salons to post a notice that says: "
        + HOTLINE
        + ". Businesses that fail to post the notice could be fined $1,000. The owners' association supported the final version after the fine was reduced from $2,500.",
        ["$1,000"],
    ),
    (
        "The bill requires nail salons to post a notice that says: "
        + HOTLINE
        + ". Salons that do not post it face a fine of $1,000, down from $2,500 in the bill as introduced.",
        ["$1,000"],
    ),
    (
        "The bill requires nail salons to post a notice that says: "
        + HOTLINE
        + ". A salon that fails to post it faces a $750 civil penalty. An earlier version would have fined salons $5,000.",
        ["$750"],
    ),
    (
        "The bill requires nail salons to post a notice that says: "
        + HOTLINE
        + ". Lawmakers raised the penalty for failing to post it from $250 to $500.",
        ["$500"],
    ),
    (
        "Each nail salon shall post a notice that says: "
        + HOTLINE
        + ". Fines increase from $250 for a first violation to $500 for a second violation.",
        ["$250 (first violation)", "$500 (second violation)"],
    ),
    (
        "Each nail salon shall post a notice that says: "
        + HOTLINE
        + ". Unlike an earlier version, the final bill sets a fine of $1,000 for failing to post it.",
        ["$1,000"],
    ),
    (
        "Each nail salon shall post a notice that says: "
        + HOTLINE
        + ". A salon that does not post it is initially subject to a warning, then a fine of $500.",
        ["warning", "$500"],
    ),
]


@pytest.mark.parametrize(("text", "url", "agency", "quote"), AGENCY)
def test_agency(text: str, url: str | None, agency: str | None, quote: str | None) -> None:
    coding = classify(text, url=url)
    assert coding["requires_posting"], text
    assert_coded_fields(coding, {"agency": agency})
    if quote is not None:
        ev = [e["quote"] for e in coding["evidence"] if e["field"] == "agency"]
        assert ev and quote in ev[0], ev


def test_numbered_bill_size_and_penalty() -> None:
    coding = classify(NUMBERED)
    assert_coded_fields(coding, {"sign_size": "8.5 x 11 inches", "penalties": ["$100"]})


def test_numbered_near_miss_keeps_its_numbers() -> None:
    coding = classify(NUMBERED_NEAR_MISS)
    assert_coded_fields(coding, {"sign_size": "11 x 17 inches", "penalties": ["$300"]})


@pytest.mark.parametrize(("text", "languages"), LANGUAGES)
def test_languages(text: str, languages: list[str]) -> None:
    coding = classify(text)
    assert coding["requires_posting"], text
    assert_coded_fields(coding, {"languages": languages})


@pytest.mark.parametrize(("text", "penalties"), PENALTIES)
def test_penalties(text: str, penalties: list[str]) -> None:
    coding = classify(text)
    assert coding["requires_posting"], text
    assert_coded_fields(coding, {"penalties": penalties})
