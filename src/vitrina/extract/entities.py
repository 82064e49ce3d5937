"""Entity mentions: spaCy NER, corrected and completed by general rules.

Sources, in order of trust: the input's own markup (TEI persName…), title
rules ("President X", "Danish leader X"), then the statistical NER. Spans
are cleaned (no leading article, possessive or trailing punctuation) and
event-like names ("the X Agreement", "Operation X") are never persons.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from vitrina import longs
from vitrina.extract.linebreaks import hard_line_ends, pieces
from vitrina.extract.nlp import Analysis, Tok
from vitrina.extract.spans import DisjointSpans
from vitrina.extract.wordfreq import is_common_word
from vitrina.lexicon import words as lexicon_words
from vitrina.model import Document, EntityType

LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",  # kept as place only with a gazetteer hit (see cluster)
    "NORP": "group",
    "EVENT": "other",
    "LAW": "other",
    "WORK_OF_ART": "other",
}
MARKUP_TYPES: dict[str, EntityType] = {
    "person": "person",
    "place": "place",
    "organization": "organization",
    "group": "group",
    "other": "other",
    "vessel": "other",  # TEI <name type="ship">: a vessel, never the person or place it is named after
}
NAME_TAGS = {"NNP", "NNPS"}
FUNCTION_TAGS = {"IN", "DT", "CC", "TO"}  # a preposition, article or conjunction opens no name
LEADING_HEADS = lexicon_words("event_name_heads")  # "Operation X", "Treaty of Y"
PARTICLES = lexicon_words("name_particles")  # "de", "van", "ibn" inside a personal name


@dataclass
class RawMention:
    start: int
    end: int
    type: EntityType
    source: str  # "markup", "title", a spaCy label, "role", "fill"
    role: str | None = None  # role word seen with it ("president")


@cache
def words(name: str) -> tuple[str, ...]:
    """Lines of a data file (comments and blanks skipped), lower case."""
    text = resources.files("vitrina.data").joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def event_heads() -> frozenset[str]:
    return frozenset(words("event_heads.txt"))


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return frozenset(words("honorifics.txt"))


def is_honorific(word: str) -> bool:
    """Whether a word is an honorific as written ("Mrs.") or as OCR's long s reads ("Mifs": ``longs``), or a
    military rank or civic title (``is_rank_title``)."""
    low = word.lower().rstrip(".")
    if low in honorifics() or is_rank_title(low):
        return True
    read = longs.reading(low)
    return read is not None and read in honorifics()


def is_rank_title(word: str) -> bool:
    """A military rank or civic title (lexicon ``rank_titles``: "Councillor", "Cpl", "L/Cpl"), or a hyphenated
    one each of whose parts is a title or an honorific ("Lieutenant-Colonel", "Lt-Col")."""
    low = word.lower().rstrip(".")
    ranks = lexicon_words("rank_titles")
    if low in ranks:
        return True
    parts = low.split("-")
    return len(parts) > 1 and all(p.rstrip(".") in ranks or p.rstrip(".") in honorifics() for p in parts)


@lru_cache(maxsize=1)
def role_phrases() -> tuple[tuple[str, ...], ...]:
    """Role phrases as token tuples, longest first."""
    return tuple(sorted((tuple(w.split()) for w in words("roles.txt")), key=len, reverse=True))


# ---------------------------------------------------------------- cleaning


_LEAD = re.compile(r"^(?:the|The|THE)\s+")
_TRAIL = re.compile(r"(?:['’]s?|[\s.,;:!?)\]}\"“”‘’—–-])+$")
# a preposition, article or conjunction ending a span: the name was cut before the words it joins ("X of")
_DANGLING = re.compile(r"(?:\s+(?:of|and|the|for|&))+$")
_LEAD_PUNCT = re.compile(r"^[\s\"“”‘’(\[{—–-]+")


def clean_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Strip a leading article, possessive and surrounding punctuation.

    A final period is kept after a one-letter initial or a known abbreviation
    ("U.S.") so that names like "John Q." remain whole.
    """
    s = text[start:end]
    for stop in ("\n", "("):  # a name never crosses a line break or a parenthesis (one glued on too: "X.(Photo")
        cut = s.find(stop)
        if cut > 0:
            s, end = s[:cut], start + cut
    m = _LEAD_PUNCT.match(s) or _LEAD.match(s)
    while m and m.end() > 0:
        start += m.end()
        s = s[m.end():]
        m = _LEAD_PUNCT.match(s) or _LEAD.match(s)
    start, s = _without_edge_symbols(start, s)
    end = start + len(s)
    dangling = _DANGLING.search(s)
    if dangling and dangling.start() > 0:  # "X Register of" cut before its object: the name ends before "of"
        s = s[: dangling.start()]
        end = start + len(s)
    m = _TRAIL.search(s)
    if m:
        cut = m.start()
        tail = s[cut:]
        # keep a dot that closes an abbreviation such as "U.S." or "Jr."
        if tail.startswith(".") and re.search(r"(?:\b[A-Z]\.[A-Z]|\bJr|\bSr|\bSt)$", s[:cut]):
            cut += 1
        end = start + cut
    return (start, end) if end > start else None


# Unicode categories never part of a name's edge: symbols (emoji, arrows, currency), format
# characters (zero-width joiners, direction marks), private-use and unassigned code points, and
# the variation selectors that pick an emoji's presentation (marks, but never a letter's)
_EDGE_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Sm", "Sc", "Cf", "Co", "Cn", "Cc"})


def _edge_symbol(ch: str) -> bool:
    code = ord(ch)
    return (unicodedata.category(ch) in _EDGE_SYMBOL_CATEGORIES
            or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF)


