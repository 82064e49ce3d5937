"""The knowledge base as one JSON document (schema: ``vitrina/schemas/export.schema.json``).

Every span is ``{"document", "start", "end", "text"}`` with ``text`` cut
from the stored document text by offsets, never copied.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vitrina.catalogue import document_record
from vitrina.copies import copies_of
from vitrina.export.atomic import json_export
from vitrina.registry import exporters
from vitrina.store.read import KnowledgeBase, as_knowledge_base


def span(texts: dict[str, str], document: str, start: int, end: int) -> dict[str, Any]:
    return {"document": document, "start": start, "end": end, "text": texts[document][start:end]}


def knowledge_base(store: KnowledgeBase | sqlite3.Connection) -> dict[str, Any]:
    """The whole exhibit as plain data, in the published export shape."""
    conn = as_knowledge_base(store)
    docs = conn.document_rows()
    texts = {row["id"]: row["text"] for row in docs}
    return {
        "documents": [_document(conn, row) for row in docs],
        "entities": _entities(conn, texts),
        "events": _events(conn, texts),
        "quantities": _quantities(conn, texts),
        "quotes": _quotes(conn, texts),
    }


def _document(conn: KnowledgeBase, row: dict[str, Any]) -> dict[str, Any]:
    text = row["text"]
    doc_id = row["id"]
    sections = conn.section_rows(doc_id)
    blocks = conn.block_rows(doc_id)
    dates = conn.date_rows(doc_id)
    julian = julian_readings(conn, doc_id)
    return {
        "id": doc_id,
        "title": row["title"],
        "source": row["source"],
        "format": row["format"],
        "text": text,
        "sections": with_subsections(sections),
        "blocks": [
            {**dict(b), "text": text[b["start"] : b["end"]]} for b in blocks
        ],
        "dates": [
            {"text": text[d["start"] : d["end"]], "edtf": d["edtf"],
             **({"julian": julian[d["start"], d["end"]]} if (d["start"], d["end"]) in julian else {}),
             "start": d["start"], "end": d["end"]}
            for d in dates
        ],
        "figures": figures(conn, doc_id),
        **_catalogued(conn, doc_id, row["source"]),
        **_copies(conn, row["source"]),
    }


def _copies(conn: KnowledgeBase, source: str) -> dict[str, Any]:
    """The other files given to the build with the document's bytes (``vitrina.copies``), when there are any."""
    found = copies_of(conn, source)
    return {"copies": found} if found else {}


def _catalogued(conn: KnowledgeBase, doc_id: str, source: str) -> dict[str, Any]:
    """The document's record in the collection's catalogue (``vitrina.catalogue``), when it has one."""
    record = document_record(conn, doc_id, source)
    return {"catalogue": record} if record is not None else {}


def julian_readings(conn: KnowledgeBase, doc_id: str) -> dict[tuple[int, int], str]:
    """(start, end) -> the written Julian value of each date of the document the text marks Old Style, whose
    stored ``edtf`` is its Gregorian day: kept in the document's stored analysis (``DateMention.julian``)."""
    found = conn.analysis_field(doc_id, "dates") or []
    return {(d["start"], d["end"]): d["julian"] for d in found if isinstance(d, dict) and d.get("julian")}


def with_subsections(sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Section rows (with ``level`` and ``parent``), each with the ids of the sections right under it."""
    under: dict[str, list[str]] = {}
    for s in sections:
        if s["parent"] is not None:
            under.setdefault(s["parent"], []).append(s["id"])
    return [{**dict(s), "subsections": under.get(s["id"], [])} for s in sections]


FIGURE_FIELDS = ("id", "caption", "page", "box", "src", "alt", "mime")


def figures(store: KnowledgeBase | sqlite3.Connection, doc_id: str, with_data: bool = False) -> list[dict[str, Any]]:
    """The document's figures as its reader kept them (``data``, base64, only on request)."""
    found = as_knowledge_base(store).analysis_field(doc_id, "figures") or []
    keep = (*FIGURE_FIELDS, "data") if with_data else FIGURE_FIELDS
    return [{k: f.get(k) for k in keep} for f in found if isinstance(f, dict)]


def _entities(conn: KnowledgeBase, texts: dict[str, str]) -> list[dict[str, Any]]:
    mentions: dict[str, list[dict[str, Any]]] = {}
    for m in conn.mention_spans():
        mentions.setdefault(m["entity"], []).append(span(texts, m["document"], m["start"], m["end"]))
    return [
        {
            "id": e["id"],
            "type": e["type"],
            "name": e["name"],
            "aliases": json.loads(e["aliases"]),
            "mentions": mentions.get(e["id"], []),
            "lat": e["lat"],
            "lon": e["lon"],
            **({"identifier": e["identifier"]} if e["identifier"] else {}),
            **_details(e),
        }
        for e in conn.entity_rows()
    ]


def _details(row: dict[str, Any]) -> dict[str, Any]:
    """The entity's geocoding record, merge evidence and titles (absent when there is none)."""
    details = json.loads(row["details"] or "{}")
    return {k: details[k] for k in ("geocoding", "merges", "roles") if k in details}


def _events(conn: KnowledgeBase, texts: dict[str, str]) -> list[dict[str, Any]]:
    result = []
    for e in conn.event_rows():
        doc = e["document"]
        result.append(
            {
                "id": e["id"],
                "label": e["label"],
                "date": {"text": texts[doc][e["date_start"] : e["date_end"]], "edtf": e["edtf"]},
                "participants": json.loads(e["participants"]),
                "places": json.loads(e["places"]),
                "evidence": [span(texts, doc, s, t) for s, t in json.loads(e["evidence"])],
            }
        )
    return result


def _quantities(conn: KnowledgeBase, texts: dict[str, str]) -> list[dict[str, Any]]:
    return _spanned(conn.quantity_rows(), texts, ("value", "high", "unit", "qualifier"))


def _quotes(conn: KnowledgeBase, texts: dict[str, str]) -> list[dict[str, Any]]:
    """Quotes with their speaker; ``speaker_words``: the span naming a speaker no entity stands for ("my
    father"), or null (absent from a database built before schema version 5)."""
    rows = conn.quote_rows()
    out = _spanned(rows, texts, ("kind", "speaker", "date"))
    for quote, row in zip(out, rows, strict=True):
        start, end = row.get("speaker_start"), row.get("speaker_end")
        quote["speaker_words"] = span(texts, row["document"], start, end) if start is not None and end else None
    return out


def _spanned(rows: Iterable[dict[str, Any]], texts: dict[str, str], fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """Rows that are a span of a document: id, the span's text, ``fields``, the evidence."""
    return [
        {
            "id": r["id"],
            "text": texts[r["document"]][r["start"] : r["end"]],
            **{name: r.get(name) for name in fields},  # "high" is absent from a schema-2 database
            "evidence": span(texts, r["document"], r["start"], r["end"]),
        }
        for r in rows
    ]


@exporters.register("json", folder=False, unit="documents", counted=lambda data: len(data.get("documents") or []))
def write(conn: KnowledgeBase, out: Path | None) -> str | None:
    return json_export(knowledge_base(conn), out, end="")
