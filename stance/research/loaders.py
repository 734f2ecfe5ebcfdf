"""Loaders for the public stance corpora in the shared data folder (`load_corpus`).

Every loader returns a :class:`pandas.DataFrame` with exactly the columns
:data:`COLUMNS` (``statement``, ``target``, ``label``, ``speaker``, ``cue``, ``mention``, ``corpus``, ``genre``,
``split``), where ``label`` is one of ``'support'``, ``'oppose'`` and ``'neutral'`` and ``speaker``
and ``cue`` are None where the corpus does not say who holds the stance.

The corpora are read from a directory given by the caller (for example
``../shared/data``); nothing is copied into the project. Corpora without an
official split (or without a dev split) get a deterministic split by hashing a
key (the statement, a topic or a claim id) with MD5, so that the split never
depends on a random seed or on row order. The training mixes built from them are in
`stance.research.corpora`, which also re-exports everything public here.

Example:
    >>> from stance.research.corpora import load_corpus
    >>> test = load_corpus("tweeteval", "../shared/data", "test")  # doctest: +SKIP
"""
from __future__ import annotations

import csv
import functools
import hashlib
import json
import logging
import re
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from ..data import COLUMNS as EXAMPLE_COLUMNS
from ..model import LABELS
from .news_stance import DESCRIPTIVE_DIR, TRAIN_ONLY_ROUNDS, load_news_stance

logger = logging.getLogger(__name__)

COLUMNS: tuple[str, ...] = (*EXAMPLE_COLUMNS, "speaker", "cue", "mention", "corpus", "genre", "split")

CORPORA: tuple[str, ...] = (
    "tweeteval",
    "semeval_taskb_trump",
    "multitarget",
    "vaccinelies",
    "covid",
    "ibm",
    "perspectrum",
    "emergent",
    "gwsd",
    "dsn",
    "newsmtsc",
    "news_stance",
    "news_stance_descriptive",
    *(f"news_stance_round{number}" for number in TRAIN_ONLY_ROUNDS),
)

#: The kind of text each corpus holds (recorded with the n-gram heads fitted on it; see
#: `stance.lexical.NgramHeads.for_genre`).
GENRES: dict[str, str] = {
    "tweeteval": "tweets",
    "semeval_taskb_trump": "tweets",
    "multitarget": "tweets",
    "vaccinelies": "tweets",
    "covid": "tweets",
    "ibm": "wikipedia",
    "perspectrum": "debate",
    "emergent": "news",
    "gwsd": "news",
    "dsn": "news",
    "newsmtsc": "news",
    "news_stance": "news",
    "news_stance_descriptive": "news",
    **{f"news_stance_round{number}": "news" for number in TRAIN_ONLY_ROUNDS},
}

SPLITS: dict[str, tuple[str, ...]] = {
    "tweeteval": ("train", "val", "test"),
    "semeval_taskb_trump": ("test",),
    "multitarget": ("train", "dev"),
    "vaccinelies": ("train", "dev"),
    "covid": ("train", "val", "test"),
    "ibm": ("train", "dev", "test"),
    "perspectrum": ("train", "dev", "test"),
    "emergent": ("train", "dev", "test"),
    "gwsd": ("train", "dev"),
    "dsn": ("train", "dev", "test"),
    "newsmtsc": ("train", "dev", "test"),
    "news_stance": ("train", "dev", "test"),
    "news_stance_descriptive": ("train", "dev", "test"),
    **{f"news_stance_round{number}": ("train",) for number in TRAIN_ONLY_ROUNDS},
}

#: Corpora of news text: what the news dev set (`news_dev_set`) is made of.
NEWS_CORPORA: tuple[str, ...] = ("news_stance", "dsn", "gwsd", "emergent", "newsmtsc")

_MAGPIE = "magpie_lbm_stance_subsets"
_DATA_DIR_HINT = "data_dir should point at the folder holding the corpora (e.g. ../shared/data)"

