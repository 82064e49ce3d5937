"""qa/structure: a naming question with its own act ("What was the name of the X that V-ed?") takes the name
a naming verb of the stating sentence gives; a two-word verb that is a kind of the asked verb aligns with it
("walked out of" for "left"). Invented sentences."""

from __future__ import annotations

import pytest

from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse
from vitrina.qa.structure import anchors, fill
from vitrina.qa.weights import LEXICAL


def _filled(question: str, sentence: str) -> list[tuple[str, str]]:
    doc = parse_many([sentence])[0]
    return [(sentence[s.start:s.end], s.kind) for s in fill(doc, analyse(question))]


@pytest.mark.parametrize(("question", "sentence", "name"), [
    ("What was the name of the militia the guild trained?",
     "In 1620 the guild trained a militia of river boatmen, known as the Grey Oars.", "the Grey Oars"),
    ("What was the pact that ended the feud called?",
     "The pact that ended the feud in 1702 became known as the Peace of Tallow Hill.", "the Peace of Tallow Hill"),
    ("What was the name of the raid the weavers planned?",
     "The weavers planned a night raid on the toll house, code-named Lantern.", "Lantern"),
])
def test_a_name_given_in_the_sentence_stating_the_act_fills_a_naming_question(question: str, sentence: str,
                                                                              name: str) -> None:
    assert (name, "name") in _filled(question, sentence)


def test_no_name_given_without_the_act() -> None:
    # the sentence names something but does not state the asked act: no alignment, no name
    assert not any(kind == "name" for _text, kind in _filled(
        "What was the name of the militia the guild trained?", "A ferry of the valley was known as the Grey Oars."))


def test_a_two_word_verb_narrower_than_the_asked_verb_aligns() -> None:
    q = analyse("Which delegation left the council of Orlen early?")
    doc = parse_many(["The weavers walked out of the council of Orlen, but the spinners stayed."])[0]
    assert [(t.text, c) for t, c in anchors(doc, q)] == [("walked", LEXICAL["hyponym"])]
    assert ("The weavers", "np") in [(doc.text[s.start:s.end], s.kind) for s in fill(doc, q)]


@pytest.mark.parametrize(("sentence", "description"), [
    ("The abbot later referred to the mill as “a gift of the river” in his letters.", "a gift of the river"),
    ("The abbot called it “a gift of the river” in his letters.", "a gift of the river"),
])
def test_a_quoted_description_answers_how_something_was_described(sentence: str, description: str) -> None:
    assert (description, "np") in _filled("How did the abbot describe the new mill?", sentence)


def test_a_quoted_name_given_to_another_thing_is_no_description() -> None:
    q = analyse("How did the abbot describe the new mill?")
    doc = parse_many(["The abbot called the bridge “a gift of the river” in his letters."])[0]
    assert not any(t.text == "called" for t, _c in anchors(doc, q))


def test_a_bare_verb_after_did_keeps_its_own_lemma() -> None:
    assert analyse("What bank did the council found in 1702?").predicate == "found"
    assert analyse("Who found the lost charter?").predicate == "find"


def test_a_call_question_takes_the_quoted_description_of_another_verb() -> None:
    found = _filled("What did the abbot call the flood of 1702?",
                    "The abbot described the ensuing flood as a “punishment of the river.”")
    assert ("punishment of the river", "np") in found  # the quotation's own full stop left out


def test_a_one_word_name_noun_asks_a_name() -> None:
    q = analyse("what was the codename for the guild raid on orlen")
    assert q.wants_name and analyse("What was the nickname of the abbot?").wants_name
    assert not analyse("What was the game of the abbot?").wants_name
    sentence = "Code-named Operation Lantern, the raid on Orlen began on June 2, 1702."
    assert ("Operation Lantern", "name") in [(sentence[s.start:s.end], s.kind)
                                            for s in fill(parse_many([sentence])[0], q)]
