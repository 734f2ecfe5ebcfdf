"""The project's own labelled news stance data (`data/news_stance/`).

Each item is an attributed statement that `stance.extract` found in a real news article of the
shared corpora (PolNeAR article texts, FNC-1 article bodies), a speaker, a target the article is
about, and a label given under `docs/labelling.md`. The article texts have no clear licence, so the
repository stores only offsets and a hash of each statement; the text is rebuilt from the corpus
folder (`../shared/data`) at load time, and an item whose offsets no longer match is reported by id.

Example:
    >>> from stance.research.news_stance import load_news_stance
    >>> dev = load_news_stance("../shared/data", "dev")  # doctest: +SKIP
    >>> dev[["speaker", "statement", "target", "label"]].head()  # doctest: +SKIP
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from ..extract import extract_doc, load_nlp
from ..lexical import target_key
from ..model import LABELS
from ..storage import load_tagger
from ..targets import ISSUE_NOUNS, mention_level, suggest_targets
from .attribution_eval import read_brat

logger = logging.getLogger(__name__)

#: Where the items live in the repository.
DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "news_stance"
ITEMS_FILE = "items.tsv"
STATEMENTS_FILE = "statements.tsv"
DOCS_FILE = "docs.tsv"
#: The fields of an item (`read_items`): provenance (``doc``, offsets, ``sha1`` the statement's
#: hash), what the extractor found, the target, the split and the labels: ``pass1`` and ``pass2``
#: only where a second labeller saw the item, ``adjudication`` where they differed; the labelling
#: ``round`` and how the item's statement was chosen (``selection``: 'hash' = sampled by hash,
#: 'model' = ranked by the then shipped model's stance probability, 'random', 'all' = every
#: statement of the article, 'named' = every statement naming a target, with only the targets it
#: names, 'topup' = the rest of an article that had items, 'entity' = any entity a statement of an
#: article with items names, also on a labelled statement).
ITEM_COLUMNS = ("id", "doc", "start", "end", "sha1", "speaker", "cue", "kind", "target", "split", "label",
                "pass1", "pass2", "note", "adjudication", "round", "selection")
#: What ``statements.tsv`` stores once per statement (the items of one statement share it);
#: ``items.tsv`` holds the rest and the statement's row number.
STATEMENT_COLUMNS = ("doc", "start", "end", "sha1", "speaker", "cue", "kind")
#: The ``selection`` of every item of a round, where the round has only one (left empty in the file).
ROUND_SELECTION = {"1": "hash", "2": "hash", "4": "all", "5": "named", "6": "topup", "7": "entity",
                   "8": "descriptive", "9": "tagged", "10": "new_article", "11": "gold_attribution",
                   "12": "sentence", "13": "sentence", "14": "sentence"}
#: Round 8: labelled statements x the plans, laws, votes and policies their articles are about
#: (`descriptive_candidates`), kept in a folder of their own so that the items of rounds 1-7 (and
#: the training mix built on them) stay as they are; each article keeps the split it has in
#: ``data/news_stance`` (`check_folder_splits`).
DESCRIPTIVE_DIR = DATA_DIR / "descriptive"
#: Round 9: statements of the train articles that the rules with the attribution tagger find and no
#: earlier round labelled (beliefs, documents, the long tail of cues), x the targets they name
#: (`tagged_topup_candidates`); train only, in a folder of its own like round 8.
ROUND9_DIR = DATA_DIR / "round9"
#: Round 10: statements of articles that no earlier round used (`unused_articles`), found by the rules
#: with the tagger, x the targets they name; every article in train; a folder of its own.
ROUND10_DIR = DATA_DIR / "round10"
#: Round 11: the attributions PolNeAR's annotators marked in our train articles that no round
#: labelled (`gold_attribution_candidates`), x the targets they name; train only; a folder of its own.
ROUND11_DIR = DATA_DIR / "round11"
#: Round 12: statements in sentences of NewsMTSC train (stories no earlier round saw;
#: `sentence_candidates`), x the people and organisations they name; train only; a folder of its own.
ROUND12_DIR = DATA_DIR / "round12"
#: Round 13: statements in the train sentences of NewsMTSC that round 12 did not take and of
#: directed_sentiment_news (`sentence_candidates`); train only; a folder of its own.
ROUND13_DIR = DATA_DIR / "round13"
#: Round 14: the statements of both corpora's train sentences that rounds 12 and 13 did not take
#: (`sentence_candidates`); train only; a folder of its own.
ROUND14_DIR = DATA_DIR / "round14"
#: The train-only rounds, each in a folder of its own, by number (corpus ``news_stance_round<N>``).
TRAIN_ONLY_ROUNDS: dict[int, Path] = {9: ROUND9_DIR, 10: ROUND10_DIR, 11: ROUND11_DIR, 12: ROUND12_DIR,
                                      13: ROUND13_DIR, 14: ROUND14_DIR}
SPLITS = ("train", "dev", "test")
#: The labels of a per-article gold cell (`articles/gold.jsonl`).
CELL_LABELS = ("support", "oppose", "mixed", "neutral")
#: The columns `load_news_stance` returns.
COLUMNS = ("id", "statement", "target", "label", "speaker", "cue", "kind", "context", "mention", "corpus", "genre",
           "split", "doc", "start", "end", "round")
_FNC_FILES = {"train_bodies": "train_bodies.csv", "competition_test_bodies": "competition_test_bodies.csv"}


class NewsStanceError(ValueError):
    """An item of the labelled news data does not match its source text."""


def text_hash(text: str) -> str:
    """The short hash stored with each item to check that rebuilt text is the text labelled."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


# --------------------------------------------------------------------------- source texts

@functools.lru_cache(maxsize=4)
def _fnc_bodies(path: str) -> dict[str, str]:
    frame = pd.read_csv(path, dtype={"Body ID": str}, keep_default_na=False)
    return dict(zip(frame["Body ID"], frame["articleBody"]))


def source_text(doc: str, data_dir: str | Path) -> str:
    """The text of one source document, named ``polnear/<split>/<file stem>``,
    ``fnc1/<bodies file stem>/<Body ID>``, ``newsmtsc/train/<line>`` or ``dsn/train/<line>`` (one
    sentence of NewsMTSC's or directed_sentiment_news's train file, by its 0-based line among the
    file's non-empty lines, without directed_sentiment_news's entity brackets; rounds 12 to 14).

    Raises:
        FileNotFoundError: the corpus file is not under ``data_dir``.
        KeyError: the document is not in it.
    """
    root = Path(data_dir)
    corpus, _, rest = doc.partition("/")
    if corpus == "polnear":
        split, _, stem = rest.partition("/")
        path = root / "polnear_attribution" / split / "text" / f"{stem}.txt"
        if not path.exists():
            raise FileNotFoundError(f"{doc}: expected {path}; data_dir should be the shared corpora folder "
                                    "(e.g. ../shared/data)")
        return path.read_text(encoding="utf-8")
    if corpus == "fnc1":
        part, _, body_id = rest.partition("/")
        if part not in _FNC_FILES:
            raise KeyError(f"{doc}: unknown FNC-1 file {part!r}; expected one of {sorted(_FNC_FILES)}")
        path = root / "fnc1_partial" / _FNC_FILES[part]
        if not path.exists():
            raise FileNotFoundError(f"{doc}: expected {path}; data_dir should be the shared corpora folder")
        bodies = _fnc_bodies(str(path))
        if body_id not in bodies:
            raise KeyError(f"{doc}: no body {body_id!r} in {path}")
        return bodies[body_id]
    if corpus in _SENTENCE_CORPORA:
        part, _, line = rest.partition("/")
        rows = _sentence_rows(root, corpus, part) if part == "train" else ()
        if not rows:
            raise FileNotFoundError(f"{doc}: expected the train file of {root / _SENTENCE_CORPORA[corpus][0]}; "
                                    "data_dir should be the shared corpora folder")
        if not line.isdigit() or int(line) >= len(rows):
            raise KeyError(f"{doc}: no line {line!r} in {corpus} train ({len(rows)} lines)")
        return rows[int(line)][0]
    raise KeyError(f"{doc}: unknown corpus {corpus!r}; expected 'polnear/...', 'fnc1/...', "
                   "'newsmtsc/train/<line>' or 'dsn/train/<line>'")


