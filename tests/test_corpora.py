"""Tests for stance.research.corpora on tiny made-up fixtures (offline, no shared data needed)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from stance.research.corpora import (
    COLUMNS,
    CORPORA,
    LABELS,
    SPLITS,
    TWEETEVAL_TARGETS,
    default_training_mix,
    load_corpus,
    round9_rows,
)
from stance.research.default_model import PROBE_CAPS, probe_mix

REAL_DATA = Path(__file__).parents[1].joinpath("../shared/data")

IBM_HEADER = [
    "topicId", "split", "topicText", "topicTarget", "topicSentiment", "claims.claimId", "claims.stance",
    "claims.claimCorrectedText", "claims.claimOriginalText", "claims.article.rawFile",
    "claims.article.rawSpan.start", "claims.article.rawSpan.end", "claims.article.cleanFile",
    "claims.article.cleanSpan.start", "claims.article.cleanSpan.end", "claims.Compatible",
    "claims.claimTarget.text", "claims.claimTarget.span.start", "claims.claimTarget.span.end",
    "claims.claimSentiment", "claims.targetsRelation",
]


# --------------------------------------------------------------------------- fixture writers


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _csv(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows).to_csv(path, index=False)


def _write_tweeteval(root: Path) -> None:
    """Two made-up tweets per target and split; label files use 0 none, 1 against, 2 favor."""
    folder = root / "semeval2016_task6_tweeteval"
    _write(folder / "mapping.txt", "0\tnone\n1\tagainst\n2\tfavor")
    for name in TWEETEVAL_TARGETS:
        for split in ("train", "val", "test"):
            texts = [f"made up {split} tweet one about {name} #SemST ", f"made up {split} tweet two about {name}  "]
            _write(folder / name / f"{split}_text.txt", "\n".join(texts) + "\n")
            _write(folder / name / f"{split}_labels.txt", "2\n1\n" if split != "val" else "0\n1\n")


def _ibm_line(fields: list[str]) -> str:
    """Encode a row as the spreadsheet did: a CSV row, quoted again as one field, then ';;;;'."""
    inner = io.StringIO()
    csv.writer(inner, quoting=csv.QUOTE_NONNUMERIC, lineterminator="").writerow(fields)
    outer = io.StringIO()
    csv.writer(outer, quoting=csv.QUOTE_ALL, lineterminator="").writerow([inner.getvalue()])
    return outer.getvalue() + ";;;;"


def _ibm_row(topic_id: int, split: str, topic: str, stance: str, claim: str) -> list[str]:
    row = [str(topic_id), split, topic, "target", "1", str(topic_id * 100), stance, claim, claim.lower()]
    return row + ["raw.txt", "0", "5", "clean.txt", "0", "5", "yes", "x", "0", "1", "1", "1"]


def _write_ibm(root: Path) -> None:
    """30 made-up train topics (so some hash to dev), two test topics and one broken line."""
    rows = [
        IBM_HEADER,
        _ibm_row(1, "test", "This house believes that pigeons should vote", "PRO", "Pigeons are wise"),
        _ibm_row(2, "test", "This house would ban purple cars", "CON", "Purple cars are cheerful"),
        _ibm_row(3, "test", "This house believes in the use of umbrellas", "PRO", "Umbrellas keep us dry"),
    ]
    for i in range(30):
        topic = f"This house believes made up motion number {i} is good"
        rows.append(_ibm_row(100 + i, "train", topic, "PRO" if i % 2 else "CON", f"Claim {i} sounds fine"))
    lines = [_ibm_line(row) for row in rows]
    # a claim with ';' that the spreadsheet split into two cells: does not decode to 21 columns
    lines.append('"7,""test"",""This house would x"",""x"",""1"",""9"",""PRO"",""left part";" right part"",""a"";;;;')
    _write(root / "ibm_claim_stance" / "claim_stance_dataset_v1.csv", "\n".join(lines) + "\n")


def _write_perspectrum(root: Path) -> None:
    folder = root / "perspectrum"
    claims = [
        {"cId": 1, "text": " Cats should run the post office ", "perspectives": [
            {"pids": [10, 11], "stance_label_3": "SUPPORT"},
            {"pids": [12], "stance_label_3": "UNDERMINE"},
            {"pids": [13], "stance_label_3": "NOT_SURE"},
        ]},
        {"cId": 2, "text": "Tuesdays should be abolished", "perspectives": [
            {"pids": [14], "stance_label_3": "UNDERMINE"},
        ]},
        {"cId": 3, "text": "Soup is a beverage", "perspectives": [
            {"pids": [15, 16], "stance_label_3": "SUPPORT"},
        ]},
    ]
    pool = [{"pId": i, "text": f"Made up perspective {i}", "source": "x"} for i in range(10, 17)]
    _write(folder / "perspectrum_with_answers_v1.0.json", json.dumps(claims))
    _write(folder / "perspective_pool_v1.0.json", json.dumps(pool))
    _write(folder / "dataset_split_v1.0.json", json.dumps({"1": "train", "2": "dev", "3": "test"}))


def _write_magpie(root: Path, vaccine_target: str = "Vaccines contain made up ingredient X.") -> None:
    folder = root / "magpie_lbm_stance_subsets"
    _csv(folder / "semeval2016_taskB_donald_trump.csv", [
        {"text": "Donald Trump. A made up tweet that likes him #SemST", "label": 2},
        {"text": "Donald Trump. A made up tweet that dislikes him", "label": 0},
        {"text": "Donald Trump. A made up neutral tweet", "label": 1},
    ])
    mt_rows = []
    for i in range(20):
        mt_rows.append({"label": i % 3, "text": f"Hilary Clinton. Made up election tweet {i}"})
        mt_rows.append({"label": (i + 1) % 3, "text": f"Donald Trump. Made up election tweet {i}"})
        mt_rows.append({"label": 2, "text": f"Ted Cruz. Made up cruz tweet {i}"})
    _csv(folder / "multitarget_stance_sobhani2017.csv", mt_rows)
    _csv(folder / "vaccinelies.csv", [
        {"target": vaccine_target, "text": f"Made up vaccine reply {i}", "label": i % 4} for i in range(12)
    ])


def _write_others(root: Path, covid_extra: str | None = None) -> None:
    for split in ("train", "val", "test"):
        rows = [{"id": i, "Tweet": f"Made up hcq {split} tweet {i}", "Stance": s, "Target": "hcq"}
                for i, s in enumerate(["FAVOR", "AGAINST", "NONE"])]
        if covid_extra and split == "train":
            rows.append({"id": 9, "Tweet": covid_extra, "Stance": "NONE", "Target": "hcq"})
        _csv(root / "covid_cq_hcq" / f"hcq_{split}.csv", rows)
    for split in ("train", "test"):
        _csv(root / "emergent" / f"url-versions-2015-06-14-clean-{split}.csv", [
            {"": i, "claimHeadline": f"Made up claim {split} {i // 3}", "articleHeadline": f"Headline {split} {i}",
             "articleHeadlineStance": ["for", "against", "observing"][i % 3], "articleId": f"a{i}",
             "claimId": f"{split}-claim-{i // 3}"} for i in range(30)
        ])
    lines = [json.dumps({"id": f"g{i}", "sentence": f"Someone said made up thing {i}.",
                         "target": "Climate change is a serious concern",
                         "label": ["support", "oppose", "neutral"][i % 3]}) for i in range(20)]
    _write(root / "gwsd_global_warming_stance" / "gwsd_rest.jsonl", "\n".join(lines) + "\n")


def _write_news(root: Path) -> None:
    dsn = {
        "train": ["[Ann Ortiz] praised [the council] for its budget.\tAnn Ortiz\tthe council\t1",
                  "[The union] said [Bo Lind]'s plan was fair.\tThe union\tBo Lind\t2",
                  "[Ann Ortiz] attacked [the Harbour Boar]d over delays.\tAnn Ortiz\tthe Harbour Boar\t3",
                  "[Bo Lind] was blamed by [the mayo]r's office.\tBo Lind\tthe mayo\t4",
                  "[Ann Ortiz] met [Bo Lind] on Monday.\tAnn Ortiz\tBo Lind\t0",
                  "a broken line without four fields"],
    }
    dsn["dev"] = dsn["test"] = dsn["train"][:2]
    for split, name in (("train", "train.txt"), ("dev", "valid.txt"), ("test", "test.txt")):
        _write(root / "directed_sentiment_news" / name, "\n".join(dsn[split]) + "\n")
    rows = [
        {"primary_gid": "x_1", "sentence_normalized": "Ortiz won praise for the budget.",
         "targets": [{"Input.gid": "x_1_Mayor Ann Ortiz_0_5", "from": 0, "to": 5, "mention": "Ortiz", "polarity": 6.0}]},
        {"primary_gid": "x_2", "sentence_normalized": "She was blamed for the delays.",
         "targets": [{"Input.gid": "x_2_Bo Lind_0_3", "from": 0, "to": 3, "mention": "She", "polarity": 2.0}]},
        {"primary_gid": "x_3", "sentence_normalized": "Lind's office opened on Monday.",
         "targets": [{"Input.gid": "x_3_Bo Lind_0_6", "from": 0, "to": 6, "mention": "Lind's", "polarity": 4.0}]},
    ]
    for name in ("train.jsonl", "devtest_rw.jsonl", "devtest_mt.jsonl"):
        _write(root / "newsmtsc" / name, "\n".join(json.dumps(r) for r in rows) + "\n")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A complete tiny data folder in the same formats as the shared corpora."""
    _write_tweeteval(tmp_path)
    _write_ibm(tmp_path)
    _write_perspectrum(tmp_path)
    _write_magpie(tmp_path)
    _write_others(tmp_path)
    _write_news(tmp_path)
    return tmp_path


