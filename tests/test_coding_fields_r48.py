# ruff: noqa: E501  (the audit wordings are kept whole, one string each)
"""Round 48, fields (issue 14zw-fields): an audit of the round's readings in new wordings (the
round's own, both sides of each class): an organisation's own line told in the third person ("can
be reached at", "its own ... line"); a shop's amount and a size on a product's price line; a
notice's content prescribed by a body; a body's bracketed short name with its agency word; an
all-beverages licence; an umbrella class told as a subset ("certain health care facilities"); a
place told as a spot of the site ("in any crew quarters on site"); the Act a holder is licensed
under."""

import pytest

from conftest import assert_coded_fields
from hotline_watch.coding import classify

HOTLINE = " The notice shall state the National Human Trafficking Hotline, 1-888-373-7888."
NATIONAL = "1-888-373-7888"

#: hotline_numbers: (text, expected numbers)
HOTLINE_AUDIT = [
    # an organisation's own line, told in the third person: not a trafficking hotline
    (
        "Dozens joined the walk against human trafficking on Saturday. Volunteers handed out cards with the National Human Trafficking Hotline, 1-888-373-7888. Harbor House can be reached at 207-555-0143.",
        [NATIONAL],
    ),
    (
        "The shelter serves survivors of human trafficking and hosts a hotline awareness night. Call the National Human Trafficking Hotline at 1-888-373-7888. The shelter may be contacted at 502-555-0110 for volunteer shifts.",
        [NATIONAL],
    ),
    (
        "Survivors of human trafficking spoke at the gala. Guests received the coalition's own support line, 603-555-0188, and the National Human Trafficking Hotline, 1-888-373-7888.",
        [NATIONAL],
    ),
    (
        "The ministry helps women leaving human trafficking. It runs its own 24-hour help line, 919-555-0121, beside the National Human Trafficking Hotline, 1-888-373-7888.",
        [NATIONAL],
    ),
    (
        "The nonprofit raised money for trafficking survivors. Organizers also listed their own intake number, 312-555-0199, and the hotline 1-888-373-7888.",
        [NATIONAL],
    ),
    # a trafficking hotline or tip line told so: still a hotline
    (
        "Report suspected human trafficking. The Texas human trafficking tip line can be reached at 1-877-543-7454, and the National Human Trafficking Hotline at 1-888-373-7888.",
        ["1-877-543-7454", NATIONAL],
    ),
    (
        "The state launched its own human trafficking hotline, 1-844-363-6448, on Monday, alongside the National Human Trafficking Hotline, 1-888-373-7888.",
        ["1-844-363-6448", NATIONAL],
    ),
    (
        "If you suspect human trafficking, the hotline can be reached at 1-855-363-6548 at any hour.",
        ["1-855-363-6548"],
    ),
    (
        "Ohio now has the state's own hotline for human trafficking victims: call 1-844-363-6448 or the National Human Trafficking Hotline at 1-888-373-7888.",
        ["1-844-363-6448", NATIONAL],
    ),
    (
        "Victims of human trafficking can call the state tip line at 1-800-558-0120 or text 233733.",
        ["1-800-558-0120", "233733"],
    ),
]

