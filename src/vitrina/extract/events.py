"""Events: one per dated happening, from sentences and captions with a date.

Each date mention yields an event whose evidence is its sentence; the label
is the smallest complete phrase around the date without the date (see
``event_label``: the clause, a participle phrase with what it is said of, a
main clause for a dated subordinate one; subject + predicate + object from the
part-of-speech tags when long; quotations whole; never ending with a function
word); participants are the people, organisations and groups of the sentence,
places its places. Events with the same EDTF date and shared participants (or
the same label) are merged.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.edtf_bounds import bounds
from vitrina.extract.dates import PLACE_LEAD, is_date_of_writing, is_dateline
from vitrina.extract.event_clause import foreign_spans, unasserted
from vitrina.extract.event_phrase import (
    PERSON_PRONOUNS,
    PRONOUN_NUMBER,
    argument_name,
    demonstrative_head,
    description_antecedent,
    finite_participle,
    label_tokens,
    noun_is_kind,
    object_it_without_antecedent,
    pronouns,
    subject_antecedent,
)
from vitrina.extract.nlp import Analysis, Tok
from vitrina.extract.sentences import clause_at, containing
from vitrina.extract.wordfreq import is_common_word
from vitrina.lexicon import words as lexicon_words
from vitrina.model import CELL_SEPARATOR, DateMention, Event, Mention
from vitrina.qa.lexical import base_forms, names_happening
from vitrina.stance import DISPUTED, disputed_at
from vitrina.structure.mail import header_fields, party

MAX_LABEL_WORDS = 12  # a label longer than this is rebuilt from subject + predicate + object
QUOTE_SLACK = 8  # words a label may exceed the limit by to keep a quotation whole
# a sentence longer than this many tokens (a run-on line of dates or names: no parse reaches
# it either, ``nlp.PARSE_MAX_TOKENS``) is labelled from the ``LABEL_WINDOW`` tokens around each
# date (twice the longest label), so a sentence of n dates costs n windows, not n sentences
LONG_SENTENCE_TOKENS = 150
LABEL_WINDOW = 2 * (MAX_LABEL_WORDS + QUOTE_SLACK)
PARTICIPANT_TYPES = {"person", "organization", "group", "vessel", "other"}  # other: a conference, a treaty
_PERSON_SUBJECTS = "|".join(sorted(PERSON_PRONOUNS))  # lexicon personal_pronouns
_PRONOUN_SUBJECT = re.compile(rf"(?:{_PERSON_SUBJECTS.title()})\b")
_PERSON_PRONOUN = re.compile(rf"\b(?i:{_PERSON_SUBJECTS})\b")

# Fine tags a label never ends with: articles, prepositions, conjunctions, "to",
# possessives, wh-words, existential "there", modals (a particle may: "broke down")
_NO_END_TAGS = {"DT", "PDT", "IN", "CC", "TO", "PRP$", "WDT", "WP", "WP$", "WRB", "POS", "EX", "MD",
                "HYPH", ",", ":", "``", "''", "-LRB-", "-RRB-"}
_NO_START_TAGS = {"CC", "WDT", "WP", "WRB", ",", ":", "HYPH", "-RRB-"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_VERB_GROUP = {"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD", "RB", "RP", "TO"}
_NOMINAL = {"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP", "PRP$", "HYPH",
            "EX"}
# a letter: a sentence with none beside its date ("(1863)", "1901 1902 1903") tells no happening
_LETTER = re.compile(r"[^\W\d_]")
LETTER_FREE_CHARS = 64  # a stretch this long without a letter is looked up once (see ``_Letters``)
_LETTER_FREE = re.compile(rf"[\W\d_]{{{LETTER_FREE_CHARS},}}")
# a character that is a letter or digit (str.isalnum): a token holding one is a word
_HAS_ALNUM = re.compile(r"[^\W_]").search
_OPEN_QUOTES, _CLOSE_QUOTES = {"“", "‘", '"'}, {"”", "’", '"'}
_NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "”", "’", "'s", "’s", "%", "!", "?"}


def event_label(text: str, sent: tuple[int, int], date: DateMention, toks: list[Tok] | None = None,
                parse: tuple[list[Tok], Any] | None = None, others: list[DateMention] | None = None) -> str:
    """A readable label for the happening dated in ``sent``: its clause without the date.

    With the sentence's dependency parse (``parse``: its tokens and the spaCy
    ``Doc`` of them, ``Analysis.parses``) the label is made of whole subtrees
    (``event_phrase.label_tokens``). Without one, or when the parse gives
    no phrase, the part-of-speech tags decide:

    The clause holding the date (``sentences.clause_at``: relative clauses,
    ";", dashes, ", but/which…" are separate) loses the date and the
    preposition introducing it ("in 1917", "On 3 May 1805,"); if it is still
    longer than ``MAX_LABEL_WORDS`` it is rebuilt as subject + predicate +
    object from the part-of-speech tags. A label never cuts a quotation (the
    quotation is kept whole or left out) and never ends with an article,
    preposition or conjunction. A heading or caption that is only a date
    keeps its own words. ``others`` are the sentence's other dates: the label keeps none of
    them, nor the happenings they date.
    """
    if toks is None:
        toks, parse = _tag(text, sent)
    if parse is not None:
        from_parse = _label_from_parse(parse, date, others or [])
        if from_parse:
            return from_parse
    lo, hi = clause_at(text, sent, date.start)
    clause = [t for t in toks if lo <= t.start and t.end <= hi]
    kept = _without_date(_unit(clause, date), date)
    if len(_content(kept)) < 2:  # a heading or caption that is only a date ("Summer 1941")
        whole = [t for t in toks if sent[0] <= t.start and t.end <= sent[1]]
        kept = _without_date(whole, date)
        kept = kept if len(_content(kept)) >= 2 else whole
    kept = _trim(kept)
    kept = _with_subject(kept, [t for t in toks if sent[0] <= t.start and t.end <= sent[1]])
    quoted = any(t.text in _OPEN_QUOTES for t in kept)
    if len(_content(kept)) > MAX_LABEL_WORDS + (QUOTE_SLACK if quoted else 0):
        kept = _trim(_core(kept))
    kept = _whole_quotes(kept, toks)
    kept = _balanced(_trim(_without_open_condition(kept)))
    if len(_content(kept)) < 3 and kept and kept[0].tag in {"PRP", "EX"} | _FINITE:
        sentence = _trim(_without_date([t for t in toks if sent[0] <= t.start and t.end <= sent[1]], date))
        whole = _trim(_core(sentence))
        if len(_content(whole)) < 3:  # "It is clear that …": the sentence itself, cut at a head
            whole = _trim(sentence if len(_content(sentence)) <= MAX_LABEL_WORDS + QUOTE_SLACK
                          else _cut_at_head(sentence, MAX_LABEL_WORDS + QUOTE_SLACK))
        kept = whole if len(_content(whole)) >= 3 else kept
    kept = _without_field_name(_without_leading_subordinator(kept))
    if not _content(kept):  # nothing readable was left: the sentence, cut at a head
        sentence = _trim([t for t in toks if sent[0] <= t.start and t.end <= sent[1]])
        kept = _trim(_cut_at_head(sentence, MAX_LABEL_WORDS + QUOTE_SLACK)) or sentence
    return _render(kept)


def _label_from_parse(parse: tuple[list[Tok], Any], date: DateMention, others: list[DateMention]) -> str:
    """The label made of whole dependency subtrees, or "" when the parse gives none."""
    toks, doc = parse

    def tokens_of(d: DateMention) -> set[int]:
        return {i for i, t in enumerate(toks) if t.start < d.end and d.start < t.end}

    idx = label_tokens(doc, tokens_of(date), [tokens_of(d) for d in others if d is not date])
    if idx is None:
        return ""
    # whole subtrees already: a final participle is the predicate ("was settled"), not a cut
    kept = _without_field_name(_balanced(_trim([toks[i] for i in idx], participles=False)))
    finite = finite_participle(doc, [i for i in idx if toks[i] in kept])
    if finite is not None:  # "The guild, founded in X" → "The guild was founded in X"
        at, words = finite
        before = [t for t in kept if t.end <= toks[at].start]
        # the comma setting the participle off goes, unless it closes one inside the noun's
        # phrase ("Marlow, Ohio, was founded")
        paired = sum(t.text == "," for t in before) % 2 == 0
        kept = [t._replace(text=words) if t is toks[at] else t for t in kept
                if not (before and t is before[-1] and t.text == "," and not paired)]
    return _render(kept) if len(_content(kept)) >= 2 else ""


def _without_field_name(toks: list[Tok]) -> list[Tok]:
    """ "Caption: The harbour at X" is the caption's text after its field's name: "The
    harbour at X". One common word before a colon only ("Vietnam: the war" keeps its name)."""
    if len(toks) > 2 and toks[1].text == ":" and toks[0].text.isalpha() and is_common_word(toks[0].text):
        return toks[2:]
    return toks


def _without_leading_subordinator(toks: list[Tok]) -> list[Tok]:
    """ "After he won election" has lost its main clause: "He won election"."""
    if len(toks) > 2 and toks[0].text.lower() in lexicon_words("subordinators") \
            and toks[1].tag in _NOMINAL and any(t.tag in _FINITE for t in toks[2:]):
        return toks[1:]
    return toks


