"""What a file we do not read looks like, so a refusal can say it.

Signatures are magic bytes from each format's specification; a ZIP
container is told apart by its ``mimetype`` member (OpenDocument, EPUB)
or its top-level folders (OOXML spreadsheets and slides). Used to
refuse a file with a useful message, never to read one; ``container_kind``
also tells a ZIP of files (``vitrina.archives`` reads its members) from a
document that is a ZIP.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

from vitrina.ingest.encoding import binary_reason, bomless_utf16, looks_binary

# (leading bytes, what the file looks like). Order matters: longer prefixes first.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"{\\rtf", "RTF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"BM", "BMP image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Microsoft Office document (.doc/.xls/.ppt)"),
    (b"\x1f\x8b", "gzip-compressed file"),
    (b"BZh", "bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"\x7fELF", "executable program"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"%!PS", "PostScript document"),
)
# RIFF containers name their kind at byte 8.
RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}
# ZIP members whose presence names an Office Open XML kind other than a Word document.
OOXML_PARTS = {"xl/": "Excel spreadsheet (.xlsx)", "ppt/": "PowerPoint presentation (.pptx)"}
# OpenDocument and EPUB containers store their media type in a ``mimetype`` member.
ZIP_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "OpenDocument text (.odt)",
    "application/vnd.oasis.opendocument.spreadsheet": "OpenDocument spreadsheet (.ods)",
    "application/vnd.oasis.opendocument.presentation": "OpenDocument presentation (.odp)",
    "application/epub+zip": "EPUB e-book",
}
# A tar archive carries "ustar" at this offset of its first header.
TAR_MAGIC_OFFSET = 257


# Signatures short or printable enough to begin a text file: trusted only on binary data.
WEAK_MAGIC = {b"BM", b"MZ", b"ID3", b"BZh", b"OggS", b"fLaC"}


def unsupported_kind(data: bytes, whole: bool = True) -> str | None:
    """A short description of an unsupported format, or None when the bytes may be text
    (UTF-16 without a byte-order mark too, whose zero bytes are no binary's). ``whole``
    False: ``data`` is the file's first bytes only."""
    unicode_bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    binary = not unicode_bom and looks_binary(data) and not bomless_utf16(data, whole=whole)
    for magic, kind in MAGIC:
        if data.startswith(magic) and (binary or magic not in WEAK_MAGIC):
            return kind
    if data.startswith(b"RIFF") and data[8:12] in RIFF_KINDS:
        return RIFF_KINDS[data[8:12]]
    if data[4:12] in (b"ftypheic", b"ftypavif", b"ftypmif1"):
        return "HEIF/AVIF image"
    if data[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if data[TAR_MAGIC_OFFSET:TAR_MAGIC_OFFSET + 5] == b"ustar":
        return "tar archive"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return zip_kind(data)
    if not binary:
        return None
    reason = binary_reason(data)  # text with too many stray NULs says so (round 51 red team D11)
    return f"binary data: {reason}" if reason else "binary data"


def zip_kind(data: bytes) -> str | None:
    """The kind of a ZIP container that is not a Word document; None for a DOCX."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return container_kind(archive)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return None  # the DOCX reader gives the precise corruption message


PLAIN_ZIP = "ZIP archive"  # a ZIP of files (``vitrina.archives`` reads its members), no document format's


def container_kind(archive: zipfile.ZipFile) -> str | None:
    """What an open ZIP holds: None for a Word document; an OpenDocument, EPUB or OOXML kind told by its
    ``mimetype`` member or top-level folders; else ``PLAIN_ZIP``."""
    names = archive.namelist()
    if "mimetype" in names:
        info = archive.getinfo("mimetype")
        if info.file_size < 200:
            mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
            return ZIP_MIMETYPES.get(mimetype, f"ZIP container ({mimetype})")
    if any(name.startswith("word/") for name in names):
        return None
    for prefix, kind in OOXML_PARTS.items():
        if any(name.startswith(prefix) for name in names):
            return kind
    return PLAIN_ZIP


def unsupported_file_kind(path: Path, head_bytes: int = 65536) -> str | None:
    """The unsupported format of a file on disk, from its first bytes (a ZIP container
    from its directory), so a file named on the command line is refused before any
    worker starts; None when it may be read, or cannot be opened (the reader says why)."""
    try:
        if not path.is_file():
            return None
        with open(path, "rb") as handle:
            head = handle.read(head_bytes)
        if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            with zipfile.ZipFile(path) as archive:
                if "mimetype" in archive.namelist() and archive.getinfo("mimetype").file_size < 200:
                    mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                    return ZIP_MIMETYPES.get(mimetype, f"ZIP container ({mimetype})")
            return None
        return unsupported_kind(head, whole=len(head) < head_bytes)
    except (OSError, zipfile.BadZipFile, ValueError, NotImplementedError, EOFError):
        return None
