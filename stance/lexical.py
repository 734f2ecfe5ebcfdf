"""Per-target n-gram heads: a small linear model over word and character n-grams for each target
that has enough labelled rows, blended with the transformer's probabilities.

Why: with a few hundred labelled rows for one target, a per-target n-gram classifier picks up the
words and hashtags that give a stance away for *that* target better than a 22M-parameter encoder
shared across all targets (on the default model's dev rows that have a head, 70.8 vs 68.0 F_avg),
and the blend of the two beats both (74.4). The heads fire only for targets seen in training (matched case- and
space-insensitively); any other target gets the transformer alone.

The features are hashed (no vocabulary to store), so a head is three small arrays: the hashed
columns it uses, their inverse document frequencies, and one weight row per label. They are saved
as safetensors beside the transformer weights.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .data import read_examples
from .metrics import score_labels

logger = logging.getLogger(__name__)

#: File of the heads inside a model directory.
HEADS_FILE = "ngram_heads.safetensors"
#: Hashed feature space: word 1-3-grams and character 2-5-grams (within word boundaries).
N_FEATURES = 2 ** 20
WORD_NGRAMS = (1, 3)
CHAR_NGRAMS = (2, 5)
#: Blend weights tried on the dev set (the weight of the transformer; 1.0 = heads off).
WEIGHT_GRID = tuple(round(float(w), 2) for w in np.linspace(0.0, 1.0, 11))


def target_key(target: str) -> str:
    """How targets are matched to heads: case-folded, whitespace collapsed."""
    return " ".join(target.casefold().split())


def _vectorizer():
    from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer

    words = CountVectorizer(ngram_range=WORD_NGRAMS).build_analyzer()
    chars = CountVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS).build_analyzer()

    def analyzer(text: str) -> list[str]:
        return ["w:" + g for g in words(text)] + ["c:" + g for g in chars(text)]

    return HashingVectorizer(analyzer=analyzer, n_features=N_FEATURES, alternate_sign=False, norm=None)


@dataclass(frozen=True, eq=False)  # arrays: compare heads by identity
class Head:
    """The n-gram model of one target.

    Attributes:
        columns: the hashed feature columns it uses (sorted).
        idf: inverse document frequency of each column.
        coef: one weight row per label of the model, shape (n_labels, len(columns)).
        intercept: one bias per label.
    """

    columns: np.ndarray
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray

    def features(self, counts):
        """Sublinear tf-idf, l2-normalised rows, over this head's columns."""
        from sklearn.preprocessing import normalize

        x = counts[:, self.columns].astype(np.float32)
        x.data = 1.0 + np.log(x.data)
        return normalize(x.multiply(self.idf[None, :]).tocsr())

    def proba(self, counts) -> np.ndarray:
        logits = np.asarray(self.features(counts) @ self.coef.T) + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)


def _fit_head(texts: list[str], y: np.ndarray, n_labels: int, *, min_df: int, c: float, seed: int) -> Head:
    from sklearn.linear_model import LogisticRegression

    counts = _vectorizer().transform(texts).tocsc()
    df = np.diff(counts.indptr)
    columns = np.flatnonzero(df >= min_df).astype(np.int32)
    idf = (np.log((1 + len(texts)) / (1 + df[columns])) + 1).astype(np.float32)
    head = Head(columns, idf, np.zeros((n_labels, len(columns)), np.float32), np.zeros(n_labels, np.float32))
    lr = LogisticRegression(C=c, max_iter=3000, random_state=seed).fit(head.features(counts.tocsr()), y)
    coef = np.zeros((n_labels, len(columns)), np.float32)
    intercept = np.full(n_labels, -30.0, np.float32)  # labels this target never had: probability ~0
    if len(lr.classes_) == 2:  # sklearn keeps one row for two classes: p(second) = sigmoid(z)
        for sign, k in ((-0.5, lr.classes_[0]), (0.5, lr.classes_[1])):
            coef[k], intercept[k] = sign * lr.coef_[0], sign * lr.intercept_[0]
    else:
        coef[lr.classes_], intercept[lr.classes_] = lr.coef_, lr.intercept_
    return Head(columns, idf, coef, intercept)


