"""qa/answerable (round 31): answerability signals that do not count the question's words in the sentence —
the answer's kind against the question's, the question's names in the sentence's section, WordNet ties of the asked
noun and the predicate, and whether the runner-up is another answer of the same kind from another sentence;
invented questions and sentences."""

from __future__ import annotations

from vitrina.qa.answerable import (
    AGREEMENT,
    MEMBER,
    RIVALRY,
    Ranked,
    agreement,
    alike,
    forms_of,
    in_section,
    link,
    member_values,
    rivalry,
)
from vitrina.qa.question import analyse

PERSON = frozenset({"person"})


def _person(**extra: float) -> dict[str, float]:
    return {"kind_person": 1.0, "agrees": 1.0, **extra}


def test_a_runner_up_of_the_same_kind_in_another_sentence_is_a_rival() -> None:
    ranked = [Ranked(2.0, _person(in_slot=1.0, aligned=1.0), 1, "a", "Ada Lind"),
              Ranked(1.0, _person(in_slot=1.0, aligned=1.0), 2, "b", "Tomas Brek")]
    out = rivalry(ranked, PERSON)
    assert out["rival_same_kind"] == out["rival_other_sentence"] == out["rival_typed"] == 1.0
    assert out["rival_slot"] == out["rival_other_document"] == 1.0
    assert out["top_sentence_mass"] == 2.0 / 3.0


def test_the_same_answer_in_other_words_is_no_runner_up() -> None:
    ranked = [Ranked(2.0, _person(), 1, "a", "Ada Lind"), Ranked(1.5, _person(), 2, "a", "Lind"),
              Ranked(1.0, {"kind_date": 1.0}, 1, "a", "1851")]
    out = rivalry(ranked, PERSON)
    assert out["rival_same_kind"] == out["rival_other_sentence"] == out["rival_typed"] == 0.0
    assert set(out) == set(RIVALRY)


def test_a_single_answer_has_no_rival() -> None:
    out = rivalry([Ranked(1.0, _person(), 1, "a", "Ada Lind")], PERSON)
    assert out["top_sentence_mass"] == 1.0 and out["rival_typed"] == 0.0
    assert rivalry([], PERSON)["top_sentence_mass"] == 0.0


def test_answers_in_other_words_are_alike() -> None:
    assert alike("1851", "in March 1851") and alike("Ada Lind", "Lind")
    assert not alike("Ada Lind", "Tomas Lind")


def test_alike_answers_from_several_documents_agree() -> None:
    ranked = [Ranked(2.0, _person(), 1, "a", "Ada Lind"), Ranked(1.0, _person(), 5, "b", "Lind"),
              Ranked(1.0, _person(), 2, "a", "Tomas Brek")]
    out = agreement(ranked, [{"a"}, {"b", "c"}, {"d"}])
    assert out["alike_share"] == 0.75
    assert out["alike_documents"] == 1.0  # a, b and c: two documents beyond the first
    assert out["distinct_lead"] == 0.5


def test_a_lone_answer_from_one_document_has_no_agreement_beyond_itself() -> None:
    out = agreement([Ranked(1.0, _person(), 1, "a", "Ada Lind")], [{"a"}])
    assert out == {"alike_share": 1.0, "alike_documents": 0.0, "distinct_lead": 1.0}
    assert agreement([], []) == dict.fromkeys(AGREEMENT, 0.0)


def test_a_typed_answer_in_the_asked_role_of_the_aligned_word() -> None:
    q = analyse("Who founded the wool fair of Brannock?")
    sentence = forms_of("Ada Lind founded the wool fair of Brannock.")
    out = member_values(_person(role_slot=1.0, aligned=1.0), PERSON, q, sentence, None, set())
    assert set(out) == set(MEMBER)
    assert out["typed_agrees"] == out["typed_role"] == out["predicate_link"] == 1.0
    span = member_values({"kind_span": 1.0, "agrees": 1.0, "aligned": 1.0}, PERSON, q, sentence, None, set())
    assert span["typed_agrees"] == span["typed_role"] == 0.0


