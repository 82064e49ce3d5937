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
    ["exactly", "precisely", "approximately", "roughly", "actually", "really", "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "name", "list", "give", "tell", "identify", "describe", "explain", "state", "mention"]
)

# verb particles and light verbs: little about which action ("put forward", "set out")
PARTICLES = frozenset(["forward", "back", "away", "out", "up", "off", "over", "down", "along", "aside", "forth"])
LIGHT_VERBS = frozenset(["put", "get", "set", "make", "made", "take", "took", "go", "went", "come", "came", "let", "keep", "kept"])

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
    "taught": "teach", "oversaw": "oversee", "overseen": "oversee", "hung": "hang", "born": "bear", "bore": "bear", "died": "die",
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


# general English synonym groups: a word of one matches another at partial credit
SYNONYM_GROUPS: tuple[frozenset[str], ...] = tuple(frozenset(g) for g in (
    ("aid", "assist", "assistance", "help", "support", "supply"),
    ("share", "percent", "percentage", "proportion", "fraction"),
    ("die", "kill", "lose", "perish", "casualty", "fatality", "death"),
    ("begin", "launch", "start", "commence", "initiate", "open"),
    ("end", "conclude", "finish", "terminate", "close"),
    ("invade", "attack", "assault", "strike", "offensive"),
    ("meet", "conference", "summit", "talk"),
    ("buy", "purchase", "acquire", "obtain"),
    ("agreement", "treaty", "accord", "pact", "convention"),
    ("leader", "head", "chief", "premier"),
    ("country", "nation", "state"),
    ("big", "large", "great", "huge"),
    ("build", "construct", "erect"),
    ("show", "demonstrate", "reveal", "display"),
    ("ask", "request", "demand"),
    ("give", "grant", "provide", "award"),
    ("refuse", "reject", "decline", "deny"),
    ("sign", "ratify", "conclude"),
    ("recognize", "recognise", "acknowledge"),
    ("send", "dispatch"),
    ("supervise", "oversee", "direct", "manage"),
    ("articulate", "formulate", "propose", "announce", "proclaim", "declare"),
    ("arrive", "reach"),
    ("represent", "constitute", "amount", "account", "equal"),
    ("output", "production", "produce", "manufacture"),
    ("assess", "evaluate", "judge", "gauge"),
    ("replace", "succeed", "substitute"),
    ("surrender", "capitulate", "yield"),
    ("withdraw", "retreat", "leave"),
))  # fmt: skip
_DERIVATIONAL = ("ations", "ation", "itions", "ition", "ments", "ment", "ions", "ion", "als", "al", "ure", "ures")


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """A derivational root: "invade"/"invaded"/"invasion", "sign"/"signing", "arrive"/"arrival" agree."""
    w = fold(word).replace("'", "")
    w = IRREGULAR.get(w, w)
    if len(w) <= 4 or not w.isalpha():
        return w
    w = _strip_suffix(w)
    if w.endswith("sion") and len(w) > 6:
        base = w[:-4]
        w = base + ("s" if base.endswith("s") else "d")  # invasion -> invad, expansion -> expand
    else:
        for suffix in _DERIVATIONAL:
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
    w = w[:-1] if w.endswith(("e", "y")) and len(w) > 4 else w
    return w[:-2] if w.endswith("at") and len(w) > 5 else w  # negotiat(e) / negotiat(ion)


@lru_cache(maxsize=1)
def _group_index() -> dict[str, frozenset[int]]:
    index: dict[str, set[int]] = {}
    for i, group in enumerate(SYNONYM_GROUPS):
        for word in group:
            index.setdefault(root(word), set()).add(i)
    return {k: frozenset(v) for k, v in index.items()}


def synonym_groups(word: str) -> frozenset[int]:
    """Ids of the synonym groups a word belongs to (by derivational root)."""
    return _group_index().get(root(word), frozenset())


def demonyms(name: str) -> set[str]:
    """Adjective and people forms a place name may take ("Germany" -> "German", "Norway" -> "Norwegian")."""
    w = fold(name)
    if len(w) < 4 or not w.isalpha():
        return {w}
    forms = {w, w + "n", w + "an", w + "ese", w + "ian"}
    if w.endswith(("y", "a", "o", "e")):
        stem_ = w[:-1]
        forms |= {stem_, stem_ + "an", stem_ + "ian", stem_ + "ese", stem_ + "ish"}
    return forms
