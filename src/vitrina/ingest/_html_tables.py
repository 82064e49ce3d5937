"""Pages laid out the old way, with tables: rewritten, before reading, into the semantic HTML
the rest of the HTML reader knows (``relayout``).

* **Layout or data.** A table is a layout table when ARIA says so (``role="presentation"``/
  ``"none"``), or when it holds another table, or a cell holding blocks (paragraphs,
  headings, lists, ``<br><br>`` paragraph breaks), or a cell of running text (at least
  ``cell_words`` words), or it is one cell, or a picture cell beside a short text cell; a
  table with a header cell (``th``), a ``caption`` or a ``thead`` and no nested table is
  data and stays a table (as does a table of short cells: rows of records, timelines).
* **Reading order** (as readability-style extractors judge content: text mass, link
  density). In the outermost layout table, the cell holding the most text that is not link
  text is the main content; its row is read main cell first, then any other cell of it
  holding running text (a side-bar of the story); the rest of that row (a column of
  links, a "Visit us" box of short lines) is site chrome. Rows above and below hold the
  page's banner and footer: read only when they hold a heading or running text. In every
  layout table a cell whose text is at least ``link_share`` link text is navigation.
* **Paragraphs**: ``<br><br>`` inside a cell parts paragraphs (``<p>`` elements are made).
* **Headings** set by style inside layout tables: a line ending no sentence, at most
  ``heading_words`` words, set wholly in bold or in type larger than the body (``<font
  size>``, ``<big>``, a CSS ``font-size``/``font-weight`` from the page's own style sheet or
  ``style`` attribute), or in a cell whose class names a heading (``lexicon/html_heading_names``),
  becomes ``h1``-``h4`` by the page's own relative sizes: the largest style used once is the
  ``h1`` (when the page has none), the next styles ``h2``, ``h3``, the rest ``h4``.
* **Panel labels** in a cell of their own ("Room 2", "Part III") beside or above the cell
  opening with the panel's heading are moved before that heading (the reader's label rule).
* **Figures**: a cell holding only pictures with a short text cell beside it, or in the
  row just below or above (a caption cell set before its picture's), is one ``<figure>``,
  that text its ``<figcaption>``.
* **Pull quotes**: a one-cell table floated to a side (``align``, CSS ``float``) holding one
  quotation of at most ``quote_words`` words is an ``aside`` (the reader's pull-quote rule).
* **Credits shown by CSS generated content**: a rule of the page's ``<style>`` (parsed with
  tinycss2) whose ``::before``/``::after`` shows ``content: attr(NAME)`` puts that attribute's
  value in the text as a credit element (``<small class="credit">``): on a picture, into its
  figure's caption; on a caption, at its start or end. An ``img``'s ``title`` is a credit
  only when it reads as one (a credit lead, "Photo: …", "Courtesy …": ``is_credit_line``) and
  the caption has no credit; its ``alt`` is never a caption.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Sequence

import tinycss2

from vitrina.ingest._captions import is_credit_line, kicker_label
from vitrina.ingest._mapped import MappedText, TreeText
from vitrina.lexicon import words
from vitrina.structure.cues import ends_sentence

# Every threshold of the layout-table reading.
LAYOUT_TABLE_LIMITS = {
    "cell_words": 40,  # a cell of at least this many words is running text: the table lays text out
    "link_share": 0.5,  # a cell whose text is at least this much link text is navigation
    "prose_words": 12,  # running text: a stretch of at least this many words ending a sentence
    "heading_words": 12,  # a styled line is a heading up to this many words, ending no sentence
    "caption_words": 60,  # a text cell beside (under, over) a picture cell is its caption up to this long
    "quote_words": 40,  # a floated one-cell table of one quotation this short is a pull quote
    # round 55 (structset73): a table holding pictures only with a <caption> is a figure, the caption its
    # caption (with its <small> credit), not a data table whose caption is its title (0: off)
    "captioned_pictures": 1,
    "larger": 1.1,  # type at least this many times the body's is larger than the body
    "heading_levels": 3,  # styles ranked under the largest take h2, h3 …; the rest h4
}
# CSS font sizes by HTML's <font size> (1-7, 3 the body's) and CSS keywords, as a share of the body's.
FONT_SIZES = {1: 0.63, 2: 0.82, 3: 1.0, 4: 1.13, 5: 1.5, 6: 2.0, 7: 3.0}
CSS_SIZE_WORDS = {
    "xx-small": 0.56, "x-small": 0.63, "small": 0.82, "medium": 1.0, "large": 1.13,
    "x-large": 1.5, "xx-large": 2.0, "xxx-large": 3.0, "larger": 1.2, "smaller": 0.83,
}  # fmt: skip
# The properties of a block's type that the reader compares with the body's (``_html_look``).
TYPE_PROPERTIES = ("font-weight", "font-style", "font-family", "text-transform", "font-variant", "text-align")
_UNITS = {"px": 1 / 16, "pt": 1 / 12, "em": 1.0, "rem": 1.0, "%": 1 / 100}
_HEADING_NAMES = words("html_heading_names")
_LAYOUT_ROLES = {"presentation", "none"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "table", "center", "pre"}
_STYLE_TAGS = {"b", "strong", "font", "big", "span", "i", "em", "u", "center", "a"}
_SECTION = ("h1", "h2", "h3")
_OPENING_QUOTES = "“\"‘'«"
_CSS_SIZE = re.compile(r"^([\d.]+)(px|pt|em|rem|%)$")
_NAME_SPLIT = re.compile(r"[\s_-]+")
SIDE = "data-vitrina-side-column"  # the reader's mark for what is not the page's text


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _words(el) -> int:
    return len(_text(el).split())


def _kids(el) -> list:
    return [c for c in el if isinstance(c.tag, str)]


def _rows(table) -> list[list]:
    """The table's own rows (not a nested table's), each its own cells."""
    rows: list[list] = []
    for part in [table, *(c for c in table if _tag(c) in ("tbody", "thead", "tfoot"))]:
        rows.extend([c for c in row if _tag(c) in ("td", "th")] for row in part if _tag(row) == "tr")
    return rows


def _link_share(el) -> float:
    letters = len("".join(el.text_content().split()))
    linked = sum(len("".join(a.text_content().split())) for a in el.iter("a"))
    return linked / letters if letters else 0.0


def _running_text(el) -> bool:
    """At least one stretch of ``prose_words`` words ending a sentence, not link text."""
    if _link_share(el) >= LAYOUT_TABLE_LIMITS["link_share"]:
        return False
    parts = [_text(p) for p in el.iter("p", "li", "blockquote")] or [_text(el)]
    return any(len(t.split()) >= LAYOUT_TABLE_LIMITS["prose_words"] and ends_sentence(t) for t in parts)


def _pictures_only(cell) -> bool:
    return next(cell.iter("img"), None) is not None and not _text(cell)


def _br_break(cell) -> bool:
    return any(_tag(br) == "br" and br.getnext() is not None and _tag(br.getnext()) == "br"
               and not (br.tail or "").strip() for br in cell.iter("br"))


# --- the page's style sheet -----------------------------------------------------------------

class StyleSheet:
    """What the page's ``<style>`` says that the reader uses: type sizes and weights by
    simple selector, and attributes shown by ``::before``/``::after`` generated content."""

    def __init__(self) -> None:
        self.sizes: list[tuple[list, float]] = []
        self.bold: list[list] = []
        self.floated: list[list] = []
        self.declared: list[tuple[list, str, str]] = []  # (selector, property, value) of ``TYPE_PROPERTIES``
        self._by_key: dict | None = None  # ``declared`` indexed by one simple part of each selector
        self._sizes_by_key: dict | None = None  # ``sizes`` so indexed
        # (selector, "before"/"after", attribute, the strings set before and after it)
        self.shown: list[tuple[list, str, str, str, str]] = []

    def read(self, css: str) -> None:
        for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
            if rule.type != "qualified-rule":
                continue
            declarations = [d for d in tinycss2.parse_declaration_list(rule.content, True, True)
                            if d.type == "declaration"]
            for selector in _split_selectors(rule.prelude):
                self._take(selector, declarations)

    def _take(self, selector: list, declarations: list) -> None:
        compound, pseudo = _last_compound(selector)
        if compound is None:
            return
        for decl in declarations:
            if pseudo in ("before", "after") and decl.lower_name == "content":
                shown = _attr_function(decl.value)
                if shown:
                    self.shown.append((compound, pseudo, *shown))
            elif pseudo is None and decl.lower_name in ("font-size", "font"):
                size = css_size(tinycss2.serialize(decl.value)) if decl.lower_name == "font-size" else (
                    _shorthand_size(decl.value))
                if size is not None:
                    self.sizes.append((compound, size))
            elif pseudo is None and decl.lower_name == "font-weight" and _bold_value(tinycss2.serialize(decl.value)):
                self.bold.append(compound)
            elif pseudo is None and decl.lower_name == "float" and tinycss2.serialize(decl.value).strip() in ("left", "right"):
                self.floated.append(compound)
            if pseudo is None and decl.lower_name in TYPE_PROPERTIES:
                self.declared.append((compound, decl.lower_name, tinycss2.serialize(decl.value).strip().lower()))

    def size(self, el) -> float | None:
        """The size the style sheet's last rule matching ``el`` sets (a share of the default), or None."""
        if self._sizes_by_key is None:
            self._sizes_by_key = _declared_by_key([(compound, "font-size", size) for compound, size in self.sizes])
        found = [(order, size) for order, compound, _, size in _candidates(self._sizes_by_key, el)
                 if _matches(compound, el)]
        return max(found)[1] if found else None

    def is_bold(self, el) -> bool:
        return any(_matches(compound, el) for compound in self.bold)

    def value(self, el, name: str) -> str | None:
        """The value the style sheet's last rule matching ``el`` gives its property ``name`` (one of
        ``TYPE_PROPERTIES``), or None. Only the rules naming ``el``'s tag, a class or id of it, or no
        tag, class or id are tried (``_declared_by_key``), so a page of many rules and many
        elements costs the rules that can match each element."""
        if self._by_key is None:
            self._by_key = _declared_by_key(self.declared)
        found = [(order, value) for order, compound, prop, value in _candidates(self._by_key, el)
                 if prop == name and _matches(compound, el)]
        return max(found)[1] if found else None

    def is_floated(self, el) -> bool:
        return any(_matches(compound, el) for compound in self.floated)


