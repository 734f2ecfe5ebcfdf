"""Int8 inference through OpenVINO: an optional extra (``pip install 'stance[openvino]'``).

`StanceModel` runs at ``precision="openvino-int8"`` through a copy of its transformer that
OpenVINO runs with int8 matrix products (oneDNN's VNNI/AMX kernels, every step of a layer fused),
and 'auto' picks it on CPUs with int8 dot-product instructions when OpenVINO and NNCF are
installed. The copy is built once per model and kept on disk (`cache_dir`):

1. the transformer is converted with `openvino.convert_model` (any batch size and length);
2. NNCF's post-training quantisation (`nncf.quantize`, ``model_type=TRANSFORMER``: per-channel
   int8 weights, activation ranges measured on calibration pairs, SmoothQuant) turns its matrix
   products into int8, except the first layer's feed-forward output (`KEEP_FLOAT`), whose inputs
   have the widest range: quantising it alone moved 0.6% of the shipped model's labels;
3. the calibration pairs are `calibration.tsv`: 400 statements of ``data/written`` (the project's
   own written news items, sampled with seed 0), each with its target, speaker and cue, fed
   through the model's own input format (`StanceModel.model_inputs`).

Measured on an Intel Xeon with AVX512-VNNI and AVX512-BF16, no AMX (docs/performance.md):
the shipped model scores about 1.4x as many pairs per second as ``precision="int8"`` and gives
the same label as fp32 for 99% of TweetEval test and news dev pairs.
"""
from __future__ import annotations

import contextlib
import csv
import hashlib
import importlib.metadata
import importlib.util
import io
import logging
import os
import re
import shutil
import warnings
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Iterable

import numpy as np
import torch

from .storage import quiet_transformers

logger = logging.getLogger(__name__)

#: The calibration pairs that set the activation ranges (see the module docstring).
CALIBRATION = Path(__file__).with_name("calibration.tsv")
#: Matrix products left in float32, as regular expressions over OpenVINO's operation names: the
#: first layer's feed-forward output (BERT/RoBERTa/DeBERTa naming, and DistilBERT's).
KEEP_FLOAT = (r"layer\.0\.output\.dense/", r"layer\.0\.ffn\.lin2/")
#: Quantised copies kept in the cache (the most recently used; the shipped model's takes 25 MB).
CACHE_COPIES = 8
#: Bump when the recipe changes, so that copies cached by an older one are not reused.
RECIPE = "1"
INSTALL_HINT = "pip install 'stance[openvino]' (OpenVINO and NNCF)"


def available() -> bool:
    """True when OpenVINO and NNCF can be imported (the ``openvino`` extra is installed)."""
    return all(importlib.util.find_spec(name) is not None for name in ("openvino", "nncf"))


