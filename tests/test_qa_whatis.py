"""qa/whatis.py: a term's definition read off a sentence naming it (invented sentences)."""

from __future__ import annotations

from vitrina.qa import whatis
from vitrina.qa.candidates import Sentence
from vitrina.qa.question import analyse


def _sentence(text: str, sid: int = 1) -> Sentence:
    return Sentence(id=sid, document="d", section=None, start=0, end=len(text), text=text, rank=-1.0)


def _found(text: str, *term: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in whatis.define([_sentence(text)], term)]


def test_asked_term() -> None:
    assert whatis.asked_term(analyse("What were the grain boards?")) == ("grain", "boards")
    assert whatis.asked_term(analyse("what is a tithe barn")) == ("tithe", "barn")
    assert whatis.asked_term(analyse("What does the word sisu mean?")) == ("sisu",)


def test_a_question_about_something_else_has_no_term() -> None:
    assert whatis.asked_term(analyse("What did the grain boards buy?")) == ()
    assert whatis.asked_term(analyse("What was the mill's name?")) == ()
    assert whatis.asked_term(analyse("Who was the miller?")) == ()
    assert whatis.asked_term(analyse("What was built in the valley after the flood?")) == ()


def test_glossary_line_stops_at_the_clause() -> None:
    found = _found("Tithe barn: a large barn for storing the tenth part of a harvest, kept by the parish.",
                   "tithe", "barn")
    assert found[0] == ("glossary", "a large barn for storing the tenth part of a harvest")


def test_copula_with_the_term_as_subject() -> None:
    found = _found("A tithe barn was a large barn that stored the parish's share of the harvest.", "tithe", "barn")
    assert found[0] == ("copula", "a large barn")


def test_a_copula_of_another_subject_is_no_definition() -> None:
    found = _found("A sudden sisu (“grim resolve”), this defence was the longest of the winter.", "sisu")
    assert ("gloss", "grim resolve") in found
    assert all(kind != "copula" for kind, _text in found)


def test_a_year_or_an_abbreviation_in_brackets_is_no_gloss() -> None:
    assert _found("The grain board (1921) met twice.", "grain", "board") == []
    assert _found("The Grain Board (GB) met twice.", "grain", "board") == []


def test_alternative_name_joined_by_or() -> None:
    found = _found("The reformers wanted to dissolve the old merchant guilds, or hansas, within a decade.", "hansas")
    assert found[0] == ("alternative", "the old merchant guilds")


def test_apposition_naming_a_word_gives_what_it_names() -> None:
    found = _found("Sisu, the Finnish word used for a stubborn courage in hardship, was printed on the posters.",
                   "sisu")
    assert found[0] == ("apposition", "a stubborn courage in hardship")


def test_relative_clause_reports_its_content() -> None:
    found = _found("The council adopted the Hollin Rule, which held that every parish must keep a school.",
                   "hollin", "rule")
    assert found[0] == ("content", "every parish must keep a school")


def test_class_noun_before_a_name() -> None:
    found = _found("The brig Morning Lark, of Hull, was sold in May.", "morning", "lark")
    assert ("class", "brig") in found


def test_the_term_must_be_in_the_sentence() -> None:
    assert _found("A tithe barn was a large barn.", "grain", "board") == []
