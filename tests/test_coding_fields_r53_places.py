"""Round 53 (issue 14r53-fplaces): establishments and hotline numbers, in wordings of our own.

Establishments (both sides of each class):

* an umbrella named only in a heading in capitals (a bill's title, a chapter's heading: "NOTICE
  AT TRANSPORTATION FACILITIES") whose duty names members of it (airports, bus stations): the
  members, no umbrella; an umbrella the duty's own sentence names stays.
* an earlier duty told by a present perfect of the posting verb with its start ("Rest areas have
  displayed the hotline since 2018"), or by the next sentence's anaphor ("Those businesses have
  had to display it since 2013"): no place of this duty; places posting now under the text's own
  law stay.
* a term defined as the general class ("'Shop' means a cosmetology shop") whose duty picks the
  specific class by its work ("Each shop that offers pedicures"): the specific class only; the
  term bearing the duty unqualified keeps the general class.
* a body defined in the definitions or acting as inspector ("'Local health department' means a
  county health department"; "The county health department shall inspect"): no place; a health
  department bearing the posting duty stays one.
* money transmission named as the licensee's activity ("that conducts money transmission"): the
  money services class.
* a holder that names its own class and is "licensed under this article" (a hospital): the
  article's heading (HEALTH CARE FACILITIES) adds no umbrella; a generic holder ("Each facility
  licensed under this article") still takes the heading's class.
* a hospital qualified by its emergency department after a long licence citation ("licensed
  under Article 5 of Chapter 131E of the General Statutes that operates an emergency
  department"): the emergency room only.
* a station named by the passenger trains that serve it ("every station served by Amtrak", "each
  station served by commuter trains"): a rail station; a stop served by buses is none.

Hotline numbers:

* another subject's line in its own item of a list beside the hotline ("..., and the StrongHearts
  line, 1-844-..., for dating violence"): not a trafficking hotline; the state's trafficking line
  in the same list stays.
* an office's line given to book a talk ("Call Community Services at ... to schedule a
  presentation"): not a hotline.
* a victim-services program's line on a resources page ("Victims of Crime program: 541-..."):
  not a trafficking hotline.
* an office's number offered beside 911 ("call 911 or Campus Safety at ...", "call County
  Communications at ..., or 911"): that office's line; a trafficking hotline beside 911 stays.
* a media contact's number in a closing block: never a hotline.
* a number in the range reserved for fiction (555-0100 to 555-0199): never a hotline.
* a tip line the text introduces, then gives by anaphora on a hard-wrapped line ("The new line,
  1-833-TON-SAFE (1-833-866-7233), is answered ..."): the text's trafficking tip line.
"""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

NATIONAL = "1-888-373-7888"


def _est(text: str, url: str | None = None) -> list[str]:
    return sorted(code_text(text, url=url).establishments)


def _nums(text: str, url: str | None = None) -> list[str]:
    return sorted(code_text(text, url=url).hotline_numbers)


# -- establishments ---------------------------------------------------------------------------

