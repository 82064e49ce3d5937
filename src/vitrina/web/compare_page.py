"""The /compare page: statements made in two or more documents, contradictions first."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request

from vitrina.compare import counts, load_comparisons, unavailable
from vitrina.store.read import KnowledgeBase
from vitrina.web.render import document_url, entity_url
from vitrina.web.views import (
    HTTPProblem,
    NotFound,
    Page,
    _document_titles,
    _page_number,
    _param,
    cached,
    document_filter,
    entity_filter,
)

VERDICTS = ("differ", "uncertain", "consistent", "agree")
VERDICT_LABELS = {
    "differ": "Sources differ",
    "uncertain": "Possibly the same, values differ",
    "consistent": "One more precise",
    "agree": "Sources agree",
}


COMPARE_PAGE = 50  # groups per page: the whole list of a corpus (480 groups over the sample) is a 0.7 MB page


def compare_page(request: Request, conn: KnowledgeBase) -> Page:
    document = document_filter(conn, request)
    entity = entity_filter(conn, request)
    verdict = verdict_filter(request)
    base = cached(request, conn, "comparisons", compare_base)
    found = [c for c in base["comparisons"]
             if (not document or document in c["documents"])
             and (not entity or entity in c["entities"])
             and (not verdict or c["verdict"] == verdict)]
    number = _page_number(request)
    pages = max(1, -(-len(found) // COMPARE_PAGE))
    if number > pages:
        raise NotFound(f"no page {number}; there are {pages}")
    first = (number - 1) * COMPARE_PAGE
    groups = [_with_links(c) for c in found[first : first + COMPARE_PAGE]]
    filters = {"document": document, "entity": entity, "verdict": verdict}
    query = urlencode({k: v for k, v in filters.items() if v is not None})
    data = {"filters": filters, "counts": counts(found), "count": len(found), "page": number, "pages": pages,
            "first": first + 1, "comparisons": groups, "unavailable": base["unavailable"]}
    context = {"documents": cached(request, conn, "document_titles", _document_titles), "verdicts": VERDICT_LABELS,
               "entity_names": base["entity_names"],
               "pager_base": f"/compare?{query}&" if query else "/compare?"}
    return Page("compare.html", data, "Sources compared", context)


def verdict_filter(request: Request) -> str | None:
    """The ``verdict`` filter: one of ``VERDICTS`` or None; an unknown one is a 400 naming the
    allowed values, as an unknown entity type is, not a silently unfiltered list."""
    verdict = _param(request, "verdict")
    if verdict is not None and verdict not in VERDICTS:
        raise HTTPProblem(f"unknown verdict {verdict[:40]!r}; use one of {', '.join(VERDICTS)}")
    return verdict


def compare_base(conn: KnowledgeBase) -> dict[str, Any]:
    """Every stored group and the names of the entities they are about (for the filter), once per
    database version; why there are none when their stage failed in the build."""
    everything = load_comparisons(conn)
    return {"comparisons": everything, "entity_names": _entity_names(everything, conn),
            "unavailable": unavailable(conn)}  # why a degraded build has none


def _with_links(group: dict[str, Any]) -> dict[str, Any]:
    statements = [{**s, "url": document_url(s["document"], (s["start"], s["end"]))} for s in group["statements"]]
    return {**group, "statements": statements, "entity_urls": [entity_url(e) for e in group["entities"]]}


def _entity_names(found: list[dict[str, Any]], conn: KnowledgeBase) -> list[dict[str, str]]:
    """The entities the groups are about, by name, for the filter (one query for all)."""
    names = conn.entity_names({e for c in found for e in c["entities"]})
    out = [{"id": entity_id, "name": row["name"]} for entity_id, row in names.items()]
    return sorted(out, key=lambda e: (e["name"].lower(), e["id"]))
