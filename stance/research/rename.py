"""Renamed copies of labelled statements: the person a statement is judged toward gets a made-up
name, in the target and wherever the statement or speaker names them.

Most of our labelled news items are about a few people (Donald Trump and Hillary Clinton alone are
one row in eight), so a model can learn who is usually opposed instead of reading what is said. A
renamed copy keeps the words and the label and takes the name away, the way a statement about a
person the model has never seen reads (`news_training_mix(renamed_copy=True)`).

Example:
    >>> rows = pd.DataFrame({"statement": ["Mr. Trump is a disgrace, he said"],
    ...                      "target": ["Donald Trump"], "speaker": ["Ann Lee"]})
    >>> renamed = rename_people(rows, seed=0, is_person=lambda t: True)
    >>> renamed["statement"][0] == f"Mr. {renamed['target'][0].split()[-1]} is a disgrace, he said"
    True
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd

from ..extract import load_nlp

__all__ = ["FEMALE_NAMES", "MALE_NAMES", "SURNAMES", "person_targets", "rename_people"]

#: Made-up names come from these lists (varied origins, none of them a frequent news target); the
#: first name follows the pronouns of the statement where they are all of one kind.
FEMALE_NAMES = ("Adaeze", "Carmen", "Eleni", "Greta", "Ines", "Keiko", "Marisol", "Olga", "Rania", "Tamsin",
                "Valeria", "Ximena", "Zofia", "Beatriz", "Dalia", "Fiona", "Hana", "Joelle", "Leila", "Nadia")
MALE_NAMES = ("Bjorn", "Dmitri", "Farid", "Hamid", "Jonas", "Lars", "Nikhil", "Pieter", "Soren", "Ugo",
              "Wendell", "Yusuf", "Anders", "Cormac", "Emeka", "Gustavo", "Ivo", "Kwame", "Mateo", "Oren")
SURNAMES = ("Okafor", "Lindqvist", "Marchetti", "Haddad", "Kowalczyk", "Varga", "Nakamura", "Ferreira", "Oyelaran",
            "Brennan", "Castellanos", "Demir", "Eriksen", "Fairweather", "Gallardo", "Holloway", "Ibarra", "Jankowski",
            "Kavanagh", "Lindgren", "Moreau", "Ndiaye", "Ostrowski", "Pellegrino", "Quintero", "Rasmussen", "Sorensen",
            "Takahashi", "Uzor", "Vasquez", "Whitlock", "Yilmaz", "Zielinski", "Abernathy", "Bergstrom", "Cavanagh",
            "Delacroix", "Everhart", "Fontaine", "Grady")

_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_NAME = re.compile(r"^[A-Z][a-zA-Z'\-]+(?: [A-Z]\.)?(?: [A-Z][a-zA-Z'\-]+){1,2}$")


def person_targets(targets: Iterable[str], is_person: Callable[[str], bool] | None = None) -> set[str]:
    """The targets that are a person's full name: two or three capitalised words (a middle initial
    allowed) that spaCy's entity recogniser reads as a PERSON in a plain sentence ("Yesterday,
    {target} said so."), or that ``is_person`` accepts."""
    names = sorted({t for t in targets if isinstance(t, str) and _NAME.match(t)})
    if is_person is not None:
        return {t for t in names if is_person(t)}
    docs = load_nlp().pipe(f"Yesterday, {t} said so." for t in names)
    return {t for t, doc in zip(names, docs) if any(e.label_ == "PERSON" and e.text == t for e in doc.ents)}


def _replace(text: str, old: list[tuple[re.Pattern, str]]) -> str:
    for pattern, new in old:
        text = pattern.sub(new, text)
    return text


def rename_people(frame: pd.DataFrame, *, seed: int, is_person: Callable[[str], bool] | None = None) -> pd.DataFrame:
    """A copy of ``frame`` (columns ``statement``, ``target``, ``speaker``) in which each row whose
    target is a person (`person_targets`) gets a new, made-up name drawn for that row: the full
    name, the name without its middle initial, the surname and the first name are replaced in the
    target, the statement and the speaker (whole words only; a first name that fits the statement's
    pronouns when they are all "she" or all "he"). Other rows are unchanged; labels and
    every other column are kept."""
    people = person_targets(frame["target"], is_person)
    rng = np.random.default_rng(seed)
    out = frame.copy()
    statements, targets, speakers = list(out["statement"]), list(out["target"]), list(out["speaker"])
    for i, target in enumerate(targets):
        if target not in people:
            continue
        words = target.split()
        she, he = bool(_SHE.search(statements[i])), bool(_HE.search(statements[i]))
        pool = FEMALE_NAMES if she and not he else MALE_NAMES if he and not she else FEMALE_NAMES + MALE_NAMES
        first, last = pool[rng.integers(len(pool))], SURNAMES[rng.integers(len(SURNAMES))]
        forms = [(target, f"{first} {last}"), (f"{words[0]} {words[-1]}", f"{first} {last}"),
                 (words[-1], last), (words[0], first)]
        old = [(re.compile(rf"(?<![\w-]){re.escape(a)}(?![\w-])"), b) for a, b in forms]
        statements[i] = _replace(statements[i], old)
        targets[i] = f"{first} {last}"
        if isinstance(speakers[i], str):
            speakers[i] = _replace(speakers[i], old)
    out["statement"], out["target"], out["speaker"] = statements, targets, speakers
    return out
