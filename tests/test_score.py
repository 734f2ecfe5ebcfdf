"""Batch scoring: file formats, fan-out, in-memory inputs, errors, resume after kill -9, articles, Ray."""
from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import stance
from conftest import WORDS, make_examples
from stance.cli import main
from stance.score import score_corpus

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tiny_model(tiny_base, tmp_path_factory):
    """A tiny trained model, saved (the subprocess tests load it from disk) and loaded in fp32."""
    out = tmp_path_factory.mktemp("score_model") / "model"
    stance.train(make_examples(), base=str(tiny_base), epochs=2, batch_size=8, seed=0).save(out)
    return stance.load(out, precision="fp32"), out


def records(n: int, *, seed: int = 0, with_target: bool = True) -> list[dict]:
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        words = rng.choice(WORDS, size=int(rng.integers(3, 12)))
        row = {"id": f"r{i}", "n": i, "statement": " ".join(words)}
        if with_target:
            row["target"] = ("the plan", "the bill")[i % 2]
        rows.append(row)
    return rows


def write(rows: list[dict], path: Path) -> Path:
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    elif path.suffix == ".csv":
        pd.DataFrame(rows).to_csv(path, index=False)
    else:
        pd.DataFrame(rows).to_parquet(path, index=False)
    return path


def read(path: Path) -> pd.DataFrame:
    if path.suffix == ".jsonl":
        return pd.read_json(path, lines=True, dtype=False)
    if path.suffix == ".csv":
        return pd.read_csv(path, keep_default_na=False)
    return pd.read_parquet(path)


@pytest.mark.parametrize("src,dst", [(".jsonl", ".jsonl"), (".csv", ".csv"), (".parquet", ".parquet"),
                                     (".jsonl", ".parquet"), (".parquet", ".csv")])
def test_statements_files(tiny_model, tmp_path, src, dst):
    model, _ = tiny_model
    rows = records(45)
    out = tmp_path / f"scored{dst}"
    run = score_corpus(write(rows, tmp_path / f"in{src}"), model=model, output=out, chunk_size=10)
    assert run.read == run.written == 45 and run.errors == 0 and run.chunks == 5
    assert run.records_per_s > 0 and Path(run.errors_file).read_text() == ""
    frame = read(out)
    p_cols = [f"p_{l}" for l in model.labels]
    assert list(frame.columns) == ["id", "n", "statement", "target", "label", "score", *p_cols]
    assert frame["id"].tolist() == [r["id"] for r in rows] and frame["n"].tolist() == list(range(45))
    expected = model.predict_proba([r["statement"] for r in rows], [r["target"] for r in rows])
    np.testing.assert_allclose(frame[p_cols].to_numpy(dtype=float), expected, atol=1e-5)
    assert frame["label"].tolist() == [model.labels[k] for k in expected.argmax(1)]
    assert not (tmp_path / f".scored{dst}.parts").exists()  # the work dir goes once the output is complete


def test_given_targets_fan_out(tiny_model, tmp_path):
    model, _ = tiny_model
    rows = records(7, with_target=False)
    out = tmp_path / "fan.jsonl"
    run = score_corpus(rows, model=model, targets=["the plan", "the bill", "the toll"], output=out, chunk_size=3)
    assert run.read == 7 and run.written == 21
    frame = read(out)
    assert sorted(zip(frame["id"], frame["target"])) == sorted(
        (r["id"], t) for r in rows for t in ("the plan", "the bill", "the toll"))
    with pytest.raises(ValueError, match="both 'the toll'"):
        score_corpus(rows, model=model, targets=["the toll", "the plan", "the toll"])
    # the same pair scores the same whether alone or fanned out
    one = score_corpus(rows, model=model, targets="the toll").to_pandas()
    np.testing.assert_allclose(frame[frame["target"] == "the toll"]["score"].to_numpy(), one["score"].to_numpy(),
                               atol=1e-5)


def test_dataframe_in_dataframe_out(tiny_model, tmp_path):
    model, _ = tiny_model
    frame = pd.DataFrame(records(12), index=range(100, 112))
    frame.loc[105, "statement"] = "  "  # kept in memory, with empty stance columns
    run = score_corpus(frame, model=model, chunk_size=5, errors=tmp_path / "err.jsonl", id_column="id")
    out = run.to_pandas()
    assert isinstance(out, pd.DataFrame) and list(out.index) == list(frame.index)
    assert pd.isna(out.loc[105, "label"]) and np.isnan(out.loc[105, "score"])
    assert out.drop(index=105)["label"].isin(model.labels).all()
    assert run.errors == 1 and run.errors_file == str(tmp_path / "err.jsonl") and run.output is None
    err = json.loads((tmp_path / "err.jsonl").read_text())
    assert err == {"record": 5, "id": "r5", "reason": "empty 'statement'"}
    # empty input: an empty result of the right shape
    empty = score_corpus(frame.iloc[:0], model=model)
    assert empty.read == empty.written == empty.chunks == 0
    assert len(empty.to_pandas()) == 0 and {"label", "score"} <= set(empty.to_pandas().columns)