def cache_dir() -> Path:
    """Where quantised copies are kept: ``$STANCE_CACHE_DIR``, else ``$XDG_CACHE_HOME/stance``, else
    ``~/.cache/stance``; each copy in ``openvino/<key>/``."""
    if os.environ.get("STANCE_CACHE_DIR"):
        return Path(os.environ["STANCE_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "stance"


def calibration_rows(path: Path = CALIBRATION) -> list[dict[str, str]]:
    """The calibration pairs: dicts with statement, target, speaker and cue."""
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


class OpenVINOInt8:
    """A compiled OpenVINO int8 copy of a sequence classifier, called like the torch model:
    ``copy(input_ids=..., attention_mask=...).logits``."""

    def __init__(self, compiled: Any, input_names: Iterable[str]) -> None:
        self.compiled = compiled
        self.input_names = tuple(input_names)

    def __call__(self, **batch: torch.Tensor) -> SimpleNamespace:
        feed = {k: batch[k].cpu().numpy().astype(np.int64) for k in self.input_names}
        logits = self.compiled.create_infer_request().infer(feed)[0]
        return SimpleNamespace(logits=torch.from_numpy(np.array(logits, dtype=np.float32)))


def _require():
    if not available():
        raise ImportError(f"precision 'openvino-int8' needs OpenVINO and NNCF: {INSTALL_HINT}")
    import nncf
    import openvino

    return openvino, nncf, logging.getLogger("nncf")


def copy_key(model: torch.nn.Module, calibration: list[dict[str, torch.Tensor]]) -> str:
    """A key that changes with the weights, the calibration batches, the layers kept in float, the
    recipe and the versions of OpenVINO and NNCF: the name of the cached copy."""
    h = hashlib.sha256(f"{RECIPE} {KEEP_FLOAT}".encode())
    for name in ("openvino", "nncf"):
        h.update(importlib.metadata.version(name).encode())
    for batch in calibration:
        for name in sorted(batch):
            h.update(name.encode())
            h.update(batch[name].cpu().numpy().astype(np.int64).tobytes())
    h.update(model.config.to_json_string().encode())
    for name, tensor in model.state_dict().items():
        h.update(name.encode())
        h.update(tensor.detach().float().contiguous().cpu().numpy().tobytes())
    return h.hexdigest()[:24]


def _prune(folder: Path) -> None:
    """Delete all but the `CACHE_COPIES` most recently used copies in ``folder``."""
    copies = sorted(folder.glob("*/model.xml"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in copies[CACHE_COPIES:]:
        shutil.rmtree(old.parent, ignore_errors=True)


def _save(ov, quantised, path: Path) -> None:
    """Write the copy to ``path`` (``<key>/model.xml``) through a folder of its own that is renamed
    into place, so that another process (a worker of `stance score`) never reads half a copy."""
    tmp = path.parent.with_name(f"{path.parent.name}.tmp{os.getpid()}")
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        ov.save_model(quantised, tmp / path.name, compress_to_fp16=False)
        tmp.rename(path.parent)
        _prune(path.parent.parent)
    except OSError as err:  # read-only, full, or another process was first: this process uses its own copy
        shutil.rmtree(tmp, ignore_errors=True)
        if not path.exists():
            logger.info("OpenVINO int8 copy not cached (%s): it is built again in the next process", err)


def openvino_int8_copy(model: torch.nn.Module, calibration: list[dict[str, torch.Tensor]], *,
                       threads: int | None = None, cache: bool = True) -> OpenVINOInt8:
    """The OpenVINO int8 copy of ``model`` (a transformers sequence classifier on the CPU).

    ``calibration``: the tokenised calibration batches. The quantised model is read from, or
    written to, ``cache_dir()/openvino/<copy_key>`` when ``cache`` is true; a cache that cannot be
    written is skipped with a log line.
    """
    ov, nncf, nncf_logger = _require()
    core = ov.Core()
    path = cache_dir() / "openvino" / copy_key(model, calibration) / "model.xml" if cache else None
    if path is not None and path.exists():
        quantised = core.read_model(path)
        logger.info("OpenVINO int8 copy read from %s", path)
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: the last to be pruned
    else:
        logger.info("quantising the model for OpenVINO int8 (once: the copy is kept in %s)", cache_dir())
        batches = calibration
        names = [k for k in ("input_ids", "attention_mask", "token_type_ids") if k in batches[0]]
        example = {k: batches[0][k] for k in names}
        with torch.no_grad(), warnings.catch_warnings(), quiet_transformers():
            warnings.simplefilter("ignore", torch.jit.TracerWarning)  # shape checks traced for any shape
            warnings.simplefilter("ignore", FutureWarning)  # transformers' deprecations hit by the tracer
            converted = ov.convert_model(model.eval(), example_input=example)
        keep = [op.get_friendly_name() for op in converted.get_ordered_ops()
                if op.get_type_name() == "MatMul" and any(re.search(p, op.get_friendly_name()) for p in KEEP_FLOAT)]
        data = nncf.Dataset([{k: b[k].numpy().astype(np.int64) for k in names} for b in batches])
        level = nncf_logger.level
        nncf.set_log_level(logging.WARNING)
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # NNCF's progress bars
                quantised = nncf.quantize(converted, data, model_type=nncf.ModelType.TRANSFORMER,
                                          subset_size=len(batches),
                                          ignored_scope=nncf.IgnoredScope(names=keep, validate=False))
        finally:
            nncf.set_log_level(level)
        if path is not None:
            _save(ov, quantised, path)
    config = {"PERFORMANCE_HINT": "LATENCY", "INFERENCE_PRECISION_HINT": "f32",
              "INFERENCE_NUM_THREADS": str(threads or torch.get_num_threads())}
    compiled = core.compile_model(quantised, "CPU", config)
    return OpenVINOInt8(compiled, [i.get_any_name() for i in compiled.inputs])
