"""Round 55 (issue 14r55-promotes-office): the poster a posting duty's own page names is the duty,
settled by the rules (the model never weighs it); an office's own line beside the hotline read once
(phones.office_line) by hotline_numbers and by promotes_hotline. The audit's own wordings; see
docs/coding-measurement.md, "Round 55 (issue 14r55-promotes-office)"."""

from __future__ import annotations

import pytest

from conftest import campaign_record
from hotline_watch.coding import code_text, explain

#: A page whose subject is a posting duty, naming the duty's own poster (or sign) and the hotline on
#: it, with no other effort of the office: the duty, no campaign.
DUTY_PAGES = [
    pytest.param(
        "https://gaming.example.gov/licensees/poster-rule",
        (
            "Trafficking Poster Rule for Licensed Card Rooms\n\nWhich card rooms must post "
            "it?\nEvery licensed card room is required by state law and Board Rule 14-220 to "
            "display the human trafficking awareness poster in each restroom and at the "
            "staff entrance.\n\nWhere can I get it?\nThe poster is produced by the State "
            "Anti-Trafficking Task Force. Download it below and print it at 11 x 17 inches "
            "or larger.\n\nWhat does the poster say?\nIt tells workers and guests they can call "
            "the National Human Trafficking Hotline at 1-888-373-7888 or text 233733 at any "
            "hour.\n\nBoard inspectors look for it during routine visits; a card room without "
            "it may be fined up to $500."
        ),
        id="card_room",
    ),
    pytest.param(
        "https://health.example.gov/massage/trafficking-notice",
        (
            "Human Trafficking Notice for Massage Establishments\n\nWho must post the "
            "notice?\nState law requires every licensed massage establishment to post the "
            "human trafficking notice in a conspicuous place near the entrance.\n\nWhere do I "
            "get the poster?\nThe poster is a free download from this page, in English and "
            "Spanish.\n\nWhat does it say?\nThe poster gives the National Human Trafficking "
            "Hotline at 1-888-373-7888 or text 233733.\n\nAn establishment that does not post "
            "it may be fined $250."
        ),
        id="massage_free_download",
    ),
    pytest.param(
        "https://labor.example.gov/posters/trafficking",
        (
            "Required Workplace Poster: Human Trafficking\n\nState law requires hotels, "
            "motels, truck stops and bars to display the human trafficking poster where "
            "employees can see it.\n\nThe poster is available to download and print from the "
            "department. It must be at least 8.5 x 11 inches.\n\nThe poster tells employees to "
            "call the National Human Trafficking Hotline at 1-888-373-7888 or text 233733 if "
            "they or someone they know is being forced to work.\n\nEmployers who fail to "
            "display it may be fined up to $100 per day."
        ),
        id="labor_available_to_print",
    ),
    pytest.param(
        "https://abc.example.gov/licensees/trafficking-sign",
        (
            "Trafficking Sign Requirement for Liquor Licensees\n\nEvery on-premises liquor "
            "licensee must display the human trafficking sign in each restroom, as required "
            "by Section 12-104.\n\nThe sign is provided by the Commission and carries a QR "
            "code that links to the Commission's resource page.\n\nThe sign tells patrons to "
            "call the National Human Trafficking Hotline at 1-888-373-7888 or text "
            "233733.\n\nInspectors check for the sign during routine visits."
        ),
        id="liquor_qr",
    ),
    pytest.param(
        "https://dot.example.gov/trafficking-poster",
        (
            "Truck Stop Human Trafficking Poster: Frequently Asked Questions\n\nWho has to "
            "post it? Every truck stop in the state must post the poster in each restroom "
            "and near the fuel desk under state law.\n\nWhere do I get the poster? Posters can "
            "be printed from this page; they are available in English, Spanish and "
            "Punjabi.\n\nWhat is on the poster? The poster gives the National Human "
            "Trafficking Hotline at 1-888-373-7888 or text 233733.\n\nWhat if I don't post it? "
            "A truck stop that does not display the poster may be fined $500."
        ),
        id="dot_truckstop_faq",
    ),
]

