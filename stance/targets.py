"""Targets, and which statements concern which target (the relevance step of `stance.analyze`).

A `Target` is a name plus the other names an article may use for it; `mentions_target` says
whether a text names a target (by the name, its distinctive words, a user's alias or a
`KNOWN_ALIASES` metonym such as 'Baghdad' for the Iraqi government); `relevance` applies it to a
statement and the paragraphs around it; `mention_level` says where around a statement the
target is named (the input of a mention-aware model); `suggest_targets` proposes targets for an article.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .extract import Statement, load_nlp
from .extract.lexicon import AGENCIES, PAGE_LABELS, is_person_name
from .extract.text import replace_surrogates, surrogate_note
from .extract.speakers import People, name_gender, name_tokens  # the extractor's own name keys (titles dropped)

_STOP = set("""a an the of on in to for and or with by at from its their his her our this that these those
is are was were be been about over into""".split())
#: Words too general to tie a statement to a target alone ('the policy', 'the government'): a target
#: whose head is one of them also needs one of its other words ('Iraqi', 'Syria') to be matched.
_WEAK = set("""new policy policies government plan plans issue issues state states movement
change changes concern real law laws bill deal decision proposal approach line move program programme
party side group""".split())
#: Titles that introduce a person ('Finance Minister Ilse Vardan') and, alone with 'the', refer back
#: to them ('the minister'); see `DEFINITE_HEADS`.
_ROLES = set("""minister president senator secretary governor mayor chancellor premier spokesman spokeswoman
spokesperson chairman chairwoman director ambassador nominee congressman congresswoman judge prosecutor
commissioner councillor councilman councilwoman""".split())
_PREPOSITIONS = {"on", "of", "for", "to", "about", "over", "in", "toward", "towards", "against", "with"}


@dataclass(frozen=True)
class Target:
    """A target to score statements against, with other names the article may use for it.

    Example:
        >>> Target("the new US policy on Syria", aliases=["Washington's new approach"])
        Target(name='the new US policy on Syria', aliases=("Washington's new approach",))
    """

    name: str
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValueError(f"a target needs a non-empty name, got {self.name!r}")
        object.__setattr__(self, "aliases", tuple(self.aliases))

    def keywords(self) -> set[str]:
        """Content-word stems of the name and aliases."""
        words = set()
        for phrase in (self.name, *self.aliases):
            words |= _content_stems(phrase)
        return words

    def head(self) -> str | None:
        """The stem of the name's head noun: the last content word before a preposition."""
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", self.name)
        left = []
        for w in words:
            if w.lower() in _PREPOSITIONS and left:
                break
            left.append(w)
        content = [w for w in left if w.lower() not in _STOP and (len(w) > 2 or w.isupper())]
        return _stem(content[-1]) if content else None


@functools.lru_cache(maxsize=8192)
def _content_stems(phrase: str) -> frozenset[str]:
    """The stems of a phrase's content words (cached: a paragraph is matched against every target)."""
    return frozenset(_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", phrase)
                     if w.lower() not in _STOP and (len(w) > 2 or w.isupper()))


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude stem so 'referendum'/'referendums', 'Kurdish'/'Kurdistan'/'Kurds', 'Iraq'/'Iraqi' meet."""
    word = word.lower().replace("’", "'").split("'")[0]
    for suffix in ("istan", "ish", "ian", "ans", "an", "es", "s", "i"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


_WEAK_STEMS = frozenset(_stem(w) for w in _WEAK)


#: Names the news uses for a target without its words: capitals for governments, party nicknames.
#: A target whose name (lower case, without a leading 'the') contains a key is also named by the
#: key's values; user aliases (`Target.aliases`) come on top. A value written with capitals ('US',
#: 'UN', 'the Fed') names a target only as written: 'us', 'un' and 'fed' are other words; every other
#: value is matched in any case.
KNOWN_ALIASES: dict[str, tuple[str, ...]] = {
    "republican": ("republicans", "gop"),
    "democratic party": ("democrats", "dems"),
    "democrats": ("democratic party", "dems"),
    "united states": ("washington", "u.s.", "america", "the white house"),
    "us government": ("washington", "the white house", "u.s. government"),
    "american": ("washington",),
    "russia": ("moscow", "the kremlin"),
    "iraqi government": ("baghdad",),
    "iraq": ("baghdad",),
    "syrian government": ("damascus", "assad"),
    "china": ("beijing",),
    "chinese government": ("beijing",),
    "iran": ("tehran",),
    "turkey": ("ankara",),
    "north korea": ("pyongyang",),
    "ukraine": ("kiev", "kyiv"),
    "britain": ("london",),
    "united kingdom": ("britain", "london", "UK", "u.k."),
    "european union": ("brussels", "the eu"),
    "kurdistan regional government": ("erbil", "the krg"),
    "kurdistan": ("erbil",),
    "affordable care act": ("obamacare",),
    "islamic state": ("isis", "isil", "daesh"),
    "federal reserve": ("the Fed",),
    "united nations": ("UN", "u.n."),
}

#: The same for a target whose whole name (without a leading 'the') is one of these short forms:
#: 'U.S' is the United States, but 'the new US policy on Syria' is not named by 'Washington'.
KNOWN_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "u.s": ("united states", "u.s.", "US", "america", "washington"),
    "u.s.": ("united states", "US", "america", "washington"),
    "us": ("united states", "u.s.", "america", "washington"),
    "usa": ("united states", "u.s.", "US", "america"),
    "isis": ("islamic state", "isil", "daesh"),
    "isil": ("islamic state", "isis", "daesh"),
    "daesh": ("islamic state", "isis", "isil"),
    "fed": ("federal reserve",),
    "un": ("united nations", "u.n."),
    "uk": ("united kingdom", "britain", "u.k."),
}

#: Names that contain a target's name but name something else: "the White House" is not the House
#: of Representatives, "New Mexico" not Mexico. A target whose name (lower case, without a leading
#: 'the') equals a key is not named by the key's values.
KNOWN_OTHERS: dict[str, tuple[str, ...]] = {
    "house": ("white house", "opera house", "house of lords", "house of commons"),
    "mexico": ("new mexico", "gulf of mexico"),
    "washington": ("washington post", "washington state", "washington times", "washington examiner",
                   "washington free beacon", "george washington", "university of washington"),
    "senate": ("state senate",),
    "congress": ("national congress", "people's congress"),
    "state": ("islamic state", "secretary of state", "state of the union", "united states"),
}


def _others_blanked(text: str, name: str) -> str:
    """``text`` with the `KNOWN_OTHERS` names of a target blanked (same length)."""
    others = KNOWN_OTHERS.get(re.sub(r"^the\s+", "", name.lower()))
    if not others:
        return text
    return _blanked(text, r"\b(?:" + "|".join(re.escape(o) for o in others) + r")\b")


def _blanked(text: str, pattern: str) -> str:
    """``text`` with every match of ``pattern`` (case ignored) replaced by as many spaces: offsets stay."""
    return re.sub(pattern, lambda m: " " * len(m.group(0)), text, flags=re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def known_aliases(name: str) -> tuple[str, ...]:
    """The `KNOWN_SHORT_FORMS` and `KNOWN_ALIASES` of a target name.

    Example:
        >>> known_aliases("the Iraqi government")
        ('baghdad',)
    """
    key = re.sub(r"^(the|a|an)\s+", "", name.lower().strip())
    found: list[str] = list(KNOWN_SHORT_FORMS.get(key, ()))
    for k, values in KNOWN_ALIASES.items():
        if re.search(r"\b" + re.escape(k) + r"\b", key):
            found += [v for v in values if v not in found]
    return tuple(found)


def _capitals(alias: str) -> bool:
    """Whether a known alias has a capital letter ('US', 'UN', 'the Fed'): matched only as written."""
    return alias != alias.lower()


def _abbreviation(name: str) -> bool:
    """Whether a target's name or alias is an abbreviation in capitals ('US', 'UN', 'NYPD'), which
    names it only in capitals: 'us' and 'un' are other words."""
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper()


def _names(text: str, phrase: str) -> bool:
    """Whether ``phrase`` stands in ``text`` as words of its own: not inside a longer word, and a
    phrase that ends in a full stop ('u.s.') is found before a space or a hyphen as well."""
    return bool(phrase) and re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def _names_as_written(text: str, alias: str) -> bool:
    """`_names` for an alias with capitals ('US', 'the Fed'): its capitals as written, a leading
    'the' in any case ('The Fed said')."""
    words = re.escape(alias)
    if alias.lower().startswith("the "):
        words = r"(?i:the)\s+" + re.escape(alias[4:])
    return re.search(r"(?<!\w)" + words + r"(?!\w)", text) is not None


def _proper_words(name: str) -> list[str] | None:
    """The words of a proper name, without its stop words ('the Democratic National Committee' ->
    Democratic, National, Committee); None when a content word is not capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", name) if w.lower() not in _STOP]
    return words if all(w[0].isupper() for w in words) else None


