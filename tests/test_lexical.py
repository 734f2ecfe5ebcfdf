"""Per-target n-gram heads: fitting, blending, choosing the weight, saving with the model."""
from __future__ import annotations

import json
import random

import numpy as np
import pandas as pd
import pytest

import stance
from stance.lexical import HEADS_FILE, NgramHeads, target_key
from stance.lexical import fit_ngram_heads

LABELS = ("support", "oppose", "neutral")
FILLER = "the a of to in on for with this that it is are council minister bridge tax toll".split()
CUES = {
    "support": ["we fully support", "i welcome", "they back", "great news on"],
    "oppose": ["we will never accept", "i reject", "they hate", "a terrible idea,"],
    "neutral": ["the minister said the vote on", "the council met about", "reporters asked about"],
}


def rows(n_per_label: int, targets=("the plan", "the bill"), seed: int = 0, binary_target: str | None = None):
    """Distinct statements whose stance is given away by a cue phrase, plus random filler words."""
    rng = random.Random(seed)
    out = []
    for target in targets:
        labels = ("support", "oppose") if target == binary_target else LABELS
        for label in labels:
            for _ in range(n_per_label):
                filler = " ".join(rng.choice(FILLER) for _ in range(4))
                out.append({"statement": f"{rng.choice(CUES[label])} {target} {filler}", "target": target,
                            "label": label})
    return pd.DataFrame(out)


@pytest.fixture(scope="module")
def heads():
    return NgramHeads.fit(rows(30), LABELS, min_rows=50, min_df=1)


def test_heads_fit_per_target_and_predict_the_cues(heads):
    assert sorted(heads.heads) == ["the bill", "the plan"]
    dev = rows(5, seed=1)
    probs, mask = heads.proba(dev["statement"].tolist(), dev["target"].tolist())
    assert mask.all()
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    assert [LABELS[k] for k in probs.argmax(axis=1)] == dev["label"].tolist()


def test_unknown_targets_get_no_head_and_matching_ignores_case(heads):
    probs, mask = heads.proba(["we fully support the plan", "we fully support it"], ["  The   PLAN ", "the toll"])
    assert mask.tolist() == [True, False]
    assert probs[1].sum() == 0
    assert target_key("  The   PLAN ") == "the plan"
    transformer = np.full((2, 3), 1 / 3, dtype=np.float32)
    blended = heads.blend(transformer, ["we fully support the plan", "we fully support it"], ["The plan", "the toll"])
    np.testing.assert_array_equal(blended[1], transformer[1])  # no head: the transformer alone
    assert blended[0].argmax() == 0


def test_small_targets_and_single_label_targets_get_no_head():
    frame = pd.concat([rows(30, targets=("the plan",)), rows(3, targets=("the bill",))])
    frame = pd.concat([frame, pd.DataFrame([{"statement": f"we back the toll {i}", "target": "the toll",
                                             "label": "support"} for i in range(100)])])
    assert sorted(NgramHeads.fit(frame, LABELS, min_rows=50, min_df=1).heads) == ["the plan"]


def test_a_target_whose_ngrams_are_all_rarer_than_min_df_gets_no_head():
    """A target with enough rows but no n-gram shared by min_df of its statements is skipped, not an
    error from the solver."""
    few = pd.DataFrame([{"statement": s, "target": "the pier", "label": l}
                        for s, l in (("yes", "support"), ("no", "oppose"))])
    frame = pd.concat([rows(30, targets=("the plan",)), few])
    assert sorted(NgramHeads.fit(frame, LABELS, min_rows=2, min_df=3).heads) == ["the plan"]


def test_two_label_target_gives_the_third_label_no_probability():
    heads = NgramHeads.fit(rows(40, targets=("the plan",), binary_target="the plan"), LABELS, min_rows=50, min_df=1)
    dev = rows(5, targets=("the plan",), seed=2, binary_target="the plan")
    probs, _ = heads.proba(dev["statement"].tolist(), dev["target"].tolist())
    assert probs[:, 2].max() < 1e-6
    assert [LABELS[k] for k in probs.argmax(axis=1)] == dev["label"].tolist()


