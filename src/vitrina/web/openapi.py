"""The OpenAPI 3.1 description of the web exhibit's JSON API (the ``.json`` twins).

Every page ``/x`` has a twin ``/x.json`` with the same data; this module
describes those twins, their query parameters and their response bodies
(JSON Schema 2020-12, as OpenAPI 3.1 uses). Errors are ``{"ok": false,
"error": "..."}`` with status 400 (a bad or unknown parameter, named), 404 (no
such document or entity), 405 (a method other than GET or HEAD, with an
``Allow`` header) or 503 (database unavailable, query cut off after its time
limit).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from vitrina import __version__

Schema = dict[str, Any]


def _obj(required: dict[str, Schema], optional: dict[str, Schema] | None = None) -> Schema:
    """An object with these required properties (more may be added later)."""
    return {"type": "object", "required": list(required), "properties": {**required, **(optional or {})}}


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def _array(items: Schema) -> Schema:
    return {"type": "array", "items": items}


STR: Schema = {"type": "string"}
INT: Schema = {"type": "integer"}
NUM: Schema = {"type": "number"}
BOOL: Schema = {"type": "boolean"}
OPT_STR: Schema = {"type": ["string", "null"]}
OPT_NUM: Schema = {"type": ["number", "null"]}
OFFSET: Schema = {"type": "integer", "minimum": 0}
URL: Schema = {"type": "string", "pattern": "^/"}
OPT_INT: Schema = {"type": ["integer", "null"]}
# where a span came from in the input (vitrina.provenance); null when the document has no map
SOURCE: Schema = {"oneOf": [{"type": "null"}, {
    "type": "object", "required": ["file", "page", "line", "column"],
    "properties": {"file": STR, "page": OPT_INT, "line": OPT_INT, "column": OPT_INT}}]}


def _entity_details() -> Schema:
    """An entity's ``details`` (how it was made: geocoding, merges, roles), in the shape the export gives
    them: the export schema's own definitions, so the two cannot drift apart."""
    export = json.loads((Path(__file__).parent.parent / "schemas" / "export.schema.json").read_text("utf-8"))
    described = export["$defs"]["entity"]["properties"]
    return {"type": "object", "properties": {k: described[k] for k in ("geocoding", "merges", "roles")}}


