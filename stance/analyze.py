"""Article analysis: who stands where on what, in one call.

`analyze` extracts the attributed statements of an article, scores each against each target,
and summarises the result by speaker. A statement that does not concern a target is neutral
toward it: a relevance step (target words and aliases in the statement or its paragraph, else
semantic similarity) decides that before the classifier's label is used.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .extract import Statement, extract, load_nlp
from .model import BATCH_SIZE

logger = logging.getLogger(__name__)

_STOP = set("""a an the of on in to for and or with by at from its their his her our this that these those
is are was were be been about over into""".split())
#: Words too general to tie a statement to a target alone ('the policy', 'the government'): a target
#: whose head is one of them also needs one of its other words ('Iraqi', 'Syria') to be matched.
_WEAK = set("""new policy policies government plan plans issue issues state states movement
change changes concern real law laws bill deal decision proposal approach line move program programme
party side group""".split())
_PREPOSITIONS = {"on", "of", "for", "to", "about", "over", "in", "toward", "towards", "against", "with"}


@dataclass(frozen=True)
class Target:
    """A target to score statements against, with other names the article may use for it.

    Example:
        >>> Target("the new US policy on Syria", aliases=["Washington's new approach"])
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


def _content_stems(phrase: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", phrase)
            if w.lower() not in _STOP and (len(w) > 2 or w.isupper())}


def _stem(word: str) -> str:
    """A crude stem so 'referendum'/'referendums', 'Kurdish'/'Kurdistan'/'Kurds', 'Iraq'/'Iraqi' meet."""
    word = word.lower().replace("’", "'").split("'")[0]
    for suffix in ("istan", "ish", "ian", "ans", "an", "es", "s", "i"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


#: Names the news uses for a target without its words: capitals for governments, party nicknames.
#: A target whose name (lower case, without a leading 'the') contains a key is also named by the
#: key's values; user aliases (`Target.aliases`) come on top.
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
    "united kingdom": ("britain", "london"),
    "european union": ("brussels", "the eu"),
    "kurdistan regional government": ("erbil", "the krg"),
    "kurdistan": ("erbil",),
}


def known_aliases(name: str) -> tuple[str, ...]:
    """The `KNOWN_ALIASES` of a target name.

    Example:
        >>> known_aliases("the Iraqi government")
        ('baghdad',)
    """
    key = re.sub(r"^(the|a|an)\s+", "", name.lower().strip())
    found: list[str] = []
    for k, values in KNOWN_ALIASES.items():
        if re.search(r"\b" + re.escape(k) + r"\b", key):
            found += [v for v in values if v not in found]
    return tuple(found)


def mentions_target(text: str, target: Target) -> bool:
    """Whether a text names the target: an alias (the user's or a `KNOWN_ALIASES` one, such as
    'Baghdad' for the Iraqi government or 'GOP' for the Republican Party) or the name itself, or
    its distinctive words.

    A proper name ('Hillary Clinton') is named by any of its words. Otherwise the head noun
    counts: 'the referendum' names 'the Kurdistan independence referendum', 'Kurdistan' alone
    does not (two of its other words together do). A general head ('the Iraqi government', 'the
    new US policy on Syria') needs one of the target's other distinctive words beside it.
    """
    lowered = text.lower().replace("’", "'")
    phrases = (re.sub(r"^(the|a|an)\s+", "", a.lower().replace("’", "'"))
               for a in (target.name, *target.aliases, *known_aliases(target.name)))
    if any(p and re.search(r"\b" + re.escape(p) + r"\b", lowered) for p in phrases):
        return True
    stems = _content_stems(text)
    distinctive = _content_stems(target.name) - {_stem(w) for w in _WEAK}
    head = target.head()
    if head is None:
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", target.name)
    if all(w[0].isupper() for w in words if w.lower() not in _STOP):  # a proper name: any part of it
        return bool(distinctive & stems)
    if head in {_stem(w) for w in _WEAK}:
        return head in stems and bool(distinctive & stems)
    return head in stems or len((distinctive - {head}) & stems) >= 2


@dataclass(frozen=True)
class StanceRecord:
    """The stance of one statement toward one target.

    Attributes:
        statement: the `Statement` (speaker, cue, offsets).
        target: the target's name.
        label: the stance; 'neutral' when the statement does not concern the target.
        score: the probability of that label (for a not-relevant pair, of the classifier's neutral).
        scores: the classifier's probabilities per label.
        relevant: whether the statement (or its context) concerns the target.
    """

    statement: Statement
    target: str
    label: str
    score: float
    scores: dict[str, float] = field(repr=False)
    relevant: bool = True