def test_choose_weight_keeps_heads_only_when_they_help(heads):
    dev = rows(5, seed=3)
    statements, targets, gold = dev["statement"].tolist(), dev["target"].tolist(), dev["label"].tolist()
    # a transformer that always says neutral: the heads fix it, so the weight drops below 1
    neutral = np.tile(np.array([0.1, 0.1, 0.8], np.float32), (len(dev), 1))
    choice = heads.choose_weight(neutral, statements, targets, gold)
    assert choice["weight"] < 1.0 and choice["dev_rows"] == len(dev)
    assert choice["dev_scores"][choice["weight"]] == max(choice["dev_scores"].values())
    # a perfect transformer: nothing to gain, ties go to the transformer alone
    perfect = np.eye(3, dtype=np.float32)[[LABELS.index(l) for l in gold]]
    assert heads.choose_weight(perfect, statements, targets, gold)["weight"] == 1.0


def test_heads_save_and_load_give_the_same_probabilities(heads, tmp_path):
    heads.weight = 0.3
    settings = heads.save(tmp_path)
    loaded = NgramHeads.load(tmp_path, json.loads(json.dumps(settings)), LABELS)
    dev = rows(4, seed=4)
    a, _ = heads.proba(dev["statement"].tolist(), dev["target"].tolist())
    b, _ = loaded.proba(dev["statement"].tolist(), dev["target"].tolist())
    np.testing.assert_allclose(a, b, atol=2e-3)  # the weights are stored in float16
    assert loaded.weight == 0.3 and sorted(loaded.heads) == sorted(heads.heads)
    with pytest.raises(ValueError, match="heads for \\[3\\] labels but the model has 4"):
        NgramHeads.load(tmp_path, settings, ("agree", "disagree", "discuss", "unrelated"))
    (tmp_path / HEADS_FILE).unlink()
    with pytest.raises(FileNotFoundError, match="ngram_heads=False"):
        NgramHeads.load(tmp_path, settings, LABELS)


@pytest.fixture(scope="module")
def model_with_heads(tiny_base, tmp_path_factory):
    """A barely trained tiny model (one short epoch): the heads clearly help it on dev."""
    out = tmp_path_factory.mktemp("models") / "heads"
    model = stance.train(rows(30), eval=rows(6, seed=5), base=str(tiny_base), output_dir=out, epochs=1,
                         learning_rate=1e-4, batch_size=16, seed=1, ngram_min_rows=50)
    return model, out


def test_training_fits_heads_and_they_travel_with_the_model(model_with_heads):
    model, out = model_with_heads
    info = model.settings["training"]["ngram_heads"]
    assert info["kept"] and info["targets"] == 2 and info["weight"] < 1.0
    assert (out / HEADS_FILE).exists()
    config = json.loads((out / "config.json").read_text())["stance"]
    assert config["ngram_heads"]["targets"] == ["the bill", "the plan"]
    assert "Per-target n-gram heads" in (out / "README.md").read_text()

    dev = rows(3, seed=6)
    statements, targets = dev["statement"].tolist(), dev["target"].tolist()
    loaded = stance.load(out, precision="fp32")
    model.precision = "fp32"
    with_heads = loaded.predict_proba(statements, targets)
    np.testing.assert_allclose(with_heads, model.predict_proba(statements, targets), atol=2e-3)
    single = np.vstack([loaded.predict_proba(s, t) for s, t in zip(statements, targets)])
    np.testing.assert_allclose(with_heads, single, atol=1e-5)
    # the blend is what the heads add to the transformer alone
    alone = stance.load(out, precision="fp32", ngram_heads=False)
    assert alone.ngram_heads is None
    plain = alone.predict_proba(statements, targets)
    head_probs, _ = loaded.ngram_heads.proba(statements, targets)
    w = loaded.ngram_heads.weight
    np.testing.assert_allclose(with_heads, w * plain + (1 - w) * head_probs, atol=1e-5)
    # a target without a head: the transformer alone
    np.testing.assert_allclose(loaded.predict_proba(statements, "the toll"), alone.predict_proba(statements, "the toll"),
                               atol=1e-6)


def test_saving_without_heads_drops_them(model_with_heads, tmp_path):
    model, out = model_with_heads
    alone = stance.load(out, ngram_heads=False)
    alone.save(tmp_path / "alone")
    assert not (tmp_path / "alone" / HEADS_FILE).exists()
    assert "ngram_heads" not in json.loads((tmp_path / "alone" / "config.json").read_text())["stance"]
    assert stance.load(tmp_path / "alone").ngram_heads is None


