"""Round 54 (issue 14r54-promotes): whose office, on four fresh sets.

Five classes, each in wordings of our own (both sides):

* a name written with the Hawaiian okina, a curly or a modifier apostrophe reads as its plain
  form where names are matched ("the University of Hawai\u02bbi" is "the University of Hawaii", a
  public institution), and a campus unit of safety ("Campus Security", "Campus Safety") acting
  on a page that names its institution as a public one is a public office; near misses: the same
  unit of a college the text calls private, or of a college the text never names as public.
* a university's own police ("officers from the Stockton University Police Department") are a
  public office (police of any kind), so the university named in the lead is that office's
  institution, no non-government organisation's voice; near misses: a college the text calls
  private (its police are the college's unit, as its Residence Life office is), a university
  whose text names no police and no public institution.
* the hotline printed inside the office's signature line at the end of a release about another
  matter ("Westport Police Department | 50 Jesup Road, Westport, CT 06880 | Human Trafficking
  Hotline: ...") is a standing line of the signature: a footer, whatever the site prints after
  it; near misses: a release about trafficking signed the same way, a release whose body hands
  out cards carrying the hotline.
* an effort word inside a place's name as the text writes it ("Summit and Eagle counties",
  "Summit County") is no gathering; near miss: a summit the county holds.
* a number given as an office's own line ("call Routt County Communications at 970-879-1110")
  is no trafficking hotline the office promotes; near misses: the national hotline, a state's
  own trafficking line, an office's line named a tip line.
"""

from __future__ import annotations

import pytest

from conftest import campaign_record, evidence_quote
from hotline_watch.coding import explain

NATIONAL = "1-888-373-7888"


# -- 1. names with their apostrophes; a campus unit of a public institution --------------------

CAMPUS_PAGE = (
    "{institution}\n"
    "Admissions | Academics | Campus Life | About | {unit}\n\n"
    "{unit} > Safety Resources > Human Trafficking\n\n"
    "Human Trafficking Awareness\n\n"
    "Human trafficking happens in our islands, including to students recruited online. {short} "
    "{unit} {verb} every student and employee to know the signs and where to get help.\n\n"
    "Possible signs\n"
    "- Someone who is not allowed to keep their own ID or money\n"
    "- Working long hours for little or no pay\n\n"
    "Get help\n"
    "If you or someone you know needs help, call the National Human Trafficking Hotline at "
    "1-888-373-7888 or text 233733.\n"
    "If someone is in immediate danger, call 911 or {unit} at (808) 555-2911.\n\n"
    "Training\n"
    "{unit} offers a free 30-minute presentation for classes and student organizations.\n"
)

PUBLIC_CAMPUSES = [
    (
        "okina",
        "University of Hawai\u02bbi - West O\u02bbahu",
        "UH West O\u02bbahu",
        "Campus Security",
        "wants",
    ),
    ("left_quote", "University of Hawai\u2018i at Hilo", "UH Hilo", "Campus Security", "wants"),
    (
        "curly",
        "University of Hawai\u2019i Maui College",
        "UH Maui College",
        "Campus Safety",
        "asks",
    ),
    (
        "modifier",
        "University of Hawai\u02bci at M\u0101noa",
        "UH M\u0101noa",
        "Campus Security",
        "encourages",
    ),
    (
        "plain_apostrophe",
        "University of Hawai'i - Kapi'olani",
        "Kapi'olani",
        "Campus Safety",
        "wants",
    ),
    ("community_college", "Kirkwood Community College", "Kirkwood", "Campus Security", "wants"),
]
NOT_PUBLIC_CAMPUSES = [
    # a college the text calls private
    (
        "private",
        "Maple Hill College, a private liberal arts college",
        "Maple Hill",
        "Campus Security",
        "wants",
    ),
    (
        "church",
        "Saint Brendan College, a Catholic college",
        "Saint Brendan",
        "Campus Safety",
        "wants",
    ),
    # a college the text never names as a public one
    ("unnamed", "Cedar Crest College", "Cedar Crest", "Campus Safety", "wants"),
]


