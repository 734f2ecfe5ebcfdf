"""Batch scoring of corpora: thousands to millions of statements or articles, in constant memory.

`score_corpus` streams its input in chunks, scores each chunk and writes it out before reading the
next, so memory does not grow with the corpus. Malformed records go to an errors file and the run
goes on. With an output file, every chunk is first written as a numbered part file in a hidden work
directory next to the output (``.<name>.parts/``); a run killed midway (even with ``kill -9``) is
finished by running it again with ``resume=True``, and every input record ends up in the output
exactly once. The output file itself appears only when the job is complete (written to a temporary
name, then renamed), so a reader never sees half of it.

Example:
    >>> from stance.score import score_corpus
    >>> summary = score_corpus("statements.jsonl", model=stance.load(), output="scored.jsonl",
    ...                        targets=["the referendum"])
    >>> summary["written"], summary["errors"]
    (99812, 3)
"""
from __future__ import annotations

import argparse
import gzip
import io
import itertools
import json
import logging
import math
import os
import re
import shutil
import sys
import time
import uuid
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .analyze import USE_SPEAKER
from .model import (BATCH_SIZE, NGRAM_HEADS_GENRE_HELP, NO_NGRAM_HEADS_HELP, PRECISION_HELP, PRECISIONS,
                    ngram_heads_option)

logger = logging.getLogger(__name__)

__all__ = ["score_corpus", "score_ray_dataset", "add_score_parser", "run_score"]

MODES = ("statements", "articles")
#: Columns that articles mode adds for each extracted statement (before the stance columns).
STATEMENT_COLUMNS = ("statement", "speaker", "cue", "kind", "start", "end")
_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv", ".parquet": "parquet"}
_MISSING = object()  # a record without the column at all (as opposed to a null value)
_TRUNCATED = re.compile(r"^(\d+) of \d+ statement/target pairs are longer")
_PARTS_VERSION = 1


# ------------------------------------------------------------------------------------------------
# What one run does
# ------------------------------------------------------------------------------------------------

@dataclass
class _Plan:
    """The settings of one run, fixed before the first record is read."""

    model: Any
    mode: str
    targets: tuple[str, ...] | None
    text_column: str
    statement_column: str
    target_column: str
    id_column: str | None
    batch_size: int
    nlp: Any
    keep_bad: bool = False  # in-memory statements mode: keep malformed rows, stance columns null
    new_columns: tuple[str, ...] = ()
    truncated: int = 0

    def __post_init__(self) -> None:
        labels = tuple(self.model.labels)
        cols = STATEMENT_COLUMNS if self.mode == "articles" else ()
        # With a target column named 'target' the input already holds the output's target column.
        own_target = self.mode == "statements" and self.targets is None and self.target_column == "target"
        stance_cols = (() if own_target else ("target",)) + ("label", "score") + tuple(f"p_{l}" for l in labels)
        self.new_columns = cols + stance_cols

    @property
    def input_columns(self) -> list[str]:
        """The columns the input must have."""
        if self.mode == "articles":
            return [self.text_column]
        return [self.statement_column] + ([] if self.targets else [self.target_column])

    def check_columns(self, found: Sequence[str], *, complete: bool = True) -> None:
        """Refuse input whose columns clash with the output's, or (complete schemas) lack ours."""
        found = [str(c) for c in found]
        clash = [c for c in self.new_columns if c in found]
        if clash:
            stance_cols = ", ".join(self.new_columns)
            raise ValueError(
                f"the input already has column(s) {clash}, which scoring writes ({stance_cols}); rename "
                f"them first, e.g. DataFrame.rename(columns={{{clash[0]!r}: 'gold_{clash[0]}'}}) or "
                f"Dataset.rename_column({clash[0]!r}, 'gold_{clash[0]}')"
                + ("; or leave targets out to score against the input's own target column"
                   if "target" in clash and self.targets else ""))
        if complete:
            missing = [c for c in self.input_columns if c not in found]
            if missing:
                option = {self.text_column: "text_column", self.statement_column: "statement_column",
                          self.target_column: "target_column"}
                hint = ", ".join(f"{option[m]}='<yours>'" for m in missing)
                extra = "" if self.mode == "articles" or self.targets else " or give targets=[...]"
                raise ValueError(f"expected column(s) {missing} in the input ({self.mode} mode) but found "
                                 f"{found}; pass {hint}{extra}")


@dataclass
class _Chunk:
    """A slice of the input: `data` is a list of dicts, a DataFrame, a pyarrow Table or a dict of lists."""

    index: int
    first: int  # record number (0-based position in the input) of the first record
    data: Any
    size: int
    lines: list[int] | None = None  # JSONL: 1-based line number of each record
    bad: dict[int, dict] = field(default_factory=dict)  # position -> error fields (bad JSON, ...)


@dataclass
class _Scored:
    take: list[int]  # input position of each output row
    new: dict[str, list]  # the added columns, one value per output row
    errors: list[dict]
    statements: int = 0


# ------------------------------------------------------------------------------------------------
# Reading
# ------------------------------------------------------------------------------------------------

def _suffix_format(path: Path, what: str) -> str:
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


def _open_text(path: Path):
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


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


def _is_dataset(obj: Any) -> bool:
    return type(obj).__module__.startswith("datasets") and hasattr(obj, "column_names")


def _is_frame(obj: Any) -> bool:
    import pandas as pd

    return isinstance(obj, pd.DataFrame)


