"""DOCX reader (python-docx), after the container passed the ZIP safety checks.

* Paragraph styles: "Title" -> document title (and the first section),
  "Heading 1"-"Heading 3" -> sections, deeper headings -> heading blocks,
  "Caption" -> caption blocks (a trailing "Photo: …"/"Courtesy …" phrase is
  split off as the credit), everything else -> paragraphs.
* Tables: one paragraph per row, cells joined by `` | `` (merged cells once).

Source map: a DOCX has no text offsets of its own, so the "source text" is
the concatenation of all paragraph texts in document order -- body
paragraphs and the paragraphs inside table cells -- joined by ``"\\n"``.
``SourceRef.line`` is the 1-based paragraph index in that sequence and
``start``/``end`` are offsets in that concatenation.
"""

from __future__ import annotations

import io
import re
from pathlib import PurePath

from lxml import etree

from vitrina.errors import InputError
from vitrina.ingest._mapped import LineIndex, MappedText, slugify
from vitrina.ingest.html import CREDIT_PHRASE
from vitrina.ingest.metadata import DocxProperties, docx_metadata
from vitrina.ingest.safety import check_zip, check_zip_xml_members, safe_xml_parser
from vitrina.model import Document, DocumentBuilder
from vitrina.registry import readers

_HEADING = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)


def _paragraphs_in_order(document) -> list:
    """Body paragraphs and tables' cell paragraphs, as (kind, object) items."""
    from docx.table import Table

    items = []
    for item in document.iter_inner_content():
        items.append(("table", item) if isinstance(item, Table) else ("paragraph", item))
    return items


class _Source:
    """The concatenated paragraph text that stands for the DOCX source."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> MappedText:
        # Line breaks inside a paragraph would shift the paragraph numbering.
        text = text.replace("\n", " ").replace("\r", " ")
        if self.parts:
            self.length += 1  # the joining "\n"
        mapped = MappedText()
        mapped.append_verbatim(text, self.length)
        self.parts.append(text)
        self.length += len(text)
        return mapped

    @property
    def text(self) -> str:
        return "\n".join(self.parts)


def _style_name(paragraph) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return ""
    return (style.name or "") if style is not None else ""


def _unique_cells(row) -> list:
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _split_credit(text: MappedText) -> tuple[MappedText, MappedText]:
    matches = list(CREDIT_PHRASE.finditer(text.text))
    if not matches or matches[-1].start() == 0:
        return text, MappedText()
    cut = matches[-1].start()
    caption, _ = text.slice(0, cut).normalise_space()
    credit, _ = text.slice(cut, len(text)).normalise_space()
    if credit.text.startswith(("(", "[")) and credit.text.endswith((")", "]")):
        credit = credit.slice(1, len(credit) - 1)
    return caption, credit


def _open(data: bytes, source: str):
    import docx

    archive = check_zip(data, source, required=("word/document.xml",))
    check_zip_xml_members(archive, source)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on damaged parts
        raise InputError(source, f"cannot read DOCX ({type(exc).__name__}: {exc})") from None


@readers.register("docx", label="DOCX", suffixes=(".docx",))
def read(data: bytes, source: str) -> list[Document]:
    document = _open(data, source)
    src = _Source()
    blocks: list[tuple[str, MappedText, int]] = []  # (style kind, text, heading level)
    for kind, item in _paragraphs_in_order(document):
        if kind == "paragraph":
            style = _style_name(item)
            mapped = src.add(item.text)
            heading = _HEADING.match(style)
            if style.lower() == "title":
                blocks.append(("title", mapped, 0))
            elif heading:
                blocks.append(("heading", mapped, int(heading.group(1))))
            elif style.lower() == "caption":
                blocks.append(("caption", mapped, 0))
            else:
                blocks.append(("paragraph", mapped, 0))
        else:
            for row in item.rows:
                row_text = MappedText()
                for cell in _unique_cells(row):
                    cell_text = MappedText()
                    for paragraph in cell.paragraphs:
                        if len(cell_text):
                            cell_text.append_char(" ", src.length, src.length + 1)
                        cell_text.extend(src.add(paragraph.text))
                    clean, _ = cell_text.normalise_space()
                    if clean.text:
                        if len(row_text):
                            row_text.append_at(" | ", row_text.ends[-1])
                        row_text.extend(clean)
                blocks.append(("paragraph", row_text, 0))
    text = src.text
    builder = DocumentBuilder(slugify(PurePath(source).stem), source, "docx", text)
    title = _emit(builder, blocks, LineIndex(text))
    core_title, meta = _core_properties(document, len(text.split()))
    if title:
        meta["title_source"] = "docx: paragraph in the Title style"
    elif not core_title:
        meta.pop("title_source", None)
    return [builder.build(title=title or core_title, meta=meta)]


def _core_properties(document, words: int) -> tuple[str | None, dict[str, str]]:
    """Title, author and date from ``docProps/core.xml`` and ``app.xml``, when the document's own
    (see :mod:`vitrina.ingest.metadata`); nothing when those parts are damaged.

    The parts are optional metadata: a malformed one (wrong root element, odd
    values) must not cost the document its text.
    """
    try:
        core = document.core_properties
        props = DocxProperties(
            title=core.title or "", author=core.author or "", last_modified_by=core.last_modified_by or "",
            created=core.created, modified=core.modified, revision=core.revision or 0,
            actual_words=words, **_app_properties(document),
        )
        meta = docx_metadata(props)
    except Exception:  # noqa: BLE001 - python-docx raises AttributeError, ValueError… on damaged parts
        return None, {}
    return meta.pop("title", None), meta


_APP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


def _app_properties(document) -> dict:
    """The template and word count ``docProps/app.xml`` states ({} when none or unreadable)."""
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            try:
                root = etree.fromstring(part.blob, safe_xml_parser())
            except etree.XMLSyntaxError:
                return {}
            template, words = root.findtext(f"{_APP}Template"), root.findtext(f"{_APP}Words")
            found: dict = {"template": (template or "").strip()}
            if words and words.strip().isdigit():
                found["stated_words"] = int(words)
            return found
    return {}


def _emit(
    builder: DocumentBuilder, blocks: list[tuple[str, MappedText, int]], lines: LineIndex
) -> str | None:
    title = None
    for kind, raw, level in blocks:
        mapped, _ = raw.normalise_space()
        if not mapped.text:
            continue
        pieces = mapped.pieces(lines)
        if kind == "title":
            title = title or mapped.text
            builder.section(None, pieces)
        elif kind == "heading" and 1 <= level <= 3:
            builder.section(None, pieces)
        elif kind == "heading":
            builder.block("heading", pieces)
        elif kind == "caption":
            caption, credit = _split_credit(mapped)
            builder.block("caption", caption.pieces(lines), credit=credit.text or None)
            if credit.text:
                builder.block("credit", credit.pieces(lines))
        else:
            builder.block("paragraph", pieces)
    return title
