"""The public functions: extract the attributed statements of one article, of many, or of a parse."""
from __future__ import annotations

import functools
import itertools
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Iterable, Iterator

from .assemble import statements_of
from .pipeline import load_nlp, prepare_nlp
from .statement import Statement
from .text import replace_surrogates

__all__ = ["extract", "extract_many", "extract_doc", "resolve_tagger", "set_default_tagger", "TAG_WHILE_PARSING",
           "TAGGER", "TAGGER_PROCESS_MIN_ARTICLES", "tagger_process_pays"]

#: The tagger `extract`, `extract_many` and `extract_doc` add to the rules unless told otherwise:
#: 'default', the shipped attribution tagger. PolNeAR dev, all 2,192 attributions, content / source
#: overlap F1: rules alone 64.00 / 66.02, rules + tagger 82.03 / 81.27 (content precision 89.16 and
#: 85.76); the tagger costs about half the parse's time again (docs/evaluation.md,
#: docs/performance.md). ``tagger=None`` gives the rules alone.
TAGGER = "default"

#: What ``tagger="default"`` loads: set by `stance.storage` when the package is imported (the
#: shipped tagger, loaded once per process), so that this subpackage loads no model itself.
_default_loader: Callable[..., Any] | None = None


def set_default_tagger(loader: Callable[..., Any]) -> None:
    """Make ``loader()`` what ``tagger="default"`` means; ``loader(process=True)`` the same tagger in a child
    process (`stance.storage` sets `stance.load_tagger`)."""
    global _default_loader
    _default_loader = loader

#: Whether `extract_many` tags a batch of articles while spaCy parses the same batch (the tagger
#: reads the raw text, not the parse): in a second thread, or in the tagger's own process when it
#: is one (``stance.load_tagger(process=True)``, what articles mode uses). The parse keeps one core
#: busy, so on a machine with two or more cores the two overlap; the statements are the same either
#: way (docs/performance.md). Not with ``n_process`` > 1, where spaCy's workers use the other cores.
TAG_WHILE_PARSING = True

#: With ``tagger='default'`` (and in articles mode of `stance.score_corpus`, for a tagger given by
#: name), the tagger runs in a child process of its own (``stance.load_tagger(process=True)``, one
#: torch thread beside the parse) when it can overlap with the parse (`TAG_WHILE_PARSING`, two or
#: more cores) and the articles are at least this many or of unknown number (a generator): the
#: child's start (about 4 s of one core) pays for itself after about a hundred articles. 100 FNC-1
#: bodies, Intel Xeon with AVX512-VNNI, 2 cores (docs/performance.md): rules + tagger 1.17x the parse
#: alone with the tagger in its own process, 2.38x with it in a thread of this process (the tagger's
#: Python and spaCy's share one interpreter lock).
TAGGER_PROCESS_MIN_ARTICLES = 100


def tagger_process_pays(total: int | None) -> bool:
    """Whether the tagger should run in a child process of its own for ``total`` articles (None:
    unknown), by `TAGGER_PROCESS_MIN_ARTICLES`."""
    return TAG_WHILE_PARSING and (os.cpu_count() or 1) >= 2 and (total is None or total >= TAGGER_PROCESS_MIN_ARTICLES)


def extract(text: str, *, nlp=None, tagger=TAGGER) -> list[Statement]:
    """Extract the attributed statements of one article, in document order.

    Args:
        text: the article (paragraphs separated by line breaks).
        nlp: a spaCy pipeline; defaults to :func:`load_nlp`'s. It needs a parser and named
            entities; the component that starts a sentence at every line break is added to it
            when it is missing (see :func:`prepare_nlp`), so that it parses like the default one.
        tagger: the learned attribution tagger whose statements are added where the rules find
            none (beliefs, polls and reports, noun cues and other attributions without a speech
            verb): 'default' (`TAGGER`, the shipped one, loaded on first use), a loaded tagger
            (``stance.load_tagger(folder, precision=...)``), or None for the rules alone (faster;
            about half of PolNeAR's attributions are missed).

    Returns:
        A list of :class:`Statement`; empty for empty or whitespace-only text.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ValueError: ``nlp`` lacks a parser or named entities.

    Example:
        >>> [s.speaker for s in extract("The plan is dead, Mayor Ann Ortiz said on Monday.")]
        ['Ann Ortiz']
    """
    text = _check_text(text)
    if not text.strip():
        return []
    nlp = prepare_nlp(nlp) if nlp is not None else load_nlp()
    tagger = resolve_tagger(tagger)
    return statements_of(nlp(text), tagger.spans(text) if tagger is not None else None)


