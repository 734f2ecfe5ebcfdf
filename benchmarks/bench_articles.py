"""Articles mode of `score_corpus` against extraction alone, on FNC-1 article bodies.

In one run, after a warm-up: `extract_many` over N bodies, then `score_corpus(mode="articles")`
over the same bodies (extraction + scoring each statement against each target + writing JSONL), then
the same with ``classify_all=True`` (the classifier also on the pairs that do not concern a target).
Printed: articles/s for both, statements found, and the ratio articles-mode time / extraction time
(what scoring adds on top of the parse and the rules).

Example:
    python benchmarks/bench_articles.py --n 100 --data-dir ../shared/data --target "the report"
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pandas as pd

import stance
from bench_predict import model_dir
from stance.extract import extract_many, load_nlp
from stance.fast import cpu_model, speed_flags
from stance.score import score_corpus

ROOT = Path(__file__).resolve().parents[1]


def bodies(data_dir: Path, n: int) -> pd.DataFrame:
    path = data_dir / "fnc1_partial" / "competition_test_bodies.csv"
    frame = pd.read_csv(path)
    missing = {"Body ID", "articleBody"} - set(frame.columns)
    if missing:
        raise ValueError(f"expected columns 'Body ID' and 'articleBody' in {path}, missing {sorted(missing)}")
    return frame.head(n).rename(columns={"Body ID": "body_id"})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="number of article bodies")
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--model", help="model directory (default: models/default, else MiniLM with a random head)")
    parser.add_argument("--target", action="append", dest="targets",
                        help="target to score each statement against (repeatable; default: two generic ones)")
    parser.add_argument("--chunk-size", type=int, default=100)
    parser.add_argument("--tagger", default="default",
                        help="the attribution tagger for both runs: 'default' (as analyze and articles mode use), "
                             "a folder, or 'none' (the rules alone)")
    parser.add_argument("--relevance-gate", action="store_true",
                        help="articles mode with the model's learned relevance gate (relevance_gate=True)")
    args = parser.parse_args(argv)
    targets = args.targets or ["the report", "the government"]

    tmp = Path(tempfile.mkdtemp(prefix="bench_articles-"))
    path, which = model_dir(args.model, tmp)
    model = stance.load(path)
    frame = bodies(args.data_dir, args.n)
    texts = frame["articleBody"].astype(str).tolist()
    nlp = load_nlp()
    tagger = None if args.tagger == "none" else stance.load_tagger(None if args.tagger == "default" else args.tagger)
    print(which)
    print(f"{len(texts)} FNC-1 bodies, {sum(map(len, texts)) / len(texts):.0f} chars on average; "
          f"{len(targets)} targets; precision {model.resolved_precision}; tagger {args.tagger}; "
          f"relevance gate {'on' if args.relevance_gate else 'off'}; speaker weight {model.analysis_speaker:g}")
    print(f"CPU: {cpu_model()}; flags: {', '.join(speed_flags()) or 'none of note'}")

    warm = frame.head(5)
    for _ in extract_many(warm["articleBody"].tolist(), nlp=nlp, tagger=tagger):
        pass
    score_corpus(warm, model=model, mode="articles", targets=targets, text_column="articleBody", nlp=nlp,
                 tagger=tagger, relevance_gate=args.relevance_gate)

    t0 = time.perf_counter()
    n_statements = sum(len(s) for s in extract_many(texts, nlp=nlp, tagger=tagger))
    extract_s = time.perf_counter() - t0

    run = score_corpus(frame, model=model, mode="articles", targets=targets, text_column="articleBody",
                       output=tmp / "scored.jsonl", chunk_size=args.chunk_size, nlp=nlp, tagger=tagger,
                       relevance_gate=args.relevance_gate)
    score_s = run.seconds
    every = score_corpus(frame, model=model, mode="articles", targets=targets, text_column="articleBody",
                         output=tmp / "scored-all.jsonl", chunk_size=args.chunk_size, nlp=nlp, tagger=tagger,
                         relevance_gate=args.relevance_gate, classify_all=True)
    every_s = every.seconds

    print(f"{n_statements} statements extracted; {run.written} rows written, {run.errors} errors")
    print(f"extract_many only:        {len(texts) / extract_s:8.2f} articles/s ({extract_s:.2f} s)")
    print(f"score_corpus (articles):  {len(texts) / score_s:8.2f} articles/s ({score_s:.2f} s, "
          f"{run.written / score_s:.1f} pairs/s)")
    print(f"  the same, classify_all: {len(texts) / every_s:8.2f} articles/s ({every_s:.2f} s: the classifier "
          f"on every pair, as before session 21)")
    print(f"ratio articles mode / extraction: {score_s / extract_s:.2f}x (classify_all: {every_s / extract_s:.2f}x)")


if __name__ == "__main__":
    main()
