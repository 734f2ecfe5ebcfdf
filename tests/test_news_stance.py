"""The labelled news data: rebuilt from source texts by offsets, checked, split by article."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from stance.lexical import target_key
from stance.research.corpora import round9_rows

from stance.research.news_stance import (DESCRIPTIVE_DIR, ROUND9_DIR, ROUND10_DIR, ROUND11_DIR, ROUND12_DIR, ROUND13_DIR, ROUND14_DIR,
                                         NewsStanceError,
                                         check_folder_splits,
                                         check_splits,
                                         gold_cells_with_offsets, load_news_stance, read_items, source_text, text_hash,
                                         write_items)

REAL_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

ARTICLE = ("Harbour toll vote set for Friday\n"
           "The mayor, Ann Ortiz, said the toll would keep the bridge open. "
           "\"This charge is a tax on working families,\" said councillor Bo Lind.\n")
BODY = "Officials said the new ferry route was a waste of money, a report found."


def _item(iid, doc, text, phrase, target, label, split):
    start = text.index(phrase)
    return {"id": iid, "doc": doc, "start": start, "end": start + len(phrase), "sha1": text_hash(phrase),
            "speaker": "Ann Ortiz", "cue": "said", "kind": "indirect", "target": target, "label": label,
            "split": split}


@pytest.fixture
def news_dir(tmp_path):
    data = tmp_path / "data"
    (data / "polnear_attribution" / "train" / "text").mkdir(parents=True)
    (data / "polnear_attribution" / "train" / "text" / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (data / "fnc1_partial").mkdir()
    with open(data / "fnc1_partial" / "train_bodies.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Body ID", "articleBody"])
        writer.writerow(["7", BODY])
    items = [
        _item("i1", "polnear/train/a1", ARTICLE, "the toll would keep the bridge open", "the toll", "support", "train"),
        _item("i2", "polnear/train/a1", ARTICLE, "the toll would keep the bridge open", "Bo Lind", "neutral", "train"),
        _item("i3", "polnear/train/a1", ARTICLE, "This charge is a tax on working families", "the toll", "oppose",
              "train"),
        _item("i4", "fnc1/train_bodies/7", BODY, "the new ferry route was a waste of money", "the ferry route",
              "oppose", "test"),
    ]
    path = tmp_path / "items"
    write_items(items, path)
    return data, path, items


def test_rounds_select_items(news_dir):
    data, path, items = news_dir
    items = [dict(i, round="3" if i["id"] == "i3" else "1") for i in items]
    write_items(items, path)
    assert list(load_news_stance(data, path=path, rounds=(1, 2))["id"]) == ["i1", "i2", "i4"]
    assert list(load_news_stance(data, "train", path=path, rounds=[3])["id"]) == ["i3"]
    assert len(load_news_stance(data, path=path)) == 4


def _rewrite(path, items):
    write_items(items, path)


def test_load_rebuilds_text_and_provenance(news_dir):
    data, path, _ = news_dir
    frame = load_news_stance(data, path=path)
    assert list(frame["statement"]) == ["the toll would keep the bridge open"] * 2 + [
        "This charge is a tax on working families", "the new ferry route was a waste of money"]
    assert list(frame["label"]) == ["support", "neutral", "oppose", "oppose"]
    assert (frame["corpus"] == "news_stance").all() and (frame["genre"] == "news").all()
    assert "Ann Ortiz" in frame["context"].iloc[0]
    test = load_news_stance(data, "test", path=path)
    assert list(test["id"]) == ["i4"]
    assert source_text("fnc1/train_bodies/7", data) == BODY
    check_splits(frame)


@pytest.mark.parametrize("change, match", [
    ({"start": 5}, r"item i1: the text at polnear/train/a1 5:\d+ is not the statement"),
    ({"end": 10_000}, r"item i1: offsets .* fall outside polnear/train/a1"),
    ({"label": "against"}, r"item i1: label 'against' is not one of"),
    ({"split": "val"}, r"item i1: split 'val' is not one of"),
    ({"doc": "polnear/train/missing"}, r"expected .*missing.txt"),
    ({"doc": "fnc1/train_bodies/99"}, r"item i1: .*no body '99'"),
])
def test_mismatched_items_are_named(news_dir, change, match):
    data, path, items = news_dir
    if "split" in change:  # a split is the article's: change it for every item of the article
        _rewrite(path, [dict(i, **change) if i["doc"] == items[0]["doc"] else i for i in items])
    else:
        _rewrite(path, [dict(items[0], **change), *items[1:]])
    with pytest.raises((NewsStanceError, FileNotFoundError), match=match):
        load_news_stance(data, path=path)


def test_an_article_in_two_splits_is_refused(news_dir):
    data, path, items = news_dir
    with pytest.raises(NewsStanceError, match=r"1 articles have items in several splits \(e.g. polnear/train/a1"):
        write_items([dict(items[0], split="dev"), *items[1:]], path)
    frame = load_news_stance(data, path=path)
    frame.loc[0, "split"] = "dev"
    with pytest.raises(NewsStanceError, match="articles have items in several splits"):
        check_splits(frame)


def test_an_unknown_document_number_is_named(news_dir):
    _, path, _ = news_dir
    (path / "docs.tsv").write_text("doc\tpath\n0\tpolnear/train/a1\n", encoding="utf-8")
    with pytest.raises(NewsStanceError, match=r"item i4: document number 1 is not in docs.tsv"):
        read_items(path)
    (path / "docs.tsv").unlink()
    with pytest.raises(FileNotFoundError, match="docs.tsv is missing"):
        read_items(path)


def test_shipped_items_are_complete_and_split_by_article():
    """Without the corpora: the committed items' provenance, labels and splits."""
    items = read_items()
    assert len(items) >= 4000
    assert len({i["id"] for i in items}) == len(items)
    assert {i["label"] for i in items} == {"support", "oppose", "neutral"}
    splits: dict[str, set[str]] = {}
    for i in items:
        splits.setdefault(i["doc"], set()).add(i["split"])
        assert i["doc"].split("/")[0] in ("polnear", "fnc1") and i["end"] > i["start"] >= 0
    assert all(len(s) == 1 for s in splits.values())
    assert sum(i["split"] == "test" for i in items) >= 800
    second = [i for i in items if i.get("pass2")]
    assert len(second) >= 500 and all(i["pass1"] for i in second)
    assert all(i["adjudication"] for i in second if i["pass1"] != i["pass2"])
    assert {i["round"] for i in items} == {"1", "2", "3", "4", "5", "6", "7"}
    assert all(i["split"] == "train" and i["selection"] in ("model", "random") for i in items if i["round"] == "3")
    assert all(i["split"] == "train" and i["selection"] == "all" for i in items if i["round"] == "4")
    fifth = [i for i in items if i["round"] == "5"]  # a larger dev set: statements that name their target
    assert len(fifth) >= 3000 and all(i["split"] == "dev" and i["selection"] == "named" for i in fifth)
    assert sum(i["label"] != "neutral" for i in items if i["split"] == "dev") >= 500
    sixth = [i for i in items if i["round"] == "6"]  # the rest of the train articles: statements naming a target
    assert len(sixth) >= 3000 and all(i["split"] == "train" and i["selection"] == "topup" for i in sixth)
    assert sum(bool(i.get("pass2")) for i in sixth) >= 450
    spans: dict[str, set[tuple[int, int]]] = {}
    for i in items:
        spans.setdefault(i["doc"], set()).add((i["start"], i["end"]))
    for i in sixth:  # a round-6 statement overlaps no other labelled statement of its article
        assert not any(s < i["end"] and i["start"] < e for s, e in spans[i["doc"]] - {(i["start"], i["end"])}), i["id"]
    # round 7: any entity a train statement names, on new statements and on labelled ones (new targets)
    seventh = [i for i in items if i["round"] == "7"]
    assert len(seventh) >= 4000 and all(i["split"] == "train" and i["selection"] == "entity" for i in seventh)
    assert sum(bool(i.get("pass2")) for i in seventh) >= 450
    earlier = {(i["doc"], i["start"], i["end"], target_key(i["target"])) for i in items if i["round"] != "7"}
    assert not [i for i in seventh if (i["doc"], i["start"], i["end"], target_key(i["target"])) in earlier]


