"""End-to-end scoring of analyze against per-article gold tables, on a made-up article."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import stance
from stance.research.analysis_eval import (article_bootstrap, compare_analysis, evaluate_analysis,
                                          format_analysis_report, format_comparison, read_gold, same_speaker)
from stance.research.news_stance import NewsStanceError, read_items
from conftest import make_examples

ARTICLE = ("Harbour toll vote set for Friday\n"
           "The mayor, Ann Ortiz, said the toll would keep the bridge open.\n"
           "\"This charge is a tax on working families,\" said councillor Bo Lind.\n")


@pytest.mark.parametrize("gold, predicted, same", [
    ("Donald Trump", "Donald J. Trump", True), ("Mr. Trump", "Trump", True), ("Ann Ortiz", "Bo Lind", False),
    ("the White House", "White House", True), ("Ann Ortiz", None, False),
    # an organisation's short form and members, a capital and its country, as the extractor names them
    ("ISIS", "Islamic State", True), ("Islamic State", "Isis militants", True), ("Beijing", "China", True),
    ("China", "Moscow", False), ("Hamas", "Islamic State", False),
])
def test_same_speaker(gold, predicted, same):
    assert same_speaker(gold, predicted) is same


@pytest.fixture
def gold_dir(tmp_path):
    data = tmp_path / "data"
    (data / "polnear_attribution" / "dev" / "text").mkdir(parents=True)
    (data / "polnear_attribution" / "dev" / "text" / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    article = {"doc": "polnear/dev/a1", "split": "dev", "targets": ["the toll", "the ferry"],
               "speakers": ["Ann Ortiz", "Bo Lind"],
               "cells": [{"speaker": "Ann Ortiz", "target": "the toll", "label": "support"},
                         {"speaker": "Bo Lind", "target": "the toll", "label": "oppose"},
                         {"speaker": "Carla Moss", "target": "the ferry", "label": "support"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    return data, path, article


def test_evaluate_analysis_counts_found_and_missing_cells(tiny_base, gold_dir):
    data, path, _ = gold_dir
    model = stance.train(make_examples(), base=str(tiny_base), epochs=1, batch_size=8, seed=2)
    report = evaluate_analysis(model, data, "dev", path=path)
    assert report["articles"] == 1 and report["gold_cells"] == 3
    # the two speakers who speak about the toll are found; the third never speaks in the text
    assert report["found"] == pytest.approx(2 / 3)
    [row] = report["per_article"]
    assert (row["doc"], row["gold_cells"], row["found"]) == ("polnear/dev/a1", 3, 2)
    assert row["gold"][:3] == ["support", "oppose", "support"] and len(row["pred"]) == len(row["gold"])
    low, high = report["f_avg_ci"]  # one article: every resample is that article
    assert low == pytest.approx(report["f_avg"]) == pytest.approx(high)
    assert "gold cells found: 66.7%" in format_analysis_report(report)
    assert evaluate_analysis(model, data, "test", path=path)["articles"] == 0
    assert evaluate_analysis(model, data, "dev", path=path, corpus="polnear")["articles"] == 1
    with pytest.raises(ValueError, match="no dev gold article from corpus 'fnc1'"):
        evaluate_analysis(model, data, "dev", path=path, corpus="fnc1")


def test_gold_with_a_bad_label_is_refused(gold_dir):
    _, path, article = gold_dir
    article["cells"][0]["label"] = "favour"
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    with pytest.raises(NewsStanceError, match="has label 'favour'"):
        read_gold(path)


def test_shipped_gold_tables():
    articles = read_gold()
    assert len(articles) >= 40
    assert {a["split"] for a in articles} == {"dev", "test"}
    assert len({a["doc"] for a in articles}) == len(articles)
    for a in articles:
        assert a["cells"] and all(c["target"] in a["targets"] for c in a["cells"])
    # No gold article gives a training statement item: the tables judge analyze on text no model
    # trained on. Rounds 1-3 of the tables use articles with no item at all; round 4 the dev
    # articles of data/news_stance, whose items are dev too.
    split_of = {item["doc"]: item["split"] for item in read_items()}
    assert all(split_of.get(a["doc"], a["split"]) == a["split"] for a in articles)
    assert not [a for a in articles if a["doc"] in split_of and a.get("round") != 4]
    # round 3 of the tables: FNC-1 bodies, all dev, doubly labelled articles with their second table
    fnc = [a for a in articles if a["doc"].startswith("fnc1/") and a.get("round") == 3]
    assert len(fnc) >= 48 and {a["split"] for a in fnc} == {"dev"}
    assert sum("second_pass" in a for a in fnc) == 8
    fourth = [a for a in articles if a.get("round") == 4]
    assert len(fourth) >= 80 and {a["split"] for a in fourth} == {"dev"}
    assert sum("second_pass" in a for a in fourth) >= 6


def _articles(*pairs):
    """per_article rows from (gold, pred) label lists."""
    return [{"doc": f"d{i}", "gold": list(g), "pred": list(p)} for i, (g, p) in enumerate(pairs)]


def test_article_bootstrap_brackets_the_score_and_resamples_whole_articles():
    right = (["support", "oppose"], ["support", "oppose"])
    wrong = (["support", "oppose"], ["oppose", "neutral"])
    rows = _articles(right, wrong, right, wrong)
    ci = article_bootstrap(rows)
    assert 0.0 <= ci["f_avg"][0] < 0.5 < ci["f_avg"][1] <= 1.0
    assert 0.0 <= ci["accuracy"][0] < 0.5 < ci["accuracy"][1] <= 1.0
    assert article_bootstrap(rows) == ci  # seeded
    assert article_bootstrap(_articles(right, right)) == {"f_avg": (1.0, 1.0), "accuracy": (1.0, 1.0)}


def test_compare_analysis_is_paired():
    gold = ["support", "oppose", "neutral"]
    base = {"per_article": _articles(*[(gold, ["neutral"] * 3)] * 6)}
    better = {"per_article": _articles(*[(gold, gold)] * 3, *[(gold, ["neutral"] * 3)] * 3)}
    same = compare_analysis(base, base)
    assert same["f_avg"] == {"difference": 0.0, "ci": (0.0, 0.0), "ahead": 0.0}
    up = compare_analysis(better, base)
    assert up["f_avg"]["difference"] == pytest.approx(2 / 3) and up["f_avg"]["ci"][0] > 0
    assert up["accuracy"]["ahead"] > 0.95  # ties only where a resample draws none of the better articles
    assert "cell F_avg: +66.67" in format_comparison(up)
    with pytest.raises(ValueError, match="different articles"):
        compare_analysis(better, {"per_article": base["per_article"][:5]})


def test_choose_neutral_margin_scores_each_fold_with_a_margin_chosen_on_the_others(tiny_base, gold_dir, tmp_path):
    from stance.research.analysis_eval import analysis_report, analyze_articles, choose_neutral_margin, score_article

    data, _, article = gold_dir
    other = dict(article, doc="polnear/dev/a2")
    (data / "polnear_attribution" / "dev" / "text" / "a2.txt").write_text(ARTICLE.replace("Bo Lind", "Carla Moss"),
                                                                         encoding="utf-8")
    (data / "polnear_attribution" / "dev" / "text" / "a3.txt").write_text(ARTICLE, encoding="utf-8")
    articles = [article, other, dict(article, doc="polnear/dev/a3")]
    model = stance.train(make_examples(), base=str(tiny_base), epochs=1, batch_size=8, seed=2)
    results = analyze_articles(model, data, articles)
    chosen = choose_neutral_margin(articles, results, grid=(-0.3, 0.0, 0.3), folds=3)
    assert chosen["margin"] in (-0.3, 0.0, 0.3) and len(chosen["fold_margins"]) == 3
    assert set(chosen["by_margin"]) == {-0.3, 0.0, 0.3}
    out = chosen["out_of_fold"]
    assert [row["doc"] for row in out["per_article"]] == [a["doc"] for a in articles]
    # one margin to choose from: the out-of-fold cells are the cells at that margin
    only = choose_neutral_margin(articles, results, grid=(0.3,), folds=3)["out_of_fold"]
    direct = analysis_report([score_article(a, r.relabel(0.3)) for a, r in zip(articles, results)])
    assert only["per_article"] == direct["per_article"] and only["f_avg"] == direct["f_avg"]
    assert direct["f_avg"] == evaluate_analysis(model, data, "dev", path=_gold(tmp_path, articles),
                                                neutral_margin=0.3)["f_avg"]
    with pytest.raises(ValueError, match="cannot make 5 folds"):
        choose_neutral_margin(articles, results)


def _gold(tmp_path, articles):
    path = tmp_path / "gold3.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def test_evaluate_analysis_command_chooses_a_margin(tiny_base, gold_dir, tmp_path, capsys):
    """`stance evaluate-analysis --choose-margin` prints the margin chosen on the articles and the
    out-of-fold cells; `--neutral-margin` analyzes with a given one."""
    from stance.cli import main

    data, _, article = gold_dir
    articles = []
    for k in range(5):
        (data / "polnear_attribution" / "dev" / "text" / f"b{k}.txt").write_text(ARTICLE, encoding="utf-8")
        articles.append(dict(article, doc=f"polnear/dev/b{k}"))
    path = _gold(tmp_path, articles)
    model = stance.train(make_examples(), base=str(tiny_base), epochs=1, batch_size=8, seed=2)
    model.save(tmp_path / "model")
    common = ["evaluate-analysis", "--data-dir", str(data), "--gold", str(path), "--model", str(tmp_path / "model"),
              "--precision", "fp32", "--tagger", "none"]
    assert main([*common, "--choose-margin", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    chosen = report["choose_margin"]
    assert len(chosen["fold_margins"]) == 5 and chosen["out_of_fold"]["articles"] == 5
    assert main([*common, "--neutral-margin", str(chosen["margin"]), "--json"]) == 0
    at_margin = json.loads(capsys.readouterr().out)
    assert at_margin["f_avg"] == pytest.approx(chosen["by_margin"][str(chosen["margin"])])
    assert main([*common, "--choose-margin"]) == 0
    assert "out of fold (5 folds by article" in capsys.readouterr().out


def test_choose_reading_blends_the_two_readings_and_chooses_out_of_fold(tiny_base, gold_dir, tmp_path):
    """The speaker weight and margin are chosen from two analyses (alone, with speakers); a blend
    at weight w is what `analyze(use_speaker=w)` gives, and with one setting to choose from the
    out-of-fold cells are that setting's cells."""
    import numpy as np

    from stance.analyze import analyze
    from stance.research.analysis_eval import (analysis_report, analyze_articles, blend_readings, choose_reading,
                                              score_article)

    data, _, article = gold_dir
    for name in ("a2", "a3"):
        (data / "polnear_attribution" / "dev" / "text" / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    articles = [article, dict(article, doc="polnear/dev/a2"), dict(article, doc="polnear/dev/a3")]
    rows = make_examples()
    model = stance.train(rows + [dict(r, speaker="Ann Ortiz", cue="said") for r in rows], base=str(tiny_base),
                         epochs=1, batch_size=8, seed=2)
    assert model.uses_speaker
    alone, spoken = (analyze_articles(model, data, articles, use_speaker=w, neutral_margin=0.0) for w in (0, 1))

    def probs(result):
        return np.array([[r.scores[l] for l in model.labels] for r in result.stances if r.relevant])

    mixed = blend_readings(alone[0], spoken[0], 0.25)
    direct = analyze(ARTICLE, targets=article["targets"], model=model, use_speaker=0.25, neutral_margin=0.0)
    np.testing.assert_allclose(probs(mixed), probs(direct), atol=1e-5)
    np.testing.assert_allclose(probs(mixed), 0.75 * probs(alone[0]) + 0.25 * probs(spoken[0]), atol=1e-6)
    assert [r.label for r in mixed.stances] == [r.label for r in direct.stances]
    assert mixed.speaker_weight == direct.speaker_weight == 0.25

    chosen = choose_reading(articles, alone, spoken, weights=(0.0, 0.5, 1.0), grid=(-0.2, 0.0), folds=3)
    assert (chosen["weight"], chosen["margin"]) in chosen["by_setting"] and len(chosen["fold_choices"]) == 3
    assert len(chosen["by_setting"]) == 6
    only = choose_reading(articles, alone, spoken, weights=(1.0,), grid=(0.0,), folds=3)["out_of_fold"]
    expected = analysis_report([score_article(a, r) for a, r in zip(articles, spoken)])
    assert only["per_article"] == expected["per_article"]
    with pytest.raises(ValueError, match="different statements"):
        blend_readings(alone[0], _one_record_less(spoken[0]), 0.5)


def _one_record_less(result):
    from dataclasses import replace

    return replace(result, stances=result.stances[:-1])


def test_analyze_articles_warns_about_truncation_once_per_run(monkeypatch):
    """One warning with the total for the run, not one per article; other warnings pass through."""
    import warnings

    from stance.research import analysis_eval

    def fake_analyze(text, targets, model, **options):
        warnings.warn("3 of 9 statement/target pairs are longer than the model's limit of 128 tokens and were "
                      "truncated")
        warnings.warn(f"the article never names {targets[0]!r}")
        return text

    monkeypatch.setattr(analysis_eval, "analyze", fake_analyze)
    monkeypatch.setattr(analysis_eval, "source_text", lambda doc, data_dir: doc)
    articles = [{"doc": "a", "targets": ["the toll"]}, {"doc": "b", "targets": ["the ferry"]}]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = analysis_eval.analyze_articles(None, "unused", articles)
    assert out == ["a", "b"]
    messages = [str(w.message) for w in caught]
    assert [m for m in messages if "truncated" in m] == [
        "6 statement readings in 2 articles were longer than the model's limit of 128 tokens and were truncated"]
    assert "the article never names 'the toll'" in messages and "the article never names 'the ferry'" in messages