def _without_open_condition(toks: list[Tok]) -> list[Tok]:
    """ "… stated that if the acts were not repealed" has lost its main clause: the label
    stops before "that if" / "that unless" / "that although"."""
    for i in range(1, len(toks)):
        if toks[i - 1].text.lower() == "that" and toks[i].text.lower() in {"if", "unless", "although", "though",
                                                                              "because", "once", "when"}:
            return toks[: i - 1] if len(_content(toks[: i - 1])) >= 3 else toks
    return toks


def _with_subject(kept: list[Tok], sentence: list[Tok]) -> list[Tok]:
    """A clause that opens with its verb borrows its subject: the noun phrase before
    ", who/which" for a relative clause; the noun phrase before a relative clause that
    interrupts it ("X, which …, created"); else the subject of the sentence ("X became
    …, and launched")."""
    lead = next((t for t in kept if t.tag not in {"RB", "RBR", "RBS"}), None)
    if lead is None or lead.tag not in _FINITE | {"VBN"} or lead.text[:1].isupper() and lead.tag == "VBN":
        return kept
    before = [t for t in sentence if t.end <= kept[0].start]
    relative = False
    while before and (before[-1].tag in {"WDT", "WP", "IN"} or before[-1].text in {",", "and"}):
        relative = relative or before[-1].tag in {"WDT", "WP"}
        before = before[:-1]  # ", who", ", which", ", and"
    interrupted = next((i for i in range(len(before) - 1, 0, -1)
                        if before[i].tag in {"WDT", "WP"} and before[i - 1].text == ","), None)
    if relative:
        noun = _last_noun_phrase(before)
    elif interrupted is not None:
        noun = _last_noun_phrase(before[: interrupted - 1])
    else:
        noun = _subject(before)
    if noun:
        return noun + kept
    # no subject to borrow: the sentence's own subject and verb instead of a headless clause
    return _core(_trim(sentence)) if _subject(sentence) else kept


def _balanced(toks: list[Tok]) -> list[Tok]:
    """No unmatched opening parenthesis or bracket: the label stops before it."""
    depth, cut = 0, None
    for i, t in enumerate(toks):
        if t.text in {"(", "["}:
            if depth == 0:
                cut = i
            depth += 1
        elif t.text in {")", "]"} and depth:
            depth -= 1
            if depth == 0:
                cut = None
    return _trim(toks[:cut]) if cut is not None else toks


def _chunks(clause: list[Tok]) -> list[list[Tok]]:
    """The clause split at commas outside quotations (each chunk keeps its leading comma)."""
    out: list[list[Tok]] = [[]]
    quoted = _quoted(clause)
    for i, t in enumerate(clause):
        if t.text == "," and out[-1] and not quoted[i]:
            out.append([])
        out[-1].append(t)
    return [c for c in out if c]


def _unit(clause: list[Tok], date: DateMention) -> list[Tok]:
    """The smallest complete phrase of the clause around the date.

    The comma-separated chunk holding the date when it is a clause of its own
    (a subject and a finite verb); a participle chunk with the noun phrase it
    is said of (", asserting in 1940 that …" with the clause's subject,
    ", established by X in 1917" with the noun before it); a date adverbial
    ("In July 1945,") with the rest of the clause; else the whole clause.
    """
    chunks = _chunks(clause)
    k = next((i for i, c in enumerate(chunks) if any(date.start <= t.start < date.end for t in c)), None)
    if k is None or len(chunks) == 1:
        return clause
    chunk = chunks[k]
    body = chunk[1:] if chunk[0].text == "," else chunk
    if not body:
        return clause
    quoted = _quoted(body)
    verb = next((i for i, t in enumerate(body) if t.tag in _FINITE and not quoted[i]), None)
    if body[0].text.lower() in lexicon_words("subordinators") | {"by", "as"} and k + 1 < len(chunks) \
            and any(t.tag in _FINITE for t in body) and _subject(chunks[k + 1][1:]):
        # "As the 19th century began, settlers pushed west": the main clause is the event
        return chunks[k + 1][1:] if chunks[k + 1][0].text == "," else chunks[k + 1]
    undated_body = [t for t in body if not date.start <= t.start < date.end]
    if body[0].tag in {"VBG", "VBN"} and len(_content(undated_body)) <= 2:
        return clause  # ", signed in 1951,": the clause it interrupts is the event
    if body[0].tag == "VBG" and k > 0:
        subject = _subject(clause)
        return subject + chunk if subject else clause
    if body[0].tag == "VBN" and k > 0:
        before = chunks[k - 1]
        noun = _last_noun_phrase(before)
        return noun + chunk if noun else clause
    if verb is not None and _last_noun_phrase(body[:verb]):
        return body
    undated = [t for t in body if not date.start <= t.start < date.end]
    if len(_content(undated)) <= 2 and k + 1 < len(chunks):  # "In July 1945, Congress passed …"
        return [t for c in chunks[k + 1 :] for t in c]
    return clause


def _skip_parenthetical(toks: list[Tok]) -> list[Tok]:
    """``toks`` without a parenthetical phrase set off by commas at its end
    ("The treaty, signed in 1951," -> "The treaty")."""
    if toks and toks[-1].text == ")":
        opening = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].text == "("), None)
        return toks[:opening] if opening is not None else toks
    if not toks or toks[-1].text != ",":
        return toks
    opening = next((i for i in range(len(toks) - 2, -1, -1) if toks[i].text == ","), None)
    if opening is None or not toks[opening + 1 :]:
        return toks[:-1]
    inner = toks[opening + 1 : -1]
    if inner and (inner[0].tag in {"VBN", "VBG", "WDT", "WP", "IN", "CD", "RB"}
                  or not any(t.tag in _FINITE for t in inner)):
        return toks[:opening]
    return toks[:-1]


def _subject(toks: list[Tok]) -> list[Tok]:
    """The noun phrase before the first finite verb, if any."""
    quoted = _quoted(toks)
    verb = next((i for i, t in enumerate(toks) if t.tag in _FINITE and not quoted[i]), None)
    return _last_noun_phrase(toks[:verb]) if verb else []


def _last_noun_phrase(toks: list[Tok]) -> list[Tok]:
    """The noun phrase that ends ``toks`` ("the Soviet Union", "Events in Somalia"), with
    its prepositional modifiers, at most 12 tokens; adverbs before a verb are skipped."""
    while toks and toks[-1].tag in {"WDT", "WP"}:  # "Franco (1975) that | ended": its antecedent
        toks = toks[:-1]
    toks = _skip_parenthetical(toks)
    end = len(toks)
    while end > 0 and toks[end - 1].tag in {"RB", "RBR", "RBS"}:
        end -= 1
    start = end
    while start > 0 and end - start < 12 and (
            toks[start - 1].tag in _NOMINAL
            or toks[start - 1].tag == "CC" and start > 1 and toks[start - 2].tag in {"JJ", "NN", "NNS", "NNP", "NNPS"}
            and start < len(toks) and toks[start].tag in {"JJ", "NN", "NNS", "NNP", "NNPS"}
            or toks[start - 1].text.lower() in lexicon_words("noun_phrase_prepositions") and start > 1
            and toks[start - 2].tag in {"NN", "NNS", "NNP", "NNPS"}):
        start -= 1
        if toks[start].tag in {"DT", "PDT", "PRP$"} and not (start > 0 and toks[start - 1].tag == "PDT"):
            if start > 1 and (toks[start - 1].tag == "CC" or toks[start - 1].text.lower() in lexicon_words("noun_phrase_prepositions")) \
                    and toks[start - 2].tag in {"NN", "NNS", "NNP", "NNPS"}:
                start -= 1  # "officials and | their counterparts", "immigrants to | the United States"
                continue
            break  # a determiner opens its noun phrase: "In Europe | the French"
    while start < end and toks[start].tag in {"IN", "POS", "HYPH"}:
        start += 1
    toks = toks[:end]
    noun = toks[start:]
    return noun if any(t.tag in {"NN", "NNS", "NNP", "NNPS", "PRP", "CD", "EX"} for t in noun) else []


def _tag(text: str, sent: tuple[int, int]) -> tuple[list[Tok], tuple[list[Tok], Any] | None]:
    """The sentence's tokens and its dependency parse."""
    from vitrina.extract.nlp import Analysis, get_nlp

    an = Analysis()
    an.add(get_nlp()(text[sent[0] : sent[1]]), sent[0])
    return an.toks, an.parses([sent]).get(sent)


def _content(toks: list[Tok]) -> list[Tok]:
    """Tokens that count as words (not punctuation)."""
    return [t for t in toks if _HAS_ALNUM(t.text)]


