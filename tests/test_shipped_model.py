"""A few end-to-end checks on the shipped default model (offline, a few seconds)."""
from __future__ import annotations

from pathlib import Path

import pytest

import stance
from stance.model import default_model_dir

pytestmark = pytest.mark.slow
EXAMPLES = Path(__file__).parents[1] / "data" / "examples"
REFERENCE = Path(__file__).parents[1].joinpath("../shared/seed/article.txt")


@pytest.fixture(scope="module")
def model():
    return stance.load()


def test_loads_offline_within_budget(model):
    assert model.labels == ("support", "oppose", "neutral")
    size = sum(p.stat().st_size for p in default_model_dir().iterdir())
    assert size < 25 * 1024 * 1024
    assert model.settings["metrics"], "the model card's scores come from the saved settings"
    # the per-target n-gram heads of its training targets travel with it
    assert {"atheism", "hillary clinton"} <= set(model.ngram_heads.heads)
    assert 0 < model.ngram_heads.weight < 1
    # each records its genre; articles get the news heads only (the tweet heads hurt on news)
    assert model.ngram_heads.sources["hillary clinton"]["genres"] == ["tweets"]
    assert set(model.with_ngram_heads("news").ngram_heads.heads) == {"climate change is a serious concern"}
    # the target-masked head, for the targets without a head of their own, is a news head too
    assert model.with_ngram_heads("news").ngram_heads.generic is not None
    assert 0 < model.ngram_heads.generic_weight < 1


def test_clear_cases(model):
    preds = model.predict(["I am proud to back this toll, it keeps the bridge open.",
                           "This toll is a tax on the poor and we will fight it."], target="the bridge toll")
    assert [p.label for p in preds] == ["support", "oppose"]


def test_full_export_loads_in_plain_transformers(model, tmp_path):
    from transformers import AutoModelForSequenceClassification

    out = model.save(tmp_path / "full")
    assert (out / "ngram_heads.safetensors").exists()
    hf = AutoModelForSequenceClassification.from_pretrained(out)
    assert hf.config.id2label == {0: "support", 1: "oppose", 2: "neutral"}
    again = stance.load(out, precision="fp32")
    model_fp32 = stance.load(precision="fp32")
    s = ["We will never accept the result of this vote."]
    assert again.predict_proba(s, "the referendum") == pytest.approx(model_fp32.predict_proba(s, "the referendum"), abs=1e-4)


def test_example_article_matches_a_careful_reading(model):
    """Our own example article: the mayor backs the toll, the hauliers and their chair oppose it,
    and nobody but the councillor speaks about the cruise terminal.

    The councillor's "he was looking forward to the opening in June" is support to a careful
    reader; the shipped model read it so from session 30, and reads it as neutral since session 32,
    when `analyze` began to weigh the reading with his name and cue (better on real news, more
    cautious here: docs/evaluation.md), so his terminal cell is not checked."""
    result = stance.analyze((EXAMPLES / "harbour_bridge.txt").read_text(),
                            targets=["the Harbour Bridge toll", "the new cruise terminal"], model=model)
    table = result.by_speaker().set_index(["speaker", "target"])["stance"]
    assert table[("Elena Vasquez", "the Harbour Bridge toll")] == "support"
    assert table[("Priya Raman", "the Harbour Bridge toll")] == "oppose"
    assert table[("The Regional Hauliers Association", "the Harbour Bridge toll")] == "oppose"
    others = [sp for sp, tg in table.index if tg == "the new cruise terminal" and "Hadley" not in sp]
    assert others and all(table[(sp, "the new cruise terminal")] == "neutral" for sp in others)
    assert model.analysis_speaker == 0.75 and model.neutral_margin == 0.15


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference article is not available at ../shared/seed")
def test_reference_article_cells_are_defensible(model):
    """The project's reference article with its four targets: every cell as a careful reader would
    defend it (the table is in docs/evaluation.md, "Session 52"). Lavrov on the referendum is
    borderline: he backs Iraq's territorial integrity and takes no side on the vote in words."""
    targets = ["the Kurdistan independence referendum", "the new US policy on Syria", "the US-led coalition in Syria",
               "the Iraqi government"]
    result = stance.analyze(REFERENCE.read_text(), targets=targets, model=model)
    table = result.by_speaker().set_index(["speaker", "target"])["stance"]
    referendum, policy, coalition, iraq = targets
    assert all(table[("Russia", t)] == "neutral" for t in targets)
    assert table[("Sergey Lavrov", referendum)] in ("oppose", "neutral")
    assert table[("Sergey Lavrov", policy)] == "oppose"
    assert table[("Sergey Lavrov", coalition)] == "oppose"
    assert table[("Sergey Lavrov", iraq)] == "support"
    assert table[("Ibrahim al-Jaafari", referendum)] == "oppose"
    assert table[("Ibrahim al-Jaafari", policy)] == table[("Ibrahim al-Jaafari", coalition)] == "neutral"
    assert table[("Ibrahim al-Jaafari", iraq)] == "support"


def test_speaker_aware_and_news_scores_recorded(model):
    assert model.uses_speaker
    with_speaker = model.predict_proba(["We will fight this toll."], "the bridge toll", speaker="Ann Ortiz", cue="said")
    alone = model.predict_proba(["We will fight this toll."], "the bridge toll")
    assert with_speaker.shape == alone.shape == (1, 3) and not (with_speaker == alone).all()
    assert set(model.settings["news_metrics"]) == set(model.settings["news_sets"])
