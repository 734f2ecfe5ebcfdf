"""The public stance corpora: loading one (`load_corpus`, from `stance.research.loaders`) and the
training mixes of the default model built from them.

Every frame has exactly the columns :data:`COLUMNS` (``statement``, ``target``, ``label``,
``speaker``, ``cue``, ``corpus``, ``genre``, ``split``); see `stance.research.loaders`.

Example:
    >>> from stance.research.corpora import load_corpus, default_training_mix
    >>> test = load_corpus("tweeteval", "../shared/data", "test")  # doctest: +SKIP
    >>> train, dev = default_training_mix("../shared/data")  # doctest: +SKIP
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

# The loaders' public names stay importable from here, where they were before the split.
from .loaders import (COLUMNS, CORPORA, COVID_TARGET, GENRES, LABELS, NEWS_CORPORA, SPLITS, TWEETEVAL_TARGETS,
                      load_corpus)
from .news_stance import (DESCRIPTIVE_DIR, ROUND9_DIR, TRAIN_ONLY_ROUNDS, in_article_share, load_news_stance,
                          read_items)
from .rename import rename_people
from .written import load_written

logger = logging.getLogger(__name__)

__all__ = ["COLUMNS", "CORPORA", "COVID_TARGET", "GENRES", "LABELS", "NEWS_CORPORA", "SHIPPED_NEWS_STANCE_ROUNDS", "SPLITS",
           "TWEETEVAL_TARGETS", "default_training_mix", "load_corpus", "news_dev_set", "news_focus_mix", "news_training_mix",
           "tweeteval_focus_mix"]


# --------------------------------------------------------------------------- training mixes


def _subsample(frame: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """Return at most ``n`` rows of ``frame``, drawn with ``seed``."""
    return frame.sample(n=n, random_state=seed) if len(frame) > n else frame


def _check_mix(train: pd.DataFrame, dev: pd.DataFrame, data_dir: Path) -> None:
    """Raise ValueError if the mix holds a Trump target or a TweetEval test statement in train."""
    for part_name, part in (("train", train), ("dev", dev)):
        trump = part["target"].str.contains("Trump", case=False)
        if trump.any():
            n_trump = int(trump.sum())
            raise ValueError(f"default training mix {part_name} has {n_trump} rows with a Trump target")
    test_statements = set(load_corpus("tweeteval", data_dir, "test")["statement"])
    leaked = train["statement"].isin(test_statements)
    if leaked.any():
        corpora = sorted(train.loc[leaked, "corpus"].unique())
        n_leaked = int(leaked.sum())
        raise ValueError(f"{n_leaked} train statements appear in the tweeteval test split (from {corpora})")


def default_training_mix(data_dir: str | Path, *, seed: int = 13) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Build the (train, dev) frames for the default stance model.

    Train: TweetEval train (twice), multitarget, VaccineLies, COVID-CQ (4000 sampled),
    IBM, Perspectrum, Emergent and GWSD train splits, shuffled with ``seed``.
    Dev: TweetEval val, multitarget/VaccineLies/IBM/Emergent/GWSD dev, COVID-CQ val
    (600 sampled) and Perspectrum dev (600 sampled).

    Args:
        data_dir: Folder holding the corpora (e.g. ``../shared/data``).
        seed: Seed for subsampling and shuffling.

    Returns:
        ``(train, dev)`` DataFrames with columns :data:`COLUMNS`.

    Raises:
        ValueError: If any row has a Trump target, or a train statement is in TweetEval test.
        FileNotFoundError: If ``data_dir`` or a corpus file is missing.
    """
    def load(name: str, split: str) -> pd.DataFrame:
        return load_corpus(name, data_dir, split)

    tweeteval_train = load("tweeteval", "train")
    train_parts = [
        tweeteval_train, tweeteval_train,  # twice: the headline benchmark
        load("multitarget", "train"), load("vaccinelies", "train"),
        _subsample(load("covid", "train"), 4000, seed), load("ibm", "train"),
        load("perspectrum", "train"), load("emergent", "train"), load("gwsd", "train"),
    ]
    dev_parts = [
        load("tweeteval", "val"), load("multitarget", "dev"), load("vaccinelies", "dev"),
        _subsample(load("covid", "val"), 600, seed), load("ibm", "dev"),
        _subsample(load("perspectrum", "dev"), 600, seed), load("emergent", "dev"), load("gwsd", "dev"),
    ]
    train = pd.concat(train_parts, ignore_index=True)
    train = train.sample(frac=1.0, random_state=seed).reset_index(drop=True)
    dev = pd.concat(dev_parts, ignore_index=True)
    _check_mix(train, dev, Path(data_dir))
    for part_name, part in (("train", train), ("dev", dev)):
        counts = part["corpus"].value_counts().to_dict()
        logger.info("default training mix: %s %d rows %s", part_name, len(part), counts)
    return train, dev