def _acronym(name: str) -> str | None:
    """The initials of a proper name of two or more capitalised words ('the Democratic National
    Committee' -> 'DNC', 'the European Union' -> 'EU'); None for other names."""
    words = _proper_words(name)
    if not words or len(words) < 2:
        return None
    return "".join(w[0] for w in words).upper()


#: Whether a general noun or a title given as 'the X' ('the plan', 'the minister') is named by 'this X'
#: or 'that X' too, as well as by 'the X' (session 68).
DEMONSTRATIVE_ALIASES = True
#: Whether a general noun given as 'the X' ('the plan', 'the deal') is named with an owner too ("the
#: government's plan", 'its deal'); a title ('the minister') is not, nor the speaker's own ('our plan to
#: form a coalition' is often another plan; session 68).
POSSESSIVE_ALIASES = True


def _alias_phrase(name: str) -> str:
    """The form a text must hold to name ``name``: without its article ('the charge' is named by
    'charge'), except for a general noun or a title alone ('the bill' only by 'the bill', not 'a bill';
    'the minister' not by 'Prime Minister')."""
    lowered = name.lower().replace("’", "'")
    bare = re.sub(r"^(the|a|an)\s+", "", lowered)
    return lowered if (bare in _WEAK or bare in _ROLES) and bare != lowered else bare


#: A person's surname preceded by another given name ('President Bill Clinton') does not name the
#: target ('Hillary Clinton'): a proper-name target of two or three words is named by its surname
#: alone only where the surname is not part of a namesake's name. See docs/evaluation.md, "Session 22".
OTHER_NAMESAKES = True

_NAME_TITLES = frozenset(_ROLES | set("""mr mrs ms miss dr sen rep representative gov vice prime justice gen
general speaker leader former candidate first lady sir dame lord prof professor pope king queen prince
princess""".split()))


#: Capitalised words that open a sentence before a surname ('Yesterday Clinton said') without being
#: a given name.
_OPENERS = frozenset("""yesterday today tomorrow now then but and so yet still also meanwhile when while after
before as if though although since because instead later earlier here there where why how what who
monday tuesday wednesday thursday friday saturday sunday""".split())


def _only_namesakes(text: str, words: list[str]) -> bool:
    """Whether every mention of a person target's surname in ``text`` is part of another person's
    name: the surname preceded, inside a sentence, by a capitalised word that is neither one of the
    target's names nor a title ('President Bill Clinton' for 'Hillary Clinton')."""
    if not 2 <= len(words) <= 3 or any(w.lower() in _WEAK or w.lower() in _STOP for w in words):
        return False
    surname, own = words[-1], {w.lower() for w in words}
    found = False
    for m in re.finditer(r"\b" + re.escape(surname) + r"\b", text):
        found = True
        before = re.search(r"([\w.'’-]+)(\s+)$", text[:m.start()])
        if before is None:
            return False
        prev = before.group(1)
        if (not prev[:1].isupper() or prev.lower().rstrip(".") in _NAME_TITLES or prev.lower() in own
                or prev.lower() in _STOP or prev.lower() in _OPENERS or "\n" in before.group(2)):
            return False  # this mention is the target's
    return found


#: Whether a place named only as the seat of a person's office ('Wisconsin Gov. Scott Walker', 'South
#: Carolina Sen. Lindsey Graham') does not name the place as a target: the phrase names the person
#: (session 63).
TITLE_PLACES = True
_SEAT_TITLES = r"(?:Gov|Sen|Rep|Lt\.\s+Gov|Governor|Senator|Representative|Congressman|Congresswoman|Mayor|" \
               r"Attorney\s+General|Secretary\s+of\s+State|State\s+Sen|State\s+Rep)\.?"


def _seats_blanked(text: str, name: str) -> str:
    """``text`` with the target ``name`` blanked (same length) where it only qualifies an office
    before a person's name ('Wisconsin Gov. Scott Walker' for 'Wisconsin').

    Example:
        >>> _seats_blanked("He dismissed Wisconsin Gov. Scott Walker.", "Wisconsin")
        'He dismissed           Gov. Scott Walker.'
    """
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    if not bare:
        return text
    return _blanked(text, r"\b" + re.escape(bare) + r"(?='?s?\s+" + _SEAT_TITLES + r"\s+(?-i:[A-Z]))")


#: Whether a handle or a hashtag that spells a word of five letters or more of a proper-name target
#: names it ('@marcorubio' and '#FLforMarco' name Marco Rubio) (session 49).
HANDLES = True

_HANDLE = re.compile(r"(?<![\w@#])[@#]([A-Za-z0-9_]{3,})")


def _in_handles(text: str, words: list[str]) -> bool:
    """Whether a handle or hashtag of ``text`` spells one of a proper name's longer words (`HANDLES`)."""
    if "@" not in text and "#" not in text:
        return False
    long_words = [w.lower() for w in words if len(w) >= 5 and w.lower() not in _STOP and w.lower() not in _WEAK]
    return bool(long_words) and any(w in m.group(1).lower() for m in _HANDLE.finditer(text) for w in long_words)


