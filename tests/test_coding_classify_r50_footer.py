"""Round 50 (issue 14zy-footer): an effort whose own subject is not trafficking does not claim a
trafficking line that stands apart from it.

An office's release about another subject (a DUI crackdown, a seat-belt campaign, boating or
hunting safety, fireworks, a flu-shot drive, a REAL ID campaign, a school-safety plan, fair
parking ...) may report an effort of its own (patrols, billboards, flyers, visits, a named
campaign) and close with the office's standard trafficking line: as a one-line close, a two-line
close, a "Reminder:" or "Also:" paragraph, a boilerplate after "###", or a sidebar line above the
media contact. The effort is that subject's, not what the line is printed on: footer_only
(promotes False, campaign False). The effort's subject is read from its own paragraph and the
release's lead (`other_subjects` in data/coding/vocabulary.yml), and an effort whose own sentence
names a hotline or tip line ("cards that carry the tip line number") still carries it.
Near misses that stay campaigns: efforts on a neighbouring subject that themselves carry the
hotline (travel-safety posters, truck-stop cards, hotel training in a holiday week, a DUI campaign
that includes trafficking awareness, an awareness month with other safety items), and efforts
with no other subject (motel visits, transit posters). Also: a news story's closing hotline is no
footer, the story told by a reporter's byline near its head ("By Priya Anand", "By Megan Costa,
Staff Writer", "By Lucia Brandt | May 2, 2024"); a name with an office's title ("By Sheriff ...")
is no reporter's byline.
"""

from __future__ import annotations

import pytest

from conftest import campaign_record
from hotline_watch.coding import code_text
from hotline_watch.coding.patterns import Lowered, lower

NATIONAL = "1-888-373-7888"

#: The trafficking line's closing forms ({office}: the release's office).
CLOSES = {
    "after_end": "\n"
    "\n"
    "###\n"
    "\n"
    "If you suspect human trafficking, call the National Human Trafficking Hotline: "
    "1-888-373-7888.\n",
    "also": "\n"
    "\n"
    "Also: The {office} reminds residents that human trafficking can happen anywhere. "
    "Call 1-888-373-7888 to report a tip.\n",
    "one_line": "\n"
    "\n"
    "If you suspect human trafficking, call the National Human Trafficking Hotline "
    "at 1-888-373-7888.\n",
    "reminder": "\n"
    "\n"
    "Reminder: If you suspect human trafficking, report it to the National Human "
    "Trafficking Hotline at 1-888-373-7888.\n",
    "sidebar": "\n"
    "\n"
    "See something? Say something. Human trafficking tips: 1-888-373-7888 | Text "
    "233733\n"
    "\n"
    "###\n"
    "Media contact: Public Information Office, 555-301-2200\n",
    "two_line": "\n"
    "\n"
    "Human trafficking happens in every community.\n"
    "If you suspect it, call the National Human Trafficking Hotline at "
    "1-888-373-7888 or text 233733.\n",
}

