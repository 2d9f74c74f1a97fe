"""Round 60 (issue 14r60-study): a finding about the states that have posting laws is no duty.
A generic class of jurisdictions ("states that require ...", "states requiring ...",
"jurisdictions with laws requiring ...", "the 40 states that mandate ...") as the subject of a
measured outcome (saw, get, had, reported, rose, received) holds the duty in its relative clause
or participle: what research says of such laws, no duty of the text's own. The audit's own
wordings, both sides (docs/coding-measurement.md)."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

MASTHEAD = "THE LAKESHORE TRIBUNE\nNews | Statehouse | Business | Opinion\n\n"
BYLINE = "By Dana Fry\nMarch 3, 2026\n\n"
TAIL = (
    "\n\nThe researchers cautioned that more calls do not mean more victims were helped.\n\n"
    "The paper appears in a public policy journal."
)


def story(head: str, body: str) -> str:
    return MASTHEAD + head + "\n\n" + BYLINE + body + TAIL


# -- (1) a generic class of jurisdictions as an outcome's subject: no duty ---------------------
GENERIC = {
    "that_require_saw_such_laws": story(
        "Study: states with hotline sign laws see more calls",
        "States that require businesses to post the National Human Trafficking Hotline saw "
        "calls rise faster than states without such laws, according to a new study.",
    ),
    "it_found_participle": story(
        "Hotline posters tied to more calls",
        "A study by two economists looked at hotline calls from 2010 to 2022. It found that "
        "states requiring businesses to post the hotline saw calls rise faster than other "
        "states.",
    ),
    "forty_states_mandate": story(
        "Where the hotline is posted, more people call",
        "The 40 states that mandate hotline signs in truck stops had higher call volumes than "
        "the rest, the researchers said.",
    ),
    "jurisdictions_with_laws_requiring": story(
        "Research: posting laws and trafficking tips",
        "Jurisdictions with laws requiring truck stops to post the trafficking hotline number "
        "reported 20 percent more calls, the paper says.",
    ),
    "in_states_that_require_fronted": story(
        "Study tracks hotline calls across the country",
        "In states that require hotels to display the human trafficking hotline, calls rose "
        "30 percent within three years, the authors wrote.",
    ),
    "researchers_said_get": story(
        "Posters in restrooms reach victims, researchers say",
        "Researchers said states that require the trafficking hotline to be posted in "
        "restrooms get more calls from victims themselves.",
    ),
    "headline_only_and_body": story(
        "Study: states that require hotline posters get more trafficking calls",
        "States that require businesses to post the National Human Trafficking Hotline number "
        "saw calls to the hotline rise faster than other states, according to a new study by "
        "researchers at a state university.",
    ),
    "those_states_received": story(
        "Data: hotline signs and tips",
        "Those states requiring posting of the human trafficking hotline number received more "
        "tips, the data show.",
    ),
    "counties_logged": story(
        "County posting rules and trafficking calls",
        "Counties that require motels to post the trafficking hotline logged more calls than "
        "counties that do not, a university team found in a review of hotline records.",
    ),
    "states_that_have_required_have_seen": story(
        "Analysis: hotline notices tied to rise in calls",
        "States that have required rest areas to post the human trafficking hotline have seen "
        "a steady rise in calls, the analysis shows.",
    ),
    "states_where_required_experienced": story(
        "Hotline study released",
        "States where truck stops are required to post the trafficking hotline experienced "
        "bigger jumps in calls than other states, according to the report's authors.",
    ),
    "the_states_which_require_recorded": story(
        "Posting laws and the hotline",
        "The states which require massage businesses to post the human trafficking hotline "
        "recorded more calls per capita, researchers at the institute found.",
    ),
    "without_posting_requirement_own_state": story(
        "Study: states with hotline sign laws see more calls",
        "States that require businesses to post the human trafficking hotline saw calls rise "
        "faster than states without such laws, according to a new study.\n\nWisconsin is one "
        "of a handful of states without a general posting requirement. No bill on the subject "
        "has been introduced.",
    ),
    "has_no_posting_requirement": story(
        "Study: hotline signs matter",
        "States that require motels to post the trafficking hotline got more calls, a study "
        "found.\n\nIdaho has no posting requirement for the hotline.",
    ),
    "lacks_posting_requirement": story(
        "Study: hotline signs matter",
        "States requiring motels to post the trafficking hotline got more calls, a study "
        "found.\n\nNebraska lacks a hotline posting requirement of its own.",
    ),
}

# -- (2) the text's own duty told beside such a finding: duties ---------------------------------
OWN_DUTY = {
    "own_law_which_requires": story(
        "Study backs Missouri's hotline sign law",
        "Missouri's law, which requires truck stops to post the human trafficking hotline, took "
        "effect in 2024; a study found states with such laws saw more calls.",
    ),
    "alive_bill_would_require": story(
        "Study: hotline signs bring more calls",
        "States that require businesses to post the trafficking hotline saw more calls, a study "
        "found. The study comes as lawmakers weigh HB 44, which would require hotels to post "
        "the hotline in every guest room.",
    ),
    "one_of_the_states_its_law": story(
        "Kansas among states with hotline sign laws",
        "Kansas is one of the states that require truck stops to post the human trafficking "
        "hotline; its law requires the notice in each restroom.",
    ),
    "one_of_forty_states": story(
        "Kansas hotline notices",
        "Kansas is one of 40 states that require businesses to post the human trafficking "
        "hotline number, and inspectors check the notices each year.",
    ),
    "own_state_which_requires_saw": story(
        "Calls rose after hotline law",
        "Iowa, which requires truck stops to post the human trafficking hotline, saw calls jump "
        "30 percent after the law took effect.",
    ),
    "the_state_which_requires": story(
        "Calls rose after hotline law",
        "The state, which requires every rest area to post the human trafficking hotline, saw "
        "calls jump 20 percent after the law took effect in July.",
    ),
    "holders_not_jurisdictions": story(
        "A year of Ohio's hotline sign law",
        "Under Ohio's law, truck stops must post the human trafficking hotline in each "
        "restroom. Truck stops that must post the hotline have reported more calls since the "
        "law took effect, owners said.",
    ),
    "enacted_then_study": story(
        "New Texas rule: hotline signs where alcohol is sold",
        "Beginning Jan. 1, Texas businesses that sell alcohol must post the human trafficking "
        "hotline. States that require such postings saw calls rise, a study found.",
    ),
    "campaign_cites_study": story(
        "Attorney General hands out hotline posters",
        "The Attorney General's office is distributing hotline posters to businesses. State "
        "law requires truck stops to post the human trafficking hotline. Studies show states "
        "that require posting see more calls.",
    ),
    "states_that_require_must": story(
        "Hotline notice rules",
        "Under the new rule, states that require businesses to post the trafficking hotline "
        "must use the federal notice; Oregon's law requires hotels to post it at the desk.",
    ),
    "member_of_the_class_saw": story(
        "Kansas hotline law tied to more calls",
        "Kansas is one of the states that require truck stops to post the human trafficking "
        "hotline and saw calls rise after its law took effect.",
    ),
    "no_exemption_from_requirement": story(
        "Study: hotline signs matter",
        "States that require motels to post the trafficking hotline got more calls, a study "
        "found.\n\nKansas grants no exemption from its hotline posting requirement for small "
        "motels.",
    ),
    "legislature_finds": (
        "Section 1. Findings. The legislature finds that states requiring the posting of the "
        "human trafficking hotline have seen increased calls from victims.\n"
        "Section 2. (a) Every truck stop shall post the notice described in subsection (b) in "
        "each restroom.\n(b) The notice shall state the National Human Trafficking Hotline "
        "number, 1-888-373-7888.\n(c) A person who violates this section is subject to a civil "
        "penalty of $500."
    ),
    "states_that_require_own_bill": story(
        "Lawmaker cites study in hotline bill",
        "States that require businesses to post the trafficking hotline saw more calls, Rep. "
        "Ana Ruiz said Tuesday. Her bill, House Bill 210, would require hotels and bus stations "
        "to post the hotline, and it cleared committee 9-2.",
    ),
    "new_law_own_state_saw": story(
        "Hotline law in effect",
        "Nevada's new law requires casinos to post the human trafficking hotline. States that "
        "require such notices have seen more calls, supporters said.",
    ),
    "fronted_in_own_state": story(
        "Hotline sign law one year on",
        "In Georgia, which requires hotels to display the human trafficking hotline, calls rose "
        "30 percent within a year, the attorney general said.",
    ),
}


@pytest.mark.parametrize("name", sorted(GENERIC))
def test_generic_jurisdictions_finding_is_no_duty(name: str) -> None:
    assert code_text(GENERIC[name]).requires_posting is False


@pytest.mark.parametrize("name", sorted(OWN_DUTY))
def test_own_duty_beside_finding_stands(name: str) -> None:
    assert code_text(OWN_DUTY[name]).requires_posting is True


# -- (3) with the study's duty dropped, the posters it talks about are no effort ----------------
CAMPAIGN = {
    # no effort: a study story whose posters are only predicated or a headline's study subject
    "study_posters_predicated": (
        False,
        MASTHEAD
        + "Study: Hotline posters tied to more calls from rural counties\n\n"
        + BYLINE
        + "A study by two researchers suggests that signs bearing the National Human "
        "Trafficking Hotline may matter most in places where there is little else.\n\nIt found "
        "that states requiring businesses to post the hotline saw calls rise faster than other "
        "states, most of all in rural counties without a trafficking task force.\n\n"
        '"In a county with one deputy on duty at night, the poster may be the only '
        'bridge between a victim and help," said one of the authors.' + TAIL,
    ),
    # efforts: an office putting up posters, one of its officers saying what a poster is
    "sheriff_posters_and_predication": (
        True,
        MASTHEAD
        + "Sheriff puts trafficking hotline posters in truck stops\n\n"
        + BYLINE
        + "The Clay County Sheriff's Office is putting up human trafficking hotline posters in "
        'every truck stop restroom in the county this month, Sheriff Dale Ames said.\n\n"The '
        'poster is a very low-cost intervention," Ames said. Deputies will hand out wallet '
        "cards with the National Human Trafficking Hotline, 1-888-373-7888.",
    ),
}


@pytest.mark.parametrize("name", sorted(CAMPAIGN))
def test_study_posters_campaign(name: str) -> None:
    expected, text = CAMPAIGN[name]
    got = code_text(text)
    assert got.campaign is expected
    if not expected:
        assert got.requires_posting is False and got.promotes_hotline is False
