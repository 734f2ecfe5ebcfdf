"""Speaker resolution: who a speaker mention refers to ('he', 'the minister', 'Lavrov' ->
'Sergey Lavrov'), by rules over the article's PERSON entities.

`People` groups the PERSON entities of an article into name variants; `SpeakerResolver` resolves
the speaker mention of each frame, in the order the mentions appear.
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Iterable

from .article import Article
from .candidates import Frame
from .quotes import ALL_MARKS
from .tweets import handle_as_name, handle_name
from .lexicon import (AGENCIES, APOSTROPHES, ASKING_LEMMAS, BODY_NOUNS, CLAIM_NOUNS, DOCUMENT_NOUNS, HONORIFICS,
                      OFFICES, ORG_NOUNS, PERSON_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, SIDE_PEOPLE, SPEECH_LEMMAS,
                      TITLE_EXPANSIONS, is_known_outlet, is_person_name, match_dateline, strip_possessive)

__all__ = ["NameCluster", "Mention", "People", "SpeakerResolver", "name_tokens", "name_gender", "person_genders",
           "pronoun_gender", "is_org_name", "mend_person_entities", "AGREEMENT"]

#: Where 'he' or 'she' has no subject just before it and the last speaker is not known to be of
#: its gender: False keeps the last speaker; "paragraph" takes the last person named before the
#: pronoun in its paragraph whom the article shows to be of its gender; "paragraph before" also
#: looks in the paragraph before (session 33, measured on PolNeAR dev and the dev tables).
NAMED_SINCE: bool | str = "paragraph before"

#: Whether 'he' or 'she' in a paragraph that opens with a quotation, and whose paragraph before
#: ends with a sentence whose subject cannot be the pronoun, is the person that sentence
#: introduces with a description ('Wes Nakagiri, a delegate from Michigan') (session 33).
INTRODUCED = True

#: Whether a speaker described as an organisation ('The company said', 'the group') is the last
#: organisation that spoke, in its paragraph or the one before (session 38).
ORG_DESCRIPTIONS = True
#: Whether 'the company said' after what it said is the organisation the said clause opens with ('Carver
#: Motors is recalling 300,000 sedans ..., the company said'), before the one that spoke last (the headline's
#: 'Automaker'; session 69).
FRONTED_ORG_SUBJECTS = True
#: Whether 'the mayor of Leeds' is read as the description 'the mayor' (the person the article names with
#: that title, before or after), the place after 'of' no name of a person (session 69).
PLACE_DESCRIPTIONS = True
#: Whether a description with an owner's name ("the city's finance director") that fits no title of anyone
#: named before is someone new, not the person named last (session 69).
POSSESSED_ROLES = True
#: Whether "The hospital's management said" is a body that a later 'It said' may be, as "the dockers' union"
#: is (`ORG_OWNERS`); 'it' was the union that spoke before (session 69).
MANAGEMENTS = True
#: Whether a name the recogniser left untagged, with a company or a body in apposition ("Maersk, the world's
#: second-largest container shipping company, said"), is an organisation that a later 'the company' may be
#: (session 69).
APPOSED_ORGS = True
#: Whether a speaker mention that is a description, a comma and a person's name ('Her counterpart in Westdale,
#: Tony Marsh', the parse taking the name into the description's 'in' phrase) is that person (session 69).
DESCRIPTIONS_THEN_NAMES = True
#: Whether a name the entity recogniser tags as a person but that ends in a word of a company's or a
#: body's name ('Blackridge Minerals', 'Northwind Energy', 'Clinton Campaign'; `is_org_name`) is an
#: organisation: no person of the article, and 'the company' may refer to it when it spoke last; a
#: company's first word alone ('Blackridge') is its short name (not a body's: Clinton of 'Clinton
#: Campaign' is a person; session 65).
ORG_NAMES_NOT_PEOPLE = True
#: Whether a plural word the recogniser tags as a person before the apostrophe of an organisation's name
#: ("The Shoppers' Alliance", with 'Shoppers' a PERSON and 'Alliance' an ORG) is no person: the body speaks
#: under its whole name; before, as 'Shoppers' (session 67).
PLURAL_OWNERS_NOT_PEOPLE = True


def _plural_owner(ent) -> bool:
    """Whether a one-word entity ends in 's' and owns, with a bare apostrophe, an organisation's name
    (`PLURAL_OWNERS_NOT_PEOPLE`)."""
    doc = ent.doc
    if len(ent) != 1 or not ent.text.endswith("s") or ent.end >= len(doc) or doc[ent.end].text not in ("'", "’"):
        return False
    owned = ent[0].head
    return owned.i > ent.end and owned.ent_type_ == "ORG" and owned.text[:1].isupper()


#: Last words of the names of companies and bodies.
_ORG_NAME_ENDS = frozenset("minerals mining energy lines holdings group inc ltd llc plc corp corporation co company "
                           "bank partners airlines airways motors industries systems technologies pharmaceuticals "
                           "foods resources capital media labs solutions services logistics shipping oil "
                           "steel chemicals insurance trust fund ventures brands networks communications "
                           # (session 66: 'Nordhavn Breweries', which the recogniser did not tag at all)
                           "brewery breweries beverages distillers distillery mills utilities railways".split())


def _content_org_subject(art: Article, content: tuple[int, int], source_start: int) -> str | None:
    """The organisation's name that is the subject of the clause ``content``, in the source's sentence and
    before it, else None (`FRONTED_ORG_SUBJECTS`)."""
    toks = art.tokens_between(*content)
    if not toks or content[1] > source_start or toks[0].sent.start != art.tokens_between(source_start,
                                                                                       source_start + 1)[0].sent.start:
        return None
    inside = {t.i for t in toks}
    verbs = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    subj = next((c for v in verbs for c in v.children if c.dep_ == "nsubj" and c.i in inside), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in ("ORG", ""):
        return None
    if any(c.dep_ == "det" for c in subj.children) and not any(c.dep_ == "compound" for c in subj.children):
        return None  # ('The Candidate is a natural born citizen ..., the board said': a common noun in capitals)
    first = subj.i
    while first - 1 in inside and art.doc[first - 1].pos_ == "PROPN" and art.doc[first - 1].ent_type_ in ("ORG", ""):
        first -= 1  # ('DETROIT - [Carver Motors] is recalling': the name, not the dateline before the dash)
    name = art.text[art.doc[first].idx:subj.idx + len(subj)]
    return name if art.doc[first].ent_type_ == "ORG" or is_org_name(name) else None


def is_org_name(name: str) -> bool:
    """Whether a capitalised name of two or more words ends in a word of a company's or body's name.

    Example:
        >>> is_org_name("Blackridge Minerals"), is_org_name("Ann Ortiz")
        (True, False)
    """
    words = name.replace(".", "").split()
    return len(words) >= 2 and words[0][:1].isupper() and (
        words[-1].lower() in _ORG_NAME_ENDS or words[-1].lower() in BODY_NOUNS)


#: Whether a news outlet that spoke last ('first reported by the Carrow Gazette') is kept from being
#: 'the board' or 'the company' that speaks next, which is the organisation the story is about; 'the
#: newspaper' still is the outlet (session 65).
OUTLETS_NOT_BODIES = True
#: Last words of a newspaper's or a broadcaster's name ('the Carrow Gazette', 'the Evening Courier').
_MASTHEAD_WORDS = frozenset("gazette times post herald journal tribune telegraph guardian ledger courier chronicle "
                            "news observer mail express record standard independent inquirer examiner bulletin "
                            "mirror review press dispatch reporter sentinel".split())


def _is_outlet(name: str) -> bool:
    """Whether an organisation's name is a news outlet's (`is_known_outlet`, or a masthead word at its
    end: 'the Carrow Gazette')."""
    return is_known_outlet(name) or strip_possessive(name.strip()).lower().rsplit(" ", 1)[-1] in _MASTHEAD_WORDS

#: Whether a description that fits no one named before it ('the regional energy minister' in a
#: story's first sentence) is the one person named later whose titles match it ('Energy Minister
#: Carla Brennan'; session 62, `SpeakerResolver._named_later`).
NAMED_LATER = True
#: Whether an indefinite description in a story's opening paragraph ('A federal judge on Monday blocked
#: ...') is the one person named later with its head noun as a title ('Judge Nadia Torres'), as news
#: leads name people later (session 65).
INDEFINITE_LEDES = True

#: Whether a title alone as the speaker of a headline in any case ('Senator breaks with party over mining
#: bill') is the person with that title whom the story's first paragraph to name anyone names (session 66;
#: `HEADLINE_TITLES` needs a title-case headline and only one person with the title).
HEADLINE_LEDES = True
#: Whether an organisation described without its name ('the local fishing cooperative') is the one
#: organisation of the article named with that noun ("Kestrel Bay Fishermen's Cooperative"; session 62).
NAMED_BODIES = True

#: Whether a title alone as the speaker of a title-case headline ('Mayor Defends Harbour Bridge Toll') is
#: the one person the article gives that title ('Mayor Elena Vasquez'), when only one has it (session 62).
HEADLINE_TITLES = True

#: Whether a possessive pronoun speaker mention is resolved like 'he' and 'she' (session 62): a bare
#: 'his' (the owner of a noun cue: 'his suggestion that ...'), and 'his' or 'her' before something said
#: or made ('his tweet', 'her account') or before one who speaks for a person ('his lawyer',
#: `SPEAKS_FOR_NOUNS`), are the person; before the people or the organisation around a person
#: (`RELATION_NOUNS`, `AROUND_NOUNS`: 'her aides', 'his sister', 'her campaign') they name them through the
#: person ("Hillary Clinton's aides", "Hillary Clinton's campaign"), as the labelling guideline lists an
#: organisation that a statement is attributed to. On the per-article dev tables: 3 more gold cells
#: found than with a campaign read as the person.
POSSESSIVE_OWNERS = True
#: Head nouns of those who speak for a person, whose words stay the person's (`POSSESSIVE_OWNERS`).
SPEAKS_FOR_NOUNS = frozenset("spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys".split())
#: Whether 'the spokesman' (also "the prime minister's spokesman") after a speaker named as someone's
#: spokesperson ("Cameron's spokesman said ...") is that speaker, not the last person named (Trump,
#: in a Reuters story where the spokesman answered him); the same for lawyers and attorneys (session 65).
SAME_SPOKESPERSON = True
#: A spokesperson's or lawyer's mention: 'the' opening a short description (group 'the'), or any
#: mention that ends in the role ("Cameron's spokesman", 'a spokeswoman for the ministry').
_SPOKESPERSON_RE = re.compile(r"^(?:(?P<the>[Tt]he)\s+(?:[\w.-]+\s+){0,3}?(?:[\w.-]+['’]s\s+)?|.*?\b)"
                              r"(?P<role>spokes(?:man|woman|person)|lawyers?|attorneys?)"
                              r"(?:\s+(?:for|of|to)\s+[^,]{2,60}(?:,\s*[^,]{2,60},?)?)?$")


def _speaks_for_key(role: str) -> str:
    """One key for a role whatever its form ('spokeswoman' and 'spokesman' are one spokesperson)."""
    role = role.lower()
    return "spokesperson" if role.startswith("spokes") else role.rstrip("s")


#: Head nouns of the organisations around a person, named through the person (`POSSESSIVE_OWNERS`).
AROUND_NOUNS = frozenset("campaign office team camp staff administration".split())
#: Whether 'his ministry', 'her party', 'his government' or 'her department' is the body of the person
#: 'his' refers to, as 'his office' is ('Veltria's chief negotiator, Arman Duse, walked out. In a statement,
#: his ministry accused ...': Arman Duse's ministry; before, 'his ministry'); not 'her own party', which
#: criticises her (session 67).
OWNED_BODIES = True
#: Whether 'their union' or 'its council' speaks as the one organisation of the article named with that
#: noun last ('the Chicago Teachers Union'), as 'the union' does (`NAMED_BODIES`; session 68).
POSSESSED_BODIES = True
#: Whether an organisation's name after 'his', 'her', 'their' or 'its' ('His Democratic Alliance will push for
#: ...') speaks under the name alone (session 68).
OWNED_NAMES = True
_OWNED_BODIES = frozenset("ministry department party government".split())
#: Whether 'the Ortiz campaign' and "Clinton's office" are organisations of their own, named as 'her campaign'
#: is (`POSSESSIVE_OWNERS`: "Ana Ortiz's campaign"), instead of the person's voice (session 62).
NAMED_AROUND = True
#: What a person gives as said, besides `CLAIM_NOUNS` and documents: 'her account', 'his testimony'.
_SAID_NOUNS = frozenset({"account", "version", "testimony", "words", "response", "reply", "answer"})

#: Whether 'he' or 'she' is the speaker of its own sentence, or opening a sentence of the sentence
#: before, when that speaker is a name the entity recogniser did not tag as a person ('Elif Aydin');
#: and an organisation named after a comma in a speaker's description ('Gustav Rennholt, who leads
#: the National Heritage Party') does not make the speaker an organisation (session 38).
UNTAGGED_NAMES = True

#: Whether a description with a proper word ('the Vermont senator', 'The GOP nominee') is the one
#: person named before it whose titles match two of its words (session 38).
PROPER_DESCRIPTIONS = True

#: Whether a person named in a description of the subject of the sentence before a pronoun
#: ('Dario Menck, who travelled to Lirenz, thanked ...') is passed over when looking for the
#: subject the pronoun continues (session 38).
SKIP_DESCRIBED = True

#: Whether 'he' and 'she' resolve only to a person the article does not show to be of the other
#: gender (`person_genders`). Chosen on the per-article dev tables and the written examples (session 16).
AGREEMENT = True

#: Whether 'he' or 'she' who says a content fronted in the same sentence ('Chris Shays was for
#: John Kasich while the governor ran, he said') is that content's subject when the subject is a
#: person who can be the pronoun (session 48).
FRONTED_SUBJECT = True

#: Whether 'he', 'she' or 'they' right after a speaker the article names only by a description ('The
#: harbour minister said ... "We need it," she said'; 'Residents said ... they said') is that speaker,
#: when no person is named between the two in that paragraph or the one before; before, such a
#: pronoun went to the last person named anywhere before it, or to no one (session 64).
DESCRIBED_PRONOUNS = True

#: Whether 'Its chairman' or 'Its members' (no name) is the organisation that spoke last in that
#: paragraph or the one before ("The police officers' association's chairman"), and never a person:
#: 'its' does not refer to one (session 64).
ORG_OWNERS = True

#: Whether a person named only in a title-case headline is left out as the referent of 'he' or
#: 'she' in the body: the entity recogniser makes names of headline words ('Council Approves Ferry
#: Subsidy Despite Protests': 'Ferry Subsidy Despite'), and a person the story is about is named
#: again in its body (session 64); and, since session 65, as the one person with a headline's title
#: (`HEADLINE_TITLES`: 'Judge Blocks City's Ban' had made 'Blocks City' a second judge).
HEADLINE_ONLY_ASIDE = True

#: Whether 'who' in a relative clause on what the sentence says its subject is ('Mayor Ann Ortiz is
#: a veteran politician who said ...', 'She is a lawyer who has argued ...') is that subject, when
#: the subject is a name or a personal pronoun; before, the description ('a veteran politician')
#: was the speaker (session 49).
RELATIVE_ON_PREDICATE = True
#: Whether that subject may also be a description with a name in apposition ('Its president, Graham
#: Pell, is a baker who has warned ...': Graham Pell; session 65).
PREDICATE_APPOSITIONS = True

#: Whether a person's name in apposition after 'the chair of X' is the speaker when the parse hangs it
#: on X ('The chair of Riverside Riders, Ana Costa, said': Ana Costa, not the whole mention), when it
#: is written as a person's name (`is_person_name`) and the head is a person noun (session 65).
NAME_AFTER_OF = True


#: Whether an organisation named in apposition after an indefinite description speaks under its name
#: ('a smaller group, the Oakridge Educators Alliance, said'), as after a definite one (session 66).
INDEFINITE_APPOSITIONS = True


#: Whether 'his' or 'her' before a word for someone who speaks for a person ('His office declined to comment')
#: is the one person named in the paragraph before it when the article does not show that person's gender
#: ('Henrik Dahl wrote in a memo ...'; session 66).
OWNERS_JUST_NAMED = True


#: Whether 'a ministry spokesman' or 'a Commission spokeswoman' speaks for the organisation that spoke last, in
#: that paragraph or the one before, when the word is one for an organisation (`ORG_NOUNS`) or a word of
#: its name ('The European Commission said ... A Commission spokesman said'), as 'the ministry' does
#: (`ORG_DESCRIPTIONS`; session 67).
BODY_SPOKESPEOPLE = True
#: Whether a bare 'A spokesman' in the paragraph where an organisation spoke speaks for it ('The European
#: Commission said it was following the matter. A spokesman said ...'; an article written in session 68).
BARE_SPOKESPEOPLE = True
#: Whether 'the statement said' in the paragraph where an organisation spoke 'in a statement' is that
#: organisation (an article written in session 68).
ISSUED_STATEMENTS = True
#: Whether a company named after a description of what it is ('Online rental platform StayAway', 'Oil
#: major Petrola', 'Budget airline SkyHop') speaks under its name alone, as a person does after a title
#: (session 67).
ORG_DESCRIPTORS = True
#: Whether a one-word name the recogniser tagged as a person right after a word for a company ('the payments
#: start-up Lumenpay', 'chipmaker Voltra') is no person: 'he' is never it (session 70).
DESCRIBED_FIRMS = True
#: Whether a name after a country's possessive ("India's AeroVista defends fee") speaks under the name alone
#: (session 70).
COUNTRY_OWNED_NAMES = True
#: Whether 'The environment department said' or 'the labour ministry said' (a ministry or department with a
#: word of its own that the organisation that spoke last does not have) is that department, not the
#: organisation ('The Valley Rivers Trust said ... The environment department said'; session 71).
DESCRIBED_DEPARTMENTS = True
#: Whether a plural noun for organisations ('other water companies', 'the banks') or for people with an
#: organisation's name after it ('Warehouse workers at Trellis Logistics') is not taken as the organisation that
#: spoke last, whom 'it', 'the union' or 'a department spokeswoman' may be next (session 71).
PLURAL_BODIES_NOT_LAST = True
#: Whether the person a 'who' clause speaks for is named by the name in apposition to a noun for a person or a
#: trade, though the recogniser missed it, as for a subject ('a freelance journalist, Nadia Sorvik, who said ...':
#: Nadia Sorvik, whom 'she' may be next; session 71).
WHO_UNTAGGED = True
#: Trades of writing and reporting, for `WHO_UNTAGGED`.
_WRITING_TRADES = frozenset("journalist reporter correspondent photographer editor blogger columnist".split())
#: Whether a word in lower case that the tagger took for a name ('A 63-year-old retired [tram] driver') does not
#: keep a description from being whom 'he' or 'she' is next (`DESCRIBED_PRONOUNS`; session 71).
LOWER_CASE_NOT_NAMES = True
#: Whether a description ('The union has threatened ...', 'The ministry denied ...') is the organisation that spoke
#: last only by the same noun when that organisation was itself named by a description ('The labour ministry said
#: ...') or by a name with a word for another kind of body ('The opposition Civic Renewal party'; session 71).
DESCRIBED_BODIES_KEEP_NOUNS = True
#: Words for kinds of body that a description names by another word only when it is the same kind.
_BODY_KINDS = frozenset("ministry department party union court agency council committee commission police army "
                        "government company bank university hospital school church".split())
#: Whether a piece of writing 'in' a publication ('a Wednesday editorial in The Des Moines Register') was made by
#: that publication (session 72).
PUBLISHED_IN = True
_PUBLISHED_NOUNS = frozenset("editorial editorials column op-ed article articles".split())
#: Whether 'the official' or 'the diplomat' after a speaker described as 'A senior government official' or 'A Western
#: diplomat in Koszt, who spoke on the condition of anonymity,' (in its paragraph or the one before) is that speaker,
#: not the person named last (session 72).
DESCRIBED_AGAIN = True
#: Whether 'it' that speaks after a sentence whose main subject is a document ('The 212-page report, published on
#: Tuesday, was led by a retired judge. It said ...') or an authority, a regulator, a watchdog or a coast guard is that
#: one, as `IT_SUBJECT_BODIES` does for organisations (session 73).
IT_DOCUMENTS = True
_MORE_BODY_NOUNS = frozenset("authority regulator watchdog tribunal court inquiry panel guard army navy force".split())
#: Whether 'he' or 'she' that no person of the article can be is the last speaker written as a person's name whom the
#: recogniser did not tag ('Adeyemi said in the statement. // She said the council would ...'), in its paragraph or
#: the one before (session 73).
UNTAGGED_LAST = True
#: Whether 'they' that speaks after a sentence whose main subject is an organisation ('The Valle Sereno Irrigators'
#: Federation said it would file an appeal. They argue that ...') is that organisation, as `IT_SUBJECT_BODIES` does for
#: 'it' (session 73).
THEY_BODIES = True
#: Whether 'that person' or 'the person' is the indefinite main subject of the sentence before with that head noun ('A
#: person close to the operator's team offered a different view. The changes, that person said, were modest'), when
#: no speaker was described so (session 73).
SUBJECT_DESCRIBED_AGAIN = True
#: Whether 'the statement' that said something is the subject of a sentence before it, in its paragraph or the one
#: before, that put out a statement ('The players announced the decision in a statement ...'; session 73).
STATEMENT_ISSUERS = True
#: Whether a speaker mention that opens 'whose' ('Candelaria, whose chairman, Matías Villarreal-Obi, has been the most
#: outspoken critic of the deal') is the name in apposition after it, tagged a person or not (session 73).
WHOSE_APPOSITIONS = True
#: Whether the name of an organisation in apposition to a description ('the charity Blue Line Rescue, which operates a
#: ship in the area,') stops before a relative clause on it (session 73).
APPOSED_RELATIVES = True
#: Whether a bare 'One' that speaks ('One, speaking on condition of anonymity, said') is one of the plural main
#: subject of the sentence before ('Several current lifters declined to comment'; session 73).
ONE_OF_BEFORE = True
#: Whether 'Several', 'Some', 'Many' or 'Two' that speak are so too ('Workers learned of the closure at a meeting.
#: Several said they had been given no warning': several of the workers; session 73).
MANY_OF_BEFORE = True
#: Whether they are also one of the plural source of an 'according to' in the sentence before ('According to two
#: senior party officials, ... One said ...'; session 74).
ONE_OF_SOURCES = True
#: Whether a 'who' that the parse did not make a relative pronoun, right after a comma and the object of a preposition,
#: is that object ('according to police, who said the protests had been peaceful'; session 74).
WHO_AFTER_COMMAS = True
#: Whether a plural acronym that speaks ('forty-two local GPs said', 'MPs') is whom 'they' may refer to next (session
#: 74).
ACRONYM_PLURALS = True
#: Whether 'the diplomat' is the last speaker described as one of some diplomats ('One of the western diplomats'), as
#: `DESCRIBED_AGAIN` reads 'the official' after 'A senior official' (session 74).
DESCRIBED_ONE_OF = True
#: Whether they are also one of the plural noun after 'Some of' that opens the sentence before ('Some of the party's
#: members of parliament privately opposed it ... One, who declined to be named, described ...'), and 'One' with a
#: 'who' clause set off by commas is read as 'One' (session 74).
ONE_OF_SOME = True
#: Whether 'it' that speaks is the subject of the sentence before when that is a proper name the recogniser left
#: untagged, which no first name opens, and which spoke there ('Eastline Grid said in a statement ... It said it
#: would not comment'; session 74).
IT_UNTAGGED_SPEAKERS = True
#: Whether `ONE_OF_BEFORE` and `MANY_OF_BEFORE` also read a 'one' that speaks right after a quotation ('Two former
#: employees ... said concerns had been raised. "We were told it was fine," one said.'; session 74).
ONE_AFTER_QUOTES = True
_CLOSING_MARKS = frozenset({"\u201d", '"', "''", "\u2019"})
#: Whether 'it' later in a sentence whose subject is a name in apposition to a noun for a body is that body ('Green
#: Furrow, a campaign group, said ..., though it pointed out that ...'; session 74).
IT_SENTENCE_BODIES = True
_SOME_OF = frozenset("several some many most both two three four".split())
_DETERMINERS = frozenset("the these those several some many most both all his her their its our".split())
#: Whether 'One of those staff members, a medical secretary,' is a description that 'she' may refer to next, by the
#: noun after 'of' or in apposition, singular (session 72).
ONE_OF_DESCRIPTIONS = True
#: Whether a name that is the object of a preposition ('She said tourists came to Inchvarra') gives no vote on its
#: gender by a 'he' or 'she' in its sentence, as a name in quotation marks does not (session 72).
GENDER_NOT_OBJECTS = True
#: Whether "The prime minister's official spokesperson" (an office's spokesperson, its holder not named) is not the
#: person named last whose titles share a word with the office ('the housing minister'; session 72).
OWNED_SPOKESPEOPLE = True
#: Whether a speaker inside what another speaker said ('According to Carl Benning, courts give weight to a
#: signature even when the artist claims not to have read it') is not the description 'he' may be next (session 72).
NESTED_NOT_DESCRIBED = True
#: Whether a word of the body that a name only the headline gives holds ('Parents Sue Social App Pixora') is not that
#: name ('Pixora denied the allegations'), and a name of four words or more in a headline gives way to the body's
#: (session 72).
HEADLINE_ONLY_MATCHES = True
#: Whether "Carrick's former assistant, Felicity Rowe, who testified" (the name tagged an organisation) is not Carrick,
#: as "Foley's family" is not Foley (`RELATION_NOUNS`; session 72).
MORE_RELATIONS = True
_MORE_RELATIONS = frozenset("assistant assistants employee employees accuser accusers partner partners".split())
#: Whether a description with a person's name in apposition after an occupation in lower case ('its founder,
#: schoolteacher Nadia Rahmani') is that person, as it is with the name right after the comma (session 73).
APPOSED_OCCUPATIONS = True
#: Whether a name the parse makes the root of its sentence, with a 'who' clause on it ('Asamoah-Reyes, who won 37
#: percent, seized on the findings.'), is that sentence's subject for a pronoun after it (session 73).
ROOT_NAMES = True
#: Whether a name in a phrase before a pronoun in the pronoun's own sentence ('In a statement read by his spokesman,
#: Teodor Rus, he said') is passed over for the subject of the main clause before it ('Iliescu did not speak in
#: court.'; session 73).
PHRASES_BEFORE_PRONOUNS = True
#: Whether a person's employer ("Quintanilla's former employer, Elsworth Terminal Holdings,") is not that person but
#: the organisation named in apposition (session 73).
EMPLOYERS = True
_EMPLOYERS = frozenset("employer employers".split())
#: Whether a description of someone a named person chose, backs or follows ("President Arlen Whitcombe's pick to lead
#: the Federal Monetary Board told", 'A senior Okoro-Reid backer ... claimed') is not that person (session 79).
PICKS_AND_BACKERS = True
_PICKS_AND_BACKERS = frozenset("""pick picks nominee nominees appointee appointees choice backer backers loyalist
loyalists successor predecessor deputy deputies challenger challengers""".split())
#: Whether the kinds of `_BODY_KINDS` take the words of `_KIND_SYNONYMS` as the same kind and an authority, a board
#: or a regulator as kinds of their own ('an offer the union said it would welcome' after 'The Civil Aviation Authority
#: said': not the authority; 'the regulator' after 'The Fair Markets Authority': the authority; session 72).
KIND_SYNONYMS = True
_MORE_BODY_KINDS = frozenset("authority board regulator watchdog".split())
_KIND_SYNONYMS = (frozenset("authority regulator watchdog agency commission board".split()),
                  frozenset("union association federation".split()))
#: Whether 'The company said' is not a country or a city that spoke last ('Kestrand alleges the steelworks
#: receives cheap power. The company denied it': not Kestrand; session 71).
COMPANIES_NOT_PLACES = True
#: Nouns for a company, which a country or a city is not.
_COMPANY_NOUNS = frozenset("company firm bank carrier airline insurer lender retailer producer manufacturer".split())
#: Nouns for a part of a government that a word before them names ('the health ministry').
_DEPARTMENT_NOUNS = frozenset(("ministry", "department"))
#: Words of a country's institutions, whose names need the country ("Kenya's High Court", "Colombia's Senate").
_INSTITUTIONS = frozenset("""court senate parliament congress assembly ministry army navy police cabinet house bank
military opposition treasury judiciary legislature regulator ombudsman embassy""".split())
_COUNTRY_OWNED = re.compile(r"([A-Z][\w.-]+(?: [A-Z][\w.-]+)?)['’]s\s+([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})$")
#: Whether `ORG_DESCRIPTORS` holds for a description that opens with a nationality ('Indian budget carrier
#: AeroVista Airlines', 'German carmaker Voss'; session 70).
NATIONAL_DESCRIPTORS = True
#: Words that end such a description.
_DESCRIPTOR_ENDS = frozenset("""platform major giant airline carrier firm company maker chipmaker carmaker automaker
retailer group bank lender insurer operator chain startup start-up broadcaster developer supermarket brewer miner
conglomerate manufacturer producer supplier distributor network app service website""".split())

#: Whether a speaker inside a pronoun's own content, said before it, is passed over for the description the pronoun
#: refers to ('According to a diplomat, ... [At least three governments had told ...], he said': the diplomat;
#: session 72).
OWN_CONTENT_ASIDE = True
#: Whether the name before a description in apposition ('Grieve, 58, a former insurance executive first elected in
#: 2018,'), missed by the recogniser, is matched to the article's people by name (session 72).
APPOSED_SURNAMES = True
#: Whether an adjective set off by commas after a speaker's noun ("The homebuilders' association, broadly supportive,
#: said") is left out of the speaker's name (session 72).
APPOSED_ADJECTIVES = True
#: Whether a one-word name the recogniser cut short ('The town administrator, Neil Farraday,' with 'Farraday' tagged a
#: date) takes the capitalised word it is parsed to modify, when that word is no title and the recogniser gave it
#: a type no name has (session 72).
CUT_NAMES = True
#: Whether 'she' or 'he', the subject of its sentence, is the person the sentence before names as its main subject
#: by a title and a name the recogniser did not tag ('Secretary-General Amara Diallo-Fenn welcomed the vote. In a
#: statement read by her spokesman, she said ...'; session 72).
UNTAGGED_SUBJECTS_BEFORE = True
#: Whether a title joined by a hyphen to 'General' or 'elect' ('Secretary-General Amara Diallo-Fenn', 'President-elect
#: Rosa Ilic') is a title before a name (session 72).
HYPHENED_TITLES = True
#: Entity types a surname cut from its first name may wrongly get ('Farraday' tagged a date), for `CUT_NAMES`.
_NOT_NAME_ENTITIES = frozenset(
    "DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY EVENT WORK_OF_ART PRODUCT LAW".split())
#: Whether a name the recogniser tagged as a person is no person anywhere in the article once it names a place ('the
#: winning city, Marenga', 'the island of Tavu', a dateline's 'BRENNICK, April 28 -', "Qasirah's foreign ministry"):
#: "Marenga's bid committee" is not a man named Marenga (session 73).
PLACE_NAMES = True
#: Nouns of places that a name in apposition to them, or after their 'of', names (`PLACE_NAMES`).
_PLACE_NOUNS = frozenset("city town village island country region province capital port district county "
                         "municipality kingdom republic archipelago suburb borough hamlet".split())


#: Nouns of a country's own that a name owns only when it is a country ("Qasirah's foreign ministry"; `PLACE_NAMES`):
#: not 'government' or 'administration', which a leader has too.
_STATE_NOUNS = frozenset("ministry army military navy embassy parliament capital economy currency border borders "
                         "territory coast airspace citizens nationals".split())


def _owns_state(ent) -> bool:
    """Whether an entity owns a noun of `_STATE_NOUNS` ("Qasirah's foreign ministry")."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in ("'s", "’s"):
        return False
    head = ent.root.head
    return ent.root.dep_ == "poss" and head.lemma_.lower() in _STATE_NOUNS


def _in_dateline(doc, ent) -> bool:
    """Whether an entity lies in the dateline that opens its line ('BRENNICK, April 28 (Southern Cross Newswire) -')."""
    start = doc.text.rfind("\n", 0, ent.start_char) + 1
    m = match_dateline(doc.text[start:start + 80])
    return m is not None and ent.end_char <= start + m.end()


#: Whether a "person" the recogniser tagged across the end of a dateline ('STRAVIK, [Eskaria - Eskaria]'s largest trade
#: union has condemned ...') is none (session 77).
DATELINE_STRADDLES = True


def _straddles_dateline(doc, ent) -> bool:
    start = doc.text.rfind("\n", 0, ent.start_char) + 1
    m = match_dateline(doc.text[start:start + 80])
    return m is not None and ent.start_char < start + m.end() < ent.end_char


#: Whether a sentence's main subject that the parse put in the dateline opening it gives way to its apposition or
#: conjunct, or the root's second subject, after the dateline ('ASHFORD LANDING, Mich. — The union representing ...
#: said Thursday it would ask': the union, not the town, is who 'it' is; session 79).
DATELINE_MAIN_SUBJECTS = True


def _main_subject(sent):
    """The subject (active or passive) of a sentence's root, or None (also for no sentence)."""
    subj = None if sent is None else next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _past_dateline(subj)


def _past_dateline(subj):
    """A verb's subject, or where the parse put it in the dateline opening the sentence, its apposition or conjunct, or
    the verb's next subject, after the dateline (`DATELINE_MAIN_SUBJECTS`)."""
    if not DATELINE_MAIN_SUBJECTS or subj is None or not _in_dateline(subj.doc, subj.doc[subj.i:subj.i + 1]):
        return subj
    after = next((x for x in (*subj.children, *subj.head.children) if x.i > subj.i and (
        x.dep_ in ("appos", "conj") and x.head.i == subj.i or x.dep_ == subj.dep_ and x.head.i == subj.head.i)
                  and not _in_dateline(subj.doc, subj.doc[x.i:x.i + 1])), None)
    return subj if after is None else after


def _names_place(ent) -> bool:
    """Whether an entity stands in apposition to a place noun ('the winning city, Marenga') or after its 'of' ('the
    island of Tavu')."""
    root = ent.root
    head = root.head
    if root.dep_ == "appos" and head.i < root.i:
        return head.lemma_.lower() in _PLACE_NOUNS
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _PLACE_NOUNS \
        and head.head.i == head.i - 1


#: Whether a one-word name the recogniser tagged as a person only where it modifies a lower-case noun after it ('she
#: said the Lusaran delegation had ...', 'a senior Cardellan official') is no person: 'she' is never it (session 72).
MODIFIER_NAMES = True


def _modifies_noun(doc, ent) -> bool:
    """Whether a one-token entity modifies the lower-case common noun after it, at the start of a sentence or after a
    word in lower case ('the Lusaran delegation', 'a senior Cardellan official'), for `MODIFIER_NAMES`."""
    if len(ent) != 1 or ent.end >= len(doc):
        return False
    tok, nxt = ent[0], doc[ent.end]
    before = doc[ent.start - 1] if ent.start > 0 else None
    return ((before is None or tok.is_sent_start or (before.is_alpha and before.text.islower()))
            and tok.dep_ in ("compound", "amod") and tok.head.i == nxt.i and nxt.pos_ == "NOUN"
            and nxt.text.islower())


def _word_before(doc, i: int) -> str:
    """The lower-case word before token ``i``, hyphenated words joined ('start-up'); '' at the start or for a
    capitalised word."""
    if i == 0 or not doc[i - 1].text[:1].islower():
        return ""
    if i >= 3 and doc[i - 2].text == "-" and doc[i - 2].whitespace_ == "" and doc[i - 3].whitespace_ == "":
        return f"{doc[i - 3].lower_}-{doc[i - 1].lower_}"
    return doc[i - 1].lower_


