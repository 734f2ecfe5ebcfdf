"""The classifier API: train -> predict -> save -> load, on a tiny random BERT."""
from __future__ import annotations

import json
import warnings

import numpy as np
import pandas as pd
import pytest
import torch

import stance
from conftest import make_examples
from stance.lexical import NgramHeads
from stance.research import default_model


@pytest.fixture(scope="module")
def overfit(tiny_base, tmp_path_factory):
    out = tmp_path_factory.mktemp("models") / "mine"
    data = make_examples()
    model = stance.train(data, eval=data, base=str(tiny_base), output_dir=out, epochs=40,
                         learning_rate=3e-3, batch_size=8, seed=1, patience=100, freeze_embeddings=False)
    return model, out


def test_overfit_save_load_batched(overfit):
    model, out = overfit
    data = make_examples(1)
    statements = [r["statement"] for r in data]
    targets = [r["target"] for r in data]
    # 1. right predictions on the handful it saw
    preds = model.predict(statements, target=targets)
    assert [p.label for p in preds] == [r["label"] for r in data]
    # 2. save -> load -> the same probabilities
    loaded = stance.load(out, precision="fp32")
    model.precision = "fp32"
    np.testing.assert_allclose(loaded.predict_proba(statements, targets), model.predict_proba(statements, targets),
                               atol=1e-5)
    # 3. batched equals one by one
    batched = loaded.predict_proba(statements, targets, batch_size=8)
    single = np.vstack([loaded.predict_proba(s, t) for s, t in zip(statements, targets)])
    np.testing.assert_allclose(batched, single, atol=1e-5)
    assert loaded.labels == ("support", "oppose", "neutral")


def test_prediction_fields(overfit):
    model, _ = overfit
    p = model.predict("we fully support the plan", target="the plan")
    assert isinstance(p, stance.Prediction)
    assert p.label == "support" and p.score == max(p.scores.values())
    assert list(p.scores) == list(model.labels)
    assert abs(sum(p.scores.values()) - 1) < 1e-5


def test_one_target_for_all(overfit):
    model, _ = overfit
    preds = model.predict(["we fully support the plan", "we will never accept the plan"], target="the plan")
    assert [p.label for p in preds] == ["support", "oppose"]
    assert all(p.target == "the plan" for p in preds)


def test_saved_dir_is_plain_transformers(overfit):
    from transformers import AutoModelForSequenceClassification

    _, out = overfit
    names = {p.name for p in out.iterdir()}
    assert "model.safetensors" in names and "README.md" in names
    assert not any(n.endswith((".bin", ".pkl", ".pt")) for n in names)
    config = json.loads((out / "config.json").read_text())
    assert config["id2label"] == {"0": "support", "1": "oppose", "2": "neutral"}
    assert config["stance"]["training"]["seed"] == 1
    hf = AutoModelForSequenceClassification.from_pretrained(out)
    assert hf.config.id2label[1] == "oppose"
    card = (out / "README.md").read_text()
    assert "support, oppose, neutral" in card and "learning_rate" in card


def test_delta_save_is_small_and_equivalent(overfit, tmp_path, tiny_base):
    model, _ = overfit
    # the overfit model trained its embeddings too, so only a model with frozen embeddings may be a delta:
    frozen = stance.train(make_examples(2), base=str(tiny_base), epochs=1, batch_size=8, seed=3)
    out = frozen.save(tmp_path / "delta", delta=True)
    assert (out / "stance_delta.safetensors").exists() and not (out / "model.safetensors").exists()
    again = stance.load(out, precision="fp32")
    frozen.precision = "fp32"
    s = ["we fully support the plan", "they hate the bill"]
    np.testing.assert_allclose(again.predict_proba(s, "the plan"), frozen.predict_proba(s, "the plan"), atol=2e-3)
    full = again.save(tmp_path / "full")
    assert (full / "model.safetensors").exists()


def test_empty_input(overfit):
    model, _ = overfit
    assert model.predict([], target="the plan") == []
    probs = model.predict_proba([], target=[])
    assert probs.shape == (0, 3)


@pytest.mark.parametrize("statements,target,match", [
    (["fine", None], "the plan", "statement at index 1"),
    (["fine", "   "], "the plan", "statement at index 1 is empty"),
    (["fine", ""], "the plan", "statement at index 1 is empty"),
    (["fine"], "", "target at index 0 is empty"),
    (["a", "b", "c"], ["x", "y"], "3 statements but 2 targets"),
    (["fine", "x\udfffy"], "the plan", r"statement at index 1 holds '\\udfff', a lone surrogate, at character 1"),
    (["fine"], "the \ud800 plan", "target at index 0 holds .* lone surrogate"),
])
def test_bad_input(overfit, statements, target, match):
    model, _ = overfit
    with pytest.raises(ValueError, match=match):
        model.predict(statements, target=target)


