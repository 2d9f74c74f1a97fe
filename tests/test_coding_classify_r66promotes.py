"""Round 66 (issue 14r66-promotes): a standing line signed on a post office box, a launch told
as the start of a history, posters researchers talk about, a list of required postings.

Wordings of our own (both sides), each asserting (promotes_hotline, campaign, footer_only):

* standing: a release about another matter (snow removal, a burn ban, road work, hunting) closed
  by the office's standing trafficking line and signed on a mailing address ("P.O. Box 12, Ely, MN
  55731", "PO Box", "P. O. Box", "Post Office Box"): a footer; near misses: the same signatures
  under an office's own outreach (posters left at motels, cards at truck stops, awareness posters).
* launch: "Since its launch in 2007", "Ever since it was launched", "Since the hotline launched":
  a history, no launch (legislators' funding letters, one told with the verb "wrote to the
  Secretary"); near misses: an Attorney General's and a sheriff's new tip lines launched.
* study: researchers, economists, scholars or a study's authors as the subject of a finding about
  posters or stickers promoting the hotline: talked about; near misses: an office's posters with a
  sentence about research, deputies' stickers promoting the hotline.
* dutylist: a page listing the postings a licence requires under a lead-in that states the duty
  ("must display the following:", "shall post:", "are required to display the following:"):
  no one's posters put up; near misses: an office's own list of posters and cards it hands out.
* byline: a news story's byline ("By Dana Whitfield") is no sentence: the story's first sentence
  after it is read with the headline, so a council's vote against a proposal to put up stickers
  is the news of a measure voted down; near miss: a parks department's stickers put up, bylined.
* left (strict xfail): a news story whose headline is a bare noun phrase of posters ("Posters and
  calls") above a study's finding; a board that "turns down" "a plan to hang posters".
"""

from __future__ import annotations

import pytest

from conftest import campaign_record, case_text_url