class _Source:
    """Where records come from: yields chunks, knows (when cheap) the total and the schema."""

    def __init__(self, source: Any, plan: _Plan, chunk_size: int) -> None:
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
            self.format = _suffix_format(self.path, "input")
        elif _is_frame(source) or _is_dataset(source):
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

            return [str(c) for c in pd.read_csv(self.path, nrows=0, sep=self._sep()).columns]
        if self.format == "parquet":
            import pyarrow.parquet as pq

            return list(pq.ParquetFile(self.path).schema_arrow.names)
        if _is_frame(self.source):
            return [str(c) for c in self.source.columns]
        if _is_dataset(self.source):
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
        if _is_dataset(self.source):
            return {"dataset": getattr(self.source, "_fingerprint", None), "rows": len(self.source)}
        return {"type": type(self.source).__name__, "rows": self.total()}

    def _sep(self) -> str:
        return "\t" if self.format == "tsv" else ","

    # -- chunks --------------------------------------------------------------------------------
    def chunks(self) -> Iterator[_Chunk]:
        """Deterministic chunks: the same input always splits the same way (resume relies on it)."""
        if self.format == "jsonl":
            yield from self._jsonl_chunks()
        elif self.format in ("csv", "tsv"):
            import pandas as pd

            # Text columns stay text ('2020', 'NA' and 'null' are statements too); only empty cells are null.
            text_cols = {c: str for c in (self.plan.text_column, self.plan.statement_column, self.plan.target_column)}
            reader = pd.read_csv(self.path, sep=self._sep(), chunksize=self.chunk_size, dtype=text_cols,
                                 keep_default_na=False, na_values=[""])
            yield from self._numbered(reader, len)
        elif self.format == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            batches = pq.ParquetFile(self.path).iter_batches(batch_size=self.chunk_size)
            yield from self._numbered((pa.Table.from_batches([b]) for b in batches), lambda t: t.num_rows)
        elif _is_frame(self.source):
            frame = self.source
            parts = (frame.iloc[lo:lo + self.chunk_size] for lo in range(0, len(frame), self.chunk_size))
            yield from self._numbered(parts, len)
        elif _is_dataset(self.source):
            parts = self.source.with_format("arrow").iter(batch_size=self.chunk_size)
            yield from self._numbered(parts, lambda t: t.num_rows)
        else:
            it = iter(self.source)
            index = first = 0
            while batch := list(itertools.islice(it, self.chunk_size)):
                bad = {i: {"reason": f"record is {type(r).__name__}, not a dict"}
                       for i, r in enumerate(batch) if not isinstance(r, Mapping)}
                yield _Chunk(index, first, batch, len(batch), bad=bad)
                index, first = index + 1, first + len(batch)

    def _numbered(self, parts: Iterable[Any], size) -> Iterator[_Chunk]:
        first = 0
        for index, data in enumerate(parts):
            n = size(data)
            yield _Chunk(index, first, data, n)
            first += n

    def _jsonl_chunks(self) -> Iterator[_Chunk]:
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
                    yield _Chunk(index, first, records, len(records), lines=lines, bad=bad)
                    index, first = index + 1, first + len(records)
                    records, lines, bad = [], [], {}
        if records:
            yield _Chunk(index, first, records, len(records), lines=lines, bad=bad)


def _column(data: Any, name: str, n: int) -> list:
    """One column of a chunk as a list; _MISSING where a record lacks the field."""
    if isinstance(data, list):
        return [r.get(name, _MISSING) if isinstance(r, Mapping) else _MISSING for r in data]
    if isinstance(data, Mapping):  # a datasets batch
        return list(data[name]) if name in data else [_MISSING] * n
    if _is_frame(data):
        return data[name].tolist() if name in data.columns else [_MISSING] * n
    return data.column(name).to_pylist() if name in data.column_names else [_MISSING] * n  # pyarrow


def _keys(data: Any) -> list[str]:
    if isinstance(data, list):
        seen: dict[str, None] = {}
        for r in data:
            if isinstance(r, Mapping):
                seen.update(dict.fromkeys(map(str, r)))
        return list(seen)
    if isinstance(data, Mapping):
        return list(data)
    if _is_frame(data):
        return [str(c) for c in data.columns]
    return list(data.column_names)


def _problem(value: Any, column: str) -> str | None:
    """Why a value cannot be scored as text, or None when it can."""
    if value is _MISSING:
        return f"missing column {column!r}"
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return f"empty {column!r} (null)"
    if not isinstance(value, str):
        return f"{column!r} is a {type(value).__name__}, not text"
    if not value.strip():
        return f"empty {column!r}"
    return None


# ------------------------------------------------------------------------------------------------
# Scoring one chunk
# ------------------------------------------------------------------------------------------------

