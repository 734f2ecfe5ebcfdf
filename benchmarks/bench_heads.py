"""Time the n-gram heads' features: sklearn's HashingVectorizer against `stance.lexical.HashedNgrams`.

Both hash the same n-grams of the same N statements (TweetEval test by default: the targets with
per-target heads) in one run: sklearn's analyzers (what the heads used up to session 40), then
`HashedNgrams` cold (empty word cache) and warm (every word already hashed, as in a long job),
median of --rounds rounds each; the counts are checked to be equal. Printed: seconds per 1,000
statements and the speed-up over sklearn. (The target-masked head keeps sklearn's vectorizer: its
statements are masked per target, so a word cache gained nothing there, 0.85-0.89x in session 40.)

Example:
    python benchmarks/bench_heads.py --data-dir ../shared/data
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from stance.fast import cpu_model
from stance.lexical import HashedNgrams, sklearn_vectorizer
from stance.research.corpora import load_corpus

ROOT = Path(__file__).resolve().parents[1]


def median_seconds(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times))


def compare(name: str, inputs: list, reference, make, rounds: int) -> None:
    want = reference.transform(inputs)
    warm = make()
    got = warm.transform(inputs)
    assert (got != want).nnz == 0, f"{name}: HashedNgrams counts differ from sklearn's"
    per_k = 1000 / len(inputs)
    ref_s = median_seconds(lambda: reference.transform(inputs), rounds) * per_k
    cold_s = median_seconds(lambda: make().transform(inputs), rounds) * per_k
    warm_s = median_seconds(lambda: warm.transform(inputs), rounds) * per_k
    print(f"{name:44s} {ref_s:8.3f} {cold_s:8.3f} ({ref_s / cold_s:4.2f}x) {warm_s:8.3f} ({ref_s / warm_s:4.2f}x)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="statements to hash")
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pairs", default="tweeteval:test", metavar="CORPUS:SPLIT")
    args = parser.parse_args(argv)

    name, _, split = args.pairs.partition(":")
    frame = load_corpus(name, args.data_dir, split or "test")
    texts = frame["statement"].sample(n=min(args.n, len(frame)), random_state=0).tolist()
    print(f"CPU: {cpu_model()}; one core (the hashing is single-threaded Python)")
    print(f"{'features (seconds per 1,000 statements)':44s} {'sklearn':>8s} {'cold':>8s} {'':7s} {'warm':>8s}")
    compare(f"per-target heads, {len(texts)} {args.pairs}", texts, sklearn_vectorizer(),
            HashedNgrams, args.rounds)


if __name__ == "__main__":
    main()
