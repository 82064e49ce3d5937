"""Full-text search over sentences: safe query parsing, filters, escaped snippets.

User text never reaches FTS5 syntax directly: we split it into word tokens
the way FTS5's ``unicode61`` tokenizer does, quote every token, and build the
MATCH expression ourselves. Strategies go from strict to loose (all words,
all words with prefix matching, any word, any word by prefix) and the first
that finds something wins.
"""

from __future__ import annotations

import functools
import html
import re
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vitrina import longs
from vitrina.edits import distance
from vitrina.edtf_bounds import bounds
from vitrina.errors import UsageError
from vitrina.store import unspaced
from vitrina.store.read import (
    HIT_FIELDS,
    MARK_CLOSE,
    MARK_OPEN,
    KnowledgeBase,
    SentenceFilter,
    as_knowledge_base,
)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PHRASE = re.compile(r"\"([^\"]*)\"")
# A number written with separators ("80,000", "1.5", "3 000", "1'200"): FTS5 splits it into its digit groups, so
# it is searched as the phrase of its groups in order, never as groups each found anywhere ("80" and "000").
_GROUPED_NUMBER = re.compile(r"(?<![^\W_])\d+(?:[,.'\u2019\u00a0\u202f]\d+)+(?![^\W_])")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_OPEN, _CLOSE = MARK_OPEN, MARK_CLOSE  # private-use markers around matched words
_MARKERS = re.compile(f"{_OPEN}|{_CLOSE}")
SNIPPET_CHARS = 240

# "Did you mean": each query word the index does not hold is matched to the nearest indexed word; ``distance``
# gives the edits (insert, delete, substitute, swap two neighbours) a word of at least so many letters may be off by, longest first (shorter words: none, a
# three-letter typo is too often another word); ``stems`` is how many of the index's terms nearest the word
# are looked up for the surface words they stand for, ``sample`` how many passages each is read from;
# ``stem_slack`` how many letters shorter than the word a stem may be (a stemmer cuts endings), ``stem_edits``
# the edits a stem may be off by beyond the word's own (it may respell the word's end). A suggestion keeps the
# word's first letter: typing slips seldom hit it, and it keeps the scan of the vocabulary short.
SUGGEST = {"distance": ((8, 2), (4, 1)), "stems": 10, "sample": 20, "stem_slack": 3,
           "stem_edits": 1}


# ------------------------------------------------------------ query parsing


@dataclass(frozen=True)
class ParsedQuery:
    """Words and quoted phrases of a user query, each a tuple of tokens."""

    terms: tuple[tuple[str, ...], ...]

    @property
    def words(self) -> list[str]:
        return [w for term in self.terms for w in term]


def tokens(text: str) -> list[str]:
    """Word tokens as FTS5's unicode61 tokenizer sees them (letters, digits)."""
    return [t.lower() for t in _WORD.findall(text)]


def parse_query(query: str) -> ParsedQuery:
    """Quoted phrases stay phrases, and so does a number with separators ("80,000"); bare operator words
    (AND, NEAR…) are dropped."""
    terms: list[tuple[str, ...]] = []
    rest = query
    for match in _PHRASE.finditer(query):
        words = tokens(match.group(1))
        if words:
            terms.append(tuple(words))
    rest = _PHRASE.sub(" ", query).replace('"', " ")
    terms.extend(tuple(tokens(m.group())) for m in _GROUPED_NUMBER.finditer(rest))
    rest = _GROUPED_NUMBER.sub(" ", rest)
    bare = _WORD.findall(rest)
    kept = [w for w in bare if w not in _OPERATORS] or bare
    terms.extend((w.lower(),) for w in kept)
    unique: list[tuple[str, ...]] = []
    for term in terms:
        term = _spelt_out(term)
        if term not in unique:
            unique.append(term)
    return ParsedQuery(tuple(unique))


def _spelt_out(term: tuple[str, ...]) -> tuple[str, ...]:
    """A term written wholly in a script without word spaces (Chinese, Japanese, Korean) as the phrase of its
    letters, the way the index holds them (``store.unspaced``): found inside a run of such letters."""
    if not all(unspaced.has_letter(token) for token in term):
        return term
    return tuple(letter for token in term for letter in (unspaced.letters(token) or (token,)))


def unspaced_words(query: str) -> list[str]:
    """The words of a query written in a script without word spaces, longest first (marked in a hit's text
    when the index found them only among the letters it holds apart)."""
    found = {w for w in _WORD.findall(query.lower()) if unspaced.letters(w)}
    return sorted(found, key=lambda w: (-len(w), w))


