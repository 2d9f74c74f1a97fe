"""Round 36 (issue 14zk-fields): the notice's author in every position, a hospital qualified by
its emergency department, where the notice goes is not who posts.

Each test fails on the engine before the round (the guards pin what the round keeps): the body
that approves, prescribes or offers the notice read as a passive participle's agent whose name
holds no agency word, a relative clause ("such other information as X may prescribe"), an
office's own page offering the download under its initials, a public body bound to post a sign
no other body makes; hospitals qualified by an emergency department or emergency services coded
as the emergency room; public restrooms that are spots of the premises; private clubs and mixed
drink permits as bars."""

from hotline_watch.coding import code_text

HOTLINE = "the National Human Trafficking Hotline, 1-888-373-7888"


def test_a_name_without_an_agency_word_approves_the_sign_when_the_text_writes_its_initials():
    text = (
        "Who must display the sign?\nState law requires every holder of an on-premises permit "
        "to display the human trafficking awareness sign approved by Alcoholic Beverage Control. "
        f"The sign gives {HOTLINE}.\nABC agents check for the sign during inspections.\n"
    )
    assert code_text(text).agency == "Alcoholic Beverage Control"
    # guard: capitalised words the text never calls by their initials are not read as a body
    plain = (
        "Every hotel shall display the sign approved by Regional Safety Partners, giving "
        f"{HOTLINE}.\n"
    )
    assert code_text(plain).agency is None


def test_such_other_information_as_a_commission_may_prescribe():
    text = (
        "Section 1. (1) Each licensed racetrack casino shall post a notice in each restroom.\n"
        f"(2) The notice shall include {HOTLINE}, and such other information as the State "
        "Racing and Gaming Commission may prescribe by rule and regulation.\n"
        "(3) The commission may impose a fine of not more than one thousand dollars.\n"
    )
    coding = code_text(text)
    assert coding.agency == "State Racing and Gaming Commission"
    assert coding.establishments == ["casino"]


def test_an_offices_own_page_offering_the_notice_under_its_initials():
    text = (
        "Human Trafficking Notice for Hotels\n\nEvery hotel and motel must post the human "
        f"trafficking notice, which gives {HOTLINE}.\n\nDLCP inspectors check for the notice "
        "during inspections.\n\nDownload the notice (PDF) | Contact DLCP Business Licensing\n"
    )
    assert code_text(text, url="https://dlcp.dc.gov/page/trafficking-notice").agency == "DLCP"
    # guard: a page at another address does not make the initials the notice's author
    assert code_text(text, url="https://example.org/dlcp-notice").agency is None


def test_a_public_body_bound_to_post_a_sign_no_other_body_makes_makes_it():
    text = (
        "This bill requires the Department of Transportation to post, in every restroom at each "
        f"rest area, a sign displaying {HOTLINE}.\n\n84.01 (38) The department shall post and "
        "maintain, in each public restroom at every rest area, a sign that is at least 8.5 "
        "inches by 11 inches.\n"
    )
    assert code_text(text).agency == "Department of Transportation"
    defined = (
        "(1) The department shall post, in every safety rest area, a sign that contains "
        f'{HOTLINE}.\n(2) For purposes of this section, "department" means the department of '
        "transportation.\n"
    )
    assert code_text(defined).agency.lower() == "department of transportation"
    # guards: a sign made elsewhere is only posted; a duty denied binds no one
    elsewhere = (
        "(a) The Parks and Wildlife Department shall post the sign prescribed under Subsection "
        f"(b) in each state park. (b) The sign shall give {HOTLINE}.\n"
    )
    assert code_text(elsewhere).agency is None
    denied = (
        "Nothing in this section shall be construed to require the Department to display any "
        f"sign giving {HOTLINE}.\n"
    )
    assert code_text(denied).agency is None


def test_a_hospital_qualified_by_its_emergency_department_or_services_is_the_emergency_room():
    for holder in (
        "Each hospital with an emergency department",
        "Hospitals that operate an emergency department",
        "Each hospital that provides emergency services",
    ):
        text = f"{holder} shall post a notice giving {HOTLINE} in a conspicuous place.\n"
        assert code_text(text).establishments == ["emergency_room"], holder
    # guard: hospitals named plainly stay hospitals
    plain = f"Every licensed hospital and urgent care center shall post a notice giving {HOTLINE}."
    assert code_text(plain).establishments == ["hospital", "urgent_care"]


def test_public_restrooms_that_are_spots_of_the_premises_are_where_not_who():
    including = (
        "The department of transportation shall post signs at each airport terminal, in "
        "locations where the signs are visible to the public, including arrival areas and public "
        f"restrooms. Each sign shall give {HOTLINE}.\n"
    )
    assert code_text(including).establishments == ["airport"]
    none_there = (
        "Bars and restaurants must post the trafficking notice. They must put the notice in "
        f"each restroom or, if there is no public restroom, near the entrance. It gives {HOTLINE}."
    )
    assert sorted(code_text(none_there).establishments) == ["bar", "restaurant"]
    holds = (
        "The agency posts the notices in the federal buildings it owns. Managers should confirm "
        f"that every public restroom on every floor has a notice posted. It gives {HOTLINE}.\n"
    )
    assert "public_restroom" not in code_text(holds).establishments
    # guard: a business that keeps public restrooms is a class of its own
    keeps = f"Any business that maintains public restrooms shall post a notice giving {HOTLINE}."
    assert code_text(keeps).establishments == ["public_restroom"]


def test_private_clubs_and_mixed_drink_permits_are_bars():
    text = (
        "Every holder of an on-premises mixed drink permit, including hotels and private clubs, "
        f"must display the sign giving {HOTLINE}."
    )
    assert code_text(text).establishments == ["bar", "lodging"]
