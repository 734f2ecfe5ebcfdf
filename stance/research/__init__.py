"""Research tooling of the project, kept apart from the user API (which never imports it).

- `stance.research.corpora`: loaders for the public stance corpora in the shared data folder, and
  the training mixes of the default model.
- `stance.research.default_model`: building and evaluating the shipped default model
  (``python -m stance.research.default_model``).
- `stance.research.news_stance`: the project's own labelled news data (``data/news_stance``).
- `stance.research.adapt`: masked-language-model training of the base encoder on news text before
  fine-tuning (``python -m stance.research.adapt``).
- `stance.research.news_eval`, `stance.research.analysis_eval`, `stance.research.attribution_eval`:
  the evaluation reports behind ``stance evaluate-news``, ``stance evaluate-analysis`` and
  ``stance evaluate-extraction``.

These modules build on the user API (`stance.model`, `stance.train`, `stance.evaluate`, ...), never
the other way round.
"""
