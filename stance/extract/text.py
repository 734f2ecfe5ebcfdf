"""Text that Python holds but no encoder accepts: lone surrogates (U+D800-U+DFFF).

They come from bytes read with ``errors='surrogateescape'`` or from JSON escapes such as ``"\\udfff"``;
spaCy and the tokenizers refuse them. Articles get them replaced (one character for one, so that
character offsets still point into the caller's text); a statement or target that holds one is
refused with its index (`stance.model`) or reported as an error record (`stance.score`).
"""
from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")
#: What `replace_surrogates` puts in place of each lone surrogate.
REPLACEMENT = "\ufffd"


def first_surrogate(text: str) -> int | None:
    """The position of the first lone surrogate in ``text``, or None when it has none."""
    if text.isascii():
        return None
    m = _SURROGATE.search(text)
    return None if m is None else m.start()


def surrogate_note(text: str) -> str | None:
    """What is wrong with ``text`` for an error message ("holds '\\udfff', a lone surrogate, at character
    3"), or None when it holds no lone surrogate."""
    bad = first_surrogate(text)
    return None if bad is None else f"holds {ascii(text[bad])}, a lone surrogate, at character {bad}"


def replace_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length: offsets are kept)."""
    return text if first_surrogate(text) is None else _SURROGATE.sub(REPLACEMENT, text)