@pytest.mark.skipif(not REAL_DATA.exists(), reason="shared corpora not available at ../shared/data")
def test_shipped_items_match_the_corpora():
    frame = load_news_stance(REAL_DATA)
    assert len(frame) == len(read_items())
    check_splits(frame)
    descriptive = load_news_stance(REAL_DATA, path=DESCRIPTIVE_DIR)
    assert len(descriptive) == len(read_items(DESCRIPTIVE_DIR))
    check_splits(descriptive)
    ninth = load_news_stance(REAL_DATA, path=ROUND9_DIR)
    assert len(ninth) == len(read_items(ROUND9_DIR)) and set(ninth["split"]) == {"train"}
    for folder in (ROUND10_DIR, ROUND11_DIR, ROUND12_DIR, ROUND13_DIR, ROUND14_DIR):
        frame = load_news_stance(REAL_DATA, path=folder)
        assert len(frame) == len(read_items(folder)) and set(frame["split"]) == {"train"}


def test_round_8_descriptive_targets():
    """Without the corpora: round 8 is statements of labelled articles x the plans, laws and votes the
    articles are about, in a folder of its own, every article in the split it has in data/news_stance."""
    from stance.research.corpora import NEWS_CORPORA

    items = read_items(DESCRIPTIVE_DIR)
    assert len(items) >= 800 and {i["round"] for i in items} == {"8"}
    assert {i["selection"] for i in items} == {"descriptive"}
    assert len({i["id"] for i in items}) == len(items)
    assert {i["label"] for i in items} == {"support", "oppose", "neutral"}
    for split in ("train", "dev", "test"):
        assert sum(i["split"] == split for i in items) >= 150
    # descriptive targets, not names: common nouns in them ('the Iran nuclear deal', 'NHL expansion')
    small = {"the", "of", "in", "on", "against", "to", "with", "for", "and", "a", "an", "by", "from", "at"}
    assert sum(any(w.islower() and w not in small for w in i["target"].split()) for i in items) >= 0.9 * len(items)
    # the second pass and its adjudications are kept in the items
    second = [i for i in items if i["pass2"]]
    assert len(second) >= 500
    differ = [i for i in second if i["pass1"] != i["pass2"]]
    assert differ and all(i["adjudication"] and i["label"] in (i["pass1"], i["pass2"]) for i in differ)
    assert not [i for i in second if i["pass1"] == i["pass2"] != i["label"]]
    # same statements as earlier rounds: the provenance is theirs, the split the article's
    earlier = {(i["doc"], i["start"], i["end"], i["sha1"]): i["split"] for i in read_items()}
    assert all(earlier.get((i["doc"], i["start"], i["end"], i["sha1"])) == i["split"] for i in items)
    check_folder_splits()
    assert "news_stance_descriptive" not in NEWS_CORPORA  # in no training mix


