"""qa/limits: a question asking when something ended (began) aligns with a sentence stating the span's end
("lasted until T") or start ("from T", "since T"); invented sentences."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import _aliases, _weights, covered
from vitrina.qa import limits
from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse
from vitrina.qa.structure import anchors
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

FAIR = ["The wool fair of Brannock opened in the spring of 1822.",
        "Its cattle market was held on the lower meadow.",
        "The wool fair continued until the autumn of 1851."]


@pytest.mark.parametrize(("verb", "which"), [
    ("end", "end"), ("finish", "end"), ("cease", "end"), ("stop", "end"), ("conclude", "end"),
    ("begin", "start"), ("start", "start"), ("commence", "start"), ("sell", None), ("last", None), ("get", None), ("kill", None)])
def test_a_verb_belongs_to_the_end_or_start_family_through_wordnet(verb: str, which: str | None) -> None:
    assert limits.aspect(verb) == which


def _anchored(question: str, sentence: str) -> list[str]:
    return [t.text for t, _c in anchors(parse_many([sentence])[0], analyse(question))]


def test_an_until_phrase_stands_for_the_asked_end() -> None:
    assert _anchored("When did the ferry service cease?", "The ferry service ran until March 1907.") == ["until"]


def test_a_from_to_frame_gives_its_start_and_its_end() -> None:
    sentence = "The mill school operated from 1790 to 1834."
    assert _anchored("When did the mill school begin?", sentence) == ["from"]
    assert _anchored("When did the mill school finish?", sentence) == ["to"]


def test_a_negated_until_is_no_end() -> None:
    assert _anchored("When did the bridge toll end?", "The bridge toll was not collected until 1870.") == []


def test_a_to_without_from_is_no_end() -> None:
    assert limits.text_marks(["they", "moved", "to", "the", "coast"], "end") == []
    assert limits.text_marks(["it", "ran", "from", "1790", "to", "1834"], "end") == [4]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("fair", FAIR)]
    path = tmp_path / "l.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_the_sentence_stating_the_end_covers_an_ended_question(kb) -> None:
    q = analyse("When did the wool fair end?")
    aliases = _aliases(kb, q)
    weights, _missing = _weights(kb, q, kb.sentence_count(), aliases)
    sentences, _titles = covered(kb, q, weights, aliases)
    assert sentences[0].text == FAIR[2]


def test_a_question_asking_no_time_takes_no_span_end() -> None:
    assert limits.asked(analyse("How did the council stop the toll?")) is None
    assert limits.asked(analyse("When did the council stop the toll?")) == "end"
