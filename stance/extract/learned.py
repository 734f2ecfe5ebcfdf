"""Attributions from the learned tagger, linked into frames beside the rules' own.

The tagger (:mod:`stance.extract.tagger`) marks Source, Cue and Content spans but not which
belongs with which. :func:`tagged_candidates` links them: each content span that no rule
statement already covers takes the nearest cue of its sentence (or of the sentence before, for
'X said:' followed by the content), and that cue the nearest source of its own sentence, else the
grammatical subject of the cue. Contents that share a cue share one frame, so a content split
around its cue stays one attribution.

``kind`` says what sort of attribution it is: 'belief' for thoughts, hopes, fears, plans and
knowledge ('X fears that ...'), 'document' for polls, reports, studies and other non-human
sources, 'question' for a question put to someone ('Asked about X, ...'), otherwise 'direct',
'mixed' or 'indirect' as for the rules.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from .article import Article
from .attribution import apposed_acl_subject, conj_noun_subject, headline_passive, zero_relative_participle
from .candidates import Candidate, Frame
from .lexicon import (BELIEF_LEMMAS, BODY_NOUNS, CLAIM_NOUNS, CONTENT_PREPS, DOCUMENT_NOUNS, PERSON_NOUNS,
                      SPEECH_LEMMAS, ASKING_LEMMAS, is_anonymity_request, match_dateline)
from .quotes import ALL_MARKS, DOUBLE_MARKS
from .tagger import TaggedSpan

__all__ = ["tagged_candidates"]

#: Spans whose tags have a lower mean probability are not used. Chosen on PolNeAR dev (rules +
#: tagger, all attributions, content / source overlap F1, content precision), with the one-word and
#: passive-subject filters below: 0.4 78.94 / 76.85 (85.2), 0.3 79.59 / 77.18 (82.8), 0.2 79.66 /
#: 77.23 (82.7). Before those filters: 0.5 77.41 (87.1), 0.4 78.18 (82.4), 0.3 78.26 (78.5).
#: 0.4 stays: at 0.3 the tagger takes narration in the reference article ("... over 90 percent of
#: the Kurds supporting secession from Iraq" as a statement by the Kurds).
_MIN_SCORE = 0.4
#: Fewer words than this in a tagged content span: not a statement (the rules handle one-word quotes).
_MIN_WORDS = 2
#: Whether a tagged content whose cue is a cue the rules read takes the rules' frame (their speaker)
#: instead of the nearest tagged source (session 48).
SHARED_CUES = True
#: Whether a tagged cue with neither a tagged source nor a subject takes the agent of its passive
#: ('The deal, first reported by Reuters, would ...': Reuters; session 64).
AGENTS = True
#: Whether a tagged content that asks not to be named ('who asked [not to be named]') is left out, as
#: the rules leave it out (`stance.extract.attribution.ANONYMITY`; session 64).
ANONYMITY = True
#: Whether a tagged cue that puts a question to someone ('Asked about the toll, Ortiz said ...',
#: 'Pressed on whether ...') has no speaker and kind 'question': the question is the unnamed
#: asker's, not the words of the person it was put to, whom the nearest tagged source names
#: (PolNeAR marks such a cue with no source; session 64). `stance.analyze` leaves it out.
QUESTIONS_PUT = True
#: Whether `QUESTIONS_PUT` reads a participle between commas after its subject too ('Lukas Berg, asked
#: about the criticism, said ...', which the parser takes for 'Berg asked', hung on 'said') (session 67).
QUESTIONS_BETWEEN_COMMAS = True
#: Whether a tagged cue that is a headline's passive ('Council [told] bypass route "will split parish in two"',
#: 'Pipeline firm [accused] of "bully-boy tactics" by landowners') is left out: the rules read such a headline
#: (session 77).
HEADLINE_PASSIVE_CUES = True
#: Whether `QUESTIONS_PUT` reads a sentence's first word 'Asked' that the parse took for a past tense or for the
#: sentence's root ('Asked whether the council would raise its offer, he said: "..."'; session 77).
QUESTIONS_OPENING = True
#: Verbs that put a question to their object, as participles opening a sentence.
#: Whether a tagged source that opens with the passive's 'by' ('has been criticised [by hauliers]')
#: names its speaker without it (session 64).
AGENT_BY = True
#: Whether a tagged source that is the dateline opening its paragraph ('NORTHBRIDGE - Plans to merge
#: ...') leaves its content out: a place the story is filed from says nothing (session 64).
DATELINES_ASIDE = True
#: Whether a tagged source that opens its paragraph with the dateline ('[LONDON - Cabin crew at SkyLink]
#: have rejected ...') leaves the dateline out of the speaker's name (session 68).
DATELINE_SOURCES_CUT = True
#: Whether a tagged source that opens with the relative pronoun that is its clause's object ('a move
#: [that Karim's office] described as collective punishment') is the clause's subject after it (session 68).
OBJECT_RELATIVE_SOURCES = True
#: The same for a 'that' the parse marks as opening a clause ('a proposal the government has championed and [that
#: critics] call a threat': the critics; session 70).
MARKED_RELATIVE_SOURCES = True
#: Whether a tagged content's distance to a cue is measured from its span as tagged, before a leading
#: 'that' goes: 'signed a law [that lets courts ...], ending a fierce debate' is nearer 'signed' (session 68).
UNTRIMMED_DISTANCE = True
#: Whether a tagged content in the headline that ends in a word that joins it to the clause of the cue after
#: it ('[Automaker to Cut 5,000 Jobs as] Union Vows Fight') is left out: it is a clause of its own (session 68;
#: in the body such a content is as often the tagger's loose end: '[Machado was "a con" and] encouraged').
SUBORDINATE_ENDS = True
#: Whether a tagged content in the headline with ', but' between it and the speaker of its cue is left out: the
#: clause before 'but' is the news, not the speaker's words ('[Mississippi House Passes Medicaid Expansion], but
#: Senate Leader Calls It Dead on Arrival'; session 70).
CONTRASTED_HEADLINES = True
#: Whether tagged contents that only a space separates are one content ('voted [to accept] [the deal]'),
#: as `JOINED_SOURCES` does for sources (session 68).
JOINED_CONTENTS = True
#: Whether a tagged content opened by 'that' is not joined to a span before it that is who was told, the object
#: of 'to' or a dative ('said in a letter to [owners] [that safety was ...]'; session 69).
ADDRESSEES_APART = True
#: Whether a tagged content that is a relative clause on a noun of the tagged content a few words before
#: is joined to it: what was approved is 'a bill ... that would open indigenous lands to mining', not the
#: clause alone as a content of its own (session 69).
RELATIVE_JOINS = True
#: Whether a tagged content that is a participle clause after a comma, of no speech verb, is left out as a
#: content of the cue before it ('..., officials from Qatar said, [allowing more hostages to be released]': what
#: the truce allows; session 69).
PARTICIPLE_TAILS = True
#: Whether a tagged cue 'in protest against / at' (or 'in support of', 'in opposition to') hanging on a verb
#: is that verb's subject's ('Farmers blocked roads in protest against the plans'; session 68).
PROTEST_NOUNS = True
#: Whether a tagged cue in a preposition after a verb's object ('has taken [the city council] [to court
#: over] its decision') has the verb's subject as its source, not the object tagged nearest (session 68).
OBJECTS_NOT_SOURCES = True
#: Whether a tagged content that is an infinitive describing a noun ('A plan [to add 120 miles of bike lanes]
#: has divided the council, with supporters saying ...') is left out for a cue after it (session 68).
NOUN_INFINITIVES = True
#: Whether a tagged cue inside the clause of a question put to someone is left out ('Asked whether he still
#: [expected] the deal to pass, Morrow said he did': what the reporter asked, not what Morrow expects; session 70).
QUESTIONED_CUES = True
#: Whether a tagged cue that is a verb of no speech or belief after a modal, whose subject is a law or a plan, is
#: left out ('The House bill, sponsored by Rep. Earline Buford and Rep. Scott Ainsworth, [would cover]
#: adults earning up to ...': no one's words; session 70).
THINGS_THAT_WOULD = True
#: Whether a tagged cue with no source, after a noun that can speak which the parse made a conjunct of an object,
#: has that noun as its speaker ('supporters say will bring 900 jobs and [critics] call it a gift'; session 70).
CONJ_NOUN_SOURCES = True
#: Whether a tagged content that is the dateline of its paragraph ('CEDAR RIDGE, Colo') is left out (session 70).
DATELINE_CONTENTS = True
#: Whether a tagged content that opens with the speaker the rules read for its cue starts after it ('Okafor is
#: accused by [US prosecutors of misleading investors]': 'of misleading investors'; session 70).
SPEAKERS_OUT_OF_CONTENTS = True
#: Whether a tagged content stops at a sentence's end before a quotation the rules read ('called the measure "a
#: travel ban with a new map." "We've seen this movie before," she argued.'; session 70).
QUOTES_AFTER_SENTENCES = True
#: The same for a tagged content after its cue that is the object of another verb after the cue ('overruling an
#: inspector's recommendation and angering [environmental campaigners]'; session 70).
OTHER_OBJECTS_AFTER = True
#: Whether a tagged content that stops on a modifier of the noun right after it runs on to that noun ('vow to
#: fight [Castellmar's ban on holiday] lets'; session 70).
CUT_NOUN_HEADS = True
#: Whether a tagged content before its cue that is the object of another verb before it ('with some welcoming
#: [the barrier] and others saying it would cut cattle off') is left out for that cue (session 70).
OTHER_OBJECTS_BEFORE = True
#: Whether a tagged content loses the prepositions, conjunctions and articles it ends in ('Greek Lawmakers
#: Back [Bailout Deal Despite] Protests'), as a tagged source does (`SOURCE_EDGES`; session 68).
CONTENT_LOOSE_ENDS = True
#: Whether a tagged noun cue of calling with no owner that is rejected or ignored ('rejecting [calls] for him
#: to step down') has no speaker: the nearest tagged source is the one rejecting, or the one called on
#: (session 68).
REJECTED_CALLS = True
#: The same for 'faces calls' ('Health Minister [Faces Calls] to Resign'), not the minister's (session 69).
FACED_CALLS = True
#: Whether a tagged content after its cue that is the clause of another verb between them, no speech or
#: belief verb, is left out ('Opposition parties demanded her resignation after it emerged [that doses had sat
#: in warehouses]'; session 69).
OTHER_CLAUSES = True
#: Whether a tagged content stops before 'and' and the speaker of a rules' statement whose cue lies inside it
#: ('with two councils backing [the move and two vowing to fight it]': the move; session 69).
OVER_STATEMENTS = True
#: Whether a tagged content in a title-case headline stops before a preposition that starts the headline's
#: circumstance ('Council Approves [Homeless Shelter] Over Neighbours' Objections'; session 68).
HEADLINE_PREPOSITIONS = True
_TITLE_PREPOSITION = re.compile(r"\s(?:Over|Despite|Amid|After|Following|Ahead\s+of|Before)\s")
#: Whether a headline's content also stops before an 'as' or 'while' clause ('Pope Calls for [Peace Talks] as
#: Fighting Spreads'), not before 'as part of' or 'as well' (session 69).
HEADLINE_CLAUSES = True
_TITLE_CLAUSE = re.compile(r"\s(?:[Aa]s|[Ww]hile)\s(?!(?:[Pp]art|[Ww]ell|[Aa]n?|[Tt]he)\s)")
#: Whether a tagged cue that is the verb of a zero relative clause the parse hung on its plural subject has that
#: subject as its source ('a step [officials] estimated would cost ...', not a patient of the participle; session 74).
ZERO_RELATIVE_SOURCES = True
#: Whether a tagged cue that is only a modal ('The plan, backed by the chief executive, [would] add four clubs') is
#: left out with its contents (session 74).
MODAL_CUES = True
#: Whether a tagged content that is the question put to a speaker ('Pressed by Mr Polden on [whether she would
#: resign], she said she had no plans to') is left out (session 74).
QUESTION_CONTENTS = True
#: Whether a tagged source in the headline that runs over a subordinating word keeps only the words after it
#: ('[Residents pack town hall as council] defends plan to sell ...': the council; session 74).
HEADLINE_SOURCE_CLAUSES = True
_CALL_NOUNS = frozenset("call demand request appeal plea".split())
_REJECTING = frozenset("reject rebuff dismiss ignore resist defy brush spurn".split())
_LOOSE_WORDS = frozenset("despite over as amid after with for in on at to of and but or the a an from by against "
                         "while because".split())
#: Nouns whose infinitive is what someone decided or asked ('made a decision [to grant a request]'; PolNeAR).
_ACT_NOUNS = frozenset("decision ruling vote order call request demand promise pledge threat offer vow refusal".split())
_PROTEST_NOUNS = frozenset({"protest", "support", "opposition", "defiance", "solidarity"})
#: ', but' and a speaker after a headline's content (`CONTRASTED_HEADLINES`).
_CONTRAST = re.compile(r"[\s,;]*(?:but|yet)\s+\S")
_SUBORDINATORS = frozenset("as while after because when since though although amid whereas".split())
#: Whether a tagged content stops at a line break: of a span that runs over one ('... Threaten
#: Blockade\n\nPORTHAVEN', a headline into the dateline) only the line nearest its cue is kept
#: (session 63); a tagged source too ('angering [rivals\n\nBy Omar Reyes]', session 66).
ONE_LINE = True
#: Whether a tagged source that is the noun a relative clause hangs on, when the tagged cue is that
#: clause's verb ('Pell is [a baker] who [has warned] ...'), is read as the clause's 'who': the
#: speaker is then whom the sentence says the noun describes (Pell), as for the rules
#: (`stance.extract.speakers.RELATIVE_ON_PREDICATE`; session 65).
RELATIVE_SOURCES = True
#: Whether tagged sources with only spaces between them are one source ('warnings from [its]
#: [neighbour Marovia]': the tagger splits a possessive off; the nearer piece, 'its', was the
#: speaker; session 65).
JOINED_SOURCES = True
#: Whether a tagged content that ends before the relative clause its cue stands in ('The council
#: passed [a toll] that drivers say is unfair') is left out: the clause's antecedent is not what the
#: speaker says; what they say follows the cue (session 65).
RELATIVE_ANTECEDENTS = True
#: Whether a tagged content without a verb that a comma joins to a tagged source after it ("[The
#: bill's sponsor], [Senator Olga Lind], argued ...") is left out: it describes the source, and is
#: not what anyone said (session 65).
SOURCE_DESCRIPTIONS = True
#: Whether a tagged cue that is a person's name is left out: the surname Said ('Democrat Amira [Said]
#: welcomed ...', "[Said]'s campaign") is no 'said'. A capitalised one-word cue inside the sentence
#: is a name when a possessive follows it or it continues a PERSON name that does not open the
#: sentence, outside a title-case headline (session 65).
NAMES_NOT_CUES = True
#: Whether a cue in the sentence before a tagged content is passed over when another tagged content
#: stands between them: the cue has its words already ('Said called [it "an act of courage."] [Her
#: campaign has spent ...]' had given the narration after it to Said; session 65). A quotation that
#: goes on, or words after a colon ('wrote about [him] last year:'), still take the cue.
CUES_SPENT = True
#: Whether a cue in the sentence before a tagged content must stand in its paragraph, unless a colon
#: leads into the content: a headline's cue ('... - Rights Group Cheers') had taken the body's first
#: sentence (session 65).
CUES_IN_PARAGRAPH = True


#: Whether the tagged source that holds the cue verb's subject in the parse is the cue's source, before
#: the one nearest to the cue ('Friends of the Valley, which had long opposed the route, praised the
#: cancellation, while the Rail Future campaign said ...': Friends of the Valley praised) (session 66).
SUBJECT_SOURCES = True
#: Whether a participle cue with no subject of its own takes the tagged source holding the subject of the verb
#: it hangs on, before a nearer source after it ('Governor Kathy Hochul vetoed the bill, [siding with] teachers'
#: unions [who] said ...'; session 69).
PARTICIPLE_SOURCES = True
#: Whether, of two subjects the parse gives the cue verb with a conjunction between them, `SUBJECT_SOURCES` takes the
#: one after it ('A majority of the council called on the mayor to resign, days after [a city audit] found ...';
#: session 76).
SECOND_SUBJECT_SOURCES = True


def _subject_source(art: Article, cue_head, nearest: tuple[int, TaggedSpan], sources: list[TaggedSpan]):
    """The (distance, source) pair of the tagged source that holds the parsed subject of the cue
    verb, when the source nearest the cue lies outside that subject's phrase ('Friends of the
    Valley, which ..., praised X, while [the campaign] said ...'); else ``nearest`` ('a screen image
    captured by [Outsports.com] showed ...' keeps the outlet) (`SUBJECT_SOURCES`)."""
    subj = next((t for t in (cue_head.children if cue_head is not None else []) if t.dep_ == "nsubj"), None)
    if SECOND_SUBJECT_SOURCES and cue_head is not None:
        # 'A majority of the council called on the mayor to resign, days after [a city audit] found ...', parsed as
        # two subjects of 'found': the one after the conjunction
        last = next((t for t in reversed(list(cue_head.lefts)) if t.dep_ == "nsubj"), subj)
        if subj is not None and any(t.dep_ == "mark" and subj.i < t.i < last.i for t in cue_head.lefts):
            subj = last  # (a conjunction between them: not 'the novice who ran against [Schultz] is reaping')
    if subj is None and CONJ_NOUN_SOURCES and cue_head is not None and cue_head.dep_ == "conj":
        noun = conj_noun_subject(cue_head)  # 'supporters say will bring 900 jobs and [critics] call it a gift'
        if noun is not None:
            return 0, TaggedSpan("Source", noun.idx, noun.idx + len(noun), 1.0)
    if subj is None and OBJECTS_NOT_SOURCES and cue_head is not None and cue_head.dep_ in ("pobj", "prep", "acl"):
        # 'A group of residents has taken [the city council] [to court over] its decision': the verb's subject
        verb = cue_head.head
        for _ in range(3):
            if (verb.pos_ == "VERB" and any(t.dep_ == "nsubj" for t in verb.children)) or verb.head.i == verb.i:
                break
            verb = verb.head
        obj = next((t for t in verb.children if t.dep_ == "dobj"), None)
        if verb.pos_ == "VERB" and obj is not None and obj.left_edge.idx <= nearest[1].start <= obj.idx:
            subj = next((t for t in verb.children if t.dep_ == "nsubj"), None)
            if subj is not None and not (subj.pos_ == "PROPN" or subj.lemma_.lower() in PERSON_NOUNS | BODY_NOUNS):
                subj = None  # ('[party procedures] give the chair authority to call ...': no one who speaks)
    if subj is None and PARTICIPLE_SOURCES and cue_head is not None and cue_head.tag_ == "VBG" \
            and cue_head.dep_ in ("advcl", "xcomp", "conj") and cue_head.head.i < cue_head.i \
            and nearest[1].start > cue_head.idx:
        # 'Hochul vetoed the bill, [siding with] teachers' unions [who] said ...': Hochul sides, not the unions
        verb = cue_head.head
        while verb.dep_ == "relcl" and verb.head.head.i != verb.head.i:
            verb = verb.head.head  # ('vetoed a bill that would have lifted the cap, siding with': 'vetoed')
        subj = next((t for t in verb.children if t.dep_ == "nsubj" and t.lower_ not in ("that", "which", "who")),
                    None)
    if subj is None:
        return nearest
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    if lo <= nearest[1].start < hi:
        if SUBJECT_HEADS_BEFORE and lo < nearest[1].start and subj.idx < nearest[1].start and nearest[1].end <= hi \
                and subj.pos_ in ("NOUN", "PROPN") and subj.left_edge.i <= subj.i:
            # 'Councillors in [the Spanish coastal city of Castellmar] voted': the councillors vote
            return nearest[0], replace(nearest[1], start=lo)
        return nearest
    holder = next((s for s in sources if s.start <= subj.idx < s.end), None)
    return (0, holder) if holder is not None else nearest


