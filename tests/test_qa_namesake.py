"""qa/namesake: the answering sentence is about another person of the surname, or states another act (round 54
red team D2; invented sentences)."""

from __future__ import annotations

from vitrina.qa import namesake
from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse

BROTHER = "Alderman Hugh Tarrant objected: \"The bridge will cost the ratepayers dear.\""


def test_a_person_sharing_only_the_surname_is_a_namesake():
    asked = "What was Edwin Tarrant fined?"
    assert namesake.namesake(asked, BROTHER, ["Alderman Hugh Tarrant"]) == "Alderman Hugh Tarrant"


def test_the_asked_given_name_in_the_sentence_keeps_it():
    text = "Edwin Tarrant and his brother Hugh Tarrant were fined ten shillings each."
    assert namesake.namesake("What was Edwin Tarrant fined?", text, ["Edwin Tarrant", "Hugh Tarrant"]) is None


def test_a_title_or_an_initial_is_no_other_given_name():
    assert namesake.namesake("What was Edwin Tarrant fined?", "Inspector Tarrant fined the carter.",
                             ["Inspector Tarrant"]) is None
    assert namesake.namesake("What was Edwin Tarrant fined?", "E. Tarrant was fined ten shillings.",
                             ["E. Tarrant"]) is None


def test_a_question_naming_the_surname_alone_sets_no_namesake():
    assert namesake.namesake("What did Tarrant say about the bridge?", BROTHER, ["Alderman Hugh Tarrant"]) is None


def test_titles():
    assert namesake.is_title("Commissioner") and namesake.is_title("Mrs.") and namesake.is_title("Captain")
    assert not namesake.is_title("Hugh") and not namesake.is_title("John")


def _unstated(question: str, text: str) -> str | None:
    return namesake.predicate_unstated(analyse(question), parse_many([text])[0])


RELEASED = "Martha Quill, released from Lancaster Castle on 9 June 1871 on payment of her fine."


def test_a_date_of_another_act_does_not_date_the_asked_one():
    assert _unstated("When was Martha Quill executed at Lancaster Castle?", RELEASED) == "execute"


def test_the_asked_act_or_a_relative_of_it_is_stated():
    assert _unstated("When was Martha Quill released from Lancaster Castle?", RELEASED) is None
    assert _unstated("When was Martha Quill freed from Lancaster Castle?", RELEASED) is None  # a synonym


def test_only_dates_and_places_of_a_named_act():
    assert _unstated("What did Martha Quill pay?", RELEASED) is None
    assert _unstated("Who executed Martha Quill?", RELEASED) is None


def test_a_person_set_apart_by_the_text_is_another_of_the_asked_name():
    assert namesake.distinguished("Where was Edwin Tarrant born?", ["Edwin Tarrant"]) == "Edwin Tarrant"
    assert namesake.distinguished("Where was Edwin Tarrant born?", ["Hugh Pell"]) is None
    assert namesake.distinguished("Where was Tarrant born?", ["Edwin Tarrant"]) is None  # no given name asked


def test_a_distinction_phrase_sets_the_next_name_apart():
    text = "Not to be confused with Edwin Tarrant, the carter of Mill Lane."
    assert namesake.set_apart(text, text.index("Edwin"))
    assert not namesake.set_apart(text, text.index("Mill"))


def test_an_act_in_other_words_or_no_act_at_all_is_no_other_act():
    assert _unstated("When did Martha Quill leave Lancaster?", "Martha Quill sailed from Lancaster on 9 June 1871.") \
        is None  # the same kind of act (motion)
    assert _unstated("When did they annex the Ewe valley?", "The annexation of the Ewe valley in 1867.") is None
    assert _unstated("When was Martha Quill executed at Lancaster Castle?",
                     "Martha Quill at Lancaster Castle, 9 June 1871.") is None  # no verb: no other act



def test_a_looser_verb_for_the_sentences_act_is_the_same_act():
    # "strike" in a rarer sense is "attack": the date of the attack answers when Ada Lind's rebels struck
    attacked = "On March 3, 1820, Ada Lind and her rebels attacked the garrison at the ford."
    assert _unstated("In what month did Ada Lind strike the garrison?", attacked) is None
    assert _unstated("When was Ada Lind hanged?", attacked) == "hang"  # still another act
