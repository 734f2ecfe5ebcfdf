"""Batch scoring of corpora: thousands to millions of statements or articles, in constant memory.

`score_corpus` streams its input in chunks, scores each chunk and writes it out before reading the
next, so memory does not grow with the corpus. Malformed records go to an errors file and the run
goes on. With an output file, every chunk is first written as a numbered part file in a hidden work
directory next to the output (``.<name>.parts/``); a run killed midway (even with ``kill -9``) is
finished by running it again with ``resume=True``, and every input record ends up in the output
exactly once. The output file itself appears only when the job is complete (written to a temporary
name, then renamed), so a reader never sees half of it. Every run returns a `ScoreRun`: the
counts, and the scored rows through ``to_pandas()`` or ``to_dataset()``.

The modules: `corpus` (`score_corpus`), `result` (`ScoreRun`), `plan` (a run's settings and
chunks), `read` (the input formats), `chunk` (scoring one chunk), `write` (output rows and JSON),
`parts` (the work directory, resume, joining the parts), `ray_data` (`score_ray_dataset`).

Example:
    >>> from stance.score import score_corpus
    >>> run = score_corpus("statements.jsonl", model=stance.load(), output="scored.jsonl",
    ...                    targets=["the referendum"])
    >>> run.written, run.errors
    (99812, 3)
"""
from __future__ import annotations

from .corpus import score_corpus
from .plan import MODES, STATEMENT_COLUMNS
from .ray_data import score_ray_dataset
from .result import ScoreRun

__all__ = ["ScoreRun", "score_corpus", "score_ray_dataset"]
