"""Readers: one module per input format, each ``read(data, source) -> [Document]``.

``read_path`` checks size, sniffs the format and dispatches. Readers return
documents with text, sections, blocks, source map and any markup the input
carries; extraction happens later.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vitrina.errors import EmptyInput, InputError, UnsupportedFormat
from vitrina.ingest.files import MAX_FILE_BYTES, read_bytes, shown
from vitrina.ingest.sniff import unsupported_kind
from vitrina.model import Document

Reader = Callable[[bytes, str], list[Document]]

SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".xml": "tei",
    ".tei": "tei",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
    ".pdf": "pdf",
}


# How each format is named to people, in the order a refusal lists them.
FORMAT_LABELS = {"pdf": "PDF", "docx": "DOCX", "html": "HTML", "tei": "TEI XML",
                 "markdown": "Markdown", "text": "plain text"}


def supported_formats() -> str:
    """``PDF (.pdf), DOCX (.docx), …``: what a refusal lists as supported."""
    suffixes: dict[str, list[str]] = {}
    for suffix, fmt in SUFFIX_FORMATS.items():
        suffixes.setdefault(fmt, []).append(suffix)
    return ", ".join(f"{label} ({' '.join(suffixes[fmt])})" for fmt, label in FORMAT_LABELS.items())


def unsupported(path: str | Path, kind: str) -> UnsupportedFormat:
    return UnsupportedFormat(shown(path), f"unsupported format ({kind}); supported: {supported_formats()}")


def reader_for(fmt: str) -> Reader:
    from vitrina.ingest import docx, html, markdown, pdf, tei, text

    readers: dict[str, Reader] = {
        "text": text.read,
        "tei": tei.read,
        "html": html.read,
        "markdown": markdown.read,
        "docx": docx.read,
        "pdf": pdf.read,
    }
    return readers[fmt]


def sniff_format(path: Path, data: bytes) -> str:
    """The format by content first (magic bytes), then by suffix."""
    head = data[:1024].lstrip()
    if data.startswith(b"%PDF-"):
        return "pdf"
    kind = unsupported_kind(data)
    if kind is not None:
        raise unsupported(path, kind)
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    suffix = SUFFIX_FORMATS.get(path.suffix.lower())
    lowered = head.lower()
    if suffix in (None, "text") and (
        lowered.startswith(b"<!doctype html") or lowered.startswith(b"<html")
    ):
        return "html"
    if suffix is None and (head.startswith(b"<?xml") or b"<TEI" in head):
        return "tei"
    if suffix in ("pdf", "docx"):
        raise InputError(
            shown(path), f"not a {suffix.upper()} file (its content does not match its extension)"
        )
    return suffix or "text"


def read_path(path: str | Path) -> list[Document]:
    """Read one file into documents, or raise InputError with a clear reason.

    Only a regular file within ``MAX_FILE_BYTES`` is read (checked before any
    byte is); its name is shown escaped when it is not valid UTF-8.
    """
    path = Path(path)
    source = shown(path)
    data = read_bytes(path, MAX_FILE_BYTES)
    if not data.strip():
        raise EmptyInput(source, "empty file")
    fmt = sniff_format(path, data)
    docs = reader_for(fmt)(data, source)
    if not docs or not any(d.text.strip() for d in docs):
        raise EmptyInput(source, "no text found")
    return docs
