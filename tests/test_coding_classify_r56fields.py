# ruff: noqa: E501  (the audit wordings are kept whole, one string each)
"""Round 56, fields (issue 14r56-fields): an audit of the classes behind the agency and
establishment misses of sets 70-73, in the round's own wordings, both sides of each:
agency: (1) a list's items under a lead that ends in its open modal ("The notice must\\n(1) be in
a form prescribed by the department;"); (2) "in a form prescribed by X" at the end of a long or
wrapped sentence of the notice; (3) a bill numbered at the start of each line with one blank; (4)
a generic word qualified by "state" ('"state department" refers to ...'); (5) a commissioner or a
cabinet posting the signs in its own places; (6) a state's body named without an agency word
("Iowa Workforce Development", "... Gaming Corporation"); (7) a pronoun naming the notice back
("They ... will be designed by X"). establishments: (8) an earlier duty told by its law's year
("has required bars ... to post hotline signs since a 2012 law"); (9) a trade's organisation
("Hospital associations supported the bill"); (10) body-piercing salons. penalties: (11) a
product's bracketed price on a seller's page."""

import pytest

from conftest import assert_coded_fields
from hotline_watch.coding import classify, code_text

HOTLINE = "call the National Human Trafficking Hotline at 1-888-373-7888 or text 233733"

