"""Page handlers: each returns a :class:`Page` (template + JSON-able data).

The same handler serves the HTML page and its ``.json`` twin, so the two
always agree. Handlers only read; they get an open read-only connection.
"""

from __future__ import annotations

import html
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from markupsafe import Markup
from starlette.requests import Request

from vitrina.errors import UsageError
from vitrina.web import queries
from vitrina.web.graph import build_graph
from vitrina.web.layouts import circular_layout, map_layout, timeline_layout
from vitrina.web.render import (
    document_url,
    edtf_qualifier,
    entity_url,
    kwic,
    parse_highlight,
    reading_order,
)

MAX_MENTIONS = 200
ENTITIES_PER_PAGE = 100
SEARCH_LIMIT = 20


class HTTPProblem(Exception):
    """An error shown to the visitor as a page (or JSON ``{"ok": false}``)."""

    status = 400

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class NotFound(HTTPProblem):
    status = 404


@dataclass
class Page:
    template: str
    data: dict[str, Any]  # the JSON twin, also given to the template
    title: str = ""
    context: dict[str, Any] = field(default_factory=dict)  # template-only extras


# ---------------------------------------------------------------- helpers


def _param(request: Request, name: str) -> str | None:
    value = request.query_params.get(name, "").strip()
    return value or None


def _page_number(request: Request) -> int:
    raw = _param(request, "page") or "1"
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= 100000:
        raise HTTPProblem("page must be a positive number")
    return int(raw)


def _source_name(source: str) -> str:
    return PurePath(source.replace("\\", "/")).name or source


# ---------------------------------------------------------------- home


def home(request: Request, conn: sqlite3.Connection) -> Page:
    documents = queries.documents_overview(conn)
    groups: list[dict[str, Any]] = []
    for doc in documents:
        doc["source"] = _source_name(doc["source"])
        doc["url"] = document_url(doc["id"])
        if not groups or groups[-1]["source"] != doc["source"]:
            groups.append({"source": doc["source"], "documents": []})
        groups[-1]["documents"].append(doc)
    totals = dict(conn.execute(
        "SELECT (SELECT COUNT(*) FROM documents) AS documents,"
        " (SELECT COUNT(*) FROM entities WHERE type = 'person') AS people,"
        " (SELECT COUNT(*) FROM entities WHERE type = 'place') AS places,"
        " (SELECT COUNT(*) FROM events) AS events"
    ).fetchone())
    return Page("home.html", {"totals": totals, "documents": documents}, "Exhibit",
                {"groups": groups})


# ---------------------------------------------------------------- document


def document(request: Request, conn: sqlite3.Connection) -> Page:
    doc_id = request.path_params["doc_id"]
    row = queries.document_row(conn, doc_id)
    if row is None:
        raise NotFound(f"no document {doc_id!r}")
    data = queries.document_data(conn, row)
    hl = parse_highlight(_param(request, "hl"), len(data["text"]))
    data["source"] = _source_name(data["source"])
    data["highlight"] = (
        {"start": hl[0], "end": hl[1], "text": data["text"][hl[0] : hl[1]]} if hl else None
    )
    names = queries.entity_names(conn, {i for e in data["events"] for i in e["participants"] + e["places"]})
    context = {"reading": reading_order(data, hl), "names": names,
               "people": _mentioned(data, "person"), "places": _mentioned(data, "place")}
    return Page("document.html", data, data["title"], context)


def _mentioned(data: dict[str, Any], entity_type: str) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for m in data["mentions"]:
        if m["type"] == entity_type and m["entity"] not in seen:
            seen[m["entity"]] = {"id": m["entity"], "name": m["name"], "url": entity_url(m["entity"])}
    return sorted(seen.values(), key=lambda e: e["name"].lower())


# ---------------------------------------------------------------- entities