CASES = [
    pytest.param(
        (
            "Village of Ely Police Department\nNews Release - January 8, 2026\n"
            "\nSnow Removal Parking Restrictions\n\nFrom Friday night through Su"
            "nday no vehicles may park on Main Street between 6th Street and "
            "the school so crews can clear snow. Vehicles left on the street "
            "will be towed at the owner's expense.\n\nResidents are asked to ke"
            "ep sidewalks clear and to check on elderly neighbors.\n\nEly Polic"
            "e Department stands with survivors of human trafficking. Call 1-"
            "888-373-7888 or text 233733.\n\nEly Police Department | P.O. Box 1"
            "2, Ely, MN 55731\n"
        ),
        "https://www.elymn.gov/news/item",
        (False, False, True),
        id="pobox_snow",
    ),
    pytest.param(
        (
            "Lincoln County Sheriff's Office\nPress Release\n\nBurn Ban in Effec"
            "t Through September\n\nThe county burn ban remains in effect until"
            " further notice. Campfires, burn barrels and fireworks are prohi"
            "bited in unincorporated areas. Violators may be cited.\n\nThe Sher"
            "iff's Office thanks residents for helping prevent wildfires.\n\nIf"
            " you or someone you know is being trafficked, call the National "
            "Human Trafficking Hotline at 1-888-373-7888.\n\nLincoln County She"
            "riff's Office | PO Box 367, Davenport, WA 99122\n"
        ),
        "https://www.lincolncountywa.gov/news/item",
        (False, False, True),
        id="pobox_burnban",
    ),
    pytest.param(
        (
            "Town of Haines Police\nPublic Notice - May 3, 2025\n\nRoad Work on "
            "Front Street\n\nFront Street will be closed between Main and Secon"
            "d from May 5 to May 9 for paving. Detours will be posted and del"
            "ivery trucks should use Third Avenue.\n\nThank you for your patien"
            "ce.\n\nHaines Police supports victims of human trafficking. Call 1"
            "-888-373-7888.\n\nHaines Police Department | Post Office Box 1209,"
            " Haines, AK 99827\n"
        ),
        "https://www.haines.gov/news/item",
        (False, False, True),
        id="pobox_roadwork",
    ),
    pytest.param(
        (
            "Harney County Sheriff's Office\nNews Release - October 1, 2025\n\nH"
            "unting Season Reminders\n\nHunters should carry their tags and kno"
            "w the boundaries of private land. Report trespass or poaching to"
            " dispatch at 541-573-6156.\n\nHave a safe season.\n\nHarney County S"
            "heriff's Office supports survivors of human trafficking. Call 1-"
            "888-373-7888 or text 233733.\n\nHarney County Sheriff's Office | P"
            ". O. Box 6, Burns, OR 97720\n"
        ),
        "https://www.harneycounty.gov/news/item",
        (False, False, True),
        id="pobox_hunting",
    ),
    pytest.param(
        (
            "Ely Police Department\nNews Release - January 8, 2026\n\nOfficers D"
            "eliver Trafficking Hotline Posters to Motels\n\nOfficers of the El"
            "y Police Department visited every motel in town this week and le"
            "ft posters with the National Human Trafficking Hotline at front "
            "desks.\n\nIf you or someone you know is being trafficked, call 1-8"
            "88-373-7888 or text 233733.\n\nEly Police Department | P.O. Box 12"
            ", Ely, MN 55731\n"
        ),
        "https://www.elymn.gov/news/item",
        (True, True, False),
        id="pobox_outreach_neg",
    ),
    pytest.param(
        (
            "Harney County Sheriff's Office\nNews Release\n\nDeputies Hand Out H"
            "otline Cards at Truck Stops\n\nDeputies handed out wallet cards wi"
            "th the human trafficking hotline at three truck stops along High"
            "way 20 on Saturday.\n\nCall 1-888-373-7888 to report trafficking.\n"
            "\nHarney County Sheriff's Office | PO Box 6, Burns, OR 97720\n"
        ),
        "https://www.harneycounty.gov/news/item",
        (True, True, False),
        id="pobox_cards_neg",
    ),
    pytest.param(
        (
            "Town of Haines Police\nPress Release\n\nHaines Police Mark Human Tr"
            "afficking Awareness Month\n\nThis January, Haines Police are putti"
            "ng up awareness posters in the library, the clinic and the ferry"
            " terminal, and officers will give a talk on human trafficking at"
            " the school.\n\nCall the National Human Trafficking Hotline at 1-8"
            "88-373-7888.\n\nHaines Police Department | Post Office Box 1209, H"
            "aines, AK 99827\n"
        ),
        "https://www.haines.gov/news/item",
        (True, True, False),
        id="pobox_month_neg",
    ),
    pytest.param(
        (
            "Senator Maria Ruiz | Newsroom\n\nRuiz urges full funding for traff"
            "icking hotline\n\nWASHINGTON - Senator Maria Ruiz today joined col"
            "leagues in a letter to the Secretary of Health and Human Service"
            "s asking that the National Human Trafficking Hotline be fully fu"
            "nded next year.\n\nThe letter reads: Since its launch in 2007, the"
            " hotline, 1-888-373-7888, has identified tens of thousands of tr"
            "afficking cases. We ask that the Department confirm its plans fo"
            "r the hotline's operator.\n\n###\n"
        ),
        "https://www.ruiz.senate.gov/news/letter",
        (False, False, False),
        id="since_letter",
    ),
    pytest.param(
        (
            "Representative Tom Hale\nPress Release\n\nHale questions HHS on hot"
            "line grant delay\n\nRepresentative Tom Hale sent a letter to the D"
            "epartment of Health and Human Services asking why the grant for "
            "the National Human Trafficking Hotline's operator has been delay"
            "ed. Ever since it was launched, the hotline at 1-888-373-7888 ha"
            "s answered calls from every state, Hale wrote.\n\n###\n"
        ),
        "https://hale.house.gov/media/letter",
        (False, False, False),
        id="since_hearing",
    ),
    pytest.param(
        (
            "Congresswoman Lee Park\n\nPark letter presses for hotline funding\n"
            "\nCongresswoman Lee Park and 20 colleagues wrote to the Secretary"
            " urging that funding for the National Human Trafficking Hotline,"
            " 1-888-373-7888, be kept. Since the hotline launched in 2007 it "
            "has logged more than 100,000 cases, the letter says.\n"
        ),
        "https://park.house.gov/media/letter",
        (False, False, False),
        id="since_the_hotline",
    ),
    pytest.param(
        (
            "Office of the Attorney General\nNews Release\n\nAttorney General la"
            "unches statewide human trafficking tip line\n\nThe Attorney Genera"
            "l today launched a new statewide human trafficking tip line, 1-8"
            "55-555-0199, and announced billboards along the interstates prom"
            "oting it.\n\nAnyone with information should call the tip line.\n"
        ),
        "https://www.ag.state.example.gov/news/tipline",
        (True, True, False),
        id="launch_pos",
    ),
    pytest.param(
        (
            "County Sheriff's Office\nPress Release\n\nSheriff launches text lin"
            "e for trafficking tips\n\nSheriff Dana Ortiz announced Monday that"
            " her office has launched a text tip line for human trafficking r"
            "eports. Residents can text 555-0142 at any hour, and deputies wi"
            "ll hand out cards with the number at schools.\n"
        ),
        "https://www.county.example.gov/sheriff/news",
        (True, True, False),
        id="launch_pos2",
    ),
    pytest.param(
        (
            "Prairie Daily News\n\nHotline posters may boost calls, economists "
            "say\n\nBy Jan Ortiz\n\nResearchers at a state university say posters"
            " advertising the National Human Trafficking Hotline appear to le"
            "ad to more calls from truck stops.\n\nThe paper compared hotline c"
            'all records with the dates state laws took effect.\n\n"It is a che'
            'ap intervention," said one of the authors.\n'
        ),
        "https://www.prairiedailynews.example.com/news/posters",
        (False, False, False),
        id="study_researchers",
    ),
    pytest.param(
        (
            "The Valley Courier\n\nPoster laws and the hotline\n\nEconomists who "
            "studied twenty years of call records found that hotline posters "
            "in truck stops were followed by more calls to the National Human"
            " Trafficking Hotline.\n\nThe authors did not study prosecutions.\n"
        ),
        "https://www.valleycourier.example.com/news/study",
        (False, False, False),
        id="study_economists",
    ),
    pytest.param(
        (
            "Metro Ledger\n\nScholars: signs work\n\nScholars at two universities"
            " reported that stickers promoting the trafficking hotline in res"
            "trooms coincided with a rise in calls to the hotline.\n\nThe study"
            " will be published in the spring.\n"
        ),
        "https://www.metroledger.example.com/news/scholars",
        (False, False, False),
        id="study_scholars",
    ),
    pytest.param(
        (
            "Department of Transportation\nNews Release\n\nDOT puts trafficking "
            "hotline posters in every rest area\n\nThe Department of Transporta"
            "tion placed posters advertising the National Human Trafficking H"
            "otline in all 40 rest areas this week. Researchers have said suc"
            "h posters lead to more calls, the department noted.\n\nCall 1-888-"
            "373-7888.\n"
        ),
        "https://www.dot.example.gov/news/posters",
        (True, True, False),
        id="study_office_pos",
    ),
    pytest.param(
        (
            "County Sheriff's Office\nPress Release\n\nDeputies promote the hotl"
            "ine at truck stops\n\nDeputies distributed stickers promoting the "
            "human trafficking hotline to six truck stops on Interstate 70 on"
            " Tuesday, the Sheriff's Office said.\n\nCall 1-888-373-7888 to rep"
            "ort.\n"
        ),
        "https://www.county.example.gov/sheriff/news",
        (True, True, False),
        id="study_office_pos2",
    ),
    pytest.param(
        (
            "Town of Pine Bluff\nHome > Business > Business License > Required"
            " Postings\n\nRequired Postings\n\nEvery business licensed by the Tow"
            "n must display the following at each location:\n\n- The current bu"
            "siness license.\n- The Town's parking rules placard.\n- \"No Smokin"
            'g" signage at each public entrance.\n\nQuestions? Call the License'
            " Office at 870-555-0101.\n\nRelated Links\nLicense Application | Co"
            "unty Human Trafficking Task Force\n"
        ),
        "https://www.pinebluff.example.gov/business/postings",
        (False, False, False),
        id="dutylist_town",
    ),
    pytest.param(
        (
            "City of Rivera\nBusiness Licensing\n\nPosting Requirements\n\nEach li"
            "censee shall post:\n\n1. the city business license;\n2. the fire oc"
            "cupancy placard issued by the Fire Marshal;\n3. the recycling dec"
            "als supplied with the license.\n\nSee also: Human Trafficking Task"
            " Force resources.\n"
        ),
        "https://www.rivera.example.gov/licensing/postings",
        (False, False, False),
        id="dutylist_shall",
    ),
    pytest.param(
        (
            "Harbor County\nVendor Permits\n\nFood vendors are required to displ"
            "ay the following:\n\n- The county health permit.\n- Stickers showin"
            "g the date of the last inspection.\n- The allergen placard.\n\nAlso"
            " on this site: Human Trafficking Task Force | Sheriff's Office\n"
        ),
        "https://www.harborcounty.example.gov/vendors",
        (False, False, False),
        id="dutylist_required",
    ),
    pytest.param(
        (
            "County Sheriff's Office\nPress Release\n\nSheriff's Office human tr"
            "afficking outreach this month\n\nDeputies will be at the county fa"
            "ir all week. At our booth visitors can pick up:\n\n- Posters with "
            "the National Human Trafficking Hotline for businesses.\n- Wallet "
            "cards with the hotline number.\n\nCall 1-888-373-7888 to report tr"
            "afficking.\n"
        ),
        "https://www.county.example.gov/sheriff/news",
        (True, True, False),
        id="list_office_pos",
    ),
    pytest.param(
        (
            "Department of Labor\nNews Release\n\nLabor Department sends traffic"
            "king posters to employers\n\nThe Department of Labor mailed the fo"
            "llowing to 2,000 employers this week:\n\n- New posters with the hu"
            "man trafficking hotline, 1-888-373-7888.\n- Stickers for employee"
            " restrooms.\n\nThe Department encourages every employer to put the"
            "m up.\n"
        ),
        "https://www.labor.example.gov/news/posters",
        (True, True, False),
        id="list_office_pos2",
    ),
    pytest.param(
        (
            "Flint Valley Ledger\nNews | Farm | Sports\n\nStudy: stickers tied t"
            "o calls\n\nResearchers at a Kansas university say stickers promoti"
            "ng the National Human Trafficking Hotline appear to lead to more"
            " calls from rural truck stops.\n\nThe Department of Transportation"
            ", which put up some of the stickers years ago, did not comment.\n"
        ),
        "https://www.flintvalleyledger.example.com/news/stickers",
        (False, False, False),
        id="study_with_office",
    ),
    pytest.param(
        (
            "River City Times\n\nPosters and calls\n\nThe study's authors found t"
            "hat posters advertising the trafficking hotline were followed by"
            " more calls to the National Human Trafficking Hotline in states "
            "that required them.\n\nA spokesperson for the state Attorney Gener"
            "al's office said the office would review the paper.\n"
        ),
        "https://www.rivercitytimes.example.com/news/posters",
        (False, False, False),
        id="study_economists_office",
        marks=pytest.mark.xfail(strict=True, reason="a headline's bare posters over a study"),
    ),
    pytest.param(
        (
            "Town of Surf Point\nHome > Business > Business License > Required"
            " Signs\n\nRequired Signs\n\nBusinesses operating in the Town must di"
            "splay the following at each business location:\n\n- The Town busin"
            "ess license, where customers can see it.\n- For businesses that r"
            "ent beach gear: the Town's beach rules placard.\n- For businesses"
            " licensed to sell beer or wine: the sign required by the State D"
            "epartment of Revenue stating that sales to anyone under 21 are u"
            "nlawful.\n\nRelated Links\nBusiness License Application | County Hu"
            "man Trafficking Task Force\n"
        ),
        "https://www.surfpoint.example.gov/business/required-signs",
        (False, False, False),
        id="dutylist_dept",
    ),
    pytest.param(
        (
            "City of Elm Grove\nLicensing\n\nEvery bar and restaurant must post "
            "the following:\n\n1. Occupancy placards issued by the Fire Departm"
            "ent.\n2. Stickers from the Health Department showing the latest i"
            "nspection grade.\n\nSee also: Police Department | Human Traffickin"
            "g Task Force\n"
        ),
        "https://www.elmgrove.example.gov/licensing/postings",
        (False, False, False),
        id="dutylist_dept2",
    ),
    pytest.param(
        (
            "Representative Ann Cole\nPress Release\n\nCole presses HHS on hotli"
            "ne\n\nRepresentative Ann Cole wrote to the Secretary of Health and"
            " Human Services on Monday urging that the National Human Traffic"
            "king Hotline, 1-888-373-7888, keep its full funding.\n\n###\n"
        ),
        "https://cole.house.gov/media/hhs",
        (False, False, False),
        id="letter_wrote_to",
    ),
    pytest.param(
        (
            "Mountain Herald\nNews | Schools | Sports\n\nCouncil rejects hotline"
            " stickers in park restrooms\n\nBy Dana Whitfield\nMarch 3, 2026\n\nEL"
            "KTON - The Elkton Town Council voted 3-2 Tuesday against a propo"
            "sal to put stickers with the National Human Trafficking Hotline "
            "in park restrooms.\n\nCouncil member Ray Ortiz, who brought the pr"
            "oposal, said the stickers cost little. Others said the parks dep"
            "artment should decide.\n\nThe council asked staff to report back i"
            "n June.\n"
        ),
        "https://www.mountainherald.example.com/news/stickers",
        (False, False, False),
        id="byline_voted_down",
    ),
    pytest.param(
        (
            "Valley Press\n\nBoard turns down trafficking hotline posters for b"
            "uses\n\nBy Lee Ann Porter\nApril 2, 2026\n\nThe county school board v"
            "oted 5-2 against a plan to hang posters with the National Human "
            "Trafficking Hotline on school buses, after members said drivers "
            "had enough signs to read.\n"
        ),
        "https://www.valleypress.example.com/news/buses",
        (False, False, False),
        id="byline_board_dies",
        marks=pytest.mark.xfail(
            strict=True, reason='"turns down" "a plan to hang": not read as a measure voted down'
        ),
    ),
    pytest.param(
        (
            "Mountain Herald\n\nTown puts hotline stickers in park restrooms\n\nB"
            "y Dana Whitfield\nMarch 3, 2026\n\nELKTON - The Elkton Parks Depart"
            "ment placed stickers with the National Human Trafficking Hotline"
            ", 1-888-373-7888, in every park restroom this week, the departme"
            "nt said.\n"
        ),
        "https://www.mountainherald.example.com/news/stickers-up",
        (True, True, False),
        id="byline_posters_up_pos",
    ),
]


@pytest.mark.parametrize(("text", "url", "expected"), CASES)
def test_r66_promotes(text: str, url: str, expected: tuple[bool, bool, bool]) -> None:
    assert campaign_record(text, url) == expected


def _case(name: str) -> tuple[str, str | None]:
    return case_text_url(CASES, name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("pobox_snow", "hotline in the footer only"),
        ("pobox_hunting", "hotline in the footer only"),
        ("since_letter", "a letter about the hotline, no outreach effort"),
        ("letter_wrote_to", "a letter about the hotline, no outreach effort"),
        ("dutylist_town", "no outreach effort"),
        ("pobox_outreach_neg", "campaign giving a trafficking hotline"),
    ],
)
def test_r66_reason(name: str, reason: str) -> None:
    from hotline_watch.coding import explain

    text, url = _case(name)
    assert explain(text, url=url)["top_campaign_cue"].startswith(reason)


def test_r66_footer_evidence_is_the_standing_line() -> None:
    from hotline_watch.coding import code_text

    text, url = _case("pobox_snow")
    quotes = [e["quote"] for e in code_text(text, url=url).evidence if e["field"] == "footer_only"]
    assert quotes and "1-888-373-7888" in quotes[0]
