"""Provision fields: establishments, languages, sign size, penalties, effective date."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from hotline_watch.coding.patterns import C, Line, Literals, Lowered, Rx
from hotline_watch.coding.result import Coding, add_evidence
from hotline_watch.coding.text import (
    _WORD_NUM_ALT,
    clause_start,
    fmt_num,
    line_span,
    merge_spans,
    paragraph_span,
    sentence_span,
    squash,
    words_to_int,
)
from hotline_watch.coding.vocabularies import ESTABLISHMENT_CUES, LANGUAGES

if TYPE_CHECKING:
    from hotline_watch.coding.engine import Analysis

# Establishments (one alternation with a named group per code)

_ESTABLISHMENT_RX = [(k, Rx(v)) for k, v in ESTABLISHMENT_CUES.items()]
_EST_NEG_BEFORE = C(
    r"(?:not\s+(?:include|encompass|apply\s+to)|other\s+than|rather\s+than|instead\s+of|except"
    r"|exclud\w*|does\s+not|shall\s+not\s+mean"
    # an amendment that takes a place out ("deleting the requirement for posting at massage
    # establishments")
    r"|(?:delet|remov|strik)(?:e|es|ed|ing)\s+the\s+requirement)\b[^.;:\n]{0,40}$"
    # what the covered place is not, the words right after: "private clubs ... that are not
    # primarily restaurants" (not "... not primarily food service, airports, ...")
    r"|\b(?:is|are)\s+not\s+(?:primarily\s+|mainly\s+|principally\s+)?(?:\w+[ \t]+){0,2}$"
    # a place an amendment takes out of a measure, named right after the verb ("- remove barber
    # shops from the bill;", "strike truck stops"): no place the law reaches (round 41)
    r"|\b(?:remov|delet|strik)(?:e|es|ed|ing)\s+(?:the\s+)?$"
)
#: ... or a duty only sought for later ("they would push next year to extend the requirement to
#: private truck stops"): no place the law reaches (apart: it is tried only where "to" occurs)
_EST_SOUGHT_BEFORE = C(
    r"\b(?:push|pushing|press|pressing|lobby|lobbying|seek|seeking)\s+(?:\w+\s+){0,3}?to\s+"
    r"(?:extend|expand|widen)\b[^.;:\n]{0,60}$"
)
#: Exclusions that govern a whole list, to the end of their clause ("does not encompass any
#: hospital, convalescent or nursing home ... or any facility operated by a hospital").
_EST_EXCLUDED_LIST = Rx(  # literal-first (see `Rx`): was tried at every position of the text
    r"\b(?:does|do|shall|will)\s+not\s+(?:include|encompass|apply\s+to|mean)\b|\bexcluding\b"
    # (not an open list: "including, but not limited to, hotels"; round 50)
    r"|\bbut\s+not\b(?!\s+(?:necessarily\s+)?limited\b)"
    # "Nothing in this section shall apply to a truck stop, which may display the sign"
    r"|\bnothing\s+in\s+this\s+(?:\w+\s+){0,3}?(?:shall|does|will)\s+(?:be\s+construed\s+to\s+)?"
    r"apply\s+to\b"
)
_EST_SKIP_AFTER = {
    # "each hospital that operates an emergency department", "hospitals with an emergency
    # department", "each hospital that provides emergency services": the class is the emergency
    # room (the convention of docs/coding.md; the plural "hospitals with emergency departments"
    # keeps both, as set 8's labels have it)
    "hospital": C(
        r"\s+(?:(?:that|which)\s+(?:operates?|has|have|maintains?)\s+(?:an?\s+)?"
        r"|(?:with|having|operating|maintaining)\s+an?\s+)?emergency\s+(?:rooms?|departments?)"
        r"|\s+(?:(?:that|which)\s+provides?|providing)\s+emergency\s+(?:medical\s+)?services"
    ),
    # "each ambulatory care facility licensed to provide urgent care services": a facility
    # qualified by the licence of a specific class is that class only, as a hospital qualified
    # by its emergency department is (round 39)
    "medical_facility": C(
        r"\s+(?:(?:that|which)\s+(?:is|are)\s+)?(?:licensed|certified|approved)\s+"
        r"(?:to\s+(?:provide|offer|operate)\s+|as\s+|for\s+)(?:an?\s+)?"
        r"(?:urgent\s+care|emergency\s+(?:care|services|department|room)|free-?standing\s+emergency)"
    ),
    # "each cosmetology establishment offering manicures", "a salon where nail services are
    # provided", "each cosmetology salon that offers nail care": the general place qualified by
    # the specific class's work is that class only, as the facility licensed for urgent care is
    # (round 47); licence words up to 120 characters, an Act of several trades too ("Each salon
    # licensed under the Cosmetology, Electrology, ... Act in which nail technology services are
    # provided", round 66)
    "cosmetology": C(
        r"(?:\s+(?:establishments?|salons?|shops?|facilit(?:y|ies)|businesses))?"
        r"(?:,?\s+(?:licensed|registered)\s+[^.;:\n]{0,120}?)?\s+"
        r"(?:(?:that|which)\s+(?:offers?|provides?|performs?)|offering|providing|performing"
        r"|(?:where|in\s+which)\s+(?:only\s+)?)\s*(?:only\s+)?(?:nail|manicur|pedicur)"
    ),
    # "a recreational site license": a kind of liquor licence, not a park
    "state_park": C(r"\s+licen[cs]e"),
    # a public body named as a defined term ("'Local health department' means ...") or acting
    # otherwise than by posting ("The local health department shall verify that the notice is
    # posted"), also after a participle's phrase ("A local health department conducting an
    # inspection under KRS 211.760 shall verify ...", round 61): the body, no place (round 53)
    "government_building": C(
        r"[\"'\u201d\u2019],?\s+(?:means|shall\s+mean|has\s+the\s+meaning)\b"
        r"|(?:,?\s+[a-z]+ing\b(?:[^.;:\n]|\.(?=\d)){0,80}?,?)?"
        r"\s+(?:shall|must|may|will)\s+(?:not\s+)?(?!(?:also\s+)?(?:post|display|place|hang|affix"
        r"|maintain|keep)\b)[a-z]+\b"
    ),
    # "in each emergency department waiting area": a place in a building, not a class
    "emergency_room": C(r"\s+(?:patient\s+)?(?:waiting|registration|triage)\s+(?:areas?|rooms?)"),
    # "in each public restroom of: (a) each rest area ...": a room of the classes listed, where
    # the sign goes, not a class
    # "every public restroom on every floor has a notice posted": the room holds the notice
    "public_restroom": C(
        r"(?:\s+(?:or|and)\s+(?:an?\s+)?[\w-]+)?\s+(?:of|in|at|on|within)\b"
        r"|[^.;\n]{0,30}?\b(?:has|have)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:notices?|signs?|posters?|placards?)\b"
    ),
    # the notice's own wording ("... retail, or restaurant work, or any other activity")
    "restaurant": C(r"\s+work\b"),
    # a hotel named as a kind of another licence's premises: the duty follows that licence
    # ("hotel and restaurant licensees" of a liquor code, "hotels with a lounge" among on-premises
    # liquor licensees, "hotel towers attached to a casino" under its gaming licence), no lodging
    # A gambling licence's premises told by their parts (round 40): "operates as a hotel-casino",
    # "in each public restroom on the casino floor and in the hotel lobby", "in any hotel lobby
    # operated in conjunction with the gaming establishment": the licence class, no lodging
    "lodging": C(
        r"\s+(?:and\s+restaurant\s+)?licensees\b|\s+with\s+an?\s+(?:lounge|bar)\b"
        r"|\s+towers?\s+attached\s+to\s+an?\s+casino|[- ](?:casino|gaming)\b"
        r"|\s+lobb(?:y|ies)\s+(?:[\w-]+\s+){0,3}?(?:in\s+conjunction|associated|connected)\s+with"
        r"\s+(?:an?\s+|the\s+)?(?:casino|gaming|gambling)\b"
    ),
    # "a bar with gaming devices under a retail licence": a form of the gaming licensee's premises
    "bar": C(
        r"\s+with\s+(?:video\s+)?(?:gaming|gambling|lottery)\s+(?:devices|machines|terminals)\b"
        # a liquor licence told by what it allows as an off-premises one ("a retail liquor
        # license for the sale of liquor for consumption off the premises", "... for off-sale"):
        # a package store, no bar, unless the clause also allows on-premises sales (round 51)
        r"|(?:\s+holders?)?\s+(?:for|to\s+sell|(?:which|that)\s+(?:authori[sz]|allow|permit)\w*"
        r"|authori[sz]ing|allowing|permitting)\b(?![^.;:\n]{0,100}?\bon(?:[- ]premises?|[- ]sale"
        r"|\s+the\s+premises)\b)[^.;:\n]{0,100}?\b(?:off[- ](?:premises?|sale)|consumption\s+off)\b"
    ),
    # "each port of entry scale house", "ports of entry and rest areas": a highway port of entry
    # (a weigh station, its own code), not a seaport
    # ("Signs - rest areas - ports of entry": a heading's dashes too; round 49)
    "port": C(
        r"\s+scale\b"
        r"|\s*(?:,|and|or|[\-\u2013\u2014])\s+(?:\w+\s+)?(?:rest\s+areas?|weigh\s+stations?)"
    ),
}
#: "an adult business, including a nightclub, bar, restaurant, or another similar establishment in
#: which a person appears in a state of sexually explicit nudity": kinds of adult business.
_NUDE_VENUE_CODES = frozenset({"bar", "restaurant"})
_NUDITY_AFTER = C(r"[^.;]{0,140}?\b(?:nudity|semi-?nudity|nude|topless)\b")
#: A class named inside an agency's name ("the Division of Hotels and Restaurants") or as
#: businesses that already post under another law ("the same requirements as the signs that
#: truck stops and other businesses already have to display") is not who this duty reaches.
_EST_AGENCY_NAME_BEFORE = C(
    r"\b(?:division|department|board|bureau|office|commission|council)\s+of\s+(?:the\s+)?"
    r"(?:[a-z]+,?\s+(?:and|&)\s+)?$"
    # a body named by what it does to the class ("assessed by the board for licensing health
    # care facilities", "the division of licensure of hospitals"): a name, no place (round 62)
    r"|\b(?:division|department|board|bureau|office|commission|council)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:licens(?:ing|ure)|regulat(?:ing|ion)|inspect(?:ing|ion)|certif(?:ying|ication))"
    r"\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}$"
)
#: The same in the name as the text writes it, capitalised (round 47): after "of" or "for" with
#: the name's list ("the Board for Barbers and Cosmetology", "the Board of Barber, Cosmetology,
#: and Massage Therapy Examiners"), or before the agency word after "the" ("the Cosmetology
#: Board", "the Nail Salon Advisory Council"): the words of a body's name, no place.
_NAME_WORD = r"[A-Z][a-z][\w'\u2019-]*"
_AGENCY_WORDS = ("Division", "Department", "Board", "Bureau", "Office", "Commission", "Council")
#: after the agency word (matched at its end)
_AGENCY_NAME_AFTER = C(
    r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:"
    + _NAME_WORD
    + r",?[ \t]+(?:(?:and|&|of|the)[ \t]+)*)*"
    + _NAME_WORD
)
#: before the agency word (matched from the nearest "the" before it)
_AGENCY_NAME_BEFORE = C(r"[Tt]he[ \t]+(?:" + _NAME_WORD + r"[ \t]+(?:(?:and|&)[ \t]+)?){1,5}$")
#: The same in a line in capitals (round 63: a chapter's title "RULES OF THE BARBER AND
#: COSMETOLOGY SERVICES LICENSING BOARD", "STATE BOARD OF COSMETOLOGY"): a body's name, no place
#: ("OFFICE" left out: in capitals it names a place as often as a body).
_CAPS_WORD = r"[A-Z][A-Z'\u2019-]+"
_CAPS_AGENCY_WORDS = ("DIVISION", "DEPARTMENT", "BOARD", "BUREAU", "COMMISSION", "COUNCIL")
_CAPS_NAME_AFTER = C(
    r"[ \t]+(?:OF|FOR)[ \t]+(?:THE[ \t]+)?(?:"
    + _CAPS_WORD
    + r",?[ \t]+(?:(?:AND|&|OF|THE)[ \t]+)*)*"
    + _CAPS_WORD
)
_CAPS_NAME_BEFORE = C(r"THE[ \t]+(?:" + _CAPS_WORD + r"[ \t]+(?:(?:AND|&)[ \t]+)?){1,5}$")


def _agency_names(text: str) -> list[tuple[int, int]]:
    """Spans of bodies' names as the text capitalises them (`_AGENCY_NAME_AFTER`,
    `_AGENCY_NAME_BEFORE`), found from each agency word (speed: a find per word, no scan)."""
    out = []
    for word in _AGENCY_WORDS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not text[end : end + 1].isalnum():
                if (m := _AGENCY_NAME_AFTER.match(text, end)) is not None:
                    out.append((at, m.end()))
                # (the name's words hold no "the": only the nearest one before can open it)
                lo = max(
                    text.rfind("the ", max(0, at - 120), at),
                    text.rfind("The ", max(0, at - 120), at),
                )
                if lo >= 0 and _AGENCY_NAME_BEFORE.match(text, lo, at) is not None:
                    out.append((lo, end))
            at = text.find(word, end)
    for word in _CAPS_AGENCY_WORDS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not text[end : end + 1].isalnum() and not text[at - 1 : at].isalnum():
                if (m := _CAPS_NAME_AFTER.match(text, end)) is not None:
                    out.append((at, m.end()))
                lo = text.rfind("THE ", max(0, at - 120), at)
                if lo >= 0 and _CAPS_NAME_BEFORE.match(text, lo, at) is not None:
                    out.append((lo, end))
            at = text.find(word, end)
    return out


_EST_ALREADY_AFTER = C(
    r"[^.;:,\n]{0,40}?\b(?:already|previously)\s+(?:\w+\s+){0,2}?(?:post|display)"
    # an earlier duty, not the one the text reports: "Arizona hotels have had to post similar
    # signs since a 2019 law", "Hotels, bars and truck stops have been required to post ..."
    r"|[^.;:\n]{0,50}?\b(?:have|has)\s+(?:long\s+)?(?:had|been\s+required)\s+to\s+(?:post|display)\b"
    # ... told by the posting verb's present perfect and its start ("Highway rest areas have
    # displayed the hotline since a 2020 law", "Hotels have been posting it since 2017"; round 53)
    r"|[^.;:\n]{0,50}?\b(?:have|has)\s+(?:long\s+|already\s+)?(?:been\s+)?(?:post|display)(?:ed|ing)\b"
    r"[^.;:\n]{0,60}?\bsince\b"
    # a class only asked or allowed to post, not required ("Restaurants are encouraged, but not
    # required, to display the notice", "Bars may post the sign", "Restaurants, retail stores and
    # other employers are welcome to display the poster as well")
    r"|[^.;:\n]{0,50}?\b(?:is|are)\s+(?:also\s+|only\s+)?(?:encouraged|invited|urged|asked"
    r"|welcome|not\s+required|exempt)\b|\s+may\s+(?:also\s+|voluntarily\s+)?(?:post|display)\b"
)
#: ... or told so by the next sentence, which opens with an anaphor of the places just named
#: ("Walk into almost any bus station, bar or hospital emergency room and you will find it: a
#: notice ... Those businesses have had to display it since 2013."): an earlier duty (round 53).
_EST_EARLIER_NEXT = C(
    r"\s*(?:those|these|such|they|the\s+same)\b(?:\s+[\w-]+){0,2}?\s+(?:have|has)\s+"
    r"(?:long\s+|all\s+)?(?:had|been\s+required)\s+to\s+(?:post|display)\b"
)
_EST_EARLIER_KEYS = Literals("have had to", "has had to", "been required to")


def _earlier_next(low: str, s: int, e: int) -> bool:
    """Whether the sentence after the one of `low[s:e]` tells its places an earlier duty's
    (`_EST_EARLIER_NEXT`)."""
    return _EST_EARLIER_NEXT.match(low, sentence_span(low, s, e)[1]) is not None


#: An earlier duty told by its law's year (round 56): a present perfect duty before the place in
#: its sentence ("Alabama has required bars, truck stops, bus stations and hotels to post hotline
#: signs since a 2012 law", "Utah hospitals have had to post a similar notice in their emergency
#: rooms since a 2022 law") and "since" a year or a law of a year after it, in its clause.
_EST_PERFECT_DUTY = C(
    r"\b(?:have|has)\s+(?:long\s+|already\s+)?(?:required|had\s+to\s+(?:post|display)"
    r"|been\s+(?:required\s+to\s+|post(?:ing|ed)\b|display(?:ing|ed)\b))"
)
_EST_SINCE_YEAR = C(
    r"[^.;:\n]{0,120}?\bsince\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\.?\s+(?:\d{1,2},?\s+)?)?\d{4}\b"
)


def _earlier_since(low: str, s: int, e: int) -> bool:
    """Whether the place low[s:e] is an earlier duty's told by its year (`_EST_PERFECT_DUTY`
    before it in its sentence, `_EST_SINCE_YEAR` after it)."""
    if _EST_SINCE_YEAR.match(low, e) is None:
        return False
    lo, _ = sentence_span(low, s, e)
    return _EST_PERFECT_DUTY.search(low, lo, s) is not None


#: A class's word naming an organisation of its trade ("Hospital associations supported the
#: bill", "the Utah Nail Technicians Association"): a body, no place (round 56).
_EST_ORG_AFTER = C(
    r"(?:['\u2019]s)?(?:\s+(?:and|&)\s+[\w-]+)?(?:\s+[\w-]+){0,2}?\s+(?:associations?"
    r"|federations?|alliances?|lobby)\b"
)


#: A place where the holder is located ("establishments located inside a spa, gym or hotel",
#: "businesses situated in a shopping mall"): where the holder stands, not who posts (round 58).
_EST_LOCATED_BEFORE = C(
    r"\b(?:located|situated|housed)\s+(?:in|inside|within|at)\s+(?:an?\s+|the\s+|any\s+)?"
    r"(?:[\w-]+,?\s+(?:(?:or|and)\s+(?:an?\s+|the\s+)?)?){0,3}$"
)
#: A term in the gloss of another ("Truck stops, meaning fuel stations with parking for commercial
#: vehicles"): it says what the class is, it is no class of its own.
_EST_GLOSS_BEFORE = C(
    r"\b(?:meaning|i\.e\.,?|that\s+is,)\s+(?:a|an|any|the)?\s*(?:[\w-]+\s+){0,2}$"
)
#: ... or in parentheses right after it ("Truck stops (fuel stations with parking for commercial
#: motor vehicles)"): the words before the parenthesis (checked to be a class of its own, not an
#: umbrella, `_paren_gloss`) and the gloss's one noun phrase, no list (round 62).
_EST_PAREN_GLOSS_BEFORE = C(
    r"([a-z])\s*\(\s*(?:(?:a|an|any|the)\s+)?"
    r"(?:(?!(?:and|or|including|includes|such|also|plus|e\.g|not|except|excluding)\b)[\w-]+\s+){0,2}$"
)
_EST_PAREN_GLOSS_AFTER = C(r"[^(),;\n]{0,80}?\)")
#: An owner or operator of the holder ("Each urgent care center, whether freestanding or operated
#: by a hospital or clinic"): who runs the place, not a place that posts (round 62).
_EST_OPERATOR_BEFORE = C(
    r"\b(?:operated|owned|run|managed|maintained|affiliated)\s+(?:by|with)\s+"
    r"(?:an?\s+|the\s+|any\s+)?(?:[\w-]+,?\s+(?:(?:or|and)\s+(?:an?\s+|the\s+|any\s+)?)?){0,3}$"
)
#: A fund (trust fund) named for a class ("deposited into the Hotel and Restaurant Trust Fund"):
#: money, no place (as round 61's school fund).
_EST_FUND_AFTER = C(r"(?:\s+(?:and|&)\s+[\w-]+)?\s+(?:trust\s+|revolving\s+|special\s+)?funds?\b")
#: (also a room of a place named as its possessor: "in the hotel's public restroom", "in each
#: salon's public restrooms": a spot of that place; round 44)
_EST_PLACE_BEFORE = C(
    r"\b(?:in|inside|near|at|on|of|by|to)\s+(?:the\s+|each\s+|every\s+|all\s+|any\s+|a\s+|its\s+"
    r"|their\s+)?(?:[\w-]+(?:'s|\u2019s|s'|\u2019)\s+)?$"
)
#: A hospital named as the possessor of its emergency room, not after a place word: "Each
#: hospital's emergency department shall post", "hospitals' emergency rooms and urgent care
#: centers": the home of the room, whose class is the emergency room's (round 44; after a place
#: word, "in the hospital's emergency department", the room is the spot and the hospital stays).
#: A room of a place named by the place's word ("hotel lobbies", "the hotel registration desk")
#: in the list of the spots of the holder's own premises ("to post notices in their restrooms,
#: hotel lobbies and employee entrances", "in its restrooms and hotel lobby"): where the notice
#: goes, no class (round 64; as round 40's "in the hotel lobby" of a casino licensee)
_SPOT_ROOM_AFTER = C(r"\s+(?:lobb(?:y|ies)|(?:front|registration)\s+desks?)\b")
_OWN_SPOTS_BEFORE = C(
    r"\b(?:in|at|near|inside)\s+(?:its|their)\s+(?:[^.;:\n]{0,60}?(?:,|\band\b|\bor\b)\s+)?$"
)
_HOSPITAL_POSSESSOR = C(r"(?:'s|\u2019s|'|\u2019)\s+emergency\s+(?:rooms?|departments?)\b")
_PLACE_WORD_BEFORE = C(
    r"\b(?:in|at|inside|near|within|throughout|to)\s+(?:the\s+|each\s+|every\s+|an?\s+|any\s+"
    r"|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?$"
)
#: "posted in hotel lobbies and public restrooms", "in each lodge, cabin registration office, and
#: public restroom": the last item of a list of places after "in" is where, not who.
_EST_PLACE_LIST_BEFORE = C(
    r"\b(?:in|inside)\s+(?:the\s+|each\s+|every\s+|all\s+|any\s+|a\s+)?[^.;:\n]{3,60}?"
    r"(?:,|\band\b|\bor\b)\s+(?:the\s+|each\s+|every\s+|all\s+|any\s+|a\s+)?$"
)
#: Where in the premises, told otherwise: "in locations where the signs are visible to the
#: public, including arrival areas and public restrooms" (the spots a place word's list
#: includes), "in each restroom or, if there is no public restroom, near the entrance" (the
#: premises as they are).
_EST_WHERE_BEFORE = C(
    r"\b(?:locations?|places?|areas?|spots?)\b[^.;:\n]{0,80}?\bincluding\s+[^.;:\n]{0,60}?"
    r"(?:,|\band\b|\bor\b)\s+(?:the\s+)?$"
    r"|\bthere\s+(?:is|are)\s+(?:no|a|an)\s+$|\b(?:has|have)\s+no\s+$"
)
#: A restroom told as a feature of a place the text names as a class ("at each state-owned
#: airport that has a public restroom, pilot lounge or terminal building"): where the notice
#: goes in that class's premises, no class of its own (round 63; as "if the premises has no
#: public restroom", round 58). A holder named by its restroom alone ("any business that has a
#: public restroom") names no other class and stays `public_restroom`.
_RESTROOM_FEATURE_BEFORE = C(
    r"\b(?:that|which|where)\s+(?:has|have|contains?|includes?|provides?|offers?|maintains?)\s+"
    r"(?:an?\s+|one\s+or\s+more\s+|any\s+)?$|\bwith\s+(?:an?\s+|one\s+or\s+more\s+)?$"
)
_EST_SKIP_BEFORE = {
    "hospital": C(r"emergency\s+(?:rooms?|departments?)\s+[^.;\n]{0,40}$|-like\s*$"),
    # a welcome facility for a vessel's crew ("any seafarers' center or crew welcome facility
    # operated by the district"): a port's room for seafarers, no state welcome center (round 58)
    "welcome_center": C(r"\b(?:crew|seafarers?(?:'|\u2019)?|seamen(?:'s|\u2019s)?)\s+$"),
    # a spot in the premises, where the notice goes or is seen, not a class: "in the hospital's
    # emergency department", "Patients walking into a Virginia emergency room" (round 41)
    # (a possessor read as the home of the room, "Each hospital's emergency department shall
    # post", "Hospitals' emergency departments and urgent care centers must display", is the
    # room's class, and the hospital no class of its own: `_HOSPITAL_POSSESSOR`; round 44)
    "emergency_room": C(
        r"\b(?:in|at|inside|near|within|throughout|to)\s+(?:the\s+|each\s+|every\s+|an?\s+|any\s+"
        r"|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?hospital(?:'s|\u2019s|s'|\u2019)\s+$"
        r"|\binto\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$"
    ),
    # a liquor licence named as an off-premises (package) one ("an off-premises liquor license",
    # "an off-sale liquor license", "a package store liquor license"): no bar (round 51)
    "bar": C(
        r"behind\s+$|adult[- ]$|special\s+$"
        r"|\boff[- ](?:premises?|sale)\s+(?:retail\s+)?$|\bpackage\s+(?:store\s+|retail\s+)?$"
    ),
    # "on the casino floor and in the hotel lobby": a spot of the gaming premises (round 40)
    "lodging": C(r"\b(?:casino|gaming)\s+floors?\s+and\s+in\s+the\s+$"),
    # "truck stops and full-service fuel stations": the truck stop's own definition
    "gas_station": C(r"full[- ]service\s+$"),
    # the words of a definition ("'Local health department' means a county or city health
    # department"): what a term names, no place of a duty (round 53)
    "government_building": C(r"\bmeans\s+[^.;:\n]{0,60}$"),
    "school": C(r"(?:massage|cosmetology|barber)\b[^.;\n]{0,100}$"),
    "cosmetology": C(r"\bnail\s+$"),
    # "Thruway rest stops", "turnpike rest areas": a toll road's rest stops are its service
    # plazas (their own code)
    "rest_area": C(r"\b(?:thruway|turnpike|tollway)\s+$"),
    # "every rest area and port of entry", "weigh station and port of entry facility": a highway
    # port of entry is a weigh station (its own code), not a seaport
    # ("in each rest area and at each port of entry", "rest areas - ports of entry": up to three
    # small words or a heading's dash between them; round 49)
    "port": C(
        r"(?:rest\s+areas?|weigh\s+stations?|highway|commercial\s+vehicle|truck)\s*(?:,|and|or)?\s+(?:\w+\s+)?$"
        r"|(?:rest\s+areas?|weigh\s+stations?|truck[- ]?stops?)\s*(?:,|and|or|[\-\u2013\u2014])\s+"
        r"(?:(?:and|or|at|in|to|each|every|all|any|the|a|an)\s+){0,3}(?:\w+\s+)?$"
    ),
    # "urgent care clinics", "walk-in clinics": the urgent care code's, not a medical facility
    # ("massage therapy clinics", "free-standing emergency medical center"): the massage's or
    # the emergency room's code, not a medical facility
    # "Every place where massage therapy is practiced ..., including a clinic, spa, or a home
    # office": a form of the massage practice's place, not a medical facility (round 44)
    "medical_facility": C(
        r"\b(?:urgent\s+care|walk-in(?:\s+care)?|massage(?:\s+therapy)?|emergency|dental|veterinary)\s+$"
        r"|\bmassage\b[^.;:\n]{0,80}?\bincluding\s+(?:an?\s+|any\s+)?$"
    ),
}
#: ... and in the next sentence extending the massage holder to its forms ("Every massage therapy
#: establishment licensed by the Board must display the notice. This applies to sole proprietors
#: ... as well as spas and clinics with several therapists"; round 58)
_MASSAGE_FORMS_BEFORE = C(
    r"\bmassage\b[^.;:\n]{0,120}\.\s+(?:this|that|it)\s+(?:also\s+)?(?:applies\s+to|includes"
    r"|covers)\b[^.;:\n]{0,100}?$"
)


_LANG_NAMES = LANGUAGES
_LANG_RX = Rx(r"\b(?:" + "|".join(n.lower().replace(" ", r"\s+") for n in _LANG_NAMES) + r")\b")
_LANG_PROPER = {n.lower(): n for n in _LANG_NAMES}
_LANG_GATE = Literals(
    "english", "spanish", "language", "translat", "bilingual", "chinese", "korean"
)
_LANG_BEFORE = C(r"\b(?:in|into|both)\s+(?:both\s+)?(?:the\s+)?$")
_LANG_JOIN = C(r"\s*(?:,|,?\s+and|,?\s+or|/)\s*(?:in\s+|the\s+)?")
#: Where a posting duty is described, a language the notice is only offered in ("available in
#: English and in Spanish", "which businesses can download in ...", "Download the model notice
#: (English, ...)") is no language it must be in, unless the sentence states a requirement.
#: Languages a notice is only offered in ("available in Spanish"); "to make it available on its
#: website" says where the notice is found, not which languages are optional.
_LANG_OFFERED = C(
    r"\bavailable\b(?!\s+(?:on|at|through|from|online|via)\b)"
    # help available to the person the notice speaks to ("states, in English and in Spanish, that
    # help is available to a person who is forced to work"): what the notice says, not versions
    r"(?!\s+to\s+(?:an?\s+|any\s+|the\s+)?(?:persons?|victims?|individuals?|anyone|people)\b)"
    r"|\bdownload|\bprintable\b"
    r"|\boffer(?:s|ed)?\b"
    # the versions an office has put on its site: "The Board has posted the notice on its website
    # in English, Spanish, Portuguese, ..."
    r"|\bposted\s+(?:[\w-]+\s+){0,4}?on\s+(?:its|their|our|this)\s+(?:web\s?site|web\s?page|page)\b"
)
#: The notice itself as what is offered (its subject), and an open list of translations.
_OFFERED_NOTICE = C(
    r"\W*(?:(?:the|a|its|each)\s+)?(?:signs?|notices?|posters?|it)\b|[^.\n]*?\bdownload\s+it\b"
)
#: The sentence right after offered versions requires them all: "Salons must display all three",
#: "Post both.", "Every site must post each version".
_DISPLAY_ALL = C(
    r"[.\s]{0,4}[^.\n]{0,40}?\b(?:must|shall|are\s+required\s+to)\s+(?:display|post|put\s+up)\s+"
    r"(?:all\s+(?:two|three|four|five|six|of\s+them|(?:the\s+)?versions)|both(?:\s+versions)?"
    r"|each\s+(?:version|one|of\s+them)|every\s+version)\b"
)
#: One notice named after its two languages ("the English/Spanish version"; not "versions").
_ONE_VERSION = C(r"\s+(?:version|poster|notice|sign)\b")
_OTHER_LANGUAGES = C(r"\b(?:other|more|additional|several|many)\s+languages\b")
_LANG_REQUIRED = C(
    r"\b(?:must|shall|requires?|(?:is|are|be)\s+required)\b"
    # a law's direction to its designer told by news in "will": "The Department of Health will
    # write the notice and make it available in English, Spanish and Vietnamese"
    r"|\bwill\s+(?:[\w-]+\s+){0,6}?make\s+(?:it|them|(?:the|each)\s+(?:notices?|signs?|posters?))"
    r"\s+available\s+in\b"
)
#: A seller's own product in the first person ("Our laminated version is printed at 11 x 17
#: inches in English and Spanish", "Our vinyl decals (4 x 6 in.) meet the minimum size").
_OUR_PRODUCT = C(r"\b(?:our|we)\b")
#: A product that copies the official notice states the notice's languages (not its size) ("Our
#: laminated version reproduces that notice word for word in English and Spanish").
_COPIES_NOTICE = C(
    r"\b(?:reproduc\w+|replicat\w+|cop(?:y|ies))\s+(?:that|the|this)\s+(?:official\s+|state\s+)?"
    r"(?:notice|poster|sign)\b|\bword\s+for\s+word\b|\bverbatim\b"
)


#: A creole named by its people or place ("Cape Verdean Creole", "Louisiana Creole"): the
#: capitalised words right before it (not a function word or another language) are its name.
_CREOLE_QUALIFIER = C(r"((?:[A-Z][a-z'\u2019\-]+[ \t]+){1,2})$")
_NOT_QUALIFIER = frozenset(
    "The In Into And Or Both Also Either Plus Only Including Such As Than English Spanish French"
    " Portuguese A An Its Their".split()
)


def _qualified_creole(text: str, name: str, s: int) -> tuple[str, int]:
    """ "Creole" with the name of its people before it: that whole name ("Cape Verdean
    Creole", as the labels write it; round 53), from where it starts."""
    q = _CREOLE_QUALIFIER.search(text, max(0, s - 40), s)
    if q is None:
        return name, s
    words = q.group(1).split()
    while words and words[0] in _NOT_QUALIFIER:
        words.pop(0)
    if not words or any(w in _NOT_QUALIFIER for w in words):
        return name, s
    start = s - len(q.group(1)) + q.group(1).index(words[0])
    return " ".join(words) + " " + name, start


#: Languages only asked about: a question ("asked whether versions in Mixteco should also be
#: required") or a request ("Advocates urged lawmakers to add Mixteco", "called for versions in
#: Triqui") before the language in its clause, with no duty stated between (round 53).
_ASKED = C(
    r"\b(?:whether|ask(?:s|ed)?\s+(?:for|that|about|to)|urg(?:es|ed)|call(?:s|ed)\s+for"
    r"|push(?:es|ed)\s+for|lobb(?:y|ies|ied)\s+for|request(?:s|ed)|propos(?:es|ed)\s+adding"
    r"|wants?\b|wanted)"
)
_FINITE_DUTY = C(r"\b(?:must|shall|requires|(?:is|are|be)\s+required)\b")


def _only_asked(low: str, s: int, e: int) -> bool:
    """Whether the language at low[s:e] is only asked about in its clause (`_ASKED`)."""
    # (speed: the cue looked for near the language first; no key of the document's key pass)
    if not _ASKED.search(low, max(0, s - 400), s):
        return False
    lo, _ = semicolon_clause(low, *sentence_span(low, s, e), s, e)
    cues = list(_ASKED.finditer(low, lo, s))
    # (the last cue before the language: the request the language is asked in)
    return bool(cues) and not _FINITE_DUTY.search(low, cues[-1].end(), s)


def semicolon_clause(low: str, lo: int, hi: int, s: int, e: int) -> tuple[int, int]:
    """The part of the sentence low[lo:hi] around low[s:e] between semicolons."""
    j = low.find(";", e, hi)
    return low.rfind(";", lo, s) + 1 or lo, hi if j < 0 else j


#: A price in dollars and cents, or a cart's button: a product's line in a seller's listing.
_PRICE = C(r"\$\s?\d[\d,]*\.\d{2}\b|\badd\s+to\s+cart\b")
_DUTY_WORD = C(r"\b(?:shall|must|requires?|required)\b")


def _price_line(low: str, s: int, e: int) -> bool:
    """The match at low[s:e] stands on a line with a price and no duty word ("$19.95 | 11\" x
    17\" laminated | English/Spanish"): a size the seller offers, not the least the law sets
    (round 48; a law's sentence that names a cost, "a sign 8.5 by 11 inches, at a cost of $2.50
    per copy", keeps its size)."""
    lo = low.rfind("\n", 0, s) + 1
    hi = low.find("\n", e)
    hi = len(low) if hi < 0 else hi
    return _PRICE.search(low, lo, hi) is not None and _DUTY_WORD.search(low, lo, hi) is None


def _our_product(low: str, s: int, e: int) -> bool:
    """The match at low[s:e] describes a seller's product (a first-person sentence that states
    no duty): what is sold, not what the law requires."""
    lo, hi = sentence_span(low, s, e)
    return bool(_OUR_PRODUCT.search(low, lo, hi)) and not _LANG_REQUIRED.search(low, lo, hi)


_HALF = r"(?:\s*-?\s*1/2|\s*\u00bd|\s+and\s+(?:one|a)\s*-?\s*half)"
_DIGIT_NUM = r"\d{1,2}(?:\.\d{1,2})?" + _HALF + r"?"
#: a size written in words, also a compound of tens and units ("twenty-four point", "twenty-two
#: by twenty-eight inches"; round 52)
_WORD_COMPOUND = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\b"
)
_WORD_SIZE = (
    r"(?:" + _WORD_COMPOUND + r"|" + _WORD_NUM_ALT + r")"
    r"(?:\s+and\s+(?:one|a)\s*-?\s*half|\s*\u00bd)?"
)
_NUMX = r"(?:" + _DIGIT_NUM + r"|" + _WORD_SIZE + r")(?:\s*\(\s*" + _DIGIT_NUM + r"\s*\))?"
_UNIT = r"(?:(?:\s*|-)(?:inch(?:es)?|in\.|\"|\u201d|\u2033|''))?"
#: The numerals after a unit written out: "eight and one-half inches (8.5") by eleven inches (11")".
_NUM_PAREN = (
    r"(?:\s*\(\s*" + _DIGIT_NUM + r"(?:\s*(?:\"|\u201d|\u2033|''|in\.|inch(?:es)?))?\s*\))?"
)
_SIZE_RX = C(
    r"(?<![\w.])(?P<a>"
    + _NUMX
    + r")"
    # a line-numbered bill's next line number between the number and its unit ("eight and
    # one-half\n11 inches by eleven inches")
    + r"(?:[ \t]*\n[ \t]*\d{1,3}(?=[ \t]+(?:inch|in\.|by\b|x\b)))?"
    + _UNIT
    + _NUM_PAREN
    # "by" may carry a line number of a line-numbered bill glued to it ("inches by5 eleven")
    # (also hyphened, as a compound: "an 11-by-17-inch notice"; round 47)
    + r"(?:\s*|-)(?:x|\u00d7|by(?:\d{1,3}(?=[ \t]*\n|[ \t]+[a-z]))?)(?:\s*|-)(?P<b>"
    + _NUMX
    + r")"
    r"(?P<unit>" + _UNIT + r")" + _NUM_PAREN + r"(?:\s+(?:in\s+size|size))?"
)
_SIZE_HW_RX = C(
    r"(?<![\w.])(?P<a>"
    + _NUMX
    + r")\s*(?:inch(?:es)?\s+)?(?:high|tall)\s+and\s+(?P<b>"
    + _NUMX
    + r")\s*(?:inch(?:es)?\s+)?wide"
)
#: the figure in brackets after a type size written in words: "sixteen-point (16-pt.) type",
#: "eighteen-point (18 pt.) font" (round 52)
_POINT_PAREN = r"(?:\s*\(\s*\d{1,3}\s*-?\s*(?:pt\.?|points?)?\s*\))?"
_FONT_RX = C(
    r"(?<![\w.])(?P<a>"
    + _NUMX
    + r")\s*-?\s*point"
    + _POINT_PAREN
    + r"\s+(?:bold(?:faced)?\s+)?(?:font|type)\b"
    # the font before its minimum: "in a font no smaller than sixteen points", "a type size of
    # not less than 14-point"
    r"|\b(?:font|type)(?:\s+size)?\s+(?:of\s+)?(?:at\s+least|(?:not|no)\s+(?:less|smaller)\s+than"
    r"|a\s+minimum\s+of)\s+(?P<b>" + _NUMX + r")\s*-?\s*points?\b"
)
_SIZE_MINIMUM_BEFORE = C(
    r"\b(?:at\s+least|minimum(?:\s+of)?|no\s+(?:smaller|less)\s+than|not\s+less\s+than)"
    r"[^.;\n]{0,20}$"
)
#: A minimum told after the size: "8.5 x 11 inches or larger".
_SIZE_MINIMUM_AFTER = C(r"\s*,?\s+or\s+(?:larger|bigger|greater)\b")
_SIZE_CTX = Rx(r"inch|size|\"|\u201d|\u2033|poster|sign|notice")
_SIZE_PAREN = C(r"\(\s*([^)]*)\)")
_SIZE_HALF_END = C(_HALF + r"$")