TWEETEVAL_TARGETS: dict[str, str] = {
    "abortion": "Legalization of Abortion",
    "atheism": "Atheism",
    "climate": "Climate Change is a Real Concern",
    "feminist": "Feminist Movement",
    "hillary": "Hillary Clinton",
}
COVID_TARGET = "hydroxychloroquine as a treatment for COVID-19"

_TWEETEVAL_LABELS = {"0": "neutral", "1": "oppose", "2": "support"}  # none/against/favor
_SEMEVAL_MAGPIE_LABELS = {0: "oppose", 1: "neutral", 2: "support"}  # against/none/favor
_VACCINELIES_LABELS = {0: "neutral", 1: "neutral", 2: "support", 3: "oppose"}
_FAVOR_AGAINST_NONE = {"FAVOR": "support", "AGAINST": "oppose", "NONE": "neutral"}
_PRO_CON = {"PRO": "support", "CON": "oppose"}
_PERSPECTRUM_LABELS = {"SUPPORT": "support", "UNDERMINE": "oppose"}
_EMERGENT_LABELS = {"for": "support", "against": "oppose", "observing": "neutral"}
#: directed_sentiment_news: 0 neutral, 1 p->q positive, 2 q->p positive, 3 p->q negative, 4 q->p negative.
#: The holder of the sentiment is the speaker, the other entity the target.
_DSN_LABELS = {0: ("p", "neutral"), 1: ("p", "support"), 2: ("q", "support"), 3: ("p", "oppose"),
               4: ("q", "oppose")}
_DSN_FILES = {"train": "train.txt", "dev": "valid.txt", "test": "test.txt"}
_NEWSMTSC_FILES = {"train": "train.jsonl", "dev": "devtest_rw.jsonl", "test": "devtest_mt.jsonl"}
_NEWSMTSC_LABELS = {2.0: "oppose", 4.0: "neutral", 6.0: "support"}
_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "i", "we", "you", "it", "me", "us"}

_MULTITARGET_NAMES = {
    "Hilary Clinton": "Hillary Clinton",
    "Donald Trump": "Donald Trump",
    "Bernie Sanders": "Bernie Sanders",
    "Ted Cruz": "Ted Cruz",
}
_MULTITARGET_RE = re.compile(r"^(" + "|".join(map(re.escape, _MULTITARGET_NAMES)) + r")\. (.*)$", re.S)
_IBM_PREFIX_RE = re.compile(r"^This house believes (?:that )?(?!in )")
_IBM_COLUMNS = 21


# --------------------------------------------------------------------------- helpers


def _require(path: Path) -> Path:
    """Return ``path`` if it exists.

    Raises:
        FileNotFoundError: naming the expected file and how to set ``data_dir``.
    """
    if not path.exists():
        raise FileNotFoundError(f"expected corpus file {path} but it does not exist; {_DATA_DIR_HINT}")
    return path


def _bucket(key: str) -> int:
    """Map ``key`` to a stable bucket in ``[0, 100)`` via MD5 (independent of seeds/order)."""
    return int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % 100


def _hash_split(keys: Iterable[str], dev_percent: int) -> list[str]:
    """Assign ``'dev'`` to about ``dev_percent``% of the keys by hash, ``'train'`` to the rest."""
    return ["dev" if _bucket(str(k)) < dev_percent else "train" for k in keys]


def _frame(statement: Iterable, target: Iterable | str, label: Iterable) -> pd.DataFrame:
    """Build a frame with the statement, target and (already mapped) label columns."""
    frame = pd.DataFrame({"statement": list(statement), "label": list(label)})
    frame["target"] = target if isinstance(target, str) else list(target)
    return frame


def _map_labels(raw: pd.Series, mapping: dict, corpus: str) -> pd.Series:
    """Map raw labels to support/oppose/neutral; unmapped values become missing (logged)."""
    mapped = raw.map(mapping)
    n_bad = int(mapped.isna().sum())
    if n_bad:
        values = sorted(map(str, raw[mapped.isna()].unique()))[:5]
        logger.warning("%s: dropping %d rows with unmapped labels %s", corpus, n_bad, values)
    return mapped


