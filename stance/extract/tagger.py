"""The learned attribution tagger: Source, Cue and Content spans from a token classifier.

The rules (:mod:`stance.extract.attribution`) find speech and reporting verbs with high precision
but miss what they have no rule for: beliefs ('X fears that ...'), evidence ('polls show ...'),
noun cues ('X's claim that ...'), and a long tail of other cues. The tagger is a token classifier
on the shipped MiniLM encoder, trained on PolNeAR train (:mod:`stance.research.attribution_tagger`),
that marks every word piece as outside, or the beginning or inside of a Source, a Cue or a Content
span. :func:`tagged_spans` turns its output into character spans; :mod:`stance.extract.assemble`
links each content span to a cue and a source in its sentence.

Loading and saving a tagger folder is :func:`stance.load_tagger` and :func:`stance.storage.save_tagger`.

Example:
    >>> tagger = stance.load_tagger()                                # doctest: +SKIP
    >>> tagger.spans("Polls show that most voters want a change.")   # doctest: +SKIP
    [TaggedSpan(kind='Source', start=0, end=5, score=0.98), ...]
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TaggedSpan", "AttributionTagger", "bio_path", "decode", "windows"]


@dataclass(frozen=True)
class TaggedSpan:
    """One span the tagger marked: its type ('Source', 'Cue' or 'Content'), character offsets
    into the text, and the mean probability of its tags."""

    kind: str
    start: int
    end: int
    score: float


def windows(n_tokens: int, max_tokens: int, stride: int) -> list[tuple[int, int]]:
    """Token windows [start, end) of at most ``max_tokens`` that overlap by ``stride``."""
    if n_tokens <= max_tokens:
        return [(0, n_tokens)]
    out, start = [], 0
    step = max(1, max_tokens - stride)
    while True:
        end = min(n_tokens, start + max_tokens)
        out.append((start, end))
        if end == n_tokens:
            return out
        start += step


#: The probability of the "O" tag (outside any span) is multiplied by this before each word
#: piece's tag is chosen: below 1 a word piece joins a span on less evidence. Chosen on PolNeAR dev
#: (session 13: 1.0, 0.8, 0.6, 0.4, 0.25 measured; docs/evaluation.md).
OUTSIDE_WEIGHT = 0.4

#: Whether the tags are chosen together, as the most probable sequence in which an I tag only
#: follows a B or an I tag of its own type (Viterbi), rather than one word piece at a time. Chosen
#: on PolNeAR dev (session 14, rules + tagger, "O" weight 0.4): content / source F1 82.17 / 81.20
#: against 81.98 / 80.73, content precision 86.41 against 84.04 (docs/evaluation.md).
CONSTRAINED = True


class AttributionTagger:
    """A tagger: a transformers token classifier with the tags of
    :data:`stance.research.attribution_tagger.TAGS` and its tokenizer (a fast one: offsets are
    needed). Call :meth:`spans` on a text. :func:`stance.load_tagger` makes one from a folder."""

    def __init__(self, model, tokenizer, *, max_length: int = 256, stride: int = 64, batch_size: int = 16,
                 outside_weight: float = OUTSIDE_WEIGHT, constrained: bool = CONSTRAINED, bf16: bool = False):
        self.model = model.eval()
        #: run under bf16 autocast (a model from `stance.fast.bf16_copy`)
        self.bf16 = bf16
        self.tokenizer = tokenizer
        self.tags = tuple(model.config.id2label[i] for i in range(len(model.config.id2label)))
        self.max_length = max_length
        self.stride = stride
        self.batch_size = batch_size
        self.outside_weight = outside_weight
        self.constrained = constrained

    def _probs(self, text: str):
        """Per word piece: (start, end) offsets and the tag probabilities (windows averaged)."""
        import numpy as np
        import torch

        enc = self.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        ids, offsets = enc["input_ids"], enc["offset_mapping"]
        n = len(ids)
        probs = np.zeros((n, len(self.tags)), dtype=np.float32)
        weight = np.zeros(n, dtype=np.float32)
        if n == 0:
            return offsets, probs
        spans = windows(n, self.max_length - 2, self.stride)
        cls, sep, pad = self.tokenizer.cls_token_id, self.tokenizer.sep_token_id, self.tokenizer.pad_token_id
        # windows of one length go together: the last, shorter one is not padded to the others'
        # length (that padding was an eighth of the tagger's work on news articles)
        by_length: dict[int, list[tuple[int, int]]] = {}
        for s, e in spans:
            by_length.setdefault(e - s, []).append((s, e))
        chunks = [group[i:i + self.batch_size] for group in by_length.values()
                  for i in range(0, len(group), self.batch_size)]
        for chunk in chunks:
            width = max(e - s for s, e in chunk) + 2
            batch = torch.full((len(chunk), width), pad, dtype=torch.long)
            mask = torch.zeros((len(chunk), width), dtype=torch.long)
            for r, (s, e) in enumerate(chunk):
                batch[r, :e - s + 2] = torch.tensor([cls] + ids[s:e] + [sep])
                mask[r, :e - s + 2] = 1
            with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
                out = torch.softmax(self.model(input_ids=batch, attention_mask=mask).logits.float(), -1).numpy()
            for r, (s, e) in enumerate(chunk):
                # tokens near a window's middle see more context: weight them higher
                m = e - s
                w = 1.0 + np.minimum(np.arange(m), np.arange(m)[::-1]).astype(np.float32)
                probs[s:e] += out[r, 1:m + 1] * w[:, None]
                weight[s:e] += w
        probs /= np.maximum(weight, 1e-6)[:, None]
        return offsets, probs

    def spans(self, text: str) -> list[TaggedSpan]:
        """The Source, Cue and Content spans in ``text``, in text order."""
        offsets, probs = self._probs(text)
        return decode(text, offsets, probs, self.tags, outside_weight=self.outside_weight,
                      constrained=self.constrained)

    def spans_many(self, texts) -> list[list[TaggedSpan]]:
        """:meth:`spans` for each text."""
        return [self.spans(t) for t in texts]


def bio_path(probs, tags) -> list[int]:
    """The most probable tag sequence (Viterbi over log-probabilities) in which every I tag follows
    a B or an I tag of the same type and the first tag is not an I tag.

    Example:
        >>> import numpy as np
        >>> tags = ("O", "B-Cue", "I-Cue")
        >>> bio_path(np.array([[0.5, 0.1, 0.4], [0.1, 0.1, 0.8]]), tags)  # "O I-Cue" is not allowed
        [1, 2]
    """
    import numpy as np

    logp = np.log(np.asarray(probs, dtype=np.float64) + 1e-12)
    n, k = logp.shape
    # allowed[i, j]: tag j may follow tag i
    allowed = np.array([[not b.startswith("I-") or (a != "O" and a[2:] == b[2:]) for b in tags] for a in tags])
    trans = np.where(allowed, 0.0, -np.inf)
    score = logp[0] + np.array([-np.inf if t.startswith("I-") else 0.0 for t in tags])
    back = np.zeros((n, k), dtype=np.int64)
    for i in range(1, n):
        cand = score[:, None] + trans
        back[i] = cand.argmax(0)
        score = cand.max(0) + logp[i]
    path = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


def decode(text: str, offsets, probs, tags, *, outside_weight: float = 1.0,
           constrained: bool = False) -> list[TaggedSpan]:
    """BIO decoding: a span starts at a B tag (or an I tag after another type) and runs over I tags
    of its type; spans are widened to whole words and trimmed of outer spaces. The "O" probability
    is first multiplied by ``outside_weight``; then each word piece takes its most probable tag, or,
    with ``constrained``, the tags are the most probable valid BIO sequence (:func:`bio_path`).
    A span's score is the mean probability of its tags."""
    if len(probs) and outside_weight != 1.0:
        probs = probs.copy()
        probs[:, tags.index("O")] *= outside_weight
    if not len(probs):
        labels = []
    elif constrained:
        labels = bio_path(probs, tags)
    else:
        labels = probs.argmax(-1)
    out: list[TaggedSpan] = []
    cur = None  # [kind, start, end, scores]
    for (s, e), lab, p in zip(offsets, labels, probs):
        tag = tags[int(lab)]
        if tag == "O":
            if cur:
                out.append(cur)
            cur = None
            continue
        prefix, kind = tag.split("-", 1)
        # a word piece that continues a word ('##ing') stays in the span it continues
        glued = cur is not None and s == cur[2]
        if cur is not None and cur[0] == kind and (prefix == "I" or glued):
            cur[2] = e
            cur[3].append(float(p[lab]))
        else:
            if cur:
                out.append(cur)
            cur = [kind, s, e, [float(p[lab])]]
    if cur:
        out.append(cur)
    result = []
    for kind, s, e, scores in out:
        while s > 0 and (text[s - 1].isalnum() or text[s - 1] in "'’-") and not text[s - 1].isspace():
            s -= 1
        while e < len(text) and text[e].isalnum():
            e += 1
        seg = text[s:e]
        if not seg.strip():
            continue
        s += len(seg) - len(seg.lstrip())
        e -= len(seg) - len(seg.rstrip())
        result.append(TaggedSpan(kind, s, e, round(sum(scores) / len(scores), 4)))
    return result
