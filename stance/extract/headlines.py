"""Statements that no speech verb marks: transcript lines ('PENCE: Well, look, ...') and headline
paraphrases: a lead ('Ortiz: the toll must rise') or a tail ('Toll must rise - Mayor Ortiz')."""
from __future__ import annotations

import re

from .article import Article
from .candidates import Candidate, Frame
from .lexicon import NOTE_LABELS, PAGE_LABELS, PERSON_NOUNS, SPEECH_LEMMAS, TITLE_EXPANSIONS

__all__ = ["transcript_statements", "headline_statements", "label_paragraphs"]

_HEADLINE_LEAD_RE = re.compile(r"(?P<who>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})(?P<sep>:)\s+")
_TRANSCRIPT_RE = re.compile(r"[\"“']?(?P<who>[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2})(?P<sep>:)\s+")
_HEADLINE_TAIL_RE = re.compile(r"^(?P<content>.{8,}?)\s*(?P<sep>:|\s[-–—]+|[-–—]{2,}|\s\|)\s+(?P<who>[^:|–—]{2,60}?)\s*$")


def _is_headline(art: Article, pi: int) -> bool:
    ps, pe = art.paragraphs[pi]
    body = art.text[ps:pe]
    if re.search(r"[.!?…]\s*$", body) or re.search(r"[.!?][”\"’']\s*$", body):
        return False
    n = len(re.findall(r"\w+", body))
    return 2 <= n <= 25 and pi + 1 < len(art.paragraphs)


#: Whether a place in capitals with a colon opening the article's first paragraph after the headline ('SUNDARKOT:
#: Nearly 14,000 nurses ... will go on strike ..., the association announced here on Wednesday.', as Indian papers
#: write a dateline) is the dateline, neither a page's label (whose paragraph held no statement) nor a transcript
#: speaker, unless another paragraph opens with a speaker's capitals too (session 79).
COLON_DATELINES = True


def _colon_dateline(art: Article, pi: int, m) -> bool:
    who = m.group("who").strip(" .")
    if not COLON_DATELINES or pi != 1 or m.start() != art.paragraphs[pi][0] or "." in who \
            or who.lower() in PAGE_LABELS | NOTE_LABELS or not _is_headline_line(art):
        return False
    return not any(_TRANSCRIPT_RE.match(art.text, ps, pe) for ps, pe in art.paragraphs[2:])


def _is_headline_line(art: Article) -> bool:
    """Whether the article's first paragraph is one line without a final stop: a headline."""
    ps, pe = art.paragraphs[0]
    return "\n" not in art.text[ps:pe].strip() and not re.search(r"[.!?][”\"’']?\s*$", art.text[ps:pe])


def label_paragraphs(art: Article) -> set[int]:
    """Paragraphs that a page's label in capitals opens ('MORE: ...', 'PHOTOS: ...', 'HORROR: ...'):
    links, captions and kickers of a scraped page, whose words are not the article's statements.
    An editor's note ('CLARIFICATION: ...', `NOTE_LABELS`) is the article's own prose and is kept."""
    out = set()
    for pi, (ps, pe) in enumerate(art.paragraphs):
        m = _TRANSCRIPT_RE.match(art.text, ps, pe)
        if m and m.group("who").strip(" .").lower() not in NOTE_LABELS \
                and not _transcript_speaker(art, *m.span("who")) and not _colon_dateline(art, pi, m):
            out.add(pi)
    return out


def transcript_statements(art: Article, raw: list[Candidate]) -> list[Candidate]:
    """Transcript lines: 'PENCE: Well, look, ...' (the speaker in capitals, then a colon), also
    inside a quotation that runs over paragraphs ('"WALLACE: ...'), where they replace the
    unattributed quotation."""
    out = []
    taken = {art.paragraph_of(r.start) for r in raw if r.frame is not None}
    for pi, (ps, pe) in enumerate(art.paragraphs):
        if pi in taken:
            continue
        m = _TRANSCRIPT_RE.match(art.text, ps, pe)
        if not m or _colon_dateline(art, pi, m):
            continue
        who_s, who_e = m.span("who")
        if not _transcript_speaker(art, who_s, who_e):
            continue
        cs, ce = art.trim(m.end(), pe, keep_final=True)
        if ce - cs < 3:
            continue
        f = Frame(None, (m.start("sep"), m.end("sep")), None, (who_s, who_e), (cs, ce),
                  fronted=False, quotes=[], relay_of=[])
        out.append(Candidate(cs, ce, f, "direct"))
    return out


