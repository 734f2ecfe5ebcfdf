"""Fit the learned relevance gate (`stance.gate`) on the labelled news items.

    python -m stance.research.relevance_gate --data-dir ../shared/data [--model models/default] [--write]

The gate must be fitted on items the classifier never trained on, so that the probabilities it
reads are as unreliable as on a new article. The default model of session 26 trains on every
train round of `data/news_stance`, so its gate is fitted on the dev items of round 5 (3,589
items of FNC-1 bodies; ``--fit-split dev --fit-rounds 5``), and the dev items of rounds 1-2
(PolNeAR and FNC-1, 860) are scored as a report; the previous default model's gate was fitted on
train rounds 3-4 (the defaults here). The threshold is the one with the best F_avg of the gated
labels over the fitting items, each scored by a gate fitted without its article (5 folds grouped
by article). With ``--write`` the gate goes into the model's settings (``config.json``), the
weights untouched.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd

from ..gate import FEATURES, RelevanceGate, embed, fit_gate, pair_features
from ..metrics import score_labels
from ..model import default_model_dir, load
from ..storage import CONFIG_KEY
from ..targets import as_targets
from .news_stance import load_news_stance, source_text

#: The labelling rounds the gate is fitted on (never seen by the shipped classifier).
FIT_ROUNDS = (3, 4)
#: The thresholds tried.
THRESHOLDS = tuple(np.round(np.arange(0.05, 0.5001, 0.025), 3))
#: Folds (grouped by article) of the cross-validation that chooses the threshold.
FOLDS = 5


def item_features(frame: pd.DataFrame, model, data_dir: str | Path, *, encoder: str | None = None
                  ) -> tuple[np.ndarray, np.ndarray]:
    """`stance.gate.pair_features` and the classifier's probabilities (as `analyze` feeds it:
    no speaker, news n-gram heads) for every item of a `load_news_stance` frame, in its row order.
    The items of one statement are its targets, as an article's targets are in `analyze`."""
    frame = frame.reset_index(drop=True)
    probs = model.with_ngram_heads("news").predict_proba(frame["statement"].tolist(), frame["target"].tolist())
    texts_of = list(dict.fromkeys(frame["statement"].tolist() + frame["target"].tolist()))
    vectors = dict(zip(texts_of, embed(texts_of, encoder)))
    cosine = np.array([vectors[s] @ vectors[t] for s, t in zip(frame["statement"], frame["target"])])
    features = np.zeros((len(frame), len(FEATURES)))
    texts: dict[str, str] = {}
    for _, group in frame.groupby(["doc", "start", "end"], sort=False):
        first = group.iloc[0]
        if first["doc"] not in texts:
            texts[first["doc"]] = source_text(first["doc"], data_dir)
        statement = SimpleNamespace(text=first["statement"], start=int(first["start"]), end=int(first["end"]),
                                    kind=first["kind"], speaker=first["speaker"])
        # one Target per name (case and spacing ignored), as `analyze` takes them
        rows: dict[str, list[int]] = {}
        for index, name in zip(group.index, group["target"]):
            rows.setdefault(" ".join(name.split()).casefold(), []).append(index)
        firsts = [ixs[0] for ixs in rows.values()]
        targets = as_targets([frame.at[i, "target"] for i in firsts])
        x = pair_features([statement], targets, texts[first["doc"]], probs[firsts][None], model.labels,
                          np.array([frame.loc[firsts, "mention"].tolist()], dtype=object),
                          cosine=cosine[firsts][None])
        for k, ixs in enumerate(rows.values()):
            features[ixs] = x[k]
    return features, probs


def gated_f_avg(labels: pd.Series, probs: np.ndarray, gate_p: np.ndarray, threshold: float, model) -> float:
    """F_avg (mean F1 of support and oppose) of the labels `analyze` would give with the gate."""
    names = np.array(model.labels)[model.article_labels(probs)]
    predicted = np.where(gate_p >= threshold, names, "neutral")
    return score_labels(list(labels), predicted.tolist(), model.labels)["f_avg"]


