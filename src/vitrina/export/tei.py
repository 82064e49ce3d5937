"""Each document as a TEI P5 file, ``OUT/<document id>.xml``.

* ``teiHeader``: title, "exported by vitrina", the source file.
* ``standOff`` (after the header): ``listPerson`` (``person``, groups as
  ``personGrp``; each role the document gives the person a ``state type="role"`` with its ``label``), ``listPlace`` (``place`` with ``location/geo`` "lat lon"),
  ``listOrg``, ``listEvent`` (``event`` with its date attributes, ``label``,
  ``desc`` naming participants and places by ``ref``, evidence as
  ``note type="evidence"``). Identifiers (Wikidata QIDs, URIs) are ``idno``.
* ``text/body``: blocks outside any section as ``p``; each section a ``div``
  (``@n`` its label) with ``head``, a sub-section's ``div`` inside its section's, and so is the ``div`` of a lesser
  heading inside a section (an HTML ``h4`` under an ``h3``); paragraphs ``p``; a caption is a
  ``figure`` (``@rend`` its position) with ``head`` and, when credited,
  ``bibl type="credit"`` (the credit block that follows is folded in).
* A letter's parts the TEI reader kept (``part`` markup over a block): ``dateline``, ``salute``, ``signed``
  (``@source`` as a ``p``'s), each in the ``opener`` or ``closer`` that held it (consecutive ones in one).
* Inline: ``persName``/``placeName``/``orgName`` with ``ref="#id"``; groups
  ``rs type="group" ref``; vessels ``name type="ship" key``; other entities ``rs type="other" key``; dates
  ``date``; quotations ``quote who="#speaker"``, scare-quoted terms
  ``q type="term"``; the input's own alternatives as it gave them: ``choice``, ``app`` (``lem``, ``rdg``),
  ``add`` (in a ``subst`` with the ``del`` it replaced).

Dates: a plain EDTF day, month or year is ``@when``; an interval of such is
``@from``/``@to`` (open ends omitted); anything TEI's W3C attributes cannot
say (seasons, uncertainty, unspecified digits X, sets) gets
``@notBefore``/``@notAfter`` from the EDTF bounds plus the exact EDTF in
``@when-custom`` with ``@datingMethod`` pointing to the EDTF specification.

Provenance: each ``p``, ``head`` and ``figure`` has ``@source`` naming where its
text starts in the input, ``FILE#page=P&line=L&column=C`` (the parts the source
map knows; see vitrina.provenance). Where a paged input (a PDF, a TEI file with
numbered ``pb``) begins a page, the text has ``<pb n="P"/>``.

Overlapping spans cannot all be elements: :func:`nest` keeps the outer or
earlier one and drops the inner crossing one from the inline markup (the
entity, date or quote still appears in the standOff).
"""

from __future__ import annotations

import base64
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from vitrina.edtf_bounds import bounds
from vitrina.errors import UsageError
from vitrina.export.atomic import write_atomically
from vitrina.export.csl import document_meta
from vitrina.export.doclanguage import document_language
from vitrina.export.json_kb import figures, knowledge_base
from vitrina.ingest.metadata import XML_LANG, file_made_date
from vitrina.model import file_reference
from vitrina.provenance import Locate, Provenance
from vitrina.registry import exporters
from vitrina.store.read import KnowledgeBase, as_knowledge_base

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
EDTF_SPEC = "https://www.loc.gov/standards/datetime/"
PLAIN_DATE = re.compile(r"^-?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")  # not seasons (-21..-41)
NAME_ELEMENTS = {"person": "persName", "place": "placeName", "organization": "orgName"}
# Lower sorts first among spans with the same extent: the outer element.
PRIORITY = {"quote": 0, "entity": 1, "date": 2, "reading": 3}
# a letter's parts the TEI reader keeps (``part`` markup over a whole block) and the elements that hold some
LETTER_PARTS = {"opener", "closer", "dateline", "salute", "signed"}
PART_HOLDERS = {"opener", "closer"}
JULIAN_ID = "julian"  # the calendarDesc entry a date written in the Julian calendar points to
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def tei(tag: str, attrs: dict[str, str | None] | None = None, text: str | None = None) -> etree._Element:
    el = etree.Element(f"{{{TEI_NS}}}{tag}", nsmap={None: TEI_NS} if tag == "TEI" else None)
    for key, value in (attrs or {}).items():
        if value is not None:
            el.set(key, clean(value))
    if text is not None:
        el.text = clean(text)
    return el


