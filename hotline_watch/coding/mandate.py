"""requires_posting: mandatory versus permissive posting cues."""

from __future__ import annotations

import re

from hotline_watch.coding.duty_list import DUTY_LIST, duty_alt, duty_forms, duty_list_posts
from hotline_watch.coding.lemmas import SLOTS, Lemma, alternation, lemma_forms
from hotline_watch.coding.patterns import C, Line, Literals, Rx
from hotline_watch.coding.text import chrome_head_end, clause_start, sentence_span, squash

# Trafficking topic (document level and local windows).
_TRAFFICK_DOC = Rx(
    r"traffick|nhtrc|\bbefree\b|233[\s\-]?733|373[\s.\-\u2010-\u2014]*7888|3737[\s.\-]*888"
    r"|forced to engage in any activity|modern[- ]day slavery"
)
#: Trafficking in goods, not people: the word joined to a drug, a weapon or wildlife
#: ("trafficking fentanyl pills", "drug trafficking", "to traffic controlled substances").
_GOODS_TRAFFICKING = C(
    r"\b(?:drugs?|narcotics?|fentanyl|cocaine|heroin|meth(?:amphetamine)?|opioids?|pills?"
    r"|controlled\s+substances?|firearms?|guns?|weapons?|arms|marijuana|cannabis|wildlife|ivory"
    r"|counterfeit\s+\w+)\s+traffick\w*|\btraffick\w*\s+(?:in\s+|of\s+)?(?:\w+\s+)?(?:drugs?"
    r"|narcotics?|fentanyl|cocaine|heroin|meth(?:amphetamine)?|opioids?|pills?|controlled"
    r"\s+substances?|firearms?|guns?|weapons?|marijuana|cannabis|wildlife|ivory)\b"
)
#: Anything of human trafficking: people, sex, labour, a victim, the national hotline.
_HUMAN_TRAFFICKING = Rx(
    r"human|\bsex|labou?r|forced|slavery|victim|exploit|prostitut|persons|nhtrc|befree"
    r"|233[\s\-]?733|373[\s.\-\u2010-\u2014]*7888|3737[\s.\-]*888|\bminors?\b|children"
)


def goods_trafficking_only(low: str) -> bool:
    """The text names trafficking in goods (drugs, weapons, wildlife) and nothing speaks of
    people: a drug case's "trafficking", not human trafficking. Its bare trafficking words ("a
    major trafficking corridor", "the trafficking route") are the goods it names (round 52)."""
    # "human" (one of its branches) first: one str search settles nearly every text (speed)
    if "human" in low or _HUMAN_TRAFFICKING.search(low):
        return False
    return _GOODS_TRAFFICKING.search(low) is not None


_TRAFFICK_LOCAL = Rx(
    r"traffick|nhtrc|hotline|\bbefree\b|233[\s\-]?733|373[\s.\-\u2010-\u2014]*7888"
    r"|forced to engage|public[- ]awareness sign|resource center"
)
# The establishment profile of the Polaris / California SB 1193 model laws: a text listing several
# of these (with a poster/sign duty) is a trafficking-notice law even when an excerpt never says
# "trafficking" (e.g. a statute whose model text was cut out).
_PROFILE_RX = Rx(
    r"(?P<p1>prostitution)|(?P<p2>strip\s*clubs?|sexually[- ]oriented|adult[- ]entertainment"
    r"|nude\s+danc)|(?P<p3>massage|bodywork)|(?P<p4>\bairports?\b)|(?P<p5>bus\s+stations?)"
    r"|(?P<p6>(?:train|rail)\s+stations?)|(?P<p7>truck\s*stops?|overnight\s+(?:truck\s+)?parking)"
    r"|(?P<p8>farm\s+labou?r\s+contractors?|agricultural\s+labou?r)|(?P<p9>emergency\s+rooms?)"
    r"|(?P<p10>urgent\s+care)"
)
_OBJECT = Rx(
    r"\b(?:sign|signs|signage|notice|notices|poster|posters|placard|placards|card|cards|cling"
    r"|hotlines?|information|numbers?|message|sticker|stickers|notification)\b"
)
_OTHER_TOPIC = Rx(
    r"smok|minimum wage|\bwages?\b|\bprices?\b|\bfees?\b|\brates\b|osha|unemployment"
    r"|workers'? comp|equal employment|fair labor|flsa|\bbond\b"
)
_ONLINE_AFTER = C(
    r"\s*(?:\w+\s+){0,5}?(?:on|to|at)\s+(?:its|the|their|his|her|a|an)\s+(?:\w+\s+){0,2}?"
    r"(?:web\s?sites?|internet|online)"
)
#: What is posted is not a hotline notice: "shall post its findings and a notice of each meeting".
_OTHER_OBJECT = C(
    r"\b(?:findings|minutes|agendas?|meetings?|hearings?|reports?|recommendations|results|schedules?"
    r"|proceedings|rules|decisions|opinions|budgets?|vacanc\w+|bids?|job\s+openings"
    # other workplace notices ("required to display: minimum wage, workers' compensation, ...")
    r"|minimum\s+wage|workers['\u2019]?\s+comp\w*|unemployment|osha|eeo|fmla|flsa|child\s+labor"
    r"|equal\s+employment|wage\s+and\s+hour|safety\s+and\s+health)\b"
)
_HOTLINE_OBJECT = C(r"hotline|traffick|poster|placard|\bsigns?\b|resource\s+cent|233733|7888")
#: The object of a duty as a closed class (round 46): what must be displayed is not a hotline
#: notice when it is an identification of the duty-holder ("houses must display the owner's
#: name and address or license number", "the permit shall be posted") or another notice ("shall
#: post the maximum occupancy", "must display the food safety grade"). Read at the head of the
#: verb's object, or as the passive's subject, for every duty frame.
IDENTIFICATION_OBJECTS = (
    r"names?",
    r"address(?:es)?",
    r"licen[cs]es?(?:\s+numbers?)?",
    r"permits?(?:\s+numbers?)?",
    r"registrations?(?:\s+(?:numbers?|certificates?))?",
    r"certificates?",
    r"hours(?:\s+of\s+operation)?",
    r"prices?",
    r"rates",
)
OTHER_NOTICE_OBJECTS = (
    r"minimum\s+wage",
    r"workers['\u2019]?\s+comp\w*",
    r"fire\s+exits?",
    r"(?:emergency\s+)?exit\s+(?:signs?|routes?|maps?)",
    r"no[- ]smoking",
    r"(?:maximum\s+)?occupancy",
    r"(?:food[- ]safety\s+|inspection\s+|sanitation\s+|health\s+)?grades?",
    # the notices of other workplace and premises rules (round 47)
    r"wage\s+and\s+hour",
    r"choking",
    r"first[- ]aid",
    r"cpr",
    r"wet[- ]floors?",
    r"elevator\s+(?:safety|inspections?|certificates?|permits?)",
    # a lodging's other postings (round 51)
    r"(?:emergency\s+)?evacuation\s+(?:maps?|plans?|routes?|diagrams?)",
)
#: The topics of other notices read only in a sign's complement ("a sign warning against serving
#: alcohol to minors"): as a bare head they name places and licensees of the hotline laws too
#: ("in each alcohol-licensed premises") (round 47).
OTHER_NOTICE_TOPICS = (
    r"alcohol\w*",
    r"drinking",
    r"pregnan\w*",
    r"smoking",
    r"tobacco",
    r"firearms?",
    r"weapons?",
    r"elevator",
    r"safety",
    # the subjects of other premises and workplace notices (round 53): drink spiking, wages,
    # carbon monoxide, a buyer's or a tenant's rights, sales to the under-age
    r"drinks?",
    r"drink[- ]spik\w*",
    r"wages?",
    r"carbon\s+monoxide",
    r"(?:buyers?|consumers?|customers?|tenants?|patients?)['\u2019]?\s+rights",
    r"underage",
    r"(?:under|younger\s+than)\s+(?:the\s+age\s+of\s+)?(?:18|19|21)",
)
_OTHER_TOPIC_ALT = r"(?:" + "|".join(OTHER_NOTICE_OBJECTS + OTHER_NOTICE_TOPICS) + r")"
#: A sign whose complement names another notice's topic ("a sign warning against serving alcohol
#: to minors", "a notice about elevator safety", "a sign stating that carrying a firearm is a
#: crime") (round 47), or whose modifier does ("required wage notices", "drink-spiking
#: warnings", "carbon monoxide warning signs"): the sign is that notice; a place told between
#: commas may stand before it ("post, near the bar and in each restroom, a sign warning ...")
#: (round 53).
_OTHER_SIGN_TOPIC = C(
    r"(?:[^\S\n]*,[^,.;:\n]{1,80},)?(?:[^\S\n]+(?:(?:an?|the|one)[^\S\n]+)?(?:[\w'\u2019-]+[^\S\n]+)"
    r"{0,2}?(?:signs?|notices?|posters?|placards?)(?:[^\S\n]+(?:at|in|on|near|inside|beside)"
    r"(?:[^\S\n]+[\w'\u2019-]+){1,4}?,?)?[^\S\n]+(?:warning|about|regarding|concerning"
    r"|advising|that\s+(?:warns?|says|states|reads|lists)|stating|saying|reading|telling|informing"
    r"|explaining|listing|describing|showing|on|of)\b(?:[^\S\n]+[\w'\u2019-]+){0,8}?[^\S\n]+"
    + _OTHER_TOPIC_ALT
    + r"\b|[^\S\n]+(?:(?:an?|the|one|all|its|their|required)[^\S\n]+)?(?:[\w'\u2019-]+[^\S\n]+)?"
    + _OTHER_TOPIC_ALT
    + r"[\w'\u2019-]*(?:[^\S\n]+(?:warning|information|safety))?[^\S\n]+(?:signs?|notices?"
    r"|posters?|placards?|warnings?|signage|stickers?|decals?)\b)"
)
_OBJECT_HEAD = r"(?:" + "|".join(IDENTIFICATION_OBJECTS + OTHER_NOTICE_OBJECTS) + r")\b"
#: the head right after the verb, on its line (a few determiners or modifiers first: "the
#: owner's name"; not a price line under "if posting requirements change")
_NOT_NOTICE_AFTER = C(r"[^\S\n]+(?:of[^\S\n]+)?(?:[\w'\u2019-]+[^\S\n]+){0,3}?" + _OBJECT_HEAD)
#: the passive's subject just before the modal ("the license number shall be posted")
_NOT_NOTICE_BEFORE = C(r"\b" + _OBJECT_HEAD + r"(?:\s+[\w'\u2019-]+){0,2}\s*,?\s*$")
#: the passive's subject at the start of its clause, its head among the first words ("the
#: maximum occupancy sign issued by ...") (round 53)
_SUBJECT_HEAD = C(
    r"[ \t]*(?:(?:the|a|an|each|every|its|their|any|all|your)\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
    + _OBJECT_HEAD
)
_PASSIVE = C(r"\b(?:be|is|are|been)\s")
_SIGN_NOUN = C(r"\b(?:signs?|posters?|notices?|placards?|decals?|stickers?)\b")
#: The cues whose object is read after the verb (not online, not another notice): the frames
#: the round-44 table gave participles ("be placed", "be mounted") are read so too.
_OBJECT_CHECKED = frozenset(
    {
        "shall/must post",
        "required to post",
        "require X to post",
        DUTY_LIST,
        "requiring X be posted",
        "require that X post",
        "would have to post",
    }
)
#: The cues whose object must itself be a hotline or trafficking notice (round 44).
_OBJECT_NAMES_HOTLINE = frozenset({"responsible for posting", "posting of X is required"})
_TRAFFICK_OBJECT = C(r"traffick|hot\s?line|233[\s\-]?733|7888|resource\s+cent|nhtrc")
_GAP_BLOCK = C(
    # "not" negates the duty, except in a relative clause about the duty-holder ("a business
    # that is not owned by a licensed health care practitioner")
    r"\b(?:may|might|can|could|encourag\w*|request\w*|urg(?:e|es|ed|ing)|voluntar\w*|should"
    r"|(?<!\bthat\sis\s)(?<!\bthat\sare\s)(?<!\bwhich\sis\s)(?<!\bwho\sis\s)(?<!\bwho\sare\s)not|never"
    r"|optional\w*|permit\w*|allow\w*)\b"
)
#: A negation whose scope is the duty that follows in its clause: "not", "never", "nothing",
#: "neither", "none", and a contracted "n't" ("doesn't require", "isn't mandatory").
#: (not an open list's "not": "including, but not limited to, hotels ... shall post"; round 50)
_NEGATION = (
    r"(?:\b(?:not(?!\s+(?:necessarily\s+)?limited\s+to\b)|no\s+longer|never|nothing|neither|nor"
    r"|none)\b|n['\u2019]t\b)"
)
#: "No" negates the noun it determines: the duty only where that noun is the duty's subject,
#: the duty verb following the noun phrase at once or after a relative pronoun ("Iowa has no
#: statewide rule that requires employers to display ...", "there is no law requiring ..."),
#: never a noun joined to the duty by a preposition or a verb of its own ("no penalty for
#: failing to post", "no penalty shall be assessed for a failure to display"), where the duty
#: stands.
_NO_SUBJECT = C(
    r"\bno\s+(?:(?!(?:for|of|on|in|at|by|with|from|to|since|because|if|when|unless|shall|must"
    r"|will|may|is|are|was|were|be|been|has|have|had)\b)[\w'\u2019-]+\s+){1,4}"
    r"(?:(?:that|which|who)\s+)?$"
)
#: A duty named by a noun ("posting requirement") whose determiner denies it (round 60): "has no
#: posting requirement", "one of a handful of states without a general posting requirement",
#: "lacks a hotline posting requirement": no such duty, as "no law requiring" is none
#: (`_NO_SUBJECT`); the words between are the noun's modifiers, never a preposition's or a
#: verb's ("no exemption from the posting requirement" keeps it).
_NO_NOUN = C(
    r"\b(?:no|without(?:\s+(?:a|an|any))?|lack(?:s|ed|ing)?\s+(?:a|an|any)|absence\s+of"
    r"\s+(?:a|an|any))\s+(?:(?!(?:for|of|on|in|at|by|with|from|to|since|because|if|when|unless"
    r"|shall|must|will|may|is|are|was|were|be|been|has|have|had|than)\b)[\w'\u2019-]+\s+){0,3}$"
)
#: A negation between an anchor and its verb ("This poster is not required", "signs are never
#: mandated"); the cues with a gap test it there.
_NOT_BETWEEN = C(r"(?:\b(?:not|never|no\s+longer)\b|n['\u2019]t\b)")
_NEG_BEFORE = C(_NEGATION + r"[^.;:\n]*$")
#: A wish or a proposal, not a duty: 'we should "require" hotline posters'; or a duty that never
#: came to be: "a bill that would have required motels to display signs" (a counterfactual).
_WISH_BEFORE = C(
    r"\b(?:should|could|ought\s+to|would\s+like\s+to|would\s+have|would['\u2019]ve)\s+"
    r"(?:\w+\s+){0,2}?[\"\u201c]?$"
    # someone asking another to make the duty (round 42): a recommendation, a call, a letter's
    # plea or a candidate's support ("recommends that the General Assembly require", "call on
    # the department to require", "urging the agency to require", "supports requiring")
    r"|\b(?:recommend(?:s|ed|ing)?\s+that|call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?"
    r"|press(?:es|ed|ing)?|push(?:es|ed|ing)?)\s+(?:[\w'\u2019.-]+\s+){1,4}?to\s+$"
    r"|\b(?:recommend(?:s|ed|ing)?|support(?:s|ed)?|favou?r(?:s|ed)?|advocat(?:es|ed|ing)|back(?:s|ed))"
    r"\s+(?:that\s+(?:[\w'\u2019.-]+\s+){1,4}?)?$"
)


NOTIFICATION_ACT = "notification act"

#: The sign nouns and the place phrase of a duty stated without a posting verb (round 37).
_SIGN = r"(?:signs?|posters?|notices?|placards?|signage|decals?|stickers?)"
_PLACE = (
    r"(?:(?:at|in|on|inside|within)\s+(?:each|every|all|any|the|its|their|a|an|public|state"
    r"|state-\w+)\b"
    # or a bare plural place, no determiner: "posters at Nebraska rest areas", "signs in hotel
    # lobbies" (a language or a count is no place: "signs in both languages", "in 2024")
    r"|(?:at|in|inside)\s+(?!(?:english|spanish|both|several|multiple|many|two|three|four"
    r"|various|different|other)\b)(?:[a-z][\w-]*\s+){0,2}?[a-z]{2,}(?<!language)(?<!ss)s"
    r"\b(?![\w-]))"
)

# --- mandatory cues: (name, pattern, weight) ------------------------------------------------
_MANDATE: list[tuple[str, Rx, int]] = [
    (
        "required to post",
        Rx(
            r"\b(?:required|mandated|obligated|obliged|directed)\s+to\s+(?:be\s+)?"
            r"(?:prominently\s+|conspicuously\s+)?(?P<verb>" + duty_alt("r") + r")\b"
        ),
        3,
    ),
    (
        "requiring the posting of",
        Rx(
            r"\b(?:requir(?:e|es|ed|ing)|mandat(?:e|es|ed|ing)|enforc(?:e|es|ed|ing))\s+(?:the\s+)?"
            r"(?P<verb>" + duty_alt("n") + r")\b"
        ),
        3,
    ),
    (
        "act providing for posting",
        Rx(
            r"\b(?:provid(?:e|es|ing)\s+for|relating\s+to|relative\s+to)\s+(?:the\s+)?"
            r"(?P<verb>" + duty_alt("a") + r")\s+of\b"
        ),
        2,
    ),
    (
        "mandates posters",
        Rx(
            r"\bmandat(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?P<verb>posters|signs|notices|signage)\b"
        ),
        3,
    ),
    (
        "shall ensure posted",
        Rx(
            r"\b(?:shall|must)\s+ensure\s+that\b[^.;!?]{0,220}?\b(?:is|are)\s+(?:\w+\s+)?"
            r"(?P<verb>posted|displayed)\b"
        ),
        3,
    ),
    (
        "posting requirement",
        Rx(
            r"\b(?P<verb>posting\s+requirements?|required\s+posting|requirement\s+(?:for|to)\s+"
            r"(?:post|display)\w*|posted\s+notice\s+required|display\s+of\s+(?:human\s+trafficking"
            r"\s+)?(?:public[- ]awareness\s+)?(?:sign|notice))\b"
        ),
        2,
    ),
    # the name of a (hotline) notification act: a duty only in the act's own text (statute or
    # bill text); a story about a bill amending it may be about anything (training)
    (NOTIFICATION_ACT, Rx(r"\b(?P<verb>notification\s+act)\b"), 2),
    # the duty told with the SIGN as its object or subject and the PLACE as a prepositional
    # phrase, no posting verb: "requires a trafficking poster at each port of entry", "the law
    # calls for signs in every rest area", "truck stops must carry a hotline sign", "the notice
    # must hang in each restroom", "a bill putting the hotline at ports of entry" (round 37)
    (
        "sign required at a place",
        Rx(
            r"\b(?:requir(?:e|es|ed|ing)|mandat(?:e|es|ed|ing))\s+(?:that\s+)?(?:(?:an?|the|one"
            r"|such)\s+)?(?:[\w-]+\s+){0,5}?"
            + _SIGN
            + r"\s+(?:[\w,-]+\s+){0,4}?"
            + _PLACE
            # "the law calls for signs in ..." (the measure before it: `_MEASURE_BEFORE`)
            + r"|\bcall(?:s|ed|ing)?\s+for\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,5}?"
            + _SIGN
            + r"\s+(?:[\w,-]+\s+){0,4}?"
            + _PLACE
        ),
        3,
    ),
    (
        "place must carry a sign",
        Rx(
            r"\b(?:must|shall|required\s+to|have\s+to)\s+(?:have|carry|feature|bear|hang|put\s+up)\s+"
            r"(?:an?|the|one|at\s+least\s+one)\s+(?:[\w-]+\s+){0,5}?"
            + _SIGN
            # "the notice must hang in each restroom" (the sign before it: `_NEEDS_BEFORE`)
            + r"|\b(?:must|shall|will\s+have\s+to)\s+(?:hang|appear|go\s+up|be\s+(?:hung|mounted"
            r"|affixed|placed|installed))\s+(?:[\w-]+\s+){0,3}?"
            + _PLACE
            # "a bill putting the hotline at ports of entry" (the measure: `_MEASURE_BEFORE`)
            + r"|\b(?:puts?|putting|plac(?:es|ing))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:hotline|"
            + _SIGN
            + r")\s+(?:[\w-]+\s+){0,3}?(?:at|in|on|inside)\b"
        ),
        3,
    ),
    # the law's duty told to the reader, as an expectation or in the second person ("state law
    # expects you to hang a trafficking notice", "you're on the hook for a hotline sign", "you
    # will need to have the poster up"): a duty only in a text with a fine or a list of who is
    # covered (`_READER_SCOPE`), the law named before an expectation (`_NEEDS_BEFORE`) (round 38)
    (
        "duty told to the reader",
        Rx(
            r"\b(?:expects?|expected|wants?)\s+(?:you|your\s+(?:business|company|establishment"
            r"|employer|staff))\s+to\s+(?:hang|post|display|put\s+up|have|keep|mount)\b"
            r"|\byou(?:['\u2019]re|\s+are)\s+(?:on\s+the\s+hook\s+for\b|(?:expected|supposed)\s+to"
            r"\s+(?:hang|post|display|put\s+up|have|keep)\b)"
            r"|\byou(?:['\u2019]ll|\s+will)?\s+(?:need|have)\s+to\s+have\s+(?:an?|the|one|at\s+least"
            r"\s+one)\s+(?:[\w-]+\s+){0,4}?" + _SIGN + r"\b"
        ),
        3,
    ),
    # the duty as what a body is responsible for: "the owner is responsible for posting the
    # sign", "the department shall be responsible for the display of" (the copula before it:
    # `_NEEDS_BEFORE`; "volunteers were responsible for posting flyers" is no duty) (round 44)
    (
        "responsible for posting",
        Rx(r"\bresponsible\s+for\s+(?:the\s+)?(?P<verb>" + duty_alt("e") + r")\b"),
        3,
    ),
    (
        "failure to post",
        Rx(r"\b(?:fail\w*|refus\w*|neglect\w*)\s+to\s+(?P<verb>" + duty_alt("f") + r")\b"),
        2,
    ),
]

# Cues anchored on a posting verb: the verbs are found once, then each cue checks the text just
# before the verb (a pattern ending at the verb). (name, weight, verbs, look-back, pattern)
#: The permissive cues' forms beyond the duty's (`_PERMISSIVE_ANCHORED`).
_PERMISSIVE_FORMS = ("posting", "displaying", "placed", "placement")
#: The anchors of cues that are no posting verb.
_OTHER_ANCHORS = (
    "make available in plain view",
    "located",
    "mandatory",
    "compulsory",
    "required",
    "mandated",
)


