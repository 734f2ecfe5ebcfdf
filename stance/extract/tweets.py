"""Embedded tweets: a tweet that an article shows under its author's signature ('Did not forget
about Dre. pic.twitter.com/x — Dave Morin (@davemorin) September 9, 2014', the text a web page
keeps of an embedded tweet), or as a ``<tweet author="...">...</tweet>`` element (as some
corpora keep them). The tweet's words are its author's statement, a direct one."""
from __future__ import annotations

import re

from .article import Article
from .candidates import Candidate, Frame

__all__ = ["tweet_statements", "handle_name", "handle_as_name"]

#: The signature line of an embedded tweet, at the end of a paragraph: a dash, the author's
#: name, the handle in brackets and the date.
_SIGNATURE = re.compile(r"(?P<dash>[—–―]|-{1,2})\s*(?P<who>[^\n()—–―@]{1,60}?)\s*"
                        r"\(@(?P<handle>\w{1,15})\)\s*"
                        r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\s*$")
#: A tweet element: attributes (an author, an id) and the tweet's text.
_ELEMENT = re.compile(r"<tweet\b(?P<attrs>[^<>]*)>(?P<body>[^<]*)<(?:/tweet|tweet/)>")
_AUTHOR = re.compile(r"\b(?:tweet-)?author=\"@?(?P<handle>[^\"\s]+)\"")
_ID = re.compile(r"\b(?:tweet[-_])?id=\"[^\"]*\"")
#: Links and picture addresses at the end of a tweet's text are not its words.
_TRAILING_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S*|https?://\S+|t\.co/\S+))+\s*$")


def _inside(r: Candidate, s: int, e: int) -> bool:
    return s <= r.start and r.end <= e


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]{2,}", text))


def _content(art: Article, s: int, e: int) -> tuple[int, int] | None:
    """The tweet's words in ``s:e``: without trailing links, at least three words."""
    m = _TRAILING_LINKS.search(art.text, s, e)
    if m and m.end() == e:
        e = m.start()
    s, e = art.trim(s, e, keep_final=True, strip_marks=False)
    return (s, e) if _words(art.text[s:e]) >= 3 else None


def tweet_statements(art: Article, raw: list[Candidate]) -> list[Candidate]:
    """Embedded tweets as direct statements of their authors (see the module docstring). The
    text before a signature in its paragraph is the tweet; a signature alone on its line signs
    the paragraph before it, unless an attribution was found there (the article's own prose). A
    tweet whose text another candidate crosses is left to it; the candidates inside a tweet give
    way to it (`stance.extract.assemble`)."""
    out: list[Candidate] = []
    taken = [(r.start, r.end) for r in raw]

    def free(s: int, e: int) -> bool:
        # what lies inside the tweet gives way to it (see `assemble`); a span across its edge does not
        return not any(a < e and s < b and not (s <= a and b <= e) for a, b in taken) and \
            not any(c.start < e and s < c.end for c in out)

    for pi, (ps, pe) in enumerate(art.paragraphs):
        sig = _SIGNATURE.search(art.text, ps, pe)
        if sig is None:
            continue
        if art.text[ps:sig.start()].strip():
            content = _content(art, ps, sig.start())  # the tweet's text, then its signature
        elif pi > 0 and not any(r.frame is not None and _inside(r, *art.paragraphs[pi - 1]) for r in raw):
            content = _content(art, *art.paragraphs[pi - 1])  # the signature signs the paragraph before
        else:
            content = None
        if content is None or not free(*content):
            continue
        f = Frame(None, sig.span("dash"), None, sig.span("who"), content, fronted=True, quotes=[], relay_of=[],
                  handle=sig.group("handle"))
        out.append(Candidate(*content, f, "direct"))
    for m in _ELEMENT.finditer(art.text):
        author = _AUTHOR.search(m.group("attrs"))
        if author is None:
            continue
        content = _content(art, m.start("body"), m.end("body"))
        if content is None or not free(*content):
            continue
        base = m.start("attrs")
        ident = _ID.search(m.group("attrs"))
        cue = (base + ident.start(), base + ident.end()) if ident else (m.start() + 1, m.start() + len("<tweet"))
        who = (base + author.start("handle"), base + author.end("handle"))
        f = Frame(None, cue, None, who, content, fronted=True, quotes=[], relay_of=[], handle=author.group("handle"))
        out.append(Candidate(*content, f, "direct"))
    return out


def handle_name(handle: str, names) -> str | None:
    """The name among ``names`` (the article's people) that a handle spells: 'carlquintanilla' ->
    'Carl Quintanilla', 'ByronYork' -> 'Byron York'; None when no name does.

    Example:
        >>> handle_name("ByronYork", ["Byron York", "Marco Rubio"])
        'Byron York'
    """
    key = re.sub(r"[^a-z]", "", handle.lower())
    for name in names:
        words = [w for w in re.findall(r"[a-z]+", name.lower()) if len(w) > 1]
        if len(words) >= 2 and "".join(words) == key:
            return name
    return None


def handle_as_name(handle: str) -> str | None:
    """A handle written as a first and a last name in capitals ('ShaneGoldmacher') as that name
    ('Shane Goldmacher'); None for any other handle ('CNNPolitics', 'realDonaldTrump', 'jdoe').

    Example:
        >>> handle_as_name("@ShaneGoldmacher"), handle_as_name("CNNPolitics")
        ('Shane Goldmacher', None)
    """
    m = re.fullmatch(r"@?([A-Z][a-z]+)([A-Z][a-z]+)", handle.strip())
    return f"{m.group(1)} {m.group(2)}" if m else None
