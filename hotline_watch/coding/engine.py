"""The analysis of one text and the public entry points."""

from __future__ import annotations

from hotline_watch.coding.agency import _extract_agency, _extract_who
from hotline_watch.coding.campaign import (
    _AGENCY_DUTY_WORDS,
    _BILL_WORDS,
    _CALL_HOTLINE,
    _CAMPAIGN_RX,
    _HEADING_CALL,
    _LEGAL_WORDS,
    _MEDIA_WITH_HOTLINE,
    _PASSIVE_BEFORE,
    _PROMOTE_VERB,
    _RELEASE_WORDS,
    _REMINDER_RX,
    _SESSION_LAW_RX,
    _TOLLFREE_LINE,
    _extract_campaign,
)
from hotline_watch.coding.citation import _extract_citation, _extract_history
from hotline_watch.coding.fields import (
    _extract_effective,
    _extract_establishments,
    _extract_languages,
    _extract_penalties,
    _extract_size,
)
from hotline_watch.coding.mandate import (
    _PROFILE_RX,
    _SUPPORT,
    _TRAFFICK_DOC,
    Cue,
    _mandate_cues,
    _permissive_cues,
    _verbs,
)
from hotline_watch.coding.patterns import Lowered, lower
from hotline_watch.coding.phones import _NAMED_HOTLINES, _extract_hotlines, _phones
from hotline_watch.coding.result import Coding, add_evidence
from hotline_watch.coding.text import _looks_like_html, html_to_text, quote, squash
from hotline_watch.coding.vocabularies import NATIONAL_HOTLINE, TEXT_LINE

# Result
# --------------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------


class Analysis:
    """All cues found in one text; `code_text` turns it into a `Coding`."""

    def __init__(self, text: str) -> None:
        self.text = text
        low = Lowered(lower(text))
        self.low = low
        self.trafficking = bool(_TRAFFICK_DOC.search(low))
        if not self.trafficking:
            profile = {m.lastgroup for m in _PROFILE_RX.finditer(low)}
            self.trafficking = len(profile) >= 4 and bool(profile & {"p1", "p2"})
        self.mandates: list[Cue] = []
        self.permissive: list[Cue] = []
        self.phones: list[tuple[str, int, int]] = []
        if self.trafficking:
            verbs = _verbs(low)
            self.mandates = _mandate_cues(low, verbs)
            self.permissive = _permissive_cues(low, verbs)
            self.phones = _phones(text, low)
        self.mandate_score = sum(c.weight for c in self.mandates)
        self.permissive_score = sum(c.weight for c in self.permissive)
        self.requires_posting = (
            self.mandate_score > 0 and self.mandate_score > self.permissive_score
        )
        self._legal: bool | None = None
        self.legal_score = 0.0
        self._campaign()

    @property
    def legal(self) -> bool:
        """Statute or bill text (rather than a release, news story or web page)?"""
        if self._legal is None:
            low = self.low
            count = low.count
            legal = sum(map(count, _LEGAL_WORDS))
            shall = count("shall")
            enums = count("\n(") + count("\n (") + low.startswith("(")
            duties = sum(map(count, _AGENCY_DUTY_WORDS))
            bill = sum(map(count, _BILL_WORDS)) + (
                len(_SESSION_LAW_RX.findall(low)) if "[" in low else 0
            )
            self.legal_score = 2 * legal + shall + 0.5 * enums + 2 * duties + 3 * bill
            release = sum(map(count, _RELEASE_WORDS))
            # enough legal language overall, or densely so in a short excerpt
            dense = self.legal_score >= 3 and self.legal_score * 250 >= len(low)
            self._legal = (self.legal_score >= 8 or dense) and self.legal_score > 2 * release
        return self._legal

    @property
    def support(self) -> list[str]:
        """Supporting (non-deciding) posting cues, for explanations."""
        if not self.trafficking:
            return []
        return [name for name, rx in _SUPPORT if rx.search(self.low)]

    # -- campaign ---------------------------------------------------------------------------
    def _campaign(self) -> None:
        low = self.low
        self.campaign_cues: list[Cue] = []
        self.hotline_signals: list[str] = []
        self.actionable = False
        self.effort = 0
        self.promotes = False
        if not self.trafficking:
            return
        # Is a trafficking hotline present at all? (Most texts stop here.)
        sig = self.hotline_signals
        if any(p[0] == NATIONAL_HOTLINE or p[0] == TEXT_LINE for p in self.phones):
            sig.append("national number")
        if any(p[0] not in (NATIONAL_HOTLINE, TEXT_LINE) for p in self.phones):
            sig.append("state number")
        if any(rx.search(low) for _, rx in _NAMED_HOTLINES):
            sig.append("named hotline")
        tl = _TOLLFREE_LINE.search(low)
        if tl and "traffick" in low[max(0, tl.start() - 200) : tl.end() + 200]:
            sig.append("hotline mention")
        reminder = _REMINDER_RX.search(low)
        if reminder:
            # reminding businesses of a duty to post trafficking notices publicises the hotline
            sig.append("posting reminder")
        if not sig or self.legal:
            return  # no hotline, or statute/bill text: not a campaign
        # Posters/signs that a posting duty requires are the law's, not a campaign's: only
        # poster cues away from every mandatory clause count as effort.
        duty_spans = [(c.start - 200, c.end + 200) for c in self.mandates + self.permissive]
        for name, rx, weight in _CAMPAIGN_RX:
            if name == "public_appeal" or (name == "poster" and duty_spans):
                candidates = rx.finditer(low)  # the first match may be filtered out below
            else:
                m = rx.search(low)
                candidates = [m] if m is not None else []
            for m in candidates:
                if name == "poster" and any(a <= m.start() <= b for a, b in duty_spans):
                    continue
                if name == "public_appeal" and _PASSIVE_BEFORE.search(
                    low, max(0, m.start() - 8), m.start()
                ):
                    continue  # "anyone with information is asked to call": a footer, not an appeal
                self.campaign_cues.append(Cue(name, weight, m.start(), m.end()))
                break
        if reminder:
            self.campaign_cues.append(Cue("posting_reminder", 3, reminder.start(), reminder.end()))
        names = {c.name for c in self.campaign_cues}
        # A release backing a bill that would require posting the hotline (statute text has
        # returned above).
        if any(c.name != "posting is mandatory" for c in self.mandates):
            c = self.mandates[0]
            self.campaign_cues.append(Cue("legislation", 1, c.start, c.end))
        promote = _PROMOTE_VERB.search(low)
        if promote:
            self.campaign_cues.append(Cue("promote_hotline", 3, promote.start(), promote.end()))
        heading = _HEADING_CALL.search(low) if ("hotline" in low or "tip" in low) else None
        if heading:
            self.campaign_cues.append(Cue("hotline_heading", 3, heading.start(), heading.end()))
        self.actionable = bool(
            "national number" in sig
            or "state number" in sig
            or reminder
            or promote
            or heading
            or "hotline_launch" in names
            or _CALL_HOTLINE.search(low)
            or (
                ("named hotline" in sig or "hotline mention" in sig)
                and (names & {"billboard", "poster", "psa"} or _MEDIA_WITH_HOTLINE.search(low))
            )
        )
        self.effort = sum(c.weight for c in self.campaign_cues)
        self.promotes = self.actionable and self.effort >= 3

    # -- explanation ------------------------------------------------------------------------
    def top_posting_cue(self) -> str:
        if not self.trafficking:
            return "no trafficking context"
        if not (self.mandates or self.permissive):
            return "no posting cue"
        c = max(self.mandates + self.permissive, key=lambda c: c.weight)
        return f"{c.name}: {squash(quote(self.text, c.start, c.end, 160))}"

    def top_campaign_cue(self) -> str:
        if not self.trafficking:
            return "no trafficking context"
        if self.legal:
            return f"legal text (score {self.legal_score:g})"
        if not self.hotline_signals:
            return "no trafficking hotline"
        if not self.actionable:
            return "hotline only discussed"
        if not self.campaign_cues:
            return "no effort cue"
        c = max(self.campaign_cues, key=lambda c: c.weight)
        return f"{c.name}: {squash(quote(self.text, c.start, c.end, 160))}"


