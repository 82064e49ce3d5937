"""Reading order from physical lines: headings, body paragraphs and captions.

One pass over the content lines with a small state machine:

* a numbered line ("10. A Wartime") or a lone panel letter (" A") followed by
  short title-case lines opens a section;
* a position label ("Above, left:") opens a caption, which runs until it is
  complete (a trailing credit, or a sentence ending on a short line) or a
  separator / new label / heading cuts it;
* every other line is body text. A paragraph ends where a sentence ends on a
  short line, on a line whose trailing space is missing while the document's
  soft-wrapped lines keep one, or before a line that is visibly indented (it and
  the next word would have fitted on one line). In blank-separated texts a
  blank line ends a paragraph, as usual.

Interrupted text is rejoined: a caption that appears while a paragraph is open
is placed *after* that paragraph, and the paragraph continues with the next body
line. A line that starts in lowercase after a finished paragraph continues the
most recent fragment left unfinished (a caption or paragraph cut by a page or a
heading). Text before the unit title (a numbered heading) is front matter of
the title page; it becomes caption blocks placed right after the title heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vitrina.structure.captions import (
    CREDIT_KEYWORDS,
    LABEL_ALONE,
    LABEL_LEAD,
    alone_label,
    credit_start,
    is_credit,
    lead_label,
    match_label,
)
from vitrina.structure.cues import (
    FUNCTION_WORDS,
    LINE_HYPHENS,
    ends_sentence,
    first_word,
    in_capitals,
    is_acronym,
    is_title_like,
    starts_lowercase,
    starts_uppercase,
    upper_or_caseless,
)
from vitrina.structure.lines import Line, LineSet

SHORT_LINE = 0.82  # a line this much shorter than the column ends a paragraph
INDENT_SLACK = 0.92  # next line plus one more word under this: it was indented
CAPTION_WIDER = 1.15  # a line this much wider than the caption is body text
HEADING_MAX_WIDTH = 0.6  # an unnumbered heading line is at most this part of the column
CAPTION_NARROWER = 0.75  # a caption column this much narrower than the body
UNLABELLED_MAX_LINES = 6  # lines of a caption recognised by its credit alone
TITLE_MAX_LINES = 6
UNDERLINED_TITLE_LINES = 3  # a typed heading over its rule runs over at most this many lines
UNDERLINED_TITLE_WORDS = 12  # ... of at most this many words
# In a blank-separated text a block's first line at most this part of the line under it is no wrapped
# line (a wrapped paragraph's first line is full) but a heading set on its own line: "Provenance".
BLOCK_HEAD_SHARE = 0.5

_NUMBERED = re.compile(r"^(\d{1,3})\.$")
_LETTER = re.compile(r"^([A-Z])[.)]?$")
_GENERIC_LABEL = re.compile(r"^(\d{1,3}|[IVXLC]{1,6})[.)]$")
_BULLET = re.compile(r"^(?:[-*•–]|\d{1,2}[.)])\s")
_SENTENCE_BREAK = re.compile(r"[.!?][”’\"')]*\s")
# A line ending in a year or a span of years ("… of the Estuary, 1862–1870"): a title block ends there.
ENDS_WITH_YEAR = re.compile(r"\b\d{4}s?(?:\s*[–—-]\s*\d{2,4}s?)?[)\]]?$")


@dataclass
class Heading:
    label: str | None
    lines: list[Line]
    skip_words: int  # words of the first title line that are the label
    subtitle: bool = False  # a line set under the unit title: a heading block, no section
    cut_words: int = 0  # words closing the last title line that are the label ("… Bologna Part I")
    rank: float | None = None  # its rank among the headings (smaller higher: a PDF's font size negated)


@dataclass
class Fragment:
    """A block under construction: its lines, in reading order."""

    kind: str  # "paragraph" | "caption"
    lines: list[Line]
    position: str | None = None
    label_words: int = 0  # leading words of the first line forming the label
    credit: tuple[int, int] | None = None  # (index into lines, first credit word)
    note: tuple[int, int] | None = None  # (line, word) of a note number closing the text
    complete: bool = False
    deferred: list[Fragment] = field(default_factory=list)
    calls: frozenset[str] = frozenset()  # numbers of notes on its pages, called glued to a word
    lead_credit: tuple[int, int] | None = None  # (line, word) where a caption begins after a credit opening it

    @property
    def last(self) -> Line:
        return self.lines[-1]


Entry = Heading | Fragment


class Layout:
    """Runs the state machine over a :class:`LineSet`; ``entries`` is the result."""

    def __init__(
        self,
        lineset: LineSet,
        widths: dict[int, float] | None = None,
        forms: LineForms | None = None,
    ):
        self.ls = lineset
        self.lines = lineset.lines
        self.doc_width = _percentile([line.length for line in self.lines], 0.9) or 60.0
        self.widths = widths or {}
        self.entries: list[Entry] = []
        self.section = -1
        self.body_lengths: dict[int, list[int]] = {}
        self._para: Fragment | None = None
        self._cap: Fragment | None = None
        self._unfinished: list[Fragment] = []
        self.forms = forms or LineForms(lineset)
        self._run()

    # ------------------------------------------------------------ the pass

    def _run(self) -> None:
        i = 0
        while i < len(self.lines):
            line = self.lines[i]
            if self._standalone_credit(i):
                i += 1
                continue
            heading = self._heading_at(i)
            if heading is not None:
                self._open_section(heading)
                i = heading.lines[-1].index + 1
                continue
            label = match_label(line.text)
            if label is not None:
                self._open_caption(i, *label)
            elif not self._caption_takes(i):
                end = self._unlabelled_caption_end(i)
                if end is not None:
                    self._place_unlabelled_caption(i, end)
                    i = end
                else:
                    self._body_line(i)
            i += 1
        self._close_caption()

    def _open_section(self, heading: Heading) -> None:
        self._close_caption()
        if self._para is not None and not ends_sentence(self._para.last.text):
            self._unfinished.append(self._para)
        self._para = None
        self.section += 1
        # (checked only for a numbered heading, and stopping at the first heading: a scan of
        # every entry on every heading made many short sections quadratic)
        numbered = bool(heading.label and heading.label.isdigit())
        front = self.entries if numbered and all(isinstance(e, Fragment) for e in self.entries) else []
        if front:
            # Text before the unit title is title-page matter: captions.
            for frag in front:
                frag.kind = "caption"  # type: ignore[union-attr]
            self.entries = [heading, *front]
            return
        self.entries.append(heading)

    def _open_caption(self, i: int, position: str, label_chars: int) -> None:
        self._close_caption()
        line = self.lines[i]
        label_words = len(line.text[:label_chars].split())
        cap = Fragment("caption", [line], position, label_words)
        para = self._para
        if para is not None and not self._ended(para.last, line):
            para.deferred.append(cap)
        else:
            self._para = None
            self.entries.append(cap)
        self._cap = cap
        self._check_caption(cap, i)

    def _place_unlabelled_caption(self, first: int, last: int) -> None:
        """Lines ``first..last`` form a caption without a position label."""
        cap = Fragment("caption", self.lines[first : last + 1])
        para = self._para
        if para is not None and not self._ended(para.last, self.lines[first]):
            para.deferred.append(cap)
        else:
            self._para = None
            self.entries.append(cap)
        self._cap = cap
        self._check_caption(cap, last)

    def _unlabelled_caption_end(self, i: int) -> int | None:
        """The last line of a caption without a label that starts at line ``i``.

        By form: a few lines in a column of their own width, the last ending in
        a credit (institution words or an acronym) after a sentence, and then a
        hard break or the lowercase rest of the sentence the caption cut into.
        """
        last = self.forms.next_credit[i]
        line = self.lines[i]
        if last - i >= UNLABELLED_MAX_LINES or not starts_uppercase(line.text):
            return None
        if i > 0 and not ends_sentence(self.lines[i - 1].text, lenient=True):
            para = self._para
            if para is None or para.last is not self.lines[i - 1]:
                return None  # inside something that is not an open paragraph
        block = self.lines[i : last + 1]
        if any(_hard_break(b) or match_label(b.text) for b in block[1:]):
            return None
        if self._block_ends_early(block):
            return None
        words = [w for b in block[-2:] for w, _ in b.words]
        if credit_start(words, False) is None:
            return None
        if len(block) > 1 and block[-1].gap_before >= 1 and in_capitals(block[-1].text):
            return None  # a line in capitals set apart by a blank line is a heading, not the credit above it
        nxt = self.lines[last + 1] if last + 1 < len(self.lines) else None
        closed = nxt is None or self._closes_caption(last)
        if not (closed or starts_lowercase(nxt.text)):  # type: ignore[union-attr]
            return None
        # Longer blocks must stand in a column of their own, or they may be body.
        short = len(block) <= 2 and closed
        return last if short or self._own_column(block) else None

    def _block_ends_early(self, block: list[Line]) -> bool:
        """A line before the last ends a paragraph: the caption starts later."""
        widest = max(b.length for b in block)
        return any(
            self._no_soft_wrap(b) or (ends_sentence(b.text) and b.length <= SHORT_LINE * widest)
            for b in block[:-1]
        )

    def _own_column(self, block: list[Line]) -> bool:
        """Every line before the last is visibly wider, or narrower, than the body."""
        if len(block) == 1:
            return True
        lengths = [b.length for b in block[:-1]]
        width = self.forms.typical_width[block[0].index]
        return min(lengths) > CAPTION_WIDER * width or max(lengths) < CAPTION_NARROWER * width

    def _close_caption(self) -> None:
        cap = self._cap
        if cap is not None and not cap.complete and not ends_sentence(cap.last.text):
            self._unfinished.append(cap)
        self._cap = None

    def _caption_takes(self, i: int) -> bool:
        """Add line ``i`` to the open caption if it continues it."""
        cap = self._cap
        if cap is None:
            return False
        if cap.complete or not self._continues_caption(cap, self.lines[i]):
            self._close_caption()
            return False
        cap.lines.append(self.lines[i])
        self._check_caption(cap, i)
        return True

    def _body_line(self, i: int) -> None:
        line = self.lines[i]
        para = self._para
        lowercase = starts_lowercase(line.text)
        if para is not None and lowercase and self._ended(para.last, line) and self._unfinished:
            self._para = None
            self._resume(i)
        elif para is not None and not self._breaks(para.last, i):
            para.lines.append(line)
        elif para is None and lowercase and self._unfinished:
            self._resume(i)
        else:
            self._para = Fragment("paragraph", [line])
            self.entries.append(self._para)
        if self._para is not None and self._para.last is line:
            self.body_lengths.setdefault(self.section, []).append(line.length)

    def _resume(self, i: int) -> None:
        """Continue the most recent unfinished fragment with line ``i``."""
        frag = self._unfinished.pop()
        frag.lines.append(self.lines[i])
        if frag.kind == "caption":
            self._cap = frag
            self._check_caption(frag, i)
        else:
            self._para = frag

    # ------------------------------------------------------------ captions

    def _check_caption(self, cap: Fragment, i: int) -> None:
        """Mark the caption complete when its last line ends it (credit, short end)."""
        line = cap.last
        words = self._tail_words(cap)
        if not words:
            return
        closes = self._closes_caption(i)
        start = credit_start([w for w, _, _ in words], closes)
        if start is not None:
            _, line_index, word_index = words[start]
            cap.credit = (line_index, word_index)
            cap.complete = True
        elif ends_sentence(line.text) and (
            line.length <= SHORT_LINE * self._caption_width(cap)
            or self._no_soft_wrap(line)
            or closes
        ):
            cap.complete = True

    def _tail_words(self, cap: Fragment) -> list[tuple[str, int, int]]:
        """(word, line index, word index) of the caption's last two lines.

        Two lines, because a credit may wrap: "... 1907. Railway / Heritage Trust".
        """
        words: list[tuple[str, int, int]] = []
        for n in range(max(0, len(cap.lines) - 2), len(cap.lines)):
            skip = cap.label_words if n == 0 else 0
            line_words = cap.lines[n].words
            words.extend((w, n, k) for k, (w, _) in enumerate(line_words) if k >= skip)
        return words

    def _closes_caption(self, i: int) -> bool:
        """The line after ``i`` certainly does not continue a caption."""
        if i + 1 >= len(self.lines):
            return True
        nxt = self.lines[i + 1]
        return (
            nxt.separator_before
            or nxt.page_start
            or nxt.gap_before >= 2
            or (nxt.spacing == "blank" and nxt.gap_before > 0)
            or match_label(nxt.text) is not None
            or self._heading_at(i + 1) is not None
        )

    def _continues_caption(self, cap: Fragment, line: Line) -> bool:
        if line.separator_before or line.gap_before >= 2:
            return False
        if line.spacing == "blank":
            return line.gap_before == 0
        if not ends_sentence(cap.last.text):
            return True
        if starts_lowercase(line.text):
            return True
        return not line.page_start and line.length <= CAPTION_WIDER * self._caption_width(cap)

    def _caption_width(self, cap: Fragment) -> float:
        return float(max(line.length for line in cap.lines))

    def _standalone_credit(self, i: int) -> bool:
        """A credit on its own line right after a complete caption."""
        cap = self._cap
        line = self.lines[i]
        if cap is None or not cap.complete or cap.credit is not None or line.separator_before:
            return False
        words = [w for w, _ in line.words]
        if not is_credit(words, closes_caption=False) or credit_start(words, False, True) != 0:
            return False
        cap.lines.append(line)
        cap.credit = (len(cap.lines) - 1, 0)
        return True

    # ------------------------------------------------------------ body

    def _width(self) -> float:
        return self.widths.get(self.section, self.doc_width)

    def _no_soft_wrap(self, line: Line) -> bool:
        """A line without the trailing space that soft-wrapped lines keep."""
        return self.ls.trailing_convention and not line.trailing_space

    def _ended(self, prev: Line, line: Line) -> bool:
        """The paragraph ending with ``prev`` is certainly finished."""
        if not ends_sentence(prev.text):
            # "World War I." is an initial by form; a hard line end settles it.
            return ends_sentence(prev.text, lenient=True) and self._no_soft_wrap(prev)
        if line.spacing == "blank" and line.gap_before > 0:
            return True
        return prev.length <= SHORT_LINE * self._width() or self._no_soft_wrap(prev)

    def _breaks(self, prev: Line, i: int) -> bool:
        """A new paragraph starts at line ``i`` after ``prev``."""
        line = self.lines[i]
        spacing = line.spacing
        if _BULLET.match(line.text):
            return True
        if prev.index < i - 1 or line.page_start:
            return self._breaks_after_interruption(prev, line)
        if line.separator_before:
            return True
        if spacing == "blank":
            return line.gap_before > 0
        if line.gap_before >= (2 if spacing == "double" else 1):
            return True
        if starts_lowercase(line.text):
            return False
        if self._ended(prev, line):
            return True
        if not ends_sentence(prev.text):
            return False
        if spacing == "unspaced" and line.indent >= 2 and line.indent > prev.indent:
            return True
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if nxt is None or nxt.separator_before or nxt.page_start or match_label(nxt.text):
            return False
        return line.length + 1 + len(first_word(nxt.text)) <= INDENT_SLACK * self._width()

    def _breaks_after_interruption(self, prev: Line, line: Line) -> bool:
        """A new paragraph at ``line`` after a caption or page break cut in after ``prev``.

        A sentence left open must continue, whatever the case of the next word;
        otherwise the paragraph ended only if its last line did (short, or a
        hard line end) or the continuation is visibly indented.
        """
        if not ends_sentence(prev.text, lenient=True) or starts_lowercase(line.text):
            return False
        if self._ended(prev, line):
            return True
        return line.spacing == "unspaced" and line.indent >= 2 and line.indent > prev.indent

    # ------------------------------------------------------------ headings

    def _heading_at(self, i: int) -> Heading | None:
        line = self.lines[i]
        if self._stands_apart(i):
            underlined = underlined_heading(self.lines, i)
            if underlined is not None:
                return underlined
        if i not in self.forms.heading_starts or not self._stands_apart(i):
            return None
        first = line.words[0][0]
        numbered = _NUMBERED.match(first)
        if numbered and len(line.words) > 1:
            lines = self._title_lines(i, skip=1)
            if lines:
                return Heading(numbered.group(1), lines, 1)
        letter = _LETTER.match(line.text)
        if letter and i + 1 < len(self.lines):
            lines = self._title_lines(i + 1, skip=0)
            if lines and not self.lines[i + 1].gap_before > 1:
                return Heading(letter.group(1), lines, 0)
        if line.spacing == "blank":
            return self._generic_heading(i)
        return self._isolated_heading(i)

    def _stands_apart(self, i: int) -> bool:
        line = self.lines[i]
        if i == 0 or line.gap_before or line.page_start or line.separator_before:
            return True
        return ends_sentence(self.lines[i - 1].text)

    def _title_lines(self, first: int, skip: int) -> list[Line]:
        """The lines of a title starting at ``first``: short, title-case, not sentences.

        Title lines run until the body starts. A line ending in a function word
        or a comma, or followed by a lowercase line, must continue; a line ending
        in a year, or lacking the trailing space soft-wrapped lines keep, ends it.
        """
        head = self.lines[first]
        head_text = " ".join(w for w, _ in head.words[skip:])
        if match_label(head.text) or not is_title_like(_strip_title_punct(head_text)):
            return []
        lines = [head]
        single = first + 1 < len(self.lines) and self.lines[first + 1].gap_before == 0
        j = first + 1
        while j < len(self.lines) and len(lines) < TITLE_MAX_LINES:
            line = self.lines[j]
            if line.separator_before or line.page_start or match_label(line.text):
                break
            if line.gap_before and (single or line.spacing != "double"):
                break
            prev = lines[-1]
            forced = _title_continues(prev.text) or starts_lowercase(line.text)
            if not forced and self._title_ended(prev):
                break
            limit = (0.8 if not line.gap_before else 0.6) * self.doc_width
            if line.length > limit or ends_sentence(line.text):
                break
            if not forced and not is_title_like(_strip_title_punct(line.text)):
                break
            lines.append(line)
            j += 1
        title = " ".join(line.text for line in lines)
        if len(title) > 160 or ends_sentence(title):
            return []
        return lines

    def _title_ended(self, line: Line) -> bool:
        """The title block ends with ``line`` (a year, or a hard line end)."""
        return bool(ENDS_WITH_YEAR.search(line.text)) or self._no_soft_wrap(line)

    def _isolated_heading(self, i: int) -> Heading | None:
        """A short title-case heading without number or letter between body paragraphs.

        For double-spaced and unspaced text: the line before (if any) ends a sentence (or
        a caption), the title block is short, without closing punctuation, ends
        on a hard line end where soft-wrapped lines keep a trailing space, and
        the body that follows starts with a capital on a full-width line.
        """
        cap = self._cap
        if cap is not None and not cap.complete:
            return None
        line = self.lines[i]
        if len(line.words) > 8 or line.length > HEADING_MAX_WIDTH * self._width():
            return None
        prev = self.lines[i - 1] if i else None  # the text's first line has nothing before it to end
        after_caption = cap is not None and cap.last is prev
        if prev is not None and not (after_caption or ends_sentence(prev.text, lenient=True)):
            return None
        if not _heading_like(line.text) or (after_caption and is_credit(line.text.split(), False)):
            return None
        if _may_end_credit(line) or _inner_sentence_end(line.text):
            return None  # "Weavers at the gate, 1911. AP": a caption, not a title
        lines = self._title_lines(i, skip=0)
        if not lines or len(lines) > 3:
            return None
        end = lines[-1]
        if self.ls.trailing_convention and end.spacing != "double" and end.trailing_space:
            return None
        nxt = self.lines[end.index + 1] if end.index + 1 < len(self.lines) else None
        if nxt is None or match_label(nxt.text) or not starts_uppercase(nxt.text):
            return None
        if nxt.length < HEADING_MAX_WIDTH * self._width() and not ends_sentence(nxt.text):
            return None
        return Heading(None, lines, 0)

    def _generic_heading(self, i: int) -> Heading | None:
        """A lone short title-case line in a blank-separated text, followed by prose."""
        line = self.lines[i]
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if nxt is None or not (i == 0 or line.gap_before or line.separator_before):
            return None
        if not nxt.gap_before and not _heads_own_block(line, nxt):
            return None
        if len(line.words) > 10 or line.length > 80 or not _heading_like(line.text):
            return None
        if (is_title_like(nxt.text) and nxt.length <= line.length * 1.5 and not _labelled_title(nxt.text)
                and not (i == 0 and self._heads_prose(i + 1))):
            return None  # (a title over a labelled heading, "Panel 1: The Boats", is a heading of its own;
            # so is the text's first line over a heading of prose, "Introduction": the document's title)
        label = _GENERIC_LABEL.match(line.words[0][0])
        if label and len(line.words) > 1:
            return Heading(label.group(1), [line], 1)
        lead = LABEL_LEAD.match(line.text) if _labelled_title(line.text) else None
        if lead is not None:  # "Panel 1: The Boats": the label, then the title
            return Heading(lead_label(lead), [line], len(lead.group(0).split()))
        return Heading(None, [line], 0)

    def _heads_prose(self, j: int) -> bool:
        """Line ``j`` is a lone line set apart, the line after it set apart too and prose
        (a sentence, or longer than the heading line): a heading over its body."""
        if j + 1 >= len(self.lines):
            return False
        line, body = self.lines[j], self.lines[j + 1]
        return (bool(body.gap_before) or _heads_own_block(line, body)) and not is_title_like(body.text) and (
            ends_sentence(body.text) or body.length > 1.5 * line.length)


def _heads_own_block(line: Line, nxt: Line) -> bool:
    """``line`` opens a blank-separated block and heads the prose under it, with no blank line
    between: far shorter than the next line (a wrapped paragraph's first line is full), not
    left open (a function word, comma or hyphen at its end, a sentence end), and the next
    line a capitalised line of prose, not a label or another title line."""
    if line.length > BLOCK_HEAD_SHARE * nxt.length or len(nxt.words) < 8:
        return False
    if _title_continues(line.text) or ends_sentence(line.text, lenient=True) or line.text.rstrip().endswith(":"):
        return False
    from vitrina.structure.fieldlists import is_field_line  # fieldlists reads this module's entries

    if is_field_line(line.text) or is_field_line(nxt.text):
        return False  # "Accession number: …" over "Object name: …": a record's fields, read by fieldlists
    return starts_uppercase(nxt.text) and not match_label(nxt.text) and not is_title_like(nxt.text)


def _labelled_title(text: str) -> bool:
    """A heading line opening on a unit's label before a short title ("Panel 1: The
    Boats", "Room 3 · The Mill", "B. Fog Signals"): the lead is a label and the rest reads
    as a title."""
    lead = LABEL_LEAD.match(text)
    return lead is not None and is_title_like(_strip_title_punct(text[lead.end():]))


def underlined_heading(lines: list[Line], i: int) -> Heading | None:
    """A heading a typist marked by a rule right under it ("Tide Mills" / "~~~~~~"): the
    lines from ``i`` down to the first underlined one, set close together, short and
    ending no sentence; a panel label alone on the first of them ("CASE 2") is its label."""
    end = i
    while not lines[end].underlined:
        end += 1
        if end >= len(lines) or end - i >= UNDERLINED_TITLE_LINES or lines[end].gap_before or lines[end].page_start:
            return None
    block = lines[i : end + 1]
    label = alone_label(block[0].text) if len(block) > 1 and LABEL_ALONE.match(block[0].text) else None
    title = block[1:] if label is not None else block
    if not underlinable_title(" ".join(line.text for line in title)):
        return None
    return Heading(label, title, 0)


def underlinable_title(text: str) -> bool:
    """``text`` may be a title a typist underlined: short, ending no sentence, no label."""
    return len(text.split()) <= UNDERLINED_TITLE_WORDS and not ends_sentence(text) and not match_label(text)


def _may_end_credit(line: Line) -> bool:
    """A cheap filter: the line ends in a run with an institution word or an acronym."""
    text = line.text
    last = text[text.rfind(" ") + 1 :].rstrip(")")
    if not last or not (last[0].isupper() or last[0].isdigit()) or last[-1] in ",;:":
        return False
    tail = _SENTENCE_BREAK.split(text)[-1].split()
    return is_acronym(last) or any(w.strip("(),.").lower() in CREDIT_KEYWORDS for w in tail)


def _inner_sentence_end(text: str) -> bool:
    """A sentence ends inside ``text`` (not after an initial or abbreviation)."""
    return any(ends_sentence(text[: m.start() + 1]) for m in _SENTENCE_BREAK.finditer(text))


def _hard_break(line: Line) -> bool:
    """Something certainly ends before ``line``: a separator, page or wide gap."""
    return line.separator_before or line.page_start or line.gap_before >= 2


def _title_continues(text: str) -> bool:
    """A title line that cannot end the title: a trailing function word or comma."""
    stripped = text.rstrip()
    if stripped.endswith((",", "–", "—", "&", *LINE_HYPHENS)):
        return True
    last = stripped.rsplit(maxsplit=1)[-1] if stripped else ""
    return last.lower() in FUNCTION_WORDS


def _strip_title_punct(text: str) -> str:
    return text.rstrip().rstrip(",;")


def _heading_like(text: str) -> bool:
    """Title case, or a short capitalised phrase without closing punctuation."""
    words = text.split()
    short_phrase = len(words) <= 6 and text[:1].isupper() and text[-1].isalnum()
    if not (short_phrase or is_title_like(text)):
        return False
    alpha = sum(1 for w in words if any(c.isalpha() for c in w))
    # a date line or a list item is not a heading
    return alpha > len(words) - alpha and not _BULLET.match(text)


def section_widths(layout: Layout) -> dict[int, float]:
    """The body column width of each section, from the lines laid out as body."""
    widths: dict[int, float] = {}
    for section, lengths in layout.body_lengths.items():
        if len(lengths) >= 5:
            widths[section] = _percentile(lengths, 0.95)
    return widths


class LineForms:
    """What each line may be by its form alone, computed once for both passes."""

    def __init__(self, lineset: LineSet):
        lines = lineset.lines
        self.heading_starts = frozenset(line.index for line in lines if _may_head(line))
        # next_credit[i]: the first line at or after i that may end a credit
        self.next_credit = [len(lines) + UNLABELLED_MAX_LINES] * (len(lines) + 1)
        for line in reversed(lines):
            i = line.index
            self.next_credit[i] = i if _may_end_credit(line) else self.next_credit[i + 1]
        self.typical_width = _typical_widths(lines)


def _typical_widths(lines: list[Line]) -> list[float]:
    """Per line, the usual length of a full line on its page.

    The median of the longer lines: body text outnumbers captions, so this is
    the body column even where wide captions fill the top decile.
    """
    overall = _full_line_median(lines)
    widths: list[float] = []
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and not lines[end].page_start:
            continue
        region = lines[start:end]
        width = _full_line_median(region) if len(region) >= 8 else overall
        widths.extend([width or overall] * len(region))
        start = end
    return widths


def _full_line_median(lines: list[Line]) -> float:
    return full_line_measure([line.length for line in lines])


def full_line_measure(lengths: list[int]) -> float:
    """The usual length of a full line among lines of these lengths (characters): the median of
    the longer ones (at least 0.6 of the 90th percentile's)."""
    longest = _percentile(lengths, 0.9)
    return _percentile([n for n in lengths if n >= 0.6 * longest], 0.5)


def _may_head(line: Line) -> bool:
    """The line may open a heading: a number, a lone letter, or a short title."""
    text = line.text
    if _LETTER.match(text):
        return True
    first, _, rest = text.partition(" ")
    if rest and _NUMBERED.match(first):
        return True
    if not (text[:1] and upper_or_caseless(text[0]) or text[:1].isdigit()):
        return False  # an unnumbered heading opens with a capital (or a letter of a caseless script)
    return line.length <= 80 and text.count(" ") < 10 and _heading_like(text)


def lay_out(lineset: LineSet) -> list[Entry]:
    """Two passes: the first measures column widths, the second uses them."""
    forms = LineForms(lineset)
    first = Layout(lineset, forms=forms)
    return Layout(lineset, section_widths(first), forms).entries


def _percentile(values: list[int], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, int(q * len(ordered)))])