def _finalize(frame: pd.DataFrame, corpus: str, split: str) -> pd.DataFrame:
    """Strip text, drop empty or unlabelled rows, add corpus/genre/split, order the columns."""
    frame = frame.dropna(subset=["statement", "target", "label"]).copy()
    frame["statement"] = frame["statement"].astype(str).str.strip()
    frame["target"] = frame["target"].astype(str).str.strip()
    keep = (frame["statement"] != "") & (frame["target"] != "")
    if not keep.all():
        n_empty = int((~keep).sum())
        logger.info("%s/%s: dropped %d rows with an empty statement or target", corpus, split, n_empty)
    frame = frame[keep]
    for col in ("speaker", "cue", "mention"):
        frame[col] = frame[col].where(frame[col].notna(), None) if col in frame else None
    frame["corpus"] = corpus
    frame["genre"] = GENRES[corpus]
    frame["split"] = split
    return frame.loc[:, list(COLUMNS)].reset_index(drop=True)


def _read_lines(path: Path) -> list[str]:
    """Read one record per ``\\n``-terminated line (not ``splitlines``: tweets may hold U+2028)."""
    lines = _require(path).read_text(encoding="utf-8").split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


# --------------------------------------------------------------------------- loaders


def _load_tweeteval(data_dir: Path, split: str) -> pd.DataFrame:
    """SemEval-2016 Task 6 (TweetEval copy): one folder per target, text/labels line files."""
    root = data_dir / "semeval2016_task6_tweeteval"
    parts = []
    for folder, target in TWEETEVAL_TARGETS.items():
        texts = _read_lines(root / folder / f"{split}_text.txt")
        labels = [x.strip() for x in _read_lines(root / folder / f"{split}_labels.txt")]
        if len(texts) != len(labels):
            raise ValueError(f"tweeteval/{folder}/{split}: {len(texts)} texts but {len(labels)} labels")
        parts.append(_frame([t.rstrip() for t in texts], target, labels))
    frame = pd.concat(parts, ignore_index=True)
    frame["label"] = _map_labels(frame["label"], _TWEETEVAL_LABELS, "tweeteval")
    return frame


def _load_semeval_taskb_trump(data_dir: Path, split: str) -> pd.DataFrame:
    """SemEval-2016 Task B 'Donald Trump' rows (zero-shot test); text is 'Donald Trump. <tweet>'."""
    raw = pd.read_csv(_require(data_dir / _MAGPIE / "semeval2016_taskB_donald_trump.csv"))
    prefix = "Donald Trump. "
    has_prefix = raw["text"].str.startswith(prefix)
    if not has_prefix.all():
        logger.warning("semeval_taskb_trump: %d rows lack the %r prefix", int((~has_prefix).sum()), prefix)
    statements = raw["text"].where(~has_prefix, raw["text"].str[len(prefix):])
    labels = _map_labels(raw["label"], _SEMEVAL_MAGPIE_LABELS, "semeval_taskb_trump")
    return _frame(statements, "Donald Trump", labels)


def _load_multitarget(data_dir: Path, split: str) -> pd.DataFrame:
    """Multi-target stance (Sobhani 2017), without any Donald Trump row; hash split 90/10."""
    raw = pd.read_csv(_require(data_dir / _MAGPIE / "multitarget_stance_sobhani2017.csv"))
    parsed = raw["text"].astype(str).str.extract(_MULTITARGET_RE)
    ok = parsed[0].notna()
    if not ok.all():
        logger.warning("multitarget: dropping %d rows without a known '<Target>. ' prefix", int((~ok).sum()))
    labels = _map_labels(raw["label"], _SEMEVAL_MAGPIE_LABELS, "multitarget")
    frame = _frame(parsed[1], parsed[0].map(_MULTITARGET_NAMES), labels)
    frame = frame[ok & (frame["target"] != "Donald Trump")]
    return frame[[s == split for s in _hash_split(frame["statement"].str.strip(), 10)]]


