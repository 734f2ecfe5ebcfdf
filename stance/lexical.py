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

A model can also carry one **target-masked head** (`NgramHeads.generic`) for the targets that have
no head of their own, which in news is nearly all of them: word n-grams of the statement with the
target's own words replaced by one placeholder (`mask_target`), and of the attribution cue. It cannot
learn who a target is, only how a statement takes a side toward whatever it names, which the
transformer reads less well for names it has strong priors about (docs/news-model.md, session 37).
"""
from __future__ import annotations

import logging
import re
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
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
#: The target-masked head: word n-grams of the masked statement, word n-grams of the cue, and how
#: many hashed columns it keeps (the most frequent in its training rows).
GENERIC_WORD_NGRAMS = (1, 3)
GENERIC_CUE_NGRAMS = (1, 2)
GENERIC_MAX_COLUMNS = 40_000
#: What the target's words become in a masked statement.
TARGET_PLACEHOLDER = "targetword"
#: Words of a target that are not masked: they say little about which target it is.
_MASK_SKIP = frozenset("the a an of and or in on for to at by with from new its their his her".split())


def target_key(target: str) -> str:
    """How targets are matched to heads: case-folded, whitespace collapsed."""
    return " ".join(target.casefold().split())


def mask_target(statement: str, target: str) -> str:
    """``statement`` with each word that begins like one of the target's words (three letters or
    more, not a function word) replaced by `TARGET_PLACEHOLDER`.

    Example:
        >>> mask_target("We will never back the ferry levy or its backers", "the ferry levy")
        'We will never back the targetword targetword or its backers'
    """
    words = {w.casefold() for w in re.findall(r"\w+", target) if len(w) >= 3 and w.casefold() not in _MASK_SKIP}
    if not words:
        return statement
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\w*",
                         re.IGNORECASE)
    return pattern.sub(TARGET_PLACEHOLDER, statement)


_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # CountVectorizer's default token_pattern
#: Words whose hashed n-gram columns are kept between calls (`HashedNgrams`; about 0.35 MB per 1,000 words,
#: stored as 32-bit arrays); the cache is emptied when full, so memory stays bounded on a corpus of any size.
HASH_CACHE_WORDS = 100_000


class HashedNgrams:
    """Hashed n-gram counts equal to those of `sklearn_vectorizer` (word n-grams, prefix ``w:``, and,
    when ``chars`` is given, ``char_wb`` n-grams, prefix ``c:``), computed faster: each word's unigram and
    character n-grams are hashed once and kept (up to `HASH_CACHE_WORDS` words).

    sklearn's analyzers were most of the n-gram heads' time (0.25 s per 1,000 tweets, a tenth of
    an int8 `predict`); a test checks that the counts are the same as sklearn's.
    """

    def __init__(self, words: tuple[int, int] = WORD_NGRAMS, chars: tuple[int, int] | None = CHAR_NGRAMS) -> None:
        from sklearn.utils import murmurhash3_32

        self.words, self.chars = tuple(words), (tuple(chars) if chars else None)
        self._hash = murmurhash3_32  # signed 32-bit MurmurHash3, as sklearn's FeatureHasher uses it
        self._unigrams: dict[str, int] = {}
        self._char_hashes: dict[str, array] = {}

    def clear(self) -> None:
        """Forget the words hashed so far."""
        self._unigrams.clear()
        self._char_hashes.clear()

    def _word_hashes(self, text: str) -> list[int]:
        (lo, hi), prefix = self.words, "w:"
        tokens = _TOKEN.findall(text.lower())
        h, out = self._hash, []
        if lo == 1:
            cache = self._unigrams
            if len(cache) > HASH_CACHE_WORDS:
                cache.clear()
            for t in tokens:
                key = prefix + t
                v = cache.get(key)
                if v is None:
                    v = cache[key] = h(key, 0)
                out.append(v)
            lo = 2
        for n in range(lo, min(hi, len(tokens)) + 1):
            out.extend([h(prefix + " ".join(tokens[i:i + n]), 0) for i in range(len(tokens) - n + 1)])
        return out

    def _char_hashes_of(self, text: str) -> list[int]:
        (lo, hi), h, cache, out = self.chars, self._hash, self._char_hashes, []
        if len(cache) > HASH_CACHE_WORDS:
            cache.clear()
        for word in text.lower().split():
            v = cache.get(word)
            if v is None:
                w, grams = f" {word} ", []
                for n in range(lo, hi + 1):
                    if n >= len(w):  # a word shorter than n counts once, whole, as sklearn does
                        grams.append(w)
                        break
                    grams.extend([w[i:i + n] for i in range(len(w) - n + 1)])
                v = cache[word] = array("i", [h("c:" + g, 0) for g in grams])  # 4 bytes a hash
            out.extend(v)
        return out

    def hashes(self, text: str) -> list[int]:
        """The signed hashes of every n-gram of ``text`` (repeats included)."""
        out = self._word_hashes(text)
        if self.chars is not None:
            out.extend(self._char_hashes_of(text))
        return out

    @staticmethod
    def counts(rows: Sequence[list[int]]):
        """A CSR matrix (len(rows), N_FEATURES) of float64 counts from each row's signed hashes.
        The column is |hash| mod N_FEATURES; sklearn's special case for -2**31 gives the same column
        when N_FEATURES is a power of two."""
        import scipy.sparse as sp

        indptr = np.zeros(len(rows) + 1, np.int64)
        np.cumsum([len(r) for r in rows], out=indptr[1:])
        hashes = np.fromiter(chain.from_iterable(rows), np.int64, count=int(indptr[-1]))
        columns = (np.abs(hashes) % N_FEATURES).astype(np.int32)
        x = sp.csr_matrix((np.ones(len(columns)), columns, indptr), shape=(len(rows), N_FEATURES))
        x.sum_duplicates()
        return x

    def transform(self, texts: Sequence[str]):
        """Hashed counts of ``texts``, a CSR matrix (len(texts), N_FEATURES)."""
        return self.counts([self.hashes(t) for t in texts])


def sklearn_vectorizer(words: tuple[int, int] = WORD_NGRAMS, chars: tuple[int, int] | None = CHAR_NGRAMS):
    """The per-target heads' features as sklearn's `HashingVectorizer` computes them (what the heads
    used before session 40): the reference `HashedNgrams` is tested and timed against."""
    from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer

    word_grams = CountVectorizer(ngram_range=words).build_analyzer()
    char_grams = CountVectorizer(analyzer="char_wb", ngram_range=chars).build_analyzer() if chars else None

    def analyzer(text: str) -> list[str]:
        return ["w:" + g for g in word_grams(text)] + (["c:" + g for g in char_grams(text)] if char_grams else [])

    return HashingVectorizer(analyzer=analyzer, n_features=N_FEATURES, alternate_sign=False, norm=None)


def _vectorizer() -> HashedNgrams:
    return HashedNgrams(WORD_NGRAMS, CHAR_NGRAMS)


def _generic_vectorizer():
    """The target-masked head's counts. Word n-grams only, of a statement masked per target: a
    word cache gains nothing here (`benchmarks/bench_heads.py`), so sklearn's vectorizer stays."""
    from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer

    words = CountVectorizer(ngram_range=GENERIC_WORD_NGRAMS).build_analyzer()
    cue_words = CountVectorizer(ngram_range=GENERIC_CUE_NGRAMS).build_analyzer()

    def analyzer(row: tuple[str, str, str]) -> list[str]:
        statement, target, cue = row
        return ["g:" + g for g in words(mask_target(statement, target))] + ["q:" + g for g in cue_words(cue or "")]

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


