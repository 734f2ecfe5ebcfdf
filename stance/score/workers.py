"""Scoring chunks in worker processes (`score_corpus(..., workers=N)`).

Each worker loads the model (and, in articles mode, spaCy and the tagger) once, then scores the
chunks it is sent. The main process reads the input, checks it, and writes the results in input
order, so the output, the errors file and `resume` are the same as with one process.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing import get_context
from typing import Any

from ..extract import load_nlp
from ..model import load
from ..storage import load_tagger
from .chunk import score_chunk
from .plan import Chunk, Plan, Scored

_PLAN: Plan | None = None  # the worker's own plan, built once by `_start`


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker needs to build its own `Plan`: paths and settings, nothing heavy."""

    model_dir: str
    precision: str
    tagger: str | None  # 'default', a tagger folder, or None
    threads: int
    plan: Plan  # the main process's plan, with model, nlp and tagger left out
    compile: bool | str = "auto"  # `StanceModel.compile` of the main process's model


def _start(spec: WorkerSpec) -> None:
    global _PLAN
    import torch

    torch.set_num_threads(spec.threads)
    model = load(spec.model_dir, precision=spec.precision, compile=spec.compile)
    nlp = load_nlp() if spec.plan.mode == "articles" else None
    tagger = None if spec.tagger is None else load_tagger(None if spec.tagger == "default" else spec.tagger)
    _PLAN = replace(spec.plan, model=model, nlp=nlp, tagger=tagger)


def _score(chunk: Chunk) -> tuple[Scored, int]:
    assert _PLAN is not None, "worker not started"
    _PLAN.truncated = 0
    scored = score_chunk(chunk, _PLAN)
    return scored, _PLAN.truncated


def threads_per_worker(workers: int) -> int:
    """Torch threads for each of ``workers`` processes: the cores shared out, at least one."""
    return max(1, (os.cpu_count() or 1) // workers)


def scored_in_order(chunks: Iterable[Chunk], plan: Plan, spec: WorkerSpec, workers: int,
                    skip: Callable[[Chunk], bool], check: Callable[[Chunk], None]) -> Iterator[tuple[Chunk, Scored | None]]:
    """(chunk, scored) for each chunk in input order, scored by ``workers`` processes; ``scored``
    is None for a chunk that ``skip`` says is done already. At most two chunks per worker are in
    flight, so memory stays bounded. ``check`` runs in this process before a chunk is sent."""
    pending: deque[tuple[Chunk, Future | None]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"), initializer=_start,
                             initargs=(spec,)) as pool:
        for chunk in chunks:
            if skip(chunk):
                pending.append((chunk, None))
            else:
                check(chunk)
                pending.append((chunk, pool.submit(_score, chunk)))
            while len(pending) > 2 * workers or (pending and pending[0][1] is None):
                yield _collect(pending.popleft(), plan)
        while pending:
            yield _collect(pending.popleft(), plan)


def _collect(item: tuple[Chunk, Future | None], plan: Plan) -> tuple[Chunk, Scored | None]:
    chunk, future = item
    if future is None:
        return chunk, None
    scored, truncated = future.result()
    plan.truncated += truncated
    return chunk, scored


def worker_spec(plan: Plan, model: Any, tagger_ref: str | None, workers: int, tmp_dir: str) -> WorkerSpec:
    """Save the model where the workers can load it and describe the rest of the plan."""
    model.save(tmp_dir)
    light = replace(plan, model=_Labels(tuple(model.labels), model.max_length), nlp=None, tagger=None)
    return WorkerSpec(model_dir=tmp_dir, precision=model.precision, tagger=tagger_ref,
                      threads=threads_per_worker(workers), plan=light, compile=getattr(model, "compile", "auto"))


@dataclass(frozen=True)
class _Labels:
    """Stands in for the model in the plan sent to workers (`Plan.__post_init__` reads its labels)."""

    labels: tuple[str, ...]
    max_length: int
