"""An HTML block's effective type, and headings a page marks only by it.

Some pages mark their structure by presentation alone: a converter's HTML (the body of a DOCX
written as one ``w:altChunk``) or a hand-made page whose headings are ``<p class="head">`` or a
bold ``<span>``, never ``h2``. The type of a block is read as a browser resolves it (the
element's ``style`` attribute, else the page's style sheet, else the tag's own look, each
property inherited from the nearest ancestor stating it) into the DOCX reader's
``ParagraphLook``, so that its distance from the body's type is the same ``prominence`` with the
same ``FORMAT_WEIGHTS`` the DOCX reader uses (size, weight, capitals, typeface, italics,
centring). On a page with no section heading element, ``mark_presentation_headings`` makes
``h2`` elements of:

* a short line ending no sentence (a title-case question may), no credit, label or link, set
  ``heading_prominence`` from the body's type, with more of the page after it;
* a run-in head: a paragraph of running text opening with a short title-case phrase closed by a
  full stop or colon and set apart from the rest by its type ("**The Lost Hammer.** Eric …"),
  when the page opens ``run_in_heads`` paragraphs at least so, each with another phrase (one word
  said again, "**Note.**", labels paragraphs, it titles none), none a caption's position or credit lead. The head becomes a heading before
  its paragraph (its closing stop left out), the rest stays the paragraph.

The reader's other rules then read them as any heading: a short line of one class right before
several of them is their label, a heading over a list of notes closes the document.
"""

from __future__ import annotations

from collections import Counter

from vitrina.ingest._captions import is_credit_line, kicker_label
from vitrina.ingest._docx_format import Face, ParagraphLook, body_look, prominence
from vitrina.ingest._html_tables import StyleSheet, css_size, inline_style, page_style
from vitrina.ingest._mapped import TreeText
from vitrina.lexicon import words
from vitrina.structure.captions import alone_label, match_label
from vitrina.structure.cues import (
    INNER_SENTENCE_END,
    date_line,
    ends_sentence,
    in_capitals,
    is_title_like,
    question_title,
)

# Every threshold of the headings marked by type (the weights are ``_docx_format.FORMAT_WEIGHTS``).
LOOK_LIMITS = {
    "heading_words": 12,  # a line set apart by its type is a heading up to this many words (the DOCX reader's)
    "heading_prominence": 1.0,  # ... standing this far from the body's type (``prominence``, the DOCX reader's)
    "prose_words": 12,  # a run-in head's paragraph runs on at least this many words to a sentence's end
    "run_in_heads": 2,  # a page opens at least this many paragraphs with a head set apart (0: off)
    "lines": 1,  # short lines set apart by their type are headings (0: off)
    "caption_words": 60,  # a line right after a picture set in caption type is its caption up to this long
    "caption_size": 0.9,  # ... "caption type": italic where the body is upright, or at most this share of its size
    "captions": 0,  # lines after pictures set in caption type are their captions (1: on; round 35 measured it
    # flat on every set, so it is off in the shipped path: docs/structure.md, "Round 35")
}

_SECTION_TAGS = ("h2", "h3", "h4", "h5", "h6")
_BOLD_TAGS = {"b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"}
_ITALIC_TAGS = {"i", "em", "cite", "var", "dfn"}
_BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "dl", "table", "blockquote", "figure", "figcaption", "section", "article",
    "main", "aside", "header", "footer", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "center",
}
_NOT_TEXT = {"script", "style", "template", "head", "title", "noscript", "svg", "sup", "sub"}
# A line inside these is a cell, item, caption or chrome, never a section heading of the text.
_NO_HEADINGS_IN = {"table", "li", "figure", "figcaption", "header", "footer", "nav", "blockquote", "form", "dl"}
_BYLINE_LEADS = words("byline_leads")
_CLOSING_STOPS = (".", ":")  # what closes a run-in head ("The Lost Field.")


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


