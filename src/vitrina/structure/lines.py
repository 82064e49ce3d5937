"""Physical lines of a decoded text, with the layout cues structure recovery reads.

A :class:`Line` keeps its words with their source offsets, so any run of
words can be turned back into :class:`~vitrina.model.Piece` objects that map
exactly onto the source (runs of spaces collapse to one, trailing spaces drop).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from vitrina.lexicon import words as lexicon_words
from vitrina.model import Piece, SourceRef
from vitrina.structure.captions import (
    COUNTED_LABEL_END,
    LABEL_ALONE,
    LABEL_TOKEN,
    is_credit,
    lead_at,
    match_label,
    register_number_wraps,
)
from vitrina.structure.cues import FUNCTION_WORDS, ends_sentence, is_title_like, rule_line

Spacing = Literal["double", "blank", "unspaced"]

_WORD = re.compile(r"\S+")
# A first word made of a position label glued by its colon to the caption's first word ("Above:A")
_GLUED_LABEL = re.compile(r"^[A-Za-z]+:[A-Z]")


def _split_glued_label(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The words, a position label glued to the caption's first word ("Above:A working") parted
    at its colon ("Above:", "A"): the label is a word of its own, as when a space follows it."""
    if not words or not _GLUED_LABEL.match(words[0][0]):
        return words
    label = match_label(words[0][0] + (" " + words[1][0] if len(words) > 1 else ""))
    if label is None:
        return words
    (word, offset), cut = words[0], words[0][0].index(":") + 1
    return [(word[:cut], offset), (word[cut:], offset + cut), *words[1:]]


class Line:
    """One non-blank source line and the layout around it.

    Words and their offsets are computed on first use: most cues need only
    the collapsed ``text`` and its ``length``.
    """

    __slots__ = (
        "index",
        "lineno",
        "start",
        "raw",
        "gap_before",
        "separator_before",
        "page_start",
        "page",
        "spacing",
        "underlined",
        "margin_dated",
        "cased",
        "text",
        "length",
        "_lead",
        "_words",
    )

    def __init__(
        self,
        index: int,  # position among content lines
        lineno: int,  # 1-based source line number
        start: int,  # source offset of the raw line
        raw: str,  # the line without its newline
        gap_before: int = 0,  # blank lines since the previous content line
        separator_before: bool = False,  # a whitespace-only line since the previous one
    ) -> None:
        self.index = index
        self.lineno = lineno
        self.start = start
        self.raw = raw
        self.gap_before = gap_before
        self.separator_before = separator_before
        self.page_start = False  # a new page begins with this line
        self.page: int | None = None
        self.spacing: Spacing = "blank"  # the spacing of this line's page (region)
        self.underlined = False  # a typed rule stands right under it ("Title" / "=====")
        self.margin_dated = False  # a date in a margin column stood beside it, taken out (it opens a paragraph)
        self.cased: tuple[str, ...] | None = None  # its words in the case their type sizes show (small capitals)
        stripped = raw.strip()
        self._lead = len(raw) - len(raw.lstrip())
        self._words: list[tuple[str, int]] | None = None
        if "  " in stripped or not stripped.isprintable() or _GLUED_LABEL.match(stripped):
            self._words = _split_glued_label([(m.group(), start + m.start()) for m in _WORD.finditer(raw)])
            stripped = " ".join(w for w, _ in self._words)
        self.text = stripped  # the words joined by single spaces
        self.length = len(stripped)

    @property
    def words(self) -> list[tuple[str, int]]:
        """(word, source offset) of every word."""
        if self._words is None:
            offset = self.start + self._lead
            words = []
            for word in self.text.split(" "):
                words.append((word, offset))
                offset += len(word) + 1
            self._words = words
        return self._words

    @property
    def verbatim(self) -> bool:
        """The words stand in the source exactly as in ``text`` (single spaces)."""
        return self.raw[self._lead : self._lead + self.length] == self.text

    @property
    def indent(self) -> int:
        return len(self.raw) - len(self.raw.lstrip(" \t"))

    @property
    def trailing_space(self) -> bool:
        return self.raw != self.raw.rstrip()

    @property
    def end(self) -> int:
        """Source offset just past the last word."""
        word, offset = self.words[-1]
        return offset + len(word)


@dataclass
class LineSet:
    """All content lines of a text plus document-wide layout statistics."""

    lines: list[Line]
    spacing: Spacing
    trailing_convention: bool  # most lines end with a space (PDF soft wraps)
    source: str = field(repr=False, default="")
    running: tuple[str, ...] = ()  # the running heads dropped, without their page numbers
    # {a heading's first line index: the section number read inside it, set over it} (plainlayout, round 53)
    inner_labels: dict[int, str] = field(default_factory=dict)


def split_lines(text: str, pages: Sequence[tuple[int, int]] | None = None) -> LineSet:
    """Content lines of ``text``; ``pages`` are (start, end) offsets of each page."""
    page_starts = [start for start, _ in pages] if pages else []
    form_feeds = "\f" in text
    lines: list[Line] = []
    gap = 0
    separator = False
    offset = 0
    prev_blank = True
    for lineno, raw in enumerate(text.split("\n"), start=1):
        line_start = offset
        offset += len(raw) + 1
        if rule_line(raw):  # a typed rule: no text, a break; the line right over it is underlined
            if lines and not prev_blank:
                lines[-1].underlined = True
            separator = True
            continue
        if not raw.strip():
            if raw:
                separator = True
            else:
                gap += 1
            prev_blank = True
            continue
        line = Line(len(lines), lineno, line_start, raw, gap, separator)
        if page_starts:
            line.page = bisect.bisect_right(page_starts, line_start) or 1
            line.page_start = bool(lines) and line.page != lines[-1].page
        elif form_feeds:
            # text extracted with a form feed between pages (pdftotext)
            line.page = text.count("\f", 0, line_start + len(raw) - len(raw.lstrip())) + 1
            line.page_start = bool(lines) and line.page != lines[-1].page
        else:
            # PDF-extracted text marks a new page by a leading space after a
            # non-blank line; the page number itself is unknown.
            line.page_start = raw[:1] == " " and raw[1:2] != " " and not prev_blank and bool(lines)
        lines.append(line)
        gap = 0
        separator = False
        prev_blank = False
    running: tuple[str, ...] = ()
    if page_starts or form_feeds:
        lines, running = _without_running_lines(lines)
    spacing = _spacing(lines)
    _mark_region_spacing(lines, spacing)
    return LineSet(lines, spacing, _trailing_convention(lines), text, running)


REGION_MIN_LINES = 6
# Running headers and footers: among this many lines at a page's top or bottom,
# repeated (digits aside) on at least this share of the pages, and on two.
RUNNING_EDGE_LINES = 2
# double spacing is a wrapped text's: past this median line length (characters) the lines are
# whole paragraphs, each set off by a blank line (typed and typeset measures stay well under it)
DOUBLE_SPACED_MAX_MEDIAN = 120
# and its full lines (this share of the 90th-percentile length) mostly run on: fewer than this share
# of them end a sentence. One paragraph per line with a blank line after each ends nearly every one.
DOUBLE_SPACED_FULL_RATIO = 0.7
DOUBLE_SPACED_MAX_ENDING_SHARE = 0.5
RUNNING_ALONE_MIN_LINES = 10  # a one-page document this long may close on a footer of its own
INNER_SERIES = 2  # bare numbers of one width standing this often inside pages label entries, no folios
RUNNING_REPEAT_SHARE = 0.4
RUNNING_PEELS = 2  # the running lines found are peeled off a page's edges this many times more
RUNNING_PEEL_WORDS = 8  # ... and a line then at the edge is running only if this short
RUNNING_TITLE_MIN = 8  # a running title repeated without its page number has this many characters
RUNNING_COUNTED_MIN = 3  # a name line whose number counts up this often inside one page: imposed pages' footers
PAGE_NUMBER = re.compile(
    # "12", "- 12 -", "Page 3 of 9", "3/9", "iv": roman page numbers in lower case only,
    # so a panel letter ("C", "IV") alone on a line is never taken for one, nor a section
    # number after its sign ("§ 2")
    r"^(?!.*§)[\W_]*(?:[Pp]age\s+)?(?:\d{1,5}|[ivxlc]{1,5})(?:\s*(?:of|/)\s*\d{1,5})?[\W_]*$"
)