def mentions_target(text: str, target: Target) -> bool:
    """Whether a text names the target: an alias (the user's or a `KNOWN_ALIASES` one, such as
    'Baghdad' for the Iraqi government or 'GOP' for the Republican Party) or the name itself, or
    its distinctive words.

    A proper name ('Hillary Clinton') is named by any of its words, and one of two or more words
    also by its initials in capitals ('DNC' for the Democratic National Committee). Otherwise the head noun
    counts: 'the referendum' names 'the Kurdistan independence referendum', 'Kurdistan' alone
    does not (two of its other words together do). A general head ('the Iraqi government', 'the
    new US policy on Syria') needs one of the target's other distinctive words beside it.
    """
    text = _others_blanked(text, target.name)  # 'the White House' does not name the House
    if TITLE_PLACES:
        text = _seats_blanked(text, target.name)  # 'Wisconsin Gov. Scott Walker' names Walker, not Wisconsin
    lowered = text.lower().replace("’", "'")
    known = known_aliases(target.name)
    # an abbreviation in capitals ('US', 'NYPD') and a known alias with capitals ('the Fed') only as written
    exact = [a for a in (target.name, *target.aliases) if _abbreviation(a)] + [a for a in known if _capitals(a)]
    phrases = [a for a in (target.name, *target.aliases) if not _abbreviation(a)] + [
        a for a in known if not _capitals(a)]
    if any(_names(lowered, _alias_phrase(a)) for a in phrases):
        return True
    if DEMONSTRATIVE_ALIASES and any(_names(lowered, d + p[3:]) for p in map(_alias_phrase, phrases)
                                     if p.startswith("the ") for d in ("this", "that")):
        return True  # 'This plan gives them that' names 'the plan'
    if POSSESSIVE_ALIASES and any(re.search(r"(?:\b[a-z][\w.-]*'s?|\b(?:its|their|his|her))\s+"
                                            + re.escape(p[4:]) + r"(?!\w)", lowered)
                                  for p in map(_alias_phrase, phrases) if p.startswith("the ") and p[4:] in _WEAK):
        return True  # "the government's plan to deploy ..." names 'the plan'
    if any(_names_as_written(text, a) for a in exact):
        return True
    acronym = _acronym(target.name)
    if acronym and re.search(r"\b" + acronym + r"\b", text):  # 'DNC' for the Democratic National Committee
        return True
    stems = _content_stems(text)
    distinctive = _content_stems(target.name) - _WEAK_STEMS
    head = target.head()
    if head is None:
        return False
    if _proper_words(target.name) is not None:  # a proper name: any part of it
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", target.name)
        if HANDLES and _in_handles(text, words):
            return True
        return bool(distinctive & stems) and (not OTHER_NAMESAKES or not _only_namesakes(text, words))
    if head in _WEAK_STEMS:
        return head in stems and bool(distinctive & stems)
    if names_another_of_its_kind(text, target):
        return False  # 'to create a global anti-terror coalition' is not the US-led coalition
    return head in stems or len((distinctive - {head}) & stems) >= 2


def names_another_of_its_kind(text: str, target: Target) -> bool:
    """Whether a text names the target's head noun only as some other thing of that kind ('to create
    a global anti-terror coalition' for 'the US-led coalition in Syria'; see `NEW_REFERENTS`): such
    a statement has a subject of its own, and the target named around it does not make it concern
    the target."""
    head = target.head()
    if (not NEW_REFERENTS or head is None or head in _WEAK_STEMS or _proper_words(target.name) is not None
            or is_issue(target)):
        return False
    stems = _content_stems(text)
    others = (_content_stems(target.name) - _WEAK_STEMS - {head}) & stems
    return head in stems and not others and _only_new_referents(text, head, target.name)


#: Whether a head noun named only in indefinite phrases with a modifier of their own ('create a
#: global anti-terror coalition', 'another regional bloc') is taken as some other thing of that kind,
#: not the target ('the US-led coalition in Syria'). Only for targets that are not issues (`is_issue`):
#: a plan or a vote is often first told as 'a modest toll' or 'a binding referendum' (session 52).
NEW_REFERENTS = True

_INDEFINITE = re.compile(r"\b(?:an?|another)\s+((?:[A-Za-z][\w'’-]*\s+){1,3})$", re.IGNORECASE)


def _only_new_referents(text: str, head: str, name: str) -> bool:
    """Whether every word of ``text`` whose stem is ``head`` ends an indefinite noun phrase ('a',
    'an', 'another') with one to three modifiers, one of them a word the target's name lacks."""
    own = _content_stems(name)
    found = False
    for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*", text):
        if _stem(m.group()) != head:
            continue
        found = True
        before = _INDEFINITE.search(text, max(0, m.start() - 80), m.start())
        if before is None:
            return False
        words = before.group(1).split()
        modifiers = _content_stems(before.group(1))
        if any(w.lower() in _STOP for w in words) or not modifiers or modifiers <= own:
            return False
    return found


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")


def mention_level(text: str, start: int, end: int, target: str | Target) -> str:
    """Where an article names a target, seen from the statement at ``text[start:end]``: one of
    `stance.model.MENTION_LEVELS`.

    'statement' when the statement names it (`mentions_target`); 'sentence' when the rest of the
    statement's sentence does (the attribution frame: 'X accused Y of ...', '..., Y's rival said');
    'paragraph' when the rest of its paragraph (the lines around it) does; else 'none'.
    A mention-aware model (`StanceModel.uses_mention`) takes the level as part of its input.

    Example:
        >>> text = "Baghdad rejected the vote. Its spokesman said it was illegal."
        >>> mention_level(text, 46, 61, "the Iraqi government")
        'paragraph'
    """
    target = target if isinstance(target, Target) else Target(target)
    if mentions_target(text[start:end], target):
        return "statement"
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    s_lo = ends[-1] if ends else lo
    after = _SENTENCE_END.search(text, end, hi)
    s_hi = after.end() if after else hi
    if mentions_target(f"{text[s_lo:start]} {text[end:s_hi]}", target):
        return "sentence"
    if mentions_target(f"{text[lo:s_lo]} {text[s_hi:hi]}", target):
        return "paragraph"
    return "none"


#: Whether a speaker named by a known alias of the whole target ('Ankara' for Turkey, 'Moscow' for
#: Russia, 'Baghdad' for the Iraqi government; `KNOWN_ALIASES`) is the target itself (session 68).
CAPITAL_SPEAKERS = True


def _capital_of(speaker: str, name: str) -> bool:
    """Whether a speaker is named by a known alias of a target's whole name (`CAPITAL_SPEAKERS`)."""
    bare = re.sub(r"^(the|a|an)\s+", "", name.lower().strip())
    said = re.sub(r"^the\s+", "", speaker.lower().strip())
    return any(re.sub(r"^the\s+", "", v.lower()) == said for v in KNOWN_ALIASES.get(bare, ()))


def is_speaker(target: str | Target, speaker: str | None) -> bool:
    """Whether a target is the speaker themself: the target's name or an alias and the speaker's
    name are the same person's, one of them possibly the surname alone ('Fiorina' and 'Carly
    Fiorina', 'Donald J. Trump' and 'Donald Trump'; not 'Bill Clinton' and 'Hillary Clinton').

    Example:
        >>> is_speaker("Carly Fiorina", "Fiorina")
        True
    """
    if not isinstance(speaker, str) or not speaker.strip():
        return False
    def key(name: str) -> tuple[str, ...]:
        return tuple(t for t in name_tokens(name) if len(t) > 1 and t not in _STOP)

    sp = key(speaker)
    target = target if isinstance(target, Target) else Target(target)
    if CAPITAL_SPEAKERS and _capital_of(speaker, target.name):
        return True
    for name in (target.name, *target.aliases):
        tg = key(name)
        if sp and tg and sp[-1] == tg[-1] and (set(sp) <= set(tg) or set(tg) <= set(sp)):
            return True
    return False


#: Who speaks for someone else: a spokesperson, an aide, a lawyer, a campaign's manager.
_SPEAKS_FOR = (r"(?:spokes(?:wo)?man|spokesperson|press secretary|aides?|lawyers?|attorneys?|campaign manager|"
               r"campaign chair(?:man)?|communications director|chief of staff)")
