"""Word lists of attribution extraction, and the word-level helpers built on them.

Pure Python (no spaCy): speech verbs and the particles, objects and prepositions they need, news
agencies, pronouns, honorifics, person nouns and the nouns in front of a quoted title of a work.
"""
from __future__ import annotations

import re

__all__ = ["SPEECH_LEMMAS", "NEEDS", "NO_DOBJ_CONTENT", "CONTENT_PREPS", "QUOTE_ONLY", "INFINITIVE_OK",
           "CUE_OBJECTS", "CUE_PREP_OBJECTS", "AGENCIES", "PERSON_PRONOUNS", "PLURAL_PRONOUNS",
           "HONORIFICS", "PERSON_NOUNS", "CLAIM_NOUNS", "TITLE_EXPANSIONS", "WORK_NOUNS", "is_speech_word",
           "strip_possessive", "is_known_outlet", "APOSTROPHES", "BELIEF_LEMMAS", "DOCUMENT_NOUNS", "PAGE_LABELS",
           "NOTE_LABELS",
           "tidy_name", "is_anonymity_request", "is_negated_quantifier", "DATELINE_RE", "match_dateline",
           "SIDE_PEOPLE", "ASKING_LEMMAS"]

#: Verb lemmas that introduce speech (or writing) and so mark an attribution.
SPEECH_LEMMAS = frozenset(
    """
    say tell add explain stress warn insist argue note claim deny urge state announce declare
    report write tweet ask suggest acknowledge admit reply respond recall emphasize emphasise
    reiterate assert confirm predict promise vow threaten complain conclude observe comment remark
    contend maintain caution allege concede testify reveal disclose indicate caution charge
    accuse criticize criticise propose demand boast joke quip counter retort mention
    underline underscore point call draw inform assure estimate lament continue answer
    shout yell scream exclaim whisper mutter chant sing speak put
    """.split()
)
# Verbs that only count with a particular particle/preposition/object ('point out', 'call for',
# 'draw attention'); without it they are ordinary verbs ('called the police').
NEEDS = {
    "point": ("prt", {"out"}),  # or 'point to' (see attribution._needs_ok)
    "call": ("prep", {"for", "on", "upon"}),  # or 'called it "shameful"' (see attribution._needs_ok)
    "draw": ("dobj", {"attention"}),
    "speak": ("prep", {"of", "about"}),  # 'spoke of a betrayal', not 'spoke at the rally'
    "put": ("dobj", {"it"}),  # 'Hale put it bluntly: ...', 'as Hale put it', not 'put the book down'
}
# Speech verbs whose direct object is the addressee or something else, never the statement.
NO_DOBJ_CONTENT = {"declare", "say", "tell", "ask", "add", "write", "inform", "assure", "explain", "agree",
                   "disagree", "point", "call", "draw", "note", "report", "tweet", "respond",
                   "reply", "joke", "quip", "state", "estimate", "answer", "testify", "remark",
                   "comment", "recall", "observe", "continue", "shout", "yell", "scream", "exclaim", "whisper",
                   "mutter", "chant", "sing", "charge", "throw", "take", "distance"}
# Content may come as 'warn of', 'complain about', 'call for', 'insist on'.
CONTENT_PREPS = {"call": {"for", "on", "upon"}, "accuse": {"of"}, "warn": {"of", "against", "about"}, "caution": {"against"},
                 "insist": {"on", "upon"}, "complain": {"about", "of"}, "draw": {"to"},
                 "argue": {"for", "against"}, "urge": {"against"}, "point": {"to"}, "speak": {"of", "about"},
                 "agree": {"with"}, "disagree": {"with"}, "side": {"with"},
                 "stand": {"with", "behind"}, "rally": {"behind", "around"}, "line": {"with", "behind"},
                 "throw": {"behind"}, "rail": {"against"}, "lash": {"at"}, "take": {"at"}, "rip": {"into"},
                 "tear": {"into"}, "vote": {"for", "against"}, "campaign": {"for", "against"},
                 "fight": {"for", "against"}, "lobby": {"for", "against"}, "push": {"for"}, "distance": {"from"},
                 "break": {"with"}, "turn": {"against", "on"}, "come": {"against", "for"}}
# Verbs that attribute only a quotation or a colon-introduced passage ('"...," he continued').
QUOTE_ONLY = {"continue", "chant", "sing", "put"}
INFINITIVE_OK = {"say", "tell", "comment", "confirm", "deny", "respond", "answer", "explain", "add",
                 "note", "announce", "declare", "argue", "claim", "insist", "warn", "write", "report"}
