"""What one scoring run does: its settings (`Plan`), a slice of the input (`Chunk`) and what
scoring a slice gives (`Scored`)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

MODES = ("statements", "articles")
#: Columns that articles mode adds for each extracted statement (before the stance columns).
STATEMENT_COLUMNS = ("statement", "speaker", "cue", "kind", "start", "end")
#: Columns that articles mode adds after the stance columns, as `stance.analyze` records carry them:
#: whether the statement concerns the target (`stance.targets.relevance`) and the rule that set the
#: label, if any (`stance.analyze.SELF_NOTE`); with a relevance gate also `relevance_score`.
ARTICLE_COLUMNS = ("relevant", "note")


@dataclass
class Plan:
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
    tagger: Any = None  # the learned attribution tagger for articles mode (None: the rules alone)
    keep_bad: bool = False  # in-memory statements mode: keep malformed rows, stance columns null
    relevance_check: bool = True  # articles mode: a statement that does not concern a target is neutral toward it
    relevance_gate: Any = None  # articles mode: a stance.gate.RelevanceGate that decides relevance (None: word match)
    classify_all: bool = False  # articles mode: run the classifier on pairs that do not concern the target too
    use_speaker: float | None = None  # articles mode: the speaker reading's weight (None: the model's own)
    new_columns: tuple[str, ...] = ()
    truncated: int = 0

    def __post_init__(self) -> None:
        labels = tuple(self.model.labels)
        cols = STATEMENT_COLUMNS if self.mode == "articles" else ()
        # With a target column named 'target' the input already holds the output's target column.
        own_target = self.mode == "statements" and self.targets is None and self.target_column == "target"
        stance_cols = (() if own_target else ("target",)) + ("label", "score") + tuple(f"p_{l}" for l in labels)
        article_cols = ARTICLE_COLUMNS + (("relevance_score",) if self.relevance_gate is not None else ())
        self.new_columns = cols + stance_cols + (article_cols if self.mode == "articles" else ())

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
class Chunk:
    """A slice of the input: `data` is a list of dicts, a DataFrame, a pyarrow Table or a dict of lists."""

    index: int
    first: int  # record number (0-based position in the input) of the first record
    data: Any
    size: int
    lines: list[int] | None = None  # JSONL: 1-based line number of each record
    bad: dict[int, dict] = field(default_factory=dict)  # position -> error fields (bad JSON, ...)
    skipped: list[dict] = field(default_factory=list)  # CSV: error records of lines the parser skipped


@dataclass
class Scored:
    take: list[int]  # input position of each output row
    new: dict[str, list]  # the added columns, one value per output row
    errors: list[dict]
    statements: int = 0
