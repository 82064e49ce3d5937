"""Document text to markup tokens, built from spans in Python.

The document page never marks document text as safe. Instead each block
is walked with its spans (mentions, dates, quotations, the highlighted
citation) into a flat list of ``(kind, value, attrs)`` tokens:

* ``("text", "some words", ())`` -- escaped by the template,
* ``("open", "a", (("href", "/entities/x"),))`` -- a tag from :data:`TAGS`,
* ``("close", "a", ())``.

Overlapping spans are split and reopened so the markup always nests.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from vitrina.edtf_bounds import iso_parts
from vitrina.language import block_language

Token = tuple[str, str, tuple[tuple[str, str], ...]]
TAGS = frozenset({"a", "time", "q", "mark", "span"})
Attrs = tuple[tuple[str, str], ...]

# Tie-break for spans with equal extent: lower rank opens first (outermost).
RANK_MARK, RANK_QUOTE, RANK_MENTION, RANK_DATE = 0, 1, 2, 3


def entity_url(entity_id: str) -> str:
    return "/entities/" + quote(entity_id, safe="")


def document_url(doc_id: str, hl: tuple[int, int] | None = None) -> str:
    url = "/documents/" + quote(doc_id, safe="")
    return f"{url}?hl={hl[0]}-{hl[1]}#hl" if hl else url


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    tag: str
    attrs: Attrs
    rank: int
    reopen_attrs: Attrs | None = None  # attrs when a split span is reopened
    after: tuple[Token, ...] = field(default=())  # tokens emitted after its final close

    def __post_init__(self) -> None:
        if self.tag not in TAGS:
            raise ValueError(f"tag {self.tag!r} is not allowed")


# ---------------------------------------------------------------- dates


_PLAIN_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
_QUALIFIERS = {"~": "approximate", "?": "uncertain", "%": "uncertain and approximate"}


def html_datetime(edtf: str, lower: str | None, upper: str | None) -> str | None:
    """A valid HTML ``datetime`` value for an EDTF date, as precise as is honest."""
    if _PLAIN_DATE.fullmatch(edtf):
        return edtf
    try:
        (ly, lm, _), (uy, um, _) = iso_parts(lower or ""), iso_parts(upper or "")
    except ValueError:
        return None
    if ly < 1:  # HTML has no year before the common era
        return None
    if lower == upper:
        return lower
    if (ly, lm) == (uy, um):
        return f"{ly:04d}-{lm:02d}"
    return f"{ly:04d}" if ly == uy else None


def edtf_qualifier(edtf: str) -> str | None:
    """'approximate' / 'uncertain' / ... for EDTF qualifiers and unspecified digits."""
    for mark in ("%", "~", "?"):
        if mark in edtf:
            return _QUALIFIERS[mark]
    if "X" in edtf or "u" in edtf:
        return "approximate"
    return None


# ---------------------------------------------------------------- spans


def document_spans(data: dict[str, Any], hl: tuple[int, int] | None) -> list[Span]:
    """All markup spans of a document (from :func:`queries.document_data`)."""
    spans: list[Span] = []
    last_end = -1
    for m in sorted(data["mentions"], key=lambda m: (m["start"], -m["end"])):
        if m["start"] < last_end:  # overlapping mentions would nest links: keep the first
            continue
        last_end = m["end"]
        attrs: Attrs = (("href", entity_url(m["entity"])), ("class", f"mention mention-{m['type']}"))
        if m["name"] and m["name"] != data["text"][m["start"] : m["end"]]:
            attrs += (("title", m["name"]),)
        spans.append(Span(m["start"], m["end"], "a", attrs, RANK_MENTION))
    for d in data["dates"]:
        attrs = (("class", "date"), ("data-edtf", d["edtf"]), ("title", f"EDTF {d['edtf']}"))
        dt = html_datetime(d["edtf"], d.get("lower"), d.get("upper"))
        if dt:
            attrs = (("datetime", dt), *attrs)
        # a <time> without datetime must hold a valid date string itself, which a range or "circa 1887" is
        # not: such a date is a span of the same class (round 38 red team D-html-invalid)
        spans.append(Span(d["start"], d["end"], "time" if dt else "span", attrs, RANK_DATE))
    for q in data["quotes"]:
        spans.append(_quote_span(q))
    if hl:
        spans.append(Span(hl[0], hl[1], "mark", (("id", "hl"), ("class", "hl")), RANK_MARK,
                          reopen_attrs=(("class", "hl"),)))
    return spans


def _quote_span(q: dict[str, Any]) -> Span:
    if q["kind"] == "retracted":  # words the document's own correction notice gives to another speaker
        return Span(q["start"], q["end"], "span", (("class", "quote retracted"),
                                                   ("title", "Attribution withdrawn by this document's correction")),
                    RANK_QUOTE)
    if q["kind"] != "quotation":
        return Span(q["start"], q["end"], "span", (("class", "term"),), RANK_QUOTE)
    attrs: Attrs = (("class", "quote"),)
    after: tuple[Token, ...] = ()
    if q["speaker"]:
        name = q.get("speaker_name") or q["speaker"]
        attrs += (("data-speaker", q["speaker"]), ("title", f"Quotation by {name}"))
        # a small marker after the quotation: the name is its tooltip and, for
        # screen readers, visually hidden text inside the link
        after = (
            ("open", "a", (("href", entity_url(q["speaker"])), ("class", "speaker"),
                           ("title", f"Quotation by {name}"))),
            ("open", "span", (("class", "speaker-mark"), ("aria-hidden", "true"))),  # a dot drawn in CSS
            ("close", "span", ()),
            ("open", "span", (("class", "visually-hidden"),)),
            ("text", f" (quotation by {name})", ()),
            ("close", "span", ()),
            ("close", "a", ()),
        )
    elif q.get("speaker_words"):  # a speaker no entity stands for ("my father"): named, not linked
        words = " ".join(q["speaker_words"].split())
        attrs += (("title", f"Quotation by {words}"),)
        after = (("open", "span", (("class", "visually-hidden"),)), ("text", f" (quotation by {words})", ()),
                 ("close", "span", ()))
    return Span(q["start"], q["end"], "q", attrs, RANK_QUOTE, after=after)


# ---------------------------------------------------------------- walking


class SpanIndex:
    """A document's spans by start, to find those over one block without reading them all (a document of
    thousands of paragraphs and marked names made its page quadratic: 10 s for 5,000 paragraphs)."""

    def __init__(self, spans: list[Span]):
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda i: spans[i].start)
        self.starts = [spans[i].start for i in self.order]
        self.reach = list(itertools.accumulate((spans[i].end for i in self.order), max))  # nondecreasing

    def overlapping(self, start: int, end: int) -> list[Span]:
        """The spans over ``[start, end)`` (of some length), in the order they were given."""
        first = bisect.bisect_right(self.reach, start)  # every span before it ends at or before ``start``
        past = bisect.bisect_left(self.starts, end)
        found = sorted(i for i in self.order[first:past] if self.spans[i].end > max(start, self.spans[i].start))
        return [self.spans[i] for i in found]


def tokens(text: str, start: int, end: int, spans: list[Span] | SpanIndex) -> list[Token]:
    """Markup tokens for ``text[start:end]`` with the spans clipped to it."""
    inside = (spans.overlapping(start, end) if isinstance(spans, SpanIndex)
              else [s for s in spans if s.start < end and s.end > start and s.end > s.start])
    clipped = [(max(s.start, start), min(s.end, end), s) for s in inside]
    points = sorted({start, end, *(a for a, _, _ in clipped), *(b for _, b, _ in clipped)})
    starting: dict[int, list[tuple[int, int, Span]]] = {}
    for item in clipped:
        starting.setdefault(item[0], []).append(item)
    out: list[Token] = []
    stack: list[tuple[int, int, Span]] = []
    for i, point in enumerate(points):
        reopen = _close_at(point, stack, out)
        to_open = reopen + starting.get(point, [])
        to_open.sort(key=lambda item: (-item[1], item[2].rank))
        for item in to_open:
            span = item[2]
            attrs = span.attrs if item in starting.get(point, []) else (span.reopen_attrs or span.attrs)
            out.append(("open", span.tag, attrs))
            stack.append(item)
        if i + 1 < len(points) and points[i + 1] > point:
            out.append(("text", text[point : points[i + 1]], ()))
    return out


def _close_at(point: int, stack: list[tuple[int, int, Span]], out: list[Token]) -> list[tuple[int, int, Span]]:
    """Close spans ending at ``point``; return the inner ones closed only to keep nesting."""
    ending = [k for k, item in enumerate(stack) if item[1] == point]
    if not ending:
        return []
    reopen = []
    while len(stack) > ending[0]:
        item = stack.pop()
        out.append(("close", item[2].tag, ()))
        if item[1] == point:
            if item[2].after and item[1] == item[2].end and not any(s[2].tag == "a" for s in stack):
                out.extend(item[2].after)
        else:
            reopen.append(item)
    return reopen


# ---------------------------------------------------------------- the page


def parse_highlight(value: str | None, length: int) -> tuple[int, int] | None:
    """``"START-END"`` to a valid span of a text of ``length``, else None."""
    match = re.fullmatch(r"(\d{1,9})-(\d{1,9})", value or "")
    if not match:
        return None
    start, end = int(match[1]), min(int(match[2]), length)
    return (start, end) if start < end else None


def _stored_language(block: dict[str, Any], languages: list[dict[str, Any]]) -> str | None:
    """The language stored for the sentences filling ``block`` (``Document.languages``): a block the web
    views' own test leaves untagged (Latin, which its identifier has no profile for) that the extraction
    found surely not English."""
    for span in languages:
        if span["start"] <= block["start"] and block["end"] <= span["end"]:
            return str(span["lang"])
    return None


def reading_order(data: dict[str, Any], hl: tuple[int, int] | None,
                  figures: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The document as title tokens, loose blocks and sections of rendered blocks; each
    caption carries the figures it describes, and figures without a caption come apart. Every block keeps
    its id where it is shown (the title's, a section heading's, a credit joined to its caption), so that
    every ``#b-<block>`` link to the page lands."""
    by_caption: dict[str, list[dict[str, Any]]] = {}
    for figure in figures or []:
        by_caption.setdefault(figure.get("caption") or "", []).append(figure)
    text = data["text"]
    spans = SpanIndex(document_spans(data, hl))
    blocks = data["blocks"]
    sections = [{**s, "heading": None, "heading_id": None, "heading_lang": None, "is_title": False, "blocks": [],
                 "children": []} for s in data["sections"]]
    by_id = {s["id"]: s for s in sections}
    loose: list[dict[str, Any]] = []
    title_tokens = title_id = title_lang = None
    credits_used: set[str] = set()
    seen_hl: list[bool] = []
    for index, block in enumerate(blocks):
        if block["id"] in credits_used:
            continue
        lang = block_language(block["text"]) or _stored_language(block, data.get("languages") or [])
        rendered = {"id": block["id"], "kind": block["kind"], "lang": lang,
                    "tokens": _unique_anchor(tokens(text, block["start"], block["end"], spans), seen_hl)}
        section = by_id.get(block["section"] or "")
        if block["kind"] == "heading":
            if title_tokens is None and block["text"].strip() == data["title"].strip():
                title_tokens, title_id, title_lang = rendered["tokens"], block["id"], rendered["lang"]
                if section is not None:
                    section["is_title"] = True
                continue
            if section is not None and section["heading"] is None:
                section["heading"], section["heading_id"] = rendered["tokens"], block["id"]
                section["heading_lang"] = rendered["lang"]
                continue
        if block["kind"] == "caption":
            rendered.update(_figure_parts(block, blocks[index + 1 :], text, spans, credits_used))
            rendered["figures"] = by_caption.pop(block["id"], [])
            if rendered["credit_tokens"]:
                rendered["credit_tokens"] = _unique_anchor(rendered["credit_tokens"], seen_hl)
        (section["blocks"] if section is not None else loose).append(rendered)
    uncaptioned = [f for group in by_caption.values() for f in group]
    return {"title_tokens": title_tokens, "title_id": title_id, "title_lang": title_lang, "loose": loose,
            "sections": nested(sections, by_id),
            "figures": uncaptioned}