@dataclass
class Analysis:
    """The result of `analyze`: statements, targets and one record per (statement, target)."""

    text: str
    targets: tuple[Target, ...]
    statements: list[Statement]
    stances: list[StanceRecord]
    labels: tuple[str, ...] = ("support", "oppose", "neutral")

    def to_pandas(self) -> pd.DataFrame:
        """One row per (statement, target)."""
        rows = []
        for r in self.stances:
            s = r.statement
            rows.append({"speaker": s.speaker, "target": r.target, "label": r.label, "score": round(r.score, 4),
                         "relevant": r.relevant, "statement": s.text, "kind": s.kind, "cue": s.cue,
                         "speaker_mention": s.speaker_mention, "source": s.source, "start": s.start, "end": s.end,
                         **{f"p_{k}": round(v, 4) for k, v in r.scores.items()}})
        columns = ["speaker", "target", "label", "score", "relevant", "statement", "kind", "cue",
                   "speaker_mention", "source", "start", "end", *(f"p_{l}" for l in self.labels)]
        return pd.DataFrame(rows, columns=columns)

    def by_speaker(self) -> pd.DataFrame:
        """Speaker x target summary: counts per label, the cell's stance, net stance, the most
        confident statement.

        The cell's stance is a confidence-weighted vote over the speaker's statements that concern
        the target (`StanceRecord.relevant`): S = the summed p(support) of those labelled support,
        O = the summed p(oppose) of those labelled oppose. No such statement: neutral. Both sides
        with the smaller at least `MIXED_RATIO` of the larger: 'mixed'. Otherwise the larger side.
        Statements about something else do not count, and neutral ones do not dilute a stance the
        speaker does take. Net is (S - O) / the number of statements that concern the target (0 when
        none does), in [-1, 1].
        """
        frame = self.to_pandas()
        columns = ["speaker", "target", *(f"n_{l}" for l in self.labels), "n_relevant", "net", "stance",
                   "top_statement", "top_score"]
        if frame.empty:
            return pd.DataFrame(columns=columns)
        frame["speaker"] = frame["speaker"].fillna("(unattributed)")
        rows = []
        for (speaker, target), group in frame.groupby(["speaker", "target"], sort=False):
            counts = Counter(group["label"])
            relevant = group[group["relevant"]]
            label, net = cell_stance(relevant["label"], relevant["score"])
            stanced = group[group["label"] != "neutral"]
            top = (stanced if len(stanced) else group).sort_values("score", ascending=False).iloc[0]
            rows.append({"speaker": speaker, "target": target, **{f"n_{l}": counts.get(l, 0) for l in self.labels},
                         "n_relevant": len(relevant), "net": round(net, 3), "stance": label,
                         "top_statement": top["statement"], "top_score": float(top["score"])})
        return pd.DataFrame(rows, columns=columns)

    def explain(self, speaker: str, target: str) -> pd.DataFrame:
        """The statements behind one speaker x target cell, so that a reader can check it: text,
        label, score, relevance, whether the vote counts it, and why not when it does not.

        Raises:
            KeyError: no statement of that speaker, or no such target (the known ones are named).

        Example:
            >>> result.explain("Ann Ortiz", "the toll")[["statement", "label", "counted", "reason"]]
        """
        frame = self.to_pandas()
        names = [t.name for t in self.targets]
        if target not in names:
            raise KeyError(f"no target {target!r}; the targets are {names}")
        speakers = list(dict.fromkeys(frame["speaker"].fillna("(unattributed)")))
        rows = frame[(frame["speaker"].fillna("(unattributed)") == speaker) & (frame["target"] == target)].copy()
        if rows.empty:
            raise KeyError(f"no statement by {speaker!r}; the speakers are {speakers}")
        rows["counted"] = rows["relevant"] & (rows["label"] != "neutral")
        rows["reason"] = np.where(~rows["relevant"], "does not concern the target (relevance step)",
                                  np.where(rows["label"] == "neutral", "neutral toward the target", ""))
        keep = ["statement", "label", "score", "relevant", "counted", "reason", "cue", "kind", "start", "end",
                *(f"p_{l}" for l in self.labels)]
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
        cells = {(r.speaker, r.target): r for r in summary.itertuples()}
        for sp in speakers:
            row = sp.ljust(width)
            for n in names:
                r = cells.get((sp, n))
                cell = "-" if r is None else f"{r.stance:<8}{r.net:+.2f}  {r.n_support}/{r.n_oppose}/{r.n_neutral}"
                row += _clip(cell, col - 2).ljust(col)
            lines.append(row)
        lines.append("cell: stance (confidence-weighted vote of the statements that concern the target; "
                     "'mixed' when both sides are near even), net, statements labelled support/oppose/neutral")
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
        for r in summary.itertuples():
            i, j = speakers.index(r.speaker), names.index(r.target)
            n_rel = r.n_support + r.n_oppose
            grid[i, j] = r.net if (r.n_support or r.n_oppose) else 0.0
            notes[i][j] = f"{r.stance}\n{r.net:+.2f} ({n_rel}/{r.n_support + r.n_oppose + r.n_neutral})"
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


