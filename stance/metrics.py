"""Scores of predicted labels against gold labels: accuracy, macro-F1, per-label P/R/F1, F_avg.

This module imports nothing of the model (only NumPy and scikit-learn), so that every layer can
use it: `stance.evaluate` for a model on labelled data, `stance.lexical` to choose the n-gram
heads' blend weight, and the research reports.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

#: The labels whose F1 the SemEval-2016 F_avg averages.
F_AVG_LABELS = ("support", "oppose")


def score_labels(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """The report of `stance.evaluate.evaluate` for gold and predicted labels (``labels``: the
    model's label order)."""
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

    gold, pred, labels = list(gold), list(pred), list(labels)
    used = [l for l in labels if l in set(gold) | set(pred)]
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=labels, zero_division=0)
    per_label = {l: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
                 for i, l in enumerate(labels)}
    f_avg = (float(np.mean([per_label[l]["f1"] for l in F_AVG_LABELS]))
             if all(l in labels for l in F_AVG_LABELS) else None)
    return {
        "n": len(gold),
        "accuracy": float(accuracy_score(gold, pred)) if gold else 0.0,
        "macro_f1": float(f1_score(gold, pred, labels=used, average="macro", zero_division=0)) if gold else 0.0,
        "f_avg": f_avg,
        "per_label": per_label,
        "labels": labels,
        "confusion_matrix": confusion_matrix(gold, pred, labels=labels).tolist() if gold else [],
    }
