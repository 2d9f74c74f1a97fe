"""Round 57 (issue 14r57-promotes): reminders read as bill news, public bodies by what they are,
tip lines by their form.

Wordings of our own, both sides of each class:

* a public office reminding businesses of a posting duty, where the reminder runs across an
  initialism's full stops ("along Interstate 65 and U.S. 31") or names a long list of whom and
  where before "state law requires": a reminder (an office's effort, promotes), not news about
  a bill; near misses: a reminder of another duty, and the law told with no one reminding.
* a municipally owned utility named by its government ("City Utilities of Springfield", "Town
  Utilities") is a public body; near miss: an electric company.
* a public office's human trafficking awareness (prevention) week is a campaign, with no hotline
  given no promotion; near miss: a private college's unit hosting the same week.
* a private college's campus safety office ("The Office of Campus Safety", officers "not sworn
  police officers", crimes "reported to the Connecticut State Police") is the college's, no
  government's; near miss: the same page of a state university.
* hotline_numbers: a text tip line whose keyword is named as such ("text the keyword ATHENSHT
  followed by their tip to 847411"), a vanity number opening with a word of five or six letters
  ("1-844-BRUNS-HT"), both kept; an office's line given to get its materials ("Business owners
  who want additional copies ... call 251-...") left out; near misses: a tip line named between
  the call and the number, and a state's tip line after "watch for signs".
"""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text, explain

NATIONAL = "1-888-373-7888"

# -- 1. a reminder across initialisms or a long list --------------------------------------------

REMINDER = (
    "{office} News\n\n"
    "{headline}\n\n"
    "{lead}\n\n"
    "The notice lists the National Human Trafficking Hotline, 1-888-373-7888, and the text line, "
    "233733, in English and Spanish. It must be displayed where employees and the public can see "
    "it.\n\n"
    "Deputies will visit businesses through the end of the month.\n"
)

REMINDERS = [
    (
        "initialism",
        "Escambia Ridge County Sheriff's Office",
        "Sheriff reminds U.S. 31 businesses: trafficking notices must be posted",
        "Sheriff Dale Pruitt is reminding motels and truck stops along U.S. 31 that state law "
        "requires them to post the human trafficking notice.",
    ),
    (
        "long list",
        "Harlow County Sheriff's Office",
        "Sheriff reminds motels and truck stops of trafficking notice law",
        "Harlow County Sheriff Ana Ruiz is reminding motels, truck stops, fuel stations and bus "
        "depots along Interstate 20 in Pine Bluff, Red Oak, Millbrook, Calder and North Calder "
        "that state law requires them to post the human trafficking notice.",
    ),
    (
        "initialism and list",
        "Marlin County Sheriff's Office",
        "Sheriff's reminder to I-10 and U.S. 90 lodging",
        "The Marlin County Sheriff's Office is reminding hotels, motels and campgrounds along "
        "I-10 and U.S. 90 in Delray, Fenton and Oak Point that Florida law requires them to "
        "display the human trafficking notice.",
    ),
]


@pytest.mark.parametrize(("name", "office", "headline", "lead"), REMINDERS)
def test_office_reminder_across_initialisms_is_an_effort(name, office, headline, lead):
    text = REMINDER.format(office=office, headline=headline, lead=lead)
    c = code_text(text)
    assert c.promotes_hotline is True, name
    assert c.campaign is True
    assert "posting_reminder" in c.campaign_types
    assert not explain(text)["top_campaign_cue"].startswith("news about a bill")


def test_reminder_of_another_duty_is_no_posting_reminder():
    text = (
        "Harlow County Sheriff's Office News\n\n"
        "Sheriff reminds drivers on U.S. 31 to slow down in work zones\n\n"
        "Sheriff Ana Ruiz is reminding drivers along U.S. 31 that state law requires them to "
        "turn on headlights in work zones.\n\n"
        "Report suspected human trafficking to 1-888-373-7888.\n"
    )
    c = code_text(text)
    assert "posting_reminder" not in c.campaign_types
    assert c.promotes_hotline is False


def test_law_told_with_no_one_reminding_stays_bill_news():
    text = (
        "Capitol Report\n\n"
        "New law: trafficking notices at U.S. 31 truck stops\n\n"
        "House Bill 212, signed by the governor, requires truck stops along U.S. 31 and "
        "Interstate 65 to post the human trafficking notice. The bill passed the Senate 30-1 and "
        "the House 98-2. The legislation takes effect Oct. 1.\n\n"
        "The notice must list the National Human Trafficking Hotline, 1-888-373-7888.\n"
    )
    c = code_text(text)
    assert c.promotes_hotline is False
    assert c.campaign is False


# -- 2. a municipally owned utility ---------------------------------------------------------------

UTILITY = (
    "{name}\n"
    "Residential | Business | Transit | Newsroom\n\n"
    "Hotline cards on every bus\n\n"
    "{name} has placed interior cards with the National Human Trafficking Hotline on every "
    "{service} fixed-route bus for National Human Trafficking Prevention Month.\n\n"
    'The cards read, "Someone controlling you? Call 1-888-373-7888 or text 233733."\n'
)


@pytest.mark.parametrize(
    ("name", "service"),
    [("City Utilities of Springfield", "CU Transit"), ("Town Utilities of Fairmont", "Fairbus")],
)
def test_municipal_utility_is_a_public_body(name, service):
    c = code_text(UTILITY.format(name=name, service=service))
    assert c.promotes_hotline is True
    assert c.campaign is True


def test_electric_company_is_no_public_body():
    c = code_text(UTILITY.format(name="Ozark Electric Company", service="its"))
    assert c.promotes_hotline is False
    assert c.campaign is False