class NgramHeads:
    """Per-target n-gram heads and their blend weight with the transformer.

    ``weight`` is the transformer's share of the blended probabilities: p = w * p_transformer +
    (1 - w) * p_head, for rows whose target has a head.
    """

    def __init__(self, labels: Sequence[str], heads: dict[str, Head], *, weight: float = 0.5,
                 min_rows: int = 0, sources: dict[str, dict[str, Any]] | None = None) -> None:
        self.labels = tuple(labels)
        self.heads = dict(heads)
        self.weight = float(weight)
        self.min_rows = int(min_rows)
        #: what each head was fitted on: rows, label counts and (when the data names them) corpora, genres
        self.sources = {k: v for k, v in (sources or {}).items() if k in self.heads}
        self._vec = _vectorizer()

    def __len__(self) -> int:
        return len(self.heads)

    def __repr__(self) -> str:
        return f"NgramHeads({len(self.heads)} targets, weight={self.weight})"

    @classmethod
    def fit(cls, frame, labels: Sequence[str], *, min_rows: int = 300, min_df: int = 3, c: float = 10.0,
            seed: int = 13) -> NgramHeads:
        """Fit one head per target with at least ``min_rows`` distinct labelled statements and two labels.

        Args:
            frame: a DataFrame with columns statement, target, label (labels within ``labels``) and,
                optionally, corpus and genre (recorded in ``sources``: where a head's rows came from,
                and what kind of text they are, for `for_genre`).
            labels: the model's labels, in column order.
            min_rows: smallest number of rows a target needs for a head.
            min_df: an n-gram must occur in this many of the target's statements to be used.
            c: inverse regularisation strength of the logistic regression.
            seed: seeds the solver.
        """
        labels = tuple(labels)
        rows = frame.assign(key=frame["target"].map(target_key))
        rows = rows.drop_duplicates(["key", "statement"])
        heads, sources = {}, {}
        for key, part in rows.groupby("key", sort=True):
            if len(part) < min_rows or part["label"].nunique() < 2:
                continue
            y = np.array([labels.index(l) for l in part["label"]])
            heads[key] = _fit_head(part["statement"].tolist(), y, len(labels), min_df=min_df, c=c, seed=seed)
            counts = part["label"].value_counts()
            sources[key] = {"rows": len(part), "labels": {l: int(counts.get(l, 0)) for l in labels}}
            for column, name in (("corpus", "corpora"), ("genre", "genres")):
                if column in part:
                    sources[key][name] = sorted(part[column].dropna().astype(str).unique())
        logger.info("fitted n-gram heads for %d of %d targets (a head needs >= %d rows and two labels)",
                    len(heads), rows["key"].nunique(), min_rows)
        return cls(labels, heads, min_rows=min_rows, sources=sources)

    def for_genre(self, genre: str) -> NgramHeads:
        """The heads fitted on rows of ``genre`` (e.g. 'news'), plus those whose genre was not recorded.

        A head learns the wording of its own rows, so on another genre it can hurt (tweet heads on
        news sentences: `benchmarks/heads_on_news.py`). Heads with no recorded genre were fitted on
        data without a genre column (a user's own), and are kept.
        """
        keep = {k: h for k, h in self.heads.items()
                if genre in self.sources.get(k, {}).get("genres", [genre])}
        return NgramHeads(self.labels, keep, weight=self.weight, min_rows=self.min_rows, sources=self.sources)

    def proba(self, statements: Sequence[str], targets: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Head probabilities (n, n_labels) and a mask of the rows whose target has a head."""
        out = np.zeros((len(statements), len(self.labels)), np.float32)
        keys = np.array([target_key(t) for t in targets], dtype=object)
        mask = np.isin(keys, list(self.heads)) if self.heads else np.zeros(len(keys), bool)
        if mask.any():
            idx = np.flatnonzero(mask)
            counts = self._vec.transform([statements[i] for i in idx]).tocsr()
            for key in set(keys[idx]):
                rows = np.flatnonzero(keys[idx] == key)
                out[idx[rows]] = self.heads[key].proba(counts[rows])
        return out, mask

    def blend(self, probs: np.ndarray, statements: Sequence[str], targets: Sequence[str]) -> np.ndarray:
        """The transformer's ``probs`` blended with the heads where a target has one."""
        head_probs, mask = self.proba(statements, targets)
        out = probs.copy()
        out[mask] = self.weight * probs[mask] + (1 - self.weight) * head_probs[mask]
        return out

    def choose_weight(self, probs: np.ndarray, statements: Sequence[str], targets: Sequence[str],
                      labels: Sequence[str], *, metric: str = "f_avg") -> dict[str, Any]:
        """Set ``weight`` to the grid value that scores best on dev rows whose target has a head.

        Args:
            probs: the transformer's dev probabilities; statements/targets/labels: the dev rows.
            metric: 'f_avg' or 'macro_f1'.

        Returns:
            The chosen weight, the dev rows it was chosen on and the dev score of every weight.
        """
        head_probs, mask = self.proba(statements, targets)
        gold = [labels[i] for i in np.flatnonzero(mask)]
        if not gold:  # no dev row has a head: nothing to choose on
            self.weight = 1.0
            return {"weight": 1.0, "dev_rows": 0, "dev_scores": {}}
        scores = {}
        for w in WEIGHT_GRID:
            blended = w * probs[mask] + (1 - w) * head_probs[mask]
            pred = [self.labels[k] for k in blended.argmax(axis=1)]
            report = score_labels(gold, pred, self.labels)
            score = report["f_avg"] if metric == "f_avg" and report["f_avg"] is not None else report["macro_f1"]
            scores[w] = round(float(score), 4)
        # ties go to the larger transformer share (the smaller change)
        self.weight = float(max(WEIGHT_GRID, key=lambda w: (scores[w], w)))
        return {"weight": self.weight, "dev_rows": int(mask.sum()), "dev_scores": scores}

    # -- persistence ------------------------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        return {"file": HEADS_FILE, "weight": self.weight, "min_rows": self.min_rows,
                "targets": sorted(self.heads), "sources": {k: self.sources[k] for k in sorted(self.sources)},
                "n_features": N_FEATURES,
                "word_ngrams": list(WORD_NGRAMS), "char_ngrams": list(CHAR_NGRAMS)}

    def save(self, directory: str | Path) -> dict[str, Any]:
        """Write the heads to ``directory``/ngram_heads.safetensors; returns their settings."""
        import torch
        from safetensors.torch import save_file

        tensors = {}
        for i, key in enumerate(sorted(self.heads)):
            head = self.heads[key]
            tensors[f"{i}.columns"] = torch.from_numpy(head.columns.astype(np.int32))
            tensors[f"{i}.idf"] = torch.from_numpy(head.idf).to(torch.float16)
            tensors[f"{i}.coef"] = torch.from_numpy(head.coef).to(torch.float16)
            tensors[f"{i}.intercept"] = torch.from_numpy(head.intercept)
        save_file(tensors, str(Path(directory) / HEADS_FILE), metadata={"format": "pt"})
        return self.settings()

    @classmethod
    def load(cls, directory: str | Path, settings: dict[str, Any], labels: Sequence[str]) -> NgramHeads:
        """Read heads saved by `save` (settings: the dict it returned)."""
        from safetensors.numpy import load_file

        path = Path(directory) / settings.get("file", HEADS_FILE)
        if not path.exists():
            raise FileNotFoundError(f"{path.parent} lists n-gram heads in its config but {path.name} is missing; "
                                    "copy the file too, or load with ngram_heads=False")
        if settings.get("n_features") != N_FEATURES or settings.get("char_ngrams") != list(CHAR_NGRAMS) \
                or settings.get("word_ngrams") != list(WORD_NGRAMS):
            raise ValueError(f"{path} was written with other n-gram settings than this version of stance "
                             "reads; load with ngram_heads=False, or refit the heads")
        arrays = load_file(str(path))
        n_rows = {arrays[f"{i}.coef"].shape[0] for i in range(len(settings["targets"]))}
        if n_rows - {len(labels)}:
            raise ValueError(f"{path} has heads for {sorted(n_rows)} labels but the model has {len(labels)} "
                             f"({', '.join(labels)}); refit the heads, or load with ngram_heads=False")
        heads = {}
        for i, key in enumerate(settings["targets"]):
            heads[key] = Head(arrays[f"{i}.columns"].astype(np.int64), arrays[f"{i}.idf"].astype(np.float32),
                              arrays[f"{i}.coef"].astype(np.float32), arrays[f"{i}.intercept"].astype(np.float32))
        return cls(labels, heads, weight=settings["weight"], min_rows=settings.get("min_rows", 0),
                   sources=settings.get("sources"))


