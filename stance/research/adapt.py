"""Adapt the base encoder to news text before fine-tuning: masked-language-model training on the
news articles and sentences of the training side (``python -m stance.research.adapt``).

Domain-adaptive pretraining (Gururangan et al., ACL 2020) continues an encoder's own pretraining
objective on text of the target domain before it is fine-tuned. all-MiniLM-L6-v2 is a sentence
embedding model whose masked-LM head was not released, so the head starts new: it trains alone for
``head_steps`` steps, then with the encoder. The token embeddings stay frozen (the decoder shares
them), as in every stance and tagger run, so a model fine-tuned from the adapted encoder stores
everything adaptation changed in its delta weights and still loads its embeddings from the base
package (the adapted folder records that base under `ADAPTED_KEY`).

The text: PolNeAR train articles and FNC-1 bodies that no dev or test split of ours uses
(`held_out_documents`), and the train sentences of directed_sentiment_news and NewsMTSC in shuffled
groups of eight. Never PolNeAR dev, the dev or test files of any corpus, or the held-out sets.

Example:
    python -m stance.research.adapt --data-dir ../shared/data --output-dir runs/news_encoder --bf16
"""
from __future__ import annotations

import argparse
import csv
import json
import logging
import random
import time
from pathlib import Path
from typing import Any

import torch

from ..storage import ADAPTED_KEY, DEFAULT_BASE, is_frozen_key, quiet_transformers, resolve_base
from .analysis_eval import read_gold
from .news_stance import DATA_DIR

logger = logging.getLogger(__name__)

__all__ = ["held_out_documents", "news_texts", "text_chunks", "adapt_encoder", "main"]

#: How many sentences of the sentence corpora make one text.
SENTENCE_GROUP = 8
#: Steps of run RD's adaptation (session 59, docs/news-model.md): its 25-minute budget on 2 cores.
STEPS = 1331


def held_out_documents(folder: str | Path = DATA_DIR) -> set[str]:
    """Source documents of any dev or test split of ours: the data/news_stance items (every
    ``docs.tsv`` under ``folder``) and the per-article gold tables."""
    held = set()
    for path in sorted(Path(folder).rglob("docs.tsv")):
        with open(path, encoding="utf-8", newline="") as f:
            held |= {row["path"] for row in csv.DictReader(f, delimiter="\t") if row["split"] != "train"}
    return held | {article["doc"] for article in read_gold() if article["split"] != "train"}


def news_texts(data_dir: str | Path, held_out: set[str], *,
               rng: random.Random | None = None) -> dict[str, list[str]]:
    """The adaptation texts by corpus (see the module docstring); ``rng`` shuffles the sentences
    before they are grouped (default: seeded with 0).

    Raises:
        FileNotFoundError: a corpus file is not under ``data_dir``.
    """
    root = Path(data_dir)
    rng = rng or random.Random(0)
    polnear_dir = root / "polnear_attribution" / "train" / "text"
    polnear = [p.read_text(encoding="utf-8") for p in sorted(polnear_dir.glob("*.txt"))
               if f"polnear/train/{p.stem}" not in held_out]
    if not polnear:
        raise FileNotFoundError(f"no PolNeAR train texts under {polnear_dir}; "
                                "data_dir should be the shared corpora folder (e.g. ../shared/data)")
    csv.field_size_limit(10 ** 8)
    fnc = []
    for part in ("train_bodies", "competition_test_bodies"):
        with open(root / "fnc1_partial" / f"{part}.csv", encoding="utf-8", newline="") as f:
            fnc += [row["articleBody"] for row in csv.DictReader(f)
                    if f"fnc1/{part}/{row['Body ID']}" not in held_out]
    sentences = []
    with open(root / "directed_sentiment_news" / "train.txt", encoding="utf-8") as f:
        sentences += [line.split("\t")[0].replace("[", "").replace("]", "") for line in f if line.strip()]
    with open(root / "newsmtsc" / "train.jsonl", encoding="utf-8") as f:
        sentences += [json.loads(line)["sentence_normalized"] for line in f if line.strip()]
    rng.shuffle(sentences)
    groups = [" ".join(sentences[i:i + SENTENCE_GROUP]) for i in range(0, len(sentences), SENTENCE_GROUP)]
    return {"polnear_train": polnear, "fnc1_bodies": fnc, "sentences": groups}


def text_chunks(texts: list[str], tokenizer, *, length: int = 128, min_length: int = 32) -> list[list[int]]:
    """Each text cut into pieces of ``length`` word pieces with [CLS] and [SEP]; a last piece
    shorter than ``min_length`` is dropped."""
    chunks = []
    for text in texts:
        ids = tokenizer(text, add_special_tokens=False)["input_ids"]
        for i in range(0, len(ids), length - 2):
            piece = ids[i:i + length - 2]
            if len(piece) >= min_length:
                chunks.append([tokenizer.cls_token_id, *piece, tokenizer.sep_token_id])
    return chunks


