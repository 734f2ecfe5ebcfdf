"""stance: who said what in the news, and where they stand.

Example:
    >>> import stance
    >>> model = stance.load()
    >>> model.predict("We will never accept this vote.", target="the referendum").label
    'oppose'
"""
from __future__ import annotations

import logging

from .evaluate import evaluate
from .model import Prediction, StanceModel, load
from .train import TrainingArgs, train

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Prediction", "StanceModel", "TrainingArgs", "evaluate", "load", "train"]
