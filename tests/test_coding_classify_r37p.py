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