def test_a_question_name_only_in_the_section_counts_there() -> None:
    q = analyse("Who founded the wool fair of Brannock?")
    section_text = "Brannock lies on the river. It founded the wool fair in 1822."
    found = in_section(q, {"brannock"}, (forms_of(section_text), frozenset(), section_text))
    assert found["names_in_section"] == 1.0
    absent = in_section(q, {"brannock"}, (forms_of("The fair opened."), frozenset(), "The fair opened."))
    assert absent["names_in_section"] == 0.0
    other_name = in_section(q, {"brannock"}, (frozenset(), frozenset({"brannock"}), ""))
    assert other_name["names_in_section"] == 1.0


def test_a_question_year_is_looked_for_in_the_section() -> None:
    q = analyse("Who opened the wool fair in 1822?")
    assert in_section(q, set(), (frozenset(), frozenset(), "It opened in 1822."))["years_in_section"] == 1.0
    assert in_section(q, set(), (frozenset(), frozenset(), "It opened in 1840."))["years_in_section"] == 0.0
    assert in_section(q, set(), None)["years_in_section"] == 0.0


def test_wordnet_ties_the_asked_noun_and_the_predicate_to_the_sentence() -> None:
    assert link("ship", "n", forms_of("The vessel sailed at dawn.")) > 0.0  # a synonym
    assert link("ship", "n", forms_of("The orchard bloomed at dawn.")) == 0.0
    assert link(None, "n", frozenset()) == 1.0


def test_an_opposite_of_the_predicate_is_noted_when_the_predicate_is_not_aligned() -> None:
    q = analyse("Who won the regatta?")
    out = member_values({"kind_person": 1.0}, PERSON, q, forms_of("Ada Lind lost the regatta."), None, set())
    assert out["predicate_opposed"] > 0.0
    aligned = member_values({"kind_person": 1.0, "aligned": 1.0}, PERSON, q, forms_of("Ada Lind lost."), None, set())
    assert aligned["predicate_opposed"] == 0.0


def _frame(question: str, sentence: str, answer: str) -> dict[str, float]:
    from vitrina.qa.answerable import frame_values
    from vitrina.qa.parse import parse
    from vitrina.qa.structure import anchors

    q = analyse(question)
    doc = parse(sentence)
    aligned = frozenset(t.i for t, _c in anchors(doc, q))
    start = sentence.index(answer)
    return frame_values((doc, aligned), start, start + len(answer), q, bool(aligned))


def test_the_answer_clause_holds_the_question_participants_and_its_act() -> None:
    out = _frame("Who signed the treaty of Lorvan for Melvia?",
                 "The treaty of Lorvan was signed for Melvia by Ada Kess in 1820.", "Ada Kess")
    assert out == {"clause_arguments": 1.0, "clause_frame": 1.0}


def test_participants_in_another_clause_of_the_sentence_do_not_count() -> None:
    out = _frame("Who signed the treaty of Lorvan for Melvia?",
                 "Ada Kess was born in Tarsk, while the treaty of Lorvan was signed for Melvia in 1820.", "Ada Kess")
    assert out["clause_arguments"] == 0.0 and out["clause_frame"] == 0.0


def test_an_answer_without_the_aligned_act_in_its_clause_has_no_frame() -> None:
    out = _frame("Who signed the treaty of Lorvan?", "Ada Kess praised the treaty of Lorvan.", "Ada Kess")
    assert out["clause_arguments"] == 1.0 and out["clause_frame"] == 0.0


def test_no_parse_gives_no_clause_values() -> None:
    from vitrina.qa.answerable import FRAME, frame_values

    assert frame_values(None, 0, 3, analyse("Who signed the treaty?"), True) == dict.fromkeys(FRAME, 0.0)
