"""The learned relevance gate: its features, fitting, storage and its use in `analyze`."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

import stance
from stance.analyze import analyze
from stance.extract import load_nlp
from stance.gate import FEATURES, RelevanceGate, fit_gate, pair_features, relevance_levels
from stance.targets import as_targets
from conftest import AlwaysOppose, make_examples

ARTICLE = ("Harbour Bridge toll splits the city\n\n"
           "The council voted on Monday to charge drivers on the Harbour Bridge.\n\n"
           "\"The toll is a disgrace,\" said Tom Hadley, who drives a taxi.\n\n"
           "Ann Ortiz said the mayor had worked hard this year.\n\n"
           "\"Our members will keep driving,\" said Ruth Kane of the drivers' union.\n\n"
           "\"We will wait and see,\" said Lee Park.\n\n"
           "\"It is a fine day for it,\" said Jo Bell.")


def _at(text: str, fragment: str, **extra) -> SimpleNamespace:
    start = text.index(fragment)
    return SimpleNamespace(text=fragment, start=start, end=start + len(fragment), **extra)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_relevance_levels_name_the_first_rule_that_holds():
    statements = [_at(ARTICLE, "The toll is a disgrace"), _at(ARTICLE, "the mayor had worked hard this year"),
                  _at(ARTICLE, "Our members will keep driving"), _at(ARTICLE, "We will wait and see"),
                  _at(ARTICLE, "It is a fine day for it")]
    targets = as_targets(["the toll", "the mayor", "the union"])
    assert relevance_levels(statements, targets, ARTICLE).tolist() == [
        ["statement", "none", "none"],       # names the toll; its paragraph names nothing else
        ["none", "statement", "none"],
        ["none", "none", "paragraph"],       # its paragraph names the union
        ["none", "none", "paragraph"],       # the paragraph before does, its own names no target
        ["heading", "none", "none"],         # neither does: the headline's targets
    ]


def test_pair_features_one_row_per_pair(tiny_base):
    statements = [_at(ARTICLE, "The toll is a disgrace", kind="direct", speaker="Tom Hadley"),
                  _at(ARTICLE, "the mayor had worked hard this year", kind="indirect", speaker="Ann Ortiz")]
    targets = as_targets(["the toll", "Ann Ortiz"])
    probs = np.array([[[0.1, 0.8, 0.1], [0.2, 0.2, 0.6]], [[0.3, 0.3, 0.4], [0.7, 0.1, 0.2]]])
    mention = np.array([["statement", "none"], ["paragraph", "none"]], dtype=object)
    x = pair_features(statements, targets, ARTICLE, probs, ("support", "oppose", "neutral"), mention,
                      encoder=str(tiny_base))
    assert x.shape == (4, len(FEATURES))
    col = {name: x[:, k] for k, name in enumerate(FEATURES)}
    assert col["p_oppose"].tolist() == [0.8, 0.2, 0.3, 0.1]
    assert np.allclose(col["p_stanced"], col["p_support"] + col["p_oppose"])
    assert col["mention_statement"].tolist() == [1, 0, 0, 0]
    assert col["direct"].tolist() == [1, 1, 0, 0]
    assert col["speaker_is_target"].tolist() == [0, 0, 0, 1]
    assert (np.abs(col["cosine"]) <= 1 + 1e-5).all()
    assert (col["cosine_gap"] <= 1e-6).all() and (col["cosine_gap"].reshape(2, 2).max(axis=1) > -1e-6).all()
    known = col["cosine"].reshape(2, 2)
    assert np.allclose(pair_features(statements, targets, ARTICLE, probs, ("support", "oppose", "neutral"), mention,
                                     cosine=known), x)
    with pytest.raises(ValueError, match="reads p\\(support\\) and p\\(oppose\\)"):
        pair_features(statements, targets, ARTICLE, probs, ("agree", "disagree", "neutral"), mention)


def test_fit_gate_learns_which_feature_separates():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, len(FEATURES)))
    y = x[:, FEATURES.index("p_oppose")] + 0.1 * rng.normal(size=400) > 0.5
    gate = fit_gate(x, y, threshold=0.4, fitted_on="synthetic")
    assert max(range(len(FEATURES)), key=lambda k: gate.coef[k]) == FEATURES.index("p_oppose")
    p = gate.probability(x)
    assert ((p >= 0.5) == y).mean() > 0.9
    with pytest.raises(ValueError, match="both stanced and neutral"):
        fit_gate(x, np.zeros(400, dtype=bool), threshold=0.5)
    with pytest.raises(ValueError, match="shape"):
        fit_gate(x[:, :3], y, threshold=0.5)


def test_a_gate_round_trips_and_refuses_other_features():
    gate = RelevanceGate(coef=tuple(float(k) for k in range(len(FEATURES))), intercept=-1.0, threshold=0.2,
                         fitted_on="test")
    again = RelevanceGate.from_dict(gate.to_dict())
    assert again == gate
    with pytest.raises(ValueError, match="fit it again"):
        RelevanceGate(coef=(1.0,), intercept=0.0, threshold=0.5, features=("p_support",))
    with pytest.raises(ValueError, match="one per feature"):
        RelevanceGate(coef=(1.0,), intercept=0.0, threshold=0.5)
    with pytest.raises(ValueError, match=r"in \[0, 1\]"):
        RelevanceGate(coef=gate.coef, intercept=0.0, threshold=1.5)
    with pytest.raises(ValueError, match="lacks 'threshold'"):
        RelevanceGate.from_dict({"coef": list(gate.coef), "intercept": 0.0})


def test_a_model_keeps_its_gate(tiny_base, tmp_path):
    model = stance.train(make_examples(2), base=str(tiny_base), epochs=1, batch_size=8, seed=1,
                         freeze_embeddings=False)
    assert model.relevance_gate is None
    gate = RelevanceGate(coef=(0.5,) * len(FEATURES), intercept=-2.0, threshold=0.3, encoder=str(tiny_base))
    model.relevance_gate = gate
    model.save(tmp_path / "m")
    assert stance.load(tmp_path / "m").relevance_gate == gate
    with pytest.raises(TypeError, match="RelevanceGate or None"):
        model.relevance_gate = {"coef": []}
    model.relevance_gate = None
    assert "relevance_gate" not in model.settings


def _gate(tiny_base, threshold: float, bias: float) -> RelevanceGate:
    """A gate whose probability rises with the word match: statement-level pairs score highest."""
    coef = [0.0] * len(FEATURES)
    coef[FEATURES.index("mention_statement")] = 4.0
    return RelevanceGate(coef=tuple(coef), intercept=bias, threshold=threshold, encoder=str(tiny_base))


def test_analyze_with_a_gate_decides_relevance_by_its_probability(tiny_base, nlp):
    targets = ["the Harbour Bridge toll", "the mayor"]
    plain = analyze(ARTICLE, targets=targets, model=AlwaysOppose(), nlp=nlp, tagger=None)
    assert all(r.relevance_score is None for r in plain.stances)
    gated = analyze(ARTICLE, targets=targets, model=AlwaysOppose(), nlp=nlp, tagger=None,
                    relevance_gate=_gate(tiny_base, 0.5, -2.0))
    assert [r.statement.text for r in gated.stances] == [r.statement.text for r in plain.stances]
    for r in gated.stances:
        assert 0.0 <= r.relevance_score <= 1.0
        assert r.relevant == (r.relevance_score >= 0.5)
        assert r.label == ("oppose" if r.relevant else "neutral")
    assert any(r.relevant for r in gated.stances) and not all(r.relevant for r in gated.stances)
    frame = gated.to_pandas()
    assert frame["relevance_score"].notna().all()
    dropped = frame[~frame.relevant].iloc[0]
    reasons = gated.explain(dropped.speaker, dropped.target)["reason"]
    assert "unlikely to take a side on the target (relevance gate)" in set(reasons)
    # threshold 0: every pair counts; relevance_check=False keeps the scores but decides nothing
    everything = analyze(ARTICLE, targets=targets, model=AlwaysOppose(), nlp=nlp, tagger=None,
                         relevance_gate=_gate(tiny_base, 0.0, -2.0))
    assert all(r.relevant for r in everything.stances)
    unchecked = analyze(ARTICLE, targets=targets, model=AlwaysOppose(), nlp=nlp, tagger=None, relevance_check=False,
                        relevance_gate=_gate(tiny_base, 1.0, -2.0))
    assert all(r.relevant and r.relevance_score is not None for r in unchecked.stances)


def test_analyze_with_the_models_own_gate(tiny_base, nlp):
    with pytest.raises(ValueError, match="carries no relevance gate"):
        analyze(ARTICLE, targets=["the mayor"], model=AlwaysOppose(), nlp=nlp, tagger=None, relevance_gate=True)
    model = AlwaysOppose()
    model.relevance_gate = _gate(tiny_base, 0.5, -2.0)
    result = analyze(ARTICLE, targets=["the mayor"], model=model, nlp=nlp, tagger=None, relevance_gate=True)
    assert all(r.relevance_score is not None for r in result.stances)
