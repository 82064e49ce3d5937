"""Columns written row by row in raw text: the lines of two columns taken in turn.

Some producers draw a two-column page one row at a time, so text extracted in
content order (``pdftotext -raw``) takes a line of the left column, then one of
the right, and every paragraph is shredded. Plain text has no positions; what
shows the weave is that consecutive lines do not continue each other while each
line continues the one after next: a word broken at a line end ("quar-") is
completed two lines on ("ter of"), not on the next line ("Photo: …"); a clause
left open on a function word ("… in 1868. The") resumes two lines on in lower
case while the next line opens in capitals. Where a page holds enough such
points (``RAWCOLUMN_LIMITS``), its lines from the first one on are dealt to two
streams, each line to the stream whose last line it continues, and the streams
are read one after the other: the left column, then the right.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from vitrina.structure.cues import (
    FUNCTION_WORDS,
    ends_sentence,
    rule_line,
    starts_lowercase,
    starts_uppercase,
)
from vitrina.structure.hyphens import english_lexicon
from vitrina.structure.lines import Line

# Every weight and threshold of the de-interleaving (bench: layoutsets.py --formats text,
# chosen leave one set out over every set; see docs/structure.md, round 35).
RAWCOLUMN_LIMITS = {
    # how much better (in continuation score) a page must read as two streams than as
    # one, in all and per line, before it is read as two columns written row by row (0: never)
    "least_gain": 6.0,
    "least_gain_per_line": 0.15,
    # the cost of opening the second stream, and the bonus of each change of stream (the
    # rows take the columns in turn)
    "open_cost": 5.0,
    "switch_bonus": 0.1,
    # lines back to the other stream's last line within which a line may still go to it
    # (rows taken in turn lie close; the programme stays linear in the page's lines)
    "reach": 12,
    # lines of a page beyond which it is no page of a PDF's extraction (text with no form
    # feeds is one page) and is read as it stands
    "most_lines": 400,
    # the share of a page's lines that must skip the next line to go on in the one after
    # before the programme is run (a cheap gate: pages of one column fall short)
    "least_skip_share": 0.1,
    # continuation scores: a word broken at the line end completed by the next line's
    # first word / not completed (the next line opens in capitals or with no letter)
    "hyphen_joined": 2.0,
    "hyphen_not_joined": -2.0,
    # ... a part of a word that is none by itself met by a lower-case word it does not complete
    "hyphen_part_left": -1.0,
    # a clause left open (no stop at the line end) resumed in lower case / met by capitals,
    # the more so after a function word ("… of the" / "Photo: …")
    "open_resumed": 1.0,
    "open_met_by_capital": -0.5,
    "function_word_met_by_capital": -1.5,
    # a sentence closed, the next line going on in lower case
    "closed_then_lowercase": -1.0,
    # two columns on one line (``rows_parted``): a page is parted when at least this many of
    # its lines hold a word broken inside the line and completed by the next line's first word
    # (0: never) ...
    "least_inner_breaks": 3,
    # ... the left column's measure taken as the longest left part those breaks show, plus this
    # many characters
    "measure_slack": 0,
    # a left part ending no sentence, the next left part's first word fitting after it within
    # the measure: the breaker would have set it there
    "word_would_fit": -2.0,
    # ... less this many characters on a line opening in capitals (a paragraph's indent, lost)
    "indent_room": 4,
    # a typed rule under a line of its column, as long as that line (the underlined heading)
    "rule_matched": 2.0,
}

_BROKEN_WORD = re.compile(r"([^\W\d_]{2,})-$")
_FIRST_WORD = re.compile(r"^[^\W\d_]+")
_LAST_WORD = re.compile(r"([^\W\d_]+)[,;]?$")
_INNER_CAPITAL = re.compile(r"(?<=[a-z] )([A-Z][a-z]+)")


def continuation(before: str, after: str, names: frozenset[str] = frozenset()) -> float:
    """How well the line ``after`` continues the line ``before``: above 0 it reads on,
    below 0 it does not, 0 where the line ends give no sign. A line opening on one of
    ``names`` (words the text capitalises inside sentences) gives no sign by its capital."""
    limits = RAWCOLUMN_LIMITS
    before, after = before.rstrip(), after.lstrip()
    if not before or not after:
        return 0.0
    broken = _BROKEN_WORD.search(before)
    if broken:
        head = _FIRST_WORD.match(after)
        if head is None or not starts_lowercase(after):
            return limits["hyphen_not_joined"]
        lexicon = english_lexicon()
        if (broken.group(1) + head.group(0)).lower() in lexicon:
            return limits["hyphen_joined"]
        # a part that is no word ("trav-") left uncompleted; a word may head a compound
        return 0.0 if broken.group(1).lower() in lexicon else limits["hyphen_part_left"]
    if ends_sentence(before) or before[-1] in ":;!?.\"”’)]":
        return limits["closed_then_lowercase"] if starts_lowercase(after) else 0.0
    if starts_lowercase(after):
        return limits["open_resumed"]
    if starts_uppercase(after):
        first = _FIRST_WORD.match(after)
        if first and first.group(0) in names:
            return 0.0
        last = _LAST_WORD.search(before)
        if last and before[-1].isalpha() and last.group(1).lower() in FUNCTION_WORDS:
            return limits["function_word_met_by_capital"]
        return limits["open_met_by_capital"]
    return 0.0


def inner_names(texts: list[str]) -> frozenset[str]:
    """Words the text capitalises after a word in lower case: names, whose capital
    says nothing of a line opening a sentence ("… beside the" / "Harbour Street")."""
    return frozenset(m.group(1) for text in texts for m in _INNER_CAPITAL.finditer(text))


Link = Callable[[int, int], float]
_State = tuple[int, int]  # (the stream of a line, the other stream's last line, or -1 / -2)
_States = dict[_State, tuple[float, _State | None]]  # … its best score and the state before


def links(texts: list[str]) -> Link:
    """``continuation`` between lines of ``texts`` by their places, remembered."""
    names = inner_names(texts)
    seen: dict[tuple[int, int], float] = {}

    def link(i: int, j: int) -> float:
        if (i, j) not in seen:
            seen[i, j] = continuation(texts[i], texts[j], names)
        return seen[i, j]

    return link


def single_score(texts: list[str], link: Link) -> float:
    """The continuation score of ``texts`` read as one run of lines."""
    return sum(link(j, j + 1) for j in range(len(texts) - 1))


def streams_score(streams: list[int], link: Link) -> float:
    """The continuation score of ``texts`` dealt to ``streams``: each line's link to the
    line before it in its stream, less ``open_cost`` for a second stream (no bonus)."""
    last: dict[int, int] = {}
    score = 0.0
    for j, stream in enumerate(streams):
        if stream in last:
            score += link(last[stream], j)
        elif last:
            score -= RAWCOLUMN_LIMITS["open_cost"]
        last[stream] = j
    return score


def two_streams(texts: list[str], link: Link) -> tuple[float, list[int]]:
    """The best reading of ``texts`` as two streams taken in turn: its score (the links
    of each stream, less ``open_cost`` for opening the second, plus ``switch_bonus`` each
    time the rows change stream) and each line's stream (0 from the first line, 1 after).
    A dynamic programme over (the stream of the line, the other stream's last line, kept
    only within ``reach`` lines)."""
    limits = RAWCOLUMN_LIMITS
    # state: (stream of line j, the other stream's last line, -1 before it opens, -2 once
    # closed) -> (score, back state)
    states: _States = {(0, -1): (0.0, None)}
    history = [states]
    for j in range(1, len(texts)):
        step: _States = {}
        for (stream, other), (score, _) in states.items():
            # the other stream closes when its last line is out of reach (-2: no switch after)
            reachable = other >= 0 and j - other <= limits["reach"]
            kept = other if other == -1 or reachable else -2
            _offer(step, (stream, kept), score + link(j - 1, j), (stream, other))
            if reachable:
                switched = link(other, j) + limits["switch_bonus"]
                _offer(step, (1 - stream, j - 1), score + switched, (stream, other))
            elif other == -1:
                _offer(step, (1, j - 1), score - limits["open_cost"], (stream, other))
        states = step
        history.append(states)
    state = max(states, key=lambda key: states[key][0])
    best = states[state][0]
    streams = [0] * len(texts)
    for j in range(len(texts) - 1, -1, -1):
        streams[j] = state[0]
        back = history[j][state][1]
        if back is None:
            break
        state = back
    return best, streams


def _skips(count: int, link: Link) -> int:
    """Lines that do not go on in the next line (a link below 0) but in the one after."""
    return sum(1 for k in range(count - 2) if link(k, k + 1) < 0 < link(k, k + 2))


def _offer(step: _States, state: _State, score: float, back: _State) -> None:
    """Keep ``score`` (reached from ``back``) for ``state`` if it beats the best so far."""
    if state not in step or score > step[state][0]:
        step[state] = (score, back)


def unwoven_order(texts: list[str]) -> list[int] | None:
    """The reading order of a page's lines written row by row over two columns, the
    first column whole, then the second; None where two streams do not read at least
    ``least_gain`` (and ``least_gain_per_line`` a line) better than one, or the page is
    longer than ``most_lines``."""
    limits = RAWCOLUMN_LIMITS
    if not 4 <= len(texts) <= limits["most_lines"] or not limits["least_gain"]:
        return None
    link = links(texts)
    if _skips(len(texts), link) < limits["least_skip_share"] * len(texts):
        return None  # too few signs to be worth the programme
    _, streams = two_streams(texts, link)
    gain = streams_score(streams, link) - single_score(texts, link)
    if gain < limits["least_gain"] or gain < limits["least_gain_per_line"] * len(texts):
        return None
    return [j for j in range(len(texts)) if streams[j] == 0] + [j for j in range(len(texts)) if streams[j] == 1]


def _pages(lines: list[Line]) -> list[list[Line]]:
    """``lines`` cut into pages (a line that starts a page opens the next)."""
    pages: list[list[Line]] = []
    for line in lines:
        if not pages or line.page_start:
            pages.append([])
        pages[-1].append(line)
    return pages


def columns_unwoven(lines: list[Line]) -> list[Line]:
    """``lines`` with each page written row by row over two columns read column by
    column (``unwoven_order``); the lines renumbered."""
    out: list[Line] = []
    changed = False
    for page in _pages(lines):
        order = unwoven_order([line.text for line in page])
        if order is None:
            out += page
            continue
        changed |= order != list(range(len(page)))
        out += [page[k] for k in order]
    if not changed:
        return lines
    for index, line in enumerate(out):
        line.index = index
    return out


# ------------------------------------------------------------ two columns on one line

_INNER_BREAK = re.compile(r"(?<=[^\W\d_]{2})-(?= \S)")
_TYPED_CALL = re.compile(r"\(\d{1,2}\)$")  # a note's number typed in brackets after a sentence: "hand.(1)"
_Part = tuple[str, str]  # a line's left column part and right column part ("" for none)


def _inner_break(text: str, after: str) -> int | None:
    """Where ``text`` parts when it holds a word broken inside it ("… civil ser- Under the …")
    completed by the first word of the next line ``after`` ("vant …": an English word): the
    offset after the hyphen; None when it holds none."""
    head = _FIRST_WORD.match(after)
    if head is None or not starts_lowercase(after):
        return None
    lexicon = english_lexicon()
    for m in _INNER_BREAK.finditer(text):
        word = _LAST_WORD.search(text[: m.start()])
        if word is not None and (word.group(1) + head.group(0)).lower() in lexicon:
            return m.end()
    return None


def _parts(text: str, measure: int, anchored: int | None) -> list[_Part]:
    """The ways ``text`` may be parted into a left part and a right part each at most
    ``measure`` long: at a word space, or whole in either column; only at ``anchored`` when
    given (a line longer than two measures stays whole, on the right)."""
    if anchored is not None:
        return [(text[:anchored], text[anchored:].strip())]
    found: list[_Part] = [("", text), (text, "")] if len(text) <= measure else []
    for m in re.finditer(" ", text):
        if m.start() <= measure and len(text) - m.end() <= measure:
            found.append((text[: m.start()], text[m.end() :]))
    return found or [("", text)]


def _row_link(before: _Part, after: _Part, measure: int, names: frozenset[str]) -> float:
    """How well the row ``after`` goes on from the row ``before``, column by column (a
    column left blank in the row before is a blank line: a part in lower case after it goes
    on no paragraph), less ``word_would_fit`` where a
    column's next word would have fitted on its line before (the columns share a measure)."""
    score = 0.0
    for a, b in zip(before, after, strict=True):
        if a and b and not rule_line(a):  # (a typed rule says nothing of what follows it)
            score += continuation(a, b, names)
        elif b and not a and starts_lowercase(b):  # a column's blank row parts its paragraphs
            score += RAWCOLUMN_LIMITS["closed_then_lowercase"]
    limits = RAWCOLUMN_LIMITS
    for line, nxt in zip(before, after, strict=True):
        if not (line and nxt):
            continue
        if rule_line(nxt) and not rule_line(line):  # a typed rule as long as the line it underlines
            score += limits["rule_matched"] if len(nxt) == len(line) else 0.0
        elif not ends_sentence(_TYPED_CALL.sub("", line)) and not line.endswith(("-", ":")) and not rule_line(line):
            # (a line opening in capitals may open a paragraph, set in by an indent the text lost)
            room = measure - (limits["indent_room"] if starts_uppercase(line) else 0)
            if len(line) + 1 + len(nxt.split(" ", 1)[0]) <= room:
                score += limits["word_would_fit"]
    return score


