"""The command line: thin wrappers, exercised in-process with a tiny model."""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

import stance
from stance.cli import main
from conftest import make_examples

RELABEL = {"support": "agree", "oppose": "disagree", "neutral": "discuss"}


@pytest.fixture(scope="module")
def cli_model(tiny_base, tmp_path_factory):
    """Train through the CLI with a custom label set and custom column names."""
    d = tmp_path_factory.mktemp("cli")
    rows = [{"text": r["statement"], "topic": r["target"], "stance": RELABEL[r["label"]]} for r in make_examples()]
    pd.DataFrame(rows).to_csv(d / "train.csv", index=False)
    pd.DataFrame(rows[:8]).to_json(d / "dev.jsonl", orient="records", lines=True)
    out = d / "model"
    code = main(["train", str(d / "train.csv"), "--eval", str(d / "dev.jsonl"), "--output-dir", str(out),
                 "--base", str(tiny_base), "--labels", "agree,disagree,discuss,unrelated", "--epochs", "30",
                 "--learning-rate", "3e-3", "--batch-size", "8", "--patience", "100", "--quiet",
                 "--column", "text=statement", "--column", "topic=target", "--column", "stance=label"])
    assert code == 0
    return d, out


def test_train_custom_labels_via_cli(cli_model):
    _, out = cli_model
    config = json.loads((out / "config.json").read_text())
    assert list(config["id2label"].values()) == ["agree", "disagree", "discuss", "unrelated"]


def test_evaluate_via_cli(cli_model, capsys):
    d, out = cli_model
    capsys.readouterr()
    assert main(["evaluate", str(d / "dev.jsonl"), "--model", str(out), "--json", "--precision", "fp32",
                 "--column", "text=statement", "--column", "topic=target", "--column", "stance=label"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["n"] == 8 and report["labels"] == ["agree", "disagree", "discuss", "unrelated"]
    # the command is a thin wrapper: the same numbers as the Python API
    expected = stance.evaluate(stance.load(out, precision="fp32"), str(d / "dev.jsonl"),
                               column_mapping={"text": "statement", "topic": "target", "stance": "label"})
    assert report["accuracy"] == pytest.approx(expected["accuracy"])
    assert report["confusion_matrix"] == expected["confusion_matrix"]


def test_predict_one_pair(cli_model, capsys):
    _, out = cli_model
    capsys.readouterr()
    assert main(["predict", "--statement", "we fully support the plan", "--target", "the plan",
                 "--model", str(out), "--jsonl", "--precision", "fp32"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["label"] == "agree" and set(rec["scores"]) == {"agree", "disagree", "discuss", "unrelated"}


def test_predict_jsonl_in_out(cli_model, tmp_path):
    _, out = cli_model
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "statement": s, "target": "the plan"})
                             for i, s in enumerate(["we fully support the plan", "we will never accept the plan"])))
    dst = tmp_path / "out.jsonl"
    assert main(["predict", "--input", str(src), "--output", str(dst), "--model", str(out), "--precision", "fp32"]) == 0
    recs = [json.loads(l) for l in dst.read_text().splitlines()]
    assert [r["id"] for r in recs] == [0, 1]
    preds = stance.load(out, precision="fp32").predict([r["statement"] for r in recs], target="the plan")
    assert [r["label"] for r in recs] == [p.label for p in preds]
    assert recs[1]["p_disagree"] == pytest.approx(preds[1].scores["disagree"], abs=1e-5)
    assert {"p_agree", "p_unrelated", "score"} <= set(recs[0])


def test_cli_errors_are_messages_not_tracebacks(cli_model, tmp_path, capsys):
    _, out = cli_model
    assert main(["evaluate", str(tmp_path / "missing.csv"), "--model", str(out)]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["predict", "--statement", "  ", "--target", "x", "--model", str(out)]) == 2
    assert "empty" in capsys.readouterr().err


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    for cmd in ("predict", "train", "evaluate", "extract", "analyze", "evaluate-extraction"):
        assert cmd in text


def _toll_article(tmp_path):
    """A three-paragraph article with two speakers, one about the toll, one about the library."""
    article = tmp_path / "a.txt"
    article.write_text("Toll Row\n\nThe mayor said the charge was needed.\n\nCouncillor Ann Lowe said the library would open soon.")
    return article


def test_analyze_with_aliases(cli_model, tmp_path, capsys, monkeypatch):
    _, out = cli_model
    article = _toll_article(tmp_path)
    capsys.readouterr()
    assert main(["analyze", str(article), "--target", "the bridge toll|the charge", "--target", "the library",
                 "--model", str(out), "--format", "jsonl", "--precision", "fp32"]) == 0
    recs = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    by = {(r["statement"][:10], r["target"]): r for r in recs}
    assert by[("the charge", "the bridge toll")]["relevant"] is True  # named through its alias
    assert by[("the librar", "the bridge toll")]["relevant"] is False


def test_evaluate_news_help_and_speaker_flags(capsys):
    with pytest.raises(SystemExit):
        main(["evaluate-news", "--help"])
    out = capsys.readouterr().out
    assert "--data-dir" in out and "--split" in out
    with pytest.raises(SystemExit):
        main(["predict", "--help"])
    out = capsys.readouterr().out
    assert "--speaker" in out and "--cue" in out


def test_analyze_with_the_relevance_gate(cli_model, tmp_path, capsys):
    """`--relevance-gate` uses the model's gate; a model without one, or whose labels have no
    support and oppose for the gate to read, gets a message, not a traceback."""
    from stance.gate import FEATURES, RelevanceGate
    from stance.research.relevance_gate import write_gate

    _, out = cli_model
    article = _toll_article(tmp_path)
    capsys.readouterr()
    assert main(["analyze", str(article), "--target", "the library", "--model", str(out), "--relevance-gate"]) == 2
    assert "carries no relevance gate" in capsys.readouterr().err
    gated = tmp_path / "gated"
    shutil.copytree(out, gated)
    write_gate(gated, RelevanceGate(coef=(0.0,) * len(FEATURES), intercept=1.0, threshold=0.5))
    assert stance.load(gated).relevance_gate.intercept == 1.0
    assert main(["analyze", str(article), "--target", "the library", "--model", str(gated), "--relevance-gate"]) == 2
    assert "reads p(support) and p(oppose)" in capsys.readouterr().err


def test_analyze_explains_a_speaker(cli_model, tmp_path, capsys):
    """`--explain SPEAKER` lists the statements behind that speaker's cells after the table; an
    unknown speaker is an error that names the known ones, before anything is printed."""
    _, out = cli_model
    article = _toll_article(tmp_path)
    capsys.readouterr()
    assert main(["analyze", str(article), "--target", "the bridge toll|the charge", "--target", "the library",
                 "--model", str(out), "--explain", "Ann Lowe", "--precision", "fp32"]) == 0
    text = capsys.readouterr().out
    part = text[text.index("\nAnn Lowe\n"):]
    assert "  the library:" in part and "  the bridge toll:" in part
    assert "the library would open soon" in part and "not counted" in part  # not about the toll
    assert main(["analyze", str(article), "--target", "the library", "--model", str(out),
                 "--explain", "Nobody"]) == 2
    captured = capsys.readouterr()
    assert "no statement by 'Nobody'" in captured.err and "Ann Lowe" in captured.err and captured.out == ""
