"""Round 61 (issue 14r61-promotes): who acts, for a public authority and a private business.

Three classes, in wordings of our own (both sides):

* a public authority named by its kind, also with coordinated domains ("Convention and Visitors
  Authority", "Pier and Exposition Authority", "Sports and Exhibition Authority", a visitors or
  tourism authority), acting by "put"; near misses: a company or a nonprofit whose name holds
  "Authority" or a tourism word ("..., LLC, a private event-staffing company", "a nonprofit trade
  group", "a family-owned contractor") is no public office.
* a business's own posters or training, told with the business as its sentence's subject ("The
  company trains ... and displays the national trafficking hotline in its restrooms"), with an
  office only named elsewhere in the story (a city manager quoted, a mayor at the ribbon
  cutting, a trooper): no office's effort; near misses: an office's partnership with a chain,
  an office delivering posters to stores, a bureau working with a chain: the office's effort.
* an arrest or investigation release whose only effort is its appeal for information about the
  case ("ask anyone with information to call police dispatch"): no campaign; near misses: an
  arrest release announcing the office's own posters, training or a new tip line, an appeal to
  call the national hotline.
"""

from __future__ import annotations

import pytest

from conftest import campaign_record

CASES = [
    pytest.param(
        (
            "Convention authority posts trafficking hotline in restrooms\n\nRENO - The "
            "Reno-Sparks Convention and Visitors Authority has placed human trafficking "
            "awareness posters in every public restroom at the Reno-Sparks Convention "
            'Center. The posters read: "Is someone forcing you to work? Call the '
            'National Human Trafficking Hotline at 1-888-373-7888 or text 233733."\n\n'
            "Authority staff also completed awareness training this month.\n"
        ),
        (True, True),
        id="rsvca",
    ),
    pytest.param(
        (
            "McCormick Place puts hotline placards in front of show crowds\n\nCHICAGO - "
            "The Metropolitan Pier and Exposition Authority installed human trafficking "
            "hotline placards in restrooms across McCormick Place this week, ahead of "
            "the auto show. The placards give the National Human Trafficking Hotline, "
            "1-888-373-7888, in English, Spanish and Polish.\n"
        ),
        (True, True),
        id="pier_expo",
    ),
    pytest.param(
        (
            "Stadium restrooms get trafficking hotline stickers\n\nThe Sports and "
            "Exhibition Authority of Pittsburgh and Allegheny County has put human "
            "trafficking hotline stickers in every restroom stall at the convention "
            "center and the stadium lots. Call the National Human Trafficking Hotline at "
            "1-888-373-7888 or text 233733.\n"
        ),
        (True, True),
        id="sports_exhib",
    ),
    pytest.param(
        (
            "Visitors authority trains front desks, prints hotline cards\n\nThe Lake "
            "Havasu Visitors Authority printed 5,000 wallet cards with the National "
            "Human Trafficking Hotline, 1-888-373-7888, and is handing them to hotel "
            "front desks across the city before spring break.\n"
        ),
        (True, True),
        id="visitors_auth",
    ),
    pytest.param(
        (
            "Tourism authority launches trafficking awareness campaign\n\nLIHUE - The "
            "Kauai Tourism Authority launched a human trafficking awareness campaign "
            "Monday, placing hotline posters in visitor centers and at the airport "
            "baggage claim. The posters direct anyone who needs help to the National "
            "Human Trafficking Hotline at 1-888-373-7888.\n"
        ),
        (True, True),
        id="tourism_auth",
    ),
    pytest.param(
        (
            "Airport and port authority posts hotline signs\n\nThe Brownsville Airport and "
            "Port Authority has placed human trafficking hotline signs at the passenger "
            "terminal and both ship channel gates. The signs give the National Human "
            "Trafficking Hotline, 1-888-373-7888, and the text line 233733.\n"
        ),
        (True, True),
        id="airport_port_auth",
    ),
    pytest.param(
        (
            "Transit authority puts hotline cards on buses\n\nThe Capital Area Transit "
            "Authority has put human trafficking hotline cards on all 140 of its buses. "
            "The cards tell riders to call the National Human Trafficking Hotline at "
            "1-888-373-7888.\n"
        ),
        (True, True),
        id="transit_auth",
    ),
    pytest.param(
        (
            "Housing authority distributes hotline flyers\n\nThe Lakeview Metropolitan "
            "Housing Authority is distributing human trafficking hotline flyers to every "
            "resident this month and has posted them in all community rooms. Call the "
            "National Human Trafficking Hotline at 1-888-373-7888 or text 233733.\n"
        ),
        (True, True),
        id="housing_auth",
    ),
    pytest.param(
        (
            "Water and sewer authority adds hotline to bills\n\nThe Valley Water and Sewer "
            "Authority will print the National Human Trafficking Hotline, "
            "1-888-373-7888, on every customer bill in January, Human Trafficking "
            "Prevention Month, and has posted hotline signs in its payment lobby.\n"
        ),
        (True, True),
        id="water_sewer_auth",
    ),
    pytest.param(
        (
            "Event staffing firm prints hotline cards\n\nDesert Convention and Events "
            "Authority, LLC, a private event-staffing company, printed human trafficking "
            "hotline cards for its 300 workers. The cards give the National Human "
            "Trafficking Hotline, 1-888-373-7888.\n"
        ),
        (False, False),
        id="llc_authority",
    ),
    pytest.param(
        (
            "Hospitality group posts hotline in member hotels\n\nThe Coastal Hospitality "
            "and Tourism Alliance, a nonprofit trade group of hotel owners, placed human "
            "trafficking hotline posters in 60 member hotels. Call the National Human "
            "Trafficking Hotline at 1-888-373-7888 or text 233733.\n"
        ),
        (False, False),
        id="nonprofit_authority",
    ),
    pytest.param(
        (
            "Roofing company stickers trucks with hotline\n\nThe Roofing and Siding "
            "Authority, a family-owned contractor in Tulsa, placed human trafficking "
            "hotline stickers on its 40 work trucks. Call the National Human Trafficking "
            "Hotline at 1-888-373-7888 or text 233733.\n"
        ),
        (False, False),
        id="company_authority",
    ),
    pytest.param(
        (
            "New travel center opens at Exit 12\n\nDALTON - A travel center with 80 truck "
            "parking spaces opened Tuesday at the Interstate 75 interchange.\n\nThe "
            "center, operated by Ridgeline Fuel Co., includes diesel lanes, a "
            "restaurant, showers and a laundry room. It will employ about 50 people.\n\n"
            "The company trains all cashiers to recognize the signs of human "
            "trafficking, as it does at its other stores, and displays the national "
            "trafficking hotline in its restrooms.\n\nCity Manager Ann Boyd said the "
            "project was the largest in the corridor in a decade. Mayor Tom Ellis cut "
            "the ribbon.\n"
        ),
        (False, False),
        id="truckstop_company",
    ),
    pytest.param(
        (
            "Downtown hotel opens with 180 rooms\n\nA 180-room hotel opened on Market "
            "Street on Friday.\n\nThe hotel posts the National Human Trafficking Hotline, "
            "1-888-373-7888, in every guest room and trains its housekeepers to spot the "
            "signs of trafficking, general manager Leah Ortiz said.\n\nPolice Chief Ray "
            "Duncan and county commissioners attended the opening.\n"
        ),
        (False, False),
        id="hotel_opening",
    ),
    pytest.param(
        (
            "Grocery chain opens 12th store\n\nThe store opened Monday with 90 employees.\n\n"
            "The chain displays human trafficking hotline posters in its restrooms and "
            "trains cashiers to recognize red flags, a spokesperson said. County "
            "Commissioner Mark Hale said the county approved a road grant for the site.\n"
        ),
        (False, False),
        id="chain_expansion",
    ),
    pytest.param(
        (
            "Fuel stop opens on Highway 20\n\nA fuel stop opened this week on Highway 20 "
            "west of town.\n\nPrairie Star Fuels Inc. displays human trafficking hotline "
            "posters in the restrooms of all its stores and trains staff to recognize "
            "the signs of trafficking, owner Dale Kimes said. The county sheriff said "
            "deputies would patrol the lot.\n"
        ),
        (False, False),
        id="named_co",
    ),
    pytest.param(
        (
            "Truck stop chain adds showers\n\nThe truck stop added eight showers and a "
            "driver lounge this month.\n\nThe retailer said it trains employees to "
            "recognize the signs of human trafficking and posts the National Human "
            "Trafficking Hotline, 1-888-373-7888, at every register. State Trooper Kyle "
            "Baines said truck parking remains short along the corridor.\n"
        ),
        (False, False),
        id="retailer_trooper",
    ),
    pytest.param(
        (
            "Sheriff's Office partners with travel centers on hotline posters\n\nThe "
            "Jasper County Sheriff's Office has partnered with three travel centers to "
            "put human trafficking hotline posters in their restrooms.\n\nDeputies "
            "delivered the posters Tuesday. The company that runs the centers displays "
            "them beside every sink. Call the National Human Trafficking Hotline at "
            "1-888-373-7888 or text 233733.\n"
        ),
        (True, True),
        id="office_partner_chain",
    ),
    pytest.param(
        (
            "Attorney General and truck stop chain launch hotline campaign\n\nThe Attorney "
            "General's Office launched a campaign with a truck stop chain to put human "
            "trafficking hotline stickers in every restroom at its 40 state locations. "
            "The chain trains its cashiers on the signs. Call the National Human "
            "Trafficking Hotline at 1-888-373-7888 or text 233733.\n"
        ),
        (True, True),
        id="ag_and_chain",
    ),
    pytest.param(
        (
            "Police deliver hotline posters to businesses\n\nOfficers with the Fairview "
            "Police Department delivered human trafficking hotline posters to 45 "
            "businesses this week. The store owners display them in restrooms and break "
            "rooms. Call the National Human Trafficking Hotline at 1-888-373-7888 or "
            "text 233733.\n"
        ),
        (True, True),
        id="office_delivers_business",
    ),
    pytest.param(
        (
            "Spa owner arrested in trafficking investigation\n\nDetectives with the "
            "Granite Police Department arrested the owner of a massage spa Monday on "
            "suspicion of human trafficking.\n\nDetectives began investigating the spa in "
            "April after complaints from neighbors. Two women found working there lived "
            "in a back room.\n\nThe owner, 52, was booked into the county jail on two "
            "counts of human trafficking.\n\nThe investigation is ongoing. Detectives "
            "believe there may be other victims and ask anyone with information to call "
            "police dispatch at 801-555-0142.\n\n###\n\nMedia contact: Public Information "
            "Officer\n"
        ),
        (False, False),
        id="arrest_dispatch",
    ),
    pytest.param(
        (
            "Man charged with trafficking a teen\n\nThe Mesa Ridge Sheriff's Office "
            "arrested a 34-year-old man Friday on charges of human trafficking of a "
            "minor.\n\nInvestigators say the man advertised the 16-year-old online. He is "
            "held without bond.\n\nDeputies urge anyone with information about the case to "
            "contact Detective Sam Ortiz at 602-555-0177.\n"
        ),
        (False, False),
        id="arrest_detective",
    ),
    pytest.param(
        (
            "Three charged after motel trafficking investigation\n\nInvestigators with the "
            "Pine County Sheriff's Office arrested three people Thursday after a "
            "months-long human trafficking investigation at a motel on Route 9.\n\nThe "
            "three were charged with trafficking and promoting prostitution.\n\n"
            "Investigators are asking anyone who may have been a victim to contact the "
            "Special Victims Unit at 715-555-0163.\n"
        ),
        (False, False),
        id="arrest_other_victims",
    ),
    pytest.param(
        (
            "Spa owner arrested; deputies to deliver hotline posters to massage "
            "businesses\n\nDetectives with the Granite County Sheriff's Office arrested "
            "the owner of a massage spa Monday on suspicion of human trafficking.\n\n"
            "Following the arrest, the Sheriff's Office will deliver human trafficking "
            "hotline posters to every massage business in the county this month. The "
            "posters give the National Human Trafficking Hotline, 1-888-373-7888, in "
            "English, Spanish, Korean and Chinese.\n"
        ),
        (True, True),
        id="arrest_then_posters",
    ),
    pytest.param(
        (
            "After trafficking arrests, police train motel staff\n\nPolice arrested two "
            "men last month in a human trafficking case at a motel on Route 9.\n\nThis "
            "week the Riverton Police Department began training motel clerks across the "
            "city to recognize the signs of human trafficking, and officers are handing "
            "out wallet cards with the National Human Trafficking Hotline, "
            "1-888-373-7888.\n"
        ),
        (True, True),
        id="arrest_then_training",
    ),
    pytest.param(
        (
            "Attorney General urges residents to report trafficking\n\nThe Attorney "
            "General urged residents Monday to learn the signs of human trafficking and "
            "to call the National Human Trafficking Hotline at 1-888-373-7888 if they "
            "suspect it.\n\nThe office has posted hotline billboards along Interstate 80.\n"
        ),
        (True, True),
        id="appeal_hotline",
    ),
    pytest.param(
        (
            "After arrests, sheriff launches trafficking tip line\n\nDeputies arrested "
            "four people in a human trafficking sting last week.\n\nThe Bay County "
            "Sheriff's Office on Monday launched a new human trafficking tip line, "
            "850-555-0190, and asked residents to use it to report suspicious activity "
            "at motels and massage businesses.\n"
        ),
        (True, True),
        id="arrest_launch_tipline",
    ),
    pytest.param(
        (
            "Massage business owner charged\n\nDetectives with the Cedar Falls Police "
            "Department arrested the owner of a massage business Tuesday on charges of "
            "human trafficking and prostitution.\n\nDetectives said the owner had removed "
            "the human trafficking hotline poster that state law requires massage "
            "businesses to display.\n\nThe owner was charged with trafficking and was "
            "released on bond. The case will go to trial in March.\n"
        ),
        (False, False),
        id="arrest_poster_removed",
    ),
    pytest.param(
        (
            "Two arrested in motel trafficking case\n\nDeputies arrested two men Saturday "
            "at a motel on Route 30 on charges of human trafficking.\n\nThe Sheriff's "
            "Office will continue to investigate and asks anyone with information about "
            "the case to call 419-555-0121.\n\nBoth men were booked into the county jail.\n"
        ),
        (False, False),
        id="arrest_will_investigate",
    ),
    pytest.param(
        (
            "TBI and travel center chain put hotline in restrooms\n\nThe Tennessee Bureau "
            "of Investigation is working with a travel center chain to place human "
            "trafficking hotline stickers in restrooms at 30 locations. The company will "
            "also train its cashiers to recognize the signs. Call the National Human "
            "Trafficking Hotline at 1-888-373-7888 or text 233733.\n"
        ),
        (True, True),
        id="company_and_bureau",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_who_acts(text: str, expected: tuple[bool, bool]) -> None:
    promotes, campaign, _footer = campaign_record(text)
    assert (promotes, campaign) == expected


#: why the rules say no, in the negatives main got wrong
REASONS = [
    pytest.param("truckstop_company", "a business's own effort", id="truckstop_company"),
    pytest.param("chain_expansion", "a business's own effort", id="chain_expansion"),
    pytest.param("retailer_trooper", "a business's own effort", id="retailer_trooper"),
    pytest.param(
        "arrest_dispatch", "an investigation's appeal for information", id="arrest_dispatch"
    ),
    pytest.param(
        "arrest_detective", "an investigation's appeal for information", id="arrest_detective"
    ),
]


@pytest.mark.parametrize(("name", "reason"), REASONS)
def test_reason(name: str, reason: str) -> None:
    from hotline_watch.coding import explain

    text = next(p.values[0] for p in CASES if p.id == name)
    assert explain(text)["top_campaign_cue"].startswith(reason)


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("rsvca", True),
        ("pier_expo", True),
        ("sports_exhib", True),
        ("visitors_auth", True),
        ("llc_authority", False),
    ],
)
def test_public_authority_is_an_office(name: str, office: bool) -> None:
    """A public authority named by its kind acts; a company named "... Authority, LLC" does not."""
    from hotline_watch.coding import explain

    text = next(p.values[0] for p in CASES if p.id == name)
    assert explain(text)["public_office"] is office