def _quote(term: Sequence[str], prefix: bool = False) -> str:
    body = '"' + " ".join(term) + '"'
    return body + "*" if prefix else body


def match_expressions(parsed: ParsedQuery) -> list[str]:
    """MATCH expressions from strict to loose; every one is valid FTS5 syntax."""
    if not parsed.terms:
        return []
    exact = [_with_long_s(t, False) for t in parsed.terms]
    prefixed = [_with_long_s(t, len(t) == 1 and len(t[0]) >= 3) for t in parsed.terms]
    candidates = [" AND ".join(exact), " AND ".join(prefixed), " OR ".join(exact), " OR ".join(prefixed)]
    whole = [_joined(t) for t in parsed.terms]
    if whole != list(parsed.terms):  # an index built before its letters were held apart holds such a word whole
        candidates += [" AND ".join(_quote(t) for t in whole), " OR ".join(_quote(t) for t in whole)]
    seen: list[str] = []
    for expr in candidates:
        if expr not in seen:
            seen.append(expr)
    return seen


def _with_long_s(term: tuple[str, ...], prefix: bool) -> str:
    """A term quoted, a one-word term with its long-s spellings ("museum" also as OCR's "mufeum", ``longs``)
    as a group of alternatives."""
    forms = longs.written_forms(term[0]) if len(term) == 1 else ()
    if not forms:
        return _quote(term, prefix)
    return "(" + " OR ".join(_quote((form,), prefix) for form in (term[0], *forms)) + ")"


def _joined(term: tuple[str, ...]) -> tuple[str, ...]:
    """A term spelt out letter by letter (``_spelt_out``) written whole again."""
    if len(term) > 1 and all(len(t) == 1 and unspaced.has_letter(t) for t in term):
        return ("".join(term),)
    return term


# ------------------------------------------------------------ filters


def _to_edtf(text: str) -> str | None:
    try:
        from vitrina.extract.edtf_text import to_edtf
    except ImportError:
        return None
    try:
        return to_edtf(text)
    except Exception:  # a colleague's parser: never let it break a search
        return None


_YEAR_RANGE = re.compile(r"^\s*(\d{3,4})\s*(?:/|-|–|—|to|until)\s*(\d{3,4})\s*$")


# the bounds an open end of an EDTF interval ("../1941", "1941/..") stands for: every stored ISO date
# sorts after the empty string and before the last day of year 9999
OPEN_LOWER, OPEN_UPPER = "", "9999-12-31"


def date_bounds(value: str) -> tuple[str, str]:
    """ISO (lower, upper) of an EDTF value, a plain-English date or a year range; an interval open at one
    end ("../1941", "1941/..") reaches as far as the dates go."""
    value = value.strip()
    first, slash, last = (part.strip() for part in value.partition("/"))
    open_start, open_end = first in ("", ".."), last in ("", "..")
    if slash and open_start != open_end:
        closed_lower, closed_upper = date_bounds(last if open_start else first)
        return (OPEN_LOWER, closed_upper) if open_start else (closed_lower, OPEN_UPPER)
    lower, upper = bounds(value)
    if lower is None or upper is None:
        edtf_value = _to_edtf(value)
        if edtf_value:
            lower, upper = bounds(edtf_value)
    if (lower is None or upper is None) and slash:  # two dates in words, "1300 BC/1 BC"
        sides = _to_edtf(first), _to_edtf(last)
        if sides[0] and sides[1]:
            lower, upper = bounds(sides[0])[0], bounds(sides[1])[1]
    if lower is None or upper is None:
        match = _YEAR_RANGE.match(value)
        if match:
            lower, upper = f"{int(match.group(1)):04d}-01-01", f"{int(match.group(2)):04d}-12-31"
    if lower is None or upper is None:
        raise UsageError(f"cannot read the date {value!r} (try 1941, 1941-06, 1941/1943)")
    if _iso_order(upper) < _iso_order(lower):  # "1900/1800" would match nothing, silently
        raise UsageError(f"the date range {value!r} ends before it starts (try {_swapped(value)})")
    return lower, upper


def _iso_order(iso: str) -> tuple[int, ...]:
    """A sortable key of an ISO date, years before 1 BCE (``-0500-01-01``) included."""
    year, _, rest = iso[1:].partition("-") if iso.startswith("-") else iso.partition("-")
    return (-int(year) if iso.startswith("-") else int(year), *(int(part) for part in rest.split("-") if part))


