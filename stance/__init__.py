"""stance: who said what in the news, and where they stand.

Example:
    >>> import stance
    >>> model = stance.load()
    >>> model.predict("We will never accept this vote.", target="the referendum").label
    'oppose'
    >>> result = stance.analyze(article_text, targets=["the referendum"])
    >>> result.by_speaker()
"""
from __future__ import annotations

import logging

from .analyze import Target, analyze
from .evaluate import evaluate
from .extract import Statement, extract, extract_many
from .model import Prediction, StanceModel, load
from .score import ScoreRun, score_corpus
from .storage import load_tagger
from .train import TrainingArgs, train

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Prediction", "ScoreRun", "StanceModel", "Statement", "Target", "TrainingArgs", "analyze", "evaluate",
           "extract", "extract_many", "load", "load_tagger", "score_corpus", "train"]
