"""Would a small learned veto raise requires_posting precision on texts it was not fitted on?

Issue 14 (veto experiment). requires_posting has recall 1.00 on fresh sets but every fresh set
brings 1-3 false positives, nearly all news of a bill that died, was vetoed or held, or a vendor
page saying a poster is optional, in words no rule knew. This script asks whether a learned veto
over the texts the engine codes requires_posting=True generalises better than rule rounds.

For every labelled development text (../shared/texts/ and each `--extra DIR`) the real engine
(`Analysis`, as `code_text` runs it, with the header's URL as provenance; the header's kind and
label are never seen) decides requires_posting. The texts it codes True are the veto's domain;
the veto's positive class is "not a posting law" (label `negative` or `hotline_campaign`).
Features, all binary:

* the engine's own evidence: mandate, permissive and support cue names (`c:`), whether it reads
  the text as statute/bill text (`legal`), whether a government site published it (`gov`), the
  host's top-level domain kind (`host:`), whether a campaign/outreach reading exists;
* words (lower-case unigrams and bigrams, a stop list removed) of the headline (first line,
  `h:`), the lead (first 300 characters, `l:`) and the sentences around each duty cue with the
  sentence before and after (`d:`), kept when they occur in at least `min_df` training texts
  (the vocabulary is chosen inside each training fold);
* negation / modality words in the duty sentences and the lead (`m:`): would have, never, did
  not, no, not, failed, dead, died, veto, optional, voluntary, may, encourage, proposed, ...

Model: scikit-learn LogisticRegression (lbfgs, L2, fixed C), deterministic. The veto threshold
is chosen INSIDE each training fold: an inner leave-states-out CV on the training texts gives
out-of-fold probabilities, and the threshold is the smallest one (>= 0.5) that vetoes no posting
law of the training fold (plus a margin), so a held-out text is vetoed only when it looks more
"not a law" than any law the training folds held.

Two honest schemes:
* leave-one-set-out: each `--extra` set held out in turn, the shared texts and the other sets
  always in training (a set = another engineer, another round: the closest thing to a fresh set);
* leave-states-out: 5 folds of whole states over all texts.
The engine's rules were written against every development set, so "before" is itself a training
score (optimistic); "after" only holds the veto's weights out.

Usage:
  .venv/bin/python bench/cv_requires_veto.py --extra ../notes/heldout-14 ... [--show-misses]
Needs scikit-learn and numpy (the `test` extra). Deterministic; well under a minute on one core.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path

from benchlib import ROOT, SHARED

sys.path.insert(0, str(ROOT))

from hotline_watch.coding import evaluation, read_document_and_url  # noqa: E402
from hotline_watch.coding.engine import Analysis  # noqa: E402
from hotline_watch.coding.publisher import host_of  # noqa: E402
from hotline_watch.coding.split import load_index, state_folds  # noqa: E402
from hotline_watch.coding.text import sentence_span  # noqa: E402

C_VALUES = (0.3, 1.0)
MIN_DF = 3
MARGIN = 0.05
LEAD_CHARS = 300
_WORD = re.compile(r"[a-z][a-z'\-]*")
_STOP = frozenset(
    "the a an of and to in for on at by with is are was were be this that it as or from".split()
)
#: negation / modality cues of a duty that is not (or not yet, or not really) one
MODALITY = (
    "would have",
    "would require",
    "would",
    "never",
    "did not",
    "didn't",
    "does not",
    "not",
    "no",
    "failed",
    "fail",
    "dead",
    "died",
    "die",
    "veto",
    "vetoed",
    "optional",
    "voluntary",
    "voluntarily",
    "may",
    "encourage",
    "encouraged",
    "proposed",
    "proposal",
    "introduced",
    "pending",
    "held",
    "deferred",
    "stalled",
    "committee",
    "calendar",
    "withdrawn",
    "tabled",
    "free",
    "download",
    "order",
    "shop",
    "buy",
)
_MODALITY_RX = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in MODALITY) + r")\b")


def _bag(s: str, prefix: str) -> set[str]:
    words = _WORD.findall(s)
    bag = {prefix + w for w in words if w not in _STOP}
    return bag | {f"{prefix}{x} {y}" for x, y in zip(words, words[1:], strict=False)}


def duty_spans(a: Analysis) -> list[tuple[int, int]]:
    """The sentence of each duty cue (at most 5; the permissive cues where no duty is left), with
    the sentence before and after."""
    low = a.low
    spans = []
    for c in sorted(a.mandates or a.permissive, key=lambda c: -c.weight)[:5]:
        lo, hi = sentence_span(low, c.start, c.end)
        if lo > 2:
            lo = sentence_span(low, lo - 2, lo - 2)[0]
        if hi < len(low) - 2:
            hi = sentence_span(low, hi + 1, hi + 1)[1]
        spans.append((lo, hi))
    return spans


def host_kind(url: str | None) -> str:
    host = host_of(url) or ""
    if not host:
        return "none"
    tld = host.rsplit(".", 1)[-1]
    return tld if tld in ("gov", "us", "org", "com", "edu", "net") else "other"


def feature_set(a: Analysis) -> tuple[set[str], set[str]]:
    """(structured features, word features) of one text the engine codes requires_posting."""
    low = a.low
    s = {f"c:{c.name}" for c in a.mandates}
    s |= {f"p:{c.name}" for c in a.permissive}
    s |= {f"s:{name}" for name in a.support}
    s |= {f"host:{host_kind(a.url)}"}
    if a.publisher:
        s.add("gov")
    if a.legal:
        s.add("legal")
    if a.campaign:
        s.add("campaign")
    if a.promotes:
        s.add("promotes")
    if a.outreach is not None and a.outreach.bill_cues:
        s.add("bill_cues")
    first_line = low[: low.find("\n")] if "\n" in low[:400] else low[:200]
    lead = low[:LEAD_CHARS]
    duty = " . ".join(low[lo:hi] for lo, hi in duty_spans(a))
    s |= {f"m:{m}" for m in _MODALITY_RX.findall(duty)}
    s |= {f"ml:{m}" for m in _MODALITY_RX.findall(lead)}
    words = _bag(first_line, "h:") | _bag(lead, "l:") | _bag(duty, "d:")
    return s, words


def rows_of(texts: Path, set_name: str) -> list[dict]:
    rows = []
    for entry in load_index(texts):
        text, url = read_document_and_url(texts / entry["file"])
        a = Analysis(text, url=url)
        row = {
            "key": f"{set_name}/{entry['file']}",
            "set": set_name,
            "state": entry["state"],
            "label": entry["label"],
            "rp": bool(a.requires_posting),
            # a posting cue of any kind: the wider training domain (`--domain context`)
            "ctx": bool(a.mandates or a.permissive or a.support),
            "y": int(entry["label"] != "posting_law"),
        }
        if a.mandates or a.permissive or a.support:
            row["s"], row["w"] = feature_set(a)
        rows.append(row)
    return rows


# -- model ----------------------------------------------------------------------------------
def fit(train: list[dict], c: float, min_df: int = MIN_DF) -> dict:
    """A veto fitted on `train` (rows the engine codes requires_posting)."""
    from sklearn.linear_model import LogisticRegression

    df = Counter(f for r in train for f in r["w"])
    names = sorted({f for r in train for f in r["s"]}) + sorted(
        w for w, n in df.items() if n >= min_df
    )
    index = {f: i for i, f in enumerate(names)}
    x = _matrix(train, index)
    y = [r["y"] for r in train]
    if len(set(y)) < 2:  # nothing to learn: never veto
        return {"index": index, "coef": None, "intercept": -10.0}
    clf = LogisticRegression(C=c, solver="lbfgs", max_iter=5000).fit(x, y)
    return {"index": index, "coef": clf.coef_[0], "intercept": float(clf.intercept_[0])}


def _matrix(rows: list[dict], index: dict[str, int]):
    from scipy.sparse import csr_matrix

    data, cols, ptr = [], [], [0]
    for r in rows:
        js = sorted(j for j in map(index.get, r["s"] | r["w"]) if j is not None)
        cols += js
        data += [1.0] * len(js)
        ptr.append(len(cols))
    return csr_matrix((data, cols, ptr), shape=(len(rows), len(index)))


def probabilities(model: dict, rows: list[dict]) -> list[float]:
    import numpy as np

    if model["coef"] is None or not rows:
        return [0.0] * len(rows)
    z = _matrix(rows, model["index"]) @ model["coef"] + model["intercept"]
    return list(1.0 / (1.0 + np.exp(-z)))


def choose_threshold(train: list[dict], c: float, domain: str, k: int = 5) -> float:
    """The smallest threshold (>= 0.5) vetoing no posting law of `train` out of fold (an inner
    leave-states-out CV inside the training rows), plus a margin."""
    folds = state_folds([r["state"] for r in train], k, salt="/inner")
    worst_law = 0.0
    for fold in range(k):
        inner = [r for r in train if folds[r["state"]] != fold]
        out = [r for r in train if folds[r["state"]] == fold and r["rp"]]
        for r, p in zip(out, probabilities(fit(inner, c), out), strict=True):
            if not r["y"]:
                worst_law = max(worst_law, p)
    return max(0.5, worst_law + MARGIN)


def veto_heldout(
    train: list[dict], test: list[dict], c: float, domain: str
) -> tuple[dict[str, bool], float]:
    """{key: vetoed} for the held-out rows the engine codes requires_posting. `domain` "coded"
    trains on the training rows coded requires_posting; "context" on every training row with a
    posting cue (the negatives the rules already code False teach the veto their words too)."""
    train = [r for r in train if (r["rp"] if domain == "coded" else r["ctx"])]
    test = [r for r in test if r["rp"]]
    t = choose_threshold(train, c, domain)
    probs = probabilities(fit(train, c), test)
    for r, p in zip(test, probs, strict=True):
        r["p"] = float(p)  # the last held-out probability, for the report of what stayed
    return {r["key"]: p >= t for r, p in zip(test, probs, strict=True)}, t


# -- scoring --------------------------------------------------------------------------------
def confusion(rows: list[dict], vetoed: dict[str, bool] | None = None) -> dict:
    """requires_posting confusion on posting_law vs negative (as bench/measure_coding.py), and
    the campaign texts the engine coded True (not in the confusion)."""
    vetoed = vetoed or {}
    got = {r["key"]: r["rp"] and not vetoed.get(r["key"], False) for r in rows}
    cm = evaluation.confusion(
        (r["label"] == "posting_law", got[r["key"]])
        for r in rows
        if r["label"] in ("posting_law", "negative")
    )
    cm["campaign_coded"] = sum(got[r["key"]] for r in rows if r["label"] == "hotline_campaign")
    return cm


def fmt(cm: dict) -> str:
    return (
        f"TP {cm['tp']:3d} FP {cm['fp']:2d} FN {cm['fn']:2d} TN {cm['tn']:3d} "
        f"P {cm['precision']:.3f} R {cm['recall']:.3f} (campaigns coded {cm['campaign_coded']})"
    )


def leave_one_set_out(
    sets: dict[str, list[dict]], c: float, domain: str
) -> tuple[dict, dict[str, bool]]:
    per_set = {}
    vetoed: dict[str, bool] = {}
    for name, test in sets.items():
        if name == "texts":
            continue  # the shared texts are always in training
        train = [r for other, rs in sets.items() if other != name for r in rs]
        v, t = veto_heldout(train, test, c, domain)
        per_set[name] = (confusion(test), confusion(test, v), t)
        vetoed |= v
    return per_set, vetoed


def leave_states_out(rows: list[dict], c: float, domain: str, k: int = 5) -> dict[str, bool]:
    folds = state_folds([r["state"] for r in rows], k)
    vetoed: dict[str, bool] = {}
    for fold in range(k):
        train = [r for r in rows if folds[r["state"]] != fold]
        test = [r for r in rows if folds[r["state"]] == fold]
        vetoed |= veto_heldout(train, test, c, domain)[0]
    return vetoed


def _changes(rows: list[dict], vetoed: dict[str, bool]) -> tuple[list[str], list[str]]:
    fixed = [r["key"] for r in rows if vetoed.get(r["key"]) and r["y"]]
    lost = [r["key"] for r in rows if vetoed.get(r["key"]) and not r["y"]]
    return fixed, lost


def _report(rows: list[dict], vetoed: dict[str, bool], show: bool) -> None:
    fixed, lost = _changes(rows, vetoed)
    print(f"  pooled before: {fmt(confusion(rows))}")
    print(f"  pooled after:  {fmt(confusion(rows, vetoed))}")
    print(f"  vetoed: {len(fixed)} not-laws (right), {len(lost)} posting laws (wrong)")
    if show:
        print("".join(f"    right: {k}\n" for k in fixed), end="")
        print("".join(f"    WRONG: {k}\n" for k in lost), end="")
        for r in rows:
            if r["rp"] and r["label"] == "negative" and not vetoed.get(r["key"]):
                print(f"    false positive kept: {r['key']} (held-out p={r['p']:.2f})")
    laws = [r["p"] for r in rows if r["rp"] and not r["y"]]
    print(f"  highest held-out veto probability of a posting law: {max(laws):.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--extra", type=Path, action="append", default=[])
    parser.add_argument("--c", type=float, action="append", help=f"C values (default {C_VALUES})")
    parser.add_argument(
        "--domain",
        choices=("coded", "context"),
        action="append",
        help="training domain: texts coded requires_posting, or every text with a posting cue "
        "(default both)",
    )
    parser.add_argument("--show-misses", action="store_true", help="name the vetoed texts")
    args = parser.parse_args(argv)
    for d in [args.shared / "texts", *args.extra]:
        if not (d / "index.csv").exists():
            print(f"{d / 'index.csv'} not found", file=sys.stderr)
            return 2
    sets = {"texts": rows_of(args.shared / "texts", "texts")}
    sets |= {d.name: rows_of(d, d.name) for d in args.extra}
    rows = [r for rs in sets.values() for r in rs]
    coded = [r for r in rows if r["rp"]]
    print(
        f"{len(rows)} labelled texts in {len(sets)} sets; the engine codes {len(coded)} "
        f"requires_posting=True ({sum(r['y'] for r in coded)} of them not posting laws)"
    )
    print(f"training fit of the rules (all development sets): {fmt(confusion(rows))}\n")
    held = [r for name, rs in sets.items() if name != "texts" for r in rs]
    print(f"texts with a posting cue (the 'context' domain): {sum(r['ctx'] for r in rows)}\n")
    for domain, c in itertools.product(args.domain or ("coded", "context"), args.c or C_VALUES):
        per_set, vetoed = leave_one_set_out(sets, c, domain)
        print(f"== {domain}, C={c}: leave-one-set-out ({len(per_set)} sets held out in turn)")
        for name, (before, after, t) in per_set.items():
            mark = "" if before == after else "  <- changed"
            print(f"  {name:14s} t={t:.2f} before {fmt(before)}")
            print(f"  {'':14s}        after  {fmt(after)}{mark}")
        _report(held, vetoed, args.show_misses)
        vetoed = leave_states_out(rows, c, domain)
        print(f"== {domain}, C={c}: leave-states-out (5 folds of whole states, all texts)")
        _report(rows, vetoed, args.show_misses)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
