"""A DOCX package whose relationships name parts it lacks, and one whose ZIP is damaged where
the relationships are rewritten. Every text is invented."""

from __future__ import annotations

import io
import zipfile

import pytest

from vitrina.errors import InputError
from vitrina.ingest import docx as docx_reader

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/'
                 b'word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
                 b'document.main+xml"/></Types>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.'
        b'openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/gone.xml"/>'
        b'</Relationships>')
DOCUMENT = (b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>The lock keeper rang the bell at noon.</w:t></w:r>'
            b'</w:p></w:body></w:document>')


def _package(extra: tuple[str, bytes] = ("media/sketch.bin", b"\x00" * 64)) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", DOCUMENT)
        archive.writestr(*extra)
    return out.getvalue()


def test_a_relationship_to_a_missing_part_is_dropped_and_the_text_read() -> None:
    [doc] = docx_reader.read(_package(), "lock.docx")
    assert "The lock keeper rang the bell at noon." in doc.text


def test_a_member_whose_header_and_directory_names_differ_is_a_clear_input_error() -> None:
    data = _package(("media/sketch.bin", b"\x00" * 64))
    first = data.index(b"media/sketch.bin")  # the local header's copy of the name, before the directory's
    damaged = data[:first] + b"media/sketcX.bin" + data[first + len(b"media/sketch.bin"):]
    with pytest.raises(InputError, match="damaged ZIP member"):
        docx_reader.read(damaged, "lock.docx")
