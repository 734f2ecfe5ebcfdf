"""Fine-tuning a stance model on (statement, target, label) examples."""
from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
import random
import re
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from .data import read_examples
from .evaluate import evaluate
from .fast import cpu_has_fast_bf16
from .lexical import fit_ngram_heads
from .model import (CONFIG_KEY, DEFAULT_BASE, LABELS, StanceModel, is_frozen_key, load, quiet_transformers,
                    resolve_base, with_mention, with_speaker)
from .storage import adapted_from

logger = logging.getLogger(__name__)


@dataclass
class TrainingArgs:
    """Settings of one training run; written into the saved model's config and card.

    Attributes:
        epochs: passes over the training data (an upper bound when early stopping).
        batch_size: examples per optimisation step.
        learning_rate: peak AdamW learning rate (linear warm-up, then linear decay).
        weight_decay: AdamW weight decay.
        warmup_ratio: share of the steps spent warming up.
        max_length: tokens per (statement, target) pair; longer pairs are truncated.
        seed: seeds Python, NumPy and torch.
        patience: evaluations without improvement of the dev metric before stopping.
        evals_per_epoch: how often the dev set is scored in an epoch.
        class_weights: weight the loss by inverse label frequency (for skewed labels).
        freeze_embeddings: keep the token embeddings fixed (faster, and lets a model be saved
            as a small delta over its base).
        metric: the dev metric that picks the best checkpoint: 'f_avg' or 'macro_f1'.
        ngram_min_rows: after training, fit a per-target n-gram head (`stance.lexical`) for each
            target with at least this many training rows, and blend it in with the weight that
            scores best on the dev set (kept only if it beats the transformer alone there; needs
            eval data). 0 turns the heads off.
        bf16: run the forward pass under bfloat16 autocast (the weights and the optimiser stay
            fp32). About twice as fast on CPUs with native bf16 (AVX512-BF16, AMX), slower on the
            others; `stance.fast.cpu_has_fast_bf16` says which this machine is.
        layer_decay: layer-wise learning-rate decay: the classifier head and the pooler train at
            ``learning_rate``, the encoder's top layer at ``learning_rate * layer_decay``, each layer
            below at ``layer_decay`` times the one above it, and the embeddings (when not frozen)
            below the lowest layer (`layer_learning_rates`). 1.0 (the default): one rate for all.
    """

    epochs: float = 3
    batch_size: int = 32
    learning_rate: float = 5e-5
    weight_decay: float = 0.01
    warmup_ratio: float = 0.06
    max_length: int = 128
    seed: int = 13
    patience: int = 3
    evals_per_epoch: int = 1
    class_weights: bool = True
    freeze_embeddings: bool = True
    metric: str = "f_avg"
    ngram_min_rows: int = 300
    bf16: bool = False
    layer_decay: float = 1.0

    def __post_init__(self) -> None:
        if self.epochs <= 0:
            raise ValueError(f"epochs must be > 0, got {self.epochs}")
        for name in ("batch_size", "max_length", "evals_per_epoch"):
            if int(getattr(self, name)) < 1:
                raise ValueError(f"{name} must be >= 1, got {getattr(self, name)}")
        if not 0 < self.learning_rate < 1:
            raise ValueError(f"learning_rate must be in (0, 1), got {self.learning_rate}")
        if not 0 <= self.warmup_ratio < 1:
            raise ValueError(f"warmup_ratio must be in [0, 1), got {self.warmup_ratio}")
        if self.patience < 1:
            raise ValueError(f"patience must be >= 1, got {self.patience}")
        if self.ngram_min_rows < 0:
            raise ValueError(f"ngram_min_rows must be >= 0 (0 = no n-gram heads), got {self.ngram_min_rows}")
        if not 0 < self.layer_decay <= 1:
            raise ValueError(f"layer_decay must be in (0, 1], got {self.layer_decay}")
        if self.metric not in ("f_avg", "macro_f1"):
            raise ValueError(f"metric must be 'f_avg' or 'macro_f1', got {self.metric!r}")


_LAYER_RE = re.compile(r"\.layers?\.(\d+)\.")