def _swapped(value: str) -> str:
    """``1900/1800`` -> ``1800/1900``: the range the user probably meant."""
    first, slash, second = value.partition("/")
    return f"{second.strip()}/{first.strip()}" if slash else "an earlier start"


# ------------------------------------------------------------ snippets


def _spans(highlighted: str) -> list[list[int]]:
    """[start, end] offsets, in the unmarked text, of the spans a highlight() result marks
    (marks alternate, never nest)."""
    parts = highlighted.split(_OPEN)
    spans: list[list[int]] = []
    cursor = len(parts[0])  # offset in the unmarked text
    for part in parts[1:]:  # each is "matched words" CLOSE "text up to the next mark"
        length = part.find(_CLOSE)
        if length < 0:
            break
        spans.append([cursor, cursor + length])
        cursor += len(part) - 1
    return spans


def _escape_marked(marked: str) -> str:
    """``html.escape`` of a highlight() result, its marks turned into <mark> elements."""
    if "&" in marked or "<" in marked or ">" in marked or '"' in marked or "'" in marked:  # rare: test first
        marked = html.escape(marked)
    return marked.replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


_BRACKETS = {")": "(", "]": "[", "}": "{"}
# What may stand before a closing bracket it never opened at a text's start and stay: a list's marker
# ("a) first", "2) second", "iv) fourth"), not the end of a note split off its opening bracket.
_LIST_MARKER = re.compile(r"\s*(?:\d{1,3}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,6})")


def bracket_bounds(text: str, spans: Sequence[Sequence[int]]) -> tuple[int, int]:
    """(start, end) of ``text`` without a leading fragment that closes a bracket it never opened (``pause]
    Mother…``: a sentence split inside a bracketed note) and a trailing one opening a bracket it never closes,
    neither holding a match: a snippet starts and ends at a bracket's boundary (round 42 red team, D21)."""
    first = min((span[0] for span in spans), default=len(text))
    last = max((span[1] for span in spans), default=0)
    lo, hi = 0, len(text)
    opened: list[str] = []
    for i, char in enumerate(text):
        if char in "([{":
            opened.append(char)
        elif char in _BRACKETS:
            if opened and opened[-1] == _BRACKETS[char]:
                opened.pop()
            elif not opened and i < first and not _LIST_MARKER.fullmatch(text[lo:i]):
                lo = i + 1  # closes a bracket opened before this text
    for i in range(len(text) - 1, lo - 1, -1):
        char = text[i]
        if char in _BRACKETS:
            break
        if char in "([{":  # opened, and never closed by the end
            if i >= last:
                hi = i
            break
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return (lo, hi) if lo < hi else (0, len(text))


