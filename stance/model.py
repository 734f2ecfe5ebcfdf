"""The stance classifier: a transformers sequence-pair model behind a small API.

A model scores (statement, target) pairs. Labels come from the model's own config
(`id2label`), never from a hard-coded order: published stance models disagree on it.
"""
from __future__ import annotations

import copy
import logging
import os
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from .extract.text import replace_surrogates, surrogate_note
from .fast import CompiledCopy, bf16_copy, fastest_cpu_precision, int8_copy
from .gate import RelevanceGate
from .lexical import NgramHeads, fit_generic_head, fit_ngram_heads
from .openvino_int8 import calibration_rows, openvino_int8_copy
# Saving and loading live in stance.storage; these names stay importable from here.
from .storage import (CONFIG_KEY, DEFAULT_BASE, DELTA_WEIGHTS, default_model_dir, is_frozen_key, labels_of,
                      quiet_transformers, read_model_dir, resolve_base, write_model_dir)

logger = logging.getLogger(__name__)

__all__ = ["BATCH_SIZE", "CONFIG_KEY", "DEFAULT_BASE", "DELTA_WEIGHTS", "LABELS", "PRECISIONS", "Prediction",
           "StanceModel", "default_model_dir", "is_frozen_key", "load", "quiet_transformers", "resolve_base",
           "MENTION_LEVELS", "resolve_device", "with_mention", "with_speaker"]

#: The default label set, in the order used by the shipped model.
LABELS: tuple[str, ...] = ("support", "oppose", "neutral")
#: Pairs per forward pass at inference: 32 measured fastest on a 2-core CPU (benchmarks/bench_predict.py).
BATCH_SIZE = 32
#: Inference precisions; 'auto' picks by the CPU's instructions (see `StanceModel.resolved_precision`).
PRECISIONS = ("auto", "fp32", "bf16", "int8", "openvino-int8")
#: With ``compile='auto'`` the bf16/int8 inference copy is compiled (`stance.fast.CompiledCopy`) once
#: a model has scored this many pairs in the process: the compiled copy saves about 0.25-0.3 ms per
#: pair on 2 cores, so the 8-30 s the compiler takes once are won back within a job of this size.
COMPILE_AFTER = 50_000


def _select_heads(heads: NgramHeads | None, which: bool | str) -> NgramHeads | None:
    if heads is None or which is True:
        return heads
    if which is False or which is None:
        return None
    if isinstance(which, str):
        recorded = sorted({g for src in heads.sources.values() for g in src.get("genres", [])})
        if recorded and which not in recorded:
            warnings.warn(f"none of the model's n-gram heads was fitted on {which!r} text (their genres: "
                          f"{', '.join(recorded)}); only heads with no recorded genre are used", stacklevel=3)
        chosen = heads.for_genre(which)
        return chosen if len(chosen) else None
    raise TypeError(f"ngram_heads must be True, False or a genre such as 'news', got {which!r}")


@dataclass(frozen=True)
class Prediction:
    """The stance of one statement toward one target.

    Attributes:
        label: the most probable label.
        score: its probability.
        scores: probability of every label, in `model.labels` order.
        statement: the statement scored.
        target: the target it was scored against.
    """

    label: str
    score: float
    scores: dict[str, float] = field(repr=False)
    statement: str = field(default="", repr=False)
    target: str = field(default="", repr=False)


def resolve_device(device: str | torch.device | None = None) -> torch.device:
    """The one place that picks a device: an explicit choice, else CUDA when present, else CPU."""
    if device is not None:
        return torch.device(device)
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def with_speaker(statement: str, speaker: str | None, cue: str | None = None) -> str:
    """The first input segment of a speaker-aware model: who said it, the cue, then the statement.
    A missing speaker (None, NaN, blank) leaves the statement alone.

    Example:
        >>> with_speaker("We back the plan.", "Ann Ortiz", "said")
        'Ann Ortiz said: We back the plan.'
    """
    speaker = speaker.strip() if isinstance(speaker, str) else ""
    if not speaker:
        return statement
    cue = cue.strip() if isinstance(cue, str) else ""
    return f"{speaker} {cue}: {statement}" if cue else f"{speaker}: {statement}"


