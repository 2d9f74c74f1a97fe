"""Does the promotes_hotline model gain from seeing more of the text? A cross-validated comparison.

Issue 14, round 5. The stored model (data/coding/model.json, bench/train_coding_model.py) sees
only the rules' cues (hotline_watch.coding.model.FEATURES). This script compares it, on the same
leave-states-out folds, with the same model given the words of the text besides the cues: a bag
of words and word bigrams of

* the lead (headline and first sentence: who speaks, what they do; outreach.LEAD_CHARS), and/or
* the sentences around each trafficking hotline reference (and the sentence before each), and
* as a control, the first 6,000 characters of the whole text (words only).

Each word is a binary feature (scaled by `alpha` against the standardised cues), kept when it
occurs in at least `min_df` texts of the training folds; the vocabulary is chosen inside each
fold, so no word of a held-out state is known to its model. Logistic regression (lbfgs, L2,
strength C) as for the stored model. Texts the model does not decide keep the rules' verdict,
for both variants. It also prints each variant's confusion at several decision thresholds.

Run over all development texts (../shared/texts/ and every --extra DIR); `--other-folds N`
repeats the main comparison on N other assignments of states to folds:
  .venv/bin/python bench/cv_coding_text_features.py --extra ../notes/heldout-14 \\
      --extra ../notes/heldout-14c --extra ../notes/heldout-14d [--other-folds 4]
Needs scikit-learn and numpy (the `test` extra). Deterministic; a few seconds on one core.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path

from benchlib import SHARED
from train_coding_model import (
    C,
    confusion,
    cross_validate,
    dataset,
    extra_rows,
    format_confusion,
)

from hotline_watch.coding.engine import Analysis
from hotline_watch.coding.outreach import LEAD_CHARS
from hotline_watch.coding.split import state_folds
from hotline_watch.coding.text import sentence_span

_WORD = re.compile(r"[a-z][a-z'\-]+")
_STOP = frozenset(
    "the a an of and to in for on at by with is are was were be this that it as or from".split()
)
REGIONS = {"lead": "L", "hotline sentences": "H", "lead + hotline sentences": "LH", "whole": "A"}


def _bag(s: str, prefix: str) -> set[str]:
    words = _WORD.findall(s)
    bag = {prefix + w for w in words if w not in _STOP}
    return bag | {f"{prefix}{x} {y}" for x, y in zip(words, words[1:], strict=False)}


def words_of(a: Analysis) -> dict[str, set[str]]:
    """The bags of words of one text that the model decides, by region."""
    low = a.low
    assert a.outreach is not None
    lead = low[: min(LEAD_CHARS, len(low) // 2)]
    spans = []
    for r in a.outreach.refs[:5]:
        lo, hi = sentence_span(low, r.start, r.end)
        if lo > 2:
            lo = sentence_span(low, lo - 2, lo - 2)[0]  # and the sentence before
        spans.append(low[lo:hi])
    lead_bag, hotline_bag = _bag(lead, ""), _bag(" . ".join(spans), "")
    whole = {w for w in _WORD.findall(low[:6000]) if w not in _STOP}
    return {"L": lead_bag, "H": hotline_bag, "LH": lead_bag | hotline_bag, "A": whole}


def _more(a: Analysis) -> dict:
    return {"words": words_of(a)}


def _matrix(rs: list[dict], mean, sd, vocab: dict[str, int], region: str | None, alpha: float):
    """Standardised cues, then `alpha` for each vocabulary word the text has."""
    import numpy as np

    z = (np.array([r["x"] for r in rs], float) - mean) / sd
    w = np.zeros((len(rs), len(vocab)))
    for i, r in enumerate(rs):
        for word in r["words"][region] if region else ():
            if word in vocab:
                w[i, vocab[word]] = alpha
    return np.hstack([z, w])


def cv_probabilities(
    rows: list[dict],
    *,
    c: float,
    region: str | None,
    min_df: int = 3,
    alpha: float = 1.0,
    k: int = 5,
    salt: str = "",
) -> tuple[dict[str, float], dict[str, bool]]:
    """Leave-states-out: P(promotes) for the texts the model decides, the rules' verdict for the
    others. `region` None = cues only (the stored model's design)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    folds = state_folds([r["state"] for r in rows], k, salt)
    probs: dict[str, float] = {}
    rules = {r["key"]: bool(r["rule"]) for r in rows if r["x"] is None}
    for fold in range(k):
        train = [r for r in rows if folds[r["state"]] != fold and r["x"] is not None]
        test = [r for r in rows if folds[r["state"]] == fold and r["x"] is not None]
        cues = np.array([r["x"] for r in train], float)
        mean, sd = cues.mean(0), cues.std(0)
        sd[sd == 0] = 1.0
        df = Counter(w for r in train for w in r["words"][region]) if region else Counter()
        vocab = {w: i for i, w in enumerate(sorted(w for w, n in df.items() if n >= min_df))}

        clf = LogisticRegression(C=c, solver="lbfgs", max_iter=5000)
        clf.fit(_matrix(train, mean, sd, vocab, region, alpha), [r["y"] for r in train])
        if test:
            for r, p in zip(
                test,
                clf.predict_proba(_matrix(test, mean, sd, vocab, region, alpha))[:, 1],
                strict=True,
            ):
                probs[r["key"]] = float(p)
    return probs, rules


def at(rows: list[dict], probs: dict[str, float], rules: dict[str, bool], t: float) -> dict:
    return confusion(rows, rules | {key: p >= t for key, p in probs.items()})


def _line(name: str, cm: dict) -> str:
    return f"{name:52s} {format_confusion(cm)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--extra", type=Path, action="append", default=[])
    parser.add_argument(
        "--other-folds",
        type=int,
        default=0,
        help="also compare cues only and cues + words on N other fold assignments",
    )
    args = parser.parse_args(argv)
    if not (args.shared / "texts" / "index.csv").exists():
        print(f"{args.shared / 'texts' / 'index.csv'} not found", file=sys.stderr)
        return 2
    rows = dataset(args.shared, _more) + [r for d in args.extra for r in extra_rows(d, _more)]
    decided = sum(r["x"] is not None for r in rows)
    print(f"{len(rows)} labelled texts; the model decides {decided}; 5 leave-states-out folds\n")
    stored, _ = cross_validate(rows, c=C)
    base_probs, rules = cv_probabilities(rows, c=C, region=None)
    base = at(rows, base_probs, rules, 0.5)
    assert base == stored, (base, stored)  # the same folds and fits as train_coding_model.py
    print(_line(f"cues only (the stored design), C={C}", base))
    for c in (0.1, 1.0):
        print(_line(f"cues only, C={c}", at(rows, *cv_probabilities(rows, c=c, region=None), 0.5)))
    print()
    for (name, region), c, min_df, alpha in itertools.product(
        REGIONS.items(), (0.1, 0.3, 1.0), (3, 5), (0.5, 1.0)
    ):
        probs, rules = cv_probabilities(rows, c=c, region=region, min_df=min_df, alpha=alpha)
        label = f"cues + words of {name}, C={c} df>={min_df} a={alpha}"
        print(_line(label, at(rows, probs, rules, 0.5)))
    print("\ndecision threshold (same folds, C=0.3; words: lead + hotline sentences, df>=3, a=1)")
    words_probs, _ = cv_probabilities(rows, c=C, region="LH")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        print(_line(f"  t={t} cues only", at(rows, base_probs, rules, t)))
        print(_line(f"  t={t} cues + words", at(rows, words_probs, rules, t)))
    for n in range(1, args.other_folds + 1):
        salt = f"/{n}"
        print(f"\nother folds ({salt!r}), C={C}, threshold 0.5")
        for name, region, alpha in (
            ("cues only", None, 1.0),
            ("cues + words of lead + hotline sentences, a=0.5", "LH", 0.5),
            ("cues + words of lead + hotline sentences, a=1", "LH", 1.0),
        ):
            probs, rules = cv_probabilities(rows, c=C, region=region, alpha=alpha, salt=salt)
            print(_line(f"  {name}", at(rows, probs, rules, 0.5)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