def _train_round(folder, round_, selection, *, at_least):
    """The items of a train-only round, after the checks every such round passes: its round and
    selection, unique ids, all three labels, a second pass on 400 items or more whose disagreements
    are adjudicated (and whose agreements stand), and bad extractions labelled neutral."""
    items = read_items(folder)
    assert len(items) >= at_least and {i["round"] for i in items} == {round_}
    assert {i["selection"] for i in items} == {selection} and {i["split"] for i in items} == {"train"}
    assert len({i["id"] for i in items}) == len(items) and {i["label"] for i in items} == {"support", "oppose", "neutral"}
    second = [i for i in items if i["pass2"]]
    assert len(second) >= 400
    differ = [i for i in second if i["pass1"] != i["pass2"]]
    assert differ and all(i["adjudication"] and i["label"] in (i["pass1"], i["pass2"]) for i in differ)
    assert not [i for i in second if i["pass1"] == i["pass2"] != i["label"]]
    assert all(i["label"] == "neutral" for i in items if i["note"] == "bad_extraction")
    return items


def test_round_9_statements_found_with_the_tagger():
    """Without the corpora: round 9 is new statements of train articles (none overlaps a statement an
    earlier round labelled there), train only, with a second pass on 500 items whose disagreements
    are adjudicated, and its extraction errors noted."""
    items = _train_round(ROUND9_DIR, "9", "tagged", at_least=2000)
    assert sum(bool(i["pass2"]) for i in items) >= 500
    earlier = read_items() + read_items(DESCRIPTIVE_DIR)
    train_docs = {i["doc"] for i in earlier if i["split"] == "train"}
    assert {i["doc"] for i in items} <= train_docs
    spans: dict[str, list[tuple[int, int]]] = {}
    for i in earlier:
        spans.setdefault(i["doc"], []).append((i["start"], i["end"]))
    assert not [i for i in items if any(i["start"] < e and s < i["end"] for s, e in spans.get(i["doc"], []))]
    check_folder_splits()


def test_round_10_statements_of_articles_no_round_used():
    """Without the corpora: round 10 is statements of articles that no other round and no gold table
    uses, train only, with a second pass on 400 items whose disagreements are adjudicated."""
    from stance.research.analysis_eval import read_gold

    items = _train_round(ROUND10_DIR, "10", "new_article", at_least=900)
    others = {i["doc"] for folder in (None, DESCRIPTIVE_DIR, ROUND9_DIR) for i in read_items(folder)}
    assert not {i["doc"] for i in items} & (others | {article["doc"] for article in read_gold()})
    check_folder_splits()


def test_round_11_gold_attributions_of_our_train_articles():
    """Without the corpora: round 11 is PolNeAR train-article contents that no earlier round labelled
    (none overlaps a statement of another folder), train only, with an adjudicated second pass."""
    items = _train_round(ROUND11_DIR, "11", "gold_attribution", at_least=1000)
    earlier = [i for folder in (None, DESCRIPTIVE_DIR, ROUND9_DIR, ROUND10_DIR) for i in read_items(folder)]
    assert {i["doc"] for i in items} <= {i["doc"] for i in earlier if i["split"] == "train"}
    assert all(i["doc"].startswith("polnear/") for i in items)
    spans: dict[str, list[tuple[int, int]]] = {}
    for i in earlier:
        spans.setdefault(i["doc"], []).append((i["start"], i["end"]))
    assert not [i for i in items if any(i["start"] < e and s < i["end"] for s, e in spans.get(i["doc"], []))]
    check_folder_splits()


@pytest.mark.parametrize("folder, round_, at_least, corpora", [(ROUND12_DIR, "12", 2500, "newsmtsc"),
                                                              (ROUND13_DIR, "13", 5000, "newsmtsc|dsn"),
                                                              (ROUND14_DIR, "14", 6000, "newsmtsc|dsn")])