#: Whether a tagged source inside the phrase of the cue's parsed subject but after its head word takes in the
#: phrase from its start ('Councillors in [the Spanish coastal city of Castellmar] voted ...'; session 70).
SUBJECT_HEADS_BEFORE = True
#: Whether a tagged cue that is a participle or an infinitive of purpose with no tagged source and no
#: subject of its own ('The court struck down the ban, ruling that ...', 'Fraser became the first member
#: of her party to oppose the act') has the subject of the verb it hangs on as its speaker (session 66).
PARTICIPLE_SUBJECTS = True
#: Whether `PARTICIPLE_SUBJECTS` holds for a participle after 'after', 'before', 'by', 'while', 'since'
#: or 'without' too, through the verbs it hangs on ('Teachers voted to walk out after [rejecting] the
#: offer': the teachers rejected it) (session 67).
PREP_PARTICIPLE_SUBJECTS = True
_PARTICIPLE_PREPS = frozenset({"after", "before", "by", "while", "since", "without", "upon", "on"})


def _prep_participle_subject(cue_head):
    """The subject of the verb a participle after a preposition hangs on, through at most three
    infinitives or clauses without a subject of their own ('voted to walk out after rejecting'), else
    None (`PREP_PARTICIPLE_SUBJECTS`)."""
    if cue_head.tag_ != "VBG" or cue_head.dep_ != "pcomp" or cue_head.head.lower_ not in _PARTICIPLE_PREPS:
        return None
    h = cue_head.head.head
    for _ in range(4):
        subj = next((t for t in h.children if t.dep_ == "nsubj"), None)
        if subj is not None or h.dep_ not in ("xcomp", "advcl", "conj") or h.head is h:
            return subj
        h = h.head
    return None