def nested(sections: list[dict[str, Any]], by_id: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The top sections, each holding the sections under it (``children``) and its heading's rank on the page
    (``rank``: h2 for a top section, one more a level down, h6 at most; the sections under the document's title
    section, whose heading is the page's h1, are h2)."""
    top: list[dict[str, Any]] = []
    for section in sections:
        parent = by_id.get(section.get("parent") or "")
        (parent["children"] if parent is not None else top).append(section)
    _rank(top, 2)
    return top


def _rank(sections: list[dict[str, Any]], rank: int) -> None:
    for section in sections:
        section["rank"] = rank
        _rank(section["children"], rank if section["is_title"] else min(rank + 1, 6))


def _unique_anchor(block_tokens: list[Token], seen: list[bool]) -> list[Token]:
    """Only the first highlight piece in the document keeps ``id="hl"``."""
    out = []
    for kind, value, attrs in block_tokens:
        if kind == "open" and ("id", "hl") in attrs:
            if seen:
                attrs = tuple(a for a in attrs if a != ("id", "hl"))
            seen.append(True)
        out.append((kind, value, attrs))
    return out


def _figure_parts(
    caption: dict[str, Any], following: list[dict[str, Any]], text: str, spans: SpanIndex,
    credits_used: set[str],
) -> dict[str, Any]:
    """Position label and credit of a caption; a credit block right after it joins the figure."""
    parts: dict[str, Any] = {"position": caption.get("position"), "credit_tokens": None, "credit_id": None,
                             "credit_text": caption.get("credit")}
    if following and following[0]["kind"] == "credit":
        credit = following[0]
        credits_used.add(credit["id"])
        parts["credit_tokens"] = tokens(text, credit["start"], credit["end"], spans)
        parts["credit_id"] = credit["id"]  # its anchor (``b-<id>``), where a link to the credit block lands
        parts["credit_text"] = None
    return parts


KWIC_WIDTH = 70  # characters of context shown on each side of a mention


def kwic(text: str, start: int, end: int, width: int = KWIC_WIDTH) -> dict[str, str]:
    """Keyword-in-context: a whitespace-normalised window around ``text[start:end]``."""
    left_from = max(0, start - width)
    right_to = min(len(text), end + width)
    left = text[left_from:start]
    right = text[end:right_to]
    if left_from > 0 and " " in left:
        left = "\u2026" + left[left.index(" ") :]
    if right_to < len(text) and " " in right:
        right = right[: right.rindex(" ")] + "\u2026"
    squash = " ".join
    return {"left": squash(left.split()) + (" " if left[-1:].isspace() else ""),
            "match": squash(text[start:end].split()),
            "right": (" " if right[:1].isspace() else "") + squash(right.split())}