def test_sentence_rounds_statements_in_news_sentences(folder, round_, at_least, corpora):
    """Without the corpora: rounds 12 to 14 are statements in train sentences of NewsMTSC (and
    directed_sentiment_news), train only, with an adjudicated second pass on about 500 items; no
    statement of a round overlaps one of an earlier sentence round."""
    items = _train_round(folder, round_, "sentence", at_least=at_least)
    assert sum(bool(i["pass2"]) for i in items) >= 490
    assert all(re.fullmatch(rf"({corpora})/train/\d+", i["doc"]) for i in items)
    spans: dict[str, list[tuple[int, int]]] = {}
    for earlier in (ROUND12_DIR, ROUND13_DIR, ROUND14_DIR)[:int(round_) - 12]:
        for i in read_items(earlier):
            spans.setdefault(i["doc"], []).append((i["start"], i["end"]))
    assert not [i for i in items if any(i["start"] < e and s < i["end"] for s, e in spans.get(i["doc"], []))]
    check_folder_splits()


def test_an_article_in_two_splits_across_folders_is_refused(news_dir, tmp_path):
    _, path, items = news_dir
    other = tmp_path / "other"
    write_items([dict(items[0], target="the bridge plan", split="dev")], other)
    with pytest.raises(NewsStanceError, match=r"article polnear/train/a1 is in split 'train' in .* and 'dev' in"):
        check_folder_splits(path, other)
    write_items([dict(items[0], target="the bridge plan")], other)
    check_folder_splits(path, other)


def test_news_report_table_and_unseen_targets():
    import pandas as pd

    from stance.research.news_eval import format_news_report, unseen_target_rows

    frame = pd.DataFrame({"target": ["Donald  Trump", "the Harbour Board", "BO LIND"], "label": ["support"] * 3})
    assert list(unseen_target_rows(frame, {"donald trump", "bo lind"})["target"]) == ["the Harbour Board"]
    report = {"own": {"n": 10, "f_avg": 0.5, "macro_f1": 0.6, "accuracy": 0.7, "metric": "f_avg"},
              "climate": {"n": 4, "f_avg": None, "macro_f1": 0.25, "accuracy": 0.5, "metric": "macro_f1"}}
    lines = format_news_report(report).splitlines()
    assert lines[1].split() == ["own", "10", "50.00*", "60.00", "70.00"]
    assert lines[2].split() == ["climate", "4", "-", "25.00*", "50.00"]


def test_evaluate_news_rejects_a_bad_split(tmp_path):
    from stance.research.news_eval import evaluate_news

    with pytest.raises(ValueError, match="split must be 'test' or 'dev'"):
        evaluate_news(None, tmp_path, split="val")


def _table(**cell):
    base = {"speaker": "Bo Lind", "target": "the toll", "label": "oppose", "evidence": "a tax on working families"}
    return {"doc": "polnear/train/a1", "targets": ["the toll", "Ann Ortiz"], "speakers": ["Ann Ortiz", "Bo Lind"],
            "cells": [base | cell]}


def test_gold_table_evidence_becomes_offsets():
    # A quote copied with a line break written as a space is still found.
    row = gold_cells_with_offsets(_table(evidence="Friday The mayor"), ARTICLE)
    cell = row["cells"][0]
    assert ARTICLE[cell["evidence_start"]:cell["evidence_end"]] == "Friday\nThe mayor"
    assert "evidence" not in cell and row["speakers"] == ["Ann Ortiz", "Bo Lind"]
    row = gold_cells_with_offsets(_table(), ARTICLE)
    assert ARTICLE[row["cells"][0]["evidence_start"]:row["cells"][0]["evidence_end"]] == "a tax on working families"


@pytest.mark.parametrize("cell, match", [
    ({"evidence": "a toll on working families"}, "not in the article text"),
    ({"label": "against"}, "has label 'against'"),
    ({"target": "the bridge"}, "not one of the article's"),
])
def test_gold_table_errors_name_the_cell(cell, match):
    with pytest.raises(NewsStanceError, match=match) as err:
        gold_cells_with_offsets(_table(**cell), ARTICLE)
    assert "polnear/train/a1" in str(err.value)


def test_gold_article_candidates_from_fnc1_pass_over_used_and_repeated_bodies(tmp_path):
    """FNC-1 repeats bodies under new ids: a body whose text starts as a used one's is passed over."""
    from stance.research.news_stance import _FNC_FILES, gold_article_candidates

    story = ("Mayor Ann Ortiz of Riverton said the new bridge toll was unfair to workers. "
             "Governor Bo Lind said the toll would keep the bridge open. Ortiz said she would fight Lind. "
             "Lind said Ortiz was wrong about the Riverton Council. The Riverton Council said it would vote "
             "on Friday. Ortiz said the Riverton Council should listen to her. ") * 4
    other = story.replace("Ortiz", "Moss").replace("Ann", "Carla")
    folder = tmp_path / "fnc1_partial"
    folder.mkdir()
    pd.DataFrame({"Body ID": ["1", "2", "3"], "articleBody": [story, story, other]}).to_csv(
        folder / _FNC_FILES["train_bodies"], index=False)
    rows = gold_article_candidates(tmp_path, n=5, corpus="fnc1", skip_docs=["fnc1/train_bodies/1"],
                                   min_chars=100, max_chars=10_000)
    assert [r["doc"] for r in rows] == ["fnc1/train_bodies/3"]
    assert len(rows[0]["targets"]) >= 3 and rows[0]["statements"] >= 3
    with pytest.raises(ValueError, match="corpus must be"):
        gold_article_candidates(tmp_path, corpus="basil")


