"""What a question asks: its type, the kind of answer it expects, its key words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vitrina.qa.text import QUESTION_WORDS, STOPWORDS, WORD, fold, stem

PERSON_NOUNS = frozenset(
    ["person", "man", "woman", "president", "leader", "minister", "secretary", "general", "pilot", "spy", "diplomat", "ambassador", "king", "queen", "emperor", "empress", "premier", "chancellor", "official", "senator", "governor", "admiral", "commander", "author", "writer", "officer", "agent", "envoy", "explorer", "negotiator", "advisor", "adviser", "aide", "statesman", "czar", "tsar", "pope", "chief", "representative", "delegate", "founder", "inventor", "scientist", "artist", "painter", "architect", "designer", "emissary", "confidant", "lawyer", "judge", "soldier", "sailor", "captain", "politician", "ruler", "monarch", "prince", "princess", "dictator", "people", "individual", "journalist", "poet"]
)
PLACE_NOUNS = frozenset(
    ["place", "city", "country", "nation", "state", "town", "region", "territory", "island", "river", "port", "capital", "continent", "location", "province", "republic", "village", "county", "colony", "site", "area", "harbor", "harbour", "airport", "valley", "mountain", "sea", "ocean", "lake", "peninsula", "border"]
)
TIME_NOUNS = frozenset(["year", "date", "day", "month", "decade", "century", "time", "period", "season", "era"])
# "when did X take place / happen / occur": the words say nothing about which X
LIGHT_EVENT_WORDS = frozenset(["take", "took", "taken", "place", "happen", "happened", "occur", "occurred", "held", "hold"])
PERCENT_NOUNS = frozenset(["share", "percent", "percentage", "proportion", "fraction"])
MEASURE_NOUNS = frozenset(
    ["ceiling", "altitude", "height", "distance", "length", "weight", "speed", "size", "area", "population", "vote", "price", "cost", "amount", "sum", "number", "total", "figure", "margin", "depth", "width", "range", "toll", "tally"]
)
MONEY_WORDS = frozenset(
    ["pay", "paid", "cost", "costs", "money", "fund", "funds", "funding", "funded", "price", "aid", "assistance", "supplies", "dollar", "dollars", "loan", "loans", "budget", "worth", "sell", "sold", "spend", "spent", "buy", "bought", "purchase", "compensation", "payment", "indemnity", "debt", "credit", "investment", "grant"]
)
NAMING_VERBS = frozenset(
    ["call", "called", "dub", "dubbed", "name", "named", "nickname", "nicknamed", "term", "termed", "code-named", "known", "label", "labelled", "labeled"]
)
AUXILIARIES = frozenset(
    ["did", "do", "does", "was", "were", "is", "are", "had", "has", "have", "will", "would", "could", "can", "should", "might", "may", "shall", "been", "be"]
)
WHY_START = re.compile(r"^(why|for what (reason|purpose)|what (was|were) the (reason|purpose|motive|motivation|cause)s?\b|how (did|does|do|was|were|could|can)\b)")
LIST_START = re.compile(r"^(name|list|enumerate|identify)\b|^what (are|were) the names\b")


@dataclass
class Question:
    text: str
    type: str  # who, what, when, where, how many, how much, which, list, why
    expects: str  # person, place, date, quantity, named, list, sentence
    head: str | None = None  # head or counted noun ("tanks", "conference")
    heads: list[str] = field(default_factory=list)  # the words of the head noun group
    unit: str | None = None  # money, percent, weight, or None
    naming: bool = False  # "what was X called / code-named …"
    content: list[str] = field(default_factory=list)  # folded content words, in order
    names: list[str] = field(default_factory=list)  # capitalised words (proper names)
    years: list[str] = field(default_factory=list)
    others: set[str] = field(default_factory=set)  # stems of other names of the question's names


def _lead(q: str) -> str:
    """Question text from its question word on ("In which city…" -> "which city…")."""
    match = re.search(r"\b(who|whom|whose|what|which|when|where|why|how|name|list)\b", q)
    return q[match.start():] if match else q


def _group_after(words: list[str], start: int) -> list[str]:
    """The words of the noun group that starts at ``start`` (before a verb/preposition)."""
    group: list[str] = []
    for word in words[start:]:
        if word in AUXILIARIES or word in ("of", "in", "to", "for", "at", "on", "from", "by", "that", "with"):
            break
        if word in STOPWORDS and not group:
            continue
        if word in STOPWORDS or len(group) >= 3:
            break
        group.append(word)
    return group


def _noun_after(words: list[str], start: int) -> str | None:
    """The head noun: a known kind of noun if any, else the last word not a past-tense verb."""
    group = _group_after(words, start)
    known = PERSON_NOUNS | PLACE_NOUNS | TIME_NOUNS | PERCENT_NOUNS | MEASURE_NOUNS
    for word in group:
        if word in known:
            return word
    plain = [w for w in group if not w.endswith("ed")]
    return plain[-1] if plain else (group[-1] if group else None)


def analyse(question: str) -> Question:
    raw = question.strip()
    folded = fold(raw)
    lead = _lead(folded)
    lead_words = [w.lower() for w in WORD.findall(lead)]
    qtype, expects, head, unit = _classify(lead, lead_words)
    all_words = [_bare(fold(w)) for w in WORD.findall(raw)]
    naming = any(w in NAMING_VERBS for w in all_words) or "code-named" in folded
    heads = _group_after(lead_words, 2) if qtype in ("how many", "how much") else ([head] if head else [])
    if qtype == "how much" and unit is None:
        unit = _unit_hint(all_words, head)
    drop = set(QUESTION_WORDS) | {"many", "much"} | (TIME_NOUNS if expects == "date" else set())
    content = [w for w in all_words if w not in STOPWORDS and w not in drop]
    return Question(
        text=raw,
        type=qtype,
        expects=expects,
        head=head,
        heads=heads,
        unit=unit,
        naming=naming,
        content=list(dict.fromkeys(content)),
        names=_names(raw),
        years=re.findall(r"\b1\d{3}\b|\b20\d{2}\b", raw),
    )


def _classify(lead: str, words: list[str]) -> tuple[str, str, str | None, str | None]:
    first = words[0] if words else ""
    if LIST_START.match(lead):
        head = _noun_after(words, 1)
        return "list", "list", head, None
    if lead.startswith("how many"):
        return "how many", "quantity", _noun_after(words, 2), None
    if lead.startswith("how much"):
        return "how much", "quantity", _noun_after(words, 2), None
    if re.match(r"^how (long|far|high|big|large|old|tall|heavy|deep|wide)\b", lead):
        return "how much", "quantity", None, None
    if WHY_START.match(lead):
        return "why", "sentence", None, None
    if first == "when" or lead.startswith("by when"):
        return "when", "date", None, None
    if first == "where":
        return "where", "place", None, None
    if first in ("who", "whom", "whose"):
        return "who", "person", None, None
    if first in ("what", "which"):
        head = _noun_after(words, 1)
        if head and head not in TIME_NOUNS | PERCENT_NOUNS | PERSON_NOUNS | PLACE_NOUNS:
            head = stem(head) if stem(head) in TIME_NOUNS | PERCENT_NOUNS | PERSON_NOUNS | PLACE_NOUNS else head
        if head in TIME_NOUNS:
            return "when", "date", head, None
        if head in PERCENT_NOUNS:
            return "how much", "quantity", head, "percent"
        if head in PERSON_NOUNS:
            return first, "person", head, None
        if head in PLACE_NOUNS:
            return first, "place", head, None
        return first, "named", head, None
    if first in ("how",):
        return "why", "sentence", None, None
    return "what", "named", None, None


def _unit_hint(words: list[str], head: str | None) -> str | None:
    if any(w.startswith("weigh") for w in words):
        return "weight"
    if any(w in MONEY_WORDS for w in words) or (head and stem(head) in {stem(m) for m in MONEY_WORDS}):
        return "money"
    return None


def _names(raw: str) -> list[str]:
    """Capitalised words that are not the question's first word or a question word."""
    names = []
    for i, match in enumerate(WORD.finditer(raw)):
        word = match.group()
        folded = fold(word)
        if i == 0 or not word[0].isupper() or folded in QUESTION_WORDS or folded in STOPWORDS:
            continue
        names.append(_bare(folded))
    return list(dict.fromkeys(names))


def _bare(word: str) -> str:
    """A folded word without a possessive ending ("ussr's" -> "ussr")."""
    return re.sub(r"'s?$", "", word) or word