def parted_rows(texts: list[str]) -> list[_Part] | None:
    """Each line of a page holding two columns side by side on one line (a typed sheet
    drawn row by row, extracted with one space between the columns' lines) parted into its
    left and right parts; None when the page shows fewer than ``least_inner_breaks`` words
    broken inside a line and completed by the next line's first word. The columns' measure
    is read from those lines (the longer of their two parts); every other line is parted at the word space (or left
    whole in one column) that reads best with its neighbours: a dynamic programme over the
    rows, each column's lines linked by ``continuation``."""
    limits = RAWCOLUMN_LIMITS
    if not limits["least_inner_breaks"] or not 4 <= len(texts) <= limits["most_lines"]:
        return None
    anchors = [_inner_break(texts[k], texts[k + 1]) if k + 1 < len(texts) else None for k in range(len(texts))]
    found = [(k, at) for k, at in enumerate(anchors) if at is not None]
    if len(found) < limits["least_inner_breaks"]:
        return None
    measure = max(max(len(texts[k][:at]), len(texts[k][at:].strip())) for k, at in found) + int(limits["measure_slack"])
    names = inner_names(texts)
    options = [_parts(text, measure, anchors[k]) for k, text in enumerate(texts)]
    best: list[list[tuple[float, int]]] = [[(0.0, -1) for _ in options[0]]]
    for k in range(1, len(texts)):
        row = []
        for part in options[k]:
            row.append(max((best[k - 1][n][0] + _row_link(before, part, measure, names), n)
                           for n, before in enumerate(options[k - 1])))
        best.append(row)
    pick = max(range(len(options[-1])), key=lambda n: best[-1][n][0])
    chosen: list[_Part] = []
    for k in range(len(texts) - 1, -1, -1):
        chosen.append(options[k][pick])
        pick = best[k][pick][1]
    return chosen[::-1]