def _without_running_lines(lines: list[Line]) -> tuple[list[Line], tuple[str, ...]]:
    """The lines without running headers, footers and page numbers, and the distinct
    running texts dropped (page numbers cut off; lone page numbers left out).

    Known pages only: a line among the first or last few of its page whose text,
    digits aside, recurs at the same edge of other pages, or a page number alone
    at a page's edge. The next line then starts the page.
    """
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page or 1, []).append(line)
    edges: list[tuple[Line, str]] = []
    for page_lines in pages.values():
        # extraction order need not follow the page: a footer may come first
        turned = {id(ln) for run in one_word_runs(page_lines) for ln in run}
        edge_lines = _edge_lines(page_lines, turned) + _edge_lines(page_lines[::-1], turned)
        if ECHO_SWITCHES["footers_over_notes"]:
            edge_lines += _edge_lines(_without_closing_notes(page_lines)[::-1], turned)
        for line in dict.fromkeys(edge_lines):
            edges.append((line, _digitless(line.text)))
    seen: dict[str, set[int]] = {}
    for line, key in edges:
        seen.setdefault(key, set()).add(line.page or 1)
    needed = max(2.0, RUNNING_REPEAT_SHARE * len(pages)) if len(pages) > 1 else float("inf")
    labels = _counting_labels(edges)
    running = {
        id(line)
        for line, key in edges
        if (len(seen[key]) >= needed and key not in labels) or _lone_page_number(line, pages[line.page or 1], len(pages))
    }
    running |= _numbered_edges([line for line, _ in edges], pages)
    running |= _counting_folios(pages)
    running |= {id(line) for line, _ in edges if locator(line.text)}
    # an imprint closing a page, or opening one after the first (where the title stands)
    running |= {id(line) for n, page_lines in enumerate(pages.values())
                for line in (page_lines[-1], *page_lines[:1][: n > 0]) if imprint(line.text)}
    running |= _same_title_edges([line for line, _ in edges], running)
    if ECHO_SWITCHES["doubled_imprints"]:
        running |= _doubled_imprints(lines)
    running |= _title_echoes(lines, [line for line, _ in edges], _beside_folios(pages, running))
    running |= _beside_page_numbers(pages, running)
    running |= _first_page_heads(pages, running)
    if ECHO_SWITCHES["facing_page_heads"]:
        running |= _facing_page_heads(pages, running)
    if ECHO_SWITCHES["cut_page_heads"]:
        running |= _cut_page_heads(pages, running)
    running |= _facing_edges(pages, running)
    running |= _mirrored_edges([line for line, _ in edges])
    running |= _facing_folio_heads(pages)
    if ECHO_SWITCHES["spread_heads"]:
        running |= _spread_heads(pages)
    running |= _shared_part_heads(pages)
    running |= _heading_echoes(lines, _beside_folios(pages, running))
    if ECHO_SWITCHES["folio_heading_echoes"]:
        running |= _folio_heading_echoes(lines, [line for line, _ in edges])
    if ECHO_SWITCHES["section_tails"]:
        running |= _section_tails(lines, [*_beside_folios(pages, running), *_page_openings(pages)])
    running |= _turned_echoes(lines)
    running |= _peeled_edges(pages, running, needed, labels)
    if ECHO_SWITCHES["heads_over_locators"]:
        running |= _heads_over_locators(pages, running)
    if ECHO_SWITCHES["paged_echoes"]:
        running |= _paged_echoes(lines, running)
    if ECHO_SWITCHES["closing_footer"]:
        running |= _closing_footer(lines)
    running -= _title_before_its_running_head(lines, edges, seen, needed)
    if ECHO_SWITCHES["jumps_kept"]:
        running -= {id(line) for line in lines if _page_jump_line(line.text)}
    running -= _badges_at_edges(lines, edges)
    running -= _credits_under_captions(lines)
    running -= _register_numbers_under_credits(lines)
    if ECHO_SWITCHES["sentence_end_numbers"]:
        running -= _sentence_end_numbers(lines)
    running -= _counted_heads_at_edges(lines, edges)
    if ECHO_SWITCHES["heading_numbers_kept"]:
        running -= _heading_numbers(lines)
    running |= _named_folio(lines, pages)
    if ECHO_SWITCHES["head_numbered_footers"]:
        running |= _head_numbered_footers(lines, pages, running)
    if ECHO_SWITCHES["labelled_folio_heads"]:
        running |= _labelled_folio_heads(pages, running)
    counted = _counted_name_lines(lines, pages)
    running |= counted
    if not running or all(id(line) in running or not line.text.strip() for line in lines):
        return lines, ()  # headers and footers frame a body: lines that all repeat are the text
    kept: list[Line] = []
    texts: dict[str, None] = {}
    starts = False
    for line in lines:
        if id(line) in running:
            if not PAGE_NUMBER.match(line.text):
                texts[TRAILING_PAGE.sub("", line.text).strip()] = None
            starts = starts or line.page_start or (bool(kept) and kept[-1].page != line.page) or id(line) in counted
            continue
        if starts or (kept and kept[-1].page != line.page):
            line.page_start = bool(kept)
        starts = False
        line.index = len(kept)
        kept.append(line)
    return kept, tuple(texts)


# a footnote's opening at a page's foot: its number (one or two digits), a space, a capital ("1 W. Ames, …")
_FOOT_NOTE = re.compile(r"^\d{1,2}\s+[A-Z]")
FOOT_NOTE_LINES = 4  # at most this many footnote lines are looked past for the footer over them


def _without_closing_notes(page_lines: list[Line]) -> list[Line]:
    """The page's lines without the footnotes closing it (each a line opening with a note number, at most
    ``FOOT_NOTE_LINES``): an extraction may read the footer before the notes set under the text."""
    end = len(page_lines)
    while end > 1 and len(page_lines) - end < FOOT_NOTE_LINES and _FOOT_NOTE.match(page_lines[end - 1].text):
        end -= 1
    return page_lines[:end]


def _edge_lines(page_lines: list[Line], runs: set[int]) -> list[Line]:
    """The first ``RUNNING_EDGE_LINES`` lines of a page (pass it reversed for its last),
    and, past a line set turned and printed one word a line at the edge (``one_word_runs``:
    a title band up the page's side, counted as one line), the lines after it up to the
    count. ``runs``: the ids of the page's lines in such runs (the same either way round)."""
    found = page_lines[:RUNNING_EDGE_LINES]
    count = 0
    k = 0
    while k < len(page_lines) and count < RUNNING_EDGE_LINES:
        if id(page_lines[k]) in runs:
            while k + 1 < len(page_lines) and id(page_lines[k + 1]) in runs:
                k += 1
        elif k >= RUNNING_EDGE_LINES:
            found.append(page_lines[k])
        k += 1
        count += 1
    return found


_NAME_AND_NUMBER = re.compile(r"^(?P<name>\S.*\S)\s+(?P<number>\d{1,4})$")


def _named_folio(lines: list[Line], pages: dict[int, list[Line]]) -> set[int]:
    """A one-page document's last line holding a name and that page's number ("Harbour
    Trail 1"): its footer, though it cannot repeat (not a unit and its number: "Room 1")."""
    if len(pages) != 1 or len(lines) < RUNNING_ALONE_MIN_LINES:
        return set()
    last = lines[-1]
    m = _NAME_AND_NUMBER.match(last.text.strip())
    if m is None or last.page is None or int(m.group("number")) != last.page:  # (a paged text only)
        return set()
    name = m.group("name")
    words = name.split()
    if len(words) < ECHO_WORDS[0] or words[-1].lower() in lexicon_words("panel_words"):
        return set()
    return {id(last)} if is_title_like(name) and not ends_sentence(name) else set()


_PARTED_NAME = re.compile(r"\S\s[·|•]\s\S")


def _head_numbered_footers(lines: list[Line], pages: dict[int, list[Line]], running: set[int]) -> set[int]:
    """On a one-page document, the lines holding a name parted by a separator and a number ("Wexcombe
    Museum · The Gallery 4") when a running line already found closes on that number ("HALL B · PANEL 4"):
    the page's footer, wherever the extraction read it."""
    if len(pages) != 1:
        return set()
    heads = {m.group("number") for line in lines if id(line) in running
             for m in [_NAME_AND_NUMBER.match(line.text.strip())] if m}
    found = set()
    for line in lines:
        m = _NAME_AND_NUMBER.match(line.text.strip())
        if m is None or id(line) in running or m.group("number") not in heads:
            continue
        name = m.group("name")
        if _PARTED_NAME.search(name) and is_title_like(name) and not ends_sentence(name):
            found.add(id(line))
    return found


_NAME_AND_COUNT = re.compile(r"^(?P<name>\S.*\S)\s+(?P<number>(?:\d{1,3}[.\-\u2013])?\d{1,4})$")


def _counted_name_lines(lines: list[Line], pages: dict[int, list[Line]]) -> set[int]:
    """The ids of the lines ``counted_name_lines`` finds within each page."""
    found: set[int] = set()
    for page_lines in pages.values():
        found |= {id(page_lines[k]) for k in counted_name_lines([line.text for line in page_lines])}
    return found


def counted_name_lines(texts: list[str]) -> set[int]:
    """The indexes of the lines of one name and a number ("Harbour Trail 4.1" … "Harbour Trail
    4.3", or "… 12", "… 13") standing at least ``RUNNING_COUNTED_MIN`` times within one page, the
    numbers' last parts, under one first part, counting up one by one (in any order: pages imposed
    column by column are read row by row): the footers of pages set one after another on one
    sheet with no page break between them (small pages imposed together). The name is title-like, of ``ECHO_WORDS`` words,
    ends no sentence and is no unit word ("Room 1", "Room 2" are labels)."""
    named: dict[str, list[tuple[int, str]]] = {}
    for k, text in enumerate(texts):
        m = _NAME_AND_COUNT.match(text.strip())
        if m is not None:
            named.setdefault(m.group("name"), []).append((k, m.group("number")))
    found: set[int] = set()
    for name, seen in named.items():
        words = name.split()
        if (len(seen) < RUNNING_COUNTED_MIN or not ECHO_WORDS[0] <= len(words) <= ECHO_WORDS[1]
                or words[-1].lower() in lexicon_words("panel_words") or not is_title_like(name)
                or ends_sentence(name)):
            continue
        parts = [re.split(r"[.\-\u2013]", number) for _k, number in seen]
        heads = {tuple(part[:-1]) for part in parts}
        counts = sorted(int(part[-1]) for part in parts)
        if len(heads) == 1 and counts == list(range(counts[0], counts[0] + len(counts))):
            found |= {k for k, _number in seen}
    return found