def sub(parent: etree._Element, tag: str, attrs: dict[str, str | None] | None = None,
        text: str | None = None) -> etree._Element:
    el = tei(tag, attrs, text)
    parent.append(el)
    return el


def clean(text: str) -> str:
    """Text XML 1.0 can carry (control characters become U+FFFD, same length)."""
    return _XML_INVALID.sub("\ufffd", text)


def ncname(value: str) -> str:
    """A valid ``xml:id`` for an entity or event id."""
    name = re.sub(r"[^A-Za-z0-9._-]", "_", value)
    return name if re.match(r"[A-Za-z_]", name) else f"x{name}"


def _iso(day: str) -> str:
    """Pad a negative year to four digits (xsd:date wants ``-0044-03-15``)."""
    if day.startswith("-"):
        year, _, rest = day[1:].partition("-")
        return f"-{year.zfill(4)}-{rest}"
    return day


def date_attrs(edtf: str) -> dict[str, str | None]:
    """TEI dating attributes for an EDTF value (see the module docstring)."""
    parts = edtf.split("/")
    if len(parts) == 1 and PLAIN_DATE.match(edtf):
        return {"when": edtf}
    if len(parts) == 2 and all(PLAIN_DATE.match(p) or p in ("", "..") for p in parts) and any(
        PLAIN_DATE.match(p) for p in parts
    ):
        start, end = (p if PLAIN_DATE.match(p) else None for p in parts)
        return {"from": start, "to": end}
    lower, upper = bounds(edtf)
    return {
        "notBefore": _iso(lower) if lower else None,
        "notAfter": _iso(upper) if upper else None,
        "when-custom": edtf if edtf and not re.search(r"\s", edtf) else None,
        "datingMethod": EDTF_SPEC,
    }


# ---------------------------------------------------------------- span nesting


@dataclass
class Span:
    """An element to wrap around ``[start, end)`` of a text."""

    start: int
    end: int
    make: Callable[[], etree._Element]
    priority: int = 0
    point: bool = False  # an empty element at ``start`` (a ``pb``), kept though it wraps nothing
    inner: Callable[[etree._Element], etree._Element] | None = None  # the child the text goes in (a choice's corr)


@dataclass
class Node:
    span: Span
    children: list[Node] = field(default_factory=list)


def nest(spans: Iterable[Span]) -> tuple[list[Node], list[Span]]:
    """A forest of properly nested spans, and the spans dropped for crossing.

    Spans are taken by start, longest first (then by priority); a span that
    starts inside an open one but ends after it crosses it and is dropped.
    Empty spans are dropped too.
    """
    roots: list[Node] = []
    dropped: list[Span] = []
    stack: list[Node] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.priority)):
        if span.end <= span.start and not span.point:
            dropped.append(span)
            continue
        while stack and stack[-1].span.end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].span.end:
            dropped.append(span)
            continue
        node = Node(span)
        (stack[-1].children if stack else roots).append(node)
        if not span.point:
            stack.append(node)
    return roots, dropped


def render(parent: etree._Element, text: str, nodes: list[Node], start: int, end: int) -> None:
    """Fill ``parent`` with ``text[start:end]``, wrapping the nodes' spans in elements."""
    cursor = start
    previous: etree._Element | None = None
    for node in nodes:
        _put_text(parent, previous, text[cursor : node.span.start])
        el = node.span.make()
        parent.append(el)
        render(node.span.inner(el) if node.span.inner else el, text, node.children, node.span.start, node.span.end)
        previous = el
        cursor = node.span.end
    _put_text(parent, previous, text[cursor:end])


