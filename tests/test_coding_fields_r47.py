# ruff: noqa: E501  (the audit wordings are kept whole, one string each)
"""Round 47, fields (issue 14zv-fields): an audit of establishments and agency in new wordings
(the round's own wordings, each with the hotline sentence): a class inside a body's name as the
text capitalises it; manicures and a cosmetology place qualified by nail work; places named as
examples of the crime; "the duty of X to develop"; a paper size told as the least; a hyphened
size compound."""

import pytest

from conftest import assert_coded_fields
from hotline_watch.coding import classify

HOTLINE = " The notice shall state the National Human Trafficking Hotline, 1-888-373-7888."

AUDIT = [
    (
        "Each cosmetology establishment offering manicures shall post the notice in a conspicuous place.",
        {"establishments": ["nail_salon"]},
    ),
    (
        "Every licensed nail technician's place of business shall display the sign near the entrance.",
        {"establishments": ["nail_salon"]},
    ),
    (
        "The committee reported favorably House Bill 412, which would require nail salons to post a human trafficking notice.",
        {"establishments": ["nail_salon"]},
    ),
    (
        "HB 412, as reported by the Committee on Commerce, requires each nail salon licensed under Chapter 477 to display the notice.",
        {"establishments": ["nail_salon"]},
    ),
    (
        "A barbershop or beauty shop shall post the notice in the reception area.",
        {"establishments": ["cosmetology"]},
    ),
    (
        "Each spa offering massage services shall post the notice in each treatment room.",
        {"establishments": ["massage"]},
    ),
    (
        "Licensed manicurists shall post the notice at their work stations.",
        {"establishments": ["nail_salon"]},
    ),
    (
        "Each establishment where manicures or pedicures are performed for compensation shall display the notice.",
        {"establishments": ["nail_salon"]},
    ),
    (
        "The owner of each campground and recreational vehicle park shall post the notice at the registration office.",
        {"establishments": []},
    ),
    ("Each marina shall post the notice at its fuel dock.", {"establishments": ["port"]}),
    (
        "The operator of each agricultural labor camp shall post the notice in each common area.",
        {"establishments": ["lodging"]},
    ),
    (
        "Each employer providing farmworker housing shall post the notice in each housing unit.",
        {"establishments": ["lodging"]},
    ),
    (
        "Each transportation network company shall display the notice in each vehicle used to provide rides.",
        {"establishments": []},
    ),
    (
        "Each tattoo parlor and body art studio shall post the notice.",
        {"establishments": ["tattoo"]},
    ),
    (
        "The operator of each sports arena and concert venue with a seating capacity of 5,000 or more shall post the notice.",
        {"establishments": []},
    ),
    (
        "Each casino and each card room shall display the notice in each public restroom.",
        {"establishments": ["casino"]},
    ),
    (
        "Each hospital emergency room shall post the notice in the waiting area.",
        {"establishments": ["emergency_room"]},
    ),
    (
        "Each public middle and high school shall post the notice in a place visible to students.",
        {"establishments": ["school"]},
    ),
    (
        "The Department of Transportation shall post the notice in each highway rest area and welcome center.",
        {"establishments": ["rest_area", "welcome_center"]},
    ),
    (
        "Each bus terminal, passenger rail station and ferry terminal shall post the notice.",
        {"establishments": ["bus_station", "rail_station", "transportation_hub"]},
    ),
    (
        "Each airport operator shall post the notice in each terminal building.",
        {"establishments": ["airport"]},
    ),
    (
        "Every truck stop and fuel station shall display the notice.",
        {"establishments": ["truck_stop", "gas_station"]},
    ),
    (
        "Each hotel, motel and short-term rental shall post the notice.",
        {"establishments": ["lodging"]},
    ),
    (
        "Each establishment licensed to sell alcoholic beverages for on-premises consumption and each adult entertainment establishment shall post the notice.",
        {"establishments": ["bar", "adult_entertainment"]},
    ),
    (
        "Each private employment agency shall post the notice in its waiting room.",
        {"establishments": ["job_recruitment"]},
    ),
    (
        "The general contractor of each construction site employing 25 or more workers shall post the notice.",
        {"establishments": []},
    ),
    (
        "The state fair board shall post the notice at the state fairgrounds.",
        {"establishments": []},
    ),
    (
        "Each day-labor hiring site shall post the notice in English and Spanish.",
        {"establishments": [], "languages": ["English", "Spanish"]},
    ),
    (
        "Each hotel shall post the notice. The notice shall be posted in a place where it may be seen by employees, such as a break room, kitchen, restroom, or near the time clock.",
        {"establishments": ["lodging"]},
    ),
    (
        "Each truck stop shall post the notice. As used in this section, 'human trafficking' includes labor trafficking at farms, restaurants and nail salons.",
        {"establishments": ["truck_stop"]},
    ),
    (
        "Each airport shall post the notice. Traffickers often move victims through bus stations and hotels.",
        {"establishments": ["airport"]},
    ),
    (
        "Each massage establishment shall post the notice. Victims have been found in nail salons, restaurants and on farms.",
        {"establishments": ["massage"]},
    ),
    (
        "Each rest area shall post the notice near the restrooms and vending machines.",
        {"establishments": ["rest_area"]},
    ),
    (
        "(a) As used in this section, 'department' means the Department of Labor and Industry. (b) Each hotel shall post the notice developed by the department.",
        {"agency": "Department of Labor and Industry"},
    ),
    (
        '(a) For purposes of this section, "commissioner" means the commissioner of public safety. (b) Each truck stop shall post the notice prescribed by the commissioner.',
        {"agency": "commissioner of public safety"},
    ),
    (
        "Each salon shall post a notice in the form approved by the Board of Barbering and Cosmetology (BBC). The BBC shall make the notice available on its website.",
        {"agency": "Board of Barbering and Cosmetology"},
    ),
    (
        "The secretary of state shall develop the notice. Each bar shall post the notice. In this section, 'secretary' means the secretary of state.",
        {"agency": "secretary of state"},
    ),
    (
        "Each nail salon shall post the notice. The Department of Health shall furnish the notice to each licensee without charge.",
        {"agency": "Department of Health"},
    ),
    (
        "Each hotel shall post a notice made available by the Office of the Attorney General on its website.",
        {"agency": "Office of the Attorney General"},
    ),
    (
        "The Texas Department of Licensing and Regulation shall enforce this section. Each massage establishment shall post the notice developed by the Office of the Governor.",
        {"agency": "Office of the Governor"},
    ),
    (
        "The Division of Alcoholic Beverages and Tobacco shall enforce this section. The Department of Law Enforcement shall prescribe the form of the notice. Each bar shall post the notice.",
        {"agency": "Department of Law Enforcement"},
    ),
    (
        "The notice shall be in a form prescribed by the Department of Public Health. Each hospital emergency department shall post it.",
        {"agency": "Department of Public Health"},
    ),
    (
        'Each airport shall post the notice approved by the department. As used in this act, "department" means the Department of Transportation.',
        {"agency": "Department of Transportation"},
    ),
    (
        'The commissioner shall adopt rules prescribing the content of the notice. Each employment agency shall post the notice. "Commissioner" means the Commissioner of Labor.',
        {"agency": "Commissioner of Labor"},
    ),
    (
        "It is the duty of the Department of Human Services to develop a model notice. Each hotel shall post the model notice.",
        {"agency": "Department of Human Services"},
    ),
    (
        "The State Board of Cosmetology shall create a sign. Each cosmetology salon shall post the sign created by the board.",
        {"agency": "State Board of Cosmetology"},
    ),
    (
        "Each casino licensee shall post the notice. The Gaming Control Board shall enforce this section and may impose a civil penalty.",
        {"agency": None},
    ),
    (
        "Each hotel shall post the notice. A hotel that fails to comply is subject to a civil penalty of $500 for a first offense and $1,000 for a second or subsequent offense.",
        {"penalties": ["$500 (first violation)", "$1,000 (second violation)"]},
    ),
    (
        "Each bar shall post the notice. A violation is punishable by a fine of not more than $100 per day.",
        {"penalties": ["up to $100 per day"]},
    ),
    (
        "Each truck stop shall post the notice. Failure to post is grounds for suspension or revocation of the license.",
        {"penalties": []},
    ),
    (
        "Each massage establishment shall post the notice. A person who violates this section shall pay a civil penalty not to exceed $250 for each violation.",
        {"penalties": ["up to $250 per violation"]},
    ),
    (
        "Each airport shall post the notice. A violation is a Class C misdemeanor.",
        {"penalties": ["misdemeanor"]},
    ),
    (
        "Each nail salon shall post the notice. The department shall issue a written warning for a first violation and may impose a fine of $200 for each subsequent violation.",
        {"penalties": ["written warning (first violation)", "$200 (each subsequent violation)"]},
    ),
    (
        "Each hotel shall post the notice. The notice shall be not smaller than 8 1/2 by 11 inches.",
        {"sign_size": "8.5 x 11 inches"},
    ),
    (
        "Each bar shall post the notice on a sign at least letter size.",
        {"sign_size": "8.5 x 11 inches"},
    ),
    ("Each truck stop shall post an 11-by-17-inch notice.", {"sign_size": "11 x 17 inches"}),
    (
        "Each airport shall post the notice in at least 16-point type.",
        {"sign_size": "16-point font"},
    ),
    (
        "Each rest area shall post a sign of at least 11 inches by 17 inches.",
        {"sign_size": "11 x 17 inches"},
    ),
    (
        "Existing law requires hotels and truck stops to post a notice. This bill, as amended by the Committee on Business, would also require nail salons to post the notice.",
        {"establishments": ["nail_salon"]},
    ),
    (
        "Each person licensed to practice nail technology shall post the notice at the licensee's place of business.",
        {"establishments": ["nail_salon"]},
    ),
    ("Each manicuring establishment shall post the notice.", {"establishments": ["nail_salon"]}),
    (
        "Each owner of a salon where nail services are provided shall post the notice.",
        {"establishments": ["nail_salon"]},
    ),
    ("Each body art establishment shall post the notice.", {"establishments": ["tattoo"]}),
    (
        "Each taxicab and limousine company shall display the notice in each vehicle.",
        {"establishments": []},
    ),
    ("Each pawnshop shall post the notice.", {"establishments": []}),
    (
        "Each motor vehicle fuel retailer and each convenience store shall post the notice.",
        {"establishments": ["gas_station"]},
    ),
    (
        "Each arena, stadium and convention center shall post the notice in each public restroom.",
        {"establishments": []},
    ),
    (
        "The Department shall post the notice at each port of entry and each weigh station.",
        {"establishments": ["weigh_station"]},
    ),
    (
        "Each licensed massage therapist shall post the notice in the treatment room.",
        {"establishments": ["massage"]},
    ),
    (
        "The operator of each strip club shall post the notice in each dressing room.",
        {"establishments": ["adult_entertainment"]},
    ),
    (
        "Each emergency department of a hospital licensed under this chapter shall post the notice.",
        {"establishments": ["emergency_room"]},
    ),
    ("Each urgent care center shall post the notice.", {"establishments": ["urgent_care"]}),
    (
        "Each bar shall post the notice. The notice shall be developed by the Alcoholic Beverage Control Commission (ABCC), and the ABCC shall make it available for download.",
        {"agency": "Alcoholic Beverage Control Commission"},
    ),
    (
        'Each massage establishment shall post the notice furnished by the board. In this chapter, "board" means the State Board of Massage Therapy.',
        {"agency": "State Board of Massage Therapy"},
    ),
    (
        "The department of public safety, in consultation with the department of health, shall develop the notice. Each truck stop shall post it.",
        {"agency": "department of public safety"},
    ),
    (
        'Each rest area shall post signs provided by the department. For the purposes of this section, the term "department" shall mean the department of transportation.',
        {"agency": "department of transportation"},
    ),
    (
        "Each employer shall display the notice, which the Department of Labor shall make available on its website in English and Spanish.",
        {"agency": "Department of Labor", "languages": ["English", "Spanish"]},
    ),
    (
        "Each nail salon shall post the notice. The Board of Cosmetology shall enforce this section. The notice shall be in a form prescribed by the Attorney General.",
        {"agency": "Attorney General"},
    ),
    (
        "Each nail salon shall post the notice developed by the Board for Barbers and Cosmetology.",
        {"establishments": ["nail_salon"]},
    ),
    (
        "Each nail salon shall post the notice developed by the State Board of Cosmetology, Barbering, and Nail Technology.",
        {"establishments": ["nail_salon"]},
    ),
    (
        "Each nail salon shall post the notice. The Cosmetology Board shall develop the notice.",
        {"establishments": ["nail_salon"]},
    ),
    (
        "Each spa shall post the notice. The Massage Therapy Board shall develop the notice.",
        {"establishments": []},
    ),
    (
        "Each tattoo studio shall post the notice furnished by the Board of Barber, Cosmetology, and Massage Therapy Examiners.",
        {"establishments": ["tattoo"]},
    ),
    (
        "Each hotel shall post the notice. The Nail Salon Advisory Council shall review the notice.",
        {"establishments": ["lodging"]},
    ),
    (
        "HB 1187 - Nail Salons; Human Trafficking Notice\nReported favorably by the House Committee on Commerce and Labor, 20-1.\nSummary as reported: Requires every nail salon to post, in a place visible to customers, a notice about human trafficking. The Board for Barbers and Cosmetology shall develop the notice.",
        {"establishments": ["nail_salon"]},
    ),
    (
        "Bill Analysis, as reported by the Committee on Regulated Occupations. The bill would require each cosmetology salon that offers nail services to post a human trafficking notice developed by the State Board of Cosmetology.",
        {"establishments": ["nail_salon"]},
    ),
]


@pytest.mark.parametrize(("wording", "expected"), AUDIT)
def test_audit_wording(wording: str, expected: dict) -> None:
    assert_coded_fields(classify(wording + HOTLINE), expected)
