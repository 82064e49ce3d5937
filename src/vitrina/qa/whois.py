""""Who is X?" / "Who was X?": X's description or role, read off the sentences that mention X (round 44 whois).

Such a question has no predicate and no asked noun: what answers it is how the sources describe X, and that is
often said on the way in another sentence. From each retrieved sentence that names X (the question's name words
or one of X's aliases, as a run of capitalised words) the descriptions are read from the parse:

* an **apposition** after the name, ", my brother," / ", leader of the council," — its head a person noun in
  WordNet (a role or a relation: ``lexical.category`` is "person"), not another name;
* the **role noun before** the name, "the gardener Anna Weber", "site inspector Anna Weber";
* a capitalised **title** opening the name run, "Colonel Anna Weber" (a WordNet person noun);
* the **complement of a copula** whose subject is X, "Anna Weber was a gardener at the abbey";
* a **relative clause** on X or on its apposition, ", who keeps the ledgers" (to the clause's end or "and").

They rank by how defining they are (``WHOIS``: a role or relation noun phrase before a clause), then by the
sentence's retrieval order. The answer is a span of the sentence, cited there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vitrina import lexicon
from vitrina.qa.lexical import base_forms, category, first_sense_class, under, wordnet
from vitrina.qa.parse import parse_many
from vitrina.qa.question import COPULAS
from vitrina.qa.text import fold
from vitrina.qa.weights import LEXICAL, WHOIS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from vitrina.qa.candidates import Sentence
    from vitrina.qa.question import Question

CLAUSE_STOPS = frozenset({",", ";", ":", "(", ")", ".", "!", "?", "—", "–"})  # end an apposition or a clause
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")  # a word of the question, an apostrophe kept inside
POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
RELATIVE = lexicon.words("person_relative_pronouns")  # after a name, a clause describing the person
ROLE_NOUNS = lexicon.words("role_asking_nouns")  # "What was X's job?": nouns asking a person's role or trade
ROLE_KINDS = ("apposition", "copula", "role", "title")  # what answers a role question (a clause does not)
# "In what capacity did X go?", "What was X's role?": the part X acted in, said by an "as" phrase of X's verb
CAPACITY_NOUNS = lexicon.words("capacity_asking_nouns")
CAPACITY_KINDS = ("capacity", *ROLE_KINDS)
AS_WORDS = frozenset({"as"})  # the preposition of the part played: "went to Riga as the guild's envoy"
# walking up from the verb of an "as" phrase to X's own verb: a purpose or adverbial clause ("sent X to meet … as"),
# an open complement ("asked X to act as …"), a conjoined verb, a relative clause on X ("X, who served as …")
CAPACITY_CLIMB = frozenset({"advcl", "xcomp", "conj", "relcl", "acl"})
ASKING = frozenset({"what", "which"})
AUXILIARIES = frozenset({"do", "be", "have"})  # "what position *did* X hold", "what *was* X's job"
HYPHENS = frozenset({"-", "‐"})  # inside a name: "Ben-Gurion"


@dataclass(frozen=True)
class Found:
    """A description of X: its text (a span of the sentence), where, its kind and its ``WHOIS`` weight."""

    text: str
    start: int  # offsets in the sentence text
    end: int
    kind: str  # apposition, copula, role, title, relative
    weight: float
    sentence: Sentence


def names_only(q: Question) -> bool:
    """A who-question of the attribute slot whose content words are all a name, with no predicate."""
    return q.type == "who" and q.slot == "attr" and not q.predicate and bool(q.names) \
        and not set(q.content) - set(q.names)


def asks_identity(q: Question) -> bool:
    """"Who is X?": a who-question whose words are all X's name, with no predicate and no asked noun."""
    if not names_only(q):
        return False
    # nothing but a name after "who is": "Who was the first keeper of X?" asks a holder, not a description
    # (the parse may read the name's last word as the head)
    # and no possessor ("Who was A's envoy?" asks the holder of a role)
    asked = NAME_WORD.findall(q.text)[2:]
    return (not q.head or q.head in q.names) and all(w[:1].isupper() and not POSSESSIVE.search(w) for w in asked)