def _put_text(parent: etree._Element, previous: etree._Element | None, chunk: str) -> None:
    if not chunk:
        return
    if previous is None:
        parent.text = (parent.text or "") + clean(chunk)
    else:
        previous.tail = (previous.tail or "") + clean(chunk)


def marked_up(parent: etree._Element, text: str, start: int, end: int, spans: list[Span]) -> list[Span]:
    """Render ``text[start:end]`` into ``parent`` with the spans inside it; returns the dropped."""
    inside = [s for s in spans if start <= s.start and s.end <= end and (not s.point or s.start < end)]
    roots, dropped = nest(inside)
    render(parent, text, roots, start, end)
    return dropped


# the groups of alternatives a stored reading is written back as: the reading read -> (group, the elements of the
# readings set aside (stored under their own names; an app's rdgGrp as a rdg), whether the reading read comes first)
CHOICE_READINGS = {"corr": ("choice", ("sic",), False), "expan": ("choice", ("abbr",), False),
                   "reg": ("choice", ("orig",), False), "lem": ("app", ("rdg", "rdgGrp"), True),
                   "add": ("subst", ("del",), False)}


def _reading_span(markup: dict[str, Any]) -> Span | None:
    """The group of alternatives a reading the input gave came from, with the readings it set aside and the text
    read inside its own element: a ``choice`` (``sic``/``abbr``/``orig`` beside ``corr``/``expan``/``reg``), an
    ``app`` (``lem`` then each ``rdg``), an ``add`` (in a ``subst`` after the ``del`` it replaced, when one)."""
    pairs = [tuple(pair) for pair in markup.get("attrs") or ()]
    read = dict(pairs).get("read", "")
    if read not in CHOICE_READINGS:
        return None
    group, kept, read_first = CHOICE_READINGS[read]
    others = [("rdg" if name == "rdgGrp" else name, text) for name, text in pairs if name in kept and text]
    if read == "add" and not others:
        return Span(markup["start"], markup["end"], lambda: tei("add"), PRIORITY["reading"])

    def make() -> etree._Element:
        el = tei(group)
        if read_first:
            sub(el, read)
        for name, text in others:
            sub(el, name, text=text)
        if not read_first:
            sub(el, read)
        return el

    return Span(markup["start"], markup["end"], make, PRIORITY["reading"],
                inner=lambda el: el[0] if read_first else el[-1])


# ---------------------------------------------------------------- one document


