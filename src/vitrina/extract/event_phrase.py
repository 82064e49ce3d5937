"""An event label from the dependency parse of its sentence.

The label is a set of whole dependency subtrees: the clause that governs the
date (its predicate with subject and complements), without the date's own
adverbial phrase and without the clause's adjuncts (sentence adverbs,
subordinate and coordinated clauses). A clause without its own subject takes
the one it shares: a coordinated verb its first conjunct's subject, a
relative clause its antecedent (for the relative pronoun), a participle
phrase the noun it describes. A label longer than ``LIMITS["words"]`` loses
optional subtrees (relative clauses, appositions, adverbials, prepositional
phrases, later conjuncts), the rightmost first, so it stays a phrase. Quotations
and parentheses are kept whole or left out. Every cut falls on a subtree
boundary, so a label never ends inside a phrase nor starts inside one.

Relations are spaCy's English (ClearNLP) dependency labels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vitrina.extract.nlp import coarse_pos
from vitrina.extract.wordfreq import is_common_word
from vitrina.lexicon import rows as lexicon_rows
from vitrina.lexicon import words as lexicon_words
from vitrina.qa.lexical import first_sense_class, lineage, names_happening, under, wordnet

LIMITS = {
    # tokens of the longest sentence parsed for a label: past it (a run-on text without
    # sentence ends) the part-of-speech rules decide, and pruning stays cheap
    "parse_tokens": 150,
    "words": 15,  # words a label has at most, outside a quotation kept whole (a headline's length)
    "quoted_words": 20,  # words a label with a quotation kept whole has at most
    # words a label may reach to keep a noun's prepositional complement ("the ouster | of
    # the president"): past it the complement goes too (the judges accepted 5 of 9 labels of
    # 15-17 words, none of 4 longer ones)
    "complete_words": 17,
    "min_words": 2,  # a label of fewer words says nothing: the caller falls back
    # words of the noun phrase an "it"/"they" subject may be replaced by: a longer one is a
    # description, not a name the label could carry
    "antecedent_words": 8,
    # words a common noun's phrase (its date's phrase left out) needs to be the label of its
    # date when the clause around is another date's: "an end", "a meeting" name no happening
    "dated_noun_words": 3,
    # WordNet senses of a noun read when a demonstrative description's head is matched with
    # an earlier noun ("this agreement" … "the treaty"): the frequent ones only
    "kind_senses": 3,
}

# What a date attached with these relations is: an adverbial of time, which leaves
ADVERBIAL = {"prep", "npadvmod", "advmod", "appos", "dep", "conj", "nmod", "pobj", "punct", "tmod", "oprd",
             "parataxis"}
# Relations that make a token the head of a clause
CLAUSAL = {"ROOT", "conj", "ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "csubjpass", "parataxis", "pcomp"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
# Children of the event's predicate that are not part of the happening itself
CLAUSE_ADJUNCTS = {"advcl", "parataxis", "mark", "meta", "intj", "npadvmod"}
# Optional subtrees a long label drops, in this order (each the rightmost first; a
# conjunct never: a list is kept whole or the phrase holding it goes)
ISLAND_DEPS = {"appos", "dep", "nmod", "npadvmod"}  # modifiers a parse may hang on a word far before them
PRUNABLE = ("relcl", "appos", "parataxis", "advcl", "acl", "npadvmod", "advmod", "prep")
# Marks that set a dropped phrase off ("X, a lawyer, became"): they go with it
# Complements that give a noun its meaning ("the measure | to declare war", "the ouster | of
# the king"): kept while their noun is the predicate's object or would be left bare
NOUN_COMPLEMENTS = {"prep", "acl", "relcl"}
def pronouns(case: str) -> list[tuple[str, str]]:
    """(pronoun, antecedent) of the third-person pronouns of ``case`` (lexicon personal_pronouns)."""
    return [(word, antecedent) for word, of_case, antecedent in lexicon_rows("personal_pronouns") if of_case == case]


# Subject pronouns other than a person's ("he", "she" name their person elsewhere), and
# whether the noun they stand for is plural (lexicon personal_pronouns)
PRONOUN_NUMBER = {w: ante == "plural" for w, ante in pronouns("subject") if ante != "person"}
PERSON_PRONOUNS = {w for w, ante in pronouns("subject") if ante == "person"}
# object pronouns: a person named before them (None) or a thing of that number
OBJECT_PRONOUNS: dict[str, bool | None] = {w: None if ante == "person" else ante == "plural"
                                           for w, ante in pronouns("object")}
OBJECT_DEPS = {"dobj", "pobj", "dative", "iobj"}
# Words that open a clause saying what happened at the date it follows ("in 1914, | when …")
TIME_CLAUSE_OPENERS = lexicon_words("time_clause_openers")
SETTING_OFF = {",", "—", "–", "(", ")", ";"}
PAIRED_MARKS = {(",", ","), ("—", "—"), ("–", "–"), ("(", ")")}  # marks that set a phrase off on both sides
PAIRS = {"(": ")", "[": "]", "“": "”", "‘": "’"}
CLOSING = {")", "]", "”", "’"}


def label_tokens(sd: Any, date_tokens: set[int], other_dates: Sequence[set[int]] = ()) -> list[int] | None:
    """Indices of the tokens of parsed sentence ``sd`` that label the happening dated by
    the tokens ``date_tokens``, or None when the parse gives none. ``other_dates`` are the
    tokens of the sentence's other dates: the label keeps none of them, nor the
    coordinated happenings they date; in a gapped series ("seized X in 1510, Y in 1511
    and Z in 1515") a later date's item takes the first item's place."""
    dated = [t for t in sd if t.i in date_tokens]
    if not dated or len(sd) > LIMITS["parse_tokens"]:
        return None
    others = [o for o in (set(o) - date_tokens for o in other_dates) if o and max(o) < len(sd)]
    series = _gapped_series(sd, date_tokens, others)
    out = _label(sd, dated, _other_happenings(sd, date_tokens, others) | (series.excluded if series else set()))
    if out is None or series is None or series.slot is None:
        return out
    if not set(series.slot) <= set(out):
        return None  # the first item's place is not in the label: the item would float
    at = out.index(series.slot[0])
    return [i for i in out[:at] if i not in series.slot] + series.item + [i for i in out[at:] if i not in series.slot]


def _label(sd: Any, dated: list[Any], excluded: set[int]) -> list[int] | None:
    inside = {t.i for t in dated}
    date_root = next((t for t in dated if t.head.i not in inside or t.head.i == t.i), dated[0])
    own_phrase, anchor = _date_phrase(date_root, inside)
    for part in dated:  # "from May 1945 | to October 1946": the range's other phrase too
        if own_phrase and part.dep_ == "prep" and part.head.i == anchor.i and part.i not in own_phrase:
            own_phrase = own_phrase | {t.i for t in part.subtree}
    own_phrase, after = _conjunct_after(date_root.doc, own_phrase, anchor)
    if after is not anchor:  # the clause before the date is another happening
        excluded = excluded | {t.i for t in after.subtree if t.i < min(own_phrase)}
        anchor = after
    relative = _relative_clause_before(date_root.doc, own_phrase, anchor)
    if relative is not None:  # "X, who gave birth to a son, | in February": the clause's date
        anchor = relative
    removed = own_phrase | excluded
    own = _clause_head(anchor)
    if own.dep_ in {"acl", "advcl"} and _bare(own, removed):
        passive = _passive_participle(own, removed)
        if passive is not None:  # "The treaty, signed in 1842, …", "Completed in 1914, the canal …"
            return passive
    predicate, path = _predicate(anchor)
    apart = _participle_dated_apart(own, predicate, excluded)
    if apart:  # "Born at X in 1830, he was ordained in 1855": the participle's happening, said of "he"
        moved = _moved_participle(own, removed)
        if moved is not None:
            return moved
        predicate, path = own, set()
    aside = None if apart else _dated_aside(anchor, predicate, excluded, removed)
    if aside is not None:  # "X, born Y at P in 1872, was elected … in 1913": the aside's happening
        return aside
    if _negated_until(own_phrase, date_root.doc, predicate) or _compared(own_phrase, date_root.doc) \
            or _date_completes(own_phrase, date_root.doc, predicate):
        # "were not repealed | until 1943", "should take place | no later than June 1944":
        # without the date the label says something else
        removed = set(excluded)
    if predicate.dep_ in {"acl", "advcl"} and _bare(predicate, removed) and not apart:
        removed = removed | {predicate.i}  # "reforms | beginning in 1890": the clause it is part of
        predicate, path = _predicate(predicate.head)
    time_clause = _time_clause(date_root)
    if time_clause is not None and anchor.i == predicate.i and _named_happening(predicate, own_phrase, date_root.doc):
        time_clause = None  # "Paris was named in the 1840s, | when …": the clause of the date's own verb
    if time_clause is not None:  # "that August, | when the army crossed …": the dated happening
        predicate, path, removed = time_clause, set(), set(excluded)
    dated_noun = _fronted_dated_noun(anchor, removed) if time_clause is None else None
    if dated_noun is None and time_clause is None:
        dated_noun = _dated_subject_item(predicate, inside) \
            or _dated_event_noun_in_subject(sd, own_phrase, predicate) \
            or _dated_event_noun_after_sequence(sd, own_phrase, date_root) \
            or _dated_object_of_participle(own_phrase, date_root)
    named = _name_dated_apart(date_root, predicate, excluded) or _premodified_complement(date_root, predicate) \
        or _parenthesised_name(date_root, predicate) or _nested_dated_name(date_root) or _name_in_participle(date_root) or _dated_document(date_root, predicate)
    pair: set[int] = set()
    if named is not None:
        dated_noun = named
        pair = _paired_name(named) if named.i < date_root.i else set()
    if dated_noun is not None:  # "After Napoleon's campaign of 1812, the British …": the campaign
        predicate, path = dated_noun, set()
    fronted = bool(removed) and dated_noun is None and _fronted(predicate, removed)
    for both_clauses in ([True, False] if fronted else [False]):
        kept = (_event_noun_phrase(predicate) | pair if dated_noun is not None
                else _clause(predicate, path, both_clauses)) - removed
        clauses = {c.i for c in predicate.children if c.dep_ == "conj" and c.i in kept}
        subject_apart = _fronted_subject(sd, predicate, inside | (removed - own_phrase)) \
            or _stranded_subject(sd, predicate, inside | removed)
        kept = _regnal_name(sd, _named_subject(sd, kept | subject_apart))
        kept = _without_bare_participles(sd, kept, removed, {predicate.i} | path)
        kept = _whole_enclosures(sd, kept)
        kept = _pruned(sd, kept, {predicate.i} | path)
        kept = _whole_enclosures(sd, kept)
        if both_clauses and not clauses <= kept:
            continue  # pruning took the second clause along: the first alone, unpruned, is the label
        if not _too_long(sd, kept):
            break
    kept = _without_islands(sd, kept, removed, {predicate.i} | path)
    out = _edges_trimmed(sd, _balanced(sd, sorted(kept)))
    # the date itself never opens its label ("14 May 1803 Secretary X accepted …", the date
    # parsed as a modifier of the subject's name)
    subject = any(sd[i].dep_ in {"nsubj", "nsubjpass"} for i in inside)  # "The 1890s were marked by …"
    while out and not subject and out[0] in inside | set(_trailing_marks(sd, out, inside)):
        out = out[1:]
    out = _no_comma_before_verb(sd, out, predicate)
    out = _objects_named(sd, out, predicate)
    out = _object_relative_as_clause(sd, out, predicate)
    flags = _word_flags(sd)
    words = [i for i in out if flags[i]]
    return out if len(words) >= LIMITS["min_words"] else None


def _without_islands(sd: Any, kept: set[int], removed: set[int], spine: set[int]) -> set[int]:
    """A modifier the parse hung on a word far before it, or a noun it made a conjunct of a
    verb, left alone once the words between were pruned ("the war with X | that began after the
    loss of Y in Z | harbour gave …": "harbour" hung on "war"; "met X in Y | to address … | and
    the question of Z"), leaves: read beside the word before the gap, it would splice two phrases."""
    for t in sd:
        # a noun is no conjunct of a verb: an item of a list the parse hung there
        noun_conjunct = t.dep_ == "conj" and _pos(t) in {"NOUN", "PROPN"} and _pos(t.head) in {"VERB", "AUX"}
        if t.i not in kept or t.i in spine or not (t.dep_ in ISLAND_DEPS or noun_conjunct) \
                or t.head.i > t.i or t.head.i not in kept:
            continue
        gap = [k for k in range(t.head.i + 1, t.left_edge.i) if k not in kept and _is_word(sd[k])]
        # a relative clause said of a kept word is an aside the list runs past ("the union of
        # X, which had been …, and Y"): the item after it stays
        asides = {d.i for a in sd if a.dep_ == "relcl" and a.head.i in kept for d in a.subtree}
        if gap and not set(gap) <= removed and not (noun_conjunct and set(gap) <= removed | asides):
            kept = kept - {d.i for d in t.subtree}
    return kept


def _date_completes(removed: set[int], sd: Any, predicate: Any) -> bool:
    """The date's phrase is the only complement of its verb, introduced by a preposition of a
    duration or an appointed time (``lexicon/span_prepositions.txt``: "lasted | from May 1945
    to October 1946", "was scheduled | for 19 May"): without it the verb says nothing."""
    if not removed:
        return False
    first = sd[min(removed)]
    if predicate.dep_ in {"acl", "advcl", "amod"}:
        return False  # "laws | dating from 1790 | excluded …": the participle goes, not the date
    return first.lower_ in lexicon_words("span_prepositions") and first.head.i == predicate.i \
        and first.i > predicate.i and not [c for c in _complements(predicate) if c.i not in removed]


def _compared(removed: set[int], sd: Any) -> bool:
    """The date's phrase is a bound compared with "than" ("no later than June 1944")."""
    return any(sd[i].lower_ == "than" for i in removed)


def _passive_participle(participle: Any, removed: set[int]) -> list[int] | None:
    """A past participle whose only content was the date says what happened to its noun at
    that date: the noun's phrase and the participle ("The Panama Canal completed", "The
    Harbour Treaty signed"), the noun named where it describes a name ("X was an agreement
    … signed", "X, a body created"). None for any other participle."""
    if participle.tag_ != "VBN" or any(c.dep_ in SUBJECTS for c in participle.children):
        return None
    if participle.dep_ == "acl":
        noun = participle.head
        restrictive = participle.doc[participle.left_edge.i - 1].text != ","
        if restrictive and noun.dep_ in {"dobj", "pobj"} and noun.head.dep_ not in {"acl", "relcl"}:
            return None  # "defined the plan in addresses delivered in 1977": the clause's time too
        if noun.dep_ == "dobj" and noun.head.dep_ in {"acl", "relcl"} and noun.head.tag_ == "VB":
            noun = noun.head.head  # "an agreement to outlaw war | signed": the agreement's
    elif participle.dep_ == "advcl" and participle.i < participle.head.i:
        noun = _clause_subject(participle.head)  # "Completed in 1914, the canal …"
    else:
        return None
    if noun is None or _pos(noun) not in {"NOUN", "PROPN"}:
        return None
    if noun.dep_ == "appos" and _pos(noun.head) == "PROPN":
        noun = noun.head  # "the Commission, a body created": the Commission
    elif noun.dep_ == "attr" and _subject(noun.head) is not None and _pos(_subject(noun.head)) == "PROPN":
        noun = _subject(noun.head)  # "The Pact was an agreement … signed": the Pact
    phrase = sorted(i for i in _noun_phrase(noun) if i not in removed and i != participle.i
                    and not participle.i <= i <= participle.right_edge.i)
    phrase = [i for i in phrase if _is_word(noun.doc[i]) or noun.doc[i].tag_ == "HYPH"]
    while phrase and noun.doc[phrase[0]].dep_ in {"prep", "cc", "case"}:
        phrase = phrase[1:]
    return phrase + [participle.i] if len(phrase) >= 1 and phrase[-1] < participle.i or \
        participle.i < phrase[0] else None


@dataclass
class _Series:
    """A gapped series of dated items sharing one predicate ("seized Goa in 1510, Malacca in
    1511 and Hormuz in 1515"): the tokens of the other items and dates (``excluded``), and for
    a later item its tokens (``item``) and those of the first item they replace (``slot``)."""

    excluded: set[int]
    item: list[int]
    slot: list[int] | None


# Tags an item of a gapped series may have: a short noun phrase, nothing else
ITEM_TAGS = {"NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "HYPH", "POS"}
ITEM_SEPARATORS = {",", "and", "or"}


def _gapped_series(sd: Any, date_tokens: set[int], others: list[set[int]]) -> _Series | None:
    """The series the date is part of: dates each preceded by a short noun phrase, joined by
    commas and "and" ("…, Spain on June 17, and Brazil on August 1"), or None."""
    spans = sorted(_date_span(sd, d) for d in [date_tokens, *others])
    mine = _date_span(sd, date_tokens)
    runs: list[list[tuple[int, int]]] = [[spans[0]]]
    items: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
    for before, span in zip(spans, spans[1:], strict=False):
        found = _series_item(sd, before[1] + 1, span[0])
        if found is None or _introducer(sd, before) and _introducer(sd, span) \
                and _introducer(sd, before) != _introducer(sd, span):
            # "the strike in 1921 and the flood | of the next spring": not one gapped verb's items
            runs.append([span])
        else:
            items[span] = found
            runs[-1].append(span)
    run = next(r for r in runs if mine in r)
    if len(run) < 2:
        return None
    excluded = {i for span in run if span != mine for i in range(span[0], span[1] + 1)}
    excluded |= {i for span in run[1:] if span != mine for part in items[span] for i in part}
    # a phrase after the last item, hung on a word before the series, may be the last item's
    # alone ("became X in 1924 and Y in 1961, | after the river"): no item's label keeps it
    excluded |= {d.i for t in sd if t.i > run[-1][1] and t.dep_ == "prep" and t.head.i < run[0][0] for d in t.subtree}
    if mine == run[0]:
        return _Series(excluded, [], None)
    separators, item = items[mine]
    slot = _slot(sd, run[0][0], proper=any(sd[i].tag_.startswith("NNP") for i in item))
    return _Series(excluded | set(separators) | set(item), item, slot) if slot else None


def _date_span(sd: Any, tokens: set[int]) -> tuple[int, int]:
    """The first and last token of a date with the preposition that introduces it."""
    lo, hi = min(tokens), max(tokens)
    return (lo - 1 if lo > 0 and sd[lo - 1].tag_ == "IN" else lo), hi


def _introducer(sd: Any, span: tuple[int, int]) -> str:
    """The preposition that opens a date's span ("in", "on"), or "" when none does."""
    return sd[span[0]].lower_ if sd[span[0]].tag_ == "IN" else ""


def _series_item(sd: Any, lo: int, hi: int) -> tuple[list[int], list[int]] | None:
    """Between two dates, a separator and a short noun phrase (", Malacca", ", and Brazil"):
    (separator tokens, noun phrase tokens), or None."""
    between = list(range(lo, hi))
    separators: list[int] = []
    for i in between:  # ", and again in Y": marks, conjunctions and adverbs before the item
        if sd[i].lower_ not in ITEM_SEPARATORS and not (separators and sd[i].tag_ == "RB"):
            break
        separators.append(i)
    if len(separators) < len(between) and sd[between[len(separators)]].tag_ == "IN":
        separators.append(between[len(separators)])  # ", in Czechoslovakia": the first item's preposition
    phrase = [i for i in between if i not in separators]
    if not separators or separators != between[: len(separators)] or not 1 <= len(phrase) <= 5:
        return None
    if not all(sd[i].tag_ in ITEM_TAGS for i in phrase) or not any(sd[i].tag_.startswith("NN") for i in phrase):
        return None
    return separators, phrase


def _slot(sd: Any, end: int, proper: bool) -> list[int] | None:
    """The first item of a gapped series: the last noun phrase before its date whose noun is,
    like the later items', a name (or, like them, a common noun): the object ("seized Goa")
    or, past a common-noun object, the subject ("Britain granted belligerent status")."""
    for i in range(end - 1, -1, -1):
        if sd[i].tag_.startswith("NN") and sd[i].tag_.startswith("NNP") == proper:
            lo = i
            while lo > 0 and (sd[lo - 1].tag_.startswith("NNP") if proper else sd[lo - 1].tag_ in {"NN", "JJ"}
                              or _name_modifier(sd[lo - 1], lo, i)):
                lo -= 1
            return list(range(lo, i + 1))
    return None


def _named_subject(sd: Any, kept: set[int]) -> set[int]:
    """ "a young scholar named X left …": the name X is the subject, the description leaves
    (``lexicon/naming_participles.txt``), so pruning never keeps the description alone."""
    for t in sd:
        if t.i not in kept or t.dep_ != "acl" or t.lower_ not in lexicon_words("naming_participles") \
                or t.head.i != t.i - 1 or t.head.dep_ not in {"nsubj", "nsubjpass"} \
                or not t.head.head.tag_.startswith(("VB", "MD")) \
                or not t.head.tag_.startswith("NN") or t.head.tag_.startswith("NNP"):
            continue
        name = next((c for c in t.children if c.dep_ in {"oprd", "attr", "dobj"} and c.tag_.startswith("NNP")), None)
        if name is not None:
            return kept - ({d.i for d in t.head.subtree} - {d.i for d in name.subtree})
    return kept


def _regnal_name(sd: Any, kept: set[int]) -> set[int]:
    """A subject "I" right after a name is its regnal number ("Queen Mary | I | died"), which
    the tagger read as the pronoun: the name before it joins the label."""
    for i in sorted(kept):
        t = sd[i]
        if t.text == "I" and t.dep_ in SUBJECTS and i > 0 and sd[i - 1].tag_ == "NNP" and sd[i - 1].i not in kept:
            k = i - 1
            while k > 0 and sd[k - 1].tag_ == "NNP":
                k -= 1
            return kept | set(range(k, i))
    return kept


def _fronted_subject(sd: Any, predicate: Any, dates: set[int]) -> set[int]:
    """The subject a parse put inside the fronted phrase before a finite verb that has none
    ("On 3 May 1805 | Admiral X, a sailor from Y, | sailed …", "In Spain | the priest X |
    raised …", "By 1840 | silk hats | had replaced …"): the noun phrase ending right before
    the verb (its auxiliaries and commas between), without the date; empty when the verb
    has a subject, is no finite verb of its own, or no such phrase is there."""
    if _subject(predicate) is not None or predicate.dep_ != "ROOT" or not _finite(predicate):
        return set()
    start = min([predicate.i] + [c.i for c in predicate.children if c.dep_ in {"aux", "auxpass", "neg"}])
    fronted = [c for c in predicate.children if c.dep_ == "prep" and c.right_edge.i < start]
    if not fronted or fronted[0].left_edge.i != predicate.left_edge.i:
        return set()  # the phrase does not open the clause ("Although X …, with Y, was assured")
    phrase = fronted[-1]
    if any(not sd[i].is_punct for i in range(phrase.right_edge.i + 1, start)):
        return set()
    dated = {d.i for i in dates for d in sd[i].subtree}
    objects = [c for c in phrase.children if c.dep_ == "pobj"]
    # the highest noun of the phrase ending there: not the preposition's own dateless first
    # object ("In Spain"), which the subject is set beside
    for noun in sorted((t for t in phrase.subtree if t.tag_.startswith("NN") and t.i not in dated
                        and (t.dep_ == "appos" or t.dep_ == "pobj" and t.head.i == phrase.i)), key=lambda t: _depth(t, {k.i for k in phrase.subtree})):
        tail = range(noun.right_edge.i + 1, start)
        if any(not sd[i].is_punct for i in tail):
            continue
        own = {t.i for t in noun.subtree}
        if objects and noun.i == objects[0].i and not own & dated:
            continue
        if own & dated and min(own - dated) < max(own & dated):
            continue  # "a November 1943 meeting": the dated noun is the phrase's, no subject
        return {i for i in own - dated if not (sd[i].is_punct and i == noun.right_edge.i)}
    return set()


def _stranded_subject(sd: Any, predicate: Any, dates: set[int]) -> set[int]:
    """The subject a parse attached to the phrase before a finite verb that has none ("after
    talks on the rules — | agreement | was reached": "agreement" read as an object of the
    dash's phrase): the noun right before the verb and its auxiliaries, with the words
    before it that depend on it; empty when the verb has a subject or no such noun is there."""
    if _subject(predicate) is not None or predicate.dep_ != "ROOT" or not _finite(predicate):
        return set()
    start = min([predicate.i] + [c.i for c in predicate.children if c.dep_ in {"aux", "auxpass", "neg", "advmod"}
                                 and c.i < predicate.i])
    if start == 0:
        return set()
    noun = sd[start - 1]
    if not noun.tag_.startswith("NN") or noun.i in dates or noun.head.i > noun.i \
            or noun.right_edge.i != noun.i or predicate in noun.ancestors and noun.head.i == predicate.i:
        return set()
    first = _first_conjunct(noun, dates)
    if first is not noun:  # "… with X, | A and B | agreed": the coordinated subject whole
        return {i for i in range(first.left_edge.i, noun.i + 1) if not sd[i].is_punct}
    return {t.i for t in noun.subtree if not t.is_punct}


def _first_conjunct(noun: Any, dates: set[int]) -> Any:
    """The first of the coordinated nouns ending with ``noun`` that a parse hung on a phrase
    before them ("with the envoy X, | A and B"): up the chain of conjuncts joined by "and"
    with no comma (the comma before the first sets it off from the phrase it was hung on),
    never into a date."""
    first = noun
    while first.dep_ == "conj" and first.head.dep_ == "conj" and first.head.i < first.i:
        between = range(first.head.right_edge.i + 1 if first.head.right_edge.i < first.i else first.head.i + 1,
                        first.left_edge.i)
        words = [first.doc[i] for i in between]
        if [w.dep_ for w in words] != ["cc"] or any(t.i in dates for t in first.head.subtree if t.i < first.i):
            break
        first = first.head
    if first is noun or first.left_edge.i == 0 or first.doc[first.left_edge.i - 1].text != ",":
        return noun
    return first


def _finite(verb: Any) -> bool:
    """A verb that makes a clause of its own: a finite form, or one with an auxiliary."""
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO"
                                                     for c in verb.children)


def _trailing_marks(sd: Any, out: list[int], inside: set[int]) -> list[int]:
    """The punctuation right after the date tokens opening ``out`` ("14 May 1803, X …")."""
    k = 0
    while k < len(out) and out[k] in inside:
        k += 1
    return [i for i in out[k : k + 1] if k and not _is_word(sd[i])]


def _name_modifier(token: Any, lo: int, hi: int) -> bool:
    """A capitalised modifier of a word of the name ``lo..hi`` is part of it ("Great" of
    "Great Britain", tagged an adjective)."""
    return token.text[:1].isupper() and token.dep_ in {"compound", "amod"} and lo <= token.head.i <= hi


def _other_happenings(sd: Any, date_tokens: set[int], others: list[set[int]]) -> set[int]:
    """Tokens of the sentence's other dates with their adverbials ("on May 13, 1861"), and
    of the coordinated phrases they date ("…, and in 1444 Y reached Z")."""
    out: set[int] = set()
    for other in others:
        dated = [sd[i] for i in sorted(other)]
        root = next((t for t in dated if t.head.i not in other or t.head.i == t.i), dated[0])
        prep = root.head if root.dep_ == "pobj" and root.head.dep_ in {"prep", "agent"} else None
        if prep is not None and prep.lower_ == "of" and prep.head.tag_ in {"NNP", "NNPS"}:
            continue  # "the Neutrality Act of 1937": a name
        phrase = {t.i for t in prep.subtree} if prep is not None else set(other)
        out |= phrase if not phrase & date_tokens else other
    for t in (t for t in sd if t.dep_ in {"conj", "appos"} or _fronted_series_clause(t)):  # (every subtree: ~1 s a MB)
        sub = {c.i for c in t.subtree}
        # (the head's clause holds the date: "became X in 1926, after Y, | and Z in 2016", Z
        # parsed as a conjunct of Y; "came to fruition in 1973: | the summit in May, …", a
        # list set beside the subject, each item with its own date)
        if not sub & date_tokens and any(o & sub for o in others) \
                and (t.dep_ in {"conj", "ccomp"} and date_tokens & {c.i for c in t.head.subtree}
                     or date_tokens & {c.i for c in _clause_head(t.head).subtree} and _dated_by_phrase(t, others)):
            lo = t.left_edge.i
            while lo > 0 and (sd[lo - 1].dep_ in {"cc", "punct"} and sd[lo - 1].text in ITEM_SEPARATORS | {"but"}):
                lo -= 1
            out |= sub | set(range(lo, t.left_edge.i))
            hi = t.right_edge.i + 1
            if t.dep_ == "appos" and hi < len(sd) and sd[hi].text in SETTING_OFF - {"("}:
                out.add(hi)  # "X, | envoy from 1764 to 1800, | sold …": the aside's closing mark too
    return out


def _fronted_series_clause(t: Any) -> bool:
    """A clause with a subject of its own set before its head verb with a comma, the head no
    verb of saying or thinking: the first item of a series of clauses the parse hung on the
    next ("X became Y in 1814, | Z lost W in 1815"), not what was said ("X fell, | he wrote")."""
    if t.dep_ != "ccomp" or t.i > t.head.i or _subject(t) is None or _pos(t.head) not in {"VERB", "AUX"}:
        return False
    after = t.right_edge.i + 1
    return after < t.head.i and t.doc[after].text == "," \
        and _verb_class(_verb_lemma(t.head)) not in CONTENT_VERB_SENSES


def _dated_by_phrase(item: Any, others: list[set[int]]) -> bool:
    """A coordinated item with a date phrase of its own ("and Z | in 2016"), not a date inside
    its noun phrase ("and the 1930 treaty", "the Treaty of 1922")."""
    return any(c.dep_ == "prep" and c.lower_ != "of" and any(o & {d.i for d in c.subtree} for o in others)
               for c in item.children)


def _fronted_dated_noun(anchor: Any, removed: set[int]) -> Any | None:
    """The noun a date modifies when it is the object of an adverbial put before the main
    clause's subject ("Following Israel's 1982 invasion of Lebanon, the advocates …"): the
    dated happening is that noun's, not the main clause's. Not when the noun phrase would
    not say whose or what happening it is ("his inauguration", "the elections")."""
    # the object of a preposition, or of a participle used as one ("Following | X")
    if _pos(anchor) not in {"NOUN", "PROPN"} or anchor.dep_ not in {"pobj", "dobj"} \
            or not (anchor.head.dep_ == "prep" or anchor.head.dep_ == "advcl" and anchor.head.tag_ == "VBG"
                    and not any(c.dep_ in SUBJECTS for c in anchor.head.children)):
        return None
    phrase = [t for t in anchor.subtree if t.i not in removed and _is_word(t)]
    if any(t.tag_ == "PRP$" for t in phrase) or len(phrase) < 3:
        return None
    if anchor.head.lower_ not in lexicon_words("sequence_prepositions"):
        return None  # "During the War of 1812, the British burned …": the clause's own time
    clause = anchor.head.head
    subject = _subject(clause) if _pos(clause) in {"VERB", "AUX"} else None
    if subject is None or anchor.head.i > subject.left_edge.i:
        return None
    return anchor


def _dated_event_noun_in_subject(sd: Any, removed: set[int], predicate: Any) -> Any | None:
    """A date inside the subject, before its verb, dates no happening of the verb: unless the
    subject's own noun names a happening, it dates the nearest noun before it that names one (WordNet: an act or event, or a noun derived
    from a verb):
    "The lack of a response to Japan's invasion of China in 1937 encouraged …" → "Japan's
    invasion of China". None when the date is outside the subject or no such noun is there."""
    subject = _subject(predicate) if _pos(predicate) in {"VERB", "AUX"} else None
    if subject is None or not removed or subject.tag_ in {"PRP", "WDT", "WP"} \
            or any(c.tag_ == "WP$" for c in subject.children):
        return None
    if names_happening(subject.lower_):
        return None  # "The suppression of X in 1989 cooled relations": the clause says it
    lo, hi = subject.left_edge.i, subject.right_edge.i
    if not (lo < min(removed) and max(removed) <= hi < predicate.i):
        return None
    for i in range(min(removed) - 1, lo - 1, -1):
        if sd[i].tag_ in {"NN", "NNS"} and names_happening(sd[i].lower_):
            return sd[i]
    return None


def _dated_subject_item(predicate: Any, dates: set[int]) -> Any | None:
    """A date inside one item of a coordinated subject that names a happening ("The fall of
    the old regime in 1848, the famine two years later and the war all weakened …") dates
    that item, not the verb the items share: "The fall of the old regime", "The famine".
    None when the subject is no list or the dated item names no happening."""
    subject = _subject(predicate) if _pos(predicate) in {"VERB", "AUX"} else None
    if subject is None:
        return None
    items = [subject]
    while items[-1] is not None:
        items.append(next((c for c in items[-1].children if c.dep_ == "conj"), None))
    items = items[:-1]
    if len(items) < 2:
        return None
    for item in items:
        own = {t.i for t in item.subtree} - {t.i for c in item.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
        if own & dates:
            return item if item.tag_ in {"NN", "NNS"} and names_happening(item.lower_) else None
    return None


def _dated_event_noun_after_sequence(sd: Any, own_phrase: set[int], date_root: Any) -> Any | None:
    """A date inside the object of a preposition that sets the main clause at another time
    (``sequence_prepositions``: "… did not become a tool until the completion of the cable
    in 1866", "… after the end of X and the defeat of Y in 1954") dates that object (or
    its conjunct holding the date) when it names a happening and says whose: "the
    completion of the cable". None when the date is the preposition's own object ("after
    1945"), a clause lies between ("until the agreement, which …"), or the noun phrase leans
    on a pronoun ("his inauguration")."""
    if not own_phrase:
        return None
    path, node = [], date_root
    while node.head.i != node.i:
        node = node.head
        if node.dep_ == "prep" and node.lower_ in lexicon_words("sequence_prepositions"):
            break
        path.append(node)
    else:
        return None
    if any(_pos(t) in {"VERB", "AUX"} for t in path):
        return None
    noun = next((t for t in reversed(path) if t.dep_ in {"pobj", "conj"} and t.tag_ in {"NN", "NNS"}), None)
    if noun is None or noun.i >= min(own_phrase) or not names_happening(noun.lower_) \
            or any(c.tag_ == "PRP$" for c in noun.children):
        return None
    return noun


def _dated_object_of_participle(own_phrase: set[int], date_root: Any) -> Any | None:
    """A date said of the object of a participle set off by a comma after its clause ("The bishop
    visited the abbey in May, | followed by a procession through the town in August", "…, ending
    in the Orsk Fair in 1702") dates that object when it names a happening (WordNet, or a name whose last word
    does): the participle links it to the clause before, which is another happening. None
    when the date is the clause's, the object leans on a pronoun ("his visit") or names no
    happening."""
    if not own_phrase:
        return None
    node = date_root.doc[min(own_phrase)].head  # what the date's phrase is said of
    noun = node if _pos(node) in {"NOUN", "PROPN"} else None
    participle = noun.head.head if noun is not None and noun.dep_ == "pobj" else node
    if noun is None:  # said of the participle: its object after the preposition
        noun = next((o for c in participle.children if c.dep_ in {"agent", "prep"} and c.i > participle.i
                     for o in c.children if o.dep_ == "pobj" and o.i < min(own_phrase)), None)
    sd = date_root.doc
    if noun is None or participle.tag_ not in {"VBN", "VBG"} or participle.dep_ not in {"advcl", "acl"} \
            or noun.head.head.i != participle.i or participle.left_edge.i == 0 \
            or sd[participle.left_edge.i - 1].text != "," or any(c.dep_ in SUBJECTS for c in participle.children):
        return None
    if any(c.tag_ == "PRP$" for c in noun.children) or not names_happening(noun.lower_):
        return None
    return noun


def _event_noun_phrase(noun: Any) -> set[int]:
    """A noun naming a happening with what completes it: its infinitive ("the refusal of the
    guild | to open its books") as well as its prepositional phrases."""
    return _noun_phrase(noun) | {t.i for c in noun.children if c.dep_ == "acl" and c.i > noun.i
                                 and any(a.tag_ == "TO" for a in c.children) for t in c.subtree}


def _without_bare_participles(sd: Any, kept: set[int], removed: set[int], spine: set[int]) -> set[int]:
    """A participle said of a noun whose only content was the date leaves with its commas
    ("The treaty, signed | in 1842, | resolved …": "The treaty resolved …")."""
    for t in sd:
        if t.i in kept and t.i not in spine and t.dep_ in {"acl", "advcl"} and t.tag_ in {"VBN", "VBG"} \
                and any(c.i in removed for c in t.children) and _bare(t, removed):
            kept = kept - _with_marks(sd, {c.i for c in t.subtree if c.i in kept or c.i in removed})
    return kept


def _negated_until(removed: set[int], sd: Any, predicate: Any) -> bool:
    """The date's phrase is "until/till/before X" (lexicon delaying_prepositions) said of a negated predicate."""
    return bool(removed) and sd[min(removed)].lower_ in lexicon_words("delaying_prepositions") \
        and any(c.dep_ == "neg" for c in predicate.children)


def _time_clause(date_root: Any) -> Any | None:
    """The verb of a clause that the date governs through "when" or "as" ("in August 1914,
    when the army crossed the border"): it states what happened at that date."""
    for token in date_root.subtree:
        if token.dep_ in {"relcl", "advcl", "acl"} and _pos(token) in {"VERB", "AUX"} \
                and token.head.i in {t.i for t in date_root.subtree} \
                and any(c.lower_ in TIME_CLAUSE_OPENERS and c.dep_ in {"advmod", "mark"} and c.i < token.i
                        for c in token.children) and _subject(token) is not None:
            return token
    return None


def _named_happening(predicate: Any, own_phrase: set[int], sd: Any) -> bool:
    """The clause a date is an adverbial of says what happened to someone named: its verb's
    subject is a name, or a noun with a name in apposition ("The physicist | X"), and the
    date is no bound it lasted until (``delaying_prepositions``): a "when" clause after the
    date then describes the time, the happening is the clause's ("X was renamed in 1840, when
    …"). A subject that is a happening or a pronoun ("The search began in 1415, when …",
    "It mattered most in 1941, when …") leaves the "when" clause to say what happened."""
    subject = _subject(predicate) if _pos(predicate) in {"VERB", "AUX"} else None
    if subject is None or not own_phrase or sd[min(own_phrase)].lower_ in lexicon_words("delaying_prepositions") \
            or _aspectual(predicate.lower_):
        return False  # "X's search began in 1415, when …": the start of what the clause after says
    return subject.tag_ in {"NNP", "NNPS"} or any(c.dep_ == "appos" and c.tag_ in {"NNP", "NNPS"}
                                                  for c in subject.children)


@lru_cache(maxsize=1024)
def _aspectual(verb: str) -> bool:
    """A form of a verb that only marks a start or an end (``lexicon/aspectual_verbs.txt``;
    WordNet finds the base form: the parse runs no lemmatizer)."""
    bases = {row[0].split()[0] for row in lexicon_rows("aspectual_verbs")}
    return (_verb_base(verb) or verb) in bases


def _verb_base(word: str) -> str | None:
    """WordNet's base form of a verb form (the label parse runs no lemmatizer), or None."""
    wn = wordnet()
    return wn.morphy(word, "v") if wn is not None else None


def _fronted(predicate: Any, removed: set[int]) -> bool:
    """The date's phrase opens the sentence, before the predicate's subject ("By 1977, X had
    … and Y was …"): it dates every clause coordinated with the predicate."""
    subject = _subject(predicate)
    return subject is not None and max(removed) < subject.left_edge.i and predicate.dep_ == "ROOT"


def _participle_dated_apart(participle: Any, predicate: Any, excluded: set[int]) -> bool:
    """``participle`` is a subjectless clause set before the clause ``predicate`` heads, and
    another date of the sentence is an adverbial of that clause ("Born at X in 1830, he was
    ordained in 1855"): each clause has its own date, so the participle's dates only its own
    happening (without a date of its own the main clause is the participle's time: "Visiting
    X in 1987, Y rioted")."""
    return participle is not predicate and participle.dep_ == "advcl" and participle.head.i == predicate.i \
        and participle.i < predicate.i and _subject(participle) is None and _dated_apart(predicate, excluded)


def _dated_apart(predicate: Any, excluded: set[int]) -> bool:
    """Another date of the sentence (its phrase among ``excluded``) is an adverbial of ``predicate``'s clause."""
    return any(c.i in excluded for c in predicate.children if c.dep_ != "punct")


def _dated_aside(anchor: Any, predicate: Any, excluded: set[int], removed: set[int]) -> list[int] | None:
    """The subject's phrase without the date when the date hangs inside it, in an aside set off by a comma ("X,
    born Y at P in 1872, was the first … in 1913"), and the clause has a date of its own: the aside's
    happening, not the clause's; None otherwise."""
    subject = _subject(predicate)
    if subject is None or _pos(anchor) not in {"NOUN", "PROPN"} or not _dated_apart(predicate, excluded):
        return None
    phrase = [t.i for t in subject.subtree if t.i not in removed]
    if anchor.i not in phrase or not any(anchor.doc[i].text == "," for i in phrase):
        return None
    while phrase and anchor.doc[phrase[-1]].text in SETTING_OFF:
        phrase = phrase[:-1]
    return phrase


def _moved_participle(participle: Any, removed: set[int]) -> list[int] | None:
    """The subject of the clause a fronted past participle opens, then the participle's clause
    without the date ("Born at X in 1830, he …" → "he | born at X"; ``finite_participle``
    makes it "he was born at X"); None for another participle or a clause without a subject."""
    subject = _clause_subject(participle.head)
    if subject is None or participle.tag_ != "VBN" or subject.i < participle.i:
        return None
    own = sorted(i for i in _clause(participle, set()) - removed if i >= participle.i)
    return sorted(_noun_phrase(subject)) + own


def _bare(verb: Any, removed: set[int]) -> bool:
    """Nothing but the date and function words depends on ``verb``."""
    return not any(c.i not in removed and c.dep_ not in {"punct", "aux", "auxpass", "mark", "neg", "advmod"}
                   for c in verb.children)


def _date_phrase(date_root: Any, inside: Set[int] = frozenset()) -> tuple[set[int], Any]:
    """The tokens of the date's adverbial ("in 1917", "as early as 1702", ", 1812–1814")
    and the token it modifies; a date inside a noun phrase ("the 1873 tariff") stays."""
    node = date_root
    if _in_name(node):  # "as part of the Compromise | of 1850": the name keeps its date
        return set(), node.head.head
    while node.dep_ == "conj" and node.head.i != node.i and _pos(node.head) in {"NUM", "NOUN", "PROPN"}:
        node = node.head  # "in the late 1940s and | early 1950s": the coordinated dates go together
    while node.dep_ == "pobj" and node.head.dep_ in {"prep", "agent"} and node.head.i != node.head.head.i:
        node = node.head  # "in | 1917": the preposition's phrase
    while node.head.i != node.i and node.head.dep_ in {"advmod", "prep", "npadvmod"} \
            and _pos(node.head) in {"ADV", "ADP", "ADJ"} and len(list(node.head.subtree)) - len(list(node.subtree)) <= 2:
        node = node.head  # "as early | as 1702", "until | after 1945": the adverb the date completes
    if node.dep_ == "prep" and node.lower_ == "of" and node.head.dep_ == "pobj" and node.head.head.dep_ == "prep" \
            and len(list(node.head.subtree)) - len(list(node.subtree)) <= 3:
        node = node.head.head  # "during the first years | of the 20th century": the whole time phrase
    set_off = node.i > 0 and node.doc[node.i - 1].text in {",", "(", "—", "–"}
    if node.head.i == node.i or node.dep_ not in ADVERBIAL and not set_off:
        phrase, anchor = set(), node.head if node.head.i != node.i else node
    else:
        phrase, anchor = {t.i for t in node.subtree} - _stray_complement(date_root, inside), node.head
    if anchor.lower_ in lexicon_words("dating_participles") and anchor.dep_ in {"acl", "amod"}:  # not "that dated from"
        # "This agreement, dated 8 May 1871, …": the participle only dates its noun
        phrase = _with_marks(anchor.doc, {t.i for t in anchor.subtree})
        for other in anchor.head.children:  # "…, dated X, and signed by Y, …": the participle after it too
            joined = {c.i for c in anchor.head.children if c.dep_ == "cc" and anchor.i < c.i < other.i}
            if other.tag_ == "VBN" and other.i > anchor.i and (other.dep_ == "conj" or other.dep_ == "acl" and joined):
                phrase |= _with_marks(anchor.doc, {t.i for t in other.subtree} | joined)
        naming = [c for c in [*anchor.children, *anchor.head.children]
                  if c.dep_ in {"conj", "acl"} and c.i > anchor.i and _names_its_noun(c)]
        for participle in naming:  # "This agreement, dated X, and known as the Y Treaty": its name stays
            phrase -= {t.i for t in participle.subtree}
            lo, hi = anchor.left_edge.i - 1, participle.right_edge.i + 1  # its commas stay with it
            phrase -= {i for i in (lo, hi) if 0 <= i < len(anchor.doc) and anchor.doc[i].text == ","}
        anchor = anchor.head
    return phrase, anchor


def _names_its_noun(participle: Any) -> bool:
    """A participle that gives its noun a name ("known as | the Y Treaty", "called | Z";
    ``lexicon/naming_participles.txt``): the name says what the noun is."""
    if participle.lower_ not in lexicon_words("naming_participles"):
        return False
    objects = [c for c in participle.children if c.dep_ in {"oprd", "attr", "dobj"}]
    objects += [o for c in participle.children if c.dep_ == "prep" and c.lower_ == "as"
                for o in c.children if o.dep_ == "pobj"]
    return any(o.tag_ in {"NNP", "NNPS"} for o in objects)


def _relative_clause_before(sd: Any, own_phrase: set[int], anchor: Any) -> Any | None:
    """The relative clause set off by a comma ("…, who …") ending right before a date's
    phrase that the parse hung on a noun before that clause ("hired X and his wife, who gave birth to a son, | in February": the
    phrase on "X"): the date is the clause's, the nearest one, not the noun's. None when
    the date modifies a verb or a word follows the clause before the date."""
    if not own_phrase or _pos(anchor) not in {"NOUN", "PROPN"}:
        return None
    first = min(own_phrase)
    inner = {t.i for t in anchor.subtree}
    for t in sd:
        if t.dep_ == "relcl" and t.head.i in inner and anchor.i < t.i < first and t.right_edge.i < first \
                and sd[t.left_edge.i].tag_ in {"WP", "WDT"} and sd[t.left_edge.i - 1].text == "," \
                and all(sd[k].is_punct for k in range(t.right_edge.i + 1, first)):
            return t
    return None


def _stray_complement(date_root: Any, inside: Set[int] = frozenset()) -> set[int]:
    """An "of" phrase the parse hung on a year or decade that a noun before the date governs
    ("the passage | in 1810 | of the Land Act", "X's launch | in the mid-1950s | of a plan"): a
    year takes no "of" complement that is not a date itself (none of the date's tokens
    ``inside``), so it stays in the label when the date's phrase leaves."""
    if not (date_root.like_num or date_root.i in inside and any(ch.isdigit() for ch in date_root.text)):
        return set()
    return {t.i for c in date_root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > date_root.i
            and not any(o.like_num or o.lower_ in lexicon_words("months") or o.i in inside for o in c.children)
            for t in c.subtree}


def _conjunct_after(sd: Any, own_phrase: set[int], anchor: Any) -> tuple[set[int], Any]:
    """The verb coordinated right after a date the parse took for a conjunct of the verb
    before ("X vanished, and | on 3 May 1805 | Y surrendered", "X took up the offer and | on
    3 May | agreed to …"): the date's phrase and that verb; else ``own_phrase``, ``anchor``."""
    if own_phrase and anchor.dep_ == "conj" and _pos(anchor) == "ADP" \
            and {t.i for t in anchor.subtree} == own_phrase | {anchor.i}:
        own_phrase, anchor = own_phrase | {anchor.i}, anchor.head  # "and | on | 3 May": the preposition too
    top = next((sd[i] for i in own_phrase if sd[i].head.i == anchor.i), None)
    if top is None or _pos(anchor) not in {"VERB", "AUX"} \
            or top.dep_ != "conj" and not _after_conjunction(sd, own_phrase, anchor):
        return own_phrase, anchor
    k = max(own_phrase) + 1
    while k < len(sd) and sd[k].is_punct:
        k += 1
    # the clause opening there: a verb whose subject starts there, or a conjunct of the same verb
    after = next((v for v in sd if v.i >= k and _pos(v) in {"VERB", "AUX"}
                  and ((subject := _subject(v)) is not None and subject.left_edge.i == k
                       or v.dep_ == "conj" and v.head.i == anchor.i and v.left_edge.i == k)), None)
    return own_phrase, after if after is not None else anchor


def _after_conjunction(sd: Any, own_phrase: set[int], verb: Any) -> bool:
    """The date's phrase follows a conjunction of ``verb`` after it ("tried X, and | on 12 April
    | sent Y"): it opens the coordinated clause, though the parse hung it on the first verb."""
    k = min(own_phrase) - 1
    while k > verb.i and sd[k].is_punct:
        k -= 1
    return k > verb.i and sd[k].dep_ == "cc" and sd[k].head.i == verb.i


def _in_name(date: Any) -> bool:
    """The date completes a proper name ("the Compromise of 1850", "the Act of 1924")."""
    name = date.head.head
    return date.dep_ == "pobj" and date.head.lower_ == "of" and name.tag_ in {"NNP", "NNPS"} \
        and name.lower_ not in lexicon_words("months")  # "March | of that year" is a date


def _name_dated_apart(date_root: Any, predicate: Any, excluded: set[int]) -> Any | None:
    """The noun a date's phrase is said of ("the Treaty of Y | of 1858", "a rush to Paris |
    in 1802") when its clause holds another date outside that noun ("X concluded Z in 1868
    to expand upon …", "closed the roads from 1793 to 1815, except for …"): the clause is
    that date's happening, this one's is the noun's: the nearest noun reached through
    common nouns that says what (a phrase of ``LIMITS["dated_noun_words"]``), never past a
    verb or a name; not the predicate's own subject."""
    noun, node = None, date_root
    dating = {t.i for t in date_root.head.subtree}
    if _in_name(date_root):
        noun = date_root.head.head
    while noun is None and node.dep_ == "pobj" and node.head.dep_ == "prep" and _pos(node.head.head) == "NOUN" \
            and node.head.head.i != node.head.head.head.i:
        node = node.head.head
        if sum(1 for t in node.subtree if t.is_alpha and t.i not in dating) >= LIMITS["dated_noun_words"]:
            noun = node  # the nearest noun that says what: "his efforts to avoid war | in 1915"
    # a place with its date ("took Varn in 1610, Ostrava | in 1612") is no happening of its own
    if noun is None or noun.dep_ in SUBJECTS and noun.head.i == predicate.i:
        return None  # "The War of 1948 broke out when …": the clause is the noun's happening
    outside = {t.i for t in predicate.subtree} - {t.i for t in noun.subtree}
    return noun if excluded & outside else None


def _premodified_complement(date_root: Any, predicate: Any) -> Any | None:
    """The noun a date stands before ("the reader of X's | 1650 | speech", "the damage of the
    | October 1912 | war") when that noun names a happening and is the "of" complement of
    another noun in the predicate's clause: the date is that happening's, not the clause's
    (the reader's imagining, the envoy's seeking); None unless its phrase says whose (a
    possessor, an "of" or "by" phrase) in ``LIMITS["dated_noun_words"]`` words besides the date
    and articles: a bare "the war" names no happening a reader can place."""
    noun = date_root.head
    while noun.dep_ in {"compound", "nmod"} and noun.head.i > noun.i:
        noun = noun.head  # "the October | 1912 | border war"
    if date_root.dep_ not in {"nummod", "compound", "nmod", "amod", "npadvmod"} or noun.i < date_root.i \
            or _pos(noun) not in {"NOUN", "PROPN"} or not names_happening(noun.lower_):
        return None
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or _pos(of.head) != "NOUN" \
            or noun.i not in {t.i for t in predicate.subtree}:
        return None
    if not any(c.dep_ == "poss" or c.dep_ in {"prep", "agent"} and c.lower_ in {"of", "by"} and c.i > noun.i
               for c in noun.children):
        return None
    sd, dating = noun.doc, {t.i for t in date_root.subtree}
    words = [i for i in _event_noun_phrase(noun) if i not in dating and sd[i].is_alpha and sd[i].dep_ != "det"]
    return noun if len(words) >= LIMITS["dated_noun_words"] else None


def _parenthesised_name(date_root: Any, predicate: Any) -> Any | None:
    """A name whose date stands in brackets after it ("fought in the Third Salt War | (1801–1803)",
    "agreed in the Treaty of Lund | (1679)"): the date is the named thing's, so the name is the
    happening. Only a name whose head English writes in lower case (war, treaty, act), not a
    person's dates; not the predicate's own subject, whose clause says what happened."""
    name = date_root.head
    sd = date_root.doc
    lo, hi = date_root.left_edge.i, date_root.right_edge.i
    if date_root.dep_ != "appos" or name.tag_ not in {"NNP", "NNPS"} or not is_common_word(name.text) \
            or lo == 0 or hi + 1 >= len(sd) or sd[lo - 1].text != "(" or sd[hi + 1].text != ")":
        return None
    return None if name.dep_ in SUBJECTS and name.head.i == predicate.i else name


def _nested_dated_name(date_root: Any) -> Any | None:
    """A name whose head English writes in lower case (treaty, war, act) with a date phrase of
    its own ("…, including the Harbor Accord | in 1921"), itself the object of a preposition
    said of a noun: the date is that name's, the clause around it says something else."""
    prep = date_root.head
    if date_root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ == "of" or prep.i < prep.head.i:
        return None
    name = prep.head
    if name.tag_ not in {"NNP", "NNPS"} or not is_common_word(name.text) or name.dep_ != "pobj":
        return None
    holder = name.head
    return name if holder.dep_ == "prep" and _pos(holder.head) in {"NOUN", "PROPN", "PRON"} else None


def _dated_document(date_root: Any, predicate: Any) -> Any | None:
    """A written instrument the date modifies before it ("revise the 1936 | Convention", "Article
    VII of their February 1942 | agreement";
    ``lexicon/document_kinds.txt`` through WordNet), when it is not the clause's subject: the
    date is the instrument's making, the clause around it happened later; the instrument is
    the happening."""
    # (a name holding its date, "the Convention of 1800", is often the clause's instrument:
    # "restored peace with | the Convention of 1800", and stays with its clause)
    if date_root.dep_ in {"nummod", "compound", "amod", "npadvmod", "nmod"} and date_root.head.i > date_root.i:
        noun = date_root.head
    else:
        return None
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if _pos(noun) not in {"NOUN", "PROPN"} or noun.dep_ in SUBJECTS or noun.i == predicate.i \
            or not any(_kind_of(noun.lower_, kind) for kind in lexicon_words("document_kinds")):
        return None
    sd = noun.doc
    if any(sd[o].text in {"(", "["} and o < noun.i < c for o, c in _enclosures(sd)):
        return None  # "(as set by the 1783 treaty) between X and Y": the label would splice the phrase around
    return noun


def _name_in_participle(date_root: Any) -> Any | None:
    """A name that holds its date ("the War | of 1812") inside a participle phrase without a
    subject of its own (", leading to the War of 1812", "for waging the War of 1812"): the
    phrase tells what the name's happening followed from, the name is the date's happening."""
    if not _in_name(date_root):
        return None
    name = date_root.head.head
    clause = _clause_head(name)
    if clause.tag_ != "VBG" or clause.dep_ not in {"advcl", "acl", "pcomp"} or _subject(clause) is not None:
        return None
    return name if name.dep_ in {"pobj", "dobj"} else None


def _paired_name(name: Any) -> set[int]:
    """The name a dated name is paired with by "and" right before it, one date for both ("the
    X Trial and the Y Trials | (1945–1948)"): its noun phrase and the "and"; empty when the
    name before has a date of its own or more than "and" stands between them."""
    head, sd = name.head, name.doc
    cc = name.left_edge.i - 1
    if name.dep_ != "conj" or head.i >= name.i or head.tag_ not in {"NNP", "NNPS"} or cc < 1 \
            or sd[cc].dep_ != "cc" or sd[cc].head.i != head.i or sd[cc - 1].i != head.i:
        return set()
    first = _noun_phrase(head)
    if any(sd[i].like_num for i in first) or max(first) != head.i:
        return set()
    return first | {cc}


def _predicate(anchor: Any) -> tuple[Any, set[int]]:
    """The head of the clause the date is an adverbial of (a verb, or the root of a verbless
    heading), and the tokens on the way up to it from a clause it governs ("decided | to
    invade": part of its governor's clause, never dropped as an adjunct)."""
    node, path = _clause_head(anchor), set()
    while _governed(node):
        path.add(node.i)
        node = _clause_head(node.head)
    if node.dep_ == "advcl" and _subject(node) is None:
        subject = _clause_subject(node.head)
        if subject is not None and subject.i > node.i:  # "Visiting X in 1987, Y rioted": Y's
            return _predicate(node.head)
    subject = _subject(node)
    if path and subject is not None and min(path) < subject.i:
        path = set()  # "While attending X in 1987, Y rioted": a fronted adverbial, Y's happening
    return node, path


def _clause_head(token: Any) -> Any:
    node = token
    while node.head.i != node.i and not (_pos(node) in {"VERB", "AUX"} and node.dep_ in CLAUSAL):
        node = node.head
    return node


def _governed(clause: Any) -> bool:
    """A clause without a subject of its own that completes another one ("decided | to
    invade", "responded by | imposing", "was crucial in | securing"): the happening is
    the governing clause's. A participle said of a noun or of the main clause's subject
    stays (its label borrows that subject)."""
    if clause.head.i == clause.i or clause.tag_ not in {"VB", "VBG", "VBN"}:
        return False
    if _subject(clause) is not None:  # "allowed the guild | to trade": an infinitive is non-finite
        return clause.tag_ == "VB" and clause.dep_ in {"ccomp", "xcomp"} \
            and any(c.tag_ == "TO" for c in clause.children)
    if clause.dep_ in {"xcomp", "pcomp", "ccomp"}:
        return True
    if clause.dep_ in {"relcl", "acl"} and clause.tag_ == "VB" and clause.head.dep_ == "attr" \
            and any(c.tag_ == "TO" for c in clause.children):
        return True  # "X was the first | to declare": what X was, the copula's clause
    if clause.dep_ == "conj":  # "to build and | operate": as its first conjunct
        return _governed(clause.head)
    return clause.dep_ == "advcl" and clause.tag_ == "VB"  # "… in order to | confront"


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def _clause_subject(verb: Any) -> Any | None:
    """The subject of ``verb`` or, when it has none, of the clause it completes or is
    coordinated with ("the council began to tax … and | raised")."""
    while _subject(verb) is None and verb.dep_ in {"xcomp", "conj", "pcomp", "ccomp", "advcl"} \
            and verb.head.i != verb.i:
        if (fronted := _subordinate_subject(verb)) is not None:
            return fronted
        verb = verb.head
        if verb.dep_ == "prep":  # "by | imposing": the prepositional phrase's head
            verb = verb.head
    return _subject(verb)


def _subordinate_subject(verb: Any) -> Any | None:
    """The subject of a subordinate clause opening a finite verb without one, that the
    parse made the verb's adverbial ("while he condemned X, | criticized Y": he), or None:
    a verb listed after such a clause has its subject."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    # the clause ends with a comma right before the verb (else the parse may have put the
    # verb's own subject inside it: "As X expanded …, Y | suffered")
    opening = next((c for c in verb.children if c.i < verb.i and c.dep_ == "advcl"
                    and any(m.dep_ == "mark" for m in c.children)
                    and c.right_edge.i + 2 >= verb.i and verb.doc[verb.i - 1].text == ","), None)
    return _subject(opening) if opening is not None else None


def _clause(predicate: Any, path: set[int], both_clauses: bool = False) -> set[int]:
    """The predicate's subtree without its adjuncts (but the one leading to the date),
    with the subject it shares; with ``both_clauses``, a coordinated clause with a subject
    of its own stays (a fronted date dates both)."""
    kept = {t.i for t in predicate.subtree}
    subject = _subject(predicate)
    for child in predicate.children:
        if both_clauses and child.dep_ == "conj" and _subject(child) is not None:
            continue
        if _is_adjunct(child, predicate, subject) and not path & {t.i for t in child.subtree}:
            kept -= _set_off(predicate.doc, {t.i for t in child.subtree})
    if subject is not None:
        kept -= _stray_modifiers(subject)
    if not any(c.dep_ == "conj" and c.i in kept for c in predicate.children):
        # "… and | launched", "but rather | included": the conjunction with its own modifiers
        kept -= {t.i for c in predicate.children if c.dep_ in {"cc", "preconj"} for t in c.subtree}
    if subject is None:
        kept |= _shared_subject(predicate)
    elif subject.tag_ in {"WDT", "WP"} and (relative := _relative_of(predicate)) is not None \
            and relative is not predicate:  # "X, who had led Y and | who died in 1913": X died
        kept.discard(subject.i)
        kept |= _antecedent(relative)
    elif subject.tag_ in {"WDT", "WP"} and predicate.dep_ == "relcl":
        governing = _governing_clause(predicate)
        if governing:  # "X sent an army | that fought …": the object is said of what X did
            kept |= governing
        else:
            kept.discard(subject.i)  # "the treaty, which ended the war": "the treaty ended the war"
            kept |= _antecedent(predicate) - {subject.i}
    elif predicate.dep_ == "relcl" and _relative_object(predicate) is not None:
        # "the site, which X excavated": the label keeps what the clause is said of
        kept |= _antecedent(predicate) | _comma_before(predicate)
    elif any(c.tag_ == "WP$" for c in subject.children):  # "the king whose defeat … freed X":
        kept -= {c.i for c in subject.children if c.tag_ == "WP$"}  # "Defeat … freed X"
    elif (name := _possessed_name(subject)) is not None:  # "His son John Smith sailed": John Smith sailed
        kept -= {t.i for t in subject.subtree if t.i < name.left_edge.i}
    elif subject.lower_ in PERSON_PRONOUNS:
        person = _person_antecedent(subject)
        if person is not None:  # "X had no illusions: in 1940 he said …": X said …
            marks = {c.i for c in predicate.children if c.dep_ == "punct" and c.i < subject.i}
            kept = kept - {subject.i} - marks | _argument_phrase(person)
    elif subject.lower_ in PRONOUN_NUMBER:
        noun = _pronoun_antecedent(subject, predicate)
        if noun is not None:  # "The guild protested, but in 1820 it was dissolved": the guild
            kept = kept - {subject.i} | _argument_phrase(noun)
    return kept


def _object_relative_as_clause(sd: Any, out: list[int], predicate: Any) -> list[int]:
    """A label of an object relative clause with its antecedent before it ("the pact | that
    the two dukes signed", "the fort, | which the navy took") said as a clause: its subject
    and verb, then the antecedent as their object ("The two dukes signed the pact"); ``out``
    unchanged for any other label."""
    relative = _relative_object(predicate) if predicate.dep_ in {"relcl", "ccomp"} else None
    subject = _subject(predicate)
    if relative is None or subject is None or subject.i == relative.i or relative.i not in out \
            or any(c.tag_ == "MD" for c in predicate.children):
        return out  # "the toll | that each carter would owe": what was owed, not a happening
    ante = [i for i in out if i < relative.i and not (sd[i].is_punct and i + 1 == relative.i)]
    if predicate.dep_ == "ccomp":  # "sold the mill | that the brothers had built": the parse made
        # the relative clause the verb's content clause; its antecedent is the verb's object before it
        noun = sd[relative.i - 1] if relative.i > 0 else None
        if ante or relative.lower_ != "that" or noun is None or noun.dep_ != "dobj" \
                or noun.head.i != predicate.head.i or _pos(noun) not in {"NOUN", "PROPN"}:
            return out
        ante = sorted(i for i in _noun_phrase(noun) if i < relative.i)
    clause = [i for i in out if i > relative.i]
    if not ante or not clause or _pos(sd[ante[-1]]) not in {"NOUN", "PROPN"} \
            or any(_pos(sd[i]) in {"VERB", "AUX"} for i in ante) or any(sd[i].is_punct for i in ante):
        return out  # no plain noun phrase before the clause (a clause or an aside between)
    verb = [i for i in clause if i <= predicate.i or sd[i].dep_ == "prt" and sd[i].head.i == predicate.i]
    return verb + ante + [i for i in clause if i not in verb]


def _relative_of(clause: Any) -> Any | None:
    """The relative clause ``clause`` is, or is coordinated with as a later conjunct ("who
    had led X and | who died"), or None."""
    node = clause
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    return node if node.dep_ == "relcl" else None


def _stray_modifiers(noun: Any) -> set[int]:
    """Adjectives the parse hung on a noun across a comma before its other words ("Although
    X was swift and successful | , | small-scale resistance continued"): English sets no
    comma between an attributive adjective and its noun, so they are a clause's predicate
    before; they leave with the comma."""
    sd, out = noun.doc, set()
    for c in noun.children:
        comma = c.right_edge.i + 1
        if c.dep_ == "amod" and c.i < noun.i and comma < noun.i and sd[comma].text == "," \
                and any(k.i > comma and k.i < noun.i for k in noun.children):
            out |= {t.i for t in c.subtree} | {comma}
    return out


def _relative_object(relative: Any) -> Any | None:
    """The relative word a relative clause has as its direct object ("which | X excavated"),
    or None: without its antecedent the clause's verb lacks its object."""
    return next((c for c in relative.children if c.dep_ == "dobj" and (c.tag_ in {"WDT", "WP"} or (
        c.lower_ == "that" and c.i == relative.left_edge.i))), None)  # "that" tagged as a conjunction too


def _possessed_name(subject: Any) -> Any | None:
    """The name in apposition to a subject a possessive pronoun opens ("His son | Leif
    Erikson"): the pronoun stands for no one in the label, the name says who."""
    if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subject.children):
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and _pos(c) == "PROPN"
                 and c.left_edge.i == subject.i + 1), None)


def _place_qualifier(noun: Any) -> set[int]:
    """The country or state after a place name and a comma ("Paris, | Kentucky"), with the
    comma: the name alone says another place. Empty when there is none (the gazetteer says
    whether the words name a country or first-level division)."""
    sd = noun.doc
    if _pos(noun) != "PROPN" or noun.i + 2 >= len(sd) or sd[noun.i + 1].text != ",":
        return set()
    for child in noun.children:
        if child.dep_ in {"appos", "npadvmod", "conj"} and _pos(child) == "PROPN" and child.left_edge.i == noun.i + 2:
            words = sd[child.left_edge.i : child.right_edge.i + 1].text
            if _names_area(words):
                return {noun.i + 1} | {t.i for t in child.subtree}
    return set()


def _names_area(words: str) -> bool:
    from vitrina.extract.places import AREA_KINDS, gazetteer

    return any(s.place.kind in AREA_KINDS | {"state"} for s in gazetteer().senses(words))


def _governing_clause(relative: Any) -> set[int]:
    """For a restrictive relative clause said of a verb's indefinite direct object ("X sent an
    army | that fought …"), the verb with its subject, particle, auxiliaries and that object:
    without them the object is a description of nothing ("An army fought"). Empty when the
    clause is set off by a comma, the object is a name or definite (``lexicon/
    indefinite_determiners.txt``), or the verb has no noun subject."""
    noun, verb = relative.head, relative.head.head
    if noun.dep_ != "dobj" or _pos(noun) != "NOUN" or not _finite(verb) \
            or relative.doc[relative.left_edge.i - 1].text == ",":
        return set()
    determiners = [c for c in noun.children if c.dep_ in {"det", "poss"}]
    if any(d.dep_ == "poss" or d.lower_ not in lexicon_words("indefinite_determiners") for d in determiners):
        return set()  # "the tolls | that dated from …": the object is known, its clause stands alone
    subject = _subject(verb) or (_clause_subject(verb) if verb.dep_ == "conj" else None)
    if subject is None or _pos(subject) not in {"NOUN", "PROPN"}:
        return set()
    kept = {t.i for t in subject.subtree}
    for child in subject.children:
        if child.dep_ in {"appos", "acl", "relcl"}:
            kept -= _with_marks(relative.doc, {t.i for t in child.subtree})
    kept |= {verb.i} | {c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg", "prt"}}
    return kept | _noun_phrase(noun)


def subject_antecedent(sd: Any, plural: bool, before: int | None = None) -> list[int] | None:
    """The noun phrase an "it" (``plural`` False) or "they" subject stands for, in parsed
    sentence ``sd``: the subject of its last clause before token ``before`` (in the
    pronoun's own sentence) or, with ``before`` None, of its main clause (the sentence
    before: the subject is what a pronoun opening the next one most often continues).
    Its words without clauses, appositions or parentheses, at most
    ``LIMITS["antecedent_words"]``; None when that subject is a pronoun, a date, of the other
    number, too long, or (for "it") no name."""
    roots = [t for t in sd if t.dep_ == "ROOT"]
    if before is not None:
        # (a relative pronoun is no subject a pronoun continues: "X was a body | that included
        # Y, and its …" is X's)
        subjects = [s for t in sd if t.dep_ in CLAUSAL and _pos(t) in {"VERB", "AUX"}
                    and (s := _subject(t)) is not None and s.i < before and s.tag_ not in {"WDT", "WP"}]
    else:
        subjects = [_subject(t) for t in roots if _pos(t) in {"VERB", "AUX"}]
    subject = subjects[-1] if subjects else None
    if subject is None or _pos(subject) not in {"NOUN", "PROPN"} or subject.like_num:
        return None
    number = _plural(subject)
    if number != plural and before is None:
        return None
    if number != plural:
        # "The purpose | of the meetings | was …; they began": in the pronoun's own sentence,
        # the subject's "of" noun, of the pronoun's number, when the subject is of the other
        inner = [o for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj"]
        inner += [c for c in subject.children if c.dep_ == "poss"]  # "X's industries had grown, and it …"
        subject = next((o for o in inner if _pos(o) in {"NOUN", "PROPN"} and _plural(o) == plural), None)
        if subject is None:
            return None
    if not plural and _pos(subject) != "PROPN":
        return None  # an "it" stands for a name: a common noun before it is often not what it means
    kept = {subject.i}
    for child in subject.children:
        # its modifiers and "of" phrase ("the members | of the guild"), not its clauses
        if child.dep_ not in {"relcl", "acl", "appos", "punct", "prep", "case"} or child.lower_ == "of":
            kept |= {t.i for t in child.subtree}
    bracketed = {i for o, c in _enclosures(sd) if sd[o].text in {"(", "["} for i in range(o, c + 1)}
    phrase = sorted(kept - bracketed)
    words = [i for i in phrase if _is_word(sd[i])]
    if not words or len(words) > LIMITS["antecedent_words"] \
            or any(sd[i].tag_ in {"PRP", "PRP$", "WDT", "WP"} for i in phrase):
        return None
    return phrase


def _objects_named(sd: Any, out: list[int], predicate: Any) -> list[int]:
    """An object pronoun of the label ("X founded | it", "the idea came to | him") replaced by
    what it stands for in its sentence, when that is not in the label: for "him"/"her" the
    name that is the subject of a clause before it (never the pronoun's own verb's subject),
    for "it"/"them" the nearest noun before it that is a verb's subject or object, of its
    number ("X signed the treaty, but the council did not ratify | it": the treaty)."""
    for k, i in enumerate(out):
        pronoun = sd[i]
        if pronoun.tag_ != "PRP" or pronoun.dep_ not in OBJECT_DEPS or pronoun.lower_ not in OBJECT_PRONOUNS \
                or _partitive(pronoun):
            continue
        plural = OBJECT_PRONOUNS[pronoun.lower_]
        own = next((v for v in pronoun.ancestors if _pos(v) in {"VERB", "AUX"}), None)
        own_subject = _clause_subject(own) if own is not None else None
        if plural is None:
            noun = _person_antecedent(pronoun)
        else:  # else the nearest noun of its number, no person ("Unhappy with his cabinet, X reshaped | it")
            noun = _thing_antecedent(pronoun, plural, own_subject) or _nearest_thing(pronoun, plural, own_subject)
        if noun is None or own_subject is not None and noun.i == own_subject.i:
            continue
        phrase = sorted(_argument_phrase(noun) - {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ != "of"
                                                  for t in c.subtree})
        words = [j for j in phrase if _is_word(sd[j])]
        if set(phrase) & set(out) or not words or len(words) > LIMITS["antecedent_words"]:
            continue
        return out[:k] + phrase + out[k + 1:]
    return out


def object_it_without_antecedent(sd: Any) -> bool:
    """Parsed sentence ``sd`` has an object "it" (not counting a part: "some of it") that
    no noun before it in the sentence can stand for (``_thing_antecedent``): what it stands
    for is in a sentence before."""
    for pronoun in sd:
        if pronoun.lower_ != "it" or pronoun.dep_ not in OBJECT_DEPS or _partitive(pronoun):
            continue
        own = next((v for v in pronoun.ancestors if _pos(v) in {"VERB", "AUX"}), None)
        own_subject = _clause_subject(own) if own is not None else None
        return _thing_antecedent(pronoun, False, own_subject) is None
    return False


def argument_name(sd: Any) -> list[int] | None:
    """The one singular proper name among the arguments of the main verb of parsed sentence
    ``sd`` (its object, complement, or the object of a preposition it governs: "The most
    curious history belongs | to X", "The most successful of them was | X"), for an "it"
    opening the next sentence when this one's subject is no name or pronoun; None when there
    is none or more than one."""
    root = next((t for t in sd if t.dep_ == "ROOT"), None)
    if root is None or _pos(root) not in {"VERB", "AUX"} or (subject := _subject(root)) is None \
            or _pos(subject) in {"PROPN", "PRON"}:
        return None  # (a name or pronoun subject is what the "it" continues, if anything)
    args = [c for c in root.children if c.dep_ in {"dobj", "attr", "oprd"}]
    args += [o for c in root.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    names = [a for a in args if a.tag_ == "NNP" and not any(c.dep_ == "conj" for c in a.children)
             and not _date_word(a)]
    if len(names) != 1:
        return None
    phrase = sorted({names[0].i} | {t.i for c in names[0].children if c.dep_ in {"compound", "det"} for t in c.subtree})
    return phrase if phrase[-1] - phrase[0] + 1 == len(phrase) else None


def _date_word(name: Any) -> bool:
    """A month ("in September", "in May 1919", lexicon months) or a name with a number
    beside it: a date the parse tagged as a proper noun, never what a pronoun stands for
    (a name's own clause may hold a date: "the Alabama, | launched in 1862")."""
    return name.lower_ in lexicon_words("months") \
        or any(t.like_num for t in name.children if t.dep_ in {"nummod", "compound", "npadvmod"})


def _partitive(pronoun: Any) -> bool:
    """ "many | of them", "some of it": the pronoun counts a part of a whole the label cannot
    name with the words of its antecedent ("many of perhaps thirty thousand people")."""
    of = pronoun.head
    return pronoun.dep_ == "pobj" and of.lower_ == "of" and _pos(of.head) in {"ADJ", "DET", "NUM", "PRON"}


def _thing_antecedent(pronoun: Any, plural: bool, own_subject: Any | None) -> Any | None:
    """The nearest noun before ``pronoun`` of number ``plural`` that is the subject or direct
    object of a verb (not the pronoun's own verb's subject); None when there is none."""
    # a noun a possessive pronoun opens ("takes | its name") leans on an antecedent itself
    nouns = [_of_number(t, plural) for t in pronoun.doc[: pronoun.i] if t.dep_ in {"nsubj", "nsubjpass", "dobj"}
             and (own_subject is None or t.i != own_subject.i)
             and not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children)
             and _pos(t) in {"NOUN", "PROPN"} and _pos(t.head) in {"VERB", "AUX"}]
    found = [t for t in nouns if t is not None and t.i < pronoun.i]
    return found[-1] if found else None


def _of_number(noun: Any, plural: bool) -> Any | None:
    """``noun`` when it is of number ``plural``, else the noun of its "of" phrase that is
    ("settled the terms | of the charter and signed it": the charter), else None."""
    if _plural(noun) == plural:
        return noun
    inner = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
             if o.dep_ == "pobj" and _pos(o) in {"NOUN", "PROPN"} and not _date_word(o)]
    return inner[0] if inner and _plural(inner[0]) == plural else None


def _person_antecedent(pronoun: Any) -> Any | None:
    """The name that is the subject of a clause of the same sentence before ``pronoun``
    ("Roosevelt had no illusions: he said …"); None when no such name is there."""
    names = [t for t in pronoun.doc[: pronoun.i] if t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ == "NNP"]
    if names:
        return names[-1]
    # "The square was named after General X in 1921 and lost the name when | he fell": in a
    # clause after the main one, the one person named before it, when no subject before it is
    # a person or a personal pronoun ("In a letter to X, | he wrote" is someone else)
    sd = pronoun.doc
    persons = sd.user_data.get("persons", frozenset())
    people = [t for t in sd[: pronoun.i] if t.i in persons and t.head.i not in persons
              and _noun_class(t.lower_) in {None, "noun.person"}]  # not a common word ("University")
    if len(people) != 1 or pronoun.head.dep_ == "ROOT" \
            or any(t.dep_ in SUBJECTS and (_is_person(t) or t.tag_ == "PRP") for t in sd[: pronoun.i]):
        return None
    return people[0]


def _pronoun_antecedent(pronoun: Any, predicate: Any, plural: bool | None = None) -> Any | None:
    """The noun subject of a clause governing ``predicate`` in the same sentence, before the
    pronoun and of its number (``plural``, else the subject pronoun's), that the pronoun
    stands for; None when there is none."""
    if plural is None:
        plural = PRONOUN_NUMBER[pronoun.lower_]
    node = predicate
    while node.head.i != node.i:
        node = node.head
        subject = _subject(node) if _pos(node) in {"VERB", "AUX"} else None
        if subject is not None and subject.i < pronoun.i and _pos(subject) in {"NOUN", "PROPN"}:
            if _plural(subject) == plural and (plural or not _is_person(subject)):
                return subject
            # "The senator backed the bill, but | it failed": for a person, the nearest noun
            # before it that can be; for a common noun of the other number, the nearest name
            # ("Under X's rule, the talks went on until | it fell"; a name's number is not in
            # its tag: "the Hebrides … | they"); a common noun is often not it
            if _plural(subject) == plural:
                return _nearest_thing(pronoun, plural, subject)
            return _nearest_thing(pronoun, plural, subject, names_only=True) if _pos(subject) == "NOUN" else None
    return None


def _argument_phrase(noun: Any) -> set[int]:
    """``noun``'s phrase put for a pronoun: without a possessive ending ("X’s | rule" → "X"),
    with its conjuncts ("X and Y … | they": X and Y)."""
    joined = {t.i for c in noun.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    return _noun_phrase(noun) - {c.i for c in noun.children if c.dep_ == "case"} | joined


def _plural(noun: Any) -> bool:
    """``noun`` is plural by its tag or by its conjuncts ("X and Y")."""
    return noun.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in noun.children)


def _nearest_thing(pronoun: Any, plural: bool, skipped: Any | None, names_only: bool = False) -> Any | None:
    """The nearest noun before ``pronoun`` that a subject, object or preposition's object (with
    ``names_only``, a proper noun, a possessor too), of its number (for "it" no person, no date)
    can stand for, other than ``skipped`` and what it governs; None when there is none."""
    inside = {t.i for t in skipped.subtree if t.dep_ not in {"relcl", "acl"}} if skipped is not None else set()
    deps = {"nsubj", "nsubjpass", "dobj", "pobj"} | ({"poss"} if names_only else set())
    nouns = [t for t in pronoun.doc[: pronoun.i] if t.dep_ in deps
             and t.i not in inside and _pos(t) in ({"PROPN"} if names_only else {"NOUN", "PROPN"})
             and not t.like_num and not _date_word(t)
             and _plural(t) == plural and (plural or not _is_person(t))]
    return nouns[-1] if nouns else None


def _is_person(noun: Any) -> bool:
    """``noun`` is in a name the document's mentions type as a person (the token indices
    ``events.find_events`` puts in ``Doc.user_data["persons"]``) or a common noun whose most
    frequent WordNet sense is a person ("the senator")."""
    if noun.i in noun.doc.user_data.get("persons", ()):
        return True
    return noun.tag_ in {"NN", "NNS"} and _noun_class(noun.lower_) == "noun.person"


def _noun_class(word: str) -> str | None:
    """The WordNet class (lexname) of ``word``'s most frequent noun sense."""
    return first_sense_class(word, "n")


def _is_adjunct(child: Any, predicate: Any, subject: Any | None) -> bool:
    if child.dep_ == "npadvmod" and child.i > predicate.i and _pos(child) in {"NOUN", "NUM"} \
            and not _complements(predicate):
        return False  # "lasted | nearly three weeks": a measure is the verb's only complement
    if _purpose_after_object(child, predicate):
        return False  # "sent a delegation | to meet X": what the act was for; pruned when too long
    if child.dep_ in CLAUSE_ADJUNCTS:
        return True
    if child.dep_ == "prep" and child.i > predicate.i and any(
            c.dep_ == "advcl" and c.tag_ in {"VBD", "VBZ", "VBP"} and _subject(c) is None
            and c.left_edge.i == child.right_edge.i + 1 for c in predicate.children):
        return True  # "stunned X | as the party | lost …": a subordinate clause whose subject the parse took for an object
    if child.dep_ in {"ccomp", "parataxis"} and subject is not None and child.i < subject.i \
            and any(t.text in {":", ";"} for t in child.doc[child.right_edge.i + 1 : subject.i]):
        return True  # "X had no illusions: in 1940 he said …": a clause of its own before the colon
    if child.dep_ == "advmod" and child.lower_ in lexicon_words("discourse_adverbs"):
        return True  # "was, however, settled": a link to the text around, not the happening
    if child.dep_ == "conj" and _shares_auxiliary(child, predicate):
        return False  # "were arrested | or | exiled": one predicate of two verbs
    if child.dep_ == "conj" and _pos(child) in {"VERB", "AUX"}:
        # "… and launched a reform": another happening; but "considered, but rejected | the
        # idea": a verb without a complement shares its conjunct's, which stays
        # (only right after it: a conjunct past a clause between is the clause's, hung too high)
        between = child.doc[predicate.i + 1 : child.left_edge.i]
        return not (_pos(predicate) in {"VERB", "AUX"} and not _complements(predicate) and _subject(child) is None
                    and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in child.children)
                    and all(t.is_punct or t.dep_ in {"cc", "advmod"} for t in between))
    if child.dep_ == "conj" and _pos(predicate) in {"VERB", "AUX"} and _pos(child) in {"ADP", "ADV", "ADJ"}:
        return True  # "were repealed, and then only | in the interests of …": an afterthought
    if child.dep_ in {"prep", "advmod", "npadvmod"} and child.i < predicate.i:
        # fronted: "After long delays, …", "However, …" (not "finally left")
        return subject is None or child.i < subject.i
    return False


def _purpose_after_object(child: Any, predicate: Any) -> bool:
    """An infinitive right after the verb's object, with no comma between ("passed a rule |
    to close the port", "sent an envoy | to meet the king"): the parse cannot tell the
    purpose of the act from the object's own complement, and either says what was done."""
    if child.dep_ != "advcl" or child.tag_ != "VB" or child.i < predicate.i \
            or not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == child.left_edge.i for c in child.children):
        return False
    objects = [c for c in predicate.children if c.dep_ == "dobj" and c.i < child.i]
    return bool(objects) and objects[-1].right_edge.i + 1 == child.left_edge.i


