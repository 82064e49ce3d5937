"""Either-or questions: the options read from the parse, found in a sentence, the one nearest the frame, shown as the
sentence writes it (qa/either.py), and `ask` answering with it (ask._either); invented exhibit and questions."""

from __future__ import annotations

import contextlib

import pytest

from vitrina.ask import ask
from vitrina.model import DocumentBuilder, Piece, SourceRef
from vitrina.qa import either
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base


def options(question: str) -> list[str] | None:
    found = either.alternatives(parse(question), analyse(question).type == "yes/no")
    return [o.text for o in found] if found else None


def test_cleft_names_the_options():
    assert options("Was it Orvath or Dessing that charted the eastern reef?") == ["Orvath", "Dessing"]


def test_verbs_are_options_with_their_particle():
    found = either.alternatives(parse("Did the council approve or turn down the new tariff?"), True)
    assert found is not None
    assert [(o.keys, o.verb) for o in found] == [(("approve",), True), (("turn down",), True)]


def test_trailing_choice_of_a_wh_question():
    assert options("Which guild built the granary, the millers or the bakers?") is not None


def test_no_choice_without_or_and_none_for_subjects_or_comparisons():
    assert options("Did the council approve the new tariff?") is None
    assert options("Could Orvath or Dessing sign a treaty of their own?") is None  # either of them, no choice
    assert options("Which harbour is deeper, Kelm or Varro?") is None  # a comparison of two values
    assert options("Which guild left the fair first, the millers or the bakers?") is None  # an order of two acts


def test_the_option_nearest_the_frame_fills_it():
    doc = parse("For sailors stranded in Kelm, the agent was the Varro Consulate, and for traders in Osk, "
                "the Dimmel Consulate acted.")
    found = either.alternatives(parse("Was it the Varro or the Dimmel consulate that helped sailors in Kelm?"), True)
    assert found is not None
    stated = {i: spans for i, o in enumerate(found) if (spans := either.occurrences(doc, o, {}))}
    frame = [t.i for t in doc if t.text in ("sailors", "Kelm")]
    chosen = either.nearest(doc, stated, frame)
    assert chosen == 0
    a, b = either.shown(doc, stated[chosen][0], found[chosen].verb)
    assert doc.text[a:b] == "the Varro Consulate"


def test_a_verb_option_is_found_by_a_close_relative():
    doc = parse("The members thought the price too high, and they rejected the offer.")
    option = either.Option("turn down", ("turn down",), True, 0, 2)
    spans = either.occurrences(doc, option, {})
    assert [doc[a:b].text for a, b in spans] == ["rejected"]


TEXT = [
    "The Kelm harbour board met in the spring of 1911 to weigh the pier scheme.",
    "The Kelm harbour board vetoed the pier scheme because the cost was too high.",
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    path = tmp_path_factory.mktemp("either") / "either.db"
    builder = DocumentBuilder("kelm", "kelm.txt", "text")
    builder.section("A", "The Kelm harbour")
    builder.block("paragraph", [Piece(" ".join(TEXT), SourceRef(0, 400, 2))])
    doc = builder.build()
    starts = [doc.text.index(s) for s in TEXT]
    doc = doc.evolve(sentences=tuple((a, a + len(s)) for a, s in zip(starts, TEXT, strict=True)))
    write_exhibit(path, [("sha-kelm", doc)], [doc], [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_ask_answers_with_the_stated_option(kb):
    result = ask(kb, "Did the Kelm harbour board approve or veto the pier scheme?")
    assert result["answer"] == "vetoed"
    assert result["citations"][0]["text"] == TEXT[1]


# round 58 askv58: "Which came first, X or Y?" by the years the sources write (either.ordered_choice, year_near)

def ordered(question: str) -> list[str] | None:
    found = either.ordered_choice(parse(question))
    return [o.text for o in found] if found else None


def test_which_came_first_names_the_options_after_a_comma_or_a_dash():
    assert ordered("Which guild left the fair first, the millers or the bakers?") == ["millers", "bakers"]
    assert ordered("Which bridge opened first — Kelmford or Varrow?") == ["Kelmford", "Varrow"]


def test_no_order_asked_without_a_closing_choice_or_the_ordinal():
    assert ordered("Which guild left the fair, the millers or the bakers?") is None  # no "first"
    assert ordered("Did the first guild sell bread or flour?") is None  # "first" names a guild; no closing choice


def test_the_year_nearest_the_option():
    doc = parse("The Kelmford bridge opened in 1862, and the Varrow bridge followed in 1871.")
    kelm = [(t.i, t.i + 1) for t in doc if t.text == "Kelmford"]
    varrow = [(t.i, t.i + 1) for t in doc if t.text == "Varrow"]
    assert either.year_near(doc, kelm) == 1862
    assert either.year_near(doc, varrow) == 1871
    assert either.year_near(parse("The Kelmford bridge opened."), [(1, 2)]) is None


BRIDGES = [
    "The Varrow bridge over the Osk was opened to carts in 1871 by the county.",
    "The Kelmford bridge over the Osk was opened to carts in 1862 by the town.",
]


@pytest.fixture(scope="module")
def bridges(tmp_path_factory):
    path = tmp_path_factory.mktemp("ordered") / "ordered.db"
    builder = DocumentBuilder("osk", "osk.txt", "text")
    builder.section("A", "Bridges over the Osk")
    builder.block("paragraph", [Piece(" ".join(BRIDGES), SourceRef(0, 400, 2))])
    doc = builder.build()
    starts = [doc.text.index(s) for s in BRIDGES]
    doc = doc.evolve(sentences=tuple((a, a + len(s)) for a, s in zip(starts, BRIDGES, strict=True)))
    write_exhibit(path, [("sha-osk", doc)], [doc], [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_ask_answers_the_option_with_the_earlier_year(bridges):
    result = ask(bridges, "Which bridge over the Osk opened first, Varrow or Kelmford?")
    assert result["answer"] == "Kelmford"
    assert {c["text"] for c in result["citations"]} == set(BRIDGES)
