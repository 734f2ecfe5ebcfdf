"""A learned relevance gate: how likely a statement is to take a side on a target.

The word match of `stance.targets.relevance` says whether the article names a target near a
statement. In real news that is a weak sign: a statement whose paragraph names a target is most
often about something else, and the classifier still gives it a side. The gate is a logistic
regression over what is known about a (statement, target) pair:

- where the article names the target: the statement, its sentence or its paragraph
  (`stance.targets.mention_level`), and which rule of the word match makes it relevant
  (`relevance_levels`: the statement, its paragraph or the one before, the section heading);
- how close the statement is to the target in a sentence-embedding space (mean-pooled
  all-MiniLM-L6-v2, the default base), and to the closest of the other targets;
- how many other targets the statement names, whether it is a direct quotation, whether its
  speaker is the target, its length;
- the classifier's probabilities of support and oppose.

It is fitted on labelled (statement, target) items (``label != 'neutral'`` is the positive
class); the threshold is chosen on a dev split. A model keeps its gate in its settings
(``settings["relevance_gate"]``, see `StanceModel.relevance_gate`), and `stance.analyze` uses it
with ``relevance_gate=True``.

Example:
    >>> gate = stance.load().relevance_gate
    >>> result = stance.analyze(article, targets=["the toll"], relevance_gate=True)
    >>> result.to_pandas()[["statement", "label", "relevance_score"]]
"""
from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import torch

from .storage import quiet_transformers, resolve_base
from .targets import Target, is_speaker, relevance

__all__ = ["FEATURES", "RELEVANCE_LEVELS", "RelevanceGate", "cosines", "embed", "fit_gate", "pair_features", "relevance_levels",
           "resolve_gate"]

#: Which rule of the word match (`stance.targets.relevance`) first makes a pair relevant.
RELEVANCE_LEVELS = ("statement", "paragraph", "heading", "none")

#: The gate's inputs, in column order (see the module docstring).
#: Whether the statement itself names the target is `mention_statement` (the word rule's first level
#: is the same fact, so it is not repeated).
FEATURES = ("p_support", "p_oppose", "p_stanced", "mention_statement", "mention_sentence", "mention_paragraph",
            "words_paragraph", "words_heading", "cosine", "cosine_gap", "other_targets",
            "direct", "speaker_is_target", "log_words")


class _StatementLike(Protocol):
    text: str
    start: int
    end: int


def relevance_levels(statements: Sequence[_StatementLike], targets: Sequence[Target], text: str) -> np.ndarray:
    """For each (statement, target), the first rule of `stance.targets.relevance` that holds:
    'statement' (the statement names it), 'paragraph' (its paragraph, or the one before),
    'heading' (its section's heading), or 'none'. Shape (n_statements, n_targets)."""
    old = dict(own_first=False, speakers_aside=False, positions_aside=False,  # the levels the gate was fitted on
               definite_heads=False, issues_wide=False)
    own = relevance(statements, targets, text, context=False, **old)
    near = relevance(statements, targets, text, topic=False, **old)
    anywhere = relevance(statements, targets, text, **old)
    return np.where(own, "statement", np.where(near, "paragraph", np.where(anywhere, "heading", "none")))


@functools.lru_cache(maxsize=2)
def _encoder(name: str | None):
    from transformers import AutoModel, AutoTokenizer

    path = resolve_base(name)
    with quiet_transformers():
        model = AutoModel.from_pretrained(path).eval()
    return AutoTokenizer.from_pretrained(path), model


def embed(texts: Sequence[str], encoder: str | None = None, *, batch_size: int = 64,
          max_length: int = 128) -> np.ndarray:
    """Unit-length mean-pooled sentence embeddings, shape (n, hidden). ``encoder`` is a base-model
    name as `stance.storage.resolve_base` takes it (None: all-MiniLM-L6-v2 from its pip package)."""
    tokenizer, model = _encoder(encoder)
    out = np.zeros((len(texts), model.config.hidden_size), dtype=np.float32)
    if not len(texts):
        return out
    ids = tokenizer(list(texts), truncation=True, max_length=max_length)["input_ids"]
    order = sorted(range(len(texts)), key=lambda k: len(ids[k]))  # similar lengths together: less padding
    for i in range(0, len(order), batch_size):
        rows = order[i:i + batch_size]
        batch = tokenizer.pad({"input_ids": [ids[k] for k in rows]}, return_tensors="pt")
        with torch.inference_mode():
            hidden = model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        out[rows] = torch.nn.functional.normalize(pooled, dim=-1).numpy()
    return out


