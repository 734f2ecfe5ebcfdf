"""Train the learned attribution tagger on PolNeAR (`python -m stance.research.attribution_tagger`).

The tagger (:mod:`stance.extract.tagger`) is a token classifier on the shipped MiniLM encoder that
marks Source, Cue and Content spans with BIO tags. Its training data is PolNeAR train (Newell et
al., LREC 2018: 840 US political news articles, brat standoff). Nested attributions ('X said that
Y claimed Z') are flattened with the inner parts on top: cues, then sources, then the shortest
content span win a token, so the inner attribution is kept whole and the outer content keeps the
tokens around it.

Articles are cut into windows of ``max_length`` word pieces that overlap by ``stride``; the
loss is plain cross-entropy over the word pieces. The token embeddings stay frozen (as for the
stance model), so the saved folder stores only what training changed
(:data:`stance.storage.DELTA_WEIGHTS`) and loads the embeddings from the base package. A base
adapted to news (`stance.research.adapt`, ``--base`` its folder) is recorded in the training
settings, and the delta names the package it was adapted from, so the folder loads without it.

Example:
    python -m stance.research.attribution_tagger train --data ../shared/data/polnear_attribution \\
        --output models/tagger --epochs 2
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import random
import time
from pathlib import Path

import numpy as np

from ..extract.tagger import windows
from ..storage import adaptation_of, adapted_from, quiet_transformers, resolve_base, save_tagger
from .attribution_eval import polnear_documents, read_brat

logger = logging.getLogger(__name__)

__all__ = ["TAGS", "char_tags", "token_labels", "window_examples", "train_tagger"]

#: The tagger's labels, in the order of the classifier's outputs.
TAGS = ("O", "B-Source", "I-Source", "B-Cue", "I-Cue", "B-Content", "I-Content")
_TYPES = ("Source", "Cue", "Content")


def char_tags(text: str, attributions) -> tuple[np.ndarray, np.ndarray]:
    """Per character: the span type (0 none, 1 Source, 2 Cue, 3 Content) and a span id.

    Spans are painted from the outermost content to the innermost, then sources, then cues, so a
    nested attribution is kept whole on top of the content that holds it.
    """
    kind = np.zeros(len(text) + 1, dtype=np.int8)
    ident = np.full(len(text) + 1, -1, dtype=np.int32)
    spans = []
    for a in attributions:
        for frag in a.content:
            spans.append((3, frag))
        for frag in a.source:
            spans.append((1, frag))
        for frag in a.cue:
            spans.append((2, frag))
    order = {3: 0, 1: 1, 2: 2}
    spans.sort(key=lambda s: (order[s[0]], -(s[1][1] - s[1][0])))
    for n, (k, (s, e)) in enumerate(spans):
        s, e = max(0, s), min(len(text), e)
        kind[s:e] = k
        ident[s:e] = n
    return kind, ident


def token_labels(offsets, kind, ident) -> list[int]:
    """The tag index of each word piece (``offsets``: its character span) from :func:`char_tags`."""
    labels, prev = [], None
    for s, e in offsets:
        # the first non-space character of the word piece decides
        k = int(kind[s]) if e > s else 0
        if k == 0:
            labels.append(0)
            prev = None
            continue
        sid = int(ident[s])
        begin = prev != sid
        labels.append(TAGS.index(("B-" if begin else "I-") + _TYPES[k - 1]))
        prev = sid
    return labels


def window_examples(data_dir, split: str, tokenizer, *, max_length: int = 256, stride: int = 32,
                    limit: int | None = None) -> list[dict]:
    """PolNeAR ``split`` as tagger training windows: input_ids, attention_mask, labels."""
    out = []
    docs = list(polnear_documents(Path(data_dir), split))
    if limit is not None:
        docs = docs[:limit]
    inner = max_length - 2
    for _name, text, ann in docs:
        kind, ident = char_tags(text, read_brat(ann))
        enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        labels = token_labels(enc["offset_mapping"], kind, ident)
        ids = enc["input_ids"]
        for s, e in windows(len(ids), inner, stride):
            lab = list(labels[s:e])
            # a window that starts inside a span starts it with a B tag
            if lab and lab[0] != 0 and TAGS[lab[0]].startswith("I-"):
                lab[0] -= 1
            out.append({
                "input_ids": [tokenizer.cls_token_id] + ids[s:e] + [tokenizer.sep_token_id],
                "labels": [-100] + lab + [-100],
            })
    return out


def _batches(examples, batch_size, pad_id, shuffle, rng):
    import torch

    order = list(range(len(examples)))
    if shuffle:
        rng.shuffle(order)
    for i in range(0, len(order), batch_size):
        chunk = [examples[j] for j in order[i:i + batch_size]]
        width = max(len(x["input_ids"]) for x in chunk)
        ids = torch.full((len(chunk), width), pad_id, dtype=torch.long)
        mask = torch.zeros((len(chunk), width), dtype=torch.long)
        labels = torch.full((len(chunk), width), -100, dtype=torch.long)
        for r, x in enumerate(chunk):
            n = len(x["input_ids"])
            ids[r, :n] = torch.tensor(x["input_ids"])
            mask[r, :n] = 1
            labels[r, :n] = torch.tensor(x["labels"])
        yield ids, mask, labels


def train_tagger(data_dir, output_dir, *, base=None, epochs: float = 2.0, learning_rate: float = 5e-5,
                 batch_size: int = 16, max_length: int = 256, stride: int = 32, num_layers: int | None = None,
                 seed: int = 13, limit: int | None = None, threads: int | None = None,
                 checkpoints: tuple[float, ...] = (), stop_after: float | None = None, bf16: bool = False) -> Path:
    """Fine-tune a token classifier on PolNeAR train and save it as a transformers folder.

    Args:
        data_dir: the PolNeAR folder (``train/text``, ``train/attributions``).
        output_dir: where the tagger is saved (config with the tags, delta weights, tokenizer).
        base: base encoder (default: the shipped all-MiniLM-L6-v2 package; a hub id or folder works).
        epochs: passes over the training windows (a fraction stops early); the learning-rate
            schedule (5% warm-up, linear decay) spans them.
        learning_rate: peak AdamW learning rate (linear warm-up over 5%, linear decay).
        num_layers: keep only the first ``num_layers`` transformer layers (smaller and faster).
        limit: train on the first ``limit`` articles only (for tests).
        checkpoints: epochs (below ``epochs``) after which a copy is also saved, beside the output
            folder as ``<output>-epoch<E>``, to be compared on dev.
        stop_after: stop after this many epochs (below ``epochs``), the schedule unchanged: what
            a checkpoint of a longer run holds, saved as the output.
        bf16: forward and backward under bfloat16 autocast (the weights and optimizer stay fp32),
            for CPUs with native bf16 (AVX512-BF16, AMX): 1.75 s per step of 16 windows on a 2-core
            Intel Xeon with AMX (session 33).

    Returns:
        The output folder.
    """
    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    if threads:
        torch.set_num_threads(threads)
    torch.manual_seed(seed)
    rng = random.Random(seed)
    base_path = resolve_base(base)
    # an encoder adapted to news (stance.research.adapt) keeps its base's embeddings: the tagger's
    # delta names that base, so it loads wherever the base package is installed
    adaptation = adaptation_of(base_path)
    delta_base = adapted_from(base_path) or base
    tok = AutoTokenizer.from_pretrained(base_path)
    with quiet_transformers():
        model = AutoModelForTokenClassification.from_pretrained(
            base_path, num_labels=len(TAGS), id2label=dict(enumerate(TAGS)),
            label2id={t: i for i, t in enumerate(TAGS)}, ignore_mismatched_sizes=True)
    if num_layers is not None:
        enc = model.base_model.encoder
        enc.layer = enc.layer[:num_layers]
        model.config.num_hidden_layers = num_layers
    for name, p in model.named_parameters():
        if ".embeddings." in name or name.startswith("embeddings."):
            p.requires_grad = False
    examples = window_examples(data_dir, "train", tok, max_length=max_length, stride=stride, limit=limit)
    steps_per_epoch = math.ceil(len(examples) / batch_size)
    total = max(1, int(steps_per_epoch * epochs))
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=learning_rate, weight_decay=0.01)
    warm = max(1, int(0.05 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))
    logger.info("tagger: %d windows, %d steps", len(examples), total)
    save_steps = {int(steps_per_epoch * e): e for e in checkpoints if 0 < e < epochs}
    last = total if stop_after is None else min(total, max(1, int(steps_per_epoch * stop_after)))
    step, t0 = 0, time.time()

    def training(steps):
        record = {"data": "PolNeAR train", "articles": limit or "all", "windows": len(examples),
                  "epochs": round(steps / steps_per_epoch, 2), "learning_rate": learning_rate,
                  "batch_size": batch_size, "max_length": max_length, "stride": stride, "seed": seed,
                  "bf16": bf16, "steps": steps, "seconds": round(time.time() - t0)}
        if adaptation:
            record["encoder"] = {"path": str(base), **adaptation}
        return record

    model.train()
    while step < last:
        for ids, mask, labels in _batches(examples, batch_size, tok.pad_token_id, True, rng):
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
                loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 20 == 0 or step == total:
                logger.info("step %d/%d loss %.4f (%.0f s)", step, total, loss.item(), time.time() - t0)
            if step in save_steps:
                where = Path(f"{output_dir}-epoch{save_steps[step]:g}")
                save_tagger(model, tok, where, base=delta_base, training=dict(training(step), schedule_epochs=epochs))
                model.train()
                logger.info("saved %s", where)
            if step >= last:
                break
    return save_tagger(model, tok, output_dir, base=delta_base,
                       training=dict(training(last), schedule_epochs=epochs))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m stance.research.attribution_tagger", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train", help="fine-tune the tagger on PolNeAR train")
    t.add_argument("--data", required=True, help="the PolNeAR folder (with train/text and train/attributions)")
    t.add_argument("--output", required=True)
    t.add_argument("--base", default=None)
    t.add_argument("--epochs", type=float, default=2.0)
    t.add_argument("--learning-rate", type=float, default=5e-5)
    t.add_argument("--batch-size", type=int, default=16)
    t.add_argument("--max-length", type=int, default=256)
    t.add_argument("--stride", type=int, default=32, help="word pieces that neighbouring training windows share")
    t.add_argument("--num-layers", type=int, default=None)
    t.add_argument("--limit", type=int, default=None)
    t.add_argument("--threads", type=int, default=None)
    t.add_argument("--seed", type=int, default=13, help="seeds the head, the window order and dropout")
    t.add_argument("--checkpoints", type=float, nargs="*", default=(),
                   help="epochs after which a copy is also saved as <output>-epoch<E>")
    t.add_argument("--stop-after", type=float, default=None,
                   help="stop after this many epochs, keeping the learning-rate schedule of --epochs")
    t.add_argument("--bf16", action="store_true", help="train under bf16 autocast (CPUs with native bf16)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    out = train_tagger(args.data, args.output, base=args.base, epochs=args.epochs,
                       learning_rate=args.learning_rate, batch_size=args.batch_size,
                       max_length=args.max_length, stride=args.stride, num_layers=args.num_layers, limit=args.limit,
                       threads=args.threads, checkpoints=tuple(args.checkpoints), stop_after=args.stop_after,
                       seed=args.seed, bf16=args.bf16)
    print(json.dumps({"saved": str(out)}))


if __name__ == "__main__":
    main()