CUE_OBJECTS = {"reporters", "journalists", "newsmen", "correspondents", "press", "media"}
CUE_PREP_OBJECTS = {"statement", "interview", "tweet", "post", "letter", "release", "speech",
                    "conference", "briefing", "op-ed", "email", "remarks"}

#: Cue lemmas of thought, feeling, knowledge and intention: their attributions are 'belief'.
BELIEF_LEMMAS = frozenset(
    """
    believe think fear hope expect want know feel worry doubt plan intend seem appear wish
    assume suspect consider suppose regard view see understand realize realise recognize
    recognise learn remember forget imagine trust prefer hesitate aim seek try need
    determine decide agree disagree convince sure confident aware afraid concerned optimistic
    pessimistic skeptical sceptical certain belief opinion expectation
    """.split()
)
#: Nouns that attribute the that-clause after them to their owner: "the mayor's claim that ...", 'a
#: warning from the coast guard that ...', "the report's finding that ...", 'she repeated her
#: assertion that ...' (session 55, `stance.extract.attribution.CLAIM_NOUNS_ON`). Thoughts among
#: them ('belief', 'fear', 'view') make 'belief' statements (`BELIEF_LEMMAS`).
CLAIM_NOUNS = frozenset("""claim assertion argument contention insistence allegation accusation charge warning
prediction promise pledge vow threat demand statement declaration announcement admission acknowledgment
acknowledgement denial complaint suggestion insinuation remark comment observation message reminder boast
finding conclusion estimate assessment belief view fear hope suspicion conviction expectation opinion
feeling concern worry""".split())
#: Head nouns of non-human sources: their attributions are 'document'.
DOCUMENT_NOUNS = frozenset(
    """
    poll polls survey surveys report reports study studies document documents data record records
    analysis analyses memo memos filing filings email emails letter letters statement statements
    release releases investigation audit review figures estimate estimates research findings
    polling numbers chart forecast model models indictment complaint lawsuit ruling transcript
    book article editorial website page
    """.split()
)

_NEGATED_QUANTIFIER = re.compile(r"^(?:not\s+(?:every|everyone|everybody|all|each|many|most)\b|no\s+one\b|nobody\b|"
                                 r"none\b|neither\b|no\s+(?!doubt\b)[a-z]+)", re.IGNORECASE)


def is_negated_quantifier(mention: str) -> bool:
    """Whether a speaker mention names no one who spoke: 'Not everyone in the hall', 'Nobody',
    'None of the parents', 'No councillor'.

    Example:
        >>> is_negated_quantifier("Not everyone in the hall"), is_negated_quantifier("Noel Fielding")
        (True, False)
    """
    return _NEGATED_QUANTIFIER.match(mention.strip()) is not None


#: People named by the side or the part they take ('critics', 'supporters', 'rivals'), who speak as a group.
SIDE_PEOPLE = frozenset("""critic opponent supporter proponent sceptic skeptic detractor advocate backer rival
challenger contender candidate""".split())
#: Verbs that put a question to someone ('Asked about the toll, Ortiz said ...', 'Pressed on whether ...').
ASKING_LEMMAS = frozenset({"ask", "press", "question", "quiz", "challenge", "pose"})

#: A dateline opening a paragraph: 'HALVERSTOCK - ', 'KESTREL BAY (Reuters) — '.
DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'’/()-]{1,40}?\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s*")
#: Whether a dateline's place may have capitals with accents ('KORDIANÉ, Taranke (Meridian Press) — ', 'ŁÓDŹ - ';
#: session 79).
DATELINE_ACCENTS = True
_CAPS = "A-ZÀ-ÖØ-ÞĀ-ŽȘȚ"
_ACCENTED_DATELINE_RE = re.compile(rf"^[{_CAPS}][{_CAPS} .,'’/()-]{{1,40}}?\s*(?:\([^)]{{1,30}}\))?\s*[-–—]+\s*")
#: Whether a dateline may name the city's country or state after it, and the day: 'ABUJA, Nigeria (Reuters) - ',
#: 'LIMA, Peru — ', 'KESTREL BAY, Ontario, March 3 (AP) - ' (session 70).
DATELINE_REGIONS = True
_REGION_DATELINE_RE = re.compile(r"^[A-Z][A-Z .'’/-]{1,40}?"
                                 r"(?:,\s*[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,2})?"
                                 r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s*")
_ACCENTED_REGION_RE = re.compile(rf"^[{_CAPS}][{_CAPS} .'’/-]{{1,40}}?"
                                 rf"(?:,\s*[{_CAPS}][\w.'’-]+(?:\s+[{_CAPS}][\w.'’-]+){{0,2}})?"
                                 r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s*")

#: Whether a live blog's time stamp opening a paragraph ('10:31 - A delegate ... tells Corvane that ...', '14:05 GMT —')
#: is read as a dateline (session 73).
TIMESTAMP_DATELINES = True
_TIMESTAMP_RE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|BST|CET|UTC|ET|EST|EDT))?"
                           r"\s*[-–—]+\s*(?=\S)")