@pytest.mark.parametrize(
    ("institution", "short", "unit", "verb"),
    [c[1:] for c in PUBLIC_CAMPUSES],
    ids=[c[0] for c in PUBLIC_CAMPUSES],
)
def test_a_public_campus_units_page_promotes(
    institution: str, short: str, unit: str, verb: str
) -> None:
    text = CAMPUS_PAGE.format(institution=institution, short=short, unit=unit, verb=verb)
    assert campaign_record(text) == (True, True, False)
    assert explain(text)["public_office"] is True
    assert NATIONAL in evidence_quote(text, "promotes_hotline")


@pytest.mark.parametrize(
    ("institution", "short", "unit", "verb"),
    [c[1:] for c in NOT_PUBLIC_CAMPUSES],
    ids=[c[0] for c in NOT_PUBLIC_CAMPUSES],
)
def test_a_campus_unit_of_no_public_institution_is_no_office(
    institution: str, short: str, unit: str, verb: str
) -> None:
    text = CAMPUS_PAGE.format(institution=institution, short=short, unit=unit, verb=verb)
    assert campaign_record(text)[:2] == (False, False)


@pytest.mark.parametrize(
    "name",
    ["Hawai\u02bbi", "Hawai\u2018i", "Hawai\u2019i", "Hawai\u02bci", "Hawai'i", "Hawaii"],
)
def test_the_state_name_reads_as_its_plain_form(name: str) -> None:
    # the flagship's residence-life office, acting in its sentence, with no campus unit word
    text = (
        f"Residence Life trains RAs on trafficking\n\n"
        f"The Residence Life office at the University of {name} trained 80 resident assistants "
        "this week to recognize signs of human trafficking among students.\n\n"
        "Each RA received a card with the National Human Trafficking Hotline, 1-888-373-7888, "
        "and the text line, 233733, to share with residents.\n"
    )
    assert campaign_record(text) == (True, True, False)


# -- 2. a university's own police ---------------------------------------------------------------

POLICE_RELEASE = (
    "{university}\n"
    "Academics | Admissions | Student Life | News\n\n"
    "{short} trains hospitality students to recognize trafficking before summer internships\n\n"
    "GALLOWAY, N.J. (April 16, 2025) - Before they start summer internships at hotels, casinos "
    "and restaurants, more than 150 {university} hospitality and tourism students completed "
    "human trafficking awareness training this month.\n\n"
    "The sessions were led by faculty of the hospitality program and officers from {police}, "
    "and were held on the main campus.\n\n"
    "Students learned how trafficking can appear in a hotel: a guest who is never allowed to "
    "speak for herself, workers who live where they work. Each student received a pocket card "
    "listing the National Human Trafficking Hotline, 1-888-373-7888.\n\n"
    '"Our students will be the front desk agents of the future," said Professor Rhea Dalton.'
    "{about}\n\n###\n\nMedia contact: Office of Communications, {university}, (609) 555-4593\n"
)

POLICE_POS = [
    (
        "name_department",
        "Stockton University",
        "Stockton",
        "the Stockton University Police Department",
        "",
    ),
    ("possessive", "Ocean Bay University", "Ocean Bay", "the university's police department", ""),
    ("university_police", "Harborview University", "Harborview", "University Police", ""),
    (
        "college_police",
        "Pine Ridge College",
        "Pine Ridge",
        "the Pine Ridge College Police Department",
        "",
    ),
]
POLICE_NEG = [
    (
        "private",
        "Saint Ambrose University",
        "Saint Ambrose",
        "the Saint Ambrose University Police Department",
        "\n\nSaint Ambrose University is a private Catholic university founded in 1882.",
    ),
    (
        "independent",
        "Harborview University",
        "Harborview",
        "University Police",
        "\n\nHarborview University, an independent university, enrolls 4,000 students.",
    ),
    # faculty alone, no police and no public institution named: the university's own text
    (
        "no_police",
        "Stockton University",
        "Stockton",
        "the hospitality program's advisory board",
        "",
    ),
]


@pytest.mark.parametrize(
    ("university", "short", "police", "about"),
    [c[1:] for c in POLICE_POS],
    ids=[c[0] for c in POLICE_POS],
)
def test_a_universitys_own_police_are_a_public_office(
    university: str, short: str, police: str, about: str
) -> None:
    text = POLICE_RELEASE.format(university=university, short=short, police=police, about=about)
    assert campaign_record(text) == (True, True, False)
    assert NATIONAL in evidence_quote(text, "promotes_hotline")