#: Whether `analyze` and `stance score --mode articles` give the model each statement's speaker and
#: cue. Chosen on dev with the shipped (speaker-aware) model: per-article gold dev cells F_avg 24.70
#: without vs 18.48 with them, the example articles 58.1% vs 25.8% right (with them the model calls
#: nearly every statement neutral), while data/news_stance dev items prefer them (F_avg 28.45 vs
#: 23.20). `model.predict(..., speaker=)` always uses what it is given.
USE_SPEAKER = False

#: A cell is 'mixed' when the weaker side's weight is at least this share of the stronger's.
MIXED_RATIO = 0.5


def cell_stance(labels: Iterable[str], scores: Iterable[float]) -> tuple[str, float]:
    """The (stance, net) of one speaker x target cell from the labels and label probabilities of
    the statements that concern the target; see `Analysis.by_speaker`.

    Example:
        >>> cell_stance(["support", "neutral", "neutral"], [0.9, 0.8, 0.7])
        ('support', 0.3)
    """
    labels, scores = list(labels), [float(x) for x in scores]
    if not labels:
        return "neutral", 0.0
    s = sum(p for l, p in zip(labels, scores) if l == "support")
    o = sum(p for l, p in zip(labels, scores) if l == "oppose")
    net = (s - o) / len(labels)
    if s == 0 and o == 0:
        return "neutral", net
    if min(s, o) >= MIXED_RATIO * max(s, o):
        return "mixed", net
    return ("support" if s > o else "oppose"), net


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


def _as_targets(targets: Iterable[str | Target]) -> tuple[Target, ...]:
    out = []
    for i, t in enumerate(targets):
        if isinstance(t, Target):
            out.append(t)
        elif isinstance(t, str) and t.strip():
            out.append(Target(t.strip()))
        else:
            raise ValueError(f"target at index {i} is {t!r}; pass a non-empty string or a stance.Target")
    return tuple(out)


def suggest_targets(text: str, *, k: int = 4, nlp=None) -> list[Target]:
    """Targets worth scoring in an article: its most mentioned entities and noun phrases.

    Named organisations, places, groups, events and laws come first (people are speakers
    more often than targets); salient noun phrases fill the rest.
    """
    nlp = nlp or load_nlp()
    doc = nlp(text)
    counts: Counter[str] = Counter()
    variants: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ in {"ORG", "GPE", "NORP", "EVENT", "LAW", "FAC", "PRODUCT"}:
            key = ent.text.strip().lower().removeprefix("the ")
            counts[key] += 2 if ent.label_ in {"EVENT", "LAW", "ORG"} else 1
            variants.setdefault(key, set()).add(ent.text.strip())
    for chunk in doc.noun_chunks:
        words = [t for t in chunk if not t.is_stop and t.is_alpha]
        if len(words) >= 2 and not any(t.ent_type_ == "PERSON" for t in chunk) and chunk.root.pos_ == "NOUN":
            key = " ".join(t.text.lower() for t in words)
            counts[key] += 1
            variants.setdefault(key, set()).add(" ".join(t.text for t in words))
    picked = []
    for key, _ in counts.most_common():
        if any(key in p or p in key for p in picked):
            continue
        picked.append(key)
        if len(picked) == k:
            break
    return [Target(max(variants[key], key=len), aliases=sorted(variants[key])) for key in picked]


