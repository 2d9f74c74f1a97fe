"""Round 63 (issue 14r63-requires): research about states' posting laws, read by structure.

A generic class of jurisdictions ("dozens of states", "many states", "states", "other
countries") as the subject of a law-making verb in the past or perfect ("adopted posting
requirements", "have passed laws requiring", "began requiring", "have required ... to post"),
in a text that names no measure of its own (a bill, an ordinance, legislation, "the new law"),
is a study's background, no duty (`mandate.generic_law_history`). Near misses keep their duty:
a present-tense class (an explainer's "Many states require ..."), a member named with the class
("Iowa is one of dozens of states that adopted ...", "joins", "among", "like"), the text's own
bill or new law beside the class, the text's own state as the subject, a class in the present
perfect beside the text's own duty. Wordings are the round's own, from no labelled set (set 99's
IA study story is the class's development miss).
"""

from __future__ import annotations

import pytest

from conftest import assert_duty

_H = "Prairie Ledger\nNews | Politics | Business\n\n"
_STUDY = (
    "Study: Hotline posters tied to more trafficking calls\n\nBy Jo Park\nMarch 3, 2026\n\n"
    "DES MOINES - Calls to the National Human Trafficking Hotline rose faster after posting "
    "laws took hold, according to a study by two economists published this month.\n\n"
)
_END = (
    '\n\n"It is a cheap intervention," said one of the authors, a professor of economics.\n\n'
    "The study did not measure arrests."
)