def _without_org_descriptor(toks) -> str | None:
    """The proper-noun run that ends ``toks`` when the words before it are a lower-case description of a
    company ending in a word of `_DESCRIPTOR_ENDS` (the first word may be capitalised by the sentence),
    and no word is a person's; else None (`ORG_DESCRIPTORS`)."""
    words = [t for t in toks if not t.is_punct]
    k = len(words)
    while k > 0 and words[k - 1].pos_ == "PROPN" and words[k - 1].text[:1].isupper():
        k -= 1
    if k == 0 and len(words) > 1 and words[0].is_sent_start and words[0].lower_ in _DESCRIPTOR_ENDS:
        k = 1  # 'Developer Northgale Energy', its first word tagged a proper noun
    if k == 0 or k == len(words) or any(t.ent_type_ == "PERSON" for t in words):
        return None
    lead = words[:k]
    if lead[-1].lower_ not in _DESCRIPTOR_ENDS or any(
            t.text[:1].isupper() for t in lead[1:]) or lead[0].pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None
    if not (lead[0].is_sent_start or lead[0].text[:1].islower()
            or (NATIONAL_DESCRIPTORS and lead[0].ent_type_ == "NORP" and len(lead) > 1)):
        return None  # ('Indian budget carrier AeroVista Airlines': a nationality before the description)
    return toks[0].doc.text[words[k].idx:words[-1].idx + len(words[-1])]


#: Whether 'they' speaking in a clause below its sentence's main verb is that verb's plural subject
#: when it names people ('Hundreds of farmers gathered to protest a plan, a project they say will leave
#: their fields dry': the farmers) (session 67).
THEY_IN_SENTENCE = True
#: Whether a description is matched to the titles the article gives a person written out ('the senator' to 'Sen.
#: Nathan Corwin, a Democratic candidate for president'), not only as abbreviated (session 70).
EXPANDED_TITLES = True
#: Whether a description with a description in apposition ('The senator, a former Navy intelligence officer,
#: said') is resolved as the first description alone ('The senator': Sen. Nathan Corwin; session 70).
APPOSED_DESCRIPTIONS = True
_APPOSED_DESCRIPTION = re.compile(r"\s*(?:[Tt]he|[Hh]is|[Hh]er)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}"
                                  r"(?=\s*,\s*(?:a|an|the)\s)")
#: Whether a person described by a noun for a person with an organisation's name in it ("The chair of the
#: Millbrook Residents' Group") is no organisation whom 'the company' may be next (session 71).
PEOPLE_NOT_BODIES = True
#: Whether 'Its regional director' with no organisation that spoke before is the director of the organisation the
#: sentence before has as its subject ('The forestry department did not respond. Its regional director was quoted
#: as saying ...'; session 71).
ITS_SUBJECT_OWNERS = True
#: Whether 'he' or 'she' whom no named person can be is the person the sentence before describes as its subject
#: ('The governor struck a cautious note. Prices were still rising, he said': the governor, or 'Governor Elias
#: Thrane' when the article names him after; session 71).
DESCRIBED_SUBJECTS = True
#: Whether that described subject, when the article names them ('Police Chief Dolores Vance-Whitaker' named before),
#: comes before the person named last when no rule before has found who 'he' or 'she' is ('Asked by a reporter whether
#: ..., the chief paused. "...," she said': the chief, not the officer named last; session 80).
DESCRIBED_SUBJECTS_FIRST = True
#: Whether a description in the body that matches no one's titles is kept from the person only the headline names
#: ('Shouting Match Erupts as School Board Votes ...': 'the board president called a recess'; session 71).
HEADLINE_ONLY_FALLBACK = True
#: Whether a description with where it is based after a comma ('The company, based in Corrigan, said') is read as
#: the description alone ('The company': the company that spoke last; session 71).
BASED_DESCRIPTIONS = True
_BASED_DESCRIPTION = re.compile(r"\s*(?:[Tt]he|[Ii]ts)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}"
                                r"(?=\s*,\s*(?:based|headquartered)\s+in\s)")
#: Whether 'who' that the parse hangs on a noun for a thing after a preposition refers to the people the phrase
#: hangs on ('drawing fire from rivals for the Republican nomination who said it would blow a hole in the
#: budget': the rivals; session 70).
WHO_PAST_THINGS = True
#: Whether 'its chairman' after a content it says, whose clause has an organisation's name as its subject, is
#: that organisation's chairman ('The African Union rejects any coup, its chairman said'; session 70).
FRONTED_ORG_OWNERS = True
#: Whether 'Its Ministry of Water Resources' after a sentence whose subject is a country or an organisation is
#: that one's ('Cambodia disagreed. Its Ministry of Water Resources said ...'; session 70).
ITS_OWNERS = True
#: Whether 'it' after a content it says, whose clause has an organisation's name as its subject, is that
#: organisation ('Northgate Bank is to cut about 3,000 jobs, it said on Thursday'; session 70).
FRONTED_IT_SUBJECTS = True
#: Whether 'it' who speaks is the organisation that is the subject of the sentence just before it, in its
#: paragraph, rather than the organisation that spoke last ('The union hailed the result. The hoteliers'
#: federation struck a more ambivalent tone. In a statement, it said ...': the federation; session 70).
IT_SUBJECT_BODIES = True
#: Whether a speaker described by what they do ('A respiratory therapist, who asked not to be named,
#: said') is whom 'she' next refers to, as a titled description is (`DESCRIBED_PRONOUNS`; session 67).
DESCRIBED_OCCUPATIONS = True
#: Words that count a group ('Hundreds of farmers'): the group is the noun after 'of'.
_GROUP_COUNTS = frozenset({"hundreds", "thousands", "dozens", "scores", "millions", "tens", "some", "many", "most"})
#: Words for people by what they do or where they live ('farmers', 'a respiratory therapist'), beside the
#: titles of `PERSON_NOUNS`; singular, as lemmas.
_OCCUPATIONS = frozenset("""resident farmer worker teacher parent protester demonstrator voter critic opponent
supporter activist member employee nurse doctor physician surgeon therapist paramedic pharmacist student villager
fisherman fishermen driver owner shopkeeper tenant landlord campaigner local citizen people family grower miner
pilot patient retailer trader investor shareholder environmentalist engineer technician researcher mother father
commuter passenger customer homeowner rancher baker builder firefighter soldier""".split())
#: Whether 'he' or 'she' with no person tagged before it in its paragraph is a surname of the article's people that
#: the recogniser missed, as a main clause's subject ('Mendes has refused to step aside. On Tuesday he said ...';
#: session 70).
UNTAGGED_SURNAMES = True
#: Whether 'A spokeswoman said' right after a sentence whose subject is an organisation or a country speaks for it
#: ('The European Central Bank has stayed cautious. A spokeswoman said ...'; session 70).
SUBJECT_SPOKESPEOPLE = True
#: Whether 'the 58-year-old' who speaks is the person named last before it, in the same paragraph or the one before
#: ('Alasdair Munro, who runs a campsite, said ... "...," the 58-year-old said'; session 70).
AGE_DESCRIPTIONS = True
_AGE = re.compile(r"(?:the )?\d{1,3}-year-old(?: [a-z]+)?")
#: Whether an age with up to three words after it ('The 61-year-old former general has argued') is the person named
#: just before, as `AGE_DESCRIPTIONS` reads 'the 58-year-old' (session 74).
LONGER_AGE_DESCRIPTIONS = True
_LONGER_AGE = re.compile(r"the \d{1,3}-year-old(?: [a-z-]+){2,3}")
#: Whether a role 'of' a body ('The leader of the council') is, as `POSSESSED_ROLES`, someone new rather than the
#: person named last, when no title of the article's people matches it (session 70).
OF_ROLES = True
#: Whether a speaker named as a company or a body ('Coastline Bank') is never the description 'he' or 'she' is
#: taken for, though written like a person's name (session 70).
ORGS_NOT_DESCRIBED = True
#: Whether `_OCCUPATIONS` takes in more trades ('A fuel station attendant in Kano said ... "...," he said': the
#: attendant), and a description with a 'who' clause is a person whatever its noun ('A visitor from Leeds, who
#: asked not to be named,'); the clause's 'his' or 'her' says which ('who gave his name only as Musa'; session 70).
MORE_OCCUPATIONS = True
_MORE_OCCUPATIONS = frozenset("""attendant guard cleaner waiter waitress vendor seller porter clerk cashier mechanic
labourer laborer cook chef banker accountant electrician plumber carpenter janitor caretaker volunteer organiser
organizer trucker butcher tailor hairdresser barber musician artist priest imam pastor rabbi monk nun vicar""".split())


def _sentence_subject_they(subj):
    """The plural subject of the main verb of the sentence in which ``subj`` ('they') is the subject of
    a verb below that main verb, when it names people (`PERSON_NOUNS`, or a count of them), else None."""
    root = subj.sent.root
    if subj.head.i == root.i:
        return None
    main = next((c for c in root.children if c.dep_ == "nsubj" and c.i < subj.i), None)
    if main is None or main.tag_ not in ("NNS", "NNPS"):
        return None
    people = main
    if main.lower_ in _GROUP_COUNTS:
        of = next((c for c in main.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        people = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if people is None or people.lemma_.lower() not in PERSON_NOUNS | _OCCUPATIONS:
        return None
    return main


#: Whether a person's name the entity recogniser missed is the speaker when it stands in apposition to a
#: description ("Valdoria's foreign minister, Anton Brisk, said") or after a title ('Mayor Julia Stone
#: said': Julia Stone), and whom a pronoun in the next sentence may be (session 66, `_untagged_person`).
UNTAGGED_PEOPLE = True


#: Whether 'it' speaking in a relative clause on the object of its sentence's main verb is that verb's subject, a
#: thing or a body ('State television broadcast footage that it said showed two men': State television; session 72).
IT_OWNS_OBJECTS = True


def _object_owner(it):
    """The singular subject, not a person, of the verb whose object a relative clause with ``it`` ('it') as its
    subject describes, else None (`IT_OWNS_OBJECTS`)."""
    v = it.head
    if it.dep_ != "nsubj" or v.dep_ != "relcl" or v.head.dep_ != "dobj":
        return None
    main = next((c for c in v.head.head.children if c.dep_ == "nsubj" and c.i < v.head.i), None)
    return main if _thing_or_body(main) else None


def _thing_or_body(tok) -> bool:
    """Whether a subject is one thing or body, no person ('State television', 'The watchdog'), for
    `IT_OWNS_OBJECTS` and `IT_REPORTERS`."""
    return tok is not None and tok.tag_ in ("NN", "NNP") and tok.ent_type_ != "PERSON" \
        and tok.lemma_.lower() not in PERSON_NOUNS | _OCCUPATIONS


#: Whether a name in apposition that ends the subject of its sentence's main verb ('A lawyer for a group of Ashcombe
#: supporters, Phillip Sorensen, told reporters', the name parsed on 'supporters') is that subject for a pronoun next
#: (session 72).
SUBJECT_END_NAMES = True


def _ends_subject(ent) -> bool:
    """Whether a name in apposition is followed by a comma and the main verb of its sentence (or that verb's
    auxiliaries), inside the subject of that verb (`SUBJECT_END_NAMES`)."""
    doc, root = ent.doc, ent.sent.root
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    nxt = doc[ent.end + 1]
    if not (nxt.i == root.i or (nxt.head.i == root.i and nxt.dep_ in ("aux", "advmod") and nxt.i < root.i)):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < ent.start), None)
    return subj is not None and any(a.i == subj.i for a in ent.root.ancestors)


#: Whether 'it', the subject of what a body or thing is said to say ('The watchdog said it would seek to block the
#: merger, arguing that ...'), is that body when a participle climbs to it (session 72).
IT_REPORTERS = True


#: Whether 'it' in a clause said by a participle on the main verb ('The prosecution opposed bail, citing what it called
#: "substantial assets overseas."') is the main verb's subject, a thing or a body (session 73).
IT_PARTICIPLE_OWNERS = True


def _it_reporter(it):
    """The singular subject, not a person, of the speech verb whose said clause has ``it`` as its subject, else None
    (`IT_REPORTERS`)."""
    v = it.head
    if IT_PARTICIPLE_OWNERS and it.dep_ == "nsubj" and v.dep_ == "ccomp" and v.head.tag_ == "VBG" \
            and v.head.dep_ in ("advcl", "xcomp") and v.head.head.i < v.head.i:
        main = next((c for c in v.head.head.children if c.dep_ == "nsubj"), None)  # 'The prosecution opposed bail,
        return main if _thing_or_body(main) else None  # citing what it called ...': the prosecution
    if it.dep_ != "nsubj" or v.dep_ != "ccomp" or v.head.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    main = _past_dateline(next((c for c in v.head.children if c.dep_ == "nsubj"), None))
    return main if _thing_or_body(main) else None


def _untagged_person(subj, start: int, end: int, name: str) -> str | None:
    """The person's name in a speaker mention that names no PERSON entity: a name written as a
    person's (`lexicon.is_person_name`) in apposition to a noun for a person, or after a title;
    else None."""
    if any(t.ent_type_ == "PERSON" for t in subj.doc[subj.left_edge.i:subj.right_edge.i + 1]):
        return None
    if subj.lemma_.lower() in PERSON_NOUNS or (WHO_UNTAGGED and (
            subj.lemma_.lower() in _OCCUPATIONS | _MORE_OCCUPATIONS | _WRITING_TRADES)):
        for c in subj.children:
            if c.dep_ == "appos" and c.i > subj.i and c.pos_ == "PROPN" and start <= c.idx < end:
                toks = [t for t in c.subtree if not t.is_punct]
                written = _without_titles([t.text for t in toks])
                if is_person_name(written):
                    return written  # "Valdoria's foreign minister, Anton Brisk"
    written = _without_titles(name.split())
    if name[:1].isupper() and written != name and is_person_name(written):
        return written  # 'Mayor Julia Stone'
    return None


def _name_after_of(head, start: int, end: int):
    """The tokens of the person's name in apposition to the object of a person noun's 'of', 'for' or
    'at' inside ``start``-``end`` ('The chair of Riverside Riders, Ana Costa,'), or None (`NAME_AFTER_OF`)."""
    if not NAME_AFTER_OF or head is None or head.lower_ not in PERSON_NOUNS:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "at"):
            continue
        for obj in prep.children:
            for c in obj.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > obj.i and start <= c.idx < end:
                    toks = [t for t in c.subtree if not t.is_punct]
                    if all(t.pos_ == "PROPN" for t in toks) and is_person_name(" ".join(t.text for t in toks)):
                        return toks
    return None


def _who_antecedent(noun):
    """The noun 'who' refers to when the parse hangs its clause on a noun for a thing at the end of a phrase
    after a preposition ('[rivals] for the nomination who said'): the noun the phrase hangs on, when it names
    people; else ``noun`` (`WHO_PAST_THINGS`)."""
    def people(t):
        return t.ent_type_ in ("PERSON", "NORP", "ORG") or t.lemma_.lower() in PERSON_NOUNS | _OCCUPATIONS \
            or t.lemma_.lower() in _MORE_OCCUPATIONS or t.lemma_.lower() in SIDE_PEOPLE

    if PEOPLE_OF_BODIES and noun.pos_ == "PROPN" and noun.ent_type_ != "PERSON" and noun.dep_ == "pobj" \
            and noun.head.lower_ in ("of", "at", "from") and noun.head.head.ent_type_ == "PERSON":
        return noun.head.head  # 'Mufti Ghulam Mustafa Chishti of Darul Uloom Rahimia, who told worshippers': him
    if people(noun) or noun.pos_ == "PROPN" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return noun
    owner = noun.head.head
    return owner if owner.pos_ == "NOUN" and people(owner) else noun


def _predicate_subject(noun):
    """The subject a predicate noun describes, when it is a name or a personal pronoun ('Ann Ortiz'
    for 'Ann Ortiz is a veteran politician', 'she' for 'she is a lawyer', also along a list: 'is a
    liar and a birther'); else None (`RELATIVE_ON_PREDICATE`)."""
    if not RELATIVE_ON_PREDICATE:
        return None
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "attr" or first.head.lemma_ != "be":
        return None
    verb = first.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subj is None and verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head  # 'Trump incites violence and is a liar ...': the first verb's subject
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and PREDICATE_APPOSITIONS and subj.pos_ == "NOUN":
        # 'Its president, Graham Pell, is a baker who ...': the name in apposition
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subj)
    if subj is None or not (subj.pos_ == "PROPN" or subj.lower_ in PERSON_PRONOUNS):
        return None
    return subj


@dataclass
class NameCluster:
    """One person: the name variants of the article that refer to them. Mutable: it grows as
    `People` reads more mentions."""

    key: tuple[str, ...]  # the normalised tokens of the fullest name so far
    keyset: set[str]      # the normalised tokens of all its variants
    name: str             # the fullest name so far
    titles: set[str]      # title words seen with it ('minister', 'foreign')
    headline: bool = False  # the name is from a title-case headline (where a verb can join it: 'Rip Donald Trump')


@dataclass(frozen=True)
class Mention:
    """A PERSON mention: its character span and the id of its `NameCluster`."""

    start: int
    end: int
    cluster: int


#: Dependency relations that put a name inside a speaker mention without making it the speaker:
#: 'advisers to Clinton' (pobj, prep), 'a woman who has accused Clinton' (relcl, dobj).
_NOT_THE_SPEAKER = frozenset({"pobj", "prep", "relcl", "acl", "advcl", "dobj", "pcomp", "ccomp", "xcomp"})


#: Head nouns of a mention that names other people than the person who qualifies it: "Foley's
#: family", "Several Cruz associates", "Clinton advisers", "Nikolai's classmate". The speaker is
#: not Foley, Cruz or Clinton (a spokesman, who speaks *for* someone, is not here: his words stay his
#: principal's, see `SpeakerResolver._person_heading`; a campaign or an office is named through the
#: person, see `NAMED_AROUND`).
RELATION_NOUNS = frozenset("""
    family families relative relatives brother brothers sister sisters mother father parent parents
    son sons daughter daughters wife husband widow widower cousin cousins uncle aunt nephew niece
    grandmother grandfather grandson granddaughter fiancee fiance girlfriend boyfriend
    friend friends classmate classmates neighbour neighbours neighbor neighbors colleague colleagues
    associate associates adviser advisers advisor advisors aide aides ally allies supporter supporters
    critic critics rival rivals opponent opponents pollster pollsters biographer biographers donor
    donors fan fans staffer staffers
""".split())

#: Head nouns of a source that is a publication rather than its maker ('The Times newspaper').
_OUTLET_NOUNS = frozenset({"newspaper", "magazine", "paper", "network", "channel", "outlet", "broadcaster"})
#: Posts a person or group puts out: 'Trump's tweet' and 'a Clinton campaign video' are theirs.
_POST_NOUNS = frozenset({"tweet", "tweets", "video", "videos", "ad", "ads", "message", "messages"})
#: Other things an organisation puts out: 'the Real Clear Politics average', 'The NASA update',
#: 'the Daily NK Web site'.
_OUTPUT_NOUNS = frozenset({"average", "averages", "update", "updates", "site", "commentary", "bulletin"})
#: Head nouns of a source named by its maker: documents, publications and posts.
_MADE_NOUNS = DOCUMENT_NOUNS | _OUTLET_NOUNS | _POST_NOUNS | _OUTPUT_NOUNS


#: Days, months (not 'May' or 'March', which are also names) and years: a time, never a document's maker.
_TIME_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|April|June|July|August|"
                        r"September|October|November|December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|"
                        r"(?:19|20)\d\d")


#: Whether a page, site or account 'run by', 'published by' or 'owned by' someone is theirs, not the platform's
#: named before it ('the Twitter page run by ... the National Security Council'; session 66).
RUN_BY = True


def _maker_of(tokens) -> str | None:
    """The organisation that made a document or publication source: the proper nouns before the
    document noun ('The latest Reuters/Ipsos poll' -> 'Reuters/Ipsos', 'an online University of
    Texas/Texas Tribune poll' -> 'University of Texas/Texas Tribune', 'The Times newspaper' ->
    'The Times'), or None when the mention is not of that form."""
    tokens = list(tokens)
    for k, t in enumerate(tokens):
        if _news_service(t) and k >= 2:  # 'The Reuters news agency': Reuters
            names = [u for u in tokens[:k - 1] if _names_maker(u)]
            return names[0].doc[names[0].i:names[-1].i + 1].text if names else None
        if t.lower_ in _MADE_NOUNS and RUN_BY and k + 3 < len(tokens) and tokens[k + 1].tag_ == "VBN" \
                and tokens[k + 2].lower_ == "by":
            # 'the Twitter page run by President Barack Obama's National Security Council': the council
            after = tokens[k + 3:]
            owned = [j for j, u in enumerate(after) if u.tag_ == "POS"]
            named = [u for u in after[owned[-1] + 1 if owned else 0:] if u.lower_ != "the"]
            if named and all(_is_name_word(u) for u in named):
                return _with_article(named[0], named[-1])
        if t.lower_ in _MADE_NOUNS:
            names = [u for u in tokens[:k] if _names_maker(u)
                     and not _TIME_WORD.fullmatch(u.text) and not (u.lower_ == "web" and u.i == t.i - 1)]
            # ('the Daily NK Web site': an acronym is a name word, 'Web' is part of the noun)
            # 'a Monday report' was made by no 'Monday'
            if not names:
                after = tokens[k + 1:]  # 'a report by the Harbour Gazette'
                if len(after) >= 2 and (after[0].lower_ == "by" or (
                        PUBLISHED_IN and after[0].lower_ == "in" and t.lower_ in _PUBLISHED_NOUNS)):
                    # ('an editorial in The Des Moines Register': the Register's)
                    named = [u for u in after[1:] if u.lower_ != "the"]
                    if named and all(_is_name_word(u) for u in named):
                        return _with_article(named[0], named[-1])
                return None
            first, last = names[0], names[-1]
            if t.is_title and not t.is_sent_start and last.i == t.i - 1 and t.pos_ == "PROPN":
                return _with_article(first, t)  # the noun is part of the name: 'The Daily Record'
            if t.lower_ in _OUTLET_NOUNS:
                return _with_article(first, last)
            return first.doc[first.i:last.i + 1].text  # (doc.text would join the whole article)
    return None


def _names_maker(u) -> bool:
    """Whether a word before a document or outlet noun can be part of its maker's name: a name word
    or an acronym ('Reuters', 'NBC')."""
    return _is_name_word(u) or (u.is_upper and u.is_alpha and len(u) > 1)


def _news_service(t) -> bool:
    """Whether a token is the noun of 'news agency', 'news service' or 'wire service', whose name is the
    words before it ('the Reuters news agency' is Reuters, as the labelling guideline names it)."""
    return t.lower_ in ("agency", "service") and t.i > 0 and t.doc[t.i - 1].lower_ in ("news", "wire")


def _is_name_word(u) -> bool:
    return u.pos_ == "PROPN" or (u.is_title and u.pos_ in ("NOUN", "ADJ") and not u.is_sent_start)


def _with_article(first, last) -> str:
    """The words from ``first`` to ``last``, with a 'the' just before them ('the Daily Record')."""
    if first.i > 0 and first.doc[first.i - 1].lower_ == "the":
        first = first.doc[first.i - 1]
    return first.doc[first.i:last.i + 1].text


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _name_part(ent) -> str:
    """The name in a PERSON entity that ran into a headline's verb: 'Trump Says He' -> 'Trump',
    'Marco Rubio Responds To Question' -> 'Marco Rubio', 'Asserting Clinton' -> 'Clinton'; or
    into another name after a comma: 'Mary, Vicker' ('said Mary, Vicker's older sister') -> 'Mary'."""
    def verb(t) -> bool:  # title case misleads the tagger: 'Responds' comes out a proper noun
        low = t.lower_
        return t.pos_ == "VERB" or (t.pos_ == "AUX" and t.tag_ != "IN") or (
            low.endswith("s") and (low[:-1] in SPEECH_LEMMAS or low[:-2] in SPEECH_LEMMAS))

    toks = list(ent)
    while toks and verb(toks[0]):
        toks = toks[1:]
    for k, t in enumerate(toks):
        if k and verb(t):
            toks = toks[:k]
            break
    for k, t in enumerate(toks):  # 'Mary, Vicker's older sister': two people; 'King, Jr.' is one
        if k and t.text == "," and (k + 1 >= len(toks) or toks[k + 1].lower_.rstrip(".") not in _NAME_SUFFIXES):
            toks = toks[:k]
            break
    if not toks or len(toks) == len(ent):
        return ent.text if toks else ""
    return ent.doc[toks[0].i:toks[-1].i + 1].text


def name_tokens(name: str) -> tuple[str, ...]:
    """A person's name as lower-case words, titles and possessives dropped ('Sen. Ted Cruz's' ->
    ('ted', 'cruz')): what name matching compares."""
    toks = []
    for raw in re.findall(rf"[\w{APOSTROPHES}.-]+", name):
        t = raw.lower().strip("." + APOSTROPHES)
        t = re.sub(rf"[{APOSTROPHES}]s$", "", t)
        t = re.sub(r"^(al|el|ad|as|ash|an|ar|at|az)-", "", t)
        if not t or t in HONORIFICS:
            continue
        toks.append(t)
    return tuple(toks)


#: Whether a person's name that the recogniser ends at a particle, or that a particle follows ('Mark van'
#: + 'den Oever', 'Ursula von' + 'der Leyen'), runs on to the capitalised word after the particles (session 68).
PARTICLE_NAMES = True
_PARTICLES = frozenset("van von de den der da di du del della le la ter ten bin ibn al el".split())


def _with_particles(doc, ent, name: str) -> tuple[str, int]:
    """A person's name and its end, run on past the particles after the entity to the capitalised word
    that follows them (`PARTICLE_NAMES`)."""
    j, extra = ent.end, []
    while j < len(doc) and doc[j].text in _PARTICLES and len(extra) < 3:
        extra.append(doc[j].text)
        j += 1
    if (extra or ent[-1].text in _PARTICLES) and j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper() \
            and doc[j].idx == doc[j - 1].idx + len(doc[j - 1]) + 1:
        return " ".join([name, *extra, doc[j].text]), doc[j].idx + len(doc[j])
    return name, ent.end_char


#: Whether a surname alone, where two or more people of the article have it, names the one an honorific before it, or
#: 'she' or 'he' after it in its sentence, agrees with ('Ms Brennock': not Cathal Brennock), else the one named before
#: by the same honorific and surname ('Mrs Garside' again: not her sister-in-law Jocelyn Garside, named since), else the
#: one named last before it; and whether
#: a surname the recogniser did not tag names one of those named before it, not one the article names later ('Quill
#: said', with Ezra Quill introduced three paragraphs on); 'the one named last' is the one last named as the subject of
#: a clause, where there is one ('Patricia Smith, mother of Benghazi victim Sean Smith, ...'; session 77).
NAMESAKES = True
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _short_form(ent) -> str:
    """A person's mention as honorific and surname ('mrs garside'), or the surname alone."""
    doc = ent.doc
    words = [t.lower_.rstrip(".") for t in ent if not t.is_punct]
    before = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
    if words and words[0] in _HONORIFIC_GENDER:
        return " ".join(words[:1] + words[-1:])
    if before in _HONORIFIC_GENDER:
        return f"{before} {words[-1]}" if words else before
    return words[-1] if words else ""


def _honorific_gender(ent) -> str | None:
    form = _short_form(ent).split()
    return _HONORIFIC_GENDER.get(form[0]) if len(form) == 2 else None


def _first_name_gender(name: str) -> str | None:
    words = name.split()
    if len(words) < 2:
        return None
    men, women = _gendered_first_names(MORE_FIRST_NAMES, ADDED_FIRST_NAMES)
    first = _plain(words[0].lower())
    return "m" if first in men and first not in women else "f" if first in women and first not in men else None


class People:
    """PERSON entities of one article grouped into name variants (fullest form wins).

    Attributes:
        clusters: the people, in order of first mention (a cluster id indexes this list).
        mentions: every PERSON mention, in document order.
    """

    def __init__(self, doc):
        self.clusters: list[NameCluster] = []
        self.mentions: list[Mention] = []
        #: the short forms each person was named by ('mrs garside', 'garside'), and which mentions are a clause's
        #: subject, for `NAMESAKES`
        self.forms: dict[int, set[str]] = {}
        self.subjects: set[int] = set()
        self.first_line_end = doc.text.find("\n")
        ents = list(doc.ents)
        headline_end = _title_case_first_line_end(doc.text)
        #: organisations the recogniser tagged as people, by their first word ('blackridge': 'Blackridge Minerals')
        self.firms: dict[str, str] = {}
        #: names the recogniser tagged as a person at least once where they do not modify a noun
        alone = {e.text for e in ents if e.label_ == "PERSON" and not _modifies_noun(doc, e)} \
            if MODIFIER_NAMES else set()
        places = {e.text.lower() for e in ents if _names_place(e) or _in_dateline(doc, e) or _owns_state(e)} \
            if PLACE_NAMES else set()
        if FIRMS_TAGGED_ORGS:  # 'Brackwater' tagged a person, 'Brackwater Seafoods Ltd.' an organisation
            surnames = {e.text.split()[-1] for e in ents if e.label_ == "PERSON" and len(e.text.split()) > 1}
            for ent in ents:
                words = re.sub(r"^[Tt]he\s+", "", ent.text).replace(".", "").split()
                if ent.label_ == "ORG" and len(words) > 1 and words[-1].lower() in _ORG_NAME_ENDS \
                        and words[0] not in surnames:
                    self.firms.setdefault(words[0].lower(), " ".join(ent.text.split()).removeprefix("the "))
        for i, ent in enumerate(ents):
            if ent.label_ != "PERSON" or (PLURAL_OWNERS_NOT_PEOPLE and _plural_owner(ent)):
                continue
            toks = [t for t in ent if not (t.is_punct and t.text not in "-")]
            if not toks:
                continue
            name = strip_possessive(_name_part(ent).strip().strip(ALL_MARKS).strip())  # (not: 'Marcia "')
            if NICKNAMED_PEOPLE:
                name = re.sub(r"\s+[\"“][A-Z][a-z]+[\"”](?=\s)", "", name)  # 'Jose Ramon Alcaraz', not '"Jun"'
            if not name or name.lower() in AGENCIES:
                continue
            if ORG_NAMES_NOT_PEOPLE and is_org_name(name):
                if name.split()[-1].lower() in _ORG_NAME_ENDS:  # (not 'Clinton Campaign': Clinton is a person)
                    self.firms.setdefault(name.split()[0].lower(), name)  # 'Blackridge Minerals' tagged PERSON
                continue
            if ORG_NAMES_NOT_PEOPLE and name.lower() in self.firms:
                continue  # 'Blackridge' after 'Blackridge Minerals'
            if DESCRIBED_FIRMS and len(name.split()) == 1 and _word_before(doc, ent.start) in _DESCRIPTOR_ENDS:
                self.firms.setdefault(name.lower(), name)  # 'the payments start-up Lumenpay' tagged PERSON
                continue
            if PLACE_NAMES and (ent.text.lower() in places or name.lower() in places):
                continue  # 'Marenga' after 'the winning city, Marenga'
            if DATELINE_STRADDLES and _straddles_dateline(doc, ent):
                continue  # 'STRAVIK, [Eskaria - Eskaria]'s largest trade union': the region and the country
            if MODIFIER_NAMES and ent.text not in alone and _modifies_noun(doc, ent):
                continue  # 'the Lusaran delegation' (and never 'Lusaran' alone): no one whom 'she' can be
            after = ents[i + 1] if i + 1 < len(ents) else None
            if TITLES_NOT_NAMES and name.lower().rstrip(".") in _SEAT_TITLES | _STYLE_HONOURS:
                continue  # 'former [MLA] Grace Whitcombe-Yuen', '[Datuk Dr]' tagged a person: a title, no one's name
            if SEATS_BEFORE_TITLES and after is not None and after.label_ == "PERSON" \
                    and 1 <= after.start - ent.end <= 3 and doc[after.start - 1].lower_.rstrip(".") in _SEAT_TITLES \
                    and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[ent.end:after.start - 1]):
                continue  # 'Kembang GRC MP Jasmine Teo-Raharjo', 'Kanyoni West MP Grace Njoroge': the MP's seat
            if len(name.split()) == 1 and after is not None and after.label_ == "PERSON" and \
                    re.fullmatch(r"\s+(?:and|&)\s+", doc.text[ent.end_char:after.start_char]) and \
                    len(_name_part(after).split()) >= 2:
                # 'David and Jeanne Heidler': David Heidler, not another David of the article
                name = f"{name} {strip_possessive(_name_part(after).split()[-1])}"
            end_char = ent.end_char
            nxt = doc[ent.end] if ent.end < len(doc) else None
            if CUT_NAMES and nxt is not None and len(ent) == 1 and ent[-1].dep_ == "compound" \
                    and ent[-1].head.i == nxt.i and nxt.pos_ == "PROPN" and nxt.text.isalpha() \
                    and nxt.text[:1].isupper() and nxt.text[1:].islower() and nxt.lower_ not in PERSON_NOUNS \
                    and nxt.ent_type_ in _NOT_NAME_ENTITIES:  # (not 'Clinton [Chief] of Staff', 'Jean-Marie Le [Pen]')
                name, end_char = f"{name} {nxt.text}", nxt.idx + len(nxt)  # 'Neil [Farraday]' (tagged a date)
            if PARTICLE_NAMES:
                name, end_char = _with_particles(doc, ent, name)  # 'Mark van den Oever', not 'Mark van'
            # a title inside the entity itself ('Councillor Tom Hadley'): kept as a title, not in the name
            words = name.split()
            titles = {w.lower() for w in words if w.lower() in PERSON_NOUNS}
            name = _without_titles(words)
            key = name_tokens(name)
            if not key:
                continue
            cid = self._namesake(key, ent) if NAMESAKES and len(key) == 1 else None
            if cid is None:
                cid = self._cluster_for(key, name, headline=ent.end_char <= headline_end)
            self.mentions.append(Mention(ent.start_char, end_char, cid))
            if NAMESAKES:
                self.forms.setdefault(cid, set()).add(_short_form(ent))
                if ent.root.dep_ in ("nsubj", "nsubjpass") or (
                        ent.root.dep_ == "appos" and ent.root.head.dep_ in ("nsubj", "nsubjpass")):
                    self.subjects.add(len(self.mentions) - 1)
            self.clusters[cid].titles |= _title_words(doc, ent) | titles
            if JUSTICES_ARE_JUDGES and ("Justice" in words[:2] or ent.start and doc[ent.start - 1].text == "Justice"):
                self.clusters[cid].titles.add("judge")  # 'Mr Justice Declan Harte-Moran' is 'the judge'
            if ENVOYS_ARE_AMBASSADORS and "ambassador" in self.clusters[cid].titles:
                self.clusters[cid].titles.add("envoy")  # 'Ambassador Hamid Osei-Karumba' is 'the envoy'
            if LAWMAKERS_TITLED and self.clusters[cid].titles & _LAWMAKER_TITLES:
                self.clusters[cid].titles |= {"lawmaker", "legislator"}  # 'Hon. Bala Ishaku-Okon', 'MP Jasmine Teo'
        if SURNAME_FIRST_NAMES:
            for c in self.clusters:
                first = _first_name_before(doc, c.name) if len(c.name.split()) == 1 else None
                if first is not None:  # 'Lennon-Brady' tagged alone, 'Caoimhe Lennon-Brady' in the text
                    c.name = f"{first} {c.name}"
                    c.key, c.keyset = name_tokens(c.name), c.keyset | set(name_tokens(c.name))

    def _cluster_for(self, key: tuple[str, ...], name: str, *, headline: bool = False) -> int:
        best = None
        for cid in range(len(self.clusters) - 1, -1, -1):  # most recent first
            c = self.clusters[cid]
            ks = set(key)
            if ks <= c.keyset or c.keyset <= ks:
                if key[-1] in c.keyset or c.key[-1] in ks:
                    best = cid
                    break
        if best is None:
            self.clusters.append(NameCluster(key=key, keyset=set(key), name=name, titles=set(), headline=headline))
            return len(self.clusters) - 1
        c = self.clusters[best]
        if HEADLINE_ONLY_MATCHES and c.headline and not headline and len(c.key) >= 4 and len(key) < len(c.key):
            # 'Parents Sue Social App Pixora' of a title-case headline, then 'Pixora' in the body: Pixora
            c.key, c.keyset, c.name, c.headline = key, set(key), name, False
        elif c.headline and not headline and len(key) >= 2:
            # a full name in the body outranks the headline's ('Donald Trump', not 'Rip Donald Trump')
            c.key, c.keyset, c.name, c.headline = key, c.keyset | set(key), name, False
        elif len(key) > len(c.key) and (c.headline or not headline):
            c.key, c.keyset, c.name = key, c.keyset | set(key), name
        else:
            c.keyset |= set(key)
        return best

    def _matching(self, key: tuple[str, ...]) -> list[int]:
        ks = set(key)
        return [cid for cid, c in enumerate(self.clusters)
                if (ks <= c.keyset or c.keyset <= ks) and (key[-1] in c.keyset or c.key[-1] in ks)]

    def _namesake(self, key: tuple[str, ...], ent) -> int | None:
        """Which of two or more people of one surname a surname alone names (`NAMESAKES`), or None (one or none
        has it: `_cluster_for` decides)."""
        found = self._matching(key)
        if len(found) < 2:
            return None
        gender = _honorific_gender(ent)
        if gender is None:  # ('Solberg, a former schoolteacher, said she did not govern by poll numbers')
            words = {t.lower_ for t in ent.sent if t.i >= ent.end}
            she, he = bool(words & {"she", "her", "herself"}), bool(words & {"he", "his", "him", "himself"})
            gender = "f" if she and not he else "m" if he and not she else None
        return self._of_namesakes(found, _short_form(ent), gender)

    def _of_namesakes(self, found: list[int], form: str, gender: str | None) -> int | None:
        found = [cid for cid in found if any(m.cluster == cid and m.start > self.first_line_end
                                             for m in self.mentions)] or found
        # (not 'Striker Okonjo-Ferrari' of a headline, where the body names Emeka Okonjo-Ferrari)
        if gender is not None:
            found = [cid for cid in found if _first_name_gender(self.clusters[cid].name) in (None, gender)] or found
        if " " in form:  # 'Mrs Garside' again: whoever was 'Mrs Garside' before, not her sister-in-law
            same = [cid for cid in found if form in self.forms.get(cid, ())]
            found = same or found
        last = {m.cluster: k for k, m in enumerate(self.mentions)}
        last_subject = {m.cluster: k for k, m in enumerate(self.mentions) if k in self.subjects}
        # (the one last named as a subject: 'Patricia Smith, mother of Benghazi victim Sean Smith, rejected ... "...,"
        # Smith said' is Patricia Smith)
        return max(found, key=lambda cid: (last_subject.get(cid, -1), last.get(cid, -1), cid))

    def cluster_at(self, start: int, end: int) -> int | None:
        """The cluster id of the first mention overlapping ``start:end``, or None."""
        for m in self.mentions:
            if m.start < end and start < m.end:
                return m.cluster
        return None

    def match_name(self, words: str, before: int | None = None) -> int | None:
        """A bare surname mention that NER missed ('Lavrov' tagged ORG); with ``before`` (its offset), one of two or
        more people of that surname named before it (`NAMESAKES`)."""
        key = name_tokens(words)
        if not key:
            return None
        surname = len(key) == 1 or (SURNAME_PARTICLES and len(
            [c for c in self.clusters if set(key) <= c.keyset and key[-1] in c.keyset]) > 1)  # ('Ms Ó Ceallaigh')
        if NAMESAKES and before is not None and surname:
            found = [cid for cid in self._matching(key) if key[-1] in self.clusters[cid].keyset
                     and any(m.cluster == cid and m.start < before for m in self.mentions)]
            if len(found) > 1 or (found and len(self._matching(key)) > 1):
                mentions, self.mentions = self.mentions, [m for m in self.mentions if m.start < before]
                try:
                    form = " ".join(w.lower().rstrip(".") for w in words.split()[-2:])
                    return self._of_namesakes(found, form if form.split()[0] in _NAME_HONORIFICS else key[-1],
                                              _HONORIFIC_GENDER.get(words.split()[0].lower().rstrip(".")))
                finally:
                    self.mentions = mentions
        for cid in range(len(self.clusters) - 1, -1, -1):
            if set(key) <= self.clusters[cid].keyset and key[-1] in self.clusters[cid].keyset:
                return cid
        return None

    def last_before(self, pos: int) -> int | None:
        """The cluster id of the last mention starting before ``pos``, or None."""
        best = None
        for m in self.mentions:
            if m.start < pos:
                best = m.cluster
        return best


