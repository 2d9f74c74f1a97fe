"""Round 52 (issue 14r52-promotes): closing lines once more, whose effort, whose office.

Five classes, each in wordings of our own (both sides):

* footer: an office's release about another subject (storm preparation, a parade weekend, event
  traffic, a K-9's retirement, road work) whose only trafficking sentences form its closing
  block is a footer, whatever the body's effort: the office's signature line with its street
  address ("Custer County Sheriff's Office | 420 Main St., Custer, SD 57730") closes the release
  as a media contact does; the site's other-news list and its menus are chrome, never an effort
  ("Other news: Beach sticker sales | ..."); an effort told in the body, away from the lead,
  that neither carries a hotline nor names trafficking ("Sign up for town alerts and follow us
  on social media") is the release's own matter. Near misses that stay campaigns: an effort in
  the lead (motel visits with posters), an effort whose own sentence carries the hotline, a
  release that speaks of trafficking before its close.
* a private college's office on its own page (its Residence Life office) is no public office;
  a public university's is.
* an awareness day on another subject (elder abuse, its financial exploitation, adult protective
  services) is no campaign: a campaign is an effort about trafficking.
* trafficking in goods: a release on drug trafficking whose other trafficking word is bare ("a
  major trafficking corridor") speaks of no human trafficking: no footer, no hotline number.
* a public body known by its brand name, its legal name (a public corporation or authority) in
  the release's signature line, is the office acting.
"""

from __future__ import annotations

import pytest

from conftest import campaign_record, evidence_quote
from hotline_watch.coding import code_text, explain

NATIONAL = "1-888-373-7888"


# -- 1. footers of releases about another subject ---------------------------------------------

#: (headline, office, body): releases about a subject the vocabulary's `other_subjects` does not
#: name, some reporting a weak effort of their own in the body (alerts, social media).
SUBJECTS = {
    "storm": (
        "Police Department Shares Storm Season Checklist",
        "Harbor Point Police Department",
        "HARBOR POINT - Storm season starts June 1, and the Harbor Point Police Department is "
        "reminding residents to make a plan before a storm is in the forecast.\n\n"
        "Residents should:\n"
        "- Know their evacuation zone.\n"
        "- Build a kit with water, food and medications for three days.\n"
        "- Sign up for town emergency alerts and follow the town's social media accounts.\n"
        "- Photograph their belongings for insurance.\n\n"
        "During an evacuation, officers will staff traffic control points along Route 17.",
    ),
    "parade": (
        "Memorial Day Weekend Reminders",
        "Bayview Police Department",
        "BAYVIEW (May 22, 2025) - The Bayview Police Department reminds residents and visitors "
        "that the holiday weekend marks the start of the busy summer season downtown.\n\n"
        "Parade: The Memorial Day Parade steps off Monday at 9 a.m.; Main Street will be closed "
        "from 8:30 a.m. to noon.\n"
        "Bridge openings: Expect delays when the Harbor Bridge opens on the hour.\n\n"
        '"Have fun and look out for each other," Chief Ann Ortiz said.',
    ),
    "roundup": (
        "Rodeo Weekend Traffic Information",
        "Pine County Sheriff's Office",
        "PINEVILLE - The Pine County Sheriff's Office and the Highway Patrol will direct "
        "traffic for the annual rodeo on Saturday, August 9.\n\n"
        "Gates open at 7 a.m. Visitors should expect heavy traffic on Highway 16 and long "
        "delays between 6 and 9 a.m.\n\n"
        "Reminders:\n"
        "- Park only in marked areas; vehicles on road shoulders will be towed.\n"
        "- Do not stop in the roadway.",
    ),
    "k9": (
        "K-9 Rex Retires After Nine Years",
        "Elm County Sheriff's Office",
        "ELMWOOD - The Elm County Sheriff's Office said goodbye this week to K-9 Rex, who "
        "retires after nine years of service with his handler, Deputy Sam Cole.\n\n"
        "Rex found 41 missing people and took part in more than 300 searches, including the "
        "search for two hikers on Bald Mountain in 2021.\n\n"
        "Rex will live with the Cole family. Residents can share their wishes on the office's "
        "Facebook page.",
    ),
    "roadwork": (
        "Road Work on County Road 12 Begins Monday",
        "Lake County Sheriff's Office",
        "LAKEVILLE - The Lake County Sheriff's Office advises drivers that repaving on County "
        "Road 12 begins Monday and runs through June 30.\n\n"
        "Expect lane closures between 7 a.m. and 5 p.m. Deputies will be on site to direct "
        "traffic; follow us on social media for daily updates.\n\n"
        "Drivers heading to the county fairgrounds should use County Road 8 instead, and "
        "school buses will follow their usual routes.",
    ),
}