def _check_frame(frame: pd.DataFrame, corpus: str, split: str) -> None:
    assert list(frame.columns) == list(COLUMNS)
    assert set(frame["label"]) <= set(LABELS)
    assert (frame["corpus"] == corpus).all() and (frame["split"] == split).all()
    assert (frame["statement"].str.strip() == frame["statement"]).all()
    assert (frame["statement"] != "").all() and (frame["target"] != "").all()


# --------------------------------------------------------------------------- tests


#: The corpora of our own labels, tested in test_news_stance and kept out of the default mix.
OUR_LABELS = {"news_stance", "news_stance_descriptive", "news_stance_round9", "news_stance_round10",
              "news_stance_round11", "news_stance_round12", "news_stance_round13",
              "news_stance_round14"}


def test_every_corpus_and_split_loads(data_dir: Path) -> None:
    assert set(SPLITS) == set(CORPORA)
    for corpus in set(CORPORA) - OUR_LABELS:  # test_news_stance
        for split in SPLITS[corpus]:
            _check_frame(load_corpus(corpus, data_dir, split), corpus, split)


def test_tweeteval_labels_targets_and_whitespace(data_dir: Path) -> None:
    train = load_corpus("tweeteval", data_dir, "train")
    assert len(train) == 10
    assert set(train["target"]) == set(TWEETEVAL_TARGETS.values())
    row = train[train["statement"] == "made up train tweet one about hillary #SemST"].iloc[0]
    assert row["target"] == "Hillary Clinton" and row["label"] == "support"
    assert set(train["label"]) == {"support", "oppose"}
    assert set(load_corpus("tweeteval", data_dir, "val")["label"]) == {"neutral", "oppose"}


