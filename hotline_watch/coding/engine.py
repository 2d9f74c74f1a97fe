"""The analysis of one text and the public entry points."""

from __future__ import annotations

from hotline_watch.coding.agency import _extract_agency, _extract_who
from hotline_watch.coding.campaign import (
    _AGENCY_DUTY_WORDS,
    _BILL_WORDS,
    _LEGAL_WORDS,
    _RELEASE_WORDS,
    _RULE_STAMP_RX,
    _SESSION_LAW_RX,
    _extract_campaign,
    effort_cues,
    section_catchlines,
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
    duties_outside_law_text,
    faq_answered_no,
    goods_trafficking_only,
    penalty_sign_only,
    status_page_dead,
    subject_elsewhere,
)
from hotline_watch.coding.model import applies, features, load_model, probability
from hotline_watch.coding.outreach import (
    PUBLISHER_OFFICE,
    Outreach,
    decide,
    exploitation_session,
)
from hotline_watch.coding.patterns import C, Lowered, WordCounts, lower
from hotline_watch.coding.phones import _extract_hotlines, _phones
from hotline_watch.coding.publisher import government_host, news_outlet
from hotline_watch.coding.result import Coding, add_evidence
from hotline_watch.coding.text import (
    _looks_like_html,
    blank_line_numbers,
    html_to_text,
    join_wrapped_lines,
    quote,
    sentence_span,
    squash,
)

#: The words `Analysis.legal` counts, all in one pass (speed).
_LEGAL_TEXT_COUNTS = WordCounts(
    (*_LEGAL_WORDS, "shall", "\n(", "\n (", *_AGENCY_DUTY_WORDS, *_BILL_WORDS, *_RELEASE_WORDS)
)


