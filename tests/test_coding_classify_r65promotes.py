"""Round 65 (issue 14r65-promotes): whose effort it is: a business named bare as its sentence's
subject, a private college's own safety unit, a public university by its appositive, a transit
agency named "<Place> Metro", a grant for something else.

Wordings of our own (both sides), each asserting (promotes_hotline, campaign, footer_only):

* a business as the bare subject of a headline or a clause ("Kansas truck stop chain trains
  clerks ...", "When Big Sky Travel Plazas opened its new store on U.S. 287 ...", after a
  dateline, past an abbreviation's stop): the business's own effort; near misses: a sheriff
  partnering with a chain, an Attorney General's campaign with one, troopers training truck stop
  employees, a county health department opening a clinic.
* a private college's own unit ("its Department of Public Safety", "the department's crime
  prevention officer", "Campus Police" on its own page): the college's; near misses: a public
  university by its appositive ("BMU, a public university"), one in a state system, a state
  university's police, a town's police department on a private college's page.
* a transit agency by its own name "<Place> Metro": a public office; near misses: a metro area,
  a metro chamber, a private intercity bus company.
* a grant or donation whose sentence names neither trafficking nor a hotline: no effort; near
  misses: a grant paying for hotline posters, an office's grants to fight trafficking.
"""

from __future__ import annotations

import pytest

from conftest import campaign_record

HOT = "the National Human Trafficking Hotline at 1-888-373-7888"

