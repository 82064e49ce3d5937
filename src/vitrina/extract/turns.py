"""Speakers' turns in an interview or oral-history transcript (round 38 red team D-quote-speaker).

A transcript sets each turn in a paragraph of its own opened by a short capitalised label and a colon
("KIRBY: Did your family …", "Mrs Hale: We did."). A document is read as one when most of its text blocks open
so (:data:`TRANSCRIPT`): a document of a few such paragraphs among prose ("Note: …") is not. A turn's label names
its speaker when one person of the document is named by it: the person mention the label is, else the one
person whose name holds every word of the label ("PENNINGTON" for "Rose Pennington", named in the header). A
label that names no one or several ("Q", "A", "SPEAKER") gives no speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from vitrina.model import Mention

# Every threshold of the transcript convention, in one table.
TRANSCRIPT = {
    # the share of the document's text blocks that open with a label and a colon, at least
    "min_turn_share": 0.5,
    # turns a transcript has, at least
    "min_turns": 3,
    # distinct labels a transcript has, at least (an interview has two voices)
    "min_speakers": 2,
    # words of a label, at most
    "max_label_words": 3,
}
_LABEL = re.compile(r"[*_\s]*(?P<label>[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*)*)[*_]*:[*_]*(?=\s)")


@dataclass(frozen=True, slots=True)
class Turn:
    start: int  # the block's start
    end: int  # the block's end
    label: tuple[int, int]  # the label's span


def label_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the speaker's label opening the block ``text[start:end]``, or ``None``."""
    match = _LABEL.match(text, start, end)
    if match is None:
        return None
    label = match.group("label").split()
    if len(label) > TRANSCRIPT["max_label_words"] or not all(w[0].isupper() for w in label):
        return None
    return match.span("label")


def transcript_turns(text: str, blocks: list[tuple[int, int]]) -> list[Turn]:
    """The turns of ``text`` when its blocks follow the transcript convention, else none."""
    turns = [Turn(s, e, span) for s, e in blocks if (span := label_at(text, s, e)) is not None]
    speakers = {text[t.label[0]:t.label[1]].casefold() for t in turns}
    if (len(turns) < TRANSCRIPT["min_turns"] or len(speakers) < TRANSCRIPT["min_speakers"]
            or len(turns) < TRANSCRIPT["min_turn_share"] * len(blocks)):
        return []
    return turns


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.casefold())


def label_speaker(text: str, label: tuple[int, int], mentions: list[Mention]) -> str | None:
    """The person entity a turn's label names: the person mention it is, else the one person whose name
    holds every word of the label."""
    people = [m for m in mentions if m.type == "person"]
    own = {m.entity for m in people if m.start < label[1] and label[0] < m.end}
    if len(own) == 1:
        return own.pop()
    wanted = set(_words(text[label[0]:label[1]]))
    named = {m.entity for m in people if wanted and wanted <= set(_words(text[m.start:m.end]))}
    return named.pop() if len(named) == 1 else None


class TurnSpeakers:
    """The speaker of the turn holding an offset, in a transcript."""

    def __init__(self, text: str, blocks: list[tuple[int, int]], mentions: list[Mention]):
        turns = transcript_turns(text, blocks)
        self._turns = turns
        self._starts = [t.start for t in turns]
        self._speakers = [label_speaker(text, t.label, mentions) for t in turns]

    def at(self, offset: int) -> str | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._turns[i].end:
            return None
        return self._speakers[i]
