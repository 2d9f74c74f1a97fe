"""Round 53 (issue 14r53-promotes): a transit agency by its service; a bill's content is no
office's effort.

Two classes, each in wordings of our own (both sides):

* a public transit operator known by a name with no office word ("Pace Suburban Bus is placing
  interior cards ... on its fixed-route buses and vanpool vehicles ... The cards tell riders
  ...") is a public office, read by what it runs (its fixed-route buses, paratransit vans,
  routes, streetcars, transit centers) and for whom (riders, fares); near misses that stay no
  office: a charter or tour company, an intercity bus company, a rideshare company, a trucking
  firm, a hotel's airport shuttle, a school-bus contractor, a company signing "Inc.".
* what a measure would direct, require or let an office do is the measure's content, never an
  office's effort, whatever its fate: a pronoun naming the bills back ("They would have directed
  the Michigan Department of Transportation to hang the signs"), "the law directs", "the bill
  lets the department accept donated signs", "a bill directing the department to install
  signs", a sign word naming the measure ("poster bill"); near misses that stay campaigns: the
  office itself then acts ("MDOT crews began hanging the signs Monday").
"""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text, explain

SIGN = "\n\n###\n\nMedia Contact: Dana Ruiz, Communications | 555-201-3300\n"


def release(name, head, lead, body, sign, url=None):
    return (
        f"{name}\nSchedules | Fares | Rider Info | About | News\n\nNews Release\nJanuary 12, "
        f"2026\n\n"
        f"{head}\n\n{lead}\n\n{body}{SIGN}{sign}\n"
    )


CARD = (
    'The cards tell riders, in English and Spanish, "If someone is forcing you to work or trade '
    "sex, "
    'you can get help. Call 1-888-373-7888 or text 233733."'
)

TRANSIT_POS = [
    (
        "pace_like",
        release(
            "Lakeshore Suburban Bus",
            "Lakeshore Marks Human Trafficking Awareness Month",
            "WAUKEGAN, Ill. - Lakeshore Suburban Bus is placing interior cards with the "
            "National Human "
            "Trafficking Hotline on its fixed-route buses this month and has posted notices at "
            "its "
            "transportation centers in Waukegan and Zion.",
            CARD
            + " Lakeshore bus operators are also completing an online training on trafficking.",
            "Lakeshore Suburban Bus | 410 Sheridan Road, Waukegan, IL 60085",
        ),
    ),
    (
        "paratransit",
        release(
            "Valley Rides",
            "Valley Rides Puts Trafficking Hotline on Board",
            "YAKIMA, Wash. - Valley Rides is displaying posters with the National Human "
            "Trafficking "
            "Hotline on its paratransit vans and at its downtown transit center this month.",
            CARD
            + ' "Our riders should know help is one call away," said general manager Tom Reyes.',
            "Valley Rides | 2301 Fruitvale Blvd., Yakima, WA 98902",
        ),
    ),
    (
        "routes_fares",
        release(
            "Summit Connector",
            "Summit Connector Joins Human Trafficking Prevention Month",
            "BEND, Ore. - Summit Connector is placing cards with the National Human Trafficking "
            "Hotline on every bus on its 12 fixed routes, and fares are free on Jan. 11, Human "
            "Trafficking Awareness Day.",
            CARD,
            "Summit Connector | 330 NE Hawthorne Ave., Bend, OR 97701",
        ),
    ),
    (
        "streetcar",
        release(
            "RiverCity Streetcar",
            "RiverCity Streetcar Adds Hotline Cards",
            "TACOMA, Wash. - RiverCity Streetcar is placing cards with the National Human "
            "Trafficking "
            "Hotline in its streetcars and at its transit center platforms for riders this month.",
            CARD,
            "RiverCity Streetcar | 950 Pacific Ave., Tacoma, WA 98402",
        ),
    ),
    (
        "no_signature",
        release(
            "Heartland Express",
            "Heartland Express Marks Trafficking Awareness Month",
            "SIOUX CITY, Iowa - Heartland Express, the city's bus service, is placing interior "
            "cards "
            "with the National Human Trafficking Hotline on its fixed-route buses and paratransit "
            "vehicles this month.",
            CARD + " Drivers at the downtown transit center are handing riders the same card.",
            "",
        ),
    ),
]

