"""Round 55 (issue 14r55-requires-subject): a duty counts where the text's own subject is the
duty's measure or law.

A text that is not a statute's or a bill's own whose lead (headline and first sentence) names no
trafficking and no hotline, carries no duty of its own tied to the hotline in the next sentence,
and names trafficking or a hotline in fewer than half of its paragraphs is about something else
(`mandate.subject_elsewhere`): a duty named in it is not the text's. Both sides of the class:
six texts about another matter (a budget, an event release, a permit page, an all-in-one poster,
another subject's signs, a council summary), each with a trafficking-posting sentence the
engine read as the text's duty before this round, and eight hard positives (a story whose
headline is another matter but whose lead or body is the law, a release of a law taking effect,
a bill tabled then revived and passed, a statute section headed by another matter with the
notice in a subsection, a seller's trafficking-notice page, a county page of required postings).
"""

from __future__ import annotations

import pytest

from conftest import assert_duty
from hotline_watch.coding import code_text
from hotline_watch.coding.engine import Analysis
from hotline_watch.coding.mandate import subject_elsewhere

#: name -> (duty, paragraphs); a text is its paragraphs joined by blank lines
_PARAS = {
    "budget": (
        False,
        (
            "Lakeview Tribune | News | Politics",
            "House sends $48 billion budget to governor",
            "By Dana Poole | June 3, 2026",
            (
                "Springfield - The House on Friday sent a $48 billion state budget to the "
                "governor after a night of debate over school aid and road money."
            ),
            (
                "The plan raises per-pupil aid by 3 percent and puts $600 million into bridge "
                "repairs over two years."
            ),
            (
                "It also sets aside money for new state police cadets and a second veterans "
                "home in the north of the state."
            ),
            (
                "Among the smaller items, the budget's implementing language requires truck "
                "stops to post signs with the national human trafficking hotline, "
                "1-888-373-7888."
            ),
            (
                "Republicans said the plan spends too much; the governor is expected to sign it"
                " next week."
            ),
        ),
    ),
    "boat_event": (
        False,
        (
            "Harbor Town Police Department | News",
            "Fourth of July boat parade set for Saturday",
            (
                "The annual Fourth of July boat parade will leave the north marina at 8 p.m. "
                "Saturday and circle the harbor before the fireworks at 9:30 p.m."
            ),
            (
                "Boaters must display navigation lights from sunset on, and every vessel in the"
                " parade must carry a life jacket for each person aboard."
            ),
            (
                "Parking at the marina will be limited; shuttles run from the high school every"
                " 15 minutes."
            ),
            (
                "Report suspected human trafficking to the National Human Trafficking Hotline "
                "at 1-888-373-7888. Motels near the marina must post the hotline notice under "
                "state law."
            ),
            "For questions about the parade, call the harbor office at 555-0142.",
        ),
    ),
    "permit_page": (
        False,
        (
            "City of Millbrook | Residents | Business | Government",
            "Business > Licensing > Special event permits",
            "Special event permits",
            (
                "Any event on city property with more than 100 people needs a special event "
                "permit, filed at least 30 days ahead."
            ),
            (
                "The permit must be displayed at the event's entrance for the whole event, and "
                "the event's site plan must be kept on site."
            ),
            (
                "Vendors selling food must also hold a temporary food license from the county "
                "health department."
            ),
            (
                "Events with alcohol need a one-day liquor permit; hotels hosting events must "
                "post the state's human trafficking notice near the entrance."
            ),
            "Contact the clerk's office with questions about fees and insurance.",
        ),
    ),
    "all_in_one": (
        False,
        (
            "Keystone Poster Supply | State posters | Federal | Cart (0)",
            "Home > Ohio > Ohio all-in-one labor law poster",
            "2026 Ohio all-in-one labor law poster",
            '$29.95 | Laminated | 24" x 36"',
            (
                "One poster covers Ohio's minimum wage, workers' compensation, unemployment and"
                " civil rights notices for every employer."
            ),
            ("Our lawyers review each edition every quarter, and we ship within one business day."),
            (
                "Also included: the human trafficking notice that Ohio law requires certain "
                "businesses to post, with the national hotline."
            ),
            "Bulk pricing for multi-site employers is available on request.",
        ),
    ),
    "other_signs": (
        False,
        (
            "Capitol Report | Politics | Business",
            "New law: fireworks stands must post safety signs",
            "By Tom Reyes | May 2, 2026",
            (
                "Fireworks stands will have to post signs warning buyers about the dangers of "
                "aerial fireworks under a bill the governor signed Tuesday."
            ),
            "The signs must be at least 11 by 17 inches and hang at every register.",
            "Sellers who fail to post them face fines of up to $500 per day.",
            (
                "The same bill increases penalties for selling fireworks to minors, and also "
                "requires truck stops to post the human trafficking hotline beside the "
                "fireworks warnings."
            ),
            "The law takes effect Jan. 1.",
        ),
    ),
    "council_agenda": (
        False,
        (
            "Town of Riverside | Government | Council",
            "Council meeting summary: March 12",
            (
                "The council approved a new contract for trash and recycling collection with "
                "Green Valley Waste starting July 1."
            ),
            "Members voted 5-0 to repave Elm Street and Oak Avenue this summer.",
            "A zoning change for the former mill site was sent back to the planning board.",
            (
                "The council also heard a report from the police chief on calls for service, "
                "noting that state law requires motels to post the human trafficking hotline."
            ),
            "The next meeting is March 26 at 7 p.m.",
        ),
    ),
    "headline_other_body_law": (
        True,
        (
            "Prairie Ledger | Politics",
            "Motel owners face new rule at the front desk",
            "By Ann Cole | March 4, 2026",
            (
                "Topeka - Motels in Kansas must now post a sign at the front desk under a bill "
                "the governor signed Tuesday."
            ),
            (
                "The sign must list the National Human Trafficking Hotline, 1-888-373-7888, and"
                " the text line 233733."
            ),
            ("Sponsor Rep. Jo Marks said motel clerks are often the first to see trafficking."),
            "The law takes effect July 1.",
        ),
    ),
    "headline_other_body_law2": (
        True,
        (
            "Prairie Ledger | Politics",
            "Truckers get new ally at the fuel island",
            "By Ann Cole | March 4, 2026",
            (
                "Topeka - Kansas lawmakers on Tuesday sent the governor a bill on a problem "
                "truckers say they see every week."
            ),
            (
                "The bill requires every truck stop in the state to post a notice with the "
                "national human trafficking hotline near its fuel islands and restrooms."
            ),
            "Truck stop operators who fail to post the trafficking notice face a $250 fine.",
            (
                "Advocates said trafficking victims are often moved along interstate corridors,"
                " and that the hotline number is the simplest help."
            ),
            "The governor is expected to sign it.",
        ),
    ),
    "release_takes_effect": (
        True,
        (
            "Office of the Attorney General | News",
            "New law takes effect Monday",
            (
                "Jan. 1, 2026 - Beginning Monday, hotels, bars and truck stops must post the "
                "human trafficking notice in a place where employees and the public can see it."
            ),
            "The notice gives the National Human Trafficking Hotline, 1-888-373-7888.",
            "Copies can be downloaded from our website.",
        ),
    ),
    "tabled_revived_passed": (
        True,
        (
            "Capitol Wire | Legislature",
            "Nail salon trafficking notice bill revived, passes Senate",
            "By Lee Park | April 2, 2026",
            (
                "A bill requiring nail salons to post the human trafficking hotline was tabled "
                "in committee in February, but the committee took it off the table Monday and "
                "the Senate passed it 33-0 on Wednesday."
            ),
            "The bill requires each salon to post the notice near its entrance.",
            "It now goes to the House.",
        ),
    ),
    "statute_other_heading": (
        True,
        (
            "Sec. 12-401. Licensing of lodging establishments.",
            (
                "(a) No person shall operate a lodging establishment without a license issued "
                "by the department."
            ),
            "(b) The license shall be renewed annually upon payment of the fee set by rule.",
            (
                "(c) Each licensee shall post, in a conspicuous place near the front desk, a "
                "notice stating the National Human Trafficking Hotline telephone number, "
                "1-888-373-7888, and the text line 233733, in English and Spanish."
            ),
            (
                "(d) A licensee who violates subsection (c) shall be subject to a civil penalty"
                " of $100."
            ),
        ),
    ),
    "vendor_ht_notice": (
        True,
        (
            "Lone Star Compliance | Shop by state | Cart (0)",
            "Home > Texas > Texas human trafficking notice",
            "Texas Human Trafficking Notice | $14.95",
            (
                "Texas law requires certain businesses, including bars and sexually oriented "
                "businesses, to post a notice with the National Human Trafficking Hotline in a "
                "conspicuous place."
            ),
            "Our notice meets the size and language rules.",
        ),
    ),
    "page_who_must_post": (
        True,
        (
            "County of Elm | Business Licensing",
            "Required postings for licensed businesses",
            "Licensed businesses have several posting duties in this county.",
            (
                "Every massage establishment must post the human trafficking notice with the "
                "national hotline, 1-888-373-7888, near its entrance."
            ),
            "Every licensed business must also display its business license.",
        ),
    ),
    "lead_duty_next_hotline": (
        True,
        (
            "Prairie Ledger | Politics",
            "Motel owners face new rule at the front desk",
            "By Ann Cole | March 4, 2026",
            (
                "Topeka - Motels, inns and other lodging businesses across Kansas must now post"
                " a new sign at the front desk where guests check in, under a wide-ranging "
                "lodging bill that the governor signed into law Tuesday after months of debate "
                "over taxes and fees. The sign must list the National Human Trafficking "
                "Hotline, 1-888-373-7888."
            ),
            (
                "The same bill changes how motels collect the county lodging tax, moving the "
                "due date to the 20th of each month."
            ),
            ("It also lets counties raise the lodging tax by half a percent with voter approval."),
            "Motel owners said the tax changes worry them more than the new rule.",
            "The law takes effect July 1 for all motels and inns.",
        ),
    ),
}
WORDINGS = {k: (d, "\n\n".join(p)) for k, (d, p) in _PARAS.items()}

