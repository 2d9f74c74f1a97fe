"""Round 35 (issue 14zj-promotes): classification decisions that complete a class once (a body a
government owns or created, in any wording, is no non-government organisation; the short name a
text gives an office names it in the headline; an office's release about another matter that
closes with the trafficking line after its own subject's line has a footer; a news story whose
office only told the reporter closes with the outlet's own line). Each test fails on the engine
before the round; wordings are not from any labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

#: A release on a body's own (non-government) host whose lead names it by an organisation word
#: the next words make a government's.
_OWNED = (
    "Ferry line brings trafficking signs aboard for the summer\n\n"
    "PORT HALLOWELL - Deckhands and ticket agents on the island run will start the season with a "
    "short session on spotting people moved against their will, and the ferry company, {owner}, "
    "has hung new posters in every passenger cabin and at both terminals this week.\n\n"
    'The posters read: "Is someone holding your ID? Call 1-888-373-7888 or text 233733."\n\n'
    '"Our boats carry thousands of seasonal workers," the general manager said.'
)
_FERRY = "https://www.islandferryline.example.com/news/summer-crew-posters"


@pytest.mark.parametrize(
    "owner",
    [
        "a corporation owned by the Commonwealth",
        "a public corporation created by the General Assembly",
        "an instrumentality of the state",
        "a component unit of the county government",
        "a quasi-public company",
    ],
)
def test_a_body_a_government_owns_or_created_is_no_organisation(owner):
    coding = code_text(_OWNED.format(owner=owner), url=_FERRY)
    assert coding.promotes_hotline is True
    assert coding.campaign is True


def test_a_company_no_government_owns_stays_an_organisations_text():
    coding = code_text(_OWNED.format(owner="a family company since 1952"), url=_FERRY)
    assert coding.promotes_hotline is False


#: A transit body named in the headline by the short name its lead gives it, the lead's first
#: sentence seen from the riders, the number on the medium in the next paragraph.
_SHORT = (
    "{short} puts the hotline on its streetcars\n\n"
    "LAKEPORT - People riding the downtown loop this month will find a small orange card above "
    "the doors. The {name} ({short}) has printed the message for all 40 cars and the two "
    "transfer centres, and it will stay up through the spring.\n\n"
    '"Nobody should be moved against their will. Call 1-888-373-7888 or text 233733," the '
    "card says in English and Vietnamese.\n\n"
    "The general manager said drivers were briefed at the start of the month."
)
_NOT_GOV = "https://www.lakeportstreetcar.example.org/news/orange-placards"


@pytest.mark.parametrize(
    ("name", "short"),
    [("Lakeport Regional Transit District", "LRTD"), ("Lakeport Transit Authority", "LTA")],
)
def test_an_office_named_by_its_given_short_name_in_the_headline_acts(name, short):
    coding = code_text(_SHORT.format(name=name, short=short), url=_NOT_GOV)
    assert coding.promotes_hotline is True


#: An office's consumer alert about another matter, its own complaint line, then the trafficking
#: line as its last paragraph.
_ALERT = (
    "Attorney General warns renters about {topic}\n\n"
    "CAPITOL CITY - Attorney General Ruth Calder is urging tenants to be careful this season, "
    "as {topic} cost families thousands of dollars last year.\n\n"
    "{advice}\n\n"
    "Complaints can be filed with the Consumer Protection Division online or by calling "
    "(555) 214-3300.\n\n"
    "If an offer involves being made to work or to sell sex against your will, contact the "
    "National Human Trafficking Hotline at 1-888-373-7888."
)
_AG_SITE = "https://www.ag.example.gov/news/renter-alert"


@pytest.mark.parametrize(
    ("topic", "advice"),
    [
        (
            "fake rental listings",
            "Scammers copy real listings, ask renters to wire a deposit and never hand over keys. "
            "Residents should visit the unit and never pay with gift cards.",
        ),
        (
            "moving company scams",
            "Some movers knock door to door offering cheap rates, then hold belongings until "
            "families pay twice the quote. Ask neighbours and get a written estimate.",
        ),
    ],
)
def test_an_alert_about_another_matter_closing_with_the_line_is_a_footer(topic, advice):
    coding = code_text(_ALERT.format(topic=topic, advice=advice), url=_AG_SITE)
    assert coding.promotes_hotline is False
    assert coding.footer_only is True
    assert coding.campaign is False


def test_a_campaign_release_whose_subject_is_trafficking_is_no_footer():
    text = (
        "Attorney General launches trafficking awareness posters for renters\n\n"
        "CAPITOL CITY - Attorney General Ruth Calder unveiled posters for every apartment "
        "laundry room in the state to help tenants spot human trafficking.\n\n"
        "Complaints about landlords can be filed by calling (555) 214-3300.\n\n"
        "The posters give the National Human Trafficking Hotline, 1-888-373-7888."
    )
    coding = code_text(text, url=_AG_SITE)
    assert coding.promotes_hotline is True
    assert coding.footer_only is False


#: A station's story: the office only told the reporter; the hotline closes the story.
_STORY = (
    "Night shift at the bus depot: drivers say they watch for trafficking\n\n"
    "MIDTOWN - Under the depot lights after midnight, a handful of drivers wait for the last "
    "coaches. Several say they have learned what to look for.\n\n"
    '"A kid with no bag and an older man holding her ticket, you notice," said one driver, who '
    "asked that we not use her name.\n\n"
    "Detectives with the Midtown Police Department {told} the depot sees a few cases a year.\n\n"
    "If you see something, the National Human Trafficking Hotline is 1-888-373-7888."
)


@pytest.mark.parametrize("told", ["told us", "told KMTV", "told reporters"])
def test_a_story_whose_office_only_told_the_outlet_closes_with_its_own_line(told):
    coding = code_text(_STORY.format(told=told), url="https://www.kmtv.com/news/depot-night-shift")
    assert coding.promotes_hotline is False
    assert coding.campaign is False
    assert coding.footer_only is False
