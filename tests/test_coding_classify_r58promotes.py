"""Round 58 (issue 14r58-promotes): whose text, and efforts told by reporters.

Audit wordings (docs/coding-measurement.md, round 58 promotes): a housing finance corporation
is a public body; a city school system is a public office; an office's people hand out an
artefact whose trafficking line the next paragraph tells ("The cards ... carry the ... Hotline");
a poster someone remembers seeing is talked about, not given. Near misses on each side.
"""

from hotline_watch.coding import code_text

HFC = """Nevada Housing Finance Corporation

NEWS RELEASE

Housing Finance Corporation Adds Trafficking Hotline to Tenant Welcome Packets

RENO - The Nevada Housing Finance Corporation is adding a page with the National Human \
Trafficking Hotline to every tenant welcome packet. "If someone is forcing you to work or trade \
sex for housing, call 1-888-373-7888 or text 233733," the page reads.

The corporation also placed hotline posters in the laundry rooms of its buildings.
"""

HFC_FOOTER = """Delta Housing Finance Authority

NEWS RELEASE

Authority Opens Applications for Down Payment Grants

The Delta Housing Finance Authority is now accepting applications for down payment grants for \
first-time buyers. Grants of up to $15,000 are available until funds run out.

"Owning a home should not be out of reach," said the authority's director.

Human trafficking is happening here. If you or someone you know needs help, call the National \
Human Trafficking Hotline at 1-888-373-7888.
"""

PRIVATE_CORP = """Riverbend Property Management Corporation

NEWS

Riverbend Property Management Corporation Adds Trafficking Hotline to Lease Packets

Riverbend Property Management Corporation, a privately held company, is adding a page with the \
National Human Trafficking Hotline, 1-888-373-7888, to every lease packet.
"""

CITY_SCHOOLS = """Pinecrest City Schools

District News

Pinecrest City Schools Trains Staff on Human Trafficking Awareness

PINECREST - Pinecrest City Schools teachers, nurses and bus drivers completed training this \
month on recognizing the signs that a student may be a victim of human trafficking.

"Our staff see our students every day," said the superintendent.
"""

PRIVATE_ACADEMY = """Pinecrest Christian Academy

Pinecrest Christian Academy Trains Staff on Human Trafficking Awareness

Pinecrest Christian Academy teachers completed training this month on recognizing the signs \
that a student may be a victim of human trafficking, the academy's board said.
"""

DEPUTIES_CARDS = """Lakes Region Ledger

Deputies bring trafficking hotline to resort workers

By A. Reporter

LACONIA - Belknap County Sheriff's deputies spent three evenings visiting staff housing at lake \
resorts, handing seasonal workers a small card they hope none of them ever needs.

The cards, printed in English and Spanish, carry the National Human Trafficking Hotline number, \
1-888-373-7888, and a list of workers' rights.

"If one of them is in trouble, I want them to know they can call," the sheriff said.
"""

VOLUNTEERS_CARDS = """Lakes Region Ledger

Church volunteers bring trafficking hotline to resort workers

LACONIA - Volunteers from First Community Church spent three evenings visiting staff housing at \
lake resorts, handing seasonal workers a small card.

The cards, printed in English and Spanish, carry the National Human Trafficking Hotline number, \
1-888-373-7888.
"""

DEPUTIES_BREAKINS = """Lakes Region Ledger

Deputies warn cabin owners after break-ins

LACONIA - Belknap County Sheriff's deputies spent three evenings visiting lake cabins, handing \
owners a card with tips on locking up.

The cards list the sheriff's non-emergency number and tips on outdoor lighting.
"""

REMEMBERED_POSTER = """Coastal News

Cannery workers say promised overtime never came

By A. Reporter

KODIAK - When Ana signed on for a summer at a cannery, a recruiter promised her overtime pay.

Ana said she remembered seeing a trafficking hotline poster in a restroom at the ferry terminal, \
but she did not think her situation counted. She called a cousin instead.

The company said it complies with state and federal wage laws.
"""

RECALLS_NOTICING = """Coastal News

Farmworkers describe debts to labor contractor

By A. Reporter

SALINAS - One worker recalls noticing human trafficking hotline stickers in a bus station \
restroom, but said he was afraid to call. Advocates say such debts are common.
"""

OFFICE_POSTER_SEEN = """Coastal News

Ferry riders see new trafficking posters

KODIAK - Riders have been seeing the trafficking hotline posters the Alaska Department of \
Transportation hung in every ferry terminal this month. The posters give the National Human \
Trafficking Hotline, 1-888-373-7888, and the text line, 233733.
"""


def _c(text):
    return code_text(text)


def test_housing_finance_corporation_is_a_public_body():
    c = _c(HFC)
    assert c.promotes_hotline and c.campaign


def test_housing_finance_authority_footer():
    c = _c(HFC_FOOTER)
    assert c.footer_only and not c.promotes_hotline


def test_private_corporation_stays_negative():
    c = _c(PRIVATE_CORP)
    assert not c.promotes_hotline and not c.campaign


def test_city_schools_training_is_a_campaign_without_hotline():
    c = _c(CITY_SCHOOLS)
    assert c.campaign and not c.promotes_hotline


def test_private_academy_training_stays_negative():
    c = _c(PRIVATE_ACADEMY)
    assert not c.campaign and not c.promotes_hotline


def test_deputies_cards_told_in_next_paragraph():
    c = _c(DEPUTIES_CARDS)
    assert c.promotes_hotline and c.campaign
    assert any("handing seasonal workers a small card" in e["quote"] for e in c.evidence)


def test_volunteers_cards_stay_negative():
    c = _c(VOLUNTEERS_CARDS)
    assert not c.promotes_hotline


def test_deputies_cards_of_another_subject_stay_negative():
    c = _c(DEPUTIES_BREAKINS)
    assert not c.promotes_hotline and not c.campaign


def test_remembered_seeing_a_poster_is_talked_about():
    c = _c(REMEMBERED_POSTER)
    assert not c.promotes_hotline and not c.campaign


def test_recalls_noticing_stickers_is_talked_about():
    c = _c(RECALLS_NOTICING)
    assert not c.promotes_hotline and not c.campaign


def test_office_poster_people_saw_stays_the_offices():
    c = _c(OFFICE_POSTER_SEEN)
    assert c.promotes_hotline and c.campaign