def _schemas() -> dict[str, Schema]:
    entity_ref = _obj({"id": STR, "name": STR, "url": URL})
    event = _obj({
        "id": STR, "label": STR, "document": STR, "edtf": STR, "lower": OPT_STR, "upper": OPT_STR,
        "url": URL, "participants": _array(_ref("EntityRef")), "places": _array(_ref("EntityRef")),
    }, {"document_title": OPT_STR, "date_text": OPT_STR, "qualifier": OPT_STR, "source": SOURCE})
    return {
        "Error": _obj({"ok": {"const": False}, "error": STR}),
        "EntityRef": entity_ref,
        "Event": event,
        "Home": _obj({
            "totals": _obj({"documents": INT, "people": INT, "places": INT, "events": INT}),
            "documents": _array(_obj({
                "id": STR, "title": STR, "source": STR, "format": STR, "ordinal": INT,
                "people": INT, "places": INT, "events": INT, "url": URL,
            })),
        }),
        "Document": _obj({
            "id": STR, "title": STR, "source": STR, "format": STR, "text": STR,
            "sections": _array(_obj({"id": STR, "label": OPT_STR, "title": STR, "start": OFFSET, "end": OFFSET,
                                     "level": {"type": "integer", "minimum": 1}, "parent": OPT_STR,
                                     "subsections": _array(STR)})),
            "blocks": _array(_obj({"id": STR, "section": OPT_STR, "kind": STR, "start": OFFSET, "end": OFFSET},
                                  {"position": OPT_STR, "credit": OPT_STR, "text": STR})),
            "dates": _array(_obj({"edtf": STR, "start": OFFSET, "end": OFFSET},
                                 {"text": STR, "lower": OPT_STR, "upper": OPT_STR,
                                  # a day the text marks Old Style: its written (Julian) value; edtf is Gregorian
                                  "julian": STR})),
            "mentions": _array(_obj({"entity": STR, "start": OFFSET, "end": OFFSET, "type": STR, "name": STR})),
            "quotes": _array(_obj({"id": STR, "start": OFFSET, "end": OFFSET, "kind": STR},
                                  {"speaker": OPT_STR, "date": OPT_STR, "speaker_name": OPT_STR,
                                   "speaker_words": OPT_STR})),
            "events": _array(_obj({"id": STR, "document": STR, "label": STR, "edtf": STR})),
            "highlight": {"oneOf": [{"type": "null"},
                                    _obj({"start": OFFSET, "end": OFFSET, "text": STR}, {"source": SOURCE})]},
        }, {"figures": _array(_obj({"id": OPT_STR}, {"caption": OPT_STR, "page": OPT_INT, "src": OPT_STR,
                                                    "alt": OPT_STR, "mime": OPT_STR})),
            # runs of sentences in another language than English, with their BCP 47 tag (``extract.foreign``)
            "languages": _array(_obj({"start": OFFSET, "end": OFFSET, "lang": STR})),
            # other files given to the build with the same bytes, kept once (``vitrina.copies``)
            "copies": _array(STR)}),
        "Entity": _obj({
            "id": STR, "type": STR, "name": STR, "aliases": _array(STR), "lat": OPT_NUM, "lon": OPT_NUM,
            "identifier": OPT_STR, "mention_count": INT,
            "page": {"type": "integer", "minimum": 1}, "pages": {"type": "integer", "minimum": 1},
            "quote_count": INT, "event_count": INT,
            "mentions": _array(_obj({"document": STR, "start": OFFSET, "end": OFFSET, "url": URL},
                                    {"document_title": STR, "left": STR, "match": STR, "right": STR,
                                     "source": SOURCE})),
            "quotes": _array(_obj({"id": STR, "document": STR, "start": OFFSET, "end": OFFSET, "url": URL},
                                  {"source": SOURCE})),
            "events": _array(_ref("Event")),
            "cooccurring": _array(_obj({"id": STR, "name": STR, "type": STR, "url": URL})),
        }, {"details": _entity_details()}),
        "EntityList": _obj({
            "type": OPT_STR, "total": INT, "page": {"type": "integer", "minimum": 1},
            "pages": {"type": "integer", "minimum": 1},
            "entities": _array(_obj({"id": STR, "type": STR, "name": STR, "url": URL},
                                    {"lat": OPT_NUM, "lon": OPT_NUM, "mentions": INT, "documents": INT})),
        }),
        "Timeline": _obj({
            "filters": _obj({"entity": OPT_STR, "document": OPT_STR},
                            {"decade": {"type": ["integer", "null"]}}),
            "count": INT, "events": _array(_ref("Event")),
        }, {"page": {"type": "integer", "minimum": 1}, "pages": {"type": "integer", "minimum": 1},
            "first": {"type": "integer", "minimum": 1},
            "decades": _array(_obj({"decade": INT, "count": INT}))}),
        "Map": _obj({
            "places": _array(_obj({"id": STR, "name": STR, "lat": NUM, "lon": NUM, "url": URL}, {
                "mentions": INT, "documents": INT,
                "quotes": _array(_obj({"before": STR, "match": STR, "after": STR, "url": URL},
                                      {"document_title": STR}))})),
            "unmapped": _array(_obj({"id": STR, "name": STR, "url": URL}, {"mentions": INT, "documents": INT})),
            "filters": _obj({"document": OPT_STR, "entity": OPT_STR}),
        }, {"document_title": OPT_STR, "entity_name": OPT_STR}),
        "Graph": _obj({
            "nodes": _array(_obj({"id": STR, "type": STR, "label": STR},
                                 {"url": URL, "degree": INT, "mentions": INT})),
            "edges": _array(_obj({"source": STR, "target": STR, "kind": STR}, {
                "weight": NUM,
                "evidence": _array(_obj({"text": STR, "url": URL}, {"document_title": STR}))})),
            "focus": OPT_STR, "limit": INT, "types": _array(STR),
        }, {"total_nodes": INT, "total_edges": INT, "edges_among": INT, "truncated": BOOL,
            "focus_name": OPT_STR}),
        "Search": _obj({
            "query": STR, "total": INT, "page": {"type": "integer", "minimum": 1},
            "pages": {"type": "integer", "minimum": 1}, "first": {"type": "integer", "minimum": 1},
            "hits": _array(_obj({"document": STR, "start": OFFSET, "end": OFFSET, "url": URL},
                                {"document_title": STR, "section": OPT_STR, "section_label": OPT_STR,
                                 "section_title": OPT_STR, "block": OPT_STR, "text": STR,
                                 "snippet": STR, "score": NUM, "source": SOURCE})),
            "filters": _obj({"document": OPT_STR, "entity": OPT_STR, "date": OPT_STR}),
        }, {"did_you_mean": STR, "results_for": STR}),
        "Comparisons": _obj({
            "filters": _obj({"document": OPT_STR, "entity": OPT_STR, "verdict": OPT_STR}),
            "counts": _obj({"differ": INT, "uncertain": INT, "consistent": INT, "agree": INT}),
            "comparisons": _array(_obj({
                "id": STR, "kind": STR, "subject": STR,
                "verdict": {"enum": ["differ", "uncertain", "consistent", "agree"]},
                "grouping": STR, "entities": _array(STR), "documents": _array(STR),
                "statements": _array(_obj({"document": STR, "title": STR, "start": OFFSET, "end": OFFSET,
                                           "text": STR, "url": URL},
                                          {"sentence": _obj({"start": OFFSET, "end": OFFSET, "text": STR}),
                                           "corrected": {"type": "boolean"}})),  # withdrawn by its document
                "reasons": _array(_obj({"a": INT, "b": INT, "relation": STR, "reason": STR})),
            }, {"entity_urls": _array(URL)})),
            "count": INT, "page": {"type": "integer", "minimum": 1}, "pages": {"type": "integer", "minimum": 1},
            "first": {"type": "integer", "minimum": 1},
            "unavailable": OPT_STR,  # why there are none: their stage failed in the build (a degraded build)
        }),
        "Answer": _obj({
            "question": STR, "answer": OPT_STR,
            "confidence": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
            "citations": _array(_obj({"document": STR, "start": OFFSET, "end": OFFSET, "text": STR, "url": URL},
                                     {"section": OPT_STR, "document_title": STR, "source": SOURCE})),
            "type": OPT_STR,
        }, {"premise": {**_obj({"kind": STR, "asked": STR, "stated": STR, "note": STR,  # null: no premise denied
                                "citation": _obj({"document": STR, "start": OFFSET, "end": OFFSET, "text": STR},
                                                 {"section": OPT_STR})}), "type": ["object", "null"]}}),
    }