#: The closing block: the office's trafficking line, then its signature line with its address,
#: or the site's other-news list, or both.
CLOSES = {
    "address": "\n\n{appeal}\n\n{office} | 420 Main St., Pineville, SD 57730 | 605-555-0176\n",
    "address_other_news": "\n\n{appeal}\n\n{office} | 173 Broad St., Bayview, CT 06379 | "
    "Non-emergency 860-555-7500\nOther news: Beach sticker sales | Poster contest winners\n",
    "end_other_news": "\n\n{appeal}\n\n###\n\nMedia Contact: Public Information Officer, "
    "{office}\n\nOther News in Police Department\n- National Night Out Set for August 6\n"
    "- Coffee with a Cop at Town Hall\nView All News\n",
    "address_comma": "\n\n{appeal}\n\n{office}, 100 Ann Edwards Lane, Harbor Point, SC 29464\n",
}

#: The office's closing trafficking line, in forms that name an effort word.
APPEALS = {
    "reminds_signs": "The {office} reminds everyone: if you see signs of human trafficking, "
    "call the National Human Trafficking Hotline at 1-888-373-7888 or text 233733.",
    "encourages": "The {office} encourages anyone who suspects human trafficking to call the "
    "National Human Trafficking Hotline at 1-888-373-7888.",
    "escape": "Anyone who needs help escaping human trafficking can call the National Human "
    "Trafficking Hotline at 1-888-373-7888.",
}


def _release(subject: str, close: str, appeal: str) -> str:
    headline, office, body = SUBJECTS[subject]
    line = APPEALS[appeal].format(office=office)
    return f"{headline}\n\n{body}" + CLOSES[close].format(appeal=line, office=office)


_FOOTERS = [(s, c, a) for s in SUBJECTS for c in CLOSES for a in APPEALS]


@pytest.mark.parametrize(
    ("subject", "close", "appeal"), _FOOTERS, ids=["-".join(k) for k in _FOOTERS]
)
def test_a_release_on_another_subject_closing_with_the_line_is_a_footer(
    subject: str, close: str, appeal: str
) -> None:
    text = _release(subject, close, appeal)
    assert campaign_record(text) == (False, False, True)
    assert NATIONAL in evidence_quote(text, "footer_only")


def test_the_same_on_the_offices_site() -> None:
    text = _release("parade", "address_other_news", "escape")
    url = "https://www.bayview-ct.gov/police-department/news/2025-05-22-memorial-day"
    assert campaign_record(text, url) == (False, False, True)


#: Near misses that stay campaigns: the effort is the release's subject (its lead), or its own
#: sentence carries the hotline, or the release speaks of trafficking before its close.
NEAR = {
    "motel_visits_lead": (
        "Deputies Visit Motels Along Route 9",
        "Hamilton County Sheriff's Office",
        "The Hamilton County Sheriff's Office visited 30 motels along Route 9 this week to "
        "talk with managers and leave posters at front desks.\n\nDeputies plan to visit the "
        "remaining motels in the county by spring.",
    ),
    "storm_cards_hotline": (
        "Police Department Shares Storm Season Checklist",
        "Harbor Point Police Department",
        "HARBOR POINT - Storm season starts June 1, and the Harbor Point Police Department is "
        "reminding residents to make a plan.\n\nResidents should build a kit and know their "
        "evacuation zone.\n\nAt shelters this season, officers will also hand out wallet "
        "cards that carry the hotline number.",
    ),
    "storm_trafficking_body": (
        "Police Department Shares Storm Season Checklist",
        "Harbor Point Police Department",
        "HARBOR POINT - Storm season starts June 1, and the Harbor Point Police Department is "
        "reminding residents to make a plan.\n\nTraffickers prey on families displaced by "
        "storms, so officers will post trafficking awareness flyers in every shelter this "
        "season.",
    ),
    "transit_posters_lead": (
        "Transit Authority Puts Up New Posters at Bus Stops",
        "Metro Transit Authority",
        "The Metro Transit Authority put up new posters at 200 bus stops and on every bus "
        "this week.\n\nThe posters will stay up through the end of the year.",
    ),
}


_NEAR_CASES = [(k, c) for k in NEAR for c in ("address", "end_other_news")]


@pytest.mark.parametrize(("name", "close"), _NEAR_CASES, ids=["-".join(k) for k in _NEAR_CASES])
def test_an_effort_that_is_the_subject_or_carries_the_line_stays_a_campaign(
    name: str, close: str
) -> None:
    headline, office, body = NEAR[name]
    line = APPEALS["escape"]
    text = f"{headline}\n\n{body}" + CLOSES[close].format(appeal=line, office=office)
    assert campaign_record(text) == (True, True, False)


