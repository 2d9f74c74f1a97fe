"""Round 43 (issue 14zr-fields): a paraphrase audit of the coded fields. Each class below is a
reading the engine lacked before the round (every FIXED case fails on main's engine of the round);
GUARDS are wordings of the same classes the engine already read, kept so the readings stay.

* agency: an item of a list read with its lead-in when earlier items stand between ("The notice
  must be:\\n(a) ...;\\n(b) ...; and\\n(c) in the form provided by the department"); the form, not
  only the notice, in a relative clause whose subject is the body ("the form that the department
  provides", "which the office prescribes"); a defined meaning loses the citation of its creation
  ("... human services provided for in 2-15-2201");
* penalties: a board's "administrative fee" is a penalty; a place with its kind gives the place
  unit ("for each housing site", "per retail location", "for every licensed establishment");
* sign size: a paper size the law sets with its modal ("shall be printed on letter-size paper");
* languages: languages named for some sites only (Dari, Pashto, Chamorro, Ojibwe join the list).

The wordings are written for these tests."""

import pytest

from hotline_watch.coding import code_text
from hotline_watch.coding.evaluation import field_right

HOT = " The sign shall state the National Human Trafficking Hotline number, 1-888-373-7888."
DUTY = "Each hotel shall post a human trafficking notice. "

FIXED = [
    # agency: a list item with its lead-in several items up
    (
        "agency",
        '(1) For purposes of this section, "board" means the state board of nursing.\n'
        "(2) Each clinic shall post a notice. The notice must be:\n(a) at least 8 1/2 by 11 "
        "inches;\n(b) posted near the entrance; and\n(c) in the form approved by the board.",
        "state board of nursing",
    ),
    (
        "agency",
        '"Commission" means the gaming commission.\nEach casino shall post a sign that:\n'
        "1. is at least 11 by 17 inches;\n2. is in English and Spanish;\n"
        "3. is supplied by the commission.",
        "gaming commission",
    ),
    (
        "agency",
        '(1) As used in this section, "department" means the department of public health and '
        "human services provided for in 2-15-2201.\n\n(2) Each assisted living facility shall "
        "post a notice that contains the national human trafficking hotline telephone number, "
        "1-888-373-7888.\n\n(3) The notice must be:\n(a) at least 8 1/2 by 11 inches in size; "
        "and\n(c) in the form provided by the department.",
        "department of public health and human services",
    ),
    # agency: the form in a relative clause whose subject is the body
    (
        "agency",
        'As used in this section, "department" means the department of health. Each hospital '
        "shall post the notice in the form that the department provides.",
        "department of health",
    ),
    (
        "agency",
        '"Office" means the office of victim services. A clinic shall display a notice in the '
        "form which the office prescribes.",
        "office of victim services",
    ),
    # penalties: an administrative fee; a place with its kind
    (
        "penalties",
        DUTY + "A licensee who fails to post the notice is subject to disciplinary action, and "
        "the board may impose an administrative fee of not more than two hundred fifty dollars.",
        [[250, None]],
    ),
    (
        "penalties",
        DUTY + "The commission may assess an administrative fee of up to $500 against a licensee "
        "that does not display the notice.",
        [[500, None]],
    ),
    (
        "penalties",
        DUTY + "An employer who fails to post the notice is subject to a civil penalty of up to "
        "$200 for each housing site.",
        [[200, "per location"]],
    ),
    (
        "penalties",
        DUTY + "Violators face a fine of $150 per retail location.",
        [[150, "per location"]],
    ),
    (
        "penalties",
        DUTY + "The penalty is $75 for every licensed establishment that lacks the sign.",
        [[75, "per location"]],
    ),
    # sign size: the law's own paper
    ("sign_size", DUTY + "The notice shall be printed on letter-size paper.", "8.5 x 11 inches"),
    ("sign_size", DUTY + "The notice must be on a legal-size sheet.", "8.5 x 14 inches"),
    # languages for some sites only
    (
        "languages",
        DUTY + "The notice shall be in English and French; licensees in refugee resettlement "
        "areas shall also post it in Dari and Pashto.",
        ["English", "French", "Dari", "Pashto"],
    ),
    (
        "languages",
        DUTY + "The sign shall be in English, and in Chamorro at sites on Guam.",
        ["English", "Chamorro"],
    ),
    (
        "languages",
        DUTY + "The signs must be printed in English and Spanish; at stations on the reservation "
        "they must also be printed in Ojibwe.",
        ["English", "Spanish", "Ojibwe"],
    ),
]