#: (headline, office, body): releases on another subject, each reporting an effort of its own.
OTHER = {
    "dui": (
        "Sheriff's Office Joins Holiday DUI Crackdown",
        "Hartwell County Sheriff's Office",
        (
            "HARTWELL, Ga. - The Hartwell County Sheriff's Office will add extra patrols from "
            "Dec. 15 through Jan. 1 as part of the statewide Drive Sober or Get Pulled Over "
            "campaign funded by the Governor's Office of Highway Safety.\n\nDeputies will "
            'focus on impaired driving on Highway 29 and county roads.\n\n"Plan a sober ride '
            'before you go out," Sheriff Dale Greer said.'
        ),
    ),
    "seatbelt": (
        "State Patrol Launches Click It or Ticket Campaign",
        "Nebraska State Patrol",
        (
            "LINCOLN - The Nebraska State Patrol today launched its Click It or Ticket seat "
            "belt campaign, with troopers stepping up enforcement through Memorial Day.\n\n"
            "Billboards and radio ads across the state will remind drivers and passengers to "
            'buckle up on every trip.\n\n"Seat belts save lives," Col. John Bolduc said.'
        ),
    ),
    "moveover": (
        "Troopers Remind Drivers to Move Over",
        "Ohio State Highway Patrol",
        (
            "COLUMBUS - The Ohio State Highway Patrol is kicking off a Move Over awareness "
            "campaign this week after three cruisers were struck on interstate shoulders.\n\n"
            "Troopers will hand out flyers at rest areas explaining the Move Over law, which "
            "requires drivers to change lanes or slow down for vehicles with flashing "
            "lights.\n\nThe campaign runs through Labor Day."
        ),
    ),
    "distracted": (
        "Police Department Targets Distracted Driving in April",
        "Meridian Police Department",
        (
            "MERIDIAN - The Meridian Police Department is joining the national Distracted "
            "Driving Awareness Month campaign in April.\n\nOfficers will visit high schools to "
            "talk with students about the dangers of texting behind the wheel, and posters in "
            "school hallways will carry the message Phone Down, Eyes Up.\n\nDrivers cited for "
            "hand-held phone use face a $100 fine."
        ),
    ),
    "hunting": (
        "Wildlife Officers Urge Hunter Safety as Deer Season Opens",
        "Department of Natural Resources",
        (
            "The Department of Natural Resources reminds hunters that firearm deer season "
            "opens Saturday.\n\nConservation officers will be at check stations handing out "
            "blaze orange hats and tree-stand safety cards as part of the Hunt Safe "
            "initiative.\n\nHunters should wear at least 400 square inches of blaze orange and "
            "always use a harness in a tree stand."
        ),
    ),
    "boating": (
        "Sheriff's Marine Unit Kicks Off Boating Safety Week",
        "Lake County Sheriff's Office",
        (
            "The Lake County Sheriff's Office Marine Unit will kick off National Safe Boating "
            "Week on Saturday at the county boat ramp.\n\nDeputies will inspect life jackets, "
            "hand out free whistles and remind boaters that operating a boat under the "
            "influence carries the same penalties as drunk driving.\n\nThe Marine Unit will "
            "patrol the lake every weekend through Labor Day."
        ),
    ),
    "water": (
        "Parks Department Launches Water Safety Campaign",
        "City of Brookfield Parks and Recreation Department",
        (
            "The City of Brookfield Parks and Recreation Department launched its summer water "
            "safety campaign today with free swim lessons at all three city pools.\n\n"
            "Lifeguards trained more than 40 students in basic water rescue, and signs at the "
            "beach remind swimmers never to swim alone.\n\nPools open daily from noon to 7 p.m."
        ),
    ),
    "fireworks": (
        "Fire Marshal Reminds Residents of Fireworks Rules",
        "Office of the State Fire Marshal",
        (
            "The Office of the State Fire Marshal is launching its annual fireworks safety "
            "campaign ahead of the Fourth of July.\n\nPublic service announcements on local "
            "radio will remind residents that consumer fireworks may be used only from 4 p.m. "
            "to 11 p.m. on July 3 and 4.\n\nResidents should keep a bucket of water nearby and "
            "never relight a dud."
        ),
    ),
    "burnban": (
        "County Fire Department Urges Caution During Burn Ban",
        "Riverside County Fire Department",
        (
            "The Riverside County Fire Department is asking residents to follow the county "
            "burn ban now in effect.\n\nFirefighters will go door to door in rural areas to "
            "explain the rules and hand out brochures on defensible space.\n\nViolations can "
            "be reported by calling 555-202-3030."
        ),
    ),
    "shopping": (
        "Police Offer Holiday Shopping Safety Tips",
        "Fairview Police Department",
        (
            "The Fairview Police Department is kicking off its holiday shopping safety "
            "initiative this weekend.\n\nOfficers will patrol mall parking lots and remind "
            "shoppers to lock their cars and keep packages out of sight.\n\nResidents can "
            "report suspicious activity to the non-emergency line at 555-410-2000."
        ),
    ),
    "scams": (
        "Attorney General Warns of Holiday Gift Card Scams",
        "Attorney General Dana Ruiz",
        (
            "Attorney General Dana Ruiz today launched a consumer awareness campaign warning "
            "residents about gift card scams during the holiday season.\n\nThe campaign "
            "includes radio ads and social media posts urging consumers never to pay a "
            "stranger with gift cards.\n\nConsumers can file complaints at ag.example.gov or "
            "call 800-555-0199."
        ),
    ),
    "tax": (
        "Department of Revenue Launches Free Tax Filing Drive",
        "Department of Revenue",
        (
            "The Department of Revenue today launched a statewide initiative to help "
            "low-income families file their taxes for free.\n\nStaff will be at public "
            "libraries every Saturday in February to help residents file and claim the earned "
            "income tax credit.\n\nResidents can make an appointment by calling 800-555-0144."
        ),
    ),
    "license": (
        "Secretary of State Opens Extra Saturday Hours for REAL ID",
        "Secretary of State",
        (
            "The Secretary of State is launching a REAL ID awareness campaign as the federal "
            "deadline approaches.\n\nBranch offices will open on Saturdays in March, and staff "
            "will visit senior centers to help residents gather the documents they need.\n\n"
            "Appointments can be made online."
        ),
    ),
    "flu": (
        "Health Department Launches Flu Shot Campaign",
        "County Health Department",
        (
            "The County Health Department today launched its fall flu vaccination campaign "
            "with free walk-in clinics at six locations.\n\nNurses will also visit senior "
            "housing to give shots to residents who cannot travel.\n\nEveryone six months and "
            "older should get a flu shot each year."
        ),
    ),
    "overdose": (
        "Health Officials Launch Naloxone Awareness Initiative",
        "State Department of Health",
        (
            "The State Department of Health today announced a new naloxone awareness "
            "initiative to reduce overdose deaths.\n\nPharmacies across the state will post "
            "signs saying naloxone is available without a prescription, and health workers "
            "will train bar staff to use it.\n\nOverdose deaths fell 8 percent last year."
        ),
    ),
    "school": (
        "School District Announces Back-to-School Safety Plan",
        "Greenville County School District",
        (
            "The Greenville County School District today announced its back-to-school safety "
            "plan, including new visitor check-in kiosks at every campus.\n\nSchool resource "
            "officers will train teachers on lockdown drills during the first week, and a new "
            "bus-stop safety campaign will remind drivers to stop for school buses.\n\nClasses "
            "begin Aug. 14."
        ),
    ),
    "fair": (
        "Sheriff Announces County Fair Parking and Safety Plan",
        "Warren County Sheriff's Office",
        (
            "The Warren County Sheriff's Office today announced its parking and safety plan "
            "for the county fair, which runs July 20-27.\n\nDeputies will staff a booth near "
            "the main gate with lost-child wristbands, and shuttle buses will run from the "
            "high school every 15 minutes.\n\nFairgoers are asked to leave pets at home."
        ),
    ),
    "parks": (
        "State Parks Launch Leave No Trace Campaign",
        "Department of Parks and Recreation",
        (
            "The Department of Parks and Recreation today launched a Leave No Trace awareness "
            "campaign at 40 state parks.\n\nRangers will lead weekend talks for campers, and "
            "new signs at trailheads will remind hikers to pack out their trash.\n\nCampground "
            "reservations open March 1."
        ),
    ),
    "halloween": (
        "Police Share Halloween Safety Tips",
        "Millbrook Police Department",
        (
            "The Millbrook Police Department is reminding families to stay safe this "
            "Halloween.\n\nOfficers will hand out glow sticks and reflective bags to "
            "trick-or-treaters downtown on Oct. 31 as part of the department's Safe Halloween "
            "initiative.\n\nDrivers should slow down in neighborhoods between 5 and 9 p.m."
        ),
    ),
    "heat": (
        "Emergency Management Opens Cooling Centers",
        "County Office of Emergency Management",
        (
            "The County Office of Emergency Management has opened six cooling centers as "
            "temperatures near 105 degrees.\n\nStaff and volunteers will go door to door to "
            "check on older residents and deliver bottled water as part of the Beat the Heat "
            "initiative.\n\nA list of cooling centers is posted on the county website."
        ),
    ),
}