def _without_edge_symbols(start: int, s: str) -> tuple[int, str]:
    """``s`` (at ``start``) without the symbols and format characters at its ends, and the
    spaces they leave: an emoji sequence joined before a name is not part of it."""
    lead = 0
    while lead < len(s) and (_edge_symbol(s[lead]) or lead and s[lead].isspace()):
        lead += 1
    trail = len(s)
    while trail > lead and (_edge_symbol(s[trail - 1]) or trail < len(s) and s[trail - 1].isspace()):
        trail -= 1
    return start + lead, s[lead:trail]


# ---------------------------------------------------------------- sources


def markup_mentions(doc: Document) -> list[RawMention]:
    out = []
    for m in doc.markup:
        etype = MARKUP_TYPES.get(m.kind)
        if etype is None:
            continue
        span = clean_span(doc.text, m.start, m.end)
        if span and etype == "person":
            span = without_leading_titles(doc.text, span[0], span[1])
        if span:
            out.append(RawMention(span[0], span[1], etype, "markup"))
    # a name tagged inside another ("<orgName>the Council of <placeName>X</placeName></orgName>"): the outer one is
    # the name the encoder gave the whole, and mentions do not nest, so it is laid first (round 53 red team D11)
    return sorted(out, key=lambda m: (m.start, -(m.end - m.start)))


_LEADING_WORD = re.compile(r"([^\W\d_]+(?:[-/][^\W\d_]+)*)\.?\s+")


def is_leading_title(word: str) -> bool:
    """An honorific ("Mr.") or an academic or clerical title (lexicon ``academic_titles``: "Professor")."""
    return is_honorific(word) or word.lower().rstrip(".") in lexicon_words("academic_titles")


def without_leading_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """A tagged person's span without the titles before the name ("Mr. Amos Tilley" is Amos Tilley), so that
    it joins the name written bare; at least two words of name are left (a title and a surname alone stays
    whole: "Mr. Tilley")."""
    while True:
        lead = _LEADING_WORD.match(text, start, end)
        if lead is None or not is_leading_title(lead.group(1)):
            return start, end
        rest = text[lead.end():end]
        if len(rest.split()) < 2 or not rest[:1].isupper():
            return start, end
        start = lead.end()


def ner_mentions(text: str, an: Analysis, breaks: list[int] | None = None) -> list[RawMention]:
    """The model's names, cleaned and retyped; a name stops at a line end of the source that was no wrap
    (``breaks``: ``linebreaks.hard_line_ends``) and at a label's colon ("Director: X"), each part read as
    a name of its own."""
    heads = event_heads()
    stops = frozenset(breaks or ())
    out: list[RawMention] = []
    for whole_start, whole_end, label in an.ents:
        etype = LABEL_TYPES.get(label)
        if etype is None:
            continue
        parts = _name_parts(text, whole_start, whole_end, label, breaks or [])
        for start, end in parts:
            if len(parts) > 1 and is_common_word(text[start:end]):
                continue  # a label or a heading word cut off a name ("Cast", "Designer"): no name alone
            _add_ner_mention(out, text, an, start, end, label, heads, stops)
    return _organizations_of_places(text, out)


# a colon and a space: a label's end ("Director: X"), never inside a person's name
_LABEL_COLON = re.compile(r":\s")


def _name_parts(text: str, start: int, end: int, label: str, breaks: list[int]) -> list[tuple[int, int]]:
    """A model span's parts: cut at the source's hard line ends, and a person's at a label's colon."""
    parts = pieces(start, end, breaks) if breaks else [(start, end)]
    if label != "PERSON":
        return parts
    out = []
    for a, b in parts:
        for cut in _LABEL_COLON.finditer(text, a, b):
            out.append((a, cut.start()))
            a = cut.end()
        out.append((a, b))
    return [(a, b) for a, b in out if b > a]


def _add_ner_mention(out: list[RawMention], text: str, an: Analysis, start: int, end: int, label: str,
                     heads: frozenset[str], stops: frozenset[int]) -> None:
    """Append the mention model span ``[start, end)`` labelled ``label`` makes, if it is a name."""
    etype = LABEL_TYPES[label]
    span = clean_span(text, start, end)
    if span is None:
        return
    start, end = span
    toks = an.toks_in(start, end)
    if not toks:
        return
    named = _without_leading_function_words(toks)
    if len(named) < len(toks):
        toks, start = named, named[0].start
    role = None
    if label != "PERSON":  # "Egyptian President X", "National Security Advisor Y Z" typed a group
        rest, titled = _strip_role(toks)
        if titled is not None and _name_after_role(rest):
            toks, role, etype = rest, titled, "person"
            label = "PERSON"
    if label == "ORG" and _holder_of_eponymous_office(toks):  # "the X Administration"
        toks, etype, label = _without_office(toks), "person", "PERSON"
    if label == "PERSON":
        toks, held = _strip_role(toks)
        role = role or held
        toks = _name_core(toks)
        if not toks:
            return
        start, end = toks[0].start, toks[-1].end
    if not_a_name(text, start, end, toks, label):
        return
    if label == "PERSON" and street_headed(toks):
        etype, label = "place", "FAC"  # "X Row", "X Strasse": a street, kept only when the gazetteer knows it
    if label == "ORG" and len(toks) == 1 and toks[0].tag == "JJ":
        return  # "Allied" forces
    if label == "ORG" and (_only_a_title(toks) or _office_of_a_role(text, start, toks)):
        return  # "Commissar for Foreign Affairs", "Secretary of [State]": an office, not a body
    etype, end = _retype_event_like(text, an, toks, etype, label, end, heads, stops)
    led = _event_head_before(an, start, etype)
    if led is not None:
        start, etype = led, "other"  # "Operation" + "X": the operation's name, not the person X
    out.append(RawMention(start, end, etype, label, role))


