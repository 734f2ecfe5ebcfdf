"""The intermediate results of extraction: attribution frames and statement candidates."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Frame", "Candidate"]


@dataclass
class Frame:
    """An attribution: a cue with its speaker mention and the content it attributes.

    Mutable on purpose: linking appends the quotations it attributes and the frames an agency
    relays, and cutting nested attributions shortens ``content``.
    """

    verb: Any                 # spaCy Token (the cue head)
    cue: tuple[int, int]      # char span
    subj: Any | None          # spaCy Token heading the speaker mention, or None
    speaker_span: tuple[int, int] | None
    content: tuple[int, int] | None  # char span of reported content
    fronted: bool = False     # content before the cue ('..., X said')
    according: bool = False
    headline_tail: bool = False
    quotes: list = field(default_factory=list)      # indices of quotations it attributes
    relay_of: list = field(default_factory=list)    # frames an agency relays
    gap: tuple[int, int] | None = None  # the attribution inside the content ('X, she said, is Y')
    handle: str | None = None  # an embedded tweet's author handle (`stance.extract.tweets`)


@dataclass(frozen=True)
class Candidate:
    """A statement before assembly: the span ``start:end`` of the article, attributed by ``frame``
    (None: an unattributed quotation) as ``kind`` ('direct', 'indirect' or 'mixed').

    ``continued``: a quotation paragraph that carries on the previous paragraph's speaker; it keeps
    the speaker but not the cue.
    """

    start: int
    end: int
    frame: Frame | None
    kind: str
    continued: bool = False
