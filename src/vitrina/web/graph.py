"""The co-participation graph: people, places and events and what links them.

Edges come from two kinds of evidence: an event's participants and places
("event" edges, entity -> event) and entities mentioned in the same sentence
("co-mention" edges, weighted by the number of sentences).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from vitrina.store.pages import GRAPH_TYPES
from vitrina.store.read import KnowledgeBase
from vitrina.web.render import document_url, entity_url

DEFAULT_LIMIT = 40  # nodes shown by default: the most connected
NODE_TYPES = ("person", "place", "organization", "group", "event")  # what a node can be
DEFAULT_TYPES = frozenset({"person", "place", "organization", "event"})  # groups (demonyms) crowd the rest out
EVIDENCE_SENTENCES = 3  # sentences quoted for a same-sentence link
MAX_EDGES = 160  # links drawn (and listed) at most: the strongest


def build_graph(conn: KnowledgeBase, focus: str | None = None, limit: int = DEFAULT_LIMIT) -> dict[str, Any]:
    """Nodes and edges, trimmed to the ``limit`` best-connected nodes (or ``focus``'s neighbours)."""
    info = conn.entity_row(focus) if focus else None
    return trim(full_graph(conn), focus, limit, focus_node=entity_node(info) if info else None)


def entity_node(info: dict[str, Any]) -> dict[str, Any]:
    """The graph node of an entity row (``id``, ``type``, ``name``)."""
    return {"id": info["id"], "type": info["type"], "label": info["name"], "url": entity_url(info["id"]),
            "mentions": info.get("mentions", 0)}


def full_graph(conn: KnowledgeBase) -> dict[str, Any]:
    """Every node and edge, node degrees and nodes by degree (computed once; the web app
    caches it per database version)."""
    entities = conn.all_entities()
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []

    def entity_node(entity_id: str) -> bool:
        info = entities.get(entity_id)
        if info is None or info["type"] not in GRAPH_TYPES:
            return False
        nodes.setdefault(entity_id, {"id": entity_id, "type": info["type"], "label": info["name"],
                                     "url": entity_url(entity_id), "mentions": info["mentions"]})
        return True

    for event in conn.events_listed():
        node_id = f"event:{event['id']}"
        evidence = event["evidence"][0] if event["evidence"] else (event["date_start"], event["date_end"])
        event_node = {"id": node_id, "type": "event", "label": event["label"],
                      "url": document_url(event["document"], tuple(evidence)), "mentions": 1}
        linked = False
        for role, ids in (("participant", event["participants"]), ("place", event["places"])):
            for entity_id in ids:
                if entity_node(entity_id):
                    edges.append({"source": entity_id, "target": node_id, "kind": role, "weight": 1})
                    linked = True
        if linked:
            nodes[node_id] = event_node
    for a, b, count, sentences in conn.cooccurrence_edges(EVIDENCE_SENTENCES):
        if entity_node(a) and entity_node(b):
            edges.append({"source": a, "target": b, "kind": "co-mention", "weight": count, "sentences": sentences})
    degree: Counter[str] = Counter()
    incident: dict[str, list[int]] = {}
    for index, edge in enumerate(edges):
        for end in (edge["source"], edge["target"]):
            degree[end] += edge["weight"]
            incident.setdefault(end, []).append(index)
    ranked = sorted(nodes, key=lambda n: (-degree[n], n))
    return {"nodes": nodes, "edges": edges, "degree": degree, "ranked": ranked, "incident": incident}


def trim(graph: dict[str, Any], focus: str | None, limit: int, max_edges: int = MAX_EDGES,
         focus_node: dict[str, Any] | None = None, types: frozenset[str] | None = None) -> dict[str, Any]:
    """The ``limit`` best-connected nodes (or ``focus`` and its best-connected neighbours)
    and the strongest ``max_edges`` links among them. A focus without links (an entity
    named once, or of a type the graph leaves out) is shown alone, as ``focus_node``."""
    nodes, edges, degree = graph["nodes"], graph["edges"], graph["degree"]
    if focus is not None:
        neighbours = {edges[i]["target"] if edges[i]["source"] == focus else edges[i]["source"]
                      for i in graph["incident"].get(focus, [])}
        candidates = [focus, *sorted(neighbours, key=lambda n: (-degree[n], n))]
    else:
        candidates = graph["ranked"]
    if types is not None:  # the focus stays whatever its type
        candidates = [n for n in candidates if n == focus or nodes[n]["type"] in types]
    keep = set(candidates[:limit])
    kept_nodes = [{**nodes[n], "degree": degree[n]} for n in candidates[:limit] if n in nodes]
    if focus is not None and focus not in nodes and focus_node is not None:  # no links (or not drawn): alone
        kept_nodes.insert(0, {**focus_node, "degree": 0})
    indexes = sorted({i for n in keep for i in graph["incident"].get(n, [])
                      if edges[i]["source"] in keep and edges[i]["target"] in keep})
    strongest = set(sorted(indexes, key=lambda i: -edges[i]["weight"])[:max_edges])
    shown = [edges[i] for i in indexes if i in strongest]
    return {"nodes": kept_nodes, "edges": shown, "total_nodes": len(nodes), "total_edges": len(edges),
            "edges_among": len(indexes), "truncated": len(keep) < len(nodes)}


def with_evidence(conn: KnowledgeBase, edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of ``edges`` with the sentences behind each (for a same-sentence link, the
    first sentences naming both ends; an event link's sentence is the event's own page)."""
    found = conn.sentences_by_id({i for e in edges for i in e.get("sentences", ())})
    out = []
    for edge in edges:
        rows = [found[i] for i in edge.get("sentences", ()) if i in found]
        evidence = [{"text": " ".join(r["text"].split()), "document_title": r["title"],
                     "url": document_url(r["document"], (r["start"], r["end"]))} for r in rows]
        out.append({**{k: v for k, v in edge.items() if k != "sentences"}, "evidence": evidence})
    return out
