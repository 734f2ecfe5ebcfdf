"""Reading the input of a run: files (JSONL, CSV, TSV, Parquet; gzipped JSONL and CSV), iterables
of dicts, DataFrames and Datasets, in deterministic chunks."""
from __future__ import annotations

import gzip
import itertools
import json
import math
import os
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .plan import Chunk, Plan

_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv", ".parquet": "parquet"}
MISSING = object()  # a record without the column at all (as opposed to a null value)


def suffix_format(path: Path, what: str) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz" and what == "input":
        suffixes = suffixes[:-1]
    fmt = _FORMATS.get(suffixes[-1] if suffixes else "")
    if fmt is None:
        allowed = ".jsonl, .csv, .tsv, .parquet" + (" (or .jsonl.gz, .csv.gz)" if what == "input" else "")
        raise ValueError(f"{path}: cannot tell the {what} format from {path.suffix or 'no suffix'!r}; use {allowed}")
    if fmt == "parquet" and path.suffix.lower() == ".gz":
        raise ValueError(f"{path}: a gzipped Parquet file is not supported; Parquet compresses itself")
    return fmt


#: Bytes that are not UTF-8 are read as lone surrogates (Python's 'surrogateescape'), so that the record
#: holding them becomes an error record (`stance.score.chunk`) instead of stopping the run.
ENCODING_ERRORS = "surrogateescape"
_SKIPPED = re.compile(r"Skipping line (\d+): (.*)")


def _open_text(path: Path):
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", errors=ENCODING_ERRORS)
    return open(path, encoding="utf-8", errors=ENCODING_ERRORS)


def _count_lines(path: Path) -> int | None:
    """Lines in a plain file, read in 1 MB blocks (about a second per GB); None for gzip."""
    if path.suffix.lower() == ".gz":
        return None
    n, last = 0, b"\n"
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            n += block.count(b"\n")
            last = block[-1:]
    return n + (last != b"\n")


def is_dataset(obj: Any) -> bool:
    return type(obj).__module__.startswith("datasets") and hasattr(obj, "column_names")


def is_frame(obj: Any) -> bool:
    import pandas as pd

    return isinstance(obj, pd.DataFrame)


