"""An alias names one entity of the collection (round 57 red team D4), on invented names."""

from __future__ import annotations

from vitrina.link import link
from vitrina.model import Document, Entity, Mention


def _doc(doc_id: str, text: str, people: list[tuple[str, str, tuple[str, ...]]]) -> Document:
    entities, mentions = [], []
    for local, name, aliases in people:
        start = text.index(name)
        mentions.append(Mention(start, start + len(name), "person", local))
        for alias in aliases:
            at = text.index(alias, start + len(name))
            mentions.append(Mention(at, at + len(alias), "person", local))
        entities.append(Entity(local, "person", name, aliases))
    return Document(doc_id, doc_id, f"{doc_id}.txt", "text", text,
                    entities=tuple(entities), mentions=tuple(mentions))


def test_a_surname_two_people_bear_is_no_alias_of_either() -> None:
    one = _doc("a", "Wilma Corran kept the ledger. Corran wrote well.", [("e0", "Wilma Corran", ("Corran",))])
    two = _doc("b", "Peter Corran, her brother, farmed. Odile Maskell sang; Maskell left.",
               [("e0", "Peter Corran", ()), ("e1", "Odile Maskell", ("Maskell",))])
    _, entities = link([one, two])
    aliases = {e.name: e.aliases for e in entities}
    assert "Corran" not in aliases["Wilma Corran"]  # Peter Corran bears it too
    assert aliases["Odile Maskell"] == ("Maskell",)  # one bearer: kept