class Analysis:
    """All cues found in one text; `code_text` turns it into a `Coding`."""

    def __init__(
        self,
        text: str,
        jurisdiction: str | None = None,
        citation: str | None = None,
        *,
        use_model: bool = True,
        url: str | None = None,
    ) -> None:
        self.text = text
        self.jurisdiction = jurisdiction
        self.citation = citation
        self.url = url
        #: the host of `url` when a public office's site published the text (else None)
        self.publisher = government_host(url)
        #: the host of `url` when a news outlet published the text (else None)
        self.news_outlet = news_outlet(url)
        low = Lowered(join_wrapped_lines(blank_line_numbers(lower(text)), text), text)
        self.low = low
        self.trafficking = bool(_TRAFFICK_DOC.search(low)) and not goods_trafficking_only(low)
        if not self.trafficking:
            profile = {m.lastgroup for m in _PROFILE_RX.finditer(low)}
            self.trafficking = len(profile) >= 4 and bool(profile & {"p1", "p2"})
        self._legal: bool | None = None
        self.legal_score = 0.0
        self.mandates: list[Cue] = []
        #: posting duties whose object is an identification or another subject's notice ("must
        #: post a sign warning against selling alcohol to minors"): a law's duty, no hotline's
        self.other_duties: list[Cue] = []
        #: the text's duties were dropped because its subject is elsewhere (round 55)
        self.duty_elsewhere = False
        self.permissive: list[Cue] = []
        self.phones: list[tuple[str, int, int]] = []
        #: states' own trafficking lines printed with no trafficking word near: the field's only
        self.state_phones: list[tuple[str, int, int]] = []
        #: `phones.office_line` of each number by its start: the field and promotes both ask
        self.office_lines: dict[int, bool] = {}
        if self.trafficking:
            verbs = _verbs(low)
            self.mandates = _mandate_cues(low, verbs, self.other_duties)
            self.permissive = _permissive_cues(low, verbs)
            self.phones, self.state_phones = _phones(text, low)
            if self.mandates and not self.legal and subject_elsewhere(low, self.mandates):
                # a duty named in a text about something else is not the text's own; it stays a
                # law's clause for the campaign, as another subject's sign does (round 55)
                self.other_duties += self.mandates
                self.mandates = []
                self.duty_elsewhere = True
            elif (
                not self.mandates
                and self.other_duties
                and not self.legal
                and subject_elsewhere(low, self.other_duties)
            ):
                # a page of another subject's required postings (its every duty another
                # notice's) whose subject is elsewhere: its duty is elsewhere too (round 57)
                self.duty_elsewhere = True
            if self.mandates and not self.legal:
                kept = duties_outside_law_text(low, self.mandates)
                if not kept:
                    # a text that states none of the duties it names (talked about, a dead
                    # measure's, the law as background): they stay a law's clause for the
                    # campaign, so the posters they name are the measure's, no office's effort
                    # (round 53's convention, lead's round-57 mend). Where a duty is kept, the
                    # cues dropped beside it (its question, its repeat) are the same duty.
                    self.other_duties += self.mandates
                self.mandates = kept
            if self.mandates and status_page_dead(low):
                self.mandates = []  # a bill-status page whose last action is not alive
            if self.mandates and penalty_sign_only(low):
                self.mandates = []  # signs warning of penalties, no hotline: no hotline notice
        self.mandate_score = sum(c.weight for c in self.mandates)
        self.permissive_score = sum(c.weight for c in self.permissive)
        # a page asking whether a business must post and answering no states no duty; its cues
        # stay found (the campaign model's features are the cues, not this verdict)
        self.requires_posting = (
            self.mandate_score > 0
            and self.mandate_score > self.permissive_score
            and (self.legal or not faq_answered_no(low))
        )
        self._campaign(use_model)

    @property
    def legal(self) -> bool:
        """Statute or bill text (rather than a release, news story or web page)?"""
        if self._legal is None:
            low = self.low
            n = _LEGAL_TEXT_COUNTS(low)
            legal = sum(n[w] for w in _LEGAL_WORDS)
            shall = n["shall"]
            enums = n["\n("] + n["\n ("] + low.startswith("(")
            duties = sum(n[w] for w in _AGENCY_DUTY_WORDS)
            bill = sum(n[w] for w in _BILL_WORDS) + (
                len(_SESSION_LAW_RX.findall(low)) if "[" in low else 0
            )
            if "-" in low and ")" in low:
                stamps = len(_RULE_STAMP_RX.findall(low))
                bill += stamps if stamps >= 2 else 0
            if "\n" in low:
                sections = section_catchlines(low.source)
                bill += sections if sections >= 2 else 0
            self.legal_score = 2 * legal + shall + 0.5 * enums + 2 * duties + 3 * bill
            release = sum(n[w] for w in _RELEASE_WORDS)
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
    def _campaign(self, use_model: bool) -> None:
        self.campaign_cues: list[Cue] = []
        self.outreach: Outreach | None = None
        self.promotes = self.campaign = self.footer_only = False
        self.promote_probability: float | None = None
        #: an office's session on exploitation in a text that never says trafficking
        self.session: Cue | None = None
        if not self.trafficking and not self.legal:
            # no hotline to promote, but the office's session on the topic is its effort
            self.session = exploitation_session(self)
            self.campaign = self.session is not None
        if not self.trafficking or self.legal:
            return  # statute and bill text is never a campaign
        self.campaign_cues = effort_cues(self)
        self.outreach = out = decide(self, self.campaign_cues)
        self.campaign_cues = out.efforts  # with what only the hotline references show (a banner)
        self.promotes, self.campaign, self.footer_only = out.promotes, out.campaign, out.footer_only
        if (
            use_model
            and applies(out)
            and not (out.promotes and _posters_went_up(self.low, out))
            and not out.grant_elsewhere
        ):
            # (round 65) funding for something else as the only effort ("State tourism grants
            # have helped pay for signs and facades") is no effort about trafficking: the rules
            # settle it (all 22 development codings of the form are labelled negative); the
            # trainer still learns from those texts, so the model's selection is unchanged.
            # A trafficking hotline is in the text and a public office acts: the learned
            # weighting of the rules' cues (their verdict, the efforts, whose effort it is)
            # decides whether it is promoted (hotline_watch.coding.model).
            p = self.promote_probability = probability(features(out, bool(self.mandates)))
            self.promotes = p >= load_model()["threshold"]
            self.campaign = self.campaign or self.promotes
            self.footer_only = self.footer_only and not self.promotes
        # a text that states a posting duty gives the hotline its notice must carry: never a
        # footer, wherever the line falls
        self.footer_only = self.footer_only and not self.requires_posting
        if self.footer_only and not self.promotes:
            # the hotline only in the footer: the release is about something else (arrests, a
            # settlement, findings), and its efforts (a task force's partners, an appeal for
            # tips) are that subject's, not outreach. Over all 2,612 development texts every
            # text coded footer-only is labelled no campaign.
            self.campaign = False

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
        out = self.outreach
        assert out is not None
        p = "" if self.promote_probability is None else f" (model p={self.promote_probability:.2f})"
        if not self.promotes or not out.efforts:
            return out.reason + p
        c = max(out.efforts, key=lambda c: c.weight)
        return f"{out.reason}{p}; {c.name}: {squash(quote(self.text, c.start, c.end, 160))}"


#: What makes posters going up not (yet) done in the 100 characters before the cue: a proposal,
#: a vote or a request about them, or a mood ("a proposal to hang posters", "voted against",
#: "asked the county to put up", "would install").
_PUT_UP_NOT_DONE = C(
    r"\b(?:propos\w*|plans?\s+to|planned\s+to|vot(?:e|es|ed|ing)|against|reject\w*|request\w*"
    r"|ask(?:s|ed)?|urg\w+|consider\w*|would|could|should|may|might|will|wants?)\b"
)


def _posters_went_up(low: str, out: Outreach) -> bool:
    """An office's posters or signs with the hotline told as put up (the `media_put_up` effort,
    with no proposal, vote, request or mood before it in its sentence: "Anti-human trafficking
    posters go up in state rest area bathrooms", "posters were installed at 30 rest areas"): the
    rules' verdict settles it, the model does not weigh it. The model's bill-cue weight had
    turned such stories into misses where a bill had made the posters lawful (the lead's mend,
    thirteenth session: the shared set-aside KATU story and test_coding's wording); a board voting
    down a proposal to hang posters stays the model's."""
    for c in out.efforts:
        if c.name != "media_put_up":
            continue
        lo, _hi = sentence_span(low, c.start, c.end)
        if _PUT_UP_NOT_DONE.search(low, max(lo, c.start - 100), c.start) is None:
            return True
    return False


