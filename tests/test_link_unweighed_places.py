"""One name a document left unweighed ("not in the gazetteer": a person's name there too) and another mapped is
one place, mapped (round 55 redents55, red team 55 D5). Invented entities only."""

from __future__ import annotations

from vitrina.extract.places import NOT_IN_GAZETTEER
from vitrina.link import resolve, summarize
from vitrina.model import Document, Entity, Mention


def _doc(doc_id: str, entity: Entity) -> Document:
    text = f"Deed {doc_id}: a cottage in the parish of {entity.name}."
    start = text.index(entity.name)
    return Document(id=doc_id, title=doc_id, source=f"{doc_id}.txt", format="text", text=text, entities=(entity,),
                    mentions=(Mention(start, start + len(entity.name), "place", entity.id),))


def _mapped(key: str, lat: float) -> Entity:
    return Entity("e0", "place", "Dunholt", (), lat, -1.5, country="XX", place_kind="city", place_key=key,
                  geocoding="read as a town", candidates=((key, "Dunholt", "XX", lat, -1.5, 10.0),))


UNWEIGHED = Entity("e0", "place", "Dunholt", geocoding=NOT_IN_GAZETTEER)


def test_an_unweighed_name_is_the_collections_one_place_of_that_name() -> None:
    mappings, entities = resolve([summarize(_doc("a", UNWEIGHED)), summarize(_doc("b", _mapped("g:1", 53.0)))])
    assert mappings[0]["e0"] == mappings[1]["e0"]
    assert next(e for e in entities if e.id == mappings[0]["e0"]).lat == 53.0


def test_a_name_the_collection_maps_two_ways_stays_unmapped() -> None:
    docs = [_doc("a", UNWEIGHED), _doc("b", _mapped("g:1", 53.0)), _doc("c", _mapped("g:2", 40.0))]
    mappings, _ = resolve([summarize(d) for d in docs])
    assert mappings[0]["e0"] not in (mappings[1]["e0"], mappings[2]["e0"])
