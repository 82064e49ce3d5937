"""The co-participation graph: people, places and events and what links them.

Edges come from two kinds of evidence: an event's participants and places
("event" edges, entity -> event) and entities mentioned in the same sentence
("co-mention" edges, weighted by the number of sentences).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any

from vitrina.web import queries
from vitrina.web.render import document_url, entity_url


def build_graph(conn: sqlite3.Connection, focus: str | None = None, limit: int = 60) -> dict[str, Any]:
    """Nodes and edges, trimmed to the ``limit`` best-connected nodes (or ``focus``'s neighbours)."""
    entities = queries.all_entities(conn)
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []

    def entity_node(entity_id: str) -> bool:
        info = entities.get(entity_id)
        if info is None or info["type"] not in queries.GRAPH_TYPES:
            return False
        nodes.setdefault(entity_id, {"id": entity_id, "type": info["type"], "label": info["name"],
                                     "url": entity_url(entity_id)})
        return True

    for event in queries.events(conn):
        node_id = f"event:{event['id']}"
        evidence = event["evidence"][0] if event["evidence"] else (event["date_start"], event["date_end"])
        event_node = {"id": node_id, "type": "event", "label": event["label"],
                      "url": document_url(event["document"], tuple(evidence))}
        linked = False
        for role, ids in (("participant", event["participants"]), ("place", event["places"])):
            for entity_id in ids:
                if entity_node(entity_id):
                    edges.append({"source": entity_id, "target": node_id, "kind": role, "weight": 1})
                    linked = True
        if linked:
            nodes[node_id] = event_node
    for a, b, count in queries.cooccurrence_edges(conn):
        if entity_node(a) and entity_node(b):
            edges.append({"source": a, "target": b, "kind": "co-mention", "weight": count})
    return _trim(nodes, edges, focus, limit)


def _trim(
    nodes: dict[str, dict[str, Any]], edges: list[dict[str, Any]], focus: str | None, limit: int
) -> dict[str, Any]:
    degree: Counter[str] = Counter()
    for edge in edges:
        degree[edge["source"]] += edge["weight"]
        degree[edge["target"]] += edge["weight"]
    if focus is not None:
        neighbours = {e["target"] if e["source"] == focus else e["source"]
                      for e in edges if focus in (e["source"], e["target"])}
        candidates = [focus, *sorted(neighbours, key=lambda n: (-degree[n], n))]
    else:
        candidates = sorted(nodes, key=lambda n: (-degree[n], n))
    keep = set(candidates[:limit])
    kept_nodes = [{**nodes[n], "degree": degree[n]} for n in nodes if n in keep]
    kept_edges = [e for e in edges if e["source"] in keep and e["target"] in keep]
    return {"nodes": kept_nodes, "edges": kept_edges, "total_nodes": len(nodes),
            "total_edges": len(edges), "truncated": len(keep) < len(nodes)}