def _verb_alt() -> str:
    """Every form an anchored cue reads (`duty_forms` of its frames, the permissive forms and
    the other anchors), one group per lemma on the forms' common prefix (a literal: `Rx`)."""
    forms = set(_PERMISSIVE_FORMS)
    for frame in _ANCHORED_FRAMES:
        forms.update(duty_forms(frame))
    groups: dict[str, list[str]] = {}
    for f in sorted(forms):
        groups.setdefault(f.split()[0][:4], []).append(f)
    alts = []
    for group in groups.values():
        stem = group[0]
        for f in group[1:]:
            while not f.startswith(stem):
                stem = stem[:-1]
        tails = sorted({f[len(stem) :] for f in group}, key=lambda t: (-len(t), t))
        body = "|".join(t.replace(" ", r"\s+") for t in tails)
        head = r"\b" + stem.replace(" ", r"\s+")
        alts.append(head + (rf"(?:{body})\b" if tails != [""] else r"\b"))
    alts += [r"\b" + a.replace(" ", r"\s+") + r"\b" for a in _OTHER_ANCHORS]
    return "|".join(alts)


#: The frames read by the verb-anchored cues (`_MANDATE_ANCHORED`, the duty list).
_ANCHORED_FRAMES = "mxtbhl"
_VERB_RX = Rx(_verb_alt())
_POSTED = frozenset({"post", "posted", "display", "displayed"})
_ANCHOR_AFTER = {
    "sign is required": C(r"\s+(?:by|under|to\s+be\s+(?:posted|displayed))\b"),
    "x-mandated sign": C(r"\s+(?:\w+\s+)?(?:sign|signs|notice|notices|poster|posters|placard)\b"),
}
_POSTED_ANY = frozenset({"post", "posted", "posting", "display", "displayed", "displaying"})
_MANDATE_ANCHORED: list[tuple[str, int, frozenset[str], int, re.Pattern[str]]] = [
    (
        "sign is required",
        3,
        frozenset({"required"}),
        45,
        C(
            r"\b(?:sign|signs|notice|notices|poster|posters|placard|signage)\s+(?:\w+\s+){0,2}?"
            r"(?:is\s+|are\s+)?$"
        ),
    ),
    (
        "x-mandated sign",
        3,
        frozenset({"mandated"}),
        15,
        # not a whole class of notices ("every state-mandated employment notice", a compliance
        # poster's sales line): no one notice, no hotline notice, is named
        C(r"(?<!\bevery\s)(?<!\ball\s)\b(?:state|city|county|federally|legally|government)[- ]$"),
    ),
    (
        "shall/must post",
        3,
        frozenset(duty_forms("m")) | {"make available in plain view"},
        115,
        C(r"\b(?:shall|must)\b(?P<gap>[^.;:!?]{0,100})$"),
    ),
    (
        "require X to post",
        3,
        frozenset(duty_forms("x")),
        280,
        C(
            r"\b(?:requir(?:e|es|ed|ing)|mandat(?:e|es|ed|ing)|direct(?:s|ed|ing)?|compel\w*)\b"
            # a period only as in "ch. 456" or "no. 12" (an abbreviation before a number) or
            # inside a dotted abbreviation ("between midnight and 5:00 a.m. to post", "u.s.")
            r"(?P<gap>(?:[^.;!?]|\.(?=\s?\d|[a-z]\.)|(?<=\b[a-z]\.[a-z])\.){1,240}?)\bto\s+"
            r"(?:be\s+)?"
            r"(?:prominently\s+|conspicuously\s+)?$"
        ),
    ),
    (
        "require that X post",
        3,
        frozenset(duty_forms("t")),
        210,
        C(
            r"\b(?:requir\w*|mandat\w*|provid\w*)\s+that\b(?P<gap>[^.;!?]{1,160}?)"
            r"(?:\b(?:shall|must|will)\s+)?(?:\bbe\s+)?$"
        ),
    ),
    (
        "requiring X be posted",
        3,
        frozenset(duty_forms("b")),
        140,
        C(r"\brequir(?:e|es|ed|ing)\s+(?!that\b)(?P<gap>[^.;!?]{3,120}?)\s+be\s+$"),
    ),
    (
        "would have to post",
        3,
        frozenset(duty_forms("h")),
        45,
        C(r"\b(?:have|has|had|need|needs)\s+to\s+(?:be\s+)?(?:\w+\s+)?$"),
    ),
    (
        # the nominal as the subject: "posting of the notice is required", "the display of a
        # hotline sign shall be required" (round 44)
        "posting of X is required",
        3,
        frozenset({"required"}),
        170,
        C(
            r"\b" + duty_alt("q") + r"\s+of\b(?P<gap>[^.;:!?]{3,120}?)\b(?:is|are|shall\s+be"
            r"|must\s+be|be)\s+$"
        ),
    ),
    (
        "posting is mandatory",
        5,
        frozenset({"mandatory", "compulsory"}),
        12,
        C(r"\b(?:is|are|be)\s+$"),
    ),
    (
        "to be displayed (heading)",
        2,
        frozenset({"posted", "displayed"}),
        120,
        C(
            r"\b(?:hotline|number|sign|notice|poster|information)\b[^.;:\n]{0,60}?\bto\s+be\s+"
            r"(?:prominently\s+|conspicuously\s+)?$"
        ),
    ),
    (
        "requires X posted (headline)",
        2,
        frozenset({"posted", "displayed"}),
        75,
        # not "posted" as an adjective: "require specific wording for posted notices"
        C(r"\brequires?\s+[^.;:\n]{3,60}?(?<!\bfor)(?<!\bof)(?<!\bon)(?<!\bthe)(?<!\bin)\s$"),
    ),
]
_PERMISSIVE_ANCHORED: list[tuple[str, int, frozenset[str], int, re.Pattern[str]]] = [
    (
        "may post",
        2,
        _POSTED | {"placed", "placement"},
        115,
        C(r"\bmay\b(?P<gap>[^.;!?]{0,100}?)(?:\bbe\s+)?$"),
    ),
    (
        "encourage to display",
        2,
        _POSTED_ANY | {"located"},
        170,
        C(r"\bencourag\w*\b(?P<gap>[^.;!?]{0,150}?)$"),
    ),
    (
        "request that display",
        2,
        _POSTED_ANY,
        170,
        C(r"\brequest(?:s|ed)?\s+that\b(?P<gap>[^.;!?]{0,150}?)$"),
    ),
    ("urge posting", 2, _POSTED_ANY, 120, C(r"\burg(?:e|es|ed|ing)\b(?P<gap>[^.;!?]{0,100}?)$")),
    ("should post", 2, _POSTED_ANY, 16, C(r"\bshould\s+(?:be\s+)?$")),
    (
        "not required to post",
        3,
        _POSTED_ANY,
        50,
        C(r"\b(?:not|no\s+longer|never)\s+(?:be\s+)?(?:required|mandated|obligated)\s+to\s+$"),
    ),
    (
        "nothing requires posting",
        3,
        _POSTED_ANY,
        230,
        C(r"\bnothing\b[^.;]{0,80}\bconstrued\b[^.;]{0,40}\brequir\w*[^.;]{0,80}$"),
    ),
]

# --- permissive cue not anchored on a verb: "voluntary" (weight 2) near a posting word --------
_VOLUNTARY = Rx(r"\bvoluntar(?:y|ily)\b")
_PERMISSIVE_GAP_BLOCK = C(r"\b(?:requir\w*|mandat\w*|shall|must)\b")
_VOLUNTARY_NEAR = Rx(r"post|display|poster|notice|sign")

# Supporting (non-deciding) cues, reported for transparency.
_SUPPORT: list[tuple[str, re.Pattern[str]]] = [
    ("conspicuous place", C(r"\bconspicuous\b|\bclearly visible\b|\bplain view\b|clear view")),
    ("customarily posted", C(r"customarily\s+(?:are\s+)?posted|similar notices")),
    ("model text", C(r"if you or someone you know is being forced")),
    ("english and spanish", C(r"\benglish\s+and\s+(?:in\s+)?spanish\b")),
    ("nhtrc", C(r"national human trafficking (?:resource center|hotline)")),
]


class Cue:
    __slots__ = ("name", "weight", "start", "end")

    def __init__(self, name: str, weight: float, start: int, end: int) -> None:
        self.name = name
        self.weight = weight
        self.start = start
        self.end = end


def _anchored(
    low: str,
    verbs: list[tuple[str, int, int]],
    table: list[tuple[str, int, frozenset[str], int, re.Pattern[str]]],
) -> list[tuple[str, int, int, int, str | None]]:
    """(name, weight, start, end, gap) for every verb-anchored cue of `table`."""
    out: list[tuple[str, int, int, int, str | None]] = []
    seen: set[tuple[str, int]] = set()
    for verb, vs, ve in verbs:
        for name, weight, allowed, back, rx in table:
            if verb not in allowed:
                continue
            m = rx.search(low, max(0, vs - back), vs)
            if m is None or (name, m.start()) in seen:
                continue
            if "gap" not in rx.groupindex and _NOT_BETWEEN.search(low, m.start(), vs):
                continue  # "This poster is not required by federal law": no duty
            end = ve
            after = _ANCHOR_AFTER.get(name)
            if after is not None:
                tail = after.match(low, ve)
                if tail is None:
                    continue
                end = tail.end()
            seen.add((name, m.start()))
            gap = m.group("gap") if "gap" in rx.groupindex else None
            out.append((name, weight, m.start(), end, gap))
    return out


def _verbs(low: str) -> list[tuple[str, int, int]]:
    return [(squash(m.group(0)), m.start(), m.end()) for m in _VERB_RX.finditer(low)]


#: "Mandate" as a noun after a determiner ("any mandate come with free signs", "the mandate
#: covers signs"): a word for a duty, not someone mandating signs.
_NOUN_MANDATE = re.compile(r"\b(?:a|an|any|the|this|that|no|its|their)\s+mandate\b")
#: "Required" as an adjective of the nominal after a determiner or quantifier ("every other
#: required posting", "the latest required posting", "all required postings"): a kind of
#: notice, no one requiring its posting (round 47).
_ADJECTIVE_REQUIRED = C(
    r"\b(?:a|an|any|the|every|each|all|other|these|those|its|their|our|your|latest"
    r"|current|new|of|and)\s+$"
)


#: "Required" as the adjective of a sign (round 53): after a determiner ("without the required
#: signs") or a posting verb ("post required wage notices"): a kind of sign, no one requiring it.
_ADJECTIVE_REQUIRED_SIGN = C(
    r"(?:" + _ADJECTIVE_REQUIRED.pattern + r")|\b(?:post|posts|posted|display|displays|displayed"
    r"|hang|keep|have|has|with|without)\s+$"
)


#: The sign-and-place cues whose match needs a word just before it (read there, not as a leading
#: branch: speed), by the literal the match starts with: "calls for" / "putting" a sign is a duty
#: only with a measure as its subject ("the law calls for signs in", "a bill putting the hotline
#: at"; "advocates call for signs in" is a wish); "must hang in" only with a sign as its subject.
_MEASURE_BEFORE = C(
    r"\b(?:laws?|bills?|acts?|measures?|legislation|statutes?|ordinances?|rules?|regulations?)\s+"
    r"(?:(?:that|which)\s+(?:would\s+)?|[\w.-]+\s+){0,2}?$"
)
_NEEDS_BEFORE: dict[str, tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]] = {
    "sign required at a place": ((C(r"call"), _MEASURE_BEFORE),),
    "duty told to the reader": (
        (
            C(r"(?:expect|want)"),
            C(
                r"\b(?:laws?|statutes?|codes?|rules?|regulations?|acts?|legislature|ordinances?)"
                r"\s+(?:[\w-]+\s+){0,2}?$"
            ),
        ),
    ),
    "responsible for posting": (
        (C(r"responsible"), C(r"\b(?:is|are|shall\s+be|must\s+be|be)\s+(?:[a-z]+ly\s+)?$")),
    ),
    "place must carry a sign": (
        (C(r"(?:puts?|putting|places|placing)\s"), _MEASURE_BEFORE),
        (
            C(r"(?:must|shall|will)\s+(?:have\s+to\s+)?(?:hang|appear|go|be)\b"),
            C(r"\b" + _SIGN + r"\s+(?:[\w-]+\s+){0,4}?$"),
        ),
    ),
}
#: Whom an executive directs when it directs its OWN units: "every tribal enterprise", "all its
#: offices", "each department", "our staff", "all state agencies" (round 37).
_OWN_UNITS = C(
    r"\s*(?:(?:every|all|each|its|their|our|his|her|the\s+\w+['\u2019]s)\s+)+(?:of\s+(?:its|their"
    r"|our|the)\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:enterprises?|departments?|offices?|agenc(?:y|ies)"
    r"|divisions?|bureaus?|units?|facilit(?:y|ies)|staff|employees|personnel|branches|stores?"
    r"|locations?|propert(?:y|ies)|casinos?|sites?|stations?|subsidiar(?:y|ies))\b"
)
#: A legal instrument named in the sentence before the directive ("a bill directing PennDOT",
#: "the law directs", "an executive order directing"): the instrument states the duty.
_INSTRUMENT = C(
    r"\b(?:laws?|bills?|acts?|statutes?|sections?|ordinances?|orders?|measures?|legislation|rules?"
    r"|regulations?|codes?|resolutions?|amendments?|provisions?|chapters?|policy|polic(?:ies))\b"
)


#: What makes a duty told to the reader the law's: a fine or penalty, or who is covered
#: ("Businesses covered", "covered establishments", "Does it apply to my business?").
_READER_SCOPE = Rx(
    r"\bfines?\b|\bpenalt(?:y|ies)\b|\bcovered\s+(?:businesses|establishments|employers|entities"
    r"|locations|facilities)\b|\b(?:businesses|establishments|employers|entities|facilities)\s+"
    r"covered\b|\bappl(?:y|ies)\s+to\s+(?:my|your)\s+(?:business|company|establishment|store)\b"
)


def _own_units_directive(low: str, s: int, gap: str) -> bool:
    """The duty cue at `s` ("has directed every tribal enterprise ... to display") is an office's
    directive to its own units, staff or facilities, with no legal instrument named before it in
    its sentence: the office's own effort (its units post for it), not a legal duty on anyone
    (the codebook's duty is a law's, a bill's or a rule's). Gated on "direct" (speed)."""
    if not low.startswith("direct", s) or not _OWN_UNITS.match(gap):
        return False
    lo = sentence_span(low, s, s)[0]
    return _INSTRUMENT.search(low, lo, s) is None


#: A list of what must be displayed, after the verb and a colon ("must display, at the front
#: desk where guests can see them:", "What must be displayed / Every motel must display ...:"),
#: told in bullet or numbered lines or in the rest of the sentence (round 51).
_LIST_ITEM_LINE = C(r"[ \t]*(?:[\u2022*\-\u2013\u2014]|\(?\w{1,3}[.)])[ \t]+")
_LIST_LEAD_STOP = C(r"[.;!?]|\b(?:signs?|posters?|notices?|placards?|decals?|stickers?)\b")
#: An item's noun phrase ends at a comma, a preposition or a relative word.
_ITEM_NP_END = C(
    r"[,;:(]|\b(?:of|for|who|whom|which|that|where|at|in|on|to|with|from|by|required|must"
    r"|shall)\b"
)
_ITEM_HEAD = C(r"\b" + _OBJECT_HEAD)
#: An item of no known head may still be the hotline notice when it names a notice or what such
#: a notice offers (a sign noun, help, a victim); one naming neither ("trash and recycling pickup
#: days", "quiet hours", "parking rules") cannot be (round 53).
_ITEM_MAY_BE_NOTICE = C(
    r"\b(?:signs?|signage|posters?|notices?|placards?|decals?|stickers?|cards?|information"
    r"|help|assistance|victims?|forced|slavery|exploit\w*|numbers?)\b"
)


def _list_items(low: str, e: int) -> list[str]:
    """The items of a list of what must be displayed that follows the duty verb ending at `e`:
    a colon within 160 characters of it with no sentence end and no sign noun before it (a sign
    whose contents follow is a notice: "must post a sign that reads:"), then bullet or numbered
    lines, else the rest of the sentence cut at its commas and semicolons ([] if none)."""
    k = low.find(":", e, e + 160)
    if k < 0 or low.count("\n", e, k) > 2 or _LIST_LEAD_STOP.search(low, e, k):
        return []
    items: list[str] = []
    line = low.find("\n", k) + 1
    if line and not low[k + 1 : line].strip():
        while line and line < len(low):
            nxt = low.find("\n", line)
            text = low[line : len(low) if nxt < 0 else nxt]
            m = _LIST_ITEM_LINE.match(text)
            if m is None and text.strip():
                break
            if m is not None:
                items.append(text[m.end() :])
            line = nxt + 1 if nxt >= 0 else 0
        return items
    rest = low[k + 1 : sentence_span(low, k + 1, k + 1)[1]]
    return [re.sub(r"^\s*(?:and|or)\s+", "", i) for i in re.split(r"[,;]", rest) if i.strip()]


def _listed_not_notices(low: str, e: int) -> bool:
    """The duty verb ending at `e` governs a list (`_list_items`) whose items are identifications
    or other notices at the head of their noun phrase ("its current business license", "the name
    and phone number of the manager", "the maximum occupancy", "an evacuation map") (round 51),
    or items naming neither a notice nor what one offers (`_ITEM_MAY_BE_NOTICE`: "trash and
    recycling pickup days") beside at least one such head (round 53), and none speaks of
    trafficking or a hotline: the duty is to display those, not a hotline notice; a hotline
    notice as one item keeps it. An item that is another subject's sign (`_OTHER_SIGN_TOPIC`)
    is such a head (round 67): a city page's list of the signs bars must post."""
    items = _list_items(low, e)
    if not items:
        return False
    known = 0
    for item in items:
        if _TRAFFICK_OBJECT.search(item):
            return False
        end = _ITEM_NP_END.search(item)
        if _ITEM_HEAD.search(item, 0, end.start() if end else len(item)) or (
            _OTHER_SIGN_TOPIC.match(" " + item) is not None
        ):
            # an identification or another notice at its head, or a sign whose complement or
            # modifier names another notice's topic ("a sign warning that it is illegal to sell
            # alcohol to anyone under 21", "a sign stating whether carrying a firearm ...") (r67)
            known += 1
        elif _ITEM_MAY_BE_NOTICE.search(item):
            return False
    return known > 0


#: A duty verb that ends its sentence (round 53): its object is the antecedent told before it
#: ("reminding businesses of the signs state law requires them to display.").
_OBJECT_GAP = C(r"[^\S\n]*(?:[.!?](?=\s)|\n|$)")


def _gap_object_other(low: str, s: int, e: int) -> bool:
    """The duty cue low[s:e] ends its sentence, its object told before it ("the signs state law
    requires them to display."): what those signs are is told in the next sentence; when that
    sentence names another subject's sign (`_OTHER_SIGN_TOPIC`: "Every permittee must post a
    sign warning against selling alcohol to anyone under 21 ...") and neither sentence names
    trafficking or a hotline, the duty is that sign's, no hotline duty (round 53)."""
    lo, hi = sentence_span(low, s, e)
    if _TRAFFICK_OBJECT.search(low, lo, hi):
        return False
    nxt = hi
    while nxt < len(low) and low[nxt] in " \t\r\n.!?\"'\u201d":
        nxt += 1
    if nxt >= len(low):
        return False
    nhi = sentence_span(low, nxt, nxt)[1]
    if _TRAFFICK_OBJECT.search(low, nxt, nhi):
        return False
    return _OTHER_SIGN_TOPIC.search(low, nxt, nhi) is not None


#: Notices told by their number or as others, no trafficking word in the object (round 64):
#: "already required to post a half-dozen notices", "must display several other notices",
#: "have to post dozens of signs", "required to post numerous notices": the many postings a
#: business already makes, never the one hotline notice a measure names.
_COUNTED_NOTICES = C(
    r"[^\S\n]+(?:(?:a|an|the|all|its|their)[^\S\n]+)?(?:half[- ]a[- ]dozen|half[- ]dozen|dozens?"
    r"(?:[^\S\n]+of)?|several|numerous|many|multiple|various|countless|other|a[^\S\n]+(?:number"
    r"|host|slew|raft|string|series)[^\S\n]+of)[^\S\n]+(?:other[^\S\n]+)?(?:[\w'\u2019-]+[^\S\n]+)"
    r"{0,2}?(?:notices|signs|posters|placards|postings|stickers|decals|warnings)\b"
)


def _object_not_a_notice(low: str, s: int, e: int) -> bool:
    """The duty cue low[s:e] names as what is displayed an identification or another notice
    (`IDENTIFICATION_OBJECTS`, `OTHER_NOTICE_OBJECTS`): at the head of the verb's object or as the
    passive's subject; not when a trafficking or hotline word, or for an identification a sign
    noun, stands in the same object ("display the notice and the license")."""
    # bounded finds and the trafficking word first: most cues carry a hotline object (speed)
    stop = min(i for i in (low.find(".", e, e + 100), low.find(";", e, e + 100), e + 100) if i >= 0)
    # the modal nearest the verb ("must be removed ... and must display the owner's name"): the
    # voice of this verb, not of an earlier one in the same match (round 47)
    near = max(low.rfind("must ", s, e), low.rfind("shall ", s, e))
    passive = _PASSIVE.search(low, max(s, near), e) is not None
    lo = clause_start(low, s, 120) if passive else e
    obj = low[lo:stop]
    if _TRAFFICK_OBJECT.search(obj):
        return False
    if not passive and _COUNTED_NOTICES.match(low, e):
        return True  # "bars already required to post a half-dozen notices" (round 64)
    if ":" in low[e : e + 160] and _listed_not_notices(low, e):
        return True  # "must display, at the front desk: - its business license, - ..."
    if _OBJECT_GAP.match(low, e) and _gap_object_other(low, s, e):
        return True  # "the signs state law requires them to post. Every permittee must ..."
    m = _NOT_NOTICE_BEFORE.search(low, lo, s) if passive else _NOT_NOTICE_AFTER.match(low, e)
    if m is None and passive:
        # the passive's subject at its line's or clause's start, its head followed by more
        # words ("the maximum occupancy sign issued by the fire department must be posted")
        m = _SUBJECT_HEAD.match(low, max(lo, low.rfind("\n", lo, s) + 1))
    if m is None:
        # another subject's sign, unless the hotline's notice is another object of the verb in
        # the sentence ("a sign warning against ..., a sign ... and the human trafficking
        # hotline notice") (round 53)
        return (
            not passive
            and _OTHER_SIGN_TOPIC.match(low, e) is not None
            and _TRAFFICK_OBJECT.search(low, e, sentence_span(low, e, e)[1]) is None
        )
    head = m.group(0)
    return not (
        _SIGN_NOUN.search(obj)
        and any(re.search(r"\b" + w + r"\b", head) for w in IDENTIFICATION_OBJECTS)
    )