def _fit_head(texts: list, y: np.ndarray, n_labels: int, *, min_df: int, c: float, seed: int,
              vectorizer=None, max_columns: int | None = None, balanced: bool = False) -> Head | None:
    """A head over the n-grams found in at least ``min_df`` of ``texts``; None when there is none."""
    from sklearn.linear_model import LogisticRegression

    counts = (vectorizer or _vectorizer()).transform(texts).tocsc()
    df = np.diff(counts.indptr)
    columns = np.flatnonzero(df >= min_df)
    if max_columns is not None and len(columns) > max_columns:
        columns = np.sort(columns[np.argsort(-df[columns], kind="stable")[:max_columns]])
    if not len(columns):
        return None
    columns = columns.astype(np.int32)
    idf = (np.log((1 + len(texts)) / (1 + df[columns])) + 1).astype(np.float32)
    head = Head(columns, idf, np.zeros((n_labels, len(columns)), np.float32), np.zeros(n_labels, np.float32))
    lr = LogisticRegression(C=c, max_iter=3000, random_state=seed, class_weight="balanced" if balanced else None)
    lr.fit(head.features(counts.tocsr()), y)
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
    (1 - w) * p_head, for rows whose target has a head. ``generic`` (optional) is the target-masked
    head for the other rows, blended with the transformer's share ``generic_weight``;
    ``generic_source`` says what it was fitted on (rows, corpora, genres).
    """

    def __init__(self, labels: Sequence[str], heads: dict[str, Head], *, weight: float = 0.5,
                 min_rows: int = 0, sources: dict[str, dict[str, Any]] | None = None,
                 generic: Head | None = None, generic_weight: float = 1.0,
                 generic_source: dict[str, Any] | None = None) -> None:
        self.labels = tuple(labels)
        self.heads = dict(heads)
        self.weight = float(weight)
        self.min_rows = int(min_rows)
        #: what each head was fitted on: rows, label counts and (when the data names them) corpora, genres
        self.sources = {k: v for k, v in (sources or {}).items() if k in self.heads}
        self.generic = generic
        self.generic_weight = float(generic_weight)
        self.generic_source = dict(generic_source or {})
        self._vec = _vectorizer()
        self._generic_vec = _generic_vectorizer()

    def __len__(self) -> int:
        return len(self.heads) + (self.generic is not None)

    def __repr__(self) -> str:
        generic = f", target-masked head (weight={self.generic_weight})" if self.generic is not None else ""
        return f"NgramHeads({len(self.heads)} targets, weight={self.weight}{generic})"

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
            head = _fit_head(part["statement"].tolist(), y, len(labels), min_df=min_df, c=c, seed=seed)
            if head is None:  # no n-gram in min_df of its statements: nothing to learn from
                logger.info("n-gram heads: %r has no n-gram in %d of its statements; no head", key, min_df)
                continue
            heads[key] = head
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
        generic = self.generic if genre in self.generic_source.get("genres", [genre]) else None
        return NgramHeads(self.labels, keep, weight=self.weight, min_rows=self.min_rows, sources=self.sources,
                          generic=generic, generic_weight=self.generic_weight, generic_source=self.generic_source)

    def clear_cache(self) -> None:
        """Forget the words whose n-grams were hashed so far (`HashedNgrams`), e.g. to time a cold start."""
        self._vec.clear()

    def without_generic(self) -> NgramHeads:
        """These heads without the target-masked one."""
        return NgramHeads(self.labels, self.heads, weight=self.weight, min_rows=self.min_rows, sources=self.sources)

    def generic_proba(self, statements: Sequence[str], targets: Sequence[str],
                      cues: Sequence[str | None] | None = None) -> np.ndarray:
        """The target-masked head's probabilities for every row (it must exist)."""
        cues = list(cues) if cues is not None else [None] * len(statements)
        cues = [c if isinstance(c, str) else "" for c in cues]  # None or NaN: no cue
        counts = self._generic_vec.transform(list(zip(statements, targets, cues))).tocsr()
        return self.generic.proba(counts)

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

    def blend(self, probs: np.ndarray, statements: Sequence[str], targets: Sequence[str],
              cues: Sequence[str | None] | None = None) -> np.ndarray:
        """The transformer's ``probs`` blended with the heads where a target has one, and with the
        target-masked head (if any) where it has none; ``cues``: the attribution cue of each
        statement, None where there is none."""
        head_probs, mask = self.proba(statements, targets)
        out = probs.copy()
        out[mask] = self.weight * probs[mask] + (1 - self.weight) * head_probs[mask]
        if self.generic is not None and not mask.all():
            rest = np.flatnonzero(~mask)
            g = self.generic_proba([statements[i] for i in rest], [targets[i] for i in rest],
                                   [cues[i] for i in rest] if cues is not None else None)
            out[rest] = self.generic_weight * probs[rest] + (1 - self.generic_weight) * g
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
        out = {"file": HEADS_FILE, "weight": self.weight, "min_rows": self.min_rows,
               "targets": sorted(self.heads), "sources": {k: self.sources[k] for k in sorted(self.sources)},
               "n_features": N_FEATURES,
               "word_ngrams": list(WORD_NGRAMS), "char_ngrams": list(CHAR_NGRAMS)}
        if self.generic is not None:
            out["generic"] = {"weight": self.generic_weight, "columns": int(len(self.generic.columns)),
                              "word_ngrams": list(GENERIC_WORD_NGRAMS), "cue_ngrams": list(GENERIC_CUE_NGRAMS),
                              "placeholder": TARGET_PLACEHOLDER, **self.generic_source}
        return out

    def save(self, directory: str | Path) -> dict[str, Any]:
        """Write the heads to ``directory``/ngram_heads.safetensors; returns their settings."""
        import torch
        from safetensors.torch import save_file

        tensors = {}
        named = [(str(i), self.heads[key]) for i, key in enumerate(sorted(self.heads))]
        if self.generic is not None:
            named.append(("generic", self.generic))
        for name, head in named:
            tensors[f"{name}.columns"] = torch.from_numpy(head.columns.astype(np.int32))
            tensors[f"{name}.idf"] = torch.from_numpy(head.idf).to(torch.float16)
            tensors[f"{name}.coef"] = torch.from_numpy(head.coef).to(torch.float16)
            tensors[f"{name}.intercept"] = torch.from_numpy(head.intercept)
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
        generic_settings = settings.get("generic")
        if generic_settings and (generic_settings.get("word_ngrams") != list(GENERIC_WORD_NGRAMS)
                                 or generic_settings.get("cue_ngrams") != list(GENERIC_CUE_NGRAMS)
                                 or generic_settings.get("placeholder") != TARGET_PLACEHOLDER):
            raise ValueError(f"{path} has a target-masked head written with other settings than this version of "
                             "stance reads; load with ngram_heads=False, or refit the heads")
        arrays = load_file(str(path))
        names = [str(i) for i in range(len(settings["targets"]))] + (["generic"] if generic_settings else [])
        n_rows = {arrays[f"{name}.coef"].shape[0] for name in names}
        if n_rows - {len(labels)}:
            raise ValueError(f"{path} has heads for {sorted(n_rows)} labels but the model has {len(labels)} "
                             f"({', '.join(labels)}); refit the heads, or load with ngram_heads=False")

        def head(name: str) -> Head:
            return Head(arrays[f"{name}.columns"].astype(np.int64), arrays[f"{name}.idf"].astype(np.float32),
                        arrays[f"{name}.coef"].astype(np.float32), arrays[f"{name}.intercept"].astype(np.float32))

        heads = {key: head(str(i)) for i, key in enumerate(settings["targets"])}
        source = {k: v for k, v in (generic_settings or {}).items()
                  if k not in ("weight", "columns", "word_ngrams", "cue_ngrams", "placeholder")}
        return cls(labels, heads, weight=settings["weight"], min_rows=settings.get("min_rows", 0),
                   sources=settings.get("sources"), generic=head("generic") if generic_settings else None,
                   generic_weight=(generic_settings or {}).get("weight", 1.0), generic_source=source)


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