#: the audit's wordings main (e013662) coded wrong: every no-duty wording but none of the duties
MAIN_WRONG = {"budget", "boat_event", "permit_page", "all_in_one", "other_signs", "council_agenda"}


@pytest.mark.parametrize("name", sorted(WORDINGS))
def test_subject_wording(name: str) -> None:
    duty, text = WORDINGS[name]
    assert_duty(text, duty, name)


def test_audit_counts() -> None:
    assert len(WORDINGS) == 14
    assert sum(not d for d, _ in WORDINGS.values()) == 6
    assert MAIN_WRONG == {n for n, (d, _) in WORDINGS.items() if not d}


def test_lead_duty_tied_to_hotline_by_next_sentence() -> None:
    # without its lead's duty the text would read as another matter's (one paragraph in six)
    a = Analysis(WORDINGS["lead_duty_next_hotline"][1])
    assert subject_elsewhere(a.low, [])
    assert a.mandates and not subject_elsewhere(a.low, a.mandates)


def test_lead_duty_of_another_matter_is_not_kept() -> None:
    # the lead's signs warn of fireworks; the next sentence names no hotline
    a = Analysis(WORDINGS["other_signs"][1])
    assert a.mandates == []


def test_statute_text_is_never_read_by_subject() -> None:
    # a section headed by another matter keeps the notice in its subsection: law text is the law
    a = Analysis(WORDINGS["statute_other_heading"][1])
    assert a.legal and a.requires_posting