def _mandate_cues(
    low: str, verbs: list[tuple[str, int, int]], others: list[Cue] | None = None
) -> list[Cue]:
    """The mandatory posting cues of `low`; with `others`, the cues whose object is an
    identification or another subject's notice (`_object_not_a_notice`) are appended to it: a
    law's posting duty still, no hotline duty (round 53)."""
    found = _anchored(low, verbs, _MANDATE_ANCHORED)
    for name, rx, weight in _MANDATE:
        for m in rx.finditer(low):
            found.append((name, weight, m.start(), m.end(), None))
    # "X shall: ... (c) Post a sign ...": an item of an enumerated duty list
    found.extend((DUTY_LIST, 3, s, e, None) for s, e in duty_list_posts(low, verbs))
    cues: list[Cue] = []
    for name, weight, s, e, gap in found:
        if gap is not None and (
            _GAP_BLOCK.search(gap) or (name == "require X to post" and not gap.strip())
        ):
            continue
        cstart = clause_start(low, s, 60)
        before = low[cstart:s]
        if (
            _NEG_BEFORE.search(before)
            or _NO_SUBJECT.search(before)
            or _WISH_BEFORE.search(low, max(cstart, s - 40), s)
        ):
            continue
        if name in _NEEDS_BEFORE and any(
            start.match(low, s) and not before.search(low, max(0, s - 60), s)
            for start, before in _NEEDS_BEFORE[name]
        ):
            continue  # "calls for" / "putting" without a measure, "must hang" without a sign
        if name == "duty told to the reader" and _READER_SCOPE.search(low) is None:
            continue  # an expectation told to the reader with no fine and no one covered
        if name == "sign required at a place" and (
            low[s - 1 : s] == "-"
            or (
                low.startswith("required ", s)
                and _ADJECTIVE_REQUIRED_SIGN.search(low, max(0, s - 20), s)
            )
        ):
            continue  # "every state-mandated notice", "post required wage notices": adjectives
        if name == "require X to post" and gap and _own_units_directive(low, s, gap):
            continue  # an office directing its own units to post: its own effort, no law
        if (
            name == "requiring the posting of"
            and low.startswith("required ", s)
            and _ADJECTIVE_REQUIRED.search(low, max(0, s - 20), s)
        ):
            continue  # "every other required posting": the adjective, no one requiring it
        if name == "mandates posters" and _NOUN_MANDATE.search(low, max(0, s - 6), s + 8):
            continue  # "asked that any mandate come with free signs": the noun, no one mandating
        if name == "posting requirement" and _NO_NOUN.search(low, max(cstart, s - 60), s):
            continue  # "states without a posting requirement": the duty denied
        if name == "posting is mandatory":
            before = low[max(0, s - 120) : s]
            if "post" not in before and "display" not in before:
                continue
        if name in _OBJECT_CHECKED:
            if _ONLINE_AFTER.match(low, e):
                continue
            stop = min(i for i in (low.find(".", e), low.find(";", e), e + 100) if i >= 0)
            obj = low[e:stop]
            if _OTHER_OBJECT.search(obj) and not _HOTLINE_OBJECT.search(obj):
                continue
        if name in _OBJECT_NAMES_HOTLINE:
            # the round-44 frames name what is posted in the clause: a hotline or trafficking
            # notice, not "fire exit signs" or "the minimum wage notice"
            obj = gap if gap is not None else low[e : sentence_span(low, s, e)[1]]
            if not _TRAFFICK_OBJECT.search(obj):
                continue
        win_lo, win_hi = max(0, s - 150), min(len(low), e + 250)
        if not _OBJECT.search(low, win_lo, win_hi):
            continue
        if not _TRAFFICK_LOCAL.search(low, max(0, s - 400), min(len(low), e + 400)):
            if _OTHER_TOPIC.search(low, win_lo, win_hi):
                continue
        if _object_not_a_notice(low, s, e):
            # "houses must display the owner's name": an identification (last: speed)
            if others is not None:
                others.append(Cue(name, weight, s, e))
            continue
        cues.append(Cue(name, weight, s, e))
    cues.sort(key=lambda c: c.start)
    return cues


def _permissive_cues(low: str, verbs: list[tuple[str, int, int]]) -> list[Cue]:
    cues = [
        Cue(name, weight, s, e)
        for name, weight, s, e, gap in _anchored(low, verbs, _PERMISSIVE_ANCHORED)
        if not (gap and _PERMISSIVE_GAP_BLOCK.search(gap))
    ]
    # one permission is counted once: "which may display the sign voluntarily" is the "may post"
    # cue's own clause, not a second permission
    spans = [sentence_span(low, c.start, c.end) for c in cues]
    for m in _VOLUNTARY.finditer(low):
        s, e = m.start(), m.end()
        if any(lo <= s < hi for lo, hi in spans):
            continue
        if _VOLUNTARY_NEAR.search(low, max(0, s - 100), min(len(low), e + 100)):
            cues.append(Cue("voluntary", 2, s, e))
    cues.sort(key=lambda c: c.start)
    return cues


_HEDGE = C(r"\b(?:could|might|perhaps|possibly|whether|maybe)\b")
_STUDY = C(r"\b(?:study|studies|research(?:ers)?|survey)\b")


#: The measure a duty belongs to: a proposal, a bill, a requirement, a provision ...
_MEASURE = (
    r"(?:proposals?|requirements?|bills?|measures?|provisions?|mandates?|amendments?|legislation"
    r"|plans?|language|ordinances?|resolutions?"
    # a law or a rule not yet made: proposed or in draft, and a county's or a city's "local law"
    # (New York's form of an ordinance) (round 53)
    r"|(?:proposed|draft)\s+(?:[\w-]+\s+)?(?:laws?|rules?|regulations?|statutes?)"
    r"|local\s+laws?\b(?!\s+(?:enforcement|firms?)\b))"
)
#: (public: the campaign reads a measure's content by it, round 59)
MEASURE = _MEASURE
_MEASURE_RX = Rx(r"\b" + _MEASURE + r"\b")
# The measure-fate patterns below are `Rx` (literal-first, speed): each is only asked whether it
# matches in a window, and `Rx` matches where `re` does.
#: The terminal events of a measure as data (round 43): each LEMMA with its five verb forms
#: (base, -s, past, past participle, -ing) and its nominals, and the FRAMES it is read in:
#: "i" the measure as the subject of an intransitive ("the bill died", "the measure stalls"), "p"
#: the passive ("was withdrawn", "got pulled"), "o" active with the measure as object, any
#: subject ("X withdrew / has withdrawn / pulled her bill"), "n" a nominal with the measure as
#: possessor or of-object ("the bill's withdrawal", "the veto of HB 12"), "c" the chances frame
#: ("ends its chances", "kills any chance"), "v" the base after a body's vote or motion, the
#: measure its object ("voted to table it", "moved to kill the bill"; round 50). A slot a lemma
#: does not take in a frame is listed in its `skip` ("o:base" for "table", "strip", "block":
#: nouns of every posting text; "i:s" for "expire": a statute's own sunset, "this section
#: expires"; "i:s" for "stall": "restroom stalls" after a bill's words). `_FAILED_MEASURE` and
#: the chances
#: branch of `_SESSION_OVER` are generated from this table; every alternative starts with a
#: literal (`Rx` is literal-first).
_TERMINAL: tuple[Lemma, ...] = (
    # (base, -s, past, past participle, -ing), nominals, frames, skipped slots
    (("die", "dies", "died", "died", "dying"), ("death", "demise"), "in", "i:base i:ing"),
    (("fail", "fails", "failed", "failed", "failing"), ("failure",), "in", "i:base i:ing"),
    (("stall", "stalls", "stalled", "stalled", "stalling"), (), "ipo", "i:base i:ing o:base"),
    (("expire", "expires", "expired", "expired", "expiring"), (), "i", "i:base i:s i:ing"),
    (("hold", "holds", "held", "held", "holding"), (), "v", ""),
    (("lapse", "lapses", "lapsed", "lapsed", "lapsing"), (), "i", "i:base i:s i:ing"),
    (("kill", "kills", "killed", "killed", "killing"), (), "pocv", ""),
    (("table", "tables", "tabled", "tabled", "tabling"), (), "pov", "o:base"),
    (("veto", "vetoes", "vetoed", "vetoed", "vetoing"), ("veto",), "pon", "o:base"),
    (("drop", "drops", "dropped", "dropped", "dropping"), (), "pov", "o:base"),
    (("strip", "strips", "stripped", "stripped", "stripping"), (), "pov", "o:base"),
    (("shelve", "shelves", "shelved", "shelved", "shelving"), (), "pov", "o:base"),
    (("defeat", "defeats", "defeated", "defeated", "defeating"), ("defeat",), "ponv", "o:base"),
    (("reject", "rejects", "rejected", "rejected", "rejecting"), ("rejection",), "ponv", "o:base"),
    (("scrap", "scraps", "scrapped", "scrapped", "scrapping"), (), "pov", "o:base"),
    (("defer", "defers", "deferred", "deferred", "deferring"), (), "pov", "o:base"),
    (
        ("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"),
        ("withdrawal",),
        "ponv",
        "o:base",
    ),
    (("pull", "pulls", "pulled", "pulled", "pulling"), (), "pov", "o:base"),
    (
        ("recommit", "recommits", "recommitted", "recommitted", "recommitting"),
        (),
        "pov",
        "o:base",
    ),
    (("block", "blocks", "blocked", "blocked", "blocking"), (), "pov", "o:base"),
    (("sink", "sinks", "sank", "sunk", "sinking"), (), "po", ""),
    (("doom", "dooms", "doomed", "doomed", "dooming"), (), "oc", "o:base"),
    (("derail", "derails", "derailed", "derailed", "derailing"), (), "po", "o:base"),
    (("vote down", "votes down", "voted down", "voted down", "voting down"), (), "po", ""),
    (("leave out", "leaves out", "left out", "left out", "leaving out"), (), "p", ""),
    (("strike", "strikes", "struck", "struck", "striking"), (), "p", ""),
    (("end", "ends", "ended", "ended", "ending"), (), "co", "o:base"),
)

#: The form slots each verb frame reads: a measure's own fate is told as done (the intransitive
#: and the passive never in the base or -ing form: "would die", "is failing" are no terminal event).
_FRAME_SLOTS = {
    "i": ("s", "past", "pp"),
    "p": ("pp",),
    "o": SLOTS,
    "c": SLOTS,
    "n": ("nom",),
    "v": ("base",),
}
#: A lemma's forms that are no event of the measure before some words ("failed to post" is a
#: business's failure, the veto pen or a veto-proof majority no veto).
_TERMINAL_GUARD = {
    "fail": r"(?!\s+to\s+(?:post|display|comply|follow))",
    "veto": r"(?!\s*-?\s*(?:session|override|overrides|proof|threat|pen)\b)",
}


#: A form read only before some words in one frame (round 53): "stalls" as the measure's verb
#: only before a body or the time it stalls in ("Bill requiring ... stalls in Senate committee",
#: "stalls again"), never "restroom stalls" after a bill's words.
_TERMINAL_FORM_GUARD = {
    # "end" with the measure as its object only right after it ("The Senate's vote ends the bill
    # for the session"), never "the session ended after the governor signed the bill" (round 58)
    **{
        ("o", f): r"(?=\s+(?:the|its|this|that|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,2}?"
        + _MEASURE
        + r"\b)"
        for f in ("ends", "ended", "ending")
    },
    ("i", "stalls"): r"(?=[^\S\n]+(?:again|amid|after|over|without|once\s+more)\b|[^\S\n]+(?:in|at)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:committees?|senate|house|assembly|legislature|council"
    r"|chamber|conference|session)\b)",
}


def terminal_forms(frame: str) -> list[str]:
    """The forms of the terminal-event lemmas (`_TERMINAL`) read in `frame` ("i", "p", "o", "n",
    "c"), each once, in table order."""
    return lemma_forms(_TERMINAL, frame, _FRAME_SLOTS)


def _terminal_alt(frame: str) -> str:
    """`terminal_forms(frame)` as one regular-expression group, longest form first, each with
    its lemma's guard."""
    guard = {
        f: _TERMINAL_GUARD[forms[0]]
        for forms, _n, _f, _s in _TERMINAL
        if forms[0] in _TERMINAL_GUARD
        for f in forms + _n
    }
    guard.update({f: g for (fr, f), g in _TERMINAL_FORM_GUARD.items() if fr == frame})
    return alternation(terminal_forms(frame), guard)


#: A failure predicate whose subject is the measure ("A proposal to require ... died Thursday",
#: "A requirement that ... did not survive the conference committee", "the bill was tabled"),
#: or whose object it is ("the committee killed the bill", "negotiators dropped the provision",
#: "the governor vetoed a bill requiring ...", "Filibuster stalls bill requiring ...", "a
#: delegate has withdrawn her bill"), or a nominal of the event with the measure its possessor
#: or of-object ("the bill's withdrawal", "the veto of HB 12"): the status of the measure
#: (failed), whatever the wording of the duty inside it. The verbs and nominals are generated
#: from `_TERMINAL` (round 43).
_FAILED_MEASURE = Rx(
    r"\b" + _MEASURE + r"\b[^.;!?]*?\b(?:" + _terminal_alt("i") + r"|(?:was|were|been|got|is|are)"
    # a denied event is none: "The requirement was not dropped in the Senate" (round 67)
    r"\s+(?:(?!not\b|never\b)\w+\s+)?"
    + _terminal_alt("p")
    # a headline's passive without its auxiliary, the participle ending the line or followed by
    # where or when only ("Proposal requiring trafficking signs in casinos withdrawn", "... tabled
    # after outcry") (round 53)
    + r"|"
    + _terminal_alt("p")
    + r"(?=(?:[^\S\n]+(?:in|by|after|amid|as|over|at|on|until|for)\b[^.!?\n]{0,80})?"
    r"[^\S\n]*(?:\n|$))" + r"|(?:(?:did|does|would|could|will)\s*n(?:o|['\u2019])t"
    r"|won['\u2019]t)\s+(?:\w+\s+)?(?:survive|advance|pass|clear|become\s+law|make\s+it|get\s+(?:a\s+vote"
    r"|through|out)|see\s+a\s+vote|reach\s+the)|never"
    r"\s+(?:\w+\s+)?(?:survived|advanced|passed|became\s+law|got\s+a\s+vote|made\s+it"
    r"|moved|cleared|reached|left)"
    # the measure ran out with its session ("the legislation expired with it", "the bill lapsed")
    r"|ended\s+with\s+the"
    # the measure's death as its state, told flat or hedged ("is dead for the session", "appears
    # to be finished for the year", "is likely dead", "looks doomed", "is all but dead")
    r"|(?:is|are|was|were|be|looks?|seems?)\s+(?:(?:now|likely|probably|effectively|essentially"
    r"|all\s+but|almost\s+certainly)\s+)?(?:dead|finished|doomed))\b"
    r"|\b" + _terminal_alt("o") + r"\s+(?:[\w'\u2019-]+\s+){0,6}?" + _MEASURE + r"\b"
    # the measure named back by a pronoun ("its sponsor withdrew it", "the committee killed
    # them"; not "pulled it off", a success) (round 47)
    r"|\b" + _terminal_alt("o") + r"\s+(?:it|them)\b(?!\s+off\b)"
    r"|\b" + _MEASURE + r"['\u2019]s?\s+(?:[\w-]+\s+)?" + _terminal_alt("n") + r"\b"
    # a body's vote or motion to end the measure ("the committee voted to table it", "moved to
    # kill the bill") and the particle after the measure ("voted it down") (round 50)
    r"|\b(?:vot(?:ed|es|e)|mov(?:ed|es|e))\s+(?:(?!(?:against|down|no|not|never)\b)[\w-]+\s+){0,3}?"
    r"to\s+"
    + _terminal_alt("v")
    + r"\s+(?:it|them|(?:the|that|this|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    + _MEASURE
    + r")\b"
    r"|\bvot(?:ed|es|e)\s+(?:it|them|(?:the|that|this)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    + _MEASURE
    + r")\s+down\b"
    r"|\b" + _terminal_alt("n") + r"\s+of\s+(?:(?:the|a|an|her|his|their|its|this|that)\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:" + _MEASURE + r"|[hs]\.?\s?b\.?\s?\d+)\b"
)


#: The measure's session is over, whoever or whatever the sentence's subject ("A senator's attempt
#: to require ... will have to wait until 2025", "was quietly set aside ... sent to a study order",
#: "was carried over ..., effectively ending its chances", "the override fell short"): the status
#: of the measure (not law this session) in the words of a process, not of a verdict. Over all
#: development texts these forms occur only in texts labelled negative.
_SESSION_OVER = Rx(
    r"\b(?:was|were|been|got|is|are|be)\s+(?:\w+\s+){0,2}?(?:set\s+aside|carried\s+over|held\s+over"
    r"|laid\s+over|put\s+off|postponed|(?:sent|referred)\s+to\s+[\"\u201c]?(?:an?\s+)?(?:summer\s+"
    r"|interim\s+)?study)|\bwill\s+have\s+to\s+wait\b|\bmust\s+wait\s+until\b|\b"
    + _terminal_alt("c")
    + r"\s+(?:its|their|his|her|any|the\s+"
    r"[\w-]+['\u2019]s)\s+(?:\w+\s+)?chances?\b|\bf(?:alls?|ell)\s+short\b|\bdeclined\s+(?:\w+\s+){0,2}?to\s+"
    r"(?:let|take\s+up|hear|advance|consider)\b|\bsen(?:d|ds|t)\s+(?:it|the\s+[\w-]+)\s+to\s+"
    r"(?:an?\s+)?study\b"
    # held in committee or for study ("was heard ... and held for further study"), not a hearing
    # held there ("a hearing was held in committee") (round 42)
    r"|(?<!hearing\s)(?<!hearings\s)(?<!meeting\s)\b(?:was|were|been|is|are|be|and)\s+held\s+"
    r"(?:for\s+(?:further\s+)?(?:study|review)|in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?committee)\b"
    # a body holding the measure, named back ("the Judiciary Committee held it", "held the bill
    # on Wednesday"; not "held it up") (round 50)
    r"|\bheld\s+(?:it|them|(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?" + _MEASURE + r")\b(?!\s+up\b)"
    # sent back to committee, as the passive or with the measure as object ("was returned to
    # committee", "sent the bill back to committee", "returned it to the Rules Committee")
    # (round 47)
    r"|\b(?:was|were|been|is|are|be|got)\s+(?:\w+\s+)?(?:returned|sent\s+back)\s+to\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?committee\b|\b(?:sen(?:d|ds|t)|return(?:s|ed)?)\s+(?:it|them|(?:the|that"
    r"|this)\s+(?:[\w-]+\s+){0,2}?" + _MEASURE + r")\s+(?:back\s+)?to\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?committee\b"
)


#: The session or the deadline ended with the measure still pending ("When the General Assembly
#: adjourned sine die, a bill that would have added ... was still sitting in the House Judiciary
#: Committee", "A proposal requiring ... will not move forward this year after the committee let
#: its deadline pass"): the measure's status is dead for the session, whatever the words of the
#: duty. Counted only where the sentence (or, for the lead, the text) says nothing passed, since
#: "passed a bill before the session ended" is a law. Over all 1,732 development texts these forms
#: occur in 13, every one labelled negative (news of a pending bill is labelled a posting law).
_SESSION_END = Rx(
    # (the optional "adjourned" as a branch of its own: the same matches, each branch led by its
    # literal rather than tried at every position of a text holding "sine", as "business" does)
    r"\badjourn(?:ed|s|ing|ment)?\s+sine\s+die\b|\bsine\s+die\b|\bdeadlines?\s+(?:passe[sd]|pass(?:ed)?)\b"
    r"|\blet\s+(?:its|the|a)\s+(?:[\w-]+\s+){0,2}?deadline\s+pass\b|\bsession\s+(?:ended|ends"
    r"|expired|closed)\b|\b(?:will\s+not|won['\u2019]t)\s+(?:move|advance|pass|become\s+law)\b"
    r"|\bstill\s+(?:sitting|pending|stuck)\s+in\b"
    # the legislature rose with the measure pending ("When the General Assembly adjourned on
    # June 30, ...")
    r"|\b(?:legislature|general\s+assembly|session|congress|house|senate)\s+adjourned\b"
)


#: The measure told in the counterfactual ("A bill that would have added barbershops ... was
#: sent to summer study", "a proposal which would have required ..."): news speaks of a measure
#: so only when it did not become law, whatever verb reports its fate. Over all 1,812
#: development texts "would have" + a verb of the measure's duty occurs in 27 texts, 26 labelled
#: negative; the one posting law (a provision "that would have made hotels liable", dropped from
#: a bill that passed) says the law was enacted, which this form never overrides.
_COUNTERFACTUAL = Rx(r"\b" + _MEASURE + r"\s+(?:that|which)\s+would\s+have\s+[a-z]+ed\b")


#: The measure itself became law: "signed into law", "enacted", "takes effect", "the new law".
_BECAME_LAW = Rx(
    r"\bsigned\s+(?:[\w.'\u2019-]+\s+){0,8}?(?:bill|act|law|measure)\b"
    r"|\benact(?:ed|s|ment)\b|\bbecame\s+law|\binto\s+law\b|\btak(?:es|en)\s+effect|\btook\s+effect"
    r"|\bnew\s+law\b"
)
#: The law as it stands, beside whatever measure the text reports ("current law requires",
#: "Louisiana law already requires"): background of news about a measure, not its status.
_EXISTING_LAW = Rx(
    r"\b(?:current|existing|state)\s+law\b|\balready\s+(?:requires?|required|mandates?)"
)
_ENACTED = Rx(_BECAME_LAW.pattern + "|" + _EXISTING_LAW.pattern)


#: A sentence that says its measure passed ("The Senate passed a bill that requires ...").
_PASSED = Rx(r"(?<!-)\b(?:passed|passes|approved|approves|adopted|adopts|signed|signs\s+into)\b")