def fit_default_gate(data_dir: str | Path, model=None, *, fit_split: str = "train",
                     fit_rounds: tuple[int, ...] = FIT_ROUNDS) -> tuple[RelevanceGate, dict[str, dict[float, float]]]:
    """Fit the gate on the news_stance items of ``fit_split`` and ``fit_rounds`` (default: rounds 3-4
    of train) and choose its threshold by cross-validation over those items, grouped by article.
    Returns the gate and, per threshold tried, the gated F_avg out of fold on the fitting items
    (``"train_cv"``, the choice) and on the news_stance dev items not fitted on (``"dev"``, a report)."""
    from sklearn.model_selection import GroupKFold

    model = model or load(precision="fp32")
    train = load_news_stance(data_dir, fit_split, rounds=fit_rounds).reset_index(drop=True)
    dev = load_news_stance(data_dir, "dev")
    dev = dev[~dev["id"].isin(set(train["id"]))].reset_index(drop=True)
    x_train, p_train = item_features(train, model, data_dir)
    x_dev, p_dev = item_features(dev, model, data_dir)
    stanced = (train["label"] != "neutral").to_numpy()
    out_of_fold = np.zeros(len(train))
    for fit_rows, held_out in GroupKFold(n_splits=FOLDS).split(x_train, stanced, groups=train["doc"]):
        out_of_fold[held_out] = fit_gate(x_train[fit_rows], stanced[fit_rows], threshold=0.5).probability(
            x_train[held_out])
    scores = {"train_cv": {float(t): gated_f_avg(train["label"], p_train, out_of_fold, t, model) for t in THRESHOLDS}}
    best = max(scores["train_cv"], key=lambda t: (scores["train_cv"][t], -t))
    gate = fit_gate(x_train, stanced, threshold=best)
    p = gate.probability(x_dev)
    scores["dev"] = {float(t): gated_f_avg(dev["label"], p_dev, p, t, model) for t in THRESHOLDS}
    note = (f"logistic regression on {len(train)} news_stance {fit_split} items of rounds "
            f"{', '.join(map(str, fit_rounds))}; threshold {best} chosen by {FOLDS}-fold cross-validation over "
            f"those items grouped by article (gated F_avg out of fold {100 * scores['train_cv'][best]:.2f}; "
            f"the other {len(dev)} news_stance dev items, not used to choose: {100 * scores['dev'][best]:.2f})")
    return RelevanceGate(coef=gate.coef, intercept=gate.intercept, threshold=best, fitted_on=note), scores


def write_gate(model_dir: str | Path, gate: RelevanceGate) -> None:
    """Put a gate into a saved model's settings (its ``config.json``), leaving the weights alone."""
    path = Path(model_dir, "config.json")
    config = json.loads(path.read_text())
    config.setdefault(CONFIG_KEY, {})["relevance_gate"] = gate.to_dict()
    path.write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - a build tool
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, help="the shared corpora folder (../shared/data)")
    parser.add_argument("--model", default=None, help="model folder (default: the shipped model)")
    parser.add_argument("--write", action="store_true", help="store the gate in the model's config.json")
    parser.add_argument("--fit-split", default="train", choices=["train", "dev"],
                        help="the news_stance split the gate is fitted on (items the model never trained on)")
    parser.add_argument("--fit-rounds", type=int, nargs="+", default=list(FIT_ROUNDS),
                        help="the labelling rounds of that split (default: 3 4)")
    args = parser.parse_args(argv)
    model = load(args.model, precision="fp32")
    gate, scores = fit_default_gate(args.data_dir, model, fit_split=args.fit_split, fit_rounds=tuple(args.fit_rounds))
    for t in THRESHOLDS:
        print(f"threshold {t:.3f}: gated F_avg, fitting items out of fold {100 * scores['train_cv'][t]:.2f}, "
              f"other news_stance dev items {100 * scores['dev'][t]:.2f}")
    print(json.dumps(gate.to_dict(), indent=2))
    if args.write:
        write_gate(args.model or default_model_dir(), gate)
        print("written to", args.model or default_model_dir())
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
