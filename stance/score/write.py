"""The output rows of a chunk (`build_rows`) and the JSON they and the error records are written as."""
from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from .plan import Scored
from .read import field_names, is_frame


def _json_safe(value: Any) -> Any:
    """A top-level field value that json.dumps writes as valid JSON (NaN and NA become null)."""
    if value is None or type(value) in (str, int, bool, list, dict):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    import pandas as pd

    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):  # arrays: pd.isna is elementwise
        pass
    return value


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "tolist"):  # numpy scalars and arrays
        return value.tolist()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def dumps(record: Mapping[str, Any]) -> str:
    """One output or error record as a line of JSON (without the newline)."""
    return json.dumps({k: _json_safe(v) for k, v in record.items()}, ensure_ascii=False, default=_json_default)


def build_rows(data: Any, scored: Scored, kind: str) -> Any:
    """The chunk's output rows: input rows `scored.take` plus the new columns.

    kind: 'records' (list of dicts), 'frame' (DataFrame), 'text' (a DataFrame to write as CSV),
    'arrow' (pyarrow Table) or 'columns' (dict of lists).
    """
    import pandas as pd
    import pyarrow as pa

    take, new = scored.take, scored.new
    if isinstance(data, list):
        records = [{**data[i], **{k: v[j] for k, v in new.items()}} for j, i in enumerate(take)]
        if kind == "records":
            return records
        if kind in ("frame", "text"):
            # For CSV ('text'), object columns: ids [1, None] stay '1' and '', not '1.0' and ''.
            columns = field_names(data) + list(new)
            return pd.DataFrame(records, columns=columns, dtype=object if kind == "text" else None)
        if kind == "columns":
            return {c: [r.get(c) for r in records] for c in field_names(data) + list(new)}
        return _arrow_from_records(records)
    if isinstance(data, Mapping):  # a datasets batch, only ever built back into one
        return {c: [v[i] for i in take] for c, v in data.items()} | new
    if is_frame(data):
        frame = data.iloc[take].copy()  # the index is kept: each row says which input row it scores
        for k, v in new.items():
            frame[k] = v
        if kind in ("frame", "text"):
            return frame
        if kind == "records":
            return frame.to_dict("records")
        if kind == "columns":
            return frame.to_dict("list")
        return pa.Table.from_pandas(frame, preserve_index=False)
    table = data.take(pa.array(take, type=pa.int64()))
    for k, v in new.items():
        table = table.append_column(k, pa.array(v))
    if kind == "arrow":
        return table
    if kind == "records":
        return table.to_pylist()
    if kind == "columns":
        return table.to_pydict()
    return table.to_pandas()


def _arrow_from_records(records: list[dict]):
    import pyarrow as pa

    try:
        return pa.Table.from_pylist(records)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
        raise ValueError(f"cannot write these records to Parquet: {err}. A field holds values of different "
                         "types in different records; write .jsonl instead, or make the field one type") from err
