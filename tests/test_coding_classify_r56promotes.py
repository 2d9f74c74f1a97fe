"""Round 56 (issue 14r56-promotes): whose effort, and a hotline only talked about.

Six classes, each in wordings of our own (both sides):

* a county named as an attribute of another thing ("the Brookfield County Fair", "a Harlan
  County nonprofit", "Delmar County residents") is no county government acting: who acts is the
  subject of the effort's verbs; near misses: the county's own offices ("the Delmar County
  Sheriff's Office", "Delmar County commissioners", "Delmar County deputies") handing out the
  same cards.
* a hotline named without its number, beside posters or stickers only as what someone saw or
  what a study links to calls ("she had seen the hotline's stickers", "Study links hotline
  posters to more calls"), is talked about, not given; near misses: an office's posters giving
  the hotline, "the posters list the hotline".
* an office of a private college (its own unit, "the Office of Residence Life", "the Student
  Affairs office") on a page that calls its college private is the college's, no government's;
  near misses: the same unit of a college the text names as a public one.
* an appeal of a release's own matter ("urges anglers to use extreme caution") does not claim
  the trafficking line that closes the release: a footer; near misses: an appeal to call the
  hotline in the lead, a release about trafficking.
* an imperative opening its sentence after a question ("See something? Report suspected human
  trafficking to 1-866-...") hands the number over: the closing line of an arrest release is its
  footer; near miss: "reports to 1-866-... rose" (statistics).
* a state's parks system ("West Virginia State Parks has placed ...") is a public office; near
  misses: a state's parks as a place ("in Ohio state parks") and a private resort.
"""

from __future__ import annotations

import pytest

from conftest import campaign_record, evidence_quote
from hotline_watch.coding import code_text

NATIONAL = "1-888-373-7888"


# -- 1. a county as an attribute of another thing -------------------------------------------

FAIR_STORY = (
    "THE VALLEY COURIER\n"
    "News | Sports | Opinion\n\n"
    "{headline}\n\n"
    "By Dana Whitcomb\n"
    "July 9, 2025\n\n"
    "MILLTOWN - {lead}\n\n"
    "The cards give the National Human Trafficking Hotline, 1-888-373-7888, and the text "
    "line, 233733.\n\n"
    '"Most people have never heard of it," said {speaker}. "A card in a pocket can change '
    'that."\n\n'
    "Dana Whitcomb covers community news for the Courier.\n"
)

COUNTY_ATTRIBUTE = [
    (
        "fair",
        "Volunteers hand out trafficking hotline cards at county fair",
        "Volunteers from a Milltown nonprofit spent the week at the Brookfield County Fair "
        "handing out cards with a number they hope fairgoers never need.",
        "volunteer Ruth Ames",
    ),
    (
        "nonprofit",
        "Survivor-led group hands out hotline cards",
        "Freedom Path, a Harlan County nonprofit, is handing out cards at its downtown art show "
        "this month.",
        "director Lena Ortiz",
    ),
    (
        "residents",
        "Church volunteers hand out hotline cards",
        "Volunteers from St. Mark's Church, joined by Delmar County residents, will hand out "
        "cards at the farmers market on Saturdays.",
        "volunteer Ruth Ames",
    ),
]

COUNTY_OFFICE = [
    (
        "sheriff",
        "Deputies hand out hotline cards at county fair",
        "The Delmar County Sheriff's Office spent the week at the Brookfield County Fair "
        "handing out cards to fairgoers.",
        "Sheriff Tom Reyes",
    ),
    (
        "commissioners",
        "County hands out hotline cards at fair",
        "Delmar County commissioners will hand out cards at the county fair booth all week.",
        "Commissioner Ann Bly",
    ),
    (
        "deputies",
        "Deputies hand out hotline cards",
        "Delmar County deputies handed out cards to fairgoers at the fair's gate on Friday.",
        "Sheriff Tom Reyes",
    ),
]


@pytest.mark.parametrize("name,headline,lead,speaker", COUNTY_ATTRIBUTE)
def test_county_as_attribute_is_no_office(name, headline, lead, speaker):
    text = FAIR_STORY.format(headline=headline, lead=lead, speaker=speaker)
    promotes, campaign, _ = campaign_record(text)
    assert (promotes, campaign) == (False, False), name


@pytest.mark.parametrize("name,headline,lead,speaker", COUNTY_OFFICE)
def test_county_office_hands_out_cards(name, headline, lead, speaker):
    text = FAIR_STORY.format(headline=headline, lead=lead, speaker=speaker)
    promotes, campaign, _ = campaign_record(text)
    assert (promotes, campaign) == (True, True), name
    assert "County" in evidence_quote(text, "campaign"), name


# -- 2. a hotline only talked about ----------------------------------------------------------

