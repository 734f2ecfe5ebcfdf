"""The examples in the library's docstrings run and give what they show.

Examples that sketch a session with a trained model or an article (``model = stance.load()``,
``result.explain(...)``) are usage, not checks; they are named in ``USAGE_SKETCHES`` and left out.
Every other docstring example, including any written later, is run here.
"""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import stance

#: Docstrings whose examples need a model, a data file or an article the example does not build.
USAGE_SKETCHES = frozenset({
    "stance", "stance.analyze.Analysis.explain", "stance.analyze.Analysis.relabel", "stance.analyze.analyze",
    "stance.evaluate.evaluate", "stance.gate", "stance.lexical.fit_ngram_heads", "stance.model.StanceModel",
    "stance.model.StanceModel.fit_generic_head", "stance.model.StanceModel.fit_ngram_heads",
    "stance.model.StanceModel.predict", "stance.model.StanceModel.with_ngram_heads", "stance.model.load",
    "stance.research.attribution_eval", "stance.research.attribution_eval.evaluate_extraction",
    "stance.score", "stance.score.corpus.score_corpus", "stance.score.ray_data.score_ray_dataset",
    "stance.score.result.ScoreRun", "stance.score.result.ScoreRun.as_dict", "stance.storage.load_tagger",
    "stance.train.train",
})


def _module_names() -> list[str]:
    names = ["stance"]
    for info in pkgutil.walk_packages(stance.__path__, "stance."):
        names.append(info.name)
    return sorted(names)


def _docstring_tests():
    finder = doctest.DocTestFinder(exclude_empty=True)
    out = []
    for name in _module_names():
        try:
            module = importlib.import_module(name)
        except ImportError:  # an optional extra (openvino, ray) that is not installed
            continue
        for test in finder.find(module, name):
            if test.examples and test.name not in USAGE_SKETCHES:
                out.append(test)
    return out


TESTS = _docstring_tests()


def test_docstring_examples_are_found():
    # the walk sees the package: a broken walk would pass every case below by running none
    assert len(TESTS) >= 40
    assert any(t.name == "stance.targets.Target" for t in TESTS)


@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_docstring_example(test):
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test, out=lambda _text: None)
    result = runner.summarize(verbose=False)
    if result.failed:
        # run again with the report shown, so the failure names the example and what it printed
        report = []
        doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE).run(test, out=report.append)
        pytest.fail("".join(report))


def test_usage_sketches_still_exist():
    # a renamed function must not leave a stale name here that would hide a new example
    found = set()
    finder = doctest.DocTestFinder(exclude_empty=True)
    for name in _module_names():
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        found |= {t.name for t in finder.find(module, name) if t.examples}
    assert USAGE_SKETCHES <= found, sorted(USAGE_SKETCHES - found)