def match_dateline(text: str):
    """The match of a dateline at the start of ``text`` ('LONDON (Reuters) - ', 'ABUJA, Nigeria - '), or None.

    Example:
        >>> match_dateline("LIMA, Peru - The mayor said ...").end(), match_dateline("The mayor said ...")
        (13, None)
    """
    m = DATELINE_RE.match(text)
    if m is None and DATELINE_REGIONS:
        m = _REGION_DATELINE_RE.match(text)
    if m is None and TIMESTAMP_DATELINES:
        m = _TIMESTAMP_RE.match(text)
    if m is None and DATELINE_ACCENTS and not text.isascii():
        m = _ACCENTED_DATELINE_RE.match(text) or _ACCENTED_REGION_RE.match(text)
    return m


_ANONYMITY = re.compile(r"^(?:not\s+)?to\s+(?:be\s+(?:named|identified|quoted|cited)|remain\s+(?:anonymous|unnamed)|"
                        r"go\s+unnamed|speak\s+anonymously)\b", re.IGNORECASE)


def is_anonymity_request(words: str) -> bool:
    """Whether words after 'asked' or 'requested' ask that the speaker not be named: how a source is
    quoted, not what they said.

    Example:
        >>> is_anonymity_request("not to be named"), is_anonymity_request("voters to back the toll")
        (True, False)
    """
    return _ANONYMITY.match(words.strip()) is not None


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
# News outlets other than agencies: when one of them 'reported' or 'wrote', the words are a
# journalist's report, not the outlet taking a side (`stance.analyze.REPORT_RULE`).
NEWS_OUTLETS = frozenset({
    "cnn", "fox news", "msnbc", "nbc", "nbc news", "cbs", "cbs news", "abc", "abc news", "npr", "bbc", "bbc news",
    "politico", "breitbart", "breitbart news", "business insider", "the hill", "axios", "new york times",
    "los angeles times", "financial times", "washington post", "wall street journal", "usa today",
    "huffington post", "huffpost", "buzzfeed", "buzzfeed news", "daily mail", "guardian", "daily caller",
    "daily beast", "newsweek", "time", "vox", "slate", "the atlantic", "western journalism", "the economist",
    "sky news"})

PERSON_PRONOUNS = {"he", "she", "him", "her"}
PLURAL_PRONOUNS = {"they", "them"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "gen", "sen", "rep",
              "gov", "lt", "col", "capt", "sgt", "rev", "president", "minister"}