def adapt_encoder(data_dir: str | Path, output_dir: str | Path, *, base: str | None = None, steps: int = STEPS,
                  head_steps: int = 200, batch_size: int = 32, length: int = 128, min_length: int = 32,
                  learning_rate: float = 5e-5, head_learning_rate: float = 2e-4, warmup_steps: int = 100,
                  seed: int = 0, bf16: bool = False,
                  texts: dict[str, list[str]] | None = None, progress: bool = True) -> Path:
    """Masked-LM training of ``base`` (default: the shipped MiniLM) on `news_texts`, embeddings
    frozen, saved to ``output_dir`` as a plain encoder folder (pooler kept from the base) with the
    tokenizer. ``texts`` replaces the news texts (tests); ``length`` and ``min_length`` are those of
    `text_chunks`.

    The head trains alone for ``head_steps`` steps at ``head_learning_rate`` x 5, then everything
    trainable: ``learning_rate`` for the encoder and ``head_learning_rate`` for the head, warmed up over
    ``warmup_steps`` and decayed linearly to 0 at ``steps``. 15% of the word pieces are masked
    (80% [MASK], 10% random, 10% kept); the loss is computed on them only.

    Raises:
        ValueError: no text to train on, or the embeddings changed (never expected).
    """
    from transformers import AutoModel, AutoTokenizer, BertForMaskedLM, DataCollatorForLanguageModeling

    rng = random.Random(seed)
    torch.manual_seed(seed)
    base_name = base or DEFAULT_BASE
    path = resolve_base(base)
    if texts is None:
        held = held_out_documents()
        texts = news_texts(data_dir, held, rng=rng)
    tokenizer = AutoTokenizer.from_pretrained(path)
    chunks = text_chunks([t for corpus in texts.values() for t in corpus], tokenizer, length=length,
                         min_length=min_length)
    if not chunks:
        raise ValueError("no text long enough to adapt on; check data_dir")
    rng.shuffle(chunks)
    logger.info("adaptation text: %s; %d chunks, %d word pieces",
                {k: len(v) for k, v in texts.items()}, len(chunks), sum(map(len, chunks)))
    collator = DataCollatorForLanguageModeling(tokenizer, mlm_probability=0.15)
    with quiet_transformers():
        mlm = BertForMaskedLM.from_pretrained(path)
    for name, p in mlm.named_parameters():
        p.requires_grad = not is_frozen_key(name.removeprefix("bert."))
    head = [p for n, p in mlm.named_parameters() if n.startswith("cls.") and p.requires_grad]
    body = [p for n, p in mlm.named_parameters() if n.startswith("bert.") and p.requires_grad]
    head_only = torch.optim.AdamW(head, lr=head_learning_rate * 5)
    both = torch.optim.AdamW([{"params": body, "lr": learning_rate}, {"params": head, "lr": head_learning_rate}],
                             weight_decay=0.01)
    mlm.train()
    t0, start, losses = time.time(), 0, []
    for step in range(steps):
        batch = collator([{"input_ids": c} for c in chunks[start:start + batch_size]])
        start = (start + batch_size) % max(1, len(chunks) - batch_size)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            hidden = mlm.bert(input_ids=batch["input_ids"],
                              attention_mask=batch["attention_mask"]).last_hidden_state
            masked = batch["labels"] != -100
            logits = mlm.cls(hidden[masked])
        loss = torch.nn.functional.cross_entropy(logits.float(), batch["labels"][masked])
        loss.backward()
        if step < head_steps:
            head_only.step()
        else:
            scale = min(1.0, (step - head_steps) / warmup_steps) * max(0.0, 1.0 - step / steps)
            for group, peak in zip(both.param_groups, (learning_rate, head_learning_rate)):
                group["lr"] = peak * scale
            torch.nn.utils.clip_grad_norm_(body + head, 1.0)
            both.step()
        head_only.zero_grad()
        both.zero_grad()
        losses.append(loss.item())
        if progress and (step + 1) % 100 == 0:
            logger.info("step %d/%d: masked-LM loss %.3f (%.0f s)", step + 1, steps, sum(losses[-100:]) / 100,
                        time.time() - t0)
    with quiet_transformers():
        encoder = AutoModel.from_pretrained(path)
    original = {k: v.clone() for k, v in encoder.state_dict().items() if is_frozen_key(k)}
    adapted = {k.removeprefix("bert."): v for k, v in mlm.state_dict().items() if k.startswith("bert.")}
    encoder.load_state_dict(adapted, strict=False)  # the masked-LM model has no pooler: the base's stays
    if any(not torch.equal(original[k], v) for k, v in encoder.state_dict().items() if k in original):
        raise ValueError("the adapted encoder's embeddings differ from its base's; they should have stayed frozen")
    encoder.config.update({ADAPTED_KEY: {
        "base_model": base_name, "objective": "masked language model, embeddings frozen", "steps": steps,
        "head_steps": head_steps, "batch_size": batch_size, "length": length, "learning_rate": learning_rate,
        "seed": seed, "bf16": bf16, "texts": {k: len(v) for k, v in texts.items()}, "chunks": len(chunks),
        "epochs": round(steps * batch_size / len(chunks), 3),
        "final_loss": round(sum(losses[-100:]) / max(1, len(losses[-100:])), 4),
        "seconds": round(time.time() - t0, 1)}})
    out = Path(output_dir)
    encoder.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def main(argv: list[str] | None = None) -> None:  # pragma: no cover - a build tool
    parser = argparse.ArgumentParser(prog="python -m stance.research.adapt", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", required=True, help="the shared corpora folder (e.g. ../shared/data)")
    parser.add_argument("--output-dir", required=True)
    parser.add_argument("--base", default=None, help="the encoder to adapt (default: the shipped MiniLM)")
    parser.add_argument("--steps", type=int, default=STEPS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--bf16", action="store_true", help="bf16 autocast (fast on CPUs with AMX)")
    ns = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    out = adapt_encoder(ns.data_dir, ns.output_dir, base=ns.base, steps=ns.steps, seed=ns.seed, bf16=ns.bf16)
    print(f"adapted encoder saved to {out}")


if __name__ == "__main__":  # pragma: no cover
    main()