_RANK = r"(?:senior\s+|top\s+|longtime\s+|chief\s+|deputy\s+|national\s+)?"
_WORDS = r"((?:[\w.'’-]+\s+){1,4})"
# "Clinton campaign spokesman Brian Fallon", "the mayor's spokeswoman, Ana Ruiz,", "a spokesman for Nabisco, Tom Ray"
_FOR_BEFORE = re.compile(rf"(?:{_WORDS[:-1]}?)(?:['’]s\s+)?(?:(?:presidential\s+)?campaign\s+)?{_RANK}{_SPEAKS_FOR}"
                         rf"|{_SPEAKS_FOR}\s+(?:for|to)\s+{_WORDS[:-1]}?))\s*,?\s*$")
# "Brian Fallon, a spokesman for Hillary Clinton", "Tom Ray, Nabisco's spokesman"
_FOR_AFTER = re.compile(rf",\s+(?:(?:a|an|the|her|his|its|their)\s+)?{_RANK}{_SPEAKS_FOR}\s+(?:for|to|of)\s+"
                        rf"((?:[\w.'’-]+[\s,]*){{1,4}})"
                        rf"|,\s+{_WORDS[:-1]}?)(?:['’]s\s+)?(?:(?:presidential\s+)?campaign\s+)?"
                        rf"{_RANK}{_SPEAKS_FOR}\b")


_CLAUSE_END = re.compile(r"[.!?;:]\s|\n")
#: Whether a speaker introduced as speaking on behalf of the target ('Speaking on behalf of the
#: company, operations director Lisa Ferrante told ...') speaks for it (`speaks_for`; session 65).
ON_BEHALF = True
_ON_BEHALF = re.compile(r"\b(?:[Ss]peaking|[Ww]riting|[Aa]cting)\s+(?:on\s+behalf\s+of|for)\s+"
                        r"((?:[\w.'’-]+\s+){0,4}[\w.'’-]+)\s*,")


def speaks_for(text: str, speaker: str | None, target: str | Target) -> bool:
    """Whether the article introduces a speaker as speaking for the target: its spokesperson,
    aide, lawyer or campaign manager, next to the speaker's full name ('Clinton campaign
    spokesman Brian Fallon', 'Laurie Guzzinati, a spokeswoman for Nabisco'), or speaking on its
    behalf in the speaker's sentence ('Speaking on behalf of the company, Lisa Ferrante'). A one-word speaker
    name is never matched (a surname alone is too often someone else's).

    Example:
        >>> speaks_for("Ana Ruiz, a spokeswoman for the harbour board, said ...", "Ana Ruiz", "the harbour board")
        True
    """
    if not isinstance(speaker, str) or len(speaker.split()) < 2:
        return False
    target = target if isinstance(target, Target) else Target(target)
    for m in re.finditer(re.escape(speaker), text):
        # within the speaker's own sentence
        before = _CLAUSE_END.split(text[max(0, m.start() - 80):m.start()])[-1]
        after = _CLAUSE_END.split(text[m.end():m.end() + 90])[0]
        behalf = _ON_BEHALF.search(before) if ON_BEHALF else None
        before, after = _FOR_BEFORE.search(before), _FOR_AFTER.match(after)
        for found in (before, after, behalf):
            if found and any(g and mentions_target(g, target) for g in found.groups()):
                return True
    return False


def own_side(text: str, speaker: str | None, target: str | Target) -> str | None:
    """'self' when the target is the speaker (`is_speaker`), 'spokesperson' when the speaker
    speaks for it (`speaks_for`), else None: the cases in which the labelling guideline reads a
    stanced statement toward the target as support (the speaker defending their own side)."""
    if is_speaker(target, speaker):
        return "self"
    if speaks_for(text, speaker, target):
        return "spokesperson"
    for flag, body in ((OWN_BODIES, _OWN_BODY), (STATE_BODIES, _STATE_BODY)):
        m = body.match(speaker.strip()) if flag and isinstance(speaker, str) else None
        if m is not None and (is_speaker(target, m.group(1)) or mentions_target(m.group(1), as_targets([target])[0])):
            return "spokesperson"  # "Turkey's foreign ministry", "China's coast guard" speak for their country
    return None


#: Whether a speaker named as the target's own office, ministry, government or campaign ("Turkey's
#: foreign ministry", "Karim's office", "Clinton's campaign") speaks for the target (session 68).
OWN_BODIES = True
_OWN_BODY = re.compile(r"^(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s?\s+(?:[a-z]+\s+){0,2}"
                       r"(?:ministry|office|government|embassy|campaign|cabinet|administration|press office|"
                       r"foreign office|spokes(?:wo)?man|spokesperson|legal team|lawyers?)$")

#: Whether a country's armed forces, coast guard, police or central bank ("China's coast guard", "Israel's
#: military") speak for the country, as its ministries do (`OWN_BODIES`; an article written in session 69).
STATE_BODIES = True
_STATE_BODY = re.compile(r"^(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s?\s+"
                         r"(?:coast\s+guard|army|military|navy|air\s+force|armed\s+forces|police|central\s+bank)$")


def as_targets(targets: Iterable[str | Target]) -> tuple[Target, ...]:
    """Strings and `Target`s as a tuple of `Target`s.

    Raises:
        ValueError: an entry is neither a non-empty string nor a `Target`, or two entries have
            the same name (`check_unique`); the message names the index.
    """
    if isinstance(targets, (str, Target)):  # one target, not a sequence of characters
        targets = [targets]
    out = []
    for i, t in enumerate(targets):
        if isinstance(t, Target):
            out.append(t)
        elif isinstance(t, str) and t.strip():
            out.append(Target(t.strip()))
        else:
            raise ValueError(f"target at index {i} is {t!r}; pass a non-empty string or a stance.Target")
        for name in (out[-1].name, *out[-1].aliases):
            note = surrogate_note(name)
            if note is not None:
                raise ValueError(f"target at index {i} ({name!r}) {note}; decode its text as UTF-8 or replace "
                                 "the character")
    check_unique([t.name for t in out])
    return tuple(out)


def check_unique(names: Sequence[str]) -> None:
    """Refuse a target given twice (case and spacing ignored), naming both positions.

    Raises:
        ValueError: two targets have the same name.
    """
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        key = " ".join(str(name).split()).casefold()
        if key in seen:
            raise ValueError(f"targets at index {seen[key]} and {i} are both {name!r}; pass each target once "
                             "(other names for one target go in stance.Target(name, aliases=[...]))")
        seen[key] = i


#: Head nouns of what news takes sides on: plans, laws, votes, deals and projects (`suggest_targets`).
ISSUE_NOUNS = frozenset("""
    plan bill law ban toll tax levy fee referendum vote ballot merger licence license deal agreement pact treaty
    proposal policy reform project scheme budget cut closure strike sanction tariff rule regulation mandate wall
    program programme initiative amendment motion measure ordinance act contract expansion development terminal
    stadium farm pipeline mine
""".split())
_MONTHS = frozenset("January February March April May June July August September October November December".split())
_ENTITY_WEIGHT = {"ORG": 2, "EVENT": 2, "LAW": 2, "GPE": 1, "NORP": 1, "FAC": 1, "PRODUCT": 1}