#: Whether a person the recogniser tagged only by a surname ('Lennon-Brady', 'Vasko') takes the one word with a
#: capital that stands before that surname in the article ('Caoimhe Lennon-Brady', 'Farmer Teodor Vasko'), when it is
#: a proper noun and not a title (session 76).
SURNAME_FIRST_NAMES = True
#: Whether `SURNAME_FIRST_NAMES` takes a first name the tagger read as a plural proper noun ('Thérèse'; session 77).
PLURAL_TAGGED_FIRST_NAMES = True
_NOT_FIRST_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december the a an and of farmer coach chef captain father sister
brother doctor nurse professor officer sergeant inspector constable detective lady lord dame sir""".split())


def _first_name_before(doc, surname: str) -> str | None:
    """The one word that stands before ``surname`` in ``doc`` as a first name (`SURNAME_FIRST_NAMES`), else None."""
    found = set()
    headline_end = doc.text.find("\n")  # (not the headline's 'Parents Sue Social [App] Pixora')
    for m in re.finditer(rf"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\s+{re.escape(surname)}(?![\w'’-])", doc.text):
        word = m.group(1)
        if m.start() < headline_end:
            continue
        span = doc.char_span(m.start(1), m.end(1))
        if span is None or len(span) != 1 or span[0].tag_ not in (
                ("NNP", "NNPS") if PLURAL_TAGGED_FIRST_NAMES else ("NNP",)) or span[0].ent_type_ not in (
                "", "PERSON", "ORG", "GPE", "NORP") or word.lower() in _NOT_FIRST_NAMES | PERSON_NOUNS | HONORIFICS \
                | OFFICES | _MALE_WORDS | _FEMALE_WORDS:
            continue
        found.add(word)
    return next(iter(found)) if len(found) == 1 else None


def _title_case_first_line_end(text: str) -> int:
    """Where the article's first line ends when it is in title case (capitals on most words of four
    letters or more, as in 'Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’'), else 0:
    where NER glues a capitalised verb to a name. Not `headlines._is_headline`, which asks whether
    a paragraph reads as a headline (short, no final full stop) and needs a parsed `Article`."""
    line = text.split("\n", 1)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= 4]
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return 0
    return len(line)


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
                  if (t.pos_ in ("NOUN", "ADJ") or CAPITAL_APPOSED_TITLES and t.pos_ == "PROPN"
                      and t.lower_ in PERSON_NOUNS | OFFICES) and not (ent.start <= t.i < ent.end)}
        prep = root.head.head
        if TITLES_AFTER_OF and root.head.dep_ == "pobj" and prep.dep_ == "prep" and (
                prep.lower_ == "of" or TITLES_AFTER_FOR and prep.lower_ in ("for", "at", "in")) \
                and (prep.head.lemma_.lower() in PERSON_NOUNS or TITLES_AFTER_FOR and prep.lower_ != "of"
                     and _person_role(prep.head.lemma_.lower())):
            # 'The mayor of Greater Manchester, Andy Kerr,', the name parsed in apposition to the place
            words |= {prep.head.lower_} | {t.lower_ for t in prep.head.lefts if t.pos_ in ("NOUN", "ADJ")}
    return words


#: Whether 'The mayor of Greater Manchester, Andy Kerr,' gives Kerr the title 'mayor' when the parse
#: hangs the name on the place; before, Kerr had no title, and 'The British prime minister' after him
#: was taken to be him (session 66).
TITLES_AFTER_OF = True


def _description_words(words: Iterable[str]) -> set[str]:
    out = set()
    for w in words:
        w = w.lower().strip(".")
        out.update(TITLE_EXPANSIONS.get(w, (w,)))
    return out - {"the", "a", "an", "top", "senior", "former", "new", "his", "her", "its"}


#: Whether a description naming an office (`lexicon.OFFICES`: 'the mayor') is kept from the
#: fallback to the last person named when the article gives that person only other offices
#: ('Senator Mary Cole').
OFFICE_CHECK = True


#: Whether a description whose role matches none of the roles the article gives the last person
#: ('the council's finance director' after 'Fishermen's leader Rui Costa') is left as written rather
#: than given to that person, for roles outside `OFFICES` too (session 64).
ROLE_CHECK = True
#: Roles that many people of a story hold ('the Jordanian leader' may be its king, 'the top diplomat' its
#: foreign minister): no evidence either way.
_ANY_ROLE = frozenset({"leader", "official", "officer", "head", "chief", "figure", "veteran", "diplomat"})


#: Whether a chief or an officer of a named field ('the chief medical officer', 'the police chief', 'the fire
#: chief') counts as a role of its own for `ROLE_CHECK`: not the health minister named last (session 73).
FIELD_CHIEFS = True
#: Fields that make 'chief' or 'officer' a role of its own (`FIELD_CHIEFS`).
_CHIEF_FIELDS = frozenset({"medical", "financial", "operating", "police", "fire", "health", "technology", "technical",
                           "information", "scientific", "science", "nursing", "legal", "security", "marketing",
                           "investment", "compliance", "communications", "press", "education", "planning",
                           "constable", "whip", "justice", "economic", "commercial", "safety", "electoral"})


def _fields_differ(desc: set[str], titles: set[str]) -> bool:
    """Whether a description and a person's titles share an office but each has a word of its own beside it ('interior
    minister' and 'agriculture minister'; `FIELDS_DIFFER`)."""
    shared = {d for d in desc if _titles_match({d}, titles)}
    if not shared & (OFFICES | PERSON_NOUNS):
        return False
    aside = _BARE_HONORIFICS | _TIME_QUALIFIERS | {"the", "a", "an", "its", "his", "her", "their"}
    own = {d for d in desc - shared if d.isalpha() and d not in aside}
    theirs = {t for t in titles if not _titles_match({t}, desc) and t.isalpha() and t not in aside
              and t not in OFFICES | PERSON_NOUNS}
    return bool(own) and bool(theirs)


#: Words that say when someone holds an office, not which ('the former finance minister', 'The outgoing Finance
#: Minister, Dr (Mrs) Efua Mensimah Quaye'; `FIELDS_DIFFER`).
_TIME_QUALIFIERS = frozenset("""former outgoing incoming new acting interim current then ex retiring retired senior
junior longtime long-serving""".split())


def _other_office(desc: set[str], titles: set[str]) -> bool:
    """Whether a description names an office and the person's titles name only other offices."""
    offices = OFFICES | {"representative"} if EXPANDED_TITLES else OFFICES  # ('Rep. Ann Ortiz')
    mine, theirs = desc & offices, titles & offices
    return bool(mine and theirs) and _titles_match(mine, theirs) == 0


def _single_best(scored: list[tuple[int, int]], at_least: int) -> int | None:
    """The id of the one (score, id) pair with the highest score, when that score is at least
    ``at_least`` and no other pair has it; else None."""
    best = max((sc for sc, _ in scored), default=0)
    top = [cid for sc, cid in scored if sc == best]
    return top[0] if best >= at_least and len(top) == 1 else None


def _titles_match(desc: set[str], titles: set[str]) -> int:
    score = 0
    for d in desc:
        for t in titles:
            if d == t or (len(d) >= 4 and len(t) >= 4 and d[:4] == t[:4]):
                score += 1
                break
    return score


def _without_titles(words: list[str]) -> str:
    """A name without the titles and honorifics in front of it ('Councillor Tom Hadley': 'Tom Hadley').

    Example:
        >>> _without_titles(["Councillor", "Tom", "Hadley"]), _without_titles(["Mayor"])
        ('Tom Hadley', 'Mayor')
    """
    while len(words) > 1 and (words[0].lower().rstrip(".") in PERSON_NOUNS | HONORIFICS or (
            HYPHENED_TITLES and re.fullmatch(r"([A-Za-z]+)-(?:[Gg]eneral|[Ee]lect)", words[0])
            and words[0].split("-")[0].lower() in PERSON_NOUNS)):  # 'Secretary-General', 'President-elect'
        words = words[1:]
    return " ".join(words)


#: Pronouns that refer back to a speaker (`DESCRIBED_PRONOUNS` keeps its description across them).
_REFERRING_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "it", "his", "its", "their"})


@dataclass(frozen=True)
class _Described:
    """A speaker named only by a description, as `SpeakerResolver` remembers it."""

    name: str
    end: int  # where its mention ends
    paragraph: int
    plural: bool
    gender: str | None
    content: tuple[int, int] | None = None  # what it said, where the rules found it
    unnamed: bool = False  # described with a clause that says they are not named ('who asked not to be named')


#: Honorifics that say a person is a man or a woman.
_MALE_HONORIFICS = frozenset({"mr", "mr."})
_FEMALE_HONORIFICS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss"})
#: Words that say so when they stand in front of or beside the name (`NameCluster.titles`, which
#: also holds an honorific the parser put in front of the name).
_MALE_WORDS = _MALE_HONORIFICS | frozenset("""spokesman congressman chairman businessman husband father son
brother king prince sir uncle nephew grandfather boyfriend widower""".split())
_FEMALE_WORDS = _FEMALE_HONORIFICS | frozenset("""spokeswoman congresswoman chairwoman businesswoman wife mother
daughter sister queen princess dame aunt niece grandmother girlfriend widow actress""".split())
#: Common first names that nearly always belong to one gender (names used for both, such as
#: Jordan, Taylor, Kelly, Jean or Lindsey, are left out): weak evidence, outweighed by the article's.
_MALE_FIRST_NAMES = frozenset("""james john robert michael william david richard joseph thomas charles christopher
daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle
walter ethan jeremy harold keith roger noah gerald carl sean arthur lawrence jesse dylan bryan joe bruce albert
willie gabriel juan wayne roy ralph randy eugene vincent russell louis bobby philip johnny barack bernie mitt ted
marco rand mike bill tim jim tom bob rick newt chuck mitch vladimir sergey sergei boris dmitry ivan mohammed
muhammad ahmed hassan omar abdullah ibrahim francois emmanuel angelo giuseppe hans klaus""".split())
_FEMALE_FIRST_NAMES = frozenset("""mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy
lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine
christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia
christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline gloria ann teresa kathryn sara
janice alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie
diana brittany natalie isabella charlotte rose alexis hillary hilary melania ivanka chelsea huma nikki kellyanne
condoleezza jill kamala elaine loretta susana carly megyn clare claire melanie betsy wendy tina felicia paula lucy
erin gwen juanita brooke jeanne""".split())
#: Whether, when 'he' or 'she' falls back on the last person named who can be them, people named only inside
#: quotation marks come after those named outside them ('"Measles is one of the most contagious diseases," she said.
#: ... he insisted': not 'Measles'; session 72).
QUOTED_NOT_REFERENTS = True
#: Whether `_MORE_MALE_FIRST_NAMES` and `_MORE_FEMALE_FIRST_NAMES` count as the lists above do (session 72: 'Anneliese
#: Vogt', 'Leena Moravec' and 'Siobhan Garvey' had no gender, so 'he' could go to them); session 73 added 90 men's
#: and 70 women's names, which `FIRST_NAME_PEOPLE` reads too ('Víctor Hugo Salazar', tagged ORG).
MORE_FIRST_NAMES = True
#: First names from Europe, Africa, Asia and the Americas that nearly always belong to one gender.
_MORE_MALE_FIRST_NAMES = frozenset("""ahmad ali amir amit anders andre andrei anil anton antonio arjun arvind bogdan
callum carlos christoph cormac cyril darius declan dmitri dmitrii duncan emil enrique erik ewan fabio farid
fernando florian francesco frederik giovanni gustav hamid hans-peter hendrik henrik hiroshi hugo ibrahima igor
ismail jakob javier joao jonas jorge juergen jurgen kamal karim karl kenji khalid kofi kwame lars laszlo lorenzo
luca lucas luis luiz magnus manuel marek mario marius markus matteo mehmet miguel mikhail milan mohamed mustafa
nikolai nikolaos olaf oleg oliver oskar pablo paolo pavel pedro pieter piotr rafael rahul rajesh rajiv ramesh
ramon rashid raul ricardo roberto rodrigo rolf salvatore sandeep sanjay sebastian sergio stefan suresh sven tariq
thabo tomas tomasz vijay vikram viktor wojciech yuri yusuf zoltan
victor gareth eduardo alejandro diego francisco alberto oscar gustavo mateo joaquin ignacio emilio felipe andres
gonzalo marcelo alvaro esteban hector julio cesar armando matias nicolas stefano alessandro massimo vincenzo pierre
jacques philippe laurent olivier thierry yves didier gerard herve wolfgang dieter helmut matthias tobias lukas felix
nils gunnar bjorn krzysztof pawel andrzej jakub dusan zoran goran nikola alexei kwabena yaw emeka chinedu olusegun
oluwaseun tunde babajide chukwuma musa abdullahi ahmet emre murat hussein reza mohsen dariusz anand prakash deepak
takeshi haruto cillian padraig rhys dafydd owain alasdair hamish angus euan
martin graham colin nigel neil ian derek trevor malcolm alistair hugh rupert simon harry owen alan
billy terry""".split())
_MORE_FEMALE_FIRST_NAMES = frozenset("""adriana agnieszka aisha alessandra alexandra alina amara anastasia angelika
anika anja anjali anna-lena annalena anneliese annika anya astrid beatriz birgit brigitte carmen catalina chiara
claudia cristina dagmar daniela deepa dolores elena eleni elif elisa elisabeth elke emilia eva fatima fatou fiona
francesca gabriela giulia greta gudrun hanna hanne heike helga hilde ines ingrid irena irina isabel isla jana
jasmin johanna karin katarina katharina katja kavita kerstin ksenia laila lakshmi lara leena leila liesl lina
lotte lucia ludmila magdalena maja malgorzata marina marisol mariya marta martina mei mercedes mia mirela monika
nadia natalia natasha neha nina olga paola petra pooja priya rania renata rosa sabine sanna saskia silvia simona
siobhan sofia sonja sunita svetlana tatiana ulrike ursula valentina vera veronika yasmin yelena zeynep zofia
zuzana margit nomvula felicity harriet mariana camila carolina alejandra fernanda ximena pilar rocio federica alessia
valeria sophie chloe manon amelie juliette celine nathalie sylvie sigrid freya ilse katarzyna joanna ewa dorota
milena jelena ivana dragana oksana ngozi chioma adaeze folake yetunde abena akosua ama efua nomsa thandiwe zanele
lindiwe zainab mariam samira layla amina hadiza ananya meera haruka sakura keiko yumi xiaoling niamh aoife saoirse
ciara eilidh morag catriona bronwen rhiannon
frances kayla lori doreen louise eileen maureen sheila pauline gillian lorraine tracey""".split())
#: Whether `_ADDED_MALE_FIRST_NAMES` and `_ADDED_FEMALE_FIRST_NAMES` count as the lists above do (session 76: 'Sonia
#: Reyes-Haldane', 'Josephine Adeyemi' (tagged a place), 'Kieran Dowsett' had no gender or were not read as people).
ADDED_FIRST_NAMES = True
_ADDED_MALE_FIRST_NAMES = frozenset("""idris halvard marcus aurel alun kieran travis fraser murdo ruaridh lachlan
struan torquil gethin iwan emyr huw llyr cian oisin seamus eoin ciaran niall fergal cathal donal tadhg darragh ronan
colm lorcan malachy bartholomew barnaby crispin jolyon piers giles tarquin jasper rufus otto gunther horst uwe leif
mats jens soren piet joost maarten bram sjoerd wouter benoit mathieu guillaume gianluca fabrizio enrico santiago
obinna babatunde adewale themba sipho hamza bilal ravi""".split())
_ADDED_FEMALE_FIRST_NAMES = frozenset("""josephine sonia bryony keisha aileen carla lorna henrike beatrix imogen eleanor
philippa rosalind gwendolyn orla sinead ailsa kirsty shona mairead deirdre agata galina elin ebba marit solveig anneke
femke sanne gisela renate elodie margaux capucine consuelo paloma leticia chiamaka funmilayo khadija noura akiko
priyanka shreya nisha rukhsana farida wanjiru adwoa tamsin rowena morwenna clodagh roisin grainne nuala elspeth agnes
edith ethel mabel maud lottie hattie winifred josie cressida perdita araminta octavia cordelia""".split())
#: Whether a sentence that names someone's father, wife, son ... ("Delgado's father died of wounds he suffered")
#: gives no evidence of that person's gender by its 'he' or 'she' (session 70).
KIN_ASIDE = True
_KIN = frozenset("""father mother son daughter wife husband brother sister uncle aunt grandfather grandmother nephew
niece boyfriend girlfriend widow widower fiance fiancee""".split())
#: Nouns for a person that a name in apposition after them belongs to (`APPOSED_PEOPLE`).
_PERSON_ROLES = frozenset(PERSON_NOUNS | OFFICES | _KIN | _MALE_WORDS | _FEMALE_WORDS | frozenset(
    """captain striker midfielder defender forward winger goalkeeper trainer jockey owner resident witness
    surgeon doctor nurse teacher farmer landlord tenant counsel barrister solicitor advocate partner""".split()))
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})


def pronoun_gender(word: str) -> str | None:
    """'m' for he/him/his, 'f' for she/her/hers, else None."""
    low = word.lower()
    return "m" if low in _MALE_PRONOUNS else "f" if low in _FEMALE_PRONOUNS else None


#: Words of a name that are not the person's own ('the', titles are kept out by their capitals).
_NAME_STOP = frozenset({"the", "of", "and", "jr", "sr", "ii", "iii"})


#: Whether 'his' or 'her' one word after a name ('Grant Miller threw his weight', 'Ortiz raised her hand')
#: counts as a vote for the name's gender in `name_gender` (session 68).
OWN_POSSESSIVES = True
#: Whether a relative clause on a description in apposition to a name ('Sen. Joe Manchin, a West Virginia
#: Democrat who had opposed earlier versions') speaks as the name (session 68).
RELATIVE_APPOSITIONS = True


def name_gender(name: str, text: str) -> str | None:
    """The gender ('m', 'f' or None: unknown) a plain text gives a person's name, for callers that
    have no parse (`person_genders` reads the parse): a common first name of one gender (one vote),
    an honorific before the surname ('Ms. Ortiz', two votes each), and 'he' or 'she' alone in a
    sentence that names the surname (one vote each). Evidence both ways stays unknown unless one side
    has three times the other.

    Example:
        >>> name_gender("Ann Ortiz", "Ann Ortiz spoke. Ortiz said she would vote.")
        'f'
    """
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", name) if w.lower() not in _NAME_STOP]
    if not words:
        return None
    surname = re.escape(words[-1])
    first = words[0].lower() if len(words) > 1 else ""
    men, women = _gendered_first_names(MORE_FIRST_NAMES, ADDED_FIRST_NAMES)
    m = int(first in men) + 2 * len(
        re.findall(r"\bMr\.?\s+(?:[A-Z][\w.]*\s+)?" + surname + r"\b", text))
    f = int(first in women) + 2 * len(
        re.findall(r"\b(?:Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w.]*\s+)?" + surname + r"\b", text))
    for sent in re.split(r"(?<=[.!?])\s+", text):
        if re.search(r"\b" + surname + r"\b", sent):
            he, she = re.search(r"\b[Hh]e\b", sent), re.search(r"\b[Ss]he\b", sent)
            m += bool(he and not she)
            f += bool(she and not he)
    if OWN_POSSESSIVES:  # 'Grant Miller threw his weight behind ...': the name's own verb and 'his'
        m += len(re.findall(r"\b" + surname + r"\s+[a-z]+\s+his\b", text))
        f += len(re.findall(r"\b" + surname + r"\s+[a-z]+\s+her\b", text))
    if m and (not f or m >= 3 * f):
        return "m"
    if f and (not m or f >= 3 * m):
        return "f"
    return None


#: Whether a name of two or three words that a common first name or an honorific opens and the recogniser tagged an
#: organisation or nothing ('Declan Moriarty, 47, a shift supervisor', 'Dame Felicity Okafor-Grant') is read as a
#: person, and so is its surname alone in the article ('"...," Moriarty said'), and a person's hyphened surname alone
#: ('Asamoah-Reyes, who won 37 percent, seized on the findings'; session 73, `mend_person_entities`).
FIRST_NAME_PEOPLE = True
#: Last words that make a name a place or a body, not a person (`FIRST_NAME_PEOPLE`: 'Grace Church').
_NOT_SURNAMES = frozenset("church station hall park hospital school college university square centre center street "
                          "road bridge foundation institute academy museum gallery theatre stadium arena falls island "
                          "lake river bay hills valley county city town".split())
#: Honorifics before a name that make it a person's (`FIRST_NAME_PEOPLE`: 'Dame Felicity Okafor-Grant', 'Mr Lund').
_NAME_HONORIFICS = frozenset("mr mrs ms miss dr sir dame prof".split())
#: A capitalised word of a name.
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?")


def _plain(word: str) -> str:
    """A word without its accents ('víctor' -> 'victor')."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode() if not word.isascii() else word


#: Whether `FIRST_NAME_PEOPLE` reads a name the recogniser tagged with the titles before it as something else
#: ('Deputy Chief [Constable Martin Egley]' tagged ORG) as the person (session 74).
TITLED_ORG_NAMES = True
_RANK_TITLES = frozenset("constable detective sergeant captain lieutenant colonel major general admiral corporal "
                         "private commander marshal".split())


#: Whether a name tagged as a person that ends in a company's last word ('Tallow Ridge Renewables'), or that the
#: article also writes with one after it ('Tallow Ridge' beside 'Tallow Ridge Renewables'), is the company (session
#: 74).
FIRM_PREFIXES = True
_FIRM_WORDS = frozenset("renewables power grid developments homes estates properties construction consulting "
                        "engineering farms pharma".split())
#: Whether a body's last word that the recogniser tagged as a person alone ("The Prison Officers' [Guild]") is read
#: as the body's name, from the start of its phrase (session 74).
BODY_WORD_PEOPLE = True
_BODY_NAME_WORDS = BODY_NOUNS | {"guild", "league", "alliance", "federation", "association", "union", "society",
                                 "institute", "council", "trust", "forum", "network", "coalition", "collective"}


def _known_first_names() -> frozenset:
    """The first names of one gender that `FIRST_NAME_PEOPLE` reads (with `MORE_FIRST_NAMES` and `ADDED_FIRST_NAMES`,
    the longer lists)."""
    men, women = _gendered_first_names(MORE_FIRST_NAMES, ADDED_FIRST_NAMES)
    return men | women


@functools.lru_cache(maxsize=4)
def _gendered_first_names(more: bool, added: bool) -> tuple[frozenset, frozenset]:
    """The men's and the women's first names: the common ones, with the lists of `MORE_FIRST_NAMES` and
    `ADDED_FIRST_NAMES` when those flags (passed in, so that the cache follows them) are on."""
    men, women = _MALE_FIRST_NAMES, _FEMALE_FIRST_NAMES
    if more:
        men, women = men | _MORE_MALE_FIRST_NAMES, women | _MORE_FEMALE_FIRST_NAMES
    if added:
        men, women = men | _ADDED_MALE_FIRST_NAMES, women | _ADDED_FEMALE_FIRST_NAMES
    return men, women


#: Whether 'the lender', 'the broadcaster' and 'the publisher' are read as 'the company' is: the organisation that
#: spoke last, or the one the said clause opens with ('Greyfield Bank is to cut 2,400 jobs ..., the lender
#: announced'); and 'the regulator', 'the watchdog', 'the directorate' and 'the authority' as the one body the
#: article names with that word ('the Chemicals Safety Directorate', 'the Energy and Utilities Regulator'), not the
#: organisation that spoke last, which a regulator most often speaks about (session 75).
MORE_ORG_NOUNS = True
#: Whether a body that a description names ('The directorate said', the Chemicals Safety Directorate) is the one
#: that spoke last, whom a later 'It noted' is (before, 'it' was the organisation that spoke before it; session 75).
NAMED_BODIES_SPEAK = True
_MORE_ORG_NOUNS = frozenset("lender broadcaster publisher".split())
_REGULATOR_NOUNS = frozenset("regulator watchdog directorate authority".split())


#: Whether a name the recogniser leaves untagged or tags as no person, which the article introduces after a word for a
#: company ('the logistics firm Halberd Freight'), is an organisation when it speaks, whom 'the company' and 'A
#: company spokesman' may be next (before, an untagged two-word name was taken for a person); and whether 'the
#: company' that no company spoke just before is the one name the article so introduces ('the private launch company
#: Helix Orbital ... the company confirmed'; session 75).
INTRODUCED_FIRMS = True
_FIRM_INTRODUCERS = ("firm", "company", "lender", "bank", "operator", "retailer", "manufacturer", "developer",
                     "carrier", "insurer", "chain", "group", "supplier", "producer", "contractor", "consultancy",
                     "broadcaster")


def _introduced_as_firm(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` right after a lower-case word for a company ('the logistics [firm] Halberd
    Freight', 'the private launch [company] Helix Orbital'; `INTRODUCED_FIRMS`)."""
    return re.search(rf"\b(?:{'|'.join(_FIRM_INTRODUCERS)})\s+{re.escape(name)}\b", text) is not None


#: Whether a person described and not named, with a clause that says they would not be named ('One Elm Street
#: teacher, who asked not to be named, said ...'), is whom a 'she' or 'he' after it is, even with a name among the
#: description's words; and whether such a person, the subject of the sentence before a 'He said' ('One refuse
#: collector, who did not want to be named ..., was less confident. He said ...'), is that 'he' (before, both went
#: to the last person the article named; session 75).
ANONYMOUS_DESCRIPTIONS = True
#: Whether a description of one who would not be named ('A senior figure at Northvale, who asked not to be named,') is
#: a person, not an organisation that 'the union' or 'it' may be next, though it names one; and whether one 'not
#: authorized to speak publicly' is one who would not be named (session 78).
ANONYMOUS_NOT_BODIES = True
_UNAUTHORISED = re.compile(r"\bnot\s+(?:been\s+)?authori[sz]ed\s+to\s+(?:speak|comment|talk|discuss)", re.IGNORECASE)
_UNNAMED = re.compile(r"\b(?:be\s+(?:named|identified)|anonymity|anonymously|name\s+only|only\s+(?:her|his|their)\s+"
                      r"first\s+name|first\s+name\s+only)\b", re.IGNORECASE)


def _unnamed_by_request(who) -> bool:
    """Whether the relative clause ``who`` says its person is not named ('who asked not to be named', 'who spoke on
    condition of anonymity', 'who gave his name only as Liam'; not 'who uses the name Commander Idris Vale')."""
    words = " ".join(t.text for t in who.subtree) if who is not None else ""
    return who is not None and (_UNNAMED.search(words) is not None or (
        ANONYMOUS_NOT_BODIES and _UNAUTHORISED.search(words) is not None))


_INTRODUCED_FIRM = re.compile(rf"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,3}}"
                              rf"(?:{'|'.join(w for w in _FIRM_INTRODUCERS if w != 'group')}),?\s+"
                              r"((?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*)")


#: Whether a name with a word for a company in apposition after it ('Quillan Residential Partners, an out-of-state
#: investment company') introduces that company as 'the company' or 'the firm' later, as one after the word does
#: (`INTRODUCED_FIRMS`; session 78).
FIRMS_DESCRIBED_AFTER = True
_FIRM_INTRO_WORDS = "|".join(w for w in _FIRM_INTRODUCERS if w != "group")
_FIRM_DESCRIBED_AFTER = re.compile(r"(?<![\w’'&-])((?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*),\s+(?:a|an)\s+"
                                   rf"(?:[a-z][\w-]*\s+){{0,3}}(?:{_FIRM_INTRO_WORDS})\b")


def _only_introduced_firm(text: str, before: int) -> str | None:
    """The one name that ``text`` writes after a word for a company ('the private launch company Helix Orbital', 'the
    port's main terminal operator, Halvard Terminals'), if that is before ``before``, else None (none, several, or
    only after; `INTRODUCED_FIRMS`)."""
    found = list(_INTRODUCED_FIRM.finditer(text))
    if FIRMS_DESCRIBED_AFTER:  # 'Quillan Residential Partners, an out-of-state investment company'
        found = sorted(found + list(_FIRM_DESCRIBED_AFTER.finditer(text)), key=lambda m: m.start())
    names = {m.group(1) for m in found}
    return found[0].group(1) if len(names) == 1 and found[0].start() < before else None


#: Whether a person described with a clause that says they would not be named is whom a later 'the councillor' or
#: 'the official' after a quotation is (the next paragraph at most, no one named in between), though the words differ
#: ('One member of the ruling group, who asked not to be named, said ... "...," the councillor said'; not 'The
#: minister insists ...', the minister named before), and whom a 'they' is ('A
#: former colleague of Mr Fenwick, who asked not to be named, said ... They added ...'); before, the councillor the
#: article names, and no one (session 75).
ANONYMOUS_REFERENCES = True


def _honour_before(doc, g: int) -> bool:
    """Whether token ``g`` (or the word before it, when it is a full stop: 'Hon.') is a capitalised title or honorific
    (`TITLED_GIVEN_NAMES`)."""
    t = doc[g - 1] if doc[g].text == "." and g > 0 else doc[g]
    return t.lower_.rstrip(".") in _TITLE_WORDS | HONORIFICS | _PLAIN_HONOURS and t.text[:1].isupper() \
        and t.lower_ not in ("former", "late", "then", "ex", "acting", "interim")  # (not 'Former [White House]')


def _clause_gender(who) -> str | None:
    """'m' or 'f' when the clause ``who`` has pronouns of one gender only ('who gave his name only as Musa'), else
    None."""
    said = {t.lower_ for t in who.subtree}
    return "m" if said & _MALE_PRONOUNS and not said & _FEMALE_PRONOUNS else \
        "f" if said & _FEMALE_PRONOUNS and not said & _MALE_PRONOUNS else None


def _org_noun(word: str) -> bool:
    """Whether ``word`` names a kind of organisation that 'the company said' resolution reads (`ORG_NOUNS`, and
    `MORE_ORG_NOUNS`)."""
    return word in ORG_NOUNS or (MORE_ORG_NOUNS and word in _MORE_ORG_NOUNS)


def _names_firm(ent, firsts: frozenset) -> bool:
    """Whether an entity of two to four words that no first name opens ends in a company's last word ('Tallow Ridge
    Renewables'; not half of a hyphened surname, 'Asante-Mills') or is written elsewhere with one after it ('Tallow
    Ridge' beside 'Tallow Ridge Renewables') (`FIRM_PREFIXES`)."""
    if not 2 <= len(ent) <= 4 or _plain(ent[0].lower_) in firsts:
        return False
    ends = _ORG_NAME_ENDS | _FIRM_WORDS
    if ent[-1].lower_ in ends and ent[-2].text not in ("-", "\u2010"):
        return True
    return any(m.group(1).lower() in ends
               for m in re.finditer(rf"\b{re.escape(ent.text)} ([A-Z][a-z]+)\b", ent.doc.text))


def _untagged_speaking_name(subj, root) -> bool:
    """Whether ``subj``, the subject of a speech verb ``root``, is a proper name that the recogniser left untagged and
    that no first name opens ('Eastline Grid said in a statement ...'; `IT_UNTAGGED_SPEAKERS`)."""
    if subj.pos_ != "PROPN" or root.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    words = [t for t in subj.subtree if t.i <= subj.i]
    return not any(t.ent_type_ for t in words) and _plain(words[0].lower_) not in _known_first_names() and not any(
        t.lower_.rstrip(".") in _NAME_HONORIFICS for t in words)


def _titles_before(doc, start: int, end: int) -> bool:
    """Whether the tokens of ``doc`` from ``start`` to ``end`` are all titles ('Deputy Chief Constable')."""
    return TITLED_ORG_NAMES and all(
        t.text[:1].isupper() and (t.lower_.rstrip(".") in HONORIFICS or t.lower_ in PERSON_NOUNS
                                  or t.lower_ in _RANK_TITLES) for t in doc[start:end])


def _with_and_name(text: str, start: int) -> str:
    """The words 'Maritime and ' when a name at ``start`` follows 'the Maritime and ' (`AND_NAMES`), else ''."""
    m = re.search(r"\b[Tt]he ([A-Z][a-z]+ and )$", text[max(0, start - 40):start]) if AND_NAMES else None
    return m.group(1) if m is not None else ""