def render_snippet(text: str, spans: Sequence[Sequence[int]], max_chars: int = SNIPPET_CHARS) -> str:
    """HTML-escaped text with ``spans`` wrapped in <mark>, cut around the first match at word boundaries,
    without a bracket's unmatched half at either end (``bracket_bounds``)."""
    lo, hi = bracket_bounds(text, spans)
    if (lo, hi) != (0, len(text)):
        inner = render_snippet(text[lo:hi], [[s - lo, e - lo] for s, e in spans if lo <= s and e <= hi], max_chars)
        return ("" if lo == 0 or inner.startswith("\u2026") else "\u2026") + inner + (
            "" if hi == len(text) or inner.endswith("\u2026") else "\u2026")
    if len(text) > max_chars:
        centre = spans[0][0] if spans else 0
        lo = max(0, centre - max_chars // 3)
        hi = min(len(text), lo + max_chars)
        lo = max(0, hi - max_chars)
        if lo > 0:
            space = text.find(" ", lo)
            lo = space + 1 if 0 <= space < lo + 20 else lo
        if hi < len(text):
            space = text.rfind(" ", lo, hi)
            hi = space if space > hi - 20 else hi
    out: list[str] = ["\u2026" if lo > 0 else ""]
    cursor = lo
    for start, end in sorted(spans, key=tuple):
        start, end = max(start, cursor), min(end, hi)
        if start >= end:
            continue
        out.append(html.escape(text[cursor:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        cursor = end
    out.append(html.escape(text[cursor:hi]))
    out.append("\u2026" if hi < len(text) else "")
    return "".join(out)


# ------------------------------------------------------------ search

def search(
    store: KnowledgeBase | sqlite3.Connection,
    query: str,
    *,
    document: str | None = None,
    section: str | None = None,
    entity: str | None = None,
    date: str | None = None,
    limit: int = 10,
    offset: int = 0,
    subsections: bool = True,
) -> dict[str, Any]:
    """Sentences matching ``query`` (BM25 order) under the given filters: ``limit`` of them after the
    first ``offset`` (a later page: the first ``offset + limit`` are ranked, the page is cut from them).
    ``section`` takes in the sentences of its sub-sections unless ``subsections`` is False."""
    kb = as_knowledge_base(store)
    expressions = _expressions(query or "")
    offset = max(0, int(offset))
    wanted = offset + max(1, int(limit))
    where = None
    if document or section or entity or date:
        where = SentenceFilter(document, section, entity, date_bounds(date) if date else None, subsections)
        if not expressions:
            total, browsed = kb.browse(where, wanted)
            return {"query": query, "total": total, "hits": [_hit(_fields(row)) for row in browsed[offset:]]}
    rows, total = kb.first_hit_page(expressions, wanted, where)
    unspaced_query = unspaced_words(query or "")
    result: dict[str, Any] = {"query": query, "total": total,
                              "hits": [_hit(row, row[10], row[11], unspaced_query) for row in rows[offset:]]}
    if not expressions:
        return result
    suggestion = suggest(kb, query)  # a word the index lacks: found little, or only by the other words
    if suggestion is None:
        return result
    result["did_you_mean"] = suggestion["query"]
    if total == 0 and suggestion["unambiguous"]:  # nothing found, one clear reading: its results, labelled
        rows, total = kb.first_hit_page(_expressions(suggestion["query"]), wanted, where)
        if total:
            result.update(total=total, results_for=suggestion["query"],
                          hits=[_hit(row, row[10], row[11]) for row in rows[offset:]])
    return result


# ------------------------------------------------------------ "did you mean"


def allowed_edits(word: str) -> int:
    """How many edits a word of this length may be off by (``SUGGEST["distance"]``)."""
    for length, edits in SUGGEST["distance"]:  # type: ignore[attr-defined]
        if len(word) >= length:
            return int(edits)
    return 0


def _vocabulary(kb: KnowledgeBase) -> list[tuple[str, int]]:
    """The index's terms and their sentence counts, read once per store object."""
    cached = getattr(kb, "_suggest_vocabulary", None)
    if cached is None:
        cached = kb.index_terms()
        kb._suggest_vocabulary = cached  # type: ignore[attr-defined]
    return cached


def surface_words(kb: KnowledgeBase, term: str) -> Counter[str]:
    """The words of the documents an index term (a stem) stands for, as the matched passages write them
    (lower case), with how often each is marked there."""
    found: Counter[str] = Counter()
    for row in kb.top_hits(_quote((term,)), int(SUGGEST["sample"])):  # type: ignore[call-overload]
        marked = row.get("marked") or ""
        for part in marked.split(_OPEN)[1:]:
            word = part.split(_CLOSE, 1)[0].casefold()
            found.update(w for w in tokens(word))
    return found


def nearest_words(kb: KnowledgeBase, word: str) -> list[tuple[int, int, int, str, str]]:
    """(edits, -sentences of its term, -times marked in the sample, surface word, index term) of the indexed words nearest ``word``, best first; the index holds
    stems, so its nearest terms are looked up for the words they stand for, which are measured again."""
    edits = allowed_edits(word)
    if not edits or not word.isalpha():
        return []
    # a stem is a word cut short and sometimes respelt ("tannery" -> "tanneri"): it is measured against the
    # word's beginning as long as itself, with ``stem_edits`` more edits than the word itself may take
    slack = int(SUGGEST["stem_slack"])  # type: ignore[call-overload]
    loose = edits + int(SUGGEST["stem_edits"])  # type: ignore[call-overload]
    near = []
    for term, count in _vocabulary(kb):
        if not term.isalpha() or term[0] != word[0] or not -loose <= len(word) - len(term) <= slack + edits:
            continue
        off = min(distance(word[:cut], term, loose)  # the word's beginning, a few letters either way
                  for cut in {len(word), *range(len(term) - edits, len(term) + edits + 1)} if cut > 0)
        if off <= loose:
            near.append((off, -count, term))
    found: dict[str, tuple[int, int, int, str, str]] = {}
    for _distance, minus_count, term in sorted(near)[: int(SUGGEST["stems"])]:  # type: ignore[call-overload]
        for surface, seen in surface_words(kb, term).most_common():
            off = distance(word, surface, edits)
            if off <= edits and surface != word and allowed_edits(surface):  # no word too short to correct
                found.setdefault(surface, (off, minus_count, -seen, surface, term))
    return sorted(found.values())


def _english_word(word: str) -> bool:
    """Whether WordNet knows the word (``vitrina.qa.lexical.known_word``); False when it is not installed."""
    try:
        from vitrina.qa.lexical import known_word
    except ImportError:
        return False
    return known_word(word)


def suggest(kb: KnowledgeBase, query: str) -> dict[str, Any] | None:
    """The query with every word the index does not hold replaced by its nearest indexed word, and whether
    that reading is unambiguous (each replaced word has one nearest word); None when there is nothing to
    replace."""
    parsed = parse_query(query)
    corrected, replaced, unambiguous = query, False, True
    # a word written against an apostrophe is part of a contraction or a name ("didn't", "O'Neill"): the index
    # splits it the same way, and its piece alone is no misspelling
    elided = {w.casefold() for w in re.findall(r"[^\W_]+(?=['\u2019][^\W_])|(?<=[^\W_]['\u2019])[^\W_]+", query)}
    for term in parsed.terms:
        if len(term) != 1 or term[0] in elided or kb.match_count(_with_long_s(term, False)):
            continue
        nearest = nearest_words(kb, term[0])
        if not nearest:
            continue
        best = nearest[0]  # fewest edits, then the most sentences, then the form most written
        # one reading: every word as near as the best is a form of the same indexed term (searched alike), and
        # the word typed is no English word of its own ("castle" is not taken for the documents' "cattle")
        unambiguous = (unambiguous and all(other[4] == best[4] for other in nearest if other[0] == best[0])
                       and not _english_word(term[0]))
        corrected = re.sub(rf"(?<![^\W_]){re.escape(term[0])}(?![^\W_])", best[3], corrected, flags=re.IGNORECASE)
        replaced = True
    return {"query": corrected, "unambiguous": unambiguous} if replaced else None


@functools.lru_cache(maxsize=256)
def _expressions(query: str) -> tuple[str, ...]:
    """The MATCH expressions of a query, strict to loose (cached: a server sees the same queries)."""
    return tuple(match_expressions(parse_query(query)))


def _unspaced_spans(text: str, words: Sequence[str]) -> list[list[int]]:
    """[start, end] of every place ``words`` (longest first) stand in ``text``, none overlapping."""
    taken: list[list[int]] = []
    folded = text.lower()
    for word in words:
        for m in re.finditer(re.escape(word), folded):
            if all(m.end() <= a or b <= m.start() for a, b in taken):
                taken.append([m.start(), m.end()])
    return sorted(taken)


def _cut(text: str, spans: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """``text`` cut at ``spans``: the pieces between them and the spans, alternating, from an unmarked piece."""
    pieces, at = [], 0
    for a, b in spans:
        pieces += [(at, a), (a, b)]
        at = b
    return [*pieces, (at, len(text))]


def _fields(row: dict[str, Any]) -> tuple[Any, ...]:
    """A ``hit_rows`` row as a tuple in ``HIT_FIELDS`` order (as far as it has them)."""
    return tuple(row[name] for name in HIT_FIELDS if name in row)


def _hit(fields: Sequence[Any], rank: float | None = None, marked: str | None = None,
         unspaced_query: Sequence[str] = ()) -> dict[str, Any]:
    """A search hit from its sentence's details (``HIT_FIELDS`` order: sid, document … text),
    its BM25 rank and its highlighted text; ``unspaced_query``: the query's words in a script without word
    spaces, marked where they stand when the index found them among the letters it holds apart (its
    highlight then marks nothing)."""
    text = fields[9]
    spans = _spans(marked) if marked is not None and _OPEN not in text and _CLOSE not in text else []
    if not spans and unspaced_query and marked is not None:
        spans = _unspaced_spans(text, unspaced_query)
        if spans:
            marked = "".join(_OPEN + text[a:b] + _CLOSE if n % 2 else text[a:b] for n, (a, b) in enumerate(
                _cut(text, spans)))
    if spans and len(text) <= SNIPPET_CHARS and bracket_bounds(text, spans) == (0, len(text)):
        # short and whole: the marked text escaped as it is (markers survive escaping)
        snippet = _escape_marked(marked or "")
    else:  # long, or markers in the text itself (then no marks)
        snippet = render_snippet(text, spans)
    return {
        "document": fields[1],
        "document_title": fields[2],
        "section": fields[3],
        "section_label": fields[4],
        "section_title": fields[5],
        "block": fields[6],
        "start": fields[7],
        "end": fields[8],
        "text": text,
        "snippet": snippet,
        "matches": spans,  # [start, end] offsets of the matched words in "text"
        "score": round(-float(rank or 0.0), 4),
    }