@pytest.mark.parametrize("bad", [None, 5, b"we back the plan"])
def test_statements_of_the_wrong_type(overfit, bad):
    model, _ = overfit
    with pytest.raises(TypeError, match=f"statements must be a str or a sequence of str, not {type(bad).__name__}"):
        model.predict(bad, target="the plan")


def test_a_lone_surrogate_in_speaker_or_cue_is_replaced(overfit):
    model, _ = overfit
    clean = model.predict_proba(["we back the plan"], "the plan", speaker="Ann \ufffd", cue="said")
    odd = model.predict_proba(["we back the plan"], "the plan", speaker="Ann \udfff", cue="said")
    np.testing.assert_allclose(odd, clean)


def test_long_text_warns_once(overfit):
    model, _ = overfit
    long = " ".join(["we support the plan"] * 100)
    with pytest.warns(UserWarning, match="2 of 3 .* truncated") as record:
        model.predict([long, long, "we back the bill"], target="the plan")
    assert len([w for w in record if "truncated" in str(w.message)]) == 1


def test_custom_labels_and_column_mapping(tiny_base):
    rows = [{"text": r["statement"], "topic": r["target"],
             "stance": {"support": "agree", "oppose": "disagree", "neutral": "discuss"}[r["label"]]}
            for r in make_examples(2)]
    model = stance.train(pd.DataFrame(rows), base=str(tiny_base), epochs=1, batch_size=8,
                         labels=["agree", "disagree", "discuss", "unrelated"],
                         column_mapping={"text": "statement", "topic": "target", "stance": "label"})
    assert model.labels == ("agree", "disagree", "discuss", "unrelated")
    assert model.predict_proba(["we back the bill"], "the bill").shape == (1, 4)


def test_new_label_set_on_a_stance_model_gets_new_head(overfit, caplog):
    _, out = overfit
    rows = [dict(r, label="yes" if r["label"] == "support" else "no") for r in make_examples(1)]
    with caplog.at_level("WARNING"):
        model = stance.train(rows, base=str(out), epochs=1, batch_size=8)
    assert model.labels == ("no", "yes")
    assert "new, untrained classification head" in caplog.text


@pytest.mark.parametrize("rows,kwargs,match", [
    ([{"statement": "a", "target": "b", "label": "support"}] * 4, {}, "only one label"),
    ([{"statement": "a", "target": "b", "label": "maybe"}, {"statement": "c", "target": "b", "label": "support"}],
     {"labels": ["support", "oppose"]}, r"labels \{'maybe': 1\} are not in labels"),
    ([{"text": "a", "topic": "b", "label": "support"}], {}, r"pass column_mapping=\{'text': 'statement', 'topic': 'target'\}"),
    ([{"statement": "a", "target": "", "label": "support"}], {}, "empty 'target'"),
])
def test_bad_training_data(tiny_base, rows, kwargs, match):
    with pytest.raises(ValueError, match=match):
        stance.train(rows, base=str(tiny_base), epochs=1, **kwargs)


def test_unknown_training_option(tiny_base):
    with pytest.raises(TypeError, match="unknown training option"):
        stance.train(make_examples(1), base=str(tiny_base), epoch=3)
    with pytest.raises(ValueError, match="learning_rate"):
        stance.TrainingArgs(learning_rate=5)


def test_batched_probabilities_match_one_at_a_time_with_long_pairs(overfit):
    """predict_proba reuses its first encoding for batches with nothing to cut and re-encodes
    (truncating) the batches that hold a pair over the length limit: both give the probabilities
    that scoring each pair alone gives."""
    model, _ = overfit
    model.precision = "fp32"
    data = make_examples(1)
    statements = [r["statement"] for r in data] + ["we fully support the plan " * 20]
    targets = [r["target"] for r in data] + ["the plan"]
    with pytest.warns(UserWarning, match="longer than the model's limit"):
        together = model.predict_proba(statements, targets, batch_size=3)
    with pytest.warns(UserWarning, match="longer than the model's limit"):
        alone = np.vstack([model.predict_proba([s], [t]) for s, t in zip(statements, targets)])
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_bf16_training_learns_and_is_recorded(tiny_base):
    """`bf16=True` trains under bfloat16 autocast: the fp32 weights still learn the handful of
    examples, and the run's settings say how it was trained."""
    data = make_examples()
    model = stance.train(data, base=str(tiny_base), epochs=40, learning_rate=3e-3, batch_size=8, seed=1,
                         freeze_embeddings=False, bf16=True)
    assert next(model.model.parameters()).dtype == torch.float32
    model.precision = "fp32"
    preds = model.predict([r["statement"] for r in data], target=[r["target"] for r in data])
    assert [p.label for p in preds] == [r["label"] for r in data]
    assert model.settings["training"]["bf16"] is True


