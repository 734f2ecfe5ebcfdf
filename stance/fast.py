"""Faster CPU inference: copies of a classifier whose linear layers run in bf16 or int8.

The linear layers of a 6-layer encoder take about two thirds of the inference time on a CPU
(profiled with `torch.profiler` on tweet-length pairs), so these are what the copies change:

- ``bf16``: linear weights stored in bfloat16 once (instead of cast at every call), the rest
  under bf16 autocast. Fast on CPUs with native bf16 (AVX512-BF16, AMX).
- ``int8``: each linear layer of the encoder runs as an int8 x int8 -> int32 product. Weights
  are quantised once per output channel (symmetric), activations at every call per token over
  the token's own [min, max] (asymmetric: the GELU outputs feeding the feed-forward output layer
  are one-sided, and a symmetric scale would waste half the codes on them), so a token's result
  never depends on the other pairs in its batch. The
  quantise/dequantise steps are fused by `torch.compile` when a C++ compiler is available;
  without one they run eagerly (slower, same numbers). Fast on CPUs with AVX512-VNNI, AVX-VNNI
  or AMX. The classification head and pooler stay in float32.

`benchmarks/bench_predict.py` measures the speed of each against the transformers pipeline and
their agreement with float32; the README has the numbers.
"""
from __future__ import annotations

import copy
import functools
import logging
import platform
import time
import warnings

import torch
from torch import nn

logger = logging.getLogger(__name__)

#: Linear layers under modules with these names are left in float32 (the small task head).
_KEEP_FP32 = ("classifier", "pooler", "score", "pre_classifier")


#: The CPU flags (as /proc/cpuinfo names them) that decide which precision is fast.
SPEED_FLAGS = ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "avx512_bf16", "amx_bf16", "amx_int8")