def _badges_at_edges(lines: list[Line], edges: list[tuple[Line, str]]) -> set[int]:
    """A unit word alone ("Activity") at a page's edge that also stands alone inside a
    page, and the bare number under it: a badge over its number ("Activity" / "2") set at
    the end of a box that closes the page, not a running line."""
    at_edge = {id(line) for line, _ in edges}
    units = {line.text.strip().lower() for line in lines
             if id(line) not in at_edge and line.text.strip().lower() in lexicon_words("panel_words")}
    found: set[int] = set()
    for k, line in enumerate(lines):
        if id(line) in at_edge and line.text.strip().lower() in units:
            found.add(id(line))
            if k + 1 < len(lines) and lines[k + 1].text.strip().isdigit() and lines[k + 1].page == line.page:
                found.add(id(lines[k + 1]))
    return found


def _credits_under_captions(lines: list[Line]) -> set[int]:
    """A credit line right under a caption opening with its position label ("Above: …" /
    "Photo: …, Harbour Museum"): the picture's credit, though it may name the museum of the
    running head and stand at a page's edge (a plate alone on its page)."""
    return {
        id(line) for above, line in zip(lines, lines[1:], strict=False)
        if above.page == line.page and match_label(above.text.strip()) is not None
        and is_credit(line.text.split(), True)
    }


def _register_numbers_under_credits(lines: list[Line]) -> set[int]:
    """The object's number a credit wrapped onto a line of its own at a page's foot
    ("…Archive, TRA" / "1911/12"): the credit's end, no folio."""
    return {
        id(line) for above, line in zip(lines, lines[1:], strict=False)
        if above.page == line.page and is_credit(above.text.split(), True)
        and register_number_wraps(above.text.strip(), line.text)
    }


def _counted_heads_at_edges(lines: list[Line], edges: list[tuple[Line, str]]) -> set[int]:
    """A bare number at a page's edge standing over a title line, when the numbers standing
    alone over title lines inside the pages count on from it one by one ("1" over "A Find
    in the Peat" at a page's top, then "2", "3", "4" each over a heading further on): the
    first section's number of a counted series, set where a folio could stand, not a folio.
    At least ``INNER_SERIES`` of the series stand inside the pages."""
    at_edge = {id(line) for line, _ in edges}
    heads: dict[int, list[Line]] = {}  # a bare number over a title line: value -> lines
    for k, line in enumerate(lines[:-1]):
        text = line.text.strip()
        after = lines[k + 1].text.strip()
        if text.isdecimal() and len(text) <= 2 and is_title_like(after) and not ends_sentence(after):
            heads.setdefault(int(text), []).append(line)
    found: set[int] = set()
    for value, standing in heads.items():
        for line in standing:
            if id(line) not in at_edge:
                continue
            inner = 0
            while any(id(other) not in at_edge for other in heads.get(value + inner + 1, ())):
                inner += 1
            if inner >= INNER_SERIES:
                found.add(id(line))
    return found


def _peeled_edges(pages: dict[int, list[Line]], running: set[int], needed: float, labels: set[str]) -> set[int]:
    """Running lines found once the running lines already found are peeled off each page's
    edges: a footer printed under a header and a folio is at the edge of what is left.
    Only a short line that ends no sentence is taken so (a body line may repeat)."""
    found: set[int] = set()
    for _ in range(RUNNING_PEELS):
        edges: list[tuple[Line, str]] = []
        for page_lines in pages.values():
            left = [line for line in page_lines if id(line) not in running and id(line) not in found]
            for line in dict.fromkeys(left[:RUNNING_EDGE_LINES] + left[-RUNNING_EDGE_LINES:]):
                edges.append((line, _digitless(line.text)))
        seen: dict[str, set[int]] = {}
        for line, key in edges:
            seen.setdefault(key, set()).add(line.page or 1)
        if ECHO_SWITCHES["peeled_echo_running"]:  # a line already running on another page counts that page
            ran = {(_digitless(line.text), line.page or 1) for page_lines in pages.values() for line in page_lines
                   if id(line) in running}
            for key, page in ran:
                if key in seen:
                    seen[key].add(page)
            # (a page holding another line of that text, its running line: the line left is its title)
            twice = Counter((_digitless(line.text).removeprefix("# "), line.page or 1)
                            for page_lines in pages.values() for line in page_lines)
            edges = [(line, key) for line, key in edges if twice[(key.removeprefix("# "), line.page or 1)] < 2]
        counting = labels | _counting_labels(edges)
        more = {
            id(line) for line, key in edges
            if len(seen[key]) >= needed and key not in counting and _short_stamp(line.text)
        }
        if not more:
            break
        found |= more
    return found


def _heads_over_locators(pages: dict[int, list[Line]], running: set[int]) -> set[int]:
    """The lines opening a page over a running locator among its top edge lines ("ROOM 5 · THE
    GATE", ``locator``) that stands right over the title: a header band or a running head set over
    the panel's kicker ("Museum name" / "ROOM 5 · …" / "The Title:"), each line a short stamp
    (``_short_stamp``). A title is set under its kicker, never over it."""
    found: set[int] = set()
    for page_lines in pages.values():
        top = page_lines[:RUNNING_EDGE_LINES]
        at = next((k for k, line in enumerate(top) if k and id(line) in running and locator(line.text)), None)
        if at is None or at + 1 >= len(page_lines):
            continue
        title = page_lines[at + 1].text
        over = [line for line in top[:at] if id(line) not in running]
        if (over and not ends_sentence(title) and is_title_like(title)
                and all(_short_stamp(line.text) for line in over)):
            found |= {id(line) for line in over}
    return found


def _short_stamp(text: str) -> bool:
    """A short line of words, ending no sentence, of a running title's length at least
    (not a lone number or word: a note's number printed apart, a word wrapped alone)."""
    words = text.split()
    if ECHO_SWITCHES["peeled_echo_running"]:  # a separator ("·", "|") is no word (round 51)
        words = [word for word in words if any(c.isalnum() for c in word)]
    letters = sum(1 for c in text if c.isalpha())
    return 2 <= len(words) <= RUNNING_PEEL_WORDS and letters >= RUNNING_TITLE_MIN and not ends_sentence(text)


def _counting_labels(edges: list[tuple[Line, str]]) -> set[str]:
    """Keys of edge lines that are a unit word and a label alone, with another label on
    each page ("Panel 1" … "Panel 2"): the sections' labels set over their headings at a
    page's top, not a running line (which repeats its text, or numbers the page)."""
    texts: dict[str, set[str]] = {}
    for line, key in edges:
        texts.setdefault(key, set()).add(line.text.strip())
    return {
        key for key, found in texts.items()
        if len(found) > 1 and all(LABEL_ALONE.match(t) and t[:1].isalpha() for t in found)
    }


def imprint(text: str) -> bool:
    """A page's last line as an imprint: parts set apart by separators, each a short stamp's
    length and opening in capitals or on a numeral ("Harbour Museum · Summer Guide",
    "… · 14 March – 2 November"), ending no sentence: a back panel's or a page's footer,
    which nothing on its page follows."""
    parts = [part.strip() for part in IMPRINT_SEPARATOR.split(text)]
    return (
        len(parts) >= 2 and not ends_sentence(text)
        and sum(1 for c in text if c.isalpha()) >= RUNNING_TITLE_MIN
        and all(part[:1].isupper() or part[:1].isdigit() for part in parts)
        and all(len(part.split()) <= RUNNING_PEEL_WORDS for part in parts)
    )


def _doubled_imprints(lines: list[Line]) -> set[int]:
    """Lines reading as an imprint (``imprint``) printed twice in a row on one page, word for word:
    a folded sheet's running line closing one panel and opening the next, which the extraction
    read one after the other (no text says the same line twice running)."""
    found: set[int] = set()
    for a, b in zip(lines, lines[1:], strict=False):
        if a.page == b.page and a.text.strip() == b.text.strip() and imprint(a.text):
            found |= {id(a), id(b)}
    return found


IMPRINT_SEPARATOR = re.compile(r"\s[·•|]\s")  # (a slash parts a credit's names: "Photo: Ada Marr / Archive")


def locator(text: str) -> bool:
    """A line naming only where its panel hangs, no title: two or more unit labels joined
    by separators ("Gallery 3 · Panel 5", "Room B | Case 4"); a unit word and its label
    inside the line, after other words ("East Hall Panel 2 of 5", "Wing B · Room 4"); or a
    unit and its label opening the line with a separator after ("Gallery 4 · Wall C")."""
    parts = [part.strip() for part in RUNNING_SEPARATOR.split(text)]
    if len(parts) >= 2 and all(LABEL_ALONE.match(part) and not part.isdigit() for part in parts):
        return True
    if COUNTED_LABEL_END.search(text.strip()):
        return True
    tokens, units = text.replace("·", " ").split(), lexicon_words("panel_words")
    if any(tokens[k][:1].isupper() and tokens[k].lower() in units and LABEL_TOKEN.match(tokens[k + 1])
           for k in range(1, len(tokens) - 1)):
        return True
    return bool(_LOCATOR_LEAD.match(text)) and text.split()[0].lower() in units


_LOCATOR_LEAD = re.compile(r"^\w+\s+(?:\d{1,3}|[A-Z])\s+[·|/•]\s+\S")