def context_of(text: str, start: int, end: int, width: int = 300) -> str:
    """The sentence-ish context around a span: its paragraph, clipped to ``width`` chars each side."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    lo, hi = max(lo, start - width), min(hi, end + width)
    return text[lo:hi].strip()


# --------------------------------------------------------------------------- loading

def item_id(doc: str, start: int, target: str) -> str:
    """An item's stable id: the first 10 hex digits of the MD5 of its document, offset and target."""
    return hashlib.md5(f"{doc}:{start}:{target}".encode()).hexdigest()[:10]


def write_items(items: Iterable[dict[str, Any]], folder: str | Path) -> None:
    """Write items as the three tables of `read_items` (``docs.tsv``, ``statements.tsv``,
    ``items.tsv``). An id that `item_id` gives, and a selection that the round has for every item
    (`ROUND_SELECTION`), are left empty: the reader fills them in."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    frame = pd.DataFrame(list(items))
    for col in ITEM_COLUMNS:
        if col not in frame:
            frame[col] = None
    docs = list(dict.fromkeys(frame["doc"]))
    check_splits(frame)  # the split is stored once per article
    splits = frame.groupby("doc", sort=False)["split"].first()
    pd.DataFrame({"doc": range(len(docs)), "path": docs, "split": [splits[d] for d in docs]}).to_csv(
        folder / DOCS_FILE, sep="\t", index=False)
    keys = list(frame[list(STATEMENT_COLUMNS)].itertuples(index=False, name=None))
    numbers = {key: i for i, key in enumerate(dict.fromkeys(keys))}
    statements = pd.DataFrame(list(numbers), columns=list(STATEMENT_COLUMNS))
    statements["doc"] = statements["doc"].map({d: i for i, d in enumerate(docs)})
    statements.insert(0, "statement", range(len(statements)))
    statements.to_csv(folder / STATEMENTS_FILE, sep="\t", index=False)
    derived = [item_id(d, s, t) for d, s, t in zip(frame["doc"], frame["start"], frame["target"])]
    rounds = frame["round"].astype(str)
    frame = frame.assign(
        statement=[numbers[k] for k in keys],
        id=frame["id"].where(frame["id"] != pd.Series(derived, index=frame.index), None),
        selection=frame["selection"].where(frame["selection"] != rounds.map(ROUND_SELECTION), None))
    rest = [c for c in ITEM_COLUMNS if c not in STATEMENT_COLUMNS and c != "split"]  # the split is the article's
    frame[["statement", *rest]].to_csv(folder / ITEMS_FILE, sep="\t", index=False)


def read_items(folder: str | Path | None = None) -> list[dict[str, Any]]:
    """The raw items (offsets, labels, provenance), without text, from ``folder`` (default
    ``data/news_stance``): ``items.tsv``, one row per item, whose ``statement`` numbers a row of
    ``statements.tsv`` (offsets, hash, speaker, cue, kind, stored once per statement), whose ``doc``
    numbers a row of ``docs.tsv`` (the document paths and each article's split)."""
    folder = Path(folder) if folder is not None else DATA_DIR
    for name in (ITEMS_FILE, STATEMENTS_FILE, DOCS_FILE):
        if not (folder / name).exists():
            raise FileNotFoundError(f"no labelled news items at {folder}: {name} is missing")
    docs = pd.read_csv(folder / DOCS_FILE, sep="\t", dtype=str, keep_default_na=False)
    paths = dict(zip(docs["doc"], docs["path"]))
    doc_split = dict(zip(docs["doc"], docs["split"])) if "split" in docs else {}
    statements = pd.read_csv(folder / STATEMENTS_FILE, sep="\t", dtype=str, keep_default_na=False)
    by_number = {row.pop("statement"): row for row in statements.to_dict(orient="records")}
    frame = pd.read_csv(folder / ITEMS_FILE, sep="\t", dtype=str, keep_default_na=False)
    items = []
    for row in frame.to_dict(orient="records"):
        number = row.pop("statement")
        if number not in by_number:
            raise NewsStanceError(f"item {row['id'] or number}: statement number {number} is not in {STATEMENTS_FILE}")
        row.update(by_number[number])
        row.setdefault("split", doc_split.get(row["doc"], ""))
        if row["doc"] not in paths:
            who = row["id"] or item_id("?", row["start"], row["target"])
            raise NewsStanceError(f"item {who}: document number {row['doc']} is not in {DOCS_FILE}")
        item = {k: (row[k] if row[k] != "" else None) for k in ITEM_COLUMNS}
        item.update(doc=paths[row["doc"]], start=int(row["start"]), end=int(row["end"]))
        item["id"] = item["id"] or item_id(item["doc"], item["start"], item["target"])
        item["selection"] = item["selection"] or ROUND_SELECTION.get(str(item["round"]))
        items.append(item)
    return items


def attach_text(items: Iterable[dict[str, Any]], data_dir: str | Path) -> list[dict[str, Any]]:
    """Items with ``statement``, ``context`` and ``mention`` (where the article names the target,
    `stance.targets.mention_level`) rebuilt from the source documents.

    Raises:
        NewsStanceError: an item's offsets fall outside its document, or the text there does not
            hash to the stored ``sha1`` (the message names the item and the document).
    """
    out = []
    for item in items:
        iid = item.get("id", "?")
        try:
            text = source_text(item["doc"], data_dir)
            start, end = int(item["start"]), int(item["end"])
        except KeyError as err:
            raise NewsStanceError(f"item {iid}: {err.args[0] if err.args else err}") from err
        if not 0 <= start < end <= len(text):
            raise NewsStanceError(f"item {iid}: offsets {start}:{end} fall outside {item['doc']} "
                                  f"({len(text)} characters); the source text differs from the one labelled")
        statement = text[start:end]
        if text_hash(statement) != item["sha1"]:
            raise NewsStanceError(f"item {iid}: the text at {item['doc']} {start}:{end} is not the statement "
                                  f"that was labelled (hash {text_hash(statement)} != {item['sha1']}); "
                                  "the source corpus copy differs")
        out.append(dict(item, statement=statement, context=context_of(text, start, end),
                        mention=mention_level(text, start, end, item["target"])))
    return out


def load_news_stance(data_dir: str | Path, split: str | None = None, *,
                     path: str | Path | None = None, rounds: Iterable[int | str] | None = None) -> pd.DataFrame:
    """The labelled news items of one split (or all), with text, as a DataFrame of `COLUMNS`.

    Args:
        data_dir: the shared corpora folder the texts are rebuilt from (e.g. ``../shared/data``).
        split: 'train', 'dev', 'test' or None for all.
        path: another items folder (default ``data/news_stance``).
        rounds: keep only the items of these labelling rounds (e.g. ``(1, 2)``); None keeps all.

    Raises:
        NewsStanceError: an item does not match its source text (named), or has a bad label/split.
        FileNotFoundError: the items file or a source corpus is missing.
    """
    if split is not None and split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; valid splits: {', '.join(SPLITS)}")
    items = read_items(path)
    for item in items:
        if item.get("label") not in LABELS:
            raise NewsStanceError(f"item {item.get('id', '?')}: label {item.get('label')!r} is not one of {LABELS}")
        if item.get("split") not in SPLITS:
            raise NewsStanceError(f"item {item.get('id', '?')}: split {item.get('split')!r} is not one of {SPLITS}")
    if split is not None:
        items = [i for i in items if i["split"] == split]
    if rounds is not None:
        wanted = {str(r) for r in rounds}
        items = [i for i in items if str(i.get("round")) in wanted]
    rows = attach_text(items, data_dir)
    frame = pd.DataFrame(rows)
    if frame.empty:
        return pd.DataFrame(columns=list(COLUMNS))
    frame["corpus"] = "news_stance"
    frame["genre"] = "news"
    return frame.loc[:, list(COLUMNS)].reset_index(drop=True)


def check_folder_splits(*folders: str | Path) -> None:
    """Raise if an article has items in two splits across the item folders (default: ``data/news_stance``,
    round 8's `DESCRIPTIVE_DIR` and the folders of `TRAIN_ONLY_ROUNDS`), naming the article."""
    split_of: dict[str, tuple[str, Path]] = {}
    for folder in folders or (DATA_DIR, DESCRIPTIVE_DIR, *TRAIN_ONLY_ROUNDS.values()):
        docs = pd.read_csv(Path(folder) / DOCS_FILE, sep="\t", dtype=str, keep_default_na=False)
        for path, split in zip(docs["path"], docs["split"]):
            seen = split_of.setdefault(path, (split, Path(folder)))
            if seen[0] != split:
                raise NewsStanceError(f"article {path} is in split {seen[0]!r} in {seen[1]} and {split!r} in {folder}; "
                                      "an article's items must all be in one split")


def check_splits(frame: pd.DataFrame) -> None:
    """Raise if an article has items in more than one split."""
    splits = frame.groupby("doc")["split"].nunique()
    shared = splits[splits > 1]
    if len(shared):
        raise NewsStanceError(f"{len(shared)} articles have items in several splits (e.g. {shared.index[0]})")


# --------------------------------------------------------------------------- building candidates

_ENT_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LAW", "EVENT"}
_PARTY = {
    "republican": "the Republican Party", "republicans": "the Republican Party", "gop": "the Republican Party",
    "democrat": "the Democratic Party", "democrats": "the Democratic Party", "democratic": "the Democratic Party",
}
_SKIP_ENTS = {"ap", "reuters", "cnn", "fox news", "the associated press", "associated press", "breitbart",
              "breitbart news", "the new york times", "the washington post", "nbc", "cbs", "abc", "msnbc",
              "twitter", "facebook", "politico", "the hill", "afp", "bbc"}


def _clean_ent(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip().strip("\"'“”‘’.,")
    return re.sub(r"[’']s$", "", text).strip()


def _bucket(key: str) -> int:
    return int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % 100


def in_article_share(doc: str, share: float) -> bool:
    """Whether the article ``doc`` is in a fixed ``share`` (0 to 1) of all articles, chosen by MD5
    hash of its id: the same article is in for every share above its place, so the share at 0.5
    holds every article of the share at 0.25 (a learning curve over nested subsets)."""
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"share must be between 0 and 1, got {share}")
    place = int(hashlib.md5(("article-share:" + doc).encode("utf-8")).hexdigest(), 16) % 10_000
    return place < share * 10_000


def _fragment(surface: str) -> bool:
    """A surface that is no entity by itself: lower case ("state"), a cut name ("Al Ashry and"),
    a bare "State" (from "Islamic State" or "Secretary of State")."""
    bare = re.sub(r"^the ", "", surface, flags=re.I)
    return (not bare[:1].isupper() or surface.split()[-1].lower() in {"and", "of", "the", "for"}
            or surface.lower() in {"state", "watch"})


def article_targets(doc, k: int = 6, min_count: int = 2) -> tuple[list[str], dict[str, list[str]]]:
    """The ``k`` entities an article names most, each at least ``min_count`` times (people by their
    fullest name, also when named by first name alone, parties by name), and the surface forms of
    each. Fragments (`_fragment`) are no target."""
    full: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            name = re.sub(r"^(Mr|Mrs|Ms|Dr|Sen|Gov|Rep|President)\.? ", "", _clean_ent(ent.text))
            if len(name.split()) >= 2:
                full[name] += 1
    people: dict[str, str] = {}
    firsts: dict[str, set[str]] = {}
    for name, _ in sorted(full.items(), key=lambda kv: (-kv[1], -len(kv[0]))):
        people.setdefault(name.split()[-1].lower(), name)
        firsts.setdefault(name.split()[0].lower(), set()).add(people[name.split()[-1].lower()])
    counts: Counter[str] = Counter()
    forms: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ not in _ENT_LABELS:
            continue
        surface = _clean_ent(ent.text)
        if len(surface) < 2 or surface.lower() in _SKIP_ENTS or _fragment(surface):
            continue
        low = surface.lower()
        last = surface.split()[-1].lower()
        if ent.label_ == "PERSON" and " " not in surface and len(firsts.get(low, ())) == 1 and low not in people:
            name = next(iter(firsts[low]))  # "Hillary" for "Hillary Clinton", when one person has that first name
        elif last in people and (ent.label_ == "PERSON" or len(surface.split()) == 1
                                 or surface.startswith(("Mr", "Ms", "Mrs"))):
            name = people[last]
        elif ent.label_ == "PERSON":
            name = surface
        elif low in _PARTY:
            name = _PARTY[low]
        elif ent.label_ == "NORP":
            continue  # nationalities and adjectives ('American', 'Muslim') are rarely a stance target
        else:
            name = surface
        counts[name] += 1
        forms.setdefault(name, set()).add(surface)
        if name in people.values():
            forms[name].add(name.split()[-1])
    top = [name for name, c in counts.most_common() if c >= min_count][:k]
    return top, {name: sorted(forms[name], key=len, reverse=True) for name in top}


def _mentions(text: str, forms: list[str]) -> bool:
    return any(re.search(r"\b" + re.escape(f) + r"\b", text, flags=re.I) for f in forms)


def _is_speaker(name: str, speaker: str | None) -> bool:
    if not speaker:
        return False
    a, b = name.lower().split(), speaker.lower().split()
    return bool(a and b and (a[-1] == b[-1] or name.lower() == speaker.lower()))


def _same_entity(a: str, b: str) -> bool:
    """Whether two target names may be one entity ("Trump" and "Donald J. Trump"): a shared last
    word, or one a word of the other, case-folded."""
    x, y = target_key(a).split(), target_key(b).split()
    return bool(x and y) and (x[-1] == y[-1] or " ".join(x) in y or " ".join(y) in x)


def _text_key(text: str) -> str:
    """What tells a repeated FNC-1 body from a new one: its first 300 characters, spacing ignored."""
    return " ".join(text.split())[:300]


def _near_copy(words: set[str], seen: list[set[str]], limit: float) -> bool:
    """Whether a body shares more than ``limit`` of its words (Jaccard) with one already taken."""
    return any(len(words & other) > limit * len(words | other) for other in seen)


def _candidate(doc_id: str, s, target: str, named: bool) -> dict[str, Any]:
    """An unlabelled item: a statement that `stance.extract` found, paired with one target."""
    return {"id": item_id(doc_id, s.start, target), "doc": doc_id, "start": s.start, "end": s.end,
            "sha1": text_hash(s.text), "speaker": s.speaker, "speaker_mention": s.speaker_mention, "cue": s.cue,
            "cue_start": s.cue_start, "cue_end": s.cue_end, "kind": s.kind, "target": target, "target_named": named}


def build_candidates(data_dir: str | Path, *, n_polnear: int = 190, n_fnc: int = 110, per_article: int = 8,
                     seed_key: str = "news-stance-v1", fnc_part: str = "train_bodies",
                     skip_texts: Iterable[str] = (), skip_docs: Iterable[str] = (),
                     named_only: bool = False, max_overlap: float = 1.0) -> list[dict[str, Any]]:
    """Unlabelled items: statements from sampled articles x the article's targets.

    Articles are sampled by hashing their ids (no seed, no order dependence); documents in
    ``skip_docs`` (ids as in ``docs.tsv``) and bodies whose text starts as one of ``skip_texts``
    are passed over, and so is an FNC-1 body that shares more than ``max_overlap`` of its words
    with a skipped or an already taken body (FNC-1 repeats stories with small edits). Per
    statement the targets are up to two article targets the statement (or its sentence) names,
    and one it does not name, so that contrastive and neutral pairs come with every article;
    with ``named_only`` only the targets the statement itself names (a statement naming none
    gives no item): the items where a stance can be read at all.
    """
    root = Path(data_dir)
    docs = []
    for split in ("train", "dev"):
        for path in sorted((root / "polnear_attribution" / split / "text").glob("*.txt")):
            docs.append(f"polnear/{split}/{path.stem}")
    skip_docs = set(skip_docs)
    docs = [d for d in docs if d not in skip_docs]
    polnear = sorted(docs, key=lambda d: hashlib.md5((seed_key + d).encode()).hexdigest())[:n_polnear]
    bodies = _fnc_bodies(str(root / "fnc1_partial" / _FNC_FILES[fnc_part]))
    skip = {_text_key(t) for t in skip_texts}
    fnc = sorted((f"fnc1/{fnc_part}/{b}" for b, t in bodies.items()
                  if 800 < len(t) < 8000 and _text_key(t) not in skip
                  and f"fnc1/{fnc_part}/{b}" not in skip_docs),
                 key=lambda d: hashlib.md5((seed_key + d).encode()).hexdigest())
    seen_words = [set(t.lower().split()) for t in skip_texts] if max_overlap < 1.0 else []
    nlp = load_nlp()
    items: list[dict[str, Any]] = []
    n_fnc_used = 0
    for doc_id in polnear + fnc:
        if doc_id.startswith("fnc1") and n_fnc_used >= n_fnc:
            break
        text = source_text(doc_id, root)
        if doc_id.startswith("fnc1") and max_overlap < 1.0:
            words = set(text.lower().split())
            if _near_copy(words, seen_words, max_overlap):
                continue
            seen_words.append(words)
        parsed = nlp(text)
        statements = [s for s in extract_doc(parsed, tagger=None)
                      if s.speaker and 4 <= len(s.text.split()) <= 70]
        targets, forms = article_targets(parsed)
        if len(statements) < 2 or len(targets) < 2:
            continue
        if doc_id.startswith("fnc1"):
            n_fnc_used += 1
        if named_only:
            statements = [s for s in statements
                          if any(_mentions(s.text, forms[t]) for t in targets if not _is_speaker(t, s.speaker))]
        statements = sorted(statements, key=lambda s: hashlib.md5(f"{doc_id}:{s.start}".encode()).hexdigest())
        for s in sorted(statements[:per_article], key=lambda s: s.start):
            sent = parsed.char_span(s.start, s.end, alignment_mode="expand")
            around = text[sent.sent.start_char:sent[-1].sent.end_char] if sent is not None else s.text
            pool = [t for t in targets if not _is_speaker(t, s.speaker)]
            if named_only:
                named, other = [t for t in pool if _mentions(s.text, forms[t])][:2], []
            else:
                named = [t for t in pool if _mentions(s.text, forms[t]) or _mentions(around, forms[t])][:2]
                other = [t for t in pool if t not in named][:1]
            items += [_candidate(doc_id, s, target, target in named) for target in named + other]
    return items


def topup_candidates(data_dir: str | Path, docs: Iterable[str], items: Iterable[dict[str, Any]], *,
                     per_article: int = 8, seed_key: str = "news-stance-v6", k_targets: int = 6,
                     min_count: int = 2, new_targets: bool = False) -> list[dict[str, Any]]:
    """More unlabelled items from articles that already have items: the statements with a speaker
    that name one of the article's targets and overlap no labelled statement of that article, up
    to ``per_article`` per article (MD5-hash order of ``seed_key``, document and offset), each with
    at most two targets it names (as ``build_candidates(named_only=True)``).

    Earlier rounds took at most 8 or 12 statements per article; the rest of a long article is
    labelled data within reach that adds no new article, so the items keep their article's split.
    The targets are the article's ``k_targets`` most-named entities named at least ``min_count``
    times (`article_targets`). With ``new_targets`` a labelled statement is taken again (same
    offsets) for the targets it names that none of its items has (round 7: any entity the
    statement names, ``k_targets=100, min_count=1``).
    """
    root = Path(data_dir)
    spans: dict[str, list[tuple[int, int]]] = {}
    labelled: dict[tuple[str, int, int], set[str]] = {}
    for item in items:
        spans.setdefault(item["doc"], []).append((int(item["start"]), int(item["end"])))
        labelled.setdefault((item["doc"], int(item["start"]), int(item["end"])), set()).add(target_key(item["target"]))
    nlp = load_nlp()
    out: list[dict[str, Any]] = []
    for doc_id in sorted(set(docs)):
        text = source_text(doc_id, root)
        parsed = nlp(text)
        targets, forms = article_targets(parsed, k=k_targets, min_count=min_count)
        taken = list(spans.get(doc_id, []))  # grows with the statements taken here: no two overlap
        fresh = [s for s in extract_doc(parsed, tagger=None) if s.speaker and 4 <= len(s.text.split()) <= 70]
        fresh = sorted(fresh, key=lambda s: hashlib.md5(f"{seed_key}:{doc_id}:{s.start}".encode()).hexdigest())
        kept, ids = 0, set()
        for s in fresh:
            done = labelled.get((doc_id, s.start, s.end)) if new_targets else None
            pool = [t for t in targets
                    if not _is_speaker(t, s.speaker) and not any(_same_entity(t, d) for d in done or ())]
            named = [t for t in pool if _mentions(s.text, forms[t])][:2]
            named = [t for t in named if item_id(doc_id, s.start, t) not in ids]  # two statements, one start
            if not named or kept >= per_article:
                continue
            if done is None and any(s.start < end and start < s.end for start, end in taken):
                continue
            kept += 1
            taken.append((s.start, s.end))
            out += [_candidate(doc_id, s, target, True) for target in named]
            ids.update(row["id"] for row in out[-len(named):])
    return sorted(out, key=lambda r: (r["doc"], r["start"], r["target"]))


def descriptive_candidates(data_dir: str | Path, items: Iterable[dict[str, Any]], *,
                           articles: dict[str, int] | None = None, per_article: int = 8, max_targets: int = 2,
                           seed_key: str = "news-stance-descriptive-v1") -> list[dict[str, Any]]:
    """Round 8's unlabelled candidates: labelled statements x the plans, laws, votes and policies
    their articles are about.

    Articles with items are taken in MD5-hash order of ``seed_key`` and document, up to
    ``articles[split]`` per split (default 85 train, 85 dev, 45 test), skipping those where
    `stance.targets.suggest_targets` (k=6) finds no issue (a candidate whose last word is one of
    `stance.targets.ISSUE_NOUNS`). Each kept article gives its first ``max_targets`` issue
    candidates x its first ``per_article`` labelled statements (by offset), in the article's split.
    The candidate names are raw ('year deal', 'the plans'): round 8 had helpers name each as a
    reader would ('the Iran nuclear deal') or drop it, before labelling (data/news_stance/README.md).
    """
    quota = dict(articles or {"train": 85, "dev": 85, "test": 45})
    by_doc: dict[str, dict[int, dict[str, Any]]] = {}
    for item in items:
        by_doc.setdefault(item["doc"], {}).setdefault(int(item["start"]), item)
    nlp = load_nlp()
    taken: Counter[str] = Counter()
    out: list[dict[str, Any]] = []
    for doc_id in sorted(by_doc, key=lambda d: hashlib.md5(f"{seed_key}:{d}".encode()).hexdigest()):
        split = next(iter(by_doc[doc_id].values()))["split"]
        if taken[split] >= quota.get(split, 0):
            if all(taken[k] >= n for k, n in quota.items()):
                break
            continue
        issues = [t for t in suggest_targets(source_text(doc_id, data_dir), k=6, nlp=nlp)
                  if {t.name.lower().split()[-1], t.name.lower().split()[-1].rstrip("s")} & ISSUE_NOUNS][:max_targets]
        if not issues:
            continue
        taken[split] += 1
        statements = [by_doc[doc_id][start] for start in sorted(by_doc[doc_id])][:per_article]
        out += [dict({k: s[k] for k in STATEMENT_COLUMNS}, split=split, target=t.name, aliases=list(t.aliases),
                     round="8") for t in issues for s in statements]
    return out


def tagged_topup_candidates(data_dir: str | Path, items: Iterable[dict[str, Any]], *, tagger: Any,
                            per_article: int = 6, max_items: int = 2400, seed_key: str = "news-stance-v9",
                            docs: Iterable[str] | None = None, round_: str = "9") -> list[dict[str, Any]]:
    """Round 9's unlabelled candidates: more statements of the train articles, found by the rules
    with the attribution tagger (``tagger``, e.g. ``stance.load_tagger()``; earlier rounds used the
    rules alone, so beliefs, documents and the long tail of cues were never labelled).

    Per train article (those of ``items``), in MD5-hash order of ``seed_key``, document and offset: the
    statements with a speaker and 4-70 words that overlap no labelled statement of the article and
    name one of its targets (`article_targets`, k=6, named twice or more), at most ``per_article``,
    each x at most two targets it names. Whole statements are then kept in MD5-hash order of
    ``seed_key`` + '-cap' until ``max_items`` items. Every item is in train (its article's split).

    With ``docs`` the statements come from those articles instead (round 10: articles no round used,
    `unused_articles`); ``round_`` is stored with every item.
    """
    items = list(items)
    spans: dict[str, list[tuple[int, int]]] = {}
    for item in items:
        spans.setdefault(item["doc"], []).append((int(item["start"]), int(item["end"])))
    nlp = load_nlp()
    out: list[dict[str, Any]] = []
    articles = docs if docs is not None else {item["doc"] for item in items if item["split"] == "train"}
    for doc_id in sorted(set(articles)):
        text = source_text(doc_id, data_dir)
        parsed = nlp(text)
        targets, forms = article_targets(parsed, k=6, min_count=2)
        taken = list(spans.get(doc_id, []))
        fresh = [s for s in extract_doc(parsed, tagger=tagger) if s.speaker and 4 <= len(s.text.split()) <= 70]
        fresh.sort(key=lambda s: hashlib.md5(f"{seed_key}:{doc_id}:{s.start}".encode()).hexdigest())
        kept = 0
        for s in fresh:
            if kept >= per_article:
                break
            if any(s.start < end and start < s.end for start, end in taken):
                continue
            named = [t for t in targets if not _is_speaker(t, s.speaker) and _mentions(s.text, forms[t])][:2]
            if not named:
                continue
            kept += 1
            taken.append((s.start, s.end))
            out += [dict(_candidate(doc_id, s, t, True), split="train", round=round_) for t in named]
    return _cap_whole_statements(out, max_items, seed_key)


def _cap_whole_statements(rows: list[dict[str, Any]], max_items: int, seed_key: str) -> list[dict[str, Any]]:
    """The rows of whole statements, taken in MD5-hash order of ``seed_key`` + '-cap', document and
    offset, until ``max_items`` rows."""
    statements = sorted({(r["doc"], r["start"]) for r in rows},
                        key=lambda k: hashlib.md5(f"{seed_key}-cap:{k[0]}:{k[1]}".encode()).hexdigest())
    size = Counter((r["doc"], r["start"]) for r in rows)
    keep, n = set(), 0
    for key in statements:
        if n + size[key] > max_items:
            break
        keep.add(key)
        n += size[key]
    return [r for r in rows if (r["doc"], r["start"]) in keep]


#: Pronouns and determiners that are no speaker by themselves (a PolNeAR source such as "he" or
#: "they" that no statement of the extractor resolves).
_NO_NAME = frozenset("i me we us you he him she her it they them this that these those who which "
                     "one some many most all both each".split())


def gold_attribution_candidates(data_dir: str | Path, items: Iterable[dict[str, Any]], *, tagger: Any,
                                per_article: int = 8, max_items: int | None = None,
                                seed_key: str = "news-stance-v11") -> list[dict[str, Any]]:
    """Round 11's unlabelled candidates: the attributions that PolNeAR's annotators marked in our
    train articles (`read_brat`), where no labelled statement of any round overlaps them.

    Per PolNeAR train article of ``items`` (every folder's items, so that nothing is labelled
    twice), in MD5-hash order of ``seed_key``, document and offset: each gold content that is one
    span of 4-70 words, overlaps no labelled statement (nor one taken before it), and names one of
    the article's six most-named targets (named twice or more; not its speaker), at most
    ``per_article``, each x at most two targets it names. The speaker, cue and kind are those of
    the statement `extract_doc` (with ``tagger``) finds over the content, resolved across the
    article as `analyze` resolves them; where it finds none, the gold source as written when it is
    a name (not a bare pronoun), with the gold cue and kind 'indirect'; else the content is passed
    over. Whole statements are kept in MD5-hash order of ``seed_key`` + '-cap' up to ``max_items``
    items. Every item is in train, its article's split.

    The annotators' contents are the attributions a reader finds, beliefs and the long tail of cues
    among them, with the spans a reader would give; their speakers are still the extractor's, and a
    wrong speaker is most of what round 11's labellers noted as bad extractions.
    """
    root = Path(data_dir)
    items = list(items)
    spans: dict[str, list[tuple[int, int]]] = {}
    for item in items:
        spans.setdefault(item["doc"], []).append((int(item["start"]), int(item["end"])))
    docs = sorted({item["doc"] for item in items if item["split"] == "train" and item["doc"].startswith("polnear/")})
    anns: dict[str, Path] = {}
    for split in ("train", "dev"):
        for path in sorted((root / "polnear_attribution" / split / "attributions").glob("*.ann")):
            anns.setdefault(f"polnear/{split}/" + re.sub(r"_[0-9a-f]{4}$", "", path.stem), path)
    nlp = load_nlp()
    out: list[dict[str, Any]] = []
    for doc_id in docs:
        if doc_id not in anns:
            continue
        text = source_text(doc_id, root)
        parsed = nlp(text)
        targets, forms = article_targets(parsed, k=6, min_count=2)
        found = [s for s in extract_doc(parsed, tagger=tagger) if s.speaker]
        taken = list(spans.get(doc_id, []))
        gold = [g for g in read_brat(anns[doc_id].read_text(encoding="utf-8")) if len(g.content) == 1]
        gold.sort(key=lambda g: hashlib.md5(f"{seed_key}:{doc_id}:{g.content[0][0]}".encode()).hexdigest())
        kept = 0
        for g in gold:
            if kept >= per_article:
                break
            start, end = g.content[0]
            content = text[start:end]
            if not 4 <= len(content.split()) <= 70 or any(start < e and s < end for s, e in taken):
                continue
            over = [s for s in found if s.start < end and start < s.end]
            if over:
                best = max(over, key=lambda s: min(end, s.end) - max(start, s.start))
                speaker, cue, kind = best.speaker, best.cue, best.kind
                mention = best.speaker_mention
                cue_start, cue_end = best.cue_start, best.cue_end
            else:
                source = " ".join(text[a:b] for a, b in g.source).strip()
                if not source or all(w.lower().strip(".,'’") in _NO_NAME for w in source.split()) \
                        or not any(w[:1].isupper() for w in source.split()):
                    continue
                speaker, cue, kind, mention = source, g.cue_text or None, "indirect", source
                cue_start, cue_end = (g.cue[0] if g.cue else (None, None))
            named = [t for t in targets if not _is_speaker(t, speaker) and _mentions(content, forms[t])][:2]
            if not named:
                continue
            kept += 1
            taken.append((start, end))
            statement = {"start": start, "end": end, "text": content, "speaker": speaker,
                         "speaker_mention": mention, "cue": cue, "cue_start": cue_start, "cue_end": cue_end,
                         "kind": kind}
            out += [dict(_candidate(doc_id, _AsStatement(statement), t, True), split="train", round="11")
                    for t in named]
    return out if max_items is None else _cap_whole_statements(out, max_items, seed_key)


def sentence_candidates(data_dir: str | Path, held_out: Iterable[str], *, tagger: Any,
                        corpora: Iterable[str] = ("newsmtsc",), items: Iterable[dict[str, Any]] = (),
                        max_items: int = 2400, seed_key: str = "news-stance-v12", round_: str = "12",
                        shingle: int = 8) -> list[dict[str, Any]]:
    """Unlabelled candidates from news sentences: attributed statements in the train sentences of
    NewsMTSC (``newsmtsc/train/<line>``; round 12) and directed_sentiment_news (``dsn/train/<line>``;
    round 13 with NewsMTSC's rest), political news from many outlets, stories that no article
    round saw, and more of them stanced than our articles' statements.

    Per train sentence of each of ``corpora`` (each text once, under its first line; none that
    shares a run of ``shingle`` words with an article of ``held_out``, the dev and test articles
    and gold tables, nor with a dev or test sentence of those corpora): the statements
    `extract_doc` (with ``tagger``) finds that have a named speaker (not a bare pronoun) and 4-70
    words, none overlapping one taken before it (a shorter reading of the same words) or a
    labelled statement of ``items``, each x at most two targets: the entities the corpus marks in
    the sentence, then those spaCy finds in it (people, organisations, places; of nationalities
    only parties, by the party's name), as written (a possessive dropped), never the speaker, a
    pronoun or a news outlet. Whole statements are kept in MD5-hash order of ``seed_key`` + '-cap'
    up to ``max_items`` items; every item is in train, with ``round_``. The context a labeller
    sees is the sentence alone.
    """
    root = Path(data_dir)
    held: set[tuple[str, ...]] = set()

    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i:i + shingle]) for i in range(len(words) - shingle + 1)}

    corpora = list(corpora)
    for doc in held_out:
        held |= shingles(source_text(doc, root))
    for corpus in corpora:
        for split in _SENTENCE_CORPORA[corpus][1]:
            for text, _ in _sentence_rows(root, corpus, split):
                held |= shingles(text)
    spans: dict[str, list[tuple[int, int]]] = {}
    for item in items:
        spans.setdefault(item["doc"], []).append((int(item["start"]), int(item["end"])))
    seen: set[str] = set()
    todo = []
    for corpus in corpora:
        for n, (text, marked) in enumerate(_sentence_rows(root, corpus, "train")):
            key = " ".join(text.lower().split())
            if key in seen or shingles(text) & held:
                continue
            seen.add(key)
            todo.append((f"{corpus}/train/{n}", text, marked))
    nlp = load_nlp()
    out: list[dict[str, Any]] = []
    for (doc_id, text, marked), parsed in zip(todo, nlp.pipe((t for _, t, _ in todo), batch_size=64)):
        entities = [_PARTY[_clean_ent(ent.text).lower()] if ent.label_ == "NORP" else ent.text for ent in parsed.ents
                    if ent.label_ in {"PERSON", "ORG", "GPE"}
                    or (ent.label_ == "NORP" and _clean_ent(ent.text).lower() in _PARTY)]
        taken = list(spans.get(doc_id, []))
        for s in extract_doc(parsed, tagger=tagger):
            if (not s.speaker or not 4 <= len(s.text.split()) <= 70 or not _named(s.speaker)
                    or any(s.start < end and start < s.end for start, end in taken)):
                continue
            taken.append((s.start, s.end))
            named: list[str] = []
            for raw in marked + entities:
                target = _clean_ent(raw)
                if (_named(target) and not {target.lower(), "the " + target.lower()} & _SKIP_ENTS
                        and not _is_speaker(target, s.speaker)
                        and not (s.speaker_mention and target in s.speaker_mention)
                        and not any(_same_entity(target, t) for t in named)):
                    named.append(target)
            out += [dict(_candidate(doc_id, s, t, True), split="train", round=round_) for t in named[:2]]
    return _cap_whole_statements(out, max_items, seed_key)


