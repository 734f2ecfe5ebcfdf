"""precision='openvino-int8' (stance.openvino_int8): OpenVINO + NNCF static int8, an optional extra."""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

import stance
import stance.model
from stance import openvino_int8
from stance.fast import cpu_flags, cpu_has_fast_int8, fastest_cpu_precision
from stance.research.written import load_written
from conftest import make_examples

ROOT = Path(__file__).resolve().parents[1]
needs_openvino = pytest.mark.skipif(not openvino_int8.available(), reason="pip install 'stance[openvino]'")


@pytest.fixture(scope="module")
def trained(tiny_base, tmp_path_factory):
    out = tmp_path_factory.mktemp("models") / "ov"
    data = make_examples()
    return stance.train(data, eval=data, base=str(tiny_base), output_dir=out, epochs=40, learning_rate=3e-3,
                        batch_size=8, seed=1, patience=100, freeze_embeddings=False)


@pytest.fixture()
def cache(tmp_path, monkeypatch) -> Path:
    """An empty cache folder, and calibration pairs in the tiny model's vocabulary (the shipped pairs
    are nearly all unknown words to it, so their activation ranges would not fit its inputs)."""
    monkeypatch.setenv("STANCE_CACHE_DIR", str(tmp_path / "cache"))
    rows = [{"statement": r["statement"], "target": r["target"], "speaker": "", "cue": ""} for r in make_examples(1)]
    monkeypatch.setattr(stance.model, "calibration_rows", lambda: rows)
    return tmp_path / "cache"


def test_calibration_pairs_are_our_written_items():
    rows = openvino_int8.calibration_rows()
    assert len(rows) == 400 and set(rows[0]) == {"id", "statement", "target", "speaker", "cue"}
    written = load_written(ROOT / "data" / "written").set_index("id")
    for row in rows:  # provenance: each is a span of a written item, with that item's target, speaker and cue
        item = written.loc[row["id"]]
        assert item["statement"] == row["statement"] and item["context"].count(row["statement"]) >= 1
        assert (row["target"], row["speaker"], row["cue"]) == (item["target"], item["speaker"] or "", item["cue"] or "")
    assert any(row["statement"].startswith(("We ", "This ")) for row in rows)  # quote marks read as text


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("STANCE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert openvino_int8.cache_dir() == tmp_path / "stance"
    monkeypatch.setenv("STANCE_CACHE_DIR", str(tmp_path / "mine"))
    assert openvino_int8.cache_dir() == tmp_path / "mine"


def test_without_openvino_the_request_says_what_to_install(trained, monkeypatch):
    monkeypatch.setattr(openvino_int8, "available", lambda: False)
    trained.precision = "auto"
    assert trained.resolved_precision == fastest_cpu_precision()  # never openvino-int8
    trained.precision = "openvino-int8"
    try:
        with pytest.raises(ImportError, match=r"stance\[openvino\]"):
            trained.predict("we fully support the plan", target="the plan")
    finally:
        trained.precision = "fp32"


@needs_openvino
def test_openvino_int8_agrees_with_fp32_and_does_not_depend_on_the_batch(trained, cache):
    data = make_examples(1)
    statements, targets = [r["statement"] for r in data], [r["target"] for r in data]
    trained.precision = "fp32"
    reference = trained.predict_proba(statements, targets)
    trained.precision = "openvino-int8"
    try:
        fast = trained.predict_proba(statements, targets, batch_size=8)
        # activation ranges are fixed by calibration, not by the batch
        single = np.vstack([trained.predict_proba(s, t) for s, t in zip(statements, targets)])
        np.testing.assert_allclose(fast, single, atol=1e-4)
        if cpu_has_fast_int8() or cpu_flags() is None:
            assert (fast.argmax(1) == reference.argmax(1)).all()
            np.testing.assert_allclose(fast, reference, atol=0.05)
            assert [p.label for p in trained.predict(statements, target=targets)] == [r["label"] for r in data]
        else:  # without VNNI the int8 kernels round further from fp32 (labels can differ): the library says so
            trained._fast.clear()
            with pytest.warns(UserWarning, match="without int8 dot-product instructions"):
                trained.predict_proba(statements[:1], targets[:1])
    finally:
        trained.precision = "fp32"


@needs_openvino
def test_the_quantised_copy_is_cached_and_follows_the_weights(trained, cache, caplog):
    import torch

    copies = list(cache.glob("openvino/*/model.xml"))
    key = openvino_int8.copy_key(trained.model, trained.calibration_batches())
    trained._fast.clear()
    trained.precision = "openvino-int8"
    try:
        first = trained.predict_proba("we fully support the plan", "the plan")
        assert (cache / "openvino" / key / "model.xml").exists()
        trained._fast.clear()  # as a new process would: the copy is read back, not quantised again
        with caplog.at_level(logging.INFO, logger="stance.openvino_int8"):
            again = trained.predict_proba("we fully support the plan", "the plan")
        assert "read from" in caplog.text
        np.testing.assert_allclose(again, first, atol=1e-6)
        classifier = trained.model.classifier
        with torch.no_grad():
            saved = classifier.bias.clone()
            classifier.bias.add_(torch.tensor([-50.0, 50.0, 0.0]))  # force 'oppose'
        try:
            assert openvino_int8.copy_key(trained.model, trained.calibration_batches()) != key
            after = trained.predict_proba("we fully support the plan", "the plan")
            assert trained.labels[int(after.argmax())] == "oppose"
        finally:
            with torch.no_grad():
                classifier.bias.copy_(saved)
        assert len(list(cache.glob("openvino/*/model.xml"))) == len(copies) + 2
    finally:
        trained.precision = "fp32"


@needs_openvino
def test_the_cache_keeps_the_latest_copies(trained, cache, monkeypatch):
    import torch

    monkeypatch.setattr(openvino_int8, "CACHE_COPIES", 1)
    trained._fast.clear()
    trained.precision = "openvino-int8"
    classifier = trained.model.classifier
    saved = classifier.bias.detach().clone()
    try:
        trained.predict_proba("we fully support the plan", "the plan")
        with torch.no_grad():
            classifier.bias.add_(1.0)
        trained.predict_proba("we fully support the plan", "the plan")
        latest = openvino_int8.copy_key(trained.model, trained.calibration_batches())
        assert [p.parent.name for p in cache.glob("openvino/*/model.xml")] == [latest]
    finally:
        with torch.no_grad():
            classifier.bias.copy_(saved)
        trained.precision = "fp32"


@needs_openvino
def test_an_unwritable_cache_only_costs_time(trained, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("STANCE_CACHE_DIR", str(blocker))
    trained._fast.clear()
    trained.precision = "openvino-int8"
    try:
        probs = trained.predict_proba("we fully support the plan", "the plan")
        assert probs.shape == (1, 3) and np.isclose(probs.sum(), 1, atol=1e-5)
    finally:
        trained.precision = "fp32"


def test_openvino_int8_refuses_a_gpu(trained, monkeypatch):
    import torch

    monkeypatch.setattr(trained, "device", torch.device("cuda"))
    with pytest.raises(ValueError, match="CPU only"):
        trained.precision = "openvino-int8"
