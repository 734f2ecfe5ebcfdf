"""Int8 inference through OpenVINO: an optional extra (``pip install 'stance[openvino]'``).

``precision="openvino-int8"`` (`stance.load`, `StanceModel.precision`, `stance.load_tagger`) runs
a copy of the transformer that OpenVINO runs with int8 matrix products (oneDNN's VNNI/AMX kernels,
the steps of each layer fused). The copy is built once per model and kept on disk (`cache_dir`):

1. the transformer is converted with `openvino.convert_model` (any batch size and length);
2. NNCF's post-training quantisation (`nncf.quantize`, ``model_type=TRANSFORMER``: per-channel
   int8 weights, per-tensor activation ranges measured on calibration inputs, SmoothQuant) turns
   its matrix products into int8, except the first layer's feed-forward output (`KEEP_FLOAT`),
   whose inputs have the widest range: with it in int8, about 1.5% of the shipped model's labels
   differ from fp32's, with it in float 1.0-1.5%;
3. the calibration inputs come from `calibration.tsv`: 400 statements of ``data/written`` (the
   project's own written news items, sampled with seed 0) with their targets, speakers and cues,
   fed through the classifier's own input format (`StanceModel.calibration_batches`), or written
   out as attributed sentences in article windows for the tagger (`article_calibration`).

'auto' does not take it: on an Intel Xeon with AVX512-VNNI and AVX512-BF16, no AMX, it scores
about 1.25x as many pairs per second as torch's ``precision="int8"``, but its activation ranges
are fixed per tensor where torch's int8 measures each token, and its labels are further from
fp32's (98.5-99.0% the same against 99.2-99.4%; news dev F_avg 0.4 lower): docs/performance.md.
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

from .fast import cpu_flags, cpu_has_fast_int8

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
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))  # quotes are text


def article_calibration(tokenizer, max_tokens: int, batch_size: int = 8) -> list[dict[str, torch.Tensor]]:
    """Calibration windows for a token tagger that reads articles (`stance.load_tagger`): the
    calibration statements written out as attributed sentences ('"...," X said.' and 'X said
    ...'), five to a paragraph, tokenised and cut into windows of ``max_tokens`` word pieces
    between the tokenizer's [CLS] and [SEP]."""
    rows = calibration_rows()
    sentences = [f'"{r["statement"]}," {r["speaker"]} {r["cue"]}.' if i % 2 else
                 f'{r["speaker"]} {r["cue"]} {r["statement"]}.' for i, r in enumerate(rows)]
    text = "\n\n".join(" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5))
    ids = tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"]
    windows = [[tokenizer.cls_token_id, *ids[i:i + max_tokens - 2], tokenizer.sep_token_id]
               for i in range(0, len(ids), max_tokens - 2)]
    batches = []
    for lo in range(0, len(windows), batch_size):
        chunk = windows[lo:lo + batch_size]
        width = max(map(len, chunk))
        input_ids = torch.full((len(chunk), width), tokenizer.pad_token_id, dtype=torch.long)
        mask = torch.zeros((len(chunk), width), dtype=torch.long)
        for r, w in enumerate(chunk):
            input_ids[r, :len(w)] = torch.tensor(w)
            mask[r, :len(w)] = 1
        batches.append({"input_ids": input_ids, "attention_mask": mask})
    return batches


class OpenVINOInt8:
    """A compiled OpenVINO int8 copy of a sequence classifier, called like the torch model:
    ``copy(input_ids=..., attention_mask=...).logits``."""

    def __init__(self, compiled: Any, input_names: Iterable[str], config: Any = None) -> None:
        self.compiled = compiled
        self.input_names = tuple(input_names)
        self.config = config  #: the torch model's config (labels), for code that reads it

    def eval(self) -> OpenVINOInt8:
        """Already an inference copy (as ``torch.nn.Module.eval``, for the code that calls it)."""
        return self

    def __call__(self, **batch: torch.Tensor) -> SimpleNamespace:
        feed = {k: batch[k].cpu().numpy().astype(np.int64) for k in self.input_names}
        logits = self.compiled.create_infer_request().infer(feed)[0]
        return SimpleNamespace(logits=torch.from_numpy(np.array(logits, dtype=np.float32)))


def _require():
    if not available():
        raise ImportError(f"precision 'openvino-int8' needs OpenVINO and NNCF: {INSTALL_HINT}")
    import nncf
    import openvino

    return openvino, nncf


@contextlib.contextmanager
def _quiet(*names: str):
    """Only errors from these loggers for one block (transformers' and NNCF's reports)."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)


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


def warn_imprecise_int8() -> bool:
    """Warn (and return True) when this CPU's flags are known and show no int8 dot-product instructions (AVX512-VNNI,
    AVX-VNNI or AMX-INT8): there OpenVINO's int8 kernels round further from fp32, and labels can differ from
    fp32's (session 71, AMD EPYC with AVX2 only: 2 of 30 labels of the test suite's small model changed, none on a
    Xeon with AVX512-VNNI)."""
    if cpu_flags() is None or cpu_has_fast_int8():
        return False
    warnings.warn(
        "precision 'openvino-int8' on a CPU without int8 dot-product instructions (no AVX512-VNNI, AVX-VNNI or "
        "AMX): its int8 products round further from fp32 here and some labels can differ. Use precision='auto' "
        "(fp32 on this CPU) unless you are checking int8 results.",
        stacklevel=3,
    )
    return True


def openvino_int8_copy(model: torch.nn.Module, calibration: list[dict[str, torch.Tensor]], *,
                       threads: int | None = None, cache: bool = True) -> OpenVINOInt8:
    """The OpenVINO int8 copy of ``model`` (a transformers sequence classifier on the CPU).

    ``calibration``: the tokenised calibration batches. The quantised model is read from, or
    written to, ``cache_dir()/openvino/<copy_key>`` when ``cache`` is true; a cache that cannot be
    written is skipped with a log line.
    """
    ov, nncf = _require()
    warn_imprecise_int8()
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
        example = {k: batches[0][k] for k in names}  # (a padded batch or not: the mask stays an input)
        with torch.no_grad(), warnings.catch_warnings(), _quiet("transformers"):
            warnings.simplefilter("ignore", torch.jit.TracerWarning)  # shape checks traced for any shape
            warnings.simplefilter("ignore", FutureWarning)  # transformers' deprecations hit by the tracer
            converted = ov.convert_model(model.eval(), example_input=example)
        keep = [op.get_friendly_name() for op in converted.get_ordered_ops()
                if op.get_type_name() == "MatMul" and any(re.search(p, op.get_friendly_name()) for p in KEEP_FLOAT)]
        data = nncf.Dataset([{k: b[k].numpy().astype(np.int64) for k in names} for b in batches])
        with _quiet("nncf"), contextlib.redirect_stdout(io.StringIO()):  # its reports and progress bars
            quantised = nncf.quantize(converted, data, model_type=nncf.ModelType.TRANSFORMER,
                                      subset_size=len(batches),
                                      ignored_scope=nncf.IgnoredScope(names=keep, validate=False))
        if path is not None:
            _save(ov, quantised, path)
    config = {"PERFORMANCE_HINT": "LATENCY", "INFERENCE_PRECISION_HINT": "f32",
              "INFERENCE_NUM_THREADS": str(threads or torch.get_num_threads())}
    compiled = core.compile_model(quantised, "CPU", config)
    return OpenVINOInt8(compiled, [i.get_any_name() for i in compiled.inputs], model.config)
