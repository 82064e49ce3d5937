"""DOCX styles based on themselves (round 53, structset70): a converter writing every paragraph in a
style ``normal`` whose ``w:basedOn`` names ``normal`` made every walk up a style's bases loop for ever.
``_docx_styles.style_chain`` gives each style once; the reader finishes. Documents built here with
python-docx (invented content)."""

from __future__ import annotations

import io
import re
import zipfile

import docx

from vitrina.ingest import docx as docx_reader
from vitrina.ingest._docx_styles import style_chain

BODY = "The orchard was planted on the south slope in rows of twelve, each tree grafted by hand."
MORE = "Its cider was pressed in the barn every October and sold at the county fair."


def _cyclic(based_on: dict[str, str]) -> bytes:
    """A small document whose styles part names the bases ``based_on`` gives (style id → base id)."""
    document = docx.Document()
    document.add_heading("The Hillside Orchard", level=1)
    document.add_paragraph(BODY)
    document.add_paragraph(MORE, style="Quote")
    buf = io.BytesIO()
    document.save(buf)
    source, out = zipfile.ZipFile(io.BytesIO(buf.getvalue())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/styles.xml":
                for style_id, base in based_on.items():
                    content = _rebased(content, style_id, base)
            target.writestr(item, content)
    return out.getvalue()


def _rebased(styles: bytes, style_id: str, base: str) -> bytes:
    pattern = rb'(<w:style [^>]*w:styleId="' + style_id.encode() + rb'"[^>]*>)(.*?)(</w:style>)'

    def swap(match: re.Match) -> bytes:
        inner = re.sub(rb"<w:basedOn [^>]*/>", b"", match.group(2))
        return match.group(1) + b'<w:basedOn w:val="' + base.encode() + b'"/>' + inner + match.group(3)

    return re.sub(pattern, swap, styles, count=1, flags=re.S)


def test_a_style_based_on_itself_is_walked_once():
    document = docx.Document(io.BytesIO(_cyclic({"Normal": "Normal"})))
    chain = style_chain(document.styles["Normal"])
    assert [style.style_id for style in chain] == ["Normal"]


def test_two_styles_based_on_each_other_end_the_chain():
    document = docx.Document(io.BytesIO(_cyclic({"Normal": "Quote"})))
    chain = style_chain(document.styles["Quote"])
    assert [style.style_id for style in chain] == ["Quote", "Normal"]


def test_a_document_in_a_self_based_style_is_read():
    [doc] = docx_reader.read(_cyclic({"Normal": "Normal"}), "orchard.docx")
    assert BODY in doc.text and "The Hillside Orchard" in doc.text