def test_layer_decay_gives_lower_layers_smaller_rates():
    """`layer_decay`: the head at the full rate, each encoder layer below at the decay times the
    one above, the embeddings below the lowest layer; 1.0 gives one rate to all."""
    from stance.train import layer_learning_rates

    names = ["bert.embeddings.word_embeddings.weight", "bert.encoder.layer.0.attention.self.query.weight",
             "bert.encoder.layer.1.output.dense.bias", "bert.pooler.dense.weight", "classifier.weight"]
    rates = layer_learning_rates(names, 1e-4, 0.5)
    assert [rates[n] for n in names] == pytest.approx([1.25e-5, 2.5e-5, 5e-5, 1e-4, 1e-4])
    assert set(layer_learning_rates(names, 1e-4, 1.0).values()) == {1e-4}
    with pytest.raises(ValueError, match="layer_decay"):
        stance.TrainingArgs(layer_decay=0)
    with pytest.raises(ValueError, match="layer_decay"):
        stance.TrainingArgs(layer_decay=1.5)


def test_layer_decay_training_learns_and_is_recorded(tiny_base):
    data = make_examples()
    model = stance.train(data, base=str(tiny_base), epochs=40, learning_rate=3e-3, batch_size=8, seed=1,
                         layer_decay=0.8)
    model.precision = "fp32"
    preds = model.predict([r["statement"] for r in data], target=[r["target"] for r in data])
    assert [p.label for p in preds] == [r["label"] for r in data]
    assert model.settings["training"]["layer_decay"] == 0.8


