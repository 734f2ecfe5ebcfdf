"""Linking: which frame attributes which quotation, and attributions nested in another's
content (news agencies relaying someone: "..., X said, Reuters reported")."""
from __future__ import annotations

import re

from .article import Article
from .attribution import is_agency, speaker_like
from .candidates import Frame
from .lexicon import BODY_NOUNS, HONORIFICS, is_speech_word
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
            # 3) '"..." ― Nora Vance' closing its line; 4) a lead-in without a speech verb
            # ('As X put it, "..."', 'X delivered a blunt message: "..."')
            f = _dash_frame(art, q) or _verb_then_name_frame(art, q) or _lead_in_frame(art, q)
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
        if NESTED_NOT_AFTER and end < lo and any(g is not f and g.content is not None and end <= g.cue[0] < lo
                                                 and g.content[0] <= lo < g.content[1] for g in frames):
            continue  # '"...," he said, "[...]" He added that the association would ask ...': not the association's
        if end <= lo and f.cue[0] < window_end and len(re.findall(r"\w+", art.text[end:lo])) <= 3:
            if f.content is None or f.fronted or f.content[1] <= end + 2:
                return f
    return None


#: A dash and a name closing the line after a quotation: '"..." ― Nora Vance' (letters to the editor,
#: readers' comments, epigraphs).
_DASH_NAME_RE = re.compile(r"[ \t\xa0]*(?P<dash>[―—–])[ \t\xa0]*(?P<who>[A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w.'’-]*){0,4})"
                           r"[ \t.\xa0]*(?=\n|$)")


def _dash_frame(art: Article, q: Quote) -> Frame | None:
    if q.close_pos is None:
        return None
    m = _DASH_NAME_RE.match(art.text, q.close_pos + 1)
    if not m:
        return None
    s, e = m.span("who")
    e = s + len(m.group("who").rstrip("."))
    return Frame(None, m.span("dash"), None, (s, e), None, fronted=True, quotes=[], relay_of=[])


#: A speech verb, a few lower-case words of description and a capitalised name right after a
#: quotation, ending its sentence: '..." added local trader Tom Hadley.', '..." Tweeted Minister Ann Ortiz.'
_VERB_THEN_NAME_RE = re.compile(r"[ \t\xa0]*(?P<cue>[A-Za-z]+)[ \t\xa0]+"
                                r"(?P<who>(?:[a-z][\w'’-]*[ \t\xa0]+){0,3}"  # 'local trader'
                                r"[A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w'’-]*){0,4})"  # 'Minister Tom Hadley'
                                r"[ \t\xa0]*(?:[.,;]|\n|$)")


def _verb_then_name_frame(art: Article, q: Quote) -> Frame | None:
    if not VERB_THEN_NAME or q.close_pos is None:
        return None
    m = _VERB_THEN_NAME_RE.match(art.text, q.close_pos + 1)
    if not m or not is_speech_word(m.group("cue").lower()):
        return None
    s, e = m.span("who")
    e = s + len(m.group("who").rstrip("."))
    span = art.doc.char_span(s, e, alignment_mode="expand")
    names = [t for t in span if t.pos_ == "PROPN"] if span is not None else []
    if not names:
        return None
    return Frame(None, m.span("cue"), names[-1], (s, e), None, fronted=True, quotes=[], relay_of=[])


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


#: Whether a quotation right after a sentence whose speech verb has no content ('Ann Ortiz said in
#: a statement.') is that sentence's speaker's (session 38).
SENTENCE_LEAD_IN = True

#: Whether a frame inside the content of another frame that follows a quotation is no trailing attribution of it
#: ('"...," he said, "it will cost us millions." He added that the association would ask the government for lanes':
#: not the association's; session 73).
NESTED_NOT_AFTER = True
#: Whether a quotation opening in lower case right after a comma that ends a reported statement's content ('She
#: added that her city was not seeking a rerun, "but the athletes deserve to know ..."') goes on that statement
#: (session 73).
CONTINUED_CONTENTS = True

#: Whether a speech verb and a name right after a quotation ('"...," added local trader Tom
#: Hadley.') attribute it when the parse does not read the verb as one ('added' as an adjective).
VERB_THEN_NAME = True


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
    # 'X said in a statement. "..."': a sentence whose speech verb has no content of its own
    after_sentence = SENTENCE_LEAD_IN and stripped[-1] == "."
    if stripped[-1] not in ":,—–-" and not after_sentence and not is_speech_word(
            (re.findall(r"[\w’'-]+", stripped[-30:]) or [""])[-1].lower()):
        return None
    best = None
    for f in frames:
        if lo <= f.cue[0] < q.open_pos and len(re.findall(r"\w+", art.text[f.cue[1]:q.open_pos])) <= 6:
            if after_sentence:
                between = art.text[f.cue[1]:q.open_pos].rstrip()[:-1]
                if f.content is None and f.verb is not None and f.verb.dep_ == "ROOT" and \
                        not re.search(r"[.!?:;]", between):  # (not 'the email, which was reported by AP.')
                    best = f
            elif f.content is None or f.content[1] >= q.open_pos - 2 or f.content[0] >= q.open_pos:
                best = f
    if best is None and CONTINUED_CONTENTS and art.text[q.start:q.start + 1].islower():
        for f in frames:  # 'She added that her city was not seeking a rerun, "but the athletes deserve ..."'
            if f.content is not None and lo <= f.cue[0] < f.content[1] <= q.open_pos \
                    and re.fullmatch(r"[\s,]*,[\s]*", art.text[f.content[1]:q.open_pos]):
                best = f
    return best


