"""The knowledge base as one JSON document (schema: ``vitrina/schemas/export.schema.json``).

Every span is ``{"document", "start", "end", "text"}`` with ``text`` cut
from the stored document text by offsets, never copied.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from vitrina.export.atomic import write_atomically
from vitrina.registry import exporters


def span(texts: dict[str, str], document: str, start: int, end: int) -> dict[str, Any]:
    return {"document": document, "start": start, "end": end, "text": texts[document][start:end]}


def knowledge_base(conn: sqlite3.Connection) -> dict[str, Any]:
    """The whole exhibit as plain data, in the published export shape."""
    docs = conn.execute("SELECT id, title, source, format, text FROM documents ORDER BY ordinal").fetchall()
    texts = {row["id"]: row["text"] for row in docs}
    return {
        "documents": [_document(conn, row) for row in docs],
        "entities": _entities(conn, texts),
        "events": _events(conn, texts),
        "quantities": _quantities(conn, texts),
        "quotes": _quotes(conn, texts),
    }


def _document(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    text = row["text"]
    doc_id = row["id"]
    sections = conn.execute(
        'SELECT id, label, title, start, "end" FROM sections WHERE document = ? ORDER BY start', (doc_id,)
    ).fetchall()
    blocks = conn.execute(
        'SELECT id, section, kind, start, "end", position, credit FROM blocks WHERE document = ? ORDER BY start',
        (doc_id,),
    ).fetchall()
    dates = conn.execute(
        'SELECT start, "end", edtf FROM dates WHERE document = ? ORDER BY start', (doc_id,)
    ).fetchall()
    return {
        "id": doc_id,
        "title": row["title"],
        "source": row["source"],
        "format": row["format"],
        "text": text,
        "sections": [dict(s) for s in sections],
        "blocks": [
            {**dict(b), "text": text[b["start"] : b["end"]]} for b in blocks
        ],
        "dates": [
            {"text": text[d["start"] : d["end"]], "edtf": d["edtf"], "start": d["start"], "end": d["end"]}
            for d in dates
        ],
        "figures": figures(conn, doc_id),
    }


FIGURE_FIELDS = ("id", "caption", "page", "box", "src", "alt", "mime")


def figures(conn: sqlite3.Connection, doc_id: str, with_data: bool = False) -> list[dict[str, Any]]:
    """The document's figures as its reader kept them (``data``, base64, only on request)."""
    row = conn.execute(
        "SELECT json_extract(analysis, '$.figures') FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    found = json.loads(row[0]) if row and row[0] else []
    keep = (*FIGURE_FIELDS, "data") if with_data else FIGURE_FIELDS
    return [{k: f.get(k) for k in keep} for f in found if isinstance(f, dict)]


def _entities(conn: sqlite3.Connection, texts: dict[str, str]) -> list[dict[str, Any]]:
    mentions: dict[str, list[dict[str, Any]]] = {}
    for m in conn.execute('SELECT entity, document, start, "end" FROM mentions ORDER BY document, start'):
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
        for e in conn.execute("SELECT * FROM entities ORDER BY id")
    ]


def _details(row: sqlite3.Row) -> dict[str, Any]:
    """The entity's geocoding record and merge evidence (absent when there is none)."""
    details = json.loads(row["details"] or "{}")
    return {k: details[k] for k in ("geocoding", "merges") if k in details}


def _events(conn: sqlite3.Connection, texts: dict[str, str]) -> list[dict[str, Any]]:
    result = []
    for e in conn.execute("SELECT * FROM events ORDER BY lower, id"):
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


def _quantities(conn: sqlite3.Connection, texts: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "id": q["id"],
            "text": texts[q["document"]][q["start"] : q["end"]],
            "value": q["value"],
            "unit": q["unit"],
            "qualifier": q["qualifier"],
            "evidence": span(texts, q["document"], q["start"], q["end"]),
        }
        for q in conn.execute('SELECT * FROM quantities ORDER BY document, start')
    ]


def _quotes(conn: sqlite3.Connection, texts: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "id": q["id"],
            "text": texts[q["document"]][q["start"] : q["end"]],
            "kind": q["kind"],
            "speaker": q["speaker"],
            "date": q["date"],
            "evidence": span(texts, q["document"], q["start"], q["end"]),
        }
        for q in conn.execute('SELECT * FROM quotes ORDER BY document, start')
    ]


@exporters.register("json", folder=False, unit="documents", counted=lambda data: len(data.get("documents") or []))
def write(conn: sqlite3.Connection, out: Path | None) -> str | None:
    text = json.dumps(knowledge_base(conn), ensure_ascii=False, indent=1)
    if out is None:
        return text
    write_atomically(out, text)
    return None