class PageType:
    """The page's style sheet and what it says of each element, asked once per element."""

    def __init__(self, root):
        self.sheet: StyleSheet = page_style(root)
        self._stated: dict[tuple[object, str], str | None] = {}
        self._faces: dict[object, Face] = {}
        self._sizes: dict[object, float] = {}

    def stated(self, node, name: str) -> str | None:
        """What ``node`` itself states of the type property ``name``: its ``style``, else the style sheet."""
        key = (node, name)
        if key not in self._stated:
            own = inline_style(node).get(name, "").strip().lower() if node.get("style") else ""
            self._stated[key] = own or (self.sheet.value(node, name) if self.sheet.declared else None)
        return self._stated[key]

    def size(self, el) -> float:
        """The type size ``el`` is set in (``_html_tables.type_size``, each element's asked once)."""
        if el not in self._sizes:
            stated = inline_style(el).get("font-size") if el.get("style") else None
            size = (css_size(stated) if stated else None) or (self.sheet.size(el) if self.sheet.sizes else None)
            parent = el.getparent()
            self._sizes[el] = size if size is not None else self.size(parent) if parent is not None else 1.0
        return self._sizes[el]

    def inherited(self, el, name: str) -> str | None:
        """The value the nearest of ``el`` and its ancestors states of ``name`` (each element's asked once)."""
        key = (el, "inherited " + name)
        if key not in self._stated:
            parent = el.getparent()
            self._stated[key] = self.stated(el, name) or (self.inherited(parent, name) if parent is not None else None)
        return self._stated[key]

    def face(self, el) -> Face:
        """The type the text directly inside ``el`` is set in (size as a share of the default): what it
        states of each property (its ``style``, the style sheet, its tag's own look), else its parent's."""
        if el not in self._faces:
            parent = el.getparent()
            up = self.face(parent) if parent is not None else Face(1.0)
            tag = _tag(el)
            weight, slant = self.stated(el, "font-weight"), self.stated(el, "font-style")
            transform, variant = self.stated(el, "text-transform"), self.stated(el, "font-variant")
            family = self.stated(el, "font-family")
            self._faces[el] = Face(
                size=self.size(el),
                bold=_bold_weight(weight) if weight else tag in _BOLD_TAGS or up.bold,
                italic=slant in ("italic", "oblique") if slant else tag in _ITALIC_TAGS or up.italic,
                caps=(transform == "uppercase" or (variant or "").startswith("small-caps")) if transform or variant
                else up.caps,
                font=family.split(",")[0].strip(" '\"") if family else up.font,
            )
        return self._faces[el]

    def look(self, el) -> ParagraphLook | None:
        """A block's look: the face of most of its characters, and whether it is centred."""
        counts: Counter[Face] = Counter()
        for node, text in _text_runs(el):
            if chars := len(text.strip()):
                counts[self.face(node)] += chars
        if not counts:
            return None
        centred = self.inherited(el, "text-align") == "center" or any(_tag(a) == "center" for a in el.iterancestors())
        return ParagraphLook(counts.most_common(1)[0][0], centred)


def _bold_weight(value: str) -> bool:
    return value in ("bold", "bolder") or value.isdigit() and int(value) >= 600


def _text_runs(el):
    """(element setting it, text) for each stretch of text inside ``el``, in order."""
    if el.text:
        yield el, el.text
    for child in el:
        if isinstance(child.tag, str) and _tag(child) not in _NOT_TEXT:
            yield from _text_runs(child)
        if child.tail:
            yield el, child.tail


def _text(el) -> str:
    return " ".join("".join(text for _, text in _text_runs(el)).split())


def _blocks(root) -> list:
    """The page's blocks of inline content (no block inside), in document order."""
    return [el for el in root.iter("p", "div") if not any(_tag(c) in _BLOCK_TAGS for c in el) and _text(el)]


def mark_presentation_headings(root, tree: TreeText) -> None:
    """Make ``h2`` elements of the lines and run-in heads a page sets apart by type alone (module
    docstring), when it has no ``h2``–``h6`` of its own."""
    body = root.find("body")
    body = body if body is not None else root
    if next(body.iter(*_SECTION_TAGS), None) is not None:
        return
    blocks = _blocks(body)
    if not blocks:
        return
    page = PageType(root)
    looks = {el: page.look(el) for el in blocks}
    base = body_look([(shown, len(_text(el))) for el, shown in looks.items() if shown is not None and _tag(el) == "p"])
    if base is None:
        return
    after_title = _after_title(body)
    blocks = [el for el in blocks if el in after_title]
    lines = [el for el in blocks if _heading_line(el, looks[el], base) and _followed(el)] if LOOK_LIMITS["lines"] else []
    heads = [el for el in blocks if _run_in_head(el, page, base)]
    for el in lines:
        el.tag = "h2"
    titles = [_text(next(c for c in el if isinstance(c.tag, str))).lower() for el in heads]
    if LOOK_LIMITS["run_in_heads"] and len(heads) >= LOOK_LIMITS["run_in_heads"] and len(set(titles)) == len(titles):
        for el in heads:
            _part_run_in_head(el, tree)


TYPED_CAPTION = "data-vitrina-typed-caption"  # a line after a picture set in caption type


def mark_typed_captions(root) -> None:
    """Mark the short lines set right after a picture (an element holding images and no text), after
    the headline and not in capitals (a kicker under a banner picture), in caption type -- italic where
    the body is upright, or at most ``caption_size`` times the body's size -- as that picture's caption, as the DOCX and PDF readers take an italic or small line
    under a picture: "<p><img></p><p class="cap">Above: …</p>" with ``.cap { font-size: 9pt }``."""
    if not LOOK_LIMITS["captions"]:
        return
    body = root.find("body")
    body = body if body is not None else root
    after_title = _after_title(body)
    lines = [el for el in _blocks(body) if el in after_title and _after_picture(el)
             and len(_text(el).split()) <= LOOK_LIMITS["caption_words"] and not in_capitals(_text(el))]
    if not lines:
        return
    page = PageType(root)
    base = body_look([(shown, len(_text(el))) for el in body.iter("p") if (shown := page.look(el)) is not None])
    if base is None or base.face is None:
        return
    for el in lines:
        shown = page.look(el)
        face = shown.face if shown is not None else None
        if face is not None and not face.caps and (face.italic and not base.face.italic
                                 or face.size <= LOOK_LIMITS["caption_size"] * base.face.size):
            el.set(TYPED_CAPTION, "")