class _DocumentWriter:
    def __init__(self, doc: dict[str, Any], kb: dict[str, Any], locate: Locate | None = None,
                 graphics: dict[str, str] | None = None, meta: dict[str, str] | None = None,
                 pages: list[tuple[int, int]] | None = None, readings: list[dict[str, Any]] | None = None,
                 parts: list[dict[str, Any]] | None = None):
        self.doc = doc
        # (start, end) of each block the input read from a letter's part -> its attributes (element, in)
        self.parts = {(m["start"], m["end"]): dict(tuple(pair) for pair in m.get("attrs") or ()) for m in parts or ()}
        self.readings = readings or []  # the input's own alternatives (TEI choice/app/add: "reading" markup)
        self.pages = pages or []  # (offset, page) where each page of the input begins in the text
        self.meta = meta or {}
        self.graphics = graphics or {}  # figure id -> url of its image file
        self.locate = locate
        self.entities = {e["id"]: e for e in kb["entities"]}
        self.mentions = [
            (m, e) for e in kb["entities"] for m in e["mentions"] if m["document"] == doc["id"]
        ]
        self.quotes = [q for q in kb["quotes"] if q["evidence"]["document"] == doc["id"]]
        self.events = [
            e for e in kb["events"]
            if e["evidence"] and e["evidence"][0]["document"] == doc["id"]
        ]
        self.dropped: list[Span] = []

    # -- inline spans
    def spans(self) -> list[Span]:
        result = [Span(m["start"], m["end"], self._name_maker(e), PRIORITY["entity"])
                  for m, e in self.mentions]
        result += [Span(d["start"], d["end"], self._date_maker(d["edtf"], bool(d.get("julian"))), PRIORITY["date"])
                   for d in self.doc["dates"]]
        result += [Span(q["evidence"]["start"], q["evidence"]["end"], self._quote_maker(q),
                        PRIORITY["quote"]) for q in self.quotes]
        result += [Span(offset, offset, self._page_maker(page), -1, point=True) for offset, page in self.pages]
        result += [span for span in map(_reading_span, self.readings) if span is not None]
        return result

    @staticmethod
    def _page_maker(page: int) -> Callable[[], etree._Element]:
        return lambda: tei("pb", {"n": str(page)})

    def _name_maker(self, entity: dict[str, Any]) -> Callable[[], etree._Element]:
        return lambda: self.name_element(entity)

    def name_element(self, entity: dict[str, Any], text: str | None = None) -> etree._Element:
        kind = entity["type"]
        if kind in NAME_ELEMENTS:
            return tei(NAME_ELEMENTS[kind], {"ref": f"#{ncname(entity['id'])}"}, text)
        if kind == "group":
            return tei("rs", {"type": "group", "ref": f"#{ncname(entity['id'])}"}, text)
        if kind == "vessel":  # TEI's own name type for a ship (the type a TEI input's ship name is read from)
            return tei("name", {"type": "ship", "key": entity["id"]}, text)
        return tei("rs", {"type": "other", "key": entity["id"]}, text)

    @staticmethod
    def _date_maker(edtf: str, julian: bool = False) -> Callable[[], etree._Element]:
        # a day the text marks Old Style: @when is its Gregorian day, @calendar says the written date is Julian
        return lambda: tei("date", {**date_attrs(edtf), **({"calendar": f"#{JULIAN_ID}"} if julian else {})})

    def _quote_maker(self, quote: dict[str, Any]) -> Callable[[], etree._Element]:
        speaker = quote["speaker"] if quote["speaker"] in self.entities else None
        who = f"#{ncname(speaker)}" if speaker else None
        if quote["kind"] == "term":
            return lambda: tei("q", {"type": "term", "who": who})
        return lambda: tei("quote", {"who": who})

    # -- the whole file
    def build(self) -> etree._Element:
        root = tei("TEI")
        language = document_language(self.meta, self.doc.get("text") or "")
        if language:  # the input's own xml:lang, else the language of its text (``export.doclanguage``)
            root.set(XML_LANG, language)
        root.append(self.header())
        stand_off = self.stand_off()
        if stand_off is not None:
            root.append(stand_off)
        text = sub(root, "text")
        body = sub(text, "body")
        self.body(body)
        self.loose_figures(body)
        return root

    def header(self) -> etree._Element:
        header = tei("teiHeader")
        file_desc = sub(header, "fileDesc")
        sub(sub(file_desc, "titleStmt"), "title", text=self.doc["title"])
        sub(sub(file_desc, "publicationStmt"), "p", text="Exported by vitrina from its knowledge base.")
        source = sub(sub(file_desc, "sourceDesc"), "bibl")
        sub(source, "title", text=self.doc["title"])
        sub(source, "idno", {"type": "source"}, file_reference(self.doc["source"]))
        self.correspondence(header)
        self.calendars(header)
        return header

    def calendars(self, header: etree._Element) -> None:
        """``profileDesc/calendarDesc`` naming the Julian calendar, when a date of the text is written in it (its
        ``date`` elements point to it with ``@calendar``; their ``@when`` is the Gregorian day)."""
        if not any(d.get("julian") for d in self.doc["dates"]):
            return
        profile = header.find(f"{{{TEI_NS}}}profileDesc")
        if profile is None:
            profile = sub(header, "profileDesc")
        calendar = sub(sub(profile, "calendarDesc"), "calendar", {XML_ID: JULIAN_ID})
        sub(calendar, "p", text="Julian calendar (Old Style): @when gives the Gregorian day.")

    def correspondence(self, header: etree._Element) -> None:
        """A letter's ``profileDesc/correspDesc``: who sent it, from where and when, and who
        received it, as the document's metadata states them (its own TEI header, or a letter's
        text: "Letter from A to B")."""
        sender, recipient = self.meta.get("sender"), self.meta.get("recipient")
        if not sender and not recipient:
            return
        desc = sub(sub(header, "profileDesc"), "correspDesc")
        sent = sub(desc, "correspAction", {"type": "sent"})
        for name in (sender or "").split(";"):
            if name.strip():
                sub(sent, "persName", text=name.strip())
        if self.meta.get("place"):
            sub(sent, "placeName", text=self.meta["place"])
        when = self.meta.get("dated") or (None if file_made_date(self.meta) else self.meta.get("date"))
        if when:
            sub(sent, "date", {"when": when} if bounds(when)[0] is not None else None, when)
        received = sub(desc, "correspAction", {"type": "received"})
        for name in (recipient or "").split(";"):
            if name.strip():
                sub(received, "persName", text=name.strip())

    def body(self, body: etree._Element) -> None:
        text = self.doc["text"]
        spans = self.spans()
        labels = {s["id"]: s["label"] for s in self.doc["sections"]}
        parents = {s["id"]: s.get("parent") for s in self.doc["sections"]}
        divs: dict[str, etree._Element] = {}  # each section's div, which its sub-sections' divs go in
        container, section, blocks = body, None, self.doc["blocks"]
        skip_credit = None
        holder: etree._Element | None = None  # the opener or closer the last block was written in
        for index, block in enumerate(blocks):
            if block["id"] == skip_credit:
                continue
            if block["section"] is not None and block["section"] != section:
                section = block["section"]
                container = divs[section] = sub(divs.get(parents.get(section) or "", body), "div",
                                                {"n": labels.get(section)})
            elif block["section"] is not None and block["kind"] == "heading" and len(container):
                # a lesser heading inside a section (an HTML h4 under an h3): a div inside the section's own
                container = sub(divs[block["section"]], "div")
            if block["kind"] == "heading" and not len(container) and container is not body:
                head = sub(container, "head", {"source": self.source(block)})
                self.dropped += marked_up(head, text, block["start"], block["end"], spans)
            elif block["kind"] == "caption":
                following = blocks[index + 1] if index + 1 < len(blocks) else None
                if following and following["kind"] == "credit" and following["text"] == block["credit"]:
                    skip_credit = following["id"]
                self.figure(container, block, spans)
            elif block["kind"] == "credit":
                sub(sub(container, "figure"), "bibl", {"type": "credit"}, block["text"])
            else:
                rend = block["kind"] if block["kind"] in ("heading", "table", "translation") else None
                el = self.part(container, block, holder)
                if el is None:
                    el = sub(container, "p")
                el.attrib.update({k: clean(v) for k, v in {"rend": rend, "source": self.source(block)}.items() if v})
                holder = el.getparent() if el.getparent() is not container else None
                self.dropped += marked_up(el, text, block["start"], block["end"], spans)
                continue
            holder = None

    def part(self, container: etree._Element, block: dict[str, Any],
             holder: etree._Element | None) -> etree._Element | None:
        """The element of a block the input read from a letter's part (its ``part`` markup: ``dateline``,
        ``salute``, ``signed``, a bare ``opener``/``closer``), inside the opener or closer that held it: the
        one just written (``holder``) when it is the same kind, else a new one. None for other blocks."""
        attrs = self.parts.get((block["start"], block["end"]))
        if not attrs or attrs.get("element") not in LETTER_PARTS:
            return None
        within = attrs.get("in")
        if within in PART_HOLDERS:
            if holder is None or etree.QName(holder).localname != within or holder.getparent() is not container:
                holder = sub(container, within)
            return sub(holder, attrs["element"])
        return sub(container, attrs["element"])

    def figure(self, container: etree._Element, block: dict[str, Any], spans: list[Span]) -> None:
        figure = sub(container, "figure", {"rend": block["position"], "source": self.source(block)})
        for image in self.doc.get("figures", []):
            if image["caption"] == block["id"]:
                self.graphic(figure, image)
        self.dropped += marked_up(sub(figure, "head"), self.doc["text"], block["start"], block["end"], spans)
        if block["credit"]:
            sub(figure, "bibl", {"type": "credit"}, block["credit"])

    def graphic(self, figure: etree._Element, image: dict[str, Any]) -> None:
        """``graphic`` for an image: its file, or where it stands in the source (PDF page)."""
        url = self.graphics.get(image["id"]) or image.get("src")
        if not url and image.get("page"):
            url = f"{file_reference(self.doc['source'])}#page={image['page']}"  # RFC 8118 fragment
        if not url:
            return
        graphic = sub(figure, "graphic", {"url": url, "mimeType": image.get("mime")})
        if image.get("alt"):
            sub(graphic, "desc", text=image["alt"])

    def loose_figures(self, body: etree._Element) -> None:
        """Images without a caption, after the text."""
        captions = {b["id"] for b in self.doc["blocks"] if b["kind"] == "caption"}
        for image in self.doc.get("figures", []):
            if image["caption"] not in captions:
                self.graphic(sub(body, "figure"), image)

    def source(self, block: dict[str, Any]) -> str | None:
        """``FILE#page=P&line=L&column=C`` of the block's first character (known parts)."""
        where = self.locate(self.doc["id"], block["start"], block["start"] + 1) if self.locate else None
        if not where:
            return None
        parts = [f"{name}={where[name]}" for name in ("page", "line", "column") if where.get(name) is not None]
        return file_reference(where["file"]) + ("#" + "&".join(parts) if parts else "")

    # -- standOff
    def stand_off(self) -> etree._Element | None:
        used = {e["id"]: e for _, e in self.mentions}
        for quote in self.quotes:
            if quote["speaker"] in self.entities:
                used[quote["speaker"]] = self.entities[quote["speaker"]]
        for event in self.events:
            for ref in (*event["participants"], *event["places"]):
                if ref in self.entities:
                    used[ref] = self.entities[ref]
        ordered = sorted(used.values(), key=lambda e: e["id"])
        stand_off = tei("standOff")
        people = [e for e in ordered if e["type"] in ("person", "group")]
        if people:
            listing = sub(stand_off, "listPerson")
            for entity in people:
                self.person(listing, entity)
        places = [e for e in ordered if e["type"] == "place"]
        if places:
            listing = sub(stand_off, "listPlace")
            for entity in places:
                self.place(listing, entity)
        orgs = [e for e in ordered if e["type"] == "organization"]
        if orgs:
            listing = sub(stand_off, "listOrg")
            for entity in orgs:
                self.named(sub(listing, "org", {XML_ID: ncname(entity["id"])}), "orgName", entity)
        if self.events:
            listing = sub(stand_off, "listEvent")
            for event in self.events:
                self.event(listing, event)
        return stand_off if len(stand_off) else None

    def named(self, el: etree._Element, tag: str, entity: dict[str, Any]) -> None:
        sub(el, tag, text=entity["name"])
        for alias in entity["aliases"]:
            if alias != entity["name"]:
                sub(el, tag, {"type": "alias"}, alias)

    def person(self, listing: etree._Element, entity: dict[str, Any]) -> None:
        tag = "person" if entity["type"] == "person" else "personGrp"
        el = sub(listing, tag, {XML_ID: ncname(entity["id"])})
        self.named(el, "persName", entity)
        self.idno(el, entity)
        # the roles this document gives the person (a title before a name, a TEI header's role): a state each
        for role in dict.fromkeys(r["role"] for r in entity.get("roles", ()) if r["document"] == self.doc["id"]):
            sub(sub(el, "state", {"type": "role"}), "label", text=role)

    def place(self, listing: etree._Element, entity: dict[str, Any]) -> None:
        el = sub(listing, "place", {XML_ID: ncname(entity["id"])})
        self.named(el, "placeName", entity)
        if entity["lat"] is not None and entity["lon"] is not None:
            sub(sub(el, "location"), "geo", text=f"{entity['lat']} {entity['lon']}")
        self.idno(el, entity)

    @staticmethod
    def idno(el: etree._Element, entity: dict[str, Any]) -> None:
        identifier = entity.get("identifier")
        if identifier:
            kind = "wikidata" if re.fullmatch(r"Q\d+", identifier) else "URI"
            sub(el, "idno", {"type": kind}, identifier)

    def event(self, listing: etree._Element, event: dict[str, Any]) -> None:
        el = sub(listing, "event", {XML_ID: ncname(event["id"]), **date_attrs(event["date"]["edtf"])})
        sub(el, "label", text=event["label"])
        refs = [self.entities[i] for i in (*event["participants"], *event["places"]) if i in self.entities]
        if refs:
            desc = sub(el, "desc")
            for n, entity in enumerate(refs):
                if n:
                    desc[-1].tail = ", "
                desc.append(self.name_element(entity, entity["name"]))
        for span in event["evidence"]:
            sub(el, "note", {"type": "evidence"}, span["text"])


