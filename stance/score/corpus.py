"""`score_corpus`: score a whole corpus chunk by chunk, to a file (resumable) or in memory."""
from __future__ import annotations

import itertools
import logging
import os
import tempfile
import time
import uuid
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..analyze import resolve_speaker_reading
from ..extract import load_nlp
from ..extract.api import tagger_process_pays
from ..gate import resolve_gate
from ..model import BATCH_SIZE, StanceModel, load
from ..storage import load_tagger
from ..targets import check_unique
from .chunk import score_chunk
from .parts import PARTS_VERSION, Parts
from .plan import MODES, Chunk, Plan, Scored
from .read import Source, field_names, is_dataset, is_frame, suffix_format
from .result import ScoreRun
from .workers import scored_in_order, worker_spec
from .write import build_rows, dumps

logger = logging.getLogger(__name__)

#: Articles mode in one process (``workers=1``) with the tagger given as 'default' or a folder, on a
#: machine with two or more cores, for a corpus of unknown size or at least
#: `stance.extract.api.TAGGER_PROCESS_MIN_ARTICLES` articles: the tagger runs in a child process of
#: its own (``stance.load_tagger(process=True)``) and tags each batch of articles while spaCy parses
#: it (docs/performance.md). The child is started once per Python session and used by every run.
TAGGER_PROCESS = True


def _tagger_process_pays(total: int | None) -> bool:
    """Whether articles mode should run the tagger in a child process (`TAGGER_PROCESS`)."""
    return TAGGER_PROCESS and tagger_process_pays(total)