def rows_parted(lines: list[Line]) -> list[Line]:
    """``lines`` with each page holding two columns on one line (``parted_rows``) read
    column by column: every line's left part, then every right part, each a line of its
    own at its place in the source; a typed rule parted out of a line underlines the line
    over it in its column. The lines renumbered."""
    out: list[Line] = []
    changed = False
    for page in _pages(lines):
        parts = parted_rows([line.text for line in page])
        if parts is None:
            out += page
            continue
        changed = True
        columns: list[list[Line]] = [[], []]
        for line, pair in zip(page, parts, strict=True):
            for side, text in enumerate(pair):
                if not text:
                    continue
                if rule_line(text):
                    if columns[side]:
                        columns[side][-1].underlined = True
                    continue
                columns[side].append(_part_line(line, text, side))
        kept = columns[0] + columns[1]
        if kept:
            kept[0].page_start = page[0].page_start
        out += kept
    if not changed:
        return lines
    for index, line in enumerate(out):
        line.index = index
    return out


def _part_line(line: Line, text: str, side: int) -> Line:
    """The part of ``line`` holding ``text`` (its left part, or its right) as a line of its own."""
    at = line.raw.find(text.split(" ", 1)[0]) if side == 0 else _right_start(line.raw, text)
    raw = line.raw[at:] if side else line.raw[: at + _raw_length(line.raw[at:], text)]
    part = Line(line.index, line.lineno, line.start + at, raw, line.gap_before if side == 0 else 0,
                line.separator_before if side == 0 else False)
    part.page, part.spacing = line.page, line.spacing
    return part


def _right_start(raw: str, text: str) -> int:
    """Where the right part ``text`` starts in ``raw`` (its words from the line's end)."""
    count = len(text.split())
    starts = [m.start() for m in re.finditer(r"\S+", raw)]
    return starts[len(starts) - count]


def _raw_length(raw: str, text: str) -> int:
    """The length in ``raw`` (spaces as set) of its first words making ``text``."""
    ends = [m.end() for m in re.finditer(r"\S+", raw)]
    return ends[len(text.split()) - 1]