#: Where an article names a target, seen from a statement (`stance.targets.mention_level`): in the
#: statement, elsewhere in its sentence (the attribution frame: 'X accused Y of ...'), elsewhere in
#: its paragraph, or not in the paragraph at all.
MENTION_LEVELS: tuple[str, ...] = ("statement", "sentence", "paragraph", "none")
_MENTION_WORDS = {"statement": "named in the statement", "sentence": "named in its sentence",
                  "paragraph": "named in its paragraph", "none": "not named nearby"}


def with_mention(target: str, mention: str | None) -> str:
    """The second input segment of a mention-aware model: the target, then where the article
    names it (one of `MENTION_LEVELS`). None (or NaN, blank) leaves the target alone.

    Example:
        >>> with_mention("the Iraqi government", "sentence")
        'the Iraqi government (named in its sentence)'

    Raises:
        ValueError: ``mention`` is not one of `MENTION_LEVELS`.
    """
    if not isinstance(mention, str) or not mention.strip():
        return target
    if mention not in _MENTION_WORDS:
        raise ValueError(f"mention {mention!r} is not one of {MENTION_LEVELS} (or None where unknown)")
    return f"{target} ({_MENTION_WORDS[mention]})"


def _per_item(value: str | Sequence[str | None] | None, n: int, what: str) -> list[str | None]:
    if value is None or isinstance(value, str):  # (a speaker or cue: lone surrogates replaced, not refused)
        return [None if value is None else replace_surrogates(value)] * n
    values = list(value)
    if len(values) != n:
        raise ValueError(f"got {n} statements but {len(values)} {what}s; pass one {what} per statement, "
                         f"a single {what} for all, or None")
    return [replace_surrogates(v) if isinstance(v, str) and v.strip() else None for v in values]


def _check_texts(values: Sequence[Any], what: str) -> None:
    for i, v in enumerate(values):
        if v is None or not isinstance(v, str):
            raise ValueError(f"{what} at index {i} is {v!r}; expected a non-empty string")
        if not v.strip():
            raise ValueError(f"{what} at index {i} is empty or whitespace-only; drop it or fill it in")
        note = surrogate_note(v)
        if note is not None:
            raise ValueError(f"{what} at index {i} {note} (bytes that were not UTF-8?); decode the text as "
                             "UTF-8 or replace the character")


def _as_pairs(statements: str | Sequence[str], target: str | Sequence[str]) -> tuple[list[str], list[str]]:
    if isinstance(statements, (bytes, bytearray)) or not isinstance(statements, (str, Iterable)):
        raise TypeError(f"statements must be a str or a sequence of str, not {type(statements).__name__}"
                        + ("; decode bytes first (text.decode('utf-8'))" if isinstance(statements, bytes) else ""))
    statements = [statements] if isinstance(statements, str) else list(statements)
    if isinstance(target, str) or target is None:
        targets = [target] * len(statements)
    else:
        targets = list(target)
        if len(targets) != len(statements):
            raise ValueError(
                f"got {len(statements)} statements but {len(targets)} targets; pass one target per "
                "statement, or a single target string that applies to all"
            )
    _check_texts(statements, "statement")
    _check_texts(targets, "target")
    return statements, targets