def test_plain_transformers_still_loads_a_model_with_heads(model_with_heads):
    from transformers import AutoModelForSequenceClassification

    _, out = model_with_heads
    assert AutoModelForSequenceClassification.from_pretrained(out).config.id2label[0] == "support"


def test_fit_ngram_heads_on_an_existing_model(model_with_heads):
    model, out = model_with_heads
    loaded = stance.load(out, ngram_heads=False)
    info = loaded.fit_ngram_heads(rows(30), rows(6, seed=5), min_rows=50)
    assert info["kept"] and loaded.ngram_heads is not None
    assert loaded.precision == "auto"  # restored after scoring the dev set in fp32
    # no target with enough rows: no heads, and it says so
    info = fit_ngram_heads(loaded, rows(30), rows(6, seed=5), min_rows=10_000)
    assert info == {"targets": 0, "min_rows": 10_000, "kept": False} and loaded.ngram_heads is None


def test_ngram_min_rows_is_checked(tiny_base):
    with pytest.raises(ValueError, match="ngram_min_rows must be >= 0"):
        stance.train(rows(3), base=str(tiny_base), ngram_min_rows=-1)


def test_cli_trains_heads_and_can_score_without_them(tiny_base, tmp_path, capsys):
    from stance.cli import main

    rows(30).to_csv(tmp_path / "train.csv", index=False)
    rows(6, seed=5).to_json(tmp_path / "dev.jsonl", orient="records", lines=True)
    out = tmp_path / "model"
    assert main(["train", str(tmp_path / "train.csv"), "--eval", str(tmp_path / "dev.jsonl"), "--output-dir",
                 str(out), "--base", str(tiny_base), "--epochs", "1", "--learning-rate", "1e-4",
                 "--ngram-min-rows", "50", "--quiet"]) == 0
    assert (out / HEADS_FILE).exists()
    statement = "i welcome the plan with the council"
    capsys.readouterr()
    scores = {}
    for extra in ([], ["--no-ngram-heads"]):
        assert main(["predict", "--statement", statement, "--target", "the plan", "--model", str(out),
                     "--jsonl", "--precision", "fp32", *extra]) == 0
        scores[bool(extra)] = json.loads(capsys.readouterr().out)["scores"]
    expected_alone = stance.load(out, precision="fp32", ngram_heads=False).predict(statement, target="the plan")
    assert scores[True] == pytest.approx(expected_alone.scores)
    assert scores[False]["support"] > scores[True]["support"]  # the head knows 'i welcome' means support


def test_card_keeps_the_test_set_order_and_shows_the_transformer_alone():
    from stance.card import model_card

    scores = {"n": 10, "accuracy": 0.5, "macro_f1": 0.5, "f_avg": 0.5}
    settings = {"metrics": {"b test": scores, "a test": scores}, "test_sets": ["b test", "a test"],
                "metrics_transformer_only": {"a test": scores, "b test": scores},
                "ngram_heads": {"weight": 0.4, "targets": ["the plan"]}}
    card = model_card(LABELS, settings)
    assert card.index("| b test") < card.index("| a test")
    assert "The transformer alone" in card and "0.40 x the transformer's" in card


def test_no_dev_row_with_a_head_keeps_no_heads(model_with_heads):
    _, out = model_with_heads
    loaded = stance.load(out, ngram_heads=False)
    info = loaded.fit_ngram_heads(rows(30), rows(6, targets=("the toll",), seed=5), min_rows=50)
    assert info["kept"] is False and info["dev_rows"] == 0 and loaded.ngram_heads is None


def test_heads_record_what_they_were_fitted_on(tmp_path):
    """Rows, label counts and (when the data has a corpus column) corpora, per head: saved and in the card."""
    from stance.card import model_card

    train = rows(30).assign(corpus=lambda f: np.where(f.index % 2 == 0, "tweets", "news"))
    train.loc[train["target"] == "the bill", "corpus"] = "tweets"
    heads = NgramHeads.fit(train, LABELS, min_rows=50, min_df=1)
    assert heads.sources == {
        "the bill": {"rows": 90, "labels": {"support": 30, "oppose": 30, "neutral": 30}, "corpora": ["tweets"]},
        "the plan": {"rows": 90, "labels": {"support": 30, "oppose": 30, "neutral": 30},
                     "corpora": ["news", "tweets"]},
    }
    settings = json.loads(json.dumps(heads.save(tmp_path)))
    assert NgramHeads.load(tmp_path, settings, LABELS).sources == heads.sources
    card = model_card(LABELS, {"ngram_heads": settings})
    assert "| `the plan` | 90 | 30 / 30 / 30 | news, tweets |  |" in card
    # without a corpus column: rows and labels only
    assert "corpora" not in NgramHeads.fit(rows(30), LABELS, min_rows=50, min_df=1).sources["the plan"]


