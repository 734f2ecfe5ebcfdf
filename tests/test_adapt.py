"""Adapting the encoder to news text (`stance.research.adapt`) on the tiny random BERT."""
from __future__ import annotations

import json

import numpy as np
import pytest
import torch

import stance
from stance.research.adapt import adapt_encoder, held_out_documents, text_chunks
from stance.storage import ADAPTED_KEY, adaptation_of, adapted_from, is_frozen_key

TEXTS = {"news": ["the minister said we will never accept this toll and they will vote no on the bill . " * 3,
                  "the council will support the bridge plan , she said , and the law is good . " * 3,
                  "too short"]}


def _state(path):
    from transformers import AutoModel

    return AutoModel.from_pretrained(path).state_dict()


@pytest.fixture(scope="module")
def adapted(tiny_base, tmp_path_factory):
    out = tmp_path_factory.mktemp("adapted")
    return adapt_encoder(None, out, base=str(tiny_base), steps=6, head_steps=2, batch_size=2, length=16, min_length=4,
                         warmup_steps=1, texts=TEXTS, progress=False)


def test_text_chunks_cut_and_drop_short_tails(tiny_base):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_base)
    chunks = text_chunks(TEXTS["news"], tok, length=16, min_length=4)
    assert chunks and all(len(c) <= 16 and c[0] == tok.cls_token_id and c[-1] == tok.sep_token_id for c in chunks)
    assert len(text_chunks(["too short"], tok, length=16, min_length=4)) == 0


def test_adapted_encoder_keeps_embeddings_and_records_its_base(adapted, tiny_base):
    config = json.loads((adapted / "config.json").read_text())
    assert config[ADAPTED_KEY]["base_model"] == str(tiny_base) and config[ADAPTED_KEY]["steps"] == 6
    assert adapted_from(adapted) == str(tiny_base) and adapted_from(tiny_base) is None
    assert adaptation_of(adapted)["chunks"] > 0 and adaptation_of("some-org/some-hub-model") is None
    before, after = _state(tiny_base), _state(adapted)
    frozen = [k for k in before if is_frozen_key(k)]
    assert frozen and all(torch.equal(before[k], after[k]) for k in frozen)
    assert torch.equal(before["pooler.dense.weight"], after["pooler.dense.weight"])  # no pooler in masked-LM training
    assert any(not torch.equal(before[k], after[k]) for k in before if k.startswith("encoder."))


def test_a_delta_model_trained_from_an_adapted_encoder_loads_from_its_base(adapted, tiny_base, tmp_path):
    from conftest import make_examples

    model = stance.train(make_examples(2), base=str(adapted), epochs=1, batch_size=8, seed=3)
    assert model.settings["base_model"] == str(tiny_base)
    out = model.save(tmp_path / "delta", delta=True)
    again = stance.load(out, precision="fp32")
    model.precision = "fp32"
    s = ["we fully support the plan", "they hate the bill"]
    np.testing.assert_allclose(again.predict_proba(s, "the plan"), model.predict_proba(s, "the plan"), atol=2e-3)


def test_held_out_documents_are_the_dev_and_test_sources():
    from stance.research.analysis_eval import read_gold
    from stance.research.news_stance import read_items

    held = held_out_documents()
    items = read_items()
    assert {i["doc"] for i in items if i["split"] != "train"} <= held
    assert not {i["doc"] for i in items if i["split"] == "train"} & held
    assert {a["doc"] for a in read_gold() if a["split"] == "dev"} <= held


def test_a_tagger_trained_from_an_adapted_encoder_loads_from_its_base(adapted, tiny_base, tiny_polnear, tmp_path):
    from stance.research.attribution_tagger import train_tagger
    from stance.storage import CONFIG_KEY, load_tagger

    out = train_tagger(tiny_polnear, tmp_path / "tagger", base=str(adapted), epochs=1, batch_size=2, max_length=16,
                       stride=4)
    settings = json.loads((out / "config.json").read_text())[CONFIG_KEY]
    assert settings["base_model"] == str(tiny_base)
    assert settings["training"]["encoder"]["path"] == str(adapted)
    assert settings["training"]["encoder"]["base_model"] == str(tiny_base)
    # loaded over the unadapted base, the encoder is the adapted one plus the tagger's training
    loaded = load_tagger(out, precision="fp32").model.base_model.state_dict()
    base, start = _state(tiny_base), _state(adapted)
    key = "encoder.layer.0.attention.self.query.weight"
    to_start = (loaded[key] - start[key]).abs().max().item()
    to_base = (loaded[key] - base[key]).abs().max().item()
    assert to_start < to_base
