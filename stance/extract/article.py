"""One parsed article as the extraction rules see it: its text, paragraphs and quotations, and
where each token stands (inside which quotation, in which paragraph).

`Article` is the small public API shared by the attribution rules, the speaker resolution and the
assembly: none of them reaches into another's private state.
"""
from __future__ import annotations

from bisect import bisect_right

from .lexicon import match_dateline
from .quotes import ALL_MARKS, Quote, find_quotes, paragraph_index, paragraph_spans

__all__ = ["Article"]

#: Whether a speaker mention that opens a paragraph leaves out the dateline the parse took into it
#: ('COPENHAGEN - Nordhavn Breweries on Monday rejected ...': Nordhavn Breweries; session 66).
DATELINES_OUT = True
#: Whether `DATELINES_OUT` holds for a mention that starts inside the dateline, past its first word ('BESSEMER,
#: [Ala. - Workers at Amazon's warehouse] have voted': the workers; session 70).
DATELINE_TAIL_MENTIONS = True
#: Whether a content's first word 'that' stays when it points at the verb's object ('dismissed [that
#: promise] as empty'), not a clause's subject (session 69).
DEMONSTRATIVE_THAT = True
#: Whether a speaker mention parsed with the noun a zero relative clause hangs on ('a step analysts
#: said could spark a trade war': 'a step' read as part of the subject 'analysts') starts after that
#: noun (session 66, `_zero_relative_start`).
ZERO_RELATIVES = True
#: Whether a name's mention leaves out a phrase before it that the parse hung on it, up to a comma ('Beside her, Wade,
#: 63, a retired electrician, said': Wade; session 77).
FRONTED_PHRASES_OUT = True
#: Whether a phrase the parse made the subject ('Addressing a press conference at the Commissionerate, Deputy
#: Commissioner of Police (South) Harpreet Kaur Sandhawalia said') is cut at its last comma before the person's name,
#: keeping the title before the name (session 78).
FRONTED_TITLED_NAMES = True
#: Whether a subject whose first verb the parse hung on it as a clause ('The board named Ezekiel Thornquist interim
#: chief executive and said it had begun a search') is the noun phrase before that verb, not the whole clause
#: (session 78).
COORDINATED_VERB_SUBJECTS = True
#: Nouns that count the plural noun after them ('a dozen analysts'): no zero relative there.
_COUNTING_NOUNS = frozenset("dozen number couple lot handful host range series group majority pair variety "
                            "score hundred thousand million bunch".split())
#: Dash tokens that open a description in apposition.
_DASHES = frozenset({"\u2014", "\u2013", "\u2015", "\u2012", "--", "-"})


def _zero_relative_start(sub: list, tok) -> int:
    """Where a plural subject's own words start in its subtree ``sub`` when the parse took the noun
    before a zero relative clause into it: 'a' or 'an' on a plural noun after a comma, then a singular
    noun, then the subject ('[a move] farmers' groups said', '[a firm] privacy groups have accused');
    0 when that is not so."""
    first = sub[0]
    if tok.tag_ not in ("NNS", "NNPS") or first.lower_ not in ("a", "an") or not (
            first.head.i == tok.i or (first.head.head.i == tok.i and first.head.i < tok.i)):
        return 0  # ('a' on the subject, or on the noun before it: '[a step] analysts said')
    if first.i == 0 or first.doc[first.i - 1].text not in (",", "\u2014", "\u2013"):
        return 0
    for k in range(1, len(sub)):
        t = sub[k]
        if t.i >= tok.i:
            return 0
        if t.tag_ == "NN":
            nxt = sub[k + 1]
            if t.lemma_.lower() in _COUNTING_NOUNS or nxt.lower_ == "of":
                return 0
            return k + 1
        if t.pos_ not in ("ADJ", "ADV"):
            return 0
    return 0


