"""Round 33 (issue 14zh): classification decisions read from how a text is built, not from a
word (one call to a printed number as how the reader reaches it, a report that is an item of
the news rather than its subject, a duty's list of gatherings, a public body referred back to as
"the authority", a transit agency named by its own name, an office's page name above its post).
Each test fails on the engine before the round; wordings are not from any labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

#: An office's handout whose number is given as one call or text the reader can make.
_ONE_CALL = (
    "Fair week brings a new kind of handout\n\n"
    "BILLINGS - Yellowstone County deputies at the county fair will hand visitors more than "
    "maps this year. Undersheriff Rae Collins said her office had 6,000 pocket-size leaflets "
    "printed for the midway gates and the livestock barns.\n\n"
    "The leaflet explains that carnival and harvest crews are sometimes recruited with false "
    "promises, and that {reach} without leaving a name.\n\n"
    '"Fairgoers see things we never will," Collins said.'
)


@pytest.mark.parametrize(
    "reach",
    [
        "a call to 1-888-373-7888 is free and can be made",
        "a call or text to 1-888-373-7888 can be made",
        "a single phone call to 1-888-373-7888 can be placed",
    ],
)
def test_one_call_to_a_printed_number_is_the_number_given(reach):
    coding = code_text(_ONE_CALL.format(reach=reach), url="https://www.billingsnews.com/a/1")
    assert coding.promotes_hotline is True


def test_calls_to_a_number_counted_are_still_statistics():
    text = _ONE_CALL.format(reach="calls to 1-888-373-7888 from the county doubled last year")
    assert code_text(text, url="https://www.billingsnews.com/a/1").promotes_hotline is False


#: An office's unit holding a gathering, a report named only as an item of the day.
_SUMMIT = (
    "Trafficking conference to focus on farm labor\n\n"
    "LINCOLN - Nebraska Attorney General Mara Lind's Human Trafficking Task Force will hold its "
    "yearly conference March 4 at the Cornhusker Hotel, with sessions on farm labor and online "
    "recruiting.\n\n"
    "Lind will open the morning by presenting the task force's annual report on cases and "
    "referrals from the past year.\n\n"
    "Registration is free for police, prosecutors and teachers."
)


def test_a_report_that_is_an_item_of_the_news_is_not_its_subject():
    coding = code_text(_SUMMIT, url="https://ago.nebraska.gov/news/conference")
    assert coding.campaign is True


def test_a_duty_to_hold_gatherings_is_no_gathering_held():
    statute = (
        "1. The attorney general may establish a human trafficking council of state and local "
        "officials and victim advocates.\n\n"
        "2. The council shall:\n\n"
        "a. Gather data on human trafficking in the state; b. Advise the legislature on "
        "services for victims; c. Present each year on trafficking prevention at conferences "
        "hosted by school and health organizations in the state."
    )
    coding = code_text(statute, url="https://www.lawlibrary.example.com/statute/12")
    assert coding.campaign is False


_SHELTERS = (
    "Bus shelters carry a hotline this month\n\n"
    "MACON - For February, 25 MTA bus shelters across Macon will show a public service message "
    "instead of paid ads: the National Human Trafficking Hotline, 1-888-373-7888.\n\n"
    "The authority {act} smaller posters inside every bus on its routes."
)


@pytest.mark.parametrize("act", ["also placed", "installed", "printed"])
def test_a_public_body_referred_back_to_as_the_authority_acts(act):
    coding = code_text(_SHELTERS.format(act=act), url="https://www.mta-macon.com/news/1")
    assert coding.promotes_hotline is True


_TRANSIT = (
    "New cards on the buses\n\n"
    "TACOMA - Riders on {name} buses will see a new card this month next to the route maps, "
    "written with the South Sound Anti-Trafficking Coalition. The card asks riders whether "
    "someone is controlling their work and gives the National Human Trafficking Hotline - "
    "1-888-373-7888, or text 233733.\n\n"
    "Drivers also took a refresher course this spring."
)


def test_a_transit_agency_named_by_its_own_name_is_an_office():
    coding = code_text(_TRANSIT.format(name="Pierce Transit"), url="https://www.example.com/1")
    assert coding.promotes_hotline is True


def test_public_transit_is_no_office():
    coding = code_text(_TRANSIT.format(name="Public Transit"), url="https://www.example.com/1")
    assert coding.promotes_hotline is False


_POST = (
    "{author}\n"
    "{time}\n\n"
    "February is Teen Dating Violence Awareness Month, and traffickers often start as a "
    "boyfriend.\n\n"
    "If someone takes your phone, your money or your ID, that is not love. Save this number: "
    "\u260e 1-888-373-7888 (or text 233733), free and open all night.\n\n"
    "Share this post. #KnowTheSigns"
)


@pytest.mark.parametrize(
    "author,time",
    [
        ("Rosebud Sioux Tribe Law Enforcement Services", "February 2 at 9:41 AM"),
        ("Harlan County Sheriff's Office", "Yesterday at 6:15 PM"),
    ],
)
def test_an_offices_page_name_above_its_post_is_the_speaker(author, time):
    text = _POST.format(author=author, time=time)
    assert code_text(text, url="https://www.facebook.com/x/posts/1").promotes_hotline is True


def test_a_persons_name_above_a_post_is_no_office():
    text = _POST.format(author="Dana Whitehorse", time="February 2 at 9:41 AM")
    assert code_text(text, url="https://www.facebook.com/x/posts/1").promotes_hotline is False
