"""A name written as an initialism in the question and spelled out in the sources, or the other way round, takes its
other form from the sources' own definition or, for an initialism the sources never write, from the stored names it
is the initials of (qa/names.acronym_readings, ask._aliases, ``ALIASES["acronym"]``); invented exhibit and questions."""

from __future__ import annotations

import contextlib

import pytest

from vitrina.ask import _aliases, _weights
from vitrina.model import DocumentBuilder, Entity, Piece, SourceRef
from vitrina.qa.names import acronym_readings, initials
from vitrina.qa.question import analyse
from vitrina.qa.weights import ALIASES
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

TEXT = [
    "In 1921 the Varn Harbour Trust (VHT) bought the old pier.",
    "The VHT sold the pier again in 1930.",
    "After the Great Salt Strike the Trust closed the north quay.",
    "The Office of Lantern Supplies was wound up in 1925.",
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    path = tmp_path_factory.mktemp("acronym") / "acronym.db"
    builder = DocumentBuilder("varn", "varn.txt", "text")
    builder.section("A", "The Varn harbour")
    builder.block("paragraph", [Piece(" ".join(TEXT), SourceRef(0, 400, 2))])
    doc = builder.build()
    starts = [doc.text.index(s) for s in TEXT]
    doc = doc.evolve(sentences=tuple((a, a + len(s)) for a, s in zip(starts, TEXT, strict=True)))
    entities = [Entity("e1", "other", "Great Salt Strike"), Entity("e2", "organization", "Office of Lantern Supplies"),
                Entity("e3", "person", "Gerda Sand Sorel")]
    write_exhibit(path, [("sha-varn", doc)], [doc], entities)
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def _others(kb, text: str, own: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {v for name, variants in _aliases(kb, analyse(text)) if name == own for v in variants}


def test_initials_keep_a_roman_numeral_and_skip_function_words() -> None:
    assert initials("Office of Lantern Supplies") == "OLS"
    assert initials("Second Treaty of Varn II") == "STVII"
    assert initials("Varn harbour") == ""  # a lower-case word: no name


def test_an_initialism_takes_the_long_form_the_sources_define(kb) -> None:
    assert acronym_readings(kb, "VHT") == {"Varn Harbour Trust"}
    assert ("varn", "harbour", "trust") in _others(kb, "When did the VHT buy the pier?", ("vht",))


def test_a_long_form_takes_the_initialism_the_sources_define(kb) -> None:
    assert acronym_readings(kb, "Varn Harbour Trust") == {"VHT"}


def test_an_unwritten_initialism_takes_the_stored_name_it_spells(kb) -> None:
    q = analyse("What did the Trust close after the GSS?")
    aliases = _aliases(kb, q)
    assert ("great", "salt", "strike") in {v for own, variants in aliases if own == ("gss",) for v in variants}
    assert not _weights(kb, q, kb.sentence_count(), aliases)[1]  # no longer a name the sources never use


def test_an_initialism_of_no_stored_name_stays_missing(kb) -> None:
    assert acronym_readings(kb, "QZX") == set()


def test_the_acronym_reading_can_be_switched_off(kb, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ALIASES, "acronym", 0)
    assert ("great", "salt", "strike") not in _others(kb, "What did the Trust close after the GSS?", ("gss",))