#: Whether a tagged cue that names a thing ('The law, known as Senate Bill 211,', 'a group calling itself Keep
#: Brackenfield Rural') gives no statement (session 72).
NAMING_CUES = True


def _naming_cue(art: Article, cue: TaggedSpan, content: tuple[int, int]) -> bool:
    """Whether a tagged cue names a thing rather than saying something, for `NAMING_CUES`."""
    word = art.text[cue.start:cue.end].strip().lower()
    after = art.text[cue.end:cue.end + 12].lower()
    if word in ("known", "also known", "known as", "also known as"):
        return word.endswith(" as") or after.lstrip().startswith("as ")  # (not 'dubbed the levy "a tax"': a view)
    return word.split()[-1:] in (["calling"], ["called"], ["calls"]) and re.match(
        r"\s*(?:itself|themselves|himself|herself)\b", art.text[content[0]:content[1]] if content[0] >= cue.end
        else after) is not None


#: Whether a tagged content that gives why a source was not named ('because he was not authorised to talk to the
#: media'), or that is only a person's name after 'according to' and a comma ('according to his wife, Katarina
#: Lessandro'), is no statement (session 72).
ANONYMITY_REASONS = True
NAME_CONTENTS = True
#: Whether a tagged cue of the first paragraph that is a plural noun as much as a verb, read by the parse as a noun
#: ('Climate [talks] stall over adaptation finance'), is no cue (session 73).
HEADLINE_NOUN_CUES = True
#: Plural nouns that are also a speech verb's third person ('talks', 'claims'), for `HEADLINE_NOUN_CUES`.
_NOUN_CUES = frozenset("talks claims calls warnings fears hopes demands pleas pledges vows promises threats".split())


def _subject_noun_cue(art: Article, cue) -> bool:
    """Whether a tagged cue is one word in lower case of `_NOUN_CUES` that the parse reads as a noun subject or as a
    word with a common noun compound on it (`HEADLINE_NOUN_CUES`; not 'Government [scraps] ferry route')."""
    toks = [t for t in art.tokens_between(cue.start, cue.end) if not t.is_punct]
    if len(toks) != 1 or toks[0].text not in _NOUN_CUES:
        return False
    t = toks[0]
    return (t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass")) or any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < t.i for c in t.children)


#: Whether a tagged content that is the anonymity a source was granted ('speaking on condition of [anonymity because the
#: talks are confidential]') is no statement (session 73).
ANONYMITY_OBJECTS = True
#: Whether a tagged content that is the condition a source spoke on ('speaking on [condition of anonymity because he
#: was not authorised to comment]') is left out (session 76).
ANONYMITY_CONDITIONS = True
_ANONYMITY_CONDITION = re.compile(r"(?:the\s+)?(?:condition|terms|grounds)s?\s+(?:of\s+anonymity|that\s+(?:he|she|they"
                                  r"|it|the\s+\w+)\s+(?:not\s+be|was\s+not|were\s+not)\s+(?:named|identified))"
                                  r"(?:\s*$|\s*[,.;]|\s+(?:because|as|since|to|while|for)\b)", re.IGNORECASE)
# (not 'mused on condition of anonymity [that they are "uncovered eyes ..."]': what follows is said)
_ANONYMITY_REASON = re.compile(r"(?:because\s+)?(?:he|she|they|the\s+\w+)\s+(?:was|were|is|are|had)\s+"
                               r"(?:not|n[o']t\s+been)\s+(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+"
                               r"(?:speak|talk|discuss|comment)\b", re.IGNORECASE)
#: Whether a tagged source that ends in a preposition, conjunction or article ('The British government
#: on' of 'The British government on Monday cancelled ...') loses that word (session 66).
SOURCE_EDGES = True
#: Whether a passive participle cue after a noun, with no agent ('A former city councillor [accused] of diverting
#: grants', 'The plan, [estimated] to cost 4 billion, was presented by the deputy mayor'), has no speaker: not the
#: noun (the one accused) nor the nearest tagged source (session 71).
PARTICIPLE_PATIENTS = True
#: Whether `PARTICIPLE_PATIENTS` holds for the subject of a passive cue too ('[Staff at the hospital] were told of
#: the decision': they were told; session 71).
PASSIVE_PATIENTS = True
#: Passive cues whose subject is the one who speaks ('was quoted as saying', 'was heard telling'), and cues the
#: parse takes for a participle after a newspaper's name ('the Chosun Ilbo, South Korea's largest newspaper,
#: reported').
_HEARD_SPEAKING = frozenset("quote hear overhear record film catch report see".split())


#: Whether a tagged content before its cue that is a participle clause with no subject, hung on the cue's verb
#: ('[Sentencing him], Judge Alison Threlkeld said ...', '[Speaking outside the court], she said ...'), is left
#: out: what the speaker did, not said (session 71).
FRONTED_PARTICIPLES = True


def _fronted_participle(art: Article, content: tuple[int, int], cue: TaggedSpan) -> bool:
    """Whether a content is a subjectless '-ing' clause hung on the cue's verb (`FRONTED_PARTICIPLES`)."""
    nl = art.text.rfind("\n", content[0], content[1])
    if nl >= 0:  # (a tagged content over a line break: its line nearest the cue, as `ONE_LINE` keeps)
        content = (nl + 1, content[1])
    head, cue_head = _head(art, content), _head(art, (cue.start, cue.end))
    return head is not None and cue_head is not None and (head.tag_ == "VBG" or head.lower_.endswith("ing")) \
        and head.dep_ == "advcl" \
        and head.head.i == cue_head.i and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in head.children)


#: Whether a tagged cue parsed as a participle on its source noun still says the tagged content when that content
#: comes before the source ('[Single bus fares will rise], the district's main operator [announced] on Monday') or
#: opens with 'that' ('Its chairman, Hendrik Vos, later [posted] on social media [that ...]'; session 73).
SAYING_PARTICIPLES = True


def _patient_source(cue_head, span: tuple[int, int], content: tuple[int, int] | None = None) -> bool:
    """Whether a cue is a passive participle after a noun with no agent, or a passive verb whose subject is
    in the source span ('Staff [were told] of the decision'; not 'was quoted as saying'), with no agent of its
    own."""
    if cue_head is None or cue_head.tag_ != "VBN" or any(c.dep_ == "agent" for c in cue_head.children):
        return False
    if cue_head.lemma_.lower() in _HEARD_SPEAKING:
        return False  # ('the Chosun Ilbo, South Korea's largest newspaper, [reported]', parsed as a participle)
    if cue_head.dep_ == "acl":  # ('The plan, [estimated] to cost 4 billion, was presented by Brandtvik': not hers)
        if SAYING_PARTICIPLES and content is not None and (
                content[1] <= span[0] or re.match(r"that\s", cue_head.doc.text[content[0]:content[0] + 5])):
            return False  # ('[fares will rise], the operator [announced]', 'Its chairman [posted] [that ...]': said)
        return True
    if not any(c.dep_ == "auxpass" for c in cue_head.children):
        return False
    return PASSIVE_PATIENTS and any(c.dep_ == "nsubjpass" and span[0] <= c.idx < span[1] for c in cue_head.children)


