"""Article analysis: who stands where on what, in one call.

`analyze` extracts the attributed statements of an article, scores each against each target,
and summarises the result by speaker. A statement that does not concern a target is neutral
toward it: a relevance step (`stance.targets.relevance`: the target's words, aliases or known
metonyms in the statement, its paragraph or the paragraph before, else the headline) decides
that before the classifier's label is used.
"""
from __future__ import annotations

import itertools
import logging
import os
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from .extract import Statement, extract, load_nlp
from .extract.attribution import DECLINING
from .extract.lexicon import is_known_outlet
from .extract.text import replace_surrogates
from .gate import RelevanceGate, resolve_gate
from .model import BATCH_SIZE, load
from .storage import load_tagger
from .targets import (IT_PRONOUN, KNOWN_ALIASES, KNOWN_SHORT_FORMS, OBJECT_PRONOUN, Target, as_targets, is_issue,
                      it_referent, known_aliases, mention_level, mentions_target, names_another_of_its_kind, own_side,
                      pronoun_referent, relevance, suggest_targets)

__all__ = ["Analysis", "StanceRecord", "Target", "analyze", "cell_stance", "known_aliases", "mentions_target",
           "own_stance", "relevance", "says_no_position", "suggest_targets", "KNOWN_ALIASES", "KNOWN_SHORT_FORMS",
           "MIXED_MIN_STATEMENTS",
           "MIXED_RATIO", "NO_POSITION_NOTE", "NO_POSITION_RULE", "QUESTION_RULE", "RELEVANCE_GATE",
           "REPORT_NOTE", "REPORT_RULE",
           "RelevanceGate", "REQUEST_NOTE", "REQUEST_RULE", "asks_for_answer", "SECESSION_NOTE", "SECESSION_RULE",
           "DECLARED_NOTE", "DECLARED_RULE", "VOTE_NOTE", "VOTE_RULE", "SIDE_NOTES", "known_side", "SELF_NOTE",
           "SELF_SUPPORT", "SPOKESPERSON_NOTE", "TAGGER", "USE_SPEAKER", "rule_label", "JOIN_PIECES",
           "classifier_texts", "stance_statements"]

logger = logging.getLogger(__name__)

@dataclass(frozen=True)
class StanceRecord:
    """The stance of one statement toward one target.

    Attributes:
        statement: the `Statement` (speaker, cue, offsets).
        target: the target's name.
        label: the stance; 'neutral' when the statement does not concern the target.
        score: the probability of that label (for a not-relevant pair, of the classifier's neutral;
            NaN when the classifier did not run on it, see ``classify_all`` of `analyze`).
        scores: the classifier's probabilities per label (NaN where it did not run).
        relevant: whether the statement (or its context) concerns the target.
        mention: where the article names the target, seen from the statement: 'statement',
            'sentence' (the attribution frame), 'paragraph' or 'none' (`stance.targets.mention_level`).
        note: set when a rule rather than the classifier's argmax gave the label: 'speaker is
            the target' or 'speaks for the target' (see `SELF_SUPPORT`), 'the cue takes a side'
            (see `CUE_STANCE`), 'says it takes no side' (see `NO_POSITION_RULE`), 'a news outlet
            reporting' (see `REPORT_RULE`), a state's integrity against secession (see `SECESSION_RULE`),
            a side the statement declares ('I back the licence', see `DECLARED_RULE`), a yes or no vote
            (see `VOTE_RULE`), a request for an answer that is not support (see `REQUEST_RULE`).
        relevance_score: with a learned relevance gate (``analyze(relevance_gate=True)``), its
            probability that the statement takes a side on the target; else None.
    """

    statement: Statement
    target: str
    label: str
    score: float
    scores: dict[str, float] = field(repr=False)
    relevant: bool = True
    mention: str | None = None
    note: str = ""
    relevance_score: float | None = None


def _set_aside(statement: str, target: Target, others: Sequence[Target]) -> str:
    """Why the relevance step found a statement not to concern a target (`Analysis.explain`)."""
    if mentions_target(statement, target):  # named, yet set aside: only as what a position is on
        return "names the target only as what someone's position is on (relevance step)"
    named = [t.name for t in others if mentions_target(statement, t)]
    if named:
        return f"names {', '.join(map(repr, named))}, not this target (relevance step)"
    if any(names_another_of_its_kind(statement, t) for t in (target, *others)):
        return "names another thing of a target's kind ('a new coalition'), its own subject (relevance step)"
    return "does not concern the target (relevance step)"


@dataclass
class Analysis:
    """The result of `analyze`: statements, targets and one record per (statement, target)."""

    text: str
    targets: tuple[Target, ...]
    statements: list[Statement]
    stances: list[StanceRecord]
    labels: tuple[str, ...] = ("support", "oppose", "neutral")
    #: the neutral margin the labels were taken with (`analyze`'s ``neutral_margin``)
    neutral_margin: float = 0.0
    #: whether `SELF_SUPPORT` was applied (`analyze`'s ``self_support``)
    self_support: bool = True
    #: whether the classifier read split pieces joined (`analyze`'s ``join_pieces``)
    join_pieces: bool = False
    #: the weight of the reading with speaker and cue in the probabilities (`analyze`'s ``use_speaker``)
    speaker_weight: float = 0.0

    def relabel(self, neutral_margin: float) -> Analysis:
        """The same analysis with the statements that concern a target labelled with another
        neutral margin (p(neutral) lowered by it; negative raises it), from the classifier
        probabilities already computed: no extraction and no classifier run. Rule labels (a cue
        that takes a side) and pairs that do not concern a target are unchanged.

        Example:
            >>> cautious = result.relabel(-0.2)   # a statement needs p(side) > p(neutral) + 0.2
            >>> cautious.by_speaker()
        """
        labels = list(self.labels)
        neutral = labels.index("neutral") if "neutral" in labels else None
        index = {t.name: j for j, t in enumerate(self.targets)}
        sides: dict[tuple[str | None, int], str | None] = {}
        stances = []
        for r in self.stances:
            row = np.array([r.scores[l] for l in labels], dtype=float)
            if r.note == CUE_NOTE or not (r.relevant or neutral is None) or np.isnan(row).any():
                stances.append(r)
                continue
            shifted = row.copy()
            if neutral is not None:
                shifted[neutral] -= neutral_margin
            j = index[r.target]
            k, score, note = _concerning(r.statement, self.targets[j], j, row, int(shifted.argmax()), labels,
                                         self.text, self.self_support, sides)
            stances.append(replace(r, label=labels[k], score=score, note=note))
        return replace(self, stances=stances, neutral_margin=float(neutral_margin))

    @property
    def _neutral(self) -> str | None:
        return "neutral" if "neutral" in self.labels else None

    @property
    def _polar(self) -> bool:
        """Whether net stance means something: the labels include 'support' and 'oppose'."""
        return {"support", "oppose"} <= set(self.labels)

    def to_pandas(self) -> pd.DataFrame:
        """One row per (statement, target)."""
        rows = []
        for r in self.stances:
            s = r.statement
            rows.append({"speaker": s.speaker, "target": r.target, "label": r.label, "score": round(r.score, 4),
                         "relevant": r.relevant, "mention": r.mention, "note": r.note, "statement": s.text,
                         "relevance_score": r.relevance_score, "kind": s.kind, "cue": s.cue,
                         "speaker_mention": s.speaker_mention, "co_speakers": s.co_speakers, "source": s.source,
                         "start": s.start, "end": s.end, **{f"p_{k}": round(v, 4) for k, v in r.scores.items()}})
        columns = ["speaker", "target", "label", "score", "relevant", "mention", "note", "statement",
                   "relevance_score", "kind", "cue", "speaker_mention", "co_speakers", "source", "start", "end",
                   *(f"p_{l}" for l in self.labels)]
        return pd.DataFrame(rows, columns=columns)

    def _by_each_speaker(self) -> pd.DataFrame:
        """`to_pandas` with a row more for each co-speaker of a statement ("Graham and Perdue said":
        the statement is Perdue's too), the speaker column filled ('(unattributed)')."""
        frame = self.to_pandas()
        frame["speaker"] = frame["speaker"].fillna("(unattributed)")
        extra = [dict(row, speaker=name) for row in frame[frame["co_speakers"].map(len) > 0].to_dict("records")
                 for name in row["co_speakers"]]
        return pd.concat([frame, pd.DataFrame(extra, columns=frame.columns)], ignore_index=True) if extra else frame

    def by_speaker(self) -> pd.DataFrame:
        """Speaker x target summary: counts per label, the cell's stance, net stance, the most
        confident statement.

        The cell's stance is a confidence-weighted vote over the speaker's statements that concern
        the target (`StanceRecord.relevant`): S = the summed p(support) of those labelled support,
        O = the summed p(oppose) of those labelled oppose. No such statement: neutral. Both sides
        with the smaller at least `MIXED_RATIO` of the larger and resting on at least
        `MIXED_MIN_STATEMENTS` statements: 'mixed'. Otherwise the larger side.
        Statements about something else do not count, and neutral ones do not dilute a stance the
        speaker does take. Net is (S - O) / the number of statements that concern the target (0 when
        none does), in [-1, 1]. A statement of several people ("Graham and Perdue said",
        `Statement.co_speakers`) counts for each of them.

        A model trained on other labels gets the same vote over its labels other than 'neutral'
        (`cell_stance`); its net is NaN unless its labels include 'support' and 'oppose'.
        """
        frame = self._by_each_speaker()
        columns = ["speaker", "target", *(f"n_{l}" for l in self.labels), "n_relevant", "net", "stance",
                   "top_statement", "top_score"]
        if frame.empty:
            return pd.DataFrame(columns=columns)
        rows = []
        for (speaker, target), group in frame.groupby(["speaker", "target"], sort=False):
            counts = Counter(group["label"])
            relevant = group[group["relevant"]]
            label, net = cell_stance(relevant["label"], relevant["score"], neutral=self._neutral)
            if not self._polar:
                net = float("nan")
            stanced = group[group["label"] != self._neutral]
            top = (stanced if len(stanced) else group).sort_values("score", ascending=False).iloc[0]
            rows.append({"speaker": speaker, "target": target, **{f"n_{l}": counts.get(l, 0) for l in self.labels},
                         "n_relevant": len(relevant), "net": round(net, 3), "stance": label,
                         "top_statement": top["statement"], "top_score": float(top["score"])})
        return pd.DataFrame(rows, columns=columns)

    def explain(self, speaker: str, target: str) -> pd.DataFrame:
        """The statements behind one speaker x target cell, so that a reader can check it: text,
        label, score, relevance, whether the vote counts it, why not when it does not, and what the
        classifier read (``read_as``: the pieces joined for a piece of a split statement, see
        `classifier_texts`; else the statement).

        Raises:
            KeyError: no statement of that speaker, or no such target (the known ones are named).

        Example:
            >>> result.explain("Ann Ortiz", "the toll")[["statement", "label", "counted", "reason"]]
        """
        frame = self._by_each_speaker()
        names = [t.name for t in self.targets]
        if target not in names:
            raise KeyError(f"no target {target!r}; the targets are {names}")
        speakers = list(dict.fromkeys(frame["speaker"]))
        rows = frame[(frame["speaker"] == speaker) & (frame["target"] == target)].copy()
        if rows.empty:
            raise KeyError(f"no statement by {speaker!r}; the speakers are {speakers}")
        rows["counted"] = rows["relevant"] & (rows["label"] != self._neutral)
        gated = rows["relevance_score"].notna()
        tg = self.targets[names.index(target)]
        others = [t for t in self.targets if t.name != target]
        aside = [_set_aside(text, tg, others) for text in rows["statement"]]
        rows["reason"] = np.where(~rows["relevant"] & gated, "unlikely to take a side on the target (relevance gate)",
                                  np.where(~rows["relevant"], aside,
                                  np.where((rows["label"] == self._neutral) & (rows["note"] == ""),
                                           "neutral toward the target", rows["note"])))
        texts = classifier_texts(self.statements, join=self.join_pieces)
        read = {(st.start, st.end): text for st, text in zip(self.statements, texts)}
        rows["read_as"] = [read.get((a, b), text) for a, b, text in zip(rows["start"], rows["end"], rows["statement"])]
        keep = ["statement", "label", "score", "relevant", "relevance_score", "mention", "counted", "reason", "read_as",
                "cue", "kind", "start", "end", *(f"p_{l}" for l in self.labels)]
        return rows[keep].reset_index(drop=True)

    def format_table(self) -> str:
        """A plain-text speaker x target table (what `stance analyze` prints)."""
        summary = self.by_speaker()
        if summary.empty:
            return "no attributed statements found"
        names = [t.name for t in self.targets]
        speakers = list(dict.fromkeys(summary["speaker"]))
        width = max(12, *(len(s) for s in speakers)) + 2
        col = max(24, min(34, max(len(n) for n in names) + 2)) if names else 24
        lines = [" " * width + "".join(_clip(n, col - 2).ljust(col) for n in names)]
        cells = {(r["speaker"], r["target"]): r for r in summary.to_dict(orient="records")}
        for sp in speakers:
            row = sp.ljust(width)
            for n in names:
                r = cells.get((sp, n))
                if r is None:
                    cell = "-"
                else:
                    net = f"{r['net']:+.2f}  " if self._polar else ""
                    cell = f"{r['stance']:<8}{net}" + "/".join(str(r[f"n_{l}"]) for l in self.labels)
                row += _clip(cell, col - 2).ljust(col)
            lines.append(row)
        net = "net, " if self._polar else ""
        lines.append("cell: stance (confidence-weighted vote of the statements that concern the target; "
                     f"'mixed' when both sides are near even), {net}statements labelled {'/'.join(self.labels)}")
        return "\n".join(lines)

    def plot(self, *, ax=None):
        """A speakers x targets heatmap coloured by net stance (blue support, red oppose).

        Returns:
            The matplotlib Figure (save it with `fig.savefig("stances.png")`).
        """
        import matplotlib.pyplot as plt  # headless machines fall back to the Agg backend by themselves

        summary = self.by_speaker()
        names = [t.name for t in self.targets]
        speakers = list(dict.fromkeys(summary["speaker"])) if not summary.empty else []
        grid = np.full((len(speakers), len(names)), np.nan)
        notes = [["" for _ in names] for _ in speakers]
        for r in summary.to_dict(orient="records"):
            i, j = speakers.index(r["speaker"]), names.index(r["target"])
            total = sum(r[f"n_{l}"] for l in self.labels)
            stanced = total - (r[f"n_{self._neutral}"] if self._neutral else 0)
            if self._polar:
                grid[i, j] = r["net"] if stanced else 0.0
                notes[i][j] = f"{r['stance']}\n{r['net']:+.2f} ({stanced}/{total})"
            else:  # no net stance to colour by: the cell's label and counts only
                grid[i, j] = 0.0
                notes[i][j] = f"{r['stance']}\n({stanced}/{total})"
        if ax is None:
            fig, ax = plt.subplots(figsize=(2.2 + 2.4 * max(1, len(names)), 1.2 + 0.7 * max(1, len(speakers))))
        else:
            fig = ax.figure
        image = ax.imshow(np.ma.masked_invalid(grid), cmap="RdBu", vmin=-1, vmax=1, aspect="auto")
        ax.set_xticks(range(len(names)), [_wrap(n, 22) for n in names], fontsize=9)
        ax.set_yticks(range(len(speakers)), speakers, fontsize=9)
        ax.xaxis.tick_top()
        for i in range(len(speakers)):
            for j in range(len(names)):
                if notes[i][j]:
                    ax.text(j, i, notes[i][j], ha="center", va="center", fontsize=8,
                            color="white" if abs(grid[i, j]) > 0.6 else "black")
        fig.colorbar(image, ax=ax, label="net stance: oppose (-1) … support (+1)", shrink=0.8)
        ax.set_title("Who stands where", pad=12, fontsize=11, loc="left")
        fig.tight_layout()
        return fig


