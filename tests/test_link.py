from __future__ import annotations

from vitrina.link import link, slug
from vitrina.model import Document, Entity, Mention, Quote


def _doc(doc_id: str, text: str, names: list[tuple[str, str, str]]) -> Document:
    """A document whose entities are given as (local id, type, surface) and found in text."""
    entities, mentions = {}, []
    for local, etype, surface in names:
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), etype, local))
        entities.setdefault(local, Entity(local, etype, surface))
    return Document(doc_id, doc_id, f"{doc_id}.txt", "text", text,
                    entities=tuple(entities.values()), mentions=tuple(mentions))


DOC_A = _doc("a", "Ulysses S. Grant met Theodore Lyman at Petersburg. Grant smiled.", [
    ("e0", "person", "Ulysses S. Grant"), ("e1", "person", "Theodore Lyman"),
    ("e2", "place", "Petersburg"), ("e0", "person", "Grant"),
])
DOC_B = _doc("b", "Ulysses Grant wrote from Petersburg. Julia Grant replied.", [
    ("e0", "person", "Ulysses Grant"), ("e1", "place", "Petersburg"), ("e2", "person", "Julia Grant"),
])
DOC_B = DOC_B.evolve(quotes=(Quote("q0", 0, 5, "quotation", "e0", None),))


def test_merges_across_documents_and_rewrites_ids():
    docs, ents = link([DOC_A, DOC_B])
    grant_a = docs[0].mentions[0].entity
    grant_b = docs[1].mentions[0].entity
    assert grant_a == grant_b == "person-ulysses-s-grant"
    assert docs[1].quotes[0].speaker == grant_a
    assert docs[0].mentions[1].entity != docs[1].mentions[2].entity  # Lyman vs Julia Grant
    julia = next(e for e in ents if e.name == "Julia Grant")
    assert julia.id != grant_a
    assert {m.entity for d in docs for m in d.mentions} <= {e.id for e in ents}
    assert docs[0].mentions[2].entity == docs[1].mentions[1].entity == "place-petersburg"


def test_deterministic():
    first = link([DOC_A, DOC_B])[1]
    second = link([DOC_A, DOC_B])[1]
    assert [e.id for e in first] == [e.id for e in second]
    assert first == second


def test_authority_overrides_and_forces_merges():
    doc = _doc("c", "Bonaparte marched. The First Consul rested.", [
        ("e0", "person", "Bonaparte"), ("e1", "person", "First Consul"),
    ])
    authority = [{"name": "Napoleon Bonaparte", "type": "person", "aliases": ["Bonaparte", "First Consul"],
                  "lat": None, "lon": None, "identifier": "Q517"}]
    docs, ents = link([doc], authority)
    assert docs[0].mentions[0].entity == docs[0].mentions[1].entity == "person-napoleon-bonaparte"
    napoleon = next(e for e in ents if e.id == "person-napoleon-bonaparte")
    assert napoleon.identifier == "Q517" and "Bonaparte" in napoleon.aliases


def test_slug():
    assert slug("José  Martí") == "jose-marti"