def _counting_folios(pages: dict[int, list[Line]]) -> set[int]:
    """Lone numbers, one among the first or last ``FOLIO_EDGE_LINES`` lines of every page,
    counting up by one from page to page from another number than the first page's ("87",
    "88": a catalogue's own folios, printed among a page's notes or figures)."""
    if len(pages) < 2:
        return set()
    found: list[Line] = []
    for number in sorted(pages):
        page_lines = pages[number]
        edge = dict.fromkeys([*page_lines[:FOLIO_EDGE_LINES], *page_lines[-FOLIO_EDGE_LINES:]])
        lone = [line for line in edge if _lone_number(line)]
        if not lone and ECHO_SWITCHES["folios_inside_pages"]:
            lone = [line for line in page_lines if _lone_number(line)]
        if len(lone) != 1:
            return set()
        found.append(lone[0])
    values = [int(line.text) for line in found]
    if values != list(range(values[0], values[0] + len(values))) or values == sorted(pages):
        return set()  # (numbers that are the pages' own are left to the edge rules: notes count so too)
    return {id(line) for line in found}


def _lone_number(line: Line) -> bool:
    return line.text.strip().isdigit() and bool(PAGE_NUMBER.match(line.text))


def _beside_page_numbers(pages: dict[int, list[Line]], running: set[int]) -> set[int]:
    """A name extracted together with the page's lone number at the page's start, header
    and footer drawn before the body ("Harbour Museum" / "— 1 —" / the title): a running
    line even on a page of its own. (At the page's end a name over the number may be a
    caption's credit: only repetition tells.)"""
    found: set[int] = set()
    for page_lines in pages.values():
        if len(page_lines) < MIN_PAGE_LINES:
            continue
        first, number, after = page_lines[0], page_lines[1], page_lines[2]
        if _bare_page_number(number, running) and _name_line(first) and is_title_like(after.text):
            found.add(id(first))
    if ECHO_SWITCHES["heads_inside_turned_sentences"]:
        found |= _heads_inside_turned_sentences(pages, running)
    return found


def _heads_inside_turned_sentences(pages: dict[int, list[Line]], running: set[int]) -> set[int]:
    """A page opening on a name line and its folio (either first), read between the two halves of a sentence
    the page turn cut ("… too ruined to" / "A Wonder of the Harbour" / "57" / "enter."): the page's running
    head, whatever the other pages' heads say. The folio may be dropped already (a lone number at the edge)."""
    found: set[int] = set()
    numbers = sorted(pages)
    for before_page, page in zip(numbers, numbers[1:], strict=False):
        page_lines, last = pages[page], [ln for ln in pages[before_page] if id(ln) not in running]
        if len(page_lines) < MIN_PAGE_LINES or not last or ends_sentence(last[-1].text):
            continue
        head = [ln for ln in page_lines[:3] if not _bare_page_number(ln, running)]
        if not any(_bare_page_number(ln, running) for ln in page_lines[:2]) or len(head) < 2:
            continue
        if _name_line(head[0]) and head[1].text.lstrip()[:1].islower() and _GOES_ON.match(head[1].text.lstrip()):
            found.add(id(head[0]))
    return found


_GOES_ON = re.compile(r"[^\W\d_]{2,}")  # a word going on in lower case (a picture's key "a" is none)


def _first_page_heads(pages: dict[int, list[Line]], running: set[int]) -> set[int]:
    """With ``first_page_heads`` on: facing pages whose running heads differ, a later page opening on its head
    (found running), the first page's folio found and not 1: the first page's opening name line is its
    running head too, when the next line is title-like as well (the title under the head)."""
    numbers = sorted(pages)
    if len(numbers) < 2 or not ECHO_SWITCHES["first_page_heads"]:
        return set()
    first = pages[numbers[0]]
    folios = [int(ln.text) for ln in first if _bare_page_number(ln, running) and _lone_number(ln)]
    opened = any(pages[n] and id(pages[n][0]) in running and _name_line(pages[n][0]) for n in numbers[1:])
    if len(first) < MIN_PAGE_LINES or folios[:1] in ([], [1]) or not opened:
        return set()
    head, after = first[0], first[1]
    if id(head) in running or not _name_line(head) or not is_title_like(after.text):
        return set()
    return {id(head)}


def _facing_page_heads(pages: dict[int, list[Line]], running: set[int]) -> set[int]:
    """A spread's two pages printed on one sheet: the right page's running head and folio
    read inside the text ("… The last" / "Museum of the Coast" / "23" / "keeper of …"): a
    bare number one more than the sheet's folio already found at its edge, a name line
    (``_name_line``) right before it, and the sentence cut by them going on after them
    (the line before the name ends none, the line after the number opens in lower case)."""
    found: set[int] = set()
    for page_lines in pages.values():
        folios = [int(m.group(1)) for line in page_lines if id(line) in running
                  for m in [re.fullmatch(r"\s*(\d{1,4})\s*", line.text)] if m]
        if not folios:
            continue
        wanted = str(folios[0] + 1)
        for k in range(2, len(page_lines) - 1):
            number, name = page_lines[k], page_lines[k - 1]
            if number.text.strip() != wanted or not _name_line(name):
                continue
            before, after = page_lines[k - 2], page_lines[k + 1]
            if not ends_sentence(before.text) and after.text.lstrip()[:1].islower():
                found |= {id(name), id(number)}
    return found


def _cut_page_heads(pages: dict[int, list[Line]], running: set[int]) -> set[int]:
    """With ``cut_page_heads`` on, in pages carrying folios (a lone page number found running), a name line
    (``_name_line``) opening a page after the first, the page's next line going on in lower case: the page's
    running head, printed once, that the sentence read across the page turn runs through (a heading is never
    followed by a sentence's middle)."""
    if not any(_bare_page_number(line, running) for page_lines in pages.values() for line in page_lines):
        return set()
    found: set[int] = set()
    for number in sorted(pages)[1:]:
        page_lines = [line for line in pages[number] if not _bare_page_number(line, running)]
        if len(page_lines) < MIN_PAGE_LINES or id(page_lines[0]) in running:
            continue
        first, after = page_lines[0], page_lines[1]
        whole = (not first.text.rstrip().endswith(("-", "\u00ad", "\u2010")) and match_label(first.text) is None
                 and first.text[:1].isupper() and not re.search(r"[.!?]\s", first.text))
        if whole and _name_line(first) and after.text.lstrip()[:1].islower():
            found.add(id(first))  # (a caption's first line, "Right: A … Glid-", goes on under it: no head)
    return found


def _heading_numbers(lines: list[Line]) -> set[int]:
    """With ``heading_numbers_kept`` on, the numbers the plain reader reads as sections' labels printed beside
    their headings (``plainlayout.labels_inside_headings``: a number alone right under a heading's line, over
    prose, the numbers counting 1, 2 … through the text) when one is not its page's own number: a tab's label
    at a page's edge, no folio."""
    from vitrina.structure.plainlayout import (
        labels_inside_headings,  # (the plain reader imports this module)
    )

    found = labels_inside_headings(lines)  # (keyed by line index: here each line's place in ``lines``)
    numbered = [lines[at] for at in found]
    if all(line.text.strip() == str(line.page) for line in numbered):
        return set()  # every one its page's number: folios after all
    return {id(line) for line in numbered}


def _facing_edges(pages: dict[int, list[Line]], running: set[int]) -> set[int]:
    """Running heads that differ between facing pages (the museum's name on the left
    page, the exhibit's title on the right), each extracted beside its page's lone
    number: a name in that place when another page has a running line there."""
    placed: dict[tuple[int, int], list[Line]] = {}  # (which end, offset from the number) -> names
    for page_lines in pages.values():
        for end, number_at in ((0, 1), (1, len(page_lines) - 1)):
            if len(page_lines) < MIN_PAGE_LINES or not _bare_page_number(page_lines[number_at], running):
                continue
            name = page_lines[number_at - 1]
            if _name_line(name):
                placed.setdefault((end, number_at - 1 - (0 if end == 0 else len(page_lines))), []).append(name)
    found: set[int] = set()
    for names in placed.values():
        if len(names) > 1 and any(id(name) in running for name in names):
            found |= {id(name) for name in names}
    return found


def _mirrored_edges(edges: list[Line]) -> set[int]:
    """Edge lines of different pages holding the same words (digits aside) in another
    order: a running head of two parts set mirrored on facing pages ("Museum   Title" on
    the left page, "Title   Museum" on the right), each part at its page's outer edge; so
    too one part and its folio, the folio closing the line on one page and opening it on
    the next ("Museum, London 1" / "2 Museum, London"), the folios counting with the pages
    (a number opening a line may be a heading's: "07 The Title")."""
    by_words: dict[tuple[str, ...], list[Line]] = {}
    opened: set[int] = set()  # lines whose opening number was set aside
    for line in edges:
        words = _digitless(line.text).split()
        if words[:1] == ["#"] and _FOLIO_FIRST.match(line.text.strip()):
            words = words[1:]
            opened.add(id(line))
        if len(words) >= MIRRORED_WORDS:
            by_words.setdefault(tuple(sorted(words)), []).append(line)
    found: set[int] = set()
    for lines in by_words.values():
        pages = {line.page for line in lines}
        if len(pages) > 1 and len({_digitless(line.text) for line in lines}) > 1:
            if any(id(line) in opened for line in lines) and not _folios_count(lines, opened):
                continue
            found |= {id(line) for line in lines}
    return found