def test_named_only_candidates_pass_over_near_copies_and_unnamed_targets(tmp_path):
    """Round 5's candidates: only targets the statement itself names, and no body that is a light edit of
    a used or already taken one."""
    from stance.research.news_stance import _FNC_FILES, build_candidates

    story = ("Mayor Ann Ortiz of Riverton said the new bridge toll was unfair to workers. "
             "Governor Bo Lind said the toll would keep the bridge open. Ortiz said she would fight Lind. "
             "Lind said the council had wasted a year on the bridge. The Riverton Council said it would vote "
             "on Friday. Ortiz said the Riverton Council should listen to her. ") * 3
    edited = story.replace("on Friday", "on Monday")
    other = ("Chef Maria Dunne said the Harbor Board ruined the fish market. Inspector Paul Grey said Dunne "
             "broke the rules. Dunne said Grey should resign. The Harbor Board said the market would reopen. "
             "Grey said the Harbor Board was right to close it. A fisherman said the weather was cold. ") * 3
    folder = tmp_path / "fnc1_partial"
    folder.mkdir()
    pd.DataFrame({"Body ID": ["1", "2", "3"], "articleBody": [story, edited, other]}).to_csv(
        folder / _FNC_FILES["train_bodies"], index=False)
    everything = build_candidates(tmp_path, n_polnear=0, n_fnc=10, per_article=20)
    rows = build_candidates(tmp_path, n_polnear=0, n_fnc=10, per_article=20, named_only=True, max_overlap=0.5,
                            skip_texts=[story], skip_docs=["fnc1/train_bodies/1"])
    assert {r["doc"] for r in everything} == {"fnc1/train_bodies/1", "fnc1/train_bodies/2", "fnc1/train_bodies/3"}
    assert {r["doc"] for r in rows} == {"fnc1/train_bodies/3"}
    assert rows and all(r["target_named"] for r in rows)
    assert any(not r["target_named"] for r in everything)
    for row in rows:  # the target is in the statement's own words, and is not its speaker
        assert row["target"].split()[-1].lower() in other[row["start"]:row["end"]].lower()
        assert row["target"].split()[-1] not in row["speaker"]


def _one_fnc_body(data_dir, story: str) -> str:
    """A corpora folder holding one FNC-1 train body; returns its document id."""
    from stance.research.news_stance import _FNC_FILES

    folder = data_dir / "fnc1_partial"
    folder.mkdir()
    pd.DataFrame({"Body ID": ["7"], "articleBody": [story]}).to_csv(folder / _FNC_FILES["train_bodies"], index=False)
    return "fnc1/train_bodies/7"


def test_topup_candidates_skip_labelled_statements_and_cap_each_article(tmp_path):
    """Round 6's candidates: the rest of an article that already has items, never a statement that
    overlaps a labelled one, at most ``per_article`` statements, each with the targets it names."""
    from stance.research.news_stance import topup_candidates

    story = ("Chef Maria Dunne said the Harbor Board ruined the fish market. Inspector Paul Grey said Dunne "
             "broke the rules. Dunne said Grey should resign. The Harbor Board said the market would reopen. "
             "Grey said the Harbor Board was right to close it. Dunne said the Harbor Board lied to Grey. ")
    doc = _one_fnc_body(tmp_path, story)
    every = topup_candidates(tmp_path, [doc], [], per_article=20)
    assert every and all(r["target_named"] and r["doc"] == doc for r in every)
    first = sorted({r["start"] for r in every})[:2]
    labelled = [r for r in every if r["start"] in first]
    rest = topup_candidates(tmp_path, [doc], labelled, per_article=20)
    taken = {(r["start"], r["end"]) for r in labelled}
    assert rest and len({r["start"] for r in rest}) < len({r["start"] for r in every})
    assert not any(s < e2 and s2 < e for s, e in taken for r in rest for s2, e2 in [(r["start"], r["end"])])
    capped = topup_candidates(tmp_path, [doc], [], per_article=1)
    assert len({r["start"] for r in capped}) == 1
    for row in every:  # the target is named in the statement, and is not its speaker
        assert row["target"].split()[-1].lower() in story[row["start"]:row["end"]].lower()
        assert row["target"].split()[-1] not in row["speaker"]


