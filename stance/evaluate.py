"""Scoring a stance model on labelled examples."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .data import read_examples
from .model import BATCH_SIZE

#: The labels whose F1 the SemEval-2016 F_avg averages.
F_AVG_LABELS = ("support", "oppose")


def evaluate(model, data: Any, *, column_mapping: Mapping[str, str] | None = None,
             batch_size: int = BATCH_SIZE) -> dict[str, Any]:
    """Accuracy, macro-F1, per-label precision/recall/F1, F_avg and the confusion matrix.

    F_avg is the SemEval-2016 Task 6 measure, the mean F1 of 'support' and 'oppose'
    (None when the model lacks either label). Macro-F1 averages over the labels present
    in the gold data or the predictions.

    Args:
        model: a `StanceModel`.
        data: labelled examples (path, DataFrame, `datasets.Dataset` or list of dicts); optional
            speaker and cue columns go to a speaker-aware model.
        column_mapping: renames the data's columns.
        batch_size: pairs per forward pass.

    Returns:
        A dict: n, accuracy, macro_f1, f_avg, per_label {label: {precision, recall, f1, support}},
        labels (the confusion matrix order) and confusion_matrix (rows = gold, columns = predicted).

    Example:
        >>> stance.evaluate(model, "test.csv")["macro_f1"]
    """
    frame = read_examples(data, column_mapping=column_mapping, name="test", keep=("speaker", "cue"))
    labels = list(model.labels)
    unknown = sorted(set(frame["label"]) - set(labels))
    if unknown:
        raise ValueError(f"test: labels {unknown} are not among the model's labels {labels}; map them first")
    speaker = list(frame["speaker"]) if "speaker" in frame else None
    cue = list(frame["cue"]) if "cue" in frame else None
    probs = model.predict_proba(list(frame["statement"]), list(frame["target"]), speaker=speaker, cue=cue,
                                batch_size=batch_size)
    pred = [labels[i] for i in probs.argmax(axis=1)] if len(frame) else []
    return score_labels(list(frame["label"]), pred, labels)


def score_labels(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """The report of `evaluate` for gold and predicted labels (``labels``: the model's label order)."""
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


def format_report(report: Mapping[str, Any], *, title: str | None = None) -> str:
    """A plain-text table of an `evaluate` report."""
    lines = [title] if title else []
    f_avg = "n/a" if report["f_avg"] is None else f"{100 * report['f_avg']:.2f}"
    lines.append(f"n={report['n']}  accuracy={100 * report['accuracy']:.2f}  "
                 f"macro-F1={100 * report['macro_f1']:.2f}  F_avg={f_avg}")
    lines.append(f"{'label':<12}{'P':>8}{'R':>8}{'F1':>8}{'n':>7}")
    for label, m in report["per_label"].items():
        lines.append(f"{label:<12}{100 * m['precision']:8.2f}{100 * m['recall']:8.2f}{100 * m['f1']:8.2f}{m['support']:7d}")
    labels = report["labels"]
    if report["confusion_matrix"]:
        lines.append("confusion (rows gold, columns predicted): " + " ".join(labels))
        for label, row in zip(labels, report["confusion_matrix"]):
            lines.append(f"  {label:<12}" + " ".join(f"{v:6d}" for v in row))
    return "\n".join(lines)
