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