def test_topup_new_targets_take_a_labelled_statement_again_for_the_entities_it_has_no_item_for(tmp_path):
    """Round 7's candidates: any entity a statement names (once is enough), also on a labelled
    statement, never a second name of a target that statement already has an item for."""
    from stance.research.news_stance import topup_candidates

    story = ("Chef Maria Dunne said the Harbor Board and Mayor Tom Brandt ruined the fish market. "
             "Inspector Paul Grey said Dunne broke the rules. Dunne said Grey should resign. ")
    doc = _one_fnc_body(tmp_path, story)
    narrow = topup_candidates(tmp_path, [doc], [], per_article=20)
    assert "Tom Brandt" not in {r["target"] for r in narrow}  # named once: not one of the article's targets
    wide = topup_candidates(tmp_path, [doc], [], per_article=20, k_targets=100, min_count=1)
    first = min(r["start"] for r in wide)
    assert {r["target"] for r in wide if r["start"] == first} == {"the Harbor Board", "Tom Brandt"}
    labelled = [dict(r, target="Brandt") for r in wide if r["start"] == first][:1]  # labelled for "Brandt"
    again = topup_candidates(tmp_path, [doc], labelled, per_article=20, k_targets=100, min_count=1, new_targets=True)
    assert [r["target"] for r in again if r["start"] == first] == ["the Harbor Board"]
    without = topup_candidates(tmp_path, [doc], labelled, per_article=20, k_targets=100, min_count=1)
    assert not [r for r in without if r["start"] == first]


def test_article_targets_join_a_first_name_to_its_person_and_drop_fragments():
    from stance.extract import load_nlp
    from stance.research.news_stance import article_targets

    text = ("Senator Hillary Clinton met voters in Ohio on Monday. Hillary told them that the state budget was "
            "fair. Later Hillary Clinton spoke with Governor John Kasich, and Kasich agreed.")
    targets, forms = article_targets(load_nlp()(text), k=100, min_count=1)
    assert "Hillary" not in targets and "Hillary" in forms["Hillary Clinton"]
    assert "Kasich" not in targets and "John Kasich" in targets


@pytest.mark.parametrize("surface, fragment", [("state", True), ("State", True), ("Al Ashry and", True),
                                               ("the Harbor Board", False), ("Islamic State", False),
                                               ("Watch", True), ("the United States", False)])
def test_fragments_are_no_target(surface, fragment):
    from stance.research.news_stance import _fragment

    assert _fragment(surface) is fragment


@pytest.mark.skipif(not REAL_DATA.exists(), reason="shared corpora not available at ../shared/data")
def test_round_9_training_rows_leave_out_bad_extractions():
    rows = round9_rows(REAL_DATA, ["statement", "target", "label", "speaker", "cue"], set())
    items = read_items(ROUND9_DIR)
    assert len(rows) == sum(i["note"] != "bad_extraction" for i in items)
    assert list(rows.columns) == ["statement", "target", "label", "speaker", "cue"]
    some = rows["statement"].iloc[0]
    assert len(round9_rows(REAL_DATA, ["statement"], {some})) < len(rows)


def test_near_copies_by_word_overlap():
    """A statement has a near copy when another's word set overlaps its own by half or more
    (Jaccard, case and punctuation aside); the result does not depend on the chunk size."""
    from stance.research.news_eval import NEAR_COPY, NEWS_SETS, near_copies

    statements = ["The toll is a scandal, she said.", "Ferries will run every hour from May.",
                  "We will fight the closure of the yard", "Nothing here is shared"]
    others = ["the toll is a SCANDAL", "ferries run from the north pier", "We will fight the closure of the yard today"]
    expected = [True, False, True, False]  # 5 of 7 words shared; 3 of 10; 7 of 8; none
    assert near_copies(statements, others).tolist() == expected
    assert near_copies(statements, others, chunk=1).tolist() == expected
    assert near_copies(statements, others, threshold=0.9).tolist() == [False] * 4
    assert near_copies(statements, []).tolist() == [False] * 4 and near_copies([], others).tolist() == []
    assert NEAR_COPY == 0.5 and "news_stance, no near copy in train" in NEWS_SETS