def fit_generic_head(model: Any, train: Any, dev: Mapping[str, Any], *, min_df: int = 2, c: float = 3.0,
                     seed: int = 13, genre: str | None = "news",
                     column_mapping: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Fit the target-masked head on ``train`` and attach it to ``model`` if it helps on ``dev``.

    The head is a logistic regression (balanced classes) over hashed word 1-3-grams of each
    statement with its target's words masked (`mask_target`) and word 1-2-grams of its cue, keeping
    the `GENERIC_MAX_COLUMNS` most frequent columns. Its blend weight is the grid value with the best
    mean F_avg over the ``dev`` sets (rows whose target has a head of its own are left out: the head
    is not used for them); when no weight beats the transformer alone, the model keeps none.

    Args:
        model: a `stance.model.StanceModel`; its transformer and per-target heads are not changed.
        train: labelled examples with statement, target, label and optionally cue columns.
        dev: name -> labelled examples, the sets the weight is chosen on.
        min_df: an n-gram must occur in this many training rows.
        c: inverse regularisation strength.
        seed: seeds the solver.
        genre: the kind of text it is for, recorded so that `NgramHeads.for_genre` keeps it.
        column_mapping: renames the data's columns.

    Returns:
        What was done, for the model's settings: rows, columns, weight and per-weight dev scores.
    """
    train_df = read_examples(train, column_mapping=column_mapping, name="train", keep=("cue", "corpus"))
    labels = tuple(model.labels)
    cues = list(train_df["cue"]) if "cue" in train_df else [None] * len(train_df)
    rows = list(zip(train_df["statement"], train_df["target"], [q if isinstance(q, str) else "" for q in cues]))
    y = np.array([labels.index(label) for label in train_df["label"]])
    head = _fit_head(rows, y, len(labels), min_df=min_df, c=c, seed=seed, vectorizer=_generic_vectorizer(),
                     max_columns=GENERIC_MAX_COLUMNS, balanced=True)
    if head is None:
        raise ValueError(f"fit_generic_head: no n-gram occurs in {min_df} of the {len(train_df)} training rows; "
                         "give it more rows or a lower min_df")
    current = model.ngram_heads
    source = {"rows": len(train_df), "genres": [genre] if genre else [],
              "corpora": sorted(train_df["corpus"].dropna().astype(str).unique()) if "corpus" in train_df else []}
    heads = NgramHeads(labels, current.heads if current else {}, weight=current.weight if current else 1.0,
                       min_rows=current.min_rows if current else 0, sources=current.sources if current else None,
                       generic=head, generic_weight=1.0, generic_source=source)
    precision = model.precision
    model.precision = "fp32"
    scores: dict[float, dict[str, float]] = {w: {} for w in WEIGHT_GRID}
    try:
        for name, data in dev.items():
            frame = read_examples(data, column_mapping=column_mapping, name=name, keep=("speaker", "cue"))
            frame = frame[~frame["target"].map(target_key).isin(heads.heads)]
            if not len(frame):
                continue
            statements, targets = list(frame["statement"]), list(frame["target"])
            frame_cues = list(frame["cue"]) if "cue" in frame else None
            probs = model.predict_proba(statements, targets, speaker=list(frame["speaker"]) if "speaker" in frame
                                        else None, cue=frame_cues)
            g = heads.generic_proba(statements, targets, frame_cues)
            for w in WEIGHT_GRID:
                pred = [labels[k] for k in (w * probs + (1 - w) * g).argmax(axis=1)]
                report = score_labels(list(frame["label"]), pred, labels)
                score = report["f_avg"] if report["f_avg"] is not None else report["macro_f1"]
                scores[w][name] = round(100 * float(score), 2)
    finally:
        model.precision = precision
    mean = {w: float(np.mean(list(v.values()))) if v else 0.0 for w, v in scores.items()}
    weight = float(max(WEIGHT_GRID, key=lambda w: (mean[w], w)))  # ties: the larger transformer share
    kept = weight < 1.0
    if kept:
        heads.generic_weight = weight
        model.ngram_heads = heads
    logger.info("target-masked head: %d columns, dev weight %.2f (%s)", len(head.columns), weight,
                "kept" if kept else "no gain on dev, dropped")
    return {"rows": len(train_df), "columns": int(len(head.columns)), "weight": weight, "kept": kept,
            "dev_scores": {str(w): v for w, v in scores.items()}}
