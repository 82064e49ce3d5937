"""Language identification: the one API the three uses go through (issues #13/#14).

Three questions are asked of a text's language, each with its own thresholds in its own named table:

* the web views' ``lang`` on a block (:func:`block_language`, :data:`LANGUAGE_ID` here);
* a bilingual document's second language, set apart as ``translation`` blocks (``structure.languages``,
  its ``LIMITS``), by each language's stop words (:func:`stop_words`, :func:`lean`, :func:`leans`);
* whether a piece is language at all before the model reads it (``extract.language``, its ``LIMITS``), by
  the share of its words the English lexeme table knows (:func:`known_share`);

and a fourth, which sentences the English model's entities are not taken from (``extract.foreign``, its
``FOREIGN``): :func:`identify`. The methods, offline:

* the **script** of the text by Unicode properties (the ``regex`` module's ``\\p{Script=...}``): the script of
  most of its letters, as an ISO 15924 subtag (``und-Arab`` when nothing better is known);
* the **language** by a character n-gram identifier that ships its own profiles (``langdetect``, a port of
  Google's language-detection; seeded, so the same text always gets the same answer), trusted only above a
  table's thresholds: long enough, probable enough and, for Latin text, not English by spaCy's English stop
  words (short English lines are never given another language);
* **stop words**: spaCy's stop-word list of each language it ships (``spacy/lang/XX/stop_words.py``, read
  as files: no model, no download); a word leans to a language when that list holds it and the other's
  does not. This names a language the n-gram identifier has no profile for (Latin).

``langdetect`` (1.0.9, May 2021) has had no release since; the registries hold maintained identifiers that
ship their models (``py3langid``, a fork of ``langid.py``, and ``lingua-language-detector``, both with
Latin), not installed here: only :func:`identified` would change.

:func:`block_language` returns the tag to set, or ``None`` when the text is in the page's language or unknown.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

# Every threshold of language identification, in one table.
LANGUAGE_ID = {
    # letters a block needs before the n-gram identifier is asked (short text is guessed badly)
    "min_letters": 24,
    # lower-case words (names do not tell a language) a Latin-script block needs before the identifier is asked
    "min_words": 4,
    # the identifier's probability for its best language, at least
    "min_probability": 0.95,
    # a Latin-script block whose lower-case words are this share or more English stop words is English
    "english_stop_share": 0.2,
    # ... or whose lower-case words are this share or more English (a stop word or known to WordNet)
    "english_word_share": 0.5,
    # letters of a word WordNet knows for it to count as English (WordNet's short entries are abbreviations and
    # symbols: "de", "la", "ma" are Delaware, lanthanum, a milliampere)
    "min_known_letters": 4,
    # the share of a block's letters its main script needs to name the block's script
    "script_share": 0.6,
    # characters of a block read by the identifier, at most (its time grows with them; a paragraph's language
    # shows in its first sentences)
    "max_chars": 300,
}

# The scripts told apart: ISO 15924 code -> the Unicode Script property value matched. Han, Hiragana and
# Katakana together are Japanese text when kana are present (``Jpan``), else ``Hani``.
SCRIPTS = {
    "Latn": "Latin", "Arab": "Arabic", "Hebr": "Hebrew", "Cyrl": "Cyrillic", "Grek": "Greek",
    "Hani": "Han", "Hira": "Hiragana", "Kana": "Katakana", "Hang": "Hangul", "Deva": "Devanagari",
    "Beng": "Bengali", "Guru": "Gurmukhi", "Gujr": "Gujarati", "Taml": "Tamil", "Telu": "Telugu",
    "Knda": "Kannada", "Mlym": "Malayalam", "Thai": "Thai", "Armn": "Armenian", "Geor": "Georgian",
    "Ethi": "Ethiopic", "Syrc": "Syriac", "Thaa": "Thaana", "Khmr": "Khmer", "Laoo": "Lao",
    "Mymr": "Myanmar", "Sinh": "Sinhala", "Tibt": "Tibetan",
}
_SCRIPT_RE = {code: regex.compile(rf"\p{{Script={name}}}") for code, name in SCRIPTS.items()}
_LETTER = regex.compile(r"\p{L}")
_WORD = regex.compile(r"\p{L}+")

# The script each identified language is written in by default (its tag then needs no script subtag).
DEFAULT_SCRIPT = {
    "ar": "Arab", "fa": "Arab", "ur": "Arab", "he": "Hebr", "ru": "Cyrl", "uk": "Cyrl", "bg": "Cyrl",
    "mk": "Cyrl", "el": "Grek", "zh-cn": "Hani", "zh-tw": "Hani", "ja": "Jpan", "ko": "Hang",
    "hi": "Deva", "mr": "Deva", "ne": "Deva", "bn": "Beng", "pa": "Guru", "gu": "Gujr", "ta": "Taml",
    "te": "Telu", "kn": "Knda", "ml": "Mlym", "th": "Thai",
}
# The identifier's names that are not BCP 47 tags.
TAGS = {"zh-cn": "zh-Hans", "zh-tw": "zh-Hant"}


def text_script(text: str, share: float = LANGUAGE_ID["script_share"]) -> str | None:
    """The ISO 15924 code of the script of ``share`` or more of ``text``'s letters, or ``None`` (no letters,
    or mixed)."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return None
    if share > 0.5 and len(_SCRIPT_RE["Latn"].findall(text)) >= share * letters:  # no other script has more
        return "Latn"
    counts = {code: len(pattern.findall(text)) for code, pattern in _SCRIPT_RE.items()}
    kana = counts.pop("Hira") + counts.pop("Kana")
    if kana:
        counts["Jpan"] = counts.pop("Hani") + kana
    code, count = max(counts.items(), key=lambda item: item[1])
    return code if count >= share * letters else None


