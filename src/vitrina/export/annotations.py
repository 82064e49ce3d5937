"""Every fact as a W3C Web Annotation (JSON-LD), in one AnnotationCollection.

Targets are the stored documents (``urn:vitrina:document:<id>``) selected
twice, as the model allows: a ``TextQuoteSelector`` (exact text with up to
32 characters of prefix and suffix) and a ``TextPositionSelector``
(character offsets, Unicode code points, end exclusive).

* entity mention -> ``identifying``; body: the entity
  (``urn:vitrina:entity:<id>``, a FOAF/schema.org type, ``name``)
* date -> ``tagging``; body: a TextualBody whose value is the EDTF string
* quotation -> ``describing``; bodies: the kind, and the speaker (identifying)
* quantity -> ``describing``; body: value, unit and qualifier as text
* event -> ``describing``; bodies: the label, the EDTF date (tagging), the
  participants and places (identifying); one target per evidence sentence
* statements of one fact compared across documents -> ``assessing``; body:
  the verdict and its reasons; one target per statement (see vitrina.compare)

Each target also says where its text came from in the input, as ``input``:
``{file, page, line, column}`` from the source map (see vitrina.provenance).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vitrina.compare import load_comparisons
from vitrina.export.atomic import json_export
from vitrina.export.json_kb import knowledge_base
from vitrina.extract.quantities import amount_text
from vitrina.provenance import Locate, Provenance
from vitrina.registry import exporters
from vitrina.store.read import KnowledgeBase

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_CHARS = 32
ENTITY_TYPES = {
    "person": "foaf:Person",
    "organization": "foaf:Organization",
    "group": "foaf:Group",
    "place": "schema:Place",
    "other": "schema:Thing",
}


def document_urn(doc_id: str) -> str:
    return f"urn:vitrina:document:{doc_id}"


def entity_urn(entity_id: str) -> str:
    return f"urn:vitrina:entity:{entity_id}"


def target(texts: dict[str, str], document: str, start: int, end: int) -> dict[str, Any]:
    text = texts[document]
    return {
        "source": document_urn(document),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": text[start:end],
                "prefix": text[max(0, start - CONTEXT_CHARS) : start],
                "suffix": text[end : end + CONTEXT_CHARS],
            },
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    }


def entity_body(entity: dict[str, Any], purpose: str | None = None) -> dict[str, Any]:
    body = {"id": entity_urn(entity["id"]), "type": ENTITY_TYPES.get(entity["type"], "schema:Thing"),
            "name": entity["name"]}
    if purpose:
        body["purpose"] = purpose
    return body


def text_body(value: str, purpose: str) -> dict[str, Any]:
    return {"type": "TextualBody", "value": value, "format": "text/plain", "purpose": purpose}


def _facts(kb: dict[str, Any], texts: dict[str, str]) -> Iterator[dict[str, Any]]:
    """Annotations without ids, in a stable order."""
    entities = {e["id"]: e for e in kb["entities"]}
    for entity in kb["entities"]:
        for m in entity["mentions"]:
            yield {"motivation": "identifying", "body": entity_body(entity),
                   "target": target(texts, m["document"], m["start"], m["end"])}
    for doc in kb["documents"]:
        for d in doc["dates"]:
            yield {"motivation": "tagging", "body": text_body(d["edtf"], "tagging"),
                   "target": target(texts, doc["id"], d["start"], d["end"])}
    for q in kb["quotes"]:
        bodies = [text_body(q["kind"], "classifying")]
        if q["speaker"] in entities:
            bodies.append(entity_body(entities[q["speaker"]], "identifying"))
        if q["date"]:
            bodies.append(text_body(q["date"], "tagging"))
        span = q["evidence"]
        yield {"motivation": "describing", "body": bodies,
               "target": target(texts, span["document"], span["start"], span["end"])}
    for q in kb["quantities"]:
        described = " ".join(str(p) for p in (q["qualifier"], amount_text(q["value"], q.get("high")), q["unit"]) if p)
        span = q["evidence"]
        yield {"motivation": "describing", "body": text_body(described, "describing"),
               "target": target(texts, span["document"], span["start"], span["end"])}
    for event in kb["events"]:
        if not event["evidence"]:
            continue
        bodies = [text_body(event["label"], "describing"), text_body(event["date"]["edtf"], "tagging")]
        bodies += [entity_body(entities[i], "identifying")
                   for i in (*event["participants"], *event["places"]) if i in entities]
        targets = [target(texts, s["document"], s["start"], s["end"]) for s in event["evidence"]]
        yield {"motivation": "describing", "body": bodies,
               "target": targets[0] if len(targets) == 1 else targets}


def _assessments(comparisons: list[dict[str, Any]], texts: dict[str, str]) -> Iterator[dict[str, Any]]:
    """One ``assessing`` annotation per group of statements compared across documents."""
    for group in comparisons:
        reasons = "; ".join(r["reason"] for r in group["reasons"])
        body = text_body(f"{group['verdict']}: {group['subject']}. {group['grouping']}. {reasons}", "assessing")
        targets = [target(texts, s["document"], s["start"], s["end"]) for s in group["statements"]
                   if s["document"] in texts]
        if len(targets) >= 2:
            yield {"motivation": "assessing", "body": body, "target": targets}


def _add_input(fact: dict[str, Any], locate: Locate) -> dict[str, Any]:
    """Each target of a fact with ``input``: where its span is in the input file."""
    targets = fact["target"] if isinstance(fact["target"], list) else [fact["target"]]
    for one in targets:
        position = one["selector"][1]
        found = locate(one["source"].removeprefix("urn:vitrina:document:"), position["start"], position["end"])
        if found:
            one["input"] = found
    return fact


def collection(kb: dict[str, Any], comparisons: list[dict[str, Any]] | None = None,
               locate: Locate | None = None) -> dict[str, Any]:
    texts = {d["id"]: d["text"] for d in kb["documents"]}
    facts = [*_facts(kb, texts), *_assessments(comparisons or [], texts)]
    if locate is not None:
        facts = [_add_input(fact, locate) for fact in facts]
    items = [
        {"@context": CONTEXT, "id": f"urn:vitrina:annotation:{n}", "type": "Annotation", **fact}
        for n, fact in enumerate(facts, start=1)
    ]
    return {
        "@context": CONTEXT,
        "id": "urn:vitrina:annotations",
        "type": "AnnotationCollection",
        "label": "vitrina knowledge base",
        "total": len(items),
        "first": {
            "id": "urn:vitrina:annotations:page:1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


@exporters.register("annotations", folder=False, unit="annotations", about="W3C Web Annotation",
                    counted=lambda data: len((data.get("first") or {}).get("items") or []))
def write(conn: KnowledgeBase, out: Path | None) -> str | None:
    return json_export(collection(knowledge_base(conn), load_comparisons(conn), Provenance(conn).locate), out)