# round 45 (structset53): a caption's bracketed key opening its entry in a key list ("(b) A seal …"), a line of
# such keys alone (the plate's key under its pictures: "(a) (b) (c)"), and a key's place in its series
BRACKET_KEY = re.compile(r"^\((\d{1,2}|[a-z]|[A-Z])\)\s+(?=\S)")
KEYS_ALONE = re.compile(r"^\((?:\d{1,2}|[a-zA-Z])\)(?:\s+\((?:\d{1,2}|[a-zA-Z])\))+$")


def key_rank(key: str) -> int:
    """A bracketed key's place in its series: (a) or (A) 1, (b) 2 …; (1) 1 …; 0 for none."""
    if not key:
        return 0
    return int(key) if key.isdigit() else ord(key.upper()) - ord("A") + 1


def keyed_captions_cited(entries: list[Entry], keys: dict[int, str]) -> list[Entry]:
    """Each caption of a key (``pagelayout._letter_keys``, ``plainlayout._letter_key_captions``; ``keys``: id of its first line: its key) at the
    end of the section whose text cites its key in brackets ("… could be cleaned (a).") -- the
    first such section; one no section cites stays where it is printed."""
    def cites(entry: Entry, key: str) -> bool:
        return isinstance(entry, Fragment) and entry.kind == "paragraph" and any(
            f"({key})" in line.text for line in entry.lines)

    cited = {key for key in set(keys.values()) if any(cites(e, key) for e in entries)}

    def moves(entry: Entry) -> bool:
        return isinstance(entry, Fragment) and entry.kind == "caption" and keys.get(id(entry.lines[0])) in cited

    out: list[Entry] = []
    moved: list[Fragment] = []
    for entry in entries:  # (a caption may wait in the paragraph it was printed beside)
        if isinstance(entry, Fragment) and any(moves(d) for d in entry.deferred):
            moved += [d for d in entry.deferred if moves(d)]
            entry.deferred = [d for d in entry.deferred if not moves(d)]
        if moves(entry):
            moved.append(entry)  # type: ignore[arg-type]
        else:
            out.append(entry)
    for caption in moved:
        at = next(n for n, e in enumerate(out) if cites(e, keys[id(caption.lines[0])]))
        out.insert(next((n for n in range(at + 1, len(out)) if isinstance(out[n], Heading)), len(out)), caption)
    return out