#: Near misses: efforts on a neighbouring subject that carry the hotline themselves (trafficking
#: named in the body).
POSITIVE = {
    "travel_posters": (
        "Department of Transportation Launches Holiday Travel Safety Campaign",
        "Department of Transportation",
        (
            "The Department of Transportation today launched its holiday travel safety "
            "campaign at 30 rest areas.\n\nNew posters in every rest area remind drivers to "
            "take breaks, buckle up and call the National Human Trafficking Hotline, "
            "1-888-373-7888, if they see someone who may be a victim of human trafficking.\n\n"
            "The campaign runs through Jan. 2."
        ),
    ),
    "truckstop_holiday": (
        "Troopers Visit Truck Stops During Holiday Travel Week",
        "Indiana State Police",
        (
            "The Indiana State Police will spend holiday travel week visiting truck stops "
            "along I-65 and I-70.\n\nTroopers will hand out wallet cards to drivers and clerks "
            "that list the signs of human trafficking and the National Human Trafficking "
            "Hotline number, 1-888-373-7888.\n\nTroopers will also remind drivers to rest and "
            "never drive impaired."
        ),
    ),
    "hotel_holiday": (
        "Sheriff's Office Trains Hotel Staff Ahead of Holiday Weekend",
        "Polk County Sheriff's Office",
        (
            "The Polk County Sheriff's Office trained staff at 25 hotels this week ahead of "
            "the holiday weekend.\n\nDeputies taught front-desk workers the warning signs of "
            "human trafficking and left posters with the hotline number in each lobby.\n\nIf "
            "you suspect human trafficking, call the National Human Trafficking Hotline at "
            "1-888-373-7888."
        ),
    ),
    "dui_includes": (
        "Holiday Patrols Add Human Trafficking Awareness",
        "Clark County Sheriff's Office",
        (
            "The Clark County Sheriff's Office will add extra DUI patrols through New Year's "
            "Day, and this year the campaign also includes human trafficking awareness.\n\n"
            "Deputies will hand out cards at traffic stops with impaired-driving tips on one "
            "side and the National Human Trafficking Hotline, 1-888-373-7888, on the other.\n\n"
            '"Drive sober, and know the signs," Sheriff Ann Ruiz said.'
        ),
    ),
    "month_other": (
        "Attorney General Marks Human Trafficking Prevention Month",
        "Attorney General Dana Ruiz",
        (
            "Attorney General Dana Ruiz today marked January as Human Trafficking Prevention "
            "Month with new billboards along I-40.\n\nThe billboards urge anyone who sees "
            "signs of trafficking to call the National Human Trafficking Hotline at "
            "1-888-373-7888.\n\nThe office also reminded residents to check smoke detectors "
            "and drive sober during the winter holidays."
        ),
    ),
    "seatbelt_and_ht": (
        "State Patrol Posters Carry Seat Belt and Trafficking Messages",
        "Nebraska State Patrol",
        (
            "The Nebraska State Patrol today unveiled new posters at truck stops and rest "
            "areas.\n\nOne side reminds drivers to buckle up; the other asks travelers who see "
            "signs of human trafficking to call 1-888-373-7888.\n\nTroopers will put up the "
            "posters this week."
        ),
    ),
    "fair_booth": (
        "Sheriff's Fair Booth Focuses on Human Trafficking",
        "Warren County Sheriff's Office",
        (
            "The Warren County Sheriff's Office will staff a booth at the county fair July "
            "20-27 focused on human trafficking awareness.\n\nDeputies will hand out cards "
            "listing the warning signs and the hotline number.\n\nIf you suspect human "
            "trafficking, call the National Human Trafficking Hotline at 1-888-373-7888.\n\n"
            "###\nMedia contact: Sgt. Dana Ortiz, 555-301-2200"
        ),
    ),
    "travel_cards_notraff": (
        "Airport Authority Hands Out Holiday Travel Cards",
        "Metro Airport Authority",
        (
            "The Metro Airport Authority will hand out travel safety cards at every checkpoint "
            "this holiday season.\n\nThe cards list tips for packing, parking and security "
            "lines, and carry the National Human Trafficking Hotline number for travelers who "
            "see something wrong.\n\nCall the National Human Trafficking Hotline: "
            "1-888-373-7888."
        ),
    ),
}