#: How much `analyze` and `stance score --mode articles` weigh a speaker-aware model's reading of a
#: statement with its speaker and cue against its reading of the statement alone, when the model
#: does not say (`StanceModel.analysis_speaker`, chosen per model): 0, the statement alone. The first
#: speaker-aware model was better without them (per-article gold dev cells F_avg 24.70 against
#: 18.48); the shipped model weighs them 0.75 (session 32, docs/evaluation.md).
#: `model.predict(..., speaker=)` always uses what it is given.
USE_SPEAKER = 0.0


def resolve_speaker_reading(model, use_speaker: bool | float | None) -> float:
    """``use_speaker`` as `analyze` applies it, as the weight of the speaker reading: None becomes the
    model's `StanceModel.analysis_speaker` (`USE_SPEAKER` for a model object without one), True 1
    and False 0; a model that is not speaker-aware reads the statement alone whatever is asked (the
    speaker would change nothing).

    Raises:
        ValueError: ``use_speaker`` is not a bool, None or a number from 0 to 1.
    """
    if use_speaker is None:
        use_speaker = getattr(model, "analysis_speaker", USE_SPEAKER)
    if isinstance(use_speaker, str) or not isinstance(use_speaker, (bool, int, float)) \
            or not 0.0 <= float(use_speaker) <= 1.0:
        raise ValueError(f"use_speaker must be True, False, a weight from 0 to 1 or None (the model's own), "
                         f"got {use_speaker!r}")
    return float(use_speaker) if getattr(model, "uses_speaker", False) else 0.0


def reading_proba(model, texts: Sequence[str], targets: Sequence[str], *, speakers: Sequence[str | None],
                  cues: Sequence[str | None], mentions: Sequence[str | None] | None, speaker_weight: float,
                  batch_size: int = BATCH_SIZE) -> np.ndarray:
    """The classifier's probabilities for extracted statements: the reading of the statement alone
    and the reading with its speaker and cue, averaged with ``speaker_weight`` on the second (a
    resolved value, `resolve_speaker_reading`; 0 or 1 runs one reading only)."""
    def read(with_speaker: bool) -> np.ndarray:
        return model.predict_proba(texts, targets, speaker=speakers if with_speaker else None,
                                   cue=cues if with_speaker else None, mention=mentions, batch_size=batch_size)

    if speaker_weight <= 0.0:
        return read(False)
    if speaker_weight >= 1.0:
        return read(True)
    return (1.0 - speaker_weight) * read(False) + speaker_weight * read(True)


#: A cell is 'mixed' when the weaker side's weight is at least this share of the stronger's ...
MIXED_RATIO = 0.5
#: ... and the weaker side has at least this many statements. Chosen on the per-article gold dev
#: tables (70 articles, 470 cells; the gold calls 1.3% of cells mixed): with the shipped model cell
#: F_avg 28.60 with 2 against 25.67 with 1 (a single contrary statement, often a classifier
#: error, made 8% of the cells 'mixed'); 29.08 with 3, 29.39 with no 'mixed' at all.
MIXED_MIN_STATEMENTS = 2


#: Whether the classifier reads the pieces of one reported statement together. An attribution can
#: split its content ('The turbines, she said, had been placed too close', 'Gwen Graham pummeled
#: Donald Trump as divisive and Hillary Clinton as a "work horse"'): `extract` gives each piece as a
#: statement of its own, sharing the cue, and the first piece alone ('The turbines') says nothing.
#: With JOIN_PIECES each piece is classified as the pieces joined (`classifier_texts`); the records
#: keep their own statements. Chosen on the per-article dev tables (docs/evaluation.md, session 30).
JOIN_PIECES = True


def classifier_texts(statements: Sequence[Statement], join: bool = True) -> list[str]:
    """What the classifier reads for each statement: its text, or, with ``join`` (the default), for a
    piece of reported speech that shares its cue and speaker with other pieces (not a quotation),
    the pieces joined in text order (a piece inside another is not repeated).

    Example:
        >>> a = Statement("The turbines", 0, 12, "Ann Ortiz", "Ann Ortiz", 14, 23, "said", 24, 28, "indirect", None, 0)
        >>> b = replace(a, text="had been placed too close", start=30, end=55)
        >>> classifier_texts([a, b])
        ['The turbines had been placed too close', 'The turbines had been placed too close']
    """
    if not join:
        return [s.text for s in statements]
    groups: dict[tuple, list[int]] = {}
    for i, s in enumerate(statements):
        if s.cue_start is not None and s.kind != "direct":
            groups.setdefault((s.cue_start, s.cue_end, s.speaker_start), []).append(i)
    out = [s.text for s in statements]
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: (statements[i].start, -statements[i].end))
        kept, end = [], -1
        for i in members:
            if statements[i].end <= end:
                continue  # inside a piece already kept
            kept.append(statements[i].text)
            end = statements[i].end
        joined = " ".join(kept)
        for i in members:
            out[i] = joined
    return out


#: The attribution tagger `analyze` adds to the extraction rules: the shipped one. Per-article gold
#: dev tables (70 articles, 470 cells): 85.3% of gold cells found with it, 74.5% with the rules
#: alone; cell F_avg 37.65 vs 35.25. It costs about as much time as the spaCy parse again
#: (docs/evaluation.md). ``analyze(..., tagger=None)`` gives the rules alone; `extract` has the
#: same default (`stance.extract.api.TAGGER`).
TAGGER = "default"

#: Whether a speaker's stanced statement about themself is support. The labelling guideline
#: (docs/labelling.md, rule 6) calls a speaker defending themself support; the classifier, which
#: does not know that 'I' or 'my campaign' is the target, reads the negative words of a defence
#: ('none of the messages was marked classified') as opposition. On the per-article gold dev
#: tables (70 articles, 470 cells, 41 of them a speaker about themself, 34 of those support) with
#: the tagger: cell F_avg 37.75 with this rule against 30.70 without, ahead in each of 5 folds by
#: article. Only 'oppose' calls change; neutral ones stay neutral.
#: The same holds for a speaker the article introduces as speaking for the target: its
#: spokesperson, aide, lawyer or campaign manager (`stance.targets.speaks_for`: 'Clinton campaign
#: spokesman Brian Fallon' toward Hillary Clinton, 'Laurie Guzzinati, a spokeswoman for Nabisco').
#: Replayed on the cached dev run (session 19): 8 statement labels change, cell F_avg 38.04 -> 38.67,
#: the example articles unchanged.
SELF_SUPPORT = True

#: `StanceRecord.note` of a statement that `SELF_SUPPORT` labelled.
SELF_NOTE = "speaker is the target: a stance on oneself is read as support"
#: The same, for a speaker who speaks for the target.
SPOKESPERSON_NOTE = "speaker speaks for the target: a stance on one's own side is read as support"


#: Whether a cue that itself takes a side sets the label toward the target it names: 'X praised
#: / endorsed / thanked Y' is support for Y, 'X blasted / accused / rejected Y' opposition (the
#: labelling guideline's reading of the attribution frame). It applies when the statement (the
#: cue's object) opens with a phrase that names the target: 'Clinton's record with Latinos' after
#: 'praised' is support for Hillary Clinton, whatever the classifier makes of the bare words.
#: Replayed on a cached run over the per-article gold dev tables it changed 33 of 5,388 statement
#: x target labels, 13 of them (cell F_avg 37.94 -> 38.41, within noise); the example articles are
#: unchanged (docs/evaluation.md).
CUE_STANCE = True

#: Whether `cue_stance` needs the target at the head of the cue's object or as its owner ('praised
#: Sen. Ted Cruz', 'praised Clinton's record'), not only as a word that qualifies it ('denounced the
#: Puerto Rico debt deal' takes no side toward Puerto Rico) (session 48).
CUE_HEAD_ONLY = True