#: Chrome: an effort word in the site's menu or its other-news list is no effort.
CHROME = [
    "Lobby Hours Change for Summer\n\n"
    "The Bayview Police Department announced that its front lobby will close at 5 p.m. on "
    "weekdays from June through August. Reports, including tips about human trafficking, can "
    "still be filed online at any hour.\n\n"
    "Records requests will be answered within five business days.\n\n"
    "Bayview Police Department | 173 Broad St., Bayview, CT 06379\n"
    "Other news: Billboard contest winners | Awareness poster unveiled\n",
    "Home | Billboards | Posters | Contact\n\n"
    "Lobby Hours Change for Summer\n\n"
    "The Bayview Police Department announced that its front lobby will close at 5 p.m. on "
    "weekdays from June through August. Reports, including tips about human trafficking, can "
    "still be filed online at any hour.\n\n"
    "Records requests will be answered within five business days.\n",
]


@pytest.mark.parametrize("text", CHROME)
def test_an_effort_word_in_the_sites_chrome_is_no_effort(text: str) -> None:
    cues = explain(text)["campaign_cues"]
    assert "billboard" not in cues and "poster" not in cues
    assert campaign_record(text)[1] is False


# -- 2. a private college's office on its own page -------------------------------------------

PAGE = (
    "{college}\n"
    "Admissions | Academics | Student Life | Athletics | Give\n\n"
    "Student Life > Residence Life > Safety > Human Trafficking\n\n"
    "Human Trafficking: Resources for Students\n\n"
    "{unit} wants every student to feel safe on and off campus. Human trafficking happens "
    "in our state, and college students can be targeted through fake jobs and online "
    "relationships.\n\n"
    "What we do\n"
    "Resident assistants lead a floor program on recognizing recruitment and exploitation "
    "each fall, and our hall directors are trained to help students who come forward.\n\n"
    "Warning signs\n"
    "- A friend whose much older partner controls their phone or money\n"
    "- A job that requires you to pay fees up front or hand over your ID\n\n"
    "Get help\n"
    "National Human Trafficking Hotline: 1-888-373-7888\n"
    "Text 233733\n"
    "Campus Safety (24/7): 319-555-0190\n"
)

PRIVATE_UNITS = [
    ("Cedar Bluff College", "The Residence Life office at Cedar Bluff College"),
    ("Saint Ambrose University", "The Office of Residence Life at Saint Ambrose University"),
    ("Maple Hill College", "The Student Wellness office of Maple Hill College"),
]
PUBLIC_UNITS = [
    ("University of Iowa", "The Residence Life office at the University of Iowa"),
    ("Iowa State University", "The Department of Residence at Iowa State University"),
    ("Kirkwood Community College", "The Student Life office at Kirkwood Community College"),
]


@pytest.mark.parametrize(("college", "unit"), PRIVATE_UNITS)
def test_a_private_colleges_office_on_its_own_page_is_no_public_office(
    college: str, unit: str
) -> None:
    text = PAGE.format(college=college, unit=unit)
    assert campaign_record(text)[:2] == (False, False)


@pytest.mark.parametrize(("college", "unit"), PUBLIC_UNITS)
def test_a_public_universitys_office_on_its_own_page_is_one(college: str, unit: str) -> None:
    text = PAGE.format(college=college, unit=unit)
    assert campaign_record(text) == (True, True, False)


# -- 3. an awareness day on another subject ---------------------------------------------------

ELDER = [
    # an awareness day on elder abuse and its financial exploitation, with the APS line
    "Department Marks World Elder Abuse Awareness Day\n\n"
    "The Department of Aging will mark World Elder Abuse Awareness Day on June 15 by asking "
    "residents to wear purple and learn the signs of elder abuse, neglect and financial "
    "exploitation.\n\nStaff will host information tables at senior centers all week.\n\n"
    "To report suspected abuse of a vulnerable adult, call Adult Protective Services at "
    "202-555-3950.\n",
    # the protective-services triad as a training's topic
    "County Trains Bank Tellers\n\n"
    "The County Department of Human Services will hold a training for bank tellers on "
    "recognizing abuse, neglect and exploitation of vulnerable adults.\n\n"
    "Call Adult Protective Services at 555-555-0100 to make a report.\n",
    # exploitation of older adults as a forum's topic
    "Sheriff Hosts Senior Safety Forum\n\n"
    "The Sheriff's Office will host a forum at the senior center on the exploitation of "
    "older adults by relatives and caregivers.\n\nSeniors can call the office at "
    "555-555-0111 with questions.\n",
]
EXPLOITATION_SESSIONS = [
    # an office's session whose topic is the exploitation of workers or teens: a campaign
    "Police Meet Seasonal Workers\n\n"
    "The Juneau Police Department held a session with seasonal cannery workers about "
    "exploitation and their rights on the job.\n",
    "District Trains Staff\n\n"
    "The school district will hold a training for all staff on recognizing students being "
    "sexually exploited online.\n",
]


