"""Round 40 (issue 14zo-promotes): a release footer belongs to an office's release.

A hotline in the closing line of a text about something else is `footer_only` only where a
public office's release carries it; a non-profit's page or a newspaper's story whose last line
gives the hotline has no release footer. Wordings are the tests' own."""

from __future__ import annotations

from hotline_watch.coding import code_text

_NONPROFIT_PAGE = """Harvest Hands Workers' Center

Picking berries or packing fruit in the county and paid less than the piece rate you were
promised? Is the crew boss charging you for the bunkhouse or the van? Come see
us at the center on Tuesday evenings.

We help workers file wage complaints, talk through their rights under state law, and sit in on
meetings with growers. Call or text us at (360) 555-0148.

If your boss has kept your ID card, will not let you leave the camp, or threatens your family,
you can also call the National Human Trafficking Hotline at 1-888-373-7888. Calls are
confidential.
"""

_NEWS_STORY = """Loans from labor brokers trail dairy hands north

MARSHFIELD - When Tomas came to central Wisconsin four years ago he owed $5,000 to the man who
found him the job milking cows, and the broker kept charging him for rides and a cot.

The sum kept climbing, he said, as the broker added fees for rent, for rides into town and for
forms. He asked that his full name be left out because he still fears the man.

Interviews with eleven dairy workers, a lawyer and a former herd manager show the pattern is
common. Few of the workers knew that forcing labor through debt is against the law.

Workers who believe they are in that situation can call the National Human Trafficking Hotline
at 1-888-373-7888, which answers in many languages.
"""

_SHERIFF_RELEASE = """Sheriff's Office arrests two in massage parlor investigation

The Pine County Sheriff's Office arrested two people on Tuesday after a months-long
investigation into a massage business on Route 9. Both were charged with promoting prostitution
and human trafficking and were booked into the county jail.

Sheriff Dana Holt said detectives worked with state agents on the case. The business has been
closed.

Anyone with information about human trafficking can call the National Human Trafficking Hotline
at 1-888-373-7888.
"""


def test_nonprofit_page_closing_with_the_hotline_is_no_release_footer() -> None:
    c = code_text(_NONPROFIT_PAGE, url="https://www.harvesthands.example.org/help")
    assert not c.footer_only
    assert not c.campaign and not c.promotes_hotline


def test_newspaper_story_closing_with_the_hotline_is_no_release_footer() -> None:
    # a newspaper host the outlet reading does not know by its form: no office speaks either
    c = code_text(_NEWS_STORY, url="https://www.centralwionline.com/news/2024/debts/")
    assert not c.footer_only
    assert not c.campaign and not c.promotes_hotline


def test_sheriff_release_closing_with_the_hotline_stays_a_footer() -> None:
    # guard: an office's release about an arrest keeps its footer
    c = code_text(_SHERIFF_RELEASE, url="https://www.pinecounty.example.gov/news/arrests")
    assert c.footer_only
    assert not c.campaign and not c.promotes_hotline


_POLICE_FORUM = """Harbor City Police to Hold Neighborhood Forum on Human Trafficking

HARBOR CITY - The Harbor City Police Department will hold a neighborhood forum on human trafficking
on Monday, May 6, at 7 p.m. in the community room of the Eastside Recreation Center.

Investigators will describe how traffickers recruit young people through gaming chats and
dating apps, and will take questions from parents and business owners.

"People keep asking us what to watch for," said Chief Ana Ruiz. "This is a
chance to hear it straight from the investigator who handles these cases."

The forum is free. Seating is first come, first served.
"""


def test_police_meeting_naming_its_investigators_twice_is_a_campaign() -> None:
    # the office's own people, named twice, are who acts: no prosecution is the subject
    c = code_text(_POLICE_FORUM, url="https://www.harborcity.example.gov/police/news/meeting")
    assert c.campaign
    assert not c.promotes_hotline and not c.footer_only


def test_board_penalty_release_with_no_office_reading_keeps_its_footer() -> None:
    # guard: no office is read, but the lead reports what only an office does (a fine)
    release = (
        "Contractor fined\n\nCAPITOL CITY - The Fair Pay Board fined a roofing contractor "
        "$18,000 for withholding wages from six workers.\n\nThe contractor has 20 days to "
        "appeal.\n\nAnyone who is made to work against their will can call 1-888-373-7888."
    )
    assert code_text(release).footer_only is True
