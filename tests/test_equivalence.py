"""Statements that two person names are one person, or two (vitrina.extract.equivalence)."""

from __future__ import annotations

import re

import pytest

from vitrina.extract.equivalence import stated_apart, stated_corrected, stated_same
from vitrina.link import link, summarize
from vitrina.model import Document, Entity, Mention


def _read(text: str, names: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int]], list[Mention]]:
    """``text``, its sentences (split after ". ") and a person mention per (local id, surface), found in order."""
    mentions, at = [], 0
    for local, surface in names:
        start = text.index(surface, at)
        mentions.append(Mention(start, start + len(surface), "person", local))
        at = start + len(surface)
    sentences, begin = [], 0
    for m in re.finditer(r"(?<=[a-z)])\.(?:\s+|$)", text):
        sentences.append((begin, m.start() + 1))
        begin = m.end()
    return text, sentences, mentions


@pytest.mark.parametrize(("text", "names", "pairs"), [
    ("Anselm Qorvath, Anzelm Korwat and A. Qorvath are one man, a clockmaker of Lwow.",
     [("e0", "Anselm Qorvath"), ("e1", "Anzelm Korwat"), ("e2", "A. Qorvath")], {("e0", "e1"), ("e0", "e2")}),
    ("The bowl is signed by Ilse Maarvoot. Elsa Marvut is the same woman.",
     [("e0", "Ilse Maarvoot"), ("e1", "Elsa Marvut")], {("e0", "e1")}),
    ("Teodor Brink is the same person as Theo Brinck.",
     [("e0", "Teodor Brink"), ("e1", "Theo Brinck")], {("e0", "e1")}),
    ("The lens is by Oskar Vellitz, also written Oscar Wellitz, of Jena.",
     [("e0", "Oskar Vellitz"), ("e1", "Oscar Wellitz")], {("e0", "e1")}),
    ("The plate is by Hanne Olufsdatter (also known as Hanna Olsen).",
     [("e0", "Hanne Olufsdatter"), ("e1", "Hanna Olsen")], {("e0", "e1")}),
    ("Mikhel Zorabian is an older spelling of Mikael Zorabyan.",
     [("e0", "Mikhel Zorabian"), ("e1", "Mikael Zorabyan")], {("e0", "e1")}),
])


def test_stated_equivalences_join_the_names(text, names, pairs):
    assert set(stated_same(*_read(text, names))) == pairs


@pytest.mark.parametrize("text", [
    "Anselm Qorvath and Anzelm Korwat are not one man.",
    "Anselm Qorvath and Anzelm Korwat were one firm.",  # not a kind of person
    "Anselm Qorvath is not another spelling of Anzelm Korwat.",
    "Anselm Qorvath wrote to Anzelm Korwat at the same address.",
    "Anselm Qorvath is a different man from Anzelm Korwat.",
])


def test_no_equivalence_without_the_statement(text):
    names = [("e0", "Anselm Qorvath"), ("e1", "Anzelm Korwat")]
    assert stated_same(*_read(text, names)) == ()


def test_a_different_man_stays_apart_from_the_one_named_before():
    text = "The dial is by Anselm Qorvath of Lwow. Anzel Qorvat is a different man, a baker."
    read = _read(text, [("e0", "Anselm Qorvath"), ("e1", "Anzel Qorvat")])
    assert stated_apart(*read) == (("e0", "e1"),)
    assert stated_same(*read) == ()


def _document(text: str, names: list[tuple[str, str]], doc_id: str = "d") -> Document:
    text, sentences, mentions = _read(text, names)
    entities = {}
    for m in mentions:
        entities.setdefault(m.entity, Entity(m.entity, "person", text[m.start : m.end]))
    return Document(doc_id, doc_id, f"{doc_id}.txt", "text", text, entities=tuple(entities.values()),
                    mentions=tuple(mentions), sentences=tuple(sentences))


def test_linking_joins_stated_names_in_the_document_and_across_the_collection_citing_the_statement():
    forms = _document("Anselm Qorvath and Anzelm Korwat are one man.", [("e0", "Anselm Qorvath"), ("e1", "Anzelm Korwat")])
    other = _document("A letter of Anzelm Korwat survives.", [("e0", "Anzelm Korwat")], "o")
    docs, ents = link([forms, other])
    ids = {m.entity for d in docs for m in d.mentions}
    assert len(ids) == 1
    (person,) = [e for e in ents if e.id in ids]
    assert any(rule == "stated to be one person in its document" for rule, _, _ in person.merges)


def test_a_name_set_apart_by_a_distinction_phrase_stays_apart_whatever_its_surname():
    doc = _document("Anselm Qorvath must not be confused with Anselm Korwat. Anselm Qorvath and Anselm Korvath are one man.",
                    [("e0", "Anselm Qorvath"), ("e1", "Anselm Korwat"), ("e0", "Anselm Qorvath"), ("e2", "Anselm Korvath")])
    assert ("e0", "e1") in summarize(doc).apart
    docs, _ = link([doc])
    entity = [m.entity for m in docs[0].mentions]
    assert entity[0] != entity[1] and entity[0] == entity[3]


