"""Attribution rules: speech verbs and 'according to' over a spaCy parse.

A speech verb (`lexicon.SPEECH_LEMMAS`, some only with their particle or object: 'point out',
'call for', 'draw attention') becomes a `Frame`: the cue ('said', 'told reporters', 'said in a
statement'), the speaker mention (its subject, shared along participles and coordinated verbs)
and the content (a complement clause, an object, 'warned of X', the words after 'said:', content
fronted before the cue, or the sentence around an attribution set off by commas).
"""
from __future__ import annotations

import re

from .article import Article
from .candidates import Frame
from .lexicon import (AGENCIES, BODY_NOUNS, CLAIM_NOUNS, CONTENT_PREPS, CUE_OBJECTS, CUE_PREP_OBJECTS, HONORIFICS,
                      DOCUMENT_NOUNS, INFINITIVE_OK, NEEDS, NO_DOBJ_CONTENT, PERSON_NOUNS, QUOTE_ONLY, SPEECH_LEMMAS,
                      ASKING_LEMMAS, BELIEF_LEMMAS, SIDE_PEOPLE, is_anonymity_request, match_dateline, strip_possessive)
from .quotes import ALL_MARKS, DOUBLE_MARKS

__all__ = ["find_frames", "is_agency", "speaker_like", "conj_noun_subject", "apposed_acl_subject"]

#: Names shaped like a news agency's, for agencies not in `lexicon.AGENCIES`.
_AGENCY_NAME_RE = re.compile(r"\b(press|news|wire)\s+(agency|service)$|\bnews\s+agency$|\bpress association$")


def find_frames(art: Article) -> list[Frame]:
    """The attributions outside quotations: speech verbs with their speaker and content, and
    'according to X'."""
    frames, beliefs = [], []
    doc = art.doc
    for t in doc:
        if art.in_quote[t.i] >= 0:
            continue
        lemma = t.lemma_.lower()
        if READ_DOCUMENTS and lemma == "read" and _document_reads(art, t):
            lemma = "say"  # '"There are invertebrates with more spine," reads an editorial in the Register'
        if (t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to") or _per_source(t):
            f = _according_frame(art, t)
            if f:
                frames.append(f)
            continue
        if COPULAR_SIDES and (t.lower_, t.dep_) in (("against", "prep"), ("opposed", "acomp")):
            f = _copular_side_frame(art, t)
            if f:
                beliefs.append(f)
                continue
        if SIDE_DESCRIPTIONS and (t.pos_ == "NOUN" and lemma in SIDE_AGENTS or t.pos_ == "ADJ" and t.lower_ in SIDE_ADJECTIVES):
            f = _side_description_frame(art, t)
            if f:
                beliefs.append(f)
            continue
        if SIDE_NOUNS_ON and t.pos_ == "NOUN" and lemma in SIDE_NOUNS:
            f = _side_noun_frame(art, t, lemma)
            if f:
                beliefs.append(f)
            continue
        if CLAIM_NOUNS_ON and t.pos_ == "NOUN" and lemma in CLAIM_NOUNS:
            f = _claim_noun_frame(art, t)
            if f:
                beliefs.append(f)
            continue
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if (lemma in RULE_SIDE or lemma in _SIDE_SPEECH) and any(c.dep_ == "auxpass" for c in t.children):
            f = _passive_side_frame(art, t, lemma)
            if f:
                beliefs.append(f)
                continue
        if lemma not in SPEECH_LEMMAS:
            f = _belief_frame(art, t, lemma)
            if f:
                beliefs.append(f)
            continue
        if (t.dep_ in ("amod", "compound") or t.tag_ == "VBN" and t.dep_ in ("acl",)) and _noun_root_cue(t) is None \
                and not _root_noun_participle(t):
            continue
        if not _needs_ok(t, lemma):
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and lemma not in INFINITIVE_OK:
            continue  # 'wanted to admit refugees', 'to accuse': plans, not statements
        if ANONYMITY and _asks_anonymity(t):
            continue  # 'who asked not to be named': how the source is quoted, not what they said
        if SIDE_SPEECH_SUBJECTS and lemma in RULE_SIDE and not any(c.dep_ in ("ccomp", "xcomp") for c in t.children):
            subj = _subject(t, art.in_quote)
            if subj is not None and not (speaker_like(subj) or subj.pos_ == "PROPN"
                                         or subj.lemma_.lower() in DOCUMENT_NOUNS):
                continue  # 'the project threatens its water supply': a thing does not speak
        f = _verb_frame(art, t, lemma)
        if f:
            frames.append(f)
    if AGENTLESS_INSIDE:
        # 'As Ferrer put it, the farmers [are being asked] to pay': a passive with no one to say it,
        # inside what someone says, is part of that, not a statement of no one
        frames = [f for f in frames if f.subj is not None or f.speaker_span is not None or not any(
            g is not f and g.content and g.content[0] <= f.cue[0] < g.content[1] for g in frames)]
    # a belief inside someone's statement is part of it ('"I think we should wait," he said')
    frames += [b for b in beliefs if not any(f.content and f.content[0] <= b.cue[0] < f.content[1] for f in frames)]
    frames.sort(key=lambda f: f.cue[0])
    return frames


#: Verbs of thought and knowledge that the rules take with a that-clause ('X believes that ...').
RULE_BELIEF = frozenset("believe think fear hope expect know feel worry doubt suspect realize realise "
                        "recognize recognise understand agree disagree question".split())
#: Verbs of intention that the rules take with an infinitive ('X wants to ...', 'X refused to ...').
RULE_INTENT = frozenset("want plan refuse intend".split())
#: Verbs with which a poll, study or report states something ('the poll shows that ...').
RULE_FINDING = frozenset({"show", "find"})
#: Verbs by which a person or an organisation takes a side toward what follows ('X praised Y').
RULE_SIDE = frozenset("praise endorse attack blast slam condemn denounce applaud welcome thank defend reject "
                      "dismiss mock blame lambast ridicule hail commend support back oppose fault rebuke assail laud "
                      "champion congratulate describe cite herald cheer embrace decry deride rebuff spurn scold chide "
                      "chastise berate disparage bash excoriate castigate insult hammer savage pan trash skewer "
                      "deplore denigrate vilify demonize demonise smear malign belittle lampoon taunt repudiate "
                      "disavow renounce boycott snub shun disown reprimand salute celebrate tout extol acclaim admire "
                      "favor favour threaten".split())
#: Verbs by which a person or an organisation sides with or against someone or something ('X agrees
#: with Y', 'X sided with Y', 'X disagrees with Y', 'X stood behind Y', 'X rallied around Y', 'X lined
#: up behind Y', 'X threw her support behind Y', 'X railed against Y', 'X lashed out at Y', 'X took
#: aim at Y', 'X ripped into Y', 'X voted / campaigned / fought / lobbied for or against Y', 'X pushed for
#: Y', 'X distanced herself from Y', 'X broke with Y', 'X turned against Y'): the object of the
#: preposition (`lexicon.CONTENT_PREPS`) is the content.
RULE_ALIGN = frozenset({"agree", "disagree", "side", "stand", "rally", "line", "throw", "rail", "lash", "take", "rip",
                        "tear", "vote", "campaign", "fight", "lobby", "push", "distance", "break", "turn", "come"})
#: Whether a side verb in a relative clause about a person or an organisation is a statement of
#: theirs ('Governor Tom Berg, who praised the plan, said ...'; session 48).
SIDES_IN_RELATIVES = True
#: Whether a side verb in the passive with its agent ('the toll was praised by Mayor Ann Ortiz', 'Tom
#: Berg, who was endorsed by the union, ...') is the agent's statement whose content is the verb's
#: subject (session 49).
PASSIVE_SIDES = True
#: Nouns by which a side is taken, with the prepositions that name what it is taken toward: 'X's
#: criticism of Y', 'an attack on Y', 'support for Y', 'Y drew criticism from X', 'Y came under fire
#: from X', 'X launched an attack on Y' (session 49, `SIDE_NOUNS_ON`).
SIDE_NOUNS = {"criticism": {"of", "on", "for"}, "attack": {"on", "against"}, "praise": {"for", "of"},
              "endorsement": {"of", "for"}, "support": {"for", "of"}, "backing": {"for", "of"},
              "condemnation": {"of"}, "rebuke": {"of"}, "fire": set(), "opposition": {"to"}}
#: Whether side nouns (`SIDE_NOUNS`) with their speaker make statements (session 49).
SIDE_NOUNS_ON = True
#: Whether the object of a side noun's 'by' is its speaker, as that of its 'from' ('an attack on
#: Cruz by Sen. Lindsey Graham'; session 63).
SIDE_NOUN_AGENTS = True
#: Whether claim nouns (`CLAIM_NOUNS`) with their owner make statements (session 55).
CLAIM_NOUNS_ON = True
#: Whether, in 'According to X, Y and Z verb ...', a phrase the parser hangs on X as an apposition or
#: a conjunct is the subject of a verb that has none, and so content, not part of the source (session 63).
ACCORDING_APPOSITION = True
#: Whether the speaker of 'X issued a statement saying ...' or 'X released a letter that claims ...' is
#: X, the one who put the statement out, not the statement (`ISSUED_NOUNS`, `ISSUING`; session 64).
ISSUED_DOCUMENTS = True
#: Whether a speech verb that also takes a side ('threaten'), with only an object after it, needs a
#: subject that can speak, as the side verbs do: 'the project threatens its water supply' and 'the
#: storm threatened the harbour' are no statements; 'the union threatened a strike' is (session 65).
SIDE_SPEECH_SUBJECTS = True
#: Whether in 'a measure that retailers say will make theft harder' (the relative clause's 'that' is
#: the subject of what is said) the content starts after 'say', so that the speaker (retailers)
#: stays outside it; before, 'retailers say will make ...' was a content with no speaker (session 65).
SAYS_IN_RELATIVES = True
#: Whether `SAYS_IN_RELATIVES` holds when the parse makes the relative 'that' or 'which' the subject of the clause
#: said rather than of the speech verb ('changes that the union says would force staff onto longer shifts', 'a
#: project ... but which opponents argue will saddle bill payers with costs'): before, the content began at the
#: relative and took the speaker in, and the statement had none (session 75).
RELATIVE_CONTENT_SUBJECTS = True
#: Whether a subject in the dateline that opens the sentence gives way to the verb's other subject:
#: 'LONDON (Reuters) - Donald Trump said ...', parsed with LONDON and Trump both subjects of 'said',
#: had LONDON (Reuters) as its speaker (session 65).
DATELINE_SUBJECTS = True
#: The same where the parse hangs the verb's real subject on the dateline as an apposition ('JERUSALEM -
#: Israel on Sunday rejected ...'; session 68).
DATELINE_APPOSITIONS = True
#: The same where the parse makes the verb's real subject a conjunct of the dateline ('TALLAWARRA HEADS, NSW - The
#: Tallawarra Cobras have denied ...', [HEADS] ... [Cobras] as 'conj': the Cobras; session 79).
DATELINE_CONJUNCTS = True
#: The same for the subject a participle or a conjunct takes from the verb it hangs on (session 69).
CLIMBED_DATELINES = True
#: Whether a coordinated verb with no subject of its own, right after a noun the parse hung elsewhere, has
#: that noun as its subject ('even as queues formed outside banks and [businesses] said they could not get cash',
#: parsed with 'said' coordinated to the governor's 'defended'; session 69).
ADJACENT_SUBJECTS = True
#: Whether a cue coordinated after ', and' with the clause a speech verb says, without a subject of its
#: own, speaks for that verb's subject when the clause's subject cannot speak ('The company said its
#: monitoring showed no link, and accused the alliance of ...': the company accused, not 'its
#: monitoring'); the said clause then stops before it (session 65).
OUTER_SUBJECTS = True
#: Whether `OUTER_SUBJECTS` holds without the comma for a speech verb when the clause's subject is no
#: document ('said the price rise was unfair and demanded that the board freeze it': the party demanded,
#: not the price rise; 'said the report faulted X and urged Y' stays the report's) (session 66).
OUTER_WITHOUT_COMMA = True
#: Whether `OUTER_WITHOUT_COMMA` holds for a verb that takes a side too ('said the measure was "long
#: overdue" and thanked the minister': the speaker thanked, not the measure), unless the said clause is
#: passive ('said the calls were unanswered and dismissed') (session 67).
OUTER_SIDES = True
#: Whether a content stops before a verb coordinated with its clause that cannot share the clause's
#: modal and agrees with the cue instead ('She believes the repairs could be done without X, and wants
#: a review': 'wants' is hers, not the repairs'; 'fears ... will spoil the view, and has started a
#: petition'; the same tense as the cue, no subject of its own) (session 67).
FINITE_CONJUNCTS = True
#: Whether `OUTER_SUBJECTS` reads a cue with an auxiliary or an adverb after 'and' too ('said the levy would
#: hurt small shops and has urged the council to drop it': Haddad urged, not the levy) (session 67).
OUTER_AUXILIARIES = True
#: Whether a said clause with no subject takes in the noun before it that the parse made the speech verb's object
#: ('said pressure from Bangkok, the main buyer of the power, might matter more': the pressure; session 70).
SUBJECTS_AS_OBJECTS = True
#: Whether `OUTER_SUBJECTS` holds for a speech verb in the past tense with a clause of its own after a said clause
#: in the passive, which cannot share its auxiliaries ('said staff had not been consulted and warned that many
#: would leave': the union warned; session 70).
PASSIVE_CLAUSE_OUTERS = True
#: Whether a content stops before a 'while' or 'whereas' clause whose verb is a cue with a subject of
#: its own ('said it stood with the teachers, while a smaller group urged the union to ...': the
#: group's words are not the council's) (session 67).
CONTRASTED_CUES = True
#: Whether `CONTRASTED_CUES` holds after a comma inside closing quotation marks ('said it "stands firmly with the
#: legitimate authorities," while Esmerel urged both sides ...'; session 72).
QUOTED_CONTRASTS = True
#: Whether a content that ends in 'and' (or 'or', 'but') takes the conjunct after it that the parse
#: hung on the speech verb instead ('quoted Kurt as saying the closure was temporary and aimed only
#: at smugglers': 'aimed' on 'saying'), when that conjunct has no subject of its own and is no cue;
#: before, the content stopped at 'and' (session 65).
DANGLING_CONJUNCTS = True
#: Whether a speech verb in an 'as' clause ('As Ferrer put it, the farmers are being asked to pay',
#: 'The dam will flood three villages, as the minister noted') says the clause it is attached to;
#: before, that clause had no speaker (session 66, `_as_clause_content`).
AS_CLAUSES = True
#: Whether a passive speech verb with no agent inside another statement's content ('As Ferrer put it,
#: the farmers are being asked to pay') is left to that statement, not made a statement of no one
#: (session 66).
AGENTLESS_INSIDE = True
#: Verbs that say the clause around them from an 'as' clause ('As X said / noted / put it, ...'); not
#: verbs of sound ('As protesters shouted outside, the council voted').
_AS_VERBS = frozenset("say put note write explain argue warn observe remark acknowledge admit tell predict report "
                      "point stress insist suggest add".split())
#: Whether of two subjects the parse gives a speech verb, the second, a name after a comma, is who speaks
#: ('A coalition of parents, Families for Choice, said': Families for Choice) (session 66).
SECOND_SUBJECTS = True
#: Whether a content keeps its opening 'whether' ('has not said [whether she would sign the bill]'), which
#: says that what follows is asked or left open, not said; before, the content read 'she would sign the
#: bill' (session 66).
KEEP_WHETHER = True
#: Whether a content that still ends in 'and' (or 'or', 'but') after `DANGLING_CONJUNCTS` stops
#: before it (session 66).
LOOSE_CONJUNCTIONS = True
#: Nouns for what a person or an organisation puts out in their own name.
ISSUED_NOUNS = frozenset("statement letter memo release note email message communique communiqué notice "
                         "declaration video tweet post".split())
#: Verbs by which a person or an organisation puts a statement out ('put' only with 'out').
ISSUING = frozenset("issue release put send publish post circulate distribute write pen sign draft unveil "
                    "deliver read".split())
#: Whether 'X, who asked not to be named / identified, said ...' leaves out the request, which is how
#: the source is quoted and not a statement (`_asks_anonymity`; session 64).
ANONYMITY = True
#: Verbs that take a claim noun as their object, so that 'the claim that she made' is a relative
#: clause, not what was claimed.
_TAKES_CLAIM = frozenset("""make give issue release deliver repeat raise file offer publish send post utter break
keep hear receive get reject dismiss deny echo cite level voice express read write see retract withdraw""".split())
#: Possessive pronouns: whose they are is left to the verb that has the noun as its object ('she
#: repeated her claim that ...', 'he rescinded his endorsement of ...').
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
#: Verbs whose subject is what a side noun from someone is taken toward: 'Y drew / faced / won /
#: received criticism / praise from X', 'Y came under fire from X'.
_RECEIVING = frozenset("draw face win earn receive get attract garner come meet".split())
#: Prepositions that end the name of whoever a side noun comes from ('criticism from her party over
#: the bill', 'praise from the union on Monday'); 'of' and 'for' do not ('the Bank of England').
_NOT_IN_NAMES = frozenset("over about on in at during after before amid since with".split())
#: Verbs whose subject takes the side its side noun object names: 'X launched an attack on Y', 'X
#: voiced support for Y'.
_GIVING = frozenset("launch unleash make level mount voice express offer give announce pledge renew "
                    "throw lend step".split())
#: Words that describe a person or an organisation by the side they take toward what follows 'of':
#: "Lindsey Graham, a frequent critic of Trump, ...", 'X is a staunch opponent of the death penalty',
#: 'X has been critical of Y', 'X, who is supportive of the plan' (session 49, `SIDE_DESCRIPTIONS`).
SIDE_AGENTS = frozenset("""critic opponent foe detractor supporter defender champion backer admirer proponent
advocate sponsor co-sponsor cosponsor architect""".split())
#: Whether a side noun with an owner ("The bill's sponsor, Senator Dale Ruiz,", "Tom Berg, the toll's
#: fiercest critic,") says the side of the person named in apposition toward the owner, as 'a critic of
#: the toll' does (session 66; 'sponsor', 'co-sponsor' and 'architect' joined `SIDE_AGENTS` then).
POSSESSIVE_SIDES = True
SIDE_ADJECTIVES = frozenset({"critical", "supportive"})
#: Whether such descriptions are statements of the person or organisation they describe (session 49).
SIDE_DESCRIPTIONS = True
#: Verbs that say a side verb after them is not done: 'refused to endorse', 'declined to condemn'.
DECLINING = frozenset({"refuse", "decline", "fail", "hesitate", "neglect", "resist"})
#: The particle or object without which a `RULE_ALIGN` verb takes no side: 'lined up behind', not
#: 'lined the street'; 'threw her support behind', not 'threw a party'; 'took aim at'.
ALIGN_NEEDS = {"line": ("prt", {"up"}), "lash": ("prt", {"out"}), "throw": ("dobj", {"support", "weight"}),
               # 'voted / campaigned / fought / lobbied for or against Y', 'pushed for Y' (session 49): the
               # preposition says the side
               "vote": ("prep", {"for", "against"}), "campaign": ("prep", {"for", "against"}),
               "fight": ("prep", {"for", "against"}), "lobby": ("prep", {"for", "against"}), "push": ("prep", {"for"}),
               # 'distanced herself from Y', 'broke with Y', 'turned against / on Y' (session 49)
               "distance": ("dobj", {"himself", "herself", "themselves", "itself", "myself", "ourselves"}),
               "break": ("prep", {"with"}), "turn": ("prep", {"against", "on"}),
               "take": ("dobj", {"aim"}),
               # 'came out against / for / in favour of / in support of Y' (session 64): 'out', then the side
               "come": ("prt", {"out"})}
#: What one stands with or behind, or rallies around, when it is not a person or a name: 'stood
#: behind her remarks', not 'stood behind the podium'.
_ALIGN_OBJECTS = frozenset("""decision decisions comment comments remark remarks statement statements plan plans
policy policies nominee candidate candidacy campaign bill law deal cause party government president leader
movement effort efforts people community victims family families troops""".split())


#: What one fights, pushes or votes for without taking a side toward anyone: 'fought for her life'.
_NOT_CAUSES = frozenset("life lives survival breath time years months weeks days hours minutes seat seats air".split())


def _prep_object(tok, preps, after: int):
    """The object of ``tok``'s first preposition in ``preps`` after token index ``after``, or None.
    A date or a time is nobody's side and no one's target: 'drew criticism on Thursday from the
    union' looks past 'on Thursday'."""
    return next((x for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.i > after
                 for x in c.children if x.dep_ == "pobj" and x.ent_type_ not in ("DATE", "TIME")), None)


def _char_span(toks) -> tuple[int, int]:
    """The character span from the first to the last of some tokens."""
    return min(x.idx for x in toks), max(x.idx + len(x) for x in toks)


#: Subject pronouns that can stand for a speaker.
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


#: Whether a proper name after a word for a body ('Environmental group Green Coast backs the wind farm') can
#: take a side as the body it is, whatever the entity recogniser tagged it (here a place) (session 67).
DESCRIBED_BODIES = True


def speaker_like(tok) -> bool:
    """Whether a subject token can be a speaker without a speech verb: a named person,
    organisation, group or place, a personal pronoun, a noun for a person ('the mayor') or for an
    organisation ('the council', 'unions'), or a description with such a name in apposition."""
    return (tok.lower_ in _SPEAKER_PRONOUNS or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or (tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in PERSON_NOUNS)
            or (tok.pos_ == "NOUN" and tok.lemma_.lower() in BODY_NOUNS)
            # a description with a name in apposition: "Trump's running mate — Gov. Mike Pence —"
            or any(c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG") for c in tok.children)
            # a name after a word for a body: 'Environmental group Green Coast' (tagged a place)
            or (DESCRIBED_BODIES and tok.pos_ == "PROPN" and any(
                c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in BODY_NOUNS for c in tok.children)))


def _side_object(v, lemma) -> bool:
    """Whether a side verb has what the side is taken toward after it: a direct object ('praised
    the plan'), or for `RULE_ALIGN` the object of 'with' ('sided with the fishermen')."""
    if lemma in RULE_ALIGN:
        need = ALIGN_NEEDS.get(lemma)
        if need is not None and not any(c.dep_ == need[0] and c.lower_ in need[1] for c in v.children):
            return False
        objs = [x for c in v.children if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS[lemma] and c.i > v.i
                for x in c.children if x.dep_ in ("pobj", "pcomp")]
        if lemma == "come":  # 'came out in favour of Y'
            objs += _favoured(v)
        if lemma in ("stand", "rally", "distance", "break", "turn"):
            objs = [x for x in objs if x.pos_ == "PROPN" or speaker_like(x) or x.lemma_.lower() in _ALIGN_OBJECTS]
        elif lemma in ("vote", "campaign", "fight", "lobby", "push"):
            objs = [x for x in objs if x.lemma_.lower() not in _NOT_CAUSES]  # 'fought for her life
        return bool(objs)
    if GERUND_SIDES and lemma in _GERUND_SIDES and any(
            c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > v.i for c in v.children):
        return True  # 'opposed [making it a condition of employment]'
    return any(c.dep_ == "dobj" and c.i > v.i for c in v.children)


#: Whether 'the 17-year-old said', which the parse reads as 'said' with 'the' and 'old' hung on it, has
#: '17-year-old' as its subject (session 70).
AGE_SUBJECTS = True
#: Whether a cue outside quotation marks whose verb the parse coordinated with a verb inside them speaks as the
#: speech verb above both, not as the quoted verb's subject ('said the charge undermined "the principle that the
#: hills belong to everyone" and accused the board': the forum accused; session 70).
QUOTED_CLIMBS = True
#: Whether an absolute clause after a comma ('Kurtz said from the witness box, [her voice breaking]') is no
#: content of the verb: a noun of its own before an '-ing' verb, as the parse hangs it on 'said' (session 71), nor
#: makes the listener of 'told' one ('"...," she told the court, her voice breaking'; session 78).
ABSOLUTE_CLAUSES = True
#: Whether a belief or side verb in the clause of a question put to someone ('Asked whether he still expected the
#: deal to pass, Morrow said he did') is no belief of the one asked: the reporter's question (session 70).
QUESTIONED_BELIEFS = True
#: Whether a side verb with a gerund clause after it ('opposed making vaccination a condition of employment',
#: 'backs raising the levy') takes that side toward what the clause does (session 70).
GERUND_SIDES = True
_GERUND_SIDES = frozenset("""oppose support back reject favour favor endorse defend condemn criticise criticize welcome
resist denounce""".split())


def _belief_frame(art: Article, v, lemma) -> Frame | None:
    """'X believes / fears / knows that ...' with a person or organisation as X, and 'a poll / the
    study / the report shows / finds that ...': the that-clause (a clausal complement after the
    verb) is the content. Without a clause ('she knows the area', 'the poll shows a lead') there is
    no statement."""
    if art.in_quote[v.i] >= 0:
        return None
    if QUESTIONED_BELIEFS and any(
            a.tag_ == "VBN" and a.lemma_.lower() in ASKING_LEMMAS and a.dep_ == "advcl"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children) for a in v.ancestors):
        return None  # 'Asked whether he still [expected] the deal to pass, Morrow said he did': a reporter's question
    aligns = lemma in RULE_ALIGN and not any(c.dep_ == "ccomp" and c.i > v.i for c in v.children)
    if v.dep_ == "relcl" and SIDES_IN_RELATIVES and (lemma in RULE_SIDE or aligns):
        # 'Governor Tom Berg, who praised the plan, ...': the side of the person the clause describes
        subj = _subject(v, art.in_quote)
        if subj is None or subj.lower_ not in ("who", "that") + (("which",) if WHICH_SIDES else ()) \
                or not speaker_like(v.head) \
                or not _side_object(v, lemma) or lemma in ("describe", "cite"):
            return None
        return _verb_frame(art, v, lemma)
    if v.dep_ in ("amod", "compound", "acl", "relcl"):
        return None
    if lemma in RULE_SIDE or aligns:
        subj = _subject(v, art.in_quote)
        if subj is None or not _side_object(v, lemma):
            return None
        if lemma == "describe" and not any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children):
            return None  # 'described the plan as a giveaway', not 'described the hotel'
        if not speaker_like(subj):
            return None
        return _verb_frame(art, v, lemma)
    if lemma in RULE_INTENT:
        subj = _subject(v, art.in_quote)
        infinitive = [c for c in v.children if c.dep_ == "xcomp" and c.i > v.i and c.pos_ == "VERB"
                      and any(x.lower_ == "to" and x.dep_ == "aux" for x in c.children)]
        if subj is None or not infinitive or not speaker_like(subj):
            return None
        return _verb_frame(art, v, lemma)
    if lemma not in RULE_BELIEF and lemma not in RULE_FINDING:
        return None
    comp = [c for c in v.children if c.dep_ == "ccomp" and c.i > v.i and not _is_trailing_attribution(art, c)]
    if not comp and AGREEING_CONJUNCTS and _agreeing_cue(v) is not None:
        comp = _that_acls(v)  # 'and fears [that routes will be cut]', hung on 'fears' as a clause of a noun
    if not comp or (any(c.dep_ == "neg" for c in v.children) and lemma in ("know", "think", "believe")):
        return None  # "doesn't think ..." is kept out: a denial reads as the opposite belief
    subj = _subject(v, art.in_quote)
    if subj is None or subj.lower_ in {"it", "this", "that", "there", "which", "what", "you", "one"}:
        return None
    head = subj.lemma_.lower()
    if lemma in RULE_FINDING:
        if head not in DOCUMENT_NOUNS:
            return None
    elif not (speaker_like(subj) or subj.pos_ in ("PRON", "PROPN") or head in DOCUMENT_NOUNS):
        return None
    return _verb_frame(art, v, lemma)


