"""Readers: one module per input format, each ``read(data, source) -> [Document]``.

Each reader registers itself with its name, label and file suffixes
(``vitrina.registry.readers``, or a plugin's entry point in group
``vitrina.readers``). ``read_path`` checks size, sniffs the format and
dispatches. Readers return
documents with text, sections, blocks, source map and any markup the input
carries; extraction happens later.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path

from vitrina.errors import EmptyInput, InputError, UnsupportedFormat
from vitrina.ingest.beside import with_pictures_beside
from vitrina.ingest.encoding import take_warnings
from vitrina.ingest.files import MAX_FILE_BYTES, read_bytes, shown
from vitrina.ingest.headtitle import with_head_title
from vitrina.ingest.letters import with_parties
from vitrina.ingest.member import Input, Member, archive_name, stored
from vitrina.ingest.sniff import unsupported_kind
from vitrina.model import Document

Reader = Callable[[bytes, str], list[Document]]

def suffix_formats() -> dict[str, str]:
    """File suffix (``.xml``) to reader name (``tei``), from the reader registry."""
    from vitrina.registry import readers

    return {suffix: entry.name for entry in readers for suffix in entry.meta.get("suffixes", ())}


def format_labels() -> dict[str, str]:
    """Reader name to the name people know the format by, in the order a refusal lists them."""
    from vitrina.registry import readers

    return {entry.name: entry.meta.get("label", entry.name) for entry in readers}


def __getattr__(name: str) -> dict[str, str]:
    # SUFFIX_FORMATS and FORMAT_LABELS, computed from the registry when first asked for
    if name == "SUFFIX_FORMATS":
        return suffix_formats()
    if name == "FORMAT_LABELS":
        return format_labels()
    raise AttributeError(name)


def supported_formats() -> str:
    """``PDF (.pdf), DOCX (.docx), …``: what a refusal lists as supported."""
    from vitrina.registry import readers

    return ", ".join(f"{entry.meta.get('label', entry.name)} ({' '.join(entry.meta.get('suffixes', ()))})"
                     for entry in readers)


# The archives a build reads as the folders they hold (vitrina.archives), named in every refusal beside the
# readers' formats: a compressed file that is no archive of files is refused, and says what is read instead.
ARCHIVES_READ = "archives of them (.zip, .tar, .tar.gz/.tgz, .tar.bz2, .tar.xz)"


def unsupported(path: str | Path | Member, kind: str) -> UnsupportedFormat:
    return UnsupportedFormat(shown(path), f"unsupported format ({kind}); supported: {supported_formats()}; "
                                          f"{ARCHIVES_READ}")


def reader_for(fmt: str) -> Reader:
    from vitrina.registry import readers

    return readers.get(fmt).function


def sniff_format(path: Input, data: bytes) -> str:
    """The format by content first (magic bytes), then by suffix."""
    head = data[:1024].lstrip()
    if data.startswith(b"%PDF-"):
        return "pdf"
    kind = unsupported_kind(data)
    if kind is not None:
        raise unsupported(path, kind)
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    suffix = suffix_formats().get(path.suffix.lower())
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
    if suffix is None and archive_name(path.name):  # an archive would have been opened (round 54 red team D11)
        raise InputError(shown(path), f"not a {_archive_label(path.name)} archive (its content does not match "
                                      "its extension)")
    if suffix is None and delimited_table(head):
        raise unsupported(path, "CSV or TSV table")
    if suffix is None and (other := typed_otherwise(path)):
        raise unsupported(path, f"{path.suffix.lower()} file, {other}")
    return suffix or "text"


# The standard MIME table as Python ships it (not the machine's /etc/mime.types, which varies).
_MIME_TABLE = mimetypes.MimeTypes(filenames=())


def _archive_label(name: str) -> str:
    """"ZIP" or "tar": the kind of archive a name (``archive_name``) goes by."""
    return "ZIP" if name.lower().endswith(".zip") else "tar"


def typed_otherwise(path: Input) -> str | None:
    """The MIME type the standard table gives a suffix no reader claims, when it is not plain
    text: data and code (``.csv`` text/csv, ``.json``, ``.py``) are not documents, however
    textual their bytes. None for plain text and for suffixes the table does not know (a
    ``.log``, a file without one), which are read as text."""
    kind, _encoding = _MIME_TABLE.guess_type(path.name, strict=False)
    return None if kind in (None, "text/plain") else kind


TABLE_SNIFF_LINES = 3  # a file of another suffix is a table when its first lines split alike


def delimited_table(head: bytes) -> bool:
    """The first lines split into the same number (two or more) of fields by one delimiter: a
    CSV or TSV table, not prose (whose lines hold commas in varying numbers, or none)."""
    lines = [line for line in head.decode("utf-8", "replace").splitlines() if line.strip()][:TABLE_SNIFF_LINES]
    if len(lines) < TABLE_SNIFF_LINES:
        return False
    return any(len({line.count(delimiter) for line in lines}) == 1 and lines[0].count(delimiter) >= 1
               for delimiter in (",", "\t", ";", "|"))


def _plain_text(data: bytes, source: str) -> str | None:
    """A plain text file's text with its lines as written, decoded and cleaned as the reader's own text is
    (terminal escape sequences and stray controls removed: a title read from it must not keep what the text
    lost), or None when it cannot be decoded."""
    from vitrina.ingest.encoding import decode

    try:
        return decode(data, source)
    except InputError:
        return None


def read_path(path: str | Input) -> list[Document]:
    """Read one file (or a member of an archive, ``vitrina.archives``) into documents, or raise InputError
    with a clear reason.

    Only a regular file within ``MAX_FILE_BYTES`` is read (checked before any
    byte is); its name is shown escaped when it is not valid UTF-8.
    """
    path = Path(path) if isinstance(path, str) else path
    source = shown(path)
    data = read_bytes(stored(path), MAX_FILE_BYTES)
    if not data.strip():
        raise EmptyInput(source, "empty file")
    fmt = sniff_format(path, data)
    own = _plain_text(data, source) if fmt == "text" else None  # a plain text's lines as written, for its title
    take_warnings()  # only this file's reading (the look at its lines above guessed its encoding once already)
    docs = [with_parties(with_head_title(doc, own)) for doc in reader_for(fmt)(data, source)]  # title; a letter's parties
    if isinstance(path, Path):  # (an archive's member has no folder of its own to read pictures from)
        docs = with_pictures_beside(docs, path)  # a page's pictures lying beside it
    warnings = list(dict.fromkeys(take_warnings()))  # each said once, though two steps met it
    if warnings:
        docs = [doc.evolve(meta=(*doc.meta, ("warning", "; ".join(warnings)))) for doc in docs]
    if not docs or not any(d.text.strip() for d in docs):
        raise EmptyInput(source, "no text found")
    return docs