def test_load_errors(tmp_path, overfit):
    with pytest.raises(FileNotFoundError, match="no model at"):
        stance.load(tmp_path / "nothing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match="no config.json"):
        stance.load(tmp_path / "empty")
    _, out = overfit
    pickled = tmp_path / "pickled"
    pickled.mkdir()
    (pickled / "config.json").write_text((out / "config.json").read_text())
    (pickled / "pytorch_model.bin").write_bytes(b"not really a pickle")
    with pytest.raises(ValueError, match="never unpickles"):
        stance.load(pickled)
    (pickled / "pytorch_model.bin").unlink()
    with pytest.raises(FileNotFoundError, match="no weights"):
        stance.load(pickled)


def test_evaluate_report(overfit):
    model, _ = overfit
    report = stance.evaluate(model, make_examples(1))
    assert report["accuracy"] == 1.0 and report["macro_f1"] == 1.0 and report["f_avg"] == 1.0
    assert report["confusion_matrix"] == [[3, 0, 0], [0, 3, 0], [0, 0, 2]]
    assert set(report["per_label"]) == {"support", "oppose", "neutral"}


def test_interrupted_save_keeps_old_model(overfit, tmp_path, monkeypatch):
    model, out = overfit
    target = model.save(tmp_path / "keep")
    before = (target / "model.safetensors").read_bytes()

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(model.tokenizer, "save_pretrained", boom)
    with pytest.raises(KeyboardInterrupt):
        model.save(target)
    assert (target / "model.safetensors").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keep"]


def test_data_in_every_accepted_form(overfit, tmp_path):
    import datasets

    model, _ = overfit
    rows = make_examples(1)
    frame = pd.DataFrame(rows)
    frame.to_parquet(tmp_path / "test.parquet")
    frame.to_json(tmp_path / "test.jsonl", orient="records", lines=True)
    frame.to_csv(tmp_path / "test.csv", index=False)
    forms = [rows, frame, datasets.Dataset.from_list(rows), tmp_path / "test.parquet",
             str(tmp_path / "test.jsonl"), tmp_path / "test.csv"]
    reports = [stance.evaluate(model, form) for form in forms]
    assert all(r["confusion_matrix"] == reports[0]["confusion_matrix"] and r["n"] == 8 for r in reports)
    with pytest.raises(TypeError, match="cannot read examples from int"):
        stance.evaluate(model, 42)
    with pytest.raises(ValueError, match="unknown file type"):
        (tmp_path / "x.xlsx").write_text("")
        stance.evaluate(model, tmp_path / "x.xlsx")


@pytest.mark.parametrize("precision", ["bf16", "int8"])
def test_fast_precisions_agree_with_fp32_and_batching(overfit, precision):
    model, _ = overfit
    data = make_examples(1)
    statements, targets = [r["statement"] for r in data], [r["target"] for r in data]
    model.precision = "fp32"
    reference = model.predict_proba(statements, targets)
    model.precision = precision
    fast = model.predict_proba(statements, targets, batch_size=8)
    # same labels on the examples it learned, probabilities close to fp32
    assert (fast.argmax(1) == reference.argmax(1)).all()
    np.testing.assert_allclose(fast, reference, atol=0.05)
    # int8 quantises each token on its own, so a pair's result does not depend on its batch
    single = np.vstack([model.predict_proba(s, t) for s, t in zip(statements, targets)])
    np.testing.assert_allclose(fast, single, atol=1e-2 if precision == "bf16" else 1e-5)
    model.precision = "fp32"


def test_fast_copy_follows_weight_changes(overfit):
    import torch

    model, _ = overfit
    model.precision = "int8"
    before = model.predict_proba("we fully support the plan", "the plan")
    classifier = model.model.classifier
    with torch.no_grad():
        saved = classifier.bias.clone()
        classifier.bias.add_(torch.tensor([-50.0, 50.0, 0.0]))  # force 'oppose'
    try:
        after = model.predict_proba("we fully support the plan", "the plan")
        assert model.labels[int(after.argmax())] == "oppose" and not np.allclose(before, after)
    finally:
        with torch.no_grad():
            classifier.bias.copy_(saved)
        model.precision = "fp32"


def test_precision_is_checked(overfit):
    model, _ = overfit
    with pytest.raises(ValueError, match="precision must be one of"):
        model.precision = "fp16"
    assert model.resolved_precision == "fp32"
    model.precision = "auto"
    assert model.resolved_precision in ("int8", "bf16", "fp32")
    model.precision = "fp32"


def test_int8_linear_matches_float_linear():
    import torch

    from stance.fast import Int8Linear

    torch.manual_seed(0)
    linear = torch.nn.Linear(64, 48)
    x = torch.randn(3, 7, 64)
    with torch.no_grad():
        exact, approx = linear(x), Int8Linear(linear)(x)
    assert approx.shape == exact.shape
    # per-token / per-channel int8 keeps the relative error around 1%
    assert (approx - exact).norm() / exact.norm() < 0.02


def test_model_card_lists_scores_per_precision():
    from stance.card import model_card

    scores = {"TweetEval test": {"n": 10, "accuracy": 0.5, "macro_f1": 0.4, "f_avg": 0.45}}
    card = model_card(("support", "oppose", "neutral"),
                      {"base_model": "b", "metrics": scores,
                       "metrics_int8": {"TweetEval test": dict(scores["TweetEval test"], f_avg=0.44)}})
    assert "| TweetEval test | 10 | 45.00 | 40.00 | 50.00 |" in card
    assert "At int8 precision" in card and "| TweetEval test | 10 | 44.00 |" in card


def test_int8_falls_back_when_compiling_fails(monkeypatch):
    import torch

    import stance.fast as fast

    def no_compiler(*args):
        raise RuntimeError("no C++ compiler")

    kernel = fast._Kernel()
    kernel.fn = no_compiler  # what a failed torch.compile looks like at the first call
    monkeypatch.setattr(fast, "_KERNEL", kernel)
    torch.manual_seed(0)
    linear = torch.nn.Linear(16, 8)
    layer = fast.Int8Linear(linear)
    x = torch.randn(2, 5, 16)
    with pytest.warns(UserWarning, match="torch.compile is not available"):
        first = layer(x)
    assert kernel.fn is fast._int8_linear_eager
    torch.testing.assert_close(first, fast._int8_linear_eager(x, layer.weight, layer.weight_scale, layer.bias,
                                                               layer.weight_sum))


def test_int8_kernel_runs_eager_before_it_compiles(monkeypatch):
    """A short job never waits for torch.compile: the kernel runs as it is for its first
    INT8_COMPILE_AFTER_SECONDS, then compiles once; the numbers are the same either way."""
    import torch

    import stance.fast as fast

    compiled = _recording_compile(monkeypatch)
    kernel = fast._Kernel()
    monkeypatch.setattr(fast, "_KERNEL", kernel)
    torch.manual_seed(0)
    layer = fast.Int8Linear(torch.nn.Linear(16, 8))
    x = torch.randn(2, 5, 16)
    monkeypatch.setattr(fast, "INT8_COMPILE_AFTER_SECONDS", 3600.0)
    first = layer(x)
    assert compiled == [] and kernel.fn is None and kernel.eager_seconds > 0
    monkeypatch.setattr(fast, "INT8_COMPILE_AFTER_SECONDS", 0.0)
    torch.testing.assert_close(layer(x), first)
    assert compiled == [fast._int8_linear_eager]
    layer(x)
    assert len(compiled) == 1  # compiled once


def _recording_compile(monkeypatch, fail=False):
    """Stand in for torch.compile in stance.fast: record the modules compiled, run them as they are."""
    import stance.fast as fast

    compiled = []

    def fake_compile(module, **kwargs):
        compiled.append(module)
        if fail:
            def broken(*args, **kw):
                raise RuntimeError("no C++ compiler")
            return broken
        return lambda *args, **kw: module(*args, **kw)

    monkeypatch.setattr(fast.torch, "compile", fake_compile)
    return compiled


def test_compile_auto_waits_for_a_long_job(overfit, monkeypatch):
    import stance.model as model_module

    model, _ = overfit
    compiled = _recording_compile(monkeypatch)
    monkeypatch.setattr(model_module, "COMPILE_AFTER", 4)
    statements, targets = ["we fully support the plan", "we reject the plan"], ["the plan", "the plan"]
    model.precision, model.compile, model._scored = "int8", "auto", 0
    try:
        first = model.predict_proba(statements, targets)
        model.predict_proba(statements, targets)
        assert compiled == []  # 4 pairs scored: the next call is the first of a long job
        later = model.predict_proba(statements, targets)
        assert len(compiled) == 1 and compiled[0] is model._fast["int8"][1]
        np.testing.assert_allclose(later, first, atol=1e-6)
        model.precision = "fp32"  # fp32 is never compiled, and does not count
        model.predict_proba(statements, targets)
        assert len(compiled) == 1 and model._scored == 6
        model.precision, model.compile, model._scored = "bf16", False, 10
        model.predict_proba(statements, targets)
        assert len(compiled) == 1
        model.compile = True
        model.predict_proba(statements, targets)
        assert len(compiled) == 2 and compiled[1] is model._fast["bf16"][1]
    finally:
        model.precision, model.compile, model._scored = "fp32", "auto", 0


def test_compile_falls_back_to_the_copy_when_compiling_fails(overfit, monkeypatch):
    model, _ = overfit
    _recording_compile(monkeypatch, fail=True)
    model.precision, model.compile = "int8", False
    try:
        plain = model.predict_proba(["we fully support the plan"], ["the plan"])
        model.compile = True
        model._fast.clear()  # a fresh copy, compiled at its first call
        with pytest.warns(UserWarning, match="torch.compile failed here"):
            first = model.predict_proba(["we fully support the plan"], ["the plan"])
        np.testing.assert_allclose(first, plain, atol=1e-6)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # one warning, not one per call
            model.predict_proba(["we fully support the plan"], ["the plan"])
    finally:
        model.precision, model.compile = "fp32", "auto"


def test_compiled_int8_agrees_with_the_copy(overfit):
    """The real torch.compile on the tiny model (or its fallback where there is no C++ compiler)."""
    model, _ = overfit
    data = make_examples(1)
    statements, targets = [r["statement"] for r in data], [r["target"] for r in data]
    model.precision, model.compile = "int8", False
    try:
        plain = model.predict_proba(statements, targets, batch_size=8)
        model.compile = True
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="torch.compile failed here")
            compiled = model.predict_proba(statements, targets, batch_size=8)
        np.testing.assert_allclose(compiled, plain, atol=1e-3)
        assert (compiled.argmax(1) == plain.argmax(1)).all()
    finally:
        model.precision, model.compile = "fp32", "auto"