# ---------------------------------------------------------------- files


def document_tei(doc: dict[str, Any], kb: dict[str, Any], locate: Locate | None = None,
                 graphics: dict[str, str] | None = None,
                 meta: dict[str, str] | None = None,
                 pages: list[tuple[int, int]] | None = None,
                 readings: list[dict[str, Any]] | None = None,
                 parts: list[dict[str, Any]] | None = None) -> tuple[etree._Element, list[Span]]:
    """The TEI tree of one document and the spans dropped from its inline markup.

    ``graphics`` maps figure ids to the files their images were written to; ``meta`` is the
    document's reader metadata (a letter's sender, recipient, place and date: its correspDesc);
    ``pages`` where the input's pages begin in the text (each a ``pb``); ``readings`` the input's own
    alternatives (stored ``reading`` markup: a ``choice`` again); ``parts`` the blocks read from a letter's
    parts (stored ``part`` markup: a ``dateline``, ``salute``, ``signed``, in an ``opener`` or ``closer``).
    """
    writer = _DocumentWriter(doc, kb, locate, graphics, meta, pages, readings, parts)
    root = writer.build()
    return root, writer.dropped


def to_bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def file_name(doc_id: str) -> str:
    """The document's file: its id, whose letters of any script are kept (ids of two files
    named in Cyrillic differ only in them), other characters but ``._-`` as underscores."""
    kept = "".join(ch if unicodedata.category(ch)[0] in "LMN" or ch in "._-" else "_" for ch in doc_id)
    return kept.lstrip(".") + ".xml"


