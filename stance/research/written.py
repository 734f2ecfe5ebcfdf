"""The project's own written stance statements (`data/written/`): news-style attributed statements
composed under `docs/labelling.md`, not taken from any article.

Real news is mostly neutral toward any one target (85% of `data/news_stance`), so a model trained
on it sees few plainly taken sides, and fewer of the ways news reports them: a side argued through
costs and benefits, a stance carried by the attribution verb ("X blasted Y"), a concession, a
negation, a quoted opponent. These items were written to teach those forms: each group is one
attributed statement in a sentence of a news report, with two or three targets and their labels
(a contrastive target or one the statement does not concern among them).

Each row stores the sentence (``context``) and the character offsets of the statement in it, so a
statement is always a verbatim span of its sentence.

Example:
    >>> from stance.research.written import load_written
    >>> rows = load_written()
    >>> rows[["speaker", "statement", "target", "label"]].head()  # doctest: +SKIP
"""
from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..model import LABELS

#: Where the items live in the repository.
DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "written"
ITEMS_FILE = "items.tsv"
#: Later batches live in files of their own beside it (``items_<batch>.tsv``, each under 1 MB), read
#: after `ITEMS_FILE` in name order.
MORE_ITEMS = "items_*.tsv"
#: The columns of ``items.tsv``.
ITEM_COLUMNS = ("id", "group", "topic", "speaker", "cue", "context", "start", "end", "target", "label",
                "phenomenon", "pass2")
#: The columns `load_written` returns (those of the training mix, plus provenance).
COLUMNS = ("id", "statement", "target", "label", "speaker", "cue", "context", "corpus", "genre", "group",
           "topic", "phenomenon", "agreed")


class WrittenItemError(ValueError):
    """A row of ``data/written/items.tsv`` is malformed."""


def load_written(path: str | Path | None = None, *, agreed_only: bool = False,
                 files: Sequence[str] | None = None) -> pd.DataFrame:
    """The written items as a DataFrame of `COLUMNS` (``corpus`` 'written', ``genre`` 'news').

    Args:
        path: another items folder (default ``data/written``): its ``items.tsv`` and any
            ``items_*.tsv`` beside it.
        agreed_only: keep only the items a second labeller saw and labelled the same, plus those
            no second labeller saw (drops the disagreements).
        files: read only these files of the folder, in this order (the shipped model trained on
            ``["items.tsv"]``); default: all of them.

    Raises:
        WrittenItemError: a row with offsets outside its sentence, an unknown label, a missing
            column or an id used twice, named by its id.
    """
    folder = Path(path) if path is not None else DATA_DIR
    names = [ITEMS_FILE, *sorted(f.name for f in folder.glob(MORE_ITEMS))] if files is None else list(files)
    rows = []
    for name in names:
        if not (folder / name).is_file():
            raise FileNotFoundError(f"{folder / name} does not exist; the items files there are "
                                    f"{sorted(f.name for f in folder.glob('items*.tsv'))}")
        rows += _read(folder / name)
    duplicated = pd.Series([row["id"] for row in rows]).duplicated()
    if duplicated.any():
        ident = rows[int(duplicated.idxmax())]["id"]
        raise WrittenItemError(f"item {ident}: the id occurs twice in {folder}; ids are unique "
                               "(a hash of the group and the target)")
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    if agreed_only:
        frame = frame[frame["agreed"] != False].reset_index(drop=True)  # noqa: E712 (None stays)
    return frame


def _read(file: Path) -> list[dict]:
    with open(file, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = set(ITEM_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise WrittenItemError(f"{file}: missing columns {sorted(missing)}")
        return [_row(item) for item in reader]


def _row(item: dict) -> dict:
    ident = item.get("id") or "?"
    if item["label"] not in LABELS:
        raise WrittenItemError(f"item {ident}: label {item['label']!r} is not one of {LABELS}")
    context = item["context"]
    try:
        start, end = int(item["start"]), int(item["end"])
    except ValueError:
        raise WrittenItemError(f"item {ident}: offsets {item['start']!r}, {item['end']!r} are not integers") from None
    if not 0 <= start < end <= len(context):
        raise WrittenItemError(f"item {ident}: offsets {start}-{end} fall outside its sentence "
                               f"({len(context)} characters); fix start/end in items.tsv")
    second = item.get("pass2") or ""
    if second and second not in LABELS:
        raise WrittenItemError(f"item {ident}: pass2 {second!r} is not one of {LABELS} (or empty)")
    return {"id": ident, "statement": context[start:end], "target": item["target"], "label": item["label"],
            "speaker": item["speaker"] or None, "cue": item["cue"] or None, "context": context,
            "corpus": "written", "genre": "news", "group": item["group"], "topic": item["topic"],
            "phenomenon": item["phenomenon"], "agreed": (second == item["label"]) if second else None}