@pytest.mark.parametrize(("text", "names", "pairs"), [
    ("Oskar Vellitz is not Oscar Wellitz.", [("e0", "Oskar Vellitz"), ("e1", "Oscar Wellitz")], {("e0", "e1")}),
    ("Hanne Olufsdatter was never Hanna Olsen, whatever the dealers said.",
     [("e0", "Hanne Olufsdatter"), ("e1", "Hanna Olsen")], {("e0", "e1")}),
    ("Teodor Brink isn't the same man as Theo Brinck.", [("e0", "Teodor Brink"), ("e1", "Theo Brinck")],
     {("e0", "e1")}),
    ("Anselm signed the clock. He is not Anselm Qorvath, the printer.",
     [("e0", "Anselm"), ("e1", "Anselm Qorvath")], {("e0", "e1")}),
    ("Ilse Maarvoot cut the die; she was never Elsa Marvut.", [("e0", "Ilse Maarvoot"), ("e1", "Elsa Marvut")],
     {("e0", "e1")}),
    # the pronoun stands for the subject of the sentence before, not the name nearest to it
    ("Anselm engraved the dial for Brun Tolvers. He is not Anselm Qorvath, the printer.",
     [("e0", "Anselm"), ("e2", "Brun Tolvers"), ("e1", "Anselm Qorvath")], {("e0", "e1")}),
    ("Ilse Maarvoot wrote to Aud Fenn in May. In June she was never Elsa Marvut.",
     [("e0", "Ilse Maarvoot"), ("e2", "Aud Fenn"), ("e1", "Elsa Marvut")], {("e0", "e1")}),
])


def test_a_denied_identity_sets_the_names_apart_and_joins_nothing(text, names, pairs):
    read = _read(text, names)
    assert set(stated_apart(*read)) == pairs
    assert stated_same(*read) == ()


def test_a_denied_identity_keeps_a_lone_given_name_from_the_full_name_in_the_document():
    from types import SimpleNamespace

    from vitrina.extract.cluster import Clusterer
    from vitrina.extract.entities import RawMention

    def people(text: str) -> dict[str, set[int]]:
        names = ["Anselm", "Anselm Qorvath", "Anselm Qorvath"]
        _, sentences, _ = _read(text, [("e", n) for n in names])
        cl = Clusterer(text, SimpleNamespace(sents=sentences), None)  # type: ignore[arg-type]
        at = 0
        for name in names:
            at = text.index(name, at)
            cl.mentions.append(RawMention(at, at + len(name), "person", "PERSON"))
            at += len(name)
        cl.cluster_people()
        found: dict[str, set[int]] = {}
        for i, c in cl.cluster_of.items():
            found.setdefault(cl.surface(i), set()).add(c)
        return found

    said = people("Anselm engraved the dial. He is not Anselm Qorvath, the printer. Anselm Qorvath printed maps.")
    assert said["Anselm"].isdisjoint(said["Anselm Qorvath"])
    plain = people("Anselm engraved the dial. He met Anselm Qorvath, the printer. Anselm Qorvath printed maps.")
    assert plain["Anselm"] == plain["Anselm Qorvath"]  # without the denial the given name is the full name's
@pytest.mark.parametrize("text", [
    "In our number of last week, for Dr Oskar Vellitz read Dr Oskar Wellitz.",
    "For Oskar Vellitz, read Oskar Wellitz.",
    "The name Oskar Vellitz should have read Oskar Wellitz.",
    "The lens was made by not Oskar Vellitz but Oskar Wellitz.",
])


def test_a_printed_correction_gives_the_wrong_and_the_right_name(text):
    names = [("e0", "Oskar Vellitz"), ("e1", "Oskar Wellitz")]
    assert stated_corrected(*_read(text, names)) == (("e0", "e1"),)
    assert stated_same(*_read(text, names)) == ()


@pytest.mark.parametrize("text", [
    "Oskar Vellitz wrote for Oskar Wellitz in the spring.",
    "Oskar Vellitz read Oskar Wellitz a letter.",
    "Oskar Vellitz and not Oskar Wellitz signed it.",
])


def test_no_correction_without_its_wording(text):
    assert stated_corrected(*_read(text, [("e0", "Oskar Vellitz"), ("e1", "Oskar Wellitz")])) == ()


def test_a_correction_names_the_person_by_the_right_name_and_keeps_the_wrong_one_as_a_variant():
    news = _document("A paper by Oskar Vellitz was read.", [("e0", "Oskar Vellitz")], "n1")
    erratum = _document("For Oskar Vellitz read Oskar Wellitz.", [("e0", "Oskar Vellitz"), ("e1", "Oskar Wellitz")], "n2")
    docs, ents = link([news, erratum])
    ids = {m.entity for d in docs for m in d.mentions}
    assert len(ids) == 1
    (person,) = [e for e in ents if e.id in ids]
    assert person.name == "Oskar Wellitz" and "Oskar Vellitz" in person.aliases
    assert any(rule == "a printed correction in its document" for rule, _, _ in person.merges)


def test_a_contrast_of_two_people_is_no_correction():
    text = "The lens was made by not Oskar Vellitz but Anna Brodin."
    assert stated_corrected(*_read(text, [("e0", "Oskar Vellitz"), ("e1", "Anna Brodin")])) == ()