def test_training_keeps_the_corpus_column_for_the_heads(model_with_heads):
    model, out = model_with_heads
    loaded = stance.load(out, ngram_heads=False)
    loaded.fit_ngram_heads(rows(30).assign(corpus="mine"), rows(6, seed=5), min_rows=50)
    assert loaded.ngram_heads.sources["the bill"]["corpora"] == ["mine"]


def genre_rows(n_per_label: int, seed: int = 0) -> pd.DataFrame:
    """`rows`, with 'the plan' fitted from news and 'the bill' from tweets."""
    frame = rows(n_per_label, seed=seed)
    return frame.assign(genre=np.where(frame["target"] == "the plan", "news", "tweets"))


def test_for_genre_keeps_the_heads_fitted_on_that_kind_of_text():
    heads = NgramHeads.fit(genre_rows(30), LABELS, min_rows=50, min_df=1)
    assert heads.sources["the plan"]["genres"] == ["news"]
    assert sorted(heads.for_genre("news").heads) == ["the plan"]
    assert sorted(heads.for_genre("tweets").heads) == ["the bill"]
    assert heads.for_genre("news").weight == heads.weight
    # a head with no recorded genre (data without a genre column) is kept for any genre
    mixed = NgramHeads(LABELS, heads.heads, sources={"the plan": heads.sources["the plan"]})
    assert sorted(mixed.for_genre("news").heads) == ["the bill", "the plan"]
    assert sorted(mixed.for_genre("tweets").heads) == ["the bill"]


@pytest.fixture(scope="module")
def genre_model(model_with_heads, tmp_path_factory):
    """The tiny model with a news head ('the plan') and a tweets head ('the bill'), saved."""
    _, out = model_with_heads
    model = stance.load(out, ngram_heads=False, precision="fp32")
    info = model.fit_ngram_heads(genre_rows(30), genre_rows(6, seed=5), min_rows=50)
    assert info["kept"]
    path = tmp_path_factory.mktemp("models") / "genres"
    model.save(path)
    return path


def test_load_and_with_ngram_heads_pick_heads_by_genre(genre_model):
    full = stance.load(genre_model, precision="fp32")
    assert sorted(full.ngram_heads.heads) == ["the bill", "the plan"]
    assert sorted(stance.load(genre_model, ngram_heads="news").ngram_heads.heads) == ["the plan"]
    news = full.with_ngram_heads("news")
    assert sorted(news.ngram_heads.heads) == ["the plan"] and news.model is full.model
    assert sorted(full.ngram_heads.heads) == ["the bill", "the plan"]  # the model itself is unchanged
    assert full.with_ngram_heads(False).ngram_heads is None and full.with_ngram_heads(True).ngram_heads is full.ngram_heads
    statement = "i welcome the bill with the council"
    np.testing.assert_allclose(news.predict_proba(statement, "the bill"),
                               full.with_ngram_heads(False).predict_proba(statement, "the bill"), atol=1e-6)
    with pytest.warns(UserWarning, match="none of the model's n-gram heads was fitted on 'radio' text"):
        assert full.with_ngram_heads("radio").ngram_heads is None
    with pytest.raises(TypeError, match="True, False or a genre"):
        full.with_ngram_heads(3)
    card = (genre_model / "README.md").read_text()
    assert "| `the plan` | 90 | 30 / 30 / 30 |  | news |" in card


