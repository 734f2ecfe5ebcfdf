"""Attributed-statement extraction: who said what in a news article.

The rules run over a spaCy parse (dependency labels, NER, lemmas); the learned tagger (the shipped
one by default, `stance.load_tagger`; ``tagger=None`` for the rules alone) adds the attributions they
have no rule for. What no library does is written
here by hand: finding quotations in messy text (mismatched marks, unclosed quotes, quotes running
over several paragraphs), linking a quotation to the attribution next to it, turning a speech verb
into speaker, cue and content, headline paraphrases ("Minister calls for X", "...: Official"),
rule-based speaker resolution ('he', 'the minister', 'Lavrov' -> 'Sergey Lavrov') and news agencies
that relay someone else's words ("..., Reuters reported").

Example:
    >>> from stance.extract import extract
    >>> for s in extract('"We will not back down," the mayor, Ann Ortiz, said.', tagger=None):
    ...     print(s.speaker, "|", s.cue, "|", s.kind, "|", s.text)
    Ann Ortiz | said | direct | We will not back down

Modules, by what each part does:
    quotes       quotation scanning (pure string code, no spaCy)
    lexicon      speech verbs, agencies, person nouns and other word lists (no spaCy)
    pipeline     loading the spaCy model; the line-break component (`load_nlp`, `prepare_nlp`)
    article      one parsed article: paragraphs, quotations, token lookup (`Article`)
    candidates   intermediate results: attribution frames and statement candidates
    attribution  the rules that turn speech verbs and 'according to' into frames
    linking      which frame attributes which quotation; agencies relaying someone
    headlines    transcript lines and headline paraphrases
    speakers     speaker resolution (`People`, `SpeakerResolver`)
    tagger       the learned attribution tagger's spans (`AttributionTagger`, `TaggedSpan`);
                 loaded with `stance.load_tagger`
    learned      tagged spans linked into frames where the rules found nothing
    assemble     the steps in order, and the `Statement`s they make
    statement    `Statement`
    api          `extract`, `extract_many`, `extract_doc`
"""
from __future__ import annotations

from .api import extract, extract_doc, extract_many
from .lexicon import AGENCIES, SPEECH_LEMMAS
from .pipeline import DEFAULT_MODEL, load_nlp, prepare_nlp
from .statement import Statement

__all__ = ["Statement", "extract", "extract_many", "extract_doc", "load_nlp", "prepare_nlp", "DEFAULT_MODEL",
           "SPEECH_LEMMAS", "AGENCIES"]
