"""End-to-end scores of `stance.analyze` against per-article gold tables (`stance evaluate-analysis`).

Each gold article (`data/news_stance/articles/gold.jsonl`) names its targets and lists, for every
speaker the article quotes or reports, the speaker's stance toward each target they speak about
(support / oppose / mixed / neutral), written from the whole article under `docs/labelling.md`.
The article text is rebuilt from the shared corpora folder, as for `stance.research.news_stance`.

A gold cell is **found** when `analyze` has a cell for a speaker that matches the gold speaker
(same name, or the same last name) and the same target; a gold cell that is not found counts as
predicted neutral. Predicted support/oppose cells of a matched speaker toward a target the gold
table leaves empty count as errors against neutral.

With 470 dev cells in 70 articles a change of one F_avg point is within the noise, so the report
carries a 95% bootstrap interval over articles (`article_bootstrap`), and `compare_analysis` gives
the paired interval of the difference between two runs on the same articles (`stance
evaluate-analysis --against OTHER_MODEL`).

Example:
    >>> from stance.research.analysis_eval import evaluate_analysis, format_analysis_report
    >>> print(format_analysis_report(evaluate_analysis(stance.load(), "../shared/data", "dev")))  # doctest: +SKIP
"""
from __future__ import annotations

import json
import re
import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from ..analyze import Analysis, analyze
from ..extract.lexicon import group_name, speaks_as_country
from ..metrics import F_AVG_LABELS, score_labels
from .news_stance import CELL_LABELS, DATA_DIR, NewsStanceError, source_text

GOLD_FILE = DATA_DIR / "articles" / "gold.jsonl"
#: Resamples of the articles behind each bootstrap interval (seeded: the same interval every run).
BOOTSTRAP_RESAMPLES = 2000
_TITLES = re.compile(r"^(mr|mrs|ms|dr|sen|senator|gov|governor|rep|president|gen|secretary)\.?\s+", re.I)


def read_gold(path: str | Path | None = None, split: str | None = None) -> list[dict[str, Any]]:
    """The gold articles (doc, split, targets, speakers, cells), optionally of one split."""
    path = Path(path) if path is not None else GOLD_FILE
    if not path.exists():
        raise FileNotFoundError(f"no gold article tables at {path}")
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for a in articles:
        for c in a["cells"]:
            if c["label"] not in CELL_LABELS:
                raise NewsStanceError(f"{a['doc']}: cell {c['speaker']!r} x {c['target']!r} has label "
                                      f"{c['label']!r}; expected one of {CELL_LABELS}")
    return [a for a in articles if split is None or a["split"] == split]


def _name_key(name: str) -> tuple[str, ...]:
    words = re.findall(r"[a-z0-9]+", _TITLES.sub("", name.strip()).lower().replace("’s", "").replace("'s", ""))
    return tuple(w for w in words if w not in {"the", "of", "a", "an"})


def same_speaker(gold: str, predicted: str | None) -> bool:
    """Whether a predicted speaker names the gold one: the same words, or the same last word
    ('Donald J. Trump' / 'Trump'), titles and 'the' ignored; an organisation's members and short
    forms name it (`stance.extract.lexicon.group_name`: 'ISIS' / 'Islamic State'), and a capital
    its country (`stance.extract.lexicon.speaks_as_country`: 'Beijing' / 'China'), as the extractor names them."""
    if not predicted:
        return False
    if speaks_as_country(gold, predicted) or speaks_as_country(predicted, gold):
        return True
    a, b = _name_key(group_name(gold)), _name_key(group_name(predicted))
    return bool(a and b) and (a == b or a[-1] == b[-1])


def gold_articles(split: str = "dev", *, path: str | Path | None = None,
                  corpus: str | None = None) -> list[dict[str, Any]]:
    """The gold articles of a split, only those of one source corpus ('polnear' or 'fnc1': the
    start of the doc id) when ``corpus`` is given."""
    articles = read_gold(path, split)
    if corpus is not None:
        articles = [a for a in articles if a["doc"].split("/", 1)[0] == corpus]
        if not articles:
            raise ValueError(f"no {split} gold article from corpus {corpus!r}; the doc ids start with "
                             f"{sorted({a['doc'].split('/', 1)[0] for a in read_gold(path)})}")
    return articles