def _declared_by_key(declared: Sequence[tuple[list, str, object]]) -> dict:
    """Each declaration (with its order) under one simple part its selector needs: an id, else a
    class, else a tag; None for a selector of none (``*``, an attribute alone)."""
    index: dict = {}
    for order, (compound, prop, value) in enumerate(declared):
        parts = {kind: name for kind, name in compound}
        key = next(((kind, parts[kind]) for kind in ("id", "class", "tag") if kind in parts), None)
        index.setdefault(key, []).append((order, compound, prop, value))
    return index


def _candidates(index: dict, el) -> list:
    """The declarations of ``index`` (``_declared_by_key``) whose selector may match ``el``."""
    keys = [("tag", _tag(el)), ("id", el.get("id") or ""), None, *(("class", c) for c in (el.get("class") or "").split())]
    return [entry for key in keys for entry in index.get(key, ())]


def _split_selectors(prelude: list) -> list[list]:
    out: list[list] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            out.append([])
        else:
            out[-1].append(token)
    return [s for s in out if s]


def _last_compound(selector: list) -> tuple[list | None, str | None]:
    """The last compound selector's simple parts (``("tag", x)``, ``("class", x)``, ``("id", x)``,
    ``("attr", x)``) and its pseudo-element; a selector with other pseudo-classes gives None."""
    tokens = list(selector)
    while tokens and tokens[-1].type == "whitespace":
        tokens.pop()
    start = len(tokens)
    while start and tokens[start - 1].type != "whitespace" and not (
            tokens[start - 1].type == "literal" and tokens[start - 1].value in (">", "+", "~")):
        start -= 1
    parts: list = []
    pseudo = None
    items = tokens[start:]
    i = 0
    while i < len(items):
        token = items[i]
        if token.type == "ident" and not parts and pseudo is None:
            parts.append(("tag", token.lower_value))
        elif token.type == "literal" and token.value == "*":
            pass
        elif token.type == "literal" and token.value == "." and i + 1 < len(items) and items[i + 1].type == "ident":
            parts.append(("class", items[i + 1].value))
            i += 1
        elif token.type == "hash":
            parts.append(("id", token.value))
        elif token.type == "[] block":
            names = [t for t in token.content if t.type == "ident"]
            if not names:
                return None, None
            parts.append(("attr", names[0].value))
        elif token.type == "literal" and token.value == ":":
            i += 1
            if i < len(items) and items[i].type == "literal" and items[i].value == ":":
                i += 1
            name = items[i].lower_value if i < len(items) and items[i].type == "ident" else ""
            if name not in ("before", "after"):
                return None, None
            pseudo = name
        else:
            return None, None
        i += 1
    return (parts or None), pseudo


