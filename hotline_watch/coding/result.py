"""The result of coding one text: `Coding`, and how evidence is recorded."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from hotline_watch.coding.text import quote


@dataclass
class Coding:
    """Everything coded from one text. List fields are JSON arrays in the database."""

    requires_posting: bool = False
    promotes_hotline: bool = False
    establishments: list[str] = field(default_factory=list)
    who_must_post: str | None = None
    languages: list[str] = field(default_factory=list)
    sign_size: str | None = None
    hotline_numbers: list[str] = field(default_factory=list)
    hotlines: list[str] = field(default_factory=list)
    agency: str | None = None
    penalties: list[str] = field(default_factory=list)
    effective_date: str | None = None
    history: str | None = None
    citation: str | None = None
    evidence: list[dict[str, str]] = field(default_factory=list)
    campaign_types: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    #: An outreach effort by a public office about trafficking, with or without a hotline.
    campaign: bool = False
    #: A trafficking hotline given only in the closing lines of a release about something else.
    footer_only: bool = False
    #: Which hotlines the text gives or names: "national" and/or "state".
    hotline_scope: list[str] = field(default_factory=list)
    #: Penalties as data (docs/coding.md):
    #: [{"kind", "amount_usd", "max", "unit", "offense", "text"}].
    penalty_details: list[dict] = field(default_factory=list)
    #: Where `agency` comes from: "as written", "defined in this text", or the definitions
    #: table entry (data/coding/definitions.yml) that resolves a generic word.
    agency_basis: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def add_evidence(coding: Coding, fld: str, value: str, text: str, start: int, end: int) -> None:
    coding.evidence.append({"field": fld, "value": value, "quote": quote(text, start, end)})
