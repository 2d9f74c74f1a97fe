"""Round 67 (issue 14r67-promotes): whose effort it is, again: a business by its own name, a
nonprofit's event told by its participants, a study's posters, trafficking named only in a menu.

Wordings of our own (both sides), each asserting (promotes_hotline, campaign, footer_only):

* biz: a business named again by its own name without its business noun ("Sandhills Fuel Stops,
  a family-owned chain ..." then "Sandhills also put stickers ..."), after a dateline, with a
  company suffix ("Great Plains Hospitality Inc."), as "owner of 12 convenience stores", or its
  owner as a headline's subject ("Motel owner hangs hotline posters"): the business's own effort;
  near misses: a sheriff's office putting stickers in the named stores, the office and the
  business as joint subject, an Attorney General's partnership, police delivering posters to the
  chain, motel owners trained by deputies.
* ev: an event's participants as the headline's subject ("Walkers circle courthouse square to
  raise awareness", "Kayakers paddle ...") at an event a nonprofit organised, its volunteers
  handing out cards, deputies or police helping: the nonprofit's; near misses: a sheriff's walk,
  a police 5K.
* st: posters or stickers as the subject of a finding attributed to a study ("..., according to
  a new study by two economists", "Study: stickers and calls", "Their analysis of eight years of
  call data found"): talked about; near misses: "according to the Sheriff's Office", a health
  department hanging posters after a study, a department acting in the study's sentence.
* menu: trafficking or a hotline named only in the site's menu line above a release about
  something else (required food postings, street-sweeping posters): no effort about trafficking;
  near misses: the same menus above an office's hotline posters.
"""

from __future__ import annotations

import pytest

from conftest import campaign_record, case_text_url

_NO = (False, False, False)
_YES = (True, True, False)

