"""Round 31 (issue 14zf): classification decisions written for a whole class (bodies a
government owns, an organisation's own page, gatherings an office holds, who publishes a
story). Each test fails on the engine before the round; wordings are not from any labelled
set."""

from __future__ import annotations

import pytest

from hotline_watch.coding import code_text

#: A ferry-card campaign; `{body}` says who runs the ferries.
_FERRY_CARDS = (
    "Ferry cabins get trafficking hotline cards\n\n"
    "JUNEAU - Travelers crossing the sound this summer will find a small card by every cabin "
    "door.\n\n"
    '"Is someone holding your papers? Call for help," the card says, with the National Human '
    "Trafficking Hotline, 1-888-373-7888.\n\n"
    "The {body} put the same card in terminal washrooms and trained its deck crews in May.\n\n"
    '"We carry a lot of people who are far from home," said Mara Fenn, its chief executive.'
)


@pytest.mark.parametrize(
    ("body", "office"),
    [
        # a body a government owns is a public office, whatever it is called
        ("state-owned ferry line", True),
        ("city-owned ferry company", True),
        ("publicly owned ferry line", True),
        ("ferry line, a state corporation,", True),
        ("ferry line, a public benefit corporation,", True),
        # a company a government does not own is none
        ("privately owned ferry line", False),
        ("investor-owned ferry company", False),
        ("family-owned ferry line", False),
    ],
)
def test_a_body_a_government_owns_is_a_public_office(body, office):
    coding = code_text(_FERRY_CARDS.format(body=body), url="https://www.soundferries.com/news/1")
    assert coding.promotes_hotline is office
    assert coding.campaign is office