def _matches(compound: list, el) -> bool:
    classes = set((el.get("class") or "").split())
    for kind, value in compound:
        if (kind == "tag" and _tag(el) != value or kind == "class" and value not in classes
                or kind == "id" and el.get("id") != value or kind == "attr" and el.get(value) is None):
            return False
    return True


def _attr_function(value: list) -> tuple[str, str, str] | None:
    """The attribute ``content`` shows and the strings set before and after it
    (``content: "Photo: " attr(data-by)``), or None."""
    name, lead, trail = None, "", ""
    for token in value:
        if token.type == "function" and token.lower_name == "attr" and name is None:
            names = [t for t in token.arguments if t.type == "ident"]
            if not names:
                return None
            name = names[0].value
        elif token.type == "string":
            if name is None:
                lead += token.value
            else:
                trail += token.value
    return (name, lead, trail) if name else None


def _bold_value(value: str) -> bool:
    value = value.strip().lower()
    return value in ("bold", "bolder") or value.isdigit() and int(value) >= 600


def _shorthand_size(value: list) -> float | None:
    """The size the ``font`` shorthand sets (``font: italic 1.6rem/1.4 Georgia, serif``): its first
    length, percentage or size keyword."""
    for token in value:
        if token.type in ("dimension", "percentage") or token.type == "ident" and token.lower_value in CSS_SIZE_WORDS:
            return css_size(tinycss2.serialize([token]))
    return None