def _prepare(text: str, html: bool | None) -> str:
    if html is None:
        html = _looks_like_html(text)
    return html_to_text(text) if html else text


def code_text(
    text: str,
    *,
    html: bool | None = None,
    jurisdiction: str | None = None,
    citation: str | None = None,
    url: str | None = None,
) -> Coding:
    """Code one statute, bill or release text (plain text or HTML).

    `jurisdiction` ("HI") and `citation` ("Haw. Rev. Stat. § 371-20"), when the caller knows
    them, let a generic agency word be resolved from the chapter's definitions section
    (data/coding/definitions.yml); they never change any other field. `url`, the address the
    text was fetched from, says whose site published it: on a government site
    (hotline_watch.coding.publisher) the publishing office acts where the text names none
    (campaign, promotes_hotline; evidence `publisher`).
    """
    text = _prepare(text or "", html)
    a = Analysis(text, jurisdiction, citation, url=url)
    coding = Coding(requires_posting=a.requires_posting, promotes_hotline=a.promotes)
    if a.requires_posting:
        best = max(a.mandates, key=lambda c: (c.weight, -c.start))
        add_evidence(coding, "requires_posting", "true", text, best.start, best.end)
    elif a.permissive:
        worst = max(a.permissive, key=lambda c: (c.weight, -c.start))
        add_evidence(coding, "requires_posting", "false", text, worst.start, worst.end)
    if not a.trafficking:
        if a.session is not None:
            coding.campaign = True
            add_evidence(coding, "campaign", "true", text, a.session.start, a.session.end)
        return coding
    posting_context = bool(a.mandates or a.permissive)
    if posting_context:
        _extract_establishments(a, coding)
        _extract_who(a, coding)
        _extract_size(a, coding)
        _extract_agency(a, coding)
        _extract_penalties(a, coding)
    # the languages a duty requires; a campaign giving the hotline keeps those it offers
    _extract_languages(a, coding, a.requires_posting and not a.promotes)
    _extract_hotlines(a, coding)
    _extract_effective(a, coding)
    _extract_history(a, coding)
    _extract_citation(a, coding)
    out = a.outreach
    if out is not None:
        coding.campaign, coding.footer_only = a.campaign, a.footer_only
        by_publisher = out.office is not None and out.office.name == PUBLISHER_OFFICE
        if by_publisher and (a.campaign or a.promotes):
            # the office acting is the site's publisher: its URL is the evidence
            coding.evidence.append(
                {
                    "field": "publisher",
                    "value": f"{PUBLISHER_OFFICE}, {a.publisher}",
                    "quote": a.url,
                }
            )
        if a.campaign:
            o = out.efforts[0] if by_publisher and out.efforts else out.office
            o = o or (out.efforts[0] if out.efforts else out.refs[0])
            add_evidence(coding, "campaign", "true", text, o.start, o.end)
            _extract_campaign(a, coding)
        if a.promotes:
            ref = (out.given or out.refs)[0]
            add_evidence(coding, "promotes_hotline", "true", text, ref.start, ref.end)
        elif a.footer_only:
            ref = out.given[0]
            add_evidence(coding, "footer_only", "true", text, ref.start, ref.end)
    return coding


def classify(
    text: str,
    *,
    html: bool | None = None,
    jurisdiction: str | None = None,
    citation: str | None = None,
    url: str | None = None,
) -> dict:
    """The `hotline-watch classify` record of one text (statute, bill or release; plain text or
    HTML): every coded field of `Coding` as JSON-ready values, evidence included."""
    return code_text(
        text, html=html, jurisdiction=jurisdiction, citation=citation, url=url
    ).to_dict()


def explain(text: str, *, html: bool | None = None, url: str | None = None) -> dict:
    """The decision inputs for one text (scores and the top cue), for benchmarks and debugging."""
    a = Analysis(_prepare(text or "", html), url=url)
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
        "campaign": a.campaign,
        "promote_probability": a.promote_probability,
        "footer_only": a.footer_only,
        "public_office": bool(a.outreach and a.outreach.office),
        "publisher": a.publisher,
        "hotlines_given": [r.scope for r in a.outreach.given] if a.outreach else [],
        "hotlines_mentioned": [r.scope for r in a.outreach.refs if not r.given]
        if a.outreach
        else [],
        "effort": a.outreach.effort if a.outreach else 0,
        "prosecution_cues": a.outreach.prosecution if a.outreach else 0,
        "bill_cues": a.outreach.bill_cues if a.outreach else 0,
        "legal_score": a.legal_score,
        "campaign_cues": sorted({c.name for c in a.campaign_cues}),
        "top_campaign_cue": a.top_campaign_cue(),
    }