# WordNet verb classes whose verbs take what was said or thought as their object ("hinted to
# the envoys | that the guild would strike", "warned X | that …")
CONTENT_VERB_SENSES = frozenset({"verb.communication", "verb.cognition"})


def _said_clause(clause: Any, spine: set[int]) -> bool:
    """A "that" clause with a subject of its own, hung on a noun in the complements of a verb
    of saying or thinking on the label's spine: what was said, the verb's object (the parse
    often takes it for a relative clause of the noun before it), kept whole."""
    if clause.dep_ not in {"relcl", "acl", "ccomp"} or clause.doc[clause.left_edge.i].lower_ != "that":
        return False
    subject = _subject(clause)
    if subject is None or subject.lower_ == "that":
        return False
    verb = clause.head
    while _pos(verb) not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.i in spine and _verb_class(_verb_lemma(verb)) in CONTENT_VERB_SENSES


def _verb_class(lemma: str) -> str | None:
    """The WordNet class (lexname) of ``lemma``'s most frequent verb sense."""
    return first_sense_class(lemma, "v")


def _shares_auxiliary(conj: Any, predicate: Any) -> bool:
    """A participle joined to the predicate by nothing but commas, "and"/"or" and other bare
    participles, with no subject or auxiliary of its own, shares the predicate's ("were
    arrested or exiled", "were arrested, tried or exiled")."""
    between = conj.doc[predicate.i + 1 : conj.left_edge.i]
    return conj.tag_ == "VBN" and predicate.tag_ == "VBN" and len(between) > 0 \
        and all(t.dep_ in {"cc", "punct"} or (t.dep_ == "conj" and t.tag_ == "VBN") for t in between) \
        and _subject(conj) is None \
        and not any(c.dep_ in {"aux", "auxpass"} for c in conj.children) \
        and any(c.dep_ in {"aux", "auxpass"} for c in predicate.children)