def layer_learning_rates(names: Sequence[str], learning_rate: float, layer_decay: float) -> dict[str, float]:
    """The learning rate of each named parameter under layer-wise decay (`TrainingArgs.layer_decay`).

    A parameter of encoder layer ``i`` (a name with ``.layer.i.`` or ``.layers.i.``) of ``n`` layers
    trains at ``learning_rate * layer_decay ** (n - i)``, the embeddings at ``layer_decay ** (n + 1)``
    times it, and everything else (pooler, classifier head) at ``learning_rate``.

    Example:
        >>> rates = layer_learning_rates(["bert.embeddings.x", "bert.encoder.layer.0.w",
        ...                               "bert.encoder.layer.1.w", "classifier.w"], 1.0, 0.5)
        >>> [rates[k] for k in ("bert.embeddings.x", "bert.encoder.layer.0.w", "bert.encoder.layer.1.w", "classifier.w")]
        [0.125, 0.25, 0.5, 1.0]
    """
    layers = {name: int(m.group(1)) for name in names if (m := _LAYER_RE.search(name))}
    n = max(layers.values()) + 1 if layers else 0
    rates = {}
    for name in names:
        if name in layers:
            depth = n - layers[name]
        elif ".embeddings." in f".{name}":
            depth = n + 1
        else:
            depth = 0
        rates[name] = learning_rate * layer_decay ** depth
    return rates


def _param_groups(model, args: TrainingArgs) -> list[dict]:
    """AdamW groups: weight decay on matrices only, and one group per learning rate when
    ``args.layer_decay`` < 1 (`layer_learning_rates`)."""
    named = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    rates = layer_learning_rates([n for n, _ in named], args.learning_rate, args.layer_decay)
    groups: dict[tuple[float, bool], list] = {}
    for name, p in named:
        groups.setdefault((rates[name], p.ndim > 1), []).append(p)
    return [{"params": ps, "lr": lr, "weight_decay": args.weight_decay if matrix else 0.0}
            for (lr, matrix), ps in groups.items()]


def _seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _resolve_labels(frame, labels: Sequence[str] | None, name: str) -> tuple[str, ...]:
    found = Counter(frame["label"])
    if labels is None:
        labels = tuple(l for l in LABELS if l in found) if set(found) <= set(LABELS) else tuple(sorted(found))
    labels = tuple(labels)
    if len(set(labels)) != len(labels):
        raise ValueError(f"labels has duplicates: {labels}")
    unknown = {l: n for l, n in found.items() if l not in labels}
    if unknown:
        raise ValueError(f"{name}: labels {unknown} are not in labels={list(labels)}; "
                         "add them to labels=, or map/drop those rows")
    if len(found) < 2:
        raise ValueError(f"{name}: only one label ({dict(found)}) in the data; a classifier needs at least two")
    return labels


def _build_model(base: Any, labels: tuple[str, ...]):
    """A (model, tokenizer, settings, base_name) for fine-tuning, from a base encoder or a stance model."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    id2label = dict(enumerate(labels))
    label2id = {l: i for i, l in id2label.items()}
    if isinstance(base, StanceModel):
        existing = base
    elif base is not None and Path(str(base), "config.json").exists() and \
            CONFIG_KEY in json.loads(Path(str(base), "config.json").read_text()):
        existing = load(base, device="cpu")
    else:
        existing = None
    if existing is not None:
        model, tokenizer, settings = existing.model, existing.tokenizer, dict(existing.settings)
        base_name = settings.get("base_model") or str(base)
        if tuple(existing.labels) != labels:
            logger.warning("the base stance model has labels %s; the new label set %s gets a new, "
                           "untrained classification head", existing.labels, labels)
            hidden = model.classifier.in_features
            model.classifier = torch.nn.Linear(hidden, len(labels))
            model.num_labels = len(labels)
            model.config.num_labels = len(labels)
        model.config.id2label, model.config.label2id = id2label, label2id
        return model, tokenizer, settings, base_name
    path = resolve_base(base)
    # an encoder adapted to news keeps its base's embeddings: a delta model names that base
    base_name = adapted_from(path) or (DEFAULT_BASE if base is None else str(base))
    tokenizer = AutoTokenizer.from_pretrained(path)
    with quiet_transformers():
        model = AutoModelForSequenceClassification.from_pretrained(
            path, num_labels=len(labels), id2label=id2label, label2id=label2id,
            ignore_mismatched_sizes=True)  # a base that is itself a classifier gets a fresh head
    return model, tokenizer, {}, base_name


def _batches(lengths: np.ndarray, batch_size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Shuffled batches of similar-length examples (less padding, same randomness across batches)."""
    order = rng.permutation(len(lengths))
    chunk = batch_size * 50
    batches = []
    for lo in range(0, len(order), chunk):
        part = order[lo:lo + chunk]
        part = part[np.argsort(lengths[part], kind="stable")]
        batches.extend(part[i:i + batch_size] for i in range(0, len(part), batch_size))
    rng.shuffle(batches)
    return batches


