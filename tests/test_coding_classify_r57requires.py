"""Round 57 (issue 14r57-requires): the subject reading's lead without the site's chrome, a
finding told after the duty, a page of another subject's required postings, posters only talked
about. The audit's own wordings, both sides of each class (docs/coding-measurement.md)."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

MASTHEAD = "THE PRAIRIE COURIER\nStatehouse | Farm | Business | Opinion\n\n"

# -- (1) a duty told as a study's finding, the finding after it ---------------------------------
FINDING_AFTER = {
    # no duty: the finding closes the duty's sentence
    "according_to_study": (
        False,
        MASTHEAD + "Hotline notices tied to more calls\n\nBy Lee Hart\nMay 2, 2025\n\n"
        "States that required truck stops to post the human trafficking hotline saw more calls "
        "to it in the following years, according to a new study by economists at a state "
        "university.\n\nThe researchers compared call volumes across all 50 states.\n\n"
        "The paper will appear in a policy journal this fall.",
    ),
    "study_found_after": (
        False,
        MASTHEAD + "Research: where hotline signs hang matters\n\n"
        "States that require businesses to display the trafficking hotline in restrooms "
        "received the most calls, a 2024 analysis found.\n\nThe authors did not look at "
        "prosecutions.\n\nThe analysis covered 2012 to 2022.",
    ),
    # duties: the law named in the sentence; a real law told beside a study
    "law_named_with_study": (
        True,
        MASTHEAD + "Hotline notices tied to more calls\n\n"
        "Under a 2019 state law, truck stops must post the human trafficking hotline in each "
        "restroom, according to a new study of the law's effects.\n\nThe study found calls "
        "rose 14 percent.\n\nThe notice must be at least 8.5 by 11 inches.",
    ),
    "law_beside_study": (
        True,
        MASTHEAD + "New law puts trafficking hotline in truck stops\n\n"
        "Truck stops must post the National Human Trafficking Hotline in every restroom "
        "starting July 1 under a law Gov. Reed signed Tuesday.\n\nSupporters cited research "
        "showing calls rise where the hotline is posted, according to a new study.\n\n"
        "Violations carry a $500 fine.",
    ),
}

# -- (2) the lead read with the site's menu in it ----------------------------------------------
CHROME_LEAD = {
    # no duty: the only trafficking words are the menu's; the page lists another subject's signs
    "menu_only_trafficking": (
        False,
        "Anytown Licensing Office\nPermits | Inspections | Human Trafficking Notice | Contact\n"
        "\nHome > Businesses > Required Postings for Bars\n\nRequired Postings for Bars\n\n"
        "Every licensed bar must display the following items where customers can see them:\n"
        "- The current liquor license issued by the Board;\n"
        "- A sign stating that no one under 21 may be served alcohol;\n"
        "- A sign warning that drinking alcohol during pregnancy can cause birth defects;\n"
        "- The certificate of occupancy issued by the Building Department.\n\n"
        "Signs may be downloaded from this page or picked up at our office.\n\n"
        "Questions? Contact the Licensing Office at our main desk.",
    ),
    # no duty: the provision's cut told in the headline under a masthead and menu
    "headline_cut_under_menu": (
        False,
        MASTHEAD + "Hotline sign provision dropped from final highway bill\n\nBy Cora Dunn\n"
        "April 30, 2025\n\nThe governor on Tuesday signed a broad highway bill that changes "
        "permit fees and speeds up bridge work, but one provision is not in it.\n\n"
        "As introduced, the bill required the Department of Transportation to post signs with "
        "the National Human Trafficking Hotline in every rest area restroom.\n\n"
        "Senators adopted an amendment that removed the sign section in April. The bill became "
        "law without it.",
    ),
    # duties: a page whose own lead is the hotline notice; a law story under the same chrome
    "menu_and_lead_trafficking": (
        True,
        "Anytown Licensing Office\nPermits | Inspections | Human Trafficking Notice | Contact\n"
        "\nHome > Businesses > Human Trafficking Notice\n\nHuman Trafficking Notice\n\n"
        "Every licensed bar must post the human trafficking hotline notice in each restroom.\n\n"
        "The notice must list the National Human Trafficking Hotline, 1-888-373-7888.\n\n"
        "Notices may be downloaded from this page.",
    ),
    "headline_signed_under_menu": (
        True,
        MASTHEAD + "Hotline sign requirement signed into law\n\nBy Cora Dunn\nApril 30, 2025\n\n"
        "The governor on Tuesday signed a bill that requires the Department of Transportation "
        "to post signs with the National Human Trafficking Hotline in every rest area "
        "restroom.\n\nThe signs must go up by January.",
    ),
}

# -- (3) a page of another subject's required postings naming trafficking aside ----------------
OTHER_POSTINGS_PAGE = (
    "Maple County, Ohio\nGovernment | Departments | Health | Contact\n\n"
    "Required Signs for Food Establishments\n\n"
    "The Maple County Health Department inspects restaurants and grocery stores under contract "
    "with the state. Inspectors check for the following at every routine inspection.\n\n"
    "Every food establishment must display, where customers can see them:\n"
    "- Its current food license\n"
    "- A handwashing sign at each handwashing sink\n"
    "- A choking first-aid poster in the dining area\n\n"
    "Handwashing signs and the choking poster can be downloaded from this page.\n\n"
)
OTHER_POSTINGS = {
    # no campaign: the aside under a heading of pointers; a reminder of the food code's signs
    "related_training_duty": (
        False,
        OTHER_POSTINGS_PAGE + "Related\nLodging businesses have a separate state requirement to "
        "train employees on recognizing human trafficking; see the Lodging page.\n\n"
        "Maple County Health Department | 12 Main Street, Maple, OH 43001",
    ),
    "resources_training_link": (
        False,
        OTHER_POSTINGS_PAGE + "Resources for owners\n- Ohio Department of Commerce: food "
        "license guide\n- Ohio Attorney General: human trafficking awareness training for "
        "restaurant staff\n\nMaple County Health Department | 12 Main Street, Maple, OH 43001",
    ),
    "reminder_other_topics": (
        False,
        "Maple County Health Department\nHome | Services | News\n\n"
        "Health Department Reminds Restaurants of Required Signs\n\n"
        "The Maple County Health Department reminds restaurants and food trucks of the signs "
        "the food code requires them to post.\n\nEvery food service establishment must "
        "display:\n- A handwashing sign at each sink\n- A choking first aid poster\n"
        "- No-smoking signs at each entrance\n\nInspectors will check for the signs. Posters "
        "on other topics, such as human trafficking awareness, are not part of the "
        "inspection.\n\nMaple County Health Department | 12 Main Street, Maple, OH 43001",
    ),
    # campaigns: the office itself hands out trafficking posters on such a page; its training
    "office_hands_out_posters": (
        True,
        OTHER_POSTINGS_PAGE + "Human trafficking awareness\nOur inspectors also hand out free "
        "human trafficking hotline posters to every restaurant during inspections; the posters "
        "list the National Human Trafficking Hotline, 1-888-373-7888.\n\n"
        "Maple County Health Department | 12 Main Street, Maple, OH 43001",
    ),
}

# -- (4) posters only talked about: a study's story, a hearing's story -------------------------
TALKED_ABOUT = {
    "study_story_lawmakers": (
        False,
        MASTHEAD + "Study links hotline posters to more calls\n\nBy Ana Ruiz\nMarch 3, 2026\n\n"
        "Researchers at a state university found that calls to the National Human Trafficking "
        "Hotline rose faster in states with broad posting rules.\n\nThe researchers said they "
        "hope lawmakers will use the findings when they consider new bills.\n\n"
        "The study was published in a public health journal.",
    ),
    "hearing_saw_stickers": (
        False,
        MASTHEAD + "Truck stop plan draws crowd at hearing\n\nMore than 150 residents attended "
        "a hearing on a truck stop at the interchange. One resident said she had seen the "
        "trafficking hotline's stickers in truck stop restrooms elsewhere.\n\nThe supervisors "
        "did not vote. Harlan County has added two truck stops in five years.",
    ),
    # campaigns: an office launching a poster drive on the study; deputies' posters
    "study_office_poster_drive": (
        True,
        "Office of the Attorney General\nNews | Programs | Contact\n\n"
        "Attorney General launches hotline poster drive after study\n\n"
        "Attorney General Dana Cole on Monday launched a campaign to place human trafficking "
        "hotline posters in 500 truck stops, citing a study that linked posters to more calls."
        "\n\nThe posters list the National Human Trafficking Hotline, 1-888-373-7888.\n\n"
        "Businesses can request free posters from the office.",
    ),
    "deputies_posters_drivers_saw": (
        True,
        "Harlan County Sheriff's Office\n\nDeputies hang trafficking hotline posters at truck "
        "stops\n\nHarlan County deputies hung human trafficking hotline posters in 12 truck "
        "stops along Interstate 40 this week. The posters list the National Human Trafficking "
        "Hotline, 1-888-373-7888.\n\nSeveral drivers said they had already seen the number on "
        "posters in other states.",
    ),
}

MAIN_WRONG = {
    "according_to_study",
    "study_found_after",
    "menu_only_trafficking",
    "headline_cut_under_menu",
    "related_training_duty",
    "resources_training_link",
    "reminder_other_topics",
    "study_story_lawmakers",
    "hearing_saw_stickers",
}


@pytest.mark.parametrize("name", sorted(FINDING_AFTER) + sorted(CHROME_LEAD))
def test_duty_wording(name: str) -> None:
    duty, text = {**FINDING_AFTER, **CHROME_LEAD}[name]
    coded = code_text(text)
    assert coded.requires_posting is duty, name
    quotes = [e["quote"] for e in coded.evidence if e["field"] == "requires_posting"]
    if duty:
        assert quotes and all(q in text for q in quotes)


@pytest.mark.parametrize("name", sorted(OTHER_POSTINGS) + sorted(TALKED_ABOUT))
def test_campaign_wording(name: str) -> None:
    campaign, text = {**OTHER_POSTINGS, **TALKED_ABOUT}[name]
    # the county pages as their own site publishes them
    url = "https://www.maplecounty.oh.gov/health/required-signs" if name in OTHER_POSTINGS else None
    coded = code_text(text, url=url)
    assert coded.campaign is campaign, name
    assert coded.requires_posting is False, name


def test_the_menu_is_not_the_lead() -> None:
    from hotline_watch.coding.text import chrome_head_end

    low = MASTHEAD.lower() + "headline here\n\nby ann lee | may 29, 2025 | news\n"
    assert low[chrome_head_end(low) :].startswith("headline here")
    # a byline with bars after the headline is no menu: the text opens with its headline
    low = "headline here\nby ann lee | may 29, 2025 | news\n\nfirst sentence."
    assert chrome_head_end(low) == 0


def test_audit_counts() -> None:
    every = {**FINDING_AFTER, **CHROME_LEAD, **OTHER_POSTINGS, **TALKED_ABOUT}
    assert len(every) == 16
    assert MAIN_WRONG <= set(every)


def test_the_posters_of_a_duty_only_a_study_talks_about_are_no_effort():
    # lead's mend (fresh set 78): the duty a study's finding talks about is dropped, and its
    # posters stay the measure's, no office's effort (the lawmakers named are no campaign)
    text = (
        "The Valley Courier\nNews | Sports | Opinion\n\n"
        "Study: States that require trafficking posters log more hotline tips\n\n"
        "By Dana Whitlock\nMarch 3, 2026\n\n"
        "LINCOLN - States that require motels to post the National Human Trafficking Hotline "
        "number log more tips to the hotline per resident than states that do not, according to "
        "a study by three researchers at Lincoln State University released this week.\n\n"
        "The team compared call records from 2013 to 2023 in every state. Their analysis found "
        "that signs placed where workers could see them mattered most.\n\n"
        '"Requiring motels to post the hotline is the cheapest step a legislature can take," '
        "said co-author Ellen Marsh, a sociologist.\n\n"
        "The authors hope lawmakers use the findings to decide which businesses a sign rule "
        "should cover.\n\n"
        "The study appears in a spring journal issue."
    )
    coding = code_text(text, url="https://www.valleycourier.example.com/2026/03/study-signs")
    assert coding.requires_posting is False
    assert coding.campaign is False
    assert coding.promotes_hotline is False