def score_corpus(source: Any, *, model: Any, targets: Sequence[str] | str | None = None,
                 mode: str = "statements", output: str | os.PathLike | None = None,
                 text_column: str = "text", statement_column: str = "statement",
                 target_column: str = "target", id_column: str | None = None, chunk_size: int = 1000,
                 batch_size: int = BATCH_SIZE, errors: str | os.PathLike | None = None, resume: bool = False,
                 progress: bool = False, nlp: Any = None, ngram_heads: bool | str | None = None,
                 tagger: Any = "default", relevance_check: bool = True, relevance_gate: Any = False,
                 classify_all: bool = False, use_speaker: bool | float | None = None, workers: int = 1) -> ScoreRun:
    """Score a whole corpus, chunk by chunk, in constant memory.

    Every output row is the input record's own fields plus ``target``, ``label``, ``score`` and
    ``p_<label>`` for each of ``model.labels``. In articles mode each row also carries the extracted
    statement: ``statement``, ``speaker``, ``cue``, ``kind``, ``start``, ``end``; and, as
    `stance.analyze` records do, ``relevant`` (whether the statement concerns the target; a pair
    that does not is labelled neutral) and ``note`` (the rule that set the label, if any).

    Malformed records (bad JSON, a missing column, an empty or non-text statement, target or
    article) go to the errors file with their ``record`` number (0-based position in the input),
    their ``line`` number for JSONL, the ``id_column`` value when given, and a ``reason``; the run
    goes on. In-memory results in statements mode keep those rows instead, with empty stance
    columns, so that rows line up with the input. Articles without attributed statements give no
    output rows.

    Args:
        source: a path (.jsonl, .csv, .tsv, .parquet; .jsonl.gz and .csv.gz too), an iterable of
            dicts, a pandas DataFrame or a `datasets.Dataset`.
        model: a `StanceModel`, or the directory of a saved one.
        targets: score every statement against each of these targets (one output row per
            record and target). Required in articles mode; in statements mode, None uses each
            record's own ``target_column``.
        mode: 'statements' (records hold statements) or 'articles' (records hold article texts;
            statements are extracted with `stance.extract.extract_many`).
        output: the file to write (.jsonl, .csv, .tsv or .parquet, by suffix). None keeps the
            scored rows in memory (`ScoreRun.to_pandas`, `ScoreRun.to_dataset`).
        text_column: the article text field (articles mode).
        statement_column: the statement field (statements mode).
        target_column: the target field (statements mode without ``targets``).
        id_column: a field copied into each error record, to find the record again.
        chunk_size: records read, scored and written at a time; memory grows with it, not with
            the corpus. Resume needs the same chunk size as the interrupted run.
        batch_size: statement/target pairs per forward pass.
        errors: the errors file (JSONL); default ``<output>.errors.jsonl``. Always written when
            ``output`` is given (empty when every record scored), so a stale one never survives.
            For in-memory results, written only when given.
        resume: finish a run that was interrupted (killed, crashed) with the same input and
            options; chunks already done are skipped (with nothing to resume, the run starts from
            the beginning). Without it, an unfinished run's parts make the call refuse rather
            than silently throw away hours of work.
        progress: show a progress bar (records/s; time left when the total is known).
        nlp: the spaCy pipeline for articles mode (default: `stance.extract.load_nlp()`).
        ngram_heads: which of the model's per-target n-gram heads to use: True all, False none, or
            a genre such as 'news' (see `StanceModel.with_ngram_heads`). None: all in statements
            mode, 'news' in articles mode (as `stance.analyze`).
        tagger: articles mode: the learned attribution tagger added to the extraction rules:
            'default' (the shipped one, as `stance.analyze` uses), `stance.load_tagger(...)`, or a
            tagger folder; None: the rules alone (faster, finds fewer speakers). Statements mode
            has no use for one.
        relevance_check: articles mode: label a statement that does not concern a target
            (`stance.targets.relevance`) neutral toward it, as `stance.analyze` does. False gives
            every pair the classifier's label (``relevant`` is then True throughout).
        relevance_gate: articles mode: decide relevance with a learned gate instead of the word
            match, as `stance.analyze(relevance_gate=...)`: True for the model's own, or a
            `stance.gate.RelevanceGate`; each row then carries ``relevance_score``.
        classify_all: articles mode: run the classifier on every pair. By default, as in
            `stance.analyze`, it runs only on the pairs that concern the target (and those a cue
            rule labels); the others are neutral whatever it says, and their ``score`` and
            ``p_<label>`` columns are left empty (NaN). Most pairs in news do not concern a given
            target, so this is where most of articles mode's classifier time went.
        use_speaker: articles mode: how a speaker-aware model reads each statement, as in
            `stance.analyze`: False alone, True with its speaker and cue, a weight from 0 to 1 the two
            readings averaged; None (the default) the model's own (`StanceModel.analysis_speaker`).
        workers: processes that score chunks side by side (each loads the model, and in articles
            mode spaCy and the tagger, once, and uses its share of the CPU cores). The output is
            the same as with one process, in the same order, and ``resume`` works the same way.
            With more than one, give the tagger as 'default' or a folder and leave ``nlp`` unset;
            not for a `datasets.Dataset` (use its own ``num_proc``) or Ray.

    Returns:
        A `ScoreRun`, whatever the input and output: ``read`` (input records), ``written``
        (output rows), ``errors``, ``truncated`` (pairs cut to the model's length limit),
        ``chunks``, ``resumed_chunks``, ``seconds`` and ``records_per_s`` (this run), ``output``
        and ``errors_file``, and in articles mode ``statements``. Its ``to_pandas()`` and
        ``to_dataset()`` give the scored rows (read back from ``output`` when there is one);
        ``as_dict()`` the summary as a plain dict.

    Raises:
        ValueError: a bad option, missing columns in an input with a schema (CSV, Parquet,
            DataFrame, Dataset), input columns that the output would overwrite, or ``resume``
            with different settings than the interrupted run.
        FileExistsError: an unfinished run's parts exist and ``resume`` is False.
        FileNotFoundError: the input file does not exist.

    Example:
        >>> score_corpus("pairs.csv", model="models/mine", output="scored.parquet").as_dict()
        {'read': 120000, 'written': 119998, 'errors': 2, ...}
        >>> frame = score_corpus(df, model=model, targets=["the plan", "the bill"]).to_pandas()
    """
    t0 = time.perf_counter()
    if mode not in MODES:
        raise ValueError(f"mode must be 'statements' or 'articles', got {mode!r}")
    if isinstance(targets, str):
        targets = [targets]
    if targets is not None:
        targets = tuple(targets)
        bad = [t for t in targets if not isinstance(t, str) or not t.strip()]
        if bad or not targets:
            raise ValueError(f"targets must be non-empty strings, got {list(targets)!r}")
        check_unique(targets)
    if mode == "articles" and not targets:
        raise ValueError("articles mode needs targets=[...]: the statements extracted from an article "
                         "have no target of their own")
    for name, value in (("chunk_size", chunk_size), ("batch_size", batch_size), ("workers", workers)):
        if not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be a positive integer, got {value!r}")
    if mode != "articles" and tagger == "default":
        tagger = None  # the default is for articles mode
    if tagger is not None and mode != "articles":
        raise ValueError("tagger= is for articles mode (it finds statements in articles); "
                         "in statements mode the records are the statements")
    if resume and output is None:
        raise ValueError("resume=True needs output=...: only a run that writes a file can be resumed")
    fmt = suffix_format(Path(output), "output") if output is not None else None
    model_ref = None
    if not isinstance(model, StanceModel):
        if isinstance(model, (str, os.PathLike)):
            model_ref = str(Path(model).resolve())
            model = load(model)
        else:
            raise TypeError(f"model must be a StanceModel or the directory of a saved model, "
                            f"got {type(model).__name__}")
    if ngram_heads is None:
        ngram_heads = "news" if mode == "articles" else True
    model = model.with_ngram_heads(ngram_heads)
    if workers > 1:
        if nlp is not None:
            raise ValueError("workers > 1 loads the default spaCy pipeline in each worker; leave nlp= unset "
                             "or use workers=1 with your own pipeline")
        if tagger is not None and not isinstance(tagger, (str, os.PathLike)):
            raise ValueError("workers > 1 loads the tagger in each worker: give tagger='default' or the "
                             "tagger's folder rather than a loaded tagger")
        if is_dataset(source) and output is None:
            raise ValueError("workers > 1 is for files, iterables and DataFrames; for a datasets.Dataset "
                             "score in one process, or use the Dataset's own map(num_proc=...)")
    if mode == "articles" and nlp is None and workers == 1:
        nlp = load_nlp()
    tagger_ref = None
    by_name = isinstance(tagger, (str, os.PathLike))  # loaded here: it may run in a process of its own
    tagger_folder = None if not by_name or tagger == "default" else tagger
    if by_name:
        tagger_ref = "default" if tagger == "default" else str(Path(tagger).resolve())
        tagger = load_tagger(tagger_folder) if workers == 1 else None
    elif tagger is not None:
        tagger_ref = type(tagger).__name__

    in_memory = output is None
    plan = Plan(model=model, mode=mode, targets=targets, text_column=text_column,
                statement_column=statement_column, target_column=target_column, id_column=id_column,
                batch_size=batch_size, nlp=nlp, tagger=tagger,
                keep_bad=in_memory and mode == "statements", relevance_check=bool(relevance_check),
                relevance_gate=resolve_gate(model, relevance_gate) if mode == "articles" else None,
                classify_all=bool(classify_all),
                use_speaker=None if use_speaker is None else resolve_speaker_reading(model, use_speaker))
    src = Source(source, plan, chunk_size)
    if by_name and tagger is not None and _tagger_process_pays(src.total()):
        plan.tagger = load_tagger(tagger_folder, process=True)
    columns = src.columns()
    if columns is not None:
        plan.check_columns(columns)

    if in_memory and is_dataset(source):
        return _score_dataset(source, plan, chunk_size, errors, progress, t0)

    bar = _bar(progress, src.total())
    stats = {"read": 0, "written": 0, "errors": 0, "statements": 0}
    n_chunks = resumed = scored_now = 0
    error_file = None
    spare = tempfile.TemporaryDirectory(prefix="stance-workers-") if workers > 1 else None
    spec = worker_spec(plan, model, tagger_ref, workers, spare.name) if spare is not None else None

    def scored_chunks(skip):
        if spec is None:
            for chunk in src.chunks():
                yield chunk, None if skip(chunk) else _score_checked(chunk, plan, columns)
        else:
            yield from scored_in_order(src.chunks(), plan, spec, workers, skip,
                                       lambda chunk: _check_chunk(chunk, plan, columns))

    try:
        if in_memory:
            frames = []
            error_file = open(errors, "w", encoding="utf-8") if errors is not None else None  # noqa: SIM115
            for chunk, scored in scored_chunks(lambda chunk: False):
                frame = build_rows(chunk.data, scored, "frame")
                if not is_frame(chunk.data):  # number rows by input record, as a DataFrame input's index does
                    frame.index = [chunk.first + i for i in scored.take]
                frames.append(frame)
                if error_file is not None:
                    error_file.writelines(dumps(e) + "\n" for e in scored.errors)
                _add(stats, chunk, scored)
                n_chunks += 1
                bar.update(chunk.size)
            result = _concat_frames(frames, plan, columns)
        else:
            output = Path(output)
            errors_path = Path(errors) if errors is not None else output.with_name(output.name + ".errors.jsonl")
            parts = Parts(output, fmt)
            manifest = {"version": PARTS_VERSION, "input": src.fingerprint(), "output": str(output.resolve()),
                        "format": fmt, "mode": mode, "targets": list(targets) if targets else None,
                        "columns": [text_column, statement_column, target_column], "chunk_size": chunk_size,
                        "labels": list(model.labels), "model": model_ref,
                        "tagger": tagger_ref,
                        "relevance_check": bool(relevance_check) if mode == "articles" else None,
                        **({"classify_all": True} if classify_all and mode == "articles" else {}),
                        **({"speaker_weight": plan.use_speaker} if plan.use_speaker is not None and mode == "articles"
                           else {}),
                        **({"relevance_gate": plan.relevance_gate.to_dict()} if plan.relevance_gate else {}),
                        "precision": model.resolved_precision,
                        "ngram_heads": {"weight": model.ngram_heads.weight, "targets": sorted(model.ngram_heads.heads)}
                        if model.ngram_heads else None}
            done = parts.start(manifest, resume=resume)
            kind = {"jsonl": "records", "csv": "text", "tsv": "text", "parquet": "arrow"}[fmt]
            for chunk, scored in scored_chunks(lambda c: c.index in done and parts.part(c.index).exists()):
                if scored is None:
                    chunk_stats = done[chunk.index]
                    resumed += 1
                else:
                    chunk_stats = {"chunk": chunk.index, "read": chunk.size, "written": len(scored.take),
                                   "errors": len(scored.errors), "statements": scored.statements}
                    parts.write(chunk.index, build_rows(chunk.data, scored, kind), scored.errors, chunk_stats)
                    scored_now += chunk.size
                for key in stats:
                    stats[key] += chunk_stats.get(key, 0)
                n_chunks += 1
                bar.update(chunk.size)
            parts.finish(n_chunks, errors_path, list(columns or []) + list(plan.new_columns))
    finally:
        bar.close()
        if error_file is not None:
            error_file.close()
        if spare is not None:
            spare.cleanup()

    summary = _summary(stats, plan, n_chunks, resumed, stats["read"] if in_memory else scored_now, t0)
    _report(summary, plan)
    if in_memory:
        return ScoreRun(**summary, errors_file=str(errors) if errors is not None else None, _rows=result)
    return ScoreRun(**summary, output=str(output), errors_file=str(errors_path))