_SEEN: dict = {}  # the warnings registry of `analyze_articles`: a message passed on once
_TRUNCATED = re.compile(r"^(\d+) of \d+ statement/target pairs are longer than the model's limit of (\d+) tokens")


def analyze_articles(model, data_dir: str | Path, articles: list[dict[str, Any]],
                     **analyze_options: Any) -> list[Analysis]:
    """`analyze` on each gold article with its targets (the text rebuilt from ``data_dir``).

    The model's warning about statements cut to its length limit comes once for the whole run,
    with the total, instead of once per article; other warnings pass through."""
    results, n_cut, limit = [], 0, None
    for a in articles:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            results.append(analyze(source_text(a["doc"], data_dir), targets=a["targets"], model=model,
                                   **analyze_options))
        for w in caught:
            m = _TRUNCATED.match(str(w.message))
            if m:
                n_cut, limit = n_cut + int(m.group(1)), m.group(2)
            else:
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, registry=_SEEN)
    if n_cut:
        warnings.warn(f"{n_cut} statement readings in {len(articles)} articles were longer than the model's limit of "
                      f"{limit} tokens and were truncated", stacklevel=2)
    return results


def score_article(article: dict[str, Any], result: Analysis) -> dict[str, Any]:
    """One article's row of an `evaluate_analysis` report: its gold and predicted cell labels
    (gold cells first, then the extra stance cells as gold 'neutral'), gold cells found, extra
    stance cells."""
    gold, pred = [], []
    cells = {(r.speaker, r.target): r for r in result.by_speaker().itertuples()}
    gold_cells = {(c["speaker"], c["target"]): c["label"] for c in article["cells"]}
    n_found = extra = 0
    for (speaker, target), label in gold_cells.items():
        matches = [r for (sp, tg), r in cells.items() if tg == target and same_speaker(speaker, sp)]
        if matches:
            n_found += 1
            pred.append(max(matches, key=lambda r: (r.n_relevant, abs(r.net))).stance)
        else:
            pred.append("neutral")
        gold.append(label)
    for (sp, tg), r in cells.items():
        if r.stance in ("support", "oppose") and not any(
                tg == g_tg and same_speaker(g_sp, sp) for g_sp, g_tg in gold_cells):
            if any(same_speaker(g, sp) for g in article.get("speakers", [])):
                extra += 1
                gold.append("neutral")
                pred.append(r.stance)
    return {"doc": article["doc"], "gold_cells": len(gold_cells), "found": n_found, "extra": extra,
            "gold": gold, "pred": pred}


def analysis_report(per_article: list[dict[str, Any]], split: str = "dev") -> dict[str, Any]:
    """The `evaluate_analysis` report of a list of `score_article` rows."""
    gold_all = [g for a in per_article for g in a["gold"]]
    pred_all = [p for a in per_article for p in a["pred"]]
    n_gold = sum(a["gold_cells"] for a in per_article)
    scores = score_labels(gold_all, pred_all, list(CELL_LABELS)) if gold_all else {}
    intervals = article_bootstrap(per_article) if per_article else {}
    return {"split": split, "articles": len(per_article), "gold_cells": n_gold,
            "found": sum(a["found"] for a in per_article) / n_gold if n_gold else 0.0,
            "cell_accuracy": scores.get("accuracy", 0.0), "f_avg": scores.get("f_avg"),
            "macro_f1": scores.get("macro_f1", 0.0), "extra_stance_cells": sum(a["extra"] for a in per_article),
            "f_avg_ci": intervals.get("f_avg"), "accuracy_ci": intervals.get("accuracy"),
            "per_label": scores.get("per_label", {}), "per_article": per_article}