def test_trump_prefix_and_labels(data_dir: Path) -> None:
    frame = load_corpus("semeval_taskb_trump", data_dir, "test")
    assert (frame["target"] == "Donald Trump").all()
    assert dict(zip(frame["statement"], frame["label"])) == {
        "A made up tweet that likes him #SemST": "support",
        "A made up tweet that dislikes him": "oppose",
        "A made up neutral tweet": "neutral",
    }


def test_multitarget_drops_trump_and_normalises_hillary(data_dir: Path) -> None:
    both = pd.concat([load_corpus("multitarget", data_dir, s) for s in ("train", "dev")])
    assert set(both["target"]) == {"Hillary Clinton", "Ted Cruz"}
    assert len(both) == 40
    hillary = both[both["target"] == "Hillary Clinton"]
    row = hillary[hillary["statement"] == "Made up election tweet 0"].iloc[0]
    assert row["label"] == "oppose"
    # the same statement (asked about two targets) always lands in the same split
    assert both.groupby("statement")["split"].nunique().max() == 1


def test_vaccinelies_label_mapping(data_dir: Path) -> None:
    both = pd.concat([load_corpus("vaccinelies", data_dir, s) for s in ("train", "dev")])
    labels = dict(zip(both["statement"], both["label"]))
    first_four = [labels[f"Made up vaccine reply {i}"] for i in range(4)]
    assert first_four == ["neutral", "neutral", "support", "oppose"]


def test_ibm_double_encoded_file(data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="stance.research.loaders"):
        test = load_corpus("ibm", data_dir, "test")
    assert "skipped 1 lines" in caplog.text
    assert dict(zip(test["statement"], test["target"])) == {
        "Pigeons are wise": "pigeons should vote",
        "Purple cars are cheerful": "This house would ban purple cars",
        "Umbrellas keep us dry": "This house believes in the use of umbrellas",
    }
    assert dict(zip(test["statement"], test["label"]))["Purple cars are cheerful"] == "oppose"
    train, dev = load_corpus("ibm", data_dir, "train"), load_corpus("ibm", data_dir, "dev")
    assert len(train) + len(dev) == 30 and len(dev) > 0 and len(train) > len(dev)
    assert not set(train["target"]) & set(dev["target"])
    assert train["target"].str.startswith("made up motion").all()