def test_analyze_uses_the_news_heads_by_default(genre_model):
    from stance.analyze import analyze
    from stance.extract import load_nlp

    model = stance.load(genre_model, precision="fp32")
    text = ('"I welcome the bill and I welcome the plan," the mayor said.\n\n'
            'The councillor said she would reject the bill.')
    nlp = load_nlp()
    expected = {}
    for which in ("news", True, False):
        view = model.with_ngram_heads(which)
        result = analyze(text, targets=["the bill", "the plan"], model=model, nlp=nlp, classify_all=True,
                         **({} if which == "news" else {"ngram_heads": which}))  # every pair classified
        assert result.stances
        for rec in result.stances:
            want = view.predict_proba(rec.statement.text, rec.target)[0]
            np.testing.assert_allclose([rec.scores[l] for l in LABELS], want, atol=1e-5)
        expected[which] = [rec.scores["support"] for rec in result.stances]
    assert expected["news"] != expected[True] and expected["news"] != expected[False]


def test_cli_and_score_corpus_pick_heads_by_genre(genre_model, capsys):
    from stance.cli import main
    from stance.score import score_corpus

    statement = "i welcome the bill with the council"
    scores = {}
    for extra in (["--ngram-heads-genre", "news"], ["--no-ngram-heads"], []):
        assert main(["predict", "--statement", statement, "--target", "the bill", "--model", str(genre_model),
                     "--jsonl", "--precision", "fp32", *extra]) == 0
        scores[extra[0] if extra else "all"] = json.loads(capsys.readouterr().out)["scores"]
    assert scores["--ngram-heads-genre"] == pytest.approx(scores["--no-ngram-heads"])  # 'the bill' is a tweets head
    assert scores["all"]["support"] > scores["--no-ngram-heads"]["support"]
    with pytest.raises(SystemExit, match="contradict"):
        main(["predict", "--statement", statement, "--target", "the bill", "--model", str(genre_model),
              "--no-ngram-heads", "--ngram-heads-genre", "news"])

    model = stance.load(genre_model, precision="fp32")
    articles = [{"text": '"I welcome the bill," the mayor said.'}]
    frames = {which: score_corpus(articles, model=model, targets=["the bill"], mode="articles",
                                  ngram_heads=which).to_pandas()
              for which in (None, True, False)}
    assert len(frames[None]) == 1
    assert frames[None]["p_support"].tolist() == pytest.approx(frames[False]["p_support"].tolist())  # news only
    assert frames[True]["p_support"].iloc[0] > frames[False]["p_support"].iloc[0]
    pairs = [{"statement": statement, "target": "the bill"}]
    scored = score_corpus(pairs, model=model).to_pandas()
    assert scored["p_support"].iloc[0] == pytest.approx(scores["all"]["support"], abs=1e-5)


# -- the target-masked head ---------------------------------------------------------------------

@pytest.mark.parametrize("statement, target, masked", [
    ("We will never back the ferry levy or its backers", "the ferry levy",
     "We will never back the targetword targetword or its backers"),
    ("Trump's plan is a disgrace, said Ortiz", "Donald Trump", "targetword's plan is a disgrace, said Ortiz"),
    ("Democratic lawmakers blocked the party's bill", "the Democratic Party",
     "targetword lawmakers blocked the targetword's bill"),
    ("nothing of the sort", "the EU", "nothing of the sort"),  # short and function words stay
])
def test_mask_target_replaces_the_target_words(statement, target, masked):
    from stance.lexical import mask_target

    assert mask_target(statement, target) == masked


def many_targets(n_per_label: int, seed: int = 0, prefix: str = "plan"):
    """Cue-phrase statements toward many different targets: only the cue says the stance."""
    names = [f"{prefix} {c}{d}" for c in "bcdfgh" for d in "klmnpr"]
    return rows(n_per_label, targets=tuple(names), seed=seed)