def train(train: Any, eval: Any = None, *, labels: Sequence[str] | None = None, base: Any = None,
          output_dir: str | os.PathLike | None = None, column_mapping: Mapping[str, str] | None = None,
          args: TrainingArgs | None = None, progress: bool = False, delta: bool = False,
          corpora: Sequence[Mapping[str, str]] | None = None, **overrides: Any) -> StanceModel:
    """Fine-tune a stance model.

    Args:
        train: training examples: a path (CSV, JSONL, Parquet), DataFrame, `datasets.Dataset`
            or list of dicts with columns statement, target, label; optional corpus and genre
            columns are recorded with the n-gram heads (what each head was fitted on; a genre
            such as 'news' or 'tweets' lets `stance.load(dir, ngram_heads="news")` and
            `stance.analyze` pick the heads that fit the text).
        eval: dev examples in the same forms; picks the best checkpoint and stops early.
        labels: the label set (output order); None takes it from the data.
        base: None (the default MiniLM encoder), a local directory, a hub id, or a stance model
            (directory or `StanceModel`); a new label set gets a new head. An encoder adapted to
            news by `stance.research.adapt` is recorded as the base it was adapted from, whose
            embeddings it keeps (a delta model of it loads them from there).
        output_dir: where to save the best model (written atomically); None keeps it in memory.
        column_mapping: renames the data's columns, e.g. {'text': 'statement'}.
        args: a `TrainingArgs`; keyword overrides such as epochs=3, seed=13 change its fields.
        progress: show a progress bar.
        delta: save only the weights training changed (see `StanceModel.save`).
        corpora: descriptions of the training data for the model card
            (dicts with name, license, rows).

    Returns:
        The trained `StanceModel` (the best dev checkpoint when eval is given).

    Example:
        >>> model = stance.train("train.csv", eval="dev.csv", output_dir="models/mine", epochs=3)
    """
    from sklearn.utils.class_weight import compute_class_weight
    from transformers import get_linear_schedule_with_warmup

    args = args or TrainingArgs()
    valid = {f.name for f in dataclasses.fields(TrainingArgs)}
    bad = sorted(set(overrides) - valid)
    if bad:
        raise TypeError(f"unknown training option(s) {bad}; valid options: {sorted(valid)}")
    args = dataclasses.replace(args, **overrides)
    train_df = read_examples(train, column_mapping=column_mapping, name="train",
                             keep=("corpus", "genre", "speaker", "cue", "mention"))
    labels = _resolve_labels(train_df, labels, "train")
    eval_df = read_examples(eval, column_mapping=column_mapping, name="eval",
                            keep=("speaker", "cue", "mention")) if eval is not None else None
    if eval_df is not None:
        unknown = set(eval_df["label"]) - set(labels)
        if unknown:
            raise ValueError(f"eval: labels {sorted(unknown)} are not in labels={list(labels)}")

    _seed_everything(args.seed)
    model, tokenizer, settings, base_name = _build_model(base, labels)
    device = next(model.parameters()).device
    if args.bf16 and device.type == "cpu" and not cpu_has_fast_bf16():
        logger.warning("bf16=True on a CPU without native bf16 (no AVX512-BF16 or AMX): training will be "
                       "slower than fp32, not faster; leave bf16 off here")
    if args.freeze_embeddings:
        for name, p in model.named_parameters():
            if is_frozen_key(name):
                p.requires_grad_(False)

    limit = getattr(model.config, "max_position_embeddings", None) or args.max_length
    if args.max_length > limit:
        args = dataclasses.replace(args, max_length=int(limit))
    y = np.array([labels.index(l) for l in train_df["label"]])
    # A speaker column (or a speaker-aware base) makes a speaker-aware model: the speaker and cue
    # go in front of the statement (`stance.model.with_speaker`); rows without one keep the bare text.
    speaker_input = bool(settings.get("speaker_input")) or (
        "speaker" in train_df and bool(train_df["speaker"].notna().any()))
    texts = list(train_df["statement"])
    if speaker_input and "speaker" in train_df:
        cues = train_df["cue"] if "cue" in train_df else [None] * len(train_df)
        texts = [with_speaker(t, sp, c) for t, sp, c in zip(texts, train_df["speaker"], cues)]
    # A mention column (where the article names the target, `stance.targets.mention_level`) makes a
    # mention-aware model the same way: the level follows the target (`stance.model.with_mention`).
    mention_input = bool(settings.get("mention_input")) or (
        "mention" in train_df and bool(train_df["mention"].notna().any()))
    segments = list(train_df["target"])
    if mention_input and "mention" in train_df:
        segments = [with_mention(t, m) for t, m in zip(segments, train_df["mention"])]
    enc = tokenizer(texts, segments, truncation="longest_first", max_length=args.max_length)
    lengths = np.array([len(x) for x in enc["input_ids"]])
    present = np.unique(y)
    weights = np.ones(len(labels), dtype=np.float32)
    if args.class_weights:
        weights[present] = compute_class_weight("balanced", classes=present, y=y)
    loss_fn = torch.nn.CrossEntropyLoss(weight=torch.tensor(weights, dtype=torch.float32, device=device))

    params = [p for p in model.parameters() if p.requires_grad]
    optim = torch.optim.AdamW(_param_groups(model, args), lr=args.learning_rate)
    steps_per_epoch = math.ceil(len(y) / args.batch_size)
    total = max(1, int(round(steps_per_epoch * args.epochs)))
    sched = get_linear_schedule_with_warmup(optim, int(args.warmup_ratio * total), total)
    eval_every = max(1, steps_per_epoch // args.evals_per_epoch)

    # scores and history describe the parent model, not this one
    run_settings = {k: v for k, v in settings.items()
                    if k not in ("training", "corpora", "notes", "test_sets") and not k.startswith(("metrics", "news_"))}
    run_settings.update(base_model=base_name, max_length=args.max_length, speaker_input=speaker_input,
                        mention_input=mention_input,
                        training={**dataclasses.asdict(args), "train_rows": int(len(y)),
                                  "label_counts": {labels[i]: int((y == i).sum()) for i in present}})
    if corpora:
        run_settings["corpora"] = [dict(c) for c in corpora]
    stance_model = StanceModel(model, tokenizer, settings=run_settings, device=device, precision="fp32")

    rng = np.random.default_rng(args.seed)
    best, best_state, stale, step, history = -1.0, None, 0, 0, []
    bar = None
    if progress:
        from tqdm.auto import tqdm
        bar = tqdm(total=total, desc="training", unit="step")
    t0 = time.time()
    stop = False
    while step < total and not stop:
        for idx in _batches(lengths, args.batch_size, rng):
            if step >= total:
                break
            model.train()
            batch = tokenizer.pad({k: [enc[k][i] for i in idx] for k in enc.keys()}, return_tensors="pt").to(device)
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=args.bf16):
                logits = model(**batch).logits
            loss = loss_fn(logits.float(), torch.as_tensor(y[idx], device=device))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optim.step()
            sched.step()
            optim.zero_grad(set_to_none=True)
            step += 1
            if bar is not None:
                bar.update(1)
                bar.set_postfix(loss=f"{loss.item():.3f}")
            if eval_df is not None and (step % eval_every == 0 or step == total):
                model.eval()
                report = evaluate(stance_model, eval_df)
                score = report["f_avg"] if args.metric == "f_avg" and report["f_avg"] is not None else report["macro_f1"]
                history.append({"step": step, "epoch": round(step / steps_per_epoch, 2), args.metric: round(score, 4)})
                logger.info("step %d: dev %s %.4f", step, args.metric, score)
                if score > best:
                    best, stale = score, 0
                    best_state = {k: v.detach().clone() for k, v in model.state_dict().items() if not is_frozen_key(k)}
                else:
                    stale += 1
                    if stale >= args.patience:
                        logger.info("early stop at step %d: no dev improvement in %d evaluations", step, stale)
                        stop = True
                        break
    if bar is not None:
        bar.close()
    model.eval()
    if best_state is not None:
        model.load_state_dict(best_state, strict=False)
    run_settings["training"].update(steps=step, seconds=round(time.time() - t0, 1), dev_history=history,
                                    best_dev=round(best, 4) if best >= 0 else None)
    stance_model.settings = run_settings
    if eval_df is not None and args.ngram_min_rows:
        run_settings["training"]["ngram_heads"] = fit_ngram_heads(
            stance_model, train_df, eval_df, min_rows=args.ngram_min_rows, metric=args.metric, seed=args.seed)
    stance_model.precision = "auto"
    if output_dir is not None:
        stance_model.save(output_dir, delta=delta)
    return stance_model