def _score_chunk(chunk: _Chunk, plan: _Plan) -> _Scored:
    n = chunk.size
    errors: list[dict] = []
    ids = _column(chunk.data, plan.id_column, n) if plan.id_column else None

    def fail(i: int, fields: dict) -> None:
        rec: dict[str, Any] = {"record": chunk.first + i}
        if chunk.lines is not None:
            rec["line"] = chunk.lines[i]
        if ids is not None and ids[i] is not _MISSING:
            rec[plan.id_column] = ids[i]
        rec.update(fields)
        errors.append(rec)

    failed = set(chunk.bad)
    for i, fields in chunk.bad.items():
        fail(i, fields)
    if isinstance(chunk.data, list):  # records without a schema: a later record may clash on its own
        for i, r in enumerate(chunk.data):
            clash = [c for c in plan.new_columns if i not in failed and c in r]
            if clash:
                failed.add(i)
                fail(i, {"reason": f"the record has field(s) {clash}, which scoring writes; rename them"})
    main_col = plan.text_column if plan.mode == "articles" else plan.statement_column
    texts = _column(chunk.data, main_col, n)
    record_targets = None if plan.targets or plan.mode == "articles" else _column(chunk.data, plan.target_column, n)
    for i in range(n):
        if i in failed:
            continue
        reason = _problem(texts[i], main_col)
        if reason is None and record_targets is not None:
            reason = _problem(record_targets[i], plan.target_column)
        if reason is not None:
            failed.add(i)
            fail(i, {"reason": reason})

    take: list[int] = []
    new: dict[str, list] = {c: [] for c in plan.new_columns}
    pair_statements: list[str] = []
    pair_targets: list[str] = []
    pair_speakers: list[str | None] = []
    pair_cues: list[str | None] = []
    scored_rows: list[int] = []  # output rows that get a score (the rest are kept malformed rows)
    n_statements = 0

    if plan.mode == "statements":
        for i in range(n):
            own = plan.targets or [record_targets[i]]
            for target in own:
                if i in failed and not plan.keep_bad:
                    continue
                if "target" in new:
                    new["target"].append(target if isinstance(target, str) else None)
                if i not in failed:
                    scored_rows.append(len(take))
                    pair_statements.append(texts[i])
                    pair_targets.append(target)
                    pair_speakers.append(None)
                    pair_cues.append(None)
                take.append(i)
    else:
        good = [i for i in range(n) if i not in failed]
        for i, statements in zip(good, _extract(chunk, good, texts, plan, fail)):
            if statements is None:  # extraction failed: already an error record
                continue
            n_statements += len(statements)
            for s in statements:
                for target in plan.targets:
                    for col, value in zip(STATEMENT_COLUMNS, (s.text, s.speaker, s.cue, s.kind, s.start, s.end)):
                        new[col].append(value)
                    new["target"].append(target)
                    scored_rows.append(len(take))
                    pair_statements.append(s.text)
                    pair_targets.append(target)
                    pair_speakers.append(s.speaker if USE_SPEAKER else None)
                    pair_cues.append(s.cue if USE_SPEAKER else None)
                    take.append(i)

    labels = tuple(plan.model.labels)
    probs = _predict(plan, pair_statements, pair_targets, pair_speakers, pair_cues)
    label_col: list[Any] = [None] * len(take)
    score_col: list[float] = [math.nan] * len(take)
    p_cols = [[math.nan] * len(take) for _ in labels]
    best = probs.argmax(axis=1) if len(probs) else np.zeros(0, dtype=int)
    for row, k, p in zip(scored_rows, best.tolist(), probs.tolist()):
        label_col[row] = labels[k]
        score_col[row] = p[k]
        for j, v in enumerate(p):
            p_cols[j][row] = v
    new["label"], new["score"] = label_col, score_col
    for label, values in zip(labels, p_cols):
        new[f"p_{label}"] = values
    errors.sort(key=lambda e: e["record"])
    return _Scored(take, new, errors, n_statements)