def _parse_size_num(s: str) -> float | None:
    s = s.strip()
    paren = _SIZE_PAREN.search(s)
    if paren:
        s = s[: paren.start()].strip() or paren.group(1)
    half = 0.0
    m = _SIZE_HALF_END.search(s)
    if m:
        half = 0.5
        s = s[: m.start()].strip()
    try:
        return float(s) + half
    except ValueError:
        n = words_to_int(s)
        return None if n is None else n + half


_MONEY_RX = C(r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?")
_MONEY_WORDS_RX = C(
    r"\b((?:(?:" + _WORD_NUM_ALT + r"|hundred|thousand)(?:[\s\-]+(?:and[\s\-]+)?)?)+)\s*dollars\b"
    # "$ one hundred": the sign before the amount written in words
    r"|\$\s?((?:(?:" + _WORD_NUM_ALT + r"|hundred|thousand)\b(?:[\s\-]+(?:and[\s\-]+)?)?)+)"
)
_PENALTY_CTX = Rx(
    r"\bfine[sd]?\b|penalt|violat|offen[cs]e|infraction|forfeit|punish|citation|sanction"
    r"|misdemeanor|noncompliance|non-compliance"
    # "the board may impose an administrative fee of not more than $250" (a board's sanction)
    r"|administrative\s+fee"
)
_MONEY_SKIP_BEFORE = C(
    # "one-time costs of about $8,300": up to two hedges between the word and the amount
    r"(?:total(?:ing|ling)?|cost(?:s|ing)?|worth|raised|budget\w*)\s+"
    r"(?:(?:of|about|approximately|roughly|around|nearly|up\s+to)\s+){0,2}$"
    # an amount an amendment took out of the measure ("Lawmakers removed a proposed $250
    # penalty"): no penalty of the law, as a place removed is no place it reaches (round 41)
    r"|\b(?:remov|delet|strik|dropp)(?:e|es|ed|ing)\s+(?:an?\s+|the\s+)?(?:proposed\s+)?$"
    # a shop's amount, no penalty ("Free shipping on orders over $50", "purchases of $25 or
    # more", "Price: $14.95"): the seller's terms (round 48)
    r"|\b(?:orders?|purchases?|subtotals?|shipping|prices?)\s*(?::\s*|(?:of|over|above|under"
    r"|below|from|totaling|totalling|exceeding)\s+){1,2}$"
)
#: A price in brackets after a product's name ("Idaho Minimum Wage Poster ($9.95) | Federal
#: All-In-One Labor Law Poster ($24.95)"): dollars and cents, on a line naming no penalty.
_BRACKETED_PRICE = C(r"\(\s*\$\s?\d[\d,]*\.\d{2}\s*\)")


def _bracketed_price(low: str, s: int, e: int) -> bool:
    """Whether the amount low[s:e] is a product's price (`_BRACKETED_PRICE`), on a line with no
    penalty word (round 56)."""
    if not low.startswith("(", s - 1) and not low.startswith("( ", s - 2):
        return False
    at = low.rfind("(", max(0, s - 2), s)
    if _BRACKETED_PRICE.match(low, at) is None:
        return False
    lo, hi = low.rfind("\n", 0, s) + 1, low.find("\n", e)
    return _PENALTY_CTX.search(low, lo, hi if hi >= 0 else len(low)) is None


def _price_amount(low: str, s: int, e: int) -> bool:
    """Whether the amount low[s:e], in dollars and cents, stands on a line that names no penalty
    and states no duty ("11\" x 17\" laminated - $16.95 | 8.5\" x 11\" cardstock - $9.95"): a
    seller's price, as a size on a price line is the seller's (round 48), not the law's amount
    (round 58)."""
    lo, hi = low.rfind("\n", 0, s) + 1, low.find("\n", e)
    hi = hi if hi >= 0 else len(low)
    return _PENALTY_CTX.search(low, lo, hi) is None and _DUTY_WORD.search(low, lo, hi) is None


#: An amount the measure had before a change ("after the fine was reduced from $2,500", "$1,000,
#: down from $2,500 in the bill as introduced", "raised the penalty from $250 to $500"): the
#: amount changed from, not the law's (round 53) ...
_CHANGED_FROM = C(
    r"\b(?:(?:reduc|lower|cut|decreas|drop|rais|increas|chang|amend|trimm|halv|doubl|scal)"
    r"(?:ed|ing)\b(?:\s+[\w'-]+){0,8}?|\bdown|\bup)\s+from\s+$"
)
#: ... or the amount of an earlier draft ("An earlier version would have set the fine at $2,500",
#: "the bill as introduced had proposed a $5,000 penalty", "originally proposed fines of $500").
_EARLIER_DRAFT = C(
    r"\b(?:(?:earlier|original|previous|prior|initial)\s+(?:version|draft|bill|proposal)"
    r"|first\s+(?:version|draft)"
    r"|(?:as|when)\s+(?:it\s+was\s+)?(?:first\s+)?introduced"
    r"|(?:originally|initially)\s+(?:proposed|sought|set|called\s+for|included|would\s+have))\b"
)
_UNLIKE = C(r"\b(?:unlike|than|instead\s+of|replac\w+)\b")
#: What follows an amount of the law's own scale ("increased from $250 for a first violation
#: to $500 for a second"): the law's schedule, not a change of the measure.
_SCALE_AFTER = C(r"\s*(?:for|on|upon)\s+(?:an?\s+|the\s+|each\s+)?(?:first|second|initial)")


#: What the measure costs (round 62): "The bill's fiscal impact statement estimated the cost of
#: printing and mounting the signs at about $18,000": an amount in a sentence that speaks of the
#: cost and names no penalty of its own is the measure's cost, not a fine (the penalty words a
#: sentence away, "Others raise the fine for ...", are another law's).
_COST_WORD = C(r"\b(?:costs?|fiscal|estimated|appropriat\w+|budget\w*|spend\w*|spent)\b")


def _cost_amount(low: str, s: int, e: int) -> bool:
    """Whether the amount low[s:e] stands in a sentence that speaks of a cost (`_COST_WORD`) and
    names no penalty (`_PENALTY_CTX`)."""
    lo, hi = sentence_span(low, s, e)
    return _COST_WORD.search(low, lo, hi) is not None and _PENALTY_CTX.search(low, lo, hi) is None


def _former_amount(low: str, s: int, e: int) -> bool:
    """Whether the amount at low[s:e] is one the measure no longer has: the amount a change was
    made from (`_CHANGED_FROM`), or an earlier draft's in its own clause, before the amount
    (`_EARLIER_DRAFT`); an earlier draft's clause stops at a semicolon ("An earlier version set
    $2,500; the final bill sets $1,000")."""
    if _CHANGED_FROM.search(low, max(0, s - 60), s) and not _SCALE_AFTER.match(low, e):
        return True
    if not _EARLIER_DRAFT.search(low, max(0, s - 400), s):
        return False  # (speed: the draft looked for near the amount first)
    lo, _ = semicolon_clause(low, *sentence_span(low, s, e), s, e)
    draft = _EARLIER_DRAFT.search(low, lo, s)
    # not the measure set against the draft ("Unlike an earlier version, the bill sets $1,000")
    return draft is not None and not _UNLIKE.search(low, lo, draft.start())


_WARNING_RX = Rx(
    r"(?:subject\s+to|receive[sd]?|issue[sd]?|given|give)\s+an?\s+(?:initial\s+)?(?:written\s+)?"
    r"warning|written\s+warning\s+(?:for|on|upon)\s+(?:the\s+)?first|warning\s+(?:for|on|upon)"
    r"\s+(?:the\s+)?first|initial\s+warning"
)
_OTHER_PENALTY_RX = Rx(r"\b(?:misdemeanor|infraction|noncriminal\s+violation)\b")

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DATE = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r",?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})"
)
_EFFECTIVE_RX = [
    Rx(r"\beffective(?:\s+date)?\s*[:\-]?\s*(?:on\s+|as\s+of\s+|from\s+)?(?P<d>" + _DATE + r")"),
    Rx(r"\beff\.\s*(?P<d>" + _DATE + r")"),
    Rx(
        r"\b(?:tak(?:e|es|ing)|took)\s+effect\s+(?:on\s+)?(?P<d>"
        + _DATE
        + r")|\b(?:becomes?|became)"
        r"\s+effective\s+(?:on\s+)?(?P<d2>" + _DATE + r")|\bin effect\s+(?:on|as\s+of)\s+"
        r"(?P<d3>" + _DATE + r")"
    ),
    Rx(
        r"\b(?:beginning|starting|as of|on or after)\s+(?P<d>" + _DATE + r"),?[^.;]{0,120}"
        r"\b(?:must|shall|required|requires)\b"
    ),
]