#: Whether a tagged source that ends in the finite verb its subject governs ('Hundreds of dockworkers walked' of
#: '... walked off the job in protest against plans') loses the verb (session 71).
SOURCE_VERB_ENDS = True


def _without_loose_end(art: Article, span: TaggedSpan) -> TaggedSpan | None:
    """A tagged source without the prepositions, conjunctions and articles it ends in; None when
    nothing is left."""
    toks = art.tokens_between(span.start, span.end)
    while toks and (toks[-1].pos_ in ("ADP", "CCONJ", "SCONJ", "DET") or toks[-1].text in (",", ";", ":")) \
            and toks[-1].tag_ != "POS" and toks[-1].lower_ not in ("by", "of", "for"):
        # ('the page run by', 'the Secretary of': the name goes on after the span, not before it)
        toks = toks[:-1]
    if SOURCE_VERB_ENDS and len(toks) > 1 and toks[-1].pos_ in ("VERB", "AUX") \
            and toks[-1].tag_ in ("VBD", "VBZ", "VBP") and toks[-1].dep_ not in ("relcl", "acl") \
            and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == toks[-1].i for t in toks):
        toks = toks[:-1]  # 'Hundreds of dockworkers walked' (off the job in protest against ...): the dockworkers
    if not toks:
        return None
    end = toks[-1].idx + len(toks[-1])
    return span if end >= span.end else replace(span, end=end)


#: Whether a tagged content outside an 'as' clause is left out when the clause's cue has words of its own
#: ('[Hospital merger wins approval] as nurses warn of cuts'; session 66).
AS_CLAUSE_CONTENTS = True

#: Whether a tagged content that is the parsed subject of its own cue is left out: it is the source
#: ('[A federal judge] on Thursday ordered a halt to logging', tagged as a content of 'ordered') (session 67).
SUBJECTS_NOT_CONTENTS = True
#: The same where the cue is a participle on that verb ('[The mayor of Leeds] threw her support behind the
#: charge, calling it ...', tagged as a content of 'calling'; session 69).
PARTICIPLE_CUE_SUBJECTS = True
#: Whether a tagged content is left out when a cue the tagger marked too weakly to keep stands between it
#: and the cue it would go to ('the union announced on Friday, [ending] [a dispute that closed schools]':
#: what ended, not what was announced; session 69).
WEAK_CUES_BETWEEN = True


def _cue_subject(art: Article, cue: TaggedSpan, content: tuple[int, int]) -> bool:
    """Whether ``content`` is headed by the subject of the cue's head verb, before the cue, a word for a
    person or a body ('judge', 'council'; `SUBJECTS_NOT_CONTENTS`)."""
    head = _head(art, (cue.start, cue.end))
    root = _head(art, content)
    if PARTICIPLE_CUE_SUBJECTS and head is not None and head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp") \
            and head.head.i < head.i:
        head = head.head  # ('[The mayor] threw her support behind it, calling it ...': the subject of 'threw')
    return (head is not None and root is not None and root.dep_ == "nsubj" and root.head.i == head.i
            and content[1] <= cue.start and head.pos_ in ("VERB", "AUX") and root.pos_ == "NOUN"
            and root.lemma_.lower() in PERSON_NOUNS | BODY_NOUNS)


#: Whether a tagged content that starts where a rule's content with the same cue starts is left out when
#: it runs on into an 'as' or 'while' clause, or over another rule statement's cue or speaker: the rules
#: stopped it there on purpose ('said [it stood with the teachers], while a smaller group urged ...',
#: '[Moldavia] rejects [border deal] as envoy walks out'), and the two would be one statement twice; the
#: tagger's longer reading through 'after', 'because' or 'when' is PolNeAR's as often (session 67).
SAME_START_CUTS = True


def _rules_cut(art: Article, existing: list[Candidate], start: int, end: int, cue: TaggedSpan) -> bool:
    """Whether a rule's candidate starts at ``start`` with a cue that overlaps ``cue``, and ``start:end``
    runs past its end into an 'as', 'while' or 'whereas' clause (not 'as part of'), or into another rule
    candidate's cue or speaker, with at most a comma and a conjunction between (`SAME_START_CUTS`)."""
    ends = [c.end for c in existing if c.start == start and c.frame is not None and c.frame.cue is not None
            and c.frame.cue[0] < cue.end and cue.start < c.frame.cue[1]]
    if not ends:
        return False
    for e in ends:
        m = _SUBORDINATE_TAIL.match(art.text, e, end) if e < end else None
        word = art.doc.char_span(m.end() - len(m.group(1)), m.end()) if m else None
        if word is not None and word[0].dep_ == "mark":
            return True  # '[Moldavia] rejects [border deal] as Veltrian envoy walks out': not '... as Veltrian'
        m = _AND_TAIL.match(art.text, e, end) if CONJ_NOUN_SOURCES and e < end else None
        toks = art.tokens_between(m.end(), end) if m else []
        if len(toks) > 1 and getattr(conj_noun_subject(toks[1]), "i", None) == toks[0].i:
            return True  # 'say [will bring 900 jobs] and critics call it a gift': the critics' words are theirs
    for c in existing:
        if c.frame is None:
            continue
        for x in (c.frame.cue, c.frame.speaker_span):
            if x is None or not (start <= x[0] and x[1] <= end):
                continue
            if any(e <= x[0] and _JOINER.fullmatch(art.text[e:x[0]]) for e in ends):
                return True
    return False


#: 'and' after the rules' content, before a noun that speaks ('... and critics call it a gift').
_AND_TAIL = re.compile(r"[\s,]*and\s+")
#: A tail that opens a clause of its own after the rules' content ('... as the envoy walks out').
_SUBORDINATE_TAIL = re.compile(r"[\s,]*(as|while|whereas)\b", re.IGNORECASE)
#: What stands between two clauses that the rules split: a comma and a conjunction.
_JOINER = re.compile(r"[\s,;]*(?:(?:and|but|while|whereas)\b\s*)?", re.IGNORECASE)


def _says_its_own(cue_head, content: tuple[int, int]) -> bool:
    """Whether a cue in an 'as' clause has its own object, clause or content preposition, and the
    content lies outside that clause (`AS_CLAUSE_CONTENTS`)."""
    if cue_head is None or cue_head.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in cue_head.children):
        return False
    lo, hi = cue_head.left_edge.idx, cue_head.right_edge.idx + len(cue_head.right_edge)
    if lo <= content[0] < hi:
        return False
    lemma = cue_head.lemma_.lower()
    return any(c.dep_ in ("ccomp", "dobj") or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPS.get(lemma, ()))
               for c in cue_head.children if c.lower_ != "it")


def _name_as_cue(art: Article, cue: TaggedSpan) -> bool:
    """Whether a tagged cue is a person's name (`NAMES_NOT_CUES`)."""
    toks = [t for t in art.tokens_between(cue.start, cue.end) if not t.is_punct]
    if len(toks) != 1 or not toks[0].text[:1].isupper():
        return False
    tok = toks[0]
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("'s", "’s"):
        return True  # "Said's campaign"
    if tok.is_sent_start or tok.i == 0:
        return False
    if not any(t.is_alpha and len(t) > 3 and t.text[0].islower() for t in tok.sent):
        return False  # a title-case headline: 'Trump Says He Will Win'
    if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "I":
        return False
    first = tok.i
    while first > 0 and tok.doc[first].ent_iob_ == "I":
        first -= 1
    return not tok.doc[first].is_sent_start  # ('Hauliers Threaten ...' opening a line: a misread headline)


def _describes_source(art: Article, span: tuple[int, int], sources: list[TaggedSpan]) -> bool:
    """Whether a tagged content is a description in apposition to a tagged source right after it:
    no verb and no quotation mark in it or at its edges, and only a comma between; the caller checks
    that it opens its sentence, which the end of a clause before a source ('... tax cuts, one study
    found') does not (`SOURCE_DESCRIPTIONS`)."""
    cs, ce = span
    if not any(s.start >= ce and art.text[ce:s.start].strip() == "," for s in sources):
        return False
    if any(ch in DOUBLE_MARKS for ch in art.text[max(0, cs - 1):ce + 2]):
        return False  # '"Disgraceful," Trump tweeted': a quotation, not a description
    return not any(t.pos_ in ("VERB", "AUX") for t in art.tokens_between(cs, ce))


def _joined(art: Article, spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """Sources that only spaces separate, joined into one span, scored as the lower of the two; across
    a comma that ends the first only when the second stands in apposition to it ('[the Global Times,]
    [one of China's official papers,]'), not when it is a clause's subject ('According to [an online
    poll,] [most readers] want ...') (`JOINED_SOURCES`)."""
    text = art.text
    out: list[TaggedSpan] = []
    for s in sorted(spans, key=lambda x: x.start):
        if out and not text[out[-1].end:s.start].strip(" ") and (
                text[out[-1].end - 1].isalnum() or _in_apposition(art, (out[-1].start, out[-1].end), (s.start, s.end))):
            last = out[-1]
            out[-1] = replace(last, end=max(last.end, s.end), score=min(last.score, s.score))
        else:
            out.append(s)
    return out


def _rejected_call(cue_head) -> bool:
    """Whether a tagged cue is a noun of calling or demanding with no owner, the object of a verb of
    rejecting or ignoring ('rejecting [calls] for him to step down') (`REJECTED_CALLS`)."""
    return cue_head is not None and cue_head.pos_ == "NOUN" and cue_head.lemma_.lower() in _CALL_NOUNS \
        and cue_head.dep_ == "dobj" and cue_head.head.lemma_.lower() in _REJECTING \
        and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in cue_head.children)