def _complements(verb: Any) -> list[Any]:
    """The children after a verb that complete it: objects, complements, particle, preposition."""
    return [c for c in verb.children if c.i > verb.i and c.dep_ in {"dobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "dative",
                                                    "prt", "prep", "agent"}]


def _shared_subject(predicate: Any) -> set[int]:
    """What a subjectless clause is said of: a coordinated verb's first conjunct's subject,
    a relative or participle clause's noun, a subordinate clause's subject the parse hung
    on the verb ("while he condemned X, | criticized Y")."""
    fronted = _subordinate_subject(predicate)
    if fronted is not None:
        return {t.i for t in fronted.subtree}
    if predicate.dep_ == "conj":
        subject = _clause_subject(predicate)
        if subject is not None and subject.tag_ not in {"WDT", "WP"}:  # a relative's: its noun, below
            return {t.i for t in subject.subtree}
    first = predicate
    while first.dep_ == "conj" and first.head.i < first.i and _pos(first.head) in {"VERB", "AUX"}:
        first = first.head  # "X, opened in 1895 and | renamed in 1948": X, as its first conjunct's
    if first.dep_ in {"acl", "relcl"} and _pos(first.head) in {"NOUN", "PROPN", "PRON"}:
        return _antecedent(first) - ({t.i for t in first.subtree} | _comma_before(first) if first is not predicate
                                     else set())
    if predicate.dep_ == "advcl" and predicate.tag_ in {"VBG", "VBN"}:  # ", declaring in 1871 that …"
        subject = _clause_subject(predicate.head)
        if subject is not None and subject.i < predicate.i:
            return {t.i for t in subject.subtree} | _comma_before(predicate)
        noun = _noun_before_comma(predicate) if predicate.tag_ == "VBN" else None
        if noun is not None:  # "… recognize the policy of X, | established by Y in 1917": the policy
            return _noun_phrase(noun) - {t.i for t in predicate.subtree} | _comma_before(predicate)
    return set()


