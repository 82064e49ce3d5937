"""The language of a block of text, for ``lang`` on the web views' blocks (round 38 red team D-a11y-lang).

A screen reader reads a paragraph in the voice of its ``lang``; a page is ``lang="en"``, so a paragraph in
Arabic, Hebrew or French needs its own tag. Two general methods, offline:

* the **script** of the text by Unicode properties (the ``regex`` module's ``\\p{Script=...}``): the script of
  most of its letters, as an ISO 15924 subtag (``und-Arab`` when nothing better is known);
* the **language** by a character n-gram identifier that ships its own profiles (``langdetect``, a port of
  Google's language-detection; seeded, so the same text always gets the same answer), trusted only above the
  thresholds of :data:`LANGUAGE_ID`: long enough, probable enough and, for Latin text, not English by spaCy's
  English stop words (short English lines are never given another language).

:func:`block_language` returns the tag to set, or ``None`` when the text is in the page's language or unknown.
"""

from __future__ import annotations

import functools
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


def text_script(text: str) -> str | None:
    """The ISO 15924 code of the script of most of ``text``'s letters, or ``None`` (no letters, or mixed)."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return None
    counts = {code: len(pattern.findall(text)) for code, pattern in _SCRIPT_RE.items()}
    kana = counts.pop("Hira") + counts.pop("Kana")
    if kana:
        counts["Jpan"] = counts.pop("Hani") + kana
    code, count = max(counts.items(), key=lambda item: item[1])
    return code if count >= LANGUAGE_ID["script_share"] * letters else None


def _common_words(text: str) -> list[str]:
    """The lower-case words of ``text`` (a capitalised word may be a name of any language)."""
    return [w for w in _WORD.findall(text) if w.islower()]


def reads_english(words: list[str]) -> bool:
    """Enough of ``words`` are English: spaCy's English stop words, else those and words WordNet knows."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from vitrina.qa.lexical import known_word

    if not words:
        return False
    stops = sum(w in STOP_WORDS for w in words)
    if stops >= LANGUAGE_ID["english_stop_share"] * len(words):
        return True
    known = sum(w not in STOP_WORDS and len(w) >= LANGUAGE_ID["min_known_letters"] and known_word(w) for w in words)
    return stops + known >= LANGUAGE_ID["english_word_share"] * len(words)


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


def identified(text: str) -> tuple[str, float] | None:
    """The n-gram identifier's best language for ``text`` and its probability, or ``None``."""
    factory = _factory()
    if factory is None:
        return None
    from langdetect.lang_detect_exception import LangDetectException

    detector = factory.create()
    detector.append(text[: int(LANGUAGE_ID["max_chars"])])
    try:
        best = detector.get_probabilities()
    except LangDetectException:
        return None
    return (best[0].lang, best[0].prob) if best else None


@functools.lru_cache(maxsize=4096)
def block_language(text: str, page: str = "en") -> str | None:
    """The BCP 47 tag for a block of ``text`` shown on a page in language ``page``, or ``None`` when the
    block is (or may be) in the page's language."""
    script = text_script(text)
    if script is None:
        return None
    latin = script == "Latn"
    letters = len(_LETTER.findall(text))
    if latin:
        words = _common_words(text)
        if len(words) < LANGUAGE_ID["min_words"] or reads_english(words):
            return None
    found = identified(text) if letters >= LANGUAGE_ID["min_letters"] else None
    if found is not None and found[1] >= LANGUAGE_ID["min_probability"]:
        lang = found[0]
        if DEFAULT_SCRIPT.get(lang, "Latn") == script:  # the identifier agrees with the letters
            tag = TAGS.get(lang, lang)
            return None if tag.split("-")[0] == page.split("-")[0] else tag
    return None if latin else f"und-{script}"