def entity(request: Request, conn: sqlite3.Connection) -> Page:
    entity_id = request.path_params["entity_id"]
    info = queries.entity_row(conn, entity_id)
    if info is None:
        raise NotFound(f"no entity {entity_id!r}")
    total, rows = queries.entity_mentions(conn, entity_id, MAX_MENTIONS)
    mentions = [
        {"document": r["document"], "document_title": r["title"], "start": r["start"], "end": r["end"],
         "url": document_url(r["document"], (r["start"], r["end"])), **kwic(r["text"], r["start"], r["end"])}
        for r in rows
    ]
    quotes = queries.quotes_by(conn, entity_id)
    for q in quotes:
        q["url"] = document_url(q["document"], (q["start"], q["end"]))
    events = _with_links(conn, queries.events(conn, entity=entity_id))
    related = queries.cooccurring(conn, entity_id)
    for r in related:
        r["url"] = entity_url(r["id"])
    data = {**info, "mention_count": total, "mentions": mentions, "quotes": quotes,
            "events": events, "cooccurring": related}
    context: dict[str, Any] = {"map": None}
    if info["lat"] is not None and info["lon"] is not None:
        context["map"] = map_layout([{**info, "url": entity_url(entity_id), "mentions": total}], 40.0)
    return Page("entity.html", data, info["name"], context)