def _noun_before_comma(participle: Any) -> Any | None:
    """The noun a passive participle set off by a comma is said of when the parse hung it on
    a verb: the outermost noun phrase ending right before the comma (an object, not a
    subject: "recognize the policy of refusing X, | established by Y"), or None."""
    sd, own = participle.doc, {t.i for t in participle.subtree}
    comma = min(t.i for t in participle.subtree if not t.is_punct) - 1  # the comma may be the participle's
    if comma < 1 or sd[comma].text != ",":
        return None
    ends = [t for t in sd[:comma] if _pos(t) in {"NOUN", "PROPN"} and t.dep_ in {"dobj", "pobj", "attr", "oprd"}
            and max(i.i for i in t.subtree if i.i not in own and not i.is_punct) == comma - 1]
    return min(ends, key=lambda t: t.left_edge.i) if ends else None


def _antecedent(clause: Any) -> set[int]:
    """The noun phrase a relative or participle clause is said of ("a series of | steps
    that led": "a series of steps"), with the comma that sets the clause off."""
    aside = _parenthetical_around(clause)
    if aside is not None:  # "the site, on the tip of Y, | which …": the site, without the aside
        return _noun_phrase(clause.doc[aside.i - 2]) - {t.i for t in aside.subtree}
    noun = clause.head
    # "of" heads the genitive/partitive phrase whose noun is the antecedent's own head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _pos(noun.head.head) in {"NOUN", "PROPN"} \
            and not _complex_preposition(noun.head.head):
        outer = noun.head.head
        return _noun_phrase(outer) - {t.i for t in clause.subtree} | {outer.i}
    name = next((c for c in noun.children if c.dep_ == "appos" and c.tag_ in {"NNP", "NNPS"}
                 and noun.tag_ in {"NN", "NNS"} and c.right_edge.i < clause.i), None)
    if name is not None and clause.dep_ == "relcl":  # "his wife, Ann, who …": Ann
        return {t.i for t in name.subtree if not t.is_punct}
    if clause.dep_ == "relcl" and noun.dep_ == "appos" and noun.tag_ in {"NN", "NNS"} \
            and noun.head.tag_ in {"NNP", "NNPS"} and noun.head.i < noun.i:
        # "X, a sailor who …": the clause is said of the name the description is set beside
        return {t.i for t in noun.head.subtree if t.i < noun.left_edge.i
                and (t.i == noun.head.i or t.dep_ in {"compound", "det", "amod", "poss", "case"})}
    return _noun_phrase(noun) | (_comma_before(clause) if clause.dep_ == "acl" else set())