def asked_role(q: Question) -> list[str]:
    """"What was X's job?", "What position did X hold …?", "In what capacity did X go …?", "What did X do for a
    living?": the folded name words of the person X whose role or trade is asked (lexicon ``role_asking_nouns``:
    the noun possessed by a name, or asked by "what"/"which" with a name for the verb's subject right after the
    auxiliary), else []. Read off the words' order: the parse of such questions is often wrong."""
    if q.type not in ASKING or not q.names:
        return []
    doc = parse_many([q.text])[0]
    if len(doc) > 3 and doc[0].lower_ in AS_WORDS and doc[1].lower_ in ASKING \
            and base_forms(doc[2].lower_) & AUXILIARIES:  # "As what did X serve?"
        return [w for w in _name_after(doc, 3) if w in q.names]
    for t in doc:
        if t.lower_ not in ROLE_NOUNS or t.pos_ not in {"NOUN", "PROPN"} or t.i < 1:
            continue
        before = _before_modifiers(t) if LEXICAL["office_asked"] else t.i - 1  # "X's diplomatic post"
        if before < 0:
            continue
        if POSSESSIVE.fullmatch(doc[before].text):  # "X's job"
            words = _name_before(doc, before)
        elif doc[before].lower_ in ASKING and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in {"AUX", "VERB"} \
                and base_forms(doc[t.i + 1].lower_) & AUXILIARIES:  # "what position did X hold"
            if LEXICAL["office_asked"] and _handed_on(t):
                continue  # "Which post did X hand to Y?": Y holds it, X gave it
            words = _name_after(doc, t.i + 2)
        elif t.lower_ == "living" and t.i >= 2 and doc[t.i - 2].lower_ == "for" and len(doc) > 2 \
                and base_forms(doc[1].lower_) & AUXILIARIES:  # "what did X do for a living"
            words = _name_after(doc, 2)
        else:
            continue
        words = [w for w in words if w in q.names]
        if words:
            return words
    return []


def _before_modifiers(noun: Token) -> int:
    """The index of the word before the role noun and the lower-case modifiers the parser hangs on it ("X's
    *diplomatic* post", "which *cabinet* post"), -1 at the question's start."""
    doc, i = noun.doc, noun.i - 1
    while i >= 0 and doc[i].head.i == noun.i and doc[i].text.islower() and (
            doc[i].dep_ == "amod" and doc[i].pos_ == "ADJ" or doc[i].dep_ == "compound" and _after_wh(doc, i)):
        i -= 1
    return i


def _after_wh(doc: Doc, i: int) -> bool:
    """A noun before the role noun is one of its modifiers only right after the wh-word ("which *cabinet* post"):
    after a possessor it says what kind of thing is held ("X's *bargaining* position")."""
    j = i
    while j > 0 and doc[j - 1].dep_ in ("amod", "compound"):
        j -= 1
    return j > 0 and doc[j - 1].lower_ in ASKING


def _handed_on(noun: Token) -> bool:
    """The verb whose object the role noun is passes the role on to someone ("Which post did X hand / give to Y?",
    "… offer Y?"): a recipient (a dative, a "to" phrase with a noun) — the holder is not the verb's subject;
    "travel to Brno" has no such object."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" and verb.dep_ != "ROOT":  # the small parser may tag it a noun
        return False
    return any(t.dep_ == "dative" or t.dep_ == "prep" and t.lower_ == "to" and any(
        c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in t.children) for t in verb.children)


def asks_capacity(q: Question) -> bool:
    """The question asks the part a person acted in (lexicon ``capacity_asking_nouns``: "In what capacity …",
    "What was X's role?") or opens "As what …": an "as" phrase of X's verb answers before a description of X."""
    words = [w.lower() for w in NAME_WORD.findall(q.text)]
    return bool(set(words) & CAPACITY_NOUNS) or words[:2] == ["as", "what"]


def _name_before(doc: Doc, end: int) -> list[str]:
    """The folded words of the run of capitalised words (hyphens inside) ending just before token ``end``."""
    i = end
    while i > 0 and (_capitalised(doc[i - 1]) or doc[i - 1].text in HYPHENS and i > 1 and _capitalised(doc[i - 2])):
        i -= 1
    return [fold(t.text.rstrip(".")) for t in doc[i:end] if t.text not in HYPHENS]