def cosines(statements: Sequence[str], targets: Sequence[str], encoder: str | None = None) -> np.ndarray:
    """Cosine similarity of each statement to each target in `embed`'s space, shape
    (n_statements, n_targets): one encoder pass over all the texts."""
    vectors = embed([*targets, *statements], encoder)
    return vectors[len(targets):] @ vectors[:len(targets)].T


@dataclass(frozen=True)
class RelevanceGate:
    """A fitted gate: logistic-regression weights over `FEATURES` and the threshold above which a
    pair counts as relevant.

    Attributes:
        coef: one weight per feature.
        intercept: the bias.
        threshold: a pair is relevant when its probability is at least this.
        encoder: the sentence encoder of the cosine features (a base-model name; None: the default).
        features: the feature names, in `coef` order (must be `FEATURES`).
        fitted_on: a note on the data it was fitted on and how the threshold was chosen.
    """

    coef: tuple[float, ...]
    intercept: float
    threshold: float
    encoder: str | None = None
    features: tuple[str, ...] = FEATURES
    fitted_on: str = ""

    def __post_init__(self) -> None:
        if tuple(self.features) != FEATURES:
            raise ValueError(f"this gate was fitted on features {list(self.features)}; this version of stance "
                             f"computes {list(FEATURES)}: fit it again with stance.gate.fit_gate")
        if len(self.coef) != len(FEATURES):
            raise ValueError(f"a gate needs {len(FEATURES)} weights, one per feature, got {len(self.coef)}")
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError(f"the gate's threshold must be in [0, 1], got {self.threshold}")

    def to_dict(self) -> dict[str, Any]:
        return {"coef": [round(float(c), 6) for c in self.coef], "intercept": round(float(self.intercept), 6),
                "threshold": float(self.threshold), "encoder": self.encoder, "features": list(self.features),
                "fitted_on": self.fitted_on}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RelevanceGate:
        try:
            return cls(coef=tuple(float(c) for c in data["coef"]), intercept=float(data["intercept"]),
                       threshold=float(data["threshold"]), encoder=data.get("encoder"),
                       features=tuple(data.get("features", FEATURES)), fitted_on=data.get("fitted_on", ""))
        except KeyError as err:
            raise ValueError(f"a saved relevance gate lacks {err}; it needs coef, intercept and threshold") from None

    def probability(self, features: np.ndarray) -> np.ndarray:
        """P(the pair takes a side) for each row of a (n, len(FEATURES)) feature matrix."""
        z = np.asarray(features, dtype=float) @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def score(self, statements: Sequence[Any], targets: Sequence[Target], text: str, probs: np.ndarray,
              labels: Sequence[str], mention: np.ndarray, *, cosine: np.ndarray | None = None) -> np.ndarray:
        """P(the statement takes a side on the target), shape (n_statements, n_targets); see
        `pair_features` for the arguments."""
        x = pair_features(statements, targets, text, probs, labels, mention, encoder=self.encoder, cosine=cosine)
        return self.probability(x).reshape(len(statements), len(targets))