#: A measure as the subject of a duty in the infinitive ("a proposal to require ... to post",
#: "a bill that would require", "legislation requiring"): a proposal's content, not a duty stated
#: as law. News of such a measure is a posting law when it reports the measure law or on its way
#: (`_MEASURE_MOVED`); otherwise it tells what someone proposed.
_PROPOSED_DUTY = Rx(
    r"\b(?:proposals?|bills?|measures?|legislation|plans?|amendments?|ordinances?)\s+"
    r"(?:(?:that|which)\s+would\s+|to\s+)(?:also\s+)?requir|\b(?:proposals?|bills?|measures?"
    r"|legislation|plans?|amendments?|ordinances?)\s+requiring\b"
    # the measure described in a relative clause in the present ("The measure, which requires
    # bus stations to post ...", "a bill that requires"): its content, read by its status like
    # the others (round 47)
    r"|\b(?:proposals?|bills?|measures?|legislation|amendments?)\s*,?\s+(?:that|which)\s+"
    r"(?:also\s+)?requires?\b"
    # the duty inside the measure's description ("a bill expanding where ... signs must be
    # displayed", "a bill that would make truck stops post"): the measure's content
    r"|\b(?:bills?|measures?|legislation|proposals?)\s+(?:(?:that|which)\s+would\s+(?:also\s+)?)?"
    r"(?:expand(?:ing)?|add(?:ing)?|extend(?:ing)?|mak(?:e|ing)|direct(?:ing)?|mandat(?:e|ing)|forc(?:e|ing)"
    r"|compel(?:ling)?)\s+(?:where|what|which|who|whom|[\w-]+)\b"
    # a law named only in the indefinite, as a wish's object ("A law requiring every truck stop
    # to post ... would cost almost nothing"): no law yet, a proposal's content (round 42)
    # (the article first, its lookbehinds after it: the same matches, found from each "a"
    # rather than tried at every position)
    r"|a(?<!\wa)(?<![\w,] a)\s+(?:new\s+|state\s+|statewide\s+|simple\s+)?(?:law|rule|statute)\s+"
    r"(?:requiring|to\s+require|that\s+would\s+require)\b"
)
#: A measure's duty told in the counterfactual ("a bill that would have required nail salons to
#: post", "a measure that would have made owners post"): a measure's content too, whose status
#: the text's last status word decides (round 37).
_COUNTERFACTUAL_DUTY = Rx(
    r"\b" + _MEASURE + r"\s+(?:that|which)\s+would\s+have\s+(?:also\s+)?(?:requir|mandat|made"
    r"|forc|direct|compel)"
)
#: The measure became law or moves on its way: passed (a chamber), approved, adopted, advanced,
#: cleared (a committee), heads to the governor, signed, voted, effective, in force. "Signs" is
#: the verb only before what is signed ("signs the bill", "signs into law", "signs HB 12"): in a
#: text about hotline signs the noun is everywhere ("to post ... hotline signs went nowhere").
_MEASURE_MOVED = Rx(
    r"\b(?:pass(?:ed|es)|approv(?:ed|es)|adopt(?:ed|s)|advanc(?:ed|es)|clear(?:ed|s)|head(?:s|ed)"
    r"\s+to|sent\s+to\s+the\s+governor|signed|signs\s+(?:(?:the|a|an)\s+(?:[\w.-]+\s+){0,4}?(?:bill|act|law|measure|legislation|budget)|it|into|off|[hs]\.?\s?[bf]\.?"
    r"|house|senate|assembly|bills?|legislation|measures?)|vot(?:ed|es)\s+(?:\d|to|in\s+favor"
    r"|unanim)|effective|in\s+(?:force|effect))\b"
)
_MOVED_OR_LAW = Rx(_ENACTED.pattern + "|" + _MEASURE_MOVED.pattern)


def proposed_only(low: str, cues: list[Cue]) -> list[Cue]:
    """The duty cues that are not only a proposal's content: a cue whose sentence makes a
    measure the subject of a duty in the infinitive ("One was a proposal to require massage
    businesses to post ...") counts only where the text says the measure became law or is on its
    way (`_ENACTED`, `_MEASURE_MOVED`); a fate in new words needs no list of fates."""
    proposed = [
        _PROPOSED_DUTY.search(low, lo, c.end) is not None
        or _COUNTERFACTUAL_DUTY.search(low, lo, c.end) is not None
        for c in cues
        for lo in (sentence_span(low, c.start, c.end)[0],)
    ]
    # the text-wide status is read only where a proposal's duty is found (few texts); the LAST
    # status the text reports wins ("cleared the Senate ..., but Assembly leaders never placed
    # it on the calendar ... are dead"): a measure that moved and then died is not moving
    if not any(proposed) or _last_alive(low) > _last_failure(low):
        return cues
    return [c for c, p in zip(cues, proposed, strict=True) if not p]


#: The measure's status when it is alive or law, in the few words texts use for it (a closed
#: class, unlike the endless ways a measure dies): introduced, filed, sponsored, proposed; passed,
#: approved, advanced, cleared, adopted, heads / sent to the governor; signed, enacted, became
#: law, takes effect, in force, the new law, "now requires"; a hearing or a vote set. The law as
#: it stands ("current law already requires") is read with it, as before.
#: The alive class by lemma (round 43): (base, -s, past, past participle, -ing), the prefixes
#: the lemma takes, and the slots read as a status (a step told as done: the -s, past and
#: participle; the -ing only where a text reports the step so, "sponsoring", "heading to"). Slots
#: left out, with why: "files", "filing" (the noun of records), "signs", "signing" (the hotline
#: sign itself, a bill signing; "signs it / into / the bill" is written out below), "overrides"
#: (the noun, "veto overrides"), every other -ing ("passing motorists", "clearing the backlog";
#: over the development texts "passing" occurs in 12 negatives, "clearing" in 5).
_ALIVE_LEMMAS: tuple[tuple[tuple[str, str, str, str, str], tuple[str, ...], str, str], ...] = (
    (("file", "files", "filed", "filed", "filing"), ("pre", "pre-", "re", "re-"), "past", ""),
    (
        ("introduce", "introduces", "introduced", "introduced", "introducing"),
        ("re", "re-"),
        "s past",
        "",
    ),
    (
        ("sponsor", "sponsors", "sponsored", "sponsored", "sponsoring"),
        ("co", "co-"),
        "s past ing",
        "",
    ),
    (("propose", "proposes", "proposed", "proposed", "proposing"), (), "s past", ""),
    (("override", "overrides", "overrode", "overridden", "overriding"), (), "past pp", ""),
    (("pass", "passes", "passed", "passed", "passing"), (), "s past", ""),
    (("approve", "approves", "approved", "approved", "approving"), (), "s past", ""),
    (("advance", "advances", "advanced", "advanced", "advancing"), (), "s past", ""),
    (("clear", "clears", "cleared", "cleared", "clearing"), (), "s past", ""),
    (("adopt", "adopts", "adopted", "adopted", "adopting"), (), "s past", ""),
    (("head", "heads", "headed", "headed", "heading"), (), "s past ing", r"\s+to"),
    (("sign", "signs", "signed", "signed", "signing"), (), "past", ""),
    (("enact", "enacts", "enacted", "enacted", "enacting"), (), "s past", ""),
)


def alive_forms() -> list[str]:
    """The forms of `_ALIVE_LEMMAS` read as an alive status (with prefixes, once each) and the
    nominal "enactment"."""
    out: list[str] = []
    for forms, prefixes, slots, after in _ALIVE_LEMMAS:
        for slot, form in zip(SLOTS, forms, strict=True):
            if slot in slots.split():
                for pre in ("",) + prefixes:
                    if pre + form + after not in out:
                        out.append(pre + form + after)
    return out + ["enactment"]


_ALIVE_MEASURE = Rx(
    r"\b(?:"
    + "|".join(sorted(alive_forms(), key=lambda f: (-len(f), f)))
    + r"|sent\s+to\s+the\s+governor|signs\s+(?:it|into|the\s+(?:bill"
    r"|measure|legislation))|became\s+law|into\s+law|tak(?:es|en)\s+effect"
    r"|took\s+effect|effective|in\s+(?:force|effect)|now\s+requires?|new\s+law"
    r"|(?:hearing|vote)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:set|scheduled)"
    r"|scheduled\s+(?:a\s+|for\s+a\s+)?(?:hearing|vote))\b"
)
_ALIVE = Rx(_ALIVE_MEASURE.pattern + "|" + _EXISTING_LAW.pattern)
#: A status word denied or only supposed: negated ("declined to introduce it", "never passed",
#: "wasn't filed"), or conditional ("if passed", "would take effect", "once signed").
_ALIVE_DENIED = C(
    r"(?:\b(?:not|never|no|without|against|if|once|unless|would|could|must|should|until|before)"
    r"|n['\u2019]t"
    r"|\b(?:declin|fail|refus)\w*\s+to)\s+(?:(?:be|been|being|it|yet)\s+)?"
    # the negation's scope over a coordination of steps ("a bill that is not heard and passed
    # out of its first committee", "never scheduled or voted"): the second step is denied too
    # (round 58)
    r"(?:[a-z]+(?:ed|en|rd)\s+(?:and|or|nor)\s+)?$"
)


#: A step of the measure's process (filed, introduced, passed, signed ...) that has not happened:
#: under a modal or future auxiliary, an obligation, a plan, a hope or an expectation ("will have
#: to be filed again", "would need to be refiled", "plans to be reintroduced", "expected to be
#: signed", "must be reintroduced") (round 39), or the goal of an effort ("working to have it
#: reintroduced", "lobbying to get it passed", "a bid to have it refiled") (round 47b). Only an
#: event the text reports as done is a status. The law's effect ("will take effect", "will be in
#: force", "will now require") is the consequence of an enactment, not a step still to come, and
#: is not read here.
_ALIVE_UNDONE = C(
    r"(?:\b(?:will|shall|would|could|might|may|must|should|can|cannot)|['\u2019]ll"
    r"|\b(?:ha(?:ve|s)|needs?|plan(?:s|ned|ning)?|hop(?:e|es|ed|ing)|intend(?:s|ed|ing)?"
    r"|expect(?:s|ed|ing)?|wants?|wanted|tr(?:y|ies|ying)|aim(?:s|ed|ing)?|seek(?:s|ing)?|vow(?:s|ed)?"
    r"|promis(?:e|es|ed)|going|likely|unlikely|eager|ready"
    r"|work(?:s|ed|ing)?|push(?:es|ed|ing)?|fight(?:s|ing)?|lobb(?:y|ies|ied|ying)|urg(?:e|es|ed|ing)"
    r"|press(?:es|ed|ing)?|effort|bid|attempt(?:s|ed|ing)?)\s+to)"
    r"\s+(?:(?:be|been|get|have|again|soon|then|now|also|first|quickly|simply|likely|probably|it"
    r"|the\s+[\w-]+)\s+){0,3}"
    r"(?:(?:signed|written|voted|put)\s+)?$"
)
#: The alive words that are steps of the process (`_ALIVE_UNDONE` applies to these only).
_PROCESS_STEP = C(
    r"(?:pre-?|re-?)?fil|(?:re-?)?introduc|(?:co-?)?sponsor|propos|overr|pass|approv|advanc|clear"
    r"|adopt|head|sent|sign|enact|became|into|hearing|vote|scheduled"
)


#: Another measure's step (round 59): a step whose object is a measure named indefinitely or
#: as another ("The Senate on Thursday also passed a bill increasing penalties for ...", "The
#: same subcommittee advanced a bill adjusting fees ...", "approved another measure") and whose
#: sentence names nothing of the text's subject (`_DUTY_SUBJECT`): the body's other business,
#: no step of the text's measure, which news names back definitely ("it", "the bill", "SB 117").
#: The counterpart of `_OTHER_MEASURE_FATE` and `_INDEFINITE_MEASURE` for the alive steps.
_OTHER_STEP_OBJECT = C(
    r"\s+(?:(?:an?|one|another)\s+|(?:similar|separate|other|unrelated|different)\s+)"
    r"(?:[\w'\u2019-]+\s+){0,2}?" + _MEASURE + r"\b"
    # an indefinite object that is no measure and no body or stage a measure passes ("The board
    # also approved a liquor license for a new restaurant and a contract for street sweeping"):
    # the body's other business, not "passed a House committee", "cleared a key vote" (round 60)
    r"|\s+(?:also\s+)?(?:an?|one)\s+(?!(?:[\w'\u2019-]+\s+){0,3}?(?:" + _MEASURE + r"|committees?"
    r"|subcommittees?|panels?|chambers?|votes?|hearings?|readings?|house|senate|assembly|councils?"
    r"|boards?|floor|hurdle|test|deadline|majority|margin|bipartisan|unanimous|\d)\b)[\w'\u2019-]"
)
#: The words of the text's own subject in a step's sentence (a new bill "requiring campgrounds to
#: post the human trafficking hotline notices" is the text's measure again, however named).
_DUTY_SUBJECT = C(r"traffick|hotline|poster|notice|placard|signage")
#: Time passing as the subject of "pass" (round 59): "the committee deadline passed Friday",
#: "the deadline for committee action has passed": the session's clock, no step of a measure.
#: The deadline's own clause may be long ("the deadline for most bills to clear their first
#: chamber has already passed", round 61): up to eight words, no punctuation between. Any noun
#: of time is such a subject (round 64): a day or date ("Crossover day has passed", "the
#: session's final day passed without a vote", "the filing date has passed"), a cutoff, a
#: window, a week or month, a period or point of the session.
_TIME_PASSED = C(
    r"\b(?:deadlines?|cut-?offs?|days?|dates?|windows?|weeks?|months?|periods?|(?:mid|half-?way"
    r"\s+)points?)\s+(?:(?:for|to|of)\s+(?:[\w-]+\s+){1,8})?"
    r"(?:(?:has|had|have|already|just|quietly|now)\s+)*$"
)
#: A motion as the subject of a passage (round 61): "the motion passed 7-5", "A motion to table
#: the bill passed", "the motion was approved". Group 1 is the motion's own content, if told.
_MOTION_PASSED = C(
    r"\bmotions?\b((?:\s+(?:to|for)\s+(?:[\w'\u2019-]+\s+){1,8}?)?)"
    r"\s*(?:(?:was|were|has|had|have|been|then|also|quickly|easily|narrowly|unanimously)\s+)*$"
)
#: What a motion was ("moved to table the bill", "a motion to table it"): the nearest one told.
_MOTION_CONTENT = C(r"\b(?:mov(?:ed|es|ing)|motions?)\s+(?:to|for)\s+((?:[\w'\u2019-]+\s+){0,8})")
#: A motion that moves the measure on: to pass (do pass), advance, approve, adopt, report or
#: recommend it, or to take it up again (lift or take it from the table, reconsider, revive).
_MOTION_FORWARD = C(
    r"\b(?:do[\s-]*pass|pass|advanc|approv|adopt|report|recommend|send|lift|untabl|tak\w*\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:from|off)\b|remov\w*\s+(?:[\w'\u2019-]+\s+){0,3}?from|reconsid"
    r"|reviv|discharg)"
)


def _motion_passed(low: str, s: int) -> bool:
    """The passage at `s` is a motion's, and the motion does not move the measure on (round
    61): "Rep. Knotts moved to table the bill, and the motion passed 7-5", "A motion to table
    the bill passed 6-3": the vote that tabled (killed, held) the measure, its fate and no step
    after it. A motion told by its content, or else by the nearest move or motion told before it
    (within 200 characters), is read by it: one to pass, advance, take from the table or
    reconsider the measure (`_MOTION_FORWARD`) is a step of it."""
    m = _MOTION_PASSED.search(low, max(0, s - 90), s)
    if m is None:
        return False
    content = m.group(1)
    if not content.strip():
        # the nearest "moved/motion to ..." before it: the last of the window's matches
        told = None
        for found in _MOTION_CONTENT.finditer(low, max(0, m.start() - 200), m.start()):
            told = found
        if told is None:
            return False  # a motion whose content the text does not tell
        content = told.group(1)
    return _MOTION_FORWARD.search(content) is None


#: Measures told by their number or as the others (round 66): a count ("14", "two", "dozens of",
#: "a handful of", "several", "more than 100", "about 280") or "the other(s)" / "all the other"
#: before a plural measure ("signed 14 other public safety bills over the weekend", "passed about
#: 280 bills", "Dozens of other measures were signed"): many measures, so none of them is the text's
#: one measure, named back in the singular ("it", "the bill", "AB 1127"). The step's object right
#: after the verb (`_COUNTED_OBJECT`) or its subject right before it (`_COUNTED_SUBJECT`, with the
#: passive's and the perfect's words between), or "the rest" of a package as its subject.
_COUNT = (
    r"(?:(?:more|fewer|less)\s+than\s+|about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|over\s+"
    r"|at\s+least\s+|another\s+|all\s+(?:of\s+)?(?=the\s+other))?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|hundreds?(?:\s+of)?|dozens?(?:\s+of)?|scores\s+of|several|many"
    r"|numerous|multiple|various|a\s+(?:few|dozen|handful|number|host|slew|raft|series|batch"
    r"|flurry|couple|pair|bundle)(?:\s+of)?|(?:the\s+)?other)"
)
_PLURAL_MEASURES = (
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:bills|measures|proposals|resolutions|ordinances|laws"
    r"|pieces\s+of\s+legislation)\b"
)
_COUNTED_OBJECT = C(
    r"\s+(?:(?:also|into\s+law|\w+ly)\s+)?" + _COUNT + r"\s+(?:other\s+)?" + _PLURAL_MEASURES
)
_COUNTED_SUBJECT = C(
    r"(?:(?:^|[.;:!?\n]\s*|\b)"
    + _COUNT
    + r"\s+(?:other\s+)?"
    + _PLURAL_MEASURES
    + r"|\bthe\s+rest(?:\s+of\s+(?:the|its|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:package|bills|measures|agenda|slate))?)"
    r"(?:\s+(?:[\w'\u2019-]+\s+){0,4}?)?\s*(?:(?:were|was|have|has|had|been|also|all|then"
    r"|\w+ly)\s+)*$"
)


def _counted_measures(low: str, s: int, e: int) -> bool:
    """The step low[s:e] is told of counted or other measures, as its object or its subject
    (`_COUNTED_OBJECT`, `_COUNTED_SUBJECT`), its sentence naming nothing of the text's subject
    (round 66)."""
    if _COUNTED_OBJECT.match(low, e) is None and (
        _COUNTED_SUBJECT.search(low, max(0, s - 90, clause_start(low, s, 90)), s) is None
    ):
        return False
    return _DUTY_SUBJECT.search(low, *sentence_span(low, s, e)) is None


def _no_step_of_measure(low: str, s: int, e: int) -> bool:
    """The alive word low[s:e] is no step of the text's measure (round 59): another measure's
    step (`_OTHER_STEP_OBJECT`, its sentence naming nothing of the text's subject), a deadline
    passing (`_TIME_PASSED`) or a motion's passage that does not move the measure on
    (`_motion_passed`, round 61)."""
    if low.startswith("pass", s) and _TIME_PASSED.search(low, max(0, s - 120), s):
        return True
    if (low.startswith("pass", s) or low.startswith("approv", s)) and _motion_passed(low, s):
        return True
    if _counted_measures(low, s, e):
        return True  # "signed 14 other public safety bills", "passed about 280 bills" (round 66)
    if _OTHER_STEP_OBJECT.match(low, e) is None:
        return False
    return _DUTY_SUBJECT.search(low, s, sentence_span(low, s, e)[1]) is None


def _last_alive(low: str, lo: int = 0, hi: int | None = None, rx: Rx = _ALIVE) -> int:
    """The end of the last word of low[lo:hi] giving a measure an alive or enacted status
    (`_ALIVE`, or `rx`), neither negated, conditional nor still to come, nor another measure's
    step or a deadline passing (`_no_step_of_measure`, round 59) (-1 if none)."""
    hi = len(low) if hi is None else hi
    for m in reversed(rx.finditer(low)):
        if m.start() < lo or m.end() > hi:
            continue
        before = max(0, m.start() - 60)
        if _ALIVE_DENIED.search(low, max(0, m.start() - 40), m.start()):
            continue
        if _PROCESS_STEP.match(low, m.start()) and _ALIVE_UNDONE.search(low, before, m.start()):
            continue
        if _no_step_of_measure(low, m.start(), m.end()):
            continue
        return m.end()
    return -1


#: A measure's death told as what was never done to it ("never placed it on the calendar",
#: "never scheduled the bill", "never took it up"): a negated act on the measure, whatever verb.
_NEVER_ACTED = Rx(
    r"\bnever\s+(?:\w+\s+)?(?:[a-z]+ed|took|gave|brought|got)\s+(?:it|them|(?:the|a|an|that|this)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _MEASURE + r")\b"
)


#: A measure's fate told by a NEGATED movement verb ("voted 5-4 not to introduce it", "won't get a
#: full hearing", "never becomes a numbered bill", "did not advance", "failed to clear", "declined
#: to schedule it"): the negation, then one of the movements a measure makes on its way to law --
#: the verbs `_MEASURE_MOVED` and `_FAILED_MEASURE` already know (pass, approve, adopt, advance,
#: clear, survive, become, reach, move) and the steps before them (introduce, print, hear / get a
#: hearing, take up, consider, schedule, vote on). A death, whatever the sentence's subject; read
#: where `_last_failure` is (a proposal's duty found), so the last status still wins.
_NEGATED_MOVE = Rx(
    r"\b(?:not\s+to|(?:did|does|do|will|would|could|shall|was|were|is|are|has|have|had)\s*n(?:o|['\u2019])t"
    r"|won['\u2019]t|never"
    r"|fail(?:ed|s)\s+to|declin(?:ed|es)\s+to|refus(?:ed|es)\s+to)\s+(?:\w+\s+)?(?:introduc(?:e|es|ed)"
    r"|print(?:s|ed)?|pass(?:es|ed)?|approv(?:e|es|ed)|adopt(?:s|ed)?|advanc(?:e|es|ed)|clear(?:s|ed)?"
    r"|surviv(?:e|es|ed)|becom(?:e|es)|became|reach(?:es|ed)?|mov(?:e|es|ed)\s+(?:forward|ahead|on)"
    r"|hear|heard|(?:take|takes|took|taken|bring|brings|brought)\s+(?:it\s+|them\s+)?up"
    r"|consider(?:s|ed)?|schedul(?:e|es|ed)|vote\s+on|(?:make|makes|made)\s+it"
    r"|(?:get|gets|got|gotten)\s+(?:through|out\s+of)|(?:see|sees|saw|seen)\s+a\s+(?:[\w-]+\s+)?vote"
    r"|(?:plac(?:e|es|ed)|put|puts)\s+(?:it|them|the\s+[\w-]+)\s+on"
    r"|(?:get|gets|got|receive[sd]?|given)\s+(?:a\s+|any\s+)?(?:[\w-]+\s+)?(?:hearing|vote))\b"
)