def _side_description_frame(art: Article, n) -> Frame | None:
    """A person or an organisation described by the side they take (`SIDE_DESCRIPTIONS`): "Lindsey
    Graham, a frequent critic of Trump," (apposition), 'X is a staunch opponent of Y', 'X has been
    critical of Y', 'X, who is supportive of Y' (a predicate after 'be', 'remain' or 'become'). The
    statement is the object of 'of'; the speaker the one described. None otherwise ('critics of the
    plan say', 'the film's critic')."""
    toward = _prep_object(n, {"of"}, n.i)
    owner = None
    if toward is None and POSSESSIVE_SIDES:
        # "The bill's sponsor, Senator Dale Ruiz,", "Tom Berg, the toll's fiercest critic,"
        owner = next((c for c in n.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        toward = owner
    if toward is None or toward.lower_ in ("who", "which", "that", "it", "this", "them", "him", "her"):
        return None
    cue_toks = [n, *(c for c in n.lefts if c.dep_ in ("amod", "advmod", "neg"))]
    if owner is None:
        cue_toks += [toward.head, *(c for c in n.lefts if c.dep_ == "det")]
    named = next((c for c in n.children if c.dep_ == "appos" and c.i > n.i and speaker_like(c)), None)
    if owner is not None and named is not None and n.dep_ != "appos":
        speaker = named  # "The bill's sponsor, Senator Dale Ruiz, said"
    elif owner is not None and n.dep_ != "appos":
        return None  # 'the film's critic said': a description with no one named
    elif n.dep_ == "appos" and n.pos_ == "NOUN":
        speaker = n.head
    elif n.dep_ in ("attr", "acomp") and n.head.lemma_.lower() in ("be", "remain", "become", "stay"):
        verb = n.head
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        cue_toks += [verb, *(c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i)]
        if speaker is not None and speaker.lower_ in ("who", "that") and verb.dep_ == "relcl":
            speaker = verb.head
    else:
        return None
    if speaker is None or not speaker_like(speaker) or speaker.lower_ in ("it", "this", "that"):
        return None
    if art.in_quote[n.i] >= 0 or art.in_quote[speaker.i] >= 0:
        return None
    s, e = art.mention_span(toward)
    if owner is not None:
        s, e = art.trim(s, min(e, owner.idx + len(owner)), keep_final=True)  # 'The bill', not "The bill's"
    return _side_frame(art, n, _char_span(cue_toks), speaker, (s, e))


def _side_frame(art: Article, head, cue: tuple[int, int], speaker, content: tuple[int, int]) -> Frame | None:
    """The frame of a side a description or a copula takes: the speaker's mention stops before the cue
    when it comes first; None when the speaker or the content is empty."""
    ss, se = art.mention_span(speaker)
    if speaker.i < head.i:
        ss, se = art.trim(ss, min(se, cue[0]), keep_final=True)
    if content[1] <= content[0] or se <= ss:
        return None
    return Frame(head, cue, speaker, (ss, se), content, False, quotes=[], relay_of=[])


#: Whether a person or an organisation who 'is against' or 'is opposed to' something takes that side
#: ('Bernie Sanders is against it', 'The mayor is opposed to the tower', 'has been against the bill from
#: the start'); the rules had no statement for it (session 67).
COPULAR_SIDES = True
_COPULAS = frozenset({"be", "remain", "stay"})


def _copular_side_frame(art: Article, t) -> Frame | None:
    """'X is against Y' (``t`` the preposition 'against' on a copula) or 'X is opposed to Y' (``t`` the
    predicate 'opposed'): the side of the copula's subject toward Y (`COPULAR_SIDES`), else None."""
    verb = t.head
    if verb.lemma_.lower() not in _COPULAS or art.in_quote[verb.i] >= 0:
        return None
    if t.lower_ == "against":
        toward, cue_toks = next((x for x in t.children if x.dep_ in ("pobj", "pcomp")), None), [verb, t]
    else:
        to = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        toward = next((x for x in to.children if x.dep_ in ("pobj", "pcomp")), None) if to is not None else None
        cue_toks = [verb, t] + ([to] if to is not None else [])
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is not None and speaker.lower_ in ("who", "that") and verb.dep_ == "relcl":
        speaker = verb.head
    if toward is None or speaker is None or not speaker_like(speaker) or speaker.lower_ in ("it", "this", "that"):
        return None
    cue_toks += [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
    s, e = art.mention_span(toward) if toward.pos_ != "VERB" else _char_span(list(toward.subtree))
    if any(c.dep_ == "advmod" and c.lower_ == "so" for c in t.children):
        # 'are so opposed to electing Trump that they are endorsing Clinton': the result is not the object
        that = next((x for x in art.doc[toward.i:] if x.lower_ == "that" and x.idx < e), None)
        if that is not None:
            e = art.trim(s, that.idx)[1]
    return _side_frame(art, t, _char_span(cue_toks), speaker, (s, e))


def _side_noun_frame(art: Article, n, lemma) -> Frame | None:
    """A side taken by a noun (`SIDE_NOUNS`): "Ada Price's criticism of the toll", 'the plan drew
    criticism from unions', 'the toll came under fire from Ann Ortiz', 'Ortiz launched an attack on
    Tom Berg'. The speaker is the noun's owner, the object of its 'from' or 'by', or the subject of the verb
    that gives it; the content what it names with its preposition, or the subject of the verb that
    receives it. None without a speaker who can be one, or without a content."""
    preps = SIDE_NOUNS[lemma]
    toward = _prep_object(n, preps, n.i)
    source = _prep_object(n, {"from", "by"} if SIDE_NOUN_AGENTS else {"from"}, n.i)
    owner = next((c for c in n.children if c.dep_ == "poss" and c.i < n.i), None)
    verb = n.head if n.dep_ == "dobj" else (n.head.head if n.dep_ == "pobj" and n.head.lower_ == "under" else None)
    if verb is not None and verb.lemma_.lower() in RULE_ALIGN and verb.lemma_.lower() != "come":
        return None  # 'threw his support behind Y': the verb's own frame ('came under fire from X' has none)
    if toward is None and verb is not None and n.dep_ == "dobj":
        # 'withdrew her support for Y', parsed with the preposition on the verb
        toward = _prep_object(verb, preps, n.i)
    if source is None and verb is not None and verb.lemma_.lower() in _RECEIVING:
        # 'drew criticism from X', parsed with 'from' on the verb
        source = _prep_object(verb, {"from"}, n.i)
    cue_toks = [n]
    if source is not None:
        speaker = source
        cue_toks.append(source.head)
        if toward is None and verb is not None and verb.lemma_.lower() in _RECEIVING:
            toward = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            cue_toks += [verb, *(c for c in verb.children if c.dep_ in ("aux", "neg", "prt") and c.i < n.i)]
            if n.dep_ == "pobj":
                cue_toks.append(n.head)
    elif owner is not None:
        speaker = owner
        if owner.lower_ in _POSSESSIVE_PRONOUNS:
            # 'Kirk rescinded his endorsement of Trump', 'she renewed her criticism of the plan': the side is
            # the subject's; without such a verb, a pronoun's side is left to the tagger
            if verb is None or n.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
                return None
            speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            cue_toks += [verb, owner, *(c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < n.i)]
    elif verb is not None and verb.lemma_.lower() in _GIVING and verb.pos_ in ("VERB", "AUX"):
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        cue_toks += [verb, *(c for c in verb.children if c.dep_ in ("aux", "neg", "prt") and c.i < n.i)]
    else:
        return None
    if speaker is None or toward is None or lemma == "fire" and not (n.dep_ == "pobj" and n.head.lower_ == "under"):
        return None
    if not speaker_like(speaker) or art.in_quote[speaker.i] >= 0 or art.in_quote[toward.i] >= 0:
        return None
    if toward.lower_ in ("who", "which", "that", "it", "this"):
        return None
    if toward.i > n.i:
        cue_toks.append(toward.head)  # the preposition: 'criticism of'
    cs, ce = _char_span(cue_toks)
    s, e = art.mention_span(toward)
    if speaker.i > toward.i and s < speaker.idx < e:
        return None
    ss, se = art.mention_span(speaker)
    if owner is not None and speaker is owner:
        ss, se = art.trim(ss, min(se, n.idx), keep_final=True)
    elif speaker is source:
        # 'criticism from her own party over the bill': the party, not what it criticised over ('of' and
        # 'for' can be part of a name: 'the Bank of England')
        after = next((c for c in speaker.children if c.dep_ == "prep" and c.i > speaker.i
                      and c.lower_ in _NOT_IN_NAMES), None)
        if after is not None:
            ss, se = art.trim(ss, min(se, after.idx), keep_final=True)
    if e <= s or se <= ss or (s <= cs < e):
        return None
    return Frame(n, (cs, ce), speaker, (ss, se), (s, e), s < cs, quotes=[], relay_of=[])


def _claim_noun_frame(art: Article, n) -> Frame | None:
    """A claim noun (`CLAIM_NOUNS`) with a that-clause: "the mayor's claim that the budget was
    balanced", 'a warning from the coast guard that the pier would flood', 'the senator repeated
    her assertion that ...'. The speaker is the noun's owner (a name, a person, an organisation or a
    document: 'the report'), the object of its 'from' or 'by', or, for a possessive pronoun, the
    subject of the verb the noun is the object of. The content is the clause after 'that', up to
    the verb of the sentence when the noun is its subject ("the mayor's claim that X was disputed"
    gives X). None without such a speaker or clause ('the claim that X' with no one making it)."""
    doc = n.doc
    if art.in_quote[n.i] >= 0:
        return None
    source = _prep_object(n, {"from", "by"}, n.i)
    that = n.i + 1 if source is None else source.head.right_edge.i + 1  # 'a warning from X that ...'
    if that + 1 >= len(doc) or doc[that].lower_ != "that":
        return None
    clause = next((c for c in n.children if c.dep_ in ("acl", "ccomp", "relcl", "appos") and c.i > that
                   and c.left_edge.i == that), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    that_args = [c for c in clause.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")] + [
        x for c in clause.children if c.dep_ == "prep" and c.i > clause.i for x in c.children]
    if any(x.lower_ == "that" for x in that_args):
        return None  # 'the claim that he made': a relative clause whose 'that' is its object
    if clause.lemma_.lower() in _TAKES_CLAIM and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "auxpass") for c in clause.children):
        return None  # the same, parsed with 'that' as a complementizer: "Ortiz's claim that she made"
    owner = next((c for c in n.children if c.dep_ == "poss" and c.i < n.i), None)
    cue_toks = [n]
    if owner is not None and owner.lower_ not in _POSSESSIVE_PRONOUNS:
        speaker = owner
    elif owner is not None:
        verb = n.head if n.dep_ == "dobj" and n.head.pos_ in ("VERB", "AUX") else None
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if speaker is None:
            return None
        cue_toks += [verb, owner, *(c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < n.i)]
    elif source is not None:
        speaker = source
        cue_toks.append(source.head)
    else:
        return None
    if speaker.lower_ in ("it", "this", "that", "which", "who", "there") or art.in_quote[speaker.i] >= 0:
        return None
    if not (speaker_like(speaker) or speaker.pos_ == "PROPN" or speaker.lemma_.lower() in DOCUMENT_NOUNS):
        return None
    sent = n.sent
    start = doc[that + 1]
    end = clause.right_edge
    head = n.head
    if n.dep_ in ("nsubj", "nsubjpass") and head.i > n.i:
        # the noun is the sentence's subject: the clause stops where its verb group starts
        stop = min([head.i] + [c.i for c in head.children if c.dep_ in ("aux", "auxpass", "neg") and c.i > n.i])
        if stop <= start.i:
            return None
        end = doc[stop - 1]
    elif n.dep_ == "ROOT":
        # a misparse of "X's warning that the pier would flood went unheeded": the clause's verb is
        # taken as the subject of the sentence's verb; the clause ends with it
        verb_subj = next((x for x in clause.subtree if x.dep_ in ("nsubj", "nsubjpass", "csubj")
                          and x.pos_ in ("VERB", "AUX") and x.head.i > x.i), None)
        if verb_subj is not None:
            end = verb_subj
    if end.i < start.i:
        return None
    s, e = start.idx, end.idx + len(end)
    ps, pe = art.para_bounds(n.idx)
    s, e = max(s, sent.start_char, ps), min(e, sent.end_char, pe)
    s, e = _balance(art, *art.trim(s, e, strip_marks=False))
    if e - s < 3:
        return None
    cs, ce = _char_span(cue_toks)
    ss, se = art.mention_span(speaker)
    if owner is speaker:
        ss, se = art.trim(ss, min(se, n.idx), keep_final=True)
    if se <= ss or s <= ss < e:
        return None
    return Frame(n, (cs, ce), speaker, (ss, se), (s, e), False, quotes=[], relay_of=[])


#: Speech verbs that take a side, in the passive with their agent as `RULE_SIDE` verbs are ('Berg was
#: criticised by the council').
_SIDE_SPEECH = frozenset({"criticize", "criticise", "accuse"})


def _passive_side_frame(art: Article, v, lemma) -> Frame | None:
    """'Y was praised by X' and 'Y, who was endorsed by X, ...': X's statement whose content is Y
    (`PASSIVE_SIDES`); None without an agent who can be a speaker ('the plan was praised', 'a loan
    backed by a mortgage')."""
    if not PASSIVE_SIDES or lemma in ("describe", "cite"):
        return None
    agent = next((c for c in v.children if c.dep_ == "agent" and c.i > v.i), None)
    by = next((x for x in agent.children if x.dep_ == "pobj"), None) if agent is not None else None
    patient = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    if by is None or patient is None or not speaker_like(by) or art.in_quote[by.i] >= 0:
        return None
    if v.dep_ == "relcl":
        if patient.lower_ not in ("who", "that", "which") or not SIDES_IN_RELATIVES:
            return None
        head = v.head
        s, e = art.mention_span(head)
        s, e = art.trim(min(s, head.idx), min(e, v.left_edge.idx), keep_final=True)
    elif v.dep_ in ("ROOT", "conj", "ccomp"):
        s, e = art.mention_span(patient)
    else:
        return None
    if e <= s:
        return None
    toks = [v, agent, *(c for c in v.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < v.i and v.i - c.i <= 3)]
    cue = _char_span(toks)
    # the agent's own phrase, without a clause parsed onto it ('by the council of lying about ...')
    clause = [x for c in by.children if c.dep_ == "prep" and any(y.dep_ == "pcomp" for y in c.children)
              for x in c.subtree]
    ss, se = art.mention_span(by)
    if clause:
        ss, se = art.trim(ss, min(se, min(x.idx for x in clause)), keep_final=True)
    return Frame(v, cue, by, (ss, se), (s, e), s < cue[0], quotes=[], relay_of=[])


_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "myself", "ourselves", "yourself"})