def headline_statements(art: Article, raw: list[Candidate]) -> list[Candidate]:
    """Headline paraphrases in paragraphs that hold no statement yet: a first-line lead
    ('Ortiz: the toll must rise') and a headline tail ('Toll must rise - Mayor Ortiz')."""
    out = []
    taken = [(r.start, r.end) for r in raw]
    for pi, (ps, pe) in enumerate(art.paragraphs):
        if pi == 0 and pi + 1 < len(art.paragraphs) and not any(ps <= s < pe for s, _ in taken):
            lead = _HEADLINE_LEAD_RE.match(art.text, ps, pe)
            on = None
            if lead is None and HEADLINE_ON_TOPICS:
                lead = on = _HEADLINE_ON_RE.match(art.text, ps, pe)  # "Delgado on Rival's Jab: 'He Should Apologize'"
            if lead and (_looks_like_speaker(art, *lead.span("who")) or (on and _person_below(art, on.group("who")))) \
                    and len(lead.group("who").split()) <= 4:
                cs, ce = art.trim(lead.end(), pe)
                if ce - cs >= 3:
                    f = Frame(None, lead.span("sep"), None, lead.span("who"), (cs, ce),
                              quotes=[], relay_of=[])
                    out.append(Candidate(cs, ce, f, "indirect"))
                    continue
        if not _is_headline(art, pi):
            continue
        if any(ps <= s < pe for s, _ in taken):
            continue
        m = _HEADLINE_TAIL_RE.match(art.text[ps:pe])
        if not m:
            continue
        who_s, who_e = ps + m.start("who"), ps + m.end("who")
        who = art.text[who_s:who_e]
        verb = _tail_verb(who) if TAIL_VERBS else None
        if verb is not None:
            who_e = who_s + len(who) - len(verb) - 1  # 'Rights Group Cheers': the group, cheering
            who = art.text[who_s:who_e]
        if len(who.split()) > 5 or not _looks_like_speaker(art, who_s, who_e):
            continue
        cs, ce = art.trim(ps + m.start("content"), ps + m.end("content"), keep_final=True)
        sep_s = ps + m.start("sep")
        sep_e = ps + m.end("sep")
        sep_s, sep_e = _strip_ws(art, sep_s, sep_e)
        if verb is not None:
            sep_s, sep_e = who_e + 1, who_e + 1 + len(verb)  # the verb is the cue
        f = Frame(None, (sep_s, sep_e), None, (who_s, who_e), (cs, ce), fronted=True,
                  headline_tail=True, quotes=[], relay_of=[])
        out.append(Candidate(cs, ce, f, "indirect"))
    return out


#: Whether a headline that names someone, a topic after 'on', a colon and quoted words ("Delgado on Rival's
#: Debate Jab: 'He Should Apologize'") is that person's statement, as 'Delgado: ...' is (session 70).
HEADLINE_ON_TOPICS = True
_HEADLINE_ON_RE = re.compile(r"(?P<who>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) on [^:\n]{3,60}?(?P<sep>:)\s+"
                             r"(?=[\"“‘'])")
#: Whether a headline tail that ends in a verb of speech or of taking a side ('... - Rights Group
#: Cheers', '... - Union Warns') names its speaker without the verb, which is the cue (session 65).
TAIL_VERBS = True
_TAIL_VERB_RE = re.compile(r"(?<=\w) (?P<verb>[A-Z][a-z]+s)$")
#: Side verbs a headline tail may end in, besides the speech verbs.
_TAIL_SIDES = frozenset("cheer welcome hail praise slam blast condemn reject back oppose applaud "
                        "criticise criticize attack denounce".split())


def _tail_verb(who: str) -> str | None:
    """The title-case verb that ends a headline tail ('Rights Group Cheers': 'Cheers'), else None."""
    m = _TAIL_VERB_RE.search(who.strip())
    if m is None:
        return None
    verb = m.group("verb").lower()
    stems = {verb[:-1], verb[:-2]} if verb.endswith("es") else {verb[:-1]}
    return m.group("verb") if stems & (SPEECH_LEMMAS | _TAIL_SIDES) else None


def _strip_ws(art: Article, s, e):
    while s < e and art.text[s].isspace():
        s += 1
    while e > s and art.text[e - 1].isspace():
        e -= 1
    return s, e


#: Roles that speak in transcripts without a name ('MODERATOR:', 'AUDIENCE MEMBER:').
_TRANSCRIPT_ROLES = frozenset("moderator interviewer reporter audience caller narrator announcer voice crowd "
                              "question answer panelist".split())


def _transcript_speaker(art: Article, s: int, e: int) -> bool:
    """Whether the capitals before a line's colon can be a speaker ('PENCE:', 'Q:', 'SEN. KAINE:')
    rather than a page's label ('MORE:', 'SEE ALSO:', `PAGE_LABELS`) or a kicker ('HORROR:'): a
    single word must be a letter, a person noun ('MODERATOR') or a word of a name or organisation
    that the article's entities give elsewhere."""
    label = art.text[s:e].strip(" .")
    low = label.lower()
    if low in PAGE_LABELS:
        return False
    if len(label.split()) > 1 or len(low) == 1 or low in PERSON_NOUNS | _TRANSCRIPT_ROLES:
        return True
    return any(ent.label_ in ("PERSON", "ORG", "NORP", "GPE") and not (s <= ent.start_char < e)
               and low in {t.lower_ for t in ent} for ent in art.doc.ents)


def _person_below(art: Article, who: str) -> bool:
    """Whether a person the body names ends in the headline's words ('Delgado': 'Rep. Marisol Delgado')."""
    body = art.paragraphs[1][0] if len(art.paragraphs) > 1 else len(art.text)
    return any(e.label_ == "PERSON" and e.start_char >= body and e.text.split()[-1] == who.split()[-1]
               for e in art.doc.ents)


def _looks_like_speaker(art: Article, s: int, e: int) -> bool:
    toks = art.tokens_between(s, e)
    if not toks or art.text[s:e].strip(" .").lower() in PAGE_LABELS:
        return False
    if any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in toks):
        return True
    words = {t.lower_.strip(".") for t in toks}
    return bool(words & (PERSON_NOUNS | set(TITLE_EXPANSIONS) | {"official", "officials", "source", "sources", "report", "study", "poll"}))
