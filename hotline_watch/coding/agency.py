"""Who designs the notice (agency) and who must post it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from hotline_watch.coding.definitions import lookup_definition
from hotline_watch.coding.duty_list import DUTY_LIST, duty_list_lead
from hotline_watch.coding.patterns import C, Literals, Rx
from hotline_watch.coding.result import Coding, add_evidence
from hotline_watch.coding.text import clause_start, squash
from hotline_watch.jurisdictions import JURISDICTIONS

if TYPE_CHECKING:
    from hotline_watch.coding.engine import Analysis

_AGENCY_CORE = Rx(
    r"\b(?:department|office|commission|board|council|division|bureau|agency|administrator"
    r"|commissioner|director|attorney\s+general|secretary|task\s+force|authority|cabinet|institute"
    r"|superintendent|dept|administration|mayor"
    r"|state\s+police|highway\s+patrol|state\s+patrol"
    # a department of transportation by its acronym (literals: the pattern stays literal-first)
    r"|wsdot|mdot|ndot|odot|penndot|txdot|idot|cdot|kdot|fdot|adot|gdot|udot|nysdot|dot)\b"
)
#: Where the notice is found, after the name: "made available by the department on its website",
#: "provided by the commissioner on the Alcohol and Gambling Enforcement Division's website" (the
#: website's owner is no part of the name; round 53).
_WEBSITE_OWNED = (
    r"(?:its|their|his|her|our|this|the)\s+(?:[\w&'\u2019\-]+\s+){0,6}?"
    r"(?:web\s?sites?|web\s?pages?|internet\s+sites?|home\s?pages?)\b"
)
_ON_WEBSITE = r"(?:on|at)\s+" + _WEBSITE_OWNED
_AGENCY_TAIL = C(
    # "the notice furnished by the Commissioner in each restroom": a place, not the name
    # "Dept. of Transportation and Development"
    r"(?:(?<=dept)\.)?(?:'s\s+office)?(?:\s+(?:of|on(?!\s+" + _WEBSITE_OWNED + r")|for"
    # ("supplied by the commission in this state": a place, round 53)
    r"|in(?!\s+(?:each|every|any|all|a|an|its|their|such|this)\b))"
    r"\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
    r"(?:the\s+)?[a-z][a-z'&.\-]*(?:"
    # a name of a series of words ("Office of Youth, Faith and Family", "department of
    # inspections, appeals, and licensing"): a comma before a word when single words and "and"
    # close the series
    r"(?:,(?=(?:\s+[a-z][a-z'\-]*,)*\s+(?:[a-z][a-z'\-]*,?\s+)?and\s+[a-z]))?"
    r"\s+(?!shall\b|must\b"
    r"|will\b|may\b|in\s+consultation\b|where\b|to\b|that\b|which\b|is\b|are\b|has\b|have\b"
    r"|had\b|also\b|created\b|developed\b|designed\b|produced\b|published\b|prepared\b"
    # what follows the name in its sentence: the place of the duty ("developed by the department
    # of labor in each restroom"), what the notice holds ("... containing the hotline number")
    r"|(?:in|at)\s+(?:each|every|any|all|a|an|its|their|such)\b|contain(?:s|ing)\b|includ(?:es|ing)\b"
    r"|lists\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|" + _ON_WEBSITE + r")"
    # a whole word: "the" is no name's last word cut from "Therapy" ("Board of Massage
    # Therapy"; round 49)
    r"(?:(?:and|of|the)\b|&|[a-z][a-z'&.\-]*)){0,7})?"
)
_AGENCY_WORD_BEFORE = C(r"(?<!['\u2019])\b([a-z][a-z'&\-]*)\s+$")
_AGENCY_NOT_NAME = frozenset(
    "the a an this such any each and or of by to that which with for in on at its their his her "
    "shall must may will be is are was were has have state's".split()
)
_AGENCY_DUTY_AFTER = C(
    # the name's acronym in brackets ("The Department of Regulatory Agencies (DORA) must create"),
    # also with the agency word of its short name ("The Alcoholic Beverage Laws Enforcement
    # Commission (ABLE Commission) shall prescribe"; round 48)
    r"(?:\s*\([A-Za-z&]{2,10}(?:\s+(?:commission|department|board|council|office|division"
    r"|bureau|agency|authority))?\))?"
    # a name closed by a comma ("The Division of ..., Justice and Community Services Section,
    # shall make the notice available"), not across a sentence's end ("in the racing secretary's
    # office, the track kitchen ....\nC. The notice shall be in the form approved by the
    # Commission, shall be printed": round 58)
    r"\s*(?:,(?:[^,;.]|\.(?!\s)){0,160},\s*|,\s*)?(?:by\s+(?:rule|regulation|order)\s+)?(?:shall|must|will|would|can)\s*:?\s*"
    r"(?:\(\w{1,3}\)\s*)?"
    # "The Parks and Wildlife Department shall post the sign prescribed ...": a duty to post
    # makes the agency a duty-holder, not the notice's designer
    r"(?!(?:also\s+|prominently\s+|conspicuously\s+)?(?:post|display)\w*\b)"
    r"(?:\w+\s+){0,3}?"
    # verb stems: "shall adopt rules prescribing the form", "shall prepare the notice"
    r"(?:design|develop|creat|prescrib|suppl|provid|approv|mak|print|distribut|determin"
    r"|publish|produc|prepar|furnish|writ|draft)\w*\b"
    # "makes the attorney general's office responsible for designing the signs"
    r"|\s+(?:is\s+|be\s+|was\s+)?(?:now\s+)?responsible\s+for\s+(?:the\s+)?"
    r"(?:design|develop|creat|prepar|produc|draft)\w*\b"
)
_AGENCY_BY_BEFORE = C(
    # "an ordinance approved by City Council": the body passed the law, it did not make the sign
    r"(?<!ordinance\s)(?<!law\s)(?<!bill\s)(?<!act\s)(?<!measure\s)(?<!resolution\s)"
    r"(?:developed|designed|created|supplied|provided|approved|prescribed|produced|published"
    # "the notice made available by the office": the office supplies it
    r"|distributed|determined|prepared|adopted|issued|furnished|printed|made\s+available)"
    r"\s+(?:and\s+(?:\w+\s+){1,3}?)?by:?\s*(?:\(\w\)\s*)?(?:the\s+)?"
    # an officer of the body ("approved by the Chair of the Board"): the body acts
    r"(?:(?:chair(?:man|person|woman)?|president|executive\s+director)\s+of\s+the\s+)?$"
)
#: "The notice - which the Trafficking in Persons Council produces in English, ...": the notice
#: in a relative clause whose subject is the name (`_AGENCY_WHICH_AFTER` its verb).
_AGENCY_WHICH_BEFORE = C(
    r"\b(?:notices?|signs?|posters?|placards?|form)\s*(?:[-\u2013\u2014,]\s*)?(?:which|that)\s+"
    r"(?:the\s+)?$"
)
_AGENCY_WHICH_AFTER = C(
    r"\s+(?:now\s+|also\s+)?(?:designs|develops|creates|produces|prepares|publishes|prints"
    r"|supplies|provides|distributes|designed|developed|created|produced|prepared|published"
    r"|printed|supplied|provided|distributed|prescribes|approves|prescribed|approved)\b"
)
#: "Use the Department of Commerce's Office of Crime Victims Advocacy notice": the name as the
#: notice's attribute, after "use" or "the".
_AGENCY_NOTICE_AFTER = C(r"\s+(?:model\s+|official\s+)?(?:notices?|posters?|placards?)\b")
_AGENCY_USE_BEFORE = C(
    r"\b(?:use|uses|using|post|display)\s+(?:the|an?)\s+(?:[\w'\u2019-]+\s+){0,4}$"
)
#: A name in an aside before the duty's verb, not its subject.
_AGENCY_WITH_BEFORE = C(r"\bwith\s+(?:the\s+)?$")
#: The notice's content left to a body in a relative clause: "such other information as the
#: State Racing and Gaming Commission may prescribe by rule" (the name ends before its verb).
_AGENCY_AS_BEFORE = C(
    r"\b(?:information|form|content|contents|manner|format|wording|language|design)\s+"
    r"(?:as|that)\s+(?:the\s+)?$"
)
_AGENCY_AS_AFTER = C(
    r"\s+(?:may|shall|must)\s+(?:by\s+(?:rule|regulation|order)\s+)?(?:prescribe|require"
    r"|approve|determine|specify|designate)\b"
)
#: "the sign approved by Alcoholic Beverage Control": a body whose name holds no word of an
#: agency's kind ("department", "commission"), read when the text also calls it by its initials
#: ("ABC enforcement agents"): the initials make the capitalised words one body's name.
_BY_NAME_KEY = Rx(
    r"\b(?:developed|designed|created|supplied|provided|approved|prescribed|produced|published"
    r"|issued|furnished|prepared)\s+by\s+(?:the\s+)?"
)
#: A page offering the notice for download ("Download the notice (PDF)").
_OFFERS_DOWNLOAD = C(
    r"\bdownload\w*\b[^.\n]{0,40}?\b(?:notices?|signs?|posters?|placards?)\b"
    r"|\b(?:notices?|signs?|posters?|placards?)\b[^.\n]{0,40}?\bdownload"
)
_PAGE_HOST = C(r"https?://(?:www\.)?([a-z]{3,7})\.(?:[a-z]+\.)*gov(?:/|$)")
#: What "developed / approved ... by X" is said of must be the notice, in its own sentence.
_BY_WHAT = C(
    # ("sign" the noun: not "must be signed by the owner"; round 56)
    r"\b(?:sign(?!ed\b|ing\b|ator|ature)|notice|poster|placard|model|signage|template|card|wording"
    r"|language|information\b"
    # "The state-approved version, developed by the Council, lists the hotline"
    r"|version"
    # the notice's content or format ("The content is prescribed by the Office of the Attorney
    # General"), not the content of something else ("the content of the training"; round 48)
    r"|\bcontents?\b(?!\s+of\s+(?:the\s+|a\s+|an\s+|each\s+|this\s+)?(?!notice|sign|poster|placard))"
    r"|\bformat\b|\blayout\b)"
)


#: "in a form prescribed by", "in the format approved by": the notice's form, whatever its
#: sentence says before (its size, type and languages; round 56).
_FORM_OF = C(r"\b(?:in|on)\s+(?:a|the)\s+(?:form|format)\s+$")
#: Where the notice's own sentence starts, read back from its "in a form ... by": a full stop, a
#: blank line (wrapped lines and their line numbers are inside the sentence).
#: (a citation's abbreviation before its reference is no stop: "The notice under par. (a) shall
#: be ... in a form prescribed by the department of justice"; round 67)
_CITE_ABBREV = "".join(
    rf"(?<!\b{w})" for w in ("par", "pars", "sec", "subsec", "subd", "ch", "art", "subch")
)
_STOP = r"(?:" + _CITE_ABBREV + r"\.\s|[;?]\s|\n[ \t]*\n)"
_LONG_SENTENCE_START = C(_STOP + r"(?!.*" + _STOP + r")", re.S)
#: A pronoun opening its sentence ("They must be printed in English and Spanish and will be
#: designed by ..."): the notice of the sentence before, named back.
_PRONOUN_SUBJECT = C(r"\s*(?:they|it)\s")


def _said_of_notice(low: str, pos: int) -> bool:
    """Whether the "developed / approved ... by" at `pos` is said of the notice: its sentence
    names the notice (`_BY_WHAT`); or the verb is the notice's form's ("in a form prescribed
    by") and the whole sentence, however long and wrapped, names it; or the sentence opens with
    a pronoun and the sentence before names it (round 56)."""
    part = _sentence_before(low, pos)
    if _BY_WHAT.search(part):
        return True
    if _FORM_OF.search(low, max(0, pos - 20), pos):
        lo = max(0, pos - 400)
        stop = _LONG_SENTENCE_START.search(low, lo, pos)
        if _BY_WHAT.search(low, stop.end() if stop is not None else lo, pos):
            return True
    start = pos - len(part)
    if _PRONOUN_SUBJECT.match(part) and start > 1:
        return _BY_WHAT.search(_sentence_before(low, start - 1)) is not None
    return False


def _sentence_before(low: str, pos: int) -> str:
    """The part of the sentence before `pos` (at most 150 characters). An item of a list
    ("(1) be furnished by ...") is read with the line that introduces it ("The information
    shall:"): the lead-in is the item's subject."""
    lo = max(0, pos - 150)
    cut = max(low.rfind(". ", lo, pos), low.rfind("\n", lo, pos), low.rfind("? ", lo, pos))
    while cut > lo and low[cut] == "\n" and _wrapped_line(low, cut):
        # a sentence wrapped across lines ("... printed in English and\nSpanish, in a form
        # approved by ..."): the sentence goes on before the line's end (round 53)
        cut = max(low.rfind(". ", lo, cut), low.rfind("\n", lo, cut), low.rfind("? ", lo, cut))
    if cut > 0 and low[cut] == ".":
        # the stop of an item's number ("1. Be in a format provided by ..."): the item's line
        nl = low.rfind("\n", lo, cut)
        if nl >= 0 and (item := _LIST_ITEM_START.match(low, nl + 1)) and item.end() > cut:
            cut = nl
    part = low[(cut + 1 if cut >= 0 else lo) : pos]
    if cut > 0 and low[cut] == "\n" and _LIST_ITEM_START.match(part):
        # the lead-in may stand several items up ("The notice must be:\n(a) ...;\n(b) ...; and
        # \n(c) in the form provided by ..."): earlier items of the same list are skipped
        end = cut
        for _ in range(6):
            lead = low.rfind("\n", max(0, end - 150), end - 1) + 1
            if _OPEN_LEAD.search(low, lead, end):
                return low[lead:end] + low[cut:pos]
            if lead == 0 or not _LIST_ITEM_START.match(low, lead):
                break
            end = lead - 1
    return part


#: The end of a line inside a sentence: the line ends in a comma or a word no sentence or heading
#: ends on ("and", "of", "the", "in", ...).
_WRAPPED_END = C(
    r"(?:,|\b(?:and|or|of|the|a|an|in|to|by|for|with|on|at|that|which|than|shall|must|be))[ \t]*$"
)


def _wrapped_line(low: str, nl: int) -> bool:
    """Whether the newline at `nl` only wraps a sentence: the line before it ends inside the
    sentence (`_WRAPPED_END`) and the next line starts no item of a list."""
    start = low.rfind("\n", 0, nl) + 1
    return bool(
        _WRAPPED_END.search(low, start, nl)
        and not _LIST_ITEM_START.match(low, nl + 1)
        and not low.startswith("\n", nl + 1)
    )


#: The line that introduces a list's items: it ends in a colon ("The notice must:"), or in the
#: open modal whose complement the items are ("The notice must\n(1) be in a form prescribed by
#: the department;", "The notice required under (a) must be\n(1) in a form provided by ...";
#: round 56).
_OPEN_LEAD = C(r"(?::|\b(?:shall|must)(?:\s+(?:be|include|contain))?)[ \t]*$")


#: "(1) ", and the numbered items of a regulation's lists ("1. Be in a format provided by ...",
#: "a. ", "B. ").
_LIST_ITEM_START = C(r"[ \t]*(?:\(\w{1,3}\)|\d{1,2}\.|[a-z]\.)\s")


#: "requires the La. State Police to develop the notice": a state's short form may come first.
#: Also the duty or task given to a body ("It is the duty of the Department of Human Services to
#: develop a model notice", "shall be the responsibility of the Board to prescribe"; round 47).
_AGENCY_REQUIRE_BEFORE = C(
    r"(?:(?:requir|direct)\w*|\b(?:duty|responsibility|task)\s+of)\s+(?:the\s+)?"
    r"(?:[a-z]{2,4}\.\s+)?$"
)
#: The notice made by a body the law has make it, "have" with the bare verb: "The notice, which
#: the bill would have the attorney general's office develop, would have to be printed ..."
#: (round 58).
_HAVE_MAKE_BEFORE = C(
    r"\b(?:notices?|signs?|posters?|placards?),?\s+(?:which|that)\s+(?:the\s+)?(?:bill|law|act"
    r"|measure|legislation|rule|regulation|it)\s+(?:would\s+|will\s+)?(?:have|has|had)\s+"
    r"(?:the\s+)?$"
)
_BARE_MAKE_AFTER = C(r"\s+(?:design|develop|create|produce|prepare|draft|write|supply|provide)\b")
#: A capitalised name directed to make the notice ("directs the Vermont Center for Crime Victim
#: Services to design the signs"), found from its verb (`_TO_DESIGN_KEY`).
_TO_DESIGN_KEY = Rx(r"\bto\s+(?:design|develop|create|produce|prescribe|prepare)\b")
_DESIGN_VERBS = Literals("design", "develop", "create", "produce", "prescribe", "prepare")
_WEBSITE_KEYS = Literals("s web", "s\u2019 web")
_DIRECTED_NAME = C(
    r"\b(?i:requires?|required|requiring|directs?|directed|directing)\s+the\s+"
    r"([A-Z][\w'&.\-]*(?:\s+(?:(?:of|for|on|and|in)\s+)?[A-Z][\w'&.\-]*){1,7})\s+$"
)
#: ... or a sentence's subject that is to make it ("The Crime Victims Reparation Commission is
#: to design the signs"): the law's direction told in the passive of news.
_SUBJECT_TO_DESIGN = C(
    r"(?:^|[.!?][ \t]+|\n[ \t]*)(?:The|the)\s+"
    r"([A-Z][\w'&.\-]*(?:\s+(?:(?:of|for|on|and|in)\s+)?[A-Z][\w'&.\-]*){1,7})"
    r"\s+(?:is|are|will\s+be)\s+$"
)
#: An office, division or bureau inside a department, told as the actor: "The Office of Crime
#: Victims Advocacy (OCVA) in the Department of Commerce produces the sign" -- the office acts,
#: the department is where it sits.
_UNIT_IN = C(
    r"\b((?:Office|Division|Bureau|Unit|Section|Center|Centre|Program|Council|Commission)\s+"
    r"(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'&\-]*(?:\s+(?:(?:of|for|on|and|the)\s+)?"
    r"[A-Z][\w'&\-]*){0,6})(?:\s*\([A-Z&]{2,8}\))?\s+(?:in|within)\s+(?:the\s+)?$"
)
#: "... the Department of Justice, on or before April 1, 2013, to develop a model notice" (a date
#: with its own comma between), "... the Commission to adopt rules prescribing the form of the
#: sign", "directs the Department of Transportation to carry out the requirement".
_AGENCY_TO_DESIGN = C(
    r"(?:\s*\([^)]{1,20}\))?(?:,[^;.]{0,120}?,)?\s+to\s+(?:not\s+only\s+|also\s+|both\s+)?"
    r"(?:design|develop|create|produce|administer|approve|prescribe|carry\s+out|implement"
    # "require the Department of the Attorney General to make the notice available"
    r"|make\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:notices?|signs?|posters?|placards?)\s+available"
    r"|(?:provide|supply|print|distribute|publish|prepare)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:notices?|signs?|posters?|placards?)\b"
    r"|(?:adopt|issue|promulgate)\s+(?:rules|regulations)\s+(?:prescribing|governing|for|on"
    r"|specifying|establishing))\b"
)
#: "The Department of Law and Public Safety created human trafficking awareness posters", "the
#: Attorney General's Office has also created a model template".
#: Also in the present tense and as a release ("The Georgia Bureau of Investigation (GBI)
#: prescribes the content of the notice", "The Office of the Attorney General (OAG) recently
#: released updated human trafficking notices", "the Missouri Department of Public Safety Friday
#: released human trafficking posters"); the notice told by its wording ("The Alabama Department
#: of Public Health prescribes the wording", round 63).
_AGENCY_CREATED_AFTER = C(
    # a short aside after the name (", which ...,", ", housed in the Office of ...,")
    # or a relative clause ("the Nevada Attorney General's office, which publishes the notice")
    r"(?:\s*\([^)]{1,20}\))?(?:,\s+[^,;.]{0,80},|,\s+(?:which|who))?\s+(?:has\s+|have\s+)?"
    r"(?:also\s+)?(?:[a-z]+ly\s+|today\s+|yesterday\s+"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:created|creates|developed|develops"
    r"|designed|designs|produced|produces|published|publishes|prepared|prepares|prescribes"
    r"|released|releases|issued|issues|unveiled|unveils|updated|updates|revised|revises|wrote"
    r"|writes|drafted|drafts)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,5}?(?:templates?|notices?|signs?|posters?|placards?|signage|wording)\b"
    # the notice named as the agency's own: "The Department of Justice's model notice"
    r"|(?:(?<=['\u2019]s)|['\u2019]s)\s+(?:own\s+)?(?:(?:model|sample|official|approved|printable|standard|free)\s+)?"
    r"(?:(?:human\s+)?trafficking\s+)?"
    r"(?:templates?|notices?|signs?|posters?|placards?)\b(?![\w-])"
)
#: Who supplies it: "the Maryland Department of Labor has posted a printable copy on its
#: website", "The Department of Labor and Industrial Relations posts an electronic copy of the
#: poster on its website"; "The Attorney General is tasked with creating the rules that govern
#: the design ...", "assigns the Department of Labor and Industry the task of designing".
_AGENCY_SUPPLIES_AFTER = C(
    r"(?:\s*\([^)]{1,20}\))?(?:,\s+(?:which|that|who)\s[^,;.]{0,80},)?(?:\s+(?:has|have|also))*"
    # "The Department of Justice posts a model notice that businesses can print": a model is
    # the designer's own, wherever it is posted
    r"\s+(?:posts|posted|has\s+posted)\s+(?:a|an|the)\s+(?:model|sample)\s+(?:notices?|signs?"
    r"|posters?)\b|(?:\s*\([^)]{1,20}\))?(?:,\s+(?:which|that|who)\s[^,;.]{0,80},)?"
    r"(?:\s+(?:has|have|also))*"
    r"\s+(?:posts|posted|offers|offered|has|have)\s+"
    r"(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:cop(?:y|ies)|versions?|templates?|notices?"
    r"|signs?|posters?)\b[^.\n]{0,40}?(?:\b(?:on|at)\s+(?:its|this|our)\s+(?:web\s?site"
    r"|web\s?page|page|internet)"
    r"|\bonline\b|\bbelow\b)"
    # "..., which licenses bars, is making copies available on its website", "has made the
    # required notice available to download"
    r"|(?:\s*\([^)]{1,20}\))?(?:,\s+(?:which|that|who)\s[^,;.]{0,80},)?\s+(?:is|are|has|have)"
    r"\s+(?:been\s+)?(?:making|made)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:cop(?:y|ies)"
    r"|versions?|templates?|notices?|signs?|posters?)\b[^.\n]{0,40}?\bavailable\b"
    # "The Colorado Human Trafficking Council, which is housed in ..., is responsible for"
    r"|(?:\s*\([^)]{1,20}\))?(?:,\s+(?:which|that|who)\s[^,;.]{0,80},)?"
    r"\s+(?:is|are|was|were|will\s+be|would\s+be)\s+(?:tasked|charged"
    r"|responsible)\s+(?:with|for)\s+(?:\w+\s+){0,3}?(?:design|develop|creat|prescrib|produc|print"
    r"|suppl|provid)\w*"
    r"|\s+the\s+(?:task|job|responsibility|duty)\s+of\s+(?:design|develop|creat|prescrib|produc"
    r"|print|suppl|provid)\w*"
    # who supplies it, as pages and news say it: "The Attorney General's office provides the
    # poster at no cost", "The Division ... makes a compliant sign available on its website",
    # "The Workforce Solutions Department would provide a model poster", "The Task Force, housed
    # in the Office of the Attorney General, provides a free poster"
    r"|(?:\s*\([^)]{1,20}\))?(?:,\s+[^,;.]{0,80},)?(?:\s+(?:also|now|would|will))*\s+(?:provides?"
    r"|supplies|supply|distributes?|offers|furnish(?:es)?|makes?(?=\s[^.\n]{0,60}?\bavailable\b))"
    r"\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:cop(?:y|ies)|versions?|templates?|notices?"
    r"|signs?|posters?)\b"
)
#: "notices ... available from the Georgia Bureau of Investigation", "A model notice can be
#: downloaded from the Department of Human Services website".
_AGENCY_SOURCE_BEFORE = C(
    r"\b(?:available|download\w*|obtain\w*|ordered|requested)\s+(?:for\s+(?:free\s+)?download\s+)?"
    r"(?:free\s+(?:of\s+charge\s+)?|at\s+no\s+cost\s+)?(?:from|through)\s+(?:the\s+)?$"
    # the notice as the verb's object between ("Download the notice from the Illinois Department
    # of Human Services website", "You can order free copies of the poster from the Bureau";
    # round 53)
    r"|\b(?:download|obtain|order|request|print|get)(?:s|ed|ing)?\s+(?:an?\s+|the\s+|your\s+"
    r"|(?:free\s+)?(?:printed\s+)?cop(?:y|ies)\s+of\s+(?:the\s+|this\s+)?)(?:[\w-]+\s+){0,3}?"
    r"(?:notices?|signs?|posters?|placards?)\s+(?:(?:for\s+)?free\s+(?:of\s+charge\s+)?)?"
    r"(?:from|through)\s+(?:the\s+)?$"
)
#: Words that join the parts of a name ("Trafficking in Persons Council") when the word before
#: them is capitalised in the text.
_WORD = C(r"\S+")
#: "downloaded from the Department of Human Services website": the name without its website.
_WEBSITE_TAIL = C(r"\s+(?:web\s?site|web\s?page|internet\s+site)s?\b.*$", re.S | re.IGNORECASE)
_NAME_JOINERS = frozenset(("in", "of", "for", "on", "and"))
_CAPITAL_WORD_BEFORE = C(r"\b([A-Z][\w&'\-]*)\s+$")
#: "the United States Department of Homeland Security's Blue Campaign website": the agency is
#: the name before the possessive.
#: A unit named as a department's own, ending the name: "The Utah Department of Public Safety's
#: State Bureau of Investigation will design the notice" (the bureau; round 30 read "the Office
#: of X in the Department of Y" the same way). "'s Office of ..." keeps its older reading.
_POSSESSIVE_UNIT = C(
    r"['\u2019]s\s+((?:[A-Z][\w&\-]*\s+){0,3}(?:Division|Bureau|Unit|Section|Center|Centre"
    r"|Council|Commission|Task\s+Force)\b(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w&\-]*)*)$"
)
_POSSESSIVE_TAIL = C(r"['\u2019]s(?:\s+(?!office\b|Office\s+of\b).*)?$", re.S)
#: "A sample notice ... is available for download on the GBI's website": the name before the
#: possessive (an acronym too), read from the original text.
_WEBSITE_POSSESSIVE = Rx(  # on the lower-cased text; the name must be capitalised in the text
    r"\b(?:available|download\w*|obtain\w*|found|posted|accessed)\b[^.\n]{0,90}?\b(?:on|at|from"
    r"|via)\s+(?:the\s+)?((?:[a-z][\w&.\-]*\s+){0,6}?[a-z][\w&.\-]*)['\u2019]s\s+(?:web\s?site"
    r"|web\s?page|web\s+page|internet\s+site)"
)
_AGENCY_WEBSITE_BEFORE = C(
    r"available\s+on\s+the\s+websites?\s+of[^.]{0,60}?(?:\(1\)\s*)?(?:the\s+)?$"
)
_AGENCY_STOP_LEAD = C(
    r"^(?:(?:the|a|an|and|or|that|which|any|each|every|to|by|of|with|in|signs?|were|was|will"
    r"|be|is|are|\(\w{1,3}\)|[a-z]\.|\d{1,2}\.)\s+)+",
    re.IGNORECASE,
)
#: ("a printable copy on its website": what is printable is the notice)
_AGENCY_OBJECT = Rx(r"sign|notice|poster|placard|model|signage|language|card|printable|information")
_AGENCY_ENUM_LEAD = C(r"^(?:\(\w{1,3}\)\s*)+")

_SUBJECT_OWNER_RX = C(
    r"(?:the\s+)?(?:owners?|operators?|employers?|proprietors?|licensees?|persons?|managers?)"
    r"(?:\s+or\s+(?:owners?|operators?|managers?|agents?))?\s+of\s+(?:any|every|each|a|an|the|all)"
    r"\b[^.;:\n]{3,100}"
)
_ENUM_LEAD = C(
    r"(?:[\s•\-*]*(?:\(\w{1,4}\)|\d{1,2}\.|[A-Za-z]\.(?=\s)|new\s+text\s+begin|sec(?:tion)?\.?\s+\d+"
    r"\.?)\s*)+",
    re.IGNORECASE,
)
_PASSIVE_END = C(
    r"(?:sign|signs|notice|notices|poster|posters|posting|information|signage|placard|it|they"
    r"|statement|message|cards?)$"
)
_ADVERBIAL_LEAD = C(
    r"^(?:date\b|under\b|for\b|in\b|beginning\b|starting\b|on\b|after\b|pursuant\b|notwithstanding"
    r"\b|except\b|effective\b|no\s+later\b|by\b|to\b|as\b|if\b|when\b|within\b)",
    re.IGNORECASE,
)
_PASSIVE_SUBJECT = C(
    r"^(?:the|such|this|that|a|an|each|every|all)?\s*(?:required\s+)?(?:public[- ]awareness\s+)?"
    r"(?:sign|signs|notice|notices|poster|posters|posting|information|it|they|placard|signage"
    r"|statement|message|card|cards)\b"
)


#: An office named by its holder ("Attorney General Derek Smith's office", "the attorney
#: general's office") is the office: "Office of the Attorney General".
_HOLDER_OFFICE = C(
    # a state's name of one or two words first ("North Dakota Attorney General Drew Wrigley's")
    r"^(?:[A-Z][a-z]+\s+){0,2}(attorney\s+general|governor|secretary\s+of\s+state|comptroller"
    r"|treasurer|state\s+auditor|auditor)(?:\s+[A-Z][\w.\-]*){0,3}['\u2019]s\s+office$",
    re.IGNORECASE,
)


#: Words a name never ends on: "developed by the executive office of public safety and
#: security and shall include ..." ends the name before "shall", after its "and".
_AGENCY_STOP_TAIL = C(r"(?:[\s,]+(?:and|or|of|for|on|in|the|to|&))+$", re.IGNORECASE)


#: A name ends at its sentence's end, not at an abbreviation ("Dept. of Transportation").
_SENTENCE_CUT = C(r"(?<![Dd]ept)\. ")


def _unnumbered(text: str, low: str, s: int, e: int) -> str:
    """text[s:e] without the line numbers the lowered text blanks ("North Carolina Human\n12
    Trafficking Commission"; `text.blank_line_numbers`)."""
    raw = text[s:e]
    if not any(c.isdigit() for c in raw):
        return raw
    return "".join(" " if low[s + i] == " " and c.isdigit() else c for i, c in enumerate(raw))


def _clean_agency(raw: str) -> str | None:
    value = _AGENCY_STOP_LEAD.sub("", _SENTENCE_CUT.split(squash(raw), 1)[0])
    if "s " in value and (unit := _POSSESSIVE_UNIT.search(value)) is not None:
        value = unit.group(1)  # the department's bureau acts, as "the Bureau ... in the Department"
    value = _POSSESSIVE_TAIL.sub("", value)
    value = _WEBSITE_TAIL.sub("", value)
    value = _AGENCY_ENUM_LEAD.sub("", value).strip(" ,;:.")
    value = _AGENCY_STOP_TAIL.sub("", value)
    if not value or len(value) < 4:
        return None
    holder = _HOLDER_OFFICE.match(value)
    if holder is not None:
        return "Office of the " + squash(holder.group(1)).title().replace(" Of ", " of ")
    return value


#: A name in the text: capitalised words, joined by "of", "and", "for", "on", "the", "&"
#: ("Virginia Department of Labor and Industry", "New York State Liquor Authority").
_PROPER_NAME = C(
    r"(?<![\w'\u2019])[A-Z][\w&\-]*(?:[ \t]+(?:(?:of|and|for|on|the|in|&)[ \t]+)*[A-Z][\w&\-]*)*"
)
# (the capital first, the lookbehind after it: `re` skips to capitals, ~3x faster, same matches)
_ACRONYM = C(r"[A-Z](?<![\w'\u2019.-][A-Z])[A-Z&]{1,6}(?![\w-])")
_NAME_FILLER = frozenset(("and", "the", "&", "in"))
_NAME_JOINER_INITIALS = frozenset(("of", "for", "on"))


def _text_names(text: str) -> list[tuple[int, int, str]]:
    """The agency names the text writes out in full (start, end, name), in text order."""
    names = []
    for m in _PROPER_NAME.finditer(text):
        lead = _ARTICLE.match(m.group(0))
        start = m.start() + (lead.end() if lead else 0)
        name = text[start : m.end()].rstrip(".")
        # "provided by the Department on the Department's website": a name does not end in a
        # word it already holds; the repeated word and its joiners are another mention
        rep = _LAST_JOINED.search(name)
        if rep is not None and rep.group(1) in name[: rep.start()].split():
            name = name[: rep.start()]
        if len(name.split()) >= 2 and _CORE_WORD.search(name.lower()):
            names.append((start, start + len(name), squash(name)))
    return names


_ARTICLE = C(r"(?:The|A|An)\s+")
_LAST_JOINED = C(r"(?:\s+(?:of|and|for|on|the|in|&))+\s+([A-Z][\w&\-]*)$")
_CORE_WORD = C(_AGENCY_CORE.pattern)  # on a name alone (`Rx` runs on a whole document)


def _initials(words: list[str], joiners: bool) -> str:
    return "".join(
        w[0].upper()
        for w in words
        if w not in _NAME_FILLER and (joiners or w not in _NAME_JOINER_INITIALS)
    )


def _name_for_word(text: str, word: str, at: int) -> tuple[int, int, str] | None:
    """The full name a short form stands for: the generic word ("the Authority", capitalised
    in the text) or an acronym ("DOLI"), resolved by a name the text writes out whose core
    word it is, or whose initials it is (the last words' initials: a state's name may come
    first). The nearest such name before the short form, else the first after it."""
    found = []
    for s, e, name in _text_names(text):
        words = name.split()
        if word.isupper() and len(word) >= 2 and word.lower() != name.lower():
            ok = any(
                _initials(words[i:], joiners) == word.replace("&", "")
                for i in range(len(words))
                for joiners in (False, True)
            )
        else:
            ok = word.lower() in (w.lower() for w in words) and name.lower() != word.lower()
        if ok:
            found.append((s, e, name))
    if not found and word.isupper():
        found = _caps_names_for(text, word)
    if not found:
        return None
    before = [f for f in found if f[0] < at]
    return before[-1] if before else found[0]


#: A line written all in capitals ("ILLINOIS DEPARTMENT OF FINANCIAL AND PROFESSIONAL
#: REGULATION" heading a letter or testimony): a name the text writes out, in its letterhead.
_CAPS_LINE = C(r"^[ \t]*([A-Z][A-Z&'\-]*(?:[ \t]+[A-Z][A-Z&'\-]*){2,9})[ \t]*$", re.M)


@lru_cache(maxsize=4)
def _caps_names(text: str) -> tuple[tuple[int, int, str], ...]:
    """The agency names written in capitals on a line of their own, in the case a name is
    written in ("ILLINOIS DEPARTMENT OF FINANCIAL AND PROFESSIONAL REGULATION": "Illinois
    Department of Financial and Professional Regulation"); once a text (speed)."""
    out = []
    for m in _CAPS_LINE.finditer(text):
        words = [
            w.lower() if w.lower() in _NAME_LOWER else w.capitalize() for w in m.group(1).split()
        ]
        name = " ".join(words)
        if _CORE_WORD.search(name.lower()):
            out.append((m.start(1), m.end(1), name))
    return tuple(out)


def _caps_names_for(text: str, word: str) -> list[tuple[int, int, str]]:
    """The `_caps_names` whose initials `word` is ("IDFPR")."""
    return [
        (s, e, name)
        for s, e, name in _caps_names(text)
        if any(
            _initials(name.split()[i:], joiners) == word.replace("&", "")
            for i in range(len(name.split()))
            for joiners in (False, True)
        )
    ]


#: Lower-case words a capitalised name holds ("Office of the Attorney General", "Trafficking in
#: Persons"); "office" after a holder's possessive ("Attorney General's office").
_NAME_LOWER = frozenset(("of", "and", "for", "on", "the", "in", "&", "de", "office"))


def _capitalised_end(text: str, lo: int, hi: int) -> int:
    """Where a name the text writes capitalised ends: before the first lower-case word of its
    tail that no name holds ("the sign developed by the Tennessee Bureau of Investigation in each
    public restroom", "designed by the Office of the Attorney General and includes the ...")."""
    joiners = -1  # where the run of lower-case words the name would hold began
    for w in _WORD.finditer(text, lo, hi):
        word = w.group(0)
        if word[0].islower():
            if word.rstrip(",.;:") not in _NAME_LOWER:
                return w.start()
            joiners = w.start() if joiners < 0 else joiners
        elif joiners >= 0 and (
            word.rstrip(",.;:").endswith(("'s", "\u2019s"))
            or text.startswith(("'s", "\u2019s"), w.end())
        ):
            # "provided by the Department on the Department's website": a possessive after
            # the joiners starts a place ("on the Department's website"), not the name's tail
            return joiners
        else:
            joiners = -1
    return hi


#: A word that ends a sentence in the text ("... operated by the department in this state. Each
#: sign shall: ..."), not an abbreviation ("Dept.", "U.S.", "St."): a full stop after a word of
#: three or more letters, before a capital.
_SENTENCE_STOP = C(r"[a-z]{3,}\.$")
_ABBREVIATIONS = frozenset(("dept.", "govt.", "admin.", "comm.", "assn.", "div.", "bur."))


def _name_ends(text: str, low: str, e: int, hi: int) -> list[int]:
    """Where a name found at low[:e] may end: after its core word or any word of its tail, up to
    the word that ends its sentence (round 53: a tail read on into the next sentence took that
    sentence's "shall" as the name's verb)."""
    ends = [e]
    for w in _WORD.finditer(low, e, hi):
        ends.append(w.end())
        if (
            _SENTENCE_STOP.search(w.group(0))
            and w.group(0) not in _ABBREVIATIONS
            and text[w.end() : w.end() + 3].lstrip()[:1].isupper()
        ):
            break
    return ends


def _extract_agency(a: Analysis, coding: Coding) -> None:
    """Who designs or supplies the notice: "The Department ... shall design a sign", "signs
    developed by the office of ...", "requires the Department of X to create a poster"."""
    text, low = a.text, a.low
    candidates: list[tuple[int, int, str]] = []
    for m in _AGENCY_CORE.finditer(low):
        s, e = m.start(), m.end()
        tail = _AGENCY_TAIL.match(low, e)
        # the name may end at any word of its tail: the one a verb of designing follows ("The
        # Department of Labor and Industrial Relations posts an electronic copy ...")
        ends = _name_ends(text, low, e, tail.end() if tail else e)
        verb_end = next(
            (
                end
                for end in ends
                # (not a duty to enforce: "X shall make periodic inspections ... to ensure
                # compliance")
                if (_AGENCY_DUTY_AFTER.match(low, end) and not _enforces(low, end))
                or _AGENCY_CREATED_AFTER.match(low, end)
                or _AGENCY_SUPPLIES_AFTER.match(low, end)
            ),
            None,
        )
        e = verb_end if verb_end is not None else ends[-1]
        if text[m.start()].isupper():
            e = _capitalised_end(text, m.end(), e)
        # preceding name words ("workforce solutions", "Alcoholic Beverage Control")
        for _ in range(6):  # "Delaware Human Trafficking Interagency Coordinating Council"
            w = _AGENCY_WORD_BEFORE.search(low, max(0, s - 30), s)
            if (
                w is not None
                and w.group(1) in _NAME_JOINERS
                and s < len(text)
                and text[s].isupper()
            ):
                cap = _CAPITAL_WORD_BEFORE.search(text, max(0, w.start() - 30), w.start())
                if cap is not None and cap.group(1).lower() not in _AGENCY_NOT_NAME:
                    s = cap.start(1)
                    continue
            if w is None or w.group(1) in _AGENCY_NOT_NAME:
                break
            s = w.start()
        before = low[max(0, s - 90) : s]
        said_of_notice = False  # the notice is what its own sentence says the name made
        if verb_end is not None:
            if low.startswith(",", e) and _AGENCY_WITH_BEFORE.search(before):
                continue  # "The superintendent, in consultation with the office of ..., shall"
            anchor = e
        elif (by := _AGENCY_BY_BEFORE.search(before)) is not None or (
            _AGENCY_WEBSITE_BEFORE.search(before) or _AGENCY_SOURCE_BEFORE.search(before)
        ):
            if by is not None and not _said_of_notice(low, s - len(before) + by.start()):
                continue  # "The training must be approved by the Division": not the notice
            said_of_notice = by is not None
            anchor = e
        elif _AGENCY_REQUIRE_BEFORE.search(before) and _AGENCY_TO_DESIGN.match(low, e):
            anchor = e
        elif _HAVE_MAKE_BEFORE.search(before) and _BARE_MAKE_AFTER.match(low, e):
            anchor = e  # "The notice, which the bill would have the attorney general's office
            # develop, ..." (round 58)
        elif (
            (_AGENCY_WHICH_BEFORE.search(before) and (after := _AGENCY_WHICH_AFTER))
            or (_AGENCY_USE_BEFORE.search(before) and (after := _AGENCY_NOTICE_AFTER))
            or (_AGENCY_AS_BEFORE.search(before) and (after := _AGENCY_AS_AFTER))
        ):
            # the name ends where its verb or "notice" follows
            named = next((end for end in ends if after.match(low, end)), None)
            if named is None:
                continue
            e = anchor = named
        else:
            continue
        if not said_of_notice and not _AGENCY_OBJECT.search(
            low, max(0, s - 120), min(len(low), anchor + 220)
        ):
            continue
        if verb_end is not None and (unit := _UNIT_IN.search(text, max(0, s - 160), s)):
            s, e = unit.span(1)  # the office inside the department acts
        value = _clean_agency(_unnumbered(text, low, s, e))
        if value is not None:
            candidates.append((s, e, value))
    for m in _WEBSITE_POSSESSIVE.finditer(low) if _WEBSITE_KEYS.any_in(low) else ():
        s, e = m.start(1), m.end(1)
        while s < e and not text[s].isupper():  # the name starts at its first capital
            nxt = text.find(" ", s, e)
            s = e if nxt < 0 else nxt + 1
        near = _AGENCY_OBJECT.search(low, max(0, m.start() - 160), min(len(low), m.end() + 60))
        if s < e and near:
            value = (
                _clean_agency(_unnumbered(text, low, s, e)) if len(text[s:e]) >= 4 else text[s:e]
            )
            if value and (
                value.lower() not in _GENERIC_AGENCY or _name_for_word(text, value, s) is not None
            ):
                candidates.append((s, e, value))  # a name ("the GBI"), not "the Department"
    acronyms: dict[tuple[int, int], tuple[int, int, str]] = {}
    # an acronym acting ("DOLI has made the required notice available"), when the text writes
    # out the name it stands for
    for m in _ACRONYM.finditer(text):
        s, e = m.start(), m.end()
        if not (
            (_AGENCY_DUTY_AFTER.match(low, e) and not _enforces(low, e))
            or _AGENCY_CREATED_AFTER.match(low, e)
            or _AGENCY_SUPPLIES_AFTER.match(low, e)
            # "Requires the TBI to develop the sign"
            or (
                _AGENCY_REQUIRE_BEFORE.search(low, max(0, s - 40), s)
                and _AGENCY_TO_DESIGN.match(low, e)
            )
        ):
            continue
        if _AGENCY_OBJECT.search(low, max(0, s - 120), min(len(low), e + 220)) is None:
            continue
        full = _name_for_word(text, m.group(0), s)
        if full is not None:
            candidates.append((s, e, full[2]))
            acronyms[(s, e)] = (full[0], full[1], m.group(0))
        elif m.group(0).lower() + ".gov" in (a.url or ""):
            candidates.append((s, e, m.group(0)))  # the body's own page: its name as written
    # a body named by what the law directs it to do, whatever its name's head word ("directs
    # the Vermont Center for Crime Victim Services to design the signs")
    # (speed: "to" is in every text, the verbs in few; the key's scan runs only with a verb)
    designs = "to " in low and _DESIGN_VERBS.any_in(low)
    for m in _TO_DESIGN_KEY.finditer(low) if designs else ():
        to = m.start()
        if (n := _DIRECTED_NAME.search(text, max(0, to - 120), to)) is not None:
            verb_at = n.end(1)
        elif (n := _SUBJECT_TO_DESIGN.search(text, max(0, to - 120), to)) is not None:
            verb_at = to - 1  # "... is to design": the verb after "is"
        else:
            continue
        s, e = n.start(1), n.end(1)
        if not any(lo <= s < hi for lo, hi, _ in candidates) and _AGENCY_TO_DESIGN.match(
            low, verb_at
        ):
            value = _clean_agency(_unnumbered(text, low, s, e))
            if value is not None and len(value.split()) >= 2:
                candidates.append((s, e, value))
    if not candidates:
        candidates = (
            _authored_by_name(a)
            or _state_named_body(a)
            or _own_page_offer(a)
            or _local_supplier(a)
            or _makes_own_sign(a)
        )
    if not candidates:
        return
    # (a generic word the text defines, '"commissioner" means the commissioner of health', names
    # its body in full as a name of two words does; round 62)
    specific = [c for c in candidates if len(c[2].split()) >= 2 or _defined_here(a, c[2])]
    s, e, value = min(specific or candidates)
    value, basis, where = resolve_agency(a, value, s)
    if (s, e) in acronyms:
        ns, ne, short = acronyms[(s, e)]
        basis, where = f"named in this text ({short})", (ns, ne)
    coding.agency, coding.agency_basis = value, basis
    add_evidence(coding, "agency", value, text, s, e)
    if where is not None:
        add_evidence(coding, "agency_basis", basis, text, *where)


#: What an office does when it enforces the duty rather than makes the notice: inspects,
#: enforces, ensures or determines compliance, licenses, collects or imposes the penalty.
_ENFORCES = C(
    r"\b(?:inspect\w*|enforc\w*|complian\w*|penalt\w*|fines?\b|violation|licens\w*"
    r"|investigat\w*|suspen\w*|revo\w*)"
)
#: The end of the sentence a name's verb stands in.
_CLAUSE_END = C(r"[.;!?](?=\s|$)|\n")


def _enforces(low: str, e: int) -> bool:
    """Whether the duty a name is the subject of ("The Alcoholic Beverage Control Commission
    shall make periodic inspections of licensed premises to ensure compliance", "... shall
    provide for the enforcement of this section") is to enforce the posting duty: its sentence,
    after the name, speaks of enforcing and names no notice (round 50). The verbs of making
    ("make", "determine", "provide") are read with their object."""
    stop = _CLAUSE_END.search(low, e)
    end = stop.start() if stop is not None else len(low)
    return _ENFORCES.search(low, e, end) is not None and _AGENCY_OBJECT.search(low, e, end) is None


def _authored_by_name(a: Analysis) -> list[tuple[int, int, str]]:
    """The notice "approved/prescribed/designed/provided by" a capitalised name of two or more
    words that holds no agency word, when the text also writes the name's initials ("approved
    by Alcoholic Beverage Control" ... "ABC enforcement agents"): `_extract_agency` read every
    name holding an agency word already."""
    text, low = a.text, a.low
    for m in _BY_NAME_KEY.finditer(low) if " by " in low else ():
        name = _PROPER_NAME.match(text, m.end())
        if name is None or not _BY_WHAT.search(_sentence_before(low, m.start())):
            continue
        words = name.group(0).rstrip(".").split()
        initials = _initials(words, False)
        if len(words) < 2 or len(initials) < 2:
            continue
        rx = re.compile(r"(?<![\w'\u2019.-])" + re.escape(initials) + r"(?![\w-])")
        if rx.search(text) is not None:
            return [(name.start(), name.start() + len(" ".join(words)), " ".join(words))]
    return []


#: A state's body named by the state and capitalised words, with no agency word ("Iowa Workforce
#: Development", "Kentucky Horse Racing and Gaming Corporation"); not a law, a chamber or a notice.
_STATE_BODY = C(
    r"(?<![\w'\u2019])(?:"
    + "|".join(sorted((re.escape(j.name) for j in JURISDICTIONS.values()), key=len, reverse=True))
    + r")(?:[ \t]+(?:(?:of|and|for|on|the|&)[ \t]+)*[A-Z][\w&\-]*){1,7}"
)
#: (speed: the state's name found literal-first on the lowered text, the name read on the text)
_STATE_NAME_KEY = Rx(
    r"\b(?:"
    + "|".join(sorted(j.name.lower().replace(" ", r"\s") for j in JURISDICTIONS.values()))
    + r")\s"
)
_STATE_BODY_NOT = C(
    r"\b(?:Laws?|Code|Legislature|Assembly|House|Senate|Statutes?|Acts?|Rules?|Constitution"
    r"|Hotlines?|Notices?|Posters?|Signs?|Placards?|Register|Session)$"
)


def _state_named_body(a: Analysis) -> list[tuple[int, int, str]]:
    """A state's body named without an agency word (`_STATE_BODY`) that makes or supplies the
    notice, as the subject of the verbs the agency readings use ("Iowa Workforce Development
    publishes the official notice", "The Kentucky Horse Racing and Gaming Corporation will design
    the sign") or after "in a form approved by" said of the notice ("In a
    form approved by the Kentucky Horse Racing and Gaming Corporation"): a fallback after the
    named readings found none (round 56)."""
    text, low = a.text, a.low
    for key in _STATE_NAME_KEY.finditer(low):
        m = _STATE_BODY.match(text, key.start())
        if m is None or _STATE_BODY_NOT.search(m.group(0)) is not None:
            continue
        s, e = m.span()
        if (
            low[e : e + 1] in " ,("
            and (
                _AGENCY_CREATED_AFTER.match(low, e)
                or _AGENCY_SUPPLIES_AFTER.match(low, e)
                # "The Kentucky Horse Racing and Gaming Corporation will design the sign" (round 58)
                or (_AGENCY_DUTY_AFTER.match(low, e) and not _enforces(low, e))
            )
            and _AGENCY_OBJECT.search(low, max(0, s - 120), min(len(low), e + 220))
        ):
            return [(s, e, m.group(0))]
        if low.find("by", max(0, s - 16), s) < 0:
            continue  # (speed: the "by" stands right before the name, "approved by the")
        before = low[max(0, s - 90) : s]
        by = _AGENCY_BY_BEFORE.search(before)
        if by is not None and _said_of_notice(low, s - len(before) + by.start()):
            return [(s, e, m.group(0))]
    return []


def _own_page_offer(a: Analysis) -> list[tuple[int, int, str]]:
    """An office's own page ("dlcp.dc.gov") that offers the notice for download and names
    itself by the initials of its address ("DLCP inspectors check ..."): the office supplies
    the notice; its name as the text writes it out, else its initials."""
    host = _PAGE_HOST.match(a.url or "") if "download" in a.low else None
    if host is None or not _OFFERS_DOWNLOAD.search(a.low):
        return []
    word = host.group(1).upper()
    m = re.search(r"(?<![\w'\u2019.-])" + word + r"(?![\w-])", a.text)
    if m is None:
        return []
    full = _name_for_word(a.text, word, m.start())
    return [(m.start(), m.end(), full[2] if full is not None else word)]


#: A local government by its name: "City of Gallup", "the Town of Vail", "County of Maui",
#: "Shawnee County" (capitalised, in the text's case).
_LOCAL_NAME = C(
    r"\b(?:(?:City|Town|Village|Borough|Township|County|Parish|Municipality)\s+of\s+"
    r"[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2}"
    r"|(?!(?:The|A|An|This|Each|Every|Any|Such|Said)\b)[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2}"
    r"\s+(?:County|Parish))\b"
)
#: ... or by its kind alone, capitalised ("The City provides the notice"): the name it writes out.
_LOCAL_WORD = C(r"\b[Tt]he\s+(City|Town|Village|Borough|Township|County|Parish)\b")
_LOCAL_KEYS = ("city", "town", "village", "borough", "county", "parish")


def _local_supplier(a: Analysis) -> list[tuple[int, int, str]]:
    """A city, town or county that designs or supplies the notice itself ("The City of Gallup
    provides the notice free of charge", "The County has posted a printable sign on its
    website"): the local government is the agency, as a state office is (round 53; a city's
    page telling where the state's notice is found names the state's office, "Download the
    notice from the Illinois Department of Human Services website"). Read only where no office
    of a state's kind ("department", "commission") designs or supplies it."""
    text, low = a.text, a.low
    if not any(w in low for w in _LOCAL_KEYS):  # (a fallback: plain look-ups, no document key)
        return []
    named = list(_LOCAL_NAME.finditer(text))
    mentions = [(m.start(), m.end(), m.group(0)) for m in named]
    for m in _LOCAL_WORD.finditer(text):
        full = next((n for n in named if m.group(1) in n.group(0).split()), None)
        if full is not None:
            mentions.append((m.start(1), m.end(1), full.group(0)))
    for s, e, name in sorted(mentions):
        if not (
            (_AGENCY_DUTY_AFTER.match(low, e) and not _enforces(low, e))
            or _AGENCY_CREATED_AFTER.match(low, e)
            or _AGENCY_SUPPLIES_AFTER.match(low, e)
        ):
            continue
        if _AGENCY_OBJECT.search(low, max(0, s - 120), min(len(low), e + 220)) is None:
            continue
        return [(s, e, name.removeprefix("the ").removeprefix("The "))]
    return []


#: A public body bound to post in its own places ("The department of transportation shall post
#: signs at each commercial harbor", "requires the Department of Transportation to post ... a
#: sign"), the body named as the duty's subject ("the", not "any ... agency").
_POSTS_OWN = C(
    # (or after an opening phrase: "Under the bill, the Division of ... must place")
    r"(?:\b(?:requires?|requiring|directs?|directing)\s+|(?:^|[.;:,]\s+|\(\w{1,3}\)\s*))the\s+"
    r"((?:[a-z][\w&'\-]*\s+){0,4}?(?:department|agency|authority|commission|division"
    # "The Administration shall post signs in each public restroom ... of ... Airport" (round 42)
    # "The Commissioner of Transportation shall post ...", "The Transportation Cabinet shall
    # post a sign ... of every regional driver licensing office operated by the cabinet" (round 56)
    # "The Secretary of State shall post a notice ... of each Driver Services facility operated
    # by the Secretary of State" (round 67: an officer heading a department, as a commissioner)
    r"|administration|commissioner|cabinet|secretary)"
    r"(?:\s+of\s+(?:[a-z][\w&'\-]*\s+){0,3}?[a-z][\w&'\-]*)?)\s+$",
    re.M,
)
#: The duty's verbs (speed: `_POSTS_OWN` is read only before one of them).
_POST_VERBS = tuple(
    f" {aux} {verb}"
    for aux in ("shall", "must", "to")
    for verb in ("post", "display", "install", "place")
)
#: A sign the text says is made elsewhere ("the sign prescribed under Subsection (b)", "a public
#: awareness sign developed under ...", "notices approved by ..."): then the body only posts.
_MADE_ELSEWHERE = C(
    r"\b(?:signs?|notices?|posters?|placards?|materials?)\s+(?:[\w-]+\s+){0,3}?(?:prescribed|developed"
    r"|designed|approved|adopted|provided|created|produced|furnished|supplied)\b"
)

#: Other makers the body is only permitted to take signs from ("The department may use private
#: donations ... and may accept signs designed and produced by a nonprofit organization"): the
#: body still makes its own sign unless it takes one (round 39).
_ONLY_PERMITTED = C(
    r"\bmay\s+(?:also\s+)?(?:accept|receive)\b"
    r"|\bmay\s+(?:also\s+)?use\s+(?:private\s+|public\s+)?(?:donat|gifts?\b|grants?\b)"
)


_DENIED = C(r"\b(?:nothing|not|no)\b")


def _makes_own_sign(a: Analysis) -> list[tuple[int, int, str]]:
    """A public body that must post the sign in its own places, when the text names no other
    body for the sign and speaks of no sign made elsewhere: the text specifies the sign and the
    body, the only one named, makes it (the labels of sets 2, 3, 14, 33, 36 and 38 code it so;
    a body that posts another's sign stays a duty-holder)."""
    low = a.low
    found = []
    for verb in _POST_VERBS:
        at = low.find(verb)
        while at >= 0:
            if low.startswith((" ", "\n"), at + len(verb)) or low.startswith(",", at + len(verb)):
                # (`_POSTS_OWN` needs the line start, so the window is searched, not sliced)
                lo = max(0, at - 120)
                m = _POSTS_OWN.search(low, lo, at + 1)
                # not a duty denied ("Nothing in this section shall be construed to require the
                # Department to display any material")
                if m is not None and not _DENIED.search(_sentence_before(low, m.start() + 1)):
                    found.append(m)
            at = low.find(verb, at + 1)
    if not found or any(
        not _ONLY_PERMITTED.search(_sentence_before(low, m.start()))
        for m in _MADE_ELSEWHERE.finditer(low)
    ):
        return []
    names = {squash(m.group(1)) for m in found}
    if any(_two_bodies(x, y) for x in names for y in names):
        # two bodies each post in their own places ("the Division of Natural Resources must
        # place the poster ...; the Division of Tourism must post it ..."): neither is the only
        # body named, and the text says nothing of who makes the sign
        return []
    m = min(found, key=lambda m: m.start())
    value = _clean_agency(_unnumbered(a.text, a.low, m.start(1), m.end(1)))
    return [(m.start(1), m.end(1), value)] if value is not None else []


def _two_bodies(x: str, y: str) -> bool:
    """Whether two names of public bodies ("division of tourism", "division of natural
    resources") are different bodies: both named in full, neither holding the other."""
    return " " in x and " " in y and x not in y and y not in x


_GENERIC_AGENCY = frozenset(
    "department office commission board division bureau agency administrator commissioner "
    "director secretary council authority cabinet administration".split()
)


#: The forms a definition takes: '"Department" means / shall mean / refers to the ...',
#: '"Department." The Department of ...' (a term, a period, its meaning), '"Department": the
#: ...', '"Department" -- the ...', and unquoted after "As used in this section/act,".
_DEFINED_AS = (
    r"(?:[\"\u201c\u2018']\s*{word}\s*(?:[\"\u201d\u2019']\s*(?:(?:means|shall\s+mean"
    r"|refers\s+to)\s+|(?::|--|\u2014|\u2013)\s*)|[.:]\s*[\"\u201d\u2019']\s+)"
    r"|as\s+used\s+in\s+this\s+(?:section|act|chapter|article|part|subchapter)[^.;]{{0,40}}?,\s*"
    r"(?:the\s+)?(?:term\s+)?{word}\s+(?:means|shall\s+mean|refers\s+to)\s+)"
    r"(?:the\s+)?([^.;:\n]{{4,100}})"
)
#: A definition's meaning that ends its line on a word no name ends on ('"director" means the\n
#: director of the financial institutions division of the\nregulation and licensing department'):
#: it goes on in the next line.
_JOINER_END = C(r"\b(?:of|the|and|for|on|in|&)[ \t]*$")
_MEANING_WRAPPED = C(r"\n[ \t]*([^.;:\n]{2,100})")
_NEXT_TERM = C(r",?\s+(?:and\s+|or\s+)?[\"\u201c].*$", re.S)
_CREATED_IN = C(
    r",?\s+(?:provided\s+for|established|created)\s+(?:in|by|under|pursuant\s+to)\s+"
    r"(?:section\s+|sec\.\s+|\u00a7+\s*)?\d[\w\-.:()]*$",
    re.IGNORECASE,
)


def _defined_here(a: Analysis, value: str) -> bool:
    """Whether `value` is a generic agency word the text itself defines (`_DEFINED_AS`)."""
    word = value.lower().removeprefix("the ").strip()
    return word in _GENERIC_AGENCY and re.search(_DEFINED_AS.format(word=word), a.low) is not None


def resolve_agency(
    a: Analysis, value: str, at: int | None = None
) -> tuple[str, str, tuple[int, int] | None]:
    """(agency, basis, span of the definition or name in the text or None). A generic word
    ("the department") is resolved by the text's own definition ('"Department" means the
    department of labor'), else by data/coding/definitions.yml for the section's jurisdiction
    and chapter (passed by the pipeline), else, when the text capitalises it ("The Authority has
    prepared the posters") by the full name the text writes out (an agency's page under its
    name), else kept as written."""
    word = value.lower().removeprefix("the ").strip()
    # a generic word qualified by "state" ('"state department" refers to the Indiana department
    # of health'): the defined term is the pair (round 56)
    if word not in _GENERIC_AGENCY and word.removeprefix("state ") not in _GENERIC_AGENCY:
        return value, "as written", None
    m = re.search(_DEFINED_AS.format(word=word), a.low)
    if m is not None:
        # '"commissioner" means the commissioner of labor and industry, and "migrant housing"
        # means ...': the meaning ends before the next term defined
        end = m.end(1)
        if (more := _MEANING_WRAPPED.match(a.low, end)) is not None and _JOINER_END.search(
            a.low, m.start(1), end
        ):
            end = more.end(1)  # a meaning wrapped across lines (round 53)
        raw = a.text[m.start(1) : end]
        if end > m.end(1):  # without the line numbers the lowered text blanks
            raw = "".join(c if a.low[m.start(1) + i] != " " else " " for i, c in enumerate(raw))
        meaning = _NEXT_TERM.sub("", squash(raw)).rstrip(" ,")
        # "... human services provided for in 2-15-2201": the citation of its creation is no name
        meaning = _CREATED_IN.sub("", meaning)
        return meaning[:1].upper() + meaning[1:], "defined in this text", (m.start(), m.end())
    entry = lookup_definition(a.jurisdiction, a.citation, word)
    if entry is not None:
        return entry["means"], f"defined in {entry['source']} ({entry['url']})", None
    if at is not None and value[:1].isupper():
        full = _name_for_word(a.text, value.split()[-1], at)
        if full is not None:
            return full[2], "named in this text", (full[0], full[1])
    if word == "department" and (dept := _page_department(a.url)) is not None:
        return dept, "the page's own department (its address)", None
    return value, "as written (generic word, defined outside this text)", None


#: A state department's own page ("labor.vermont.gov"): "the Department" it speaks of is itself.
_STATE_PAGE_HOST = C(
    r"https?://(?:www\.)?(labor|health|revenue|transportation|agriculture|education|commerce"
    r"|justice|insurance)\.([a-z]+)\.gov(?:/|$)"
)
_STATE_BY_HOST = {j.name.lower().replace(" ", ""): j.name for j in JURISDICTIONS.values()}


def _page_department(url: str | None) -> str | None:
    """ "<State> Department of <Subject>" from a page address "<subject>.<state>.gov"."""
    m = _STATE_PAGE_HOST.match(url or "")
    if m is None or (state := _STATE_BY_HOST.get(m.group(2))) is None:
        return None
    return f"{state} Department of {m.group(1).title()}"


def _who_phrase(text: str, low: str, s: int, e: int) -> tuple[str, int, int] | None:
    """Clean a subject span: drop enumerators, leading adverbials, passive subjects."""
    if s > 0 and text[s - 1].isalnum() and s < e and text[s].isalnum():
        space = text.find(" ", s, e)  # a window that started inside a word: from the next one
        s = space + 1 if space >= 0 else e
    lead = _ENUM_LEAD.match(low, s, e)
    if lead:
        s = lead.end()
    seg = low[s:e]
    if _ADVERBIAL_LEAD.match(seg) and "," in seg:
        s += seg.rindex(",") + 1
    while s < e and text[s] in ' \t\n,;:"\u201c\u201d(':
        s += 1
    while e > s and text[e - 1] in ' \t\n,;:"\u201c\u201d':
        e -= 1
    if _RELATIVE_LEAD.match(low, s, e):
        # "(iv) in which ... shall post": the subject is the list's lead-in ("Any facility")
        items = list(_FIRST_ITEM.finditer(low, max(0, s - 600), s))
        if not items:
            return None
        first = items[-1].start()
        starts = [m.end() for m in _SENTENCE_END.finditer(low, max(0, first - 300), first)]
        s, e = (starts[-1] if starts else max(0, first - 300)), first
        while s < e and text[s].isspace():
            s += 1
    phrase = squash(text[s:e])
    if len(phrase) < 3:
        return None
    lowp = phrase.lower()
    if _PASSIVE_SUBJECT.match(lowp) or _PASSIVE_END.search(lowp) or lowp in ("it", "they", "them"):
        return None
    if len(phrase) > 160:
        phrase = phrase[:160].rsplit(" ", 1)[0] + " ..."
    return phrase, s, e


_REQUIRED_TO_DO = C(r"(?<=require\s|equires\s|equired\s)([^.;:!?]{3,120}?)\s+to\s+do\s")
_RELATIVE_LEAD = C(r"(?:in\s+which|which|that|who|whose|operating|licensed|located|where)\b")
_SENTENCE_END = C(r"[.;:!?](?=\s)|\n\s*\n")
_FIRST_ITEM = C(r"\n?[ \t]*\((?:i|a|1)\)")
_BE_REQUIRED_BEFORE = C(
    r"([^.;:\n,]{3,120}?)\s+(?:that\s+|which\s+|who\s+)?(?:are|is"
    r"|(?:shall|will|would|may|might|could|must|can)\s+be|be|were)\s+(?:\w+\s+)?$"
)
_SENTENCE_BREAK = C(r"\.\s+[A-Z(]|\n\s*\n")
_REQUIRE_OBJECT = C(
    r"(?:requir\w*|mandat\w*|direct\w*|compel\w*)\s+(.*?)\s+to\s+(?:be\s+)?\S+$", re.S
)
#: The mandatory cues whose subject is who must post, best first.
_WHO_CUE_RANK = {
    "shall/must post": 0,
    DUTY_LIST: 0,
    "required to post": 1,
    "require X to post": 2,
}


def _extract_who(a: Analysis, coding: Coding) -> None:
    """Who must post: the subject of the first operative mandatory clause."""
    text, low = a.text, a.low
    cues = [c for c in a.mandates if c.name in _WHO_CUE_RANK]
    for c in sorted(cues, key=lambda c: (_WHO_CUE_RANK[c.name], c.start)):
        found: tuple[str, int, int] | None = None
        if c.name == "require X to post":
            if " to be " in low[c.start : c.end]:
                continue  # "mandates the tipline to be displayed": X is what is posted
            m = _REQUIRE_OBJECT.match(low[c.start : c.end])
            if m:
                found = _who_phrase(text, low, c.start + m.start(1), c.start + m.end(1))
        elif c.name == DUTY_LIST:
            found_lead = duty_list_lead(low, c.start)
            if found_lead is not None:  # the subject of the list's lead ("X shall:")
                s = found_lead[0]
                req = _REQUIRED_TO_DO.match(low, s)
                if req is not None:  # "requires X to do the following:": X
                    found = _who_phrase(text, low, s, req.end(1))
                else:
                    found = _who_phrase(text, low, clause_start(low, s, 500), s)
        elif c.name == "required to post":
            m = _BE_REQUIRED_BEFORE.search(low, max(0, c.start - 130), c.start)
            if m:
                found = _who_phrase(text, low, m.start(1), m.end(1))
        else:
            owner = None
            for om in _SUBJECT_OWNER_RX.finditer(low, max(0, c.start - 1200), c.start):
                if not _SENTENCE_BREAK.search(text, om.end(), c.start):
                    owner = om
                    break
            if owner is not None:
                found = _who_phrase(text, low, owner.start(), owner.end())
            if found is None:
                found = _who_phrase(text, low, clause_start(low, c.start, 500), c.start)
        if found is not None:
            phrase, s, e = found
            coding.who_must_post = phrase
            add_evidence(coding, "who_must_post", phrase, text, s, e)
            return
