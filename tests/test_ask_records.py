"""ask: a role or record field as the answer, and a contradicted premise answered by its correction (round 43;
invented texts)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import ask
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

MINUTES = [
    "At the guild meeting in the old hall, Jane Roe (chair) read the accounts of the year.",
    "Census of the mill houses: Mary Bell, daughter, aged 14, scholar, born Leeds.",
]
MILL = ["Hana Orvel founded the Orvel Mill at Brno in 1887.", "The mill made glass beads for sixty years."]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    docs = [one_paragraph_document("minutes", MINUTES), one_paragraph_document("mill", MILL)]
    path = tmp_path / "a.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    return path


@pytest.fixture
def kb(db: Path):
    with contextlib.closing(connect_readonly(db)) as conn:
        yield as_knowledge_base(conn)


def test_a_role_in_parentheses_answers_who_held_it(kb):
    result = ask(kb, "Who chaired the guild meeting?")
    assert result["answer"] == "Jane Roe"
    assert "Jane Roe (chair)" in result["citations"][0]["text"]


def test_a_record_field_answers_how_old(kb):
    result = ask(kb, "How old was Mary Bell?")
    assert result["answer"] == "14"


def test_a_contradicted_year_gets_the_correction_not_an_answer(kb):
    result = ask(kb, "Who founded the Orvel Mill in 1950?")
    assert result["answer"] is None and result["confidence"] == 0.0
    assert result["premise"]["kind"] == "date" and result["premise"]["stated"] == "1887"
    assert result["premise"]["note"] == "The sources date it 1887, not 1950."
    assert result["citations"][0]["text"] == MILL[0]
    assert "premise" not in ask(kb, "Who founded the Orvel Mill in 1887?")


def test_the_cli_shows_the_correction(db):
    from vitrina.cli import main

    out = CliRunner().invoke(main, ["ask", "Who founded the Orvel Mill in 1950?", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "premise is contradicted by the sources. The sources date it 1887, not 1950." in out.output
    assert MILL[0] in out.output


def test_a_record_reading_is_an_input_the_gate_reads_from_its_table(kb):
    # round 44: the gate reads a role or record reading as one of its fitted inputs (GATE["record"]), no special case
    from vitrina.qa.weights import GATE

    result = ask(kb, "Who chaired the guild meeting?", explain=True)
    top = result["ranked"][0]
    assert top["text"] == "Jane Roe"
    assert top["members"][0]["features"]["record"] == 1.0
    assert GATE["record"] > 0
    other = ask(kb, "Who founded the Orvel Mill?", explain=True)
    assert other["ranked"] and other["ranked"][0]["members"][0]["features"]["record"] == 0.0


CASE = ["The walnut case bears the name of Tobias Reed and the year 1761 on its lid.",
        'The back bears the inscription "made by Tobias Reed in the year 1761".']
OWNER = ["Anna Kell was born in 1802 in Perth.", "She kept a walnut case all her life."]


def test_born_is_not_the_verb_bear_of_an_object_that_bears_a_date(tmp_path: Path) -> None:
    """"When was X born?" asks a birth: "the case bears … the year 1761" states none (round 46 red team D4: a
    year of making given at 0.98 as a birth year)."""
    docs = [one_paragraph_document("case", CASE), one_paragraph_document("owner", OWNER)]
    path = tmp_path / "case.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        kb = as_knowledge_base(conn)
        # the sentence lacks the asked act: before, "bears" stood for "born" and the act was found
        assert ask(kb, "When was Tobias Reed born?", explain=True)["evidence"]["missing_event"] == 1.0
        assert ask(kb, "When was Anna Kell born?")["answer"] in {"1802", "in 1802"}


SEAL = ["The brass seal of the weavers' company carries the name of Ida Brandt and the year 1803.",
        "Ida Brandt signed the weavers' charter in 1811 at the town hall."]


def test_a_date_whose_asked_act_the_sentence_lacks_is_withheld(tmp_path: Path) -> None:
    """"When was X born?" answered from a sentence naming X and a year but no birth is withheld (round 46 red
    team D4: the gate let such a year through at 0.79); the act stated, by its own verb, is still answered."""
    docs = [one_paragraph_document("case", CASE), one_paragraph_document("owner", OWNER)]
    path = tmp_path / "acts.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        kb = as_knowledge_base(conn)
        born = ask(kb, "When was Tobias Reed born?", explain=True)
        assert born["evidence"]["act_missing"] == 1.0
        assert born["answer"] is None
    docs = [one_paragraph_document("seal", SEAL)]
    path = tmp_path / "seal.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        kb = as_knowledge_base(conn)
        signed = ask(kb, "When did Ida Brandt sign the charter?", explain=True)
        assert "act_missing" not in signed["evidence"]
        assert signed["answer"] in {"1811", "in 1811"}


def test_a_date_asked_and_its_act_missing_is_withheld_a_place_is_not() -> None:
    """The asked act absent from the answering sentence withholds a date ("When was X born?" over "made by X in
    1761"), not a place (a paraphrased act still locates it: "founded" over "met in B to form A")."""
    from vitrina.ask import _act_missing
    from vitrina.qa.question import analyse

    assert _act_missing({"missing_event": 1.0}, analyse("When was Tobias Reed born?"))
    assert not _act_missing({"missing_event": 0.0}, analyse("When was Tobias Reed born?"))
    assert not _act_missing({"missing_event": 1.0}, analyse("In which town was the guild founded?"))


LANTERN = ["Ship's Lantern", "Bought in Leith by Captain Peter Vane about 1850; given to the Norwick Library by "
           "his niece Ruth Vane in 1921."]


def test_a_gift_by_another_giver_than_the_asked_one_is_a_false_premise(tmp_path: Path) -> None:
    """The question's "by" agent of the asked act against the sentence's agent of that act, by the parse: the
    asked giver is named in the sentence as the buyer, another person of his surname gave it (round 46 red team
    D3)."""
    docs = [one_paragraph_document("lantern", LANTERN)]
    path = tmp_path / "lantern.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        kb = as_knowledge_base(conn)
        assert ask(kb, "When was the lantern given by Peter Vane to the library?")["answer"] is None
        assert ask(kb, "When was the lantern given by Ruth Vane to the library?")["answer"] in {"1921", "in 1921"}