#: Near misses whose body never says "trafficking" before the closing line: the effort's own
#: sentence carries the hotline, or the effort has no other subject.
POSITIVE_CLOSING = {
    "rest_area_cards": (
        "Troopers Hand Out Hotline Cards at Rest Areas During Holiday Travel",
        "State Patrol",
        (
            "The State Patrol will spend holiday travel week at rest areas along I-80, handing "
            "out wallet cards with the hotline number to drivers and passengers.\n\nTroopers "
            "will also remind drivers to buckle up and drive sober."
        ),
    ),
    "motel_visits": (
        "Deputies Visit Motels Along Route 9",
        "Hamilton County Sheriff's Office",
        (
            "The Hamilton County Sheriff's Office visited 30 motels along Route 9 this week to "
            "talk with managers and leave posters at front desks.\n\nDeputies plan to visit "
            "the remaining motels in the county by spring."
        ),
    ),
    "dui_cards_hotline": (
        "Holiday DUI Patrols Begin Friday",
        "Clark County Sheriff's Office",
        (
            "The Clark County Sheriff's Office begins extra DUI patrols Friday as part of the "
            "statewide Drive Sober campaign.\n\nAt every checkpoint deputies will hand out "
            "cards that carry the tip line number along with sober-ride tips.\n\nPatrols "
            "continue through Jan. 1."
        ),
    ),
    "transit_posters": (
        "Transit Authority Puts Up New Posters at Bus Stops",
        "Metro Transit Authority",
        (
            "The Metro Transit Authority put up new posters at 200 bus stops and on every bus "
            "this week.\n\nThe posters will stay up through the end of the year."
        ),
    ),
    "fair_cards": (
        "Sheriff's Booth at County Fair Hands Out Cards",
        "Warren County Sheriff's Office",
        (
            "The Warren County Sheriff's Office will staff a booth at the county fair July "
            "20-27, where deputies will hand out cards with the hotline number to "
            "fairgoers.\n\nThe booth is near the main gate."
        ),
    ),
}

