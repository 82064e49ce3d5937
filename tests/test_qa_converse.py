"""qa/structure: converse frames ("Who received X?" read off "Y gave X to Z") and a passive question with
its object kept ("Who was given X?"); invented sentences."""

from __future__ import annotations

import pytest

from vitrina import lexicon
from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse
from vitrina.qa.structure import converse_anchors, converse_frames, fill


def _filled(question: str, sentence: str) -> list[str]:
    doc = parse_many([sentence])[0]
    return [sentence[s.start:s.end] for s in fill(doc, analyse(question))]


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("Who received the silver charter of the guild?",
     "In 1702 the abbot presented the silver charter of the guild to Mayor Tobin Arle.", "Mayor Tobin Arle"),
    ("Who lost the battle of Verrin Ford?",
     "At Verrin Ford the rebels under Oskar Valde defeated Count Emeric Holt in 1511.", "Count Emeric Holt"),
    ("Who defeated Count Holt?", "Count Holt lost the battle to the rebels of Oskar Valde.",
     "the rebels of Oskar Valde"),
    ("What did the weavers of Orlen receive?", "The abbot gave the weavers of Orlen a new mill.", "a new mill"),
    ("Who bought the mill at Kessel?", "The abbot sold the mill at Kessel to the weavers of Orlen in 1740.",
     "the weavers of Orlen"),
    ("What did the abbey of Orlen pay the miller for the mill at Kessel?",
     "The abbey of Orlen purchased the mill at Kessel from the miller for forty crowns in 1740.", "forty crowns"),
])
def test_a_converse_verb_gives_the_asked_argument_from_its_own_role(question: str, sentence: str,
                                                                    answer: str) -> None:
    assert answer in _filled(question, sentence)


def test_the_giver_is_not_the_receiver() -> None:
    found = _filled("Who received the silver charter?", "The abbot presented the silver charter to Mayor Arle.")
    assert "The abbot" not in found and "the abbot" not in found


def test_a_converse_verb_about_another_thing_is_no_counterpart() -> None:
    q = analyse("Who received the letter?")
    doc = parse_many(["The abbot gave the money to the weavers."])[0]
    assert not converse_anchors(doc, q) and not fill(doc, q)


def test_the_parser_hanging_the_recipient_inside_the_object_phrase() -> None:
    found = _filled("Who received the long note of the council?",
                    "In 1688 Tamsin Roe presented a long note summarizing the council's demands to Lord Vessel.")
    assert any("Lord Vessel" in f for f in found)


def test_get_reads_as_receive_only_with_a_thing_got() -> None:
    assert converse_frames(analyse("Who got the charter of the guild?"))
    assert not converse_frames(analyse("When did the abbot get to Orlen?"))


def test_a_passive_question_keeping_its_object_asks_the_recipient() -> None:
    assert _filled("Who was given the medal?", "The king gave the medal to Mara Lind.") == ["Mara Lind"]
    assert _filled("Who was given the medal?", "The king gave Mara Lind the medal.") == ["Mara Lind"]


def test_every_frame_row_has_four_columns_and_known_roles() -> None:
    roles = {"subject", "object", "recipient", "to", "from", "for", "-"}
    for row in lexicon.rows("qa_converse_verbs"):
        assert len(row) == 4 and row[2] in roles and row[3] in roles, row


def test_what_was_received_needs_the_receiver_in_the_recipient_role() -> None:
    q = analyse("What did Mara Lind receive from the guild of Orlen?")
    doc = parse_many(["The guild of Orlen gave the weavers a new mill."])[0]
    assert not converse_anchors(doc, q)
    doc = parse_many(["The guild of Orlen gave Mara Lind a new mill."])[0]
    assert converse_anchors(doc, q)