def test_dataset_gets_new_columns(tiny_model):
    import datasets

    model, _ = tiny_model
    ds = datasets.Dataset.from_list(records(9))
    run = score_corpus(ds, model=model, chunk_size=4)
    assert (run.read, run.written, run.chunks, run.errors) == (9, 9, 3, 0)
    out = run.to_dataset()
    assert isinstance(out, datasets.Dataset) and len(out) == 9
    assert out.column_names == ["id", "n", "statement", "target", "label", "score",
                                *[f"p_{l}" for l in model.labels]]
    fanned = score_corpus(ds.remove_columns("target"), model=model, targets=["the plan", "the bill"]).to_dataset()
    assert len(fanned) == 18 and sorted(set(fanned["target"])) == ["the bill", "the plan"]
    with pytest.raises(ValueError, match=r"already has column\(s\) \['label'\].*rename_column\('label'"):
        score_corpus(out.select_columns(["statement", "target", "label"]), model=model)
    with pytest.raises(ValueError, match="leave targets out"):
        score_corpus(ds, model=model, targets=["the plan"])


def expected_frame(model, rows: list[dict], index=None) -> pd.DataFrame:
    """What scoring `rows` in memory gives: the rows plus label, score and p_<label>."""
    frame = pd.DataFrame(rows, index=index)
    probs = model.predict_proba(frame["statement"].tolist(), frame["target"].tolist())
    frame["label"] = [model.labels[k] for k in probs.argmax(1)]
    frame["score"] = probs.max(1)
    for j, label in enumerate(model.labels):
        frame[f"p_{label}"] = probs[:, j]
    return frame


@pytest.mark.parametrize("form", ["path", "dicts", "frame", "dataset", "csv output", "parquet output",
                                  "jsonl output"])
