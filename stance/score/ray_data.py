"""Scoring a Ray Dataset of statements on a pool of actors (`score_ray_dataset`)."""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..model import BATCH_SIZE, load
from .chunk import score_chunk
from .plan import Chunk, Plan
from .write import build_rows


class _RayScorer:
    """The callable class behind `score_ray_dataset`: one model per actor, loaded once."""

    def __init__(self, model_path: str | None, targets, statement_column: str, target_column: str,
                 batch_size: int, precision: str, ngram_heads: bool | str = True) -> None:
        model = load(model_path, precision=precision, ngram_heads=ngram_heads)
        self.plan = Plan(model=model, mode="statements", targets=tuple(targets) if targets else None,
                         text_column="text", statement_column=statement_column, target_column=target_column,
                         id_column=None, batch_size=batch_size, nlp=None, keep_bad=True)

    def __call__(self, batch):
        self.plan.check_columns(list(batch.columns))
        chunk = Chunk(0, 0, batch.reset_index(drop=True), len(batch))
        return build_rows(chunk.data, score_chunk(chunk, self.plan), "frame")


def score_ray_dataset(ds: Any, *, model_path: str | os.PathLike | None = None,
                      targets: Sequence[str] | str | None = None, statement_column: str = "statement",
                      target_column: str = "target", batch_size: int = BATCH_SIZE, chunk_size: int = 1000,
                      concurrency: int | tuple[int, int] = 2, precision: str = "auto",
                      ngram_heads: bool | str = True, **ray_remote_args: Any) -> Any:
    """Score a Ray Dataset of statements on a pool of actors (lazy, like every Ray Data transform).

    Each actor loads the model once (`stance.load(model_path)`); rows are scored in blocks of
    ``chunk_size``. Rows gain ``target`` (unless the input's own target column is 'target'),
    ``label``, ``score`` and ``p_<label>``; malformed rows are kept with those columns null.

    Args:
        ds: a `ray.data.Dataset` with a statement column (and a target column unless targets
            are given).
        model_path: a saved model directory that every worker can read; None is the shipped one.
        targets: score each statement against each of these (one row per statement and target).
        statement_column: the statement column.
        target_column: the target column (without ``targets``).
        batch_size: pairs per forward pass inside an actor.
        chunk_size: rows handed to an actor at a time.
        concurrency: actors in the pool: a number, or (min, max) for an autoscaling pool.
        precision: 'auto', 'fp32', 'bf16' or 'int8' (see `stance.load`).
        ngram_heads: use the model's per-target n-gram heads: True all, False none, or a genre (see `stance.load`).
        **ray_remote_args: passed to `map_batches`, e.g. num_cpus=4 or num_gpus=1 per actor.

    Returns:
        The scored `ray.data.Dataset` (nothing runs until it is consumed or written).

    Example:
        >>> ds = ray.data.read_parquet("s3://bucket/statements/")
        >>> score_ray_dataset(ds, model_path="/mnt/models/default", targets=["the referendum"],
        ...                   concurrency=8, num_cpus=4).write_parquet("s3://bucket/scored/")
    """
    if isinstance(targets, str):
        targets = [targets]
    from ray.data import ActorPoolStrategy

    model_path = str(Path(model_path).resolve()) if model_path is not None else None
    pool = ActorPoolStrategy(min_size=concurrency[0], max_size=concurrency[1]) \
        if isinstance(concurrency, tuple) else ActorPoolStrategy(size=concurrency)
    return ds.map_batches(
        _RayScorer, batch_format="pandas", batch_size=chunk_size, compute=pool,
        fn_constructor_kwargs=dict(model_path=model_path, targets=list(targets) if targets else None,
                                   statement_column=statement_column, target_column=target_column,
                                   batch_size=batch_size, precision=precision, ngram_heads=ngram_heads),
        **ray_remote_args)
