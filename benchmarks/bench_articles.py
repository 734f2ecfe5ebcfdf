"""Articles mode of `score_corpus` against extraction alone, on FNC-1 article bodies.

In one run, after a warm-up: spaCy's ``nlp.pipe`` alone over N bodies, `extract_many` over the
same bodies, then `score_corpus(mode="articles")` (extraction + scoring each statement against each
target + writing JSONL), then the same with ``classify_all=True`` (the classifier also on the pairs
that do not concern a target). With ``--rounds R`` the four are timed R times, interleaved, and the
medians printed. Printed: articles/s for each, statements found, and the ratios articles-mode time /
extraction time (what scoring adds on top of the parse and the rules) and articles-mode time / parse
time (issue 15's goal: 1.3x).

Example:
    python benchmarks/bench_articles.py --n 100 --data-dir ../shared/data --target "the report"
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd

import stance
from bench_predict import model_dir
from stance.extract import extract_many, load_nlp
from stance.fast import cpu_model, speed_flags
from stance.score import score_corpus
from stance.storage import TaggerProcess

stance.fast.INT8_COMPILE_AFTER_SECONDS = 0  # time the compiled int8 kernel, as long jobs run it

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
    parser.add_argument("--tagger-here", action="store_true",
                        help="the tagger in a thread of this process, not in a child process of its own")
    parser.add_argument("--rounds", type=int, default=1, help="interleaved rounds; medians are printed")
    args = parser.parse_args(argv)
    targets = args.targets or ["the report", "the government"]

    tmp = Path(tempfile.mkdtemp(prefix="bench_articles-"))
    path, which = model_dir(args.model, tmp)
    model = stance.load(path)
    frame = bodies(args.data_dir, args.n)
    texts = frame["articleBody"].astype(str).tolist()
    nlp = load_nlp()
    t0 = time.perf_counter()
    process = not args.tagger_here and (os.cpu_count() or 1) >= 2  # as articles mode loads it
    tagger = None if args.tagger == "none" else stance.load_tagger(None if args.tagger == "default" else args.tagger,
                                                                  process=process)
    if isinstance(tagger, TaggerProcess):
        while not tagger._child_ready() and time.perf_counter() - t0 < 300:
            time.sleep(0.1)
        print(f"the tagger's child process ready in {time.perf_counter() - t0:.1f} s (once per session)")
    print(which)
    print(f"{len(texts)} FNC-1 bodies, {sum(map(len, texts)) / len(texts):.0f} chars on average; "
          f"{len(targets)} targets; precision {model.resolved_precision}; tagger {args.tagger}; "
          f"relevance gate {'on' if args.relevance_gate else 'off'}; speaker weight {model.analysis_speaker:g}; "
          f"tagger in {'a child process' if isinstance(tagger, TaggerProcess) else 'this process'}")
    print(f"CPU: {cpu_model()}; flags: {', '.join(speed_flags()) or 'none of note'}")

    warm = frame.head(5)
    for _ in extract_many(warm["articleBody"].tolist(), nlp=nlp, tagger=tagger):
        pass
    score_corpus(warm, model=model, mode="articles", targets=targets, text_column="articleBody", nlp=nlp,
                 tagger=tagger, relevance_gate=args.relevance_gate)

    def parse():
        for _ in nlp.pipe(texts, batch_size=16):
            pass

    def extract():
        return sum(len(s) for s in extract_many(texts, nlp=nlp, tagger=tagger))

    def articles(classify_all: bool):
        return score_corpus(frame, model=model, mode="articles", targets=targets, text_column="articleBody",
                            output=tmp / f"scored-{classify_all}.jsonl", chunk_size=args.chunk_size, nlp=nlp,
                            tagger=tagger, relevance_gate=args.relevance_gate, classify_all=classify_all)

    times: dict[str, list[float]] = {"parse": [], "extract": [], "articles": [], "every": []}
    for _ in range(max(1, args.rounds)):
        t0 = time.perf_counter()
        parse()
        times["parse"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        n_statements = extract()
        times["extract"].append(time.perf_counter() - t0)
        run = articles(False)
        times["articles"].append(run.seconds)
        times["every"].append(articles(True).seconds)
    parse_s, extract_s, score_s, every_s = (statistics.median(times[k]) for k in ("parse", "extract", "articles",
                                                                                  "every"))

    print(f"{n_statements} statements extracted; {run.written} rows written, {run.errors} errors; "
          f"median of {max(1, args.rounds)} interleaved round(s)")
    print(f"parse only (nlp.pipe):    {len(texts) / parse_s:8.2f} articles/s ({parse_s:.2f} s)")
    print(f"extract_many only:        {len(texts) / extract_s:8.2f} articles/s ({extract_s:.2f} s)")
    print(f"score_corpus (articles):  {len(texts) / score_s:8.2f} articles/s ({score_s:.2f} s, "
          f"{run.written / score_s:.1f} pairs/s)")
    print(f"  the same, classify_all: {len(texts) / every_s:8.2f} articles/s ({every_s:.2f} s: the classifier "
          f"on every pair, as before session 21)")
    print(f"ratio articles mode / extraction: {score_s / extract_s:.2f}x (classify_all: {every_s / extract_s:.2f}x)")
    print(f"ratio articles mode / parse: {score_s / parse_s:.2f}x (goal <= 1.3x); extraction / parse: "
          f"{extract_s / parse_s:.2f}x")


if __name__ == "__main__":
    main()