def _score_checked(chunk: Chunk, plan: Plan, columns: list[str] | None) -> Scored:
    _check_chunk(chunk, plan, columns)
    return score_chunk(chunk, plan)


def _check_chunk(chunk: Chunk, plan: Plan, columns: list[str] | None) -> None:
    if columns is None:  # no schema (JSONL, dicts): check each chunk's fields
        keys = field_names(chunk.data)
        if chunk.index == 0 and keys:
            # Checked on the first chunk only, before anything is written: later records that clash
            # are error records. A column that not one record has is a mistake, not bad records.
            plan.check_columns(keys, complete=any(c not in keys for c in plan.input_columns))


def _summary(stats: dict, plan: Plan, chunks: int, resumed: int, scored: int, t0: float) -> dict[str, Any]:
    """The counts of a run, in the order `ScoreRun.as_dict` gives them; `scored`: records this run
    scored (not those of resumed chunks)."""
    seconds = time.perf_counter() - t0
    summary: dict[str, Any] = {
        "read": stats["read"], "written": stats["written"], "errors": stats["errors"],
        "truncated": plan.truncated, "chunks": chunks, "resumed_chunks": resumed, "seconds": round(seconds, 3),
        "records_per_s": round(scored / seconds, 1) if seconds else None,
    }
    if plan.mode == "articles":
        summary["statements"] = stats["statements"]
    return summary


