"""Round 38 (issue 14zm-promotes): a seller's page is the seller's voice, whatever office it
names as the source of a free notice; what a measure costs or funds is the measure's content,
not an office's effort; the poster a page stating a posting duty names is the duty's poster.
Each test fails on the engine before the round; wordings are not from any labelled set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

_SELLER_GUIDE = (
    "Does the Lone Star notice rule cover your shop?\n\n"
    "The Texas Attorney General's office publishes the model sign, and Texas expects many "
    "businesses to hang it where staff and customers can see it. Truck stops, bars with a "
    "mixed beverage permit and massage studios are among them, and the sign must be at least "
    "8.5 by 11 inches in English and Spanish.\n\n"
    "The official wording lists the National Human Trafficking Hotline, 1-888-373-7888, and "
    "the text line 233733.\n\n"
    "Good to know: {own} does not include this sign. You can print the free version from "
    "the Texas Workforce Commission's site, or {cart}."
)


@pytest.mark.parametrize(
    ("own", "cart"),
    [
        (
            "our Texas Labor Law Combo poster",
            "put our laminated two-language set in your cart for $14",
        ),
        (
            "the combo sheet our compliance team recommends",
            "add the bilingual kit to your basket and we ship it the same day",
        ),
    ],
)
def test_a_sellers_guide_naming_an_offices_free_notice_is_no_campaign(own, cart):
    coding = code_text(_SELLER_GUIDE.format(own=own, cart=cart), url=None)
    assert coding.campaign is False
    assert coding.promotes_hotline is False


def test_an_office_handing_out_free_posters_is_still_a_campaign():
    text = (
        "Attorney General hands out free trafficking posters to truck stops\n\n"
        "AUSTIN - The Texas Attorney General's office delivered free posters to 300 truck "
        "stops this week. Owners can also download the poster from the office's website or "
        "order more copies at no charge. The posters give the National Human Trafficking "
        "Hotline, 1-888-373-7888."
    )
    coding = code_text(text, url="https://www.texasattorneygeneral.gov/news/posters")
    assert coding.campaign is True


_DEAD_BILL_STORY = (
    "Transit sign bill stalls in budget panel\n\n"
    "JEFFERSON CITY - A proposal to put human trafficking hotline signs in every bus and "
    "train station did not get a vote before lawmakers went home Friday.\n\n"
    "{cost}\n\n"
    "Its sponsor said she would try again next year."
)


@pytest.mark.parametrize(
    "cost",
    [
        "Senate Bill 612 passed its policy committee, but a fiscal note put the cost at about "
        "$95,000 for the transit department to print and hang the signs, so it went to "
        "appropriations and was never heard.",
        "The measure's price tag, roughly $60,000 for the Department of Transportation to "
        "design and install the posters, kept it in the budget committee.",
        "Funding was the problem: the bill would have had the highway department produce and "
        "put up signs at 40 stations.",
    ],
)
def test_what_a_measure_costs_or_funds_is_no_effort(cost):
    coding = code_text(_DEAD_BILL_STORY.format(cost=cost), url=None)
    assert coding.campaign is False


def test_an_office_paying_for_its_own_posters_is_still_an_effort():
    text = (
        "County sheriff puts trafficking posters in every gas station\n\n"
        "The Marion County Sheriff's Office spent about $8,000 to print and put up posters in "
        "all 120 gas stations in the county this month. The posters give the National Human "
        "Trafficking Hotline, 1-888-373-7888."
    )
    coding = code_text(text, url="https://www.marioncountysheriff.gov/news/posters")
    assert coding.campaign is True


def test_the_poster_a_duty_page_names_is_the_duty_s_poster():
    text = (
        "Trafficking Poster Rule for Licensed Card Rooms\n\n"
        "Which card rooms must post it?\n"
        "Every licensed card room is required by state law and Board Rule 14-220 to display the "
        "human trafficking awareness poster in each restroom and at the staff entrance.\n\n"
        "Where can I get it?\n"
        "The poster is produced by the State Anti-Trafficking Task Force. Download it below "
        "and print it at 11 x 17 inches or larger.\n\n"
        "What does the poster say?\n"
        "It tells workers and guests they can call the National Human Trafficking Hotline at "
        "1-888-373-7888 or text 233733 at any hour.\n\n"
        "Board inspectors look for it during routine visits; a card room without it may be "
        "fined up to $500."
    )
    coding = code_text(text, url="https://gaming.example.gov/licensees/poster-rule")
    assert coding.requires_posting is True
    assert coding.campaign is False