def evaluate_analysis(model, data_dir: str | Path, split: str = "dev", *, path: str | Path | None = None,
                      corpus: str | None = None, **analyze_options: Any) -> dict[str, Any]:
    """Cell accuracy, F_avg over (speaker, target) cells and the share of gold cells found.

    Args:
        model: a `StanceModel` for `analyze`.
        data_dir: the shared corpora folder the article texts are rebuilt from.
        split: 'dev' (for choices) or 'test' (scored once).
        path: another gold file.
        corpus: only the articles of this source corpus ('polnear' or 'fnc1': the start of the doc id).
        **analyze_options: passed to `stance.analyze` (e.g. relevance_check=False, neutral_margin=0.1).

    Returns:
        A dict: articles, gold_cells, found (share), cell_accuracy, f_avg, macro_f1 (over the
        labels present), extra_stance_cells (predicted support/oppose cells with no gold cell),
        f_avg_ci and accuracy_ci (95% bootstrap intervals over articles, `article_bootstrap`),
        and per_article rows (with each article's gold and predicted cell labels).
    """
    articles = gold_articles(split, path=path, corpus=corpus)
    results = analyze_articles(model, data_dir, articles, **analyze_options)
    return analysis_report([score_article(a, r) for a, r in zip(articles, results)], split)


#: The neutral margins `choose_neutral_margin` tries: p(neutral) raised by up to 0.4 or lowered by up to 0.4.
MARGIN_GRID = tuple(k / 20 for k in range(-8, 9))


def choose_neutral_margin(articles: list[dict[str, Any]], results: list[Analysis], *,
                          grid: tuple[float, ...] = MARGIN_GRID, folds: int = 5, split: str = "dev",
                          seed: int = 0) -> dict[str, Any]:
    """A model's neutral margin for `analyze` (``settings["analysis_neutral_margin"]``), chosen on
    per-article gold tables, with an honest estimate of what the choice gives.

    The articles are dealt into ``folds`` folds at random (seeded); for each fold the margin with
    the best cell F_avg on the other folds is chosen and the fold's cells are scored with it
    (`Analysis.relabel`: no model run per margin). The out-of-fold report is what a margin chosen
    this way gives on articles it was not chosen on; ``margin`` is the one chosen on all articles
    (ties: the smallest change from 0), the value to store in the model.

    Returns:
        A dict: margin, fold_margins, out_of_fold (an `analysis_report` of the out-of-fold cells,
        rows in article order), by_margin ({margin: cell F_avg on all articles}).
    """
    if len(articles) != len(results):
        raise ValueError(f"{len(articles)} articles but {len(results)} analyses")
    rows = {m: [score_article(a, r.relabel(m)) for a, r in zip(articles, results)] for m in grid}
    best, choices, out_of_fold, by_key = _choose_out_of_fold(rows, sorted(grid, key=abs), folds, seed, split)
    return {"margin": best, "fold_margins": choices, "out_of_fold": out_of_fold, "by_margin": by_key}


#: The speaker weights `choose_reading` tries (`StanceModel.analysis_speaker`).
SPEAKER_WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)


def blend_readings(alone: Analysis, spoken: Analysis, weight: float, neutral_margin: float | None = None) -> Analysis:
    """One article's two analyses, read alone (``use_speaker=False``) and with speakers
    (``use_speaker=True``), as the analysis with speaker weight ``weight`` gives it: each record's
    probabilities (1 - weight) alone + weight spoken, labelled at ``neutral_margin`` (default: the
    margin of ``alone``).

    Raises:
        ValueError: the two analyses hold different statements or targets.
    """
    if [(r.statement.start, r.statement.end, r.target) for r in alone.stances] != \
            [(r.statement.start, r.statement.end, r.target) for r in spoken.stances]:
        raise ValueError("the two analyses hold different statements or targets; analyze the same article "
                         "with the same extractor and targets")
    stances = [replace(r, scores={k: (1 - weight) * v + weight * t.scores[k] for k, v in r.scores.items()})
               for r, t in zip(alone.stances, spoken.stances)]
    margin = alone.neutral_margin if neutral_margin is None else neutral_margin
    return replace(alone, stances=stances, speaker_weight=float(weight)).relabel(margin)


