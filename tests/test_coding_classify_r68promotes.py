"""Round 68 (issue 14r68-promotes): a nonprofit's volunteers at fairs and walks, again.

Wordings of our own (both sides), each asserting (promotes_hotline, campaign, footer_only):

* fr: a place or time fronted before the organisation's people as subject ("At the Kansas State
  Fair, volunteers hand out ...", "BILLINGS - Outside the State Fair arena, church volunteers
  ..."): the place ("State Fair") is where, not who; near misses: deputies, a Sheriff's Office's
  volunteers, a police department after the same kind of fronted place.
* booth: a headline's bare event noun as subject ("Fair booth teaches visitors ...", "Festival
  table shows ...", "Fair tent asks ..."); near miss: a health department's booth.
* it: "it" / "they" opening a sentence right after one whose subject is the organisation ("The
  alliance, founded in 2020, has about 30 volunteers. It plans training sessions ..."): the
  identity chain is the pronoun -> the previous sentence's subject -> the nonprofit the text
  introduces; near misses: "it" after a sheriff's office or a police department as subject.
* office: an office that only attends, speaks, closes a street or lends a table; near misses:
  an office that partners, runs its own booth, or hands out the cards itself.
"""

from __future__ import annotations

import pytest

from conftest import campaign_record

_NO = (False, False, False)
_YES = (True, True, False)
_URL = "https://www.valleyherald.example.com/news/2026/02/01/story"

