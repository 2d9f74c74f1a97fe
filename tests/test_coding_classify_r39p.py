"""Round 39 (issue 14zn-promotes): the footer class completed (a release about another matter
whose only trafficking words are its closing paragraph(s), with or without a channel of its own);
"report it to the National Human Trafficking Hotline at" hands the hotline over (the verb, not a
count of reports); a shelter's "phone charging" is a service, not charges. Each test marked so
fails on the engine before the round; wordings are not from any labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text


def _flags(text: str, url: str) -> tuple[bool, bool, bool]:
    """(campaign, promotes_hotline, footer_only) of one text."""
    coding = code_text(text, url=url)
    return coding.campaign, coding.promotes_hotline, coding.footer_only


_OTHER_MATTER = "{headline}\n\nSALEM - {lead}\n\n{body}\n\n{closing}"


@pytest.mark.parametrize(
    ("headline", "lead", "body", "closing", "url"),
    [
        (
            "State forensic lab opens new toxicology wing",
            "The Oregon State Police dedicated a new toxicology wing at its forensic laboratory "
            "in Clackamas on Thursday, doubling the space for blood and drug testing.",
            "The wing cost $4.1 million and adds eight analyst stations. Turnaround for "
            "impaired-driving cases is expected to fall from 40 days to under three weeks, the "
            "superintendent said at the ribbon cutting.",
            "If you know of someone being trafficked, call 1-888-373-7888 or text 233733.",
            "https://www.oregon.gov/osp/news/toxicology-wing",
        ),
        (
            "Highway patrol graduates 31 new troopers",
            "The Nebraska State Patrol welcomed 31 troopers at a graduation ceremony in Lincoln "
            "on Friday after 22 weeks of training at the academy.",
            "The class trained in crash investigation, firearms and emergency driving. The new "
            "troopers report to their troop areas next month, said Colonel Ann Marsh.",
            "Human trafficking happens in every state.\n\nTo report human trafficking, call "
            "the National Human Trafficking Hotline at 1-888-373-7888.",
            "https://statepatrol.nebraska.gov/news/graduation",
        ),
    ],
)
def test_a_release_about_another_matter_closing_with_the_hotline_is_a_footer(
    headline, lead, body, closing, url
):
    text = _OTHER_MATTER.format(headline=headline, lead=lead, body=body, closing=closing)
    assert _flags(text, url) == (False, False, True)


def test_an_office_release_about_trafficking_outreach_stays_a_campaign():
    text = _OTHER_MATTER.format(
        headline="State Police train truck stop staff to spot trafficking",
        lead="The Oregon State Police trained 120 truck stop employees this month to spot "
        "signs of human trafficking and handed out wallet cards with the hotline.",
        body="Troopers visited 14 truck stops along Interstate 5 and left posters in every "
        "break room, the superintendent said.",
        closing="If you know of someone being trafficked, call 1-888-373-7888 or text 233733.",
    )
    campaign, _, footer_only = _flags(text, "https://www.oregon.gov/osp/news/truck-stops")
    assert (campaign, footer_only) == (True, False)


def test_a_sentencing_release_closing_with_report_it_to_the_hotline_is_a_footer():
    text = (
        "Billings man sentenced to 12 years for sex trafficking\n\n"
        "BILLINGS - A Billings man was sentenced Wednesday to 144 months in federal prison "
        "for sex trafficking of an adult by force, the U.S. Attorney's Office said.\n\n"
        "According to court records, the defendant advertised two women online and kept the "
        "money they were paid. He pleaded guilty in March.\n\n"
        "The FBI and the Billings Police Department investigated the case.\n\n"
        "Anyone with information about possible trafficking should report it to the National "
        "Human Trafficking Hotline at 1-888-373-7888."
    )
    url = "https://www.justice.gov/usao-mt/pr/billings-sentenced"
    assert _flags(text, url)[1:] == (False, True)


def test_a_shelters_phone_charging_is_no_enforcement_and_its_page_no_footer():
    text = (
        "Services for young people\n\n"
        "Northside Youth House runs an overnight shelter for people ages 14 to 20 and a "
        "daytime center with hot meals, phone charging, showers and laundry.\n\n"
        "Shelter: beds for youth who cannot go home. Call (509) 555-0140 to ask about a bed.\n"
        "Outreach: staff meet young people at the bus depot and the river trail each week.\n\n"
        "If someone is making you trade sex or work for them, you can also reach the National "
        "Human Trafficking Hotline at 1-888-373-7888 or text 233733.\n\n"
        "We belong to the Spokane Regional Human Trafficking Task Force and take referrals "
        "from schools and clinics."
    )
    assert _flags(text, "https://www.example.org/northside-youth-house/services")[2] is False


def test_cards_an_office_hands_out_before_the_closing_hotline_are_its_outreach():
    text = _OTHER_MATTER.format(
        headline="Farm labor cards for the harvest season",
        lead="The Oregon Bureau of Labor and Industries has printed wallet cards for "
        "orchard and cannery crews this fall, in English, Spanish and Mixteco.",
        body="Inspectors hand the cards out at labor camps and packing sheds, and growers may "
        "order more at no cost from the bureau's field offices.",
        closing="If a boss takes your papers or will not let you leave, call the National Human "
        "Trafficking Hotline at 1-888-373-7888 or text 233733.",
    )
    assert _flags(text, "https://www.oregon.gov/boli/news/harvest-cards")[:2] == (True, True)