#: The measure's status when it FAILED, in the few words texts use for a terminal event (a closed
#: class, the counterpart of `_ALIVE`; round 37): vetoed, died / dead, killed, failed, tabled, held
#: (for study, in committee), deferred, expired, lapsed, adjourned sine die, a study order or an
#: interim study, parked, shelved, stalled, left pending, no further action, ran out of time, start
#: over; never scheduled / heard / called / placed on / taken up, not on the calendar. Read by
#: position with the alive words: the LAST status wins ("passed the House ... then died in the
#: Senate" is dead, "died last year, reintroduced this session" alive).
_FAILURE = Rx(
    r"\bveto(?:ed|es)?\b(?!\s*-?\s*(?:session|override|overrides|proof|threat|pen)\b)"
    r"|\b(?:died|dies|dead)\b|\bkill(?:ed|s|ing)\b"
    r"|\bfail(?:ed|s)\b(?!\s+to\s+(?:post|display|comply|follow))"
    r"|\btabl(?:ed|es)\b|\bheld\s+(?:for\s+(?:further\s+)?study|in\s+committee|over)\b"
    r"|\b(?:involuntar(?:y|ily)\s+)?defer(?:red|ral|s)?\b|\b(?:expired|lapsed)\b"
    r"|\bsine\s+die\b|\bstudy\s+(?:order|resolution)\b|\b(?:summer|interim)\s+study\b"
    r"|\b(?:was|been|got)\s+parked\b|\bshelved\b|\bstalled\b|\bleft\s+pending\b"
    r"|\bno\s+further\s+action\b|\bran\s+out\s+of\s+(?:time|days)\b|\bstart\s+over\b"
    # the body that had to act never did ("a subcommittee that never met on it", "the committee
    # never convened", "didn't meet before the deadline", "no vote was taken", "start from
    # scratch") (round 39)
    r"|\bstart(?:s|ing)?\s+(?:over\s+)?from\s+scratch\b"
    r"|\b(?:never|(?:did|does|has|have|had)\s*n(?:o|['\u2019])t)\s+(?:\w+\s+)?(?:met|meet|convened?"
    r"|acted|voted|(?:take|took|taken|held|hold)\s+(?:a\s+|any\s+)?(?:[\w-]+\s+)?vote)\b"
    r"|\bno\s+(?:[\w-]+\s+)?(?:vote|action)\s+(?:was|were|has\s+been|had\s+been)\s+(?:taken|held)\b"
    r"|\b(?:never|not|none|no)\b(?:\s+[\w'\u2019-]+){0,3}?\s+(?:schedul(?:e|es|ed|ing)|heard"
    r"|hearings?|called|plac(?:e|es|ed)\s+(?:it|them|the\s+[\w-]+)\s+on|(?:taken|took|brought"
    r"|bring)\s+(?:it\s+|them\s+)?up|on\s+the\s+(?:[\w'\u2019-]+\s+)?(?:calendar|agenda))\b"
)
#: A failure word denied or only supposed ("was not vetoed", "could die", "survived a veto", "if
#: tabled"): no status.
_FAILURE_DENIED = C(
    r"(?:\b(?:not|never|without|if|unless|would|could|might|may|avoid\w*|escap\w*|surviv\w*"
    r"|overr\w*)|n['\u2019]t)\s+(?:(?:a|an|the|be|been|being|it|its)\s+)?$"
)


def _closed_failure(
    low: str, lo: int = 0, hi: int | None = None, indefinite_after: int | None = None
) -> int:
    """The end of the last word of low[lo:hi] giving a measure a failed status (`_FAILURE`),
    neither denied nor conditional (-1 if none); with `indefinite_after`, also not another
    measure's fate nor an earlier step (`_another_fate`)."""
    hi = len(low) if hi is None else hi
    for m in reversed(_FAILURE.matches(low)):
        if m.start() < lo or m.end() > hi:
            continue
        if low[m.start()] != "n" and _FAILURE_DENIED.search(low, max(0, m.start() - 40), m.start()):
            continue
        if indefinite_after is not None and _another_fate(
            low, m.start(), m.end(), indefinite_after
        ):
            continue
        return m.end()
    return -1


#: Another measure's fate, not the text's measure's (round 50): a failure told of a similar,
#: separate, other, earlier or last year's measure ("A similar bill died in the Senate last
#: year"), or of an indefinite measure ("the committee tabled a bill on fireworks sales") in a
#: sentence after the duty's (news names its own measure back: "it", "the bill", "SB 117").
_OTHER_MEASURE_FATE = C(
    r"\b(?:similar|separate|another|other|different|unrelated|earlier|previous|prior"
    r"|last\s+(?:year|session)['\u2019]s)\s+(?:[\w-]+\s+){0,2}?" + _MEASURE + r"\b"
)
_INDEFINITE_MEASURE = C(r"\b(?:an?|one)\s+(?:[\w'\u2019-]+\s+){0,3}?" + _MEASURE + r"\b")
#: A rule of the process told of any measure, in the present and negated ("Under the rules, a
#: bill that is not heard by the deadline cannot advance", "any measure that does not clear a
#: committee by March 1 is dead"): the process's rule, no fate of the text's measure (round 58).
_PROCESS_RULE = C(
    r"\b(?:an?|any)\s+(?:[\w-]+\s+)?" + _MEASURE + r"\s+(?:that|which)\s+(?:is|are|does|do)"
    r"\s*(?:n['\u2019]t|not)\b"
)
#: A motion or an amendment as the failure's subject ("A motion to reconsider the vote was
#: tabled", "An amendment to exempt small spas failed") or object ("tabled an amendment"): the
#: bill itself stands.
_MOTION_SUBJECT = C(r"\W*(?:[\w',-]+\s+){0,3}?(?:motions?|amendments?)\b")
_MOTION_OBJECT = C(r"\b(?:motions?|amendments?)$")
#: A failure told in the past perfect ("The bill had been tabled in a House committee in
#: February"): a step before the story's own, not its last status.
_PLUPERFECT_FATE = C(
    r"\b(?:had|['\u2019]d)\s+(?:(?:been|already|also|once|previously|earlier)\s+)*$"
)


def _another_fate(low: str, s: int, e: int, indefinite_after: int) -> bool:
    """The failure low[s:e] is no status of the text's measure: another measure's (similar,
    separate, earlier; an indefinite one after `indefinite_after`), a motion's or an
    amendment's, or told in the past perfect (an earlier step) (round 50)."""
    lo = clause_start(low, s, 160)
    # (the object after a bare verb too: "tabled a bill on fireworks sales")
    obj = min(len(low), e + 40)
    if _OTHER_MEASURE_FATE.search(low, lo, obj) or _MOTION_SUBJECT.match(low, lo):
        return True
    if _PROCESS_RULE.search(low, lo, obj):
        return True
    if _MOTION_OBJECT.search(low, s, e):
        return True
    if s > indefinite_after and _INDEFINITE_MEASURE.search(low, lo, obj):
        return True
    verb = low.rfind(" ", s, e - 1) + 1 or s
    return any(_PLUPERFECT_FATE.search(low, max(0, v - 30), v) for v in {s, verb})


#: A piece of a measure as the subject of a failure ("A provision on expunging convictions did
#: not survive") and a cut FROM the measure ("A fee increase was stripped from the bill"): the
#: piece's fate, not the measure's (round 51).
_PIECE_SUBJECT = C(
    r"[\W_]*(?:(?:a|an|the|one|that|this|its|another)\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:provisions?"
    r"|requirements?|mandates?|language|pieces?|parts?|sections?|clauses?|portions?)\b"
)
_CUT_FROM = C(r"\S+(?:\s+out)?\s+(?:from|out\s+of)\s")


def _piece_fate(low: str, m: re.Match[str]) -> bool:
    """The failure `m` is a piece's fate in a text that reports a measure passed or became law:
    a piece of the measure its subject, or something cut from the measure (the verb opening the
    match, then "from" or "out of"). The duty's own provision is `provision_cut`'s to read
    (round 51)."""
    subject = clause_start(low, m.start(), 160)
    if not _CUT_FROM.match(m.group(0)) and not _PIECE_SUBJECT.match(low, subject):
        return False
    return _PASSED.search(low) is not None or _BECAME_LAW.search(low) is not None


def lead_status_failed(low: str, lo: int, hi: int) -> bool:
    """low[lo:hi] (a text's headline and first sentence) names a measure and its last status
    word is a failure (`_FAILURE` after every word of the measure's own alive status in it; the
    law as it stands, "a sign already required in hotels", is background): news of a dead
    measure."""
    fail = _closed_failure(low, lo, hi)
    return (
        fail >= 0
        and _last_alive(low, lo, hi, _ALIVE_MEASURE) < fail
        and _MEASURE_RX.search(low, lo, hi) is not None
    )


def _last_failure(low: str, indefinite_after: int | None = None) -> int:
    """The end of the last report that a measure failed, the measure its subject or object (-1
    if none). The session's end ("the House adjourned three days early") is no status of the
    measure: a bill that passed before it is law. The open-class reports and the closed class
    of terminal events (`_FAILURE`), whichever comes last; none that is another measure's fate,
    a motion's or an amendment's, or told in the past perfect (`_another_fate`; an indefinite
    measure only after `indefinite_after`) (round 50)."""
    after = len(low) if indefinite_after is None else indefinite_after
    last = _closed_failure(low, indefinite_after=after)
    for rx in (
        _FAILED_MEASURE,
        _SESSION_OVER,
        _COUNTERFACTUAL,
        _VOTED_AGAINST,
        _NEVER_ACTED,
        _NEGATED_MOVE,
    ):
        for m in reversed(rx.finditer(low)):
            if m.end() <= last:
                break
            if not _another_fate(low, m.start(), m.end(), after) and not _piece_fate(low, m):
                last = m.end()
                break
    return last


#: A body voting against its measure ("voted 11-8 against a resolution that would have placed
#: ...", "voted unanimously against the proposal").
_VOTED_AGAINST = Rx(
    r"\bvot(?:ed|es|e)\s+(?:[\w-]+\s+){0,3}?against\s+(?:[\w'\u2019-]+\s+){0,6}?" + _MEASURE + r"\b"
)


def measure_fails(low: str, lo: int, hi: int) -> bool:
    """low[lo:hi] reports a measure that failed: died, killed, tabled, vetoed, voted down or
    against, ran out with its session, or told in the counterfactual ("would have required")."""
    return any(
        rx.search(low, lo, hi) is not None
        for rx in (_FAILED_MEASURE, _SESSION_OVER, _SESSION_END, _COUNTERFACTUAL, _VOTED_AGAINST)
    )


def measure_voted_down(low: str, lo: int, hi: int) -> bool:
    """low[lo:hi] (a text's headline and first sentence) reports its measure failed and not that
    anything passed: the text is news of a measure voted down or dead, whatever the measure would
    have put up."""
    return measure_fails(low, lo, hi) and _PASSED.search(low, lo, hi) is None


def _quoted(low: str, pos: int) -> bool:
    """low[pos] sits inside a quotation opened earlier in its paragraph."""
    para = low.rfind("\n", 0, pos) + 1
    straight = low.count('"', para, pos)
    return straight % 2 == 1 or low.count("\u201c", para, pos) > low.count("\u201d", para, pos)


#: An amendment named as the failed measure at either end of a `_FAILED_MEASURE` match ("the
#: sponsor withdrew an amendment", "an amendment ... was tabled"): a proposed change to a bill,
#: whose failure leaves the bill as it was.
_AMENDMENT_START = C(r"amendments?\b")
_AMENDMENT_END = C(r"\bamendments?$")


def _measure_failed_in(low: str, lo: int, hi: int) -> bool:
    """low[lo:hi] reports a failed measure (`_FAILED_MEASURE`), unless every failure it reports
    is an AMENDMENT's and the sentence says its bill passed or became law ("signed the bill after
    the sponsor withdrew an amendment that would have exempted ..."): the amendment failed, the
    bill's duty stands; a cut of the duty's own provision is `provision_cut`'s (round 38) (round
    43)."""
    if _FAILED_MEASURE.search(low, lo, hi) is None:
        return False
    if _PASSED.search(low, lo, hi) is None and _BECAME_LAW.search(low, lo, hi) is None:
        return True
    return not all(
        _AMENDMENT_START.match(m.group()) or _AMENDMENT_END.search(m.group())
        for m in _FAILED_MEASURE.finditer(low, lo, hi)
    )


#: A relative clause describing the measure ("a bill that passed the House unanimously"): its
#: alive word describes the measure named, it is no later step of it.
_RELATIVE_BEFORE = C(r"\b(?:that|which|what)\s+(?:[\w-]+\s+){0,2}?$")
#: A line of links to other stories ("Related: Lawmakers wrap up session | What passed and what
#: didn't", "See also: ...", "Read more: ..."): their headlines report no status of this text's
#: measure (round 47b).
_LINKS_LINE = C(
    r"[ \t]*(?:related(?:\s+(?:stories|articles|coverage|content|links|news))?|read\s+more"
    r"|see\s+also|also\s+read|more(?:\s+(?:stories|news|coverage|on\s+this(?:\s+story)?))?|recommended"
    r"|trending|most\s+read|popular|you\s+may\s+also\s+like|more\s+from\s+[\w .-]{1,40}?"
    # a section's more-line ("More Statehouse:", "More Local News:") (round 58)
    r"|more[ \t]+(?!than\b|of\b)(?:[\w&'\u2019-]+[ \t]+){0,2}?[\w&'\u2019-]+)[ \t]*:"
)
#: A step told in the past perfect ("It had been introduced in January"): an earlier step told
#: after the fate, not a step after it.
_PLUPERFECT = C(r"\b(?:had|'d)\s+(?:\w+\s+)?(?:been\s+)?(?:\w+ly\s+)?$")


def revived(low: str) -> bool:
    """The text's last status of a measure is a process step done after its last failure ("A
    bill that died last year was reintroduced in January and signed ...", "tabled in March ...
    revived it in April, and the governor signed it"): the last status wins, so an earlier
    failure (in the lead or in the duty's sentence) does not end the duty. Only a step of the
    process (filed, introduced, passed, signed, enacted, became law ...) done, not denied, not
    still to come, not in a relative clause describing the measure ("vetoed a bill that passed
    the House") and not told in the past perfect ("It had been introduced in January": a step
    before the fate) revives it (round 47); nor a step whose subject is "what" ("what passed and
    what didn't": no measure named) or one in a line of links to other stories ("Related: ...")
    (round 47b)."""
    fail = _last_failure(low)
    if fail < 0:
        return False
    for m in reversed(_ALIVE_MEASURE.finditer(low)):
        if m.start() < fail:
            return False
        if not _PROCESS_STEP.match(low, m.start()):
            continue
        if _ALIVE_DENIED.search(low, max(0, m.start() - 40), m.start()):
            continue
        if _ALIVE_UNDONE.search(low, max(0, m.start() - 60), m.start()):
            continue
        if _RELATIVE_BEFORE.search(low, max(0, m.start() - 40), m.start()):
            continue
        if _PLUPERFECT.search(low, max(0, m.start() - 30), m.start()):
            continue
        if _no_step_of_measure(low, m.start(), m.end()):
            continue  # "also passed a bill increasing ...", "the deadline passed" (round 59)
        if _LINKS_LINE.match(low, low.rfind("\n", 0, m.start()) + 1):
            continue
        if law_history_step(low, m.start()):
            continue  # "under a law passed in 2024": the standing law's passage (round 53)
        if _AFTER_STEP.search(low, max(0, m.start() - 60), m.start()):
            continue  # "died in the House, weeks after it passed the Senate": an earlier step
        if _other_chamber(low, fail, m.start(), m.end()):
            continue  # "died in the House ... The bill passed the Senate in February"
        if _committee_before_floor(low, fail, m.start(), m.end()):
            continue  # "tabled by the Legislature ... It passed the Laws Committee in March"
        if _step_before_fate(low, fail, m.start()):
            continue  # "vetoed ... The measure passed both chambers in May"; "filed by ..."
        return True
    return False


#: The steps a veto ends (round 52): a veto comes only after both chambers passed the measure and
#: sent it on, so a passage told after it ("Abbott vetoed a bill ... The measure passed both
#: chambers in May", "legislation passed during the session") is an earlier step told later; an
#: override, a refiling or a reintroduction is no passage and still revives.
_VETO_ENDS = C(r"pass|approv|clear|advanc|adopt|head|sent")
_VETO_FATE = C(r"\bveto(?:ed|es)?\b(?!\s*-?\s*(?:session|override|overrides|proof|threat|pen)\b)")
#: The first steps of a measure (filed, introduced, sponsored, proposed): told after its fate
#: ("died in committee ... The measure, filed by a western Massachusetts representative", "It was
#: introduced in January"), they are the measure's beginning, not a new life, unless told as a
#: restart: the re- prefix (a form of its own), "again", "anew", a new or revised version, a
#: new session ("this year", "this session") in the step's sentence (round 52).
_BEGINNING = C(r"(?:co-?)?(?:fil|introduc|sponsor|propos)")
_RESTART = C(
    r"\b(?:again|anew|once\s+more|new\s+(?:version|bill|measure)|revised|this\s+(?:year|session)"
    r"|next\s+(?:year|session)|in\s+(?:19|20)\d\d)\b"
)


def _step_before_fate(low: str, fail: int, s: int) -> bool:
    """The alive step at `s`, told after the measure's last failure (ending at `fail`), is a step
    the failure came after: a passage after a veto (`_VETO_ENDS`), or a first step
    (`_BEGINNING`) told with no restart in its sentence (`_RESTART`) (round 52)."""
    if _BEGINNING.match(low, s):
        lo, hi = sentence_span(low, s, s + 1)
        return _RESTART.search(low, lo, hi) is None
    if not _VETO_ENDS.match(low, s):
        return False
    lo = sentence_span(low, fail - 1, fail)[0]
    return _VETO_FATE.search(low, lo, fail) is not None


#: A step told in a clause of time before the fate ("weeks after it passed the Senate", "since
#: the bill cleared the House"): a step before it, told after it (round 50).
_AFTER_STEP = C(
    r"\b(?:after|since)\s+(?:(?:it|they|(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
    + _MEASURE
    + r")\s+)?(?:had\s+)?(?:\w+ly\s+)?$"
)
#: A chamber named ("the Senate", "the House"; not "House Bill 12", "Senate Bill 5").
_CHAMBER = C(r"\b(senate|house|assembly)\b(?!\s+(?:bill|joint|concurrent|resolution|file)\b)")
#: A chamber's passage, and the chamber named right after ("passed the Senate 31-0", "cleared
#: the full House") or right before ("the Senate approved it").
_PASSAGE = C(r"pass|approv|clear|advanc|adopt")
_CHAMBER_AFTER = C(
    r"\s+(?:it\s+|them\s+)?(?:\w+ly\s+)?(?:by\s+|in\s+|through\s+)?(?:the\s+)?(?:full\s+)?"
    r"(senate|house|assembly)\b(?!\s+bill)"
)
_CHAMBER_BEFORE = C(r"\b(senate|house|assembly)\s+(?:(?:has|had|then|also|\w+ly)\s+)?$")


def _other_chamber(low: str, fail: int, s: int, e: int) -> bool:
    """The step low[s:e] is a chamber's passage and the fate at `fail` (its sentence, up to the
    step) names only the other chamber: a measure moves from one chamber to the other, so its
    passage of the first came before a fate in the second, however the text orders them ("A
    bill ... died in the House Transportation Committee on Friday. The bill passed the Senate
    31-0 in February."); a step in the fate's own chamber ("tabled in the House committee,
    then passed the House") revives it (round 50)."""
    if not _PASSAGE.match(low, s):
        return False
    m = _CHAMBER_AFTER.match(low, e) or _CHAMBER_BEFORE.search(low, max(0, s - 40), s)
    if m is None:
        return False
    lo, hi = sentence_span(low, fail - 1, fail)
    fates = {c.group(1) for c in _CHAMBER.finditer(low, lo, min(hi, s))}
    return bool(fates) and m.group(1) not in fates


#: A committee as a passage's object ("passed the Legislature's Laws and Rules Committee 5-2",
#: "cleared the council's public safety committee", "advanced out of the Senate Judiciary
#: panel"): the committee's step, a few words of its name between.
_COMMITTEE_AFTER = C(
    r"\s+(?:it\s+|them\s+)?(?:\w+ly\s+)?(?:out\s+of\s+|through\s+|in\s+)?(?:the\s+|an?\s+)?"
    r"(?:[\w'\u2019&-]+\s+){0,6}?(?:sub)?(?:committees?|panels?)\b"
)
_COMMITTEE = C(r"\b(?:sub)?(?:committees?|panels?)\b")


def _committee_before_floor(low: str, fail: int, s: int, e: int) -> bool:
    """The step low[s:e] is a committee's passage (`_COMMITTEE_AFTER`) and the fate at `fail`
    (its sentence, up to the step) names no committee: the full body's fate ("tabled by the
    Ulster County Legislature", "voted down by the full council", "died on the House floor").
    A measure reaches the floor only after its committee passed it, so that passage came before
    the fate, however the text orders them ("... was tabled by the Legislature on Tuesday
    night. The measure passed the Legislature's Laws and Rules Committee 5-2 in March."); a
    committee's passage after a fate in committee ("tabled in the Commerce Committee ... passed
    the Commerce Committee on reconsideration"), or told as a restart (`_RESTART`: "again",
    "this year"), revives it (round 64)."""
    if not _PASSAGE.match(low, s) or _COMMITTEE_AFTER.match(low, e) is None:
        return False
    lo, hi = sentence_span(low, fail - 1, fail)
    if _COMMITTEE.search(low, lo, min(hi, s)):
        return False
    slo, shi = sentence_span(low, s, e)
    return _RESTART.search(low, slo, shi) is None


def _lead_fates_later_other(low: str, lead_hi: int, lo: int, hi: int) -> bool:
    """The duty's sentence low[lo:hi] names no measure (a law in force, not a bill's duty: a
    headline's "holds bill requiring ..." is the lead's own measure), and every report of a
    failed measure in the lead (low[:lead_hi]) comes after `hi` and is another measure's fate
    (`_another_fate`, an indefinite measure after `hi`): "State law already requires truck stops
    to post ... Separately, a bill to extend that duty to hotels was tabled", "... under a 2019
    law. Several other bills on trafficking died in committee": the duty is told first, the
    fate is a new or another measure's (round 66)."""
    if _MEASURE_RX.search(low, lo, hi) is not None:
        return False
    found = False
    for rx in (_FAILED_MEASURE, _SESSION_OVER, _SESSION_END, _COUNTERFACTUAL, _VOTED_AGAINST):
        for m in rx.finditer(low, 0, lead_hi):
            found = True
            if m.start() < hi or not _another_fate(low, m.start(), m.end(), hi):
                return False
    for m in _FAILURE.matches(low, 0, lead_hi):
        if low[m.start()] != "n" and _FAILURE_DENIED.search(low, max(0, m.start() - 40), m.start()):
            continue
        found = True
        if m.start() < hi or not _another_fate(low, m.start(), m.end(), hi):
            return False
    return found


