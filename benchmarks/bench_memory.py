"""Peak memory of `stance score` on 10k vs 100k synthetic statements.

Each size runs `python -m stance.cli score` in a child process and reads that child's peak RSS
(`os.wait4` rusage). Goal: the larger run within 10% of the smaller one's peak, and under 1.5 GB.
A tiny random BERT keeps it fast by default (memory then shows the streaming, not the model);
--model times the real one.

Example:
    python benchmarks/bench_memory.py --sizes 10000,100000
    python benchmarks/bench_memory.py --model models/default --format parquet
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
WORDS = ("we i you they he she it the a of to and in on for with this that will never always back support "
         "oppose reject accept welcome plan vote tax bridge toll bill law policy referendum minister said good "
         "bad great terrible is are not no yes strongly fully deal council proposal").split()


def tiny_model(path: Path) -> Path:
    """A 2-layer, 32-wide random BERT with stance labels, saved as a plain transformers dir."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS, "."]
    BertTokenizer(vocab={w: i for i, w in enumerate(vocab)}, do_lower_case=True).save_pretrained(path)
    torch.manual_seed(0)
    labels = ("support", "oppose", "neutral")
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128, num_labels=3,
                        id2label=dict(enumerate(labels)), label2id={l: i for i, l in enumerate(labels)})
    BertForSequenceClassification(config).save_pretrained(path)
    return path


def write_statements(path: Path, n: int, seed: int = 0) -> Path:
    rng = np.random.default_rng(seed)
    lengths = rng.integers(5, 40, size=n)
    jsonl = path.with_suffix(".jsonl")
    with open(jsonl, "w", encoding="utf-8") as f:
        for i, k in enumerate(lengths):
            f.write(json.dumps({"id": i, "source": f"doc-{i // 7}",
                                "statement": " ".join(rng.choice(WORDS, size=int(k))),
                                "target": ("the plan", "the bill", "the toll")[i % 3]}) + "\n")
    if path.suffix != ".jsonl":
        import pandas as pd

        frame = pd.read_json(jsonl, lines=True)
        frame.to_csv(path, index=False) if path.suffix == ".csv" else frame.to_parquet(path, index=False)
        jsonl.unlink()
    return path


def peak_rss(cmd: list[str], env: dict) -> tuple[int, float, int]:
    """(peak RSS in bytes, seconds, exit code) of one child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.stderr.write(proc.stderr.read().decode()[-3000:])
    proc.stderr.close()
    return usage.ru_maxrss * 1024, seconds, proc.returncode  # ru_maxrss is in KiB on Linux


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated statement counts")
    parser.add_argument("--model", help="model directory (default: a tiny random BERT)")
    parser.add_argument("--format", choices=["jsonl", "csv", "parquet"], default="jsonl",
                        help="input and output format")
    parser.add_argument("--chunk-size", type=int, default=1000)
    parser.add_argument("--threads", type=int, help="torch threads in the child (OMP_NUM_THREADS)")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="bench_memory-"))
    model = args.model or str(tiny_model(tmp / "tiny"))
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    if args.threads:
        env["OMP_NUM_THREADS"] = str(args.threads)
    print(f"model: {args.model or 'tiny random BERT (2 layers, 32 wide)'}; format {args.format}; "
          f"chunk size {args.chunk_size}")
    peaks = []
    for n in [int(x) for x in args.sizes.split(",")]:
        src = write_statements(tmp / f"in-{n}.{args.format}", n)
        out = tmp / f"out-{n}.{args.format}"
        cmd = [sys.executable, "-m", "stance.cli", "score", str(src), "--output", str(out), "--model", model,
               "--chunk-size", str(args.chunk_size), "--no-progress"]
        rss, seconds, code = peak_rss(cmd, env)
        if code:
            raise SystemExit(f"stance score failed on {n} statements (exit {code})")
        peaks.append(rss)
        print(f"{n:>9,d} statements: peak RSS {rss / 2**20:8.1f} MiB, {seconds:6.1f} s "
              f"({n / seconds:,.0f} statements/s, process start included)")
        src.unlink()
        out.unlink()
    if len(peaks) > 1:
        ratio = peaks[-1] / peaks[0]
        print(f"ratio largest/smallest: {ratio:.3f} (goal <= 1.10); largest {peaks[-1] / 2**30:.2f} GB (goal < 1.5)")


if __name__ == "__main__":
    main()
