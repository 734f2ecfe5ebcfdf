"""The result of extraction: one attributed statement."""
from __future__ import annotations

from dataclasses import asdict, dataclass

__all__ = ["Statement"]


@dataclass(frozen=True)
class Statement:
    """One attributed statement.

    Attributes:
        text: the statement as said or reported, outer quote marks stripped;
            always ``article[start:end]``.
        start: character offset of ``text`` in the article.
        end: character offset one past the end of ``text``.
        speaker: the speaker resolved to the fullest name the article gives, or None.
        speaker_mention: the words naming the speaker at this statement ('he', 'the minister').
        speaker_start: offset of ``speaker_mention``.
        speaker_end: end offset of ``speaker_mention``.
        cue: the words that attribute the statement ('said', 'told reporters', 'according to').
        cue_start: offset of ``cue``.
        cue_end: end offset of ``cue``.
        kind: 'direct' (a quotation), 'indirect' (reported speech) or 'mixed' (reported speech
            with quoted words inside); from the learned tagger also 'belief' (thoughts, fears,
            hopes, plans: 'X fears that ...'), 'document' (polls, reports, studies: 'a poll
            shows ...') and 'question' (a question put to someone, with no speaker: 'Asked about
            the toll, ...'; `stance.analyze` leaves it out).
        source: a secondary source (news agency) that relays the statement, or None.
        paragraph: 0-based index of the paragraph holding ``start``.
        co_speakers: the others named with the speaker in one coordinated mention, who said it
            too ("Lindsey Graham and David Perdue said ..." gives speaker 'Lindsey Graham' and
            co_speakers ('David Perdue',); "Russia and China said", 'Russia' and ('China',));
            empty for a single speaker.
    """

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    kind: str
    source: str | None
    paragraph: int
    co_speakers: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """Return the statement as a plain dict (JSON-ready)."""
        return asdict(self)