CASES = [
    pytest.param(
        "Plains Herald\nNews | Business\n\nKansas truck stop chain trains clerks t"
        + "o spot trafficking\n\nBy Amy Lund\nMarch 3, 2026\n\nSALINA - Sunflower Fuel"
        + " Stops says all of its clerks finished trafficking training this winte"
        + "r.\n\nThe chain trains every new clerk in the first week and posts "
        + HOT
        + " on signs in each restroom, said owner Dale Pruitt.\n\nSalina City Manag"
        + "er Jo Ames said the stores are good neighbors.\n",
        (False, False, False),
        id="biz_headline_bare",
    ),
    pytest.param(
        "Delta Times\nNews | Business\n\nTravel plaza puts trafficking hotline on "
        + "every mirror\n\nBy Lee Ortiz\nApril 8, 2026\n\nWhen Big Sky Travel Plazas o"
        + "pened its new store on U.S. 287 last month, drivers found a sticker on"
        + " each restroom mirror with "
        + HOT
        + ".\n\nThe company, which runs nine stores in Montana, trains all cashiers"
        + " to recognize the signs of trafficking, said co-owner Rita Hale.\n\nThe "
        + "county commissioner cut the ribbon.\n\nThe Carbon County Sheriff's Office"
        + " announced it will patrol the new lot.\n",
        (False, False, False),
        id="biz_when_opened_abbrev",
    ),
    pytest.param(
        "Valley News\nBusiness\n\nHotel group adds trafficking cards to rooms\n\nMay"
        + " 1, 2026\n\nGRAND ISLAND - When Prairie Rest Hotels reopened its downtow"
        + "n hotel on Sunday, guests found a card in every room with "
        + HOT
        + ".\n\nThe company trains its front desk staff to spot trafficking, a spok"
        + "eswoman said. Mayor Tom Price attended the reopening.\n",
        (False, False, False),
        id="biz_dateline_when",
    ),
    pytest.param(
        "Metro Ledger\nBusiness\n\nTexas grocer chain posts trafficking hotline in"
        + " restrooms\n\nJune 2, 2026\n\nHOUSTON - Lone Star Markets said Monday it h"
        + "as placed posters in all 40 stores with "
        + HOT
        + ".\n\nThe chain trains every cashier on the signs of trafficking, said vi"
        + "ce president Ann Cole. A state representative praised the company.\n",
        (False, False, False),
        id="biz_grocer_headline",
    ),
    pytest.param(
        "Coast Courier\nBusiness\n\nMotel company trains housekeepers on trafficki"
        + "ng\n\nJuly 9, 2026\n\nThe company trains all housekeepers and displays "
        + HOT
        + " at every front desk, said its owner. The police chief said he welcome"
        + "d the step.\n",
        (False, False, False),
        id="biz_motel_company_trains",
    ),
    pytest.param(
        "Sheriff's Office News\n\nSheriff partners with truck stop chain to post "
        + "trafficking hotline\n\nMarch 3, 2026\n\nThe Cedar County Sheriff's Office "
        + "delivered posters with "
        + HOT
        + " to six truck stops this week and trained their cashiers on the signs "
        + "of trafficking, Sheriff Ray Dunn said.\n",
        (True, True, False),
        id="biz_sheriff_partners_chain",
    ),
    pytest.param(
        "Office of the Attorney General\n\nAttorney General launches trafficking "
        + "awareness campaign with travel center chain\n\nApril 2, 2026\n\nAttorney G"
        + "eneral Mia Cole today launched a campaign placing posters with "
        + HOT
        + " in 30 travel centers across the state.\n",
        (True, True, False),
        id="biz_ag_campaign_with_chain",
    ),
    pytest.param(
        "State Patrol News\n\nTruck stop employees learn to spot trafficking\n\nMay"
        + " 5, 2026\n\nTroopers from the Nebraska State Patrol trained 60 truck sto"
        + "p employees on the signs of trafficking and handed out posters with "
        + HOT
        + ".\n",
        (True, True, False),
        id="biz_employees_trained_by_patrol",
    ),
    pytest.param(
        "Health Department News\n\nClinic opens on U.S. 30\n\nMay 5, 2026\n\nWhen the"
        + " Hall County Health Department opened its clinic on U.S. 30 last week,"
        + " staff handed out wallet cards with "
        + HOT
        + " and trained volunteers to recognize the signs of trafficking.\n",
        (True, True, False),
        id="biz_when_county_opened",
    ),
    pytest.param(
        "Marlow College\nAdmission | About\nOffices & Services > Campus Police > "
        + "Human Trafficking\n\nHuman Trafficking Awareness\n\nMarlow College Campus "
        + "Police are committed to your safety.\n\nWarning signs that someone may b"
        + "e trafficked:\n- A partner who controls their phone\n\nIf you or someone "
        + "you know needs help, call "
        + HOT
        + ".\n\nCampus Police officers are available to speak with student clubs ab"
        + "out trafficking.\n\nAbout Marlow\nMarlow College is a private liberal art"
        + "s college in Vermont.\n",
        (False, False, False),
        id="college_private_police_page",
    ),
    pytest.param(
        "Harbor University | News\n\nPublic Safety hands out trafficking hotline "
        + "cards\n\nOctober 1, 2025\n\nNEWPORT - Harbor University, a private univers"
        + "ity on the bay, has added trafficking awareness to the briefings its D"
        + "epartment of Public Safety gives in the residence halls.\n\nOfficers vis"
        + "ited floor meetings, and each student received a card with "
        + HOT
        + '.\n\n"We want them to carry the number," said the department\'s outreach '
        + "coordinator.\n",
        (False, False, False),
        id="college_private_its_dps_cards",
    ),
    pytest.param(
        "Saint Ignatius University\nNews\n\nCampus Safety trains resident assistan"
        + "ts\n\nSeptember 4, 2025\n\nSaint Ignatius University, a Jesuit university "
        + "in Ohio, announced that the Office of Campus Safety trained all reside"
        + "nt assistants on the signs of trafficking and placed stickers with "
        + HOT
        + " in every residence hall.\n",
        (False, False, False),
        id="college_jesuit_office_campus_safety",
    ),
    pytest.param(
        "Holy Cross Hill College News\n\nSafety officers visit residence halls\n\nO"
        + "ctober 4, 2025\n\nThe college's Department of Campus Police visited ever"
        + "y residence hall this month, handing out cards with "
        + HOT
        + ". The department's crime prevention officer also trained resident assi"
        + "stants on the signs of trafficking.\n\nHoly Cross Hill College is a priv"
        + "ate Catholic college in Maine.\n",
        (False, False, False),
        id="college_catholic_department_anaphora",
    ),
    pytest.param(
        "Blue Mountain University\nNews\n\nCampus Public Safety trains RAs, adds h"
        + "otline stickers\n\nSeptember 16, 2025\n\nBlue Mountain University Campus P"
        + "ublic Safety led a training for resident assistants on recognizing hum"
        + "an trafficking.\n\nBMU, a public university in Pendleton, also placed st"
        + "ickers in every residence hall restroom with "
        + HOT
        + ".\n",
        (True, True, False),
        id="college_public_appositive",
    ),
    pytest.param(
        "Riverbend College\nNews\n\nCampus Safety places trafficking hotline stick"
        + "ers\n\nAugust 30, 2025\n\nRiverbend College Campus Safety placed stickers "
        + "with "
        + HOT
        + " in every restroom and trained student workers on the signs of traffic"
        + "king. Riverbend is part of the University System of Georgia.\n",
        (True, True, False),
        id="college_public_system",
    ),
    pytest.param(
        "Marlow College News\n\nTown police hand out hotline cards on campus\n\nOct"
        + "ober 2, 2025\n\nThe Easton Police Department handed out cards with "
        + HOT
        + " to students at the student center and trained resident assistants on "
        + "the signs of trafficking.\n\nMarlow College is a private liberal arts co"
        + "llege.\n",
        (True, True, False),
        id="college_private_town_police",
    ),
    pytest.param(
        "Northfield State University\nNews\n\nUniversity Police hand out trafficki"
        + "ng cards\n\nOctober 2, 2025\n\nNorthfield State University Police handed o"
        + "ut cards with "
        + HOT
        + " at orientation and trained resident assistants on the signs of traffi"
        + "cking.\n",
        (True, True, False),
        id="college_state_university_police",
    ),
    pytest.param(
        "Valley Metro\nPlan a Trip | Fares | Safety\n\nHuman Trafficking Awareness"
        + "\n\nValley Metro is working to stop human trafficking on public transpor"
        + "tation. Our bus operators are trained to recognize the signs of traffi"
        + "cking, and awareness posters are displayed on every bus and at every s"
        + "tation.\n\nIf you or someone you know is a victim, call "
        + HOT
        + ".\n",
        (True, True, False),
        id="transit_metro_page",
    ),
    pytest.param(
        "Capitol News\n\nCapital Metro puts trafficking hotline on buses\n\nJanuary"
        + " 11, 2026\n\nAUSTIN - Capital Metro has placed posters with "
        + HOT
        + " on all of its buses and trained its operators on the signs of traffic"
        + "king, a spokesperson said.\n",
        (True, True, False),
        id="transit_metro_news",
    ),
    pytest.param(
        "Heartland Times\n\nMotel owners trained by nonprofit\n\nJanuary 11, 2026\n\n"
        + "Kansas City Metro area motel owners attended a training by the nonprof"
        + "it Safe Haven Alliance, which handed out posters with "
        + HOT
        + ".\n\nSafe Haven Alliance is a nonprofit organization.\n",
        (False, False, False),
        id="transit_metro_area_not_agency",
    ),
    pytest.param(
        "Prairie Coach Lines, a private intercity bus company, has posted "
        + HOT
        + " on all of its coaches and trained its drivers on the signs of traffic"
        + "king, the company said.\n",
        (False, False, False),
        id="transit_private_line",
    ),
    pytest.param(
        "Plains Ledger\n\nOld motels shine again for the centennial\n\nJune 2, 2026"
        + "\n\nELK CITY - Owners along the highway have restored a dozen motor cour"
        + "ts this year. State tourism grants have helped pay for neon signs and "
        + "new facades.\n\nSome of the motels became weekly rentals in the 2000s an"
        + "d a few drew police attention. The state's calls to "
        + HOT
        + ' rose through those years, local officials say.\n\n"It feels alive again'
        + '," one owner said.\n',
        (False, False, False),
        id="grant_tourism_passing",
    ),
    pytest.param(
        "Lake Courier\n\nDiner reopens after fire\n\nMay 2, 2026\n\nA city grant and "
        + "donations from neighbors helped the Lakeview Diner reopen Monday.\n\nThe"
        + " diner's former owner once called "
        + HOT
        + " about a worker years ago, police said.\n",
        (False, False, False),
        id="grant_donation_passing",
    ),
    pytest.param(
        "Department of Transportation News\n\nGrant puts trafficking hotline in r"
        + "est areas\n\nJune 2, 2026\n\nA state grant from the Department of Transpor"
        + "tation paid for posters with "
        + HOT
        + " in every rest area, and the department trained its staff on the signs"
        + " of trafficking.\n",
        (True, True, False),
        id="grant_for_hotline_posters",
    ),
    pytest.param(
        "Office of the Governor\n\nGovernor awards grants to fight human traffick"
        + "ing\n\nJune 2, 2026\n\nGovernor Ann Lee today awarded $2 million in grants"
        + " to fight human trafficking, including funding for billboards with "
        + HOT
        + " along the interstates.\n",
        (True, True, False),
        id="grant_office_awards_trafficking",
    ),
    pytest.param(
        "Hill Country Times\nBusiness\n\nFuel stop adds trafficking stickers\n\nMarc"
        + "h 9, 2026\n\nJUNCTION - Hill Country Fuel Stops opened a store on U.S. 8"
        + "3 on Friday. customers there will find a sticker on each mirror with "
        + HOT
        + ".\n\nThe company trains every clerk on the signs of trafficking, its own"
        + "er said. The county judge spoke at the opening.\n",
        (False, False, False),
        id="biz_abbrev_no_when",
    ),
    pytest.param(
        "Ashby College\nCampus Police\n\nHuman Trafficking\n\nAshby College, a priva"
        + "te college in Massachusetts, wants every student to know the signs of "
        + "trafficking.\n\nCall "
        + HOT
        + " for help.\n\nContact the department's crime prevention officer to sched"
        + "ule a training for your club.\n",
        (False, False, False),
        id="college_private_contact_department",
    ),
    pytest.param(
        "Harlan Valley College\nNews\n\nCampus Security trains staff\n\nAugust 1, 20"
        + "25\n\nHarlan Valley College, a public community college in Kentucky, sai"
        + "d its Campus Security trained all staff on the signs of trafficking an"
        + "d posted "
        + HOT
        + " in every restroom.\n",
        (True, True, False),
        id="college_public_community_college",
    ),
    pytest.param(
        "Business Journal\n\nChamber hosts trafficking training\n\nMarch 1, 2026\n\nT"
        + "he Denver Metro Chamber of Commerce hosted a training for hotel manage"
        + "rs on the signs of trafficking and handed out posters with "
        + HOT
        + ". The chamber is a nonprofit association.\n",
        (False, False, False),
        id="transit_metro_chamber",
    ),
    pytest.param(
        "Ridge Metro\nRider News\n\nRidge Metro adds trafficking posters at statio"
        + "ns\n\nFebruary 3, 2026\n\nRidge Metro placed posters with "
        + HOT
        + " at all 20 rail stations and trained station agents on the signs of tr"
        + "afficking.\n",
        (True, True, False),
        id="transit_metro_airport_authority_name",
    ),
    pytest.param(
        "Town Crier\n\nPark gets new playground\n\nMay 3, 2026\n\nDonations from the "
        + "Rotary Club helped build a new playground at Elm Park, the parks direc"
        + "tor said.\n\nA sign near the gate lists "
        + HOT
        + " among other numbers.\n",
        (False, False, False),
        id="grant_foundation_other",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_r65_promotes(text: str, expected: tuple[bool, bool, bool]) -> None:
    assert campaign_record(text) == expected


def _case(name: str) -> str:
    return next(p.values[0] for p in CASES if p.id == name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("biz_headline_bare", "a business's own effort (its sentence's subject)"),
        ("biz_when_opened_abbrev", "a business's own effort (its sentence's subject)"),
        ("college_private_its_dps_cards", "no public office acting"),
        ("college_private_police_page", "no public office acting"),
        ("grant_tourism_passing", "a grant for something else"),
        ("biz_sheriff_partners_chain", "campaign giving a trafficking hotline"),
    ],
)
def test_r65_reason(name: str, reason: str) -> None:
    from hotline_watch.coding import explain

    assert explain(_case(name))["top_campaign_cue"].startswith(reason)


def test_r65_evidence_names_the_acting_office() -> None:
    from conftest import evidence_quote

    assert "Valley Metro" in evidence_quote(_case("transit_metro_page"), "campaign")
    assert "public university" in evidence_quote(_case("college_public_appositive"), "campaign")
