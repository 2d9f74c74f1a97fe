# ruff: noqa: E501  (the audit wordings are kept whole, one string each)
"""Round 58, fields (issue 14r58-fields): an audit of the classes behind the establishment, agency
and penalty misses of sets 70-81, in the round's own wordings, both sides of each: breadcrumb
trails and index lines; a salon narrowed by nail work (a licence clause between) and a piercing
salon naming its bare salons; money received for transmission; truck stops beside ports of entry;
a premises that has no public restroom; a crew welcome facility; a name's comma aside across a
sentence; a state's body by its duty verbs; a body the bill "would have" make the notice; a seller's
prices on a product line; a subset word over two classes; a notice title in words; a place the
holder is located in; a massage holder's forms in the next sentence; a caption's amended subject;
a generic holder read from its chapter's heading."""

import pytest

from conftest import assert_coded_fields
from hotline_watch.coding import classify, code_text

CASES = [
    (
        "a breadcrumb trail's chapter names no place",
        "Justia > US Law > Arkansas Code > Title 17 - Professions > Chapter 26 - Cosmetologists > Subchapter 1\n\n17-26-118. Human trafficking notice.\n(b) Each nail salon shall post a notice concerning human trafficking in a conspicuous place near the entrance.\n(c) The notice shall be in a form prescribed by the Department of Health.\n",
        {"establishments": ["nail_salon"]},
    ),
    (
        "near miss: the body's classes stay beside a breadcrumb of a class",
        "Home > Hotels > Human trafficking notice\n\nSection 5. Each hotel and each barber shop shall post a notice concerning human trafficking near the front desk. The notice shall be in a form prescribed by the Department of Health.\n",
        {"establishments": ["lodging", "cosmetology"]},
    ),
    (
        "a code's KEY index line names no place",
        "R156-11a-503. Human Trafficking Notice.\n(1) The owner of each nail technology salon shall post the notice in a conspicuous place near the public entrance.\n(2) The notice shall be in a form approved by the division.\nKEY: barbers, cosmetologists, nail technicians, human trafficking notice\n",
        {"establishments": ["nail_salon"]},
    ),
    (
        "a salon licensed under this chapter in which nail technology is practiced, and its bare salon, are nail salons",
        "17-26-118. Human trafficking notice.\n(b) Each salon licensed under this chapter in which nail technology is practiced shall post a notice concerning human trafficking near the entrance of the salon.\n(d) A salon that fails to post the notice required by this section is subject to a fine of not more than one hundred dollars ($100) for each day.\n",
        {"establishments": ["nail_salon"]},
    ),
    (
        "near miss: a salon licensed under this chapter with no nail work stays cosmetology",
        "17-26-118. Human trafficking notice.\n(b) Each salon licensed under this chapter shall post a notice concerning human trafficking near the entrance of the salon.\n(d) A salon that fails to post the notice required by this section is subject to a fine of not more than one hundred dollars ($100) for each day.\n",
        {"establishments": ["cosmetology"]},
    ),
    (
        "a body-piercing salon names its bare 'A salon or parlor'",
        "Virginia law requires every licensed tattoo parlor and every licensed body-piercing salon to display a human trafficking notice. The notice must be posted near the public entrance. A salon or parlor with an employee break room must also post a copy there.\n",
        {"establishments": ["tattoo"]},
    ),
    (
        "near miss: a bare salon with no piercing salon named stays cosmetology",
        "Virginia law requires every licensed tattoo parlor to display a human trafficking notice. The notice must be posted near the public entrance. A salon must also post a copy in its break room.\n",
        {"establishments": ["tattoo", "cosmetology"]},
    ),
    (
        "money received for transmission and checks sold are money services",
        '217.095 Human trafficking notice.\n(1) In this section, "location" means any place of business in this state at which a licensee receives money for transmission or sells checks to the public.\n(2) Each licensee shall post the notice at each location.\n',
        {"establishments": ["money_services"]},
    ),
    (
        "near miss: money received for deposit is no money service",
        "Sec. 4. (1) Each bank that receives money for deposit shall post the human trafficking notice in its lobby.\n",
        {"establishments": []},
    ),
    (
        "truck stops beside ports of entry: a highway port of entry is a weigh station",
        "31-18-110. Human trafficking notice; truck stops and ports of entry; penalty.\n(c) The operator of each truck stop shall post the notice in each restroom.\n(d) The department shall post the notice in each port of entry operated by the department, in a location visible to commercial motor vehicle operators.\n",
        {"establishments": ["truck_stop", "weigh_station"]},
    ),
    (
        "near miss: a seaport's port of entry for travellers stays a port",
        "Sec. 3. The operator of each seaport and each airport shall post the human trafficking notice near each port of entry used by international travelers.\n",
        {"establishments": ["port", "airport"]},
    ),
    (
        "a premises that has no public restroom: the room is a spot, no class",
        "(3) Each bar establishment licensee shall display the human trafficking notice provided by the department:\n(a) in each public restroom on the licensed premises; or\n(b) if the licensed premises has no public restroom, near the main public entrance.\n",
        {"establishments": ["bar"]},
    ),
    (
        "near miss: a business that maintains public restrooms keeps the class",
        "Sec. 2. Each business that maintains restrooms for use by the public shall post the human trafficking notice in each such restroom.\n",
        {"establishments": ["public_restroom"]},
    ),
    (
        "a crew welcome facility is a port's room, no welcome center",
        "A. Each port, harbor, and terminal district shall post a notice for victims of human trafficking at each marine terminal it operates, and in any seafarers' center or crew welcome facility operated by the district.\n",
        {"establishments": ["port"]},
    ),
    (
        "near miss: a state welcome center keeps its code",
        "A. The department shall post a notice for victims of human trafficking in each marine terminal and in each state welcome center.\n",
        {"establishments": ["port", "welcome_center"]},
    ),
    (
        "a name's comma aside stops at a sentence's end",
        "B. Each licensee conducting live racing shall post a human trafficking notice:\n(1) In each public restroom at the racetrack;\n(2) In the stable area, in the racing secretary's office, the track kitchen and each dormitory building.\nC. The notice shall be in the form approved by the Maryland Racing Commission, shall be printed in English and Spanish.\n",
        {"agency": "Maryland Racing Commission"},
    ),
    (
        "near miss: a name closed by a comma aside in its sentence",
        "The Division of Criminal Justice, Justice and Community Services Section, shall make the human trafficking notice available on its website. Each hotel shall post the notice.\n",
        {"agency": "Division of Criminal Justice, Justice and Community Services Section"},
    ),
    (
        "a state's body without an agency word by its duty verb ('will design')",
        "The signs must be printed in English and Spanish and will carry the National Human Trafficking Hotline number. The Kentucky Horse Racing and Gaming Corporation will design the sign and make it available to licensees at no cost. Each racetrack must post the signs.\n",
        {"agency": "Kentucky Horse Racing and Gaming Corporation"},
    ),
    (
        "near miss: a state's body that only inspects",
        "Each racetrack must post the human trafficking signs near its entrances. The Kentucky Horse Racing and Gaming Corporation will inspect each track for compliance.\n",
        {"agency": None},
    ),
    (
        "a body the bill has make the notice ('which the bill would have X develop')",
        "House Bill 1355 would require the operator of each temporary crew housing facility to display the human trafficking notice. The notice, which the bill would have the attorney general's office develop, would have to be printed in English and Spanish.\n",
        {"agency": "Office of the Attorney General"},
    ),
    (
        "near miss: the bill has the holders post the notice",
        "House Bill 1355 would require the operator of each temporary crew housing facility to display the human trafficking notice. The notice, which the bill would have operators post in each common area, would have to be printed in English and Spanish.\n",
        {"agency": None},
    ),
    (
        "a seller's prices in dollars and cents on a product line are no penalty",
        'New York Human Trafficking Notice Poster\nEvery covered business must post the human trafficking notice.\nPenalties\nBusinesses that fail to post can be fined $250 for a first violation and $500 for each subsequent violation.\n\nOur version\nOur laminated notice reproduces the official wording.\n11" x 17" laminated - $16.95 | 8.5" x 11" cardstock - $9.95\nAdd to Cart\n',
        {"penalties": ["$250 (first violation)", "$500 (each subsequent violation)"]},
    ),
    (
        "near miss: a penalty in dollars and cents, its line naming the violation",
        "Sec. 5. Each hotel shall post the human trafficking notice. An establishment that fails to post the notice shall pay a civil penalty of $250.00.\n(b) The department may also assess\n$100.00 for each day the violation continues.\n",
        {"penalties": ["$250", "$100 per day"]},
    ),
    (
        "a subset word over two classes: 'certain businesses and transportation facilities'",
        "Is this posting mandatory? Yes. New York law requires certain businesses and transportation facilities to display a human trafficking notice.\nWho must post:\n- Airports\n- Intercity bus terminals\n- Truck stops\n",
        {"establishments": ["airport", "bus_station", "truck_stop"]},
    ),
    (
        "near miss: 'all transportation facilities' keeps the umbrella",
        "Is this posting mandatory? Yes. New York law requires all transportation facilities to display a human trafficking notice, including airports and intercity bus terminals.\n",
        {"establishments": ["transportation_hub", "airport", "bus_station"]},
    ),
    (
        "a bill's title in words over an umbrella's members",
        "Senate Bill 212 - Human trafficking notices at transportation facilities\n\nDigest\nHuman trafficking notices at transportation facilities. Requires the operator of a commercial service airport and the operator of an intercity bus station to post a human trafficking notice.\n",
        {"establishments": ["airport", "bus_station"]},
    ),
    (
        "near miss: the umbrella in the duty's own sentence stays",
        "Senate Bill 212 - Human trafficking notices\n\nDigest\nRequires the operator of each transportation facility, and of each commercial service airport, to post a human trafficking notice.\n",
        {"establishments": ["transportation_hub", "airport"]},
    ),
    (
        "a place the holder is located inside names no class",
        "Every massage therapy establishment licensed by the Board must display the human trafficking notice. This includes establishments operated by a sole practitioner and establishments located inside a spa, gym or hotel.\n",
        {"establishments": ["massage"]},
    ),
    (
        "near miss: a hotel as a holder of its own",
        "Every massage therapy establishment and every hotel must display the human trafficking notice near its entrance.\n",
        {"establishments": ["massage", "lodging"]},
    ),
    (
        "the next sentence's forms of the massage holder ('This applies to ... spas and clinics')",
        "Every massage therapy establishment licensed by the Board must display the human trafficking notice. This applies to sole proprietors who hold an establishment license as well as spas and clinics with several therapists.\n",
        {"establishments": ["massage"]},
    ),
    (
        "near miss: 'This applies to clinics' after a holder that is no massage place",
        "Every hotel licensed by the Board must display the human trafficking notice. This applies to clinics with several doctors as well.\n",
        {"establishments": ["lodging", "medical_facility"]},
    ),
    (
        "a caption's amended subject ('relating to regulation of hospitals ..., so as to')",
        "A BILL to be entitled an Act to amend Article 1 of Chapter 7 of Title 31 of the Official Code of Georgia Annotated, relating to regulation of hospitals and related institutions, so as to require assisted living communities to post a notice regarding human trafficking hotlines; to provide for penalties.\nSECTION 1.\n(a) Each assisted living community shall post the notice near its main entrance.\n",
        {"establishments": ["assisted_living"]},
    ),
    (
        "near miss: the caption's 'so as to' part names the hospital holder",
        "A BILL to be entitled an Act to amend Article 1 of Chapter 7 of Title 31 of the Official Code of Georgia Annotated, relating to regulation of hospitals and related institutions, so as to require hospitals to post a notice regarding human trafficking hotlines.\nSECTION 1.\n(a) Each hospital shall post the notice near its main entrance.\n",
        {"establishments": ["hospital"]},
    ),
    (
        "a generic holder ('A facility must display') read from its chapter heading",
        'Texas Administrative Code\nTITLE 26  HEALTH AND HUMAN SERVICES\nCHAPTER 553  LICENSING STANDARDS FOR ASSISTED LIVING FACILITIES\nRULE §553.45  Human Trafficking Sign\n\n(a) A facility must display, in a conspicuous location near the main entrance, a human trafficking sign in a format approved by HHSC.\n(d) HHSC may assess an administrative penalty of up to $500 per violation against a facility that fails to display the sign as required by this section.\n(e) In this section, "HHSC" means the Texas Health and Human Services Commission.\n\nSource Note: The provisions of this §553.45 adopted to be effective September 1, 2024, 49 TexReg 6215.\n',
        {"establishments": ["assisted_living"]},
    ),
    (
        "near miss: a generic licensee takes no class from the heading",
        'Texas Administrative Code\nTITLE 26  HEALTH AND HUMAN SERVICES\nCHAPTER 553  LICENSING STANDARDS FOR ASSISTED LIVING FACILITIES\nRULE §553.45  Human Trafficking Sign\n\n(a) A licensee must display, in a conspicuous location near the main entrance, a human trafficking sign in a format approved by HHSC.\n(d) HHSC may assess an administrative penalty of up to $500 per violation against a licensee that fails to display the sign as required by this section.\n(e) In this section, "HHSC" means the Texas Health and Human Services Commission.\n\nSource Note: The provisions of this §553.45 adopted to be effective September 1, 2024, 49 TexReg 6215.\n',
        {"establishments": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields(text, expected):
    assert_coded_fields(classify(text), expected)


def _case(name_start: str) -> str:
    return next(c[1] for c in CASES if c[0].startswith(name_start))


def test_comma_aside_quote_is_the_form_approved():
    coded = code_text(_case("a name's comma aside stops"))
    quotes = [e["quote"] for e in coded.evidence if e["field"] == "agency"]
    assert quotes and "form approved by the Maryland Racing Commission" in quotes[0]


def test_have_make_quote_is_the_notices_sentence():
    coded = code_text(_case("a body the bill has make"))
    quotes = [e["quote"] for e in coded.evidence if e["field"] == "agency"]
    assert quotes and "attorney general's office develop" in quotes[0]


def test_generic_holder_quote_is_the_duty():
    coded = code_text(_case("a generic holder ('A facility"))
    quotes = [e["quote"] for e in coded.evidence if e["field"] == "establishments"]
    assert quotes and "facility must display" in quotes[0].lower()
