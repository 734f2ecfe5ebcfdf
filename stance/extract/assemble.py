"""Assembly: from a parsed article to its `Statement`s.

Runs the steps in order (quotations, frames, nested attributions, linking, quotations continuing
a speaker, unattributed quotations, transcript lines, headlines, embedded tweets), resolves the speakers in the
order their mentions appear, and turns each candidate into a `Statement`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .article import Article
from .attribution import find_frames, is_agency
from .candidates import Candidate, Frame
from .headlines import headline_statements, label_paragraphs, transcript_statements
from .learned import tagged_candidates
from .lexicon import (BELIEF_LEMMAS, BODY_NOUNS, DOCUMENT_NOUNS, HONORIFICS, PERSON_NOUNS, SPEECH_LEMMAS, group_name,
                      is_negated_quantifier, is_person_name, match_dateline, speaks_as_country, strip_possessive,
                      tidy_name)
from .linking import cut_nested, link
from .quotes import ALL_MARKS, DOUBLE_MARKS, Quote, classify_quotes
from .speakers import People, SpeakerResolver, is_org_name, mend_person_entities
from .tweets import tweet_statements
from .statement import Statement

__all__ = ["statements_of", "split_members"]

#: Whether an attribution whose speaker is a negated quantifier ('Not everyone in the hall opposed
#: the closure', 'Nobody said ...', 'None of the parents backed ...') is left out: it reports who did
#: not say or take a side, and no one to whom the words belong (session 64).
NEGATED_SPEAKERS = True
#: Whether a speaker name that holds its own cue word, where the mention does not ('[Ankara] Condemns
#: Border Vote', the recogniser's person 'Ankara Condemns Border'), gives way to the mention (session 68).
CUE_NOT_IN_NAME = True
#: Whether a quotation with no attribution, right after a sentence that says how a person was ('Councilmember
#: Teresa Guzman was scathing. "We were told this would pay for itself."'), is that person's (session 70).
MOODS_BEFORE_QUOTES = True
#: Whether a rules' content that the tagger reads on from the same start with the same cue gives way to the
#: tagger's longer reading ('said the door was open' and 'said the door was open but the money was not': one
#: statement, the longer; session 70).
LONGER_TAGGED_READINGS = True
#: Whether the side a noun gives its owner in a speaker's description ('said Sen. Eleanor Whitfield, the bill's
#: lead sponsor.') is not carried on to the quotation after it, which the speech verb before it carries on
#: (session 71).
SIDE_NOUNS_NOT_CARRIED = True
#: Whether a quotation with no attribution right after a reported statement in the same paragraph goes on with
#: its speaker ('She added that the family had waited three years. "Every single delay ..."'; session 74).
REPORTED_THEN_QUOTED = True
#: Whether a paragraph that is one quotation, with no attribution, right after a paragraph that ends with what a
#: named or described speaker told or said ('Lady Dunmorrow told him he had carried out a "cynical and sustained"
#: fraud ... // "You occupied a position of the most profound trust. ..."'), is that speaker's (session 77).
QUOTES_AFTER_REPORTED = True
#: Whether a paragraph of quotation after one that ends in a quotation and its attribution is that speaker's when the
#: attribution ends in whom it was said to ('"...," the judge told her. // "This was not a moment of madness."', as
#: after 'the judge said'; session 78).
LISTENERS_AFTER_CUES = True
#: Whether the same holds for a quotation's speaker named after its cue, with a description ('"...," said Dr Caoimhín Ó
#: Laoghaire, the authority's chief medical officer. // "We are asking patients ..."'; session 79).
SPEAKERS_AFTER_CUES = True
_KEEP_UNATTRIBUTED = True  # a full quoted sentence with no attribution is still a statement


def statements_of(doc, tagged: list | None = None, *, rules: bool = True) -> list[Statement]:
    """The attributed statements of a parsed article (a spaCy ``Doc``), in document order.

    ``tagged``: the learned tagger's spans over ``doc.text`` (:class:`stance.extract.tagger.TaggedSpan`);
    their content spans that no rule finds are added (see :mod:`stance.extract.learned`).
    ``rules=False`` gives the tagger's statements alone.
    """
    mend_person_entities(doc)  # ('Declan Moriarty' tagged ORG)
    art = Article(doc)
    if not art.paragraphs:
        return []
    if not rules:
        # the tagger alone (for measuring it): no rule candidates
        return _build(art, sorted(tagged_candidates(art, tagged or [], []), key=lambda r: (r.start, r.end)), [])
    classify_quotes(art.text, art.quotes, art.paragraphs)
    frames = find_frames(art)
    cut_nested(art, frames)
    link(art, frames)
    raw: list[Candidate] = []
    used_quotes = set()
    for f in frames:
        for qi in f.quotes:
            q = art.quotes[qi]
            used_quotes.add(qi)
            raw.append(Candidate(q.start, q.end, f, "direct"))
        if f.content is None:
            continue
        cs, ce = f.content
        if any(art.quotes[qi].start < ce and cs < art.quotes[qi].end for qi in f.quotes):
            continue
        inner = art.quotes_inside(cs, ce)
        kind = "mixed" if inner else _indirect_kind(f)
        for qi in inner:
            used_quotes.add(qi)
        if f.gap is not None:
            # two pieces around the attribution; they share the cue (one statement)
            raw.append(Candidate(cs, f.gap[0], f, kind))
            raw.append(Candidate(f.gap[1], ce, f, kind))
            continue
        raw.append(Candidate(cs, ce, f, kind))
    # Quotes with no frame: split quotes and quote paragraphs continuing a speaker.
    raw.sort(key=lambda r: r.start)
    for qi, q in enumerate(art.quotes):
        if qi in used_quotes or q.title or not q.clause_initial or q.used:
            continue
        prev = _previous_direct(art, raw, q)
        n_words = len(re.findall(r"\w+", art.text[q.start:q.end]))
        mood = _mood_frame(art, q, qi) if MOODS_BEFORE_QUOTES and prev is None else None
        if prev is not None:
            same_par = art.paragraph_of(prev.start) == art.paragraph_of(q.open_pos)
            # (after a reported statement, the quotation is its speaker's own, not the cue's: 'She added that ...')
            reported = prev.kind != "direct" and not prev.frame.fronted and prev.frame.cue[0] < prev.start
            raw.append(Candidate(q.start, q.end, prev.frame, "direct", continued=not same_par or reported))
        elif mood is not None:
            raw.append(Candidate(q.start, q.end, mood, "direct"))  # 'X was scathing. "We were told ..."'
        elif _KEEP_UNATTRIBUTED and n_words >= 6 and re.search(r"[.!?]", art.text[q.start:q.end + 1]):
            raw.append(Candidate(q.start, q.end, None, "direct"))
        raw.sort(key=lambda r: r.start)
    lines = transcript_statements(art, raw)
    if lines:
        # a transcript line inside a quotation replaces the unattributed quotation
        raw = [r for r in raw if r.frame is not None or not any(x.start < r.end and r.start < x.end for x in lines)]
        raw.extend(lines)
    raw.extend(headline_statements(art, raw))
    tweets = tweet_statements(art, raw)
    if tweets:
        # an embedded tweet is its author's statement: what was found inside it gives way
        raw = [r for r in raw if not any(x.start <= r.start and r.end <= x.end for x in tweets)]
        raw.extend(tweets)
    if tagged:
        extra = tagged_candidates(art, tagged, raw)
        if LONGER_TAGGED_READINGS:
            # 'said [the door was open]' beside the tagger's 'said [the door was open but the money was not]'
            cues = [r.frame.cue for r in raw if r.frame is not None and r.frame.cue is not None]
            raw = [r for r in raw if not any(_longer_reading(art, t, r, cues) for t in extra)]
        raw.extend(extra)
    raw.sort(key=lambda r: (r.start, r.end))
    return _build(art, raw, frames)


def _indirect_kind(f: Frame) -> str:
    """'belief' for thoughts, fears and hopes ('X fears that ...'), 'document' for what a poll,
    study or report says, else 'indirect' (as the learned tagger's statements are kinded)."""
    if f.verb is not None and f.verb.lemma_.lower() in BELIEF_LEMMAS:
        return "belief"
    if f.subj is not None and f.subj.lemma_.lower() in DOCUMENT_NOUNS and f.subj.ent_type_ != "PERSON":
        return "document"
    return "indirect"


def _previous_direct(art: Article, raw: list[Candidate], q: Quote) -> Candidate | None:
    """The statement this quote continues ('"A," he said. "B."' or the next paragraph)."""
    pi = art.paragraph_of(q.open_pos)
    best = None
    for r in raw:
        f = r.frame
        if r.start >= q.start or f is None:
            continue
        rp = art.paragraph_of(r.start)
        if SIDE_NOUNS_NOT_CARRIED and r.kind != "direct" and f.verb is not None and f.verb.pos_ == "NOUN" \
                and f.fronted is False and f.cue[0] >= r.end:
            continue  # 'said Sen. Whitfield, [the bill]'s lead sponsor. "That is ..."': the 'said' carries on
        if rp == pi:
            if f.cue[1] > q.open_pos:
                continue
            nested = f.verb is not None and (f.verb.dep_ == "relcl" or any(
                x is not r and x.frame is not None and x.start <= f.cue[0] < x.end for x in raw))
            if REPORTED_THEN_QUOTED and best is not None and r.kind != "direct" and nested:
                continue  # 'said [the photographs indicated ...]', '"A," said X, a lawyer for a man [who claims ...]'
            # a trailing attribution ('"A," he said.', 'X is "A," he said.') carries on
            trailing = r.kind == "direct" or f.fronted or f.cue[0] >= r.end
            if not trailing and REPORTED_THEN_QUOTED and f.subj is not None and f.cue[1] <= r.start \
                    and not art.text[r.end:q.open_pos].strip(' .,;"\u201d\u2019\'\n') \
                    and not art.text[q.start:q.end].rstrip().endswith(","):
                # 'She added that the family had waited three years. "Every delay ..."' (not '"A," she said')
                trailing = True
            best = r if trailing else None
        elif (rp == pi - 1 or (QUOTES_AFTER_REPORTED and r.kind == "direct" and rp < pi - 1
                                and art.paragraph_of(max(r.start, r.end - 1)) == pi - 1)) and (r.kind == "direct" or (
                QUOTES_AFTER_REPORTED and r.kind in ("indirect", "mixed") and f.subj is not None
                and f.speaker_span is not None and f.cue[1] <= r.start and not f.fronted
                and f.verb is not None and f.verb.lemma_.lower() in SPEECH_LEMMAS and f.verb.dep_ == "ROOT"
                and f.verb.tag_ in ("VBD", "VBZ", "VBP"))) \
                and q.open_pos == art.paragraphs[pi][0] and (rp == pi - 1 and r.kind == "direct" or not art.text[
                    q.end:art.paragraphs[pi][1]].strip(' .,!?"”’\'\n')):  # (the new cases: the whole paragraph quoted)
            # a whole-paragraph quote right after a paragraph that ends quoting someone
            last_in_prev = [x for x in raw if art.paragraph_of(x.start) == pi - 1 or (
                QUOTES_AFTER_REPORTED and x is r and art.paragraph_of(max(x.start, x.end - 1)) == pi - 1)]
            pe = art.paragraphs[pi - 1][1]
            if last_in_prev and last_in_prev[-1] is r and (not art.text[max(r.end, f.cue[1]):pe].strip(' .,"”’\'\n')
                                                          or (LISTENERS_AFTER_CUES and _only_listeners(art, f, r, pe))):
                best = r
    return best


def _only_listeners(art: Article, f: Frame, r: Candidate, pe: int) -> bool:
    """Whether the words after the cue of ``f`` to ``pe`` are only whom it was said to, and where or when ('..., the
    judge told her.', '..., she told reporters at the hospital.'; `LISTENERS_AFTER_CUES`)."""
    v = f.verb
    if v is None or v.pos_ != "VERB":
        return False
    rest = [t for t in art.tokens_between(max(r.end, f.cue[1]), pe) if not t.is_punct]
    speaker = {t.i for t in f.subj.subtree} if SPEAKERS_AFTER_CUES and f.subj is not None and f.subj.i > v.i else set()
    if speaker and r.kind == "direct":  # '"...," said Dr Caoimhín Ó Laoghaire, the authority's chief medical officer.'
        rest = [t for t in rest if t.i not in speaker]
        if not rest:
            return True
    for t in rest:
        if t.pos_ in ("VERB", "AUX"):
            return False
        x = t
        while x.head.i != x.i and x.head.i != v.i:
            x = x.head
        if x.head.i != v.i or x.dep_ not in ("dobj", "dative", "prep", "npadvmod", "advmod"):
            return False
    return bool(rest)


def _mood_frame(art: Article, q: Quote, qi: int) -> Frame | None:
    """For a quotation with no attribution that opens a sentence right after one saying how a person spoke or felt
    ('Councilmember Teresa Guzman, who voted against it, was scathing. "We were told ..."'): a frame with that
    person as the speaker and 'was scathing' as the cue (`MOODS_BEFORE_QUOTES`), else None."""
    toks = art.tokens_between(q.open_pos, q.open_pos + 1)
    if not toks or toks[0].i == 0:
        return None
    before = art.doc[toks[0].i - 1]
    if art.paragraph_of(before.idx) != art.paragraph_of(q.open_pos) or before.text not in (".", ":"):
        return None
    root = before.sent.root
    acomp = next((c for c in root.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_ != "be" or acomp is None or subj is None or art.in_quote[subj.i] >= 0:
        return None
    if not (subj.ent_type_ == "PERSON" or (subj.pos_ == "NOUN" and subj.lemma_.lower() in PERSON_NOUNS)):
        return None
    return Frame(root, (root.idx, acomp.idx + len(acomp)), subj, art.mention_span(subj), None, quotes=[qi])


def _longer_reading(art: Article, t: Candidate, r: Candidate, cues: list[tuple[int, int]]) -> bool:
    """Whether a tagged candidate ``t`` reads the content of the rules' candidate ``r`` on, from its start, with the
    same cue, over no other cue of the rules' and not into a clause of time or cause ('lashed out at the Fed, [after
    the bank raised rates]'; `LONGER_TAGGED_READINGS`)."""
    ft, fr = t.frame, r.frame
    if not (ft is not None and fr is not None and ft.cue is not None and fr.cue is not None and t.start == r.start
            and t.end > r.end and r.kind != "direct" and ft.cue[0] < fr.cue[1] and fr.cue[0] < ft.cue[1]):
        return False
    if any(r.end <= c[0] and c[1] <= t.end for c in cues):
        return False  # 'said [it had not taken a position] but asked for a delay': the rules' next statement
    return _CLAUSE_TAIL.match(art.text, r.end, t.end) is None




#: A clause of time, cause or condition after a content ('..., after the central bank raised rates').
_CLAUSE_TAIL = re.compile(r"[\s,;]*(?:after|before|because|since|when|while|whereas|as|although|though|unless|if|"
                          r"until|once)\b", re.IGNORECASE)


def _build(art: Article, raw: list[Candidate], frames: list[Frame]) -> list[Statement]:
    resolver = SpeakerResolver(art, People(art.doc))
    out: list[Statement] = []
    seen = set()
    relays = {id(g): f for f in frames for g in f.relay_of}
    # Resolve speakers in the order their mentions appear.
    order = sorted(range(len(raw)), key=lambda i: _mention_pos(art, raw[i]))
    labelled = label_paragraphs(art)
    speakers, co_speakers = {}, {}
    for i in order:
        speakers[i] = resolver.resolve(raw[i].frame)
        co_speakers[i] = resolver.co_speakers(raw[i].frame, speakers[i])
    for i, r in enumerate(raw):
        s, e, f, kind = r.start, r.end, r.frame, r.kind
        s, e = _clean_bounds(art, s, e, kind)
        if e <= s or (s, e) in seen or art.paragraph_of(s) in labelled:
            continue
        seen.add((s, e))
        speaker = speakers[i]
        mention = cue = None
        ms = me = c_s = c_e = None
        source = None
        if f is not None:
            if f.speaker_span is not None:
                ms, me = f.speaker_span
                mention = art.text[ms:me]
                if NEGATED_SPEAKERS and is_negated_quantifier(mention):
                    continue  # 'Not everyone in the hall opposed the closure': no one said it
            if not r.continued:
                c_s, c_e = f.cue
                cue = art.text[c_s:c_e]
            relay = relays.get(id(f))
            if relay is not None and relay.speaker_span is not None:
                source = strip_possessive(art.text[relay.speaker_span[0]:relay.speaker_span[1]])
            elif is_agency(art, f) and speaker is None:
                speaker = mention
            if CUE_NOT_IN_NAME and speaker and mention and cue and _holds_word(speaker, cue.split()[0]) \
                    and not _holds_word(mention, cue.split()[0]):
                speaker = strip_possessive(mention.strip())
        out.append(Statement(
            text=art.text[s:e], start=s, end=e, speaker=tidy_name(speaker) if speaker else speaker,
            speaker_mention=mention,
            speaker_start=ms, speaker_end=me, cue=cue, cue_start=c_s, cue_end=c_e,
            kind=kind, source=source, paragraph=art.paragraph_of(s),
            co_speakers=tuple(tidy_name(n) for n in co_speakers[i]) if speaker else (),
        ))
    if HEADLINE_CUES and art.paragraphs and not art.text[:art.paragraphs[0][1]].rstrip().endswith("."):
        out = _headline_by_cue(art, out)
    if HEADLINE_SECOND_VERBS:
        out = _headline_second_verbs(out)
    return _one_spelling(out, _acronyms(art.text))


#: Whether a headline's bare noun for a speaker ('Regulator blocks grocery merger', 'Teachers vote to strike')
#: is the speaker of the first statement below it with the same verb ('The competition authority on
#: Wednesday blocked the planned merger', 'Teachers across the province voted ...'); before, the headline's
#: noun had a row of its own (session 67).
HEADLINE_CUES = True
#: Words for people and bodies that a headline may name a speaker by (singular; a plural 's' is allowed),
#: beside `PERSON_NOUNS` and `BODY_NOUNS`.
#: Whether a headline's speaker named by a place's title ("Scotland's Leader") is the lede's subject named
#: with the same place ("Scotland's First Minister Nicola Sturgeon"), whatever the verbs (session 68).
HEADLINE_OWNERS = True
#: Whether the lede's first sentence is read past its dateline, which the parse may make a sentence of
#: its own (session 68).
LEDE_PAST_DATELINE = True
#: Whether a headline's second verb whose subject the parse read as the first clause ('Opposition Leader
#: Rejects Election Results, Calls for Protests') has the first verb's speaker (session 69).
HEADLINE_SECOND_VERBS = True
#: Whether `HEADLINE_CUES` holds for a headline's noun with names before it that the first paragraph has too
#: ('Kansas Governor Vetoes Bathroom Bill' above 'Gov. Anne Clarke of Kansas on Monday vetoed'; session 70).
HEADLINE_PLACE_NOUNS = True
#: Whether the lede's subject is the first one past its dateline, which the parse may make a subject too
#: (session 69).
LEDE_SUBJECT_PAST_DATELINE = True
_HEADLINE_PEOPLE = frozenset("""teacher worker nurse doctor farmer resident pilot lawmaker official voter protester
regulator watchdog authority judge union""".split())
_AUXILIARIES = frozenset("has have had will would is are was were did does do to can could may might".split())


def _holds_word(name: str, word: str) -> bool:
    """Whether ``word`` stands in ``name`` as a word of its own (`CUE_NOT_IN_NAME`)."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", name) is not None


def _cue_stem(cue: str | None) -> str | None:
    """The first four letters of a cue's verb, past its auxiliaries ('has blocked': 'bloc')."""
    words = [w for w in re.findall(r"[a-z]+", (cue or "").lower()) if w not in _AUXILIARIES]
    return words[0][:4] if words and len(words[0]) >= 4 else None


def _headline_by_cue(art: Article, statements: list[Statement]) -> list[Statement]:
    """Headline statements (paragraph 0) whose speaker is one word for people or a body take the subject
    of the first sentence below when its verb is the headline cue's (`HEADLINE_CUES`), named as a statement
    of that subject names it."""
    lede = _lede_subject(art)
    if lede is None:
        return statements
    verb, (ms, me) = lede
    name = next((x.speaker for x in statements if x.speaker and x.speaker_start == ms), None) or \
        tidy_name(art.text[ms:me].strip())
    nouns = PERSON_NOUNS | BODY_NOUNS | _HEADLINE_PEOPLE
    lede_text = art.text[art.paragraphs[1][0]:art.paragraphs[1][1]]

    def bare_noun(speaker: str) -> bool:
        """One word for people or a body ('Regulator'), or with words before it the lede has too ('Kansas
        Governor' above 'Gov. Anne Clarke of Kansas'; `HEADLINE_PLACE_NOUNS`)."""
        words = speaker.split()
        if HEADLINE_PLACE_NOUNS and 1 < len(words) <= 3 and all(
                w[:1].isupper() and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lede_text) for w in words[:-1]):
            speaker = words[-1]
        low = speaker.lower()
        return speaker.isalpha() and (low in nouns or (low.endswith("s") and low[:-1] in nouns))

    same = {st.speaker for st in statements if st.paragraph == 0 and st.speaker and bare_noun(st.speaker)
            and st.speaker.lower() != name.lower()
            and _cue_stem(st.cue) is not None and _cue_stem(st.cue) == _cue_stem(verb)}
    # ('Regulator blocks grocery merger, citing higher prices': the regulator cites them too)
    out = [replace(st, speaker=name) if st.paragraph == 0 and st.speaker in same else st for st in statements]
    if HEADLINE_OWNERS:
        owner = re.match(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s", art.text[ms:me].strip())
        if owner is not None:
            # "Scotland's Leader Renews Call ..." above "Scotland's First Minister Nicola Sturgeon on Tuesday ..."
            pattern = re.compile(re.escape(owner.group(1)) + r"['’]s\s+[A-Za-z]+(?:\s+[A-Za-z]+)?$")
            out = [replace(st, speaker=name) if st.paragraph == 0 and st.speaker_mention
                   and pattern.match(st.speaker_mention.strip()) else st for st in out]
    return out


def _headline_second_verbs(statements: list[Statement]) -> list[Statement]:
    """Headline statements whose speaker's mention holds another headline statement's cue take that one's
    speaker ('Opposition Leader Rejects Election Results, Calls for Protests', parsed with 'Opposition Leader
    Rejects Election Results' as the subject of 'Calls'; `HEADLINE_SECOND_VERBS`)."""
    heads = [x for x in statements if x.paragraph == 0 and x.cue_start is not None and x.speaker_start is not None]
    out = []
    for st in statements:
        first = next((x for x in heads if x is not st and st.paragraph == 0 and st.speaker_start is not None
                      and st.speaker_start <= x.cue_start and x.cue_end <= st.speaker_end
                      and x.speaker_end <= x.cue_start), None)
        out.append(st if first is None else replace(
            st, speaker=first.speaker, speaker_mention=first.speaker_mention, speaker_start=first.speaker_start,
            speaker_end=first.speaker_end, co_speakers=first.co_speakers))
    return out


def _lede_subject(art: Article):
    """The verb and the subject's span of the first sentence after the headline, else None."""
    if len(art.paragraphs) < 2:
        return None
    start = art.paragraphs[1][0]
    if LEDE_PAST_DATELINE:
        m = match_dateline(art.text[start:start + 80])
        start += m.end() if m is not None else 0  # ('EDINBURGH - ...' that the parse makes a sentence of its own)
    first = art.tokens_between(start, art.paragraphs[1][1])
    if not first:
        return None
    root = first[0].sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj" and not (LEDE_SUBJECT_PAST_DATELINE and c.idx < start)),
                None)  # ('VATICAN CITY - Pope Leo called ...', both subjects to the parse: the Pope)
    if subj is None or root.pos_ != "VERB":
        return None
    return root.text, art.mention_span(subj)


def _name_key(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip().lower())


_SMALL_WORDS = ("of", "and", "for", "the", "on", "in", "to", "&")
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|" + "|".join(_SMALL_WORDS) + ")"
#: 'Full Name (ABBR)': two or more name words, then an acronym in brackets.
_DEFINED_ACRONYM = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD})+)\s+\(([A-Z][A-Za-z]{{1,7}})\)")