@exporters.register("tei", folder=True, unit="TEI files", about="one per document")
def write(conn: KnowledgeBase, out: Path | None) -> str | None:
    if out is None:
        raise UsageError("tei export writes one file per document and needs -o FOLDER")
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file; tei export needs -o FOLDER")
    out.mkdir(parents=True, exist_ok=True)
    kb = knowledge_base(conn)
    provenance = Provenance(conn)
    meta = document_meta(as_knowledge_base(conn))  # a SQLite connection is given as well as a store
    for doc in kb["documents"]:
        graphics = write_images(conn, doc["id"], out)
        markup = as_knowledge_base(conn).analysis_field(doc["id"], "markup") or []
        readings = [m for m in markup if m.get("kind") == "reading"]
        parts = [m for m in markup if m.get("kind") == "part"]
        root, _ = document_tei(doc, kb, provenance.locate, graphics, meta.get(doc["id"]),
                               provenance.page_starts(doc["id"]), readings, parts)
        write_atomically(out / file_name(doc["id"]), to_bytes(root))
    return None


_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg"}


def write_images(conn: KnowledgeBase, doc_id: str, out: Path) -> dict[str, str]:
    """Write the images the reader kept (PDF figures) beside the TEI file; their urls."""
    urls: dict[str, str] = {}
    for image in figures(conn, doc_id, with_data=True):
        extension = _EXTENSIONS.get(image.get("mime") or "")
        if not image.get("data") or extension is None:
            continue
        name = file_name(doc_id)[: -len(".xml")] + f"-{ncname(image['id'])}{extension}"
        write_atomically(out / name, base64.b64decode(image["data"]))
        urls[image["id"]] = name
    return urls