def _paragraphs_of(text: str, stmt: Statement) -> tuple[str, str]:
    """The statement's own paragraph and the paragraph before it."""
    lo = text.rfind("\n\n", 0, stmt.start)
    hi = text.find("\n\n", stmt.end)
    own = text[(0 if lo < 0 else lo + 2): (len(text) if hi < 0 else hi)]
    if lo <= 0:
        return own, ""
    before = text.rfind("\n\n", 0, lo)
    return own, text[(0 if before < 0 else before + 2): lo]


def relevance(statements: Sequence[Statement], targets: Sequence[Target], text: str, *,
              context: bool = True) -> np.ndarray:
    """Whether each statement concerns each target: shape (n_statements, n_targets), bool.

    A pair is relevant when the statement names the target (see `mentions_target`), or, with
    `context`, when the statement's paragraph does, or, if that paragraph names none of the
    targets, the paragraph before it: a statement often names its target only through what
    surrounds it ('they have no right to secede' after a paragraph about the referendum).
    """
    out = np.zeros((len(statements), len(targets)), dtype=bool)
    for i, s in enumerate(statements):
        out[i] = [mentions_target(s.text, t) for t in targets]
        if not context:
            continue
        own, before = _paragraphs_of(text, s)
        in_own = [mentions_target(own, t) for t in targets]
        # The paragraph before only counts when the statement's own paragraph names no target:
        # a paragraph that moves on to another subject should not inherit the last one's.
        in_before = [False] * len(targets) if any(in_own) else [mentions_target(before, t) for t in targets]
        out[i] |= np.array(in_own) | np.array(in_before)
    return out


def analyze(text: str, targets: Sequence[str | Target] | None = None, *, model=None, nlp=None,
            context: bool = True, relevance_check: bool = True, batch_size: int = BATCH_SIZE,
            ngram_heads: bool | str = "news", use_speaker: bool = USE_SPEAKER) -> Analysis:
    """Find who said what in an article and where each speaker stands on each target.

    Args:
        text: the article (plain text, paragraphs separated by blank lines).
        targets: strings or `Target`s (with aliases); None suggests targets from the article.
        model: a `StanceModel`; None loads the shipped default model.
        nlp: a spaCy pipeline; None loads the default English one.
        context: let the statement's paragraph (and the one before) count for relevance.
        relevance_check: label statements that do not concern a target as neutral toward it.
        batch_size: pairs per forward pass.
        ngram_heads: which of the model's per-target n-gram heads to use: 'news' (the heads fitted
            on news text, and those with no recorded genre: a head fitted on tweets lowers scores on
            news sentences), True all, False none, or another genre.
        use_speaker: give a speaker-aware model each statement's speaker and cue. Off by default:
            on the dev articles the shipped model's cells are better without them (see
            `USE_SPEAKER`).

    Returns:
        An `Analysis` (`.stances`, `.to_pandas()`, `.by_speaker()`, `.plot()`).

    Example:
        >>> result = stance.analyze(article, targets=["the referendum"])
        >>> result.by_speaker()
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze expects the article as a str, got {type(text).__name__}")
    if model is None:
        from .model import load

        model = load()
    nlp = nlp or load_nlp()
    statements = extract(text, nlp=nlp)
    targets = _as_targets(targets) if targets is not None else tuple(suggest_targets(text, nlp=nlp))
    stances: list[StanceRecord] = []
    if statements and targets:
        texts = [s.text for s in statements]
        probs = model.with_ngram_heads(ngram_heads).predict_proba(
            [t for t in texts for _ in targets], [tg.name for _ in texts for tg in targets],
            speaker=[s.speaker for s in statements for _ in targets] if use_speaker else None,
            cue=[s.cue for s in statements for _ in targets] if use_speaker else None,
            batch_size=batch_size)
        probs = probs.reshape(len(statements), len(targets), -1)
        rel = relevance(statements, targets, text, context=context) if relevance_check else \
            np.ones((len(statements), len(targets)), dtype=bool)
        labels = model.labels
        neutral = labels.index("neutral") if "neutral" in labels else None
        for i, s in enumerate(statements):
            for j, tg in enumerate(targets):
                row = probs[i, j]
                scores = {l: float(p) for l, p in zip(labels, row)}
                if rel[i, j] or neutral is None:
                    k = int(row.argmax())
                    stances.append(StanceRecord(s, tg.name, labels[k], float(row[k]), scores, bool(rel[i, j])))
                else:
                    stances.append(StanceRecord(s, tg.name, "neutral", float(row[neutral]), scores, False))
    return Analysis(text=text, targets=targets, statements=statements, stances=stances, labels=tuple(model.labels))