#: The sentence corpora of rounds 12 to 14: their folder under the shared data, and the files of
#: their dev and test sentences (kept out of the candidates).
_SENTENCE_CORPORA = {"newsmtsc": ("newsmtsc", ("devtest_mt", "devtest_rw")),
                     "dsn": ("directed_sentiment_news", ("valid", "test"))}


@functools.lru_cache(maxsize=8)
def _sentence_rows(root: Path, corpus: str, split: str) -> tuple[tuple[str, list[str]], ...]:
    """The sentences of one file of a sentence corpus, each with the entities the corpus marks in it
    (NewsMTSC's target mentions; directed_sentiment_news's bracketed pair, widened to whole words);
    none when the file is missing."""
    folder = Path(root) / _SENTENCE_CORPORA[corpus][0]
    path = folder / f"{split}.{'jsonl' if corpus == 'newsmtsc' else 'txt'}"
    if not path.exists():
        return ()
    with open(path, encoding="utf-8") as handle:
        lines = [line.rstrip("\r\n") for line in handle if line.strip()]  # lines end at newlines only
    if corpus == "newsmtsc":
        rows = [json.loads(line) for line in lines]
        return tuple((r["sentence_normalized"], [t["mention"] for t in r.get("targets", [])]) for r in rows)
    return tuple(_dsn_line(line.split("\t", 1)[0]) for line in lines)


