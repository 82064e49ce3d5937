"""Plain-text reader: decode, then recover the structure (``vitrina.structure``)."""

from __future__ import annotations

import re
from pathlib import PurePath

from vitrina.ingest.encoding import decode
from vitrina.model import Document
from vitrina.registry import readers
from vitrina.structure import rebuild


def document_id(source: str) -> str:
    """The document id: the file stem, lowercased, other characters as hyphens."""
    slug = re.sub(r"[^a-z0-9_-]+", "-", PurePath(source).stem.lower()).strip("-")
    return slug or "document"


@readers.register("text", label="plain text", suffixes=(".txt", ".text"))
def read(data: bytes, source: str) -> list[Document]:
    text = decode(data, source)
    return [rebuild(text, document_id(source), source, "text")]