HEARING = (
    "THE RIVER LEDGER\n"
    "Local | Business | Opinion\n\n"
    "Truck stop plan draws crowd at township hearing\n\n"
    "By Pat Lindqvist\n"
    "May 2, 2025\n\n"
    "OAK TOWNSHIP - More than 150 residents filled the township building Tuesday for a hearing "
    "on a developer's request to rezone 80 acres for a truck stop.\n\n"
    "Residents cited traffic and noise. {speech}\n\n"
    "A representative of the developer said the project would bring 300 jobs.\n\n"
    "The supervisors did not vote. Harlow County has added more than 10 million square feet of "
    "warehouse space in a decade.\n"
)

STUDY = (
    "THE MESA JOURNAL\n"
    "News | Health | Opinion\n\n"
    "{headline}\n\n"
    "By Ana Ruiz\n"
    "March 3, 2026\n\n"
    "TUCSON - Researchers at a state university found that states requiring businesses to post "
    "the National Human Trafficking Hotline saw calls to the hotline rise faster than others.\n\n"
    "The analysis compared hotline call data from all 50 states over a decade.\n\n"
    "The researchers said they hope lawmakers will use the findings when they consider new "
    "bills.\n"
)

TALKED_ABOUT = [
    (
        "seen",
        HEARING.format(
            speech="One man said he had seen the trafficking hotline's stickers in truck stop "
            "restrooms elsewhere."
        ),
    ),
    (
        "noticed",
        HEARING.format(
            speech="A teacher said she noticed the human trafficking hotline posters at a truck "
            "stop in Ohio and wondered why."
        ),
    ),
    ("study", STUDY.format(headline="Study links hotline posters to more calls")),
    (
        "analysis",
        STUDY.format(headline="Analysis finds trafficking hotline signs bring more calls"),
    ),
]


@pytest.mark.parametrize("name,text", TALKED_ABOUT)
def test_hotline_talked_about_is_not_given(name, text):
    promotes, _, _ = campaign_record(text)
    assert promotes is False, name
    assert code_text(text).hotline_numbers == [], name


OFFICE_POSTERS = (
    "Harlow County Sheriff's Office\n"
    "NEWS RELEASE\n\n"
    "Sheriff puts up trafficking hotline posters at truck stops\n\n"
    "The Harlow County Sheriff's Office has put up human trafficking hotline posters in the "
    "restrooms of every truck stop in the county{tail}.\n\n"
    '"Victims need to know help exists," Sheriff Dale Ortiz said.\n'
)


@pytest.mark.parametrize(
    "tail",
    ["", ", and deputies say drivers have already seen them", ". The posters list the hotline"],
)
def test_office_posters_give_hotline(tail):
    text = OFFICE_POSTERS.format(tail=tail)
    assert campaign_record(text)[:2] == (True, True), tail


# -- 3. a private college's office -----------------------------------------------------------

COLLEGE_PAGE = (
    "{college}\n"
    "Admission | Academics | Student Life | Give\n\n"
    "Student Life > {unit} > Human Trafficking\n\n"
    "Human Trafficking: What Every Student Should Know\n\n"
    "{college} is {kind}. The {unit_phrase} wants every student to recognize the signs of human "
    "trafficking and to know where to turn.\n\n"
    "If you are worried about yourself or a friend:\n"
    "- National Human Trafficking Hotline: 1-888-373-7888\n"
    "- Text: 233733\n"
    "- Counseling Center: ext. 4120\n\n"
    "Resident assistants receive training on these topics each August.\n"
)

PRIVATE_UNITS = [
    ("residence_life", "Office of Residence Life", "Residence Life"),
    ("student_affairs", "Student Affairs office", "Student Affairs"),
    ("dean", "Office of the Dean of Students", "Dean of Students"),
]


@pytest.mark.parametrize("name,unit_phrase,unit", PRIVATE_UNITS)
def test_private_college_unit_is_no_office(name, unit_phrase, unit):
    text = COLLEGE_PAGE.format(
        college="Saint Wilfrid College",
        kind="a private Catholic liberal arts college",
        unit_phrase=unit_phrase,
        unit=unit,
    )
    assert campaign_record(text)[:2] == (False, False), name


@pytest.mark.parametrize("name,unit_phrase,unit", PRIVATE_UNITS)
def test_public_college_unit_is_an_office(name, unit_phrase, unit):
    text = COLLEGE_PAGE.format(
        college="Lakeshore Community College",
        kind="a public community college",
        unit_phrase=unit_phrase,
        unit=unit,
    )
    assert campaign_record(text)[:2] == (True, True), name


# -- 4. an appeal of the release's own matter before a closing trafficking line --------------