def _common_words(text: str) -> list[str]:
    """The lower-case words of ``text`` (a capitalised word may be a name of any language)."""
    return [w for w in _WORD.findall(text) if w.islower()]


def reads_english(words: list[str], table: dict[str, float] | None = None) -> bool:
    """Enough of ``words`` are English: spaCy's English stop words, else those and words WordNet knows (the
    shares of ``table``, :data:`LANGUAGE_ID` by default)."""
    from vitrina.qa.lexical import known_word

    limits = LANGUAGE_ID if table is None else table
    if not words:
        return False
    english = stop_words().get("en", frozenset())
    stops = sum(w in english for w in words)
    if stops >= limits["english_stop_share"] * len(words):
        return True
    known = sum(w not in english and len(w) >= limits["min_known_letters"] and known_word(w) for w in words)
    return stops + known >= limits["english_word_share"] * len(words)


def surely_english(text: str, table: dict[str, float]) -> bool:
    """``text`` has ``table``'s ``min_words`` lower-case words or more and they read as English."""
    words = _common_words(text)
    return len(words) >= table["min_words"] and reads_english(words, table)


# ---------------------------------------------------------------- stop words of each language

_STOP_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@functools.cache
def stop_words() -> dict[str, frozenset[str]]:
    """Each language's stop words, by spaCy's code ("en", "it"), one-word entries only."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return {}
    lists: dict[str, frozenset[str]] = {}
    for folder in sorted((Path(next(iter(spec.submodule_search_locations))) / "lang").iterdir()):
        words = _load_list(folder / "stop_words.py")
        if words:
            lists[folder.name] = frozenset(w for w in words if w.isalpha())
    return lists


def _load_list(path: Path) -> set[str] | None:
    """The ``STOP_WORDS`` of one spaCy stop-word file, loaded alone (not its language's
    package, which would load its tokenizer)."""
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"_vitrina_stop_words_{path.parent.name}", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception:  # a list that needs its package: that language is not read
        return None
    words = getattr(module, "STOP_WORDS", None)
    return {str(w).lower() for w in words} if words else None


@functools.cache
def _holders() -> dict[str, frozenset[str]]:
    """Each stop word and the languages whose lists hold it."""
    index: dict[str, set[str]] = {}
    for code, words in stop_words().items():
        for word in words:
            index.setdefault(word, set()).add(code)
    return {word: frozenset(codes) for word, codes in index.items()}


def words_of(text: str) -> list[str]:
    """The text's words in lower case, of two letters or more (a lone letter is a stop
    word in lists that hold the alphabet)."""
    return [w for w in (m.lower().replace("’", "'") for m in _STOP_WORD.findall(text)) if len(w) > 1]


def listed(text: str | list[str]) -> Counter[str]:
    """How many of the text's words (or of these words, ``words_of`` a text) each language's list holds."""
    holders = _holders()
    counts: Counter[str] = Counter()
    for word in _words(text):
        counts.update(holders.get(word, ()))
    return counts


def _words(text: str | list[str]) -> list[str]:
    """The words of a text, or these (a text's ``words_of``, read once for several questions)."""
    return words_of(text) if isinstance(text, str) else text


def leans(text: str | list[str], main: str) -> Counter[str]:
    """For each other language, the text's words (or these words) in its list and not in ``main``'s, less
    those in ``main``'s and not in its: above 0 the text leans to that language."""
    holders = _holders()
    own, shared, others = 0, Counter[str](), Counter[str]()
    for word in _words(text):
        codes = holders.get(word, frozenset())
        if main in codes:
            own += 1
            shared.update(codes)
        else:
            others.update(codes)
    return Counter({code: others[code] - (own - shared[code]) for code in others})


def lean(text: str | list[str], main: str, second: str) -> int:
    """How far the text (or these words) leans to ``second`` against ``main`` (``leans``), in words."""
    lists = stop_words()
    first, other = lists.get(main, frozenset()), lists.get(second, frozenset())
    words = _words(text)
    return sum(w in other and w not in first for w in words) - sum(w in first and w not in other for w in words)


# ---------------------------------------------------------------- words the English lexeme table knows

_LOWER_ASCII_WORD = re.compile(r"(?<![^\W\d_])[a-z]{2,}(?![^\W\d_])")


def lowercase_ascii_words(text: str) -> list[str]:
    """The lower-case ASCII words of ``text``, of two letters or more (capitalised words are names or
    sentence starts; words with other letters are not in the English table's forms)."""
    return _LOWER_ASCII_WORD.findall(text)


def known_share(words: list[str]) -> float:
    """The share of ``words`` spaCy's English lexeme table lists as common forms (``extract.wordfreq``)."""
    from vitrina.extract.wordfreq import known_lowercase_words

    if not words:
        return 1.0
    known = known_lowercase_words()
    return sum(1 for w in words if w in known) / len(words)


@functools.lru_cache(maxsize=1)
def _factory() -> Any:
    try:
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    except ImportError:  # pragma: no cover - the script alone is tested directly
        return None
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0
    return factory


def probabilities(text: str, max_chars: float = LANGUAGE_ID["max_chars"]) -> list[tuple[str, float]]:
    """The n-gram identifier's languages for the first ``max_chars`` characters of ``text`` with their
    probabilities, most probable first (those it reports: above ~0.1); empty when it cannot tell."""
    factory = _factory()
    if factory is None:
        return []
    from langdetect.lang_detect_exception import LangDetectException

    detector = factory.create()
    detector.append(text[: int(max_chars)])
    try:
        return [(found.lang, found.prob) for found in detector.get_probabilities()]
    except LangDetectException:
        return []


def identified(text: str) -> tuple[str, float] | None:
    """The n-gram identifier's best language for ``text`` and its probability, or ``None``."""
    found = probabilities(text)
    return found[0] if found else None


@dataclass(frozen=True, slots=True)
class Identification:
    """A text's language other than English: ``tag`` is BCP 47 ("fr"; "und-Hebr" where only the script is
    known; "und" for Latin letters surely not English but of no language named surely)."""

    tag: str
    script: str
    probability: float  # the n-gram identifier's for ``tag`` (0 where it did not name it)


def identify(text: str, table: dict[str, float]) -> Identification | None:
    """The language of ``text`` when, by ``table``'s thresholds, it is surely not English; ``None`` when it
    reads as English, is too short to tell, or is undecided.

    A text in another script than Latin is named by the identifier where it agrees with the letters, else by
    its script. A Latin-script text needs ``min_words`` lower-case words, not English by their stop words and
    WordNet (:func:`reads_english`), and the identifier's best language at ``min_probability``; where the
    table has ``max_english_probability`` a text the identifier gives English no more than that is not
    English either, its language the one its stop words lean to by ``min_lean`` words more than any other
    (Latin, which the identifier has no profile for), else ``und``."""
    script = text_script(text, table["script_share"])
    if script is None:
        return None
    latin = script == "Latn"
    words = _common_words(text)
    if latin and (len(words) < table["min_words"] or reads_english(words, table)):
        return None
    found = probabilities(text, table["max_chars"]) if len(_LETTER.findall(text)) >= table["min_letters"] else []
    if found and found[0][1] >= table["min_probability"] and DEFAULT_SCRIPT.get(found[0][0], "Latn") == script:
        lang = found[0][0]
        return None if lang == "en" else Identification(TAGS.get(lang, lang), script, found[0][1])
    if not latin:
        return Identification(f"und-{script}", script, 0.0)
    ceiling = table.get("max_english_probability")
    if ceiling is None or not found or dict(found).get("en", 0.0) > ceiling:
        return None
    ranked = leans(words_of(text), "en").most_common(2)
    if ranked and ranked[0][1] >= table["min_lean"] and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return Identification(ranked[0][0], script, dict(found).get(ranked[0][0], 0.0))
    return Identification("und", script, 0.0)


@functools.lru_cache(maxsize=4096)
def block_language(text: str, page: str = "en") -> str | None:
    """The BCP 47 tag for a block of ``text`` shown on a page in language ``page``, or ``None`` when the
    block is (or may be) in the page's language."""
    found = identify(text, LANGUAGE_ID)
    if found is None:
        return None
    return None if found.tag.split("-")[0] == page.split("-")[0] else found.tag