#: Whether more offices and occupations than `_PERSON_ROLES` have a name in apposition that is a person's ('The
#: university's provost, Henrietta Vasquez-Lindqvist,', 'inquest magistrate Nozuko Gqirana'; session 79).
MORE_PERSON_ROLES = True
_MORE_PERSON_ROLES = frozenset("""vice-chancellor dean principal registrar headteacher headmaster headmistress coroner
magistrate consultant provost rector bursar curator warden marshal treasurer trustee midwife paramedic pharmacist
researcher""".split())


def _person_role(word: str) -> bool:
    """Whether a word in lower case is a person's office, occupation, rank or kin (`APPOSED_PEOPLE`)."""
    return word in _PERSON_ROLES or (MORE_PERSON_ROLES and word in _MORE_PERSON_ROLES)


def _apposed_name(span, *, after: bool = False) -> bool:
    """Whether ``span`` is two to four name words in apposition after a noun for a person, or with ``after``, before
    one ('Ruairi Desrochers, president of Local 27,'; `APPOSED_PEOPLE`)."""
    words = [t for t in span if t.text not in ("-", "‐") and not (
        PARTICLES_APPOSED and t.text in _PARTICLES and 0 < t.i - span.start < len(span) - 1)]
    if after:
        apposed = any(c.dep_ == "appos" and c.i > span.end and _person_role(c.lower_) and c.doc[span.end].text == ","
                      for c in span.root.children)
    else:
        apposed = span.root.dep_ == "appos" and _person_role(span.root.head.lower_) and span.root.head.i < span.start
    return 2 <= len(words) <= 4 and apposed and all(_NAME_WORD.fullmatch(t.text) for t in words) \
        and not is_org_name(span.text) and not any(_org_noun(t.lower_) or t.lower_ in _PERSON_ROLES for t in words)


def _initialled_name(ent) -> int | None:
    """Where, in an entity not tagged a person, a name of initials and a surname that ends it starts ('the Opposition
    R. Kamalakannan', 'K. S. Venkatesan' tagged an organisation; `INITIALLED_NAMES`), else None."""
    if ent.label_ not in ("ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC") or len(ent) < 2 \
            or not _NAME_WORD.fullmatch(ent[-1].text) or (is_org_name(ent.text) and _org_noun(ent[-1].lower_)):
        return None
    k = len(ent) - 1
    while k > 0 and re.fullmatch(r"[A-Z]\.", ent[k - 1].text):
        k -= 1
    if k == len(ent) - 1 or (k > 0 and ent[k - 1].text in ("-", "&", "of")):
        return None
    return ent.start + k


def _other_kind(word: str, org: str) -> bool:
    """Whether a word for a kind of body is not the kind the organisation ``org`` is, by its name's words or `ORG_NOUNS`
    ('university' for "Higher Education Workers' Union"; `SPOKESPEOPLE_OF_OTHER_KINDS`)."""
    names = [w.strip(".,'’").lower() for w in org.split()]
    return word not in names and any(_org_noun(w) for w in names) and word in _BODY_KINDS | _MORE_KIND_WORDS


_MORE_KIND_WORDS = frozenset("college trust club board".split())  # (beside `_BODY_KINDS`)


def _role_before_name(span) -> bool:
    """Whether ``span`` is two or three name words right after a word for a person's office or rank, or an age
    ('inquest magistrate Nozuko Gqirana said', '68-year-old Matshidiso Ramokgopa', the names tagged an organisation;
    `ROLES_BEFORE_NAMES`)."""
    words = [t for t in span if t.text not in ("-", "‐")]
    before = span.doc[span.start - 1] if span.start > 0 else None
    aged = before is not None and before.lower_ == "old" and before.i >= 2 and before.doc[before.i - 2].lower_ == "year"
    role = before is not None and before.lower_ not in ("former", "late", "then", "ex") and (
        _person_role(before.lower_) or before.lower_ in _RANK_WORDS | _TITLE_WORDS)  # (not 'Former [White House]')
    honour = before is not None and before.lower_.rstrip(".") in HONORIFICS and before.text[:1].isupper()
    return before is not None and bool(before.whitespace_) and (role or aged or honour) \
        and 2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(t.text) for t in words) and not is_org_name(span.text) \
        and not any(_title_word(t) for t in words)


def _given_name_before(t, ent, *, nouns: bool = False) -> bool:
    """Whether a token not tagged is a given name before a surname ``ent`` (`GIVEN_NAMES_BEFORE_SURNAMES`); with
    ``nouns``, one the parse took for a common noun too ('Piers')."""
    return t.ent_type_ == "" and (t.pos_ == "PROPN" or (nouns and t.pos_ == "NOUN")) \
        and t.dep_ == "compound" and ent.start <= t.head.i < ent.end \
        and bool(t.whitespace_) and _NAME_WORD.fullmatch(t.text) is not None and not (
            t.lower_ in _NAME_HONORIFICS or t.lower_ in _PERSON_ROLES or t.lower_ in _RANK_WORDS
            or t.lower_.rstrip(".") in HONORIFICS or _org_noun(t.lower_) or t.lower_ in _NOT_FIRST_NAMES
            or t.lower_ in _TITLE_WORDS or t.text.isupper() or re.search(r"(?:man|woman|tion|ism|ist)$", t.lower_)
            or STYLED_NAMES and t.lower_ in ("seri", "sri", "paduka", "wira", "datuk", "datin", "tun")
            or OFFICE_FIELDS_NOT_NAMES and t.i > 1 and t.doc[t.i - 1].lower_ in ("of", "for")
            and t.doc[t.i - 2].text[:1].isupper())  # ('Minister for [Agriculture] Bríd Tallon')


def _without_postnominals(doc, ents: list, surnames: set) -> list:
    """``ents`` with each name before letters after a name ('Ffion Ashgrove KC', 'Tristan Hoyle KC') tagged a person
    without them (`POSTNOMINALS`); the surnames so tagged are added to ``surnames``."""
    from spacy.tokens import Span
    for k, t in enumerate(doc):
        if t.text.rstrip(".") not in _POSTNOMINALS or k < 2 or (k + 1 < len(doc) and doc[k + 1].text[:1].isupper()):
            continue
        i = k
        while i > 0 and k - i < 3 and _NAME_WORD.fullmatch(doc[i - 1].text) and doc[i - 1].whitespace_:
            i -= 1
        while i < k and (doc[i].lower_ in _NAME_HONORIFICS or doc[i].lower_ in _PERSON_ROLES):
            i += 1  # ('Mr', 'Counsel')
        if k - i < 2 or is_org_name(doc[i:k].text) or any(_org_noun(w.lower_) for w in doc[i:k]):
            continue
        inside = [e for e in ents if e.start < k + 1 and i < e.end]
        if any(e.start < i or e.end > k + 1 or e.label_ == "NORP" or (e.label_ == "ORG" and e.end <= k)
               for e in inside) or doc[i].lower_ in ("one", "another", "a", "an", "the"):
            continue  # (not 'One Liberal Reform MP', a party's name)
        if any(e.label_ == "PERSON" and e.start <= i and e.end == k for e in inside):
            continue  # ('[Jonathan Threlkeld] [KC]': the name is a person's already)
        ents = [e for e in ents if e not in inside] + [Span(doc, i, k, label="PERSON")]
        surnames.add(doc[k - 1].text)
    return sorted(ents, key=lambda e: e.start)


def _particles_before(doc, ent) -> int:
    """Where a person's name that the recogniser starts after its particles starts: at the given name before them,
    one word or two joined by a hyphen ('Jan-Hendrik van der [Berg]'; `PARTICLES_BEFORE`); else the entity's start."""
    j = ent.start
    while j > 0 and doc[j - 1].text in _PARTICLES and ent.start - j < 3:
        j -= 1
    if j == ent.start or j == 0 or not _NAME_WORD.fullmatch(doc[j - 1].text) or _title_word(doc[j - 1]) \
            or not doc[j - 1].whitespace_:
        return ent.start
    j -= 1
    if j >= 2 and doc[j - 1].text in ("-", "‐") and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_ \
            and _NAME_WORD.fullmatch(doc[j - 2].text):
        j -= 2  # ('Jan-Hendrik')
    return j


def _title_word(t) -> bool:
    """Whether a word is an office, a rank, an honorific, a word for a body or a place noun, not a name's."""
    low = t.lower_
    return _person_role(low) or low in _TITLE_WORDS | _RANK_WORDS | _NAME_HONORIFICS | _PLACE_NOUNS \
        or low.rstrip(".") in HONORIFICS or _org_noun(low)


def _hyphened_given_name(doc, end: int) -> bool:
    """Whether a name the recogniser cut at ``end`` goes on as a given name in two parts joined by a hyphen and a
    surname ('[Hyun]-woo Pak'; `NAME_HEADS_AFTER`)."""
    return NAME_HEADS_AFTER and 0 < end and end + 2 < len(doc) and doc[end].text in ("-", "‐") \
        and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_lower \
        and doc[end + 1].whitespace_ and doc[end + 2].pos_ == "PROPN" \
        and _NAME_WORD.fullmatch(doc[end + 2].text) is not None


def mend_person_entities(doc) -> None:
    """Tag as PERSON, in place, the names that a common first name or an honorific opens and a surname ends when the
    recogniser tagged them otherwise or not at all ('Declan Moriarty' tagged ORG, 'Dame Felicity Okafor-Grant'), and
    the other entities of ``doc`` that are one of those surnames alone ('Okafor-Grant said', tagged WORK_OF_ART)
    (`FIRST_NAME_PEOPLE`); and mend the entities around them: bodies' names tagged as people or cut in two
    (`BODY_WORD_PEOPLE`, `SPLIT_BODY_NAMES`, `AND_NAMES`), words in lower case tagged a person (`LOWER_CASE_PEOPLE`)
    and judges named by their title (`JUDGES_TITLED`)."""
    if not FIRST_NAME_PEOPLE:
        return
    from spacy.tokens import Span
    firsts = _known_first_names()
    ents, surnames, i = list(doc.ents), set(), 0
    if POSTNOMINALS:
        ents = _without_postnominals(doc, ents, surnames)
    if APPOSED_PEOPLE:  # "Rovers' manager, Caspian Drury, ...", the name tagged an organisation or not at all
        for k, ent in enumerate(ents):
            if ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC") and (_apposed_name(ent) or _apposed_name(
                    ent, after=True)):
                start = ent.start
                while start < ent.end - 2 and (doc[start].lower_ in _TITLE_WORDS | _RANK_WORDS | _PERSON_ROLES
                                               or doc[start].lower_.rstrip(".") in HONORIFICS):
                    start += 1  # ('Detective Sergeant Marcus Hale, 49, a 22-year veteran,': Marcus Hale)
                if start == ent.start and start > 0 and _given_name_before(doc[start - 1], ent, nouns=True) \
                        and not any(e.end == start for e in ents):
                    start -= 1  # ('Piers Lacombe-Hart, a strategist', 'Piers' not tagged)
                ents[k] = Span(doc, start, ent.end, label="PERSON")
                surnames.add(ent[-1].text)
        for k, ent in enumerate(ents) if HONOURED_NOT_BODIES else ():
            end = ent.end - (ent[-1].tag_ == "POS")
            if ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC", "WORK_OF_ART") and end - ent.start >= 2 \
                    and ent[0].lower_.rstrip(".") in _NAME_HONORIFICS and ent[0].text[:1].isupper() \
                    and all(_NAME_WORD.fullmatch(t.text) or t.text in ("-", "‐") for t in doc[ent.start + 1:end]) \
                    and not is_org_name(doc[ent.start + 1:end].text):
                ents[k] = Span(doc, ent.start + 1, end, label="PERSON")  # '[Ms Ferrars-Hume]' tagged an organisation
                surnames.add(doc[end - 1].text)
        for ent in list(ents) if INITIALLED_NAMES else ():
            named = _initialled_name(ent)  # 'Leader of [the Opposition R. Kamalakannan]': R. Kamalakannan
            if named is not None:
                ents.remove(ent)
                ents.append(Span(doc, named, ent.end, label="PERSON"))
                if named - ent.start > 1:
                    ents.append(Span(doc, ent.start, named, label=ent.label_))
                surnames.add(ent[-1].text)
        ents.sort(key=lambda e: e.start)
        for k, ent in enumerate(ents) if ROLES_BEFORE_NAMES else ():
            if ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC") and _role_before_name(ent):
                ents[k] = Span(doc, ent.start, ent.end, label="PERSON")  # 'inquest magistrate [Nozuko Gqirana] said'
                surnames.add(ent[-1].text)
        for m in _NICKNAMED.finditer(doc.text) if NICKNAMED_PEOPLE else ():
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            q = next((t.i for t in span if t.text in ('"', "“")), None) if span is not None else None
            if q is not None and q - span.start > 2:
                start = q - 3 if doc[q - 2].is_punct else q - 2  # ('Ma. Corazon')
                span = doc[start:span.end]  # two given names at most (not 'Migrant Workers Secretary')
            while span is not None and len(span) > 4 and (span[0].lower_.rstrip(".") in _TITLE_WORDS | HONORIFICS
                                                          or _person_role(span[0].lower_)
                                                          or span[0].lower_.endswith(("secretary", "minister"))):
                span = span[1:]
            if span is not None and not any(e.label_ == "PERSON" and e.start <= span.start and span.end <= e.end
                                            for e in ents):  # 'Ma. Corazon "Cora" Villaluz-Tan': the name, whole
                ents = [e for e in ents if e.end <= span.start or e.start >= span.end] + [
                    Span(doc, span.start, span.end, label="PERSON")]
                surnames.add(span[-1].text)
        ents.sort(key=lambda e: e.start)
        for m in _HYPHENED_GIVEN_LAST.finditer(doc.text) if GIVEN_NAMES_LAST else ():
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and span[0].lower_ not in _TITLE_WORDS | HONORIFICS | _NAME_HONORIFICS | _RANK_WORDS \
                    and span[0].lemma_.lower() not in PERSON_NOUNS and not _person_role(span[0].lower_) \
                    and not is_org_name(span.text):
                ents = [e for e in ents if e.end <= span.start or e.start >= span.end] + [
                    Span(doc, span.start, span.end, label="PERSON")]  # 'Dr [Ivy Ng Wing-sze]', untagged
                surnames.add(span[-1].text)
        for m in _STYLED_NAME.finditer(doc.text) if STYLED_NAMES else ():
            span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
            if span is not None and not is_org_name(span.text):  # 'State Mufti Datuk Dr [Mohd Faizal Ariffin]'
                ents = [e for e in ents if e.end <= span.start - 3 or e.start >= span.end or (
                    e.end <= span.start and e.label_ != "PERSON")] + [Span(doc, span.start, span.end, label="PERSON")]
                surnames.add(span[-1].text)
        ents.sort(key=lambda e: e.start)
        for k, ent in enumerate(ents) if TITLED_GIVEN_NAMES else ():
            g = ent.start - 1  # 'KCG spokesperson Commodore Arnel [Villafranca-Sy]', the surname tagged an organisation
            if ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC") and g >= 1 and len(ent) <= 3 \
                    and all(_NAME_WORD.fullmatch(t.text) or t.text in ("-", "‐") for t in ent) \
                    and _NAME_WORD.fullmatch(doc[g].text) and doc[g].ent_type_ == "" and doc[g].whitespace_ \
                    and doc[g - 1].lower_.rstrip(".") in _TITLE_WORDS and doc[g - 1].text[:1].isupper() \
                    and not is_org_name(ent.text):
                ents[k] = Span(doc, g, ent.end, label="PERSON")
                surnames.add(ent[-1].text)
            elif ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC") and g >= 0 and 2 <= len(ent) <= 4 \
                    and all(_NAME_WORD.fullmatch(t.text) or t.text in ("-", "‐") for t in ent) \
                    and _honour_before(doc, g) and not is_org_name(ent.text) \
                    and not any(_org_noun(t.lower_) or t.lower_ in _PLACE_WORDS for t in ent) \
                    and ent[0].lower_ not in _TITLE_WORDS | _RANK_WORDS | HONORIFICS \
                    and ent[0].lemma_.lower() not in PERSON_NOUNS:
                ents[k] = Span(doc, ent.start, ent.end, label="PERSON")  # 'Hon. [Bala Ishaku-Okon]' tagged a place
                surnames.add(ent[-1].text)
        for t in doc if KIN_GIVEN_NAMES else ():  # "Mr Tierney-Moran's mother, [Bríd], said": her given name
            if t.dep_ == "appos" and t.head.lower_ in _KIN and t.head.i == t.i - 2 and doc[t.i - 1].text == "," \
                    and len(list(t.subtree)) == 1 and _NAME_WORD.fullmatch(t.text) and t.ent_type_ != "PERSON" \
                    and t.i + 1 < len(doc) and doc[t.i + 1].is_punct and _plain(t.lower_) not in _NOT_FIRST_NAMES:
                ents = [e for e in ents if not (e.start <= t.i < e.end)] + [Span(doc, t.i, t.i + 1, label="PERSON")]
        ents.sort(key=lambda e: e.start)
        for t in doc:
            if t.dep_ == "appos" and t.pos_ == "PROPN" and t.ent_type_ == "":
                first = min(c.i for c in t.subtree if c.dep_ == "compound" or c.i == t.i)
                span = doc[first:t.i + 1]
                if all(x.ent_type_ == "" for x in span) and _apposed_name(span):
                    ents.append(Span(doc, first, t.i + 1, label="PERSON"))  # 'Minister ..., Harjeet Kaur Dhaliwal,'
                    surnames.add(t.text)
        ents.sort(key=lambda e: e.start)
    if NAME_PARTS_AROUND:  # '[Venkatesh] Rao Pillai', 'Begum Rukhsana [Qadri-Baig]': the name in full
        for k, ent in enumerate(list(ents)):
            if ent.label_ != "PERSON" or ent not in ents or (len(ent) < 2 and not _hyphened_given_name(doc, ent.end)):
                continue
            start, end = ent.start, ent.end
            if start > 0 and _given_name_before(doc[start - 1], ent) and not any(e.end == start for e in ents) \
                    and _plain(ent[0].lower_) not in firsts:
                start -= 1  # (not 'Justice Frank Nervo': a name that opens with a given name is whole)
            after = next((e for e in ents if e.start == end), None)
            if after is not None and after.label_ in ("ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC") \
                    and len(after) == 3 and after[1].text in ("-", "‐") and _NAME_WORD.fullmatch(after[0].text) \
                    and _NAME_WORD.fullmatch(after[2].text) and not doc[end - 1].whitespace_ == "":
                ents.remove(after)
                end = after.end
            if NAME_HEADS_AFTER and end < len(doc) and doc[end - 1].head.i == end and doc[end].pos_ == "PROPN" \
                    and doc[end - 1].whitespace_ and _NAME_WORD.fullmatch(doc[end].text) and not _title_word(doc[end]) \
                    and not is_org_name(doc[start:end + 1].text) and all(e.start != end or len(e) == 1 for e in ents):
                ents = [e for e in ents if e.start != end]  # 'Tarlochan Singh [Bhogal]', 'Peter Mugo [Gitau]'
                end += 1
            elif _hyphened_given_name(doc, end) and all(e.start != end + 2 or len(e) == 1 for e in ents):
                ents = [e for e in ents if not (end <= e.start <= end + 2)]  # '[Hyun]-woo Pak': Hyun-woo Pak
                end += 3
            if (start, end) != (ent.start, ent.end):
                ents[ents.index(ent)] = Span(doc, start, end, label="PERSON")
                surnames.add(doc[end - 1].text if end - start > 1 and doc[end - 2].text not in ("-", "‐")
                             else doc[end - 3:end].text)
    for k, ent in enumerate(list(ents)) if PARTICLES_BEFORE else ():
        start = _particles_before(doc, ent) if ent.label_ == "PERSON" else ent.start
        if start < ent.start and not any(e.end > start and e.start < ent.start for e in ents):
            ents[ents.index(ent)] = Span(doc, start, ent.end, label="PERSON")  # 'Jan-Hendrik van der [Berg]'
    while i < len(doc) - 1:
        t = doc[i]
        honoured = t.lower_.rstrip(".") in _NAME_HONORIFICS and t.text[:1].isupper() and doc[i + 1].ent_type_ != \
            "PERSON" and doc[i + 1].pos_ == "PROPN" and _NAME_WORD.fullmatch(doc[i + 1].text) is not None
        if honoured:  # 'Dame Felicity Okafor-Grant'
            i, t = i + 1, doc[i + 1]
        elif t.ent_type_ == "PERSON" or _plain(t.lower_) not in firsts or not _NAME_WORD.fullmatch(t.text) or (
                t.is_sent_start and t.pos_ != "PROPN"):
            i += 1
            continue
        j, words = i + 1, [t.text]
        while j < len(doc) and len(words) < 4:  # 'Okafor', '-', 'Grant': one word
            if doc[j].text in ("-", "‐") and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and \
                    j + 1 < len(doc) and _NAME_WORD.fullmatch(doc[j + 1].text) and j > i + 1:
                words[-1] += "-" + doc[j + 1].text
                j += 2
            elif _NAME_WORD.fullmatch(doc[j].text) and _plain(doc[j].lower_) not in firsts | {"i"} or (
                    j == i + 1 and _NAME_WORD.fullmatch(doc[j].text)):
                words.append(doc[j].text)
                j += 1
            else:
                break
        name, last = " ".join(words), words[-1].lower()
        inside = [k for k, e in enumerate(ents) if e.start < j and i < e.end]
        if j < len(doc) and not doc[j - 1].whitespace_ and (doc[j].text in ("-", "‐") or not doc[j].is_punct):
            i = j  # the name goes on in a way not read here ('Dr. Seo-yeon Park'): left as it is
            continue
        if len(words) < 2 - honoured or is_org_name(name) or last in _MASTHEAD_WORDS or last in _NOT_SURNAMES or \
                last in _PLACE_NOUNS or any((ents[k].start < i and not _titles_before(doc, ents[k].start, i))
                                            or ents[k].end > j or (ents[k].label_ == "PERSON" and not (
                                                FIRST_NAMES_JOINED and i < ents[k].start)) for k in inside):
            i = j
            continue
        ents = [e for k, e in enumerate(ents) if k not in inside] + [Span(doc, i, j, label="PERSON")]
        surnames.add(words[-1])
        i = j
    for ent in ents:  # ('Bogdan Iliescu' tagged a person, 'Iliescu' alone an organisation)
        words = ent.text.split()
        if ent.label_ == "PERSON" and 2 <= len(words) <= 3 and _plain(words[0].lower()) in firsts \
                and _NAME_WORD.fullmatch(words[-1]):
            surnames.add(words[-1])
    ents = sorted(ents, key=lambda e: e.start)
    bodies = False
    if FIRM_PREFIXES:  # 'Tallow Ridge' tagged a person where 'Tallow Ridge Renewables' is named too: the firm
        for k, ent in enumerate(ents):
            if ent.label_ == "PERSON" and _names_firm(ent, firsts):
                ents[k] = Span(doc, ent.start, ent.end, label="ORG")
                bodies = True
    if BODY_WORD_PEOPLE:  # "The Prison Officers' [Guild]" tagged a person: the body, named in full
        for ent in list(ents):
            root = ent.root
            start = root.left_edge.i + (root.left_edge.lower_ == "the")
            if not (ent.label_ == "PERSON" and len(ent) == 1 and root.lower_ in _BODY_NAME_WORDS and start < root.i):
                continue
            split = [e for e in ents if e is not ent and e.end == ent.start and e.start <= start and e.label_ == "ORG"
                     and doc[e.end - 1].tag_ == "POS"] if SPLIT_BODY_NAMES else []
            if split:  # "[The Professional Coaches'] [Guild]", tagged an organisation and a person
                ents = [e for e in ents if e is not split[0]]
                ents[ents.index(ent)] = Span(doc, start, root.i + 1, label="ORG")
                bodies = True
            elif all(e is ent or e.end <= start or e.start > root.i for e in ents):
                ents[ents.index(ent)] = Span(doc, start, root.i + 1, label="ORG")
                bodies = True
    last = {e.text.split()[-1] for e in ents if e.label_ == "PERSON" and 2 <= len(e.text.split()) <= 4}
    bare = {w for w in last if re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w'’]+(?:-[A-ZÀ-ÖØ-Þ][\w'’]+)+", w) or (
        MARKED_SURNAMES and re.fullmatch(r"[A-Z][\w'’]+", w) and not w.isascii())} - surnames  # ('Hāpuku')
    for k, ent in enumerate(ents):
        if ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC") and ent.text in surnames | bare:
            start = ent.start
            if GIVEN_NAMES_BEFORE_SURNAMES and start > 0 and _given_name_before(doc[start - 1], ent):
                start -= 1  # 'Aldous Penhaligon', 'Aldous' not tagged and 'Penhaligon' an organisation
                if any(e.end == ent.start and e.start < start for e in ents):
                    start = ent.start
            ents[k] = Span(doc, start, ent.end, label="PERSON")  # the surname alone: 'Moriarty said'
    # a person's hyphened surname alone, tagged otherwise or not at all ('Asamoah-Reyes, who won 37 percent, ...')
    covered = {i for e in ents for i in range(e.start, e.end)}
    for name in bare:  # (hyphened surnames: the recogniser misses them most)
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and not covered & set(range(span.start, span.end)):
                ents.append(Span(doc, span.start, span.end, label="PERSON"))
                covered |= set(range(span.start, span.end))
    if LOWER_CASE_PEOPLE:  # ('Appeal judges [quash murder conviction] of man jailed for 14 years')
        kept = [e for e in ents if not (e.label_ == "PERSON" and e.text.islower())]
        bodies, ents = bodies or len(kept) < len(ents), kept
    if AND_NAMES:  # 'the [Maritime and] Dockside Workers' Union': the name in full
        for ent in list(ents):
            i = ent.start
            if not (ent.label_ == "ORG" and i >= 3 and doc[i - 1].lower_ == "and" and doc[i - 3].lower_ == "the"
                    and doc[i - 2].tag_ == "NNP" and _NAME_WORD.fullmatch(doc[i - 2].text)
                    and (ent[-1].lower_ in _BODY_NAME_WORDS or is_org_name(ent.text))):
                continue
            first = [e for e in ents if e.start <= i - 2 < e.end]  # ('Maritime' may be tagged alone)
            if all(e.start == i - 2 and e.end == i - 1 and e.label_ in ("ORG", "NORP") for e in first):
                ents = [e for e in ents if e not in first]
                ents[ents.index(ent)] = Span(doc, i - 2, ent.end, label="ORG")
                bodies = True
    if JUDGES_TITLED:  # 'Lady Justice Armitage', 'Mr Justice Pellow', tagged otherwise or not at all
        for m in (_JUDGE_FULL_NAME if JUDGES_GIVEN_NAMES else _JUDGE_TITLE).finditer(doc.text):
            span = doc.char_span(m.start(), m.end())
            if span is None or any(e.label_ == "PERSON" and e.start <= span.start and span.end <= e.end for e in ents):
                continue
            ents = [e for e in ents if e.end <= span.start or e.start >= span.end] + [
                Span(doc, span.start, span.end, label="PERSON")]
            bodies = True
    if HYPHENED_GIVEN_NAMES:  # 'Baek [Min]-jae', '[Baek] Do-hyun': the name in full
        for k, ent in enumerate(ents):
            if ent.label_ in ("ORG", "GPE", "NORP", "LOC", "PRODUCT", "FAC") and _GIVEN_NAME_AFTER.fullmatch(ent.text):
                ents[k] = Span(doc, ent.start, ent.end, label="PERSON")  # 'Baek Do-hyun', tagged an organisation
                bodies = True
                continue
            if ent.label_ != "PERSON":
                continue
            end = ent.end
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_lower and doc[end + 1].is_alpha:
                end += 2  # 'Baek Min' + '-jae'
            elif end + 2 < len(doc) and len(ent) == 1 and _NAME_WORD.fullmatch(doc[end].text) \
                    and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_ \
                    and doc[end + 2].is_lower and doc[end + 2].is_alpha and doc[end].ent_type_ in ("", "PERSON"):
                end += 3  # 'Baek' + 'Do-hyun'
            if end != ent.end and not any(e.start < end and e.start >= ent.end for e in ents):
                ents[k] = Span(doc, ent.start, end, label="PERSON")
                bodies = True
    if NAMES_GIVEN_ONLY:  # 'a teacher who gave her name only as Farzana', 'Farzana' tagged an organisation
        for m in _NAME_ONLY_AS.finditer(doc.text):
            span = doc.char_span(m.start(1), m.end(1))
            if span is None or any(e.start < span.end and span.start < e.end and (
                    e.label_ == "PERSON" or e.start < span.start or e.end > span.end) for e in ents):
                continue
            ents = [e for e in ents if e.end <= span.start or e.start >= span.end] + [
                Span(doc, span.start, span.end, label="PERSON")]
            bodies = True
    if AGED_NAMES:  # 'Tadhg, 71, who has lived on Main Street all his life,' (not tagged)
        for m in _AGED_NAME.finditer(doc.text):
            span = doc.char_span(m.start(1), m.end(1))
            if span is None or not 10 <= int(m.group(2)) <= 105 or any(
                    e.start < span.end and span.start < e.end and (e.label_ == "PERSON" or e.start < span.start
                                                                or e.end > span.end) for e in ents) \
                    or not all(t.pos_ == "PROPN" or t.text in ("-", "‐") for t in span) \
                    or span[0].lower_ in _NOT_FIRST_NAMES or is_org_name(span.text):
                continue
            ents = [e for e in ents if e.end <= span.start or e.start >= span.end] + [
                Span(doc, span.start, span.end, label="PERSON")]
            bodies = True
    if surnames or bare or bodies:
        doc.ents = sorted(ents, key=lambda e: e.start)


#: Whether a given name joined by a hyphen to a word in lower case ('Baek Min-jae', 'Baek Do-hyun', 'Yeon Seo-rin') is
#: kept whole in a person's name where the recogniser cut it at the hyphen or before it (session 77).
HYPHENED_GIVEN_NAMES = True
_GIVEN_NAME_AFTER = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
#: Whether a name or a first name alone with an age after it ('Tadhg, 71, who has lived on Main Street all his life,',
#: '"...," said Wade, 63, a retired electrician'), which the recogniser did not tag, is a person (session 77).
AGED_NAMES = True
#: Whether the name a person gave as the only one they would give ('a teacher who gave her name only as Farzana',
#: 'identified only as Musa') is a person's where the recogniser tagged it otherwise or not at all (session 78).
NAMES_GIVEN_ONLY = True
_NAME_ONLY_AS = re.compile(r"\b(?:(?:gave|give|gives|giving)\s+(?:only\s+)?(?:her|his|their)\s+(?:first\s+)?name\s+"
                           r"(?:only\s+)?|(?:identified|known|named)\s+only\s+)as\s+([A-ZÀ-ÖØ-Þ][\w’'-]+)")