def _quoted_name(obj) -> bool:
    """Whether an object has a quoted apposition after it ('their son "an American hero"')."""
    doc = obj.doc
    return any(x.dep_ == "appos" and x.i > obj.i and x.left_edge.i > 0 and doc[x.left_edge.i - 1].is_quote
               for x in obj.children)


def _needs_ok(t, lemma) -> bool:
    need = NEEDS.get(lemma)
    if need is None:
        return True
    if lemma == "point" and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children):
        return True
    if lemma == "call" and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in t.children):
        return False  # 'a group calling itself the Harbour Front': a name, not a statement
    if lemma == "call" and any(c.dep_ == "dobj" for c in t.children) and any(
            c.dep_ in ("oprd", "ccomp") or (c.dep_ == "xcomp" and (
                not any(x.lower_ == "to" for x in c.lefts) or any(x.is_quote for x in c.subtree)))
            for c in t.children):
        # 'called it "shameful"', 'called his officials to arrange "more sorties"' (not 'called the
        # meeting to order', 'called him to testify')
        return True
    if lemma == "call" and any(c.dep_ == "dobj" and _quoted_name(c) for c in t.children):
        return True  # 'called their son "an American hero"', the name parsed in apposition to the object
    if lemma == "call" and any(c.dep_ == "oprd" and c.i > t.i and any(
            x.i < c.i and x.pos_ in ("NOUN", "PROPN") for x in c.subtree) for c in t.children):
        return True  # 'called the referendum unconstitutional', parsed with the object inside the predicate
    if lemma == "call" and FOR_CLAUSES and any(_for_clause(c, t, lemma) for c in t.children):
        return True  # 'called for the deadline to be extended', with 'for' the clause's mark
    if lemma == "call":
        # 'called for / on X' with the preposition right after the verb (an adverb or a date may stand
        # between), not 'called her son Tom on Monday'
        return any(c.dep_ == "prep" and c.lower_ in need[1] and c.i > t.i
                   and all(x.pos_ in ("ADV", "PART") or x.ent_type_ in ("DATE", "TIME") for x in t.doc[t.i + 1:c.i])
                   for c in t.children)
    return any(c.dep_ == need[0] and c.lower_ in need[1] for c in t.children)


#: Passive verbs that hand a speech verb their subject: 'X was quoted as saying ...', 'X was heard saying ...'.
_REPORTED_AS = {"quote", "cite", "hear", "overhear", "record", "tape", "film", "report"}


def _reported_by(v):
    """The passive verb ('quoted', 'heard') that a speech verb completes ('quoted as saying'), or None."""
    h = v.head.head if v.dep_ == "pcomp" and v.head.lower_ == "as" else v.head if v.dep_ == "xcomp" else None
    return h if h is not None and h.lemma_.lower() in _REPORTED_AS else None


def _in_dateline(tok) -> bool:
    """Whether a token lies in the dateline that opens its sentence ('LONDON (Reuters) - ')."""
    start = tok.sent.start_char
    m = match_dateline(tok.doc.text[start:start + 80])
    if m is None and DATELINE_APPOSITIONS:  # (a sentence the parse runs on from the headline: the line's start)
        start = tok.doc.text.rfind("\n", 0, tok.idx) + 1
        m = match_dateline(tok.doc.text[start:start + 80])
    return m is not None and tok.idx < start + m.end()


def _dateline_apposition(c):
    """The child of a subject ``c`` in the dateline that stands after the dateline in apposition to it (or as its
    conjunct, `DATELINE_CONJUNCTS`): the verb's real subject ('JERUSALEM - Israel on Sunday rejected'), or None."""
    deps = ("appos", "conj") if DATELINE_CONJUNCTS else ("appos",)
    return next((x for x in c.children if x.dep_ in deps and x.i > c.i and not _in_dateline(x)), None)


def _dateline_subject_before(c, v) -> bool:
    """Whether the subject ``c`` of ``v`` lies in the dateline and ``v`` has another subject after it, outside
    the dateline ('LONDON (Reuters) - Donald Trump said': Trump)."""
    return _in_dateline(c) and any(x.dep_ == "nsubj" and x.i > c.i and not _in_dateline(x) for x in v.children)


#: Whether 'May' or 'Will' opening a sentence before a verb in the past tense, which the parse reads as a
#: modal ('May said Moscow had failed ...'), is the verb's subject: a person's name (session 68).
MODAL_NAMES = True