def _predict(plan: _Plan, statements: list[str], targets: list[str], speakers: list[str | None],
             cues: list[str | None]) -> np.ndarray:
    """model.predict_proba (with the speaker and cue of each extracted statement), with its per-call
    truncation warning summed up for the whole run."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        probs = plan.model.predict_proba(statements, targets, speaker=speakers, cue=cues, batch_size=plan.batch_size)
    for w in caught:
        m = _TRUNCATED.match(str(w.message))
        if m:
            plan.truncated += int(m.group(1))
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return probs


def _extract(chunk: _Chunk, good: list[int], texts: list, plan: _Plan, fail) -> Iterator[list | None]:
    """Statements of each good article; on an extractor error, one article at a time to find the culprit."""
    from .extract import extract, extract_many

    articles = [texts[i] for i in good]
    try:
        yield from list(extract_many(articles, nlp=plan.nlp))
        return
    except Exception as err:  # noqa: BLE001 - one bad article must not stop a million-article run
        logger.warning("chunk %d: extraction failed (%s); retrying its articles one by one", chunk.index, err)
    for i, text in zip(good, articles):
        try:
            yield extract(text, nlp=plan.nlp)
        except Exception as err:  # noqa: BLE001
            fail(i, {"reason": f"extraction failed: {type(err).__name__}: {err}"})
            yield None


# ------------------------------------------------------------------------------------------------
# Building and writing output
# ------------------------------------------------------------------------------------------------

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


def _dumps(record: Mapping[str, Any]) -> str:
    return json.dumps({k: _json_safe(v) for k, v in record.items()}, ensure_ascii=False, default=_json_default)


def _build(data: Any, scored: _Scored, kind: str) -> Any:
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
            return pd.DataFrame(records, columns=_keys(data) + list(new), dtype=object if kind == "text" else None)
        if kind == "columns":
            return {c: [r.get(c) for r in records] for c in _keys(data) + list(new)}
        return _arrow_from_records(records)
    if isinstance(data, Mapping):  # a datasets batch, only ever built back into one
        return {c: [v[i] for i in take] for c, v in data.items()} | new
    if _is_frame(data):
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


class _Parts:
    """The hidden work directory of a file output: numbered part files written atomically.

    Chunk k is done once ``chunk-k.json`` exists; it is written after the chunk's data part and
    errors part have been renamed into place, so a run killed at any moment leaves only complete
    chunks marked done, and rerunning rewrites the rest.
    """

    def __init__(self, output: Path, fmt: str) -> None:
        self.output = output
        self.format = fmt
        self.dir = output.parent / f".{output.name}.parts"
        self.ext = {"jsonl": ".jsonl", "csv": ".csv", "tsv": ".tsv", "parquet": ".parquet"}[fmt]

    def part(self, k: int) -> Path:
        return self.dir / f"part-{k:06d}{self.ext}"

    def errors(self, k: int) -> Path:
        return self.dir / f"errors-{k:06d}.jsonl"

    def meta(self, k: int) -> Path:
        return self.dir / f"chunk-{k:06d}.json"

    def start(self, manifest: dict, *, resume: bool) -> dict[int, dict]:
        """Prepare the directory; return the stats of the chunks already done (resume only)."""
        manifest_path = self.dir / "manifest.json"
        if self.dir.exists() and not resume:
            raise FileExistsError(
                f"an unfinished run left its parts in {self.dir}; pass resume=True (stance score --resume) "
                f"to finish it, or delete that directory to start over")
        done: dict[int, dict] = {}
        if self.dir.exists():
            old = json.loads(manifest_path.read_text()) if manifest_path.exists() else None
            if old is not None and old != manifest:
                changed = sorted(k for k in set(old) | set(manifest) if old.get(k) != manifest.get(k))
                raise ValueError(
                    f"cannot resume: the parts in {self.dir} were written with different settings "
                    f"({', '.join(changed)} changed); rerun with the same input and options, or delete "
                    "that directory to start over")
            for path in self.dir.glob("chunk-*.json"):
                stats = json.loads(path.read_text())
                done[int(stats["chunk"])] = stats
        self.dir.mkdir(parents=True, exist_ok=True)
        _write_atomic(manifest_path, json.dumps(manifest, indent=1).encode())
        return done

    def write(self, k: int, rows: Any, errors: list[dict], stats: dict) -> None:
        _write_atomic(self.errors(k), "".join(_dumps(e) + "\n" for e in errors).encode("utf-8"))
        tmp = self.dir / f".tmp-{uuid.uuid4().hex}{self.ext}"
        try:
            if self.format == "jsonl":
                with open(tmp, "w", encoding="utf-8") as f:
                    for r in rows:
                        f.write(_dumps(r) + "\n")
                    _sync(f)
            elif self.format in ("csv", "tsv"):
                rows.to_csv(tmp, index=False, sep="\t" if self.format == "tsv" else ",")
            else:
                import pyarrow.parquet as pq

                pq.write_table(rows, tmp)
            os.replace(tmp, self.part(k))
        finally:
            tmp.unlink(missing_ok=True)
        _write_atomic(self.meta(k), json.dumps(stats).encode())

    def finish(self, n_chunks: int, errors_path: Path, empty: Sequence[str]) -> None:
        """Join the parts into the output and the errors file (each via a temp file and a rename).

        `empty` names the columns of the output of an empty input (a CSV header, a Parquet schema).
        """
        for path in (self.output, errors_path):  # temp files of a run killed while joining
            for stale in path.parent.glob(f".{path.name}.tmp-*"):
                stale.unlink(missing_ok=True)
        missing = [k for k in range(n_chunks) if not self.meta(k).exists()]
        if missing:  # pragma: no cover - every chunk was written or skipped as done above
            raise RuntimeError(f"chunks {missing[:5]} are not done; rerun with resume=True")
        with _AtomicFile(errors_path) as out:
            for k in range(n_chunks):
                with open(self.errors(k), "rb") as f:
                    shutil.copyfileobj(f, out)
        parts = [self.part(k) for k in range(n_chunks)]
        with _AtomicFile(self.output) as out:
            if self.format == "jsonl":
                for p in parts:
                    with open(p, "rb") as f:
                        shutil.copyfileobj(f, out)
            elif self.format in ("csv", "tsv"):
                sep = "\t" if self.format == "tsv" else ","
                _join_csv(parts, out, sep) if parts else out.write((sep.join(empty) + "\n").encode())
            else:
                _join_parquet(parts, out, empty)
        shutil.rmtree(self.dir, ignore_errors=True)


class _AtomicFile:
    """A binary file written under a temporary name and renamed over `path` only on success."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.parent / f".{path.name}.tmp-{os.getpid()}"

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.file = open(self.tmp, "wb")
        return self.file

    def __exit__(self, exc_type, *exc) -> bool:
        try:
            if exc_type is None:
                _sync(self.file)
            self.file.close()
            if exc_type is None:
                os.replace(self.tmp, self.path)
        finally:
            self.tmp.unlink(missing_ok=True)
        return False


def _sync(f) -> None:
    f.flush()
    os.fsync(f.fileno())


def _write_atomic(path: Path, data: bytes) -> None:
    with _AtomicFile(path) as f:
        f.write(data)


def _join_csv(parts: list[Path], out, sep: str) -> None:
    import pandas as pd

    headers = [list(pd.read_csv(p, sep=sep, nrows=0).columns) for p in parts]
    # Columns present in any part, in order of first appearance (JSONL input may vary per record).
    columns = list(dict.fromkeys(c for h in headers for c in h)) if headers else []
    first = True
    for part, header in zip(parts, headers):
        if header == columns:  # the usual case: copy the bytes, dropping every header but the first
            with open(part, "rb") as f:
                line = f.readline()
                if first:
                    out.write(line)
                shutil.copyfileobj(f, out)
        else:
            text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
            for frame in pd.read_csv(part, sep=sep, dtype=str, keep_default_na=False, chunksize=10_000):
                frame.reindex(columns=columns).to_csv(text, index=False, header=first, sep=sep)
                first = False
            text.detach()
        first = False


