"""Round 46 (issue 14zu-requires): requires_posting. The object of the duty as a closed class:
what must be displayed is a hotline notice, not an identification of the duty-holder (name,
address, licence / permit / registration number, certificate, hours, prices, rates) nor another
notice (minimum wage, fire exit, no smoking, occupancy, a grade), read at the head of the verb's
object or as the passive's subject, in every duty frame; a trafficking line elsewhere (a footer)
does not make it one. Each test fails on the engine before the round unless it says it is a
guard; wordings are the round's own, from no labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text
from hotline_watch.coding.mandate import IDENTIFICATION_OBJECTS, OTHER_NOTICE_OBJECTS

_FOOTER = "\n\nReport human trafficking: National Human Trafficking Hotline, 1-888-373-7888.\n"

#: (object kind, wording): a duty whose object is not a hotline notice, in a text that ends with
#: the trafficking hotline
NOT_THIS_DUTY = [
    # identification: statutes
    (
        "identification",
        "Sec. 12. Every food truck shall display the owner's name and the county permit number "
        "on both sides of the vehicle in letters at least three inches high.",
    ),
    (
        "identification",
        "(c) Each tow operator must exhibit its registration certificate in the cab and must "
        "carry proof of insurance at all times.",
    ),
    (
        "identification",
        "A pawnbroker shall post the hours of operation and the license number at the entrance "
        "of the shop.",
    ),
    # identification: releases
    (
        "identification",
        "Hunters are reminded: tree stands on public land must display the owner's name and "
        "address or DNR number, and must be removed by the end of the season.",
    ),
    (
        "identification",
        "Vendors at the county fair are required to post their sales tax permit at the booth.",
    ),
    (
        "identification",
        "Under city code the contractor's license number must be posted on the job site, the "
        "building department said.",
    ),
    # another notice: statutes
    (
        "other notice",
        "Sec. 3. The owner of each assembly hall shall post the maximum occupancy near the main "
        "entrance of the hall.",
    ),
    (
        "other notice",
        "(d) Every restaurant must display the food safety grade in the front window, where it "
        "can be read from the sidewalk.",
    ),
    (
        "other notice",
        "A bar owner shall display no-smoking signs at each entrance and in each restroom of the "
        "premises.",
    ),
    # another notice: releases
    (
        "other notice",
        "The fire marshal reminded venue owners that fire exit maps must be posted on every "
        "floor before the holiday events.",
    ),
    (
        "other notice",
        "Landlords are required to post the occupancy limit in each rental unit, the housing "
        "office said.",
    ),
    (
        "other notice",
        "Inspectors said each food stand must display its inspection grade at the counter "
        "during the festival.",
    ),
]


@pytest.mark.parametrize(("kind", "text"), NOT_THIS_DUTY)
def test_object_not_a_hotline_notice_is_no_duty(kind: str, text: str) -> None:
    assert not code_text(text + _FOOTER).requires_posting, (kind, text)


#: guards (pass on both engines): a hotline notice in the same object list, or a notice that
#: must also show a licence number, is still the duty
STILL_THE_DUTY = [
    "Sec. 5. Each massage establishment shall post the human trafficking notice and its license "
    "in a conspicuous place. The notice shall include the National Human Trafficking Hotline, "
    "1-888-373-7888.",
    "The sign shall state the National Human Trafficking Hotline number and the license number "
    "of the establishment. Each establishment shall post the sign in each restroom.",
    "Each licensee shall display its license and a poster bearing the National Human "
    "Trafficking Hotline number, 1-888-373-7888, at the entrance.",
    "The license and the human trafficking public awareness sign shall be posted together "
    "near the front desk of each hotel; the sign shall give the hotline 1-888-373-7888.",
]


@pytest.mark.parametrize("text", STILL_THE_DUTY)
def test_hotline_notice_beside_a_licence_is_the_duty(text: str) -> None:
    assert code_text("Human trafficking notice law\n\n" + text).requires_posting


def test_object_classes_are_data() -> None:
    """The two classes are written once, as data, beside each other."""
    assert any("licen" in w for w in IDENTIFICATION_OBJECTS)
    assert any("occupancy" in w for w in OTHER_NOTICE_OBJECTS)