#: An office's own effort on the duty (a release reminding businesses of it, posters mailed or
#: delivered, a training, a launch at a press conference): a campaign giving the hotline.
OFFICE_EFFORTS = [
    pytest.param(
        "https://ag.example.gov/news/hotel-poster-reminder",
        (
            "Attorney General reminds hotels of trafficking poster law\n\nAttorney General "
            "Dana Ruiz today reminded hotel and motel owners that state law requires them to "
            "post the human trafficking poster in each lobby and at the front desk. The "
            "poster gives the National Human Trafficking Hotline at 1-888-373-7888 or text "
            '233733. "The poster can save a life," Ruiz said. Hotels that do not post it may '
            "be fined $500."
        ),
        id="release_reminds",
    ),
    pytest.param(
        "https://health.example.gov/news/posters-mailed",
        (
            "Health department mails trafficking posters to massage businesses\n\nThe "
            "Department of Health is mailing the human trafficking poster to every licensed "
            "massage establishment this month. State law requires the establishments to post "
            "it near the entrance. The poster gives the National Human Trafficking Hotline "
            "at 1-888-373-7888 or text 233733."
        ),
        id="office_mails",
    ),
    pytest.param(
        "https://gaming.example.gov/news/poster-webinars",
        (
            "Gaming Board offers webinars on the trafficking poster rule\n\nThe Gaming Board "
            "will hold free webinars for card room managers on the new human trafficking "
            "poster rule. Every licensed card room must display the poster in each restroom. "
            "The poster gives the National Human Trafficking Hotline at 1-888-373-7888 or "
            "text 233733. Managers will also learn how to recognize the signs of trafficking."
        ),
        id="training",
    ),
    pytest.param(
        "https://ag.example.gov/news/new-poster",
        (
            "Attorney General unveils new trafficking poster\n\nAttorney General Dana Ruiz "
            "unveiled the new human trafficking poster at a press conference on Tuesday. "
            "State law requires truck stops, bars and hotels to post it. The poster gives "
            "the National Human Trafficking Hotline at 1-888-373-7888 or text 233733, in "
            "English and Spanish."
        ),
        id="launch_event",
    ),
    pytest.param(
        "https://abc.example.gov/news/poster-delivery",
        (
            "Liquor agents deliver trafficking signs to bars\n\nAgents of the Alcohol Beverage "
            "Commission visited 120 bars this week to deliver the human trafficking sign "
            "every licensee must display in its restrooms. The sign gives the National Human "
            "Trafficking Hotline at 1-888-373-7888 or text 233733."
        ),
        id="inspectors_deliver",
    ),
]

#: Numbers beside the hotline: (url, text, hotline_numbers, (promotes, campaign, footer_only)).
OFFICE_LINES = [
    pytest.param(
        "https://www.sheriff.example.gov/news/arrests",
        (
            "Sheriff's office arrests two in massage parlor case\n\nDeputies arrested two "
            "people on human trafficking charges on Tuesday after a month-long "
            "investigation.\n\nReport suspected human trafficking to the Florida Human "
            "Trafficking Hotline at 1-855-352-7233.\n\nMedia contact: Dana Whitfield, Public "
            "Information Office | 772-220-8000\n"
        ),
        ["1-855-352-7233"],
        (False, False, True),
        id="arrest_state_line_then_press",
    ),
    pytest.param(
        "https://lcc.example.gov/news/reminder",
        (
            "Commission reminds licensees to post trafficking notice\n\nThe Liquor Control "
            "Commission reminds every on-sale licensee that state law requires the human "
            "trafficking notice to be posted in each restroom. The notice gives the National "
            "Human Trafficking Hotline, 1-888-373-7888, and the text line, 233733. Licensees "
            "with questions can contact the Liquor Control Commission at 402-555-2571.\n"
        ),
        ["1-888-373-7888", "233733"],
        (True, True, False),
        id="reminder_commission_line",
    ),
    pytest.param(
        "https://www.county.example.gov/news/training",
        (
            "County trains hotel staff on trafficking\n\nThe County Sheriff's Office trained "
            "60 hotel workers on Tuesday to recognize the signs of human trafficking. "
            "Workers can call the National Human Trafficking Hotline at 1-888-373-7888. "
            "Staff who see a guest in danger should call Pine County Communications at "
            "970-555-1110.\n"
        ),
        ["1-888-373-7888"],
        (True, True, False),
        id="training_dispatch_line",
    ),
    pytest.param(
        "https://www.county.example.gov/news/training2",
        (
            "County trains hotel staff on trafficking\n\nThe County Sheriff's Office trained "
            "60 hotel workers on Tuesday to recognize the signs of human trafficking. "
            "Workers can report it to the Florida Human Trafficking Hotline at "
            "1-855-352-7233.\n"
        ),
        ["1-855-352-7233"],
        (True, True, False),
        id="training_state_line_by_office",
    ),
    pytest.param(
        "https://www.tribe.example.gov/police/trafficking",
        (
            "Human Trafficking Awareness\n\nThe Tribal Police Department offers free trainings "
            "on human trafficking for businesses and schools. Call Law Enforcement Services "
            "at 406-555-4513 to schedule a training. To report trafficking, call the "
            "National Human Trafficking Hotline at 1-888-373-7888.\n"
        ),
        ["1-888-373-7888"],
        (True, True, False),
        id="booking_line_beside_hotline",
    ),
]


