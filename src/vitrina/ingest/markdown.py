"""Markdown reader: a line-based reader, no dependency.

* ``#``/``##``/``###`` (and setext ``===``/``---`` underlines) open sections,
  deeper headings are heading blocks; title from front matter ``title:``,
  else the first ``#`` heading. A deeper heading holding only a unit label
  ("###### Walk 3") right over a section heading is that section's label; a
  paragraph that is one short bold line ending no sentence is a heading.
* Paragraphs join their soft-wrapped lines with a space; each list item,
  each blockquote paragraph and each table row (cells joined `` | ``) is a
  paragraph; fenced code keeps its lines; reference definitions, rules and
  HTML comments are dropped; so are footnote calls (``[^1]``) and navigation
  lines made only of links and separators ("Contents: [A](#a) · [B](#b)",
  "[← Back](/list/)"). A shortcode line (``{{< … >}}``) is template markup; a
  ``figure`` shortcode is a figure (``caption``/``title`` its caption, ``attr``
  its credit, ``alt`` kept on the figure).
* Images ``![alt](src "title")`` become figures (``Document.figures``) after
  their paragraph. The caption is the title when present (a title that reads
  like a credit, "Photo: …", "Courtesy …", is the credit), else a paragraph
  set wholly in emphasis right under the image (``*…*``) or opening with a
  position label ("*Above:* …"), its credit a
  trailing credit phrase or credit-shaped run, or a blockquote credit line
  under it (``> Photo: …``); an italic caption set above its image takes the
  image after it. Alt text stays on the figure: it describes the image, it is
  not a caption.
* Footnote definitions (``[^1]: …`` with their wrapped lines and indented
  continuation) are lifted out of the running text and kept, each as one
  paragraph, in a final "Notes" section (as the TEI reader keeps ``note``).
* Emphasis markers, code backticks, link targets, escapes and inline HTML
  tags are stripped, entities decoded; every kept character stays mapped to
  its source offset.
"""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from dataclasses import dataclass, field

from vitrina.ingest._captions import (
    CREDIT_PHRASE,
    bare_label,
    clean_credit,
    heading_label,
    is_credit_line,
    kicker_label,
)
from vitrina.ingest._captions import split_credit as split_credit_phrase
from vitrina.ingest._mapped import LineIndex, MappedText, document_id
from vitrina.ingest.encoding import add_warning, decode
from vitrina.ingest.html import BLOCK_TAGS, NO_TEXT_DATA
from vitrina.limits import FILE_LIMITS
from vitrina.model import CELL_SEPARATOR, Document, DocumentBuilder, Piece, SourceRef
from vitrina.registry import readers
from vitrina.structure.assemble import NOTES_TITLE
from vitrina.structure.captions import credit_start, match_label
from vitrina.structure.plainlayout import counting_labels

ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
QUOTE = re.compile(r"^ {0,3}> ?")
ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]]+\]:")
# A Hugo shortcode on a line of its own: "{{< figure src=… >}}", "{{% note %}}".
SHORTCODE = re.compile(r"^\s*\{\{[<%]\s*(/?[\w.-]+)(.*?)[>%]\}\}\s*$")
SHORTCODE_ARG = re.compile(r"""([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s"']+))""")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^[\s|:-]+$")
IMAGE_LINE = re.compile(r"^\s*!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)\s*$")