def failed_measure(low: str, cues: list[Cue]) -> list[Cue]:
    """The duty cues of a measure that failed: their sentence, or the text's lead (its first 300
    characters) when nothing says the measure became law, reports that the measure died, was
    killed, tabled, vetoed, dropped or stripped, or did not survive / advance / pass. Such a duty
    never came to be, in whatever words. Where the lead reports a failed measure, a duty inside a
    quotation is a speaker's (an advocate's "Hotels have had to put up these signs for ten
    years"), whatever law the text names elsewhere. Only for texts about law (news, releases),
    never a statute's or a bill's own text."""
    lead_hi = sentence_span(low, 0, min(len(low), 300))[1]
    lead_fails = measure_fails(low, 0, lead_hi) or lead_status_failed(low, 0, lead_hi)
    # the law as it stands ("Louisiana law already requires ...") is background of news whose
    # lead reports its measure dead: only the measure itself becoming law outweighs the lead
    lead_failed = lead_fails and not _BECAME_LAW.search(low)
    # the last status wins: a measure that failed and then moved on keeps its duty (round 47)
    alive_last: bool | None = None
    later_fail: int | None = None
    kept = []
    for c in cues:
        if lead_fails and _quoted(low, c.start):
            continue  # a speaker's words in news of a dead measure, not the text's own duty
        lo, hi = sentence_span(low, c.start, c.end)
        if _measure_failed_in(low, lo, hi) or _SESSION_OVER.search(low, lo, hi):
            if alive_last is None:
                alive_last = revived(low)
            if not alive_last:
                continue
        passed = _PASSED.search(low, lo, hi) is not None
        if passed:
            # the step the duty's sentence reports is not the last status when the measure,
            # named back, fails after it ("... passed the Senate 50-2 before Crossover Day. On
            # Tuesday the House Regulated Industries Committee tabled it.") (round 50)
            if later_fail is None:
                later_fail = _last_failure(low, hi)
                if later_fail >= 0 and _PROVISION_CUT.search(
                    low, *sentence_span(low, later_fail - 1, later_fail)
                ):
                    later_fail = -1  # a provision's own fate: `provision_cut` reads it
            if later_fail > hi:
                if alive_last is None:
                    alive_last = revived(low)
                passed = alive_last
        if (_SESSION_END.search(low, lo, hi) or _COUNTERFACTUAL.search(low, lo, hi)) and not passed:
            continue  # the session ended with this measure pending
        if lead_failed and not passed and not _lead_fates_later_other(low, lead_hi, lo, hi):
            if alive_last is None:
                alive_last = revived(low)
            if not alive_last:
                continue  # the lead's failed measure; a sentence saying a bill passed keeps its own
        if passed is False and _PASSED.search(low, lo, hi):
            continue  # the measure the sentence says passed failed after it, named back
        kept.append(c)
    return kept


#: An answer that says no duty: "No.", "For most businesses, no", "not required", "voluntary",
#: "optional", "recommended".
_ANSWER_NO = Rx(
    r"\bno\b(?!\s+(?:later|more|less|matter|sooner))|\bnot\s+(?:\w+\s+)?(?:required|mandatory"
    r"|mandated|obligated)\b|\bvoluntar(?:y|ily)\b|\boptional\b|\brecommended\b"
)


def _question_answered_no(low: str, cue: Cue) -> bool:
    """The cue's sentence is a question ("Do I have to post it?") whose answer, the next
    sentence, says no, not required, voluntary, optional or recommended: a duty asked about and
    denied. A question answered yes (or not at all) still states the duty it asks about, as
    posting-law FAQs do."""
    lo, hi = sentence_span(low, cue.start, cue.end)
    q = low.find("?", cue.end, hi + 1)
    if q < 0 or "." in low[cue.end : q]:
        return False
    start = q + 1
    while start < len(low) and low[start] in " \t\r\n":
        start += 1
    if start >= len(low):
        return False
    a_lo, a_hi = sentence_span(low, start, start)
    return _ANSWER_NO.search(low, start, a_hi) is not None


#: The law as it stands named in a sentence (round 53): "already", the current, existing, present
#: or prior law, "currently", state law, a law named by its year ("a 2019 law"), a duty "under"
#: a law or statute, or one held "since" a year or a law ("since 2016", "since a 2017 bill became
#: law"). In news whose measure failed, such a sentence is the background the measure would have
#: changed, not the measure.
_STANDING_LAW = Rx(
    r"\balready\b|\bcurrently\b|\b(?:current|existing|present|prior)\s+(?:state\s+)?law\b"
    r"|\bstate\s+law\b|\b(?:19|20)\d\d\s+(?:law|statute|act)\b"
    r"|\bunder\s+(?:a|an|the|its|their)\s+(?:(?:19|20)\d\d\s+)?(?:law|statute)\b"
    r"|\bsince\s+(?:(?:19|20)\d\d\b|(?:a|an|the)\s+(?:(?:(?:19|20)\d\d\s+)?(?:law|statute|act)"
    r"|(?:19|20)\d\d\s+(?:bill|measure))\b)"
)
#: A law (a statute, an act, a requirement, a measure named by its year) right before a step of
#: its own making ("a law passed in 2024", "a law signed by Gov. Hill", "a requirement lawmakers
#: approved in 2017", "since a 2017 bill became law"): the standing law's history.
_LAW_HISTORY_BEFORE = C(
    r"\b(?:laws?|statutes?|acts?|requirements?|(?:19|20)\d\d\s+(?:bills?|measures?))\s+"
    r"(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been|has\s+been|lawmakers|legislators"
    r"|the\s+legislature)\s+)?(?:\w+ly\s+)?$"
)


def standing_law_sentence(low: str, lo: int, hi: int) -> bool:
    """low[lo:hi] names the law as it stands (`_STANDING_LAW`) (round 53)."""
    return _STANDING_LAW.search(low, lo, hi) is not None


def law_history_step(low: str, s: int) -> bool:
    """The step at `s` ("passed", "signed", "became law") is the standing law's own history:
    a law names it right before (`_LAW_HISTORY_BEFORE`) in a sentence naming the law as it
    stands ("Kansas already requires ... under a law passed in 2024") (round 53). No step of
    the measure the text reports."""
    if _LAW_HISTORY_BEFORE.search(low, max(0, s - 50), s) is None:
        return False
    return standing_law_sentence(low, *sentence_span(low, s, s + 1))


def background_law_only(low: str, cues: list[Cue]) -> list[Cue]:
    """The duty cues that are not the law as it stands told as background of news whose
    measure failed (round 53): where the lead (headline and first sentence) reports its measure
    dead, vetoed, voted down or stalled, nothing outside such background says a measure became
    law (`_BECAME_LAW`), and the measure was not revived (`revived`; the standing law's own
    passage, "under a law passed in 2024", is no revival), a cue whose sentence names the law as
    it stands (`_STANDING_LAW`: "Kansas already requires massage businesses ... to post similar
    notices", "Under current law, hotels must post", "The state has required ... since 2016") is
    background, no duty the text states. A separate measure the body reports enacted or passed
    keeps its own duty."""
    spans = [sentence_span(low, c.start, c.end) for c in cues]
    background = [standing_law_sentence(low, lo, hi) for lo, hi in spans]
    if not any(background):
        return cues
    lead_hi = sentence_span(low, 0, min(len(low), 300))[1]
    if not (measure_fails(low, 0, lead_hi) or lead_status_failed(low, 0, lead_hi)):
        return cues
    for m in _BECAME_LAW.finditer(low):
        if not standing_law_sentence(low, *sentence_span(low, m.start(), m.end())):
            return cues  # a measure of the text became law
    if revived(low):
        return cues
    # a law told before the lead's only fates, another measure's ("... Separately, a bill to
    # extend that duty to hotels was tabled"), is the text's own news, no background (round 66)
    return [
        c
        for c, b, (lo, hi) in zip(cues, background, spans, strict=True)
        if not b or _lead_fates_later_other(low, lead_hi, lo, hi)
    ]


#: A question's opening wh-word (round 53): "Who must display ...?", "Where do hotels have to
#: post ...?", after a "Q:" label, a clause ("If I run a hotel, what must I post?") or a
#: heading's dash or colon ("North Carolina Trafficking Sign - Who Has to Post It?"). A
#: wh-question takes the duty as given and asks about it; a yes/no question asks whether there
#: is one.
_QUESTION_LABEL = C(r"[\s\"'\u201c\u2018*\u2022-]*(?:(?:q|question)\s*\d*\s*[:.)]\s*)?")
_WH_WORD = C(r"(?:^|[,:\-\u2013\u2014]\s*)(?:who|whom|whose|which|what|where|when|why|how)\b")
_EMBEDDED_YES_NO = C(r"\b(?:if|whether)\b")
#: An answer that opens with a yes ("Yes.", "A: Yes, for most businesses", "For hotels, yes").
_ANSWER_YES = C(
    r"\s*(?:(?:a|answer)\s*[:.)]\s*)?(?:[\w'\u2019-]+,?\s+){0,4}?(?:yes|yep|yeah|correct"
    r"|absolutely|certainly|definitely)\b"
)
#: An answer that gives no duty: no, not required, voluntary, optional (`_ANSWER_NO`), or one that
#: defers or hedges ("It depends", "That varies from state to state", "Check with your attorney",
#: "Consult your licensing board", "Not in every state", "Not all businesses").
_ANSWER_DEFERS = Rx(
    r"\bdepends?\b|\bvar(?:y|ies)\b|\bcheck\s+with\b|\bconsult\b|\bask\s+(?:your|a|an)\b"
    r"|\bcontact\s+(?:your|a|an)\b|\btalk\s+to\s+(?:your|a|an)\b|\bnot\s+(?:in\s+)?(?:every|all)\b"
    r"|\blegal\s+advice\b"
)


def _asked(low: str, cue: Cue) -> bool | None:
    """None when the cue is no question's; else whether it is only asked (True) or its answer
    keeps it (False): see `asked_only`."""
    lo, hi = sentence_span(low, cue.start, cue.end)
    q = low.find("?", cue.end, hi + 1)
    if q < 0 or "." in low[cue.end : q]:
        return None
    start = q + 1
    while start < len(low) and low[start] in " \t\r\n":
        start += 1
    a_hi = sentence_span(low, start, start)[1] if start < len(low) else start
    denied = start < len(low) and (
        _ANSWER_NO.search(low, start, a_hi) is not None
        or _ANSWER_DEFERS.search(low, start, a_hi) is not None
    )
    qs = _QUESTION_LABEL.match(low, lo)
    qs_end = qs.end() if qs is not None else lo
    wh = _WH_WORD.search(low[qs_end : cue.start])
    if wh is not None and not _EMBEDDED_YES_NO.search(low, qs_end + wh.end(), cue.start):
        return denied
    if start >= len(low):
        return True
    return denied or _ANSWER_YES.match(low, start, a_hi) is None


def asked_only(low: str, cues: list[Cue]) -> list[Cue]:
    """The duty cues less those only asked about (round 53): a question is no duty; the duty is
    read from the answer. A cue in a question (its sentence ends with "?") that is yes/no ("Is
    my business required to display this poster?", "Do I have to post ...?", "Must restaurants
    post ...?") stands only when the answer (the next sentence, after an "A:" label) opens with
    a yes; one in a wh-question ("Who must post the notice?", "Where must the sign hang?") takes
    the duty as given and stands unless its answer says no or defers ("It depends", "Check with
    your attorney", "Not in every state"). A duty the answer states in its own words is a cue of
    its own, and where one stands the questions' cues give way to it (the evidence is the
    answer's words)."""
    asked = [_asked(low, c) for c in cues]
    if any(a is None for a in asked):
        return [c for c, a in zip(cues, asked, strict=True) if a is None]
    return [c for c, a in zip(cues, asked, strict=True) if a is False]


def hedged(low: str, cues: list[Cue]) -> bool:
    """All mandatory cues sit in one sentence, which guesses before them ("... could be the
    result of a state decision to require that the hotline number be posted")."""
    first = cues[0].start
    begin = clause_start(low, first, 200)
    if any(clause_start(low, c.start, 200) != begin for c in cues):
        return False
    if _HEDGE.search(low, begin, first):
        return True
    # "according to a study, the most important provision ... is requiring the hotline number
    # to be posted": a study's finding about such laws, not a duty
    lo = sentence_span(low, first, first)[0]
    return bool(_STUDY.search(low, lo, first))


#: What a required sign says, when the text says it is a warning of penalties ("the posting of
#: warning signs", "signs will inform individuals about the state penalties for ..."), not help
#: for victims.
_PENALTY_SIGN = Rx(
    r"\b(?:post|display)\w*\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?warning\s+(?:signs?|signage|notices?)\b"
    r"|\b(?:signs?|signage|notices?|posters?)\b[^.;]{0,40}?\b(?:inform|warn|advis|notif|stat|describ)"
    r"\w*\s+(?:[\w'-]+\s+){0,6}?(?:penalt(?:y|ies)|punishments?|criminal\s+consequences)\b"
)
#: Anything that helps a victim or a witness: a hotline, a number, help, assistance.
_HELP_CONTENT = Rx(
    r"hot\s?line|tip\s?line|help\s?line|resource\s+cent|telephone|phone|toll[- ]free|text\s+line"
    r"|befree|233733|\d{3}[-.) ]\s?\d{3}[-. ]\d{4}|\bassistance\b|\bhelp\b"
)


def penalty_sign_only(low: str) -> bool:
    """The required sign is a warning of the penalties for trafficking and the text mentions no
    hotline, number or help at all: a duty to post such a sign is no hotline-posting duty."""
    return _PENALTY_SIGN.search(low) is not None and _HELP_CONTENT.search(low) is None


#: What ties a duty's sentence to the hotline notice: trafficking, a hotline, its numbers.
_HOTLINE_TOPIC = Rx(r"traffick|hot\s?line|373-?7888|233733|befree")
#: Notices in the plural: a list of required notices ("several state notices, including ...").
_NOTICES = Rx(r"\b(?:notices|posters|postings|signs)\b")
#: The place a notice goes, named by where other notices hang ("near the public entrance or
#: where similar notices are customarily posted", "where notices to employees are posted"): no
#: list of notices to display (round 62).
_NOTICES_PLACE = C(
    r"\bwhere\s+(?:[\w-]+\s+){0,3}?(?:notices|posters|postings|signs)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:are|is)\s+(?:\w+ly\s+)?(?:posted|displayed|placed)\b"
)


def _notices_listed(low: str, lo: int, hi: int) -> bool:
    """low[lo:hi] names notices in the plural (`_NOTICES`) other than as the place where such
    notices are posted (`_NOTICES_PLACE`)."""
    places = [m.span() for m in _NOTICES_PLACE.finditer(low, lo, hi)]
    return any(
        not any(a <= m.start() < b for a, b in places) for m in _NOTICES.finditer(low, lo, hi)
    )


#: A seller's sales copy, by kind of signal: the closed class of a product listing's commerce
#: (round 42). A price (in dollars beside the product, or "Price:"); a cart or an order ("add to
#: cart", "buy now", "order online", the customer's basket); stock and shipping ("in stock",
#: "backordered", "ships next business day"); quantity pricing ("bulk pricing", "quantity
#: discounts", "multi-location"); an item's number or edition ("SKU", "item #", "2025 Edition");
#: an update service sold with it ("free updates", "we ship a replacement", "update
#: subscription"). The trade signals are cheap to look for (each alternative has a literal) and
#: every page with two kinds has one of them, so the product's make (size, finish) is looked for
#: only beside exactly one.
_TRADE_SIGNAL = Rx(
    r"(?P<price>\bprice\s*:)"
    r"|(?P<cart>\badd\s+to\s+(?:cart|bag|order)\b|\border\s+(?:now|today|online)\b|\bbuy\s+now\b"
    r"|\bqty\b"
    # the customer's own basket ("add our laminated set to your cart", "in your basket")
    r"|\b(?:to|in)\s+(?:your|the)\s+(?:shopping\s+)?(?:cart|basket)\b|\bcheckout\b)"
    r"|(?P<ship>\bshipping\b|\bstock\b(?<=[io][nf]\sstock)|\bback-?order"
    r"|\bships\s+(?:in|within|next|today|tomorrow|same|free|the\s+next)\b)"
    r"|(?P<qty>\b(?:bulk|quantity|volume)\s+(?:pricing|discounts?|prices|orders?)\b"
    r"|\bmulti-?location\s+(?:employers|businesses|companies|pricing|discounts?|orders?)\b)"
    r"|(?P<item>\bsku\b|\bitem\s+(?:#|no\.|number)|\b(?:19|20)\d\d\s+edition\b)"
    r"|(?P<update>\bfree\s+updates?\b|\bupdate\s+(?:service|subscription)s?\b"
    r"|\bwe\s+(?:ship|send|mail)\s+(?:you\s+)?(?:a\s+|the\s+)?(?:replacement|updated|new)\b)"
)
_DOLLAR_PRICE = re.compile(r"\$\s?\d+\.\d\d\b")
_MAKE_SIGNAL = Rx(
    r"\blaminated\b|\buv[- ]coated\b"
    r"|\b\d{1,2}(?:\.\d)?\s?(?:\"|in\b|inches)?\s?x\s?\d{1,2}(?:\.\d)?\s?(?:\"|in\b|inches)"
    # or the seller speaking of its own products and customers: "our California All-in-One
    # poster", "our laminated three-language set", "our compliance team tells customers"
    r"|\bour\s+(?:[\w-]+\s+){0,4}(?:posters?|sets?|kits?|bundles?|products?)\b"
    r"|\b(?:our|tells?|serve|help)\s+customers\b|\bcompliance\s+team\b"
    # a combined product ("all-in-one labor law poster", "one all-in-one bundle") (round 47)
    r"|\ball[- ]in[- ]one\b"
)


def sales_page(low: str) -> bool:
    """A seller's product page: two kinds of sales signal or more (a price, a cart or the
    customer's basket, stock or shipping, quantity pricing, an item number or edition, an update
    service, the product's make or the seller's voice about its own products and customers:
    "add our laminated set to your cart for $18"). The one reading of a seller's page, for the
    posting duty (`sales_copy_only`) and for whose voice a text is (outreach)."""
    kinds = {m.lastgroup for m in _TRADE_SIGNAL.finditer(low)}
    if "$" in low and _DOLLAR_PRICE.search(low):
        kinds.add("price")
    if len(kinds) == 1 and _MAKE_SIGNAL.search(low) is not None:
        kinds.add("make")
    return len(kinds) >= 2


#: A price in dollars ("$14", "$3.50 each").
_DOLLARS = re.compile(r"\$\s?\d")


def sells(low: str) -> bool:
    """The page sells something (round 62): a price ("Price:", "$14"), or a cart, a basket or
    an order of the customer's ("add to cart", "in your basket", "order online"), not a store's
    "checkout" counter alone. A public body that oversees a trade (a lottery, liquor stores)
    writes of "checkout counters" and "is shipping decals to its retailers", never of a price
    or a customer's cart."""
    if "$" in low and _DOLLARS.search(low) is not None:
        return True
    return any(
        m.lastgroup == "price" or (m.lastgroup == "cart" and m.group(0) != "checkout")
        for m in _TRADE_SIGNAL.finditer(low)
    )


#: What states a duty as the law's in a sentence: a law named ("Kansas law", "the code", "§"),
#: or the duty's own words of obligation ("requires", "required", "must", "shall", "mandated").
#: A seller's sentence with none of them ("Everything Kansas employers need to display, on one
#: laminated poster") describes the product, not a duty.
_LAW_VOICE = Rx(
    r"\b(?:laws?|codes?|statutes?|acts?|regulations?|rules?|ordinances?|legislature)\b|\u00a7"
    r"|\brequir(?:e|es|ed|ement|ements)\b|\bmust\b|\bshall\b|\bmandat\w*"
)


def sales_copy_only(low: str, cues: list[Cue]) -> bool:
    """A seller's product page (two kinds of sales signal or more: price, cart, shipping, the
    product's make) whose every duty cue only names "posting requirements" (weight below 3)
    and states no one who must post, or whose every duty is to display a list of notices in a
    sentence naming no trafficking and no hotline ("Colorado employers must display several
    state notices, including ..."), or whose every duty of weight 3 is told in a sentence with no
    law and no word of obligation ("Everything Kansas employers need to display, on one laminated
    poster"): sales copy, not a hotline duty."""
    if not sales_page(low):
        return False
    if all(c.weight < 3 for c in cues):
        return True
    spans = [sentence_span(low, c.start, c.end) for c in cues]
    if all(
        _notices_listed(low, lo, hi) and not _HOTLINE_TOPIC.search(low, lo, hi) for lo, hi in spans
    ):
        return True
    # every duty of weight 3 is the seller's own sentence, with no law and no word of obligation
    # in it (round 42): a seller's page states no duty but the law's
    return all(
        c.weight < 3 or _LAW_VOICE.search(low, lo, hi) is None
        for c, (lo, hi) in zip(cues, spans, strict=True)
    )