def _add(stats: dict, chunk: Chunk, scored: Scored) -> None:
    stats["read"] += chunk.size
    stats["written"] += len(scored.take)
    stats["errors"] += len(scored.errors)
    stats["statements"] += scored.statements


def _concat_frames(frames: list, plan: Plan, columns: list[str] | None):
    import pandas as pd

    frames = [f for f in frames if len(f)] or frames[:1]
    if frames:
        return pd.concat(frames) if len(frames) > 1 else frames[0]
    return pd.DataFrame(columns=list(columns or []) + list(plan.new_columns))  # empty input


def _report(summary: dict, plan: Plan) -> None:
    if plan.truncated:
        warnings.warn(f"{plan.truncated} statement/target pairs were longer than the model's limit of "
                      f"{plan.model.max_length} tokens and were truncated", stacklevel=3)
    logger.info("scored %d records: %d rows written, %d errors, %.1f s", summary["read"], summary["written"],
                summary["errors"], summary["seconds"])
    if summary["errors"]:
        logger.warning("%d malformed records were not scored", summary["errors"])


def _bar(progress: bool, total: int | None):
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="rec", disable=not progress, dynamic_ncols=True, smoothing=0.1)


def _score_dataset(ds, plan: Plan, chunk_size: int, errors, progress: bool, t0: float) -> ScoreRun:
    """A datasets.Dataset in, a Dataset out (new columns, or new rows for fan-out and articles)."""
    import datasets

    fan_out = plan.mode == "articles" or (plan.targets is not None and len(plan.targets) > 1)
    quiet = False
    stats = {"read": 0, "written": 0, "errors": 0, "statements": 0}
    error_file = open(errors, "w", encoding="utf-8") if errors is not None else None  # noqa: SIM115
    bar = _bar(progress, len(ds))
    counter = itertools.count()

    def score(batch: dict[str, list], indices: list[int]) -> dict[str, list]:
        chunk = Chunk(next(counter), indices[0] if indices else 0, batch, len(indices))
        scored = score_chunk(chunk, plan)
        if error_file is not None:
            error_file.writelines(dumps(e) + "\n" for e in scored.errors)
        _add(stats, chunk, scored)
        bar.update(chunk.size)
        return build_rows(batch, scored, "columns") if fan_out else scored.new

    try:
        if len(ds) == 0:
            result = _empty_dataset(ds, plan)
        else:
            quiet = not datasets.are_progress_bars_disabled()
            if quiet:  # our own bar (when asked for) replaces the one map would show
                datasets.disable_progress_bars()
            # An explicit fingerprint: hashing the closure would pickle the whole model.
            result = ds.map(score, batched=True, batch_size=chunk_size, with_indices=True,
                            remove_columns=ds.column_names if fan_out else None, load_from_cache_file=False,
                            new_fingerprint=uuid.uuid4().hex[:16])
    finally:
        if quiet:
            datasets.enable_progress_bars()
        bar.close()
        if error_file is not None:
            error_file.close()
    summary = _summary(stats, plan, next(counter), 0, stats["read"], t0)  # next(counter): the chunks scored
    _report(summary, plan)
    return ScoreRun(**summary, errors_file=str(errors) if errors is not None else None, _rows=result)


def _empty_dataset(ds, plan: Plan):
    import datasets

    empty = {c: [] for c in ds.column_names} | {c: [] for c in plan.new_columns}
    return datasets.Dataset.from_dict(empty)