#: Lead-ins that hand a quotation to someone without a speech verb: 'As X put it, "..."',
#: 'In the words of X, "..."', 'To quote X: "..."'.
_PUT_IT_RE = re.compile(r"(?:^|(?<=[\s(—–-]))[Aa]s\s+(?P<who>[^,;:“”\"]{2,80}?)"
                        r"(?:,[^;:“”\"]{2,160}?,)?\s+"
                        r"(?P<cue>(?:(?:once|has|had|famously|later|\w+ly)\s+)*(?:put|puts|phrased|phrases)\s+it)"
                        r"\s*[,:]?\s*$")
#: An inverted speech verb opening the sentence: 'Said Ellis: "..."', 'Added the mayor, "..."'.
_SAID_FIRST_RE = re.compile(r"^\s*(?P<cue>[Ss]aid|[Ss]ays|[Aa]dded|[Aa]sked|[Ww]rote)\s+"
                            r"(?P<who>[^,;:“”\"]{2,80}?)\s*[,:]\s*$")
_WORDS_OF_RE = re.compile(r"(?:^|(?<=[\s(—–-]))(?:[Ii]n\s+the\s+words\s+of|[Tt]o\s+quote)\s+(?P<who>[^,;:“”\"]{2,80}?)\s*[,:]?\s*$")
#: Nouns for a group or an organisation that speaks ('the union had one request:').
_GROUP_NOUNS = BODY_NOUNS | {"office", "court", "family", "residents"}
#: Verbs that do not hand over speech before a colon ('The scene was chaotic:', 'She has two rules:').
_NOT_LEAD_IN = {"be", "have", "become", "seem", "look", "get", "include", "feature", "show"}
#: ... unless their object is something said ('The mayor had a simple message for the council:').
_SAID_NOUNS = {"message", "warning", "request", "answer", "reply", "response", "advice", "word", "words",
               "question", "plea", "retort", "verdict", "prediction", "promise", "demand", "explanation"}


def _lead_in_frame(art: Article, q: Quote) -> Frame | None:
    """A frame for a quotation introduced without a speech verb: 'As John Cornyn put it, "..."',
    'In the words of X, "..."', a speech verb before its speaker ('Said Ellis: "..."'), or a clause
    whose subject is a person or an organisation ending in a colon ('Mitch McConnell delivered a
    blunt message to Trump: "..."', 'The mayor had one request for the council:' closing the
    previous paragraph)."""
    ps, _pe = art.para_bounds(q.open_pos)
    lead_lo, lead = ps, art.text[ps:q.open_pos]
    if not lead.strip():
        pi = art.paragraph_of(q.open_pos)
        if pi == 0:
            return None
        lead_lo, pe = art.paragraphs[pi - 1]
        lead = art.text[lead_lo:pe]
        if not lead.rstrip().endswith(":"):
            return None
    # the lead-in's own sentence
    cut = max((m.end() for m in re.finditer(r"[.!?][\"'”’)]*\s+", lead) if not _abbreviation(lead, m.start())), default=0)
    lead_lo, lead = lead_lo + cut, lead[cut:]
    m = _PUT_IT_RE.search(lead) or _WORDS_OF_RE.search(lead) or _SAID_FIRST_RE.search(lead)
    if m:
        s, e = lead_lo + m.start("who"), lead_lo + m.end("who")
        span = art.doc.char_span(s, e, alignment_mode="expand")
        toks = [t for t in span if not t.is_punct] if span is not None else []
        if not toks:
            return None
        head = next((t for t in toks if not (s <= t.head.idx < e) or t.head is t), toks[-1])
        if m.re is not _WORDS_OF_RE:  # 'put it', 'Said Ellis:'
            cue = (lead_lo + m.start("cue"), lead_lo + m.end("cue"))
        else:  # 'In the words of', 'To quote'
            cue = art.trim(lead_lo + m.start(), s)
        return Frame(None, cue, head, (s, e), None, fronted=False, quotes=[], relay_of=[])
    if not lead.rstrip().endswith(":"):
        return None
    colon = lead_lo + len(lead.rstrip()) - 1
    if len(re.findall(r"\w+", lead)) > 30:
        return None
    best = None
    span = art.doc.char_span(lead_lo, colon, alignment_mode="expand")
    for v in span if span is not None else ():
        if v.pos_ not in ("VERB", "AUX") or art.in_quote[v.i] >= 0:
            continue
        if v.lemma_.lower() in _NOT_LEAD_IN and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in _SAID_NOUNS for c in v.children):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj" and lead_lo <= c.idx < v.idx), None)
        if subj is None or not (speaker_like(subj) or (subj.pos_ == "NOUN" and subj.lower_ in _GROUP_NOUNS)):
            continue
        best = (v, subj)
    if best is None:
        return None
    v, subj = best
    obj = next((c for c in v.children if c.dep_ == "dobj" and v.idx < c.idx < colon), None)
    cue_e = (obj.idx + len(obj)) if obj is not None else v.idx + len(v)
    return Frame(v, (v.idx, cue_e), subj, art.mention_span(subj), None, fronted=False, quotes=[], relay_of=[])