# Head nouns of definite descriptions that refer to a person ('the minister', 'the top diplomat').
PERSON_NOUNS = set(
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
#: Offices one person seldom holds at once (a subset of `PERSON_NOUNS`): 'the mayor' is not the
#: person an article calls a senator. Generic words ('official', 'leader', 'aide') are left out:
#: anyone can be one.
OFFICES = frozenset("""mayor senator governor president premier chancellor minister secretary ambassador judge
prosecutor sheriff king queen prince emperor pope congressman congresswoman councillor councilor councilman
councilwoman alderman commissioner superintendent coach""".split())
TITLE_EXPANSIONS = {"fm": ("foreign", "minister"), "pm": ("prime", "minister"),
                    "dm": ("defence", "minister"), "sec": ("secretary",),
                    "gov": ("governor",), "sen": ("senator",), "rep": ("representative",)}
# Nouns in front of a quoted title of a work: `the film "Dark Water"` is not a statement.
WORK_NOUNS = set(
    """
    film movie book novel song album show series play opera documentary episode poem article
    column essay report headline painting exhibition programme program single track memoir
    magazine newspaper paper titled entitled called named dubbed headlined nicknamed brand
    slogan hashtag word words term phrase label motto banner sign
    """.split()
)


def is_speech_word(w: str) -> bool:
    """Whether a lower-cased word is a form of a speech verb ('said', 'tells', 'warning')."""
    base = re.sub(r"(ed|d|s|ing)$", "", w)
    return w in {"said", "says", "told", "tells", "wrote", "writes", "added", "asked",
                 "saying", "declared", "tweeted", "explained", "stated"} or base in SPEECH_LEMMAS


#: Characters typed for an apostrophe: straight, curly, and the left quote or backtick some sites use.
APOSTROPHES = "’'‘`"


#: Head nouns of a description of an organisation ('the company', 'the terrorist group').
ORG_NOUNS = frozenset("""company firm group agency clinic hospital bank ministry department organisation
organization charity airline carmaker automaker retailer manufacturer insurer developer operator network
university institute foundation association union league club council committee commission board""".split())
#: Organisation nouns that can take a side or hold a belief without a speech verb ('the fishing
#: cooperative criticised ...', 'the party fears that ...'), beside `ORG_NOUNS`; not used to resolve 'the
#: company said' to the organisation named last, since 'the government' or 'the party' is seldom that one.
BODY_NOUNS = ORG_NOUNS | frozenset("""party cooperative co-operative federation coalition alliance campaign
government administration""".split())

_PERSON_NAME = re.compile(r"[A-Z][a-z][\w'’-]*(?: [A-Z]\.){0,2} [A-Z][a-z][\w'’-]+")


def is_person_name(name: str) -> bool:
    """Whether a name is written as a person's: a first name and a surname, perhaps with initials
    between ('Rosa Talvik', 'Mary J. Cole'); not one word, capitals, a title or an organisation's
    lower-case words ('Talvik', 'NATO Secretary', 'Air Chief Marshal Badeh', 'Friends of the Earth').

    Example:
        >>> is_person_name("Mary J. Cole"), is_person_name("Talvik")
        (True, False)
    """
    return _PERSON_NAME.fullmatch(name) is not None


def is_known_outlet(name: str) -> bool:
    """Whether a name, without a leading 'the' and a possessive, is a news outlet's or an agency's
    that the library knows (`NEWS_OUTLETS`, `AGENCIES`).

    Example:
        >>> is_known_outlet("The AP's"), is_known_outlet("the Harbour Trust")
        (True, False)
    """
    return strip_possessive(name.strip()).lower().removeprefix("the ").strip() in NEWS_OUTLETS | AGENCIES


def strip_possessive(name: str) -> str:
    """A name without a trailing possessive ('Reuters’' -> 'Reuters', "Ortiz's" -> 'Ortiz'; also with a
    left quote or backtick typed for the apostrophe, as some sites do: 'Trump‘s' -> 'Trump')."""
    return re.sub(rf"\s*([{APOSTROPHES}]s|[{APOSTROPHES}])$", "", name)


#: Labels that web pages put before a colon, in capitals, to introduce a link, a caption or a
#: kicker ('MORE: ...', 'PHOTOS: ...', 'SEE ALSO: ...'): not speakers.
PAGE_LABELS = frozenset((
    "more", "read more", "see also", "also", "related", "recommended", "must read", "don't miss",
    "top stories", "trending", "photo", "photos", "pictures", "pictured", "gallery", "slideshow",
    "video", "videos", "watch", "listen", "infographic", "map", "timeline", "factbox", "explainer",
    "quiz", "update", "updated", "updates", "breaking", "breaking news", "developing",
    "exclusive", "official", "confirmed", "alert", "just in", "news", "latest", "live", "now", "today",
    "opinion", "analysis", "comment",
    "correction", "clarification", "editor's note", "note", "advertisement", "sponsored", "warning",
    "graphic", "click", "share", "follow", "subscribe",
))
#: The `PAGE_LABELS` of an editor's note: what follows is the outlet's own prose, not a link.
NOTE_LABELS = frozenset(("update", "updated", "updates", "correction", "clarification", "editor's note", "note"))

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
#: What a subject phrase drags along that is not part of a name: an age ('Ramos, 58'), a time
#: ('Saudi Arabian Airlines on Sunday', 'the WHO in 2012'), a dateline ('Oct 6 (Reuters) - HP').
#: A name (capitalised words, 'and' between them) followed by a description in apposition.
_CAP = r"[A-Z][\w.'’-]*"
_DESCRIBED = re.compile(rf"^((?:{_CAP}\s+){{0,4}}?{_CAP}(?:\s+and\s+(?:{_CAP}\s+){{0,3}}{_CAP})?)"
                        r",\s+(?:the|a|an|his|her|its|their)\s+\S.*$")
_NAME_TAILS = [
    re.compile(r",\s*(?:aged\s+)?\d{1,3}$"),
    re.compile(rf"\s+(?:(?:late|early)\s+)?on\s+{_WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?$"),
    re.compile(rf"\s+(?:on\s+|in\s+)?{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?$"),
    re.compile(rf"\s+in\s+(?:{_MONTH}\s+)?(?:19|20)\d\d$"),
    re.compile(r"\s+(?:yesterday|today|last\s+(?:week|month|year|night))$"),
]
_DANGLING = re.compile(r"\b(?:of|to|at|in|on|for|by|from|toward|towards|until|since|during|before|after|the|a|an)$",
                       re.I)
_DATELINE = re.compile(r"^[^()]{0,40}\([A-Z][\w/&. -]{0,30}\)\s*[-–—]+\s*(?=\S)")


#: Whether a number with its thousands set off by a comma ('this foothill town of 3,800') is kept whole, not read
#: as a name and an age ('Ramos, 58'; session 73).
DIGIT_GROUPS = True


def tidy_name(name: str) -> str:
    """A speaker name without what its subject phrase dragged along: an age, a time, a dateline,
    an unclosed parenthesis ('Bill Cosby(Credit' -> 'Bill Cosby'), a description in apposition
    after a name ('Sergey Lavrov, the foreign minister' -> 'Sergey Lavrov'). The name itself when
    nothing is left.

    Example:
        >>> tidy_name("Saudi Arabian Airlines on Sunday")
        'Saudi Arabian Airlines'
        >>> tidy_name("Ramos, 58")
        'Ramos'
    """
    out = name.strip()
    out = _DATELINE.sub("", out)
    k = out.find("(")
    if k > 0 and ")" not in out[k:]:
        out = out[:k]
    changed = True
    while changed:
        changed = False
        for pattern in _NAME_TAILS:
            if DIGIT_GROUPS and pattern is _NAME_TAILS[0] and re.search(r"\d,\d{1,3}$", out):
                continue  # 'Residents of this foothill town of 3,800': no age
            new = pattern.sub("", out).rstrip(" ,")
            if new != out and new and not _DANGLING.search(new):
                out, changed = new, True
    out = out.strip(" ,;:-–—")
    m = _DESCRIBED.match(out)
    if m:  # 'Khizr and Ghazala Khan, the Gold Star parents whose ...': the names, not the description
        out = m.group(1)
    return out or name


#: Organisations that the news names by several short forms, with the long name a speaker row
#: gets (`group_name`). Keys are matched without case when longer than three letters; short
#: ones ('IS', 'UN', 'EU', 'Fed') only in the capitals given.
ORG_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "Islamic State": ("ISIS", "ISIL", "IS", "Daesh", "Islamic State of Iraq and Syria",
                      "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Greater Syria",
                      "Islamic State of Iraq and al-Sham", "Islamic State group"),
    "United Nations": ("UN", "U.N."),
    "European Union": ("EU", "E.U."),
    "Federal Reserve": ("Fed",),
    # news agencies and party committees, named by their initials as often as in full (session 64)
    "Associated Press": ("AP", "A.P.", "the Associated Press"),
    "Agence France-Presse": ("AFP", "Agence France Presse"),
    "United Press International": ("UPI",),
    "Democratic National Committee": ("DNC",),
    "Republican National Committee": ("RNC",),
}
_SHORT_FORM = {f.lower() if len(f) > 3 else f: long for long, forms in ORG_SHORT_FORMS.items()
               for f in (long, *forms)}