def test_perspectrum_rows_per_pid_and_split(data_dir: Path) -> None:
    train = load_corpus("perspectrum", data_dir, "train")
    assert (train["target"] == "Cats should run the post office").all()
    assert sorted(zip(train["statement"], train["label"])) == [
        ("Made up perspective 10", "support"),
        ("Made up perspective 11", "support"),
        ("Made up perspective 12", "oppose"),
    ]
    assert len(load_corpus("perspectrum", data_dir, "dev")) == 1
    assert len(load_corpus("perspectrum", data_dir, "test")) == 2


def test_emergent_dev_claims_unseen(data_dir: Path) -> None:
    train, dev = load_corpus("emergent", data_dir, "train"), load_corpus("emergent", data_dir, "dev")
    assert len(train) + len(dev) == 30
    assert not set(train["target"]) & set(dev["target"])
    test = load_corpus("emergent", data_dir, "test")
    assert list(test["label"][:3]) == ["support", "oppose", "neutral"]


def test_hash_splits_are_deterministic(data_dir: Path) -> None:
    first = load_corpus("gwsd", data_dir, "train")
    pd.testing.assert_frame_equal(first, load_corpus("gwsd", data_dir, "train"))
    assert len(first) + len(load_corpus("gwsd", data_dir, "dev")) == 20


def test_unknown_corpus_and_split(data_dir: Path) -> None:
    with pytest.raises(ValueError, match=r"unknown corpus 'nope'.*tweeteval.*gwsd"):
        load_corpus("nope", data_dir, "train")
    with pytest.raises(ValueError, match=r"unknown split 'train'.*semeval_taskb_trump.*valid splits: test"):
        load_corpus("semeval_taskb_trump", data_dir, "train")
    with pytest.raises(ValueError, match="valid splits: train, dev"):
        load_corpus("gwsd", data_dir, "test")


def test_missing_dir_and_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"data_dir should point at the folder holding the corpora"):
        load_corpus("tweeteval", tmp_path / "absent", "train")
    with pytest.raises(FileNotFoundError, match=r"expected corpus file .*hcq_test\.csv.*shared/data"):
        load_corpus("covid", tmp_path, "test")


def test_empty_rows_dropped(data_dir: Path) -> None:
    folder = data_dir / "semeval2016_task6_tweeteval" / "atheism"
    _write(folder / "test_text.txt", "   \nA real made up tweet\n")
    _write(folder / "test_labels.txt", "1\n2\n")
    test = load_corpus("tweeteval", data_dir, "test")
    assert len(test) == 9 and "" not in set(test["statement"])


def test_default_training_mix(data_dir: Path) -> None:
    train, dev = default_training_mix(data_dir, seed=3)
    assert list(train.columns) == list(COLUMNS) and list(dev.columns) == list(COLUMNS)
    counts = train["corpus"].value_counts()
    assert counts["tweeteval"] == 20  # tweeteval train twice
    assert set(train["split"]) == {"train"} and set(dev["split"]) <= {"val", "dev"}
    assert set(counts.index) == set(CORPORA) - {"semeval_taskb_trump", "dsn", "newsmtsc"} - OUR_LABELS
    assert not train["target"].str.contains("Trump").any()
    again, _ = default_training_mix(data_dir, seed=3)
    pd.testing.assert_frame_equal(train, again)


def test_default_training_mix_rejects_trump_target(data_dir: Path) -> None:
    _write_magpie(data_dir, vaccine_target="Donald Trump made up the vaccine")
    with pytest.raises(ValueError, match="Trump target"):
        default_training_mix(data_dir)


def test_default_training_mix_rejects_test_leak(data_dir: Path) -> None:
    _write_others(data_dir, covid_extra="made up test tweet one about atheism #SemST")
    with pytest.raises(ValueError, match=r"tweeteval test split.*covid"):
        default_training_mix(data_dir)


@pytest.mark.skipif(not REAL_DATA.exists(), reason="shared corpora not available at ../shared/data")
def test_real_data_counts() -> None:
    assert len(load_corpus("tweeteval", REAL_DATA, "test")) == 1249
    sizes = {s: len(load_corpus("perspectrum", REAL_DATA, s)) for s in ("train", "dev", "test")}
    assert sizes == {"train": 6978, "dev": 2071, "test": 2773}
    train, dev = default_training_mix(REAL_DATA)
    assert not train["target"].str.contains("Trump").any()
    assert not dev["target"].str.contains("Trump").any()