def _after_picture(el) -> bool:
    """The element before ``el`` among its siblings holds pictures and no text."""
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return (before is not None and next(before.iter("img"), None) is not None and not _text(before)
            and _tag(before) in ("img", "p", "div", "a", "span", "picture"))


def _after_title(body) -> set:
    """The elements after the page's first ``h1`` (all of them when it has none): a line over the
    headline is its kicker, not a section's heading."""
    h1 = next(body.iter("h1"), None)
    elements = list(body.iter())
    start = elements.index(h1) + 1 if h1 is not None else 0
    return set(elements[start:])


def _heading_line(el, shown: ParagraphLook | None, base: ParagraphLook) -> bool:
    """A short line ending no sentence (a title-case question may), no credit, label, date line,
    byline or link, no picture, outside a table, list, figure or the page's chrome, set apart from the
    body's type."""
    text = _text(el)
    most = int(LOOK_LIMITS["heading_words"])
    if shown is None or not 0 < len(text.split()) <= most or (ends_sentence(text) and not question_title(text, most)):
        return False
    if is_credit_line(text, names=False) or alone_label(text) is not None or kicker_label(text) is not None:
        return False
    if date_line(text) or text.split()[0].lower() in _BYLINE_LEADS:  # a dateline or byline ("By Ann Vale")
        return False
    if next(el.iter("img", "a"), None) is not None or any(_tag(a) in _NO_HEADINGS_IN for a in el.iterancestors()):
        return False
    return prominence(shown, base, in_capitals(text)) >= LOOK_LIMITS["heading_prominence"]


def _followed(el) -> bool:
    """More of the page comes after ``el`` in its container or a container of it."""
    for node in (el, *el.iterancestors()):
        if _tag(node) == "body":
            return False
        for nxt in node.itersiblings():
            if isinstance(nxt.tag, str) and (_text(nxt) or next(nxt.iter("img"), None) is not None):
                return True
    return False


def _run_in_head(el, page: PageType, base: ParagraphLook) -> bool:
    """``el`` is a ``p`` opening (nothing before it) with an element holding a short title-case
    phrase closed by a full stop or colon, in type ``heading_prominence`` from the body's, the rest
    running text (``prose_words`` words or more to a sentence's end) in the body's type."""
    lead = next((c for c in el if isinstance(c.tag, str)), None)
    if _tag(el) != "p" or lead is None or (el.text or "").strip() or _tag(lead) in _NOT_TEXT | {"a", "img", "br"}:
        return False
    head = _text(lead)
    rest = " ".join(((lead.tail or "") + "".join(_with_tail(c) for c in lead.itersiblings())).split())
    most = int(LOOK_LIMITS["heading_words"])
    if not head.endswith(_CLOSING_STOPS) or not 0 < len(head.split()) <= most or INNER_SENTENCE_END.search(head):
        return False
    if not is_title_like(head[:-1]) or len(rest.split()) < LOOK_LIMITS["prose_words"] or not ends_sentence(rest):
        return False
    if match_label(head) is not None or is_credit_line(head, names=False):  # "Above:", "Photo:" open a caption
        return False
    lead_look, whole = page.look(lead), page.look(el)
    return (lead_look is not None and whole is not None
            and prominence(lead_look, base) >= LOOK_LIMITS["heading_prominence"]
            and prominence(whole, base) < LOOK_LIMITS["heading_prominence"])


def _with_tail(el) -> str:
    """``el``'s text (none for a note call or other ``_NOT_TEXT``) and the text after it."""
    return (_text(el) if isinstance(el.tag, str) and _tag(el) not in _NOT_TEXT else "") + (el.tail or "")


def _part_run_in_head(el, tree: TreeText) -> None:
    """The paragraph's head set before it as an ``h2`` (its closing stop left out); the text after
    the head opens the paragraph. Each text node keeps its source mapping (``TreeText.move``; a stop
    cut off a node's end leaves the rest its prefix)."""
    lead = next(c for c in el if isinstance(c.tag, str))
    heading = el.makeelement("h2", {})
    el.addprevious(heading)
    heading.tail = None
    tail, lead.tail = lead.tail, None
    tree.move((lead, "tail"), (el, "text"))
    heading.append(lead)
    el.text = tail
    _cut_closing_stop(heading)


def _text_nodes(el, own_tail: bool = False) -> list[tuple[object, str]]:
    """(element, "text"/"tail") of each text node inside ``el``, in document order."""
    out: list[tuple[object, str]] = [(el, "text")]
    for child in el:
        if isinstance(child.tag, str):
            out.extend(_text_nodes(child, own_tail=True))
    return out + [(el, "tail")] if own_tail else out


def _cut_closing_stop(heading) -> None:
    """Drop the full stop or colon closing the heading's last stretch of text."""
    for node, which in reversed(_text_nodes(heading)):
        value = getattr(node, which) or ""
        if value.strip():
            kept = value.rstrip()
            if kept.endswith(_CLOSING_STOPS):
                setattr(node, which, kept[:-1])
            return