def _initials_match(abbr: str, words: list[str]) -> bool:
    """Whether ``abbr``'s letters are the initials of ``words`` in order, small words optional
    ('ISIS' in 'Islamic State of Iraq and Syria')."""
    letters = abbr.lower()

    def walk(i: int, j: int) -> bool:
        if i == len(letters):
            return all(w.lower() in _SMALL_WORDS for w in words[j:])
        if j == len(words):
            return False
        word = words[j]
        if word[0].lower() == letters[i] and walk(i + 1, j + 1):
            return True
        return word.lower() in _SMALL_WORDS and walk(i, j + 1)

    return walk(0, 0)


def _acronyms(text: str) -> dict[str, str]:
    """Acronyms the article defines, 'Full Name (ABBR)', as {abbr: full name}: the full name is
    the shortest run of capitalised words before the brackets whose initials spell the acronym
    ('the Islamic State of Iraq and Syria (ISIS)' -> 'ISIS': 'Islamic State of Iraq and Syria')."""
    found: dict[str, str] = {}
    for m in _DEFINED_ACRONYM.finditer(text):
        words, abbr = m.group(1).split(), m.group(2)
        for k in range(len(words) - 1, -1, -1):  # the shortest tail that spells it
            tail = words[k:]
            if tail[0].lower() not in _SMALL_WORDS and _initials_match(abbr, tail):
                found.setdefault(abbr, " ".join(tail))
                break
    return found


