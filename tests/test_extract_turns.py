"""The transcript convention and its speakers' labels (extract.turns)."""

from __future__ import annotations

from vitrina.extract.turns import TurnSpeakers, label_at, label_speaker, transcript_turns
from vitrina.model import Mention


def _blocks(paragraphs: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, blocks = "", []
    for p in paragraphs:
        blocks.append((len(text), len(text) + len(p)))
        text += p + "\n\n"
    return text, blocks


TALK = ["Interview with Nell Garvey, 1981.", "HOLT: Where did you grow up?", "GARVEY: By the canal at Stoke.",
        "HOLT: And your father?", "**GARVEY:** He worked the locks."]


def test_labels_are_short_capitalised_words_before_a_colon() -> None:
    assert [label_at(t, 0, len(t)) is not None for t in (
        "HOLT: Where?", "Mrs Hale: We did.", "**GARVEY:** He worked.", "Note: see below",
        "the clerk: no", "One Two Three Four: too long", "Time:10.30", "A: Yes.")] == [
        True, True, True, True, False, False, False, True]


def test_a_transcript_is_mostly_turns_with_two_voices() -> None:
    text, blocks = _blocks(TALK)
    assert len(transcript_turns(text, blocks)) == 4
    prose, pblocks = _blocks(["Note: the ledger is lost.", "The mill closed in 1931.", "Its owner moved away.",
                              "Note: see the map.", "Note: the map is torn."])
    assert transcript_turns(prose, pblocks) == []  # one label only, and under half the blocks


def test_a_label_names_the_one_person_whose_name_holds_it() -> None:
    text, blocks = _blocks(TALK)
    nell = text.index("Nell Garvey")
    mentions = [Mention(nell, nell + len("Nell Garvey"), "person", "person-nell-garvey")]
    label = text.index("GARVEY")
    assert label_speaker(text, (label, label + 6), mentions) == "person-nell-garvey"
    holt = text.index("HOLT")
    assert label_speaker(text, (holt, holt + 4), mentions) is None
    turns = TurnSpeakers(text, blocks, mentions)
    assert turns.at(text.index("He worked")) == "person-nell-garvey"
    assert turns.at(text.index("Where did")) is None and turns.at(0) is None


def test_without_a_parse_the_interviewer_is_not_guessed() -> None:
    from vitrina.extract.turns import unnamed_labels

    text, blocks = _blocks(["Ivy Marsh and Owen Pugh, 1975.", "Q: Where?", "A: Llanelli.", "Q: When?", "A: Spring."])
    turns = transcript_turns(text, blocks)
    mentions = [Mention(0, 8, "person", "person-ivy-marsh"), Mention(13, 22, "person", "person-owen-pugh")]
    assert len(turns) == 4
    assert unnamed_labels(text, turns, [None] * 4, mentions, None) == {}
