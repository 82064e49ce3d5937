"""A question respelled as the exhibit spells it (vitrina.qa.spelling); invented words and names."""

from __future__ import annotations

from dataclasses import dataclass

from vitrina.qa.names import initialled
from vitrina.qa.spelling import (
    correction,
    distance,
    lower_case,
    needs_vocabulary,
    respelled,
    vocabulary_of,
)

TEXTS = [
    "In 1721 the envoy Brannoch Velthorpe met the council of Orsk.",
    "Velthorpe signed the Quarrendell accord with Orsk that spring.",
    "The council of Orsk rejected the accord a year later.",
    "Orsk and Velthorpe never met again, and the council dissolved, as it were.",
    "Letters of Velthorpe to the council survive in Orsk.",
]


def test_distance_counts_an_adjacent_swap_as_one_edit_and_stops_past_its_limit() -> None:
    assert distance("velhtorpe", "velthorpe", 2) == 1
    assert distance("quarendell", "quarrendell", 2) == 1
    assert distance("orsk", "velthorpe", 2) == 3  # past the limit: limit + 1


def test_a_word_no_sentence_uses_is_corrected_to_the_exhibits_spelling() -> None:
    vocab = vocabulary_of(TEXTS)
    assert correction("Velthrope", vocab) == "Velthorpe"
    assert correction("Quarendel", vocab) == "Quarrendell"  # two edits in a long word
    assert correction("council", vocab) is None  # the exhibit's own word
    assert correction("treaty", vocab) is None  # a real word the exhibit does not use: left alone
    assert correction("Where", vocab) is None  # a stop word the exhibit does not use is no misspelt "were"
    assert correction("Zorbex", vocab) is None  # nothing near
    rare = vocabulary_of(TEXTS + ["The Quarrendell accord held."] * 12 + ["Quarrendel once, in a letter."])
    assert correction("Quarendel", rare) == "Quarrendell"  # more frequent two edits off beats rare at one


def test_a_lower_case_question_gets_the_capitals_the_exhibit_gives_its_names() -> None:
    vocab = vocabulary_of(TEXTS)
    assert lower_case("when did velthorpe meet the council of orsk")
    assert not lower_case("When did Velthorpe meet the council of Orsk?")
    assert respelled("when did velthrope meet the council of orsk", vocab) == "when did Velthorpe meet the council of Orsk"
    assert respelled("When did Velthrope sign the accord?", vocab) == "When did Velthorpe sign the accord?"
    assert respelled("When did Velthorpe sign the accord?", vocab) == "When did Velthorpe sign the accord?"


def test_the_vocabulary_is_read_only_for_a_question_that_needs_it() -> None:
    assert not needs_vocabulary("When did Velthorpe sign the accord?", lambda word: False)
    assert needs_vocabulary("When did Velthrope sign the accord?", lambda word: word == "Velthrope")
    assert needs_vocabulary("when did velthorpe sign the accord", lambda word: False)


@dataclass
class _Person:
    name: str
    aliases: tuple[str, ...] = ()


class _People:
    def entities(self, *, type: str | None = None) -> list[_Person]:
        return [_Person("Brannoch Q. Velthorpe"), _Person("Ada Lind", ("A. M. Lind",)), _Person("Orl")]


def test_an_initialism_stands_for_the_person_whose_initials_it_is() -> None:
    kb = _People()
    assert initialled(kb, "BQV") == {"Brannoch Q. Velthorpe"}  # type: ignore[arg-type]
    assert initialled(kb, "AML") == {"Ada Lind", "A. M. Lind"}  # every name of the person  # type: ignore[arg-type]
    assert initialled(kb, "AL") == set()  # two letters are too often something else  # type: ignore[arg-type]
    assert initialled(kb, "Orl") == set()  # type: ignore[arg-type]
