"""The public functions: extract the attributed statements of one article, of many, or of a parse."""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from .assemble import statements_of
from .pipeline import load_nlp, prepare_nlp
from .statement import Statement

__all__ = ["extract", "extract_many", "extract_doc"]


def extract(text: str, *, nlp=None) -> list[Statement]:
    """Extract the attributed statements of one article, in document order.

    Args:
        text: the article (paragraphs separated by line breaks).
        nlp: a spaCy pipeline; defaults to :func:`load_nlp`'s. It needs a parser and named
            entities; the component that starts a sentence at every line break is added to it
            when it is missing (see :func:`prepare_nlp`), so that it parses like the default one.

    Returns:
        A list of :class:`Statement`; empty for empty or whitespace-only text.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ValueError: ``nlp`` lacks a parser or named entities.

    Example:
        >>> [s.speaker for s in extract("The plan is dead, Mayor Ann Ortiz said on Monday.")]
        ['Ann Ortiz']
    """
    _check_text(text)
    if not text.strip():
        return []
    nlp = prepare_nlp(nlp) if nlp is not None else load_nlp()
    return statements_of(nlp(text))


def extract_many(
    texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1, nlp=None
) -> Iterator[list[Statement]]:
    """Extract statements from many articles, streaming (uses ``nlp.pipe``).

    Args:
        texts: articles; each must be a ``str``.
        batch_size: documents per spaCy batch.
        n_process: spaCy worker processes.
        nlp: a spaCy pipeline; defaults to :func:`load_nlp`'s. As for :func:`extract`, the line
            break component is added to it when it is missing (see :func:`prepare_nlp`).

    Yields:
        One list of :class:`Statement` per article, in input order (equal to :func:`extract`).

    Raises:
        TypeError: an article is not a ``str``.
        ValueError: ``nlp`` lacks a parser or named entities.

    Example:
        >>> results = list(extract_many(["It will rain, the forecaster said.", ""]))
    """
    nlp = prepare_nlp(nlp) if nlp is not None else load_nlp()

    def checked(items):
        for item in items:
            _check_text(item)
            yield item

    for doc in nlp.pipe(checked(texts), batch_size=batch_size, n_process=n_process):
        yield statements_of(doc) if doc.text.strip() else []


def extract_doc(doc) -> list[Statement]:
    """Extract the attributed statements of an article that is already parsed, in document order.

    For a caller that needs the parse itself too (e.g. to find the article's targets): the article
    is parsed once. ``extract(text, nlp=nlp)`` equals ``extract_doc(nlp(text))`` for non-empty text
    when ``nlp`` comes from :func:`load_nlp` or went through :func:`prepare_nlp`.

    Args:
        doc: a spaCy ``Doc`` made by a pipeline from :func:`load_nlp` or :func:`prepare_nlp`
            (which mark paragraph boundaries).

    Example:
        >>> nlp = load_nlp()
        >>> [s.speaker for s in extract_doc(nlp("The plan is dead, Mayor Ann Ortiz said on Monday."))]
        ['Ann Ortiz']
    """
    return statements_of(doc)


def _check_text(text: Any) -> None:
    if not isinstance(text, str):
        raise TypeError(f"expected the article text as str but got {type(text).__name__}; "
                        "decode bytes first (text.decode('utf-8')) or pass str(obj)")