def suggest_targets(text: str, *, k: int = 4, nlp=None) -> list[Target]:
    """Targets worth scoring in an article: the plans, laws and votes it is about, and its most
    mentioned organisations, places, groups and people.

    Each candidate gets a weight per mention (organisations, events, laws and issues 2, people,
    places and groups 1), doubled in the headline; a headline's words count only if the body
    uses them too (Title Case confuses the entity tagger). An issue ('the pension bill', 'the
    bill') is one candidate per head noun, named by its fullest form. News agencies, page labels
    and nationality adjectives ('Israeli') are left out. On the per-article gold tables (dev, 70
    articles) the four suggestions cover 75.5% of the targets the labellers chose (55.4% before
    session 19); on the written example articles 69.2% (65.4%).

    Example:
        >>> [t.name for t in suggest_targets(open("../shared/seed/article.txt").read())]  # doctest: +SKIP
        ['independence referendum', 'Russia', 'Syria', 'Iraq']
    """
    nlp = nlp or load_nlp()
    doc = nlp(replace_surrogates(text))
    head_end = text.find("\n") if "\n" in text else len(text)
    body = text[head_end:].lower()
    counts: Counter[str] = Counter()
    variants: dict[str, Counter[str]] = {}

    def add(key: str, name: str, weight: float, pos: int) -> None:
        if not key or key in AGENCIES or key in PAGE_LABELS:
            return
        if pos < head_end and name.lower() not in body:
            return
        counts[key] += weight * (2 if pos < head_end else 1)
        variants.setdefault(key, Counter())[name] += 1

    for ent in doc.ents:
        if ent.label_ not in _ENTITY_WEIGHT or "photo" in ent.text.lower():
            continue
        if ent.label_ == "NORP" and ent.root.tag_ in ("JJ", "NNP") and not ent.text.endswith("s"):
            continue  # 'Israeli reports': an adjective, not a group
        name = ent.text.strip()
        add(re.sub(r"^the\s+", "", name.lower()), name, _ENTITY_WEIGHT[ent.label_], ent.start_char)
    people = People(doc)
    mentions = Counter(m.cluster for m in people.mentions)
    for m in people.mentions:
        if mentions[m.cluster] >= 2:
            name = people.clusters[m.cluster].name
            add(name.lower(), name, 1, m.start)
    for chunk in doc.noun_chunks:
        if chunk.root.pos_ != "NOUN":
            continue
        toks = list(chunk)
        if any(t.tag_ == "POS" for t in toks):  # "the government's pension bill": the possessor is another thing
            toks = toks[max(i for i, t in enumerate(toks) if t.tag_ == "POS") + 1:]
        while toks and toks[0] is not chunk.root and (
                toks[0].pos_ in ("DET", "PRON", "ADJ", "NUM", "PUNCT", "SYM", "ADV") or toks[0].like_num
                or toks[0].text in _MONTHS or toks[0].text == "-" or doc[toks[0].i - 1].text == "-"):
            toks = toks[1:]
        if not toks or any(t.ent_type_ == "PERSON" for t in toks):
            continue
        words = [t for t in toks if t.is_alpha and not t.is_stop]
        if chunk.root.lemma_.lower() in ISSUE_NOUNS:
            add(chunk.root.lemma_.lower(), doc[toks[0].i:toks[-1].i + 1].text, 2, chunk.start_char)
        elif len(words) >= 2:
            add(" ".join(t.lower_ for t in words), " ".join(t.text for t in words), 1, chunk.start_char)
    def best_name(key: str) -> str:
        names = variants[key]
        longer = [x for x in names if len(x.split()) >= 2]
        if key in ISSUE_NOUNS and not longer:
            return "the " + max(names, key=lambda x: names[x]).lower()
        if key in ISSUE_NOUNS:
            return max(longer, key=lambda x: (x[:1].isupper(), names[x], len(x)))
        return max(names, key=lambda x: (names[x], len(x)))

    out: list[Target] = []
    for key, _ in counts.most_common():
        best = best_name(key)
        # one candidate per thing: 'the levy' is already in 'levy plan'
        if any(key in t.name.lower() or t.name.lower().removeprefix("the ") in key for t in out):
            continue
        names = variants[key]
        out.append(Target(best, aliases=sorted(x for x in names if x != best)))
        if len(out) == k:
            break
    return out


#: Let a statement whose paragraph (and the paragraph before) names none of the targets concern the
#: targets its section's heading names: the article's headline for the first section
#: ('Fishermen Say Offshore Wind Farm Will Empty Their Nets', then "the project", "the turbines"),
#: a subheading for the section it opens. On: the bundled example articles 18 -> 24 of 31 right;
#: the per-article gold dev cells 37.65 -> 37.49 F_avg (within noise: 3 of 5 folds unchanged).
TOPIC_RELEVANCE = True

#: A statement that names one of the targets concerns only the targets it names: its paragraph, the
#: paragraph before and the heading count only for a statement that names none (guideline rule 3:
#: "a statement about a different target is neutral toward this one"). On: the per-article gold dev
#: cells 38.46 -> 40.65 F_avg, 175 -> 137 extra stance cells; the written pairs unchanged (24 of 31,
#: 65 of 122). See docs/evaluation.md, "Session 20".
OWN_TARGETS_FIRST = True

#: A target that is a plan, law, vote, policy or deal (`is_issue`: 'the Iran nuclear deal', 'NHL
#: expansion') and that the article names concerns every statement the other rules leave with no
#: target at all (neither it, its paragraph, the paragraph before nor its heading names one): an
#: article about a deal quotes its speakers on "it", "the move" and what it will do, rarely by the
#: deal's name. Chosen on round 8 of data/news_stance (statements x the plans and laws of their
#: articles; its dev and train items, none trained on): item F_avg as `analyze` reads them 35.49 ->
#: 37.80 (dev 17.33 -> 25.16); the written example pairs 96 -> 98 of 153; the reference article and
#: the per-article gold tables (no issue among their targets) unchanged. docs/evaluation.md, session 39.
ISSUES_ARTICLE_WIDE = True
#: The head nouns of an issue target (`is_issue`): the issue nouns `suggest_targets` looks for and
#: other nouns of a decision or action someone can be for or against.
ISSUE_HEADS = ISSUE_NOUNS | frozenset("""
    acquisition takeover intervention legislation shutdown withdrawal invasion ceasefire agenda strategy
    decision ruling settlement sale airstrike offensive bailout stimulus subsidy ordinance bid
""".split())
_ISSUE_STEMS = frozenset(_stem(form) for w in ISSUE_HEADS for form in (w, w + "s"))


def is_issue(target: str | Target) -> bool:
    """Whether a target is a plan, law, vote, policy, deal or the like rather than a person, group or
    place: its head noun (`Target.head`) is one of `ISSUE_HEADS` ('the new US policy on Syria',
    'Apple's acquisition of Path'; not 'the Iraqi government' or 'Hillary Clinton').

    Example:
        >>> is_issue("the Kurdistan independence referendum"), is_issue("the US-led coalition in Syria")
        (True, False)
    """
    target = target if isinstance(target, Target) else Target(target)
    return target.head() in _ISSUE_STEMS


#: Where a paragraph names a target only as the speaker of a statement ('According to Voss, ...',
#: 'Voss said ...'), that name does not make the paragraph, or the paragraph after it, about the
#: target: it says who speaks, not what is spoken of. A speaker's stance on themself still counts
#: as before. On: the per-article gold dev cells 40.65 -> 40.88 F_avg; the written pairs 65 -> 68
#: of 122 (24 of 31 unchanged). See docs/evaluation.md, "Session 20".
SPEAKERS_ASIDE = True