def _event_head_before(an: Analysis, start: int, etype: str) -> int | None:
    """The start of the capitalised word opening an event's name (lexicon ``event_name_heads``: "Operation",
    "Battle") written right before a name the model read without it ("Operation" + "X"), or None."""
    i = an.tok_index(start) - 1
    if etype not in {"person", "organization", "place"} or i < 0:
        return None
    t = an.toks[i]
    if t.text[:1].isupper() and t.text.lower() in LEADING_HEADS and start - t.end == 1:
        return t.start
    return None


# How far ``addressed`` reads: back to the line's or sentence's start (a turn label and its time code at most),
# and on to the question mark ending the clause spoken to the name.
ADDRESS_LIMITS = {"lead_chars": 60, "question_chars": 400}

# What may stand before a name addressed at the head of a line: nothing, or a speaker's turn label
# ("[00:12:31] TB:", "Q:") with its time code.
_TURN_LEAD = re.compile(r"[ \t]*(?:\[[\d:.]+\][ \t]*)?(?:[^\W\d_][\w.]{0,24}:[ \t]*)?")
_CLAUSE_END = re.compile(r"[?.!\n]")
_SENTENCE_END = re.compile(r"[.?!]['\"”’)]*\s+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def addressed_as_people(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` with every place or organization name that is someone spoken to (``addressed``) made a
    person: "Reading, your father was the foreman?" asks someone named Reading, it names no town (round 45, red team D8)."""
    for m in mentions:
        if m.type in ("place", "organization") and addressed(text, m.start, m.end):
            m.type, m.source = "person", "PERSON"
    return mentions


def addressed(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is someone spoken to (a vocative): it opens its line or sentence (or the
    turn after a speaker's label), a comma follows it, and the question it opens speaks to "you" (lexicon
    ``second_person_pronouns``): "Marta, when did you start at the mill?". Reads at most ``ADDRESS_LIMITS``
    characters either side, so a name on a very long line costs no more than one on a short one."""
    if not text.startswith(",", end):
        return False
    lo = max(0, start - ADDRESS_LIMITS["lead_chars"])
    line_start = text.rfind("\n", lo, start) + 1 or lo  # 0 when no line break is that near
    ends = list(_SENTENCE_END.finditer(text, max(lo, line_start), start))  # lines run on: its last sentence
    lead = ends[-1].end() if ends else line_start
    if lead < lo or (lead == lo and lo > 0 and text[lo - 1] != "\n"):
        return False  # the sentence opened further back: the name is inside it
    if not _TURN_LEAD.fullmatch(text, lead, start):
        return False
    stop = _CLAUSE_END.search(text, end, end + ADDRESS_LIMITS["question_chars"])
    if stop is None or text[stop.start()] != "?":
        return False
    second = lexicon_words("second_person_pronouns")
    return any(w.group().lower() in second for w in _WORD.finditer(text, end, stop.start()))


# between an organization's name and the place its name ends with: "Bank | of | England"
_ORG_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_ENDS_OF = re.compile(r"\s+of(?:\s+the)?$")  # "the Communist Party of" | "X"


def _organizations_of_places(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """An organization's name NER cut before "of [the] <place>" ("the Bank of | England",
    "the Grain Exchange of | the Netherlands") takes the place into its name: the place
    names whose body it is, not a place the text speaks of there ("in <place>" is left: "the
    Congress in X" met there)."""
    out: list[RawMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "organization" and m.type == "place" \
                and (_ORG_OF.fullmatch(text, prev.end, m.start)  # or NER kept the "of":
                     or _ENDS_OF.search(text, prev.start, prev.end) and text[prev.end : m.start].isspace()):
            prev.end = m.end
            continue
        out.append(m)
    return out


# fine tags of a sentence-opening word NER sometimes takes into the name after it
# ("Following Germany's occupation", "During Reconstruction"): gerund, preposition, adverb
LEADING_NON_NAME_TAGS = frozenset({"VBG", "IN", "RB", "WRB", "CC"})


def _without_leading_function_words(toks: list[Tok]) -> list[Tok]:
    """The span without leading words that are no part of a name before a proper noun."""
    while len(toks) > 1 and toks[0].tag in LEADING_NON_NAME_TAGS and toks[1].tag in {"NNP", "NNPS"}:
        toks = toks[1:]
    return toks


_IDEOLOGY = re.compile(r"\w+(?:ism|isms)$")


def not_a_name(text: str, start: int, end: int, toks: list[Tok], label: str) -> bool:
    """Spans that are never entities: a month name alone, an ideology ("Liberalism"), a person's
    span holding a hyphenated code with a digit (``coded``), a fragment of a hyphenated compound ("Franco" in "Franco-Prussian")."""
    surface = text[start:end]
    if len(toks) == 1 and surface.lower() in lexicon_words("months"):
        return True
    if " " not in surface and (is_rank_title(surface) or surface.lower().rstrip(".") in lexicon_words("unit_abbreviations")):
        return True  # "Lt-Col", "L/Cpl", "Bn": a rank or a unit's abbreviation alone names no one
    if label == "PERSON" and coded(surface):
        return True  # "Drawing B-301": an identifier, not someone
    if label in CODE_REFUSING_LABELS and number_code(surface):
        return True  # "K-1931-207" alone: a register's or an object's number, no body and no place
    if _dated_season(surface):
        return True  # "Spring '27": a time written with its year cut short, no name
    if label == "NORP" and re.search(r"[\w.][-–][A-Z]", surface):
        return True  # a compound adjective ("Sino-Tibetan"), not a group name
    if label in {"NORP", "ORG"} and len(toks) == 1 and _IDEOLOGY.fullmatch(surface):
        return True
    hyphens = {"-", "–"}
    return label == "NORP" and len(toks) == 1 and (
        text[end : end + 1] in hyphens or text[start - 1 : start] in hyphens
    )


# the model's labels of names that are never a code alone (a product's "B-52" may be one)
CODE_REFUSING_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART"})
_SHORT_YEAR = re.compile(r"(?P<word>[^\W\d_]+)\s+['’]\d{2}")


_CODE_PARTS = re.compile(r"[^\W_]+(?:[-–/.][^\W_]+)+")


def number_code(surface: str) -> bool:
    """Whether ``surface`` is one code of parts joined by hyphens, slashes or dots with more digits than letters
    ("K-1931-207", "B/12-4"): a register's or an object's number."""
    s = surface.strip()
    return _CODE_PARTS.fullmatch(s) is not None and sum(c.isdigit() for c in s) > sum(c.isalpha() for c in s)


def _dated_season(surface: str) -> bool:
    """A season or month with a year shortened to two digits after an apostrophe ("Summer '07", "June '12")."""
    from vitrina.extract.edtf_text import MONTH_RE, SEASONS

    m = _SHORT_YEAR.fullmatch(surface.strip())
    return m is not None and (m["word"] in SEASONS or MONTH_RE.fullmatch(m["word"]) is not None)


# a word with a digit joined by a hyphen to another part ("B-301", "KB-1863", "3-A"): a code, never a name
_CODE_WORD = re.compile(r"[^\W_]*\d[^\W_]*[-–][^\W_]+|[^\W_]+[-–][^\W_]*\d")


def coded(surface: str) -> bool:
    """Whether ``surface`` holds a hyphenated code with a digit (a drawing number, a shelfmark): no
    person's name is written so."""
    return _CODE_WORD.search(surface) is not None


def street_headed(toks: list[Tok]) -> bool:
    """A name of two or more words ending with a street's head: a noun whose usual WordNet sense is a
    road ("X Street", ``places.road_noun``) or a head WordNet lacks (lexicon ``street_name_heads``:
    "X Row", "X Strasse")."""
    from vitrina.extract.places import road_noun

    if len(toks) < 2:
        return False
    last = toks[-1].text
    return last[:1].isupper() and (last.lower() in lexicon_words("street_name_heads") or road_noun(last))


# capitalised words a role may follow inside one span: "Soviet Foreign Minister X", "U.S. Captain X"
MAX_ROLE_MODIFIERS = 3


def _only_a_title(toks: list[Tok]) -> bool:
    """A span that is a role phrase with its office and nothing else ("Secretary of War")."""
    matched = _match_role(toks, 0)
    return matched is not None and matched[1] < len(toks) and _skip_office(toks, matched[1]) == len(toks)


_ROLE_OF = re.compile(r"\b([A-Za-z]+)\s+(?:of|for)\s+(?:the\s+)?$")


def _office_of_a_role(text: str, start: int, toks: list[Tok]) -> bool:
    """Office words right after a role and "of" ("Secretary of [State]", "Minister for
    [Foreign Affairs]"): the role's domain, not an organization."""
    office = set(words("office_words.txt"))
    role = _ROLE_OF.search(text, max(0, start - 40), start)
    return role is not None and role.group(1).lower() in _roles_by_first() and \
        all(t.text.lower() in office for t in toks)


def _strip_role(toks: list[Tok]) -> tuple[list[Tok], str | None]:
    """ "Tsar Nicholas Romanov" → the name, and the role "tsar"; also after capitalised
    words qualifying the role ("Soviet Foreign Minister X", "U.S. Captain X") and with
    the role's office ("Secretary of State X", "Commissar for Foreign Affairs X")."""
    for p in range(min(MAX_ROLE_MODIFIERS + 1, len(toks) - 1)):
        if not toks[p].text[:1].isupper():
            break
        matched = _match_role(toks, p)
        if matched is not None:
            end = _skip_office(toks, matched[1])
            if end < len(toks):
                return toks[end:], matched[0]
    return toks, None


def _name_after_role(toks: list[Tok]) -> bool:
    """The words after a role in a span NER typed otherwise are a person's name: proper
    nouns only, the last no common noun ("Library", "Administration": a body named after
    the office holder)."""
    if not toks or any(t.tag not in NAME_TAGS for t in toks):
        return False
    return len(toks) == 1 or not _common_noun(toks[-1].text)


@lru_cache(maxsize=4096)
def _common_noun(word: str) -> bool:
    """A word WordNet knows as a lower-case noun ("library", "doctrine")."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    base = word.lower()
    return wn is not None and any(lemma.name() == base for s in wn.synsets(base, "n") for lemma in s.lemmas())


def _name_core(toks: list[Tok]) -> list[Tok]:
    """Trim non-name tokens (adverbs, verbs) off the ends of a person span."""
    def ok(t: Tok) -> bool:
        if not any(ch.isalnum() for ch in t.text):  # an emoji or a joiner tagged as a name
            return False
        return t.tag in NAME_TAGS or t.text[:1].isupper() and t.pos in {"PROPN", "NOUN", "ADJ"}

    while toks and not ok(toks[-1]):
        toks = toks[:-1]
    while len(toks) > 1 and is_post_nominal(toks[-1].text):  # "X Y KC" is X Y
        toks = toks[:-1]
    toks = _without_office(toks)
    while toks and not ok(toks[0]):
        toks = toks[1:]
    while toks and is_honorific(toks[0].text):
        toks = toks[1:]
    toks = _without_rank_titles(toks)
    # "Earl of X" with its title stripped: "of X" names the seat, not the holder
    if toks and toks[0].text.islower() and toks[0].tag in FUNCTION_TAGS and toks[0].text not in PARTICLES:
        return []
    return toks


def _without_rank_titles(toks: list[Tok]) -> list[Tok]:
    """A person span without the military ranks and civic titles before the name, written whole or as the
    model's pieces of one hyphenated title ("Lt", "-", "Col", "."): "Lt-Col. X Y" is X Y; a name is left."""
    i = 0
    while i < len(toks):
        j = _written_title(toks, i)
        if j == i or j >= len(toks):
            break
        i = j
    return toks[i:]


def _written_title(toks: list[Tok], i: int) -> int:
    """The index after the rank title written from token ``i`` (its parts glued by "-" or "/", then a glued
    dot), or ``i`` when none is written there."""
    j = i + 1
    while j + 1 < len(toks) and toks[j].text in {"-", "/"} and toks[j].start == toks[j - 1].end \
            and toks[j + 1].start == toks[j].end:
        j += 2
    if not is_rank_title("".join(t.text for t in toks[i:j])):
        return i
    if j < len(toks) and toks[j].text == "." and toks[j].start == toks[j - 1].end:
        j += 1
    return j


def is_post_nominal(word: str) -> bool:
    """Letters written after a name for a rank at the bar, an honour or a degree ("KC", "Q.C.", "MP": lexicon
    ``post_nominals``), in capitals: no part of the name itself."""
    return word.replace(".", "").isupper() and word.replace(".", "").lower() in lexicon_words("post_nominals")


def _without_office(toks: list[Tok]) -> list[Tok]:
    """A person span without the government named after the person at its end ("X
    Administration", "X White House": lexicon ``office_nouns``): the name is the person's."""
    for n in (2, 1):
        if len(toks) > n and " ".join(t.text.lower() for t in toks[-n:]) in lexicon_words("office_nouns"):
            return toks[:-n]
    return toks


def _holder_of_eponymous_office(toks: list[Tok]) -> bool:
    """One proper name that is no common noun, then an office named after its holder
    (lexicon ``eponymous_offices``: "X Administration", "X White House")."""
    for n in (2, 1):
        if len(toks) == n + 1 and " ".join(t.text.lower() for t in toks[-n:]) in lexicon_words("eponymous_offices"):
            return toks[0].tag in NAME_TAGS and not _common_noun(toks[0].text)
    return False


def _retype_event_like(
    text: str, an: Analysis, toks: list[Tok], etype: EntityType, label: str, end: int,
    heads: frozenset[str], stops: frozenset[int] = frozenset(),
) -> tuple[EntityType, int]:
    """Event-like names are "other"; a following head word joins the span, unless a line end of the source
    (``stops``) comes between."""
    if etype not in {"person", "organization", "place"}:
        return etype, end
    lowered = [t.text.lower() for t in toks]
    i = an.tok_index(end)
    last = end
    # hyphenated continuation: "Smith" + "-Jones" + "Agreement"
    while i + 1 < len(an.toks) and an.toks[i].text in {"-", "–"} and an.toks[i].start == last \
            and an.toks[i + 1].text[:1].isupper() and an.toks[i + 1].start == an.toks[i].end:
        last = an.toks[i + 1].end
        i += 2
    nxt = an.toks[i] if i < len(an.toks) else None
    if nxt and nxt.text[:1].isupper() and nxt.text.lower() in heads and nxt.start - last <= 1 and last not in stops:
        return "other", nxt.end  # "Varnholm" + "Conference"
    if lowered[-1] in heads and toks[-1].text[:1].isupper():
        return "other", end
    if etype == "person" and any(w in heads for w in lowered):
        return "other", end
    if len(toks) > 1 and lowered[0] in heads and toks[0].text[:1].isupper() and (
        lowered[1] == "of" or lowered[0] in LEADING_HEADS
    ):
        return "other", end  # "Operation X", "Treaty of Y" (but "War Office" stays)
    return etype, end


@lru_cache(maxsize=1)
def _roles_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in role_phrases():
        index.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in index.items()}


def _match_role(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """The role phrase starting at token ``i``: (phrase, index after it)."""
    for phrase in _roles_by_first().get(toks[i].text.lower(), ()):
        n = len(phrase)
        if i + n <= len(toks) and all(
            toks[i + k].text.lower() == phrase[k] for k in range(n)
        ) and _adjacent(toks[i : i + n]):
            return " ".join(phrase), i + n
    return None


def _adjacent(toks: list[Tok]) -> bool:
    return all(b.start - a.end <= 1 for a, b in zip(toks, toks[1:], strict=False))


def _joining_hyphen(toks: list[Tok], j: int, first: int) -> bool:
    """Token ``j`` is a hyphen written between two parts of one name, no space on either side, a capital
    after it ("Kelby-Dunmere"): a hyphenated surname is one name, never cut at the hyphen."""
    return j > first and toks[j].text in {"-", "‐"} and toks[j].start == toks[j - 1].end \
        and j + 1 < len(toks) and toks[j + 1].start == toks[j].end and toks[j + 1].text[:1].isupper()


def _name_run(text: str, toks: list[Tok], i: int, surnames: frozenset[str] = frozenset()) -> int:
    """End index of a run of capitalised name tokens starting at ``i``; a capitalised token the
    tagger takes for another word ("By", "Wells") counts when ``surnames`` holds it."""
    j = i
    while j < len(toks):
        t = toks[j]
        if j > i and t.start - toks[j - 1].end > 1:
            break
        if "\n" in text[toks[j - 1].end : t.start] if j > i else False:
            break
        is_name = (t.tag in NAME_TAGS or t.text in surnames) and t.text[:1].isupper() \
            and t.text.lower() not in event_heads()
        is_initial = re.fullmatch(r"[A-Z]\.", t.text) is not None
        is_particle = t.text in PARTICLES and j > i and j + 1 < len(toks) and toks[j + 1].text[:1].isupper()
        is_particle = is_particle or _joining_hyphen(toks, j, i)
        if not (is_name or is_initial or is_particle) or j > i and is_post_nominal(t.text):
            break
        j += 1
    return j


def title_mentions(text: str, an: Analysis, surnames: frozenset[str] = frozenset()) -> list[RawMention]:
    """Person names after a title or role: "President X", "Danish leader X"; ``surnames``: the last
    words of the document's full person names, a name after a title whatever their tag ("Colonel
    X" where X, the surname of "John X", is also a preposition)."""
    toks = an.toks
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        low = t.text.lower().rstrip(".")
        matched = _match_role(toks, i)
        if low not in honorifics() and is_honorific(t.text):
            low = longs.reading(low) or low  # "Mifs" is the title "miss"
        if matched is None and is_honorific(t.text) and t.text[:1].isupper():
            matched = (low, i + 1 + (i + 1 < len(toks) and toks[i + 1].text == "."))
        elif matched is None and is_honorific(t.text) and _particle_name(toks, i + 1):
            matched = (low, i + 2)  # "duc de Valmont": the name after the particle
        if matched is None:
            i += 1
            continue
        role, j = matched
        j = _skip_office(toks, j)  # "Secretary of Defense X", "leader, X"
        k = _name_run(text, toks, j, surnames)
        if is_honorific(t.text) and t.text[:1].isupper():
            k = _surname_after_given(text, toks, j, k)
        # a lower-case role word ("general") must be followed by a full name
        titled = is_honorific(t.text) and j >= 2 and toks[j - 1].text.lower() in PARTICLES
        if k > j and (t.text[:1].isupper() or k - j >= 2 or titled) and _adjacent(toks[j - 1 : j + 1]):
            while k > j and toks[k - 1].text.lower() in {"'s", "’s"}:
                k -= 1
            if k > j:
                out.append(RawMention(toks[j].start, toks[k - 1].end, "person", "title", role))
                i = k
                continue
        i = j
    return out


# WordNet's classes of a word that heads a place or a body after a name ("X Street", "X Ward", "X Society"): such a
# word after a title and a given name is no surname (``_surname_after_given``)
NOT_SURNAME_CLASSES = frozenset({"noun.artifact", "noun.location", "noun.group"})


def _surname_after_given(text: str, toks: list[Tok], j: int, k: int) -> int:
    """The end of a courtesy title's name run ``toks[j:k]`` taken one word further when the run is a given name
    alone and the next word is a capitalised word the tagger read as another part of speech ("Mrs. Ada
    Fending", with "Fending" a verb): title, given name and surname written together are one person's name. The
    word joins when it ends the capitalised run (a heading's run of capitals is no name), is no function word,
    title or post-nominal, and its most frequent WordNet sense heads no place or body (``NOT_SURNAME_CLASSES``)."""
    from vitrina.qa.lexical import first_sense_class, stop_words

    if k - j != 1 or k >= len(toks) or not _adjacent(toks[k - 1 : k + 1]) or "\n" in text[toks[k - 1].end : toks[k].start]:
        return k
    word = toks[k].text
    if not (len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()) \
            or word.lower() in stop_words() or toks[k].tag in FUNCTION_TAGS or is_honorific(word) \
            or is_post_nominal(word) or word.lower() in event_heads() \
            or first_sense_class(word.lower(), "n") in NOT_SURNAME_CLASSES:
        return k
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is not None and after.text[:1].isupper() and _adjacent([toks[k], after]):
        return k
    return k + 1


def _particle_name(toks: list[Tok], j: int) -> bool:
    """A particle then a capitalised name: "de Valmont", "von Arnim"."""
    return j + 1 < len(toks) and toks[j].text.lower() in PARTICLES and toks[j + 1].text[:1].isupper() \
        and _adjacent(toks[j - 1 : j + 2])


def _skip_office(toks: list[Tok], j: int) -> int:
    """Skip "of Defense", "for Foreign Affairs", "of the Navy" or an appositive comma after a role
    ("of the" alone is skipped no more: what follows it is the office's domain)."""
    if j < len(toks) and toks[j].text == "," and j + 2 < len(toks) and all(
        t.tag in NAME_TAGS for t in toks[j + 1 : j + 3]
    ):
        return j + 1
    if j < len(toks) and toks[j].text in {"of", "for"}:
        office = set(words("office_words.txt"))
        k = j + 1
        while k < len(toks) and (toks[k].text.lower() in office or toks[k].text.lower() == "the"):
            k += 1
        # an article alone names no office: in "leader of the X, Y" X is the domain, not the holder
        return k if any(t.text.lower() in office for t in toks[j + 1 : k]) else j
    return j


def role_mentions(an: Analysis) -> list[RawMention]:
    """Anaphoric roles: "the president", "the Danish leader" (not before a name)."""
    toks = an.toks
    out = []
    for i, t in enumerate(toks):
        if t.text.lower() != "the":
            continue
        j = i + 1
        while j < len(toks) and j - i <= 3 and _match_role(toks, j) is None and (
            toks[j].pos in {"ADJ", "PROPN"} and toks[j].text[:1].isupper()
        ):
            j += 1  # "the Danish leader", "the Dutch prime minister"
        matched = _match_role(toks, j) if j < len(toks) else None
        if matched is None:
            continue
        role, k = matched
        if k < len(toks) and (toks[k].tag in NAME_TAGS and toks[k].text[:1].isupper() or toks[k].text == "of"):
            continue  # a title before a name, or "the president of X"
        if k < len(toks) and toks[k].pos in {"NOUN", "PROPN"}:
            continue  # "the president's" is fine, "the leader class" is not a role
        out.append(RawMention(toks[i + 1].start, toks[k - 1].end, "person", "role", role))
    return out


# ---------------------------------------------------------------- merging


def _title_in_name(text: str, n: RawMention, m: RawMention) -> bool:
    """A one-word title mention right after a title word that begins a longer name
    ("General Motors"); not when the span starts inside the role phrase ("Secretary of
    State X" with "State X" tagged as an organization)."""
    if not (n.start < m.start < n.end):
        return False
    prefix = text[n.start : m.start].split()
    whole_role = m.role is None or [w.lower().rstrip(".") for w in prefix] == m.role.split()
    return n.type != "person" and " " not in text[m.start : m.end].strip() and (
        prefix[:1] == prefix) and whole_role


def _cut_possessive(text: str, n: RawMention) -> RawMention:
    """ "X’s Declaration" tagged as one name: the person is X."""
    m = re.search(r"['’]s\s", text[n.start : n.end])
    if m and n.source == "PERSON":
        return RawMention(n.start, n.start + m.start(), "person", n.source, n.role)
    return n


def combine(*layers: list[RawMention]) -> list[RawMention]:
    """Layer mentions: earlier layers win; a title mention retypes an NER span."""
    taken: list[RawMention] = []
    kept = DisjointSpans()
    for layer in layers:
        for m in layer:
            if not kept.clashes(m.start, m.end):
                taken.append(m)
                kept.add(m.start, m.end)
    return sorted(taken, key=lambda m: (m.start, m.end))


class _Nearby:
    """Mentions overlapping a span, found by start offset (no scan of every mention)."""

    def __init__(self, mentions: list[RawMention]):
        self.mentions = sorted(mentions, key=lambda m: m.start)  # the same objects, reordered
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in mentions), default=0)

    def overlapping(self, start: int, end: int) -> list[RawMention]:
        """Mentions ``n`` with ``n.start < end and start < n.end``, in start order."""
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_left(self.starts, end)
        return [n for n in self.mentions[low:high] if start < n.end]


def find_mentions(doc: Document, an: Analysis, use_markup: bool = True) -> list[RawMention]:
    """All raw mentions of a document, non-overlapping, in text order."""
    markup = markup_mentions(doc) if use_markup else []
    ner = ner_mentions(doc.text, an, hard_line_ends(doc))
    titles = title_mentions(doc.text, an, _full_name_surnames(doc.text, ner)) + titled_of_mentions(doc.text)
    near = _Nearby(ner)
    for m in titles:  # keep the role with overlapping NER person spans
        for n in near.overlapping(m.start, m.end):
            if n.type == "person":
                n.role = m.role
                if n.start < m.start < n.end:  # "Ambassador at [Large X Y]": the name starts after the role
                    n.start = m.start
                if n.start == m.start and n.end < m.end:  # "Commodore [X Y] Z": the title's name run is whole
                    n.end = m.end
    # a title word starting another one-word name ("General Motors") is not a title
    titles = [m for m in titles if not any(_title_in_name(doc.text, n, m) for n in near.overlapping(m.start, m.end))]
    ner = [_cut_possessive(doc.text, n) for n in ner]
    for n in ner + titles:
        if n.type == "person":
            n.end = with_regnal_number(doc.text, n)
    ner_people = [n for n in ner if n.type == "person" or n.type == "other"]
    rest = [n for n in ner if not (n.type == "person" or n.type == "other")]
    return without_post_nominals(doc.text, join_particle_names(
        doc.text, combine(markup, credit_mentions(doc), ner_people, titles, rest, role_mentions(an),
                          pattern_mentions(doc.text))))


def without_post_nominals(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` without the post-nominal letters written right after a person's name ("X Y KC", "X Y, MP"):
    the person's rank or honour, not a body of its own."""
    out: list[RawMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "person" and is_post_nominal(text[m.start : m.end]) \
                and re.fullmatch(r",?\s", text[prev.end : m.start]):
            continue
        out.append(m)
    return out


@cache
def _particle_chain() -> re.Pattern[str]:
    """Capitalised words joined by lower-case name particles (lexicon ``name_particles``): "Ada ibn Omar
    al-Kindi", "Eli ben Noah ha-Kohen" — a particle joins the words around it into one name."""
    word = r"[^\W\d_a-z][^\W\d_]*(?:['’][^\W\d_]+)?"
    particle = "|".join(sorted((re.escape(p) for p in PARTICLES), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-]){word}(?:\s+(?:{particle})(?:\s+|-){word})+(?![\w'’-])")


# a particle meaning "son of" or "daughter of" (lexicon ``patronymic_particles``) between two words of a name
_PATRONYMIC = re.compile(r"\s(?:" + "|".join(re.escape(p) for p in sorted(lexicon_words("patronymic_particles")))
                         + r")\s")


def join_particle_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """A person's name with its particles is one mention: a person mention within or against a chain of
    capitalised words joined by particles ("ibn", "ben", "al-", "ha-", "van": lexicon ``name_particles``) is
    widened to the chain, and the other mentions in it (the father's name after "ibn", a family name after "ha-")
    are dropped: a particle joins a name, never splits it. A chain no person mention touches is left as it is
    (a place "Rio de Janeiro", an institution named with "de"), unless a patronymic particle ("ibn", "bat":
    lexicon ``patronymic_particles``) joins it: then it is a person's name."""
    if not mentions or not any(p in text for p in PARTICLES):
        return mentions
    near = _Nearby(mentions)
    dropped: set[int] = set()
    for m in _particle_chain().finditer(text):
        inside = near.overlapping(m.start(), m.end())
        people = [n for n in inside if n.type == "person"]
        if not people and inside and _PATRONYMIC.search(m[0]):
            people = inside[:1]  # "son of", "daughter of": a person's name whatever the model typed its parts
        if not people or any(n.start < m.start() or n.end > m.end() for n in inside):
            continue  # no person in the chain, or a mention reaching out of it: not a name of its own
        keep = people[0]
        keep.start, keep.end, keep.type = m.start(), m.end(), "person"
        dropped.update(id(n) for n in inside if n is not keep)
    return [n for n in mentions if id(n) not in dropped]


def _full_name_surnames(text: str, mentions: list[RawMention]) -> frozenset[str]:
    """The last words of the person names of two or more capitalised words NER found ("John X"
    gives "X")."""
    out = set()
    for m in mentions:
        words = text[m.start : m.end].split()
        if m.type == "person" and len(words) >= 2 and all(w[:1].isupper() for w in words):
            out.add(words[-1])
    return frozenset(out)


# a regnal number after a one-word name: "Louis XIV", "Pius IX" (a Roman numeral up to 39)
_REGNAL_AFTER = re.compile(r" (X{0,3}(?:IX|IV|V?I{0,3}))(?![\w’'-])")


def with_regnal_number(text: str, m: RawMention) -> int:
    """The end of person mention ``m`` with the regnal number written right after a one-word
    name ("Emperor Charles V"): the number tells namesakes of one dynasty apart. "I" is
    taken only after a title ("Emperor Casimir I"), being also the pronoun."""
    found = _REGNAL_AFTER.match(text, m.end)
    if found is None or not found.group(1) or " " in text[m.start : m.end].strip():
        return m.end
    if found.group(1) == "I" and m.role is None:
        return m.end
    return found.end()


_NUMBER_GROUP = re.compile(
    r"\b[Tt]he\s+((?:Big|Great|Little)\s+(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve))\b"
)
_FRONT = re.compile(r"\b((?:Eastern|Western|Northern|Southern|Italian|Russian|French|Home)\s+Front)\b")


# "Name, who …": "who" refers to a person
_WHO = re.compile(r"(?<![\w’'-])([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?),\s+who\b")
# "Osric, Archduke of Varn": a one-word name in apposition with a title "of" a place is a person
_TITLED_OF = re.compile(r"(?<![\w’'-])((?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]+),\s+(?:the\s+)?([A-Z][a-z]+)\s+of\s+[A-Z]")
_SPACE = re.compile(r"\s+")
_NOT_NAMES = lexicon_words("not_name_words")  # determiners, pronouns, "people": never a name alone

# "Grain-Bridge", "Kessel-Pact"-style programme names: two capitalised words joined by a
# hyphen, not followed by another capitalised word, used at least twice
_COMPOUND = re.compile(r"(?<![\w.-])([A-Z][a-z]+-[A-Z][a-z]+)(?![\w-])(?!\s+[A-Z])")
# nationality-like parts ("Anglo-", "-American", "-Prussian") make an adjective
_ADJECTIVAL = re.compile(r"(?:o|an|ish|ese|ic|i)(?:-|$)")


def titled_of_mentions(text: str) -> list[RawMention]:
    """ "Osric, Archduke of Varnland": a one-word name in apposition with a title held of
    a place is a person (trusted like a title rule, over an NER guess)."""
    out = []
    for m in _TITLED_OF.finditer(text):
        start = m.start(1)
        for word in m.group(1).split()[:-1]:  # "Then X Y, Earl of Z": the name is "X Y"
            if not (word.lower() in _NOT_NAMES or is_common_word(word)):
                break
            start = _SPACE.search(text, start).end()  # type: ignore[union-attr]
        if m.group(2).lower() in _titles_before_of() and text[start : m.end(1)].lower() not in _NOT_NAMES:
            out.append(RawMention(start, m.end(1), "person", "pattern"))
    return out


@lru_cache(maxsize=1)
def _titles_before_of() -> frozenset[str]:
    """Titles held "of" a place ("Duke of X", "Emperor of Y"): role words and honorifics."""
    return frozenset({p[0] for p in role_phrases() if len(p) == 1} | honorifics() | {"archduke", "archduchess"})


def pattern_mentions(text: str) -> list[RawMention]:
    """Names NER tends to miss, by form: "the Big Four" (a group), "the Eastern Front" (a place)."""
    out = [RawMention(m.start(1), m.end(1), "group", "pattern") for m in _NUMBER_GROUP.finditer(text)]
    out += [RawMention(m.start(1), m.end(1), "place", "pattern") for m in _FRONT.finditer(text)]
    out += [RawMention(m.start(1), m.end(1), "person", "pattern") for m in _WHO.finditer(text)
            if m.group(1).split()[0].lower() not in _NOT_NAMES]
    compounds = [m for m in _COMPOUND.finditer(text) if not _ADJECTIVAL.search(m.group(1))
                 and not is_rank_title(m.group(1))]  # "Lt-Col" twice: a rank, no named thing
    counts: dict[str, int] = {}
    for m in compounds:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    out += [RawMention(m.start(1), m.end(1), "other", "pattern") for m in compounds if counts[m.group(1)] >= 2]
    return out


_CREDIT_LEAD = re.compile(r"^(?:courtesy(?:\s+of)?|source|credit|image|photo(?:graph)?)\s*[:,]?\s*", re.I)


def credit_mentions(doc: Document) -> list[RawMention]:
    """A credit line names its holder (archive, library, agency): one organization.

    "Courtesy of" and similar leads are dropped; several holders separated by
    ";" or "/" give one mention each; a photographer ("by X") is left to NER.
    """
    out = []
    for b in doc.blocks:
        if b.kind != "credit":
            continue
        for part in re.finditer(r"[^;/\n]+", doc.text[b.start : b.end]):
            text = part.group()
            if re.search(r"\bby\b|\d", text):
                continue
            lead = _CREDIT_LEAD.match(text)
            offset = b.start + part.start() + (lead.end() if lead else 0)
            span = clean_span(doc.text, offset, b.start + part.end())
            if span and doc.text[span[0]].isupper() and len(doc.text[span[0] : span[1]].split()) <= 6:
                out.append(RawMention(span[0], span[1], "organization", "credit"))
    return out
