"""Round 52 (issue 14r52-requires): requires_posting. (1) A measure's fate told in a headline or
lead with the duty as the measure's description ("<Governor> vetoes bill requiring ...", "Bill
requiring ... dies / stalls / fails / is tabled / is shelved / is killed / falls short", "Senate
kills ...", "Lawmakers reject ...", "... won't become law", "... left on the table as session
ends"), with and without the body repeating it; a passage told after a veto and a first step
("filed by ...", "It was introduced in January") told after a failure are earlier steps. Near
misses: signed, clears the Senate, revived (reintroduced and passed) after it died, a similar bill
vetoed, a veto overridden. (2) A duty only talked about: a research finding about posting laws in
general, a comparison of states' laws inside a finding, a speaker's opinion with the duty as a
gerund subject, the idea's history; near misses: a real law or an alive bill that also cites the
study, an explainer of which states require signs. (3) A round-up of new laws or bills whose sign
duty is another subject's item; near misses: the trafficking item is itself a posting duty, one
law's fact sheet in labelled lines. Wordings are the round's own, from no labelled set (sets 58
and 59's MA, TX, CT and MN texts are the classes' development misses); `main_wrong` marks the
ones the engine before the round got wrong (each fails there); the rest are guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_duty, duty_quotes
from hotline_watch.coding import code_text, read_document_and_url

_H = "Capital Ledger\nNews | Politics | Business\n\n"

#: (class, duty?, main wrong?, text)
WORDINGS = [
    (
        "fate",
        False,
        True,
        (
            _H
            + (
                "Governor vetoes bill requiring trafficking hotline signs at truck stops\n"
                "\n"
                "By Ann Lee\n"
                "May 2, 2025\n"
                "\n"
                "Gov. Jane Roe on Friday vetoed a bill that would have required truck stops "
                "to post human trafficking hotline signs in restrooms.\n"
                "\n"
                "The measure passed both chambers in April with broad support. The sponsor "
                "said she would refile it next year."
            )
        ),
    ),
    (
        "fate",
        False,
        True,
        (
            _H
            + (
                "Bill requiring trafficking notices at campgrounds dies in committee\n"
                "\n"
                "By Sam Ortiz\n"
                "\n"
                "A bill that would have required campgrounds to post human trafficking "
                "hotline notices died this week.\n"
                "\n"
                "The measure, filed by a Worcester senator, would have required campground "
                "owners to hang the notice at check-in. Committees had until Monday to act "
                "on bills filed for the session."
            )
        ),
    ),
    (
        "fate",
        False,
        False,
        (
            _H
            + (
                "Bill requiring hotline posters at rest areas stalls in Senate\n"
                "\n"
                "A bill requiring the state to post human trafficking hotline posters at "
                "rest areas stalled in the Senate Transportation Committee on Tuesday. The "
                "bill, introduced by Sen. Ko in January, never got a hearing."
            )
        ),
    ),
    (
        "fate",
        False,
        False,
        (
            _H
            + (
                "Bill requiring massage businesses to post trafficking hotline fails in House\n"
                "\n"
                "The House voted 52-47 against the measure on Thursday. It would have "
                "required massage businesses to display the National Human Trafficking "
                "Hotline number."
            )
        ),
    ),
    (
        "fate",
        False,
        False,
        (
            _H
            + (
                "Bill requiring bars to post trafficking signs is tabled\n"
                "\n"
                "The House Commerce Committee tabled the bill on Tuesday. The bill, which "
                "passed the Senate in February, would have required bars to post human "
                "trafficking hotline signs in restrooms."
            )
        ),
    ),
    (
        "fate",
        False,
        False,
        (
            _H
            + (
                "Senate kills bill requiring hotels to post human trafficking hotline signs\n"
                "\n"
                "The Senate voted 20-15 to kill the bill on Wednesday. Hotel owners had "
                "opposed the requirement, which passed the House in March."
            )
        ),
    ),
    (
        "fate",
        False,
        False,
        (
            _H
            + (
                "Lawmakers reject bill requiring trafficking hotline signs at airports\n"
                "\n"
                "The House rejected the proposal 60-38 on Monday. Airport managers said they "
                "already display the hotline voluntarily."
            )
        ),
    ),
    (
        "fate",
        False,
        False,
        (
            _H
            + (
                "Trafficking hotline sign requirement for bus stations won't become law\n"
                "\n"
                "A bill requiring bus stations to post the human trafficking hotline won't "
                "become law this year after the Senate adjourned without taking it up."
            )
        ),
    ),
    (
        "fate",
        False,
        False,
        (
            _H
            + (
                "Hotline poster bill for nail salons left on the table as session ends\n"
                "\n"
                "A bill requiring nail salons to post the human trafficking hotline was left "
                "on the table when the session ended Friday. It passed the House in March."
            )
        ),
    ),
    (
        "fate",
        False,
        True,
        (
            _H
            + (
                "Bill requiring trafficking notices at ski lodges is shelved\n"
                "\n"
                "The bill, which would have required ski lodges to post human trafficking "
                "hotline notices, was shelved by the Senate Rules Committee. It was "
                "introduced in January by Rep. Diaz, who said she would file it again."
            )
        ),
    ),
    (
        "fate",
        False,
        False,
        (
            _H
            + (
                "Bill requiring hotline signs at truck stops falls short in Senate\n"
                "\n"
                "The measure, approved by the House in February, fell short of the votes it "
                "needed in the Senate on Tuesday. It would have required truck stops to post "
                "human trafficking hotline signs."
            )
        ),
    ),
    (
        "fate",
        False,
        True,
        (
            _H
            + (
                "Governor vetoes bill requiring trafficking hotline signs at youth camps\n"
                "\n"
                "The governor said the bill imposed a new mandate on small camps run by "
                "churches. Lawmakers passed it in May. Because the Legislature has "
                "adjourned, there will be no override vote.\n"
                "\n"
                "The governor vetoed 30 bills on Friday, the deadline for action on "
                "legislation passed during the session."
            )
        ),
    ),
    (
        "fate",
        False,
        False,
        (
            _H
            + (
                "Bill requiring truck stop hotline signs is killed in committee\n"
                "\n"
                "The House Transportation Committee killed the bill 7-4 on Wednesday. The "
                "bill, sponsored by Rep. Ames and passed by the Senate last month, drew "
                "opposition from fuel retailers."
            )
        ),
    ),
    (
        "fate",
        True,
        False,
        (
            _H
            + (
                "Governor signs bill requiring trafficking hotline signs at youth camps\n"
                "\n"
                "Gov. Jane Roe on Friday signed a bill requiring licensed youth camps to "
                "post human trafficking hotline signs in cabins. The measure passed both "
                "chambers in May."
            )
        ),
    ),
    (
        "fate",
        True,
        False,
        (
            _H
            + (
                "Bill requiring trafficking hotline signs at truck stops clears Senate\n"
                "\n"
                "The Senate voted 30-1 on Tuesday for the bill, which would require truck "
                "stops to post the sign in restrooms. It now goes to the House."
            )
        ),
    ),
    (
        "fate",
        True,
        False,
        (
            _H
            + (
                "Bill requiring hotline notices at hotels revived after it died last year\n"
                "\n"
                "A bill requiring hotels to post human trafficking hotline notices, which "
                "died in committee last year, was reintroduced in January and passed the "
                "House on Thursday."
            )
        ),
    ),
    (
        "fate",
        True,
        False,
        (
            _H
            + (
                "Governor signs bill requiring bars to post trafficking hotline notices\n"
                "\n"
                "Gov. Lee signed a bill on Tuesday requiring bars to post human trafficking "
                "hotline notices in restrooms. A similar bill was vetoed in 2022."
            )
        ),
    ),
    (
        "fate",
        True,
        False,
        (
            _H
            + (
                "Lawmakers override veto of trafficking hotline sign bill\n"
                "\n"
                "The governor vetoed a bill in March requiring truck stops to post human "
                "trafficking hotline signs. On Tuesday lawmakers overrode the veto, and the "
                "law takes effect July 1."
            )
        ),
    ),
    (
        "talk",
        False,
        True,
        (
            _H
            + (
                "Study: Hotline posting laws may matter more than tougher sentences\n"
                "\n"
                "A new study by university researchers compared trafficking case data across "
                "states. Their analysis found the most important provision was requiring the "
                "hotline number to be posted in public places such as truck stops and hotels."
            )
        ),
    ),
    (
        "talk",
        False,
        True,
        (
            _H
            + (
                "Researchers: posting laws tied to more hotline calls\n"
                "\n"
                "The report concluded that states requiring businesses to post the hotline "
                "number saw more calls to the National Human Trafficking Hotline in the "
                "years after adoption."
            )
        ),
    ),
    (
        "talk",
        False,
        False,
        (
            _H
            + (
                "What works against trafficking?\n"
                "\n"
                "A survey of prosecutors found that requiring truck stops to display the "
                "human trafficking hotline was the measure they rated most useful. The "
                "authors cautioned that the sample was small."
            )
        ),
    ),
    (
        "talk",
        False,
        True,
        (
            _H
            + (
                "Researchers compare state trafficking laws\n"
                "\n"
                "The paper shows that laws requiring hotels to post the trafficking hotline "
                "were followed by a rise in tips, while longer sentences had no measurable "
                "effect."
            )
        ),
    ),
    (
        "talk",
        False,
        True,
        (
            _H
            + (
                "Advocates weigh what works\n"
                "\n"
                '"Requiring truck stops to post the hotline is the cheapest thing a state '
                'can do," said Maria Lopez, who directs a Denver shelter for trafficking '
                "survivors."
            )
        ),
    ),
    (
        "talk",
        False,
        True,
        (
            _H
            + (
                "A short history of the hotline poster\n"
                "\n"
                "The idea of requiring businesses to post the human trafficking hotline took "
                "hold among advocates in the late 2000s, when the national hotline first "
                "began taking calls."
            )
        ),
    ),
    (
        "talk",
        True,
        False,
        (
            _H
            + (
                "New law puts trafficking hotline in hotel lobbies\n"
                "\n"
                "A new Connecticut law requires hotels to post the human trafficking hotline "
                "in every lobby. A study by Quinnipiac researchers found that requiring the "
                "hotline number to be posted was the most important provision of such laws."
            )
        ),
    ),
    (
        "talk",
        True,
        False,
        (
            _H
            + (
                "Bill would require truck stops to post hotline\n"
                "\n"
                "A bill introduced Tuesday would require truck stops to post the human "
                "trafficking hotline in restrooms. Its sponsor cited a study that found "
                "posting requirements were associated with more calls."
            )
        ),
    ),
    (
        "talk",
        True,
        False,
        (
            _H
            + (
                "Which states require hotline signs at truck stops?\n"
                "\n"
                "Several states require truck stops to post the human trafficking hotline in "
                "restrooms; Virginia's law also covers rest areas."
            )
        ),
    ),
    (
        "roundup",
        False,
        True,
        (
            _H
            + (
                "New laws take effect Friday\n"
                "\n"
                "Dozens of new state laws take effect Friday. Here are some of the changes:\n"
                "\n"
                "Ice arena air quality: Indoor ice arenas that use fuel-powered resurfacing "
                "machines must post a sign at each entrance warning of the symptoms of "
                "carbon monoxide poisoning.\n"
                "\n"
                "Fishing licenses: Anglers can now buy a three-year fishing license online.\n"
                "\n"
                "Trafficking sentences: Judges may add time to the sentence of a person "
                "convicted of labor trafficking when the victim is under 18."
            )
        ),
    ),
    (
        "roundup",
        False,
        True,
        (
            _H
            + (
                "What changes on July 1\n"
                "\n"
                "These new laws take effect July 1:\n"
                "\n"
                "- Public pools: Pool operators must post a sign at the entrance listing the "
                "hours a lifeguard is on duty.\n"
                "- Human trafficking: The maximum sentence for sex trafficking of a minor "
                "rises to 25 years.\n"
                "- Boating: Boaters under 16 must complete a safety course.\n"
                "- Catalytic converters: Scrap dealers must keep photos of every converter "
                "they buy."
            )
        ),
    ),
    (
        "roundup",
        False,
        True,
        (
            _H
            + (
                "Bills heard this week\n"
                "\n"
                "Committees took up several bills this week:\n"
                "\n"
                "Tanning salons: A bill would require tanning salons to post a sign warning "
                "of skin cancer risks at each booth.\n"
                "\n"
                "Trafficking task force: A bill would create a human trafficking task force "
                "to study victim services.\n"
                "\n"
                "School start times: A bill would bar high schools from starting before 8:30 "
                "a.m."
            )
        ),
    ),
    (
        "roundup",
        False,
        False,
        (
            _H
            + (
                "New laws for 2026\n"
                "\n"
                "Several new laws take effect Jan. 1:\n"
                "\n"
                "Radon in schools: Schools must test for radon every five years and must "
                "post the results at the main entrance.\n"
                "\n"
                "Trafficking hotline: The state's human trafficking hotline gets $2 million "
                "for staff.\n"
                "\n"
                "Driver licenses: Teens must hold a learner's permit for nine months."
            )
        ),
    ),
    (
        "roundup",
        True,
        False,
        (
            _H
            + (
                "New laws take effect Friday\n"
                "\n"
                "Dozens of new state laws take effect Friday. Here are some of the changes:\n"
                "\n"
                "Ice arena air quality: Indoor ice arenas must post a sign at each entrance "
                "warning of carbon monoxide poisoning.\n"
                "\n"
                "Trafficking notices: Truck stops and bus stations must post the human "
                "trafficking hotline sign in each restroom.\n"
                "\n"
                "Fishing licenses: Anglers can now buy a three-year license online."
            )
        ),
    ),
    (
        "roundup",
        True,
        False,
        (
            _H
            + (
                "What changes on July 1\n"
                "\n"
                "These new laws take effect July 1:\n"
                "\n"
                "- Public pools: Pool operators must post a sign listing lifeguard hours.\n"
                "- Human trafficking: Hotels and motels must post a notice with the National "
                "Human Trafficking Hotline number at the front desk.\n"
                "- Boating: Boaters under 16 must complete a safety course."
            )
        ),
    ),
    (
        "roundup",
        True,
        False,
        (
            "Human trafficking notice law: the basics\n"
            "\n"
            "What: A notice with the human trafficking hotline number.\n"
            "Who: Hotels, motels, bars and truck stops.\n"
            "What they must do: Each business must post the notice in every public restroom.\n"
            "Penalty: A fine of up to $500."
        ),
    ),
]


@pytest.mark.parametrize(("cls", "duty", "main_wrong", "text"), WORDINGS)
def test_a_fate_a_duty_talked_about_and_a_roundup_item(
    cls: str, duty: bool, main_wrong: bool, text: str
) -> None:
    quotes = assert_duty(text, duty, cls)
    if duty:
        # the evidence is the duty's own words: never the study's finding, nor a round-up's
        # other item
        assert any(w in quotes[0].lower() for w in ("post", "display", "sign", "notice", "puts"))
        assert "found" not in quotes[0]
        assert not any(w in quotes[0].lower() for w in ("pool", "arena"))


def test_the_audit_counts() -> None:
    """34 wordings (11 with a duty, 23 without) by class; main got 12 wrong: fate 4, talk 5,
    roundup 3 (every one a false duty)."""
    assert len(WORDINGS) == 34
    assert sum(w[1] for w in WORDINGS) == 11
    wrong: dict[str, int] = {}
    for cls, duty, main_wrong, _text in WORDINGS:
        wrong[cls] = wrong.get(cls, 0) + main_wrong
        assert not (duty and main_wrong)
    assert wrong == {"fate": 4, "talk": 5, "roundup": 3}


_DEV = Path(__file__).parent / "heldout"


@pytest.mark.parametrize(
    "path",
    [
        "59/negative_MA_2024-03_news-ski-area-trafficking-notice-bill-dies-after-adverse-committee-report.txt",
        "59/negative_TX_2025-06_news-abbott-vetoes-youth-camp-trafficking-sign-bill.txt",
        "58/negative_CT_2025-10-20_news-study-hotline-posting-most-important-provision.txt",
        "58/negative_MN_2025-07-31_news-new-laws-august-1-ice-arena-air-quality-signs.txt",
    ],
)
def test_the_sets_58_and_59_misses_state_no_duty(path: str) -> None:
    """The round's four development misses (sets 58 and 59): no duty, no duty evidence."""
    text, url = read_document_and_url(_DEV / path)
    coded = code_text(text, url=url)
    assert coded.requires_posting is False
    assert not duty_quotes(coded)