class Source:
    """Where records come from: yields chunks, knows (when cheap) the total and the schema."""

    def __init__(self, source: Any, plan: Plan, chunk_size: int) -> None:
        self.source = source
        self.plan = plan
        self.chunk_size = chunk_size
        self.path: Path | None = None
        self.format: str | None = None
        if isinstance(source, (str, os.PathLike)):
            self.path = Path(source)
            if not self.path.exists():
                raise FileNotFoundError(f"no such input file: {self.path}")
            if self.path.is_dir():
                raise IsADirectoryError(f"{self.path} is a directory; pass one JSONL, CSV or Parquet file")
            self.format = suffix_format(self.path, "input")
        elif is_frame(source) or is_dataset(source):
            pass
        elif isinstance(source, (bytes, Mapping)) or not isinstance(source, Iterable):
            raise TypeError(
                f"cannot read records from {type(source).__name__}; pass a path (JSONL, CSV, Parquet), an "
                "iterable of dicts, a pandas DataFrame or a datasets.Dataset")

    # -- cheap facts ---------------------------------------------------------------------------
    def columns(self) -> list[str] | None:
        """The input's columns when it has a schema (CSV, Parquet, DataFrame, Dataset), else None."""
        if self.format in ("csv", "tsv"):
            import pandas as pd

            return [str(c) for c in pd.read_csv(self.path, nrows=0, sep=self._sep(),
                                                encoding_errors=ENCODING_ERRORS).columns]
        if self.format == "parquet":
            import pyarrow.parquet as pq

            return list(pq.ParquetFile(self.path).schema_arrow.names)
        if is_frame(self.source):
            return [str(c) for c in self.source.columns]
        if is_dataset(self.source):
            return list(self.source.column_names)
        return None

    def total(self) -> int | None:
        """The number of records, when it can be had without reading them (None otherwise)."""
        if self.format == "jsonl":
            return _count_lines(self.path)  # blank lines count too: an estimate for the progress bar
        if self.format in ("csv", "tsv"):
            n = _count_lines(self.path)
            return None if n is None else max(n - 1, 0)  # quoted line breaks make this an estimate
        if self.format == "parquet":
            import pyarrow.parquet as pq

            return pq.ParquetFile(self.path).metadata.num_rows
        try:
            return len(self.source)
        except TypeError:
            return None

    def fingerprint(self) -> dict[str, Any]:
        """What identifies the input, so that resume refuses to mix parts of two different inputs."""
        if self.path is not None:
            st = self.path.stat()
            return {"path": str(self.path.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns}
        if is_dataset(self.source):
            return {"dataset": getattr(self.source, "_fingerprint", None), "rows": len(self.source)}
        return {"type": type(self.source).__name__, "rows": self.total()}

    def _sep(self) -> str:
        return "\t" if self.format == "tsv" else ","

    # -- chunks --------------------------------------------------------------------------------
    def chunks(self) -> Iterator[Chunk]:
        """Deterministic chunks: the same input always splits the same way (resume relies on it)."""
        if self.format == "jsonl":
            yield from self._jsonl_chunks()
        elif self.format in ("csv", "tsv"):
            import pandas as pd

            # Text columns stay text ('2020', 'NA' and 'null' are statements too); only empty cells are null.
            text_cols = {c: object for c in (self.plan.text_column, self.plan.statement_column,
                                             self.plan.target_column)}
            # A line with more fields than the header is skipped by the parser with a warning that names
            # it; the warning becomes an error record of the chunk (`Chunk.skipped`). A quote that never
            # closes still stops the run: it swallows the rest of the file.
            reader = pd.read_csv(self.path, sep=self._sep(), chunksize=self.chunk_size, dtype=text_cols,
                                 keep_default_na=False, na_values=[""], on_bad_lines="warn",
                                 encoding_errors=ENCODING_ERRORS)
            for chunk in self._numbered(_with_skipped_lines(reader), lambda part: len(part[0])):
                chunk.data, chunk.skipped = chunk.data
                yield chunk
        elif self.format == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            batches = pq.ParquetFile(self.path).iter_batches(batch_size=self.chunk_size)
            yield from self._numbered((pa.Table.from_batches([b]) for b in batches), lambda t: t.num_rows)
        elif is_frame(self.source):
            frame = self.source
            parts = (frame.iloc[lo:lo + self.chunk_size] for lo in range(0, len(frame), self.chunk_size))
            yield from self._numbered(parts, len)
        elif is_dataset(self.source):
            parts = self.source.with_format("arrow").iter(batch_size=self.chunk_size)
            yield from self._numbered(parts, lambda t: t.num_rows)
        else:
            it = iter(self.source)
            index = first = 0
            while batch := list(itertools.islice(it, self.chunk_size)):
                bad = {i: {"reason": f"record is {type(r).__name__}, not a dict"}
                       for i, r in enumerate(batch) if not isinstance(r, Mapping)}
                yield Chunk(index, first, batch, len(batch), bad=bad)
                index, first = index + 1, first + len(batch)

    def _numbered(self, parts: Iterable[Any], size) -> Iterator[Chunk]:
        first = 0
        for index, data in enumerate(parts):
            n = size(data)
            yield Chunk(index, first, data, n)
            first += n

    def _jsonl_chunks(self) -> Iterator[Chunk]:
        index = first = 0
        records: list[Any] = []
        lines: list[int] = []
        bad: dict[int, dict] = {}
        with _open_text(self.path) as f:
            for lineno, line in enumerate(f, start=1):
                if not line.strip():
                    continue  # blank lines (a trailing newline, spacing) are not records
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    record = None
                    bad[len(records)] = {"reason": f"bad JSON: {err.msg} at column {err.colno}",
                                         "raw": line.rstrip("\r\n")[:200]}
                else:
                    if not isinstance(record, dict):
                        bad[len(records)] = {"reason": f"the line holds a JSON {type(record).__name__}, not an object",
                                             "raw": line.rstrip("\r\n")[:200]}
                        record = None
                records.append(record)
                lines.append(lineno)
                if len(records) == self.chunk_size:
                    yield Chunk(index, first, records, len(records), lines=lines, bad=bad)
                    index, first = index + 1, first + len(records)
                    records, lines, bad = [], [], {}
        if records:
            yield Chunk(index, first, records, len(records), lines=lines, bad=bad)


def column_values(data: Any, name: str, n: int) -> list:
    """One column of a chunk as a list; MISSING where a record lacks the field."""
    if isinstance(data, list):
        return [r.get(name, MISSING) if isinstance(r, Mapping) else MISSING for r in data]
    if isinstance(data, Mapping):  # a datasets batch
        return list(data[name]) if name in data else [MISSING] * n
    if is_frame(data):
        return data[name].tolist() if name in data.columns else [MISSING] * n
    return data.column(name).to_pylist() if name in data.column_names else [MISSING] * n  # pyarrow


def field_names(data: Any) -> list[str]:
    if isinstance(data, list):
        seen: dict[str, None] = {}
        for r in data:
            if isinstance(r, Mapping):
                seen.update(dict.fromkeys(map(str, r)))
        return list(seen)
    if isinstance(data, Mapping):
        return list(data)
    if is_frame(data):
        return [str(c) for c in data.columns]
    return list(data.column_names)


def _with_skipped_lines(reader) -> Iterator[tuple[Any, list[dict]]]:
    """(frame, error records of the lines the CSV parser skipped while reading it) for each chunk."""
    it = iter(reader)
    while True:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                frame = next(it)
            except StopIteration:
                return
        skipped = []
        for w in caught:
            m = _SKIPPED.match(str(w.message).strip())
            if m is None:
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
                continue
            skipped.append({"line": int(m.group(1)),
                            "reason": f"malformed line ({m.group(2)}); quote fields that hold the separator"})
        yield frame, skipped
