"""The /compare page: statements made in two or more documents, contradictions first."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from vitrina.compare import counts, load_comparisons
from vitrina.store.read import KnowledgeBase
from vitrina.web.render import document_url, entity_url
from vitrina.web.views import Page, _param, cached

VERDICTS = ("differ", "uncertain", "consistent", "agree")
VERDICT_LABELS = {
    "differ": "Sources differ",
    "uncertain": "Possibly the same, values differ",
    "consistent": "One more precise",
    "agree": "Sources agree",
}


def compare_page(request: Request, conn: KnowledgeBase) -> Page:
    document = _param(request, "document")
    entity = _param(request, "entity")
    verdict = _param(request, "verdict")
    if verdict not in VERDICTS:
        verdict = None
    everything = cached(request, conn, "comparisons", lambda c: load_comparisons(c))
    found = [c for c in everything
             if (not document or document in c["documents"])
             and (not entity or entity in c["entities"])
             and (not verdict or c["verdict"] == verdict)]
    groups = [_with_links(c) for c in found]
    data = {"filters": {"document": document, "entity": entity, "verdict": verdict},
            "counts": counts(found), "comparisons": groups}
    context = {"documents": conn.documents_overview(), "verdicts": VERDICT_LABELS,
               "entity_names": _entity_names(everything, conn)}
    return Page("compare.html", data, "Sources compared", context)


def _with_links(group: dict[str, Any]) -> dict[str, Any]:
    statements = [{**s, "url": document_url(s["document"], (s["start"], s["end"]))} for s in group["statements"]]
    return {**group, "statements": statements, "entity_urls": [entity_url(e) for e in group["entities"]]}


def _entity_names(found: list[dict[str, Any]], conn: KnowledgeBase) -> list[dict[str, str]]:
    """The entities the groups are about, by name, for the filter."""
    ids = sorted({e for c in found for e in c["entities"]})
    out = []
    for entity_id in ids:
        row = conn.entity_row(entity_id)
        if row is not None:
            out.append({"id": entity_id, "name": row["name"]})
    return sorted(out, key=lambda e: e["name"].lower())