def fit_ngram_heads(model: Any, train: Any, eval: Any, *, min_rows: int = 300, metric: str = "f_avg",
                    seed: int = 13, column_mapping: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Fit per-target n-gram heads on ``train`` and attach them to ``model`` if they help on ``eval``.

    The blend weight is chosen on the dev rows whose target has a head; when no weight beats the
    transformer alone there, the model keeps no heads. The transformer is scored in fp32.

    Args:
        model: the stance model, a `stance.model.StanceModel` (its transformer is not changed).
        train, eval: labelled examples, in any form `stance.train` takes.
        min_rows: smallest number of training rows a target needs for a head.
        metric: 'f_avg' or 'macro_f1', the dev metric that picks the weight.
        seed: seeds the solver.
        column_mapping: renames the data's columns.

    Returns:
        What was done, for the model's settings: targets, weight, dev rows and per-weight dev scores.

    Example:
        >>> fit_ngram_heads(model, "train.csv", "dev.csv")["weight"]
        0.4
    """
    train_df = read_examples(train, column_mapping=column_mapping, name="train", keep=("corpus", "genre"))
    eval_df = read_examples(eval, column_mapping=column_mapping, name="eval", keep=("speaker", "cue"))
    heads = NgramHeads.fit(train_df, model.labels, min_rows=min_rows, seed=seed)
    if not len(heads):
        model.ngram_heads = None
        return {"targets": 0, "min_rows": min_rows, "kept": False}
    eval_df = eval_df[eval_df["target"].map(target_key).isin(heads.heads)]  # only these rows decide
    precision, model.ngram_heads = model.precision, None
    model.precision = "fp32"
    try:
        statements, targets = list(eval_df["statement"]), list(eval_df["target"])
        probs = model.predict_proba(statements, targets,
                                    speaker=list(eval_df["speaker"]) if "speaker" in eval_df else None,
                                    cue=list(eval_df["cue"]) if "cue" in eval_df else None)
    finally:
        model.precision = precision
    choice = heads.choose_weight(probs, statements, targets, list(eval_df["label"]), metric=metric)
    kept = bool(choice["weight"] < 1.0)
    model.ngram_heads = heads if kept else None
    logger.info("n-gram heads for %d targets: dev weight %.2f (%s)", len(heads), choice["weight"],
                "kept" if kept else "no gain on dev, dropped")
    return {"targets": len(heads), "min_rows": min_rows, "kept": kept, **choice}
