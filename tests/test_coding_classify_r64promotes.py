"""Round 64 (issue 14r64-promotes): an office's standing line after an unrelated release, a
business named with its appositive, and what is left (a legislator's letter).

Wordings of our own (both sides), each asserting (promotes_hotline, campaign, footer_only):

* the office's standing trafficking line closing a release about another matter (a transit
  detour, library hours, parade closures, snow removal, a burn ban), its close the site's
  chrome with a "sign-up" link (a verb, no sign) or a signature on a grid address ("50 E. 2nd
  North", "3330 South 1300 East"): a footer; near misses: the office's own cards and posters
  under the same chrome or signature.
* a business named with an appositive ("Mesquite Fuel Stops, a family-owned chain of 14 truck
  stops, has trained ...") and referred to again by that name ("Mesquite Fuel Stops trains
  cashiers ..."): the business's own effort; near misses: an office partnering with, launching
  with or delivering to the named chain, a sheriff "a former restaurant owner", a chief "a
  member of the business community".
* a legislator's letter about the hotline's funding whose history ("Since its launch in 2007")
  was read as a launch (a strict xfail until round 66 read "since" as a history).
"""

from __future__ import annotations

import pytest

from conftest import campaign_record

CASES = [
    pytest.param(
        (
            "Lakeside Area Transit\nRoutes | Fares | News\n\nRoute 4 detour for br"
            "idge repairs\n\nMay 4, 2026\n\nLAKESIDE - Beginning Monday, Lakeside A"
            "rea Transit Route 4 buses will detour around the Elm Street bridge"
            " repairs.\n\nTemporary stops will be posted at Oak and Third. Riders"
            " can call Customer Service at 555-210-3300.\n\nLakeside Area Transit"
            " reminds riders: If you or someone you know is being forced to wor"
            "k or trade sex, call the National Human Trafficking Hotline at 1-8"
            "88-373-7888.\n\n###\n\nLakeside Area Transit | 40 Harbor Street, Lakes"
            "ide, MI 49116\nFacebook | X | Rider Alerts sign-up\n"
        ),
        (False, False, True),
        id="transit_detour_reminds_signup",
    ),
    pytest.param(
        (
            "Carver County Library\nCatalog | Events | News\n\nLibrary hours chang"
            "e for summer\n\nMay 4, 2026\n\nThe Carver County Library will open at "
            "9 a.m. on weekdays starting June 1.\n\nQuestions about the new hours"
            " may be directed to the front desk at 555-448-1200.\n\nCarver County"
            " Library reminds patrons: If you or someone you know is being forc"
            "ed to work, call the National Human Trafficking Hotline at 1-888-3"
            "73-7888.\n\n###\n\nSign up for our newsletter | Follow us on Facebook\n"
        ),
        (False, False, True),
        id="library_hours_signup",
    ),
    pytest.param(
        (
            "City of Rock Springs\nNews Flash - Police Department\n\nParade street"
            " closures\n\nMay 4, 2026\n\nROCK SPRINGS - The Rock Springs Police Dep"
            "artment reminds residents of street closures for the Fourth of Jul"
            "y parade.\n\nNo parking will be allowed on the parade route after 7 "
            "a.m.\n\nFor questions, call the Police Department non-emergency line"
            " at 555-872-0555.\n\nRock Springs Police Department - Human Traffick"
            "ing Hotline: 1-888-373-7888 | Text 233733\n\nChief Ann Holloway\nRock"
            " Springs Police Department | 221 C Street, Rock Springs, WY 82901\n"
        ),
        (False, False, True),
        id="police_parade_grid_address",
    ),
    pytest.param(
        (
            "City of Green Valley\nNews Flash - Police Department\n\nRodeo parade "
            "closures\n\nMay 4, 2026\n\nGREEN VALLEY - The Green Valley Police Depa"
            "rtment reminds residents of street closures for the rodeo parade o"
            "n Saturday.\n\nPlease keep children back from the curb.\n\nFor questio"
            "ns, call the non-emergency line at 555-872-0100.\n\nGreen Valley Pol"
            "ice Department - Human Trafficking Hotline: 1-888-373-7888 | Text "
            "233733\n\nChief Tom Reyes\nGreen Valley Police Department | 50 E. 2nd"
            " North, Green Valley, WY 82935\n"
        ),
        (False, False, True),
        id="police_parade_grid_north",
    ),
    pytest.param(
        (
            "Millcreek City\nNews\n\nSnow removal on residential streets\n\nMay 4, 2"
            "026\n\nMILLCREEK - Millcreek City crews will plow residential street"
            "s after the arterials are clear.\n\nPlease move vehicles off the str"
            "eet during storms. Report missed streets to Public Works at 555-33"
            "0-1200.\n\nMillcreek City Police Department - Human Trafficking Hotl"
            "ine: 1-888-373-7888\n\nMillcreek City Police Department | 3330 South"
            " 1300 East, Millcreek, UT 84106\n"
        ),
        (False, False, True),
        id="snow_removal_grid_south_west",
    ),
    pytest.param(
        (
            "Cache County Sheriff's Office\nNews\n\nBurn ban lifted\n\nMay 4, 2026\n\n"
            "The Cache County Sheriff's Office announces the county burn ban is"
            " lifted effective Friday.\n\nResidents must still call dispatch at 5"
            "55-753-3587 before burning.\n\nHuman trafficking is a crime. To repo"
            "rt a tip, call the National Human Trafficking Hotline at 1-888-373"
            "-7888.\n\nCache County Sheriff's Office | 1225 West 200 North, Logan"
            ", UT 84321\n"
        ),
        (False, False, True),
        id="sheriff_burnban_grid_west",
    ),
    pytest.param(
        (
            "Lakeside Area Transit\nRoutes | Fares | News\n\nTransit puts traffick"
            "ing hotline cards on every bus\n\nMay 4, 2026\n\nLAKESIDE - Lakeside A"
            "rea Transit has placed cards with the National Human Trafficking H"
            "otline, 1-888-373-7888, on every bus and trained its drivers to re"
            "cognize the signs of human trafficking.\n\nThe cards will stay up th"
            "rough January, Human Trafficking Awareness Month.\n\n###\n\nLakeside A"
            "rea Transit | 40 Harbor Street, Lakeside, MI 49116\nFacebook | X | "
            "Rider Alerts sign-up\n"
        ),
        (True, True, False),
        id="transit_cards_on_buses_signup",
    ),
    pytest.param(
        (
            "City of Green Valley\nNews Flash - Police Department\n\nPolice delive"
            "r trafficking hotline posters to motels\n\nMay 4, 2026\n\nGREEN VALLEY"
            " - Officers from the Green Valley Police Department visited every "
            "motel in the city this week to deliver posters with the National H"
            "uman Trafficking Hotline, 1-888-373-7888, and to train front desk "
            'staff on the signs of trafficking.\n\n"Everyone can help," Chief Tom'
            " Reyes said.\n\nGreen Valley Police Department | 50 E. 2nd North, Gr"
            "een Valley, WY 82935\n"
        ),
        (True, True, False),
        id="police_posters_grid_north",
    ),
    pytest.param(
        (
            "Cache County Sheriff's Office\nNews\n\nDeputies hand out hotline card"
            "s at truck stops\n\nMay 4, 2026\n\nThe Cache County Sheriff's Office h"
            "anded out wallet cards with the National Human Trafficking Hotline"
            " at three truck stops on Interstate 15 this weekend.\n\nDeputies als"
            "o trained cashiers to spot the signs of human trafficking.\n\nHuman "
            "trafficking is a crime. To report a tip, call the National Human T"
            "rafficking Hotline at 1-888-373-7888.\n\nCache County Sheriff's Offi"
            "ce | 1225 West 200 North, Logan, UT 84321\n"
        ),
        (True, True, False),
        id="sheriff_cards_then_line_grid",
    ),
    pytest.param(
        (
            "Lakeside Area Transit\nRoutes | Fares | News\n\nTransit marks Human T"
            "rafficking Awareness Month\n\nMay 4, 2026\n\nLAKESIDE - Lakeside Area "
            "Transit is marking Human Trafficking Awareness Month with posters "
            "on every bus that give the National Human Trafficking Hotline, 1-8"
            "88-373-7888.\n\nSign up for rider alerts at lakesidetransit.example."
            "org.\n"
        ),
        (True, True, False),
        id="transit_awareness_month_signup",
    ),
    pytest.param(
        (
            "Central Valley Business Journal\nRetail | Energy | Events\n\nMesquite"
            " Fuel Stops trains cashiers to spot trafficking\n\nBy Staff\nOct. 21,"
            " 2025\n\nWACO - Mesquite Fuel Stops, a family-owned chain of 14 truc"
            "k stops, has trained all of its cashiers to recognize signs of hum"
            "an trafficking, the company said Tuesday.\n\nThe company trains ever"
            "y new hire, and it displays the National Human Trafficking Hotline"
            ", 1-888-373-7888, on stickers in every restroom stall.\n\nWaco Mayor"
            " Jan Ortiz attended the opening of its newest store and praised th"
            "e hiring of 40 local workers.\n"
        ),
        (False, False, False),
        id="chain_headline_named_appositive",
    ),
    pytest.param(
        (
            "Central Valley Business Journal\nRetail | Energy | Events\n\nBluebonn"
            "et Inns posts trafficking hotline in every room\n\nBy Staff\nOct. 21,"
            " 2025\n\nAUSTIN - Bluebonnet Inns, an Austin hotel company with nine"
            " properties, has posted the National Human Trafficking Hotline, 1-"
            "888-373-7888, inside every guest room door and trained its houseke"
            "epers to recognize the signs of human trafficking.\n\nBluebonnet Inn"
            "s said the training is now part of every new hire's first week.\n\nT"
            "ravis County Sheriff's Office deputies spoke at the company's annu"
            "al meeting about the local job market.\n"
        ),
        (False, False, False),
        id="hotel_group_named_appositive",
    ),
    pytest.param(
        (
            "Central Valley Business Journal\nRetail | Energy | Events\n\nHarvest "
            "Lane trains cashiers on trafficking signs\n\nBy Staff\nOct. 21, 2025\n"
            "\nFRESNO - Harvest Lane Markets, an employee-owned grocer with 30 s"
            "tores, trains every cashier to spot the signs of human trafficking"
            " and displays the National Human Trafficking Hotline on its restro"
            "om doors.\n\nHarvest Lane Markets trains new hires in their first we"
            "ek, company spokesperson Dee Park said.\n\nFresno Police Chief Tom L"
            "ee attended the store's reopening.\n"
        ),
        (False, False, False),
        id="grocer_named_appositive",
    ),
    pytest.param(
        (
            "Central Valley Business Journal\nRetail | Energy | Events\n\nCasa Ver"
            "de puts hotline stickers in restrooms\n\nBy Staff\nOct. 21, 2025\n\nSAN"
            "TA FE - Casa Verde Group, a restaurant company with 12 locations, "
            "has put stickers with the National Human Trafficking Hotline, 1-88"
            "8-373-7888, in every restroom and trains servers to spot the signs"
            " of trafficking.\n\nThe county commission recognized the company for"
            " 25 years in business.\n"
        ),
        (False, False, False),
        id="restaurant_group_named_appositive",
    ),
    pytest.param(
        (
            "Central Valley Business Journal\nRetail | Energy | Events\n\nSheriff,"
            " truck stop chain team up on trafficking posters\n\nBy Staff\nOct. 21"
            ", 2025\n\nWACO - The McLennan County Sheriff's Office partnered with"
            " Mesquite Fuel Stops, a family-owned chain of 14 truck stops, to p"
            "ut posters with the National Human Trafficking Hotline, 1-888-373-"
            "7888, in every restroom.\n\nDeputies also trained cashiers to recogn"
            "ize the signs of human trafficking.\n"
        ),
        (True, True, False),
        id="sheriff_partners_named_chain",
    ),
    pytest.param(
        (
            "Central Valley Business Journal\nRetail | Energy | Events\n\nAttorney"
            " General launches hotline campaign at travel centers\n\nBy Staff\nOct"
            ". 21, 2025\n\nAUSTIN - Attorney General Dana Reyes launched a campai"
            "gn with Mesquite Fuel Stops, a travel center chain, placing the Na"
            "tional Human Trafficking Hotline, 1-888-373-7888, on restroom mirr"
            "ors.\n\nThe Attorney General's office will train cashiers at every l"
            "ocation to recognize the signs of trafficking.\n"
        ),
        (True, True, False),
        id="ag_with_named_chain",
    ),
    pytest.param(
        (
            "Central Valley Business Journal\nRetail | Energy | Events\n\nSheriff "
            "hands out trafficking hotline cards\n\nBy Staff\nOct. 21, 2025\n\nBELTO"
            "N - Sheriff Dale Pruitt, a former restaurant owner, handed out wal"
            "let cards with the National Human Trafficking Hotline, 1-888-373-7"
            "888, at truck stops along Interstate 35 on Tuesday.\n\nSheriff Dale "
            "Pruitt said deputies will train cashiers to recognize the signs of"
            " trafficking next month.\n"
        ),
        (True, True, False),
        id="sheriff_former_restaurant_owner",
    ),
    pytest.param(
        (
            "Central Valley Business Journal\nRetail | Energy | Events\n\nPolice d"
            "eliver hotline posters to truck stops\n\nBy Staff\nOct. 21, 2025\n\nTEM"
            "PLE - Temple Police officers delivered posters with the National H"
            "uman Trafficking Hotline, 1-888-373-7888, to Mesquite Fuel Stops, "
            "a family-owned chain of 14 truck stops, and trained its cashiers t"
            "o recognize the signs of trafficking.\n"
        ),
        (True, True, False),
        id="police_deliver_to_named_chain",
    ),
    pytest.param(
        (
            "Central Valley Business Journal\nRetail | Energy | Events\n\nChief tr"
            "ains motel clerks on trafficking\n\nBy Staff\nOct. 21, 2025\n\nKILLEEN "
            "- Chief Ana Ruiz, a member of the business community for years, tr"
            "ained motel clerks to recognize the signs of human trafficking and"
            " handed out posters with the National Human Trafficking Hotline, 1"
            "-888-373-7888.\n\nChief Ana Ruiz said the department will return eac"
            "h quarter.\n"
        ),
        (True, True, False),
        id="member_of_business_not_business",
    ),
    pytest.param(
        (
            "Central Valley Business Journal\nRetail | Energy | Events\n\nTravel c"
            "enter chain puts trafficking hotline in restrooms\n\nBy Staff\nOct. 2"
            "1, 2025\n\nPOTEAU - This week, customers at the Kiamichi Stop travel"
            " center found a sticker on every restroom mirror with the National"
            " Human Trafficking Hotline, 1-888-373-7888.\n\nThe stickers went up "
            "at all 11 Kiamichi Stop locations after a company training on the "
            "signs of trafficking, manager Lee Cobb said.\n\nPoteau Mayor Jo Ann "
            "Hicks attended the store's anniversary event.\n"
        ),
        (False, False, False),
        id="passive_chain_stickers",
    ),
    pytest.param(
        (
            "Bayview University, a private university\nAdmissions | Student Life"
            " | Public Safety\n\nPublic Safety hands out trafficking hotline card"
            "s\n\nMay 4, 2026\n\nBayview University Public Safety handed out cards "
            "with the National Human Trafficking Hotline, 1-888-373-7888, at re"
            "sidence halls this week and trained resident assistants to recogni"
            "ze the signs of trafficking.\n\nBayview University is a private, ind"
            "ependent university.\n"
        ),
        (False, False, False),
        id="private_university_public_safety",
    ),
    pytest.param(
        (
            "Central Valley Business Journal\nRetail | Energy | Events\n\nStudy: t"
            "rafficking hotline posters at truck stops lead to more calls\n\nBy S"
            "taff\nOct. 21, 2025\n\nMANHATTAN - Researchers at a Kansas university"
            " say posters advertising the National Human Trafficking Hotline ap"
            "pear to lead to more calls from truck stops.\n\nThe study compared c"
            "alls to the hotline, 1-888-373-7888, from counties with and withou"
            "t the posters, the researchers said.\n"
        ),
        (False, False, False),
        id="research_posters_study",
    ),
    pytest.param(
        (
            "Congressman Ray Okafor\nNews | Contact\n\nOkafor urges HHS to fully f"
            "und the National Human Trafficking Hotline\n\nMay 4, 2026\n\nWASHINGTO"
            "N - Congressman Ray Okafor sent a letter Thursday urging the Depar"
            "tment of Health and Human Services to fully fund the National Huma"
            "n Trafficking Hotline, 1-888-373-7888.\n\nSince its launch in 2007, "
            "the hotline has identified more than 100,000 cases of human traffi"
            "cking, the letter notes.\n\n###\n"
        ),
        (False, False, False),
        id="congressman_letter_funding",  # round 66: "since its launch" is a history
    ),
    pytest.param(
        (
            "Department of Public Safety\nNews\n\nState launches trafficking hotli"
            "ne campaign\n\nMay 4, 2026\n\nThe Department of Public Safety launched"
            " a statewide campaign Monday placing billboards with the National "
            "Human Trafficking Hotline, 1-888-373-7888, along interstates.\n\n###"
            "\n"
        ),
        (True, True, False),
        id="state_launches_campaign",
    ),
    pytest.param(
        (
            "Eastern Plains University, a public university\nAdmissions | Studen"
            "t Life | Public Safety\n\nCampus Public Safety puts hotline stickers"
            " in restrooms\n\nMay 4, 2026\n\nEastern Plains University Campus Publi"
            "c Safety put stickers with the National Human Trafficking Hotline,"
            " 1-888-373-7888, in every residence hall restroom and trained resi"
            "dent assistants to recognize the signs of trafficking.\n\nEastern Pl"
            "ains University is a public university of the State of Oregon.\n"
        ),
        (True, True, False),
        id="public_university_public_safety",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_r64_promotes(text: str, expected: tuple[bool, bool, bool]) -> None:
    assert campaign_record(text) == expected


def _case(name: str) -> str:
    return next(p.values[0] for p in CASES if p.id == name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("transit_detour_reminds_signup", "hotline in the footer only"),
        ("police_parade_grid_north", "hotline in the footer only"),
        ("chain_headline_named_appositive", "a business's own effort (its sentence's subject)"),
        ("sheriff_partners_named_chain", "campaign giving a trafficking hotline"),
    ],
)
def test_r64_reason(name: str, reason: str) -> None:
    from hotline_watch.coding import explain

    assert explain(_case(name))["top_campaign_cue"].startswith(reason)