#: Whether an organisation named by its members or a short form ('Isis militants', 'ISIS', 'The
#: Islamic State (IS) group') speaks under one name (`lexicon.group_name`), and a capital under its
#: country's when both speak in one article ('Moscow' and 'Russia', `lexicon.speaks_as_country`).
GROUP_NAMES = True


#: Whether a speaker named by a surname alone ('Talvik') is the one speaker of the article whose
#: full name ends in it ('Rosa Talvik'), where the entity recogniser did not link the two (session 38).
SURNAMES = True


#: Whether a speaker named by an organisation's bare noun ('Government', 'the union') is the one
#: speaker of the article whose name ends in that noun ('The British government', "The Growers'
#: Union"); before, a headline's 'Government scraps rail link' had a row of its own (session 66).
HEAD_NOUNS = True
#: Whether `HEAD_NOUNS` also holds for any singular noun that is not a person's, written with 'the' ('the
#: regulator' after 'The state health regulator' spoke; session 66).
DEFINITE_HEAD_NOUNS = True
_IN_PHRASE = re.compile(r"\b(?:of|in|around|at|for|from|with|on|across|to|by|over|under|about)\b")
#: Nouns for bodies beside `lexicon.BODY_NOUNS` that `HEAD_NOUNS` treats alike.
_HEAD_ONLY_BODIES = frozenset({"police", "court"})