def type_size(el, sheet: StyleSheet) -> float:
    """The type size ``el`` is set in as a share of the default (1.0): its own stated size (inline
    or by the style sheet), else its nearest ancestor's."""
    for node in (el, *el.iterancestors()):
        stated = inline_style(node).get("font-size")
        size = (css_size(stated) if stated else None) or sheet.size(node)
        if size is not None:
            return size
    return 1.0


def css_size(value: str) -> float | None:
    """A CSS font size as a share of the body's (``1.5em``, ``24px``, ``x-large``), or None."""
    value = value.strip().lower()
    if value in CSS_SIZE_WORDS:
        return CSS_SIZE_WORDS[value]
    found = _CSS_SIZE.match(value)
    return float(found.group(1)) * _UNITS[found.group(2)] if found else None


def inline_style(el) -> dict[str, str]:
    out = {}
    for decl in tinycss2.parse_declaration_list(el.get("style") or "", True, True):
        if decl.type == "declaration":
            out[decl.lower_name] = tinycss2.serialize(decl.value).strip()
    return out


def page_style(root) -> StyleSheet:
    sheet = StyleSheet()
    for style in root.iter("style"):
        sheet.read("".join(style.itertext()))
    return sheet


# --- headings set by style -----------------------------------------------------------------

def _font_size(el, sheet: StyleSheet) -> float | None:
    tag = _tag(el)
    if tag == "font" and el.get("size"):
        raw = el.get("size").strip()
        try:
            n = 3 + int(raw) if raw[:1] in "+-" else int(raw)
        except ValueError:
            return None
        return FONT_SIZES[min(max(n, 1), 7)]
    if tag == "big":
        return FONT_SIZES[4]
    style = inline_style(el)
    if "font-size" in style:
        return css_size(style["font-size"])
    return sheet.size(el)


