"""Web Annotation export: schema-valid, one annotation per fact, selectors exact."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from vitrina.export import export
from vitrina.store import connect_readonly

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "web-annotation.schema.json").read_text())


@pytest.fixture
def exported(sample_db: Path) -> tuple[dict, dict[str, str]]:
    with connect_readonly(sample_db) as conn:
        data = json.loads(export(conn, "annotations", None) or "")
        texts = dict(conn.execute("SELECT id, text FROM documents").fetchall())
    return data, texts


def test_valid_collection(exported: tuple[dict, dict[str, str]]) -> None:
    data, _ = exported
    jsonschema.validate(data, SCHEMA)
    items = data["first"]["items"]
    assert data["total"] == len(items)
    assert len({a["id"] for a in items}) == len(items)


def test_one_annotation_per_fact(exported: tuple[dict, dict[str, str]]) -> None:
    items = exported[0]["first"]["items"]
    motivations = Counter(a["motivation"] for a in items)
    # 9 mentions, 4 dates, 2 quotes + 1 quantity + 2 events
    assert motivations == {"identifying": 9, "tagging": 4, "describing": 5}


def test_selectors_point_at_the_text(exported: tuple[dict, dict[str, str]]) -> None:
    data, texts = exported
    for annotation in data["first"]["items"]:
        targets = annotation["target"] if isinstance(annotation["target"], list) else [annotation["target"]]
        for target in targets:
            text = texts[target["source"].removeprefix("urn:vitrina:document:")]
            quote, position = target["selector"]
            start, end = position["start"], position["end"]
            assert text[start:end] == quote["exact"]
            assert text[:start].endswith(quote["prefix"]) and text[end:].startswith(quote["suffix"])


def test_bodies(exported: tuple[dict, dict[str, str]]) -> None:
    items = exported[0]["first"]["items"]
    lind = next(a for a in items if a["motivation"] == "identifying"
                and a["target"]["selector"][0]["exact"] == "Queen Ada Lind")
    assert lind["body"] == {"id": "urn:vitrina:entity:person-ada-lind", "type": "foaf:Person", "name": "Ada Lind"}
    seasons = {a["body"]["value"] for a in items if a["motivation"] == "tagging"}
    assert seasons == {"1921-05-04", "1925-21", "1932-22"}
    quote = next(a for a in items if a["target"]["selector"][0]["exact"] == "Every ship deserves a story,")
    assert {"id": "urn:vitrina:entity:person-ada-lind", "type": "foaf:Person", "name": "Ada Lind",
            "purpose": "identifying"} in quote["body"]
    event = next(a for a in items if isinstance(a["target"], list))
    assert event["body"][0]["value"] == "Ada Lind opens the Harbor Museum"
    assert len(event["target"]) == 2


def test_schema_rejects_broken_annotation(exported: tuple[dict, dict[str, str]]) -> None:
    data = exported[0]
    data["first"]["items"][0]["target"]["selector"][1]["start"] = -1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
    del data["first"]["items"][0]["target"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def _kb(*docs: str) -> dict:
    """A small knowledge base by hand: per document one person mention and one date."""
    texts = {"ship": "Captain Nils Borg sailed on 3 May 1850.", "mill": "The miller Ida Strand died in 1871."}
    names = {"ship": ("person-nils-borg", "Nils Borg", 8, 17, "1850-05-03", 28, 38),
             "mill": ("person-ida-strand", "Ida Strand", 11, 21, "1871", 30, 34)}
    documents, entities = [], []
    for doc in docs:
        eid, name, start, end, edtf, dstart, dend = names[doc]
        documents.append({"id": doc, "text": texts[doc], "dates": [{"edtf": edtf, "start": dstart, "end": dend}]})
        entities.append({"id": eid, "type": "person", "name": name,
                         "mentions": [{"document": doc, "start": start, "end": end}]})
    return {"documents": documents, "entities": entities, "quotes": [], "quantities": [], "events": []}


def test_ids_are_identities_not_positions() -> None:
    from vitrina.export.annotations import collection

    def by_id(kb: dict) -> dict[str, dict]:
        return {a["id"]: {"body": a["body"], "target": a["target"]} for a in collection(kb)["first"]["items"]}

    alone, both, reversed_ = by_id(_kb("ship")), by_id(_kb("mill", "ship")), by_id(_kb("ship", "mill"))
    assert len(alone) == 2 and len(both) == 4
    for one, annotation in alone.items():  # adding a document before it re-points nothing
        assert both[one] == annotation
    assert both == reversed_  # input order does not matter
    assert by_id(_kb("ship")) == alone  # a rebuild gives the same ids
    assert all(one.startswith("urn:vitrina:annotation:") for one in both)


def test_same_span_facts_get_distinct_ids() -> None:
    from vitrina.export.annotations import collection

    kb = _kb("ship")
    kb["entities"].append({"id": "person-borg-family", "type": "group", "name": "Borg",
                           "mentions": [{"document": "ship", "start": 8, "end": 17}]})
    ids = [a["id"] for a in collection(kb)["first"]["items"]]
    assert len(set(ids)) == len(ids) == 3
