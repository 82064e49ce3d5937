"""Safety checks shared by the structured readers: hostile XML and ZIP input.

* XML is parsed by :func:`safe_xml_parser` (no entity expansion, no network,
  no DTD loading, no huge trees); documents that declare entities (XXE,
  "billion laughs") are refused before parsing.
* ZIP containers (DOCX) are checked by :func:`check_zip` before any member is
  decompressed: member count, total size, compression ratios (zip bombs),
  member paths, required members.
"""

from __future__ import annotations

import codecs
import io
import lzma
import re
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from lxml import etree

from vitrina.errors import InputError
from vitrina.ingest.encoding import decode

ENTITY_DECLARATION = re.compile(r"<!ENTITY\b", re.IGNORECASE)
_XML_DECLARED_ENCODING = re.compile(
    rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']"""
)

MAX_ZIP_MEMBERS = 2000
MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024
MAX_ZIP_RATIO = 100.0
# Ratios are only judged above this size: tiny members compress oddly well.
ZIP_RATIO_MIN_BYTES = 1024 * 1024
_XML_SNIFF_BYTES = 64 * 1024  # chunk size when scanning an XML part
_ENTITY_OVERLAP = 16  # characters kept between chunks, so "<!ENTITY" split by a chunk is seen
# What reading a damaged or odd member can raise (bad streams, unknown methods).
_MEMBER_READ_ERRORS = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, NotImplementedError,
                       RuntimeError, OSError, ValueError, EOFError)


def safe_xml_parser(**options: bool) -> etree.XMLParser:
    """An lxml parser that never expands entities nor touches the network."""
    settings = {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "dtd_validation": False,
        "huge_tree": False,
        "remove_comments": True,
        "remove_pis": True,
    }
    settings.update(options)
    return etree.XMLParser(**settings)


