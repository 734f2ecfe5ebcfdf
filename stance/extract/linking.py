"""Linking: which frame attributes which quotation, and attributions nested in another's
content (news agencies relaying someone: "..., X said, Reuters reported")."""
from __future__ import annotations

import re

from .article import Article
from .attribution import is_agency
from .candidates import Frame
from .lexicon import HONORIFICS, is_speech_word
from .quotes import Quote

__all__ = ["cut_nested", "link"]


def cut_nested(art: Article, frames: list[Frame]) -> None:
    """Nested attributions: agencies relaying someone ('..., X said, Reuters reported'), and a
    participle that adds a statement of its own ('..., noting that ...'). Changes the frames in
    place."""
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
                f.content = art.trim(cs, g.verb.left_edge.idx)
                cs, ce = f.content
                continue
            if is_agency(art, f):
                f.relay_of.append(g)
            elif is_agency(art, g) and g.fronted:
                # 'X said that Y, Reuters reported': cut the relay off the content
                lo = min(g.cue[0], g.speaker_span[0] if g.speaker_span else g.cue[0])
                if lo > cs:
                    f.content = art.trim(cs, lo)
                    g.relay_of.append(f)
    for f in frames:
        if f.relay_of:
            f.content = None  # it relays; the relayed statements carry it as source


def link(art: Article, frames: list[Frame]) -> None:
    """Attribute each quotation (not a title) to a frame: one whose content is (mostly) the
    quotation, else a trailing attribution ('"...," the minister said.') or one just before it
    ('The minister said: "..."'). Appends to ``Frame.quotes`` and sets ``Quote.used``."""
    text = art.text
    by_verb = sorted(frames, key=lambda f: f.cue[0])
    for qi, q in enumerate(art.quotes):
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
        f = _frame_after(art, q, by_verb)
        if f is None:
            f = _frame_before(art, q, by_verb)
        if f is None:
            f = _dash_frame(art, q)  # 3) '"..." ― Nora Vance' closing its line
            if f is not None:
                frames.append(f)
        if f is not None:
            f.quotes.append(qi)
            q.used = True


def _frame_after(art: Article, q: Quote, frames) -> Frame | None:
    if q.close_pos is None:
        return None
    end = q.close_pos + 1
    _ps, pe = art.para_bounds(q.open_pos)
    pe = max(pe, end)
    nxt_q = next((x.open_pos for x in art.quotes if x.open_pos >= end), len(art.text))
    window_end = min(pe, nxt_q)
    seg = art.text[end:window_end]
    m = next((m for m in re.finditer(r"[.!?](\s|$)", seg) if not _abbreviation(seg, m.start())), None)
    if m:
        window_end = end + m.start()
    for f in frames:
        if f.according and f.cue[0] >= end and f.cue[0] < window_end:
            return f
        lo = min(f.cue[0], f.speaker_span[0] if f.speaker_span else f.cue[0])
        if end <= lo and f.cue[0] < window_end and len(re.findall(r"\w+", art.text[end:lo])) <= 3:
            if f.content is None or f.fronted or f.content[1] <= end + 2:
                return f
    return None


#: A dash and a name closing the line after a quotation: '"..." ― Nora Vance' (letters to the editor,
#: readers' comments, epigraphs).
_DASH_NAME_RE = re.compile(r"[ \t]*(?P<dash>[―—–])[ \t]*(?P<who>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})"
                           r"[ \t.]*(?=\n|$)")


def _dash_frame(art: Article, q: Quote) -> Frame | None:
    if q.close_pos is None:
        return None
    m = _DASH_NAME_RE.match(art.text, q.close_pos + 1)
    if not m:
        return None
    s, e = m.span("who")
    e = s + len(m.group("who").rstrip("."))
    return Frame(None, m.span("dash"), None, (s, e), None, fronted=True, quotes=[], relay_of=[])


#: Words that end in a full stop without ending the sentence ('Ms. Moore said').
_ABBREVIATIONS = (HONORIFICS - {"miss", "sir", "dame", "president", "minister"}) | {
    "sens", "reps", "del", "maj", "adm", "st", "jr", "sr", "hon", "pres", "atty", "supt", "insp", "det", "cmdr",
    "no", "vs", "inc", "co", "corp", "jan", "feb", "aug", "sept", "oct", "nov", "dec"}


def _abbreviation(seg: str, dot: int) -> bool:
    """Whether the full stop at ``seg[dot]`` closes an abbreviation or an initial ('Ms.', 'J.', 'U.S.')."""
    if seg[dot] != ".":
        return False
    word = re.search(r"([\w.]+)$", seg[:dot])
    if not word:
        return False
    w = word.group(1).lower()
    return w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or bool(re.fullmatch(r"(\w\.)+\w", w))


def _frame_before(art: Article, q: Quote, frames) -> Frame | None:
    ps, _pe = art.para_bounds(q.open_pos)
    before = art.text[ps:q.open_pos]
    stripped = before.rstrip()
    lo = ps
    if not stripped:
        # 'Smith said:' closing the previous paragraph
        pi = art.paragraph_of(q.open_pos)
        if pi > 0:
            pps, ppe = art.paragraphs[pi - 1]
            if art.text[ppe - 1] == ":":
                lo, stripped = pps, art.text[pps:ppe]
            else:
                return None
        else:
            return None
    if stripped[-1] not in ":,—–-" and not is_speech_word(
            (re.findall(r"[\w’'-]+", stripped[-30:]) or [""])[-1].lower()):
        return None
    best = None
    for f in frames:
        if lo <= f.cue[0] < q.open_pos and len(re.findall(r"\w+", art.text[f.cue[1]:q.open_pos])) <= 6:
            if f.content is None or f.content[1] >= q.open_pos - 2 or f.content[0] >= q.open_pos:
                best = f
    return best