_REQUIRED_POSTINGS_PAGE = (
    "Harlan County Health District\n"
    "Home > Food Safety > Required Signs\n\n"
    "Required Signs for Retail Food Establishments\n\n"
    "Every licensed food establishment in the county must post the following where patrons "
    "can see them:\n"
    "- The current food service licence\n"
    "- The latest inspection report, near the main entrance\n"
    "- A choking first aid poster in each dining area\n"
    "- Handwashing signs at every handwashing sink\n\n"
    "{trafficking}\n\n"
    "Harlan County Health District | 12 Court Square | (606) 555-0142"
)


@pytest.mark.parametrize(
    "trafficking",
    [
        "A human trafficking awareness poster is not required of food establishments under the "
        "food code; other state laws may apply to some businesses.",
        "The District also encourages restaurants to hang a human trafficking awareness poster "
        "in staff areas. This is voluntary.",
    ],
)
def test_a_trafficking_poster_beside_another_subject_s_required_postings_is_no_effort(
    trafficking,
):
    coding = code_text(
        _REQUIRED_POSTINGS_PAGE.format(trafficking=trafficking),
        url="https://www.harlancountyhealth.gov/food/required-signs",
    )
    assert coding.requires_posting is False
    assert coding.campaign is False


def test_an_office_handing_out_trafficking_posters_on_such_a_page_is_still_an_effort():
    text = _REQUIRED_POSTINGS_PAGE.format(
        trafficking="This month our inspectors are also handing out free human trafficking "
        "awareness posters to every restaurant they visit, as part of the District's "
        "awareness campaign with the sheriff's office."
    )
    coding = code_text(text, url="https://www.harlancountyhealth.gov/food/required-signs")
    assert coding.requires_posting is False
    assert coding.campaign is True