def _dsn_line(bracketed: str) -> tuple[str, list[str]]:
    """A directed_sentiment_news sentence without its entity brackets, and its two entities widened
    to whole words ("[Los Angele]s" is "Los Angeles")."""
    text, marked, opened = "", [], None
    for char in bracketed:
        if char == "[":
            opened = len(text)
        elif char == "]" and opened is not None:
            marked.append((opened, len(text)))
            opened = None
        else:
            text += char
    names = []
    for start, end in marked:
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        names.append(text[start:end])
    return text, names


def _named(name: str) -> bool:
    """Whether a speaker or target is a name: some capitalised word that is no pronoun or determiner."""
    return any(w[:1].isupper() and w.lower().strip(".,'’") not in _NO_NAME | _DETERMINERS for w in name.split())


#: Words that begin a description, not a name ("His campaign", "The group").
_DETERMINERS = frozenset("his its their our my your the a an".split())


class _AsStatement:
    """The fields of a statement that `_candidate` reads, from a dict."""

    def __init__(self, fields: dict[str, Any]):
        self.__dict__.update(fields)


def unused_articles(data_dir: str | Path, used: Iterable[str], held_out: Iterable[str], *,
                    max_overlap: float = 0.5, max_held_out_overlap: float = 0.3,
                    min_chars: int = 200) -> list[str]:
    """The PolNeAR train/dev texts and FNC-1 bodies (both parts) that no item or gold table uses
    (``used``), in id order, leaving out an FNC-1 body that is a near copy (word-set Jaccard above
    ``max_overlap``) of a used body or of one already listed, or shares more than
    ``max_held_out_overlap`` with a body of ``held_out`` (the dev and test articles and the gold
    tables: FNC-1 retells a story in many bodies, and a retelling in train would lift dev and test),
    and any text under ``min_chars`` characters.

    Earlier rounds passed over these articles because the rules alone found fewer than two
    statements or targets in them, or for their length (FNC-1 bodies under 800 or over 8,000
    characters); with the tagger some of them give statements.
    """
    root = Path(data_dir)
    used, held_out = set(used), set(held_out)
    out = []
    for split in ("train", "dev"):
        out += [d for d in (f"polnear/{split}/{p.stem}"
                            for p in sorted((root / "polnear_attribution" / split / "text").glob("*.txt")))
                if d not in used and len(source_text(d, root)) >= min_chars]
    words = {}
    fresh = []
    for part, name in _FNC_FILES.items():
        for body, text in _fnc_bodies(str(root / "fnc1_partial" / name)).items():
            doc = f"fnc1/{part}/{body}"
            words[doc] = set(text.lower().split())
            if doc not in used and len(text) >= min_chars:
                fresh.append(doc)
    held = [words[d] for d in held_out if d in words]
    seen = [words[d] for d in used if d in words and d not in held_out]
    for doc in sorted(fresh, key=lambda d: (d.rsplit("/", 1)[0], int(d.rsplit("/", 1)[1]))):
        if _near_copy(words[doc], held, max_held_out_overlap) or _near_copy(words[doc], seen, max_overlap):
            continue
        seen.append(words[doc])
        out.append(doc)
    return out


