"""Round 49 (issue 14zx-promotes): who speaks and where a release closes, each class audited
in wordings of its own, both sides (promotes, campaign, footer_only):

* a release's closing trafficking line above the site's own list of other items ("Other News in
  Police Department: ...", "Related news", "More stories"): a footer; a campaign whose hotline
  comes last above the same chrome stays a campaign;
* a news story's own closing forms (the reporter's beat line "X covers courts for the Observer.",
  the paper's copyright under a masthead word "(c) 2025 Sioux Falls Ledger"): no office's
  release, so no release footer; an office's release (with its "(c) 2025 City of ..." line)
  keeps its footer;
* "Report suspected trafficking to the National Human Trafficking Hotline at <number>": the
  verb's object any short noun phrase, the number handed over (after "###" a footer); a count of
  reports to the hotline is none;
* a public institution named as a venue ("at the Geneva Public Library"): where, not who acts;
  an institution (or an office) that acts stays acting;
* "our Clearwater office" on a page no government published: the speaker's own premises;
* "<Name>, Inc. is a 501(c)(3) nonprofit": the page's own organisation calling itself a
  nonprofit;
* an office the subject of its own sentence supplying a first-person speaker's effort ("The
  sheriff's office printed the cards we hand out"): the speaker's partner, not the office's
  campaign; an office's own release in the first person ("our deputies") stays the office's."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

_FOOTER = (False, False, True)
_CAMPAIGN = (True, True, False)
_NONE = (False, False, False)

_HOTLINE = "Call the National Human Trafficking Hotline at 1-888-373-7888 or text 233733."


def _release(head: str, body: str, close: str, host: str = "www.examplecity.gov") -> tuple:
    return (
        f"https://{host}/news/item",
        f"City of Exampleton\nGovernment | Departments | Residents\n\n{head}\n\n"
        f"Posted on: March 3, 2025\n\n{body}\n\n{close}\n",
    )


# -- A: the site's list of other items closes the release -------------------------------------
_CHROME = [
    "Other News in Police Department: Leaf Collection Begins | Coffee with a Cop",
    "Related News: Road Work on Elm Street | Pool Opens June 1",
    "More stories: Snow Emergency Rules | Citizens Academy",
    "Recent Posts: Bike Rodeo | Summer Reading",
    "Latest News: Budget Hearing Set | New Fire Engine",
    "Other Releases from the Sheriff's Office: Jail Visits Resume | K-9 Demo",
]
_OTHER_MATTERS = [
    (
        "Police Share Halloween Safety Tips",
        "The Exampleton Police Department wants everyone to have a safe Halloween. "
        "Trick-or-treating hours are 5 p.m. to 8 p.m.\n\n- Use flashlights.\n- Check treats.\n\n"
        "Questions? Call the non-emergency line at 555-347-2541.\n\n"
        "Exampleton Police Department | 222 Main Street, Exampleton\n"
        "Human trafficking is a crime. Call the National Human Trafficking Hotline: "
        "1-888-373-7888.",
    ),
    (
        "Fireworks Rules for the Fourth of July",
        "The Exampleton Police Department reminds residents that fireworks may be discharged "
        "only from July 1 through July 4.\n\n- Bottle rockets are prohibited.\n\n"
        "The Exampleton Police Department wishes everyone a safe holiday.\n\n"
        "Exampleton Police Department | 518 Mechanic Street | 555-343-4200\n"
        "Human trafficking is happening here. " + _HOTLINE,
    ),
    (
        "Street Sweeping Begins April 1",
        "The Exampleton Public Works Department will begin street sweeping on April 1. "
        "Residents are asked to move vehicles on posted days.\n\n"
        "For questions call Public Works at 555-201-3300.\n\n"
        "If you suspect human trafficking, " + _HOTLINE[0].lower() + _HOTLINE[1:],
    ),
    (
        "Sheriff's Office Announces New Jail Visiting Hours",
        "The Example County Sheriff's Office announced new visiting hours at the county jail "
        "beginning Monday. Visits must be scheduled online 24 hours ahead.\n\n"
        "For scheduling help, call 555-410-2000.\n\n"
        "Report human trafficking: National Human Trafficking Hotline, 1-888-373-7888.",
    ),
    (
        "Winter Parking Ban in Effect",
        "The Exampleton Police Department reminds drivers that the winter parking ban is in "
        "effect from December 1 to March 31 between 2 a.m. and 6 a.m.\n\n"
        "Vehicles in violation will be towed. Call 555-330-1000 to locate a towed car.\n\n"
        "Human trafficking is a crime. " + _HOTLINE,
    ),
    (
        "Police Department Welcomes Five New Officers",
        "The Exampleton Police Department swore in five new officers at City Hall on Monday. "
        "Chief Ana Ruiz congratulated the recruits and their families.\n\n"
        "To reach the department, call 555-330-1000.\n\n"
        "Know the signs of human trafficking. " + _HOTLINE,
    ),
]
_CAMPAIGNS_LAST = [
    (
        "Police Mark Human Trafficking Awareness Month",
        "January is Human Trafficking Awareness Month. The Exampleton Police Department will "
        "hand out wallet cards with the hotline number at the library and the bus station "
        "all month.\n\n" + _HOTLINE,
    ),
    (
        "Officers Train Hotel Staff to Spot Trafficking",
        "The Exampleton Police Department trained 120 hotel workers this week to recognize the "
        "signs of human trafficking and gave each a card with the hotline.\n\n" + _HOTLINE,
    ),
    (
        "Sheriff Puts Up Trafficking Hotline Billboards",
        "The Example County Sheriff's Office unveiled three billboards along the interstate "
        "that carry the National Human Trafficking Hotline.\n\n" + _HOTLINE,
    ),
    (
        "Wear Blue Day Against Human Trafficking",
        "The City of Exampleton invites residents to wear blue on January 11 to raise "
        "awareness of human trafficking. City staff will share the hotline at a lunchtime "
        "event.\n\n" + _HOTLINE,
    ),
    (
        "Police Visit Truck Stops With Trafficking Hotline Posters",
        "Exampleton officers visited six truck stops Tuesday to put up posters with the "
        "trafficking hotline and talk with drivers about the signs.\n\n" + _HOTLINE,
    ),
    (
        "Police Remind Businesses to Post Trafficking Hotline Notice",
        "The Exampleton Police Department reminds hotels, bars and truck stops that state law "
        "requires them to post the human trafficking hotline notice. Officers will deliver "
        "copies this month.\n\n" + _HOTLINE,
    ),
]

_CASES = []
for i, (head, body) in enumerate(_OTHER_MATTERS):
    _CASES.append((f"chrome_footer_{i}", *_release(head, body, _CHROME[i]), _FOOTER))
for i, (head, body) in enumerate(_CAMPAIGNS_LAST):
    _CASES.append((f"chrome_campaign_{i}", *_release(head, body, _CHROME[i]), _CAMPAIGN))

# -- B: a news story's own closing forms ------------------------------------------------------
_STORY_CLOSES = [
    "Trent Holloway covers courts and public safety for the Observer.",
    "Leah Contreras covers Midland County for the Permian Press.",
    "(c) 2025 Sioux Falls Ledger | Terms | Privacy",
    "Dana Wu reports on crime and the courts for the Valley Herald.",
    "Copyright 2024 The Lakeside Gazette. All rights reserved.",
    "Sam Ortiz writes about public safety for the Tribune.",
]
_STORY = (
    "Valley News\nLocal | Crime | Sports\n\n{head}\n\nBy Jordan Reyes\nMay 20, 2025\n\n"
    "A Exampleton man was sentenced Monday in federal court to 25 years in prison for sex "
    "trafficking a 16-year-old girl.\n\nProsecutors said he advertised the girl online. The "
    "case was investigated by the Exampleton Police Department.\n\nDefense attorney Mike Stroh "
    "asked for the minimum.\n\nAnyone who suspects trafficking can call the National Human "
    "Trafficking Hotline at 1-888-373-7888.\n\n{close}\n"
)
for i, close in enumerate(_STORY_CLOSES):
    _CASES.append(
        (
            f"story_close_{i}",
            f"https://www.valleystory{i}.example.com/2025/05/20/man-sentenced",
            _STORY.format(head="Man sentenced to 25 years for trafficking teen", close=close),
            _NONE,
        )
    )
_RELEASE_CLOSES = [
    "(c) 2025 City of Exampleton | Privacy",
    "Copyright 2025 Example County Sheriff's Office",
    "Exampleton Police Department | 300 Main Street",
    "###",
    "Media contact: Sgt. Dana Ortiz, 555-301-2200",
    "Sgt. Ortiz covers media inquiries for the department at 555-301-2200",
]
_ARREST = (
    "Exampleton Police Department - Press Release\n\nMan Arrested on Sex Trafficking Charges\n\n"
    "On February 4, Exampleton Police Department officers arrested Derek Smith, 41, on charges "
    "of sex trafficking and sexual abuse of a minor.\n\nThe investigation began when a school "
    "counselor reported concerns about a 15-year-old girl.\n\nSmith was remanded to the county "
    "jail.\n\nReport suspected trafficking to the National Human Trafficking Hotline at "
    "1-888-373-7888.\n\n{close}\n"
)
for i, close in enumerate(_RELEASE_CLOSES[:5]):
    _CASES.append(
        (
            f"release_close_{i}",
            "https://www.exampletonpd.gov/news/arrest",
            _ARREST.format(close=close),
            _FOOTER,
        )
    )

# -- C: "report <object> to the National Human Trafficking Hotline at <number>" --------------
_REPORT_FORMS = [
    "Report suspected trafficking to the National Human Trafficking Hotline at 1-888-373-7888.",
    "Report any suspicious activity to the National Human Trafficking Hotline at 1-888-373-7888.",
    "Please report possible labor trafficking to the National Human Trafficking Hotline: "
    "1-888-373-7888.",
    "Call anonymously to the National Human Trafficking Hotline at 1-888-373-7888.",
    "Report signs of exploitation to the National Human Trafficking Hotline at 1-888-373-7888.",
    "Text tips about trafficking to the National Human Trafficking Hotline at 233733.",
]
_AFTER_END = (
    "BETHEL POLICE DEPARTMENT - PRESS RELEASE\n\nMan Arrested on Sex Trafficking Charges\n\n"
    "On February 4, Bethel Police Department officers arrested a man, 41, on charges of sex "
    "trafficking of a minor.\n\nHe was remanded to the correctional center. Chief Ross "
    "thanked the school staff who raised the alarm.\n\nAll persons are presumed innocent.\n\n"
    "###\n\n{line}\n\nBethel Police Department | 300 State Highway | Dispatch 555-543-3781\n"
)
_CAMPAIGN_REPORT = (
    "Sheriff's Office Hands Out Trafficking Hotline Cards at Truck Stops\n\nMarch 3, 2025\n\n"
    "The Example County Sheriff's Office handed out 3,000 wallet cards with the trafficking "
    "hotline at truck stops and motels this week to raise awareness of human trafficking.\n\n"
    "{line}\n"
)
for i, line in enumerate(_REPORT_FORMS):
    _CASES.append(
        (
            f"report_after_end_{i}",
            "https://www.cityofexample.gov/police/news/arrest",
            _AFTER_END.format(line=line),
            _FOOTER,
        )
    )
    _CASES.append(
        (
            f"report_campaign_{i}",
            "https://www.examplecounty.gov/sheriff/news/cards",
            _CAMPAIGN_REPORT.format(line=line),
            _CAMPAIGN,
        )
    )

# -- D: a public institution as the venue -----------------------------------------------------
_VENUES = [
    "at the Geneva Public Library",
    "at Example Community College",
    "at the county public library's main branch",
    "inside the State University student center",
    "outside the city public library",
    "at one of the Exampleton Public Schools",
]
_NGO_STORY = (
    "Finger Lakes Daily Record\nLocal | Region | Sports | Obits | Opinion | Subscribe\n\n"
    "Walkers brave cold to raise trafficking awareness in Geneva\n\nBy Corinne Baptiste\n"
    "Jan 13, 2025\n\nGENEVA - About 150 people walked along the Seneca Lake shoreline Saturday "
    "morning in the Finger Lakes Freedom Alliance's fourth annual Freedom Walk, raising money "
    "and awareness in the fight against human trafficking.\n\nThe nonprofit trains hotel and "
    "restaurant workers to recognize labor and sex trafficking.\n\nThe alliance handed walkers "
    "cards listing the National Human Trafficking Hotline, 1-888-373-7888, and its text line, "
    "233733.\n\nOrganizers said the walk raised about $18,000. The group's next training for "
    "hospitality workers is scheduled for March {venue}.\n\nCorinne Baptiste can be reached "
    "at cbaptiste@example.com.\n"
)
_OFFICE_AT_VENUE = (
    "Sheriff's Office Hosts Human Trafficking Awareness Training\n\nMarch 3, 2025\n\n"
    "The Example County Sheriff's Office will hold a free human trafficking awareness training "
    "for hotel and restaurant workers {venue} on March 12. Deputies will hand out cards with "
    "the hotline.\n\n" + _HOTLINE + "\n"
)
for i, venue in enumerate(_VENUES):
    _CASES.append(
        (
            f"venue_ngo_{i}",
            f"https://www.fingerlakesrecord{i}.example.com/local/freedom-walk/",
            _NGO_STORY.format(venue=venue),
            _NONE,
        )
    )
    _CASES.append(
        (
            f"venue_office_{i}",
            "https://www.examplecounty.gov/sheriff/news/training",
            _OFFICE_AT_VENUE.format(venue=venue),
            _CAMPAIGN,
        )
    )

# -- E and F: the speaker's own office; "<Name>, Inc. is a nonprofit" -------------------------
_OWN_OFFICE = [
    "Join a soap-labeling party at our Clearwater office or sponsor a motel route.",
    "Drop off donations or help sort supplies at our downtown office on weekdays.",
    "Volunteers meet at our Tampa office every Saturday to label soap.",
    "Pick up a volunteer packet at our Main Street office, which hosts new volunteers.",
    "Training is held at our regional offices in Ocala and Lakeland.",
    "Call our Clearwater office to sign up; we will train you.",
]
_NGO_PAGE = (
    "Gulf Coast Light\nWho We Are | Programs | Donate\n\nMotel Outreach\n\nEvery month, Gulf "
    "Coast Light volunteers visit motels to deliver bars of soap wrapped in labels. Each label "
    'reads: "Are you being forced to do anything you do not want to do? Call the National '
    'Human Trafficking Hotline, 1-888-373-7888."\n\nOur volunteers also explain the warning '
    "signs of trafficking to motel staff.\n\n{own}\n\n{self_line}\n"
)
_SELF_LINES = [
    "Gulf Coast Light, Inc. is a 501(c)(3) nonprofit organization.",
    "Gulf Coast Light Project, Inc. is a nonprofit organization.",
    "Harbor Hope, LLC is a community-based organization.",
    "Light House Partners, Inc. is a 501(c)(3) charitable organization.",
    "Sunrise Aid, Corp. is a nonprofit serving Tampa Bay.",
    "Bay Freedom, Ltd. is a not-for-profit charity.",
]
for i, own in enumerate(_OWN_OFFICE):
    _CASES.append(
        (
            f"own_office_{i}",
            f"https://www.gulfcoastlight{i}.example.org/programs/motel-outreach",
            _NGO_PAGE.format(own=own, self_line="About | Contact | Donate"),
            _NONE,
        )
    )
    _CASES.append(
        (
            f"self_inc_{i}",
            f"https://www.gulfcoastlight{i}.example.org/programs/motel-outreach",
            _NGO_PAGE.format(
                own="Want to help? Call us at 727-555-0164.", self_line=_SELF_LINES[i]
            ),
            _NONE,
        )
    )
_OFFICE_PAGE = (
    "Example County Sheriff's Office\n\nHuman Trafficking Awareness\n\nThe Example County "
    "Sheriff's Office hands out wallet cards with the National Human Trafficking Hotline at "
    "motels and truck stops to raise awareness of human trafficking.\n\n{own}\n\n{extra}\n\n"
    + _HOTLINE
    + "\n"
)
_OFFICE_EXTRAS = [
    "The cards were printed with a grant from Acme, Inc.",
    "Our partner Harbor Aid, Inc. helps survivors find housing.",
    "Sponsored by Gulf Print, LLC.",
    "The Sheriff's Office works with Sunrise Aid, Corp.",
    "Thanks to Bay Freedom, Ltd. for the printing.",
    "Cards are also at our partner's office on Elm Street.",
]
for i, own in enumerate(_OWN_OFFICE):
    _CASES.append(
        (
            f"office_page_{i}",
            "https://www.examplecountysheriff.gov/human-trafficking",
            _OFFICE_PAGE.format(own=own, extra=_OFFICE_EXTRAS[i]),
            _CAMPAIGN,
        )
    )

# -- G: an office supplying a non-profit speaker's effort (round 47's open item) ---------------
_SUPPLIES = [
    "The sheriff's office printed the cards we hand out.",
    "The county health department funds the kits we give away.",
    "The police department trains our volunteers every spring.",
    "The sheriff's office helped us design the cards we carry.",
    "The city police department donated the bags our team fills.",
    "The state attorney general's office paid for the cards we distribute.",
]
_OUTREACH_PAGE = (
    "Harbor Light Outreach\nWho We Are | Programs | Donate\n\nStreet Outreach\n\nEvery week "
    "our volunteers walk the motel corridor along Route 9 to meet women who may be trafficked "
    "and offer them a way out.\n\n{x}\n\nEach card gives the National Human Trafficking "
    "Hotline, 1-888-373-7888, and our own number.\n\nWant to help? Email us at "
    "help@example.org.\n"
)
_OFFICE_SUPPLIES = [
    "The Example County Sheriff's Office printed 5,000 wallet cards that our deputies hand out.",
    "The Example County Sheriff's Office trained our school resource officers to spot trafficking.",
    '"We printed the cards our deputies carry," said Sheriff Dana Cole of the Example County '
    "Sheriff's Office.",
    "The Example County Sheriff's Office funded the posters our partners put up at truck stops.",
    "The Example County Sheriff's Office helped our community partners design the cards.",
    "The Exampleton Police Department gave our hotel partners 2,000 hotline cards.",
]
_OFFICE_RELEASE = (
    "Sheriff Hands Out Trafficking Hotline Cards\n\nMarch 3, 2025\n\n{x}\n\nDeputies visited "
    "40 motels and truck stops this week to raise awareness of human trafficking.\n\n"
    + _HOTLINE
    + "\n"
)
for i, x in enumerate(_SUPPLIES):
    _CASES.append(
        (
            f"supplies_ngo_{i}",
            "https://www.harborlight.example.org/outreach",
            _OUTREACH_PAGE.format(x=x),
            _NONE,
        )
    )
for i, x in enumerate(_OFFICE_SUPPLIES):
    _CASES.append((f"supplies_office_{i}", None, _OFFICE_RELEASE.format(x=x), _CAMPAIGN))
    _CASES.append(
        (
            f"supplies_office_site_{i}",
            "https://www.examplecounty.gov/sheriff/news",
            _OFFICE_RELEASE.format(x=x),
            _CAMPAIGN,
        )
    )


@pytest.mark.parametrize(("name", "url", "text", "expected"), _CASES, ids=[c[0] for c in _CASES])
def test_round_49_promotes_reading(
    name: str, url: str | None, text: str, expected: tuple[bool, bool, bool]
) -> None:
    coding = code_text(text, url=url)
    assert (coding.promotes_hotline, coding.campaign, coding.footer_only) == expected, name


def test_the_audit_holds_both_sides() -> None:
    assert sum(c[3] == _CAMPAIGN for c in _CASES) >= 24
    assert sum(c[3] != _CAMPAIGN for c in _CASES) >= 30


_NOT_SELF = [
    "Acme, Inc. is a sponsor of the sheriff's awareness month.",
    "Harbor Aid, Inc. gave the county 500 cards.",
    "The city is a partner of Bay Freedom, Ltd., which runs a shelter.",
    "Gulf Print, LLC is a printing company in Tampa.",
    "The Sheriff's Office, Inc. is not a name anyone uses.",
    "Sunrise Aid, Corp. donated the posters.",
]


@pytest.mark.parametrize("line", _SELF_LINES)
def test_a_name_with_its_corporate_suffix_calls_itself_nonprofit(line: str) -> None:
    from hotline_watch.coding.outreach import calls_itself_nonprofit

    assert calls_itself_nonprofit(line.lower())


@pytest.mark.parametrize("line", _NOT_SELF)
def test_a_corporate_suffix_alone_is_no_nonprofit(line: str) -> None:
    from hotline_watch.coding.outreach import calls_itself_nonprofit

    assert not calls_itself_nonprofit(line.lower())
