"""Scoring one chunk: checking its records, extracting statements (articles mode) and running
the model on every statement/target pair."""
from __future__ import annotations

import logging
import math
import re
import warnings
from collections.abc import Iterator
from typing import Any

import numpy as np

from ..analyze import (CUE_NOTE, CUE_STANCE, JOIN_PIECES, SELF_NOTE, SELF_SUPPORT, SIDE_NOTES, SPOKESPERSON_NOTE,
                       classifier_texts, cue_sides, own_stance, reading_proba, resolve_speaker_reading, rule_label,
                       side_score, stance_statements)
from ..extract import extract, extract_many
from ..gate import cosines
from ..extract.text import surrogate_note
from ..targets import as_targets, mention_level, own_side, relevance
from .plan import STATEMENT_COLUMNS, Chunk, Plan, Scored
from .read import MISSING, column_values

logger = logging.getLogger(__name__)

_TRUNCATED = re.compile(r"^(\d+) of \d+ statement/target pairs are longer")


def score_chunk(chunk: Chunk, plan: Plan) -> Scored:
    """Score one chunk: its output rows (which input record each comes from, and the new columns)
    and its error records. Malformed records are error records (and, with ``plan.keep_bad``, rows
    with empty stance columns)."""
    n = chunk.size
    errors: list[dict] = []
    ids = column_values(chunk.data, plan.id_column, n) if plan.id_column else None

    def fail(i: int, fields: dict) -> None:
        rec: dict[str, Any] = {"record": chunk.first + i}
        if chunk.lines is not None:
            rec["line"] = chunk.lines[i]
        if ids is not None and ids[i] is not MISSING:
            rec[plan.id_column] = ids[i]
        rec.update(fields)
        errors.append(rec)

    failed = set(chunk.bad)
    for i, fields in chunk.bad.items():
        fail(i, fields)
    if isinstance(chunk.data, list):  # records without a schema: a later record may clash on its own
        for i, r in enumerate(chunk.data):
            clash = [c for c in plan.new_columns if i not in failed and c in r]
            if clash:
                failed.add(i)
                fail(i, {"reason": f"the record has field(s) {clash}, which scoring writes; rename them"})
    main_col = plan.text_column if plan.mode == "articles" else plan.statement_column
    texts = column_values(chunk.data, main_col, n)
    own_targets = not plan.targets and plan.mode == "statements"
    record_targets = column_values(chunk.data, plan.target_column, n) if own_targets else None
    for i in range(n):
        if i in failed:
            continue
        reason = _problem(texts[i], main_col)
        if reason is None and record_targets is not None:
            reason = _problem(record_targets[i], plan.target_column)
        if reason is not None:
            failed.add(i)
            fail(i, {"reason": reason})

    take: list[int] = []
    new: dict[str, list] = {c: [] for c in plan.new_columns}
    pair_statements: list[str] = []
    pair_targets: list[str] = []
    pair_speakers: list[str | None] = []
    pair_cues: list[str | None] = []
    pair_mentions: list[str | None] = []
    pair_self: list = []  # 'self' / 'spokesperson' / None: `stance.targets.own_side` (`stance.analyze.SELF_SUPPORT`)
    pair_origin: list = []  # the extracted `Statement` of each pair (articles mode), else None
    pair_cue: list[str | None] = []  # the side a cue such as 'praised' takes (`stance.analyze.CUE_STANCE`)
    pair_relevant: list[bool] = []  # the statement concerns the target (articles mode, `stance.targets.relevance`)
    aware = plan.model.uses_mention  # a mention-aware model gets where the article names the target
    scored_rows: list[int] = []  # output rows that get a score (the rest are kept malformed rows)
    n_statements = 0

    if plan.mode == "statements":
        for i in range(n):
            own = plan.targets or [record_targets[i]]
            for target in own:
                if i in failed and not plan.keep_bad:
                    continue
                if "target" in new:
                    new["target"].append(target if isinstance(target, str) else None)
                if i not in failed:
                    scored_rows.append(len(take))
                    pair_statements.append(texts[i])
                    pair_targets.append(target)
                    pair_speakers.append(None)
                    pair_cues.append(None)
                    pair_mentions.append(None)
                    pair_self.append(None)
                    pair_origin.append(None)
                    pair_relevant.append(True)
                take.append(i)
    else:
        good = [i for i in range(n) if i not in failed]
        targets = as_targets(plan.targets)
        gated: list[tuple[int, list, int]] = []  # (first pair, statements, record) per article, for the gate
        for i, statements in zip(good, _extract(chunk, good, texts, plan, fail)):
            if statements is None:  # extraction failed: already an error record
                continue
            statements = stance_statements(statements)
            n_statements += len(statements)
            gated.append((len(pair_statements), statements, i))
            rel = relevance(statements, targets, texts[i]) if plan.relevance_check and not plan.relevance_gate \
                else None
            own_sides: dict = {}  # (speaker, target) -> stance.targets.own_side
            by_cue = cue_sides(statements, targets, texts[i]) if CUE_STANCE else None
            read = classifier_texts(statements, join=JOIN_PIECES)
            for si, s in enumerate(statements):
                for ti, target in enumerate(plan.targets):
                    for col, value in zip(STATEMENT_COLUMNS, (s.text, s.speaker, s.cue, s.kind, s.start, s.end)):
                        new[col].append(value)
                    new["target"].append(target)
                    scored_rows.append(len(take))
                    pair_statements.append(read[si])  # as in `stance.analyze`: split pieces joined
                    pair_targets.append(target)
                    pair_speakers.append(s.speaker)
                    pair_cues.append(s.cue)
                    pair_mentions.append(mention_level(texts[i], s.start, s.end, target) if aware else None)
                    if SELF_SUPPORT and (s.speaker, ti) not in own_sides:
                        own_sides[s.speaker, ti] = own_side(texts[i], s.speaker, targets[ti])
                    pair_self.append(own_sides[s.speaker, ti] if SELF_SUPPORT else None)
                    pair_origin.append(s)
                    pair_cue.append(by_cue[si][ti] if by_cue is not None else None)
                    pair_relevant.append(True if rel is None else bool(rel[si, ti]))
                    take.append(i)

    labels = tuple(plan.model.labels)
    # As in `stance.analyze`: the classifier runs only on the pairs whose label it can set, unless
    # the gate (which reads its output) decides relevance or every pair is asked for.
    if plan.mode == "articles" and plan.relevance_check and plan.relevance_gate is None and not plan.classify_all:
        need = [k for k, (rel, side) in enumerate(zip(pair_relevant, pair_cue)) if rel or side is not None]
        probs = np.full((len(pair_statements), len(labels)), np.nan, dtype=np.float32)
        if need:
            probs[need] = _predict(plan, *([col[k] for k in need] for col in (
                pair_statements, pair_targets, pair_speakers, pair_cues, pair_mentions)))
    else:
        probs = _predict(plan, pair_statements, pair_targets, pair_speakers, pair_cues, pair_mentions)
    gate_col: list[float | None] = [None] * len(take)
    if plan.mode == "articles" and plan.relevance_gate is not None:  # as `stance.analyze(relevance_gate=...)`
        gate = plan.relevance_gate
        # the whole chunk's statements in one pass through the sentence encoder
        cosine = cosines([s.text for _, statements, _ in gated for s in statements], [t.name for t in targets],
                         gate.encoder)
        done = 0
        for first, statements, i in gated:
            n_pairs = len(statements) * len(targets)
            mention = [[mention_level(texts[i], s.start, s.end, t) for t in targets] for s in statements]
            scores = gate.score(statements, targets, texts[i], probs[first:first + n_pairs], labels, mention,
                                cosine=cosine[done:done + len(statements)]).ravel()
            done += len(statements)
            for k, g in enumerate(scores.tolist()):
                gate_col[scored_rows[first + k]] = g
                if plan.relevance_check:
                    pair_relevant[first + k] = g >= gate.threshold
    label_col: list[Any] = [None] * len(take)
    score_col: list[float] = [math.nan] * len(take)
    p_cols = [[math.nan] * len(take) for _ in labels]
    if plan.mode == "articles":  # the same labels as analyze gives (the model's neutral margin)
        best = plan.model.article_labels(np.nan_to_num(probs, nan=0.0))  # unscored pairs are not relevant
    else:
        best = probs.argmax(axis=1) if len(probs) else np.zeros(0, dtype=int)
    neutral = labels.index("neutral") if "neutral" in labels else None
    note_col: list[str] = [""] * len(take)
    polar = {"support", "oppose"} <= set(labels)
    sides = pair_cue or [None] * len(scored_rows)
    for i, (row, k, p, own, rel) in enumerate(zip(scored_rows, best.tolist(), probs.tolist(), pair_self,
                                                  pair_relevant)):
        if sides[i] is not None and polar:  # as in `stance.analyze`: 'X praised Y' is support for Y
            k, note_col[row] = labels.index(sides[i]), CUE_NOTE
            pair_relevant[i] = True
        elif not rel and neutral is not None:  # as in `stance.analyze`: not about the target, so neutral toward it
            k = neutral
        elif pair_origin[i] is not None:  # as in `stance.analyze`: 'it takes no position', 'territorial integrity'
            k, note_col[row] = rule_label(pair_origin[i], pair_targets[i], k, labels)
        score_col[row] = side_score(labels, p) if note_col[row] in SIDE_NOTES else p[k]
        if own and rel and k != neutral and not note_col[row]:  # only articles mode has speakers
            k, score_col[row] = own_stance(labels, k, p)
            note_col[row] = SELF_NOTE if own == "self" else SPOKESPERSON_NOTE
        label_col[row] = labels[k]
        for j, v in enumerate(p):
            p_cols[j][row] = v
    new["label"], new["score"] = label_col, score_col
    if "relevant" in new:  # articles mode
        relevant_col: list[bool | None] = [None] * len(take)
        for row, rel in zip(scored_rows, pair_relevant):
            relevant_col[row] = rel
        new["relevant"], new["note"] = relevant_col, note_col
        if plan.relevance_gate is not None:
            new["relevance_score"] = gate_col
    for label, values in zip(labels, p_cols):
        new[f"p_{label}"] = values
    errors.sort(key=lambda e: e["record"])
    errors[:0] = [dict(rec) for rec in chunk.skipped]  # CSV lines that never became records, first
    return Scored(take, new, errors, n_statements)


