"""The bundled example articles and their gold pairs (data/examples, data/examples/more)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parents[1] / "data" / "examples"
LABELS = {"support", "oppose", "neutral"}


def _gold(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("folder", [EXAMPLES, EXAMPLES / "more"], ids=["examples", "more"])
def test_gold_pairs_point_into_their_articles(folder):
    rows = _gold(folder)
    assert rows, f"{folder}/gold.jsonl is empty"
    for i, row in enumerate(rows, 1):
        assert set(row) == {"article", "speaker", "statement", "target", "label"}, f"line {i}: {row}"
        assert row["label"] in LABELS, f"line {i}: label {row['label']!r}"
        text = (folder / row["article"]).read_text()
        assert row["statement"] in text, f"line {i}: statement not in {row['article']}: {row['statement']!r}"
    articles = {row["article"] for row in rows}
    assert articles == {p.name for p in folder.glob("*.txt")}, "every article has gold pairs, every pair an article"


def test_more_examples_are_balanced_and_unambiguous():
    """The eight written articles: each statement occurs once in its article, and the three labels
    each hold at least a quarter of the pairs."""
    rows = _gold(EXAMPLES / "more")
    for row in rows:
        text = (EXAMPLES / "more" / row["article"]).read_text()
        assert text.count(row["statement"]) == 1, row
    counts = {label: sum(r["label"] == label for r in rows) for label in LABELS}
    assert min(counts.values()) >= len(rows) / 4, counts