# An inline ``data:`` URI (a whole image file in base64, any length): it holds no parenthesis, bracket or
# space, so a scan for one stops at the next "[" and unclosed ones stay linear.
DATA_URI = r"(?i:data):[^()\[\]\s]*"
# A link's "(destination)": it may hold balanced parentheses ("Jones_(sailor)"), one level deep; a data: URI
# may be longer than the bound. As in CommonMark, no space inside it unless it is set in <angle brackets>:
# after a space only a quoted or parenthesised title may follow ("[a](b c)" is no link but text).
LINK_DESTINATION = (
    rf"\([ \t]*(?:{DATA_URI}|<[^<>\n]{{0,2000}}>|(?:[^()\s]|\([^()\s]{{0,500}}\)){{0,2000}})"
    r"""(?:\s+(?:"[^"]{0,1000}"|'[^']{0,1000}'|\([^()]{0,1000}\)))?[ \t]*\)"""
)
# Bracketed runs are bounded: unbounded ones made unclosed "[" "![" "](" quadratic.
INLINE = re.compile(
    r"(?P<escape>\\[!-/:-@\[-`{-~])"
    r"|(?P<code>`+)(?P<codetext>.+?)(?P=code)"
    r"|(?P<fnref>\[\^[^\]\s]{1,100}\])"  # a footnote call "[^2]": not text
    rf"|(?P<image>!\[(?P<alt>[^\]]{{0,1000}})\]\((?P<src>{DATA_URI}|(?:[^()\s]|\([^()\s]{{0,500}}\)){{0,2000}})(?:\s+[\"'(](?P<title>[^\"')]{{0,1000}})[\"')])?\s*\))"
    rf"|(?P<link>\[(?P<ltext>[^\]]{{1,1000}})\](?:{LINK_DESTINATION}|\[[^\]]{{0,1000}}\]))"
    r"|(?P<auto><(?P<url>(?:https?|mailto|ftp):[^>\s]+)>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<delim>\*+|_+|~~)"
)

# Inline HTML tags that part the words on either side (a line break, a block, a cell); the
# rest (span, em, a …) join them as the page shows them.
WORD_BREAKING_TAGS = BLOCK_TAGS | {"br", "tr", "td", "th", "caption", "img"}
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")


@dataclass
class _Image:
    alt: MappedText
    title: MappedText
    src: str = ""


@dataclass
class _Held:
    """A caption waiting for what may follow it: a credit set as a blockquote line
    under it, or its image when the caption is set above the picture."""

    text: MappedText
    position: str | None
    credit: MappedText
    image: _Image | None
    raw: MappedText  # the paragraph as written, for a caption that finds no image


@dataclass
class _Delim:
    char: str
    can_open: bool
    can_close: bool
    dropped: bool = False


@dataclass
class _Inline:
    """Tokens of a paragraph: kept text or emphasis delimiter runs."""

    tokens: list[tuple[MappedText, _Delim | None]] = field(default_factory=list)
    images: list[_Image] = field(default_factory=list)


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P") or unicodedata.category(ch).startswith("S")


def _delim(text: str, start: int, end: int) -> _Delim:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    left = not after.isspace() and (not _is_punct(after) or before.isspace() or _is_punct(before))
    right = not before.isspace() and (not _is_punct(before) or after.isspace() or _is_punct(after))
    char = text[start]
    if char == "_":
        return _Delim(
            char,
            left and (not right or _is_punct(before)),
            right and (not left or _is_punct(after)),
        )
    return _Delim(char, left, right)