def pair_features(statements: Sequence[Any], targets: Sequence[Target], text: str, probs: np.ndarray,
                  labels: Sequence[str], mention: np.ndarray, *, encoder: str | None = None,
                  cosine: np.ndarray | None = None) -> np.ndarray:
    """The `FEATURES` of every (statement, target) pair, shape (n_statements * n_targets, n_features),
    statement-major.

    Args:
        statements: `Statement`s (text, start, end, kind, speaker) of ``text``.
        targets: the targets.
        text: the article.
        probs: the classifier's probabilities, shape (n_statements, n_targets, n_labels).
        labels: the label of each probability column; must include 'support' and 'oppose'.
        mention: `stance.targets.mention_level` of each pair, shape (n_statements, n_targets).
        encoder: the sentence encoder of the cosine features.
        cosine: the statements' cosine similarities to the targets in that encoder's space, shape
            (n_statements, n_targets), when already known (computed here otherwise).
    """
    if not {"support", "oppose"} <= set(labels):
        raise ValueError(f"the relevance gate reads p(support) and p(oppose); this model's labels are {list(labels)}")
    n, k = len(statements), len(targets)
    if not n or not k:
        return np.zeros((0, len(FEATURES)))
    probs = np.asarray(probs, dtype=float).reshape(n, k, -1)
    mention = np.asarray(mention, dtype=object).reshape(n, k)
    levels = relevance_levels(statements, targets, text)
    if cosine is None:
        cosine = cosines([s.text for s in statements], [t.name for t in targets], encoder)
    cosine = np.asarray(cosine, dtype=float).reshape(n, k)
    own = levels == "statement"
    p_support, p_oppose = probs[..., list(labels).index("support")], probs[..., list(labels).index("oppose")]
    columns = {
        "p_support": p_support, "p_oppose": p_oppose, "p_stanced": p_support + p_oppose,
        **{f"mention_{m}": mention == m for m in ("statement", "sentence", "paragraph")},
        **{f"words_{m}": levels == m for m in ("paragraph", "heading")},
        "cosine": cosine, "cosine_gap": cosine - cosine.max(axis=1, keepdims=True),
        "other_targets": np.minimum(own.sum(axis=1, keepdims=True) - own, 2),
        "direct": np.repeat([[getattr(s, "kind", None) == "direct"] for s in statements], k, axis=1),
        "speaker_is_target": np.array([[is_speaker(t, getattr(s, "speaker", None)) for t in targets]
                                       for s in statements]),
        "log_words": np.repeat([[math.log1p(len(s.text.split()))] for s in statements], k, axis=1),
    }
    return np.stack([np.asarray(columns[f], dtype=float).reshape(n * k) for f in FEATURES], axis=1)


def fit_gate(features: np.ndarray, stanced: np.ndarray, *, threshold: float, encoder: str | None = None,
             fitted_on: str = "", regularization: float = 1.0) -> RelevanceGate:
    """Fit a gate on the `pair_features` of labelled pairs (``stanced``: the label is support or
    oppose). Choose ``threshold`` on a dev split, not on the training pairs."""
    from sklearn.linear_model import LogisticRegression

    features, stanced = np.asarray(features, dtype=float), np.asarray(stanced, dtype=bool)
    if features.ndim != 2 or features.shape[1] != len(FEATURES):
        raise ValueError(f"features must have shape (n, {len(FEATURES)}), got {features.shape}")
    if len(set(stanced.tolist())) < 2:
        raise ValueError("fitting a gate needs both stanced and neutral pairs")
    fit = LogisticRegression(C=regularization, max_iter=5000).fit(features, stanced)
    return RelevanceGate(coef=tuple(fit.coef_[0].tolist()), intercept=float(fit.intercept_[0]),
                         threshold=threshold, encoder=encoder, fitted_on=fitted_on)


def resolve_gate(model, relevance_gate: bool | RelevanceGate | None) -> RelevanceGate | None:
    """The gate that `stance.analyze` and `stance.score_corpus` use: None for the word match
    (False or None), the model's own (True), or the `RelevanceGate` passed.

    Raises:
        ValueError: True with a model that carries no gate, or a model without support and oppose
            labels for the gate to read.
    """
    if not isinstance(relevance_gate, RelevanceGate) and not relevance_gate:
        return None
    gate = relevance_gate if isinstance(relevance_gate, RelevanceGate) else getattr(model, "relevance_gate", None)
    if gate is None:
        raise ValueError("relevance_gate=True, but this model carries no relevance gate; pass a "
                         "stance.gate.RelevanceGate (fit one with stance.gate.fit_gate), or leave it False")
    if not {"support", "oppose"} <= set(model.labels):
        raise ValueError(f"the relevance gate reads p(support) and p(oppose); this model's labels are "
                         f"{list(model.labels)}: analyze it without relevance_gate")
    return gate
