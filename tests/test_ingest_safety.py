"""Hostile input: XML entities (XXE, billion laughs), malformed XML, zip bombs."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from vitrina.errors import InputError
from vitrina.ingest import html, tei
from vitrina.ingest.safety import check_zip, parse_xml, safe_xml_parser

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<TEI><text><body><p>Leak: &secret;</p></body></text></TEI>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<TEI><text><body><p>&lol9;</p></body></text></TEI>"""


def test_xxe_is_refused_and_never_expanded():
    with pytest.raises(InputError, match="XML entity declarations are not allowed") as err:
        tei.read(XXE, "xxe.xml")
    assert "root:" not in str(err.value)


def test_parser_itself_never_expands_external_entities():
    """Even without the pre-check, the parser does not read local files."""
    from lxml import etree

    root = etree.fromstring(XXE, safe_xml_parser())
    assert "root:" not in etree.tostring(root, encoding="unicode", method="text")


@pytest.mark.timing
def test_billion_laughs_fails_fast():
    started = time.process_time()  # CPU time of this process: a busy machine does not count
    with pytest.raises(InputError, match="entity declarations"):
        tei.read(BILLION_LAUGHS, "lol.xml")
    assert time.process_time() - started < 1.0


def test_entities_in_utf16_xml_are_found():
    data = XXE.decode().replace('<?xml version="1.0"?>', "").encode("utf-16")
    with pytest.raises(InputError, match="entity declarations"):
        parse_xml(data, "wide.xml")


def test_html_with_entity_declaration_refused():
    page = b'<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body><p>&x;</p></body></html>'
    with pytest.raises(InputError, match="entity declarations"):
        html.read(page, "page.html")


def test_malformed_xml_message_is_this_documents_after_another_failed(tmp_path):
    """lxml keeps earlier parse errors in its log; the message must be this file's."""
    with pytest.raises(InputError):
        tei.read(b"<TEI><text>never closed", "first.xml")
    with pytest.raises(InputError, match=r"malformed XML: .*\(line 2, column \d+\)$"):
        tei.read(b"<TEI>\n<text></body></TEI>", "second.xml")


def test_malformed_xml_reports_line_and_column():
    bad = b"<TEI>\n<text><body>\n<p>Open paragraph</body></text></TEI>"
    with pytest.raises(InputError, match=r"malformed XML: .*line 3") as err:
        tei.read(bad, "bad.xml")
    assert err.value.path == "bad.xml"
    message = str(err.value)
    assert message.count("column") == 1 and "<string>" not in message  # the place said once


def test_external_dtd_is_not_fetched():
    data = b"""<!DOCTYPE TEI SYSTEM "http://example.invalid/tei.dtd">
    <TEI><text><body><p>Quiet text.</p></body></text></TEI>"""
    [doc] = tei.read(data, "dtd.xml")
    assert doc.text == "Quiet text."


# ---------------------------------------------------------------- ZIP


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buf.getvalue()


@pytest.mark.timing
def test_zip_bomb_refused_before_decompression():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/zeros.bin", "w", force_zip64=True) as member:
            chunk = bytes(4 << 20)
            for _ in range(75):  # 300 MiB of zeros, streamed
                member.write(chunk)
    started = time.process_time()  # CPU time: inflating 300 MiB would take seconds
    with pytest.raises(InputError, match="zip bomb"):
        check_zip(buf.getvalue(), "bomb.docx", required=("word/document.xml",))
    assert time.process_time() - started < 0.5


def test_member_ratio_limit():
    data = _zip({"word/document.xml": b"<w:document/>", "big.xml": bytes(2 << 20)})
    with pytest.raises(InputError, match=r"compressed \d+:1"):
        check_zip(data, "ratio.docx")


def test_too_many_members():
    data = _zip({f"m{i}.txt": b"x" for i in range(2001)})
    with pytest.raises(InputError, match="too many members"):
        check_zip(data, "many.docx")


@pytest.mark.parametrize("name", ["../evil.xml", "/etc/evil.xml", "word/../../evil", "C:/evil.xml"])
def test_unsafe_member_paths(name):
    data = _zip({"word/document.xml": b"<w:document/>", name: b"x"})
    with pytest.raises(InputError, match="unsafe path"):
        check_zip(data, "paths.docx")


def test_required_member_and_corrupt_zip():
    with pytest.raises(InputError, match="missing word/document.xml"):
        check_zip(_zip({"other.xml": b"<a/>"}), "x.docx", required=("word/document.xml",))
    with pytest.raises(InputError, match="corrupt ZIP"):
        check_zip(b"PK\x03\x04 this is not really a zip", "broken.docx")


def test_ordinary_zip_passes():
    archive = check_zip(_zip({"word/document.xml": b"<w:document/>" * 50}), "ok.docx")
    assert archive.namelist() == ["word/document.xml"]


def test_a_huge_attribute_is_refused_in_one_line_without_libxml_option_names():
    with pytest.raises(InputError) as caught:
        parse_xml(b'<note text="' + b"y" * 12_000_000 + b'"/>', "huge.xml")
    message = str(caught.value)
    assert "\n" not in message and "XML_PARSE" not in message
    assert "a safety limit of the XML parser" in message


def test_libxml_use_option_hint_is_replaced_by_the_limit():
    with pytest.raises(InputError) as caught:
        parse_xml(b"<a>" * 400 + b"</a>" * 400, "deep.xml")
    assert str(caught.value.reason).startswith("elements nested more than 256 deep (a safety limit of the XML parser)")
    assert "XML_PARSE" not in str(caught.value)