_ISO_DATE = C(r"(\d{4})-(\d{2})-(\d{2})$")
_US_DATE = C(r"(\d{1,2})/(\d{1,2})/(\d{2,4})$")
_NAMED_DATE = C(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")


def _parse_date(s: str) -> str | None:
    s = s.strip().lower()
    m = _ISO_DATE.match(s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _US_DATE.match(s)
        if m:
            mo, d, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if y < 100:
                y += 2000 if y < 50 else 1900
        else:
            m = _NAMED_DATE.match(s)
            if not m:
                return None
            mo = _MONTHS.get(m.group(1)[:3], 0)
            d, y = int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1800 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


_PLACED_IN_RX = Rx(  # literal-first (see `Rx`): was tried at every position of the text
    r"\b(?:posters?|signs?|notices?|placards?|signage)\b[^.\n]{0,40}?\b(?:placed|posted|displayed"
    r"|hung|put\s+up|go(?:es)?\s+up|installed)\b[^.\n]{0,20}?\b(?:in|at|on|inside)\b"
)


#: The heading line of the title, chapter or part a section sits in ("Chapter 509 LODGING AND
#: FOOD SERVICE ESTABLISHMENTS"): it names the whole chapter's subject, not who must post.
_ENCLOSING_HEADING = Line(
    r"^[ \t]*(?:title|subtitle|chapter|subchapter|part|article|division)\s+[0-9ivxlc]+[a-z0-9.\-]*"
    r"\b[^\n]*",
    re.M,
)


#: A bill's title naming its subject ("H.612 - An act relating to human trafficking information
#: at transportation facilities"): what the act is about, not who must post (a title that states
#: the duty, "... relating to human trafficking; requiring posting of signs at state parks", is
#: read).
#: The quoted name of a chapter or act a section amends ('Chapter 5-10 of the General Laws
#: entitled "Hairdressers, Cosmeticians, Manicurists, and Estheticians" is hereby amended'): the
#: licence law's title, like the heading line of the chapter a section sits in (round 39).
_ENTITLED_NAME = C(r"\bentitled\s+[\"\u201c][^\"\u201d\n]{2,200}[\"\u201d]")
_ACT_TITLE = C(
    r"^[^\n]{0,40}?\ban\s+act\s+relat(?:ing|ive)\s+to\b(?![^\n]*?(?:;|\brequir|\bpost|\bdisplay))"
    r"[^\n]*",
    re.M,
)

#: The subject of the law a caption amends ("an Act to amend Article 1 of Chapter 7 of Title 31
#: ..., relating to regulation of hospitals and related institutions, so as to require assisted
#: living communities ... to post"): the amended article's subject, not who must post; the
#: caption's "so as to" part is read (round 58).
_AMENDED_SUBJECT = C(
    r"\bamend\w*\s[^;.]{0,200}?,\s+(relating\s+to\s+[^,;.]{1,200}?)(?=,\s+so\s+as\s+to\b)"
)
_SO_AS_TO = Literals("so as to")


#: A sentence about the law as it stands, in a text about a measure that changes it ("Present
#: law requires ...", "Under current law, ...", "Currently, the act requires ...", "Existing law
#: already requires ...", "Several states require ..."), and the places a new class "will join"
#: ("... will join hotels, bars and truck stops in having to post"): who posts already, not
#: whom the measure reaches.
_LAW_AS_IT_STANDS = Rx(
    r"\b(?:present|current|existing|prior)\s+(?:law|statute)\b|\bunder\s+(?:current|existing"
    r"|present|prior)\s+(?:law|statute)\b|\bcurrently,?\s+(?:the\s+)?(?:act|law|statute|state\s+law)\b"
    r"|\b(?:several|many|other|some)\s+(?:other\s+)?states\b"
)
#: What may open such a sentence before it: a heading word ("Background: Under current law").
_SENTENCE_OPENING = C(r"\W{0,2}(?:(?:background|summary|detailed\s+summary)\s*:\s*)?$")
#: The citation in parentheses after such a cue ("Present law (R.S. 15:541.1)").
_CITATION_AFTER = C(r"\s*\([^()\n]{1,40}\)")
_WILL_JOIN = Rx(r"\bwill\s+join\s+([^.;]{3,160}?)\s+in\s+(?:having|being)\b")
#: A measure that changes the law: a bill, an act, a proposed or new law, a measure summary.
_MEASURE = Rx(
    r"\bproposed\s+law\b|\b(?:the|this)\s+(?:bill|measure)\b|\bunder\s+the\s+act\b"
    r"|\bthe\s+act\s+would\b|\bsummary\s+of\s+(?:the\s+)?bill\b|\bwhat\s+the\s+measure\s+does\b"
    r"|\bnew\s+law\b|\bwould\s+(?:add|expand|require)\b"
    # an enacted act's analysis: "the act makes posting mandatory", "the act requires ..."
    # (speed: led by "act", not by "the")
    r"|\bact\s+(?:makes|requires|adds|expands|extends)\b|\b(?:hb|sb|ab|lb|pa)\s?\d+\b"
)


#: The section of a bill report, fact sheet or staff analysis that tells the law as it stands
#: ("Background:", "Current Law", "Present Situation"), up to the heading of the section that
#: tells what the measure does ("Summary of Bill:", "Provisions", "Effect of Proposed Changes"):
#: the places, agency and penalties there are the law the measure changes, not the measure's.
_STANDING_SECTION = Line(
    r"^[ \t]*(?:background(?:\s+and\s+(?:current|existing|present)\s+law)?|(?:current|existing"
    r"|present|prior)\s+law|(?:current|present)\s+situation)[ \t]*:?[ \t]*$",
    re.M,
)
_MEASURE_SECTION = Line(
    r"^[ \t]*(?:purpose|provisions|(?:bill\s+)?summary(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:bill|act|measure|legislation|amendments?))?|effect\s+of\s+(?:the\s+)?(?:proposed\s+)?"
    r"changes?|proposed\s+(?:law|changes?)|(?:bill\s+)?analysis|section[- ]by[- ]section(?:\s+"
    r"analysis)?|what\s+the\s+bill\s+does|(?:the\s+)?bill\s+provisions)[ \t]*:?[ \t]*$",
    re.M,
)
#: its heading words at a line's start (a literal test before the section is looked for)
_SECTION_HEADS = Literals(
    *(
        "\n" + h
        for h in ("background", "current law", "existing law", "present law", "prior law")
        + ("current situation", "present situation")
    )
)


def _standing_sections(low: str) -> list[tuple[int, int]]:
    """Sections telling the law as it stands, each ended by a section on the measure (a text
    with no such section after it is read whole)."""
    out = []
    for m in _STANDING_SECTION.finditer(low):
        end = _MEASURE_SECTION.search(low, m.end())
        if end is not None:
            out.append((m.start(), end.start()))
    return out


def _law_as_it_stands(low: str) -> list[tuple[int, int]]:
    """Sentences about the law as it stands, in a text that also speaks of a measure changing it."""
    out = [m.span(1) for m in _WILL_JOIN.finditer(low)]
    standing = _LAW_AS_IT_STANDS.finditer(low)
    if not standing or _MEASURE.search(low) is None:
        return out
    for m in standing:
        lo, hi = sentence_span(low, m.start(), m.end())
        if _SENTENCE_OPENING.match(low, lo, m.start()):  # the sentence opens with it
            cite = _CITATION_AFTER.match(low, m.end())
            if cite is not None:
                # "Present law (R.S. 15:541.1) requires ...": the citation's full stops end no
                # sentence (round 49)
                hi = max(hi, sentence_span(low, cite.end(), cite.end())[1])
            if low.startswith(":", m.end()):
                # an inline heading ("Current Law: G.S. 14-43.20A requires ..."): its paragraph,
                # whose citation's full stops end no sentence (round 42)
                hi = max(hi, line_span(low, m.start(), m.end())[1])
            out.append((lo, hi))
    return out


#: An earlier duty told before the places it reaches: "Missouri already requires similar signs
#: in hotels, truck stops, airports and bus stations" (its sentence, from the cue on).
#: "expands a 2015 law that already covers places like truck stops": the law as it stood
_EARLIER_DUTY = Rx(r"\balready\s+(?:requires|required|mandates|covers|covered|applies\s+to)\b")
#: Places that have carried notices "under an earlier law" (or a prior, previous, older one):
#: the whole sentence is the law as it stood, wherever in it the cue stands ("Airports and bus
#: stations have carried similar notices under an earlier law since 2019"), or one named by its
#: year ("Truck stops ... aren't covered because they already post similar signs under a 2019
#: law").
#: Places "already asked / required / expected to display" similar notices: the law as it
#: stands, from its sentence's start to the cue ("Under existing law, hotels, massage
#: establishments and certain other businesses are already asked to display similar information").
_ALREADY_ASKED = Rx(
    r"\balready\s+(?:being\s+)?(?:asked|required|expected|obliged|obligated|directed)\s+to\s+"
    r"(?:post|display)\b"
    # "Hotels, truck stops ... already have to display the sign" (round 42)
    r"|\balready\s+(?:have|has)\s+to\s+(?:post|display)\b|\balready\s+must\s+(?:post|display)\b"
    # "Since a 2013 state law, hotels ... have already had to display such notices" (round 45)
    r"|\b(?:have|has)\s+already\s+had\s+to\s+(?:post|display)\b"
)
_EARLIER_LAW = Rx(
    r"\bunder\s+(?:an?\s+|the\s+)?(?:earlier|prior|previous|older|(?:19|20)\d\d)\s+(?:state\s+)?law\b"
    # "... under a law passed in 2019" (round 42)
    r"|\bunder\s+an?\s+(?:state\s+)?law\s+(?:passed|enacted|adopted|approved|signed)\s+in\s+"
    r"(?:19|20)\d\d\b"
)
#: "Massachusetts has required similar notices in hospitals and at highway service areas for
#: several years": a duty of the law as it stands, told beside the new one, its whole sentence
#: (round 40; speed: looked for only where "required s" or "required c" occurs)
_REQUIRED_SIMILAR = C(
    r"\b(?:has|have)\s+(?:long\s+|already\s+)?required\s+(?:similar|such|comparable)\s+"
    r"(?:notices|signs|posters|postings)\b"
)
#: An agency's duty to post in each of its own offices ("The Department of Motor Vehicles shall
#: post in each of its customer service centers, and the Employment Commission shall post in
#: each of its local offices"): its public offices, government buildings (round 40; speed:
#: looked for only where "shall post in" or "shall display in" occurs); also the offices named
#: by the body ("The Department shall post, in each office of the Department that issues
#: driver's licenses", round 63)
_AGENCY_OFFICES = C(
    r"\b(?:department|commission|division|bureau|administration)\b[^.;:\n]{0,60}?\bshall\s+"
    r"(?:post|display),?\s+(?:in\s+a\s+conspicuous\s+(?:place|location)\s+)?"
    r"in\s+(?:each|every|all)\s+(?:(?:of\s+)?its\s+(?:[\w-]+\s+){0,3}?"
    r"(?:offices|cent(?:er|re)s|branch(?:es|\s+offices))\b|(?:[\w-]+\s+){0,2}?(?:offices?"
    r"|cent(?:er|re)s?|branch(?:es)?)\s+of\s+the\s+(?:department|commission|division|bureau"
    r"|administration|agency)\b)"
)

#: The offices of a public body named by their operator ("in each field office and in each
#: commercial driver license testing center operated by the department", "each Driver Services
#: facility operated by the Secretary of State", "each driver services center operated by the
#: department of safety shall post"): the body's own public offices, government buildings,
#: when the text names no other class (round 66; speed: looked for only where "operated by"
#: occurs)
_OPERATED_BY = Literals("operated by ")
_AGENCY_OPERATED = C(
    r"\b(?:offices?|cent(?:er|re)s?|facilit(?:y|ies)|branch(?:es)?|locations?)\s+"
    r"(?:(?:that\s+(?:is|are)|which\s+(?:is|are))\s+)?operated\s+by\s+(?:the\s+)?"
    r"(?:(?:state\s+)?(?:department|commission|division|bureau|administration)|secretary\s+of\s+"
    r"state)\b"
)

#: A sentence about the crime itself, where victims are found or traffickers take them ("Victims
#: have been found in nail salons, restaurants and on farms", "Traffickers often move victims
#: through bus stations and hotels"), or the definition of a trafficking word ("'human
#: trafficking' includes labor trafficking at farms, restaurants and nail salons"): places named
#: as examples of trafficking, not who must post, when the sentence speaks of no notice (round 47)
_CRIME_SENTENCE = Rx(
    r"\b(?:victims?|traffickers?)\s+(?:(?:have|has|are|is|were|was|often|may|can|also|been"
    r"|frequently|commonly|typically|be)\s+){0,3}(?:found|recruit(?:s|ed|ing)?|lure[sd]?|exploited|moved|forced|held"
    r"|lured|transported|moves?|uses?|used|operates?|hides?|hidden|work(?:ed|s)?|seen)\b"
)
_CRIME_CLOSE = tuple("trafficking" + q for q in "\"'\u201d\u2019")
_CRIME_OPEN = tuple("\"'\u201c\u2018")
_CRIME_DEFINED = C(r",?\s+(?:includes|means|has\s+the\s+meaning)\b")
_CRIME_TERM = C(r"(?:human\s+|labou?r\s+|sex\s+)?$")
_NOTICE_WORD = C(r"\b(?:post\w*|display\w*|notices?|signs?|posters?|placards?|hotline)\b")


def _crime_sentences(low: str) -> list[tuple[int, int]]:
    """Sentences about the crime itself that speak of no notice (`_CRIME_SENTENCE`, and the
    definition of a quoted trafficking word)."""
    starts = (
        [m.span() for m in _CRIME_SENTENCE.finditer(low)]
        if "victim" in low or "trafficker" in low
        else []
    )
    for close in _CRIME_CLOSE:  # a quoted trafficking word: 'human trafficking' includes
        at = low.find(close)
        while at >= 0:
            end = at + len(close)
            if _CRIME_DEFINED.match(low, end):
                t = _CRIME_TERM.search(low, max(0, at - 12), at)
                if t is not None and low[t.start() - 1 : t.start()] in _CRIME_OPEN:
                    starts.append((at, end))
            at = low.find(close, end)
    out = []
    for s, e in starts:
        lo, hi = sentence_span(low, s, e)
        if not _NOTICE_WORD.search(low, lo, hi):
            out.append((lo, hi))
    return out


# the literals gating `_excluded_spans`'s readings (looked up in the document's keys)
_ACT_RELAT = Literals("act relat")
_ENTITLED = Literals("entitled")
_CRIME_WORDS = Literals("victim", "traffick")
_REQUIRED_SC = Literals("required s", "required c")
_ALREADY = Literals("already")


#: A site's breadcrumb trail, a line of two or more " > " steps ("Justia > US Law > ... > Chapter
#: 26 - Cosmetologists > Subchapter 1", "Boards > Board for Barbers and Cosmetology > Tattooing and
#: Body-Piercing > Human Trafficking Notice"), and a code's index line ("KEY: barbers,
#: cosmetologists, nail technicians"): the path of titles and the index terms a page sits under,
#: not who must post, as the heading line of a chapter is its subject (round 58).
_TRAIL_STEPS = (" > ", " \u203a ", " \u00bb ")
_INDEX_LINE = Line(r"^[ \t]*(?:key|keywords?|tags)[ \t]*:[^\n]*", re.M)
_INDEX_KEYS = Literals("key:", "keywords:", "tags:")


def _trail_lines(low: str) -> list[tuple[int, int]]:
    """The spans of breadcrumb and index lines (`_TRAIL_STEPS`, `_INDEX_LINE`)."""
    out = []
    for step in _TRAIL_STEPS:
        at = low.find(step)
        while at >= 0:
            lo = low.rfind("\n", 0, at) + 1
            hi = low.find("\n", at)
            hi = len(low) if hi < 0 else hi
            if low.count(step, lo, hi) >= 2:
                out.append((lo, hi))
            at = low.find(step, hi)
    if _INDEX_KEYS.any_in(low):
        out += [m.span() for m in _INDEX_LINE.finditer(low)]
    return out


def _excluded_spans(low: str) -> list[tuple[int, int]]:
    """Spans of text under a list-wide exclusion (from the exclusion to the end of its clause),
    the heading lines of the chapter or title a section sits in, and sentences about the law as
    it stands."""
    out = [m.span() for m in _ENCLOSING_HEADING.finditer(low)] + _law_as_it_stands(low)
    out += _trail_lines(low)
    if _SECTION_HEADS.any_in(low):
        out += _standing_sections(low)
    if _ACT_RELAT.any_in(low):
        out += [m.span() for m in _ACT_TITLE.finditer(low)]
    if _SO_AS_TO.any_in(low):
        out += [m.span(1) for m in _AMENDED_SUBJECT.finditer(low)]
    if _ENTITLED.any_in(low):
        out += [m.span() for m in _ENTITLED_NAME.finditer(low)]
    if _CRIME_WORDS.any_in(low):
        out += _crime_sentences(low)
    for m in _EARLIER_DUTY.finditer(low):
        out.append((m.start(), sentence_span(low, m.start(), m.end())[1]))
    for m in _EARLIER_LAW.finditer(low):
        out.append(sentence_span(low, m.start(), m.end()))
    if _REQUIRED_SC.any_in(low):
        for m in _REQUIRED_SIMILAR.finditer(low):
            out.append(sentence_span(low, m.start(), m.end()))
    for m in _ALREADY_ASKED.finditer(low) if _ALREADY.any_in(low) else ():
        out.append((sentence_span(low, m.start(), m.end())[0], m.end()))
    for m in _EST_EXCLUDED_LIST.finditer(low):
        end = len(low)
        for stop in (". ", ";", ".\n", ":"):
            i = low.find(stop, m.end())
            if 0 <= i < end:
                end = i
        out.append((m.start(), end))
    return out


def _negated_before(before: str) -> bool:
    """The words before a place negate or exclude it, or only seek a duty for it."""
    return _EST_NEG_BEFORE.search(before) is not None or (
        "to" in before and _EST_SOUGHT_BEFORE.search(before) is not None
    )


#: A coded place defined by the words after it ('"Truck stop" means a gas station that offers
#: diesel fuel', "truck stops, defined as businesses with a gas station and overnight parking"):
#: the definition says what the place is; a class named in it is no class of its own (round
#: 44). An umbrella class's definition lists its members, which are classes (`_UMBRELLA_CODES`).
_TERM_CLOSE = ",\"'\u201d\u2019"
_TERM_OPEN = "\"'(\u201c\u2018"
_DEFINES = (" means ", " defined as ")
_UMBRELLA_CODES = frozenset(
    {"medical_facility", "transportation_hub", "cosmetology", "employer_general", "public_restroom"}
)


#: The heads that name a place of any kind after a class's word in a defined term ("massage
#: establishment", "tattoo studio"): closed class (round 67).
_PLACE_HEADS = frozenset(
    {
        "establishment",
        "establishments",
        "business",
        "businesses",
        "facility",
        "facilities",
        "premises",
        "parlor",
        "parlors",
        "studio",
        "studios",
        "shop",
        "shops",
    }
)


#: (one alternation of the cues of the specific places)
_DEFINABLE = re.compile(
    "|".join(f"(?:{v})" for k, v in ESTABLISHMENT_CUES.items() if k not in _UMBRELLA_CODES)
)


def _place_definitions(low: str) -> list[tuple[int, int]]:
    """Spans of the definitions of a specific coded place (`_DEFINABLE`), from the
    defining word to the end of the sentence."""
    out = []
    for word in _DEFINES:
        at = low.find(word)
        while at >= 0:
            # the last words before the defining word, past its closing quote or comma
            # (anchored tries of its last one to four words: faster than a search of the window)
            words = [w.strip(_TERM_OPEN) for w in low[max(0, at - 50) : at].split()[-4:]]
            words[-1:] = [words[-1].rstrip(_TERM_CLOSE)] if words else []
            # a class's word before a head that names a place of any kind ('"Massage
            # establishment" means ... including a spa, clinic or storefront studio'): the term
            # is that class, and its definition's words are its forms (round 67)
            if len(words) > 1 and words[-1] in _PLACE_HEADS:
                words = words[:-1]
            if any(_DEFINABLE.fullmatch(" ".join(words[-k:])) for k in range(1, len(words) + 1)):
                end = len(low)
                for stop in (". ", ";", ".\n", "\n\n"):
                    i = low.find(stop, at)
                    if 0 <= i < end:
                        end = i
                out.append((at, end))
            at = low.find(word, at + len(word))
    return out


#: An umbrella class defined by its members ('"Transportation facility" means: (i) A commercial
#: service airport; (ii) An intercity bus terminal; and (iii) A passenger rail station.', '"Health
#: care facility" includes a hospital and an urgent care center'): the term is shorthand for the
#: classes its definition lists, which are coded; the umbrella is coded only when the definition
#: names none (round 52).
_UMBRELLA_RX = {k: rx for k, rx in _ESTABLISHMENT_RX if k in _UMBRELLA_CODES}
_UMBRELLA_DEFINES = (" means", " includes ", " shall mean", " shall include ")
_QUOTED_TERM_BEFORE = C(r"[\"'\u201c\u2018]([a-z][a-z \t-]{2,60}?),?[\"'\u201d\u2019]$")
_DEFINITION_ITEM = C(
    r"[ \t]*(?:\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)|(?:[ivx]{1,5}|[a-z]|\d{1,2})[.)])[ \t]"
)


#: the next quoted term's definition in a definition's sentence (", and (2) "intercity bus
#: terminal" means")
_NEXT_DEFINITION = C(
    r",?\s*(?:(?:and|or)\s+)?(?:\(\w{1,4}\)\s*)?[\"\u201c][a-z][a-z \t-]{2,60},?[\"\u201d]\s+"
    r"(?:means|includes|shall\s+(?:mean|include)|has\s+the\s+(?:same\s+)?meaning)\b"
)


def _definition_end(low: str, start: int) -> int:
    """The end of a definition's words from `start` (after its defining word): its sentence, or,
    after a colon, the items listed on the lines below it, to the one that ends in a full stop."""
    rest = low[start : start + 4]
    if rest.lstrip(" \t").startswith(":"):
        eol = low.find("\n", start)
        end = len(low) if eol < 0 else eol
        while eol >= 0 and _DEFINITION_ITEM.match(low, eol + 1):
            nxt = low.find("\n", eol + 1)
            end = len(low) if nxt < 0 else nxt
            if low[eol + 1 : end].rstrip().endswith("."):
                break
            eol = nxt
        return end
    end = len(low)
    for stop in (". ", ";", ".\n", "\n"):
        i = low.find(stop, start)
        if 0 <= i < end:
            end = i
    # a definition ends where the next term's definition begins in its sentence ('(1) "Ferry
    # terminal" means a facility ... ferry ..., and (2) "intercity bus terminal" means ...': the
    # bus terminal is no member of the ferry terminal; round 64)
    if (nxt := _NEXT_DEFINITION.search(low, start, end)) is not None:
        end = nxt.start()
    return end


#: umbrellas a duty narrows to a specific class by its work (`_EST_SKIP_AFTER`)
_NARROWED_UMBRELLAS = tuple(c for c in _EST_SKIP_AFTER if c in _UMBRELLA_CODES)


#: A numbered definition whose term is its own sentence ("02. Establishment. A place ...",
#: Idaho's and Montana's rules): the term, one to four words.
_NUMBERED_DEFINITION = re.compile(
    r"^[ \t]*\d{1,3}\.[ \t]+([a-z][a-z-]*(?:[ \t][a-z-]+){0,3})\.[ \t]+(?=[a-z])", re.M
)


def _narrowed_definitions(
    low: str,
) -> tuple[dict[str, list[tuple[int, int]]], dict[str, tuple[str, ...]]]:
    """Spans of the definitions of a term as the general class ("'Salon' means a cosmetology
    salon licensed under this chapter") that the text uses elsewhere narrowed to the specific
    class by its work ("Each salon that offers manicuring or pedicuring services shall post"),
    by umbrella code: the definition gives the pool the duty picks from, no class; and the term
    with its determiners, whose other mentions ("a salon that fails to post") name the narrowed
    holder (round 53)."""
    out: dict[str, list[tuple[int, int]]] = {}
    terms: dict[str, tuple[str, ...]] = {}
    found: list[tuple[str, int, int, int]] = []  # term, its start, the definition's span
    at = low.find(" means ")
    while at >= 0:
        q = _QUOTED_TERM_BEFORE.search(low, max(0, at - 70), at)
        if q is not None:
            end = len(low)
            for stop in (". ", ";", ".\n", "\n\n"):
                i = low.find(stop, at)
                if 0 <= i < end:
                    end = i
            found.append((" ".join(q.group(1).split()), q.start(1), q.start(), end))
        at = low.find(" means ", at + 7)
    if "definitions" in low:
        # a numbered definition under a DEFINITIONS heading, the term as its own sentence
        # ("02. Establishment. A place licensed under ... where barbering, cosmetology, or any of
        # their specialties are practiced."; round 63), to its line's end
        for d in _NUMBERED_DEFINITION.finditer(low):
            end = low.find("\n", d.end())
            found.append((d.group(1), d.start(1), d.start(), len(low) if end < 0 else end))
    for term, term_at, lo, end in found:
        for code in _NARROWED_UMBRELLAS:
            narrow = _EST_SKIP_AFTER[code]
            i = low.find(term)
            while i >= 0:
                if i != term_at and narrow.match(low, i + len(term)):
                    out.setdefault(code, []).append((lo, end))
                    terms[code] = (
                        *terms.get(code, ()),
                        *(f"{d} {term}" for d in ("a", "an", "each", "every", "any")),
                    )
                    break
                i = low.find(term, i + len(term))
    return out, terms


def _defined_umbrellas(low: str) -> dict[str, tuple[str, ...]]:
    """The umbrella terms the text defines by classes of the vocabulary (their members), by
    code: the words each mention of the term starts with (its last word cut to its stem)."""
    out: dict[str, tuple[str, ...]] = {}
    for word in _UMBRELLA_DEFINES:
        at = low.find(word)
        while at >= 0:
            after = at + len(word)
            q = _QUOTED_TERM_BEFORE.search(low, max(0, at - 70), at)
            if q is not None and (word[-1] == " " or low[after : after + 1] in (" ", ":", "\n")):
                term = Lowered(" ".join(q.group(1).split()))
                for code, rx in _UMBRELLA_RX.items():
                    if (tm := rx.search(term)) is None:
                        continue
                    stem = tm.group(0)
                    if tm.end() == len(term):
                        stem = re.sub(r"(?:ies|y|(?<!s)s)$", "", stem)
                    # (a member read as a place is, by the vocabulary's own exceptions: "a
                    # facility or school under Chapter 1602" of a cosmetology facility is no
                    # school)
                    span = [(after, _definition_end(low, after))]
                    if any(
                        _first_mention(low, c, mrx, span, [], stem if c == code else None)
                        is not None
                        for c, mrx in _ESTABLISHMENT_RX
                    ):
                        out[code] = (*out.get(code, ()), stem)
            at = low.find(word, after)
    return out


#: An umbrella class told as a subset ("to require certain health care facilities to post",
#: "specified medical facilities"): the classes the text names, not the umbrella (round 48).
#: (also the second of two classes the subset word qualifies: "certain businesses and
#: transportation facilities"; round 58)
_SUBSET_BEFORE = C(
    r"\b(?:certain|specified|designated|particular)\s+(?:[a-z][\w-]*\s+(?:and|or)\s+)?$"
)
_SUBSET_KEYS = Literals("certain ", "specified ", "designated ", "particular ")
#: A place told as a spot of the duty-holder's site ("at worker entrances, in break rooms and in
#: any crew quarters on site", "in the employee housing on the premises"): where, not who
#: (round 48).
_ON_SITE_AFTER = C(r"\s+(?:on[- ]site|on\s+(?:the|its|their)\s+(?:premises|property|grounds))\b")
#: A place told as a spot where the duty-holder posts (round 52), after a place word: (a) told by
#: the holder's provision of it ("in any worker housing the contractor provides", "in each migrant
#: labor camp it operates", "in any crew housing provided by the contractor"), or (b) in the
#: posting verb's place phrase in a sentence whose holder, before the verb, is another class
#: ("Requires farm labor contractors to post notices at work sites and in worker housing"): where,
#: not who; (a) told by a pronoun ("it operates") only with (b)'s holder. Not in a sentence whose
#: subject is an office, nor provided by one (a department or transit agency posting in the rest
#: areas or transfer facilities it maintains names them), and not the emergency room or the public
#: restroom, read by their own conventions; a spot is the class when the text names no other.
_SPOT_PLACE_BEFORE = C(
    r"\b(?:in|at|inside|within|throughout)\s+(?:the\s+|each\s+|every\s+|an?\s+|any\s+|all\s+"
    r"|its\s+|their\s+|such\s+)?(?:[\w-]+\s+){0,2}?$"
)
_SPOT_PROVIDED_AFTER = C(
    r"\s+(?:(?:that|which)\s+)?(?:it|they|(?:the|such|each|that)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:(?:owns?|operates?|provides?|maintains?|arranges?|furnish(?:es)?|controls?|supplies|uses?)"
    r"(?:\s+(?:or|and)\s+\w+)?\b)"
    r"|\s+(?:owned|operated|provided|maintained|arranged|furnished|controlled|supplied)"
    r"(?:\s+(?:or|and)\s+\w+)?\s+by\s+(?:the|such|its|their|that|each)\s+"
)
_SPOT_AGENT = C(
    r"\s+(?:(?:that|which)\s+)?(?:(?:the|such|each|that)\s+|(?:\w+\s+){0,3}?by\s+(?:the|such|its|their|that|each)\s+)"
    r"(?:state\s+)?(?:department|commission|board|division|agency|office|authority|commissioner"
    r"|secretary|director|state|county|city)\b"
)
_AGENCY_SUBJECT = C(
    r"\W*(?:\(?\w{1,4}[.)]\s*)*(?:the\s+)?(?:state\s+)?(?:department|commission|board|division"
    r"|agency|office|authority|commissioner|secretary|director)\b"
)
_POSTING_VERB = C(
    r"\b(?:post(?:s|ed|ing)?|display(?:s|ed|ing)?|affix(?:es|ed|ing)?|exhibit(?:s|ed|ing)?)\b"
)
_SPOT_KEEP = frozenset({"emergency_room", "public_restroom"})


def _holder_spot(low: str, code: str, s: int, e: int) -> bool:
    """The place mention low[s:e], after a place word, is a spot where the duty-holder posts
    (`_SPOT_PLACE_BEFORE`)."""
    lo, _ = sentence_span(low, s, e)
    if _AGENCY_SUBJECT.match(low, lo):
        return False
    provided = _SPOT_PROVIDED_AFTER.match(low, e)
    if provided is not None and _SPOT_AGENT.match(low, e):
        return False
    verbs = list(_POSTING_VERB.finditer(low, lo, s))
    if verbs:
        v = verbs[-1].start()
        if any(c != code and rx.search(low, lo, v) is not None for c, rx in _ESTABLISHMENT_RX):
            return True
    # the holder named as the provider ("the contractor provides"), not by a pronoun, whose
    # holder is the sentence's ("each public transit agency to post ... at every bus transfer
    # facility it operates": the agency's own places, classes)
    return provided is not None and provided.group(0).split()[0] not in ("it", "they")


#: The kinds of the holder the sentence before names, in a sentence that extends it to them by
#: an open list ("Kansas law requires every retail motor fuel site in the state to display the
#: notice. This includes convenience stores, travel centers and any other business that sells
#: gasoline"): forms of that holder, no class of their own (round 64; as round 60's "This applies
#: to ... spas and clinics" of a massage holder).
_OPEN_FORMS_KEYS = Literals(" any other ", " all other ")
_FORMS_OPENING = C(
    r"\W*(?:this|that|these|it|the\s+(?:law|rule|requirement|duty))\s+(?:also\s+)?"
    r"(?:includes?|covers?|applies\s+to)\s"
)
_OPEN_LIST_END = C(r"[^.;:\n]{0,80}?\b(?:and|or)\s+(?:any|all)\s+other\b")


def _forms_of_holder(low: str, s: int, e: int) -> bool:
    """Whether the mention `low[s:e]` is an item of an open list of the forms of a holder the
    sentence before names (`_OPEN_FORMS_KEYS`)."""
    lo, _ = sentence_span(low, s, e)
    if _FORMS_OPENING.match(low, lo) is None or _OPEN_LIST_END.match(low, e) is None:
        return False
    if low.find(":", lo, s) >= 0 or lo < 2:
        return False
    prev_lo, _ = sentence_span(low, lo - 2, lo - 2)
    return _DEFINABLE.search(low, prev_lo, lo) is not None


_MASSAGE_WORD = C(r"\bmassage\b")


def _massage_forms(low: str, s: int, e: int) -> bool:
    """Whether the mention `low[s:e]` sits in a sentence that extends a massage holder to its
    forms ("This applies to massage therapists who practice as sole proprietors ... as well as to
    spas and clinics that employ more than one therapist"), the holder named in that sentence
    before it or in the sentence before, read by sentences however long (round 67)."""
    lo, _ = sentence_span(low, s, e)
    if _FORMS_OPENING.match(low, lo) is None:
        return False
    if _MASSAGE_WORD.search(low, lo, s) is not None:
        return True
    if lo < 2:
        return False
    prev_lo, _ = sentence_span(low, lo - 2, lo - 2)
    return _MASSAGE_WORD.search(low, prev_lo, lo) is not None


def _first_mention(
    low: str,
    code: str,
    rx: Rx,
    spans: list[tuple[int, int]],
    excluded: list[tuple[int, int]],
    not_term: str | tuple[str, ...] | None = None,
    subset: bool = False,
    spots: list[int] | None = None,
) -> re.Match[str] | None:
    """The first mention of establishment `code` in `spans` that is not negated or excluded
    (nor the term `not_term`, which the text has shown names another class; nor, unless
    `subset`, an umbrella told as a subset, `_SUBSET_BEFORE`; nor, when `spots` is given, a spot
    where the duty-holder posts, `_holder_spot`, whose start is added to `spots`)."""
    if not rx.can_match(low):  # most classes' words are absent: ~10 of ~12 calls a document
        return None
    earlier = _EST_EARLIER_KEYS.any_in(low)
    since = "since " in low
    skip = _EST_SKIP_BEFORE.get(code)
    skip_after = _EST_SKIP_AFTER.get(code)
    open_forms = _OPEN_FORMS_KEYS.any_in(low)
    for lo, hi in spans:
        pos = lo
        while (m := rx.search(low, pos, hi)) is not None:
            s = m.start()
            if (
                (not_term is not None and " ".join(m.group(0).split()).startswith(not_term))
                or (code in _NUDE_VENUE_CODES and _NUDITY_AFTER.match(low, m.end(), m.end() + 160))
                or _negated_before(low[clause_start(low, s, 80) : s])
                or any(a <= s < b for a, b in excluded)
                or (skip is not None and skip.search(low[max(0, s - 120) : s]))
                or (skip_after is not None and skip_after.match(low, m.end()))
                or _EST_AGENCY_NAME_BEFORE.search(low, max(0, s - 60), s)
                or _EST_ALREADY_AFTER.match(low, m.end())
                or (earlier and _earlier_next(low, s, m.end()))
                or (since and _earlier_since(low, s, m.end()))
                or _EST_ORG_AFTER.match(low, m.end())
                or _EST_GLOSS_BEFORE.search(low, max(0, s - 40), s)
                or (low.find("(", max(0, s - 40), s) >= 0 and _paren_gloss(low, s, m.end()))
                or (low.find("(", max(0, s - 100), s) >= 0 and _licence_gloss(low, s, m.end()))
                or _EST_OPERATOR_BEFORE.search(low, max(0, s - 60), s)
                or _EST_FUND_AFTER.match(low, m.end())
                or _EST_LOCATED_BEFORE.search(low, max(0, s - 60), s)
                or (
                    code == "medical_facility"
                    and (
                        _MASSAGE_FORMS_BEFORE.search(low, max(0, s - 240), s) is not None
                        or _massage_forms(low, s, m.end())
                    )
                )
                or (
                    not subset
                    and code in _UMBRELLA_CODES
                    and _SUBSET_BEFORE.search(low, max(0, s - 50), s)
                )
                or (
                    _ON_SITE_AFTER.match(low, m.end())
                    and _PLACE_WORD_BEFORE.search(low, max(0, s - 40), s)
                )
                or (
                    spots is not None
                    and code not in _SPOT_KEEP
                    and _SPOT_PLACE_BEFORE.search(low, max(0, s - 40), s) is not None
                    and _holder_spot(low, code, s, m.end())
                    and not spots.append(s)
                )
                or (open_forms and _forms_of_holder(low, s, m.end()))
                or (
                    _SPOT_ROOM_AFTER.match(low, m.end())
                    and _OWN_SPOTS_BEFORE.search(low, max(0, s - 80), s) is not None
                )
                or (
                    code == "hospital"
                    and _HOSPITAL_POSSESSOR.match(low, m.end())
                    and not _PLACE_WORD_BEFORE.search(low, max(0, s - 40), s)
                )
                or (
                    code == "public_restroom"
                    and (
                        _EST_PLACE_BEFORE.search(low, max(0, s - 20), s)
                        or _EST_PLACE_LIST_BEFORE.search(low, max(0, s - 80), s)
                        or _EST_WHERE_BEFORE.search(low, max(0, s - 160), s)
                        or _restroom_feature(low, s)
                    )
                )
            ):
                pos = m.end()
                continue
            return m
    return None


def _restroom_feature(low: str, s: int) -> bool:
    """The restroom at low[s:] is a feature of a class named just before it in its clause
    (`_RESTROOM_FEATURE_BEFORE`: "each state-owned airport that has a public restroom")."""
    m = _RESTROOM_FEATURE_BEFORE.search(low, max(0, s - 30), s)
    if m is None:
        return False
    lo = clause_start(low, m.start(), 80)
    return any(
        c != "public_restroom" and rx.search(low, lo, m.start()) is not None
        for c, rx in _ESTABLISHMENT_RX
    )


def _paren_gloss(low: str, s: int, e: int) -> bool:
    """Whether the mention low[s:e] opens the gloss in parentheses of a class just before it
    (`_EST_PAREN_GLOSS_BEFORE`): a class of the vocabulary, no umbrella, ends at the parenthesis,
    and the gloss is one phrase (`_EST_PAREN_GLOSS_AFTER`)."""
    g = _EST_PAREN_GLOSS_BEFORE.search(low, max(0, s - 40), s)
    if g is None or _EST_PAREN_GLOSS_AFTER.match(low, e) is None:
        return False
    end = g.start(1) + 1
    return any(
        code not in _UMBRELLA_CODES
        and any(x.end() == end for x in rx.finditer(low, max(0, end - 60), end))
        for code, rx in _ESTABLISHMENT_RX
    )


#: A licence class's premises told in parentheses after it ("On-sale general public premises
#: licensees under the Alcoholic Beverage Control Act (bars and restaurants serving distilled
#: spirits)"): the forms of the licensee, read as the licence's class only (round 64; as round
#: 62's gloss, here of a licence and a list).
_LICENCE_WORD = C(r"\b(?:licensees?|licen[cs]es?|permittees?|permits?|permit\s+holders?)\b")


def _licence_gloss(low: str, s: int, e: int) -> bool:
    """Whether the mention low[s:e] stands in the parentheses right after a licence class: a
    licence word (`_LICENCE_WORD`) in the words before the parenthesis on its line (at most 80
    characters between), itself read by the vocabulary as a class."""
    op = low.rfind("(", max(0, s - 100), s)
    if op < 0 or low.find(")", op, s) >= 0 or "\n" in low[op:s]:
        return False
    close = low.find(")", e, e + 100)
    if close < 0 or "\n" in low[e:close] or "(" in low[e:close]:
        return False
    lo = max(low.rfind("\n", 0, op) + 1, op - 160)
    lic = next(reversed(list(_LICENCE_WORD.finditer(low, lo, op))), None)
    if lic is None or op - lic.end() > 80 or any(c in low[lic.end() : op] for c in ",;:."):
        return False
    return any(
        code not in _UMBRELLA_CODES
        and any(x.end() <= lic.end() for x in rx.finditer(low, lo, lic.end()))
        for code, rx in _ESTABLISHMENT_RX
    )


#: The name of an Act that lists several trades ("every salon licensed under the Cosmetology,
#: Electrology, Esthetics, Nail Technology, and Body Art Practice Act in which nail technology is
#: practiced"): the licence law, whose words name no place; the duty's own words do.
_ACT_NAME_BEFORE = C(
    r"(?:[A-Z][\w-]*,?\s+(?:(?:and|&|of|the|for|on)\s+)*)*[A-Z][\w-]*,\s+(?:(?:and|&)\s+)?"
    r"(?:[A-Z][\w-]*,?\s+(?:(?:and|&|of|the|for|on)\s+)*)*$"
)

#: The Act a holder is licensed under, named after "licensed under the" ("Each hospital licensed
#: under the Health Care Facility Licensure Act that operates an emergency department"): the
#: licence law, whose words name no place (round 48).
_LICENSED_UNDER_ACT = C(
    r"\b(?:licensed|registered|certified|permitted|regulated)\s+(?:pursuant\s+to|under)\s+the\s+"
    r"((?:[A-Z][\w-]*\s+(?:(?:and|&|of|the|for|on)\s+)*)+)$"
)

#: Characters no Act's name (`_ACT_NAME_BEFORE`) holds.
_NOT_IN_NAME = (".", ";", ":", "(", ")", '"', "\u201c", "\u201d")


def _act_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names of Acts listing several trades (`_ACT_NAME_BEFORE`), and of the Acts a
    holder is licensed under (`_LICENSED_UNDER_ACT`)."""
    spans = []
    at = text.find(" Act")
    while at >= 0:
        # (speed: a name holds none of `_NOT_IN_NAME`, so the search starts after the last one;
        # and it holds a comma, so without one there is nothing to search)
        lo = max(0, at - 160)
        lo = max(text.rfind(c, lo, at) for c in _NOT_IN_NAME) + 1 or lo
        if not text[at + 4 : at + 5].isalpha() and "," in text[lo:at]:
            m = _ACT_NAME_BEFORE.search(text, lo, at + 1)
            if m is not None:
                spans.append((m.start(), at + 4))
        elif not text[at + 4 : at + 5].isalpha() and "nder the " in text[lo:at]:
            m = _LICENSED_UNDER_ACT.search(text, lo, at + 1)
            if m is not None:
                spans.append((m.start(1), at + 4))
        at = text.find(" Act", at + 4)
    return spans


#: A sentence of a news story or explainer that speaks of where notices go: "signs ... going up
#: in places like airports", "businesses ... including bars, hotels ... must comply", "still be
#: at various transportation locations, such as rest areas".
_POSTING_SENTENCE = Rx(
    r"\bpost(?:s|ed|ing)?\b|\bdisplay\w*|\bsigns?\b|\bsignage\b|\bnotices?\b|\bposters?\b"
    r"|\bplacards?\b|\bcompl(?:y|ies|ied|iance)\b|\blocations\b"
    # news of a bill naming whom it reaches: "If this is put into effect, it will impact hotels"
    r"|\b(?:it|this|the\s+(?:bill|law|measure|requirement))\s+(?:will|would)\s+(?:impact|affect"
    r"|apply\s+to|cover)\b"
    # "Hotels, bus stops, rest areas and other establishments are also included in the bill"
    r"|\b(?:included|covered)\s+(?:in|by|under)\s+the\s+(?:bill|law|measure|act|ordinance"
    r"|requirement)"
    # an explainer naming the kinds of business the laws reach: "Common categories include
    # hotels ...", "Impacted businesses typically include ...", "Covered employers are ..."
    r"|\b(?:categories|industries|(?:impacted|covered|affected)\s+(?:businesses|employers"
    r"|establishments))\s+(?:\w+\s+)?(?:include|are)\b"
    # the reach of the law a text has described: "The law, passed this spring, also applies to
    # urgent care centers ...", "The law also applies to hotels and motels ..."
    r"|\balso\s+appl(?:y|ies)\s+to\b"
    # the duty as subject of its reach, a clause between: "the requirement that took effect
    # Sunday covers massage ... businesses", "The obligation covers hotels and motels, ..."
    r"|\b(?:requirement|mandate|law|obligation|duty)\b[^.;\n]{0,60}?\b(?:covers|now\s+covers"
    r"|applies\s+to)\b"
    # a question heading about who is covered: "Which employers are usually covered?", "Who is
    # covered?" (the list under it names the places)
    r"|(?m:^[ \t]*(?:who|which\s+(?:\w+\s+){0,2}?)(?:is|are)\s+(?:\w+\s+)?(?:covered|included"
    r"|affected)\b[^\n]{0,30}\?)"
)


_SENTENCE_BREAK = C(r"[.!?](?=\s)|\n")


def _posting_sentences(low: str) -> list[tuple[int, int]]:
    """The sentences (or lines) that contain a `_POSTING_SENTENCE` word, with the list they
    introduce: the next sentence when it names the places ("The places are ..."), or the list
    items under a heading line ("Businesses required to post")."""
    hits = [m.start() for m in _POSTING_SENTENCE.finditer(low)]
    if not hits:
        return []
    cuts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(low)] + [len(low)]
    sentences = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if low[a:b].strip()]
    starts = [a for a, _ in sentences]
    spans: list[tuple[int, int]] = []
    done: set[int] = set()
    for pos in hits:
        i = bisect_right(starts, pos) - 1
        if i < 0 or i in done:
            continue
        done.add(i)
        lo, hi = sentences[i]
        spans.append((lo, hi))
        if _DUTY_VERB_LINE.match(low, lo):
            # the duty's subject is a list above its verb line ("Every location licensed by
            # the Division to\n- cash checks for a fee,\n- transmit money\nmust display ..."):
            # the items and the line that opens them are the one sentence (round 45)
            top = lo
            while top > 0 and _LIST_ITEM.match(low, prev := low.rfind("\n", 0, top - 1) + 1):
                top = prev
            if top < lo and top > 0:
                spans.append((low.rfind("\n", 0, top - 1) + 1, lo))
        if i + 1 < len(sentences) and _PLACES_LEAD.match(low, sentences[i + 1][0]):
            spans.append(sentences[i + 1])
            hi = sentences[i + 1][1]  # the list comes after "This includes:"
        first = hi if low[hi - 1 : hi] == "\n" else low.find("\n", hi) + 1
        items_hi = _list_after(low, first)
        if items_hi > max(hi, first) and "\n" in low[hi - 1 : hi + 1]:
            spans.append((hi, items_hi))
            continue
        # a question heading ("Who must post?", "Which businesses must display it?") answered by
        # the paragraph under it ("Adult entertainment establishments; ... truck stops; ...")
        if _WHO_HEADING.fullmatch(low, lo, hi):
            first = hi if low[hi - 1 : hi] == "\n" else low.find("\n", hi) + 1
            if first > 0 and low[first : first + 1].strip():
                end = low.find("\n", first)
                spans.append((first, len(low) if end < 0 else end))
        # a heading or question ("Which employers are required to post?", "Who must post")
        # whose list comes after a line that introduces it ("The requirement applies to:",
        # "In short, places where ...:")
        intro_hi = _introduced_list(low, hi)
        if intro_hi is not None:
            spans.append((hi, intro_hi))
            continue
        # the paragraph ends by introducing a list ("... only the following spaces (if any).")
        end = low.find("\n", hi - 1)
        if end > 0 and _INTRODUCES_LIST.search(low, max(lo, low.rfind("\n", 0, end) + 1), end):
            items_hi = _list_after(low, end + 1)
            if items_hi > end + 1:
                spans.append((end + 1, items_hi))
    return spans


#: A short question heading about who must post ("Who must post?", "Which businesses must post
#: the sign?").
_WHO_HEADING = C(
    r"[ \t]*(?:who\s+|which\s+(?:\w+\s+){0,2}?)(?:must|should|has\s+to|have\s+to|is\s+required\s+to"
    r"|are\s+required\s+to|needs?\s+to)\s+(?:post|display)\b[^\n.?]{0,40}\??[ \t]*\n?"
)

#: The last sentence of a paragraph that introduces the list under it.
_INTRODUCES_LIST = C(r"(?:\bthe\s+following\b|\binclud\w*|:)[^.!?\n]{0,40}[.:]?[ \t]*$")


#: A line that opens with the duty's verb, its subject on the lines above (round 45).
_DUTY_VERB_LINE = C(r"[ \t]*(?:must|shall)\s+(?:\w+\s+){0,2}?(?:post|display)\b")
_PLACES_LEAD = C(
    r"\s*(?:the\s+(?:places|establishments|businesses|locations|sites)\s+(?:are|include)"
    r"|(?:these|they|those)\s+(?:are|include)|this\s+includes|such\s+(?:places|locations)\s+include)"
)
#: (a table's row is an item too, its first cell the place: "| Hotels and motels | front desk |";
#: round 50)
_LIST_ITEM = C(r"[ \t]*(?:[\u2022*\-\u2013|]|\(\w{1,4}\)|\d{1,2}[.)])")


#: A short line that ends by introducing what follows ("The act applies to:").
_INTRO_LINE_MAX = 200


def _introduced_list(low: str, hi: int) -> int | None:
    """The end of a list that starts after one or two short lines ending with ":" right after
    the line ending at or after `hi`, else None."""
    nl = low.find("\n", hi - 1)
    if nl < 0:
        return None
    pos = nl + 1
    for _ in range(2):
        while pos < len(low) and low[pos] in " \t\n":
            pos += 1
        nxt = low.find("\n", pos)
        if nxt < 0:
            return None
        line = low[pos:nxt].rstrip()
        if not line.endswith(":") or len(line) > _INTRO_LINE_MAX or _LIST_ITEM.match(line):
            return None
        items_hi = _list_after(low, nxt + 1)
        if items_hi > nxt + 1:
            return items_hi
        pos = nxt + 1
    return None


def _list_after(low: str, pos: int) -> int:
    """The end of the list items (bullets, numbered lines) right after `pos`, else `pos`."""
    end = pos
    while pos < len(low):
        nxt = low.find("\n", pos)
        nxt = len(low) if nxt < 0 else nxt
        line = low[pos:nxt]
        if line.strip():
            if not _LIST_ITEM.match(line):
                break
            end = nxt
        pos = nxt + 1
    return end


def _duty_list_spans(low: str, a: Analysis) -> list[tuple[int, int]]:
    """The sentences stating the duty, with the list a duty sentence introduces ("must also be
    posted at:", "... the following businesses:" and its items), when one of them introduces
    such a list; else none. A page that lists the places of its own duty names other places
    (other states, the law as it stood, examples) only as background."""
    spans: list[tuple[int, int]] = []
    listed = False
    for c in a.mandates:
        lo, hi = sentence_span(low, c.start, c.end)
        seg = low[lo:hi].rstrip()
        if seg.endswith(":") or "the following" in seg:
            first = low.find("\n", hi - 1) + 1
            items_hi = _list_after(low, first) if first > 0 else 0
            if items_hi > first:
                hi, listed = items_hi, True
        spans.append((lo, hi))
    return merge_spans(spans) if listed else []


#: A kind of clinic with a code of its own (urgent care, walk-in).
_CLINIC_KIND = Rx(r"\b(?:urgent\s+care|walk-in)\s+clinics?\b")
#: (bare word, the kind a text names, the general code the bare word would take)
_ESTABLISHMENT_BY_CODE = dict(_ESTABLISHMENT_RX)
_BARE_KIND = (
    ("clinic", _CLINIC_KIND, "medical_facility"),
    # (a salon the text narrows by nail work, "Each salon licensed under this chapter in which
    # nail technology is practiced", names its bare "A salon that fails to post" too, as a body-
    # piercing salon names "A salon or parlor with an employee break room"; round 58)
    (
        "salon",
        Rx(
            r"\bnail\s+salons?\b|\bpiercing\s+salons?\b|\bsalons?\s+(?:licensed|registered)\s+"
            r"[^.;:\n]{0,60}?\b(?:where|in\s+which)\s+(?:only\s+)?(?:nail|manicur|pedicur)"
        ),
        "cosmetology",
    ),
    # "Massage and Cabaret Licensees ... as a massage establishment or as an adult cabaret"
    # (round 42): the bare cabaret is the adult one, no bar
    ("cabaret", Rx(r"\badult[- ]cabarets?\b"), "bar"),
)
_BARE_KIND_WORDS = tuple(Literals(word) for word, _, _ in _BARE_KIND)


#: "every salon": the bare word after its determiner
_DETERMINER = C(r"^(?:an?|each|every|any)\s+")
_LIQUOR_WORD = C(r"liquor|alcohol|\bbeer\b|\bwine\b|\bspirits\b|\bbars?\b|\btaverns?\b")
#: (the class a term was read as, the term, the class its other mentions would otherwise take)
#: A hospital qualified by its emergency department, licence words between (round 40), a
#: citation of the licence law among them ("licensed under Article 5 of Chapter 131E of the
#: General Statutes that operates an emergency department"; round 53).
_HOSPITAL_WITH_ED = C(
    r"\bhospitals?\s+(?:licensed\s+(?:in|under|by)\s+[^.;,\n]{0,80}?\s+)?"
    r"(?:(?:that|which)\s+(?:operates?|has|have|maintains?)\s+(?:an?\s+)?"
    r"|(?:with|having|operating|maintaining)\s+an?\s+)emergency\s+(?:rooms?|departments?)"
    r"|\bhospitals?\s+(?:licensed\s+(?:in|under|by)\s+[^.;,\n]{0,80}?\s+)?"
    r"(?:(?:that|which)\s+provides?|providing)\s+emergency\s+(?:medical\s+)?services"
    r"|\bhospitals?\s+to\s+post\s+[^.;\n]{0,80}?\bin\s+their\s+emergency\s+(?:rooms?|departments?)"
)
#: ... unless the text names hospitals plainly as holders of a duty ("hospitals must post")
_HOSPITALS_PLAINLY = C(r"\bhospitals?\s+(?:shall|must)\s+(?:also\s+)?(?:post|display)\b")
_TERM_READ_AS = (
    ("service_plaza", ("travel plaza",), "truck_stop"),
    ("weigh_station", ("ports of entry", "port of entry"), "port"),
)
#: where in the reading's own words the term stands: a travel plaza's definition opens with it,
#: a highway port of entry names it after its road ("highway ports of entry")
_TERM_AT = {
    "service_plaza": lambda s: 0,
    "weigh_station": lambda s: max(0, s.find("port")),
}


#: A board's name in the text or its page address ("Board of Cosmetology and Hairstyling",
#: ".../Chapter-28-Board-of-Cosmetology-and-Hairstyling.pdf").
_BOARD_NAME = C(
    r"\bboard[\s_-]+of[\s_-]+((?:[a-z]+[\s_-]+){0,4}?[a-z]+)(?=$|[^a-z_-]|\.[a-z]{2,4}\b)"
)

_LICENSED_BY_BOARD = C(r"\b[\w-]+\s+licensed\s+by\s+the\s+board\b")


def _board_licensees(a: Analysis) -> list[tuple[int, int, str, re.Match[str]]]:
    """A rule or page of a licensing board whose duty falls on "every shop licensed by the
    Board" and names no place otherwise: the board's licensees are the places, the class its
    name says (the Board of Cosmetology's shops, the Board of Massage's establishments)."""
    names = [m.group(1) for m in _BOARD_NAME.finditer(a.low)]
    names += [m.group(1) for m in _BOARD_NAME.finditer((a.url or "").lower())]
    for name in names:
        name = Lowered(re.sub(r"[\s_-]+", " ", name))
        code = next((code for code, rx in _ESTABLISHMENT_RX if rx.search(name)), None)
        duty = _LICENSED_BY_BOARD.search(a.low)
        if code is not None and duty is not None:
            return [(duty.start(), -duty.end(), code, duty)]  # quoted: the duty's words
    return []


#: The duty-holder named by its licence under the enclosing chapter or article ("Each shop
#: licensed under this chapter", "A facility licensed under this chapter shall display"): the
#: licence class is the one the chapter's heading names.
_LICENSED_UNDER = C(
    r"\b(?:each|every|any|an?|all)\s+(?:[\w-]+\s+){0,2}?(?:licensed|registered|permitted)\s+under\s+"
    r"this\s+(chapter|article|subchapter|part)\b"
)


#: the holder's own words in a `_LICENSED_UNDER` match, before the licence verb
_HOLDER_WORDS = C(
    r"\b(?:each|every|any|an?|all)\s+((?:[\w-]+\s+){0,2}?)(?:licensed|registered|permitted)\b"
)


def _holder_named(low: str, m: re.Match[str]) -> bool:
    """Whether the holder of a "licensed under this chapter" duty names its own class ("Each
    hospital licensed under this article"): the chapter's heading ("HEALTH CARE FACILITIES") then
    adds no class; only a generic holder ("Each facility licensed under this article") is read
    from the heading (round 53)."""
    h = _HOLDER_WORDS.match(low, m.start(), m.end())
    if h is None or not h.group(1).strip():
        return False
    words = Lowered(h.group(1))
    return any(rx.search(words) for _, rx in _ESTABLISHMENT_RX)


def _chapter_licensees(low: str, have: set[str]) -> list[tuple[int, int, str, re.Match[str]]]:
    """The classes a duty names by "licensed under this chapter": those the heading line of that
    chapter (or article) names ("Chapter 4 Cosmetologists", "CHAPTER 254. FREESTANDING
    EMERGENCY MEDICAL CARE FACILITIES"), read at the duty-holder's words."""
    out = []
    for m in _LICENSED_UNDER.finditer(low):
        kind = m.group(1)
        if _holder_named(low, m):
            continue
        head = None
        for h in _ENCLOSING_HEADING.finditer(low, 0, m.start()):
            if h.group(0).lstrip().startswith(kind):
                head = h
        if head is None:
            continue
        words = Lowered(head.group(0))
        for code, rx in _ESTABLISHMENT_RX:
            if code not in have and rx.search(words):
                have.add(code)
                out.append((m.start(), -m.end(), code, m))
    return out


#: A generic holder bearing the duty in a section with no class of its own ("(a) A facility must
#: display ... a sign"): the class is the one the heading line of its chapter names with that
#: noun ("CHAPTER 553 LICENSING STANDARDS FOR ASSISTED LIVING FACILITIES"), as a generic holder
#: "licensed under this chapter" is read (round 53; round 58); so is the one who runs it
#: ("B. A facility operator shall post ..." under "Chapter 10 Video Lottery Facility Operations";
#: round 60); and with the posting verb in an item of the list of its duties ("B. A facility
#: operator shall: (1) Train its employees ...; (2) Post, in each public restroom ...", round 66).
_GENERIC_HOLDER = C(
    r"(?:^|[.;:)]\s)\s*(?:an?|each|every|the)\s+(facility|establishment|home|center)\s+"
    r"(?:(?:operator|licensee|owner)s?\s+)?(?:shall|must)"
    r"(?:\s+|:[^:]{0,300}?\n[ \t]*\(?[0-9a-z]{1,3}[.)]\s+)(?:post|display)\b",
    re.M,
)
_GENERIC_HOLDER_KEYS = Literals(
    *(
        f"{d} {w} "
        for d in ("a", "each", "every", "the")
        for w in ("facility", "establishment", "home", "center")
    )
)
_GENERIC_STEM = {
    "facility": "facilit",
    "establishment": "establishment",
    "home": "home",
    "center": "center",
}


def _generic_holder_classes(low: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """The classes of a generic holder (`_GENERIC_HOLDER`) from the heading lines before it that
    name its noun."""
    m = _GENERIC_HOLDER.search(low)
    if m is None:
        return []
    stem = _GENERIC_STEM[m.group(1)]
    out: list[tuple[int, int, str, re.Match[str]]] = []
    for h in _ENCLOSING_HEADING.finditer(low, 0, m.start()):
        if stem not in h.group(0):
            continue
        words = Lowered(h.group(0))
        for code, rx in _ESTABLISHMENT_RX:
            if all(x[2] != code for x in out) and rx.search(words):
                out.append((m.start(), -m.end(), code, m))
    return out


#: A duty's list of the spots in the holder's premises where its notice goes.
_WHERE_LIST = C(
    r"\b(?:in|at)\s+(?:each\s+of\s+)?the\s+following\s+(?:locations|places|areas|spaces|spots)"
    r"\s+(?:of|in|on|within)\b[^:\n]{0,80}"
)


#: (speed: the list words as literals, tested before the pattern runs)
_WHERE_KEYS = Literals(
    *(f"following {w} " for w in ("locations", "places", "areas", "spaces", "spots"))
)


def _where_lists(low: str) -> list[tuple[int, int]]:
    """The items of each `_WHERE_LIST` (the list lines after it)."""
    out = []
    for m in _WHERE_LIST.finditer(low):
        first = low.find("\n", m.end()) + 1
        if first > 0 and (items_hi := _list_after(low, first)) > first:
            out.append((first, items_hi))
    return out


# the literals gating readings of `_extract_establishments` (looked up in the document's keys)
_DEFINITION_WORDS = Literals(" means ", " defined as ")
_DEFINITIONS_HEADING = Literals("definitions")
_EMERGENCY = Literals("emergency")
_GAMING = Literals("gaming")
_LICENCE_WORDS = Literals(" licen", " permit")
_UNDER_THIS = Literals("d under this ")
_POST_IN = Literals("shall post in ", "shall display in ", "shall post, in ", "shall display, in ")
_BY_THE_BOARD = Literals("licensed by the board")


def _extract_establishments(a: Analysis, coding: Coding) -> None:
    """Establishment codes. In statute/bill text the whole text counts (definitions and lists
    sit far from the duty); in news and releases the neighbourhood of a posting cue, and, in a
    text that states a posting duty, every sentence that speaks of where notices go (lists a
    paragraph away from the duty: "signs ... going up in places like airports"). A news story or
    page whose duty sentence lists the places ("must also be posted at:" and its items) is read
    in its duty sentences only (`_duty_list_spans`)."""
    text, low = a.text, a.low
    if a.legal:
        spans = [(0, len(low))]
    else:
        spans = merge_spans(
            [paragraph_span(low, c.start, c.end) for c in a.mandates + a.permissive]
            + [paragraph_span(low, m.start(), m.end()) for m in _PLACED_IN_RX.finditer(low)]
            + (_posting_sentences(low) if a.requires_posting else [])
        )
    hits: list[tuple[int, int, str, re.Match[str]]] = []
    excluded = _excluded_spans(low) + (_act_names(text) if " Act" in text else [])
    # (the names of bodies: their words name no place; an agency posting in its own offices,
    # "The Department of Revenue shall post in each of its ...", is read from the name below)
    names = _agency_names(text)
    excluded += names
    narrowed: dict[str, list[tuple[int, int]]] = {}
    narrowed_terms: dict[str, tuple[str, ...]] = {}
    if _DEFINITION_WORDS.any_in(low):
        excluded += _place_definitions(low)
        narrowed, narrowed_terms = _narrowed_definitions(low)
    elif _DEFINITIONS_HEADING.any_in(low):
        narrowed, narrowed_terms = _narrowed_definitions(low)
    if a.mandates and not a.legal:
        duty = _duty_list_spans(low, a)
        if duty and any(_first_mention(low, c, rx, duty, excluded) for c, rx in _ESTABLISHMENT_RX):
            spans = duty
    # the rooms of the duty-holder's premises a duty lists as where the notice goes ("shall post
    # ... in the following locations of its facility: (1) Each public restroom on the gaming
    # floor. ... (3) The hotel registration desk"): where, not who, when the duty names its
    # holder by a class outside them
    where = _where_lists(low) if _WHERE_KEYS.any_in(low) else []
    # an umbrella defined by its members names them, not itself (round 52)
    # (its four finds of the defining words are its own gate)
    defined = _defined_umbrellas(low)
    for code, terms in narrowed_terms.items():
        defined[code] = (*defined.get(code, ()), *terms)
    # (the spots where the duty-holder posts: a spot is the class when the text names no other)
    spots: list[int] = []
    for code, rx in _ESTABLISHMENT_RX:
        m = _first_mention(
            low,
            code,
            rx,
            spans,
            excluded + where + narrowed.get(code, []),
            defined.get(code),
            spots=spots,
        )
        if m is not None:
            hits.append((m.start(), -m.end(), code, m))
    if where and not hits:
        for code, rx in _ESTABLISHMENT_RX:
            m = _first_mention(low, code, rx, spans, excluded, defined.get(code), spots=spots)
            if m is not None:
                hits.append((m.start(), -m.end(), code, m))
    if spots and not hits:
        for code, rx in _ESTABLISHMENT_RX:
            m = _first_mention(low, code, rx, spans, excluded + where, defined.get(code))
            if m is not None:
                hits.append((m.start(), -m.end(), code, m))
    if not hits and _SUBSET_KEYS.any_in(low):
        # an umbrella told as a subset is the class when the text names no other (round 48)
        for code, rx in _ESTABLISHMENT_RX:
            if code in _UMBRELLA_CODES:
                m = _first_mention(
                    low, code, rx, spans, excluded + where, defined.get(code), subset=True
                )
                if m is not None:
                    hits.append((m.start(), -m.end(), code, m))
    # a term the text has read as one class names that class at each mention: travel plazas
    # on a toll road ("'travel plaza' means a facility on a toll highway") are service plazas
    # wherever the text speaks of them, no truck stops; "highway ports of entry" are weigh
    # stations, and so are the text's other "ports of entry" (no seaports)
    for read, terms, other in _TERM_READ_AS:
        got = next((h[3] for h in hits if h[2] == read), None)
        if got is None or not got.group(0).startswith(terms, _TERM_AT[read](got.group(0))):
            continue
        hits = [h for h in hits if h[2] != other]
        rx = _ESTABLISHMENT_BY_CODE[other]
        if (m := _first_mention(low, other, rx, spans, excluded, terms)) is not None:
            hits.append((m.start(), -m.end(), other, m))
    hits.sort(key=lambda h: (h[0], h[1]))
    # a text whose duty holder is a hospital qualified by its emergency department ("each
    # hospital licensed in Wyoming that operates an emergency department") names that class at
    # its other mentions of a hospital ("A hospital or clinic that fails to post"): no hospital
    if _EMERGENCY.any_in(low) and any(h[2] == "hospital" for h in hits):
        if (
            any(h[2] == "emergency_room" for h in hits)
            and _HOSPITAL_WITH_ED.search(low)
            and not _HOSPITALS_PLAINLY.search(low)
        ):
            hits = [h for h in hits if h[2] != "hospital"]
    for (word, kind, general), gate in zip(_BARE_KIND, _BARE_KIND_WORDS, strict=True):
        if gate.any_in(low) and kind.search(low):
            # "urgent care clinics ... Clinics that fail to post it", "licensed nail salons ...
            # Salons that don't comply": the bare word names that kind, not the general class
            # (unless the text names the general class in other words: "hair salons, barbershops")
            n = len(word)
            rx = _ESTABLISHMENT_BY_CODE[general]
            if all(
                _DETERMINER.sub("", m.group(0))[:n] == word
                or any(lo <= m.start() < hi for lo, hi in excluded)
                for m in rx.finditer(low)
            ):
                hits = [
                    h
                    for h in hits
                    if not (h[2] == general and _DETERMINER.sub("", h[3].group(0))[:n] == word)
                ]
    # "retail licensee" is the liquor class only where the text's licence is liquor: in a text
    # of gaming licences that never speaks of liquor or alcohol it is the gaming licensee
    if _GAMING.any_in(low) and not _LIQUOR_WORD.search(low):
        hits = [h for h in hits if not (h[2] == "bar" and h[3].group(0) == "retail licensee")]
    if _LICENCE_WORDS.any_in(low):
        hits += _licence_list_classes(low, spans, excluded, {h[2] for h in hits})
        hits.sort(key=lambda h: (h[0], h[1]))
    if a.legal and _UNDER_THIS.any_in(low):  # licensed, registered, permitted
        hits += _chapter_licensees(low, {h[2] for h in hits})
        hits.sort(key=lambda h: (h[0], h[1]))
    if _POST_IN.any_in(low) and all(h[2] != "government_building" for h in hits):
        m = _AGENCY_OFFICES.search(low)
        if (
            m is not None
            and any(lo <= m.start() < hi for lo, hi in spans)
            and not any(lo <= m.start() < hi for lo, hi in excluded if (lo, hi) not in names)
        ):
            hits.append((m.start(), -m.end(), "government_building", m))
            hits.sort(key=lambda h: (h[0], h[1]))
    if not hits and _OPERATED_BY.any_in(low):
        m = _AGENCY_OPERATED.search(low)
        if (
            m is not None
            and any(lo <= m.start() < hi for lo, hi in spans)
            and not any(lo <= m.start() < hi for lo, hi in excluded if (lo, hi) not in names)
        ):
            hits = [(m.start(), -m.end(), "government_building", m)]
    if not hits and _BY_THE_BOARD.any_in(low):
        hits = _board_licensees(a)
    if not hits and a.legal and _GENERIC_HOLDER_KEYS.any_in(low):
        hits = _generic_holder_classes(low)
    if len(hits) > 1:
        hits = _drop_heading_umbrellas(text, low, hits, spans, excluded)
    for _, _, code, m in hits:
        codes = [code]
        if code == "bus_station" and ("train" in m.group(0) or "rail" in m.group(0)):
            codes.append("rail_station")
        for c in codes:
            if c not in coding.establishments:
                coding.establishments.append(c)
                add_evidence(coding, "establishments", c, text, m.start(), m.end())


#: The classes an umbrella's heading sums up (round 53): a title or chapter heading in capitals
#: ("HUMAN TRAFFICKING NOTICE AT TRANSPORTATION FACILITIES", "NOTICES IN MEDICAL FACILITIES")
#: over a duty that names its members ("every public-use airport ... and every passenger rail
#: station") names those members, no umbrella.
_UMBRELLA_MEMBERS = {
    "transportation_hub": frozenset(
        {"airport", "rail_station", "bus_station", "port", "service_plaza", "rest_area"}
    ),
    "medical_facility": frozenset({"hospital", "emergency_room", "urgent_care"}),
    "cosmetology": frozenset({"nail_salon"}),
}


#: A bill's title in words, the notice at the umbrella with no verb ("Senate Bill 212 - Human
#: trafficking notices at transportation facilities", a digest's "Human trafficking notices at
#: transportation facilities. Requires the operator of a commercial service airport ..."): the
#: subject of the act, as a heading in capitals is (round 58).
_TITLE_NOTICE = C(r"\b(?:notices?|signs?|signage|posters?|posting)\b")
_TITLE_VERB = C(
    r"\b(?:shall|must|will|would|may|can|requires?|required|requiring|is|are|was|were|be|has|have"
    r"|had|post|posts|posted|display|displays|displayed)\b"
)


def _notice_title(low: str, lo: int, hi: int, m: re.Match[str], text: str = "") -> bool:
    """Whether the mention m stands in the line's first sentence (low[lo:hi] its line), a title
    of at most sixteen words that names the notice before it and has no verb (`_TITLE_NOTICE`);
    or (round 60) a title in title case, every word of four letters or more capitalised, that
    names the notice after it ("Texas Transportation Facility Human Trafficking Sign"). A
    section's number before its catchline ("595.121. Human trafficking hotline poster at
    transportation facilities - department to develop - penalty.") is skipped (round 61)."""
    if (num := _SECTION_NUMBER.match(low, lo, m.start())) is not None:
        lo = num.end()
    if ". " in low[lo : m.start()]:
        return False
    stop = low.find(". ", m.end(), hi)
    end = hi if stop < 0 else stop
    # a bill's title runs in clauses split by semicolons ("AN ACT Relating to human trafficking
    # notices at public transportation facilities; and adding a new section ..."): its first
    # clause is the subject (round 62)
    if (semi := low.find(";", m.end(), end)) >= 0:
        end = semi
    head = low[lo:end]
    if len(head.split()) > 16 or _TITLE_VERB.search(head) is not None:
        return False
    if _TITLE_NOTICE.search(low, lo, m.start()) is not None:
        return True
    return (
        bool(text)
        and _TITLE_NOTICE.search(low, m.end(), end) is not None
        and all(w[0].isupper() for w in _TITLE_WORD.findall(text, lo, end))
    )


#: a section's number opening its line ("595.121. ", "§ 65-3-20. ")
#: (and a number with letters inside it, "75-7d15. ", round 66)
_SECTION_NUMBER = C(r"[ \t]*(?:\u00a7+\s*)?\d+[a-z]?(?:[.:-]?\d+[a-z]?)*\.[ \t]+")

#: An act's short title ("This act shall be known and may be cited as the Transportation
#: Facility Human Trafficking Notice Act."): the act's name, as a bill's title is (round 66)
_CITED_AS = C(r"\b(?:known|cited)\s+as\s+(?:the\s+)?[\"\u201c]?(?:[\w'\u2019-]+\s+){1,12}?act\b")

_TITLE_WORD = re.compile(r"(?<![\w'\u2019-])[A-Za-z][a-z]{3,}\b")


#: A line that titles a part of a code ("NRS > Chapter 408 - Highways, Roads and Transportation
#: Facilities", "Article 41 - Assisted Living and Residential Health Care Facilities"): its title
#: names the body of law the section sits in, as a heading in capitals does (round 67).
_PART_HEADING = C(
    r"[ \t]*(?:[\w.]+[ \t]*>[ \t]*)*(?:chapter|article|title|part|subchapter|division)[ \t]+"
    r"[\w.-]{1,12}[ \t]*[-\u2013\u2014:.][ \t]+[^\n]*$"
)


def _drop_heading_umbrellas(
    text: str,
    low: str,
    hits: list[tuple[int, int, str, re.Match[str]]],
    spans: list[tuple[int, int]],
    excluded: list[tuple[int, int]],
) -> list[tuple[int, int, str, re.Match[str]]]:
    """`hits` without an umbrella (`_UMBRELLA_MEMBERS`) every mention of which stands in a line
    in capitals or in a notice title in words (`_notice_title`), when a member of it is among the
    hits."""
    codes = {h[2] for h in hits}
    out = hits
    for h in hits:
        members = _UMBRELLA_MEMBERS.get(h[2])
        if members is None or codes.isdisjoint(members):
            continue
        m: re.Match[str] | None = h[3]
        rx = _ESTABLISHMENT_BY_CODE[h[2]]
        while m is not None:
            lo, hi = line_span(low, m.start(), m.end())
            if (
                any(ch.islower() for ch in text[lo:hi])
                and not _notice_title(low, lo, hi, m, text)
                and _PART_HEADING.match(low, lo, m.start()) is None
                and not any(
                    c.start() <= m.start() < c.end() for c in _CITED_AS.finditer(low, lo, hi)
                )
            ):
                break
            m = _first_mention(
                low, h[2], rx, [(max(a, hi), b) for a, b in spans if b > hi], excluded
            )
        if m is None:
            out = [x for x in out if x is not h]
    return out


#: A licence or permit held, named by a list of its classes that share the one head noun
#: ("Every establishment holding a mixed beverage, beer and wine, or bottle club license",
#: "licensed as a tavern, brewpub or cabaret", "holders of an on-sale or club permit"): each
#: class is read with the head, as the vocabulary reads "mixed beverage license" (round 39).
_LICENCE_LIST = C(
    r"\b(?:holding|holds?|holders?\s+of|licensed\s+as|issued)\s+(?:an?\s+|the\s+)?"
    r"((?:[a-z][\w-]*,?\s+){1,12}?)(licen[cs]e|permit)s?\b"
)
_LIST_SPLIT = C(r",\s*(?:(?:and|or)\s+)?|\s+or\s+")


def _licence_list_classes(
    low: str, spans: list[tuple[int, int]], excluded: list[tuple[int, int]], have: set[str]
) -> list[tuple[int, int, str, re.Match[str]]]:
    """The establishment classes a list of licence classes names, each read with the list's head
    noun ("mixed beverage, beer and wine, or bottle club license" -> "mixed beverage license",
    ...), through the vocabulary's own cues; only lists of two or more classes (one class is
    read by the cues directly), inside the duty's spans."""
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for m in _LICENCE_LIST.finditer(low):
        s = m.start()
        if (
            not any(lo <= s < hi for lo, hi in spans)
            or any(lo <= s < hi for lo, hi in excluded)
            or _negated_before(low[clause_start(low, s, 80) : s])
        ):
            continue
        items = [i.strip() for i in _LIST_SPLIT.split(m.group(1).strip()) if i.strip()]
        if len(items) < 2:
            continue
        for item in items:
            phrase = Lowered(f"{item} {m.group(2)}")
            for code, rx in _ESTABLISHMENT_RX:
                if code in have or (pm := rx.search(phrase)) is None:
                    continue
                # the vocabulary's own exceptions ("a recreational site license" is liquor)
                if (after := _EST_SKIP_AFTER.get(code)) is None or not after.match(
                    phrase, pm.end()
                ):
                    have.add(code)
                    found.append((s, -m.end(), code, m))
    return found


#: A language the vocabulary lacks, named in a list of languages the vocabulary knows (round 60):
#: "printed in English, Spanish, and Bosnian", "in English, Spanish and K'iche'", "in English,
#: Bulgarian, Ukrainian and Spanish". The list opens with "in" / "into" before a known language;
#: the unknown member is one capitalised word (an apostrophe or hyphen inside or at its end),
#: either before another known member or closing the list at a punctuation mark. Not a name of
#: a place, month or day ("in English and Spanish, Monday."), nor a script ("Braille").
_LANG_OPEN = C(r"\b(?:in|into)\s+(?:both\s+)?(?:the\s+)?$")
_LANG_WORD = re.compile(
    r"(?:,|,?\s+and|,?\s+or|/)\s*(?:in\s+)?([A-Z][a-z]*(?:[-'\u2019][A-Za-z]+)*['\u2019]?)"
    r"(?=\s*(?:[.,;:)/]|$)|\s+(?:and|or)\s)",
    re.M,
)
_LANG_AT = re.compile(
    r"(?:" + "|".join(n.lower().replace(" ", r"\s+") for n in _LANG_NAMES) + r")\b"
)
_LANG_END = re.compile(r"\s*(?:[.,;:)]|$)", re.M)
_NOT_LANGUAGE = frozenset(
    "braille print large monday tuesday wednesday thursday friday saturday sunday january"
    " february march april may june july august september october november december"
    " alabama alaska arizona arkansas california colorado connecticut delaware florida georgia"
    " hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts"
    " michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon"
    " pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming ariz calif"
    " other others inc llc".split()
)


def _unlisted_languages(a: Analysis, coding: Coding, matches: list[re.Match[str]]) -> None:
    """Unknown members (`_LANG_WORD`) of a list of two or more known languages opened by "in" /
    "into", the list closed at a punctuation mark; coded after the list's known members."""
    text, low = a.text, a.low
    for first in matches:
        if _LANG_PROPER[squash(first.group(0))] not in coding.languages or not _LANG_OPEN.search(
            low, max(0, first.start() - 14), first.start()
        ):
            continue
        pos, known, words, last_known = first.end(), 1, [], True
        while True:
            j = _LANG_JOIN.match(low, pos)
            if j is not None and (k := _LANG_AT.match(low, j.end())) and text[k.start()].isupper():
                pos, known, last_known = k.end(), known + 1, True
                continue
            w = _LANG_WORD.match(text, pos)
            if (
                w is None
                or len(w.group(1)) < 3
                or w.group(1).lower().strip("'\u2019") in _NOT_LANGUAGE
            ):
                break
            words.append((w.group(1), w.start(1), w.end(1)))
            pos, last_known = w.end(), False
        if not words or known < 2 or not (last_known or _LANG_END.match(text, pos)):
            continue
        for word, s, e in words:
            if word not in coding.languages:
                coding.languages.append(word)
                add_evidence(coding, "languages", word, text, s, e)


def _extract_languages(a: Analysis, coding: Coding, posting: bool = False) -> None:
    """Languages a notice or campaign uses ("printed in English", "English and Spanish",
    "translated into Vietnamese, Russian, ...", "seven languages, including Gujarati"). Where a
    posting duty is coded and no hotline promoted (`posting`), the languages the notice must be
    in: not those it is only offered in."""
    text, low = a.text, a.low
    if not _LANG_GATE.any_in(low):
        return
    matches = [
        m
        for m in _LANG_RX.finditer(low)
        if text[m.start()].isupper() and low[m.start() - 1 : m.start()] != "-"
    ]
    offered: list[tuple[str, int, int]] = []
    for i, m in enumerate(matches):
        name = _LANG_PROPER[squash(m.group(0))]
        s, e = m.start(), m.end()
        if name == "Creole":
            name, s = _qualified_creole(text, name, s)
        if name in coding.languages:
            continue
        if low[e : e + 7].startswith(("-speak", " speak")):
            continue
        if _only_asked(low, s, e):
            # a question raised ("Whether notices in Mixteco would be more useful", "Advocates
            # asked whether versions in Mixteco should also be required")
            continue
        near_other = any(
            j != i
            and abs(matches[j].start() - s) < 40
            and _LANG_JOIN.fullmatch(low[min(e, matches[j].end()) : max(s, matches[j].start())])
            for j in (i - 1, i + 1)
            if 0 <= j < len(matches)
        )
        if not (
            near_other
            or _LANG_BEFORE.search(low, max(0, s - 14), s)
            or "language" in low[max(0, s - 60) : e + 60]
        ):
            continue
        if posting:
            # the clause, not the sentence: "It is available in English/Spanish and in
            # Vietnamese; establishments must display the English/Spanish version" offers
            # the languages of one clause and requires those of the other
            lo, hi = semicolon_clause(low, *sentence_span(low, s, e), s, e)
            if _LANG_OFFERED.search(low, lo, hi) and not _LANG_REQUIRED.search(low, lo, hi):
                offered.append((name, s, e))
                continue
            if _our_product(low, s, e) and not _COPIES_NOTICE.search(
                low, *sentence_span(low, s, e)
            ):
                continue
        coding.languages.append(name)
        add_evidence(coding, "languages", name, text, s, e)
    if coding.languages:
        _unlisted_languages(a, coding, matches)
    # a notice offered in English and Spanish alone, nothing said of languages it must be in:
    # the two versions are the notice ("Signs are available in English and Spanish"); a list of
    # translations to choose from ("..., Spanish and Chinese", "... and other languages", "For
    # posters in other languages, ...") or another thing offered ("The video is available in
    # ...") says nothing of the notice
    if (
        not coding.languages
        and [o[0] for o in offered] == ["English", "Spanish"]
        and _OFFERED_NOTICE.match(low, *sentence_span(low, offered[0][1], offered[0][2]))
        # ("... in English and Spanish. For posters in other languages, ...")
        and not _OTHER_LANGUAGES.search(low, offered[0][1], offered[1][2] + 120)
    ):
        for name, s, e in offered:
            coding.languages.append(name)
            add_evidence(coding, "languages", name, text, s, e)
    # versions offered, then the next sentence requires every one of them ("You can download the
    # English, Spanish and Vietnamese versions. Salons must display all three."): all are required
    # one version in two languages ("Download the English/Spanish version below"): a bilingual
    # notice, not a choice between versions
    elif (
        not coding.languages
        and len(offered) == 2
        and low[offered[0][2] : offered[1][1]] == "/"
        and _ONE_VERSION.match(low, offered[1][2])
    ):
        for name, s, e in offered:
            coding.languages.append(name)
            add_evidence(coding, "languages", name, text, s, e)
    elif not coding.languages and len(offered) >= 2:
        lo, end = sentence_span(low, offered[0][1], offered[0][2])
        clause = semicolon_clause(low, lo, end, offered[0][1], offered[0][2])
        if (
            _DISPLAY_ALL.match(low, end)
            or _page_offers_notice(low, *clause, offered[0][1])
            or (a.publisher is not None and _office_offers_notice(low, *clause, offered[0][1]))
        ):
            for name, s, e in (o for o in offered if o[1] < end):
                coding.languages.append(name)
                add_evidence(coding, "languages", name, text, s, e)
    elif coding.languages and offered:
        # a duty's languages, then the office's own page offering the notice it describes in
        # more ("The notice must be displayed in English and in Spanish. ... The notice is
        # available to download from this page in English, Spanish and Marshallese"): the
        # page's versions are the notice's too (docs/coding.md; round 49)
        lo, end = sentence_span(low, offered[0][1], offered[0][2])
        clause = semicolon_clause(low, lo, end, offered[0][1], offered[0][2])
        if _page_offers_notice(low, *clause, offered[0][1]):
            for name, s, e in (o for o in offered if o[1] < end):
                if name not in coding.languages:
                    coding.languages.append(name)
                    add_evidence(coding, "languages", name, text, s, e)


#: The page itself offering the notice's versions: "It is available to download from this page
#: in ...", "DLI has posted a printable notice in English and Spanish below."
_THIS_PAGE = C(r"\b(?:from|on)\s+this\s+(?:web\s?)?page\b|\bbelow\b")
_NOTICE_WORD = C(r"\b(?:it|notices?|signs?|posters?)\b")


def _page_offers_notice(low: str, lo: int, hi: int, first: int) -> bool:
    """The clause low[lo:hi] is the office's page offering the notice it describes, in the
    languages from `first` on (not an open list: "... and other languages"): those versions are
    the notice's. The clause, not the sentence: "You can download it from this page; it is
    available in English, Spanish and Haitian Creole" offers a choice of translations."""
    return bool(
        _THIS_PAGE.search(low, lo, hi)
        and _NOTICE_WORD.search(low, lo, first)
        and not _OTHER_LANGUAGES.search(low, lo, hi)
    )


#: Another site named in the clause ("available in ... on the Department of Labor's website",
#: "from the federal campaign's site"): the versions are that site's, not the office's own.
_OTHER_SITE = C(r"\b(?:web\s?sites?|web\s?pages?|sites?|portal)\b|\.(?:gov|org|com)\b")


def _office_offers_notice(low: str, lo: int, hi: int, first: int) -> bool:
    """An office's own page (`Analysis.publisher`) saying the notice is available in closed list
    of languages ("The notice is available in English, Spanish, Tongan and Marshallese."): the
    notice is the clause's subject, no open list ("... and other languages") and no other site
    named (round 34/37's guards): the office describes its own notice's versions (round 39)."""
    return bool(
        _OFFERED_NOTICE.match(low, lo, first)
        # ("... in English and Spanish. For posters in other languages, ...")
        and not _OTHER_LANGUAGES.search(low, lo, hi + 120)
        and not _OTHER_SITE.search(low, lo, hi)
    )


def _size_windows(low: str) -> list[tuple[int, int]]:
    """Neighbourhoods where a sign size can be: around "inch", "size", "point", inch marks."""
    anchors: list[int] = []
    for key in ("inch", "size", "wide", "point", '"', "\u201d", "\u2033"):
        i = low.find(key)
        while i >= 0:
            if len(key) > 1 or (i and (low[i - 1].isdigit() or low[i - 1] == "\u00bd")):
                anchors.append(i)
            i = low.find(key, i + 1)
    return merge_spans([(max(0, i - 140), min(len(low), i + 60)) for i in anchors])


#: A paper size named as the least a sign may be ("at letter size or larger", "on legal-size
#: paper or larger") and its inches (round 42)
_PAPER_MINIMUM = C(
    r"\b(letter|legal)[- ]size(?:d)?\s+(?:paper\s+|sheets?\s+)?or\s+larger\b"
    # the law's own paper ("shall be printed on letter-size paper", "must be on a legal-sized
    # sheet"): a size it sets, not one offered (round 43)
    r"|\b(?:shall|must)\s+be\s+(?:printed\s+)?on\s+(?:an?\s+)?(letter|legal)[- ]size(?:d)?\s+"
    r"(?:paper|sheets?)\b"
    # the least told before the paper ("on a sign at least letter size", "no smaller than
    # legal-size paper"; round 47)
    r"|\b(?:at\s+least|(?:no|not)\s+(?:smaller|less)\s+than)\s+(?:an?\s+)?(letter|legal)[- ]size"
)
_PAPER_INCHES = {"letter": "8.5 x 11 inches", "legal": "8.5 x 14 inches"}


# the literals gating readings of `_extract_size` (looked up in the document's keys)
_SIZE = Literals("size")
_PAPER_WORDS = Literals("or larger", "paper", "sheet", "er size", "er-size", "al size", "al-size")
_POINT = Literals("point")


def _extract_size(a: Analysis, coding: Coding) -> None:
    """Sign size, normalised ("8.5 x 11 inches"); else the type size ("16-point font")."""
    text, low = a.text, a.low
    windows = _size_windows(low)
    best: tuple[int, int, str, bool] | None = None
    for lo, hi in windows:
        for rx in (_SIZE_RX, _SIZE_HW_RX):
            for m in rx.finditer(low, lo, hi):
                s, e = m.start(), m.end()
                if rx is _SIZE_RX and not _SIZE_CTX.search(
                    low, max(0, s - 60), min(len(low), e + 30)
                ):
                    continue
                x, y = _parse_size_num(m.group("a")), _parse_size_num(m.group("b"))
                if not x or not y or x > 60 or y > 60:
                    continue
                # a minimum ("at least 8.5 inches by 11 inches", "Print it at 8.5 x 11 inches or
                # larger") over a print size offered; else the first size
                minimum = bool(
                    _SIZE_MINIMUM_BEFORE.search(low, max(0, s - 40), s)
                    or _SIZE_MINIMUM_AFTER.match(low, e)
                )
                # a seller's print size, not the law's; a minimum stated in the first person is
                # an office's word on the sign ("Print it at 8.5 x 11 inches or larger ..., or
                # call our office"), no product
                if (
                    a.mandates
                    and not minimum
                    and (_our_product(low, s, e) or _price_line(low, s, e))
                ):
                    continue
                if best is None or (minimum, -s) > (best[3], -best[0]):
                    best = (s, e, f"{fmt_num(x)} x {fmt_num(y)} inches", minimum)
    if best is None and _SIZE.any_in(low) and _PAPER_WORDS.any_in(low):
        # a paper size as a minimum ("print them at letter size or larger"): its inches; a
        # paper size only offered ("English/Spanish, letter size") is no size the law sets
        m = _PAPER_MINIMUM.search(low)
        if m is not None:
            best = (m.start(), m.end(), _PAPER_INCHES[m.group(1) or m.group(2) or m.group(3)], True)
    if best is None and _POINT.any_in(low):
        for lo, hi in windows:
            m = _FONT_RX.search(low, lo, hi)
            if m:
                n = _parse_size_num(m.group("a") or m.group("b"))
                if n:
                    best = (m.start(), m.end(), f"{fmt_num(n)}-point font", True)
                    break
    if best is not None:
        s, e, value, _ = best
        coding.sign_size = value
        add_evidence(coding, "sign_size", value, text, s, e)


def _money(raw_digits: str, cents: str | None) -> str:
    value = raw_digits
    if cents and cents != "00":
        value += "." + cents
    return "$" + value


_BOUND_BEFORE = (
    (
        "max",
        C(
            r"(?:no[rt]?\s+(?:more|greater)\s+than|not\s+(?:to\s+)?exceed(?:ing)?|up\s+to|maximum(?:\s+of)?"
            r"|at\s+most)\s*$"
        ),
    ),
    ("min", C(r"(?:not\s+less\s+than|at\s+least|minimum(?:\s+of)?)\s*$")),
)
_KIND_BEFORE = C(
    r"(civil\s+(?:penalty|fine)|administrative\s+(?:penalty|fine|fee)|criminal\s+fine|fine[sd]?|penalty)"
    r"[^.;$]{0,60}$"
)
_PER_DAY = C(
    r"\b(?:per\s+day|each\s+day|every\s+day|a\s+day\b|daily|for\s+each\s+day|each\s+(?:calendar\s+)?day"
    r"\s+(?:that|the|of|on)\b)"
)
#: "for each subsequent (additional) offense" names which offense the amount is for, not a unit:
#: the amount is that of every later offense (the labels' rule: first and later offenses are
#: separate amounts without a unit).
_PER_VIOLATION = C(
    r"\b(?:per|for\s+each|each|for\s+every)\s+(?:separate\s+)?"
    r"(?:violation|offen[cs]e|infraction|occurrence)"
)
#: A unit named by the place the amount is for, right after it ("up to $150 per location", "a
#: civil penalty of $100 per truck stop"): each place that does not post is fined.
_PER_PLACE = C(
    # a place with its kind ("for each housing site", "per retail location"); a compound site
    # ("for each worksite or housing location", round 63) and the places a labor law names
    r"\s+(?:per|for\s+(?:each|every))\s+(?:[a-z\-]+\s+){0,2}?(truck\s+stop|location|establishment|facility|premises"
    r"|property|(?:work|job)?site|store|business|restroom|outlet|vehicle|housing|camp|office)\b"
)
#: A day (or a violation) told NOT to be a separate offense: "Each day a violation continues is not
#: a separate violation", "... shall not constitute a separate offense", "... never a separate
#: violation". The sentence then denies the unit it would otherwise give.
_NOT_SEPARATE = C(
    r"\b(?:not|never|no)\s+(?:(?:be|been|constitute|considered|deemed|treated\s+as|counted\s+as)\s+)*"
    r"(?:an?\s+)?separate\s+(?:and\s+distinct\s+)?(?:violation|offen[cs]e|infraction)"
)
_OFFENSE = C(
    r"\b(first|1st|second|2nd|third|3rd|subsequent|additional|later|future|further|following"
    r"|repeat\w*)\s+(?:or\s+\w+\s+)?(?:violation|offen[cs]e|infraction|conviction)s?"
)
#: "each violation" told as the later ones ("$250 for each violation after that", "... after the
#: first", "... thereafter"): a later offense's amount, as "each subsequent violation", no unit.
_EACH_LATER = C(
    r"\b(?:for\s+)?(?:each|every|any)\s+(?:violation|offen[cs]e|infraction)s?\s+"
    r"(?:after\s+(?:that|the\s+first\b)|thereafter\b)"
)
_OFFENSE_NAME = {
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    "additional": "subsequent",
    "later": "subsequent",
    "future": "subsequent",
    "further": "subsequent",
    "following": "subsequent",
}
#: Where the words before a penalty stop belonging to it: another amount or penalty grade.
_OTHER_AMOUNT = C(r"\$\s?\d|\bdollars\b|\bwarning\b|\bmisdemeanor\b|\binfraction\b")
_CLAUSE_END = C(
    r"[;.](?=\s|$)|,\s+(?:and\s+)?(?:a|an|the)\s+(?:civil\s+)?(?:penalty|fine)"
    r"|\b(?:and|nor|or)\s+(?=\$|(?:\w+[\s-]+){1,4}dollars|(?:not\s+)?more\s+than)"
)


def _penalty_detail(low: str, text: str, s: int, e: int, amount: int | None, kind: str) -> dict:
    """Kind, bound, unit and offense of one penalty amount, from its own clause (and, for the
    unit, the sentence after it: "Each day the violation continues shall constitute a separate
    offense")."""
    before = low[max(0, s - 80) : s]
    bound = next((name for name, rx in _BOUND_BEFORE if rx.search(before)), None)
    if kind == "fine":
        k = _KIND_BEFORE.search(low, max(0, s - 120), s)
        if k is not None:
            kind = (
                squash(k.group(1)).rstrip("sd")
                if k.group(1).startswith("fine")
                else squash(k.group(1))
            )
    stop = _CLAUSE_END.search(low, e, min(len(low), e + 160))
    clause = low[e : stop.start() if stop else min(len(low), e + 160)]
    # the unit after the next amount is that amount's: "a $100 penalty, with an additional $100
    # penalty for each day the violation continues"
    clause = clause.split("$", 1)[0]
    lead = max(low.rfind(",", 0, s), low.rfind(";", 0, s), low.rfind(". ", 0, s), s - 60)
    # "the first offense is $100 and $500 for any future offenses": $500's lead stops at $100
    for other in _OTHER_AMOUNT.finditer(low, max(0, lead), s):
        lead = other.end()
    later = _EACH_LATER.search(clause)
    offense_m = _OFFENSE.search(clause) or (
        None if later else _OFFENSE.search(low, max(0, lead), s)
    )
    offense = None
    if offense_m:
        word = offense_m.group(1)
        offense = _OFFENSE_NAME.get(word, "subsequent" if word.startswith("repeat") else word)
    elif later is not None:
        offense = "subsequent"
    sentence_end = low.find(". ", e)
    sentence_end = len(low) if sentence_end < 0 else sentence_end
    next_end = low.find(". ", sentence_end + 2)
    window = low[e : (len(low) if next_end < 0 else next_end)][:320]
    if amount is None:
        unit = None  # a warning or a grade of offense has no unit
    elif _PER_DAY.search(clause) or (
        "separate" in window and _PER_DAY.search(window) and not _NOT_SEPARATE.search(window)
    ):
        unit = "per day"
    elif _PER_VIOLATION.search(clause) and later is None:
        unit = "per violation"
    elif _PER_PLACE.match(clause) is not None:
        # one unit for every place word (the codebook's "per location"), so that "$250 for each
        # establishment" and "$150 per location" are the same unit in data and in scores
        unit = "per location"
    else:
        unit = None
    return {
        "kind": kind,
        "amount_usd": amount,
        "bound": bound,
        "unit": unit,
        "offense": offense,
    }


def _penalty_label(d: dict, value: str) -> str:
    """A readable penalty: "up to $100 per day", "$250 (second violation)"."""
    label = {"max": "up to ", "min": "at least "}.get(d["bound"] or "", "") + value
    if d["unit"] == "per day" or (d["unit"] and not d["offense"]):
        label += " " + d["unit"]
    if d["offense"]:
        each = "each " if d["unit"] == "per violation" or d["offense"] == "subsequent" else ""
        label += f" ({each}{d['offense']} violation)"
    return label


_DOLLAR = Literals("dollar")


def _extract_penalties(a: Analysis, coding: Coding) -> None:
    """Penalties with their unit: amounts (with bound, per day / per violation, first or later
    offense), warnings, and misdemeanor/infraction grades. `penalties` holds readable labels,
    `penalty_details` the same as data."""
    text, low = a.text, a.low
    found: list[tuple[int, int, str, int | None, str]] = []
    for m in _MONEY_RX.finditer(low):
        s, e = m.start(), m.end()
        if not _PENALTY_CTX.search(low, max(0, s - 150), min(len(low), e + 120)):
            continue
        if _MONEY_SKIP_BEFORE.search(low[max(0, s - 30) : s]) or _former_amount(low, s, e):
            continue
        if _cost_amount(low, s, e):
            continue
        if _bracketed_price(low, s, e) or (m.group(2) is not None and _price_amount(low, s, e)):
            continue
        amount = int(m.group(1).replace(",", ""))
        found.append((s, e, _money(m.group(1), m.group(2)), amount, "fine"))
    for m in _MONEY_WORDS_RX.finditer(low) if (_DOLLAR.any_in(low) or "$" in low) else ():
        s, e = m.start(), m.end()
        if not _PENALTY_CTX.search(low, max(0, s - 150), min(len(low), e + 120)):
            continue
        words = (m.group(1) or m.group(2)).strip(" -")
        e = s + len(m.group(0).rstrip(" -"))
        if _former_amount(low, s, e) or _cost_amount(low, s, e):
            continue
        n = words_to_int(words)
        if not n:
            continue
        paren = re.match(r"\s*\(\s*\$[\d,]+(?:\.\d{2})?\s*\)", low[e:])
        if paren:
            e += paren.end()  # "five hundred dollars ($500)": one amount
        found.append((s, e, f"${n:,}", n, "fine"))
    for m in _WARNING_RX.finditer(low):
        value = "written warning" if "written warning" in m.group(0) else "warning"
        found.append((m.start(), m.end(), value, None, value))
    for m in _OTHER_PENALTY_RX.finditer(low):
        value = squash(m.group(0))
        found.append((m.start(), m.end(), value, None, value))
    found.sort()
    covered: list[tuple[int, int]] = []
    for s, e, value, amount, kind in found:
        if any(lo <= s < hi for lo, hi in covered):
            continue  # "$500" inside "five hundred dollars ($500)"
        covered.append((s, e))
        detail = _penalty_detail(low, text, s, e, amount, kind)
        label = _penalty_label(detail, value)
        if label not in coding.penalties:
            coding.penalties.append(label)
            detail["text"] = label
            coding.penalty_details.append(detail)
            add_evidence(coding, "penalties", label, text, s, e)


def _extract_effective(a: Analysis, coding: Coding) -> None:
    """The first parseable date of the first `_EFFECTIVE_RX` pattern (in order) that has one."""
    for rx in _EFFECTIVE_RX:
        for m in rx.finditer(a.low):
            raw = next((g for g in m.groups() if g), None)
            iso = _parse_date(raw) if raw else None
            if iso is not None:
                coding.effective_date = iso
                add_evidence(coding, "effective_date", iso, a.text, m.start(), m.end())
                return