def _one_spelling(statements: list[Statement], acronyms: dict[str, str] | None = None) -> list[Statement]:
    """One spelling per speaker in an article: names that differ only in capitals or a leading
    article ('The FBI' / 'the FBI', 'Police' / 'police', 'The IMF' / 'IMF') become the spelling
    used most often (the first one on a tie), so that the speaker has one row in a table; an
    acronym the article defines (``acronyms``, from `_acronyms`) becomes its full name; with
    `GROUP_NAMES`, an organisation named by its members or a short form gets one name
    (`lexicon.group_name`: 'Isis militants' and 'ISIS' are 'Islamic State'), and a capital that
    speaks for its country ('Moscow', `lexicon.speaks_as_country`) the country's, when the country speaks in
    the article too; two given names before one surname are two people ('Khizr and Ghazala Khan':
    Khizr Khan, Ghazala Khan a co-speaker)."""
    if GROUP_NAMES:
        statements = [replace(s, speaker=group_name(s.speaker), co_speakers=tuple(map(group_name, s.co_speakers)))
                      if s.speaker else s for s in statements]
    statements = [_shared_surname(s) for s in statements]
    if NAMED_MEMBERS:
        statements = [named_members(s) for s in statements]
    if acronyms:
        statements = [replace(s, speaker=_spelled_out(s.speaker, acronyms),
                              co_speakers=tuple(_spelled_out(n, acronyms) for n in s.co_speakers))
                      for s in statements]
    names = [n for s in statements for n in (s.speaker, *s.co_speakers) if n]
    counts = Counter(names)
    best: dict[str, str] = {}
    for n in names:  # in order of appearance: the first of the most frequent wins
        k = _name_key(n)
        if k not in best or counts[n] > counts[best[k]]:
            best[k] = n
    if GROUP_NAMES:  # 'Moscow' speaks as Russia when Russia speaks in the article too
        for k in list(best):
            country = next((c for c in best if speaks_as_country(k, c)), None)
            if country is not None:
                best[k] = best[country]
    if SURNAMES:  # 'Talvik' speaks as Rosa Talvik when she is the article's only speaker of that surname
        for k in list(best):
            if not re.fullmatch(r"[A-Z][\w'’-]+", best[k]):
                continue
            full = {best[f] for f in best if f != k and is_person_name(best[f]) and best[f].split()[-1] == best[k]}
            if len(full) == 1:
                best[k] = full.pop()
    if ORG_SHORT_NAMES:  # 'AeroVista' speaks as AeroVista Airlines when that is the one company it begins
        for k in list(best):
            if not re.fullmatch(r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)?", best[k]) or is_person_name(best[k]):
                continue
            full = {best[f] for f in best if f != k and best[f].startswith(best[k] + " ") and is_org_name(best[f])}
            if len(full) == 1:
                best[k] = full.pop()
    if HEAD_NOUNS:  # 'Government' (a headline's) speaks as the British government, the one government that speaks
        definite = {_name_key(n) for n in names if re.match(r"(?i)the\s+[a-z]+$", n.strip())}
        for k in list(best):
            if " " in k or not (k in BODY_NOUNS | _HEAD_ONLY_BODIES or (
                    DEFINITE_HEAD_NOUNS and k in definite and k not in PERSON_NOUNS and not k.endswith("s"))):
                continue
            # (the noun as the head, not in a phrase: 'groups around the globe', 'the militant on the video')
            full = {best[f] for f in best if f != k and f.endswith(" " + k) and not _IN_PHRASE.search(f)}
            if len(full) == 1:
                best[k] = full.pop()
    if LEGAL_ENDINGS_DROPPED:  # 'Tamberlane Outfitters Inc.': Tamberlane Outfitters, as the story calls it after
        best = {k: _without_legal_ending(n) for k, n in best.items()}
    if all(best[_name_key(n)] == n for n in counts):
        return statements
    out = []
    for s in statements:
        speaker = best[_name_key(s.speaker)] if s.speaker else s.speaker
        co = tuple(dict.fromkeys(n for n in (best[_name_key(x)] for x in s.co_speakers) if n != speaker))
        out.append(replace(s, speaker=speaker, co_speakers=co))
    return out


