"""Caseless keys (round 41 red team DEF-01): a word a case-insensitive pattern found is read with the
key its table was stored with, whatever letters that case-change or normalise it is written with."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vitrina.caseless import Folded, fold, matchable
from vitrina.extract.dates import find_dates
from vitrina.extract.edtf_text import MONTHS, SEASONS, to_edtf
from vitrina.extract.numbers import ORDINALS, TENS, UNITS, find_numbers, find_ordinals, parse_number

# every letter re.IGNORECASE takes for an ASCII letter that str.lower() does not turn into it
TWINS = {"s": "ſ", "k": "\u212a", "i": "ı", "I": "İ"}
# letters whose case folding or compatibility form is another string
CHANGING = ["ß", "ẞ", "ﬁ", "ﬂ", "İ", "ı", "ς", "Σ", "ſ", "\u212a", "ŉ", "ǰ", "ﬀ"]


def test_matchable_maps_what_re_ignorecase_matches_and_keeps_length():
    text = "The firſt \u212aing of İstanbul ſaid ıt"
    assert matchable(text) == "The first King of Istanbul said it"
    assert len(matchable(text)) == len(text)
    for char in "ſ\u212aıİ":
        assert re.fullmatch(matchable(char), char, re.IGNORECASE)


def test_matchable_leaves_other_letters_alone():
    assert matchable("Straße ﬁrst ὀδός é") == "Straße ﬁrst ὀδός é"


def test_fold_is_one_key_for_case_normalisation_and_long_s():
    assert fold("Firſt") == fold("FIRST") == fold("first") == "first"
    assert fold("Straße") == fold("STRASSE") == "strasse"
    assert fold("ﬁfth") == "fifth"
    assert fold("ΟΔΟΣ") == fold("οδος") == fold("οδοσ")
    assert fold("İnn") == "inn"


def test_folded_table_reads_its_keys_however_written():
    table = Folded({"First": 1, "straße": 2})
    assert table["firſt"] == 1 and table["FIRST"] == 1 and "STRASSE" in table
    assert table.get("second") is None and "second" not in table and 3 not in table  # type: ignore[comparison-overlap]
    assert sorted(table) == ["first", "strasse"] and len(table) == 2


def _respell(word: str, picks: list[bool]) -> str:
    """``word`` with each letter that has an re.IGNORECASE twin written as that twin where ``picks`` says."""
    out = []
    for char, pick in zip(word, picks + [False] * len(word), strict=False):
        out.append(TWINS.get(char, char) if pick else char)
    return "".join(out)


KEYS = sorted({*UNITS, *TENS, *ORDINALS, *MONTHS, *SEASONS})


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(KEYS), st.lists(st.booleans(), max_size=12), st.booleans())
def test_every_table_key_respelt_is_the_same_key(key, picks, upper):
    word = _respell(key.upper() if upper else key, picks)
    assert fold(word) == key
    for table in (UNITS, TENS, ORDINALS, MONTHS, SEASONS):
        assert (word in table) == (key in table)


PHRASES = [
    "the {o} of March 1711", "on the twenty-{o} day", "{n} were saved", "in the summer of 1711",
    "the sixteenth century", "on 3 August 1711", "since September 1711", "{n} thousand men", "the {o} time",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PHRASES), st.sampled_from(sorted(ORDINALS)), st.sampled_from(sorted(UNITS)),
       st.lists(st.booleans(), max_size=40))
def test_scanners_read_respelt_text_as_the_plain_text(phrase, ordinal, number, picks):
    plain = phrase.format(o=ordinal, n=number)
    respelt = _respell(plain, picks)
    assert find_ordinals(respelt) == find_ordinals(plain)
    assert find_numbers(respelt) == find_numbers(plain)
    assert [(d.start, d.end, d.edtf) for d in find_dates(respelt)] == [(d.start, d.end, d.edtf) for d in find_dates(plain)]
    assert to_edtf(respelt) == to_edtf(plain)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(CHANGING), st.sampled_from([*KEYS, " ", "-", "1711", "the "])),
                min_size=1, max_size=24))
def test_scanners_never_fail_on_case_changing_letters(parts):
    text = "".join(parts)
    find_ordinals(text)
    find_numbers(text)
    find_dates(text)
    to_edtf(text)
    for word in text.split():
        parse_number(word)