class Article:
    """A spaCy ``Doc`` with the paragraphs and quotations of its text.

    Attributes:
        doc: the spaCy ``Doc``.
        text: ``doc.text``.
        paragraphs: (start, end) of each non-empty line, trimmed.
        quotes: the quotations found in the text (see `stance.extract.quotes.find_quotes`).
        in_quote: for each token, the index in ``quotes`` of the quotation holding it (-1: none).
    """

    def __init__(self, doc):
        self.doc = doc
        self.text: str = doc.text
        self.paragraphs: list[tuple[int, int]] = paragraph_spans(self.text)
        self._p_starts = [s for s, _ in self.paragraphs]
        self.quotes: list[Quote] = find_quotes(self.text, self.paragraphs) if self.paragraphs else []
        self._tok_starts = [t.idx for t in doc]
        self.in_quote: list[int] = self._token_quote_map()

    def _token_quote_map(self) -> list[int]:
        """Index of the quote holding each token (-1: outside any quote)."""
        out = [-1] * len(self.doc)
        for qi, q in enumerate(self.quotes):
            lo = bisect_right(self._tok_starts, q.start - 1)
            for i in range(max(lo - 1, 0), len(self.doc)):
                t = self.doc[i]
                if t.idx >= q.end:
                    break
                if t.idx >= q.start and t.idx + len(t) <= q.end + 1:
                    out[i] = qi
        return out

    def tokens_between(self, s: int, e: int) -> list:
        """The tokens that start at an offset in ``s:e``, in order (a bisection, not a scan)."""
        lo = bisect_right(self._tok_starts, s - 1)
        hi = bisect_right(self._tok_starts, e - 1)
        return [self.doc[i] for i in range(lo, hi)]

    def paragraph_of(self, pos: int) -> int:
        """Index of the paragraph holding character offset ``pos``."""
        return paragraph_index(self._p_starts, pos)

    def para_bounds(self, pos: int) -> tuple[int, int]:
        """(start, end) of the paragraph holding ``pos`` (the whole text when there is none)."""
        return self.paragraphs[self.paragraph_of(pos)] if self.paragraphs else (0, len(self.text))

    def trim(self, s: int, e: int, *, keep_final: bool = False, strip_marks: bool = True) -> tuple[int, int]:
        """Shrink the span ``s:e`` past spaces, punctuation (and quote marks unless
        ``strip_marks=False``; a final period unless ``keep_final``) and an unbalanced ')'."""
        text = self.text
        lead = " \t\n,;:-–—" + (ALL_MARKS if strip_marks else "")
        trail = " \t\n,;:-–—" + ("" if keep_final else ".") + (ALL_MARKS if strip_marks else "")
        while s < e and text[s] in lead:
            s += 1
        while e > s and text[e - 1] in trail:
            e -= 1
        # unbalanced brackets at the edges
        if e > s and text[e - 1] == ")" and "(" not in text[s:e]:
            e -= 1
        return s, e

    def is_demonstrative_that(self, at: int) -> bool:
        """Whether the word 'that' at ``at`` is a determiner of an object ('that promise'), to keep in a
        content (`DEMONSTRATIVE_THAT`); one of a clause's subject is a misparsed complementizer ('said that
        safety was ...')."""
        tok = self.doc.char_span(at, at + 4)
        if not DEMONSTRATIVE_THAT or tok is None or tok[0].lower_ != "that" or tok[0].dep_ != "det" \
                or tok[0].head.dep_ not in ("dobj", "pobj", "oprd"):
            return False
        after = tok[0].head.right_edge.i + 1  # ('that [North Korean leader Kim Jong-un] underwent ...': a clause)
        return after >= len(self.doc) or self.doc[after].tag_ not in ("VBD", "VBZ", "VBP", "MD")

    def quotes_inside(self, s: int, e: int) -> list[int]:
        """Indices of the quotations (not titles of works) that lie within the span ``s:e``."""
        return [qi for qi, q in enumerate(self.quotes)
                if s <= q.open_pos and (q.close_pos or q.end) <= e + 1 and not q.title]

    def dashed_description(self, tok) -> int | None:
        """Where a description between dashes in the phrase ``tok`` heads begins (its opening dash),
        or None: 'Republicans, like A and B -- three former officials -- said' names the
        Republicans, not someone the description names; a name between dashes is kept ('his
        running mate -- Gov. Mike Pence -- said')."""
        doc = tok.doc
        starts = [doc[c.left_edge.i - 1].idx for c in tok.subtree
                  if c.dep_ == "appos" and c.pos_ != "PROPN" and c.left_edge.i > tok.i
                  and doc[c.left_edge.i - 1].text in _DASHES]
        return min(starts) if starts else None

    def mention_span(self, tok) -> tuple[int, int]:
        """Character span of the phrase a token heads (a speaker mention), within its paragraph."""
        sub = [x for x in tok.subtree]
        if ZERO_RELATIVES:
            sub = sub[_zero_relative_start(sub, tok):]
        if FRONTED_PHRASES_OUT and tok.pos_ in ("ADP", "VERB") and tok.dep_ in ("nsubj", "nsubjpass", "csubj"):
            # 'Beside her, Wade, 63, ... said', parsed with the preposition as the subject and Wade in apposition
            name = next((x for x in sub if x.ent_type_ == "PERSON" and x.i > 1 and x.doc[x.i - 1].text == ","
                         and x.ent_iob_ == "B"), None)
            if name is None and FRONTED_TITLED_NAMES:  # 'Addressing a press conference, Deputy Commissioner of
                # Police (South) Harpreet Kaur Sandhawalia said': the title and the name after the last comma
                name = next((x for x in sub if x.ent_type_ == "PERSON" and x.ent_iob_ == "B"), None)
                comma = max((x.i for x in sub if x.text == "," and name is not None and x.i < name.i), default=None)
                name = tok.doc[comma + 1] if comma is not None else None
            if name is not None:
                sub = [x for x in sub if x.i >= name.i]
        if FRONTED_PHRASES_OUT and tok.pos_ == "PROPN":
            for c in tok.lefts:  # 'Beside her, Wade, 63, ... said': Wade
                k = c.right_edge.i + 1
                if c.dep_ in ("prep", "advcl", "acl", "advmod", "npadvmod") and k < tok.i and tok.doc[k].text == ",":
                    sub = [x for x in sub if x.i > k]
        if COORDINATED_VERB_SUBJECTS and len(sub) > 2 and sub[-1].dep_ == "cc" and sub[-1].head.i == tok.i:
            # 'The board named X interim chief executive and said ...', 'named' parsed as a clause of 'board': the board
            verb = next((c for c in tok.children if c.dep_ == "acl" and c.i == tok.i + 1 and (
                c.tag_ == "VBD" or any(x.dep_ in ("dobj", "oprd") for x in c.children))), None)
            if verb is not None:
                sub = [x for x in sub if x.i < verb.left_edge.i]
        # keep the subject's own phrase: stop at a relative clause or quotation that follows
        s, e = sub[0].idx, sub[-1].idx + len(sub[-1])
        ps, pe = self.para_bounds(tok.idx)
        s, e = max(s, ps), min(e, pe)
        if DATELINES_OUT and (s == ps or DATELINE_TAIL_MENTIONS):
            m = match_dateline(self.text[ps:min(pe, ps + 80)])
            if m is not None and s < ps + m.end() <= tok.idx:
                s = ps + m.end()  # 'COPENHAGEN - Nordhavn Breweries on Monday rejected ...': the brewer
        s, e = self.trim(s, e, keep_final=True)
        if e <= s:
            s, e = tok.idx, tok.idx + len(tok)
        return s, e