def _load_vaccinelies(data_dir: Path, split: str) -> pd.DataFrame:
    """VaccineLies (COVID-19/HPV misinformation targets); hash split 90/10 by statement."""
    raw = pd.read_csv(_require(data_dir / _MAGPIE / "vaccinelies.csv"))
    frame = _frame(raw["text"], raw["target"], _map_labels(raw["label"], _VACCINELIES_LABELS, "vaccinelies"))
    return frame[[s == split for s in _hash_split(frame["statement"].astype(str).str.strip(), 10)]]


def _load_covid(data_dir: Path, split: str) -> pd.DataFrame:
    """COVID-CQ: stance of tweets on hydroxychloroquine as a COVID-19 treatment."""
    raw = pd.read_csv(_require(data_dir / "covid_cq_hcq" / f"hcq_{split}.csv"))
    return _frame(raw["Tweet"], COVID_TARGET, _map_labels(raw["Stance"], _FAVOR_AGAINST_NONE, "covid"))


def _parse_ibm(path: Path) -> list[list[str]]:
    """Parse the double-encoded IBM claim-stance CSV into rows of 21 fields (header first).

    Each line is one quoted CSV field followed by ';' padding from a spreadsheet.
    Lines that do not decode to exactly 21 fields are skipped and counted.
    """
    rows, n_bad = [], 0
    for line in _require(path).read_text(encoding="utf-8-sig").split("\n"):
        line = line.rstrip("\r").rstrip(";")
        if not line.strip():
            continue
        try:
            outer = next(csv.reader([line]))
            inner = next(csv.reader([outer[0]])) if len(outer) == 1 else []
        except (csv.Error, StopIteration):
            inner = []
        if len(inner) == _IBM_COLUMNS:
            rows.append(inner)
        else:
            n_bad += 1
    if n_bad:
        logger.warning("ibm: skipped %d lines of %s that did not parse to %d columns",
                       n_bad, path.name, _IBM_COLUMNS)
    return rows


def _load_ibm(data_dir: Path, split: str) -> pd.DataFrame:
    """IBM Debater claim stance; 'dev' = ~10% of the train topics by hash (unseen topics)."""
    rows = _parse_ibm(data_dir / "ibm_claim_stance" / "claim_stance_dataset_v1.csv")
    if not rows or rows[0][0] != "topicId":
        raise ValueError("ibm: the claim stance file has no 'topicId,split,...' header row")
    raw = pd.DataFrame(rows[1:], columns=rows[0])
    is_dev = pd.Series(_hash_split(raw["topicText"], 10), index=raw.index) == "dev"
    raw["split"] = raw["split"].where(~((raw["split"] == "train") & is_dev), "dev")
    raw = raw[raw["split"] == split]
    targets = raw["topicText"].str.strip().str.replace(_IBM_PREFIX_RE, "", regex=True)
    labels = _map_labels(raw["claims.stance"], _PRO_CON, "ibm")
    return _frame(raw["claims.claimCorrectedText"], targets, labels)


def _load_perspectrum(data_dir: Path, split: str) -> pd.DataFrame:
    """Perspectrum: one row per (claim, perspective paraphrase id); official claim split."""
    root = data_dir / "perspectrum"
    splits = json.loads(_require(root / "dataset_split_v1.0.json").read_text(encoding="utf-8"))
    claims = json.loads(_require(root / "perspectrum_with_answers_v1.0.json").read_text(encoding="utf-8"))
    pool_rows = json.loads(_require(root / "perspective_pool_v1.0.json").read_text(encoding="utf-8"))
    pool = {p["pId"]: p["text"] for p in pool_rows}
    records, n_missing = [], 0
    for claim in claims:
        if splits.get(str(claim["cId"])) != split:
            continue
        for persp in claim["perspectives"]:
            for pid in persp["pids"]:
                if pid not in pool:
                    n_missing += 1
                    continue
                records.append((pool[pid], claim["text"], persp.get("stance_label_3")))
    if n_missing:
        logger.warning("perspectrum: %d perspective ids not found in the pool", n_missing)
    frame = pd.DataFrame(records, columns=["statement", "target", "raw"])
    frame["label"] = _map_labels(frame["raw"], _PERSPECTRUM_LABELS, "perspectrum")
    return frame.drop(columns="raw")