def _next_statement_start(art: Article, existing: list[Candidate], start: int, end: int) -> int | None:
    """Where a tagged content ``start:end`` should end when it runs over the speaker and the cue of a rules'
    statement after 'and' ('[the move and two vowing to fight it]': before ' and two'), else None
    (`OVER_STATEMENTS`)."""
    for c in existing:
        f = c.frame
        if f is None or f.cue is None or f.speaker_span is None:
            continue
        ss = f.speaker_span[0]
        if start < ss and f.speaker_span[1] <= f.cue[0] and f.cue[1] <= end:
            m = re.search(r"[\s,;]*\band\s*$", art.text[start:ss])
            if m is not None and m.start() > 0:
                return start + m.start()
    return None


def _quote_after_sentence(art: Article, existing: list[Candidate], start: int, end: int) -> int | None:
    """Where a tagged content ``start:end`` should end when a quotation of the rules' opens inside it after the end
    of a sentence ('the measure "a travel ban with a new map." ["We've seen this movie before,"]'), else None
    (`QUOTES_AFTER_SENTENCES`)."""
    for c in sorted(existing, key=lambda c: c.start):
        if c.kind != "direct" or not start < c.start < end:
            continue
        m = _SENTENCE_END.search(art.text, start, c.start)
        if m is not None:
            return m.end(1)
    return None


#: A sentence's end and the opening mark of a quotation after it.
_SENTENCE_END = re.compile(r"([.!?][\"”’']*)\s+[\"“‘']$")


def _faced_call(cue_head) -> bool:
    """Whether a tagged cue is 'faces calls' ('Health Minister Faces Calls to Resign'): the callers are not
    named (`FACED_CALLS`)."""
    return cue_head is not None and cue_head.lemma_.lower() == "face" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CALL_NOUNS | {"calls", "demands"} for c in cue_head.children)


def _clause_of_other_verb(art: Article, cue_head, content: tuple[int, int]) -> bool:
    """Whether a tagged content after its cue is the clause of another verb between them that is no cue
    ('demanded her resignation after it [emerged] [that doses had sat in warehouses]'; `OTHER_CLAUSES`)."""
    root = _head(art, content)
    if cue_head is None or root is None or root.dep_ != "ccomp" or root.head.i == cue_head.i:
        return False
    verb = root.head
    return cue_head.i < verb.i < root.i and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() not in SPEECH_LEMMAS | BELIEF_LEMMAS and verb.dep_ != "conj"


def _without_loose_words(text: str, start: int, end: int) -> int:
    """The end of a tagged content without the prepositions, conjunctions and articles it ends in, keeping
    at least `_MIN_WORDS` words (`CONTENT_LOOSE_ENDS`)."""
    while len(text[start:end].split()) > _MIN_WORDS:
        m = re.search(r"\s+([A-Za-z]+)$", text[start:end])
        if m is None or m.group(1).lower() not in _LOOSE_WORDS:
            break
        end = start + m.start()
    return end


def _noun_infinitive(art: Article, content: tuple[int, int]) -> bool:
    """Whether a tagged content is an infinitive that describes a noun before it ('A plan [to add bike
    lanes]'), and the noun is no cue (`NOUN_INFINITIVES`)."""
    head = _head(art, content)
    return head is not None and head.dep_ == "acl" and head.head.i < head.i and head.head.pos_ == "NOUN" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
        and head.head.lemma_.lower() not in CLAIM_NOUNS | SPEECH_LEMMAS | _ACT_NOUNS