def _is_bold(el, sheet: StyleSheet) -> bool:
    return (_tag(el) in ("b", "strong", "th") or _bold_value(inline_style(el).get("font-weight", ""))
            or sheet.is_bold(el))


def heading_name(el) -> bool:
    """The element's class names a heading (``lexicon/html_heading_names``)."""
    return any(token in _HEADING_NAMES for token in _NAME_SPLIT.split((el.get("class") or "").lower()) if token)


def heading_style(el, sheet: StyleSheet) -> tuple[float, bool] | None:
    """The (size, bold) a short line is set in when all of its text is set so, larger than
    the body or bold; None for a line of body text or a sentence."""
    text = _text(el)
    if not text or len(text.split()) > LAYOUT_TABLE_LIMITS["heading_words"] or ends_sentence(text):
        return None
    if kicker_label(text) is not None:  # a panel label ("Part 2") labels the heading after it
        return None
    if next(el.iter("img"), None) is not None or _link_share(el) > 0:
        return None
    size, bold = _font_size(el, sheet) or 1.0, _is_bold(el, sheet) or heading_name(el)
    node = el
    while True:  # down through elements wrapping all of the text (<font><b>…</b></font>)
        kids = _kids(node)
        if len(kids) != 1 or (node.text or "").strip() or (kids[0].tail or "").strip():
            break
        node = kids[0]
        if _tag(node) not in _STYLE_TAGS:
            return None
        size = _font_size(node, sheet) or size
        bold = bold or _is_bold(node, sheet)
    if any(_tag(c) not in _STYLE_TAGS | {"br"} for c in node.iter() if c is not node):
        return None
    if size >= LAYOUT_TABLE_LIMITS["larger"] or bold and size > 0.95:
        return round(size, 2), bold
    return None


# --- the rewriting ------------------------------------------------------------------------

def layout_table(table) -> bool:
    """The table lays the page out (see the module's docstring), not data."""
    if (table.get("role") or "").lower() in _LAYOUT_ROLES or _captioned_pictures(table):
        return True
    nested = any(t is not table for t in table.iter("table"))
    if not nested and (next(table.iter("th"), None) is not None or table.find("caption") is not None
                       or table.find("thead") is not None):
        return False
    rows = _rows(table)
    cells = [c for row in rows for c in row]
    if nested or (len(cells) == 1 and _text(cells[0])):
        return True
    for cell in cells:
        if any(_tag(c) in _BLOCKS for c in cell) or _br_break(cell):
            return True
        if _words(cell) >= LAYOUT_TABLE_LIMITS["cell_words"]:
            return True
    return any(_pictures_only(c) for c in cells) and any(_text(c) for c in cells)


def relayout(root, tree: TreeText) -> None:
    """Rewrite the page's layout tables into blocks in reading order (module docstring)."""
    sheet = page_style(root)
    credits = _show_generated_credits(root, tree, sheet)
    tables = [t for t in root.iter("table") if layout_table(t)]
    for table in tables:
        for cell in (c for row in _rows(table) for c in row):
            _part_paragraphs(cell, tree, sheet)
    _style_headings(tables, root, sheet, tree)
    outermost = [t for t in tables if not any(_tag(a) == "table" for a in t.iterancestors())]
    for table in reversed(tables):  # innermost first: a nested table is blocks before its cell is read
        if not _pull_quote(table, sheet):
            _read_table(table, table in outermost, credits)
    for img, small in credits.items():
        if small.getparent() is None:
            _credit_by_picture(img, small)


_BLOCK_HOLDERS = ("p", "div", "td", "li", "center")


def _credit_by_picture(img, small) -> None:
    """A picture's credit outside a figure: at the end of the block holding the picture when
    that block holds its caption too (``<p><img><br><i>…</i></p>``), else at the end of a short
    text block right after it (its caption); else nowhere (the credit has no caption to join)."""
    block = next((a for a in img.iterancestors() if _tag(a) in _BLOCK_HOLDERS), None)
    if block is None:
        return
    if _text(block):
        block.append(small)
        return
    nxt = block.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    if nxt is not None and _caption_cell(nxt):
        nxt.append(small)