def _name_after(doc: Doc, start: int) -> list[str]:
    """The folded words of the run of capitalised words (hyphens inside) starting at token ``start``."""
    i = start
    while i < len(doc) and (_capitalised(doc[i]) or doc[i].text in HYPHENS and i > start):
        i += 1
    return [fold(t.text.rstrip(".")) for t in doc[start:i] if t.text not in HYPHENS]


def describe(sentences: list[Sentence], forms: list[frozenset[str]],
             kinds: tuple[str, ...] = ("apposition", "copula", "role", "relative", "title"),
             office: bool = False) -> list[Found]:
    """The descriptions of the person named by any of ``forms`` (sets of folded name words) in ``sentences``,
    most defining first, then in the sentences' order (only those of ``kinds``). With ``office`` (a role is asked),
    a title or role noun written with a capital ("Foreign Minister X", "the Treasurer of the Board X") names an
    office and weighs ``WHOIS["office_title"]``, and an "as" phrase of X's verb so written is read whatever the
    ``kinds`` ("elected X as Secretary of the Board")."""
    found: list[Found] = []
    for order, (s, doc) in enumerate(zip(sentences, parse_many([s.text for s in sentences]), strict=True)):
        for first_, last_, form in _name_runs(doc, forms):
            for kind, first, last in _descriptions(doc, (first_, last_), form, office):
                span = doc[first:last + 1]
                if kind not in kinds and not (office and kind == "capacity" and _titled(span)):
                    continue  # an office asked: "elected X as Secretary of the Board" names the office
                weight = WHOIS["office_title"] if office and kind in ("title", "role") and _titled(span) \
                    else WHOIS[kind]
                found.append(Found(span.text, span.start_char, span.end_char, kind,
                                   weight - WHOIS["sentence_order"] * order, s))
    found.sort(key=lambda f: -f.weight)
    return found


def _titled(span: Any) -> bool:
    """A person noun of the span is written with a capital, not opening the sentence: an office's title
    ("Soviet Foreign Minister", "Secretary of the Treasury"), not a description ("Soviet diplomat")."""
    return any(_person_noun(t) and t.text[:1].isupper() and t.i > 0 for t in span)