def test_dsn_mapping_speaker_and_whole_words(data_dir: Path) -> None:
    frame = load_corpus("dsn", data_dir, "train")
    rows = list(frame[["speaker", "target", "label"]].itertuples(index=False, name=None))
    assert rows == [("Ann Ortiz", "the council", "support"), ("Bo Lind", "The union", "support"),
                    ("Ann Ortiz", "the Harbour Board", "oppose"), ("the mayor", "Bo Lind", "oppose"),
                    ("Ann Ortiz", "Bo Lind", "neutral")]
    assert frame["statement"].iloc[0] == "Ann Ortiz praised the council for its budget."
    assert frame["cue"].isna().all() and (frame["genre"] == "news").all()


def test_newsmtsc_names_pronouns_and_possessives(data_dir: Path) -> None:
    frame = load_corpus("newsmtsc", data_dir, "dev")
    assert list(frame["target"]) == ["Ortiz", "Bo Lind", "Lind"]
    assert list(frame["label"]) == ["support", "oppose", "neutral"]
    assert frame["speaker"].isna().all()


@pytest.mark.skipif(not REAL_DATA.exists(), reason="shared corpora not available at ../shared/data")
def test_news_mix_keeps_the_shipped_rounds():
    """`make train-default` reproduces the shipped model's news mix: every train round of
    data/news_stance that the shipped model used, twice, and the written statements; other rounds
    only on request."""
    from stance.research.corpora import SHIPPED_NEWS_STANCE_ROUNDS, news_training_mix
    from stance.research.news_stance import load_news_stance

    assert tuple(SHIPPED_NEWS_STANCE_ROUNDS) == (1, 2, 3, 4, 6, 7)  # round 5 is dev
    shipped, _ = news_training_mix(REAL_DATA, seed=13, news_stance_copies=2, written=1, written_files=["items.tsv"])
    every, _ = news_training_mix(REAL_DATA, news_stance_rounds=None, mention=True)
    # the shipped model is not mention-aware: its mix carries no mention column unless asked for
    assert "mention" not in shipped and every["mention"].notna().any()
    own = load_news_stance(REAL_DATA, "train")
    elsewhere = set(load_news_stance(REAL_DATA, "dev")["statement"]) | set(load_news_stance(REAL_DATA, "test")["statement"])
    own = own[~own["statement"].str.strip().isin({t.strip() for t in elsewhere})]
    in_shipped = own["round"].astype(str).isin({str(r) for r in SHIPPED_NEWS_STANCE_ROUNDS})
    assert (shipped["corpus"] == "news_stance").sum() == 2 * in_shipped.sum() > 0
    assert (every["corpus"] == "news_stance").sum() == 2 * len(own)  # every round, twice (the default)
    assert len(shipped) == 65860  # the rows the shipped model's run records (training.train_rows)


@pytest.mark.skipif(not REAL_DATA.exists(), reason="shared corpora not available at ../shared/data")
def test_news_mix_with_written_rows_in_both_forms():
    """`--written N` adds the written statements both labellers agreed on, N times with speaker and
    cue and N times bare; without it the mix is the shipped one."""
    from stance.research.corpora import news_training_mix
    from stance.research.written import load_written

    plain, _ = news_training_mix(REAL_DATA)
    mixed, _ = news_training_mix(REAL_DATA, written=1)
    agreed = load_written(agreed_only=True)
    assert "written" not in set(plain["corpus"])
    rows = mixed[mixed["corpus"] == "written"]
    assert len(rows) == 2 * len(agreed) and len(mixed) == len(plain) + len(rows)
    assert rows["speaker"].isna().sum() == len(agreed)
    assert sorted(rows.loc[rows["speaker"].notna(), "statement"]) == sorted(agreed["statement"])
    # the shipped model's written rows are those of items.tsv alone (`--written-files items.tsv`)
    first, _ = news_training_mix(REAL_DATA, written=1, written_files=["items.tsv"])
    only = load_written(agreed_only=True, files=["items.tsv"])
    assert (first["corpus"] == "written").sum() == 2 * len(only) < len(rows)


@pytest.mark.skipif(not REAL_DATA.exists(), reason="shared corpora not available at ../shared/data")
def test_news_mix_with_tweeteval_twice():
    """`--tweeteval-copies 2` holds TweetEval train twice and changes nothing else in the mix."""
    from stance.research.corpora import news_training_mix

    once, _ = news_training_mix(REAL_DATA)
    twice, _ = news_training_mix(REAL_DATA, tweeteval_copies=2)
    n_tweets = (once["corpus"] == "tweeteval").sum()
    assert n_tweets > 0 and (twice["corpus"] == "tweeteval").sum() == 2 * n_tweets
    assert once["corpus"].value_counts().drop("tweeteval").equals(twice["corpus"].value_counts().drop("tweeteval"))