def decode_xml(data: bytes, source: str) -> str:
    """Decoded XML text: a BOM wins, then the declared encoding, then sniffing."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data, source)
    match = _XML_DECLARED_ENCODING.match(data[:200])
    if match:
        try:
            text = data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError(
                source, f"XML text does not match its declared encoding ({exc})"
            ) from None
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return decode(data, source)


def refuse_entity_declarations(text: str, source: str) -> None:
    if ENTITY_DECLARATION.search(text):
        raise InputError(source, "XML entity declarations are not allowed")


def parse_xml(data: bytes, source: str) -> tuple[etree._Element, str]:
    """Parse XML safely; returns the root element and the decoded source text.

    Raises InputError for entity declarations and for malformed XML (with the
    parser's line/column message).
    """
    text = decode_xml(data, source)
    refuse_entity_declarations(text, source)
    try:
        root = etree.fromstring(data, safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(source, xml_error_reason(exc)) from None
    if root is None:
        raise InputError(source, "malformed XML: no root element")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputError(source, "XML entity declarations are not allowed")
    return root, text


_TOO_DEEP = "elements nested more than"


_PARSER_LIMIT = "(a safety limit of the XML parser)"
# libxml2's limit on one value (XML_MAX_TEXT_LENGTH), kept unless a program asks for "huge" trees
XML_VALUE_LIMIT = 10_000_000
# What each of libxml2's resource-limit messages says was too long
_TOO_LONG = (
    ("Buffer size limit exceeded", "an attribute value, CDATA section or processing instruction"),
    ("Text node too long", "a run of text"),
    ("Comment too big", "a comment"),
)


def check_xml_file(path: Path, source: str) -> None:
    """Parse an XML file as its reader will (the same safe parser) and raise its InputError when it cannot
    be: checked before any worker or model load. The reader parses it again; XML is read at tens of
    megabytes a second."""
    try:
        etree.parse(str(path), safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(source, xml_error_reason(exc)) from None
    except OSError:
        return  # unreadable: the reader says so


def xml_error_reason(exc: etree.XMLSyntaxError) -> str:
    """Why an XML document (or a container's XML part) could not be parsed, in one line: a parser
    limit is named as such ("elements nested more than 256 deep (a safety limit …)"), anything
    else is "malformed XML: <the parser's message> (line L, column C)"."""
    message = _syntax_error(exc)
    return message if message.startswith((_TOO_DEEP, *(what for _, what in _TOO_LONG))) \
        else f"malformed XML: {message}"


def _syntax_error(exc: etree.XMLSyntaxError) -> str:
    """The parser's message once, with its place: "<message> (line L, column C)".

    lxml's own text repeats the place and names a "<string>" file the user never had.
    """
    # from the exception itself: lxml's error log may still hold earlier documents' errors
    message = re.sub(r",? line \d+, column \d+$", "", str(exc.msg).strip())
    # libxml2's hints name parser options only a programmer can set ("try XML_PARSE_HUGE"): say the limit instead
    message = re.sub(r",?\s*(?:try|use) XML_PARSE_\w+(?: option)?", f" {_PARSER_LIMIT}", message)
    message = " ".join(message.split())  # one line: libxml2 ends some messages with a line break
    too_long = next((what for cue, what in _TOO_LONG if cue in message), None)
    if too_long:  # well-formed, but more than the parser holds: say what, and how long it may be
        message = f"{too_long} longer than {XML_VALUE_LIMIT:,} characters, a safety limit of the XML parser"
    depth = re.match(r"Excessive depth in document: (\d+)", message)
    if depth:  # libxml2 names an option only a programmer can set: say what the limit is instead
        message = f"{_TOO_DEEP} {depth[1]} deep {_PARSER_LIMIT}"
    if not exc.lineno:
        return message
    return f"{message} (line {exc.lineno}, column {(exc.offset or 0) + 1})"


# ---------------------------------------------------------------- ZIP


def _unsafe_member_path(name: str) -> bool:
    normal = name.replace("\\", "/")
    if normal.startswith("/") or re.match(r"^[A-Za-z]:", normal):
        return True
    return ".." in normal.split("/")


def check_zip(data: bytes, source: str, required: Iterable[str] = ()) -> zipfile.ZipFile:
    """Open a ZIP container after checking it is not hostile; no member is read.

    The limits use the sizes the archive declares; Python's zipfile never
    inflates a member past its declared size, so they also bound the work.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.LargeZipFile, *_MEMBER_READ_ERRORS) as exc:
        raise InputError(source, f"corrupt ZIP container ({exc})") from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise InputError(
            source, f"ZIP has too many members ({len(members)}; limit {MAX_ZIP_MEMBERS})"
        )
    total = total_packed = 0
    for info in members:
        if _unsafe_member_path(info.filename):
            raise InputError(source, f"ZIP member has an unsafe path: {info.filename!r}")
        if info.flag_bits & 0x1:
            raise InputError(source, f"ZIP member is encrypted: {info.filename!r}")
        total += info.file_size
        total_packed += info.compress_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= ZIP_RATIO_MIN_BYTES and ratio > MAX_ZIP_RATIO:
            raise InputError(
                source,
                f"ZIP member {info.filename!r} is compressed {ratio:.0f}:1 "
                f"(limit {MAX_ZIP_RATIO:.0f}:1): refusing a likely zip bomb",
            )
    if total > MAX_ZIP_TOTAL_BYTES:
        raise InputError(
            source,
            f"ZIP expands to {total} bytes (limit {MAX_ZIP_TOTAL_BYTES}): refusing a likely zip bomb",
        )
    if total >= ZIP_RATIO_MIN_BYTES and total / max(total_packed, 1) > MAX_ZIP_RATIO:
        raise InputError(
            source, "ZIP is compressed beyond the allowed ratio: refusing a likely zip bomb"
        )
    names = {info.filename for info in members}
    for name in required:
        if name not in names:
            raise InputError(source, f"not a valid container: missing {name}")
    return archive


def check_zip_xml_members(archive: zipfile.ZipFile, source: str) -> None:
    """Refuse entity declarations in any XML part.

    Each part is read whole (in chunks; the ZIP checks bound its size) and
    decoded as its parser would: BOM, else the UTF-16 form of ``<?`` without
    a BOM, else the declared encoding, else UTF-8.
    """
    for info in archive.infolist():
        if not info.filename.endswith((".xml", ".rels")):
            continue
        try:
            with archive.open(info) as member:
                if _declares_entities(member, source, info.filename):
                    raise InputError(source, f"XML entity declarations are not allowed ({info.filename})")
        except _MEMBER_READ_ERRORS as exc:
            raise InputError(source, f"corrupt ZIP member {info.filename!r} ({exc})") from None


def xml_part_encoding(head: bytes) -> str:
    """The encoding an XML parser reads a part in, from its first bytes."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):  # UTF-32's BOMs first: FF FE 00 00 also starts like UTF-16's
            return name
    if head.startswith(b"<\x00\x00\x00?\x00\x00\x00"):
        return "utf-32-le"
    if head.startswith(b"\x00\x00\x00<\x00\x00\x00?"):
        return "utf-32-be"
    if head.startswith(b"<\x00?\x00"):
        return "utf-16-le"  # BOM-less UTF-16, told by how "<?" is written (XML 1.0, appendix F)
    if head.startswith(b"\x00<\x00?"):
        return "utf-16-be"
    declared = _XML_DECLARED_ENCODING.match(head[:200])
    return declared.group(1).decode("ascii") if declared else "utf-8"


def _declares_entities(member: IO[bytes], source: str, name: str) -> bool:
    head = member.read(_XML_SNIFF_BYTES)
    encoding = xml_part_encoding(head)
    try:
        decoder = codecs.getincrementaldecoder(encoding)("replace")
    except LookupError:
        raise InputError(source, f"XML part {name!r} declares an unknown encoding ({encoding})") from None
    tail = ""
    chunk = head
    while chunk:
        text = tail + decoder.decode(chunk)
        if ENTITY_DECLARATION.search(text):
            return True
        tail = text[-_ENTITY_OVERLAP:]
        chunk = member.read(_XML_SNIFF_BYTES)
    return bool(ENTITY_DECLARATION.search(tail + decoder.decode(b"", final=True)))