#: Whether, for `CUE_HEAD_ONLY`, an object phrase in a headline's title case ('Insulted The Benghazi
#: Victims': every word capitalised, an article or preposition among them) has its last word as head, since
#: capitals no longer tell a name from the noun it qualifies (session 64).
TITLE_CASE_HEADS = True

#: Whether a speaker described by the side they take ('Campaigners against the runway said ...', 'Critics
#: of the toll say ...', 'supporters of the bill') takes that side toward the target the description
#: names, in each of their statements, as a side cue does (`CUE_STANCE`); the classifier read the
#: campaigners' 'the poll proved that the public had seen through the airport's promises' as neutral
#: (an article written in session 67). One speaker of the per-article gold dev articles is so described
#: ('Some advocates for stem cell research'), with no gold cell.
SPEAKER_SIDES = True
_DESCRIBED_SIDE = re.compile(
    r"^(?:\S+\s+){0,3}?(?:(?P<against>critics?|opponents?|foes?|detractors?)\s+of"
    r"|(?P<for>supporters?|backers?|defenders?|proponents?|advocates?|champions?)\s+(?:of|for)"
    r"|(?:campaigners?|protesters?|activists?|groups?|residents?|people|those|voters?|lawmakers?|members?)\s+"
    r"(?:(?P<against2>against|opposed\s+to|who\s+oppose[sd]?)"
    r"|(?P<for2>in\s+favou?r\s+of|who\s+(?:support|back)(?:s|ed)?)))"
    r"\s+(?P<what>[^,;()]+)", re.IGNORECASE)


def described_side(mention: str | None, target: str | Target) -> str | None:
    """The side a speaker's description takes toward ``target`` ('Campaigners against the runway',
    'Critics of the toll', 'advocates for stem cell research'; `SPEAKER_SIDES`), else None.

    Example:
        >>> described_side("Campaigners against the runway", "the third runway|the runway")
        'oppose'
        >>> described_side("Some advocates for stem cell research", "stem cell research")
        'support'
        >>> described_side("Residents of the east side", "the east side") is None
        True
    """
    m = _DESCRIBED_SIDE.match(mention or "")
    if m is None:
        return None
    target = target if isinstance(target, Target) else Target(target)
    what = " ".join(m.group("what").split()[:6])
    if not mentions_target(what, target):
        return None
    return "oppose" if m.group("against") or m.group("against2") else "support"


#: Whether a side cue whose object is 'him' or 'her' ('chided him for siding with ...', 'praised her
#: for ...') takes its side toward the person target of that gender named last before the statement,
#: in its paragraph or the one before, who is not the speaker (`stance.targets.pronoun_referent`;
#: session 49).
PRONOUN_OBJECTS = True
#: Whether a side cue whose statement is 'it' alone ('Commissioner Carmen Rubio voted against it', 'France and
#: Spain support it') takes its side toward the target that 'it' refers to: the one target named in the nearest
#: sentence before that names any (`stance.targets.it_referent`; an article written in session 69).
PRONOUN_CONTENTS = True
#: Whether the verbs that make or keep a thing ('voted to build the lane', 'agreed to adopt the
#: plan', 'pledged to sign the bill', 'decided to keep the ferry') take the intending cue's side
#: for their object, as 'voted to approve' does (`_MAKING`; session 65).
MAKING_VERBS = True
#: Whether a cue that asks someone to act ('asking her to block the plan', 'urged the council to
#: approve the toll', 'called on the board to scrap the fee') takes the side of the act asked for
#: toward its object (`_HOSTILE`, `_FRIENDLY`, `_MAKING`), as 'vowed to block' does (session 65).
REQUESTED_ACTIONS = True

#: Whether a cue that defeats or enacts what it acts on ('struck down the ban', 'blocked the merger',
#: 'vetoed the bill'; 'upheld the ban', 'approved the rise', 'ratified the treaty') takes the side of that act
#: toward the target its object names, as 'rejected' and 'endorsed' do (session 66).
DEFEATING_CUES = True
_DEFEATING = re.compile(r"\b(?:(?:strik(?:e|es|ing)|struck)\s+down|block(?:s|ed|ing)?|overturn\w*|veto(?:es|ed|ing)?"
                        r"|quash\w*|annul\w*|invalidat\w*|scrap(?:s|ped|ping)?|repeal\w*)$")
#: Whether a side taken toward a step of procedure on something ('voted against opening debate on the
#: measure', 'blocked a vote on the bill') is taken toward that thing (an article written in session 68).
PROCEDURAL_OBJECTS = True
_PROCEDURE = re.compile(r"^\W*(?:(?:opening|ending|cutting\s+off|starting|holding|allowing|scheduling|forcing)\s+)?"
                        r"(?:(?:the|a|any|further|final|full)\s+)*(?:debate|votes?|consideration|discussion|hearings?)"
                        r"\s+(?:on|of)\s+", re.IGNORECASE)

#: Whether voting, shooting or turning something down, or defeating it ('the Senate voted down the resolution'),
#: opposes it, as blocking it does (`DEFEATING_CUES`; an article written in session 69).
VOTED_DOWN = True
_VOTED_DOWN = re.compile(r"\b(?:(?:vot|shot|shoot|turn)\w*\s+down|defeat(?:s|ed|ing)?)$")
#: Whether a side taken toward a bid, a motion or a bill to act on something ('rejected a bid to block the
#: sale', 'voted down a resolution that would have blocked the sale') is taken toward that thing, turned by the
#: act: against a bid to block the sale is for the sale; before, the cue's side went to the sale (an article
#: written in session 69).
ACTS_PROPOSED = True
_ACT_PROPOSED = re.compile(
    r"^\W*(?:(?:an?|the|his|her|their|its|this|that)\s+)?(?:[\w$,.-]+\s+){0,3}?(?:bids?|attempts?|efforts?|moves?|"
    r"push|resolutions?|motions?|measures?|bills?|amendments?|proposals?|plans?|lawsuits?|suits?|requests?|"
    r"petitions?|initiatives?|campaigns?|drive)\s+(?:that\s+(?:would|will|could|might|aims?\s+to|seeks?\s+to)\s+"
    r"(?:have\s+)?|to\s+)(?P<verb>[A-Za-z]+)\s+", re.IGNORECASE)

#: Whether pushing or fighting back against or on something ('Airline Bosses Push Back Against Proposed Flight
#: Tax') opposes it, as campaigning against it does, and 'back' after a verb ('fired back at him') is no backing;
#: before, that 'back' read as support (an article written in session 69).
PUSHING_BACK = True
#: Words before 'back' that leave it the verb 'back' ('will back', 'did not back'); after any other, it is a
#: particle ('hit back at', `PUSHING_BACK`).
_BACKING_AUX = frozenset("to will would could should can may might must did does do not never also still n't".split())

#: Whether an intending cue's infinitive that takes a side with its preposition ('vowed to vote against the
#: budget', 'pledged to campaign for the levy') takes that side, as 'voted against' does (an article written in
#: session 69).
INTENDED_SIDES = True
_SIDE_PREP = re.compile(r"(?:(?:hard|out)\s+)?(against|for|in\s+favou?r\s+of)\s+", re.IGNORECASE)

#: Whether condemning harm done to someone ('condemned the murder of David Haines by Isil', 'denounced the
#: arrest of the journalists') is a side for the victim and against whoever did it, not against the victim (the
#: per-article gold dev article on Haines: Obama's condemnation read as opposing Haines; session 69).
VICTIMS = True
_HARM = re.compile(r"^\W*(?:(?:the|a|an|this|these|such|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
                   r"(?:murders?|killings?|deaths?|executions?|beheadings?|assassinations?|kidnappings?|abductions?|"
                   r"arrests?|detentions?|imprisonment|jailing|persecution|torture|shootings?|attacks?|assaults?|"
                   r"bombings?)"
                   r"\s+(?:of|on|against)\s+(?P<who>.+)", re.IGNORECASE | re.S)

#: Whether denying, dismissing or refuting an accusation about someone ('to deny rumors that Bill Cosby molested
#: her', 'rejected allegations against the minister') is a side for them, a person or a body (not a plan or a
#: law: 'denied reports that the levy would rise' is none), and no side toward anyone else; the
#: classifier read Raven-Symoné's denial as opposing Cosby (a per-article gold dev article; session 69).
DENIED_CLAIMS = True
_DENYING = re.compile(r"^(?:den(?:y|ies|ied|ying)|dismiss|refut|reject|debunk|rebut|rebuff)")
_CLAIM = re.compile(r"^\W*(?:(?:the|a|an|these|those|such|any|all)\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(?:rumou?rs?|claims?|allegations?|accusations?|charges?|suggestions?|reports?)\s+"
                    r"(?:(?:made\s+)?by\s+[^,]{1,60}?\s+)?"
                    r"(?:that|against|of)\s+(?P<about>.+)", re.IGNORECASE | re.S)

#: Whether calling for, demanding or insisting on something ('The IMF has insisted on the cuts', 'called for a
#: recount') supports it, when it is no one's going or an end to something (`REQUESTED_ENDS`, those oppose) and
#: no act asked of someone (`REQUESTED_ACTIONS`); the classifier read the IMF's insistence as opposing the cuts
#: (an article written in session 69).
REQUESTED_THINGS = True
_HEAD_END = frozenset("into over against toward towards under within across".split())
_UNDOING = re.compile(r"['’]s?\s+(?:immediate\s+)?(?:repeal|removal|resignation|withdrawal|cancell?ation|scrapping|"
                      r"abolition|end|suspension|ouster|impeachment|arrest|prosecution|defeat|closure)\b",
                      re.IGNORECASE)
_ASKED_FOR = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+(?:on|upon)|"
                        r"press(?:es|ed|ing)?\s+for)$")

#: Whether a cue that stops short of its side ('stopped short of endorsing a sale') takes none (an article
#: written in session 68; it was read as support).
STOPPED_SHORT = True

#: Whether shelving, scuttling or derailing what a cue acts on ('the Senate shelved the bill') opposes it, as
#: blocking it does (`DEFEATING_CUES`; an article written in session 68).
SHELVING_CUES = True
_SHELVING = re.compile(r"\b(?:shelv(?:e|es|ed|ing)|scuttl(?:e|es|ed|ing)|derail(?:s|ed|ing)?|torpedo(?:es|ed|ing)?)$")
_ENACTING = re.compile(r"\b(?:uph[eo]ld(?:s|ing)?|approv(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying))$")
#: Whether signing a bill, a law or an order ('Governor signs gun bill', 'signed the measure into law')
#: supports it, as enacting it does (`DEFEATING_CUES`); only where the phrase's head is such a text, not
#: 'signed a petition against Y' (an article written in session 68).
SIGNING_CUES = True
_SIGNING = re.compile(r"\bsign(?:s|ed|ing)?$")
_SIGNED_TEXTS = frozenset("""bill bills law laws measure measures legislation order orders act treaty treaties deal
agreement accord budget ordinance decree""".split())
_NOT_SIGNED = frozenset("against opposing banning calling urging demanding".split())

#: Whether a cue that puts forward what it acts on ('who proposed the toll', 'introduced the bill',
#: 'drafted the plan', 'unveiled the reform') supports the target its object's head names, unless an act
#: on it follows ('proposed scrapping the toll'), the cue is passive ('was unveiled') or the target is
#: named only after the head ('proposed a secure line between the Trump administration and Russia'); the
#: classifier read the mayor's 'proposed [the toll]' as opposing it (an article written in session 67).
PROPOSING_CUES = True
_PROPOSING = re.compile(r"^(?:propos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|draft(?:s|ed|ing)?|authored|"
                        r"unveil(?:s|ed|ing)?)$")
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "be", "being"})
#: Whether a proposing cue's content that is the proposal's own clause ('introduced a bill that [would delay
#: the limits]') takes the side of the act it names toward that act's object, and no side otherwise; before,
#: the clause was read as the proposed thing (support for the limits; an article written in session 68).
PROPOSED_CLAUSES = True
_PROPOSED_CLAUSE = re.compile(r"\W*(?:would|will|could|can|should|might|may)\s+(?:\w+ly\s+)?(?P<verb>\w+)\s+",
                              re.IGNORECASE)