@pytest.mark.skipif(not REAL_DATA.exists(), reason="shared corpora not available at ../shared/data")
def test_news_mix_without_the_sentence_rounds_unnamed_neutrals():
    """``sentence_unnamed_neutral=False`` leaves out exactly the neutral rows of the sentence rounds
    whose statement does not name the target; their other rows and every other corpus stay."""
    from stance.research.corpora import news_training_mix

    full, _ = news_training_mix(REAL_DATA, round12=1, mention=True)
    named, _ = news_training_mix(REAL_DATA, round12=1, mention=True, sentence_unnamed_neutral=False)
    rows = full[full["corpus"] == "news_stance_round12"]
    kept = named[named["corpus"] == "news_stance_round12"]
    unnamed = (rows["label"] == "neutral") & (rows["mention"] != "statement")
    assert unnamed.sum() > 0 and len(kept) == len(rows) - unnamed.sum()
    assert ((kept["label"] != "neutral") | (kept["mention"] == "statement")).all()
    assert full["corpus"].value_counts().drop("news_stance_round12").sort_index().equals(
        named["corpus"].value_counts().drop("news_stance_round12").sort_index())


def test_named_speakers_only_on_stanced_rows_without_one():
    """`named_speakers` gives a share of the support/oppose rows that lack a speaker a speaker from
    our news items and the cue "said"; neutral rows, rows with a speaker and written rows keep theirs,
    and no statement or label changes."""
    from stance.research.corpora import _name_speakers

    train = pd.DataFrame({
        "statement": [f"s{i}" for i in range(12)],
        "target": ["t"] * 12,
        "label": ["support", "oppose"] * 4 + ["neutral", "neutral", "support", "oppose"],
        "speaker": [None] * 8 + [None, "Ann Lee", None, "Bo Kim"],
        "cue": [None] * 8 + [None, "said", None, "argued"],
        "corpus": ["tweeteval"] * 8 + ["gwsd", "news_stance", "written", "news_stance"],
    })
    own = pd.DataFrame({"speaker": ["Rosa Diaz", "Omar Haddad", None]})
    out = _name_speakers(train, own, 0.5, seed=3)
    named = out["speaker"].notna() & train["speaker"].isna()
    assert named.sum() == named[:8].sum() == 4  # half of the 8 open rows, all among them
    assert set(out.loc[named, "speaker"]) <= {"Rosa Diaz", "Omar Haddad"}
    assert (out.loc[named, "cue"] == "said").all()
    assert out.loc[8:, ["speaker", "cue"]].equals(train.loc[8:, ["speaker", "cue"]].astype(object))
    assert out[["statement", "label"]].equals(train[["statement", "label"]])
    assert _name_speakers(train, own, 0.5, seed=3).equals(out)  # the seed decides
    with pytest.raises(ValueError, match="named_speakers"):
        _name_speakers(train, own, 1.5, seed=3)


def test_rename_people_gives_a_person_target_one_new_name_everywhere():
    """`rename_people` replaces a person target's full name, name without middle initial, surname and
    first name (whole words) in the target, statement and speaker with one made-up name per row;
    rows about something else, labels and other columns stay as they were."""
    from stance.research.rename import FEMALE_NAMES, MALE_NAMES, SURNAMES, rename_people

    rows = pd.DataFrame({
        "statement": ["Mr. Trump's plan failed, and Donald Trump knows it, she said of Trumpism",
                      "Donald J. Trump will lose; Donald is tired and his campaign is broke",
                      "the referendum is illegal"],
        "target": ["Donald J. Trump", "Donald J. Trump", "the Kurdistan referendum"],
        "speaker": ["Trump's rival", None, "Haider al-Abadi"],
        "label": ["oppose", "oppose", "oppose"],
        "corpus": ["news_stance"] * 3,
    })
    out = rename_people(rows, seed=5, is_person=lambda t: t == "Donald J. Trump")
    for i in (0, 1):
        first, last = out.loc[i, "target"].split()
        assert first in FEMALE_NAMES + MALE_NAMES and last in SURNAMES
        assert "Trump" not in out.loc[i, "statement"].replace("Trumpism", "") and "Donald" not in out.loc[i, "statement"]
    new = out.loc[0, "target"]
    last0 = new.split()[-1]
    assert out.loc[0, "statement"] == f"Mr. {last0}'s plan failed, and {new} knows it, she said of Trumpism"
    assert out.loc[0, "speaker"] == f"{last0}'s rival"
    assert out.loc[1, "statement"].startswith(out.loc[1, "target"] + " will lose; " + out.loc[1, "target"].split()[0])
    assert out.loc[1, "target"].split()[0] in MALE_NAMES  # "his": a man's first name
    assert out.loc[2].equals(rows.loc[2]) and pd.isna(out.loc[1, "speaker"])
    assert out[["label", "corpus"]].equals(rows[["label", "corpus"]])
    assert rename_people(rows, seed=5, is_person=lambda t: t == "Donald J. Trump").equals(out)  # the seed decides


