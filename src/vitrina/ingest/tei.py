"""TEI P5 reader: one Document per ``div type="section"``, else one per body.

* ``div type="section"`` in ``front``/``body``/``back`` -> a Document with id
  ``<file-stem>-<xml:id>`` (slugged) and the section ``head`` as title; with
  no such div, the whole ``body`` is one Document (its own ``div``s become
  sections), titled by ``teiHeader``'s title (the file's own title, which a
  first ``head`` such as "Opening" only heads a part of), else its first ``head``. What the
  text holds outside its section divs (front matter, a div of another type,
  paragraphs between sections) is one more Document, ``<file-stem>-text``, first.
* ``head`` -> heading (a section), nested ``div`` -> a further section,
  ``p``/``item``/``l``/block ``quote`` etc. -> paragraphs, ``figure/head``
  -> caption (figure credit from a ``bibl``/``byline`` child or one whose
  ``type``/``rend`` says credit/source/courtesy, also emitted as a credit
  block).
* Inline ``persName``/``placeName``/``orgName``/``date``/``quote``/``q``
  become block markup; whitespace is collapsed, offsets stay mapped.
* Alternatives are read once (the TEI Guidelines' "Simple Editorial Changes", "Critical
  Apparatus" and "Representation of Primary Sources"; docs/formats.md): in a ``choice``
  the editor's reading (``corr``, ``expan``, ``reg``), in an ``app`` the ``lem``, and an
  ``add`` but not a ``del``; the readings left out (``sic``, ``abbr``, ``orig``, ``rdg``,
  a ``del`` beside the ``add``) are kept as the attributes of a ``reading`` markup span
  over the text read, never glued into it.
* ``pb`` with a whole-number ``n`` starts a page: the source map carries it, so citations name the page
  (``pb``/``cb`` inside a word join it, see ``BREAKS``).
* A letter's ``opener``/``closer`` and their ``dateline``, ``salute``, ``signed`` are blocks of their own,
  each with a block-wide ``part`` markup span naming its element (and the opener or closer holding it):
  the TEI export writes them back.
* ``note`` elements are lifted out of the running text (they would break
  its sentences) and kept as paragraphs of a final "Notes" section.
"""

from __future__ import annotations

import bisect
import re
from copy import deepcopy
from dataclasses import dataclass

from lxml import etree

from vitrina import lexicon
from vitrina.errors import InputError
from vitrina.ingest._mapped import Inline, TreeText, document_id, slugify, xml_character_data
from vitrina.ingest.metadata import stated_language
from vitrina.ingest.safety import parse_xml
from vitrina.model import BlockKind, Document, DocumentBuilder
from vitrina.registry import readers
from vitrina.structure.assemble import NOTES_TITLE

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
MARKUP_KINDS = {
    "persName": "person",
    "placeName": "place",
    "orgName": "organization",
    "date": "date",
    "quote": "quote",
    "q": "quote",
}
MARKUP_ATTRS = {
    "date": ("when", "from", "to", "notBefore", "notAfter", "when-iso", "from-iso", "to-iso", "notBefore-iso",
             "notAfter-iso"),
    "quote": ("who",),
    "q": ("who",),
}
# Block-level containers whose children are read one by one.
# A letter's opener and closer hold lines of their own (dateline, salute, signature): each its own
# block, never glued ("20 May 1891Dear Mrs Vance,").
CONTAINERS = {"div", "list", "listBibl", "lg", "sp", "floatingText", "body", "front", "back", "cit", "opener", "closer",
              "postscript"}
