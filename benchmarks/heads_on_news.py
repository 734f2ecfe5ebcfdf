"""Do n-gram heads fitted on tweets help or hurt on news text? A proxy check on NewsMTSC.

NewsMTSC labels the sentiment of news sentences toward the people they mention. Its sentences
that mention a person the shipped model has a head for (Hillary Clinton, Bernie Sanders, Ted
Cruz: heads fitted on tweets) are scored against that person's name, with sentiment standing in
for stance (positive = support, negative = oppose, neutral = neutral), three ways: all heads, the
heads fitted on news only (what `stance.analyze` uses; none of these three), and no heads.
The numbers come from `stance.evaluate`; sentiment is not stance, so read the differences, not
the levels. NewsMTSC is not used for training or for any choice of the shipped model.

Example:
    python benchmarks/heads_on_news.py --data-dir ../shared/data
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd

import stance

#: NewsMTSC mentions (lower-cased) -> the head target they name.
MENTIONS = {"hillary clinton": "Hillary Clinton", "clinton": "Hillary Clinton", "mrs. clinton": "Hillary Clinton",
            "hillary": "Hillary Clinton", "bernie sanders": "Bernie Sanders", "sanders": "Bernie Sanders",
            "ted cruz": "Ted Cruz", "cruz": "Ted Cruz"}
POLARITY = {2.0: "oppose", 4.0: "neutral", 6.0: "support"}
FILES = ("train.jsonl", "devtest_rw.jsonl", "devtest_mt.jsonl")


def read_pairs(folder: Path) -> pd.DataFrame:
    rows = []
    for name in FILES:
        with open(folder / name, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                for t in record["targets"]:
                    target = MENTIONS.get(t["mention"].lower())
                    if target is not None:
                        rows.append({"statement": record["sentence_normalized"], "target": target,
                                     "label": POLARITY[t["polarity"]]})
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", required=True, type=Path, help="folder holding newsmtsc/")
    ap.add_argument("--model", default=None, help="model directory (default: the shipped model)")
    args = ap.parse_args(argv)

    pairs = read_pairs(args.data_dir / "newsmtsc")
    print(f"{len(pairs)} NewsMTSC sentence/person pairs: {pairs['target'].value_counts().to_dict()}")
    model = stance.load(args.model, precision="fp32")
    for name, which in (("all heads", True), ("news heads only (stance.analyze)", "news"), ("no heads", False)):
        report = stance.evaluate(model.with_ngram_heads(which), pairs)
        print(f"{name:<36} F_avg {100 * report['f_avg']:.2f}  macro-F1 {100 * report['macro_f1']:.2f}  "
              f"accuracy {100 * report['accuracy']:.2f}")


if __name__ == "__main__":
    main()