def _part_paragraphs(cell, tree: TreeText, sheet: StyleSheet) -> None:
    """Runs of a cell's inline content parted by ``<br><br>`` (or by one ``<br>`` after a line
    set as a heading) become ``<p>`` elements; the cell's blocks stay where they are."""
    if not _br_break(cell) and not any(_heading_line(c, sheet) for c in _kids(cell)):
        return
    out: list = []

    def start(text: str | None, key: tuple):
        p = cell.makeelement("p", {})
        if text and text.strip():
            p.text = text
            tree.move(key, (p, "text"))
        out.append(p)
        return p

    group = start(cell.text, (cell, "text"))
    for child in _kids(cell):
        if _tag(child) in _BLOCKS:
            tail = child.tail
            child.tail = None
            out.append(child)
            group = start(tail, (child, "tail"))
        elif _tag(child) == "br" and (_only_heading(group, sheet) or not (child.tail or "").strip() and (
                child.getnext() is not None and _tag(child.getnext()) == "br")):
            group = start(child.tail, (child, "tail"))
        elif _tag(child) == "br" and not (group.text or "").strip() and not len(group):
            group.text = child.tail  # a paragraph's leading break (the second of a pair)
            tree.move((child, "tail"), (group, "text"))
        else:
            group.append(child)
    for c in list(cell):
        cell.remove(c)
    cell.text = None
    for el in out:
        if _tag(el) != "p" or _text(el) or next(el.iter("img"), None) is not None:
            cell.append(el)


def _heading_line(el, sheet: StyleSheet) -> bool:
    nxt = el.getnext()
    return (_tag(el) in _STYLE_TAGS and nxt is not None and _tag(nxt) == "br"
            and not (el.tail or "").strip() and heading_style(el, sheet) is not None)


def _only_heading(group, sheet: StyleSheet) -> bool:
    """The paragraph so far is one element set as a heading (and its line ends here)."""
    kids = _kids(group)
    return (len(kids) == 1 and not (group.text or "").strip() and not (kids[0].tail or "").strip()
            and heading_style(kids[0], sheet) is not None)


def _blocks_of(cell) -> list:
    return [c for c in cell if isinstance(c.tag, str)] if any(_tag(c) in _BLOCKS for c in cell) else [cell]


def _style_headings(tables: list, root, sheet: StyleSheet, tree: TreeText) -> None:
    """Lines of layout tables set as headings by style become ``h1``-``h4`` by rank of style."""
    found = []
    for table in tables:
        for cell in (c for row in _rows(table) for c in row):
            for block in _blocks_of(cell):
                if _tag(block) in ("p", "div", "td", "th", "center", "font", "b", "strong"):
                    style = heading_style(block, sheet)
                    if style is not None:
                        found.append((block, style))
    if not found:
        return
    ranks = sorted({s for _, s in found}, reverse=True)
    top_once = sum(1 for _, s in found if s == ranks[0]) == 1
    has_h1 = next(root.iter("h1"), None) is not None
    for block, style in found:
        rank = ranks.index(style)
        level = 1 + rank if top_once and not has_h1 else 2 + rank  # the title once, else sections
        level = min(level, 1 + int(LAYOUT_TABLE_LIMITS["heading_levels"]))
        if _tag(block) in ("td", "th"):  # the cell stays a cell: its content is the heading
            heading = block.makeelement(f"h{level}", {})
            heading.text, block.text = block.text, None
            for c in list(block):
                heading.append(c)
            block.append(heading)
            tree.move((block, "text"), (heading, "text"))
        else:
            block.tag = f"h{level}"


def _read_table(table, outermost: bool, credits: dict) -> None:
    rows = _rows(table)
    if _captioned_pictures(table):
        _make_figure(next(c for row in rows for c in row if _pictures_only(c)), table.find("caption"), credits)
        rows = _rows(table)
    if _figures(rows, credits):
        rows = _rows(table)
    if _labels(rows):
        rows = _rows(table)
    for row in rows:
        for cell in row:
            if _text(cell) and _link_share(cell) >= LAYOUT_TABLE_LIMITS["link_share"]:
                cell.set(SIDE, "")
    if outermost:
        _main_first(table, rows)
    _to_blocks(table)


