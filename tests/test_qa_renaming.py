"""qa: "What was X called?" asks another name of the named X — given by a naming phrase on a noun equated with X
("X was a port known as Y") or in parentheses ("the town of X (Y)"); a "so-called" phrase names itself, never
the question's X; a "before/after" clause of the question bounds the asked fact and keeps its weight. Invented
sentences."""

from __future__ import annotations

import re

from vitrina.qa.candidates import Sentence, _make, _so_called_other
from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse
from vitrina.qa.structure import anchors, fill, renamed_names


def _filled(question: str, sentence: str) -> list[str]:
    doc = parse_many([sentence])[0]
    return [sentence[s.start:s.end] for s in fill(doc, analyse(question))]


def test_a_naming_phrase_on_the_noun_a_copula_equates_with_the_name_answers() -> None:
    question = "What was Velmora called before it became a republic?"
    assert "Port Ardent" in _filled(question, "Before its independence, Velmora was a trading colony known as Port Ardent.")


def test_a_naming_phrase_on_another_noun_does_not_align() -> None:
    q = analyse("What was Velmora called before it became a republic?")
    doc = parse_many(["The envoy from Velmora met a merchant known as the Grey Fox."])[0]
    assert not any(t.text == "known" for t, _c in anchors(doc, q))


def test_a_parenthesised_name_renames_the_name_before_it() -> None:
    assert "Lissenburg" in _filled("What is Kovrat called today?", "In 1871 a riot in the river town of Kovrat (Lissenburg) spread north.")


def test_a_so_called_phrase_names_itself_not_the_question_name() -> None:
    q = analyse("What was Velmora called before it became a republic?")
    doc = parse_many(["The so-called “Harbour Accord” signed by the two envoys ended the blockade of Velmora."])[0]
    assert not any(t.text == "called" for t, _c in anchors(doc, q))
    assert _filled("What was Velmora called before it became a republic?", doc.text) == []
    text = doc.text
    match = re.search("called", text)
    assert match is not None and _so_called_other(text, match, q)


def test_a_so_called_phrase_answers_when_it_is_what_the_question_describes() -> None:
    q = analyse("What was the report written by the envoys called?")
    text = "The so-called Tallow report, written by the envoys, proposed a toll."
    match = re.search("called", text)
    assert match is not None and not _so_called_other(text, match, q)


def test_only_a_passive_naming_question_about_a_name_asks_another_name() -> None:
    assert renamed_names(analyse("What was Velmora called before it became a republic?")) == {"velmora"}
    assert renamed_names(analyse("What did the weavers call their guild hall?")) == frozenset()


def test_a_bounding_clause_of_the_question_is_no_background() -> None:
    assert analyse("What was Velmora called before it became a republic?").background == set()
    assert "came" in analyse("Who ruled Velmora when the envoy came?").background
    assert "flooded" in analyse("What did the guild build before the river flooded?").background  # names only


def test_an_opening_bracket_is_no_part_of_the_answer() -> None:
    text = "The town of Kovrat (Lissenburg) grew."
    s = Sentence(1, "d", None, 0, len(text), text, 0.0)
    start = text.index("(")
    made = _make(s, start, text.index(")"), "named")
    assert made is not None and made.text == "Lissenburg"


def test_get_before_a_participle_making_a_wordnet_verb_is_active() -> None:
    q = analyse("Which charter got rid of the salt toll?")
    assert (q.slot, q.passive) == ("subject", False)
    q = analyse("Which barge got sunk by the flood?")
    assert (q.slot, q.passive) == ("object", True)


def test_coordinated_prepositional_phrases_answer_a_list_question_whole() -> None:
    filled = _filled("In which waters did the charter ban nets?",
                     "The charter of 1820 banned all nets in the estuary, in the bay, or offshore.")
    assert "the estuary, in the bay, or offshore" in filled
    assert "the bay, or offshore" not in filled
    filled = _filled("In which markets did the guild sell its cloth?",
                     "In 1820 the guild sold its cloth in the city, in the valley, and abroad.")
    assert "the city, in the valley, and abroad" in filled


def test_a_coordination_headed_by_the_question_name_answers_by_its_other_members() -> None:
    filled = _filled("Which two envoys signed the truce alongside Marrow?",
                     "In 1702, Edwin Marrow and the other two envoys, Ada Lind and Piet Vos, signed the truce at Orlen.")
    assert "Ada Lind and Piet Vos" in filled
    assert not any(text.startswith("Edwin Marrow") for text in filled)