@pytest.mark.parametrize(("url", "text"), DUTY_PAGES)
def test_a_duty_pages_own_poster_is_the_duty(url: str, text: str) -> None:
    coded = code_text(text, url=url)
    assert coded.requires_posting is True
    assert (coded.promotes_hotline, coded.campaign, coded.footer_only) == (False, False, False)
    assert "national" in coded.hotline_scope


@pytest.mark.parametrize(
    ("url", "text"), [p for p in DUTY_PAGES if p.id != "labor_available_to_print"]
)
def test_the_rules_settle_a_duty_pages_poster_the_model_never_weighs_it(
    url: str, text: str
) -> None:
    reason = explain(text, url=url)
    assert reason["promote_probability"] is None
    assert reason["top_campaign_cue"].startswith("a posting duty's own poster, no outreach effort")


@pytest.mark.parametrize(("url", "text"), OFFICE_EFFORTS)
def test_an_offices_effort_on_the_duty_is_a_campaign(url: str, text: str) -> None:
    assert code_text(text, url=url).requires_posting is True
    assert campaign_record(text, url) == (True, True, False)


def test_wallet_cards_beside_the_duty_are_an_effort_not_the_notice() -> None:
    # a toolkit cue that is no copy of the notice (cards handed out) keeps the model's weighing
    text = (
        "Human Trafficking Notice for Massage Establishments\n\nState law requires every "
        "licensed massage establishment to post the human trafficking notice near the entrance. "
        "The Board has printed wallet cards with the National Human Trafficking Hotline, "
        "1-888-373-7888, for therapists to keep."
    )
    reason = explain(text, url="https://health.example.gov/massage/trafficking-notice")
    assert not reason["top_campaign_cue"].startswith("a posting duty's own poster")


@pytest.mark.parametrize(("url", "text", "numbers", "record"), OFFICE_LINES)
def test_an_offices_own_line_is_read_once(
    url: str, text: str, numbers: list[str], record: tuple[bool, bool, bool]
) -> None:
    coded = code_text(text, url=url)
    assert coded.hotline_numbers == numbers
    assert (coded.promotes_hotline, coded.campaign, coded.footer_only) == record


def test_an_offices_line_named_a_tip_line_stays_a_hotline() -> None:
    text = (
        "County trains hotel staff on trafficking\n\nThe County Sheriff's Office trained 60 "
        "hotel workers on Tuesday to recognize the signs of human trafficking. Workers can call "
        "the Pine County Sheriff's Office Human Trafficking Tip Line at 970-555-7777."
    )
    coded = code_text(text, url="https://www.county.example.gov/news/training3")
    assert coded.hotline_numbers == ["1-970-555-7777"]
    assert (coded.promotes_hotline, coded.campaign) == (True, True)


def test_a_state_hotline_named_in_full_is_given_with_its_sentence_as_evidence() -> None:
    url, text = OFFICE_LINES[3].values[:2]
    coded = code_text(text, url=url)
    quote = next(e["quote"] for e in coded.evidence if e["field"] == "promotes_hotline")
    assert "Florida Human Trafficking Hotline at 1-855-352-7233" in quote


_NOTICE_BILL = (
    "Senate Bill 400\n\n"
    "Section 1. (a) Every club and drinking establishment shall post a notice in each restroom.\n"
    '(b) The notice shall state: "If you or someone you know is being forced to work, call the '
    "National Human Trafficking Hotline at 1-888-373-7888. To report suspected human "
    'trafficking in this state, call the State Bureau of Investigation at {number}."'
)


@pytest.mark.parametrize(
    ("number", "given"),
    [
        # written in its own letters: a dedicated tip line, however it is introduced
        ("1-800-KS-CRIME", ["1-888-373-7888", "1-800-572-7463"]),
        # an office named alone before a plain number: the office's own line (round 54)
        ("785-296-8200", ["1-888-373-7888"]),
    ],
)
def test_an_office_s_line_in_its_own_letters_is_a_tip_line(number, given):
    assert code_text(_NOTICE_BILL.format(number=number), url=None).hotline_numbers == given
