"""Page handlers: each returns a :class:`Page` (template + JSON-able data).

The same handler serves the HTML page and its ``.json`` twin, so the two
always agree. Handlers only read; they get an open read-only connection.
"""

from __future__ import annotations

import html
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

from markupsafe import Markup
from starlette.requests import Request

from vitrina.compare import summary_of
from vitrina.edtf_bounds import day_number as _day_number
from vitrina.edtf_bounds import iso_day as _iso_day
from vitrina.errors import UsageError
from vitrina.export.json_kb import _document as kb_document  # the published document shape
from vitrina.formerids import read_former_entity_ids, read_former_ids
from vitrina.ingest.member import cited_name
from vitrina.provenance import Provenance, cited_passages
from vitrina.store.pages import ENTITY_TYPES
from vitrina.store.read import KnowledgeBase
from vitrina.web.graph import (
    DEFAULT_LIMIT,
    DEFAULT_TYPES,
    NODE_TYPES,
    entity_node,
    full_graph,
    trim,
    with_evidence,
)
from vitrina.web.layouts import map_layout
from vitrina.web.render import (
    KWIC_WIDTH,
    document_url,
    edtf_qualifier,
    entity_url,
    kwic,
    parse_highlight,
    reading_order,
)

MAX_MENTIONS = 200  # an entity's mentions on one page (``?page=`` for the rest)
# an entity's quotations and events shown on its page at most (the rest: the timeline, filtered to it)
ENTITY_LIST_CAP = 200
CACHE_WAIT_SECONDS = 0.05  # waiting longer than this for cached data restarts the query clock
ENTITIES_PER_PAGE = 100
SEARCH_LIMIT = 20  # hits on one page of search
SEARCH_PAGES = 25  # pages of search offered: the best 500 hits, as many as the CLI's ``search --limit`` shows
T = TypeVar("T")


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


class Moved(HTTPProblem):
    """What was asked for is now at ``location`` (a permanent redirect)."""

    status = 301

    def __init__(self, location: str):
        super().__init__(f"moved to {location}")
        self.location = location


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
    return cited_name(source)


# ---------------------------------------------------------------- home


def document_data(kb: KnowledgeBase, row: dict[str, Any]) -> dict[str, Any]:
    """The published document shape plus its mentions, quotes and events."""
    doc_id = row["id"]
    data = kb_document(kb, row)
    data["mentions"] = kb.document_mentions(doc_id)
    data["quotes"] = kb.document_quotes(doc_id)
    data["events"] = kb.document_events(doc_id)
    # runs of sentences in another language (``extract.foreign``), for ``lang`` on the blocks they fill
    data["languages"] = [span for span in kb.analysis_field(doc_id, "languages") or [] if isinstance(span, dict)]
    for shown, bounds in zip(data["dates"], kb.date_rows(doc_id), strict=True):
        shown["lower"], shown["upper"] = bounds["lower"], bounds["upper"]
    return data


def document_figures(kb: KnowledgeBase, doc_id: str) -> list[dict[str, Any]]:
    """The figures the reader kept for a document (from its stored analysis), in order:
    ``id, caption`` (block id), ``page, src, alt, mime, data`` (base64 or None)."""
    figures = kb.analysis_field(doc_id, "figures") or []
    return [f for f in figures if isinstance(f, dict)]


def _document_titles(kb: KnowledgeBase) -> list[dict[str, Any]]:
    return kb.document_titles()


def cached(request: Request, conn: KnowledgeBase, name: str,
           compute: Callable[[KnowledgeBase], T]) -> T:
    """``compute(connection)`` once per database version (see :mod:`vitrina.web.cache`),
    on a connection of its own with the longer cache time limit."""
    state = request.app.state
    identity = getattr(request.state, "db_identity", None)
    if identity is None or not hasattr(state, "cache"):
        return compute(conn)

    started = time.monotonic()

    def fresh() -> T:
        with state.open_for_cache() as own:
            return compute(own)

    value = state.cache.get(identity, name, fresh)
    if time.monotonic() - started > CACHE_WAIT_SECONDS and hasattr(state, "restart_deadline"):
        state.restart_deadline(conn)  # the wait is not this request's query time
    return value