def test_every_input_and_output_gives_a_score_run(tiny_model, tmp_path, form):
    import datasets

    model, _ = tiny_model
    rows = records(9)
    source = {"path": write(rows, tmp_path / "in.jsonl"), "dicts": iter(rows),
              "dataset": datasets.Dataset.from_list(rows)}.get(form, pd.DataFrame(rows))
    output = tmp_path / f"out.{form.split()[0]}" if form.endswith("output") else None
    run = score_corpus(source, model=model, chunk_size=4, output=output)
    assert isinstance(run, stance.ScoreRun) and type(run) is stance.score.ScoreRun
    assert (run.read, run.written, run.errors, run.chunks, run.resumed_chunks) == (9, 9, 0, 3, 0)
    assert run.statements is None and run.output == (str(output) if output else None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        run.read = 0
    # the same rows, columns and order as the DataFrame that an in-memory run used to return
    expected = expected_frame(model, rows)
    pd.testing.assert_frame_equal(run.to_pandas(), expected, check_dtype=False, atol=1e-5)
    ds = run.to_dataset()
    assert isinstance(ds, datasets.Dataset) and ds.column_names == list(expected.columns)
    assert ds["id"] == [r["id"] for r in rows]
    np.testing.assert_allclose(ds["score"], expected["score"], atol=1e-5)


def test_score_run_keeps_input_index_and_rows_out_of_repr(tiny_model):
    model, _ = tiny_model
    rows = records(6)
    rows[2]["statement"] = ""  # an in-memory run keeps the row, with empty stance columns
    run = score_corpus(pd.DataFrame(rows, index=range(50, 56)), model=model, chunk_size=4)
    frame = run.to_pandas()
    assert run.to_pandas() is frame  # the run's own frame, not a copy each time
    good = [r for i, r in enumerate(rows) if i != 2]
    pd.testing.assert_frame_equal(frame.drop(index=52), expected_frame(model, good, index=[50, 51, 53, 54, 55]),
                                  check_dtype=False, atol=1e-5)
    assert pd.isna(frame.loc[52, "label"]) and run.errors == 1 and run.written == 6
    text = repr(run)
    assert text.startswith("ScoreRun(read=6, written=6, errors=1,") and "_rows" not in text and "r0" not in text
    assert run == dataclasses.replace(run)  # compared by the summary alone


def test_as_dict_is_the_summary_the_command_prints(tiny_model, tmp_path, capsys):
    model, model_dir = tiny_model
    src = write(records(10), tmp_path / "in.jsonl")
    keys = ["read", "written", "errors", "truncated", "chunks", "resumed_chunks", "seconds", "records_per_s"]
    run = score_corpus(src, model=model, output=tmp_path / "out.jsonl", chunk_size=4)
    summary = run.as_dict()
    assert list(summary) == keys + ["output", "errors_file"]
    assert summary["output"] == str(tmp_path / "out.jsonl")
    assert summary["errors_file"] == str(tmp_path / "out.jsonl.errors.jsonl")
    assert {k: summary[k] for k in keys[:6]} == {"read": 10, "written": 10, "errors": 0, "truncated": 0,
                                                 "chunks": 3, "resumed_chunks": 0}
    assert summary == {f.name: getattr(run, f.name) for f in dataclasses.fields(run) if f.name in summary}
    assert list(score_corpus(src, model=model).as_dict()) == keys + ["errors_file"]
    articles = score_corpus([{"text": ARTICLE}], model=model, mode="articles", targets=["the plan"])
    assert list(articles.as_dict()) == keys + ["statements", "errors_file"] and articles.statements == 2
    assert main(["score", str(src), "--output", str(tmp_path / "cli.jsonl"), "--model", str(model_dir),
                 "--precision", "fp32", "--chunk-size", "4", "--no-progress"]) == 0
    printed = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert list(printed) == list(summary) and printed["written"] == 10


@pytest.mark.parametrize("option, expected", [(None, "auto"), ("yes", True), ("no", False), ("auto", "auto")])
def test_score_cli_compile_option(tiny_model, tmp_path, monkeypatch, capsys, option, expected):
    import stance.cli as cli

    model, model_dir = tiny_model
    seen = []
    real = cli.load

    def recording_load(*args, **kwargs):
        seen.append(kwargs.get("compile"))
        return real(*args, **kwargs)

    monkeypatch.setattr(cli, "load", recording_load)
    src = write(records(3), tmp_path / "in.jsonl")
    extra = [] if option is None else ["--compile", option]
    assert main(["score", str(src), "--output", str(tmp_path / "o.jsonl"), "--model", str(model_dir),
                 "--precision", "fp32", "--no-progress", *extra]) == 0
    assert seen == [expected]


def test_malformed_records_go_to_errors_file(tiny_model, tmp_path):
    model, _ = tiny_model
    good = records(6)
    lines = [json.dumps(good[0]), "{not json", json.dumps(good[1]), "",  # a blank line is no record
             json.dumps({"id": "x1", "target": "the plan"}),  # no statement
             json.dumps({"id": "x2", "statement": "", "target": "the plan"}),
             json.dumps({"id": "x3", "statement": "we back it", "target": "  "}),
             json.dumps({"id": "x4", "statement": 42, "target": "the plan"}),
             "[1, 2]", *map(json.dumps, good[2:])]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.csv"
    run = score_corpus(src, model=model, output=out, chunk_size=4, id_column="id")
    assert (run.read, run.written, run.errors) == (12, 6, 6)
    assert read(out)["id"].tolist() == [r["id"] for r in good]
    errors = [json.loads(l) for l in (tmp_path / "out.csv.errors.jsonl").read_text().splitlines()]
    assert [(e["line"], e["record"], e.get("id"), e["reason"]) for e in errors] == [
        (2, 1, None, "bad JSON: Expecting property name enclosed in double quotes at column 2"),
        (5, 3, "x1", "missing column 'statement'"),
        (6, 4, "x2", "empty 'statement'"),
        (7, 5, "x3", "empty 'target'"),
        (8, 6, "x4", "'statement' is a int, not text"),
        (9, 7, None, "the line holds a JSON list, not an object"),
    ]
    assert errors[0]["raw"] == "{not json"


@pytest.mark.parametrize("gz", [False, True])
def test_bytes_that_are_not_utf8_make_an_error_record(tiny_model, tmp_path, gz):
    """A record with bytes that are not UTF-8 (or a JSON surrogate escape) is reported and skipped; the
    rest of the file is scored."""
    import gzip

    model, _ = tiny_model
    body = (b'{"id": 1, "statement": "we back the plan", "target": "the plan"}\n'
            b'{"id": 2, "statement": "caf\xe9 talk", "target": "the plan"}\n'
            b'{"id": 3, "statement": "x\\udfffy", "target": "the plan"}\n'
            b'{"id": 4, "statement": "we oppose the plan", "target": "the plan"}\n')
    src = tmp_path / ("in.jsonl.gz" if gz else "in.jsonl")
    src.write_bytes(gzip.compress(body) if gz else body)
    run = score_corpus(src, model=model, output=tmp_path / "out.jsonl", id_column="id")
    assert (run.read, run.written, run.errors) == (4, 2, 2)
    assert read(tmp_path / "out.jsonl")["id"].tolist() == [1, 4]
    errors = [json.loads(l) for l in (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()]
    assert [(e["line"], e["id"]) for e in errors] == [(2, 2), (3, 3)]
    assert all("not valid text" in e["reason"] and "UTF-8" in e["reason"] for e in errors)


def test_csv_malformed_line_and_bad_bytes_are_error_records(tiny_model, tmp_path):
    """A line with more fields than the header (never a record) and a row with bytes that are not
    UTF-8 go to the errors file; the rest is scored; a quote that never closes stops the run."""
    model, _ = tiny_model
    src = tmp_path / "in.csv"
    src.write_bytes(b"id,statement,target\n1,we back the plan,the plan\n2,we back it,the plan,extra\n"
                    b"3,2020,the plan\n4,caf\xe9 talk,the plan\n5,we oppose the plan,the plan\n")
    run = score_corpus(src, model=model, output=tmp_path / "out.jsonl", id_column="id", chunk_size=2)
    assert (run.read, run.written, run.errors) == (4, 3, 2)
    out = read(tmp_path / "out.jsonl")
    assert out["id"].tolist() == [1, 3, 5]  # ids keep their type; '2020' stays a statement
    assert out["statement"].tolist()[1] == "2020"
    errors = [json.loads(l) for l in (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()]
    assert errors[0] == {"line": 3, "reason": "malformed line (expected 3 fields, saw 4); quote fields that "
                                              "hold the separator"}
    assert (errors[1]["record"], errors[1]["id"]) == (2, 4) and "not valid text" in errors[1]["reason"]
    unclosed = tmp_path / "unclosed.csv"
    unclosed.write_text('id,statement,target\n1,we back it,the plan\n2,"never closed,the plan\n3,fine,the plan\n')
    with pytest.raises(Exception, match="EOF inside string"):
        score_corpus(unclosed, model=model, output=tmp_path / "u.jsonl")


def test_schema_errors_are_raised_before_writing(tiny_model, tmp_path):
    model, _ = tiny_model
    src = write([{"text": "we back the plan", "topic": "the plan"}], tmp_path / "in.csv")
    with pytest.raises(ValueError, match=r"expected column\(s\) \['statement', 'target'\].*statement_column="):
        score_corpus(src, model=model, output=tmp_path / "o.jsonl")
    run = score_corpus(src, model=model, output=tmp_path / "o.jsonl", statement_column="text",
                       target_column="topic")
    assert read(tmp_path / "o.jsonl").columns.tolist()[:3] == ["text", "topic", "target"]
    assert run.written == 1
    with pytest.raises(ValueError, match="articles mode needs targets"):
        score_corpus(src, model=model, mode="articles")
    with pytest.raises(ValueError, match="cannot tell the output format"):
        score_corpus(src, model=model, output=tmp_path / "o.txt", statement_column="text", target_column="topic")
    assert not list(tmp_path.glob(".*"))


def test_unfinished_run_refuses_without_resume(tiny_model, tmp_path):
    model, _ = tiny_model
    src = write(records(20), tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    (tmp_path / ".out.jsonl.parts").mkdir()
    with pytest.raises(FileExistsError, match="resume=True"):
        score_corpus(src, model=model, output=out)
    run = score_corpus(src, model=model, output=out, resume=True, chunk_size=8)
    assert run.written == 20
    # a resume with other settings than the parts were written with is refused
    parts = tmp_path / ".out.jsonl.parts"
    parts.mkdir()
    (parts / "manifest.json").write_text(json.dumps({"version": 1, "chunk_size": 3}))
    with pytest.raises(ValueError, match="different settings .*chunk_size"):
        score_corpus(src, model=model, output=out, resume=True, chunk_size=8)


SLOW_SCRIPT = """
import sys, time
import stance
from stance.score import score_corpus
model = stance.load(sys.argv[1], precision="fp32")
proba = model.predict_proba
def slow(*a, **k):
    time.sleep(0.03)  # keeps the run going long enough to be killed in the middle
    return proba(*a, **k)
model.predict_proba = slow
score_corpus(sys.argv[2], model=model, output=sys.argv[3], chunk_size=50)
"""


def test_resume_after_kill_9(tiny_model, tmp_path, capsys):
    _, model_dir = tiny_model
    rows = records(3000)
    src = write(rows, tmp_path / "in.jsonl")
    out = tmp_path / "out.parquet"
    parts = tmp_path / ".out.parquet.parts"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", SLOW_SCRIPT, str(model_dir), str(src), str(out)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(parts.glob("chunk-*.json")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    _, stderr = proc.communicate()
    assert proc.returncode == -signal.SIGKILL, stderr.decode()[-2000:]
    done = len(list(parts.glob("chunk-*.json")))
    assert 1 <= done < 60 and not out.exists()

    # the rerun goes through the command line (in this process: a second interpreter costs seconds)
    code = main(["score", str(src), "--output", str(out), "--model", str(model_dir), "--precision", "fp32",
                 "--chunk-size", "50", "--resume", "--no-progress"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["resumed_chunks"] >= done and summary["read"] == summary["written"] == 3000
    ids = pd.read_parquet(out)["id"]
    assert ids.is_unique and sorted(ids) == sorted(r["id"] for r in rows)
    assert not parts.exists()


ARTICLE = ('"We will never accept the plan," the minister said.\n'
           "The council said it would back the bill. The weather was fine.")


def test_articles_mode(tiny_model, tmp_path):
    model, _ = tiny_model
    rows = [{"doc": "a1", "text": ARTICLE}, {"doc": "a2", "text": "Nothing was said here."},
            {"doc": "a3", "text": ""}]
    out = tmp_path / "articles.jsonl"
    run = score_corpus(rows, model=model, mode="articles", targets=["the plan", "the bill"], output=out,
                       id_column="doc", tagger=None)
    assert run.read == 3 and run.statements == 2 and run.written == 4
    assert run.errors == 1
    frame = read(out)
    assert list(frame.columns[:8]) == ["doc", "text", "statement", "speaker", "cue", "kind", "start", "end"]
    assert set(frame["doc"]) == {"a1"} and sorted(frame["target"]) == ["the bill", "the bill", "the plan", "the plan"]
    for r in frame.itertuples():
        assert ARTICLE[r.start:r.end] == r.statement
    assert set(frame["kind"]) == {"direct", "indirect"}
    error = json.loads(Path(run.errors_file).read_text())
    assert error["doc"] == "a3" and error["reason"] == "empty 'text'"


def _articles_as_analyze(model, article: str, targets: list[str]):
    """Articles mode's rows for one article, after checking that their labels and notes are those
    `stance.analyze` gives."""
    from stance import analyze

    frame = score_corpus([{"text": article}], model=model, mode="articles", targets=targets, tagger=None).to_pandas()
    want = analyze(article, targets=targets, model=model, tagger=None).to_pandas()
    got, want = frame.set_index(["start", "target"]).sort_index(), want.set_index(["start", "target"]).sort_index()
    assert list(got["label"]) == list(want["label"]) and list(got["note"]) == list(want["note"])
    return frame


def test_articles_mode_reads_secession_as_analyze_does(tiny_model):
    """The secession rule (`stance.analyze.SECESSION_RULE`) gives articles mode the labels and notes
    that `analyze` gives."""
    from stance.analyze import SECESSION_NOTE

    model, _ = tiny_model
    article = ("Valdoria Votes on Independence\n\n"
               "Foreign Minister Pia Lund said her country respected the territorial integrity of Marrosia.\n\n"
               "Regional leader Teo Brand said the people of Valdoria had a right to self-determination.\n\n"
               "Analyst Rosa Mell said the Marrosian government would count the votes.")
    targets = ["the Valdoria independence referendum", "the Marrosian government"]
    frame = _articles_as_analyze(model, article, targets)
    rows = frame[frame["note"] == SECESSION_NOTE]
    assert set(zip(rows["speaker"], rows["label"])) == {("Pia Lund", "oppose"), ("Teo Brand", "support")}
    assert (rows["target"] == targets[0]).all()


def test_articles_mode_reads_declared_sides_and_votes_as_analyze_does(tiny_model):
    """`stance.analyze.DECLARED_RULE` and `VOTE_RULE` give articles mode the labels and notes that
    `analyze` gives."""
    from stance.analyze import DECLARED_NOTE, VOTE_NOTE

    model, _ = tiny_model
    article = ("Ferry Levy Goes to a Vote\n\n"
               "Harbour master Lena Voss said she backed the ferry levy but understood why drivers were angry.\n\n"
               "Councillor Ruth Bale said she would vote yes in the ferry levy referendum on Sunday.")
    frame = _articles_as_analyze(model, article, ["the ferry levy", "the ferry levy referendum"])
    notes = set(zip(frame["speaker"], frame["target"], frame["label"], frame["note"]))
    assert ("Lena Voss", "the ferry levy", "support", DECLARED_NOTE) in notes
    assert ("Ruth Bale", "the ferry levy referendum", "support", VOTE_NOTE) in notes


def test_articles_mode_labels_as_analyze_does(tiny_model):
    """A statement that does not concern a target is neutral toward it, with `relevant` False, as in
    `stance.analyze`, and a cue that takes a side sets the label as there; --no-relevance
    (relevance_check=False) keeps the classifier's label."""
    from stance import analyze
    from stance.analyze import CUE_NOTE, NO_POSITION_NOTE, REPORT_NOTE, SIDE_NOTES

    model, _ = tiny_model
    article = ('"We will never accept the plan," the minister said.\n\nThe council said it would back the bill.\n\n'
               'Councillor Ann Ortiz criticized the bill for its cost.\n\n'
               'The harbour board said it takes no position on the bill.\n\n'
               'CNN reported that the bill would pass.')
    targets = ["the plan", "the bill"]
    frame = score_corpus([{"text": article}], model=model, mode="articles", targets=targets, tagger=None).to_pandas()
    assert list(frame.columns[-2:]) == ["relevant", "note"]
    expected = analyze(article, targets=targets, model=model, tagger=None).to_pandas()
    got = frame.set_index(["start", "target"]).sort_index()
    want = expected.set_index(["start", "target"]).sort_index()
    assert list(got["label"]) == list(want["label"]) and list(got["relevant"]) == list(want["relevant"])
    assert list(got["note"]) == list(want["note"])
    ortiz = frame[(frame["speaker"] == "Ann Ortiz") & (frame["target"] == "the bill")].iloc[0]
    assert ortiz["label"] == "oppose" and ortiz["note"] == CUE_NOTE  # 'criticized the bill': the cue's side
    cnn = frame[frame["speaker"] == "CNN"]
    assert len(cnn) and (cnn["label"] == "neutral").all()  # a news outlet reporting
    board = frame[(frame["speaker"] == "The harbour board") & (frame["target"] == "the bill")].iloc[0]
    assert board["label"] == "neutral" and board["note"] in ("", NO_POSITION_NOTE)  # 'it takes no position'
    council = frame[(frame["speaker"] == "The council") & (frame["target"] == "the plan")].iloc[0]
    assert not council["relevant"] and council["label"] == "neutral"
    # the classifier did not run on a pair that does not concern the target: nothing to report
    assert np.isnan(council["score"]) and np.isnan(council["p_neutral"])
    every = score_corpus([{"text": article}], model=model, mode="articles", targets=targets, tagger=None,
                         classify_all=True).to_pandas()
    assert list(every["label"]) == list(frame["label"]) and list(every["note"]) == list(frame["note"])
    assert every[[c for c in every.columns if c.startswith("p_")]].notna().all().all()
    council = every[(every["speaker"] == "The council") & (every["target"] == "the plan")].iloc[0]
    assert council["score"] == pytest.approx(council["p_neutral"])
    raw = score_corpus([{"text": article}], model=model, mode="articles", targets=targets, tagger=None,
                       relevance_check=False).to_pandas()
    assert raw["relevant"].all()
    # the cue's side, and 'it takes no position', stay without the relevance step too
    for r in raw[raw["speaker"] == "The harbour board"].itertuples():
        side = model.labels[int(np.argmax([getattr(r, f"p_{l}") for l in model.labels]))] != "neutral"
        assert r.label == "neutral" and r.note == (NO_POSITION_NOTE if side else "")
    raw = raw[~raw["note"].isin([*SIDE_NOTES, NO_POSITION_NOTE, REPORT_NOTE])]  # rules that set a label
    best = np.array(model.labels)[raw[[f"p_{l}" for l in model.labels]].to_numpy().argmax(1)]
    assert list(raw["label"]) == list(best)


def test_articles_mode_with_a_relevance_gate_labels_as_analyze_does(tiny_model, tiny_base):
    """With a learned relevance gate, articles mode gives the records `analyze` gives with it, and a
    relevance_score column; a model without a gate is refused up front with relevance_gate=True."""
    from stance import analyze
    from stance.gate import FEATURES, RelevanceGate

    model, _ = tiny_model
    article = ('"We will never accept the plan," the minister said.\n\nThe council said it would back the bill.\n\n'
               'Councillor Ann Ortiz said the vote was good.')
    targets = ["the plan", "the bill"]
    coef = [0.0] * len(FEATURES)
    coef[FEATURES.index("mention_statement")] = 4.0
    gate = RelevanceGate(coef=tuple(coef), intercept=-2.0, threshold=0.5, encoder=str(tiny_base))
    frame = score_corpus([{"text": article}], model=model, mode="articles", targets=targets, tagger=None,
                         relevance_gate=gate).to_pandas()
    assert list(frame.columns[-3:]) == ["relevant", "note", "relevance_score"]
    want = analyze(article, targets=targets, model=model, tagger=None, relevance_gate=gate).to_pandas()
    got, want = frame.set_index(["start", "target"]).sort_index(), want.set_index(["start", "target"]).sort_index()
    for col in ("label", "relevant", "note"):
        assert list(got[col]) == list(want[col])
    assert np.allclose(got["relevance_score"], want["relevance_score"].astype(float))
    assert got["relevant"].any() and not got["relevant"].all()
    with pytest.raises(ValueError, match="carries no relevance gate"):
        score_corpus([{"text": article}], model=model, mode="articles", targets=targets, tagger=None,
                     relevance_gate=True)


def test_articles_mode_uses_the_shipped_tagger_by_default(tiny_model, monkeypatch):
    """Articles mode finds statements as `analyze` does: the rules plus the shipped tagger;
    statements mode has no use for one and loads none."""
    import stance.score.corpus as corpus

    model, _ = tiny_model
    loaded = []
    monkeypatch.setattr(corpus, "load_tagger", lambda path=None, **_: loaded.append(path) or _FixedTagger())
    rows = [{"doc": "a1", "text": ARTICLE + " Residents fear that the toll will rise."}]
    run = score_corpus(rows, model=model, mode="articles", targets=["the plan"], id_column="doc")
    assert loaded == [None]  # None: the shipped tagger
    assert "the toll will rise" in set(run.to_pandas()["statement"])
    pairs = [{"statement": "We back the plan.", "target": "the plan"}]
    assert score_corpus(pairs, model=model).written == 1 and loaded == [None]


def test_articles_mode_runs_the_tagger_in_a_process_only_for_a_long_corpus(tiny_model, monkeypatch):
    """A tagger given by name runs in a child process of its own for a corpus of at least
    `TAGGER_PROCESS_MIN_ARTICLES` articles (or of unknown size); a short one keeps it here, and
    a loaded tagger is used as given."""
    from stance.extract import api as extract_api
    import stance.score.corpus as corpus

    model, _ = tiny_model
    calls = []
    monkeypatch.setattr(corpus, "load_tagger", lambda path=None, **kw: calls.append(kw) or _FixedTagger())
    monkeypatch.setattr(corpus.os, "cpu_count", lambda: 2)
    rows = [{"doc": f"a{i}", "text": ARTICLE} for i in range(3)]
    score_corpus(rows, model=model, mode="articles", targets=["the plan"], id_column="doc")
    assert calls == [{}]  # three articles: no process
    calls.clear()
    monkeypatch.setattr(extract_api, "TAGGER_PROCESS_MIN_ARTICLES", 3)
    score_corpus(rows, model=model, mode="articles", targets=["the plan"], id_column="doc")
    assert calls == [{}, {"process": True}]
    calls.clear()
    score_corpus(iter(rows), model=model, mode="articles", targets=["the plan"], id_column="doc")
    assert calls == [{}, {"process": True}]  # size unknown
    calls.clear()
    score_corpus(rows, model=model, mode="articles", targets=["the plan"], id_column="doc", tagger=_FixedTagger())
    assert calls == []
    monkeypatch.setattr(corpus.os, "cpu_count", lambda: 1)
    score_corpus(rows, model=model, mode="articles", targets=["the plan"], id_column="doc")
    assert calls == [{}]  # one core: the parse and the tagger cannot run side by side


def test_ray_dataset(tiny_model):
    ray = pytest.importorskip("ray")
    from stance.score import score_ray_dataset

    _, model_dir = tiny_model
    rows = records(40)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": {"PYTHONPATH": str(ROOT)}})
    try:
        # one call, so one pool of actors: each actor is a fresh process that imports torch
        scored = score_ray_dataset(ray.data.from_items(rows), model_path=model_dir, concurrency=2,
                                   chunk_size=16, precision="fp32").to_pandas()
    finally:
        ray.shutdown()
    assert sorted(scored["id"]) == sorted(r["id"] for r in rows)
    model, _ = tiny_model
    scored = scored.set_index("id").loc[[r["id"] for r in rows]]
    expected = model.predict_proba([r["statement"] for r in rows], [r["target"] for r in rows])
    np.testing.assert_allclose(scored[[f"p_{l}" for l in model.labels]].to_numpy(dtype=float), expected, atol=1e-5)


class _FixedTagger:
    """A stand-in for the learned tagger: marks one belief attribution wherever its words occur."""

    def spans(self, text):
        from stance.extract.tagger import TaggedSpan

        out = []
        for kind, words in (("Source", "Residents"), ("Cue", "fear"), ("Content", "the toll will rise")):
            if words in text:
                out.append(TaggedSpan(kind, text.index(words), text.index(words) + len(words), 0.9))
        return out


def test_articles_mode_with_a_tagger(tiny_model, tmp_path):
    model, _ = tiny_model
    article = ARTICLE + "\nResidents fear that the toll will rise."
    rows = [{"doc": "a1", "text": article}]
    plain = score_corpus(rows, model=model, mode="articles", targets=["the plan"], tagger=None).to_pandas()
    tagged = score_corpus(rows, model=model, mode="articles", targets=["the plan"], tagger=_FixedTagger(),
                          output=tmp_path / "tagged.jsonl")
    frame = read(tmp_path / "tagged.jsonl")
    assert len(frame) == len(plain) + 1 and tagged.statements == len(plain) + 1
    belief = frame[frame["kind"] == "belief"].iloc[0]
    assert (belief["statement"], belief["speaker"], belief["cue"]) == ("the toll will rise", "Residents", "fear")
    with pytest.raises(ValueError, match="articles mode"):
        score_corpus(rows, model=model, targets=["the plan"], tagger=_FixedTagger())


def test_workers_give_the_same_output(tiny_model, tmp_path):
    """Two worker processes write what one process writes, in the same order, errors included;
    articles mode too (each worker loads spaCy itself)."""
    model, model_dir = tiny_model
    rows = records(120) + [{"id": "bad", "statement": "", "target": "x"}]
    one = score_corpus(rows, model=model, output=tmp_path / "one.jsonl", chunk_size=25)
    two = score_corpus(rows, model=model, output=tmp_path / "two.jsonl", chunk_size=25, workers=2)
    assert (two.read, two.written, two.errors, two.chunks) == (one.read, one.written, one.errors, one.chunks)
    a, b = read(tmp_path / "one.jsonl"), read(tmp_path / "two.jsonl")
    assert list(a["id"]) == list(b["id"]) and list(a["label"]) == list(b["label"])
    np.testing.assert_allclose(a["score"].to_numpy(float), b["score"].to_numpy(float), atol=1e-5)
    assert Path(one.errors_file).read_text() == Path(two.errors_file).read_text()
    articles = [{"doc": f"a{i}", "text": ARTICLE} for i in range(6)]
    kw = dict(model=str(model_dir), mode="articles", targets=["the plan"], tagger=None, chunk_size=2)
    base = score_corpus(articles, **kw).to_pandas()
    par = score_corpus(articles, workers=2, **kw).to_pandas()
    assert list(par["doc"]) == list(base["doc"]) and list(par["label"]) == list(base["label"])
    assert list(par["relevant"]) == list(base["relevant"])


def test_workers_refuse_what_they_cannot_load(tiny_model):
    model, _ = tiny_model
    rows = [{"text": ARTICLE}]
    with pytest.raises(ValueError, match="nlp= unset"):
        score_corpus(rows, model=model, mode="articles", targets=["x"], nlp=object(), workers=2)
    with pytest.raises(ValueError, match="tagger='default'"):
        score_corpus(rows, model=model, mode="articles", targets=["x"], tagger=_FixedTagger(), workers=2)
    with pytest.raises(ValueError, match="workers must be a positive integer"):
        score_corpus(rows, model=model, mode="articles", targets=["x"], workers=0)


def test_articles_mode_reads_split_pieces_as_analyze_does(tiny_model):
    """The pieces of one reported statement ('The turbines, she said, had been placed ...') are read
    together in articles mode too: the same probabilities as `analyze` gives."""
    from stance import analyze

    model, _ = tiny_model
    article = ("Energy Minister Carla Brennan spoke on Monday about the turbines.\n\n"
               "The turbines, she said, had been placed well away from the spawning grounds of the bay.")
    frame = score_corpus([{"text": article}], model=model, mode="articles", targets=["the turbines"], tagger=None,
                         classify_all=True).to_pandas()
    want = analyze(article, targets=["the turbines"], model=model, tagger=None, classify_all=True).to_pandas()
    cols = [f"p_{label}" for label in model.labels]
    got = frame.set_index("start").sort_index()[cols].to_numpy()
    assert got == pytest.approx(want.set_index("start").sort_index()[cols].to_numpy(), abs=2e-4)
    pieces = frame[frame["cue"] == "said"]
    assert len(pieces) == 2 and pieces[cols].iloc[0].tolist() == pytest.approx(pieces[cols].iloc[1].tolist())