TRANSIT_NEG = [
    (
        "charter",
        release(
            "Lakeside Charter Coaches",
            "Lakeside Charter Coaches Adds Hotline Cards",
            "GREEN BAY, Wis. - Lakeside Charter Coaches, a family-owned charter and tour "
            "company, is "
            "placing cards with the National Human Trafficking Hotline on its motorcoaches this "
            "month.",
            'The cards tell passengers, "If someone is forcing you to work or trade sex, call '
            '1-888-373-7888 or text 233733." Riders on its casino day trips, which leave from '
            "the downtown transit center, will also get one.",
            "Lakeside Charter Coaches, Inc. | 1200 Main Street, Green Bay, WI 54301",
        ),
    ),
    (
        "intercity",
        release(
            "Prairie Trailways",
            "Prairie Trailways Puts Hotline on Its Buses",
            "OMAHA, Neb. - Prairie Trailways, an intercity bus company, is placing cards with the "
            "National Human Trafficking Hotline on its buses on routes between Omaha, Denver and "
            "Kansas City this month.",
            CARD + " Its buses stop at the Omaha transit center, and riders can buy fares at its "
            "stations.",
            "Prairie Trailways | 1601 Jackson Street, Omaha, NE 68102",
        ),
    ),
    (
        "rideshare",
        release(
            "Zoomly",
            "Zoomly Adds Trafficking Hotline for Riders",
            "AUSTIN, Texas - Zoomly, the rideshare company, is placing cards with the National "
            "Human "
            "Trafficking Hotline in its drivers' vehicles and adding the number to its app for "
            "riders.",
            CARD + " Riders pay fares in the app and can book rides to light rail stations.",
            "Zoomly | 500 Congress Avenue, Austin, TX 78701",
        ),
    ),
    (
        "trucking",
        release(
            "Heartland Freight Lines",
            "Heartland Freight Lines Puts Hotline in Cabs",
            "JOPLIN, Mo. - Heartland Freight Lines, a trucking firm, is placing decals with the "
            "National "
            "Human Trafficking Hotline in its trucks on routes across the Midwest.",
            'The decals read, "Call 1-888-373-7888 or text 233733."',
            "Heartland Freight Lines | 2200 Range Line Road, Joplin, MO 64804",
        ),
    ),
    (
        "company_signed",
        release(
            "Lakeside Coaches",
            "Lakeside Coaches Adds Hotline Cards",
            "GREEN BAY, Wis. - Lakeside Coaches is placing cards with the National Human "
            "Trafficking "
            "Hotline on its buses, which run fixed routes between Green Bay and Milwaukee, this "
            "month.",
            CARD,
            "Lakeside Coaches, Inc. | 1200 Main Street, Green Bay, WI 54301",
        ),
    ),
    (
        "hotel_shuttle",
        release(
            "Harborview Hotel",
            "Harborview Hotel Shuttle Carries Hotline Cards",
            "SAN DIEGO - The Harborview Hotel is placing cards with the National Human "
            "Trafficking "
            "Hotline in its airport shuttle vans, which run fixed routes to the airport and the "
            "transit center for riders.",
            CARD,
            "Harborview Hotel | 1800 Harbor Drive, San Diego, CA 92101",
        ),
    ),
    (
        "school_bus",
        release(
            "Student Express",
            "Student Express Adds Hotline Cards",
            "FRESNO, Calif. - Student Express, the school-bus contractor for three districts, is "
            "placing cards with the National Human Trafficking Hotline on its buses on 40 "
            "routes and "
            "at its fixed-route shuttle stops.",
            CARD,
            "Student Express | 4400 Blackstone Avenue, Fresno, CA 93726",
        ),
    ),
]


def news(head, body):
    return (
        f"Capitol Wire\nPolitics | Legislature | Budget\n\n{head}\n\nBy Lee Park | Jan. 2, "
        f"2026\n\n{body}\n\n"
        'Sen. Paula Greer, the sponsor, said she would keep pushing. "Nobody spoke against it," '
        "she said."
        "\n\n(c) 2026 Capitol Wire\n"
    )


MEASURE_NEG = [
    (
        "they_would_have_directed",
        news(
            "Trafficking sign bills die as lame-duck session ends",
            "LANSING - Bills that would have required human trafficking hotline signs in every "
            "rest area "
            "died when the lame-duck session ended.\n\nSenate Bills 411 and 412 passed the "
            "Senate 35-2 in "
            "November. They would have directed the Michigan Department of Transportation to "
            "hang the "
            "signs in restrooms at its 76 rest areas.\n\nThe bills were never taken up in the "
            "House.",
        ),
    ),
    (
        "it_would_require",
        news(
            "Senate passes rest-area trafficking sign bill",
            "COLUMBUS - The Senate on Tuesday passed Senate Bill 12 on a 30-2 vote.\n\nIt would "
            "require the Ohio Department of Transportation to post signs with the human "
            "trafficking "
            "hotline in every rest area restroom.\n\nThe bill now goes to the House.",
        ),
    ),
    (
        "law_directs",
        news(
            "New law puts trafficking hotline at rest areas",
            "SALEM - A law signed Tuesday takes effect in July.\n\nThe law directs the Oregon "
            "Department "
            "of Transportation to hang signs with the human trafficking hotline in restrooms at "
            "every "
            "rest area, and the department to replace them when damaged.",
        ),
    ),
    (
        "bill_lets",
        news(
            "Bill on trafficking signs advances",
            "PHOENIX - A House committee advanced House Bill 2050 on Monday.\n\nThe bill lets the "
            "Arizona Department of Transportation accept donated signs with the human trafficking "
            "hotline for its rest areas.",
        ),
    ),
    (
        "measure_would_have_directed_dead",
        news(
            "Turnpike trafficking poster bill dies",
            "HARRISBURG - A measure on trafficking posters died in committee.\n\nThe measure, "
            "which never "
            "got a vote, would have directed the Turnpike Commission to put up posters with the "
            "human "
            "trafficking hotline at its service plazas.",
        ),
    ),
    (
        "gerund_directing",
        news(
            "Lawmakers weigh hotline signs",
            "DENVER - Lawmakers heard testimony Monday.\n\nThey heard a bill directing the "
            "Colorado "
            "Department of Transportation to install signs with the human trafficking hotline "
            "at rest "
            "areas.",
        ),
    ),
]

