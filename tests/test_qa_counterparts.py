"""ask: a question's verb against a passage's two-word verb ("establish" / "set up"; invented sentences)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from vitrina.ask import ask, covered
from vitrina.model import DocumentBuilder, Piece, SourceRef
from vitrina.qa.lexical import phrasal_relatives, phrasal_verbs
from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse
from vitrina.qa.structure import anchors
from vitrina.qa.weights import LEXICAL
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

MILLS = [
    "The weavers of Orlen praised the lending guild in 1761.",
    "In 1764, after a long winter of quarrels in the valley, the weavers of Orlen set up a lending guild.",
    "Abbot Keldor was praised in 1768.",
    "In 1771, after a long quarrel with the spinners of the valley, Abbot Keldor stepped down.",
    "The weavers wrote to the abbot in 1765.",
    "In 1769, when the winter had ended, the weavers sent their response to the abbot.",
]


def test_two_word_verbs_among_a_words_relatives() -> None:
    assert phrasal_relatives("establish", "v").get("set up", 0.0) >= LEXICAL["phrasal"]
    assert "step down" in phrasal_relatives("resign", "v")
    assert "turn out" not in phrasal_relatives("create", "v")  # one of a hypernym's many hyponyms
    assert phrasal_verbs("stepped", "down") == {"step down"} and phrasal_verbs("set", "up") == {"set up"}
    assert not phrasal_verbs("signed", "the") and not phrasal_verbs("set", "2")


def test_the_sentence_verb_and_particle_align_with_the_question_verb() -> None:
    q = analyse("When did the weavers of Orlen establish a lending guild?")
    doc = parse_many([MILLS[1]])[0]
    assert [(t.text, credit) for t, credit in anchors(doc, q)] == [("set", LEXICAL["synonym"])]
    q = analyse("When did Abbot Keldor resign?")
    assert [t.text for t, _credit in anchors(parse_many([MILLS[3]])[0], q)] == ["stepped"]  # "down": an advmod


def _one_section_db(tmp_path: Path, name: str, title: str, sentences: list[str]) -> Path:
    """A database of one document: one section, a paragraph a sentence, sentence spans given."""
    builder = DocumentBuilder(name, f"{name}.txt", "text")
    builder.section("A", title)
    for i, sentence in enumerate(sentences):
        builder.block("paragraph", [Piece(sentence, SourceRef(i * 200, i * 200 + len(sentence), i + 2))])
    doc = builder.build()
    starts = [doc.text.index(s) for s in sentences]
    doc = doc.evolve(sentences=tuple((a, a + len(s)) for a, s in zip(starts, sentences, strict=True)))
    db = tmp_path / f"{name}.db"
    write_exhibit(db, [(f"sha-{name}", doc)], [doc], [])
    return db


@pytest.fixture
def mills(tmp_path: Path):
    with contextlib.closing(connect_readonly(_one_section_db(tmp_path, "mills", "The Mills", MILLS))) as connection:
        yield connection


@pytest.mark.parametrize(("question", "stating"), [
    ("When did the weavers of Orlen establish the lending guild?", 1),
    ("When did Abbot Keldor resign?", 3),
    ("When did the weavers reply to the abbot?", 5),  # a noun derived from a rarer synonym: looser credit
])
def test_the_stating_sentence_is_covered_first(mills, question: str, stating: int) -> None:
    from vitrina.ask import _aliases, _weights

    kb = as_knowledge_base(mills)
    q = analyse(question)
    weights, _missing = _weights(kb, q, 5, _aliases(kb, q))
    sentences, _titles = covered(kb, q, weights, [])
    assert sentences[0].text == MILLS[stating]
    result = ask(mills, question, explain=True)
    assert result["ranked"][0]["text"] == {1: "1764", 3: "1771", 5: "1769"}[stating], result["ranked"][:2]


# ------------------------------------------------------------ a capital acting for its country, initialisms

TREATIES = [
    "The United States suspended the pact with Orvania in 1952.",
    "In 1950 Washington hosted the envoys of Orvania and praised the pact.",
]


def test_a_capital_that_acts_stands_for_its_country() -> None:
    from vitrina.qa.names import country_of_capital, name_phrases

    assert country_of_capital("Washington") == "United States" and country_of_capital("Orvania") is None
    assert "washington" in analyse("When did Washington suspend the pact?").actors
    assert {"moscow", "beijing"} <= analyse("Why did Nixon court Moscow and Beijing?").actors
    assert "madrid" not in analyse("Whom did the king send to Madrid?").actors  # a destination, not an actor
    assert "US" in name_phrases("How much did the US send?")  # an initialism, though "us" is a stop word
    assert "US" not in name_phrases("Who told us?") and name_phrases("Who told us?") == []


@pytest.fixture
def treaties(tmp_path: Path):
    db = _one_section_db(tmp_path, "treaties", "The Pact", TREATIES)
    with contextlib.closing(connect_readonly(db)) as connection:
        yield as_knowledge_base(connection)


def test_the_country_states_what_its_capital_did(treaties) -> None:
    from vitrina.ask import _aliases, _weights

    q = analyse("When did Washington suspend the pact with Orvania?")
    aliases = _aliases(treaties, q)
    weights, _missing = _weights(treaties, q, 2, aliases)
    sentences, _titles = covered(treaties, q, weights, aliases)
    assert sentences[0].text == TREATIES[0]
    q = analyse("When did the envoys travel to Washington?")  # the city itself: not its country
    assert not any(("united", "states") in variants for _own, variants in _aliases(treaties, q))


def test_a_possessive_name_has_its_other_names(treaties) -> None:
    from vitrina.ask import _aliases
    from vitrina.qa.names import name_phrases

    assert name_phrases("Who was Washington's envoy to Orvania?") == ["Washington", "Orvania"]
    assert name_phrases("What was Orvania’s pact called?") == ["Orvania"]
    q = analyse("Who was Washington's envoy to Orvania?")  # a possessor acts: the government
    assert any(("united", "states") in variants for _own, variants in _aliases(treaties, q))


def test_a_capital_named_as_a_party_to_a_noun_is_a_seat() -> None:
    q = analyse("What ended the quarrel between Lisbon and Vienna?")
    assert {"lisbon", "vienna"} <= q.seats and not {"lisbon", "vienna"} & q.actors
    assert "rome" in analyse("Who led the talks with Rome in 1850?").seats
    assert "rome" not in analyse("Who led the riots in Rome in 1850?").seats  # where it happened: a place
    assert "madrid" not in analyse("Whom did the king send to Madrid?").seats  # a verb's destination
    assert analyse("When did Washington suspend the pact?").actors <= analyse("When did Washington suspend the pact?").seats


def test_a_party_capital_stands_for_its_country_only_when_switched_on(treaties, monkeypatch) -> None:
    from vitrina.ask import _aliases
    from vitrina.qa.weights import RETRIEVAL

    q = analyse("What ended the quarrel between Washington and Orvania?")
    assert not any(("united", "states") in variants for _own, variants in _aliases(treaties, q))
    monkeypatch.setitem(RETRIEVAL, "party_capitals", 1)
    assert any(("united", "states") in variants for _own, variants in _aliases(treaties, q))