def gold_article_candidates(data_dir: str | Path, *, n: int = 48, k_targets: int = 4,
                            seed_key: str = "news-stance-gold-v2", skip_docs: Iterable[str] = (),
                            min_chars: int = 1500, max_chars: int = 7000,
                            corpus: str = "polnear") -> list[dict[str, Any]]:
    """Articles for new per-article gold tables: PolNeAR train/dev texts (``corpus="polnear"``) or
    FNC-1 train bodies (``corpus="fnc1"``; a body whose text starts as a skipped document's is
    passed over too, as FNC-1 repeats bodies) in MD5-hash order (no seed, no order dependence),
    passing over ``skip_docs`` (every article already used by an item or a gold table), with at
    least three statements that have a speaker and at least three targets.

    Returns rows {doc, targets, statements}: the article's ``k_targets`` most-named entities
    (`article_targets`) and how many statements `stance.extract` found (for the record; the
    labellers list speakers from the article itself).
    """
    root = Path(data_dir)
    skip = set(skip_docs)
    if corpus == "polnear":
        docs = [f"polnear/{split}/{path.stem}" for split in ("train", "dev")
                for path in sorted((root / "polnear_attribution" / split / "text").glob("*.txt"))]
    elif corpus == "fnc1":
        bodies = _fnc_bodies(str(root / "fnc1_partial" / _FNC_FILES["train_bodies"]))
        used = {_text_key(source_text(d, root)) for d in skip if d.startswith("fnc1/")}
        docs = [f"fnc1/train_bodies/{b}" for b, t in bodies.items() if _text_key(t) not in used]
    else:
        raise ValueError(f"corpus must be 'polnear' or 'fnc1', got {corpus!r}")
    docs = sorted((d for d in docs if d not in skip), key=lambda d: hashlib.md5((seed_key + d).encode()).hexdigest())
    nlp = load_nlp()
    rows: list[dict[str, Any]] = []
    for doc_id in docs:
        if len(rows) >= n:
            break
        text = source_text(doc_id, root)
        if not min_chars <= len(text) <= max_chars:
            continue
        parsed = nlp(text)
        statements = [s for s in extract_doc(parsed, tagger=None) if s.speaker]
        targets, _ = article_targets(parsed, k=k_targets)
        if len(statements) >= 3 and len(targets) >= 3:
            rows.append({"doc": doc_id, "targets": targets, "statements": len(statements)})
    return rows


