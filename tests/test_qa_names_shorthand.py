"""Everyday shorthand of a name the sources never write, read through WordNet (qa/names.wordnet_names,
``shorthand_synsets``): an initialism WordNet has, or the initials of a many-word WordNet name with its number."""

from __future__ import annotations

import pytest

from vitrina.qa.names import SHORTHAND, wordnet_names
from vitrina.qa.weights import ALIASES


@pytest.fixture(autouse=True)
def shorthand_on(monkeypatch):
    monkeypatch.setitem(ALIASES, "shorthand", 1)  # measured, off by default: the reading itself is tested


def test_an_initialism_wordnet_has_as_a_word():
    assert "United Nations" in wordnet_names("UN")


def test_initials_with_a_number_read_the_numbered_name():
    assert "World War II" in wordnet_names("WW2")
    assert "Second World War" in wordnet_names("WWII")


def test_ambiguous_initials_read_nothing():
    assert wordnet_names("TR") == set()  # a river, a state, a person …: no one name


def test_off_by_default_reads_nothing(monkeypatch):
    monkeypatch.setitem(ALIASES, "shorthand", 0)
    assert wordnet_names("WW2") == set()


def test_shorthand_shape():
    assert SHORTHAND.fullmatch("WW2") and SHORTHAND.fullmatch("NATO")
    assert not SHORTHAND.fullmatch("Kelm") and not SHORTHAND.fullmatch("W2")