def extract_many(
    texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1, nlp=None, tagger=TAGGER
) -> Iterator[list[Statement]]:
    """Extract statements from many articles, streaming (uses ``nlp.pipe``).

    Args:
        texts: articles; each must be a ``str``.
        batch_size: documents per spaCy batch.
        n_process: spaCy worker processes.
        nlp: a spaCy pipeline; defaults to :func:`load_nlp`'s. As for :func:`extract`, the line
            break component is added to it when it is missing (see :func:`prepare_nlp`).
        tagger: as for :func:`extract`; the default one runs in a process of its own for many
            articles (`TAGGER_PROCESS_MIN_ARTICLES`).

    Yields:
        One list of :class:`Statement` per article, in input order (equal to :func:`extract`).

    Raises:
        TypeError: an article is not a ``str``.
        ValueError: ``nlp`` lacks a parser or named entities.

    Example:
        >>> results = list(extract_many(["It will rain, the forecaster said.", ""]))
    """
    nlp = prepare_nlp(nlp) if nlp is not None else load_nlp()
    if tagger == "default" and _default_loader is not None and n_process == 1 and tagger_process_pays(
            len(texts) if hasattr(texts, "__len__") else None):
        tagger = _default_loader(process=True)
    tagger = resolve_tagger(tagger)

    def checked(items):
        for item in items:
            yield _check_text(item)

    if tagger is None or not TAG_WHILE_PARSING or n_process != 1:
        for doc in nlp.pipe(checked(texts), batch_size=batch_size, n_process=n_process):
            if not doc.text.strip():
                yield []
                continue
            yield statements_of(doc, tagger.spans(doc.text) if tagger is not None else None)
        return

    def tag(batch: list[str]) -> list:
        return [tagger.spans(t) if t.strip() else None for t in batch]

    stream = checked(texts)
    batches = iter(lambda: list(itertools.islice(stream, batch_size)), [])
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="stance-tagger") as pool:
        # A tagger in a process of its own (`stance.load_tagger(process=True)`) takes the batch
        # itself; another runs in a thread here. The next batch is queued for the tagger before
        # this one is parsed, so that the tagger never waits for the parse.
        submit = tagger.submit if callable(getattr(tagger, "submit", None)) else functools.partial(pool.submit, tag)
        batch = next(batches, None)
        tagged = submit(batch) if batch else None
        while batch:
            following = next(batches, None)
            tagged_next = submit(following) if following else None
            docs = list(nlp.pipe(batch, batch_size=batch_size))
            for doc, spans in zip(docs, tagged.result()):
                yield statements_of(doc, spans) if doc.text.strip() else []
            batch, tagged = following, tagged_next


def extract_doc(doc, *, tagger=TAGGER) -> list[Statement]:
    """Extract the attributed statements of an article that is already parsed, in document order.

    For a caller that needs the parse itself too (e.g. to find the article's targets): the article
    is parsed once. ``extract(text, nlp=nlp)`` equals ``extract_doc(nlp(text))`` for non-empty text
    when ``nlp`` comes from :func:`load_nlp` or went through :func:`prepare_nlp`.

    Args:
        doc: a spaCy ``Doc`` made by a pipeline from :func:`load_nlp` or :func:`prepare_nlp`
            (which mark paragraph boundaries).
        tagger: as for :func:`extract`.

    Example:
        >>> nlp = load_nlp()
        >>> [s.speaker for s in extract_doc(nlp("The plan is dead, Mayor Ann Ortiz said on Monday."))]
        ['Ann Ortiz']
    """
    tagger = resolve_tagger(tagger)
    return statements_of(doc, tagger.spans(doc.text) if tagger is not None else None)


def resolve_tagger(tagger):
    """Check the ``tagger=`` argument: None (or 'none'), 'default' (the shipped tagger), or
    something with a ``spans(text)`` method (an :class:`~stance.extract.tagger.AttributionTagger`)."""
    if tagger is None or tagger == "none":
        return None
    if tagger == "default":
        if _default_loader is None:
            raise RuntimeError("tagger='default' needs the stance package (import stance) to know the shipped "
                               "tagger; or pass tagger=None for the rules alone")
        return _default_loader()
    if isinstance(tagger, (str, os.PathLike)):
        raise TypeError(f"tagger={str(tagger)!r}: 'default' (the shipped tagger), None (the rules alone), or a "
                        "tagger loaded first: stance.load_tagger(<folder>)")
    if not callable(getattr(tagger, "spans", None)):
        raise TypeError(f"tagger must be None or an attribution tagger (stance.load_tagger()), "
                        f"not {type(tagger).__name__}")
    return tagger


def _check_text(text: Any) -> str:
    """The article text as the parser can take it (lone surrogates replaced, offsets unchanged)."""
    if not isinstance(text, str):
        raise TypeError(f"expected the article text as str but got {type(text).__name__}; "
                        "decode bytes first (text.decode('utf-8')) or pass str(obj)")
    return replace_surrogates(text)
