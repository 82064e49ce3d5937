"""Round 6 (issue #12): slot fillers the parse gives when the sentence words the act otherwise,
on invented sentences."""

from __future__ import annotations

import pytest

from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse
from vitrina.qa.structure import fill


def _slots(sentence: str, question: str) -> set[str]:
    doc = parse_many([sentence])[0]
    return {sentence[x.start:x.end] for x in fill(doc, analyse(question))}


def test_a_clausal_complement_answers_what_they_agreed_on() -> None:
    found = _slots("At Orsk in May 1820, Vell and Lind agreed to close the harbor until the fever passed.",
                   "What did Vell and Lind agree on at Orsk?")
    assert "to close the harbor until the fever passed" in found, found


def test_the_subject_of_a_copula_is_the_thing_its_nominalisation_names() -> None:
    found = _slots("The Marsh Tract was the only territorial acquisition of the guild in the 1820s.",
                   "What was the only land the guild acquired in the 1820s?")
    assert "The Marsh Tract" in found, found


def test_a_definite_description_may_stand_for_the_named_object() -> None:
    found = _slots("In 1820, the city of Orsk, Vellmark and the Lind Isles joined the league.",
                   "Who joined the Amber League in 1820?")
    assert any("Vellmark" in f and "Lind Isles" in f for f in found), found


def test_an_object_with_modifiers_of_its_own_is_another_act() -> None:
    found = _slots("Vell joined a rival merchant guild in 1820.", "Who joined the Amber League in 1820?")
    assert not any("Vell" in f for f in found), found


def test_a_quoted_phrase_in_the_question_is_parsed_as_part_of_it() -> None:
    q = analyse("What food did the 'Amber crates' contain?")
    assert (q.predicate, q.slot) == ("contain", "object")


def test_an_enumeration_the_parser_cut_at_its_conjunction_keeps_its_last_member() -> None:
    found = _slots("The so called “Amber crates” contained salt, beans, oats, and dried milk.",
                   "What food did the 'Amber crates' contain?")
    assert "salt, beans, oats, and dried milk" in found, found


def test_a_verb_with_a_prepositional_noun_is_one_wordnet_verb() -> None:
    assert analyse("When was the Duke of Orsk put to death?").phrasal is not None


def test_the_clause_before_so_is_the_reason_for_the_one_after() -> None:
    found = _slots("Orsk was a free port, so its merchants paid no duty and could sail freely to Vell.",
                   "Why could the merchants of Orsk sail freely to Vell?")
    assert "Orsk was a free port" in found, found


def test_a_relative_clause_of_fear_on_the_asked_person_is_the_motive() -> None:
    sentence = "The plan to close the port alarmed Lind, who feared that the fever would reach the upper town."
    found = _slots(sentence, "Why was Lind worried about the plan to close the port?")
    assert any(f.endswith("feared that the fever would reach the upper town") for f in found), found


def test_a_fronted_when_clause_does_not_type_the_question() -> None:
    q = analyse("When Vell stepped down, what did Lind say about the harbor?")
    assert q.type != "when" and q.slot != "time"


def test_what_did_x_prohibit_y_from_doing_asks_the_gerund_after_from() -> None:
    q = analyse("What did the Harbor Act prohibit the guilds from doing?")
    assert q.slot == "prep:from"
    found = _slots("The council passed the Harbor Act, which forbade the guilds from minting silver coins.",
                   "What did the Harbor Act prohibit the guilds from doing?")
    assert "minting silver coins" in found, found


def test_the_recipient_the_question_names_is_no_answer() -> None:
    found = _slots("The charter gave Mayor Vell total authority to close the harbor.",
                   "What power did the charter give Vell?")
    assert "total authority to close the harbor" in found, found
    assert not any(f.endswith("Vell") for f in found), found


def test_a_calendar_date_is_no_span_of_time() -> None:
    from vitrina.qa.candidates import _point_in_time

    assert _point_in_time("August 1820") and _point_in_time("the 1820s")
    assert not _point_in_time("almost 16 years") and not _point_in_time("a month")


def test_a_name_sharing_only_its_head_word_with_the_question_is_an_answer() -> None:
    found = _slots("This treaty replaced the Vell-Orsk Treaty of 1802.", "Which earlier treaty did the Lind Treaty replace?")
    assert any(f.startswith("the Vell-Orsk Treaty") for f in found), found


def test_whose_asks_the_possessor_of_the_noun_or_its_kind() -> None:
    q = analyse("Whose murder in May 1820 started the riots in Orsk?")
    assert (q.slot, q.possessed) == ("possessor", "murder")
    found = _slots("The assassination of Jon Vell, the mayor of Orsk, in May 1820 led to riots.",
                   "Whose murder in May 1820 started the riots in Orsk?")
    assert "Jon Vell" in found, found


def test_a_kind_of_the_asked_event_relates_to_it() -> None:
    from vitrina.qa.lexical import related

    assert "assassination" in related("murder", "n")
    assert "summit" not in related("treaty", "n")  # not an event noun: no hyponyms


@pytest.mark.parametrize(("sentence", "reason"), [
    ("The closing of the port was due to the fever.", "the fever"),
    ("The council closed the port out of fear of the fever.", "out of fear of the fever"),
    ("The council, worried that the fever would spread, closed the port.", "worried that the fever would spread"),
])
def test_reasons_stated_by_a_predicate_a_reason_noun_or_a_state_of_the_doer(sentence: str, reason: str) -> None:
    assert any(f.endswith(reason) for f in _slots(sentence, "Why did the council close the port?"))


def test_a_country_is_no_town() -> None:
    from vitrina.qa.candidates import _settlement
    from vitrina.qa.names import is_country

    assert _settlement("town") and _settlement("city") and not _settlement("country")
    assert is_country("Nicaragua") and is_country("the Netherlands") and not is_country("Havana")


def test_people_joined_by_and_answer_who_together() -> None:
    from vitrina.qa.candidates import Sentence, _conjoined_people, _make

    text = "The idea came from two harbor masters, Jon Vell and Ada Lind, in 1820."
    s = Sentence(id=1, document="d", section=None, start=0, end=len(text), text=text, rank=-1.0)
    people = [c for c in (_make(s, text.index("Jon"), text.index(" and"), "person"),
                          _make(s, text.index("Ada"), text.index(", in"), "person")) if c]
    assert [c.text for c in _conjoined_people(s, people)] == ["Jon Vell and Ada Lind"]
    assert _conjoined_people(s, people[:1]) == []