#: Whether a company's legal ending ('Inc.', 'Ltd', 'LLC', 'Corp.', 'plc') is left out of its name as a speaker
#: ('Tamberlane Outfitters Inc.': Tamberlane Outfitters; 'BlackBerry Ltd': BlackBerry; session 78).
LEGAL_ENDINGS_DROPPED = True
_LEGAL_ENDING = re.compile(r",?\s+(?:(?:Pvt|Private)\.?\s+)?(?:(?:Inc|Ltd|LLC|plc|PLC|Limited|GmbH|AG)\.?|"
                           r"(?:Corp|Co|S\.A|N\.V)\.)$")  # (not 'the U.S. Marine Corp')


def _without_legal_ending(name: str | None) -> str | None:
    """``name`` without a company's legal ending, when a capitalised name is left."""
    if not name:
        return name
    short = _LEGAL_ENDING.sub("", name)
    return short if short != name and re.match(r"(?:[Tt]he\s+)?[A-Z]", short) and len(short) > 1 else name


#: Whether a company's short name ('AeroVista') speaks as its full name ('AeroVista Airlines') when the article's
#: one speaker of that name adds a word for a company to it (session 70).
ORG_SHORT_NAMES = True


#: Whether a group speaker with named examples ('Other prominent senators, like Ada Price and Tom
#: Lee, have said ...', 'Several councillors, including Ann Ortiz, said ...') is the group,
#: with the people it names as co-speakers (`named_members`; session 47).
NAMED_MEMBERS = True