def _folios_count(lines: list[Line], opened: set[int]) -> bool:
    """Each line's folio (opening it for ``opened`` lines, else closing it) is its page's
    number plus one offset for all; or, with ``rising_folios`` on, one line a page, the folios
    rising with the pages (pages printed apart from a longer issue: a newsletter's pages 1 and 4)."""
    offsets = set()
    folios: list[tuple[int, int]] = []
    for line in lines:
        m = (_FOLIO_FIRST if id(line) in opened else _FOLIO_LAST).match(line.text.strip())
        if m is None:
            return False
        folio = int(m.group(1) if id(line) in opened else m.group(2))
        offsets.add(folio - (line.page or 1))
        folios.append((line.page or 1, folio))
    if len(offsets) == 1:
        return True
    folios.sort()
    return (bool(ECHO_SWITCHES["rising_folios"]) and len({page for page, _ in folios}) == len(folios)
            and all(a[1] < b[1] for a, b in zip(folios, folios[1:], strict=False)))


MIRRORED_WORDS = 3  # a mirrored running head has at least this many words


_FOLIO_FIRST = re.compile(r"^(\d{1,4})\s+(\S.*)$")
_FOLIO_LAST = re.compile(r"^(.*\S)\s+(\d{1,4})$")


def _facing_folio_heads(pages: dict[int, list[Line]]) -> set[int]:
    """Each page's first line a short stamp with its folio at the outer edge, the folio
    opening the line on one page and closing it on the next ("112 Bulletin · Museum" /
    "The Title 113"), counting up by one from page to page: facing pages' running heads,
    each printed once (a heading's number never changes sides)."""
    if len(pages) < 2:
        return set()
    found: list[Line] = []
    values: list[int] = []
    sides: list[bool] = []
    for number in sorted(pages):
        if not pages[number]:
            return set()
        line = pages[number][0]
        text = line.text.strip()
        first, last = _FOLIO_FIRST.match(text), _FOLIO_LAST.match(text)
        m, opens = (first, True) if first else (last, False)
        rest = (m.group(2) if opens else m.group(1)) if m else ""
        if m is None or not _short_stamp(rest):
            return set()
        found.append(line)
        values.append(int(m.group(1) if opens else m.group(2)))
        sides.append(opens)
    counting = values == list(range(values[0], values[0] + len(values)))
    alternating = all(a != b for a, b in zip(sides, sides[1:], strict=False))
    return {id(line) for line in found} if counting and alternating else set()


def _spread_heads(pages: dict[int, list[Line]]) -> set[int]:
    """A spread printed on one sheet, its two folios read as one line ("24 25", the second the
    next) among a page's first or last ``RUNNING_EDGE_LINES`` lines, and the line right beside
    it when it is one phrase printed twice (each page's running head, read across the sheet)."""
    found: set[int] = set()
    for page_lines in pages.values():
        for edge in (page_lines[:RUNNING_EDGE_LINES], page_lines[::-1][:RUNNING_EDGE_LINES]):
            for k, line in enumerate(edge):
                if not _two_folios(line.text):
                    continue
                found.add(id(line))
                found |= {id(other) for other in edge[max(0, k - 1) : k + 2] if _doubled_phrase(other.text)}
    return found


def _shared_part_heads(pages: dict[int, list[Line]]) -> set[int]:
    """With ``shared_part_heads`` on, each page's first line (two pages at least), parted by a dash or a
    separator into a first part of at least ``shared_part_words`` words and a rest, every page's first part
    the same and the rests not all the same: a running head naming the publication, then the part the page
    belongs to ("Harbour Notes - The Quays" / "Harbour Notes - The Boats"), which no digits-aside comparison
    of whole lines finds."""
    least = int(ECHO_SWITCHES["shared_part_heads"])
    firsts = [page_lines[0] for page_lines in pages.values() if page_lines]
    if not least or len(pages) < 2 or len(firsts) != len(pages):
        return set()
    parts = [_SHARED_PART.split(line.text.strip(), maxsplit=1) for line in firsts]
    if any(len(part) != 2 or not part[1] or len(part[0].split()) < least for part in parts):
        return set()
    if len({part[0] for part in parts}) != 1 or len({part[1] for part in parts}) == 1:
        return set()
    if any(ends_sentence(line.text) or len(line.text.split()) > ECHO_WORDS[1] for line in firsts):
        return set()
    return {id(line) for line in firsts}


_SHARED_PART = re.compile(r"\s(?:[-\u2013\u2014|\u00b7\u2022:])\s")


def _two_folios(text: str) -> bool:
    """``text`` is two page numbers, the second the next ("24 25")."""
    parts = text.split()
    return len(parts) == 2 and all(p.isdigit() and len(p) <= 4 for p in parts) and int(parts[1]) == int(parts[0]) + 1


def _doubled_phrase(text: str) -> bool:
    """``text`` is one phrase of two words or more printed twice ("The Hall The Hall")."""
    words = text.split()
    half = len(words) // 2
    return half >= 2 and len(words) == 2 * half and words[:half] == words[half:]


def _beside_folios(pages: dict[int, list[Line]], running: set[int]) -> list[Line]:
    """The lines right inside a page's lone number at either end of the page (pages of
    at least ``MIN_PAGE_LINES`` lines): where a running head is extracted beside its folio."""
    found: list[Line] = []
    for page_lines in pages.values():
        for number_at, step in ((0, 1), (len(page_lines) - 1, -1)):
            if len(page_lines) >= MIN_PAGE_LINES and _bare_page_number(page_lines[number_at], running):
                found.append(page_lines[number_at + step])
    return found


def _heading_echoes(lines: list[Line], beside: list[Line]) -> set[int]:
    """A section's running head: a short line beside its page's lone number (``beside``)
    that repeats another line of the text, separators aside ("§ 3 · The Mill" under the
    heading "§ 3 The Mill"). (One repeating the title is a title echo.)"""
    keys: dict[str, set[int]] = {}
    for line in lines:
        keys.setdefault(echo_key(line.text), set()).add(id(line))
    found: set[int] = set()
    for name in beside:
        key = echo_key(name.text)
        if _short_stamp(name.text) and len(key.split()) >= ECHO_WORDS[0] and keys.get(key, set()) - {id(name)}:
            found.add(id(name))
    return found


def _folio_heading_echoes(lines: list[Line], edges: list[Line]) -> set[int]:
    """A section's running head with its folio on the same line: an edge line closing on a number whose
    words before it, a short stamp, repeat another line of the text, separators aside ("3 · The Mill 59"
    over the heading "3 The Mill"), as ``_heading_echoes`` reads one beside a lone folio."""
    keys: dict[str, set[int]] = {}
    for line in lines:
        keys.setdefault(echo_key(line.text), set()).add(id(line))
    found: set[int] = set()
    for edge in edges:
        m = _NAME_AND_NUMBER.match(edge.text.strip())
        if m is None:
            continue
        name = m.group("name")
        key = echo_key(name)
        if _short_stamp(name) and len(key.split()) >= ECHO_WORDS[0] and keys.get(key, set()) - {id(edge)}:
            found.add(id(edge))
    return found


# A running head naming its section by label and a separator ("II · The Vote", "C | The Quay").
_LABELLED_HEAD = re.compile(r"^(?:[A-Z]|[IVXLC]{1,6}|\d{1,3})\s*[·•|]\s+\S")


def _labelled_folio_heads(pages: dict[int, list[Line]], running: set[int]) -> set[int]:
    """Running heads that change with the section they name ("I · Origins" on one page, "III · Abroad" on the
    next): on two pages or more, a short stamp opening on a section label and a separator, each beside its
    page's folio, the folio alone on the line next to it or on the same line ("34 I · Origins"). A heading so
    set repeats nowhere, but only a running head stands by the folio on every page (round 53, struct68)."""
    heads: set[int] = set()
    pages_with: set[int] = set()
    for number, page_lines in pages.items():
        beside = {id(line) for line in _beside_folios({number: page_lines}, running)}
        for line in [line for line in page_lines if id(line) in beside] + page_lines[:1] + page_lines[-1:]:
            text = line.text.strip()
            first, last = _FOLIO_FIRST.match(text), _FOLIO_LAST.match(text)
            rest = text if id(line) in beside else first.group(2) if first else last.group(1) if last else ""
            if rest and _LABELLED_HEAD.match(rest) and _short_stamp(rest):
                heads.add(id(line))
                pages_with.add(number)
    return heads if len(pages_with) >= 2 else set()


def _page_openings(pages: dict[int, list[Line]]) -> list[Line]:
    """The first line of every page after the first (pages of at least ``MIN_PAGE_LINES``
    lines): where a running head set over the page's text is extracted."""
    return [page_lines[0] for n, page_lines in enumerate(pages.values()) if n and len(page_lines) >= MIN_PAGE_LINES]


