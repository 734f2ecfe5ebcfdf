"""Reading labelled (statement, target, label) examples from whatever the user has."""
from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

COLUMNS = ("statement", "target", "label")


def read_table(path: str | os.PathLike) -> pd.DataFrame:
    """Read a CSV, TSV, JSONL/JSON or Parquet file into a DataFrame, by its suffix."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no such file: {path}")
    suffix = "".join(path.suffixes[-2:]).lower() if path.suffix == ".gz" else path.suffix.lower()
    if suffix.startswith(".csv"):
        return pd.read_csv(path, keep_default_na=False)
    if suffix.startswith(".tsv"):
        return pd.read_csv(path, sep="\t", keep_default_na=False)
    if suffix.startswith((".jsonl", ".ndjson")):
        return pd.read_json(path, lines=True, dtype=False)
    if suffix.startswith(".json"):
        return pd.read_json(path, dtype=False)
    if suffix == ".parquet":
        return pd.read_parquet(path)
    raise ValueError(f"{path}: unknown file type {path.suffix!r}; use .csv, .tsv, .jsonl, .json or .parquet")


def to_frame(data: Any) -> pd.DataFrame:
    """A DataFrame from a path, a DataFrame, a `datasets.Dataset` or a list of dicts."""
    if isinstance(data, pd.DataFrame):
        return data.copy()
    if isinstance(data, (str, os.PathLike)):
        return read_table(data)
    if type(data).__module__.startswith("datasets"):
        return data.to_pandas()
    if isinstance(data, (list, tuple)):
        if data and not all(isinstance(r, Mapping) for r in data):
            raise TypeError("a list of examples must hold dicts with keys statement, target, label")
        return pd.DataFrame(list(data))
    raise TypeError(
        f"cannot read examples from {type(data).__name__}; pass a path (CSV, JSONL, Parquet), "
        "a pandas DataFrame, a datasets.Dataset or a list of dicts"
    )


def read_examples(data: Any, *, column_mapping: Mapping[str, str] | None = None,
                  require_label: bool = True, name: str = "data", keep: Sequence[str] = ()) -> pd.DataFrame:
    """Labelled examples as a DataFrame with columns statement, target, label (strings).

    Args:
        data: a path, DataFrame, `datasets.Dataset` or list of dicts.
        column_mapping: renames the user's columns, e.g. {'text': 'statement', 'topic': 'target'}.
        require_label: whether a label column must be present.
        name: what to call this data in error messages ('train', 'eval', ...).
        keep: optional columns to keep as they are when the data has them (e.g. 'corpus').

    Raises:
        ValueError: missing columns (with a suggested column_mapping), or empty values.
    """
    frame = to_frame(data)
    if column_mapping:
        unknown = [c for c in column_mapping if c not in frame.columns]
        if unknown:
            raise ValueError(f"{name}: column_mapping names columns {unknown} that are not in the data "
                             f"(found {list(frame.columns)})")
        frame = frame.rename(columns=dict(column_mapping))
    needed = list(COLUMNS if require_label else COLUMNS[:2])
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        extra = [c for c in frame.columns if c not in COLUMNS]
        hint = dict(zip(extra, missing)) if extra else {}
        fix = f"pass column_mapping={hint}" if hint else "add the missing columns"
        raise ValueError(f"{name}: expected columns {sorted(needed)} but found {sorted(map(str, frame.columns))}; {fix}")
    frame = frame[needed + [c for c in keep if c in frame.columns]].reset_index(drop=True)
    for col in needed:
        bad = frame[col].isna() | (frame[col].astype(str).str.strip() == "")
        if bad.any():
            rows = list(frame.index[bad][:5])
            raise ValueError(f"{name}: {int(bad.sum())} rows have an empty {col!r} (first rows: {rows}); "
                             "drop or fill them")
        frame[col] = frame[col].astype(str)
    return frame