def _query(name: str, description: str, schema: Schema | None = None) -> Schema:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema or {"type": "string", "maxLength": 500}}


def _path(name: str, description: str) -> Schema:
    return {"name": name, "in": "path", "required": True, "description": description,
            "schema": {"type": "string", "minLength": 1, "maxLength": 500}}


def _error(description: str) -> Schema:
    return {"description": description, "content": {"application/json": {"schema": _ref("Error")}}}


def _moved(what: str) -> Schema:
    """A former id's permanent redirect (``vitrina.formerids``): the Location header gives the twin at the id now."""
    return {"description": f"a former id of a {what} ({MOVED_BECAUSE[what]}): a permanent redirect to the same "
                           "twin at its id now, query kept",
            "headers": {"Location": {"description": "the twin at the id now", "schema": {"type": "string"}}}}


MOVED_BECAUSE = {"document": "its file was renamed", "entity": "renamed when a namesake left or joined"}


def _operation(op_id: str, summary: str, schema: str, params: list[Schema], not_found: bool = False,
               moved: str | None = None) -> Schema:
    responses: dict[str, Any] = {
        "200": {"description": summary, "content": {"application/json": {"schema": _ref(schema)}}},
        **({"301": _moved(moved)} if moved else {}),
        "400": _error("a parameter is malformed or too long"),
        "503": _error("the database is unavailable or the query took too long"),
    }
    if not_found:
        responses["404"] = _error("no such document, entity or page")
    return {"get": {"operationId": op_id, "summary": summary, "parameters": params, "responses": responses}}


PAGE = _query("page", "Page number (1-100000).", {"type": "string", "pattern": "^[0-9]+$", "maxLength": 6})


