"""qa/lexical.py: WordNet relations beyond synonyms and derived forms (invented words and phrases)."""

from __future__ import annotations

import bisect

from vitrina.qa.lexical import (
    AsciiLines,
    SortedLines,
    adverb_idiom,
    regular_forms,
    related,
    wordnet,
)
from vitrina.qa.weights import LEXICAL


def test_an_adjective_reaches_the_noun_it_is_a_value_of() -> None:
    near = related("heavy", "a")
    assert near.get("weight") == LEXICAL["attribute"]  # "how heavy" asks a weight
    assert "size" in related("large", "a") and "length" in related("long", "a")


def test_similar_adjectives_of_the_first_sense_only() -> None:
    assert related("heavy", "a").get("hefty") == LEXICAL["similar"]
    assert "harsh" not in related("heavy", "a")  # similar to a rarer sense of "heavy"


def test_a_phrasal_verb_reaches_the_usual_words_of_its_hypernym() -> None:
    near = related("kick_off", "v")  # inaugurate, kick off: its hypernym "start" is usually "begin"
    assert near.get("start") == LEXICAL["hypernym"]
    assert near.get("begin") == LEXICAL["hypernym"] * LEXICAL["synonym"]
    assert "begin" not in related("treaty", "n")


def test_multi_word_adverbs_are_known() -> None:
    assert adverb_idiom(("in", "the", "first", "place")) and adverb_idiom(("at", "all"))
    assert not adverb_idiom(("the", "first", "place")) and not adverb_idiom(("harbor",))


def test_loose_links_reach_a_rarer_sense_and_a_derived_synonym() -> None:
    from vitrina.qa.lexical import loosely_related

    assert "appoint" not in related("name", "v")  # a rarer sense of "name"
    assert loosely_related("name", "v").get("appoint") == LEXICAL["loose_synonym"]
    assert loosely_related("reply", "v").get("response") == LEXICAL["loose_derived"]  # reply (n) -> response
    assert "see" not in loosely_related("meet", "v")  # a stop word says too little


def test_irregular_forms_a_stemmer_cannot_join() -> None:
    from vitrina.qa.lexical import irregular_forms

    assert irregular_forms("send", "v") == {"sent"}
    assert {"gave", "given"} <= irregular_forms("give", "v")
    assert irregular_forms("mouse", "n") == {"mice"}
    assert irregular_forms("harbour", "n") == frozenset()


def test_fold_ascii_shortcut_agrees_with_full_folding() -> None:
    import unicodedata

    from vitrina.qa.lexical import fold

    def slow(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.replace("’", "'"))
        return "".join(c for c in text if not unicodedata.combining(c)).lower()

    for text in ("Harbour", "O'Neill", "ABC-12", "", "Café", "Ångström’s", "naïve Zoë", "ﬁne"):
        assert fold(text) == slow(text)
    assert fold("Café") == "cafe" and fold("Harbour's") == "harbour's"


def test_an_ascii_file_is_held_as_bytes_and_read_as_text() -> None:
    lines = AsciiLines(b"00000000 first line\n00000020 second line\n")
    lines.seek(20)  # a byte offset, as WordNet's data files give them
    assert lines.readline() == "00000020 second line\n"
    lines.seek(0)
    assert list(lines) == ["00000000 first line\n", "00000020 second line\n"]


def test_sorted_index_lines_are_bisected_by_their_first_word() -> None:
    lines = SortedLines(b"  a licence line\napple n 1 0 1 0 100\nbanana n 1 0 1 0 200\ncherry n 1 0 1 0 300\n")
    assert len(lines) == 3 and lines[1] == "banana"
    at = bisect.bisect_left(lines, "banana")
    assert lines.line(at) == "banana n 1 0 1 0 200"
    assert bisect.bisect_left(lines, "blueberry") == 2


def test_wordnet_data_files_take_one_byte_a_character() -> None:
    wn = wordnet()
    if wn is None:
        return
    wn.synsets("harbor", "n")  # reads the nouns' data file
    assert isinstance(wn._data_file("n"), AsciiLines)  # a StringIO held four bytes a character
    assert isinstance(wn._lemma_pos_offset_map._files[0], SortedLines)


def test_a_record_abbreviation_reads_as_its_verb() -> None:
    from vitrina.qa.lexical import base_forms, record_abbreviations

    assert "bury" in base_forms("bur") and "baptise" in base_forms("bapt")
    assert "bur" in record_abbreviations("buried") and "bapt" in record_abbreviations("baptized")
    assert record_abbreviations("carried") == [] and "d" not in record_abbreviations("died")  # one letter: never


def test_regular_forms_of_a_verb() -> None:
    assert {"died", "dies", "dying"} <= regular_forms("die")
    assert {"married", "marries"} <= regular_forms("marry")
    assert "pushes" in regular_forms("push")
    assert not regular_forms("x")