@pytest.mark.parametrize(
    ("university", "short", "police", "about"),
    [c[1:] for c in POLICE_NEG],
    ids=[c[0] for c in POLICE_NEG],
)
def test_a_private_or_unnamed_universitys_text_stays_no_campaign(
    university: str, short: str, police: str, about: str
) -> None:
    text = POLICE_RELEASE.format(university=university, short=short, police=police, about=about)
    assert campaign_record(text)[:2] == (False, False)


# -- 3. the hotline in the office's signature line ------------------------------------------------

OTHER_MATTER = [
    (
        "beach_parking",
        "Police: Compo Beach summer parking and traffic reminders",
        "With summer beach season in full swing, the Police Department is reminding residents and "
        "visitors of parking and traffic rules at the town beaches.\n\n"
        "- A valid beach emblem or daily pass is required to park at the beach.\n"
        "- Vehicles parked illegally will be ticketed and may be towed.\n\n"
        "Questions about beach emblems should be directed to Parks and Recreation at "
        "203-555-5090.",
    ),
    (
        "road_work",
        "Sheriff's Office: Route 9 lane closures next week",
        "The Sheriff's Office advises drivers that Route 9 will be reduced to one lane between "
        "Mill Road and the county line from Monday through Thursday for paving.\n\n"
        "Deputies will be on site to direct traffic. Expect delays of up to 20 minutes.\n\n"
        "Questions about the paving work can go to the Highway Department at 860-555-1120.",
    ),
    (
        "fireworks",
        "Fire Marshal and Police remind residents of fireworks rules",
        "The Police Department and the Fire Marshal remind residents that consumer fireworks "
        "may only be used on private property with the owner's permission, and never after "
        "10 p.m.\n\n"
        "Sparklers cause more emergency room visits than any other fireworks.\n\n"
        "Call the Fire Marshal's office at 203-555-5150 with questions.",
    ),
]
SIGNATURES = [
    (
        "bars_then_return",
        "Westport Police Department | 50 Jesup Road, Westport, CT 06880 | Human Trafficking "
        "Hotline: 1-888-373-7888 | Text 233733\n\nReturn to full list",
    ),
    (
        "bars_last",
        "Westport Police Department | 50 Jesup Road, Westport, CT 06880 | National Human "
        "Trafficking Hotline 1-888-373-7888",
    ),
    (
        "commas_then_back",
        "Westport Police Department, 50 Jesup Road, Westport, CT 06880, Human Trafficking "
        "Hotline: 1-888-373-7888\n\nBack to News",
    ),
]


def _signed_release(head: str, body: str, signature: str) -> str:
    return (
        "Town of Westport, Connecticut\nResidents | Departments | Government | News\n\nNews\n\n"
        f"{head}\n\nPosted June 19, 2025\n\n{body}\n\n{signature}\n"
    )


@pytest.mark.parametrize(
    ("head", "body"), [c[1:] for c in OTHER_MATTER], ids=[c[0] for c in OTHER_MATTER]
)
@pytest.mark.parametrize("signature", [s[1] for s in SIGNATURES], ids=[s[0] for s in SIGNATURES])
def test_the_hotline_in_the_signature_line_is_a_footer(
    head: str, body: str, signature: str
) -> None:
    text = _signed_release(head, body, signature)
    assert campaign_record(text) == (False, False, True)
    assert "Jesup Road" in evidence_quote(text, "footer_only")
    url = "https://www.westportct.gov/Home/Components/News/News/2025/06/19/release"
    assert campaign_record(text, url) == (False, False, True)


def test_a_trafficking_release_signed_the_same_way_stays_a_campaign() -> None:
    text = _signed_release(
        "Police visit hotels to train staff on human trafficking",
        "Officers from the Police Department visited 14 hotels this week to train front desk "
        "and housekeeping staff on the signs of human trafficking and to leave posters with "
        "the National Human Trafficking Hotline at each front desk.",
        SIGNATURES[0][1],
    )
    assert campaign_record(text) == (True, True, False)


def test_a_release_whose_cards_carry_the_hotline_stays_a_campaign() -> None:
    text = _signed_release(
        "Police hand out beach safety cards",
        "Officers handed out wallet cards at the beach gatehouse this weekend. Each card "
        "carries the National Human Trafficking Hotline, 1-888-373-7888, and the text line, "
        "233733, along with beach rules.",
        SIGNATURES[0][1],
    )
    assert campaign_record(text)[:2] == (True, True)


