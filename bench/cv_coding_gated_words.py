"""Can a learned word model decide the texts the "no outreach effort" gate stops? A CV comparison.

Issue 14, round 18. The stored promotes_hotline model (hotline_watch.coding.model) decides only
texts with some outreach cue (`applies`: `out.efforts` not empty); a text where a public office
acts and gives a trafficking hotline but no effort cue fired ends on the rules' "no outreach
effort" (False) before any model sees it: the GATED texts. Set 17's misses were mostly there
(efforts described in words no cue knows). This script

1. counts, over all development texts, the labelled campaigns and the negatives that end there;
2. compares, under leave-one-set-out (the shared texts and sets 2-17, each written by another
   writer, 17 groups: the honest
   estimate for a part that learns its words from data; the rules themselves were written
   against every set, so the gate is not held out) and leave-states-out (5 folds), the current
   engine (cue model re-fitted per fold, gated texts False) with the same engine plus a word
   model deciding the gated texts. Word models (logistic regression, lbfgs, L2; binary words and
   bigrams of the lead and of the hotline sentences, as bench/cv_coding_text_features.py; the
   vocabulary is chosen inside each fold, `min_df` training texts):
   * `gated`: fitted on the gated texts of the training folds only;
   * `office+hotline`: fitted on every text where an office acts and a hotline is given (the
     model's texts and the gated ones), with a "gated" indicator, applied to the gated texts;
   * `cues+words`: the same, with the rules' 14 cues (standardised) beside the words.
   `--region A` uses the words of the whole text (its first 6,000 characters) instead.

Round 18's result (docs/coding-measurement.md): no setting raises leave-one-set-out recall
without losing precision, so no word model is in the engine.

Prints TP FP FN TN of promotes_hotline overall and on the gated subset, at several thresholds.
  .venv/bin/python bench/cv_coding_gated_words.py --extra ../notes/heldout-14 ... \\
      --extra ../notes/heldout-14q
Deterministic; about 2 minutes on one core; needs scikit-learn and numpy (the `test` extra).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from benchlib import SHARED
from cv_coding_text_features import words_of
from train_coding_model import confusion, fit, format_confusion, predict

from hotline_watch.coding import read_document_and_url
from hotline_watch.coding.engine import Analysis
from hotline_watch.coding.model import applies, features
from hotline_watch.coding.split import load_index, state_folds


def gated(a: Analysis) -> bool:
    """An office acts and gives a trafficking hotline, nothing else settles the text, but no
    effort cue fired: the rules' "no outreach effort" before the model."""
    out = a.outreach
    return (
        out is not None
        and out.office is not None
        and bool(out.given)
        and not out.efforts
        and not out.reminder
        and not out.voice.ngo_lead
        and not out.about_else
    )


def rows_of(texts: Path, set_name: str, region: str = "LH") -> list[dict]:
    rows = []
    for entry in load_index(texts):
        text, url = read_document_and_url(texts / entry["file"])
        a = Analysis(text, use_model=False, url=url)
        out = a.outreach
        x = features(out, bool(a.mandates)) if applies(out) else None
        g = x is None and gated(a)
        rows.append(
            {
                **entry,
                "set": set_name,
                "key": f"{texts.name}/{entry['file']}",
                "x": x,
                "rule": None if x is not None else a.promotes,
                "y": int(entry["label"] == "hotline_campaign"),
                "gated": g,
                "reason": out.reason if out is not None else "",
                "words": words_of(a)[region] if (g or x is not None) else set(),
                # the rules' cues of every text a word model sees (the gated ones too)
                "fx": features(out, bool(a.mandates)) if (g or x is not None) else None,
            }
        )
    return rows


def _word_fit(train: list[dict], c: float, min_df: int, with_gate: bool, cues: bool = False):
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    df = Counter(w for r in train for w in r["words"])
    vocab = {w: i for i, w in enumerate(sorted(w for w, n in df.items() if n >= min_df))}
    fx = np.array([r["fx"] for r in train], float)
    mean, sd = fx.mean(0), fx.std(0)
    sd[sd == 0] = 1.0

    def matrix(rs: list[dict]):
        m = np.zeros((len(rs), len(vocab) + 1))
        for i, r in enumerate(rs):
            for w in r["words"]:
                if w in vocab:
                    m[i, vocab[w]] = 1.0
            m[i, -1] = float(r["gated"]) if with_gate else 0.0
        if cues and rs:
            m = np.hstack([(np.array([r["fx"] for r in rs], float) - mean) / sd, m])
        return m

    ys = [r["y"] for r in train]
    if len(set(ys)) < 2:
        return lambda rs: [0.0 for _ in rs]
    clf = LogisticRegression(C=c, solver="lbfgs", max_iter=5000).fit(matrix(train), ys)
    return lambda rs: list(clf.predict_proba(matrix(rs))[:, 1]) if rs else []