#: Acts that put off or hold back what they act on ('delay the limits', 'suspend the tax').
_HALTING = re.compile(r"^(?:delay|postpone|suspend|halt|pause|freeze|weaken|exempt|roll$|cut$|curb$|limit$|restrict)")
#: Where the head of a proposed thing ends: 'a secure line [between ...]' is no proposal of what follows.
_PROPOSED_HEAD = re.compile(r"[,;:(]|\b(?:between|among|with|for|of|to|in|on|by|from|that|which|who|after|and|or)\b",
                            re.IGNORECASE)
#: Whether the cue 'is against' (`stance.extract.attribution.COPULAR_SIDES`) opposes its object (session 67).
COPULAR_SIDES = True
_COPULA_FORMS = _PASSIVE_AUX | {"am", "remains", "remained", "stays", "stayed"}

#: `StanceRecord.note` of a statement that `CUE_STANCE` labelled.
CUE_NOTE = "the cue takes a side toward the target it names"

_SUPPORT_CUE = re.compile(r"^(?:prais|endors|back(?:s|ed|ing)?$|support|welcom|thank|applaud|defend|hail|commend|"
                          r"champion|laud|congratulat|agree|side[sd]?$|stand(?:s|ing)?$|stood$|rall(?:y|ies|ied|ying)$|"
                          r"lin(?:e|es|ed|ing)$|weight$|herald|cheer|embrac|backers?$|admirers?$|proponents?$|"
                          r"advocates?$|salut|celebrat|tout|extol|acclaim|admir|favou?r(?:s|ed|ing)?$|"
                          r"(?:co-?)?sponsors?$|architects?$)")
_OPPOSE_CUE = re.compile(r"^(?:attack|blast|slam|critici[sz]|condemn|denounc|accus|reject|oppos|lambast|mock|"
                         r"assail|ridicul|bash|fault|blame|chastis|scold|rebuk|decr[iy]|disparag|insult|derid|"
                         r"dismiss|castigat|berat|disagree|excoriat|chid|spurn|rebuff|rail(?:s|ed|ing)?$|lash|"
                         r"rip(?:s|ped|ping)?$|tore$|tear(?:s|ing)?$|aim$|fire$|critic(?:s|al)?$|opponents?$|foes?$|"
                         r"detractors?$|hammer|savag|pan(?:s|ned|ning)?$|trash|skewer|deplor|denigrat|vilif|demoni[sz]|"
                         r"smear|malign|belittl|lampoon|taunt|repudiat|disavow|renounc|boycott|snub|shun|disown|"
                         r"reprimand|distanc|threat)")
_NEGATIONS = frozenset({"not", "never", "no", "neither", "nor"})
#: Words after a name in a cue's object that do not make the name a mere qualifier ('praised Ann Ortiz
#: yesterday', 'criticised Berg again').
_NOT_A_HEAD = frozenset("""yesterday today tomorrow tonight again too also now then last this earlier later once
twice instead anew himself herself themselves itself""".split())
# the declining verbs of the extractor's cues ('refused', 'declines'), and 'has yet to'
_DECLINING = re.compile(r"^(?:%s|yet$)" % "|".join(sorted(v.rstrip("e") for v in DECLINING)))
_TO_VERB = re.compile(r"\s*to\s+([A-Za-z]+)\s+")
_PHRASE_END = frozenset("for of as on over in with to about after during because that and but who which when while "
                        "from at by".split())


#: A preposition opening a statement that belongs with its cue ('objected' + 'to the plan'; `cue_sides`).
_LEADING_PREP = re.compile(r"(to|against|from|with|on)\s+(?=\S)", re.IGNORECASE)

#: Cues that say what someone means to do ('threatened', 'vowed', 'pledged', 'promised', 'plans', 'voted'), and
#: the verbs after their 'to' that say the side toward the verb's object: 'threatened to kill Y', 'vowed to
#: defeat Y' against Y; 'pledged to protect Y' for Y (session 49).
_INTENDING = re.compile(r"^(?:threat|vow|pledg|promis|plan|want|seek|sought|aim|intend|tr(?:y|ies|ied)$|vot|prepar|"
                        r"decid|agree[sd]?$|offer)")
_HOSTILE = re.compile(r"^(?:kill|execut|behead|murder|attack|bomb|destroy|defeat|crush|punish|sue$|sued$|arrest|jail|"
                      r"imprison|oust|expel|sanction|impeach|hang$|shoot|eliminat|eradicat|annihilat|boycott|block|"
                      r"repeal|scrap|overturn|abolish|ban$|stop$|fight$|oppose$|reject$|veto$|dismantle|undo$)")
_FRIENDLY = re.compile(r"^(?:protect|defend|support|help$|back$|free$|release$|elect$|endorse$|rescue$|save$|fund$|"
                       r"approve$|pass$|restore$|reinstate$|strengthen$|expand$)")
#: Cues that ask someone to act ('asked the minister to block the plan'), and the asked-for act
#: (`REQUESTED_ACTIONS`).
_ASKING = re.compile(r"^(?:ask|urg|call|press|push|beg|implor|appeal|lobb|petition)")
_ASKED_TO = re.compile(r"^(?P<who>(?:[\w.'’-]+\s+){1,5}?)to\s+(?P<verb>[A-Za-z]+)\s+")
#: Verbs that make, adopt or keep their object (`MAKING_VERBS`).
_MAKING = re.compile(r"^(?:build|adopt|ratify|sign|keep|retain|renew|extend|accept|confirm|introduce|implement)$")
#: Whether leading, joining, launching or delivering something ('promised to lead a mission against the
#: gangs') counts as making it (`MAKING_VERBS`; an article written in session 68).
CARRYING_VERBS = True
_CARRYING = re.compile(r"^(?:lead|join|launch|deliver|complete|finish)$")


#: Whether challenging or contesting something ('vowed to challenge the law in court', 'asked the court to
#: contest the ruling') is hostile to it, as blocking it is (an article written in session 68).
CHALLENGING_VERBS = True
_CHALLENGING = re.compile(r"^(?:challenge|contest|resist|defy|undermine|sabotage)$")


def _hostile(verb: str) -> bool:
    """Whether an infinitive's verb acts against its object (`_HOSTILE`, `CHALLENGING_VERBS`)."""
    return _HOSTILE.match(verb) is not None or (CHALLENGING_VERBS and _CHALLENGING.match(verb) is not None)


def _opening_words(text: str, stops: frozenset[str]) -> list[str]:
    """The words a text opens with, up to the first of ``stops`` or punctuation, of its first eight."""
    return list(itertools.takewhile(lambda w: w.lower() not in stops and w not in ",;:",
                                    re.findall(r"[\w.'’-]+|[,;:]", text)[:8]))


def _makes(verb: str) -> bool:
    """Whether an infinitive makes, adopts, keeps or carries out its object (`MAKING_VERBS`, `CARRYING_VERBS`)."""
    return (MAKING_VERBS and _MAKING.match(verb) is not None) or (CARRYING_VERBS and _CARRYING.match(verb) is not None)

#: Cues that take back a side: 'rescinded his endorsement', 'withdrew her support', 'pulled his backing'.
_WITHDRAWING = re.compile(r"^(?:rescind|withdr[ae]w|revok|retract|pull(?:s|ed|ing)?$)")

#: Cues that ask for something ('called for', 'demanded', 'urged'), and what, asked for someone, is
#: against them: their going ("Berg's resignation", 'Berg to step down').
_REQUESTING = re.compile(r"^(?:call|demand|urg|press|push)")
#: Whether asking for an end to something ('called for a ban on X', 'urged an end to X', 'demanded the
#: repeal of X') opposes it, as asking for someone's removal does (an article written in session 68).
REQUESTED_ENDS = True
_ENDING = re.compile(r"^\W*(?:an?|the)?\s*(?:[\w-]+\s+){0,2}?(?:ban|end|halt|moratorium|repeal|cancell?ation|"
                     r"withdrawal|scrapping|suspension|freeze|stop)\s+(?:on|to|of)\s+(?P<what>.+)", re.IGNORECASE)
_REMOVAL = re.compile(
    r"^(?P<who>[^,;:]{1,60}?)(?:['’]s?\s+(?:immediate\s+|swift\s+|prompt\s+)?(?:resignation|ouster|removal|"
    r"impeachment|firing|dismissal|arrest|prosecution|indictment|recall|expulsion|exit|departure)"
    r"|\s+to\s+(?:resign|step\s+(?:down|aside)|stand\s+down|quit|leave\s+office|be\s+(?:fired|removed|impeached|"
    r"prosecuted|arrested|jailed|ousted|expelled)))\b", re.IGNORECASE)
#: Verbs whose side is the preposition after them ('voted against', 'campaigned for', 'spoke out against').
#: Whether an adverb between a side verb and its preposition ('lobbied hard for', 'campaigned tirelessly
#: against') leaves the preposition's side (an article written in session 68).
ADVERB_SIDES = True
_PREP_SIDE_VERB = re.compile(r"^(?:vot|campaign|fought|fight|lobb|push|argu|spok|speak|came$|come|testif|protest)")
#: Verbs that take a side only with one preposition: 'warned / cautioned against', 'objected to',
#: 'broke with', 'turned against / on'.
_PREP_ONLY_SIDES = ((re.compile(r"^(?:warn|caution)"), re.compile(r"against\b"), "oppose"),
                    (re.compile(r"^object(?:s|ed|ing)?$"), re.compile(r"to\b"), "oppose"),
                    (re.compile(r"^(?:br[oe]ke?|breaks|breaking)$"), re.compile(r"with\b"), "oppose"),
                    (re.compile(r"^turn(?:s|ed|ing)?$"), re.compile(r"(?:against|on)\b"), "oppose"))
_LEFT_QUOTE_APOSTROPHE = re.compile(r"(?<=\w)‘(?=s\b)")
_WITH_BEFORE_CLAUSE = re.compile(r"\s+with\s+(.{1,80}?)\s+that\s*$", re.S)


def _cue_object(text: str, s: Statement) -> str:
    """What a statement's cue takes a side toward: the statement itself ('praised [the plan]'),
    or for 'X agreed with Y that ...' the 'with' object between the cue and the that-clause."""
    if s.cue_end is not None and s.cue_end <= s.start:
        m = _WITH_BEFORE_CLAUSE.match(text[s.cue_end:s.start])
        if m:
            return m.group(1)
    return s.text


def cue_sides(statements: Sequence[Statement], targets: Sequence[Target], text: str) -> list[list[str | None]]:
    """`cue_stance` for every statement x target of an article: toward what each cue takes its side
    (`_cue_object`), or, for 'praised her for ...', toward the person 'her' refers to
    (`stance.targets.pronoun_referent`, `PRONOUN_OBJECTS`). `analyze` and `stance score --mode
    articles` both read the cues this way."""
    out = []
    for s in statements:
        obj = _cue_object(text, s)
        cue = s.cue
        if cue and s.cue_end is not None and s.cue_end <= s.start and s.start - s.cue_end <= 12:
            cue = f"{cue} {text[s.cue_end:s.start]}"  # 'warned' + 'against' before 'the plan'
        lead = _LEADING_PREP.match(obj)
        last = cue.split()[-1].lower() if cue and cue.split() else ""
        if lead and (_PREP_SIDE_VERB.match(last) or any(verb.match(last) for verb, _p, _s in _PREP_ONLY_SIDES)):
            cue, obj = f"{cue} {lead.group(1)}", obj[lead.end():]  # 'objected' + 'to the plan'
        row = [cue_stance(cue, obj, tg) for tg in targets]
        if PRONOUN_OBJECTS and not any(row):
            j = pronoun_referent(text, s, targets, obj)
            if j is not None:
                rest = obj[OBJECT_PRONOUN.match(obj).end():]
                row[j] = cue_stance(cue, targets[j].name + rest, targets[j])
        if PRONOUN_CONTENTS and not any(row):
            j = it_referent(text, s, targets)
            if j is not None:  # 'voted against [it]', 'vowed [to challenge it in court]': the ban named before
                m = IT_PRONOUN.match(obj)
                named = obj[:m.start(2)] + targets[j].name + obj[m.end(2):] if m is not None else targets[j].name
                row[j] = cue_stance(cue, named, targets[j])
        if SPEAKER_SIDES and s.speaker_mention:
            row = [r or described_side(s.speaker_mention, tg) for r, tg in zip(row, targets)]
        out.append(row)
    return out


