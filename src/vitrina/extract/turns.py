"""Speakers' turns in an interview or oral-history transcript (round 38 red team D-quote-speaker).

A transcript sets each turn in a paragraph of its own opened by a short capitalised label and a colon
("KIRBY: Did your family …", "Mrs Hale: We did."). A document is read as one when most of its text blocks open
so (:data:`TRANSCRIPT`): a document of a few such paragraphs among prose ("Note: …") is not. A turn's label names
its speaker when one person of the document is named by it: the person mention the label is, else the one
person whose name holds every word of the label ("PENNINGTON" for "Rose Pennington", named in the header). A
label that names no one or several ("SPEAKER") gives no speaker, except in a transcript of two such labels
("Q:"/"A:") under a header naming two people: the label whose turns are mostly questions is the interviewer's, the
one the header names as the agent of a passive ("Interviewed by Daniel Ashby": spaCy's ``agent`` dependency), and
the other label the other person's.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

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
    # letters of a label read as a person's initials ("WD"), at most
    "max_initials": 3,
    # the share of a label's turns that end with a question mark for it to be the one asking, at least
    "min_question_share": 0.5,
}
_SAID = re.compile(r"[*_]*[:.][*_\s]*(?P<said>\S(?:.*\S)?)\s*", re.S)  # after a label: its colon, then the words
# A time code a transcript may set before a turn's label ("[00:12:31] NAME:", "(12:31) Q:"): the recording's
# clock, no word of the turn; ``apparatus`` gives its span with the label's.
_STAMP = r"(?P<stamp>[\[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?[\])]?)?[*_\s]*"
_LABEL = re.compile(r"[*_\s]*" + _STAMP + r"(?P<label>[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*)*)[*_]*:[*_]*(?=\s)")
# The one-letter label of a question-and-answer transcript closed by a period ("Q. Did you …?", "A. I did."),
# as court and deposition transcripts set them; read as a label only in a transcript using both letters.
_DOTTED = re.compile(r"[*_\s]*" + _STAMP + r"(?P<label>[QA])[*_]*\.[*_]*(?=\s)")


@dataclass(frozen=True, slots=True)
class Turn:
    start: int  # the block's start
    end: int  # the block's end
    label: tuple[int, int]  # the label's span


def label_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the speaker's label opening the block ``text[start:end]``, or ``None``."""
    match = _LABEL.match(text, start, end) or _DOTTED.match(text, start, end)
    if match is None:
        return None
    label = match.group("label").split()
    if len(label) > TRANSCRIPT["max_label_words"] or not all(w[0].isupper() for w in label):
        return None
    return match.span("label")


