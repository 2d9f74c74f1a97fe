"""Round 65 requires: a duty told of a measure's version, draft or provision that the text says
was cut and NOT restored ("it was not restored in conference", "was never put back", "no one
restored it", "has not been reinstated"): a keep denied keeps nothing, so the cut stands; and
the contrast cases that stay duties (restored, put back, kept, retained, remained, an other
provision cut); the closed class of cuts widened: "omits that section", "does not have the
posting requirement", "minus", "fell out of", "eliminated", "gutted"
(docs/coding-measurement.md, round 65 requires)."""

import pytest

from conftest import assert_duty

H = "the National Human Trafficking Hotline"


# (class, text, duty)
WORDINGS = [
    (
        "cut-notrestored",
        "The House version of Senate Bill 88 required rest areas to post signs with "
        + H
        + ". The Senate committee removed that section in March, and it was not restored in"
        + " conference.",
        False,
    ),
    (
        "cut-neverputback",
        "As introduced, the bill required hotels to post a notice listing "
        + H
        + " in every guest room. Negotiators stripped the requirement in April, and it was "
        + "never put back.",
        False,
    ),
    (
        "cut-wasntreinstated",
        "The original bill required bus stations to display posters with "
        + H
        + ". The posting requirement was dropped in committee and wasn't reinstated before "
        + "the final vote.",
        False,
    ),
    (
        "cut-noonerestored",
        "An earlier draft required truck stops to post "
        + H
        + " in restrooms. Budget writers cut the provision in May, and no one restored it.",
        False,
    ),
    (
        "cut-hasnotbeen",
        "The Assembly version required massage parlors to post signs with "
        + H
        + ". The section was deleted by the Senate and has not been reinstated.",
        False,
    ),
    (
        "headline-stripped-notrestored",
        "Poster requirement stripped from final budget\n\nA proposal to require airports to"
        + " post "
        + H
        + " at every gate did not make it into the final budget. The provision was not "
        + "restored in the final agreement.",
        False,
    ),
    (
        "headline-without",
        "Spa licensing bill signed, but without trafficking sign requirement\n\nThe bill as"
        + " introduced required spas to post signs listing "
        + H
        + ". The Senate removed the sign section, and it was not added back.",
        False,
    ),
    (
        "lead-signed-without",
        "The governor signed House Bill 12 on Friday without its trafficking poster "
        + "requirement. The House version required bars to post "
        + H
        + " in restrooms; the conference committee took that section out and never restored"
        + " it.",
        False,
    ),
    (
        "lastpara-not-restored",
        "Lawmakers finished the session on Thursday.\n\nThe House version of the transit "
        + "bill required transit agencies to post "
        + H
        + " on every bus. The Senate struck the requirement.\n\nThe requirement was not "
        + "restored in the conference report, a spokesman said.",
        False,
    ),
    (
        "cut-neverreinserted",
        "The bill originally required casinos to post signs with "
        + H
        + ". The Senate amended the sign section out, and the House never reinserted it.",
        False,
    ),
    (
        "cut-notputback",
        "In its original form, the measure required nail salons to display "
        + H
        + ". That requirement was removed in the Senate and was not put back by the House.",
        False,
    ),
    (
        "cut-stripped-plain",
        "The House version required truck stops to post "
        + H
        + ". The Senate stripped the provision, and the governor signed the bill on Monday.",
        False,
    ),
    (
        "cut-notretained",
        "An earlier version required rest stops to post "
        + H
        + ". The requirement was cut in conference and is not in the final bill.",
        False,
    ),
    (
        "cut-droppedout",
        "The first draft of the budget required highway service plazas to post posters "
        + "with "
        + H
        + ". That piece was dropped from the budget the Legislature passed.",
        False,
    ),
    (
        "cut-nevermadeit",
        "A proposal to require hospitals to post "
        + H
        + " never made it into the final bill, which passed on Tuesday.",
        False,
    ),
    (
        "cut-leftout",
        "The Senate version required motels to post "
        + H
        + ". Conference negotiators left the sign requirement out of the final bill, and it"
        + " was not restored later.",
        False,
    ),
    (
        "kept-restored",
        "The House version required rest areas to post signs with "
        + H
        + ". The Senate removed the section in March, but the conference committee restored"
        + " it, and the governor signed the bill.",
        True,
    ),
    (
        "kept-putback",
        "As introduced, the bill required hotels to post a notice listing "
        + H
        + ". The Senate dropped the requirement, but the House put it back and the bill "
        + "became law.",
        True,
    ),
    (
        "kept-senate-kept",
        "The House version required bus stations to post posters with "
        + H
        + ". The Senate kept the House's sign requirement, and the governor signed the bill"
        + " into law on Friday.",
        True,
    ),
    (
        "kept-survived",
        "The original bill required truck stops to post "
        + H
        + ". A fee provision was stripped in committee, but the posting requirement "
        + "survived, and the law takes effect July 1.",
        True,
    ),
    (
        "other-cut",
        "The new law requires bars to post "
        + H
        + " in every restroom. A separate training provision was removed in conference.",
        True,
    ),
    (
        "other-cut2",
        "The law the governor signed requires hotels to post signs listing "
        + H
        + ". Lawmakers dropped a provision on civil fines before passage.",
        True,
    ),
    (
        "added",
        "An amendment added a requirement that massage businesses post "
        + H
        + ", and the amended bill was signed on Tuesday. The law takes effect in January.",
        True,
    ),
    (
        "notonly-restored",
        "The law requires airports to post "
        + H
        + " in restrooms. The requirement was cut in the Senate but was restored in "
        + "conference and signed.",
        True,
    ),
    (
        "final-kept",
        "The final act requires casinos to post signs with "
        + H
        + " near every cashier. The provision was not removed despite industry objections.",
        True,
    ),
    (
        "restored-after-notrestored",
        "The House version required nail salons to post "
        + H
        + ". The Senate removed the section; it was not restored in the first conference "
        + "report, but the second report reinstated it and the bill was signed.",
        True,
    ),
    (
        "standalone-law",
        "Beginning January 1, every hotel must post a notice with "
        + H
        + " at the front desk, under the law signed in May.",
        True,
    ),
    (
        "cut-other-notrestored",
        "The law requires rest areas to post "
        + H
        + ". A proposed fine for violations was removed in committee and was not restored.",
        True,
    ),
    (
        "kept-retained",
        "The Senate version required spas to post "
        + H
        + ". The conference report retained that requirement, and the bill was signed.",
        True,
    ),
    (
        "kept-remained",
        "The bill as introduced required bus terminals to post "
        + H
        + ". Several sections were cut, but the sign requirement remained in the final "
        + "bill.",
        True,
    ),
    (
        "cut-omits",
        "The House version required hotels to post signs with "
        + H
        + ". The final bill the governor signed omits that section.",
        False,
    ),
    (
        "cut-doesnothave",
        "The original bill required truck stops to post posters listing "
        + H
        + ". The enacted version does not have the posting requirement.",
        False,
    ),
    (
        "headline-minus",
        "Senate passes lodging bill minus hotline sign mandate\n\nThe House version "
        + "required motels to post signs with "
        + H
        + " in every lobby.",
        False,
    ),
    (
        "cut-fellout",
        "The House version required rest areas to post signs with "
        + H
        + ". That requirement fell out of the final bill.",
        False,
    ),
    (
        "cut-eliminated",
        "The House version required casinos to post signs with "
        + H
        + ". The conference committee eliminated the requirement.",
        False,
    ),
    (
        "cut-gutted",
        "As filed, the bill required hotels to post signs with "
        + H
        + ". The provision was gutted in committee.",
        False,
    ),
    (
        "other-eliminated",
        "The law requires casinos to post signs with "
        + H
        + ". The conference committee eliminated a separate fee provision.",
        True,
    ),
    (
        "passes-without-amendment",
        "Senate passes hotel bill without amendment\n\nThe bill requires hotels to post "
        + "signs with "
        + H
        + " in every lobby. It now goes to the governor, who signed it Friday.",
        True,
    ),
    (
        "other-eliminated-kept",
        "The House version required bars to post signs with "
        + H
        + ". The Senate eliminated a training provision, but the sign requirement remains "
        + "in the final bill, which the governor signed.",
        True,
    ),
    (
        "other-omits",
        "The new law requires truck stops to post "
        + H
        + " signs. It omits a penalty section that was in the House version.",
        True,
    ),
]


@pytest.mark.parametrize("label, text, duty", WORDINGS, ids=[w[0] for w in WORDINGS])
def test_version_cut_not_restored(label: str, text: str, duty: bool) -> None:
    quotes = assert_duty(text, duty, label)
    if duty:
        # the duty is the measure's own posting sentence
        assert any("post" in q or "display" in q for q in quotes), quotes


# contrast cases main and this round both get wrong (left for a later round)
GAPS = [
    # ("law-in-force", a law in force beside a tabled bill in the lead: settled by round 66,
    # tests/test_coding_classify_r66requires.py "law-beside-separately-tabled")
    (
        "not-cut",
        "The House version required transit agencies to post signs with "
        + H
        + ". The requirement was not dropped in the Senate, and the final law keeps it.",
        True,
    ),
]


# settled by round 67 (a denied event is none: "was not dropped"; the wording is also in
# tests/test_coding_classify_r67requires.py)
@pytest.mark.parametrize("label, text, duty", GAPS, ids=[w[0] for w in GAPS])
def test_version_kept_gaps(label: str, text: str, duty: bool) -> None:
    assert_duty(text, duty, label)
