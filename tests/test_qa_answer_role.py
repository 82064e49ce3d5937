"""ask: the answer fills the asked role of the stating sentence, not a modifier of the question's subject
(round 38, red team defect D-ask-wrong)."""

from __future__ import annotations

from pathlib import Path


def _ask(tmp_path: Path, text: str, question: str) -> dict:
    from vitrina.ask import ask
    from vitrina.pipeline import build
    from vitrina.store import reading

    source = tmp_path / "note.txt"
    source.write_text(text)
    db = tmp_path / "x.db"
    build([source], db, jobs=1)
    with reading(db) as kb:
        return ask(kb, question)


def test_where_is_not_answered_by_the_home_port_of_the_subject() -> None:
    from vitrina.qa.candidates import Candidate, Sentence, _qualifies_question_name
    from vitrina.qa.question import analyse

    text = "The brig Mary Ann, of Hull, Captain Peter Dale, was wrecked off Flamborough Head on Monday."
    s = Sentence(1, "d", 0, 0, len(text), text, -1.0)

    def place(name: str) -> Candidate:
        at = text.index(name)
        return Candidate(s, at, at + len(name), name, "place", 1.0)

    wrecked = analyse("Where was the Mary Ann wrecked?")
    assert _qualifies_question_name(s, place("Hull"), wrecked)
    assert not _qualifies_question_name(s, place("Flamborough Head"), wrecked)
    assert not _qualifies_question_name(s, place("Hull"), analyse("Where did the Mary Ann belong?"))


def test_a_where_question_is_not_answered_by_a_person(tmp_path: Path) -> None:
    result = _ask(tmp_path, "Catalogue\n\nItem 4. Letter, Peter Dale to Anna Holm, 3 May 1850.\n",
                  "Where was Peter Dale when he wrote on 3 May 1850?")
    assert result["answer"] != "Anna Holm"


def test_only_an_act_makes_the_appositive_home_no_answer() -> None:
    from vitrina.qa.candidates import _asks_an_act
    from vitrina.qa.question import analyse

    assert _asks_an_act(analyse("Where was the Mary Ann wrecked?"))
    assert not _asks_an_act(analyse("Where did Peter Dale live?"))
    assert not _asks_an_act(analyse("Where was Peter Dale born?"))
    assert not _asks_an_act(analyse("Where was the Mary Ann?"))


def _sentence(text: str, question: str):  # type: ignore[no-untyped-def]
    from vitrina.qa.candidates import Sentence
    from vitrina.qa.parse import parse
    from vitrina.qa.question import analyse
    from vitrina.qa.structure import anchors

    q = analyse(question)
    s = Sentence(1, "d", 0, 0, len(text), text, -1.0)
    doc = parse(text)
    aligned = anchors(doc, q)
    s.aligned = bool(aligned)
    s.parsed = (doc, frozenset(t.i for t, _c in aligned))
    return s, q


def test_a_why_question_premise_is_not_stated_by_the_bare_event() -> None:
    from vitrina.qa.candidates import _premise_unstated

    assert _premise_unstated(*_sentence("News from home: the barn burned on Friday night.",
                                        "Why did Peter Dale burn the barn?"))
    assert not _premise_unstated(*_sentence("Peter Dale burned the barn because it was full of rats.",
                                            "Why did Peter Dale burn the barn?"))
    assert not _premise_unstated(*_sentence("News from home: the barn burned on Friday night.",
                                            "Why did the barn burn?"))


def test_where_is_not_answered_by_the_reference_point_of_the_place() -> None:
    # round 39 (red team D03): "born at X, near Y" — Y only locates X; unless the question names X
    from vitrina.qa.candidates import Candidate, Sentence, _reference_point
    from vitrina.qa.question import analyse

    text = "Anna Holm was born at Kettleby, near Grantham, in 1801 and worked in Boston, beside the river."
    s = Sentence(1, "d", 0, 0, len(text), text, -1.0)

    def place(name: str) -> Candidate:
        at = text.index(name)
        return Candidate(s, at, at + len(name), name, "place", 1.0)

    born = analyse("Where was Anna Holm born?")
    assert _reference_point(s, place("Grantham"), born)
    assert not _reference_point(s, place("Kettleby"), born)
    assert not _reference_point(s, place("Boston"), born)
    assert not _reference_point(s, place("Grantham"), analyse("Where is Kettleby?"))