def choose_reading(articles: list[dict[str, Any]], alone: list[Analysis], spoken: list[Analysis], *,
                   weights: tuple[float, ...] = SPEAKER_WEIGHTS, grid: tuple[float, ...] = MARGIN_GRID,
                   folds: int = 5, split: str = "dev", seed: int = 0) -> dict[str, Any]:
    """A model's speaker weight and neutral margin for `analyze` (``settings["analysis_speaker"]``
    and ``settings["analysis_neutral_margin"]``), chosen together on per-article gold tables as
    `choose_neutral_margin` chooses the margin alone: out of fold by article, from the articles read
    alone and with speakers (`blend_readings`; no model run per setting). Ties go to the margin
    nearest 0, then to the smaller weight.

    Returns:
        A dict: weight, margin, fold_choices ([(weight, margin)] per fold), out_of_fold (an
        `analysis_report`), by_setting ({(weight, margin): cell F_avg on all articles}).
    """
    if not len(articles) == len(alone) == len(spoken):
        raise ValueError(f"{len(articles)} articles but {len(alone)} and {len(spoken)} analyses")
    rows = {(w, m): [score_article(a, blend_readings(x, y, w, m)) for a, x, y in zip(articles, alone, spoken)]
            for w in weights for m in grid}
    order = sorted(rows, key=lambda k: (abs(k[1]), k[0]))
    (weight, margin), choices, out_of_fold, by_key = _choose_out_of_fold(rows, order, folds, seed, split)
    return {"weight": weight, "margin": margin, "fold_choices": choices, "out_of_fold": out_of_fold,
            "by_setting": by_key}


def _choose_out_of_fold(rows: dict[Any, list[dict[str, Any]]], order: list, folds: int, seed: int,
                        split: str) -> tuple[Any, list, dict[str, Any], dict[Any, float]]:
    """The setting (a key of ``rows``: per setting, the `score_article` rows of every article) with
    the best cell F_avg on all articles, the one chosen for each fold on the other folds, the
    `analysis_report` of each fold scored with its choice, and the F_avg of every setting."""
    n = len(next(iter(rows.values())))
    if n < folds:
        raise ValueError(f"{n} articles cannot make {folds} folds; pass fewer folds")
    counts = {k: _cell_counts(v) for k, v in rows.items()}

    def best(mask: np.ndarray):
        return max(order, key=lambda k: float(_scores_of(counts[k][mask].sum(axis=0))["f_avg"]))

    fold_of = np.random.default_rng(seed).permutation(n) % folds
    choices, out = [], [None] * n
    for f in range(folds):
        k = best(fold_of != f)
        choices.append(k)
        for i in np.flatnonzero(fold_of == f):
            out[i] = rows[k][i]
    return (best(np.ones(n, dtype=bool)), choices, analysis_report(out, split),
            {k: float(_scores_of(counts[k].sum(axis=0))["f_avg"]) for k in rows})


def _cell_counts(per_article: list[dict[str, Any]]) -> np.ndarray:
    """Per article: [correct, cells, then tp, fp, fn for each F_avg label] (shape articles x 8)."""
    rows = []
    for a in per_article:
        gold, pred = np.asarray(a["gold"], dtype=object), np.asarray(a["pred"], dtype=object)
        row = [float(np.sum(gold == pred)), float(len(gold))]
        for label in F_AVG_LABELS:
            row += [float(np.sum((pred == label) & (gold == label))), float(np.sum((pred == label) & (gold != label))),
                    float(np.sum((pred != label) & (gold == label)))]
        rows.append(row)
    return np.asarray(rows, dtype=float).reshape(len(per_article), 2 + 3 * len(F_AVG_LABELS))


def _scores_of(totals: np.ndarray) -> dict[str, np.ndarray]:
    """Accuracy and F_avg from summed counts (last axis as in `_cell_counts`), for any leading shape."""
    f1s = []
    for k in range(len(F_AVG_LABELS)):
        tp, fp, fn = (totals[..., 2 + 3 * k + j] for j in range(3))
        denominator = 2 * tp + fp + fn
        f1s.append(np.divide(2 * tp, denominator, out=np.zeros_like(tp), where=denominator > 0))
    cells = totals[..., 1]
    return {"accuracy": np.divide(totals[..., 0], cells, out=np.zeros_like(cells), where=cells > 0),
            "f_avg": np.mean(f1s, axis=0)}


def _resample_weights(n_articles: int, resamples: int, seed: int) -> np.ndarray:
    """How often each article is drawn in each resample (resamples x articles)."""
    rng = np.random.default_rng(seed)
    return rng.multinomial(n_articles, np.full(n_articles, 1 / n_articles), size=resamples).astype(float)