NEWS_BYLINES = [
    "By Priya Anand",
    "By Megan Costa, Staff Writer",
    "By Lucia Brandt | May 2, 2024",
    "By Tom O'Neil",
]
#: News stories (no known host, no masthead word) whose last line gives the hotline.
NEWS_STORIES = {
    "arrest_story": "Two charged after motel raid\n"
    "{byline}\n"
    "\n"
    "Police arrested two men Tuesday at a motel on Route 9 and charged them with "
    "promoting prostitution, Chief Ann Ruiz said.\n"
    "\n"
    "Both were held on $50,000 bond.\n"
    "\n"
    "Anyone with information about human trafficking can call the National Human "
    "Trafficking Hotline at 1-888-373-7888.\n",
    "bill_stripped": "Rideshare safety law signed - without the trafficking decal\n"
    "{byline}\n"
    "August 2025\n"
    "\n"
    "Gov. Phil Murphy on Thursday signed a bill requiring rideshare companies "
    "to show a driver's photo in the app. An earlier version would also have "
    "required every rideshare vehicle to carry a decal with the state human "
    "trafficking hotline. That provision was stripped in committee, and the "
    "bill became law without it.\n"
    "\n"
    "Advocates said they would try again next session.\n"
    "\n"
    "If you suspect human trafficking, call the National Human Trafficking "
    "Hotline at 1-888-373-7888.\n",
    "dui_story": "Deputies step up holiday DUI patrols\n"
    "{byline}\n"
    "\n"
    "The Hartwell County Sheriff's Office will add extra patrols through New Year's "
    "Day as part of the statewide Drive Sober campaign, Sheriff Dale Greer said "
    "Tuesday.\n"
    "\n"
    "Deputies will focus on Highway 29 and county roads.\n"
    "\n"
    "The National Human Trafficking Hotline is 1-888-373-7888.\n",
}

#: An office's own release with its sheriff's name after "By": still the office's footer.
OFFICE_BYLINE = (
    "Sheriff's Office Joins Holiday DUI Crackdown\n"
    "By Sheriff Dale Greer\n"
    "\n"
    "The Hartwell County Sheriff's Office will add extra patrols from Dec. 15 through Jan. 1 "
    "as part of the statewide Safe Family Travel campaign.\n"
    "\n"
    "Deputies will focus on impaired driving on Highway 29.\n"
    "\n"
    "If you suspect human trafficking, call the National Human Trafficking Hotline at "
    "1-888-373-7888.\n"
    "\n"
    "###\n"
    "Media contact: Sgt. Dana Ortiz, 555-301-2200\n"
)


def _release(parts: tuple[str, str, str], close: str) -> str:
    headline, office, body = parts
    return f"{headline}\n\n{body}{close.format(office=office)}"


_FOOTER_CASES = [(s, c) for s in OTHER for c in CLOSES]


@pytest.mark.parametrize(
    ("subject", "close"), _FOOTER_CASES, ids=[f"{s}-{c}" for s, c in _FOOTER_CASES]
)
def test_an_effort_on_another_subject_leaves_the_trafficking_line_a_footer(
    subject: str, close: str
) -> None:
    text = _release(OTHER[subject], CLOSES[close])
    c = code_text(text)
    assert (c.promotes_hotline, c.campaign, c.footer_only) == (False, False, True)
    quote = next(e["quote"] for e in c.evidence if e["field"] == "footer_only")
    assert NATIONAL in quote or "233733" in quote


