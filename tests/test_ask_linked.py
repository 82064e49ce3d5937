"""A question's name reached under a form the knowledge base links to its entity (round 47 askalias): the peoples a
searched form names (qa/names.people_named) and the stored mentions of the entity under none of its names
(qa/names.linked_mentions, KnowledgeBase.mention_sentences), credited LINKED["credit"] in ask's coverage."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

import vitrina.ask as ask_module
from tests._qa_helpers import asked
from vitrina.model import DocumentBuilder, Entity, Mention, Piece, SourceRef
from vitrina.qa.names import linked_mentions, people_named
from vitrina.qa.weights import LINKED
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

# invented texts and names
SENTENCES = [
    "Orlan Tesk was elected in the spring after a long campaign.",
    "The president signed the Quay Charter on the steps of the customs house.",
    "The Velarians rebuilt the lighthouse at Cape Morrow.",
    "Velar kept its fleet in the northern bay.",
]
ENTITIES = [
    Entity("person-tesk", "person", "Orlan Tesk", ("Tesk",)),
    Entity("place-velar", "place", "Velar", ("Velari",)),
    Entity("group-velari", "group", "Velari", ("Velarians",)),
]
LINKS = [("Orlan Tesk", "person", "person-tesk"), ("president", "person", "person-tesk"),
         ("Velarians", "group", "group-velari"), ("Velar", "place", "place-velar")]


@pytest.fixture
def kb(tmp_path: Path):
    builder = DocumentBuilder("annals", "annals.txt", "text")
    builder.section("A", "Annals")
    text = " ".join(SENTENCES)
    builder.block("paragraph", [Piece(text, SourceRef(0, len(text), 1))])
    doc = builder.build()
    spans, at = [], 0
    for sentence in SENTENCES:
        start = doc.text.index(sentence, at)
        spans.append((start, start + len(sentence)))
        at = start + len(sentence)
    mentions = []
    for written, kind, entity in LINKS:
        start = doc.text.index(written)
        mentions.append(Mention(start, start + len(written), kind, entity))
    doc = doc.evolve(sentences=tuple(spans), mentions=tuple(sorted(mentions, key=lambda m: m.start)))
    write_exhibit(tmp_path / "l.db", [("sha-annals", doc)], [doc], ENTITIES)
    with contextlib.closing(connect_readonly(tmp_path / "l.db")) as conn:
        yield as_knowledge_base(conn)


def test_mention_sentences_give_the_written_form_and_its_sentence(kb) -> None:
    rows = kb.mention_sentences("person-tesk")
    assert [r["mention"] for r in rows] == ["Orlan Tesk", "president"]
    assert rows[1]["text"] == SENTENCES[1]
    assert rows[1]["text"][rows[1]["at"] - rows[1]["start"]:rows[1]["to"] - rows[1]["start"]] == "president"


def test_linked_mentions_are_those_under_none_of_the_names(kb) -> None:
    found = linked_mentions(kb, "Orlan Tesk", 3)
    assert [m["mention"] for m in found] == ["president"]
    assert linked_mentions(kb, "Velar", 3) == []  # written under its own name only


def test_people_named_by_a_searched_form(kb) -> None:
    assert people_named(kb, {"Velari"}) == {"Velarians"}  # the group's other written form, not the form itself
    assert people_named(kb, {"Orlan Tesk"}) == set()  # a person is no people


def test_the_linked_mention_covers_the_name_below_its_own_words(kb, monkeypatch) -> None:
    monkeypatch.setitem(LINKED, "mentions", 20)  # measured, off by default

    def coverage_of(credit: float) -> float:
        monkeypatch.setitem(LINKED, "credit", credit)
        q, weights, aliases = asked(kb, "What did Orlan Tesk sign?")
        sentences, _titles = ask_module.covered(kb, q, weights, aliases)
        return next((s.coverage for s in sentences if s.text == SENTENCES[1]), 0.0)

    on, off = coverage_of(0.8), coverage_of(0.0)
    assert on > off
    assert on < 1.0  # below the name itself


def test_the_people_written_otherwise_cover_the_place(kb, monkeypatch) -> None:
    monkeypatch.setitem(LINKED, "credit", 0.8)
    monkeypatch.setitem(LINKED, "peoples", 1)
    q, weights, aliases = asked(kb, "What did Velar rebuild at Cape Morrow?")
    assert q.linked == [(("velar",), [("velarians",)])]
    sentences, _titles = ask_module.covered(kb, q, weights, aliases)
    hit = next(s for s in sentences if s.text == SENTENCES[2])
    assert "velar" not in [w for w, _weight in hit.missing]
    monkeypatch.setitem(LINKED, "peoples", 0)
    q, weights, aliases = asked(kb, "What did Velar rebuild at Cape Morrow?")
    assert q.linked == []


def test_no_linked_mention_when_the_switch_is_off(kb, monkeypatch) -> None:
    monkeypatch.setitem(LINKED, "mentions", 0)
    q, _weights, _aliases = asked(kb, "What did Orlan Tesk sign?")
    assert q.linked_mentions == {}