class StanceModel:
    """A stance classifier for (statement, target) pairs.

    Build one with `stance.load()` or `stance.train()`.

    Example:
        >>> model = stance.load()
        >>> model.predict("We will never accept this vote.", target="the referendum").label
        'oppose'
    """

    def __init__(self, model, tokenizer, *, settings: dict[str, Any] | None = None, device=None,
                 precision: str = "auto", ngram_heads: NgramHeads | None = None,
                 compile: bool | str = "auto") -> None:
        self.model = model.eval()
        self.tokenizer = tokenizer
        #: Per-target n-gram heads blended into the probabilities of the targets they know
        #: (see `stance.lexical`); None, or set to None, for the transformer alone.
        self.ngram_heads = ngram_heads
        self.settings: dict[str, Any] = dict(settings or model.config.to_dict().get(CONFIG_KEY) or {})
        self.device = resolve_device(device)
        self.model.to(self.device)
        self.precision = precision
        self.compile = compile
        self._fast: dict[str, tuple[tuple, Any, CompiledCopy]] = {}  # precision -> (weights version, copy, compiled)
        self._scored = 0  # pairs scored at bf16/int8 in this process (`compile='auto'` counts them)

    # -- labels -----------------------------------------------------------------------------
    @property
    def labels(self) -> tuple[str, ...]:
        """The label of each output column, in column order (from the config's id2label)."""
        return labels_of(self.model.config)

    @property
    def max_length(self) -> int:
        limit = getattr(self.model.config, "max_position_embeddings", None) or 512
        return min(int(self.settings.get("max_length", 128)), int(limit))

    @property
    def precision(self) -> str:
        """'auto', 'fp32', 'bf16', 'int8' or 'openvino-int8' (`stance.openvino_int8`, an optional extra):
        how inference runs (training always runs in fp32)."""
        return self._precision

    @precision.setter
    def precision(self, value: str) -> None:
        if value not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(map(repr, PRECISIONS))}, got {value!r}")
        if value in ("int8", "openvino-int8") and self.device.type != "cpu":
            raise ValueError(f"precision {value!r} runs on the CPU only; this model is on {self.device}. "
                             "Use 'bf16' or 'fp32' on a GPU, or load it with device='cpu'")
        self._precision = value

    @property
    def compile(self) -> bool | str:
        """Whether the bf16/int8 inference copy runs through `torch.compile` (`stance.fast.CompiledCopy`):
        True, False, or 'auto' (the default: once this model has scored `COMPILE_AFTER` pairs in the
        process, so a long `stance score` job gains about 1.2x while a few calls never wait for
        the compiler). fp32 inference is never compiled (1.1x measured, not worth the wait)."""
        return self._compile

    @compile.setter
    def compile(self, value: bool | str) -> None:
        if not (isinstance(value, bool) or value == "auto"):
            raise ValueError(f"compile must be True, False or 'auto', got {value!r}")
        self._compile = value

    @property
    def resolved_precision(self) -> str:
        """The precision inference actually uses: 'auto' becomes bf16 on CPUs with AMX-BF16, else
        int8 on CPUs with int8 dot-product instructions (VNNI), else bf16 on CPUs with native bf16,
        else fp32 (and fp32 on a GPU): `stance.fast.fastest_cpu_precision`. 'auto' never takes
        'openvino-int8' (faster, but further from fp32 on news: `stance.openvino_int8`)."""
        if self.precision != "auto":
            return self.precision
        if self.device.type != "cpu":
            return "fp32"
        return fastest_cpu_precision()

    def _inference_model(self, precision: str):
        """The module that runs inference at `precision`: the model itself for fp32, else a cached
        copy with bf16 or int8 linear layers, rebuilt when the model's weights have changed."""
        if precision == "fp32":
            return self.model
        version = tuple((id(p), p._version) for p in self.model.parameters())
        cached = self._fast.get(precision)
        if cached is None or cached[0] != version:
            self._fast.pop(precision, None)  # free the stale copy before building the new one
            if precision == "openvino-int8":  # compiled by OpenVINO already: never through torch.compile
                clone = openvino_int8_copy(self.model, self.calibration_batches())
                self._fast[precision] = cached = (version, clone, clone)
            else:
                clone = int8_copy(self.model) if precision == "int8" else bf16_copy(self.model)
                self._fast[precision] = cached = (version, clone, CompiledCopy(clone))
        if self.compile is True or self.compile == "auto" and self._scored >= COMPILE_AFTER:
            return cached[2]
        return cached[1]

    def calibration_batches(self, batch_size: int = 8) -> list[dict[str, torch.Tensor]]:
        """The calibration pairs of `stance.openvino_int8` (own written news statements with their
        targets, speakers and cues) in this model's input format, tokenised in batches."""
        rows = calibration_rows()
        inputs = self.model_inputs([r["statement"] for r in rows], [r["speaker"] or None for r in rows],
                                   [r["cue"] or None for r in rows])
        segments = self.model_targets([r["target"] for r in rows])
        return [self.tokenizer(inputs[lo:lo + batch_size], segments[lo:lo + batch_size], padding=True,
                               truncation="longest_first", max_length=self.max_length, return_tensors="pt")
                for lo in range(0, len(rows), batch_size)]

    # -- inference --------------------------------------------------------------------------
    @property
    def uses_speaker(self) -> bool:
        """Whether the model was trained with the speaker (and cue) in its input (`with_speaker`);
        a model trained without them ignores the ``speaker=`` and ``cue=`` arguments."""
        return bool(self.settings.get("speaker_input"))

    @property
    def analysis_speaker(self) -> float:
        """How much `analyze` and `stance score --mode articles` let this model's reading of a
        statement with its speaker and cue count (``settings["analysis_speaker"]``): 0 reads the
        statement alone, 1 with its speaker and cue, a weight between them averages the two
        readings' probabilities with that weight on the speaker's. Chosen per model on the
        per-article gold dev tables, with its `neutral_margin`; 0 when unset, and for a model that
        is not speaker-aware (`uses_speaker`)."""
        return float(self.settings.get("analysis_speaker") or 0.0) if self.uses_speaker else 0.0

    @property
    def uses_mention(self) -> bool:
        """Whether the model was trained with where the article names the target in its input
        (`with_mention`); a model trained without it ignores the ``mention=`` argument."""
        return bool(self.settings.get("mention_input"))

    @property
    def neutral_margin(self) -> float:
        """How much `analyze` and `stance score --mode articles` lower p(neutral) before taking a
        statement's label (``settings["analysis_neutral_margin"]``, 0 when unset): a statement
        that concerns a target and that the speaker chose to make leans more often than the
        items the model was trained on. Chosen per model on the per-article gold dev tables;
        `predict` and `predict_proba` are not affected."""
        return float(self.settings.get("analysis_neutral_margin") or 0.0)

    @property
    def relevance_gate(self) -> RelevanceGate | None:
        """The learned relevance gate this model carries (``settings["relevance_gate"]``, see
        `stance.gate`), or None. Set it to a `RelevanceGate` (or None) and `save` keeps it."""
        data = self.settings.get("relevance_gate")
        return RelevanceGate.from_dict(data) if data else None

    @relevance_gate.setter
    def relevance_gate(self, gate: RelevanceGate | None) -> None:
        if gate is None:
            self.settings.pop("relevance_gate", None)
        elif not isinstance(gate, RelevanceGate):
            raise TypeError(f"relevance_gate must be a stance.gate.RelevanceGate or None, not {type(gate).__name__}")
        else:
            self.settings["relevance_gate"] = gate.to_dict()

    def article_labels(self, probs: np.ndarray, margin: float | None = None) -> np.ndarray:
        """Column index of each row's label for article analysis: the argmax after lowering the
        neutral column by ``margin`` (default `neutral_margin`; the plain argmax without a
        neutral label or margin)."""
        probs = np.asarray(probs, dtype=float)
        if not len(probs):
            return np.zeros(0, dtype=int)
        margin = self.neutral_margin if margin is None else float(margin)
        if margin and "neutral" in self.labels:
            probs = probs.copy()
            probs[:, list(self.labels).index("neutral")] -= margin
        return probs.argmax(axis=1)

    def model_targets(self, targets: Sequence[str], mention=None) -> list[str]:
        """The second input segment for each target: with the mention level for a mention-aware
        model (`uses_mention`), else the target alone."""
        mentions = _per_item(mention, len(targets), "mention")
        if not self.uses_mention or mention is None:
            return list(targets)
        return [with_mention(t, m) for t, m in zip(targets, mentions)]

    def model_inputs(self, statements: Sequence[str], speaker=None, cue=None) -> list[str]:
        """The first input segment for each statement: with the speaker and cue for a speaker-aware
        model (`uses_speaker`), else the statement alone."""
        speakers = _per_item(speaker, len(statements), "speaker")
        cues = _per_item(cue, len(statements), "cue")
        if not self.uses_speaker or speaker is None:
            return list(statements)
        return [with_speaker(s, sp, c) for s, sp, c in zip(statements, speakers, cues)]

    def predict_proba(self, statements: str | Sequence[str], target: str | Sequence[str], *,
                      speaker: str | Sequence[str | None] | None = None,
                      cue: str | Sequence[str | None] | None = None,
                      mention: str | Sequence[str | None] | None = None,
                      batch_size: int = BATCH_SIZE) -> np.ndarray:
        """Probabilities, shape (n, len(self.labels)), columns in `self.labels` order.

        For a target that has an n-gram head (`ngram_heads`), the transformer's probabilities are
        blended with the head's. ``speaker`` and ``cue`` (one for all, or one per statement, None
        where unknown) go into the input of a speaker-aware model and are ignored by others;
        ``mention`` (where the article names the target, one of `MENTION_LEVELS`) goes into the
        input of a mention-aware model and is ignored by others.

        Raises:
            ValueError: a statement or target is None/empty (the index is named), or the
                number of targets differs from the number of statements.
        """
        statements, targets = _as_pairs(statements, target)
        if not statements:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        inputs = self.model_inputs(statements, speaker, cue)
        segments = self.model_targets(targets, mention)
        enc = self.tokenizer(inputs, segments, truncation=False, add_special_tokens=True)
        lengths = [len(ids) for ids in enc["input_ids"]]
        n_cut = sum(n > self.max_length for n in lengths)
        if n_cut:
            warnings.warn(
                f"{n_cut} of {len(statements)} statement/target pairs are longer than the model's "
                f"limit of {self.max_length} tokens and were truncated",
                stacklevel=2,
            )
        # Sorting by length keeps padding (wasted compute) small; results go back in input order.
        order = np.argsort(lengths, kind="stable")
        out = np.zeros((len(statements), len(self.labels)), dtype=np.float32)
        precision = self.resolved_precision
        model = self._inference_model(precision)
        with torch.inference_mode():
            for lo in range(0, len(order), batch_size):
                idx = order[lo:lo + batch_size]
                if lengths[idx[-1]] <= self.max_length:  # reuse the encoding above: nothing to cut
                    batch = self.tokenizer.pad({k: [enc[k][i] for i in idx] for k in enc.keys()},
                                               return_tensors="pt").to(self.device)
                else:
                    batch = self.tokenizer([inputs[i] for i in idx], [segments[i] for i in idx],
                                           truncation="longest_first", max_length=self.max_length,
                                           padding=True, return_tensors="pt").to(self.device)
                with torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=precision == "bf16"):
                    logits = model(**batch).logits
                out[idx] = torch.softmax(logits.float(), dim=-1).cpu().numpy()
        if precision != "fp32":
            self._scored += len(statements)
        if self.ngram_heads is not None and len(self.ngram_heads):
            cues = _per_item(cue, len(statements), "cue")
            out = self.ngram_heads.blend(out, statements, targets, cues)
        return out

    def predict(self, statements: str | Sequence[str], target: str | Sequence[str], *,
                speaker: str | Sequence[str | None] | None = None,
                cue: str | Sequence[str | None] | None = None,
                mention: str | Sequence[str | None] | None = None,
                batch_size: int = BATCH_SIZE) -> Prediction | list[Prediction]:
        """Label each statement with its stance toward its target.

        Args:
            statements: one statement, or a sequence of them.
            target: one target for all statements, or one per statement.
            speaker: who made the statement (one for all, one per statement, or None); used by a
                speaker-aware model (`uses_speaker`), ignored by others.
            cue: the words that attribute it ('said', 'accused'), used with the speaker.
            mention: where the article names the target ('statement', 'sentence', 'paragraph',
                'none'; see `stance.targets.mention_level`), used by a mention-aware model
                (`uses_mention`), ignored by others.
            batch_size: pairs per forward pass.

        Returns:
            A `Prediction` for a single statement string, else a list in input order.

        Example:
            >>> model.predict(["I back the plan.", "The plan is a disaster."], target="the plan")
        """
        single = isinstance(statements, str)
        texts, targets = _as_pairs(statements, target)
        probs = self.predict_proba(texts, targets, speaker=speaker, cue=cue, mention=mention, batch_size=batch_size)
        labels = self.labels
        preds = []
        for text, tgt, row in zip(texts, targets, probs):
            k = int(row.argmax())
            preds.append(Prediction(labels[k], float(row[k]), {l: float(p) for l, p in zip(labels, row)}, text, tgt))
        return preds[0] if single else preds

    def with_ngram_heads(self, which: bool | str) -> StanceModel:
        """This model with some of its n-gram heads: True all, False none, or a genre such as 'news'
        (the heads fitted on that kind of text, plus those with no recorded genre).

        The transformer is shared, not copied, and this model is not changed.

        Example:
            >>> news = model.with_ngram_heads("news")   # what stance.analyze uses for articles
        """
        view = copy.copy(self)
        view.ngram_heads = _select_heads(self.ngram_heads, which)
        return view

    def fit_ngram_heads(self, train: Any, eval: Any, *, min_rows: int = 300, metric: str = "f_avg",
                        seed: int = 13, column_mapping: dict[str, str] | None = None) -> dict[str, Any]:
        """Fit per-target n-gram heads on ``train`` and keep them if they help on ``eval``.

        `stance.train` does this itself when given eval data; this is for a model trained before.
        See `stance.lexical.fit_ngram_heads` for the arguments.

        Example:
            >>> model.fit_ngram_heads("train.csv", "dev.csv")["weight"]
            0.4
        """
        return fit_ngram_heads(self, train, eval, min_rows=min_rows, metric=metric, seed=seed,
                               column_mapping=column_mapping)

    def fit_generic_head(self, train: Any, dev: Any, *, genre: str | None = "news",
                         column_mapping: dict[str, str] | None = None) -> dict[str, Any]:
        """Fit the target-masked head (for targets without a head of their own) on ``train`` and
        keep it if it helps on ``dev`` (labelled examples, or a dict of named dev sets whose mean
        F_avg chooses the weight). See `stance.lexical.fit_generic_head`.

        Example:
            >>> model.fit_generic_head("news_train.csv", "news_dev.csv")["weight"]
            0.7
        """
        dev_sets = dev if isinstance(dev, Mapping) else {"dev": dev}
        return fit_generic_head(self, train, dev_sets, genre=genre, column_mapping=column_mapping)

    # -- persistence ------------------------------------------------------------------------
    def save(self, path: str | os.PathLike, *, delta: bool = False, card: str | None = None) -> Path:
        """Write the model as a plain transformers directory (atomically).

        Args:
            path: target directory; replaced only once the new model is completely written.
            delta: store only the weights that training changed (everything but the frozen
                embeddings), in float16, and load the rest from the base encoder. Used for the
                shipped default model to keep it small; `stance.load` reads both forms, plain
                `transformers` only the full one.
            card: the model card text; a card is generated from the settings when None.
        """
        path = Path(path)
        self.settings = write_model_dir(path, self.model, self.tokenizer, self.settings, self.ngram_heads,
                                        delta=delta, card=card)
        logger.info("saved model to %s", path)
        return path

    def __repr__(self) -> str:
        heads = f", ngram_heads={len(self.ngram_heads)} targets" if self.ngram_heads else ""
        return f"StanceModel(labels={self.labels}, base={self.settings.get('base_model')!r}, device={self.device}{heads})"