def _tokenise(mt: MappedText, out: _Inline) -> None:
    text = mt.text
    pos = 0
    unclosed: set[str] = set()  # elements with no closing tag after some point: none after a later one
    for m in INLINE.finditer(text):
        if m.start() < pos:  # inside a script or style element skipped below
            continue
        out.tokens.append((mt.slice(pos, m.start()), None))
        pos = m.end()
        if m.group("escape"):
            out.tokens.append((mt.slice(m.start() + 1, m.end()), None))
        elif m.group("code"):
            out.tokens.append((mt.slice(m.start("codetext"), m.end("codetext")), None))
        elif m.group("fnref"):
            continue
        elif m.group("image"):
            alt = _clean(mt.slice(*m.span("alt")))
            out.images.append(_Image(alt, _title(mt, m), m.group("src") or ""))
        elif m.group("link"):
            _tokenise(mt.slice(m.start("ltext"), m.end("ltext")), out)
        elif m.group("auto"):
            out.tokens.append((mt.slice(m.start("url"), m.end("url")), None))
        elif m.group("tag"):
            name = _TAG_NAME.match(m.group("tag"))
            if name is not None and not m.group("tag").startswith("</") and name.group(1).lower() in NO_TEXT_DATA:
                pos = _past_closing(text, name.group(1).lower(), pos, unclosed)  # its code is no text
                continue
            if name is not None and name.group(1).lower() in WORD_BREAKING_TAGS:
                piece = MappedText()  # "wheel<br>turned", "</td><td>": the words stay apart
                piece.append_char(" ", mt.starts[m.start()], mt.ends[m.end() - 1])
                out.tokens.append((piece, None))
        elif m.group("entity"):
            char = html_lib.unescape(m.group("entity"))
            piece = MappedText()
            piece.append_char(char, mt.starts[m.start()], mt.ends[m.end() - 1])
            out.tokens.append((piece, None))
        elif m.group("delim"):
            out.tokens.append((mt.slice(m.start(), m.end()), _delim(text, m.start(), m.end())))
    out.tokens.append((mt.slice(pos, len(text)), None))


def _past_closing(text: str, name: str, start: int, unclosed: set[str]) -> int:
    """The offset after the closing tag of element ``name`` opened before ``start`` (a raw
    ``<script>``, ``<style>`` or ``<template>`` whose content a browser never shows, as the
    HTML reader drops it), or ``start`` when it is not closed in the paragraph."""
    if name not in unclosed:
        close = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, start)
        if close is not None:
            return close.end()
        unclosed.add(name)
    return start


def _title(mt: MappedText, m: re.Match) -> MappedText:
    return _clean(mt.slice(*m.span("title"))) if m.group("title") else MappedText()


def _pair_delimiters(tokens: list[tuple[MappedText, _Delim | None]]) -> None:
    """Drop emphasis delimiter runs that pair up; lone ones stay as text."""
    openers: list[_Delim] = []
    for _, delim in tokens:
        if delim is None:
            continue
        match = next(
            (i for i in range(len(openers) - 1, -1, -1) if openers[i].char == delim.char), None
        )
        if delim.can_close and match is not None:
            openers[match].dropped = delim.dropped = True
            del openers[match:]
        elif delim.can_open:
            openers.append(delim)


def _render(mt: MappedText) -> tuple[MappedText, list[_Image]]:
    """Inline Markdown stripped to plain mapped text, plus its images."""
    parsed = _Inline()
    _tokenise(mt, parsed)
    _pair_delimiters(parsed.tokens)
    out = MappedText()
    for piece, delim in parsed.tokens:
        if delim is None or not delim.dropped:
            out.extend(piece)
    clean, _ = out.normalise_space()
    return clean, parsed.images


def _clean(mt: MappedText) -> MappedText:
    return _render(mt)[0]


