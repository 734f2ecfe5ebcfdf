"""Reproduce and score the shipped default model from the public corpora.

    # as `make train-default`:
    python -m stance.research.default_model train --data-dir ../shared/data --news --written 1 \
        --written-files items.tsv --round8 2 --replay 30000 --epochs 3 --learning-rate 6e-5 --output-dir models/default
    python -m stance.research.default_model evaluate --data-dir ../shared/data --model models/default
    python -m stance.research.default_model heads --data-dir ../shared/data   # refit the n-gram heads only
    python -m stance.research.default_model probe --data-dir ../shared/data --output-dir runs/probe --round9 2

Training reads only train splits (dev splits pick the checkpoint); the test splits are
scored once, after training, and written into the model card.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..analyze import Target, analyze, relevance
from ..cli import PRECISION_HELP
from ..evaluate import evaluate, format_report
from ..extract import Statement
from ..fast import cpu_has_fast_int8
from ..lexical import fit_generic_head, fit_ngram_heads
from ..model import PRECISIONS, StanceModel, default_model_dir, load
from ..storage import adaptation_of
from ..train import TrainingArgs, train
from .corpora import (SHIPPED_NEWS_STANCE_ROUNDS, default_training_mix, load_corpus, news_focus_mix, news_training_mix,
                      tweeteval_focus_mix)
from .news_eval import NEWS_SETS, evaluate_news, format_news_report
from .news_stance import TRAIN_ONLY_ROUNDS

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
    "dsn": "directed_sentiment_news (Park et al. 2021); no license file, 'use by citing the paper'",
    "newsmtsc": "NewsMTSC (Hamborg & Donnay 2021); code MIT, no separate data license, cite the paper",
    "news_stance": "this project's own labels (data/news_stance) over PolNeAR and FNC-1 texts (no license stated)",
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


def corpora_of(train_df: pd.DataFrame) -> list[dict[str, Any]]:
    """What a training frame is made of, for the model card: name, rows and license per corpus."""
    counts = train_df["corpus"].value_counts().to_dict()
    return [{"name": name, "rows": int(n), "license": LICENSES.get(name, "see the corpus' SOURCE.txt")}
            for name, n in counts.items()]


def train_default(data_dir: str | Path, output_dir: str | Path, *, args: TrainingArgs = DEFAULT_ARGS,
                  init: str | None = None, focus_tweeteval: int | None = None, news: bool = False,
                  focus_news: int | None = None, all_news_stance_rounds: bool = False, written: int = 0,
                  written_files: Sequence[str] | None = None, named_speakers: float = 0.0,
                  newsmtsc: int = 4000, news_stance_copies: int = 2,
                  tweeteval_copies: int = 1, round8: int = 0, replay: int = 4000,
                  renamed_copy: bool = False, neutral_margin: float | None = None,
                  speaker_weight: float | None = None, article_share: float = 1.0,
                  round9: int = 0, round10: int = 0, round11: int = 0, round12: int = 0, round13: int = 0,
                  round14: int = 0, sentence_unnamed_neutral: bool = True,
                  record: bool = True, progress: bool = True) -> StanceModel:
    """Train on the default mix; `init` continues from an earlier stance model (same labels).

    With `focus_tweeteval=N` the data is TweetEval train plus N rows of the rest of the mix, and
    the dev set TweetEval val (`stance.research.corpora.tweeteval_focus_mix`). With `news=True`
    it is the news stage (`stance.research.corpora.news_training_mix`: news corpora with
    speakers, the project's own labelled news statements, TweetEval and a replay of the rest),
    checkpoint chosen on the news dev set; the per-target n-gram heads are then refitted on the
    default mix (`fit_default_heads`). The news stage trains on the labelling rounds of
    data/news_stance that the shipped model used (`SHIPPED_NEWS_STANCE_ROUNDS`), or on all of them
    with ``all_news_stance_rounds``; ``written`` adds the project's written statements that many
    times (both forms, `news_training_mix`), from the files ``written_files`` of data/written
    (default: all), and ``named_speakers`` gives that share of the stanced rows
    without a speaker a speaker drawn from our news items; ``newsmtsc`` is how many NewsMTSC rows the
    news mix samples and ``news_stance_copies`` how many times it holds each of our own items, the
    last copy with the people renamed when ``renamed_copy`` (`stance.research.rename`);
    ``tweeteval_copies`` how many times it holds TweetEval train, and ``round8`` how many times round
    8's train split (statements x the plans, laws and votes of their articles); ``replay`` how many
    rows of the rest of the default mix (tweets, debate and health claims) it replays;
    ``article_share`` keeps our labels of only that share of our train articles (a learning curve;
    1.0, all, is the shipped model's); ``round9`` to ``round14`` how many times the mix holds
    round 9 (tagger-found statements of the train articles), round 10 (statements of articles no
    earlier round used), round 11 (PolNeAR's gold attributions in our train articles), round 12
    (statements in NewsMTSC train sentences), round 13 and round 14 (statements in NewsMTSC and
    directed_sentiment_news train sentences), without their bad extractions (the shipped model:
    none of them); ``sentence_unnamed_neutral=False`` leaves out the neutral rows of rounds 12 to 14
    whose statement does not name the target (`news_training_mix`).
    ``neutral_margin`` and ``speaker_weight``: the model's `StanceModel.neutral_margin` and
    `StanceModel.analysis_speaker` for article analysis, chosen on the per-article gold dev tables
    (`stance evaluate-analysis --choose-speaker-weight`).
    ``record=False`` stops once the model is saved, without scoring the test splits (a candidate
    is judged on dev first; `score_and_record` can score it later).
    """
    t0 = time.time()
    if focus_news is not None:
        news = True
        train_df, dev_df = news_focus_mix(data_dir, replay=focus_news, seed=args.seed)
        args = dataclasses.replace(args, ngram_min_rows=0)
    elif news:
        train_df, dev_df = news_training_mix(data_dir, seed=args.seed,
                                             news_stance_rounds=None if all_news_stance_rounds else SHIPPED_NEWS_STANCE_ROUNDS,
                                             written=written, written_files=written_files,
                                             named_speakers=named_speakers, newsmtsc=newsmtsc,
                                             news_stance_copies=news_stance_copies,
                                             renamed_copy=renamed_copy, tweeteval_copies=tweeteval_copies,
                                             round8=round8, replay=replay, article_share=article_share,
                                             round9=round9, round10=round10, round11=round11,
                                             round12=round12, round13=round13, round14=round14,
                                             sentence_unnamed_neutral=sentence_unnamed_neutral)
        args = dataclasses.replace(args, ngram_min_rows=0)  # heads: refitted on the default mix below
    elif focus_tweeteval is not None:
        train_df, dev_df = tweeteval_focus_mix(data_dir, replay=focus_tweeteval, seed=args.seed)
    else:
        train_df, dev_df = default_training_mix(data_dir, seed=args.seed)
    model = train(train_df, eval=dev_df, args=args, base=init, progress=progress, corpora=corpora_of(train_df))
    if init is not None:
        adaptation = adaptation_of(init)
        if adaptation is not None:  # an encoder adapted to news (stance.research.adapt), not a stance model
            model.settings["training"]["encoder"] = {"path": str(init), **adaptation}
        else:
            model.settings["training"]["continued_from"] = {"model": str(init), "training": _previous_training(init)}
    model.settings.update(name="stance default model (MiniLM-L6, support / oppose / neutral)")
    if neutral_margin is not None:
        model.settings["analysis_neutral_margin"] = float(neutral_margin)
    if speaker_weight is not None:
        model.settings["analysis_speaker"] = float(speaker_weight)
    if news and article_share < 1.0:
        model.settings["training"]["article_share"] = float(article_share)
    if news and not sentence_unnamed_neutral:
        model.settings["training"]["sentence_unnamed_neutral"] = False
    rounds = {9: round9, 10: round10, 11: round11, 12: round12, 13: round13, 14: round14}
    for number, copies in rounds.items():
        if news and copies:
            model.settings["training"][f"round{number}"] = int(copies)
    model.save(output_dir, delta=True)  # the checkpoint is safe before the long test scoring
    if news:
        fit_default_heads(data_dir, output_dir, record=False)
    model = load(output_dir)  # score the folder as saved (float16 delta), not the in-memory weights
    model.settings["training"]["wall_seconds_total"] = round(time.time() - t0, 1)
    if record:
        score_and_record(model, data_dir, output_dir)
    return model


#: Rows of each public corpus kept in the mix of a probe (`probe_mix`), by corpus.
PROBE_CAPS: dict[str, int] = {"dsn": 4000, "tweeteval": 1500, "gwsd": 1000, "emergent": 1000}

#: What a probe keeps of its base's settings: how article analysis reads a statement.
PROBE_KEPT_SETTINGS = ("analysis_neutral_margin", "analysis_speaker")


def probe_mix(data_dir: str | Path, *, round9: int = 0, round8: int = 0, seed: int = 13,
              caps: dict[str, int] | None = None, written: int = 0,
              written_files: Sequence[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The (train, dev) frames of a probe: the news mix with our labelled items once, 1,500
    NewsMTSC rows and 1,000 replayed rows of the rest of the default mix, at most ``caps`` rows
    (default `PROBE_CAPS`) of each public news corpus and TweetEval, sampled with ``seed``; then
    ``round9`` copies of round 9, ``round8`` copies of round 8's train split and ``written`` copies
    of the written items of ``written_files`` (`news_training_mix`). The capped rows do not depend on the added rounds, so a probe with a
    round and its control without it differ only by that round (and the order it brings). About
    29,500 rows without them: one epoch is about 10 minutes on 2 cores."""
    train_df, dev_df = news_training_mix(data_dir, seed=seed, news_stance_copies=1, newsmtsc=1500, replay=1000)
    caps = PROBE_CAPS if caps is None else caps
    dropped = []
    for corpus, cap in caps.items():
        rows = train_df.index[train_df["corpus"] == corpus]
        if len(rows) > cap:
            dropped.extend(train_df.loc[rows].sample(n=len(rows) - cap, random_state=seed).index)
    train_df = train_df.drop(index=dropped).reset_index(drop=True)
    if round9 or round8 or written:
        full, _ = news_training_mix(data_dir, seed=seed, news_stance_copies=1, newsmtsc=1500, replay=1000,
                                    round9=round9, round8=round8, written=written, written_files=written_files)
        added = full[full["corpus"].isin(["news_stance_round9", "news_stance_descriptive", "written"])]
        train_df = pd.concat([train_df, added], ignore_index=True).sample(frac=1.0, random_state=seed)
        train_df = train_df.reset_index(drop=True)
    logger.info("probe mix: train %d rows %s", len(train_df), train_df["corpus"].value_counts().to_dict())
    return train_df, dev_df


def probe(data_dir: str | Path, base: str | Path, output_dir: str | Path, *, round9: int = 0,
          round8: int = 0, written: int = 0, written_files: Sequence[str] | None = None, epochs: float = 1.0, learning_rate: float = 2e-5, seed: int = 13, bf16: bool = False,
          progress: bool = True) -> StanceModel:
    """Continue ``base`` on `probe_mix` (lr 2e-5, 6% warm-up, class weights, embeddings frozen),
    without a checkpoint choice, and keep the base's n-gram heads and analysis settings.

    This is how a data change is judged quickly (docs/news-model.md, sessions 40 and 45): train
    it and the same recipe without it (the control) with the same seed, then compare both on the
    dev sets only (`stance evaluate-news --split dev`, `stance evaluate-analysis --split dev`, the
    example articles). A probe is never a shipped model: it is not scored on any test split.
    """
    t0 = time.time()
    start = load(base, precision="fp32")
    train_df, _ = probe_mix(data_dir, round9=round9, round8=round8, seed=seed, written=written,
                            written_files=written_files)
    args = dataclasses.replace(DEFAULT_ARGS, epochs=epochs, learning_rate=learning_rate, warmup_ratio=0.06,
                               seed=seed, bf16=bf16, ngram_min_rows=0)
    model = train(train_df, args=args, base=start, progress=progress, corpora=corpora_of(train_df))
    model.ngram_heads = start.ngram_heads
    for key in PROBE_KEPT_SETTINGS:
        if key in start.settings:
            model.settings[key] = start.settings[key]
    model.settings["training"].update(
        continued_from={"model": str(base), "training": _previous_training(base)},
        probe={"round9": round9, "round8": round8, "written": written, "written_files": written_files, "epochs": epochs, "learning_rate": learning_rate, "seed": seed},
        wall_seconds_total=round(time.time() - t0, 1))
    model.settings.update(name="stance probe (a continuation judged on dev only; not a shipped model)")
    model.save(output_dir, delta=True)
    return model


#: The news dev sets the target-masked head's weight is chosen on (mean F_avg), by corpus.
GENERIC_DEV_SETS = ("news_stance", "dsn", "newsmtsc")


def fit_default_heads(data_dir: str | Path, model_dir: str | Path, *, min_rows: int = DEFAULT_ARGS.ngram_min_rows,
                      generic: bool = True, record: bool = True) -> StanceModel:
    """Fit the per-target n-gram heads of a trained default model on the default mix (train split;
    the weight is chosen on its dev split), then, with ``generic``, the target-masked head on
    data/news_stance train (its weight chosen on the news dev sets of `GENERIC_DEV_SETS`); save the
    model again and, with ``record``, re-score it.

    `train_default` already does this at the end of training; this refits the heads of a model
    whose transformer is final, without training it again.
    """
    train_df, dev_df = default_training_mix(data_dir, seed=DEFAULT_ARGS.seed)
    model = load(model_dir, ngram_heads=False)
    model.settings.setdefault("training", {})["ngram_heads"] = fit_ngram_heads(
        model, train_df, dev_df, min_rows=min_rows, metric=DEFAULT_ARGS.metric, seed=DEFAULT_ARGS.seed)
    print(json.dumps(model.settings["training"]["ngram_heads"], indent=1))
    if generic:
        dev = {corpus: load_corpus(corpus, data_dir, "dev") for corpus in GENERIC_DEV_SETS}
        model.settings["training"]["generic_head"] = fit_generic_head(
            model, load_corpus("news_stance", data_dir, "train"), dev, seed=DEFAULT_ARGS.seed)
        print(json.dumps({k: v for k, v in model.settings["training"]["generic_head"].items() if k != "dev_scores"}))
    model.save(model_dir, delta=bool(model.settings.get("delta", True)))
    if record:
        score_and_record(model, data_dir, model_dir)
    return model


def soup_models(models: list[StanceModel], weights: list[float] | None = None) -> StanceModel:
    """The weight-space average ('model soup') of fine-tuned models that share an architecture and
    labels, e.g. the same news stage from the same stage-2 model with different seeds. The first
    model carries the result (its settings, tokenizer, no n-gram heads: refit them for the average).

    Raises:
        ValueError: fewer than two models, weights that do not match them or do not sum to 1, or
            models whose labels or weight shapes differ (the message names the first that differs).
    """
    if len(models) < 2:
        raise ValueError(f"a soup needs at least two models, got {len(models)}")
    weights = [1 / len(models)] * len(models) if weights is None else [float(w) for w in weights]
    if len(weights) != len(models) or abs(sum(weights) - 1) > 1e-6:
        raise ValueError(f"weights {weights} must be one per model ({len(models)}) and sum to 1")
    states = [m.model.state_dict() for m in models]
    for k, (m, state) in enumerate(zip(models, states)):
        if tuple(m.labels) != tuple(models[0].labels):
            raise ValueError(f"model {k} has labels {m.labels}, model 0 {models[0].labels}: not one soup")
        bad = next((name for name, v in states[0].items() if name not in state or state[name].shape != v.shape), None)
        if bad is not None:
            raise ValueError(f"model {k} has no weight {bad!r} of model 0's shape: models of one architecture only")
    average = {name: sum(w * state[name].float() for w, state in zip(weights, states)).to(v.dtype)
               if v.is_floating_point() else v for name, v in states[0].items()}
    soup = models[0]
    soup.model.load_state_dict(average)
    soup.ngram_heads = None
    soup.settings.setdefault("training", {})["soup"] = {"weights": weights}
    return soup


def soup_default(data_dir: str | Path, model_dirs: list[str], output_dir: str | Path, *,
                 weights: list[float] | None = None, neutral_margin: float | None = None,
                 record: bool = True) -> StanceModel:
    """`soup_models` of saved runs, saved to ``output_dir`` (as a delta when the first run is one),
    with the n-gram heads refitted on the default mix (`fit_default_heads`) and, with ``record``,
    the test splits scored. ``neutral_margin``: the model's `StanceModel.neutral_margin` for article
    analysis, chosen on the per-article gold dev tables (`stance evaluate-analysis --choose-margin`)."""
    models = [load(d, precision="fp32", ngram_heads=False) for d in model_dirs]
    soup = soup_models(models, weights)
    soup.settings["training"]["soup"]["models"] = [str(d) for d in model_dirs]
    if neutral_margin is not None:
        soup.settings["analysis_neutral_margin"] = float(neutral_margin)
    soup.save(output_dir, delta=bool(soup.settings.get("delta", True)))
    return fit_default_heads(data_dir, output_dir, record=record)


def score_and_record(model: StanceModel, data_dir: str | Path, output_dir: str | Path) -> None:
    """Score every test split in fp32 (the reference) and, on CPUs with VNNI/AMX, int8 (the default
    there), and
    for a model with n-gram heads, the transformer alone in fp32; write them into the model's
    settings and card, and save the model (as a delta) again."""
    heads = model.ngram_heads
    model.settings["test_sets"] = list(TEST_SETS)
    runs = [("fp32", heads, "metrics")]
    if cpu_has_fast_int8():  # elsewhere int8 is not what "auto" picks, and it runs slower than fp32
        runs.append(("int8", heads, "metrics_int8"))
    else:
        model.settings.pop("metrics_int8", None)
        logger.info("this CPU has no VNNI/AMX: int8 (not the default here) is not scored")
    if heads is not None:
        runs.append(("fp32", None, "metrics_transformer_only"))
    else:
        model.settings.pop("metrics_transformer_only", None)
    for precision, run_heads, key in runs:
        model.precision, model.ngram_heads = precision, run_heads
        metrics = score_test_sets(model, data_dir)
        model.settings[key] = _rounded(metrics)
        print(f"{key} (precision {precision}):\n{summary_table(metrics)}")
    model.precision, model.ngram_heads = "fp32", heads
    model.settings["news_sets"] = list(NEWS_SETS)
    for key, split in (("news_metrics", "test"), ("news_dev_metrics", "dev")):
        news = evaluate_news(model, data_dir, split=split)
        model.settings[key] = {name: dict(_rounded({name: r})[name], metric=r["metric"]) for name, r in news.items()}
        print(f"{key}:\n{format_news_report(news)}")
    model.precision = "auto"
    model.save(output_dir, delta=bool(model.settings.get("delta", True)))


def _previous_training(path: str | Path) -> dict[str, Any]:
    config = json.loads(Path(path, "config.json").read_text())
    previous = dict((config.get("stance") or {}).get("training") or {})
    return {k: previous.get(k) for k in ("epochs", "learning_rate", "steps", "seconds", "best_dev", "dev_history")}


def _rounded(metrics: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    keep = ("n", "accuracy", "macro_f1", "f_avg")
    return {name: {k: (round(m[k], 4) if isinstance(m[k], float) else m[k]) for k in keep}
            for name, m in metrics.items()}


def unrelated_pairs(data_dir: str | Path, split: str = "val"):
    """TweetEval statements paired with the four targets they were not written about (gold: neutral)."""
    import pandas as pd

    frame = load_corpus("tweeteval", data_dir, split)
    targets = sorted(frame["target"].unique())
    rows = [{"statement": r.statement, "target": t, "label": "neutral"}
            for r in frame.itertuples() for t in targets if t != r.target]
    return frame, pd.DataFrame(rows)


def relevance_report(model: StanceModel, data_dir: str | Path, split: str = "val") -> dict[str, Any]:
    """Does a statement about one target come out neutral toward an unrelated one?

    Scores TweetEval statements against their own target (F_avg) and against the other four
    targets (share labelled neutral), by the classifier alone and with the lexical relevance
    step of `stance.analyze` (no article context: tweets have none).
    """
    matched, unrelated = unrelated_pairs(data_dir, split)
    out: dict[str, Any] = {"split": split, "n_matched": len(matched), "n_unrelated": len(unrelated)}
    for name, frame in (("matched", matched), ("unrelated", unrelated)):
        probs = model.predict_proba(list(frame["statement"]), list(frame["target"]))
        labels = list(model.labels)
        alone = [labels[i] for i in probs.argmax(1)]
        stmts = [Statement(s, 0, len(s), None, None, None, None, None, None, None, "direct", None, 0)
                 for s in frame["statement"]]
        rel = [bool(relevance([st], [Target(t)], st.text, context=False)[0, 0])
               for st, t in zip(stmts, frame["target"])]
        gated = [l if r else "neutral" for l, r in zip(alone, rel)]
        if name == "unrelated":
            out["unrelated_neutral_classifier"] = sum(l == "neutral" for l in alone) / len(alone)
            out["unrelated_neutral_with_relevance"] = sum(l == "neutral" for l in gated) / len(gated)
        else:
            gold = frame.assign(label=frame["label"])
            for key, pred in (("classifier", alone), ("with_relevance", gated)):
                from sklearn.metrics import f1_score

                f1 = f1_score(list(gold["label"]), pred, labels=["support", "oppose"], average=None, zero_division=0)
                out[f"matched_f_avg_{key}"] = float(f1.mean())
    return out


EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "data" / "examples"


def examples_report(model: StanceModel, examples_dir: str | Path = EXAMPLES_DIR, *,
                    tagger="default") -> dict[str, Any]:
    """Analysis accuracy on the project's own hand-labelled example articles (gold.jsonl).

    For each labelled (statement, target) the statement is looked up among those `analyze`
    extracted; the report gives how many were found, speaker accuracy, and label accuracy of
    set-ups: classifier alone, + relevance on the statement, + relevance with paragraph
    context (the default), and the model's learned relevance gate when it has one. ``tagger``: as in `analyze` ('default', a tagger, or None for the rules alone).
    """
    import pandas as pd

    gold = pd.read_json(Path(examples_dir, "gold.jsonl"), lines=True)
    setups = {"classifier_alone": dict(relevance_check=False), "relevance_statement_only": dict(context=False),
              "relevance_with_context": dict(context=True)}
    if getattr(model, "relevance_gate", None) is not None:
        setups["relevance_gate"] = dict(relevance_gate=True)
    correct = {k: 0 for k in setups}
    found = speaker_ok = 0
    for article, rows in gold.groupby("article"):
        text = Path(examples_dir, article).read_text()
        targets = list(dict.fromkeys(rows["target"]))
        results = {k: analyze(text, targets=targets, model=model, tagger=tagger, **kw) for k, kw in setups.items()}
        for row in rows.itertuples():
            recs = {k: [r for r in res.stances if row.statement in r.statement.text and r.target == row.target]
                    for k, res in results.items()}
            if not recs["relevance_with_context"]:
                continue
            found += 1
            speaker_ok += row.speaker.lower() in (recs["relevance_with_context"][0].statement.speaker or "").lower()
            for k in setups:
                correct[k] += recs[k][0].label == row.label
    n = len(gold)
    return {"gold_pairs": n, "found": found, "speaker_accuracy_found": speaker_ok / max(found, 1),
            **{f"label_accuracy_{k}": v / max(found, 1) for k, v in correct.items()},
            "right_relevance_with_context": correct["relevance_with_context"],
            **({"right_relevance_gate": correct["relevance_gate"]} if "relevance_gate" in correct else {})}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m stance.research.default_model", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_train = sub.add_parser("train", help="train the default model from the public corpora")
    p_train.add_argument("--data-dir", required=True, help="folder holding the corpora (e.g. ../shared/data)")
    p_train.add_argument("--output-dir", default="models/default")
    p_train.add_argument("--epochs", type=float, default=DEFAULT_ARGS.epochs)
    p_train.add_argument("--learning-rate", type=float, default=DEFAULT_ARGS.learning_rate)
    p_train.add_argument("--warmup-ratio", type=float, default=DEFAULT_ARGS.warmup_ratio)
    p_train.add_argument("--init", default=None,
                         help="continue from this stance model (e.g. an earlier run), or start from this encoder "
                              "folder (e.g. one adapted to news by python -m stance.research.adapt)")
    p_train.add_argument("--focus-tweeteval", type=int, default=None, metavar="N",
                         help="train on TweetEval train + N rows of the rest of the mix, pick on TweetEval val")
    p_train.add_argument("--news", action="store_true",
                         help="the news stage: news corpora with speakers + data/news_stance + TweetEval + a replay "
                              "of the rest, checkpoint chosen on the news dev set, heads refitted on the default mix")
    p_train.add_argument("--all-news-stance-rounds", action="store_true",
                         help="with --news: train on every labelling round of data/news_stance, not only those of "
                              "the shipped model (rounds 1-4, 6 and 7)")
    p_train.add_argument("--focus-news", type=int, default=None, metavar="N",
                         help="a short stage on data/news_stance train (3 copies) + N rows of the rest of the "
                              "news mix, checkpoint chosen on the news dev set")
    p_train.add_argument("--seed", type=int, default=DEFAULT_ARGS.seed,
                         help="seeds the training order and the rows sampled into the mix")
    p_train.add_argument("--written", type=int, default=0, metavar="N",
                         help="with --news: add data/written N times, with speaker and cue and bare")
    p_train.add_argument("--written-files", nargs="+", default=None, metavar="NAME",
                         help="with --written: read only these files of data/written (default: all; the shipped "
                              "model: items.tsv)")
    p_train.add_argument("--named-speakers", type=float, default=0.0, metavar="SHARE",
                         help="with --news: give SHARE of the support/oppose rows without a speaker a speaker from "
                              "data/news_stance and the cue 'said' (a named speaker stops meaning 'neutral')")
    p_train.add_argument("--newsmtsc", type=int, default=4000, metavar="N",
                         help="with --news: NewsMTSC rows sampled into the mix (the shipped model: 4000)")
    p_train.add_argument("--news-stance-copies", type=int, default=2, metavar="N",
                         help="with --news: how many times the mix holds each data/news_stance train item (default 2)")
    p_train.add_argument("--tweeteval-copies", type=int, default=1, metavar="N",
                         help="with --news: how many times the mix holds TweetEval train (default 1)")
    p_train.add_argument("--replay", type=int, default=4000, metavar="N",
                         help="with --news: rows of the rest of the default mix (tweets, debate and health claims) "
                              "replayed in the news mix (default 4000; more than it holds: all of them, as the shipped "
                              "model: 30000)")
    p_train.add_argument("--round8", type=int, default=0, metavar="N",
                         help="with --news: add round 8's train split of data/news_stance (statements x plans, laws "
                              "and votes) N times (the shipped model: 2)")
    p_train.add_argument("--article-share", type=float, default=1.0, metavar="S",
                         help="with --news: keep our labels (every round) of only share S of our train articles, "
                              "chosen by hash of the document id (a learning curve; the shipped model: 1.0, all)")
    for number, what in ((9, "tagger-found statements of the train articles"),
                         (10, "statements of articles no earlier round used"),
                         (11, "PolNeAR's gold attributions in our train articles"),
                         (12, "statements in NewsMTSC train sentences"),
                         (13, "statements in NewsMTSC and directed_sentiment_news train sentences"),
                         (14, "more statements in NewsMTSC and directed_sentiment_news train sentences")):
        p_train.add_argument(f"--round{number}", type=int, default=0, metavar="N",
                             help=f"with --news: add round {number} of data/news_stance ({what}) N times, without "
                                  "its bad extractions (the shipped model: 0)")
    p_train.add_argument("--named-sentence-neutrals-only", action="store_true",
                         help="with rounds 12-14: leave out their neutral rows whose statement does not name the "
                              "target (the shipped model: not used)")
    p_train.add_argument("--renamed-copy", action="store_true",
                         help="with --news: the last copy of data/news_stance gives each person target a made-up "
                              "name, in the target, statement and speaker")
    p_train.add_argument("--neutral-margin", type=float, default=None, metavar="X",
                         help="store this neutral margin for article analysis (chosen with `stance evaluate-analysis "
                              "--choose-margin` on the dev tables)")
    p_train.add_argument("--speaker-weight", type=float, default=None, metavar="W",
                         help="store this speaker weight for article analysis (chosen with `stance evaluate-analysis "
                              "--choose-speaker-weight` on the dev tables, with the neutral margin)")
    p_train.add_argument("--no-record", action="store_true",
                         help="stop once the model is saved, without scoring the test splits (judge it on dev first)")
    p_train.add_argument("--bf16", action="store_true",
                         help="bfloat16 autocast in the forward pass (about 2x faster on CPUs with native bf16)")
    p_train.add_argument("--layer-decay", type=float, default=DEFAULT_ARGS.layer_decay, metavar="D",
                         help="layer-wise learning-rate decay: each encoder layer trains at D times the rate of "
                              "the one above it (the shipped model: 1.0, one rate)")
    p_probe = sub.add_parser("probe", help="continue a model one short pass on a reduced news mix, no checkpoint "
                                           "choice, its heads kept: a quick, same-seed test of a data change")
    p_probe.add_argument("--data-dir", required=True)
    p_probe.add_argument("--base", default=None, help="the model to continue (default: the shipped model)")
    p_probe.add_argument("--output-dir", required=True)
    p_probe.add_argument("--round9", type=int, default=0, metavar="N",
                         help="add round 9 of data/news_stance N times (its bad extractions left out)")
    p_probe.add_argument("--round8", type=int, default=0, metavar="N",
                         help="add round 8's train split (statements x plans, laws and votes) N times")
    p_probe.add_argument("--written", type=int, default=0, metavar="N",
                         help="add the written items N times, with speaker and cue and bare")
    p_probe.add_argument("--written-files", nargs="+", default=None, metavar="NAME",
                         help="with --written: only these files of data/written (e.g. items_s53.tsv)")
    p_probe.add_argument("--epochs", type=float, default=1.0)
    p_probe.add_argument("--learning-rate", type=float, default=2e-5)
    p_probe.add_argument("--seed", type=int, default=13)
    p_probe.add_argument("--bf16", action="store_true", help="bfloat16 autocast (faster on CPUs with native bf16)")
    p_eval = sub.add_parser("evaluate", help="score a model on every named test split")
    p_eval.add_argument("--data-dir", required=True)
    p_eval.add_argument("--model", default=None, help="model directory (default: the shipped model)")
    p_eval.add_argument("--json", action="store_true", help="print the metrics as JSON")
    p_eval.add_argument("--precision", default="auto", choices=PRECISIONS, help=PRECISION_HELP)
    p_eval.add_argument("--record", action="store_true",
                        help="score in fp32 and int8 (and, for a model with n-gram heads, the transformer alone) "
                             "and write the scores into the model's settings and card")
    p_heads = sub.add_parser("heads", help="refit the per-target n-gram heads of a trained model, then re-score it")
    p_heads.add_argument("--data-dir", required=True)
    p_heads.add_argument("--model", default=None, help="model directory (default: the shipped model)")
    p_heads.add_argument("--min-rows", type=int, default=DEFAULT_ARGS.ngram_min_rows,
                         help="training rows a target needs for a head")
    p_heads.add_argument("--no-record", action="store_true", help="do not re-score the test splits")
    p_heads.add_argument("--no-generic", action="store_true",
                         help="fit no target-masked head (for targets without a head of their own)")
    p_soup = sub.add_parser("soup", help="average the weights of runs of one recipe (different seeds), refit the "
                                         "n-gram heads, score the test splits")
    p_soup.add_argument("--data-dir", required=True)
    p_soup.add_argument("--models", nargs="+", required=True, help="the run folders to average")
    p_soup.add_argument("--weights", nargs="+", type=float, default=None, help="one per model (default: equal)")
    p_soup.add_argument("--output-dir", required=True)
    p_soup.add_argument("--neutral-margin", type=float, default=None, metavar="X",
                        help="store this neutral margin for article analysis (chosen with `stance evaluate-analysis "
                             "--choose-margin` on the dev tables)")
    p_soup.add_argument("--no-record", action="store_true", help="do not score the test splits")
    p_rel = sub.add_parser("relevance", help="neutral toward unrelated targets? (TweetEval cross-target pairs)")
    p_rel.add_argument("--data-dir", required=True)
    p_rel.add_argument("--model", default=None)
    p_rel.add_argument("--split", default="val", choices=["val", "test"])
    p_ex = sub.add_parser("examples", help="analysis accuracy on the hand-labelled example articles")
    p_ex.add_argument("--model", default=None)
    p_ex.add_argument("--dir", default=str(EXAMPLES_DIR),
                      help="a folder of articles with their gold.jsonl (default: data/examples; data/examples/more "
                           "holds eight more written articles)")
    p_ex.add_argument("--tagger", default="default",
                      help="the attribution tagger, as in analyze: 'default', a folder, or 'none' (the rules alone)")
    p_ex.add_argument("--precision", default="auto", choices=PRECISIONS, help=PRECISION_HELP)
    ns = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if ns.command == "train":
        args = dataclasses.replace(DEFAULT_ARGS, epochs=ns.epochs, learning_rate=ns.learning_rate,
                                   warmup_ratio=ns.warmup_ratio, bf16=ns.bf16, seed=ns.seed,
                                   layer_decay=ns.layer_decay)
        train_default(ns.data_dir, ns.output_dir, args=args, init=ns.init, focus_tweeteval=ns.focus_tweeteval,
                      news=ns.news, focus_news=ns.focus_news, all_news_stance_rounds=ns.all_news_stance_rounds,
                      written=ns.written, written_files=ns.written_files, named_speakers=ns.named_speakers,
                      newsmtsc=ns.newsmtsc, news_stance_copies=ns.news_stance_copies, renamed_copy=ns.renamed_copy,
                      tweeteval_copies=ns.tweeteval_copies, round8=ns.round8, replay=ns.replay,
                      neutral_margin=ns.neutral_margin, speaker_weight=ns.speaker_weight,
                      article_share=ns.article_share, record=not ns.no_record,
                      sentence_unnamed_neutral=not ns.named_sentence_neutrals_only,
                      **{f"round{number}": getattr(ns, f"round{number}") for number in TRAIN_ONLY_ROUNDS})
    elif ns.command == "probe":
        probe(ns.data_dir, ns.base or default_model_dir(), ns.output_dir, round9=ns.round9, round8=ns.round8,
              written=ns.written, written_files=ns.written_files,
              epochs=ns.epochs, learning_rate=ns.learning_rate, seed=ns.seed, bf16=ns.bf16)
    elif ns.command == "heads":
        fit_default_heads(ns.data_dir, ns.model or default_model_dir(), min_rows=ns.min_rows,
                          generic=not ns.no_generic, record=not ns.no_record)
    elif ns.command == "soup":
        soup_default(ns.data_dir, ns.models, ns.output_dir, weights=ns.weights, neutral_margin=ns.neutral_margin,
                     record=not ns.no_record)
    elif ns.command == "examples":
        model = load(ns.model, precision=ns.precision)
        print(json.dumps(examples_report(model, ns.dir, tagger=None if ns.tagger == "none" else ns.tagger), indent=1))
    elif ns.command == "relevance":
        print(json.dumps(relevance_report(load(ns.model), ns.data_dir, ns.split), indent=1))
    elif ns.record:
        path = ns.model or default_model_dir()
        score_and_record(load(path), ns.data_dir, path)
    else:
        metrics = score_test_sets(load(ns.model, precision=ns.precision), ns.data_dir)
        print(json.dumps(_rounded(metrics), indent=1) if ns.json else summary_table(metrics))
    return 0


if __name__ == "__main__":
    sys.exit(main())