def _load_emergent(data_dir: Path, split: str) -> pd.DataFrame:
    """Emergent headlines vs claims; 'dev' = ~10% of train claims by hash of claimId."""
    file_split = "test" if split == "test" else "train"
    raw = pd.read_csv(_require(data_dir / "emergent" / f"url-versions-2015-06-14-clean-{file_split}.csv"))
    if split != "test":
        raw = raw[[s == split for s in _hash_split(raw["claimId"].astype(str), 10)]]
    labels = _map_labels(raw["articleHeadlineStance"], _EMERGENT_LABELS, "emergent")
    return _frame(raw["articleHeadline"], raw["claimHeadline"], labels)


def _load_gwsd(data_dir: Path, split: str) -> pd.DataFrame:
    """GWSD opinion clauses about global warming (held-out test removed); hash split 85/15."""
    raw = pd.read_json(_require(data_dir / "gwsd_global_warming_stance" / "gwsd_rest.jsonl"), lines=True)
    frame = _frame(raw["sentence"], raw["target"], _map_labels(raw["label"], {v: v for v in LABELS}, "gwsd"))
    return frame[[s == split for s in _hash_split(frame["statement"].astype(str).str.strip(), 15)]]


def _dsn_entity(sentence: str, start: int, end: int) -> str:
    """An entity span of a directed-sentiment sentence widened to whole words ('[Los Angele]s')."""
    while start > 0 and sentence[start - 1].isalnum():
        start -= 1
    while end < len(sentence) and (sentence[end].isalnum() or sentence[end] in "’'" and
                                   end + 1 < len(sentence) and sentence[end + 1] == "s"):
        end += 1
    return re.sub(r"[’']s$", "", sentence[start:end]).strip(" ’'\"")


def _load_dsn(data_dir: Path, split: str) -> pd.DataFrame:
    """directed_sentiment_news (Park et al. 2021): who is positive/negative toward whom in a news
    sentence. p->q positive/negative = support/oppose of q by speaker p (q->p the other way round);
    0 = neutral of p toward q. Entity brackets are removed; targets widened to whole words."""
    records = []
    for line in _read_lines(data_dir / "directed_sentiment_news" / _DSN_FILES[split]):
        parts = line.split("\t")
        if len(parts) != 4 or not parts[3].strip().isdigit():
            continue
        marked, label = parts[0], int(parts[3])
        spans, clean, pos = [], [], 0
        for m in re.finditer(r"\[([^\[\]]*)\]", marked):
            clean.append(marked[pos:m.start()])
            start = sum(map(len, clean))
            clean.append(m.group(1))
            spans.append((start, start + len(m.group(1))))
            pos = m.end()
        clean.append(marked[pos:])
        sentence = "".join(clean)
        if len(spans) != 2 or label not in _DSN_LABELS:
            continue
        p, q = (_dsn_entity(sentence, *span) for span in spans)
        holder, stance = _DSN_LABELS[label]
        speaker, target = (p, q) if holder == "p" else (q, p)
        records.append((sentence.strip(), target, stance, speaker))
    frame = pd.DataFrame(records, columns=["statement", "target", "label", "speaker"])
    return frame[(frame["target"].str.len() > 1) & (frame["speaker"].str.len() > 1)]