def _join_parquet(parts: list[Path], out, empty: Sequence[str]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = [pq.read_schema(p) for p in parts]
    if not schemas:  # empty input: the columns the output would have had
        types = {"label": pa.string(), "target": pa.string(), "statement": pa.string(), "speaker": pa.string(),
                 "cue": pa.string(), "kind": pa.string(), "start": pa.int64(), "end": pa.int64()}
        schemas = [pa.schema([(c, types.get(c, pa.float64() if c == "score" or c.startswith("p_") else pa.null()))
                              for c in empty])]
    try:
        schema = pa.unify_schemas(schemas, promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
        raise ValueError(f"the chunks' columns have types that do not mix ({err}); write .jsonl instead") from err
    schema = schema.remove_metadata()
    with pq.ParquetWriter(out, schema) as writer:
        for part in parts:
            for batch in pq.ParquetFile(part).iter_batches():
                table = pa.Table.from_batches([batch])
                columns = [table.column(f.name).cast(f.type) if f.name in table.column_names
                           else pa.nulls(table.num_rows, f.type) for f in schema]
                writer.write_table(pa.Table.from_arrays(columns, schema=schema))


# ------------------------------------------------------------------------------------------------
# The public function
# ------------------------------------------------------------------------------------------------

def score_corpus(source: Any, *, model: Any, targets: Sequence[str] | str | None = None,
                 mode: str = "statements", output: str | os.PathLike | None = None,
                 text_column: str = "text", statement_column: str = "statement",
                 target_column: str = "target", id_column: str | None = None, chunk_size: int = 1000,
                 batch_size: int = BATCH_SIZE, errors: str | os.PathLike | None = None, resume: bool = False,
                 progress: bool = False, nlp: Any = None, ngram_heads: bool | str | None = None) -> Any:
    """Score a whole corpus, chunk by chunk, in constant memory.

    Every output row is the input record's own fields plus ``target``, ``label``, ``score`` and
    ``p_<label>`` for each of ``model.labels``. In articles mode each row also carries the extracted
    statement: ``statement``, ``speaker``, ``cue``, ``kind``, ``start``, ``end``.

    Malformed records (bad JSON, a missing column, an empty or non-text statement, target or
    article) go to the errors file with their ``record`` number (0-based position in the input),
    their ``line`` number for JSONL, the ``id_column`` value when given, and a ``reason``; the run
    goes on. In-memory results in statements mode keep those rows instead, with empty stance
    columns, so that rows line up with the input. Articles without attributed statements give no
    output rows.

    Args:
        source: a path (.jsonl, .csv, .tsv, .parquet; .jsonl.gz and .csv.gz too), an iterable of
            dicts, a pandas DataFrame or a `datasets.Dataset`.
        model: a `StanceModel`, or the directory of a saved one.
        targets: score every statement against each of these targets (one output row per
            record and target). Required in articles mode; in statements mode, None uses each
            record's own ``target_column``.
        mode: 'statements' (records hold statements) or 'articles' (records hold article texts;
            statements are extracted with `stance.extract.extract_many`).
        output: the file to write (.jsonl, .csv, .tsv or .parquet, by suffix). None returns the
            result in memory: a `datasets.Dataset` for a Dataset input, else a DataFrame.
        text_column: the article text field (articles mode).
        statement_column: the statement field (statements mode).
        target_column: the target field (statements mode without ``targets``).
        id_column: a field copied into each error record, to find the record again.
        chunk_size: records read, scored and written at a time; memory grows with it, not with
            the corpus. Resume needs the same chunk size as the interrupted run.
        batch_size: statement/target pairs per forward pass.
        errors: the errors file (JSONL); default ``<output>.errors.jsonl``. Always written when
            ``output`` is given (empty when every record scored), so a stale one never survives.
            For in-memory results, written only when given.
        resume: finish a run that was interrupted (killed, crashed) with the same input and
            options; chunks already done are skipped (with nothing to resume, the run starts from
            the beginning). Without it, an unfinished run's parts make the call refuse rather
            than silently throw away hours of work.
        progress: show a progress bar (records/s; time left when the total is known).
        nlp: the spaCy pipeline for articles mode (default: `stance.extract.load_nlp()`).
        ngram_heads: which of the model's per-target n-gram heads to use: True all, False none, or
            a genre such as 'news' (see `StanceModel.with_ngram_heads`). None: all in statements
            mode, 'news' in articles mode (as `stance.analyze`).

    Returns:
        With ``output``: a summary dict with ``read`` (input records), ``written`` (output rows),
        ``errors``, ``truncated`` (pairs cut to the model's length limit), ``chunks``,
        ``resumed_chunks``, ``seconds`` and ``records_per_s`` (this run), ``output`` and
        ``errors_file``; in articles mode also ``statements``. Without: a DataFrame (the summary
        in ``.attrs['stance_summary']``) or, for a Dataset, a Dataset (the summary is logged).

    Raises:
        ValueError: a bad option, missing columns in an input with a schema (CSV, Parquet,
            DataFrame, Dataset), input columns that the output would overwrite, or ``resume``
            with different settings than the interrupted run.
        FileExistsError: an unfinished run's parts exist and ``resume`` is False.
        FileNotFoundError: the input file does not exist.

    Example:
        >>> score_corpus("pairs.csv", model="models/mine", output="scored.parquet")
        {'read': 120000, 'written': 119998, 'errors': 2, ...}
        >>> frame = score_corpus(df, model=model, targets=["the plan", "the bill"])
    """
    from .model import StanceModel, load

    t0 = time.perf_counter()
    if mode not in MODES:
        raise ValueError(f"mode must be 'statements' or 'articles', got {mode!r}")
    if isinstance(targets, str):
        targets = [targets]
    if targets is not None:
        targets = tuple(targets)
        bad = [t for t in targets if not isinstance(t, str) or not t.strip()]
        if bad or not targets:
            raise ValueError(f"targets must be non-empty strings, got {list(targets)!r}")
    if mode == "articles" and not targets:
        raise ValueError("articles mode needs targets=[...]: the statements extracted from an article "
                         "have no target of their own")
    for name, value in (("chunk_size", chunk_size), ("batch_size", batch_size)):
        if not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be a positive integer, got {value!r}")
    if resume and output is None:
        raise ValueError("resume=True needs output=...: only a run that writes a file can be resumed")
    fmt = _suffix_format(Path(output), "output") if output is not None else None
    model_ref = None
    if not isinstance(model, StanceModel):
        if isinstance(model, (str, os.PathLike)):
            model_ref = str(Path(model).resolve())
            model = load(model)
        else:
            raise TypeError(f"model must be a StanceModel or the directory of a saved model, "
                            f"got {type(model).__name__}")
    if ngram_heads is None:
        ngram_heads = "news" if mode == "articles" else True
    model = model.with_ngram_heads(ngram_heads)
    if mode == "articles" and nlp is None:
        from .extract import load_nlp

        nlp = load_nlp()

    in_memory = output is None
    plan = _Plan(model=model, mode=mode, targets=targets, text_column=text_column,
                 statement_column=statement_column, target_column=target_column, id_column=id_column,
                 batch_size=batch_size, nlp=nlp, keep_bad=in_memory and mode == "statements")
    src = _Source(source, plan, chunk_size)
    columns = src.columns()
    if columns is not None:
        plan.check_columns(columns)

    if in_memory and _is_dataset(source):
        return _score_dataset(source, plan, chunk_size, errors, progress, t0)

    bar = _bar(progress, src.total())
    stats = {"read": 0, "written": 0, "errors": 0, "statements": 0}
    n_chunks = resumed = scored_now = 0
    error_file = None
    try:
        if in_memory:
            frames = []
            error_file = open(errors, "w", encoding="utf-8") if errors is not None else None  # noqa: SIM115
            for chunk in src.chunks():
                scored = _score_checked(chunk, plan, columns)
                frame = _build(chunk.data, scored, "frame")
                if not _is_frame(chunk.data):  # number rows by input record, as a DataFrame input's index does
                    frame.index = [chunk.first + i for i in scored.take]
                frames.append(frame)
                if error_file is not None:
                    error_file.writelines(_dumps(e) + "\n" for e in scored.errors)
                _add(stats, chunk, scored)
                n_chunks += 1
                bar.update(chunk.size)
            result = _concat_frames(frames, plan, columns)
        else:
            output = Path(output)
            errors_path = Path(errors) if errors is not None else output.with_name(output.name + ".errors.jsonl")
            parts = _Parts(output, fmt)
            manifest = {"version": _PARTS_VERSION, "input": src.fingerprint(), "output": str(output.resolve()),
                        "format": fmt, "mode": mode, "targets": list(targets) if targets else None,
                        "columns": [text_column, statement_column, target_column], "chunk_size": chunk_size,
                        "labels": list(model.labels), "model": model_ref,
                        "precision": model.resolved_precision,
                        "ngram_heads": {"weight": model.ngram_heads.weight, "targets": sorted(model.ngram_heads.heads)}
                        if model.ngram_heads else None}
            done = parts.start(manifest, resume=resume)
            kind = {"jsonl": "records", "csv": "text", "tsv": "text", "parquet": "arrow"}[fmt]
            for chunk in src.chunks():
                if chunk.index in done and parts.part(chunk.index).exists():
                    chunk_stats = done[chunk.index]
                    resumed += 1
                else:
                    scored = _score_checked(chunk, plan, columns)
                    chunk_stats = {"chunk": chunk.index, "read": chunk.size, "written": len(scored.take),
                                   "errors": len(scored.errors), "statements": scored.statements}
                    parts.write(chunk.index, _build(chunk.data, scored, kind), scored.errors, chunk_stats)
                    scored_now += chunk.size
                for key in stats:
                    stats[key] += chunk_stats.get(key, 0)
                n_chunks += 1
                bar.update(chunk.size)
            parts.finish(n_chunks, errors_path, list(columns or []) + list(plan.new_columns))
    finally:
        bar.close()
        if error_file is not None:
            error_file.close()

    seconds = time.perf_counter() - t0
    summary: dict[str, Any] = {
        "read": stats["read"], "written": stats["written"], "errors": stats["errors"],
        "truncated": plan.truncated, "chunks": n_chunks, "resumed_chunks": resumed,
        "seconds": round(seconds, 3),
        "records_per_s": round((scored_now if not in_memory else stats["read"]) / seconds, 1) if seconds else None,
    }
    if mode == "articles":
        summary["statements"] = stats["statements"]
    _report(summary, plan)
    if in_memory:
        summary["errors_file"] = str(errors) if errors is not None else None
        result.attrs["stance_summary"] = summary
        return result
    summary["output"] = str(output)
    summary["errors_file"] = str(errors_path)
    return summary


def _score_checked(chunk: _Chunk, plan: _Plan, columns: list[str] | None) -> _Scored:
    if columns is None:  # no schema (JSONL, dicts): check each chunk's fields
        keys = _keys(chunk.data)
        if chunk.index == 0 and keys:
            # Checked on the first chunk only, before anything is written: later records that clash
            # are error records. A column that not one record has is a mistake, not bad records.
            plan.check_columns(keys, complete=any(c not in keys for c in plan.input_columns))
    return _score_chunk(chunk, plan)


def _add(stats: dict, chunk: _Chunk, scored: _Scored) -> None:
    stats["read"] += chunk.size
    stats["written"] += len(scored.take)
    stats["errors"] += len(scored.errors)
    stats["statements"] += scored.statements


def _concat_frames(frames: list, plan: _Plan, columns: list[str] | None):
    import pandas as pd

    frames = [f for f in frames if len(f)] or frames[:1]
    if frames:
        return pd.concat(frames) if len(frames) > 1 else frames[0]
    return pd.DataFrame(columns=list(columns or []) + list(plan.new_columns))  # empty input


def _report(summary: dict, plan: _Plan) -> None:
    if plan.truncated:
        warnings.warn(f"{plan.truncated} statement/target pairs were longer than the model's limit of "
                      f"{plan.model.max_length} tokens and were truncated", stacklevel=3)
    logger.info("scored %d records: %d rows written, %d errors, %.1f s", summary["read"], summary["written"],
                summary["errors"], summary["seconds"])
    if summary["errors"]:
        logger.warning("%d malformed records were not scored", summary["errors"])


def _bar(progress: bool, total: int | None):
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="rec", disable=not progress, dynamic_ncols=True, smoothing=0.1)


def _score_dataset(ds, plan: _Plan, chunk_size: int, errors, progress: bool, t0: float):
    """A datasets.Dataset in, a Dataset out (new columns, or new rows for fan-out and articles)."""
    import datasets

    fan_out = plan.mode == "articles" or (plan.targets is not None and len(plan.targets) > 1)
    quiet = False
    stats = {"read": 0, "written": 0, "errors": 0, "statements": 0}
    error_file = open(errors, "w", encoding="utf-8") if errors is not None else None  # noqa: SIM115
    bar = _bar(progress, len(ds))
    counter = itertools.count()

    def score(batch: dict[str, list], indices: list[int]) -> dict[str, list]:
        chunk = _Chunk(next(counter), indices[0] if indices else 0, batch, len(indices))
        scored = _score_chunk(chunk, plan)
        if error_file is not None:
            error_file.writelines(_dumps(e) + "\n" for e in scored.errors)
        _add(stats, chunk, scored)
        bar.update(chunk.size)
        return _build(batch, scored, "columns") if fan_out else scored.new

    try:
        if len(ds) == 0:
            return _empty_dataset(ds, plan)
        quiet = not datasets.are_progress_bars_disabled()
        if quiet:  # our own bar (when asked for) replaces the one map would show
            datasets.disable_progress_bars()
        # An explicit fingerprint: hashing the closure would pickle the whole model.
        result = ds.map(score, batched=True, batch_size=chunk_size, with_indices=True,
                        remove_columns=ds.column_names if fan_out else None, load_from_cache_file=False,
                        new_fingerprint=uuid.uuid4().hex[:16])
    finally:
        if quiet:
            datasets.enable_progress_bars()
        bar.close()
        if error_file is not None:
            error_file.close()
    seconds = time.perf_counter() - t0
    summary = {"read": stats["read"], "written": stats["written"], "errors": stats["errors"],
               "truncated": plan.truncated, "seconds": round(seconds, 3),
               "records_per_s": round(stats["read"] / seconds, 1) if seconds else None}
    _report(summary, plan)
    return result


def _empty_dataset(ds, plan: _Plan):
    import datasets

    empty = {c: [] for c in ds.column_names} | {c: [] for c in plan.new_columns}
    return datasets.Dataset.from_dict(empty)


# ------------------------------------------------------------------------------------------------
# Ray
# ------------------------------------------------------------------------------------------------

class _RayScorer:
    """The callable class behind `score_ray_dataset`: one model per actor, loaded once."""

    def __init__(self, model_path: str | None, targets, statement_column: str, target_column: str,
                 batch_size: int, precision: str, ngram_heads: bool | str = True) -> None:
        from .model import load

        model = load(model_path, precision=precision, ngram_heads=ngram_heads)
        self.plan = _Plan(model=model, mode="statements", targets=tuple(targets) if targets else None,
                          text_column="text", statement_column=statement_column, target_column=target_column,
                          id_column=None, batch_size=batch_size, nlp=None, keep_bad=True)

    def __call__(self, batch):
        self.plan.check_columns(list(batch.columns))
        chunk = _Chunk(0, 0, batch.reset_index(drop=True), len(batch))
        return _build(chunk.data, _score_chunk(chunk, self.plan), "frame")


def score_ray_dataset(ds: Any, *, model_path: str | os.PathLike | None = None,
                      targets: Sequence[str] | str | None = None, statement_column: str = "statement",
                      target_column: str = "target", batch_size: int = BATCH_SIZE, chunk_size: int = 1000,
                      concurrency: int | tuple[int, int] = 2, precision: str = "auto",
                      ngram_heads: bool | str = True, **ray_remote_args: Any) -> Any:
    """Score a Ray Dataset of statements on a pool of actors (lazy, like every Ray Data transform).

    Each actor loads the model once (`stance.load(model_path)`); rows are scored in blocks of
    ``chunk_size``. Rows gain ``target`` (unless the input's own target column is 'target'),
    ``label``, ``score`` and ``p_<label>``; malformed rows are kept with those columns null.

    Args:
        ds: a `ray.data.Dataset` with a statement column (and a target column unless targets
            are given).
        model_path: a saved model directory that every worker can read; None is the shipped one.
        targets: score each statement against each of these (one row per statement and target).
        statement_column: the statement column.
        target_column: the target column (without ``targets``).
        batch_size: pairs per forward pass inside an actor.
        chunk_size: rows handed to an actor at a time.
        concurrency: actors in the pool: a number, or (min, max) for an autoscaling pool.
        precision: 'auto', 'fp32', 'bf16' or 'int8' (see `stance.load`).
        ngram_heads: use the model's per-target n-gram heads: True all, False none, or a genre (see `stance.load`).
        **ray_remote_args: passed to `map_batches`, e.g. num_cpus=4 or num_gpus=1 per actor.

    Returns:
        The scored `ray.data.Dataset` (nothing runs until it is consumed or written).

    Example:
        >>> ds = ray.data.read_parquet("s3://bucket/statements/")
        >>> score_ray_dataset(ds, model_path="/mnt/models/default", targets=["the referendum"],
        ...                   concurrency=8, num_cpus=4).write_parquet("s3://bucket/scored/")
    """
    if isinstance(targets, str):
        targets = [targets]
    from ray.data import ActorPoolStrategy

    model_path = str(Path(model_path).resolve()) if model_path is not None else None
    pool = ActorPoolStrategy(min_size=concurrency[0], max_size=concurrency[1]) \
        if isinstance(concurrency, tuple) else ActorPoolStrategy(size=concurrency)
    return ds.map_batches(
        _RayScorer, batch_format="pandas", batch_size=chunk_size, compute=pool,
        fn_constructor_kwargs=dict(model_path=model_path, targets=list(targets) if targets else None,
                                   statement_column=statement_column, target_column=target_column,
                                   batch_size=batch_size, precision=precision, ngram_heads=ngram_heads),
        **ray_remote_args)


# ------------------------------------------------------------------------------------------------
# Command line (wired into `stance` by stance/cli.py)
# ------------------------------------------------------------------------------------------------

def add_score_parser(subparsers) -> argparse.ArgumentParser:
    """Add the `score` subcommand to the `stance` command's subparsers."""
    p = subparsers.add_parser(
        "score", help="score a whole corpus (JSONL, CSV, Parquet) in constant memory",
        description="Score every statement (or every statement extracted from every article) against "
                    "targets, chunk by chunk. Malformed records go to an errors file; --resume finishes "
                    "an interrupted run.")
    p.add_argument("input", help="input file: .jsonl, .csv, .tsv or .parquet (.jsonl.gz, .csv.gz)")
    p.add_argument("--output", "-o", required=True, help="output file: .jsonl, .csv, .tsv or .parquet")
    p.add_argument("--target", action="append", dest="targets", metavar="TARGET",
                   help="score against this target (repeatable); needed in articles mode, optional "
                        "in statements mode (default: each record's own target column)")
    p.add_argument("--mode", choices=MODES, default="statements",
                   help="statements: records hold statements; articles: records hold article texts")
    p.add_argument("--text-column", default="text", help="article text field (articles mode)")
    p.add_argument("--statement-column", default="statement", help="statement field (statements mode)")
    p.add_argument("--target-column", default="target", help="target field (statements mode)")
    p.add_argument("--id-column", help="a field copied into each error record")
    p.add_argument("--model", default=None, help="model directory (default: the shipped default model)")
    p.add_argument("--precision", default="auto", choices=PRECISIONS, help=PRECISION_HELP)
    p.add_argument("--no-ngram-heads", action="store_true", help=NO_NGRAM_HEADS_HELP)
    p.add_argument("--ngram-heads-genre", metavar="GENRE",
                   help=NGRAM_HEADS_GENRE_HELP + " (default: all in statements mode, news in articles mode)")
    p.add_argument("--resume", action="store_true", help="finish an interrupted run (same input and options)")
    p.add_argument("--errors", help="errors file (default: OUTPUT.errors.jsonl)")
    p.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="pairs per forward pass")
    p.add_argument("--chunk-size", type=int, default=1000, help="records per chunk (memory, resume granularity)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run_score)
    return p


def run_score(args: argparse.Namespace) -> int:
    """Run `stance score`; print the summary as JSON on stdout. Returns the exit code."""
    from .model import load

    which = ngram_heads_option(getattr(args, "no_ngram_heads", False), getattr(args, "ngram_heads_genre", None),
                               default=None)
    model = load(args.model, precision=getattr(args, "precision", "auto"), ngram_heads=which is not False)
    try:
        summary = score_corpus(
            args.input, model=model, targets=args.targets, mode=args.mode, output=args.output, ngram_heads=which,
            text_column=args.text_column, statement_column=args.statement_column,
            target_column=args.target_column, id_column=args.id_column, chunk_size=args.chunk_size,
            batch_size=args.batch_size, errors=args.errors, resume=args.resume, progress=not args.no_progress)
    except (FileExistsError, IsADirectoryError) as err:  # the others are reported by stance.cli.main
        print(f"stance score: error: {err}", file=sys.stderr)
        return 2
    if summary["errors"]:
        print(f"{summary['errors']} malformed records skipped; see {summary['errors_file']}", file=sys.stderr)
    print(json.dumps(summary))
    return 0