def test_person_targets_reads_names_with_spacy():
    from stance.research.rename import person_targets

    assert person_targets(["Hillary Clinton", "the Republican Party", "New York", "ISIS", "Bernie Sanders"]) == {
        "Hillary Clinton", "Bernie Sanders"}


@pytest.mark.skipif(not REAL_DATA.exists(), reason="shared corpora not available at ../shared/data")
def test_probe_mix_caps_the_public_corpora_and_adds_round9():
    """A probe's mix keeps at most `PROBE_CAPS` rows of each capped corpus, our own items once, and
    round 9 (without its bad extractions) as many times as asked."""
    mix, dev = probe_mix(REAL_DATA, round9=2)
    counts = mix["corpus"].value_counts()
    for corpus, cap in PROBE_CAPS.items():
        assert 0 < counts[corpus] <= cap, corpus
    assert counts["newsmtsc"] == 1500
    elsewhere = set(load_corpus("news_stance", REAL_DATA, "dev")["statement"]) | set(
        load_corpus("news_stance", REAL_DATA, "test")["statement"])
    own = load_corpus("news_stance", REAL_DATA, "train")
    assert counts["news_stance"] == (~own["statement"].isin(elsewhere)).sum()  # once
    assert counts["news_stance_round9"] == 2 * len(round9_rows(REAL_DATA, mix.columns, elsewhere)) > 0
    assert len(dev) > 0


@pytest.mark.skipif(not REAL_DATA.exists(), reason="shared corpora not available at ../shared/data")
def test_probe_mix_adds_the_chosen_written_files_and_nothing_else():
    """`probe --written 3 --written-files items_s53.tsv` differs from its control only by those items,
    three times in each form."""
    from stance.research.written import load_written

    control, _ = probe_mix(REAL_DATA)
    mix, _ = probe_mix(REAL_DATA, written=3, written_files=["items_s53.tsv"])
    added = mix[mix["corpus"] == "written"]
    assert "written" not in set(control["corpus"])
    assert len(added) == 6 * len(load_written(agreed_only=True, files=["items_s53.tsv"])) > 0
    assert mix["corpus"].value_counts().drop("written").to_dict() == control["corpus"].value_counts().to_dict()


def test_probe_command_passes_the_written_options(monkeypatch):
    from stance.research import default_model

    seen = {}
    monkeypatch.setattr(default_model, "probe", lambda data_dir, base, output_dir, **kw: seen.update(kw))
    default_model.main(["probe", "--data-dir", "d", "--base", "b", "--output-dir", "o", "--written", "3",
                        "--written-files", "items_s53.tsv"])
    assert seen["written"] == 3 and seen["written_files"] == ["items_s53.tsv"]


def test_default_model_train_command_passes_the_news_mix_options(monkeypatch):
    """`python -m stance.research.default_model train --news --round8 2 --tweeteval-copies 2 --replay N`
    hands those counts to `train_default` (and from there to `news_training_mix`)."""
    from stance.research import default_model

    seen = {}
    monkeypatch.setattr(default_model, "train_default", lambda data_dir, output_dir, **kw: seen.update(kw))
    assert default_model.main(["train", "--data-dir", "d", "--news", "--round8", "2",
                               "--tweeteval-copies", "2", "--replay", "30000", "--no-record"]) in (0, None)
    assert seen["news"] and seen["round8"] == 2 and seen["tweeteval_copies"] == 2 and seen["record"] is False
    assert seen["replay"] == 30000 and seen["written_files"] is None
    seen.clear()
    default_model.main(["train", "--data-dir", "d", "--news", "--written", "1", "--written-files", "items.tsv"])
    assert seen["written"] == 1 and seen["written_files"] == ["items.tsv"]
    seen.clear()
    default_model.main(["train", "--data-dir", "d", "--news", "--article-share", "0.5", "--round10", "2",
                       "--round9", "1", "--round11", "3", "--round12", "4", "--round14", "2"])
    assert seen["article_share"] == 0.5 and seen["round10"] == 2 and seen["round9"] == 1 and seen["round11"] == 3
    assert seen["round12"] == 4 and seen["round14"] == 2 and seen["round13"] == 0
    seen.clear()
    default_model.main(["train", "--data-dir", "d", "--news"])
    assert seen["round8"] == 0 and seen["tweeteval_copies"] == 1 and seen["replay"] == 4000
    assert seen["article_share"] == 1.0 and seen["round9"] == seen["round10"] == seen["round11"] == seen["round12"] == seen["round14"] == 0


