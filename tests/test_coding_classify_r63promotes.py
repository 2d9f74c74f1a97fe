"""Round 63 (issue 14r63-promotes): an office's standard line after an unrelated release, a
nonprofit's event, a campus police page, a licence's required course.

Four classes, in wordings of our own (both sides), each asserting (promotes_hotline, campaign,
footer_only):

* the trafficking line closing a release about another matter, signed with the office's street
  address whose street has no type word ("310 West Broadway", "45 State Route 9"): a footer;
  near misses: a release about the office's own poster or card outreach with the same address,
  and one whose effort paragraph follows the line.
* a nonprofit's event referred back by its own name's head ("Alliance volunteers", "The
  Coalition", "Federation members") or as the event itself ("The booth will also feature a
  quiz ..."): no office's effort; near misses: a sheriff's own booth, a sheriff's partnership
  with the nonprofit, deputies handing out cards at its walk, a police department's own event.
* an office's awareness page (its lead names no office; a campus police page) handing the reader
  the line after a condition ("If you believe someone is being trafficked, call ..."): the
  outreach; near misses: a nonprofit's page, an arrest release, a private college's page.
* a licence page whose only effort is the content of a course the licence requires ("New
  applicants must complete ... course. The state-approved course includes a unit on recognizing
  signs of human trafficking"): no campaign; near miss: the police holding trainings themselves.
"""

from __future__ import annotations

import pytest

from conftest import campaign_record