def tweeteval_focus_mix(data_dir: str | Path, *, replay: int = 2000,
                        seed: int = 13) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Build the (train, dev) frames of the default model's last, TweetEval-focused stage.

    Train: TweetEval train plus ``replay`` rows sampled from the rest of the default mix (so the
    other genres are not forgotten), shuffled with ``seed``. Dev: TweetEval val.

    Raises:
        ValueError, FileNotFoundError: as :func:`default_training_mix`.
    """
    tweeteval = load_corpus("tweeteval", data_dir, "train")
    mix, _ = default_training_mix(data_dir, seed=seed)
    rest = mix[~mix["statement"].isin(set(tweeteval["statement"]))]
    train = pd.concat([tweeteval, rest.sample(n=min(replay, len(rest)), random_state=seed)], ignore_index=True)
    train = train.sample(frac=1.0, random_state=seed).reset_index(drop=True)
    dev = load_corpus("tweeteval", data_dir, "val")
    _check_mix(train, dev, Path(data_dir))
    logger.info("TweetEval-focused mix: train %d rows %s", len(train), train["corpus"].value_counts().to_dict())
    return train, dev


#: The labelling rounds of data/news_stance that the shipped model's news stage trains on: every
#: round of train (session 29: rounds 1-4, 6 and 7; session 26: rounds 1-4; before, rounds 1-2).
#: Round 5 is dev only.
SHIPPED_NEWS_STANCE_ROUNDS = (1, 2, 3, 4, 6, 7)


#: The labelling rounds drawn from the public sentence corpora (NewsMTSC, directed_sentiment_news):
#: one sentence each, not an article.
SENTENCE_ROUNDS = frozenset({12, 13, 14})


def news_training_mix(data_dir: str | Path, *, seed: int = 13, replay: int = 4000, dsn_neutral: float = 0.35,
                      newsmtsc: int = 4000, news_stance_copies: int = 2, news_stance: bool = True,
                      news_stance_rounds: Iterable[int] | None = SHIPPED_NEWS_STANCE_ROUNDS,
                      mention: bool = False, written: int = 0, written_files: Sequence[str] | None = None,
                      named_speakers: float = 0.0, renamed_copy: bool = False,
                      round9: int = 0, round8: int = 0, round10: int = 0, round11: int = 0, round12: int = 0,
                      round13: int = 0, round14: int = 0, sentence_unnamed_neutral: bool = True,
                      tweeteval_copies: int = 1,
                      article_share: float = 1.0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Build the (train, dev) frames of the default model's news stage.

    Train: directed_sentiment_news (``dsn_neutral`` of its neutral rows), NewsMTSC (``newsmtsc``
    rows), GWSD, Emergent, the project's own labelled news statements of the labelling rounds
    ``news_stance_rounds`` (None: all; ``news_stance_copies`` times, without those whose text is
    also a dev or test statement), TweetEval train, and ``replay`` rows of the rest of the default
    mix, shuffled. Dev: the news dev set (`news_dev_set`).

    ``mention`` keeps the ``mention`` column of our rows (where the article names the target), so
    that a model trained on the mix is mention-aware (`stance.model.with_mention`). The shipped
    model is not (a mention-aware news stage was measured and not shipped, docs/news-model.md), so
    it is off by default and `make train-default` reproduces the shipped model's input format.

    ``round9`` adds round 9 of our labels (`data/news_stance/round9`: statements of the train
    articles that the rules with the attribution tagger find) that many times, without its items
    noted ``bad_extraction`` (a statement the named speaker did not make: its label says nothing
    about the words, a quarter of round 9). ``round8`` adds round 8's train split
    (`data/news_stance/descriptive`: statements x the plans, laws and votes of their articles) that
    many times, without statements that are also a dev or test statement of either folder.
    ``round10`` adds round 10 (`data/news_stance/round10`: statements of articles that no earlier
    round used) and ``round11`` round 11 (`data/news_stance/round11`: PolNeAR's gold attributions
    in our train articles), ``round12`` round 12 (`data/news_stance/round12`: statements in
    NewsMTSC train sentences), ``round13`` round 13 (`data/news_stance/round13`: more of them,
    and statements in directed_sentiment_news train sentences) and ``round14`` round 14
    (`data/news_stance/round14`: the rest of both corpora's train sentences) that many times, without their bad
    extractions, as ``round9``.
    ``sentence_unnamed_neutral=False`` leaves out the neutral rows of the sentence rounds
    (`SENTENCE_ROUNDS`) whose statement does not itself name the target: most of those rows are
    statements about something else in the sentence, and they may teach that a statement which
    does not name its target is neutral, which in an article the relevance step decides (session 63).

    ``tweeteval_copies`` is how many times the mix holds TweetEval train (the tweet guard's corpus;
    the shipped model: once).

    ``article_share`` keeps the items (of every round) of only that share of our train articles,
    chosen by hash of the document id (`stance.research.news_stance.in_article_share`; nested: the
    articles of a smaller share are in every larger one). 1.0, the default, keeps all; less is
    for a learning curve (how much would more labelled articles give?).

    ``written`` adds the project's written statements (`stance.research.written`, the items both
    labellers agreed on) that many times, each time in both forms: with speaker and cue, and bare;
    ``written_files`` names the files of `data/written` to read (default: all; the shipped model:
    ``["items.tsv"]``, without session 53's `items_s53.tsv`).

    ``named_speakers`` gives that share of the support and oppose rows that have no speaker (tweets,
    claims, NewsMTSC, GWSD, Emergent) a speaker drawn from our labelled news items, with the cue
    "said", so that a named speaker stops being a cue for "neutral" (most rows with a speaker are
    our mostly neutral news items). Their statements and labels are unchanged.

    ``renamed_copy`` makes the last of the ``news_stance_copies`` copies of our items a renamed one
    (`stance.research.rename.rename_people`): each item about a person is judged toward a made-up
    name, so that who the target is stops standing in for what is said.

    Raises:
        ValueError, FileNotFoundError: as :func:`default_training_mix`.
    """
    def load(name: str, split: str) -> pd.DataFrame:
        return load_corpus(name, data_dir, split)

    dsn = load("dsn", "train")
    neutral = dsn[dsn["label"] == "neutral"]
    dsn = pd.concat([dsn[dsn["label"] != "neutral"], neutral.sample(frac=dsn_neutral, random_state=seed)])
    mix, _ = default_training_mix(data_dir, seed=seed)
    news_names = {"gwsd", "emergent", "tweeteval"}
    rest = mix[~mix["corpus"].isin(news_names)]
    parts = [dsn, _subsample(load("newsmtsc", "train"), newsmtsc, seed), load("gwsd", "train"),
             load("emergent", "train"), *[load("tweeteval", "train")] * tweeteval_copies,
             rest.sample(n=min(replay, len(rest)), random_state=seed)]
    if not 0.0 < article_share <= 1.0:
        raise ValueError(f"article_share must be in (0, 1], got {article_share}")
    if news_stance:
        own = load("news_stance", "train")
        if news_stance_rounds is not None or article_share < 1.0:
            items = load_news_stance(data_dir, "train")  # the same items in the same order, with round and doc
            if len(items) != len(own) or list(items["statement"].str.strip()) != list(own["statement"]):
                raise RuntimeError("news_stance train rows and items are out of step; cannot select rounds")
            keep = np.ones(len(own), dtype=bool)
            if news_stance_rounds is not None:
                keep &= items["round"].astype(str).isin({str(r) for r in news_stance_rounds}).to_numpy()
            if article_share < 1.0:
                keep &= _in_share(items, article_share)
            own = own[keep]
        # the same quotation can run in two articles of different splits: keep it out of train
        elsewhere = set(load("news_stance", "dev")["statement"]) | set(load("news_stance", "test")["statement"])
        repeated = own["statement"].isin(elsewhere)
        if repeated.any():
            logger.info("news mix: %d news_stance train rows repeat a dev/test statement; left out", int(repeated.sum()))
        own = own[~repeated]
        if renamed_copy:
            if news_stance_copies < 1:
                raise ValueError("renamed_copy needs news_stance_copies >= 1 (the last copy is renamed)")
            parts += [own] * (news_stance_copies - 1) + [rename_people(own, seed=seed)]
        else:
            parts += [own] * news_stance_copies
        for number, copies in ((9, round9), (10, round10), (11, round11), (12, round12), (13, round13), (14, round14)):
            if copies:
                rows = round9_rows(data_dir, own.columns, elsewhere, article_share=article_share,
                                   corpus=f"news_stance_round{number}", folder=TRAIN_ONLY_ROUNDS[number])
                if number in SENTENCE_ROUNDS and not sentence_unnamed_neutral:
                    rows = rows[(rows["label"] != "neutral") | (rows["mention"] == "statement")]
                parts += [rows] * copies
        if round8:
            descriptive = load("news_stance_descriptive", "train")
            if article_share < 1.0:
                descriptive = descriptive[_in_share(load_news_stance(data_dir, "train", path=DESCRIPTIVE_DIR),
                                                    article_share)]
            held = elsewhere | set(load("news_stance_descriptive", "dev")["statement"]) | set(
                load("news_stance_descriptive", "test")["statement"])
            parts += [descriptive[~descriptive["statement"].isin(held)].reindex(columns=list(own.columns))] * round8
    if written:
        rows = load_written(agreed_only=True, files=written_files)
        rows = rows[["statement", "target", "label", "speaker", "cue", "corpus", "genre"]]
        parts += [rows, rows.assign(speaker=None, cue=None)] * written
    train = pd.concat(parts, ignore_index=True).sample(frac=1.0, random_state=seed).reset_index(drop=True)
    if named_speakers:
        train = _name_speakers(train, load("news_stance", "train"), named_speakers, seed)
    if not mention:
        train = train.drop(columns="mention", errors="ignore")
    dev = news_dev_set(data_dir, news_stance=news_stance)
    _check_news_mix(train, Path(data_dir), news_stance=news_stance)
    logger.info("news mix: train %d rows %s", len(train), train["corpus"].value_counts().to_dict())
    return train, dev


