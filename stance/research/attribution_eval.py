"""Evaluate attributed-statement extraction against PolNeAR (brat standoff annotations).

PolNeAR (Newell et al., LREC 2018) marks attribution relations in US political news: a Source
(who), a Cue ('said', 'according to') and a Content span, linked by an ``E`` line::

    T1  Source 89 106   The New York Post
    T2  Cue 107 114     reports
    T3  Content 115 290 that Hillary Clinton's team ...
    E1  Attribution:T4 Content:T3 Cue:T2 Source:T1

Scoring is on word tokens (``\\w+`` runs), so quote marks and punctuation at the edges do not count
and a leading complementizer 'that' is ignored in content spans (PolNeAR includes it, the library
strips it). A predicted span *matches at overlap* a gold span when it covers at least half of the
gold span's tokens; *exact* means the same token set. Matching is one-to-one (greedy, best
coverage first). Predicted statements that share one cue (a quote split around its attribution)
are merged into one content span, as PolNeAR annotates them as one discontinuous span.

PolNeAR also annotates beliefs and evidence ('believes', 'polls show', 'wants'). The library covers
speech and reporting cues (:data:`stance.extract.SPEECH_LEMMAS` plus 'according to'); the report
gives scores on all gold attributions and on the covered subset, with the excluded cue lemmas and
how many gold items they remove. In the covered subset, predictions that match an excluded gold
item are neither counted right nor wrong.

Example:
    >>> report = evaluate_extraction("/data/polnear_attribution", split="dev", limit=5)
    >>> print(format_report(report))
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..extract import SPEECH_LEMMAS, extract_many, load_nlp
from ..extract.api import TAGGER, resolve_tagger
from ..extract.assemble import statements_of

logger = logging.getLogger(__name__)

__all__ = ["evaluate_extraction", "format_report", "polnear_documents", "read_brat", "score_spans"]

_WORD_RE = re.compile(r"\w+(?:[’']\w+)*")
_SPAN_TYPES = ("Source", "Cue", "Content")


@dataclass
class GoldAttribution:
    """One gold attribution relation (each part a list of (start, end) fragments)."""

    content: list[tuple[int, int]] = field(default_factory=list)
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    cue_text: str = ""


def read_brat(ann_text: str) -> list[GoldAttribution]:
    """Parse PolNeAR brat standoff into attribution relations.

    Args:
        ann_text: the contents of one ``.ann`` file.

    Returns:
        One :class:`GoldAttribution` per ``E`` line that has a Content argument.
        Discontinuous spans ('Content 10 20;30 40') keep all their fragments.

    Example:
        >>> read_brat("T1\\tCue 5 9\\tsaid\\nT2\\tContent 10 14\\tnope\\nE1\\tAttribution:T1 Cue:T1 Content:T2")[0].content
        [(10, 14)]
    """
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in ann_text.splitlines():
        if not line.strip():
            continue
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            head = parts[1].split(" ", 1)
            if len(head) != 2:
                continue
            label, offsets = head
            frags = []
            for frag in offsets.split(";"):
                nums = frag.split()
                if len(nums) == 2 and nums[0].isdigit() and nums[1].isdigit():
                    frags.append((int(nums[0]), int(nums[1])))
            if frags:
                spans[parts[0]] = (label, frags, parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            events.append(parts[1].split())
    out = []
    for args in events:
        rel = GoldAttribution()
        for arg in args:
            role, _, ref = arg.partition(":")
            role = re.sub(r"\d+$", "", role)  # brat numbers repeated roles: Content2
            if ref not in spans:
                continue
            _label, frags, txt = spans[ref]
            if role == "Content":
                rel.content.extend(frags)
            elif role == "Source":
                rel.source.extend(frags)
            elif role == "Cue":
                rel.cue.extend(frags)
                rel.cue_text = (rel.cue_text + " " + txt).strip()
        if rel.content:
            out.append(rel)
    return out


# --------------------------------------------------------------------------------------------
# Token sets and matching
# --------------------------------------------------------------------------------------------

class _Tokens:
    def __init__(self, text: str):
        self.text = text
        self.spans = [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]
        self.starts = [s for s, _ in self.spans]

    def of(self, frags, *, drop_that: bool = False) -> frozenset[int]:
        from bisect import bisect_left, bisect_right
        idx: set[int] = set()
        for s, e in frags:
            lo = max(bisect_right(self.starts, s) - 1, 0)
            hi = bisect_left(self.starts, e)
            for i in range(lo, hi):
                ts, te = self.spans[i]
                if ts < e and s < te:
                    idx.add(i)
        if drop_that and idx:
            first = min(idx)
            ts, te = self.spans[first]
            if self.text[ts:te].lower() == "that" and len(idx) > 1:
                idx.discard(first)
        return frozenset(idx)


def _match(preds: list[frozenset], golds: list[frozenset], *, exact: bool) -> dict[int, int]:
    """One-to-one matching, pred index -> gold index."""
    pairs = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            if not g:
                continue
            if exact:
                if p == g:
                    pairs.append((1.0, 1.0, pi, gi))
            else:
                inter = len(p & g)
                cov = inter / len(g)
                if cov >= 0.5:
                    pairs.append((cov, inter / len(p | g), pi, gi))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), {}
    for _c, _j, pi, gi in pairs:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        out[pi] = gi
    return out


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2),
            "tp": tp, "fp": fp, "fn": fn}


class _Counts:
    def __init__(self):
        self.c = Counter()

    def add(self, key, preds, golds, covered):
        """Score one document for one span type; ``covered`` flags each gold item."""
        loose = _match(preds, golds, exact=False)
        for level, matches in (("exact", _match(preds, golds, exact=True)), ("overlap", loose)):
            for subset in ("all", "covered"):
                tp = fp = fn = 0
                for gi, g in enumerate(golds):
                    if subset == "covered" and not covered[gi]:
                        continue
                    if gi not in matches.values():
                        fn += 1
                for pi, p in enumerate(preds):
                    gi = matches.get(pi)
                    if gi is not None:
                        if subset == "all" or covered[gi]:
                            tp += 1
                        continue
                    if subset == "covered":
                        # neither right nor wrong: it matches an attribution the library
                        # does not claim to cover
                        lg = loose.get(pi)
                        if lg is not None and not covered[lg]:
                            continue
                        if any(not covered[gj] and g and len(p & g) >= 0.5 * len(g)
                               for gj, g in enumerate(golds)):
                            continue
                    fp += 1
                self.c[(subset, key, level, "tp")] += tp
                self.c[(subset, key, level, "fp")] += fp
                self.c[(subset, key, level, "fn")] += fn

    def table(self, subset, key, level):
        return _prf(*(self.c[(subset, key, level, x)] for x in ("tp", "fp", "fn")))


def score_spans(text: str, gold: list[GoldAttribution], statements, *, covered=None) -> dict:
    """Score one document's statements against its gold attributions (all items covered).

    Args:
        text: the document text the offsets refer to.
        gold: attributions from :func:`read_brat`.
        statements: :class:`stance.extract.Statement` objects (or anything with the same fields).
        covered: optional list of booleans, one per gold attribution.

    Returns:
        ``{"content": {"exact": prf, "overlap": prf}, "source": {...}, "cue": {...}}`` where
        prf has precision, recall, f1 (percent) and tp/fp/fn.
    """
    counts = _Counts()
    _score_doc(counts, text, gold, list(statements),
               covered if covered is not None else [True] * len(gold))
    return {k: {lvl: counts.table("all", k, lvl) for lvl in ("exact", "overlap")}
            for k in ("content", "source", "cue")}


def _score_doc(counts: _Counts, text, gold, statements, covered_flags):
    toks = _Tokens(text)
    # Predicted items: statements sharing one cue are one attribution (split quotes).
    groups: dict = {}
    for s in statements:
        key = (s.cue_start, s.cue_end, s.speaker_start) if s.cue_start is not None else ("s", s.start)
        groups.setdefault(key, []).append(s)
    pred = {"content": [], "source": [], "cue": []}
    for key, members in groups.items():
        pred["content"].append(toks.of([(m.start, m.end) for m in members], drop_that=True))
        m = members[0]
        if m.speaker_start is not None:
            pred["source"].append(toks.of([(m.speaker_start, m.speaker_end)]))
        if m.cue_start is not None:
            pred["cue"].append(toks.of([(m.cue_start, m.cue_end)]))
    for key in ("content", "source", "cue"):
        items: dict[frozenset, bool] = {}
        for g, cov in zip(gold, covered_flags):
            frags = getattr(g, key)
            if not frags:
                continue
            ts = toks.of(frags, drop_that=(key == "content"))
            if ts:
                items[ts] = items.get(ts, False) or cov
        preds = list(dict.fromkeys(p for p in pred[key] if p))
        golds = list(items)
        counts.add(key, preds, golds, [items[g] for g in golds])


# --------------------------------------------------------------------------------------------
# Corpus evaluation
# --------------------------------------------------------------------------------------------

def polnear_documents(data_dir: Path, split: str):
    """(name, text, brat annotation) of each article of a PolNeAR split that has annotations."""
    text_dir = data_dir / split / "text"
    ann_dir = data_dir / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(
            f"expected {split}/text/ and {split}/attributions/ under {data_dir}; "
            "pass the PolNeAR folder that holds the split folders (e.g. .../polnear_attribution)"
        )
    anns: dict[str, list[Path]] = {}
    for p in sorted(ann_dir.glob("*.ann")):
        stem = re.sub(r"_[0-9a-f]{4}$", "", p.stem)
        anns.setdefault(stem, []).append(p)
    for txt in sorted(text_dir.glob("*.txt")):
        candidates = anns.get(txt.stem)
        if not candidates:
            continue
        # Several annotators for some articles: take the first file name, a deterministic choice.
        yield txt.stem, txt.read_text(encoding="utf-8"), candidates[0].read_text(encoding="utf-8")


def _cue_lemmas(cue_texts: list[str], nlp) -> dict[str, tuple[str, bool]]:
    """Map each gold cue text to (head lemma, covered by the library)."""
    covered_lemmas = set(SPEECH_LEMMAS) | {"according", "accord"}
    out = {}
    uniq = sorted(set(cue_texts))
    for text, doc in zip(uniq, nlp.pipe(uniq, disable=[p for p in ("parser", "ner") if p in nlp.pipe_names])):
        words = [t for t in doc if not (t.is_punct or t.is_space)]
        lemmas = [t.lemma_.lower() for t in words]
        # a bare colon introduces transcript lines and headline quotes, which the library covers
        covered = any(lem in covered_lemmas for lem in lemmas) or text.strip() == ":"
        content_words = [t.lemma_.lower() for t in words
                         if t.pos_ in ("VERB", "NOUN", "ADJ", "PROPN") and t.lemma_.lower() not in ("be", "have", "do")]
        head = next((lem for lem in lemmas if lem in covered_lemmas), None) \
            or (content_words[0] if content_words else (" ".join(lemmas) or text.strip() or "<punct>"))
        out[text] = (head, covered)
    return out


def evaluate_extraction(data_dir, *, split: str = "dev", nlp=None, limit: int | None = None,
                        tagger=TAGGER, mode: str = "both") -> dict:
    """Score :func:`stance.extract.extract_many` on a PolNeAR split.

    Args:
        data_dir: the PolNeAR folder holding ``{split}/text`` and ``{split}/attributions``.
        split: 'train', 'dev' or 'test'.
        nlp: a spaCy pipeline; defaults to :func:`stance.extract.load_nlp`'s.
        limit: score only the first ``limit`` documents (sorted by name).
        tagger: as for `stance.extract.extract`: 'default' (the shipped tagger), a loaded tagger
            (``stance.load_tagger(folder)``), or None to score the rules alone.
        mode: with a tagger: 'both' (the rules plus the tagger's other statements, as
            ``extract(..., tagger=)`` gives) or 'tagger' (its statements alone).

    Returns:
        A dict with ``all`` and ``covered`` scores (``content`` and ``source`` at ``exact`` and
        ``overlap``; ``cue`` at ``overlap``), ``counts`` and ``excluded_cue_lemmas``.

    Raises:
        FileNotFoundError: the split folders are missing.

    Example:
        >>> report = evaluate_extraction("/data/polnear_attribution", split="dev")
        >>> report["all"]["content"]["overlap"]["f1"]
    """
    data_dir = Path(data_dir)
    nlp = nlp if nlp is not None else load_nlp()
    tagger = resolve_tagger(tagger)
    docs = list(polnear_documents(data_dir, split))
    if limit is not None:
        docs = docs[:limit]
    golds = [read_brat(ann) for _name, _text, ann in docs]
    cue_info = _cue_lemmas([g.cue_text for gs in golds for g in gs if g.cue], nlp)
    counts = _Counts()
    excluded = Counter()
    n_gold = n_pred = n_covered = 0
    kinds = Counter()
    texts = [text for _n, text, _a in docs]
    if mode not in ("both", "tagger"):
        raise ValueError(f"mode must be 'both' or 'tagger', not {mode!r}")
    if tagger is None and mode == "tagger":
        raise ValueError("mode='tagger' needs a tagger (tagger='default' or a tagger folder)")
    if mode == "tagger":
        results = (statements_of(doc, tagger.spans(doc.text), rules=False) for doc in nlp.pipe(texts))
    else:
        results = extract_many(texts, nlp=nlp, tagger=tagger)
    for (_name, text, _ann), gold, statements in zip(docs, golds, results):
        flags = []
        for g in gold:
            if not g.cue:
                flags.append(True)  # cue-less continuation quotes: the library attempts them
                continue
            head, cov = cue_info[g.cue_text]
            flags.append(cov)
            if not cov:
                excluded[head] += 1
        n_gold += len(gold)
        n_covered += sum(flags)
        n_pred += len(statements)
        kinds.update(s.kind for s in statements)
        _score_doc(counts, text, gold, statements, flags)
    report = {"data_dir": str(data_dir), "split": split,
              "extractor": "rules" if tagger is None else ("tagger" if mode == "tagger" else "rules + tagger")}
    for subset in ("all", "covered"):
        report[subset] = {
            "content": {lvl: counts.table(subset, "content", lvl) for lvl in ("exact", "overlap")},
            "source": {lvl: counts.table(subset, "source", lvl) for lvl in ("exact", "overlap")},
            "cue": {"overlap": counts.table(subset, "cue", "overlap")},
        }
    report["counts"] = {"documents": len(docs), "gold_attributions": n_gold,
                        "gold_covered": n_covered, "gold_excluded": n_gold - n_covered,
                        "predicted_statements": n_pred, "predicted_kinds": dict(kinds)}
    report["excluded_cue_lemmas"] = dict(excluded.most_common())
    return report


def format_report(report: dict) -> str:
    """Render :func:`evaluate_extraction`'s dict as a small text table."""
    c = report["counts"]
    lines = [f"PolNeAR {report['split']} ({report.get('extractor', 'rules')}): {c['documents']} documents, {c['gold_attributions']} gold "
             f"attributions ({c['gold_covered']} covered, {c['gold_excluded']} excluded), "
             f"{c['predicted_statements']} predicted statements",
             f"{'subset':8} {'span':8} {'match':8} {'P':>7} {'R':>7} {'F1':>7} {'tp':>6} {'fp':>6} {'fn':>6}"]
    for subset in ("all", "covered"):
        for key in ("content", "source", "cue"):
            for level, prf in report[subset][key].items():
                lines.append(f"{subset:8} {key:8} {level:8} {prf['precision']:7.2f} {prf['recall']:7.2f} "
                             f"{prf['f1']:7.2f} {prf['tp']:6d} {prf['fp']:6d} {prf['fn']:6d}")
    top = list(report.get("excluded_cue_lemmas", {}).items())[:25]
    if top:
        lines.append("excluded cue lemmas (gold items): " + ", ".join(f"{k} {v}" for k, v in top)
                     + (" ..." if len(report["excluded_cue_lemmas"]) > 25 else ""))
    return "\n".join(lines)
