"""Reproduce and score the shipped default model from the public corpora.

    python -m stance.default_model train --data-dir ../shared/data --output-dir models/default
    python -m stance.default_model evaluate --data-dir ../shared/data --model models/default

Training reads only train splits (dev splits pick the checkpoint); the test splits are
scored once, after training, and written into the model card.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

from .corpora import default_training_mix, load_corpus
from .evaluate import evaluate, format_report
from .model import StanceModel, load
from .train import TrainingArgs, train

logger = logging.getLogger(__name__)

#: The named test splits, in the order of the model card: name -> (corpus, split, headline metric).
TEST_SETS: dict[str, tuple[str, str, str]] = {
    "TweetEval stance test (5 targets pooled)": ("tweeteval", "test", "f_avg"),
    "SemEval-2016 Task B, Donald Trump (unseen target)": ("semeval_taskb_trump", "test", "f_avg"),
    "IBM Claim Stance test": ("ibm", "test", "macro_f1"),
    "Perspectrum test": ("perspectrum", "test", "macro_f1"),
    "COVID-CQ test": ("covid", "test", "macro_f1"),
    "Emergent test (observing = neutral)": ("emergent", "test", "macro_f1"),
}

#: Licenses as stated by each corpus' SOURCE.txt in the shared data folder.
LICENSES: dict[str, str] = {
    "tweeteval": "TweetEval: released without restrictions; SemEval-2016 Task 6 and Twitter terms apply",
    "multitarget": "Multi-Target Stance (Sobhani et al. 2017) via MAGPIE (Apache-2.0 repo); original terms apply",
    "vaccinelies": "VaccineLies (Weinzierl & Harabagiu 2022) via MAGPIE (Apache-2.0 repo); original terms apply",
    "covid": "COVID-CQ (Mutlu et al. 2020); no license stated",
    "ibm": "IBM Debater Claim Stance v1: CC-BY-SA 3.0",
    "perspectrum": "Perspectrum: CC BY-SA 4.0",
    "emergent": "Emergent (Ferreira & Vlachos 2016); no license stated for the data",
    "gwsd": "GWSD (Luo et al. 2020); no explicit license",
}

DEFAULT_ARGS = TrainingArgs(epochs=3, batch_size=32, learning_rate=6e-5, max_length=128, seed=13,
                            evals_per_epoch=2, patience=3, class_weights=True, freeze_embeddings=True)


def score_test_sets(model: StanceModel, data_dir: str | Path) -> dict[str, dict[str, Any]]:
    """Evaluate the model on every named test split."""
    results = {}
    for name, (corpus, split, _) in TEST_SETS.items():
        frame = load_corpus(corpus, data_dir, split)
        results[name] = evaluate(model, frame)
        logger.info("%s", format_report(results[name], title=name))
    return results


def summary_table(metrics: dict[str, dict[str, Any]]) -> str:
    lines = [f"{'test set':<52}{'n':>6}{'F_avg':>8}{'macroF1':>9}{'acc':>7}"]
    for name, m in metrics.items():
        f_avg = "-" if m["f_avg"] is None else f"{100 * m['f_avg']:.2f}"
        lines.append(f"{name:<52}{m['n']:>6}{f_avg:>8}{100 * m['macro_f1']:>9.2f}{100 * m['accuracy']:>7.2f}")
    return "\n".join(lines)


def train_default(data_dir: str | Path, output_dir: str | Path, *, args: TrainingArgs = DEFAULT_ARGS,
                  progress: bool = True) -> StanceModel:
    t0 = time.time()
    train_df, dev_df = default_training_mix(data_dir, seed=args.seed)
    counts = train_df["corpus"].value_counts().to_dict()
    corpora = [{"name": name, "rows": int(n), "license": LICENSES.get(name, "see the corpus' SOURCE.txt")}
               for name, n in counts.items()]
    model = train(train_df, eval=dev_df, args=args, progress=progress, corpora=corpora)
    model.settings.update(name="stance default model (MiniLM-L6, support / oppose / neutral)")
    model.save(output_dir, delta=True)  # the checkpoint is safe before the long test scoring
    metrics = score_test_sets(model, data_dir)
    model.settings["metrics"] = _rounded(metrics)
    model.settings["training"]["wall_seconds_total"] = round(time.time() - t0, 1)
    model.save(output_dir, delta=True)
    print(summary_table(metrics))
    return model


def _rounded(metrics: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    keep = ("n", "accuracy", "macro_f1", "f_avg")
    return {name: {k: (round(m[k], 4) if isinstance(m[k], float) else m[k]) for k in keep}
            for name, m in metrics.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m stance.default_model", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_train = sub.add_parser("train", help="train the default model from the public corpora")
    p_train.add_argument("--data-dir", required=True, help="folder holding the corpora (e.g. ../shared/data)")
    p_train.add_argument("--output-dir", default="models/default")
    p_train.add_argument("--epochs", type=float, default=DEFAULT_ARGS.epochs)
    p_eval = sub.add_parser("evaluate", help="score a model on every named test split")
    p_eval.add_argument("--data-dir", required=True)
    p_eval.add_argument("--model", default=None, help="model directory (default: the shipped model)")
    p_eval.add_argument("--json", action="store_true", help="print the metrics as JSON")
    p_eval.add_argument("--precision", default="auto", choices=["auto", "fp32", "bf16"])
    ns = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if ns.command == "train":
        import dataclasses

        train_default(ns.data_dir, ns.output_dir, args=dataclasses.replace(DEFAULT_ARGS, epochs=ns.epochs))
    else:
        metrics = score_test_sets(load(ns.model, precision=ns.precision), ns.data_dir)
        print(json.dumps(_rounded(metrics), indent=1) if ns.json else summary_table(metrics))
    return 0


if __name__ == "__main__":
    sys.exit(main())