def _main_first(table, rows: list[list]) -> None:
    """The cell of most text that is not link text leads; the rest of its row is read after it
    when it holds running text, else is chrome; other rows only with a heading or running text."""
    cells = [c for row in rows for c in row if c.get(SIDE) is None]
    if not cells:
        return
    mass = {c: len(_text(c)) * (1 - _link_share(c)) for c in cells}
    main = max(cells, key=lambda c: mass[c])
    for row in rows:
        if main in row:
            for cell in row:
                if cell is not main and not _running_text(cell):
                    cell.set(SIDE, "")
            parent = main.getparent()
            parent.remove(main)
            parent.insert(0, main)
        elif not any(_headed(c) or _running_text(c) for c in row):
            for cell in row:
                cell.set(SIDE, "")


def _headed(cell) -> bool:
    return any(_tag(h) in ("h1", "h2", "h3", "h4", "h5", "h6") for h in cell.iter())


def _caption_cell(cell) -> bool:
    n = _words(cell)
    return (0 < n <= LAYOUT_TABLE_LIMITS["caption_words"] and next(cell.iter("img"), None) is None
            and not _headed(cell) and kicker_label(_text(cell)) is None
            and _link_share(cell) < LAYOUT_TABLE_LIMITS["link_share"] and not any(_tag(c) == "table" for c in cell.iter()))


def _figures(rows: list[list], credits: dict) -> bool:
    """A picture cell and its caption cell (beside it, else the one-cell row under or over it)
    become one ``<figure>``: the picture cell, then a ``<figcaption>``."""
    made = False
    for i, row in enumerate(rows):
        for cell in row:
            if not _pictures_only(cell):
                continue
            beside = [c for c in row if c is not cell and _text(c)]
            caption = None
            if len(beside) == 1 and _caption_cell(beside[0]):
                caption = beside[0]
            else:
                for j in (i + 1, i - 1):
                    if 0 <= j < len(rows) and len([c for c in rows[j] if _text(c) or _has_img(c)]) == 1 \
                            and not beside and _caption_cell(rows[j][0]):
                        caption = rows[j][0]
                        break
            if caption is not None:
                _make_figure(cell, caption, credits)
                made = True
    return made


def _captioned_pictures(table) -> bool:
    """A table of pictures and nothing else, with a ``<caption>`` (a figure set as a table, the
    caption over its picture): one figure, the caption its ``<figcaption>`` (``captioned_pictures``)."""
    if not LAYOUT_TABLE_LIMITS["captioned_pictures"] or table.find("caption") is None:
        return False
    cells = [c for row in _rows(table) for c in row]
    return (any(_pictures_only(c) for c in cells) and not any(_text(c) for c in cells)
            and not any(t is not table for t in table.iter("table")))


def _has_img(el) -> bool:
    return next(el.iter("img"), None) is not None


def _make_figure(picture, caption, credits: dict) -> None:
    """The picture cell's images and the caption cell, as one ``<figure>`` where the picture stood."""
    figure = picture.makeelement("figure", {})
    picture.addprevious(figure)
    images = list(picture.iter("img"))
    for img in images:
        img.tail = None  # whitespace only: the cell holds no text
        figure.append(img)
    picture.getparent().remove(picture)
    caption.tag = "figcaption"
    figure.append(caption)
    for img in images:
        if img in credits and credits[img].getparent() is None:
            title = credits.pop(img)
            if not _holds_credit(caption):  # the caption's own credit (shown by the style sheet) is read once
                caption.append(title)


def _holds_credit(caption) -> bool:
    """The caption holds a credit element already (one the style sheet shows, ``<small class="credit">``)."""
    return any("credit" in (el.get("class") or "").split() for el in caption.iter() if isinstance(el.tag, str))


def _labels(rows: list[list]) -> bool:
    """A cell holding only a panel label beside (or over) the cell opening with the panel's
    heading goes right before that heading."""
    flat = [c for row in rows for c in row]
    moved = False
    for cell, after in zip(flat, flat[1:], strict=False):
        if kicker_label(_text(cell)) is None or _headed(cell) or next(cell.iter("img"), None) is not None:
            continue
        heading = _first_heading(after)
        if heading is not None:
            cell.tag = "div"
            cell.tail = None
            heading.addprevious(cell)
            moved = True
    return moved