# --------------------------------------------------------------------------------------------
# Field extractors
# --------------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------


def _prepare(text: str, html: bool | None) -> str:
    if html is None:
        html = _looks_like_html(text)
    return html_to_text(text) if html else text


def code_text(text: str, *, html: bool | None = None) -> Coding:
    """Code one statute, bill or release text (plain text or HTML)."""
    text = _prepare(text or "", html)
    a = Analysis(text)
    coding = Coding(requires_posting=a.requires_posting, promotes_hotline=a.promotes)
    if a.requires_posting:
        best = max(a.mandates, key=lambda c: (c.weight, -c.start))
        add_evidence(coding, "requires_posting", "true", text, best.start, best.end)
    elif a.permissive:
        worst = max(a.permissive, key=lambda c: (c.weight, -c.start))
        add_evidence(coding, "requires_posting", "false", text, worst.start, worst.end)
    if not a.trafficking:
        return coding
    posting_context = bool(a.mandates or a.permissive)
    if posting_context:
        _extract_establishments(a, coding)
        _extract_who(a, coding)
        _extract_size(a, coding)
        _extract_agency(a, coding)
        _extract_penalties(a, coding)
    _extract_languages(a, coding)
    _extract_hotlines(a, coding)
    _extract_effective(a, coding)
    _extract_history(a, coding)
    _extract_citation(a, coding)
    if a.promotes:
        best = max(a.campaign_cues, key=lambda c: (c.weight, -c.start))
        add_evidence(coding, "promotes_hotline", "true", text, best.start, best.end)
        _extract_campaign(a, coding)
    return coding


def explain(text: str, *, html: bool | None = None) -> dict:
    """The decision inputs for one text (scores and the top cue), for benchmarks and debugging."""
    a = Analysis(_prepare(text or "", html))
    legal = a.legal if a.trafficking else False
    return {
        "legal_text": legal,
        "trafficking": a.trafficking,
        "requires_posting": a.requires_posting,
        "mandate_score": a.mandate_score,
        "permissive_score": a.permissive_score,
        "mandate_cues": sorted({c.name for c in a.mandates}),
        "permissive_cues": sorted({c.name for c in a.permissive}),
        "support_cues": a.support,
        "top_posting_cue": a.top_posting_cue(),
        "promotes_hotline": a.promotes,
        "hotline_signals": a.hotline_signals,
        "effort": a.effort,
        "legal_score": a.legal_score,
        "campaign_cues": sorted({c.name for c in a.campaign_cues}),
        "top_campaign_cue": a.top_campaign_cue(),
    }
