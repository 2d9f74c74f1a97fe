"""Round 50 (issue 14zy-refit): the promotes model re-fitted on ../shared/texts/ and
tests/heldout/ (bench/train_coding_model.py --heldout), so that it can be re-derived from the
repository. The audit: wordings in the model's reach (a trafficking hotline, a public office
acting, some outreach cue), both sides, coded alike by the stored (sets 2-49) and the re-fitted
model; the four both get wrong are kept as expected failures (the rules' reading of an office's
report of past work and of a hotline only thanked, not the weights: left to the promotes
engineers, docs/coding-measurement.md round 50 refit)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import ROOT
from hotline_watch.coding import code_text, read_document_and_url

HOTLINE = "the National Human Trafficking Hotline, 1-888-373-7888"

RIGHT = [
    (
        True,
        "Attorney General launches hotel outreach campaign\n\nThe Attorney General today launched "
        "a campaign to train hotel workers to spot human trafficking. Investigators will "
        f"distribute posters with {HOTLINE}, to every hotel in the state this month.",
    ),
    (
        True,
        "Department of Public Safety unveils trafficking billboards\n\nThe Department of Public "
        "Safety unveiled billboards along the interstate urging travelers to report suspected "
        "human trafficking to the National Human Trafficking Hotline at 1-888-373-7888. The "
        "billboards will stay up through the summer.",
    ),
    (
        True,
        "Sheriff's Office hands out trafficking wallet cards\n\nThe Sheriff's Office is "
        f"distributing wallet cards with {HOTLINE}, at truck stops this week. Deputies will also "
        "hold a community forum on Thursday.",
    ),
    (
        True,
        "Council marks Human Trafficking Awareness Month\n\nThe Governor's Council on Human "
        "Trafficking kicked off Human Trafficking Awareness Month with a public awareness "
        "campaign. Residents who see signs of trafficking should call the National Human "
        "Trafficking Hotline at 1-888-373-7888.",
    ),
    (
        True,
        "Attorney General warns of trafficking during the big game\n\nAfter last year's "
        "convictions, the Attorney General is training volunteers and distributing posters with "
        f"{HOTLINE}, to hotels ahead of the game.",
    ),
    (
        True,
        "County marks awareness month\n\nThe County Commission proclaimed January Human "
        "Trafficking Awareness Month and asked residents to learn the signs. Anyone who suspects "
        "trafficking should call the National Human Trafficking Hotline at 1-888-373-7888.",
    ),
    (
        False,
        "Man sentenced in trafficking case\n\nThe Attorney General announced that a man was "
        "sentenced to 12 years in prison for human trafficking. The investigation began with a "
        "tip to the National Human Trafficking Hotline. The office trains hotel staff to "
        "recognize the signs.",
    ),
    (
        False,
        "Sheriff's Office biennial report\n\nThe Sheriff's Office presents its biennial report. "
        "Over two years deputies visited 300 motels with trafficking awareness materials listing "
        f"{HOTLINE}, and held community forums.",
    ),
]

#: Coded True by both models (the rules' reading, not the weights): an office's report of past
#: work (docs/coding.md: "an office's annual report or year in review describes past work") and
#: a hotline only thanked for.
BOTH_WRONG = [
    "Attorney General's Office releases 2023 Annual Report\n\nThe Attorney General today "
    "released the office's annual report. In 2023 the office's Human Trafficking Unit trained "
    f"1,200 hotel workers, distributed posters with {HOTLINE}, to truck stops and hosted a "
    "statewide summit.",
    "Year in Review: Department of Public Safety\n\nThe Department of Public Safety looks back "
    "on 2024. Troopers completed human trafficking awareness training, and the department's "
    "billboards displayed the National Human Trafficking Hotline (1-888-373-7888) along the "
    "interstate last summer.",
    "Governor's Council on Human Trafficking: Progress Report for 2022\n\nThe Council reports "
    "to the Legislature on its work. During the year the Council launched a public awareness "
    "campaign, printed wallet cards with the National Human Trafficking Hotline at "
    "1-888-373-7888 and trained school nurses.",
    "County marks awareness month\n\nThe County Commission proclaimed January Human Trafficking "
    "Awareness Month. The commissioners thanked the volunteers who staffed the hotline last year "
    "and the training held at the library.",
]


@pytest.mark.parametrize("expected, text", RIGHT, ids=[t.split("\n")[0] for _, t in RIGHT])
def test_the_refitted_model_keeps_the_decision(expected: bool, text: str):
    assert code_text(text).promotes_hotline is expected


@pytest.mark.xfail(reason="the rules' reading of a report / a thanked hotline; both models True")
@pytest.mark.parametrize("text", BOTH_WRONG, ids=[t.split("\n")[0] for t in BOTH_WRONG])
def test_a_report_of_past_work_and_a_thanked_hotline_are_no_promotion(text: str):
    assert code_text(text).promotes_hotline is False


def test_the_south_carolina_billboards_page_promotes_the_hotline(shared_dir: Path):
    """The one coding the re-fit changes on the labelled texts: the SC Attorney General's
    awareness page (label hotline_campaign; the stored model gave p 0.40, the re-fit 0.76)."""
    path = shared_dir / "texts" / "other_SC_scag_awareness-billboards.txt"
    if not path.is_file():
        pytest.skip(f"{path} not present")
    text, url = read_document_and_url(path)
    for with_url in (url, None):
        coding = code_text(text, url=with_url)
        assert coding.promotes_hotline is True
        quotes = [e["quote"] for e in coding.to_dict()["evidence"]]
        assert any("promoting the National Human Trafficking Hotline" in q for q in quotes)


def test_every_heldout_set_is_fitted_on_in_the_order_of_its_number():
    sys.path.insert(0, str(ROOT / "bench"))
    from train_coding_model import HELDOUT, heldout_sets, set_name

    sets = heldout_sets()
    assert [d.name for d in sets] == sorted((d.name for d in sets), key=int)
    assert {d.name for d in sets} == {d.name for d in HELDOUT.iterdir() if d.is_dir()}
    assert [set_name(d) for d in sets][:1] == ["heldout/51"]
    assert set_name(HELDOUT / "52") == "heldout/52"
    assert set_name(Path("/elsewhere/heldout-14c")) == "heldout-14c"
