"""The frame of a dated or measured value, read from the parse of sentences written for these tests."""

from __future__ import annotations

from vitrina.frames import Frame, frames


def _frame(sentence: str, value: str) -> Frame:
    start = sentence.index(value)
    found = frames([(0, sentence)], [[(start, start + len(value))]])[0][0]
    assert found is not None
    return found


def test_a_relative_pronoun_doer_is_the_name_its_clause_describes():
    found = _frame("The pact bound Porto, which closed its harbor on May 4, 1921.", "May 4, 1921")
    assert found.predicate[0] == "closed" and found.subject == ("porto",)


def test_a_common_noun_described_by_a_relative_clause_is_no_doer():
    found = _frame("The guild kept a quota which allowed 300 tons of grain.", "300 tons")
    assert "quota" not in found.subject


def test_what_is_said_is_the_theme_of_a_verb_of_saying():
    found = _frame("On May 4, 1921 the guild announced that it would close the northern harbor.", "May 4, 1921")
    assert found.predicate == ("announced",)
    assert {"close", "northern", "harbor"} <= set(found.theme)


def test_a_verb_with_an_object_keeps_the_object_as_its_theme():
    found = _frame("On May 4, 1921 the guild closed the harbor, saying that the storms had come.", "May 4, 1921")
    assert found.theme == ("harbor",)


def test_a_verb_and_its_particle_are_also_one_wordnet_verb():
    found = _frame("In 1921 the guild set up a new office in the harbor.", "1921")
    assert "set_up" in found.predicate


def test_a_verb_and_its_object_that_make_one_wordnet_verb_are_also_that_verb():
    found = _frame("Vell left office in May 1921.", "May 1921")
    assert found.predicate == ("left", "leave_office") and found.theme == ()
    assert "left_harbor" not in _frame("Vell left the harbor in May 1921.", "May 1921").predicate


def test_a_phrasal_verb_is_a_synonym_of_its_one_word_sense():
    from vitrina.compare import _synonymous

    a = _frame("In 1921 the guild set up a new office in the harbor.", "1921")
    b = _frame("The guild established a new office in the harbor in 1923.", "1923")
    assert _synonymous(a.predicate, b.predicate)


def test_the_head_words_of_doer_and_theme_are_kept():
    """The doer's head, not a name modifying it: "The Lind mill" is the mill; a passive's subject is the theme."""
    sentence = "The Lind mill burned in 1811."
    found = _frame(sentence, "1811")
    assert [sentence[a:b] for a, b in found.doer_heads] == ["mill"]
    assert found.doer_phrase is not None and sentence[slice(*found.doer_phrase)] == "The Lind mill"
    sentence = "Ada Lind was born in 1771 in Braga."
    found = _frame(sentence, "1771")
    assert [sentence[a:b] for a, b in found.theme_heads] == ["Lind"]
    assert not found.pronoun_doer and _frame("She taught at Braga until 1821.", "1821").pronoun_doer


def test_a_relative_pronoun_theme_is_the_noun_its_clause_describes():
    found = _frame("The envoys drafted the Lamberth Harbor Accord, which Porto and Lisbon signed on May 4, 1921.",
                   "May 4, 1921")
    assert found.predicate[0] == "signed"
    assert {"lamberth", "harbor", "accord"} <= set(found.theme)


def test_a_relative_pronoun_theme_reads_as_the_clause_without_it():
    with_pronoun = _frame("They kept the granary tax that the council repealed in 1921.", "1921")
    without = _frame("They kept the granary tax the council repealed in 1921.", "1921")
    assert with_pronoun.theme == without.theme and "tax" in with_pronoun.theme