def test_unused_articles_pass_over_used_texts_near_copies_and_retellings_of_held_out_bodies(tmp_path):
    """Round 10's articles: texts no round used, no near copy of a used or an already listed body, and no
    body that retells a dev or test body (a looser overlap), nor a text too short to hold a statement."""
    from stance.research.news_stance import _FNC_FILES, unused_articles

    def words(prefix, lo, hi):
        return " ".join(f"{prefix}{i}" for i in range(lo, hi))

    text = tmp_path / "polnear_attribution" / "train" / "text"
    text.mkdir(parents=True)
    for name, body in {"a1": words("p", 0, 80), "a2": words("q", 0, 80), "a3": "Too short."}.items():
        (text / f"{name}.txt").write_text(body, encoding="utf-8")
    folder = tmp_path / "fnc1_partial"
    folder.mkdir()
    pd.DataFrame({"Body ID": ["1", "2", "3", "4"],
                  "articleBody": [words("w", 0, 100), words("w", 0, 99) + " edited",
                                  words("v", 0, 100), words("v", 1, 100) + " again"]}).to_csv(
        folder / _FNC_FILES["train_bodies"], index=False)
    pd.DataFrame({"Body ID": ["5", "6", "7"],
                  "articleBody": [words("u", 0, 100), words("u", 0, 60) + " " + words("x", 0, 60),
                                  words("y", 0, 100)]}).to_csv(folder / _FNC_FILES["competition_test_bodies"],
                                                               index=False)
    used = {"polnear/train/a1", "fnc1/train_bodies/1", "fnc1/competition_test_bodies/5"}
    held_out = {"fnc1/competition_test_bodies/5"}
    assert unused_articles(tmp_path, used, held_out, min_chars=50) == [
        "polnear/train/a2", "fnc1/competition_test_bodies/7", "fnc1/train_bodies/3"]
    # body 6 shares 60 of 160 words with the held-out body 5: a retelling, out at 0.3, in at 0.5
    assert "fnc1/competition_test_bodies/6" in unused_articles(tmp_path, used, held_out, min_chars=50,
                                                                 max_held_out_overlap=0.5)


