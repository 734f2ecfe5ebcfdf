"""What `score_corpus` returns: `ScoreRun`, the summary of one run and a way to its scored rows."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .read import is_dataset, suffix_format

#: Output columns that hold text: read back from a CSV output as text ('NA' and '2020' stay strings).
_TEXT_COLUMNS = ("statement", "speaker", "cue", "kind", "target", "label")


@dataclass(frozen=True)
class ScoreRun:
    """One run of `score_corpus`: what it did, and its scored rows (`to_pandas`, `to_dataset`).

    Attributes:
        read: input records read.
        written: output rows: one per record and target (in articles mode, per extracted
            statement and target). An in-memory run in statements mode keeps malformed records as
            rows with empty stance columns; a file output leaves them out.
        errors: malformed records (written to ``errors_file`` when there is one).
        truncated: statement/target pairs cut to the model's length limit.
        chunks: chunks the input was read in.
        resumed_chunks: chunks an interrupted run had already written (``resume=True``), not
            scored again.
        seconds: how long this run took.
        records_per_s: records this run scored per second (None for a run that took no time).
        statements: statements extracted from the articles (articles mode), else None.
        output: the output file, or None for an in-memory run.
        errors_file: the errors file, or None (an in-memory run without ``errors=``).

    Example:
        >>> run = score_corpus("pairs.csv", model=model, output="scored.parquet")
        >>> run.written, run.errors
        (119998, 2)
        >>> frame = run.to_pandas()   # read back from scored.parquet
    """

    read: int
    written: int
    errors: int
    truncated: int
    chunks: int
    resumed_chunks: int
    seconds: float
    records_per_s: float | None
    statements: int | None = None
    output: str | None = None
    errors_file: str | None = None
    #: The scored rows of an in-memory run (a DataFrame, or a Dataset for a Dataset input).
    _rows: Any = field(default=None, repr=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        """The summary as a plain dict (what `stance score` prints as JSON): the fields above, with
        ``statements`` only in articles mode and ``output`` only for a file output.

        Example:
            >>> run.as_dict()
            {'read': 120000, 'written': 119998, 'errors': 2, 'truncated': 0, 'chunks': 120, ...}
        """
        summary: dict[str, Any] = {
            "read": self.read, "written": self.written, "errors": self.errors, "truncated": self.truncated,
            "chunks": self.chunks, "resumed_chunks": self.resumed_chunks, "seconds": self.seconds,
            "records_per_s": self.records_per_s,
        }
        if self.statements is not None:
            summary["statements"] = self.statements
        if self.output is not None:
            summary["output"] = self.output
        summary["errors_file"] = self.errors_file
        return summary

    def to_pandas(self):
        """The scored rows as a pandas DataFrame: the input's fields plus the stance columns.

        For an in-memory run, the DataFrame itself (not a copy), indexed by input record (a
        DataFrame input keeps its own index); for a Dataset input, the Dataset converted. For a
        file output, the whole file read back (numbered from 0).
        """
        import pandas as pd

        if self._rows is not None:
            return self._rows.to_pandas() if is_dataset(self._rows) else self._rows
        path = Path(self.output)
        fmt = suffix_format(path, "output")
        if fmt == "parquet":
            return pd.read_parquet(path)
        if fmt == "jsonl":
            with open(path, encoding="utf-8") as f:
                return pd.DataFrame([json.loads(line) for line in f if line.strip()])
        sep = "\t" if fmt == "tsv" else ","
        header = pd.read_csv(path, sep=sep, nrows=0).columns
        return pd.read_csv(path, sep=sep, keep_default_na=False, na_values=[""],
                           dtype={c: str for c in _TEXT_COLUMNS if c in header})

    def to_dataset(self):
        """The scored rows as a `datasets.Dataset`: for a Dataset input, the scored Dataset itself;
        otherwise built from `to_pandas` (without the DataFrame's index)."""
        import datasets

        if is_dataset(self._rows):
            return self._rows
        return datasets.Dataset.from_pandas(self.to_pandas(), preserve_index=False)