def gold_cells_with_offsets(article: dict[str, Any], text: str) -> dict[str, Any]:
    """A labeller's table for one article ({doc, speakers, cells: [{speaker, target, label, evidence}]})
    as a gold row: each cell's evidence quote located in the article text (``evidence_start``,
    ``evidence_end``; whitespace may differ).

    Raises:
        NewsStanceError: naming the article and cell when a label is unknown, a target is not one
            of the article's, or the evidence is not in the text.
    """
    cells = []
    for cell in article["cells"]:
        where = f"{article['doc']}: cell {cell.get('speaker')!r} x {cell.get('target')!r}"
        if cell.get("label") not in CELL_LABELS:
            raise NewsStanceError(f"{where} has label {cell.get('label')!r}; use one of {CELL_LABELS}")
        if cell["target"] not in article["targets"]:
            raise NewsStanceError(f"{where}: the target is not one of the article's {article['targets']}")
        words = [re.escape(w) for w in str(cell.get("evidence", "")).split()]
        found = re.search(r"\s+".join(words), text) if words else None
        if found is None:
            raise NewsStanceError(f"{where}: the evidence {cell.get('evidence')!r} is not in the article text; "
                                  "copy a few words from the article exactly")
        cells.append({"speaker": cell["speaker"], "target": cell["target"], "label": cell["label"],
                      "evidence_start": found.start(), "evidence_end": found.end()})
    return {k: v for k, v in article.items() if k != "cells"} | {"cells": cells}