def _complex_preposition(noun: Any) -> bool:
    """A bare noun between a preposition and "of" is part of a preposition of several words
    ("in light | of", "by means | of", "on behalf | of"), not the head of the phrase after it:
    it has no determiner or modifier, only its "of"."""
    return noun.dep_ == "pobj" and [c.lower_ for c in noun.children] == ["of"]


def _parenthetical_around(clause: Any) -> Any | None:
    """The prepositional phrase set off by commas right after a name, that a relative clause
    with an object relative word, set off by a comma, is parsed inside ("the site, | on the tip of Y, | which X excavated"): the
    clause is said of the name, not of the aside's noun. None when there is none."""
    sd, node = clause.doc, clause.head
    if clause.dep_ != "relcl" or not _comma_before(clause) or _relative_object(clause) is None:
        return None
    while node.head.i != node.i and node.dep_ in {"pobj", "prep"}:
        node = node.head
        if node.dep_ == "prep" and node.i > 1 and sd[node.i - 1].text == "," and _pos(sd[node.i - 2]) == "PROPN":
            return node  # the name may be the preposition's head or, parsed to the verb, only before it
    return None


def _comma_before(phrase_head: Any) -> set[int]:
    """The comma that sets off a participle phrase from what it is said of ("The minister,
    declaring …"), kept when the phrase joins its noun in the label."""
    first = phrase_head.left_edge.i
    return {first - 1} if first > 0 and phrase_head.doc[first - 1].text == "," else set()