def _joined_contents(art: Article, spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """Contents that only spaces separate (not a line break) joined into one span scored as the lower of
    the two ('voted [to accept] [the deal]'); a first span without letters ('voted [364-242]') stays alone
    (`JOINED_CONTENTS`)."""
    text = art.text
    out: list[TaggedSpan] = []
    for s in sorted(spans, key=lambda x: x.start):
        last = out[-1] if out else None
        if last is not None and s.start > last.end and not text[last.end:s.start].strip(" ") \
                and text[last.end - 1].isalnum() and text[s.start].isalnum() \
                and any(ch.isalpha() for ch in text[last.start:last.end]) \
                and not (ADDRESSEES_APART and _opens_that_clause(art, s.start) and _addressee(art, last)):
            out[-1] = replace(last, end=s.end, score=min(last.score, s.score))
        elif RELATIVE_JOINS and last is not None and s.start > last.end and _relative_of(art, s.start, last) \
                and len(text[s.start:s.end].split()) >= 2:
            out[-1] = replace(last, end=s.end, score=min(last.score, s.score))
        else:
            out.append(s)
    return out


def _after_subordinator(art: Article, span: tuple[int, int]) -> tuple[int, int]:
    """The words of a tagged source after the last subordinating word inside it (`HEADLINE_SOURCE_CLAUSES`)."""
    s, e = span
    last = None
    for m in re.finditer(r"\S+", art.text[s:e]):
        if m.start() > 0 and m.group().lower() in _SUBORDINATORS:
            last = m
    if last is None or not art.text[s + last.end():e].strip():
        return span
    return art.trim(s + last.end(), e)


def _title_case_headline(art: Article) -> bool:
    """Whether the first paragraph is a headline in title case: no closing punctuation, at most 20 words, most
    of them capitalised (`HEADLINE_CLAUSES`; not an agency story's first paragraph)."""
    if not art.paragraphs:
        return False
    head = art.text[art.paragraphs[0][0]:art.paragraphs[0][1]].strip()
    words = re.findall(r"[A-Za-z][\w'’-]*", head)
    return bool(words) and len(words) <= 20 and not re.search(r"[.!?]['’”\")]*$", head) \
        and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _relative_of(art: Article, start: int, last: TaggedSpan) -> bool:
    """Whether the text at ``start`` opens a relative clause on a noun of span ``last``, a few words before
    with no punctuation between ('approved [a bill] on Tuesday night [that would open ...]';
    `RELATIVE_JOINS`)."""
    gap = art.text[last.end:start]
    toks = art.doc.char_span(start, start + 5, alignment_mode="expand")
    if toks is None or "\n" in gap or any(ch in gap for ch in ",;:()\"-–—") or len(gap.split()) > 4:
        return False
    rel = toks[0]
    verb = rel.head
    return rel.lower_ in ("that", "which", "who") and rel.dep_ in ("nsubj", "nsubjpass", "dobj") \
        and verb.dep_ == "relcl" and last.start <= verb.head.idx < last.end


def _comma_participle(tok, deps: tuple[str, ...]) -> bool:
    """Whether ``tok`` is a participle after a comma, of no speech or belief verb, that opens a clause of its
    own on a verb before it (', ending a dispute', 'said, allowing more aid to enter')."""
    return tok is not None and tok.tag_ == "VBG" and tok.dep_ in deps and tok.head.i < tok.i and tok.i > 0 \
        and tok.doc[tok.i - 1].text == "," and tok.lemma_.lower() not in SPEECH_LEMMAS | BELIEF_LEMMAS


def _participle_clause(art: Article, cue: TaggedSpan) -> bool:
    """Whether a tagged cue is such a participle (`_comma_participle`; `WEAK_CUES_BETWEEN`)."""
    return _comma_participle(_head(art, (cue.start, cue.end)), ("advcl", "conj"))


def _participle_tail(art: Article, start: int) -> bool:
    """Whether the text at ``start`` opens with such a participle (`_comma_participle`; `PARTICIPLE_TAILS`)."""
    toks = art.tokens_between(start, start + 1)
    return bool(toks) and _comma_participle(toks[0], ("advcl", "xcomp", "conj"))


def _addressee(art: Article, span: TaggedSpan) -> bool:
    """Whether a tagged span is who was told: the object of 'to' ('in a letter to [owners]') or of a verb's
    dative (`ADDRESSEES_APART`)."""
    head = _head(art, (span.start, span.end))
    return head is not None and (head.dep_ == "dative" or (head.dep_ == "pobj" and head.head.lower_ == "to"))


def _opens_that_clause(art: Article, start: int) -> bool:
    """Whether the text at ``start`` is a 'that' marking a clause (`ADDRESSEES_APART`)."""
    tok = art.doc.char_span(start, start + 4)
    return tok is not None and tok[0].lower_ == "that" and tok[0].dep_ in ("mark", "det")  # (det: a misparse)


def _in_apposition(art: Article, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether the head of span ``second`` is in apposition to a word of span ``first``."""
    head = _head(art, second)
    return head is not None and head.dep_ == "appos" and first[0] <= head.head.idx < first[1]


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> float:
    """Share of start:end that the spans cover."""
    if end <= start:
        return 1.0
    got = 0
    for s, e in spans:
        got += max(0, min(e, end) - max(s, start))
    return min(1.0, got / (end - start))


def _line_nearest(text: str, start: int, end: int, cue_start: int, cue_end: int) -> tuple[int, int]:
    r"""The line of text[start:end] nearest the cue at cue_start:cue_end (the first of two as near).

    Example:
        >>> text = "Mayor Threatens Blockade\n\nPORTHAVEN - The toll rose."
        >>> _line_nearest(text, 16, 35, 6, 15)
        (16, 24)
    """
    best = None
    lo = start
    while lo < end:
        hi = text.find("\n", lo, end)
        hi = end if hi < 0 else hi
        if text[lo:hi].strip():
            dist = max(0, lo - cue_end, cue_start - hi)
            if best is None or dist < best[0]:
                best = (dist, lo, hi)
        lo = hi + 1
    return (best[1], best[2]) if best else (start, end)


class _Sentences:
    def __init__(self, doc):
        self.starts = [s.start_char for s in doc.sents]

    def of(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)


def _kind(art: Article, cue_head, source_span, content: tuple[int, int]) -> str:
    if QUESTIONS_PUT and _question_put(cue_head):
        return "question"
    if cue_head is not None and cue_head.lemma_.lower() in BELIEF_LEMMAS:
        return "belief"
    if source_span is not None:
        head = _head(art, source_span)  # 'a survey by the chamber' -> survey
        if head is not None and head.lemma_.lower() in DOCUMENT_NOUNS and head.ent_type_ != "PERSON":
            return "document"
    cs, ce = content
    inner = art.quotes_inside(cs, ce)
    if inner:
        whole = any(art.quotes[qi].start <= cs + 1 and art.quotes[qi].end >= ce - 1 for qi in inner)
        return "direct" if whole else "mixed"
    return "indirect"


def _head(art: Article, span: tuple[int, int]):
    sp = art.doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None or len(sp) == 0:
        return None
    return sp.root


def _with_cut_head(art: Article, cs: int, ce: int) -> int:
    """The end of a content that stops on a modifier of the noun right after it, taken to that noun's end
    ('to fight the ban on holiday' + 'lets'; `CUT_NOUN_HEADS`)."""
    toks = art.tokens_between(cs, ce)
    if not toks:
        return ce
    last = toks[-1]
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if nxt is None or last.dep_ not in ("compound", "amod") or last.head.i != nxt.i or nxt.is_punct \
            or nxt.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "conj") or nxt.idx < ce:
        return ce
    return nxt.idx + len(nxt)


def _in_question_put(cue_head) -> bool:
    """Whether a cue lies in the clause of a question put to someone ('Asked whether he still [expected] ...';
    `QUESTIONED_CUES`)."""
    return cue_head is not None and any(a.lemma_.lower() in ASKING_LEMMAS and _question_put(a)
                                        for a in cue_head.ancestors)


def _thing_that_would(art: Article, cue: TaggedSpan) -> bool:
    """Whether a tagged cue is a verb of no speech or belief after a modal, whose subject is a law or a plan ('The
    bill ... would cover adults'; `THINGS_THAT_WOULD`)."""
    head = _head(art, (cue.start, cue.end))
    if head is None or head.pos_ != "VERB" or head.lemma_.lower() in SPEECH_LEMMAS | BELIEF_LEMMAS:
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None and head.dep_ == "conj" and head.head.pos_ == "VERB":
        subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)  # 'would apply ... and would require'
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in _LAW_NOUNS


#: What a legislature or a government passes or signs, which does what it says but says nothing (`THINGS_THAT_WOULD`).
_LAW_NOUNS = frozenset("""bill measure law legislation proposal ordinance amendment plan policy deal agreement treaty
package scheme regulation rule initiative""".split())


def _apart_from_cue(verb, cue_head, cue: TaggedSpan) -> bool:
    """Whether a verb after a cue is an act of its own, not part of what the cue says: coordinated with a word of
    the cue ('overruling X and angering Y', 'responded by calling X ... and announcing Y') or outside its phrase;
    not its complement ('voted to accept Y')."""
    if cue_head is None or verb.idx <= cue_head.idx:
        return False
    if verb.dep_ == "conj" and (cue.start <= verb.head.idx < cue.end or verb.head.pos_ in ("NOUN", "PROPN")):
        return True  # (or, misparsed, coordinated with the cue's object: 'overruling [advice] and angering')
    return not any(a.i == cue_head.i for a in verb.ancestors)


def _object_of_other_verb(art: Article, content: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Whether a content is the direct object of a verb before it that is not the cue's (`OTHER_OBJECTS_BEFORE`)."""
    head, cue_head = _head(art, content), _head(art, cue)
    return head is not None and cue_head is not None and head.dep_ == "dobj" and head.head.pos_ == "VERB" \
        and head.head.i != cue_head.i and head.head.idx < content[0]


def _rule_reading_stands(frame: Frame, span: tuple[int, int], existing: list[Candidate]) -> bool:
    """Whether a tagged content that shares the cue of a rule's noun frame only restates the rules'
    reading: it overlaps their speaker ("[Ada Price's] claim", 'the bill drew criticism from
    [teachers' unions]'), or, for a claim noun ("the mayor's claim that ..."), it holds their content
    and runs on past it ("the mayor's claim that [the budget was balanced] was disputed"). For a
    verb's frame, or 'according to', the tagger's reading is as often the right one (PolNeAR dev; 'according
    to X, the ranger, [the park lies ...]', where the parse takes the park into the speaker's name)."""
    if frame.verb is None or frame.verb.pos_ != "NOUN":
        return False
    cs, ce = span
    sp = frame.speaker_span
    if sp is not None and cs < sp[1] and sp[0] < ce:
        return True
    if frame.verb.lemma_.lower() not in CLAIM_NOUNS:
        return False
    return any(c.frame is frame and cs <= c.start and c.end <= ce for c in existing)


def _is_dateline(art: Article, span: tuple[int, int]) -> bool:
    """Whether a tagged source is the dateline that opens its paragraph ('NORTHBRIDGE - ')."""
    ps, _ = art.para_bounds(span[0])
    m = match_dateline(art.text[ps:ps + 80])
    return m is not None and (span[0] - ps <= 1 or DATELINE_TAILS) and span[1] <= ps + m.end()


#: Whether a tagged source that starts inside the paragraph's dateline, not at its first word, is the dateline
#: too, or loses it ('LIMA, [Peru - Peru's government]' -> "Peru's government"; session 70).
DATELINE_TAILS = True


def _without_dateline(art: Article, span: tuple[int, int]) -> tuple[int, int]:
    """A tagged source less the dateline that opens its paragraph ('LONDON - Cabin crew' -> 'Cabin crew')."""
    ps, _ = art.para_bounds(span[0])
    m = match_dateline(art.text[ps:ps + 80])
    if m is None or (span[0] - ps > 1 and not (DATELINE_TAILS and span[0] < ps + m.end())) \
            or span[1] <= ps + m.end():
        return span
    return ps + m.end(), span[1]


def _without_object_relative(art: Article, span: tuple[int, int], cue_head) -> tuple[int, int]:
    """A tagged source less a first word that is the object of the relative clause whose verb is
    the cue, when the cue's subject follows it in the span ('[that Karim's office] described')."""
    sp = art.doc.char_span(span[0], span[1], alignment_mode="expand")
    if cue_head is None or sp is None or len(sp) < 2 or sp[0].lower_ not in ("that", "which", "whom"):
        return span
    if MARKED_RELATIVE_SOURCES and sp[0].lower_ == "that" and sp[0].dep_ == "mark" and sp[0].head.i == cue_head.i:
        pass  # '[that critics] call': the parse's 'that' opening the cue's clause
    elif sp[0].dep_ not in ("dobj", "pobj") or sp[0].head.i != cue_head.i:
        return span
    subj = next((t for t in sp[1:] if t.dep_ == "nsubj" and t.head.i == cue_head.i), None)
    return (sp[1].idx, span[1]) if subj is not None else span


def _question_asked(art: Article, span: tuple[int, int]) -> bool:
    """Whether a tagged content opened by 'whether' or 'if' hangs on a past participle of `ASKING_LEMMAS` ('Pressed by
    Mr Polden on [whether she would resign], she said ...'; `QUESTION_CONTENTS`)."""
    head = _head(art, span)
    if head is None or not re.match(r"(?:whether|if)\b", art.text[span[0]:span[1]], re.IGNORECASE):
        return False
    return any(a.tag_ == "VBN" and a.lemma_.lower() in ASKING_LEMMAS for a in head.ancestors)


def _question_put(cue_head) -> bool:
    """Whether a cue is a participle that puts a question to the sentence's subject ('Asked about
    X, Ortiz said', 'Pressed on whether ...'): a past participle of `ASKING_LEMMAS` with no
    subject of its own, hung on another verb."""
    return (cue_head is not None and (cue_head.tag_ == "VBN" or (QUESTIONS_OPENING and cue_head.is_sent_start and (
                cue_head.tag_ == "VBD" or cue_head.dep_ == "ROOT"))) and cue_head.lemma_.lower() in ASKING_LEMMAS
            and (cue_head.dep_ in ("advcl", "csubj", "dep") or (QUESTIONS_OPENING and cue_head.dep_ == "ROOT"
                                                                and cue_head.is_sent_start)) and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cue_head.children)) or (
        QUESTIONS_BETWEEN_COMMAS and _asked_between_commas(cue_head))


def _asked_between_commas(cue_head) -> bool:
    """Whether a cue of `ASKING_LEMMAS` stands between commas right after its subject and before the
    verb it hangs on, with 'about', 'on', 'whether' or 'if' after it ('Berg, asked about X, said')."""
    if cue_head is None or cue_head.lemma_.lower() not in ASKING_LEMMAS or cue_head.i < 2:
        return False
    doc = cue_head.doc
    verb, end = cue_head.head, cue_head.right_edge.i
    if doc[cue_head.i - 1].text != "," or verb.i != end + 2 or doc[end + 1].text != ",":
        return False
    subj = next((c for c in cue_head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i != cue_head.i - 2:
        return False
    nxt = doc[cue_head.i + 1]
    return nxt.lower_ in ("about", "on", "whether", "if") and verb.lemma_.lower() in SPEECH_LEMMAS


def _relative_who(cue_head, noun):
    """The 'who' (or 'that') that opens the relative clause whose verb is ``cue_head``, when the
    clause hangs on ``noun`` or on a noun listed after it ('a liar and birther who has pledged');
    else ``noun`` (`RELATIVE_SOURCES`)."""
    if cue_head is None or cue_head.dep_ != "relcl":
        return noun
    head = cue_head.head
    while head.dep_ == "conj" and head.i != noun.i and head.head.i < head.i:
        head = head.head
    if head.i != noun.i:
        return noun
    return next((c for c in cue_head.children if c.dep_ == "nsubj" and c.lower_ in ("who", "that")), noun)


def tagged_candidates(art: Article, spans: list[TaggedSpan], existing: list[Candidate]) -> list[Candidate]:
    """Candidates for the tagger's content spans that the rules did not find.

    Args:
        art: the parsed article.
        spans: the tagger's spans over ``art.text``.
        existing: the rules' candidates (a content span they cover by half or more is skipped).

    Returns:
        New candidates, each with a :class:`Frame` built from the tagged cue and source.
    """
    sents = _Sentences(art.doc)
    taken = [(c.start, c.end) for c in existing]
    if JOINED_CONTENTS:
        spans = [x for x in spans if x.kind != "Content"] + _joined_contents(
            art, [x for x in spans if x.kind == "Content" and x.score >= _MIN_SCORE])
    cues = [s for s in spans if s.kind == "Cue" and s.score >= _MIN_SCORE]
    contents = [s for s in spans if s.kind == "Content" and s.score >= _MIN_SCORE]
    if NAMES_NOT_CUES:
        cues = [q for q in cues if not _name_as_cue(art, q)]
    sources = [s for s in spans if s.kind == "Source" and s.score >= _MIN_SCORE]
    if JOINED_SOURCES:
        sources = _joined(art, sources)
    if SOURCE_EDGES:
        sources = [x for x in (_without_loose_end(art, q) for q in sources) if x is not None]
    frames: dict[tuple[int, int], Frame] = {}
    rule_frames = [c.frame for c in existing if c.frame is not None and c.frame.cue is not None]
    out: list[Candidate] = []
    for c in spans:
        if c.kind != "Content" or c.score < _MIN_SCORE:
            continue
        cs, ce = art.trim(c.start, c.end, strip_marks=False)  # a final period goes, as for the rules
        if CUT_NOUN_HEADS:
            ce = _with_cut_head(art, cs, ce)  # 'to fight Castellmar's ban on [holiday] lets'
        if art.text[cs:cs + 5].lower() == "that " and not art.is_demonstrative_that(cs):
            cs += 5  # the complementizer is not part of what was said (as for the rules)
        if ce <= cs or _covered(cs, ce, taken) >= 0.5:
            continue
        if len(art.text[cs:ce].split()) < _MIN_WORDS:
            continue  # 'Nothing was said here.': one tagged word is not a statement
        if ANONYMITY and is_anonymity_request(art.text[cs:ce]):
            continue  # 'who asked [not to be named]': how the source is quoted (as for the rules)
        if ANONYMITY_REASONS and _ANONYMITY_REASON.match(art.text[cs:ce]):
            continue  # 'speaking on condition of anonymity [because he was not authorised to talk to the media]'
        if ANONYMITY_OBJECTS and re.match(r"anonymity\b", art.text[cs:ce], re.IGNORECASE) and re.search(
                r"\b(?:condition|terms|grounds|promise|guarantee)s?\s+of\s*$", art.text[max(0, cs - 40):cs]):
            continue  # 'speaking on condition of [anonymity because the talks are confidential]'
        if ANONYMITY_CONDITIONS and _ANONYMITY_CONDITION.match(art.text[cs:ce]):
            continue  # 'speaking on [condition of anonymity because he was not authorised to comment]'
        if NAME_CONTENTS and re.search(r"\baccording\s+to\b[^.]*,\s*$", art.text[max(0, cs - 120):cs]) \
                and all(t.ent_type_ == "PERSON" or t.is_punct for t in art.tokens_between(cs, ce)):
            continue  # 'according to his wife, [Katarina Lessandro]': her name, not what she said
        s_first, s_last = sents.of(cs), sents.of(max(cs, ce - 1))
        opens_sentence = not art.text[sents.starts[s_first]:cs].strip(" \n\t" + ALL_MARKS)
        first = [t for t in art.tokens_between(cs, ce) if not t.is_punct]
        quoted = bool(first) and art.in_quote[first[0].i] >= 0  # (a quotation that goes on)
        if SOURCE_DESCRIPTIONS and opens_sentence and _describes_source(art, (cs, ce), sources):
            continue  # "[The bill's sponsor], Senator Olga Lind, argued ...": the source's description
        best = None
        for q in cues:
            if cs <= q.start and q.end <= ce:
                continue  # a cue inside the content belongs to a nested attribution
            qs = sents.of(q.start)
            if not (s_first - 1 <= qs <= s_last):
                continue
            if qs < s_first and not opens_sentence:
                continue  # a cue in the sentence before attributes only a content that opens its sentence
            if qs < s_first and CUES_IN_PARAGRAPH and "\n" in art.text[q.end:cs] \
                    and ":" not in art.text[q.end:cs]:
                continue  # (a cue does not reach across a line break into the next paragraph, but after a colon)
            if qs < s_first and CUES_SPENT and not quoted and ":" not in art.text[q.end:cs] \
                    and any(q.end <= o.start and o.end <= cs for o in contents):
                continue  # 'called [it "an act of courage."] [Said's campaign has spent ...]': the cue has its words
            if UNTRIMMED_DISTANCE:  # 'signed a law [that lets courts ...], ending a debate': the cue before 'that'
                dist = c.start - q.end if q.end <= c.start else q.start - c.end
            else:
                dist = cs - q.end if q.end <= cs else q.start - ce
            if qs < s_first:
                dist += 1000  # the sentence before only when this one has no cue
            if best is None or dist < best[0]:
                best = (dist, q)
        if best is None:
            continue  # left out: keeping cue-less contents cost 12 points of precision on PolNeAR dev
        cue = best[1]
        if WEAK_CUES_BETWEEN and any(w.kind == "Cue" and w.score < _MIN_SCORE and min(cue.end, c.end) <= w.start
                                     and w.end <= max(cue.start, c.start) and _participle_clause(art, w)
                                     for w in spans):
            continue  # 'announced on Friday, [ending] [a dispute]': the weak cue's, not the kept one's
        if NAMING_CUES and _naming_cue(art, cue, (cs, ce)):
            continue  # 'The law, [known] as Senate Bill 211,', 'a group [calling] itself Keep Brackenfield Rural'
        if FRONTED_PARTICIPLES and cue.start >= ce and _fronted_participle(art, (cs, ce), cue):
            continue  # '[Sentencing him], Judge Alison Threlkeld said ...': what the judge did, not said
        if PARTICIPLE_TAILS and cue.end <= cs and _participle_tail(art, cs):
            continue  # '..., officials from Qatar said, [allowing more hostages to be released]': no second content
        if OTHER_CLAUSES and cue.end <= cs and _clause_of_other_verb(art, _head(art, (cue.start, cue.end)), (cs, ce)):
            continue  # 'demanded her resignation after it emerged [that doses had sat in warehouses]'
        if NOUN_INFINITIVES and cue.start >= ce and _noun_infinitive(art, (cs, ce)):
            continue  # 'A plan [to add 120 miles of bike lanes] has divided the council, with supporters saying'
        if OTHER_OBJECTS_BEFORE and cue.start >= ce and _object_of_other_verb(art, (cs, ce), (cue.start, cue.end)):
            continue  # 'with some welcoming [the barrier] and others saying ...': what some welcome, not said
        if OTHER_OBJECTS_AFTER and cue.end <= cs and _object_of_other_verb(art, (cs, ce), (cue.start, cue.end)) \
                and _apart_from_cue(_head(art, (cs, ce)).head, _head(art, (cue.start, cue.end)), cue):
            continue  # 'overruling the inspector's advice and angering [environmental campaigners]'
        if SUBORDINATE_ENDS and cue.start >= ce and art.paragraph_of(cs) == 0 \
                and art.text[cs:ce].split()[-1].lower() in _SUBORDINATORS:
            continue  # '[Automaker to Cut 5,000 Jobs as] Union Vows Fight': a clause of its own, not the union's
        if CONTRASTED_HEADLINES and cue.start >= ce and art.paragraph_of(cs) == 0 \
                and _CONTRAST.match(art.text, ce, cue.start) is not None:
            continue  # '[House Passes Medicaid Expansion], but Senate Leader Calls It Dead': not the leader's words
        if QUESTION_CONTENTS and cue.start >= ce and _question_asked(art, (cs, ce)):
            continue  # '[Pressed] by Mr Polden on [whether she would resign], she said ...': the question put to her
        if QUESTIONED_CUES and _in_question_put(_head(art, (cue.start, cue.end))):
            continue  # 'Asked whether he still [expected] the deal to pass, Morrow said he did': the asker's words
        if HEADLINE_PASSIVE_CUES and art.paragraph_of(cue.start) == 0 and _head(art, (cue.start, cue.end)) is not None \
                and headline_passive(_head(art, (cue.start, cue.end))):
            continue  # 'Reservoir plan "will drown our valley", inquiry [told]': the inquiry was told it
        if HEADLINE_NOUN_CUES and art.paragraph_of(cue.start) == 0 and _subject_noun_cue(art, cue):
            continue  # 'Climate [talks] stall over adaptation finance': the subject of the headline, no cue
        if MODAL_CUES and all(t.tag_ == "MD" for t in art.tokens_between(cue.start, cue.end)):
            continue  # 'The expansion plan, backed by the chief executive, [would] add four clubs': no one says it
        if THINGS_THAT_WOULD and _thing_that_would(art, cue):
            continue  # 'The House bill, sponsored by X and Y, [would cover] adults earning ...': no one says it
        if SUBJECTS_NOT_CONTENTS and _cue_subject(art, cue, (cs, ce)):
            continue  # '[A federal judge] on Thursday ordered a halt': who ordered, not what
        if SAME_START_CUTS and _rules_cut(art, existing, cs, ce, cue):
            continue  # 'said [it stood with the teachers], while ...': the rules' end stands
        if AS_CLAUSE_CONTENTS and _says_its_own(_head(art, (cue.start, cue.end)), (cs, ce)):
            continue  # '[Hospital merger wins approval] as nurses warn of cuts': the nurses warn of cuts
        if RELATIVE_ANTECEDENTS:
            head = _head(art, (cue.start, cue.end))
            if head is not None and head.dep_ == "relcl" and ce <= head.left_edge.idx:
                continue  # 'The council passed [a toll] that drivers say is unfair': not what drivers say
        if ONE_LINE and "\n" in art.text[cs:ce]:
            cs, ce = art.trim(*_line_nearest(art.text, cs, ce, cue.start, cue.end), strip_marks=False)
            if ce <= cs or len(art.text[cs:ce].split()) < _MIN_WORDS or _covered(cs, ce, taken) >= 0.5:
                continue
        if DATELINE_CONTENTS and _is_dateline(art, (cs, ce)):
            continue  # '... push back\n\n[CEDAR RIDGE, Colo]. — The board voted': the place, not what was said
        if QUOTES_AFTER_SENTENCES:
            cut = _quote_after_sentence(art, existing, cs, ce)
            if cut is not None:
                cs, ce = art.trim(cs, cut, strip_marks=False)  # 'called the measure "a travel ban." ["We've ..."]'
                if ce <= cs or len(art.text[cs:ce].split()) < _MIN_WORDS:
                    continue
        if OVER_STATEMENTS:
            cut = _next_statement_start(art, existing, cs, ce)
            if cut is not None:
                ce = cut  # 'backing [the move] and two vowing to fight it': the rules' next statement is not in it
                if len(art.text[cs:ce].split()) < _MIN_WORDS:
                    continue
        if CONTENT_LOOSE_ENDS:
            ce = _without_loose_words(art.text, cs, ce)  # 'Bailout Deal [Despite]': the tagger's loose end
        if HEADLINE_PREPOSITIONS and art.paragraph_of(cs) == 0:
            m = _TITLE_PREPOSITION.search(art.text, cs, ce)
            if HEADLINE_CLAUSES and _title_case_headline(art):
                m2 = _TITLE_CLAUSE.search(art.text, cs, ce)
                m = m2 if m is None or (m2 is not None and m2.start() < m.start()) else m
            if m is not None and len(art.text[cs:m.start()].split()) >= _MIN_WORDS:
                ce = m.start()  # 'Approves [Homeless Shelter] Over Neighbours' Objections': what was approved
        frame = frames.get((cue.start, cue.end))
        if frame is None and SHARED_CUES:
            # the rules read this cue already ('threw his support behind X' with a shorter content):
            # their speaker, not the nearest tagged source
            frame = next((f for f in rule_frames if f.cue[0] < cue.end and cue.start < f.cue[1]), None)
            if frame is not None and _rule_reading_stands(frame, (cs, ce), existing):
                continue
            sp = frame.speaker_span if frame is not None and SPEAKERS_OUT_OF_CONTENTS else None
            if sp is not None and cs <= sp[0] < sp[1] < ce and not art.text[cs:sp[0]].strip():
                cs, ce = art.trim(sp[1], ce, strip_marks=False)  # 'is accused by [US prosecutors] of misleading'
                if ce <= cs or len(art.text[cs:ce].split()) < _MIN_WORDS or _covered(cs, ce, taken) >= 0.5:
                    continue
        if frame is None:
            cue_head = _head(art, (cue.start, cue.end))
            q_sent = sents.of(cue.start)
            src = None
            for s in sources:
                if sents.of(s.start) != q_sent or (cs <= s.start and s.end <= ce):
                    continue
                d = abs(s.start - cue.start)
                if src is None or d < src[0]:
                    src = (d, s)
            if SUBJECT_SOURCES and src is not None:
                src = _subject_source(art, cue_head, src, [s for s in sources if sents.of(s.start) == q_sent
                                                           and not (cs <= s.start and s.end <= ce)])
            if ZERO_RELATIVE_SOURCES and cue_head is not None and zero_relative_participle(cue_head):
                noun = cue_head.head  # 'a step [officials] estimated': the noun's words up to it, not the clause on it
                src = (0, TaggedSpan("Source", art.mention_span(noun)[0], noun.idx + len(noun), 1.0))
            if QUESTIONS_PUT and _question_put(cue_head):
                # 'Asked about the toll, Ortiz said ...': the question is the asker's, who is not named
                speaker_span, subj = None, None
            elif (REJECTED_CALLS and _rejected_call(cue_head)) or (FACED_CALLS and _faced_call(cue_head)):
                # 'rejecting [calls for] him to step down': the callers are not named
                speaker_span, subj = None, None
            elif src is not None:
                speaker_span = (src[1].start, src[1].end)
                if ONE_LINE and "\n" in art.text[speaker_span[0]:speaker_span[1]]:
                    # 'angering [rivals\n\nBy Omar Reyes\n\nAUSTIN]': the line nearest the cue
                    speaker_span = art.trim(*_line_nearest(art.text, *speaker_span, cue.start, cue.end))
                if DATELINES_ASIDE and _is_dateline(art, speaker_span):
                    continue  # 'NORTHBRIDGE - Plans to merge ...': the place the story is filed from
                if DATELINE_SOURCES_CUT:
                    speaker_span = _without_dateline(art, speaker_span)
                if HEADLINE_SOURCE_CLAUSES and art.paragraph_of(speaker_span[0]) == 0:
                    speaker_span = _after_subordinator(art, speaker_span)  # '[Residents pack hall as] council'
                if OBJECT_RELATIVE_SOURCES:
                    speaker_span = _without_object_relative(art, speaker_span, cue_head)
                if AGENT_BY and art.text[speaker_span[0]:speaker_span[0] + 3] == "by " \
                        and speaker_span[1] - speaker_span[0] > 3:
                    speaker_span = (speaker_span[0] + 3, speaker_span[1])  # 'criticised [by hauliers]'
                subj = _head(art, speaker_span)
                if RELATIVE_SOURCES and subj is not None:
                    subj = _relative_who(cue_head, subj)
                if PARTICIPLE_PATIENTS and _patient_source(cue_head, speaker_span, (c.start, c.end)) and not (
                        ZERO_RELATIVE_SOURCES and zero_relative_participle(cue_head)) \
                        and apposed_acl_subject(cue_head) is None:  # (not 'Its general secretary, X, called on')
                    speaker_span, subj = None, None  # 'A former councillor [accused] of diverting grants': not hers
            else:
                # a passive subject is what was said ('Nothing was said', 'He is said to ...'),
                # except for 'X was quoted as saying'
                subj = next((t for t in (cue_head.children if cue_head is not None else [])
                             if t.dep_ == "nsubj" or (t.dep_ == "nsubjpass" and cue_head.lemma_ == "quote")), None)
                if subj is None and PARTICIPLE_SUBJECTS and cue_head is not None and cue_head.head.i < cue_head.i \
                        and ((cue_head.tag_ == "VBG" and cue_head.dep_ in ("advcl", "conj", "xcomp"))
                             or (cue_head.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                  for c in cue_head.children))):
                    # 'The court struck down the ban, [ruling] that ...', 'Fraser became the first member of
                    # her party [to oppose] the act': the subject of the verb it hangs on ('urged them to
                    # oppose' is theirs: an xcomp infinitive is left alone)
                    subj = next((t for t in cue_head.head.children if t.dep_ == "nsubj"), None)
                if subj is None and cue_head is not None:
                    subj = apposed_acl_subject(cue_head)  # 'Its general secretary, Fergus Mbatha-Lyle, called on'
                if subj is None and CONJ_NOUN_SOURCES and cue_head is not None and cue_head.dep_ == "conj":
                    subj = conj_noun_subject(cue_head)  # 'will bring 900 jobs and [critics] call it a gift'
                if subj is None and PREP_PARTICIPLE_SUBJECTS and cue_head is not None:
                    subj = _prep_participle_subject(cue_head)  # 'voted to walk out after [rejecting] ...'
                if subj is None and PROTEST_NOUNS and cue_head is not None and cue_head.lower_ in _PROTEST_NOUNS \
                        and cue_head.dep_ == "pobj" and cue_head.head.lower_ == "in" \
                        and cue_head.head.head.pos_ == "VERB":
                    # 'farmers blocked highways in [protest against] the plans': the farmers
                    h = cue_head.head.head
                    subj = next((t for t in h.children if t.dep_ == "nsubj"), None)
                    while subj is None and h.dep_ == "conj" and h.head.i < h.i:
                        h = h.head  # 'blocked highways and set fire to bales in protest ...'
                        subj = next((t for t in h.children if t.dep_ == "nsubj"), None)
                if subj is None and AGENTS and cue_head is not None:
                    # 'The deal, first reported by Reuters, ...': the agent of a passive cue
                    agent = next((t for t in cue_head.children if t.dep_ == "agent"), None)
                    subj = next((t for t in agent.children if t.dep_ == "pobj"), None) if agent is not None else None
                speaker_span = art.mention_span(subj) if subj is not None else None
            frame = Frame(verb=cue_head, cue=(cue.start, cue.end), subj=subj, speaker_span=speaker_span,
                          content=(cs, ce), fronted=cs < cue.start)
            frames[(cue.start, cue.end)] = frame
        out.append(Candidate(cs, ce, frame, _kind(art, frame.verb, frame.speaker_span, (cs, ce))))
        taken.append((cs, ce))
    return out