class _Reader:
    def __init__(self, source_text: str, builder: DocumentBuilder):
        self.src = source_text
        self.lines = LineIndex(source_text)
        self.b = builder
        self.para: MappedText | None = None
        self.para_kind = "paragraph"
        self.notes: list[list[tuple[str, int]]] = []  # footnote definitions' lines, in order
        self.title: str | None = None
        self.pending: list[_Image] = []  # images waiting for an italic caption line
        self.counted: dict[str, str] = {}  # heading text -> a bare label counting up through them
        self.held: _Held | None = None  # a caption not emitted yet (see _Held)
        self.kicker: MappedText | None = None  # a label line over the next section heading
        self.bold_level = 2  # the heading level of a paragraph that is one bold line
        self.cut_rows = 0  # table rows cut to ``FILE_LIMITS["table_cells"]`` cells

    # -- blocks
    def add_line(self, text: str, offset: int) -> None:
        if self.para is None:
            self.para = MappedText()
        elif len(self.para):
            self.para.append_char(" ", offset - 1, offset)  # the newline it replaces
        self.para.append_verbatim(text, offset)

    def flush(self) -> None:
        if self.para is not None and self.para_kind == "paragraph" and _links_only(self.para.text):
            self.para = None  # a navigation line: a table of contents, a "back to …" link
            return
        if self.para is not None and not self.pending and self.para_kind == "paragraph" and _strong_line(self.para.text):
            para, self.para = self.para, None
            self.heading(self.bold_level, para)
            return
        if self.para is not None:
            text, images = _render(self.para)
            italic = self.para_kind == "paragraph" and not images and (
                _emphasised(self.para.text) or _emphasised_then_credit(self.para.text)
            )
            held = self.held
            if held and not held.credit.text and self.para_kind == "quote" and not images and (
                is_credit_line(text.text)
            ):
                held.credit = clean_credit(text)  # "> Photo: …" under the caption
            elif self.pending and (italic or _position_led(text)):
                self.settle()
                self.caption_line(text, self.pending.pop(0))
            elif italic and held is None:
                self.caption_line(text, None, self.para)  # its image may come after it
            elif held and held.image is None and images and not text.text:
                held.image = images[0]  # the picture under a caption set above it
                self.settle()
                for image in images[1:]:
                    self.image(image)
            else:
                self.settle()
                self.release()
                if text.text:
                    self.b.block("paragraph", text.pieces(self.lines))
                for image in images:
                    self.image(image)
        self.para = None

    def image(self, image: _Image) -> None:
        """An image: its title (or a credit-like title) is the caption; else it waits for
        an italic line under it. Its alt text stays on the figure, never a caption."""
        self.settle()
        credit = MappedText()
        caption = image.title
        if image.title.text and CREDIT_PHRASE.match(image.title.text):
            credit, caption = image.title, MappedText()
        if not caption.text and not credit.text:
            self.pending.append(image)
            return
        block = None
        if caption.text:
            block = self.b.block("caption", caption.pieces(self.lines), credit=credit.text or None)
        if credit.text:
            self.b.block("credit", credit.pieces(self.lines))
        self.b.figure(block, src=image.src or None, alt=image.alt.text or None)

    def caption_line(self, text: MappedText, image: _Image | None, raw: MappedText | None = None) -> None:
        """An italic line beside an image is its caption: a position label ("Left:") its
        head, a credit phrase its tail. It is held: a blockquote credit line may follow
        it, and a caption set above its picture waits for the image."""
        position = None
        label = match_label(text.text)
        if label is not None and label[1] < len(text):
            position = label[0]
            text = text.slice(label[1], len(text))
        caption, credit = split_credit(text)
        self.held = _Held(caption, position, credit, image, raw or MappedText())
        self.release()

    def finish_notes(self) -> None:
        """The footnotes after the body: a "Notes" section, one paragraph a note (its
        marker "[^1]:" and indentation left out)."""
        if not self.notes:
            return
        self.b.section(None, NOTES_TITLE)
        for note in self.notes:
            para = MappedText()
            for k, (line, offset) in enumerate(note):
                marker = FOOTNOTE_DEF.match(line) if k == 0 else None
                start = marker.end() if marker else 0
                start += len(line[start:]) - len(line[start:].lstrip())
                if line[start:].strip():
                    if len(para):
                        para.append_char(" ", offset - 1, offset)  # the line break it replaces
                    para.append_verbatim(line[start:].rstrip(), offset + start)
            text, _ = _render(para)
            if text.text:
                self.b.block("paragraph", text.pieces(self.lines))
        self.notes = []

    def settle(self) -> None:
        """Emit the held caption with its credit and figure; one that found no image
        is the italic paragraph it was written as (with the quote under it)."""
        held, self.held = self.held, None
        if held is None:
            return
        if held.image is None:
            text, _ = _render(held.raw)
            self.b.block("paragraph", text.pieces(self.lines))
            if held.credit.text:
                self.b.block("paragraph", held.credit.pieces(self.lines))
            return
        credit = held.credit.text or None
        block = self.b.block("caption", held.text.pieces(self.lines), position=held.position, credit=credit)
        if credit:
            self.b.block("credit", held.credit.pieces(self.lines))
        self.b.figure(block, src=held.image.src or None, alt=held.image.alt.text or None)

    def shortcode(self, m: re.Match, offset: int) -> None:
        """A shortcode line is template markup, never text; a ``figure`` shortcode is a
        figure: ``caption`` (else ``title``) its caption, ``attr`` its credit, ``alt``
        stays on the figure."""
        self.flush()
        self.settle()
        self.release()
        if m.group(1).lower() != "figure":
            return
        args: dict[str, MappedText] = {}
        base = offset + m.start(2)
        for arg in SHORTCODE_ARG.finditer(m.group(2)):
            group = next(g for g in (2, 3, 4) if arg.group(g) is not None)
            value = MappedText()
            value.append_verbatim(arg.group(group), base + arg.start(group))
            args[arg.group(1).lower()] = _clean(value)
        caption = args.get("caption") or args.get("title") or MappedText()
        credit = args.get("attr") or MappedText()
        block = None
        if caption.text:
            block = self.b.block("caption", caption.pieces(self.lines), credit=credit.text or None)
            if credit.text:
                self.b.block("credit", credit.pieces(self.lines))
        alt = args.get("alt")
        self.b.figure(block, src=(args["src"].text if "src" in args else None), alt=alt.text if alt else None)

    def release(self) -> None:
        """Images that found no caption stay figures without one."""
        for image in self.pending:
            self.b.figure(None, src=image.src or None, alt=image.alt.text or None)
        self.pending = []

    def heading(self, level: int, raw: MappedText, next_line: str = "") -> None:
        self.flush()
        self.settle()
        self.release()
        clean, _ = _render(raw)
        if not clean.text:
            return
        if self.title is None and level == 1:
            self.title = clean.text
        kicker, self.kicker = self.kicker, None
        if level <= 3:
            label, cut = heading_label(clean.text)
            if label is None:
                label, cut = bare_label(clean.text, self.counted.get(clean.text))
            if label is not None:
                clean = clean.slice(cut, len(clean))
            elif kicker is not None:
                label = kicker_label(kicker.text)
            self.b.section(label, clean.pieces(self.lines), rank=level)
            return
        if kicker is not None:
            self.b.block("heading", kicker.pieces(self.lines))
        if kicker_label(clean.text) and _section_heading(next_line):
            self.kicker = clean  # "###### Walk 3" right over "## Below the Falls …": the section's label
        else:
            self.b.block("heading", clean.pieces(self.lines))

    def table_row(self, line: str, offset: int) -> None:
        self.flush()
        self.settle()
        if TABLE_RULE.match(line):
            return
        row = MappedText()
        inner_start = line.index("|") + 1
        inner_end = line.rindex("|")
        for count, cell in enumerate(re.finditer(r"(?:\\\||[^|])+", line[inner_start:inner_end])):
            if count == FILE_LIMITS["table_cells"]:
                self.cut_rows += 1  # the rest of a very wide row is left out (``finish_tables``)
                break
            cell_text = MappedText()
            cell_text.append_verbatim(cell.group(), offset + inner_start + cell.start())
            clean, _ = _render(cell_text)
            if len(row):
                row.append_at(CELL_SEPARATOR, row.ends[-1])
            row.extend(clean)
        if row.text.strip(" |"):
            self.b.block("paragraph", row.pieces(self.lines))

    def finish_tables(self) -> None:
        """Say how many table rows were cut to the cell limit (once a file)."""
        if self.cut_rows:
            add_warning(f"{self.cut_rows:,} table row(s) cut to their first {FILE_LIMITS['table_cells']:,} cells "
                        "(the table cell limit); the cells past it are left out")

    def code(self, lines: list[tuple[str, int]]) -> None:
        self.settle()
        block = MappedText()
        for text, offset in lines:
            if len(block):
                block.append_char("\n", offset - 1, offset)
            block.append_verbatim(text, offset)
        if block.text.strip():
            self.b.block("paragraph", block.pieces(self.lines))


