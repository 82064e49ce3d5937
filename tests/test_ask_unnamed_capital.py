"""A capital the sources never name stands for its country when the question names it as a party, not as where the
asked act happened (ask._aliases, ``ALIASES["unnamed_capital"]``); invented exhibit and questions."""

from __future__ import annotations

import contextlib

import pytest

from vitrina.ask import _aliases, _weights
from vitrina.model import DocumentBuilder, Piece, SourceRef
from vitrina.qa.question import analyse
from vitrina.qa.weights import ALIASES
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

TEXT = [
    "In 1931 the Varn council granted a loan of three million crowns to the Greek government.",
    "The singer Mara Olt toured the northern ports in 1932.",
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    path = tmp_path_factory.mktemp("capital") / "capital.db"
    builder = DocumentBuilder("varn", "varn.txt", "text")
    builder.section("A", "The Varn Council")
    builder.block("paragraph", [Piece(" ".join(TEXT), SourceRef(0, 400, 2))])
    doc = builder.build()
    starts = [doc.text.index(s) for s in TEXT]
    doc = doc.evolve(sentences=tuple((a, a + len(s)) for a, s in zip(starts, TEXT, strict=True)))
    write_exhibit(path, [("sha-varn", doc)], [doc], [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def _reading(kb, text: str) -> tuple[list, bool]:
    q = analyse(text)
    aliases = _aliases(kb, q)
    return aliases, _weights(kb, q, kb.sentence_count() or 1, aliases)[1]


def test_an_unnamed_capital_as_a_party_stands_for_its_country(kb) -> None:
    aliases, missing = _reading(kb, "How much did the Varn council lend to Athens in 1931?")
    others = {v for own, variants in aliases if own == ("athens",) for v in variants}
    assert ("greek",) in others
    assert not missing  # the question goes on to the sentences about the Greek government


def test_an_unnamed_capital_where_the_act_happened_is_still_missing(kb) -> None:
    aliases, missing = _reading(kb, "When did Mara Olt sing in Athens?")
    others = {v for own, variants in aliases if own == ("athens",) for v in variants}
    assert ("greek",) not in others and ("greece",) not in others
    assert missing  # the sources never mention the place: nothing to say


def test_the_unnamed_capital_reading_can_be_switched_off(kb, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ALIASES, "unnamed_capital", 0)
    assert _reading(kb, "How much did the Varn council lend to Athens in 1931?")[1]