# Elements whose text is a paragraph of its own.
PARAGRAPHS = {
    "p",
    "ab",
    "item",
    "l",
    "quote",
    "q",
    "bibl",
    "label",
    "byline",
    "dateline",
    "opener",
    "closer",
    "salute",
    "signed",
    "trailer",
    "epigraph",
    "argument",
    "speaker",
}
# Spoken text (TEI Guidelines 8, "Transcriptions of Speech"): an utterance ``u`` is a turn of its own, a block
# opened by its speaker's name and a colon as a transcript sets it ("Name: …"), the name resolved through ``who``
# to the header's ``particDesc`` person; a drama's or interview's ``sp`` opens its first paragraph with its
# ``speaker`` the same way. What the transcriber notes about the recording, not words spoken, is an editorial
# mark in square brackets: a ``gap`` its reason ("[inaudible]"), an ``incident``, ``vocal`` or ``kinesic`` its
# ``desc`` ("[laughs]"), a ``pause`` "[pause]".
UTTERANCES = {"u"}
EVENTS = {"incident", "vocal", "kinesic", "pause", "shift"}
GAP_MARK = "gap"  # a gap's mark when it gives no reason
# Quoted or reported speech inline (``q``, ``said``): set between quotation marks, as the TEI Guidelines'
# default rendering has it, unless the text already puts marks around it; the marks are what the
# quotation finder reads (extract/quotes.py).
SPOKEN_QUOTES = {"q", "said"}
QUOTE_MARKS = "\"'“”‘’«»„‚"
# not read as text: pictures, markers, a printer's forme work, and <geo> (an encoder's coordinates, "41.9 12.5",
# not words of the page: read as text they were glued into the place's name)
SKIPPED = {"graphic", "media", "milestone", "anchor", "gap", "index", "fw", "geo"} | EVENTS
# The reading read in each group of alternatives, in order of preference (else its first child)
# and the children that are alternatives of one another (other children are read as usual).
READINGS = {"choice": ("corr", "expan", "reg"), "app": ("lem",)}
ALTERNATIVES = {
    "choice": {"sic", "corr", "abbr", "expan", "orig", "reg", "seg", "unclear", "choice"},
    "app": {"lem", "rdg", "rdgGrp"},
}
# Line, column and page breaks: a space, unless break="no" (a word split over lines). A page or column
# break set inside a word (a letter or digit either side, no whitespace: "rece<pb n="2"/>ive") joins it:
# encoders set those between words or mark the split. A bare ``lb`` stays a space: a line-by-line
# transcription starts each line right after its ``<lb/>`` ("Harbour<lb/>master" is two words).
BREAKS = {"lb", "cb", "pb"}
WORD_JOINING_BREAKS = {"cb", "pb"}
CREDIT_WORDS = ("credit", "source", "courtesy", "copyright", "rights")
# A letter's parts (TEI Guidelines 4.2, "Elements Common to All Divisions"): a block read from one of them
# keeps its element as a block-wide ``part`` markup span (``element``, and ``in`` the opener or closer
# holding it), so the TEI export writes the element back; the store's block kinds stay as they are.
LETTER_PARTS = {"opener", "closer", "dateline", "salute", "signed"}
PART_HOLDERS = {"opener", "closer"}