def test_compile_setting_is_checked(overfit):
    model, _ = overfit
    with pytest.raises(ValueError, match="compile must be True, False or 'auto'"):
        model.compile = "yes"
    with pytest.raises(ValueError, match="compile must be True, False or 'auto'"):
        model.compile = 1
    assert model.compile == "auto"


# -- speaker-aware input -------------------------------------------------------------------------
def test_with_speaker_format():
    from stance.model import with_speaker

    assert with_speaker("we back it", "Ann Ortiz", "said") == "Ann Ortiz said: we back it"
    assert with_speaker("we back it", "Ann Ortiz") == "Ann Ortiz: we back it"
    assert with_speaker("we back it", None, "said") == "we back it"
    assert with_speaker("we back it", "  ") == "we back it"


def test_model_without_speakers_ignores_them(overfit):
    model, _ = overfit
    assert not model.uses_speaker
    statements = ["we fully support the plan", "they hate the bill"]
    np.testing.assert_allclose(model.predict_proba(statements, ["the plan", "the bill"], speaker="the minister",
                                                   cue="said"),
                               model.predict_proba(statements, ["the plan", "the bill"]), atol=1e-6)
    with pytest.raises(ValueError, match="got 2 statements but 3 speakers"):
        model.predict_proba(statements, "the plan", speaker=["a", "b", "c"])


def _overfit(data, tiny_base, out):
    """A tiny model trained until it fits ``data`` (dev = train), saved to ``out``."""
    return stance.train(data, eval=data, base=str(tiny_base), output_dir=out, epochs=60, learning_rate=3e-3,
                        batch_size=8, seed=1, patience=200, freeze_embeddings=False, ngram_min_rows=0)


@pytest.fixture(scope="module")
def contrastive(tiny_base, tmp_path_factory):
    """Contrastive pairs (one statement, two targets, two labels) and one statement whose label
    depends on who says it, with speakers and cues in the data."""
    rows = [
        ("we support the plan and reject the bill", "the plan", "support", None, None),
        ("we support the plan and reject the bill", "the bill", "oppose", None, None),
        ("they hate the toll but love the bridge", "the toll", "oppose", None, None),
        ("they hate the toll but love the bridge", "the bridge", "support", None, None),
        ("the vote is on the deal", "the deal", "neutral", None, None),
        ("it is a great deal", "the deal", "support", "minister", "said"),
        ("it is a great deal", "the deal", "oppose", "council", "said"),
    ]
    data = [dict(statement=s, target=t, label=l, speaker=sp, cue=c) for s, t, l, sp, c in rows] * 8
    out = tmp_path_factory.mktemp("models") / "speaker"
    return _overfit(data, tiny_base, out), out, rows