def _load_newsmtsc(data_dir: Path, split: str) -> pd.DataFrame:
    """NewsMTSC (Hamborg & Donnay 2021): sentiment toward a person in a political news sentence,
    positive/negative/neutral read as support/oppose/neutral (the writer's or a quoted speaker's
    view of that person). A pronoun mention is replaced by the person's name from the row id.
    'dev' = devtest_rw, 'test' = devtest_mt."""
    records = []
    for line in _read_lines(data_dir / "newsmtsc" / _NEWSMTSC_FILES[split]):
        if not line.strip():
            continue
        row = json.loads(line)
        for tgt in row.get("targets", []):
            mention = str(tgt.get("mention", "")).strip()
            if mention.lower() in _PRONOUNS or not any(c.isupper() for c in mention):
                gid = str(tgt.get("Input.gid", "")).split("_")
                mention = gid[-3] if len(gid) >= 3 else ""
            mention = re.sub(r"[’']s?$", "", mention).strip()
            records.append((row["sentence_normalized"], mention, _NEWSMTSC_LABELS.get(tgt.get("polarity"))))
    return pd.DataFrame(records, columns=["statement", "target", "label"])


def _load_news_stance(folder: Path | None, data_dir: Path, split: str) -> pd.DataFrame:
    """The project's own labelled news statements (`stance.research.news_stance`) of one folder:
    ``data/news_stance`` (None; rounds 1-7), or a round of its own: `DESCRIPTIVE_DIR` (round 8:
    statements x the plans, laws and votes of their articles; in no training mix by default),
    or a folder of `TRAIN_ONLY_ROUNDS`: `ROUND9_DIR` (tagger-found statements of the train
    articles), `ROUND10_DIR` (statements of articles no earlier round used), `ROUND11_DIR`
    (PolNeAR's gold attributions in our train articles), `ROUND12_DIR`, `ROUND13_DIR` or `ROUND14_DIR`
    (statements in NewsMTSC and directed_sentiment_news train sentences); rounds 9-14 are train only."""
    columns = ["statement", "target", "label", "speaker", "cue", "mention"]
    return load_news_stance(data_dir, split, path=folder)[columns]


_LOADERS: dict[str, Callable[[Path, str], pd.DataFrame]] = {
    "tweeteval": _load_tweeteval,
    "semeval_taskb_trump": _load_semeval_taskb_trump,
    "multitarget": _load_multitarget,
    "vaccinelies": _load_vaccinelies,
    "covid": _load_covid,
    "ibm": _load_ibm,
    "perspectrum": _load_perspectrum,
    "emergent": _load_emergent,
    "gwsd": _load_gwsd,
    "dsn": _load_dsn,
    "newsmtsc": _load_newsmtsc,
    "news_stance": functools.partial(_load_news_stance, None),
    "news_stance_descriptive": functools.partial(_load_news_stance, DESCRIPTIVE_DIR),
    **{f"news_stance_round{number}": functools.partial(_load_news_stance, folder)
       for number, folder in TRAIN_ONLY_ROUNDS.items()},
}


# --------------------------------------------------------------------------- one corpus


def load_corpus(name: str, data_dir: str | Path, split: str) -> pd.DataFrame:
    """Load one split of a public corpus with unified columns and labels.

    Args:
        name: Corpus name, one of :data:`CORPORA`.
        data_dir: Folder holding the corpora (e.g. ``../shared/data``).
        split: Split name, one of ``SPLITS[name]``.

    Returns:
        A DataFrame with columns :data:`COLUMNS`; ``label`` is one of :data:`LABELS`.

    Raises:
        ValueError: If ``name`` or ``split`` is unknown.
        FileNotFoundError: If ``data_dir`` or a corpus file is missing.
    """
    if name not in _LOADERS:
        raise ValueError(f"unknown corpus {name!r}; valid corpora: {', '.join(CORPORA)}")
    if split not in SPLITS[name]:
        valid = ", ".join(SPLITS[name])
        raise ValueError(f"unknown split {split!r} for corpus {name!r}; valid splits: {valid}")
    root = Path(data_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"data_dir {root} is not a directory; {_DATA_DIR_HINT}")
    frame = _finalize(_LOADERS[name](root, split), name, split)
    logger.debug("loaded %s/%s: %d rows", name, split, len(frame))
    return frame