def _predict(plan: Plan, statements: list[str], targets: list[str], speakers: list[str | None],
             cues: list[str | None], mentions: list[str | None]) -> np.ndarray:
    """model.predict_proba (with the speaker, cue and mention level of each extracted statement), with its per-call
    truncation warning summed up for the whole run."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # articles mode reads each statement as `stance.analyze` does (the model's `analysis_speaker`)
        weight = resolve_speaker_reading(plan.model, plan.use_speaker) if plan.mode == "articles" else 1.0
        probs = reading_proba(plan.model, statements, targets, speakers=speakers, cues=cues, mentions=mentions,
                              speaker_weight=weight, batch_size=plan.batch_size)
    for w in caught:
        m = _TRUNCATED.match(str(w.message))
        if m:
            plan.truncated += int(m.group(1))
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return probs


def _extract(chunk: Chunk, good: list[int], texts: list, plan: Plan, fail) -> Iterator[list | None]:
    """Statements of each good article; on an extractor error, one article at a time to find the culprit."""
    articles = [texts[i] for i in good]
    try:
        yield from list(extract_many(articles, nlp=plan.nlp, tagger=plan.tagger))
        return
    except Exception as err:  # noqa: BLE001 - one bad article must not stop a million-article run
        logger.warning("chunk %d: extraction failed (%s); retrying its articles one by one", chunk.index, err)
    for i, text in zip(good, articles):
        try:
            yield extract(text, nlp=plan.nlp, tagger=plan.tagger)
        except Exception as err:  # noqa: BLE001
            fail(i, {"reason": f"extraction failed: {type(err).__name__}: {err}"})
            yield None


def _problem(value: Any, column: str) -> str | None:
    """Why a value cannot be scored as text, or None when it can."""
    if value is MISSING:
        return f"missing column {column!r}"
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return f"empty {column!r} (null)"
    if not isinstance(value, str):
        return f"{column!r} is a {type(value).__name__}, not text"
    if not value.strip():
        return f"empty {column!r}"
    note = surrogate_note(value)
    if note is not None:
        return f"{column!r} is not valid text: it {note} (bytes that are not UTF-8?); re-encode the input as UTF-8"
    return None