def test_contrastive_pairs_and_speaker_input(contrastive):
    model, out, rows = contrastive
    assert model.uses_speaker
    statements, targets, gold, speakers, cues = map(list, zip(*rows))
    preds = model.predict(statements, target=targets, speaker=speakers, cue=cues)
    assert [p.label for p in preds] == gold
    # the same statement and target, two speakers, two labels; and the setting survives save/load
    loaded = stance.load(out, precision="fp32")
    assert loaded.uses_speaker and loaded.settings["speaker_input"] is True
    by_speaker = loaded.predict(["it is a great deal"] * 2, target="the deal", speaker=["minister", "council"],
                                cue="said")
    assert [p.label for p in by_speaker] == ["support", "oppose"]
    # evaluate passes the speaker and cue columns through
    report = stance.evaluate(loaded, [dict(statement=s, target=t, label=l, speaker=sp, cue=c)
                                      for s, t, l, sp, c in rows])
    assert report["accuracy"] == 1.0


# -- mention-aware input -------------------------------------------------------------------------
def test_with_mention_format():
    from stance.model import MENTION_LEVELS, with_mention

    assert with_mention("the bill", "statement") == "the bill (named in the statement)"
    assert with_mention("the bill", "none") == "the bill (not named nearby)"
    assert with_mention("the bill", None) == "the bill"
    assert with_mention("the bill", float("nan")) == "the bill"
    assert len({with_mention("x", m) for m in MENTION_LEVELS}) == len(MENTION_LEVELS)
    with pytest.raises(ValueError, match="'nearby' is not one of"):
        with_mention("the bill", "nearby")


def test_model_without_mentions_ignores_them(overfit):
    model, _ = overfit
    assert not model.uses_mention
    statements = ["we fully support the plan", "they hate the bill"]
    np.testing.assert_allclose(model.predict_proba(statements, "the plan", mention=["statement", "none"]),
                               model.predict_proba(statements, "the plan"), atol=1e-6)


@pytest.fixture(scope="module")
def mention_aware(tiny_base, tmp_path_factory):
    """One statement whose label depends on where the article names the target: stanced when the
    statement names it, neutral when the target is not named nearby."""
    rows = [
        ("this is a disaster for everyone", "the toll", "oppose", "statement"),
        ("this is a disaster for everyone", "the toll", "neutral", "none"),
        ("a fine idea at last", "the bridge", "support", "sentence"),
        ("a fine idea at last", "the bridge", "neutral", "none"),
    ]
    data = [dict(statement=s, target=t, label=l, mention=m) for s, t, l, m in rows] * 10
    data += [dict(statement="the vote is on the deal", target="the deal", label="neutral")] * 5  # no level: bare
    out = tmp_path_factory.mktemp("models") / "mention"
    return _overfit(data, tiny_base, out), out, rows


def test_mention_input_trained_saved_and_used(mention_aware):
    model, out, rows = mention_aware
    assert model.uses_mention
    statements, targets, gold, mentions = map(list, zip(*rows))
    assert [p.label for p in model.predict(statements, target=targets, mention=mentions)] == gold
    loaded = stance.load(out, precision="fp32")
    assert loaded.uses_mention and loaded.settings["mention_input"] is True
    assert loaded.model_targets(["the toll", "the toll"], ["sentence", None]) == [
        "the toll (named in its sentence)", "the toll"]
    report = stance.evaluate(loaded, [dict(statement=s, target=t, label=l, mention=m) for s, t, l, m in rows])
    assert report["accuracy"] == 1.0
    with pytest.raises(ValueError, match="is not one of"):
        loaded.predict_proba(["a fine idea at last"], "the bridge", mention="elsewhere")


@pytest.mark.parametrize("flags, bf16, int8, fastest", [
    ({"avx2"}, False, False, "fp32"),
    ({"avx2", "avx512f", "avx512_vnni"}, False, True, "int8"),  # Intel Xeon (Cascade Lake, Ice Lake): no native bf16
    ({"avx2", "avx512f", "avx512_vnni", "avx512_bf16"}, True, True, "int8"),  # AMD Zen4
    ({"avx2", "avx512_bf16"}, True, False, "bf16"),
    ({"avx2", "avx_vnni", "avx512_bf16", "amx_bf16", "amx_int8"}, True, True, "bf16"),  # Intel Sapphire Rapids
])
def test_fast_paths_follow_the_cpu_flags(monkeypatch, flags, bf16, int8, fastest):
    from stance import fast

    cached = (fast.cpu_has_fast_bf16, fast.cpu_has_fast_int8, fast.cpu_has_amx_bf16)
    for fn in cached:
        fn.cache_clear()
    monkeypatch.setattr(fast, "cpu_flags", lambda: frozenset(flags))
    try:
        assert fast.cpu_has_fast_bf16() is bf16
        assert fast.cpu_has_fast_int8() is int8
        assert fast.fastest_cpu_precision() == fastest
        assert set(fast.speed_flags()) == set(flags) & set(fast.SPEED_FLAGS)
    finally:
        for fn in cached:
            fn.cache_clear()



