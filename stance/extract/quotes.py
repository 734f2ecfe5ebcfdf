"""Quotation scanning: pure string code (no spaCy).

Finds quotations in messy text (mismatched marks, unclosed quotes, quotes running over several
paragraphs) and classifies them (clause-initial, title of a work), paragraph by paragraph.

Example:
    >>> text = '"We will not back down," the mayor said.'
    >>> [text[q.start:q.end] for q in find_quotes(text, paragraph_spans(text))]
    ['We will not back down,']
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .lexicon import WORK_NOUNS, is_speech_word

__all__ = ["DOUBLE_MARKS", "SINGLE_MARKS", "ALL_MARKS", "Quote", "paragraph_spans", "paragraph_index",
           "find_quotes", "classify_quotes"]

DOUBLE_MARKS = '"“”„«»'
SINGLE_MARKS = "'‘’‚‹›"
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS
# '' and `` (typewriter style, NYT archives) count as one double mark
_MARK_RE = re.compile("''|``|[" + re.escape(ALL_MARKS) + "]")
#: A markup tag some corpora keep in the text ('<tweet tweet-author="@x" tweet-date="...">'): the
#: marks around its attribute values are not quotation marks.
_TAG_RE = re.compile(r"<[A-Za-z/][^<>]*>")


@dataclass
class Quote:
    """A quotation. Mutable on purpose: `find_quotes` sets ``end`` and ``close_pos`` while it
    scans, `classify_quotes` sets ``clause_initial`` and ``title``, and linking sets ``used``."""

    start: int          # first char of the quoted words (after the opening mark)
    end: int            # one past the last quoted char (before the closing mark)
    open_pos: int       # position of the opening mark
    close_pos: int | None  # position of the closing mark; None when it never closes
    opener: str
    clause_initial: bool = False  # starts a clause: after ':' ',' paragraph start, or speech verb
    title: bool = False
    used: bool = False


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Non-empty lines (trimmed) as paragraphs."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def paragraph_index(starts: list[int], pos: int) -> int:
    """Index of the paragraph holding ``pos``, given the paragraphs' start offsets (0 before the
    first paragraph)."""
    return max(bisect_right(starts, pos) - 1, 0)


def _is_open_pos(text: str, i: int, lo: int, j: int | None = None) -> bool:
    j = i + 1 if j is None else j
    prev = text[i - 1] if i > lo else " "
    nxt = text[j] if j < len(text) else " "
    return (prev.isspace() or prev in "([{—–-/:;" or prev in ALL_MARKS) and not nxt.isspace()


def _is_close_pos(text: str, i: int, hi: int, j: int | None = None) -> bool:
    j = i + 1 if j is None else j
    prev = text[i - 1] if i > 0 else " "
    nxt = text[j] if j < hi else " "
    return (not prev.isspace()) and (nxt.isspace() or nxt in ",.;:!?)]}—–-…" or nxt in ALL_MARKS)


def _in_tag(tags: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies inside one of the (sorted) markup ``tags``."""
    k = bisect_right(tags, (pos, float("inf"))) - 1
    return k >= 0 and tags[k][0] <= pos < tags[k][1]


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Scan quotation marks paragraph by paragraph; tolerant of messy marks.

    A quote opened with one kind of mark may close with another (' ... "); a quote that is still
    open at the end of its paragraph continues into the next paragraph when the English
    convention applies (it opened at the paragraph start and the next paragraph reopens with a
    mark), and otherwise ends with its paragraph.
    """
    quotes: list[Quote] = []
    tags = [(m.start(), m.end()) for m in _TAG_RE.finditer(text)] if "<" in text else []
    open_q: Quote | None = None
    open_kind = ""  # 'd' or 's'
    nested = 0
    for p_index, (ps, pe) in enumerate(paragraphs):
        if open_q is not None:
            # Continuation: the paragraph reopens the running quotation.
            if text[ps] in ALL_MARKS:
                skip_first = True
            else:
                skip_first = False
                _close_unclosed(text, open_q, paragraphs[p_index - 1][1], open_kind, quotes)
                open_q, nested = None, 0
        else:
            skip_first = False
        for m in _MARK_RE.finditer(text, ps, pe):
            i, j = m.start(), m.end()
            if skip_first and i == ps:
                continue
            if tags and _in_tag(tags, i):
                continue
            c = m.group()
            if c == "``":
                c = "“"
            kind = "d" if (c in DOUBLE_MARKS or len(c) == 2) else "s"
            if c == "''":
                c = '"'
            is_open = _is_open_pos(text, i, ps, j)
            is_close = _is_close_pos(text, i, pe, j)
            if kind == "s":
                prev = text[i - 1] if i > ps else " "
                nxt = text[j] if j < pe else " "
                if prev.isalnum() and nxt.isalnum():
                    continue  # apostrophe: Iraq's, don't
            if open_q is None:
                if kind == "s" and not (is_open and c in "'‘‚‹"):
                    continue  # a closing single mark with nothing open: apostrophe (Democrats')
                if kind == "d" and c in "”»" and not is_open:
                    continue  # stray closing mark
                if kind == "d" and c == '"' and is_close and not is_open:
                    continue  # stray straight mark after a word
                open_q = Quote(j, j, i, None, c)
                open_kind, nested = kind, 0
                continue
            # A quote is open.
            if open_kind == "d":
                if kind == "s":
                    continue  # nested single quotes
                if c in "“„«" and is_open and open_q.opener == '"':
                    nested += 1
                    continue
                if c in "“„«" and is_open:
                    # An opener while open: the previous quote was never closed.
                    _close_unclosed(text, open_q, i, open_kind, quotes, keep_single=False)
                    open_q = Quote(j, j, i, None, c)
                    nested = 0
                    continue
                if nested and c in "”»":
                    nested -= 1
                    continue
                if c == '"' and is_open and not is_close:
                    if text[open_q.open_pos + 1:i].strip():
                        # Straight mark in opening position: the previous quote never closed.
                        _close_unclosed(text, open_q, i, open_kind, quotes, keep_single=False)
                        open_q = Quote(j, j, i, None, c)
                    continue
            else:  # opened with a single mark: close on a single or (mismatch) a double mark
                if kind == "s" and not is_close:
                    continue
                if kind == "d" and not (is_close or c in "”»"):
                    continue
            open_q.end, open_q.close_pos = i, i
            if open_q.end > open_q.start:
                quotes.append(open_q)
            open_q = None
        if open_q is not None:
            nxt = paragraphs[p_index + 1][0] if p_index + 1 < len(paragraphs) else None
            began_after_colon = text[ps:open_q.open_pos].rstrip().endswith(":")
            continues = (nxt is not None and text[nxt] in ALL_MARKS
                         and (open_q.open_pos == ps or began_after_colon))
            if not continues:
                _close_unclosed(text, open_q, pe, open_kind, quotes)
                open_q, nested = None, 0
    if open_q is not None:
        _close_unclosed(text, open_q, paragraphs[-1][1], open_kind, quotes)
    return quotes


def _close_unclosed(text, q: Quote, end: int, kind: str, out: list, keep_single: bool = False):
    """End a quote that never closed at ``end`` (its paragraph end); keep it if recoverable."""
    while end > q.start and text[end - 1].isspace():
        end -= 1
    q.end, q.close_pos = end, None
    # An unclosed single mark is usually an apostrophe or a stray mark: keep it only when it
    # opened the paragraph (then it is a messy quotation).
    if q.end - q.start < 2:
        return
    if kind == "s" and not keep_single:
        line_start = text.rfind("\n", 0, q.open_pos) + 1
        if text[line_start:q.open_pos].strip():
            return
    out.append(q)


def classify_quotes(text: str, quotes: list[Quote], paragraphs: list[tuple[int, int]]) -> None:
    """Mark each quotation (in place) as clause-initial (after ':', ',', a paragraph start or a
    speech verb) and as the title of a work (`the film "Dark Water"`, a short title-case phrase)."""
    starts = [s for s, _ in paragraphs]
    for q in quotes:
        ps, _pe = paragraphs[paragraph_index(starts, q.open_pos)] if paragraphs else (0, len(text))
        before = text[ps:q.open_pos].rstrip()
        words = re.findall(r"[\w’'-]+", before[-40:])
        prev_word = words[-1].lower() if words else ""
        body = text[q.start:q.end]
        n_words = len(re.findall(r"\w+", body))
        ends_clause = bool(re.search(r"[.,!?…—-]\s*$", body)) or q.close_pos is None
        q.clause_initial = (
            not before or before[-1] in ":,;([—–-" or before[-1] in ALL_MARKS
            or (before[-1] in ".?!" and body[:1].isupper())
            or (is_speech_word(prev_word) and body[:1].isupper())
        )
        # Titles of works: after a work noun, or a short all-capitalised phrase that is not a
        # full sentence.
        cap_words = re.findall(r"[A-Za-z][\w’'-]*", body)
        title_case = (cap_words and len(cap_words) <= 8
                      and all(w[0].isupper() or w.lower() in {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at"} for w in cap_words)
                      and sum(w[0].isupper() for w in cap_words) >= 1
                      and not re.search(r"[.!?,]\s*$", body))
        if prev_word in WORK_NOUNS or (title_case and not q.clause_initial and n_words >= 1):
            q.title = True
        elif title_case and q.clause_initial and n_words <= 4 and not ends_clause:
            q.title = True
