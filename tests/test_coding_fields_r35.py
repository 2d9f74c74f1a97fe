"""Round 35 (issue 14zj-fields): where the duty-holder is read from.

Each test fails on the engine before the round: a licence class read from the heading of the
chapter a duty-holder is "licensed under", the spots of the holder's premises a duty lists as
where its notice goes (no classes), a law as it stood named by its year, and three licence or
activity words the vocabulary lacked."""

from hotline_watch.coding import code_text

HOTLINE = "the National Human Trafficking Hotline, 1-888-373-7888"


def test_a_shop_licensed_under_this_chapter_is_the_class_its_chapter_heading_names() -> None:
    text = (
        "Title 62 Professions, Businesses and Trades\nChapter 4 Cosmetologists\n\n"
        "62-4-132. Display of human trafficking hotline sign.\n\n(a) Each shop licensed under "
        "this chapter shall display, in a place where it is clearly visible to the public, a "
        f"sign containing the number of {HOTLINE}.\n"
    )
    assert code_text(text).establishments == ["cosmetology"]


def test_a_facility_licensed_under_this_chapter_whose_heading_names_emergency_care() -> None:
    text = (
        "HEALTH AND SAFETY CODE\nTITLE 4. HEALTH FACILITIES\nCHAPTER 254. FREESTANDING "
        "EMERGENCY MEDICAL CARE FACILITIES\n\nSec. 254.160. HUMAN TRAFFICKING NOTICE. (a) A "
        "facility licensed under this chapter shall display in each patient waiting area a sign "
        f"that includes {HOTLINE}.\n"
    )
    assert code_text(text).establishments == ["emergency_room"]


def test_a_chapter_heading_names_no_class_unless_a_duty_holder_is_licensed_under_it() -> None:
    text = (
        "Chapter 4 Cosmetologists\n\n(a) Each hotel shall display, in its lobby, a sign "
        f"containing {HOTLINE}.\n"
    )
    assert code_text(text).establishments == ["lodging"]


BILL = (
    "AN ACT Amending Title 4 (Amusements), providing for human trafficking notices.\n"
    "Section 1. Title 4 is amended by adding a section to read:\n"
    "(a) Duty.--Each slot machine licensee shall post and keep posted a notice containing "
    f"{HOTLINE}, in the following locations of its licensed facility:\n"
    "(1) Each public restroom on the gaming floor.\n(2) Each employee entrance and break room.\n"
    "(3) The hotel registration desk, if any.\n(b) Form.--The board shall prescribe the form.\n"
)


def test_the_spots_a_duty_lists_for_its_notice_are_where_not_who() -> None:
    assert code_text(BILL).establishments == ["casino"]


def test_a_where_list_is_read_when_the_duty_names_no_holder_by_a_class() -> None:
    text = (
        "Section 1. The department shall post a notice containing "
        f"{HOTLINE} in the following locations of the state:\n(1) Each airport.\n"
        "(2) Each truck stop.\n"
    )
    assert code_text(text).establishments == ["airport", "truck_stop"]


def test_places_that_post_under_a_law_named_by_its_year_are_the_law_as_it_stood() -> None:
    text = (
        "RALEIGH - The governor signed a law Tuesday requiring commercial airports to post signs "
        f"with {HOTLINE}. Operators that don't post them could be fined up to $250 per location. "
        "Truck stops and rest areas aren't covered because they already post similar signs "
        "under a 2019 law.\n"
    )
    assert code_text(text).establishments == ["airport"]


def test_licence_and_activity_words_the_vocabulary_lacked() -> None:
    cases = {
        "every licensed community and ambulatory currency exchange": "money_services",
        "every urgent treatment facility licensed in the Commonwealth": "urgent_care",
        "each foreign labor recruiter doing business in this State": "job_recruitment",
    }
    for subject, code in cases.items():
        text = (
            f"Section 1. (a) {subject[0].upper() + subject[1:]} shall post a notice with {HOTLINE}."
        )
        assert code_text(text).establishments == [code], subject


def test_a_size_told_as_a_minimum_in_an_offices_first_person_is_the_signs_size() -> None:
    text = (
        "Who must post the human trafficking notice\nNorth Dakota law requires every truck stop "
        f"to post a sign with {HOTLINE}. The Attorney General's office has created the sign. "
        "Print it at 8.5 x 11 inches or larger from the link below, or call our office to have "
        "copies mailed.\n"
    )
    assert code_text(text).sign_size == "8.5 x 11 inches"


def test_an_acronym_resolved_by_the_name_its_letterhead_writes_in_capitals() -> None:
    text = (
        "ILLINOIS DEPARTMENT OF FINANCIAL AND PROFESSIONAL REGULATION\nTestimony on Senate Bill "
        "1702\n\nSenate Bill 1702 would require every currency exchange to post a notice "
        f"containing {HOTLINE}. Under the bill, IDFPR would prescribe the form of the notice.\n"
    )
    assert code_text(text).agency == (
        "Illinois Department of Financial and Professional Regulation"
    )


def test_a_body_directed_to_prepare_the_notice_designs_it() -> None:
    text = (
        "The Act requires each hospital in this state to post a notice regarding human "
        f"trafficking with {HOTLINE}. The Act directs the Department of Justice to prepare the "
        "notice and to make it available on the department's website.\n"
    )
    assert code_text(text).agency == "Department of Justice"
