"""The long-s reading of OCR'd old print (``vitrina.longs``) and search through it."""

import pytest

from vitrina import longs
from vitrina.qa import lexical

pytestmark = pytest.mark.skipif(lexical.wordnet() is None, reason="needs WordNet")


def test_an_unknown_f_spelling_reads_as_its_s_word():
    assert longs.reading("Houfe") == "House"
    assert longs.reading("obferved") == "observed"
    assert longs.reading("HOUFE") == "HOUSE"
    assert longs.reading("Mifs") == "Miss"


def test_a_word_as_written_is_never_read():
    for word in ("of", "after", "fact", "fine", "offer", "House", "fat"):
        assert longs.reading(word) is None


def test_a_final_f_and_a_name_reading_are_not_taken():
    assert longs.reading("Houf") is None  # the long s was not set at a word's end
    assert longs.reading("Falk") is None  # "Salk" is only a name


def test_query_words_get_their_f_spellings():
    assert longs.written_forms("house") == ("houfe",)
    assert "paffage" in longs.written_forms("passage")
    assert longs.written_forms("sat") == ()  # "fat" is a word of its own


def test_search_finds_the_f_spelling_under_the_modern_word(tmp_path):
    from vitrina.model import DocumentBuilder, Piece, SourceRef
    from vitrina.search import match_expressions, parse_query, search
    from vitrina.store import connect_readonly, write_exhibit

    builder = DocumentBuilder("gazette", "gazette.txt", "text")
    builder.section("A", "News")
    text = "The new Houfe of the Society was opened on Tuefday."
    block = builder.block("paragraph", [Piece(text, SourceRef(0, len(text), 1))])
    doc = builder.build()
    doc = doc.evolve(sentences=((block.start, block.end),))
    path = tmp_path / "g.db"
    write_exhibit(path, [("sha", doc)], [doc], [])
    conn = connect_readonly(path)
    try:
        result = search(conn, "house")
        assert result["total"] == 1 and "did_you_mean" not in result
        assert search(conn, "Houfe")["total"] == 1  # the written form too
        assert search(conn, "fat")["total"] == 0
    finally:
        conn.close()
    first = match_expressions(parse_query("house"))[0]
    assert first == '("house" OR "houfe")'
    assert match_expressions(parse_query("bird"))[0] == '"bird"'


def test_postgres_reads_a_group_of_alternatives():
    from vitrina.store.postgres import tsquery

    sql, params = tsquery('"bird" AND ("house" OR "houfe")')
    assert sql == ("(phraseto_tsquery('english', ?) && (phraseto_tsquery('english', ?)"
                   " || phraseto_tsquery('english', ?)))")
    assert params == ["bird", "house", "houfe"]


def test_a_title_printed_with_long_s_is_a_title():
    from vitrina.extract.entities import is_honorific

    assert is_honorific("Mifs") and is_honorific("Miss") and is_honorific("Mrs.")
    assert not is_honorific("Mufeum")


def test_an_f_spelling_whose_stem_is_a_words_is_not_searched():
    assert longs.written_forms("consider") == ()  # "confider" is stemmed as "confide" is
    assert longs.written_forms("severely") == ()  # "feverely" as "fever"
