"""Extraction stage: sentences, mentions, dates, quantities, quotes, events.

``extract`` and ``extract_many`` are pure: they return new documents whose
facts are spans over the unchanged ``Document.text``. spaCy runs once per
block (sentences never cross blocks) with a trimmed pipeline (see ``nlp``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from vitrina.extract.spans import Enclosing
from vitrina.model import DateMention, Document

if TYPE_CHECKING:
    from vitrina.extract.nlp import Analysis
    from vitrina.extract.places import Gazetteer

__all__ = ["batches", "extract", "extract_many", "warm_up"]

BATCH_DOCS = 16
# Characters of text one model pass takes at most (more documents wait for the next): a
# large document's parts (``structure.parts``) are analysed and released one at a time
BATCH_CHARS = 500_000
# Allocations between the garbage collector's passes over the youngest generation, and the
# passes of each generation between passes of the next (Python's defaults: 700, 10, 10).
# A megabyte's analysis allocates tens of millions of short-lived objects: at the defaults
# ~1,900 passes cost ~1 s of its CPU, at these ~110 passes ~0.4 s, peak memory the same.
GC_THRESHOLDS = (10_000, 10, 10)
# Reduced mode of a very long document (see docs/reliability.md, "Reduced mode"). A document
# (or a part of a very large one, ``structure.parts``) of more than ``full_words`` words
# (whitespace-separated, as the build counts them) is analysed without the dependency parse
# of its dated sentences: event labels come from the token rules that already label a
# sentence too long to parse, and the labels' pronouns are not resolved through the parse.
# The model pass (tokenizer, tagger, sentences, NER) and every other stage are the same.
# The largest document of the tuning material has ~15,000 words; the sample corpus's essays
# as one 1 MB text are three parts of ~52,000 words.
ANALYSIS_BUDGET = {
    "full_words": 40_000,
}
REDUCED_NOTE = "analysed in reduced mode (over {limit:,} words): event labels without the dependency parse"


def warm_up() -> None:
    """Load the model, the gazetteer and every lazy table once (a worker's start-up).

    Then everything alive is moved out of the garbage collector's sight
    (``gc.freeze``): the model and tables are ~470,000 long-lived objects
    that every full collection during a large document's analysis would
    otherwise walk again (~0.25 s each); and the collector runs less often
    (``GC_THRESHOLDS``).
    """
    import gc

    from vitrina.extract.places import gazetteer, load_tables
    from vitrina.extract.wordfreq import is_common_word
    from vitrina.structure import rebuild

    gazetteer()
    load_tables()
    is_common_word("Union")  # loads spaCy's word-frequency table (~1 s)
    extract(rebuild("A Title\n\nIn March 1900 the first visitors came to the hall, 40 of them.\n",
                    "warm-up", "warm-up.txt", "text"))
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def extract(doc: Document, *, use_markup: bool = True) -> Document:
    """One document with sentences, entities, mentions, dates, quantities, quotes, events."""
    return next(extract_many([doc], use_markup=use_markup))


def extract_many(docs: Iterable[Document], use_markup: bool = True) -> Iterator[Document]:
    """Extract many documents, streaming all their blocks through one ``nlp.pipe``."""
    batch: list[Document] = []

    def flush() -> Iterator[Document]:
        for doc, an, blocks in model_pass(batch):
            yield _finish(doc, an, blocks, use_markup)

    chars = 0
    for doc in docs:
        if _closes_before(len(batch), chars, len(doc.text)):
            yield from flush()
            batch, chars = [], 0
        batch.append(doc)
        chars += len(doc.text)
        if len(batch) >= BATCH_DOCS:
            yield from flush()
            batch, chars = [], 0
    if batch:
        yield from flush()


def _closes_before(count: int, chars: int, length: int) -> bool:
    """Does a batch of ``count`` documents and ``chars`` characters take its model pass before
    a document of ``length`` characters joins it (it would pass ``BATCH_CHARS``)?"""
    return count > 0 and chars + length > BATCH_CHARS


def batches(lengths: Sequence[int]) -> list[range]:
    """The model passes ``extract_many`` makes of documents of these text lengths: the indices of
    each pass's documents. A pass given alone to ``extract_many`` is made as one pass again, so
    several workers can each take some passes of one file and get what one worker would."""
    out: list[range] = []
    start, chars = 0, 0
    for i, length in enumerate(lengths):
        if _closes_before(i - start, chars, length):
            out.append(range(start, i))
            start, chars = i, 0
        chars += length
        if i + 1 - start >= BATCH_DOCS:
            out.append(range(start, i + 1))
            start, chars = i + 1, 0
    if start < len(lengths):
        out.append(range(start, len(lengths)))
    return out


def model_pass(docs: list[Document]) -> list[tuple[Document, Analysis, list[tuple[int, int]]]]:
    """Each document with what the model said about it and its blocks (the stages after
    the model are ``_finish``)."""
    from vitrina.extract.chunks import batch_size, model_view, pieces
    from vitrina.extract.modelpass import analyse_pieces
    from vitrina.extract.nlp import Analysis
    from vitrina.extract.sentences import block_spans

    spans = [block_spans(d) for d in docs]
    # the model reads bounded pieces of each block, long runs blanked (see chunks)
    views = [model_view(d.text) for d in docs]
    units = [[piece for s, e in sp for piece in pieces(view, s, e)] for view, sp in zip(views, spans, strict=True)]
    texts = [view[s:e] for view, unit in zip(views, units, strict=True) for s, e in unit]
    analysed = iter(zip(texts, analyse_pieces(texts, batch_size([len(t) for t in texts])), strict=True))
    out = []
    for doc, sp, unit in zip(docs, spans, units, strict=True):
        an = Analysis()
        for (start, _end), (text, piece) in zip(unit, analysed, strict=False):
            an.add_piece(piece, start, text, doc.text)
        out.append((doc, an, sp))
    return out


def _finish(doc: Document, an: Analysis, blocks: list[tuple[int, int]], use_markup: bool) -> Document:
    from vitrina.extract.chunks import model_view
    from vitrina.extract.cluster import cluster
    from vitrina.extract.collars import ranked_numbers
    from vitrina.extract.entities import RawMention, addressed_as_people, find_mentions
    from vitrina.extract.events import find_events
    from vitrina.extract.firms import firm_names, renamed_organizations
    from vitrina.extract.foreign import language_spans, outside_foreign
    from vitrina.extract.institutions import institution_names
    from vitrina.extract.kinnames import vessel_line_names
    from vitrina.extract.letters import letter_event, with_letter_event
    from vitrina.extract.logwords import without_log_words
    from vitrina.extract.namekinds import retype_by_heads
    from vitrina.extract.ocryears import ocr_year_repairs
    from vitrina.extract.places import (
        features_after_the,
        gazetteer,
        locative_places,
        missed_places,
        named_areas,
    )
    from vitrina.extract.quotes import find_quotes
    from vitrina.extract.records import record_mentions
    from vitrina.extract.thingnames import things_named_after
    from vitrina.extract.turns import apparatus, outside_apparatus, without_field_names
    from vitrina.extract.typecues import typed_by_cues
    from vitrina.extract.works import without_common_noun_heads
    from vitrina.extract.writing import own_meta

    gaz = gazetteer()
    notes = reduced_mode(doc)
    an.parsing = not notes
    view = model_view(doc.text)  # the regex stages skip blanked runs quickly, same offsets
    raw = find_mentions(doc, an, use_markup=use_markup)
    raw = outside_apparatus(raw, apparatus(doc.text, blocks))  # a transcript's labels and time codes name no one
    raw = without_field_names(doc.text, raw)
    raw = record_mentions(doc.text, raw, blocks)  # a record's labels name no one; its objects are things
    raw = institution_names(doc.text, raw)  # "Galerie X", "the X Gallery": an institution, no person
    raw = firm_names(doc.text, raw)  # "X & Sons", "X Brothers": a firm, never the person X
    raw = retype_by_heads(doc.text, raw, gaz)  # "St Y's Hall", "X Vale Rovers", "Easter Term 1907"
    raw = things_named_after(doc.text, raw, gaz)  # "X Ward", "Y Gazette", "Royal Medal": the thing named
    raw = _kin_and_calendar_names(doc.text, raw, gaz)  # "the X family", "J. W.", "Aunt T.", "Michaelmas"
    covered = [(m.start, m.end) for m in raw]
    areas = named_areas((doc.text[m.start : m.end] for m in raw if m.type == "place"), gaz)
    raw += [RawMention(s, e, "place", "GPE") for s, e in locative_places(an, covered, gaz, areas)]
    covered = [(m.start, m.end) for m in raw]
    raw += [RawMention(s, e, "place", "GPE") for s, e in features_after_the(an, covered, doc.text)]
    covered = [(m.start, m.end) for m in raw]
    raw += [RawMention(s, e, "place", "GPE") for s, e in missed_places(an, covered, gaz, doc.text)]
    raw.sort(key=lambda m: (m.start, m.end))
    raw = vessel_line_names(doc.text, raw)  # "the X liner": the shipping line, not a place (``kinnames``)
    raw = addressed_as_people(doc.text, raw)  # "Ada, your father …?" asks a person
    raw = without_common_noun_heads(doc.text, raw)  # "Op. 5", "X Suite", "Verdict": no person, no place
    raw = named_after(doc, raw)  # "the brig "X"", "X Ward", "X fever": a vessel, a room, a disease
    raw = typed_by_cues(doc.text, an, raw)  # "the Conservative X Y", "the X party", "X station", "the Bishop"
    raw = without_log_words(doc.text, raw)  # "Wind NE", a lone "Rum" in a cell: no name
    raw = ranked_numbers(doc.text, raw)  # "Reg. No.", "P.C. 54 X": a label, a rank and collar number
    languages = language_spans(doc.text, an.sents, blocks)
    raw = outside_foreign(doc.text, raw, languages)
    dates = find_all_dates(doc, an.sents, use_markup, view)
    raw = outside_dates(raw, dates)
    entities, mentions = cluster(doc.text, an, raw, gaz, date_years(dates), dates)
    entities, mentions = renamed_organizations(doc.text, entities, mentions)  # "X was renamed Y": one firm
    if languages:  # the document-wide rules of ``cluster`` fill in names' other occurrences
        mentions = outside_foreign(doc.text, mentions, languages)
        named = {m.entity for m in mentions}
        entities = [e for e in entities if e.id in named]
    headings = [(b.start, b.end) for b in doc.blocks if b.kind == "heading"]
    in_heading = Enclosing(headings)
    entities = _without_heading_forms(doc.text, entities, mentions, in_heading)
    quantities = [q for q in _quantities(view, dates) if not in_heading.holds(q.start, q.end)]
    quotes = find_quotes(view, an, blocks, mentions, dates)
    captions = [(b.start, b.end) for b in doc.blocks if b.kind == "caption"]
    events = find_events(doc.text, an, blocks, mentions, dates, captions)
    doc = doc.evolve(meta=(*doc.meta, *own_meta(doc, blocks, dates, mentions)))  # its dateline, signature, byline
    events = with_letter_event(events, letter_event(doc, entities, mentions, dates, blocks, f"ev{len(events)}"))
    return doc.evolve(
        repairs=(*doc.repairs, *ocr_year_repairs(doc.text)),  # the misread years the dates read as digits
        sentences=tuple(an.sents),
        entities=tuple(entities),
        mentions=tuple(mentions),
        dates=tuple(dates),
        quantities=tuple(quantities),
        quotes=tuple(quotes),
        events=tuple(events),
        languages=tuple(languages),
        meta=(*doc.meta, *notes),
    )


def _without_heading_forms(text: str, entities: list, mentions: list, headings: Enclosing) -> list:
    """A title or heading is no statement ("Three Hollis Quarrys"): a name form written only in headings is
    no alias of an entity the body names too (the heading's mention still links to it)."""
    if not headings.starts:
        return entities
    body: dict[str, set[str]] = {}
    headed: dict[str, set[str]] = {}
    for m in mentions:
        (headed if headings.holds(m.start, m.end) else body).setdefault(m.entity, set()).add(text[m.start : m.end])
    # a form never written at all (a birth name after "née": round 57 red team D4) is no heading's form: kept
    return [replace(e, aliases=tuple(a for a in e.aliases if a in body[e.id] or a not in headed.get(e.id, ())))
            if e.id in body else e for e in entities]


def _kin_and_calendar_names(text: str, raw: list, gaz: Gazetteer | None) -> list:
    """A family's surname is a person's; initials and a kinship title with initials one name; feast days,
    scales after a measure and a record's own noun ("Journal, 1907", "THIS DEED") no entity; "X Y, attorney" a
    person; "Left X" at a line's start the place X (``kinnames``)."""
    from vitrina.extract.kinnames import (
        bare_apposed_people,
        calendar_and_scale_words,
        family_surnames,
        initial_names,
        record_words,
        verb_led_places,
    )

    raw = verb_led_places(text, initial_names(text, family_surnames(text, raw)), gaz)
    return bare_apposed_people(text, record_words(text, calendar_and_scale_words(text, raw)))


def named_after(doc: Document, raw: list) -> list:
    """``raw`` with vessels, rooms and diseases named after people and places no longer those people and
    places (``namesakes``); a vessel the input's markup names (TEI ``<name type="ship">``) is one too."""
    from vitrina.extract.namesakes import (
        things_named_for_people,
        vessel_names,
        without_disease_eponyms,
        without_room_names,
    )

    marked = [(m.start, m.end) for m in doc.markup if m.kind == "vessel"]
    raw = without_disease_eponyms(doc.text, without_room_names(doc.text, vessel_names(doc.text, raw, marked)))
    return things_named_for_people(doc.text, raw)


def reduced_mode(doc: Document) -> tuple[tuple[str, str], ...]:
    """The meta entries of a document analysed in reduced mode (``ANALYSIS_BUDGET``): a
    warning the build reports and an ``analysis`` entry with the count; none for others."""
    words, limit = len(doc.text.split()), ANALYSIS_BUDGET["full_words"]
    if words <= limit:
        return ()
    return (("warning", REDUCED_NOTE.format(limit=limit)),
            ("analysis", f"reduced: {words:,} words, over {limit:,}; no dependency parse of dated sentences"))


def find_all_dates(
    doc: Document, sentences: list[tuple[int, int]], use_markup: bool = True, text: str | None = None
) -> list[DateMention]:
    """Dates found in the text (or ``text``, a same-length view of it), the input's own
    date markup taking precedence."""
    from vitrina.extract.dates import find_dates
    from vitrina.extract.spans import SpanUnion

    own = dict(doc.meta).get(DATED_KEY)  # the date the document states as its own outside its text
    found = list(find_dates(doc.text if text is None else text, sentences, own))
    surface = doc.text if text is None else text
    given = [_checked_against_text(g, found, surface) for g in markup_dates(doc)] if use_markup else []
    taken = SpanUnion([(g.start, g.end) for g in given], "half")
    kept = [d for d in found if not taken.overlaps(d.start, d.end)]
    return sorted(given + kept, key=lambda d: (d.start, d.end))


# The metadata key of the date a document states as its own outside its text (a TEI letter's
# correspAction date, a full date in an HTML page's <title>): it anchors the text's partial dates.
DATED_KEY = "dated"
_YEAR = re.compile(r"\b\d{3,4}\b")  # a date's words that name their year
_EDTF_YEAR = re.compile(r"-?\d{4}")


def outside_dates(raw: list, dates: Sequence[DateMention]) -> list:
    """The mentions not lying wholly inside a date: a date's words name no one (the era of
    "44 BC", "1500 BCE", a month read as a name) however the model tagged them."""
    spans = sorted((d.start, d.end) for d in dates)
    starts = [start for start, _ in spans]

    def inside(m) -> bool:
        i = bisect.bisect_right(starts, m.start) - 1
        return i >= 0 and spans[i][0] <= m.start and m.end <= spans[i][1]

    return [m for m in raw if not inside(m)]


def date_years(dates: Sequence[DateMention]) -> list[tuple[int, int]]:
    """(offset, year) of each date that names a year (an interval by its first year)."""
    from vitrina.edtf_bounds import bounds

    out = []
    for d in dates:
        first, last = bounds(d.edtf)
        found = _EDTF_YEAR.match(first or last or "")
        if found:
            out.append((d.start, int(found.group())))
    return out


def _checked_against_text(given: DateMention, found: list[DateMention], text: str) -> DateMention:
    """The markup's date, unless the text read over the very same words names a date with
    a year that does not overlap it ("August 27, 1928" marked up as 1928-09-27): a slip of
    the encoder; the words the reader sees win."""
    from vitrina.extract.edtf_text import disjoint
    from vitrina.extract.oldstyle import julian_to_gregorian

    same = [d for d in found if d.start == given.start and d.end == given.end]
    if len(same) == 1 and _YEAR.search(text, given.start, given.end) and disjoint(given.edtf, same[0].edtf):
        written = same[0].julian or same[0].edtf
        for value in (given.edtf, given.julian):
            # the words a Julian day, the markup its Gregorian day (whatever calendar the attributes claim for
            # it: encoders put the converted day in @when beside an Old Style text): one day, two calendars
            if value and julian_to_gregorian(written) == value:
                return DateMention(given.start, given.end, value, julian=written)
        return same[0]
    return given


def markup_dates(doc: Document) -> list[DateMention]:
    """TEI-style ``date`` markup: ``when`` (or ``when-iso``) → EDTF date, ``from``/``to`` → interval,
    ``notBefore``/``notAfter`` → a one-of set ("[1939..1940]": one date, not known more closely than its bounds;
    round 52 red team D3), the ``-iso`` twins read alike. A value that is no EDTF,
    no calendar day ("1812-02-30") or an interval ending before it starts is left out (the words the markup
    holds are then read as any text is)."""
    from vitrina.extract.edtf_text import is_valid
    from vitrina.extract.oldstyle import gregorian_to_julian, julian_to_gregorian

    out = []
    for m in doc.markup:
        if m.kind != "date":
            continue
        edtf = _markup_edtf(m)
        if edtf is None:
            continue
        when = m.attr("when") or m.attr("when-iso")
        if is_valid(edtf) and _in_order(edtf):
            if m.attr("dating") == "julian" and when and (gregorian := julian_to_gregorian(when)):
                # TEI ``@datingMethod``: @when itself is a Julian day; the Gregorian day is the value, the
                # Julian one kept beside it
                out.append(DateMention(m.start, m.end, gregorian, julian=when))
                continue
            # a date the markup says is written in the Julian calendar (TEI ``@calendar``, read by the TEI
            # reader): its @when is the Gregorian day, the Julian day kept beside it as a text's Old Style date is
            julian = (gregorian_to_julian(edtf) or edtf) if m.attr("calendar") == "julian" else None
            out.append(DateMention(m.start, m.end, edtf, julian=julian))
    return out


def _markup_edtf(m) -> str | None:
    """The EDTF a date element's attributes state: @when, else the interval @from/@to, else the one-of set
    @notBefore/@notAfter (an open end ".." where one bound is missing); None when it states none."""
    def value(name: str) -> str | None:
        return m.attr(name) or m.attr(f"{name}-iso")

    when, frm, to = value("when"), value("from"), value("to")
    if when:
        return when
    if frm or to:
        return f"{frm or '..'}/{to or '..'}"
    lo, hi = value("notBefore"), value("notAfter")
    if lo or hi:
        return lo if lo == hi else f"[{lo or ''}..{hi or ''}]"
    return None


def _in_order(edtf: str) -> bool:
    """An interval's (or a one-of range's) start no later than its end (open ends and single dates are)."""
    from vitrina.edtf_bounds import bounds

    if edtf.startswith("[") and ".." in edtf and "," not in edtf:
        edtf = edtf[1:-1].replace("..", "/")
    if "/" not in edtf:
        return True
    first, _, last = edtf.partition("/")
    lower = bounds(first)[0] if first not in ("", "..") else None
    upper = bounds(last)[1] if last not in ("", "..") else None
    return lower is None or upper is None or _day_key(lower) <= _day_key(upper)


def _day_key(iso: str) -> tuple[int, str]:
    """An ISO day ordered in time: years before the common era ("-0500-03-01") by their signed number."""
    year, _, rest = iso[1:].partition("-") if iso.startswith("-") else iso.partition("-")
    return (-int(year) if iso.startswith("-") else int(year)), rest


def _quantities(text: str, dates: list[DateMention]) -> list:
    from vitrina.extract.quantities import find_quantities

    return list(find_quantities(text, dates))