#: coded fields of posting texts: (text, expected fields)
AUDIT = [
    # a shop's amount is no penalty; a penalty beside it stays
    (
        "Each hotel shall post the notice. A hotel that fails to post it may face a $300 fine. Free shipping on orders over $75.",
        {"penalties": ["$300"]},
    ),
    (
        "Truck stops must display the notice. Violators face a $100 civil penalty. Save 10% on purchases of $200 or more.",
        {"penalties": ["$100"]},
    ),
    (
        "Bars must post the notice or pay a $500 fine. Price: $12.95 per poster.",
        {"penalties": ["$500"]},
    ),
    (
        "Each massage establishment shall post the notice; failure to post is subject to a fine of $250 for each violation.",
        {"penalties": ["$250 per violation"]},
    ),
    (
        "Each airport shall post the notice. A penalty of up to $1,000 applies to an airport that does not.",
        {"penalties": ["up to $1,000"]},
    ),
    # a size on a product's price line is offered, not the least the law sets
    (
        'Texas Hotel Trafficking Poster\n$21.95 | 18" x 24" laminated\nTexas law requires every hotel to post the notice near the front desk.',
        {"sign_size": None},
    ),
    (
        "Truck Stop Notice\n11 x 17 inches, vinyl - $9.99 [Add to Cart]\nTruck stops must display the notice in each restroom.",
        {"sign_size": None},
    ),
    (
        "Bar Notice Poster\nPrice $14.50 | size 8.5 x 11 in.\nEvery bar must post the notice at the main entrance.",
        {"sign_size": None},
    ),
    (
        'Hotel Notice\n$19.95 | 11" x 17" laminated\nThe law requires every hotel to post a notice at least 8.5 x 11 inches in size.',
        {"sign_size": "8.5 x 11 inches"},
    ),
    (
        "Each truck stop shall post a sign 11 x 17 inches near the entrance.",
        {"sign_size": "11 x 17 inches"},
    ),
    (
        "Each bar shall post the notice on a sign measuring 8.5 by 11 inches, at a cost of $2.50 per copy.",
        {"sign_size": "8.5 x 11 inches"},
    ),
    # the notice's content prescribed by a body
    (
        "Hotels must post the notice. The content is prescribed by the Department of Labor.",
        {"agency": "Department of Labor"},
    ),
    (
        "Each truck stop shall post the sign. Its contents are determined by the Office of the Attorney General.",
        {"agency": "Office of the Attorney General"},
    ),
    (
        "Bars shall display the notice. The format is approved by the Department of Public Safety.",
        {"agency": "Department of Public Safety"},
    ),
    (
        "Each airport shall post the notice, whose content is provided by the Council on Human Trafficking.",
        {"agency": "Council on Human Trafficking"},
    ),
    (
        "Each massage establishment shall post the notice. The content of the training course is approved by the Board of Massage.",
        {"agency": None},
    ),
    (
        "Each hotel shall post the notice. The contents of the annual report are prescribed by the Department of Commerce.",
        {"agency": None},
    ),
    # a bracketed short name with its agency word
    (
        "Each bar shall post the notice. The Alcohol and Tobacco Control Commission (ATC Commission) shall prescribe the sign.",
        {"agency": "Alcohol and Tobacco Control Commission"},
    ),
    (
        "Each hotel shall post the notice. The Department of Labor and Industry (DLI Department) shall develop the notice.",
        {"agency": "Department of Labor and Industry"},
    ),
    (
        "Each truck stop shall post the sign. The Human Trafficking Prevention Council (HTP Council) shall design the sign.",
        {"agency": "Human Trafficking Prevention Council"},
    ),
    (
        "Each airport shall post the notice. The Department of Transportation (DOT) shall provide the notice.",
        {"agency": "Department of Transportation"},
    ),
    (
        "Each bar shall post the notice. The Liquor Control Board (LCB Board) shall post the notice in each of its stores.",
        {"agency": None},
    ),
    # an all-beverages licence is an on-premises liquor licence
    (
        "Each holder of an all-beverages license shall post the notice in each restroom.",
        {"establishments": ["bar"]},
    ),
    (
        "Every all-beverage licensee and every truck stop shall display the notice.",
        {"establishments": ["bar", "truck_stop"]},
    ),
    (
        "An establishment holding an all beverages permit must post the notice near the entrance.",
        {"establishments": ["bar"]},
    ),
    (
        "Each hotel shall post the notice; all beverages served in the lobby are exempt from this section.",
        {"establishments": ["lodging"]},
    ),
    (
        "Every truck stop that sells beverages shall post the notice.",
        {"establishments": ["truck_stop"]},
    ),
    # an umbrella told as a subset: the classes the text names
    (
        "AN ACT to require certain health care facilities to post notice. Each urgent care center shall post the notice in the waiting area.",
        {"establishments": ["urgent_care"]},
    ),
    (
        "Specified medical facilities must post the notice: each emergency room shall post it at the triage desk.",
        {"establishments": ["emergency_room"]},
    ),
    (
        "The bill requires designated transportation facilities, namely airports and bus stations, to post the notice.",
        {"establishments": ["airport", "bus_station"]},
    ),
    (
        "The act requires certain health care facilities to post the notice in each waiting room.",
        {"establishments": ["medical_facility"]},
    ),
    (
        "Each health care facility and each urgent care center shall post the notice.",
        {"establishments": ["medical_facility", "urgent_care"]},
    ),
    # a spot of the duty-holder's site, not a class
    (
        "Each shipyard shall display the notice at worker entrances, in break rooms and in any crew quarters on site.",
        {"establishments": ["port"]},
    ),
    (
        "Every truck stop shall post the notice in each restroom and in the motel on the premises.",
        {"establishments": ["truck_stop"]},
    ),
    (
        "Each casino shall post the notice at the cage and in any hotel on its property.",
        {"establishments": ["casino"]},
    ),
    (
        "Each truck stop shall post the notice in the workforce housing on-site.",
        {"establishments": ["truck_stop"]},
    ),
    (
        "Hotels on the premises of an airport must post the notice.",
        {"establishments": ["lodging", "airport"]},
    ),
    (
        "Each hotel and each bar on the property shall post the notice.",
        {"establishments": ["lodging", "bar"]},
    ),
    # the Act a holder is licensed under names no place
    (
        "Each hospital licensed under the Health Care Facility Licensure Act that operates an emergency department shall post the notice.",
        {"establishments": ["emergency_room"]},
    ),
    (
        "Every salon licensed under the Barbering and Massage Practice Act shall post the notice.",
        {"establishments": ["cosmetology"]},
    ),
    (
        "Each hospital licensed under the Hospital Licensing Act shall post the notice.",
        {"establishments": ["hospital"]},
    ),
    (
        "Each truck stop registered under the Motor Fuel Tax Act shall post the notice.",
        {"establishments": ["truck_stop"]},
    ),
    (
        "Each hotel shall post the notice as required by the Hotel Safety Act.",
        {"establishments": ["lodging"]},
    ),
]


@pytest.mark.parametrize(("wording", "expected"), HOTLINE_AUDIT)
def test_audit_hotline_numbers(wording: str, expected: list[str]) -> None:
    got = classify(wording)["hotline_numbers"]
    assert sorted(got) == sorted(expected), got


@pytest.mark.parametrize(("wording", "expected"), AUDIT)
def test_audit_wording(wording: str, expected: dict) -> None:
    assert_coded_fields(classify(wording + HOTLINE), expected)