def article_bootstrap(per_article: list[dict[str, Any]], *, resamples: int = BOOTSTRAP_RESAMPLES,
                      seed: int = 0) -> dict[str, tuple[float, float]]:
    """95% bootstrap intervals of cell F_avg and accuracy, resampling whole articles (the cells of
    one article are not independent). ``per_article``: the rows of an `evaluate_analysis` report.

    Example:
        >>> rows = [{"gold": ["support"], "pred": ["support"]}, {"gold": ["oppose"], "pred": ["neutral"]}]
        >>> sorted(article_bootstrap(rows))
        ['accuracy', 'f_avg']
    """
    counts = _cell_counts(per_article)
    scores = _scores_of(_resample_weights(len(counts), resamples, seed) @ counts)
    return {name: (float(np.percentile(v, 2.5)), float(np.percentile(v, 97.5))) for name, v in scores.items()}


def compare_analysis(report: dict[str, Any], other: dict[str, Any], *, resamples: int = BOOTSTRAP_RESAMPLES,
                     seed: int = 0) -> dict[str, Any]:
    """The paired difference ``report - other`` in cell F_avg and accuracy, with a 95% bootstrap
    interval over articles (both runs resampled with the same draws) and the share of resamples in
    which ``report`` is ahead.

    Raises:
        ValueError: the two reports were not scored on the same articles.
    """
    docs, other_docs = [a["doc"] for a in report["per_article"]], [a["doc"] for a in other["per_article"]]
    if docs != other_docs:
        raise ValueError("the two reports cover different articles; score both on the same split and gold file")
    weights = _resample_weights(len(docs), resamples, seed)
    counts, other_counts = _cell_counts(report["per_article"]), _cell_counts(other["per_article"])
    mine, theirs = _scores_of(weights @ counts), _scores_of(weights @ other_counts)
    point, other_point = _scores_of(counts.sum(axis=0)), _scores_of(other_counts.sum(axis=0))
    out: dict[str, Any] = {}
    for name in ("f_avg", "accuracy"):
        diff = mine[name] - theirs[name]
        out[name] = {"difference": float(point[name] - other_point[name]),
                     "ci": (float(np.percentile(diff, 2.5)), float(np.percentile(diff, 97.5))),
                     "ahead": float(np.mean(diff > 0))}
    return out


def format_comparison(comparison: dict[str, Any], names: tuple[str, str] = ("this model", "the other")) -> str:
    """A `compare_analysis` result as text."""
    lines = [f"{names[0]} - {names[1]} (paired over articles, 95% bootstrap interval):"]
    for name, label in (("f_avg", "cell F_avg"), ("accuracy", "cell accuracy")):
        c = comparison[name]
        lines.append(f"  {label}: {100 * c['difference']:+.2f} ({100 * c['ci'][0]:+.2f} to {100 * c['ci'][1]:+.2f}); "
                     f"ahead in {100 * c['ahead']:.0f}% of resamples")
    return "\n".join(lines)


def _span(interval: tuple[float, float]) -> str:
    return f"{100 * interval[0]:.2f}-{100 * interval[1]:.2f}"


def format_analysis_report(report: dict[str, Any]) -> str:
    """The report as a few lines of text."""
    f_avg = "-" if report["f_avg"] is None else f"{100 * report['f_avg']:.2f}"
    lines = [f"analysis vs gold tables ({report['split']}): {report['articles']} articles, "
             f"{report['gold_cells']} gold speaker x target cells",
             f"  gold cells found: {100 * report['found']:.1f}%",
             f"  cell F_avg (support/oppose): {f_avg}   cell accuracy: {100 * report['cell_accuracy']:.2f}   "
             f"macro-F1: {100 * report['macro_f1']:.2f}",
             *([f"  95% interval over articles: F_avg {_span(report['f_avg_ci'])}, "
                f"accuracy {_span(report['accuracy_ci'])}"] if report.get("f_avg_ci") else []),
             f"  support/oppose cells the gold table does not have (counted as neutral): "
             f"{report['extra_stance_cells']}"]
    return "\n".join(lines)