def _front_matter(lines: list[tuple[str, int]]) -> tuple[dict[str, str], int]:
    """YAML-ish front matter key/values and the index of the first body line."""
    if not lines or lines[0][0].strip() != "---":
        return {}, 0
    meta: dict[str, str] = {}
    for i, (text, _) in enumerate(lines[1:], 1):
        if text.strip() in ("---", "..."):
            return meta, i + 1
        key, sep, value = text.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t")):
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return {}, 0


# A paragraph that is one line wholly in strong emphasis ("**The Orchard**").
_STRONG_LINE = re.compile(r"^\s*(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1\s*$")
BOLD_HEADING_WORDS = 12  # a bold line this short that ends no sentence is a heading


def _strong_line(raw: str) -> bool:
    """A paragraph written as one bold line of a few words ending no sentence: a heading
    in Markdown exported from a word processor ("**The Orchard**"), not a bold lead-in."""
    m = _STRONG_LINE.match(raw)
    if m is None or "**" in m.group(2) or "__" in m.group(2):
        return False
    text = _clean_text(raw)
    return (
        0 < len(text.split()) <= BOLD_HEADING_WORDS
        and not text.rstrip().endswith((".", "!", "?", ",", ";"))
        and not is_credit_line(text, names=False)
    )


def _has_section_headings(lines: list[tuple[str, int]]) -> bool:
    """Sections are opened by ``##``/``###`` or setext ``---`` headings: a bold line is
    then a heading within a section."""
    previous = ""
    for line, _ in lines:
        atx = ATX.match(line)
        if (atx and len(atx.group(1)) in (2, 3)) or (previous.strip() and re.match(r"^ {0,3}-+[ \t]*$", line)
                                                      and not RULE.match(previous)):
            return True
        previous = line
    return False