def _section_tails(lines: list[Line], edges: list[Line]) -> set[int]:
    """A running head naming the section in progress after the publication's name, on one
    line ("Harbour Museum The Old Mill", set flush left and flush right): an edge line
    (``edges``) of at most ``ECHO_WORDS`` words, ending no sentence, whose last words are a
    numbered or lettered heading of the text without its number ("3 The Old Mill"), after at
    least ``ECHO_WORDS[0]`` words of a name (the heading itself, or its title alone, is no head)."""
    tails = set()
    for line in lines:
        label, _, rest = line.text.strip().partition(" ")
        if rest and _LABEL_TOKEN.match(label) and not ends_sentence(rest):
            key = echo_key(rest)
            if ECHO_WORDS[0] <= len(key.split()) <= RUNNING_PEEL_WORDS:
                tails.add(key)
    found: set[int] = set()
    for edge in edges:
        key = echo_key(edge.text)
        label = edge.text.strip().partition(" ")[0]
        if len(key.split()) > ECHO_WORDS[1] or ends_sentence(edge.text) or _LABEL_TOKEN.match(label):
            continue
        named = [key[: -len(tail)].split() for tail in tails if key.endswith(f" {tail}")]
        if any(len(name) >= ECHO_WORDS[0] for name in named):
            found.add(id(edge))
    return found


_LABEL_TOKEN = re.compile(r"^(?:\d{1,3}|[A-Z]|[IVXLC]{1,6})\.?$")


def _turned_echoes(lines: list[Line]) -> set[int]:
    """A stamp printed twice, once turned up a fold or spine (which the extraction writes
    one word a line: "GUILDHALL" / "MUSEUM" / "·" / …): a run of at least
    ``TURNED_RUN`` one-word lines of a page reading, joined, as another line of the text
    (case and separators aside) is running, and so is that line."""
    keys: dict[str, list[Line]] = {}
    for line in lines:
        keys.setdefault(echo_key(line.text), []).append(line)
    found: set[int] = set()
    for run in one_word_runs(lines):
        key = echo_key(" ".join(ln.text for ln in run))
        twins = [ln for ln in keys.get(key, []) if ln not in run]
        if twins and len(key.split()) >= ECHO_WORDS[0]:
            found |= {id(ln) for ln in [*run, *twins]}
    return found


def one_word_runs(lines: list[Line]) -> list[list[Line]]:
    """What the extraction made of a line set turned (up a picture's side, a fold or a
    spine): runs of consecutive lines of one word each on one page, each taken whole,
    at least ``TURNED_RUN`` long."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and len(line.text.split()) == 1 and (not run or run[-1].page == line.page):
            run.append(line)
            continue
        if len(run) >= TURNED_RUN:
            runs.append(run)
        run = [line] if line is not None and len(line.text.split()) == 1 else []
    return runs


def _bare_page_number(line: Line, running: set[int]) -> bool:
    return id(line) in running and bool(PAGE_NUMBER.match(line.text))


def _name_line(line: Line) -> bool:
    """A short title-case line of a few words ending no sentence: a name, not body text."""
    words = line.text.split()
    return 2 <= len(words) <= ECHO_WORDS[1] and is_title_like(line.text) and not line.text.rstrip().endswith(
        (".", "!", "?"))


# a jump line naming a page, perhaps with its story's name after a colon
_JUMP_BACK_PAGE = re.compile(r"^\W*(?P<lead>[^\W\d_]+(?: [^\W\d_]+)?),? (?:page|p\.) ?\d{1,3}\b(?:: [^.!?]+)?\W*$", re.I)


def _page_jump_line(text: str) -> bool:
    """``text`` is a jump line naming a page ("Continued on page 4", "Continued from page 1:
    The Mill"), its lead one of ``lexicon/jump_leads.txt``: no running head, though it may stand
    at a page's edge or echo the title (the plain reader pairs the line sending the text on with
    the one it comes back by)."""
    m = _JUMP_BACK_PAGE.match(text.strip())
    if m is not None and " ".join(m.group("lead").lower().split()) in lexicon_words("jump_leads"):
        return True
    slug, comma, jump = text.strip().partition(", ")  # "Mill race, continued from page 1" (``slugged_jumps_kept``)
    return (bool(ECHO_SWITCHES["slugged_jumps_kept"]) and bool(comma) and 0 < len(slug.split()) <= ECHO_WORDS[1]
            and not any(ch in slug for ch in ".!?") and _page_jump_line(jump[:1].upper() + jump[1:]))


def _title_echoes(lines: list[Line], edges: list[Line], beside: list[Line]) -> set[int]:
    """Edge lines after page 1, or lines beside a page's folio (``beside``, page 1 too,
    the title's own lines aside), repeating (part of) the title, the document's first
    line (a page number aside): a running head, even when the document is too short
    for it to repeat. Only a line of a few words that ends no sentence counts."""
    # (a lone letter printed first is a drop cap, no title)
    first = next((line for line in lines if not PAGE_NUMBER.match(line.text) and len(line.text.strip()) > 1), None)
    if first is None or (first.page or 1) != 1:
        return set()
    title = echo_key(first.text)
    opening = _opening_title_lines(lines)
    title_lines = [echo_key(line.text) for line in opening]
    own = {id(line) for line in [first, *opening]}
    near_folio = {id(line) for line in beside}
    found = set()
    for line in [*edges, *beside]:
        if line.text.rstrip().endswith((".", "!", "?")) or id(line) in own:
            continue
        if (line.page or 1) < 2 and id(line) not in near_folio:
            continue
        parts = RUNNING_SEPARATOR.split(line.text)  # "Title · Museum": one part echoes
        keys = [echo_key(line.text)] + ([echo_key(part) for part in parts] if len(parts) > 1 else [])
        text = f" {echo_key(line.text)} "
        # a head set flush left and right, extracted as one line of a few words, may close
        # on a whole line of the title after a name of its own ("Naval Collection The
        # Warship Vasa"; not "By the" + a title line: a heading), or open on one before it
        # ("The Harbour Gazette Spring Issue, 1912")
        whole = len(text.split()) <= ECHO_WORDS[1] and any(
            (text.endswith(f" {t} ") and _named(text[: -len(t) - 1]))
            or (ECHO_SWITCHES["title_first"] and text.startswith(f" {t} ") and _named(text[len(t) + 1:]))
            for t in title_lines)
        if whole or any(ECHO_WORDS[0] <= len(key.split()) <= ECHO_WORDS[1] and f" {key} " in f" {title} "
                        for key in keys):
            found.add(id(line))
    return found


def _named(text: str) -> bool:
    """At least ``ECHO_WORDS[0]`` words that are no function words: a name of its own."""
    return sum(1 for word in text.split() if word not in FUNCTION_WORDS) >= ECHO_WORDS[0]


def _opening_title_lines(lines: list[Line]) -> list[Line]:
    """The first run of title-like lines among page 1's first ``TITLE_LOOK`` lines (notes or
    a folio the extraction printed first aside)."""
    run: list[Line] = []
    for line in lines[:TITLE_LOOK]:
        if (line.page or 1) != 1:
            break
        if is_title_like(line.text) and len(line.text.split()) >= ECHO_WORDS[0]:
            run.append(line)
        elif run:
            break
    return run


def echo_key(text: str) -> str:
    """A line's words, lower-cased, without punctuation: two lines echo each other when equal."""
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _title_before_its_running_head(
    lines: list[Line], edges: list[tuple[Line, str]], seen: dict[str, set[int]], needed: float
) -> set[int]:
    """The document's first line (a page number aside) when the later pages repeat it as their running head
    (an exhibit titled "Harbour Lights" with that header from page 2 on): it is the
    title, not a header of page 1."""
    first = next((line for line in lines if not PAGE_NUMBER.match(line.text)), None)
    if first is None or not any(line is first for line, _ in edges):
        return set()
    key = _digitless(first.text)
    later = seen.get(key, set()) - {first.page or 1}
    if any(ch.isdigit() for ch in first.text) or not later or len(later) + 1 < needed:
        return set()
    if all(_after_page_number(lines, line) for line, k in edges if k == key):
        return set()  # printed under its page's number on every page: a running line
    page_one = [line for line, _ in edges if line is not first and line.page == first.page]
    if any(first.text.strip() in line.text for line in page_one):
        return set()  # page 1 carries the running head too ("Name" over "Name | 1")
    after = next((line for line in lines if line.index > first.index and not PAGE_NUMBER.match(line.text)), None)
    if after is None or is_title_like(after.text) or LABEL_START.match(after.text):
        return set()  # a title follows: the first line is page 1's running head
    nearby = [len(line.text) for line in lines[after.index : after.index + TITLE_BODY_LOOK]]
    if len(after.text) < TITLE_BODY_SHARE * max(nearby):
        return set()  # a short line follows: the title's own first line, not body text
    return {id(first)}


def _after_page_number(lines: list[Line], line: Line) -> bool:
    """The line right before ``line`` on its page is a page number alone."""
    before = lines[line.index - 1] if line.index else None
    return before is not None and before.page == line.page and bool(PAGE_NUMBER.match(before.text))