_TITLE_FUNCTION_WORDS = frozenset("The A An Of And For To On In At With".split())


def _title_cased(phrase: list[str]) -> bool:
    """Whether a phrase is in a headline's title case: every word capitalised, one of them an
    article, preposition or conjunction ('The Benghazi Victims').

    Example:
        >>> _title_cased(["The", "Benghazi", "Victims"]), _title_cased(["the", "Benghazi", "victims"])
        (True, False)
    """
    return len(phrase) > 1 and all(w[:1].isupper() for w in phrase) and any(w in _TITLE_FUNCTION_WORDS for w in phrase)


def cue_stance(cue: str | None, statement: str, target: str | Target) -> str | None:
    """'support' or 'oppose' when the cue takes a side ('praised', 'blasted') and the statement's
    opening phrase (up to the first preposition, conjunction or comma, at most six words) names
    the target; else None (`CUE_STANCE`). Refusing to take a side for someone is taking one
    against them ('refused to endorse Y', or 'refused' with 'to endorse Y'); refusing to take one
    against them, or not having taken one yet ('declined to condemn', 'has yet to endorse'), is no
    side from the cue.

    Example:
        >>> cue_stance("praised", "Clinton's record with Latino voters", "Hillary Clinton")
        'support'
        >>> cue_stance("accused", "Sanders of doing nothing", "the Republican Party") is None
        True
        >>> cue_stance("did not endorse", "Trump", "Donald Trump") is None
        True
    """
    label = None
    target = target if isinstance(target, Target) else Target(target)
    words = (cue or "").lower().replace("n't", " not").replace("n’t", " not").split()
    if _NEGATIONS & set(words):
        return None  # 'did not endorse', 'never praised': no side from the cue
    if STOPPED_SHORT and re.search(r"\bst(?:op|ops|opped|opping)\s+short\b", " ".join(words)):
        return None  # 'stopped short of endorsing a sale': no side from the cue
    if DENIED_CLAIMS and any(_DENYING.match(w) for w in words):
        claim = _CLAIM.match(statement)
        if claim is not None:
            # 'to deny rumors that [Bill Cosby] molested her', 'rejected allegations against [the minister]': for them
            about = _opening_words(claim.group("about"), _PHRASE_END)[:6]
            return "support" if about and not is_issue(target) and mentions_target(" ".join(about), target) else None
    for k, word in enumerate(words):
        if PUSHING_BACK and word == "back" and k > 0 and words[k - 1] not in _BACKING_AUX:
            continue  # 'fired back at', 'hit back at': a particle after a verb, not backing
        if _SUPPORT_CUE.match(word):
            label = "support"
        elif _OPPOSE_CUE.match(word):
            label = "oppose"
    for k, word in enumerate(words[:-1]):
        # 'voted against', 'campaigned for', 'spoke out against', 'came out in favour of': the preposition says the side
        if _PREP_SIDE_VERB.match(word):
            rest = " ".join(words[k + 1:k + 5])
            if ADVERB_SIDES:
                rest = re.sub(r"^(?:\w+ly|hard|long|again|too)\s+", "", rest)  # 'lobbied hard for', 'fought long against'
            if re.match(r"(?:out\s+)?against\b", rest) or (PUSHING_BACK and re.match(r"back\s+(?:against|on)\b", rest)):
                label = "oppose"  # ('push back against / on the tax' too)
            elif re.match(r"(?:out\s+)?(?:in\s+favou?r\s+of|for)\b", rest) and not word.startswith(("spok", "speak")):
                label = "support"
        for verb, prep, side in _PREP_ONLY_SIDES:
            if verb.match(word) and prep.match(words[k + 1]):
                label = side
    if label is None and DEFEATING_CUES:
        joined = " ".join(words)
        if _DEFEATING.search(joined) or (SHELVING_CUES and _SHELVING.search(joined)) or (
                VOTED_DOWN and _VOTED_DOWN.search(joined)):
            label = "oppose"  # 'A state appeals court struck down the ban': against the ban
        elif _ENACTING.search(joined):
            label = "support"  # 'The court upheld the ban', 'The council approved the rise'
        elif SIGNING_CUES and _SIGNING.search(joined):
            head = _opening_words(statement, _PHRASE_END | _NOT_SIGNED)
            if head and head[-1].lower() in _SIGNED_TEXTS:
                label = "support"  # 'Governor signs gun bill': for the bill
    if label is None and COPULAR_SIDES and words and words[-1] == "against" and _COPULA_FORMS & set(words):
        label = "oppose"  # 'Bernie Sanders is against it' (`stance.extract.attribution.COPULAR_SIDES`)
    if label is None and PROPOSING_CUES and any(_PROPOSING.match(w) for w in words) \
            and not _PASSIVE_AUX & set(words):
        first = re.match(r"\W*(\w+)", statement)
        head = _PROPOSED_HEAD.split(statement, maxsplit=1)[0]
        clause = _PROPOSED_CLAUSE.match(statement) if PROPOSED_CLAUSES else None
        if clause is not None:
            # 'introduced a bill that [would delay the limits]': the side of the act the proposal would do
            verb, rest = clause.group("verb").lower(), statement[clause.end():]
            side = "oppose" if _hostile(verb) or _HALTING.match(verb) else (
                "support" if _FRIENDLY.match(verb) or _makes(verb) else None)
            head = _PROPOSED_HEAD.split(rest, maxsplit=1)[0]
            return side if side and len(head.split()) <= 6 and mentions_target(head, target) else None
        if first and not first.group(1).lower().endswith("ing") and first.group(1).lower() != "to" \
                and len(head.split()) <= 6 and mentions_target(head, target):
            return "support"  # 'Mayor Ana Ruiz, who proposed the toll': for the toll
    if any(_INTENDING.match(w) for w in words) and not any(_DECLINING.match(w) for w in words):
        # 'threatened' + 'to kill Y', 'vowed' + 'to defeat Y', 'pledged' + 'to protect Y': the side is the infinitive's
        infinitive = _TO_VERB.match(statement)
        prep = _SIDE_PREP.match(statement, infinitive.end()) if infinitive and INTENDED_SIDES \
            and _PREP_SIDE_VERB.match(infinitive.group(1).lower()) else None
        if prep is not None:  # 'vowed' + 'to vote against the budget', 'pledged' + 'to campaign for Y'
            label, statement = ("oppose" if prep.group(1).lower() == "against" else "support"), statement[prep.end():]
        elif infinitive and _hostile(infinitive.group(1).lower()):
            label, statement = "oppose", statement[infinitive.end():]
        elif infinitive and (_FRIENDLY.match(infinitive.group(1).lower())
                             or _makes(infinitive.group(1).lower())):
            label, statement = "support", statement[infinitive.end():]
    if label is None and any(_REQUESTING.match(w) for w in words):
        # 'called for Berg's resignation', 'urged Berg to step down': against the one to go
        m = _REMOVAL.match(statement)
        if m and mentions_target(m.group("who"), target):
            return "oppose"
        m = _ENDING.match(statement) if REQUESTED_ENDS else None
        what = _opening_words(m.group("what"), _PHRASE_END) if m else []
        if what and mentions_target(" ".join(what[:6]), target):
            return "oppose"  # 'called for a citywide ban on facial recognition', 'demanded the repeal of the law'
    if label is None and REQUESTED_THINGS and _ASKED_FOR.search(" ".join(words)) \
            and not _TO_VERB.match(statement) and not _ASKED_TO.match(statement):
        # 'called for a ceasefire', 'has insisted on the cuts', 'demanded a recount': for it; not 'called for an
        # inquiry into X' (the head is the inquiry) nor "demanded X's repeal"
        head = _opening_words(statement, _PHRASE_END | _HEAD_END)[:6]
        if not head or not mentions_target(" ".join(head), target) or _UNDOING.search(statement[:100]):
            return None
        label = "support"
    if label is None and REQUESTED_ACTIONS and any(_ASKING.match(w) for w in words):
        # 'asking her to block the plan', 'urged the council to approve the toll': the side of the act asked for
        m = _ASKED_TO.match(statement)
        if m and not mentions_target(m.group("who"), target):
            verb = m.group("verb").lower()
            if _hostile(verb):
                label, statement = "oppose", statement[m.end():]
            elif _FRIENDLY.match(verb) or _makes(verb):
                label, statement = "support", statement[m.end():]
    if label is not None and any(_WITHDRAWING.match(w) for w in words):
        # 'rescinded his endorsement of Y', 'withdrew her support for Y': against Y; taking back a criticism: no side
        if label != "support":
            return None
        label = "oppose"
    if any(_DECLINING.match(w) for w in words):
        infinitive = _TO_VERB.match(statement)
        if label is None and infinitive and _SUPPORT_CUE.match(infinitive.group(1).lower()):
            label, statement = "support", statement[infinitive.end():]  # 'refused' + 'to endorse Y'
        if label != "support" or "yet" in words:
            return None  # 'declined to condemn', 'has yet to endorse'
        label = "oppose"  # 'refused to endorse'
    if label is None:
        return None
    act = _ACT_PROPOSED.match(statement) if ACTS_PROPOSED else None
    if act is not None and not mentions_target(statement[:act.start("verb")], target):  # (not 'the plan to ...')
        # 'rejected [a bid to block] the sale': for the sale; 'backed a bill to repeal the tax': against the tax
        verb = act.group("verb").lower()
        if _hostile(verb) or _HALTING.match(verb):
            label, statement = ("support" if label == "oppose" else "oppose"), statement[act.end():]
        elif _FRIENDLY.match(verb) or _makes(verb):
            statement = statement[act.end():]
    if VICTIMS and label == "oppose":
        harm = _HARM.match(statement)
        if harm is not None:
            # 'condemned the murder of [David Haines] by [the terrorist group Isil]': for the victim, against the killer
            victim, _by, killer = harm.group("who").partition(" by ")
            if mentions_target(" ".join(_opening_words(victim, _PHRASE_END - {"of"})[:6]), target):
                return "support"
            if killer and mentions_target(" ".join(_opening_words(killer, _PHRASE_END)[:6]), target):
                return "oppose"
            return None
    if PROCEDURAL_OBJECTS:
        statement = _PROCEDURE.sub("", statement, count=1)  # 'voted against [opening debate on] the measure'
    phrase = []
    statement = _LEFT_QUOTE_APOSTROPHE.sub("’", statement)  # 'Trump‘s comments': an owner all the same
    for word in re.findall(r"[\w.'’-]+|[,;:]", statement)[:8]:
        if word.lower() in _PHRASE_END or word in ",;:":
            break
        phrase.append(word)
    phrase = phrase[:6]
    if not phrase or not mentions_target(" ".join(phrase), target):
        return None
    if not CUE_HEAD_ONLY:
        return label
    # the side is taken toward the phrase's head or its owner ('Clinton's record', 'Sen. Ted Cruz'),
    # not toward a name that only qualifies a noun after it ('the Puerto Rico debt deal', 'Trump
    # supporters')
    owner = next((k for k, w in enumerate(phrase) if w.lower().endswith(("'s", "’s", "s'", "s’"))), None)
    if owner is not None and mentions_target(" ".join(phrase[:owner + 1]), target):
        return label
    named = [k for k, w in enumerate(phrase) if mentions_target(w, target)]
    last = named[-1] if named else None
    if TITLE_CASE_HEADS and last is not None and last + 1 < len(phrase) and _title_cased(phrase):
        return None  # 'Insulted The Benghazi Victims': in a headline's title case the head is the last word
    if last is not None and phrase[last][:1].isupper() and last + 1 < len(phrase):
        after = phrase[last + 1]
        if after[:1].islower() and not after.lower().endswith(("ed", "ing", "ly")) and after not in _NOT_A_HEAD:
            return None
    return label