def test_generic_head_reads_targets_it_never_saw_and_leaves_headed_targets_alone(model_with_heads, tmp_path):
    from stance.lexical import fit_generic_head

    model, out = model_with_heads
    loaded = stance.load(out, precision="fp32")
    assert sorted(loaded.ngram_heads.heads) == ["the bill", "the plan"]
    info = fit_generic_head(loaded, many_targets(3), {"dev": many_targets(2, seed=3, prefix="law")}, min_df=1)
    assert info["kept"] and info["weight"] < 1.0 and info["columns"] > 0
    heads = loaded.ngram_heads
    assert heads.generic is not None and sorted(heads.heads) == ["the bill", "the plan"]  # kept as they were
    unseen = many_targets(2, seed=9, prefix="treaty")
    statements, targets = unseen["statement"].tolist(), unseen["target"].tolist()
    g = heads.generic_proba(statements, targets)
    assert (np.array([LABELS[k] for k in g.argmax(axis=1)]) == unseen["label"].to_numpy()).mean() > 0.9
    # blended with the transformer's share for targets without a head; a headed target keeps its head
    alone = stance.load(out, precision="fp32", ngram_heads=False)
    w = heads.generic_weight
    np.testing.assert_allclose(loaded.predict_proba(statements, targets),
                               w * alone.predict_proba(statements, targets) + (1 - w) * g, atol=1e-5)
    headed = ["we fully support the plan"]
    np.testing.assert_allclose(loaded.predict_proba(headed, "the plan"),
                               stance.load(out, precision="fp32").predict_proba(headed, "the plan"), atol=1e-6)
    # it travels with the model, and the news genre keeps it (it was fitted on news)
    loaded.save(tmp_path / "generic")
    again = stance.load(tmp_path / "generic", precision="fp32")
    assert again.ngram_heads.generic is not None and again.ngram_heads.generic_weight == w
    np.testing.assert_allclose(again.predict_proba(statements, targets), loaded.predict_proba(statements, targets),
                               atol=2e-3)
    assert again.with_ngram_heads("news").ngram_heads.generic is not None
    assert again.ngram_heads.without_generic().generic is None
    assert "target-masked" in repr(again.ngram_heads)


def test_model_fits_a_generic_head_from_one_dev_set(model_with_heads):
    _, out = model_with_heads
    loaded = stance.load(out, precision="fp32")
    info = loaded.fit_generic_head(many_targets(3), many_targets(2, seed=3, prefix="law"))
    assert info["kept"] and set(info["dev_scores"]["0.5"]) == {"dev"}
    assert loaded.ngram_heads.generic is not None


def test_generic_head_is_dropped_when_it_does_not_help(model_with_heads):
    from stance.lexical import fit_generic_head

    _, out = model_with_heads
    loaded = stance.load(out, precision="fp32")
    noise = many_targets(3).assign(label=lambda f: np.random.default_rng(0).permutation(f["label"].to_numpy()))
    dev_rows = rows(6, seed=5)  # every dev target has a head: nothing to choose on
    info = fit_generic_head(loaded, noise, {"dev": dev_rows}, min_df=1)
    assert not info["kept"] and loaded.ngram_heads.generic is None


# Our own odd texts: case, accents, a lone letter, tabs and line breaks, a very long word, digits,
# hashtags and handles, an empty string, and the same words twice (the per-word cache in use).
HASH_TEXTS = [
    "We will NOT back the harbour levy, said Councillor Ãsa Lindqvist.",
    "", "a", "I", "  x\t\ny  ", "Ünïcode ÉCOLE straße İstanbul ﬁne", "ab" * 300,
    "#NoLevy @harbourboard 2026 1,000,000 tonnes -- really?!", "the the the the",
    "We will NOT back the harbour levy, said Councillor Ãsa Lindqvist.",
]


@pytest.mark.parametrize("words,chars", [((1, 3), (2, 5)), ((1, 2), None), ((2, 3), (3, 4))])
def test_hashed_ngrams_count_what_sklearn_counts(words, chars):
    from stance.lexical import HashedNgrams, sklearn_vectorizer

    fast = HashedNgrams(words, chars)
    for _ in range(2):  # cold, then with every word cached
        got, want = fast.transform(HASH_TEXTS), sklearn_vectorizer(words, chars).transform(HASH_TEXTS)
        assert got.shape == want.shape and got.dtype == want.dtype
        assert (got != want).nnz == 0 and got.nnz == want.nnz > 0


def test_hashed_ngrams_stay_right_when_the_word_cache_is_emptied(monkeypatch):
    from stance import lexical
    from stance.lexical import HashedNgrams, sklearn_vectorizer

    monkeypatch.setattr(lexical, "HASH_CACHE_WORDS", 3)
    fast = HashedNgrams((1, 3), (2, 5))
    got, want = fast.transform(HASH_TEXTS), sklearn_vectorizer((1, 3), (2, 5)).transform(HASH_TEXTS)
    assert (got != want).nnz == 0
    assert len(fast._char_hashes) <= 3 + len(max(HASH_TEXTS, key=lambda t: len(t.split())).split())