def _cpuinfo_field(name: str) -> str | None:
    """The first /proc/cpuinfo line's value for ``name``, '' if absent, None without the file (not Linux)."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            line = next((line for line in f if line.split(":", 1)[0].strip() == name), "")
    except OSError:
        return None
    return line.split(":", 1)[-1].strip()


@functools.lru_cache(maxsize=1)
def cpu_flags() -> frozenset[str] | None:
    """The CPU's feature flags from /proc/cpuinfo, or None where there is no such file (not Linux)."""
    value = _cpuinfo_field("flags")
    return None if value is None else frozenset(value.split())


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, else `platform.processor()`, else 'unknown'."""
    return _cpuinfo_field("model name") or platform.processor() or "unknown"


def speed_flags() -> list[str]:
    """Which of `SPEED_FLAGS` this CPU has (empty where the flags cannot be read)."""
    flags = cpu_flags() or frozenset()
    return [f for f in SPEED_FLAGS if f in flags]


@functools.lru_cache(maxsize=1)
def cpu_has_fast_bf16() -> bool:
    """True when this CPU runs bf16 matrix products natively (AVX512-BF16 or AMX-BF16).

    oneDNN also "supports" bf16 on plain AVX512 CPUs by emulation, which is slower than float32
    (0.51x the pipeline measured on an Intel Xeon with AVX512-VNNI but no AVX512-BF16), so the
    flags decide. Without /proc/cpuinfo, torch's own check is the fallback.
    """
    flags = cpu_flags()
    if flags is not None:
        return bool({"avx512_bf16", "amx_bf16"} & flags)
    try:
        return bool(torch.backends.mkldnn.is_available() and torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # older torch builds
        return False


@functools.lru_cache(maxsize=1)
def cpu_has_amx_bf16() -> bool:
    """True when this CPU has AMX tiles for bf16 (Intel Sapphire Rapids and later).

    There bf16 beats our int8 path: 3.33x against 2.61x the transformers pipeline (session 32,
    `benchmarks/bench_predict.py`, Intel Xeon with AMX, 2 cores), while on AVX512-BF16 alone (AMD
    Zen4) int8 is ahead (2.78x against 1.89x, session 22)."""
    flags = cpu_flags()
    return flags is not None and "amx_bf16" in flags


def fastest_cpu_precision() -> str:
    """The precision 'auto' runs on this CPU: bf16 with AMX-BF16, else int8 with int8 dot-product
    instructions (VNNI/AMX-INT8), else bf16 with native bf16 (AVX512-BF16), else fp32."""
    if cpu_has_amx_bf16():
        return "bf16"
    if cpu_has_fast_int8():
        return "int8"
    return "bf16" if cpu_has_fast_bf16() else "fp32"


@functools.lru_cache(maxsize=1)
def cpu_has_fast_int8() -> bool:
    """True when this CPU has int8 dot-product instructions (AVX512-VNNI, AVX-VNNI or AMX-INT8)."""
    flags = cpu_flags()
    return flags is not None and bool({"avx512_vnni", "avx_vnni", "amx_int8"} & flags)


def warn_slow_int8() -> bool:
    """Warn (and return True) when int8 is used on a CPU whose flags are known and show no int8
    dot-product instructions: there `Int8Linear` is much slower than fp32 (session 14, AMD EPYC with
    AVX2 only: the attribution tagger 13x slower). 'auto' never picks int8 on such a CPU."""
    flags = cpu_flags()
    if flags is None or cpu_has_fast_int8():
        return False
    warnings.warn(
        "precision 'int8' on a CPU without int8 dot-product instructions (no AVX512-VNNI, AVX-VNNI "
        "or AMX): it runs much slower than fp32 here. Use precision='auto' (fp32 on this CPU) "
        "unless you are checking int8 results.",
        stacklevel=3,
    )
    return True


def _int8_linear_eager(x: torch.Tensor, weight: torch.Tensor, weight_scale: torch.Tensor,
                       bias: torch.Tensor, weight_sum: torch.Tensor) -> torch.Tensor:
    """y = x @ W.T + bias, with W = weight * weight_scale (per output channel) and x quantised
    to int8 per row (token) over the row's own [min, max] range.

    x ~ scale * (q + 128) + low, so x @ W.T = scale * (q @ W.T) + (128 * scale + low) * W.sum(1):
    one int8 product plus elementwise terms.
    """
    rows = x.reshape(-1, x.shape[-1]).float()
    low = rows.amin(dim=1, keepdim=True)
    scale = (rows.amax(dim=1, keepdim=True) - low).clamp_min(1e-8) / 255.0
    q = (torch.round((rows - low) / scale) - 128.0).to(torch.int8)
    y = torch._int_mm(q, weight.t())
    out = (y.float() * scale + (128.0 * scale + low) * weight_sum) * weight_scale + bias
    return out.reshape(*x.shape[:-1], weight.shape[0])


class _Compiled:
    """``eager`` run through `torch.compile` from its first call, or as it is where compiling fails
    (no C++ compiler): the same numbers either way, with one warning (``warning``, formatted with the
    error's type name as ``{error}``) when it falls back."""

    def __init__(self, eager, warning: str, **compile_options) -> None:
        self.eager, self.warning, self.options = eager, warning, compile_options
        self.fn = None

    def __call__(self, *args, **kwargs):
        if self.fn is None:
            self.fn = torch.compile(self.eager, **self.options)
        if self.fn is self.eager:
            return self.fn(*args, **kwargs)
        try:
            return self.fn(*args, **kwargs)
        except Exception as err:  # noqa: BLE001 - any compiler failure: fall back, same numbers
            warnings.warn(self.warning.format(error=type(err).__name__), stacklevel=2)
            self.fn = self.eager
            return self.fn(*args, **kwargs)


#: Seconds the int8 kernel runs as it is (eager) before it is compiled with torch.compile. Compiling
#: costs about 5 s once per process on 2 cores, and the compiled kernel is what long jobs want (the
#: classifier's 1,000 TweetEval pairs in 11.8 s against 28.6 s eager, the tagger's 30 FNC-1 bodies in
#: 2.9 s against 3.4 s; the same numbers either way); one article analysed or extracted spends well
#: under this in the kernel and is done before a compile would have finished (`stance extract` on one
#: article: about 5 s sooner). The benchmarks set it to 0 to time the compiled kernel, as long jobs run.
INT8_COMPILE_AFTER_SECONDS = 2.0


class _Kernel(_Compiled):
    """The int8 linear function: eager for its first `INT8_COMPILE_AFTER_SECONDS`, then compiled, and
    eager for good if compiling is not possible."""

    def __init__(self) -> None:
        super().__init__(_int8_linear_eager, "torch.compile is not available here ({error}); int8 inference runs "
                         "without it, slower. Install a C++ compiler (gcc or clang) to make it fast.", dynamic=True)
        self.eager_seconds = 0.0

    def __call__(self, *args, **kwargs):
        if self.fn is None and self.eager_seconds < INT8_COMPILE_AFTER_SECONDS and not torch.compiler.is_compiling():
            start = time.perf_counter()
            out = self.eager(*args, **kwargs)
            self.eager_seconds += time.perf_counter() - start
            return out
        return super().__call__(*args, **kwargs)


_KERNEL = _Kernel()


class Int8Linear(nn.Module):
    """A drop-in for `nn.Linear` at inference, with int8 weights and per-token int8 activations."""

    def __init__(self, linear: nn.Linear) -> None:
        super().__init__()
        w = linear.weight.detach().float()
        scale = w.abs().amax(dim=1).clamp_min(1e-8) / 127.0
        self.in_features, self.out_features = linear.in_features, linear.out_features
        self.register_buffer("weight", torch.round(w / scale[:, None]).to(torch.int8))
        self.register_buffer("weight_scale", scale)
        bias = linear.bias.detach().float() if linear.bias is not None else torch.zeros(linear.out_features)
        self.register_buffer("bias", bias)
        self.register_buffer("weight_sum", self.weight.float().sum(dim=1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return _KERNEL(x, self.weight, self.weight_scale, self.bias, self.weight_sum)


def _linears(model: nn.Module):
    """(parent, attribute name, layer) for every linear layer outside the task head."""
    for name, parent in model.named_modules():
        if any(part in _KEEP_FP32 for part in name.split(".")):
            continue
        for child_name, child in parent.named_children():
            if isinstance(child, nn.Linear) and child_name not in _KEEP_FP32:
                yield parent, child_name, child


def int8_copy(model: nn.Module) -> nn.Module:
    """A copy of `model` (on the CPU) whose encoder linear layers are `Int8Linear`.

    Warns when this CPU is known to lack int8 dot-product instructions: there the int8 products
    run far slower than fp32 (`warn_slow_int8`)."""
    warn_slow_int8()
    clone = copy.deepcopy(model).float().cpu().eval()
    for parent, name, child in list(_linears(clone)):
        setattr(parent, name, Int8Linear(child))
    return clone


def bf16_copy(model: nn.Module) -> nn.Module:
    """A copy of `model` whose encoder linear weights are stored in bfloat16 (run it under autocast)."""
    clone = copy.deepcopy(model).eval()
    for _, _, child in list(_linears(clone)):
        child.to(torch.bfloat16)
    return clone


class CompiledCopy(_Compiled):
    """A bf16 or int8 inference copy run through `torch.compile` as one graph, with the copy itself as
    the fallback.

    Compiling the whole encoder fuses what the per-layer kernels leave apart (attention, GELU, layer
    norms, the quantise steps) and cuts per-operator overhead: 1.16x the int8 copy's pairs/s with
    oneDNN capped at AVX512-VNNI (as on Intel CPUs without AVX512-BF16) and 1.19x the bf16 copy's
    with AMX (`benchmarks/bench_predict.py`, docs/performance.md, session 39). The first call
    compiles: 8-11 s on 2 cores with torch's on-disk cache warm, longer the first time on a machine,
    which is why `StanceModel.compile` waits for a long job before using it. Without a C++ compiler
    the copy runs as it is, with one warning.
    """

    def __init__(self, module: nn.Module) -> None:
        super().__init__(module, "torch.compile failed here ({error}); the model runs uncompiled, slower on long "
                         "jobs. Install a C++ compiler (gcc or clang), or pass compile=False to stance.load to "
                         "silence this.", dynamic=True)

    def __call__(self, *args, **kwargs):
        if self.fn is None:
            logger.info("compiling the inference model with torch.compile (once per process, 8-30 s on 2 cores)")
        return super().__call__(*args, **kwargs)