def _first_heading(cell):
    node = cell
    while True:
        kids = [c for c in _kids(node) if _text(c) or next(c.iter("img"), None) is not None]
        if (node.text or "").strip() or not kids:
            return None
        first = kids[0]
        if _tag(first) in _SECTION:
            return first
        if _tag(first) not in ("div", "table", "tbody", "tr", "td", "center"):
            return None
        node = first


def _pull_quote(table, sheet: StyleSheet) -> bool:
    cells = [c for row in _rows(table) for c in row]
    if len(cells) != 1:
        return False
    floated = (table.get("align") or "").lower() in ("left", "right") or sheet.is_floated(table) \
        or inline_style(table).get("float") in ("left", "right")
    text = _text(cells[0])
    if not floated or not text or text[0] not in _OPENING_QUOTES or len(text.split()) > LAYOUT_TABLE_LIMITS["quote_words"]:
        return False
    _to_blocks(table)
    table.tag = "aside"
    return True


def _to_blocks(table) -> None:
    for el in [table, *(c for c in table if _tag(c) in ("tbody", "thead", "tfoot"))]:
        for row in [r for r in el if _tag(r) == "tr"]:
            for cell in [c for c in row if _tag(c) in ("td", "th")]:
                cell.tag = "div"
            row.tag = "div"
        el.tag = "div"
    for attr in ("role",):
        table.attrib.pop(attr, None)


# --- credits the style sheet shows ------------------------------------------------------------

def _show_generated_credits(root, tree: TreeText, sheet: StyleSheet) -> dict:
    """Attributes the page shows by ``content: attr(NAME)``, and an ``img`` title reading as a
    credit, become credit elements (module docstring); a picture's, not yet placed in a
    caption, are returned by picture (``_make_figure`` places them)."""
    credits: dict = {}
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        for compound, pseudo, name, lead, trail in sheet.shown:
            value = " ".join((el.get(name) or "").split())
            if value and _matches(compound, el) and el not in credits:
                small = _credit_element(el, name, value, tree, (lead, trail))
                _place_credit(el, small, pseudo, tree, credits)
        if _tag(el) == "img" and el.get("title") and el not in credits:
            title = " ".join(el.get("title").split())
            if is_credit_line(title):
                _place_credit(el, _credit_element(el, "title", title, tree), "after", tree, credits)
    return credits


def _credit_element(el, name: str, value: str, tree: TreeText, around: tuple[str, str] = ("", "")):
    """A credit element holding ``value`` (with the style sheet's strings around it), mapped to
    the attribute's value in the source (the strings to its start)."""
    small = el.makeelement("small", {"class": "credit"})
    small.text = around[0] + value + around[1]
    mapped = MappedText()
    line_start = tree.lines.line_start(getattr(el, "sourceline", None) or 1)
    raw = html_lib.escape(value, quote=False)
    at = -1
    for form in (f'{name}="', f"{name}='", f"{name}="):
        at = tree.source.find(form, line_start)
        if at >= 0:
            at += len(form)
            break
    at = at if at >= 0 else line_start
    mapped.append_at(around[0], at)
    if tree.source.startswith(value, at):
        mapped.append_verbatim(value, at)
    else:
        mapped.append_at(value, at)  # written with entities ("&amp;"): pinned to its start
    mapped.append_at(around[1], at + len(raw))
    tree.placed[(small, "text")] = mapped
    return small


def _place_credit(el, small, pseudo: str, tree: TreeText, credits: dict) -> None:
    if _tag(el) == "img":
        credits[el] = small
        figure = next((a for a in el.iterancestors() if _tag(a) == "figure"), None)
        caption = figure.find(".//figcaption") if figure is not None else None
        if caption is not None:
            caption.append(small)
        return
    if pseudo == "before":
        small.tail, el.text = el.text, None
        tree.move((el, "text"), (small, "tail"))
        el.insert(0, small)
    else:
        el.append(small)