def test_the_same_on_the_offices_site() -> None:
    text = _release(OTHER["dui"], CLOSES["after_end"])
    url = "https://www.hartwellcounty.gov/sheriff/news/holiday-dui"
    assert campaign_record(text, url) == (False, False, True)
    text = _release(OTHER["seatbelt"], CLOSES["sidebar"])
    assert campaign_record(text, "https://statepatrol.nebraska.gov/news/click-it") == (
        False,
        False,
        True,
    )


_POSITIVE_CASES = [(k, c) for k in POSITIVE for c in (None, "after_end", "sidebar")]


@pytest.mark.parametrize(
    ("name", "close"), _POSITIVE_CASES, ids=[f"{k}-{c}" for k, c in _POSITIVE_CASES]
)
def test_an_effort_that_carries_the_hotline_stays_a_campaign(name: str, close: str | None) -> None:
    headline, _office, body = POSITIVE[name]
    text = f"{headline}\n\n{body}\n" if close is None else f"{headline}\n\n{body}{CLOSES[close]}"
    c = code_text(text)
    assert (c.promotes_hotline, c.campaign, c.footer_only) == (True, True, False)
    quote = next(e["quote"] for e in c.evidence if e["field"] == "promotes_hotline")
    assert quote


#: the hotline only after "###" is the office's boilerplate whatever the body (round 48's
#: reading), so the closing forms read here are those above the release's own close
_CLOSING_CASES = [(k, c) for k in POSITIVE_CLOSING for c in CLOSES if c != "after_end"]


@pytest.mark.parametrize(
    ("name", "close"), _CLOSING_CASES, ids=[f"{k}-{c}" for k, c in _CLOSING_CASES]
)
def test_an_effort_with_the_hotline_in_its_sentence_or_no_other_subject_keeps_the_line(
    name: str, close: str
) -> None:
    assert campaign_record(_release(POSITIVE_CLOSING[name], CLOSES[close])) == (True, True, False)


_NEWS_CASES = [(k, b) for k in NEWS_STORIES for b in NEWS_BYLINES]


@pytest.mark.parametrize(
    ("story", "byline"),
    _NEWS_CASES,
    ids=[f"{k}-{i}" for k, i in ((k, NEWS_BYLINES.index(b)) for k, b in _NEWS_CASES)],
)
def test_a_news_storys_closing_hotline_is_no_footer(story: str, byline: str) -> None:
    assert campaign_record(NEWS_STORIES[story].format(byline=byline)) == (False, False, False)


def test_an_offices_name_after_by_is_no_reporters_byline() -> None:
    assert campaign_record(OFFICE_BYLINE) == (False, False, True)


def test_other_subjects_are_subjects_not_places_or_audiences() -> None:
    from hotline_watch.coding.outreach import _OTHER_SUBJECT
    from hotline_watch.coding.vocabularies import OTHER_SUBJECT_CUES

    assert OTHER_SUBJECT_CUES and all(OTHER_SUBJECT_CUES.values())
    for words in (
        "impaired driving",
        "a seat belt",
        "buckle up",
        "boating",
        "deer season",
        "fireworks",
        "a burn ban",
        "gift card scams",
        "real id",
        "flu shots",
        "naloxone",
        "lockdown drills",
        "leave no trace",
        "cooling centers",
        "halloween",
    ):
        assert _OTHER_SUBJECT.search(Lowered(lower(words), words)) is not None, words
    for words in (
        "bus stops",
        "truck stops",
        "parking lots",
        "campgrounds",
        "rest areas",
        "drivers",
        "hotels",
        "travelers",
        "the county fair",
        "holiday travel",
    ):
        assert _OTHER_SUBJECT.search(Lowered(lower(words), words)) is None, words


def test_the_audit_holds_both_sides() -> None:
    wrong = sum(
        campaign_record(_release(OTHER[s], CLOSES[c])) != (False, False, True)
        for s, c in _FOOTER_CASES
    )
    wrong += sum(
        campaign_record(_release(POSITIVE_CLOSING[k], CLOSES[c])) != (True, True, False)
        for k, c in _CLOSING_CASES
    )
    assert wrong == 0