def apparatus(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a transcript's turn labels and time codes (from each turn's first time code or label to
    its label's end): markup over the text, no mention of anyone or anything."""
    out = []
    turns = transcript_turns(text, blocks)
    for turn in turns:
        match = _LABEL.match(text, turn.start, turn.end) or _DOTTED.match(text, turn.start, turn.end)
        start = match.start("stamp") if match is not None and match.group("stamp") else turn.label[0]
        out.append((start, turn.label[1]))
    # a known label after a sentence's end inside a turn (two turns a conversion ran together): apparatus too
    known = {text[t.label[0]:t.label[1]] for t in turns}
    if known:
        inner = re.compile(r"(?<=[.?!\]] )(?:" + "|".join(map(re.escape, sorted(known, key=len, reverse=True)))
                           + r"):")
        for turn in turns:
            out.extend((m.start(), m.end() - 1) for m in inner.finditer(text, turn.label[1], turn.end))
    return sorted(out)


def outside_apparatus(mentions: list, spans: list[tuple[int, int]]) -> list:
    """``mentions`` (sorted or not) without those overlapping a span of ``spans`` (sorted, disjoint: the
    labels of :func:`apparatus`), but for the input's own markup (a TEI speaker resolved to its person)."""
    if not spans:
        return mentions
    starts = [s for s, _ in spans]

    def clash(m) -> bool:
        i = bisect.bisect_left(starts, m.end) - 1
        return i >= 0 and spans[i][1] > m.start

    return [m for m in mentions if getattr(m, "source", "") == "markup" or not clash(m)]


def without_field_names(text: str, mentions: list) -> list:
    """Mentions cut free of a transcript's header fields run into one line ("Narrator: A B Interviewer: C D"):
    a mention ending in a role word (lexicon ``speaker_roles``) set just before a colon ends before that word;
    a person's initials in parentheses right after the person ("A B (AB)") are no mention of their own."""
    out = []
    people = [m for m in mentions if m.type == "person"]
    for m in mentions:
        words = text[m.start:m.end].split()
        if len(words) == 1 and len(words[0]) > 1 and role_of(re.sub(r"['’]s$", "", words[0])) is not None:
            continue  # "Interviewer" alone is the common noun of a role, no one's name
        if _initials_key(text, m, people):
            continue
        if len(words) > 1 and text[m.end:m.end + 1] == ":" and role_of(words[-1].strip("*_")) is not None:
            m.end = m.start + len(text[m.start:m.end].rstrip()[: -len(words[-1])].rstrip())
        if text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")" and any(
                p.end <= m.start - 1 and not text[p.end:m.start - 1].strip()
                and _initials(text, p) == text[m.start:m.end]
                for p in people):
            continue
        out.append(m)
    return out


def _initials(text: str, m) -> str:
    return "".join(w[0] for w in _words(text[m.start:m.end])).upper()


def _initials_key(text: str, m, people: list) -> bool:
    """A transcript's key of initials: "AB = A… B…" (the initials, an equals sign, the person)."""
    said = text[m.start:m.end]
    after = re.match(r"[ \t]*=[ \t]*", text[m.end:m.end + 8])
    if after is None or not (said.isalpha() and said.isupper()):
        return False
    at = m.end + after.end()
    return any(p.start == at and _initials(text, p) == said for p in people)


def transcript_turns(text: str, blocks: list[tuple[int, int]]) -> list[Turn]:
    """The turns of ``text`` when its blocks follow the transcript convention, else none."""
    turns = [Turn(s, e, span) for s, e in blocks if (span := label_at(text, s, e)) is not None]
    dotted = {text[t.label[0]] for t in turns if _dotted(text, t.label)}
    if dotted and dotted != {"Q", "A"}:  # "A. Lincoln wrote …" opens no turn: a dotted label asks or answers
        turns = [t for t in turns if not _dotted(text, t.label)]
    speakers = {text[t.label[0]:t.label[1]].casefold() for t in turns}
    if (len(turns) < TRANSCRIPT["min_turns"] or len(speakers) < TRANSCRIPT["min_speakers"]
            or len(turns) < TRANSCRIPT["min_turn_share"] * len(blocks)):
        return []
    return turns


def _dotted(text: str, label: tuple[int, int]) -> bool:
    """Whether the label is a question-and-answer letter closed by a period ("Q.")."""
    return text[label[1]:label[1] + 3].lstrip("*_")[:1] == "."


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
    if len(named) == 1:
        return named.pop()
    return _initials_speaker(text, label, people) or _role_speaker(text, label, people)


def _initials_speaker(text: str, label: tuple[int, int], people: list[Mention]) -> str | None:
    """The one person whose name's initials a capitalised label of two or three letters is ("WD" for a
    person named "W… D…")."""
    said = text[label[0]:label[1]].replace(".", "")
    if not (2 <= len(said) <= TRANSCRIPT["max_initials"] and said.isalpha() and said.isupper()):
        return None
    named = {m.entity for m in people if "".join(w[0] for w in _words(text[m.start:m.end])).upper() == said}
    return named.pop() if len(named) == 1 else None


_HEADER_FIELD = re.compile(r"(?<![^\W_])(?P<word>[^\W\d_]+)[*_ \t]*:")


def _role_speaker(text: str, label: tuple[int, int], people: list[Mention]) -> str | None:
    """The one person a header line gives the role a label names (lexicon ``speaker_roles``): the label
    "INTERVIEWER" (or "Q") is the person of the line "Interviewer: Name", set before the first turn."""
    role = role_of(text[label[0]:label[1]])
    if role is None:
        return None
    named = set()
    for line in re.finditer(r"[^\n]+", text[:label[0]]):
        fields = list(_HEADER_FIELD.finditer(text, line.start(), line.end()))
        for k, field in enumerate(fields):
            word = field.group("word")
            if role_of(word) != role or word.casefold() in _ANSWER_LABELS:
                continue
            end = fields[k + 1].start("word") if k + 1 < len(fields) else line.end()
            named |= {m.entity for m in people if field.end() <= m.start and m.end <= end}
    return named.pop() if len(named) == 1 else None


# The one-letter labels of a question-and-answer transcript are never header fields ("A: …" is a turn).
_ANSWER_LABELS = frozenset({"q", "a"})


def role_of(word: str) -> str | None:
    """The transcript role a word names (lexicon ``speaker_roles``: "interviewer", "narrator"), else None."""
    return _roles().get(word.strip().casefold())


def _roles() -> dict[str, str]:
    from vitrina import lexicon

    return {row[0]: row[1] for row in lexicon.rows("speaker_roles") if len(row) == 2}


def _asking(text: str, turns: list[Turn], label: str) -> bool:
    """Most of the turns of ``label`` end with a question."""
    own = [t for t in turns if text[t.label[0]:t.label[1]].casefold() == label]
    asked = sum(text[t.start:t.end].rstrip().rstrip("*_\"'”’").endswith("?") for t in own)
    return bool(own) and asked >= TRANSCRIPT["min_question_share"] * len(own)


def _interviewer(header: list[Mention], an: Any) -> str | None:
    """The person of the header who is the agent of a passive ("Recorded by X"), by the dependency parse."""
    if an is None:
        return None
    agents = set()
    for span in {an.sentence_at(m.start) for m in header} - {None}:
        for toks, doc in an.parses([span]).values():
            for t, d in zip(toks, doc, strict=False):
                if d.dep_ == "pobj" and d.head.dep_ == "agent":
                    agents |= {m.entity for m in header if m.start <= t.start < m.end}
    return agents.pop() if len(agents) == 1 else None


def unnamed_labels(text: str, turns: list[Turn], speakers: list[str | None], mentions: list[Mention],
                   an: Any = None) -> dict[str, str]:
    """Two labels that name no one ("Q", "A") given to the two people the header names: the asking label to
    the interviewer, the other to the other person."""
    labels = {text[t.label[0]:t.label[1]].casefold() for t, who in zip(turns, speakers, strict=True) if who is None}
    named_labels = {text[t.label[0]:t.label[1]].casefold() for t, who in zip(turns, speakers, strict=True) if who}
    if len(labels) != 2 or named_labels or not turns:
        return {}
    header = [m for m in mentions if m.type == "person" and m.end <= turns[0].start]
    people = {m.entity for m in header}
    asker = [label for label in labels if _asking(text, turns, label)]
    interviewer = _interviewer(header, an)
    if len(people) != 2 or len(asker) != 1 or interviewer is None:
        return {}
    other = (people - {interviewer}).pop()
    return {asker[0]: interviewer, (labels - set(asker)).pop(): other}


def examination_speakers(text: str, blocks: list[tuple[int, int]], turns: list[Turn], mentions: list[Mention],
                         an: Any = None) -> dict[int, str]:
    """The speakers of a transcript's asking and answering labels ("Q"/"A", lexicon ``speaker_roles``) read off
    the block right before each run of turns, as a hearing heads each witness's examination ("Witness: A B,
    sworn. Examined by C D."): the person that block names as the agent of a passive (by the parse) asks, the
    one other person it names answers. Keyed by the turn's start."""
    if not turns:
        return {}
    roles = {t.start: role_of(text[t.label[0]:t.label[1]]) for t in turns}
    people = [m for m in mentions if m.type == "person"]
    out: dict[int, str] = {}
    lead: tuple[str | None, str | None] = (None, None)
    for start, end in blocks:
        role = roles.get(start)
        if role not in ("interviewer", "narrator"):  # a heading, a field line ("Witness: …"), the court's turn
            named = [m for m in people if start <= m.start and m.end <= end]
            lead = _asker_and_answerer(named, an) if named else (None, None)
            continue
        who = lead[0] if role == "interviewer" else lead[1]
        if who is not None:
            out[start] = who
    return out


def _asker_and_answerer(named: list[Mention], an: Any) -> tuple[str | None, str | None]:
    """The one passive agent of a block's people (the examiner) and the one other person it names."""
    asker = _interviewer(named, an)
    others = {m.entity for m in named} - {asker}
    return asker, (others.pop() if asker is not None and len(others) == 1 else None)


class TurnSpeakers:
    """The speaker of the turn holding an offset, in a transcript (``an``: the analysis whose parses find
    the interviewer a header names, for labels that name no one)."""

    def __init__(self, text: str, blocks: list[tuple[int, int]], mentions: list[Mention], an: Any = None):
        turns = transcript_turns(text, blocks)
        self._text = text
        self._turns = turns
        self._starts = [t.start for t in turns]
        speakers = [label_speaker(text, t.label, mentions) for t in turns]
        by_label = unnamed_labels(text, turns, speakers, mentions, an)
        by_lead = examination_speakers(text, blocks, turns, mentions, an)
        self._speakers = [who or by_label.get(text[t.label[0]:t.label[1]].casefold()) or by_lead.get(t.start)
                          for t, who in zip(turns, speakers, strict=True)]

    def labels(self) -> tuple[tuple[int, int], ...]:
        """The spans of the turns' labels."""
        return tuple(t.label for t in self._turns)

    def spoken(self) -> list[tuple[int, int, str | None]]:
        """Each turn's words (after its label and colon, emphasis marks and outer spaces left off) and its
        speaker."""
        out = []
        for turn, who in zip(self._turns, self._speakers, strict=True):
            words = _SAID.match(self._text, turn.label[1], turn.end)
            start, end = (words.span("said") if words else (turn.end, turn.end))
            if start < end:
                out.append((start, end, who))
        return out

    def at(self, offset: int) -> str | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._turns[i].end:
            return None
        return self._speakers[i]