def run(
    rows: list[dict], split: dict[str, int], variant: str | None, c: float, min_df: int
) -> tuple[dict[str, bool], dict[str, float]]:
    """Each fold coded by models fitted on the others: the cue model for its texts, and (unless
    `variant` is None) a word model for the gated texts. Returns verdicts and gated P."""
    got: dict[str, bool] = {}
    probs: dict[str, float] = {}
    for fold in sorted(set(split.values())):
        train = [r for r in rows if split[r["key"]] != fold]
        test = [r for r in rows if split[r["key"]] == fold]
        got |= predict(fit(train), test)
        if variant is None:
            continue
        if variant == "gated":
            wtrain = [r for r in train if r["gated"]]
        else:
            wtrain = [r for r in train if r["gated"] or r["x"] is not None]
        score = _word_fit(wtrain, c, min_df, variant != "gated", variant == "cues+words")
        gtest = [r for r in test if r["gated"]]
        probs |= {r["key"]: float(p) for r, p in zip(gtest, score(gtest), strict=True)}
    return got, probs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--extra", type=Path, action="append", default=[])
    parser.add_argument("--show", action="store_true", help="list the gated texts")
    parser.add_argument(
        "--region",
        default="LH",
        choices=("LH", "L", "H", "A"),
        help="the words: lead + hotline sentences (LH, default), lead, hotline sentences, or "
        "the whole text's first 6,000 characters (A, words only)",
    )
    args = parser.parse_args(argv)
    rows = rows_of(args.shared / "texts", "texts", args.region)
    for d in args.extra:
        rows += rows_of(d, d.name, args.region)
    g = [r for r in rows if r["gated"]]
    print(f"{len(rows)} labelled texts in {len({r['set'] for r in rows})} sets")
    print(
        f"model decides {sum(r['x'] is not None for r in rows)}; gated {len(g)}: "
        f"{Counter(r['label'] for r in g)}"
    )
    ended = Counter(
        (r["label"], r["set"])
        for r in rows
        if r["reason"] == "no outreach effort" and r["x"] is None
    )
    print(
        "ended on 'no outreach effort' (rules):",
        dict(Counter(lab for (lab, _s) in ended.elements())),
    )
    if args.show:
        for r in g:
            print(f"  {r['label']:16s} {r['key']}")
    sets = {r["set"] for r in rows}
    loso = {r["key"]: sorted(sets).index(r["set"]) for r in rows}
    folds = state_folds([r["state"] for r in rows], 5)
    lso = {r["key"]: folds[r["state"]] for r in rows}
    gated_rows = [r for r in rows if r["gated"]]
    for split_name, split in (("leave-one-set-out", loso), ("leave-states-out", lso)):
        base, _ = run(rows, split, None, 0.3, 3)
        print(f"\n{split_name}")
        print(f"  {'current engine':44s} {format_confusion(confusion(rows, base))}")
        print(f"  {'  gated subset':44s} {format_confusion(confusion(gated_rows, base))}")
        for variant in ("gated", "office+hotline", "cues+words"):
            for c in (0.3, 1.0):
                for min_df in (3,):
                    _, probs = run(rows, split, variant, c, min_df)
                    if args.show:
                        for k, p in sorted(probs.items(), key=lambda kv: -kv[1]):
                            print(f"    {p:.2f} {k}")
                    for t in (0.5, 0.7, 0.85):
                        got = base | {k: p >= t for k, p in probs.items()}
                        name = f"+ words [{variant}] C={c} df>={min_df} t={t}"
                        print(f"  {name:44s} {format_confusion(confusion(rows, got))}")
                        print(
                            f"  {'  gated subset':44s} "
                            f"{format_confusion(confusion(gated_rows, got))}"
                        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