CASES = [
    # (1) an open modal's list
    (
        "open modal lead, regulation, defined department",
        "Chapter 40. Board of Massage Therapy\n\n12 AAC 40.300. Human trafficking notice\n\n"
        "(a) Each massage establishment licensed under AS 08.61 shall post a human trafficking notice near the public entrance.\n\n"
        "(b) The notice must be\n(1) in a form approved by the department;\n(2) not smaller than 8.5 inches by 11 inches; and\n(3) printed in English and Spanish.\n\n"
        f'(c) The notice must state: "{HOTLINE}."\n\n'
        '(d) In this section, "department" means the Department of Health and Social Services.\n',
        {"agency": "Department of Health and Social Services", "establishments": ["massage"]},
    ),
    (
        "open modal lead, bill, 'The notice must' then '(1) be in a form'",
        "Sec. 18.70.410. Notices at marinas. (a) The operator of each public marina shall post the notice described in (b) of this section near the harbor office.\n"
        "(b) The notice must\n(1) be in a form prescribed by the commissioner;\n(2) be printed in English and Spanish; and\n"
        f'(3) include the following statement: "{HOTLINE}."\n'
        '(c) In this section, "commissioner" means the commissioner of public safety.\n',
        {"agency": "Commissioner of public safety"},
    ),
    (
        "near miss: an open modal's item approved by a body, not the notice",
        "Section 4. Training.\n(a) Each hotel shall post a human trafficking notice in its lobby.\n\n"
        "(b) The training program for employees must be\n(1) approved by the Division of Hospitality;\n(2) completed within 90 days of hire.\n",
        {"agency": None},
    ),
    # (2) the notice's form in a long or wrapped sentence
    (
        "form prescribed at the end of a long sentence",
        "SECTION 22-4-310. Human trafficking sign.\n\n(A) Each operator of a truck stop shall post the sign described in subsection (B).\n\n"
        "(B) The sign must be posted in each public restroom and near the main public entrance, must be printed in English, Spanish and Portuguese in at least sixteen-point type, and must be in a form prescribed by the State Bureau of Investigation.\n\n"
        f'(C) The sign must state: "{HOTLINE}."\n',
        {"agency": "State Bureau of Investigation", "establishments": ["truck_stop"]},
    ),
    (
        "near miss: a long sentence of an application, in a form prescribed by a body",
        "Section 9. Licences.\n\n(A) Each truck stop shall post a human trafficking sign in each public restroom.\n\n"
        "(B) An application for a licence must be submitted to the county clerk before the first day of the fiscal year, must be signed by the owner and the manager of the business, and must be in a form prescribed by the State Bureau of Revenue.\n",
        {"agency": None},
    ),
    # (3) one-blank leading line numbers
    (
        "bill numbered at the start of each line, one blank",
        "HOUSE BILL 90\n"
        "1 AN ACT REQUIRING TRUCK STOPS TO POST A HUMAN TRAFFICKING NOTICE.\n"
        "2 The General Assembly enacts:\n"
        "3 SECTION 1. Each truck stop shall post a human trafficking notice in\n"
        "4 each public restroom and near the main entrance. The notice shall be at\n"
        "5 least 8.5 inches by 11 inches, printed in English and Spanish, and in a form\n"
        "6 approved by the State Commission on Human\n"
        "7 Trafficking and Exploitation.\n"
        f"8 (b) The notice shall state: {HOTLINE}.\n"
        "9 (c) A truck stop that fails to post the notice is subject to a civil\n"
        "10 penalty of up to five hundred dollars ($500.00).\n"
        "11 SECTION 2. This act becomes effective January 1, 2026.\n",
        {"agency": "State Commission on Human Trafficking and Exploitation"},
    ),
    # (4) "state department" defined
    (
        "'state department' refers to",
        'IC 22-9-4-8 Human trafficking notice\nSec. 8. (a) As used in this section, "state department" refers to the Indiana department of labor.\n'
        "(b) The operator of each truck stop shall post a notice concerning human trafficking in each restroom.\n"
        "(c) The notice must:\n(1) be in a form prescribed by the state department;\n(2) be printed in English and Spanish; and\n"
        f"(3) include the statement: {HOTLINE}.\n",
        {"agency": "Indiana department of labor"},
    ),
    (
        "near miss: 'state department' defined nowhere stays as written",
        "Sec. 8. (a) The operator of each truck stop shall post a notice concerning human trafficking in each restroom.\n"
        "(b) The notice must:\n(1) be in a form prescribed by the state department;\n"
        f"(2) include the statement: {HOTLINE}.\n",
        {"agency": "state department"},
    ),
    # (5) a commissioner or a cabinet posting in its own places
    (
        "commissioner posting in its own places",
        "Sec. 13a-77. Human trafficking notices at welcome centers.\n\n"
        "(a) The Commissioner of Economic and Community Development shall post, in each state welcome center, a notice concerning human trafficking. Each notice shall be posted in the restrooms.\n\n"
        f"(b) Each notice posted under subsection (a) of this section shall (1) be printed in English and Spanish, and (2) include the statement: {HOTLINE}.\n\n"
        "(c) The commissioner may accept donations of printed notices that meet the requirements of subsection (b) of this section from any nonprofit organization.\n",
        {"agency": "Commissioner of Economic and Community Development"},
    ),
    (
        "cabinet posting in its own places",
        "177.905 Human trafficking signs at rest areas.\n\n(1) The Energy and Environment Cabinet shall post a sign in each public restroom of every state nature preserve operated by the cabinet.\n\n"
        f"(2) Each sign shall:\n(a) Be printed in English and Spanish; and\n(b) Contain the following statement: {HOTLINE}.\n",
        {"agency": "Energy and Environment Cabinet"},
    ),
    (
        "near miss: a commissioner posting a sign prescribed elsewhere",
        "Sec. 13a-78. (a) The Commissioner of Transportation shall post, in each rest area, the sign prescribed under section 13a-79.\n"
        f"(b) The sign shall include the statement: {HOTLINE}.\n",
        {"agency": None},
    ),
    # (6) a state's body with no agency word
    (
        "state body as the subject of a supply verb",
        "Poster Depot | Cart\n\nNebraska Human Trafficking Notice\n\nIs this posting mandatory?\nYes. Nebraska law requires hotels and truck stops to display a notice with the National Human Trafficking Hotline.\n\n"
        "Official content\nNebraska Workforce Partnership publishes the official notice. Our poster reproduces the state's wording, including the hotline number (1-888-373-7888).\n",
        {"agency": "Nebraska Workforce Partnership"},
    ),
    (
        "state body after 'in a form approved by' in a list item",
        "SECTION 1. (1) Each association licensed to conduct live racing shall post a human trafficking notice in each restroom of its racetrack.\n"
        "(2) The notice shall be:\n(a) In a form approved by the Ohio Harness Racing Corporation;\n(b) Printed in English and Spanish; and\n"
        f"(c) Include the statement: {HOTLINE}.\n",
        {"agency": "Ohio Harness Racing Corporation", "establishments": ["casino"]},
    ),
    (
        "near miss: a state's legislature or law is no body of the notice",
        "Iowa law requires hotels to display a notice with the National Human Trafficking Hotline, 1-888-373-7888. "
        "The Iowa General Assembly approved the requirement in 2019.\n",
        {"agency": None},
    ),
    # (7) a pronoun naming the notice back
    (
        "pronoun subject naming back the signs",
        "BISMARCK - The governor on Monday signed House Bill 1400, which requires every truck stop to post a sign with the National Human Trafficking Hotline.\n\n"
        "Beginning Aug. 1, the signs must hang near each entrance. They must be printed in English and Spanish and will be designed by the State Department of Commerce, which will publish them online.\n",
        {"agency": "State Department of Commerce"},
    ),
    (
        "near miss: a pronoun naming back a training",
        "The law requires every truck stop to post a sign with the National Human Trafficking Hotline, 1-888-373-7888.\n\n"
        "Employees must also complete a training course. It will be approved by the State Department of Commerce.\n",
        {"agency": None},
    ),
    # (8) an earlier duty told by its law's year
    (
        "earlier duty: has required ... since a year's law",
        "MONTGOMERY - The Senate voted 30-1 on Thursday to require massage businesses to post a notice with the national human trafficking hotline, 1-888-373-7888.\n\n"
        "Georgia has required bars, truck stops and hotels to post hotline signs since a 2013 law, and the sponsor said massage businesses are the next step.\n",
        {"establishments": ["massage"]},
    ),
    (
        "earlier duty: the spot after the perfect duty and before 'since'",
        "SALT LAKE CITY - The Senate voted to require nail salons to post a notice with the National Human Trafficking Hotline, 1-888-373-7888.\n\n"
        "Idaho hospitals have had to post a similar notice in their emergency rooms since a 2021 law.\n",
        {"establishments": ["nail_salon"]},
    ),
    (
        "near miss: the text's own law in effect since a year",
        "The law, in effect since 2021, requires truck stops and bus stations to post the National Human Trafficking Hotline, 1-888-373-7888, near each restroom.\n",
        {"establishments": ["truck_stop", "bus_station"]},
    ),
    # (9) a trade's organisation
    (
        "a class's trade association is no place",
        "The governor signed a bill requiring every urgent care clinic to post a sign with the National Human Trafficking Hotline, 1-888-373-7888.\n\n"
        "Hospital associations supported the bill after the state agreed to print the signs.\n",
        {"establishments": ["urgent_care"]},
    ),
    (
        "near miss: the class required, its association named too",
        "The bill requires hotels and motels to post a sign with the National Human Trafficking Hotline, 1-888-373-7888. The State Hotel and Lodging Association supported it.\n",
        {"establishments": ["lodging"]},
    ),
    # (10) body-piercing salons
    (
        "body-piercing salons are tattoo's",
        "The governor signed legislation requiring tattoo parlors and body-piercing salons to post a human trafficking notice with the National Human Trafficking Hotline, 1-888-373-7888.\n",
        {"establishments": ["tattoo"]},
    ),
    (
        "near miss: salons with no other class's modifier stay cosmetology",
        "The bill requires tattoo parlors and salons to post a human trafficking notice with the National Human Trafficking Hotline, 1-888-373-7888.\n",
        {"establishments": ["tattoo", "cosmetology"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields(text, expected):
    assert_coded_fields(classify(text), expected)


def test_form_prescribed_quote_is_the_notices_sentence():
    coded = code_text(CASES[3][1])
    quotes = [e["quote"] for e in coded.evidence if e["field"] == "agency"]
    assert quotes and "State Bureau of Investigation" in quotes[0]


SHOP = (
    "Poster Works | Cart (0)\n\nOhio Human Trafficking Notice Poster\n$14.95\n[Add to Cart]\n\n"
    "Is this posting mandatory?\nYes. Ohio law requires certain businesses to display the notice with the National Human Trafficking Hotline (1-888-373-7888).\n\n"
    "Penalties\nBusinesses that fail to post the notice face a civil penalty of $100 for a first violation and $250 for each subsequent violation.\n\n"
    "Customers also bought: Ohio Minimum Wage Poster ($9.95) | Federal All-In-One Labor Law Poster ($24.95)\n"
)
PENALTY_BRACKETED = (
    "Sec. 5. Each truck stop shall post the human trafficking notice with the National Human Trafficking Hotline, 1-888-373-7888.\n"
    "Sec. 6. A truck stop that fails to post the notice is subject to a civil penalty ($250.00) for each violation.\n"
)


def test_bracketed_price_is_no_penalty():
    amounts = {d["amount_usd"] for d in code_text(SHOP).penalty_details}
    assert amounts == {100, 250}


def test_bracketed_penalty_on_its_line_is_kept():
    amounts = {d["amount_usd"] for d in code_text(PENALTY_BRACKETED).penalty_details}
    assert amounts == {250}