ADVISORY = (
    "Marlow County Sheriff's Office\n"
    "Home | Divisions | News\n\n"
    "NEWS RELEASE\n"
    "January 9, 2026\n\n"
    "{headline}\n\n"
    "PIERRE - The Marlow County Sheriff's Office {appeal}\n\n"
    "{body}\n\n"
    '"We want everyone home safe at night," Sheriff Ray Holm said.\n\n'
    "Report human trafficking: National Human Trafficking Hotline 1-888-373-7888 | Text 233733\n"
    "\n###\n\n"
    "Marlow County Sheriff's Office | 100 Main Street, Pierre, SD 57501\n"
)

OWN_MATTER_APPEALS = [
    (
        "ice",
        "Sheriff urges caution on lake ice",
        "urges anglers to use extreme caution on Lake Marlow after two trucks broke through the "
        "ice.",
        "Anglers should check ice every 150 feet and carry ice picks.",
    ),
    (
        "roads",
        "Sheriff asks drivers to stay home during storm",
        "asks drivers to use only main roads and to stay home if they can during this week's "
        "blizzard.",
        "Plows will run around the clock on county roads.",
    ),
    (
        "scam",
        "Sheriff warns of phone scam",
        "urges residents to report calls from people claiming to be deputies who demand payment.",
        "Deputies never ask for payment over the phone.",
    ),
]


@pytest.mark.parametrize("name,headline,appeal,body", OWN_MATTER_APPEALS)
def test_appeal_of_own_matter_leaves_a_footer(name, headline, appeal, body):
    text = ADVISORY.format(headline=headline, appeal=appeal, body=body)
    assert campaign_record(text) == (False, False, True), name


def test_appeal_to_call_the_hotline_is_a_campaign():
    text = ADVISORY.format(
        headline="Sheriff urges anglers to report trafficking",
        appeal="urges anglers and resort owners to report suspected human trafficking to the "
        "national hotline during the ice fishing season.",
        body="Deputies will visit resorts and bait shops to hand out hotline cards this month.",
    )
    assert campaign_record(text)[:2] == (True, True)


# -- 5. an imperative after a question ---------------------------------------------------------

ARREST = (
    "Bryan County Sheriff's Office\n"
    "Home | Jail | News\n\n"
    "Man Charged With Trafficking a Minor\n\n"
    "PEMBROKE, Ga. (May 1, 2025) - The Bryan County Sheriff's Office arrested a 41-year-old man "
    "on a charge of trafficking a person for sexual servitude after a month-long "
    "investigation.\n\n"
    "Investigators say the man advertised a 15-year-old girl online. He is held without bond.\n\n"
    '"We will keep working these cases," said Sheriff Mark Crowe.\n\n'
    "{close}\n\n"
    "###\n\n"
    "Bryan County Sheriff's Office | 200 Main Street, Pembroke, GA 31321\n"
)


@pytest.mark.parametrize(
    "close",
    [
        "See something? Report suspected human trafficking to 1-866-363-4842.",
        "Have information about human trafficking? Call 1-866-363-4842.",
        "Suspect human trafficking? Text or call 1-866-363-4842 any time.",
    ],
)
def test_imperative_after_question_is_a_footer(close):
    assert campaign_record(ARREST.format(close=close)) == (False, False, True), close


def test_reports_statistic_is_no_footer():
    text = ARREST.format(close="Reports to 1-866-363-4842 rose 12 percent last year.")
    assert campaign_record(text)[2] is False


# -- 6. a state's parks system --------------------------------------------------------------

PARKS = (
    "{name}\n"
    "Parks | Lodging | Camping | News\n\n"
    "NEWS\nJune 2, 2025\n\n"
    "{headline}\n\n"
    "CHARLESTON - {name} has placed human trafficking awareness posters in staff areas and "
    "guest restrooms at its lodges.\n\n"
    "The posters give the National Human Trafficking Hotline, 1-888-373-7888, and the text line, "
    "233733.\n\n"
    "About 400 seasonal employees also completed an awareness training this spring.\n"
)


@pytest.mark.parametrize("name", ["West Virginia State Parks", "Kentucky State Parks"])
def test_state_parks_system_is_an_office(name):
    text = PARKS.format(name=name, headline="Parks post trafficking hotline in lodges")
    assert campaign_record(text)[:2] == (True, True), name


def test_state_parks_as_place_is_no_office():
    text = (
        "THE TRAIL TIMES\nNews | Outdoors\n\n"
        "Resort posts trafficking hotline\n\n"
        "Pine Ridge Resort, a family-owned lodge near several Ohio state parks, has placed "
        "human trafficking awareness posters in its staff areas.\n\n"
        "The posters give the National Human Trafficking Hotline, 1-888-373-7888.\n"
    )
    assert campaign_record(text)[:2] == (False, False)
