"""qa/looser.py: the looser pass — a question's unmet noun or verb searched by its looser WordNet relatives."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests._qa_helpers import asked, one_paragraph_document
from vitrina.ask import _coverage_lexicon, _looser_pass
from vitrina.qa import looser
from vitrina.qa.candidates import Sentence
from vitrina.qa.lexical import wordnet
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

pytestmark = pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")

# invented texts: the stating sentence names the waterway as a canal, the decoy says neither
WORKS = [
    "Engineers surveyed the marsh at Brellow for three summers.",
    "Ottilie Varne oversaw the digging of the Brellow canal from 1822.",
]
DECOY = ["The Brellow fair sold horses every spring."]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("works", WORKS), one_paragraph_document("fair", DECOY)]
    path = tmp_path / "d.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def _sentence(i: int, text: str, coverage: float, missing: list[str]) -> Sentence:
    s = Sentence(i, "doc", None, 0, len(text), text, -1.0)
    s.coverage, s.missing = coverage, [(w, 1.0) for w in missing]
    return s


def test_a_narrower_word_is_a_looser_relative() -> None:
    near = looser.relatives("waterway", "n")
    assert near["canal"] == pytest.approx(looser.LOOSER["hyponym"])  # a canal is a kind of waterway
    assert "waterway" not in near


def test_a_broad_word_gives_no_kinds() -> None:
    near = looser.relatives("person", "n")  # hundreds of kinds of person: none says which one was meant
    assert "woman" not in near and "leader" not in near


def test_a_searched_verb_brings_its_irregular_forms() -> None:
    found = looser.searched("supervise", "v", lambda _form: True)
    assert "oversee" in found and "oversaw" in found  # the index's stemmer does not join "oversaw" to "oversee"


def test_the_query_needs_a_relative_and_another_word() -> None:
    assert looser.query(["canal", "ditch"], ["brellow"]) == '("canal" OR "ditch") AND ("brellow")'
    assert looser.query([], ["brellow"]) == ""
    assert looser.query(["canal"], []) == ""


def test_a_word_is_unmet_only_when_every_best_sentence_misses_it(kb) -> None:
    q, weights, _aliases = asked(kb, "Who supervised the waterway at Brellow?")
    top = [_sentence(1, "a", 0.5, ["waterway"]), _sentence(2, "b", 0.4, ["waterway", "supervised"]),
           _sentence(3, "c", 0.3, ["waterway"])]
    assert looser.unmet(q, weights, top) == ["waterway"]  # "supervised" is met by the best sentence
    top[0].coverage = looser.LOOSER["covered"]
    assert looser.unmet(q, weights, top) == []  # the best sentence meets the question's frame


def test_the_loosened_lexicon_credits_the_narrower_word(kb) -> None:
    q, weights, _aliases = asked(kb, "Who supervised the waterway at Brellow?")
    lexicon = _coverage_lexicon(q, weights)
    loose = looser.loosened(lexicon, ["waterway"], q.pos)
    assert "canal" not in lexicon["waterway"][1]
    assert loose["waterway"][1]["canal"] == pytest.approx(looser.LOOSER["hyponym"] * looser.LOOSER["credit"])
    assert loose["supervised"] is lexicon["supervised"]  # only the unmet word is loosened


def test_the_pass_brings_the_sentence_that_names_the_narrower_kind(kb) -> None:
    q, weights, aliases = asked(kb, "Who supervised the waterway at Brellow?")
    row = next(r for r in kb.document_sentence_rows(["fair"]))
    first = Sentence(row["id"], "fair", row["section"], row["start"], row["end"], row["text"], -1.0)
    first.coverage, first.missing = 0.3, [("waterway", weights["waterway"]), ("supervised", weights["supervised"])]
    found, _titles = _looser_pass(kb, q, weights, aliases, [first], {}, _coverage_lexicon(q, weights), ["waterway"])
    assert found[0].text == WORKS[1]  # "canal" for the waterway, "oversaw" for supervised, "Brellow"
    assert "waterway" not in {w for w, _weight in found[0].missing}