def _without_date(toks: list[Tok], date: DateMention) -> list[Tok]:
    """The clause without its date adverbial ("in 1917", "On 3 May 1805,").

    A date inside a noun phrase ("the 1973 oil embargo") stays: only a date
    introduced by a preposition, or opening the clause before a comma, goes.
    """
    inside = [i for i, t in enumerate(toks) if date.start <= t.start < date.end]
    if not inside:
        return toks
    first, last = inside[0], inside[-1]
    if last + 1 < len(toks) and toks[last + 1].start == toks[last].end and toks[last + 1].text[:1] in "-–":
        return toks  # "the 1920s-era agreements": part of a word
    if last + 1 < len(toks) and toks[last + 1].tag in {"NN", "NNS", "NNP", "NNPS", "JJ"} \
            and toks[first].tag != "IN" and first > 0 and toks[first - 1].tag in {"DT", "PRP$", "POS"}:
        return toks  # "during the 1976 presidential campaign": the date modifies a noun
    start = first
    while start > 0 and toks[start - 1].text.lower() in lexicon_words("label_date_prepositions") \
            and toks[start - 1].tag in {"IN", "DT", "JJ", "RB", "TO"}:
        start -= 1
    while start < first and toks[start].tag not in {"IN", "TO"}:
        start += 1  # "the 1967 border", "early 1941": no preposition, the date is a modifier
    introduced = start < first or toks[first].tag == "IN"  # "in 1917", "between 1992 and 1994"
    end = last + 1
    while end + 1 < len(toks) and toks[end].text.lower() in {"and", "or", "to"} and (
            toks[end + 1].tag == "CD" or toks[end + 1].text[:1].isdigit()
            or toks[end + 1].text.lower() in {"early", "late", "mid"}):
        end += 1  # "in late 1972 | and early 1973": the second end of the range goes too
        while end < len(toks) and (toks[end].tag == "CD" or toks[end].text[:1].isdigit()
                                   or toks[end].text.lower() in {"early", "late", "mid"}
                                   or toks[end].text.lower() in lexicon_words("months")):
            end += 1
    opening = start == 0 or toks[start - 1].text in {",", ";", ":", "(", "—", "–"}
    if end < len(toks) and toks[end].text == "," and opening:
        end += 1  # "On 3 May 1805, the fleet …": the comma goes with the date
    if start > 0 and end < len(toks) and toks[start - 1].text == "(" and toks[end].text == ")":
        start, end = start - 1, end + 1  # "the Jay Treaty (1794) and …": no empty parentheses
    closing = end == len(toks) and start > 0 and toks[start - 1].text in {",", "("}
    if closing:  # "U.S.-Soviet Alliance, 1941–1945": the comma goes with the date
        start -= 1
    if not (introduced or closing or opening and end < len(toks)):
        return toks  # a date inside a phrase: "the 1973 oil embargo"
    return toks[:start] + toks[end:]


def _trim(toks: list[Tok], participles: bool = True) -> list[Tok]:
    """No leading conjunction/relative word or punctuation, no trailing function word (nor,
    with ``participles``, a final participle whose phrase was cut off)."""
    toks = list(toks)
    changed = True
    while toks and changed:
        changed = False
        while toks and (toks[0].tag in _NO_START_TAGS or toks[0].text in {".", ",", ";", ")", "]"}
                        or toks[0].text.lower() in lexicon_words("clause_openers")):
            toks, changed = toks[1:], True
        while toks and (toks[-1].tag in _NO_END_TAGS and toks[-1].text not in _CLOSE_QUOTES
                        and not _elliptic_possessive(toks)
                        or toks[-1].text in {".", ",", ";", "(", "[", "—", "–", "-"}
                        or participles and _dangling_participle(toks)):
            toks, changed = toks[:-1], True
        if toks and toks[-1].text in _CLOSE_QUOTES and not any(t.text in _OPEN_QUOTES for t in toks[:-1]):
            toks, changed = toks[:-1], True
    return toks


def _elliptic_possessive(toks: list[Tok]) -> bool:
    """The label ends with a name's possessive standing for its noun ("won out over
    Kennan's"): whole, not a cut."""
    return len(toks) > 1 and toks[-1].tag == "POS" and toks[-2].end == toks[-1].start \
        and toks[-2].tag in {"NNP", "NNPS"}


def _dangling_participle(toks: list[Tok]) -> bool:
    """A final participle whose phrase was cut off: "… via Operation Comfort starting",
    "a series of addresses delivered" (not "the treaty was signed")."""
    if len(toks) < 3:
        return False
    last, before = toks[-1], toks[-2]
    return last.tag == "VBG" and before.tag not in {"VBD", "VBZ", "VBP", "MD", "RB"} \
        or last.tag == "VBN" and before.tag in {"NN", "NNS", "NNP", "NNPS", ","}


def _core(toks: list[Tok]) -> list[Tok]:
    """Subject + predicate + object of a long clause, from the tags alone.

    The predicate is the first finite verb (outside quotations) with its
    auxiliaries, adverbs and participles; the subject the noun phrase right
    before it ("The Secretary of State"); the object what follows, up to the
    word limit, ended after a noun, number, adjective or participle.
    """
    quoted = _quoted(toks)
    verb = next((i for i, t in enumerate(toks) if not quoted[i] and (
        t.tag in _FINITE or t.tag == "VBG" and i > 0 and toks[i - 1].text == ",")), None)
    if verb is None:  # no finite verb: a noun phrase or a participle clause
        return _cut_at_head(toks, MAX_LABEL_WORDS)
    subject = _last_noun_phrase(toks[:verb])
    if subject and toks[verb - 1] is subject[-1] or verb > 0 and toks[verb - 1].tag in {"RB", "MD"}:
        head = toks[toks.index(subject[0]) if subject else verb : verb]  # adverbs stay: "finally left"
    else:
        head = subject  # "The treaty, signed in 1951, | ended": the parenthetical goes
    end = verb + 1
    while end < len(toks) and toks[end].tag in _VERB_GROUP - _FINITE:
        end += 1
    predicate = head + toks[verb:end]
    if end < len(toks) and toks[end].tag in _FINITE:  # "… began | would the United States …"
        return predicate
    budget = MAX_LABEL_WORDS - len(_content(predicate))
    return predicate + _cut_at_head(toks[end:], max(budget, 3))


def _cut_at_head(toks: list[Tok], budget: int) -> list[Tok]:
    """The longest prefix within ``budget`` words that ends on a head word.

    Inside a subordinate clause ("that the two nations …", "if …") an end
    is allowed only once that clause has its own verb: a clause is kept whole
    enough to read or left out.
    """
    best, words = 0, 0
    subordinate, has_verb = False, True
    quoted = _quoted(toks)
    for i, t in enumerate(toks):
        if best and _comma_break(toks, i, quoted):
            break  # an object ends at a comma: what follows is another phrase
        if _HAS_ALNUM(t.text):
            words += 1
        if words > budget + (0 if best else QUOTE_SLACK):  # no end yet: a few words more
            break
        if t.tag in {"WDT", "WP", "WRB"} or t.tag == "IN" and t.text.lower() in lexicon_words("subordinators"):
            subordinate, has_verb = True, False
        elif subordinate and t.tag in _FINITE:
            has_verb = True
        if _head_end(toks, i) and (not subordinate or has_verb):
            if words > budget:
                return toks[: i + 1]
            best = i + 1
    return toks[:best]


def _comma_break(toks: list[Tok], i: int, quoted: list[bool]) -> bool:
    """A comma outside quotations (``quoted``: :func:`_quoted` of ``toks``) or a closing quote
    right after a comma at ``i``."""
    t = toks[i]
    if t.text == ",":
        return not quoted[i]
    return t.text in _CLOSE_QUOTES and i > 0 and toks[i - 1].text == ","


