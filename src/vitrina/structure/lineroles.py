"""The role of each line of raw text (``pdftotext -raw``: no geometry, no blank lines),
scored by a small fitted model over line features.

Three roles are scored, each by a logistic model whose weights are in
:data:`vitrina.structure.roleweights.ROLE_WEIGHTS` (fitted on the gold of every
annotated exhibit set by ``bench/fit_lineroles.py`` and judged leave one set out):

* ``heading`` -- the line is (part of) a section's heading: its label, its title;
* ``veto`` -- a line the rules set in a heading is in none;
* ``opens`` -- the line opens a paragraph (among the lines of body paragraphs).

The features (:data:`FEATURES`, each 0/1 or a bounded number) are read from the line,
its neighbours and the whole document; none names a word of any exhibit: the only
word list is the lexicon's title function words (for the title-case share).
:class:`vitrina.structure.plainlayout.PlainLayout` combines the scores with its rules
(``PLAIN_LIMITS``: ``model_heading``, ``model_veto``, ``model_break``; only the first
is on, the others measured and left off leave one set out).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from statistics import median

from vitrina.structure.captions import LABEL_ALONE, LABEL_LEAD, lead_at, match_label
from vitrina.structure.cues import (
    FUNCTION_WORDS,
    LINE_HYPHENS,
    ends_sentence,
    in_capitals,
    raw_title_like,
    starts_lowercase,
    starts_uppercase,
)
from vitrina.structure.lines import Line
from vitrina.structure.roleweights import ROLE_WEIGHTS

# Every feature, in the order of the weight vectors, with what it reads.
FEATURES: tuple[tuple[str, str], ...] = (
    ("bias", "1 (the intercept)"),
    ("page_share", "length / the page's full line (capped at 1.5)"),
    ("median_share", "length / the document's median line length (capped at 3)"),
    ("prev_ratio", "log of length / previous line's length (clipped to ±2)"),
    ("next_ratio", "log of length / next line's length (clipped to ±2)"),
    ("ends_sentence", "ends with . ! or ? (an abbreviation or initial does not)"),
    ("ends_colon", "ends with a colon"),
    ("ends_open", "ends with a comma, a hyphen or a title function word: must go on"),
    ("prev_ends_sentence", "the previous line ends a sentence (1 for the first line)"),
    ("prev_open", "the previous line ends with a comma, a hyphen or a function word"),
    ("prev_fits", "the previous line ended short: this line's first word would have fitted after it"),
    ("fits_next", "this line ends short: the next line's first word would have fitted after it"),
    ("starts_upper", "the first letter is a capital (or a digit opens the line)"),
    ("starts_lower", "the first letter is lower case"),
    ("next_lower", "the next line starts in lower case"),
    ("title_case", "share of content words (not title function words) capitalised"),
    ("title_like", "title case, or capitals, and no sentence (cues.raw_title_like)"),
    ("capitals", "set in capitals"),
    ("label_lead", "opens with a panel label ('2. ', 'Panel B ', 'IV. ', '4.1 ')"),
    ("label_alone", "a panel label alone on its line"),
    ("number_lead", "a number or numbered unit word then a capitalised word"),
    ("position_label", "opens with a caption's position label ('Above, left:')"),
    ("credit_lead", "opens with a credit lead of the lexicon ('Courtesy', 'Photo:')"),
    ("words", "number of words / 10 (capped at 3)"),
    ("one_word", "a single word"),
    ("digits", "share of characters that are digits"),
    ("repeats", "the line, digits aside, stands elsewhere in the document"),
    ("first_line", "the document's first line"),
    ("position", "the line's place in the document, 0 first to 1 last"),
    ("page_start", "the line opens a page"),
    ("prev_short", "the previous line is under 0.8 of the page's full line"),
    ("next_full", "the next line is at least 0.8 of the page's full line"),
    ("next_title_like", "the next line reads as a title (cues.raw_title_like)"),
    ("prev_title_like", "the previous line reads as a title (cues.raw_title_like)"),
    ("counted_label", "opens with a bare number or letter counting up with other lines' (1 … 2 …, A … B …)"),
    ("heading_shape", "after a sentence's end, a short line ending no sentence, left open on nothing, over a full capitalised line"),
    ("counted_heading_shape", "the heading shape (above) on a line opened by a number or a counted label"),
    ("stops_short", "ends short of the page's line on no sentence end and nothing left open"),
    ("stops_short_before_capital", "stops short (above) and the next line opens with a capital"),
    ("after_short_end", "the previous line ended a sentence and ended short"),
    # what the hand-written rules of the plain layout made of the line on a first pass:
    # the model learns where to keep their decision and where to overrule it
    ("rule_heading", "the rules set the line in a heading"),
    ("rule_opens", "the rules opened a paragraph with the line"),
    ("rule_goes_on", "the rules set the line inside a paragraph, not first"),
    ("rule_caption", "the rules set the line in a caption"),
)
FEATURE_NAMES = tuple(name for name, _ in FEATURES)
# The roles the rules give a line (its entry in the first pass): anything else is "other".
RULE_ROLES = ("heading", "opens", "goes_on", "caption", "other")

# The cut-offs the features read lines by (the model's weights are fitted; these are fixed).
FEATURE_LIMITS = {
    "fits": 0.93,  # a word fitted after a line within this share of its page's full line (PLAIN_LIMITS["fits"])
    "short": 0.75,  # a line under this share of its page's full line is short (the heading shape)
    "full": 0.8,  # a line at least this share of its page's full line is full; under it, a line is "prev_short"
    "page_share_cap": 1.5,  # length / the page's full line is capped here
    "median_share_cap": 3.0,  # length / the median line is capped here
    "log_ratio_cap": 2.0,  # the log length ratio to a neighbour is clipped to ± this
    "words_cap": 3.0,  # words / 10 is capped here
}

_NUMBER_LEAD = re.compile(r"^(?:[A-Za-z]+\s+)?\d{1,3}(?:\.\d{1,3})*[.:)]?\s+[A-Z“\"‘'(]")
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")


def _title_case_share(text: str) -> float:
    words = [w for w in _WORD.findall(text) if w.lower() not in FUNCTION_WORDS]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def _open_end(text: str) -> bool:
    stripped = text.rstrip()
    if not stripped:
        return False
    if stripped.endswith((",", ";", *LINE_HYPHENS)):
        return True
    return stripped.split()[-1].lower() in FUNCTION_WORDS


def _fits(prev: Line, word: str, width: float) -> bool:
    return prev.length + 1 + len(word) <= FEATURE_LIMITS["fits"] * width


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def line_features(lines: list[Line], width: list[float], rules: list[str]) -> list[list[float]]:
    """One feature vector (in :data:`FEATURES` order) for each line; ``rules`` holds
    the role the plain layout's rules gave each line (:data:`RULE_ROLES`)."""
    if not lines:
        return []
    mid = median(line.length for line in lines) or 1.0
    counts = Counter(_key(line.text) for line in lines)
    counted = _counted_labels([line.text for line in lines])
    n = len(lines)
    out = []
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i > 0 else None
        nxt = lines[i + 1] if i + 1 < n else None
        text = line.text
        words = text.split()
        full = width[i] or 1.0
        first_word = words[0] if words else ""
        nxt_word = nxt.text.split()[0] if nxt is not None and nxt.text.split() else ""
        shape = (
            (prev is None or ends_sentence(prev.text, lenient=True)) and line.length < FEATURE_LIMITS["short"] * full
            and not ends_sentence(text, lenient=True) and not _open_end(text)
            and nxt is not None and nxt.length >= FEATURE_LIMITS["full"] * width[i + 1] and starts_uppercase(nxt.text)
        )
        stops_short = (nxt is not None and _fits(line, nxt_word, full) and not ends_sentence(text, lenient=True)
                       and not _open_end(text))
        values = {
            "bias": 1.0,
            "page_share": min(line.length / full, FEATURE_LIMITS["page_share_cap"]),
            "median_share": min(line.length / mid, FEATURE_LIMITS["median_share_cap"]),
            "prev_ratio": _log_ratio(line.length, prev.length if prev else None),
            "next_ratio": _log_ratio(line.length, nxt.length if nxt else None),
            "ends_sentence": float(ends_sentence(text)),
            "ends_colon": float(text.rstrip().endswith(":")),
            "ends_open": float(_open_end(text)),
            "prev_ends_sentence": float(prev is None or ends_sentence(prev.text, lenient=True)),
            "prev_open": float(prev is not None and _open_end(prev.text)),
            "prev_fits": float(prev is None or _fits(prev, first_word, width[i - 1])),
            "fits_next": float(nxt is None or _fits(line, nxt_word, full)),
            "starts_upper": float(starts_uppercase(text)),
            "starts_lower": float(starts_lowercase(text)),
            "next_lower": float(nxt is not None and starts_lowercase(nxt.text)),
            "title_case": _title_case_share(text),
            "title_like": float(raw_title_like(text)),
            "capitals": float(in_capitals(text)),
            "label_lead": float(bool(LABEL_LEAD.match(text))),
            "label_alone": float(bool(LABEL_ALONE.match(text.strip()))),
            "number_lead": float(bool(_NUMBER_LEAD.match(text))),
            "position_label": float(match_label(text) is not None),
            "credit_lead": float(bool(words) and lead_at(words, 0)),
            "words": min(len(words) / 10, FEATURE_LIMITS["words_cap"]),
            "one_word": float(len(words) == 1),
            "digits": sum(ch.isdigit() for ch in text) / max(len(text), 1),
            "repeats": float(counts[_key(text)] > 1),
            "first_line": float(i == 0),
            "position": i / max(n - 1, 1),
            "page_start": float(line.page_start),
            "prev_short": float(prev is not None and prev.length < FEATURE_LIMITS["full"] * width[i - 1]),
            "next_full": float(nxt is not None and nxt.length >= FEATURE_LIMITS["full"] * width[i + 1]),
            "next_title_like": float(nxt is not None and raw_title_like(nxt.text)),
            "prev_title_like": float(prev is not None and raw_title_like(prev.text)),
            "counted_label": float(i in counted),
            "heading_shape": float(shape),
            "counted_heading_shape": float(shape and (i in counted or bool(_NUMBER_LEAD.match(text)))),
            "stops_short": float(stops_short),
            "stops_short_before_capital": float(stops_short and nxt is not None and starts_uppercase(nxt.text)),
            "after_short_end": float(prev is not None and ends_sentence(prev.text, lenient=True)
                                     and _fits(prev, first_word, width[i - 1])),
            "rule_heading": float(rules[i] == "heading"),
            "rule_opens": float(rules[i] == "opens"),
            "rule_goes_on": float(rules[i] == "goes_on"),
            "rule_caption": float(rules[i] == "caption"),
        }
        out.append([values[name] for name in FEATURE_NAMES])
    return out