def _subject(v, in_quote=None):
    if HEADLINE_PASSIVES and headline_passive(v):
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    for c in v.children:
        # a subject inside a quotation is a misparse of the quote's last words ('"... Full panic
        # mode," said X': 'mode' as a second subject of 'said')
        if c.dep_ in ("nsubj", "csubj") and not (in_quote is not None and in_quote[c.i] >= 0 > in_quote[v.i]):
            if DATELINE_SUBJECTS and _dateline_subject_before(c, v):
                continue  # 'LONDON (Reuters) - Donald Trump said': the parse's second subject speaks
            if DATELINE_APPOSITIONS and _in_dateline(c):
                appos = _dateline_apposition(c)
                if appos is not None:
                    return appos  # '[JERUSALEM] - [Israel] on Sunday rejected': the parse's apposition speaks
            if ISSUED_DOCUMENTS and v.dep_ == "relcl" and c.lower_ in ("that", "which"):
                issuer = _issuer(v.head)  # 'X released a statement that claims ...': X
                if issuer is not None:
                    return issuer
            if GAP_RELATIVE_SUBJECTS and c.lower_ in ("which", "that"):
                second = next((x for x in v.children if x.dep_ == "nsubj" and x.i > c.i
                               and x.pos_ in ("NOUN", "PROPN") and speaker_like(x)), None)
                if second is not None:
                    return second  # 'a move ... which [privacy campaigners] warned could force ...'
            nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
            if nxt is not None and nxt.dep_ == "nsubj" and nxt.head.i == v.i and nxt.pos_ == "PROPN" \
                    and c.pos_ == "NOUN":
                return nxt  # 'His niece Erin says': two subjects in a misparse; the name is who speaks
            if TITLE_SECOND_SUBJECTS and c.text.islower() and c.pos_ in ("NOUN", "PROPN") \
                    and c.right_edge.i + 1 < len(c.doc) and c.doc[c.right_edge.i + 1].ent_type_ == "PERSON":
                name = next((x for x in v.children if x.dep_ == "nsubj" and x.left_edge.i == c.right_edge.i + 1
                             and x.ent_type_ == "PERSON"), None)
                if name is not None:
                    return name  # 'said shop steward Dervla Okonkwo-Pryce', parsed as two subjects
            if BROKEN_NAME_SUBJECTS and c.pos_ in ("NOUN", "PROPN") and c.text.islower():
                name = next((x for x in v.children if x.dep_ == "nsubj" and x.i > c.right_edge.i + 1
                             and x.ent_type_ == "PERSON" and all(t.ent_type_ == "PERSON" or t.text == "-"
                                                                 for t in c.doc[c.right_edge.i + 1:x.i])), None)
                if name is not None:  # 'Commission chairman Graeme Ashdown-Tully said', the name parsed in pieces
                    return name
            if CAPITAL_TITLE_SUBJECTS and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "PERSON":
                name = next((x for x in v.children if x.dep_ == "nsubj" and x.left_edge.i == c.right_edge.i + 1
                             and x.pos_ == "PROPN" and (x.ent_type_ in ("PERSON", "ORG") or x.doc[
                                 x.left_edge.i].lower_.rstrip(".") in HONORIFICS)), None)
                if name is not None:  # 'Head of Paediatric Nephrology at the hospital Dr. S. Ilamparithi said',
                    return name  # 'inquest magistrate Nozuko Gqirana said' (the name tagged ORG): two subjects
            if PRONOUN_SECOND_SUBJECTS and c.pos_ in ("NOUN", "PROPN") and c.i < v.i - 2 \
                    and c.doc[v.i - 1].dep_ == "nsubj" and c.doc[v.i - 1].head.i == v.i \
                    and c.doc[v.i - 1].lower_ in ("he", "she", "they", "we", "i") and c.doc[v.i - 2].text == ",":
                return c.doc[v.i - 1]  # 'Asked whether ... the province legislate teachers back to work, [she] said'
            if SECOND_SUBJECTS and c.pos_ == "NOUN":
                named = _named_second_subject(c, v)
                if named is not None:
                    return named
            if ZERO_RELATIVE_NAMES and c.pos_ == "NOUN" and c.i + 1 < v.i:
                name = c.doc[v.i - 1]  # 'an offer [Tully] said he would believe when the money arrives'
                if name.head.i == v.i and name.dep_ in ("advmod", "npadvmod") and name.left_edge.i == c.i + 1 \
                        and name.ent_type_ in ("PERSON", "ORG"):
                    return name
            return _hyphened_end(c) if HYPHENED_SUBJECTS else c
    if AGE_SUBJECTS and v.lemma_.lower() in SPEECH_LEMMAS:
        age = next((c for c in v.children if c.dep_ in ("amod", "compound") and c.lower_ == "old" and c.i < v.i
                    and any(x.lower_ == "year" for x in c.subtree)), None)
        if age is not None:
            return age  # '"...," the 17-year-old said', the parse hanging 'the' and 'old' on 'said'
    if MODAL_NAMES and v.tag_ == "VBD":
        name = next((c for c in v.children if c.dep_ == "aux" and c.tag_ == "MD" and c.text in ("May", "Will")
                     and c.i == c.sent.start), None)
        if name is not None:
            return name  # '[May] said Moscow had failed to explain ...': a modal before a past tense is a name
    h = _reported_by(v)
    if h is not None:
        # 'X was quoted as saying': X; 'Reuters quoted X as saying': X too, the object, not the outlet
        for dep in ("nsubjpass", "dobj", "nsubj"):
            for c in h.children:
                if c.dep_ == dep:
                    return c
    if ABSOLUTE_PAIRS and v.dep_ in ("acl", "pcomp") and v.tag_ == "VBG":
        pair = _paired_subject(v)
        if pair is not None:
            return pair  # 'with supporters pointing to X and [opponents] warning of Y'
    if apposed_acl_subject(v) is not None:
        return v.head  # 'Its general secretary, Fergus Mbatha-Lyle, called on ministers ...': 'called' on the noun
    root = _noun_root_cue(v) if v.dep_ == "acl" else None
    if root is not None:
        return root  # 'A senior diplomat from a country that backed it admitted privately that ...' (no verb root)
    if _root_noun_participle(v):
        return v.head  # 'Nadia Korvalen, whose party was barred ..., called for sanctions' (the name as the root)
    if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN"):
        # '911 calls saying shots were fired'; but 'X issued a statement saying ...' is X's
        return (ISSUED_DOCUMENTS and _issuer(v.head)) or v.head
    name = _name_after_quote(v)
    if name is not None:
        return name
    if QUOTED_INVERSIONS:
        inverted = _inverted_object(v, in_quote)
        if inverted is not None:
            return inverted  # '"No one can guarantee that," replied the head of highways, Graham Tully.'
    if ADJACENT_SUBJECTS and v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ", "VBP") and v.i > 0:
        prev = v.doc[v.i - 1]
        if prev.pos_ in ("NOUN", "PROPN") and prev.dep_ in ("conj", "pobj", "dobj") and prev.head.i != v.i \
                and not prev.is_punct and prev.i > v.head.i and not (
                    OWN_ADJUNCTS_NOT_SUBJECTS and prev.dep_ == "pobj" and prev.head.head.i == v.i):
            # (not 'He did not attend, but in [a brief statement] said ...': the cue's own phrase)
            return prev  # 'long queues formed outside banks and [businesses] said they could not get cash'
    if WITH_SAYERS and v.dep_ == "advcl" and v.tag_ == "VBG":
        sayer = _with_sayer(v)
        if sayer is not None:
            return sayer  # 'stirred up debate – with groups like PETA saying ...': the groups, not the statement
    if QUOTE_CLOSED_PARTICIPLES:
        outer = _quote_closed_verb(v, in_quote)
        if outer is not None:
            return _subject(outer, in_quote)  # 'said his party had "won far more than we gave up", pointing to ...'
    if RELATIVE_PARTICIPLES:
        verb = _relative_participle_verb(v)
        if verb is not None:
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if PARTICIPLE_SPEAKERS:
        outer = _participle_speaker_verb(v, in_quote)
        if outer is not None:
            return _subject(outer, in_quote)  # 'insisted that the extension would deliver value, pointing to ...'
    # participles and coordinated verbs share the subject of their head:
    # 'X reiterated ..., calling on ...', 'X smiled and said ...'
    h, steps = v, 0
    outer = _outer_speech_verb(v) if OUTER_SUBJECTS else None
    if outer is not None:
        return _subject(outer, in_quote)  # 'The company said its monitoring showed ..., and accused ...'
    agreeing = _agreeing_cue(v) if AGREEING_CONJUNCTS else None
    if agreeing is not None:
        return _subject(agreeing, in_quote)  # 'She believes the savings are exaggerated and fears that ...': she
    if PASSIVE_NO_CLIMBS and v.lemma_.lower() != "quote" and any(c.dep_ == "nsubjpass" for c in v.children):
        return None  # 'classes would continue and security staff had been told not to ...': not the classes
    while h.dep_ in ("conj", "advcl", "xcomp") and h.head is not h and steps < 3:
        if h.dep_ == "advcl" and h.tag_ not in ("VBG",):
            break
        h = h.head
        steps += 1
        for c in h.children:
            if c.dep_ == "nsubj":
                if QUOTED_CLIMBS and in_quote is not None and in_quote[c.i] >= 0 > in_quote[v.i]:
                    # 'said the charge undermined "the principle that the hills belong to everyone" and accused
                    # the board': not the hills, but who said it
                    speech = next((a for a in v.ancestors if a.lemma_.lower() in SPEECH_LEMMAS and in_quote[a.i] < 0
                                   and a.i < v.i), None)
                    return _subject(speech, in_quote) if speech is not None else None
                if CLIMBED_DATELINES and _dateline_subject_before(c, h):
                    continue  # 'VATICAN CITY - Pope Leo called ..., telling pilgrims': the Pope tells them
                if DATELINE_APPOSITIONS and _in_dateline(c):
                    return _dateline_apposition(c) or c
                if WHOSE_CLIMBS:
                    owner = _whose_owner(c)
                    if owner is not None:
                        return owner  # 'Ilievski, whose party has championed the bill, called it ...': Ilievski
                if CLIMBED_SECOND_SUBJECTS and sum(x.dep_ == "nsubj" for x in h.children) > 1:
                    return _subject(h, in_quote) or c  # 'Special prosecutor Denise Fairbanks-Oro had asked for nine
                    # years, telling the judge ...', an office and a name parsed as two subjects: the name
                return c
    return None


#: Whether a word the parse hangs on 'according' right after its source ('According to three officials present,') is
#: part of the source, not the content (session 72).
ACCORDING_TAILS = True
#: Whether a participle right after a 'with' phrase on the verb it hangs on ('The statement stirred up debate – with
#: groups like PETA saying ...', parsed as a clause of 'stirred') is said by the object of 'with' (session 72).
WITH_SAYERS = True


def _with_sayer(v):
    """The object of a 'with' on the verb ``v`` hangs on that ends right before ``v`` (punctuation aside), else None
    (`WITH_SAYERS`)."""
    with_ = next((c for c in v.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < v.i
                  and c.i > 0 and v.doc[c.i - 1].text in (",", "–", "—", "-")), None)  # (not 'pleaded with X, telling')
    obj = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or not all(
            x.is_punct for x in v.doc[obj.right_edge.i + 1:v.i]):
        return None
    return obj


#: Whether 'reads' after a quotation, with a document as its subject ('"...," reads a Wednesday editorial in The
#: Des Moines Register'), is a cue (session 72).
READ_DOCUMENTS = True


def _document_reads(art: Article, t) -> bool:
    """Whether ``t`` ('reads', 'read') follows a closing quotation mark and a comma and has a document noun
    ('editorial', 'statement', 'letter') as its subject, for `READ_DOCUMENTS`."""
    def after_quote(i: int) -> bool:
        return i >= 2 and t.doc[i - 1].text in ALL_MARKS and t.doc[i - 2].text in (",", "!", "?")
    return any(c.dep_ == "nsubj" and (c.i > t.i and after_quote(t.i) or (
        READ_AFTER_SUBJECTS and c.i < t.i and c.right_edge.i == t.i - 1 and after_quote(c.left_edge.i)))
               and (c.lemma_.lower() in DOCUMENT_NOUNS or c.lower_ in _READ_NOUNS) for c in t.children)


#: Whether the document may come before 'read' ('"I have spent 19 years in public life ...," the statement read.';
#: session 79).
READ_AFTER_SUBJECTS = True
#: Whether a past tense that the parse hung on a noun as a clause, right after a name in apposition to the noun and its
#: comma ('Its general secretary, Fergus Mbatha-Lyle, called on ministers to ...'), has that noun as its subject
#: (session 79).
APPOSED_ACL_CUES = True


#: Things that 'read' what is written on them, beside `lexicon.DOCUMENT_NOUNS`.
_READ_NOUNS = frozenset("sign signs banner banners placard placards headline headlines caption post tweet".split())
#: Whether the words before an attribution set off by commas in a relative clause ('had objected to language that,
#: they argued, assigned blame to one side') start at the noun the clause is on, not at the sentence's start (session
#: 72).
RELATIVE_GAPS = True
#: Whether a past tense the parse hung on a noun as a participle in a sentence it gives no main verb ('A senior
#: diplomat from a country that backed the resolution admitted privately that Castor would not budge', with
#: 'diplomat' the root) is a cue whose speaker is that root (session 72).
NOUN_ROOT_CUES = True


def apposed_acl_subject(v):
    """The noun a past tense ``v`` is parsed on as a clause, right after a name in apposition to the noun and its comma
    ('Its general secretary, Fergus Mbatha-Lyle, called on ministers ...'), as the cue's subject (`APPOSED_ACL_CUES`);
    else None."""
    if APPOSED_ACL_CUES and v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and v.i > 1 and v.doc[v.i - 1].text == "," \
            and not any(c.dep_ in ("agent", "auxpass") for c in v.children) \
            and speaker_like(v.head) and any(c.dep_ == "appos" and c.i < v.i for c in v.head.children):
        return v.head
    return None


def _noun_root_cue(v):
    """The noun at the root of ``v``'s sentence when ``v``, a past form parsed as a clause on a noun, has a 'that'
    clause after it and the sentence no verb at its root, else None (`NOUN_ROOT_CUES`)."""
    root = v.sent.root
    if not NOUN_ROOT_CUES or v.dep_ != "acl" or v.tag_ not in ("VBN", "VBD") or root.pos_ not in ("NOUN", "PROPN") \
            or root.i > v.i or not speaker_like(root):
        return None
    if not any(c.dep_ == "ccomp" and c.i > v.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in v.children):
        return None
    return root


#: Whether a coordinated cue whose parse climbs to a subject that a 'whose' opens ('Ilievski, whose party has
#: championed the bill for years, called the vote historic', misparsed with 'called' a conjunct of 'championed')
#: takes the noun before ', whose' as its subject (session 72).
WHOSE_CLIMBS = True


def _whose_owner(subj):
    """The noun or name before ', whose' when ``subj`` opens with 'whose' ('[Ilievski], whose party'), else None."""
    whose = next((x for x in subj.children if x.dep_ == "poss" and x.lower_ == "whose"), None)
    if whose is None or whose.i < 2 or subj.doc[whose.i - 1].text != ",":
        return None
    owner = subj.doc[whose.i - 2]
    return owner if owner.pos_ in ("PROPN", "NOUN") else None


#: Whether in 'with supporters pointing to cheaper power and opponents warning of ruined views', parsed with
#: 'opponents' a conjunct of 'power' and 'warning' on 'power', the opponents warn (not 'cheaper power and
#: opponents') and the supporters point only to cheaper power (session 67).
ABSOLUTE_PAIRS = True
#: The same where the parse hangs the second participle on 'with' and its subject on the first one's clause
#: ('with supporters saying it will save lives and [critics] warning it will choke traffic'; session 68).
ABSOLUTE_CLAUSE_PAIRS = True


def _paired_subject(v):
    """The noun right before a participle cue ``v`` that the parse made a conjunct of the noun ``v`` hangs
    on, after 'and' ('... and [opponents] warning of ...'), else None (`ABSOLUTE_PAIRS`)."""
    with_clause = ABSOLUTE_CLAUSE_PAIRS and v.dep_ == "pcomp" and v.head.lower_ == "with"
    if (v.dep_ != "acl" and not with_clause) or v.tag_ != "VBG" or v.i < 2:
        return None
    lemma = v.lemma_.lower()
    if lemma not in SPEECH_LEMMAS and lemma not in RULE_SIDE:
        return None
    noun = v.doc[v.i - 1]
    if with_clause:
        # 'with supporters saying it will save lives and [critics] warning ...', 'critics' on 'lives'
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or v.doc[noun.i - 1].dep_ != "cc" \
                or not any(c.dep_ == "pcomp" and c.i < noun.i for c in v.head.children):
            return None
        return noun
    if noun.dep_ != "conj" or noun.head.i != v.head.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "cc" and c.i < noun.i for c in v.head.children) and v.doc[noun.i - 1].dep_ != "cc":
        return None
    return noun


#: Whether a pronoun right before a verb, after a comma, is its subject where the parse gave the verb a noun subject
#: before that comma as well ('Asked whether the board would ask the province to legislate teachers back to work, she
#: said ...', 'teachers' read as a subject of 'said'; session 77).
PRONOUN_SECOND_SUBJECTS = True


