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

Annotation ids are identities, not positions: ``urn:vitrina:annotation:`` and
a hash of the fact's kind and of every target's document id and span
(:func:`annotation_key`). Adding, removing or reordering other documents does
not change them, and a rebuild gives the same ids. Two facts of one kind on
the very same spans (two entities named by one phrase, two events told by one
sentence) are told apart by a hash of their bodies.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
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
ID_HEX = 16  # hex digits of the sha256 kept in an annotation id (64 bits: no collision in any real collection)
ENTITY_TYPES = {
    "person": "foaf:Person",
    "organization": "foaf:Organization",
    "group": "foaf:Group",
    "place": "schema:Place",
    "vessel": "schema:Vehicle",  # schema.org has no ship class; a vessel is a vehicle
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
    """Annotations without ids, in a stable order; ``kind`` (mention, date, quote, quantity, event) is for the id."""
    entities = {e["id"]: e for e in kb["entities"]}
    for entity in kb["entities"]:
        for m in entity["mentions"]:
            yield {"kind": "mention", "motivation": "identifying", "body": entity_body(entity),
                   "target": target(texts, m["document"], m["start"], m["end"])}
    for doc in kb["documents"]:
        for d in doc["dates"]:
            yield {"kind": "date", "motivation": "tagging", "body": text_body(d["edtf"], "tagging"),
                   "target": target(texts, doc["id"], d["start"], d["end"])}
    for q in kb["quotes"]:
        bodies = [text_body(q["kind"], "classifying")]
        if q["speaker"] in entities:
            bodies.append(entity_body(entities[q["speaker"]], "identifying"))
        if q["date"]:
            bodies.append(text_body(q["date"], "tagging"))
        span = q["evidence"]
        yield {"kind": "quote", "motivation": "describing", "body": bodies,
               "target": target(texts, span["document"], span["start"], span["end"])}
    for q in kb["quantities"]:
        described = " ".join(str(p) for p in (q["qualifier"], amount_text(q["value"], q.get("high")), q["unit"]) if p)
        span = q["evidence"]
        yield {"kind": "quantity", "motivation": "describing", "body": text_body(described, "describing"),
               "target": target(texts, span["document"], span["start"], span["end"])}
    for event in kb["events"]:
        if not event["evidence"]:
            continue
        bodies = [text_body(event["label"], "describing"), text_body(event["date"]["edtf"], "tagging")]
        bodies += [entity_body(entities[i], "identifying")
                   for i in (*event["participants"], *event["places"]) if i in entities]
        targets = [target(texts, s["document"], s["start"], s["end"]) for s in event["evidence"]]
        yield {"kind": "event", "motivation": "describing", "body": bodies,
               "target": targets[0] if len(targets) == 1 else targets}


def _assessments(comparisons: list[dict[str, Any]], texts: dict[str, str]) -> Iterator[dict[str, Any]]:
    """One ``assessing`` annotation per group of statements compared across documents (kind ``assessment``)."""
    for group in comparisons:
        reasons = "; ".join(r["reason"] for r in group["reasons"])
        body = text_body(f"{group['verdict']}: {group['subject']}. {group['grouping']}. {reasons}", "assessing")
        targets = [target(texts, s["document"], s["start"], s["end"]) for s in group["statements"]
                   if s["document"] in texts]
        if len(targets) >= 2:
            yield {"kind": "assessment", "motivation": "assessing", "body": body, "target": targets}


def _spans(fact: dict[str, Any]) -> list[tuple[str, int, int]]:
    targets = fact["target"] if isinstance(fact["target"], list) else [fact["target"]]
    return [(one["source"], one["selector"][1]["start"], one["selector"][1]["end"]) for one in targets]


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:ID_HEX]


def annotation_key(fact: dict[str, Any]) -> str:
    """The identity of a fact: its kind and the document and span of every target."""
    return _digest([fact["kind"], _spans(fact)])


def annotation_ids(facts: list[dict[str, Any]]) -> list[str]:
    """One stable id per fact (see the module doc); facts sharing a key are told apart by their bodies."""
    keys = [annotation_key(fact) for fact in facts]
    shared: dict[str, list[int]] = defaultdict(list)
    for n, key in enumerate(keys):
        shared[key].append(n)
    ids = []
    for n, key in enumerate(keys):
        if len(shared[key]) > 1:
            key = f"{key}-{_digest(facts[n]['body'])}"
        ids.append(f"urn:vitrina:annotation:{key}")
    seen: dict[str, int] = defaultdict(int)
    for n, one in enumerate(ids):  # the very same fact twice: number the repeats in order
        seen[one] += 1
        if seen[one] > 1:
            ids[n] = f"{one}-{seen[one]}"
    return ids


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
        {"@context": CONTEXT, "id": one, "type": "Annotation", **{k: v for k, v in fact.items() if k != "kind"}}
        for one, fact in zip(annotation_ids(facts), facts, strict=True)
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