_MEMBERS = re.compile(r"^(?P<group>.+?),?\s+(?:like|including|such as|among them)\s+(?P<members>.+?)[\s,]*$")
_MEMBER_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_MEMBER_NAME = re.compile(r"^(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'’&-]*){0,5}$")


def split_members(speaker: str | None) -> tuple[str, tuple[str, ...]] | None:
    """A group speaker that names some of its members, as (the group, the members' names): 'Other
    prominent senators, like Ada Price and Tom Lee', 'Several councillors, including Ann Ortiz',
    'groups like the Harbour Trust'. None for a person named as the speaker ('Ann Ortiz, like her
    predecessor'), a list without names ('many patriots, like both of the Bush presidents') and
    any other speaker.

    Example:
        >>> split_members("People like Sens. Ada Price (D-Maine) and Tom Lee")
        ('People', ('Ada Price', 'Tom Lee'))
    """
    m = _MEMBERS.match(speaker or "")
    if m is None or is_person_name(m.group("group").strip()):
        return None
    names = []
    for part in _MEMBER_SPLIT.split(m.group("members")):
        words = re.sub(r"\s*\([^)]*\)", "", part).split()
        while len(words) > 1 and _is_title(words[0]):
            words = words[1:]  # 'Sens. Ada Price', 'Senators Ada Price and ...'
        part = " ".join(words)
        if part and _MEMBER_NAME.match(part):
            names.append(part)
    return (m.group("group").strip(" ,"), tuple(names)) if names else None


