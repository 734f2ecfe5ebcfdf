"""The written stance statements: offsets into their own sentence, labels checked, errors named."""
from __future__ import annotations

import pytest

from stance.research.written import ITEM_COLUMNS, DATA_DIR, WrittenItemError, load_written

SENTENCE = 'The ferry levy "punishes commuters for living on an island," councillor Rhian Oduya said.'
CLAUSE = "punishes commuters for living on an island,"


def _write(folder, rows, name="items.tsv"):
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(ITEM_COLUMNS)] + ["\t".join(str(r.get(c, "")) for c in ITEM_COLUMNS) for r in rows]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _row(ident, target, label, pass2="", start=None, end=None):
    s = SENTENCE.index(CLAUSE) if start is None else start
    return {"id": ident, "group": "t-001", "topic": "local", "speaker": "Rhian Oduya", "cue": "said",
            "context": SENTENCE, "start": s, "end": s + len(CLAUSE) if end is None else end, "target": target,
            "label": label, "phenomenon": "implicit", "pass2": pass2}


def test_statement_is_rebuilt_from_offsets_and_disagreements_can_be_dropped(tmp_path):
    _write(tmp_path, [_row("w1", "the ferry levy", "oppose", "oppose"),
                      _row("w2", "Rhian Oduya", "neutral", "support"),
                      _row("w3", "the island council", "neutral")])
    rows = load_written(tmp_path)
    assert list(rows["statement"]) == [CLAUSE] * 3
    assert list(rows["agreed"]) == [True, False, None]
    assert set(rows["corpus"]) == {"written"} and set(rows["genre"]) == {"news"}
    kept = load_written(tmp_path, agreed_only=True)
    assert list(kept["id"]) == ["w1", "w3"]


def test_later_batches_are_read_after_the_first_file_and_ids_stay_unique(tmp_path):
    _write(tmp_path, [_row("w1", "the ferry levy", "oppose")])
    _write(tmp_path, [_row("w3", "the island council", "neutral")], name="items_b.tsv")
    _write(tmp_path, [_row("w2", "Rhian Oduya", "support")], name="items_a.tsv")
    assert list(load_written(tmp_path)["id"]) == ["w1", "w2", "w3"]
    assert list(load_written(tmp_path, files=["items.tsv", "items_b.tsv"])["id"]) == ["w1", "w3"]
    with pytest.raises(FileNotFoundError, match="items_z.tsv does not exist; the items files there are"):
        load_written(tmp_path, files=["items_z.tsv"])
    _write(tmp_path, [_row("w1", "the ferry levy", "support")], name="items_c.tsv")
    with pytest.raises(WrittenItemError, match="item w1: the id occurs twice"):
        load_written(tmp_path)


@pytest.mark.parametrize("bad, message", [
    ({"label": "favour"}, "label 'favour'"),
    ({"end": len(SENTENCE) + 5}, "fall outside its sentence"),
    ({"start": "x"}, "not integers"),
    ({"pass2": "maybe"}, "pass2 'maybe'"),
])
def test_a_bad_row_is_named(tmp_path, bad, message):
    row = _row("w9", "the ferry levy", "oppose")
    row.update(bad)
    _write(tmp_path, [_row("w1", "the ferry levy", "oppose"), row])
    with pytest.raises(WrittenItemError, match=f"item w9: .*{message}"):
        load_written(tmp_path)


def test_the_shipped_items_load_and_are_balanced():
    if not (DATA_DIR / "items.tsv").exists():
        pytest.skip("no data/written/items.tsv in this checkout")
    rows = load_written()
    assert len(rows) >= 1000
    share = rows["label"].value_counts(normalize=True)
    assert share.min() > 0.2  # every label is well represented
    assert rows.groupby("group")["target"].nunique().min() >= 2  # every statement has a second target
    assert (rows["agreed"].notna()).sum() >= 300  # the second pass covers a sample
