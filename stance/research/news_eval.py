"""How good a model is on news: the named news test sets in one report (`stance evaluate-news`).

The report scores, with `stance.evaluate`, the project's own labelled news statements
(`data/news_stance`, its items whose target no training row has, its items with no near copy
among our train statements (`near_copies`), and round 8: statements x the
plans, laws and votes of their articles, `data/news_stance/descriptive`), directed_sentiment_news,
GWSD and NewsMTSC, with TweetEval and SemEval Task B (Donald Trump) as guards. ``split='dev'``
gives the dev counterparts, the only ones any choice is made on.

Example:
    >>> from stance.research.news_eval import evaluate_news, format_news_report
    >>> print(format_news_report(evaluate_news(stance.load(), "../shared/data")))  # doctest: +SKIP
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer

from .corpora import default_training_mix, load_corpus, news_training_mix
from .news_stance import TRAIN_ONLY_ROUNDS
from ..evaluate import evaluate
from ..lexical import target_key

#: name -> (corpus, test split, dev split, headline metric), in report order.
NEWS_SETS: dict[str, tuple[str, str, str, str]] = {
    "news_stance (own labels)": ("news_stance", "test", "dev", "f_avg"),
    "news_stance, targets unseen in training": ("news_stance", "test", "dev", "f_avg"),
    "news_stance, no near copy in train": ("news_stance", "test", "dev", "f_avg"),
    "news_stance, plans/laws/votes (round 8)": ("news_stance_descriptive", "test", "dev", "f_avg"),
    "directed_sentiment_news": ("dsn", "test", "dev", "f_avg"),
    "GWSD (climate clauses in news)": ("gwsd", "dev", "dev", "macro_f1"),
    "NewsMTSC (sentiment toward a person)": ("newsmtsc", "test", "dev", "f_avg"),
    "TweetEval (guard)": ("tweeteval", "test", "val", "f_avg"),
    "SemEval Task B, Donald Trump (guard)": ("semeval_taskb_trump", "test", "test", "f_avg"),
}
_UNSEEN = "news_stance, targets unseen in training"
_FAR = "news_stance, no near copy in train"
#: Word-set overlap (Jaccard) from which a train statement is a near copy of an evaluated one.
NEAR_COPY = 0.5


def training_targets(data_dir: str | Path) -> set[str]:
    """The targets (normalised as the n-gram heads match them) of every training row the default
    model has seen: the default mix and the news mix (with the written statements)."""
    parts = [default_training_mix(data_dir)[0], news_training_mix(data_dir, written=1)[0]]
    return {target_key(t) for part in parts for t in part["target"]}


def unseen_target_rows(frame: pd.DataFrame, seen: Iterable[str]) -> pd.DataFrame:
    """The rows of ``frame`` whose target is not among ``seen`` (normalised target keys)."""
    seen = set(seen)
    return frame[[target_key(t) not in seen for t in frame["target"]]]


def near_copies(statements: Iterable[str], others: Iterable[str], *, threshold: float = NEAR_COPY,
                chunk: int = 512) -> np.ndarray:
    """For each of ``statements``, whether one of ``others`` is a near copy of it: their sets of
    lower-cased words overlap by ``threshold`` or more (Jaccard). FNC-1 repeats stories with small
    edits and the same quotation runs in several articles, so a dev or test statement can have a
    near copy among the training statements although no article is in two splits.

    Example:
        >>> near_copies(["The toll is a scandal, she said."], ["the toll is a scandal", "Ferries run late."]).tolist()
        [True]
    """
    statements, others = list(statements), list(others)
    out = np.zeros(len(statements), dtype=bool)
    if not statements or not others:
        return out
    vec = CountVectorizer(binary=True, lowercase=True, token_pattern=r"[a-z0-9]+").fit(statements + others)
    a, b = vec.transform(statements).astype(np.float32), vec.transform(others).astype(np.float32)
    size_b = np.asarray(b.sum(axis=1)).ravel()
    for lo in range(0, len(statements), chunk):
        block = a[lo:lo + chunk]
        inter = (block @ b.T).toarray()
        size_a = np.asarray(block.sum(axis=1)).ravel()
        union = size_a[:, None] + size_b[None, :] - inter
        jaccard = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
        out[lo:lo + chunk] = (jaccard >= threshold).any(axis=1)
    return out


def train_statements(data_dir: str | Path) -> list[str]:
    """Every statement of our labelled train items (`data/news_stance`, with rounds 8 to 13)."""
    corpora = ("news_stance", "news_stance_descriptive", *(f"news_stance_round{n}" for n in TRAIN_ONLY_ROUNDS))
    return [s for corpus in corpora for s in load_corpus(corpus, data_dir, "train")["statement"]]


def evaluate_news(model, data_dir: str | Path, *, split: str = "test",
                  seen_targets: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """Score ``model`` on every news set of `NEWS_SETS` (``split`` 'test' or 'dev').

    Args:
        model: a `StanceModel`.
        data_dir: the shared corpora folder (e.g. ``../shared/data``).
        split: 'test' for the reported numbers, 'dev' for the sets choices are made on
            (Task B has only a test split and is left out of the dev report).
        seen_targets: normalised targets of the model's training rows; default: those of the
            default model's training data (`training_targets`).

    Returns:
        name -> the `stance.evaluate` report plus 'metric' (the headline metric's name).
    """
    if split not in ("test", "dev"):
        raise ValueError(f"split must be 'test' or 'dev', got {split!r}")
    results: dict[str, dict[str, Any]] = {}
    for name, (corpus, test_split, dev_split, metric) in NEWS_SETS.items():
        if split == "dev" and corpus == "semeval_taskb_trump":
            continue
        frame = load_corpus(corpus, data_dir, test_split if split == "test" else dev_split)
        if name == _UNSEEN:
            seen = training_targets(data_dir) if seen_targets is None else seen_targets
            frame = unseen_target_rows(frame, seen)
        elif name == _FAR:
            frame = frame[~near_copies(frame["statement"], train_statements(data_dir))]
        results[name] = dict(evaluate(model, frame), metric=metric)
    return results


def format_news_report(results: dict[str, dict[str, Any]]) -> str:
    """The report as a text table: n, F_avg, macro-F1, accuracy, headline metric marked with *."""
    lines = [f"{'news set':<44}{'n':>6}{'F_avg':>9}{'macroF1':>9}{'acc':>8}"]
    for name, r in results.items():
        f_avg = "-" if r["f_avg"] is None else f"{100 * r['f_avg']:.2f}"
        cells = {"f_avg": f_avg, "macro_f1": f"{100 * r['macro_f1']:.2f}"}
        cells[r["metric"]] += "*"
        lines.append(f"{name:<44}{r['n']:>6}{cells['f_avg']:>9}{cells['macro_f1']:>9}{100 * r['accuracy']:>8.2f}")
    lines.append("* the set's headline metric")
    return "\n".join(lines)
