"""promotes_hotline: campaign cues, media and partners."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hotline_watch.coding.lemmas import Lemma, alternation, lemma_forms
from hotline_watch.coding.mandate import Cue
from hotline_watch.coding.outreach import in_chrome, media_talked_about, office_handout
from hotline_watch.coding.patterns import C, Line, Literals, Lowered, Rx
from hotline_watch.coding.result import Coding, add_evidence
from hotline_watch.coding.text import line_span, paragraph_span, sentence_span
from hotline_watch.coding.vocabularies import (
    CAMPAIGN_CUES,
    CAMPAIGN_TYPES,
    MEDIA_CUES,
    OUTREACH_CUES,
)

if TYPE_CHECKING:
    from hotline_watch.coding.engine import Analysis


_CAMPAIGN_RX: list[tuple[str, Rx, int]] = [(k, Rx(cue), w) for k, cue, w in CAMPAIGN_CUES]

_PASSIVE_BEFORE = C(r"\b(?:is|are|was|were|be|been)\s+$")
#: "understand the signs", "learn the signs": the signs of trafficking, not signs put up.
_SIGNS_TAUGHT_BEFORE = C(
    r"\b(?:know|learn|understand|recogni[sz]e|spot|identify|see|watch\s+for|look\s+for|read)\s+$"
)
# A reminder of the duty to post: "reminds businesses to post notices". What the law requires
# ("the law requires truck stops to post ...") describes the law: every explainer of a posting
# law says it (a law firm's alert, a vendor's page, news of the law), so it is no effort.
# Also a reminder named as such ("Reminder: Human Trafficking Notice", "a reminder about the
# posting requirement"); "a reminder to ... be alert to the signs of trafficking" is not one.
# And a push for compliance with the duty ("to raise awareness of and compliance with the new
# law requiring posting of ...", "a way to implement a state law that requires ... to post").
# Within its sentence, the reminder reads across an initialism's full stops ("along Interstate
# 65 and U.S. 31", "in the D.C. area"), which end no sentence (round 57); and what the law
# requires may follow a long list of whom it reminds and where (up to 160 characters).
_IN_SENTENCE = r"(?:[^.]|\b(?:[a-z]\.){2,})"
_IN_LINE = r"(?:[^.\n]|\b(?:[a-z]\.){2,})"
REMINDER_RX = Rx(
    r"\bremind\w*\b" + _IN_SENTENCE + r"{0,100}?\bto\s+(?:post|display)\b"
    # a reminder of what the law requires ("reminding licensees that state law requires them
    # to keep the notice displayed", "reminds establishments of the notice requirement")
    r"|\bremind\w*\b"
    + _IN_LINE
    + r"{0,160}?\b(?:law|statute|rule|regulation)s?\s+requir\w*\b"
    + _IN_SENTENCE
    + r"{0,120}?"
    r"\b(?:post\w*|display\w*)\b"
    r"|\bremind\w*\b[^.\n]{0,100}?\b(?:notice|poster|sign|signage|posting)\s+(?:requirements?|law|dut(?:y|ies))\b"
    r"|\breminders?\b[^.\n]{0,80}?\b(?:notices?|posters?|posting|signs?)\b(?!\s+(?:of|that|to)\b)"
    r"|\b(?:implement|complian|comply)\w*\s+(?:with\s+)?(?:a|the)\s+(?:[\w,-]+\s+){0,4}?"
    r"(?:law|statute|ordinance)\b[^.]{0,60}?\brequir\w*\b[^.]{0,160}?\b(?:post|display)\w*"
    # an office's training on the duty itself ("webinars for card room managers on the new
    # human trafficking poster rule", "a workshop about the trafficking notice requirement"):
    # the duty, named as the trafficking or hotline notice's, is its subject (not "a workshop on
    # the new sign regulations for billboards")
    r"|\b(?:webinars?|trainings?|workshops?|seminars?|briefings?|classes)\b[^.\n]{0,100}?"
    r"\b(?:on|about|covering|explaining)\s+(?:(?:the|a|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:trafficking|hotline)\s+(?:notice|poster|sign|signage|posting)\s+"
    r"(?:rules?|requirements?|laws?|dut(?:y|ies)|regulations?)\b"
)
_PROMOTE_VERB = Rx(
    r"(?:\b(?:promot\w*|publiciz\w*|disseminat\w*|distribut\w*|advertis\w*|highlight\w*)"
    r"|\brais\w*\s+awareness\s+(?:of|about|for)|\bpost(?:s|ed|ing)?\s+(?:information|details"
    r"|the\s+number|numbers?))\b[^.]{0,80}?\b(?:hotline|nhtrc|resource\s+center|tip\s?line|number)\b"
)
_CALL_HOTLINE = Rx(
    r"\b(?:call|contact|text|dial|report\w*\s+[^.]{0,60}?\bto)\b[^.]{0,60}?"
    r"\b(?:hotline|hot\s+line|resource\s+cent(?:er|re)|nhtrc|tip\s?line|befree)\b"
)
_MEDIA_WITH_HOTLINE = Rx(
    r"\b(?:posters?|signs?|signage|stickers?|billboards?|ads|cards?|displays?|messages?)\b[^.]{0,120}?"
    r"\b(?:hotline|phone\s+numbers?|telephone\s+numbers?|toll[- ]free"
    r"|number\s+to\s+(?:call|report))"
    r"|\b(?:hotline|number)\b[^.]{0,60}?\b(?:posters?|signs?|stickers?|billboards?)\b"
)
# Posters, signs or stickers actually put up (not a duty to put them up: "would have to hang").
_MEDIA_PUT_UP = Rx(
    r"\b(?:posters?|signs|signage|stickers?|decals?)\b[^.;]{0,80}?\b(?:were|was|are|is|have\s+been"
    r"|has\s+been|being|will\s+be|now)?\s*(?:installed|put\s+up|unveiled|go(?:es|ing)?\s+up"
    r"|went\s+up|placed|hung)\b|\b(?:install|unveil|put\s+up|hang)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:posters?|signs|signage|stickers?|decals?)\b"
)
#: Signs going up because a law says so ("... going up in airports. The campaign is now
#: required by Florida law.").
_BY_LAW = Rx(
    r"\brequired\s+(?:by|under)\s+(?:\w+\s+){0,3}?(?:law|statute|ordinance)\b"
    r"|\b(?:new|state)\s+law\s+(?:requires|mandates)\b|\bunder\s+(?:a\s+)?new\s+(?:state\s+)?law\b"
)
_NOT_DONE_BEFORE = C(
    r"\b(?:would|shall|must|required|require[sd]?|requiring|mandat\w*|may|if)\b[^.;]*$"
)
_HEADING_CALL = Line(  # run only when the text mentions a hotline or tip line
    r"(?m)^[ \t]*(?:call|text|contact)\s+(?:the\s+)?[^\n.]{0,70}?(?:hotline|tip\s?line)[ \t]*$"
)
_HOTLINE_WORDS = Literals("hotline", "tip")
#: The closing boilerplate of a prosecution release: the case was brought or investigated as part
#: of a national programme ("This case was brought as part of Project Safe Childhood, a nationwide
#: initiative launched by the Department of Justice ..."). It places the case, it is no outreach.
_CASE_PART_OF = Rx(
    r"\b(?:this|the)\s+(?:case|cases|prosecution|investigation|matter|operation)\s+(?:\w+\s+){0,4}?"
    r"(?:as\s+)?part\s+of\b|\b(?:brought|investigated|prosecuted|charged)\s+(?:\w+\s+){0,2}?"
    r"as\s+part\s+of\b"
)
_TOLLFREE_LINE = Rx(r"toll[- ]free\s+(?:line|hotline|number)|\bhotline\b|\btip\s?line\b")


#: What a measure directs, requires or lets an office do is the measure's content, never an
#: office's effort, whatever the measure's fate (round 53): the verbs as a lemma x form table
#: (`lemmas.py`): ((base, -s, past, past participle, -ing), nominals, frames, skipped slots).
#: Frame "m" follows a modal ("would direct", "would have directed", "will let"), "s" is the
#: present ("the law directs MDOT to hang", "the bill lets the department accept donated
#: signs"), "d" the past ("the act required ..."), "g" the gerund after the measure's noun ("a
#: bill directing the department to install signs").
_CONTENT_LEMMAS: tuple[Lemma, ...] = (
    (("direct", "directs", "directed", "directed", "directing"), (), "msdg", ""),
    (("require", "requires", "required", "required", "requiring"), (), "msdg", ""),
    (("mandate", "mandates", "mandated", "mandated", "mandating"), (), "msdg", ""),
    (("order", "orders", "ordered", "ordered", "ordering"), (), "msdg", ""),
    (("instruct", "instructs", "instructed", "instructed", "instructing"), (), "msdg", ""),
    (("let", "lets", "let", "let", "letting"), (), "msdg", ""),
    (("allow", "allows", "allowed", "allowed", "allowing"), (), "msdg", ""),
    (("permit", "permits", "permitted", "permitted", "permitting"), (), "msdg", ""),
    (("authorize", "authorizes", "authorized", "authorized", "authorizing"), (), "msdg", ""),
    (("authorise", "authorises", "authorised", "authorised", "authorising"), (), "msdg", ""),
    (("empower", "empowers", "empowered", "empowered", "empowering"), (), "msdg", ""),
    (("task", "tasks", "tasked", "tasked", "tasking"), (), "msdg", ""),
    (("compel", "compels", "compelled", "compelled", "compelling"), (), "msdg", ""),
    (("force", "forces", "forced", "forced", "forcing"), (), "msdg", ""),
    (("make", "makes", "made", "made", "making"), (), "m", ""),
)
_CONTENT_FRAME_SLOTS = {"m": ("base", "pp"), "s": ("s",), "d": ("past",), "g": ("ing",)}
#: A modal before the content verb, with "not" and "have" ("would have directed", "will not let").
_CONTENT_MODAL = r"(?:would|will|could|might|should|shall)(?:\s+not)?(?:\s+have)?\s+"
#: The content verb in its finite frames (after a modal, present, past), followed by its object
#: (a word, not a comma: "as the law requires, crews hung signs" is no content of the law's).
_CONTENT_VERB = (
    r"(?:"
    + _CONTENT_MODAL
    + alternation(lemma_forms(_CONTENT_LEMMAS, "m", _CONTENT_FRAME_SLOTS))
    + "|"
    + alternation(
        lemma_forms(_CONTENT_LEMMAS, "s", _CONTENT_FRAME_SLOTS)
        + lemma_forms(_CONTENT_LEMMAS, "d", _CONTENT_FRAME_SLOTS)
    )
    + r")\s+(?=\w)"
)
#: A measure's noun: a bill, measure, law, act ... (not "law enforcement", "a law firm", "the act
#: of ..."), or a bill's number ("SB 411", "H.B. 2050").
_MEASURE_NOUN = (
    r"\b(?:bills?|measures?|legislation|proposals?|ordinances?|amendments?|statutes?|resolutions?"
    r"|laws?(?!\s+(?:enforcement|firms?|schools?|offices?|students?|professors?)\b)|acts?(?!\s+of\b))\b"
    r"|\b[hs]\.?\s?b\.?\s?\d"
)
#: A measure as the subject of the words before an effort cue, in its sentence ("vetoes bill on
#: trafficking signs", "a bill that would have required swap meets ... to put up signs", "the law
#: directs MDOT to hang the signs", "a bill directing the department to install signs"): the
#: signs are what the measure says, not an effort anyone runs. No clause of another subject may
#: stand between the verb and the cue (", and MDOT began hanging ...").
_MEASURE_BEFORE = C(
    r"(?:"
    + _MEASURE_NOUN
    + r")(?:\s+(?:on|about|to\s+require|"
    + alternation(lemma_forms(_CONTENT_LEMMAS, "g", _CONTENT_FRAME_SLOTS))
    + r")\b|[^.;!?\n]{0,80}?\b"
    + _CONTENT_VERB
    + r")(?:(?!,\s+(?:and|but|so|then|while)\b)[^.;!?\n])*$"
)
#: A pronoun opening the cue's sentence that names back the measure of the sentence before
#: ("Senate Bills 411 and 412 passed the Senate 35-2. They would have directed the Department of
#: Transportation to hang the signs ..."), with its content verb before the cue.
_PRONOUN_MEASURE = C(
    r"[\s\"\u201c(-]*(?:it|they|both|each|the\s+two|both\s+bills)\s+(?:[\w,-]+\s+){0,3}?"
    + _CONTENT_VERB
    + r"(?:(?!,\s+(?:and|but|so|then|while)\b)[^.;!?\n])*$"
)
_MEASURE_NOUN_RX = C(_MEASURE_NOUN)
#: The cue's word naming a measure by its content, right before the measure's noun ("Turnpike
#: trafficking poster bill dies", "the sign law", "poster-law"): the measure, no effort.
_NAMES_MEASURE = C(
    r"[\w-]*(?:[\s-]+[\w]+){0,1}?[\s-]+(?:bills?|measures?|legislation|proposals?|ordinances?"
    r"|amendments?|laws?(?!\s+(?:enforcement|firms?)\b)|mandates?|requirements?)\b"
)


#: What a measure costs or funds, in any position of the cue's sentence: a fiscal note or
#: impact, an appropriation ("it carried a fiscal impact of about $180,000 for the department to
#: produce and install the signs"), or a named measure with its cost, funding or what it "would
#: have" an office do. The signs are the measure's content, no office's effort.
_FISCAL = Rx(r"\bfiscal\s+(?:impact|note|estimate|analysis|cost)|\bappropriat\w*")
_MEASURE_NAMED = Rx(
    r"\b(?:bills?|measures?|legislation|proposals?|amendments?)\b|\b[hs]\.?\s?b\.?\s?\d"
)
_MEASURE_COST = Rx(
    r"\bcost(?:s|ing)?\b|\bpric(?:e|ed)\s+tag|\bfund(?:s|ed|ing)?\b|\bwould\s+have\b"
)


def _measure_content(low: str, start: int) -> bool:
    """An effort cue (at `start`) that only says what a measure requires (or would have), or
    what a measure costs or funds (anywhere in its sentence)."""
    lo, hi = sentence_span(low, start, start)
    if _MEASURE_BEFORE.search(low, lo, start) is not None or _FISCAL.search(low, lo, hi):
        return True
    if _NAMES_MEASURE.match(low, start, min(hi, start + 60)) is not None:
        return True
    if lo > 1 and _PRONOUN_MEASURE.match(low, lo, start) is not None:
        # the pronoun names back a measure of the sentence before (round 53)
        p_lo = sentence_span(low, lo - 2, lo - 2)[0]
        if _MEASURE_NOUN_RX.search(low, p_lo, lo) is not None:
            return True
    # literal-first patterns: skipped outright in the many texts naming no cost or funding
    return bool(_MEASURE_COST.search(low, lo, hi) and _MEASURE_NAMED.search(low, lo, hi))


#: A place's name that holds the cue's word (`place_name_after` in the vocabulary: "Summit
#: County", "Summit and Eagle counties"): read after the cue's word, which the text capitalises.
_PLACE_NAME_AFTER = C(OUTREACH_CUES["place_name_after"])


def _in_place_name(low: Lowered, start: int, end: int) -> bool:
    """The cue's word at low[start:end] is a word of a place's name as the text writes it (a
    capital, then a place's head noun: "Every fall, Summit and Eagle counties need ..."): a
    place, no effort (round 54)."""
    return low.source[start : start + 1].isupper() and _PLACE_NAME_AFTER.match(low, end) is not None


#: A sticker or decal in the sense of a permit (round 59): one a vehicle or a resident holds
#: for parking, a beach, a dump or the road ("beach parking requires a town sticker or daily
#: pass", "resident parking decals", "inspection sticker"): a permit's domain word up to two
#: words before it, or a pass or permit it is joined to. Not a medium put before the public.
_PERMIT_DOMAIN = C(
    r"\b(?:parking|beach|resident(?:s|'s|\u2019s)?|vehicle|car|windshield|registration"
    r"|inspection|dump|transfer[ \t]+station|landfill|boat[ \t]+(?:ramp|launch)|permit)"
    r"(?:[ \t]+[\w-]+){0,2}?[ \t]+$"
)
_PERMIT_JOINED = C(
    r"\s+(?:or|and|/)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:pass(?:es)?|permits?)\b"
    r"|\s+(?:is|are)\s+(?:required|needed)\s+(?:to|for)\s+park"
)
#: What a hotline sticker's own sentence names (its subject: trafficking, a hotline, a number).
_STICKER_OF_HOTLINE = C(r"traffick|hot\s?line|373-?7888|233733|befree|tip\s?line")


#: A poster as the subject of a copula whose complement is a noun phrase (round 60): what a
#: poster IS ("the poster is a very low-cost intervention", "the poster may be the only bridge
#: between a victim and help", "a sign is one of the cheapest tools"): a predication about
#: posters, no one putting one up ("the posters are available at ...", "are part of the
#: sheriff's campaign" are no such noun phrase).
_MEDIUM_PREDICATED = C(
    r"(?:posters?|signs?|stickers?)\s+(?:is|are|was|were"
    r"|remains?|(?:may|might|can|could|would|will)\s+be)\s+(?:(?:very|just|often|perhaps"
    r"|probably|simply|still|really)\s+)?(?:an?|the\s+only|the\s+cheapest|one\s+of)\b"
)
#: The poster noun's determiner (it is a noun phrase's head, the copula's subject).
_MEDIUM_DETERMINER = C(r"\b(?:the|a|this|that|each|every)\s+$")


def _medium_predicated(low: str, start: int) -> bool:
    """The poster cue at `start` is the subject of a predication of what posters are
    (`_MEDIUM_PREDICATED`)."""
    return (
        _MEDIUM_PREDICATED.match(low, start) is not None
        and _MEDIUM_DETERMINER.search(low, max(0, start - 7), start) is not None
    )


def _permit_sticker(low: str, start: int, end: int) -> bool:
    """The poster cue at low[start:end] is a sticker or decal in the sense of a permit (round
    59): a permit's domain before it (`_PERMIT_DOMAIN`) or a pass or permit joined to it
    (`_PERMIT_JOINED`), in a sentence that names no trafficking or hotline ("hotline stickers in
    every restroom", "stickers with the tip line in parking garages" stay media)."""
    if not low.startswith(("sticker", "decal"), start):
        return False  # only "sticker(s)" and "decal(s)"
    lo, hi = sentence_span(low, start, end)
    if _STICKER_OF_HOTLINE.search(low, lo, hi) is not None:
        return False
    return (
        _PERMIT_DOMAIN.search(low, max(lo, start - 40), start) is not None
        or _PERMIT_JOINED.match(low, end, min(hi, end + 40)) is not None
    )


#: A launch told as the start of a history (round 66): "since" heads the cue's phrase ("Since its
#: launch in 2007, the hotline has identified ...", "since the hotline launched", "ever since it
#: was launched"): the time from which the hotline's record is counted, no launch the text
#: reports.
_SINCE_BEFORE = C(
    r"\bsince\s+(?:(?:its|their|the|it|this|that)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:(?:was|were|has\s+been)\s+)?$"
)


def _launch_as_history(low: str, start: int) -> bool:
    """The `hotline_launch` cue at `start` is the "since" of a history (`_SINCE_BEFORE`)."""
    return _SINCE_BEFORE.search(low, max(0, start - 60), start) is not None


#: A list item's mark opening its line ("- ", "* ", "\u2022 ", "1. ", "(a) ").
_ITEM_MARK = C(r"[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)]|\([a-z0-9]{1,3}\))[ \t]")
#: A list's lead-in stating a duty to show what the list names (round 66): a modal or
#: "required to" before a verb of showing, the line ending with a colon ("Businesses operating in
#: the Town must display the following at each business location:", "Every licensee shall post:").
_DUTY_LEAD = C(
    r"\b(?:must|shall|(?:is|are)\s+required\s+to|(?:has|have|need)\s+to)\s+(?:also\s+)?"
    r"(?:post|display|exhibit|keep\s+(?:posted|displayed)|hang|affix)\b[^\n]*:[ \t]*$"
)
#: How many lines back the list's lead-in is looked for.
_LIST_REACH = 12


def _duty_list_item(low: str, start: int) -> bool:
    """The poster cue at `start` is in an item of a list whose lead-in states a duty to show what
    it lists (`_DUTY_LEAD`): a page of required postings names what must be displayed (a licence,
    a placard, "No Smoking" signs), no one's posters put up. The lead-in is the first line above
    the item's run of items (blank lines and wrapped item lines skipped) that opens with no item
    mark."""
    lo, hi = line_span(low, start, start)
    if _ITEM_MARK.match(low, lo, hi) is None:
        return False
    for _ in range(_LIST_REACH):
        if lo == 0:
            return False
        lo, hi = line_span(low, lo - 1, lo - 1)
        if not low[lo:hi].strip() or _ITEM_MARK.match(low, lo, hi) is not None:
            continue
        if low[lo:hi].rstrip().endswith(":"):
            return _DUTY_LEAD.search(low, lo, hi) is not None
    return False


def effort_cues(a: Analysis) -> list[Cue]:
    """The outreach efforts a text describes (the first cue of each kind), with weights."""
    low = a.low
    cues: list[Cue] = []
    # Posters/signs that a posting duty requires are the law's, not a campaign's: only poster
    # cues away from every mandatory clause count as effort (also a duty to post another
    # subject's sign, round 53).
    duties = a.mandates + a.permissive + a.other_duties
    duty_spans = [(c.start - 200, c.end + 200) for c in duties]
    for name, rx, weight in _CAMPAIGN_RX:
        all_matches = name in ("public_appeal", "poster", "awareness_campaign")
        if all_matches:
            candidates = rx.finditer(low)  # the first match may be filtered out below
        else:
            m = rx.search(low)
            while m is not None and (
                in_chrome(low, m.start())
                or _in_place_name(low, m.start(), m.end())
                or (name == "hotline_launch" and _launch_as_history(low, m.start()))
            ):
                m = rx.search(
                    low, max(m.end(), m.start() + 1)
                )  # a menu's or other-news list's word, a place's name: no effort
            candidates = [m] if m is not None else []
        for m in candidates:
            if in_chrome(low, m.start()):
                continue  # the site's menu or its list of other news (round 52)
            if all_matches and _in_place_name(low, m.start(), m.end()):
                continue  # "Summit County": a place's name (round 54)
            if _measure_content(low, m.start()):
                continue
            if name == "poster" and any(lo <= m.start() <= hi for lo, hi in duty_spans):
                continue
            if name == "poster" and _SIGNS_TAUGHT_BEFORE.search(
                low, max(0, m.start() - 20), m.start()
            ):
                continue
            if name == "poster" and media_talked_about(low, m.start(), m.end()):
                continue  # posters someone saw or a study links to calls: talked about
            if name == "poster" and _medium_predicated(low, m.start()):
                continue  # "the poster may be the only bridge ...": what posters are (round 60)
            if name == "poster" and _duty_list_item(low, m.start()):
                continue  # "must display the following: - the beach rules placard" (round 66)
            if name == "poster" and _permit_sticker(low, m.start(), m.end()):
                continue  # "parking requires a town sticker or daily pass": a permit (round 59)
            if name == "awareness_campaign":
                lo, hi = sentence_span(low, m.start(), m.end())
                if _CASE_PART_OF.search(low, lo, hi):
                    continue  # a prosecution's "brought as part of ... initiative"
            w = weight
            if name == "public_appeal" and _PASSIVE_BEFORE.search(
                low, max(0, m.start() - 8), m.start()
            ):
                w = 1  # "anyone with information is asked to call": the weakest appeal
            cues.append(Cue(name, w, m.start(), m.end()))
            break
    if not any(c.name == "outreach_visit" for c in cues):
        # an office's people handing out, leaving or putting up its printed artefact, told in
        # the third person ("Deputies left cards at 14 sporting camps"): an outreach visit the
        # vocabulary's cue does not word; not what a measure says or a law puts up
        handout = office_handout(a)
        if (
            handout is not None
            and not _measure_content(low, handout.start)
            and _BY_LAW.search(low, *sentence_span(low, handout.start, handout.end)) is None
        ):
            cues.append(handout)
    reminder = REMINDER_RX.search(low)
    if reminder:
        cues.append(Cue("posting_reminder", 3, reminder.start(), reminder.end()))
    for promote in _PROMOTE_VERB.finditer(low):
        if _NOT_DONE_BEFORE.search(low, max(0, promote.start() - 60), promote.start() + 1):
            continue  # "would be required to post information about the hotline": a duty
        if in_chrome(low, promote.start()):
            continue
        if media_talked_about(low, promote.start(), promote.end()):
            continue  # (round 66) "researchers say posters advertising the hotline ...": a finding
        cues.append(Cue("promote_hotline", 3, promote.start(), promote.end()))
        break
    for m in _MEDIA_PUT_UP.finditer(low):
        if _NOT_DONE_BEFORE.search(low, max(0, m.start() - 60), m.end()) or _measure_content(
            low, m.start()
        ):
            continue  # a duty or a condition, not posters put up
        if in_chrome(low, m.start()):
            continue  # "Other news: Awareness poster unveiled"
        if any(lo <= m.start() <= hi for lo, hi in duty_spans) or _BY_LAW.search(
            low, m.start(), min(len(low), m.end() + 160)
        ):
            continue  # the signs a posting duty requires going up: the law's, not an effort
        cues.append(Cue("media_put_up", 3, m.start(), m.end()))
        break
    heading = _HEADING_CALL.search(low) if _HOTLINE_WORDS.any_in(low) else None
    if heading:
        cues.append(Cue("hotline_heading", 2, heading.start(), heading.end()))
    cues.sort(key=lambda c: c.start)
    # the site's chrome (a menu, the list of other news) holds no effort (round 52)
    return [c for c in cues if c.name not in _CHROME_READ or not in_chrome(low, c.start)]


#: The cues read once (no later match tried) that `in_chrome` filters at the end.
_CHROME_READ = frozenset({"posting_reminder", "hotline_heading", "office_handout"})


# Statute/bill language versus release/news language (plain substring counts: fast).
_LEGAL_WORDS = (
    "subsection",
    "subdivision",
    "paragraph (",
    "this section",
    "this act",
    "this chapter",
    "this article",
    "this part ",
    "this rule",
    "pursuant to",
    "defined in",
    "defined by",
    "hereby",
    "\u00a7",
    "as used in this",
)
_AGENCY_DUTY_WORDS = tuple(
    f"the {who} {modal}"
    for who in ("department", "commissioner", "director", "office", "board", "commission")
    for modal in ("shall", "may", "must")
)
_BILL_WORDS = (
    "be it enacted",
    "do enact",
    "an act to",
    "an act relating",
    "this bill",
    "of the statutes",
    "to read as follows",
    "new text begin",
    # enacting formulas of other legislatures ("It is enacted by the General Assembly as
    # follows", "... is hereby amended by adding thereto the following section")
    "it is enacted by",
    "is hereby amended",
    "history:",
    # a definition: the defined term in quotes before "means" ('"Establishment" means ...'); a
    # bare " means " is as often prose ("a move that usually means a bill is dead")
    '" means ',
    "\u201d means ",
    "' means ",
)
_SESSION_LAW_RX = C(r"\[\s*\d{4}\s+c\s+\d+")
#: An administrative code's effective-date stamp closing each of its paragraphs (Idaho's
#: "... in the employee break room, if any. (7-1-25)", a temporary rule's "(3-20-20)T"): counted
#: as a bill's word when two or more close their lines (round 62).
_RULE_STAMP_RX = C(r"(?m)\(\d{1,2}-\d{1,2}-\d{2}\)[a-z]?[ \t]*$")
#: An administrative rule's or a code's numbered section opening its line with a catchline in
#: capitals ("81-005.09 HUMAN TRAFFICKING NOTICE. Each establishment must post ...", "§ 12-4.1
#: DEFINITIONS."): read on the text as written (its capitals) and counted as a bill's word when
#: two or more open their lines (round 68). The number has at least two parts (a chapter and its
#: section); the catchline is capitals to its stop.
_SECTION_CATCHLINE = (
    r"[ \t]*(?:\u00a7+[ \t]*)?\d+[A-Za-z]?(?:[-.:]\d+[A-Za-z]?)+\.?[ \t]+"
    r"[A-Z][A-Z0-9,;'&/() -]{2,80}\.(?=[ \t]|$)"
)
# Read from each newline (a literal first, which `re` finds fast: a line-start anchor made the
# whole pattern try every position, 2% of the engine's instructions) and at the text's start.
_SECTION_CATCHLINE_RX = C(r"(?m)\n" + _SECTION_CATCHLINE)
_SECTION_CATCHLINE_FIRST = C(r"(?m)" + _SECTION_CATCHLINE)


def section_catchlines(source: str) -> int:
    """How many lines open with a numbered section and its capitals catchline (round 68)."""
    return len(_SECTION_CATCHLINE_RX.findall(source)) + bool(_SECTION_CATCHLINE_FIRST.match(source))


_RELEASE_WORDS = (
    " said",
    "announc",
    "today",
    "press release",
    "news release",
    "statement",
    "attorney general",
    "governor",
    "spokes",
)

_MEDIA_RX = [(k, Rx(cue)) for k, cue in MEDIA_CUES.items()]

_MEDIA_CONTEXT = Rx(
    r"campaign|initiative|billboard|poster|sign|\bads\b|advertis|psa|public\s+service|display"
    r"|placed|installed|install|launch|sticker|message|spot|\bruns?\b|\bpost|distribut|hotline"
)
_SELF_MEDIA = frozenset({"billboards", "posters", "stickers", "signs", "wallet_cards"})
_PARTNER_TRIGGER = Rx(
    r"\b(?:partner(?:ing|ed|s|ship)?|collaborat(?:ion|ing|ed)|teaming\s+up|in\s+coordination"
    r"|joined|together)\s+(?:with|between|by)\s+|\b(?:joined|joining)\s+"
    r"|\bpartnership\s+(?:of|among)\s+|\b(?:agencies|organizations|partners)\s+(?:involved"
    r"|participating)[^:\n]{0,40}include:?\s*"
)
_PARTNER_STOP = C(r"(?<!\b[A-Z])\.(?=\s)|[;!?\u201d\"](?=\s|$)|:(?=\s)|\n(?![ \t]*[-\u2022*])")
_ORG_TOKEN = C(
    r"(?:the\s+)?((?:[A-Z][\w'&.\-]*|U\.S\.)(?:\s+(?:of|for|and|the|on|to|&|[A-Z][\w'&.\-]*"
    r"|\(\w+\)))*)"
)
_ORG_STOP = frozenset({"The", "A", "An", "This", "These", "That", "It", "He", "She", "They", "We"})
_ORG_SPLIT = C(r",\s*|\s+and\s+(?=(?:the\s+)?[A-Z])|\s+&\s+(?=[A-Z])|\n[ \t]*[-\u2022*]\s*")
_ORG_TRAILING_WORD = C(r"\s+(?:and|of|the|for|on|to|&)$")
_PARENTHESIS = C(r"\s*\([^)]*\)")


def _extract_partners(a: Analysis, coding: Coding) -> None:
    """Organisations named right after "in partnership with", "joined", "teaming up with"..."""
    text = a.text
    known: set[str] = set()  # the partners found so far, without parentheses
    for m in _PARTNER_TRIGGER.finditer(a.low):
        window = text[m.end() : m.end() + 400]
        stop = _PARTNER_STOP.search(window)
        seg_end = m.end() + (stop.start() if stop else len(window))
        segment = text[m.end() : seg_end]
        pos = m.end()
        for part in _ORG_SPLIT.split(segment):
            part = part.strip().lstrip("-\u2022* ")
            if not part:
                continue
            om = _ORG_TOKEN.match(part)
            if om is None:
                break  # the list of organisations has ended
            org = _ORG_TRAILING_WORD.sub("", om.group(1).strip())
            words = org.split()
            if not words or words[0] in _ORG_STOP:
                break
            if len(words) == 1 and sum(ch.isalpha() for ch in org) < 4:
                break
            start = text.find(org, pos, seg_end)
            if start < 0:
                break
            pos = start + len(org)
            key = _PARENTHESIS.sub("", org)
            if key not in known and len(coding.partners) < 12:
                known.add(key)
                coding.partners.append(org)
                add_evidence(coding, "partners", org, text, start, start + len(org))


_CUE_AS_TYPE = {
    "promote_hotline": "awareness_campaign",
    "hotline_heading": "public_appeal",
    "media_put_up": "poster",
    "office_handout": "outreach_visit",
    "hotline_banner": "public_appeal",
    "hotline_to_reader": "public_appeal",
    "hotline_in_body": "public_appeal",
}


def _extract_campaign(a: Analysis, coding: Coding) -> None:
    text = a.text
    for c in sorted(a.campaign_cues, key=lambda c: c.start):
        name = _CUE_AS_TYPE.get(c.name, c.name)
        if name not in CAMPAIGN_TYPES or name in coding.campaign_types:
            continue
        coding.campaign_types.append(name)
        add_evidence(coding, "campaign_types", name, text, c.start, c.end)
    low = a.low
    hits: list[tuple[int, int, str]] = []
    for k, rx in _MEDIA_RX:
        pos = 0
        while True:
            m = rx.search(low, pos)
            if m is None:
                break
            lo, hi = paragraph_span(low, m.start(), m.end())
            if k in _SELF_MEDIA or _MEDIA_CONTEXT.search(low, lo, hi):
                hits.append((m.start(), m.end(), k))
                break
            pos = hi + 1
    for start, end, k in sorted(hits):
        coding.media.append(k)
        add_evidence(coding, "media", k, text, start, end)
    _extract_partners(a, coding)
