"""Round 66, the lead's mend of the promotes branch: an office's training ON the posting duty
(a webinar, workshop or briefing about the notice rule) is a reminder of the duty, settled by
the rules, so a model re-fit cannot flip it (round 55's Gaming Board webinar guard did)."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text, explain

_HOTLINE = (
    "The notice gives the National Human Trafficking Hotline at 1-888-373-7888 or text 233733."
)


@pytest.mark.parametrize(
    ("url", "text"),
    [
        pytest.param(
            "https://labor.example.gov/news/notice-workshop",
            "Labor department schedules workshops for employers\n\nThe Department of Labor "
            "will hold three workshops about the human trafficking notice requirement for "
            "farm labor contractors in May. Every contractor must display the notice at each "
            "job site. " + _HOTLINE,
            id="workshop_about_requirement",
        ),
        pytest.param(
            "https://lottery.example.gov/news/retailer-briefings",
            "Lottery briefs retailers\n\nThe State Lottery held briefings for retailers "
            "explaining the new trafficking sign rules before they take effect on July 1. "
            + _HOTLINE,
            id="briefings_explaining_rules",
        ),
    ],
)
def test_an_offices_training_on_the_duty_is_a_reminder(url: str, text: str) -> None:
    e = explain(text, url=url)
    assert e["promotes_hotline"] is True
    assert e["top_campaign_cue"] and "posting_reminder" in e["top_campaign_cue"]


@pytest.mark.parametrize(
    ("url", "text"),
    [
        pytest.param(
            "https://sheriff.example.gov/news/training",
            "Deputies train motel staff\n\nThe Sheriff's Office held trainings on the signs "
            "of human trafficking for motel staff this week. " + _HOTLINE,
            id="signs_of_trafficking_not_a_sign_rule",
        ),
        pytest.param(
            "https://planning.example.gov/news/sign-code",
            "Planning board workshop on the sign ordinance\n\nThe Planning Board will hold a "
            "workshop on the new sign regulations for billboards and storefronts on Monday. "
            + _HOTLINE,
            id="another_subjects_sign_rules",
        ),
    ],
)
def test_no_reminder_without_the_duty_as_subject(url: str, text: str) -> None:
    e = explain(text, url=url)
    assert "posting_reminder" not in (e.get("top_campaign_cue") or "")
    if "Deputies" in text:
        assert code_text(text, url=url).campaign is True  # still the office's own training