GUARDS = [
    (
        "agency",
        '(1) As used in this section, "department" means the department of labor and industry.'
        " (2) Each hotel shall post a sign in the form provided by the department.",
        "department of labor and industry",
    ),
    (
        "agency",
        'For purposes of this section, "commission" means the alcoholic beverage control '
        "commission. Every bar shall display a notice approved by the commission.",
        "alcoholic beverage control commission",
    ),
    (
        "agency",
        'The term "division" means the division of motor vehicles. Each rest area shall post a '
        "sign supplied by the division.",
        "division of motor vehicles",
    ),
    (
        "agency",
        '(1) Definitions. In this section: (a) "Agency" means the department of transportation.'
        ' (b) "Sign" means a notice. (2) Each truck stop shall post a sign in a form approved by '
        "the agency.",
        "department of transportation",
    ),
    (
        "agency",
        "The department of transportation shall post signs in every rest area it operates.",
        "department of transportation",
    ),
    (
        "penalties",
        DUTY + "A violation is punishable by a fine of $100 per day.",
        [[100, "per day"]],
    ),
    (
        "penalties",
        DUTY + "The owner shall pay a civil penalty of $50 for each day the violation continues.",
        [[50, "per day"]],
    ),
    ("penalties", DUTY + "The penalty is $500 per violation.", [[500, "per violation"]]),
    (
        "penalties",
        DUTY + "Failure to post is punishable by a fine of up to $250 per offense.",
        [[250, "per violation"]],
    ),
    (
        "penalties",
        DUTY + "A fine of not more than $300 per establishment may be imposed.",
        [[300, "per location"]],
    ),
    (
        "penalties",
        DUTY + "A violation is punishable by a fine of not less than $100 nor more than $500.",
        [[100, None], [500, None]],
    ),
    (
        "penalties",
        DUTY + "A first violation results in a written warning. A second violation is subject "
        "to a civil penalty of $100.",
        [[100, None]],
    ),
    (
        "languages",
        DUTY + "The signs shall be printed in English and Spanish, and in Navajo at ports of "
        "entry on tribal lands.",
        ["English", "Spanish", "Navajo"],
    ),
    (
        "languages",
        DUTY + "The poster is in English and Spanish. Versions in Chinese are also available "
        "for download.",
        ["English", "Spanish"],
    ),
    ("sign_size", DUTY + 'The notice must be at least 8 1/2" x 11" in size.', "8.5 x 11 inches"),
    ("sign_size", DUTY + "Printable copies are available in letter size.", None),
    (
        "establishments",
        "The governor signed a law requiring DMV branch offices to display the notice.",
        ["government_building"],
    ),
    (
        "establishments",
        "Retail liquor licensees, including bars and restaurants, must post the notice.",
        ["bar", "restaurant"],
    ),
]


@pytest.mark.parametrize(("field", "text", "expected"), FIXED + GUARDS)
def test_paraphrase_audit_field(field, text, expected):
    coding = code_text(text + HOT)
    assert field_right(field, coding, expected), (field, getattr(coding, field, None))


def test_a_defined_meaning_drops_the_citation_of_its_creation():
    coding = code_text(
        '(a) In this section, "agency" means the state agency established under section 40-7-12.'
        " (b) Each airport shall post a sign approved by the agency." + HOT
    )
    assert coding.agency == "State agency"