def local_name(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _inside_word(el) -> bool:
    """A milestone with a letter or digit right before and right after it in the source, no space
    between: it breaks a word, not the text (TEI's ``break`` attribute left out). Only the text beside it
    is looked at (its parent's text or its previous sibling's tail, and its own tail): no walk of the tree."""
    previous = el.getprevious()
    before = (previous.tail if previous is not None else el.getparent().text) or ""
    after = el.tail or ""
    return before[-1:].isalnum() and after[:1].isalnum()


def _break_space(el) -> bool:
    """Whether a ``lb``/``cb``/``pb`` stands for a space: ``break`` says so, else the source's spacing does."""
    if local_name(el) not in BREAKS:
        return False
    said = el.get("break")
    if said is not None:
        return said != "no"
    return local_name(el) not in WORD_JOINING_BREAKS or not _inside_word(el)


def _page_starts(root, tree: TreeText) -> list[tuple[int, int]]:
    """``(source offset, page)`` where each numbered ``pb`` begins a page: the offset of the first text
    after it, found in one walk of the tree in document order. Only a whole-number ``n`` is a page number a
    citation can give ("2r", "iv" are left out)."""
    starts: list[tuple[int, int]] = []
    pending: int | None = None
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "start" and local_name(el) == "pb" and (el.get("n") or "").strip().isdigit():
            pending = int((el.get("n") or "").strip())
        if pending is None:
            continue
        which = "text" if event == "start" else "tail"
        if which == "text" and not isinstance(el.tag, str):
            continue  # a comment's or instruction's own text is no text of the document
        if getattr(el, which):
            offset = tree.source_offset(el, which)
            if offset is not None:
                starts.append((offset, pending))
                pending = None
    return sorted(starts)


def _pager(starts: list[tuple[int, int]]):
    """The page a source offset is on (None before the first page break)."""
    offsets = [offset for offset, _ in starts]

    def page_of(offset: int) -> int | None:
        at = bisect.bisect_right(offsets, offset)
        return starts[at - 1][1] if at else None

    return page_of


def _alternatives(group) -> list:
    """The children of a ``choice`` or ``app`` that are readings of one another."""
    names = ALTERNATIVES.get(local_name(group), set())
    return [c for c in group if local_name(c) in names]


def _chosen(group):
    """The reading read of a ``choice`` or ``app``: the preferred one, else the first."""
    readings = _alternatives(group)
    for name in READINGS.get(local_name(group), ()):
        for child in readings:
            if local_name(child) == name:
                return child
    return readings[0] if readings else None


def _unread(el) -> bool:
    """A deletion, or a reading of a group of alternatives other than the one read."""
    if local_name(el) == "del":
        return True
    parent = el.getparent()
    if parent is None or local_name(parent) not in ALTERNATIVES:
        return False
    return el in _alternatives(parent) and el is not _chosen(parent)


def _flat(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _left_out(el) -> list:
    """The readings set aside for ``el``: its unread siblings when it is the reading read
    of a group, the deletions beside it when it is an addition."""
    parent = el.getparent()
    if parent is None:
        return []
    if local_name(el) == "add":
        before = el.getprevious()
        in_subst = local_name(parent) == "subst"
        return [c for c in parent if local_name(c) == "del"] if in_subst else (
            [before] if before is not None and local_name(before) == "del" and not (before.tail or "").strip() else [])
    if local_name(parent) in ALTERNATIVES and el is _chosen(parent):
        return [c for c in _alternatives(parent) if c is not el]
    return []


def _reading_span(el) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    others = _left_out(el)
    if not others and local_name(el) != "add":
        return None
    attrs = [("read", local_name(el))] + [(local_name(c), _flat(c)) for c in others]
    return "reading", tuple((k, v) for k, v in attrs if v)


def _markup(el) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    name = local_name(el)
    kind = MARKUP_KINDS.get(name) or _vessel_name(el)
    if kind is None:
        return _reading_span(el)
    attrs = tuple((a, el.get(a)) for a in MARKUP_ATTRS.get(name, ()) if el.get(a))
    calendar = _calendar_of(el) if kind == "date" else None
    # ``@datingMethod``: the calendar of the normalised values (``@when`` …), not of the words (TEI)
    dating = _calendar_of(el, "datingMethod") if kind == "date" else None
    return kind, attrs + ((("calendar", calendar),) if calendar else ()) + ((("dating", dating),) if dating else ())


def _vessel_name(el) -> str | None:
    """ "vessel" for a ``name`` whose ``@type`` is a kind of watercraft ("ship", "boat", "schooner": a noun of
    the lexicon's ``vessel_words`` or WordNet's watercraft, ``places.is_vessel_word``), else None."""
    from vitrina.extract.places import is_vessel_word

    kind = (el.get("type") or "").strip()
    return "vessel" if local_name(el) == "name" and kind.isalpha() and is_vessel_word(kind) else None


def _calendar_of(el, attribute: str = "calendar") -> str | None:
    """The calendar (``julian``, ``gregorian``) a ``date``'s ``@calendar`` (its words) or ``@datingMethod`` (its
    normalised values) names: the pointer's own words (``#julian``, ``#cal_julian``) or the description of the
    ``calendar`` element it points to in the header's ``calendarDesc`` (lexicon ``calendar_names``); None when it
    names neither."""
    pointer = (el.get(attribute) or "").strip()
    if not pointer:
        return None
    known = {row[0]: row[1] for row in lexicon.rows("calendar_names") if len(row) == 2}
    said = [pointer]
    if pointer.startswith("#"):
        for calendar in el.getroottree().iterfind(".//{*}calendar"):
            if calendar.get(XML_ID) == pointer[1:]:
                said.append(" ".join(calendar.itertext()))
    for text in said:
        for word in re.findall(r"[^\W\d_]+", text.casefold()):
            if word in known:
                return known[word]
    return None


def _part_span(el, length: int) -> list[tuple[str, int, int, tuple[tuple[str, str], ...]]]:
    """The ``part`` markup over a whole block read from a letter's part (``LETTER_PARTS``), else none."""
    if el is None or local_name(el) not in LETTER_PARTS:
        return []
    holder = el.getparent()
    attrs = [("element", local_name(el))]
    if holder is not None and local_name(holder) in PART_HOLDERS and local_name(el) not in PART_HOLDERS:
        attrs.append(("in", local_name(holder)))
    return [("part", 0, length, tuple(attrs))]


def _is_credit(el) -> bool:
    name = local_name(el)
    if name in ("bibl", "byline", "docAuthor"):
        return True
    hint = f"{el.get('type', '')} {el.get('rend', '')}".lower()
    return any(word in hint for word in CREDIT_WORDS)


def _editorial_mark(el) -> str | None:
    """The bracketed mark standing for a transcriber's note about the recording (see ``UTTERANCES``)."""
    name = local_name(el)
    if name == "gap":
        return f"[{' '.join((el.get('reason') or GAP_MARK).split())}]"
    if name in EVENTS:
        desc = next((c for c in el if local_name(c) == "desc"), None)
        said = _flat(desc) if desc is not None else " ".join((el.get("type") or "").split())
        return f"[{said or name}]"
    return None


def _quote_wrap(el) -> tuple[str, str] | None:
    """Quotation marks around inline quoted speech that has none of its own."""
    if local_name(el) not in SPOKEN_QUOTES:
        return None
    parent = el.getparent()
    if parent is None or local_name(parent) in CONTAINERS:
        return None  # a block of its own, not speech quoted in a sentence
    previous = el.getprevious()
    before = ((previous.tail if previous is not None else parent.text) or "").rstrip()
    inner = _flat(el)
    if not inner or inner[0] in QUOTE_MARKS or before[-1:] in QUOTE_MARKS:
        return None
    return "“", "”"


@dataclass(frozen=True, slots=True)
class Participant:
    """A person of the header's ``particDesc``: name and role (TEI's ``role`` attribute, else a ``state``/``occupation``)."""

    name: str
    role: str


def _participants(root) -> dict[str, Participant]:
    """The header's ``particDesc`` people by ``xml:id`` (a ``person`` with a ``persName``, else its text)."""
    out: dict[str, Participant] = {}
    for person in root.iterfind(".//{*}teiHeader/{*}profileDesc/{*}particDesc//{*}person"):
        key = person.get(XML_ID)
        name_el = next(person.iterfind(".//{*}persName"), None)
        name = _flat(name_el) if name_el is not None else ""
        if key and name:
            out[key] = Participant(name, " ".join((person.get("role") or "").split()).lower())
    return out


def _role_of(word: str) -> str | None:
    """The transcript role a role word names (lexicon ``speaker_roles``), else None."""
    from vitrina import lexicon

    return {row[0]: row[1] for row in lexicon.rows("speaker_roles") if len(row) == 2}.get(word.casefold())


def _roles_meta(people: dict[str, Participant]) -> dict[str, str]:
    """``narrator``/``interviewer`` metadata: the names of the header's people of each role, in order."""
    meta: dict[str, list[str]] = {}
    for person in people.values():
        role = next((r for w in person.role.split() if (r := _role_of(w))), None)
        if role and person.name not in meta.setdefault(role, []):
            meta[role].append(person.name)
    return {role: "; ".join(names) for role, names in meta.items()}


# The roles a TEI file gives its people outside the running text (TEI Guidelines 13.3.2, "The Person Element",
# and 2.2.2, "The Title Statement"): a ``person``'s ``role`` attribute (a list of words), its ``roleName`` and
# ``occupation`` elements, wherever a ``listPerson`` or the header's ``particDesc`` holds it, and a ``respStmt``'s
# ``resp`` for the ``persName``/``name`` beside it. They have no words in the body to span: each is cited by the
# element that states it, its offsets in the decoded input (the source map's coordinates), its line and column.
PERSON_PATHS = (".//{*}listPerson//{*}person", ".//{*}teiHeader//{*}particDesc//{*}person")
ROLE_ELEMENTS = ("roleName", "occupation")
NAME_PARTS = ("forename", "surname", "genName", "nameLink")  # a persName's parts that name, in their order


@dataclass(frozen=True, slots=True)
class HeaderRole:
    """One role a TEI file gives a person outside its text, cited by the element stating it."""

    name: str
    role: str
    element: str  # what states it: "person/@role", "roleName", "occupation", "respStmt/resp"
    line: int
    column: int
    start: int  # the element's offsets in the decoded input
    end: int


def _person_name(name_el) -> str:
    """A ``persName`` as a name is written: its parts that name (forenames before surnames, as TEI orders
    them when it tags them), else its text; a ``roleName`` or ``addName`` inside it is no part of the name."""
    parts = [_flat(c) for c in name_el.iter() if local_name(c) in NAME_PARTS]
    if parts:
        return " ".join(p for p in parts if p)
    copy = deepcopy(name_el)
    for el in [c for c in copy.iter() if local_name(c) in ("roleName", "addName")]:
        parent, before = el.getparent(), el.getprevious()
        if el.tail:  # lxml drops the tail with the element: kept on what comes before it
            if before is not None:
                before.tail = (before.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)
    return _flat(copy)


def _element_span(tree: TreeText, el, whole: bool) -> tuple[int, int, int, int]:
    """(line, column, start, end) of ``el`` in the decoded input: its start tag, or the whole element up to its
    end tag when ``whole``; the start of its line when the tag cannot be found there."""
    line = getattr(el, "sourceline", None) or 1
    base = tree.lines.line_start(line)
    name = re.escape(local_name(el))
    tag = re.compile(rf"<(?:[\w.-]+:)?{name}(?=[\s/>])").search(tree.source, base)
    if tag is None:
        return line, 1, base, base
    start = tag.start()
    opened = tree.source.find(">", start)
    end = len(tree.source) if opened < 0 else opened + 1
    if whole and opened >= 0 and tree.source[opened - 1] != "/":
        closing = re.compile(rf"</(?:[\w.-]+:)?{name}\s*>").search(tree.source, end)
        if closing is not None:
            end = closing.end()
    return tree.lines.line(start), start - tree.lines.line_start(tree.lines.line(start)) + 1, start, end


def header_roles(root, tree: TreeText) -> tuple[HeaderRole, ...]:
    """Every role the file gives a named person outside its text (``PERSON_PATHS``, ``respStmt``), in the
    file's order, each once per person."""
    found: list[HeaderRole] = []
    seen: set[tuple[str, str]] = set()

    def add(name: str, role: str, element: str, el, whole: bool) -> None:
        role = " ".join(role.split()).strip(" ,;:").lower()
        if name and role and (name.casefold(), role) not in seen:
            seen.add((name.casefold(), role))
            found.append(HeaderRole(name, role, element, *_element_span(tree, el, whole)))

    people = {id(p): p for path in PERSON_PATHS for p in root.iterfind(path)}
    for person in sorted(people.values(), key=lambda p: p.sourceline or 0):
        name_el = next(person.iterfind(".//{*}persName"), None)
        name = _person_name(name_el) if name_el is not None else ""
        for word in (person.get("role") or "").replace("#", " ").split():
            add(name, word, "person/@role", person, False)
        for tag in ROLE_ELEMENTS:
            for el in person.iter(f"{{*}}{tag}"):
                add(name, _flat(el), tag, el, True)
    for stmt in root.iterfind(".//{*}teiHeader//{*}respStmt"):
        resp = next(stmt.iterfind("{*}resp"), None)
        for name_el in [c for c in stmt if local_name(c) in ("persName", "name")]:
            if resp is not None and name_el.get("type") not in ("org", "organisation", "organization"):
                add(_person_name(name_el), _flat(resp), "respStmt/resp", resp, True)
    return tuple(found)


# Where a TEI header states when a recording was made (TEI Guidelines 8.2 and 2.4): the recording's date, the
# setting's, the creation's. Kept as the document's ``date`` (not ``dated``: a narrator speaks of other years).
RECORDING_DATES = (
    ".//{*}teiHeader/{*}fileDesc/{*}sourceDesc//{*}recording//{*}date",
    ".//{*}teiHeader/{*}profileDesc/{*}settingDesc//{*}date",
    ".//{*}teiHeader/{*}profileDesc/{*}creation//{*}date",
)


def _recording_date(root) -> str | None:
    for path in RECORDING_DATES:
        for date in root.iterfind(path):
            when = date.get("when") or date.get("when-iso") or _flat(date)
            if when:
                return when
    return None


class _DocReader:
    """Builds one Document from one TEI element (a section div or a body)."""

    def __init__(self, tree: TreeText, builder: DocumentBuilder, skip: tuple = ()):
        self.tree = tree
        self.b = builder
        self.notes: list[object] = []
        self.skip = {id(el) for el in skip}  # section divs read as Documents of their own
        self.people: dict[str, Participant] = {}  # the header's particDesc, set by _read_element

    def inline(self) -> Inline:
        return Inline(
            self.tree,
            markup=_markup,
            defer=lambda el: local_name(el) in ("note", "figure"),
            drop=lambda el: local_name(el) in SKIPPED or _unread(el),
            space_after=_break_space,
            mark=_editorial_mark,
            wrap=_quote_wrap,
        )

    def _who(self, el) -> Participant | None:
        """The header's person an element's ``who`` points to ("#LH"), the first of several."""
        for ref in (el.get("who") or "").split():
            person = self.people.get(ref.lstrip("#"))
            if person is not None:
                return person
        return None

    def _label(self, run: Inline, el, name: str, person: Participant | None) -> None:
        """A turn's label "Name: " opening ``run``: a ``speaker`` span over it (``who``, ``role``) and, when
        it names a person of the header, a ``person`` span too."""
        offset = self.tree.lines.line_start(getattr(el, "sourceline", None) or 1)
        start = len(run.text)
        run.text.append_at(name, offset)
        attrs = tuple((k, v) for k, v in (("who", (el.get("who") or "").lstrip("#")),
                                           ("role", person.role if person else "")) if v)
        run.spans.append(("speaker", start, len(run.text), attrs))
        if person is not None:
            run.spans.append(("person", start, len(run.text), ()))
        run.text.append_at(": ", offset)

    def utterance(self, el) -> None:
        """One ``u``: a paragraph opened by its speaker's name (the text's ``who`` when the header has no person for it)."""
        run = self.inline()
        person = self._who(el)
        name = person.name if person else " ".join((el.get("who") or "").replace("#", " ").split())
        if name:
            self._label(run, el, name, person)
        run.add_text(el, "text")
        run.add_children(el)
        self.emit("paragraph", run)

    def speech(self, el) -> None:
        """One ``sp``: its ``speaker`` (or ``who``) opens its first paragraph as a label; the rest read as usual."""
        speaker = next((c for c in el if local_name(c) == "speaker"), None)
        person = self._who(el)
        name = person.name if person else (_flat(speaker) if speaker is not None else "")
        if person is None:
            person = next((p for p in self.people.values() if p.name.casefold() == name.casefold()), None)
        run = self.inline()
        if name:
            self._label(run, speaker if speaker is not None else el, name, person)
        opened = False
        for child in el:
            if child is speaker:
                run.add_text(child, "tail")
                continue
            if not opened and local_name(child) in PARAGRAPHS - {"speaker"}:
                run.add_text(child, "text")
                run.add_children(child)
                self.emit("paragraph", run, part=None)
                run, opened = self.inline(), True
            elif local_name(child) in PARAGRAPHS | CONTAINERS | UTTERANCES or local_name(child) in ("figure", "note"):
                self.emit("paragraph", run)
                run, opened = self.inline(), True
                self.block(child)
            else:
                run.add_element(child)
            run.add_text(child, "tail")
        self.emit("paragraph", run)

    def flow(self, el, skip_heads: bool = False) -> Inline:
        """Inline content of ``el`` (its text and children, not its tail)."""
        run = self.inline()
        run.add_text(el, "text")
        for child in el:
            if not (skip_heads and local_name(child) == "head"):
                run.add_element(child)
            run.add_text(child, "tail")
        return run

    def emit(self, kind: BlockKind, run: Inline, credit: str | None = None, part=None) -> bool:
        """A block of ``run``'s text; ``part``: the element it was read from, kept when it is a letter's part."""
        text, pieces, spans = run.finish()
        self._handle_deferred(run)
        if not text:
            return False
        self.b.block(kind, pieces, credit=credit, markup=[*spans, *_part_span(part, len(text))])
        return True

    def _handle_deferred(self, run: Inline) -> None:
        for el in run.deferred:
            if local_name(el) == "note":
                self.notes.append(el)
            else:
                self.figure(el)

    def open_section(self, el) -> None:
        """A section for ``el`` (a div, or a body opening on its head), ranked by how deep its divs nest."""
        rank = _div_depth(el)
        head = next((c for c in el if local_name(c) == "head"), None)
        if head is None:
            self.b.section(None, "", rank=rank)
            return
        run = self.inline()
        run.add_text(head, "text")
        run.add_children(head)
        text, pieces, spans = run.finish()
        self._handle_deferred(run)
        self.b.section(None, pieces if text else "", markup=spans, rank=rank)

    def content(self, el) -> None:
        """Read the block-level children of a container element."""
        loose = self.inline()
        loose.add_text(el, "text")
        for child in el:
            name = local_name(child)
            if id(child) in self.skip:
                self.emit("paragraph", loose)
                loose = self.inline()
            elif (
                name in PARAGRAPHS
                or name in CONTAINERS
                or name in UTTERANCES
                or name in ("figure", "note", "head", "table")
            ):
                self.emit("paragraph", loose)
                loose = self.inline()
                self.block(child)
            else:
                loose.add_element(child)
            loose.add_text(child, "tail")
        self.emit("paragraph", loose)

    def block(self, el) -> None:
        name = local_name(el)
        if name == "head":
            return  # read by open_section
        if name == "div":
            self.open_section(el)
            self.content(el)
        elif name == "figure":
            self.figure(el)
        elif name == "note":
            self.notes.append(el)
        elif name in UTTERANCES:
            self.utterance(el)
        elif name == "sp":
            self.speech(el)
        elif name == "table":
            for row in el.iter("{*}row", "row"):
                self.row(row)
        elif name in CONTAINERS and any(local_name(c) in PARAGRAPHS | CONTAINERS for c in el):
            self.content(el)
        else:
            run = self.inline()
            run.add_element(el)  # its own markup too (a block quote)
            self.emit("paragraph", run, part=el)

    def row(self, row) -> None:
        run = self.inline()
        run.add_cells(c for c in row if local_name(c) == "cell")
        self.emit("paragraph", run)

    def figure(self, el) -> None:
        heads = [c for c in el if local_name(c) == "head"] or [
            c for c in el if local_name(c) in ("figDesc", "p")
        ]
        credits = [c for c in el if _is_credit(c) and c not in heads]
        credit_text, credit_pieces, _ = self.flow(credits[0]).finish() if credits else ("", [], [])
        if heads:
            self.emit("caption", self.flow(heads[0]), credit=credit_text or None)
        if credit_text:
            self.b.block("credit", credit_pieces)

    def finish_notes(self) -> None:
        if not self.notes:
            return
        self.b.section(None, NOTES_TITLE)
        for note in self.notes:
            self.emit("paragraph", self.flow(note))
        self.notes = []


def _without_layout_space(root) -> None:
    """Blanks between the readings of a ``choice``, ``app`` or ``subst`` only lay out the
    XML (their content is elements): dropped, so a reading read sits where the group does."""
    for group in root.iter("{*}choice", "{*}app", "{*}subst", "choice", "app", "subst"):
        if group.text is not None and not group.text.strip():
            group.text = None
        for child in group:
            if child.tail is not None and not child.tail.strip():
                child.tail = None


def _header_title(root) -> str | None:
    for title in root.iterfind(".//{*}teiHeader/{*}fileDesc/{*}titleStmt/{*}title"):
        text = " ".join("".join(title.itertext()).split())
        if text:
            return text
    return None


# correspAction types (TEI Guidelines 2.4.6, "Correspondence Description") and the metadata keys
# their people are kept under: who sent the letter (its author) and who received it.
CORRESP_ROLES = {"sent": "sender", "received": "recipient"}


def _correspondence(root) -> dict[str, str]:
    """A letter's sender, recipient, place and date as its ``teiHeader`` states them
    (``profileDesc/correspDesc/correspAction``): the sender's ``persName`` (or ``orgName``) is
    also the letter's ``author``, the sending action's ``placeName`` its ``place`` and its
    ``date`` (``@when``, else its text) its ``date``."""
    meta: dict[str, str] = {}
    for action in root.iterfind(".//{*}teiHeader/{*}profileDesc/{*}correspDesc/{*}correspAction"):
        role = CORRESP_ROLES.get(action.get("type") or "")
        if role is None:
            continue
        names = ["; ".join(" ".join("".join(n.itertext()).split()) for n in action.iterfind(f"{{*}}{tag}"))
                 for tag in ("persName", "orgName")]
        who = next((n for n in names if n), "")
        if who:
            meta.setdefault(role, who)
        if role != "sender":
            continue
        if who:
            meta.setdefault("author", who)
        place = next(action.iterfind("{*}placeName"), None)
        if place is not None and " ".join("".join(place.itertext()).split()):
            meta.setdefault("place", " ".join("".join(place.itertext()).split()))
        date = next(action.iterfind("{*}date"), None)
        if date is not None:
            when = date.get("when") or " ".join("".join(date.itertext()).split())
            if when:
                meta.setdefault("date", when)
                meta.setdefault("dated", when)  # (extract.DATED_KEY) the letter's own date anchors its partial dates
    return meta


def _div_depth(el) -> int:
    """How many divs ``el`` is in, itself included: a div's section is under the div holding it."""
    return sum(1 for _ in el.iterancestors("{*}div")) + (local_name(el) == "div")


def _section_divs(root) -> list:
    divs: list = []
    for part in ("front", "body", "back"):
        for container in root.iterfind(f".//{{*}}text/{{*}}{part}"):
            divs.extend(d for d in container.iter("{*}div") if d.get("type") == "section")
    # A section nested in another is read as part of its parent.
    return [d for d in divs if not any(a in divs for a in d.iterancestors("{*}div"))]


def _read_element(
    tree: TreeText, el, doc_id: str, source: str, header_title: str | None, skip: tuple = (),
    whole: bool = False,
) -> Document:
    """One Document from a section div or a body (``skip``: section divs inside it that
    are read on their own); its first section is the essay. A ``whole`` file's document is
    titled by the header's title, a section's by its head."""
    builder = DocumentBuilder(doc_id, source, "tei", tree.source)
    reader = _DocReader(tree, builder, skip)
    reader.people = _participants(el.getroottree().getroot())
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if local_name(el) == "div" or (first is not None and local_name(first) == "head"):
        reader.open_section(el)
    elif first is not None and local_name(first) != "div":
        builder.section(None, "")
    reader.content(el)
    reader.finish_notes()
    meta = {"tei_id": el.get(XML_ID) or "", "tei_ana": el.get("ana") or ""}
    meta["collection"] = header_title or ""
    root = el.getroottree().getroot()
    meta.update(_correspondence(root))
    meta.update(_roles_meta(reader.people))
    recorded = _recording_date(root)
    if recorded:
        meta.setdefault("date", recorded)
    meta.update(stated_language(el, "tei"))  # its own xml:lang, else its nearest ancestor's
    doc = builder.build(meta={k: v for k, v in meta.items() if v})
    doc = doc.evolve(header_roles=tuple((r.name, r.role, f"{r.element}, line {r.line}, column {r.column}", r.start,
                                         r.end) for r in header_roles(root, tree)))
    head_title = doc.sections[0].title if doc.sections else ""
    if whole:
        return doc.evolve(title=header_title or head_title or doc_id)
    return doc.evolve(title=head_title or header_title or doc_id)


def _with_rest(tree: TreeText, root, divs: list, docs: list[Document], stem: str, source: str,
               header_title: str | None) -> list[Document]:
    """The section Documents, after one holding what the text has outside its section divs
    (a preface, a chapter of another type, paragraphs between sections), when it has any:
    that text was otherwise dropped."""
    text = next(root.iterfind(".//{*}text"), None)
    if text is None:
        return docs
    seen = {doc.id for doc in docs}
    doc_id = f"{stem}-text"
    while doc_id in seen:
        doc_id = f"{doc_id}-rest"
    rest = _read_element(tree, text, doc_id, source, header_title, tuple(divs))
    return [rest, *docs] if rest.text.strip() else docs


@readers.register("tei", label="TEI XML", suffixes=(".xml", ".tei"))
def read(data: bytes, source: str) -> list[Document]:
    root, text = parse_xml(data, source)
    _without_layout_space(root)
    stem = document_id(source)  # one rule for every reader (round 51 red team D13)
    tree = TreeText(root, xml_character_data(text), text)
    pages = _page_starts(root, tree)
    if pages:
        tree.page_of = _pager(pages)
    header_title = _header_title(root)
    divs = _section_divs(root)
    if divs:
        docs = []
        seen: set[str] = set()
        for n, div in enumerate(divs, 1):
            doc_id = f"{stem}-{slugify(div.get(XML_ID) or str(n))}"
            while doc_id in seen:
                doc_id = f"{doc_id}-{n}"
            seen.add(doc_id)
            docs.append(_read_element(tree, div, doc_id, source, header_title))
        return _with_rest(tree, root, divs, docs, stem, source, header_title)
    body = next(root.iterfind(".//{*}text/{*}body"), None)
    if body is None and local_name(root) == "body":
        body = root
    if body is None:
        raise InputError(source, "not a TEI document: no text/body element")
    return [_read_element(tree, body, stem, source, header_title, whole=True)]