def round9_rows(data_dir: str | Path, columns: Iterable[str], elsewhere: set[str], *,
                article_share: float = 1.0, corpus: str = "news_stance_round9",
                folder: str | Path = ROUND9_DIR) -> pd.DataFrame:
    """Round 9's items (or another train-only round's: ``corpus`` and its ``folder``, e.g.
    ``news_stance_round10`` and `ROUND10_DIR`) as training rows of the news mix: its bad extractions
    and any statement that is also a dev or test statement left out."""
    rows = load_corpus(corpus, data_dir, "train")
    items = load_news_stance(data_dir, "train", path=folder)  # the same items in the same order, with ids
    bad = {item["id"] for item in read_items(folder) if item.get("note") == "bad_extraction"}
    keep = ~items["id"].isin(bad).to_numpy() & ~rows["statement"].isin(elsewhere).to_numpy()
    if article_share < 1.0:
        keep &= _in_share(items, article_share)
    return rows[keep].reindex(columns=list(columns))


def _in_share(items: pd.DataFrame, share: float) -> np.ndarray:
    return np.array([in_article_share(doc, share) for doc in items["doc"]], dtype=bool)


def news_focus_mix(data_dir: str | Path, *, replay: int = 3000, copies: int = 3,
                   seed: int = 13) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Build the (train, dev) frames of a short last stage focused on the project's own labelled
    news statements: news_stance train ``copies`` times plus ``replay`` rows of the rest of the
    news mix (so the other corpora are not forgotten). Dev: the news dev set."""
    mix, dev = news_training_mix(data_dir, seed=seed, news_stance_copies=1)
    own = mix[mix["corpus"] == "news_stance"]
    rest = mix[mix["corpus"] != "news_stance"]
    train = pd.concat([own] * copies + [rest.sample(n=min(replay, len(rest)), random_state=seed)],
                      ignore_index=True).sample(frac=1.0, random_state=seed).reset_index(drop=True)
    _check_news_mix(train, Path(data_dir), news_stance=True)
    logger.info("news focus mix: train %d rows %s", len(train), train["corpus"].value_counts().to_dict())
    return train, dev


def _name_speakers(train: pd.DataFrame, own: pd.DataFrame, share: float, seed: int) -> pd.DataFrame:
    """Give ``share`` of the stanced rows without a speaker a speaker from ``own`` and the cue "said"."""
    if not 0.0 < share <= 1.0:
        raise ValueError(f"named_speakers must be in (0, 1], got {share}")
    pool = sorted(set(own["speaker"].dropna()))
    if not pool:
        raise ValueError("named_speakers: the labelled news items have no speakers to draw from")
    rng = np.random.default_rng(seed)
    open_rows = train.index[train["speaker"].isna() & train["label"].isin(["support", "oppose"])
                            & (train["corpus"] != "written")]
    chosen = rng.choice(open_rows, size=int(round(share * len(open_rows))), replace=False)
    out = train.astype({"speaker": object, "cue": object})
    out.loc[chosen, "speaker"] = rng.choice(pool, size=len(chosen))
    out.loc[chosen, "cue"] = "said"
    logger.info("news mix: %d of %d stanced rows without a speaker given one", len(chosen), len(open_rows))
    return out


def _check_news_mix(train: pd.DataFrame, data_dir: Path, *, news_stance: bool) -> None:
    """Raise ValueError if a train statement is a Task B (Trump) tweet, a TweetEval test tweet or
    (by text) a statement of the labelled news test split.

    Unlike the default mix, news rows whose target is Donald Trump are kept: he is a main target of
    US political news. Task B stays evaluation-only (its tweets are never trained on), but its
    target is then no longer unseen; the model card says so.
    """
    held_out = {"semeval_taskb_trump": load_corpus("semeval_taskb_trump", data_dir, "test"),
                "tweeteval test": load_corpus("tweeteval", data_dir, "test")}
    if news_stance:
        held_out["news_stance test"] = load_corpus("news_stance", data_dir, "test")
    for name, frame in held_out.items():
        leaked = train["statement"].isin(set(frame["statement"]))
        if leaked.any():
            corpora = sorted(train.loc[leaked, "corpus"].unique())
            raise ValueError(f"{int(leaked.sum())} train statements appear in {name} (from {corpora})")


def news_dev_set(data_dir: str | Path, *, news_stance: bool = True) -> pd.DataFrame:
    """The news dev set that every choice of the default model is made on: the dev splits of
    the project's labelled news statements, directed_sentiment_news, GWSD, Emergent and NewsMTSC."""
    names = [n for n in NEWS_CORPORA if news_stance or n != "news_stance"]
    return pd.concat([load_corpus(n, data_dir, "dev") for n in names], ignore_index=True)