#: Whether a statement that says it takes no side ('it takes no position on the toll', 'the
#: commission takes no side in this referendum', 'we remain neutral', 'we neither back this bill
#: nor oppose it') is neutral toward the targets it concerns, whatever the classifier reads in it
#: (the labelling guideline: 'we will study the proposal' is neutral). The classifier read the port
#: authority's 'it takes no position on the toll' as oppose 0.74. No statement of the per-article
#: gold dev articles says so.
NO_POSITION_RULE = True

#: Whether `analyze` and `stance score --mode articles` leave out a question put to someone
#: (`Statement.kind` 'question': 'Asked about the toll, ...'): it is what an unnamed reporter asked,
#: not what anyone said, and has no speaker (session 64). `stance.extract` keeps it.
QUESTION_RULE = True

#: `StanceRecord.note` of a statement that `NO_POSITION_RULE` labelled.
NO_POSITION_NOTE = "the statement says it takes no side"

_NO_POSITION = re.compile(
    r"\b(?:takes?|taking|took|taken|has|have|had|holds?|held)\s+no\s+(?:position|stance|side|view|opinion)s?\b"
    r"|\b(?:remains?|remained|stays?|stayed|is|are|was|were)\s+neutral\b"
    r"|\bnot\s+(?:take|taken|taking|took)\s+(?:a\s+|any\s+)?(?:position|stance|sides?)\b"
    r"|\bdeclined?\s+to\s+take\s+(?:a\s+|any\s+)?(?:position|stance|sides?)\b"
    r"|\bneither\s+(?:back|support|endorse|favou?r)\w*\b[^.;]{0,60}?\bnor\s+(?:oppose|reject|condemn)\w*\b"
    r"|\bneither\s+(?:oppose|reject)\w*\b[^.;]{0,60}?\bnor\s+(?:back|support|endorse|favou?r)\w*\b", re.IGNORECASE)


#: Whether `NO_POSITION_RULE` reads a statement that its speaker has not decided as taking no side too
#: ('he would "listen to everyone before deciding"', 'she has not yet made up her mind', 'remains
#: undecided', 'is keeping an open mind'); the classifier read the first as opposing the plan (0.65, an
#: article written in session 67). No statement of the per-article gold dev articles says so.
UNDECIDED = True
_UNDECIDED = re.compile(
    r"\bbefore\s+(?:deciding|making\s+(?:a|any|up)\b|taking\s+a\s+(?:position|stance|decision))"
    r"|\b(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?"
    r"(?:decided|made\s+up\s+(?:his|her|their|its|my|our)\s+minds?)\b"
    r"|\bundecided\b|\byet\s+to\s+(?:decide|make\s+up|take\s+a\s+(?:position|stance))\b"
    r"|\b(?:keep|keeps|keeping|kept)\s+an\s+open\s+mind\b", re.IGNORECASE)


def says_no_position(statement: str) -> bool:
    """Whether a statement says that its speaker takes no side, or has not decided (`NO_POSITION_RULE`,
    `UNDECIDED`).

    Example:
        >>> says_no_position("it takes no position on the toll but expects to be consulted")
        True
        >>> says_no_position("America can't ever be neutral when it comes to Israel's security")
        False
        >>> says_no_position('he would "listen to everyone before deciding."')
        True
    """
    return bool(_NO_POSITION.search(statement)) or (UNDECIDED and bool(_UNDECIDED.search(statement)))


#: Whether a refusal to comment ('declined to comment on the bill', 'did not respond to a request for
#: comment', 'refused to discuss the toll') is neutral toward every target it concerns: it says
#: nothing, and the classifier read 'to comment' after 'The interior ministry declined' as support
#: (0.39; an article written in session 65). The extractor keeps such a statement, as PolNeAR marks it.
NO_COMMENT_RULE = True

#: `StanceRecord.note` of a statement that `NO_COMMENT_RULE` labelled.
NO_COMMENT_NOTE = "declines to comment: no side"

_DECLINING_CUE = re.compile(r"\b(?:declin|refus|would\s+not|wouldn['’]t|did\s+not|didn['’]t|has\s+not|hasn['’]t|"
                            r"have\s+not|haven['’]t|could\s+not|couldn['’]t|not)\w*", re.IGNORECASE)
_NO_COMMENT = re.compile(r"^(?:to\s+)?(?:(?:immediately\s+)?(?:comment|respond|reply|elaborate|discuss|answer|"
                         r"be\s+interviewed)\b"
                         r"(?!\s+that\b)|(?:an?\s+|the\s+|several\s+|repeated\s+|multiple\s+)?(?:emailed\s+|phone\s+)?"
                         r"(?:requests?|calls?|messages?|emails?)\s+(?:for|seeking)\s+comment)", re.IGNORECASE)


def declines_comment(cue: str | None, statement: str) -> bool:
    """Whether a statement is a refusal to comment, read from its cue and its words (`NO_COMMENT_RULE`).

    Example:
        >>> declines_comment("declined", "to comment on the bill")
        True
        >>> declines_comment("did not respond to", "a request for comment")
        True
        >>> declines_comment("said", "the bill was a mistake")
        False
    """
    return bool(cue and _DECLINING_CUE.search(cue) and _NO_COMMENT.match(statement.strip()))


#: Whether a statement that asks the target for an answer, an explanation or clarity is kept from
#: reading as support: under the labelling guideline a real question is neutral ("asks a question"),
#: and the words around such a request ("hopes to receive an honest answer", "expect a clear
#: answer") are hopes about the reply, not praise of whoever is asked. The classifier reads them as
#: support (Lavrov's "Moscow hopes to receive an honest answer" about the new US line on Syria: 0.59
#: to 0.70 in every model since session 23). A classifier 'oppose' stays: a demand for answers is
#: often an accusation. Few labelled items have the form (data/news_stance: 9 train items, 8
#: neutral and 1 oppose; 4 dev items, all neutral; docs/evaluation.md, "Session 29").
REQUEST_RULE = True

#: `StanceRecord.note` of a statement that `REQUEST_RULE` labelled.
REQUEST_NOTE = "asks for an answer or an explanation: a question, not support"

_REQUEST = re.compile(
    r"\b(?:expect|hope|hoping|want|await|demand|ask|seek|sought|call(?:ed|s|ing)?\s+(?:on|for)|urg|request|insist)\w*"
    r"\b[^.;]{0,60}?\b(?:answers?|explanations?|clarifications?|clarity)\b", re.IGNORECASE)


def asks_for_answer(statement: str) -> bool:
    """Whether a statement asks for an answer, an explanation or clarity (`REQUEST_RULE`).

    Example:
        >>> asks_for_answer("we expect to get an honest and clear answer")
        True
        >>> asks_for_answer("the answer is a strong economy")
        False
    """
    return bool(_REQUEST.search(statement))


#: Whether a news outlet's report ('CNN reported that ...', 'according to the AP', 'Time wrote') is
#: neutral toward every target: under the labelling guideline the journalist's words are not a
#: stance, and an outlet that reports is the journalist. A side-taking cue ('the Post accuses ...')
#: keeps the classifier's label. Dev cells 41.13 -> 41.84 F_avg (docs/evaluation.md, "Session 20").
REPORT_RULE = True

#: `StanceRecord.note` of a statement that `REPORT_RULE` labelled.
REPORT_NOTE = "a news outlet reporting: a journalist's words, not a stance"

_REPORT_CUE = re.compile(r"\b(?:report\w*|according|said|says|noted|notes|wrote|writes|revealed|found|learned|"
                         r"obtained|cited|quoted|confirmed|shows?|showed)\b", re.IGNORECASE)


def is_news_report(speaker: str | None, cue: str | None) -> bool:
    """Whether a statement is a news outlet or agency reporting (`REPORT_RULE`).

    Example:
        >>> is_news_report("the Associated Press", "reported Friday")
        True
        >>> is_news_report("Washington Post", "accuses")
        False
    """
    if not speaker or not cue or not _REPORT_CUE.search(cue):
        return False
    return is_known_outlet(speaker)


#: Whether what the news takes for granted about secession sets the side toward a target that is an
#: independence or secession vote or movement ('the Kurdistan independence referendum'): a statement
#: that upholds a state's territorial integrity or indivisibility opposes it, one that asserts a
#: right to independence or self-determination supports it, and one that denies such a right
#: ('it does not mean they have a right to secede') opposes it. The labelling guideline reads
#: "we support Baghdad's position" as opposition to the vote Baghdad rejects; this is the part of
#: that knowledge a rule can hold. Only for statements that concern the target. The classifier
#: read Lavrov's "respect for Iraq's sovereignty and territorial integrity", under a subheading
#: about the referendum, as support 0.59 for it. No statement of the per-article gold dev tables
#: or of the written examples has such a target (docs/evaluation.md, "Session 21").
SECESSION_RULE = True

#: `StanceRecord.note` of a statement that `SECESSION_RULE` labelled.
SECESSION_NOTE = "upholding a state's integrity opposes its breaking up; a right to secede supports it"

_SECESSION_TARGET = re.compile(r"\b(?:independence|secession|secede|separatis\w*|breakaway|self-determination|"
                               r"sovereignty\s+(?:vote|referendum|bid))\b", re.IGNORECASE)
_INTEGRITY = re.compile(r"\b(?:territorial\s+integrity|indivisib\w+|territorial\s+unity|unity\s+and\s+integrity|"
                        r"(?:single|united)\s*,?\s+(?:and\s+)?indivisible)\b", re.IGNORECASE)
_RIGHT_TO_SECEDE = re.compile(r"\bright\s+(?:to|of)\s+(?:(?:self-determination|independence|secede|secession)\b)",
                              re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|no|never|nor|cannot|without)\b|n['’]t\b", re.IGNORECASE)


def _named_as(target: str | Target, kind: re.Pattern) -> bool:
    """Whether the target's name says what kind of target it is ('referendum', 'independence')."""
    return bool(kind.search(target.name if isinstance(target, Target) else target))


def secession_side(statement: str, target: str | Target) -> str | None:
    """'oppose' or 'support' toward an independence or secession target when the statement upholds
    a state's territorial integrity or asserts a right to secede (`SECESSION_RULE`); None otherwise,
    and for a statement with a negation in it, except a denied right to secede, which opposes.

    Example:
        >>> secession_side("Russia respects Iraq's territorial integrity", "the Kurdistan independence referendum")
        'oppose'
        >>> secession_side("it does not mean they have a right to secede", "the independence vote")
        'oppose'
        >>> secession_side("Russia respects Iraq's territorial integrity", "the Iraqi government") is None
        True
    """
    if not _named_as(target, _SECESSION_TARGET):
        return None
    negated = bool(_NEGATION.search(statement))
    if _RIGHT_TO_SECEDE.search(statement):
        return "oppose" if negated else "support"
    if _INTEGRITY.search(statement) and not negated:
        return "oppose"
    return None


#: Whether a statement that declares its speaker's side toward something it names sets the label
#: toward that target: 'I back this licence, and I still worry about the lake' is support for the
#: lithium licence, 'it cannot support any plan that ...' opposition to the plan, whatever the
#: classifier makes of the rest (it read the first as oppose 0.57). The subject must be the speaker
#: as a reported or first-person pronoun (I, we, he, she, they, it) at a clause's start, the verb one
#: of backing, praising or opposing ('I particularly want to commend ...', 'we would like to thank
#: ...'), and the phrase after the verb must name the target, as for
#: `CUE_STANCE`. A denied support ('will not back') is opposition; a denied opposition is left to
#: the classifier. Only for statements that concern the target.
DECLARED_RULE = True

#: `StanceRecord.note` of a statement that `DECLARED_RULE` labelled.
DECLARED_NOTE = "the statement declares the speaker's side toward the target it names"

_DECLARED = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|that)\s+)(?:I|we|he|she|they|it)\s+[\"“‘']?"
    r"(?P<aux>(?:(?:would|will|could|can|cannot|must|should|do|does|did|had|has|have|still|fully|strongly|firmly|"
    r"also|always|now|not|never|particularly|really|just|continues?\s+to|continued\s+to|want\s+to|"
    r"would\s+like\s+to|(?:won|can|don|doesn|didn|wouldn|couldn)['’]t)\s+)*)"
    r"(?P<verb>back(?:s|ed)?|support(?:s|ed)?|endorse[sd]?|favou?r(?:s|ed)?|welcome[sd]?|oppose[sd]?|reject(?:s|ed)?|"
    r"condemn(?:s|ed)?|commend(?:s|ed)?|prais(?:e|es|ed)|thank(?:s|ed)?|applaud(?:s|ed)?|congratulate[sd]?|"
    r"salute[sd]?|hail(?:s|ed)?|defend(?:s|ed)?)\s+(?P<rest>.+)", re.IGNORECASE)