_MEMBER_NOUNS = r"(?:militants|fighters|jihadis|jihadists|rebels|insurgents|extremists|group)"
_GROUP_WORDS = r"(?:(?:jihadi|jihadist|militant|terrorist|extremist|rebel|insurgent)\s+)?"
_MEMBERS_OF = re.compile(rf"^(?:[Tt]he\s+)?(?i:{_MEMBER_NOUNS})\s+(?:with|of|from|for)\s+(?:the\s+)?"
                         rf"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*)*?)\s+{_GROUP_WORDS}group$")
_GROUP_THEN_NAME = re.compile(rf"^(?:[Tt]he\s+)?{_GROUP_WORDS}group\s+"
                              r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*)*)$")
_CALLING_ITSELF = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?:group|organi[sz]ation|movement|network)\s+"
                             r"(?:calling\s+itself|that\s+calls\s+itself|known\s+as|called)\s+"
                             r"(?P<name>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*)*)$")
_NAME_THEN_MEMBERS = re.compile(rf"^(?P<name>(?:[Tt]he\s+)?(?!The\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+"
                                rf"{_GROUP_WORDS}{_MEMBER_NOUNS}$")


def group_name(name: str | None) -> str | None:
    """One name for an organisation that a speaker mention names with its members or a short form,
    so that it has one row in a table: 'Isis militants', 'ISIS', 'The Islamic State (IS) group',
    'Militants with the Islamic State jihadi group' and 'The Islamic State, also known as ISIS or
    ISIL' are all 'Islamic State' (`ORG_SHORT_FORMS`); 'Hamas fighters' and 'the militant group Hamas'
    are 'Hamas'; 'A group calling itself the Harbour Front' is 'the Harbour Front'; an acronym in
    brackets is dropped ('The Central Bureau of Investigation (CBI)'). Any other name is returned
    as it is ('the militants', 'SITE Intel Group').

    Example:
        >>> group_name("Isis militants"), group_name("Hamas fighters"), group_name("the militants")
        ('Islamic State', 'Hamas', 'the militants')
    """
    if not name:
        return name
    called = _CALLING_ITSELF.match(name.strip())  # 'A group calling itself the Harbour Front'
    out = called.group("name") if called else name.strip()
    out = re.split(r",\s*(?:also\s+known\s+as|also\s+called|known\s+as)\b", out)[0].strip(" ,")
    out = re.sub(r"\s*\([A-Z][A-Za-z.]{0,7}\)(?=\s+\w)", "", out)  # 'The Islamic State (IS) group'
    # an acronym in brackets at the end: 'The Central Bureau of Investigation (CBI)', not 'WASHINGTON (UPI)'
    out, bracketed = re.subn(r"\s+\(([A-Z]{2,8})\)$", lambda b: "" if b.group(1).lower() not in AGENCIES
                             else b.group(0), out)
    bracketed = bool(bracketed) and out != name.strip()
    m = _MEMBERS_OF.match(out) or _NAME_THEN_MEMBERS.match(out) or _GROUP_THEN_NAME.match(out)
    if m:
        out = m.group("name")
    bare = re.sub(r"^[Tt]he\s+", "", out)
    long = _SHORT_FORM.get(bare.lower() if len(bare) > 3 else bare)
    if long is not None:
        return long
    return out if m or called or bracketed else name