def _noun_phrase(noun: Any) -> set[int]:
    """A noun with its determiners and modifiers before it, and its prepositional phrases;
    its clauses, appositions and parentheticals left out."""
    kept = {noun.i} | _place_qualifier(noun)
    for child in noun.children:
        if child.dep_ in {"relcl", "acl", "appos", "punct", "conj", "cc"} and not _close_name(child) \
                or child.dep_ == "advmod" and child.lower_ in lexicon_words("discourse_adverbs"):
            continue  # "the war (1835–1842), however, …": the link to the text around goes too
        if child.dep_ == "prep" and child.i < noun.i:
            continue  # "In the north | the canal, opened …": an English noun takes no phrase before it
        if child.dep_ == "advmod" and any(d.dep_ == "det" and child.i < d.i < noun.i for d in noun.children):
            continue  # "especially | the treaty": a focus adverb links to the text around
        kept |= {t.i for t in child.subtree}
    return kept


def _close_name(child: Any) -> bool:
    """A name in apposition right after its common noun, with no mark between ("the painter
    | Ann Lowe", "the frigate | Hermes"): part of the noun phrase, not a parenthetical."""
    head = child.head
    return child.dep_ == "appos" and child.tag_ in {"NNP", "NNPS"} and head.tag_ in {"NN", "NNS"} \
        and child.left_edge.i == head.i + 1 and all(t.tag_ in {"NNP", "NNPS", "HYPH"} for t in child.subtree)