def _section_heading(line: str) -> bool:
    """``line`` is a heading that opens a section (``#`` to ``###``)."""
    atx = ATX.match(line)
    return atx is not None and len(atx.group(1)) <= 3


def _has_top_heading(lines: list[tuple[str, int]]) -> bool:
    return any(re.match(r"#\s", text) for text, _ in lines)


def _front_matter_title(builder: DocumentBuilder, front: list[tuple[str, int]]) -> None:
    """The front matter's ``title:`` opens the unit's first section, mapped to its
    value in the source, when the body has no top-level heading of its own (what comes
    before the first ``##`` then belongs to the title: a hero picture, an introduction)."""
    for lineno, (text, offset) in enumerate(front, 1):
        m = re.match(r"title\s*:\s*([\"']?)(.+?)\1\s*$", text, re.IGNORECASE)
        if m and m.group(2).strip():
            start = offset + m.start(2)
            builder.section(None, [Piece(m.group(2), SourceRef(start, start + len(m.group(2)), lineno))])
            return


def _split_lines(text: str) -> list[tuple[str, int]]:
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((line, offset))
        offset += len(line) + 1
    return lines


def blank_comments(text: str) -> str:
    """``text`` with each closed HTML comment blanked (newlines kept), in one pass.

    A comment never closed stays text; searching on from every "<!--" for a
    "-->" that never comes made ``<!--`` runs quadratic.
    """
    parts: list[str] = []
    pos = 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break  # no later comment can close either
        end += 3
        parts.append(text[pos:start])
        parts.append(re.sub(r"[^\n]", " ", text[start:end]))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