# -- 4. an effort word in a place's name ----------------------------------------------------------

FEATURE = (
    "High Country Current\nNews | Mountain Towns | Outdoors | Opinion\n\n"
    "Before the lifts spin, a scramble for a bed\n\nBy Daniela Ruiz\nOct. 21, 2025\n\n"
    "FRISCO - Every fall, {place} need about 12,000 more workers than they can house. This "
    "year, with rents up again, that scramble started in August.\n\n"
    "Ana, 23, arrived on a J-1 visa to work in a ski-area cafeteria. She shares a condo with "
    "seven other people. \"It's crowded, but it's legal,\" she said.\n\n"
    "Local officials say most of these problems are about money and supply, not crime, though "
    "advocates note that isolated seasonal workers can be vulnerable to exploitation; the "
    "National Human Trafficking Hotline (1-888-373-7888) lists housing tied to employment as one "
    "warning sign.\n\n"
    "Voters will decide a short-term rental tax in November.\n\n"
    "Daniela Ruiz covers mountain communities for the Current.\n(c) 2025 High Country Current\n"
)
PLACES = [
    ("two_counties", "Summit and Eagle counties"),
    ("county", "Summit County"),
    ("county_and_town", "Summit County and Breckenridge"),
]


@pytest.mark.parametrize("place", [p[1] for p in PLACES], ids=[p[0] for p in PLACES])
def test_an_effort_word_in_a_place_name_is_no_effort(place: str) -> None:
    text = FEATURE.format(place=place)
    assert campaign_record(text)[:2] == (False, False)
    assert "event" not in explain(text)["campaign_cues"]


def test_a_summit_the_county_holds_is_still_an_event() -> None:
    text = (
        "Summit County hosts human trafficking summit for lodging employers\n\n"
        "FRISCO - The Summit County Sheriff's Office hosted a human trafficking summit on "
        "Tuesday for 60 lodging managers and ski-area employers.\n\n"
        "Deputies handed out posters with the National Human Trafficking Hotline, "
        "1-888-373-7888, for employee break rooms.\n"
    )
    assert campaign_record(text) == (True, True, False)
    assert "event" in explain(text)["campaign_cues"]


# -- 5. an office's own line --------------------------------------------------------------------

TRAINING = (
    "Routt County, Colorado\nGovernment | Departments | Sheriff | News Flash\n\n"
    "Sheriff's Office trains lodging staff on signs of trafficking before ski season\n"
    "Posted on: November 12, 2025\n\n"
    "The Routt County Sheriff's Office this month held three training sessions for front desk, "
    "housekeeping and security staff at hotels and condominium complexes.\n\n"
    "About 140 employees attended. Investigators described how traffickers use short-term "
    "rentals and hotel rooms and how staff should respond without putting themselves in "
    "danger.\n\n"
    "Staff who suspect trafficking should {line}, or 911 if someone is in immediate danger.\n\n"
    "Businesses interested in a training session can contact the Sheriff's Office.\n"
)
OWN_LINES = [
    ("communications", "call Routt County Communications at 970-879-1110"),
    ("emergency_communications", "call the County Emergency Communications Center at 970-555-1110"),
    ("city_communications", "contact Steamboat Springs Police Communications at 970-555-1300"),
]
HOTLINES = [
    ("national", "call the National Human Trafficking Hotline at 1-888-373-7888"),
    ("state_line", "call the Colorado Human Trafficking Hotline at 866-455-5075"),
    ("tip_line", "call the Sheriff's Office Human Trafficking Tip Line at 970-555-8477"),
]


@pytest.mark.parametrize("line", [c[1] for c in OWN_LINES], ids=[c[0] for c in OWN_LINES])
def test_an_offices_own_line_is_no_hotline_promoted(line: str) -> None:
    text = TRAINING.format(line=line)
    assert campaign_record(text) == (False, True, False)
    assert explain(text)["hotlines_given"] == []


@pytest.mark.parametrize("line", [c[1] for c in HOTLINES], ids=[c[0] for c in HOTLINES])
def test_a_hotline_given_after_the_training_is_promoted(line: str) -> None:
    text = TRAINING.format(line=line)
    assert campaign_record(text) == (True, True, False)
    assert line.rsplit(" at ", 1)[1] in evidence_quote(text, "promotes_hotline")