_AGED_NAME = re.compile(r"(?<![\w’'-])([A-ZÀ-ÖØ-Þ][\w’'-]+(?: [A-ZÀ-ÖØ-Þ][\w’'-]+)?), (\d{2,3}),")
#: Whether a name the recogniser tagged a person that has no capital letter ('Appeal judges [quash murder conviction]
#: of man jailed for 14 years') is not a person (session 76).
LOWER_CASE_PEOPLE = True
#: Whether a word with a capital, 'and' and an organisation's name after 'the' ('the Maritime and [Dockside Workers'
#: Union]') are one name, when the recogniser tagged only the part after 'and' (session 76).
AND_NAMES = True
#: Whether a body's name the recogniser cut in two at a plural possessive ("[The Professional Coaches'] [Guild]", an
#: organisation and a person) is one organisation (`BODY_WORD_PEOPLE`; session 76).
SPLIT_BODY_NAMES = True
#: Whether a common first name before a surname the recogniser tagged a person alone ('Mayor Renata [Solberg]') joins
#: it, so that the name is not read as whichever Solberg the article names in full (session 76).
FIRST_NAMES_JOINED = True
#: Whether a judge's title and surname ('Lady Justice Armitage', 'Mr Justice Pellow') are a person's name, however the
#: recogniser tagged them (session 76).
JUDGES_TITLED = True
_JUDGE_TITLE = re.compile(r"\b(?:Lady|Lord|Mr|Mrs|Ms|Madam)\.? Justice [A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
#: Whether such a judge's title may name a given name before the surname ('Mr Justice Pieter Swanepoel', was 'Mr Justice
#: Pieter'; session 79).
JUDGES_GIVEN_NAMES = True
_JUDGE_FULL_NAME = re.compile(r"\b(?:Lady|Lord|Mr|Mrs|Ms|Madam)\.? Justice [A-Z][a-z]+(?:-[A-Z][a-z]+)?"
                              r"(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?)?\b")


#: Whether 'chairman' beside a name is no vote for a man in `person_genders` ('The committee chairman, Cllr Bryony Aske,
#: said ... "...," she said'; session 76).
CHAIRMEN_ANY_GENDER = True
#: Whether a group of people that spoke ('Villagers in Fenbury Cross have described ...', a plural noun first) is of
#: another kind than a council, a ministry, a company ... that a description names ('The county council says ...';
#: `DESCRIBED_BODIES_KEEP_NOUNS`; session 76).
GROUPS_NOT_BODIES = True
#: Whether a description that ends in an office or a body owned by a person's title ("The state attorney general's
#: office, which brought the case, said") is not that person, nor another person with that title (session 76).
OWNED_OFFICES = True
#: Whether 'its' and a body's noun ('Its foreign ministry') is that body of the country or organisation that is the
#: subject of the sentence before ('Kethra reacted angrily. Its foreign ministry ... said'; session 76).
ITS_BODIES = True
#: Whether 'he' or 'she' before what they said is not the person whose surname stands in it ('She said Tennant stood
#: to collect a large payout': not Dale Tennant, but the last person named before who can be 'she', in the paragraph
#: or the one before; session 76).
NAMED_IN_CONTENT_ASIDE = True
#: Whether a lede's 'A coroner', 'An auditor' ... is the person the article names with that word later ('A coroner has
#: ruled ...', 'senior coroner Alasdair Crewe' below; `INDEFINITE_LEDES`; session 76).
LEDE_OFFICES = True
_LEDE_OFFICES = frozenset("""coroner magistrate auditor ombudsman pathologist examiner registrar investigator umpire
referee arbitrator mediator adjudicator assessor surveyor""".split())
#: Whether a name in apposition to a noun of the other gender ('Her brother, Marc Boudreau, ...') is not whom the 'she'
#: or 'he' after a fronted clause is (`FRONTED_SUBJECT`; session 77).
GENDERED_APPOSITIONS = True
#: Whether 'he' or 'she' opening a paragraph that names no one before it is the person the paragraph before is about:
#: the first name that is a main clause's subject there, no other name being one and no one else speaking there
#: ('Thérèse Boudreau-Lyle spoke to reporters outside the hospital, where her mother, Geneviève Boudreau, died. She held
#: a photograph of her mother. // She said her mother had ...'; session 77).
PARAGRAPH_TOPICS = True
#: Whether 'he' or 'she' with no subject before it in the paragraph is the last speaker named with a name the recogniser
#: did not tag ('Chief Constable Rhodri Penhallow said in a statement ... He said'), when that speaker spoke, in the
#: paragraph or the one before, after every person named before who can be 'he' or 'she' (session 77).
RECENT_UNTAGGED = True
_RANK_WORDS = frozenset("constable sergeant detective marshal collector magistrate trustee".split())
#: Whether a role without a name in a story's lede ('its chief executive warned ...', "Karsenia's foreign minister
#: accused ...", 'The housing minister has rejected ...') or its headline is the person the story names first after
#: the lede, as the subject of a clause, in the next two paragraphs, with no title or description of another role
#: ('"...," said Ottoline Marchbank, who has run the group since 2019'; a reporter names a new person bare only when the
#: lede has said who they are), when the lede names no one (session 77).
LEDE_ROLES_NAMED_NEXT = True
_LEAD_WORDS = frozenset({"the", "its", "his", "her", "their", "a", "an"})
#: Whether a body without a name in a story's lede or headline ('A salmon farming company has denied ...', "the
#: government's spending watchdog said", 'A parish council has objected ...') is the organisation the story names next,
#: as the subject of what it said, in the two paragraphs after the lede: one whose name has the description's noun
#: ('Great Hessel Parish Council'), else the first of the same kind (a firm for 'company', a public body for
#: 'watchdog'; session 77).
LEDE_BODIES_NAMED_NEXT = True
#: Whether a body the lede describes with where it is based ('A Ferrand-based mining company says ...') is as one
#: without that word (`LEDE_BODIES_NAMED_NEXT`; session 78).
BASED_BODIES = True
_FIRM_HEADS = frozenset("""company firm manufacturer maker drugmaker carmaker operator producer supplier developer
lender insurer retailer chain airline business brand group""".split())
_PUBLIC_HEADS = frozenset("""watchdog regulator funder authority agency body council union federation association
charity commission board office department ministry""".split())
_PUBLIC_NAME_ENDS = frozenset("""authority agency commission office board council ministry department court union
federation association institute university trust service foundation charity alliance society directorate
inspectorate executive""".split())
_SCHOOL_HEADS = frozenset("principal headteacher headmaster headmistress dean provost rector vice-chancellor".split())
_BARE_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss mx mx. dr dr. prof prof.".split())
#: Whether 'he' or 'she' that the last person named who spoke cannot be, and whom no subject before it names, is the
#: last person who spoke, in the paragraph or the three before, and who can be it, rather than a person named since who
#: has not spoken and is no subject in the paragraph or the one before ('Mr Hoyle suggested her account had hardened.
#: // "I don't accept that," she replied': the witness, not the patient named in her evidence; session 78).
SPEAKERS_BEFORE_MENTIONS = True
#: Whether an untagged proper noun hung on a surname as a compound ('Aldous Penhaligon', 'Penhaligon' tagged an
#: organisation, 'Aldous' not at all) is kept as the given name when the surname alone is made a person's, the surname
#: being another person's too ('Rufus Penhaligon'; session 78).
GIVEN_NAMES_BEFORE_SURNAMES = True
#: Whether a name of two to four words in apposition after a noun for a person ("Rovers' manager, Caspian Drury,") or
#: before one ('Ruairi Desrochers, president of Local 27,'), tagged an organisation or a place or not at all, is a
#: person's, and so is its surname alone ('Drury said'; session 78).
APPOSED_PEOPLE = True
#: Whether a person's name the recogniser cut is made whole: an untagged proper noun hung on it as a compound before it
#: ('[Venkatesh] Rao Pillai') and a hyphened surname tagged otherwise right after it ('Begum Rukhsana [Qadri-Baig]';
#: session 78).
NAME_PARTS_AROUND = True
#: Whether a person's name the recogniser cut before its last word is made whole: the proper noun after it that the
#: name's words hang on ('Health Minister [Tarlochan Singh] Bhogal', 'Area MCA [Peter Mugo] Gitau'), and a surname
#: after a given name in two parts joined by a hyphen ('[Hyun]-woo Pak'; session 79).
NAME_HEADS_AFTER = True
#: Whether two or three name words the recogniser took for an organisation or a place, right after a word for an
#: office or a rank, are a person ('inquest magistrate Nozuko Gqirana said': she is who 'She said' is next;
#: session 79).
ROLES_BEFORE_NAMES = True
#: Whether initials and a surname that end an entity not tagged a person are a person ('Leader of the Opposition R.
#: Kamalakannan', with 'the Opposition R. Kamalakannan' tagged an organisation: he is who 'he said' is next;
#: session 79).
INITIALLED_NAMES = True
#: Whether a person's name that closes an office with 'of' in capitals is that person ('Leader of the Opposition R.
#: Kamalakannan', 'Minister of State for Rural Transport Declan Furlong'; session 79).
TITLES_CLOSED_BY_NAMES = True
#: Whether a person's name that the recogniser starts after its particles starts at the given name before them ('Jan-
#: Hendrik van der [Berg]': not his namesake Pieter van der Berg; session 79).
PARTICLES_BEFORE = True
#: Whether a name an honorific opens that the recogniser tagged an organisation, a place or a work ('Ms Ferrars-Hume',
#: "Ms Ferrars-Hume's") is a person's (session 79).
HONOURED_NOT_BODIES = True
#: Whether the subject of the paragraph before a quotation that a pronoun says may be an office with the person's name
#: in apposition, when it spoke ("Corvus's chief executive, Aldous Fennimaine, said ... // "...," he told analysts";
#: not 'His wife, Corinna, did not attend.'; session 79).
APPOSED_SPEAKERS_BEFORE = True
#: Whether that office may be written with capitals ("Ras Qamar's Permanent Representative to the Assembly, Ambassador
#: Lana Yousef Al Sabeeh, told ... // "...," she said": her, not the country the recogniser tagged a person;
#: session 80).
CAPITAL_OFFICES_APPOSED = True
#: Whether the person so named after a word that says they are a man or a woman, and whose owner is of the other
#: gender, is whom 'he' or 'she' of that gender is, whatever the verb ('Her grandson, Daniel Lucero-Pratt, drove four
#: hours to attend. // "...," he said': him, not his grandmother; not 'His wife, Corinna, did not attend. // "...," he
#: said', nor 'His father, Adel Bary, was extradited ... // "...," he rapped', his son's words; session 80).
KIN_APPOSED_BEFORE = True
_MORE_MALE_KIN = frozenset({"grandson", "stepson", "stepfather", "godson", "fiance"})
_MORE_FEMALE_KIN = frozenset({"granddaughter", "stepdaughter", "stepmother", "goddaughter", "fiancee"})


def _word_gender(word: str) -> str | None:
    """'m' or 'f' when a noun for a person says they are a man or a woman ('grandson', 'wife'), else None."""
    return "m" if word in _MALE_WORDS | _MORE_MALE_KIN else "f" if word in _FEMALE_WORDS | _MORE_FEMALE_KIN else None
#: Whether 'a university spokeswoman' after a body of another kind spoke ("Higher Education Workers' Union") is not that
#: body's spokeswoman (session 79).
SPOKESPEOPLE_OF_OTHER_KINDS = True
#: Whether a given name alone in apposition to a word for kin ("Mr Tierney-Moran's mother, Bríd, said", the name tagged
#: an organisation) is a person: she is who 'she said' is next (session 79).
KIN_GIVEN_NAMES = True
#: Whether a participle says a person described is not named as a 'who' clause does ('One senior consultant at the
#: trust, speaking on condition of anonymity, claimed ... "...," he said.': the consultant; session 79).
ANONYMOUS_PARTICIPLES = True
#: Whether 'the' and a title in capitals ('the Commissioner said', 'The Mayor later told reporters', 'the Deputy
#: Commissioner') is the one person named before it whom the article gives that title (session 78).
CAPITAL_TITLES = True
_TITLE_QUALIFIERS = frozenset("shadow former deputy vice assistant ex junior opposition associate".split())
_TITLE_LEADS = frozenset("deputy vice assistant acting senior chief principal district".split())
#: Whether 'the company', 'the bank', 'The Elmsford-based retailer', 'the department-store chain' ... that no rule
#: resolves is the one company the story's lede names (not a regulator, a court, a public body or a newspaper), when
#: the lede names one ('Outdoor-clothing retailer Tamberlane Outfitters Inc. has been granted protection ... // the
#: company said'; session 78).
LEDE_FIRMS = True
#: Whether 'the company' or 'the firm' that no lede names is the company named last before it, in its paragraph or the
#: one before ('In a statement, Tri-Valley said ... The company said'; session 80).
FIRMS_NAMED_BEFORE = True
#: Whether a person titled 'Justice' ('Mr Justice Declan Harte-Moran', 'Lady Justice Armitage') is whom 'the judge' is
#: (session 80).
JUSTICES_ARE_JUDGES = True
#: Whether a name the recogniser tagged a person right before 'MP', 'MLA', 'Senator' or 'Councillor' and another
#: person's name is the seat that person holds, not a person ('Kembang GRC MP Jasmine Teo-Raharjo'; session 80).
SEATS_BEFORE_TITLES = True
_SEAT_TITLES = frozenset({"mp", "mps", "mla", "mpp", "mna", "td", "msp", "senator", "sen", "councillor", "councilor",
                          "cllr", "assemblyman", "assemblywoman", "congressman", "congresswoman", "rep",
                          "representative"})
#: Whether an ambassador is whom 'the envoy' is ('Ambassador Hamid Osei-Karumba told ... The envoy said'; session 80).
ENVOYS_ARE_AMBASSADORS = True
#: Whether a person titled an MP, a senator, a representative or 'Hon.' is whom 'the lawmaker' or 'the legislator' is
#: (session 80).
LAWMAKERS_TITLED = True
_LAWMAKER_TITLES = frozenset({"mp", "senator", "sen", "sen.", "rep", "rep.", "representative", "congressman",
                              "congresswoman", "legislator", "hon", "hon.", "assemblyman", "assemblywoman", "mla"})
#: Whether 'The official, who was not authorised to speak to the media, said' is read as 'the official' again (the
#: 'A ministry official' who spoke just before, not the ambassador named last): a clause on a description is not
#: part of the words matched (session 80).
CLAUSED_DESCRIBED_AGAIN = True
#: Whether a description that ends 'named' and a name is that person ('One of them, a neighbor of the family named
#: Teresa Oyelowo, said'; session 80).
NAMED_NAMES = True
#: Whether a given name between a capitalised title and a surname the recogniser tagged something else makes them a
#: person's name ('KCG spokesperson Commodore Arnel Villafranca-Sy', 'Villafranca-Sy' tagged an organisation), and
#: a name of two to four words after a title or an honorific is a person's however it was tagged ('Hon. Bala
#: Ishaku-Okon', tagged a building; session 80).
TITLED_GIVEN_NAMES = True
#: Honorifics of a name in some papers' styles ('Hon. Bala Ishaku-Okon', 'Engr. Tunde Bakare', 'Barr. Ada Obi') that
#: `TITLED_GIVEN_NAMES` reads as it reads a title.
_PLAIN_HONOURS = frozenset({"hon", "engr", "barr", "arc", "alhaji", "alhaja", "chief", "pastor", "imam", "sheikh"})
#: Whether a given name, a nickname in quotation marks and a surname are one person's name ('Foreign Affairs
#: Undersecretary Ma. Corazon "Cora" Villaluz-Tan said', 'Jose Ramon "Jun" Alcaraz'; session 80).
NICKNAMED_PEOPLE = True
_NICKNAMED = re.compile(r"\b[A-Z][a-z]+\.?(?:[ ]+[A-Z][a-z]+){0,3}[ ]+[\"“][A-Z][a-z]+[\"”][ ]+"
                        r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
#: Whether a surname with a letter beyond ASCII, of a person the recogniser tagged with a given name ('Wiremu Hāpuku'),
#: is that person alone where it tagged it a place or an organisation ('Hāpuku, who guided the Storm ...'), as a
#: hyphened surname is (session 80).
MARKED_SURNAMES = True
#: Whether a name after a Malaysian style of honour ('Datuk', 'Datuk Seri', 'Tan Sri', 'Datin Paduka', with 'Dr',
#: 'Haji' or 'Ir' after it) is a person's, the styles left out of it ('State Mufti Datuk Dr Mohd Faizal Ariffin':
#: 'Mohd Faizal Ariffin'; session 80).
STYLED_NAMES = True
_STYLE_HONOURS = frozenset({"datuk", "datin", "dato", "dato'", "tan sri", "puan sri", "toh puan", "tun", "datuk seri",
                            "dato' sri", "dato sri", "datuk dr", "datin dr", "dato' dr", "datuk seri dr"})
_STYLED_NAME = re.compile(r"\b(?:Datuk|Datin|Dato['’]?|Tan Sri|Puan Sri|Toh Puan|Tun)"
                          r"(?:[ ]+(?:Seri|Sri|Paduka|Wira))?(?:[ ]+(?:Dr|Ir|Prof|Haji|Hajah|Hj)\.?)?"
                          r"[ ]+(?P<name>[A-Z][a-z]+(?:[ ]+(?:[A-Z][a-z]+|bin|binti|a/[lp])){1,4})")
#: Whether a seat's title or a style of honour that the recogniser tagged a person alone is no one's name (session 80).
TITLES_NOT_NAMES = True
#: Whether the field of a capitalised office before a name is not a given name of it ('Minister for Agriculture Bríd
#: Tallon': not 'Agriculture Bríd Tallon', whom 'she' then missed; session 80).
OFFICE_FIELDS_NOT_NAMES = True
#: Whether a name after 'was' in a sentence turned round ('Among the crew on the picket line was grip Jarrah O'Donnell,
#: 34, ... "I love this job," he said.') is its subject, whom 'he' is next (session 80).
INVERTED_SUBJECTS = True
#: Whether an English given name, a surname and a hyphened given name after it are a person's name, as Hong Kong papers
#: write them ('Dr Ivy Ng Wing-sze', 'Winnie Lau Ka-man'), however the recogniser tagged them (session 80).
GIVEN_NAMES_LAST = True
_HYPHENED_GIVEN_LAST = re.compile(r"\b[A-Z][a-z]+[ ]+[A-Z][a-z]{1,6}[ ]+[A-Z][a-z]+-[a-z]+\b")
#: Whether 'who' after a person's name and the body they are of is the person ('Mufti Ghulam Mustafa Chishti of Darul
#: Uloom Rahimia, who told worshippers ...'; session 80).
PEOPLE_OF_BODIES = True
#: Whether a name in apposition to someone's office or kin ("The charity's former treasurer, Howard Lindqvist,") as the
#: subject of a content fronted before 'she said' is someone the speaker speaks of, not the speaker (session 80).
OWNED_APPOSITIONS_ASIDE = True
#: Whether 'him', 'her' or 'them' after 'according to' is read as 'he', 'she' or 'they' would be, so that a person
#: described and not named just before is whom it refers to (session 80).
OBJECTS_DESCRIBED = True
#: Whether 'the council' is the one council the article names ('Wessmoor County Council') rather than the group that
#: spoke last ('A spokeswoman for the cycling group Safe Lanes North said it would write to Wessmoor County Council
#: ... The council said'; session 80).
BODIES_NAMED_BY_NOUN = True
#: Whether an office in capitals that a name is in apposition to is among that person's titles ('The Governor of the
#: Central Bank, Dr Kwabena Osei-Darkwa,' is whom 'the Governor' is; session 80).
CAPITAL_APPOSED_TITLES = True
#: Whether `TITLES_AFTER_OF` reads 'for', 'at' and 'in' as it reads 'of' ('The senior coroner for Westmarch, Gillian
#: Rhodes-Akande,' is whom 'the coroner' is, the name parsed in apposition to the place; session 80).
TITLES_AFTER_FOR = True
#: Whether 'the mother of three' (a parent of so many) who speaks is the person named last before it, in the same
#: paragraph or the one before, as 'the 58-year-old' is (`AGE_DESCRIPTIONS`; session 80).
PARENT_DESCRIPTIONS = True
#: Whether a name in apposition to a person's office may hold a particle ('The agriculture minister, Anne-Laure de
#: Saint-Preux,', tagged an organisation, is a person, whom 'she' is next; session 80).
PARTICLES_APPOSED = True
#: Whether a description whose office a person's titles share, but with a field of its own where the titles have
#: another ('the interior minister' for 'The agriculture minister, Anne-Laure de Saint-Preux'), is not that person
#: (session 80).
FIELDS_DIFFER = True
#: Whether a name that is the subject of what a pronoun said, in the pronoun's own sentence ('De Lichtervelde-Gérard,
#: he said, "has put the next election before the next budget"'), is not whom the pronoun is (session 80).
CONTENT_SUBJECTS_ASIDE = True
_PARENT_OF = re.compile(r"the (?:mother|father|grandmother|grandfather|mum|dad) of (?:one|two|three|four|five|six|"
                        r"seven|eight|nine|ten|\d+)")
_PLACE_WORDS = _PLACE_NOUNS | frozenset("""lake mount fort cape river reservoir bay harbour harbor valley park estate
bridge station airport""".split())
_FIRM_DESCRIPTION = re.compile(r"[Tt]he\s+(?!(?:\S+\s+)*(?:central|national|state|federal|public|regional|municipal|"
                               r"system|grid|council|county|city)\b)"
                               r"(?:(?:[a-z][\w’'-]*|[A-Z][a-z]+-based)\s+){0,3}(?:company|firm|bank|lender|"
                               r"retailer|chain|insurer|airline|carrier|maker|manufacturer|producer|miner|operator|"
                               r"brokerage|developer|supplier|utility|conglomerate)")
#: Whether a company's first word alone that the recogniser tagged a person ('Brackwater had assured the union') is the
#: company that an organisation's name the article gives begins ('Brackwater Seafoods Ltd.', tagged an organisation),
#: and no one whom 'he' or 'she' can be, when no person named in full has it as a surname (session 78).
FIRMS_TAGGED_ORGS = True
#: Whether 'the' and a noun for someone by what they do that is not among the titles of offices ('the adjudicator', 'the
#: trainer', 'the sprinter') is the one person named before it whom the article gives that title ('adjudicator Janine
#: Okafor-Reid said'; session 78).
TITLE_NOUNS = True
_TITLE_NOUN = re.compile(r"[a-z-]+(?:er|or|ist|ian|ant|ent|ee|ess|ey)")
#: Whether a speaker described as 'A city official familiar with the inspection' (or 'close to', 'involved in',
#: 'briefed on' ...) is 'the official' after it, as 'A senior official with the ministry' is (`DESCRIBED_AGAIN`;
#: session 78).
FAMILIAR_DESCRIPTIONS = True
#: Whether the person's name that opens a sentence before its main verb ('Magpies forward Eamon Ngata, a cousin of the
#: Stingrays captain, kicked five goals') is the subject that 'he' after it continues, whatever the parse made of it,
#: and a name in a description between it and the verb is passed over (session 78).
OPENING_NAMES = True
#: Whether a company named with its legal ending ('Tidemark Foods Ltd.', 'Corvallo Systems Inc.') that spoke last is of
#: another kind than 'the union', 'the council', 'the ministry' ... after it (`DESCRIBED_BODIES_KEEP_NOUNS`;
#: session 78).
FIRMS_OTHER_KIND = True
_FIRM_SUFFIXES = frozenset("ltd inc corp plc llc co limited incorporated corporation company gmbh ag sa nv".split())
#: Whether a speaker described with the name they go by ('Its spokesman, who uses the name Qari Zubair,', 'The speaker,
#: who identified himself as "General" Tamuno Ebiye-Okoro,', 'a group calling itself the Ogbomade Patriotic Vanguard')
#: is that name (session 78).
SELF_NAMED = True
_SELF_NAMED = re.compile(r"(?:\bwho\s+(?:uses|used|goes\s+by)\s+the\s+(?:name|nom\s+de\s+guerre)\s+|"
                         r"\bwho\s+identified\s+"
                         r"(?:himself|herself|themselves)\s+(?:only\s+)?as\s+|\b(?:calling|called)\s+(?P<it>itself)\s+"
                         r"(?P<the>the\s+)?)(?P<name>(?:[\"“‘']?[A-Z][\w'’-]*[\"”’']?\s+){0,5}[A-Z][\w'’-]*)")
#: Whether a surname of two words that two people share ('Ms Ó Ceallaigh', 'Mr Van der Berg') is one of them as a
#: surname of one word is (`NAMESAKES`: the one named before it whom its honorific fits; session 78).
SURNAME_PARTICLES = True
#: Whether a name before letters after a name ('Ffion Ashgrove KC said', 'KC' tagged an organisation; 'Tristan Hoyle
#: KC', 'Tristan' tagged a place) is a person's, without the letters, and the letters' place in the parse is the name's
#: ('by Tristan Hoyle KC': the object of 'by'; session 78).
POSTNOMINALS = True
_POSTNOMINALS = frozenset("KC QC SC MP MSP MEP TD JP OBE MBE CBE KBE DBE".split())
#: Capitalised words before a name that are a title or a description, not a given name, besides `_PERSON_ROLES` and
#: `_RANK_WORDS` (`GIVEN_NAMES_BEFORE_SURNAMES`).
_TITLE_WORDS = frozenset("""admiral agent archbishop baron baroness bishop brigadier cardinal challenger champion chaplain colonel columnist
commodore comrade conservative corporal count countess dean defendant democrat duchess duke earl editor elder
emir fisherman former grandma grandpa imam incumbent independent juror justice labour lady late legend liberal
lieutenant lord major mep midwife mla mps msp opposition pastor plaintiff private producer provost rabbi ranger
rapper rector reporter republican rev reverend rival saint sheikh shopkeeper speaker star sultan super suspect
td tory trader trooper victim warden""".split())
#: Whether 'he' or 'she' goes on from the same pronoun as the subject of the sentence before in the paragraph, not to
#: the subject of a content fronted before it ('She told the panel that ... Mrs Mayhew, a retired librarian, had been
#: admitted ..., she said': the witness, not the patient; `FRONTED_SUBJECT`), and in a paragraph that opens with a
#: quotation, from the same pronoun as the subject of the paragraph before's last sentence, not to a person that
#: sentence introduces (`INTRODUCED`; session 78).
SAME_PRONOUN_ON = True


#: Whether 'he' or 'she' as the speaker of an attribution after what was said ('Yasmin Haddad and her three children
#: have been living in an arena, he said') is no vote for the gender of the one person named in what was said
#: (session 76).
SPEAKER_PRONOUNS_ASIDE = True
#: Whether a sentence in which another person's surname stands untagged ('Reyes-Haldane said records would place
#: Coburn near the cabin, despite his telling detectives he was at home', 'Coburn' tagged a product) gives no vote for
#: the gender of the one person tagged in it (session 76).
UNTAGGED_OTHERS = True


#: Whether 'he' or 'she' in what a person asked is no vote for that person's gender ('Ollerenshaw asked whether she
#: considered herself that chairman': the nominee he asked; session 79).
ASKED_PRONOUNS_ASIDE = True
#: Whether a sentence that names a surname two people of the article share, alone, gives neither a vote for their
#: gender ('De la Cruz, she said, ...' where Sofía and Álvaro de la Cruz are named; session 79).
SHARED_SURNAMES_NO_VOTES = True
#: Whether 'he' or 'she' who replies right after a sentence in which a person asked something is not the asker but the
#: last other person to speak ('Ollerenshaw asked whether she considered herself that chairman. // "I'm not going to
#: characterize the president's remarks," she replied.': the nominee; session 79).
REPLIES_NOT_ASKERS = True
#: Whether 'he' or 'she' in a clause of a sentence whose main subject is one person described with 'a' or 'an', no
#: name, is that person ('A spokesman for the Chancellor declined to comment on what he called "private discussions
#: between colleagues".'; session 79).
INDEFINITE_MAIN_SUBJECTS = True
_REPLY_LEMMAS = frozenset("reply respond answer retort counter".split())


def person_genders(article: Article, people: People) -> list[str | None]:
    """The gender ('m', 'f' or None: unknown) the article gives each person of ``people``.

    The evidence is mostly the article's own: an honorific before a mention ('Mr.', 'Ms.'), a gendered
    title word with the name ('spokeswoman', 'chairman', 'his wife'), and 'he' or 'she' outside
    quotation marks in a sentence where that person is the only one named, outside quotation marks
    ('Clinton, though she praised Garland, ...'). 'Her' and 'his' are left out: they often belong
    to someone else ('Mukasey said the scandal was the latest issue in her career'). A common first
    name that nearly always belongs to one gender ('Hillary', 'Michael') is one vote. A person with
    evidence both ways (unless one side has three times the other), or none, stays unknown.
    """
    doc, text = article.doc, article.text  # (doc.text joins every token again on each access)
    votes = [[0, 0] for _ in people.clusters]
    men, women = _gendered_first_names(MORE_FIRST_NAMES, ADDED_FIRST_NAMES)
    for cid, c in enumerate(people.clusters):
        votes[cid][0] += 2 * len(c.titles & (_MALE_WORDS - {"chairman"} if CHAIRMEN_ANY_GENDER else _MALE_WORDS))
        votes[cid][1] += 2 * len(c.titles & _FEMALE_WORDS)
        first = c.name.split()[0].lower() if len(c.name.split()) > 1 else ""
        votes[cid][0] += first in men
        votes[cid][1] += first in women
    sents = list(doc.sents)
    starts = [sent.start for sent in sents]
    named: dict[int, set[int]] = {}      # sentence index -> people named in it
    outside: dict[int, set[int]] = {}    # ... named outside quotation marks
    for m in people.mentions:
        # the honorific just before the name, or at its start when the entity took it in
        words = set(text[max(0, m.start - 6):m.start].lower().split()[-1:] + text[m.start:m.end].lower().split()[:1])
        if words & _MALE_HONORIFICS:
            votes[m.cluster][0] += 2
        elif words & _FEMALE_HONORIFICS:
            votes[m.cluster][1] += 2
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or not sents:
            continue
        k = bisect.bisect_right(starts, span.start) - 1
        said = text[m.start:m.end].lower()
        if SHARED_SURNAMES_NO_VOTES and len(said.split()) < len(people.clusters[m.cluster].name.split()) and sum(
                c.name.lower().endswith(" " + said) for c in people.clusters) > 1:
            named.setdefault(k, set()).add(-1)  # 'De la Cruz' where Sofía and Álvaro de la Cruz are named: either
        named.setdefault(k, set()).add(m.cluster)
        root = span.root.head if POSTNOMINALS and span.root.dep_ == "compound" and span.root.head.i == span.end and \
            span.root.head.text.rstrip(".") in _POSTNOMINALS else span.root  # ('by Tristan Hoyle [KC]')
        if article.in_quote[span.start] < 0 and not (GENDER_NOT_OBJECTS and root.dep_ == "pobj"):
            outside.setdefault(k, set()).add(m.cluster)  # (not 'She said tourists came to [Inchvarra]')
    surnames = {c.name.split()[-1]: cid for cid, c in enumerate(people.clusters)
                if c.name.split() and c.name.split()[-1][:1].isupper()} if UNTAGGED_OTHERS else {}
    for k, ids in named.items():
        # one person, named outside the quotation marks: a name inside a quote is not who 'she' is
        if len(ids) != 1 or not outside.get(k):
            continue
        cid = next(iter(ids))
        if UNTAGGED_OTHERS and any(surnames.get(t.text, cid) != cid and article.in_quote[t.i] < 0 for t in sents[k]):
            continue  # 'Reyes-Haldane said records would place [Coburn] near the cabin, despite his ...' (untagged)
        if KIN_ASIDE and any(t.lower_ in _KIN and any(c.dep_ == "poss" for c in t.children) for t in sents[k]):
            continue  # "Delgado's father died of wounds he suffered in Iraq": 'he' is the father
        for t in sents[k]:
            if t.lower_ in ("he", "she") and article.in_quote[t.i] < 0:
                if SPEAKER_PRONOUNS_ASIDE and t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_LEMMAS \
                        and t.head.dep_ in ("parataxis", "ROOT") and t.head.i > t.head.sent.start + 1 \
                        and (t.head.dep_ == "parataxis" or any(c.dep_ == "ccomp" and c.i < t.i for c in t.head.children)):
                    continue  # '[Yasmin Haddad] and her children have been living in an arena, he said': his words
                if ASKED_PRONOUNS_ASIDE and any(a.lemma_.lower() in ASKING_LEMMAS and a.i < t.i and any(
                        c.dep_ == "nsubj" and c.i < a.i for c in a.children) for a in t.ancestors):
                    continue  # 'Ollerenshaw asked whether she considered herself that chairman': whom he asked
                votes[cid][0 if t.lower_ == "he" else 1] += 1
    out: list[str | None] = []
    for m, f in votes:
        out.append("m" if m > 0 and f == 0 else "f" if f > 0 and m == 0 else
                   "m" if m >= 3 * f > 0 else "f" if f >= 3 * m > 0 else None)
    return out


#: Entity types whose mention in a clause of a speaker mention keeps the clause in the name.
_NAMING_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _in_description(tok) -> bool:
    """Whether a token lies in a relative clause or an apposition that describes the subject of its
    sentence's main verb ('Dario Menck, [who travelled to Lirenz], thanked ...')."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ in ("relcl", "appos", "acl") and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.head.dep_ == "ROOT":
            return True
        t = t.head
    return False


def _opening_name(sent):
    """The person's name that opens ``sent`` before its main verb, with only words of a title or a description
    before it and no comma or verb ('Magpies forward Eamon Ngata, a cousin of ..., kicked'), else None
    (`OPENING_NAMES`)."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    for ent in sent.ents:
        if ent.label_ != "PERSON":
            continue
        before = sent.doc[sent.start:ent.start]
        if ent.root.dep_ not in ("nsubj", "nsubjpass", "conj", "appos") or ent[-1].tag_ == "POS" or (
                ent.end < len(sent.doc) and sent.doc[ent.end].tag_ == "POS"):
            return None  # ("Smith's lawyer said", 'Clinton aide Huma Abedin', 'Gaunt and leaning on a cane, he')
        if ent.end <= root.i and len(before) <= 4 and not any(
                t.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ") or t.is_punct for t in before):
            return ent
        return None
    return None


def _compound_name(tok) -> tuple[int, int]:
    """The character span of a proper noun with the compounds before it ('Dan Reyes')."""
    return min(t.idx for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i), tok.idx + len(tok)


#: Whether a participle set off by commas after a speaker's name that the parse hangs on the name as an adverbial
#: clause ('W7, giving evidence from behind a screen, said') is cut from the name, as a participle clause is
#: (session 73).
PARTICIPLE_ASIDES = True


def _name_end(toks: list, start: int, end: int) -> int:
    """Where the name part of a speaker mention that names no person ends: before a clause that
    describes it ('a Mexican official [who was not authorized to speak]', 'analysts [citing supply
    chain sources]') and before a description in apposition to a name ('the Rodong Sinmun[, the
    mouthpiece of the party]'). Kept whole: a clause that names someone, which tells the reader
    who the speaker is ('a neighbour who has sued Lena Moritz', 'a study released by the ministry'),
    a clause inside a named entity ('Alliance to Reclaim Our Schools'), and a description followed
    by the name ('a former partner, Lawrence Cummings')."""
    cut = end
    for t in toks:
        head = t.head
        if head.i == t.i or not (start <= head.idx < end) or t.idx <= head.idx:
            continue
        if t.dep_ in ("relcl", "acl") or (PARTICIPLE_ASIDES and t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN")
                                          and t.i > 0 and t.doc[t.i - 1].text == ","):
            clause = list(t.subtree)  # ('W7, [giving evidence from behind a screen,] said': parsed an adverbial clause)
            first = clause[0]
            if first.ent_iob_ == "I" or any(x.dep_ == "agent" or x.ent_type_ in _NAMING_ENTITIES
                                            for x in clause):
                continue
            cut = min(cut, first.idx)
        elif t.dep_ == "appos" and t.pos_ != "PROPN" and (head.pos_ == "PROPN" or (
                APPOSED_SURNAMES and head.dep_ in ("nsubj", "nsubjpass") and head.text[:1].isupper()
                and head.text[1:].islower())):  # ('Grieve, 58, a former ...': 'Grieve' parsed a verb)
            comma = next((x.idx for x in toks if x.text == "," and head.idx < x.idx < t.idx), None)
            if comma is not None:
                cut = min(cut, comma)
        elif APPOSED_ADJECTIVES and t.dep_ == "amod" and t.pos_ == "ADJ":
            comma = next((x.idx for x in toks if x.text == "," and head.idx < x.idx < t.idx), None)
            if comma is not None:  # "The homebuilders' association, broadly supportive,": the association
                cut = min(cut, comma)
    return cut if cut > start else end


#: Entity types of organisations and places that speak ('Russia and China said').
_GROUP_ENTITIES = ("ORG", "GPE", "NORP")


def _coordinated_groups(head, start: int, end: int) -> list[str]:
    """The organisations or countries a speaker mention joins with 'and' ('Russia and China',
    'Britain, France and Germany', 'Berlin, Paris and other capitals'): the head's named entity
    first, then each conjunct's (with a 'the' before it), when the head and every conjunct inside
    ``start:end`` but an 'other ...' one are such entities; else []."""
    if head is None or head.ent_type_ not in _GROUP_ENTITIES:
        return []
    conj = [t for t in head.conjuncts if start <= t.idx < end
            and not any(c.lower_ == "other" and c.i < t.i for c in t.children)]  # '... and other capitals'
    if not conj or any(t.ent_type_ not in _GROUP_ENTITIES for t in conj):
        return []
    names = []
    for tok in [head, *sorted(conj, key=lambda t: t.i)]:
        ent = next((x for x in tok.doc.ents if x.start <= tok.i < x.end), None)
        if ent is None:
            return []
        first = ent.start - 1 if ent.start > 0 and tok.doc[ent.start - 1].lower_ == "the" and \
            tok.doc[ent.start - 1].idx >= start else ent.start
        text = tok.doc[first:ent.end].text.strip()  # 'The United States' as the mention alone would give
        if text and text not in names:
            names.append(text)
    return names if len(names) > 1 else []


class SpeakerResolver:
    """Rule-based coreference for speaker mentions (pronouns, descriptions, name variants).

    Stateful: it remembers the last person and organisation it resolved to, so `resolve` must be
    called in the order the mentions appear in the article.

    Usage (``article`` an `Article`, ``frames`` its frames sorted by where their mention is)::

        resolver = SpeakerResolver(article, People(article.doc))
        names = [resolver.resolve(frame) for frame in frames]
    """

    def __init__(self, article: Article, people: People):
        self.article = article
        self.people = people
        self.last_person: int | None = None    # cluster id of the last PERSON speaker
        self.last_org: str | None = None
        self.last_org_paragraph = -1  # where the last organisation spoke
        self.last_org_people = False  # whether its name opens with a plural noun ('Villagers in Fenbury Cross')
        self.untagged: dict[int, str] = {}  # sentence start -> a speaker named there whom NER did not tag
        self.last_untagged: tuple[str, int, int] | None = None  # (name, offset, paragraph) for `UNTAGGED_LAST`
        self.said_by: dict[int, str] = {}  # a cue's first token -> its speaker as resolved (`STATEMENT_ISSUERS`)
        self.gender = person_genders(article, people) if AGREEMENT else [None] * len(people.clusters)
        self._mention_starts = [m.start for m in people.mentions]
        self.headline_end = _title_case_first_line_end(article.text)
        #: the last speaker named as someone's spokesperson or lawyer ("Cameron's spokesman"), by role
        self.spokespeople: dict[str, str] = {}
        #: the last speaker (not a pronoun) when it was a description that names no person
        self.last_described: _Described | None = None
        #: what the speakers resolved so far said (`NESTED_NOT_DESCRIBED`)
        self.contents: list[tuple[int, int]] = []
        #: the descriptions of bodies that `LEDE_BODIES_NAMED_NEXT` named, and their names
        self.lede_bodies: dict[str, str] = {}
        #: the people the pronouns resolved so far are, by the pronoun's offset (`SAME_PRONOUN_ON`)
        self.pronouns: dict[int, int] = {}
        #: the people who spoke so far, each with the paragraph where they last spoke (`SPEAKERS_BEFORE_MENTIONS`)
        self.spoke: dict[int, int] = {}
        #: every speaker's start and `last_described` after it, in the order they were resolved
        self.described: list[tuple[int, _Described | None]] = []
        #: people named only in a title-case headline (`HEADLINE_ONLY_ASIDE`): a first line with no final
        #: full stop and a line after it ('Mayor Tom Berg met Karen Walsh on Monday.' is a sentence)
        first = article.text[:self.headline_end].rstrip()
        is_headline = bool(first) and not first.endswith(".") and "\n" in article.text[self.headline_end:]
        self.headline_only = {m.cluster for m in people.mentions} - {
            m.cluster for m in people.mentions if m.end > self.headline_end} if is_headline else set()
        #: whether the first line is a headline in any case: no final full stop, a line after it
        line = article.text.split("\n", 1)[0].rstrip()
        self.is_headline = bool(line) and line[-1] not in ".!?\"”'’" and "\n" in article.text.strip()
        #: where the body starts after a headline (a first line with no final stop, quotation marks aside) and which
        #: paragraph is the lede, the body's first (`LEDE_ROLES_NAMED_NEXT`, `LEDE_BODIES_NAMED_NEXT`)
        first = article.text.split("\n", 1)[0].strip().rstrip(ALL_MARKS)
        body = article.text.find("\n") + 1 if self.is_headline or (
            first and first[-1] not in ".!?" and len(first) < 200) else 0
        self.lede: tuple[int, int | None] = (body, next((k for k, (ps, pe) in enumerate(article.paragraphs)
                                                         if ps >= body and article.text[ps:pe].strip()), None))

    def _agrees(self, cid: int, want: str | None) -> bool:
        """Whether person ``cid`` can be the referent of a pronoun of gender ``want`` (unknown
        either way agrees)."""
        return want is None or self.gender[cid] is None or self.gender[cid] == want

    def resolve(self, f: Frame | None) -> str | None:
        """The speaker of a frame resolved to the fullest name the article gives ('he', 'the
        minister', 'Lavrov' -> 'Sergey Lavrov'), the mention itself when it names no person, or
        None (no frame, no speaker mention, or a pronoun that cannot be resolved)."""
        role = name = described_as = None
        if SELF_NAMED and f is not None and f.speaker_span is not None and f.cue is not None \
                and f.speaker_span[0] < f.cue[0]:
            m = _SELF_NAMED.search(self.article.text[f.speaker_span[0]:f.cue[0]])
            if m is not None:  # 'Its spokesman, who uses the name Qari Zubair,', 'a group calling itself the ...'
                named = re.sub(r"^[\"“‘'][^\"”’']*[\"”’']\s+", "", m.group("name")).strip()  # (not '"General"')
                if m.group("it"):
                    return self._spoke_as_org((m.group("the") or "") + named, f.speaker_span[0])
                at = self.article.text.find(named, f.speaker_span[0])
                self.last_untagged = (named, at, self.article.paragraph_of(at)) if at >= 0 else self.last_untagged
                return named
        if SAME_SPOKESPERSON and f is not None and f.speaker_span is not None:
            m = _SPOKESPERSON_RE.search(self.article.text[f.speaker_span[0]:f.speaker_span[1]].strip())
            if m is not None:
                role = _speaks_for_key(m.group("role"))
                if m.group("the"):
                    name = self.spokespeople.get(role)  # 'the spokesman' after "Cameron's spokesman" spoke
                    role = None  # (a bare 'the spokesman' names no one to remember)
        if name is None:
            name = self._resolve(f)
            if role is not None and name:
                self.spokespeople[role] = name
        if LEDE_ROLES_NAMED_NEXT and f is not None and f.speaker_span is not None:
            cid = self._lede_role_named_next(f, name)
            if cid is not None:
                self.last_person = cid
                name = self.people.clusters[cid].name
        if LEDE_BODIES_NAMED_NEXT and f is not None and f.speaker_span is not None and name \
                and (not name[:1].isupper() or name.split()[0] in ("A", "An", "The")):
            body = self._lede_body_named_next(f, name)  # 'A parish council has objected': Great Hessel Parish Council
            if body is not None:
                self.lede_bodies[name] = body  # (and 'the watchdog' again, read as the description, is it too)
                described_as = name
                name = self._spoke_as_org(body, f.speaker_span[0])
        if LEDE_BODIES_NAMED_NEXT and name and self.lede_bodies:
            words = name.lower().split()
            again = self.lede_bodies.get(name) or (next((b for d, b in self.lede_bodies.items()
                                                         if d.lower().split()[-1] == words[1]), None)
                                                   if len(words) == 2 and words[0] == "the" else None)
            if again is not None:  # 'The watchdog said' after 'the government's spending watchdog' was named
                name = self._spoke_as_org(again, f.speaker_span[0] if f and f.speaker_span else 0)
        if SPEAKERS_BEFORE_MENTIONS and name and f is not None and f.speaker_span is not None:
            cid = next((k for k, c in enumerate(self.people.clusters) if c.name == name), None)
            if cid is not None:
                self.spoke.pop(cid, None)  # (the last to speak comes last)
                self.spoke[cid] = self.article.paragraph_of(f.speaker_span[0])
        if LEDE_FIRMS and name and f is not None and f.speaker_span is not None and _FIRM_DESCRIPTION.fullmatch(name):
            firm = _only_introduced_firm(self.article.text, f.speaker_span[0]) if INTRODUCED_FIRMS else None
            firm = firm or self._lede_firm(f.speaker_span[0])  # ('the operator, Castlebrook Rail' first)
            if firm is None and FIRMS_NAMED_BEFORE and name.lower().split()[-1] in ("company", "firm"):
                firm = self._firm_named_before(f.speaker_span[0])
            if firm is not None:  # 'Tamberlane Outfitters Inc. has been granted protection ... // the company said'
                name = self._spoke_as_org(firm, f.speaker_span[0])
        if UNTAGGED_LAST and name and f is not None and f.speaker_span is not None:
            self._remember_untagged(f.speaker_span, name)
        if name and f is not None and f.cue is not None:
            cue = self.article.tokens_between(f.cue[0], f.cue[0] + 1)
            if cue:
                self.said_by[cue[0].i] = name  # (whom 'the statement' of that sentence is)
        nested = NESTED_NOT_DESCRIBED and f is not None and f.speaker_span is not None and any(
            cs <= f.speaker_span[0] < ce for cs, ce in self.contents)
        if f is not None and f.content is not None:
            self.contents.append(f.content)
        if DESCRIBED_PRONOUNS and f is not None and f.speaker_span is not None and not nested:
            mention = self.article.text[f.speaker_span[0]:f.speaker_span[1]].lower().strip()
            if mention not in _REFERRING_PRONOUNS:
                self.last_described = self._as_described(f, described_as or name)
                if self.last_described is not None and f.content is not None:
                    self.last_described = replace(self.last_described, content=f.content)
                self.described.append((f.speaker_span[0], self.last_described))
        return name

    def _as_described(self, f: Frame, name: str | None) -> _Described | None:
        """What to remember of a speaker named only by a description ('The harbour minister',
        'A council spokeswoman', 'Residents'), else None."""
        if not name or any(c.name == name for c in self.people.clusters):
            return None
        s, e = f.speaker_span
        span = self.article.doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        # (one who would not be named: 'A former colleague of Mr Fenwick, who asked not to be named,')
        anonymous = ANONYMOUS_REFERENCES and any(c.dep_ == "relcl" and _unnamed_by_request(c) for t in span
                                                 for c in t.children)
        participle = next((c for c in span.root.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > span.root.i
                           and _unnamed_by_request(c)), None) if ANONYMOUS_PARTICIPLES else None
        anonymous = anonymous or (ANONYMOUS_REFERENCES and participle is not None)  # ('..., speaking on condition of
        # anonymity,')
        if any(t.ent_type_ == "PERSON" and not (anonymous and t.i > span.root.i) for t in span):
            return None  # (a name among its words: 'a Clinton aide' is for the name rules)
        bare = _without_titles(name.split())
        if ORGS_NOT_DESCRIBED and is_org_name(bare) and span.root.lemma_.lower() not in PERSON_NOUNS \
                and not span.root.lower_.startswith("spokes") and not anonymous:
            return None  # 'The lender that finances the upgrade, Coastline Bank,': no one 'he' can be
        if is_person_name(bare):  # a person the entity recogniser missed ('Councillor Maya Holt')
            return _Described(name, e, self.article.paragraph_of(s), False, name_gender(bare, self.article.text))
        head = span.root
        one = ONE_OF_DESCRIPTIONS and head.lower_ == "one"
        if one:  # 'One of those staff members, a medical secretary who asked not to be named,': the secretary
            head = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None) or next(
                (p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), head)
        if DESCRIBED_ONE_OF and one and head.lower_ == "one" and name.startswith("One of "):
            return _Described(name, e, self.article.paragraph_of(s), False, None)  # 'One of the western diplomats'
        if ACRONYM_PLURALS and re.fullmatch(r"[A-Z]{2,}s", head.text) and head.pos_ == "PROPN" and not one:
            return _Described(name, e, self.article.paragraph_of(s), True, None)  # 'forty-two local GPs', 'MPs'
        if head.pos_ != "NOUN" or head.lower_ in _MADE_NOUNS:
            return None
        plural = head.tag_ == "NNS" and not one
        # (the clause may hang on a word of the description: 'Leeds' in 'A visitor from Leeds, who ...')
        who = next((c for t in head.subtree for c in t.children if MORE_OCCUPATIONS and c.dep_ == "relcl" and any(
            x.lower_ in ("who", "whom", "whose") for x in c.children)), None)
        if not plural and head.lemma_.lower() not in PERSON_NOUNS and head.lower_ not in _MALE_WORDS | _FEMALE_WORDS \
                and not (DESCRIBED_OCCUPATIONS and head.lemma_.lower() in _OCCUPATIONS) \
                and not (MORE_OCCUPATIONS and head.lemma_.lower() in _MORE_OCCUPATIONS) and who is None:
            return None
        if not plural and any(t.pos_ == "PROPN" and t.i < head.i and not (LOWER_CASE_NOT_NAMES and t.text.islower())
                              for t in span) and not (ANONYMOUS_DESCRIPTIONS and _unnamed_by_request(who)):
            # 'the Vermont senator', "BMO's analyst": most often a person the article names
            # ('a spokeswoman for Northsea Lines' is not)
            return None
        words = {t.lower_ for t in span if not (anonymous and t.i > span.root.i)}  # (not 'of Mr Fenwick')
        gender = "m" if words & _MALE_WORDS else "f" if words & _FEMALE_WORDS else None
        if gender is None and who is not None and not plural:
            gender = _clause_gender(who)  # 'who gave his name only as Musa'
        return _Described(name, e, self.article.paragraph_of(s), plural, gender,
                          unnamed=_unnamed_by_request(who) or participle is not None)

    def _remember_untagged(self, span: tuple[int, int], name: str) -> None:
        """Remember a speaker written as a person's name that is none of the article's people ('Ifeoma Adeyemi', or
        'Adeyemi' alone, which the recogniser did not tag as a person), for `UNTAGGED_LAST`."""
        if any(c.name == name for c in self.people.clusters):
            return
        toks = [t for t in self.article.tokens_between(*span) if not t.is_punct]
        if not toks or toks[0].lower_ in _REFERRING_PRONOUNS:
            return
        tail = " ".join(name.split()[-2:])
        titled = len(name.split()) > 2 and is_person_name(tail)  # 'Commission chairwoman Fatoumata Diallo-Reyes'
        at = self.article.text.rfind(tail, span[0], span[1]) if titled else -1
        titled = titled and name.split()[-3].lower().rstrip(".") in (
            PERSON_NOUNS | _RANK_WORDS if RECENT_UNTAGGED else PERSON_NOUNS)  # (a title word before the name)
        if not titled and any(t.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC") for t in toks if t.idx >= at):
            return
        one_word = len(name.split()) == 1 and name[:1].isupper() and name[1:].islower() and toks[0].pos_ == "PROPN"
        if is_person_name(name) or titled or (one_word and name.lower() not in AGENCIES and not is_known_outlet(name)):
            self.last_untagged = (name, span[0], self.article.paragraph_of(span[0]))

    def _main_subject_name(self, subj) -> str:
        """A main clause subject's words, up to a comma ('A witness, a Syrian,': a witness)."""
        ms, me = self.article.mention_span(subj)
        return self.article.text[ms:me].split(",")[0].strip()

    def _indefinite_subject_before(self, noun: str, s: int) -> str | None:
        """The main subject of the sentence before ``s`` when it is indefinite with ``noun`` as its head ('A person
        close to the operator's team'), else None (`SUBJECT_DESCRIBED_AGAIN`)."""
        toks = self.article.tokens_between(s, s + 1)
        prev = self._sentence_before(toks[0], paragraphs=1) if toks else None
        subj = _main_subject(prev)
        if subj is None or subj.lower_ != noun or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                          for c in subj.children):
            return None
        return self._main_subject_name(subj) or None

    def _statement_issuer(self, s: int) -> str | None:
        """Who put out 'the statement' that speaks at ``s``: the main subject of the last sentence before it, in its
        paragraph or the one before, that puts out a statement (`STATEMENT_ISSUERS`); else None."""
        art = self.article
        ps = art.paragraphs[max(0, art.paragraph_of(s) - 1)][0]
        sents = {t.sent.start: t.sent for t in art.tokens_between(ps, s)}
        for sent in sorted(sents.values(), key=lambda x: -x.start):
            if sent.end_char > s or not re.search(r"\b(?i:in|issued|released|put\s+out|posted|published)\s+an?\s+"
                                                  r"(?:[\w-]+\s+){0,2}statement\b", sent.text):
                continue
            subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ == "PRON":
                return self.said_by.get(sent.root.i)  # 'In a statement read by his spokesman, he said ...': him
            if subj is None:
                return None
            cid = self.people.cluster_at(subj.idx, subj.idx + len(subj))
            return self.people.clusters[cid].name if cid is not None else self._main_subject_name(subj) or None
        return None

    def _one_of_before(self, s: int, word: str = "One") -> str | None:
        """``word`` ('One', 'Several') 'of' the plural main subject of the sentence before ``s`` ('Several current
        lifters declined to comment. One ... said': one of several current lifters; 'Workers learned of the closure
        ... Several said': several of the workers), else None (`ONE_OF_BEFORE`, `MANY_OF_BEFORE`)."""
        toks = self.article.tokens_between(s, s + 1)
        if not toks:
            return None
        after_quote = ONE_AFTER_QUOTES and toks[0].i >= 2 and toks[0].doc[toks[0].i - 1].text in _CLOSING_MARKS \
            and toks[0].doc[toks[0].i - 2].text in (",", "?", "!")  # '"We were told it was fine," one said.'
        if toks[0].i != toks[0].sent.start and not after_quote:
            return None  # ('colleagues were rattled and that several had urged ...': not a sentence of its own)
        prev = self._sentence_before(toks[0], paragraphs=1)
        subj = _main_subject(prev)
        if ONE_OF_SOURCES and prev is not None:  # (the source before the subject: 'the exchanges were sharper,
            # according to two officials who attended. One said ...': one of the officials)
            subj = next((t for t in prev if t.dep_ == "pobj" and t.tag_ == "NNS" and t.head.lower_ == "to"
                         and t.head.i > 0 and t.doc[t.head.i - 1].lower_ == "according"), subj)
        if ONE_OF_SOME and subj is not None and subj.lower_ in ("some", "many", "several", "most", "few"):
            of = next((p for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"), None)
            plural = None if of is None else next(
                (o for o in of.children if o.dep_ == "pobj" and o.tag_ == "NNS"), None)
            subj = plural or subj  # 'Some of [the party's members of parliament]'
        if subj is None or subj.tag_ != "NNS":
            return None
        name = self._main_subject_name(subj)
        if ONE_OF_SOURCES and subj.dep_ == "pobj":
            name = re.split(r"\s+(?:who|which|that)\s", name)[0]  # ('two officials [who attended the session]')
        if not name:
            return None
        if name[:1].isupper() and not name[1:2].isupper():
            name = name[:1].lower() + name[1:]
        if name.split()[0] not in _DETERMINERS and subj.doc[subj.left_edge.i].pos_ not in ("DET", "NUM"):
            name = f"the {name}"  # 'Workers': several of the workers
        return f"{word[:1].upper()}{word[1:].lower()} of {name}"

    def _described_again(self, noun: str, s: int) -> str | None:
        """The last speaker's description when it was an indefinite one ('A senior Western diplomat, who spoke on
        condition of anonymity,') with ``noun`` as its head, in the paragraph of ``s`` or the one before
        (`DESCRIBED_AGAIN`), else None."""
        d = self.last_described
        if d is None or not 0 <= self.article.paragraph_of(s) - d.paragraph <= 1:
            return None
        first = re.split(r"\s*[,(—–]\s*|\s+(?:who|from|in|at|with|for|of)\s+", d.name, maxsplit=1)[0].split()
        if FAMILIAR_DESCRIPTIONS:  # 'A city official familiar with the inspection': 'the official'
            first = re.split(r"\s+(?:familiar|close|involved|briefed|knowledgeable|speaking)\b",
                             " ".join(first))[0].split()
        if DESCRIBED_ONE_OF and len(first) == 1 and first[0].lower() == "one":  # 'One of the western diplomats'
            words = re.split(r"\s*[,(—–]\s*|\s+(?:who|from|in|at|with|for)\s+", d.name, maxsplit=1)[0].split()
            if len(words) >= 3 and words[1].lower() == "of" and words[-1].lower() in (noun + "s", noun + "es"):
                return d.name
        if len(first) < 2 or first[0].lower() not in ("a", "an", "one") or first[-1].lower() != noun:
            return None
        return d.name

    def _unnamed_again(self, s: int) -> str | None:
        """The last speaker's description when it is one person who would not be named, in the paragraph of ``s``
        or the one before, with no one named in between (`ANONYMOUS_REFERENCES`), else None."""
        d = self.last_described
        if d is None or not d.unnamed or d.plural:
            return None
        return d.name if self._described_before(s, None, plural=False) == d.name else None

    def _described_before(self, s: int, want: str | None, *, plural: bool,
                          content: tuple[int, int] | None = None) -> str | None:
        """The last speaker's description for a pronoun at ``s`` (`DESCRIBED_PRONOUNS`), else None; a speaker
        inside the pronoun's own ``content`` (said before it) is passed over (`OWN_CONTENT_ASIDE`)."""
        d = self.last_described
        if OWN_CONTENT_ASIDE and content is not None and content[1] <= s:
            d = next((x for start, x in reversed(self.described) if not content[0] <= start < content[1]), None)
        singular_they = ANONYMOUS_REFERENCES and plural and d is not None and d.unnamed and d.gender is None
        if d is None or (d.plural != plural and not singular_they) \
                or (want is not None and d.gender not in (None, want)):
            return None  # (a singular 'they' for a person who would not be named: `ANONYMOUS_REFERENCES`)
        if not 0 <= self.article.paragraph_of(s) - d.paragraph <= 1:
            return None
        k = bisect.bisect_left(self._mention_starts, d.end)
        while OWN_CONTENT_ASIDE and d.content is not None and k < len(self._mention_starts) \
                and d.content[0] <= self._mention_starts[k] < d.content[1]:
            k += 1  # (a name in what it said: 'A senior diplomat admitted that Castor would not budge. "...," he said')
        if k < len(self._mention_starts) and self._mention_starts[k] < s:
            return None  # a person named in between
        return d.name

    def _resolve(self, f: Frame | None) -> str | None:
        if f is None:
            return None
        if f.speaker_span is None:
            return None
        art = self.article
        s, e = f.speaker_span
        mention = art.text[s:e]
        if f.handle is not None:
            # an embedded tweet: the person the handle spells, else the handle (when no name is written)
            name = handle_name(f.handle, [c.name for c in self.people.clusters])
            if name is not None:
                return name
            if mention.strip().lstrip("@").lower() == f.handle.lower():
                return handle_as_name(f.handle) or "@" + f.handle  # 'ShaneGoldmacher': Shane Goldmacher
            return mention.strip()  # the name the signature writes
        subj = head_word = f.subj
        dash = art.dashed_description(subj) if subj is not None else None
        if dash is not None and s < dash < e:
            e = art.trim(s, dash, keep_final=True)[1]  # the name, not the description between dashes
            mention = art.text[s:e]
        if subj is not None and subj.lower_ in ("who", "which", "that") and subj.head.dep_ == "relcl":
            head = head_word = _predicate_subject(subj.head.head) or subj.head.head
            if WHO_PAST_THINGS and subj.lower_ == "who":
                head = head_word = _who_antecedent(head)  # 'rivals for the nomination who said': the rivals
            if RELATIVE_APPOSITIONS and head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.i < head.i:
                head = head_word = head.head  # 'Sen. Joe Manchin, [a West Virginia Democrat] who had opposed ...'
            s, e = art.mention_span(head)
            s = min(s, head.idx)
            e = min(e, subj.idx)
            s, e = art.trim(s, e, keep_final=True)
            mention = art.text[s:e]
        elif WHO_AFTER_COMMAS and subj is not None and subj.lower_ == "who" and subj.i > 1 \
                and subj.doc[subj.i - 1].text == "," and subj.doc[subj.i - 2].pos_ in ("NOUN", "PROPN") \
                and subj.doc[subj.i - 2].dep_ == "pobj":
            head = head_word = subj.doc[subj.i - 2]  # 'according to police, who said ...' (not parsed as a relative)
            s, e = art.mention_span(head)
            s, e = art.trim(min(s, head.idx), min(e, subj.idx), keep_final=True)
            mention = art.text[s:e]
        if head_word is not None and (head_word.lower_ in _MADE_NOUNS or _news_service(head_word) or (any(
                c.dep_ == "compound" and c.lower_ in DOCUMENT_NOUNS for c in head_word.lefts)
                and not (head_word.pos_ == "PROPN" and head_word.text[:1].isupper()))):
            # (a document noun in a name, 'the Arrest Research Project', is the name: not 'Research' made by 'Arrest')
            # 'a Reuters/Ipsos poll', 'The Times newspaper': the guideline names the organisation
            maker = _maker_of(art.tokens_between(s, e))
            if maker is not None:
                k = art.text.find(maker, s, e)
                person = [m.cluster for m in self.people.mentions if m.start == k and m.end == k + len(maker)]
                if not person and len(maker.split()) <= 3:
                    person = [c for c in (self.people.match_name(maker),) if c is not None]  # NER missed it
                if person and head_word.lower_ not in _OUTLET_NOUNS:
                    return self.people.clusters[person[0]].name  # 'a Clinton memo': Clinton's
                return self._spoke_as_org(maker, s)
        if NAMED_AROUND and head_word is not None and head_word.lower_ in AROUND_NOUNS:
            owner = next((m.cluster for m in self.people.mentions if s <= m.start and m.end <= head_word.idx), None)
            if owner is not None:  # 'the Clinton campaign', "Clinton's team": Hillary Clinton's campaign, team
                return f"{self.people.clusters[owner].name}'s {head_word.lower_}"
        firm = self.people.firms.get(strip_possessive(mention.strip()).lower()) if ORG_NAMES_NOT_PEOPLE else None
        if firm is not None:
            return self._spoke_as_org(firm, s)  # 'Blackridge disputes ...': Blackridge Minerals
        cid = self._named_in_apposition(head_word, s, e)
        named = _name_after_of(head_word, s, e) if cid is None else None
        if named is not None:
            name = art.text[named[0].idx:named[-1].idx + len(named[-1])]
            cid = self.people.cluster_at(named[0].idx, named[-1].idx + len(named[-1]))
            if cid is None:
                return name  # the recogniser missed the name ('Ana Costa' tagged ORG)
        if cid is None:
            cid = self._person_heading(s, e, head_word)
        if cid is None and NAMED_NAMES:
            m = re.search(r"\bnamed\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s*,?$", mention)
            if m is not None:  # 'One of them, a neighbor of the family named Teresa Oyelowo,': her
                cid = self.people.cluster_at(s + m.start(1), s + m.end(1))
        if cid is None and DESCRIPTIONS_THEN_NAMES:
            # 'Her counterpart in Westdale, Tony Marsh,' (the name parsed inside the description): the name
            m = re.match(r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s[^,]{2,60},\s+(?=[A-Z])", mention)
            if m is not None:
                cid = self.people.cluster_at(s + m.end(), e)
        if cid is None and WHOSE_APPOSITIONS:
            m = re.match(r"[Ww]hose\s[^,]{2,60},\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*,?$", mention)
            if m is not None:  # 'whose chairman, Matías Villarreal-Obi,': the chairman
                cid = self.people.cluster_at(s + m.start("name"), e)
                if cid is None:
                    return m.group("name")
        if cid is None:
            # a description with the name in apposition: 'the association's chair, Priya Raman,'
            m = re.match(r"\s*,\s*", art.text[e:e + 4])
            opens_content = m is not None and f.content is not None and f.content[0] <= e + m.end() < f.content[1]
            if m and mention.lower().startswith(("the ", "its ", "his ", "her ", "their ")) and not opens_content:
                # (not the name that opens the content: 'According to the foundation, Zakat is ...')
                cid = self.people.cluster_at(e + m.end(), e + m.end() + 1)
                job = re.match(r"(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])", art.text[e + m.end():e + m.end() + 40]) \
                    if APPOSED_OCCUPATIONS and cid is None else None
                at = e + m.end() + job.end() if job is not None else 0
                if job is not None and all(t.pos_ == "NOUN" for t in art.tokens_between(e + m.end(), at)):
                    cid = self.people.cluster_at(at, at + 1)  # 'its founder, schoolteacher Nadia Rahmani': her
        if cid is not None:
            self.last_person = cid
            return self.people.clusters[cid].name
        if subj is not None and (mention.lower().startswith(("the ", "its ", "his ", "her ", "their ") + (
                ("a ", "an ") if INDEFINITE_APPOSITIONS else ())) or (
                EMPLOYERS and subj.lower_ in _EMPLOYERS and re.match(r"[A-Z][\w-]*['’]s\s", mention))):
            # an organisation named in apposition: 'The developer, Northwind Energy, said'; 'a smaller
            # group, the Oakridge Educators Alliance, said'
            for c in subj.children:
                if c.dep_ == "appos" and c.i > subj.i and c.pos_ == "PROPN" and \
                        c.ent_type_ in ("ORG", "GPE", "NORP", "FAC", ""):
                    toks = [t for t in c.subtree if not t.is_punct]
                    name = art.text[toks[0].idx:toks[-1].idx + len(toks[-1])]
                    if APPOSED_RELATIVES:  # 'the charity Blue Line Rescue, which operates a ship': the charity
                        name = re.split(r",\s*(?:which|who|that|whose)\b", name)[0].strip(" ,")
                    return self._spoke_as_org(name, s)
        low = mention.lower().strip()
        words = re.findall(r"[\w’'-]+", low)
        one_who = ONE_OF_SOME and re.fullmatch(r"one,\s*who\b[^,]*,?", low) is not None  # 'One, who declined ...,'
        if ONE_OF_BEFORE and (low == "one" or one_who or (MANY_OF_BEFORE and low in _SOME_OF)):
            one = self._one_of_before(s, "One" if one_who else mention.strip())
            if one is not None:
                return one  # 'Several current lifters declined to comment. One, speaking on condition ..., said'
        if AGE_DESCRIPTIONS and (_AGE.fullmatch(low.split(",")[0].strip()) or (
                LONGER_AGE_DESCRIPTIONS and _LONGER_AGE.fullmatch(low.split(",")[0].strip()))):
            named = self._named_just_before(s)
            if named is not None:  # '"...," the 58-year-old said': Alasdair Munro, named just before
                self.last_person = named
                return self.people.clusters[named].name
        if PARENT_DESCRIPTIONS and _PARENT_OF.fullmatch(low.split(",")[0].strip()):
            named = self._named_just_before(s)
            if named is not None and self._agrees(named, _word_gender(low.split()[1])):
                self.last_person = named  # 'Kirra Lawson, whose son is among the cases, urged ... "...," the mother
                return self.people.clusters[named].name  # of three wrote': her
        if INDEFINITE_MAIN_SUBJECTS and low in ("he", "she"):
            described = self._indefinite_main_subject(s, pronoun_gender(low))
            if described is not None:
                return described  # 'A spokesman for the Chancellor declined to comment on what he called ...'
        if OBJECTS_DESCRIBED and low in ("him", "her", "them") and f.cue is not None \
                and art.text[f.cue[0]:f.cue[1]].lower().startswith("according"):
            low = {"him": "he", "her": "she", "them": "they"}[low]  # 'According to him,' after 'A DFA official, who
            # requested anonymity as he was not authorized ..., said': that official, as 'he said' would be
        if DESCRIBED_PRONOUNS and low in ("he", "she", "they"):
            described = self._described_before(s, pronoun_gender(low), plural=low == "they", content=f.content)
            if described is not None:
                return described
            if ANONYMOUS_DESCRIPTIONS and low in ("he", "she"):
                unnamed = self._unnamed_subject_before(s, pronoun_gender(low))
                if unnamed is not None:  # 'One refuse collector, who did not want to be named, was less confident.
                    self.last_described = unnamed  # He said ...': the collector, and the next 'he said' too
                    self.described.append((unnamed.end - len(unnamed.name), unnamed))
                    return unnamed.name
        if low in PERSON_PRONOUNS:
            return self._person_pronoun(f, s, low)
        if POSSESSIVE_OWNERS and low == "his":
            return self._owner(f, s, low) or mention.strip()  # the owner of a noun cue: 'his claim that'
        if FRONTED_IT_SUBJECTS and low == "it" and f.fronted and f.content is not None:
            named = _content_org_subject(art, f.content, s)
            if named is not None:
                return self._spoke_as_org(named, s)  # 'Northgate Bank is to cut 3,000 jobs, it said': the bank
        if IT_OWNS_OBJECTS and low == "it" and subj is not None:
            owner = _object_owner(subj) or (_it_reporter(subj) if IT_REPORTERS else None)
            if owner is not None:
                ms, me = art.mention_span(owner)
                name = re.split(r",\s*(?:which|who|that|whose)\b", art.text[ms:me])[0].strip(" ,")
                if name:  # 'State television broadcast footage that it said showed ...': State television
                    return self._spoke_as_org(name, s)
        if IT_SUBJECT_BODIES and low == "it":
            body = self._body_subject_before(s, documents=IT_DOCUMENTS)
            if body is not None:
                return self._spoke_as_org(body, s)  # 'The hoteliers' federation struck a tone. It said ...'
        if IT_SENTENCE_BODIES and low == "it":
            body = self._body_subject_of_sentence(s)
            if body is not None:
                return self._spoke_as_org(body, s)  # 'Green Furrow, a campaign group, said ..., though it pointed out'
        if low in ("it",) and self.last_org:
            return self.last_org
        if BODY_SPOKESPEOPLE and self.last_org and len(words) == 3 and words[0] in ("a", "an", "the") \
                and words[2].startswith("spokes") and 0 <= art.paragraph_of(s) - self.last_org_paragraph <= 1 \
                and (_org_noun(words[1]) or words[1] in self.last_org.lower().split()) and not (
                    SPOKESPEOPLE_OF_OTHER_KINDS and _other_kind(words[1], self.last_org)):
            return self.last_org  # 'The Defence Ministry said ... A ministry spokesman said': the ministry
        if ISSUED_STATEMENTS and self.last_org and words in (["the", "statement"], ["the", "release"]) \
                and art.paragraph_of(s) == self.last_org_paragraph \
                and re.search(r"\b(?:in|issued|released|put out)\s+a\s+(?:statement|release)\b",
                              art.text[art.para_bounds(s)[0]:s]):
            return self.last_org  # 'Amazon said in a statement ... "...," the statement said': Amazon
        if STATEMENT_ISSUERS and words == ["the", "statement"]:
            issuer = self._statement_issuer(s)
            if issuer is not None:
                return issuer  # 'The players announced the decision in a statement ... "...," the statement said'
        if SUBJECT_SPOKESPEOPLE and len(words) == 2 and words[0] in ("a", "an", "the") \
                and re.fullmatch(r"spokes(?:wo)?(?:man|person)", words[1]):
            body = self._body_subject_before(s, places=True)
            if body is not None:  # 'The European Central Bank has stayed cautious. A spokeswoman said ...': the bank
                return self._spoke_as_org(body, s)
        if BARE_SPOKESPEOPLE and self.last_org and len(words) == 2 and words[0] in ("a", "an", "the") \
                and re.fullmatch(r"spokes(?:wo)?(?:man|person)", words[1]) \
                and art.paragraph_of(s) == self.last_org_paragraph:
            return self.last_org  # 'The European Commission said ... A spokesman said': the Commission's
        if FRONTED_ORG_SUBJECTS and 0 < len(words) <= 3 and words[0] == "the" and _org_noun(words[-1]) \
                and not any(c.isupper() for c in mention[1:]) and f.fronted and f.content is not None:
            named = _content_org_subject(art, f.content, s)
            if named is not None:
                return self._spoke_as_org(named, s)  # 'Carver Motors is recalling ..., the company said': Carver
        if FIRMS_NAMED_BEFORE and self.last_org and words[-1:] in (["company"], ["firm"]) and len(words) <= 3 \
                and self.last_org_paragraph < art.paragraph_of(s):
            near = self._firm_named_before(s, own_paragraph=True)
            if near is not None:  # 'Per Hallstrom of the Green Alliance wrote ... // Shares in Nordvik Energia, the
                return self._spoke_as_org(near, s)  # state-backed company, rose ... The firm said': Nordvik Energia
        if ORG_DESCRIPTIONS and self.last_org and 0 < len(words) <= 3 and words[0] == "the" \
                and _org_noun(words[-1]) and not any(c.isupper() for c in mention[1:]) and f.verb is not None \
                and f.verb.lemma_.lower() in SPEECH_LEMMAS and 0 <= art.paragraph_of(s) - self.last_org_paragraph <= 1 \
                and not (OUTLETS_NOT_BODIES and _is_outlet(self.last_org) and words[-1] not in _OUTLET_NOUNS) \
                and not (COMPANIES_NOT_PLACES and words[-1] in _COMPANY_NOUNS and self._is_place(self.last_org)) \
                and not (DESCRIBED_BODIES_KEEP_NOUNS and self._other_kind(words[-1])) \
                and not (BODIES_NAMED_BY_NOUN and self._body_named_before(words[-1], s)) \
                and not (DESCRIBED_DEPARTMENTS and words[-1] in _DEPARTMENT_NOUNS and len(words) > 2
                         and not set(words[1:]) <= self._last_org_words()):
            return self.last_org  # 'Greyfell Lithium said ... The company said': Greyfell Lithium
        if NAMED_BODIES and 0 < len(words) <= 4 and words[0] == "the" \
                and (words[-1] in BODY_NOUNS or (MORE_ORG_NOUNS and words[-1] in _MORE_ORG_NOUNS | _REGULATOR_NOUNS)) \
                and not any(c.isupper() for c in mention[1:]):
            named = self._only_body_named(words[-1], joined=MORE_ORG_NOUNS and words[-1] in _REGULATOR_NOUNS)
            if named is not None:
                if NAMED_BODIES_SPEAK:
                    return self._spoke_as_org(named, s)  # ('The directorate said ... It noted': the directorate)
                return named  # 'the local fishing cooperative': the Kestrel Bay Fishermen's Cooperative
        if INTRODUCED_FIRMS and 0 < len(words) <= 3 and words[0] == "the" and words[-1] in _COMPANY_NOUNS \
                and not any(c.isupper() for c in mention[1:]):
            firm = _only_introduced_firm(art.text, s)
            if firm is not None:  # 'the private launch company Helix Orbital ... the company confirmed': Helix Orbital
                return self._spoke_as_org(firm, s)
        m = re.match(r"[Ii]ts\s+([A-Z][\w’'&.-]*(?:\s+(?:of|for|and|[A-Z][\w’'&.-]*)){0,5})$", mention.strip())
        owner = self._body_subject_before(s, places=True) if ITS_OWNERS and m is not None else None
        if owner is not None:
            return f"{strip_possessive(owner)}'s {m.group(1)}"  # 'Cambodia disagreed. Its Ministry of Water ...'
        if ITS_BODIES and 2 <= len(words) <= 4 and words[0] == "its" and words[-1] in BODY_NOUNS \
                and not any(c.isupper() for c in mention[1:]):
            owner = self._body_subject_before(s, places=True) or self._name_subject_before(s)
            if owner is not None:  # 'Kethra reacted angrily. Its foreign ministry summoned ... and said'
                return f"{strip_possessive(owner)}'s {mention.strip().split(None, 1)[1]}"
        m = re.match(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+((?:[A-Z][\w’'&.-]*\s*){2,5})$", mention.strip())
        if OWNED_NAMES and m is not None:
            return m.group(1).strip()  # 'His Democratic Alliance will push for ...': the Democratic Alliance
        if POSSESSED_BODIES and len(words) == 2 and words[0] in ("their", "its") and words[1] in BODY_NOUNS:
            named = self._only_body_named(words[1])
            if named is not None:
                return named  # 'their union approved a contract': the Chicago Teachers Union
        if THEY_IN_SENTENCE and low == "they" and subj is not None:
            main = _sentence_subject_they(subj)
            if main is not None:
                ms, me = art.mention_span(main)
                return art.text[ms:me].strip()  # 'Hundreds of farmers ..., a project they say ...'
        if THEY_BODIES and low == "they" and any(t.i == t.sent.start for t in art.tokens_between(s, s + 1)):
            body = self._body_subject_before(s)  # ('they' that opens its sentence)
            if body is not None and self.people.match_name(body) is None:  # (not 'Trump', tagged ORG)
                # 'The Irrigators' Federation said it would appeal. They argue that ...'
                return self._spoke_as_org(body, s)
        if low in PLURAL_PRONOUNS | {"i", "we", "you", "it", "this", "that", "one", "who", "which"}:
            return None
        toks = art.tokens_between(s, e)
        has_propn = any(t.pos_ == "PROPN" for t in toks)
        based = _BASED_DESCRIPTION.match(mention) if BASED_DESCRIPTIONS else None
        if based is not None:  # 'The company, based in Corrigan,': the company
            mention, e = based.group(0).strip(), s + based.end()
            toks = art.tokens_between(s, e)
            has_propn = any(t.pos_ == "PROPN" for t in toks)
            words = re.findall(r"[\w’'-]+", mention.lower())
        first = _APPOSED_DESCRIPTION.match(mention) if APPOSED_DESCRIPTIONS else None
        if first is not None and not any(t.ent_type_ == "PERSON" for t in toks):
            # 'The senator, a former Navy intelligence officer,': the senator, without the apposition
            toks = art.tokens_between(s, s + first.end())
            has_propn = any(t.pos_ == "PROPN" for t in toks)
            words = re.findall(r"[\w’'-]+", first.group(0).lower())
        if CAPITAL_TITLES and has_propn and 2 <= len(words) <= 3 and words[0] == "the" and words[-1] in PERSON_NOUNS \
                and all(w in PERSON_NOUNS or w in OFFICES or w in _TITLE_LEADS for w in words[1:]) \
                and not any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in toks):
            cid = self._only_titled_before({words[-1]}, s)  # 'the Commissioner', 'The Mayor': the one person with
            if cid is not None:  # that title named before (not the person named last, as for 'the commissioner')
                self.last_person = cid
                return self.people.clusters[cid].name
        if ORG_OWNERS and not has_propn and 2 <= len(words) <= 4 and words[0] == "its" \
                and (words[-1] in PERSON_NOUNS or words[-1] in ("members", "officials", "leaders", "staff")):
            # 'Its chairman said': the chairman of the organisation that spoke last, never a person
            named = _content_org_subject(art, f.content, s) if FRONTED_ORG_OWNERS and f.fronted and f.content \
                else None
            if named is not None:  # 'The African Union rejects ..., its chairman said': the Union's chairman
                return f"{strip_possessive(named)}'s {mention.strip().split(None, 1)[1]}"
            if self.last_org and 0 <= art.paragraph_of(s) - self.last_org_paragraph <= 1:
                return f"{strip_possessive(self.last_org)}'s {mention.strip().split(None, 1)[1]}"
            body = self._body_subject_before(s, places=True) if ITS_SUBJECT_OWNERS else None
            if body is not None:  # 'The forestry department did not respond. Its regional director was quoted ...'
                return f"{strip_possessive(body)}'s {mention.strip().split(None, 1)[1]}"
            return mention.strip()
        if INDEFINITE_LEDES and not has_propn and 2 <= len(words) <= 4 and words[0] in ("a", "an") \
                and (words[-1] in PERSON_NOUNS or (LEDE_OFFICES and words[-1] in _LEDE_OFFICES)) \
                and art.paragraph_of(s) <= 1:
            cid = self._named_later({words[-1]}, s)  # 'A federal judge ruled ...': 'Judge Nadia Torres' below
            if cid is not None:
                self.last_person = cid
                return self.people.clusters[cid].name
        if PLACE_DESCRIPTIONS and has_propn and not f.headline_tail and "of" in words[2:4] and words[0] == "the" \
                and words[words.index("of") - 1] in PERSON_NOUNS and len(words) <= 6 \
                and not any(t.pos_ == "PROPN" for t in toks if t.idx < s + mention.lower().find(" of ")) \
                and not any(t.ent_type_ in ("PERSON", "ORG") for t in toks):
            # 'The mayor of Leeds threw her support ...': the mayor named below ('Mayor Rachel Okafor')
            head = set(words[:words.index("of")])
            seen = {m.cluster for m in self.people.mentions if m.start < s}
            cid = _single_best([(_titles_match(_description_words(head), self.people.clusters[c].titles), c)
                                for c in seen], 1)  # (by a title only: no fallback to the person named last)
            if cid is None and NAMED_LATER:
                cid = self._named_later(head, s)
            if cid is not None:
                self.last_person = cid
                return self.people.clusters[cid].name
        owned_spokesperson = OWNED_SPOKESPEOPLE and not has_propn and bool(words) and words[-1].startswith("spokes") \
            and any(re.fullmatch(r"[\w-]+['’]s", w) for w in words[1:-1]) and words[0] == "the"
        full_words = words
        if CLAUSED_DESCRIBED_AGAIN and re.match(r"[^,]+,\s*who\b", mention.strip()):
            words = re.findall(r"[\w’'-]+", mention.split(",")[0].lower())  # (the words before the clause on them)
        if DESCRIBED_AGAIN and not has_propn and 2 <= len(words) <= 3 and not f.headline_tail and (
                words[0] == "the" or (SUBJECT_DESCRIBED_AGAIN and words[0] == "that")):
            again = self._described_again(words[-1], s) if words[0] == "the" else None
            if again is None and SUBJECT_DESCRIBED_AGAIN and len(words) == 2:
                again = self._indefinite_subject_before(words[-1], s)
            if again is None and ANONYMOUS_REFERENCES and words[0] == "the" and len(words) == 2 and f.fronted \
                    and (words[1] in PERSON_NOUNS or words[1] in _OCCUPATIONS):
                again = self._unnamed_again(s)  # 'One member of the ruling group, who asked not to be named, ...
                # "...," the councillor said': that member, not the councillor the article names
            if again is not None:
                return again  # 'A senior government official, speaking on condition of anonymity, said ... "...," the
                # official said': that official, not the person named last
        words = full_words  # (else the clause counts as before)
        lead = re.findall(r"[\w’'-]+", mention.split(",")[0].lower())  # (the words before a clause on them)
        owned_office = OWNED_OFFICES and len(lead) > 2 and (lead[-1] in BODY_NOUNS or lead[-1] == "office") \
            and lead[-2].endswith(("'s", "’s"))  # "The state attorney general's office": the office, not a person
        if TITLE_NOUNS and not has_propn and 2 <= len(words) <= 3 and words[0] == "the" and not f.headline_tail \
                and not set(words) & PERSON_NOUNS and _TITLE_NOUN.fullmatch(words[-1]) \
                and words[-1] not in BODY_NOUNS | ORG_NOUNS | DOCUMENT_NOUNS:
            cid = self._only_titled_before({words[-1]}, s) if words[-1] not in (
                _PUBLIC_HEADS | _FIRM_HEADS | _BODY_KINDS) and not any(
                words[-1].title() in e.text.split() for e in art.doc.ents if e.label_ == "ORG") else None
            if cid is not None:  # 'adjudicator Janine Okafor-Reid said ... "...," the adjudicator wrote': her
                # (not 'the chamber' for 'Marguerite Delacroix, president of the South Alder Chamber of Commerce')
                self.last_person = cid
                return self.people.clusters[cid].name
        if not has_propn and words and (words[0] in ("the", "his", "her", "its") or f.headline_tail) \
                and (set(words) & PERSON_NOUNS or f.headline_tail) and not owned_spokesperson and not owned_office:
            role = set(words)
            if OF_ROLES and "of" in words and set(words[words.index("of"):]) & BODY_NOUNS:
                role = set(words[:words.index("of")]) | {"of"}  # 'The leader of the council': a leader, of a body
            cid = self._description(role, s, headline=f.headline_tail)
            if cid is None and NAMED_LATER and not f.headline_tail:
                cid = self._named_later(set(words), s)
            if cid is not None:
                self.last_person = cid
                return self.people.clusters[cid].name
        if PROPER_DESCRIPTIONS and has_propn and not f.headline_tail and words and words[0] == "the" \
                and words[-1] in PERSON_NOUNS and len(words) <= 5 and not any(t.ent_type_ == "PERSON" for t in toks):
            cid = self._titled(set(words), s)  # 'the Vermont senator', 'The GOP nominee': only by its titles
            if cid is not None:
                self.last_person = cid
                return self.people.clusters[cid].name
        if f.headline_tail:
            cid = self._description(set(words), s, headline=True)
            if cid is not None:
                return self.people.clusters[cid].name
        if HEADLINE_TITLES and s < self.headline_end and 0 < len(words) <= 3 and words[-1] in PERSON_NOUNS \
                and not any(t.ent_type_ == "PERSON" for t in toks):
            cid = self._only_titled(set(words))  # 'Mayor Defends Toll': the one person the article calls mayor
            if cid is not None:
                return self.people.clusters[cid].name
        if HEADLINE_LEDES and self.is_headline and art.paragraph_of(s) == 0 and 0 < len(words) <= 3 \
                and words[-1] in PERSON_NOUNS and not any(t.ent_type_ == "PERSON" for t in toks):
            cid = self._first_titled(set(words))  # 'Senator breaks with party': the senator the story opens with
            if cid is not None:
                return self.people.clusters[cid].name
        lead = mention.split(",")[0].strip()  # 'Her account, published on Monday,': her account
        lead_words = re.findall(r"[\w’'-]+", lead.lower())
        lead_propn = any(t.pos_ == "PROPN" for t in toks if t.idx < s + len(lead))
        if POSSESSIVE_OWNERS and not lead_propn and 2 <= len(lead_words) <= 4 and lead_words[0] in ("his", "her"):
            head = head_word.lower_ if head_word is not None else lead_words[-1]
            if head in _MADE_NOUNS or head in CLAIM_NOUNS or head in _SAID_NOUNS or (
                    head in SPEAKS_FOR_NOUNS and "former" not in lead_words):
                owner = self._owner(f, s, lead_words[0])
                if owner is not None:
                    return owner  # 'his tweet', 'his lawyer': the person's words
            if (head in RELATION_NOUNS or head in AROUND_NOUNS or (
                    OWNED_BODIES and head in _OWNED_BODIES and len(lead_words) == 2)) and lead_words[-1] == head:
                owner = self._owner(f, s, lead_words[0])
                if owner is not None:  # 'her aides', 'her campaign': Hillary Clinton's aides, campaign
                    return f"{owner}'s {lead.split(None, 1)[1]}"
        # a surname the NER did not tag as PERSON (or a transcript's 'MARSH:')
        if (has_propn or mention.isupper()) and len(words) <= 3:
            cid = self.people.match_name(mention, s if NAMESAKES else None)
            if HEADLINE_ONLY_MATCHES and cid in self.headline_only and s >= self.headline_end:
                cid = None  # 'Pixora denied the allegations' is not 'Parents Sue Social App Pixora' of the headline
            if cid is not None:
                self.last_person = cid
                return self.people.clusters[cid].name
        name_end = _name_end(toks, s, e)
        name = strip_possessive(re.split(r",\s*(?:which|who|that|whose)\b",
                                         art.text[s:name_end].strip())[0].strip(" ,"))
        group = _coordinated_groups(subj, s, e)
        if group:
            name = group[0]  # 'Russia and China said': Russia's (and China's, `co_speakers`)
        if APPOSED_SURNAMES and not group and name[:1].isupper() and name != mention.strip() and len(name.split()) <= 2:
            cid = self.people.match_name(name, s if NAMESAKES else None)
            if cid is not None:  # 'Grieve, 58, a former insurance executive ...,' ('Grieve' not tagged): Alan Grieve
                self.last_person = cid
                return self.people.clusters[cid].name
        who = WHO_UNTAGGED and subj is not None and subj.lower_ == "who" and head_word is not None
        named = head_word if who else subj
        person = _untagged_person(named, s, e, name) if UNTAGGED_PEOPLE and not group and named is not None else None
        if person is not None:
            self.untagged[subj.sent.start] = person  # whom 'He told reporters' may be next
            return person
        if UNTAGGED_NAMES and not group:  # the name before a comma, not an organisation in its description
            comma = art.text.find(",", s, name_end)
            toks = [t for t in toks if t.idx < (comma if comma >= 0 else name_end)]
        if ORG_DESCRIPTORS and not group:
            bare = _without_org_descriptor(toks)
            if bare is not None:
                name = bare  # 'Online rental platform StayAway': StayAway
        m = _COUNTRY_OWNED.match(name) if COUNTRY_OWNED_NAMES and not group else None
        if m is not None and any(t.ent_type_ in ("GPE", "NORP") for t in toks if t.idx < s + len(m.group(1)) + 1) \
                and not {w.lower() for w in m.group(2).split()} & (PERSON_NOUNS | BODY_NOUNS | _INSTITUTIONS):
            name = m.group(2)  # "India's AeroVista": AeroVista (not "Britain's Prime Minister", "Kenya's High Court")
        ents = [t for t in toks if t.ent_type_ in ("ORG", "GPE", "NORP")]
        people_of = PLURAL_BODIES_NOT_LAST and subj is not None and subj.tag_ == "NNS" and subj.pos_ == "NOUN" \
            and subj.ent_type_ == ""  # ('Warehouse workers at Trellis Logistics': not whom 'the union' is next)
        people_of = people_of or (PEOPLE_NOT_BODIES and subj is not None and subj.pos_ == "NOUN"
                                  and subj.lemma_.lower() in PERSON_NOUNS)  # "The chair of the Residents' Group"
        people_of = people_of or (ANONYMOUS_NOT_BODIES and subj is not None and subj.pos_ == "NOUN" and any(
            c.dep_ == "relcl" and _unnamed_by_request(c) for c in subj.subtree))  # 'A senior figure at Northvale,
        # who asked not to be named,': a person, not whom 'the union' is next
        if people_of:
            return name  # (people, not an organisation 'it' or 'the company' may be next)
        if ents and not any(t.ent_type_ == "PERSON" for t in toks):
            self._spoke_as_org(name, s)
        elif ORG_NAMES_NOT_PEOPLE and is_org_name(name):
            self._spoke_as_org(name, s)  # 'Blackridge Minerals says': whom 'the company' may be next
        elif INTRODUCED_FIRMS and not any(t.ent_type_ == "PERSON" for t in toks) \
                and _introduced_as_firm(art.text, name):
            self._spoke_as_org(name, s)  # 'the logistics firm Halberd Freight ... Halberd Freight said': a company
        elif UNTAGGED_NAMES and subj is not None and is_person_name(name) and subj.pos_ == "PROPN":
            self.untagged[subj.sent.start] = name  # a person the entity recogniser missed ('Elif Aydin')
        elif APPOSED_ORGS and subj is not None and subj.pos_ == "PROPN" and not any(
                t.ent_type_ == "PERSON" for t in toks) and any(
                c.dep_ == "appos" and _org_noun(c.lemma_.lower()) for c in subj.children):
            self._spoke_as_org(name, s)  # "Maersk, the world's second-largest shipping company, said": 'the company'
        elif ORG_OWNERS and subj is not None and subj.pos_ == "NOUN" and (subj.lemma_.lower() in BODY_NOUNS or (
                MANAGEMENTS and subj.lemma_.lower() in ("management", "leadership"))) \
                and not any(t.ent_type_ == "PERSON" for t in toks) \
                and not (PLURAL_BODIES_NOT_LAST and subj.tag_ == "NNS"):
            self._spoke_as_org(name, s)  # "The dockers' union said": whose 'Its chairman' may speak next
        return name

    def _owner(self, f: Frame, s: int, pronoun: str) -> str | None:
        """The person a possessive pronoun ('his', 'her') refers to, as `_person_pronoun` resolves it,
        only when the article or the first name shows that person to be of the pronoun's gender, or no
        one else is named before it; else None, and nothing is remembered ('his' is left as written
        rather than given to a person of unknown gender)."""
        want = pronoun_gender(pronoun)
        last, genders = self.last_person, list(self.gender)
        name = self._person_pronoun(f, s, pronoun)
        cid = next((k for k, c in enumerate(self.people.clusters) if c.name == name), None)
        if cid is not None and want is not None:
            gender = genders[cid] or name_gender(name, "")
            alone = not any(m.start < s and m.cluster != cid for m in self.people.mentions)
            if gender == want or (gender is None and alone):
                return name
            if gender is None and OWNERS_JUST_NAMED and self._last_named_in_paragraph(s) == cid:
                return name  # 'Henrik Dahl wrote in a memo ... His office declined to comment.'
        self.last_person, self.gender = last, genders
        return None

    def _last_named_in_paragraph(self, s: int) -> int | None:
        """The person named last before ``s`` when that mention is in the paragraph of ``s`` and no
        one else is named in that paragraph before it, else None."""
        art = self.article
        ps = art.para_bounds(s)[0]
        before = [m for m in self.people.mentions if ps <= m.start < s]
        if not before or len({m.cluster for m in before}) != 1:
            return None
        return before[-1].cluster

    def _person_pronoun(self, f: Frame, s: int, low: str) -> str | None:
        """The person a pronoun speaker mention at offset ``s`` ('he', 'she', 'her') refers to, by
        the rules of `resolve`; None when none can be."""
        want = pronoun_gender(low)
        if REPLIES_NOT_ASKERS and f is not None and f.verb is not None and f.verb.lemma_.lower() in _REPLY_LEMMAS:
            replier = self._replier(f, s, want)
            if replier is not None:
                self.last_person = replier
                self.pronouns[s] = replier
                return self.people.clusters[replier].name
        cid = self._fronted_subject(f, want) if FRONTED_SUBJECT else None
        if SAME_PRONOUN_ON and cid is not None:
            same = self._same_pronoun_before(s, low)
            cid = same if same is not None and self._agrees(same, want) else cid
        if cid is not None and want is not None and self.gender[cid] is None:
            self.gender[cid] = want  # the pronoun says it: the next 'he' can be them too
        if cid is None:
            cid = self._subject_before(s)
        if cid is None and UNTAGGED_NAMES:
            named = self._untagged_subject_before(s)
            if named is not None:
                return named
        if cid is None:
            cid = self._subject_of_paragraph_before(s, want)
            same = self._same_pronoun_before(s, low, quote_opens=True) if SAME_PRONOUN_ON and cid is None else None
            if same is not None and self._agrees(same, want):
                topic = self._paragraph_topic_before(s, want) if PARAGRAPH_TOPICS else None
                cid = topic if topic is not None else same  # '... had been admitted, she said. // "I said clearly
                # ...," she said': her, unless the paragraph before is about someone ('Godane ... seized world
                # attention ... He warned Kenya ... // "...," he said')
            if INTRODUCED and (cid is None or not self._agrees(cid, want)):
                cid = self._introduced_before(s, want) or cid
        if PARAGRAPH_TOPICS and cid is None:
            cid = self._paragraph_topic_before(s, want)
            if cid is not None and self.gender[cid] is None:
                self.gender[cid] = want  # (the next 'she' of the paragraph is her too)
        if RECENT_UNTAGGED and self.last_untagged is not None and (cid is None or not self._agrees(cid, want)):
            name, at, para = self.last_untagged
            last = max((m.start for m in self.people.mentions if m.start < s and self._agrees(m.cluster, want)),
                       default=-1)
            if last < at < s and 0 <= self.article.paragraph_of(s) - para <= 1 \
                    and self.article.text.startswith(name, at) and not is_org_name(name) \
                    and name_gender(name, self.article.text) in (None, want):
                return name  # 'Chief Constable Rhodri Penhallow said ... He said' (the name not tagged): not a
                # person named before him
        if cid is None and DESCRIBED_SUBJECTS_FIRST:
            described = self._described_subject_before(s, want, named_only=True)
            if described is not None:  # 'Asked by a reporter ..., the chief paused. "...," she said': the chief, not
                return described  # the officer named last, whom nothing says is a woman
        if cid is None or not self._agrees(cid, want):
            cid = self.last_person if self.last_person is not None else self.people.last_before(s)
            if NAMED_SINCE and want is not None and (cid is None or self.gender[cid] != want):
                named = self._named_since(s, want)
                if named is not None:
                    cid = named
        if cid is not None and not self._agrees(cid, want):
            # 'she' after a man's name: the last person named before it who can be 'she'; a
            # guess (a person of unknown gender) does not become the subject of the next 'he'
            found = [m.cluster for m in reversed(self.people.mentions) if m.start < s and self._agrees(m.cluster, want)]
            if QUOTED_NOT_REFERENTS:  # (a name met only inside quotation marks, 'Measles is contagious', comes last)
                found = [c for c in found if self._named_outside(c, s)] + [c for c in found
                                                                        if not self._named_outside(c, s)]
            if SPEAKERS_BEFORE_MENTIONS and found and found[0] not in self.spoke \
                    and not self._subject_near(found[0], s):
                k = self.article.paragraph_of(s)
                spoke = [c for c, p in reversed(self.spoke.items()) if c in found and k - p <= 3]
                if spoke and self.gender[spoke[0]] == want:
                    found = spoke  # '"I don't accept that," she replied': the witness, not the patient she spoke of
            cid = found[0] if found else None
            if cid is not None and self.gender[cid] is None:
                return self.people.clusters[cid].name
        if cid is None and DESCRIBED_SUBJECTS:
            described = self._described_subject_before(s, want)
            if described is not None:
                return described  # 'The governor struck a cautious note. Prices were rising, he said': the governor
        if HEADLINE_ONLY_ASIDE and cid is not None and cid in self.headline_only and s >= self.headline_end:
            # a name only the headline gives ('Council Approves Ferry Subsidy Despite Protests': NER's
            # 'Ferry Subsidy Despite') is not who a pronoun in the body refers to
            cid = next((m.cluster for m in reversed(self.people.mentions) if m.start < s
                        and m.cluster not in self.headline_only and self._agrees(m.cluster, want)), None)
        if cid is None and UNTAGGED_LAST and self.last_untagged is not None:
            name, at, para = self.last_untagged
            if at < s and 0 <= self.article.paragraph_of(s) - para <= 1:
                return name  # '"...," Adeyemi said in the statement. // She said the council would ...'
        if NAMED_IN_CONTENT_ASIDE and cid is not None and f is not None and not f.fronted \
                and self._named_in_content(cid, f):  # (not '[Reyes] was for Berg ..., he said': Reyes may be 'he')
            # 'She said Tennant stood to collect a large payout': not Tennant, but the last one named before who can be
            # 'she', in this paragraph or the one before; else no one
            near = self.article.para_bounds(s)[0] if self.article.paragraph_of(s) == 0 else \
                self.article.paragraphs[self.article.paragraph_of(s) - 1][0]
            cid = next((m.cluster for m in reversed(self.people.mentions) if near <= m.start < s and m.cluster != cid
                        and self._agrees(m.cluster, want) and not self._named_in_content(m.cluster, f)), None)
        if cid is None:
            return None
        self.last_person = cid
        self.pronouns[s] = cid
        return self.people.clusters[cid].name

    def _lede_role_named_next(self, f: Frame, name: str | None) -> int | None:
        """The person a lede's or headline's role without a name is, by `LEDE_ROLES_NAMED_NEXT`, or None."""
        art = self.article
        s, e = f.speaker_span
        mention = art.text[s:e].split(",")[0].strip()
        words = re.findall(r"[\w’'-]+", mention.lower())
        body, lede = self.lede
        if not words or not (1 if s < body else 2) <= len(words) <= 20 or (
                name and name in {c.name for c in self.people.clusters}):
            return None
        head = f.subj.lower_ if f.subj is not None and s <= f.subj.idx < e and f.subj.tag_ in ("NN", "NNP") \
            else words[-1]
        if not (words[0] in _LEAD_WORDS or re.fullmatch(r"[\w-]+['’]s", words[0]) or f.headline_tail or s < body):
            return None
        desc = _description_words(words)
        if not (head in PERSON_NOUNS | OFFICES | _LEDE_OFFICES | _OCCUPATIONS | RELATION_NOUNS | _SCHOOL_HEADS
                or head.endswith(("ist", "ian"))) or head.endswith("s") or any(
                s <= m.start < e for m in self.people.mentions):
            return None
        if lede is None or art.paragraph_of(s) > lede:
            return None
        lede_end = art.paragraphs[lede][1]
        if any(body <= m.start < lede_end for m in self.people.mentions):
            return None  # (the lede names someone: the role may be theirs)
        before = {m.cluster for m in self.people.mentions if m.start < lede_end}
        for m in self.people.mentions:
            if m.start < lede_end or m.cluster in before:
                continue
            if art.paragraph_of(m.start) > lede + 2:
                return None
            toks = art.tokens_between(m.start, m.end)
            if not toks or art.in_quote[toks[0].i] >= 0:
                continue  # (a name inside a quotation)
            root = toks[-1]
            while root.head.i != root.i and m.start <= root.head.idx < m.end:
                root = root.head
            subject = root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"))
            titles = _description_words(self.people.clusters[m.cluster].titles) - _BARE_HONORIFICS
            roles = {c.lemma_.lower() for c in root.children if c.dep_ == "appos"} | (
                {root.head.lemma_.lower()} if root.dep_ == "appos" else set())
            roles = {r for r in roles if r in PERSON_NOUNS}
            if not subject:
                if titles or roles:
                    return None  # ('introduced by Senator Adaeze Morrow' is not 'one senior senator' of the lede)
                continue  # (a person named in passing: 'Rents rose fastest in Dunholm')
            if (titles and _titles_match(desc, titles)) or roles & desc:
                others = {n.cluster for n in self.people.mentions if n.cluster != m.cluster and n.cluster not in before
                          and art.paragraph_of(n.start) <= lede + 2
                          and _titles_match(desc, _description_words(self.people.clusters[n.cluster].titles))}
                return None if others else m.cluster  # 'Foreign Minister Radoslava Minck held up ...' (not one of
                # two ministers named: 'Health Minister Ben Hale and Transport Minister Ines Varga')
            verb = root.head if root.dep_ != "appos" else root.head.head
            if titles or roles or not (verb.lemma_.lower() in SPEECH_LEMMAS or any(
                    art.in_quote[t.i] >= 0 for t in root.sent)):
                return None  # (the first new person is someone else: 'Analyst Tom Reed said', 'X, an analyst,',
                # 'Terrence Holloway, 29, died in his cell')
            return m.cluster
        return None

    def _lede_body_named_next(self, f: Frame, name: str | None) -> str | None:
        """The organisation a lede's or headline's body without a name is, by `LEDE_BODIES_NAMED_NEXT`, or None."""
        art = self.article
        s, e = f.speaker_span
        mention = art.text[s:e].split(",")[0].strip()
        words = re.findall(r"[\w’'-]+", mention.lower())
        body, lede = self.lede
        if not words or len(words) > 8 or not (words[0] in _LEAD_WORDS or re.fullmatch(r"[\w-]+['’]s", words[0])
                                               or s < body):
            return None
        if any(w[:1].isupper() for w in mention.split()[1:] if not re.search(r"['’]s$", w)
               and not (BASED_BODIES and re.fullmatch(r"[A-Z][\w’'.-]*-based", w))):  # ('A Ferrand-based ... company')
            return None  # (a name: 'the Harbour Board')
        head = f.subj.lower_ if f.subj is not None and s <= f.subj.idx < e and f.subj.tag_ == "NN" else words[-1]
        if head not in _FIRM_HEADS | _PUBLIC_HEADS or head != words[-1]:
            return None
        if lede is None or art.paragraph_of(s) > lede:
            return None
        lede_end = art.paragraphs[lede][1]
        found = []
        for ent in art.doc.ents:
            if ent.label_ not in ("ORG", "PERSON") or ent.start_char < lede_end or art.in_quote[ent.root.i] >= 0:
                continue
            if art.paragraph_of(ent.start_char) > lede + 2:
                break
            if self.people.cluster_at(ent.start_char, ent.end_char) is not None:
                continue
            root = ent.root
            if root.dep_ not in ("nsubj", "nsubjpass") and not (root.dep_ == "appos" and root.head.dep_ == "nsubj"):
                continue
            verb = root.head if root.dep_ != "appos" else root.head.head
            if verb.lemma_.lower() not in SPEECH_LEMMAS and verb.lemma_.lower() not in ("apply", "object"):
                continue
            found.append(re.sub(r"^[Tt]he\s+", "", strip_possessive(ent.text)))
        if not found:
            return None
        named = [n for n in found if head in n.lower().split()]
        if named:
            return named[0]
        if head in {w for n in found for w in n.lower().split()}:
            return None
        public = head in _PUBLIC_HEADS
        kind = [n for n in found if (n.split()[-1].lower() in _PUBLIC_NAME_ENDS) == public]
        return kind[0] if kind and kind[0] == found[0] else None

    def _subject_near(self, cid: int, pos: int) -> bool:
        """Whether person ``cid`` is named as a subject before ``pos`` in its paragraph or the one before
        (`SPEAKERS_BEFORE_MENTIONS`: 'Godane ... seized world attention ... "...," he said' is his)."""
        art = self.article
        k = art.paragraph_of(pos)
        for m in self.people.mentions:
            if m.cluster != cid or m.start >= pos or not 0 <= k - art.paragraph_of(m.start) <= 1:
                continue
            span = art.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                return True
        return False

    def _only_titled_before(self, words: set[str], pos: int) -> int | None:
        """The one person named before ``pos`` whose titles have all of ``words`` (`TITLE_NOUNS`), else None."""
        seen = {m.cluster for m in self.people.mentions if m.start < pos}
        found = [cid for cid in seen if words <= self.people.clusters[cid].titles
                 and not (self.people.clusters[cid].titles & _TITLE_QUALIFIERS) - words]  # (not 'Shadow Chancellor X')
        return found[0] if len(found) == 1 else None

    def _lede_firm(self, pos: int) -> str | None:
        """The one company the lede names, before ``pos``, by `LEDE_FIRMS`, or None."""
        art = self.article
        body, lede = self.lede
        if lede is None or pos < art.paragraphs[lede][0]:
            return None
        ps, pe = art.paragraphs[lede]
        m = match_dateline(art.text[ps:min(pe, ps + 80)])
        ps = ps + m.end() if m is not None else ps  # (not 'Harbor Wire' of 'SOLVENNA, Ostravia (Harbor Wire) —')
        found = []
        for ent in art.doc.ents:
            if not ps <= ent.start_char < min(pe, pos):
                continue
            name = self._firm_name(ent)
            if name is not None and name not in found and not any(n.startswith(name) for n in found):
                found.append(name)
        return found[0] if len(found) == 1 else None

    def _firm_name(self, ent) -> str | None:
        """The name of a company that entity ``ent`` is, outside quotation marks ('The Tri-Valley Water Co.':
        'Tri-Valley Water Co.'), or None: not an organisation, a person of the article, a regulator, a court, a league,
        a newspaper, a news agency or a place, which 'the company' is not (`LEDE_FIRMS`)."""
        art = self.article
        if ent.label_ != "ORG" or art.in_quote[ent.root.i] >= 0 \
                or self.people.cluster_at(ent.start_char, ent.end_char) is not None:
            return None
        name = re.sub(r"^[Tt]he\s+", "", strip_possessive(ent.text)).strip()
        words = name.lower().replace(".", "").split()
        if not words or (FIRMS_NAMED_BEFORE and "\n" in name) or words[-1] in _PUBLIC_NAME_ENDS | _MASTHEAD_WORDS \
                or _is_outlet(name) or name.lower() in AGENCIES or (len(words) > 1 and words[-2] in _PUBLIC_NAME_ENDS) \
                or (words[-1] in BODY_NOUNS and words[-1] not in _ORG_NAME_ENDS) or words[0] in _PLACE_WORDS \
                or words[-1] in _PLACE_WORDS:
            return None
        return name

    def _firm_named_before(self, pos: int, *, own_paragraph: bool = False) -> str | None:
        """For 'the company' or 'the firm' at ``pos`` that no rule gave a name: the company last named before it, in its
        paragraph or the one before ('Tri-Valley said ... The company said', 'built by Summit Highway Concessions Ltd
        ... In a statement, the firm said'; `FIRMS_NAMED_BEFORE`), else None. Its fullest name of the article is
        given ("Skyline Habitat's lawyer": 'Skyline Habitat Developers Ltd'). With ``own_paragraph``, in its paragraph
        only."""
        art = self.article
        k = art.paragraph_of(pos)
        start = art.paragraphs[k if own_paragraph else max(k - 1, 0)][0]
        if k == 0 or pos < self.headline_end:
            return None
        names = [self._firm_name(ent) for ent in art.doc.ents if start <= ent.start_char < pos and (
            ent.root.dep_ in ("nsubj", "nsubjpass", "poss", "appos", "conj")
            or ent.root.dep_ == "pobj" and ent.root.head.lower_ == "by"
            or any(c.dep_ == "appos" and c.lemma_.lower() in ("company", "firm") for c in ent.root.children))]
        # (not 'outside Parliament', 'the Drenmark section'; 'Shares in Nordvik Energia, the state-backed company')
        name = next((n for n in reversed(names) if n is not None), None)
        if name is None:
            return None
        fuller = [self._firm_name(ent) for ent in art.doc.ents if ent.start_char < pos]
        return next((n for n in fuller if n is not None and n != name and n.startswith(name + " ")), name)

    def _named_in_content(self, cid: int, f: Frame | None) -> bool:
        """Whether the person ``cid`` is named in the content of ``f``: by a mention of theirs, or by their surname
        where no mention of another person covers it and no one else of the article has that surname
        (`NAMED_IN_CONTENT_ASIDE`; not Bill Clinton for 'showing support for Hillary Clinton's "public option"')."""
        if f is None or f.content is None:
            return False
        cs, ce = f.content
        inside = [m for m in self.people.mentions if cs <= m.start < ce]
        if any(m.cluster == cid for m in inside):
            return True
        surname = self.people.clusters[cid].name.split()[-1]
        if any(c.name.split()[-1] == surname for k, c in enumerate(self.people.clusters) if k != cid):
            return False
        return any(not any(m.start <= cs + x.start() < m.end for m in inside)
                   for x in re.finditer(rf"\b{re.escape(surname)}\b", self.article.text[cs:ce]))

    def co_speakers(self, f: Frame | None, speaker: str | None) -> tuple[str, ...]:
        """The other people a coordinated speaker mention names ('Lindsey Graham and David Perdue
        said', 'Ann Ortiz, Petra Lind and Tom Hadley said'): the people whose names are joined to
        the mention's head word, or to the name the speaker was resolved to, by 'and' or a comma;
        not those in a clause or phrase of the mention ('advisers to Clinton and Kaine')."""
        if f is None or f.subj is None or f.speaker_span is None or f.handle is not None or not speaker:
            return ()
        s, e = f.speaker_span
        group = _coordinated_groups(f.subj, s, e)
        if group and group[0] == speaker:
            return tuple(group[1:])
        art = self.article
        mentions = self.people.mentions  # in document order: those inside the span by bisection
        inside = mentions[bisect.bisect_left(self._mention_starts, s):bisect.bisect_left(self._mention_starts, e)]
        heads = {f.subj.i}
        for m in inside:
            if self.people.clusters[m.cluster].name == speaker:
                span = art.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    heads.add(span.root.i)
        names: list[str] = []
        for m in inside:
            if m.end > e:
                continue
            span = art.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            tok = span.root
            while tok.i not in heads and tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
                tok = tok.head
            if tok.i not in heads or span.root.i in heads:
                continue
            name = self.people.clusters[m.cluster].name
            if name != speaker and name not in names:
                names.append(name)
        return tuple(names)

    def _named_in_apposition(self, head, start: int, end: int) -> int | None:
        """The person a noun heading a mention names in apposition inside it: "Boko Haram's
        leader, Abubakar Shekau," is Shekau, not the possessor, and "Trump's running mate — Gov. Mike
        Pence —" is Pence; None when there is no such name."""
        if head is None or not (head.lower_ in PERSON_NOUNS or head.pos_ == "NOUN"):
            return None
        for t in head.children:
            if t.dep_ == "appos" and t.i > head.i and start <= t.idx < end:
                if POSTNOMINALS and t.text.rstrip(".") in _POSTNOMINALS and t.i > head.i + 1:
                    t = t.doc[t.i - 1]  # ("Mr Brackley's barrister, Owen Tarrant KC,": the name before the letters)
                cid = self.people.cluster_at(t.idx, t.idx + len(t.text))
                if cid is not None:
                    return cid
        return None

    def _person_heading(self, start: int, end: int, head) -> int | None:
        """The person a speaker mention names: the PERSON mention that holds the mention's head
        word, or one that only qualifies it ('Clinton spokesman Brian Fallon'; not 'the Trump campaign'
        with `NAMED_AROUND`). A name in a prepositional phrase or clause of the mention is someone else:
        'a woman who has accused Bill Clinton' and 'advisers to Clinton' are not Clinton."""
        cid = self.people.cluster_at(start, end)
        if cid is None or head is None or not (start <= head.idx < end):
            return cid
        doc = self.article.doc
        inside = [m for m in self.people.mentions if m.start < end and start < m.end]
        for m in inside:
            if m.start <= head.idx < m.end:
                return m.cluster
            if POSTNOMINALS and head.text.rstrip(".") in _POSTNOMINALS and head.i > 0 \
                    and m.start <= doc[head.i - 1].idx < m.end:
                return m.cluster  # "Mr Brackley's barrister, Owen Tarrant [KC],": the head is the name's letters
        for m in inside:
            if (head.lower_ in RELATION_NOUNS or (NAMED_AROUND and head.lower_ in AROUND_NOUNS)
                    or (MORE_RELATIONS and head.lower_ in _MORE_RELATIONS)
                    or (EMPLOYERS and head.lower_ in _EMPLOYERS)
                    or (PICKS_AND_BACKERS and head.lower_ in _PICKS_AND_BACKERS)) and m.end <= head.idx:
                continue  # "Foley's family", "Clinton advisers": other people than Foley or Clinton
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            tok = span.root if span is not None else head
            if TITLES_CLOSED_BY_NAMES and span is not None and span.start > 0 and m.end >= end - 1 \
                    and head.text[:1].isupper() and _person_role(head.lower_) and tok.head.lower_ in ("of", "for") \
                    and head.lower_ not in RELATION_NOUNS | _MORE_RELATIONS | _PICKS_AND_BACKERS:
                before = doc[span.start - 1]  # 'Leader of the Opposition R. Kamalakannan': the name ends the title
                if before.text[:1].isupper() and before.pos_ in ("NOUN", "PROPN") and before.head.i == tok.i \
                        and before.dep_ == "compound" and tok.dep_ == "pobj" and before.lower_ not in ("the", "a"):
                    return m.cluster
            while tok.i != head.i:
                if tok.dep_ in _NOT_THE_SPEAKER:
                    break
                if tok.head.i == tok.i or not (start <= tok.head.idx < end):
                    return m.cluster  # the parse does not lead to the head: keep the name
                tok = tok.head
            else:
                return m.cluster
        return None

    def _named_outside(self, cid: int, pos: int) -> bool:
        """Whether person ``cid`` is named before ``pos`` outside quotation marks (`QUOTED_NOT_REFERENTS`)."""
        art = self.article
        for m in self.people.mentions:
            if m.cluster != cid or m.start >= pos:
                continue
            span = art.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span) or art.in_quote[span.root.i] < 0:
                return True
        return False

    def _named_since(self, pos: int, want: str) -> int | None:
        """The last person named (outside quotation marks) in the paragraph of a pronoun before it,
        or in the paragraph before when the pronoun's paragraph names no one, whom the article
        shows to be of the pronoun's gender ('... a message from Wendy Sherman, reporting ...
        "...," she wrote.')."""
        art = self.article
        ps, _pe = art.para_bounds(pos)
        k = art.paragraph_of(pos)
        start = art.paragraphs[k - 1][0] if NAMED_SINCE == "paragraph before" and k > 0 else ps
        named_here = False
        for m in reversed(self.people.mentions):
            if m.start >= pos:
                continue
            if m.start < start or (m.start < ps and named_here):
                return None
            span = art.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span) and art.in_quote[span.root.i] >= 0:
                continue
            named_here = named_here or m.start >= ps
            if self.gender[m.cluster] == want:
                return m.cluster
        return None

    def _body_named_before(self, noun: str, pos: int) -> bool:
        """Whether the article names, before ``pos``, the one body with ``noun`` as the last word of its name, and the
        organisation that spoke last is not one with that word in its name ('the board of elections' said, then 'the
        board said': the same; `BODIES_NAMED_BY_NOUN`)."""
        if noun not in BODY_NOUNS or noun in self._last_org_words() or noun in _COMPANY_NOUNS | _FIRM_HEADS:
            return False  # (a company is read by `FIRMS_NAMED_BEFORE`: not 'Halden Fire Company' for 'The company')
        named = self._only_body_named(noun)
        return 0 <= (self.article.text.find(named) if named else -1) < pos

    def _other_kind(self, noun: str) -> bool:
        """Whether the organisation that spoke last is of another kind than ``noun`` says: named by a description
        with another noun ('The labour ministry' for 'the union'), or by a name with a word of `_BODY_KINDS` that is
        not ``noun`` ('The opposition Civic Renewal party' for 'the ministry'; `DESCRIBED_BODIES_KEEP_NOUNS`)."""
        words = self._last_org_words()
        if noun in words:
            return False
        if FIRMS_OTHER_KIND and noun not in _FIRM_HEADS and noun in _BODY_KINDS | _PUBLIC_HEADS \
                and self.last_org.replace(".", "").split()[-1].lower() in _FIRM_SUFFIXES:
            return True  # 'Tidemark Foods Ltd. will shut its cannery, the company said. The union accused ...'
        if GROUPS_NOT_BODIES and self.last_org_people and noun in _BODY_KINDS:  # (a group may be 'Friends of X')
            return True  # 'Villagers in Fenbury Cross have described ... The county council says': not the villagers
        if KIND_SYNONYMS and any(noun in group and words & group for group in _KIND_SYNONYMS):
            return False  # 'the regulator' after 'The Fair Markets Authority'
        if self.last_org.lower().startswith("the ") and not any(c.isupper() for c in self.last_org[1:]):
            return True
        return bool(words & (_BODY_KINDS | (_MORE_BODY_KINDS if KIND_SYNONYMS else frozenset())))

    def _last_org_words(self) -> set[str]:
        """The words of the name of the organisation that spoke last, in lower case."""
        return set(re.findall(r"[\w’'-]+", self.last_org.lower()))

    def _is_place(self, name: str) -> bool:
        """Whether the article's entity recogniser tags ``name`` as a country, a city or a state."""
        name = strip_possessive(name.strip()).removeprefix("the ").removeprefix("The ")
        return any(e.label_ == "GPE" and e.text.removeprefix("the ").removeprefix("The ") == name
                   for e in self.article.doc.ents)

    def _spoke_as_org(self, name: str, pos: int) -> str:
        """Remember an organisation that spoke at ``pos`` ('it' and 'the company' may refer to it)."""
        self.last_org, self.last_org_paragraph = name, self.article.paragraph_of(pos)
        span = self.article.doc.char_span(pos, pos + 1, alignment_mode="expand") if GROUPS_NOT_BODIES else None
        self.last_org_people = bool(span) and span[0].tag_ == "NNS" and name.split()[0] == span[0].text
        return name

    def _named_just_before(self, pos: int) -> int | None:
        """The person named last before ``pos``, in its paragraph or the one before, else None."""
        m = next((m for m in reversed(self.people.mentions) if m.start < pos), None)
        art = self.article
        return m.cluster if m is not None and 0 <= art.paragraph_of(pos) - art.paragraph_of(m.start) <= 1 else None

    def _body_subject_of_sentence(self, pos: int) -> str | None:
        """For 'it' speaking at ``pos`` inside a sentence whose main subject, before it, is a name in apposition to a
        noun for a body ('Green Furrow, a campaign group,', a name the recogniser may take for a person's): that name
        (`IT_SENTENCE_BODIES`), else None."""
        art = self.article
        toks = art.tokens_between(pos, pos + 1)
        if not toks or toks[0].i == toks[0].sent.start:
            return None
        subj = _main_subject(toks[0].sent)
        if subj is None or subj.i >= toks[0].i or art.in_quote[subj.i] >= 0 or subj.pos_ != "PROPN" or not any(
                c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in BODY_NOUNS | ORG_NOUNS
                for c in subj.children):
            return None
        ms, me = art.mention_span(subj)
        return art.text[ms:me].split(",")[0].strip() or None

    def _body_subject_before(self, pos: int, *, places: bool = False, documents: bool = False) -> str | None:
        """For 'it' speaking at ``pos``: the organisation that is the subject of the main clause of the sentence
        just before, in its paragraph (an organisation's name, or a singular noun of `BODY_NOUNS`; with
        ``places``, a country's name too), when no organisation is named before the pronoun in its own sentence
        (`IT_SUBJECT_BODIES`), else None. With ``documents``, a document ('The 212-page report ... It said') or an
        authority or a regulator is one too (`IT_DOCUMENTS`)."""
        art = self.article
        toks = art.tokens_between(pos, pos + 1)
        if not toks or any(t.ent_type_ == "ORG" or t.lower_ in BODY_NOUNS
                           for t in art.doc[toks[0].sent.start:toks[0].i]):
            return None  # (an organisation named before the pronoun in its own sentence)
        before = self._sentence_before(toks[0])
        if before is None:
            return None
        subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subj is None and documents:
            subj = next((c for c in before.root.children if c.dep_ == "nsubjpass" and c.lower_ in DOCUMENT_NOUNS), None)
        if subj is None or art.in_quote[subj.i] >= 0 or subj.tag_ not in ("NN", "NNP") \
                or not (subj.lower_ in BODY_NOUNS or subj.ent_type_ == "ORG" or (places and subj.ent_type_ == "GPE")
                        or (documents and subj.lower_ in DOCUMENT_NOUNS | _MORE_BODY_NOUNS)
                        or (IT_UNTAGGED_SPEAKERS and _untagged_speaking_name(subj, before.root))):
            return None
        ms, me = art.mention_span(subj)
        if documents and subj.lower_ in DOCUMENT_NOUNS:  # 'The 212-page report, published on Tuesday,': the report
            return art.text[ms:me].split(",")[0].strip() or None
        # (the name, not a clause about it: 'The Harbour Bank, which owns the ferries,')
        return re.split(r",\s*(?:which|who|that|whose)\b", art.text[ms:me])[0].strip(" ,") or None

    def _name_subject_before(self, pos: int) -> str | None:
        """The name of one word that is the subject of the main clause of the sentence just before ``pos``, in its
        paragraph, whatever the recogniser tagged it (for 'its', not a person: 'Kethra reacted angrily. Its foreign
        ministry ...', 'Kethra' tagged a person; `ITS_BODIES`), else None."""
        toks = self.article.tokens_between(pos, pos + 1)
        before = self._sentence_before(toks[0]) if toks else None
        subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None) if before is not None else None
        if subj is None or subj.tag_ != "NNP" or self.article.in_quote[subj.i] >= 0 or subj.left_edge.i != subj.i \
                or subj.right_edge.i != subj.i:
            return None
        return subj.text

    def _untagged_subject_before(self, pos: int) -> str | None:
        """The speaker of the pronoun's own sentence, or for a pronoun opening its sentence of the
        sentence just before it in its paragraph, when that speaker is a name the entity recogniser
        did not tag as a person ('Elif Aydin, who chairs the guild, welcomed the ban. She added ...',
        'Gustav Rennholt ... urged voters to reject what he called ...'), else None."""
        art = self.article
        toks = art.tokens_between(pos, pos + 1)
        if not toks:
            return None
        sent = toks[0].sent
        if toks[0].i != sent.start:  # 'Gustav Rennholt ... urged voters to reject what he called ...'
            found = self.untagged.get(sent.start)
            if found is not None or not UNTAGGED_SUBJECTS_BEFORE or toks[0].head.i != sent.root.i:
                return found
        before = self._sentence_before(toks[0])
        if before is None:
            return None
        found = self.untagged.get(before.start)
        if found is None and UNTAGGED_SUBJECTS_BEFORE:
            # 'Secretary-General Amara Diallo-Fenn welcomed the vote. In a statement, she said ...' (no cue the
            # rules take, no PERSON entity): the name that is the main subject of the sentence before
            subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
            if subj is not None and art.in_quote[subj.i] < 0:
                ms, me = art.mention_span(subj)
                found = _untagged_person(subj, ms, me, art.text[ms:me].strip())
                if found is None and subj.pos_ == "PROPN" and any(
                        c.dep_ == "relcl" and any(x.lower_ == "who" for x in c.children) for c in subj.children):
                    # 'Isla Macrae, who runs a guesthouse, is one of the leading opponents. She said ...'
                    name = re.split(r",\s*who\b", art.text[ms:me])[0].strip(" ,")
                    found = name if is_person_name(name) and not any(t.ent_type_ == "PERSON" for t in subj.subtree) \
                        else None
            if found is not None:
                self.untagged[sent.start] = found  # whom a pronoun in the next sentence may be too
        return found

    def _noun_subject_before(self, pos: int):
        """The main subject of the sentence before the one at ``pos``, in its paragraph, when it is a singular common
        noun outside quotation marks ('The governor struck a cautious note.'), else None."""
        art = self.article
        toks = art.tokens_between(pos, pos + 1)
        before = self._sentence_before(toks[0]) if toks else None
        if before is None:
            return None
        subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or art.in_quote[subj.i] >= 0:
            return None
        return subj

    def _unnamed_subject_before(self, pos: int, want: str | None) -> _Described | None:
        """For 'he' or 'she' at ``pos``: the main subject of the sentence before it in its paragraph when that is a
        person described, not named, with a clause that says so ('One refuse collector, who did not want to be
        named for fear of losing his job, was less confident. He said ...'), and of the pronoun's gender as far as
        the clause tells it; else None (`ANONYMOUS_DESCRIPTIONS`)."""
        art = self.article
        subj = self._noun_subject_before(pos)
        if subj is None:
            return None
        who = next((c for c in subj.children if c.dep_ == "relcl" or (ANONYMOUS_PARTICIPLES and c.dep_ == "acl"
                                                                    and c.tag_ == "VBG")), None)
        if not _unnamed_by_request(who) or not any(
                c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in subj.children):
            return None
        gender = _clause_gender(who)
        if want is not None and gender not in (None, want):
            return None
        start = subj.left_edge.idx
        end = max((t for t in subj.subtree if t.i <= subj.i), key=lambda t: t.i)
        name = art.text[start:end.idx + len(end)]
        return _Described(name, end.idx + len(end), art.paragraph_of(start), False, gender, unnamed=True)

    def _indefinite_main_subject(self, s: int, want: str | None) -> str | None:
        """For 'he' or 'she' at ``s`` inside a clause of a sentence whose main subject, before it, is one person
        described and not named ('A spokesman for the Chancellor declined to comment on what he called ...'): that
        description, when its words do not say another gender (`INDEFINITE_MAIN_SUBJECTS`); else None."""
        art = self.article
        toks = art.tokens_between(s, s + 1)
        if not toks or toks[0].dep_ != "nsubj" or art.in_quote[toks[0].i] >= 0:
            return None
        subj = _main_subject(toks[0].sent)
        if subj is None or subj.i >= toks[0].i or subj.tag_ != "NN" \
                or subj.lemma_.lower() not in PERSON_NOUNS or art.in_quote[subj.i] >= 0 \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children) \
                or toks[0].head.i == subj.head.i \
                or any(t.ent_type_ == "PERSON" and t.i <= subj.i for t in subj.subtree):
            return None
        words = {t.lower_ for t in subj.subtree}
        gender = "m" if words & _MALE_WORDS else "f" if words & _FEMALE_WORDS else None
        if want is not None and gender not in (None, want):
            return None
        if subj.head.i in self.said_by:
            return self.said_by[subj.head.i]  # (the description as its own statement named it)
        ms, me = art.mention_span(subj)
        return re.split(r",\s", art.text[ms:me])[0].strip() or None

    def _replier(self, f: Frame, s: int, want: str | None) -> int | None:
        """For a pronoun that replies ('"...," she replied.') after a sentence in which a person asked something
        ('Ollerenshaw asked whether she considered herself that chairman.'): the last other person to speak, within
        three paragraphs, who can be the pronoun (`REPLIES_NOT_ASKERS`), else None."""
        art = self.article
        toks = art.tokens_between(min(s, f.content[0]) if f.content else s, s + 1)
        before = self._sentence_before(toks[0], paragraphs=1) if toks else None
        if before is None:
            return None
        asker = next((self.people.cluster_at(c.idx, c.idx + len(c)) for a in before if a.lemma_.lower() in ASKING_LEMMAS
                      and a.pos_ == "VERB" for c in a.children if c.dep_ == "nsubj"), None)
        if asker is None:
            return None
        k = art.paragraph_of(s)
        return next((c for c, p in reversed(self.spoke.items()) if c != asker and k - p <= 3 and self._agrees(c, want)),
                    None)

    def _sentence_before(self, tok, *, paragraphs: int = 0):
        """The sentence just before the one of ``tok``, when it lies in the same paragraph (or up to ``paragraphs``
        paragraphs before it), else None."""
        sent = tok.sent
        if sent.start == 0:
            return None
        art = self.article
        before = art.doc[sent.start - 1].sent
        return before if art.paragraph_of(tok.idx) - art.paragraph_of(before.start_char) <= paragraphs else None

    def _fronted_subject(self, f: Frame, want: str | None) -> int | None:
        """For a pronoun who says a content fronted before it in the same sentence ('Chris Shays was
        for Kasich while the governor ran, he said'): the person who is the subject of the content's
        clause, outside quotation marks and able to be the pronoun, else None."""
        art = self.article
        if not f.fronted or f.content is None or f.verb is None or f.speaker_span is None \
                or f.content[1] > f.speaker_span[0]:
            return None
        clause = next((c for c in f.verb.children if c.dep_ == "ccomp" and c.i < f.verb.i), None)
        subj = None if clause is None else next(
            (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or art.in_quote[subj.i] >= 0:
            return None
        if subj.pos_ != "PROPN":  # 'Former councillor Dan Reyes was ...': the name in apposition
            noun = subj
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if subj is None:
                return None
            if GENDERED_APPOSITIONS and want is not None and noun.lower_ in (
                    _MALE_WORDS if want == "f" else _FEMALE_WORDS):
                return None  # 'Her brother, Marc Boudreau, supports the call for an inquiry, she said': not him
            if OWNED_APPOSITIONS_ASIDE and any(c.dep_ == "poss" for c in noun.children):
                return None  # "The charity's former treasurer, Howard Lindqvist, approved every payment, she said"
        cid = self.people.cluster_at(*_compound_name(subj))
        return cid if cid is not None and self._agrees(cid, want) else None

    def _subject_before(self, pos: int) -> int | None:
        """The person who is the subject of a main clause just before a pronoun, in its paragraph
        ('Minister Carla Brennan rejected the claim. The turbines, she said, ...')."""
        art = self.article
        ps, _pe = art.para_bounds(pos)
        toks = art.tokens_between(pos, pos + 1) if PHRASES_BEFORE_PRONOUNS else []
        here = art.tokens_between(pos, pos + 1) if CONTENT_SUBJECTS_ASIDE else []
        for ent in reversed(art.doc.ents):
            if ent.start_char >= pos or ent.label_ != "PERSON":
                continue
            if ent.start_char < ps:
                break
            if art.in_quote[ent.root.i] >= 0:
                continue  # a name inside the quotation is not who speaks it
            if CONTENT_SUBJECTS_ASIDE and here and ent.sent.start == here[0].sent.start \
                    and ent.root.head.i != here[0].head.i and here[0].head.lemma_.lower() in SPEECH_LEMMAS \
                    and here[0].head.dep_ == "parataxis" and here[0].head.head.i == ent.root.head.i:
                continue  # 'De Lichtervelde-Gérard, he said, "has put ..."': the subject of what he said, not him
            if ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.dep_ == "ROOT":
                return self.people.cluster_at(ent.start_char, ent.end_char)
            if INVERTED_SUBJECTS and ent.root.dep_ == "attr" and ent.root.head.dep_ == "ROOT" \
                    and ent.root.head.lemma_ == "be" and ent.root.head.i < ent.root.i \
                    and not any(c.dep_ in ("nsubj", "expl") for c in ent.root.head.children):
                return self.people.cluster_at(ent.start_char, ent.end_char)  # 'Among the crew was Jarrah O'Donnell'
            opening = _opening_name(ent.sent) if OPENING_NAMES else None
            if opening is not None and opening.start == ent.start:
                return self.people.cluster_at(ent.start_char, ent.end_char)  # ('Magpies forward [Eamon Ngata], ...')
            if opening is not None and opening.end <= ent.start and ent.end <= ent.sent.root.i:
                continue  # '[Eamon Ngata], a cousin of the [Stingrays] captain, kicked five goals': not the captain
            if SKIP_DESCRIBED and ent.root.dep_ == "appos" and ent.root.head.dep_ in ("nsubj", "nsubjpass") \
                    and ent.root.head.head.dep_ == "ROOT":
                return self.people.cluster_at(ent.start_char, ent.end_char)  # 'Trade Minister Dario Menck'
            if SUBJECT_END_NAMES and ent.root.dep_ == "appos" and _ends_subject(ent):
                # 'A lawyer for a group of Ashcombe supporters, Phillip Sorensen, told ...' (hung on 'supporters')
                return self.people.cluster_at(ent.start_char, ent.end_char)
            if ROOT_NAMES and ent.root.dep_ == "ROOT" and ent.root.pos_ == "PROPN" and any(
                    c.dep_ == "relcl" for c in ent.root.children):
                return self.people.cluster_at(ent.start_char, ent.end_char)  # ('X, who won 37 percent, seized ...')
            if SKIP_DESCRIBED and _in_description(ent.root):
                continue  # 'Dario Menck, who travelled to Lirenz, thanked ... He said': not Lirenz
            if PHRASES_BEFORE_PRONOUNS and ent.root.dep_ in ("pobj", "appos", "dobj") and toks and \
                    ent.root.sent.start == toks[0].sent.start and art.in_quote[toks[0].i] < 0:
                continue  # 'In a statement read by his spokesman, Teodor Rus, he said': not the spokesman
            return None
        if not UNTAGGED_SURNAMES:
            return None
        # no person tagged in the paragraph before it: a surname of the article's people that is a main clause's
        # subject ('[Mendes] has refused to step aside ... On Tuesday he said', 'Mendes' not tagged)
        subj = next((t for t in reversed(art.tokens_between(ps, pos)) if t.dep_ in ("nsubj", "nsubjpass")
                     and t.head.dep_ == "ROOT" and t.text[:1].isupper()
                     and t.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and art.in_quote[t.i] < 0), None)
        return self.people.match_name(subj.text, subj.idx if NAMESAKES else None) if subj is not None else None

    def _same_pronoun_before(self, pos: int, low: str, *, quote_opens: bool = False) -> int | None:
        """The person whom ``low`` ('she') as the main subject of the sentence before the one at ``pos``, in its
        paragraph, was resolved to (with ``quote_opens``, of the last sentence of the paragraph before one that opens
        with a quotation), else None (`SAME_PRONOUN_ON`)."""
        at = self._pronoun_subject_before(pos, low, quote_opens=quote_opens)
        return self.pronouns.get(at) if at is not None else None

    def _pronoun_subject_before(self, pos: int, low: str, *, quote_opens: bool = False) -> int | None:
        """Where ``low`` ('she') stands as the main subject of the sentence before the one at ``pos``, in its
        paragraph (with ``quote_opens``, of the last sentence of the paragraph before one that opens with a
        quotation), else None."""
        art = self.article
        if quote_opens:
            found = self._sentence_before_quote(pos)
            if found is None:
                return None
            before = found[0]
        else:
            toks = art.tokens_between(pos, pos + 1)
            if not toks or toks[0].sent.start == 0:
                return None
            before = art.doc[toks[0].sent.start - 1].sent
            if before.start_char < art.para_bounds(pos)[0]:
                return None
        return next((t.idx for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.lower_ == low
                     and art.in_quote[t.i] < 0), None)

    def _sentence_before_quote(self, pos: int):
        """For a pronoun in a paragraph that opens with a quotation: the last sentence of the
        paragraph before and that paragraph's start offset; else None."""
        art = self.article
        ps, _pe = art.para_bounds(pos)
        k = art.paragraph_of(pos)
        if k == 0 or art.text[ps:pos].lstrip()[:1] not in ALL_MARKS:
            return None
        prev_s, prev_e = art.paragraphs[k - 1]
        toks = art.tokens_between(prev_s, prev_e)
        return (toks[-1].sent, prev_s) if toks else None

    def _subject_of_paragraph_before(self, pos: int, want: str | None = None) -> int | None:
        """For a pronoun in a paragraph that opens with a quotation: the person who is the subject
        of the last sentence of the paragraph before ('Asked about it, Walsh offered her own plan.'
        / '"The fleet is too old," she said.'); a surname the entity recogniser did not tag as a
        person is matched to the article's people by name."""
        art = self.article
        found = self._sentence_before_quote(pos)
        if found is None:
            return None
        sent, prev_s = found
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                     and t.idx >= prev_s and art.in_quote[t.i] < 0), None)
        if APPOSED_SPEAKERS_BEFORE and subj is not None and (subj.pos_ == "NOUN" or CAPITAL_OFFICES_APPOSED
                                                             and subj.pos_ == "PROPN") \
                and (_person_role(subj.lower_) and subj.head.lemma_.lower() in SPEECH_LEMMAS
                     or KIN_APPOSED_BEFORE and want is not None and _word_gender(subj.lower_) == want and any(
                         c.dep_ == "poss" and c.lower_ == ("her" if want == "m" else "his") for c in subj.children)):
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > subj.i), subj)
            # "Corvus's chief executive, Aldous Fennimaine, said ... // "...," he told analysts': him
        if subj is None or subj.pos_ != "PROPN":
            return None
        left, end = _compound_name(subj)
        cid = self.people.cluster_at(left, end)
        return cid if cid is not None else self.people.match_name(art.text[left:end], left if NAMESAKES else None)

    def _paragraph_topic_before(self, pos: int, want: str | None) -> int | None:
        """For 'he' or 'she' in the first sentence of a paragraph that names no one before it: the person the paragraph
        before is about, the first name that is the subject of one of its main clauses, when no other name is and no
        'he' or 'she' of the other gender is after it, and no one else spoke in it (`PARAGRAPH_TOPICS`); else None."""
        art = self.article
        k = art.paragraph_of(pos)
        ps = art.paragraphs[k][0]
        toks = art.tokens_between(pos, pos + 1)
        if k == 0 or not toks or toks[0].sent.start_char > ps + 1 and art.text[ps:toks[0].sent.start_char].strip() \
                or any(ps <= m.start < pos for m in self.people.mentions) or want is None:
            return None
        prev_s, prev_e = art.paragraphs[k - 1]
        spoke = self.last_person  # (someone else who spoke in the paragraph before holds: 'Lopez said ...')
        sents = []
        for t in art.tokens_between(prev_s, prev_e):
            if not sents or t.sent.start != sents[-1].start:
                sents.append(t.sent)
        found = None
        for sent in sents:  # the name the paragraph opens with as a subject, no other name a subject after it
            subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or art.in_quote[subj.i] >= 0:
                continue
            if subj.lower_ in ("he", "she"):
                if found is not None and pronoun_gender(subj.lower_) != want:
                    return None
                continue
            if subj.pos_ != "PROPN":
                continue
            left, end = _compound_name(subj)
            cid = self.people.cluster_at(left, end)
            if cid is None:
                cid = self.people.match_name(art.text[left:end], left if NAMESAKES else None)
            if cid is None:  # ('Thérèse Boudreau-Lyle' not tagged, 'Boudreau-Lyle' tagged later)
                cid = self.people.match_name(art.text[left:end].split()[-1], left if NAMESAKES else None)
            if cid is None:
                continue  # (no person: 'Harbourview Hospital said')
            if found is not None and cid != found:
                return None  # ('Trump is getting a mixed reception ... Sheldon Adelson has indicated ...': either)
            found = cid
        if found is None or (spoke is not None and spoke != found and any(
                m.cluster == spoke and prev_s <= m.start < prev_e for m in self.people.mentions)):
            return None
        return found if self._agrees(found, want) else None

    def _introduced_before(self, pos: int, want: str | None) -> int | None:
        """For a pronoun in a paragraph that opens with a quotation: the last person whom the last
        sentence of the paragraph before introduces with a description ('..., courtesy of Wes
        Nakagiri, a delegate from Michigan who ...' / '"...," he said.') and who can be the
        pronoun (`INTRODUCED`)."""
        art = self.article
        found = self._sentence_before_quote(pos)
        if found is None:
            return None
        sent, prev_s = found
        for ent in reversed([e for e in art.doc.ents if e.label_ == "PERSON" and e.start >= sent.start
                             and e.end <= sent.end and e.start_char >= prev_s]):
            if art.in_quote[ent.root.i] >= 0 or not any(c.dep_ == "appos" for c in ent.root.children):
                continue
            cid = self.people.cluster_at(ent.start_char, ent.end_char)
            if cid is not None and self._agrees(cid, want):
                return cid
        return None

    def _described_subject_before(self, pos: int, want: str | None, *, named_only: bool = False) -> str | None:
        """For a pronoun at ``pos`` whom no named person can be: the person the sentence before it, in its paragraph,
        has as its main subject by a description ('The governor struck a cautious note.'), named as the one person
        whose titles match it when the article names them after (`_named_later`), else as the description
        (`DESCRIBED_SUBJECTS`); None when there is no such subject, or with ``named_only``, when no one named is it."""
        art = self.article
        subj = self._noun_subject_before(pos)
        if subj is None or subj.lemma_.lower() not in PERSON_NOUNS | _OCCUPATIONS or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            return None
        words = {t.lower_ for t in subj.subtree if t.i <= subj.i}
        if want is not None and words & (_MALE_WORDS if want == "f" else _FEMALE_WORDS):
            return None
        cid = self._named_later(words, pos)
        if cid is None and DESCRIBED_SUBJECTS_FIRST:
            cid = self._only_titled_before(_description_words(words) & (OFFICES | PERSON_NOUNS), pos)
            cid = cid if cid is not None and self._agrees(cid, want) else None  # 'Police Chief Dolores Vance-Whitaker'
        if cid is not None:
            if DESCRIBED_SUBJECTS_FIRST:
                self.last_person = cid
            return self.people.clusters[cid].name
        if named_only:
            return None
        ms, _me = art.mention_span(subj)
        return art.text[ms:subj.idx + len(subj)]

    def _named_later(self, words: set[str], pos: int) -> int | None:
        """The one person first named after ``pos`` whose titles match a description that no one
        named before it fits: 'the regional energy minister' in a story's first sentence is 'Energy
        Minister Carla Brennan' of its third paragraph. All of a one-word description must match,
        at least two words of a longer one; None when no one or several match."""
        desc = _description_words(words)
        if not desc & (OFFICES | PERSON_NOUNS | (_LEDE_OFFICES if LEDE_OFFICES else frozenset())):
            return None
        first: dict[int, int] = {}
        for m in self.people.mentions:
            first.setdefault(m.cluster, m.start)
        scored = [(_titles_match(desc, self.people.clusters[cid].titles), cid) for cid, start in first.items()
                  if start > pos]
        return _single_best(scored, min(2, len(desc)))

    def _only_body_named(self, noun: str, joined: bool = False) -> str | None:
        """The name of the one organisation of the article named with ``noun`` as its last word, in
        capitals ('cooperative': "Kestrel Bay Fishermen's Cooperative"), or None (no one, or several:
        'the company' when two companies are named); with ``joined``, its words may be joined by 'of' or 'for'
        ('the Office for Water Regulator'; not 'and', which a speaker's name does not keep)."""
        cap = noun[:1].upper() + noun[1:]
        link = "(?:(?:of|for)[ ]+)?" if joined else ""
        text = self.article.text
        pattern = rf"\b((?:[A-Z][\w’'&.-]*[ ]+{link}){{1,5}}){re.escape(cap)}\b"
        found = [_with_and_name(text, m.start()) + m.group(1) for m in re.finditer(pattern, text) if not (
            joined and re.search(r"[A-Z][\w’'.-]*\s+(?:and|&)\s+$", text[max(0, m.start() - 40):m.start()]))]
        # (with ``joined``, not the end of a name with 'and' in it: 'Utilities Regulator' of 'the Energy and ...')
        # (a name on one line, not a sentence's last word: 'late on Wednesday.\n\nCouncil member Dana Whitt')
        found = [w for w in found if not re.search(r"[a-z]{3,}\.[ ]", w)]
        names = {n.lower(): n for n in (re.sub(r"^(?:The|A|An)\s+", "", w + cap) for w in found) if n != cap}
        return next(iter(names.values())) if len(names) == 1 else None

    def _only_titled(self, words: set[str]) -> int | None:
        """The one person of the article whose titles match a description best ('mayor': 'Mayor
        Elena Vasquez'), else None (no one, or several as well)."""
        desc = _description_words(words)
        # (not a name made of headline words: 'Judge Blocks City's Ban' made 'Blocks City' a judge)
        scored = [(_titles_match(desc, c.titles), cid) for cid, c in enumerate(self.people.clusters)
                  if not (HEADLINE_ONLY_ASIDE and cid in self.headline_only)]
        return _single_best(scored, 1)

    def _first_titled(self, words: set[str]) -> int | None:
        """The person the body names first among those whose titles match a headline's description
        ('Senator': 'Senator Ellen Fraser' of the lede, not 'Senator Dale Ruiz' further down), when
        that person is named in the body's first paragraph that names anyone; else None."""
        desc = _description_words(words)
        first_line = self.article.text.find("\n")
        art = self.article
        body = [m for m in self.people.mentions if m.start > first_line  # (not the byline's 'By Carla Nunez')
                and not art.text[art.para_bounds(m.start)[0]:m.start].strip().lower() == "by"]
        if not body:
            return None
        lede = self.article.paragraph_of(body[0].start)
        for m in body:
            if self.article.paragraph_of(m.start) != lede:
                return None
            if _titles_match(desc, self.people.clusters[m.cluster].titles):
                return m.cluster
        return None

    def _titled(self, words: set[str], pos: int) -> int | None:
        """The one person named before ``pos`` whose titles match at least two words of a
        description ('the Vermont senator': 'Vermont Sen. Bernie Sanders'), else None."""
        desc = _description_words(words)
        seen = {m.cluster for m in self.people.mentions if m.start < pos}
        scored = [(_titles_match(desc, _description_words(self.people.clusters[cid].titles)), cid) for cid in seen]
        top = [cid for sc, cid in scored if sc >= 2]
        return top[0] if len(top) == 1 else None

    def _description(self, words: set[str], pos: int, *, headline: bool) -> int | None:
        desc = _description_words(words) - {"of"}
        clusters = self.people.clusters
        if headline:
            candidates = range(len(clusters))
        else:
            candidates = {m.cluster for m in self.people.mentions if m.start < pos}
        if FIELDS_DIFFER:  # 'the interior minister' is not the agriculture minister, whom 'minister' would match
            candidates = [cid for cid in candidates if not _fields_differ(desc, clusters[cid].titles)]
        scored = [(_titles_match(desc, _description_words(clusters[cid].titles) if EXPANDED_TITLES
                                 else clusters[cid].titles), cid) for cid in candidates]
        best = max((sc for sc, _ in scored), default=0)
        if best > 0:
            top = [cid for sc, cid in scored if sc == best]
            if self.last_person in top:
                return self.last_person
            if headline:
                return top[0]
            recent = self.people.last_before(pos)
            for m in reversed(self.people.mentions):
                if m.start < pos and m.cluster in top:
                    return m.cluster
            return recent
        if headline:
            return None
        if POSSESSED_ROLES and any(re.fullmatch(r"[\w-]+['’]s", w) for w in words):
            return None  # "According to the city's finance director": someone new, not the last person named
        if OF_ROLES and "of" in words:
            return None  # 'The leader of the council declined to say': not the historian named last
        cid = self.last_person if self.last_person is not None else self.people.last_before(pos)
        if HEADLINE_ONLY_FALLBACK and cid in self.headline_only and pos >= self.headline_end:
            return None  # 'the board president' is not 'Shouting Match Erupts', a name only the headline gives
        titles = set() if cid is None else (
            _description_words(clusters[cid].titles) if EXPANDED_TITLES else clusters[cid].titles)  # 'sen.': senator
        if cid is not None and OFFICE_CHECK and _other_office(desc, titles):
            return None  # 'the mayor' is not the person the article calls a senator
        if cid is not None and ROLE_CHECK and (desc & PERSON_NOUNS) - _ANY_ROLE and titles & PERSON_NOUNS:
            return None  # 'the council's finance director' is not the person the article calls a leader
        if cid is not None and ROLE_CHECK and FIELD_CHIEFS and desc & {"chief", "officer"} and desc & _CHIEF_FIELDS \
                and titles & PERSON_NOUNS and not _titles_match(desc & _CHIEF_FIELDS, titles):
            return None  # 'The chief medical officer said' is not the health minister named last
        return cid