def _named_second_subject(c, v):
    """The second subject of ``v`` that names, after a comma, what its first subject ``c`` describes
    ('A coalition of parents, [Families for Choice], said'), else None (`SECOND_SUBJECTS`)."""
    doc = c.doc
    after = c.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return None
    second = next((x for x in v.children if x.dep_ == "nsubj" and x.left_edge.i == after + 1), None)
    if second is None or not second.left_edge.text[:1].isupper():
        return None
    if not any(t.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") for t in second.subtree):
        return None
    return second


#: Whether a coordinated cue in the tense of the said clause's verb, not of the speech verb, stays in the
#: clause ('saying the technology is unreliable and threatens privacy'; an article written in session 68).
CLAUSE_TENSES = True
#: Whether a conjunct with no subject whose verb is an act of the speaker's that is no cue ('apologized',
#: 'pledged') ends the content as a speech verb does, where the said clause's subject cannot act ('said in a
#: letter that safety was the company's highest priority and apologized for the inconvenience'; session 69).
SPEAKER_ACT_CONJUNCTS = True
_SPEAKER_ACTS = frozenset("apologize apologise pledge".split())


def _outer_speech_verb(v):
    """The speech verb whose subject a coordinated cue shares when the parse hangs the cue on the
    clause said ('The company said [its monitoring showed no link], and accused the alliance ...':
    'accused' on 'showed'): the cue has no subject of its own, follows ', and', and the clause's
    subject cannot speak; else None (`OUTER_SUBJECTS`)."""
    lemma = v.lemma_.lower()
    act = SPEAKER_ACT_CONJUNCTS and lemma in _SPEAKER_ACTS
    if v.dep_ != "conj" or (lemma not in SPEECH_LEMMAS and lemma not in RULE_SIDE and not act):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    clause = v.head
    if TENSE_SHIFTED_OUTERS and clause.dep_ == "acl" and clause.head.dep_ == "pobj" \
            and clause.head.head.dep_ == "prep" and clause.head.head.head.lemma_.lower() in SPEECH_LEMMAS \
            and _tense_shifted(v, clause) and any(c.lower_ == "that" and c.dep_ == "mark" for c in clause.children):
        return clause.head.head.head  # 'said in a statement that members were seeing shortages ..., and called on ...'
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_LEMMAS or v.i < 2:
        return None
    if CLAUSE_TENSES and v.tag_ == clause.tag_ != clause.head.tag_:
        return None  # 'saying the technology [is] unreliable and [threatens] privacy': the clause's own verb
    j = v.i - 1
    while OUTER_AUXILIARIES and j > 0 and v.doc[j].dep_ in ("aux", "neg", "advmod") and v.doc[j].head.i == v.i:
        j -= 1  # 'and has urged', 'and also urged'
    if v.doc[j].dep_ != "cc":
        return None
    inner = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    passive = any(c.dep_ == "auxpass" for c in clause.children)  # 'were unanswered and dismissed': one passive
    if inner is None and PASSIVE_CLAUSE_OUTERS and passive and clause.tag_ == "VBN" and v.tag_ == "VBD" \
            and lemma in SPEECH_LEMMAS and any(c.dep_ == "ccomp" and c.i > v.i for c in v.children):
        return clause.head  # 'said staff had not been consulted and warned that many would leave': the union warned
    if inner is not None and (speaker_like(inner) or inner.pos_ == "PROPN") and TENSE_SHIFTED_OUTERS \
            and _tense_shifted(v, clause) and lemma in SPEECH_LEMMAS | RULE_SIDE:
        return clause.head  # 'said the unions were "making demands ..." and accused them of ...': the speaker accused
    if inner is not None and (speaker_like(inner) or inner.pos_ == "PROPN") and REFERRING_OBJECTS \
            and lemma in SPEECH_LEMMAS | RULE_SIDE and _object_refers_to(v, inner):
        return clause.head  # 'said the minister was "out of touch" and called on her to ...': the speaker calls on her
    if inner is None or speaker_like(inner) or inner.pos_ == "PROPN":
        return None
    if v.doc[j - 1].text != "," and not (
            OUTER_WITHOUT_COMMA and (lemma in SPEECH_LEMMAS or act
                                     or (OUTER_SIDES and lemma in RULE_SIDE and not passive))
            and inner.lemma_.lower() not in DOCUMENT_NOUNS):
        return None
    return clause.head


#: Whether `OUTER_SUBJECTS` holds when the said clause's subject can speak, for a cue in the past tense after a said
#: clause in another tense (a modal, the present, or 'were ...ing'), which cannot share its verb's tense: 'said the
#: government would not intervene but called on both sides ...', 'said they "insult ..." and demanded an inquiry'
#: (the speaker calls and demands; session 75). A clause in the past perfect ('said the company had ... and
#: accused') only when a quotation stands between its verb and the speech verb ('said Vardell had "spent ..." and
#: accused the plaintiffs'): 'had' can govern both.
TENSE_SHIFTED_OUTERS = True


def _tense_shifted(v, clause) -> bool:
    """Whether the coordinated cue ``v`` is in the simple past and the said clause ``clause`` it hangs on is not: a
    modal, the present, or a progressive; or, for a speech verb, a past perfect with a quotation between the two
    (`TENSE_SHIFTED_OUTERS`)."""
    if v.tag_ != "VBD" or any(c.dep_ == "aux" and c.i > clause.i for c in v.children):
        return False
    aux = [c for c in clause.children if c.dep_ == "aux" and c.i < clause.i]
    if clause.tag_ == "VBN" and [c.lower_ for c in aux] == ["had"] and v.lemma_.lower() in SPEECH_LEMMAS:
        # 'said Vardell had "spent more than $40 million ..." and accused the plaintiffs': a quotation of the
        # speaker's words inside the clause, then a speech verb of the speaker's own
        doc = v.doc
        return any(doc[i].text in ('"', "“", "”") for i in range(clause.i + 1, v.i))
    return clause.tag_ in ("VBP", "VBZ") and not aux or any(c.tag_ == "MD" for c in aux) \
        or (clause.tag_ == "VBG" and any(c.lemma_ == "be" for c in aux))


def _asks_anonymity(verb) -> bool:
    """Whether a speech verb asks that its subject not be named ('asked not to be named',
    'requested to remain anonymous'; `lexicon.is_anonymity_request`)."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp", "dobj") and c.i > verb.i:
            if is_anonymity_request(verb.doc[verb.i + 1:c.right_edge.i + 1].text):
                return True
    return False


def _issuer(noun):
    """Who put out the statement ``noun`` is: the subject of 'X issued / released / put out a
    statement' (`ISSUED_NOUNS`, `ISSUING`), else None."""
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in ISSUED_NOUNS:
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma not in ISSUING or (lemma == "put" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                                          for c in verb.children)):
        return None
    return _subject(verb)


#: Closing quotation marks, as spaCy tokenizes them.
_CLOSING_QUOTES = frozenset({"\u201d", '"', "''", "\u2019\u2019"})


#: Whether a verb the parse hangs as a participle on a name or noun it made the sentence's root (or a conjunct of it),
#: after a comma, has that name as its subject ('Nadia Korvalen, whose party was barred from the election, called for
#: sanctions'; session 74).
ROOT_NOUN_PARTICIPLES = True
#: Whether a speech verb with two subjects, a relative 'which' or 'that' and a speaker after it, has the speaker ('a
#: move that parents hailed but which privacy campaigners warned could force ...'; session 74).
GAP_RELATIVE_SUBJECTS = True
#: Whether a name between a noun the parse made a speech verb's subject and the verb is who speaks ('an offer Tully
#: said he would believe when the money arrives', the name parsed as an adverb; session 74).
ZERO_RELATIVE_NAMES = True
#: Whether a cue's '-ing' participle that the parse hung on a said clause ('insisted that the extension would deliver
#: value, pointing to forecasts ...') has the speaker of that clause as its subject, not the clause's own (session 74).
PARTICIPLE_SPEAKERS = True
#: Whether a coordinated cue after a said clause whose object is a pronoun for that clause's subject ('said the
#: minister was "completely out of touch" and called on [her] to limit increases') is said by the speaker of the clause,
#: not by its subject (`OUTER_SUBJECTS`; session 76).
REFERRING_OBJECTS = True
#: Whether a headline's past participle with no object ('Minister urged to act ...', 'Pipeline company accused of
#: "bully-boy tactics" by landowners') is a passive: no speaker but the 'by' phrase, never the one urged or accused
#: (session 76).
HEADLINE_PASSIVES = True
#: Whether a noun right before a coordinated cue that is the object of the cue's own preposition ('He did not attend
#: the meeting, but in [a brief statement] said ...') is not taken for the cue's subject (`ADJACENT_SUBJECTS`;
#: session 76).
OWN_ADJUNCTS_NOT_SUBJECTS = True
#: Whether a cue's '-ing' participle right after a quotation that ends a said clause ('added that ministers expected
#: banks to "play their part", [pointing] to the banking hubs') is said by that clause's speaker, whatever the clause's
#: own subject is (session 76).
QUOTE_CLOSED_PARTICIPLES = True
#: Whether a cue's '-ing' participle that the parse hung on the verb of a relative clause without commas ('rejected
#: the deal the prosecutors had offered, [saying] ...') or of a clause of comparison ('imposed a sentence longer than
#: the one defense lawyers had asked for, [saying] ...') has the subject of the verb the clause belongs to (session 76).
RELATIVE_PARTICIPLES = True
#: Whether of two subjects of a speech verb, an office and the name right after it, the name speaks ('said shop
#: steward Dervla Okonkwo-Pryce'; session 74).
TITLE_SECOND_SUBJECTS = True
#: Whether, of an office and a name that the parse broke into pieces both read as subjects of a speech verb, the name
#: speaks ('Commission chairman Graeme Ashdown-Tully said': 'Graeme' and 'Ashdown' hung on 'said'; session 80).
BROKEN_NAME_SUBJECTS = True
#: Whether a participle that shares the subject of the verb it hangs on, when the parse gave that verb two subjects,
#: has the one the verb's own rules choose (an office and a name: the name; session 80).
CLIMBED_SECOND_SUBJECTS = True
#: The same for an office in capitals or with a prepositional phrase, and a name the recogniser took for an
#: organisation or that a title opens ('Consultant in emergency medicine Dr Anand Subramanyam told the inquest',
#: 'inquest magistrate Nozuko Gqirana said'; session 79).
CAPITAL_TITLE_SUBJECTS = True
#: Whether a hyphened noun that the parse split into several subjects of a speech verb speaks as a whole ('said its
#: co-ordinator, Daniel Prewett', 'One university vice-chancellor ... said'; session 74).
HYPHENED_SUBJECTS = True
#: Whether a speech verb right after a closing quotation with no subject of its own takes as its speaker the noun the
#: parse made its object ('"No one can guarantee that," replied the head of highways, Graham Tully.': the parse reads
#: 'that' as opening a clause of 'replied'; session 74).
QUOTED_INVERSIONS = True


def _joined_by_hyphen(a, b) -> bool:
    """Whether tokens ``a`` and ``b`` are written as one hyphened word ('co-ordinator': 'co', '-', 'ordinator')."""
    doc = a.doc
    return b.i == a.i + 2 and doc[a.i + 1].text == "-" and not a.whitespace_ and not doc[a.i + 1].whitespace_ \
        and a.is_alpha and b.is_alpha


def _hyphened_end(c):
    """The last word of the hyphened noun that ``c`` opens, which the parse split into several subjects ('its
    co-ordinator, Daniel Prewett': 'ordinator', with the name in apposition), else ``c`` (`HYPHENED_SUBJECTS`)."""
    doc = c.doc
    if HYPHEN_TOKEN_SUBJECTS and c.text == "-" and 0 < c.i < len(doc) - 1 and _joined_by_hyphen(doc[c.i - 1],
                                                                                            doc[c.i + 1]):
        return doc[c.i + 1]  # 'Her fellow co-chair', parsed with the hyphen as the subject
    while c.i + 2 < len(doc) and _joined_by_hyphen(c, doc[c.i + 2]) and doc[c.i + 1].head.i in (c.head.i, c.i):
        c = doc[c.i + 2]
    return c


#: Whether a hyphen the parse made a speech verb's subject ('Her fellow co[-]chair, Dr Tunde Osei-Bamford, said') is
#: the hyphened noun it joins (session 79).
HYPHEN_TOKEN_SUBJECTS = True


def _hyphened_start(c):
    """The first word of the hyphened noun that ``c`` ends ('vice-chancellor': 'vice')."""
    doc = c.doc
    while c.i >= 2 and _joined_by_hyphen(doc[c.i - 2], c):
        c = doc[c.i - 2]
    return c


def _root_noun_participle(v) -> bool:
    """Whether ``v`` is a verb the parse hung as a participle, after a comma, on a name or a noun for a speaker that it
    made the sentence's root or a conjunct of it (`ROOT_NOUN_PARTICIPLES`)."""
    h = v.head
    return ROOT_NOUN_PARTICIPLES and v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and h.dep_ in ("ROOT", "conj") \
        and h.pos_ in ("NOUN", "PROPN") and h.i < v.i and v.doc[v.i - 1].text == "," and speaker_like(h) \
        and not any(c.dep_ in ("agent", "auxpass") for c in v.children)


def zero_relative_participle(v) -> bool:
    """Whether ``v`` is the verb of a zero relative clause that the parse hung as a participle on its plural subject,
    which it read with the noun before as one phrase ('a step officials estimated would cost ...': 'a step officials';
    'a move opponents described as ...'; read by `learned.ZERO_RELATIVE_SOURCES`)."""
    h = v.head
    if not (v.dep_ == "acl" and v.tag_ == "VBN" and h.i == v.i - 1
            and h.tag_ == "NNS" and h.left_edge.lower_ in ("a", "an") and h.left_edge.i > 0
            and v.doc[h.left_edge.i - 1].text in (",", "\u2014", "\u2013")):
        return False
    return any(c.dep_ in ("compound", "amod") and c.tag_ == "NN" for c in h.children)


def _inverted_object(v, in_quote):
    """The speaker of '"...," replied the head of highways, Graham Tully.' where the parse made the speech verb a
    clause of the quotation and its speaker an object: the name after it when there is one, else the object noun
    (`QUOTED_INVERSIONS`)."""
    doc = v.doc
    if v.lemma_.lower() not in SPEECH_LEMMAS or v.i < 2 or doc[v.i - 1].text not in _CLOSING_QUOTES \
            or doc[v.i - 2].text not in (",", "?", "!") or (in_quote is not None and in_quote[v.i] >= 0):
        return None
    after = [c for c in v.children if c.i > v.i and c.dep_ in ("dobj", "npadvmod", "attr", "appos")
             and c.pos_ in ("NOUN", "PROPN")]
    name = next((c for c in after if c.ent_type_ == "PERSON"), None)
    if name is not None:
        return name
    obj = next((c for c in after if c.dep_ == "dobj"), None)
    return obj if obj is not None and speaker_like(obj) else None


def _name_after_quote(v):
    """The speaker of '"...," Gene Sperling, a top outside Clinton adviser, said': the parser hangs
    the name on the quotation's last clause and leaves the verb without a subject. The name is the
    run of proper nouns right after the closing quote, when a comma, an appositive of at most 12
    words and a comma lead to the verb."""
    doc = v.doc
    if v.i < 4 or doc[v.i - 1].text != ",":
        return None
    j = v.i - 2
    while j > 0 and v.i - j <= 18 and doc[j].text not in _CLOSING_QUOTES:
        j -= 1
    if doc[j].text not in _CLOSING_QUOTES or doc[j - 1].text != ",":
        return None
    k = j + 1
    while k < v.i - 1 and doc[k].pos_ == "PROPN":
        k += 1
    if k == j + 1 or doc[k].text != "," or k >= v.i - 2:
        return None
    if any(t.text in _CLOSING_QUOTES or t.is_sent_start for t in doc[k + 1:v.i]):
        return None
    return doc[k - 1]


#: Whether a content stops before a clause coordinated inside it whose verb attributes words or a
#: side to a subject of its own ('said the turbines would spoil the view, and its chairman accused the
#: councils of ...': the parser hangs 'accused' on 'spoil'), outside quotations (session 64).
COORDINATED_CUES = True
#: Whether a conjunct opened by 'that' ('and that he was putting party ahead of country') stays in the
#: content, whatever its verb: a second clause of what was said (session 68).
THAT_CONJUNCTS = True
#: Whether a content stops before a plural noun that can speak, which the parse made a conjunct of an object,
#: and the cue right after it ('a project that supporters say will bring 900 jobs and critics call a gift':
#: the critics' words are not the supporters'; session 70).
CONJ_NOUN_SUBJECTS = True
#: Whether a content stops before a cue's '-ing' participle after a comma that the parse hung on a verb inside it
#: ('said it would vote against the plan, calling the financing "pure fantasy"': the group calls it; session 71).
PARTICIPLE_CUES_INSIDE = True
#: Whether a conjunct opened by 'that' leaves the content when it is a cue with a subject and a said clause of its
#: own ('a project that supporters say will bring jobs but that critics warn could poison rivers'; session 71).
THAT_CUE_CONJUNCTS = True
#: Whether 'according to' right after a past participle ('allocated according to each party's share') is no
#: attribution: the manner of the act, not a source (session 71).
ACCORDING_AFTER_PARTICIPLES = True
#: Whether a passive cue with a subject of its own ('security staff had been told not to remove anyone') takes no
#: speaker from the verb it is coordinated with ('classes would continue ... and security staff had been told':
#: not the classes; session 71).
PASSIVE_NO_CLIMBS = True
#: Whether the speaker of a participle on a noun ('internal emails suggesting that ...') is the noun's words before
#: the participle, not the whole phrase with the cue and what it says (session 73).
ACL_SUBJECT_ENDS = True
#: Whether an attribution set off by commas inside the statement may name whom it was told ('The fire, he told the
#: meeting, had jumped the ridge'; 'The budget, the minister assured parliament, would be balanced'; session 73).
TOLD_GAPS = True
#: Verbs whose object in an attribution set off by commas is the one told, not what is said (`TOLD_GAPS`).
_TOLD_LEMMAS = frozenset({"tell", "assure", "inform", "remind", "brief", "warn"})
#: Whether a said clause before its cue, or around it ('X, he said, Y'), starts after a colon or a semicolon
#: outside quotation marks in its sentence ('Oster denied that officers had been told to intimidate voters: the
#: deployment, he said, was "routine."'; session 71).
COLON_STARTS = True
#: Whether a content that opens a quotation runs on to its closing mark, as one that ends inside it does ('she said
#: "nothing is off the table, but nobody wants that."', which the parse cut at 'but'; session 71).
OPENED_QUOTES = True
#: Whether a content that opens a quotation right after its cue ends at the closing mark when a participle clause
#: after a comma follows ('he said "the details are still being worked through," prompting jeers'; session 71).
QUOTED_TAILS = True
#: Whether a content stops before a 'though' or 'although' clause whose verb is a cue with a subject of its own, as
#: before 'while' (`CONTRASTED_CUES`): 'believes a deal is possible, though she acknowledged that much could go
#: wrong' (session 71).
CONCEDED_CUES = True
#: Whether a content stops before a verb coordinated with its clause, with no subject of its own, in the singular
#: present of the cue where the clause's verb is plural ('She believes the savings are exaggerated and fears that
#: routes will be cut': she fears; session 71).
AGREEING_CONJUNCTS = True


