"""The source documents as CSL-JSON, ready for Zotero, Pandoc or citeproc.

One record per document: ``id``, ``type``, ``title``, and what the reader
found in the input's own metadata (TEI header, HTML meta, DOCX core
properties): ``author``, ``issued``, ``publisher``, ``container-title``,
``language``, ``URL``. A document that belongs to a collection is an
``article`` in that container, otherwise a ``document``. The input file
name goes to ``source``.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from vitrina.edtf_bounds import is_valid
from vitrina.export.atomic import json_export
from vitrina.ingest.member import cited_name
from vitrina.registry import exporters
from vitrina.store.read import KnowledgeBase, as_knowledge_base

# Reader metadata keys -> CSL variables (first key found wins).
STRING_FIELDS: dict[str, tuple[str, ...]] = {
    "publisher": ("publisher", "publicationStmt", "publisher_name"),
    "container-title": ("collection", "container", "series", "site_name"),
    "language": ("language", "lang"),
    "URL": ("url", "source_url", "canonical"),
    "abstract": ("description", "abstract"),
}
AUTHOR_KEYS = ("author", "authors", "creator")
DATE_KEYS = ("issued", "date", "published", "created")
PLAIN_DATE = re.compile(r"^(-?\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")  # not seasons


def document_meta(kb: KnowledgeBase) -> dict[str, dict[str, str]]:
    """Each document's reader metadata (kept in its stored analysis)."""
    result: dict[str, dict[str, str]] = {}
    for doc_id, pairs in kb.analysis_meta().items():
        try:
            result[doc_id] = {str(k): str(v) for k, v in pairs or [] if v}
        except (ValueError, TypeError):
            result[doc_id] = {}
    return result


def csl_date(value: str) -> dict[str, Any] | None:
    """A CSL date: ``date-parts`` for a plain ISO date, else the EDTF or raw text."""
    value = value.strip()
    match = PLAIN_DATE.match(value)
    if match:
        return {"date-parts": [[int(part) for part in match.groups() if part is not None]]}
    if is_valid(value):
        return {"edtf": value} if re.fullmatch(r"[0-9XSu?~%./-]+", value) else {"raw": value}
    return {"raw": value} if value else None


def csl_names(value: str) -> list[dict[str, str]]:
    """Authors as CSL names: literal names, ``;``-separated in the metadata."""
    return [{"literal": name.strip()} for name in value.split(";") if name.strip()]


def record(doc: dict[str, Any], meta: dict[str, str]) -> dict[str, Any]:
    item: dict[str, Any] = {"id": doc["id"], "type": "document", "title": doc["title"]}
    for field, keys in STRING_FIELDS.items():
        value = next((meta[k] for k in keys if meta.get(k)), None)
        if value:
            item[field] = value
    author = next((meta[k] for k in AUTHOR_KEYS if meta.get(k)), None)
    if author:
        item["author"] = csl_names(author)
    issued = next((csl_date(meta[k]) for k in DATE_KEYS if meta.get(k)), None)
    if issued:
        item["issued"] = issued
    source = doc["source"]
    if re.match(r"^https?://", source) and "URL" not in item:
        item["URL"] = source
    else:
        item["source"] = cited_name(source)
    if "container-title" in item:
        item["type"] = "article"
    return item


def records(store: KnowledgeBase | sqlite3.Connection) -> list[dict[str, Any]]:
    kb = as_knowledge_base(store)
    meta = document_meta(kb)
    return [record(row, meta.get(row["id"], {})) for row in kb.document_titles()]


@exporters.register("csl", folder=False, unit="references", about="CSL-JSON", counted=len)
def write(conn: KnowledgeBase, out: Path | None) -> str | None:
    return json_export(records(conn), out)