def load(path: str | os.PathLike | None = None, *, device: str | None = None, precision: str = "auto",
         ngram_heads: bool | str = True, compile: bool | str = "auto") -> StanceModel:
    """Load a saved stance model (offline).

    Args:
        path: a model directory; None loads the shipped default model.
        device: 'cpu', 'cuda', ...; None picks CUDA when present, else CPU.
        precision: 'auto' (bf16 on CPUs with AMX, else int8 on CPUs with VNNI, else bf16 on CPUs
            with native bf16, else fp32), 'fp32', 'bf16', 'int8' or 'openvino-int8' (int8 through
            OpenVINO, ``pip install 'stance[openvino]'``); see `StanceModel.resolved_precision`.
        ngram_heads: use the model's per-target n-gram heads, if it has any (see `stance.lexical`);
            False scores with the transformer alone; a genre such as 'news' keeps only the heads
            fitted on that kind of text (and those with no recorded genre).
        compile: run the bf16/int8 inference copy through `torch.compile`: 'auto' once the model has
            scored `COMPILE_AFTER` pairs (long jobs gain about 1.2x; the compiler's 8-30 s are paid
            once per process), True from the first call, False never (`StanceModel.compile`).

    Raises:
        FileNotFoundError: no model there, or the directory is incomplete.
        ValueError: the directory holds pickle weights only (never loaded).

    Example:
        >>> model = stance.load()
        >>> model.labels
        ('support', 'oppose', 'neutral')
    """
    path = Path(path) if path is not None else default_model_dir()
    model, tokenizer, settings, heads = read_model_dir(path, ngram_heads=bool(ngram_heads))
    return StanceModel(model, tokenizer, settings=settings, device=device, precision=precision,
                       ngram_heads=_select_heads(heads, ngram_heads), compile=compile)