CASES = [
    pytest.param(
        (
            "Platte Valley Herald\nNews | Sports | Opinion\n\nTruck stop owner "
            "adds trafficking hotline stickers\n\nBy Ann Reese\n\nKEARNEY - San"
            "dhills Fuel Stops, a family-owned chain of nine truck stops along "
            "Interstate 80, has trained its clerks to spot the signs of human t"
            "rafficking.\n\nSandhills also put stickers with the National Human"
            " Trafficking Hotline, 1-888-373-7888, in every restroom this summe"
            'r.\n\n"Our clerks see everyone who comes through," owner Dale We'
            "ber said.\n\nBuffalo County Sheriff Neil Miller said deputies stop"
            " at the truck stops often.\n"
        ),
        "https://www.plattevalleyherald.example.com/news/sandhills-stickers",
        _NO,
        id="biz_dateline_short",
    ),
    pytest.param(
        (
            "Rural Voice\n\nConvenience chain hangs hotline posters\n\nBy Tom H"
            "ale\n\nAMES - Kwik Corner General Stores, a convenience chain with"
            " 40 stores in central Iowa, will train every cashier to recognize "
            "human trafficking.\n\nKwik Corner hung posters with the National H"
            "uman Trafficking Hotline, 1-888-373-7888, by the register in each "
            "store last week.\n\nStory County Sheriff Ken Ludwig said he was gl"
            "ad to see it.\n"
        ),
        "https://www.ruralvoice.example.com/2025/05/kwik-corner-posters",
        _NO,
        id="biz_general_stores",
    ),
    pytest.param(
        (
            "High Plains Journal\n\nHotel owner puts hotline cards in guest roo"
            "ms\n\nBy Mia Ortiz\n\nGARDEN CITY - Great Plains Hospitality Inc. "
            "owns seven hotels in western Kansas.\n\nGreat Plains Hospitality p"
            "laced cards with the National Human Trafficking Hotline, 1-888-373"
            "-7888, in every guest room this spring and trained its front desk "
            "staff to recognize human trafficking.\n\nGarden City Police Chief "
            "Michael Reed said the department welcomed the cards.\n"
        ),
        "https://www.highplainsjournal.example.com/news/hotel-cards",
        _NO,
        id="biz_inc_short",
    ),
    pytest.param(
        (
            "Coastal Courier\n\nMotel company trains staff on trafficking\n\nBy"
            " Lee Park\n\nBILOXI - Bluewater Motels LLC runs five motels along "
            "U.S. 90.\n\nBluewater trained every housekeeper to recognize the s"
            "igns of human trafficking and displays the National Human Traffick"
            "ing Hotline, 1-888-373-7888, at each front desk.\n\nHarrison Count"
            "y Sheriff Troy Peterson said his deputies visit the motels often."
            "\n"
        ),
        "https://www.coastalcourier.example.com/news/bluewater-motels",
        _NO,
        id="biz_llc_short",
    ),
    pytest.param(
        (
            "Mountain Eagle\n\nStore owner posts trafficking hotline at registe"
            "rs\n\nBy Jo Combs\n\nWHITESBURG - Harlan Oil, owner of 12 convenie"
            "nce stores in eastern Kentucky, trained its cashiers this fall to "
            "recognize human trafficking.\n\nHarlan Oil now displays posters wi"
            "th the National Human Trafficking Hotline, 1-888-373-7888, at ever"
            "y register.\n\nLetcher County Sheriff Mickey Stines said he welcom"
            "ed the training.\n"
        ),
        "https://www.mountaineagle.example.com/news/harlan-oil-posters",
        _NO,
        id="biz_owner_of",
    ),
    pytest.param(
        (
            "Delta News\n\nDelta Mart adds hotline signs\n\nBy Ray Cole\n\nCLAR"
            "KSDALE - Delta Mart Stores, the owner of 18 gas stations across th"
            "e Delta, has trained its clerks to recognize the signs of human tr"
            "afficking.\n\nDelta Mart also put signs with the National Human Tr"
            "afficking Hotline, 1-888-373-7888, in the restrooms of its 18 stor"
            "es.\n\nCoahoma County Sheriff Charles Jones said he was pleased.\n"
        ),
        "https://www.deltanews.example.com/news/delta-mart",
        _NO,
        id="biz_owner_of_its_stores",
    ),
    pytest.param(
        (
            "Buffalo County Sheriff's Office\nNews Release\n\nSheriff's Office "
            "places hotline stickers at truck stops\n\nKEARNEY - Sandhills Fuel"
            " Stops, a family-owned chain of nine truck stops along Interstate "
            "80, agreed to take part.\n\nThe Buffalo County Sheriff's Office pu"
            "t stickers with the National Human Trafficking Hotline, 1-888-373-"
            "7888, in the restrooms of all nine Sandhills stores this month.\n"
            "\nSheriff Neil Miller said deputies will visit each store again in"
            " the spring.\n"
        ),
        "https://www.buffalocounty.gov/sheriff/news/sandhills-stickers",
        _YES,
        id="biz_sheriff_puts_up_pos",
    ),
    pytest.param(
        (
            "Story County Sheriff's Office\nNews Release\n\nSheriff and conveni"
            "ence chain hang hotline posters\n\nAMES - Kwik Corner General Stor"
            "es, a convenience chain with 40 stores in central Iowa, joined the"
            " Sheriff's Office this month.\n\nKwik Corner and the Story County "
            "Sheriff's Office hung posters with the National Human Trafficking "
            "Hotline, 1-888-373-7888, by the register in each store.\n\nSheriff"
            " Ken Ludwig thanked the stores.\n"
        ),
        "https://www.storycounty.gov/sheriff/news/kwik-corner",
        _YES,
        id="biz_name_with_office_pos",
    ),
    pytest.param(
        (
            "Kentucky Attorney General\nPress Release\n\nAttorney General partn"
            "ers with Harlan Oil on hotline posters\n\nFRANKFORT - Attorney Gen"
            "eral Russell Coleman announced that his office partnered with Harl"
            "an Oil, owner of 12 convenience stores in eastern Kentucky.\n\nThe"
            " Attorney General's Office delivered posters with the National Hum"
            "an Trafficking Hotline, 1-888-373-7888, to every Harlan Oil regist"
            'er this week.\n\n"Every store can help," Coleman said.\n'
        ),
        "https://www.ag.ky.gov/news/harlan-oil",
        _YES,
        id="biz_ag_partner_pos",
    ),
    pytest.param(
        (
            "Ames Police Department\nNews Release\n\nPolice deliver hotline pos"
            "ters to stores\n\nThe Ames Police Department delivered posters wit"
            "h the National Human Trafficking Hotline, 1-888-373-7888, to Kwik "
            "Corner, a convenience chain with 40 stores in central Iowa, and to"
            " five motels on Lincoln Way.\n\nOfficers also trained cashiers to "
            "recognize human trafficking.\n"
        ),
        "https://www.cityofames.org/police/news/posters",
        _YES,
        id="biz_police_deliver_pos",
    ),
    pytest.param(
        (
            "Ottumwa Courier\n\nWalkers circle courthouse square to raise aware"
            "ness of human trafficking\n\nBy Jen Price\n\nOTTUMWA - About 200 p"
            "eople walked around the courthouse square Saturday in the fifth an"
            "nual Walk for Freedom, organized by Hope Rising, a nonprofit that "
            "serves survivors of human trafficking.\n\nHope Rising volunteers h"
            "anded out cards with the National Human Trafficking Hotline, 1-888"
            "-373-7888.\n\nOttumwa police officers closed the streets for the w"
            "alk.\n"
        ),
        "https://www.ottumwacourier.example.com/news/walk-for-freedom",
        _NO,
        id="ev_walkers",
    ),
    pytest.param(
        (
            "Lakes News\n\nRunners hit the trail for trafficking awareness\n\nB"
            "y Sam Roe\n\nSPIRIT LAKE - More than 300 runners took part Saturda"
            "y in the Freedom 5K, hosted by Safe Harbor Ministries, a nonprofit"
            " that helps survivors of human trafficking.\n\nThe ministry's volu"
            "nteers gave each runner a card with the National Human Trafficking"
            " Hotline, 1-888-373-7888.\n\nDickinson County deputies directed tr"
            "affic at the start.\n"
        ),
        "https://www.lakesnews.example.com/news/freedom-5k",
        _NO,
        id="ev_runners",
    ),
    pytest.param(
        (
            "Valley Times\n\nRiders roll through the valley to raise awareness "
            "of human trafficking\n\nBy Al Grant\n\nYAKIMA - About 150 motorcyc"
            "les rode 60 miles Sunday in the Ride for Freedom, organized by Iro"
            "n Guardians, a nonprofit motorcycle club that supports survivors o"
            "f human trafficking.\n\nClub members handed out cards with the Nat"
            "ional Human Trafficking Hotline, 1-888-373-7888, at every stop.\n"
            "\nYakima County sheriff's deputies escorted the riders.\n"
        ),
        "https://www.valleytimes.example.com/news/freedom-ride",
        _NO,
        id="ev_riders",
    ),
    pytest.param(
        (
            "Prairie Post\n\nCyclists pedal 50 miles to raise awareness of traf"
            "ficking\n\nBy Kim Lutz\n\nSALINA - Forty cyclists rode from Salina"
            " to Abilene on Saturday in the Pedal for Freedom, organized by the"
            " Kansas Freedom Network, a nonprofit coalition.\n\nNetwork volunte"
            "ers handed out cards with the National Human Trafficking Hotline, "
            "1-888-373-7888, along the route.\n\nSalina police escorted the cyc"
            "lists out of town.\n"
        ),
        "https://www.prairiepost.example.com/news/pedal",
        _NO,
        id="ev_cyclists",
    ),
    pytest.param(
        (
            "River Bend Gazette\n\nMarchers carry signs to raise awareness of h"
            "uman trafficking\n\nBy Dee Moss\n\nNATCHEZ - About 80 people march"
            "ed along the bluff Saturday in a rally organized by Open Door Mini"
            "stries, a nonprofit that runs a shelter for survivors.\n\nThe mini"
            "stry's volunteers handed out cards with the National Human Traffic"
            "king Hotline, 1-888-373-7888.\n\nThe mayor spoke at the end of the"
            " march.\n"
        ),
        "https://www.riverbend.example.com/news/march",
        _NO,
        id="ev_marchers",
    ),
    pytest.param(
        (
            "Dickinson County Sheriff's Office\nNews Release\n\nSheriff's Offic"
            "e hosts walk to raise awareness of human trafficking\n\nSPIRIT LAK"
            "E - The Dickinson County Sheriff's Office held its first awareness"
            " walk Saturday around the lake.\n\nDeputies handed out cards with "
            "the National Human Trafficking Hotline, 1-888-373-7888, to every w"
            "alker.\n\nSheriff Greg Baloun thanked the 150 walkers who came.\n"
        ),
        "https://www.dickinsoncounty.gov/sheriff/news/walk",
        _YES,
        id="ev_sheriff_walk_pos",
    ),
    pytest.param(
        (
            "Salina Police Department\nNews Release\n\nRunners join police 5K f"
            "or trafficking awareness\n\nSALINA - The Salina Police Department "
            "held a 5K run Saturday to raise awareness of human trafficking.\n"
            "\nOfficers gave every runner a card with the National Human Traffi"
            "cking Hotline, 1-888-373-7888, and the department's own tip line."
            "\n\nChief Brad Nelson thanked the runners.\n"
        ),
        "https://www.salinaks.gov/police/news/5k",
        _YES,
        id="ev_police_run_pos",
    ),
    pytest.param(
        (
            "Plains Ledger\n\nStudy: stickers and calls\n\nBy Ana Ruiz\n\nLINCO"
            "LN - Trafficking hotline stickers in truck stop restrooms may be d"
            "oing more than filling wall space, according to a new study by two"
            " University of Nebraska economists.\n\nTheir analysis of eight yea"
            "rs of call data found that calls rose in counties with more sticke"
            "rs.\n\nThe paper will appear in a journal next year.\n"
        ),
        "https://www.plainsledger.example.com/news/study-stickers",
        _NO,
        id="st_according_new_study",
    ),
    pytest.param(
        (
            "Prairie Daily\n\nHotline posters tied to more tips\n\nBy Cal Moe\n"
            "\nMANHATTAN - Hotline posters in bus stations are associated with "
            "more tips to the National Human Trafficking Hotline, according to "
            "research published this month by two sociologists at Kansas State "
            "University.\n\nThe authors compared call counts before and after e"
            "ach state's posting law took effect.\n"
        ),
        "https://www.prairiedaily.example.com/news/posters-research",
        _NO,
        id="st_according_research",
    ),
    pytest.param(
        (
            "Metro Beat\n\nDo hotline posters work?\n\nBy Lin Wu\n\nCOLUMBUS - "
            "Posters with the trafficking hotline number led to more calls from"
            " truck stops, according to an analysis by Ohio State University pu"
            "blic health researchers.\n\nThe analysis used ten years of call da"
            "ta.\n"
        ),
        "https://www.metrobeat.example.com/news/poster-analysis",
        _NO,
        id="st_according_analysis",
    ),
    pytest.param(
        (
            "Capitol News\n\nPosters and calls\n\nBy Jay Bell\n\nAUSTIN - Traff"
            "icking hotline posters in Texas rest areas may have lifted calls b"
            "y a fifth, according to a working paper from economists at the Uni"
            "versity of Texas.\n\nThe authors caution that the data cannot say "
            "why.\n"
        ),
        "https://www.capitolnews.example.com/news/paper",
        _NO,
        id="st_according_working_paper",
    ),
    pytest.param(
        (
            "Southern News\n\nStudy finds posting laws matter\n\nBy Eve Hart\n"
            "\nATLANTA - Hotline posters in Georgia bars and hotels were follow"
            "ed by more calls to the National Human Trafficking Hotline, accord"
            "ing to the study, released Tuesday by Georgia State University.\n"
            "\nThe researchers looked at five years of call data.\n"
        ),
        "https://www.southernnews.example.com/news/study",
        _NO,
        id="st_according_the_study",
    ),
    pytest.param(
        (
            "Polk County Sheriff's Office\nNews Release\n\nDeputies put up hotl"
            "ine posters at truck stops\n\nDeputies put up posters with the Nat"
            "ional Human Trafficking Hotline, 1-888-373-7888, at 40 truck stops"
            " this month, according to the Sheriff's Office.\n\nSheriff Pat Jud"
            "d said deputies will return in the spring.\n"
        ),
        "https://www.polkcounty.gov/sheriff/news/posters",
        _YES,
        id="st_office_according_pos",
    ),
    pytest.param(
        (
            "Oklahoma State Department of Health\nNews Release\n\nHealth depart"
            "ment hangs hotline posters in clinics\n\nAfter a study found hotli"
            "ne posters led to more calls, the Oklahoma State Department of Hea"
            "lth hung posters with the National Human Trafficking Hotline, 1-88"
            "8-373-7888, in every county clinic this month.\n\nCommissioner Kei"
            "th Reed said the posters cost little.\n"
        ),
        "https://www.health.ok.gov/news/posters",
        _YES,
        id="st_dept_after_study_pos",
    ),
    pytest.param(
        (
            "Texas Department of Transportation\nNews Release\n\nRest areas to "
            "carry hotline posters\n\nAUSTIN - Hotline posters in rest areas ma"
            "y lift calls, according to a study by UT economists, and the Texas"
            " Department of Transportation will now hang posters with the Natio"
            "nal Human Trafficking Hotline, 1-888-373-7888, in all 80 rest area"
            "s.\n\nThe posters go up in March.\n"
        ),
        "https://www.dot.state.tx.us/news/rest-areas",
        _YES,
        id="st_according_then_dept_pos",
    ),
    pytest.param(
        (
            "Sussex County Health Department\nHome | Services | Environmental H"
            "ealth | Human Trafficking Resources | News\n\nNews Release - May 1"
            ", 2025\n\nFood vendors reminded of required signs\n\nGEORGETOWN - "
            "The Health Department reminds food vendors of the signs state law "
            "requires before the summer season.\n\nEvery licensed food facility"
            " must display:\n- Its current license\n- The choking first aid pos"
            "ter\n- Handwashing signs at each sink\n\nInspectors will begin vis"
            "its the week of May 12.\n"
        ),
        "https://www.countyhealth.example.gov/news/food-postings",
        _NO,
        id="menu_food_postings",
    ),
    pytest.param(
        (
            "Dover Police Department\nHome | Patrol | Report Human Trafficking "
            "| Hotline | Contact\n\nNews Release\n\nStreet sweeping posters go "
            "up downtown\n\nThe Dover Police Department put up posters downtown"
            " this week reminding drivers of the new street sweeping schedule. "
            "Cars left on Loockerman Street on Tuesday mornings will be tickete"
            "d.\n"
        ),
        "https://www.cityofdover.example.gov/police/news/parking",
        _NO,
        id="menu_parking",
    ),
    pytest.param(
        (
            "Dover Police Department\nHome | Patrol | Report Human Trafficking "
            "| Contact\n\nNews Release\n\nOfficers deliver hotline posters to m"
            "otels\n\nDover police officers delivered posters with the National"
            " Human Trafficking Hotline, 1-888-373-7888, to every motel on Rout"
            "e 13 this week.\n"
        ),
        "https://www.cityofdover.example.gov/police/news/motels",
        _YES,
        id="menu_outreach_pos",
    ),
    pytest.param(
        (
            "Sussex County Health Department\nHome | Services | Environmental H"
            "ealth | Human Trafficking Resources | News\n\nNews Release - May 1"
            ", 2025\n\nInspectors bring hotline posters to restaurants\n\nGEORG"
            "ETOWN - Health Department inspectors will hand every restaurant a "
            "poster with the National Human Trafficking Hotline, 1-888-373-7888"
            ", during this summer's inspections.\n"
        ),
        "https://www.countyhealth.example.gov/news/trafficking-posters",
        _YES,
        id="menu_food_pos",
    ),
    pytest.param(
        (
            "Lakeshore Times\n\nMotel owner hangs hotline posters in every room"
            "\n\nBy Pat Lowe\n\nSANDUSKY - Bayview Motor Inn, a 40-room motel n"
            "ear Cedar Point, has hung posters with the National Human Traffick"
            "ing Hotline, 1-888-373-7888, in every guest room.\n\nOwner Raj Pat"
            "el said he also trained his housekeepers to recognize human traffi"
            "cking. Sandusky police said they support the effort.\n"
        ),
        "https://www.lakeshoretimes.example.com/news/motel-posters",
        _NO,
        id="biz_owner_headline",
    ),
    pytest.param(
        (
            "Erie County Sheriff's Office\nNews Release\n\nMotel owners trained"
            " by deputies to spot trafficking\n\nSANDUSKY - Erie County Sheriff"
            "'s deputies trained 30 motel owners and managers on Tuesday to rec"
            "ognize human trafficking and gave each motel posters with the Nati"
            "onal Human Trafficking Hotline, 1-888-373-7888.\n\nSheriff Paul Si"
            "gsworth said deputies will visit the motels again this summer.\n"
        ),
        "https://www.eriecounty.gov/sheriff/news/motel-training",
        _YES,
        id="biz_owners_trained_by_deputies_pos",
    ),
    pytest.param(
        (
            "River Region News\n\nKayakers paddle the Alabama River to raise aw"
            "areness of trafficking\n\nBy Bo Dunn\n\nSELMA - About 60 kayakers "
            "paddled six miles Saturday in the Paddle for Freedom, organized by"
            " Bridge of Hope, a Selma nonprofit that supports survivors of huma"
            "n trafficking.\n\nBridge of Hope volunteers handed out cards with "
            "the National Human Trafficking Hotline, 1-888-373-7888, at the lan"
            "ding.\n\nDallas County deputies provided a rescue boat.\n"
        ),
        "https://www.riverregion.example.com/news/kayak",
        _NO,
        id="ev_kayakers",
    ),
    pytest.param(
        (
            "New Mexico Department of Transportation\nNews Release\n\nDepartmen"
            "t hangs hotline posters at rest areas\n\nSANTA FE - The New Mexico"
            " Department of Transportation hung posters with the National Human"
            " Trafficking Hotline, 1-888-373-7888, in all 20 rest areas this we"
            "ek.\n\nSecretary Ricky Serna said drivers and truckers see the pos"
            "ters every day.\n"
        ),
        "https://www.dot.state.nm.us/news/posters",
        _YES,
        id="st_study_headline_label_pos",
    ),
]


@pytest.mark.parametrize(("text", "url", "expected"), CASES)
def test_r67_promotes(text: str, url: str, expected: tuple[bool, bool, bool]) -> None:
    assert campaign_record(text, url) == expected


def _case(name: str) -> tuple[str, str | None]:
    return case_text_url(CASES, name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("biz_dateline_short", "a business's own effort (its sentence's subject), no office's"),
        ("biz_owner_of", "a business's own effort (its sentence's subject), no office's"),
        ("ev_kayakers", "a non-government organisation's own effort (its sentence's subject)"),
        ("menu_food_postings", "trafficking named only in the site's menus, no effort about it"),
        ("st_according_new_study", "no outreach effort"),
        ("st_according_the_study", "no outreach effort"),
    ],
)
def test_r67_reason(name: str, reason: str) -> None:
    from hotline_watch.coding import explain

    text, url = _case(name)
    assert explain(text, url=url)["top_campaign_cue"].startswith(reason)


def test_r67_office_evidence_is_its_own_posters() -> None:
    from conftest import evidence_quote

    text, url = _case("biz_sheriff_puts_up_pos")
    quote = evidence_quote(text, "promotes_hotline", url)
    assert quote.startswith("Sheriff's Office places hotline stickers")
