"""Round 41 (issue 14zp-requires): requires_posting. A seller's page has one reading
(`mandate.sales_page`, which absorbed outreach's `seller_voice`), and a paraphrase audit of the
requires_posting classes. Each test fails on the engine before the round unless it says it is a
guard; wordings are the round's own, from no labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text
from hotline_watch.coding.mandate import sales_page
from hotline_watch.coding.patterns import Lowered, lower


def _duty(text: str) -> bool:
    return code_text(text).requires_posting


# a seller's own products in a customer's basket, with no price in cents and no "add to cart"
_SELLER_PAGES = [
    "Ohio Human Trafficking Poster - Laminated\n\nKeep your workplace compliant with our "
    "laminated Ohio poster set. Meets all state and federal posting requirements. Add our bundle "
    "to your cart today; it arrives within five business days. Our compliance team tells "
    "customers when the law changes.",
    "Texas All-in-One Labor Law Poster\n\nOur Texas poster covers minimum wage, workers' "
    "compensation and human trafficking posting requirements. Free updates for one year. Place "
    "it in your basket and check out securely.",
]


@pytest.mark.parametrize("page", _SELLER_PAGES)
def test_a_sellers_page_naming_posting_requirements_states_no_duty(page):
    assert sales_page(Lowered(lower(page)))
    assert _duty(page) is False


def test_a_sellers_explainer_of_the_law_keeps_its_duty():
    # guard (both engines): a seller's page that states who must post, and the penalty
    page = (
        "Texas human trafficking sign rules, explained\n\nTexas law requires bars, sexually "
        "oriented businesses and truck stops to display a sign with the National Human "
        "Trafficking Hotline number near the entrance and in each restroom. Businesses that fail "
        "to post the sign face a civil penalty of up to $10,000. Our laminated signs are "
        "available in English and Spanish. Add a set to your cart."
    )
    assert _duty(page) is True


def test_one_trade_signal_and_no_sellers_voice_is_no_sales_page():
    # guard: "shipping" alone, and an office's "our posters" with no trade signal
    assert not sales_page(Lowered(lower("Free shipping on all state forms.")))
    assert not sales_page(Lowered(lower("Our posters are free to download from this page.")))


# The paraphrase audit (round 41): for each class of requires_posting error named in the round
# sections, new wordings (two negatives and a positive where the class has both sides):
# (class, the duty it states, text). Most pass on main's engine too (guards of the class); the
# three the engine before the round got wrong are the seller pages above, a signed bill whose
# sign is at a bare plural place, and a campaign opened by a law's author.
_AUDIT = [
    (
        "dead bill",
        False,
        "Truck stop sign bill stalls for good\n\nBOISE - Legislation to make every "
        "Idaho truck stop post the National Human Trafficking Hotline number on "
        "restroom doors was quietly shelved by the House State Affairs Committee "
        "on Tuesday. Committee chair Ray Olsen said the panel would not revisit "
        "the bill before lawmakers adjourn sine die next week. Advocates said they "
        "were disappointed.",
    ),
    (
        "dead bill",
        False,
        "Lawmakers let poster mandate lapse\n\nMONTGOMERY - A measure requiring "
        "Alabama nail salons to display human trafficking hotline posters expired "
        "on the calendar when the session ended at midnight Thursday without a "
        "final vote in the Senate. Its sponsor, Rep. Dana Hill, said the idea was "
        "not dead forever but conceded it was dead this year.",
    ),
    (
        "dead bill",
        True,
        "Salon poster bill becomes law\n\nMONTGOMERY - A measure requiring Alabama "
        "nail salons to display human trafficking hotline posters was signed by "
        "Gov. Kay Ivey on Thursday. Salons must put the poster in a restroom or "
        "near the front desk by January 1, and owners who fail to comply face a "
        "$250 fine.",
    ),
    (
        "step still to come",
        False,
        "Rest area poster proposal put off\n\nLINCOLN - A proposal to require "
        "human trafficking hotline posters at Nebraska rest areas advanced from "
        "committee in February but never reached the floor. Sen. Mark Voss said "
        "the measure will need to be brought back next session and go through "
        "committee again.",
    ),
    (
        "step still to come",
        False,
        "Hotline sign idea awaits next year\n\nCONCORD - A plan to require hotline "
        "signs at New Hampshire bus depots was retained in committee on Thursday, "
        "meaning it cannot be voted on until next January at the earliest. Its "
        "sponsor hopes to see it taken up then.",
    ),
    (
        "step still to come",
        True,
        "Rest area poster bill signed\n\nLINCOLN - A proposal to require human "
        "trafficking hotline posters at Nebraska rest areas advanced from "
        "committee in February, passed the Legislature 44-2 and was signed by Gov. "
        "Jim Pillen on Monday. The Department of Transportation must put the "
        "posters up within 90 days.",
    ),
    (
        "provision stripped",
        False,
        "Budget passes without hotline signs\n\nHARRISBURG - The state budget "
        "signed Friday by the governor funds new anti-trafficking investigators, "
        "but a line that would have obliged casinos to hang human trafficking "
        "hotline signs did not survive negotiations. Budget negotiators took the "
        "sign language out in the final days, aides said.",
    ),
    (
        "provision stripped",
        False,
        "Conference report omits poster rule\n\nJEFFERSON CITY - The omnibus "
        "public-safety bill heading to the governor no longer includes a "
        "requirement that motels post the human trafficking hotline. That section "
        "was deleted by the conference committee late Wednesday. The governor is "
        "expected to sign the bill.",
    ),
    (
        "provision stripped",
        True,
        "Poster rule restored in final bill\n\nJEFFERSON CITY - The omnibus "
        "public-safety bill signed by the governor on Friday requires motels to "
        "post the human trafficking hotline in every lobby. The section, removed "
        "in the Senate, was put back by the conference committee before final "
        "passage.",
    ),
    (
        "FAQ answered no",
        False,
        "Frequently asked questions: human trafficking notices\n\nDo restaurants "
        "in Utah need to post a human trafficking hotline sign? No. Utah has no "
        "statute requiring restaurants to display the notice, although many owners "
        "choose to post one voluntarily.\n\nWhere can I get a free poster? "
        "Download one from the Attorney General's website.",
    ),
    (
        "FAQ answered no",
        False,
        "Employer questions\n\nQ: Is my gas station required to display the human "
        "trafficking hotline poster?\nA: Not at this time. The posting requirement "
        "applies only to truck stops with more than ten acres of parking, so "
        "ordinary gas stations are not covered.\n\nQ: What number should the "
        "poster show? The National Human Trafficking Hotline, 1-888-373-7888.",
    ),
    (
        "FAQ answered no",
        True,
        "Employer questions\n\nQ: Is my truck stop required to display the human "
        "trafficking hotline poster?\nA: Yes. Under state law every truck stop "
        "must display the poster in each restroom and near the cash register. "
        "Owners who fail to post it may be fined $500.\n\nQ: What number should "
        "the poster show? The National Human Trafficking Hotline, 1-888-373-7888.",
    ),
    (
        "NGO urges a duty",
        False,
        "Sign Our Petition\n\nThe Prairie Freedom Coalition is a nonprofit working "
        "to end trafficking in the Dakotas. We believe every hotel in South Dakota "
        "should be required to post the National Human Trafficking Hotline in each "
        "guest room. Join us in asking legislators to pass this law in 2026. Call "
        "1-888-373-7888 if you suspect trafficking.",
    ),
    (
        "NGO urges a duty",
        False,
        "Why posters matter\n\nAt Harbor Light Alliance, we encourage every Maine "
        "business to hang a human trafficking hotline poster near its restrooms. "
        "No law requires it here, but our volunteers deliver free posters to any "
        "shop that asks. The hotline is 1-888-373-7888.",
    ),
    (
        "NGO urges a duty",
        True,
        "Know the law\n\nHarbor Light Alliance tracks anti-trafficking laws across "
        "New England. Under Connecticut law, every hotel, motel and truck stop "
        "must post a notice with the National Human Trafficking Hotline number in "
        "a conspicuous place, and the Department of Labor fines businesses that "
        "fail to comply. Our volunteers deliver free posters.",
    ),
    (
        "seller page",
        False,
        "Ohio Human Trafficking Poster - Laminated\n\nKeep your workplace "
        "compliant with our laminated Ohio poster set. Meets all state and federal "
        "posting requirements. Add our bundle to your cart today; it arrives "
        "within five business days. Our compliance team tells customers when the "
        "law changes.",
    ),
    (
        "seller page",
        False,
        "Texas All-in-One Labor Law Poster\n\nOur Texas poster covers minimum "
        "wage, workers' compensation and human trafficking posting requirements. "
        "Free updates for one year. Place it in your basket and check out securely.",
    ),
    (
        "seller page",
        True,
        "Texas human trafficking sign rules, explained\n\nTexas law requires bars, "
        "sexually oriented businesses and truck stops to display a sign with the "
        "National Human Trafficking Hotline number near the entrance and in each "
        "restroom. Businesses that fail to post the sign face a civil penalty of "
        "up to $10,000. Our laminated signs are available in English and Spanish.",
    ),
    (
        "directive to own units",
        False,
        "County posts hotline in its buildings\n\nThe Pima County administrator "
        "has directed all county departments and libraries to display human "
        "trafficking hotline posters in public restrooms by March. The county "
        "printed 2,000 posters in English and Spanish.",
    ),
    (
        "directive to own units",
        False,
        "Tribe puts hotline in its casinos\n\nThe Cheyenne River tribal chairman "
        "asked every tribal enterprise, including its casino and travel plaza, to "
        "put up the National Human Trafficking Hotline sign this month as part of "
        "an awareness drive.",
    ),
    (
        "directive to own units",
        True,
        "Council passes hotline sign ordinance\n\nThe Pima County Board of "
        "Supervisors adopted an ordinance on Tuesday requiring every massage "
        "business and hotel in the unincorporated county to display a human "
        "trafficking hotline sign. Businesses that do not post the sign may be "
        "fined $100 a day.",
    ),
    (
        "bill-status page",
        True,
        "HB 1187 - Human trafficking hotline signs at rest stops\n\nSponsor: Rep. "
        "Lisa Grant\nStatus: In committee\nLast action: 02/14 Referred to House "
        "Transportation Committee\n\nSummary: Requires the Department of "
        "Transportation to post signs with the National Human Trafficking Hotline "
        "number in every rest area restroom.",
    ),
    (
        "bill-status page",
        False,
        "SB 402 Bill History\n\nRequires lodging establishments to post a human "
        "trafficking hotline notice in each room.\n\n03/02 Introduced and read "
        "first time\n03/05 Referred to Commerce\n04/30 Died in committee upon "
        "adjournment",
    ),
    (
        "bill-status page",
        True,
        "SB 402 Bill History\n\nRequires lodging establishments to post a human "
        "trafficking hotline notice in each room.\n\n03/02 Introduced and read "
        "first time\n04/11 Passed Senate\n05/02 Passed House\n05/20 Signed by "
        "Governor - Chapter 219, effective July 1",
    ),
    (
        "duty told to the reader",
        False,
        "Five things your motel can do\n\nThe Coastal Trafficking Task Force wants "
        "you to hang a hotline poster behind the front desk. It is free, it takes "
        "a minute and it can save a life. Order one at no cost.",
    ),
    (
        "duty told to the reader",
        False,
        "Should my salon post the hotline?\n\nYou might want to put up a human "
        "trafficking hotline poster in your break room. Oregon does not require "
        "it, but owners who have say clients notice.",
    ),
    (
        "duty told to the reader",
        True,
        "What Nevada massage businesses must know\n\nNevada law expects your "
        "establishment to keep a human trafficking hotline sign posted where "
        "clients and staff can see it. Covered establishments include massage "
        "businesses and spas, and a business without the sign can be fined $1,000.",
    ),
    (
        "campaign with the law's sponsors",
        False,
        "Attorney General launches hotline awareness week\n\nFRANKFORT - Attorney "
        "General Lee Moran, joined by Sen. Alice Ford and Rep. Tom Bell, who "
        "sponsored the hotline sign law two years ago, launched Blue Light Week on "
        "Monday. Volunteers will hand out wallet cards with the National Human "
        "Trafficking Hotline number, 1-888-373-7888, at every rest area.",
    ),
    (
        "campaign with the law's sponsors",
        False,
        "Governor kicks off trafficking awareness month\n\nHELENA - Gov. Greg "
        "Gianforte and Rep. Dee Lyons, author of the 2023 law that puts hotline "
        "signs in truck stops, opened Trafficking Awareness Month at the Capitol "
        "on Tuesday. The Department of Justice will run radio spots featuring the "
        "National Human Trafficking Hotline, 1-888-373-7888, through February.",
    ),
    (
        "campaign with the law's sponsors",
        False,
        "Sheriff, lawmakers hand out hotline cards\n\nCHEYENNE - Sheriff Ann Moore "
        "joined the two legislators who carried last year's poster law at a truck "
        "stop on Friday to hand out wallet cards with the National Human "
        "Trafficking Hotline number. The deputies also left stacks of cards at "
        "each fuel desk.",
    ),
    (
        "campaign with the law's sponsors",
        True,
        "Hotline sign law takes effect\n\nHELENA - Starting Monday, Montana truck "
        "stops and bus stations must display the National Human Trafficking "
        "Hotline, said Rep. Dee Lyons, who wrote the law. Operators who do not "
        "post the sign face a fine of up to $500.",
    ),
]


@pytest.mark.parametrize(
    ("cls", "duty", "text"), _AUDIT, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(_AUDIT)]
)
def test_paraphrase_audit(cls, duty, text):
    assert _duty(text) is duty, cls


def test_a_sign_at_a_bare_plural_place_is_a_duty():
    # fails on main: no determiner before the place ("at Nebraska rest areas")
    text = (
        "Rest area poster bill signed\n\nLINCOLN - A bill requiring human trafficking hotline "
        "posters at Nebraska rest areas was signed by Gov. Jim Pillen on Monday."
    )
    assert _duty(text) is True
    # guard: a language or a count is no place
    assert _duty(text.replace("at Nebraska rest areas", "in both languages")) is False


def test_a_duty_inside_a_person_credited_with_a_law_is_no_duty():
    # fails on main: the law's duty only describes its author, who opens a campaign
    story = (
        "Governor kicks off trafficking awareness month\n\nHELENA - Gov. Greg Gianforte and Rep. "
        "Dee Lyons, author of the 2023 law that puts hotline signs in truck stops, opened "
        "Trafficking Awareness Month at the Capitol on Tuesday."
    )
    assert _duty(story) is False
    # guard: the same law stated as the text's own news
    assert (
        _duty(story + " Since January, Montana truck stops must display the hotline sign.") is True
    )