def _coordinated_cue_start(art: Article, parts, v) -> int:
    """Where a content made of ``parts`` should end: before the first conjunct inside it whose verb is
    a cue (`SPEECH_LEMMAS`, `RULE_SIDE`) with a subject of its own, and the comma and 'and' before it;
    else the end of the document (no cut)."""
    end = len(art.text)
    for p in parts:
        for t in p.subtree:
            if ABSOLUTE_PAIRS and t.dep_ == "conj" and t.i > v.i and art.in_quote[t.i] < 0 and t.i + 1 < len(art.doc) \
                    and getattr(_paired_subject(art.doc[t.i + 1]), "i", None) == t.i:
                first = t.left_edge.i  # 'pointing to [cheaper power] and opponents warning of ...'
                while first > 0 and (art.doc[first - 1].is_punct or art.doc[first - 1].dep_ == "cc"):
                    first -= 1
                end = min(end, art.doc[first].idx)
                continue
            if t.pos_ != "VERB" or art.in_quote[t.i] >= 0 or t.head.i < v.i:
                continue
            if PARTICIPLE_CUES_INSIDE and _speaker_participle(art, t):
                end = min(end, art.doc[t.i - 1].idx)  # 'said it would vote against the plan[, calling] it fantasy'
                continue
            if t.dep_ != "conj" and not (CONTRASTED_CUES and _contrasted(t)):
                continue
            if THAT_CONJUNCTS and t.dep_ == "conj" \
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children) \
                    and not (THAT_CUE_CONJUNCTS and _speaks_on_its_own(t)):
                continue  # 'that Ryan had caved and [that he was putting] party ahead of country': still said
            if FINITE_CONJUNCTS and _finite_beside_modal(t, v):
                pass
            elif AGREEING_CONJUNCTS and _agrees_with_cue(t, v):
                pass
            elif t.lemma_.lower() not in SPEECH_LEMMAS and t.lemma_.lower() not in RULE_SIDE and not (
                    SPEAKER_ACT_CONJUNCTS and t.lemma_.lower() in _SPEAKER_ACTS):
                continue
            elif _keeps_clause(t, v) and not (CONJ_NOUN_SUBJECTS and conj_noun_subject(t) is not None) and not (
                    QUOTED_CLIMBS and art.in_quote[t.head.i] >= 0 > art.in_quote[t.i]
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
                continue  # (a cue hung on a quoted verb speaks for the speaker: `QUOTED_CLIMBS`)
            first = t.left_edge.i
            if CONJ_NOUN_SUBJECTS and conj_noun_subject(t) is not None:
                first = min(first, t.i - 1)  # 'will bring 900 jobs and [critics] call a gift'
            while first > 0 and (art.doc[first - 1].is_punct or art.doc[first - 1].dep_ == "cc"):
                first -= 1
            end = min(end, art.doc[first].idx)
    return end


def _speaker_participle(art: Article, t) -> bool:
    """Whether ``t`` is a cue's '-ing' participle after a comma, with no subject of its own, hung on a verb inside
    a content ('said it would vote against the plan, [calling] the financing "pure fantasy"': the group calls it;
    `PARTICIPLE_CUES_INSIDE`)."""
    lemma = t.lemma_.lower()
    doc = art.doc
    comma = t.i > 0 and doc[t.i - 1].text == "," or (QUOTE_CLOSED_PARTICIPLES and t.i > 1 and doc[t.i - 2].text == ","
                                                    and doc[t.i - 1].text in ALL_MARKS)  # ('was "misleading," noting')
    return t.tag_ == "VBG" and t.dep_ == "advcl" and comma \
        and (lemma in SPEECH_LEMMAS or lemma in RULE_SIDE) and art.in_quote[t.i] < 0 \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children)


#: Whether 'adding' after a said clause whose subject is a person or a body is still the speech verb's speaker's
#: ('Kirkpatrick said the union would ask the board ..., adding that members were "angrier ..."': Kirkpatrick, not
#: the union; session 79).
ADDING_TO_SAYERS = True


def _participle_speaker_verb(v, in_quote):
    """The speech verb whose said clause the parse hung the cue's '-ing' participle ``v`` on, after a comma and with no
    subject of its own, when that clause's subject is a thing ('Ms Marchetti insisted that the extension would still
    deliver value for money, [pointing] to forecasts ...': 'insisted'), else None (`PARTICIPLE_SPEAKERS`)."""
    doc = v.doc
    lemma = v.lemma_.lower()
    if not (v.tag_ == "VBG" and v.dep_ == "advcl" and v.i > 0 and doc[v.i - 1].text == ","
            and (lemma in SPEECH_LEMMAS or lemma in RULE_SIDE)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children)):
        return None
    own = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    adding = ADDING_TO_SAYERS and lemma == "add" and own is not None and own.lower_ not in _SPEAKER_PRONOUNS
    if not adding and (own is None or own.lower_ in _SPEAKER_PRONOUNS or speaker_like(own) or any(
            t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in own.subtree)):
        return None  # ('reported that one of Hunter's sources nuanced their claims, saying ...': the source says it)
    h = v.head
    while h.dep_ in ("ccomp", "conj") and h.head is not h:
        if h.dep_ == "ccomp" and h.head.lemma_.lower() in SPEECH_LEMMAS | RULE_BELIEF and h.head.i < h.i \
                and (in_quote is None or in_quote[h.head.i] < 0):
            return h.head
        h = h.head
    return None


def headline_passive(v) -> bool:
    """Whether the cue ``v`` is a past participle of a headline's first line, with no object, that the parse took
    for an active verb or for a participle on its noun: 'Minister urged to act ...', 'Pipeline company accused of
    "bully-boy tactics" by landowners' (`HEADLINE_PASSIVES`)."""
    doc = v.doc
    first_line = doc.text.find("\n")
    if first_line < 0 or v.idx > first_line or doc.text[:first_line].rstrip().endswith(".") \
            or v.tag_ not in ("VBD", "VBN"):
        return False
    if HEADLINE_TOLD and v.lemma_.lower() == "tell" and any(c.dep_ == "nsubj" and c.i < v.i for c in v.children):
        rest = doc.text[v.idx + len(v):first_line].strip(" .,;:!?'\"‘’“”")
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if not rest or (obj is not None and obj.i == v.i + 1 + (doc[v.i + 1].dep_ == "compound")
                        and obj.pos_ == "NOUN" and obj.lemma_.lower() not in PERSON_NOUNS
                        and any(c.dep_ == "ccomp" and c.i > obj.i for c in v.children)):
            return True  # 'Plan "will drown our valley", inquiry told', 'Council told bypass route "will ..."'
    if any(c.dep_ in ("dobj", "ccomp") for c in v.children):
        return False
    nxt = doc[v.i + 1] if v.i + 1 < len(doc) else None
    subject = any(c.dep_ == "nsubj" and c.i < v.i for c in v.children) or (v.dep_ == "acl" and v.head.i < v.i)
    return subject and nxt is not None and (nxt.lower_ == "to" and nxt.head.head.i == v.i
                                            and v.lemma_.lower() in _OBJECT_CONTROL
                                            or any(c.dep_ == "agent" for c in v.children))


#: Whether a headline's 'X told' at its end, or 'X told' before what was said ('Council told bypass route "will split
#: parish in two"'), is a passive: X is who was told (`HEADLINE_PASSIVES`; session 77).
HEADLINE_TOLD = True
#: Verbs that take an object before 'to' when active ('urged the minister to act'), so that a headline's 'X urged to
#: act' is a passive (`HEADLINE_PASSIVES`; not 'Minister vowed to fight on').
_OBJECT_CONTROL = frozenset("""urge tell ask order force press instruct direct invite advise encourage push require
compel warn call""".split())


def _object_refers_to(v, inner) -> bool:
    """Whether the object of the cue ``v`` ('called on [her]', 'urged [them]') is a pronoun that agrees in number
    with ``inner``, the subject of the said clause before it, and so refers to it (`REFERRING_OBJECTS`)."""
    objs = [c for c in v.children if c.dep_ == "dobj"] + [
        g for c in v.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"]
    plural = inner.tag_ in ("NNS", "NNPS")
    return any(o.lower_ in (("them",) if plural else ("her", "him", "it")) for o in objs)


def _bare_cue_participle(v) -> bool:
    """Whether ``v`` is a cue's '-ing' participle the parse hung on a verb as a clause, with no subject of its own."""
    lemma = v.lemma_.lower()
    return v.tag_ == "VBG" and v.dep_ == "advcl" and (lemma in SPEECH_LEMMAS or lemma in RULE_SIDE) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children)


def _quote_closed_verb(v, in_quote):
    """The speech verb outside quotation marks whose said clause ends in the quotation right before the cue's
    participle ``v`` (a comma and the closing mark between them, in either order), else None
    (`QUOTE_CLOSED_PARTICIPLES`)."""
    doc = v.doc
    if in_quote is None or v.i < 3 or in_quote[v.i] >= 0 or not _bare_cue_participle(v) \
            or {doc[v.i - 1].text, doc[v.i - 2].text} - {","} - set(ALL_MARKS) or "," not in (
            doc[v.i - 1].text, doc[v.i - 2].text) or in_quote[v.i - 3] < 0:
        return None
    h = v.head
    for _ in range(5):
        if h.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or h.head is h:
            return None
        if h.dep_ == "ccomp" and h.head.lemma_.lower() in SPEECH_LEMMAS and h.head.i < h.i and in_quote[h.head.i] < 0:
            return h.head
        h = h.head
    return None


def _relative_participle_verb(v):
    """The verb that a relative clause without commas ('the plan the council approved') or a clause of comparison
    ('longer than the one defense lawyers had asked for') belongs to, when the parse hung the cue's '-ing' participle
    ``v`` (after a comma) on that clause's verb, and that verb has a subject; else None (`RELATIVE_PARTICIPLES`)."""
    doc = v.doc
    clause = v.head
    if not _bare_cue_participle(v) or doc[v.i - 1].text != "," or clause.i > v.i:
        return None
    if clause.dep_ == "relcl":
        if doc[clause.left_edge.i - 1].text == "," or any(c.lower_ in ("who", "which") for c in clause.children):
            return None  # ('the plan, which the union rejected, calling it ...': the union may call it that)
        verb = clause.head.head if clause.head.dep_ in ("dobj", "pobj", "attr") else None
    elif clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "than" for c in clause.children):
        verb = clause.head
    else:
        return None
    for _ in range(3):
        if verb is None or verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head if verb.head is not verb else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return verb


def _speaks_on_its_own(t) -> bool:
    """Whether a conjunct opened by 'that' is a cue with a subject and a said clause of its own ('a project that
    supporters say will bring jobs but [that critics warn could poison rivers]'; `THAT_CUE_CONJUNCTS`)."""
    lemma = t.lemma_.lower()
    return (lemma in SPEECH_LEMMAS or lemma in RULE_BELIEF) \
        and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children) \
        and any(c.dep_ == "ccomp" and c.i > t.i for c in t.children)


def conj_noun_subject(t):
    """The noun right before a cue ``t`` with no subject of its own that the parse made a conjunct of an object
    after 'and', when it can speak ('will bring 900 jobs and [critics] call it a gift'; `CONJ_NOUN_SUBJECTS`),
    else None."""
    if t.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    noun = t.doc[t.i - 1]
    if noun.dep_ != "conj" or noun.tag_ != "NNS" or t.doc[noun.i - 1].dep_ != "cc" \
            or not (speaker_like(noun) or noun.lemma_.lower() in SIDE_PEOPLE) or t.tag_ not in ("VBP", "VBD"):
        return None
    return noun


def _keeps_clause(t, v) -> bool:
    """Whether the coordinated cue ``t`` inside the content of ``v`` stays in it: it has no subject of
    its own before it and does not speak for ``v``'s subject (`_outer_speech_verb`)."""
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    outer = _outer_speech_verb(t) if OUTER_SUBJECTS else None
    return (subj is None or subj.i > t.i) and not (outer is not None and outer.i == v.i)


def _contrasted(t) -> bool:
    """Whether ``t`` heads a 'while' or 'whereas' clause after a comma (`CONTRASTED_CUES`), or a 'though' or
    'although' one (`CONCEDED_CUES`)."""
    marks = ("while", "whereas", "though", "although") if CONCEDED_CUES else ("while", "whereas")
    mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in marks), None)
    if t.dep_ != "advcl" or mark is None or mark.i < 2:
        return False
    before = t.doc[mark.i - 1]
    return before.text == "," or (QUOTED_CONTRASTS and before.text in ("\"", "”") and t.doc[mark.i - 2].text == ",")


_FINITE = frozenset({"VBZ", "VBD", "VBP"})


def _finite_beside_modal(t, v) -> bool:
    """Whether the conjunct ``t`` cannot belong to the clause it hangs on: that clause has a modal and
    no perfect ('could be done', not 'would have cut'), ``t`` is finite in the tense of the cue ``v``
    ('believes ... and wants', 'fears ... and has started') with no subject of its own, after 'and'
    (`FINITE_CONJUNCTS`)."""
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass") and c.i < t.i]
    finite = aux[0] if aux else t  # 'and has started a petition': 'has'
    if finite.tag_ not in _FINITE or finite.tag_ != v.tag_ or finite.i < 2 or t.doc[finite.i - 1].dep_ != "cc":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) or finite.lower_ in ("will", "would"):
        return False
    aux = [c for c in t.head.children if c.dep_ == "aux"]
    # ('would have cut costs and lowered prices': after a perfect, the parser's VBD may be a participle)
    return any(c.tag_ == "MD" for c in aux) and not any(c.lemma_.lower() == "have" for c in aux)


def _that_acls(v) -> list:
    """The clauses opened by 'that' that the parse hangs on a verb ``v`` as clauses of a noun ('acl')."""
    return [c for c in v.children if c.dep_ == "acl" and c.i > v.i
            and any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)]


def _agreeing_cue(t):
    """The cue whose said clause a coordinated verb ``t`` hangs in when ``t`` agrees with the cue and not with the
    clause (`_agrees_with_cue`), else None."""
    if t.dep_ != "conj" or (t.lemma_.lower() not in SPEECH_LEMMAS and t.lemma_.lower() not in RULE_BELIEF):
        return None
    clause = t.head
    while clause.dep_ != "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    cue = clause.head
    if clause.dep_ != "ccomp" or (cue.lemma_.lower() not in SPEECH_LEMMAS and cue.lemma_.lower() not in RULE_BELIEF):
        return None
    return cue if _agrees_with_cue(t, cue) else None


