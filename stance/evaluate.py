"""Scoring a stance model on labelled examples."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .data import read_examples
from .metrics import F_AVG_LABELS, score_labels  # noqa: F401 - stance.evaluate.score_labels stays importable
from .model import BATCH_SIZE


def evaluate(model, data: Any, *, column_mapping: Mapping[str, str] | None = None,
             batch_size: int = BATCH_SIZE) -> dict[str, Any]:
    """Accuracy, macro-F1, per-label precision/recall/F1, F_avg and the confusion matrix.

    F_avg is the SemEval-2016 Task 6 measure, the mean F1 of 'support' and 'oppose'
    (None when the model lacks either label). Macro-F1 averages over the labels present
    in the gold data or the predictions.

    Args:
        model: a `StanceModel`.
        data: labelled examples (path, DataFrame, `datasets.Dataset` or list of dicts); optional
            speaker and cue columns go to a speaker-aware model, a mention column to a
            mention-aware one.
        column_mapping: renames the data's columns.
        batch_size: pairs per forward pass.

    Returns:
        A dict: n, accuracy, macro_f1, f_avg, per_label {label: {precision, recall, f1, support}},
        labels (the confusion matrix order) and confusion_matrix (rows = gold, columns = predicted).

    Example:
        >>> stance.evaluate(model, "test.csv")["macro_f1"]
    """
    frame = read_examples(data, column_mapping=column_mapping, name="test", keep=("speaker", "cue", "mention"))
    labels = list(model.labels)
    unknown = sorted(set(frame["label"]) - set(labels))
    if unknown:
        raise ValueError(f"test: labels {unknown} are not among the model's labels {labels}; map them first")
    speaker = list(frame["speaker"]) if "speaker" in frame else None
    cue = list(frame["cue"]) if "cue" in frame else None
    mention = list(frame["mention"]) if "mention" in frame else None
    probs = model.predict_proba(list(frame["statement"]), list(frame["target"]), speaker=speaker, cue=cue,
                                mention=mention, batch_size=batch_size)
    pred = [labels[i] for i in probs.argmax(axis=1)] if len(frame) else []
    return score_labels(list(frame["label"]), pred, labels)


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