ESTABLISHMENT_CASES = [
    # 1. umbrella only in a heading in capitals
    (
        "umbrella heading, airports and bus stations",
        "CHAPTER 9\nTRANSPORTATION FACILITIES -- HUMAN TRAFFICKING NOTICE\n\n"
        "Section 1. (a) Each commercial service airport and each intercity bus station in this "
        "state shall post a human trafficking notice in each public restroom.\n"
        "(b) The notice shall include the National Human Trafficking Hotline, 1-888-373-7888.\n",
        ["airport", "bus_station"],
    ),
    (
        "umbrella heading, medical members",
        "CHAPTER 12\nHUMAN TRAFFICKING NOTICES IN MEDICAL FACILITIES\n\n"
        "12-1. Each hospital emergency department and each urgent care center shall post a "
        "human trafficking notice in its waiting room. The notice shall list the National "
        "Human Trafficking Hotline, 1-888-373-7888.\n",
        ["emergency_room", "urgent_care"],
    ),
    (
        "umbrella in the duty's own sentence stays",
        "CHAPTER 12\nTRAFFICKING NOTICES\n\n"
        "12-1. Each transportation facility, including each airport, shall post a human "
        "trafficking notice in its public restrooms. The notice shall list the National Human "
        "Trafficking Hotline, 1-888-373-7888.\n",
        ["airport", "transportation_hub"],
    ),
    # 2. earlier duty
    (
        "present perfect with since",
        "Governor signs bill requiring trafficking signs at bus stations\n\n"
        "The new law requires every intercity bus station to post a sign with the National "
        "Human Trafficking Hotline, 1-888-373-7888, in each restroom. Hotels and motels have "
        "posted the hotline since a 2017 law.\n",
        ["bus_station"],
    ),
    (
        "anaphor in the next sentence",
        "New law adds massage businesses to trafficking sign list\n\n"
        "Step into almost any truck stop or hotel lobby in the state and a trafficking hotline "
        "poster is on the wall. Those places have been required to post it since 2016.\n\n"
        "Starting July 1, every licensed massage establishment must also post the notice, "
        "which lists the National Human Trafficking Hotline, 1-888-373-7888.\n",
        ["massage"],
    ),
    (
        "places posting under this law stay",
        "Truck stops post new trafficking signs\n\n"
        "The new law requires every truck stop to post a sign with the National Human "
        "Trafficking Hotline, 1-888-373-7888. Most truck stops have posted the sign already.\n",
        ["truck_stop"],
    ),
    # 3. a term defined as the general class, picked by the specific work
    (
        "defined shop, duty qualified by pedicures",
        "Sec. 4. Trafficking notice in shops offering nail services.\n"
        '(a) In this section, "shop" means a cosmetology shop licensed by the board.\n'
        "(b) Each shop that offers manicures or pedicures shall post a human trafficking notice "
        "near the entrance. The notice shall include the National Human Trafficking Hotline, "
        "1-888-373-7888.\n",
        ["nail_salon"],
    ),
    (
        "defined shop, duty unqualified keeps cosmetology",
        "Sec. 4. Trafficking notice in shops.\n"
        '(a) In this section, "shop" means a cosmetology shop licensed by the board.\n'
        "(b) Each shop shall post a human trafficking notice near the entrance. The notice "
        "shall include the National Human Trafficking Hotline, 1-888-373-7888.\n",
        ["cosmetology"],
    ),
    # 4. a body defined or acting as inspector
    (
        "health department defined and inspecting",
        "Section 1. Definitions.\n"
        '(1) "Massage establishment" means a place where massage therapy is practiced for pay.\n'
        '(2) "County health department" means a county or city health department.\n'
        "Section 9. (1) Each massage establishment shall post the human trafficking notice in "
        "the lobby. The notice shall include the National Human Trafficking Hotline, "
        "1-888-373-7888.\n(2) The county health department shall inspect for the notice "
        "during each inspection.\n",
        ["massage"],
    ),
    (
        "health department bearing the duty stays",
        "Section 3. Each local health department shall post the human trafficking notice in "
        "its public waiting room. The notice shall include the National Human Trafficking "
        "Hotline, 1-888-373-7888.\n",
        ["government_building"],
    ),
    # 5. money transmission
    (
        "money transmission",
        "Sec. 7. Each licensee that engages in money transmission at a location in this state "
        "shall post a human trafficking notice at each counter where customers are served. The "
        "notice shall include the National Human Trafficking Hotline, 1-888-373-7888.\n",
        ["money_services"],
    ),
    # 6. holder naming its class, licensed under this article
    (
        "hospital licensed under this article, heading umbrella",
        "TITLE 9 - HEALTH\nARTICLE 4 - HEALTH CARE FACILITIES\n\n"
        "9-4-120. Trafficking notice.\n(a) Each hospital licensed under this article shall post "
        "a notice concerning human trafficking in its main lobby. The notice shall list the "
        "National Human Trafficking Hotline, 1-888-373-7888.\n",
        ["hospital"],
    ),
    (
        "generic facility licensed under this article keeps the heading class",
        "TITLE 9 - HEALTH\nARTICLE 4 - HEALTH CARE FACILITIES\n\n"
        "9-4-120. Trafficking notice.\n(a) Each facility licensed under this article shall post "
        "a notice concerning human trafficking in its main lobby. The notice shall list the "
        "National Human Trafficking Hotline, 1-888-373-7888.\n",
        ["medical_facility"],
    ),
    # 7. hospital with its emergency department after a long licence citation
    (
        "hospital with ED after long citation",
        "(b) Each of the following shall post the sign in a conspicuous place:\n"
        "(1) Each hospital licensed under Part 3 of Chapter 44 of the Consolidated Statutes that "
        "operates an emergency department, which shall post the sign in the emergency "
        "department.\n(c) The sign shall list the National Human Trafficking Hotline, "
        "1-888-373-7888.\n",
        ["emergency_room"],
    ),
    (
        "hospital after long citation, no ED, stays",
        "(b) Each hospital licensed under Part 3 of Chapter 44 of the Consolidated Statutes shall "
        "post the sign in a conspicuous place. The sign shall list the National Human "
        "Trafficking Hotline, 1-888-373-7888.\n",
        ["hospital"],
    ),
    # 8. a station named by the passenger trains that serve it
    (
        "station served by Amtrak",
        "Governor signs trafficking notice law\n\n"
        "The law requires a human trafficking hotline notice at every station served by Amtrak "
        "in the state. The notice lists the National Human Trafficking Hotline, "
        "1-888-373-7888.\n",
        ["rail_station"],
    ),
    (
        "station served by commuter trains",
        "Governor signs trafficking notice law\n\n"
        "The law requires a human trafficking hotline notice at each station served by commuter "
        "trains. The notice lists the National Human Trafficking Hotline, 1-888-373-7888.\n",
        ["rail_station"],
    ),
    (
        "stop served by buses is no rail station",
        "Governor signs trafficking notice law\n\n"
        "The law requires a human trafficking hotline notice at each bus station served by "
        "intercity buses. The notice lists the National Human Trafficking Hotline, "
        "1-888-373-7888.\n",
        ["bus_station"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in ESTABLISHMENT_CASES],
    ids=[c[0] for c in ESTABLISHMENT_CASES],
)
def test_establishments(text: str, expected: list[str]) -> None:
    assert _est(text) == expected


# -- hotline numbers --------------------------------------------------------------------------

_LEAD = (
    "Tribal police train casino staff on human trafficking\n\n"
    "The tribal police department trained 80 casino employees this week to spot the signs of "
    "human trafficking and report them.\n\n"
)

PHONE_CASES = [
    (
        "other subject's item in a list",
        _LEAD + "Each employee got a card listing the National Human Trafficking Hotline, "
        "1-888-373-7888, and the StrongHearts line, 1-844-762-8483, for dating violence.\n",
        [NATIONAL],
    ),
    (
        "state trafficking line in the same list stays",
        _LEAD + "Each employee got a card listing the National Human Trafficking Hotline, "
        "1-888-373-7888, and the state tip line, 1-833-406-7867, for labor trafficking.\n",
        ["1-833-406-7867", NATIONAL],
    ),
    (
        "line to book a presentation",
        _LEAD + "To report trafficking, call the National Human Trafficking Hotline at "
        "1-888-373-7888. Our officers give free talks on trafficking to any school or group. "
        "Call Community Services at 406-395-7000 to schedule a presentation.\n",
        [NATIONAL],
    ),
    (
        "victims of crime program line",
        _LEAD + "Get help\nFor confidential help with human trafficking, call the National "
        "Human Trafficking Hotline: 1-888-373-7888.\nTribal Victims of Crime program: "
        "541-444-9000\n",
        [NATIONAL],
    ),
    (
        "911 or campus safety",
        "Human trafficking awareness\n\nIf you think a student is being trafficked, call the "
        "National Human Trafficking Hotline at 1-888-373-7888. In an emergency, call 911 or "
        "Campus Safety at 417-836-6000.\n",
        [NATIONAL],
    ),
    (
        "county communications or 911",
        "Sheriff trains hotel staff on human trafficking\n\n"
        "Hotel staff who suspect trafficking should call County Communications at "
        "970-879-2000, or 911 if someone is in immediate danger.\n",
        [],
    ),
    (
        "911 or a state trafficking hotline stays",
        "Sheriff trains hotel staff on human trafficking\n\n"
        "Hotel staff who suspect trafficking should call 911 or the state human trafficking "
        "hotline at 1-866-455-5075.\n",
        ["1-866-455-5075"],
    ),
    (
        "media contact in a closing block",
        "Sheriff's office arrests two in massage parlor case\n\n"
        "Deputies arrested two people on human trafficking charges on Tuesday.\n\n"
        "Report suspected human trafficking to the Florida Human Trafficking Hotline at "
        "1-855-352-7233.\n\n"
        "Media contact: Dana Whitfield, Public Information Office | 772-220-8000\n",
        ["1-855-352-7233"],
    ),
    (
        "fictional 555-01xx number",
        "Nonprofit hosts 5K for trafficking survivors\n\n"
        "Volunteers handed out cards with the group's trafficking help line, 772-555-0150, and "
        "the National Human Trafficking Hotline, 1-888-373-7888.\n",
        [NATIONAL],
    ),
    (
        "tip line given by anaphora on a hard-wrapped line",
        "County Police Launch Human Trafficking Tip Line\nMarch 3, 2026\n\n"
        "The county police department today launched a 24-hour tip line for reporting human\n"
        "trafficking anywhere in the county, including the towns along the\ninterstate.\n\n"
        "The new line, 1-833-CTY-SAFE (1-833-289-7233), is answered by trained dispatchers who\n"
        "can connect people with victim advocates.\n",
        ["1-833-289-7233"],
    ),
    (
        "anaphoric line in a text about something else stays out",
        "County launches pothole reporting line\nMarch 3, 2026\n\n"
        "The county roads department today launched a line for reporting potholes.\n\n"
        "The new line, 1-833-289-7000, is answered by road crews.\n",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in PHONE_CASES], ids=[c[0] for c in PHONE_CASES]
)
def test_hotline_numbers(text: str, expected: list[str]) -> None:
    assert _nums(text) == expected
