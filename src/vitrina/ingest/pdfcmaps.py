"""Fonts whose Unicode map pdfium refuses, rewritten so that it reads them.

A PDF font says which character each of its codes stands for in a ToUnicode CMap, in ``beginbfchar`` /
``beginbfrange`` blocks that each declare how many entries they hold (at most 100). Some producers declare a
count that is not the number of entries written (one block of "681" holding 662); poppler and pdfminer read
the entries, pdfium refuses the whole map. pdfium then flags every character of that font
(``FPDFText_HasUnicodeMapError``) and gives the raw code instead — for the usual embedded subset the glyph's
number, so "Europe" reads as "(XURSH" and the page as gibberish, spaces lost. When a page shows such
characters, the document's ToUnicode CMaps are re-written with every block counted again and split at 100 entries
(same entries, same order) with pypdf, and the PDF is read again. Anything pypdf cannot rewrite leaves the document as it was.
"""

from __future__ import annotations

import io
import re
from typing import Any

CMAP_LIMITS = {
    "block_entries": 100,  # the CMap format's own limit per block (Adobe technical note 5014)
    "sample_step": 7,  # every 7th character of a page is checked for a refused map (a refused font is whole)
    "max_cmaps": 4096,  # fonts rewritten per document at most
}

_BLOCK = re.compile(rb"(\d+)\s+begin(bfchar|bfrange)\s(.*?)end\2", re.S)
_HEX = rb"<[0-9A-Fa-f\s]*>"
_ENTRY = {
    b"bfchar": re.compile(rb"(" + _HEX + rb")\s*(" + _HEX + rb"|/[^\s<>\[\]/]+)"),
    b"bfrange": re.compile(rb"(" + _HEX + rb")\s*(" + _HEX + rb")\s*(" + _HEX + rb"|\[[^\]]*\])"),
}


def has_refused_map(textpage: Any) -> bool:
    """Does pdfium flag characters of this text page (a raw handle) as having no usable Unicode map?"""
    import pypdfium2.raw as raw

    count = raw.FPDFText_CountChars(textpage)
    return any(raw.FPDFText_HasUnicodeMapError(textpage, k) == 1
               for k in range(0, count, CMAP_LIMITS["sample_step"]))


def rechunked(cmap: bytes) -> bytes:
    """A ToUnicode CMap with every ``bfchar``/``bfrange`` block's entries counted again and split into blocks of
    at most 100."""
    size = CMAP_LIMITS["block_entries"]

    def split(block: re.Match[bytes]) -> bytes:
        kind = block.group(2)
        entries = [b" ".join(m.groups()) for m in _ENTRY[kind].finditer(block.group(3))]
        return b"\n".join(b"%d begin%s\n%s\nend%s" % (len(chunk), kind, b"\n".join(chunk), kind)
                         for chunk in (entries[i:i + size] for i in range(0, len(entries), size)))

    return _BLOCK.sub(split, cmap)


def with_readable_cmaps(data: bytes) -> bytes:
    """The PDF with its ToUnicode CMaps re-blocked (see the module's note), or ``data`` unchanged when there
    is nothing to rewrite or pypdf cannot read the file."""
    try:
        from pypdf import PdfReader, PdfWriter
        from pypdf.generic import DecodedStreamObject, NameObject

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        changed = 0
        for font in _fonts(writer.pages):
            if changed >= CMAP_LIMITS["max_cmaps"] or "/ToUnicode" not in font:
                continue
            old = font["/ToUnicode"].get_object().get_data()
            new = rechunked(old)
            if new != old:
                stream = DecodedStreamObject()
                stream.set_data(new)
                font[NameObject("/ToUnicode")] = writer._add_object(stream)
                changed += 1
        if not changed:
            return data
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except Exception:  # noqa: BLE001 - a file pypdf cannot rewrite is read as it is
        return data


def _fonts(pages: Any) -> list[Any]:
    """Every font dictionary the pages use, in their resources and their forms' resources, once each."""
    seen: set[int] = set()
    found: list[Any] = []
    todo = [page.get("/Resources") for page in pages]
    steps = 0
    while todo and steps < CMAP_LIMITS["max_cmaps"] * 4:  # a bound on forms nested in one another
        steps += 1
        entry = todo.pop()
        resources: Any = entry.get_object() if entry is not None else None
        if not hasattr(resources, "get") or id(resources) in seen:
            continue
        seen.add(id(resources))
        fonts = resources.get("/Font")
        for font in (fonts.get_object().values() if fonts is not None else []):
            font = font.get_object()
            if id(font) not in seen:
                seen.add(id(font))
                found.append(font)
        forms = resources.get("/XObject")
        for form in (forms.get_object().values() if forms is not None else []):
            form = form.get_object()
            if form.get("/Subtype") == "/Form":
                todo.append(form.get("/Resources"))
    return found