def _agrees_with_cue(t, v) -> bool:
    """Whether the conjunct ``t`` (no subject of its own, after 'and') is in the singular present of the cue ``v``
    while the said clause it hangs in has a plural present verb ('She believes the savings [are] exaggerated and
    [fears] that ...': 'fears' cannot be the savings'; `AGREEING_CONJUNCTS`)."""
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass") and c.i < t.i]
    finite = aux[0] if aux else t
    if finite.tag_ != "VBZ" or v.tag_ != "VBZ":
        return False
    if finite.i < 2 or t.doc[finite.i - 1].dep_ != "cc" or any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                               for c in t.children):
        return False
    clause = t.head
    while clause.head.i != v.i and clause.head.i != clause.i:
        clause = clause.head
    if clause.head.i != v.i or clause.dep_ != "ccomp":
        return False
    verbs = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return any(x.tag_ == "VBP" for x in verbs) and not any(x.tag_ in ("VBZ", "MD") for x in verbs)


_FAVOUR = frozenset({"favour", "favor", "support"})


def _in_favour_of(prep) -> list:
    """The tokens 'in favour of' ('in favor of', 'in support of') from the preposition 'in', else []."""
    noun = next((x for x in prep.children if x.dep_ == "pobj" and x.lower_ in _FAVOUR), None)
    of = next((x for x in noun.children if x.dep_ == "prep" and x.lower_ == "of"), None) if noun is not None else None
    return [prep, noun, of] if of is not None else []


def _favoured(v) -> list:
    """The objects of 'in favour of' ('in favor of', 'in support of') after the verb ``v``."""
    out = []
    for c in v.children:
        phrase = _in_favour_of(c) if c.dep_ == "prep" and c.lower_ == "in" and c.i > v.i else []
        if phrase:
            out += [x for x in phrase[-1].children if x.dep_ in ("pobj", "pcomp")]
    return out


#: Whether a side verb's second content preposition, after the first has its object, is left out of the
#: cue and the content ('has campaigned [against] [the deal] for a year', not 'against the deal for' and
#: 'the deal for a year') (session 67).
ONE_SIDE_PREP = True
#: Whether a relative clause opened by 'which' takes its organisation's side as 'who' does ("The Shoppers'
#: Alliance, which had campaigned against the deal, said ..."; `SIDES_IN_RELATIVES`) (session 67).
WHICH_SIDES = True


def _spent_prep(c, kids, lemma) -> bool:
    """Whether the preposition ``c`` of a `RULE_ALIGN` verb follows another of its content prepositions
    that has an object (`ONE_SIDE_PREP`)."""
    if not ONE_SIDE_PREP or lemma not in RULE_ALIGN:
        return False
    return any(x.dep_ == "prep" and x.i < c.i and x.lower_ in CONTENT_PREPS.get(lemma, ())
               and any(y.dep_ in ("pobj", "pcomp") for y in x.children) and not (DATE_PREPS and _date_prep(x))
               for x in kids)


#: Whether 'called for the deadline to be extended', parsed with 'for' as the mark of a clause, is a call for
#: that clause, as 'called for an extension' is; before, no statement, and the content of the verb before it
#: stopped at 'and called' (session 69).
FOR_CLAUSES = True


def _for_clause(c, v, lemma) -> bool:
    """Whether ``c`` is a clause on the cue ``v`` opened right after it by a content preposition parsed as
    the clause's mark ('called [for the deadline to be extended]'; `FOR_CLAUSES`)."""
    return c.dep_ == "advcl" and c.head.i == v.i and any(
        m.dep_ == "mark" and m.i == v.i + 1 and m.lower_ in CONTENT_PREPS.get(lemma, ()) for m in c.children)


#: Whether 'it' alone is the content of a side verb ('Commissioner Carmen Rubio voted against it', 'France and
#: Spain support it'): what 'it' stands for is read by `stance.analyze` (session 69).
PRONOUN_CONTENTS = True


#: Whether a preposition whose object is a date ('called [on Sunday] for a ceasefire') is no content
#: preposition of the verb: 'on' of 'call on' had made 'Sunday for a ceasefire' the content (session 69).
DATE_PREPS = True


def _date_prep(prep) -> bool:
    """Whether every object of ``prep`` is a date or a time ('on Sunday', 'on Tuesday night'; `DATE_PREPS`)."""
    objs = [y for y in prep.children if y.dep_ in ("pobj", "pcomp")]
    return bool(objs) and all(y.ent_type_ in ("DATE", "TIME") for y in objs)


def _cue_span(v, lemma) -> tuple[int, int]:
    toks = [v]
    h = _reported_by(v)
    if h is not None and h.i < v.i and v.i - h.i <= 3:
        toks += [h, *(c for c in h.children if c.dep_ == "auxpass" and c.i < h.i), *([v.head] if v.dep_ == "pcomp" else [])]
    for c in v.children:
        if c.dep_ in ("aux", "auxpass", "neg") and c.i < v.i and v.i - c.i <= 3:
            if not (MODAL_NAMES and c.tag_ == "MD" and v.tag_ == "VBD" and c.i == c.sent.start):
                toks.append(c)  # (but not '[May] said': the speaker's name)
        elif lemma == "put" and c.dep_ == "advmod" and c.i == v.i - 1:
            toks.append(c)  # 'as X recently put it', as the quote linking's lead-in reads it
        elif c.dep_ == "prt" and c.i > v.i:
            toks.append(c)
        elif lemma in ALIGN_NEEDS and c.dep_ == ALIGN_NEEDS[lemma][0] and c.lower_ in ALIGN_NEEDS[lemma][1] \
                and not _spent_prep(c, list(v.children), lemma):
            toks.append(c)  # 'threw her support behind', 'took aim at': the cue says which side
        elif lemma in NEEDS and c.dep_ == NEEDS[lemma][0] and c.lower_ in NEEDS[lemma][1]:
            toks.append(c)
        elif lemma == "come" and c.dep_ == "prep" and c.i > v.i and c.lower_ in ("against", "for"):
            toks.append(c)  # 'came out against': the preposition says the side
        elif lemma == "come" and c.dep_ == "prep" and c.i > v.i and c.lower_ == "in":
            toks.extend(_in_favour_of(c))  # 'came out in favour of'
        elif lemma == "tell" and c.dep_ in ("dobj", "dative") and c.lower_ in CUE_OBJECTS:
            toks.extend(x for x in c.subtree)
        elif c.dep_ == "prep" and c.lower_ == "in" and c.i == v.i + 1:
            objs = [x for x in c.children if x.dep_ == "pobj" and x.lemma_.lower() in CUE_PREP_OBJECTS]
            if objs:
                toks.append(c)
                toks.extend(x for x in objs[0].lefts)
                toks.append(objs[0])
    if (lemma in RULE_SIDE or lemma in RULE_ALIGN) and v.dep_ == "xcomp" and (
            v.head.lemma_.lower() in DECLINING or any(c.lower_ == "yet" for c in v.head.children)):
        # 'refused to endorse', 'has yet to endorse': the cue says that no side is taken
        h = v.head
        toks += [h, *(c for c in h.children if c.i < v.i and (c.dep_ in ("aux", "neg") or c.lower_ == "yet"))]
    toks = [x for x in toks if not (x.is_punct or x.is_space)]
    s = min(x.idx for x in toks)
    e = max(x.idx + len(x) for x in toks)
    return s, e


def _verb_frame(art: Article, v, lemma) -> Frame | None:
    subj = _subject(v, art.in_quote)
    if subj is not None and (subj.lower_ in {"it", "this", "that", "there"}
                             and any(c.dep_ == "auxpass" for c in v.children)):
        subj = None
    if subj is None and not any(c.dep_ == "auxpass" for c in v.children):
        return None  # 'the pressure on her to say ...': no one says anything here
    cue = _cue_span(v, lemma)
    content, fronted = _content(art, v, lemma)
    gap = None
    if content is None and subj is not None:
        content, gap = _interrupting(art, v, subj)
        fronted = content is not None
    sp = art.mention_span(subj) if subj is not None else None
    if HYPHENED_SUBJECTS and sp is not None and _hyphened_start(subj) is not subj:
        sp = (min(sp[0], art.mention_span(_hyphened_start(subj))[0]), sp[1])  # 'its co-ordinator, Daniel Prewett'
    if ACL_SUBJECT_ENDS and sp is not None and v.dep_ == "acl" and v.head.i == subj.i and sp[0] < v.idx < sp[1]:
        sp = art.trim(sp[0], v.left_edge.idx, keep_final=True)  # 'internal emails [suggesting that ...]': the emails
    if sp is not None and subj.i < v.i and subj.i == v.sent.root.i and _noun_root_cue(v) is not None:
        sp = art.trim(sp[0], v.left_edge.idx, keep_final=True)  # the root noun's words before the cue, not the cue
    if gap is not None:
        return Frame(v, cue, subj, sp, content, fronted, quotes=[], relay_of=[], gap=gap)
    if sp is not None and content is not None and content[0] <= sp[0] < content[1]:
        # the 'subject' sits inside the content: bad parse; keep the content only
        if not fronted:
            sp, subj = None, None
    return Frame(v, cue, subj, sp, content, fronted, quotes=[], relay_of=[])


def _as_clause_content(art: Article, v, lemma) -> tuple[tuple[int, int], bool] | None:
    """The clause an 'as' clause's speech verb says ('As Hale put it, [no government could justify
    the cost]', '[The dam will flood three villages], as the minister noted'): the words of the
    sentence before or after the 'as' clause, whichever holds the clause it hangs on; None when the
    verb is no such verb or the 'as' clause stands inside the sentence (`AS_CLAUSES`)."""
    if v.dep_ != "advcl" or lemma not in _AS_VERBS or v.head.sent != v.sent:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < v.i for c in v.children):
        return None
    if not any(c.dep_ == "nsubj" for c in v.children):
        return None  # 'as had been widely reported': no one to say it
    if any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.lower_ != "it")
           or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPS.get(lemma, ())) for c in v.children):
        # 'As he said he would, ...', 'as she said goodbye', 'as nurses warn of cuts': the verb has
        # words of its own
        return None
    sent = v.sent
    ps, pe = art.para_bounds(v.idx)
    lo, hi = v.left_edge, v.right_edge
    if v.head.i > hi.i:  # 'As X said, CLAUSE'
        s, e = art.doc[hi.i + 1].idx, min(sent.end_char, pe)
        if art.text[max(sent.start_char, ps):lo.idx].strip(" \n\t" + ALL_MARKS):
            return None  # words before the 'as' clause too
        fronted = False
    elif v.head.i < lo.i:  # 'CLAUSE, as X noted'
        s, e = max(sent.start_char, ps), lo.idx
        if art.text[hi.idx + len(hi):min(sent.end_char, pe)].strip(" \n\t.!?" + ALL_MARKS):
            return None
        fronted = True
    else:
        return None
    s = _skip_dateline(art, s)
    s, e = art.trim(s, e)
    return ((s, e), fronted) if len(re.findall(r"\w+", art.text[s:e])) >= 3 else None


#: Whether a second that-clause coordinated with the content belongs to it though the parse hangs it on
#: the cue ('told a news conference that the line "hands three of our villages to a foreign power" and
#: that her government would never sign it'); before, the content stopped before 'and' (session 67).
SECOND_THAT_CLAUSES = True


def _second_that_clause(v, last):
    """The last token of a clause coordinated with ``v``'s content that opens with 'and that' or 'but
    that' right after ``last`` (only punctuation between), else ``last`` (`SECOND_THAT_CLAUSES`)."""
    doc = v.doc
    j = last.i + 1
    while j < len(doc) and doc[j].is_punct and doc[j].text not in (".", ";", ":", "?", "!"):
        j += 1
    if j + 1 >= len(doc) or doc[j].lower_ not in ("and", "but") or doc[j + 1].lower_ != "that":
        return last
    conj = doc[j + 1].head
    if conj.dep_ != "conj" or conj.head.i != v.i or doc[j + 1].dep_ != "mark":
        return last
    return conj.right_edge