# -- 3. an awareness week ----------------------------------------------------------------------

WEEK = (
    "{org}\n{inst}\nNews | Features | Events\n\n"
    "{headline}\nJanuary 20, 2026\n\n"
    "{lead}\n\n"
    "The panel, on Tuesday at 6 p.m., will bring together a police investigator and a survivor "
    "advocate to talk about how trafficking happens on farms and online.\n\n"
    '"Awareness is the first step," said Chief Dana Moss.\n'
)


@pytest.mark.parametrize(
    ("org", "inst", "headline", "lead"),
    [
        (
            "CSU News Services",
            "Coastal State University",
            "CSU Police host Human Trafficking Awareness Week",
            "GREENVILLE - The Coastal State University Police Department will host Human "
            "Trafficking Awareness Week Jan. 26-30 with a film screening and an information "
            "table in the Student Center.",
        ),
        (
            "Pike County Sheriff",
            "Pike County, Georgia",
            "Sheriff's Office marks Human Trafficking Prevention Week",
            "ZEBULON - The Pike County Sheriff's Office will mark Human Trafficking Prevention "
            "Week Jan. 26-30 with an information table at the county library.",
        ),
    ],
)
def test_office_awareness_week_is_a_campaign_without_hotline(org, inst, headline, lead):
    text = WEEK.format(org=org, inst=inst, headline=headline, lead=lead)
    c = code_text(text)
    assert c.campaign is True
    assert c.promotes_hotline is False
    assert "awareness_month" in c.campaign_types


def test_private_college_unit_awareness_week_is_no_campaign():
    text = WEEK.format(
        org="Saint Brendan News",
        inst="Saint Brendan College",
        headline="Student Affairs hosts Human Trafficking Awareness Week",
        lead="Saint Brendan College is a private Catholic liberal arts college. The Office of "
        "Student Affairs will host Human Trafficking Awareness Week with a film screening.",
    )
    c = code_text(text)
    assert c.campaign is False


# -- 4. a private college's campus safety office ---------------------------------------------

CAMPUS = (
    "{college}\n"
    "Admission | Academics | Campus Life\n"
    "Campus Safety > Human Trafficking\n\n"
    "Human Trafficking Awareness\n\n"
    "{college} is {kind} in the hills of Connecticut. The Office of Campus Safety works with "
    "students, faculty and staff to keep our community safe, including by raising awareness of "
    "human trafficking.\n\n"
    "{officers}\n\n"
    "Get help\n"
    "National Human Trafficking Hotline: 1-888-373-7888\n"
    "Text: 233733\n\n"
    "Hotline posters are displayed in residence hall laundry rooms.\n"
)

PRIVATE_OFFICERS = [
    "Campus Safety officers are college employees; they are not sworn police officers. Crimes "
    "are reported to the Connecticut State Police, Troop D.",
    "Campus Safety officers are not sworn police officers.",
]


@pytest.mark.parametrize("officers", PRIVATE_OFFICERS)
def test_private_college_campus_safety_page_is_no_office(officers):
    text = CAMPUS.format(
        college="Ashgrove College", kind="a private liberal arts college", officers=officers
    )
    c = code_text(text)
    assert c.promotes_hotline is False
    assert c.campaign is False


def test_state_university_campus_safety_page_is_an_office():
    text = CAMPUS.format(
        college="Western Connecticut State University",
        kind="a public university",
        officers="Campus Safety officers patrol the residence halls every night.",
    )
    c = code_text(text)
    assert c.promotes_hotline is True


# -- 5. hotline numbers by their form --------------------------------------------------------

TIP_RELEASE = (
    "Athens Ridge County Sheriff's Office\n\n"
    "Sheriff launches human trafficking tip line\n\n"
    "The Athens Ridge County Sheriff's Office has launched an anonymous tip line for reporting "
    "suspected human trafficking.\n\n"
    "{line}\n\n"
    "Victims can also call the National Human Trafficking Hotline at 1-888-373-7888.\n"
)


@pytest.mark.parametrize(
    ("line", "number"),
    [
        (
            "Anyone with information can text the keyword ATHENSHT followed by their tip to "
            "847411.",
            "847411",
        ),
        ("Text the word TIPS and your message to 274637 at any hour.", "274637"),
        ("Report suspected human trafficking to the tip line at 1-844-BRUNS-HT.", "1-844-278-6748"),
        ("Call the Sheriff's Human Trafficking Tip Line at 1-855-MARINE-1.", "1-855-627-4631"),
    ],
)
def test_tip_line_forms_are_numbers(line, number):
    c = code_text(TIP_RELEASE.format(line=line))
    assert any(n.startswith(number) for n in c.hotline_numbers), c.hotline_numbers
    assert NATIONAL in c.hotline_numbers


@pytest.mark.parametrize(
    "line",
    [
        "Business owners who want additional copies can pick them up at the Sheriff's Office or "
        "call 251-867-0304.",
        "To order free posters for your business, contact the Sheriff's Office at 251-867-0304.",
    ],
)
def test_office_line_for_materials_is_no_hotline(line):
    c = code_text(TIP_RELEASE.format(line=line))
    assert "1-251-867-0304" not in c.hotline_numbers
    assert NATIONAL in c.hotline_numbers


@pytest.mark.parametrize(
    "line",
    [
        "For more posters, call the Human Trafficking Tip Line at 251-867-0304.",
        "Watch for signs of trafficking and call the tip line at 251-867-0304.",
    ],
)
def test_tip_line_named_beside_materials_is_kept(line):
    c = code_text(TIP_RELEASE.format(line=line))
    assert "1-251-867-0304" in c.hotline_numbers
