"""Round 37 (issue 14zl-promotes): a state agency's release about another matter whose own
subject's hotline comes first and whose trafficking line closes it is a footer, on any host; a
nonprofit's "our office" is its own, no public office; a news outlet's story that closes on the
hotline is the outlet's voice, whoever it quotes. Each test fails on the engine before the round;
wordings are not from any labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

_AGENCY_RELEASE = (
    "{agency_short} asks hunters to play it safe as deer season opens\n\n"
    "HARRISBURG - The {agency} {verb} everyone heading into the woods this weekend to wear "
    "blaze orange and to know what lies beyond the target.\n\n"
    "Game wardens will check licenses, tags and blaze orange across the state through the "
    "season. Last year there were 31 hunting-related shooting incidents.\n\n"
    "- Always treat a firearm as if it were loaded.\n"
    "- Unload before crossing a fence or climbing into a stand.\n"
    "- Tell someone where you will hunt and when you will be back.\n\n"
    "To report poaching or other game law violations, call the {agency_short} Operation Game "
    "Thief Hotline at 877-555-0148.\n\n"
    "If you suspect human trafficking, call the National Human Trafficking Hotline at "
    "1-888-373-7888."
)


@pytest.mark.parametrize(
    ("agency", "agency_short", "verb", "url"),
    [
        ("Keystone Game Commission", "KGC", "reminds", "https://www.keystonegame.com/news/deer"),
        ("Keystone Game Commission", "KGC", "urges", "https://keystonegameandfish.org/n/1"),
        ("Department of Natural Resources", "DNR", "reminds", None),
    ],
)
def test_an_agency_release_on_another_matter_closing_with_the_line_is_a_footer(
    agency, agency_short, verb, url
):
    text = _AGENCY_RELEASE.format(agency=agency, agency_short=agency_short, verb=verb)
    coding = code_text(text, url=url)
    assert coding.footer_only and not coding.promotes_hotline and not coding.campaign, coding


def test_a_release_about_trafficking_keeps_its_own_line():
    # guard: the same agency's release whose lead is about trafficking gives the line itself
    text = _AGENCY_RELEASE.format(
        agency="Keystone Game Commission", agency_short="KGC", verb="reminds"
    ).replace(
        "to wear blaze orange and to know what lies beyond the target",
        "to learn the signs of human trafficking at hunting camps and remote cabins",
    )
    coding = code_text(text, url="https://www.keystonegame.com/news/deer")
    assert not coding.footer_only, coding


_OWN_OFFICE_PAGE = (
    "Getting help\n\n"
    "Ridgeline Recovery Partners supports adults leaving sex and labor trafficking in the "
    "Cumberland Plateau. We offer safety planning, rides to appointments and help with "
    "benefits paperwork.\n\n"
    "Reach someone today\n"
    "- In danger right now: 911\n"
    "- National Human Trafficking Hotline: 1-888-373-7888 (any hour, any language)\n"
    "- {office_line}, Monday to Thursday: (931) 555-0114\n\n"
    "Support circle\n"
    "Survivors meet on the first Tuesday of each month. {call_office} for the address."
)


@pytest.mark.parametrize(
    ("office_line", "call_office"),
    [("Our office line", "Call our office"), ("My office phone", "Phone our main office")],
)
def test_a_nonprofit_speaking_of_our_office_names_no_public_office(office_line, call_office):
    text = _OWN_OFFICE_PAGE.format(office_line=office_line, call_office=call_office)
    coding = code_text(text, url="https://www.ridgelinerecovery.org/get-help")
    assert not coding.promotes_hotline and not coding.campaign, coding


def test_our_office_on_a_government_site_stays_the_publishers():
    # guard: on a government site the page is its publisher's, whatever "our office" says
    text = _OWN_OFFICE_PAGE.format(office_line="Our office line", call_office="Call our office")
    coding = code_text(text, url="https://www.tn.gov/ridgeline/get-help")
    assert coding.promotes_hotline, coding


_STORY = (
    "Truck stop workers say they keep seeing the same van\n\n"
    "LEBANON, Tenn. - Cashiers at a truck stop off Interstate 40 say a white van pulls in most "
    "nights, parks at the far end of the lot and leaves before sunrise.\n\n"
    '"It is never the same girls twice," one cashier said. {office_sentence}\n\n'
    "The store's owner said staff have been told to write down plates and call for help "
    "instead of walking out to the van.\n\n"
    "If you think you have seen signs of human trafficking, you can call the National Human "
    "Trafficking Hotline at 1-888-373-7888."
)


@pytest.mark.parametrize(
    ("office_sentence", "url"),
    [
        (
            "She said she has reported the van to the Wilson County Sheriff's Office twice.",
            "https://www.wkrntv.com/article/truck-stop-van-worries/",
        ),
        (
            "A sheriff's office spokesman said deputies have answered calls there this year.",
            "https://www.lebanondailyherald.com/local/truck-stop-van",
        ),
    ],
)
def test_a_news_story_closing_on_the_hotline_is_the_outlets_voice(office_sentence, url):
    coding = code_text(_STORY.format(office_sentence=office_sentence), url=url)
    assert not coding.promotes_hotline and not coding.campaign and not coding.footer_only, coding


def test_a_story_of_an_offices_own_effort_stays_a_campaign():
    # guard: a story where the office itself puts up the hotline is still its campaign
    text = _STORY.format(
        office_sentence="The Wilson County Sheriff's Office said it is putting up billboards "
        "with the hotline number along Interstate 40 this month."
    )
    coding = code_text(text, url="https://www.wkrntv.com/article/truck-stop-van-worries/")
    assert coding.promotes_hotline, coding