#: A provision's own fate (round 38): the piece of a measure that holds the duty, named by a
#: noun ("the provision", "the requirement", "that piece", "the language") or by the duty's
#: own sentence. The measure may live (signed) while the duty's provision is cut from it.
_PROVISION_NOUN = (
    r"(?:provisions?|requirements?|mandates?|language|pieces?|parts?|sections?|amendments?"
    r"|clauses?|portions?)"
)
_CUT_VERB = (
    r"(?:dropped(?!\s+off)|stripped|removed|cut|deleted|struck|excised|omitted|scrapped|pulled"
    r"|taken\s+out|amended\s+out|left\s+out"
    # round 65: "the provision was eliminated / gutted in committee"
    r"|eliminated|gutted)"
)
#: The measure or version a provision is cut from.
_VERSION = (
    r"(?:bills?|budgets?|versions?|laws?|acts?|measures?|legislation|package|compromise|report"
    r"|drafts?|amendment|substitute)"
)
#: The closed class of a provision cut from its measure: dropped, stripped, removed, cut, taken
#: or amended out, missing from (or not in) the final / compromise / conference version, did not
#: appear / survive / make it into, left on the cutting-room floor, a law passed without it.
_PROVISION_CUT = Rx(
    # the provision the subject: "The requirement was quietly stripped", "the language got cut"
    r"\b" + _PROVISION_NOUN + r"\b[^.;:!?]{0,80}?\b(?:was|were|been|being|got|is|are|gets?)\s+"
    r"(?:\w+ly\s+)?(?:" + _CUT_VERB + r"|missing)\b"
    # whatever the subject, cut from the measure: "were removed from the final budget"
    r"|\b(?:was|were|been|being|got|is|are|gets?)\s+(?:\w+ly\s+)?(?:" + _CUT_VERB + r"|missing)"
    r"\s+(?:out\s+)?(?:from|of|in)\s+the\s+(?:[\w'\u2019-]+\s+){0,3}?" + _VERSION + r"\b"
    # "was missing: a requirement that ..." (what is missing named after the colon)
    r"|\bmissing\s*:"
    # a headline's participle: "Poster requirement dropped from final bill", and at the end of
    # its line or before its next clause, the provision named by its posting word ("hotline
    # poster requirement stripped", "notice requirement amended out; bill signed"; not
    # "Training provision dropped; hotline sign requirement kept") (round 51)
    r"|\b" + _PROVISION_NOUN + r"\s+" + _CUT_VERB + r"\s+(?:out\s+)?(?:from|of|in)\b"
    r"|\b(?:posters?|signs?|notices?|placards?|posting|signage|hotline)[^\S\n]+"
    + _PROVISION_NOUN
    + r"[^\S\n]+"
    + _CUT_VERB
    + r"(?:[^\S\n]+out)?(?=[^\S\n]*(?:\n|$|[,;:]))"
    # the provision the object: "negotiators stripped the poster requirement", "scaled back to
    # exclude the requirement"; or named back by a pronoun, "a conference committee removed it
    # again", "the Senate struck it" (round 51)
    r"|\b(?:drop(?:s|ped)?|strip(?:s|ped)?|remov(?:e|es|ed)|cuts?|delet(?:e|es|ed)|struck"
    r"|(?:took|takes?)\s+out|pull(?:s|ed)?|excis(?:e|es|ed)|scrap(?:s|ped)?|exclud(?:e|es|ed))"
    r"\s+(?:out\s+)?(?:(?:the|that|this|its|a)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    + _PROVISION_NOUN
    + r"\b|it\b(?!\s+(?:off|up|down|from\s+(?:the\s+)?(?:agenda|calendar)|back)\b))"
    # round 65: "the conference committee eliminated the requirement", "omits that section": a
    # definite provision only ("It omits a penalty section ..." names another)
    r"|\b(?:eliminat(?:es|ed)|omit(?:s|ted)|gut(?:s|ted))\s+(?:the|that|this|its)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?" + _PROVISION_NOUN + r"\b"
    # the object between the verb and its particle: "amended that section out", "took the
    # poster requirement out", "stripped it out" (round 51)
    # a body's vote to cut it ("The committee voted 8-3 to strike that requirement") (round 60)
    r"|\bvoted\s+(?:(?!(?:against|down|no|not|never)\b)[\w-]+\s+){0,3}?to\s+(?:strike|remove|drop"
    r"|delete|cut|strip|eliminate|scrap)\s+(?:out\s+)?(?:the|that|this|its)\s+(?:[\w'\u2019-]+\s+)"
    r"{0,3}?" + _PROVISION_NOUN + r"\b"
    r"|\b(?:amend(?:s|ed)?|took|takes?|strip(?:s|ped)?|cuts?|struck|strikes?|pull(?:s|ed)?"
    r"|drop(?:s|ped)?|left|leaves?)\s+(?:it|(?:the|that|this|its)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    + _PROVISION_NOUN
    + r")\s+out\b"
    # no longer (or not) in the measure: "a requirement that lounges post ... was no longer in
    # it" (round 51)
    r"|\b(?:no\s+longer|not)\s+(?:in|part\s+of)\s+(?:it\b|the\s+(?:[\w'\u2019-]+\s+){0,3}?"
    + _VERSION
    + r"\b)"
    r"|\b(?:missing\s+from|fell\s+out\s+of)\s+the\s+(?:[\w'\u2019-]+\s+){0,3}?" + _VERSION + r"\b"
    r"|\b(?:did|does|would)\s*n(?:o|['\u2019])t\s+(?:survive|make\s+it)\b"
    r"|\b(?:(?:did|does|would)\s*n(?:o|['\u2019])t\s+appear|never\s+(?:appeared|made\s+it))\s+(?:in"
    r"|into)\s+the\s+(?:[\w'\u2019-]+\s+){0,3}?" + _VERSION + r"\b"
    r"|\bnot\s+in\s+the\s+(?:final|compromise|conference|enrolled|senate|house)\b"
    r"|\bcutting[- ]room\s+floor\b"
    # the measure or a version of it does not hold the provision ("The version the governor
    # signed does not include that requirement", "The final law does not contain it") (round 53)
    r"|\b(?:(?:does|did|do)\s*n(?:o|['\u2019])t|no\s+longer)\s+(?:include|contain|keep|retain|carry|have)s?"
    r"\s+(?:it\b|(?:the|that|this|any|such)\s+(?:[\w'\u2019-]+\s+){0,3}?" + _PROVISION_NOUN + r"\b)"
    # "the bill became law without it", "signed the budget without the requirement", a
    # headline's "Spa bill signed, but without trafficking poster requirement" (round 51); the
    # measure named between, a comma after it ("Lamont signs budget implementer, but without
    # trafficking poster requirement") (round 67)
    r"|\b(?:law|signed|passed|approved|enacted|adopted|sign[s]|pass(?:es)?),?\s+"
    r"(?:[\w'\u2019-]+,?\s+){0,4}?(?:without|minus)"
    r"\s+(?:it|(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?" + _PROVISION_NOUN + r")\b"
    # the measure named by its longer description ending in its noun, the cut told after a
    # comma and "but" ("Murphy signs short-term rental safety bill, but without trafficking
    # poster requirement") (round 68)
    r"|\b(?:signed|passed|approved|enacted|adopted|signs|pass(?:es)?)\s+"
    r"(?:[\w'\u2019-]+\s+){0,6}?" + _VERSION + r",?\s+(?:but\s+|yet\s+)?(?:without|minus)"
    r"\s+(?:it|(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?" + _PROVISION_NOUN + r")\b"
)
#: The provision's fate reversed or kept: restored, reinstated, added back, put back, kept,
#: retained, survived, remained, made it into the final version.
_PROVISION_KEPT = Rx(
    r"\b(?:restored|reinstated|re-?inserted|re-?added|added\s+(?:it\s+)?back|put\s+(?:it\s+)?back"
    r"|(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:kept|retained|preserved|included)|survived"
    r"|remain(?:s|ed)\s+in|made\s+it\s+(?:in|into|through)|stayed\s+in)\b"
)
#: The keeps told intransitively ("survived", "remained in", "made it into", "stayed in") keep
#: the provision only with the provision, the sign or "it" as their subject ("the sign
#: requirement ultimately survived"; not "the core of this bill ..., and that survived") (round
#: 51).
_INTRANSITIVE_KEEP = C(r"(?:survived|remain|made|stayed)")
_KEEP_SUBJECT = C(
    r"\b(?:" + _PROVISION_NOUN + r"|it|they|signs?|posters?|notices?|placards?|signage)"
    r"(?:\s+[\w'\u2019-]+){0,2}?\s*,?\s+$"
)
#: A cut denied or only supposed ("was not dropped", "could be stripped", "tried to remove").
_CUT_DENIED = C(
    r"(?:\b(?:not|never|if|unless|would|could|might|may|should|avoid\w*|tried\s+to|sought\s+to"
    r"|attempt\w*\s+to|want\w*\s+to|propos\w*\s+to"
    # a motion or an amendment to cut it, whose fate is its own ("An amendment to strip the
    # sign requirement failed"), and a cut told in the counterfactual ("an amendment that would
    # have stripped the poster requirement") (round 51)
    r"|(?:amendments?|motions?|efforts?|bids?|push|proposals?|plans?)\s+to)|n['\u2019]t)"
    r"\s+(?:be\s+|have\s+(?:been\s+)?)?$"
)
#: A sentence naming the provision back: "The provision ...", "That requirement ...", "It ...".
_PROVISION_BACK = C(
    r"(?:(?:the|that|this|such)\s+(?:[\w'\u2019-]+\s+){0,2}?" + _PROVISION_NOUN + r"\b|it\s)"
)
#: When or where a provision was cut, after its noun ("removed that section in April", "struck
#: it in conference", "in the Senate"): no modifier of the provision (round 53).
_CUT_ADJUNCT = (
    r"(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|(?:19|20)\d\d|conference|committee|(?:the\s+)?(?:senate|house"
    r"|assembly|conference|committee|final\s+days?)"
    # a time of the session ("in the final week of the session", "in the last days") (round 60)
    r"|(?:the\s+)?(?:final|last|closing)\s+(?:days?|weeks?|hours?|minutes?|moments?))\b"
)
#: A day of the week after the provision named back ("removed the provision on Tuesday"): when it
#: was cut, no modifier of the provision (round 60).
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
#: The provision named back inside the next sentence ("The Senate took the provision out, the
#: House put it back"): a definite provision noun with no modifier but a posting word ("the
#: provision", "the poster section"; not "the training provision", "the provision on
#: expungement") (round 51).
_PROVISION_NAMED_BACK = C(
    r"\b(?:the|that|this|such)\s+(?:(?:[\w'\u2019-]+\s+){0,2}?(?:posters?|signs?|notices?"
    r"|placards?|posting|signage|hotline)\s+)?"
    + _PROVISION_NOUN
    + r"\b(?!\s+(?:on(?!\s+"
    + _WEEKDAY
    + r")|for|of"
    r"|requiring|to|that|about|regarding|concerning|in(?!\s+" + _CUT_ADJUNCT + r"))\b)"
)
#: The posting provision named anywhere, by a posting word before its noun or by its content
#: after it ("the poster section", "the sign requirement", "the requirement that hotels post"):
#: its fates are the duty's wherever they are told (round 51).
_POSTING_PROVISION = C(
    r"\b(?:the|that|this|such|its)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:posters?|signs?|notices?"
    r"|placards?|posting|signage)\s+" + _PROVISION_NOUN + r"\b"
    r"|\b(?:the|that|this)\s+" + _PROVISION_NOUN + r"\s+(?:that|to|requiring|for)\b[^.;!?]{0,100}?"
    r"\b(?:post|display)"
)
_POSTING_TOPIC = Rx(r"\bsigns?\b|poster|notice|placard|hotline|traffick|posting|signage")
_PROVISION_RX = Rx(r"\b" + _PROVISION_NOUN + r"\b")


def _only_posting_provision(low: str, lo: int, hi: int, back: bool) -> bool:
    """low[lo:hi] names the posting provision (`_POSTING_PROVISION`; with `back`, also named back
    by `_PROVISION_NAMED_BACK`) and no other: every provision noun in it is one of those names
    ("the bill removes the provision that allowed ... a fine" names another) (round 51)."""
    spans = [m.span() for m in _POSTING_PROVISION.finditer(low, lo, hi)]
    if back:
        spans += [m.span() for m in _PROVISION_NAMED_BACK.finditer(low, lo, hi)]
    return bool(spans) and all(
        any(a <= m.start() < b for a, b in spans) for m in _PROVISION_RX.finditer(low, lo, hi)
    )


#: A sentence opening with an earlier version of its measure as the duty's holder (round 53):
#: "The House version (of the bill)", "An earlier / the original / the introduced draft", "The
#: original bill", "As filed / introduced / drafted / originally written, the bill ...", "The
#: bill as introduced", "In its original form, ...".
_EARLIER_VERSION = C(
    r"[\s\"'\u201c]*(?:(?:the|an|its|this|that)\s+)?(?:(?:original|earlier|initial|previous|prior"
    r"|introduced|filed)\s+(?:version|draft|text|bill|measure|proposal)s?\b|(?:first|house|senate"
    r"|assembly|committee)\s+(?:version|draft|text)s?\b|(?:bill|measure|proposal|legislation)\s+as"
    r"\s+(?:originally\s+)?(?:filed"
    r"|introduced|drafted|written)\b)|[\s\"'\u201c]*as\s+(?:originally\s+)?(?:filed|introduced"
    r"|drafted|written|proposed)\s*,|[\s\"'\u201c]*in\s+its\s+(?:original|introduced|filed|first)"
    r"\s+(?:form|version|draft)\b"
)


def _no_other_provision(low: str, lo: int, hi: int) -> bool:
    """low[lo:hi] names no provision but the posting one (`_only_posting_provision` with the
    provision named back), or none at all ("The final law does not contain it.") (round 53)."""
    return _PROVISION_RX.search(low, lo, hi) is None or _only_posting_provision(low, lo, hi, True)


def _provision_cuts(low: str, lo: int, hi: int) -> list[tuple[int, bool]]:
    """(position, True) for every cut of a provision in low[lo:hi] (`_PROVISION_CUT`, not
    denied)."""
    return [
        (m.end(), True)
        for m in _PROVISION_CUT.finditer(low, lo, hi)
        if not _CUT_DENIED.search(low, max(0, m.start() - 30), m.start())
    ]


#: A keep denied (round 65): "it was not restored in conference", "was never put back", "nobody
#: added it back", "has not been reinstated" tell the cut stands; they keep nothing.
_KEEP_DENIED = C(
    r"\b(?:not|never|nobody|no\s+one|neither|nor|n['\u2019]t)\s+(?:(?:been|be|have|has|had|was"
    r"|were|is|are|ever|later|since|yet|quietly|formally|ultimately|again)\s+){0,3}$"
)


def _provision_keeps(low: str, lo: int, hi: int) -> list[tuple[int, bool]]:
    """(position, False) for every keep of a provision in low[lo:hi] (`_PROVISION_KEPT`), not
    denied (`_KEEP_DENIED`, round 65)."""
    return [
        (m.end(), False)
        for m in _PROVISION_KEPT.finditer(low, lo, hi)
        if (
            not _INTRANSITIVE_KEEP.match(low, m.start())
            or _KEEP_SUBJECT.search(low, max(lo, m.start() - 60), m.start())
        )
        and not _KEEP_DENIED.search(low, max(lo, m.start() - 40), m.start())
    ]


def provision_cut(low: str, cues: list[Cue]) -> list[Cue]:
    """The duty cues whose own provision was not cut from its measure. A provision's fate is
    read in the sentences about it: the cue's own sentence, the sentence after it, and any
    sentence naming a provision ("the requirement", "the provision") with the posting, the sign
    or the hotline; the LAST fate wins (cut, then restored, is kept). A cut in the text's lead
    (its first 300 characters) takes every duty of the text with it, the law as it stands
    ("state law already requires ...") too, as its background (round 64). The bill's own
    status (signed) is not the provision's."""
    spans = [sentence_span(low, c.start, c.end) for c in cues]
    about: set[tuple[int, int]] = set(spans)
    for lo, hi in spans:
        about.add(sentence_span(low, min(len(low), hi + 2), min(len(low), hi + 2)))
        if _EARLIER_VERSION.match(low, lo) is not None:
            # an earlier version's duty: the rest of its paragraph tells the provision's story
            # ("The Senate took the provision out ..., and the House restored it ... A
            # conference committee removed it again"), where no other provision is named
            # (round 58)
            end = low.find("\n", hi)
            end = len(low) if end < 0 else end
            pos = hi
            while pos < end:
                while pos < end and low[pos] in " \t.;!?\"'\u201d":
                    pos += 1
                if pos >= end:
                    break
                s_lo, s_hi = sentence_span(low, pos, pos)
                if s_hi <= pos:
                    break
                if _no_other_provision(low, s_lo, s_hi):
                    about.add((s_lo, s_hi))
                pos = s_hi
    for m in _PROVISION_RX.finditer(low):
        lo, hi = sentence_span(low, m.start(), m.end())
        if _POSTING_TOPIC.search(low, lo, hi):
            about.add((lo, hi))
    # the keeps are read only when there is a cut (most texts have none)
    events = [e for lo, hi in about for e in _provision_cuts(low, lo, hi)]
    if not events:
        return cues  # no cut
    events = sorted(events + [e for lo, hi in about for e in _provision_keeps(low, lo, hi)])
    if not events[-1][1]:
        return cues  # the last fate read keeps the provision
    # the lead is the headline, after the site's name and menu at the text's top (round 57)
    head = chrome_head_end(low)
    lead_hi = sentence_span(low, head, head)[1]
    lead_cut = any(cut and pos <= lead_hi for pos, cut in events)
    named = [(lo, hi) for lo, hi in about if _only_posting_provision(low, lo, hi, False)]
    kept = []
    for c, (lo, hi) in zip(cues, spans, strict=True):
        if lead_cut:
            # a cut in the lead takes every duty of the text with it, the law as it stands too
            # ("North Carolina already requires ... truck stops and hospitals, to post the
            # hotline under a 2017 law"): the background of news of a cut, as round 53 reads a
            # failed measure's (round 64)
            continue
        # the duty's own sentence, and the next one where it names the provision back ("The
        # provision was stripped in conference", "That requirement did not survive")
        nxt = hi
        while nxt < len(low) and low[nxt] in " \t\r\n.;!?\"'\u201d":
            nxt += 1
        if nxt < len(low):
            nhi = sentence_span(low, nxt, nxt)[1]
            if _PROVISION_BACK.match(low, nxt) or _only_posting_provision(low, nxt, nhi, True):
                hi = nhi
        # the provision's fates: its own sentences, and every later sentence naming the posting
        # provision ("The Senate dropped the poster section in April, the House restored it, and
        # a conference committee removed it again"): the last one decides (round 51)
        # an earlier version's duty ("The House version of the bill included a section requiring
        # ...", "As filed, the bill required ..."): also every later fate of a provision told
        # where no other provision is named is its fate (round 53)
        earlier = _EARLIER_VERSION.match(low, lo) is not None
        fates = [
            (pos, cut)
            for pos, cut in events
            if lo <= pos <= hi + 1
            or (
                pos > hi + 1
                and (
                    any(a <= pos <= b for a, b in named)
                    or (earlier and _no_other_provision(low, *sentence_span(low, pos - 1, pos)))
                )
            )
        ]
        if fates and fates[-1][1]:
            continue  # the provision's last fate is a cut: nothing restores it
        kept.append(c)
    return kept


#: A person credited with a law (round 41): "Rep. Lyons, author of the 2023 law that puts hotline
#: signs in truck stops", "senators who sponsored House Bill 2 which mandated that signs ...". The
#: duty inside such a phrase describes the person; it is no duty the text states (a campaign
#: launched with a sign law's sponsors).
_CREDITED_LAW = C(
    r"(?:\b(?:author|sponsor|co-?sponsor|champion|architect)s?\s+of|\bwho\s+(?:\w+\s+)?"
    r"(?:sponsored|co-?sponsored|authored|wrote|carried|championed|introduced))\s+"
    r"(?:(?:the|a|their|his|her|last\s+year['\u2019]s|\d{4})\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:law|act|statute|bill|measure)(?:\s+(?:no\.\s*)?\d+)?\b(?:\s*,)?\s+"
    r"(?:that|which|requiring|to\s+require|mandating)\b"
    r"[^.;:!?]{0,60}$"
)


def credited_law_only(low: str, c: Cue) -> bool:
    """The duty cue `c` is inside a phrase crediting a person with a law (`_CREDITED_LAW`)."""
    return _CREDITED_LAW.search(low, max(0, c.start - 160), c.start) is not None


#: The text's own subject (round 55): its lead is the headline and first sentence (the first
#: `_LEAD_CHARS` characters, to that sentence's end); its units are its paragraphs (blocks between
#: blank lines; the lines where it has fewer than three blocks), a unit counted only with
#: `_UNIT_CHARS` or more characters of text (no menu or byline).
_LEAD_CHARS = 300
_UNIT_CHARS = 40
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _units(low: str) -> list[tuple[int, int]]:
    """The paragraphs of `low` as spans (the lines where it has fewer than three paragraphs)."""
    cuts = [m.end() for m in _BLANK_LINE.finditer(low)]
    if len(cuts) < 2:
        cuts = [m.end() for m in re.finditer(r"\n", low)]
    starts = [0, *cuts]
    ends = [*cuts, len(low)]
    return [
        (a, b) for a, b in zip(starts, ends, strict=True) if len(low[a:b].strip()) >= _UNIT_CHARS
    ]


def subject_elsewhere(low: str, cues: list[Cue]) -> bool:
    """The text's own subject is something else (round 55): its lead (headline and first
    sentence) names no trafficking and no hotline (`_HOTLINE_TOPIC`), carries none of the duty
    cues, and trafficking or a hotline is named in fewer than half of its paragraphs: a duty
    named in such a text (a permit page's display rules, a labor-law poster's listing, another
    law's signs, a budget or event story with a trafficking line) is not the text's own, whatever
    its sentence says. A story whose headline is another matter but whose lead or body is the
    posting law (most of its paragraphs speak of trafficking or the hotline) keeps its duty."""
    lead_hi = sentence_span(low, 0, min(len(low), _LEAD_CHARS))[1]
    # the lead is read without the site's name and menu at the text's top (round 57): a
    # trafficking page named in the site's menu is no lead naming trafficking
    head = min(chrome_head_end(low), lead_hi)
    if _HOTLINE_TOPIC.search(low, head, lead_hi) is not None:
        return False
    if any(c.start < lead_hi for c in cues):
        # the lead's duty is the text's own where the next sentence ties its sign to the hotline
        # ("Motels must now post a sign at the front desk ... The sign must list the National
        # Human Trafficking Hotline"), not another matter's ("... signs warning buyers about
        # aerial fireworks. The signs must be at least 11 by 17 inches")
        nxt = sentence_span(low, min(len(low), lead_hi + 1), min(len(low), lead_hi + 1))[1]
        if _HOTLINE_TOPIC.search(low, lead_hi, nxt) is not None:
            return False
    if any(_topic_heading(low, c.start) for c in cues):
        return False
    units = _units(low)
    topical = sum(_HOTLINE_TOPIC.search(low, a, b) is not None for a, b in units)
    return 2 * topical < len(units)


#: A section's heading line: short, no sentence's stop at its end (round 67).
_HEADING_CHARS = 60


def _topic_heading(low: str, pos: int) -> bool:
    """The duty at `pos` opens the paragraph under a heading line of its own that names
    trafficking or the hotline ("Human trafficking notice / Under Chapter 118 ..., every licensed
    massage establishment must post a human trafficking notice"): a page's own section on the
    duty, so the page's subject is the duty there, whatever its other sections (a licence
    page's fees and checklist) (round 67). The heading is the paragraph's previous line with
    text, short and with no sentence's stop at its end; the duty is in the paragraph's first
    sentence."""
    lo = low.rfind("\n", 0, pos) + 1
    if sentence_span(low, pos, pos)[0] > lo + 1 and low.rfind(". ", lo, pos) >= 0:
        return False  # not the paragraph's first sentence
    prev_hi = lo - 1
    while prev_hi > 0 and low[prev_hi - 1] in " \t\r\n":
        prev_hi -= 1
    if prev_hi <= 0 or low.count("\n", prev_hi, lo) > 2:
        return False
    prev_lo = low.rfind("\n", 0, prev_hi) + 1
    line = low[prev_lo:prev_hi].strip()
    if not line or len(line) > _HEADING_CHARS or line[-1] in ".!?;,:\"'\u201d":
        return False
    return _HOTLINE_TOPIC.search(low, prev_lo, prev_hi) is not None


def duties_outside_law_text(low: str, cues: list[Cue]) -> list[Cue]:
    """The duty cues of a text that is not a statute's or a bill's own (a story, a page, a
    release) that state a duty: none for one duty mentioned as a guess (`hedged`) or a seller's
    product page (`sales_copy_only`); never an act's name (a duty only in its own text); never
    a measure that failed (`failed_measure`)."""
    if hedged(low, cues):
        return []
    cues = [c for c in cues if c.name != NOTIFICATION_ACT]
    if cues and ("author" in low or "sponsor" in low or "who " in low or "champion" in low):
        cues = [c for c in cues if not credited_law_only(low, c)]
    if cues and "?" in low:
        cues = [c for c in cues if not _question_answered_no(low, c)]
    if cues:
        cues = [c for c in cues if not talked_about(low, c)]
    if cues and ":" in low:
        cues = roundup_other_items(low, cues)
    if cues:
        cues = failed_measure(low, cues)
    if cues:
        cues = background_law_only(low, cues)
    if cues:
        cues = proposed_only(low, cues)
    if cues:
        cues = provision_cut(low, cues)
    if cues and "?" in low:
        cues = asked_only(low, cues)
    if cues and sales_copy_only(low, cues):
        return []
    return cues