@readers.register("markdown", label="Markdown", suffixes=(".md", ".markdown"))
def read(data: bytes, source: str) -> list[Document]:
    text = decode(data, source)
    # Comments become spaces of the same length, so offsets do not move.
    visible = blank_comments(text)
    lines = _split_lines(visible)
    meta, first = _front_matter(lines)
    builder = DocumentBuilder(document_id(source), source, "markdown", text)
    reader = _Reader(text, builder)
    reader.counted = _counted_headings(lines[first:])
    reader.bold_level = 4 if _has_section_headings(lines[first:]) else 2
    if not _has_top_heading(lines[first:]):
        _front_matter_title(builder, lines[:first])
    _read_blocks(reader, lines[first:])
    reader.flush()
    reader.settle()
    reader.release()
    reader.finish_notes()
    reader.finish_tables()
    title = meta.get("title") or reader.title
    meta_out = {
        k: v for k, v in meta.items() if k in ("author", "date", "description", "source") and v
    }
    return [builder.build(title=title, meta=meta_out)]


_EMPHASIS_LINE = re.compile(r"^\s*([*_]{1,2})(?=\S)(?:.(?!\1))*.\1[\s.,;:]*$", re.DOTALL)


def _counted_headings(lines: list[tuple[str, int]]) -> dict[str, str]:
    """``#``–``###`` heading texts opening with a bare label that counts up through them
    ("## A Harbour …", "## B The Crane"): {heading text: label}."""
    texts = []
    for line, _ in lines:
        atx = ATX.match(line)
        if atx and len(atx.group(1)) <= 3:
            texts.append(_clean_text(atx.group(2)))
    return {texts[k]: label for k, label in counting_labels(texts).items()}


_EMPHASIS_THEN_REST = re.compile(r"^\s*([*_]{1,2})(?=\S)(.+?)(?<=\S)\1\s+(\S.*)$", re.DOTALL)


def _emphasised_then_credit(raw: str) -> bool:
    """An emphasised caption followed by a plain credit ("*The quay.* Lent by …")."""
    m = _EMPHASIS_THEN_REST.match(raw.strip())
    return m is not None and is_credit_line(_clean_text(m.group(3)))


def _clean_text(raw: str) -> str:
    piece = MappedText()
    piece.append_verbatim(raw, 0)
    return _clean(piece).text


def _emphasised(raw: str) -> bool:
    """The whole paragraph is set in emphasis: ``*…*`` or ``_…_`` (a caption line)."""
    stripped = raw.strip()
    return bool(_EMPHASIS_LINE.match(stripped)) and len(stripped) > 4


def split_credit(text: MappedText) -> tuple[MappedText, MappedText]:
    """A caption and its trailing credit: a credit phrase ("Photo: …", "Courtesy …"), or
    a credit-shaped run after the last sentence ("… 1936. Library of Congress")."""
    caption, credit = split_credit_phrase(text)
    if credit.text:
        return caption, credit
    words = list(re.finditer(r"\S+", text.text))
    start = credit_start([w.group() for w in words], True)
    if start is None or start == 0:
        return text, MappedText()
    cut = words[start].start()
    head, _ = text.slice(0, cut).normalise_space()
    tail, _ = text.slice(cut, len(text)).normalise_space()
    return head, tail


def _skip_footnote(lines: list[tuple[str, int]], i: int) -> int:
    """The index after a footnote definition's lines: its own wrapped lines, then
    indented continuation paragraphs (the note is not body text)."""
    while i < len(lines) and lines[i][0].strip() and not FOOTNOTE_DEF.match(lines[i][0]):
        i += 1
    while i < len(lines):
        k = i
        while k < len(lines) and not lines[k][0].strip():
            k += 1
        if k < len(lines) and lines[k][0].startswith(("    ", "\t")):
            i = k + 1
            while i < len(lines) and lines[i][0].strip():
                i += 1
        else:
            return i
    return i


_LINK = re.compile(r"!?\[[^\]]{1,1000}\]" + LINK_DESTINATION)
# What may stand beside the links of a navigation line: emphasis, separators and a
# short lead label ("Contents:", "See also:").
_NAV_REST = re.compile(r"^(?:[^\s:.!?]+(?:\s+[^\s:.!?]+){0,2}:)?[\s*_·|•,;/–—>-]*$")