def warm(cache: Any, identity: Any, connect: Callable[[], Any]) -> None:
    """Compute every cached dataset of a database version (run in a background thread
    when a new version is first seen, so the first visitors find them ready)."""
    for name, compute in CACHED_DATA.items():
        def fresh(compute: Callable[[KnowledgeBase], Any] = compute) -> Any:
            with connect() as conn:
                return compute(conn)

        cache.get(identity, name, fresh)


def home(request: Request, conn: KnowledgeBase) -> Page:
    data, groups = cached(request, conn, "home", _home_data)
    return Page("home.html", data, "Exhibit", {"groups": groups})


def _home_data(conn: KnowledgeBase) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    documents = conn.documents_overview()
    for doc in documents:
        doc["source"] = _source_name(doc["source"])
        doc["url"] = document_url(doc["id"])
    return {"totals": conn.totals(), "documents": documents}, collections(documents)


def collections(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Documents grouped by source file; single documents (exhibits) before collections."""
    by_source: dict[str, dict[str, Any]] = {}
    for doc in documents:
        by_source.setdefault(doc["source"], {"source": doc["source"], "documents": []})["documents"].append(doc)
    groups = list(by_source.values())
    for group in groups:
        group["collection"] = len(group["documents"]) > 1
        group["events"] = sum(d["events"] for d in group["documents"])
        # a collection is named by its first document (a TEI file's front matter, a book's
        # first chapter); the file name is shown beside it, small
        group["title"] = group["documents"][0].get("title") or group["source"]
    return sorted(groups, key=lambda g: (g["collection"], g["documents"][0]["ordinal"]))


# ---------------------------------------------------------------- document


def document(request: Request, conn: KnowledgeBase) -> Page:
    doc_id = request.path_params["doc_id"]
    row = conn.document_row(doc_id)
    if row is None:
        now = read_former_ids(conn).get(doc_id)
        if now is not None:  # a renamed file's document: its old links still lead to it
            twin = ".json" if request.url.path.endswith(".json") else ""
            query = f"?{request.url.query}" if request.url.query else ""
            raise Moved(f"/documents/{quote(now, safe='')}{twin}{query}")
        raise NotFound(f"no document {doc_id!r}")
    data = document_data(conn, row)
    hl = parse_highlight(_param(request, "hl"), len(data["text"]))
    data["source"] = _source_name(data["source"])
    if data.get("copies"):
        data["copies"] = [_source_name(copy) for copy in data["copies"]]
    data["highlight"] = (
        {"start": hl[0], "end": hl[1], "text": data["text"][hl[0] : hl[1]],
         "source": Provenance(conn).locate(doc_id, hl[0], hl[1])} if hl else None
    )
    names = conn.entity_names({i for e in data["events"] for i in e["participants"] + e["places"]})
    figures = [figure_view(f) for f in document_figures(conn, doc_id)]
    data["figures"] = [{k: v for k, v in f.items() if k != "image"} for f in figures]
    context = {"reading": reading_order(data, hl, figures), "names": names,
               "people": _mentioned(data, "person"), "places": _mentioned(data, "place"),
               "flat_sections": len(data["sections"]) > 1 and built_before_levels(conn)}
    return Page("document.html", data, data["title"], context)


def built_before_levels(conn: KnowledgeBase) -> bool:
    """Whether the exhibit was written before sections had levels (schema 2 or 3): its sections are all top
    ones until its files are read again, which its pages say rather than show a nesting that is not there."""
    from vitrina.store.schema import NESTED_SECTIONS

    return conn.schema_version() < NESTED_SECTIONS


# Image types shown inline (as data: URLs, allowed by the CSP's img-src); SVG in <img>
# runs no script.
INLINE_IMAGES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml"})


def figure_view(figure: dict[str, Any]) -> dict[str, Any]:
    """A stored figure as the page shows it: its facts, and an ``image`` data: URL when
    the reader kept the picture in a type browsers show."""
    mime = figure.get("mime")
    image = (f"data:{mime};base64,{figure['data']}" if figure.get("data") and mime in INLINE_IMAGES
             else None)
    return {"id": figure.get("id"), "caption": figure.get("caption"), "page": figure.get("page"),
            "src": figure.get("src"), "alt": figure.get("alt"), "mime": mime, "image": image}


def _mentioned(data: dict[str, Any], entity_type: str) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for m in data["mentions"]:
        if m["type"] == entity_type and m["entity"] not in seen:
            seen[m["entity"]] = {"id": m["entity"], "name": m["name"], "url": entity_url(m["entity"])}
    return sorted(seen.values(), key=lambda e: e["name"].lower())


# ---------------------------------------------------------------- entities


def entity(request: Request, conn: KnowledgeBase) -> Page:
    entity_id = request.path_params["entity_id"]
    info = conn.entity_row(entity_id)
    if info is None:
        now = read_former_entity_ids(conn).get(entity_id)
        if now is not None:  # renamed by a later build (another entity of its name gone): old links lead on
            twin = ".json" if request.url.path.endswith(".json") else ""
            query = f"?{request.url.query}" if request.url.query else ""
            raise Moved(f"/entities/{quote(now, safe='')}{twin}{query}")
        raise NotFound(f"no entity {entity_id!r}")
    number = _page_number(request)
    total, rows = conn.entity_mentions(entity_id, MAX_MENTIONS, (number - 1) * MAX_MENTIONS, KWIC_WIDTH)
    pages = max(1, -(-total // MAX_MENTIONS))
    if number > pages:
        raise NotFound(f"no page {number} of the mentions of {entity_id!r} (it has {pages})")
    where = Provenance(conn)
    mentions = [_mention(r, where) for r in rows]
    quote_count, quotes = conn.quotes_by(entity_id, ENTITY_LIST_CAP)
    for q in quotes:
        q["url"] = document_url(q["document"], (q["start"], q["end"]))
        q["source"] = where.locate(q["document"], q["start"], q["end"])
    # from the cached timeline (every event with its links), not a scan of the events table
    events = cached(request, conn, "timeline", _timeline_base)["by_entity"].get(entity_id, [])
    related = conn.cooccurring(entity_id)
    for r in related:
        r["url"] = entity_url(r["id"])
    data = {**info, "mention_count": total, "page": number, "pages": pages, "mentions": mentions,
            "quote_count": quote_count, "quotes": quotes, "event_count": len(events),
            "events": events[:ENTITY_LIST_CAP], "cooccurring": related,
            "compared": summary_of(cached(request, conn, "comparisons", _comparisons)["comparisons"], entity_id)}
    context: dict[str, Any] = {"map": None}
    if info["lat"] is not None and info["lon"] is not None:
        context["map"] = map_layout([{**info, "url": entity_url(entity_id), "mentions": total}], 40.0)
    context["per_page"] = MAX_MENTIONS
    context["roles"] = _roles_shown((info.get("details") or {}).get("roles", []), where,
                                    cached(request, conn, "document_titles", _document_titles))
    return Page("entity.html", data, info["name"], context)


def _roles_shown(roles: list[dict[str, Any]], where: Provenance,
                 documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An entity's roles as its page lists them: each with its document, and its span's source, or, for a role
    the input states outside its text (a TEI header's), the element citing it."""
    titles = {d["id"]: d.get("title") or d["id"] for d in documents}
    out = []
    for r in roles:
        span = (r["start"], r["end"]) if "start" in r else None
        out.append({"role": r["role"], "title": titles.get(r["document"], r["document"]),
                    "url": document_url(r["document"], span),
                    "source": where.locate(r["document"], *span) if span else None,
                    "cited": (r.get("header") or {}).get("cited")})
    return out


def _mention(row: dict[str, Any], where: Provenance) -> dict[str, Any]:
    """One mention as the entity page shows it: its words in context (from the row's text window)."""
    offset = row["window_start"]
    return {"document": row["document"], "document_title": row["title"], "start": row["start"],
            "end": row["end"], "url": document_url(row["document"], (row["start"], row["end"])),
            **kwic(row["window"], row["start"] - offset, row["end"] - offset, KWIC_WIDTH),
            "source": where.locate(row["document"], row["start"], row["end"])}


def _entity_list(request: Request, conn: KnowledgeBase, entity_type: str | None) -> Page:
    if entity_type and entity_type not in ENTITY_TYPES:
        raise HTTPProblem(f"unknown type {entity_type!r}; use one of {', '.join(ENTITY_TYPES)}")
    number = _page_number(request)
    total, rows = conn.entities_list(entity_type, ENTITIES_PER_PAGE, (number - 1) * ENTITIES_PER_PAGE)
    for row in rows:
        row["url"] = entity_url(row["id"])
    pages = max(1, -(-total // ENTITIES_PER_PAGE))
    if number > pages:
        raise NotFound(f"no page {number}; there are {pages}")
    data = {"type": entity_type, "total": total, "page": number, "pages": pages, "entities": rows}
    title = "People" if entity_type == "person" else "Entities"
    return Page("entities.html", data, title, {"types": ENTITY_TYPES})


def entities(request: Request, conn: KnowledgeBase) -> Page:
    return _entity_list(request, conn, _param(request, "type"))


def people(request: Request, conn: KnowledgeBase) -> Page:
    return _entity_list(request, conn, "person")


# ---------------------------------------------------------------- timeline


def _with_links(conn: KnowledgeBase, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events with entity names, links to their evidence and an EDTF qualifier."""
    names = conn.entity_names({i for e in events for i in e["participants"] + e["places"]})
    where = Provenance(conn)
    out = []
    for e in events:
        evidence = e["evidence"][0] if e["evidence"] else (e["date_start"], e["date_end"])
        out.append({
            "id": e["id"], "label": e["label"], "document": e["document"],
            "document_title": e.get("document_title"), "edtf": e["edtf"], "date_text": e.get("date_text"),
            "lower": e["lower"], "upper": e["upper"], "qualifier": edtf_qualifier(e["edtf"]),
            "url": document_url(e["document"], tuple(evidence)),
            "source": where.locate(e["document"], evidence[0], evidence[1]),
            "participants": [_ref(names, i) for i in e["participants"]],
            "places": [_ref(names, i) for i in e["places"]],
        })
    return out


def _ref(names: dict[str, dict[str, Any]], entity_id: str) -> dict[str, Any]:
    return {"id": entity_id, "name": names.get(entity_id, {}).get("name", entity_id), "url": entity_url(entity_id)}


def timeline(request: Request, conn: KnowledgeBase) -> Page:
    entity_id, doc_id = entity_filter(conn, request), document_filter(conn, request)
    decade = _decade_param(request)
    base = cached(request, conn, "timeline", _timeline_base)
    rows = [row for row in base["rows"] if _event_matches(row, entity_id, doc_id)]
    decades = decade_counts([row[1] for row in rows])
    chosen = [row[0] for row in rows if decade is None or row[1] == decade]
    number = _page_number(request)
    size = len(chosen) if len(chosen) <= TIMELINE_FULL else TIMELINE_PAGE
    pages = max(1, -(-len(chosen) // max(size, 1)))
    if number > pages:
        raise NotFound(f"no page {number}; there are {pages}")
    first = (number - 1) * size
    events = chosen[first : first + size]
    documents = cached(request, conn, "document_titles", _document_titles)
    drawn = timeline_items(events, documents)
    filters = {"entity": entity_id, "document": doc_id, "decade": decade}
    query = urlencode({k: v for k, v in filters.items() if v is not None})
    data = {"filters": filters, "count": len(chosen), "page": number, "pages": pages, "first": first + 1,
            "decades": decades, "events": events}
    context = {"drawn": drawn, "entity_options": _entity_options(base["entity_options"], entity_id),
               "document_options": base["document_options"], "pager_base": f"/timeline?{query}&" if query
               else "/timeline?", "decade_base": _decade_base(entity_id, doc_id),
               "histogram": decade_histogram(decades, decade)}
    return Page("timeline.html", data, "Timeline", context)


TIMELINE_GROUPS = 12  # up to this many documents on a page: one timeline row each; beyond, one per source file


BAR_MIN_DAYS = 400  # a date spanning more days is drawn as a bar; a day, month, season or year as a labelled box


def timeline_items(events: list[dict[str, Any]], documents: list[dict[str, Any]]) -> dict[str, Any]:
    """Items and groups for the drawn timeline (vis-timeline), each labelled with its event:
    a box at the middle of a date up to a year long (its whole label readable at any zoom),
    a bar from ``lower`` to ``upper`` for a longer one; approximate and uncertain dates are
    marked by ``qualifier`` (drawn fuzzy or hatched)."""
    info = {d["id"]: d for d in documents}
    by_document = len({e["document"] for e in events}) <= TIMELINE_GROUPS
    groups: dict[str, str] = {}
    items = []
    for index, event in enumerate(events):
        lower, upper = event.get("lower"), event.get("upper")
        span = _days(lower, upper)
        if span is None:
            continue  # undated: listed only
        doc = info.get(event["document"], {"title": event["document"], "source": event["document"]})
        group = event["document"] if by_document else doc["source"]
        groups.setdefault(group, doc["title"] if by_document else _source_name(doc["source"]))
        item = {"id": index, "label": event["label"], "group": group, "url": event["url"],
                "qualifier": event["qualifier"], "target": f"ev-{index}", "lower": lower, "upper": upper}
        if span > BAR_MIN_DAYS:
            item.update(start=lower, end=upper)
        else:
            item["start"] = _iso_day(_day_number(str(lower)) + span // 2)
        items.append(item)
    return {"items": items, "groups": [{"id": k, "label": v} for k, v in groups.items()],
            "by_document": by_document}


def _days(lower: str | None, upper: str | None) -> int | None:
    """Days from ``lower`` to ``upper`` (ISO days, years before the common era signed as EDTF
    writes them: "-0044-03-15"), else None."""
    try:
        return _day_number(upper or "") - _day_number(lower or "")
    except ValueError:
        return None


TIMELINE_FULL = 300  # up to this many events: one page with the drawn timeline
TIMELINE_PAGE = 200  # beyond: a decade histogram and pages of this many
ENTITY_OPTIONS = 200  # the filter offers the entities in most events


def _decade_param(request: Request) -> int | None:
    raw = _param(request, "decade")
    if raw is None:
        return None
    if not re.fullmatch(r"-?\d{1,5}", raw) or int(raw) % 10:
        raise HTTPProblem("decade must be a year ending in 0, such as 1940")
    return int(raw)


def _timeline_base(conn: KnowledgeBase) -> dict[str, Any]:
    """Every event with links, and the filter options: computed once per database version."""
    events = _with_links(conn, conn.events_listed())
    counts: dict[str, int] = {}
    for e in events:
        for ref in {r["id"] for r in e["participants"] + e["places"]}:
            counts[ref] = counts.get(ref, 0) + 1
    options = conn.event_entities()
    for option in options:
        option["events"] = counts.get(option["id"], 0)
    rows = [(e, _decade_of(e), frozenset(r["id"] for r in e["participants"] + e["places"])) for e in events]
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for event, _, linked in rows:
        for entity_id in sorted(linked):
            by_entity.setdefault(entity_id, []).append(event)
    return {"rows": rows, "entity_options": options, "document_options": conn.event_documents(),
            "by_entity": by_entity}


EventRow = tuple[dict[str, Any], int | None, frozenset[str]]  # event, decade, linked entity ids


def _event_matches(row: EventRow, entity_id: str | None, doc_id: str | None) -> bool:
    return (not doc_id or row[0]["document"] == doc_id) and (not entity_id or entity_id in row[2])


def _decade_of(event: dict[str, Any]) -> int | None:
    match = re.match(r"(-?\d+)-", event.get("lower") or "")
    return int(match[1]) // 10 * 10 if match else None


def decade_counts(decades: list[int | None]) -> list[dict[str, int]]:
    """[{decade, count}] for every decade from the first event to the last (empty ones too)."""
    counts: dict[int, int] = {}
    for decade in decades:
        if decade is not None:
            counts[decade] = counts.get(decade, 0) + 1
    if not counts:
        return []
    span = range(min(counts), max(counts) + 10, 10)
    if len(span) > 400:  # far-apart dates: only the decades that have events
        return [{"decade": d, "count": counts[d]} for d in sorted(counts)]
    return [{"decade": d, "count": counts.get(d, 0)} for d in span]


def decade_histogram(decades: list[dict[str, int]], current: int | None) -> dict[str, Any] | None:
    """Bars of the decade counts for an SVG 1000 wide, 120 high (None when fewer than two decades)."""
    if len(decades) < 2:
        return None
    top = max(d["count"] for d in decades) or 1
    step = 1000 / len(decades)
    label_every = max(1, round(len(decades) / 12))
    bars = []
    for i, d in enumerate(decades):
        height = round(100 * d["count"] / top, 1) if d["count"] else 0
        bars.append({**d, "x": round(i * step + step * 0.1, 1), "width": round(step * 0.8, 1),
                     "y": round(104 - height, 1), "height": height, "current": d["decade"] == current,
                     "label": f"{d['decade']}s" if i % label_every == 0 else None,
                     "lx": round(min(max(i * step + step / 2, 18), 982), 1)})  # labels stay inside
    return {"bars": bars, "width": 1000, "height": 122}


def _decade_base(entity_id: str | None, doc_id: str | None) -> str:
    query = urlencode({k: v for k, v in (("entity", entity_id), ("document", doc_id)) if v})
    return f"/timeline?{query}&decade=" if query else "/timeline?decade="


def _entity_options(options: list[dict[str, Any]], selected: str | None) -> list[dict[str, Any]]:
    """The entities in most events (and the selected one), by name."""
    top = sorted(options, key=lambda o: (-o["events"], o["name"]))[:ENTITY_OPTIONS]
    if selected and all(o["id"] != selected for o in top):
        top += [o for o in options if o["id"] == selected]
    return sorted(top, key=lambda o: o["name"].lower())


# ---------------------------------------------------------------- map and graph


MAP_SNIPPETS = 3  # mentions quoted in a place's popup on the map
SNIPPET_WIDTH = 60  # characters of context either side of a quoted mention
PICKER_SIZE = 400  # names offered by an entity picker: the most mentioned


def map_page(request: Request, conn: KnowledgeBase) -> Page:
    doc_id = _param(request, "document")
    doc_title = _document_title(conn, doc_id)
    focus = resolve_entity(conn, _param(request, "entity"))
    if doc_id is None and focus is None:
        places = cached(request, conn, "map", _map_places)
    else:
        near = _places_near(cached(request, conn, "graph", full_graph), focus) if focus else None
        places = _map_places(conn, doc_id, near)
    data = {"filters": {"document": doc_id, "entity": focus["id"] if focus else None},
            "document_title": doc_title, "entity_name": focus["name"] if focus else None, **places}
    title = "Map" + (f": {doc_title}" if doc_title else "") + (f": {focus['name']}" if focus else "")
    context = {"documents": cached(request, conn, "document_titles", _document_titles),
               "picker": cached(request, conn, "picker", _picker_names)}
    return Page("map.html", data, title, context)


def _places_near(graph: dict[str, Any], entity: dict[str, Any]) -> set[str]:
    """Places linked to an entity in the graph: itself if a place, places named in a
    sentence with it, places of its events."""
    nodes, edges, incident = graph["nodes"], graph["edges"], graph["incident"]
    found = {entity["id"]} if entity["type"] == "place" else set()
    for index in incident.get(entity["id"], []):
        edge = edges[index]
        other = edge["target"] if edge["source"] == entity["id"] else edge["source"]
        if nodes[other]["type"] == "place":
            found.add(other)
        elif nodes[other]["type"] == "event":
            found |= {edges[i]["source"] for i in incident.get(other, []) if edges[i]["kind"] == "place"}
    return found


def _map_places(conn: KnowledgeBase, document: str | None = None,
                ids: set[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Places with coordinates (with their first mentions quoted) and those without."""
    places = conn.places_mentioned(document, ids)
    mapped = [p for p in places if p["lat"] is not None and p["lon"] is not None]
    quoted = conn.first_mentions([p["id"] for p in mapped], MAP_SNIPPETS, SNIPPET_WIDTH, document)
    for place in places:
        place["url"] = entity_url(place["id"])
    for place in mapped:
        place["quotes"] = [_quote(m) for m in quoted.get(place["id"], [])]
    unmapped = [{k: p[k] for k in ("id", "name", "mentions", "documents", "url")} for p in places
                if p not in mapped]
    return {"places": mapped, "unmapped": unmapped}


def _quote(mention: dict[str, Any]) -> dict[str, Any]:
    """A mention in a few words of context, with the link to its sentence."""
    before, after = " ".join(mention["before"].split()), " ".join(mention["after"].split())
    return {"before": ("\u2026" + before) if before else "", "match": mention["match"],
            "after": (after + "\u2026") if after else "", "document_title": mention["title"],
            "url": document_url(mention["document"], (mention["start"], mention["end"]))}


def document_filter(conn: KnowledgeBase, request: Request) -> str | None:
    """The ``document`` filter of a page: a known document's id, or None (no filter). An unknown
    id is a 404 on every page (map, timeline, search, compare) and its JSON twin, not an empty list."""
    doc_id = _param(request, "document")
    _document_title(conn, doc_id)
    return doc_id


def section_filter(conn: KnowledgeBase, request: Request, doc_id: str | None) -> str | None:
    """The ``section`` filter of search: a section's id, label or title (in ``doc_id`` if given), or None. An
    unknown one is a 404, as an unknown document is."""
    name = _param(request, "section")
    if name is not None and not conn.has_section(name, doc_id):
        raise NotFound(f"no section {name!r} (section= takes a section's id, label or title, as /search.json "
                       "gives them)")
    return name


def _subsections(request: Request) -> bool:
    """``subsections=0`` (or no, false): a section filter takes only the section's own text."""
    raw = (_param(request, "subsections") or "1").lower()
    if raw not in ("1", "0", "yes", "no", "true", "false"):
        raise HTTPProblem("subsections must be 1 or 0")
    return raw in ("1", "yes", "true")


def entity_filter(conn: KnowledgeBase, request: Request) -> str | None:
    """The ``entity`` filter of a page, by id, name or alias: the entity's id, or None (no
    filter). An unknown one is a 404 on every page, as on the map and the graph."""
    found = resolve_entity(conn, _param(request, "entity"))
    return str(found["id"]) if found else None


def _document_title(conn: KnowledgeBase, doc_id: str | None) -> str | None:
    if doc_id is None:
        return None
    row = conn.document_row(doc_id)
    if row is None:
        raise NotFound(f"no document {doc_id!r} (document= takes a document's id, as in its address /documents/ID)")
    return str(row["title"])


def resolve_entity(conn: KnowledgeBase, value: str | None) -> dict[str, Any] | None:
    """The entity a picker names: an id, else a name or alias (case and spacing ignored), else a former id."""
    if value is None:
        return None
    found = conn.entity_row(value) or conn.entity_by_name(value)
    if found is None and (now := read_former_entity_ids(conn).get(value)) is not None:
        found = conn.entity_row(now)  # a former id (``formerids``) filters by the entity it leads to
    if found is None:
        raise NotFound(f"no entity {value!r} (entity= takes an entity's id, as in its address /entities/ID, "
                       "or a name or alias)")
    return found


def _picker_names(conn: KnowledgeBase) -> list[dict[str, Any]]:
    return conn.picker_names(PICKER_SIZE)


def graph_page(request: Request, conn: KnowledgeBase) -> Page:
    focus = _param(request, "entity")
    raw_limit = _param(request, "limit") or str(DEFAULT_LIMIT)
    if not (raw_limit.isascii() and raw_limit.isdigit()) or not 1 <= int(raw_limit) <= 500:
        raise HTTPProblem("limit must be between 1 and 500")
    types = _graph_types(request)
    info = resolve_entity(conn, focus)
    focus = info["id"] if info else None
    graph = trim(cached(request, conn, "graph", full_graph), focus, int(raw_limit),
                 focus_node=entity_node(info) if info else None, types=types)
    graph["edges"] = with_evidence(conn, graph["edges"])
    labels = {n["id"]: n for n in graph["nodes"]}
    data = {**graph, "focus": focus, "focus_name": info["name"] if info else None, "limit": int(raw_limit),
            "types": sorted(types)}
    table = [_line(e, labels[e["source"]], labels[e["target"]])
             for e in sorted(graph["edges"], key=lambda e: -e["weight"])]  # stable: ties keep their order
    context = {"table": table, "node_types": NODE_TYPES, "picker": cached(request, conn, "picker", _picker_names),
               "graph_data": {"nodes": graph["nodes"], "edges": graph["edges"], "focus": focus}}
    return Page("graph.html", data, "Graph" + (f": {info['name']}" if info else ""), context)


def _graph_types(request: Request) -> frozenset[str]:
    chosen = [v for v in request.query_params.getlist("type") if v]
    unknown = [v for v in chosen if v not in NODE_TYPES]
    if unknown:
        raise HTTPProblem(f"unknown type {unknown[0][:40]!r}; use {', '.join(NODE_TYPES)}")
    return frozenset(chosen) if chosen else DEFAULT_TYPES


def _line(edge: dict[str, Any], a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """An edge as a table row: both ends, what links them, the evidence."""
    relation = {"co-mention": f"same sentence ×{edge['weight']}", "place": "place of"}.get(
        edge["kind"], "takes part in")
    return {"kind": edge["kind"], "weight": edge["weight"], "relation": relation, "evidence": edge["evidence"],
            "a_url": a["url"], "a_label": a["label"], "b_url": b["url"], "b_label": b["label"]}


def _comparisons(kb: KnowledgeBase) -> dict[str, Any]:
    from vitrina.web.compare_page import compare_base  # the page's module imports this one

    return compare_base(kb)


CACHED_DATA: dict[str, Callable[[KnowledgeBase], Any]] = {
    "home": _home_data, "timeline": _timeline_base, "graph": full_graph, "map": _map_places,
    "picker": _picker_names, "document_titles": _document_titles, "comparisons": _comparisons}


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


def search_page(request: Request, conn: KnowledgeBase) -> Page:
    q = _param(request, "q") or ""
    # a name is looked up; an unknown document or entity is a 404, as on the other pages
    focus = resolve_entity(conn, _param(request, "entity"))
    doc_id = document_filter(conn, request)
    filters = {"document": doc_id, "section": section_filter(conn, request, doc_id),
               "entity": focus["id"] if focus else None, "date": _param(request, "date")}
    subsections = _subsections(request)
    shown_filters = {**{k: v for k, v in filters.items() if v}, **({} if subsections else {"subsections": "0"})}
    context = {"documents": conn.document_titles(), "unavailable": False,
               "entity_name": focus["name"] if focus else None,
               "picker": cached(request, conn, "picker", _picker_names), "subsections": subsections,
               "flat_sections": bool(filters["section"]) and built_before_levels(conn)}
    number = _page_number(request)
    result: dict[str, Any] = {"query": q, "total": 0, "hits": []}
    if q or any(filters.values()):
        try:
            from vitrina.search import search
        except ImportError:
            raise HTTPProblem("search is not available", 503) from None
        if number > SEARCH_PAGES:
            raise NotFound(f"no page {number}; search shows the best {SEARCH_PAGES * SEARCH_LIMIT} passages, "
                           f"{SEARCH_LIMIT} a page (narrow the search with words or filters)")
        try:
            result = search(conn, q, limit=SEARCH_LIMIT, offset=(number - 1) * SEARCH_LIMIT,
                            subsections=subsections, **filters)
        except UsageError as exc:
            raise HTTPProblem(str(exc)) from None
    pages = max(1, min(SEARCH_PAGES, -(-result["total"] // SEARCH_LIMIT)))
    if number > pages:
        raise NotFound(f"no page {number}; there are {pages}")
    result = {**result, "page": number, "pages": pages, "first": (number - 1) * SEARCH_LIMIT + 1}
    context["per_page"] = SEARCH_LIMIT
    context["pager_base"] = "/search?" + urlencode({"q": q, **shown_filters}) + "&"
    if result.get("did_you_mean"):  # the suggested query, under the same filters
        context["did_you_mean_url"] = "/search?" + urlencode({"q": result["did_you_mean"], **shown_filters})
    result["hits"] = [{**hit, "url": document_url(hit["document"], (hit["start"], hit["end"]))}
                      for hit in cited_passages(conn, result["hits"])]
    context["snippets"] = [safe_snippet(hit.get("snippet", "")) for hit in result["hits"]]
    return Page("search.html", {**result, "filters": filters}, f"Search: {q}" if q else "Search", context)


_ANSWERING_LOCK = threading.Lock()


def load_answering() -> None:
    """Load what ``ask`` needs once per process (spaCy's parser, WordNet: seconds), so the
    first question is not cut off by the query deadline. The server also calls this in a
    background thread when it starts; the lock keeps the two from loading twice."""
    from vitrina.qa import lexical, parse

    with _ANSWERING_LOCK:
        parse.parser()
        lexical.wordnet()


def ask_page(request: Request, conn: KnowledgeBase) -> Page:
    q = _param(request, "q") or ""
    result: dict[str, Any] = {"question": q, "answer": None, "confidence": None, "citations": [], "type": None}
    if q:
        try:
            from vitrina.ask import ask
        except ImportError:
            raise HTTPProblem("question answering is not available", 503) from None
        started = time.monotonic()
        load_answering()
        state = request.app.state
        if hasattr(state, "ask_deadline"):
            state.ask_deadline(conn)  # a question's own budget, counted after the model is loaded
        elif time.monotonic() - started > CACHE_WAIT_SECONDS and hasattr(state, "restart_deadline"):
            state.restart_deadline(conn)  # loading the model is not query time
        result = ask(conn, q)
    result["citations"] = [{**citation, "url": document_url(citation["document"], (citation["start"], citation["end"]))}
                           for citation in cited_passages(conn, result.get("citations", []))]
    result.setdefault("premise", None)  # a contradicted premise (its correction, cited), when the question has one
    return Page("ask.html", result, f"Ask: {q}" if q else "Ask")