def _head_end(toks: list[Tok], i: int) -> bool:
    """A phrase may end after token ``i`` (a noun not followed by more of its phrase…)."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t.text in {"’", "'"} and i > 0 and toks[i - 1].end == t.start and toks[i - 1].tag in {"NNS", "NNPS"}:
        return False  # "the Canal Users|’ Association": a possessive, not a closing quote
    if nxt is not None and nxt.tag in _FINITE and t.tag in {"NN", "NNS", "NNP", "NNPS", "PRP"}:
        return False  # "… and his wife | were executed": the subject of what follows
    if t.tag in _FINITE | {"VB", "VBN", "VBG"}:  # a verb ends a label only where its clause ends
        return nxt is None or nxt.tag in {",", ".", ":"} and t.text.lower() not in lexicon_words("auxiliaries")
    if t.tag not in {"NN", "NNS", "NNP", "NNPS", "CD", "PRP", "JJ", "RB"} and t.text not in _CLOSE_QUOTES:
        return False
    if nxt is None:
        return True
    if t.tag in {"NNP", "NNPS"} and nxt.tag in {"NNP", "NNPS", "NN", "NNS"}:
        return False  # inside a name or before its noun: "the Soviet | Union", "British | forces"
    if nxt.text in {"’", "'"} and nxt.start == t.end:
        return False  # "Seven Years|’ War"
    if nxt.tag == "TO" and i + 2 < len(toks) and toks[i + 2].tag == "VB":
        return False  # "caused the government | to act"
    if t.tag in {"NN", "NNS", "JJ", "CD"} and nxt.tag in {"NN", "NNS", "NNP", "NNPS", "JJ", "CD"}:
        return False  # inside a compound: "tariff | concessions", "the 1976 | presidential campaign"
    if nxt.start == t.end and nxt.text[:1] in "-–":
        return False  # "the 1920s|-era agreements": one word
    if nxt.tag == "CC" and i + 2 < len(toks) and toks[i + 2].tag in _NOMINAL - {"PRP"}:
        return False  # "between Japan | and the Allies": a coordinated phrase goes on
    if nxt.text.lower() in lexicon_words("phrase_continuations"):
        return False  # "the role | of", "two months | after", "rather | than"
    if t.tag in {"JJ", "RB", "VBG"} and nxt.tag not in {",", ".", ":", "CC"} and nxt.text not in _CLOSE_QUOTES:
        return False  # "independence rather | than", "the | growing"
    return nxt.tag != "POS"


def _in_quotes(toks: list[Tok], i: int) -> bool:
    return _quoted(toks[:i])[i]


def _quoted(toks: list[Tok]) -> list[bool]:
    """For each ``i`` from 0 to ``len(toks)``: whether a quotation is open before token ``i``
    (one pass; callers that test many tokens of one list take this list, not ``_in_quotes``)."""
    depth, out = 0, [False]
    for t in toks:
        if t.text in _OPEN_QUOTES and t.text not in _CLOSE_QUOTES or t.text == '"' and depth == 0:
            depth += 1
        elif t.text in _CLOSE_QUOTES and depth:
            depth -= 1
        out.append(depth > 0)
    return out


def _whole_quotes(kept: list[Tok], toks: list[Tok]) -> list[Tok]:
    """A quotation cut by the label is completed (if short enough) or left out."""
    if not kept or not _in_quotes(kept + [kept[-1]], len(kept)):
        return kept
    opening = max(i for i, t in enumerate(kept) if t.text in _OPEN_QUOTES)
    after = [t for t in toks if t.start >= kept[-1].end]
    close = next((i for i, t in enumerate(after) if t.text in _CLOSE_QUOTES), None)
    if close is not None and len(_content(kept)) + len(_content(after[: close + 1])) <= MAX_LABEL_WORDS + QUOTE_SLACK:
        return kept + after[: close + 1]
    return _trim(kept[:opening])


def _render(toks: list[Tok]) -> str:
    """The label's text as written (a space where the text had one, or where words were
    left out, never before punctuation), first letter capitalised."""
    if not toks:
        return ""
    pieces = [toks[0].text]
    for a, b in zip(toks, toks[1:], strict=False):
        moved = b.start < a.start  # a word put after the noun it was said of ("Completed" → "completed")
        gap = (b.start > a.end or moved) and b.text not in _NO_SPACE_BEFORE and a.text not in {"(", "[", "“", "‘"}
        word = b.text[:1].lower() + b.text[1:] if moved and not b.tag.startswith("NNP") else b.text
        pieces.append((" " if gap else "") + word)
    label = "".join(pieces)
    label = re.sub(r"\s+", " ", label).strip()
    return label[:1].upper() + label[1:]


def _table_cell(text: str, sent: tuple[int, int], d: DateMention) -> tuple[int, int]:
    """The cell of a table row holding the date ``d`` when ``sent`` is a row (cells parted by ``CELL_SEPARATOR``):
    a row is no sentence, and its other cells (a year column, an age) are no words of the date's happening
    (round 42 red team D18: a label "1864 | bur"); else ``sent``."""
    row = text[sent[0] : sent[1]]
    if CELL_SEPARATOR not in row:
        return sent
    lo = text.rfind(CELL_SEPARATOR, sent[0], d.start)
    hi = text.find(CELL_SEPARATOR, d.end, sent[1])
    start = sent[0] if lo < 0 else lo + len(CELL_SEPARATOR)
    end = sent[1] if hi < 0 else hi
    while start < end and text[start] in " |":
        start += 1
    while end > start and text[end - 1] in " |":
        end -= 1
    return start, end


def _message_draft(fields: dict[str, str], d: DateMention, whole: tuple[int, int]) -> dict:
    """The event of an e-mail's Date header (``mail.header_fields``): "A wrote to B" on its day."""
    sender = party(fields["from"])
    label = f"{sender} wrote to {party(fields['to'])}" if fields.get("to") else f"{sender} wrote"
    return {"label": label, "date": d, "participants": [], "places": [], "evidence": [whole], "picture": False}


def find_events(
    text: str,
    an: Analysis,
    blocks: list[tuple[int, int]],
    mentions: list[Mention],
    dates: list[DateMention],
    captions: Sequence[tuple[int, int]] = (),
) -> list[Event]:
    """The events of a document: one draft per date with a happening in its sentence, drafts of
    one happening merged. A date in a caption that tells no happening ("The harbour at Z,
    1890") and names no person (a portrait's date is its sitter's) is the picture's
    (``_picture_date``): it joins an event of the same date as evidence and makes none alone."""
    drafts: list[dict] = []
    index = _MentionIndex(mentions)
    letters = _Letters(text)
    ordered = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in ordered]
    parses = an.parses(sorted({s for s in (an.sentence_at(d.start) for d in ordered) if s is not None}))
    for sent, (toks, doc) in parses.items():  # the people's words, for the labels' pronouns (event_phrase)
        people = [m for m in index.within(sent[0], sent[1]) if m.type == "person"]
        doc.user_data["persons"] = frozenset(i for i, t in enumerate(toks)
                                             if any(m.start <= t.start and t.end <= m.end for m in people))
    pending: list[tuple[int, tuple[int, int]]] = []  # drafts whose label opens with "It"/"They"
    owned: list[tuple[int, tuple[int, int]]] = []  # ... with "Its"/"Their"
    for d in ordered:
        whole = an.sentence_at(d.start) or containing(blocks, d.start, d.end)
        if whole is None:
            continue
        sent = _table_cell(text, _window(an, whole, d), d)
        fields = header_fields(text, d.start, d.end)
        if fields is not None:  # an e-mail's Date header: the message sent that day, its label its parties
            drafts.append(_message_draft(fields, d, whole))
            continue
        answer = denied_answer(text, an, whole)
        if answer is not None:  # "In 1887 was it X? No: the seat was won by Y": the answer tells the act, not X
            drafts.append(_entry_draft(text, an, index, d, whole, answer))
            continue
        if heads_entry(text, whole, d) and containing(list(captions), d.start, d.end) is None:
            # a diary entry's date, a letter's dateline: the day its text tells of (a caption's dates its picture)
            entry = _entry_sentence(text, an, d, ordered, whole)
            if entry is not None:
                drafts.append(_entry_draft(text, an, index, d, whole, entry))
            continue
        if not (letters.within(sent[0], d.start) or letters.within(d.end, sent[1])) \
                or _credit_date(text, sent, d, index) or _imprint_date(text, sent, d):
            continue  # a date standing alone ("(1863)" under a picture, a run of years) or a credit's dates no happening
        near = ordered[bisect.bisect_left(starts, sent[0]) : bisect.bisect_left(starts, sent[1])]
        others = [o for o in near if o is not d and o.end <= sent[1]]
        if unasserted(parses.get(sent), d):
            continue  # "B did not sign it in 1812", "had X refused in 1810": no happening is told
        if others and any(o.start > d.end for o in others) and is_dateline(text, d.start, d.end):
            continue  # "BRISTOL, March 3 — A fire broke out last night": the report's date, the sentence's own dates it
        label = event_label(text, sent, d, an.toks_in(sent[0], sent[1]), parses.get(sent), others)
        dated_noun = _noun_dated(parses.get(sent), d)
        if dated_noun is not None and label:
            # "The judgment of 30 June 1926 is reversed": the date is the judgment's; the act told in the present
            # tense is the document's own, dated by the last day the document stated before it (its delivery)
            told = None if any(o.end <= sent[1] and o.start >= sent[0] for o in others) \
                else _day_told_before(ordered[: bisect.bisect_left(starts, sent[0])], d)
            if told is not None:
                act_inside = _clause_mentions(text, an, sent, d, index, False)
                drafts.append({
                    "label": label, "date": told,
                    "participants": _ids(m for m in act_inside if m.type in PARTICIPANT_TYPES),
                    "places": _ids(m for m in act_inside if m.type == "place"),
                    "evidence": [whole, *([held] if (held := an.sentence_at(told.start)) is not None else [])],
                    "picture": False,
                })
            label = _render(_trim(_without_date(dated_noun, d))) or label
        if label and any(o.end <= d.start and is_dateline(text, o.start, o.end) for o in others):
            label = _DATELINE_LEFT.sub("", label, count=1) or label  # "BRISTOL, — A fire broke out": the report's words
        if label and _disputed_date(parses.get(sent), d):  # "it is claimed that X, but there is no evidence"
            label = f"{label} ({DISPUTED})"
        # "He/She" opens the sentence or, once fronted words are gone, the label
        pronoun = bool(_PRONOUN_SUBJECT.match(text, sent[0]) or _PRONOUN_SUBJECT.match(label))
        foreign = foreign_spans(text, sent, an.toks_in(sent[0], sent[1]), parses.get(sent), d, others)
        inside = [m for m in _clause_mentions(text, an, sent, d, index, pronoun)
                  if not any(a <= m.start < b for a, b in foreign)]  # another happening's names
        if inside and inside[0].end <= sent[0] and _PRONOUN_SUBJECT.match(label) \
                and not _stray_word(text, inside[0], index) and not _role_word(text, inside[0]):
            # "He arrived in Shimoda": the person the pronoun stands for (not a common word
            # NER took for a name: "University")
            label = _PRONOUN_SUBJECT.sub(text[inside[0].start : inside[0].end], label, count=1)
        elif _PRONOUN_SUBJECT.match(label) and (named := _named_before_pronoun(text, sent, d, index)) is not None:
            label = _PRONOUN_SUBJECT.sub(text[named.start : named.end], label, count=1)  # "…X …; she died": X
            inside = [named, *(m for m in inside if m.entity != named.entity)]
        possessor = _possessor(text, an, sent, label, index) if _PERSON_POSSESSIVE.match(label) else None
        if possessor is not None:  # "His efforts to avoid war": the person's
            label = _PERSON_POSSESSIVE.sub(text[possessor.start : possessor.end] + _apostrophe(text) + "s ", label,
                                           count=1)
            inside = [possessor, *(m for m in inside if m.entity != possessor.entity)]
        if _NOUN_PRONOUN.match(label) and not _EXPLETIVE_IT.match(label):
            pending.append((len(drafts), sent))
        elif _THING_POSSESSIVE.match(label):
            owned.append((len(drafts), sent))
        drafts.append({
            "label": label,
            "date": d,
            "participants": _ids(m for m in inside if m.type in PARTICIPANT_TYPES),
            "places": _ids(m for m in inside if m.type == "place"),
            "evidence": [whole, *_anchor_evidence(an, blocks, whole, d)],
            "picture": _picture_date(an, sent, d, captions)
            and not any(m.type == "person" for m in index.within(sent[0], sent[1])),  # a portrait dates its sitter
        })
    _resolve_noun_pronouns(text, an, drafts, pending, parses, index)
    _resolve_possessives(text, an, drafts, owned, parses, index)
    _resolve_descriptions(text, an, drafts, parses, index)
    _resolve_object_it(text, an, drafts, parses, index)
    merged = merge_drafts(drafts)
    return [
        Event(
            id=f"ev{n}",
            label=ev["label"],
            date_start=ev["date"].start,
            date_end=ev["date"].end,
            edtf=ev["date"].edtf,
            participants=tuple(ev["participants"]),
            places=tuple(ev["places"]),
            evidence=tuple(sorted(set(ev["evidence"]))),
        )
        for n, ev in enumerate(merged)
    ]