#: (label, duty?, main wrong?, text)
WORDINGS = [
    # -- a generic class's law history in a study story: no duty
    (
        "period when dozens adopted",
        False,
        True,
        _H
        + _STUDY
        + "The researchers compared call volumes from all 50 states between 2010 and 2023, a "
        "period when dozens of states adopted posting requirements for places such as truck "
        "stops and bars.\n\nTheir analysis found that the key provision was requiring the hotline "
        "number to be posted in restrooms." + _END,
    ),
    (
        "many states have passed laws requiring",
        False,
        True,
        _H + _STUDY + "Since 2010, many states have passed laws requiring hotels to post the human "
        "trafficking hotline in every guest restroom." + _END,
    ),
    (
        "states began requiring",
        False,
        True,
        _H
        + _STUDY
        + "The authors tracked monthly calls as states began requiring truck stops and bars to "
        "post the trafficking hotline number." + _END,
    ),
    (
        "dozens have required",
        False,
        True,
        _H
        + _STUDY
        + "Over the past decade, dozens of states have required massage businesses to display "
        "the human trafficking hotline." + _END,
    ),
    (
        "more than 40 enacted",
        False,
        True,
        _H
        + _STUDY
        + "The paper notes that more than 40 states enacted laws mandating that businesses post "
        "the hotline number in restrooms." + _END,
    ),
    (
        "found that states adopted",
        False,
        True,
        _H
        + _STUDY
        + "The team found that states had adopted hotline posting requirements at very different "
        "times, "
        "which let them compare the calls before and after." + _END,
    ),
    (
        "other countries put in place",
        False,
        True,
        _H
        + _STUDY
        + "The economists said other countries have also put in place rules requiring airports "
        "to post the trafficking hotline." + _END,
    ),
    (
        "a handful of states started mandating",
        False,
        True,
        _H
        + _STUDY
        + "In 2013, a handful of states started mandating hotline posters in bus stations, the "
        "first year of the data." + _END,
    ),
    (
        "states mandated, dash",
        False,
        True,
        _H
        + _STUDY
        + "The years studied - when most states mandated posting of the human trafficking "
        "hotline at rest areas - saw call volume double." + _END,
    ),
    (
        "jurisdictions approved",
        False,
        True,
        _H
        + _STUDY
        + "Between 2012 and 2022, jurisdictions approved requirements that hotels post the "
        "trafficking hotline, and calls followed, the authors wrote." + _END,
    ),
    (
        "no measure, two background sentences",
        False,
        True,
        _H
        + _STUDY
        + "The analysis covers 2012 to 2022, when many states enacted posting requirements for "
        "truck stops. Most states have also required hotels to post the human trafficking "
        "hotline." + _END,
    ),
    (
        "during the last decade",
        False,
        True,
        _H + "Behind the rise in calls\n\nDuring the last decade, dozens of states passed laws "
        "requiring hotels and truck stops to post the human trafficking hotline in restrooms."
        + _END,
    ),
    (
        "newline class opener",
        False,
        True,
        _H
        + _STUDY
        + "What changed\n"
        + "States adopted posting requirements for bars and hotels one after another, the "
        "paper says." + _END,
    ),
    # -- near misses: the duty stands
    (
        "present tense explainer",
        True,
        False,
        _H + "Hotline poster rules\n\nMany states require truck stops to post the human "
        "trafficking hotline in restrooms.",
    ),
    (
        "member: one of dozens",
        True,
        False,
        _H + "Iowa is one of dozens of states that adopted posting requirements for truck stops "
        "and hotels in 2019; the signs list the human trafficking hotline.",
    ),
    (
        "member: joins",
        True,
        False,
        _H + "With the governor's signature, Iowa joins dozens of states that have passed laws "
        "requiring hotels to post the human trafficking hotline.",
    ),
    (
        "own bill beside the class",
        True,
        False,
        _H + "Many states have passed laws requiring truck stops to post the human trafficking "
        "hotline. A bill filed by Sen. Ray Lund would make Iowa the next.",
    ),
    (
        "own new law beside the class",
        True,
        False,
        _H + "Dozens of states adopted posting requirements for hotels over the last decade. "
        "Under the new law, Iowa hotels must post the human trafficking hotline at the front "
        "desk.",
    ),
    (
        "own state as subject",
        True,
        False,
        _H + "In 2019, Iowa adopted posting requirements for truck stops and hotels, and the "
        "signs must list the human trafficking hotline.",
    ),
    (
        "class then own duty",
        True,
        False,
        _H + "Most states have passed laws requiring hotline signs. Kansas requires truck stops "
        "to post the human trafficking hotline in each restroom.",
    ),
    (
        "like many states",
        True,
        False,
        _H + "Like many states, Ohio now requires hotels to post the human trafficking hotline "
        "at the front desk.",
    ),
    (
        "among the states",
        True,
        False,
        _H + "Nebraska was among the states that adopted posting requirements for truck stops in "
        "2015; the signs must name the human trafficking hotline.",
    ),
    (
        "ordinance beside the class",
        True,
        False,
        _H + "Many states have enacted posting requirements for bars. The city ordinance approved "
        "Tuesday requires every bar to post the human trafficking hotline.",
    ),
    (
        "present perfect bill's own",
        True,
        False,
        _H + "Senate Bill 41 would require hotels to post the human trafficking hotline; dozens "
        "of states have adopted similar posting requirements.",
    ),
    (
        "present explainer with quantifier",
        True,
        False,
        _H + "Which places must post?\n\nMore than 40 states require hotels to post the human "
        "trafficking hotline.",
    ),
    (
        "the state adopted",
        True,
        False,
        _H + "The state adopted posting requirements for truck stops in 2021; each must display "
        "the human trafficking hotline.",
    ),
]


@pytest.mark.parametrize(
    ("label", "duty", "main_wrong", "text"), WORDINGS, ids=[w[0] for w in WORDINGS]
)
def test_a_generic_class_law_history_is_no_duty(
    label: str, duty: bool, main_wrong: bool, text: str
) -> None:
    assert_duty(text, duty, label)


def test_the_audit_counts() -> None:
    assert len(WORDINGS) >= 25
    assert sum(not w[1] for w in WORDINGS) == 13
    assert sum(w[2] for w in WORDINGS) == 13


def test_the_set_99_study_story_states_no_duty() -> None:
    from pathlib import Path

    from hotline_watch.coding import code_text, read_document_and_url

    path = Path(__file__).parent / (
        "heldout/99/negative_IA_2025-11-03_news-study-states-posting-laws-more-hotline-calls.txt"
    )
    text, url = read_document_and_url(path)
    assert code_text(text, url=url).requires_posting is False
