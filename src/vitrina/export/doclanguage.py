"""A document's language for its exports (CSL-JSON ``language``, the TEI's ``xml:lang``).

The language the input states for itself comes first (a TEI's ``xml:lang``, an HTML page's ``lang``: the
readers keep it as ``language``, ``ingest.metadata.stated_language``). Else its text's: the paragraphs of the
text are identified one by one (``vitrina.language``: English by its stop words and WordNet, another language
by the n-gram identifier when it is sure), the first ``DOCUMENT_LANGUAGE["parts"]`` that have enough words to
tell, and the language most of them are in is the document's; none when no language has that majority (round
41 red team DEF-14, DEF-16: no export said which language a document was in).
"""

from __future__ import annotations

import re
from collections import Counter

from vitrina.language import LANGUAGE_ID, block_language, reads_english, text_script

# Every threshold of a document's language, in one table.
DOCUMENT_LANGUAGE = {
    # paragraphs weighed, at most (the first ones that have enough words to tell)
    "parts": 8,
    # share of the weighed paragraphs one language needs to be the document's
    "min_share": 0.5,
}
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_LOWER_WORD = re.compile(r"[^\W\d_]+")


def paragraph_language(text: str) -> str | None:
    """The BCP 47 tag of one paragraph's language ("en", "fr", "zh-Hans"), or None when it cannot be told."""
    script = text_script(text)
    if script is None:
        return None
    words = [w for w in _LOWER_WORD.findall(text) if w.islower()]
    if script == "Latn" and len(words) < LANGUAGE_ID["min_words"]:
        return None
    tag = block_language(text, page="en")  # None: English, or undecided
    if tag is None:
        return "en" if script == "Latn" and reads_english(words) else None
    return None if tag.startswith("und") else tag


def text_language(text: str) -> str | None:
    """The language most of the text's first paragraphs are in (``DOCUMENT_LANGUAGE``), or None."""
    told: list[str] = []
    for part in _PARAGRAPH.split(text):
        tag = paragraph_language(part)
        if tag is not None:
            told.append(tag)
            if len(told) >= DOCUMENT_LANGUAGE["parts"]:
                break
    if not told:
        return None
    tag, count = Counter(told).most_common(1)[0]
    return tag if count / len(told) > DOCUMENT_LANGUAGE["min_share"] or len(told) == 1 else None


def document_language(meta: dict[str, str], text: str) -> str | None:
    """The document's language: the one its input states (``language`` or ``lang`` in its reader metadata),
    else its text's (:func:`text_language`)."""
    stated = meta.get("language") or meta.get("lang")
    return stated or text_language(text)
