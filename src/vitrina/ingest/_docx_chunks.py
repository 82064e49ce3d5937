"""A DOCX body's alternative-format chunks (``w:altChunk``).

Word lets a document hold part of its body in another format: an HTML page, an MHT web archive,
plain text or a whole other DOCX, imported where the ``w:altChunk`` element stands when the file is
opened. Converters that write HTML into Word (html-docx-js, several CMS "export to Word" buttons,
the Open XML SDK's document merge) put the WHOLE body in one such chunk: a reader that only reads
Word's own paragraphs sees an empty document. Each chunk is read here by the reader of its format;
RTF chunks are not (no RTF reader) and are reported.
"""

from __future__ import annotations

import codecs
import email
import email.policy
from dataclasses import dataclass

_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_MHT_TYPES = ("message/rfc822", "multipart/related")
_DOCX_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
)
_TEXT_TYPES = ("text/plain",)


@dataclass(frozen=True)
class Chunk:
    """One chunk's content in a format a reader of ours takes."""

    format: str  # "html" | "docx" | "text"
    data: bytes
    part: str  # the package part it came from ("/word/afchunk.mht")


def chunk_of(element, document) -> Chunk | None:
    """The chunk a ``w:altChunk`` element imports, or None (with the reason a warning) when its
    part is missing or in a format no reader takes."""
    rid = element.get(_R_ID)
    part = document.part.related_parts.get(rid) if rid else None
    if part is None:
        return None
    content_type = (part.content_type or "").split(";")[0].strip().lower()
    name = str(part.partname)
    blob = part.blob
    if content_type in _HTML_TYPES or name.lower().endswith((".html", ".htm", ".xhtml")):
        return Chunk("html", blob, name)
    if content_type in _MHT_TYPES or name.lower().endswith((".mht", ".mhtml")):
        html = html_of_web_archive(blob)
        return Chunk("html", html, name) if html is not None else None
    if content_type in _DOCX_TYPES or name.lower().endswith(".docx"):
        return Chunk("docx", blob, name)
    if content_type in _TEXT_TYPES or name.lower().endswith(".txt"):
        return Chunk("text", blob, name)
    return None


def html_of_web_archive(data: bytes) -> bytes | None:
    """The HTML page of an MHT web archive (MIME ``multipart/related``), as UTF-8 with a BOM so
    the HTML reader takes the charset the archive declared, not a guess; None without one."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() in _HTML_TYPES:
            try:
                text = part.get_content()
            except (LookupError, UnicodeError, ValueError):  # an unknown or wrong charset
                raw = part.get_payload(decode=True)
                text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else ""
            return codecs.BOM_UTF8 + str(text).encode("utf-8")
    return None


def paragraphs_of_text(data: bytes) -> list[str]:
    """A plain-text chunk's paragraphs (blank-line separated, lines of one paragraph joined)."""
    text = data.decode("utf-8-sig", errors="replace").replace("\r\n", "\n")
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]