#: A target that a statement names only as what someone's position is on ("Russia's support for
#: Baghdad's position on the referendum", "his views on the primary") is not what the statement
#: takes a side on: its side is on the position's holder. Guideline rule 3 reads "we support
#: Baghdad's position on the vote" as support for Baghdad and, since Baghdad rejects the vote,
#: opposition to it; the second half needs to know the holder's side, which this rule does not,
#: so the statement concerns the holder only. One dev statement changes (cells unchanged); on the
#: reference article al-Jaafari's referendum cell goes from 'mixed' to 'oppose'.
POSITIONS_ASIDE = True

_POSITION_ON = re.compile(r"(?<!\bno )\b(?:[Pp]ositions?|[Ss]tances?|[Vv]iews?|[Aa]ttitude|[Aa]pproach)\s+"
                          r"(?:[Oo]n|[Tt]oward|[Tt]owards|[Rr]egarding|[Oo]ver|[Aa]bout)\s+"
                          r"((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)"
                          r"(?=[,.;:!?\"”)]|\s+['‘\"“]|\s+(?:as|and|but|is|was|which|that)\b|$)")


def _positions_blanked(text: str) -> str:
    """The text with what each "<position> on ..." phrase is on replaced by spaces ("takes no
    position on X" stays: it is about X, see `stance.analyze.NO_POSITION_RULE`)."""
    return _POSITION_ON.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + " " * len(m.group(1)), text)