def _is_title(word: str) -> bool:
    """A title or office before a name, singular or plural ('Sen.', 'Sens.', 'Senators')."""
    w = word.lower().rstrip(".")
    return any(x in HONORIFICS or x in PERSON_NOUNS for x in (w, w[:-1] if w.endswith("s") else w))


def named_members(s: Statement) -> Statement:
    """The statement of a group speaker that names some of its members (`split_members`) with the
    group as its speaker and the named members as co-speakers: the article attributes the
    statement to each of them."""
    found = split_members(s.speaker)
    if found is None:
        return s
    group, names = found
    return replace(s, speaker=group, co_speakers=tuple(dict.fromkeys((*names, *s.co_speakers))))


#: Whether two words joined by 'and' before a word that ends a group's or body's name ('Surf and Sea Watch', 'Arts and
#: Crafts Society') are one organisation, not two people with one surname (session 78).
GROUPS_NOT_SHARED_SURNAMES = True
_GROUP_ENDS = frozenset("watch action forum front movement partnership collective initiative project society centre "
                        "center trust network campaign".split())
_SHARED_SURNAME = re.compile(r"^([A-Z][\w'’-]+) (?:and|&) ([A-Z][\w'’-]+) ([A-Z][\w'’-]+)$")


def _shared_surname(s: Statement) -> Statement:
    """'Khizr and Ghazala Khan' as a speaker: Khizr Khan, with Ghazala Khan as a co-speaker."""
    m = _SHARED_SURNAME.match(s.speaker or "")
    if m is None or (GROUPS_NOT_SHARED_SURNAMES and (is_org_name(s.speaker) or m.group(3).lower() in _GROUP_ENDS)):
        return s  # ('Surf and Sea Watch' is one group)
    first, second = f"{m.group(1)} {m.group(3)}", f"{m.group(2)} {m.group(3)}"
    return replace(s, speaker=first, co_speakers=tuple(dict.fromkeys((second, *s.co_speakers))))