def test_gold_attribution_candidates_take_unlabelled_gold_contents_with_a_named_speaker(tmp_path):
    """Round 11's candidates: PolNeAR's gold contents in a train article, never one that overlaps a
    labelled statement, never a discontinuous one, never a bare pronoun as the speaker, each x the
    article's targets it names."""
    from stance.research.news_stance import gold_attribution_candidates

    text = ("Mayor Ann Ortiz said the Riverton Council had wasted a year on the bridge. "
            "Governor Bo Lind praised the Riverton Council for its work on the bridge. "
            "Ortiz said the Riverton Council should listen to her. "
            "He thinks the Riverton Council is slow and the toll is unfair. "
            "Lind said Ortiz was wrong about the toll and the bridge.")
    folder = tmp_path / "polnear_attribution" / "train"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "a1.txt").write_text(text, encoding="utf-8")
    lines, n = [], 0
    for source, cue, content in [("Mayor Ann Ortiz", "said", "the Riverton Council had wasted a year on the bridge"),
                                 ("Governor Bo Lind", "praised", "the Riverton Council for its work on the bridge"),
                                 ("He", "thinks", "the Riverton Council is slow and the toll is unfair"),
                                 ("Lind", "said", "Ortiz was wrong about the toll and the bridge")]:
        ids = []
        for label, phrase in (("Source", source), ("Cue", cue), ("Content", content)):
            n += 1
            start = text.index(phrase, text.index(source))
            lines.append(f"T{n}\t{label} {start} {start + len(phrase)}\t{phrase}")
            ids.append(f"T{n}")
        lines.append(f"E{len(ids)}{n}\tAttribution:{ids[1]} Source:{ids[0]} Cue:{ids[1]} Content:{ids[2]}")
    start = text.index("Riverton Council should")  # a discontinuous content is passed over
    lines += [f"T90\tContent {start} {start + 16};{start + 24} {start + 40}\tx", "E90\tAttribution:T90 Content:T90"]
    (folder / "attributions" / "a1_0abc.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    labelled = text.index("the Riverton Council had wasted")
    items = [{"doc": "polnear/train/a1", "start": labelled, "end": labelled + 40, "split": "train"}]
    rows = gold_attribution_candidates(tmp_path, items, tagger=None)
    got = {(r["target"], text[r["start"]:r["end"]]) for r in rows}
    assert ("the Riverton Council", "the Riverton Council for its work on the bridge") in got
    assert ("Ann Ortiz", "Ortiz was wrong about the toll and the bridge") in got
    assert not [c for _, c in got if c.startswith("the Riverton Council had wasted") or c.startswith("Riverton Council should")]
    # the speakers are the extractor's, resolved across the article ("He" is Bo Lind here)
    assert {r["speaker"] for r in rows} == {"Bo Lind"}
    assert {r["split"] for r in rows} == {"train"} and {r["round"] for r in rows} == {"11"}
    assert len({r["id"] for r in rows}) == len(rows)


def test_sentence_candidates_take_named_speakers_once_and_pass_over_held_out_text(tmp_path):
    """Round 12's candidates: statements in NewsMTSC train sentences with a named speaker, each
    sentence once, never one that shares a run of words with a held-out article or with NewsMTSC's
    dev-test sentences, each x the people it marks and the entities it names, never the speaker."""
    from stance.research.news_stance import sentence_candidates

    sentences = [
        ("Mayor Ann Ortiz said the Riverton Council had wasted a whole year on the harbour bridge.",
         ["the Riverton Council"]),
        ("Mayor Ann Ortiz said the Riverton Council had wasted a whole year on the harbour bridge.",
         ["the Riverton Council"]),
        ("He said the toll on the harbour bridge was unfair to the drivers of Riverton.", ["He"]),
        ("Senator Ada Price said the new ferry timetable would cut the crossing to twelve minutes.", ["Ada Price"]),
        ("Councillor Tom Hadley said the dock workers deserved a free pass over the harbour bridge.", ["Tom Hadley"]),
        ("Governor Bo Lind praised Mayor Ann Ortiz for her steady work on the Riverton harbour bridge.",
         ["Mayor Ann Ortiz", "Bo Lind"]),
    ]
    (tmp_path / "newsmtsc").mkdir()
    with open(tmp_path / "newsmtsc" / "train.jsonl", "w", encoding="utf-8") as fh:
        for text, mentions in sentences:
            fh.write(json.dumps({"sentence_normalized": text, "targets": [{"mention": m} for m in mentions]}) + "\n")
    (tmp_path / "newsmtsc" / "devtest_rw.jsonl").write_text(
        json.dumps({"sentence_normalized": sentences[4][0], "targets": []}) + "\n", encoding="utf-8")
    held = tmp_path / "polnear_attribution" / "dev" / "text"
    held.mkdir(parents=True)
    held.joinpath("h1.txt").write_text("On Monday Senator Ada Price said the new ferry timetable would cut the "
                                       "crossing short.", encoding="utf-8")
    rows = sentence_candidates(tmp_path, ["polnear/dev/h1"], tagger=None)
    assert {r["doc"] for r in rows} == {"newsmtsc/train/0", "newsmtsc/train/5"}
    got = {(r["doc"], r["speaker"], r["target"]) for r in rows}
    assert ("newsmtsc/train/0", "Ann Ortiz", "the Riverton Council") in got
    assert ("newsmtsc/train/5", "Bo Lind", "Mayor Ann Ortiz") in got
    assert not [r for r in rows if "Lind" in r["target"]]  # never the speaker
    assert {r["split"] for r in rows} == {"train"} and {r["round"] for r in rows} == {"12"}
    for r in rows:
        text = source_text(r["doc"], tmp_path)
        assert text_hash(text[r["start"]:r["end"]]) == r["sha1"]
    with pytest.raises(KeyError, match="no line '9'"):
        source_text("newsmtsc/train/9", tmp_path)


def test_sentence_candidates_from_directed_sentiment_news_skip_labelled_statements(tmp_path):
    """Round 13's candidates: directed_sentiment_news train sentences without their entity brackets,
    the bracketed pair widened to whole words as targets, never a statement already labelled, never a
    sentence of the corpus's dev or test files."""
    from stance.research.news_stance import sentence_candidates

    folder = tmp_path / "directed_sentiment_news"
    folder.mkdir()
    lines = ["Mayor [Ann Ortiz] said the [Riverton Counci]l had wasted a whole year on the harbour bridge.\tAnn Ortiz\t"
             "Riverton Counci\t3",
             "Governor [Bo Lind] praised Mayor [Ann Ortiz] for her steady work on the Riverton harbour bridge.\tBo Lind\t"
             "Ann Ortiz\t1",
             "Senator [Ada Price] said the new ferry timetable would cut the crossing to twelve minutes.\tAda Price\t"
             "Riverton\t0"]
    (folder / "train.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "test.txt").write_text(lines[2] + "\n", encoding="utf-8")
    assert source_text("dsn/train/0", tmp_path).startswith("Mayor Ann Ortiz said the Riverton Council had")
    first = sentence_candidates(tmp_path, [], tagger=None, corpora=["dsn"], round_="13")
    assert {r["doc"] for r in first} == {"dsn/train/0", "dsn/train/1"} and {r["round"] for r in first} == {"13"}
    assert ("dsn/train/0", "Riverton Council") in {(r["doc"], r["target"]) for r in first}
    labelled = [r for r in first if r["doc"] == "dsn/train/0"]
    again = sentence_candidates(tmp_path, [], tagger=None, corpora=["dsn"], items=labelled)
    assert {r["doc"] for r in again} == {"dsn/train/1"}


def test_sentence_candidates_cli_passes_over_every_other_sentence_round(tmp_path, monkeypatch):
    """`sentence-candidates --round 14` hands the builder the labelled statements of rounds 12 and 13
    (not round 14's own, nor the article rounds'), so that a new round never relabels a statement."""
    from stance.research import news_stance

    seen = {}
    monkeypatch.setattr(news_stance, "load_tagger", lambda: None)
    monkeypatch.setattr(news_stance, "sentence_candidates",
                        lambda data_dir, held_out, **kw: seen.update(kw, held_out=set(held_out)) or [])
    out = tmp_path / "cands.jsonl"
    news_stance.main(["sentence-candidates", "--round", "14", "--corpora", "newsmtsc", "dsn", "--output", str(out)])
    ids = {i["id"] for i in seen["items"]}
    assert ids == {i["id"] for folder in (ROUND12_DIR, ROUND13_DIR) for i in read_items(folder)}
    assert seen["round_"] == "14" and seen["seed_key"] == "news-stance-v14" and out.read_text() == ""
    assert {i["doc"] for i in read_items() if i["split"] == "dev"} <= seen["held_out"]