def _paths() -> dict[str, Schema]:
    entity_filter = _query("entity", "Only what involves this entity (its id, or its name or an alias).")
    document_filter = _query("document", "Only this document id.")
    return {
        "/index.json": _operation("home", "All documents in reading order with totals", "Home", []),
        "/documents/{doc_id}.json": _operation(
            "document", "One document: text, structure and facts as spans", "Document",
            [_path("doc_id", "Document id."),
             _query("hl", "A span to highlight, START-END.", {"type": "string", "maxLength": 20})],
            not_found=True, moved="document"),
        "/entities/{entity_id}.json": _operation(
            "entity", "One entity: mentions in context (200 a page), quotes and events (the first 200), "
            "co-occurring entities", "Entity", [_path("entity_id", "Entity id."), PAGE], not_found=True,
            moved="entity"),
        "/entities.json": _operation(
            "entities", "Entities, most mentioned first, 100 a page", "EntityList",
            [_query("type", "person, place, organization, group, vessel or other."), PAGE], not_found=True),
        "/people.json": _operation("people", "People, most mentioned first, 100 a page", "EntityList", [PAGE],
                                   not_found=True),
        "/timeline.json": _operation(
            "timeline", "Dated events in time order; over 300 events, 200 a page", "Timeline",
            [entity_filter, document_filter,
             _query("decade", "Only events whose earliest date falls in this decade (a year ending in 0).",
                    {"type": "string", "pattern": "^-?[0-9]*0$", "maxLength": 6}), PAGE], not_found=True),
        "/map.json": _operation(
            "map", "Places with coordinates (each with its first mentions) and places without",
            "Map", [document_filter, _query("entity", "Only places linked to this entity (id or name).")],
            not_found=True),
        "/graph.json": _operation(
            "graph", "People, places and events linked by co-occurrence", "Graph",
            [_query("entity", "Centre the graph on this entity (id or name)."),
             _query("type", "Node types to show (repeatable): person, place, organization, group, event.",
                    {"type": "string", "enum": ["person", "place", "organization", "group", "event"]}),
             _query("limit", "Most nodes to show (1-500).",
                    {"type": "string", "pattern": "^[0-9]+$", "maxLength": 6})],
            not_found=True),
        "/search.json": _operation(
            "search", "Full-text search with highlighted snippets", "Search",
            [_query("q", "Words or \"quoted phrases\"."), document_filter,
             _query("section", "Only this section (its id, label or title) and its sub-sections."),
             _query("subsections", "0: with section, only the section's own passages, not its sub-sections'.",
                    {"type": "string", "enum": ["1", "0", "yes", "no", "true", "false"]}),
             _query("entity", "Only passages mentioning this entity, by id or by name."),
             _query("date", "An EDTF date or range the passage's dates must overlap."),
             _query("page", "Page number (1-25): 20 passages a page, the best 500.",
                    {"type": "string", "pattern": "^[0-9]+$", "maxLength": 6})], not_found=True),
        "/compare.json": _operation(
            "compare", "Statements made in two or more documents: differ, uncertain, consistent, agree",
            "Comparisons",
            [document_filter, entity_filter,
             _query("verdict", "Only groups with this verdict: differ, uncertain, consistent or agree."), PAGE],
            not_found=True),
        "/ask.json": _operation("ask", "An answer from the sources, with citations, or none", "Answer",
                                [_query("q", "A question in plain English.")]),
    }


def openapi_schema() -> dict[str, Any]:
    """The OpenAPI 3.1 document describing every ``.json`` route of the web app."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "vitrina exhibit API",
            "version": __version__,
            "description": "Read-only JSON twins of the exhibit pages. Every offset is a character "
                           "offset into the document's text.",
        },
        "paths": _paths(),
        "components": {"schemas": _schemas()},
    }


@functools.lru_cache(maxsize=64)
def query_parameters(twin: str) -> frozenset[str] | None:
    """The query parameters the ``.json`` route ``twin`` (``/search.json``) takes, or None when it is not
    described: the one list the app checks a request against (an unknown parameter is a 400)."""
    operation = _paths().get(twin)
    if operation is None:
        return None
    return frozenset(p["name"] for p in operation["get"]["parameters"] if p["in"] == "query")


def openapi_endpoint(request: Any) -> Any:
    """Starlette endpoint serving :func:`openapi_schema` (route: ``/openapi.json``)."""
    from starlette.responses import JSONResponse

    return JSONResponse(openapi_schema())