def _name_runs(doc: Doc, forms: list[frozenset[str]]) -> list[tuple[int, int, frozenset[str]]]:
    """(first, last, form) token indices of each run of capitalised tokens holding all the words of one of
    ``forms``, and that form."""
    runs: list[tuple[int, int, frozenset[str]]] = []
    i = 0
    while i < len(doc):
        if not _capitalised(doc[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and (_capitalised(doc[j + 1]) or doc[j + 1].text in HYPHENS and j + 2 < len(doc)
                                    and _capitalised(doc[j + 2]) and not doc[j + 1].whitespace_):
            j += 1  # a hyphen joins a name's words: "Ben-Gurion"
        words = {fold(t.text.rstrip(".")) for t in doc[i:j + 1] if t.text not in HYPHENS}
        held = next((form for form in forms if form and form <= words), None)
        if held is not None:
            runs.append((i, j, held))
        i = j + 1
    return runs


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and t.is_alpha or t.text[:1].isupper() and t.text.endswith(".") and len(t.text) <= 5


def _descriptions(doc: Doc, run: tuple[int, int], form: frozenset[str],
                  office: bool = False) -> list[tuple[str, int, int]]:
    """(kind, first, last) token spans describing the name at ``run`` (``form``: the name's own words); with
    ``office`` (a role asked) also a title's own capitalised words, a capitalised title after "as" or apposed
    with its preposition ("Special Assistant to the Treasurer"), an apposition cut before a second person noun."""
    first, last = run
    out: list[tuple[str, int, int]] = []
    title = doc[first]
    own = next((t.i for t in doc[first:last + 1] if fold(t.text.rstrip(".")) in form), first)
    if own - 1 > first and _person_noun(doc[own - 1]):
        out.append(("title", first, own - 1))  # "National Security Advisor X": a title of several words
    elif last > first and _person_noun(title) and title.text[:1].isupper() and fold(title.text) not in form \
            and not (office and _group_noun(doc[first + 1])):  # "Communist Party X": a party's name, no title
        out.append(("title", first, first))
    if first > 0 and _person_noun(doc[first - 1]) and doc[first - 1].text.islower():
        noun = doc[first - 1]
        left = noun.i
        while left > 0 and _modifies(doc[left - 1], noun):
            left -= 1
        out.append(("role", left, noun.i))
    if own > first:  # "the Chairman of the Valley Authority X": an office of an organisation named before X
        j = first - 1
        if j >= 0 and doc[j].pos_ == "DET":
            j -= 1
        if j >= 1 and doc[j].lower_ == "of" and (_person_noun(doc[j - 1]) or _holder_noun(doc[j - 1])):
            left = j - 1
            while office and left > 0 and _title_modifier(doc[left - 1], doc[left]):
                left -= 1  # "General Secretary of the Party X": the title's own words
            if left > 0 and doc[left - 1].pos_ == "DET":
                left -= 1
            out.append(("role", left, own - 1))
    copula = _copula(doc, run)
    if copula is not None:
        out.append(("copula", *copula))
    out += [("capacity", a, b) for a, b in _capacities(doc, run, office)]
    end = last
    if end + 2 < len(doc) and doc[end + 1].text == ",":
        appos = _apposition(doc, end + 2, office)
        if appos is not None:
            out.append(("apposition", end + 2, appos))
            end = appos
    if end + 2 < len(doc) and doc[end + 1].text == "," and fold(doc[end + 2].text) in RELATIVE:
        stop = end + 2
        while stop + 1 < len(doc) and doc[stop + 1].text not in CLAUSE_STOPS and fold(doc[stop + 1].text) != "and":
            stop += 1
        if stop > end + 2:
            out.append(("relative", end + 2, stop))
    return out


def _title_modifier(t: Token, title: Token) -> bool:
    """``t`` is a capitalised word right before a capitalised title that the parser hangs on it ("*General*
    Secretary", "*Deputy* Director"), not the sentence's first word."""
    return t.i > 0 and t.is_alpha and t.text[:1].isupper() and title.text[:1].isupper() and t.head.i == title.i \
        and t.dep_ in ("compound", "amod")


def _copula(doc: Doc, run: tuple[int, int]) -> tuple[int, int] | None:
    """"X was a botanist of note": the copula's complement on the name (its subject), when its head is a person
    noun, to the first comma or clause."""
    first, last = run
    head = next((t for t in doc[first:last + 1] if not first <= t.head.i <= last), None)
    if head is None or head.dep_ != "nsubj" or not base_forms(head.head.lower_) & COPULAS:
        return None
    attr = next((c for c in head.head.children if c.dep_ == "attr" and c.i > last), None)
    if attr is None or not _person_noun(attr) or attr.text[:1].isupper():
        return None
    stop = attr.i
    while stop < attr.right_edge.i and doc[stop + 1].text not in CLAUSE_STOPS and fold(doc[stop + 1].text) \
            not in RELATIVE and doc[stop + 1].pos_ not in {"VERB", "AUX", "CCONJ"}:
        stop += 1
    return attr.left_edge.i, stop


def _capacities(doc: Doc, run: tuple[int, int], office: bool = False) -> list[tuple[int, int]]:
    """"X went to Riga as the guild's envoy", "sent X to Riga … as its agent", "X, who served as
    treasurer,": the noun phrase of an "as" phrase whose verb is X's own verb or a clause under it (``CAPACITY_CLIMB``),
    from its first word to a comma or the clause's end. Its head is a common noun: "known as X" names, it is no
    part played."""
    first, last = run
    head = next((t for t in doc[first:last + 1] if not first <= t.head.i <= last), None)
    if head is None:
        return []
    if head.dep_ == "appos":  # "its old clerk X": the noun X is apposed to stands in X's clause
        head = head.head
    own = head.head if head.dep_ != "ROOT" else head
    while office and own.pos_ == "ADP" and own.head.i != own.i:
        own = own.head  # "the appointment of X as governor": the noun of the act X undergoes
    out = []
    for t in doc:
        if t.lower_ not in AS_WORDS or t.i <= last and t.i >= first:
            continue
        objects = [c for c in t.children if c.dep_ == "pobj" and (c.pos_ == "NOUN" or office and c.pos_ == "PROPN"
                                                                   and _person_noun(c))]
        if not objects or any(c.dep_ == "neg" for c in t.children):
            continue  # "not as a member": a part denied
        verb = t.head
        while verb.dep_ in {"conj", "prep", "cc"} and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head  # "not in any formal capacity but as …": the "as" is conjoined to another preposition
        if not _under(verb, own, head):
            continue
        obj = objects[0]
        stop = obj.right_edge.i
        cut = next((i for i in range(obj.i + 1, stop + 1) if doc[i].text in CLAUSE_STOPS
                    or fold(doc[i].text) in RELATIVE), None)
        out.append((obj.left_edge.i, (cut - 1) if cut is not None else stop))
    return out


def _under(verb: Token, own: Token, name: Token) -> bool:
    """``verb`` is X's verb ``own``, or reached from it down clauses of ``CAPACITY_CLIMB`` (or a clause on X)."""
    node = verb
    for _step in range(4):
        if node.i == own.i or node.i == name.i:
            return True
        if node.dep_ not in CAPACITY_CLIMB or node.head.i == node.i:
            return False
        node = node.head
    return False


def _modifies(t: Token, noun: Token) -> bool:
    """``t`` (just before ``noun``) belongs to the role's noun phrase: a determiner, a possessor, a modifier."""
    return (t.pos_ in {"DET", "ADJ", "PROPN", "NOUN"} or t.dep_ == "poss") and t.text not in CLAUSE_STOPS \
        and not _person_noun(t) and t.i >= noun.left_edge.i


def _apposition(doc: Doc, start: int, office: bool = False) -> int | None:
    """The last token of a noun phrase apposed at ``start`` whose head is a person noun, not a name, else None."""
    stop = start
    while stop + 1 < len(doc) and doc[stop + 1].text not in CLAUSE_STOPS:
        stop += 1
    group: list[Any] = []  # the first noun group: up to a preposition, a verb or a relative pronoun
    for t in doc[start:stop + 1]:
        if t.pos_ in {"ADP", "VERB", "AUX", "SCONJ", "CCONJ"} or fold(t.text) in RELATIVE:
            break
        group.append(t)
    if not group:
        return None
    head = group[-1]
    capitals = [t for t in group if t.text[:1].isupper()]
    titled = office and _person_noun(head) and head.i + 1 <= stop and doc[head.i + 1].pos_ == "ADP"
    if head.text[:1].isupper() and len(capitals) > 1 and not titled:
        return None  # "Mr. A B": another name, a list of people; not "Special Assistant to the Treasurer"
    after = head.i + 1
    holder = after <= stop and doc[after].lower_ == "of" and _holder_noun(head)  # "the head of the agency"
    if not (_person_noun(head) or holder) or any(v.pos_ in {"VERB", "AUX"} for v in doc[start:stop + 1]):
        return None
    if office:  # "X, Minister to England and the son of Y,": each person noun a description
        joined = [c for c in head.children if c.dep_ == "conj" and c.i <= stop and _person_noun(c)]
        cc = [c for c in head.children if c.dep_ == "cc" and c.i <= stop]
        if joined and cc and cc[0].i > head.i:
            return cc[0].i - 1
    return stop


def _group_noun(t: Token) -> bool:
    """A noun whose most frequent WordNet sense is a group ("Party", "Company", "Council"): the words before it
    name the group, not a person's title."""
    return t.is_alpha and first_sense_class(t.lower_, "n") == "noun.group"


def _holder_noun(t: Token) -> bool:
    """A noun with a person sense among its first ``WHOIS["holder_senses"]`` WordNet senses ("head", "chief"):
    before "of", the holder of an office ("the head of the agency"), though its first sense is not a person."""
    wn = wordnet()
    if wn is None or not t.is_alpha or t.pos_ not in {"NOUN", "PROPN"}:
        return False
    senses = wn.synsets(t.lower_, "n")[:int(WHOIS["holder_senses"])]
    return under(senses, [wn.synset("person.n.01")])


def _person_noun(t: Token) -> bool:
    """A common noun naming a person (a role, a relation) in WordNet."""
    return t.is_alpha and t.pos_ in {"NOUN", "PROPN"} and category(t.text.lower()) == "person"
