"""The slot filler read off the parse, on invented sentences: question analysis, reasons, names."""

from __future__ import annotations

import contextlib

import pytest

from vitrina.ask import ask
from vitrina.model import DocumentBuilder, Piece, SourceRef
from vitrina.qa.parse import parse, parse_many
from vitrina.qa.question import analyse
from vitrina.qa.structure import fill
from vitrina.store import connect_readonly, write_exhibit


def _slots(sentence: str, question: str, lemmas: bool = False) -> dict[str, float]:
    """Slot texts with their credit; sentences parsed as ask parses them (no lemmatizer) by default."""
    doc = parse(sentence) if lemmas else parse_many([sentence])[0]
    return {sentence[x.start:x.end]: x.credit for x in fill(doc, analyse(question))}


def test_the_verb_after_did_and_a_name_is_the_predicate_not_a_later_infinitive() -> None:
    q = analyse("Whom did Mayor Vell dispatch to Orsk to size up the harbor?")
    assert (q.predicate, q.slot) == ("dispatch", "object")
    assert analyse("What did the first message sent by telegraph across the bay say?").predicate == "say"


def test_conjoined_modifiers_before_the_counted_noun() -> None:
    q = analyse("How many senior civil and military officers were dismissed by the council?")
    assert (q.expects, q.head) == ("quantity", "officer")


def test_a_name_matches_its_derived_form() -> None:
    from vitrina.ask import _name_variant

    assert _name_variant("ambrel", {"ambrelian": [(4, 13)]}) == [(4, 13)]
    assert _name_variant("ambrelia", {"ambrel": [(0, 6)]}) == [(0, 6)]
    assert _name_variant("orsk", {"orskian": [(0, 7)]}) == []  # too short a stem to be sure
    assert _name_variant("ambrel", {"ambrelianism": [(0, 12)]}) == []  # too long an ending


def test_a_premise_given_before_the_clause_is_its_reason() -> None:
    found = _slots("Given the long drought, the council closed the port.", "Why did the council close the port?")
    assert "the long drought" in found


def test_a_participle_of_fear_or_belief_is_the_motive() -> None:
    sentence = "The council closed the port, fearing that the fever would spread to the upper town."
    found = _slots(sentence, "Why did the council close the port?")
    assert "fearing that the fever would spread to the upper town" in found, found


def test_a_cause_outranks_a_purpose() -> None:
    sentence = "The council closed the port to stop the smugglers, because the fever had spread."
    found = _slots(sentence, "Why did the council close the port?")
    assert found["because the fever had spread"] > found["to stop the smugglers"], found


@pytest.mark.parametrize(("sentence", "reason"), [
    ("A cholera outbreak in the lower town prompted the council to close the port.",
     "A cholera outbreak in the lower town"),
    ("The council closed the port in response to the cholera outbreak.", "in response to the cholera outbreak"),
])
def test_reason_words_are_read_without_spacy_lemmas(sentence: str, reason: str) -> None:
    """ask parses sentences without the lemmatizer: causal verbs and reason nouns are looked up by
    their WordNet base forms ("prompted", "response")."""
    assert reason in _slots(sentence, "Why did the council close the port?")


def test_a_verb_of_position_is_light_in_a_where_question() -> None:
    q = analyse("Where was the old mint located?")
    assert q.expects == "place" and "locate" in q.light


# ------------------------------------------------------------ answers on an invented exhibit

HARBOUR = [
    "The Kessel harbour board met in the old customs house every spring.",
    "The board closed the north quay in 1822 to mark the death of its founder, Ilse Brandt.",
    "Given the silting of the channel, there was little support for a second quay.",
]


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    path = tmp_path_factory.mktemp("harbour") / "harbour.db"
    builder = DocumentBuilder("harbour", "harbour.txt", "text")
    builder.section("A", "The Kessel Harbour")
    text = " ".join(HARBOUR)
    builder.block("paragraph", [Piece(text, SourceRef(0, len(text), 1))])
    doc = builder.build()
    starts = [doc.text.index(s) for s in HARBOUR]
    doc = doc.evolve(sentences=tuple((a, a + len(s)) for a, s in zip(starts, HARBOUR, strict=True)))
    write_exhibit(path, [("sha-harbour", doc)], [doc], [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield conn


def test_why_is_answered_by_the_clause_not_the_whole_sentence(harbour) -> None:
    result = ask(harbour, "Why did the board close the north quay in 1822?")
    assert result["answer"] == "to mark the death of its founder, Ilse Brandt", result


def test_why_is_answered_by_the_premise(harbour) -> None:
    result = ask(harbour, "Why was there so little support for a second quay?")
    assert result["answer"] == "the silting of the channel", result