@pytest.mark.parametrize("flags, warns", [({"avx2"}, True), ({"avx2", "avx512_vnni"}, False), (None, False)])
def test_int8_on_a_cpu_without_int8_instructions_warns(monkeypatch, flags, warns):
    import warnings

    import torch

    from stance import fast

    fast.cpu_has_fast_int8.cache_clear()
    monkeypatch.setattr(fast, "cpu_flags", lambda: None if flags is None else frozenset(flags))
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fast.int8_copy(torch.nn.Sequential(torch.nn.Linear(4, 4)))
        slow = [w for w in caught if "without int8 dot-product instructions" in str(w.message)]
        assert len(slow) == (1 if warns else 0)
    finally:
        fast.cpu_has_fast_int8.cache_clear()

def test_score_articles_gives_a_mention_aware_model_the_levels(mention_aware):
    """`stance score --mode articles` and `analyze` pass where the article names the target."""
    from stance.analyze import analyze
    from stance.extract import load_nlp
    from stance.targets import mention_level

    model, _, _ = mention_aware
    article = ("The council met on Monday.\n\n"
               "\"This is a disaster for everyone,\" said Ann Ortiz of the toll.\n\n"
               "\"A fine idea at last,\" Tom Reyes said.")
    nlp = load_nlp()
    rows = stance.score_corpus([{"text": article}], model=model, targets=["the toll"], mode="articles",
                               nlp=nlp).to_pandas()
    assert len(rows) == 2
    levels = [mention_level(article, s, e, "the toll") for s, e in zip(rows["start"], rows["end"])]
    assert levels == ["sentence", "none"]
    expected = model.predict_proba(list(rows["statement"]), "the toll", mention=levels)
    np.testing.assert_allclose(rows[[f"p_{l}" for l in model.labels]].to_numpy(), expected, atol=1e-5)
    result = analyze(article, targets=["the toll"], model=model, nlp=nlp, relevance_check=False)
    assert [r.mention for r in result.stances] == levels
    np.testing.assert_allclose([[r.scores[l] for l in model.labels] for r in result.stances], expected, atol=1e-5)


def test_neutral_margin_applies_to_article_analysis_only(mention_aware):
    """A model's `analysis_neutral_margin` lowers p(neutral) in `analyze` and `score --mode
    articles`, the same in both; `predict` keeps the plain argmax."""
    from stance.analyze import analyze
    from stance.extract import load_nlp

    model, _, _ = mention_aware
    labels = list(model.labels)
    probs = np.zeros((2, len(labels)))
    probs[0, labels.index("support")], probs[0, labels.index("neutral")] = 0.3, 0.6
    probs[1, labels.index("oppose")], probs[1, labels.index("neutral")] = 0.1, 0.8
    assert [labels[k] for k in model.article_labels(probs)] == ["neutral", "neutral"]
    article = ("The council met on Monday.\n\n"
               "\"This is a disaster for everyone,\" said Ann Ortiz of the toll.\n\n"
               "\"A fine idea at last,\" Tom Reyes said of the toll.")
    nlp = load_nlp()
    plain = analyze(article, targets=["the toll"], model=model, nlp=nlp, relevance_check=False)
    model.settings["analysis_neutral_margin"] = 0.4
    try:
        assert model.neutral_margin == 0.4
        assert [labels[k] for k in model.article_labels(probs)] == ["support", "neutral"]
        result = analyze(article, targets=["the toll"], model=model, nlp=nlp, relevance_check=False)
        rows = stance.score_corpus([{"text": article}], model=model, targets=["the toll"], mode="articles",
                                   nlp=nlp).to_pandas()
        got = [r.label for r in result.stances]
        assert got == list(rows["label"])
        expected = [labels[k] for k in model.article_labels([[r.scores[l] for l in labels] for r in result.stances])]
        assert got == expected
        # the probabilities do not change, only the label read from them
        assert [r.scores for r in result.stances] == [r.scores for r in plain.stances]
        statements = [r.statement.text for r in result.stances]
        assert [p.label for p in model.predict(statements, "the toll")] == [
            labels[int(np.argmax(p))] for p in model.predict_proba(statements, "the toll")]
    finally:
        model.settings.pop("analysis_neutral_margin", None)


def test_soup_models_averages_the_weights(tiny_base):
    """A soup of two runs of one recipe is the weighted mean of their weights, and predicts."""
    from stance.research.default_model import soup_models

    a = stance.train(make_examples(), base=str(tiny_base), epochs=1, batch_size=8, seed=1)
    b = stance.train(make_examples(), base=str(tiny_base), epochs=1, batch_size=8, seed=2)
    wa = {k: v.clone() for k, v in a.model.state_dict().items()}
    wb = {k: v.clone() for k, v in b.model.state_dict().items()}
    soup = soup_models([a, b], [0.25, 0.75])
    for name, v in soup.model.state_dict().items():
        if v.is_floating_point():
            assert torch.allclose(v, 0.25 * wa[name] + 0.75 * wb[name], atol=1e-6), name
    assert soup.ngram_heads is None
    assert len(soup.predict(["we back the toll"], "the toll")) == 1
    with pytest.raises(ValueError, match="at least two models"):
        soup_models([a])
    with pytest.raises(ValueError, match="sum to 1"):
        soup_models([a, b], [0.5, 0.6])