def assign_splits(items: list[dict[str, Any]], *, dev_percent: int = 18, test_percent: int = 25) -> None:
    """Split by article, by hash of the document id: no article is in two splits."""
    for item in items:
        b = _bucket("split:" + item["doc"])
        item["split"] = "test" if b < test_percent else "dev" if b < test_percent + dev_percent else "train"


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - a build tool, run once
    parser = argparse.ArgumentParser(prog="python -m stance.research.news_stance",
                                     description="Build unlabelled candidates for data/news_stance: statement "
                                                 "items, or articles for per-article gold tables.")
    parser.add_argument("command", choices=["candidates", "gold-candidates", "topup-candidates",
                                            "descriptive-candidates", "tagged-candidates", "new-article-candidates",
                                            "gold-attribution-candidates", "sentence-candidates"],
                        help="topup-candidates: more statements from the train articles "
                             "(rounds 6 and 7, topup_candidates); descriptive-candidates: labelled statements x "
                             "the plans, laws and votes of their articles (round 8); tagged-candidates: statements "
                             "of the train articles that the rules with the tagger find (round 9); "
                             "new-article-candidates: statements of the articles no round used (round 10); "
                             "gold-attribution-candidates: PolNeAR's attributions in our train articles (round 11); "
                             "sentence-candidates: statements in train sentences of NewsMTSC (round 12) and "
                             "directed_sentiment_news (rounds 13 and 14, with --corpora newsmtsc dsn --round 13)")
    parser.add_argument("--data-dir", default="../shared/data")
    parser.add_argument("--output", required=True)
    parser.add_argument("--n-polnear", type=int, default=190)
    parser.add_argument("--n-fnc", type=int, default=110)
    parser.add_argument("--n-articles", type=int, default=48, help="gold-candidates: how many articles")
    parser.add_argument("--max-items", type=int, default=2400, help="sentence-candidates: at most this many items")
    parser.add_argument("--corpora", nargs="+", default=["newsmtsc"], choices=sorted(_SENTENCE_CORPORA),
                        help="sentence-candidates: the sentence corpora to draw from")
    parser.add_argument("--round", default="12", help="sentence-candidates: the round stored with each item; "
                                                      "the statements of the other sentence rounds are passed over")
    parser.add_argument("--corpus", default="polnear", choices=["polnear", "fnc1"],
                        help="gold-candidates: PolNeAR train/dev texts or FNC-1 train bodies")
    parser.add_argument("--seed-key", default=None,
                        help="the hash order's key (gold-candidates: news-stance-gold-v2; topup-candidates: "
                             "news-stance-v6)")
    parser.add_argument("--per-article", type=int, default=8, help="topup-candidates: statements per article")
    parser.add_argument("--k-targets", type=int, default=6, help="topup-candidates: the article's targets, most named")
    parser.add_argument("--min-count", type=int, default=2, help="topup-candidates: times a target is named, at least")
    parser.add_argument("--new-targets", action="store_true",
                        help="topup-candidates: labelled statements again, for targets they name and have no item for")
    args = parser.parse_args(argv)
    if args.command == "topup-candidates":
        items = read_items()
        train_docs = sorted({item["doc"] for item in items if item["split"] == "train"})
        known = {item["id"] for item in items}
        rows = [r for r in topup_candidates(args.data_dir, train_docs, items, per_article=args.per_article,
                                            seed_key=args.seed_key or "news-stance-v6", k_targets=args.k_targets,
                                            min_count=args.min_count, new_targets=args.new_targets)
                if r["id"] not in known]
    elif args.command == "tagged-candidates":
        rows = tagged_topup_candidates(args.data_dir, read_items() + read_items(DESCRIPTIVE_DIR), tagger=load_tagger(),
                                       seed_key=args.seed_key or "news-stance-v9")
    elif args.command == "new-article-candidates":
        from .analysis_eval import read_gold  # imports this module

        items = read_items() + read_items(DESCRIPTIVE_DIR) + read_items(ROUND9_DIR)
        gold = {article["doc"] for article in read_gold()}
        docs = unused_articles(args.data_dir, {item["doc"] for item in items} | gold,
                               {item["doc"] for item in items if item["split"] != "train"} | gold)
        rows = tagged_topup_candidates(args.data_dir, [], tagger=load_tagger(), docs=docs, per_article=8,
                                       max_items=1_000_000, seed_key=args.seed_key or "news-stance-v10", round_="10")
    elif args.command == "gold-attribution-candidates":
        items = [item for folder in (None, DESCRIPTIVE_DIR, ROUND9_DIR, ROUND10_DIR) for item in read_items(folder)]
        rows = gold_attribution_candidates(args.data_dir, items, tagger=load_tagger(),
                                           seed_key=args.seed_key or "news-stance-v11")
    elif args.command == "sentence-candidates":
        from .analysis_eval import read_gold  # imports this module

        held = {item["doc"] for folder in (None, DESCRIPTIVE_DIR) for item in read_items(folder)
                if item["split"] != "train"}
        rows = sentence_candidates(args.data_dir, held | {article["doc"] for article in read_gold()},
                                   tagger=load_tagger(), corpora=args.corpora, max_items=args.max_items,
                                   items=[item for number, folder in TRAIN_ONLY_ROUNDS.items()
                                          if ROUND_SELECTION[str(number)] == "sentence" and str(number) != args.round
                                          for item in read_items(folder)],
                                   seed_key=args.seed_key or f"news-stance-v{args.round}", round_=args.round)
    elif args.command == "descriptive-candidates":
        rows = descriptive_candidates(args.data_dir, read_items(), seed_key=args.seed_key or "news-stance-descriptive-v1")
    elif args.command == "gold-candidates":
        from .analysis_eval import read_gold  # imports this module

        used = {item["doc"] for item in read_items()} | {article["doc"] for article in read_gold()}
        rows = gold_article_candidates(args.data_dir, n=args.n_articles, skip_docs=used, corpus=args.corpus,
                                       seed_key=args.seed_key or "news-stance-gold-v2")
    else:
        rows = build_candidates(args.data_dir, n_polnear=args.n_polnear, n_fnc=args.n_fnc)
        assign_splits(rows)
    with open(args.output, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows from {len({r['doc'] for r in rows})} articles -> {args.output}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