def _spelled_out(name: str | None, acronyms: dict[str, str]) -> str | None:
    """The full name of a speaker named by a defined acronym, spelled as defined ('the WHO', not
    the pronoun 'who')."""
    if not name:
        return name
    return acronyms.get(re.sub(r"^(?:[Tt]he)\s+", "", name.strip()), name)


def _mention_pos(art: Article, r: Candidate) -> int:
    f = r.frame
    if f is None:
        return r.start
    if f.headline_tail:
        return len(art.text) + r.start  # headlines are resolved with the whole article known
    return f.speaker_span[0] if f.speaker_span else f.cue[0]


#: Whether a reported content that opens with the day it was said, before its clause's subject ('said on
#: Monday it would cut 5,000 jobs', where the parse hangs the day on the clause), starts after the day
#: (session 68).
LEADING_DATES = True
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_LEADING_DATE = re.compile(
    rf"(?:on\s+{_DAYS}|{_DAYS}|yesterday|today|(?:late|early)\s+on\s+{_DAYS}|(?:last|this)\s+(?:week|month|year|weekend)"
    rf"|(?:on\s+)?{_DAYS}\s+(?:morning|afternoon|evening|night))\s*,?\s+(?:that\s+)?"
    rf"(?=(?:it|he|she|they|we|I|the|a|an|his|her|its|their|[A-Z])\b)")


def _clean_bounds(art: Article, s: int, e: int, kind: str) -> tuple[int, int]:
    text = art.text
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in " \t\n,;":
        e -= 1
    if LEADING_DATES and kind != "direct":
        m = _LEADING_DATE.match(text[s:e])
        if m is not None and m.end() < e - s:
            s += m.end()  # 'said [on Monday] it would cut 5,000 jobs': when it was said, not what
    if kind == "direct":
        # stray marks left at the edges of a messy quotation
        while s < e and text[s] in ALL_MARKS:
            s += 1
        while e > s and text[e - 1] in DOUBLE_MARKS + "‘’" and text[s:e].count(text[e - 1]) % 2 == 1:
            e -= 1
        while e > s and text[e - 1] in " \t\n,;":
            e -= 1
    return s, e
