"""Controlled vocabularies of the coded fields."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import yaml

from hotline_watch.config import DATA_DIR

#: The vocabularies and cue lists, as data (see the file's header).
VOCABULARY_FILE = DATA_DIR / "coding" / "vocabulary.yml"


@lru_cache(maxsize=1)
def _load() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with VOCABULARY_FILE.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=loader)
    for key in ("establishments", "campaign_types", "media", "languages", "outreach"):
        if not data.get(key):
            raise ValueError(f"{VOCABULARY_FILE}: `{key}` is missing or empty")
    return data


_DATA = _load()

#: Establishment codes (who/where a posting law applies) -> description.
ESTABLISHMENTS: dict[str, str] = {k: v["description"] for k, v in _DATA["establishments"].items()}
#: Establishment code -> [{heads, modifiers}]: place nouns read as (modifier* head).
ESTABLISHMENT_HEADS: dict[str, list[dict[str, Any]]] = dict(_DATA.get("establishment_heads") or {})


def head_cue(heads: str, modifiers: list[str]) -> str:
    """The cue of a place noun read as (modifier* head): one branch per modifier (each keeps a
    literal lead for the keyed patterns), any further modifiers, then the head noun."""
    mods = "|".join(modifiers)
    return "|".join(rf"\b{m}(?:[\s-]+(?:{mods}))*\s+{heads}\b" for m in modifiers)


def _cue(code: str, cue: str) -> str:
    unknown = set(ESTABLISHMENT_HEADS) - set(_DATA["establishments"])
    if unknown:
        raise ValueError(f"{VOCABULARY_FILE}: establishment_heads names no code {sorted(unknown)}")
    heads = [head_cue(e["heads"], list(e["modifiers"])) for e in ESTABLISHMENT_HEADS.get(code, ())]
    return "|".join([cue, *heads])


#: Establishment code -> cue (regular expression on lower-cased text), the head nouns compiled in.
ESTABLISHMENT_CUES: dict[str, str] = {
    k: _cue(k, v["cue"]) for k, v in _DATA["establishments"].items()
}
#: Campaign type codes (what kind of effort a release describes) -> description.
CAMPAIGN_TYPES: dict[str, str] = {k: v["description"] for k, v in _DATA["campaign_types"].items()}
#: (campaign type, cue, weight) for the types found by a cue.
CAMPAIGN_CUES: list[tuple[str, str, int]] = [
    (k, v["cue"], int(v["weight"])) for k, v in _DATA["campaign_types"].items() if "cue" in v
]
#: Media / places used by a campaign -> description.
MEDIA: dict[str, str] = {k: v["description"] for k, v in _DATA["media"].items()}
MEDIA_CUES: dict[str, str] = {k: v["cue"] for k, v in _DATA["media"].items()}
#: Languages a notice can be required in (names as printed).
LANGUAGES: tuple[str, ...] = tuple(_DATA["languages"])
#: Outreach cues: public office, what an office does, prosecution and bill-news words.
OUTREACH_CUES: dict[str, str] = dict(_DATA["outreach"])
#: Subjects of an effort that are not trafficking (class -> cue), read only for an effort told
#: before a release's closing trafficking line (round 50).
OTHER_SUBJECT_CUES: dict[str, str] = {
    k: v["cue"] for k, v in (_DATA.get("other_subjects") or {}).items()
}
#: Real help lines that are not trafficking hotlines, though they appear beside one.
OTHER_LINES = frozenset(_DATA.get("other_lines") or ())
#: States' own human-trafficking hotlines: trafficking lines wherever a text prints them.
STATE_LINES = frozenset(_DATA.get("state_lines") or ())

NATIONAL_HOTLINE = "1-888-373-7888"
TEXT_LINE = "233733"


US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming|District of Columbia"
)
