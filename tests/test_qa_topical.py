"""qa/topical: the topic of a "what did X say about Y" question, a sentence naming it, a table's header row
(round 52 red team D8; invented sentences)."""

from vitrina.qa import topical
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse


def _topic(text: str) -> frozenset[str]:
    return topical.asked_topic(analyse(text), parse(text))


def test_the_about_phrase_of_a_saying_question_is_its_topic():
    assert _topic("What did Nell Orris say about the harbour wall?") >= {"harbour", "wall"}
    assert _topic("What did the mayor write about Dr Fenwick?") >= {"fenwick"}


def test_no_topic_without_an_about_phrase_or_a_saying_verb():
    assert _topic("What did Nell Orris say?") == frozenset()
    assert _topic("What did Nell Orris build about 1890?") == frozenset()


def test_a_sentence_names_the_topic_or_a_word_derived_from_it():
    assert topical.mentions("She said the harbour wall would fall.", frozenset({"harbour"}))
    assert topical.mentions("Norway's people never doubted it.", frozenset({"norwegian", "norway"}))
    assert not topical.mentions("She said the bridge would fall.", frozenset({"harbour", "wall"}))


def test_a_run_of_column_labels_is_a_header_row():
    assert topical.label_run("Rank Team G W D L GF Pts")
    assert topical.label_run("Final standings Pos Side P W L T Pts 1 Oakham")


def test_names_and_initials_are_no_header_row():
    assert not topical.label_run("J R R Tolkien")
    assert not topical.label_run("Oakham Town won the Shield in 1931")
    assert not topical.label_run("A B C")
