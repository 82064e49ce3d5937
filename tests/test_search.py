"""Search: safe query parsing, escaped snippets, filters (own hand-made exhibits)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from vitrina.errors import UsageError
from vitrina.model import DateMention, DocumentBuilder, Entity, Event, Mention, Piece, SourceRef
from vitrina.search import bracket_bounds, match_expressions, parse_query, render_snippet, search
from vitrina.store import connect_readonly, write_exhibit


@pytest.fixture
def conn(sample_db: Path):
    with contextlib.closing(connect_readonly(sample_db)) as connection:
        yield connection


@pytest.fixture
def script_db(tmp_path: Path) -> Path:
    """One document whose text contains markup that must come out escaped."""
    builder = DocumentBuilder("notes", "notes.txt", "text")
    builder.section("A", "Field notes")
    text = 'The clerk wrote <script>alert("x")</script> & stamped the ledger in 1874.'
    block = builder.block("paragraph", [Piece(text, SourceRef(0, len(text), 1))])
    doc = builder.build()
    start = doc.text.index("1874")
    doc = doc.evolve(
        sentences=((block.start, block.end),),
        dates=(DateMention(start, start + 4, "1874"),),
        mentions=(Mention(doc.text.index("clerk"), doc.text.index("clerk") + 5, "person", "person-clerk"),),
    )
    path = tmp_path / "notes.db"
    write_exhibit(path, [("sha", doc)], [doc], [Entity("person-clerk", "person", "clerk")])
    return path


@pytest.mark.parametrize(
    "query",
    ['"', "*", "NEAR(", "-", "😀", 'Lind AND "', "museum: (opened", "NOT", "a OR", "^", "''", "Porto-",
     "café", "\u0000", "a" * 300, 'NEAR("Lind" "Porto", 2)'],
)
def test_hostile_queries_never_raise(conn, query: str) -> None:
    result = search(conn, query)
    assert set(result) == {"query", "total", "hits"}
    assert result["total"] >= len(result["hits"])


def test_parse_query_keeps_phrases_and_drops_operators() -> None:
    parsed = parse_query('"quiet crossing" AND Vell NEAR')
    assert parsed.terms == (("quiet", "crossing"), ("vell",))
    exprs = match_expressions(parsed)
    assert exprs[0] == '"quiet crossing" AND "vell"'
    assert any(" OR " in e for e in exprs)


@pytest.mark.parametrize(("query", "number"), [("80,000", ("80", "000")), ("toll 1.25 ducats", ("1", "25")),
                                               ("12'500", ("12", "500")), ("3\u202f400", ("3", "400"))])
def test_a_number_with_separators_is_one_phrase(query: str, number: tuple[str, ...]) -> None:
    """Round 37 red team D8: "80,000" found 35,000 and 95,000 (its groups searched each anywhere)."""
    parsed = parse_query(query)
    assert number in parsed.terms
    assert all(number[1:] != term for term in parsed.terms)  # the group after the separator is no word of its own
    assert all(" OR " not in e or f'"{" ".join(number)}"' in e for e in match_expressions(parsed))


def test_a_grouped_number_finds_only_itself(tmp_path: Path) -> None:
    from vitrina.pipeline import build

    source = tmp_path / "fees.txt"
    source.write_text("Fees\n\nThe bridge toll brought 42,000 florins.\n\nThe ferry brought 17,000 florins.\n")
    db = tmp_path / "x.db"
    build([source], db, jobs=1)
    with contextlib.closing(connect_readonly(db)) as connection:
        hits = search(connection, "42,000")["hits"]
    assert [h["text"] for h in hits] == ["The bridge toll brought 42,000 florins."]


def test_and_then_or_fallback(conn) -> None:
    both = search(conn, "Lind Porto")
    assert [h["document"] for h in both["hits"]] == ["harbor"]
    either = search(conn, "Lind Lisbon")  # no sentence has both: OR fallback
    assert {h["document"] for h in either["hits"]} == {"harbor", "voyage"}


def test_prefix_fallback(conn) -> None:
    assert search(conn, "schoon")["hits"][0]["text"].startswith("Lind inspects a model schooner")


def test_hit_fields_and_offsets(conn, sample_db: Path) -> None:
    hit = search(conn, "quiet crossing")["hits"][0]
    assert hit["document"] == "voyage" and hit["document_title"] == "A Quiet Crossing"
    assert hit["section_label"] == "1" and hit["section_title"] == "A Quiet Crossing"
    text = conn.execute("SELECT text FROM documents WHERE id = ?", (hit["document"],)).fetchone()[0]
    assert text[hit["start"]:hit["end"]] == hit["text"]
    assert "<mark>quiet</mark> <mark>crossing</mark>" in hit["snippet"]
    assert isinstance(hit["score"], float)


def test_snippet_is_escaped(script_db: Path) -> None:
    with contextlib.closing(connect_readonly(script_db)) as conn:
        hit = search(conn, "script ledger")["hits"][0]
    assert "<script>" not in hit["snippet"]
    assert "&lt;<mark>script</mark>&gt;" in hit["snippet"]
    assert "&amp;" in hit["snippet"] and "&quot;x&quot;" in hit["snippet"]
    assert "<script>" in hit["text"]  # the text itself is the source's


def test_render_snippet_cuts_long_text_around_match() -> None:
    text = "word " * 100 + "needle <b>" + " tail" * 100
    start = text.index("needle")
    snippet = render_snippet(text, [(start, start + 6)], max_chars=80)
    assert "<mark>needle</mark>" in snippet and "&lt;b&gt;" in snippet
    assert snippet.startswith("\u2026") and snippet.endswith("\u2026")
    assert len(snippet) < 140


def test_document_and_section_filters(conn) -> None:
    assert {h["document"] for h in search(conn, "Porto", document="voyage")["hits"]} == {"voyage"}
    assert search(conn, "Porto", document="nowhere")["total"] == 0
    assert search(conn, "Porto", section="1")["total"] == 2  # by label
    assert search(conn, "Porto", section="s0", document="harbor")["total"] == 1  # by id
    assert search(conn, "Porto", section="9")["total"] == 0


def test_entity_filter(conn) -> None:
    hits = search(conn, "Porto", entity="person-marco-vell")["hits"]
    assert [h["document"] for h in hits] == ["voyage"]
    assert search(conn, "museum", entity="place-lisbon")["total"] == 0


def test_date_filter_is_edtf_aware(conn) -> None:
    # "the summer of 1932" is a season: the year 1932 and a range overlap it
    assert [h["document"] for h in search(conn, "Porto", date="1932")["hits"]] == ["voyage"]
    assert search(conn, "Porto", date="1930/1933")["total"] == 1
    assert search(conn, "Porto", date="1932-07")["total"] == 1  # inside the summer
    assert search(conn, "Porto", date="1950")["total"] == 0
    assert search(conn, "museum", date="1925")["hits"][0]["text"].startswith("The museum held")


def test_a_date_range_open_at_one_end_reaches_as_far_as_the_dates_go(conn) -> None:
    def total(date: str) -> int:
        return search(conn, "Porto", date=date)["total"]

    assert total("../1933") == total("1000/1933") == 2
    assert total("../1931") == total("1000/1931") == 1  # the summer of 1932 is after
    assert total("1930/..") == total("1930/2500") == 1
    assert total("1933/") == total("1933/2500") == 0
    with pytest.raises(UsageError, match="cannot read the date"):
        search(conn, "Porto", date="../")  # open at both ends: no date at all


def test_filters_without_words_browse(conn) -> None:
    result = search(conn, "", date="1921")
    # the two sentences holding the day, and the credit the fixture gives as evidence of the event of that day
    assert result["total"] == 3
    assert sum("1921" in h["text"] for h in result["hits"]) == 2
    assert search(conn, "")["total"] == 0


def test_bad_date_is_a_usage_error(conn) -> None:
    with pytest.raises(UsageError):
        search(conn, "Porto", date="not a date at all")


def test_a_date_range_that_ends_before_it_starts_is_a_usage_error(conn) -> None:
    with pytest.raises(UsageError, match="ends before it starts .try 1930/1933"):
        search(conn, "Porto", date="1933/1930")
    with pytest.raises(UsageError, match="ends before it starts"):
        search(conn, "Porto", date="1933 to 1930")
    assert search(conn, "Porto", date="-0500/-0400")["total"] == 0  # BCE ranges in order still work


def test_limit(conn) -> None:
    assert len(search(conn, "Porto OR Lind OR museum", limit=1)["hits"]) == 1


@pytest.fixture
def ancient_db(tmp_path: Path) -> Path:
    """Two sentences dated before the common era, and one after it."""
    builder = DocumentBuilder("ruins", "ruins.txt", "text")
    builder.section("A", "Ruins")
    lines = ["The shrine was raised around 2200 BCE.", "The wall was raised in 630 BC.",
             "The wall was mended in AD 212."]
    blocks = [builder.block("paragraph", [Piece(line, SourceRef(i * 100, i * 100 + len(line), i + 1))])
              for i, line in enumerate(lines)]
    doc = builder.build()
    values = {"2200 BCE": "-2199~", "630 BC": "-0629", "AD 212": "0212"}
    dates = tuple(DateMention(doc.text.index(t), doc.text.index(t) + len(t), v) for t, v in values.items())
    doc = doc.evolve(sentences=tuple((b.start, b.end) for b in blocks), dates=dates)
    path = tmp_path / "ruins.db"
    write_exhibit(path, [("sha", doc)], [doc], [])
    return path


def test_dates_before_the_common_era_filter_in_time_order(ancient_db: Path) -> None:
    with contextlib.closing(connect_readonly(ancient_db)) as conn:
        def texts(date: str) -> list[str]:
            return sorted(h["text"].split(" raised")[0].split(" mended")[0] for h in search(conn, "", date=date)["hits"])

        assert texts("2200 BCE") == texts("-2199") == ["The shrine was"]
        assert texts("-2300/-1000") == ["The shrine was"]  # 630 BC is later than 1001 BC
        assert texts("-1000/-0001") == ["The wall was"]
        assert texts("1000 BC/AD 300") == ["The wall was", "The wall was"]
        assert texts("2200") == texts("0630") == []  # the years AD are other years


def test_a_snippet_starts_and_ends_at_a_brackets_boundary():
    """Round 42 red team, D21: a sentence split inside a bracketed note ('[' ends the sentence before) must not
    show the note's unmatched half; a list's marker and a matched word stay."""
    text = "aside] The lantern hung by the door."
    start = text.index("lantern")
    assert render_snippet(text, [[start, start + 7]]) == "\u2026The <mark>lantern</mark> hung by the door."
    assert bracket_bounds("We sailed at dawn (the tide", [[3, 9]]) == (0, len("We sailed at dawn"))
    assert bracket_bounds("b) the second oar [broken]", [[7, 13]]) == (0, 26)  # a list marker, a whole note
    assert bracket_bounds("aside] The lantern", [[0, 5]]) == (0, 18)  # the match is in it: kept
    assert render_snippet("The (boat) sank.", [[5, 9]]) == "The (<mark>boat</mark>) sank."


def test_cli_search_hit_shows_no_half_bracket():
    from vitrina.cli import hit_lines

    hit = {"document": "d", "document_title": "D", "start": 10, "end": 40, "text": "aside] The lantern hung.",
           "matches": [[11, 18]]}
    assert hit_lines(hit, styled=False)[1] == "  \u2026The lantern hung."


@pytest.fixture
def dateline_db(tmp_path: Path) -> Path:
    """A day written once, as a sentence of its own, for the act that follows it (an event dated by it)."""
    builder = DocumentBuilder("diary", "diary.txt", "text")
    builder.section("A", "Diary")
    text = "3.iv.1911. Found an owl's nest under the mill eaves. The weather was poor."
    block = builder.block("paragraph", [Piece(text, SourceRef(0, len(text), 1))])
    doc = builder.build()
    day = (block.start, block.start + text.index(" "))
    act = (block.start + text.index("Found"), block.start + text.index(" The weather"))
    later = (act[1] + 1, block.end)
    doc = doc.evolve(sentences=(day, act, later), dates=(DateMention(day[0], day[1] - 1, "1911-04-03"),),
                     events=(Event("diary:ev0", "Found an owl's nest", day[0], day[1] - 1, "1911-04-03",
                                   evidence=(day, act)),))
    path = tmp_path / "diary.db"
    write_exhibit(path, [("sha", doc)], [doc], [])
    return path


def test_a_date_filter_finds_the_sentence_of_an_act_dated_by_a_dateline(dateline_db: Path) -> None:
    with contextlib.closing(connect_readonly(dateline_db)) as conn:
        assert [h["text"] for h in search(conn, "owl", date="1911-04-03")["hits"]] == [
            "Found an owl's nest under the mill eaves."]
        assert search(conn, "owl", date="1911-04")["total"] == 1
        assert search(conn, "owl", date="1912")["total"] == 0  # the event's date, not any date
        assert search(conn, "weather", date="1911")["total"] == 0  # a sentence no event of the day states
