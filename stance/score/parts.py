"""The hidden work directory of a file output (`Parts`): numbered part files written atomically,
what resume reads back, and joining the parts into the output file."""
from __future__ import annotations

import io
import json
import os
import shutil
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .write import dumps

PARTS_VERSION = 1


class Parts:
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
        _write_atomic(self.errors(k), "".join(dumps(e) + "\n" for e in errors).encode("utf-8"))
        tmp = self.dir / f".tmp-{uuid.uuid4().hex}{self.ext}"
        try:
            if self.format == "jsonl":
                with open(tmp, "w", encoding="utf-8") as f:
                    for r in rows:
                        f.write(dumps(r) + "\n")
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