#: A research finding (round 52): a study, an analysis, a report, a survey, a paper, data or its
#: authors, then a verb of finding ("Their analysis found the most important provision was
#: requiring the hotline number to be posted", "The report concluded that states requiring ...",
#: "The paper shows that laws requiring ..."): the duty in its complement is what the research
#: says of posting laws in general, no duty the text states.
_FINDING = C(
    r"\b(?:stud(?:y|ies)|research(?:ers)?|analys[ie]s|surveys?|reports?|papers?|data|authors"
    r"|findings|evaluations?|audits?|reviews?|economists|scholars)\b[^.;!?]{0,120}?\b(?:found"
    r"|finds?|concluded|conclude[sd]?"
    r"|shows?|showed|shown|suggests?|suggested|indicates?|indicated|identified|identifies|ranked"
    r"|ranks)\b"
)
#: A research finding told after the duty, closing its sentence (round 57): "States that required
#: businesses to post the hotline saw more calls, according to a new study", "..., a 2024 analysis
#: found", "..., the researchers concluded": the duty is the finding's content, as in `_FINDING`.
_FINDING_AFTER = C(
    r"[,;]?\s+(?:according\s+to|(?:as\s+)?(?:reported|found|shown)\s+(?:by|in))\s+(?:(?:a|an|the"
    r"|this|that|one|two|new|recent|forthcoming|published|\d{4})\s+)*(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:stud(?:y|ies)|research(?:ers)?|analys[ie]s|surveys?|papers?|authors|findings"
    r"|evaluations?|economists|scholars)\b[^.;!?]*$"
    r"|,\s+(?:(?:a|an|the|this|that|one|new|recent|\d{4})\s+)*(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:stud(?:y|ies)|research(?:ers)?|analys[ie]s|surveys?|reports?|papers?|data|authors"
    r"|findings|evaluations?|audits?)\s+(?:found|finds?|concluded|concludes|shows?|showed"
    r"|suggests?|suggested|indicates?|indicated)\s*$"
)
#: The duty as an idea (round 52): a gerund ("requiring", "mandating") opening its sentence (after
#: a quotation mark at most) as the subject of a copula ("'Requiring truck stops to post the
#: hotline is the cheapest thing a state can do,' said ..."), or the object of a word for an idea
#: ("the idea of requiring", "the case for mandating"): a speaker's opinion or a history of the
#: idea, no one's duty.
_DUTY_GERUND = C(r"(?:requiring|mandating)\b")
_IDEA_BEFORE = C(
    r"(?:^[\s\"'\u201c\u2018]*|\b(?:idea|concept|notion|practice|principle|value|merits?"
    r"|benefits?|wisdom|history)\s+of\s+|\bcase\s+for\s+)$"
)
_COPULA_AFTER = C(r"\b(?:is|was|would\s+be|could\s+be|remains|seems|has\s+been)\b")
_LAW_WORD = C(r"\blaws?\b")


#: A generic class of jurisdictions (round 60): a plural place-of-law noun ("states",
#: "jurisdictions", "the 40 states", "those states", "other countries") opening its clause, after
#: a finding's or a speaker's verb at most ("it found that states ...", "researchers said states
#: ..."), or a fronted "in" ("In states that require ..., calls rose ..."); never a partitive's
#: member ("one of the states that require ..."), whose named member is the subject. A dash
#: opens the clause in its ASCII forms too (a dateline's "LINCOLN - States that ...", " -- ").
_GENERIC_PLACES = C(
    r"(?:^\s*|\n\s*|[:\u2014\u2013\"\u201c]\s*|\s--?\s+"
    r"|\b(?:that|found|find|finds|show|shows|showed|suggests?|indicates?|said|say|says|note[sd]?|concluded|wrote|while|but|and|whereas)\s+|\b(?P<fronted>in)"
    r"\s+)(?:(?:the|those|other|all|most|many|some|several|both|these|such|\d+|two|three|four"
    r"|five|six|seven|eight|nine|ten|dozen|\d+\s+or\s+so|u\.s\.)\s+)*"
    r"(?:states|jurisdictions|countries|counties|cities|municipalities|localities|provinces"
    r"|nations|towns)"
)
#: How the duty hangs on that noun: a relative clause ("that require", "which have required",
#: "where truck stops are required to"), a participle (the cue itself: "states requiring ..."),
#: or a law the class has ("with laws requiring", "with posting mandates that require").
_GENERIC_LINK = C(
    r"\s+(?:(?:that|which|where)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"|with\s+(?:[\w'\u2019-]+\s+){0,3}?(?:laws?|rules|statutes|ordinances|mandates|requirements"
    r"|policies)\s+(?:(?:that|which)\s+)?|)$"
)
#: The class and its link closing the text before the duty cue.
_GENERIC_DUTY = C(_GENERIC_PLACES.pattern + _GENERIC_LINK.pattern)
#: The class's predicate, a measured outcome (lemma x form table in `lemmas` style): what the
#: class saw, got, had, reported, received, recorded, logged, experienced, or how its calls rose.
_OUTCOME_LEMMAS: tuple[Lemma, ...] = (
    (("see", "sees", "saw", "seen", "seeing"), (), "p", ""),
    (("get", "gets", "got", "gotten", "getting"), (), "p", ""),
    (("receive", "receives", "received", "received", "receiving"), (), "p", ""),
    (("report", "reports", "reported", "reported", "reporting"), (), "p", ""),
    (("record", "records", "recorded", "recorded", "recording"), (), "p", ""),
    (("log", "logs", "logged", "logged", "logging"), (), "p", ""),
    (("experience", "experiences", "experienced", "experienced", "experiencing"), (), "p", ""),
    (("rise", "rises", "rose", "risen", "rising"), (), "p", ""),
    (("increase", "increases", "increased", "increased", "increasing"), (), "p", ""),
    (("jump", "jumps", "jumped", "jumped", "jumping"), (), "p", ""),
    (("climb", "climbs", "climbed", "climbed", "climbing"), (), "p", ""),
    (("double", "doubles", "doubled", "doubled", "doubling"), (), "p", ""),
    (("tend", "tends", "tended", "tended", "tending"), (), "p", ""),
    (("attract", "attracts", "attracted", "attracted", "attracting"), (), "p", ""),
    (("generate", "generates", "generated", "generated", "generating"), (), "p", ""),
    (("average", "averages", "averaged", "averaged", "averaging"), (), "p", ""),
)
_OUTCOME_FORMS = lemma_forms(_OUTCOME_LEMMAS, "p", {"p": ("base", "s", "past", "pp")})
_COMPARATIVE = r"(?:more|fewer|less|higher|lower|greater|bigger|larger|smaller|\d[\d,.]*)"
_OUTCOME = C(
    r"\b(?:(?:have|has|had)\s+(?:also\s+|since\s+|already\s+)?)?(?:"
    + alternation(_OUTCOME_FORMS)
    + r"|(?:have|has|had)\s+(?:(?:significantly|far|much|slightly)\s+)?"
    + _COMPARATIVE
    + r"|(?:were|are|was)\s+(?:\w+\s+)?(?:more|less)\s+likely)\b"
)
#: The outcome's subject after a fronted "in" place ("In states that require ..., calls rose").
_FRONTED_OUTCOME = C(r"\s*,\s*(?:[\w'\u2019-]+\s+){1,4}?$")


def generic_jurisdictions(low: str, c: Cue) -> bool:
    """The duty cue `c` sits in a relative clause or participle of a generic class of
    jurisdictions (`_GENERIC_PLACES`, `_GENERIC_LINK`) that is the subject of a measured outcome
    (`_OUTCOME`: "States that require businesses to post the hotline saw calls rise faster than
    states without such laws", "it found that states requiring ... got more calls", "Jurisdictions
    with laws requiring ... reported 20 percent more calls", "In states that require ..., calls
    rose 30 percent") (round 60): what research says of such laws, no duty of the text's own,
    whatever law the sentence names. The class's outcome is its first verb after the duty's
    clause, before a comma (after the fronted place's comma for "in")."""
    lo, hi = sentence_span(low, c.start, c.end)
    lo = max(lo, c.start - 160)
    place = _GENERIC_DUTY.search(low[lo : c.start])
    if place is None:
        return False
    end = min(hi, c.end + 160)
    if place.group("fronted"):
        comma = low.find(",", c.end, end)
        if comma < 0:
            return False
        m = _OUTCOME.search(low, comma, end)
        return m is not None and _FRONTED_OUTCOME.search(low, comma, m.start()) is not None
    m = _OUTCOME.search(low, c.end, end)
    return m is not None and not any(ch in low[c.end : m.start()] for ch in ",;:()")


#: A generic class of jurisdictions as the subject of a law-making verb in the past or perfect
#: (round 63): "a period when dozens of states adopted posting requirements for ...", "Since
#: 2010, many states have passed laws requiring ...", "states began requiring ...", "dozens of
#: states have required truck stops to post ...". The class opens its clause (a line's start,
#: punctuation, a conjunction or a finding's or speaker's verb), never after "of", "among",
#: "joins" or "like" (a member named with the class: "Iowa is one of dozens of states that
#: adopted ..."); quantifiers ("dozens of", "a handful of", "more than 30") before it.
_GENERIC_OPENER = (
    r"(?:(?:^|\n|[,;:(\u2014\u2013\"\u201c])\s*|\s--?\s+|\b(?:when|as|after|since|while|and|but"
    r"|that|because|where|before|until|though|although|whereas|found|find|finds|show|shows"
    r"|showed|said|say|says|noted?|notes|wrote|concluded)\s+)"
)
_GENERIC_QUANT = (
    r"(?:(?:the|those|other|all|most|many|some|several|both|these|such|\d+|two|three|four|five"
    r"|six|seven|eight|nine|ten|dozens\s+of|a\s+dozen|a\s+handful\s+of|a\s+number\s+of"
    r"|a\s+growing\s+number\s+of|a\s+majority\s+of|half\s+(?:of\s+)?the|more\s+than|at\s+least"
    r"|about|nearly|almost|over|roughly|u\.s\.)\s+)*"
)
_LAWMAKING_PAST = C(
    _GENERIC_OPENER
    + _GENERIC_QUANT
    + r"(?:states|jurisdictions|countries|provinces|legislatures)\s+(?:(?:have|has|had)\s+)?"
    r"(?:(?:also|already|since|now|recently|quickly|gradually|each|all|then|in\s+turn)\s+)?"
    r"(?:(?:(?:adopted|passed|enacted|approved|implemented|imposed|added|created|instituted"
    r"|established|put\s+in\s+place)\s+(?:[\w'\u2019-]+\s+){0,6}?"
    r"|(?:began|begun|started)\s+(?:[\w'\u2019-]+\s+){0,2}?)"
    r"|(?P<bare>))$"
)
#: The class's nouns, a substring test before the expression.
_GENERIC_NOUNS = ("states", "jurisdictions", "countries", "provinces", "legislatures")
#: The cue's own verb in the past or perfect after the bare class ("states (have) required").
_PAST_DUTY_VERB = C(r"(?:required|mandated)\b")
#: The text's own measure: a bill, a measure, an ordinance, legislation, a proposal, a numbered
#: bill, or a law told as new or taking effect ("the new law", "the law takes effect July 1").
_OWN_MEASURE = C(
    r"\b(?:bills?|measures?\s+(?:would|will|requires?|passed|signed|introduced|filed)|ordinances?"
    r"|legislation|proposal|(?:[hsa]\.?\s?[bf]\.?|house\s+bill|senate\s+bill|file)\s*(?:no\.\s*)?\d+"
    r"|new\s+law|law\s+(?:takes|took|will\s+take|goes|went)\s+(?:effect|into))\b"
)


def generic_law_history(low: str, c: Cue) -> bool:
    """The duty cue `c` is what a generic class of jurisdictions did in the past (round 63): the
    class is the subject of a law-making verb in the past or perfect (`_LAWMAKING_PAST`: "a
    period when dozens of states adopted posting requirements for ...", "many states have passed
    laws requiring ...", "dozens of states have required truck stops to post ..."), no duty of
    the text's own, in a text that names no measure of its own (`_OWN_MEASURE`: a bill, an
    ordinance, legislation, "the new law"): a study's background. A present-tense class ("Many
    states require ...", an explainer's) is not read here."""
    lo, _hi = sentence_span(low, c.start, c.end)
    seg = low[max(lo, c.start - 160) : c.start]
    if not any(noun in seg for noun in _GENERIC_NOUNS):
        return False  # no class of jurisdictions before the cue (the common case: speed)
    m = _LAWMAKING_PAST.search(seg)
    if m is None or (m.group("bare") is not None and not _PAST_DUTY_VERB.match(low, c.start)):
        return False
    return _OWN_MEASURE.search(low) is None


def _sentence_body_end(low: str, hi: int) -> int:
    """`hi` (a sentence's end from `sentence_span`) before its closing stop and quotes."""
    while hi > 0 and low[hi - 1] in " \t\n.!?\"'\u201d":
        hi -= 1
    return hi


def talked_about(low: str, c: Cue) -> bool:
    """The duty cue `c` is only talked about (round 52): in the complement of a research finding
    (`_FINDING` before it in its sentence), or a gerund duty as an idea (`_DUTY_GERUND` after
    `_IDEA_BEFORE`; a sentence-opening gerund only as a copula's subject, in a sentence naming no
    law). A finding about the law as it stands ("found that current law requires ...") is a duty."""
    if generic_jurisdictions(low, c) or generic_law_history(low, c):
        return True
    lo, hi = sentence_span(low, c.start, c.end)
    if _FINDING.search(low, lo, c.start):
        return _EXISTING_LAW.search(low, lo, hi) is None
    if _FINDING_AFTER.search(low, c.end, _sentence_body_end(low, hi)):
        # a law named in the sentence ("under a 2019 law, ..., according to a study") is a duty
        return _LAW_WORD.search(low, lo, hi) is None and _EXISTING_LAW.search(low, lo, hi) is None
    if not _DUTY_GERUND.match(low, c.start):
        return False
    m = _IDEA_BEFORE.search(low[lo : c.start])
    if m is None:
        return False
    if m.group(0).strip(" \t\n\"'\u201c\u2018"):
        return True  # "the idea of requiring ..."
    return _COPULA_AFTER.search(low, c.end, hi) is not None and not _LAW_WORD.search(low, lo, hi)


#: An item of a round-up (round 52): a line opened by a short topic label and a colon ("Ice arena
#: air quality: ...", "- Public pools: ..."); a question word's, a FAQ's or a page's own labels
#: ("Who:", "A:", "Penalty:", "Related:") are no topics.
_ITEM_LINE = Line(
    r"^[ \t]*(?:[\u2022*\-\u2013\u2014][ \t]*)?(?P<label>[a-z][\w'\u2019&/-]*"
    r"(?:[ \t]+[\w'\u2019&/,-]+){0,5}):[ \t]+\S",
    re.M,
)
_NOT_TOPIC_LABEL = C(
    r"(?:what|who|whom|where|when|why|how|which|q|a|question|answer|note|penalt|fine|source"
    r"|update|editor|related|read|see|photo|by|contact|effective|status|sponsor|summary|tags?"
    r"|share|posted|published|filed|category|topics?)\b"
)


#: What a round-up lists ("Dozens of new state laws take effect Friday", "Committees took up
#: several bills this week"): laws or bills; a seller's page of sizes and prices is no round-up.
_ROUNDUP_LEAD = C(
    r"\b(?:laws?|bills?|measures?|acts|legislation|statutes?|ordinances?|rules|regulations)\b"
)


def _opens_item(low: str, pos: int) -> bool:
    """A round-up's item (`_ITEM_LINE`, a topic label) opens at `pos`, a line's start."""
    m = _ITEM_LINE.match(low, pos)
    return m is not None and not _NOT_TOPIC_LABEL.match(m.group("label"))


def roundup_other_items(low: str, cues: list[Cue]) -> list[Cue]:
    """The duty cues that are not another subject's item of a round-up (round 52): a text naming
    laws or bills (not a seller's page, `sales_page`) with three or more items opened by a topic
    label and a colon (`_ITEM_LINE`), one of which speaks of trafficking or a hotline; a duty cue
    in an item that does not ("Ice arena air quality: Indoor ice arenas ... must post a sign ...",
    beside "Trafficking sentences: ...") belongs to that item's subject, no hotline duty. An item
    runs to the next item or blank line."""
    # a cue's own line or paragraph must open an item (few texts): the round-up is read only then
    if not any(_opens_item(low, low.rfind("\n", 0, c.start) + 1) for c in cues) and not any(
        _opens_item(low, low.rfind("\n\n", 0, c.start) + 2) for c in cues
    ):
        return cues
    starts = [
        m.start() for m in _ITEM_LINE.finditer(low) if not _NOT_TOPIC_LABEL.match(m.group("label"))
    ]
    if len(starts) < 3 or not _ROUNDUP_LEAD.search(low) or sales_page(low):
        return cues
    items = []
    for i, a in enumerate(starts):
        b = low.find("\n\n", a)
        b = len(low) if b < 0 else b
        if i + 1 < len(starts):
            b = min(b, starts[i + 1])
        items.append((a, b, _TRAFFICK_LOCAL.search(low, a, b) is not None))
    if not any(t for _a, _b, t in items):
        return cues
    return [c for c in cues if not any(a <= c.start < b and not t for a, b, t in items)]


#: A bill-status page's status field ("Status: Passed House", "Most Recent History Action: ...",
#: "Last Action" over its value) and a dated entry of its history ("Feb 24, 2025 - Read first
#: time", "04/11/2025 ...").
_STATUS_FIELD = Line(
    r"^[ \t]*(?:status|last\s+action|latest\s+action|most\s+recent\s+(?:history\s+)?action)"
    # a value, not a bare date under the field's heading
    r"[ \t]*:?[ \t]*\n?[ \t]*(?P<v>(?![\d/.-]+[ \t]*$)\S[^\n]*)",
    re.M,
)
_STATUS_WORDS = Literals("status", "action", "history")
_HISTORY_ENTRY = Line(
    r"^[ \t]*(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d\d-\d\d)"
    r"[ \t]*[-:\u2013\u2014]?[ \t]*(?P<v>\S[^\n]*)",
    re.M,
)
#: The bill's own text (an enacting clause or its first section): the bill states its duty
#: whatever its status.
_ENACTING = Rx(r"\bbe\s+it\s+(?:enacted|ordained)\b|\bsection\s+1\.|\bsec\.\s+1\.")
#: A step a measure takes while alive or on becoming law, as a status page words it.
_LIVE_STEP = Rx(
    _ALIVE.pattern + r"|\b(?:read|referred|reported|do\s+pass|enrolled|chaptered|assigned\s+pa"
    r"|to\s+(?:the\s+)?governor|calendar\w*|printer|hearing|in\s+committee|effect)\b"
)
_STEP_DENIED = C(r"\b(?:no|not|never|without)\b(?!\.\s?\d)")


def status_page_dead(low: str) -> bool:
    """A bill-status page (a status field or a dated history, and no bill text of its own)
    whose LAST action is not a live step (`_LIVE_STEP`, not negated): the measure it
    summarises ("Requires certain ... to post a notice") is no duty, however it died."""
    if not _STATUS_WORDS.any_in(low):
        return False
    field = _STATUS_FIELD.search(low)
    entries = list(_HISTORY_ENTRY.finditer(low)) if field is None else []
    last = field if field is not None else (entries[-1] if len(entries) >= 2 else None)
    if last is None or _ENACTING.search(low):
        return False
    if len(entries) >= 2:
        # a history read in its own order: newest first when its dates run down (round 50)
        first, final = _entry_date(entries[0]), _entry_date(entries[-1])
        if first is not None and final is not None and first > final:
            last = entries[0]
    lo, hi = last.span("v")
    live = _LIVE_STEP.finditer(low, lo, hi)
    if not live or _STEP_DENIED.search(low, lo, hi) is not None:
        return True
    # the value's own last status ("Passed Senate 50-2 (Feb. 20); tabled in House Regulated
    # Industries (Mar. 18)"): a failure after its last live step, "in committee" being where
    # the failure happened, no step ("Tabled in Committee") (round 50)
    steps = [m.end() for m in live if not m.group(0).startswith("in")]
    return _closed_failure(low, lo, hi) > max(steps, default=-1)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ENTRY_DATE = re.compile(
    r"[ \t]*(?:(?P<mon>[a-z]{3})[a-z]*\.?\s+(?P<md>\d{1,2}),?\s+(?P<my>\d{4})"
    r"|(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2,4})|(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d))"
)


def _entry_date(entry: re.Match[str]) -> tuple[int, int, int] | None:
    """The date a history entry opens with, as (year, month, day), or None."""
    m = _ENTRY_DATE.match(entry.string, entry.start())
    if m is None:
        return None
    if m.group("mon"):
        if m.group("mon") not in _MONTHS:
            return None
        return int(m.group("my")), _MONTHS.index(m.group("mon")) + 1, int(m.group("md"))
    if m.group("m"):
        year = int(m.group("y"))
        return year + 2000 if year < 100 else year, int(m.group("m")), int(m.group("d"))
    return int(m.group("iy")), int(m.group("im")), int(m.group("id"))


#: A question whether a business must post ("Do I have to post a human trafficking poster?",
#: "Are employers required to display it?").
_DUTY_QUESTION = C(
    r"\b(?:do|does|must|am|are|is|will)\s+(?:[\w'\u2019-]+\s+){1,4}?(?:have\s+to|need\s+to"
    r"|required\s+to|obligated\s+to|must)\s+(?:\w+\s+){0,2}?(?:post|display|hang)\b[^?.\n]{0,120}\?"
)
#: An answer opening with no: "No.", "Not in Colorado", "Not required", "Only if ...".
_ANSWER_OPENS_NO = C(r"(?:a:|answer:)?\s*(?:no\b|not\b|only\s+if\b|optional)")


def faq_answered_no(low: str) -> bool:
    """The page asks whether a business must post and answers no: its answer (the next "A:" /
    "Answer:", else the next sentence) opens with no, not, "only if", or says not required,
    voluntary, optional, recommended, or no statewide rule. Such a page states no duty."""
    if "?" not in low:
        return False
    for q in _DUTY_QUESTION.finditer(low):
        marker = re.compile(r"\n[ \t]*(?:a|answer)\s*:").search(low, q.end())
        start = marker.start() + 1 if marker is not None else q.end()
        while start < len(low) and low[start] in " \t\r\n":
            start += 1
        if start >= len(low):
            continue
        hi = sentence_span(low, start, start)[1]
        if _ANSWER_OPENS_NO.match(low, start) or _ANSWER_NO.search(low, start, hi):
            return True
    return False