#: Words at most in a subheading: a short paragraph with no closing punctuation and no quotation marks.
SUBHEADING_MAX_WORDS = 25
_QUOTE_MARKS = re.compile(r"[\"“”«»]")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph (blocks separated by a blank line)."""
    return [(m.start(), m.end()) for m in re.finditer(r"(?:(?!\n\s*\n)[\s\S])+", text) if m.group().strip()]


def is_subheading(paragraph: str) -> bool:
    """Whether a paragraph reads as a subheading inside an article: 2 to `SUBHEADING_MAX_WORDS`
    words, no closing punctuation and no quotation marks ('Lavrov calls for ... after defeat in
    Syria, Iraq'; not '"We will ask," Lavrov stressed', a quotation whose full stop is missing).

    Example:
        >>> is_subheading("Ministers split over the harbour toll")
        True
        >>> is_subheading("The minister spoke on Monday.")
        False
    """
    body = paragraph.strip()
    if not body or re.search(r"[.!?…:;,]['’”\")\]]*$", body) or _QUOTE_MARKS.search(body):
        return False
    return 2 <= len(re.findall(r"\w+", body)) <= SUBHEADING_MAX_WORDS


def _sections(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """For each paragraph, the index of the paragraph heading its section: 0 (the headline) until the
    first subheading, then each subheading for the paragraphs after it."""
    heading, out = 0, []
    for i, (s, e) in enumerate(spans):
        if i > 0 and i + 1 < len(spans) and is_subheading(text[s:e]):
            heading = i
        out.append(heading)
    return out


def _paragraph_index(ends: list[int], pos: int) -> int:
    """The index of the paragraph holding (or, between paragraphs, following) character `pos`."""
    return min(bisect.bisect_right(ends, pos), len(ends) - 1)


#: 'him' or 'her' as an object: at the end, or before a preposition, a conjunction, punctuation or an
#: adverb ('praised her for', 'attacked him again'); not 'her' before a noun she owns ('her record').
OBJECT_PRONOUN = re.compile(
    r"\s*(him|her)\b(?=\s*(?:$|[,.;:!?—–-]|(?:for|as|over|on|in|of|about|after|during|because|and|but|with|to|"
    r"at|by|from|when|while|again|too|also|publicly|repeatedly|personally|directly|sharply|strongly|"
    r"openly)\b))", re.IGNORECASE)


def _before_statement(text: str, statement: Statement) -> str | None:
    """The text from the start of the paragraph before a statement's up to the statement or its cue, whichever
    comes first; None for a text without paragraphs."""
    spans = _paragraph_spans(text)
    if not spans:
        return None
    ends = [e for _s, e in spans]
    first = min(statement.start, statement.cue_start if statement.cue_start is not None else statement.start)
    return text[spans[max(0, _paragraph_index(ends, first) - 1)][0]:first]


def pronoun_referent(text: str, statement: Statement, targets: Sequence[Target], obj: str | None = None) -> int | None:
    """The index of the person target that 'him' or 'her' opening a statement's object refers to
    (`stance.analyze.PRONOUN_OBJECTS`): of the pronoun's gender (`stance.extract.speakers.name_gender`), not the
    speaker, and named last before the statement in its paragraph or the one before; None when the
    object is no such pronoun or no target qualifies.

    Args:
        text: the article.
        statement: the statement whose cue takes the side.
        targets: the targets.
        obj: what the cue takes its side toward, when not the statement's text.
    """
    m = OBJECT_PRONOUN.match(statement.text if obj is None else obj)
    if m is None or not targets:
        return None
    want = "m" if m.group(1).lower() == "him" else "f"
    window = _before_statement(text, statement)
    if window is None:
        return None
    best, best_at = None, -1
    for j, tg in enumerate(targets):
        words = _proper_words(tg.name)
        if not words or is_issue(tg) or is_speaker(tg, statement.speaker):
            continue
        names = [w for w in words if len(w) > 2]
        at = max((k.start() for w in names for k in re.finditer(r"\b" + re.escape(w) + r"\b", window)), default=-1)
        if at > best_at and name_gender(tg.name, text) == want:
            best, best_at = j, at
    return best


#: A statement that is 'it' alone, or an infinitive on 'it' ('to challenge it in court'): what `it_referent` reads.
IT_PRONOUN = re.compile(r"\s*(to\s+[a-z]+\s+)?(it)\b(?(1)(?:\s+\w.*)?|(?:\s+(?:in|at|on|before|over)\b.*)?)\s*$",
                        re.IGNORECASE | re.S)


def it_referent(text: str, statement: Statement, targets: Sequence[Target]) -> int | None:
    """The index of the target that a statement 'it' refers to ('Commissioner Carmen Rubio voted against [it]',
    'vowed [to challenge it in court]'; `IT_PRONOUN`, `stance.analyze.PRONOUN_CONTENTS`): the one target, no
    person and not the speaker, named in the nearest sentence before the cue that names any, in the statement's
    paragraph or the one before; None when the statement is no such 'it', or that sentence names several
    targets or none does.

    Args:
        text: the article.
        statement: the statement 'it'.
        targets: the targets.
    """
    window = _before_statement(text, statement) if IT_PRONOUN.match(statement.text) and targets else None
    if window is None:
        return None
    for sentence in reversed(re.split(r"(?<=[.!?])[\"'”’)]*\s+", window)):
        named = [j for j, tg in enumerate(targets) if not is_speaker(tg, statement.speaker)
                 and name_gender(tg.name, text) is None and not is_person_name(tg.name)
                 and mentions_target(sentence, tg)]
        if named:
            return named[0] if len(named) == 1 else None
    return None


#: Where a speaker mention stops being the speaker: "Ann Ortiz of the toll" ('said Ann Ortiz of the
#: toll') names the toll as what was spoken of; "the head of North Teal Health Board" stays whole.
_MENTION_TOPIC = re.compile(r"\s(?:of|on|about|over|regarding)\s+(?:(?:the|a|an|this|that)\s+[a-z]"
                            r"|(?!(?:the|a|an|this|that)\s)[a-z])")


def _speakers_blanked(text: str, statements: Sequence[Statement]) -> str:
    """The text with each statement's speaker mention replaced by spaces (offsets kept), up to an
    'of', 'on' or 'about' before a common noun ('Ann Ortiz of the toll')."""
    chars = list(text)
    for st in statements:
        lo, hi = getattr(st, "speaker_start", None), getattr(st, "speaker_end", None)
        if lo is not None and hi is not None:
            cut = _MENTION_TOPIC.search(text, lo, hi)
            hi = cut.start() if cut else hi
            chars[lo:hi] = [c if c == "\n" else " " for c in text[lo:hi]]
    return "".join(chars)


#: Where the article names a target whose head is a general noun ('the pension bill', 'the merger
#: plan', 'the Iraqi government'), and no other target has that head, "the bill", "this plan",
#: "the government" elsewhere in it name that target too (a definite description refers back to
#: what the article is about). Without it "noting that the bill had cleared parliament" did not
#: concern the pension bill, whose name has a general head and needs "pension" beside it.
#: See docs/evaluation.md, "Session 22".
DEFINITE_HEADS = True


def with_definite_heads(targets: Sequence[Target], text: str) -> list[Target]:
    """The targets, each with 'the <head>', 'this <head>' and 'that <head>' added to its aliases
    where `DEFINITE_HEADS` applies: its head is a general noun (`_WEAK`), it is not a proper name,
    no other target shares the head, and the article names it; and a person target with 'the
    <title>' where the article gives the person a title (`_ROLES`: 'Finance Minister Ilse Vardan')
    that it gives no one else.

    Example:
        >>> [t.aliases for t in with_definite_heads([Target("the pension bill")], "The pension bill passed.")]
        [('the bill', 'this bill', 'that bill')]
        >>> with_definite_heads([Target("Ilse Vardan")], "Finance Minister Ilse Vardan spoke.")[0].aliases
        ('the minister',)
    """
    heads = [t.head() for t in targets]
    out = []
    for t, head in zip(targets, heads):
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", t.name) if w.lower() not in _STOP]
        surface = next((w.lower() for w in reversed(words) if _stem(w) == head), None) if head else None
        if (surface and head in _WEAK_STEMS and _proper_words(t.name) is None
                and heads.count(head) == 1 and mentions_target(text, t)):
            extra = tuple(f"{d} {surface}" for d in ("the", "this", "that") if f"{d} {surface}" not in t.aliases)
            t = Target(t.name, aliases=(*t.aliases, *extra))
        out.append(t)
    roles = [_role_of(t, text) for t in out]
    for i, role in enumerate(roles):
        if role and roles.count(role) == 1 and f"the {role}" not in out[i].aliases:
            out[i] = Target(out[i].name, aliases=(*out[i].aliases, f"the {role}"))
    return out


#: Whether a target named by an abbreviation in capitals ('NYPD') is also named by the words it
#: abbreviates where the article spells them out ('the New York Police Department').
SPELLED_OUT = True

_SPELLED_FILLERS = frozenset({"of", "and", "for", "the", "on", "&"})


def spelled_out(abbreviation: str, text: str) -> list[str]:
    """The phrases of ``text`` whose capitalised words' initials spell ``abbreviation`` (3-6
    capitals; two letters are too often the initials of something else), 'of', 'and', 'for',
    'the' and 'on' between them skipped: 'New York Police Department' for 'NYPD', 'Centers for
    Disease Control' for 'CDC'.

    Example:
        >>> spelled_out("NYPD", "The New York Police Department said on Monday that the NYPD ...")
        ['New York Police Department']
    """
    if not (3 <= len(abbreviation) <= 6 and abbreviation.isalpha() and abbreviation.isupper()):
        return []
    found: list[str] = []
    words = list(re.finditer(r"[A-Za-z&][\w'’-]*", text))
    for i, first in enumerate(words):
        if first.group(0)[0] != abbreviation[0]:
            continue
        k, j, end = 0, i, None
        while j < len(words) and k < len(abbreviation):
            w = words[j].group(0)
            if j > i and text[words[j - 1].end():words[j].start()].strip():
                break  # punctuation between words ends the phrase
            if w[0].isupper() and w[0] == abbreviation[k]:
                k, end = k + 1, words[j].end()
            elif not (j > i and w.lower() in _SPELLED_FILLERS):
                break
            j += 1
        if k == len(abbreviation) and end is not None:
            phrase = text[first.start():end]
            if phrase not in found:
                found.append(phrase)
    return found


def with_spelled_out(targets: Sequence[Target], text: str) -> list[Target]:
    """The targets, each named by an abbreviation in capitals with the words the article spells it
    out with added to its aliases (`SPELLED_OUT`, `spelled_out`).

    Example:
        >>> with_spelled_out([Target("NYPD")], "The New York Police Department said ...")[0].aliases
        ('New York Police Department',)
    """
    out = []
    for t in targets:
        name = re.sub(r"^the\s+", "", t.name.strip())
        extra = tuple(p for p in spelled_out(name, text) if p not in t.aliases)
        out.append(Target(t.name, aliases=(*t.aliases, *extra)) if extra else t)
    return out


#: Whether a title written before a person's name in apposition ("her party's nominee for the
#: Senate, Daniel Crane") also gives the person that title, so that 'the nominee' names them
#: (`with_definite_heads`; session 65).
ROLES_BEFORE_NAMES = True


def _role_of(target: Target, text: str) -> str | None:
    """The title (`_ROLES`) the article gives a person target ('Finance Minister Ilse Vardan',
    'Ilse Vardan, the finance minister', 'the party's nominee for the Senate, Daniel Crane'), when it
    gives that title to no one else; else None."""
    words = _proper_words(target.name)
    if not words or len(words) < 2:
        return None
    names = "|".join(re.escape(n) for n in (target.name, words[-1]))
    roles = "|".join(sorted(_ROLES))
    preps = "|".join(sorted(_PREPOSITIONS | {"through", "via", "by", "from", "at"}))  # 'X, through a spokeswoman'
    former = r"(?<!former )(?<!ex-)(?<!then-)(?<!late )"  # 'former President Bill Clinton' is not 'the president'
    found = {m.group(1).lower() for m in re.finditer(rf"\b{former}({roles})\s+(?:{names})\b", text, re.IGNORECASE)}
    found |= {m.group(1).lower() for m in re.finditer(  # 'Ilse Vardan, the finance minister, said'
        rf"\b(?:{names}),\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:{preps})\b)[\w-]+\s+){{0,3}}?{former}({roles})"
        r"(?=\s*(?:[,.;]|of\b|for\b|at\b))", text, re.IGNORECASE)}
    if ROLES_BEFORE_NAMES:  # "her party's nominee for the Senate, Daniel Crane,"
        found |= {m.group(1).lower() for m in re.finditer(
            rf"\b{former}({roles})(?:\s+(?:for|of|at)\s+(?:[\w'’.-]+\s+){{0,4}}?[\w'’.-]+)?,\s+(?:{names})\b",
            text, re.IGNORECASE)}
    if len(found) != 1:
        return None
    (role,) = found
    # the same title before another name: 'the minister' could be either
    own = {w.lower() for w in words}
    for m in re.finditer(rf"\b(?i:{role})\s+([A-Z][\w'’-]+)", text):
        if m.group(1).lower() not in own:
            return None
    return role


#: Whether a statement concerns its own speaker as a target only when its words refer to the
#: speaker (`refers_to_speaker`): the attribution that names the speaker ("Ann Ortiz said the toll
#: ...") and the paragraphs around it are not the statement being about her. On the per-article
#: dev tables: 22-31 fewer stance cells that the tables do not have, cell F_avg unchanged
#: (docs/evaluation.md, session 34).
SELF_REFERENCE = True

_SELF_WORDS = re.compile(r"\b(?i:me|my|mine|myself|we|our|ours|ourselves|he|him|his|himself|she|her|hers|herself)\b"
                         r"|\b[Uu]s\b|\bI\b")  # not 'US' (the country) nor a lower-case 'i'


def refers_to_speaker(statement: str, speaker: str | None) -> bool:
    """Whether a statement's words can refer to its speaker: a first-person word (a quotation:
    "I never ..."), a third-person personal pronoun (reported speech: "he had done nothing wrong"),
    or a word of the speaker's name.

    Example:
        >>> refers_to_speaker("the toll is too high", "Ann Ortiz"), refers_to_speaker("I was wrong", "Ann Ortiz")
        (False, True)
    """
    if _SELF_WORDS.search(statement):
        return True
    if not isinstance(speaker, str):
        return False
    words = [w for w in name_tokens(speaker) if len(w) > 1 and w not in _STOP]
    pattern = r"\b(?:%s)\b" % "|".join(map(re.escape, words))
    return bool(words) and re.search(pattern, statement, re.IGNORECASE) is not None


def relevance(statements: Sequence[Statement], targets: Sequence[Target], text: str, *,
              context: bool = True, topic: bool | None = None, own_first: bool | None = None,
              speakers_aside: bool | None = None, positions_aside: bool | None = None,
              definite_heads: bool | None = None, spelled: bool | None = None,
              issues_wide: bool | None = None) -> np.ndarray:
    """Whether each statement concerns each target: shape (n_statements, n_targets), bool.

    A pair is relevant when the statement names the target (see `mentions_target`), or, with
    `context`, when the statement's paragraph does, or, if that paragraph names none of the
    targets, the paragraph before it: a statement often names its target only through what
    surrounds it ('they have no right to secede' after a paragraph about the referendum). With
    ``topic`` (`TOPIC_RELEVANCE`), a statement whose paragraph and the one before name none of
    the targets concerns those its section's heading names: the headline (the first paragraph)
    for the first section, since the body of a story headlined "Offshore Wind Farm ..." speaks of
    "the project" and "the turbines"; after a subheading (`is_subheading`), that subheading, and
    the paragraph before a statement does not count across it. With ``own_first``
    (`OWN_TARGETS_FIRST`), a statement that names any of the targets concerns only those it names:
    "Baghdad has done its best" does not concern the referendum because the paragraph names it.
    With ``speakers_aside`` (`SPEAKERS_ASIDE`), the statements' speaker mentions do not count as
    the paragraphs naming a target, except for a statement whose target is its own speaker; with
    `SELF_REFERENCE`, such a statement concerns its speaker only when its words refer to them
    (`refers_to_speaker`), whatever its paragraphs name. With ``positions_aside``
    (`POSITIONS_ASIDE`), a target the statement names only as what someone's position is on
    ("Baghdad's position on the referendum") is not concerned by it. With
    ``spelled`` (`SPELLED_OUT`), a target named by an abbreviation is also named by the words the
    article spells it out with (`with_spelled_out`). With ``issues_wide`` (`ISSUES_ARTICLE_WIDE`), a
    plan, law, vote or policy that the article names (`is_issue`) concerns every statement that the
    rules above leave with no target. Each rule left as None follows its module flag as the flag is
    at the call, so setting the flag changes every later analysis.
    """
    topic = TOPIC_RELEVANCE if topic is None else topic
    own_first = OWN_TARGETS_FIRST if own_first is None else own_first
    speakers_aside = SPEAKERS_ASIDE if speakers_aside is None else speakers_aside
    positions_aside = POSITIONS_ASIDE if positions_aside is None else positions_aside
    definite_heads = DEFINITE_HEADS if definite_heads is None else definite_heads
    spelled = SPELLED_OUT if spelled is None else spelled
    issues_wide = ISSUES_ARTICLE_WIDE if issues_wide is None else issues_wide
    if issues_wide and context:
        wide = np.array([is_issue(t) and mentions_target(text, t) for t in targets], dtype=bool)
        out = relevance(statements, targets, text, context=context, topic=topic, own_first=own_first,
                        speakers_aside=speakers_aside, positions_aside=positions_aside,
                        definite_heads=definite_heads, spelled=spelled, issues_wide=False)
        if wide.any():
            own_subject = np.array([any(names_another_of_its_kind(st.text, t) for t in targets)
                                    for st in statements], dtype=bool)
            out |= ~out.any(axis=1, keepdims=True) & ~own_subject[:, None] & wide[None, :]
        return out
    if spelled:
        targets = with_spelled_out(targets, text)
    if definite_heads:
        targets = with_definite_heads(targets, text)
    if context and speakers_aside:
        blanked = _speakers_blanked(text, statements)
        if blanked != text:
            out = relevance(statements, targets, blanked, context=True, topic=topic, own_first=own_first,
                            speakers_aside=False, positions_aside=positions_aside, definite_heads=False,
                            spelled=False, issues_wide=False)
            own = np.array([[is_speaker(t, st.speaker) for t in targets] for st in statements], dtype=bool)
            if SELF_REFERENCE:  # a statement concerns its own speaker only when its words refer to them
                out &= ~own
                own &= np.array([[refers_to_speaker(st.text, st.speaker)] for st in statements], dtype=bool)
            if own.any():  # a stance on oneself: the speaker's own name still counts
                out |= own & relevance(statements, targets, text, context=True, topic=topic, own_first=own_first,
                                       speakers_aside=False, positions_aside=positions_aside, definite_heads=False,
                                       spelled=False, issues_wide=False)
            return out
    out = np.zeros((len(statements), len(targets)), dtype=bool)
    spans = _paragraph_spans(text)
    context = context and bool(spans)
    ends = [e for _, e in spans]
    section = _sections(text, spans) if topic else [None] * len(spans)
    names = {}

    def named(pi: int) -> np.ndarray:
        if pi not in names:
            s, e = spans[pi]
            names[pi] = np.array([mentions_target(text[s:e], t) for t in targets], dtype=bool)
        return names[pi]

    for i, st in enumerate(statements):
        named_here = [mentions_target(st.text, t) for t in targets]
        out[i] = named_here
        if positions_aside and any(named_here):
            aside = _positions_blanked(st.text)
            if aside != st.text:
                out[i] = [n and mentions_target(aside, t) for n, t in zip(named_here, targets)]
        if not context or (own_first and any(named_here)):
            continue
        if not any(named_here) and any(names_another_of_its_kind(st.text, t) for t in targets):
            continue  # its own subject: 'a global anti-terror coalition' (`NEW_REFERENTS`)
        pi = _paragraph_index(ends, st.start)
        last = _paragraph_index(ends, max(st.end - 1, st.start))
        in_own = np.logical_or.reduce([named(k) for k in range(pi, last + 1)])
        # The paragraph before only counts when the statement's own paragraph names no target, and
        # not across a subheading: a paragraph that moves on should not inherit the last one's subject.
        before_ok = pi > 0 and not in_own.any() and (not topic or section[pi - 1] == section[pi])
        in_before = named(pi - 1) if before_ok else np.zeros(len(targets), dtype=bool)
        out[i] |= in_own | in_before
        if topic and not in_own.any() and not in_before.any():
            out[i] |= named(section[pi])
    return out
