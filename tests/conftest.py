"""Shared fixtures: a tiny random BERT (built once per session) and small labelled data."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

WORDS = (
    "we i you they he she it the a an of to and in on for with this that will never always back "
    "support oppose reject accept welcome love hate plan vote tax bridge toll bill law policy "
    "referendum minister said good bad great terrible is are be not no yes agree disagree "
    "strongly fully deal council proposal"
).split()


@pytest.fixture(scope="session", autouse=True)
def stance_cache(tmp_path_factory):
    """Quantised model copies (precision 'openvino-int8') go to a folder of this session, not ~/.cache."""
    old = os.environ.get("STANCE_CACHE_DIR")
    os.environ["STANCE_CACHE_DIR"] = str(tmp_path_factory.mktemp("stance_cache"))
    yield Path(os.environ["STANCE_CACHE_DIR"])
    if old is None:
        os.environ.pop("STANCE_CACHE_DIR", None)
    else:
        os.environ["STANCE_CACHE_DIR"] = old


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory) -> Path:
    """A 2-layer, 32-wide BERT with a 100-odd word vocabulary, saved as a plain transformers dir."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    path = tmp_path_factory.mktemp("tiny_bert")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS, ".", ",", "!", "?", "'", "\""]
    tokenizer = BertTokenizer(vocab={w: i for i, w in enumerate(vocab)}, do_lower_case=True)
    tokenizer.save_pretrained(path)
    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64, num_labels=2)
    BertForSequenceClassification(config).save_pretrained(path)
    return path


def make_examples(n_repeat: int = 6) -> list[dict]:
    """A small, clearly separable stance set over two targets."""
    rows = [
        ("we fully support the plan", "the plan", "support"),
        ("i welcome this great proposal", "the proposal", "support"),
        ("they back the bill", "the bill", "support"),
        ("we will never accept the plan", "the plan", "oppose"),
        ("i reject this terrible proposal", "the proposal", "oppose"),
        ("they hate the bill", "the bill", "oppose"),
        ("the minister said the vote is on the bridge", "the plan", "neutral"),
        ("the council is in the deal", "the bill", "neutral"),
    ]
    return [dict(statement=s, target=t, label=l) for s, t, l in rows] * n_repeat


class AlwaysOppose:
    """A stand-in classifier that calls every pair oppose (p = 0.2 / 0.7 / 0.1) and carries no
    relevance gate."""

    labels = ("support", "oppose", "neutral")
    relevance_gate = None
    neutral_margin = 0.0

    def with_ngram_heads(self, which):
        return self

    def predict_proba(self, statements, targets, **options):
        import numpy as np

        return np.tile([0.2, 0.7, 0.1], (len(statements), 1))

    def article_labels(self, probs, margin=None):
        return probs.argmax(axis=1)


# An article of our own in PolNeAR's brat form: one belief attribution nested in a speech one.
POLNEAR_TEXT = "The mayor said that voters fear the toll will rise. Polls show the plan is popular."
POLNEAR_ANN = """T1\tSource 0 9\tThe mayor
T2\tCue 10 14\tsaid
T3\tContent 15 50\tthat voters fear the toll will rise
T4\tSource 20 26\tvoters
T5\tCue 27 31\tfear
T6\tContent 32 50\tthe toll will rise
T7\tSource 52 57\tPolls
T8\tCue 58 62\tshow
T9\tContent 63 82\tthe plan is popular
E1\tAttribution:T10 Source:T1 Cue:T2 Content:T3
E2\tAttribution:T11 Source:T4 Cue:T5 Content:T6
E3\tAttribution:T12 Source:T7 Cue:T8 Content:T9
"""


@pytest.fixture(scope="session")
def tiny_polnear(tmp_path_factory):
    root = tmp_path_factory.mktemp("polnear")
    for split in ("train", "dev"):
        (root / split / "text").mkdir(parents=True)
        (root / split / "attributions").mkdir(parents=True)
        for i in range(3):
            (root / split / "text" / f"doc{i}.txt").write_text(POLNEAR_TEXT)
            (root / split / "attributions" / f"doc{i}_ab12.ann").write_text(POLNEAR_ANN)
    return root
