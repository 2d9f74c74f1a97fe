"""Verb tables as data: a lemma's forms read in a grammatical frame.

Two readings of the engine are written as lemma x form x frame tables instead of hand lists of
forms: a measure's terminal events (`mandate._TERMINAL`: "the bill died", "X withdrew her bill",
"the bill's withdrawal") and the posting duty (`duty_list.DUTY_LEMMAS`: "shall post", "is
required to display", "posting of the notice is required"). Each table row is

    ((base, -s, past, past participle, -ing), nominals, frames, skips)

where `frames` names the frames (one letter each) the lemma is read in and `skips` lists
`frame:slot` pairs the lemma does not take ("o:base": "table" is a noun more often than a
verb). Each table has its own map from a frame to the slots it reads; the slot "nom" stands for
the lemma's nominals ("withdrawal", "display"). Both tables are expanded here, once, so the two
readings cannot drift apart in how a form is generated or ordered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

#: The five verb forms of a table row, in order.
SLOTS = ("base", "s", "past", "pp", "ing")

#: One table row: the five forms, the nominals, the frames, the skipped `frame:slot` pairs.
Lemma = tuple[tuple[str, str, str, str, str], tuple[str, ...], str, str]


def lemma_forms(
    table: Iterable[Lemma], frame: str, frame_slots: Mapping[str, Sequence[str]]
) -> list[str]:
    """The forms of `table`'s lemmas read in `frame`, each once, in table order (within a
    lemma, in the order `frame_slots[frame]` names the slots)."""
    out: list[str] = []
    for forms, nominals, frames, skip in table:
        if frame not in frames:
            continue
        skipped = skip.split()
        for slot in frame_slots[frame]:
            if f"{frame}:{slot}" in skipped:
                continue
            got = nominals if slot == "nom" else (forms[SLOTS.index(slot)],)
            out += [f for f in got if f not in out]
    return out


def alternation(forms: Iterable[str], guards: Mapping[str, str] | None = None) -> str:
    """`forms` as one regular-expression group, longest form first (so "withdrawn" is tried
    before "withdraw"), a space matching any run of white space, each form followed by its
    guard (a lookahead) where `guards` has one."""
    guards = guards or {}
    alts = sorted(set(forms), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(f.replace(" ", r"\s+") + guards.get(f, "") for f in alts) + ")"
