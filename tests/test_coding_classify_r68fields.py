"""Round 68 (issue 14r68-fields): a state's on-premises liquor licence class named by its own
name ("dispenser licensee") is the bar code; near misses stay off."""

import pytest

from hotline_watch.coding import code_text

HOTLINE = " The notice shall state: call the National Human Trafficking Hotline at 1-888-373-7888."

BAR = [
    "Every dispenser licensee shall post a human trafficking notice in each public restroom.",
    "Each holder of a dispenser license shall display the notice near the main entrance.",
    "A dispenser's license holder shall post the sign in a conspicuous place.",
    "All dispenser licensees and restaurant licensees must post the notice in each restroom.",
]

NOT_BAR = [
    "Each motor fuel dispenser shall bear a label stating the octane rating.",
    "Every gas station shall post the notice near each fuel dispenser.",
    "Each pharmacy shall post the notice near the prescription dispenser counter.",
    "A dispenser of prescription drugs licensed under this chapter shall post the notice.",
]


@pytest.mark.parametrize("text", BAR)
def test_dispenser_licence_is_bar(text: str) -> None:
    assert "bar" in code_text(text + HOTLINE).establishments


@pytest.mark.parametrize("text", NOT_BAR)
def test_other_dispensers_are_not_bar(text: str) -> None:
    assert "bar" not in code_text(text + HOTLINE).establishments
