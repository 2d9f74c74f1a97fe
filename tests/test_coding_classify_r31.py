"""Round 31 (issue 14zf): classification decisions written for a whole class (bodies a
government owns, an organisation's own page, gatherings an office holds, who publishes a
story). Each test fails on the engine before the round; wordings are not from any labelled
set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

#: A ferry-card campaign; `{body}` says who runs the ferries.
_FERRY_CARDS = (
    "Ferry cabins get trafficking hotline cards\n\n"
    "JUNEAU - Travelers crossing the sound this summer will find a small card by every cabin "
    "door.\n\n"
    '"Is someone holding your papers? Call for help," the card says, with the National Human '
    "Trafficking Hotline, 1-888-373-7888.\n\n"
    "The {body} put the same card in terminal washrooms and trained its deck crews in May.\n\n"
    '"We carry a lot of people who are far from home," said Mara Fenn, its chief executive.'
)


@pytest.mark.parametrize(
    ("body", "office"),
    [
        # a body a government owns is a public office, whatever it is called
        ("state-owned ferry line", True),
        ("city-owned ferry company", True),
        ("publicly owned ferry line", True),
        ("ferry line, a state corporation,", True),
        ("ferry line, a public benefit corporation,", True),
        # a company a government does not own is none
        ("privately owned ferry line", False),
        ("investor-owned ferry company", False),
        ("family-owned ferry line", False),
    ],
)
def test_a_body_a_government_owns_is_a_public_office(body, office):
    coding = code_text(_FERRY_CARDS.format(body=body), url="https://www.soundferries.com/news/1")
    assert coding.promotes_hotline is office
    assert coding.campaign is office


#: A referral network's own page: it names offices only as its members, and says what it is.
_NETWORK_PAGE = (
    "Who We Are\n\n"
    "The Prairie Freedom Collaborative links 17 shelters, clinics and legal aid programs that "
    "serve trafficking survivors across eastern Kansas.\n\n"
    "Our intake line, (785) 555-0142, is staffed on weekdays.\n\n"
    "If you need help now, call the National Human Trafficking Hotline at 1-888-373-7888. "
    "Advocates there can refer you to {members} in Topeka.\n\n"
    "{what}"
)


_SHERIFF = "The Shawnee County Sheriff's Office helped found the Collaborative in 2019. "


@pytest.mark.parametrize(
    ("members", "what"),
    [
        # offices named only as the network's members: no office acts
        ("participating agencies", "Gifts, not state funding, keep the line open."),
        ("partner agencies", "Gifts, not state funding, keep the line open."),
        # the page calls itself part of a nonprofit: an organisation's own page, whatever
        # office it names
        ("programs", _SHERIFF + "The Collaborative is a program of a 501(c)(3) nonprofit."),
        (
            "programs",
            _SHERIFF + "The Collaborative is part of the Flint Hills non-profit alliance.",
        ),
    ],
)
def test_a_networks_own_page_is_no_office_campaign(members, what):
    page = _NETWORK_PAGE.format(members=members, what=what)
    coding = code_text(page, url="https://www.prairiefreedom.org/who-we-are")
    assert coding.promotes_hotline is False
    assert coding.campaign is False


#: A story of a prosecution that closes with the national hotline.
_CHARGES_STORY = (
    "Two charged with forcing ranch hands to work without pay\n\n"
    "GREELEY - Two ranch owners were charged Tuesday with labor trafficking after four workers "
    "told investigators their passports were taken, according to court records.\n\n"
    "The district attorney's office said the couple made the men work 14-hour days and "
    "threatened to report them to immigration. A defense lawyer said the charges are false.\n\n"
    "The couple are due in court next month.\n\n"
    "Anyone who suspects labor trafficking can call the National Human Trafficking Hotline at "
    "1-888-373-7888."
)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.kgwn.com/2025/03/04/ranch-owners-charged/",
        "https://www.fox31denver.com/news/ranch-owners-charged",
        "https://www.greeleytribune.com/2025/03/04/ranch-owners-charged/",
        "https://www.coloradonewsline.com/2025/03/04/ranch-owners-charged/",
    ],
)
def test_a_news_outlets_closing_line_is_no_release_footer(url):
    coding = code_text(_CHARGES_STORY, url=url)
    assert coding.footer_only is False
    assert coding.promotes_hotline is False


def test_an_offices_release_closing_line_stays_a_footer():
    # the same closing line on the office's own site (or a prosecutor's .org) is its footer
    for url in ("https://www.weldda.gov/news/charges", "https://www.weldcountyda.org/news/1"):
        coding = code_text(_CHARGES_STORY, url=url)
        assert coding.footer_only is True
        assert coding.promotes_hotline is False


#: An office's own page about trafficking that tells of a gathering it holds; no hotline given.
_GATHERING_PAGE = (
    "Labor trafficking on farms: {who}\n\n"
    "The Department of Agriculture {sentence} about labor trafficking on farms and in packing "
    "sheds.\n\n"
    "Ana Ruiz of the department's farm labor unit said most cases start with a debt."
)


@pytest.mark.parametrize(
    ("who", "sentence"),
    [
        ("growers", "will host a symposium in April for growers"),
        ("road crews", "offered a two-hour course to its road crews last month"),
        ("students", "set up an information table at the student union"),
        ("inspectors", "held a roll-call training for its field inspectors"),
        ("growers", "is holding a summit for growers and labor contractors"),
    ],
)
def test_a_gathering_an_office_holds_is_a_campaign(who, sentence):
    page = _GATHERING_PAGE.format(who=who, sentence=sentence)
    coding = code_text(page, url="https://agriculture.example.gov/news/1")
    assert coding.campaign is True
    assert coding.promotes_hotline is False  # no hotline given


@pytest.mark.parametrize(
    "sentence",
    [
        # no gathering: a word in another sense, or a gathering no one holds
        "answered questions, of course, at a press conference",
        "listed job training and conference travel among its costs",
    ],
)
def test_words_of_other_senses_are_no_gathering(sentence):
    page = _GATHERING_PAGE.format(who="growers", sentence=sentence)
    coding = code_text(page, url="https://agriculture.example.gov/news/1")
    assert coding.campaign is False