def test_speaker_reading_in_article_analysis(contrastive, overfit):
    """A speaker-aware model's `analysis_speaker` decides how `analyze` and `score --mode articles`
    read a statement: alone (0), with its speaker and cue (1), or the two averaged with that weight;
    `use_speaker=` overrides it; a model without speakers reads the statement alone whatever is asked."""
    from stance.analyze import analyze, resolve_speaker_reading
    from stance.extract import load_nlp

    model, _, _ = contrastive
    article = "The council met on Monday.\n\n\"It is a great deal,\" said the minister of the deal."
    nlp = load_nlp()
    assert model.analysis_speaker == 0.0  # unset: the statement alone

    def scores(**kw):
        result = analyze(article, targets=["the deal"], model=model, nlp=nlp, relevance_check=False, **kw)
        (record,) = result.stances
        return record.statement, np.array([record.scores[l] for l in model.labels])

    statement, bare = scores(use_speaker=False)
    _, spoken = scores(use_speaker=True)
    _, mixed = scores(use_speaker=0.75)
    expected = model.predict_proba([statement.text], "the deal", speaker=statement.speaker, cue=statement.cue)[0]
    np.testing.assert_allclose(spoken, expected, atol=1e-5)
    np.testing.assert_allclose(bare, model.predict_proba([statement.text], "the deal")[0], atol=1e-5)
    np.testing.assert_allclose(mixed, 0.25 * bare + 0.75 * spoken, atol=1e-5)
    assert not np.allclose(bare, spoken)
    model.settings["analysis_speaker"] = 0.75
    try:
        assert model.analysis_speaker == 0.75
        np.testing.assert_allclose(scores()[1], mixed, atol=1e-5)
        rows = stance.score_corpus([{"text": article}], model=model, targets=["the deal"], mode="articles",
                                   nlp=nlp, relevance_check=False).to_pandas()
        np.testing.assert_allclose(rows[[f"p_{l}" for l in model.labels]].to_numpy()[0], mixed, atol=1e-5)
        alone = stance.score_corpus([{"text": article}], model=model, targets=["the deal"], mode="articles",
                                    nlp=nlp, relevance_check=False, use_speaker=False).to_pandas()
        np.testing.assert_allclose(alone[[f"p_{l}" for l in model.labels]].to_numpy()[0], bare, atol=1e-5)
    finally:
        model.settings.pop("analysis_speaker")
    with pytest.raises(ValueError, match="use_speaker must be"):
        stance.score_corpus([{"text": article}], model=model, targets=["the deal"], mode="articles", nlp=nlp,
                            use_speaker=2)
    for bad in ("yes", 1.5, -0.1):
        with pytest.raises(ValueError, match="use_speaker must be"):
            scores(use_speaker=bad)
    plain, _ = overfit
    plain.settings["analysis_speaker"] = 0.75
    try:
        assert resolve_speaker_reading(plain, None) == 0.0 and resolve_speaker_reading(plain, True) == 0.0
    finally:
        plain.settings.pop("analysis_speaker")


def test_probe_continues_a_model_and_keeps_its_heads_and_analysis_settings(tiny_base, tmp_path, monkeypatch):
    """`default_model.probe` continues a model on its mix without a checkpoint choice: the weights
    move, and the base's n-gram heads and article-analysis settings come along unchanged."""
    data = [dict(statement=f"{who} {verb} the plan in week {i}", target="the plan", label=label)
            for i in range(6) for who in ("we", "they")
            for verb, label in (("back", "support"), ("reject", "oppose"), ("discussed", "neutral"))]
    base = stance.train(data, base=str(tiny_base), epochs=1, batch_size=8, seed=1)
    base.ngram_heads = NgramHeads.fit(pd.DataFrame(data), base.labels, min_rows=20, min_df=1)
    assert base.ngram_heads is not None and len(base.ngram_heads)
    base.settings["analysis_speaker"] = 0.5
    base.save(tmp_path / "base")
    monkeypatch.setattr(default_model, "probe_mix", lambda data_dir, **kw: (pd.DataFrame(data).assign(corpus="mine"), None))
    default_model.probe("unused", tmp_path / "base", tmp_path / "probe", learning_rate=1e-3, seed=2,
                        progress=False)
    before = stance.load(tmp_path / "base", precision="fp32")
    after = stance.load(tmp_path / "probe", precision="fp32")
    assert after.settings["analysis_speaker"] == 0.5
    assert after.settings["training"]["probe"]["seed"] == 2
    assert sorted(after.ngram_heads.heads) == sorted(before.ngram_heads.heads)
    moved = [name for name, w in after.model.state_dict().items()
             if w.is_floating_point() and not torch.allclose(w, before.model.state_dict()[name])]
    assert moved