@pytest.mark.parametrize("text", ELDER)
def test_an_awareness_day_on_another_subject_is_no_campaign(text: str) -> None:
    assert campaign_record(text, "https://aging.example.gov/news/weaad") == (False, False, False)


@pytest.mark.parametrize("text", EXPLOITATION_SESSIONS)
def test_an_offices_session_on_exploitation_stays_a_campaign(text: str) -> None:
    assert campaign_record(text, "https://city.example.gov/news/session")[1] is True


# -- 4. trafficking in goods -----------------------------------------------------------------

DRUGS = [
    "I-65 traffic stop leads to drug trafficking charges\n\n"
    "A Texas man faces drug trafficking charges after deputies found fentanyl during a "
    'traffic stop on Interstate 65.\n\n"Interstate 65 is a major trafficking corridor," '
    "the sheriff said.\n\nAnyone with information about drug trafficking is asked to call "
    "the Sheriff's Office narcotics tip line at 615-555-7971.\n",
    "Gun trafficking ring broken up\n\n"
    "Agents arrested four men accused of firearms trafficking between Georgia and New York. "
    "Investigators said the trafficking route ran along I-95.\n\nTips can be made to the "
    "ATF tip line at 1-800-555-3000.\n",
    "Deputies seize cocaine on Highway 59\n\n"
    "Deputies seized cocaine and charged the driver with trafficking in cocaine. The "
    "sheriff said the county sits on a busy trafficking route.\n\nCall the narcotics "
    "hotline at 555-555-0199 with tips.\n",
]
HUMAN_TOO = [
    # a drug release that also speaks of human trafficking keeps its hotline
    "I-65 traffic stop leads to drug and human trafficking charges\n\n"
    "A Texas man faces drug trafficking and human trafficking charges after deputies found "
    "fentanyl and two women who said they were forced to work for him.\n\n"
    "Anyone with information about human trafficking can call the National Human "
    "Trafficking Hotline at 1-888-373-7888.\n",
]


@pytest.mark.parametrize("text", DRUGS)
def test_trafficking_in_goods_is_no_human_trafficking(text: str) -> None:
    c = code_text(text, url="https://sheriff.example.gov/news/stop")
    assert (c.promotes_hotline, c.campaign, c.footer_only, c.hotline_numbers) == (
        False,
        False,
        False,
        [],
    )


@pytest.mark.parametrize("text", HUMAN_TOO)
def test_a_drug_release_that_speaks_of_human_trafficking_keeps_its_line(text: str) -> None:
    c = code_text(text, url="https://sheriff.example.gov/news/stop")
    assert NATIONAL in c.hotline_numbers


# -- 5. a public body's brand name, its legal name in the signature line ----------------------

BRAND = (
    "{brand}\n"
    "Ride | Routes & Schedules | Fares | About | News\n\n"
    "{brand} joins Human Trafficking Prevention Month with on-board cards\n"
    "January 8, 2026\n\n"
    "CAPITAL CITY - {brand} is putting the National Human Trafficking Hotline in front of its "
    "riders this month, with interior cards on every bus and a message on the screens at the "
    "downtown transit center.\n\n"
    'The cards read: "Is someone forcing you to work? Call 1-888-373-7888 or text 233733."\n\n'
    "{brand} operators also completed trafficking awareness training in December.\n\n"
    "###\n\n"
    "Media contact: {brand} Communications, media@example.net\n"
    "{legal} | 1501 W. Main St., Capital City, IN 46222\n"
)
PUBLIC_BRANDS = [
    ("RideCap", "Capital City Public Transportation Corporation"),
    ("GoLine", "Valley Regional Transit Authority"),
    ("MetroRide", "Metro Area Public Transit District"),
]
PRIVATE_BRANDS = [
    ("RideCap", "Capital Coach Lines, Inc."),
    ("GoLine", "GoLine Shuttle Company LLC"),
]


@pytest.mark.parametrize(("brand", "legal"), PUBLIC_BRANDS)
def test_a_public_bodys_brand_with_its_legal_name_in_the_signature_acts(
    brand: str, legal: str
) -> None:
    text = BRAND.format(brand=brand, legal=legal)
    assert campaign_record(text) == (True, True, False)
    assert "National Human Trafficking Hotline" in evidence_quote(text, "promotes_hotline")


@pytest.mark.parametrize(("brand", "legal"), PRIVATE_BRANDS)
def test_a_companys_brand_is_no_public_office(brand: str, legal: str) -> None:
    text = BRAND.format(brand=brand, legal=legal)
    assert campaign_record(text)[:2] == (False, False)
