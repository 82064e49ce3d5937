"""Word-level helpers shared by question analysis and answer scoring.

A light stemmer (inflections, possessives, a handful of irregular verbs) so
that "signed"/"signs"/"sign" or "met"/"meet" compare equal. Consistency
matters more than linguistic accuracy: question and sentence words pass
through the same function.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*", re.UNICODE)

STOPWORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "upon", "about", "as", "than", "then", "that", "this", "these", "those", "there", "here", "it", "its", "itself", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "we", "us", "our", "you", "your", "i", "me", "my", "mine", "be", "is", "are", "was", "were", "been", "being", "am", "do", "does", "did", "done", "doing", "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "so", "such", "too", "very", "also", "just", "only", "any", "some", "all", "each", "every", "both", "either", "neither", "other", "another", "own", "same", "more", "most", "much", "many", "few", "less", "least", "over", "under", "again", "further", "once", "up", "down", "out", "off", "above", "below", "between", "through", "during", "before", "after", "while", "if", "because", "until", "against", "among", "within", "without", "which", "what", "who", "whom", "whose", "when", "where", "why", "how", "whether", "yet", "ever", "still", "even", "one", "ones", "s", "t"]
)

QUESTION_WORDS = frozenset(
    ["who", "whom", "whose", "what", "which", "when", "where", "why", "how", "name", "list", "give", "tell", "identify", "describe", "explain", "state", "mention"]
)

# irregular past forms and participles common in narrative history prose
IRREGULAR = {
    "met": "meet", "sent": "send", "gave": "give", "given": "give", "took": "take",
    "taken": "take", "won": "win", "began": "begin", "begun": "begin", "led": "lead",
    "made": "make", "held": "hold", "fought": "fight", "bought": "buy", "sold": "sell",
    "wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak", "said": "say",
    "told": "tell", "left": "leave", "lost": "lose", "came": "come",
    "went": "go", "gone": "go", "became": "become", "saw": "see", "seen": "see",
    "brought": "bring", "thought": "think", "knew": "know", "known": "know", "fell": "fall",
    "fallen": "fall", "rose": "rise", "risen": "rise", "drove": "drive", "driven": "drive",
    "struck": "strike", "stood": "stand", "paid": "pay", "laid": "lay", "flew": "fly",
    "flown": "fly", "shot": "shoot", "broke": "break", "broken": "break", "chose": "choose",
    "chosen": "choose", "built": "build", "spent": "spend", "kept": "keep", "sought": "seek",
    "taught": "teach", "hung": "hang", "born": "bear", "bore": "bear", "died": "die",
    "dead": "die", "death": "die", "men": "man", "women": "woman", "children": "child",
    "people": "person", "countries": "country", "heavy": "weigh", "heavier": "weigh",
    "weight": "weigh", "favour": "favor", "favoured": "favor",
}  # fmt: skip

# a few general synonyms, mapped to one representative stem
SYNONYMS = {
    "start": "begin", "commence": "begin", "launch": "begin", "kill": "die", "slay": "die",
    "purchase": "buy", "acquire": "buy", "pay": "buy", "nation": "country",
    "assist": "aid", "assistance": "aid", "help": "aid", "signature": "sign",
    "invade": "invasion", "attack": "assault", "conclude": "end", "finish": "end",
    "meeting": "meet", "summit": "conference",
    "talk": "discuss", "discussion": "discuss", "negotiate": "negotiation",
}  # fmt: skip


def fold(text: str) -> str:
    """Lowercase without diacritics, typographic apostrophes as plain ones."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    return [fold(w) for w in WORD.findall(text)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, consistent stem: possessive, plural and verb endings removed."""
    w = fold(word)
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    if w in IRREGULAR:
        return SYNONYMS.get(IRREGULAR[w], IRREGULAR[w])
    base = _strip_suffix(w)
    return SYNONYMS.get(base, base)


def _strip_suffix(w: str) -> str:
    if len(w) <= 3 or w.isdigit():
        return w
    for suffix, repl, keep in (
        ("ies", "y", 3), ("sses", "ss", 3), ("ied", "y", 3), ("ing", "", 4), ("ed", "", 4),
        ("es", "", 4), ("s", "", 3),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep - 1:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                return w
            if suffix == "es" and not w.endswith(("ches", "shes", "xes", "zes", "sses")):
                continue
            base = w[: len(w) - len(suffix)] + repl
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "planned" -> "plan"
            if suffix in ("ing", "ed") and base.endswith(("at", "iz", "bl", "us", "rv", "nc", "ag")):
                base += "e"  # "negotiated" -> "negotiate", "served" -> "serve"
            return base
    return w


def stems(text: str) -> set[str]:
    return {stem(w) for w in words(text)}


def content_words(text: str) -> list[str]:
    """Words of ``text`` that carry meaning (no stopwords, no question words)."""
    return [w for w in words(text) if w not in STOPWORDS and w not in QUESTION_WORDS]
