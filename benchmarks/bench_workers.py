"""`stance score` with 1 and with N worker processes (and, for statements, a local Ray cluster).

Articles mode (the default): the same FNC-1 bodies scored by `score_corpus(mode="articles",
workers=1)` and then `workers=N` (each worker loads the model, spaCy and the tagger itself; that
start-up is part of its time). Statements mode (`--mode statements`): TweetEval test pairs, the
same two runs, and with `--ray` also `score_ray_dataset` on a local Ray cluster of N CPUs with N
actors. Printed: the CPU, records/s for each, the speed-up, and whether each output equals the
one-process output (same rows in the same order, same labels, probabilities within 1e-4).

Example:
    python benchmarks/bench_workers.py --n 200 --workers 2 --data-dir ../shared/data
    python benchmarks/bench_workers.py --mode statements --n 2000 --workers 2 --ray --data-dir ../shared/data
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

import stance
from bench_articles import bodies
from bench_predict import model_dir
from stance.fast import cpu_model, speed_flags
from stance.score import score_corpus

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="number of article bodies")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--model", help="model directory (default: models/default)")
    parser.add_argument("--chunk-size", type=int, default=20)
    parser.add_argument("--tagger", default="default", help="'default', a folder, or 'none' (the rules alone)")
    parser.add_argument("--mode", choices=("articles", "statements"), default="articles")
    parser.add_argument("--ray", action="store_true", help="statements mode: also a local Ray cluster")
    args = parser.parse_args(argv)
    if args.mode == "statements":
        return statements(args)
    targets = ["the report", "the government"]
    tmp = Path(tempfile.mkdtemp(prefix="bench_workers-"))
    path, which = model_dir(args.model, tmp)
    frame = bodies(args.data_dir, args.n)
    print(which)
    print(cpu_line())
    print(f"{len(frame)} FNC-1 bodies, {len(targets)} targets, tagger {args.tagger}, chunk size {args.chunk_size}")
    tagger = None if args.tagger == "none" else args.tagger
    timed_runs(frame, path, tmp, args, "articles", "start", mode="articles", targets=targets,
               text_column="articleBody", tagger=tagger)


def cpu_line() -> str:
    return f"CPU: {cpu_model()}; {os.cpu_count()} cores; flags: {' '.join(speed_flags()) or 'unknown'}"


def timed_runs(frame: pd.DataFrame, path: Path, tmp: Path, args, unit: str, key: str, **options) -> pd.DataFrame:
    """Score ``frame`` with one process, then with ``args.workers``; print the rates, the speed-up and
    whether the outputs agree. Returns the one-process output. The model is loaded inside the timed
    part for both, as each worker loads its own."""
    runs = {}
    for workers in (1, args.workers):
        out = tmp / f"w{workers}.jsonl"
        t0 = time.perf_counter()
        score_corpus(frame, model=stance.load(path), output=out, chunk_size=args.chunk_size, workers=workers,
                     **options)
        seconds = time.perf_counter() - t0
        runs[workers] = (seconds, pd.read_json(out, lines=True))
        print(f"workers={workers}: {len(frame) / seconds:7.2f} {unit}/s ({seconds:.1f} s, {len(runs[workers][1])} rows)")
    (s1, a), (sn, b) = runs[1], runs[args.workers]
    print(f"speed-up with {args.workers} workers: {s1 / sn:.2f}x; same output as one process: {same(a, b, key)}")
    return a


def same(a: pd.DataFrame, b: pd.DataFrame, key: str) -> bool:
    p_cols = [c for c in a.columns if c.startswith("p_")]
    return (len(a) == len(b) and list(a[key]) == list(b[key]) and list(a["label"]) == list(b["label"])
            and np.allclose(a[p_cols].to_numpy(float), b[p_cols].to_numpy(float), atol=1e-4))


def statements(args) -> None:
    from stance.research.corpora import load_corpus

    tmp = Path(tempfile.mkdtemp(prefix="bench_workers-"))
    path, which = model_dir(args.model, tmp)
    frame = load_corpus("tweeteval", args.data_dir, "test")[["statement", "target"]].head(args.n).reset_index(drop=True)
    frame.insert(0, "id", range(len(frame)))
    print(which)
    print(cpu_line())
    print(f"{len(frame)} TweetEval test pairs, chunk size {args.chunk_size}")
    a = timed_runs(frame, path, tmp, args, "records", "id")
    if args.ray:
        import ray

        from stance.score import score_ray_dataset

        ray.init(num_cpus=args.workers, include_dashboard=False, log_to_driver=False)
        # several blocks, so that every actor gets work (a repartition would need a CPU the actors hold)
        blocks = [frame.iloc[i:i + args.chunk_size] for i in range(0, len(frame), args.chunk_size)]
        try:
            t0 = time.perf_counter()
            scored = score_ray_dataset(ray.data.from_pandas(blocks), model_path=path, concurrency=args.workers,
                                       chunk_size=args.chunk_size, num_cpus=1).to_pandas()
            seconds = time.perf_counter() - t0
        finally:
            ray.shutdown()
        scored = scored.sort_values("id").reset_index(drop=True)
        print(f"ray, {args.workers} actors: {len(frame) / seconds:7.1f} records/s ({seconds:.1f} s, "
              f"with the actors' start-up); same output as one process: {same(a, scored, 'id')}")


if __name__ == "__main__":
    main()