_BARE_COUNT = re.compile(r"^(\d{1,2}|[A-Z])[.:)]?\s+(?=\S)")


def _counted_labels(texts: list[str]) -> set[int]:
    """Lines opening with a bare number or capital letter that counts up with another
    such line's before or after it (1 … 2, B … C), whatever the words after it."""
    found = []
    for k, text in enumerate(texts):
        bare = _BARE_COUNT.match(text)
        if bare:
            token = bare.group(1)
            found.append((k, "digit" if token.isdigit() else "letter",
                          int(token) if token.isdigit() else ord(token) - ord("A") + 1))
    remaining = Counter((series, rank) for _, series, rank in found)  # at this line or after it
    seen: set[tuple[str, int]] = set()  # before it
    out = set()
    for k, series, rank in found:
        remaining[(series, rank)] -= 1
        if (series, rank - 1) in seen or remaining[(series, rank + 1)] > 0:
            out.add(k)
        seen.add((series, rank))
    return out


def _log_ratio(length: int, other: int | None) -> float:
    if not other:
        return 0.0
    cap = FEATURE_LIMITS["log_ratio_cap"]
    return max(-cap, min(cap, math.log((length + 1) / (other + 1))))


def role_scores(features: list[list[float]], role: str) -> list[float]:
    """The probability of ``role`` for each line, from its fitted weights (all 0.5
    when the table holds no weights for the role)."""
    weights = ROLE_WEIGHTS.get(role)
    if not weights:
        return [0.5] * len(features)
    return [_sigmoid(sum(w * x for w, x in zip(weights, row, strict=True))) for row in features]


def _sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))
