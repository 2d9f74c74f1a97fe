"""Round 42 (issue 14zq-requires): requires_posting. The commerce of a product page as a closed
class (`mandate.sales_page`), a seller's page stating no duty but the law's, and a paraphrase
audit of the voices a negative speaks in (op-eds, letters to the editor, annual reports,
congressional letters, legislative newsletters, candidate pages). Each test fails on the engine
before the round unless it says it is a guard; wordings are the round's own, from no labelled
set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text
from hotline_watch.coding.mandate import sales_page
from hotline_watch.coding.patterns import Lowered, lower


def _duty(text: str, url: str | None = None) -> bool:
    return code_text(text, url=url).requires_posting


def _seller(text: str) -> bool:
    return sales_page(Lowered(lower(text)))


# two kinds of commerce each, none of them a kind the engine read before the round
_NEW_KIND_PAIRS = [
    "Quantity discounts for multi-location employers. Free updates for one year.",
    "Item # HT-2210. Backordered until March 3.",
    "2026 Edition. If the rules change, we ship a replacement at no cost.",
    "Volume pricing available. Ships next business day.",
]


@pytest.mark.parametrize("line", _NEW_KIND_PAIRS)
def test_the_commerce_of_a_product_page_is_a_closed_class(line):
    assert _seller("Ohio trafficking awareness poster\n\n" + line)


def test_one_kind_of_commerce_is_no_sellers_page():
    # guard (both engines): an office offering free posters to order is no seller
    assert not _seller("Order free hotline posters online from the Attorney General's office.")
    assert not _seller("The 2025 edition of the task force report is out.")


# a seller's own sentences: the product described, no law named, no word of obligation
_SELLER_DUTY_PAGES = [
    "Nevada Workplace Poster Bundle - 2025 Edition\n\nEverything Nevada employers need to display "
    "in one bundle, including the human trafficking hotline panel (1-888-373-7888) in English and "
    "Spanish. Price: $29.00. Quantity discounts for multi-location employers. In stock.",
    "Ohio Trafficking Hotline Notice, laminated\n\nAll the notices an Ohio truck stop needs to "
    "post, with the National Human Trafficking Hotline. Item # OH-HT-11. Ships next business day. "
    "Free updates: we ship a replacement if the notice changes.",
]


@pytest.mark.parametrize("page", _SELLER_DUTY_PAGES)
def test_a_sellers_own_sentence_states_no_duty(page):
    assert _seller(page)
    assert _duty(page) is False


def test_a_sellers_page_stating_the_laws_duty_keeps_it():
    # guard (both engines): the law's duty, stated as the law's, on a seller's page
    page = (
        "Kansas Human Trafficking Notice - 2025 Edition\n\nKansas law requires every massage "
        "business and truck stop to post the human trafficking hotline notice near the entrance. "
        "Price: $12.95. Ships next business day."
    )
    assert _seller(page)
    assert _duty(page) is True


# the voices a negative speaks in: (url, text), each stating a duty nobody has made law
_VOICE_NEGATIVES = [
    (  # an op-ed urging a law that does not exist
        "https://www.example-herald.com/opinion/2025/02/post-the-hotline",
        "Opinion: Ohio should make truck stops post the trafficking hotline\n\nOhio has no rule "
        "that truck stops display the National Human Trafficking Hotline, 1-888-373-7888. "
        "Lawmakers ought to change that this session. A law requiring every truck stop and rest "
        "area to post the number in its restrooms would cost almost nothing. I urge our "
        "legislators to write that bill.",
    ),
    (  # a letter to the editor relaying a recommendation
        "https://www.example-sun.com/opinion/letters/2025/05/council-hotline",
        "Letter: The council can act\n\nTo the editor: Our city council recommends that the mayor "
        "require every gas station and motel in town to post the trafficking hotline, and I agree. "
        "Nothing on the books makes them do it today. The hotline is 1-888-373-7888.",
    ),
    (  # an annual report's recommendation
        "https://www.example.gov/commission/annual-report-2023",
        "Human Trafficking Task Force Annual Report 2023\n\nRecommendations: The Task Force "
        "recommends that the General Assembly require lodging establishments and massage "
        "businesses to post the National Human Trafficking Hotline.",
    ),
    (  # a congressional letter asking an agency to make a rule
        "https://www.example.senate.gov/news/letters/dot-hotline-notices",
        "Senators call on Transportation Department to require hotline notices at rest stops\n\n"
        "A bipartisan group of senators wrote to the Secretary of Transportation asking for a "
        "rule on human trafficking hotline notices. The senators asked the department to respond.",
    ),
    (  # a legislative newsletter: a bill held in committee
        "https://www.example-senate.gov/senator-ortiz/e-newsletter-2025-04",
        "Senator Ortiz E-Newsletter\n\nThis week in committee: SB 77, requiring truck stops to "
        "display human trafficking hotline posters, was heard in the Transportation Committee and "
        "held for further study. It may return next year.",
    ),
    (  # a candidate's page
        "https://www.electpatel.org/priorities",
        "Elect Patel - Priorities\n\nProtecting kids: Patel supports requiring schools and bus "
        "stations to display human trafficking hotline posters, and will fight for funding for "
        "victim services.",
    ),
]


@pytest.mark.parametrize(("url", "text"), _VOICE_NEGATIVES)
def test_a_voice_asking_for_a_duty_states_none(url, text):
    assert _duty(text, url) is False


_VOICE_POSITIVES = [
    (
        "https://www.example-gazette.com/opinion/2024/11/the-law-is-working",
        "Op-ed: Our hotline law is working\n\nSince 2019 Kentucky law has required truck stops, "
        "bus stations and massage businesses to post the National Human Trafficking Hotline poster "
        "in English and Spanish. Businesses that fail to post it face a fine.",
    ),
    (
        "https://www.example.gov/dol/annual-report-2024",
        "Department of Labor Annual Report 2024\n\nState law requires employers in the lodging and "
        "transportation industries to post the human trafficking hotline notice. Inspectors cited "
        "63 workplaces that failed to display it.",
    ),
    (
        "https://www.example.senate.gov/news/senator-asks-faa-to-enforce-notice-law",
        "Senator presses FAA on airport trafficking notices\n\nThe Senator wrote to the FAA today. "
        "Under the law enacted in 2018, airports must post human trafficking hotline notices in "
        "public restrooms. The Senator asked how many airports have complied.",
    ),
    (
        "https://www.example-house.gov/rep-hill/newsletter/session-wrap",
        "Rep. Hill's Session Wrap-Up\n\nNew laws this year: HB 90, signed by the Governor in May, "
        "requires massage businesses and bus stations to post the human trafficking hotline sign.",
    ),
    (
        "https://www.reelectgarcia.com/record",
        "Re-elect Garcia - My Record\n\nI wrote the 2022 law that requires bars and truck stops in "
        "our state to post the human trafficking hotline notice. Today every one of them must "
        "display it.",
    ),
    (  # a hearing held in committee is no bill held there
        "https://www.example-news.com/2025/03/hotline-bill-hearing",
        "Hotline sign bill advances\n\nA hearing was held in the Senate Commerce Committee on a "
        "bill requiring hotels to post the human trafficking hotline. The committee passed it 7-2.",
    ),
]


@pytest.mark.parametrize(("url", "text"), _VOICE_POSITIVES)
def test_a_voice_reporting_the_law_keeps_its_duty(url, text):
    # guards (both engines): the law as it stands or a measure that moved, in the same voices
    assert _duty(text, url) is True