def _entity_list(request: Request, conn: sqlite3.Connection, entity_type: str | None) -> Page:
    if entity_type and entity_type not in queries.ENTITY_TYPES:
        raise HTTPProblem(f"unknown type {entity_type!r}; use one of {', '.join(queries.ENTITY_TYPES)}")
    number = _page_number(request)
    total, rows = queries.entities_list(conn, entity_type, ENTITIES_PER_PAGE, (number - 1) * ENTITIES_PER_PAGE)
    for row in rows:
        row["url"] = entity_url(row["id"])
    pages = max(1, -(-total // ENTITIES_PER_PAGE))
    data = {"type": entity_type, "total": total, "page": number, "pages": pages, "entities": rows}
    title = "People" if entity_type == "person" else "Entities"
    return Page("entities.html", data, title, {"types": queries.ENTITY_TYPES})


def entities(request: Request, conn: sqlite3.Connection) -> Page:
    return _entity_list(request, conn, _param(request, "type"))


def people(request: Request, conn: sqlite3.Connection) -> Page:
    return _entity_list(request, conn, "person")


# ---------------------------------------------------------------- timeline


def _with_links(conn: sqlite3.Connection, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events with entity names, links to their evidence and an EDTF qualifier."""
    names = queries.entity_names(conn, {i for e in events for i in e["participants"] + e["places"]})
    out = []
    for e in events:
        evidence = e["evidence"][0] if e["evidence"] else (e["date_start"], e["date_end"])
        out.append({
            "id": e["id"], "label": e["label"], "document": e["document"],
            "document_title": e.get("document_title"), "edtf": e["edtf"], "date_text": e.get("date_text"),
            "lower": e["lower"], "upper": e["upper"], "qualifier": edtf_qualifier(e["edtf"]),
            "url": document_url(e["document"], tuple(evidence)),
            "participants": [_ref(names, i) for i in e["participants"]],
            "places": [_ref(names, i) for i in e["places"]],
        })
    return out


def _ref(names: dict[str, dict[str, Any]], entity_id: str) -> dict[str, Any]:
    return {"id": entity_id, "name": names.get(entity_id, {}).get("name", entity_id), "url": entity_url(entity_id)}


def timeline(request: Request, conn: sqlite3.Connection) -> Page:
    entity_id, doc_id = _param(request, "entity"), _param(request, "document")
    events = _with_links(conn, queries.events(conn, entity=entity_id, document=doc_id))
    layout = timeline_layout(events)
    for mark in layout["marks"]:
        mark["qualifier"] = events[mark["index"]]["qualifier"]
    data = {"filters": {"entity": entity_id, "document": doc_id}, "count": len(events), "events": events}
    context = {"layout": layout, "entity_options": queries.event_entities(conn),
               "document_options": queries.event_documents(conn)}
    return Page("timeline.html", data, "Timeline", context)


# ---------------------------------------------------------------- map and graph


def map_page(request: Request, conn: sqlite3.Connection) -> Page:
    places = queries.places_with_coordinates(conn)
    for place in places:
        place["url"] = entity_url(place["id"])
    return Page("map.html", {"places": places}, "Map", {"map": map_layout(places)})


def graph_page(request: Request, conn: sqlite3.Connection) -> Page:
    focus = _param(request, "entity")
    raw_limit = _param(request, "limit") or "60"
    if not (raw_limit.isascii() and raw_limit.isdigit()) or not 1 <= int(raw_limit) <= 500:
        raise HTTPProblem("limit must be between 1 and 500")
    if focus and queries.entity_row(conn, focus) is None:
        raise NotFound(f"no entity {focus!r}")
    graph = build_graph(conn, focus, int(raw_limit))
    placed = circular_layout(graph["nodes"])
    where = {n["id"]: n for n in placed}
    lines = [_line(e, where[e["source"]], where[e["target"]]) for e in graph["edges"]]
    data = {**graph, "focus": focus, "limit": int(raw_limit)}
    return Page("graph.html", data, "Graph", {"placed": placed, "lines": lines, "labels": where})


def _line(edge: dict[str, Any], a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """An edge as a curve through the centre, with what the table needs."""
    relation = {"co-mention": f"same sentence ×{edge['weight']}", "place": "place of"}.get(
        edge["kind"], "takes part in")
    return {"kind": edge["kind"], "source": edge["source"], "target": edge["target"],
            "d": f"M{a['x']} {a['y']} Q500 500 {b['x']} {b['y']}",
            "width": round(min(0.6 + edge["weight"] * 0.4, 4), 1), "relation": relation,
            "a_url": a["url"], "a_label": a["label"], "b_url": b["url"], "b_label": b["label"]}


# ---------------------------------------------------------------- search and ask


_MARK_SPLIT = re.compile(r"(</?mark>)")


def safe_snippet(snippet: str) -> Markup:
    """Re-escape a pre-escaped snippet, keeping only balanced ``<mark>`` tags."""
    out, depth = [], 0
    for piece in _MARK_SPLIT.split(snippet):
        if piece == "<mark>" and depth == 0:
            out.append(piece)
            depth = 1
        elif piece == "</mark>" and depth == 1:
            out.append(piece)
            depth = 0
        elif piece not in ("<mark>", "</mark>"):
            out.append(html.escape(html.unescape(piece)))
    if depth:
        out.append("</mark>")
    return Markup("".join(out))


def search_page(request: Request, conn: sqlite3.Connection) -> Page:
    q = _param(request, "q") or ""
    filters = {name: _param(request, name) for name in ("document", "entity", "date")}
    context = {"documents": queries.document_titles(conn), "unavailable": False}
    result: dict[str, Any] = {"query": q, "total": 0, "hits": []}
    if q or any(filters.values()):
        try:
            from vitrina.search import search
        except ImportError:
            raise HTTPProblem("search is not available", 503) from None
        try:
            result = search(conn, q, limit=SEARCH_LIMIT, **filters)
        except UsageError as exc:
            raise HTTPProblem(str(exc)) from None
    for hit in result["hits"]:
        hit["url"] = document_url(hit["document"], (hit["start"], hit["end"]))
    context["snippets"] = [safe_snippet(hit.get("snippet", "")) for hit in result["hits"]]
    return Page("search.html", {**result, "filters": filters}, f"Search: {q}" if q else "Search", context)


def ask_page(request: Request, conn: sqlite3.Connection) -> Page:
    q = _param(request, "q") or ""
    result: dict[str, Any] = {"question": q, "answer": None, "confidence": None, "citations": [], "type": None}
    if q:
        try:
            from vitrina.ask import ask
        except ImportError:
            raise HTTPProblem("question answering is not available", 503) from None
        result = ask(conn, q)
    titles = {d["id"]: d["title"] for d in queries.document_titles(conn)}
    for citation in result.get("citations", []):
        citation["url"] = document_url(citation["document"], (citation["start"], citation["end"]))
        citation["document_title"] = titles.get(citation["document"], citation["document"])
    return Page("ask.html", result, f"Ask: {q}" if q else "Ask")
