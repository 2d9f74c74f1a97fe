"""campaign, promotes_hotline and footer_only: is a trafficking hotline given to the public as part
of an outreach effort by a public office?

The concept (docs/coding.md):

* a hotline reference is *given* when the text hands it to the reader: a number printed, or
  "call / contact / text / report to" the hotline, or posters and signs that carry it; a hotline
  that only appears in statistics ("calls to the hotline rose", "cases reported to the hotline")
  or is discussed (its CEO, its policies) is *mentioned*, not given;
* `campaign`: a public office (Attorney General, governor, a department, police, legislators
  ...) acts in an outreach effort (campaign, billboards, posters, PSA, awareness month or day,
  training, partnership, public appeal, the launch of a hotline, a reminder of a posting duty);
  laws and bills, and news about a bill, are never campaigns;
* `promotes_hotline`: a campaign that gives a trafficking hotline, other than in a footer;
* `footer_only`: a hotline given only in the closing lines of a release about something else
  (a prosecution, a bill): a standard line, not an effort.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from hotline_watch.coding.lemmas import Lemma, alternation, lemma_forms
from hotline_watch.coding.mandate import MEASURE, Cue, measure_voted_down, sales_page, sells
from hotline_watch.coding.patterns import C, Line, Literals, Lowered, Rx
from hotline_watch.coding.phones import (
    HOTLINE_WORD,
    NAMED_HOTLINES,
    OTHER_HOTLINE_TOPIC,
    PUBLIC_OFFICE,
    STATE_BEFORE,
    office_line_of,
    people_trafficking,
)
from hotline_watch.coding.text import chrome_head_end, line_span, paragraph_span, sentence_span
from hotline_watch.coding.vocabularies import (
    NATIONAL_HOTLINE,
    OTHER_SUBJECT_CUES,
    OUTREACH_CUES,
    TEXT_LINE,
)

if TYPE_CHECKING:
    from hotline_watch.coding.engine import Analysis


# -- hotline references -----------------------------------------------------------------------

#: The reference is statistics about the hotline, not the hotline given to the reader.
_STATS_BEFORE = C(
    r"(?:\b(?:calls?|cases?|tips?|reports?|contacts?|signals?)\s+(?:\w+\s+){0,4}?(?:to|from|through"
    r"|by|into|with)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?|\bdata\s+(?:\w+\s+){0,3}?(?:from|of)\s+"
    r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?|\baccording\s+to\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?"
    r"|\d[\d,]*\s+(?:[\w'\u2019-]+\s+){0,6}?(?:reached\s+out\s+to|called|contacted|texted)\s+"
    r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?"
    # the passive of statistics: "cases ... were reported to the hotline" (not "can be reported")
    r"|\b(?:were|was|been|are|is)\s+(?:reported|made|placed|received|referred|logged)\s+(?:to|by"
    r"|through|with)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?"
    r"|\branks?\s+[^.]{0,80}|\branked\s+[^.]{0,80}|\bceo\s+(?:of|on)\s+(?:the\s+)?|\bruns\s+the\s+"
    r"(?:[\w'-]+\s+){0,6}?)$"
)
_STATS_AFTER = C(
    r"\s*(?:\([^)]{0,20}\)\s*)?(?:has\s+|have\s+|had\s+)?(?:received|identified|fielded|reported"
    r"|logged|recorded|took|saw|data|statistics|calls?\s+(?:from|about|rose|were|have|are|increased)"
    r"|cases?\b|tips?\s+(?:from|to|rose)|ceo|staff)"
)
#: Handing the hotline to the reader, in the words just before it.
_ACTION_BEFORE = C(
    r"\b(?:call|calling|contact|contacting|text|texting|dial|reach|reached|report|reporting"
    r"|visit|use|tips?\s+to|number\s+is|numbers\s+are|at|via|through|or|and)\b[^.;!?]{0,90}$"
)
#: The reference sits on something put before the public (posters, signs, ads).
_MEDIA_NEAR = Rx(
    r"\b(?:posters?|signs?|signage|stickers?|billboards?|ads|advertis\w*|displays?|notices?"
    r"|placards?|cards?|messages?|monitors?|psas?)\b"
)
_PROMOTE_BEFORE = C(
    r"(?:\b(?:promot|publici[sz]|disseminat|distribut|advertis|shar|featur|display|highlight)\w*"
    r"|\bpost(?:s|ed|ing)?\s+(?:information|details|the\s+number|numbers?))\b[^.;!?]{0,80}$"
    # "raise awareness of the National Human Trafficking Resource Center Hotline": the hotline
    # named right after it, not "awareness about the problem and ... calls into his hotline"
    r"|\bawareness\s+(?:of|about)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}$"
)
_AVAILABLE_NEAR = Rx(r"24/7|24\s+hours|toll[- ]free|staffed|\bavailable\b|\banonymous")
_LAUNCH_NEAR = Rx(r"\blaunch\w*|\bestablish\w*|\bcreated\b|\bnew\b|\bunveil\w*|\bactivat\w*")


@dataclass
class HotlineRef:
    """One trafficking hotline in the text: its number (when printed), scope and whether the
    text gives it to the reader."""

    start: int
    end: int
    number: str | None
    scope: str  # "national" | "state" | "unspecified"
    given: bool = False


def _scope_of_number(number: str) -> str:
    return "national" if number in (NATIONAL_HOTLINE, TEXT_LINE, "233722") else "state"


def _scope_of_name(text: str, low: str, s: int, e: int) -> str:
    for _, rx in NAMED_HOTLINES:
        if rx.search(low, max(0, s - 60), min(len(low), e + 10)):
            return "national"
    if low.startswith("befree", s) or "national" in low[max(0, s - 40) : s]:
        return "national"
    before = low[max(0, s - 60) : s]
    if STATE_BEFORE.search(text, max(0, s - 60), s) or re.search(
        r"\b(?:statewide|state's|state)\b[^.;]{0,30}$|specific\s+$", before
    ):
        return "state"
    return "unspecified"


#: A tip line or hotline named by a police force alone ("the MPD text tip line", "the sheriff's
#: anonymous tip line"), no trafficking word in its name: the force's general crime line (as
#: round 21's police body's own number), not a trafficking hotline.
_POLICE_TIP_LINE_BEFORE = C(
    r"\b(?:police(?:\s+department)?|sheriff(?:'s|\u2019s)?(?:\s+office)?|[a-z]{1,5}pd)"
    r"(?:'s|\u2019s)?\s+(?:(?:text|anonymous|crime|online|24-hour|confidential)\s+){0,2}$"
)


def hotline_refs(a: Analysis) -> list[HotlineRef]:
    """Every trafficking hotline reference, each marked given or merely mentioned. A number that
    is, by its own words, another line than a trafficking hotline (an office's or an
    organisation's own line, another service's: `phones.not_trafficking_line`, the reading the
    field hotline_numbers uses) is none."""
    text, low = a.text, a.low
    refs = [
        HotlineRef(s, e, num, _scope_of_number(num))
        for num, s, e in a.phones
        if not office_line_of(a, s, e, num)
    ]
    taken = [(r.start, r.end) for r in refs]
    for m in HOTLINE_WORD.finditer(low):
        s, e = m.start(), m.end()
        if any(lo - 80 <= s <= hi + 5 for lo, hi in taken):
            continue  # the name of a number already found ("the hotline at 1-888-...")
        if not people_trafficking(low, max(0, s - 250), e + 250) and "nhtrc" not in low[s:e]:
            continue
        if OTHER_HOTLINE_TOPIC.search(low, max(0, s - 60), s):
            continue  # "the consumer fraud hotline", "the child abuse hotline"
        if _POLICE_TIP_LINE_BEFORE.search(low, max(0, s - 40), s):
            continue  # "the MPD text tip line": a police force's general line
        refs.append(HotlineRef(s, e, None, _scope_of_name(text, low, s, e)))
    refs.sort(key=lambda r: r.start)
    for r in refs:
        r.given = _is_given(low, r)
    return refs


#: An imperative or infinitive "call / report / text / contact ... (to) <hotline>": the verb,
#: not the statistics noun ("reports to the hotline rose").
_VERB_BEFORE = C(
    r"(?:^\s*|[.!?:;,\u201c\"]\s*|\b(?:and|or|to|please|should|can|may|must|will|would|is|are)\s+)"
    r"(?:call|report|text|contact|dial)\s+(?:[\w'-]+\s+){0,6}?(?:to|at|on)?\s*(?:the\s+)?$"
    # the verb, its object and the hotline's full name ("report it to the National Human
    # Trafficking Hotline at", a state's: "to the Florida Human Trafficking Hotline at", round
    # 55): the name's words are no statistics
    # (the object any short noun phrase: "report suspected trafficking to the ...")
    r"|\b(?:call|report|text|contact|dial)\s+(?:[\w'-]+\s+){1,4}?"
    r"to\s+the\s+(?:[\w'\u2019-]+\s+){1,3}?human\s+trafficking\s+(?:hotline|tip\s?line"
    # its number after the name by "at", "on" or a dash or colon ("report human trafficking tips
    # to the National Human Trafficking Hotline - 1-888-...")
    r"|resource\s+center)\s*(?:at\s+|on\s+|[-\u2013\u2014:]\s*)$"
    # the modal passive hands the line over ("tips can be reported to the hotline at", "may be
    # made anonymously to"), unlike the statistics' past passive ("were reported to")
    r"|\b(?:can|may|should|could|are\s+asked\s+to|is\s+asked\s+to)\s+(?:also\s+)?be\s+"
    r"(?:reported|made|submitted|sent|directed|called\s+in)\s+(?:anonymously\s+)?(?:to|at|by"
    r"\s+calling)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?(?:at|on)?\s*$"
)


#: One call (or text, tip, message) to a printed number, told as a noun with an indefinite
#: article: how the reader reaches it ("a call to 1-888-373-7888 - or a text to 233733 - can be
#: made without giving a name", "one anonymous text to 233733 is all it takes"), not a count of
#: calls received ("calls to 1-888-373-7888 rose").
_ONE_CALL_BEFORE = C(
    r"\b(?:an?|one|single)\s+(?:[\w-]+\s+){0,2}?(?:call|phone\s+call|text|text\s+message"
    r"|message|tip)\s+(?:to|at)\s+$"
)


#: A hotline named (no number) only as what a law's signs carry: "House Bill 2 which mandated
#: that signs with the human trafficking hotline number be put up", "the law requiring
#: posters listing the hotline": the law's content, not a line the text hands over.
_LAW_SIGNS_CARRY = C(
    r"\b(?:law|act|bill|statute|ordinance|measure|legislation)\b[^.;\n]{0,60}?"
    r"\b(?:mandat|requir)\w*\s+(?:that\s+)?(?:[\w-]+\s+){0,4}?(?:signs?|signage|posters?"
    r"|notices?|placards?)\s+(?:with|bearing|listing|showing|displaying|carrying|containing"
    r"|that\s+(?:list|show|display|carry|contain)s?)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$"
)


#: A hotline (no number, no verb handing it over) whose sentence tells what someone saw or what a
#: study found or links: a perception verb ("had seen the trafficking hotline's stickers in truck
#: stop restrooms elsewhere", "noticed the hotline posters") or a study, analysis, survey or
#: research as the subject of a finding ("Study links hotline posters to more calls", "the
#: analysis found"). The posters or stickers beside it are talked about, not put before the
#: reader: the hotline is mentioned, not given (round 56). Round 58: every form of the perception
#: verbs, the gerund after a verb of memory too ("she remembered seeing a trafficking hotline
#: poster in a restroom", "recalls noticing the stickers").
_TALKED_ABOUT = C(
    r"\b(?:seen|saw|seeing|noticed|noticing|spotted|spotting|glimpsed|heard\s+(?:of|about)"
    r"|read\s+about)\b"
    # a headline's label ("Study: Hotline posters tied to more calls") as the finding's subject
    # (round 67) a headline labelled as a study's ("Study: stickers and calls"): what follows
    # the label is the study's finding, whatever its verb
    r"|\b(?:stud(?:y|ies)|research|survey):[ \t]"
    # (round 67: up to 60 characters of what it studied, "Their analysis of eight years of
    # call data found")
    r"|\b(?:stud(?:y|ies)|analys[ie]s|research|survey|paper):?\s+(?:[^.;:\n]{0,60}?\s)?"
    r"(?:links?|linked|finds?|found|shows?|showed|suggests?|suggested|ties|tied|connects?)\b"
    # (round 66) researchers as the subject of a finding ("Researchers at a Kansas university
    # say posters advertising the hotline appear to lead to more calls", "the economists found"):
    # the people who did the study, up to 60 characters of who they are, and their verb of
    # saying or finding
    r"|\b(?:researchers|economists|scientists|scholars|academics|(?:the|its|study['\u2019]s)\s+authors)"
    r"\b[^.;]{0,60}?\b(?:say|says|said|found|find|finds|report|reported|conclude[ds]?|suggest(?:s|ed)?"
    r"|estimate[ds]?)\b"
    # (round 67) a finding attributed to a study ("Posters with the hotline may be doing more
    # than decorating restroom walls, according to a new study by two economists"): whatever
    # opens the sentence is the study's subject, talked about
    r"|\baccording\s+to\s+(?:a|an|the|their|this|that)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:stud(?:y|ies)|analys[ie]s|research|survey|paper|working\s+paper)\b"
)


def media_talked_about(low: str, start: int, end: int) -> bool:
    """The posters or stickers at low[start:end] are only talked about (round 57, round 56's
    `_TALKED_ABOUT` read for the media themselves): their sentence tells what someone saw or what
    a study found or links ("Study links hotline posters to more calls", "she had seen the
    trafficking hotline's stickers in truck stop restrooms elsewhere") and names no public office
    (`PUBLIC_OFFICE`: "drivers have seen the posters the department hung" is the office's)."""
    lo, hi = sentence_span(low, start, end)
    m = _TALKED_ABOUT.search(low, lo, hi)
    if m is None:
        return False
    if low.startswith("according", m.start()) and m.start() > end:
        # (round 67) the study's authors after "according to a study by ..." (a state
        # university's economists) are no office placing the posters the sentence opens with
        hi = m.start()
    return PUBLIC_OFFICE.search(low, lo, hi) is None


def _is_given(low: str, r: HotlineRef) -> bool:
    lo, hi = sentence_span(low, r.start, r.end)
    before = low[max(lo, r.start - 110) : r.start]
    if _VERB_BEFORE.search(before):
        return True  # "report suspected human trafficking to 1-833-406-STOP"
    if r.number is not None and _ONE_CALL_BEFORE.search(before):
        return True  # "a call to 1-888-373-7888 can be made": the number handed over
    if _STATS_BEFORE.search(before) or _STATS_AFTER.match(low, r.end, min(hi, r.end + 60)):
        return False
    if r.number is not None:
        return True  # a number printed for the reader
    if _PROMOTE_BEFORE.search(before):
        return True  # "dissemination of ... NHTRC information", "posters advertising the hotline"
    if _ACTION_BEFORE.search(before) and re.search(
        r"\b(?:call|contact|text|dial|reach|report|visit|use|tips?|number)", before
    ):
        return True
    if ("mandat" in before or "requir" in before) and _LAW_SIGNS_CARRY.search(before):
        return False  # "House Bill 2, which mandated that signs with the hotline number ..."
    if _TALKED_ABOUT.search(low, lo, hi) is not None:
        return False  # "she had seen the hotline's stickers", "Study links hotline posters to ..."
    return bool(
        _MEDIA_NEAR.search(low, lo, hi)
        or _AVAILABLE_NEAR.search(low, lo, hi)
        or _LAUNCH_NEAR.search(low, lo, hi)
    )


# -- who acts, what effort ----------------------------------------------------------------------

_OFFICE = PUBLIC_OFFICE
_OFFICE_ACTS = Rx(OUTREACH_CUES["office_acts"])
_PROSECUTION = Rx(OUTREACH_CUES["prosecution"])
_BILL_NEWS = Rx(OUTREACH_CUES["bill_news"])
_LETTER = Rx(OUTREACH_CUES["letter"])
#: The wording of a posting law's notice ("If you or someone you know is being forced to engage
#: in any activity and cannot leave ... call"): the notice's hotline, never a footer.
_NOTICE_WORDING = Rx(
    r"\bif\s+you\s+or\s+someone\s+you\s+know\s+(?:is|are)\s+being\s+(?:forced|sold|made)"
    r"|\bare\s+you\s+or\s+someone\s+you\s+know\s+being\s+(?:forced|sold|made)"
)
#: A text that speaks of a notice, a sign or a poster (where the notice's wording can be quoted).
#: (round 64) "sign" as a verb ("Rider Alerts sign-up", "sign up for alerts", "sign in") is none.
_NOTICE_SPOKEN = C(
    r"\b(?:notices?|signs?(?!\s+of\b)(?![\s-]+(?:up|ups|in|on)\b)|signage|posters?|placards?"
    r"|postings?)\b"
)
#: Efforts that stand on their own, whatever else the text is about.
STRONG_EFFORTS = frozenset(
    {
        "billboard",
        "psa",
        "awareness_campaign",
        "awareness_month",
        "awareness_day",
        "hotline_launch",
        "posting_reminder",
        "awareness_education",
        "promote_hotline",
        "media_put_up",
    }
)


@dataclass
class Outreach:
    """The outreach decision of one text and what it rests on."""

    refs: list[HotlineRef] = field(default_factory=list)
    office: Cue | None = None
    efforts: list[Cue] = field(default_factory=list)
    prosecution: int = 0
    #: A prosecution is the text's subject: two or more distinct prosecution cues, or one in
    #: its headline or first sentence. One word further down ("Detectives walk parents through
    #: real message threads") is part of an outreach text, not what it is about.
    prosecution_subject: bool = False
    bill_cues: int = 0
    #: A bill or a law is among the text's subjects: a duty stated, two or more bill cues, or
    #: one naming a measure in the headline or first sentence. One bare bill word ("a slip
    #: tucked behind the bill") is not what an office's own text is about.
    bill_subject: bool = False
    bill_news: bool = False
    #: The text is about a letter (to a federal department, to Congress, to the editor).
    letter: bool = False
    campaign: bool = False
    promotes: bool = False
    footer_only: bool = False
    #: The office reminds businesses of a duty to post ("reminds businesses to post notices"):
    #: settled by the rules, the notices carry the hotline.
    reminder: bool = False
    #: The text states a posting duty and every effort cue is the duty's own notice (its poster,
    #: the copy offered for download or print, its QR code): the duty, no outreach effort,
    #: settled by the rules whatever else the model would weigh (round 55).
    duty_poster: bool = False
    #: No effort cue fired, but the office's own text hands a hotline over in its body
    #: (`hotline_in_body`): settled by the rules, the handing-over is the effort.
    handed: bool = False
    #: The text is about something else, with no effort of its own: a bill, a letter, a
    #: prosecution, or the hotline only in its footer (settled by the rules: False).
    about_else: bool = False
    #: Every effort is funding for something else (`_grant_elsewhere`, round 65): the rules'
    #: verdict (no effort) settles it at coding time; the trainer still learns from the text, as
    #: from an office's posters told as put up (`engine._posters_went_up`).
    grant_elsewhere: bool = False
    #: Whose effort it is (an office's own outreach, a non-government organisation's ...).
    voice: Voice = field(default_factory=lambda: Voice())
    #: The host of the text's URL when a public office's site published it.
    publisher: str | None = None
    #: A letter about the hotline is mentioned (whatever else the text does).
    letter_cue: bool = False
    reason: str = ""

    @property
    def given(self) -> list[HotlineRef]:
        return [r for r in self.refs if r.given]

    @property
    def effort(self) -> int:
        return sum(c.weight for c in self.efforts)


#: The text speaks to the reader ("Call the National Human Trafficking Hotline", "please
#: report it"): an office's own page, where the office does not act in the third person.
_TO_READER = C(
    r"(?m)^[ \t]*(?:call|text|contact|report)\b[^\n]{0,80}?(?:hotline|tip\s?line|\b911\b|\d{3}"
    r"|attorney\s+general|police|sheriff|law\s+enforcement)|\b(?:please|you\s+(?:should|can|may))"
    r"\s+(?:call|text|contact|report)\b"
)


#: An office named as where a report goes, as a source or as the one asked ("report it to the
#: police", "according to the Department of Homeland Security", "tell your state Attorney
#: General") is not acting.
_OFFICE_NOT_ACTOR_BEFORE = C(
    r"\b(?:according\s+to|to|stunned|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|tell|thank(?:s|ed)?"
    r"|call(?:s|ed|ing)?\s+on|petition\w*|requir(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)"
    r"|mandat(?:e|es|ed|ing))\s+(?:the\s+|your\s+|our\s+|all\s+|every\s+)?"
    r"(?:local\s+|state\s+)?$"
    # an office word inside an organisation's name ("American Association of Port Authorities")
    r"|\b(?:association|federation|alliance|coalition|foundation|society|collective|network"
    r"|club|league)\s+of\s+(?:[\w.'\u2019-]+\s+){0,3}$"
    # a student group at an institution ("the Anti-Trafficking Club at Florida State University
    # will hand out cards"): the group acts, the institution is where
    r"|\b(?:club|chapter|fraternity|sorority|students?)\s+at\s+(?:the\s+)?$"
    # an office the text says it is not ("We are a nonprofit organization, not a law
    # enforcement agency"), also with no article ("Campus Safety officers are college employees;
    # they are not sworn police officers"; round 57), not "not only the police"
    r"|\b(?:not|neither|nor)\s+(?:(?:a|an|the|any)\s+"
    r"|(?!(?:only|just|merely|even|yet|until|far|long|least|all|every|always)\b))"
    r"(?:[\w-]+\s+){0,2}$"
    # an office word in a private operator's name ("the privately owned Cedar Regional Airport
    # has placed ..."): a company, whatever its name says
    r"|\bprivate(?:ly)?[- ](?:owned|operated|run|held)\s+(?:[\w.'\u2019-]+\s+){0,3}$"
    # offices a speaker has as members or partners ("Our member agencies across Maine provide
    # ...", "connect you to member agencies"): a coalition's or a network's, not the speaker
    r"|\b(?:our|their|its|the|to|with|of)\s+(?:[\w-]+\s+)?(?:member|partner|affiliate"
    r"|participating)\s+$"
    # a clinical or a company's department ("any Billings Clinic emergency department", "our
    # human resources department"): a unit of a hospital or a firm, not a public office
    r"|\b(?:emergency|er|ed|radiology|pediatrics?|maternity|obstetrics|surgery|surgical|nursing"
    r"|pharmacy|security|marketing|sales|customer\s+service|human\s+resources|hr|billing"
    r"|social\s+work|behavioral\s+health|patient\s+services|compliance|legal)\s+$"
)
#: Also not acting in a sentence: an office the reader is told to call or contact ("calling the
#: Department of Health and Human Services at ..."). On a page that speaks to the reader such
#: an office can still be the page's own ("Contact the Attorney General's Section").
_OFFICE_CONTACTED_BEFORE = C(
    r"\b(?:call(?:s|ed|ing)?|contact(?:s|ed|ing)?|notify(?:ing)?|alert(?:s|ed|ing)?)\s+"
    r"(?:the\s+|your\s+|our\s+)?(?:local\s+|state\s+|nearest\s+)?$"
)


#: A source named with its full name: "according to the International Labour Office".
_SOURCE_BEFORE = C(r"\baccording\s+to\s+(?:the\s+)?(?:[\w.'\u2019&-]+\s+){1,3}$")
#: ... and where reports go, named with its full name ("Crimes are reported to the Connecticut
#: State Police", "report it to the Ames Police Department"; round 57): not acting.
_REPORTED_TO_BEFORE = C(
    r"\breport(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+|your\s+|a\s+)?"
    r"(?:[\w.'\u2019&-]+\s+){0,3}$"
)


#: An office word as what something else is ("ECPAT-USA is the U.S. local Code representative"):
#: a role described, not an office acting.
_OFFICE_AS_ROLE_BEFORE = C(r"\b(?:is|are)\s+(?:the|an?)\s+(?:[\w.'\u2019-]+\s+){0,3}$")


#: An office as the partner of a speaker in the first person ("Our training was developed with
#: the Department of Homeland Security's Blue Lightning Initiative", "We work with organizations
#: including ... the Department of ..."): a company's or a group's page, the office not acting.
_WE_WITH_BEFORE = C(
    r"\W*(?:we|our)\b[^.\n]{0,120}(?:\bwith\b[^.\n]{0,80}"
    # ... or its agent or companion right before it ("Our visits are funded in part by the
    # Florida Department of ...", "Our promotoras are women trained by the county health
    # department", "We work alongside the Department of Labor's ...")
    r"|\b(?:by|alongside|beside)\s+(?:the\s+)?(?:[\w.'\u2019&-]+\s+){0,4})$"
)
#: An office whose people join the first-person speaker ("Deputies from the sheriff's office
#: sometimes join us", "officers ride along with us"): the speaker's effort, the office a guest.
_JOINS_US = C(r"\b(?:join(?:s|ed|ing)?|accompan(?:y|ies|ied)|with|beside|alongside)\s+us\b")
#: An office supplying what the first-person speaker does or hands out: a verb of supply, then
#: within a few words the speaker ("printed the cards we hand out", "funds our outreach kits",
#: "trains our volunteers", "helped us design").
_SUPPLIES_US = C(
    r"\b(?:print(?:s|ed)|funds|funded|pa(?:id|ys)\s+for|donat(?:es|ed)|trains|trained|supplie[sd]"
    r"|provides|provided|gave|gives|designed|sponsors|sponsored|helped|helps)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:we|us|our)\b"
)


#: A county named as a place ("a survivor who works with refugee families in Monroe County",
#: "shelters across Harris County"): where something is, not a county government acting.
_COUNTY_AS_PLACE = C(
    r"\b(?:in|across|throughout|around|near|from)[ \t]+(?:[a-z.'\u2019-]+[ \t]+){1,2}$"
)


#: "county" as an attribute of another thing (`county_attribute_after` in the vocabulary: "the
#: Clackamas County Fair", "a Sussex County nonprofit", "Delmar County residents"), read right after
#: the word: that thing is named, not a county government (round 56).
_COUNTY_ATTRIBUTE_AFTER = C(OUTREACH_CUES["county_attribute_after"])


def _county_as_place(low: str, start: int) -> bool:
    """The county word at `start` names a place (after "in", "across" ...) or an attribute of
    another thing (its fair, a nonprofit of it, its residents): no county government acting.
    Who acts is the subject of the effort's verbs (round 56)."""
    return low.startswith("county", start) and (
        _COUNTY_ATTRIBUTE_AFTER.match(low, start + 6) is not None
        or bool(_COUNTY_AS_PLACE.search(low, max(0, start - 40), start))
    )


#: A state's parks named as places ("a lodge near several Ohio state parks", "camping in Texas
#: State Parks"): where something is, not the parks system acting (round 56).
_PARKS_NAME = C(r"(?:[a-z]+\s+){1,2}?state\s+parks\b")
_PARKS_AS_PLACE_BEFORE = C(
    r"\b(?:in|at|across|throughout|around|near|from|to|inside|visit\w*)\s+(?:[a-z.'\u2019-]+\s+){0,2}$"
)


def _parks_as_place(low: str, start: int) -> bool:
    return (
        _PARKS_NAME.match(low, start) is not None
        and _PARKS_AS_PLACE_BEFORE.search(low, max(0, start - 40), start) is not None
    )


#: A generic office word under an indefinite article ("repay an agency", "a department that
#: ...", "you don't have to have a police report"): no particular office, only the kind (a
#: recruitment agency a worker owes, any office, a report filed with any police), so no office
#: acting and no office whose page it is.
_GENERIC_OFFICE = (
    "agency",
    "agencies",
    "office",
    "department",
    "bureau",
    "commission",
    # "a police report", "any police officer", "a sheriff's deputy": the kind, no office
    "police",
    "sheriff",
)
_INDEFINITE_BEFORE = C(r"\b(?:an?|any|another|some)\s+$")


#: ... unless the noun phrase goes on to name the office ("Boise Airport, a department of the
#: City of Boise").
_NAMED_AFTER = C(r"\w*\s+of\b")


#: ... or under the speaker's own "our" ("call our office for the location", "our office line,
#: weekdays 9-5"): the speaker's own office, which names no public office. On a government
#: site's page the office is its publisher (`decide`), so only a page no government published
#: loses an office by it: a nonprofit's, a company's.
_SPEAKER_OWN_BEFORE = C(r"\b(?:our|my)\s+(?:own\s+|main\s+|front\s+)?$")
#: ... also with the branch's place or kind before "office" ("a soap-labeling party at our
#: Clearwater office", "our downtown offices"): the speaker's own premises.
_SPEAKER_BRANCH_BEFORE = C(r"\b(?:our|my)\s+(?:[\w.'\u2019-]+\s+){1,2}$")


#: ... nor an office word owning its own voice ("a sheriff's spokesperson said", "a police
#: department spokesman"): one office's speaker, so that office.
_OWN_SPEAKER_AFTER = C(
    r"\w*(?:['\u2019]s)?\s+(?:office\s+|department\s+)?spokes(?:person|man|woman)\b"
)


def _no_particular_office(low: str, start: int) -> bool:
    if not low.startswith(_GENERIC_OFFICE, start) or _NAMED_AFTER.match(low, start) is not None:
        return False
    if _OWN_SPEAKER_AFTER.match(low, start) is not None:
        return False
    before = max(0, start - 16)
    return (
        _INDEFINITE_BEFORE.search(low, before, start) is not None
        or _SPEAKER_OWN_BEFORE.search(low, before, start) is not None
        or (
            low.startswith("office", start)
            and _SPEAKER_BRANCH_BEFORE.search(low, max(0, start - 40), start) is not None
        )
    )


#: An organisation's own name that holds an office word, as written: capitalised words from the
#: office word on to an organisation's head noun ("Tri-County Anti-Trafficking Coalition", "Lake
#: County Farmworker Project", "Florida Sheriffs Association", "Police Athletic League"). A word
#: with a possessive breaks the name ("the Attorney General's Human Trafficking Project" is the
#: office's own), and "Project" before a capitalised word is a programme's name ("Department of
#: Justice Project Safe Childhood").
_ORGANISATION_NAME_FROM = re.compile(
    r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*|[ \t]+(?:Against|for|on|of)(?=[ \t]+[A-Z])){0,5}?[ \t]+"
    r"(?:Coalition|Alliance|Collective|Network|Association|Federation|Foundation|Society|Club"
    r"|League|Ministries|Ministry|Cooperative|Project(?![ \t]+[A-Z]))\b"
)


#: The head nouns of `_ORGANISATION_NAME_FROM`, lower-cased (literal-first): most texts have none.
_ORGANISATION_HEAD = Rx(
    r"\b(?:coalition|alliance|collective|network|association|federation|foundation|society|club"
    r"|league|ministr(?:y|ies)|cooperative|project)\b"
)


def _in_organisation_name(low: Lowered | str, start: int) -> bool:
    """The office word at `start` is a word of an organisation's own name (as written)."""
    if not isinstance(low, Lowered) or not low.source[start : start + 1].isupper():
        return False  # a plain lower-cased string keeps no capitals: no name to read
    heads = low.found.get(("organisation heads",))
    if heads is None:  # asked for every capitalised office word: once a document
        heads = low.found[("organisation heads",)] = _ORGANISATION_HEAD.search(low) is not None
    return heads and _ORGANISATION_NAME_FROM.match(low.source, start) is not None


#: A unit of a college or university by its office word ("the Residence Life office at Saint
#: Brendan College", "the Department of Public Safety of Loyola University"): a public office only
#: where that institution is a public one (`public_institution`: "the University of Vermont", "a
#: state college"); a private college's office is the college's, no government's.
_INSTITUTION_UNIT_AFTER = C(
    r"(?:office|department)\s+(?:at|of)\s+(?:the\s+)?(?:(?!and\b)[\w.'\u2019&-]+\s+){0,5}?"
    r"(?:college|university)\b"
)


#: A college's own unit by its name (`campus_unit` in the vocabulary), after "office of" or
#: "department of" ("the Office of Residence Life", "Department of Campus Ministry") or before
#: "office" or "department" ("the Student Affairs office").
_CAMPUS_UNIT_NAME = OUTREACH_CUES["campus_unit"]
_CAMPUS_UNIT_AFTER = C(
    r"(?:office|department)\s+(?:of|for)\s+(?:the\s+)?(?:" + _CAMPUS_UNIT_NAME + r")\b"
)
_CAMPUS_UNIT_BEFORE = C(r"\b(?:" + _CAMPUS_UNIT_NAME + r")\s+$")


#: A unit named with no jurisdiction before it: "its", "the", "the college's", "the university's"
#: (round 65).
_OWN_UNIT_BEFORE = C(r"\b(?:its|the|(?:the\s+)?(?:college|university)['\u2019]s)\s+$")
#: A campus unit of safety by its office's full name ("Department of Public Safety", "Office of
#: Campus Safety", "Department of Campus Police").
_OWN_SAFETY_UNIT = C(
    r"(?:office|department)\s+of\s+(?:public\s+safety|campus\s+(?:safety|security|police)"
    r"|safety\s+and\s+security|security)\b"
)


def _private_institution_unit(low: Lowered | str, start: int) -> bool:
    """The office word at `start` is a unit of a college or university that is not a public
    one: named with its institution ("the Residence Life office at Saint Brendan College", round
    47), or by its own name alone on a page that calls its college private ("Saint Ansgar College
    is a private Catholic liberal arts college. The Office of Residence Life wants ...", round
    56). A private college's office is the college's, no government's."""
    if not low.startswith(("office", "department"), start):
        return False
    if _OWN_UNIT_BEFORE.search(low, max(0, start - 30), start) and (
        _OWN_SAFETY_UNIT.match(low, start) is not None
        or not low.startswith((" of", " for"), start + (6 if low[start] == "o" else 10))
    ):
        # (round 65) the college's own safety unit ("its Department of Public Safety", "the
        # Office of Campus Safety") or a unit referred back to ("the department's community
        # outreach coordinator"), with no jurisdiction's name before it, on a page that calls
        # its college private: the college's, as its Residence Life office is
        return called_private(low)
    m = _INSTITUTION_UNIT_AFTER.match(low, start)
    if m is not None:
        return not any(
            i.end() > m.end() - 12 for i in _PUBLIC_INSTITUTION.finditer(low, start, m.end() + 20)
        )
    return (
        _CAMPUS_UNIT_AFTER.match(low, start) is not None
        or _CAMPUS_UNIT_BEFORE.search(low, max(0, start - 50), start) is not None
    ) and called_private(low)


#: A public institution named as the place where something is held or found ("the group's next
#: training is at the Geneva Public Library", "a walk starting outside the state university"):
#: a venue, whoever acts there (read only for an institution that is a place: a library, a
#: college, a school, a hospital, a park).
_VENUE_BEFORE = C(r"\b(?:at|inside|outside)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,4}$")
_PLACE_INSTITUTION = C(
    r"(?:[\w.'\u2019-]+\s+){0,3}?(?:librar|college|universit|school|hospital|park)"
)


def _venue(low: str, start: int) -> bool:
    before = low[max(0, start - 50) : start]
    return (
        ("at " in before or "side " in before)
        and _PLACE_INSTITUTION.match(low, start) is not None
        and _VENUE_BEFORE.search(low, max(0, start - 50), start) is not None
    )


def _not_actor(low: str, start: int) -> bool:
    """The office named at `start` is where reports go, a source, the one asked or contacted,
    no particular office ("an agency"), a word of an organisation's own name,
    the partner of a first-person speaker, a county named as a place, or a public institution
    named as a venue ("at the Geneva Public Library")."""
    lo = max(0, start - 30)
    if _county_as_place(low, start) or _no_particular_office(low, start) or _venue(low, start):
        return True
    if "parks" in low[start : start + 40] and _parks_as_place(low, start):
        return True
    if _in_organisation_name(low, start) or _private_institution_unit(low, start):
        return True
    if low.startswith("police", start) and _private_institution_police(low, start):
        return True
    return bool(
        _OFFICE_NOT_ACTOR_BEFORE.search(low, lo, start)
        or _OFFICE_CONTACTED_BEFORE.search(low, lo, start)
        or _SOURCE_BEFORE.search(low, max(0, start - 60), start)
        or _REPORTED_TO_BEFORE.search(low, max(0, start - 70), start)
        or _OFFICE_AS_ROLE_BEFORE.search(low, max(0, start - 50), start)
        or _first_person_relation(low, start)
    )


def _first_person_relation(low: str, start: int) -> bool:
    """The office at `start` is a first-person speaker's partner, agent or guest."""
    lo, hi = sentence_span(low, start, start)
    if _WE_WITH_BEFORE.match(low, lo, start):
        return True
    if " us" in low[start:hi] and _JOINS_US.search(low, start, hi) is not None:
        return True
    # the office as the subject of its own sentence, supplying the speaker's effort ("The
    # sheriff's office printed the cards we hand out", "The county health department funds
    # our kits"): the speaker's partner, outside a quotation (where "we" is the one quoted)
    tail = low[start:hi]
    return (
        (" we" in tail or " us" in tail or " our" in tail)
        and _SUPPLIES_US.search(low, start, hi) is not None
        and not any(q in low[lo:hi] for q in _QUOTE_MARKS)
    )


#: An office named as where the people acting come from ("investigators from the County
#: Sheriff's Office Special Victims Unit met with ...", "deputies with the police department",
#: "the director of the state agency"): the office acts through its people, whatever the verb.
_ACTORS_FROM_BEFORE = C(
    r"\b(?:investigators|inspectors|officials|deputies|detectives|officers|troopers|agents|staff|personnel|employees"
    r"|representatives|spokes(?:person|man|woman)|director|chief|head)\s+(?:from|with|of)\s+"
    r"(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,3}$"
)
_ACTORS_FROM_LITERALS = (" from ", " with ", " of ")


def office_acting(low: str) -> Cue | None:
    """The first public office named in a sentence where it acts ("the Attorney General
    announced", "MDOT is joining") or as the origin of the people acting ("investigators from
    the Sheriff's Office met with ..."): the "public office" of the concept. On a page that
    speaks to the reader (an office's own page), the first office it names."""
    for m in _OFFICE.matches(low):
        if _not_actor(low, m.start()):
            continue
        lo, hi = sentence_span(low, m.start(), m.end())
        if _OFFICE_ACTS.search(low, max(0, lo - 1), min(len(low), hi + 160)):
            return Cue("public office", 0, m.start(), m.end())
        before = low[max(lo, m.start() - 60) : m.start()]
        if any(w in before for w in _ACTORS_FROM_LITERALS) and _ACTORS_FROM_BEFORE.search(before):
            return Cue("public office", 0, m.start(), m.end())
    if _TO_READER.search(low):
        for m in _OFFICE.matches(low):
            # a county named as a place ("served 90 women in Sedgwick County") is where, not
            # whose page it is
            if not (
                _OFFICE_NOT_ACTOR_BEFORE.search(low, max(0, m.start() - 30), m.start())
                or _county_as_place(low, m.start())
                or _parks_as_place(low, m.start())
                or _no_particular_office(low, m.start())
                # a private college's unit on its own page ("The Residence Life office at
                # Cedar Bluff College"), as where it acts (round 52)
                or _private_institution_unit(low, m.start())
                # a private college's own police on its own page ("Stonehill College Campus
                # Police", "Offices & Services > Campus Police"), as where it acts (round 65)
                or (
                    low.startswith("police", m.start())
                    and _private_institution_police(low, m.start())
                )
                # an office named with its full name as where crimes are reported ("Crimes are
                # reported to the Connecticut State Police") on a private college's page: the
                # college's page, no office's (round 57)
                or (
                    called_private(low)
                    and _REPORTED_TO_BEFORE.search(low, max(0, m.start() - 70), m.start())
                )
                or _WE_WITH_BEFORE.match(
                    low, sentence_span(low, m.start(), m.start())[0], m.start()
                )
            ):
                return Cue(PAGE_OFFICE, 0, m.start(), m.end())
    return None


#: A transit agency named by its own name, "<Place> Transit" with both words capitalised as a
#: name is ("Spokane Transit buses", "Pierce Transit will"): a public body (every US transit
#: operator is one), where the lowered vocabulary sees only "transit". The words that make
#: "transit" a common noun ("Public Transit", "Mass Transit", "Downtown Transit Center") are
#: none. So too "<Place> Metro" ("Trinity Metro is working to stop ...", "Valley Metro", round
#: 65), not a metro area, region or county, a chamber or a newspaper's desk.
_TRANSIT_NAME = re.compile(
    r"\b(?!(?:Public|Mass|Rapid|Light|Rail|Bus|Local|Urban|Rural|Downtown|The|In|For|And|Of|On"
    r"|Via|By|To|Our|Your|Their|Its|New|Safe|Free|Transit|Using|Use|Uses|While|During)\b)"
    r"[A-Z][a-z]+ (?:Transit|Metro)\b(?! (?:Center|Centre|Station|Stop|Hub|Mall|Plaza|Riders?"
    r"|Users?|Options?|Times?|Areas?|Regions?|Counties|County|Chamber|Desk|Section|Editor|News"
    r"|Police|Transit)\b)"
)


def transit_office(text: str, low: str) -> Cue | None:
    """A transit agency named by its own name ("Spokane Transit") in a sentence where it acts
    (as `office_acting`), or by what it runs and for whom (`transit_operator`, round 53): the
    public office, where the vocabulary names none."""
    if "Transit" in text or "Metro" in text:
        for m in _TRANSIT_NAME.finditer(text):
            lo, hi = sentence_span(low, m.start(), m.end())
            if _OFFICE_ACTS.search(low, max(0, lo - 1), min(len(low), hi + 160)):
                return Cue("public office", 0, m.start(), m.end())
    return transit_operator(text, low)


# -- a transit operator read by its service (round 53) -----------------------------------------

#: What only public transit runs (in the United States every operator of fixed-route transit
#: for riders is a public body: an authority, a district, a corporation, a division of a
#: regional authority): fixed routes, paratransit, vanpools, transit (transportation, transfer)
#: centers, light rail, streetcars, bus rapid transit, numbered bus routes.
_PUBLIC_SERVICE = Rx(
    r"\bfixed[- ]routes?\b|\bparatransit\b|\bvanpools?\b"
    r"|\b(?:transit|transportation|transfer)\s+cent(?:er|re)s?\b|\blight[- ]rail\b|\bstreetcars?\b"
    r"|\bbus\s+rapid\s+transit\b|\bbus\s+routes?\b|\broutes?\s+\d{1,3}\b"
)
#: For whom: riders, ridership, fares.
_RIDERS = Rx(r"\brid(?:ers?|ership)\b|\bfares?\b")
#: What the sentence's subject runs, as its own ("on its fixed-route buses and vanpool vehicles",
#: "at its transportation centers", "in front of its riders"; "our" in a quotation).
_RUNS = Rx(
    r"\b(?:its|our)\s+(?:[\w-]+\s+){0,2}?(?:buses|bus\s+(?:routes|fleet|lines|stops|shelters)"
    r"|routes|vehicles|vans|fleet|trains|streetcars|stations|platforms|paratransit|vanpools?"
    r"|(?:transit|transportation|transfer)\s+cent(?:er|re)s?|riders)\b"
)
#: A private operator's kind, in its name, the appositive the text gives it or the service it
#: runs: a company (Inc., LLC), a charter or tour operator, an intercity line, a rideshare
#: company, a trucking firm, a hotel's or resort's shuttle, a school-bus contractor.
_PRIVATE_OPERATOR = C(
    r"\b(?:compan(?:y|ies)|inc|llc|l\.l\.c|ltd|corp|firm|charters?|tours?|motor\s?coach(?:es)?"
    r"|coach\s+lines?|intercity|inter-city|interstate|rideshare|ride-?share|ride-?hailing"
    r"|trucking|freight|logistics|hotels?|resorts?|casinos?|shuttles?|school[- ]bus(?:es)?"
    r"|contractors?|private(?:ly)?|family-owned)\b"
)
#: The subject opening the sentence, as written: an optional dateline ("ARLINGTON HEIGHTS, Ill.
#: -"), a capitalised name of up to six words, an optional appositive between commas, then a
#: lower-case word (its verb).
_OPERATOR_SUBJECT = re.compile(
    r"[\s\-\u2013\u2014]*(?:[A-Z][A-Z .'-]{1,30}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s+[-\u2013\u2014]+\s+)?(?:The\s+)?([A-Z][\w&'.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'.-]*){0,5})"
    r"(,[^,.;\n]{1,80},)?\s+[a-z]"
)
_COMPANY_AFTER = r",?\s+(?:inc|llc|l\.l\.c|ltd|co|corp)\b"


def transit_operator(text: str, low: str) -> Cue | None:
    """A public transit operator named by a name with no office word ("Pace Suburban Bus is
    placing interior cards ... on its fixed-route buses and vanpool vehicles ... The cards tell
    riders ..."), read by what it runs and for whom: the subject opening a sentence where it acts
    (`_OFFICE_ACTS`) and that names what the subject runs as its own (`_RUNS`), in a text that
    names a service only public transit runs (`_PUBLIC_SERVICE`) and its riders or fares. A
    private operator (`_PRIVATE_OPERATOR` in its name, its appositive or what it runs; "Inc." or
    "LLC" after its name anywhere) is none: a charter or tour company, an intercity line, a
    rideshare company, a trucking firm, a hotel shuttle, a school-bus contractor (round 53)."""
    if _PUBLIC_SERVICE.search(low) is None or _RIDERS.search(low) is None:
        return None
    for run in _RUNS.finditer(low):
        lo, hi = sentence_span(low, run.start(), run.end())
        m = _OPERATOR_SUBJECT.match(text, lo, run.start())
        if m is None or not _OFFICE_ACTS.search(low, m.end(1), hi):
            continue
        name_lo, name_hi = m.span(1)
        # what the text calls it (its name and appositive) and what it runs
        called = low[name_lo : m.end(2) if m.group(2) else name_hi]
        told = called + " " + low[run.start() : run.end()]
        if (
            _PRIVATE_OPERATOR.search(told)
            or re.search(re.escape(low[name_lo:name_hi]) + _COMPANY_AFTER, low)
            or _company_signature(low)
        ):
            continue
        return Cue("public office", 0, name_lo, name_hi)
    return None


#: A company's legal form in a signature line's name ("Capital Coach Lines, Inc. | 1501 ...").
_COMPANY_FORM = C(r"\b(?:inc|llc|l\.l\.c|ltd|corp|company)\b")


def _company_signature(low: Lowered) -> bool:
    """The release is signed, among its last lines, by a company's legal name with its street
    address (round 61): the brand acting in it is that company's ("RideCap is putting the
    hotline in front of its riders" signed "Capital Coach Lines, Inc. | ..."), whatever public
    service it names."""
    start = max(0, len(low) - _SIGNATURE_REACH)
    for m in _NONBLANK_LINE.finditer(low, start):
        lo, hi = m.start(), m.end()
        if signature_line(low, lo, hi):
            bar = low.find("|", lo, hi)
            if _COMPANY_FORM.search(low, lo, bar if bar >= 0 else hi):
                return True
    return False


#: A public office named once where it does not act, with the short name the text gives it
#: ("The Central New York Regional Transportation Authority (Centro) has begun running ..."),
#: and that short name acting elsewhere ("Centro's chief executive said").
_OWN_SHORT_NAME = C(r"\(([A-Z][A-Za-z&]{1,9})\)")
#: A body known by its initials ("San Joaquin RTD", "every RTD bus") that the text calls by a
#: public body's common noun where it acts ("The district notes that ...", "the authority
#: said"): the initials name that body.
_INITIALS = re.compile(r"\b[A-Z]{2,5}\b")
_BODY_NOUN = C(
    r"\bthe\s+(?:district|authority|agency|department|commission)(?:['\u2019]s)?\s+"
    r"(?:[a-z]+\s+){0,2}?(?:notes?|noted|said|says|stated|announced|adds?|added|has|had|will|is"
    r"|was|began|launched|placed|installed|posted|printed|trained|runs?|ran|operates?)\b"
)
_BODY_NOUN_LITERALS = (
    "the district",
    "the authority",
    "the agency",
    "the department",
    "the commission",
)
#: initials that name no public body of the text's own (the hotline's, a time of day)
_NOT_BODY_INITIALS = frozenset({"NHTH", "NHTRC", "TV", "AM", "PM", "USA", "US", "FAQ", "ID", "PDF"})


def _acts_in_sentence(low: str, start: int, end: int) -> bool:
    lo, hi = sentence_span(low, start, end)
    return _OFFICE_ACTS.search(low, max(0, lo - 1), min(len(low), hi + 160)) is not None


def named_office(text: str, low: str) -> Cue | None:
    """A public office known by a name the text itself gives it (`_OWN_SHORT_NAME`) or by the
    initials it calls by a public body's noun (`_INITIALS`, `_BODY_NOUN`), acting where it is so
    named: the office the vocabulary cannot name."""
    if "(" in text:
        for m in _OWN_SHORT_NAME.finditer(text):
            short = m.group(1).lower()
            if short in _NOT_BODY_INITIALS or not any(
                o.end() <= m.start() <= o.end() + 40
                for o in _OFFICE.matches(low, max(0, m.start() - 120), m.start())
            ):
                continue
            for n in re.finditer(rf"\b{re.escape(short)}\b", low):
                if n.start() != m.start() + 1 and _acts_in_sentence(low, n.start(), n.end()):
                    return Cue("public office", 0, n.start(), n.end())
    if any(w in low for w in _BODY_NOUN_LITERALS):
        noun = _BODY_NOUN.search(low)
        if noun is None:
            return None
        seen: dict[str, list[re.Match]] = {}
        for m in _INITIALS.finditer(text, 0, noun.start()):
            if m.group(0) not in _NOT_BODY_INITIALS:
                seen.setdefault(m.group(0), []).append(m)
        for found in seen.values():
            if len(found) >= 2:
                m = found[0]
                return Cue("public office", 0, m.start(), m.end())
    return None


#: The name of the office cue that signs a first-person post with its hashtag.
SIGNED_OFFICE = "public office signing a first-person post (its hashtag)"
#: A hashtag in its written case ("#NavajoNationPolice", "#OPDCares").
_HASHTAG = re.compile(r"(?<![\w&])#([A-Z][A-Za-z]{3,})\b")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: A post in the first person plural ("We are bringing cards", "our staff will be there").
_WE = C(r"\b(?:we|our|us)\b")


def hashtag_office(text: str, low: str) -> Cue | None:
    """A post that speaks as "we" and is signed with a hashtag naming one public office
    ("#NavajoNationPolice"): the office is the post's speaker (its own social post), as the
    publisher is of a government site's page."""
    if not _WE.search(low):
        return None
    for m in _HASHTAG.finditer(text):
        words = _CAMEL.sub(" ", m.group(1)).lower()
        # the office word is the name's head ("Navajo Nation Police"), not a place in a
        # group's name ("Lincoln County Moms")
        if any(
            o.end() == len(words) and not o.group(0).endswith(_CLASS_OF_OFFICES)
            for o in _OFFICE.finditer(Lowered(words))
        ):
            return Cue(SIGNED_OFFICE, 0, 0, 0)
    return None


#: The name of the office cue that is a social post's author: the page's name above the post.
POSTED_OFFICE = "public office whose page posted the text (its name above the post's time)"
#: A post's time line under its author's name ("January 9 at 10:14 AM", "3h", "Yesterday at
#: 7:02 PM", "March 3, 2024 ·").
_POST_TIME_LINE = C(
    r"[ \t]*(?:(?:[a-z]+\s+\d{1,2}(?:,\s+\d{4})?|yesterday|today|\d{1,2}\s*[hmd])"
    r"(?:\s+at\s+\d{1,2}:\d{2}\s*(?:am|pm)?)?|\d{1,2}:\d{2}\s*(?:am|pm))[ \t\u00b7.-]*$"
)
#: A release's form line under its masthead: "Public Notice - April 28, 2025", "News Release",
#: "For Immediate Release": the office named above it issued the text, as a page's name above a
#: post's time posted it.
_RELEASE_FORM_LINE = C(
    r"[ \t]*(?:public\s+notice|news\s+release|press\s+release|media\s+release"
    r"|for\s+immediate\s+release)\b[^\n]{0,40}$"
)
#: The longest line a page's name above its post may be.
_AUTHOR_LINE_CHARS = 80


def post_author_office(low: str) -> Cue | None:
    """A social post whose first line is one public office's name (the office word its head:
    "Turtle Mountain Law Enforcement Services", "Harlan County Sheriff's Office") and whose next
    line is the post's time ("January 9 at 10:14 AM"): the office is the post's author and
    speaker, as the publisher is of a government site's page."""
    lines = [(m.start(), m.end()) for m in _NONBLANK_LINE.finditer(low, 0, 400)][:2]
    if len(lines) < 2 or lines[0][1] - lines[0][0] > _AUTHOR_LINE_CHARS:
        return None
    (lo, hi), (t_lo, t_hi) = lines
    if not (_POST_TIME_LINE.match(low, t_lo, t_hi) or _RELEASE_FORM_LINE.match(low, t_lo, t_hi)):
        return None
    name = low[lo:hi].rstrip()
    for o in _OFFICE.finditer(low, lo, hi):
        if o.end() == lo + len(name) and not o.group(0).endswith(_CLASS_OF_OFFICES):
            return Cue(POSTED_OFFICE, 0, lo, hi)
    return None


_NONBLANK_LINE = C(r"(?m)^[ \t]*\S[^\n]*")


#: The name of the office cue that signs a release with its name and street address.
SIGNED_BY_ADDRESS = "public office signing the release (its name and street address)"
#: How far from the text's end its signature line may stand.
_SIGNATURE_REACH = 400
#: Where a signature line's first cell (the name) ends.
_CELL_END = C(r"[ \t]*(?:\||,)")


def signature_office(low: Lowered) -> Cue | None:
    """A release signed, among its last lines, by one public office's name with its street
    address (`signature_line`), the office word the name's head ("Indianapolis Public
    Transportation Corporation | 1501 W. Washington St., Indianapolis, IN 46222"): the office
    issued the release, whatever brand name it acts under in the text ("IndyGo is putting the
    hotline in front of its riders"), as the publisher does of a government site's page (round
    52). A company's name ("Capital Coach Lines, Inc. | ...") names none."""
    start = max(0, len(low) - _SIGNATURE_REACH)
    for m in _NONBLANK_LINE.finditer(low, start):
        lo, hi = m.start(), m.end()
        if not signature_line(low, lo, hi):
            continue
        cell = _CELL_END.search(low, lo, hi)
        end = len(low[lo : cell.start()].rstrip()) + lo if cell is not None else hi
        for o in _OFFICE.finditer(low, lo, end):
            if (
                o.end() == end
                and not o.group(0).endswith(_CLASS_OF_OFFICES)
                and not _not_actor(low, o.start())
            ):
                return Cue(SIGNED_BY_ADDRESS, 0, lo, hi)
    return None


def _signed(out: Outreach) -> bool:
    return out.office is not None and out.office.name in (
        SIGNED_OFFICE,
        POSTED_OFFICE,
        SIGNED_BY_ADDRESS,
    )


def _office_speaks(a: Analysis, out: Outreach, lo: int, hi: int) -> bool:
    """The text is an office's own: a government site published it, an office signs the post
    (`hashtag_office`), or one office is named in low[lo:hi] (its lead) as the one acting, by
    its name or by the short name the text gives it (`_short_name_in`)."""
    return (
        a.publisher is not None
        or _signed(out)
        or _office_named(a.low, lo, hi, one=True)
        or _short_name_in(a.low, out.office, lo, hi)
    )


#: The short name a text gives the office it names, in brackets right after the name ("Utah
#: Transit Authority (UTA)", "Sacramento Regional Transit District (SacRT)", "Department of
#: Public Safety (DPS)"): one word of 2-8 letters, the name's last words at most four after the
#: office word.
_SHORT_NAME_AFTER = C(r"(?:\s+[\w&'\u2019-]+){0,4}?\s*\(([a-z][a-z&]{1,7})\)")


def _short_name_in(low: str, office: Cue | None, lo: int, hi: int) -> bool:
    """The office acting is named in low[lo:hi] by the short name the text gives it ("UTA Posts
    Trafficking Hotline", then "The Utah Transit Authority (UTA) is running ..."): a body's own
    short name names that body wherever the text uses it, a headline most of all."""
    if office is None or office.end == 0 or "(" not in low:
        return False
    m = _SHORT_NAME_AFTER.match(low, office.end)
    if m is None:
        return False
    return re.search(rf"\b{re.escape(m.group(1))}\b", low[lo:hi]) is not None


#: The name of the office cue found only because the page speaks to the reader.
PAGE_OFFICE = "public office named on a page that speaks to the reader"
#: The name of the office cue that is the publisher of a government site's page (its URL).
PUBLISHER_OFFICE = "publisher: a government site"
_NGO = Rx(OUTREACH_CUES["non_government"])
#: What makes an organisation word a government's body ("a corporation owned by the State of
#: Alaska", "a public corporation created by the Legislature", "an instrumentality of the state").
_GOVERNMENT_BODY = Rx(OUTREACH_CUES["government_body"])
#: A public institution named by its kind ("a state university", "the community college"): an
#: organisation word inside such a name is a public body's, not a non-government one's.
_PUBLIC_INSTITUTION = Rx(OUTREACH_CUES["public_institution"])
#: How far from an organisation word the words making it a government's may stand (in its
#: sentence): "The railroad, a corporation owned by the State of Alaska", "a state-owned company".
_GOVERNMENT_BODY_REACH = 80


#: A university's own unit ("University Security", "University Police", "the university's
#: Title IX office"): a public body where the text names its university as a public one.
_UNIVERSITY_UNIT = C(
    r"university(?:['\u2019]s)?\s+(?:security|police|public\s+safety|title\s+ix|safety)\b"
)


def _public_university(low: str) -> bool:
    return any("universit" in m.group(0) for m in _PUBLIC_INSTITUTION.finditer(low))


#: A college's or university's own police, named by its institution ("Stockton University Police
#: Department", "the university's police", "College Police", "campus police"): police of any
#: kind are a public office (round 54), so the institution whose police act is no
#: non-government organisation's voice, unless the text calls it private (`_CALLED_PRIVATE`).
_INSTITUTION_POLICE = C(
    r"\b(?:universit(?:y|ies)|college|campus)(?:['\u2019]s)?\s+(?:campus\s+)?police\b"
)
#: The text calls its college or university private: "a private liberal arts college", "a
#: private, independent college", "an independent university", a church's college ("a private
#: Catholic college", "a Jesuit university", "a college of the Reformed tradition").
_CALLED_PRIVATE = C(
    r"\bprivate\b[^.\n]{0,60}?\b(?:college|university|institution)\b"
    r"|\b(?:college|university)\b[^.\n]{0,40}?,\s+(?:an?\s+)?private\b"
    r"|\bindependent\s+(?:[\w-]+\s+){0,2}?(?:college|university)\b"
    r"|\b(?:catholic|jesuit|christian|lutheran|methodist|baptist|presbyterian|episcopal|quaker"
    r"|mennonite|adventist|benedictine|franciscan|dominican)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:college|university)\b"
    r"|\b(?:college|university)\s+of\s+the\s+[\w-]+\s+tradition\b"
)
_PRIVATE_WORDS = Literals(
    "private",
    "independent",
    "catholic",
    "jesuit",
    "christian",
    "lutheran",
    "methodist",
    "baptist",
    "presbyterian",
    "episcopal",
    "quaker",
    "mennonite",
    "adventist",
    "benedictine",
    "franciscan",
    "dominican",
    "tradition",
)


def called_private(low: Lowered | str) -> bool:
    """The text calls its college or university a private one (`_CALLED_PRIVATE`); once a
    document."""
    found = low.found.get(("called private",)) if isinstance(low, Lowered) else None
    if found is None:
        found = _PRIVATE_WORDS.any_in(low) and _CALLED_PRIVATE.search(low) is not None
        if isinstance(low, Lowered):
            low.found[("called private",)] = found
    return bool(found)


#: The text gives its college or university an appositive calling it public (round 65): "EOU,
#: a public university in La Grande", "Harlan State, a public college", "a member of the State
#: University System": a public institution, whatever its name.
_CALLED_PUBLIC = C(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?public\s+(?:[\w-]+\s+){0,2}?(?:college|university)\b"
    r"|\b(?:part|member|campus)\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:university|college)\s+system\b"
)


def called_public(low: Lowered | str) -> bool:
    """The text calls its college or university a public one (`_CALLED_PUBLIC`) and never a
    private one; once a document."""
    found = low.found.get(("called public",)) if isinstance(low, Lowered) else None
    if found is None:
        found = (
            ("public" in low or "system" in low)
            and _CALLED_PUBLIC.search(low) is not None
            and not called_private(low)
        )
        if isinstance(low, Lowered):
            low.found[("called public",)] = found
    return bool(found)


def _institution_police(low: str) -> bool:
    """The text names a college's or university's own police, an institution it does not call
    private: that institution's police act as a public office."""
    return (
        "police" in low and _INSTITUTION_POLICE.search(low) is not None and not called_private(low)
    )


#: A campus unit of safety by its own name ("UH West O'ahu Campus Security", "Campus Safety",
#: "University Security", "College Public Safety"), acting in its sentence: a unit of its
#: institution, a public office where the text names that institution as a public one (`public
#: institution`: "the University of Hawai'i", "a state college") and never calls it private.
_CAMPUS_UNIT = Rx(r"\b(?:campus|university|college)\s+(?:security|safety|public\s+safety)\b")


def campus_unit_office(low: Lowered) -> Cue | None:
    """The first campus unit of safety (`_CAMPUS_UNIT`) acting in its sentence, in a text that
    names its institution as a public university or college and never calls it private (round
    54): the public office acting, as the institution's police are. Asked only where no office
    was found."""
    for m in _CAMPUS_UNIT.finditer(low):
        lo, hi = sentence_span(low, m.start(), m.end())
        if _not_actor(low, m.start()) or not _OFFICE_ACTS.search(low, m.end(), hi):
            continue
        if _public_campus(low) and not called_private(low):
            return Cue("public office", 0, m.start(), m.end())
        return None
    return None


#: The institution's name right before its police ("Saint Ambrose University Police", "the
#: college's campus police").
_INSTITUTION_BEFORE_POLICE = C(
    r"\b(?:universit(?:y|ies)|college|campus)(?:['\u2019]s)?\s+(?:campus\s+)?$"
)


def _private_institution_police(low: str, start: int) -> bool:
    """The police word at `start` is a college's or university's own police in a text that
    calls its institution private: the college's unit, no government's (round 54), as its
    Residence Life office is (round 47)."""
    return _INSTITUTION_BEFORE_POLICE.search(
        low, max(0, start - 30), start
    ) is not None and called_private(low)


def _public_campus(low: str) -> bool:
    """The text names a public university or college (`public_institution`)."""
    return any(
        "universit" in m.group(0) or "college" in m.group(0)
        for m in _PUBLIC_INSTITUTION.finditer(low)
    )


def _ngo_in_lead(low: str, lead: int) -> bool:
    """An organisation word in the lead that names a non-government body. An organisation word
    its own sentence makes a government's (owned, created or chartered by a government, an
    instrumentality or component unit of one, a public corporation, state-owned) names a
    public body, whatever the wording and wherever the lead ends: no organisation's voice."""
    for m in _NGO.finditer(low, 0, lead):
        if any(
            i.start() <= m.start() and m.end() <= i.end()
            for i in _PUBLIC_INSTITUTION.finditer(low, max(0, m.start() - 30), m.end() + 30)
        ):
            continue  # "the state university": the public institution's own name
        if _UNIVERSITY_UNIT.match(low, m.start()) and _public_university(low):
            continue  # "University Security" of a text naming its state university
        if m.group(0) == "university" and _institution_police(low):
            continue  # "Stockton University", whose own police act: police are an office
        if m.group(0) in ("university", "college") and called_public(low):
            continue  # (round 65) "EOU, a public university in La Grande": the text says so
        lo, hi = sentence_span(low, m.start(), m.end())
        near_lo = max(lo, m.start() - _GOVERNMENT_BODY_REACH)
        near_hi = min(hi, m.end() + _GOVERNMENT_BODY_REACH)
        if _GOVERNMENT_BODY.search(low, near_lo, near_hi) is None:
            return True
    return False


_REPORT = Rx(OUTREACH_CUES["report"])
#: The text calling itself a report ("This report summarizes ...").
_SELF_REPORT = C(r"\bthis\s+report\b")
_SAME_SUBJECT = C(r"\s*(?:they|it|its|their|the\s+(?:group|organi[sz]ation|non-?profit))\b")
#: The lead of a text: its headline and first sentence, where a release names whose it is (at
#: most the first half of a short text).
LEAD_CHARS = 350


#: Office words that name a class of offices, not one ("our member agencies", "officials",
#: "lawmakers", "airport authorities"): no office whose own page or release a text could be.
_CLASS_OF_OFFICES = (
    "agencies",
    "officials",
    "senators",
    "representatives",
    "lawmakers",
    "legislators",
    "troopers",
    "authorities",
    "districts",
    "boards",
)


def _office_named(low: str, lo: int, hi: int, one: bool = False) -> bool:
    """A public office is named in low[lo:hi] other than as where reports go, a source or the
    one asked; with `one`, a single office (the text's own author or speaker), not a class of
    offices, which names no office in particular."""
    memo = ("office named", lo, hi, one)  # the lead is asked up to four times a document
    named = low.found.get(memo)
    if named is None:
        named = low.found[memo] = any(
            not (one and m.group(0).endswith(_CLASS_OF_OFFICES)) and not _not_actor(low, m.start())
            for m in _OFFICE.matches(low, lo, hi)
        )
    return named


def _lead_end(low: str) -> int:
    """Where the lead ends (LEAD_CHARS, at most half of a short text)."""
    return min(LEAD_CHARS, len(low) // 2)


@dataclass
class Voice:
    """Whose effort a text reports: a public office's own outreach (the office is named in the
    headline or lead, as the subject of the release) or a non-government organisation's (a
    nonprofit, an association, a club, a company runs it, or the hotline is given in its
    sentences), or an office's account of past work (an annual report)."""

    office_lead: bool = False
    ngo_lead: bool = False
    #: the speaker calls itself a nonprofit ("Canyon Rise Center is a nonprofit organization
    #: funded by private donors", "We are a 501(c)(3)"): an organisation's voice wherever an
    #: office is named or whoever published the page (counted in `ngo_lead`)
    ngo_self: bool = False
    #: a seller's product page (hotline_watch.coding.mandate.sales_page) no government site
    #: published: a company's sales copy, whatever offices its products name (counted in
    #: `ngo_lead`)
    seller: bool = False
    #: every hotline the text gives is given in a non-government organisation's sentences
    hotline_ngo: bool = False
    #: a report cue anywhere (the model's feature `office_report`)
    report: bool = False
    #: the report is the text's subject: named in the lead, or the text calls itself one ("this
    #: report"); a report mentioned further on is an item of the news (an annual report
    #: presented at a summit), not an account of past work the text is
    report_subject: bool = False


#: A line the text's speaker calls its own ("Call our 24-hour helpline at", "our crisis line:"),
#: right before the number.
_OWN_LINE_BEFORE = C(
    r"\bour\s+(?:[\w/'\u2019-]+\s+){0,3}?(?:hot\s?line|help\s?line|tip\s?line|crisis\s+line"
    r"|line)\b[^.;!?]{0,40}$"
)
_QUOTE_MARKS = ('"', "\u201c", "\u201d")
#: How near after the speaker's own line a national line stands to be in the same list
_OWN_LINE_NEXT = 160


def _own_line(low: str, r: HotlineRef, lo: int, hi: int) -> bool:
    """The number is given as the speaker's own line ("Call our helpline at ..."), outside any
    quotation (where "our" is the quoted speaker's)."""
    return bool(_OWN_LINE_BEFORE.search(low, max(lo, r.start - 80), r.start)) and not any(
        q in low[lo:hi] for q in _QUOTE_MARKS
    )


#: What a nonprofit calls itself; `_SELF_BEFORE` must read, from the start of its sentence, a
#: short name (or "we") and "is / are a ...".
#: (each branch led by its literal, `\b` as a lookbehind after it: `re` skips to the branches'
#: first letters rather than trying each position)
_NONPROFIT = C(
    r"non-?profit|not-for-profit|501\s?\(c\)\s?\(3\)"
    r"|charitable(?<!\wcharitable)\s+organi[sz]ation"
    r"|community-based(?<!\wcommunity-based)\s+organi[sz]ation"
    r"|legal(?<!\wlegal)\s+aid\s+(?:society|organi[sz]ation)"
)
_NONPROFIT_WORDS = Literals("profit", "501", "charitable", "community-based", "legal aid")
#: A name's own appositive in brackets: "Casco Legal Partners (a nonprofit law office)", "Harbor
#: Aid (a 501(c)(3) charitable organization)": how a page introduces its own organisation.
_APPOSITIVE_BEFORE = C(r"[\w.'\u2019&-]+\s*\(\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?$")
_SELF_BEFORE = C(
    r"(?:^|[.!?]\s+|\n)[ \t]*(?:[\w.'\u2019&-]+(?:,\s+(?:inc|llc|ltd|corp)\b\.?)?\s+){1,6}?"
    r"(?:is|are)\s+"
    r"(?:an?\s+(?:[\w-]+\s+){0,2}?"
    # or what it belongs to is: "is a project of a 501(c)(3) nonprofit", "is part of the ..."
    r"(?:(?:project|program|programme|initiative|ministry|service|chapter|affiliate|member"
    r"|subsidiary|division|arm)\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?)?"
    r"|(?:a\s+)?part\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?)$"
)


def calls_itself_nonprofit(low: str) -> bool:
    """A sentence opens with a name (or "we") saying it is a nonprofit: "North Shore Advocates is
    a nonprofit and a Safe Harbor partner agency", "We are a private nonprofit". Over all 1,732
    development texts the form occurs in 13, every one labelled negative."""
    if not _NONPROFIT_WORDS.any_in(low):
        return False  # most texts: no word the form needs
    return any(
        _SELF_BEFORE.search(low, max(0, m.start() - 120), m.start())
        or _APPOSITIVE_BEFORE.search(low, max(0, m.start() - 80), m.start())
        for m in _NONPROFIT.finditer(low)
    )


def voice(
    low: str,
    given: list[HotlineRef],
    publisher: str | None = None,
    office_site: bool = False,
    transit: Cue | None = None,
) -> Voice:
    """The cues of whose effort it is (see `Voice`). A line the text calls its own ("our
    helpline") on a page no government site published is the speaker's own, an organisation's:
    nothing shows a public office as the "our" (an office's own page is on its site).
    `office_site`: the text is a government site's own page stating no posting duty, where no
    organisation word in the lead makes it an organisation's text. `transit`: the transit agency
    acting (`transit_office`), an office in the lead where it is named there."""
    lead = _lead_end(low)
    report = _REPORT.search(low)
    office_lead = (transit is not None and transit.start < lead) or _office_named(low, 0, lead)
    v = Voice(office_lead=office_lead, report=report is not None)
    v.report_subject = report is not None and (
        report.start() < lead or _SELF_REPORT.search(low, report.start()) is not None
    )
    v.ngo_self = calls_itself_nonprofit(low)
    # a public office speaking in the lead of a page that sells nothing (no price, no customer's
    # cart) is that office's release whatever trade words it uses (a lottery commission "is
    # shipping counter decals" for "checkout counters") (round 62)
    v.seller = publisher is None and sales_page(low) and (not office_lead or sells(low))
    # a government site's own page (not one stating a posting duty, which is about a law) is an
    # office's text whatever organisation words its lead has ("the Kentucky Horse Racing and
    # Gaming Corporation"), unless it calls itself a nonprofit
    v.ngo_lead = (
        v.ngo_self
        or v.seller
        or (not v.office_lead and not office_site and _ngo_in_lead(low, lead))
    )
    attributed = 0
    own_end: int | None = None  # where the last line the speaker calls its own ends
    for r in given[:5]:
        # the hotline's sentence, and the one before when it goes on about the same subject:
        # "The non-profit works to raise awareness ... They also have a 24-hour hotline at ..."
        # The organisation must be named before the hotline: one named after it is where it
        # is posted or who spoke ("post it in company housing", "at a forum by the Coalition").
        lo, hi = sentence_span(low, r.start, r.end)
        if _SAME_SUBJECT.match(low, lo) and lo > 1:
            lo = sentence_span(low, lo - 2, lo - 2)[0]
        if publisher is None and _own_line(low, r, lo, hi):
            attributed += 1
            own_end = r.end
            continue
        if r.scope == "national" and own_end is not None and r.start - own_end < _OWN_LINE_NEXT:
            # the national line right after the speaker's own ("Call our worker hotline at ...
            # For trafficking at any hour, the National Human Trafficking Hotline"): the same
            # speaker's list of lines, an organisation's (an office's own page is on its site)
            attributed += 1
            continue
        if r.scope == "national":
            # the national line is no organisation's own, whoever is named in its sentence (a
            # partner "designed with the Coalition", a place "at churches")
            break
        if not (_NGO.search(low, lo, r.start) and not _office_named(low, lo, hi)):
            break
        attributed += 1
    v.hotline_ngo = bool(given) and attributed == min(5, len(given))
    return v


#: A hotline banner: a short line at the top of a page that names a trafficking hotline or tells
#: the reader to call, with the number on it or on the next lines ("National Human Trafficking
#: Hotline / Call for help or to report a tip ... / 1 (888) 373-7888").
_BANNER_WORDS = Rx(r"hot\s?line|tip\s?line|\bcall\b|\btext\b|\breport\b")
_BANNER_REACH = 600


def hotline_banner(low: str, refs: list[HotlineRef]) -> Cue | None:
    """The hotline displayed at the top of a page (its own line, near the start): on an office's
    page that is the outreach itself."""
    for r in refs:
        if r.number is None or not r.given or r.start > min(_BANNER_REACH, len(low) // 2):
            continue
        lo, hi = line_span(low, r.start, r.end)
        if hi - lo > 120:
            continue  # a number inside running text, not a line of its own
        head = lo
        for _ in range(2):  # the line itself and up to two non-empty lines above it
            if head == 0:
                break
            prev = low.rfind("\n", 0, head - 1) + 1
            while prev > 0 and not low[prev : head - 1].strip():
                prev = low.rfind("\n", 0, prev - 1) + 1
            if head - 1 - prev > 120:
                break
            head = prev
        if _BANNER_WORDS.search(low, head, hi):
            return Cue("hotline_banner", 2, lo, hi)
    return None


def _office_reminds(a: Analysis, reminder: Cue) -> bool:
    """A reminder of a posting duty is an office's outreach when the office reminds ("The
    Attorney General reminds businesses to post ...") or the text is the office's own (named
    in the lead, or its site); a trade association's reminder to its members ("Members ... are
    reminded that state law requires them to post") is not."""
    low = a.low
    lo, hi = sentence_span(low, reminder.start, reminder.end)
    return (
        _office_named(low, lo, hi)
        or a.publisher is not None
        or _office_named(low, 0, _lead_end(low))
    )


#: An opinion piece's address ("/opinion/", "/op-ed/", "/letters-to-the-editor/", "/commentary/").
_OPINION_URL = re.compile(
    r"/(?:opinions?|op-?eds?|editorials?|commentary|columns?|letters?(?:[_-]to[_-](?:the[_-])?"
    r"editor)?)(?:/|$)",
    re.I,
)
#: An opinion piece's author note, its last paragraph: "The author is executive director of
#: ...", or a name (two to four words) that "is the founder of ...". A line that quotes or
#: reports speech ("..., the Chairman said", "the Authority's executive director noted") is a
#: release's closing quote, not an author note.
_AUTHOR_LINE = C(
    r"(?:\W{0,3})(?:the\s+(?:author|writer)s?\s+(?:is|are)\b"
    r"|(?!(?:the|our|this|that|it|its|their|his|her|a|an)\b)"
    r"[\w.'\u2019-]+(?:[ ][\w.'\u2019-]+){1,3}"
    r"\s+is\s+(?:the\s+|an?\s+)?[^.\n]{0,80}?\b(?:director|founder|president|ceo|chair\w*"
    r"|professor|volunteer|advocate|survivor|columnist|writer|pastor|member)\b)"
)
_REPORTED_SPEECH = C(r"[\"\u201c\u201d]|\b(?:said|says|noted|notes|added|explained|told)\b")
#: An opinion piece that says it is one in its headline ("Opinion: ...", "Guest column: ...",
#: "Op-ed | ...", "Letter to the editor: ...", "Commentary: ...").
_OPINION_HEAD = C(
    r"\W{0,3}(?:opinion|op-?ed|guest\s+(?:column|view|opinion|commentary|essay)|commentary"
    r"|letters?\s+to\s+the\s+editor|viewpoint|my\s+turn|[a-z]+\s+view)\s*[:|\u2013\u2014-]"
)


def opinion_author(a: Analysis) -> tuple[int, int] | None:
    """An opinion piece, on positive evidence only (its address, a headline that says so, or a
    closing author note): the span of its author line, or the headline's span where there is no
    author note (a byline there)."""
    low = a.low
    tail = low.rstrip()
    last = tail.rfind("\n") + 1
    if (
        _AUTHOR_LINE.match(tail, last)
        and len(tail) - last <= 300
        and not _REPORTED_SPEECH.search(tail, last)
    ):
        return last, len(tail)
    head = low.find("\n\n")  # the headline (and byline): where an office-holder signs
    if (a.url and _OPINION_URL.search(a.url.split("?", 1)[0])) or _OPINION_HEAD.match(low):
        return 0, min(200, len(low) if head < 0 else head)
    return None


#: A trafficking hotline handed to the reader to get help or to report: a line of its own that
#: names it or tells the reader to call ("Call the National Human Trafficking Hotline:
#: 1-888-373-7888", "National Human Trafficking Hotline: 1-888-373-7888 (24/7, confidential)"),
#: or a sentence that tells the reader whom to call ("Workers ... can contact the National Human
#: Trafficking Hotline at 1-888-373-7888").
_READER_LINE = C(
    r"[ \t]*(?:[-\u2022*][ \t]*)?(?:(?:call|text|contact|report\w*)\b|(?:the\s+)?(?:national|state"
    r"|[\w'\u2019-]+\s+(?:state|human))\b[^\n]{0,60}?(?:hot\s?line|tip\s?line|text\s+line)\b|text\b)"
)
_READER_VERB = C(
    r"\b(?:please|should|can|may|could)\s+(?:call|contact|text|dial|reach|report)\b[^.;!?]{0,100}$"
    r"|(?:^|[.!?:]\s*|\n\s*)(?:call|contact|text|dial|report)\b[^.;!?\n]{0,100}$"
    # (round 63) the imperative after a condition: "If you believe someone is being trafficked,
    # call the National Human Trafficking Hotline at ..."
    r"|\b(?:if|when|whenever)\s+(?:you|someone|anyone)\b[^.;!?\n]{0,100}?,\s*(?:please\s+)?"
    r"(?:call|contact|text|dial|report)\b[^.;!?\n]{0,100}$"
)


def _about_nothing_else(out: Outreach, prosecution_word: bool = False) -> bool:
    """An office acts and nothing else is the text's subject: no prosecution, bill, letter or
    report cue, no non-government organisation's voice. With `prosecution_word`, one
    prosecution cue outside the headline and first sentence is allowed (`prosecution_subject`)."""
    return not (
        out.office is None
        or (out.prosecution_subject if prosecution_word else out.prosecution)
        or out.bill_subject
        or out.letter_cue
        or out.voice.report_subject
        or out.voice.ngo_lead
        or out.voice.hotline_ngo
    )


def hotline_to_reader(a: Analysis, out: Outreach) -> Cue | None:
    """An office's own page or release about trafficking that hands a trafficking hotline's
    number to the reader, to get help or to report (a help page, a page for drivers, outreach
    to workers): that is the outreach the concept names, even where no campaign word is used.
    Only where nothing else is the text's subject: no prosecution, bill, letter or report
    cue, no non-government organisation's voice; and only where the text is positively an
    office's own: a government site's page (its URL), or one office named in the lead as its
    speaker, never a class of offices ("Our member agencies ... provide", a coalition's page)."""
    low = a.low
    if not _about_nothing_else(out) or not _office_speaks(a, out, 0, _lead_end(low)):
        return None
    for r in out.given:
        if r.number is None or r.scope == "unspecified":
            continue
        lo, hi = line_span(low, r.start, r.end)
        if hi - lo <= 120 and _READER_LINE.match(low, lo):
            return Cue("hotline_to_reader", 2, lo, hi)
        s_lo, s_hi = sentence_span(low, r.start, r.end)
        if _READER_VERB.search(low, s_lo, r.start):
            return Cue("hotline_to_reader", 2, s_lo, s_hi)
    return None


#: A line that is only a date ("February 17, 2023", "2024-05-01", "05/01/2024"): above a
#: headline or a lead, never its subject.
_DATE_LINE = C(
    r"[ \t]*(?:(?:[a-z]+\.?[ \t]+)?[a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}/\d{1,2}/\d{2,4})[ \t]*$"
)
#: A count in the hotline's sentence ("There were 232 contacts to the National Human
#: Trafficking Hotline - 1-888-373-7888 - and 81 cases"): the number printed in a statistic.
_HOTLINE_STATISTIC = C(
    r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:contacts|calls|cases|tips|reports|signals|texts"
    r"|victims|survivors)\b"
)


def _statistic(low: str, lo: int, hi: int, given: list[HotlineRef]) -> bool:
    """A count in low[lo:hi] (`_HOTLINE_STATISTIC`) that is not a hotline's own digits ("the
    hotline, 1-888-373-7888, which takes calls in 200 languages" counts nothing)."""
    return any(
        not any(r.start <= m.start() < r.end for r in given)
        for m in _HOTLINE_STATISTIC.finditer(low, lo, hi)
    )


#: Prosecution words that name an office's people, not an act of prosecution.
_OFFICE_PEOPLE = frozenset({"detective", "detectives", "investigator", "investigators"})


#: A news story's byline, a line of its own ("By Caleb Musser", "By Jan A. Ortiz-Reyes"): the
#: writer, no sentence of the story (skipped as a date line is, round 66).
_BYLINE_LINE = C(r"[ \t]*by[ \t]+[a-z][\w.'\u2019-]*(?:[ \t]+[a-z][\w.'\u2019-]*){1,3}[ \t]*$")


@lru_cache(maxsize=4)  # asked up to five times per text
def subject_span(low: str, start: int = 0) -> tuple[int, int]:
    """The headline and the first sentence of the body: where a text names its subject, the
    one acting ("Health Department Inspectors Bring ... / WHITE PLAINS - When Westchester County
    Department of Health sanitarians ..."). Date lines are skipped; a label line ("Contact Us",
    "Hotlines banner") counts as a line, so an office named further down is not the subject.
    With `start`, read from there (after a site's chrome: `chrome_head_end`)."""
    lines: list[tuple[int, int]] = []
    pos = start
    while len(lines) < 2 and pos < len(low):
        end = low.find("\n", pos)
        end = len(low) if end < 0 else end
        if (
            low[pos:end].strip()
            and not _DATE_LINE.match(low, pos, end)
            and not _BYLINE_LINE.match(low, pos, end)
        ):
            lines.append((pos, end))
        pos = end + 1
    if not lines:
        return 0, 0
    lo, hi = lines[0][0], lines[-1][0]
    stop = sentence_span(low, hi, hi)[1]
    # a sentence cut by an abbreviation's full stop ("Stone crab season opened Oct. 15, and when
    # ... Commission officers walked the docks", "Sen. Dana Voss said") runs on to the next
    while stop < lines[-1][1] and (
        _ABBREVIATION_END.search(low, max(hi, stop - 8), stop)
        or (stop - hi < 40 and _DATELINE.fullmatch(low, hi, stop))
    ):
        stop = sentence_span(low, stop + 1, stop + 1)[1]
    return lo, min(stop, lines[-1][1])


#: A dateline whose state is abbreviated ("FAIRMONT, W.Va.", "ALBANY, Ga."): a place, no sentence.
_DATELINE = C(r"[a-z][a-z .'-]{1,25},\s+(?:[a-z]\.){0,2}[a-z]{1,5}\.")


#: The abbreviations whose full stop ends no sentence: months, titles and ranks, "St.", "No.".
_ABBREVIATION_END = C(
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|gov|sen|rep|reps|sens|lt|col|capt|sgt|gen|maj"
    r"|cpl|det|insp|supt|dr|mr|mrs|ms|st|no|dept|u\.s|jr|sr|co|inc|ft|mt)\.$"
)


def hotline_in_body(a: Analysis, out: Outreach) -> Cue | None:
    """An office's own text about trafficking (its site published it, or one office is named
    in the headline or first sentence as the one acting) that prints a trafficking hotline's
    number in its body, where no effort cue fired: the handing-over is the effort, whatever
    words describe it (cards at a rodeo, lobby screens, a flyer left in employee housing, radio
    spots). Only where nothing else is the text's subject (as `hotline_to_reader`), not a
    release whose lead is an enforcement action, and not a number printed inside a statistic."""
    low = a.low
    if not _about_nothing_else(out, prosecution_word=True) or enforcement_lead(low):
        return None
    speaker = _office_speaks(a, out, *subject_span(low))
    for r in out.given:
        if r.number is None or r.scope == "unspecified":
            continue
        s_lo, s_hi = sentence_span(low, r.start, r.end)
        if _statistic(low, s_lo, s_hi, out.given):
            continue
        p_lo, p_hi = line_span(low, r.start, r.end)
        if (
            out.prosecution
            and not low[p_hi:].strip()
            and not _HANDOUT_READS.match(low, p_lo, p_hi)
            and not _artefact_carries(low, s_lo, r.start)
        ):
            # a text with a prosecution word whose hotline is its last paragraph: the closing
            # line of a release about an investigation, not a hand-over in the body; unless the
            # paragraph opens with the office's card or poster that carries it ("The card
            # reads: ... 1-888-373-7888"), whose words are quoted, not the release's own
            continue
        if (
            speaker
            or _office_medium(low, r.start)
            or _office_hands_out(low, out.office, r.start)
            or _office_artefact(a.text, low, out.office, r.start)
        ):
            return Cue("hotline_in_body", 2, s_lo, s_hi)
    return None


#: A gathering an office holds for people (a presentation, a meeting, a talk, a forum ...).
#: The whole class of gatherings and trainings an office holds, hosts, offers or leads: talks
#: and meetings (forum, town hall, panel, listening session, open house), teaching (workshop,
#: seminar, webinar, course, class, training, in-service, roll-call training, lunch-and-learn),
#: large gatherings (summit, conference, symposium, fair, expo), public ones (vigil, walk, run,
#: rally, march, booth, table, screening). Words with other senses are taken only in the sense of
#: a gathering ("of course", "press conference", "fair wages", "in March" are none).
_GATHERING = C(
    r"\b(?:presentations?|meetings?|talks|forums?|workshops?|seminars?|webinars?|classes"
    r"|sessions|town\s+halls?|open\s+houses?|lectures?|assembl(?:y|ies)|listening\s+sessions?"
    r"|panels?|booths?|summits?|symposi(?:um|ums|a)|vigils?|rall(?:y|ies)|expos?"
    r"|trainings?|in-?services?|roll[- ]call\s+trainings?|lunch[- ]and[- ]learns?"
    r"|(?<!of\s)courses?|(?<!press\s)(?<!news\s)conferences?|marches"
    r"|march(?:es)?\s+(?:against|to\s+end|for\s+(?:freedom|survivors|awareness))"
    r"|(?:information(?:al)?|resource|awareness|outreach)\s+tables?|tables?\s+at\s+the"
    r"|(?:health|resource|job|community|county|state|career|safety)\s+fairs?"
    r"|(?:film|documentary)\s+screenings?|screenings?\s+of"
    r"|(?:awareness|community|freedom|unity|candlelight|memorial)\s+(?:events?|walks?|runs?"
    r"|nights?|days?|vigils?)|(?:safety|information(?:al)?|training|education(?:al)?|prevention)"
    r"\s+(?:nights?|evenings?)|(?:walks?|runs?|5k)\s+(?:to|for|against)\s+(?:end|freedom|awareness)"
    r"|briefings?|orientation\s+sessions?|(?:training|awareness|education(?:al)?|orientation"
    r"|information(?:al)?|safety|prevention)\s+(?:session|modules?))\b"
)
#: A gathering is one an office holds, hosts, offers, leads or people attend: a verb of holding
#: in its sentence ("job training" among a fund's services, "conference travel" charged to a
#: grant, are none).
_HOLDING = C(
    r"\b(?:hold|holds|holding|held|host\w*|offer\w*|lead|leads|leading|led|gave|give\w*"
    r"|present\w*|organi[sz]\w*|sponsor\w*|teach\w*|taught|train(?:s|ed)?|attend\w*|took"
    r"|tak(?:e|es|ing)|complet\w*|invit\w*|join\w*|will|schedul\w*|plann\w*|kick\w*|open\w*"
    r"|sat|staff\w*|set\s+up|walk(?:ed|ing)?|spoke|speak\w*|request\w*|book\w*|arrang\w*"
    r"|deliver\w*|conduct\w*)\b"
)
#: A duty stated in law's words ("shall"; a release says "must" in its quotes too).
_DUTY_MODAL = C(r"\bshall\b")
_GATHERING_KNOWN = C(r"\b(?:the|these|those|this|its|their|our)\s+(?:[\w-]+\s+){0,2}$")
_TRAFFICKING_WORD = C(r"traffick")
#: A school's course of study by its marks ("a new elective", "Prerequisite: CRJ 100", "three
#: credit hours", "for credit", "the syllabus"): a course students take, no gathering an office
#: holds for the public.
_ACADEMIC_COURSE = C(
    r"\belectives?\b|\bprerequisites?\b|\bcredit\s+hours?\b|\b\d\s+credits?\b|\bsyllabus\b"
    r"|\bfor\s+(?:academic\s+)?credit\b"
)


def office_gathering(a: Analysis, out: Outreach) -> Cue | None:
    """An office's own text whose subject (headline and first sentence) is trafficking and
    that tells of a gathering (presentations at driving schools, community meetings, a forum):
    the office's event for the public is its outreach, whatever the event is called and
    wherever the text names it. Only where nothing else is the text's subject (as
    `hotline_in_body`) and the office is the text's speaker (its site, its lead, its post)."""
    low = a.low
    if not _about_nothing_else(out, prosecution_word=True) or enforcement_lead(low):
        return None
    lo, hi = subject_span(low)
    # the text's subject is trafficking, or the gathering it leads with is on trafficking (its
    # own sentence or the agenda list it opens: `_gathering_on_trafficking`)
    topic = _TRAFFICKING_WORD.search(low, lo, hi) is not None
    if not _office_speaks(a, out, lo, hi):
        return None
    # a gathering on trafficking outside a trafficking subject is the lead's (its sentence starts
    # in the lead): no need to read past the lead's last sentence
    lead = _lead_end(low)
    for m in _GATHERING.finditer(low, 0, len(low) if topic else sentence_span(low, lead, lead)[1]):
        if _DUTY_MODAL.search(low, 0, m.start()):
            # what an office shall do (a statute's list of a commission's duties:
            # "The commission shall: ... e. Present annually ... at conferences"): a duty
            # stated, no gathering held; the gatherings after it are the duty's too
            return None
        if m.group(0).startswith(("course", "class")) and _ACADEMIC_COURSE.search(low):
            continue  # a course of study (an elective, for credit): no office's gathering
        lo, hi = sentence_span(low, m.start(), m.end())
        # held (a verb of holding outside the gathering's own word), or one the text has
        # already introduced ("The sessions covered ...")
        if (
            _HOLDING.search(low, lo, m.start())
            or _HOLDING.search(low, m.end(), hi)
            or _GATHERING_KNOWN.search(low, max(lo, m.start() - 40), m.start())
        ) and (topic or (lo < lead and _gathering_on_trafficking(low, lo, hi))):
            return Cue("office_gathering", 2, lo, hi)
    return None


#: A list item's opening (a dash, a bullet, a number).
_LIST_ITEM = C(r"[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s")


def _gathering_on_trafficking(low: str, lo: int, hi: int) -> bool:
    """The gathering told in low[lo:hi] is on trafficking: its own sentence says so ("held
    short briefings for rental car agents on how human trafficking can look"), or the agenda it
    opens does (the line after its paragraph ends with a colon, "Officers will cover:", and one
    of the list items after it names trafficking)."""
    if _TRAFFICKING_WORD.search(low, lo, hi) is not None:
        return True
    pos = line_span(low, hi - 1, hi)[1]  # the agenda follows the gathering's own paragraph
    while pos < len(low) and low[pos].isspace():
        pos += 1
    head_end = line_span(low, pos, pos)[1]
    if not low[pos:head_end].rstrip().endswith(":"):
        return False
    pos = head_end + 1
    while pos < len(low) and _LIST_ITEM.match(low, pos):
        end = line_span(low, pos, pos)[1]
        if _TRAFFICKING_WORD.search(low, pos, end) is not None:
            return True
        pos = end + 1
    return False


#: The topic words of an office's session outside the word trafficking: exploitation (the one
#: topic word the development labels agree on; grooming, forced labor and labor abuse have no
#: labelled session). A session named without its kind ("a session few expected") counts only
#: with the topic in its own sentence.
_EXPLOITATION = C(r"exploit")
_A_SESSION = C(r"\b(?:a|the)\s+session\b")
#: Exploitation as a harm of another subject (round 52): the money of an elder or a dependent
#: ("financial exploitation", "elder exploitation"), the protective services' triad ("abuse,
#: neglect and exploitation"), the exploitation of older, elderly or vulnerable adults: an
#: awareness day or a training on elder abuse, not on trafficking.
_OTHER_EXPLOITATION_BEFORE = C(
    r"\b(?:financial(?:ly)?|economic(?:ally)?|fiscal|elder|senior|monetary)\s+(?:abuse\s+and\s+)?$"
    r"|\bneglect\s*,?\s+(?:and|or|&|and/or)\s+$|\babuse\s*,\s*neglect\s*,\s*$"
)
_OTHER_EXPLOITATION_AFTER = C(
    r"\w*\s+of\s+(?:an?\s+|the\s+)?(?:(?:vulnerable|older|elderly|elder|aging|aged|dependent"
    r"|at-risk|incapacitated|disabled)\s+(?:adults?|persons?|people|citizens|residents|individuals)"
    r"|seniors|elders|the\s+elderly|older\s+americans)\b"
)


def _exploitation_topic(low: str, lo: int, hi: int) -> bool:
    """The sentence low[lo:hi] names exploitation as its own topic, not as a harm of another
    subject (`_OTHER_EXPLOITATION_BEFORE`, `_OTHER_EXPLOITATION_AFTER`)."""
    for m in _EXPLOITATION.finditer(low, lo, hi):
        if _OTHER_EXPLOITATION_BEFORE.search(low, max(lo, m.start() - 30), m.start()) is None and (
            _OTHER_EXPLOITATION_AFTER.match(low, m.end()) is None
        ):
            return True
    return False


def exploitation_session(a: Analysis) -> Cue | None:
    """A public office's own session or training whose topic is exploitation, in a text that
    never says trafficking (a police talk with seasonal workers about exploitation, staff
    trained to recognize students being exploited): the gathering (`_GATHERING`, or "a
    session") held (`_HOLDING`) with the topic word in its own sentence, an office acting
    (`office_acting`, or the government site publishing it) and no news outlet publishing it.
    An organisation's name in another sentence ("... Missing & Exploited Children") or a
    report's recommended training is no session on the topic. Gated on the literal."""
    low = a.low
    if "exploit" not in low or a.news_outlet is not None:
        return None
    if a.publisher is None and office_acting(low) is None:
        return None
    for rx in (_GATHERING, _A_SESSION):
        for m in rx.finditer(low):
            lo, hi = sentence_span(low, m.start(), m.end())
            if _exploitation_topic(low, lo, hi) and (
                _HOLDING.search(low, lo, m.start()) or _HOLDING.search(low, m.end(), hi)
            ):
                return Cue("exploitation_session", 2, lo, hi)
    return None


#: The whole class of outreach objects an office hands out or puts up that can carry a number:
#: cards (wallet, business-card-sized), handouts, flyers, leaflets, brochures, pamphlets, rack
#: cards; posters, placards, signs, signage, banners, billboards; stickers, decals, clings (window,
#: mirror), magnets, coasters, bookmarks, hang tags, door hangers, table tents; screens, monitors,
#: displays, message boards; PSAs and videos. Named as the text names them, a modifier before the
#: noun ("business-card-sized handout", "mirror clings"); no word of another sense ("trap tags").
_OUTREACH_OBJECT = (
    r"(?:posters?|signs?|signage|stickers?|billboards?|displays?|placards?|cards?|monitors?"
    r"|screens?|decals?|brochures?|flyers?|fliers?|pamphlets?|leaflets?|table\s+tents?|magnets?"
    r"|banners?|handouts?|clings?|coasters?|bookmarks?|hang\s?tags?|door\s?hangers?"
    r"|message\s+boards?|psas?|videos?)"
)
#: What an office puts before the public that can carry a number (`_OUTREACH_OBJECT`).
_HANDOUT = Rx(r"\b" + _OUTREACH_OBJECT + r"\b")
#: How far before the number the office acting may be named for its handout to carry it.
_HANDOUT_REACH = 300


#: A paragraph that opens with the handout carrying the number ("The card reads, in English and
#: Spanish: ...", "Each sticker says ..."): the words quoted are the handout's.
_HANDOUT_READS = C(
    r"\W*(?:the|this|that|each|every|our|its|these|those)\s+(?:[\w-]+\s+){0,2}?"
    + _OUTREACH_OBJECT
    + r"\s+(?:\w+\s+){0,2}?(?:reads?|says?|lists?|gives?|carr(?:y|ies)|includes?|shows?|features?"
    r"|bears?|prints?)\b"
)


#: The hotline's sentence names, before the number, an object put before the public that carries
#: it ("Each worker received a card listing the National Human Trafficking Hotline, ...", "a
#: magnet printed with ..."): the number is the object's, handed over, whoever the subject is.
_ARTEFACT_CARRIES = C(
    r"\b"
    + _OUTREACH_OBJECT
    + r"\s+(?:that\s+|which\s+)?(?:\w+\s+){0,1}?(?:reads?|reading|says?|saying|lists?|listing"
    r"|gives?|giving|carr(?:y|ies|ying)|includes?|including|shows?|showing|features?|featuring"
    r"|bears?|bearing|printed\s+with)\b"
)


def _artefact_carries(low: str, lo: int, at: int) -> bool:
    """An outreach object carries the number in its sentence (low[lo:at], see
    `_ARTEFACT_CARRIES`); gated on the object words' shared letters."""
    return ("card" in low or "sign" in low or "er" in low) and bool(
        _ARTEFACT_CARRIES.search(low, lo, at)
    )


#: The office's initials ("Hawai'i Tourism Authority" -> "hta"), from the capitalised words
#: ending its name, as a text calls it afterwards ("HTA has printed a card").
_NAME_WORDS = C(r"(?:[a-z][\w'\u2019]*\s+){1,4}$")


def _office_tokens(text: str, low: str, office: Cue) -> list[str]:
    """How a text names the office acting: the words of its cue, and the initials of its
    capitalised name (two to five letters)."""
    tokens = [low[office.start : office.end].strip()]
    m = _NAME_WORDS.search(low, max(0, office.start - 60), office.start)
    words = re.findall(r"[\w'\u2019]+", text[m.start() if m else office.start : office.end])
    caps: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper() or w == "The":
            break
        caps.insert(0, w)
    if 2 <= len(caps) <= 5:
        tokens.append("".join(w[0] for w in caps).lower())
    return [t for t in tokens if len(t) >= 2]


#: How far before the object the office's name may stand in its sentence.
_ARTEFACT_SUBJECT_REACH = 140


def _office_artefact(text: str, low: str, office: Cue | None, at: int) -> bool:
    """A sentence before the number (or holding it) names the office, by its name or its
    initials, before an object it puts before the public ("HTA has printed a card for
    housekeeping carts", "every RTD bus ... carries an interior card"): the office's own
    artefact, and the number the text gives after it is what that artefact hands over."""
    if office is None or office.end == 0 or not text:
        return False
    tokens = _office_tokens(text, low, office)
    for m in _HANDOUT.finditer(low, 0, at):
        lo = sentence_span(low, m.start(), m.end())[0]
        lo = max(lo, m.start() - _ARTEFACT_SUBJECT_REACH)
        before = low[lo : m.start()]
        if any(re.search(rf"\b{re.escape(t)}\b", before) for t in tokens):
            return True
    return False


def _office_hands_out(low: str, office: Cue | None, at: int) -> bool:
    """The office acting is named shortly before the number, and something it puts before the
    public is named between them ("KCATA has installed interior cards on all buses with ... the
    National Human Trafficking Hotline, 1-888-373-7888"; "Our deputies will be walking the
    venues with small cards that say: ... Call 1-888-373-7888"): the office's own card, sign or
    screen carries the hotline, whatever verb says so and wherever the headline puts it."""
    if office is None or office.end == 0 or not 0 <= at - office.end <= _HANDOUT_REACH:
        return False
    return _HANDOUT.search(low, office.end, at) is not None


# -- an office's people handing out its artefact, told in the third person (round 51) ----------

#: The verbs of putting an artefact before the public, as a lemma x form table (`lemmas.py`):
#: ((base, -s, past, past participle, -ing), nominals, frames, skipped slots). Frame "a" is the
#: active voice (the office's people its subject: "Deputies left cards at 14 sporting camps",
#: "Cpl. Hill has left magnets", "troopers brought stacks of rack cards"), frame "p" the passive
#: with the office's people as its agent ("cards were left at motels ... by Kerr County
#: deputies"). A particle verb is its own row ("hand out", "drop off", "put up").
_HANDOUT_LEMMAS: tuple[Lemma, ...] = (
    (("hand out", "hands out", "handed out", "handed out", "handing out"), (), "ap", ""),
    (("hand", "hands", "handed", "handed", "handing"), (), "ap", ""),
    (("pass out", "passes out", "passed out", "passed out", "passing out"), (), "ap", ""),
    (("give out", "gives out", "gave out", "given out", "giving out"), (), "ap", ""),
    (("give", "gives", "gave", "given", "giving"), (), "ap", ""),
    (("distribute", "distributes", "distributed", "distributed", "distributing"), (), "ap", ""),
    (("leave", "leaves", "left", "left", "leaving"), (), "ap", ""),
    (("drop off", "drops off", "dropped off", "dropped off", "dropping off"), (), "ap", ""),
    (("deliver", "delivers", "delivered", "delivered", "delivering"), (), "ap", ""),
    (("bring", "brings", "brought", "brought", "bringing"), (), "a", ""),
    (("take", "takes", "took", "taken", "taking"), (), "a", ""),
    (("put up", "puts up", "put up", "put up", "putting up"), (), "ap", ""),
    (("hang", "hangs", "hung", "hung", "hanging"), (), "ap", ""),
    (("post", "posts", "posted", "posted", "posting"), (), "ap", ""),
    (("place", "places", "placed", "placed", "placing"), (), "ap", ""),
    (("tuck", "tucks", "tucked", "tucked", "tucking"), (), "ap", ""),
    (("mail", "mails", "mailed", "mailed", "mailing"), (), "ap", ""),
    (("print", "prints", "printed", "printed", "printing"), (), "ap", ""),
    (("stock", "stocks", "stocked", "stocked", "stocking"), (), "a", ""),
)
_HANDOUT_FRAME_SLOTS = {"a": ("base", "s", "past", "ing"), "p": ("pp",)}
#: The printed artefacts an office's people hand out or put up (`_OUTREACH_OBJECT` without the
#: screens, monitors, displays, PSAs and videos, which no one hands out): an officer's own
#: business card is none ("left their business cards with neighbors").
_PRINTED_OBJECT = (
    r"(?<!business\s)(?:(?:rack\s+|wallet\s+|pocket\s+)?cards?|posters?|signs?(?!\s+of\b)|signage"
    r"|stickers?|placards?|decals?|brochures?|flyers?|fliers?|pamphlets?|leaflets?|magnets?"
    r"|coasters?|bookmarks?|handouts?|clings?|door\s?hangers?|hang\s?tags?|table\s+tents?"
    r"|banners?)"
)
#: The object between the verb and the artefact: up to eight words (an indirect object, a
#: count, adjectives: "giving drivers and cashiers a small card", "stacks of rack cards"), no
#: clause boundary among them; or an appositive after a colon ("to hand out something most camp
#: cooks have never seen: a card with the number of ...").
_HANDOUT_OBJECT = (
    r"(?:(?!(?:who|which|that|after|before|when|while|because|if|and\s+(?:then\s+)?[a-z]+ed)\b)"
    r"[\w'\u2019,-]+\s+){0,8}?"
    r"|[^.;:!?\n]{0,100}:\s+[\"\u201c]?(?:an?|the|one|\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?"
)


def _handout_verbs(frame: str) -> str:
    """The forms of `_HANDOUT_LEMMAS` read in `frame`, grouped by their first three letters and
    each group keyed on the literal its forms share ("hand(?:ed\\s+out|ing\\s+out|...)", "left",
    "lea(?:ving|ves|ve)"): a few literal-first branches a lemma (speed: `Rx` scans a live
    branch at a time, and a short key would be live in every text)."""
    groups: dict[str, list[str]] = {}
    for row in _HANDOUT_LEMMAS:
        for f in lemma_forms((row,), frame, _HANDOUT_FRAME_SLOTS):
            groups.setdefault(f[:3], []).append(f)
    out = []
    for forms in groups.values():
        prefix = forms[0]
        for f in forms[1:]:
            while not f.startswith(prefix):
                prefix = prefix[:-1]
        prefix = prefix.rstrip()
        out.append(prefix + alternation(f[len(prefix) :] for f in forms))
    return "(?:" + "|".join(out) + ")"


_HANDOUT_ACT = Rx(
    r"\b" + _handout_verbs("a") + r"\s+(?:" + _HANDOUT_OBJECT + r")" + _PRINTED_OBJECT + r"\b"
)
#: The passive's agent, the office's people ("... by Kerr County deputies"), read first (rare),
#: then the artefact and the participle before it in its sentence (`_HANDOUT_PASSIVE`).
_PASSIVE_AGENT = Rx(
    r"\bby\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,4}?(?:deput(?:y|ies)|officers|troopers"
    r"|investigators|detectives|wardens|inspectors|sheriff['\u2019]s\s+office|police)\b"
)
_HANDOUT_PASSIVE = C(
    r"\b"
    + _PRINTED_OBJECT
    + r"\s+(?:[\w,-]+\s+){0,3}?(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being)\s+"
    r"(?:\w+\s+)?\b" + _handout_verbs("p") + r"\b"
)
_SENTENCE_MARK = C(r"[.!?][\"\u201d']?\s")


def _sentence_ends(low: str, lo: int, hi: int) -> bool:
    """A sentence ends in low[lo:hi]: a full stop, question or exclamation mark before a space,
    other than an abbreviation's ("along U.S. 87 last week by Kerr County deputies")."""
    return any(
        _ABBREVIATION_END.search(low, max(0, m.start() - 8), m.start() + 1) is None
        for m in _SENTENCE_MARK.finditer(low, lo, hi)
    )


#: How far before its agent the passive's participle may stand.
_PASSIVE_REACH = 120

_OFFICE_PEOPLE_WORD = C(OUTREACH_CUES["office_people"])
#: How many words from the sentence's start (a dateline's included: "GREENVILLE - Piscataquis
#: County Sheriff's deputies") the office's people may stand: the subject, not a later noun.
_SUBJECT_WORDS = C(r"\W*(?:[\w.'\u2019&-]+[\s,]+){0,7}")
#: What makes the words before the verb no office's people acting: a modal or a wish ("deputies
#: should leave cards", "Under the proposal, deputies would leave"), or another actor before the
#: verb, a group's people or a non-government body ("Volunteers ... and deputies handed out",
#: "The Stop Trafficking Club, a student group at the state university, handed out").
_NOT_OFFICE_ACT = C(
    r"\b(?:would|should|could|ought|must|might|shall|need\s+to|needs\s+to|want\s+to"
    r"|wants\s+to|urg\w+|ask(?:s|ed|ing)?|encourag\w+|allow\w*|requir\w*|mandat\w*|if|unless"
    r"|laws?(?!\s+enforcement)|act|bills?|measures?|proposals?|statutes?|ordinances?"
    r"|volunteers?|members?|students?|advocates?|organizers?|parishioners"
    r"|residents|groups?|clubs?|non-?profits?|churche?s?|ministr(?:y|ies)|coalitions?|projects?"
    r"|foundations?|associations?|alliances?|networks?|companies|company)\b"
)
#: An artefact put on a page, not before people: a printable or downloadable copy, one posted on
#: a website or below ("The Department of Gaming has posted a printable sign below").
_ON_A_PAGE = C(r"\b(?:printable|downloadable|digital|electronic|pdf|sample|model)\b")
_ON_A_PAGE_AFTER = C(
    r"[^.;!?\n]{0,60}?\b(?:on\s+(?:its|the|their|our|his|her)\s+(?:[\w-]+\s+)?(?:web\s?sites?|pages?"
    r"|portal)|online|below|for\s+download)\b"
)
#: The longest stretch from the sentence's start to the verb.
_SUBJECT_CHARS = 240


def _office_people_subject(low: str, lo: int, verb: int) -> bool:
    """The sentence opening at `lo` has the office's people (`office_people`, or a public
    office's word: "The Chelan County Sheriff's Office printed ...") within its first words, and
    nothing before the verb at `verb` makes them no actor (`_NOT_OFFICE_ACT`)."""
    if verb - lo > _SUBJECT_CHARS:
        return False
    head = _SUBJECT_WORDS.match(low, lo, verb)
    hi = head.end() if head is not None else lo
    actor = _OFFICE_PEOPLE_WORD.search(low, lo, hi) or _OFFICE.search(low, lo, hi)
    if actor is None:
        return False
    return _NOT_OFFICE_ACT.search(low, lo, verb) is None


#: A trafficking word, a hotline or a number where the artefact's act is told (its sentence or
#: its paragraph: "Deputies left cards at 14 sporting camps ... Each card reads, '... Call
#: 1-888-373-7888'"): the artefact carries the trafficking line, not another subject's message
#: ("cards at seasonal cabins after a string of break-ins").
_ARTEFACT_TOPIC = C(r"traffick|hot\s?line|tip\s?line|\b233733\b|\bbefree\b")


#: The next paragraph naming the artefact again at its opening, by a determiner ("The cards,
#: printed in English, Spanish and Portuguese, carry the National Human Trafficking Hotline
#: number", "Each magnet lists ..."): what the artefact handed out carries is told there.
_ARTEFACT_AGAIN = C(
    r"\s*(?:the|each|these|those|every|both)\s+(?:[\w-]+\s+){0,2}?" + _PRINTED_OBJECT + r"\b"
)


def _artefact_told_next(low: str, p_hi: int, phones: list[int]) -> bool:
    """The paragraph after the one ending at `p_hi` opens by naming a printed artefact again
    (`_ARTEFACT_AGAIN`) and that opening sentence speaks of trafficking or gives a number (round
    58): the artefact handed out in the paragraph before carries the trafficking line."""
    nxt = p_hi
    while nxt < len(low) and low[nxt] in "\n \t":
        nxt += 1
    if nxt >= len(low) or _ARTEFACT_AGAIN.match(low, nxt) is None:
        return False
    s_hi = sentence_span(low, nxt, nxt)[1]
    return _ARTEFACT_TOPIC.search(low, nxt, s_hi) is not None or any(
        nxt <= s < s_hi for s in phones
    )


def office_handout(a: Analysis) -> Cue | None:
    """An office's people, the subject of their sentence, hand out, leave, put up, print or mail
    a printed artefact (`_HANDOUT_LEMMAS` x `_PRINTED_OBJECT`; also the passive with them as its
    agent), and the artefact's sentence or paragraph speaks of trafficking or a trafficking line:
    the office's outreach visit, told in the third person by a reporter or in its own release
    (`outreach_visit`). Not a wish or a duty (a modal before the verb), not a group's volunteers,
    not what a measure says (read by `campaign.effort_cues`)."""
    low = a.low
    acts = [(m.start(), m.end(), True) for m in _HANDOUT_ACT.finditer(low)]
    for agent in _PASSIVE_AGENT.finditer(low):
        lo = line_span(low, agent.start(), agent.end())[0]
        head = _HANDOUT_PASSIVE.search(low, max(lo, agent.start() - _PASSIVE_REACH), agent.start())
        if head is not None and not _sentence_ends(low, head.end(), agent.start()):
            acts.append((head.start(), agent.end(), False))
    if not acts:
        return None
    phones = [s for _, s, _ in a.phones]
    duty_spans = [(c.start - 200, c.end + 200) for c in a.mandates + a.permissive]
    for start, end, active in sorted(acts):
        lo = sentence_span(low, start, end)[0]
        # a title's full stop ends no sentence ("Cpl. Marcus Hill has left magnets")
        while lo > 1 and _ABBREVIATION_END.search(low, max(0, lo - 8), lo) is not None:
            lo = sentence_span(low, lo - 2, lo - 2)[0]
        if active and not _office_people_subject(low, lo, start):
            continue
        if not active and _NOT_OFFICE_ACT.search(low, lo, end) is not None:
            continue
        if _ON_A_PAGE.search(low, start, end) or _ON_A_PAGE_AFTER.match(low, end):
            continue
        if any(d_lo <= start <= d_hi for d_lo, d_hi in duty_spans):
            continue  # the notice a posting duty requires, put up: the law's
        p_lo, p_hi = paragraph_span(low, start, end)
        if (
            _ARTEFACT_TOPIC.search(low, p_lo, p_hi) is None
            and not any(p_lo <= s < p_hi for s in phones)
            and not _artefact_told_next(low, p_hi, phones)
        ):
            continue
        return Cue("office_handout", 2, start, end)
    return None


def _office_medium(low: str, at: int) -> bool:
    """The number's paragraph opens with one office as its subject and names something put
    before the public that carries it ("Expo New Mexico, the state agency that runs the
    fairgrounds, printed 300 signs ... They ... give the hotline, 1-888-373-7888"): that office's
    own sign, card or poster, wherever the text first names it."""
    lo, hi = line_span(low, at, at)
    first_hi = sentence_span(low, lo, lo)[1]
    return _office_named(low, lo, min(first_hi, lo + 80), one=True) and bool(
        _MEDIA_NEAR.search(low, lo, hi)
    )


#: A sentence that says what the required notice lists ("It lists the National Human
#: Trafficking Resource Center Hotline", "The sign must include the hotline number").
_NOTICE_LISTS = C(
    r"\W*(?:it|they|(?:the|this|that|each|such)\s+(?:\w+\s+){0,2}?(?:notices?|signs?|posters?"
    r"|placards?))\s+(?:\w+\s+){0,2}?(?:lists?|includes?|contains?|gives?|shows?|displays?"
    r"|features?|carr(?:y|ies)|provides?|bears?|names?)\b"
)
#: How far back the duty sentence may end before the notice's sentence.
_NOTICE_LISTS_REACH = 300


def _notice_lists(a: Analysis, lo: int) -> bool:
    """The hotline's sentence (from `lo`) says what a notice lists, right after a sentence with
    a posting duty: the hotline the required notice carries, never a footer."""
    return bool(_NOTICE_LISTS.match(a.low, lo)) and any(
        c.start < lo and lo - sentence_span(a.low, c.start, c.end)[1] <= _NOTICE_LISTS_REACH
        for c in a.mandates
    )


#: An enforcement action as the subject of the headline and lead: charges filed, an arrest, a
#: plea, a sentence, a settlement, a lawsuit, a judgment, a fine. A hotline that comes only
#: after it, in the closing lines, is the office's standard line, not the release's outreach.
_ENFORCEMENT_LEAD = Rx(  # literal-first (see `Rx`): was tried at every position of the lead
    # charges, not a charge for power or a price ("visiting charging hubs", "charging
    # stations", "charged a fee", "charges $40")
    # ... nor a service that charges devices ("meals, phone charging, clothing")
    # (the lookbehinds after "charg": the same matches, found from each "charg")
    r"\b(?:charg(?<!phone\scharg)(?<!phones\scharg)(?<!device\scharg)(?<!battery\scharg)"
    r"(?<!cell\scharg)(?<!laptop\scharg)(?:es|ed|ing)(?!\s+(?:(?:stations?|hubs?|ports?|points?|cables?|cords?|docks?"
    r"|lockers?|kiosks?|outlets?|areas?|spots?|networks?|infrastructure|fees?|rent|interest"
    r"|(?:their|your|his|her|a|the)\s+(?:phones?|devices?|batter(?:y|ies)|cars?|vehicles?|e-?bikes?))\b"
    r"|(?:phones?|devices?|batter(?:y|ies)|electric|vehicles?|e-?bikes?)\b"
    r"|(?:an?|excessive|high|hidden|illegal)\s+(?:\w+\s+)?fees?\b|\$))|indict\w*|arrest\w*|sentenc(?:e|es|ed|ing)|convict\w*"
    r"|plead(?:s|ed)?\s+guilty|pled\s+guilty|guilty\s+plea|settlements?"
    # a case settled, not families helped to settle in a new home
    r"|settl(?:e|es|ed|ing)\s+(?:[\w$,.]+\s+){0,4}?(?:with|case|cases|lawsuits?|suits?|claims?"
    r"|charges|allegations|for\s+\$)|(?:case|lawsuit|suit|claims?|matter)\s+(?:was\s+|were\s+)?settled"
    r"|lawsuits?|sues|sued|suing|judgments?|consent\s+decree|fined|extradit\w*|seiz(?:e|es|ed|ure)"
    r"|restitution|back\s+wages|fines"
    # an inspection's findings ("finding violations at 11 of the 38 locations inspected")
    r"|violations"
    # an administrative penalty ("assessed $96,000 in civil penalties against a contractor")
    r"|assess\w*\s+(?:[\w$,.]+\s+){0,4}?(?:civil\s+)?penalt(?:y|ies))\b"
)


def enforcement_lead(low: str) -> bool:
    """The headline and lead report an enforcement action (charges, a settlement, an arrest,
    a sentence, a lawsuit): what the release is about, whatever its closing lines give."""
    return _ENFORCEMENT_LEAD.search(low, 0, _lead_end(low)) is not None


#: The longest a slogan sentence opening a footer paragraph may be ("Know the signs.").
_SLOGAN_CHARS = 40


def _slogan_before(low: str, at: int) -> tuple[int, int] | None:
    """The span of a short sentence opening the paragraph of `at` before it ("Know the signs.",
    "Be aware."), when there is one: a closing line's slogan."""
    lo = line_span(low, at, at)[0]
    s_lo, s_hi = sentence_span(low, lo, lo)
    if s_hi <= at and s_hi - s_lo <= _SLOGAN_CHARS:
        return s_lo, s_hi
    return None


def _named_bill_in_subject(low: str) -> bool:
    """One bill cue in the headline or first sentence that names a measure ("House Bill 411",
    "legislation", "signed into law"), not a bare "bill" (an invoice: "the slip behind the
    bill")."""
    return any(m.group(0) != "bill" for m in _BILL_NEWS.finditer(low, *subject_span(low)))


def _own_strong(low: str, efforts: list[Cue], duties: list[Cue]) -> set[str]:
    """The strong efforts of an office's own where a text states a posting duty: an effort cue in
    the duty's own sentence (the sign it requires displayed), or signs going up, describe the
    law (laws and bills are never campaigns; signs a law requires are the law's)."""
    if not duties:
        return {c.name for c in efforts} & STRONG_EFFORTS
    spans = [sentence_span(low, c.start, c.end) for c in duties]
    return {
        c.name
        for c in efforts
        if c.name in STRONG_EFFORTS
        # signs going up where a text states a duty are the law's signs ("The Committee amended
        # the bill to allow the signs to be installed at the next renovation")
        and c.name != "media_put_up"
        and (c.name == "posting_reminder" or not any(lo <= c.start < hi for lo, hi in spans))
    }


#: A verb of reported argument ("Committee members said ...", "Opponents said ...", "Supporters
#: noted ...", "testified against the bill, saying ...") (round 58).
_ARGUMENT_SPEECH = C(
    r"\b(?:said|says|saying|noted|noting|argued|arguing|testified|testifying|told|contended"
    r"|contending|claimed|countered|insisted|warned)\b"
)
#: An act announced in the speech's complement ("said her office will put up signs", "plans to
#: launch", "has begun distributing"): the speaker's own effort to come, not an argument.
_ANNOUNCED_ACT = C(
    r"\b(?:will|shall|plans?|planned|intends?|intended|going\s+to|launch\w*|began|begun"
    r"|beginning|start(?:s|ed|ing)?)\b|['\u2019]ll\b"
)


def _argued_effort(low: str, c: Cue) -> bool:
    """The effort cue `c` is told inside a speaker's reported argument (round 58): a verb of
    reported argument (`_ARGUMENT_SPEECH`) before it in its sentence, and no act announced
    between them (`_ANNOUNCED_ACT`): "Committee members said the attorney general's office
    already distributes the hotline", "testified ..., saying the association would rather run a
    voluntary awareness campaign" (a standing practice or a wish given as a reason in the
    debate), not "said her office will put up posters at every rest area"."""
    lo = sentence_span(low, c.start, c.end)[0]
    said = None
    for m in _ARGUMENT_SPEECH.finditer(low, lo, c.start):
        said = m
    return said is not None and _ANNOUNCED_ACT.search(low, said.end(), c.start) is None


def _dead_measure_news(low: str, efforts: list[Cue]) -> bool:
    """The headline and first sentence report the text's measure voted down or dead
    (`measure_voted_down`) and no strong effort is told outside them (an office putting up its
    own signs after the veto is its effort): news of a dead measure. The headline is read after
    the site's name and menu at the text's top (`chrome_head_end`), and an effort told inside a
    speaker's reported argument (`_argued_effort`: the debate's reasons) is none (round 58).
    Nor is the measure's own content in the sentence reporting its vote ("voted 2-1 against a
    proposal to hang ... posters": `_voted_down_content`); an office's own outreach visit told
    apart ("her office will put up its own posters": `office_handout`) is an effort (round 59)."""
    lo, hi = subject_span(low, chrome_head_end(low))
    if not measure_voted_down(low, lo, hi):
        return False
    return not any(
        (c.name in STRONG_EFFORTS or c.name == "office_handout")
        and c.name != "awareness_education"
        and not lo <= c.start < hi
        and not _argued_effort(low, c)
        and not _voted_down_content(low, c)
        for c in efforts
    )


#: The content of a measure named just before an effort cue ("against a proposal to hang human
#: trafficking hotline posters", "a plan for hotline signs", "a resolution that would have put up
#: ..."): what the measure would have done.
_MEASURE_CONTENT_BEFORE = C(
    r"\b" + MEASURE + r"\s+(?:to|for|on|requiring|(?:that|which)\s+would(?:\s+have)?)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?$"
)


def _voted_down_content(low: str, c: Cue) -> bool:
    """The effort cue `c` is the content of a measure its own sentence reports voted down or dead
    (round 59): "commissioners voted 2-1 on Tuesday against a proposal to hang human trafficking
    hotline posters in the restrooms": the posters the measure would have hung, no office's
    effort. An office's own posters told in a sentence of their own ("After the vote, the sheriff
    said her office will put up its own posters") stay its effort."""
    if _MEASURE_CONTENT_BEFORE.search(low, max(0, c.start - 80), c.start) is None:
        return False
    return measure_voted_down(low, *sentence_span(low, c.start, c.end))


#: A release's own channel for its subject: a phone number as it prints its lines
#: ("800-242-5846", "(405) 521-2029") or a web address where complaints or reports are filed
#: ("file consumer complaints at ag.nv.gov", "report it at www.example.gov").
_OTHER_NUMBER = C(
    r"(?:\(\d{3}\)\s?|\b\d{3}[-.])\d{3}[-.]\d{4}\b"
    r"|\b(?:complaints?|reports?|report\s+(?:it|them|fraud|scams?))\s+(?:online\s+)?(?:at|through|on)"
    r"\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|org|com|us)\b"
)


#: Words of `_MEDIA_NEAR` in another sense: "signs" as what shows a crime ("if you see signs of
#: human trafficking", "the warning signs", "know the signs") and "notice" as a verb ("if you
#: notice ..."): indicators and seeing, nothing put before the public ("the signs must be
#: posted", "signs of at least 8.5 by 11 inches" are media).
_NOT_MEDIUM = C(
    r"\b(?:warning|(?:know|recogni[sz]e|spot|learn)\s+the)\s+signs?\b"
    r"|\bsigns?\s+of\s+(?:[\w-]+\s+){0,2}?(?:traffick|exploit|abuse|forced|coerc|distress|victim)"
    r"|\b(?:you|we|they|i|to|ever)\s+notice\b"
)


def _on_media(low: str, lo: int, hi: int) -> bool:
    """The sentence low[lo:hi] names something put before the public (`_MEDIA_NEAR`) that can
    carry its number; a word of another sense there (`_NOT_MEDIUM`) is none."""
    pos = lo
    while (m := _MEDIA_NEAR.search(low, pos, hi)) is not None:
        if not (
            m.group(0) in ("sign", "signs", "notice") and _other_sense(low, m.start(), m.end())
        ):
            return True
        pos = m.end()
    return False


def _other_sense(low: str, start: int, end: int) -> bool:
    """The medium word at low[start:end] is one of `_NOT_MEDIUM`'s other senses."""
    return any(
        m.start() <= start and m.end() >= end
        for m in _NOT_MEDIUM.finditer(low, max(0, start - 16), min(len(low), end + 40))
    )


def _closing_line_of_other_matter(
    low: str, first: HotlineRef, efforts: list[Cue], given: list[HotlineRef]
) -> bool:
    """A release about another matter whose trafficking line is its closing paragraph: the
    headline and lead never speak of trafficking, the release gives its own subject's line (a
    complaint line, another number) before that paragraph, and the hotline comes last (with, at
    most, more lines of the same closing block after it: `_closing_block`). A consumer alert on
    job scams or storm-repair fraud, however its advice is worded (door to door, "ask the teen
    to wire"), is the alert's; the hotline after it is a footer."""
    lo, hi = line_span(low, first.start, first.end)
    if _TRAFFICKING_WORD.search(low, 0, _lead_end(low)) is not None:
        return False
    if low[hi:].strip() and not _closing_block(low, hi, given) and not _signed_line(low, lo, hi):
        return False
    if _OTHER_NUMBER.search(low, _lead_end(low), lo) is not None:
        return True
    # with or without a channel of its own: a release whose headline, lead and body never speak
    # of trafficking, the trafficking line its closing paragraph(s) (the one giving the hotline
    # and, at most, the one just before it), is about another matter
    # (a text that is no more than its lead and that line has no body of another matter)
    # An effort cue of any weight told before the footer (cards printed and handed out, posters
    # put up, a toolkit) is what the closing line's hotline is printed on: that is outreach.
    footer = _paragraph_before(low, lo)
    lead = _lead_end(low)
    return (
        footer >= lead
        and _TRAFFICKING_WORD.search(low, 0, footer) is None
        and not any(c.start < footer and _carrier_effort(low, c, lead) for c in efforts)
    )


#: The subjects of an effort that are not trafficking (`other_subjects` in the vocabulary: traffic
#: safety, water safety, hunting, fire, consumer scams, taxes and licences, public health, school
#: safety, park rules and fair parking, weather and Halloween).
_OTHER_SUBJECT = Rx("|".join(OTHER_SUBJECT_CUES.values()))


def _carrier_effort(low: str, c: Cue, lead: int) -> bool:
    """Whether an effort cue told before a closing line is an effort that line's hotline is
    printed on: any effort of weight 2 or more (an outreach visit, media put up), or a weak one
    whose sentence names an object that can carry a number (`_HANDOUT`: "has printed wallet
    cards"). A weak word of the release's own matter ("thanks everyone who donated", a grant)
    is that matter's, not outreach. Nor is an effort whose own subject is another matter (round
    50): its paragraph, or the release's lead, names a subject of `_OTHER_SUBJECT` ("the Click
    It or Ticket seat belt campaign", "brochures on defensible space", a "Holiday Impaired
    Driving Crackdown" whose patrols are "part of the statewide Safe Family Travel campaign"),
    unless its own sentence names a hotline or tip line ("cards with the hotline number at DUI
    checkpoints"): the patrols, billboards or flyers are that subject's, and the trafficking
    line after them is the office's standard close."""
    lo, hi = sentence_span(low, c.start, c.end)
    if c.weight < 2 and _HANDOUT.search(low, lo, hi) is None:
        return False
    if HOTLINE_WORD.search(low, lo, hi) is not None:
        return True
    if c.name == "public_appeal" and _TRAFFICKING_WORD.search(low, lo, hi) is None:
        # (round 56) an appeal carries no number: its own sentence asks for the release's own
        # matter ("urges anglers to use extreme caution", "asks drivers to stay home"), not a
        # call to the trafficking line that closes the release
        return False
    if c.start >= lead:
        # (round 52) an effort told only in the body, away from the headline and lead, whose
        # own sentence carries no hotline ("Sign up for town alerts and follow the town's social
        # media accounts" in a storm checklist): an item of the release's own matter, whatever
        # its weight; the effort a closing line is printed on is the release's subject (its
        # lead: "visited 30 motels ... to leave posters at front desks") or carries the line
        return False
    p_lo, p_hi = paragraph_span(low, c.start, c.end)
    return _OTHER_SUBJECT.search(low, p_lo, p_hi) is None and (
        _OTHER_SUBJECT.search(low, 0, lead) is None
    )


#: A line that closes a release's own text, its contact block or the site's chrome, opening the
#: line: a media or press contact ("Media contact: ...", "Contact: ...", "For more information,
#: contact ..."), the page's share or follow links ("Follow us on Facebook", "Share this page"),
#: the office's boilerplate under a name with its "of ..." ("About the Department of
#: Transportation:"). Read only after a closing trafficking line (`_closing_block`).
_RELEASE_CLOSE = C(
    r"[ \t]*(?:(?:media|press|news)[ \t]+(?:contacts?|inquiries|relations)\b"
    r"|contacts?[ \t]*:"
    r"|for[ \t]+(?:more|further)[ \t]+information,?[ \t]+(?:please[ \t]+)?contact\b"
    r"|for[ \t]+media[ \t]+inquiries\b|(?:follow|connect[ \t]+with|like)[ \t]+us\b"
    r"|share[ \t]+(?:this|on)\b|share[ \t]*:"
    r"|(?:other|more|related|recent|latest)[ \t]+(?:news|stories|posts|releases|articles)\b"
    r"|about[ \t]+(?:the[ \t]+)?(?:[\w.'\u2019&-]+[ \t]+){0,6}?"
    r"(?:office|department|agency|bureau|division|commission|authority)"
    r"(?:[ \t]+(?:of|for)(?:[ \t]+[\w.'\u2019&-]+){1,5})?[ \t]*:?[ \t]*$)",
    re.M,
)


def _closing_block(low: str, hi: int, given: list[HotlineRef]) -> bool:
    """Whether every line after `hi` is more of the closing hotline block: each gives a hotline
    ("You can also text 233733."), up to the release's own close: its end marker ("###",
    "-30-"), its contact block or the site's chrome (`_RELEASE_CLOSE`: "Media contact: ...",
    "Follow us on ...", "About the Department of ..."), which belong to no paragraph of the
    release. A line of anything else after it (the release's own matter, a paragraph on an
    awareness month) leaves the hotline no closing line."""
    pos = hi
    while True:
        while pos < len(low) and low[pos].isspace():
            pos += 1
        if (
            pos >= len(low)
            or _END_MARKER.match(low, pos) is not None
            or _RELEASE_CLOSE.match(low, pos) is not None
        ):
            return True
        end = line_span(low, pos, pos)[1]
        if signature_line(low, pos, end):
            return True  # the office's name and street address: its signature closes it
        if _SIGN_OFF.match(low, pos, end) is not None:
            # (round 59) the release's sign-off before its signature: the signer's line ("Sheriff
            # Warren Wethington") or its posting date ("Posted Oct. 2, 2024"), no paragraph
            pos = end
            continue
        if not any(pos <= r.start < end for r in given):
            return False
        pos = end


#: An official's title as a signer's line prints it (a closed class: ranks and heads of offices).
_SIGNER_TITLE = (
    r"(?:sheriff|undersheriff|(?:police\s+|fire\s+)?chief(?:\s+of\s+police)?|director|commissioner"
    r"|mayor|superintendent|captain|capt\.|lieutenant|lt\.|sergeant|sgt\.|colonel|col\.|major"
    r"|(?:cabinet\s+)?secretary|(?:attorney|adjutant)\s+general|(?:district|county|state|city)\s+attorney"
    r"|prosecutor|marshal|warden|constable|(?:county|city|town)\s+(?:administrator|manager|executive)"
    r"|public\s+information\s+officer|pio)"
)
_PERSON_NAME = r"[a-z][a-z'\u2019-]*\.?(?:[ \t]+[a-z][a-z'\u2019-]*\.?){1,3}"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: A release's sign-off line before its signature (round 59), a line of its own: the signer by
#: title and name ("Sheriff Warren Wethington", "Jane Roe, Chief of Police") or the release's
#: posting date ("Posted Oct. 2, 2024", "Updated: 10/02/2024"). Read only after a closing
#: trafficking line (`_closing_block`).
_SIGN_OFF = C(
    rf"[ \t]*(?:{_SIGNER_TITLE}[ \t]+{_PERSON_NAME}|{_PERSON_NAME},[ \t]+{_SIGNER_TITLE}"
    r"(?:[ \t]+of[ \t]+[a-z][\w'\u2019 -]{0,40})?"
    r"|(?:(?:posted|published|updated|released|issued|dated|last[ \t]+updated)"
    r"(?:[ \t]+on)?:?[ \t]+)?"
    rf"(?:{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}))[ \t]*$"
)


#: A street address as a signature line prints it: a house number, up to five words and a
#: street type, then within the line a state's two letters and a ZIP code ("420 Mount Rushmore
#: Road, Custer, SD 57730", "173 S. Broad St., Pawcatuck, CT 06379").
_STREET_ADDRESS = C(
    r"\b\d{1,6}[ \t]+(?:[\w.'\u2019-]+[ \t]+){0,5}?(?:st|street|ave|avenue|rd|road|blvd"
    r"|boulevard|ln|lane|dr|drive|way|hwy|highway|pkwy|parkway|pl|place|ct|court|cir|circle|sq"
    r"|square|plaza|pike|trail|terrace|row|loop|broadway|route|rte|expressway|freeway"
    # (round 64) a grid address's street, a number or ordinal and a direction ("50 E. 2nd
    # North", "100 South")
    r"|\d+(?:st|nd|rd|th)?[ \t]+(?:north|south|east|west))"
    r"\b\.?,?[^\n]{0,60}?,[ \t]*[a-z]{2}\.?[ \t]+"
    r"\d{5}(?:-\d{4})?\b"
    # (round 66) a mailing address: a post office box, its number, the town, state and ZIP
    # ("P.O. Box 608, Whittier, AK 99693", "PO Box 12, Ely, NV 89301", "Post Office Box 7")
    r"|\b(?:p\.?[ \t]?o\.?|post[ \t]+office)[ \t]+box[ \t]+\d{1,6}\b"
    r",?[^\n]{0,60}?,[ \t]*[a-z]{2}\.?[ \t]+\d{5}(?:-\d{4})?\b"
)
#: The longest a signature line may be.
_SIGNATURE_CHARS = 220


def signature_line(low: str, lo: int, hi: int) -> bool:
    """low[lo:hi] is a signature line: a short line of its own with a street address and ZIP
    (`_STREET_ADDRESS`: "Custer County Sheriff's Office | 420 Mount Rushmore Road, Custer, SD
    57730 | 605-673-8176"). It is the release's own close, as a media contact is (round 52).
    Gated on a digit run of five."""
    return (
        hi - lo <= _SIGNATURE_CHARS
        and _ZIP_DIGITS.search(low, lo, hi) is not None
        and _STREET_ADDRESS.search(low, lo, hi) is not None
    )


_ZIP_DIGITS = C(r"\b\d{5}\b")


def _signed_line(low: str, lo: int, hi: int) -> bool:
    """The hotline's own line low[lo:hi] is the office's signature line among the text's last
    lines ("Westport Police Department | 50 Jesup Road, Westport, CT 06880 | Human Trafficking
    Hotline: 1-888-373-7888"): a standing line of the office's signature, printed under every
    release, closes it whatever the site prints after it ("Return to full list"; round 54)."""
    return len(low) - hi <= _SIGNATURE_REACH and signature_line(low, lo, hi)


#: The site's list of other items under a release ("Other news: Beach sticker sales | Fireworks
#: permit applications", "Other News in Police Department", "Related stories"), opening its line.
_OTHER_ITEMS = Line(
    r"(?m)^[ \t]*(?:other|more|related|recent|latest)[ \t]+(?:news|stories|posts|releases"
    r"|articles|items)\b"
)
#: A menu or breadcrumb line: three or more short cells split by bars or arrows ("Admissions |
#: Academics | Student Life | Give", "Student Life > Residence Life > Safety").
_MENU_LINE = C(r"[ \t]*[^\n|>.!?]{1,40}(?:[ \t]+[|>\u203a\u00bb][ \t]+[^\n|>.!?]{1,40}){2,}[ \t]*$")


def in_chrome(low: Lowered, at: int) -> bool:
    """The position `at` is in the site's chrome (round 52), never an effort: the list of other
    items under the release (`_OTHER_ITEMS`, from its line to the text's end) or a menu or
    breadcrumb line (`_MENU_LINE`)."""
    items = low.found.get(("other items",))
    if items is None:  # asked once a document, only for texts with an effort cue
        m = _OTHER_ITEMS.search(low, _lead_end(low))
        items = low.found[("other items",)] = (m.start(),) if m is not None else ()
    if items and at >= items[0]:
        return True
    lo, hi = line_span(low, at, at)
    return ("|" in low[lo:hi] or ">" in low[lo:hi]) and _MENU_LINE.match(low, lo, hi) is not None


def _paragraph_before(low: str, lo: int) -> int:
    """Where the footer closing with the line at `lo` starts: the paragraph before it when that
    one speaks of trafficking too ("Human trafficking happens in every state."), else `lo`."""
    prev = low[:lo].rstrip()
    if not prev:
        return lo
    start = line_span(low, len(prev) - 1, len(prev))[0]
    return start if _TRAFFICKING_WORD.search(low, start, lo) is not None else lo


#: The office speaking to the outlet that tells the story: "told us", "told WLTX", "told News
#: 19", "told reporters", "told this station", "said in an interview with".
_TOLD_OUTLET = C(
    r"\btold\s+(?:us|me|reporters?|news\s?\w+|this\s+(?:station|newspaper|paper|reporter)"
    r"|the\s+(?:station|newspaper|paper)|[kw][a-z]{2,3})\b|\bin\s+an\s+interview\s+with\b"
)


def _source_of_story(low: str, office: Cue | None) -> bool:
    """The office acting is named in a sentence where it speaks to the outlet telling the story
    ("Investigators with the County Sheriff's Office told us ...") or in reported speech ("She
    said she has called the county police", "a police spokesperson said"): the story's source or
    what someone in it said, a newsroom's form, not an office acting in its own voice."""
    if office is None or office.end == 0:
        return False
    lo, hi = sentence_span(low, office.start, office.end)
    return (
        _TOLD_OUTLET.search(low, lo, hi) is not None
        or _REPORTED_SPEECH.search(low, lo, hi) is not None
    )


#: An enforcement word of the lead that is no office's act: a charge is also what a broker or a
#: crew boss takes ("charging you for rides", "added charges for rent").
_CHARGE = C(r"charg")


#: A news outlet's voice in its own story: its masthead named as the one told or reaching out
#: ("told The Bee", "The Tribune could not reach", "The Herald obtained"), "this newspaper", a
#: wire service's credit line ("The Associated Press contributed to this report").
_MASTHEAD = (
    r"the\s+(?:bee|tribune|herald|times|post|journal|gazette|courier|sentinel|chronicle|dispatch"
    r"|examiner|inquirer|ledger|register|observer|star|globe|record|citizen|eagle)"
)
#: as the subject reaching out, only the mastheads no other thing is called ("the post reached
#: two million people" is a social media post's)
_MASTHEAD_ACTING = (
    r"the\s+(?:bee|tribune|herald|times|gazette|courier|sentinel|chronicle|dispatch|examiner"
    r"|inquirer|ledger|observer|globe)"
)
_NEWSROOM_VOICE = C(
    r"\b(?:told|reached\s+by|contacted\s+by|interview\s+with|statement\s+to)\s+"
    + _MASTHEAD
    + r"\b|\b"
    + _MASTHEAD_ACTING
    + r"\s+(?:could\s+not|couldn't|was\s+unable|has\s+(?:reached|asked|requested|contacted"
    r"|obtained|reviewed)|reached|contacted|requested|obtained|reviewed|asked)\b"
    r"|\b(?:told|by)\s+this\s+(?:newspaper|paper|reporter)\b"
    r"|\bcontributed\s+to\s+this\s+(?:report|story)\b"
)


#: A reporter's own forms naming the paper by its title, "The" capitalised mid-sentence
#: ("workers interviewed by The Californian", "records obtained by The Ledger", "The Courant
#: reviewed"), and "this reporter": the story's voice by its structure, whatever the masthead.
_REPORTER_FORM = re.compile(
    r"\b(?:interviewed|surveyed|reviewed|obtained|analy[sz]ed|examined|contacted|reached"
    r"|requested|compiled)\s+by\s+The\s+[A-Z][\w.'\u2019-]+"
    r"|[a-z,]\s+The\s+[A-Z][a-z]+\s+(?:reviewed|obtained|analy[sz]ed|interviewed|examined)\s+"
    r"(?:the\s+|dozens|hundreds|records|court|police|state|federal|\d)"
)
_THIS_REPORTER = C(r"\bthis\s+reporter\b")
#: A story's own closing forms on a line of their own: the reporter's beat line ("Trent Holloway
#: covers courts and public safety for the Observer.") and the paper's copyright under a
#: masthead's word ("(c) 2025 Sioux Falls Ledger"), never an office's.
_STORY_CLOSE = C(
    r"^[ \t]*(?:[\w.'\u2019-]+[ \t]+){1,3}(?:covers|reports[ \t]+on|writes[ \t]+about)[ \t]+"
    r"[^\n]{1,80}?[ \t]+for[ \t]+(?:the[ \t]+)?[^\n]{1,40}$"
    r"|^[ \t]*(?:\(c\)|\u00a9|copyright)[ \t]*\d{4}[ \t]+[^\n|]{0,40}?\b"
    + _MASTHEAD[len("the\\s+") :]
    + r"\b",
    re.M,
)
#: A story's byline on a line of its own near its head: "By" and a person's name (two to four
#: capitalised words), optionally a newsroom role after a comma ("By Megan Costa, Staff Writer")
#: and a date after a bar ("By Lucia Brandt | May 2, 2024"); read on the text as written. A name
#: with an office's title ("By Sheriff Dale Greer", "By Attorney General Jane Roe", "By Delegates
#: Barrett, ...") is the office's own piece, no reporter's byline (`_BYLINE_TITLE`).
_BYLINE = re.compile(
    r"^[ \t]*By[ \t]+([A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){1,3})"
    r"(?:,[ \t]*[A-Za-z][^\n|,]{0,30})?(?:[ \t]*\|[^\n]{0,40})?[ \t]*$",
    re.M,
)
_BYLINE_TITLE = re.compile(
    r"\b(?:Sheriff|Chief|Officer|Deputy|Trooper|Sgt|Sergeant|Lt|Lieutenant|Capt|Captain|Attorney"
    r"|General|Governor|Gov|Mayor|Commissioner|Director|Secretary|Senator|Sen|Representative|Rep"
    r"|Delegates?|Senators|Representatives|Council(?:man|woman|member)?|Judge|Office|Department"
    r"|Agency|Staff|Team)\b"
)
#: How far into a text a byline may stand (the masthead, the section links and the headline
#: come first).
_BYLINE_CHARS = 800


def _byline(text: str) -> bool:
    """The text carries a reporter's byline near its head (`_BYLINE`, no office's title)."""
    if "By " not in text[:_BYLINE_CHARS]:
        return False
    return any(
        _BYLINE_TITLE.search(m.group(1)) is None for m in _BYLINE.finditer(text, 0, _BYLINE_CHARS)
    )


#: A news story's own URL path on any host ("/story/news/2024/08/25/...", "/news/local/...",
#: "/article293841.html"): the newsroom's publishing system, never an office's release.
_NEWS_PATH = re.compile(r"/story/(?:news|local)/|/news/local/|/article\d{6,}(?:\.html)?\b")


def news_path(url: str | None) -> bool:
    """The page's URL has a newsroom's story path (`_NEWS_PATH`)."""
    return url is not None and "/" in url and _NEWS_PATH.search(url) is not None


_REPORTER = Literals("reporter")


def newsroom_voice(low: str, text: str | None = None, url: str | None = None) -> bool:
    """The text is a news outlet's story by its own words (`_NEWSROOM_VOICE`, a reporter's
    forms) or its story path, whatever its host (read only for a footer candidate, a few
    texts)."""
    if _NEWSROOM_VOICE.search(low) is not None or news_path(url):
        return True
    if _REPORTER.any_in(low) and _THIS_REPORTER.search(low) is not None:
        return True
    if _STORY_CLOSE.search(low, max(0, len(low) - 400)) is not None:
        return True
    if text is not None and _byline(text):
        return True
    return text is not None and " The " in text and _REPORTER_FORM.search(text) is not None


def _release_voice(a: Analysis, out: Outreach) -> bool:
    """Whether the text is an office's release, the only text a release footer belongs to: a
    public office acts in it or is named in its lead, or its lead reports an action only an
    office takes (an arrest, an indictment, a sentence, a fine: `enforcement_lead`, a charge
    aside); no news outlet published it (a story's last line is the outlet's own, whoever it
    names); and it is no non-government organisation's text (a nonprofit's page, a seller's,
    one whose every hotline is an organisation's). A page or a story whose last line gives the
    hotline, with no office speaking, has no release footer, whatever that line says."""
    low = a.low
    office_act = out.office is not None or out.voice.office_lead
    if not office_act:
        office_act = any(
            not _CHARGE.match(m.group(0))
            for m in _ENFORCEMENT_LEAD.finditer(low, 0, _lead_end(low))
        )
    return (
        office_act
        and a.news_outlet is None
        and not (out.voice.ngo_lead or out.voice.hotline_ngo)
        and not newsroom_voice(low, a.text, a.url)
    )


#: A release's end marker, on a line of its own: "###", "# # #", "-30-", "- END -", "-END-",
#: or the "About the Sheriff's Office" heading of its boilerplate. Whatever follows is the
#: office's standing boilerplate (its contact line, its standard hotline line), not the release.
_END_MARKER = Line(
    r"(?m)^[ \t]*(?:#[ \t]*#[ \t]*#[# \t]*|-+[ \t]*(?:30|end)[ \t]*-+"
    r"|about[ \t]+(?:the[ \t]+)?(?:[\w.'\u2019&-]+[ \t]+){0,6}?"
    r"(?:office|department|agency|bureau|division|commission|authority)[ \t]*:?)[ \t]*$"
)


def release_end(low: str) -> int | None:
    """Where a release's end marker (`_END_MARKER`) stands after its lead, or None. Gated on
    the marker's literals: most texts have none."""
    if "#" not in low and "-" not in low and "about" not in low:
        return None
    m = _END_MARKER.search(low, _lead_end(low))
    return m.start() if m is not None else None


#: How a posting duty's own notice is supplied (`notice_supply` in the vocabulary: "available to
#: download", "free download", "QR code", "digital copies"), read on a toolkit cue's own words.
_NOTICE_SUPPLY = C(OUTREACH_CUES["notice_supply"])
_DUTY_POSTER = "a posting duty's own poster, no outreach effort"


def _duty_notice(low: str, c: Cue) -> bool:
    """The effort cue `c` names the notice a posting duty requires, as a page stating the duty
    names it: its poster or sign (`poster`), or the copy offered to download or print, or the QR
    code it carries (a `toolkit` cue whose own words are `notice_supply`); not wallet cards, tool
    kits or information sheets (materials of an effort) (round 55)."""
    return c.name == "poster" or (
        c.name == "toolkit" and _NOTICE_SUPPLY.search(low, c.start, c.end) is not None
    )


#: A heading of pointers to other pages, opening a block of its own ("Related", "Resources for
#: owners and managers", "See also", "Helpful links", "More information"): the lines under it
#: name other pages (round 57).
_POINTER_HEADING = C(
    r"[ \t]*(?:(?:related|helpful|useful|additional|other|more|see\s+also|external)\b[^\n.!?]{0,50}"
    r"|(?:resources?|links?)\b[^\n.!?]{0,50})[ \t]*:?[ \t]*$"
)


def _under_pointer_heading(low: str, at: int) -> bool:
    """The position `at` is in a block (lines between blank lines) opened by a heading of
    pointers to other pages (`_POINTER_HEADING`: "Related / Hotels and motels have a separate
    state requirement to train employees ...; see the Lodging page", "Resources for owners and
    managers / - Minnesota Department of Health: human trafficking awareness training"), under
    the heading: what the page points to, not its own effort (round 57)."""
    lo = low.rfind("\n", 0, at) + 1
    while lo > 0:
        prev = low.rfind("\n", 0, lo - 1) + 1
        if not low[prev : lo - 1].strip():
            break
        lo = prev
    head_hi = line_span(low, lo, lo)[1]
    return head_hi < at and _POINTER_HEADING.match(low, lo, head_hi) is not None


def _reminds_elsewhere(low: str, c: Cue) -> bool:
    """A reminder of a posting duty (`c`) on a page whose duty is elsewhere (round 57): its
    sentence names no trafficking and no hotline ("reminds restaurants of the signs the food
    code requires them to post"): the reminder is of another subject's signs, which carry no
    hotline."""
    return _HOTLINE_NAMED.search(low, *sentence_span(low, c.start, c.end)) is None


_HOTLINE_NAMED = C(r"traffick|hot\s?line|373-?7888|233733|befree")


def _trafficking_in_menus_only(low: Lowered) -> bool:
    """Every word of trafficking or a hotline in the text (`_HOTLINE_NAMED`) stands in the site's
    chrome (`in_chrome`: a menu line, the list of other items), none in the text itself (round
    67): a page about something else under a site menu that links to trafficking resources."""
    found = False
    for m in _HOTLINE_NAMED.finditer(low):
        if not in_chrome(low, m.start()):
            return False
        found = True
    return found


def _grant_elsewhere(low: str, c: Cue) -> bool:
    """The effort `c` is a grant, a donation or funding (`grant`) whose sentence names neither
    trafficking nor a hotline (round 65): funding for something else."""
    return (
        c.name == "grant"
        and _HOTLINE_NAMED.search(low, *sentence_span(low, c.start, c.end)) is None
    )


#: A business's appositive after its name (round 64): ", a family-owned chain of 23 truck stops",
#: ", an Austin company": the name before it is a business's, wherever the text names it again.
_BUSINESS_APPOSITIVE = (
    r"(?:(?:a|an)\s+(?:(?!of\b)[\w'\u2019-]+\s+){0,3}?(?:compan(?:y|ies)|chain|business|firm|retailer"
    r"|franchisee?|employer|travel\s+cent(?:er|re)|truck\s+stop|hotel|motel|casino|restaurant"
    r"|grocer)\b"
    # (round 67) the owner or operator of stores, stations, motels ("Harlan Oil, owner of 12
    # convenience stores", "Delta Mart Stores, the owner of 18 gas stations")
    r"|(?:the\s+)?(?:owner|operator)\s+of\s+(?:[\w'\u2019-]+\s+){0,4}?(?:stores?|truck\s+stops?"
    r"|travel\s+cent(?:er|re)s?|(?:gas|fuel|service)\s+stations?|hotels?|motels?|restaurants?"
    r"|casinos?)\b)"
)
#: A business's appositive after a comma (literal-first: the name before it is read back).
_NAMED_BUSINESS = C(r",\s+" + _BUSINESS_APPOSITIVE)
#: How many words before the appositive's comma make the name.
_NAMED_BUSINESS_WORDS = 5
#: A dateline's dash before the name ("missouri valley - prairie pump travel centers").
_DATELINE_CUT = re.compile(r"\s[-\u2013\u2014]{1,2}\s")
#: A business's own noun closing its name (round 67): the name is read again without it.
_BUSINESS_NOUN_END = re.compile(
    r"(?:\s+(?:travel\s+cent(?:er|re)s?|plazas?|truck\s+stops?|stops|stations|stores?|markets?"
    r"|shops|marts?|general"
    r"|compan(?:y|ies)|co\.?|inc\.?|llc|corp\.?|hotels?|motels?|inns?|restaurants?"
    r"|casinos?|fuels?|grocers?|groceries))+$"
)


def _named_business_subject(low: Lowered, lo: int, hi: int) -> bool:
    """The sentence at `lo` opens (before `hi`) with a name the text gives a business's
    appositive (round 64): "Roadrunner Travel Plazas trains cashiers ..." where the lead says
    "Roadrunner Travel Plazas, a family-owned chain of 23 truck stops": the name's last two to
    five words, then a word (its verb)."""
    names = low.found.get(("business names",))
    if names is None:  # read once a document, only where a business subject is asked for
        found = set()
        for m in _NAMED_BUSINESS.finditer(low):
            line_lo = low.rfind("\n", 0, m.start()) + 1
            words = _DATELINE_CUT.split(low[line_lo : m.start()])[-1].split()
            words = words[-_NAMED_BUSINESS_WORDS:]
            for k in range(2, len(words) + 1):
                found.add(" ".join(words[-k:]))
            # (round 67) the name without its business noun ("Prairie Pump Travel Centers" is
            # "Prairie Pump" when the text names it again)
            short = _BUSINESS_NOUN_END.sub("", " ".join(words))
            if len(short) >= 4 and short != " ".join(words):
                found.add(short)
        names = low.found[("business names",)] = tuple(found)
    if not names:
        return False
    head = low[lo:hi].lstrip(" \t\n\"'\u201c\u2018")
    return any(head.startswith(n) and head[len(n) : len(n) + 1] in (" ", "\t") for n in names)


#: A business opening the sentence as its subject (round 61): "The company trains ...", "The
#: chain displays ...", "The hotel posts ...", "The retailer said it trains ...", "Prairie Star
#: Fuels Inc. displays ...": a closed class of a business's common nouns after "the" (or "its"),
#: or a name of one to four words ending in a company's suffix.
_BUSINESS_SUBJECT = C(
    r"[\s\"'\u201c\u2018]*(?:(?:the|its)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:compan(?:y|ies)|chain"
    r"|business(?:es)?|firm|retailer|stores?|franchise(?:e|s)?|owners?|operators?|employer"
    r"|hotels?|motels?|casinos?|restaurants?|travel\s+cent(?:er|re)s?|truck\s+stops?)\b"
    r"|(?:[\w&'\u2019.-]+\s+){1,4}?(?:inc|llc|l\.l\.c|co|corp|ltd)\b\.?,?\s"
    # (round 67) the name and its appositive after a dateline ("MISSOURI VALLEY - Prairie Pump
    # Travel Centers, a family-owned chain of 14 truck stops ...")
    r"|(?:[a-z][a-z .'\u2019-]{0,30}?\s[-\u2013\u2014]{1,2}\s+)?"
    r"(?:[\w&'\u2019.-]+\s+){0,4}?[\w&'\u2019.-]+,\s+" + _BUSINESS_APPOSITIVE + ")"
    # (round 65) a headline's or a clause's bare name of a business as its subject, no article
    # ("Iowa truck stop chain trains cashiers ...", "When Red Oak Travel Centers opened its
    # newest store ..."), after a dateline: up to three words, the business noun, then its
    # verb (a word in -s or -ed that is no person's noun, or the effort itself: "truck stop
    # employees" are the business's people, whoever trains them)
    r"|(?:[a-z][a-z .'\u2019-]{0,30}?\s[-\u2013\u2014]{1,2}\s+)?"  # a dateline ("poteau - ")
    r"(?:(?:when|as|after|once|since|while|before)\s+)?(?:[\w&'\u2019.-]+\s+){0,3}?"
    r"(?:chains?|compan(?:y|ies)|retailers?|travel\s+cent(?:er|re)s?|truck\s+stops?"
    r"|travel\s+plazas?|hotels?|motels?|casinos?|restaurants?|grocers?)\s+"
    # (round 67) its owner, one, acting in the present ("Truck stop owner adds stickers")
    r"(?:owner\s+(?:$|[a-z]+s\b)|$|(?!(?:employees"
    r"|workers|staff|owners|managers|cashiers|clerks|customers|guests|drivers|operators)\b)"
    r"[a-z]+(?:s|ed)\b)"
)
#: How far into its sentence a business subject may run.
_BUSINESS_SUBJECT_REACH = 80


def _sentence_opening(low: Lowered, c: Cue) -> int:
    """Where the sentence of the cue `c` opens, read past a stop that ends no sentence (round
    65): a sentence "opening" in a lower-case word or a number followed an abbreviation ("on U.S.
    59 last week, customers found ..."), so the sentence opens where the one before it does."""
    lo = sentence_span(low, c.start, c.end)[0]
    for _ in range(2):
        at = lo
        while at < c.start and low[at] in " \t\n\"'\u201c\u2018":
            at += 1
        head = low.source[at : at + 1]
        if lo <= 1 or not (head.islower() or head.isdigit()):
            break
        lo = sentence_span(low, lo - 2, lo - 2)[0]
    return lo


def _business_effort(low: Lowered, c: Cue) -> bool:
    """The effort `c` is a business's own (round 61): its sentence opens with a business as its
    subject (`_BUSINESS_SUBJECT`) and names no public office before the effort ("The company
    trains all cashiers to recognize the signs of human trafficking ... and displays the
    national trafficking hotline in its restrooms"). An office only named elsewhere in the story
    (a city administrator quoted, a mayor at the ribbon cutting) does not make the business's
    posters its effort; an office's partnership with the business ("The Sheriff's Office
    partnered with three travel centers to put ... posters") is the office's."""
    lo = _sentence_opening(low, c)
    m = _BUSINESS_SUBJECT.match(low, lo, min(c.start, lo + _BUSINESS_SUBJECT_REACH))
    return (
        m is not None
        or _named_business_subject(low, lo, min(c.start, lo + _BUSINESS_SUBJECT_REACH))
    ) and not any(True for _ in _OFFICE.matches(low, lo, c.start))


#: (round 68) A place or time fronted before a sentence's subject, closed by a comma, a dateline
#: before it or none: "At the State Fair, volunteers hand out a card ...", "BILLINGS - Outside the
#: arena, church volunteers handed out ...": the subject after it is still the sentence's.
_FRONTED_PLACE = (
    r"(?:(?:[a-z][a-z .'\u2019-]{0,30}?\s[-\u2013\u2014]{1,2}\s+)?"
    r"(?:at|in|on|during|between|outside|inside|near|along|across)\s+[^,.;:!?\n]{1,60},\s+)?"
)
_FRONTED_PLACE_RX = C(r"[\s\"'\u201c\u2018]*" + _FRONTED_PLACE.removesuffix("?"))
#: A non-government organisation opening the sentence as its subject (round 62): "The group
#: handed out cards ...", "The nonprofit distributed hotline cards", "Its volunteers handed out
#: ...", "Church ministry takes hotline posters to truck stops": a closed class of an
#: organisation's common nouns, after "the", "its", "a" or none, up to two words before it (round
#: 67: three, an organisation's name, "Bridge of Hope volunteers handed out cards").
_GROUP_SUBJECT = C(
    r"[\s\"'\u201c\u2018]*"
    + _FRONTED_PLACE
    + r"(?:(?:the|its|their|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:groups?"
    r"|non-?profits?|organi[sz]ations?|charit(?:y|ies)|ministr(?:y|ies)|church(?:es)?"
    r"|congregations?|clubs?|volunteers|members|associations?|foundations?|societ(?:y|ies)"
    # (round 63) the head of an organisation's own name, referred back ("The Alliance will
    # ...", "Alliance volunteers will ..."); not "staff", which an office has as well ("Port
    # staff ... have been trained")
    r"|alliances?|coalitions?|federations?"
    # (round 67) an event's participants ("Paddlers take to Bayou Teche to raise awareness of
    # trafficking", "Walkers carried hotline cards"): whose event it is decides, read with the
    # organisation the text names
    r"|paddlers|kayakers|walkers|runners|riders|cyclists|bikers|marchers|participants)\b"
)
#: An organisation's own event or stand opening the sentence as its subject (round 63): "The
#: booth will also feature a short quiz on the signs of trafficking", "The walk ends with a
#: vigil": a thing, no actor; the effort is the organisation's whose event it is.
_GROUP_EVENT_SUBJECT = C(
    r"[\s\"'\u201c\u2018]*" + _FRONTED_PLACE + r"(?:(?:the|its|their|this|that)\s+"
    # (round 68) or a headline's bare noun phrase ("Fair booth teaches visitors the signs of
    # trafficking")
    r"|(?=[\w'\u2019-]+\s+(?:booths?|tables?|tents?|stands?|displays?|exhibits?)\s))"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:booths?"
    r"|tables?|tents?|stands?|displays?|exhibits?|events?|walks?|runs?|rall(?:y|ies)|vigils?"
    r"|festivals?|gatherings?)\s+(?:will|would|also|includes?|included|features?|featured"
    r"|offers?|offered|has|had|is|was|ends?|ended|teaches|taught|asks|asked|shows|showed)\b"
)


def _group_effort(low: Lowered, c: Cue) -> bool:
    """The effort `c` is a non-government organisation's own (round 62), as `_business_effort`
    reads a business's: its sentence opens with an organisation as its subject
    (`_GROUP_SUBJECT`) and names no public office before the effort ("The group handed out
    cards with its own support line ... and the National Human Trafficking Hotline"), in a text
    that names a non-government body (`_ngo_in_lead` over the whole text: a nonprofit, a
    ministry, an association no sentence makes a government's). Deputies closing the street
    for a nonprofit's walk, a mayor welcoming its walkers, do not make its cards an office's
    effort; an office's partnership or grant ("The Sheriff's Office partnered with ... to hand
    out cards") is the office's, and a task force of offices ("The group handed out posters")
    names no non-government body. (Round 68) A sentence opening with "it" or "they" is the
    organisation's when the sentence before it opens with the organisation as its subject and
    names no office ("The alliance, founded in 2021, has ... volunteers. It plans training
    sessions ..."): the pronoun refers back to that sentence's subject."""
    lo = sentence_span(low, c.start, c.end)[0]
    m = _GROUP_SUBJECT.match(low, lo, min(c.start, lo + _BUSINESS_SUBJECT_REACH))
    if m is None and _PRONOUN_SUBJECT.match(low, lo, c.start) and lo > 1:
        before = sentence_span(low, lo - 2, lo - 1)[0]
        if _GROUP_SUBJECT.match(low, before, min(lo, before + _BUSINESS_SUBJECT_REACH)) and not any(
            True for _ in _OFFICE.matches(low, before, lo)
        ):
            m = True
    # a place fronted before the subject is where, not who ("At the State Fair, volunteers ...")
    fronted = _FRONTED_PLACE_RX.match(low, lo, c.start) if m is not None else None
    return (
        m is not None
        and not any(True for _ in _OFFICE.matches(low, fronted.end() if fronted else lo, c.start))
        and _ngo_in_lead(low, len(low))
    )


#: (round 68) A pronoun opening its sentence as its subject: "It plans training sessions ...".
_PRONOUN_SUBJECT = C(r"[\s\"'\u201c\u2018]*(?:it|they)\s+(?!is\s|was\s|are\s|were\s)")


def _group_event_effort(low: Lowered, c: Cue) -> bool:
    """The effort `c` is told of an event or stand as its sentence's subject (`_GROUP_EVENT_
    SUBJECT`: "The booth will also feature a short quiz on the signs of trafficking"), naming no
    public office before it (round 63): no actor of its own, it is the effort of the one whose
    event it is; read only beside an organisation's own effort (`_group_effort`)."""
    lo = sentence_span(low, c.start, c.end)[0]
    m = _GROUP_EVENT_SUBJECT.match(low, lo, min(c.start, lo + _BUSINESS_SUBJECT_REACH))
    if m is None:
        return False
    fronted = _FRONTED_PLACE_RX.match(low, lo, c.start)
    return not any(True for _ in _OFFICE.matches(low, fronted.end() if fronted else lo, c.start))


#: A course's content as its sentence's subject (round 63): "The state-approved course includes a
#: unit on recognizing signs of human trafficking", "The approved course covers ...".
_COURSE_CONTENT = C(
    r"[\s\"'\u201c\u2018]*(?:the|this|that|each|every|such\s+a)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:course|class|curriculum|training|program(?:me)?)s?\s+(?:also\s+)?(?:includes?|covers?"
    r"|contains?|has|teaches|must\s+(?:include|cover))\b"
)
#: A requirement of a licence's holder or applicant to complete a course (the sentence before).
_MUST_COMPLETE = C(
    r"\b(?:must|shall|are\s+required\s+to|is\s+required\s+to)\s+(?:first\s+)?(?:complete"
    r"|take|attend|pass|finish)\b[^.;!?]{0,120}?\b(?:course|class|curriculum|training"
    r"|program(?:me)?)s?\b"
)


def _required_course(low: Lowered, c: Cue) -> bool:
    """The effort `c` is the content of a course the text requires of a licence's holders or
    applicants (round 63): its sentence opens with the course as its subject
    (`_COURSE_CONTENT`: "The state-approved course includes a unit on recognizing signs of
    human trafficking") and the sentence before requires completing it (`_MUST_COMPLETE`: "New
    applicants must complete a responsible beverage server training course"), naming no
    public office before the effort: a licence's condition, no office's outreach."""
    lo = sentence_span(low, c.start, c.end)[0]
    if _COURSE_CONTENT.match(low, lo, min(c.start, lo + _BUSINESS_SUBJECT_REACH)) is None:
        return False
    if any(True for _ in _OFFICE.matches(low, lo, c.start)):
        return False
    before = sentence_span(low, max(0, lo - 2), max(0, lo - 2))[0] if lo > 1 else lo
    return _MUST_COMPLETE.search(low, before, lo) is not None


#: An appeal for information about the case (round 61): "ask anyone with information to call
#: UPD dispatch", "urge anyone with information about the case to contact Detective ...",
#: "asking anyone who may have been a victim to contact the Special Victims Unit".
_CASE_APPEAL = C(
    r"\b(?:anyone|those|people|persons?|witnesses)\s+(?:with|who\s+(?:has|have|had|may\s+have)"
    r"|having)\s+(?:any\s+)?(?:information|knowledge|been\s+(?:a\s+)?victim)"
    r"|\binformation\s+(?:about|on|regarding|related\s+to)\s+(?:the|this)\s+(?:case|investigation"
    r"|incident|arrests?|suspects?)\b|\bother\s+(?:possible\s+|potential\s+)?victims\b"
    r"|\bmay\s+have\s+been\s+(?:a\s+)?victims?\b"
)


def _case_appeal(low: Lowered, c: Cue) -> bool:
    """The effort `c` is an investigation's appeal for information (round 61): a public appeal
    whose own sentence asks for information about the case or its victims (`_CASE_APPEAL`) and
    names no hotline or tip line ("Detectives believe there may be other victims and ask anyone
    with information to call UPD dispatch at ..."): the case's, not outreach."""
    if c.name != "public_appeal":
        return False
    lo, hi = sentence_span(low, c.start, c.end)
    return _CASE_APPEAL.search(low, lo, hi) is not None and HOTLINE_WORD.search(low, lo, hi) is None


#: What an office says it will do or has begun (round 61): its own effort announced, not the
#: case's account ("will deliver", "plans to", "is handing out", "began", "has started").
_ANNOUNCED = C(
    r"\b(?:will|plans?\s+to|is\s+(?:now\s+)?\w+ing|are\s+(?:now\s+)?\w+ing|began|begins|has\s+begun"
    r"|started|starts|has\s+started|launch(?:es|ed))\b"
)


def _office_announces(low: Lowered, c: Cue) -> bool:
    """A poster or handout effort (`c`, weight 2 or more) an office announces in its own
    sentence (round 61): a public office named before it as its subject, the hotline named in
    the sentence and the office's verb forward-looking or begun (`_ANNOUNCED`): "Following the
    arrest, the Sheriff's Office will deliver human trafficking hotline posters to every massage
    business": an arrest release that also announces outreach."""
    if c.weight < 2 or c.name not in ("poster", "office_handout", "training"):
        return False
    lo, hi = sentence_span(low, c.start, c.end)
    offices = [o for o in _OFFICE.matches(low, lo, c.start) if not _not_actor(low, o.start())]
    return (
        bool(offices)
        and _ANNOUNCED.search(low, offices[0].end(), c.end) is not None
        and HOTLINE_WORD.search(low, lo, hi) is not None
    )


def _every_effort(efforts: list[Cue], reading) -> bool:
    """Every effort of weight 2 or more (there is one) answers `reading`."""
    strong = [c for c in efforts if c.weight >= 2]
    return bool(strong) and all(reading(c) for c in strong)


def decide(a: Analysis, efforts: list[Cue]) -> Outreach:
    """campaign / promotes_hotline / footer_only for a text about trafficking (not law text)."""
    low = a.low
    efforts = [
        c
        for c in efforts
        if c.name != "posting_reminder"
        or (_office_reminds(a, c) and not (a.duty_elsewhere and _reminds_elsewhere(low, c)))
    ]
    out = Outreach(refs=hotline_refs(a), efforts=efforts)
    for c in efforts:
        if c.name == "posting_reminder":
            # The notices a posting duty requires carry the hotline: an office reminding
            # businesses to post them gives the hotline to the public.
            out.refs.append(HotlineRef(c.start, c.end, None, "unspecified", given=True))
            out.reminder = True
    out.refs.sort(key=lambda r: r.start)
    banner = hotline_banner(low, out.refs)
    if banner is not None:
        efforts = out.efforts = sorted([*efforts, banner], key=lambda c: c.start)
    out.office = office_acting(low)
    transit = transit_office(a.text, low) if out.office is None else None
    out.office = out.office or transit
    if out.office is None:
        out.office = named_office(a.text, low)
    if out.office is None:
        out.office = campus_unit_office(low)
    out.publisher = a.publisher
    if out.office is None and a.publisher is not None:
        # A government site's own page: the office that published it is the one acting, even
        # where the text never names it in the third person (an agency's campaign page).
        out.office = Cue(PUBLISHER_OFFICE, 0, 0, 0)
    if out.office is None and "#" in a.text:
        out.office = hashtag_office(a.text, low)
    if out.office is None:
        out.office = post_author_office(low)
    if out.office is None:
        out.office = signature_office(low)
    author = opinion_author(a) if out.office is not None else None
    if author is not None and not _office_named(low, *author):
        # an opinion piece is its author's voice: an office acts only when the author holds one
        # ("Attorney General ...: Tips are essential"), not because an office is named in it
        out.office = None
    out.voice = voice(
        low, out.given, a.publisher, a.publisher is not None and not a.requires_posting, transit
    )
    prosecution = {m.group(0): m.start() for m in _PROSECUTION.finditer(low)}
    out.prosecution = len(prosecution)
    if prosecution:
        s_lo, s_hi = subject_span(low)
        # an office's people ("Detectives from the State Police Human Trafficking Unit have
        # visited 14 high schools") name who acts, not a prosecution: alone, such a word in the
        # lead makes no prosecution the subject
        # nor do they, named again ("Detectives will explain ... the detective division"),
        # make two prosecution cues: the office's people are counted as none
        case = {word: at for word, at in prosecution.items() if word not in _OFFICE_PEOPLE}
        out.prosecution_subject = len(case) >= 2 or any(s_lo <= at < s_hi for at in case.values())
    # a mandatory posting clause outside law text is news about (or a reminder of) a law, also
    # one whose sign is another subject's (round 53)
    out.bill_cues = len(_BILL_NEWS.finditer(low)) + len(a.mandates) + len(a.other_duties)
    out.bill_subject = bool(a.mandates) or out.bill_cues >= 2 or _named_bill_in_subject(low)
    names = {c.name for c in efforts}
    strong = names & STRONG_EFFORTS
    # News about a bill (or an ordinance) is about the law, not an outreach effort, unless the
    # office also runs an effort of its own (an awareness day, billboards, a new hotline). The
    # signs a duty's own sentence puts up ("SB 212 would require the Turnpike Authority to
    # display a ... sign") are the law's, not an office's effort.
    out.bill_news = out.bill_cues >= 3 and not (
        _own_strong(low, efforts, a.mandates) - {"awareness_education"}
    )
    # A letter about the hotline (its operator, its tips) is advocacy, not outreach, unless the
    # office also runs an effort of its own.
    out.letter_cue = _LETTER.search(low) is not None
    out.letter = out.letter_cue and not (strong - {"awareness_education"})
    given = out.given
    if out.office is not None and (out.effort < 2 or max(c.weight for c in efforts) < 2):
        reader = hotline_to_reader(a, out)
        if reader is not None:
            efforts = out.efforts = sorted([*efforts, reader], key=lambda c: c.start)
    if out.office is not None and out.effort < 2:
        # no effort cue, or one weak cue (a word of the text's subject: "social media" as where
        # traffickers reach teens): an office's own text handing a hotline over is the effort
        # (settled by the rules, as a reminder is; the model's texts are untouched)
        handed = hotline_in_body(a, out)
        if handed is not None:
            efforts = out.efforts = sorted([*efforts, handed], key=lambda c: c.start)
            out.handed = True
        elif not out.given:
            gathering = office_gathering(a, out)
            if gathering is not None:
                efforts = out.efforts = sorted([*efforts, gathering], key=lambda c: c.start)
    # a text stating a posting duty whose every effort cue is the duty's own notice (its poster,
    # its printable copy, its QR code: "download the poster below", "the poster is produced by
    # the council"), wherever it is named: the duty, not an office's effort (round 55: settled
    # by the rules, the model never weighs it). So too on a page of another subject's required
    # postings whose duty was dropped as not the text's own (round 55 requires-subject): a
    # trafficking poster it names beside them ("not required of food facilities", "encouraged,
    # not required") is no effort
    # on such a page the efforts it only points to under a heading of other pages ("Related",
    # "Resources for owners and managers": another office's training, another duty) are none of
    # its own either (round 57)
    out.duty_poster = (
        (a.requires_posting or a.duty_elsewhere)
        and bool(efforts)
        and all(
            _duty_notice(low, c) or (a.duty_elsewhere and _under_pointer_heading(low, c.start))
            for c in efforts
        )
    )
    if out.office is None:
        out.reason = "no public office acting" + (
            " (an opinion piece by a writer who holds no office)" if author else ""
        )
    elif _trafficking_in_menus_only(low):
        # (round 67) trafficking and hotlines named only in the site's menus ("Services |
        # Clinics | Human Trafficking Resources | News"): the release is about something else
        out.reason = "trafficking named only in the site's menus, no effort about it"
        out.about_else = True
    elif out.voice.ngo_lead:
        # whose effort: a nonprofit's, an association's, a club's (named in the headline or
        # lead, where no public office is), even when an office is named further on
        out.reason = "a non-government organisation's text " + (
            "(it calls itself a nonprofit)"
            if out.voice.ngo_self
            else "(a seller's product page)"
            if out.voice.seller
            else "(named in the lead, no office there)"
        )
    elif out.voice.hotline_ngo:
        # every hotline the text gives is a nonprofit's or a company's ("The non-profit ...
        # They also have a 24-hour hotline"): not given by the office
        out.reason = "the hotline given is a non-government organisation's"
        out.about_else = True
    elif out.bill_news:
        out.reason = f"news about a bill ({out.bill_cues} bill cues)"
        out.about_else = True
    elif out.bill_cues and _dead_measure_news(low, efforts):
        # a body voting its measure down (or a measure that died) is the news: the signs the
        # measure would have put up are no office's effort
        out.reason = "news of a measure voted down or dead, no outreach effort"
        out.about_else = True
    elif out.letter:
        out.reason = "a letter about the hotline, no outreach effort"
        out.about_else = True
    elif out.effort < 2 or (out.effort < 3 and max(c.weight for c in efforts) < 2):
        out.reason = _DUTY_POSTER if out.duty_poster else "no outreach effort"
        if efforts and all(_grant_elsewhere(low, c) for c in efforts):
            # (round 65) the only effort is funding whose sentence names neither trafficking
            # nor a hotline ("State tourism grants have helped pay for signs and facades"): a
            # grant for something else, no effort about trafficking
            out.reason = "a grant for something else, no outreach effort"
            out.grant_elsewhere = True
    elif _every_effort(efforts, lambda c: _business_effort(low, c)):
        # (round 61) every effort is a business's own, told with the business as its
        # sentence's subject: an office named elsewhere in the story is not acting in it
        out.reason = "a business's own effort (its sentence's subject), no office's"
        out.about_else = True
    elif out.prosecution and _every_effort(efforts, lambda c: _case_appeal(low, c)):
        # (round 61) an arrest or investigation release whose only effort is its appeal for
        # information about the case
        out.reason = "an investigation's appeal for information, no outreach effort"
        out.about_else = True
    elif (
        out.prosecution >= 3
        and not (strong - {"awareness_education"})
        and not any(_office_announces(low, c) for c in efforts)
    ):
        # "the unit works to raise awareness" in a sentencing release is not an effort
        out.reason = f"a prosecution or arrest ({out.prosecution} cues), no outreach effort"
        out.about_else = True
    elif _every_effort(
        efforts, lambda c: _group_effort(low, c) or _group_event_effort(low, c)
    ) and any(c.weight >= 2 and _group_effort(low, c) for c in efforts):
        # (round 62) every effort is a non-government organisation's own, told with it as its
        # sentence's subject: an office present at its event is not acting in it
        out.reason = (
            "a non-government organisation's own effort (its sentence's subject), no office's"
        )
        out.about_else = True
    elif _every_effort(efforts, lambda c: _required_course(low, c)):
        # (round 63) every effort is the content of a course a licence requires ("The
        # state-approved course includes a unit on recognizing signs of human trafficking")
        out.reason = "a required course's content (a licence's condition), no outreach effort"
        out.about_else = True
    elif out.duty_poster:
        out.reason = _DUTY_POSTER
    else:
        out.campaign = True
    # A hotline given only in the closing lines of a release about something else (a
    # prosecution, an arrest, a bill): a standard line, not an effort. A page that is about
    # nothing else, a hotline on posters or signs, and the notice a posting clause requires are
    # never footers.
    enforcement = enforcement_lead(low)
    # an office's release about another matter (a scam alert, storm repairs) closing with the
    # trafficking line after its own subject's line: its efforts are that matter's
    # (the trafficking line is the first one the text names as such: a line of its own subject
    # given before it, "call the FWC Wildlife Alert Hotline at ...", is that subject's number)
    closing = next((r for r in given if r.scope != "unspecified"), given[0]) if given else None
    topic_else = (
        closing is not None
        and out.office is not None
        and not (out.voice.ngo_lead or out.voice.hotline_ngo)
        and _office_speaks(a, out, 0, _lead_end(low))
        and _closing_line_of_other_matter(low, closing, efforts, given)
    )
    about_else = out.prosecution >= 1 or out.bill_news or enforcement or topic_else
    if (
        given
        and about_else
        and (
            not out.campaign or topic_else or ((out.prosecution >= 2 or enforcement) and not strong)
        )
    ):
        first = closing if topic_else and closing is not None else given[0]
        tail = first.start >= len(low) * 0.6
        # a slogan opening the number's own paragraph ("Know the signs. The National Human
        # Trafficking Hotline is ...") is the footer's wording, not an effort before it
        slogan = _slogan_before(low, first.start)
        effort_before = [
            c
            for c in efforts
            if c.start < first.start
            and c.name in STRONG_EFFORTS
            and (slogan is None or not slogan[0] <= c.start < slogan[1])
        ]
        lo, hi = sentence_span(low, first.start, first.end)
        on_media = _on_media(low, lo, hi)
        in_duty = any(lo <= c.start < hi or c.start <= lo < c.end for c in a.mandates)
        # the notice's own wording ("If you or someone you know is being forced ...") is a
        # notice's only where the text speaks of one; a release about charges closing with the
        # same words gives its own footer line
        in_duty = in_duty or (
            _NOTICE_WORDING.search(low, max(0, lo - 300), hi) is not None
            and _NOTICE_SPOKEN.search(low) is not None
        )
        in_duty = in_duty or _notice_lists(a, lo)
        if tail and (topic_else or not effort_before) and not on_media and not in_duty:
            # a closing line about something else; a release footer only in an office's release
            out.about_else = True
            out.footer_only = _release_voice(a, out)
            if (
                not out.footer_only
                and out.campaign
                and (a.news_outlet is not None or newsroom_voice(low, a.text, a.url))
            ):
                # a news story's own closing line (the outlet's, by its host or its masthead):
                # no office's footer, and no office's effort either
                out.campaign = False
    if (
        a.news_outlet is not None
        and out.campaign
        and given
        and not (strong - {"awareness_education"})
        and _source_of_story(low, out.office)
        and not low[line_span(low, given[0].start, given[0].end)[1] :].strip()
    ):
        # a news outlet's story whose office only told the reporter (its source) and whose
        # hotline is the story's last paragraph: the outlet's own closing line, no office's
        # effort (and no office's footer either: the text is the outlet's)
        out.campaign = False
        out.about_else = True
        out.reason = "a news story's own closing line (the office is its source)"
    end = release_end(low) if given else None
    if end is not None and all(r.start >= end for r in given):
        # every hotline given stands after the release's end marker: the office's standing
        # boilerplate, whatever it says; the release itself (about something else) gives none
        out.campaign = out.campaign and any(
            c.start < end and c.name in STRONG_EFFORTS for c in efforts
        )
        out.about_else = True
        out.footer_only = _release_voice(a, out)
        out.reason = "hotline only after the release's end marker"
    out.promotes = out.campaign and bool(given) and not out.about_else
    if out.campaign and not given:
        out.reason = "campaign without a trafficking hotline given"
    elif out.footer_only:
        out.reason = "hotline in the footer only"
    elif out.promotes:
        out.reason = "campaign giving a trafficking hotline"
    if out.office is not None and out.office.name == PUBLISHER_OFFICE:
        out.reason += f" ({PUBLISHER_OFFICE}, {out.publisher})"
    return out
