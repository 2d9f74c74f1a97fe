"""Round 41 (issue 14zp-promotes): closed classes of voice and form.

A public body named by its institutional noun (a ferry's or a railroad's authority) acts as an
office; a line after a release's end marker ("###", "-30-") is its boilerplate; a nonprofit
introducing itself in brackets speaks for itself; a newspaper's story names its masthead.
Wordings are the tests' own."""

from __future__ import annotations

from hotline_watch.coding import code_text

_FERRY_AUTHORITY = """Ferry Authority puts trafficking warning signs aboard its boats

PORT TOWNSEND - The Island Ferry Authority has placed trafficking warning signs at its three
landings and in the cabins of both boats before the busy berry-picking season.

The signs, printed in English, Spanish and Mixtec, tell riders that nobody may hold their ID
and that the National Human Trafficking Hotline, 1-888-373-7888, answers day and night.

Deckhands and ticket sellers took a short course on the warning signs in April.
"""

_RAIL_AUTHORITY_LLC = """Rail Authority LLC adds hotline posters to its rental cars

DENVER - Front Range Rail Authority LLC, a private car-leasing firm, said posters giving the
National Human Trafficking Hotline, 1-888-373-7888, now hang in its rental offices.
"""

_CAMP_RELEASE = """Fire District opens summer safety camp for 300 children

CEDAR FALLS - The Fire District welcomed 300 children to its week-long safety camp on
Monday, where firefighters taught them to stop, drop and roll and to dial 911.

Each child went home with a smoke alarm for the family kitchen and a coloring book.

"Nothing beats seeing a kid teach a parent about smoke alarms," Chief Dana Ruiz said.

-30-

Trafficking happens here too. Call the National Human Trafficking Hotline at 1-888-373-7888.
"""

_LEGAL_CLINIC = """Help with U visas and T visas

People who came to work here and were made to work without pay may be able to stay in the
country lawfully. Our staff can explain the choices you have and the papers you would need.

A visa of this kind lets a survivor live and work here for four years and later ask for a
green card. Family members can sometimes be added to the same application.

Riverbend Law Partners (a nonprofit legal aid organization) offers:
- a free first meeting
- help with forms and gathering proof
- work with the police or a state agency on your behalf, if you wish

Call us at 509-555-0143 for a meeting. You can also call the National Human Trafficking
Hotline at 1-888-373-7888 day or night.
"""

_MASTHEAD_STORY = """Orchard crews say the van rides cost more than the picking paid

WENATCHEE - Six pickers told The Courier they finished the apple harvest owing their crew
boss more than they had earned, after charges for bunks, rides and meals.

The Courier could not reach the crew boss. The county sheriff's office said it had opened
an investigation into the labor contractor after a complaint in October.

Anyone who is being forced to work can call the National Human Trafficking Hotline at
1-888-373-7888.
"""


def test_ferry_authority_named_by_its_noun_is_an_office() -> None:
    c = code_text(_FERRY_AUTHORITY)
    assert c.campaign and c.promotes_hotline


def test_private_authority_llc_is_no_public_office() -> None:
    c = code_text(_RAIL_AUTHORITY_LLC)
    assert not c.promotes_hotline


def test_hotline_after_the_release_end_marker_is_its_footer() -> None:
    for marker in ("-30-", "###", "# # #", "- END -"):
        c = code_text(_CAMP_RELEASE.replace("-30-", marker))
        assert c.footer_only, marker
        assert not c.campaign and not c.promotes_hotline, marker


def test_nonprofit_naming_itself_in_brackets_is_an_organisations_page() -> None:
    c = code_text(_LEGAL_CLINIC, url="https://www.riverbendlaw.example.org/visas")
    assert not c.campaign and not c.promotes_hotline


def test_story_naming_its_masthead_has_no_release_footer() -> None:
    for url in (None, "https://www.wenatcheecourier.example.com/news/orchard-debts"):
        c = code_text(_MASTHEAD_STORY, url=url)
        assert not c.footer_only, url
        assert not c.campaign and not c.promotes_hotline, url


def test_bee_newspaper_host_is_a_news_outlet() -> None:
    from hotline_watch.coding.publisher import news_outlet

    assert news_outlet("https://www.modbee.com/news/local/article1.html") == "modbee.com"


_STING_RELEASE = """Division of Criminal Investigation arrests five in weekend sting

CASPER - Agents of the Division of Criminal Investigation arrested five men over the weekend
after they answered online ads and arranged to meet at a motel near the interstate.

The men were booked into the county jail on charges of soliciting prostitution and attempted
trafficking of a minor. The county prosecutor will review the cases.

"These arrests should send a message," the division's director said.

Tips may also be reported to the national hotline at 1-888-373-7888.
"""


def test_modal_passive_hands_the_line_over_as_a_footer() -> None:
    c = code_text(_STING_RELEASE, url="https://dci.example.gov/news/sting")
    assert c.footer_only
    assert not c.campaign and not c.promotes_hotline


def test_past_passive_stays_statistics() -> None:
    text = _STING_RELEASE.replace(
        "Tips may also be reported to the national hotline at 1-888-373-7888.",
        "Last year 212 cases were reported to the national hotline at 1-888-373-7888.",
    )
    assert not code_text(text, url="https://dci.example.gov/news/sting").footer_only