CASES = [
    # -- a standard line closing an unrelated release --
    pytest.param(
        (
            "Millbrook Police Department - News\n\nPolice to Step Up Enforcement on M"
            "ain Street\n\nMarch 3, 2026\n\nThe Millbrook Police Department will increa"
            "se speed enforcement on Main Street after residents reported drivers r"
            "acing through the downtown corridor. Officers will run radar at four l"
            'ocations through April.\n\n"Slow down, and nobody gets a ticket," Chief '
            "Dana Ortiz said.\n\nQuestions about the enforcement can be directed to t"
            "he department at 555-201-4400.\n\nHuman trafficking is a crime. To repor"
            "t a tip, call the National Human Trafficking Hotline at 1-888-373-7888"
            ".\n\nMillbrook Police Department | 310 West Broadway, Millbrook, NY 1254"
            "5\n"
        ),
        None,
        (False, False, True),
        id="footer_broadway_speed",
    ),
    pytest.param(
        (
            "Town of Harlan Public Works\n\nHydrant Flushing Begins Monday\n\nApril 6, "
            "2026\n\nHarlan Public Works crews will flush fire hydrants on the north "
            "side from April 13 to April 24. Residents may notice discolored water;"
            " run the cold tap until it clears. Report low pressure to Public Works"
            " at 555-330-1200.\n\nHuman trafficking is a crime. If you see something,"
            " call the National Human Trafficking Hotline at 1-888-373-7888.\n\nTown "
            "of Harlan | 45 State Route 9, Harlan, KY 40831\n"
        ),
        None,
        (False, False, True),
        id="footer_route_water",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a town's Public Works crews are no office read acting (left)",
        ),
    ),
    pytest.param(
        (
            "Lake County Sheriff's Office\n\nBurn Ban Lifted for Unincorporated Areas"
            "\n\nOctober 14, 2026\n\nThe Lake County Sheriff's Office announced today t"
            "hat the burn ban for unincorporated areas has been lifted after weeken"
            "d rains. Residents must still call the non-emergency line at 555-640-7"
            "000 before any open burning.\n\nHuman trafficking is a crime. To report "
            "a tip, call the National Human Trafficking Hotline at 1-888-373-7888.\n"
            "\nLake County Sheriff's Office | 12 North Broadway, Lakeport, CA 95453\n"
        ),
        None,
        (False, False, True),
        id="footer_broadway_burn_ban",
    ),
    pytest.param(
        (
            "Millbrook Police Department - News\n\nPolice Put Trafficking Hotline Pos"
            "ters in Motels\n\nJanuary 9, 2026\n\nThe Millbrook Police Department this "
            "week delivered human trafficking awareness posters to every motel in t"
            "he city, for display at front desks and in guest rooms. The posters gi"
            "ve the National Human Trafficking Hotline, 1-888-373-7888, in English "
            "and Spanish.\n\nMillbrook Police Department | 310 West Broadway, Millbro"
            "ok, NY 12545\n"
        ),
        None,
        (True, True, False),
        id="outreach_broadway_posters",
    ),
    pytest.param(
        (
            "Town of Harlan Police\n\nOfficers Hand Out Trafficking Hotline Cards at "
            "Truck Stops\n\nFebruary 2, 2026\n\nHarlan Police officers visited the two "
            "truck stops on State Route 9 on Saturday and handed out wallet cards p"
            "rinted with the National Human Trafficking Hotline, 1-888-373-7888, to"
            " drivers and staff.\n\nTown of Harlan | 45 State Route 9, Harlan, KY 408"
            "31\n"
        ),
        None,
        (True, True, False),
        id="outreach_route_cards",
    ),
    pytest.param(
        (
            "Lake County Sheriff's Office\n\nBurn Ban Lifted for Unincorporated Areas"
            "\n\nOctober 14, 2026\n\nThe Lake County Sheriff's Office announced today t"
            "hat the burn ban has been lifted. Call the non-emergency line at 555-6"
            "40-7000 before any open burning.\n\nHuman trafficking is a crime. To rep"
            "ort a tip, call the National Human Trafficking Hotline at 1-888-373-78"
            "88.\n\nDeputies will also visit county motels next week to leave hotline"
            " posters at each front desk.\n\nLake County Sheriff's Office | 12 North "
            "Broadway, Lakeport, CA 95453\n"
        ),
        None,
        (True, True, False),
        id="footer_line_then_own_paragraph",
    ),
    # -- a nonprofit's event --
    pytest.param(
        (
            "Riverbend Freedom Alliance\nAbout | Our Work | Donate\n\nRiverbend Freedo"
            "m Alliance brings trafficking awareness booth to county fair\n\nSPRINGFI"
            "ELD (July 2, 2026) - Riverbend Freedom Alliance, a nonprofit serving s"
            "urvivors in central Illinois, will staff a booth at the Sangamon Count"
            "y Fair, July 10-14.\n\nAlliance volunteers will hand out wallet cards pr"
            "inted with the National Human Trafficking Hotline, 1-888-373-7888.\n\nTh"
            "e booth will also feature a short quiz on the signs of trafficking.\n\nT"
            "he Alliance is funded by private donations.\n"
        ),
        None,
        (False, False, False),
        id="alliance_fair_booth",
    ),
    pytest.param(
        (
            "Prairie Coalition Against Trafficking\n\nCoalition volunteers visit I-80"
            " rest stops\n\nOMAHA - The Prairie Coalition Against Trafficking, a nonp"
            "rofit coalition of churches and survivors, spent Saturday at three res"
            "t stops along I-80, where State Patrol troopers directed traffic at th"
            "e busy exits.\n\nThe Coalition handed out cards with the National Human "
            "Trafficking Hotline, 1-888-373-7888, to drivers and travelers.\n\nThe ev"
            "ent ended with a prayer vigil at the Gretna rest area.\n"
        ),
        None,
        (False, False, False),
        id="coalition_rest_stop",
    ),
    pytest.param(
        (
            "Harbor Light Alliance hosts Freedom Walk\n\nPORT ANGELES - Harbor Light "
            "Alliance, a nonprofit, held its fifth Freedom Walk on Saturday; Sherif"
            "f's deputies closed First Street for the walkers.\n\nAlliance volunteers"
            " handed out cards with the National Human Trafficking Hotline, 1-888-3"
            "73-7888.\n\nThe walk ended with a talk on the signs of trafficking at Ci"
            "ty Pier.\n"
        ),
        None,
        (False, False, False),
        id="alliance_walk_deputies",
    ),
    pytest.param(
        (
            "Valley Women's Federation at Home Expo\n\nFRESNO - The Valley Women's Fe"
            "deration, a nonprofit, will host a table at the Home and Garden Expo t"
            "his weekend.\n\nFederation members will hand out cards printed with the "
            "National Human Trafficking Hotline, 1-888-373-7888.\n\nThe table will al"
            "so offer brochures on the signs of labor trafficking.\n"
        ),
        None,
        (False, False, False),
        id="federation_table_expo",
    ),
    pytest.param(
        (
            "Lake County Sheriff's Office\n\nSheriff's Office brings trafficking awar"
            "eness booth to county fair\n\nLAKEPORT - The Lake County Sheriff's Offic"
            "e will staff an awareness booth at the Lake County Fair, Aug. 28-31.\n\n"
            "Deputies will hand out wallet cards printed with the National Human Tr"
            "afficking Hotline, 1-888-373-7888.\n\nThe booth will also feature a shor"
            "t quiz on the signs of trafficking.\n"
        ),
        None,
        (True, True, False),
        id="sheriff_own_booth",
    ),
    pytest.param(
        (
            "Lake County Sheriff's Office\n\nSheriff partners with Alliance on fair b"
            "ooth\n\nLAKEPORT - The Lake County Sheriff's Office has partnered with H"
            "arbor Light Alliance, a nonprofit, to hand out wallet cards printed wi"
            "th the National Human Trafficking Hotline, 1-888-373-7888, at the Lake"
            " County Fair.\n\nThe booth will also feature a short quiz on the signs o"
            "f trafficking.\n"
        ),
        None,
        (True, True, False),
        id="sheriff_partners_alliance",
    ),
    pytest.param(
        (
            "Harbor Light Alliance hosts Freedom Walk\n\nPORT ANGELES - Harbor Light "
            "Alliance, a nonprofit, held its fifth Freedom Walk on Saturday.\n\nSheri"
            "ff's deputies handed out cards with the National Human Trafficking Hot"
            "line, 1-888-373-7888, along the route, and the Sheriff's Office will p"
            "ut hotline posters in county motels next month.\n\nThe walk ended with a"
            " talk on the signs of trafficking at City Pier.\n"
        ),
        None,
        (True, True, False),
        id="deputies_cards_at_alliance_walk",
    ),
    pytest.param(
        (
            "City of Dover Police Department\n\nPolice host trafficking awareness nig"
            "ht\n\nDOVER - The Dover Police Department will host a human trafficking "
            "awareness night at the public library on Jan. 11.\n\nThe event will feat"
            "ure a presentation on the signs of trafficking, and every guest will l"
            "eave with a card giving the National Human Trafficking Hotline, 1-888-"
            "373-7888.\n"
        ),
        None,
        (True, True, False),
        id="office_event_subject_only",
    ),
    # -- an office's awareness page --
    pytest.param(
        (
            "Lakeshore Tech\nAdmissions | Academics | About\nUniversity Police > Safe"
            "ty > Human Trafficking\n\nHuman Trafficking\n\nLakeshore Tech, a campus of"
            " the State University of Michigan, is committed to safety. University "
            "Police provides this page so that every student can recognize human tr"
            "afficking.\n\nPossible signs\n- A person who does not control their own I"
            "D or money\n- Someone who is always accompanied\n\nGet help\nIf you believ"
            "e someone is being trafficked, call the National Human Trafficking Hot"
            "line at 1-888-373-7888 or text 233733. The hotline is free and confide"
            "ntial, 24 hours a day.\n"
        ),
        None,
        (True, True, False),
        id="campus_police_if_call",
    ),
    pytest.param(
        (
            "Marion County, Oregon\nHome | Residents | Business | Contact\nSheriff > "
            "Resources > Human Trafficking\n\nHuman Trafficking\n\nThe Marion County Sh"
            "eriff's Office provides this page for residents who are worried about "
            "someone.\n\nWhat to look for\n- Workers who live where they work\n- A pers"
            "on who seems coached on what to say\n\nWhen you suspect trafficking, ple"
            "ase call the National Human Trafficking Hotline at 1-888-373-7888.\n"
        ),
        None,
        (True, True, False),
        id="county_page_if_suspect",
    ),
    pytest.param(
        (
            "Tamarack, Minnesota\nResidents | Government | Departments\nPolice > Comm"
            "unity Safety\n\nHuman Trafficking\n\nThe Tamarack Police Department works "
            "to protect residents from exploitation. Trafficking can happen anywher"
            "e, including in our town's farms and motels.\n\nIf anyone asks you to wo"
            "rk to pay off a debt you never agreed to, contact the National Human T"
            "rafficking Hotline at 1-888-373-7888, day or night.\n"
        ),
        None,
        (True, True, False),
        id="city_page_if_anyone",
    ),
    pytest.param(
        (
            "Open Door Survivor Services\nAbout | Get Help | Donate\n\nHuman Trafficki"
            "ng\n\nOpen Door Survivor Services is a nonprofit that serves survivors i"
            "n the Finger Lakes.\n\nIf you believe someone is being trafficked, call "
            "the National Human Trafficking Hotline at 1-888-373-7888.\n"
        ),
        None,
        (False, False, False),
        id="nonprofit_page_if_call",
    ),
    pytest.param(
        (
            "Marion County Sheriff's Office\n\nTwo arrested in trafficking investigat"
            "ion\n\nSALEM - Marion County Sheriff's detectives arrested two men Tuesd"
            "ay on charges of trafficking in persons and promoting prostitution aft"
            "er a four-month investigation. Both were booked into the county jail a"
            "nd are being held on $250,000 bail. Prosecutors will present the case "
            "to a grand jury next week.\n\nIf you believe you may have been a victim "
            "in this case, call the National Human Trafficking Hotline at 1-888-373"
            "-7888.\n"
        ),
        None,
        (False, False, True),
        id="arrest_release_if_call",
    ),
    pytest.param(
        (
            "Saint Brendan College\nAdmissions | Academics | About\n\nHuman Traffickin"
            "g Awareness\n\nSaint Brendan College, a private Catholic college, is com"
            "mitted to the dignity of every person. Our Office of Mission provides "
            "this page for students and staff.\n\nIf you believe someone is being tra"
            "fficked, call the National Human Trafficking Hotline at 1-888-373-7888"
            ".\n"
        ),
        None,
        (False, False, False),
        id="private_college_if_call",
    ),
    # -- a licence's required course --
    pytest.param(
        (
            "City of Elkhorn, Wisconsin\nResidents | Business | Government\nHome > Ci"
            "ty Clerk > Liquor Licenses\n\nLiquor & Beer Licenses\n\nThe City Clerk's O"
            "ffice issues retail alcohol beverage licenses under Chapter 125 of the"
            " Wisconsin Statutes.\n\nOperator (bartender) licenses\nNew applicants mus"
            "t complete a responsible beverage server training course approved by t"
            "he Department of Revenue. The state-approved course includes a unit on"
            " recognizing signs of human trafficking in bars.\n\nRequired postings\nEv"
            "ery licensed premises must display:\n- its current city license, framed"
            ", behind the bar;\n- a sign warning that it is illegal to sell alcohol "
            "to anyone under 21.\n\nFees\nClass B liquor: $500 | Operator license: $50"
            "\n\nContact the City Clerk's Office at 555-723-2219 with questions.\n"
        ),
        None,
        (False, False, False),
        id="tavern_licence_course_unit",
    ),
    pytest.param(
        (
            "Town of Weston\nResidents | Business | Government\nHome > Licensing > Ma"
            "ssage Establishments\n\nMassage Establishment Licenses\n\nThe Town Clerk i"
            "ssues massage establishment licenses under Chapter 14 of the Town Code"
            ". Licenses must be renewed each year.\n\nTherapist requirements\nEvery th"
            "erapist must complete a continuing education course approved by the st"
            "ate board. The approved course includes a module on recognizing signs "
            "of human trafficking.\n\nRequired postings\nEvery licensed establishment "
            "must display its current town license and its hours of operation.\n\nFee"
            "s\nEstablishment license: $200\n"
        ),
        None,
        (False, False, False),
        id="massage_licence_course_unit",
    ),
    pytest.param(
        (
            "City of Elkhorn, Wisconsin\nResidents | Business | Government\nHome > Po"
            "lice > Community\n\nTrafficking awareness for bars\n\nThe Elkhorn Police D"
            "epartment will hold free human trafficking awareness trainings for bar"
            "tenders and servers this spring, and officers will deliver posters wit"
            "h the National Human Trafficking Hotline, 1-888-373-7888, to every tav"
            "ern.\n"
        ),
        None,
        (True, True, False),
        id="city_trains_bartenders",
    ),
]


@pytest.mark.parametrize(("text", "url", "expected"), CASES)
def test_r63_promotes(text: str, url: str | None, expected: tuple[bool, bool, bool]) -> None:
    assert campaign_record(text, url) == expected


def _case(name: str) -> tuple[str, str | None]:
    return next(p.values[:2] for p in CASES if p.id == name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("footer_broadway_speed", "hotline in the footer only"),
        (
            "alliance_walk_deputies",
            "a non-government organisation's own effort (its sentence's subject)",
        ),
        (
            "tavern_licence_course_unit",
            "a required course's content (a licence's condition)",
        ),
        ("campus_police_if_call", "campaign giving a trafficking hotline"),
    ],
)
def test_r63_reason(name: str, reason: str) -> None:
    from hotline_watch.coding import explain

    text, url = _case(name)
    assert explain(text, url=url)["top_campaign_cue"].startswith(reason)


def test_r63_evidence_reader_line() -> None:
    """The page's conditional instruction to the reader is what the promotes decision quotes."""
    from conftest import evidence_quote

    text, url = _case("campus_police_if_call")
    assert "If you believe someone is being trafficked, call" in evidence_quote(
        text, "promotes_hotline", url
    )