# An entry's happening is told in one of the first this many sentences after its date (a diary's "Hot and close."
# before "Walked up the line", a letter's salutation and its addressee's line before its first sentence).
ENTRY_LOOK_SENTENCES = 4
_CALENDAR_DAY = re.compile(r"-?\d{4}-\d{2}-\d{2}")  # a date of writing names its day
ENTRY_LABEL_MIN_WORDS = 3  # an entry's label shorter than this (words of content) is its sentence's, cut at a head


def denied_answer(text: str, an: Analysis, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the answer a question is given when the next sentence opens with a negative word alone and a
    mark ("… was it X? No: Y won it"; lexicon ``qa_negators``): the words after the mark, which tell what did
    happen; the question's names are denied (round 57 red team D9). None otherwise."""
    if not text[sent[0] : sent[1]].rstrip().endswith("?"):
        return None
    toks = an.toks_in(sent[1], min(len(text), sent[1] + ANSWER_LOOK_CHARS))[:3]
    if len(toks) < 3 or toks[0].text.lower() not in lexicon.words("qa_negators") or toks[1].text not in _ANSWER_MARKS:
        return None
    answer = an.sentence_at(toks[2].start)
    return (toks[2].start, answer[1]) if answer is not None and answer[1] > toks[2].start else None


ANSWER_LOOK_CHARS = 80  # characters after a question read for its one-word answer and the answer's first word
_ANSWER_MARKS = frozenset({":", ",", ";", ".", "—", "–"})  # marks closing a one-word answer ("No:", "No, …")


def heads_entry(text: str, sent: tuple[int, int], d: DateMention) -> bool:
    """Whether ``d`` is the date a diary entry or a letter is written under, and its sentence says nothing else: a
    date of writing (``dates.is_date_of_writing``: a line of its own, or run in at a paragraph's start) with at most a
    place before it ("Bytown, 3rd June 1827", "Tuesday 14 March 1826.")."""
    if not _CALENDAR_DAY.fullmatch(d.edtf) or not is_date_of_writing(text, d.start, d.end):
        return False  # a year or month over a text ("The Treaty, 1794") is its subject's date, not its writing's
    return PLACE_LEAD.fullmatch(text, sent[0], d.start) is not None and not _LETTER.search(text, d.end, sent[1])


def _entry_sentence(text: str, an: Analysis, d: DateMention, ordered: list[DateMention],
                    own: tuple[int, int]) -> tuple[int, int] | None:
    """The first sentence of the entry under ``d`` that tells a happening (a finite verb) and writes no date of its
    own (its date is its own event's), within ``ENTRY_LOOK_SENTENCES`` sentences and before the next date."""
    later = [o.start for o in ordered if o.start >= own[1]]
    stop = later[0] if later else len(text)
    at = bisect.bisect_left(an.sents, (own[1], own[1]))
    for sent in an.sents[at : at + ENTRY_LOOK_SENTENCES]:
        if sent[1] > stop:
            return None
        toks = an.toks_in(sent[0], sent[1])
        if any(t.tag in _FINITE for t in toks) or (toks and _inflected_verb(toks[0].text)):
            return sent
    return None


def _inflected_verb(word: str) -> bool:
    """Whether ``word`` is an inflected form of a verb (WordNet: "Rode" of ride, "Walked"), as a diary's sentence
    without its subject opens ("Rode to the falls."), where the tagger may read the capital as a name's."""
    from vitrina.qa.lexical import inflected_verb

    folded = word.lower()
    return folded.isalpha() and not folded.endswith("ing") and inflected_verb(folded)


def _entry_draft(text: str, an: Analysis, index: _MentionIndex, d: DateMention, head: tuple[int, int],
                 sent: tuple[int, int]) -> dict:
    """The draft event of an entry: dated by its heading ``d``, labelled and peopled from its sentence ``sent``, placed
    at the heading's place ("Bytown, ...") and the sentence's; its evidence the heading and the sentence."""
    toks = an.toks_in(sent[0], sent[1])
    label = event_label(text, sent, DateMention(sent[0], sent[0], d.edtf), toks)
    if len(_content([t for t in toks if t.text in label.split()])) < ENTRY_LABEL_MIN_WORDS:
        whole = _trim(toks)  # a clause the tags cut short ("Rode"): the sentence, cut at a head
        label = _render(_trim(_cut_at_head(whole, MAX_LABEL_WORDS + QUOTE_SLACK)) or whole)
    inside = [*index.within(head[0], head[1]), *index.within(sent[0], sent[1])]
    return {
        "label": label,
        "date": d,
        "participants": _ids(m for m in index.within(sent[0], sent[1]) if m.type in PARTICIPANT_TYPES),
        "places": _ids(m for m in inside if m.type == "place"),
        "evidence": [head, sent],
        "picture": False,
    }


def _anchor_evidence(an: Analysis, blocks: list[tuple[int, int]], whole: tuple[int, int],
                     d: DateMention) -> list[tuple[int, int]]:
    """The sentence of the date ``d`` was counted from (a diary's "the 14th" from its entry's date), when it lies
    outside ``whole``: cited beside it, so the reader sees where the month and year come from."""
    if d.anchor is None or (whole[0] <= d.anchor[0] and d.anchor[1] <= whole[1]):
        return []
    held = an.sentence_at(d.anchor[0]) or containing(blocks, d.anchor[0], d.anchor[1])
    return [held] if held is not None else []


# The dependencies of a verb's arguments whose noun a date inside them may date ("The order of 4 May 1911 is set
# aside": the order's day, not the setting aside), and of the words a date may hang from inside such an argument.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_INSIDE_NOUN_DEPS = frozenset({"pobj", "prep", "appos", "compound", "conj"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _noun_dated(parse: tuple[list[Tok], Any] | None, d: DateMention) -> list[Tok] | None:
    """The noun phrase the date ``d`` dates when it hangs by a preposition from a noun inside the subject or object
    of a verb told in the present tense ("The judgment of X of 30 June 1926 is reversed", "The court sets aside the
    order of 4 May 1911"): that argument's words, else None (a date hanging from the verb dates its act)."""
    if parse is None:
        return None
    toks, doc = parse
    inside = {i for i, t in enumerate(toks) if d.start <= t.start < d.end and i < len(doc)}
    if not inside:
        return None
    node = doc[min(inside)]
    while node.head.i != node.i and node.head.i in inside:
        node = node.head  # the date's own head word
    prep = node.head
    if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.tag_ not in _NOUN_TAGS:
        return None
    noun = prep.head
    while noun.dep_ not in _ARGUMENT_DEPS:
        if noun.dep_ not in _INSIDE_NOUN_DEPS or noun.head.i == noun.i:
            return None
        noun = noun.head
    verb = noun.head
    tenses = [verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    if "MD" in tenses or "VBD" in tenses or not _PRESENT_TAGS & set(tenses):  # "did not include": past
        return None
    return toks[noun.left_edge.i : noun.right_edge.i + 1]


def _day_told_before(before: list[DateMention], d: DateMention) -> DateMention | None:
    """The last day-precise date of ``before`` (the document's dates before the sentence) later than all of
    ``d``: the day the document tells its present-tense act on."""
    _, last = bounds(d.edtf)
    if last is None:
        return None
    for o in reversed(before):
        first, _ = bounds(o.edtf)
        if _CALENDAR_DAY.fullmatch(o.edtf) and first is not None and first > last:
            return o
    return None


def _disputed_date(parse: tuple[list[Tok], Any] | None, d: DateMention) -> bool:
    """Is the date's clause a claim the sentence reports and disputes (``vitrina.stance``)?"""
    if parse is None:
        return False
    toks, doc = parse
    at = next((i for i, t in enumerate(toks) if t.start < d.end and d.start < t.end), None)
    return at is not None and at < len(doc) and disputed_at(doc, doc[at].idx, doc[at].idx + len(doc[at].text))


def _window(an: Analysis, sent: tuple[int, int], d: DateMention) -> tuple[int, int]:
    """``sent``, or the ``LABEL_WINDOW`` tokens of it around ``d`` when it is longer than
    ``LONG_SENTENCE_TOKENS``."""
    first, last = an.tok_index(sent[0]), an.tok_index(sent[1])
    if last - first <= LONG_SENTENCE_TOKENS:
        return sent
    at = min(max(an.tok_index(d.start), first), last - 1)
    lo = max(first, min(at - LABEL_WINDOW // 2, last - LABEL_WINDOW))
    hi = lo + LABEL_WINDOW
    return min(an.toks[lo].start, d.start), max(an.toks[hi - 1].end, d.end)


# what a dateline leaves at the start of a label once its date is cut out: the place, a comma, the dash
_DATELINE_LEFT = re.compile(r"^[^\W\d][\w.'’ -]{0,40}?,\s*(?:[—–]|--?)\s*")
_CREDIT_BEFORE_DATE = re.compile(r"\(([^()]+),\s*$")
# A citation's imprint before its year: "(London: Harbour Press, " — a place, a colon, a publisher.
_IMPRINT_BEFORE_DATE = re.compile(r"\(\s*[^\W\d_][^():,]*:\s+[^()]+,\s*$")


def _picture_date(an: Analysis, sent: tuple[int, int], d: DateMention, captions: Sequence[tuple[int, int]]) -> bool:
    """``d`` is in a caption whose sentence has no finite verb and no noun naming a happening
    ("after the battle", "the coronation"): it dates the picture."""
    if containing(list(captions), d.start, d.end) is None:
        return False
    toks = an.toks_in(sent[0], sent[1])
    return not any(t.tag in _FINITE or (t.tag in {"NN", "NNS"} and names_happening(t.text.lower())) for t in toks)


def _credit_date(text: str, sent: tuple[int, int], d: DateMention, index: _MentionIndex) -> bool:
    """A date closing a parenthesis that names a person before it ("The Harbour (Ada Lunn,
    1931)"): the work's credit, whose date is the picture's, not the happening's."""
    before = _CREDIT_BEFORE_DATE.search(text, sent[0], d.start)
    if before is None or not text[d.end : sent[1]].lstrip().startswith(")"):
        return False
    return any(m.type == "person" for m in index.within(before.start(1), before.end(1)))


def _imprint_date(text: str, sent: tuple[int, int], d: DateMention) -> bool:
    """A year closing a citation's imprint ("X, A Life of Y (London: Z Press, 1989), 85"): when the cited book
    was printed, not a happening of the people its title names (round 39 red team D09)."""
    return _IMPRINT_BEFORE_DATE.search(text, sent[0], d.start) is not None \
        and text[d.end : sent[1]].lstrip().startswith(")")


class _Letters:
    """Whether a span of the text holds a letter, in time independent of its length: a span
    longer than a letter-free stretch found up front (64 characters or more; prose has
    none) holds one unless it lies inside such a stretch. Searching each date's sentence
    had read a long line of figures again for every date in it (quadratic)."""

    def __init__(self, text: str):
        self.text = text
        self.free = [(m.start(), m.end()) for m in _LETTER_FREE.finditer(text)]
        self.starts = [s for s, _ in self.free]

    def within(self, start: int, end: int) -> bool:
        if end - start <= LETTER_FREE_CHARS:
            return _LETTER.search(self.text, start, end) is not None
        k = bisect.bisect_right(self.starts, start) - 1
        return not (k >= 0 and self.free[k][1] >= end)


class _MentionIndex:
    """Mentions by start offset, and people by end offset: lookups by bisection."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.people = [m for m in self.mentions if m.type == "person"]
        self.people_ends = sorted(m.end for m in self.people)
        self.people_by_end = sorted(self.people, key=lambda m: m.end)

    def within(self, start: int, end: int) -> list[Mention]:
        i, j = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[i:j] if m.end <= end]

    def people_before(self, offset: int) -> list[Mention]:
        """People ending at or before ``offset``, in text order."""
        return sorted(self.people_by_end[: bisect.bisect_right(self.people_ends, offset)],
                      key=lambda m: (m.start, m.end))

    def last_person_before(self, offset: int) -> Mention | None:
        k = bisect.bisect_right(self.people_ends, offset)
        return self.people_by_end[k - 1] if k else None


# How far back (characters) the sentence before a "He/She" sentence is looked for.
PREVIOUS_SENTENCE_CHARS = 2000
PRONOUN_CANDIDATES = 6  # people named before it a "He/She" may stand for, the nearest first
# sentences back a "He/She" follows a chain of "He/She" subjects whose sentences name people only after a
# preposition ("He sailed with X. | He died …" is the first "He"'s person)
PRONOUN_CHAIN_SENTENCES = 3
# A blank line: the end of a paragraph, a diary entry or a letter's section. A "He/She" whose
# nearest named person is past one ("Monday: X came. || Tuesday: A letter from Y. He …") stands
# for no one of an earlier paragraph when its own paragraph names a person.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _clause_mentions(text: str, an: Analysis, sent: tuple[int, int], d: DateMention, index: _MentionIndex,
                     pronoun: bool) -> list[Mention]:
    """Mentions of the clause holding the date (the sentence if the clause names none);
    a "He/She" subject (``pronoun``) adds the person who opened the previous sentence."""
    clause = clause_at(text, sent, d.start)
    in_sent = index.within(sent[0], sent[1])
    inside = [m for m in in_sent if clause[0] <= m.start and m.end <= clause[1]]
    if re.match(r",\s+(?:who|whose|which)\b", text[clause[0] : clause[0] + 8]):
        antecedent = [m for m in in_sent if m.end <= clause[0]]  # "X, who … in 1801,"
        inside = antecedent[-1:] + inside
    if not any(m.type in {"person", "organization", "vessel", "other"} for m in inside):
        inside = in_sent
    he = _clause_pronoun(text, sent, d) if pronoun else None
    if he is not None and not any(m.type == "person" and m.end <= he.start() for m in in_sent):
        # no person named before the pronoun in its sentence ("In 1770 he landed where the
        # naturalist X …": X comes after it): the person who opened the previous sentence
        first = _relative_spoken_of(text, sent, he.group(), index) or _person_opening_before(text, an, sent, index)
        if first is not None:
            inside = [first, *inside]
    return inside


def _clause_pronoun(text: str, sent: tuple[int, int], d: DateMention) -> re.Match | None:
    """The "he"/"she" a dated clause is said of: the sentence's first, unless the last one before the date is
    of the other sex (lexicon ``gendered_person_words``): "He married X in 1860; she died in 1911" is X's death."""
    found = list(_PERSON_PRONOUN.finditer(text, sent[0], sent[1]))
    if not found:
        return None
    near = [m for m in found if m.end() <= d.start]
    sex = _sexes()
    if near and sex.get(near[-1].group().lower()) not in {None, sex.get(found[0].group().lower())}:
        return near[-1]
    return found[0]


def _named_before_pronoun(text: str, sent: tuple[int, int], d: DateMention, index: _MentionIndex) -> Mention | None:
    """The person an other-sex "he"/"she" of the dated clause stands for (``_clause_pronoun``): the last person
    named before it in its sentence, or None (the pronoun is the sentence's first, or no one is named)."""
    he = _clause_pronoun(text, sent, d)
    first = _PERSON_PRONOUN.search(text, sent[0], sent[1])
    if he is None or first is None or he.start() == first.start():
        return None
    named = [m for m in index.within(sent[0], he.start()) if m.type == "person" and m.end <= he.start()]
    return named[-1] if named else None


# a relative described by a possessive and a kinship noun (lexicon ``kinship_nouns``): "my father", "your mother"
_RELATIVE = re.compile(r"\b(my|your|our|his|her|their)\s+([a-z]+)\b", re.I)
# possessives that speak of the same family in a conversation ("my father" to the narrator is "your father" to
# the interviewer), and those of a third person's
_POSSESSIVE_SIDE = {"my": 1, "your": 1, "our": 1, "his": 3, "her": 3, "their": 3}


def _relative_spoken_of(text: str, sent: tuple[int, int], pronoun: str, index: _MentionIndex) -> Mention | None:
    """The person a "He/She" stands for when the text last spoke of a relative ("Did your father …?") after
    naming anyone: the person that relative was named as before ("My father, Arthur Hale, …": an apposition),
    when the kinship noun agrees with the pronoun's sex (lexicon ``gendered_person_words``). Salience over
    recency: the family member the conversation is about, not the last name said."""
    sex = _sexes().get(pronoun.lower())
    people = index.people_before(sent[0])
    if sex is None or not people:
        return None
    low = max(people[-1].end, sent[0] - PREVIOUS_SENTENCE_CHARS)
    spoken = [m for m in _RELATIVE.finditer(text, low, sent[0]) if _kin(m[2]) and _sexes().get(m[2].lower()) == sex]
    if not spoken:
        return None
    last = spoken[-1]
    side, noun = _POSSESSIVE_SIDE[last[1].lower()], last[2].lower()
    for m in reversed(list(_RELATIVE.finditer(text, max(0, low - PREVIOUS_SENTENCE_CHARS), low))):
        if m[2].lower() != noun or _POSSESSIVE_SIDE[m[1].lower()] != side:
            continue
        named = next((p for p in people if p.type == "person" and re.fullmatch(r",\s*", text[m.end():p.start])), None)
        if named is not None:
            return named
    return None


@cache
def _sexes() -> dict[str, str]:
    return {word.lower(): sex.strip() for e in lexicon.entries("gendered_person_words")
            for word, _, sex in [e.value.partition(" ")]}


def _kin(noun: str) -> bool:
    return noun.lower() in lexicon_words("kinship_nouns")


def _person_opening_before(text: str, an: Analysis, sent: tuple[int, int], index: _MentionIndex,
                           depth: int = 0) -> Mention | None:
    """The first person named in the sentence of the last person named before ``sent`` as an
    argument of a verb: a name that is the object of a preposition ("his ranch | at X", "sailed
    from X") is passed over, as a "he" continues a subject, not a place of it (a passive's
    agent, "by X", is an argument). When every such name is one and its sentence's own subject is a
    "he/she" ("He reached the pole with X. | He was killed …"), the pronoun continues that one's person."""
    people = index.people_before(sent[0])[-PRONOUN_CANDIDATES:]
    if people:  # (never past a paragraph break to someone the nearer paragraph's name rules out)
        people = [m for m in people if not _PARAGRAPH_BREAK.search(text, m.end, people[-1].start)]
    last = next((m for m in reversed(people) if not _oblique(an, m)), people[-1] if people else None)
    if last is None:
        return None
    held = an.sentence_at(last.start)
    if held is not None and depth < PRONOUN_CHAIN_SENTENCES and _oblique(an, last) \
            and _subject_is_person_pronoun(an, held, last.start):
        chained = _person_opening_before(text, an, held, index, depth + 1)
        if chained is not None:
            return chained
    low = max(0, last.start - PREVIOUS_SENTENCE_CHARS)
    start = max(s for s in _sentence_starts(text[low:], last.start - low + 1)) + low
    return next((m for m in people if start <= m.start < last.start and not _oblique(an, m)), last)


def _subject_is_person_pronoun(an: Analysis, sent: tuple[int, int], before: int) -> bool:
    """The first subject of the parsed sentence ``sent``, before offset ``before``, is a "he/she"."""
    parse = an.parses([sent]).get(sent)
    if parse is None:
        return False
    toks, doc = parse
    subjects = [t for t in doc if t.dep_ in {"nsubj", "nsubjpass"} and toks[t.i].start < before]
    return bool(subjects) and subjects[0].lower_ in PERSON_PRONOUNS


def _oblique(an: Analysis, m: Mention) -> bool:
    """``m`` is the object of a preposition other than a passive's "by" in its parsed sentence."""
    sent = an.sentence_at(m.start)
    parse = an.parses([sent]).get(sent) if sent is not None else None
    if parse is None:
        return False
    toks, doc = parse
    inside = [i for i, t in enumerate(toks) if m.start <= t.start and t.end <= m.end]
    roots = [doc[i] for i in inside if not inside[0] <= doc[i].head.i <= inside[-1]]
    return len(roots) == 1 and roots[0].dep_ == "pobj" and roots[0].head.dep_ != "agent"


_PERSON_POSSESSIVES = "|".join(sorted(w for w, ante in pronouns("possessive") if ante == "person"))
_PERSON_POSSESSIVE = re.compile(rf"(?:{_PERSON_POSSESSIVES.title()}) (?=\w)")  # a label opening with one


def _possessor(text: str, an: Analysis, sent: tuple[int, int], label: str, index: _MentionIndex) -> Mention | None:
    """The person a "His/Her" opening ``label`` stands for: the nearest person named before
    the pronoun in its sentence, else the one opening the sentence before (as for "He");
    None for a common word NER took for a name or a role without a name."""
    rest = label.split(" ", 2)[1]
    at = re.search(rf"\b(?i:{_PERSON_POSSESSIVES})\s+" + re.escape(rest), text[sent[0] : sent[1]])
    if at is None:
        return None
    pronoun = sent[0] + at.start()
    named = [m for m in index.people_before(pronoun) if m.start >= sent[0]]
    found = named[-1] if named else _person_opening_before(text, an, sent, index)
    if found is None or found.end > pronoun \
            or _stray_word(text, found, index) or _role_word(text, found):
        return None
    return found


def _apostrophe(text: str) -> str:
    """The apostrophe the text writes ("’" or "'")."""
    return "’" if text.count("’") >= text.count("'") else "'"


# subjects standing for a noun phrase said before
_NOUN_PRONOUN = re.compile(rf"({'|'.join(sorted(PRONOUN_NUMBER)).title()})\b")
# "It was clear that …", "It was not until 1980 that …": an "it" that stands for no thing
_EXPLETIVE_IT = re.compile(r"It (?:is|was|seems|seemed|became|becomes|had been|has been|remained|"
                           r"appeared|appears|took) (?:\w+ ){0,5}?(?:that|to|whether|for)\b")


def _resolve_noun_pronouns(text: str, an: Analysis, drafts: list[dict], pending: list[tuple[int, tuple[int, int]]],
                           parses: dict, index: _MentionIndex) -> None:
    """An "It"/"They" still opening a label is the noun phrase it stands for
    (``event_phrase.subject_antecedent``): the subject of a clause of its sentence before it,
    else of the sentence before's main clause, when the number agrees (an "it" is no
    person); that phrase's people, organisations and groups join the participants. An
    "It" without one is the thing opening the sentence before (``_thing_before``)."""
    before = {n: prev for n, sent in pending if (prev := _sentence_before(text, an, sent)) is not None}
    prev_parses = an.parses(sorted(set(before.values()))) if before else {}
    for n, sent in pending:
        ev = drafts[n]
        opening = _NOUN_PRONOUN.match(ev["label"])
        word = opening.group(1) if opening else ""
        plural = word == "They"
        own = parses.get(sent)
        found = _antecedent_in(own, plural, word.lower())
        if found is None and _opens_subjects(own, word.lower()):  # no subject before it in its sentence
            found = _antecedent_in(prev_parses.get(before.get(n, (0, 0))), plural, None)
        named = index.within(found[0].start, found[-1].end) if found else []
        if found and (plural or not any(m.type == "person" for m in named)):
            ev["label"] = _render(found) + ev["label"][len(word):]
            ev["participants"] = _ids_union(ev["participants"], _ids(m for m in named if m.type in PARTICIPANT_TYPES))
        elif not plural and (thing := _thing_before(text, an, sent, index)) is not None:
            ev["label"] = text[thing[0] : thing[1]] + ev["label"][len(word):]  # "It elected X": the Congress
        elif not plural and _opens_subjects(own, "it") \
                and (arg := _tokens(prev_parses.get(before.get(n, (0, 0))), argument_name)) is not None \
                and not any(m.type == "person" or m.type == "place" and _acts(own)
                            for m in index.within(arg[0].start, arg[-1].end)):
            ev["label"] = _render(arg) + ev["label"][len(word):]  # "History belongs to X. It was …": X


_THING_POSSESSIVES = {w: ante == "plural" for w, ante in pronouns("possessive") if ante != "person"}
_THING_POSSESSIVE = re.compile(rf"({'|'.join(sorted(_THING_POSSESSIVES)).title()}) (?=\w)")  # "Its"/"Their" opening a label


def _resolve_possessives(text: str, an: Analysis, drafts: list[dict], owned: list[tuple[int, tuple[int, int]]],
                         parses: dict, index: _MentionIndex) -> None:
    """An "Its"/"Their" opening a label is the possessive of the name it stands for, found as
    for "It"/"They" (``event_phrase.subject_antecedent``): the subject of a clause before it in
    its sentence ("Russia fought until 1917, when its government withdrew" → "Russia's
    government withdrew") or, when no subject comes before it there, of the sentence before's
    main clause; left as it is when that is no name (or, for "Its", a person)."""
    for n, sent in owned:
        ev = drafts[n]
        word = ev["label"].split(" ", 1)[0]
        plural = _THING_POSSESSIVES[word.lower()]
        own = parses.get(sent)
        if own is None:
            continue
        toks, doc = own
        at = next((t.i for t in doc if t.lower_ == word.lower() and t.dep_ == "poss"), None)
        if at is None:
            continue
        phrase = subject_antecedent(doc, plural, before=at)
        found = [toks[i] for i in phrase] if phrase else None
        if found is None and not any(t.dep_ in {"nsubj", "nsubjpass"} and t.i < at for t in doc):
            before = _sentence_before(text, an, sent)
            found = _antecedent_in(an.parses([before]).get(before) if before else None, plural, None)
        named = index.within(found[0].start, found[-1].end) if found else []
        if not found or (plural and not named) or (not plural and any(m.type == "person" for m in named)):
            continue  # no name in a "their"'s ("the two countries"; an "its"'s is one), or a person for "its"
        name = _render(found)
        mark = _apostrophe(text) + ("" if name.endswith("s") else "s")
        ev["label"] = name + mark + ev["label"][len(word):]
        ev["participants"] = _ids_union(ev["participants"], _ids(m for m in named if m.type in PARTICIPANT_TYPES))


def _tokens(parse: tuple[list[Tok], Any] | None, find: Any) -> list[Tok] | None:
    """The tokens of the phrase ``find`` picks in a parsed sentence, or None."""
    if parse is None:
        return None
    phrase = find(parse[1])
    return [parse[0][i] for i in phrase] if phrase else None


# an object "it" inside a label (not its first word, not "it's")
_OBJECT_IT = re.compile(r"(?<=\s)it\b(?!['’])")


def _resolve_object_it(text: str, an: Analysis, drafts: list[dict], parses: dict, index: _MentionIndex) -> None:
    """An object "it" left in a label when nothing before it in its sentence can be what it
    stands for (``event_phrase.object_it_without_antecedent``) is the name that is the subject
    of the sentence before (``subject_antecedent``): "Cape X is named for a ship. Y rounded it
    in 1616": Cape X; not a person."""
    for ev in drafts:
        sent = ev["evidence"][0]
        own = parses.get(sent)
        if own is None or len(_OBJECT_IT.findall(ev["label"])) != 1 or not object_it_without_antecedent(own[1]):
            continue  # none, or two "it"s in the label: which one the parse meant is not known here
        prev = _sentence_before(text, an, sent)
        found = _antecedent_in(an.parses([prev]).get(prev), False, None) if prev is not None else None
        if found is None or any(m.type == "person" for m in index.within(found[0].start, found[-1].end)):
            continue
        phrase = _render(found)
        ev["label"] = _OBJECT_IT.sub(phrase[:1].lower() + phrase[1:] if phrase.startswith("The ") else phrase,
                                     ev["label"], count=1)


def _resolve_descriptions(text: str, an: Analysis, drafts: list[dict], parses: dict, index: _MentionIndex) -> None:
    """A demonstrative description opening a label ("This treaty", "These agreements") is
    the named noun phrase it stands for (``event_phrase.description_antecedent``: the
    nearest earlier noun of its kind, in its sentence or the one before, when that names
    something); that phrase's people, organisations and groups join the participants."""
    for ev in drafts:
        sent = ev["evidence"][0]
        own = parses.get(sent)
        words = ev["label"].split()
        if own is None or not words or (noun := demonstrative_head(own[1], words)) is None:
            continue
        # a happening ("the invasion") recurs with other referents: only the sentence before
        earlier = _sentences_before(text, an, sent, 1 if names_happening(noun.lower_) else DESCRIPTION_SENTENCES)
        earlier_parses = [p for p in (an.parses([s]).get(s) for s in earlier) if p is not None]
        found = description_antecedent(noun, [p[1] for p in earlier_parses])
        if found is None:
            continue
        toks = next((p[0] for p in [own, *earlier_parses] if p[1] is found[0].doc), own[0])
        start, end = toks[found[0].i].start, toks[found[-1].i].end
        described = noun.i - next(t.i for t in noun.children if t.dep_ == "det") + 1
        rest = ev["label"].split(" ", described)[described:]
        phrase = text[start:end]
        named = index.within(start, end)
        head = toks[found[-1].i]
        if any(m.type == "person" and m.start <= head.start and head.end <= m.end for m in named) \
                and not noun_is_kind(noun.lower_, "person"):
            continue  # a person's name is no place or thing ("the city") a description stands for
        ev["label"] = " ".join([phrase[:1].upper() + phrase[1:], *rest])
        ev["participants"] = _ids_union(ev["participants"], _ids(m for m in named if m.type in PARTICIPANT_TYPES))


# Sentences before a description's ("the canal") that its antecedent is looked for in: a
# paragraph's topic is named in its first sentences and described after
DESCRIPTION_SENTENCES = 4


def _sentences_before(text: str, an: Analysis, sent: tuple[int, int], count: int) -> list[tuple[int, int]]:
    """Up to ``count`` sentences before ``sent`` in its paragraph (no blank line between),
    in text order."""
    out: list[tuple[int, int]] = []
    cur = sent
    while len(out) < count:
        prev = _sentence_before(text, an, cur)
        if prev is None or "\n\n" in text[prev[1] : cur[0]]:
            break
        out.insert(0, prev)
        cur = prev
    return out


def _sentence_before(text: str, an: Analysis, sent: tuple[int, int]) -> tuple[int, int] | None:
    k = sent[0] - 1
    while k > 0 and text[k].isspace():
        k -= 1
    prev = an.sentence_at(k) if k >= 0 else None
    return prev if prev != sent else None


def _acts(parse: tuple[list[Tok], Any] | None) -> bool:
    """Is the "it" opening the parsed sentence the doer of an act ("It wintered in X", "It sailed on"): the
    active subject of a verb that is no copula? A place or a date does no such act ("The party left X. It
    wintered …" is not X); a place may be what a copula or a passive says something of ("It was rebuilt")."""
    if parse is None:
        return False
    subject = next((t for t in parse[1] if t.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.dep_ == "nsubj" and subject.lower_ == "it" \
        and not base_forms(subject.head.text) & lexicon_words("copulas") and not any(
            c.dep_ in {"attr", "acomp"} for c in subject.head.children)


def _opens_subjects(parse: tuple[list[Tok], Any] | None, pronoun: str) -> bool:
    """The subject ``pronoun`` is the first subject of its parsed sentence (what it stands
    for is not in that sentence: "X and Y talked, and | they agreed" is X and Y)."""
    if parse is None:
        return False
    subjects = [t for t in parse[1] if t.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and subjects[0].lower_ == pronoun


def _antecedent_in(parse: tuple[list[Tok], Any] | None, plural: bool, pronoun: str | None) -> list[Tok] | None:
    """The tokens of the antecedent ``subject_antecedent`` finds in a parsed sentence: before
    the subject ``pronoun`` in its own sentence, or (``pronoun`` None) the sentence before's."""
    if parse is None:
        return None
    toks, doc = parse
    limit = None
    if pronoun is not None:
        limit = next((t.i for t in doc if t.lower_ == pronoun and t.dep_ in {"nsubj", "nsubjpass"}), None)
        if limit is None:
            return None
    phrase = subject_antecedent(doc, plural, before=limit)
    return [toks[i] for i in phrase] if phrase else None


THING_TYPES = {"organization", "vessel", "other", "place"}  # what an "it" that opens a label may stand for


def _role_word(text: str, m: Mention) -> bool:
    """A person mention that is a role ("the President"), no name to put for "He"."""
    return tuple(text[m.start : m.end].lower().split()) in _roles()


@lru_cache(maxsize=1)
def _roles() -> frozenset[tuple[str, ...]]:
    from vitrina.extract.entities import role_phrases

    return frozenset(role_phrases())


def _stray_word(text: str, m: Mention, index: _MentionIndex) -> bool:
    """A one-word person mention that is a common English word and whose entity is never
    named in more words in the text around: a word NER took for a name ("University")."""
    word = text[m.start : m.end]
    if not is_common_word(word):
        return False
    near = index.within(max(0, m.start - PREVIOUS_SENTENCE_CHARS * 5), m.end)
    return not any(o.entity == m.entity and " " in text[o.start : o.end] for o in near)


def _thing_before(text: str, an: Analysis, sent: tuple[int, int], index: _MentionIndex) -> tuple[int, int] | None:
    """The span of the organization, named thing or place that opens the sentence before
    ``sent`` ("The Congress …", "Congress …"): what an "It" opening the label stands for,
    when nothing is named in the sentence before the pronoun ("Although Spain …, it …")."""
    pronoun = re.compile(r"\b[Ii]t\b").search(text, sent[0], sent[1])
    if pronoun is None or index.within(sent[0], pronoun.start()):
        return None
    k = sent[0] - 1
    while k > 0 and text[k].isspace():
        k -= 1
    prev = an.sentence_at(k)
    if prev is None:
        return None
    first = index.within(prev[0], prev[1])[:1]
    if not first or first[0].type not in THING_TYPES:
        return None
    lead = text[prev[0] : first[0].start]
    if lead.strip() not in {"", "The"}:
        return None
    after = an.toks_in(first[0].end, prev[1])[:1]
    if after and after[0].tag in {"NN", "NNS"}:
        return None  # "The Ostrava | guild": the name is a modifier of the noun it stands for
    return (prev[0] if lead.strip() else first[0].start), first[0].end


def _sentence_starts(text: str, limit: int) -> list[int]:
    """Rough sentence starts before ``limit`` (after ". " and at 0)."""
    return [0] + [m.end() for m in re.finditer(r"[.!?][”\"’]?\s+", text[:limit])]


def merge_drafts(drafts: list[dict]) -> list[dict]:
    """Same EDTF and (shared participants or same label or same sentence) → one event; a
    picture's date (``picture``: a caption telling no happening) only joins one as evidence."""
    out: list[dict] = []
    by_date: dict[str, list[dict]] = {}  # only drafts of the same EDTF can merge
    for ev in drafts:
        same_date = by_date.setdefault(ev["date"].edtf, [])
        target = next((o for o in same_date if _same_happening(o, ev)), None)
        if target is None:
            out.append(ev)
            same_date.append(ev)
            continue
        target["participants"] = _ids_union(target["participants"], ev["participants"])
        target["places"] = _ids_union(target["places"], ev["places"])
        target["evidence"].extend(ev["evidence"])  # in place: a new list each time was quadratic
        if target.get("picture") and not ev.get("picture"):  # the text's words name the happening
            target.update(label=ev["label"], date=ev["date"], picture=False)
    return [ev for ev in out if not ev.get("picture")]  # a picture's date alone is no happening


def _same_happening(a: dict, b: dict) -> bool:
    if a["date"].edtf != b["date"].edtf:
        return False
    if a["evidence"][0] == b["evidence"][0] or a["label"].lower() == b["label"].lower():
        return True
    if (a.get("picture") or b.get("picture")) and set(a["places"]) & set(b["places"]):
        return True  # a picture of the same day at the same place shows that happening
    return bool(set(a["participants"]) & set(b["participants"]))


def _ids(ms) -> list[str]:
    out: list[str] = []
    for m in ms:
        if m.entity not in out:
            out.append(m.entity)
    return out


def _ids_union(a: list[str], b: list[str]) -> list[str]:
    return a + [x for x in b if x not in a]
