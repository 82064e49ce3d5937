"""Encoding honesty: valid UTF-8 stays valid, damage is flagged, hidden entities are found."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from vitrina.errors import InputError
from vitrina.ingest import read_path
from vitrina.ingest.encoding import decode, detect_encoding, take_warnings
from vitrina.ingest.safety import check_zip_xml_members

PROSE = "Le café « Au Bon Coin » ouvrit en 1911 ; Zoë y servait le thé à l’équipage.\n"


def test_mostly_utf8_with_a_few_bad_bytes_stays_utf8_and_warns() -> None:
    data = (PROSE * 20).encode() + b"A stray byte: \xff here.\n"
    take_warnings()
    text = decode(data, "mixed.txt")
    assert "café" in text and "Zoë" in text and "Ã" not in text  # no Latin-1 mojibake
    assert "\ufffd" in text
    (warning,) = take_warnings()
    assert "1 byte(s) are not valid UTF-8" in warning


def test_legacy_single_byte_files_still_decode() -> None:
    assert detect_encoding(PROSE.encode("cp1252")) == "cp1252"
    assert decode(PROSE.encode("cp1252"), "old.txt") == PROSE
    assert take_warnings() == []


def test_the_warning_reaches_the_build_report(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(("The Harbour Café\n\n" + PROSE * 5).encode() + b"\xfe\n")
    docs = read_path(path)
    assert dict(docs[0].meta)["warning"].startswith("1 byte(s)")


def docx_part(name: str, content: bytes) -> zipfile.ZipFile:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr(name, content)
    return zipfile.ZipFile(io.BytesIO(buf.getvalue()))


ENTITY_DOC = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><w>&x;</w>'


@pytest.mark.parametrize(("label", "content"), [
    ("past 64 KB", b'<?xml version="1.0"?>' + b"<!-- " + b"x" * 70_000 + b" -->"
     + b'<!DOCTYPE w [<!ENTITY x "y">]><w/>'),
    ("BOM-less UTF-16LE", ENTITY_DOC.encode("utf-16-le")),
    ("BOM-less UTF-16BE", ENTITY_DOC.encode("utf-16-be")),
    ("UTF-16 with BOM", ENTITY_DOC.encode("utf-16")),
    ("declared UTF-32", ENTITY_DOC.replace('version="1.0"', 'version="1.0" encoding="utf-32"').encode("utf-32")),
])
def test_entity_declarations_are_found_anywhere_in_any_encoding(label: str, content: bytes) -> None:
    with pytest.raises(InputError, match="entity declarations"):
        check_zip_xml_members(docx_part("word/document.xml", content), "x.docx")


def test_a_part_split_across_chunks_is_still_checked() -> None:
    content = b"<w>" + b" " * (64 * 1024 - 7) + b"<!ENTITY x 'y'>" + b"</w>"  # straddles the chunk edge
    with pytest.raises(InputError, match="entity declarations"):
        check_zip_xml_members(docx_part("word/document.xml", content), "x.docx")


def test_clean_parts_pass() -> None:
    check_zip_xml_members(docx_part("word/document.xml", "<w>café</w>".encode("utf-16")), "x.docx")
