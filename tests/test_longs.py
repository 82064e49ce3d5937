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


def _exhibit(target):
    from vitrina.model import DocumentBuilder
    from vitrina.store import write_exhibit

    builder = DocumentBuilder("gazette", "gazette.txt", "text")
    builder.section(None, "News")
    for line in ("The new Houfe of the Society was opened on Tuefday.", "A fat ox was fold at the fair.",
                 "The house by the river was let."):
        builder.block("paragraph", line)
    doc = builder.build()
    write_exhibit(target, [("sha", doc)], [doc], [])
    return target


def _found(store, query):
    from vitrina.search import search

    return sorted(hit["text"] for hit in search(store, query, limit=20)["hits"])


def test_search_finds_the_f_spelling_under_the_modern_word(tmp_path):
    from vitrina.search import match_expressions, parse_query, search
    from vitrina.store import reading

    with reading(_exhibit(tmp_path / "g.db")) as kb:
        assert len(_found(kb, "house")) == 2 and "did_you_mean" not in search(kb, "house")
        assert _found(kb, "Houfe") == ["The new Houfe of the Society was opened on Tuefday."]
        assert _found(kb, "sat") == []  # "fat" is a word of its own
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


@pytest.mark.postgres
def test_postgresql_finds_the_same_f_spellings(tmp_path, pg_url):
    from vitrina.store import reading

    with reading(_exhibit(tmp_path / "s.db")) as one, reading(_exhibit(pg_url)) as other:
        for query in ("house", "Houfe", "society tuesday", "sold", "sat"):
            assert _found(one, query) == _found(other, query), query
        assert len(_found(other, "house")) == 2


def test_a_word_read_with_long_s_against_another_word() -> None:
    from vitrina.longs import long_s_of, s_key

    assert long_s_of("gofling", "gosling") and not long_s_of("gosling", "gofling")
    assert not long_s_of("fane", "sane")  # a word of its own, not far rarer than its reading
    assert not long_s_of("hoff", "hoss")  # the long s was never set at the end of a word
    assert s_key("gofling") == s_key("gosling") == "gosling" and s_key("hoff") == "hosf"