@pytest.mark.skipif(not REAL_DATA.exists(), reason="shared corpora not available at ../shared/data")
def test_news_mix_with_round8():
    """`--round8 N` adds round 8's train statements (none of them a dev or test statement) N times."""
    from stance.research.corpora import news_training_mix

    plain, _ = news_training_mix(REAL_DATA)
    more, _ = news_training_mix(REAL_DATA, round8=2)
    added = more[more["corpus"] == "news_stance_descriptive"]
    assert "news_stance_descriptive" not in set(plain["corpus"]) and len(added) > 0
    assert len(more) == len(plain) + len(added) and added["statement"].value_counts().min() >= 2


def test_article_share_is_nested_and_about_its_size():
    """`in_article_share` picks articles by hash: a fixed share, the same on every call, and the
    articles of a smaller share are all in a larger one (a learning curve over nested subsets)."""
    from stance.research.news_stance import in_article_share

    docs = [f"polnear/train/doc{i}" for i in range(2000)]
    half = {d for d in docs if in_article_share(d, 0.5)}
    quarter = {d for d in docs if in_article_share(d, 0.25)}
    assert quarter < half and 900 < len(half) < 1100 and 400 < len(quarter) < 600
    assert all(in_article_share(d, 1.0) for d in docs) and not any(in_article_share(d, 0.0) for d in docs)
    with pytest.raises(ValueError, match="between 0 and 1"):
        in_article_share(docs[0], 1.5)


@pytest.mark.skipif(not REAL_DATA.exists(), reason="shared corpora not available at ../shared/data")
def test_news_mix_with_half_of_our_articles():
    """`article_share=0.5` keeps our items (rounds 1-7 and round 8) of half of the train articles,
    whole articles only, and changes nothing else in the mix."""
    from stance.research.corpora import news_training_mix
    from stance.research.news_stance import in_article_share, load_news_stance

    full, _ = news_training_mix(REAL_DATA, round8=1)
    half, _ = news_training_mix(REAL_DATA, round8=1, article_share=0.5)
    ours = ("news_stance", "news_stance_descriptive")
    assert full[~full["corpus"].isin(ours)]["corpus"].value_counts().equals(
        half[~half["corpus"].isin(ours)]["corpus"].value_counts())
    items = load_news_stance(REAL_DATA, "train")
    kept = items[[in_article_share(d, 0.5) for d in items["doc"]]]
    out = set(items["statement"].str.strip()) - set(kept["statement"].str.strip())
    own = half[half["corpus"] == "news_stance"]
    assert 0.35 < len(own) / (full["corpus"] == "news_stance").sum() < 0.65
    assert not set(own["statement"]) & out  # no statement of a left-out article (that no kept one repeats)
    for corpus in ours:
        assert 0 < (half["corpus"] == corpus).sum() < (full["corpus"] == corpus).sum()
    with pytest.raises(ValueError, match="article_share"):
        news_training_mix(REAL_DATA, article_share=0.0)


@pytest.mark.skipif(not REAL_DATA.exists(), reason="shared corpora not available at ../shared/data")
@pytest.mark.parametrize("round_", ["round10", "round11", "round12", "round13", "round14"])
def test_news_mix_with_a_train_only_round(round_):
    """`--round10 N` (likewise rounds 11 to 14) adds that round's items N times, without its bad
    extractions, and nothing else."""
    from stance.research import news_stance
    from stance.research.corpora import news_training_mix

    plain, _ = news_training_mix(REAL_DATA)
    more, _ = news_training_mix(REAL_DATA, **{round_: 2})
    added = more[more["corpus"] == f"news_stance_{round_}"]
    good = sum(i["note"] != "bad_extraction" for i in news_stance.read_items(getattr(news_stance, f"{round_.upper()}_DIR")))
    assert f"news_stance_{round_}" not in set(plain["corpus"]) and 0 < len(added) <= 2 * good
    assert len(more) == len(plain) + len(added) and set(added["label"]) == {"support", "oppose", "neutral"}