def _pruned(sd: Any, kept: set[int], spine: set[int]) -> set[int]:
    """``kept`` without optional subtrees, the largest first, until it is short enough; the
    predicate, the clauses leading from it to the date (``spine``), its subject and a
    verb's first complement ("led | to changes") stay."""
    if not _too_long(sd, kept):
        return kept
    protected = spine | {t.i for t in sd if t.dep_ in SUBJECTS and t.head.i in spine}
    verbless = not any(_pos(sd[i]) in {"VERB", "AUX"} for i in kept)
    rank = {dep: n for n, dep in enumerate(PRUNABLE)}
    while _too_long(sd, kept):
        candidates = [t for t in sd if t.i in kept and t.i not in protected and _prunable_dep(t) in PRUNABLE
                      and t.head.i in kept and (t.i > t.head.i or _pos(t.head) in {"VERB", "AUX"})
                      and not _first_complement(t, kept) and not _whole(t) and not _said_clause(t, spine)
                      # "the argument | over which | nation would …": it opens its clause
                      and not (t.dep_ == "prep" and any(c.tag_ in {"WDT", "WP"} for c in t.children))]
        # a part bound to its head goes only past the longest label of all (a label of 18-20
        # words with a whole name reads; a cut name does not; a longer one is no headline)
        unbound = [t for t in candidates if not _bound(t, kept)]
        if unbound or _word_count(sd, kept) <= LIMITS["quoted_words"]:
            candidates = unbound
        # a noun's meaning-giving complement goes last, only past the longest label allowed:
        # a label a little long says what happened, one without it does not ("the failure")
        optional = [t for t in candidates if not _noun_complement(t, kept, spine)]
        if (not optional or all(t.dep_ == "prep" and _pos(t.head) in {"VERB", "AUX"} for t in optional)) \
                and all(t.dep_ == "prep" for t in candidates) and _word_count(sd, kept) <= LIMITS["complete_words"]:
            break  # a prepositional phrase may complete a verb ("send the children | to …")
        candidates = optional or candidates
        if not candidates:
            break
        # by kind, the largest first; in a heading without a verb the most deeply nested
        # phrase first (its own phrase says what happened: "A and B during the dinner | for X")
        if verbless:
            chosen = min(candidates, key=lambda t: (-_depth(t, kept), rank[_prunable_dep(t)], -len(list(t.subtree))))
        else:
            chosen = min(candidates, key=lambda t: (rank[_prunable_dep(t)], -len(list(t.subtree))))
        if chosen.dep_ == "prep" and _pos(chosen.head) in {"ADV", "ADP"} and chosen.head.i not in protected \
                and chosen.head.head.i in kept:
            chosen = chosen.head  # "along | with the clashes": the adverbial whole
        chosen = _bare_phrase(chosen, kept, protected)
        cut = _with_marks(sd, {t.i for t in chosen.subtree})
        # a later conjunct of the phrase would now follow its head with nothing between
        for sibling in chosen.head.children:
            if sibling.dep_ == "conj" and sibling.i > max(cut):
                cut |= {t.i for t in sibling.subtree} | {c.i for c in chosen.head.children
                                                         if c.dep_ in {"cc", "punct"} and c.i > chosen.i}
        kept = kept - cut
    return kept


def _bare_phrase(chosen: Any, kept: set[int], protected: set[int]) -> Any:
    """The prepositional phrase (not an "of" phrase) whose bare noun the participle ``chosen``
    is all that specifies ("among figures | working in X"), or that is one expression with its
    preposition ("in order | to …"), when it is no verb's first complement: without it the
    phrase says nothing, so it goes whole; else ``chosen``."""
    noun = chosen.head
    prep = noun.head
    if chosen.dep_ != "acl" or chosen.i < noun.i or noun.dep_ != "pobj" or _pos(noun) != "NOUN" \
            or not (chosen.tag_ in {"VBG", "VBN"} or _fixed_phrase(noun.head, noun)) \
            or prep.dep_ != "prep" or prep.lower_ == "of" or prep.i in protected or _first_complement(prep, kept):
        return chosen
    rest = [c for c in noun.children if c.i in kept and c.i != chosen.i and not c.is_punct]
    return prep if not rest else chosen


def _fixed_phrase(prep: Any, noun: Any) -> bool:
    """Preposition and noun are one WordNet expression ("in order"): what follows completes it."""
    wn = wordnet()
    return wn is not None and bool(wn.synsets(f"{prep.lower_}_{noun.lower_}"))


def _prunable_dep(t: Any) -> str:
    """The relation ``t`` is pruned as: a conjunct the parse hung after a dash with no
    conjunction ("a meeting of X | — ministers and Y") is an apposition, an aside; else its own."""
    if t.dep_ == "conj" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text in {"—", "–"} \
            and not any(c.dep_ == "cc" and t.head.i < c.i < t.i for c in t.head.children):
        return "appos"
    return t.dep_


def _bound(child: Any, kept: set[int]) -> bool:
    """A part a phrase cannot lose without saying something else (``_whole``), or loses only
    past ``LIMITS["quoted_words"]``: a proper name's "of" phrase ("the Republic | of
    China"), an adjective's complement ("ineligible | for citizenship", "rich | in plants") or
    that of a verb's first complement ("were out | of power"), the "of" phrase of a bare
    noun ("opened a series | of talks", "attacks, a lack | of progress, and …"), a list member the parse took for an apposition
    ("the crash, | a downturn, and …"), the content clause of a noun after "there was" or "it was"."""
    head = child.head
    if _whole(child):
        return True
    if child.dep_ == "prep":
        if _pos(head) == "ADJ" or _pos(head) in {"ADP", "ADV"} and _first_complement(head, kept):
            return True
        if child.lower_ == "of" and _pos(head) == "NOUN" and child.i > head.i \
                and all(c.dep_ in {"det", "punct", "cc", "conj"} or c.i == child.i for c in head.children):
            return True  # "opened a series | of talks", "X, a lack | of Y, and Z": the noun says what only with it
        return child.lower_ == "of" and _pos(head) == "PROPN" \
            and any(c.dep_ == "pobj" and _pos(c) == "PROPN" for c in child.children)
    if child.dep_ == "acl" and head.dep_ == "attr" and any(c.dep_ == "mark" for c in child.children):
        return True  # "there were signs | that the two courts were near a settlement": what the signs were
    if child.dep_ == "appos":  # its conjunction joins it to a conjunct attached elsewhere
        return any(c.dep_ == "cc" for c in child.children) and not any(c.dep_ == "conj" for c in child.children)
    return False


def _whole(child: Any) -> bool:
    """A part never cut from its head, however long the label: a hyphenated word
    ("French-controlled"), a word a negation bears on ("not | only to abide"), a verb's
    particle-like adverb ("did away | with")."""
    if _hyphenated(child) or child.i in _place_qualifier(child.head):
        return True
    if child.dep_ != "advmod":
        return False
    head = child.head
    if child.i == head.i + 1 and any(c.dep_ == "prep" and c.i == child.i + 1 for c in head.children):
        return True
    return head.dep_ in {"neg", "preconj"} or child.i > 0 and child.doc[child.i - 1].dep_ == "neg"


def _hyphenated(token: Any) -> bool:
    """A word joined by a hyphen to the next or previous one."""
    sd, lo, hi = token.doc, token.left_edge.i, token.right_edge.i
    return hi + 1 < len(sd) and sd[hi + 1].tag_ == "HYPH" or lo > 0 and sd[lo - 1].tag_ == "HYPH"


def _depth(token: Any, kept: set[int]) -> int:
    """How many heads inside the label lie above ``token``."""
    depth, node = 0, token
    while node.head.i != node.i and node.head.i in kept:
        depth, node = depth + 1, node.head
    return depth


def _noun_complement(child: Any, kept: set[int], spine: set[int]) -> bool:
    """A complement that gives its noun its meaning and stays: a prepositional phrase with
    its object or a clause said of the predicate's object ("announced the agreement | of
    …", "halted arms shipments | from X"), of a noun only a determiner would be left with
    ("the ouster | of the king", "a process | that …"), or of a quantifier or pronoun
    ("all | of the regimes"). Else the noun phrase would no longer say what it is."""
    noun = child.head
    if child.dep_ not in NOUN_COMPLEMENTS or child.i < noun.i:
        return False
    if child.dep_ == "prep" and not any(c.dep_ in {"pobj", "pcomp"} for c in child.children):
        return False
    if child.dep_ in {"relcl", "acl"} and child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ",":
        return False  # "passed Resolution 686, | which set forth …": said of a noun known without it
    if _pos(noun) not in {"NOUN", "PROPN"}:
        return _pos(noun) in {"PRON", "DET", "NUM"} or noun.tag_ == "JJS"  # "all", "most", "two"
    if noun.dep_ in {"dobj", "attr"} and noun.head.i in spine:
        return True
    if noun.dep_ == "pobj" and noun.head.head.i in spine and _first_complement(noun.head, kept):
        return True  # "were among the factors | in enabling …": the object of the verb's preposition
    modifiers = [c for c in noun.children if c.i in kept and c.i != child.i and c.dep_ not in {"det", "punct", "predet"}]
    return not modifiers and any(c.dep_ == "det" for c in noun.children)