def _subject_as_object(v, clause):
    """The noun the parse made the object of a speech verb ``v`` that is the subject of the said clause after it,
    which has no subject of its own ('said [pressure] from Bangkok, the main buyer of the power, might matter
    more'); else None (`SUBJECTS_AS_OBJECTS`)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in clause.children):
        return None
    if not any(c.dep_ in ("aux", "auxpass") for c in clause.children if c.i < clause.i):
        return None  # ('told him [to leave]'-like clauses have no subject to miss)
    obj = next((c for c in v.children if c.dep_ == "dobj" and v.i < c.i < clause.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ == "PERSON" or speaker_like(obj):
        return None
    return obj


def _content(art: Article, v, lemma) -> tuple[tuple[int, int] | None, bool]:
    if AS_CLAUSES:
        found = _as_clause_content(art, v, lemma)
        if found is not None:
            return found
    if lemma in QUOTE_ONLY:
        return _after_colon(art, v), False
    sent = v.sent
    kids = list(v.children)
    comp = [c for c in kids if c.dep_ == "ccomp"]
    if not comp and AGREEING_CONJUNCTS and _agreeing_cue(v) is not None:
        comp = _that_acls(v)  # 'and fears [that routes will be cut]', hung on 'fears' as a clause of a noun
    after = [c for c in comp if c.i > v.i]
    before = [c for c in comp if c.i < v.i]
    ps, pe = art.para_bounds(v.idx)
    # a trailing attribution hung as ccomp ('..., X said, Reuters reported') is not content
    after = [c for c in after if not _is_trailing_attribution(art, c)]
    if ABSOLUTE_CLAUSES:
        after = [c for c in after if not _absolute_clause(c)]
    if after:
        parts = after
        obj = _subject_as_object(v, after[0]) if SUBJECTS_AS_OBJECTS else None
        if obj is not None:
            parts = [obj, *after]  # 'said [pressure from Bangkok, the main buyer,] might matter more'
    else:
        parts = []
        for c in kids:
            if c.i < v.i:
                continue
            if c.dep_ in ("xcomp", "oprd"):
                parts.append(c)
            elif c.dep_ == "prep" and c.lower_ in CONTENT_PREPS.get(lemma, ()) and not _spent_prep(c, kids, lemma) \
                    and not (DATE_PREPS and _date_prep(c)):
                # 'called for X', 'warned of X': the content is the object, not the preposition
                parts.extend(x for x in c.children if x.dep_ in ("pobj", "pcomp"))
            elif lemma == "come" and c.dep_ == "prep" and c.lower_ == "in":
                parts.extend(_favoured(v))  # 'came out in favour of X': X
            elif c.dep_ == "dobj" and (lemma not in NO_DOBJ_CONTENT or (
                    lemma == "call" and (any(x.dep_ in ("oprd", "ccomp", "xcomp") for x in kids) or _quoted_name(c)))):
                parts.append(c)
            elif FOR_CLAUSES and _for_clause(c, v, lemma):
                parts.append(c)  # 'called for [the deadline to be extended]', 'for' parsed as the clause's mark
            elif c.dep_ in ("dobj", "dative") and lemma in ("urge", "tell", "ask", "warn") and any(
                    x.dep_ in ("xcomp", "ccomp") and not (ABSOLUTE_CLAUSES and _absolute_clause(x))
                    for x in kids if x.i > c.i):  # (not '..., she told the court, [her voice breaking]')
                parts.append(c)
        if parts and not any(p.dep_ == "pobj" for p in parts):
            # 'accused Clinton of X', 'denied the report on Monday': later complements belong
            # to the content too (but not a coordinated clause or a participle)
            first = min(p.i for p in parts)
            parts += [c for c in kids if c.i > first and c.dep_ in ("prep", "dobj", "oprd", "xcomp", "ccomp")]
    if not parts:
        colon = _after_colon(art, v)
        if colon is not None:
            return colon, False
    if parts:
        s = min(p.left_edge.idx for p in parts)
        first = min((p.left_edge for p in parts), key=lambda x: x.i)
        if FOR_CLAUSES and first.dep_ == "mark" and first.i == v.i + 1 and _for_clause(first.head, v, lemma):
            s = art.doc[first.i + 1].idx  # (the 'for' is the cue's)
        last = max((p.right_edge for p in parts), key=lambda x: x.i)
        if SECOND_THAT_CLAUSES:
            last = _second_that_clause(v, last)  # 'told reporters that X and that Y': Y too
        if DANGLING_CONJUNCTS and last.dep_ == "cc" and last.lower_ in ("and", "or", "but"):
            # 'saying the closure was temporary and aimed only at ...', with 'aimed' hung on 'saying':
            # the conjunct the content's last 'and' opens belongs to it
            nxt = next((c for c in kids if c.dep_ == "conj" and c.i == last.i + 1
                        and c.lemma_.lower() not in SPEECH_LEMMAS
                        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)), None)
            if nxt is not None:
                last = nxt.right_edge
        if LOOSE_CONJUNCTIONS and last.dep_ == "cc" and last.i > v.i + 1:
            # 'With Kerr calling for [a judicial review and] Okafor threatening ...': the parse hangs the
            # 'and' that joins two clauses on the object; it is no part of what Kerr called for
            last = last.doc[last.i - 1]
            while last.is_punct and last.i > v.i + 1:
                last = last.doc[last.i - 1]
        e = last.idx + len(last)
        if COORDINATED_CUES:
            e = min(e, _coordinated_cue_start(art, parts, v))
        if RELATIVE_CONTENT_SUBJECTS and after and s < v.idx and first.lower_ in ("that", "which") \
                and first.dep_ == "nsubj" and first.head in after:
            # 'changes in weekend working that the union says would force staff ...', the relative parsed as the
            # subject of what is said: the content starts after the cue, the speaker stays outside it
            s = v.idx + len(v)
        if SAYS_IN_RELATIVES and after and v.dep_ == "relcl" and s < v.idx:
            # 'a measure that retailers say will make it harder ...': the clause's 'that' and the
            # speaker stand before 'say'; the words said start after it
            s = v.idx + len(v)
        s = max(s, sent.start_char, ps)
        e = min(e, sent.end_char, pe)
        s = _skip_complementizer(art, s)
        e = _through_open_quote(art, s, e, pe)
        if COLON_STARTS:
            e = _before_colon_attribution(art, s, e)  # 'denied that X[: the checks, he said, were routine]'
        if QUOTED_TAILS:
            e = _before_quoted_tail(art, s, e)  # 'he said "the details are being worked out," [prompting jeers]'
        s, e = _balance(art, *art.trim(s, e, strip_marks=False))
        if e - s >= 3 or (PRONOUN_CONTENTS and art.text[s:e].lower() == "it" and lemma in RULE_SIDE | RULE_ALIGN):
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
        subj = _subject(v)
        first = min([subj.left_edge.i] if subj is not None and subj.i < v.i else [v.i])
        if first == 0 or not art.doc[first - 1].is_punct:
            fronted_head = None
    if fronted_head is not None:
        left = _subject(v)
        stop = min([x.left_edge.i for x in v.children if x.i < v.i and x.dep_ not in ("ccomp", "punct")] +
                   ([left.left_edge.i] if left is not None and left.i < v.i else []) + [v.i])
        s = max(sent.start_char, ps)
        if fronted_head is not None and v.head is fronted_head and v.dep_ == "conj":
            return None, False
        e = art.doc[stop].idx
        s = _skip_dateline(art, s)
        if COLON_STARTS:
            s = _after_colon_in(art, s, e)  # 'Oster denied it: the deployment was routine, he said'
        s, e = art.trim(s, e)
        if e - s >= 3:
            return (s, e), True
    return None, False


def _interrupting(art: Article, v, subj):
    """An attribution set off by commas inside the statement: 'The turbines, she said, had
    been placed too close' or 'The plan, experts say, is unworkable'. Returns the sentence
    (content) and the attribution it holds (the gap), or (None, None)."""
    doc = art.doc
    if v.dep_ not in ("parataxis", "ccomp", "advcl") or v.head.i <= v.i or v.head.sent != v.sent:
        return None, None
    told = TOLD_GAPS and v.lemma_.lower() in _TOLD_LEMMAS  # ('he told the meeting': the object is whom he told)
    if subj.i > v.i or any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and not told) for c in v.children):
        return None, None
    lo, hi = subj.left_edge.i, v.right_edge.i
    while hi > v.i and doc[hi].is_punct:
        hi -= 1
    if lo == 0 or hi + 1 >= len(doc) or doc[lo - 1].text not in (",", "—", "–") \
            or doc[hi + 1].text not in (",", "—", "–"):
        return None, None
    sent = v.sent
    ps, pe = art.para_bounds(v.idx)
    s0, e0 = max(sent.start_char, ps), min(sent.end_char, pe)
    gs, ge = doc[lo - 1].idx, doc[hi + 1].idx + 1
    if len(re.findall(r"\w+", art.text[s0:gs])) < 1 or len(re.findall(r"\w+", art.text[ge:e0])) < 2:
        return None, None
    if any(q.open_pos < gs < (q.close_pos or q.end) for q in art.quotes):
        return None, None  # inside a quotation: the quote linking handles it
    s0 = _skip_dateline(art, s0)
    if RELATIVE_GAPS and lo >= 3 and doc[lo - 2].lower_ in ("that", "which", "who") and doc[lo - 2].idx > s0:
        k = lo - 3  # 'had objected to [language] that, they argued, assigned blame': the noun the clause is on
        while k > sent.start and doc[k - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and doc[k - 1].idx >= s0:
            k -= 1
        noun = doc[lo - 3]  # (a noun, though the parse may make it a verb: 'objected to [language] that')
        if noun.is_alpha and noun.text.islower() and noun.lemma_.lower() not in SPEECH_LEMMAS | BELIEF_LEMMAS \
                and noun.pos_ not in ("AUX", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "PART", "ADV"):
            s0 = max(s0, doc[k].idx)
    if COLON_STARTS:
        s0 = _after_colon_in(art, s0, gs)  # 'X denied that ...: [the deployment], he said, was routine'
    s, e = art.trim(s0, e0)
    return ((s, e), (gs, ge)) if e - s >= 3 else (None, None)


def _before_colon_attribution(art: Article, s: int, e: int) -> int:
    """Where a content from ``s`` to ``e`` ends: before a colon outside quotation marks when the words after it have
    an attribution of their own set off by a comma ('denied that inspectors had been told to delay the ferries: the
    checks, he said, were routine'); else ``e`` (`COLON_STARTS`)."""
    toks = art.tokens_between(s, e)
    for k, t in enumerate(toks):
        if t.text != ":" or art.in_quote[t.i] >= 0:
            continue
        if any(x.lemma_.lower() in SPEECH_LEMMAS and art.in_quote[x.i] < 0 and x.doc[x.i - 1].dep_ == "nsubj"
               and x.doc[x.i - 2].text == "," for x in toks[k + 1:] if x.i >= 2):
            return t.idx
    return e


def _after_colon_in(art: Article, s: int, e: int) -> int:
    """Where a content that runs from ``s`` to ``e`` starts: after the last colon or semicolon outside quotation
    marks between them, else ``s`` (`COLON_STARTS`)."""
    for t in reversed(art.tokens_between(s, e)):
        if t.text in (":", ";") and art.in_quote[t.i] < 0:
            return t.idx + 1
    return s


def _after_colon(art: Article, v) -> tuple[int, int] | None:
    """'X said:' followed by the words, in the same paragraph or the next one."""
    doc = art.doc
    j = v.i + 1
    while j < len(doc) and j <= v.i + 3 and not doc[j].is_punct:
        j += 1
    if j >= len(doc) or doc[j].text != ":":
        return None
    ps, pe = art.para_bounds(v.idx)
    start = doc[j].idx + 1
    if not art.text[start:pe].strip():
        pi = art.paragraph_of(v.idx)
        if pi + 1 >= len(art.paragraphs):
            return None
        start, pe = art.paragraphs[pi + 1]
    s, e = art.trim(start, pe, keep_final=True, strip_marks=False)
    return (s, e) if e - s >= 3 else None


def _absolute_clause(c) -> bool:
    """Whether a clause is an absolute one after a comma: a noun of its own (not a subject the parse names as
    one) before an '-ing' verb with no 'that' ('..., her voice breaking', '..., tears streaming down her face')."""
    if c.tag_ != "VBG" or c.i == 0 or c.doc[c.left_edge.i - 1].text != ",":
        return False
    if any(k.dep_ == "mark" or k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
        return False
    return any(k.i < c.i and k.dep_ in ("compound", "npadvmod", "dep") and k.pos_ == "NOUN" for k in c.children)


def _is_trailing_attribution(art: Article, c) -> bool:
    if c.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    kids = list(c.children)
    first_word = next((t.i for t in c.subtree if not t.is_punct), c.i)
    if not any(t.is_punct for t in art.doc[c.head.i + 1:first_word]):
        return False  # 'said he was joking': content, not a second attribution
    has_subj = any(k.dep_ == "nsubj" and k.i < c.i for k in kids)
    has_comp = any(k.dep_ in ("ccomp", "xcomp", "dobj") and k.i > c.i for k in kids)
    return has_subj and not has_comp


def _before_quoted_tail(art: Article, s: int, e: int) -> int:
    """Where a content that opens a quotation ends when the words after its closing mark are a participle
    clause after a comma ('said "the details are still being worked through," prompting jeers'): at the
    closing mark (`QUOTED_TAILS`); else ``e``."""
    for q in art.quotes:
        if not (q.open_pos <= s <= q.start and q.close_pos is not None and q.close_pos < e):
            continue
        tail = art.text[q.close_pos + 1:e]
        if re.match(r"\s*,\s*[a-z]+ing\b", tail) or (art.text[q.end - 1] == "," and re.match(r"\s*[a-z]+ing\b", tail)):
            return q.close_pos + 1
    return e


def _through_open_quote(art: Article, s: int, e: int, pe: int) -> int:
    """Reported speech that ends inside quoted words runs on to the closing mark:
    'says Clinton “didn’t have a video in mind, but he is being used.”' (the parse often
    stops at the comma inside the quotation)."""
    for q in art.quotes:
        if s <= q.open_pos < e and q.close_pos is not None and e < q.end <= pe:
            return q.end
        if OPENED_QUOTES and q.open_pos <= s <= q.start and q.close_pos is not None and e < q.end <= pe:
            return q.end  # 'she said "nothing is off the table, but nobody wants that."': the whole quotation
    return e


def _balance(art: Article, s: int, e: int) -> tuple[int, int]:
    """Keep quoted words inside reported speech whole: 'a "historic step"', not 'a "historic step'."""
    text = art.text
    n_marks = sum(1 for ch in text[s:e] if ch in DOUBLE_MARKS)
    if n_marks % 2 == 0:
        return s, e
    if e < len(text) and text[e] in DOUBLE_MARKS and text[e] not in "“„«":
        return s, e + 1
    if e + 1 < len(text) and text[e] in ".,!?" and text[e + 1] in '"”»':
        return s, e + 2
    if text[s] in DOUBLE_MARKS:
        return art.trim(s + 1, e, strip_marks=False)
    if text[e - 1] in DOUBLE_MARKS:
        return art.trim(s, e - 1, strip_marks=False)
    return s, e


def _skip_complementizer(art: Article, s: int) -> int:
    m = re.match(r"\s*(that)\s+" if KEEP_WHETHER else r"\s*(that|whether)\s+", art.text[s:s + 12], re.I)
    if m and art.is_demonstrative_that(s + m.start(1)):
        return s  # 'dismissed [that promise] as empty'
    return s + m.end() if m else s


def _skip_dateline(art: Article, s: int) -> int:
    ps, _ = art.para_bounds(s)
    if s == ps or (DATELINE_INSIDE_STARTS and s < ps + 60):
        m = match_dateline(art.text[ps:ps + 60])
        if m and m.end() < 60 and s < ps + m.end():
            return ps + m.end()  # ('VELLAMAR [(Coastline Press) - Negotiators ...', the sentence cut inside it)
    return s


#: Whether a content that starts inside the dateline opening its paragraph, where the sentence splitter cut it
#: ('VELLAMAR [(Coastline Press) - Negotiators have agreed ...], the mediator said'), starts after it (session 71).
DATELINE_INSIDE_STARTS = True
#: Whether 'Per' right after a speech verb is a first name ('said Per Holm'), not 'according to' (session 67).
FIRST_NAME_PER = True


def _per_source(t) -> bool:
    """'Per Consumerist, ...', '... (via AppleInsider)': 'per' before a name, or 'via' before a
    name in brackets, read as 'according to' ('per day', '$5 per share', 'via email' take a common
    noun and are not)."""
    if t.lower_ == "via":
        if t.i == 0 or t.doc[t.i - 1].text != "(":
            return False
    elif t.lower_ != "per" or t.dep_ != "prep":
        return False
    elif FIRST_NAME_PER and t.text == "Per" and t.i > 0 and t.doc[t.i - 1].lemma_.lower() in SPEECH_LEMMAS:
        return False  # '"We were worried," said Per Holm': a first name after the verb, not 'according to'
    objs = [c for c in t.children if c.dep_ == "pobj"]
    return bool(objs) and objs[0].pos_ == "PROPN" and objs[0].ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "")


def _subject_in_apposition(obj, verb):
    """In 'According to the Arrest Project, blacks and Hispanics represented ...' the parser may read
    'blacks and Hispanics' as an apposition of the source, or as its conjunct: the one that follows a
    comma and runs up to ``verb`` (the word 'according' hangs on), when the verb has no subject of its
    own."""
    if verb.i <= obj.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for c in obj.children:
        if c.dep_ in ("appos", "conj") and c.i > obj.i and c.right_edge.i + 1 == verb.i \
                and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ",":
            return c
    return None


def _according_frame(art: Article, t) -> Frame | None:
    if ACCORDING_AFTER_PARTICIPLES and t.lower_ == "according" and t.i > 0 and art.doc[t.i - 1].tag_ == "VBN":
        return None  # 'time had been allocated according to each party's share of seats': no source
    to = t if t.lower_ in ("per", "via") else art.doc[t.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in t.children if c.dep_ == "pobj"]
    if not objs:
        # the parse may hang the object elsewhere: take the noun phrase after 'to'
        nxt = art.doc[t.i + 2] if t.i + 2 < len(art.doc) else None
        if nxt is None or nxt.is_punct:
            return None
        obj = nxt
        while obj.head.i > obj.i and obj.head.i < t.i + 8 and obj.head.pos_ in ("PROPN", "NOUN"):
            obj = obj.head
        objs = [obj]
    obj = objs[0]
    sp = art.mention_span(obj)
    appos = _subject_in_apposition(obj, t.head) if ACCORDING_APPOSITION else None
    if appos is not None:
        sp = art.trim(sp[0], appos.left_edge.idx)  # the source ends before ', Y and Z'
    if ACCORDING_TAILS:
        nxt = art.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(art.doc) else None
        if nxt is not None and nxt.idx >= sp[1] and nxt.head.i in (t.i, to.i) and nxt.dep_ in ("amod", "advmod") \
                and nxt.text.islower() and not any(c.is_punct for c in art.doc[obj.right_edge.i + 1:nxt.i]):
            sp = (sp[0], nxt.idx + len(nxt))  # 'According to three officials [present],': not the content's first word
    cue = (t.idx, to.idx + len(to))
    sent = t.sent
    ps, pe = art.para_bounds(t.idx)
    s0, e0 = max(sent.start_char, ps), min(sent.end_char, pe)
    # content: the sentence without the 'according to X' phrase
    if sp[1] < e0 and art.text[sp[1]:e0].strip(" ,.;:\n\"”’'") and t.idx - s0 < 40:
        before_txt = art.text[s0:t.idx].strip(" ,")
        if len(before_txt) > 25:
            s, e = s0, t.idx          # 'X is bad, according to Y, and ...'
        else:
            s, e = sp[1], e0
            # 'according to the chair, Priya Raman, the toll ...': the name is not content
            m = re.match(r"\s*,\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*,", art.text[s:e])
            if m and any(t.ent_type_ == "PERSON" for t in art.doc.char_span(s + m.start(1), s + m.end(1),
                                                                               alignment_mode="expand") or ()):
                s = s + m.end()
    else:
        s, e = s0, t.idx
    s = _skip_dateline(art, s)
    if t.lower_ == "via":
        e = min(e, art.doc[t.i - 1].idx)  # not the opening bracket of '(via X)'
    s, e = art.trim(s, e)
    content = (s, e) if e - s >= 3 else None
    if content is None:
        return None
    return Frame(t, cue, obj, sp, content, fronted=(e <= t.idx), according=True, quotes=[], relay_of=[])


def is_agency(art: Article, f: Frame) -> bool:
    """Whether the frame's speaker is a news agency (which relays someone else's words)."""
    if f.speaker_span is None:
        return False
    name = strip_possessive(art.text[f.speaker_span[0]:f.speaker_span[1]]).lower()
    name = re.sub(r"^(the|a)\s+", "", name)
    if _AGENCY_NAME_RE.search(name):  # 'Coastal Press Agency', 'Harbor News Service'
        return True
    name = re.sub(r"\s+(news\s+)?agency$", "", name)
    return name in AGENCIES or name.replace("-", " ") in AGENCIES
