"""One name mapped to a division on priors and to a place inside it on evidence is one place (round 54
redents54, red team 54 D8). Invented entities only."""

from __future__ import annotations

from vitrina.link import FAMOUS_SENSE, resolve, summarize
from vitrina.model import Document, Entity, Mention


def _doc(doc_id: str, entity: Entity) -> Document:
    text = f"Letter {doc_id}: they sailed to {entity.name} in the spring."
    start = text.index(entity.name)
    return Document(id=doc_id, title=doc_id, source=f"{doc_id}.txt", format="text", text=text, entities=(entity,),
                    mentions=(Mention(start, start + len(entity.name), "place", entity.id),))


def _place(key: str, lat: float, lon: float, kind: str, decision: str, candidates: tuple) -> Entity:
    return Entity("e0", "place", "Harwick", (), lat, lon, country="XX", place_kind=kind, place_key=key,
                  geocoding=decision, candidates=candidates)


DIVISION = ("g:1", "Harwick", "XX", 41.0, -74.0, 9.5)
TOWN = ("g:2", "Harwick", "XX", 40.7, -74.0, 10.0)


def test_the_evidenced_town_inside_the_division_is_the_one_place() -> None:
    one = _doc("a", _place("g:1", 41.0, -74.0, "admin-region", FAMOUS_SENSE, (DIVISION,)))
    two = _doc("b", _place("g:2", 40.7, -74.0, "city", "read as a town", (TOWN, DIVISION)))
    mappings, entities = resolve([summarize(one), summarize(two)])
    assert mappings[0]["e0"] == mappings[1]["e0"]
    assert next(e for e in entities if e.id == mappings[0]["e0"]).lat == 40.7


def test_a_far_place_of_the_name_stays_apart() -> None:
    far = ("g:3", "Harwick", "XX", 30.0, -90.0, 10.0)
    one = _doc("a", _place("g:1", 41.0, -74.0, "admin-region", FAMOUS_SENSE, (DIVISION,)))
    two = _doc("b", _place("g:3", 30.0, -90.0, "city", "read as a town", (far, DIVISION)))
    mappings, _ = resolve([summarize(one), summarize(two)])
    assert mappings[0]["e0"] != mappings[1]["e0"]