def _first_complement(prep: Any, kept: set[int]) -> bool:
    """A preposition right after its verb, which has no object: its complement ("led to",
    "relied on", "came to an end")."""
    verb = prep.head
    if prep.dep_ != "prep" or _pos(verb) not in {"VERB", "AUX"}:
        return False
    # (an object before the verb is a relative word: "that | the colonies were leaning | towards …")
    if any(c.dep_ in {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"} and c.i in kept and c.i > verb.i
           for c in verb.children):
        return False
    right = [c for c in verb.children if c.i > verb.i and c.i in kept and c.dep_ not in {"punct", "prt", "advmod"}]
    return bool(right) and right[0].i == prep.i


def _with_marks(sd: Any, cut: set[int]) -> set[int]:
    """``cut`` with the comma, dash or brackets that set it off."""
    lo, hi = min(cut), max(cut)
    left = lo - 1 if lo > 0 and sd[lo - 1].text in SETTING_OFF else None
    right = hi + 1 if hi + 1 < len(sd) and sd[hi + 1].text in SETTING_OFF else None
    if left is not None:
        cut = cut | {left}
        if right is not None and sd[right].text != "(":
            cut = cut | {right}
    return cut


def _word_count(sd: Any, kept: set[int]) -> int:
    return sum(1 for i in kept if _is_word(sd[i]))


def _set_off(sd: Any, cut: set[int]) -> set[int]:
    """``cut`` with the marks on both its sides when it is set off by a pair of them ("was,
    however, settled"); a mark on one side only belongs to another phrase."""
    lo, hi = min(cut), max(cut)
    if lo > 0 and hi + 1 < len(sd) and (sd[lo - 1].text, sd[hi + 1].text) in PAIRED_MARKS:
        return cut | {lo - 1, hi + 1}
    return cut


def _too_long(sd: Any, kept: set[int]) -> bool:
    flags = _word_flags(sd)
    words = [i for i in kept if flags[i]]
    if len(words) > LIMITS["quoted_words"]:
        return True
    quoted = _quoted(sd)
    inside = sum(1 for i in words if i in quoted)
    return len(words) - inside + (1 if inside else 0) > LIMITS["words"]


def _quoted(sd: Any) -> set[int]:
    """Tokens inside a quotation of the sentence (computed once per parse)."""
    cached = sd.user_data.get("vitrina_quoted")
    if cached is None:
        cached = {i for o, c in _enclosures(sd) if _mark(sd[o]) not in {"(", "["} for i in range(o + 1, c)}
        sd.user_data["vitrina_quoted"] = cached
    return cached


def _word_flags(sd: Any) -> list[bool]:
    """Whether each token of the sentence is a word (computed once per parse)."""
    cached = sd.user_data.get("vitrina_words")
    if cached is None:
        cached = sd.user_data["vitrina_words"] = [_is_word(t) for t in sd]
    return cached


def _enclosures(sd: Any) -> list[tuple[int, int]]:
    """Matched quotation marks and brackets of the sentence, as (opening, closing) indices
    (computed once per parse)."""
    cached = sd.user_data.get("vitrina_enclosures")
    if cached is None:
        cached = sd.user_data["vitrina_enclosures"] = _find_enclosures(sd)
    return list(cached)


def _find_enclosures(sd: Any) -> list[tuple[int, int]]:
    out, stack, straight = [], [], None
    for t in sd:
        mark = _mark(t)
        if mark in PAIRS and mark != "‘":
            stack.append(t.i)
        elif mark in CLOSING and mark != "’" and stack and PAIRS[_mark(sd[stack[-1]])] == mark:
            out.append((stack.pop(), t.i))
        elif mark == '"':
            if straight is None:
                straight = t.i
            else:
                out.append((straight, t.i))
                straight = None
    end = len(sd)  # a quotation still open at the sentence's end runs to it (closed in a later one)
    out += [(o, end) for o in stack if _mark(sd[o]) == "“"] + ([(straight, end)] if straight is not None else [])
    return out


def _whole_enclosures(sd: Any, kept: set[int]) -> set[int]:
    """A quotation the label enters is kept whole, and so is a parenthesis inside it; a
    parenthesis at the label's edge is left out: a label never starts or ends inside one."""
    flags = _word_flags(sd)
    for o, c in sorted(_enclosures(sd), key=lambda p: p[1] - p[0], reverse=True):  # outermost first
        marks, inner = {o, c} & set(range(len(sd))), set(range(o + 1, c))
        if not any(flags[i] for i in inner & kept):
            kept = kept - marks
            continue
        before, after = any(i < o for i in kept), any(i > c for i in kept)
        quote = sd[o].text not in {"(", "["}
        whole = kept | inner | marks
        if before and after or quote and (not _too_long(sd, whole) or not before and not after):
            kept = whole
        elif before or after:
            kept = kept - inner - marks
        else:
            kept = kept - marks  # the label is the parenthesis' content
    return kept


def _no_comma_before_verb(sd: Any, idx: list[int], predicate: Any) -> list[int]:
    """No comma left between the subject and its verb once what it set off is gone."""
    subject = _subject(predicate)
    if subject is None and predicate.dep_ == "conj" and predicate.tag_ in {"VBD", "VBZ", "VBP"}:
        subject = _clause_subject(predicate)  # "X tried …, and in 1822 | sent …": the shared one
    inside = {t.i for t in subject.subtree} if subject is not None else set()
    out: list[int] = []
    for n, i in enumerate(idx):
        nxt = idx[n + 1] if n + 1 < len(idx) else None
        opened = sum(1 for k in out if k in inside and sd[k].text == sd[i].text) % 2  # "A spy, X, left"
        if sd[i].text in {",", "—", "–"} and not opened and out and out[-1] in inside and nxt is not None \
                and (nxt == predicate.i or sd[nxt].head.i == predicate.i and sd[nxt].dep_ in {"aux", "auxpass", "neg"}):
            continue
        out.append(i)
    return out


def _balanced(sd: Any, idx: list[int]) -> list[int]:
    """No mark without its partner: a closing mark whose opening the label lacks (a
    quotation the tokenizer glued to a word) takes what precedes it out; an opening
    mark without its closing one takes what follows it out."""
    depth = 0
    for n, i in enumerate(idx):
        text = _mark(sd[i])
        if text in {"“", "(", "["}:
            depth += 1
        elif text in {"”", ")", "]"}:
            if depth == 0:
                return _balanced(sd, idx[n + 1 :])
            depth -= 1
    if depth:
        last_open = max(n for n, i in enumerate(idx) if _mark(sd[i]) in {"“", "(", "["})
        return idx[:last_open]
    return idx


def _edges_trimmed(sd: Any, idx: list[int]) -> list[int]:
    """No conjunction, subordinator, preposition or punctuation (but an opening mark) at
    the start; no function word or punctuation (but a closing mark) at the end; no
    punctuation twice in a row."""
    opening = set(PAIRS) | {'"'}
    while idx and (sd[idx[0]].dep_ in {"cc", "mark", "prep", "preconj"} and len(idx) > 1
                   or sd[idx[0]].is_punct and sd[idx[0]].text not in opening):
        idx = idx[1:]
    # (a symbol the parse reads as a noun stays: "by 66 | %")
    while idx and (sd[idx[-1]].is_punct and sd[idx[-1]].text not in CLOSING | {'"'}
                   and not (sd[idx[-1]].dep_ in OBJECT_DEPS and _pos(sd[idx[-1]]) in {"NOUN", "SYM"})
                   or sd[idx[-1]].dep_ in {"cc", "det", "prep", "mark", "aux", "poss"}
                   or sd[idx[-1]].dep_ == "case" and idx[-1] - 1 not in idx):  # "over Kennan's" stays
        idx = idx[:-1]
    out: list[int] = []
    for i in idx:
        if out and sd[i].is_punct and sd[out[-1]].is_punct and sd[i].text in {",", ";", ":"} \
                and sd[out[-1]].text in {",", ";", ":", "—", "–"}:
            continue
        out.append(i)
    return out


def _mark(t: Any) -> str:
    """The quotation mark or bracket a punctuation token is (or starts with: the tokenizer
    leaves "):" whole), else ""."""
    if not t.is_punct:
        return ""
    for ch in (t.text[:1], t.text[-1:]):
        if ch in PAIRS or ch in CLOSING or ch == '"':
            return ch
    return ""


def _pos(t: Any) -> str:
    """Universal part of speech from the fine tag (the pipeline has no attribute ruler)."""
    return coarse_pos(t.tag_, t.text)


_HAS_ALNUM = re.compile(r"[^\W_]").search  # a letter or digit (str.isalnum)


def _is_word(t: Any) -> bool:
    return _HAS_ALNUM(t.text) is not None


def _demonstratives() -> dict[str, str]:
    """Determiner -> number of its noun (singular, plural, any), ``lexicon/demonstrative_determiners.txt``."""
    return {row[0]: row[1] for row in lexicon_rows("demonstrative_determiners")}


def demonstrative_head(sd: Any, words: Sequence[str]) -> Any | None:
    """The head noun of the demonstrative description ("This treaty", "these two
    agreements") that opens a label of ``words`` in parsed sentence ``sd``, or None: the
    demonstrative (``lexicon/demonstrative_determiners.txt``) is a determiner of a noun, and
    the label's first words are the description's, from the determiner to its noun."""
    number = _demonstratives()
    for t in sd:
        noun = t.head
        if t.dep_ != "det" or t.lower_ not in number or _pos(noun) not in {"NOUN", "PROPN"} or noun.i <= t.i:
            continue
        if number[t.lower_] == "any":  # the article: a bare common noun, nothing said of it
            if _pos(noun) != "NOUN" or [c.i for c in noun.children] != [t.i]:
                continue
        elif (number[t.lower_] == "plural") != (noun.tag_ in {"NNS", "NNPS"}):
            continue
        described = [x.text for x in sd[t.i : noun.i + 1]]
        if [w.lower() for w in words[: len(described)]] == [w.lower() for w in described]:
            return noun
    return None


def description_antecedent(noun: Any, before: Sequence[Any] = ()) -> list[Any] | None:
    """The named noun phrase a demonstrative description with head ``noun`` ("this
    doctrine") stands for: the nearest noun before it, in its own sentence and then in the
    parsed sentences ``before`` (the last first), whose head is the same noun or a kind of it
    (WordNet: a treaty is an agreement) and agrees in number. Its words (without clauses,
    appositions or parentheses) when they name something (a proper noun) in at most
    ``LIMITS["antecedent_words"]`` words; None when the nearest such noun names nothing (the
    description is as good as its antecedent) or there is none."""
    plural = noun.tag_ in {"NNS", "NNPS"}
    pools = [list(noun.doc[: noun.left_edge.i])] + [list(sd) for sd in reversed(before)]
    for pool in pools:
        for t in reversed(pool):
            inner = t.dep_ == "compound" and t.tag_ in {"NNP", "NNPS"} and t.head.tag_ in {"NNP", "NNPS"}
            if _pos(t) not in {"NOUN", "PROPN"} or t.dep_ == "compound" and not inner or _plural(t) != plural:
                continue
            if inner:  # "the Suez Canal | Company": the name inside a longer one, when it is of the kind
                if t.lower_ == noun.lower_:
                    return _inner_name(t)
                continue
            if not _kind_of(t.lower_, noun.lower_) and not _gazetteer_kind_of(t, noun.lower_):
                continue
            if plural and any(c.dep_ in {"det", "amod"} and c.lower_ in lexicon_words("indefinite_determiners")
                              for c in t.children):
                return None  # "several X commissioners … the commissioners": a part, not the whole
            return _named_phrase(t)
    return None


def _inner_name(token: Any) -> list[Any] | None:
    """The words of a name ending with ``token`` inside a longer name ("the | Suez Canal |
    Company"): the proper nouns right before it, with the article opening the longer name."""
    sd, lo = token.doc, token.i
    while lo > 0 and sd[lo - 1].tag_ in {"NNP", "NNPS"} and sd[lo - 1].dep_ == "compound":
        lo -= 1
    if lo == token.i:
        return None  # a common word alone ("Canal Company") names nothing
    if lo > 0 and sd[lo - 1].lower_ == "the":
        lo -= 1
    return list(sd[lo : token.i + 1])


def _gazetteer_kind_of(name: Any, kind: str) -> bool:
    """The proper noun ``name`` (with the proper nouns before it) is, in GeoNames, a place of
    a kind that common noun ``kind`` describes (``lexicon/gazetteer_kind_senses.txt``: "the
    city" for a town WordNet does not list)."""
    if name.tag_ not in {"NNP", "NNPS"}:
        return False
    senses = _description_senses(kind)
    if not senses:
        return False
    from vitrina.extract.places import gazetteer

    words = " ".join(t.text for t in name.subtree if t.i <= name.i and t.tag_ in {"NNP", "NNPS"})
    # by its main name only: a former or foreign name is often a person's ("Stalin")
    return any(s.place.kind in senses and not s.alternate for s in gazetteer().senses(words))


@lru_cache(maxsize=512)
def _description_senses(noun: str) -> frozenset[str]:
    """The gazetteer kinds common noun ``noun`` describes in one of its frequent WordNet senses."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    senses = wn.synsets(noun, "n")[: LIMITS["kind_senses"]]
    above = {h.name() for s in senses for h in lineage(s, instances=False)}
    return frozenset(kind for kind, synset in lexicon_rows("gazetteer_kind_senses") if synset in above)


def noun_is_kind(word: str, kind: str) -> bool:
    """Noun ``word`` of a parsed label is ``kind`` or a kind of it in WordNet (``_kind_of``: the
    surface form's senses, cached; ``qa.lexical.kind_of`` also tries a question word's base forms)."""
    return _kind_of(word, kind)


@lru_cache(maxsize=4096)
def _kind_of(word: str, kind: str) -> bool:
    """Noun ``word`` is ``kind`` or, in one of its frequent WordNet senses, a kind of it
    (both lower-cased; WordNet's own lemmas, "treaties" is "treaty": the parse of a label
    runs no lemmatizer)."""
    if word == kind:
        return True
    wn = wordnet()
    if wn is None:
        return False
    # the same noun inflected, a synonym, a kind of it; a name's instance too ("Berlin" is a city)
    return under(wn.synsets(word, "n")[: LIMITS["kind_senses"]], wn.synsets(kind, "n")[: LIMITS["kind_senses"]])


def _named_phrase(noun: Any) -> list[Any] | None:
    """The words of ``noun``'s phrase that a label may put for a description: its
    determiner, modifiers, "of" phrase and coordinated nouns, no clause, apposition or
    parenthesis; None unless they hold a proper noun, are at most ``LIMITS["antecedent_words"]``
    words, hold no pronoun or demonstrative and read as one run of words."""
    sd = noun.doc
    kept = {noun.i}
    for child in noun.children:
        if child.dep_ in {"det", "amod", "compound", "poss", "nummod", "nmod", "case", "cc", "conj"} \
                or child.dep_ == "prep" and child.lower_ == "of":
            kept |= {t.i for t in child.subtree}
    bracketed = {i for o, c in _enclosures(sd) if sd[o].text in {"(", "["} for i in range(o, c + 1)}
    phrase = sorted(kept - bracketed)
    words = [i for i in phrase if _is_word(sd[i])]
    if not words or len(words) > LIMITS["antecedent_words"] or phrase[-1] - phrase[0] + 1 != len(phrase) \
            or not any(sd[i].tag_ in {"NNP", "NNPS"} for i in phrase) \
            or any(sd[i].tag_ in {"PRP", "PRP$", "WDT", "WP"} or sd[i].dep_ == "det"
                   and _demonstratives().get(sd[i].lower_, "any") != "any" for i in phrase):
        return None
    return [sd[i] for i in phrase]


def finite_participle(sd: Any, idx: Sequence[int]) -> tuple[int, str] | None:
    """A label that is a noun phrase and a participle set off after it, the clause the participle
    hangs on left out ("The guild, founded in a port", "The town, signing a charter with X"),
    reads as a statement once the participle is finite: the participle's index and the words
    that stand for it ("was founded", "signed"). None when the label is no such pair, or
    the participle's past form is not regular (WordNet lists its irregular forms)."""
    kept = set(idx)
    moved = next((sd[b] for a, b in zip(idx, idx[1:], strict=False) if b < a), None)
    noun = _clause_subject(moved.head) if moved is not None and moved.tag_ == "VBN" and moved.dep_ == "advcl" else None
    # a fronted participle put after its subject (``_moved_participle``); a noun and a bare one stay as they were
    # ("The canal completed", ``_passive_participle``)
    if moved is not None and noun is not None and (moved.i != idx[-1] or _pos(noun) == "PRON"):
        plural = noun.tag_ in {"NNS", "NNPS"} or noun.lower_ in {"they", "we"}
        return moved.i, ("were " if plural else "was ") + moved.lower_
    for p in (sd[i] for i in idx):
        if p.tag_ not in {"VBN", "VBG"} or p.dep_ not in {"acl", "advcl"} \
                or any(c.dep_ in SUBJECTS for c in p.children):
            continue
        comma = p.left_edge.i - 1
        if comma < 0 or sd[comma].text != "," or any(c.dep_ == "mark" for c in p.children):
            return None  # set off by a comma only ("as set out in" is a clause of its own)
        if p.tag_ == "VBN" and (comma - 1 not in kept or any(c.dep_ in {"dobj", "ccomp"} for c in p.children)):
            # the noun's phrase ends at the comma: else the comma closes an aside and the
            # "participle" may be the finite verb after it ("X, which had …, intensified");
            # a passive takes no object
            return None
        noun = p.head if p.dep_ == "acl" else _subject(p.head)
        if noun is None or _pos(noun) not in {"NOUN", "PROPN"} or noun.i not in kept or noun.i > p.i \
                or (p.dep_ == "advcl" and p.head.i in kept):
            return None
        phrase = {t.i for t in noun.subtree} - {t.i for t in p.subtree}
        before = [i for i in idx if i < p.i]
        if not before or not all(i in phrase or sd[i].text == "," for i in before) \
                or not all(i in {t.i for t in p.subtree} for i in idx if i > p.i):
            return None
        if p.tag_ == "VBN":
            plural = noun.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" and c.i in kept for c in noun.children)
            return p.i, ("were " if plural else "was ") + p.text
        if _verb_lemma(p) in lexicon_words("consequence_gerunds"):
            return None  # "…, resulting in war": said of the whole happening before
        past = _regular_past(p)
        return (p.i, past) if past else None
    return None


def _regular_past(gerund: Any) -> str | None:
    """The past tense of the verb of ``gerund`` ("signing" → "signed", "stopping" →
    "stopped"), or None when its verb has an irregular one ("making")."""
    lemma = _verb_lemma(gerund)
    forms = {f for f in _verb_exceptions().get(lemma, set()) if not f.endswith("ing")}
    if forms:  # "stopped" (listed for its doubled consonant), "made", "began"/"begun"
        return next(iter(forms)) if len(forms) == 1 and next(iter(forms)).endswith("ed") else None
    if not lemma.isalpha() or lemma == gerund.lower_ or not gerund.lower_.endswith("ing"):
        return None
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _verb_lemma(verb: Any) -> str:
    """The base form of ``verb`` (WordNet's morphology: the label parse has no lemmas)."""
    return _verb_base(verb.lower_) or verb.lemma_.lower() or verb.lower_


@lru_cache(maxsize=1)
def _verb_exceptions() -> dict[str, set[str]]:
    """WordNet's verb inflections its rules do not derive, by lemma ("make": {"made", …})."""
    wn = wordnet()
    if wn is None:
        return {}
    if hasattr(wn, "ensure_loaded"):  # a lazy corpus reader fills its exception map on load
        wn.ensure_loaded()
    out: dict[str, set[str]] = {}
    for form, lemmas in wn._exception_map["v"].items():
        for lemma in lemmas:
            out.setdefault(lemma, set()).add(form)
    return out