#: Capitals and seats of government that the news uses for their country ('Moscow said'), with
#: the country's names (compared without case or a leading 'the', `speaks_as_country`): a speaker
#: named by one speaks as the country when the country speaks in the same article too
#: (`stance.extract.assemble`), so that a table has one row for it.
SEAT_OF: dict[str, tuple[str, ...]] = {
    "Moscow": ("Russia",), "the Kremlin": ("Russia",), "Baghdad": ("Iraq",), "Damascus": ("Syria",),
    "Beijing": ("China",), "Tehran": ("Iran",), "Ankara": ("Turkey",), "Pyongyang": ("North Korea",),
    "Seoul": ("South Korea",), "Tokyo": ("Japan",), "Kiev": ("Ukraine",), "Kyiv": ("Ukraine",),
    "London": ("Britain", "the United Kingdom", "the UK"), "Paris": ("France",), "Berlin": ("Germany",),
    "Erbil": ("Kurdistan", "the Kurdistan Region"),
    "Washington": ("the United States", "the US", "the U.S.", "America"),
}


def _seat_key(name: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(name.lower().split()))


_SEATS = {_seat_key(seat): {_seat_key(c) for c in countries} for seat, countries in SEAT_OF.items()}


def speaks_as_country(seat: str, country: str) -> bool:
    """Whether a speaker named ``seat`` is the capital or seat of government of ``country``
    (`SEAT_OF`; case and a leading 'the' ignored).

    Example:
        >>> speaks_as_country("Moscow", "Russia"), speaks_as_country("the Kremlin", "China")
        (True, False)
    """
    return _seat_key(country) in _SEATS.get(_seat_key(seat), ())