CASES = [
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nAt the Kansas State Fair, volunteers hand"
            " out a card few want to need\n\nBy Ann Reese\nFeb. 1, 2026\n\nSALINA - Volunteers fro"
            "m Prairie Hope, a Salina nonprofit that supports survivors of trafficking, spent"
            " a week at the Kansas State Fair. State Patrol troopers directed traffic at the "
            "gates.\n\nThe group's cards carry its own support line and the National Human Traf"
            "ficking Hotline, 1-888-373-7888.\n\nThe group's director, Mara Quist, said three p"
            "eople asked for help.\n"
        ),
        _NO,
        id="fr_fair_volunteers",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nDuring the Freedom Walk, members hand out"
            " hotline cards\n\nBy Ann Reese\nFeb. 1, 2026\n\nDUBOIS - About 90 people walked Satur"
            "day in a walk organized by the Wind River Freedom Coalition, a nonprofit. Town p"
            "olice officers closed Main Street.\n\nDuring the walk, members handed out cards wi"
            "th the National Human Trafficking Hotline, 1-888-373-7888.\n\nTown police closed M"
            "ain Street for an hour.\n"
        ),
        _NO,
        id="fr_during_members",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nOutside the State Fair arena, church volu"
            "nteers offer a number to call\n\nBy Ann Reese\nFeb. 1, 2026\n\nBILLINGS - Outside the"
            " arena, church volunteers handed out wallet cards with the National Human Traffi"
            "cking Hotline, 1-888-373-7888, before Saturday's rodeo.\n\nThe volunteers belong t"
            "o Grace Ministry, a nonprofit outreach of three congregations.\n\nThe ministry pla"
            "ns to return for the spring show.\n"
        ),
        _NO,
        id="fr_outside_church",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nNonprofit brings trafficking cards to the"
            " fairgrounds\n\nBy Ann Reese\nFeb. 1, 2026\n\nIn the exhibit hall, its volunteers han"
            "d out cards with the National Human Trafficking Hotline, 1-888-373-7888.\n\nHarbor"
            " Light Alliance, a nonprofit in Bend, has run the booth since 2022.\n\nThe allianc"
            "e relies on donations.\n"
        ),
        _NO,
        id="fr_in_town_its",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nAt the county fair, deputies hand out hot"
            "line cards\n\nBy Ann Reese\nFeb. 1, 2026\n\nSALINA - At the county fair, Saline Count"
            "y Sheriff's deputies handed out cards with the National Human Trafficking Hotlin"
            "e, 1-888-373-7888.\n\nSheriff Roger Soldan said the office will be at the fair all"
            " week.\n"
        ),
        _YES,
        id="fr_deputies_pos",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nAt the fair, Sheriff's Office volunteers "
            "hand out hotline cards\n\nBy Ann Reese\nFeb. 1, 2026\n\nSALINA - At the fair, Sheriff"
            "'s Office volunteers handed out cards with the National Human Trafficking Hotlin"
            "e, 1-888-373-7888.\n\nSheriff Roger Soldan said his office wants every fairgoer to"
            " know the number.\n"
        ),
        _YES,
        id="fr_office_volunteers_pos",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nPolice department hands out trafficking h"
            "otline cards\n\nBy Ann Reese\nFeb. 1, 2026\n\nAt the station, the Dover Police Depart"
            "ment handed out cards with the National Human Trafficking Hotline, 1-888-373-788"
            "8, to visitors.\n\nChief Tom Bell said officers will also visit motels.\n"
        ),
        _YES,
        id="fr_at_police_hq_pos",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nFair booth teaches visitors the signs of "
            "trafficking\n\nBy Ann Reese\nFeb. 1, 2026\n\nPALMER - The Birch Light Network, a Wasi"
            "lla nonprofit, is running its booth at the Alaska State Fair again. Its voluntee"
            "rs hand out wallet cards with the National Human Trafficking Hotline, 1-888-373-"
            "7888.\n\nThe group relies on donations.\n"
        ),
        _NO,
        id="booth_headline_fair",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nFestival table shows visitors where to ca"
            "ll for help\n\nBy Ann Reese\nFeb. 1, 2026\n\nEUGENE - Willamette Freedom Project, a n"
            "onprofit that supports survivors, set up a table at the street festival. Its mem"
            "bers handed out cards with the National Human Trafficking Hotline, 1-888-373-788"
            "8.\n\nThe project plans more events.\n"
        ),
        _NO,
        id="booth_headline_festival",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nFair tent asks fans to learn the signs of"
            " trafficking\n\nBy Ann Reese\nFeb. 1, 2026\n\nCODY - Big Horn Hope, a nonprofit, pitc"
            "hed its tent at the Wyoming State Fair. Sheriff's deputies patrol the grounds. I"
            "ts volunteers handed out cards with the National Human Trafficking Hotline, 1-88"
            "8-373-7888, and a quiz.\n\nThe group has 25 volunteers.\n"
        ),
        _NO,
        id="booth_headline_tent",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nHealth department booth teaches fairgoers"
            " the signs of trafficking\n\nBy Ann Reese\nFeb. 1, 2026\n\nTOPEKA - The Shawnee Count"
            "y Health Department's staff hand out cards with the National Human Trafficking H"
            "otline, 1-888-373-7888, at the department's fair booth.\n\nThe department paid for"
            " 5,000 cards.\n"
        ),
        _YES,
        id="booth_headline_health_pos",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nFreedom walk draws crowd despite cold\n\nBy"
            " Ann Reese\nFeb. 1, 2026\n\nGLASGOW - About 80 people walked Saturday in the Freedo"
            "m Walk organized by the Hi-Line Freedom Alliance, a nonprofit that supports surv"
            "ivors.\n\nAlliance volunteers handed out cards with the National Human Trafficking"
            " Hotline, 1-888-373-7888.\n\nGlasgow police officers closed two blocks of Main Str"
            "eet for the walk.\n\nThe alliance, founded in 2020, has about 30 volunteers. It pl"
            "ans training sessions for church groups this spring.\n"
        ),
        _NO,
        id="it_plans_training",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nMinistry takes hotline cards to truck sto"
            "ps\n\nBy Ann Reese\nFeb. 1, 2026\n\nELKO - Desert Rose Ministry, a nonprofit of four "
            "churches, visits truck stops along Interstate 80 every month. Its volunteers han"
            "d out cards with the National Human Trafficking Hotline, 1-888-373-7888.\n\nThe mi"
            "nistry's members are trained by a survivor. They also plan training for truck st"
            "op clerks.\n"
        ),
        _NO,
        id="they_ministry",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nCoalition hands out cards at county fair\n"
            "\nBy Ann Reese\nFeb. 1, 2026\n\nCONCORDIA - The Cloud County Freedom Coalition, a no"
            "nprofit, handed out cards with the National Human Trafficking Hotline, 1-888-373"
            "-7888, at the county fair.\n\nCity police attended the event.\n\nThe coalition has 2"
            "0 members. It will run a poster campaign in churches next month.\n"
        ),
        _NO,
        id="it_group_campaign",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nSheriff's office to train hotel staff\n\nBy"
            " Ann Reese\nFeb. 1, 2026\n\nCONCORDIA - The Cloud County Sheriff's Office handed ou"
            "t cards with the National Human Trafficking Hotline, 1-888-373-7888, at the coun"
            "ty fair.\n\nThe Sheriff's Office has six deputies. It plans training sessions for "
            "hotel staff this spring, with help from a local nonprofit.\n"
        ),
        _YES,
        id="it_office_pos",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nPolice and coalition hand out hotline car"
            "ds\n\nBy Ann Reese\nFeb. 1, 2026\n\nCONCORDIA - The Concordia Police Department hande"
            "d out cards with the National Human Trafficking Hotline, 1-888-373-7888, with vo"
            "lunteers from a local nonprofit.\n\nThe department has 12 officers. It plans a pos"
            "ter campaign at motels.\n"
        ),
        _YES,
        id="it_after_office_group_pos",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nWalkers rally against trafficking\n\nBy Ann"
            " Reese\nFeb. 1, 2026\n\nROCKLAND - The Midcoast Freedom Alliance, a nonprofit, held"
            " its walk Saturday. Police Chief Tim Carroll spoke at the rally.\n\nAlliance volun"
            "teers handed out cards with the National Human Trafficking Hotline, 1-888-373-78"
            "88.\n"
        ),
        _NO,
        id="office_attends_rally",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nNonprofit volunteers hand out hotline car"
            "ds at library\n\nBy Ann Reese\nFeb. 1, 2026\n\nBRATTLEBORO - The town library lent it"
            "s lobby table to Green Mountain Freedom, a nonprofit.\n\nThe group's volunteers ha"
            "nded out cards with the National Human Trafficking Hotline, 1-888-373-7888.\n"
        ),
        _NO,
        id="office_lends_table",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nSheriff partners with nonprofit at the fa"
            "ir\n\nBy Ann Reese\nFeb. 1, 2026\n\nSALINA - The Saline County Sheriff's Office partn"
            "ered with Prairie Hope, a nonprofit, to hand out cards with the National Human T"
            "rafficking Hotline, 1-888-373-7888, at the fair.\n\nSheriff Roger Soldan said depu"
            "ties would staff the booth.\n"
        ),
        _YES,
        id="office_partnered_pos",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nAttorney general's booth at state fair\n\nB"
            "y Ann Reese\nFeb. 1, 2026\n\nDES MOINES - The Iowa Attorney General's Office handed"
            " out cards with the National Human Trafficking Hotline, 1-888-373-7888, at its b"
            "ooth at the Iowa State Fair.\n\nAttorney General Brenna Bird said the office print"
            "ed 10,000 cards.\n"
        ),
        _YES,
        id="office_own_booth_pos",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nVolunteers hand out hotline cards at truc"
            "k stops\n\nBy Ann Reese\nFeb. 1, 2026\n\nGILLETTE - Volunteers from Powder River Hope"
            ", a nonprofit, visited six truck stops Tuesday.\n\nThe group's volunteers handed o"
            "ut cards with the National Human Trafficking Hotline, 1-888-373-7888.\n\nThe group"
            " plans more visits.\n"
        ),
        _NO,
        id="group_volunteers_plain",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nAt the State Fair, volunteers hand out ca"
            "rds they hope nobody needs\n\nBy Ann Reese\nFeb. 1, 2026\n\nDOSWELL - Volunteers from"
            " Bridge Forward, a Richmond nonprofit, spent ten days at the State Fair.\n\nThe gr"
            "oup's volunteers handed out about 4,000 cards with the National Human Traffickin"
            "g Hotline, 1-888-373-7888.\n\nThe State Fair is run by a private nonprofit.\n"
        ),
        _NO,
        id="state_fair_nonprofit_run",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nAt the State Fair, transportation departm"
            "ent hands out hotline cards\n\nBy Ann Reese\nFeb. 1, 2026\n\nDES MOINES - The Iowa De"
            "partment of Transportation handed out cards with the National Human Trafficking "
            "Hotline, 1-888-373-7888, at the State Fair.\n\nDirector Scott Marler said the card"
            "s go to truckers too.\n"
        ),
        _YES,
        id="dept_staff_fair_pos",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nCounty booth teaches fairgoers about traf"
            "ficking\n\nBy Ann Reese\nFeb. 1, 2026\n\nYAKIMA - The Yakima County Commissioners spo"
            "nsored the booth, and county staff handed out cards with the National Human Traf"
            "ficking Hotline, 1-888-373-7888.\n"
        ),
        _YES,
        id="booth_office_runs_pos",
    ),
    pytest.param(
        (
            "Valley Herald\nNews | Sports | Opinion\n\nNonprofit walks for survivors\n\nBy Ann Ree"
            "se\nFeb. 1, 2026\n\nLARAMIE - The Snowy Range Alliance, a nonprofit, held its walk "
            "Saturday. Alliance volunteers handed out cards with the National Human Trafficki"
            "ng Hotline, 1-888-373-7888.\n\nThe alliance has 20 volunteers. It is planning a po"
            "ster campaign in motels.\n"
        ),
        _NO,
        id="pronoun_it_is_neutral",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_r68_promotes(text: str, expected: tuple[bool, bool, bool]) -> None:
    assert campaign_record(text, _URL) == expected


def _case(name: str) -> str:
    return next(p for p in CASES if p.id == name).values[0]


@pytest.mark.parametrize(
    "name",
    ["fr_fair_volunteers", "fr_outside_church", "state_fair_nonprofit_run"],
)
def test_r68_reason(name: str) -> None:
    from hotline_watch.coding import explain

    reason = "a non-government organisation's own effort (its sentence's subject)"
    assert explain(_case(name), url=_URL)["top_campaign_cue"].startswith(reason)