#: Whether a declared refusal to accept, enforce, obey or recognise something the statement names ('they
#: will not enforce the measure', 'we will never accept these quotas') opposes it (`DECLARED_RULE`'s
#: subjects and auxiliaries; without the negation no side: 'we accept the result'). Session 68.
REFUSED_ACTS = True
_REFUSED = re.compile(_DECLARED.pattern.split("(?P<verb>")[0] + r"(?P<verb>accept(?:s|ed)?|enforce[sd]?|obey(?:s|ed)?|"
                      r"recogni[sz]e[sd]?|comply\s+with|implement(?:s|ed)?|respect(?:s|ed)?|abide\s+by)\s+(?P<rest>.+)",
                      re.IGNORECASE)

#: Whether a feeling declared about something the statement names ('it was deeply disappointed by the
#: ruling', 'we are delighted with the decision') takes a side toward it: against for disappointment,
#: dismay or anger, for delight or pleasure; not when denied (an article written in session 68; the
#: classifier read 'deeply disappointed' at a ruling as support in session 67).
FEELINGS = True
_GLAD = ("pleased", "delighted", "thrilled", "heartened", "encouraged", "grateful", "happy")
_FEELING = re.compile(r"(?P<before>(?:\S+\s+){0,3})\b(?:is|are|was|were|am|be|been|felt|feels?|remains?|remained)\s+"
                      r"(?:(?:very|deeply|bitterly|extremely|so|really|profoundly|greatly|hugely|absolutely|most)\s+)?"
                      r"(?P<feeling>disappointed|dismayed|appalled|outraged|angered|saddened|alarmed|horrified|"
                      r"pleased|delighted|thrilled|heartened|encouraged|grateful|happy)\s+"
                      r"(?:by|with|at|about|in|over|for)\s+(?P<rest>.+)", re.IGNORECASE)

#: Whether wishing someone a fate ('he wants Cruz defeated', 'hopes to see the mayor re-elected') takes a side
#: toward them: against for defeat, removal or prison, for election or confirmation (an article written in
#: session 68; the classifier read 'wants Cruz defeated' as support 0.51).
DESIRED_FATES = True
_DESIRED = re.compile(r"(?P<before>(?:\S+\s+){0,2})\b(?:wants?|wanted|hopes?\s+to\s+see|hoped\s+to\s+see|"
                      r"would\s+(?:like|love)\s+to\s+see|wish(?:es|ed)?\s+to\s+see)\s+"
                      r"(?P<who>(?:[\w.'’-]+\s+){1,4}?)(?P<fate>defeated|removed|ousted|gone|jailed|impeached|fired|"
                      r"locked\s+up|beaten|out\s+of\s+office|elected|re-?elected|confirmed|nominated)\b", re.IGNORECASE)
_FAVOURED_FATE = re.compile(r"(?:re-?)?elected|confirmed|nominated", re.IGNORECASE)

#: Whether a statement that says how to vote in a ballot ('vote yes on Sunday', 'I will vote no')
#: sets the label toward a target that is a vote, referendum, ballot, proposal or measure: yes is
#: support, no opposition. Only for statements that concern the target; not when the vote is
#: denied ('will not vote yes').
VOTE_RULE = True

#: `StanceRecord.note` of a statement that `VOTE_RULE` labelled.
VOTE_NOTE = "a yes vote supports the ballot's proposal, a no vote opposes it"

_VOTE_TARGET = re.compile(r"\b(?:referend(?:um|a)|votes?|ballots?|proposals?|propositions?|measures?|initiatives?|"
                          r"amendments?|plebiscites?)\b", re.IGNORECASE)
_VOTE_SIDE = re.compile(r"(?P<before>(?:\S+\s+){0,3})\bvot(?:e|es|ed|ing)\s+[\"“‘']?(?P<side>yes|no)\b",
                        re.IGNORECASE)


def declared_side(statement: str, target: str | Target) -> str | None:
    """'support' or 'oppose' when the statement declares its speaker's side toward a phrase that
    names the target ('I back this licence', 'it cannot support the merger'); None otherwise
    (`DECLARED_RULE`).

    Example:
        >>> declared_side("I back this licence, and I still worry about the lake", "the lithium licence")
        'support'
        >>> declared_side("it cannot support the merger as it stands", "the hospital merger")
        'oppose'
        >>> declared_side("he backed the move", "the lithium licence") is None
        True
    """
    if FEELINGS:
        for m in _FEELING.finditer(statement):
            if not _NEGATION.search(m.group("before")) and cue_stance("opposed", m.group("rest"), target):
                # 'it was deeply disappointed by the ruling', 'we are delighted with the ruling'
                return "support" if m.group("feeling").lower().startswith(_GLAD) else "oppose"
    if DESIRED_FATES:
        for m in _DESIRED.finditer(statement):
            if not _NEGATION.search(m.group("before")) and mentions_target(m.group("who"), as_targets([target])[0]):
                return "support" if _FAVOURED_FATE.match(m.group("fate")) else "oppose"  # 'he wants Cruz defeated'
    if REFUSED_ACTS:
        for m in _REFUSED.finditer(statement):
            if _NEGATION.search(m.group("aux")) and cue_stance("opposed", m.group("rest"), target):
                return "oppose"  # 'they will not enforce the measure', 'we will never accept this deal'
    for m in _DECLARED.finditer(statement):
        verb = m.group("verb").lower()
        label = "support" if _SUPPORT_CUE.match(verb) or verb.startswith("favo") else "oppose"
        if _NEGATION.search(m.group("aux")):
            if label == "oppose":
                continue
            label = "oppose"
        if cue_stance("backed" if label == "support" else "opposed", m.group("rest"), target):
            return label
    return None


def vote_side(statement: str, target: str | Target) -> str | None:
    """'support' for 'vote yes', 'oppose' for 'vote no', toward a target that is a vote or a
    proposal put to one (`VOTE_RULE`); None otherwise, and when the vote is denied.

    Example:
        >>> vote_side("We ask every voter to vote yes on Sunday", "the proposal to lower the voting age")
        'support'
        >>> vote_side("I will vote no", "the Harbour Bridge toll") is None
        True
    """
    if not _named_as(target, _VOTE_TARGET):
        return None
    sides = {m.group("side").lower() for m in _VOTE_SIDE.finditer(statement)
             if not _NEGATION.search(m.group("before"))}
    if len(sides) != 1:
        return None
    return "support" if sides == {"yes"} else "oppose"


def known_side(statement: str, target: str | Target) -> tuple[str, str] | None:
    """The label and note of the first rule that knows a relevant statement's side toward the
    target without the classifier (`SECESSION_RULE`, `DECLARED_RULE`, `VOTE_RULE`); None when none
    applies. `analyze` and `stance score --mode articles` use it for the pairs that concern the target.

    Example:
        >>> known_side("we will vote yes", "the referendum")[0]
        'support'
    """
    for on, rule, note in ((SECESSION_RULE, secession_side, SECESSION_NOTE),
                           (DECLARED_RULE, declared_side, DECLARED_NOTE), (VOTE_RULE, vote_side, VOTE_NOTE)):
        if on and (label := rule(statement, target)):
            return label, note
    return None


#: The notes of the rules that set a side without the classifier: a record's score is then the
#: probability of taking a side (`side_score`).
SIDE_NOTES = (CUE_NOTE, SECESSION_NOTE, DECLARED_NOTE, VOTE_NOTE)


def stance_statements(statements: Sequence[Statement]) -> list[Statement]:
    """The statements whose stance `analyze` reads: all but questions put to someone
    (`QUESTION_RULE`)."""
    return [s for s in statements if not (QUESTION_RULE and s.kind == "question")]


def neutral_note(statement: Statement) -> str | None:
    """The note of a rule that reads a statement as neutral toward every target it concerns,
    whatever the classifier says (`NO_POSITION_RULE`, then `REPORT_RULE`, then `NO_COMMENT_RULE`); None when
    none applies."""
    if NO_POSITION_RULE and says_no_position(statement.text):
        return NO_POSITION_NOTE  # 'it takes no position on the toll'
    if REPORT_RULE and is_news_report(statement.speaker, statement.cue):
        return REPORT_NOTE  # 'CNN reported that ...'
    if NO_COMMENT_RULE and declines_comment(statement.cue, statement.text):
        return NO_COMMENT_NOTE  # 'declined to comment'
    return None


def own_stance(labels: Sequence[str], k: int, row: Sequence[float]) -> tuple[int, float]:
    """The label index and score of a statement whose target is its own speaker (`SELF_SUPPORT`):
    a stanced call becomes 'support', with the probability of taking a side as its score; a
    neutral call, or a label set without 'support' and 'oppose', stays as it is.

    Example:
        >>> own_stance(("support", "oppose", "neutral"), 1, [0.2, 0.7, 0.1])
        (0, 0.9)
    """
    labels = list(labels)
    if "support" not in labels or "oppose" not in labels or labels[k] not in ("support", "oppose"):
        return k, float(row[k])
    return labels.index("support"), side_score(labels, row)


def side_score(labels: Sequence[str], row: Sequence[float]) -> float:
    """The score of a label that a rule gave (`CUE_STANCE`): the probability of taking a side,
    p(support) + p(oppose), as for `own_stance`. The classifier's probability of the rule's own
    side would make the rule's record count for little in the cell's vote exactly where the
    classifier disagreed with it ('criticised Trump ...' at p(oppose) 0.23).

    Example:
        >>> side_score(("support", "oppose", "neutral"), [0.6, 0.3, 0.1])
        0.9
    """
    labels = list(labels)
    return round(float(row[labels.index("support")]) + float(row[labels.index("oppose")]), 6)


def cell_stance(labels: Iterable[str], scores: Iterable[float], *, neutral: str | None = "neutral") -> tuple[str, float]:
    """The (stance, net) of one speaker x target cell from the labels and label probabilities of
    the statements that concern the target; see `Analysis.by_speaker`.

    Each label other than ``neutral`` gets the summed probability of the statements given it; the
    heaviest wins, or 'mixed' when the runner-up weighs at least `MIXED_RATIO` of it and rests on
    at least `MIXED_MIN_STATEMENTS` statements; no such statement gives ``neutral``. Net is
    (support - oppose) / the number of statements (0 for label sets without 'support' and 'oppose').

    Example:
        >>> cell_stance(["support", "neutral", "neutral"], [0.9, 0.8, 0.7])
        ('support', 0.3)
    """
    labels, scores = list(labels), [float(x) for x in scores]
    if not labels:
        return neutral or "neutral", 0.0
    weights: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for label, p in zip(labels, scores):
        if label != neutral:
            weights[label] += p
            counts[label] += 1
    net = (weights["support"] - weights["oppose"]) / len(labels)
    ranked = [(label, w) for label, w in weights.most_common() if w > 0]
    if not ranked:
        return neutral or "neutral", net
    if (len(ranked) > 1 and ranked[1][1] >= MIXED_RATIO * ranked[0][1]
            and counts[ranked[1][0]] >= MIXED_MIN_STATEMENTS):
        return "mixed", net
    return ranked[0][0], net


