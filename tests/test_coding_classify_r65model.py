"""Round 65 (issue 14r65-model): the promotes model holds the rules' own campaign verdict at
weight 0. Its 0s are ~17 of ~1,400 texts the model learns from, each ~9 deviations from the mean,
so its weight swung with every set added (0.17 -> 0.46 with sets 106-109) and flipped the
guard wordings below; held at 0, re-fits on leave-4-sets-out subsets flip none."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hotline_watch.coding import code_text
from hotline_watch.coding.model import FEATURES, load_model

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def test_the_stored_model_holds_the_rules_verdict_at_zero():
    from train_coding_model import HELD_AT_ZERO

    coef = dict(zip(FEATURES, load_model()["coef"], strict=True))
    assert HELD_AT_ZERO == ("rules_campaign",)
    assert all(coef[name] == 0.0 for name in HELD_AT_ZERO)
    assert "rules_campaign" in load_model()["derived_by"]


#: An office's hotline cards where the rules see no campaign (one weak effort, the office not in
#: the lead): the model's call, which the swinging weight had flipped.
_CARDS = (
    "Ferry cabins get trafficking hotline cards\n\n"
    "KETCHIKAN - Riders on the island run will find a small card by every cabin door.\n\n"
    '"Is someone keeping your passport? Call for help," the card reads, with the National Human '
    "Trafficking Hotline, 1-888-373-7888.\n\n"
    "The {body} put the same card in its terminal restrooms in June.\n\n"
    '"Many of our riders are far from home," said its general manager.'
)


@pytest.mark.parametrize(
    ("body", "promotes"),
    [("borough-owned ferry service", True), ("privately held ferry service", False)],
)
def test_an_owned_bodys_cards_stay_promoted(body, promotes):
    coding = code_text(_CARDS.format(body=body), url="https://www.islandferries.com/news/2")
    assert coding.promotes_hotline is promotes