TURNED_RUN = 3  # a line set turned (a stamp up a spine, a credit up a picture's side), printed one word a line, has at least this many lines
TITLE_LOOK = 6  # the title is looked for among page 1's first lines this far
MIN_PAGE_LINES = 4  # a page of fewer lines has no running head beside its folio (it may be all head and number)
FOLIO_EDGE_LINES = 4  # a page's own folio, counting up page by page, stands among this many lines at an end
ECHO_WORDS = (2, 12)  # a running head repeating the title has this many words (min, max)
# switches (1 on, 0 off), judged leave one set out (bench/fit_layout.py --before 0; docs/structure.md, round 30)
ECHO_SWITCHES = {
    "title_first": 1,  # a running head may open on a whole title line before a name of its own
    "section_tails": 1,  # an edge line ending on a numbered heading's words (its number aside) is running (round 33)
    # round 42 (structset46): a page's opening lines over a running locator right over the title (a header band
    # over the panel's kicker) are running too (0: off)
    "heads_over_locators": 1,
    # round 43 (structraw): a spread printed on one sheet: the right page's name line and folio (the sheet's folio
    # plus one) read inside a sentence that goes on after them are running (0: off)
    "facing_page_heads": 1,
    # round 45 (structleft): a jump line naming a page ("Continued from page 1: The Mill") stays, though it echoes the
    # title or stands at a page's edge, for the plain reader to pair it with its partner (0: off)
    "jumps_kept": 1,
    # round 56 (structset75): ... and so does one after its story's slug and a comma ("Mill race, continued from page 1")
    "slugged_jumps_kept": 1,
    # round 56 (structset75): a running line whose folio closes it on one page and opens it on another is running when
    # its folios rise with the pages, though not by one (a newsletter's pages 1 and 4 printed apart; 0: off)
    "rising_folios": 1,
    # round 56 (structset75): the text's closing footer may end on its folio ("Harbour Museum - Guide 4"; 0: off)
    "folioed_closing_footer": 1,
    # round 56 (structset75): pages opening on one first part and each its own rest after a dash ("Notes - The
    # Quays" / "Notes - The Boats"): running heads; the first part's words at least (0: off)
    "shared_part_heads": 2,
    # round 48 (structset60): an imprint line printed twice in a row on a page (a folded sheet's running line at the
    # foot of one panel and the head of the next, read one after the other) is running, both times (0: off)
    "doubled_imprints": 1,
    # round 50 (struct): a spread's two folios read as one line at a page's edge ("24 25") and the line beside it
    # holding one phrase twice (the two pages' running heads read across the sheet) are running (0: off)
    "spread_heads": 1,
    # round 51 (structset65): a line anywhere on a page repeating a running line that closes on its page's number,
    # closing on its own page's number ("… · Museum 1" read mid-page, the same footer "… · Museum 2" at the next
    # page's edge), is that page's running line (0: off)
    "paged_echoes": 1,
    # round 51 (structset65): a line left at a page's edge once its running lines are peeled off, saying again a
    # line already found running on another page (a footer under a folio and a running head), repeats there (0: off)
    "peeled_echo_running": 1,
    # round 52 (structset67): a number alone closed by a full stop right after a line of its page ending on a word
    # inside a sentence ("… made in Pellingford in" / "1866.") is that sentence's last word, no folio (0: off)
    "sentence_end_numbers": 1,
    # round 52 (structset67): on a one-page document, a line of a name parted by a separator and a number, the
    # number a running line dropped on the page closes on ("HALL B · PANEL 4" at the head, "Wexcombe Museum ·
    # The Gallery 4" read anywhere: raw extraction sets a footer where it was drawn), is running too (0: off)
    "head_numbered_footers": 1,
    # round 52 (structset67): an edge line closing on a number (its folio) whose words before it say another line of
    # the text again, separators aside ("3 · The Mill 59" over the heading "3 The Mill"), is running (0: off)
    "folio_heading_echoes": 1,
    # round 53 (struct68): short lines opening on a section label and a separator ("II · The Vote"), each beside
    # its page's folio on two pages or more, are running heads that change with the section (0: off)
    "labelled_folio_heads": 1,
    # round 53 (structset70): a page's last lines counted past the footnotes closing it (lines opening with a note
    # number, read after the footer): the footer over them is at the page's edge (0: off)
    "footers_over_notes": 1,
    # round 54 (structraw): the text's last line, after a line closing a prose sentence, a name in title case ending
    # no sentence, no credit lead and no number, is the sheet's footer (a page of its own, nothing to repeat it:
    # "Harbour Museum of the Sea"; 0: off)
    "closing_footer": 1,
    # round 57 (struct76): a page with no lone number at its edges may hold its folio anywhere, when it is the
    # page's one lone number and the pages' folios count up by one (raw extraction sets a folio where it was
    # drawn: "56" read after the opening paragraph; 0: off)
    "folios_inside_pages": 1,
    # round 57 (struct76): a name line and the page's folio opening a page, the sentence the last page left open
    # going on right after them, are the page's running head and folio (0: off)
    "heads_inside_turned_sentences": 1,
    # round 57 (struct76): facing pages whose heads differ: with a later page's opening head found running and
    # the first page's own folio not 1 (a page from inside a publication), the first page's opening name line is
    # its running head, when more title-like lines follow it before the text (0: off)
    "first_page_heads": 1,
    # round 57 (structset77): a name line opening a page after the first, in pages carrying folios, the page's next
    # line going on in lower case, is the page's running head (facing pages' heads differ, each printed once; 0: off)
    "cut_page_heads": 1,
    # round 57 (structset77): a number alone under a heading line, over prose, one of a series counting 1, 2 …
    # through the text beside headings, is the heading's label even at a page's edge (a tab's number; 0: off)
    "heading_numbers_kept": 1,
}
# Body text after a title: the next line is a full line, at least this share of the
# longest of the TITLE_BODY_LOOK lines from it.
TITLE_BODY_SHARE = 0.8
TITLE_BODY_LOOK = 6
# A numbered or lettered title's start ("14. ", "B) ").
LABEL_START = re.compile(r"^(?:\d{1,3}|[A-Z]|[IVXLC]{1,6})[.)]\s")


# a page number (digits already "#") opening or closing a running line, with its
# dashes, bars and "page"/"p." word: "— # —", "page # of #", "| #". The runs of marks are
# bounded (the text's spaces are single): an unbounded run made a line of 64K "- " quadratic
PAGE_AT_END = re.compile(r"(?:^|\s)[|·•–—\-/\s]{0,12}(?:page\s+|pp?\.\s*)?#(?:\s*(?:of|/)\s*#)?[\s–—\-]{0,12}$")
PAGE_AT_START = re.compile(r"^(?:[–—\-]\s*#\s*[–—\-]|(?:page\s+|pp?\.\s*)#(?:\s*(?:of|/)\s*#)?|#\s*[|·•])\s*(?=\S)")
# what separates the parts of a running head ("Title · Museum", "Title | Gallery")
RUNNING_SEPARATOR = re.compile(r"\s[·•\u2219\u22c5\u2027|–—/]\s")  # (dot operators stand for "·" in some PDFs)


def _closing_footer(lines: list[Line]) -> set[int]:
    """The text's last line as its footer (switch ``closing_footer``): after a line closing a
    sentence on the same page, a short line of two words or more in title case ending no sentence,
    opened by no credit lead ("Photo:", "Lent by"), holding no number (a label alone, "Panel 4",
    may head what follows on another page; a badge may label the card before it). Text
    read in order ends on its last sentence; a name set after it, which wraps nothing and
    begins nothing, is the sheet's imprint, drawn at its foot."""
    if len(lines) < FOOTER_MIN_LINES:
        return set()
    last, before = lines[-1], lines[-2]
    text, words = last.text.strip(), last.text.split()
    if ECHO_SWITCHES["folioed_closing_footer"] and re.search(r"\D\s+\d{1,3}$", text):
        text = text.rsplit(maxsplit=1)[0]  # its folio closing it ("Harbour Museum - Guide 4", round 56)
        words = [w for w in text.split() if any(ch.isalnum() for ch in w)]  # (no separator counts as a word)
    if last.page != before.page or not ends_sentence(before.text) or not is_title_like(text):
        return set()
    if not 2 <= len(words) <= RUNNING_PEEL_WORDS or lead_at(words, 0) or text.endswith((":", ",", ";")):
        return set()
    if any(c.isdigit() for c in text):
        return set()  # an accession number, a date, a label: a credit's, a table's or a section's line
    return {id(last)} if _closes_prose(lines[:-1]) else set()


def _closes_prose(lines: list[Line]) -> bool:
    """The last sentence of ``lines`` is running prose: one of its lines (back to the sentence
    end before it, at most ``FOOTER_SENTENCE_LINES``) at least ``FOOTER_PROSE_SHARE`` of its
    page's full line. A caption's short lines end on a sentence too, and the line after them
    is their credit."""
    page = [line.length for line in lines if line.page == lines[-1].page]
    full = sorted(page)[int(FOOTER_FULL_RANK * (len(page) - 1))]
    k = len(lines) - 1
    sentence = [lines[k]]
    while k > 0 and len(sentence) < FOOTER_SENTENCE_LINES and not ends_sentence(lines[k - 1].text):
        k -= 1
        sentence.append(lines[k])
    return any(line.length >= FOOTER_PROSE_SHARE * full for line in sentence)


FOOTER_MIN_LINES = 10  # a text this long at least has a foot apart from its body
FOOTER_FULL_RANK = 0.9  # a page's full line: its line this far up the page's lengths, sorted
FOOTER_PROSE_SHARE = 0.7  # a prose line is this share of the full line at least ...
FOOTER_SENTENCE_LINES = 6  # ... among the last sentence's lines, counted back at most this far


def _paged_echoes(lines: list[Line], running: set[int]) -> set[int]:
    """Lines anywhere on their page saying again, numbers aside, a running line of another page that
    closes on that page's number, each closing on its own page's number (switch ``paged_echoes``):
    the extraction read the footer mid-page, where its page's other lines do not repeat."""
    def paged(line: Line) -> bool:
        return bool(line.page) and re.search(rf"\D{line.page}$", line.text.strip()) is not None

    keys = {(_digitless(line.text), line.page) for line in lines if id(line) in running and paged(line)}
    words = {key for key, _page in keys if len(key.split()) >= 2}
    return {id(line) for line in lines if id(line) not in running and paged(line)
            and (key := _digitless(line.text)) in words and any(k == key and p != line.page for k, p in keys)}