def rule_label(statement: Statement, target: str | Target, k: int, labels: Sequence[str]) -> tuple[int, str]:
    """The label index and note after the rules that override the classifier's label ``k`` for a
    statement that concerns the target: no side taken or an outlet reporting (`neutral_note`), a
    side the statement makes plain (`known_side`), a request for an answer (`REQUEST_RULE`). The
    note is empty when no rule applies. `analyze` and `stance score --mode articles` both use it.
    """
    labels = list(labels)
    neutral = labels.index("neutral") if "neutral" in labels else None
    rule = neutral_note(statement) if neutral is not None else None
    if rule:
        return (neutral, rule) if k != neutral else (k, "")  # 'it takes no position on the toll'
    if {"support", "oppose"} <= set(labels) and (known := known_side(statement.text, target)):
        return labels.index(known[0]), known[1]  # 'respect for territorial integrity'
    if neutral is not None and labels[k] == "support" and REQUEST_RULE and asks_for_answer(statement.text):
        return neutral, REQUEST_NOTE  # 'hopes to receive an honest answer'
    return k, ""


def _concerning(statement: Statement, target: Target, j: int, row: Sequence[float], k: int,
                labels: Sequence[str], text: str, self_support: bool,
                sides: dict[tuple[str | None, int], str | None]) -> tuple[int, float, str]:
    """The label index, score and note of a statement that concerns target number ``j``, from the
    classifier's label ``k`` (after the neutral margin) and the rules that override it: a statement
    that takes no side or an outlet reporting (`neutral_note`), a side the statement makes plain
    (`known_side`), a speaker on themself or their own side (`SELF_SUPPORT`). ``sides`` caches
    `own_side` per (speaker, target)."""
    labels = list(labels)
    neutral = labels.index("neutral") if "neutral" in labels else None
    k, note = rule_label(statement, target, k, labels)
    score = side_score(labels, row) if note in SIDE_NOTES else float(row[k])
    if self_support and k != neutral and not note:
        if (statement.speaker, j) not in sides:
            sides[statement.speaker, j] = own_side(text, statement.speaker, target)
        side = sides[statement.speaker, j]
        if side is not None:
            k, score = own_stance(labels, k, row)
            note = SELF_NOTE if side == "self" else SPOKESPERSON_NOTE
    return k, score, note


#: Whether `analyze` decides relevance with the model's learned gate (`stance.gate`) by default.
#: Off: on the per-article dev tables the shipped gate raises cell F_avg from 38.04 to 41.57 and
#: cuts the extra stance cells from 174 to 80, but it finds fewer of the real stances and gets 16
#: of the 31 bundled example pairs right instead of 24 (docs/evaluation.md, sessions 17-18).
RELEVANCE_GATE = False


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _wrap(text: str, n: int) -> str:
    words, lines, line = text.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > n:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "\n".join([*lines, line])


def analyze(text: str, targets: Sequence[str | Target] | None = None, *, model=None, nlp=None,
            context: bool = True, relevance_check: bool = True, batch_size: int = BATCH_SIZE,
            ngram_heads: bool | str = "news", use_speaker: bool | float | None = None, tagger=TAGGER,
            self_support: bool = SELF_SUPPORT, cue_stance_rule: bool = CUE_STANCE,
            relevance_gate: bool | RelevanceGate = RELEVANCE_GATE, classify_all: bool = False,
            neutral_margin: float | None = None, join_pieces: bool = JOIN_PIECES) -> Analysis:
    """Find who said what in an article and where each speaker stands on each target.

    Args:
        text: the article (plain text, paragraphs separated by blank lines).
        targets: strings or `Target`s (with aliases); None suggests targets from the article.
        model: a `StanceModel`; None loads the shipped default model.
        nlp: a spaCy pipeline; None loads the default English one.
        context: let the statement's paragraph (and the one before) count for relevance.
        relevance_check: label statements that do not concern a target as neutral toward it.
            A statement that does concern it takes the argmax after the model's
            `StanceModel.neutral_margin` (0 unless the model sets one).
        batch_size: pairs per forward pass.
        ngram_heads: which of the model's per-target n-gram heads to use: 'news' (the heads fitted
            on news text, and those with no recorded genre: a head fitted on tweets lowers scores on
            news sentences), True all, False none, or another genre.
        use_speaker: how a speaker-aware model reads each statement: False, the statement alone;
            True, with its speaker and cue; a weight from 0 to 1, the two readings' probabilities
            averaged with that weight on the second; None (the default), the model's own choice
            (`StanceModel.analysis_speaker`, chosen on the per-article gold dev tables with its
            neutral margin).
        tagger: the learned attribution tagger added to the extraction rules (see
            `stance.extract.extract`): 'default' (the shipped one, `TAGGER`), a loaded tagger,
            a tagger folder, or None for the rules alone (faster, finds fewer speakers).
        self_support: a stanced statement whose target is its own speaker ('Clinton said ...'
            toward "Hillary Clinton"), or whose speaker speaks for the target (its spokesperson,
            aide or lawyer: `stance.targets.speaks_for`), is support (`SELF_SUPPORT`); the
            record's `note` says so.
        cue_stance_rule: a cue that takes a side ('praised', 'blasted') sets the label toward the
            target the statement opens with (`CUE_STANCE`, `cue_stance`); the record's `note` says so.
        relevance_gate: decide relevance with a learned gate instead of the word match: True uses
            the model's own (`StanceModel.relevance_gate`), or pass a `stance.gate.RelevanceGate`.
            A pair is relevant when the gate's probability that the statement takes a side on the
            target reaches the gate's threshold; each record's `relevance_score` holds it. Off by
            default (`RELEVANCE_GATE`): see docs/evaluation.md for what it gains on real news and
            loses on our written examples.
        classify_all: run the classifier on every (statement, target) pair. By default it runs
            only on the pairs that concern the target (and those a cue rule labels): a pair that
            does not concern the target is neutral whatever the classifier says, so its `scores`
            are left NaN. Set it to see what the classifier would have said about those pairs
            (slower: in news most pairs do not concern a given target). With
            ``relevance_check=False`` or a relevance gate every pair is classified anyway.
        neutral_margin: how much p(neutral) is lowered before a statement that concerns a target
            takes its label (negative: raised, a more cautious reading); None uses the model's
            `StanceModel.neutral_margin`. `Analysis.relabel` tries another value without running
            the extractor or the classifier again.
        join_pieces: classify a piece of reported speech that its attribution splits ('The
            turbines, she said, had been placed ...') as the pieces joined (`JOIN_PIECES`,
            `classifier_texts`); each piece keeps its own record.

    Returns:
        An `Analysis` (`.stances`, `.to_pandas()`, `.by_speaker()`, `.plot()`).

    Raises:
        ValueError: a target is empty or given twice (the message names its index), or
            ``relevance_gate=True`` with a model that carries no gate.

    Warns:
        UserWarning: a target that the article never names (nor an alias of it); with the
            relevance step its column is all neutral.

    Example:
        >>> result = stance.analyze(article, targets=["the referendum"])
        >>> result.by_speaker()
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze expects the article as a str, got {type(text).__name__}")
    text = replace_surrogates(text)  # what the parser can take; one character for one, offsets unchanged
    if model is None:
        model = load()
    use_speaker = resolve_speaker_reading(model, use_speaker)
    gate = resolve_gate(model, relevance_gate)
    nlp = nlp or load_nlp()
    if isinstance(tagger, (str, os.PathLike)):
        tagger = load_tagger(None if tagger == "default" else tagger)
    statements = stance_statements(extract(text, nlp=nlp, tagger=tagger))
    targets = as_targets(targets) if targets is not None else tuple(suggest_targets(text, nlp=nlp))
    unnamed = [tg.name for tg in targets if not mentions_target(text, tg)]
    if unnamed and statements:
        warnings.warn(f"the article never names {', '.join(map(repr, unnamed))} (nor an alias of it): "
                      + ("its column is all neutral" if relevance_check else
                         "with relevance_check=False the model still labels every statement toward it")
                      + "; check the spelling, or pass stance.Target(name, aliases=[...])", stacklevel=2)
    stances: list[StanceRecord] = []
    margin = 0.0 if neutral_margin is None else float(neutral_margin)
    if statements and targets:
        margin = model.neutral_margin if neutral_margin is None else margin
        labels = model.labels
        shape = (len(statements), len(targets))
        mention = [mention_level(text, s.start, s.end, tg) for s in statements for tg in targets]
        by_cue = cue_sides(statements, targets, text) if cue_stance_rule and {"support", "oppose"} <= set(labels) \
            else [[None] * len(targets) for _s in statements]
        if not relevance_check:
            rel = np.ones(shape, dtype=bool)
        elif gate is None:
            rel = relevance(statements, targets, text, context=context)
        # The classifier runs on the pairs whose label it can set; a pair that does not concern the
        # target is neutral whatever it says (the gate reads the classifier's output, so it needs all).
        need = np.ones(shape, dtype=bool) if classify_all or gate is not None or not relevance_check \
            else rel | np.array([[c is not None for c in row] for row in by_cue], dtype=bool)
        pairs = np.flatnonzero(need.ravel())
        probs = np.full((len(statements) * len(targets), len(labels)), np.nan, dtype=np.float32)
        if len(pairs):
            nt = len(targets)
            read = classifier_texts(statements, join=join_pieces)
            probs[pairs] = reading_proba(
                model.with_ngram_heads(ngram_heads), [read[k // nt] for k in pairs],
                [targets[k % nt].name for k in pairs], speakers=[statements[k // nt].speaker for k in pairs],
                cues=[statements[k // nt].cue for k in pairs], mentions=[mention[k] for k in pairs],
                speaker_weight=use_speaker, batch_size=batch_size)
        probs = probs.reshape(*shape, -1)
        gate_scores = gate.score(statements, targets, text, probs, labels, np.reshape(mention, shape)) \
            if gate is not None else None
        if relevance_check and gate_scores is not None:
            rel = gate_scores >= gate.threshold
        neutral = labels.index("neutral") if "neutral" in labels else None
        best = np.zeros(len(statements) * len(targets), dtype=int)
        if len(pairs):
            best[pairs] = model.article_labels(probs.reshape(-1, len(labels))[pairs], margin=margin)
        best = best.reshape(shape)
        sides: dict[tuple[str | None, int], str | None] = {}  # (speaker, target) -> own_side
        for i, s in enumerate(statements):
            for j, tg in enumerate(targets):
                row = probs[i, j]
                scores = {l: float(p) for l, p in zip(labels, row)}
                gated = None if gate_scores is None else float(gate_scores[i, j])
                where = mention[i * len(targets) + j]
                if by_cue[i][j] is not None:
                    # 'X praised Y': the cue's side toward the target it names
                    stances.append(StanceRecord(s, tg.name, by_cue[i][j], side_score(labels, row), scores, True,
                                                where, CUE_NOTE, gated))
                elif rel[i, j] or neutral is None:
                    k, score, note = _concerning(s, tg, j, row, int(best[i, j]), labels, text, self_support, sides)
                    stances.append(StanceRecord(s, tg.name, labels[k], score, scores, bool(rel[i, j]), where, note,
                                                gated))
                else:
                    stances.append(StanceRecord(s, tg.name, "neutral", float(row[neutral]), scores, False, where,
                                                relevance_score=gated))
    return Analysis(text=text, targets=targets, statements=statements, stances=stances, labels=tuple(model.labels),
                    neutral_margin=margin, self_support=self_support, join_pieces=join_pieces,
                    speaker_weight=use_speaker)