def _links_only(raw: str) -> bool:
    """A paragraph made of links and nothing but separators (and a short lead label):
    site navigation, not text. One link alone to another site (a scheme's URL) is a
    reference the author gives, kept as its text; alone to a page of the same site
    ("/list/", "#top", "../index.md") it is navigation."""
    links = [m for m in _LINK.finditer(raw) if not m.group().startswith("!")]
    if not links:
        return False
    rest = _LINK.sub(" ", raw).replace("*", " ").replace("_", " ").strip()
    if not _NAV_REST.match(rest):
        return False
    return len(links) > 1 or bool(rest.strip(" *_")) or not _OTHER_SITE.match(_destination(links[0].group()))


_OTHER_SITE = re.compile(r"<?[A-Za-z][A-Za-z0-9+.-]*:")  # a URL with a scheme: https:, mailto:, doi:


def _destination(link: str) -> str:
    """The "(destination …)" of a link match, without its parentheses and leading space."""
    return link[link.index("](") + 2 :].strip(" \t")


def _position_led(text: MappedText) -> bool:
    """A paragraph opening with a position label ("Above: …", "Left: …")."""
    label = match_label(text.text)
    return label is not None and label[1] < len(text)


def _read_blocks(r: _Reader, lines: list[tuple[str, int]]) -> None:
    i = 0
    while i < len(lines):
        line, offset = lines[i]
        i += 1
        fence = FENCE.match(line)
        if fence:
            r.flush()
            body = []
            while i < len(lines) and not lines[i][0].lstrip().startswith(fence.group(1)):
                body.append(lines[i])
                i += 1
            i += 1
            r.code(body)
        elif not line.strip():
            r.flush()
        elif (atx := ATX.match(line)) is not None:
            raw = MappedText()
            raw.append_verbatim(atx.group(2), offset + atx.start(2))
            r.heading(len(atx.group(1)), raw, lines[i][0] if i < len(lines) else "")
        elif r.para is not None and r.para_kind == "paragraph" and SETEXT.match(line):
            para, r.para = r.para, None
            r.heading(1 if line.strip().startswith("=") else 2, para)
        elif FOOTNOTE_DEF.match(line) and r.para is None:
            r.flush()
            end = _skip_footnote(lines, i)
            for entry in lines[i - 1 : end]:  # a definition right under a continuation is a note of its own
                if FOOTNOTE_DEF.match(entry[0]):
                    r.notes.append([])
                r.notes[-1].append(entry)
            i = end
        elif (code := SHORTCODE.match(line)) is not None:
            r.shortcode(code, offset)
        elif RULE.match(line) or REF_DEF.match(line):
            r.flush()
        elif TABLE_ROW.match(line):
            r.table_row(line, offset)
        elif (quote := QUOTE.match(line)) is not None:
            if r.para_kind != "quote" or r.para is None:
                r.flush()
            r.para_kind = "quote"
            rest = line[quote.end() :]
            if rest.strip():
                r.add_line(rest, offset + quote.end())
            else:
                r.flush()
        elif (item := ITEM.match(line)) is not None and not IMAGE_LINE.match(line):
            r.flush()
            r.para_kind = "item"
            r.add_line(line[item.end() :], offset + item.end())
        elif IMAGE_LINE.match(line) and (r.para is None or r.para_kind == "paragraph"):
            # an image on a line of its own stands apart: the line under it may caption it
            r.flush()
            r.para_kind = "paragraph"
            stripped = len(line) - len(line.lstrip())
            r.add_line(line[stripped:], offset + stripped)
            r.flush()
        else:
            if r.para is None:
                r.para_kind = "paragraph"
            stripped = len(line) - len(line.lstrip())
            r.add_line(line[stripped:], offset + stripped)