MEASURE_NEG += [
    (
        "it_directs_law_short",
        news(
            "Rest-area hotline law takes effect",
            "SALEM - Oregon's rest-area law took effect Jan. 1.\n\nIt directs the Oregon "
            "Department of "
            "Transportation to hang signs with the human trafficking hotline in restrooms at "
            "every rest area.",
        ),
    ),
    (
        "they_would_let",
        news(
            "Trafficking sign bills stall",
            "BOISE - Two bills on trafficking signs stalled in committee on Friday.\n\nThey "
            "would have let "
            "the Idaho Transportation Department put up donated posters with the human "
            "trafficking hotline "
            "at its rest areas.",
        ),
    ),
    (
        "proposal_would_require",
        news(
            "Greer wants hotline posters at rest stops",
            "LANSING - Sen. Paula Greer on Monday unveiled her proposal for rest stops.\n\nHer "
            "proposal "
            "would require the department to hang posters with the human trafficking hotline in "
            "every "
            "rest stop restroom.",
        ),
    ),
]

MEASURE_POS = [
    (
        "office_acts_after_bill_died",
        news(
            "MDOT hangs trafficking hotline signs after bills die",
            "LANSING - The Michigan Department of Transportation said Monday it will hang human "
            "trafficking hotline signs in its rest areas although the bills died.\n\nSenate "
            "Bills 411 "
            "and 412 would have required the signs. They died in the House.\n\nMDOT crews began "
            "hanging "
            "the signs Monday in restrooms at its 76 rest areas. The signs read: Call the "
            "National "
            "Human Trafficking Hotline at 1-888-373-7888.",
        ),
    ),
    (
        "office_itself_without_law",
        news(
            "ODOT posts hotline signs on its own",
            "COLUMBUS - The Ohio Department of Transportation is posting signs with the "
            "National Human "
            "Trafficking Hotline in its rest areas this month, spokesman Matt Bruning "
            "said.\n\nA bill "
            "would have required the signs; it stalled. ODOT crews installed the first signs "
            "Monday. "
            "They read: Call 1-888-373-7888.",
        ),
    ),
]


@pytest.mark.parametrize(("name", "text"), TRANSIT_POS, ids=[n for n, _ in TRANSIT_POS])
def test_a_transit_operator_is_a_public_office_by_what_it_runs(name: str, text: str) -> None:
    c = code_text(text)
    assert (c.promotes_hotline, c.campaign) == (True, True)
    operator = text.split("\n", 1)[0]  # the masthead is the operator's name
    quote = next(e["quote"] for e in c.evidence if e["field"] == "campaign")
    assert operator in quote


@pytest.mark.parametrize(("name", "text"), TRANSIT_NEG, ids=[n for n, _ in TRANSIT_NEG])
def test_a_private_operator_is_no_public_office(name: str, text: str) -> None:
    c = code_text(text)
    assert (c.promotes_hotline, c.campaign) == (False, False)
    assert explain(text)["top_campaign_cue"].startswith("no public office acting")


@pytest.mark.parametrize(("name", "text"), MEASURE_NEG, ids=[n for n, _ in MEASURE_NEG])
def test_what_a_measure_directs_an_office_to_do_is_no_effort(name: str, text: str) -> None:
    c = code_text(text)
    assert (c.promotes_hotline, c.campaign) == (False, False)
    assert not {"media_put_up", "poster"} & set(explain(text)["campaign_cues"])


@pytest.mark.parametrize(("name", "text"), MEASURE_POS, ids=[n for n, _ in MEASURE_POS])
def test_an_office_that_then_acts_itself_stays_a_campaign(name: str, text: str) -> None:
    c = code_text(text)
    assert (c.promotes_hotline, c.campaign) == (True, True)
    assert "media_put_up" in explain(text)["campaign_cues"]


def test_the_measures_content_evidence() -> None:
    text = dict(MEASURE_NEG)["they_would_have_directed"]
    assert not explain(text)["top_campaign_cue"].startswith("campaign")
    pace = dict(TRANSIT_POS)["pace_like"]
    c = code_text(pace)
    assert c.campaign_types[0] == "awareness_month"
    quote = next(e["quote"] for e in c.evidence if e["field"] == "campaign")
    assert "Lakeshore Suburban Bus is placing interior cards" in quote