def _digitless(text: str) -> str:
    """Numbers as "#", a page number opening or closing the line dropped."""
    text = " ".join(re.sub(r"\d+", "#", text.lower()).split())
    return PAGE_AT_END.sub("", PAGE_AT_START.sub("", text)) or "#"


def _same_title_edges(edges: list[Line], running: set[int]) -> set[int]:
    """Edge lines repeating a running line of their page, page numbers aside (a header
    "Harbour Lights" or "Harbour Lights 2" over a footer "Harbour Lights | 2")."""
    titles = {(line.page, _digitless(line.text)) for line in edges if id(line) in running}
    return {
        id(line)
        for line in edges
        if len(line.text) >= RUNNING_TITLE_MIN and (line.page, _digitless(line.text)) in titles
    }


_STOPPED_NUMBER = re.compile(r"^\d{1,4}\.$")


def _sentence_end_numbers(lines: list[Line]) -> set[int]:
    """Numbers alone closed by a full stop ("1878.") right after a line of the same page that ends on a
    word, no stop, comma or colon ("… made in Pellingford in"): the sentence's last word wrapped onto a line of
    its own, not a page number."""
    return {
        id(line) for prev, line in zip(lines, lines[1:], strict=False)
        if _STOPPED_NUMBER.match(line.text.strip()) and prev.page == line.page
        and prev.text.rstrip()[-1:].isalpha() and not ends_sentence(prev.text)
    }


def _numbered_edges(edges: list[Line], pages: dict[int, list[Line]]) -> set[int]:
    """Edge lines carrying the page's number: a page number alone on its line
    ("- 4 -") and any other edge line of that page ending in the same number."""
    found: set[int] = set()
    series = _inner_number_widths(edges, pages)
    for line in edges:
        if not PAGE_NUMBER.match(line.text) or _numbered_elsewhere(line, pages[line.page or 1], len(pages)):
            continue
        number = re.sub(r"\D", "", line.text)
        if not number:
            continue
        if int(number) != line.page and series[len(number)] >= INNER_SERIES:
            continue  # one of a series of numbers over the body's entries (a timeline's years)
        page_edges = [e for e in edges if e.page == line.page]
        if len(pages[line.page or 1]) <= len(page_edges):
            continue  # a page of edge lines only: nothing to tell the text from
        found.add(id(line))
        ending = re.compile(rf"\D{number}$")
        found |= {id(e) for e in page_edges if e is not line and ending.search(e.text)}
    return found


def _inner_number_widths(edges: list[Line], pages: dict[int, list[Line]]) -> Counter[int]:
    """How many lines holding a bare number stand away from the pages' edges, by the
    number's count of digits: numbers printed over a page's entries, not folios."""
    at_edge = {id(line) for line in edges}
    return Counter(
        len(line.text.strip()) for page_lines in pages.values() for line in page_lines
        if id(line) not in at_edge and line.text.strip().isdigit()
    )


# A running title closed by the page number: "Harbour Lights | 3", "… | - 3 -", "…, Page 3",
# "Harbour Lights — p. 3", "Harbour Lights - p. 3" (the abbreviation only after a separator).
TRAILING_PAGE = re.compile(
    r"(?:(?:\s[|·•–—]|\s-(?=\s))\s*[\W_]*(?:[Pp]age\s+|[Pp]p?\.\s*)?\d{1,4}[\W_]*|\b[Pp]age\s+\d{1,4}[\W_]*)$"
)


# An edge line closed by "page/pages" ("file:///…/mill.html   2/5", a browser's print footer).
PAGE_OF_PAGES = re.compile(r"\s(\d{1,4})\s*/\s*(\d{1,4})$")


def closes_with_its_page(text: str, page: int | None, pages: int) -> bool:
    """``text`` ends with "page/pages" naming its own page of this document."""
    m = PAGE_OF_PAGES.search(text.strip())
    return m is not None and page is not None and int(m.group(1)) == page and int(m.group(2)) == pages


def _lone_page_number(line: Line, page_lines: list[Line], pages: int) -> bool:
    """A page number among the page's first or last two lines closing a running title
    ("Harbour Lights | 3", "Harbour Lights, Page 3", "…/mill.html 3/9"), or alone on the
    page's first or last line (on the second or last but one: the page's own number)."""
    edge = line is page_lines[0] or line is page_lines[-1]
    # the extraction may set a header and a footer together at either end of the page
    near_edge = any(line is other for other in [*page_lines[:RUNNING_EDGE_LINES], *page_lines[-RUNNING_EDGE_LINES:]])
    if not near_edge or len(page_lines) < 2:
        return False
    own = closes_with_its_page(line.text, line.page, pages)
    if own or TRAILING_PAGE.search(line.text):
        return True
    if not PAGE_NUMBER.match(line.text) or _numbered_elsewhere(line, page_lines, pages):
        return False
    return edge or _number_of(line.text) == line.page  # one line in: its own page's number only


def _number_of(text: str) -> int | None:
    digits = re.search(r"\d{1,5}", text)
    return int(digits.group(0)) if digits else None


_COUNTED_PAGE = re.compile(r"(\d{1,4})\s*(?:/|of)\s*(\d{1,4})$")


def _numbered_elsewhere(line: Line, page_lines: list[Line], pages: int) -> bool:
    """Another line of the page counts it ("Sheet 1 of 2", "1 / 2") and ``line`` is a
    bare number other than that page's: an exhibit number ("31"), not a page number."""
    number = line.text.strip()
    if not number.isdigit() or line.page is None or int(number) == line.page:
        return False
    for other in page_lines:
        m = _COUNTED_PAGE.search(other.text.strip())
        if other is not line and m and int(m.group(1)) == line.page and int(m.group(2)) == pages:
            return True
    return False


def _mark_region_spacing(lines: list[Line], default: Spacing) -> None:
    """Set each line's spacing from its page: PDF pages mix double and single spacing."""
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and not lines[end].page_start:
            continue
        region = lines[start:end]
        spacing = _spacing(region) if len(region) >= REGION_MIN_LINES else default
        for line in region:
            line.spacing = spacing
        start = end


def _spacing(lines: list[Line]) -> Spacing:
    """Double-spaced (a blank line after nearly every line), blank-separated, or none.

    Whitespace-only separator lines (around captions) do not make a text
    blank-separated: only empty lines do.
    """
    if len(lines) < 2:
        return "blank"
    pairs = lines[1:]
    single_gaps = sum(1 for line in pairs if line.gap_before == 1)
    blank_gaps = sum(1 for line in pairs if line.gap_before)
    if single_gaps >= 0.6 * len(pairs) and len(pairs) >= 4 and _wrapped(lines):
        return "double"
    if not blank_gaps or (blank_gaps <= 0.02 * len(pairs) and len(pairs) >= REGION_MIN_LINES - 1):
        return "unspaced"  # (a short text with no blank line at all is unspaced too: its lines are its layout)
    return "blank"


def _wrapped(lines: list[Line]) -> bool:
    """The lines are a wrapped text's, not one paragraph each: their median length is a measure."""
    lengths = sorted(line.length for line in lines)
    if lengths[len(lengths) // 2] > DOUBLE_SPACED_MAX_MEDIAN:
        return False
    measure = lengths[min(len(lengths) - 1, int(0.9 * len(lengths)))]
    full = [line for line in lines if line.length >= DOUBLE_SPACED_FULL_RATIO * measure]
    ending = sum(1 for line in full if ends_sentence(line.text))
    return ending < DOUBLE_SPACED_MAX_ENDING_SHARE * len(full)


def _trailing_convention(lines: list[Line]) -> bool:
    """True when soft-wrapped lines keep a trailing space (as PDF extraction does)."""
    with_space = sum(1 for line in lines if line.trailing_space)
    return len(lines) >= 8 and with_space >= 0.6 * len(lines)


def word_pieces(line: Line, first: int = 0, last: int | None = None) -> list[Piece]:
    """Pieces for words ``first:last`` of ``line``, one per verbatim source run."""
    words = line.words[first:last]
    if not words:
        return []
    if line.verbatim:  # single spaces throughout: one run
        start = words[0][1]
        end = words[-1][1] + len(words[-1][0])
        return [_piece(line.raw[start - line.start : end - line.start], start, line)]
    pieces: list[Piece] = []
    run_text = ""
    run_start = -1
    for i, (word, offset) in enumerate(words):
        if run_start < 0:
            run_start, run_text = offset, word
        elif offset == run_start + len(run_text) + 1 and line_char(line, offset - 1) == " ":
            run_text += " " + word
        else:
            pieces.append(_piece(run_text + " ", run_start, line))
            run_start, run_text = offset, word
        if i == len(words) - 1:
            pieces.append(_piece(run_text, run_start, line))
    return pieces


def line_char(line: Line, offset: int) -> str:
    return line.raw[offset - line.start]


def _piece(text: str, start: int, line: Line) -> Piece:
    # A collapsed run ends in a space standing for several: map it to one.
    return Piece(text, SourceRef(start, start + len(text), line.lineno, line.page))
