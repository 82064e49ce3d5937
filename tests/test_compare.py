"""Sources compared, on small exhibits of our own sentences (no NLP needed)."""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from vitrina.cli import main
from vitrina.compare import compare, counts, load_comparisons, store_comparisons, summary_of
from vitrina.model import (
    DateMention,
    Document,
    DocumentBuilder,
    Entity,
    Event,
    Mention,
    Piece,
    Quantity,
    Quote,
    SourceRef,
)
from vitrina.store import write_exhibit

ENTITIES = {
    "Harbor Accord": Entity("other-harbor-accord", "other", "Harbor Accord"),
    "Harbor War": Entity("other-harbor-war", "other", "Harbor War"),
    "Lind": Entity("person-ada-lind", "person", "Ada Lind"),
    "Porto": Entity("place-porto", "place", "Porto", (), 41.15, -8.61),
    "Lisbon": Entity("place-lisbon", "place", "Lisbon", (), 38.72, -9.14),
    "Vell": Entity("person-marco-vell", "person", "Marco Vell"),
    "Sora": Entity("person-ida-sora", "person", "Ida Sora"),
    "Faro": Entity("place-faro", "place", "Faro", (), 37.02, -7.93),
    "Braga": Entity("place-braga", "place", "Braga", (), 41.55, -8.42),
    "Minho": Entity("place-minho", "place", "Minho", (), 41.7, -8.3),
}


def _doc(doc_id: str, sentences: list[str], dates: dict[str, str] | None = None,
         amounts: dict[str, tuple[float, str, str | None]] | None = None,
         quotes: dict[str, str] | None = None) -> Document:
    """One paragraph per sentence; names of ENTITIES become mentions; ``dates`` (text → EDTF)
    become dated events; ``amounts`` quantities; ``quotes`` (text → speaker id) quotations."""
    builder = DocumentBuilder(doc_id, f"{doc_id}.txt", "text")
    builder.section("1", [Piece(doc_id, SourceRef(0, len(doc_id), 1))])
    for line, sentence in enumerate(sentences, start=2):
        builder.block("paragraph", [Piece(sentence, SourceRef(line * 200, line * 200 + len(sentence), line))])
    doc = builder.build()
    text = doc.text
    spans = tuple((b.start, b.end) for b in doc.blocks if b.kind == "paragraph")
    mentions = []
    for name, entity in ENTITIES.items():
        for m in re.finditer(re.escape(name), text):
            mentions.append(Mention(m.start(), m.end(), entity.type, entity.id))
    date_mentions, events = [], []
    for n, (written, edtf) in enumerate((dates or {}).items()):
        start = text.index(written)
        date_mentions.append(DateMention(start, start + len(written), edtf))
        sentence = next(s for s in spans if s[0] <= start < s[1])
        inside = tuple(m.entity for m in mentions if sentence[0] <= m.start < sentence[1] and m.type != "place")
        places = tuple(m.entity for m in mentions if sentence[0] <= m.start < sentence[1] and m.type == "place")
        events.append(Event(f"v{n}", text[sentence[0]:sentence[1]], start, start + len(written), edtf,
                            inside, places, (sentence,)))
    quantities = []
    for n, (written, (value, unit, qualifier)) in enumerate((amounts or {}).items()):
        start = text.index(written)
        quantities.append(Quantity(f"q{n}", start, start + len(written), value, unit, qualifier))
    quotations = []
    for n, (written, speaker) in enumerate((quotes or {}).items()):
        start = text.index(written)
        quotations.append(Quote(f"u{n}", start, start + len(written), "quotation", speaker, None))
    return doc.evolve(sentences=spans, mentions=tuple(sorted(mentions, key=lambda m: m.start)),
                      dates=tuple(date_mentions), events=tuple(events), quantities=tuple(quantities),
                      quotes=tuple(quotations))


def _db(tmp_path: Path, *docs: Document) -> sqlite3.Connection:
    path = tmp_path / "exhibit.db"
    write_exhibit(path, [("sha-" + d.id, d) for d in docs], list(docs), list(ENTITIES.values()),
                  derive=(store_comparisons,))
    return sqlite3.connect(path)


def _verdicts(conn: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    return [(c.verdict, [s.text for s in c.statements]) for c in compare(conn)]


def test_same_named_event_same_date_in_other_words_agree(tmp_path):
    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["The Harbor Accord of May 4, 1921 closed the long strike at the docks."],
             {"May 4, 1921": "1921-05-04"})
    assert _verdicts(_db(tmp_path, a, b)) == [("agree", ["May 4, 1921", "May 4, 1921"])]


def test_a_month_and_a_day_within_it_are_consistent(tmp_path):
    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["The Harbor Accord of May 1921 ended the strike."], {"May 1921": "1921-05"})
    assert _verdicts(_db(tmp_path, a, b)) == [("consistent", ["May 4, 1921", "May 1921"])]


def test_same_act_on_incompatible_dates_differ(tmp_path):
    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["The Harbor Accord of June 9, 1922 ended the dock strike."], {"June 9, 1922": "1922-06-09"})
    found = compare(_db(tmp_path, a, b))
    assert [c.verdict for c in found] == ["differ"]
    assert found[0].grouping and len(found[0].reasons) == 1


def test_another_act_of_the_same_thing_is_uncertain_not_a_contradiction(tmp_path):
    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["The city council finally ratified the Harbor Accord in March 1923."],
             {"March 1923": "1923-03"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["uncertain"]


def test_namesakes_far_apart_in_time_are_not_compared(tmp_path):
    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["The Harbor Accord of 1850 ended the dock strike."], {"1850": "1850"})
    assert compare(_db(tmp_path, a, b)) == []


def test_a_lasting_event_never_contradicts(tmp_path):
    a = _doc("a", ["The Harbor War of 1921 closed the port."], {"1921": "1921"})
    b = _doc("b", ["The Harbor War of 1923 closed the port."], {"1923": "1923"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["uncertain"]


def test_statements_in_one_document_only_are_not_compared(tmp_path):
    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike.",
                   "The Harbor Accord of June 9, 1922 ended the dock strike."],
             {"May 4, 1921": "1921-05-04", "June 9, 1922": "1922-06-09"})
    assert compare(_db(tmp_path, a)) == []


def test_quantities_about_and_exact_are_consistent_far_values_differ(tmp_path):
    a = _doc("a", ["Lind carried 1,200 passengers to Porto in 1921."],
             amounts={"1,200 passengers": (1200.0, "passengers", None)})
    b = _doc("b", ["Lind carried about 1,250 passengers to Porto in 1921."],
             amounts={"about 1,250 passengers": (1250.0, "passengers", "about")})
    c = _doc("c", ["Lind carried 2,900 passengers to Porto in 1921."],
             amounts={"2,900 passengers": (2900.0, "passengers", None)})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["consistent"]
    assert [v for v, _ in _verdicts(_db(_fresh(tmp_path / "other"), a, c))] == ["differ"]


def test_a_part_and_a_total_are_not_the_same_thing(tmp_path):
    a = _doc("a", ["Lind lent $11 million to Porto."], amounts={"$11 million": (11e6, "USD", None)})
    b = _doc("b", ["Lind lent $50 million in total."], amounts={"$50 million": (50e6, "USD", None)})
    assert compare(_db(tmp_path, a, b)) == []


def test_quotations_by_one_speaker(tmp_path):
    words = "every ship deserves a story and a harbor to come home to"
    a = _doc("a", [f"Lind said that {words}."], quotes={words: "person-ada-lind"})
    b = _doc("b", ["Lind wrote that every ship deserves a story."],
             quotes={"every ship deserves a story": "person-ada-lind"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["consistent"]


def test_stored_comparisons_filter_and_cite_the_source(tmp_path):
    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["The Harbor Accord of May 1921 ended the strike."], {"May 1921": "1921-05"})
    conn = _db(tmp_path, a, b)
    found = load_comparisons(conn, entity="other-harbor-accord")
    assert counts(found)["consistent"] == 1
    assert load_comparisons(conn, document="nowhere") == []
    texts = dict(conn.execute("SELECT id, text FROM documents"))
    for statement in found[0]["statements"]:
        assert texts[statement["document"]][statement["start"]:statement["end"]] == statement["text"]


def test_cli_compare_lists_groups_and_prints_json(tmp_path):
    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["The Harbor Accord of June 9, 1922 ended the dock strike."], {"June 9, 1922": "1922-06-09"})
    _db(tmp_path, a, b).close()
    db = str(tmp_path / "exhibit.db")
    result = CliRunner().invoke(main, ["compare", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "DIFFER: date of Harbor Accord"
    assert result.output.rstrip().endswith("1 group: 1 differ")
    data = json.loads(CliRunner().invoke(main, ["compare", "--db", db, "--json"]).output)
    assert data["counts"]["differ"] == 1
    empty = CliRunner().invoke(main, ["compare", "--db", db, "--verdict", "agree"])
    assert empty.output.strip() == "No comparison with verdict agree."  # not "no statement in two documents"


def _fresh(folder: Path) -> Path:
    folder.mkdir()
    return folder


def test_compare_page_and_its_json_twin(tmp_path):
    from starlette.testclient import TestClient

    from vitrina.web.app import create_app

    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["The Harbor Accord of June 9, 1922 ended the dock strike."], {"June 9, 1922": "1922-06-09"})
    _db(tmp_path, a, b).close()
    with TestClient(create_app(tmp_path / "exhibit.db")) as client:
        page = client.get("/compare")
        assert page.status_code == 200
        assert "Sources differ" in page.text and "June 9, 1922" in page.text
        twin = client.get("/compare.json?verdict=differ").json()
        assert twin["counts"]["differ"] == 1
        assert twin["comparisons"][0]["statements"][0]["url"].startswith("/documents/a?hl=")
        assert client.get("/compare.json?verdict=agree").json()["comparisons"] == []
        unknown = client.get("/compare.json?verdict=contradicts")
        assert unknown.status_code == 400 and "use one of differ" in unknown.json()["error"]
        entity = client.get("/entities/other-harbor-accord")
        assert "compare the sources" in entity.text
        summary = client.get("/entities/other-harbor-accord.json").json()["compared"]
        assert (summary["groups"], summary["documents"], summary["counts"]["differ"]) == (1, 2, 1)


def test_summary_of_counts_only_the_groups_about_the_entity():
    groups = [{"entities": ["other-accord"], "documents": ["a", "b"], "verdict": "differ"},
              {"entities": ["other-accord", "place-porto"], "documents": ["b", "c"], "verdict": "agree"},
              {"entities": ["place-porto"], "documents": ["d", "e"], "verdict": "agree"}]
    summary = summary_of(groups, "other-accord")
    assert summary is not None
    assert (summary["groups"], summary["documents"]) == (2, 3)
    assert summary["counts"]["differ"] == 1 and summary["counts"]["agree"] == 1
    assert summary["url"] == "/compare?entity=other-accord"
    assert summary_of(groups, "person-nobody") is None


def test_compare_page_is_paged_with_counts_over_every_group(tmp_path, monkeypatch):
    from starlette.testclient import TestClient

    from vitrina.web import compare_page
    from vitrina.web.app import create_app

    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike.",
                   "The Harbor War began on March 2, 1918 at Porto."],
             {"May 4, 1921": "1921-05-04", "March 2, 1918": "1918-03-02"})
    b = _doc("b", ["The Harbor Accord of June 9, 1922 ended the dock strike.",
                   "The Harbor War began on April 7, 1919 at Porto."],
             {"June 9, 1922": "1922-06-09", "April 7, 1919": "1919-04-07"})
    _db(tmp_path, a, b).close()
    monkeypatch.setattr(compare_page, "COMPARE_PAGE", 1)
    with TestClient(create_app(tmp_path / "exhibit.db")) as client:
        first = client.get("/compare.json").json()
        assert (first["count"], first["pages"], sum(first["counts"].values())) == (2, 2, 2)
        assert len(first["comparisons"]) == 1
        second = client.get("/compare.json?page=2").json()
        assert second["comparisons"][0]["subject"] != first["comparisons"][0]["subject"]
        assert 'href="/compare?page=2" rel="next"' in client.get("/compare").text
        assert "rel=\"next\"" not in client.get("/compare?verdict=differ").text  # one group: one page
        assert client.get("/compare?page=3").status_code == 404


def test_annotations_export_assesses_each_group_with_every_statement_as_target(tmp_path):
    from vitrina.export.annotations import write

    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["The Harbor Accord of June 9, 1922 ended the dock strike."], {"June 9, 1922": "1922-06-09"})
    _db(tmp_path, a, b).close()
    from vitrina.store import connect_readonly

    conn = connect_readonly(tmp_path / "exhibit.db")
    items = json.loads(write(conn, None) or "{}")["first"]["items"]
    assessing = [i for i in items if i["motivation"] == "assessing"]
    assert len(assessing) == 1
    assert assessing[0]["body"]["value"].startswith("differ: date of Harbor Accord")
    exact = sorted(t["selector"][0]["exact"] for t in assessing[0]["target"])
    assert exact == ["June 9, 1922", "May 4, 1921"]


def test_amounts_in_the_same_phrase_differ_though_the_clauses_are_told_differently(tmp_path):
    a = _doc("a", ["By winter the troops of Vell stood within twenty miles of Porto."],
             amounts={"twenty miles": (20.0, "miles", None)})
    b = _doc("b", ["The army of Vell drove on until it was within fifteen miles of Porto."],
             amounts={"fifteen miles": (15.0, "miles", None)})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]


def test_the_same_quotation_attributed_to_another_speaker_is_a_contradiction(tmp_path):
    words = "every ship deserves a story and a harbor to come home to"
    a = _doc("a", [f"Lind said that {words}."], quotes={words: "person-ada-lind"})
    b = _doc("b", [f"Vell wrote that {words}."], quotes={words: "person-marco-vell"})
    found = compare(_db(tmp_path, a, b))
    assert [c.verdict for c in found] == ["differ"]
    assert "another speaker" in found[0].reasons[0]["reason"]


def test_a_speaker_not_named_in_the_sentence_is_no_misattribution(tmp_path):
    words = "every ship deserves a story and a harbor to come home to"
    a = _doc("a", [f"Lind said that {words}."], quotes={words: "person-ada-lind"})
    b = _doc("b", [f"Later he wrote that {words}."], quotes={words: "person-marco-vell"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["agree"]


def test_unnamed_act_with_compatible_dates_groups_and_vague_decades_do_not(tmp_path):
    a = _doc("a", ["Lind and Vell sailed to Porto on May 4, 1921."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["In May 1921 Lind and Vell sailed together to Porto."], {"May 1921": "1921-05"})
    c = _doc("c", ["Lind and Vell often stayed in Porto in the 1920s."], {"the 1920s": "192X"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["consistent"]
    assert compare(_db(_fresh(tmp_path / "vague"), a, c)) == []


def test_the_same_act_dated_days_apart_is_a_misdating_and_years_apart_maybe_a_repeat(tmp_path):
    a = _doc("a", ["Lind lifted the Porto blockade on May 11, 1921."], {"May 11, 1921": "1921-05-11"})
    b = _doc("b", ["Lind lifted the Porto blockade on May 12, 1921."], {"May 12, 1921": "1921-05-12"})
    c = _doc("c", ["On May 12, 1923, the Porto blockade was lifted by Lind after the flood."],
             {"May 12, 1923": "1923-05-12"})
    d = _doc("d", ["On May 12, 1923, the Porto blockade was lifted by Vell."], {"May 12, 1923": "1923-05-12"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]
    # round 41: the same act of the same doer in nearly the same words is one occasion, told two years apart
    assert [v for v, _ in _verdicts(_db(_fresh(tmp_path / "years"), a, c))] == ["differ"]
    # another doer than the other names: maybe a repeat
    assert [v for v, _ in _verdicts(_db(_fresh(tmp_path / "doer"), a, d))] in ([], ["uncertain"])


def test_the_same_words_decades_apart_tell_another_act(tmp_path):
    a = _doc("a", ["Lind and Vell signed a peace at Porto in 1763."], {"1763": "1763"})
    b = _doc("b", ["Lind and Vell signed a peace at Porto in 1783."], {"1783": "1783"})
    assert compare(_db(tmp_path, a, b)) == []


def test_year_dates_two_years_apart_are_a_misdating_only_of_one_occasion(tmp_path):
    a = _doc("a", ["Lind lifted the Porto blockade in 1921."], {"1921": "1921"})
    b = _doc("b", ["In 1923 the Porto blockade was lifted by Lind."], {"1923": "1923"})
    c = _doc("c", ["In 1923 the Porto blockade was lifted by Lind, who had sailed north from Faro with three hired "
                   "merchant ships that spring."],
             {"1923": "1923"})
    # round 41: one act, one doer, the same words besides the dates: one occasion misdated
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]
    # a sentence that tells more than the act (few words in common): maybe a repeat
    assert [v for v, _ in _verdicts(_db(_fresh(tmp_path / "more"), a, c))] == ["uncertain"]


def test_consecutive_years_of_one_act_by_one_doer_are_a_misdating(tmp_path):
    # the same doer, act and thing acted on, in two consecutive years: one act misdated (round 15)
    a = _doc("a", ["Lind lifted the Porto blockade in 1921."], {"1921": "1921"})
    b = _doc("b", ["In 1922 the Porto blockade was lifted by Lind."], {"1922": "1922"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]


# --- a sentence retold (a panel retelling an essay), on invented sentences ------------------------

def test_a_sentence_retold_with_another_year_is_a_contradiction(tmp_path):
    a = _doc("a", ["In 1921, the council of Porto authorized a survey of the northern harbor walls."],
             {"1921": "1921"})
    b = _doc("b", ["In 1923, the council of Porto authorized a survey of the northern harbor walls "
                   "to settle a long quarrel."], {"1923": "1923"})
    found = compare(_db(tmp_path, a, b))
    assert [c.verdict for c in found] == ["differ"]
    assert found[0].grouping.startswith("the same sentence retold")


def test_a_sentence_retold_with_the_same_amount_agrees_and_another_differs(tmp_path):
    a = _doc("a", ["The guild asked the harbor towns to provide 40 barrels of tar for the new docks."],
             amounts={"40 barrels": (40.0, "barrels", None)})
    b = _doc("b", ["Under the charter, the guild asked the harbor towns to provide 40 barrels of tar for the docks."],
             amounts={"40 barrels": (40.0, "barrels", None)})
    c = _doc("c", ["The guild asked the harbor towns to provide 60 barrels of tar for the new docks."],
             amounts={"60 barrels": (60.0, "barrels", None)})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["agree"]
    assert [v for v, _ in _verdicts(_db(_fresh(tmp_path / "other"), a, c))] == ["differ"]


def test_a_formula_told_of_other_people_is_not_a_sentence_retold(tmp_path):
    a = _doc("a", ["The harbor master, Ada Lind, kept the office she had held since 1921."], {"1921": "1921"})
    b = _doc("b", ["The harbor master, Marco Vell, kept the office he had held since 1930."], {"1930": "1930"})
    assert "differ" not in [v for v, _ in _verdicts(_db(tmp_path, a, b))]


def test_a_heading_is_not_a_statement_retold(tmp_path):
    a = _doc("a", ["The Harbor Accord and the dock strike, 1921"], {"1921": "1921"})
    b = _doc("b", ["The Harbor Accord and the dock strike, 1925"], {"1925": "1925"})
    assert "differ" not in [v for v, _ in _verdicts(_db(tmp_path, a, b))]


def test_the_same_words_resolved_to_other_dates_are_not_a_contradiction(tmp_path):
    a = _doc("a", ["The following spring, Lind returned to Porto with a larger fleet."], {"The following spring": "1921-21"})
    b = _doc("b", ["The following spring, Lind returned to Porto with a larger fleet of ships."],
             {"The following spring": "1922-21"})
    assert "differ" not in [v for v, _ in _verdicts(_db(tmp_path, a, b))]


def test_bounds_of_one_direction_differ_unless_one_rounds_the_other():
    from vitrina.compare import _bounds_relation

    assert _bounds_relation(180_000, 187_000, "lower") == "consistent"  # "more than 180,000" / "more than 187,000"
    assert _bounds_relation(3_500_000, 3_250_000, "upper") == "differ"  # "up to 3.5 million" / "up to 3.25 million"
    assert _bounds_relation(2_000_000, 10_000_000, "upper") == "differ"


def test_alignment_finds_the_value_in_the_same_place():
    from vitrina.retold import align

    a = "In 1851, the guild sent a mission to Porto."
    b = "In 1852, the guild sent a mission to Porto to buy tar."
    found = align((a, 0, (3, 7)), (b, 100, (103, 107)), frozenset({"in", "the", "a", "to"}))
    assert found is not None and found.share == 1.0 and found.context >= 2
    moved = "The guild sent a mission to Porto in 1852."
    assert align((a, 0, (3, 7)), (moved, 100, (100 + moved.index("1852"), 100 + moved.index("1852") + 4)),
                 frozenset()) is None


# --- frames of statements (parsed clauses), on invented sentences ------------------------------

def test_frame_of_a_date_names_its_predicate_theme_and_aspect():
    from vitrina.frames import frames

    lifted = "On May 4, 1921, the fleet of Vell lifted the blockade of Porto."
    signed = "The charter they signed on May 4, 1921 set out ten rules for the harbor."
    found = frames([(0, lifted), (100, signed)],
                   [[(3, 14)], [(100 + signed.index("May"), 100 + signed.index("May") + 11)]])
    first, second = found[0][0], found[1][0]
    assert "lifted" in first.predicate and "blockade" in first.theme and first.aspect == "end"
    assert "porto" in first.words and "may" not in first.words
    assert second.predicate == ("signed",) and "charter" in second.theme and "rules" not in second.words


def test_the_same_act_told_by_a_verb_and_by_its_noun_is_one_act(tmp_path):
    a = _doc("a", ["On May 4, 1921, Vell invaded Porto."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["Vell launched the invasion of Porto on May 4, 1921."], {"May 4, 1921": "1921-05-04"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["agree"]


def test_an_act_told_by_its_verb_and_by_a_light_verb_with_its_noun_given_two_dates_is_misdated(tmp_path):
    from vitrina import compare as C
    from vitrina.store.read import as_knowledge_base

    a = _doc("a", ["On May 11, 1921, Vell proclaimed the neutrality of Porto."], {"May 11, 1921": "1921-05-11"})
    b = _doc("b", ["Vell issued a proclamation of Porto neutrality on May 13, 1921."], {"May 13, 1921": "1921-05-13"})
    c = _doc("c", ["Vell issued a decree on Porto neutrality on May 13, 1921."], {"May 13, 1921": "1921-05-13"})
    kb = as_knowledge_base(_db(tmp_path, a, b, c))
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    dated = {s.document: s for s in C._statements(kb, kinds, []) if s.kind in C._DATE_KINDS}
    assert C._one_act_misdated(dated["a"], dated["b"])  # proclaimed / issued a proclamation: one act
    assert not C._one_act_misdated(dated["a"], dated["c"])  # a decree is not the noun of "proclaim"


def test_a_predicate_and_a_manner_of_it_are_one_act_and_other_verbs_are_not():
    from vitrina import compare as C

    assert C._manner_of(("mailed",), ("forwarded",)) or C._manner_of(("sent",), ("forwarded",))
    assert C._manner_of(("forwarded",), ("sent",))  # forwarding is a way of sending, either way round
    assert not C._manner_of(("signed",), ("ratified",))
    assert not C._manner_of(("opened",), ("closed",))


def test_one_act_given_two_close_dates_in_other_words_is_a_contradiction(tmp_path):
    a = _doc("a", ["The navy of Vell lifted the blockade on May 11, 1921, after long talks."],
             {"May 11, 1921": "1921-05-11"})
    b = _doc("b", ["On May 14, 1921, Vell lifted his blockade of Porto."], {"May 14, 1921": "1921-05-14"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]


def test_the_start_and_the_end_of_one_thing_are_never_a_contradiction(tmp_path):
    a = _doc("a", ["Vell opened the talks with Lind on May 4, 1921."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["Vell ended the talks with Lind on June 9, 1921."], {"June 9, 1921": "1921-06-09"})
    assert "differ" not in [v for v, _ in _verdicts(_db(tmp_path, a, b))]


def test_overlapping_spans_of_days_at_one_place_are_one_gathering(tmp_path):
    a = _doc("a", ["At Porto, from May 4 to 9, 1921, Lind and Vell sat together."],
             {"from May 4 to 9, 1921": "1921-05-04/1921-05-09"})
    b = _doc("b", ["Lind met Vell in Porto from May 6 to 9, 1921."], {"from May 6 to 9, 1921": "1921-05-06/1921-05-09"})
    c = _doc("c", ["Lind and Vell met in Porto in May 1921."], {"May 1921": "1921-05"})
    found = _verdicts(_db(tmp_path, a, b, c))
    assert found and found[0][0] == "differ"  # each span gives the whole gathering: not one inside the other
    assert set(found[0][1]) == {"from May 4 to 9, 1921", "from May 6 to 9, 1921", "May 1921"}


def test_amounts_listed_beside_the_same_other_amounts_measure_the_same(tmp_path):
    a = _doc("a", ["The fleet of Vell carried roughly 3,000 men, 120 guns and 40 horses."],
             amounts={"roughly 3,000 men": (3000.0, "men", "roughly"), "120 guns": (120.0, "guns", None)})
    b = _doc("b", ["The army of Vell, which counted more than 3,500 men, 120 guns and 40 horses, reached Porto."],
             amounts={"more than 3,500 men": (3500.0, "men", "more than"), "120 guns": (120.0, "guns", None)})
    # (the 40 horses no amount here reads are counted by their noun since round 57: they agree too)
    assert sorted(v for v, _ in _verdicts(_db(tmp_path, a, b))) == ["agree", "agree", "differ"]


def test_amounts_of_the_same_measured_thing_by_the_same_act_differ(tmp_path):
    a = _doc("a", ["The money for the Harbor Accord eventually rose to about $10 million."],
             amounts={"about $10 million": (1e7, "usd", "about")})
    b = _doc("b", ["Lind approved money that would rise to over $12 million for the Harbor Accord."],
             amounts={"over $12 million": (1.2e7, "usd", "over")})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]


def test_an_unattributed_quotation_with_a_word_altered_is_a_contradiction(tmp_path):
    words = "the opening of every harbor to the ships of all nations without delay or toll"
    altered = words.replace("delay", "pause")
    a = _doc("a", [f"The accord called for “{words}”."], quotes={words: None})
    b = _doc("b", [f"The accord asked for “{altered}”."], quotes={altered: None})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]


def test_a_short_quotation_is_compared_only_in_sentences_naming_the_same_things(tmp_path):
    a = _doc("a", ["Lind and Vell threatened Porto with “swift and total ruin” that spring."],
             quotes={"swift and total ruin": None})
    b = _doc("b", ["Lind and Vell warned Porto of “swift and utter ruin” if it resisted."],
             quotes={"swift and utter ruin": None})
    c = _doc("c", ["The storm brought “swift and total ruin” to the coast."], quotes={"swift and total ruin": None})
    found = _verdicts(_db(tmp_path, a, b, c))
    assert [v for v, _ in found] == ["differ"] and "swift and total ruin" in found[0][1]
    assert len(found[0][1]) == 2


def test_a_date_offset_from_another_act_is_never_that_acts_date():
    from vitrina.frames import frames

    text = "In June 1921, a month after Vell sailed to Porto, Lind wrote the letter."
    found = frames([(0, text)], [[(3, 12)]])[0][0]
    assert found is None or "sailed" not in found.predicate


def test_the_same_act_told_of_two_places_is_never_a_contradiction(tmp_path):
    a = _doc("a", ["Vell opened the talks with Lind in Porto on May 4, 1921."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["Vell opened the talks with Lind in Lisbon on June 1, 1921."], {"June 1, 1921": "1921-06-01"})
    assert "differ" not in [v for v, _ in _verdicts(_db(tmp_path, a, b))]


def test_one_of_several_amounts_of_a_unit_in_a_sentence_is_never_a_contradiction(tmp_path):
    a = _doc("a", ["The fleet of Vell carried 300 tons of grain for Porto and 200 tons for Lisbon."],
             amounts={"300 tons": (300.0, "tons", None), "200 tons": (200.0, "tons", None)})
    b = _doc("b", ["The fleet of Vell carried 250 tons of grain that year."], amounts={"250 tons": (250.0, "tons", None)})
    assert "differ" not in [v for v, _ in _verdicts(_db(tmp_path, a, b))]


def test_a_span_of_days_and_the_month_it_began_in_are_consistent(tmp_path):
    a = _doc("a", ["Lind and Vell met in Porto from May 28 to June 2, 1921."],
             {"from May 28 to June 2, 1921": "1921-05-28/1921-06-02"})
    b = _doc("b", ["The meeting of Lind and Vell occurred in Porto in May 1921."], {"May 1921": "1921-05"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["consistent"]


def test_the_same_day_with_two_of_the_same_participants_is_one_act(tmp_path):
    a = _doc("a", ["On May 4, 1921, Lind told Vell about the new harbor."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["The talk between Lind and Vell on May 4, 1921 is well known."], {"May 4, 1921": "1921-05-04"})
    c = _doc("c", ["On May 4, 1921, Lind sailed for Lisbon."], {"May 4, 1921": "1921-05-04"})
    found = compare(_db(tmp_path, a, b, c))
    assert [(c.verdict, c.documents) for c in found] == [("agree", ["a", "b"])]


def test_the_same_amount_with_a_shared_holder_agrees_and_another_amount_without_one_is_apart(tmp_path):
    a = _doc("a", ["Delegates of 44 guilds gathered at Porto to found the Harbor Accord."],
             amounts={"44 guilds": (44.0, "guilds", None)})
    b = _doc("b", ["The Porto meeting was attended by delegates from 44 guilds."], amounts={"44 guilds": (44.0, "guilds", None)})
    c = _doc("c", ["Vell counted 44 guilds in Lisbon."], amounts={"44 guilds": (44.0, "guilds", None)})
    found = compare(_db(tmp_path, a, b, c))
    assert [(g.verdict, g.documents) for g in found] == [("agree", ["a", "b"])]


def test_a_sentence_retold_with_another_place_contradicts_where(tmp_path):
    a = _doc("a", ["On May 4, 1921, Lind signed the harbor charter at Porto with the river guilds."],
             {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["On May 4, 1921, Lind signed the harbor charter at Lisbon with the river guilds."],
             {"May 4, 1921": "1921-05-04"})
    found = compare(_db(tmp_path, a, b))
    assert sorted((c.kind, c.verdict) for c in found) == [("happening-date", "agree"), ("participant", "differ")]
    where = next(c for c in found if c.kind == "participant")
    assert [s.text for s in where.statements] == ["Porto", "Lisbon"]
    assert set(where.entities) == {"place-porto", "place-lisbon"}


def test_another_person_with_another_date_is_another_statement(tmp_path):
    a = _doc("a", ["The harbor master, Ada Lind, kept the office she had held since May 1921."],
             {"May 1921": "1921-05"})
    b = _doc("b", ["The harbor master, Marco Vell, kept the office he had held since May 1922."],
             {"May 1922": "1922-05"})
    assert [c.kind for c in compare(_db(tmp_path, a, b)) if c.verdict == "differ"] == []


def test_a_clause_retold_inside_a_longer_sentence_is_one_statement(tmp_path):
    a = _doc("a", ["Lind and Vell drafted a harbor charter on March 2, 1920, but the council cut it down "
                   "and adopted a revised charter on May 9, 1922."],
             {"March 2, 1920": "1920-03-02", "May 9, 1922": "1922-05-09"})
    b = _doc("b", ["After long quarrels between the river guilds and the northern towns, the council adopted "
                   "a revised charter on May 9, 1921."], {"May 9, 1921": "1921-05-09"})
    found = [c for c in compare(_db(tmp_path, a, b)) if c.verdict == "differ"]
    assert [[s.text for s in c.statements] for c in found] == [["May 9, 1922", "May 9, 1921"]]


def test_a_date_before_another_clause_does_not_date_the_name_in_it(tmp_path):
    a = _doc("a", ["The harbor master Lind arrived in Porto in 1919, and the guilds signed their first charter, "
                   "the Harbor Accord, in 1921."], {"1919": "1919", "1921": "1921"})
    b = _doc("b", ["The guilds signed their first charter, sometimes called the Harbor Accord, in 1921."],
             {"1921": "1921"})
    found = compare(_db(tmp_path, a, b))
    assert [(c.verdict, [s.text for s in c.statements]) for c in found] == [("agree", ["1921", "1921"])]


def test_a_sentence_retold_with_another_number_where_no_amount_was_read_differs(tmp_path):
    a = _doc("a", ["The council approved the Porto charter by a vote of 41-14 on June 18, 1921."],
             {"June 18, 1921": "1921-06-18"})
    b = _doc("b", ["The council approved the new Porto charter by a vote of 38-14 on June 18, 1921."],
             {"June 18, 1921": "1921-06-18"})
    found = compare(_db(tmp_path, a, b))
    assert sorted((c.kind, c.verdict) for c in found) == [("happening-date", "agree"), ("number", "differ")]
    number = next(c for c in found if c.kind == "number")
    assert [s.text for s in number.statements] == ["41", "38"]


def test_an_intensified_bound_is_still_a_bound():
    from vitrina.compare import _amount_range

    assert _amount_range(7.0, "just over") == (7.0, float("inf"))
    assert _amount_range(7.0, "well under")[1] == 7.0
    assert _amount_range(7.0, "only") == (7.0, 7.0)


def test_a_clauses_mentions_are_found_by_bisection_as_by_a_scan():
    import random

    from vitrina.compare import _Doc
    from vitrina.store.read import MentionRow, SentenceHit

    rng = random.Random(7)
    mentions = []
    for k in range(300):  # overlapping and out of order, as a store may return them
        start = rng.randrange(0, 5_000)
        mentions.append(MentionRow("d", f"e{k}", start, start + rng.randrange(1, 40), "person"))
    doc = _Doc("x" * 5_100, [SentenceHit("d", None, None, 0, 5_100, "")], mentions)
    for _ in range(200):
        lo = rng.randrange(0, 5_000)
        hi = lo + rng.randrange(0, 400)
        assert doc.mentions_within(lo, hi) == [m for m in mentions if lo <= m.start and m.end <= hi]


def test_a_date_whose_sentence_writes_no_year_is_read_in_the_year_of_the_other(tmp_path):
    # "on March 10" was resolved to the year before; the text states no year, so it claims none
    a = _doc("a", ["The guild masters signed the Harbor Accord on March 10, after a long winter."],
             {"March 10": "1920-03-10"})
    b = _doc("b", ["The guild masters signed the Harbor Accord on March 10, 1921, after a long winter."],
             {"March 10, 1921": "1921-03-10"})
    assert _verdicts(_db(tmp_path, a, b)) == [("agree", ["March 10", "March 10, 1921"])]


def test_two_spans_of_years_one_inside_the_other_differ(tmp_path):
    a = _doc("a", ["The river guilds held their great fairs at Porto in 1921–24, every autumn."],
             {"1921–24": "1921/1924"})
    b = _doc("b", ["The river guilds held their great fairs at Porto in 1922–24, every autumn."],
             {"1922–24": "1922/1924"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]


def test_a_word_quoted_in_a_sentence_retold_is_compared_with_its_retelling(tmp_path):
    a = _doc("a", ["Lind warned the council that it would be “unwise” to raise the harbor tolls again."],
             quotes={"unwise": "person-ada-lind"})
    b = _doc("b", ["Lind warned the council that it would be “imprudent” to raise the harbor tolls again."],
             quotes={"imprudent": "person-ada-lind"})
    c = _doc("c", ["The old harbor master thought the plan “unwise” and never said why."],
             quotes={"unwise": "person-marco-vell"})
    found = _verdicts(_db(tmp_path, a, b, c))
    assert found == [("differ", ["unwise", "imprudent"])]


def test_the_same_words_written_to_another_person_differ(tmp_path):
    words = "I can keep the harbor open to every ship better than your council"
    a = _doc("a", [f"“{words},” Lind wrote to Ida Sora in 1921."], quotes={words: "person-ada-lind"})
    b = _doc("b", [f"“{words},” Lind wrote to Marco Vell in 1921."], quotes={words: "person-ada-lind"})
    found = [c for c in compare(_db(tmp_path, a, b)) if c.kind == "quote"]
    assert [c.verdict for c in found] == ["differ"]
    assert "another person" in found[0].reasons[0]["reason"]


def test_amounts_of_two_measures_in_sentences_alike_are_not_a_contradiction(tmp_path):
    a = _doc("a", ["Porto's imports from Lisbon fell from $1,334 million in 1929 to $390 million in 1932."],
             amounts={"$1,334 million": (1334e6, "USD", None), "$390 million": (390e6, "USD", None)})
    b = _doc("b", ["Porto's imports from Lisbon fell from $1,334 million in 1929 to $390 million in 1932, while "
                   "its exports to Lisbon fell from $2,341 million in 1929 to $784 million in 1932."],
             amounts={"$1,334 million": (1334e6, "USD", None), "$390 million": (390e6, "USD", None),
                      "$2,341 million": (2341e6, "USD", None), "$784 million": (784e6, "USD", None)})
    found = compare(_db(tmp_path, a, b))
    assert not [c for c in found if c.verdict == "differ"]
    assert ("agree", ["$390 million", "$390 million"]) in [(c.verdict, [s.text for s in c.statements]) for c in found]


def test_the_doer_of_a_passive_act_is_its_subject():
    from vitrina.frames import frames

    text = "The Harbor Accord, signed by the guild masters at Porto in May 1921, ended the strike."
    at = text.index("May 1921")
    found = frames([(0, text)], [[(at, at + len("May 1921"))]])[0][0]
    assert found is not None and {"guild", "masters"} <= set(found.subject)


def test_two_time_limits_of_one_promise_read_as_dates_differ(tmp_path):
    a = _doc("a", ["At Porto, Lind promised Vell to open the harbor within three months of the armistice."],
             {"within three months": "1921-05/1921-08"})
    b = _doc("b", ["Lind did guarantee that Vell's ships would find the harbor open within six months."],
             amounts={"six months": (6.0, "months", None)})
    found = [c for c in compare(_db(tmp_path, a, b)) if c.kind == "quantity"]
    assert [(c.verdict, [s.text for s in c.statements]) for c in found] == [
        ("differ", ["within three months", "six months"])]


def test_one_trip_by_the_same_person_dated_two_days_apart_differs(tmp_path):
    a = _doc("a", ["To close the last gaps, Lind traveled to Porto on March 12, 1921."], {"March 12, 1921": "1921-03-12"})
    b = _doc("b", ["After a failed meeting at the guild hall, Lind traveled to Porto on March 10, 1921."],
             {"March 10, 1921": "1921-03-10"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]


def test_lists_of_members_beside_the_same_name_are_compared_by_entity(tmp_path):
    a = _doc("a", ["The Harbor Charter, drafted by Porto, Lisbon, and Faro, opened the river to every flag."])
    b = _doc("b", ["In the end Faro, Lisbon, and Porto signed the “Harbor Charter” after a long winter."])
    c = _doc("c", ["In the end Braga, Lisbon, and Porto signed the “Harbor Charter” after a long winter."])
    d = _doc("d", ["Traders from Braga, Lisbon, and Faro met every year at the Grand Fair."])
    found = [(c.verdict, c.kind, sorted(s.document for s in c.statements)) for c in compare(_db(tmp_path, a, b, c, d))]
    assert found == [("differ", "members", ["a", "b", "c"])]
    group = compare(sqlite3.connect(tmp_path / "exhibit.db"))[0]
    relations = {(group.statements[r["a"]].document, group.statements[r["b"]].document): r["relation"]
                 for r in group.reasons}
    assert relations == {("a", "b"): "agree", ("a", "c"): "differ", ("b", "c"): "differ"}


def test_the_same_phrase_before_two_amounts_of_one_measure_differs(tmp_path):
    a = _doc("a", ["Porto refused any maximum for river tolls lower than 8,000 reis."],
             amounts={"8,000 reis": (8000.0, "reis", None)})
    b = _doc("b", ["Porto was firmly opposed to any maximum lower than 10,000 reis, because its docks needed repair."],
             amounts={"10,000 reis": (10000.0, "reis", None)})
    c = _doc("c", ["The other towns were willing to accept the old Lisbon maximum of 7,000 reis."],
             amounts={"7,000 reis": (7000.0, "reis", None)})
    pairs = {(g.statements[r["a"]].text, g.statements[r["b"]].text): r["relation"]
             for g in compare(_db(tmp_path, a, b, c)) for r in g.reasons}
    assert pairs[("8,000 reis", "10,000 reis")] == "differ"
    assert not [p for p, relation in pairs.items() if "7,000 reis" in p and relation == "differ"]


def test_amounts_of_one_unit_and_magnitude_meet_without_a_shared_name():
    from vitrina.compare import _magnitude_keys

    assert set(_magnitude_keys(3e8, "usd")) & set(_magnitude_keys(4e8, "usd"))
    assert set(_magnitude_keys(95.0, "ships")) & set(_magnitude_keys(105.0, "ships"))
    assert not set(_magnitude_keys(30.0, "usd")) & set(_magnitude_keys(15000.0, "usd"))
    assert not set(_magnitude_keys(4e8, "usd")) & set(_magnitude_keys(4e8, "tons"))


def test_a_quotation_cut_from_a_longer_one_meets_it_whatever_its_longest_words(tmp_path):
    long_words = ("nothing in the charter obliges the smallest harbor to bear the costs of the largest "
                  "fleets, and whether for good or ill the dock has become a sign of our intent")
    short_words = "whether for good or ill the dock has become a sign of our intent"
    a = _doc("a", [f"The report of the council read: “{long_words}.”"], quotes={long_words: None})
    b = _doc("b", [f"Vell insisted that “{short_words}.”"], quotes={short_words: "person-marco-vell"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["consistent"]


def test_a_misdated_act_may_name_a_place_fully_once_and_shortly_once():
    from vitrina.compare import Statement, _named_share

    def said(*people: tuple[str, str, frozenset[str]]) -> Statement:
        return Statement("happening-date", "d", 0, 1, "x", (0, 1), "x", (), ("1921-05-05", "1921-05-05", ()),
                         people=people)

    academy = ("org-porto-academy", "organization", frozenset({"porto", "academy"}))
    short = ("org-porto", "organization", frozenset({"porto"}))
    lind = ("person-ada-lind", "person", frozenset({"ada", "lind"}))
    other = ("org-faro", "organization", frozenset({"faro"}))
    assert _named_share(said(short), said(academy, lind)) == 1.0
    assert _named_share(said(other), said(academy, lind)) == 0.0


def test_two_small_counts_with_a_named_theme_never_meet_the_rule_for_dates(monkeypatch):
    """A count told only in its own sentence ("the two sides signed …") is not dated: the rule for one
    named act misdated compares dates and must not see it (it read the count's unit as a date)."""
    import vitrina.compare as compare

    def count(document: str) -> compare.Statement:
        return compare.Statement("quantity", document, 0, 9, "two sides", (0, 40), "The two sides signed the pact.",
                                 (), (2.0, "sides", None, frozenset(), ()), retold_only=True)

    monkeypatch.setattr(compare, "_theme_named", lambda a, b: True)
    monkeypatch.setattr(compare, "_retold", lambda a, b: False)
    monkeypatch.setattr(compare, "_measure_told_alike", lambda a, b: False)  # the same sentence: one measure, not a date
    a, b = count("a"), count("b")
    assert compare._same_thing(a, b) == compare._argument_overlap(a, b)


def test_the_same_thing_done_on_the_same_day_in_other_words_agrees(tmp_path):
    a = _doc("a", ["On May 4, 1921 the two delegations issued an agreed statement on the river tolls."],
             {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["Envoys of both towns released an “agreed statement” on the river tolls on May 4, 1921."],
             {"May 4, 1921": "1921-05-04"})
    c = _doc("c", ["On May 4, 1921 the council closed the old dock for repairs."], {"May 4, 1921": "1921-05-04"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b, c))] == ["agree"]


def test_a_quota_of_one_holder_told_with_another_amount_differs(tmp_path):
    a = _doc("a", ["The new charter gave Porto an annual quota of about 150 berths, a figure drawn from the count "
                   "of ships at its docks in 1910."], amounts={"about 150 berths": (150.0, "berths", "about")})
    b = _doc("b", ["In 1921, the council agreed to set a mooring quota for Porto of around 105 berths per year."],
             amounts={"around 105 berths": (105.0, "berths", "around")})
    c = _doc("c", ["In 1921, the council agreed to set a mooring quota for Faro of around 105 berths per year."],
             amounts={"around 105 berths": (105.0, "berths", "around")})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]
    assert "differ" not in [v for v, _ in _verdicts(_db(_fresh(tmp_path / "other"), a, c))]


def test_one_vote_given_two_days_is_a_contradiction_and_other_figures_are_not(tmp_path):
    a = _doc("a", ["The council of Porto approved the harbor settlement by 41 votes to 14 on May 15, 1921."],
             {"May 15, 1921": "1921-05-15"})
    b = _doc("b", ["On May 18, 1921 the Porto council ratified the accord by a vote of 41-14."],
             {"May 18, 1921": "1921-05-18"})
    c = _doc("c", ["On May 18, 1921 the Porto council ratified the accord by a vote of 30-12."],
             {"May 18, 1921": "1921-05-18"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]
    assert "differ" not in [v for v, _ in _verdicts(_db(_fresh(tmp_path / "other"), a, c))]


def test_two_ceilings_for_the_same_people_and_places_differ(tmp_path):
    from vitrina.compare import _amount_range

    assert _amount_range(10.0, "as much as") == (0.0, 10.0)  # a ceiling, like "up to"
    a = _doc("a", ["Lind sent Vell to Porto to help Sora buy the docks of Faro, authorising them to spend up to "
                   "$5 million."], amounts={"up to $5 million": (5e6, "usd", "up to")})
    b = _doc("b", ["Lind sent Vell to join Sora at Porto to try to purchase the docks of Faro for as much as "
                   "$10 million."], amounts={"as much as $10 million": (1e7, "usd", "as much as")})
    c = _doc("c", ["Sora hoped to raise as much as $10 million for the docks of Braga."],
             amounts={"as much as $10 million": (1e7, "usd", "as much as")})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]
    assert "differ" not in [v for v, _ in _verdicts(_db(_fresh(tmp_path / "other"), a, c))]


def test_a_conjoined_verb_takes_the_doer_and_a_fronted_date_every_undated_conjunct():
    from vitrina.frames import frames

    recalled = "The governor grew weary of the envoy and recalled him in December."
    fronted = "In May 1921, the council closed the harbor and summoned the envoys of Braga."
    own = "In May 1921, the council closed the harbor and in June 1922 summoned the envoys of Braga."
    found = frames([(0, recalled), (0, fronted), (0, own)],
                   [[(recalled.index("December"), recalled.index("December") + 8)], [(3, 11)], [(3, 11)]])
    assert found[0][0].subject == ("governor",) and "governor" in found[0][0].words
    assert "braga" in found[1][0].words and "summoned" in found[1][0].words
    assert "braga" not in found[2][0].words


def test_the_same_date_and_amount_with_another_person_of_the_same_title_contradicts_who(tmp_path):
    a = _doc("a", ["On May 4, 1921 Lind accepted terms put to her by the harbor minister, Marco Vell: "
                   "$7.2 million for the whole dock of Porto."],
             {"May 4, 1921": "1921-05-04"}, amounts={"$7.2 million": (7.2e6, "usd", None)})
    b = _doc("b", ["After the strike, on May 4, 1921, Lind accepted the offer of the Minister in Faro, Ida Sora, "
                   "to sell the dock of Porto for $7.2 million."],
             {"May 4, 1921": "1921-05-04"}, amounts={"$7.2 million": (7.2e6, "usd", None)})
    found = compare(_db(tmp_path, a, b))
    swaps = [c for c in found if c.kind == "participant"]
    assert [(c.verdict, [s.text for s in c.statements]) for c in swaps] == [("differ", ["Vell", "Sora"])]
    c = _doc("c", ["After the strike, on May 4, 1921, Lind accepted the offer, and her friend Ida Sora "
                   "sold the dock of Porto for $7.2 million."],
             {"May 4, 1921": "1921-05-04"}, amounts={"$7.2 million": (7.2e6, "usd", None)})
    assert not [c for c in compare(_db(_fresh(tmp_path / "other"), a, c)) if c.kind == "participant"]


def test_the_same_distinctive_amount_in_other_words_agrees_and_a_round_one_is_not_enough(tmp_path):
    a = _doc("a", ["The talks dragged on, intermittently, through 136 sessions without further agreement."],
             amounts={"136 sessions": (136.0, "sessions", None)})
    b = _doc("b", ["After the first accord, the envoys kept meeting for years and held 136 sessions in all."],
             amounts={"136 sessions": (136.0, "sessions", None)})
    c = _doc("c", ["The talks dragged on, intermittently, through 100 sessions without further agreement."],
             amounts={"100 sessions": (100.0, "sessions", None)})
    d = _doc("d", ["After the first accord, the envoys kept meeting for years and held 100 sessions in all."],
             amounts={"100 sessions": (100.0, "sessions", None)})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["agree"]
    assert compare(_db(_fresh(tmp_path / "other"), c, d)) == []


def test_a_phrase_retold_around_another_number_differs(tmp_path):
    a = _doc("a", ["At a second meeting in the spring, the northern envoys walked out in anger, and the remaining "
                   "towns of the league declared a five-year pause on building large river barges."])
    b = _doc("b", ["Nobody expected much from the talks, yet the coastal delegates, tired of quarrels, signed a pact "
                   "declaring a six-year pause on building large river barges."])
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]


_ENVOY = "Marco Vell reached Porto in August 1921, sent by the guild to settle the quarrel over harbour tolls."


def test_one_act_told_in_other_words_groups_by_its_arguments(tmp_path):
    a = _doc("a", [_ENVOY], {"August 1921": "1921-08"})
    b = _doc("b", ["The quarrel over harbour tolls brought Vell, the guild's envoy, to Porto on August 4, 1921."],
             {"August 4, 1921": "1921-08-04"})
    found = compare(_db(tmp_path, a, b))
    assert [(c.verdict, c.grouping.split(" (")[0]) for c in found] == [("consistent", "one act by its arguments")]


def test_a_year_holds_too_many_acts_to_group_by_arguments_with_a_month_in_it(tmp_path):
    a = _doc("a", [_ENVOY], {"August 1921": "1921-08"})
    b = _doc("b", ["The quarrel over harbour tolls brought Vell, the guild's envoy, to Porto in 1921."], {"1921": "1921"})
    assert _verdicts(_db(tmp_path, a, b)) == []


def test_a_pair_only_its_arguments_link_never_contradicts(tmp_path):
    a = _doc("a", [_ENVOY], {"August 1921": "1921-08"})
    b = _doc("b", ["The quarrel over harbour tolls brought Vell, the guild's envoy, to Porto in June 1921."],
             {"June 1921": "1921-06"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["uncertain"]


def test_a_shared_name_alone_is_not_one_act(tmp_path):
    a = _doc("a", [_ENVOY], {"August 1921": "1921-08"})
    b = _doc("b", ["Vell married in Porto in 1921 and opened a bakery near the cathedral."], {"1921": "1921"})
    assert _verdicts(_db(tmp_path, a, b)) == []


def test_identity_features_weigh_rare_shared_words_and_distance():
    from vitrina import identity

    assert identity._information("ratification") > identity._information("president") > identity._information("said")
    assert identity._rare_share(("proclaimed", "neutrality", "president"), ("issued", "proclamation", "neutrality")) \
        > identity._rare_share(("proclaimed", "neutrality", "president"), ("president", "said", "today"))
    weights = identity.WEIGHTS.group
    near = dict.fromkeys(identity.FEATURES, 0.0) | {"names": 1.0, "words": 0.7, "rare_words": 0.7, "predicate": 1.0}
    assert identity.score(near, weights) >= weights.at > identity.score(near | {"apart": 1.0}, weights)


def test_a_word_lists_related_forms_are_read_once_for_every_list_it_meets(monkeypatch):
    from vitrina import identity

    forms = {"flooded": {"flood"}, "valley": {"valley"}, "floods": {"flood"}, "spring": {"spring"},
             "drained": {"drain"}, "marsh": {"marsh"}, "river": {"river"}}
    asked: list[str] = []

    def related(word: str) -> frozenset[str]:
        asked.append(word)
        return frozenset(forms[word])

    monkeypatch.setattr(identity._compare(), "_related_forms", related)
    monkeypatch.setattr(identity, "_information", lambda word: float(len(word)))
    identity._related_pool.cache_clear()
    identity._weighed_forms.cache_clear()
    try:
        told = ("flooded", "valley")
        shares = [identity._rare_share(told, other) for other in
                  (("floods", "spring", "river"), ("drained", "marsh", "river"), ("river", "valley", "spring"))]
        assert shares == [7 / 13, 0.0, 6 / 13]  # the information of "flooded" (7), "valley" (6) found
        assert asked.count("flooded") == 1  # asked of the shorter list once, not once a pair
    finally:
        identity._related_pool.cache_clear()
        identity._weighed_forms.cache_clear()


def test_identity_similar_rescales_the_sentence_vectors_cosine(monkeypatch):
    from types import SimpleNamespace

    from vitrina import compare, identity

    floor = identity.WEIGHTS.similar_floor
    first, second = SimpleNamespace(sentence_text="one"), SimpleNamespace(sentence_text="two")
    for cosine, expected in ((floor / 2, 0.0), (floor, 0.0), ((1 + floor) / 2, 0.5), (1.0, 1.0)):
        monkeypatch.setattr(compare, "_sentence_similarity", lambda a, b, c=cosine: c)
        assert abs(identity._similar(first, second) - expected) < 1e-9
    weights = identity.WEIGHTS.group
    told = dict.fromkeys(identity.FEATURES, 0.0) | {"names": 1.0, "words": 0.5, "rare_words": 0.5, "predicate": 1.0}
    assert identity.score(told | {"similar": 0.8}, weights) >= weights.at > identity.score(told, weights)


def test_a_doer_named_before_a_relative_clause_dates_one_act_twice(tmp_path):
    # "Porto, which entered …": the relative pronoun stands for Porto, the doer of both sentences' act
    a = _doc("a", ["The pact left the door open for Porto, which formally entered the war on June 21, 1921."],
             {"June 21, 1921": "1921-06-21"})
    b = _doc("b", ["Porto officially entered the war against the guilds on August 2, 1921."],
             {"August 2, 1921": "1921-08-02"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]


def test_what_a_doer_announced_dates_one_announcement(tmp_path):
    a = _doc("a", ["On May 4, 1921 Lind announced that the guild was closing the northern harbor of Faro."],
             {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["On June 4, 1921, Lind announced the closing of the harbor to every foreign ship."],
             {"June 4, 1921": "1921-06-04"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]


def test_lengths_written_as_modifiers_of_one_thing_differ(tmp_path):
    # "a thirty-day grace period" / "a forty-five day grace period": the singular unit makes the amount a measure of
    # the noun after it, so the two lengths are of one thing
    a = _doc("a", ["The guild council at Porto allowed the traders a thirty-day grace period to leave the harbor."],
             amounts={"thirty-day": (30.0, "day", None)})
    b = _doc("b", ["The guild council at Porto gave the foreign traders a forty-five day grace period to leave the harbor."],
             amounts={"forty-five day": (45.0, "day", None)})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]


def test_an_ordinal_in_a_sentence_retold_differs_unless_it_is_part_of_a_name(tmp_path):
    a = _doc("a", ["After the vote of the guild, Marta Lind became the twenty-third harbor master of Porto."])
    b = _doc("b", ["After the guild's vote, Marta Lind became the twenty-fourth harbor master of Porto."])
    found = [(c.verdict, sorted(s.text for s in c.statements)) for c in compare(_db(tmp_path, a, b)) if c.kind == "number"]
    assert found == [("differ", ["twenty-fourth", "twenty-third"])]


def test_a_capitalised_ordinal_names_another_thing(tmp_path):
    a = _doc("a", ["After long talks at Porto the guild signed the Second Harbor Accord with the river towns."])
    b = _doc("b", ["After long talks at Porto the guild signed the Third Harbor Accord with the river towns."])
    assert not [c for c in compare(_db(tmp_path, a, b)) if c.kind == "number"]


def test_a_unit_in_the_singular_and_in_the_plural_is_one_unit(tmp_path):
    a = _doc("a", ["Lind held Porto under a six-month siege before the guild surrendered the harbor."],
             amounts={"six-month": (6.0, "month", None)})
    b = _doc("b", ["Lind held Porto under siege for six months before the guild surrendered the harbor."],
             amounts={"six months": (6.0, "months", None)})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["agree"]


def test_an_outcome_turned_round_in_a_sentence_retold_is_a_contradiction_stored_and_shown(tmp_path):
    a = _doc("a", ["After a hearing of two days the harbor tribunal accepted the claim of the dock workers "
                   "for lost wages."])
    b = _doc("b", ["After a hearing of two days the harbor tribunal rejected the claim of the dock workers "
                   "for lost wages."])
    c = _doc("c", ["After a hearing of two days the harbor tribunal did not reject the claim of the dock workers "
                   "for lost wages."])
    conn = _db(tmp_path, a, b, c)
    outcomes = sorted((x.verdict, sorted(s.text for s in x.statements)) for x in compare(conn) if x.kind == "outcome")
    assert outcomes == [("differ", ["accepted", "rejected"]), ("differ", ["not reject", "rejected"])]
    stored = [x for x in load_comparisons(conn) if x["kind"] == "outcome"]
    assert len(stored) == 2 and all(x["verdict"] == "differ" for x in stored)


def test_two_dates_of_clauses_aligned_slot_by_slot_contradict_unless_the_act_is_a_journey(tmp_path):
    from vitrina import compare as C
    from vitrina.store.read import as_knowledge_base

    docs = [
        _doc("a", ["Vell resigned from the council in October 1921."], {"October 1921": "1921-10"}),
        _doc("b", ["After a long quarrel, Vell resigned in December 1921."], {"December 1921": "1921-12"}),
        _doc("c", ["After a long quarrel, Sora resigned in December 1921."], {"December 1921": "1921-12"}),
        _doc("d", ["Vell returned to Porto in October 1921."], {"October 1921": "1921-10"}),
        _doc("e", ["After a long quarrel, Vell returned to Porto in December 1921."], {"December 1921": "1921-12"}),
        _doc("f", ["Vell resigned from the council in 1921."], {"1921": "1921"}),
        _doc("g", ["Vell resigned from the council in 1922."], {"1922": "1922"}),
        _doc("h", ["Vell signed the Harbor Accord in May 1921."], {"May 1921": "1921-05"}),
        _doc("i", ["After a long quarrel, Vell signed the Harbor War truce in July 1921."], {"July 1921": "1921-07"}),
        _doc("j", ["After a long quarrel, Vell signed the Harbor Accord in July 1921."], {"July 1921": "1921-07"}),
    ]
    kb = as_knowledge_base(_db(tmp_path, *docs))
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    dated = {s.document: s for s in C._statements(kb, kinds, []) if s.kind in C._DATE_KINDS}
    assert C._aligned_frames_misdated(dated["a"], dated["b"])  # one doer, one act, only the month differs
    assert not C._aligned_frames_misdated(dated["a"], dated["c"])  # another doer: another act
    assert not C._aligned_frames_misdated(dated["d"], dated["e"])  # a journey told without its purpose recurs
    assert C._aligned_frames_misdated(dated["f"], dated["g"])  # one resignation told in two consecutive years
    assert C._aligned_frames_misdated(dated["h"], dated["j"])
    assert not C._aligned_frames_misdated(dated["h"], dated["i"])  # another named thing signed: another act


def test_aligned_clauses_dated_by_year_contradict_only_in_consecutive_years_of_one_thing(tmp_path):
    from vitrina import compare as C
    from vitrina.store.read import as_knowledge_base

    docs = [
        _doc("a", ["Vell resigned from the council in 1921."], {"1921": "1921"}),
        _doc("b", ["After a long quarrel, Vell resigned from the council in 1923."], {"1923": "1923"}),
        _doc("c", ["Vell passed the harbor dues law in 1921."], {"1921": "1921"}),
        _doc("d", ["After a long quarrel, Vell passed the canal toll law in 1922."], {"1922": "1922"}),
        _doc("e", ["After a long quarrel, Vell passed the harbor dues law in 1922."], {"1922": "1922"}),
    ]
    kb = as_knowledge_base(_db(tmp_path, *docs))
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    dated = {s.document: s for s in C._statements(kb, kinds, []) if s.kind in C._DATE_KINDS}
    assert not C._aligned_frames_misdated(dated["a"], dated["b"])  # two years apart: the act may recur
    assert not C._aligned_frames_misdated(dated["c"], dated["d"])  # "law" shared, not which law
    assert C._aligned_frames_misdated(dated["c"], dated["e"])


def test_aligned_clauses_without_a_shared_doer_contradict_to_the_day_or_when_neither_names_one(tmp_path):
    from vitrina import compare as C
    from vitrina.store.read import as_knowledge_base

    docs = [
        _doc("a", ["After two weeks of talks the delegates issued the joint tariff notice on May 4, 1921."],
             {"May 4, 1921": "1921-05-04"}),
        _doc("b", ["After long talks, on May 12, 1921, the delegates issued the joint tariff notice."],
             {"May 12, 1921": "1921-05-12"}),
        _doc("c", ["After long talks, on May 12, 1921, Vell issued the joint tariff notice."],
             {"May 12, 1921": "1921-05-12"}),
        _doc("d", ["After long talks, in July 1921, the delegates issued the joint tariff notice."],
             {"July 1921": "1921-07"}),
    ]
    kb = as_knowledge_base(_db(tmp_path, *docs))
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    dated = {s.document: s for s in C._statements(kb, kinds, []) if s.kind in C._DATE_KINDS}
    assert C._aligned_frames_misdated(dated["a"], dated["b"])  # one notice, two days
    assert not C._aligned_frames_misdated(dated["a"], dated["c"])  # a doer one sentence names and the other does not
    # a month: neither clause names a doer, the same notice issued (round 37: no doer named by either is no other doer)
    assert C._aligned_frames_misdated(dated["a"], dated["d"])
    assert not C._aligned_frames_misdated(dated["c"], dated["d"])  # one names a doer the other does not


def test_aligned_clauses_naming_no_doer_contradict_in_consecutive_years_of_one_named_thing(tmp_path):
    from vitrina import compare as C
    from vitrina.store.read import as_knowledge_base

    docs = [
        _doc("a", ["In 1921 a band of dock workers kidnapped Vell near the harbor."], {"1921": "1921"}),
        _doc("b", ["After a long quarrel, a band of dock workers abducted Vell in 1922."], {"1922": "1922"}),
        _doc("c", ["After a long quarrel, a band of dock workers abducted Sora in 1922."], {"1922": "1922"}),
        _doc("d", ["After a long quarrel, a band of dock workers abducted Vell in 1923."], {"1923": "1923"}),
        _doc("e", ["After a long quarrel, Sora abducted Vell in 1922."], {"1922": "1922"}),
    ]
    kb = as_knowledge_base(_db(tmp_path, *docs))
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    dated = {s.document: s for s in C._statements(kb, kinds, []) if s.kind in C._DATE_KINDS}
    assert C._aligned_frames_misdated(dated["a"], dated["b"])  # one kidnapping (a WordNet synonym), one victim
    assert not C._aligned_frames_misdated(dated["a"], dated["c"])  # another person taken: another act
    assert not C._aligned_frames_misdated(dated["a"], dated["d"])  # two years apart: the act may recur
    assert not C._aligned_frames_misdated(dated["a"], dated["e"])  # a doer one names and the other does not


def test_a_verb_of_motion_is_told_from_an_event_noun():
    from vitrina import compare as C

    assert C._motion_verb("returned") and C._motion_verb("traveled")
    assert not C._motion_verb("resigned") and not C._motion_verb("trip")  # "a second trip" is a noun


def test_a_number_retold_meets_its_sentence_by_the_word_it_counts_or_the_other_figures():
    from vitrina import compare as c

    def number(sentence: str, written: str) -> c.Statement:
        at = sentence.index(written)
        return c.Statement("number", "a", at, at + len(written), written, (0, len(sentence)), sentence, (),
                           (0.0,), retold_only=True)

    a = number("The guild drew the line along the 41st meridian; a second charter followed.", "41st")
    b = number("Then the guild divided the coast along the 43rd meridian.", "43rd")
    assert "counts:meridian" in set(c._blocking_keys(a)) & set(c._blocking_keys(b))
    a = number("The charter passed the council by 215 votes to 38, and it took effect in May.", "38")
    b = number("The council approved the charter by a majority of 215 to 83, and it took effect on May 4.", "83")
    assert "figure:215" in set(c._blocking_keys(a)) & set(c._blocking_keys(b))
    assert "figure:38" not in c._blocking_keys(a)  # its own value is no other figure


def test_a_count_retold_with_no_word_pair_alike_near_it_is_still_compared(tmp_path):
    a = _doc("a", ["At Porto the guild and the river towns agreed to a truce and a division along the 41st meridian."])
    b = _doc("b", ["First, the guild and the river towns agreed to a truce and a temporary partition along the 43rd "
                   "meridian."])
    found = [(c.verdict, sorted(s.text for s in c.statements)) for c in compare(_db(tmp_path, a, b)) if c.kind == "number"]
    assert found == [("differ", ["41st", "43rd"])]


def test_an_act_linked_by_its_arguments_and_aligned_slot_by_slot_to_two_days_is_a_misdating():
    from vitrina import compare as c
    from vitrina.frames import Frame

    def dated(doc: str, day: str, subject: tuple[str, ...] = ()) -> c.Statement:
        frame = Frame(predicate=("issued",), theme=("communique",), subject=subject, words=("issued", "communique"),
                      word_offsets=(), aspect=None, offsets=())
        sentence = f"The delegations issued a communique on {day}."
        return c.Statement("happening-date", doc, 0, 1, day, (0, len(sentence)), sentence, (),
                           (f"1921-05-{day[-2:]}", f"1921-05-{day[-2:]}", ("issued", "communique")), frame=frame,
                           retold_only=True)

    why = c._BY_ARGUMENTS + " (score 1.9)"
    assert c._judged(dated("a", "May 04"), dated("b", "May 09"), why)  # one act, two days: a misdating
    other = dated("b", "May 09")
    other = c.Statement(**{**other.__dict__, "frame": Frame(predicate=("issued",), theme=("decree",), subject=(),
                                                            words=(), word_offsets=(), aspect=None, offsets=())})
    assert not c._judged(dated("a", "May 04"), other, why)  # another thing issued: maybe two acts
    far = c.Statement("happening-date", "b", 0, 1, "1921", (0, 10), "In 1921.", (), ("1922-01-01", "1922-12-31", ()),
                      frame=dated("b", "May 09").frame, retold_only=True)
    assert not c._judged(dated("a", "May 04"), far, why)  # a year in which the act may recur: at most uncertain
    amount = dated("a", "May 04")
    fifty, eighty = (c.Statement(**{**amount.__dict__, "kind": "quantity", "document": d, "value": (v, "years", None,
                                                                                                   (), ())})
                     for d, v in (("a", 50.0), ("b", 80.0)))
    assert not c._judged(fifty, eighty, why)  # two amounts linked by their arguments alone: at most uncertain


def test_a_vague_part_of_a_month_holds_a_span_of_days_inside_it():
    """"early June" is read as June 1–10 but writes no two days: "June 3 and 4" is more precise, not another span;
    two spans of days written out still differ when one is inside the other."""
    from vitrina import compare as C

    def dated(document: str, text: str, lo: str, hi: str, span: bool = False) -> C.Statement:
        return C.Statement("happening-date", document, 0, len(text), text, (0, 40), "x", (), (lo, hi, ()), span=span)

    vague = dated("a", "early June 1921", "1921-06-01", "1921-06-10")
    days = dated("b", "June 3 and 4", "1921-06-03", "1921-06-04", span=True)
    written = dated("c", "the 2nd to the 9th of June", "1921-06-02", "1921-06-09")
    assert C._relation(vague, days) == "consistent"
    assert C._relation(written, days) == "differ"


def test_a_signing_and_a_ratification_by_one_doer_are_never_a_contradiction(tmp_path):
    """WordNet gives "sign" and "ratify" one sense (approve and express assent): two stages of one accord, dated
    apart, are at most uncertain."""
    a = _doc("a", ["Vell signed the Porto accord on May 4, 1921."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["Vell ratified the Porto accord on June 20, 1921."], {"June 20, 1921": "1921-06-20"})
    assert "differ" not in [v for v, _ in _verdicts(_db(tmp_path, a, b))]


def test_an_event_name_has_its_head_before_the_first_modifying_preposition():
    from vitrina.compare import _event_name

    assert _event_name("Harbor Accord") == "accord"
    assert _event_name("Treaty of Lisbon") == "treaty"
    assert _event_name("Pact for Northern Progress") == "pact"
    assert _event_name("Bureau for Harbor Treaties") is None


def test_one_instrument_signed_by_one_doer_in_two_years_contradicts_a_place_visited_does_not(tmp_path):
    from vitrina import compare as C
    from vitrina.store.read import as_knowledge_base

    docs = [
        _doc("a", ["Vell signed the Harbor Accord in 1921."], {"1921": "1921"}),
        _doc("b", ["In 1924 Vell signed the Harbor Accord after a long quarrel."], {"1924": "1924"}),
        _doc("c", ["In 1924 Sora signed the Harbor Accord after a long quarrel."], {"1924": "1924"}),
        _doc("d", ["Vell visited Porto in 1921."], {"1921": "1921"}),
        _doc("e", ["In 1924 Vell visited Porto after a long quarrel."], {"1924": "1924"}),
        _doc("f", ["Vell met Lind in 1921."], {"1921": "1921"}),
        _doc("g", ["In 1924 Vell met Lind after a long quarrel."], {"1924": "1924"}),
    ]
    kb = as_knowledge_base(_db(tmp_path, *docs))
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    dated = {s.document: s for s in C._statements(kb, kinds, []) if s.kind in C._DATE_KINDS}
    assert C._instrument("other-harbor-accord") and not C._instrument("place-porto")
    assert C._instrument_misdated(dated["a"], dated["b"])  # an accord is signed once, years apart or not
    assert not C._instrument_misdated(dated["a"], dated["c"])  # another doer
    assert not C._instrument_misdated(dated["d"], dated["e"])  # a place is visited again
    assert not C._instrument_misdated(dated["f"], dated["g"])  # people meet again


def test_initials_with_stops_are_one_word_and_an_initialism_stays_a_word():
    from vitrina import compare as c

    assert c._name_words("H.M.S. Vigilant") == c._name_words("HMS Vigilant") == frozenset({"hms", "vigilant"})
    assert c._name_words("the U.S. Senate") == frozenset({"us", "senate"})  # "us" is a stop word, "US" a name
    assert c._name_words("the Harbor Accord") == frozenset({"harbor", "accord"})


def test_a_country_its_government_and_its_capital_are_one_doer():
    from vitrina import compare as c
    from vitrina.frames import Frame

    def name(kind: str, text: str) -> tuple[str, str, frozenset[str]]:
        return (f"{kind}-{text}", kind, c._name_words(text))

    country = c._polity(name("place", "the United States"))
    assert country is not None
    assert c._polity(name("organization", "the U.S. Government")) == country
    assert c._polity(name("place", "Washington")) == country  # GeoNames: the capital of the United States
    assert c._polity(name("organization", "the British Government")) == c._polity(name("place", "Britain"))
    assert c._polity(name("organization", "the Government of Japan")) == c._polity(name("place", "Japan"))
    assert c._polity(name("organization", "the Harbor Board")) is None  # no government noun: not a country's
    assert c._polity(name("organization", "the Provisional Government")) is None  # no country named
    assert c._polity(name("person", "Marco Vell")) is None

    def said(doc: str, doer: tuple[str, str, frozenset[str]]) -> c.Statement:
        frame = Frame(predicate=("broke",), theme=("relations",), subject=tuple(sorted(doer[2])),
                      words=("broke", "relations"), word_offsets=(), aspect=None, offsets=())
        sentence = "They broke off relations on May 4, 1921."
        return c.Statement("happening-date", doc, 0, 1, "May 4, 1921", (0, len(sentence)), sentence, (doer[0],),
                           ("1921-05-04", "1921-05-04", ("broke", "relations")), frame=frame, people=(doer,))

    assert c._shared_agent(said("a", name("organization", "the U.S. Government")), said("b", name("place", "the United States")))
    assert not c._shared_agent(said("a", name("organization", "the British Government")),
                               said("b", name("place", "the United States")))


def test_acts_alike_in_meaning_are_one_act_only_above_the_threshold_and_never_a_start_and_an_end():
    from vitrina import compare as c
    from vitrina.frames import Frame

    def dated(doc: str, words: tuple[str, ...], aspect: str | None = None) -> c.Statement:
        frame = Frame(predicate=words[:1], theme=words[1:], subject=(), words=(), word_offsets=(), aspect=aspect,
                      offsets=())
        sentence = "In May 1921 it happened."
        return c.Statement("happening-date", doc, 3, 11, "May 1921", (0, len(sentence)), sentence, (),
                           ("1921-05-01", "1921-05-31", words), frame=frame)

    same = dated("a", ("became", "harbor", "main", "supply", "depot", "fleet"))
    retold = dated("b", ("turned", "harbor", "principal", "supply", "depot", "fleet"))
    other = dated("b", ("wrote", "poet", "sonnet", "garden"))
    assert c._frame_similarity(c._act_words(same), c._act_words(retold)) >= c.WEIGHTS.act_similarity
    assert c._similar_acts(same, retold)
    assert not c._similar_acts(same, other)
    assert not c._similar_acts(dated("a", ("opened", "talks", "harbor"), "start"),
                               dated("b", ("closed", "talks", "harbor"), "end"))
    assert c._frame_similarity((), c._act_words(retold)) == 0.0


def test_one_measure_told_in_sentences_alike_in_meaning_is_grouped_and_its_values_contradict():
    from vitrina import compare as c

    def amount(doc: str, value: float, text: str, sentence: str, siblings: tuple = ()) -> c.Statement:
        at = sentence.index(text)
        return c.Statement("quantity", doc, at, at + len(text), text, (0, len(sentence)), sentence, (),
                           (value, "votes", None, (), ()), siblings=siblings, retold_only=True)

    first = amount("a", 3.0, "three", "The harbor council approved the canal toll with only three dissenting votes.")
    second = amount("b", 2.0, "two", "The harbor council passed the canal toll, with only two opposing votes.")
    assert c._measure_told_alike(first, second)
    assert c._same_thing(first, second).startswith("one measure (votes) told in sentences alike")
    assert c._firm_difference(first, second)  # one vote counted two ways: a contradiction
    poem = amount("b", 2.0, "two", "A poet read two sonnets about autumn leaves to the votes of a quiet garden crowd.")
    assert not c._measure_told_alike(first, poem)  # another sentence altogether
    listed = amount("b", 2.0, "two", "The harbor council passed the canal toll, with only two opposing votes.",
                    siblings=((5.0, "votes"),))
    assert not c._measure_told_alike(first, listed)  # several counts of votes in one sentence: which is which?
    far = amount("b", 20.0, "twenty", "The harbor council passed the canal toll, with only twenty opposing votes.")
    assert not c._measure_told_alike(first, far)  # more than three times apart: another measure


def test_one_number_told_in_sentences_alike_beside_the_same_word_is_grouped_and_its_values_contradict():
    from vitrina import compare as c

    def number(doc: str, written: str, value: float, sentence: str) -> c.Statement:
        at = sentence.index(written)
        return c.Statement("number", doc, at, at + len(written), written, (0, len(sentence)), sentence, (),
                           (value,), retold_only=True)

    first = number("a", "four", 4.0, "The guild council set up the canal board by Ordinance four in the spring of "
                   "1880, to keep the locks open.")
    second = number("b", "seven", 7.0, "Under Ordinance seven, passed that spring, the guild council created a board "
                    "to keep the canal locks in repair.")
    assert not c._retold(first, second)  # told in other words: the word-by-word alignment does not pair them
    assert c._counted_words(first) == c._counted_words(second) == ("ordinance",)  # the word beside both numbers
    assert c._number_told_alike(first, second) == "ordinance"
    assert c._same_thing(first, second).startswith("one number of “ordinance” told in sentences alike")
    assert c._firm_difference(first, second)  # one ordinance numbered two ways: a contradiction
    other_word = number("b", "seven", 7.0, "Under an ordinance of seven clauses, passed that spring, the guild council "
                        "created a board to keep the canal locks in repair.")
    assert c._number_told_alike(first, other_word) is None  # beside another word: maybe another count
    two = number("b", "seven", 7.0, "Under Ordinance seven and Ordinance eight, passed that spring, the guild "
                 "council created a board to keep the canal locks in repair.")
    assert c._number_told_alike(first, two) is None  # two numbers in one sentence: which is which?
    poem = number("b", "seven", 7.0, "A poet recited Ordinance seven of her sonnet cycle to a quiet garden crowd.")
    assert c._number_told_alike(first, poem) is None  # another sentence altogether
    def named(statement: c.Statement, place: str) -> c.Statement:
        return dataclasses.replace(statement, named=((f"place-{place.lower()}", "place", frozenset({place.lower()})),))

    assert c._number_told_alike(named(first, "Arden"), named(second, "Vell")) is None  # two places told alike
    assert c._number_told_alike(named(first, "Arden"), named(second, "Arden")) == "ordinance"
    short = (number("a", "four", 4.0, "Data from phase four on."), number("b", "seven", 7.0, "Data from phase seven on."))
    assert c._number_told_alike(*short) is None  # a template of three words: two phases, not one number retold
    far = number("b", "forty", 40.0, "Under Ordinance forty, passed that spring, the guild council created a board "
                 "to keep the canal locks in repair.")
    assert c._number_told_alike(first, far) is None  # more than three times apart


def test_a_word_in_british_and_american_spelling_is_one_form_and_one_sense():
    from vitrina import compare as c

    if c._wordnet() is None:
        return
    assert c._letters_apart("harbour", "harbor") == 1 and c._letters_apart("grey", "gray") == 1
    assert "recognize" in c._spellings("recognise") and "labor" in c._spellings("labour")
    assert c._shared_predicate(("recognised",), ("recognized",))  # one act, spelt two ways
    assert c._synonymous(("organised",), ("organized",))
    assert not c._spellings("sign") and not c._spellings("signal")  # other words, not other spellings
    assert not c._shared_predicate(("elected",), ("erected",))  # a letter apart, but no sense in common


def test_one_act_dated_in_sentences_alike_in_meaning_is_grouped_and_two_dates_of_it_contradict():
    from vitrina import compare as c

    def dated(doc: str, text: str, sentence: str, lo: str, hi: str) -> c.Statement:
        at = sentence.index(text)
        return c.Statement("happening-date", doc, at, at + len(text), text, (0, len(sentence)), sentence, (),
                           (lo, hi, ()))

    first = dated("a", "May 4, 1921", "The harbor guild opened the new canal lock to barges on May 4, 1921.",
                  "1921-05-04", "1921-05-04")
    second = dated("b", "the 14th of May 1921", "On the 14th of May 1921 the harbor guild opened its new canal lock "
                   "to barges.", "1921-05-14", "1921-05-14")
    assert c._dated_alike(first, second)
    assert c._same_thing(first, second) == "one act dated in sentences alike in meaning"
    assert c._firm_difference(first, second)
    two = dated("b", "May 14, 1921", "The harbor guild opened the new canal lock on May 14, 1921, after a vote of "
                "March 2, 1921.", "1921-05-14", "1921-05-14")
    assert not c._dated_alike(first, two)  # another date in the sentence: which one is the act's?
    year = dated("b", "1921", "The harbor guild opened the new canal lock to barges in 1921.", "1921-01-01", "1921-12-31")
    assert not c._dated_alike(first, year)  # a year holds the day: not two dates of one act to contradict
    poem = dated("b", "May 14, 1921", "A poet read two sonnets about autumn leaves on May 14, 1921.",
                 "1921-05-14", "1921-05-14")
    assert not c._dated_alike(first, poem)


def test_without_the_semantic_model_nothing_is_linked_by_meaning(monkeypatch):
    from vitrina import compare as c
    from vitrina import semantic

    def missing(texts):
        raise semantic.SemanticModelMissing("no weights")

    monkeypatch.setattr(semantic, "embed", missing)
    c._text_vector.cache_clear()
    try:
        assert c._sentence_similarity("The guild opened the lock.", "The guild opened the lock.") == 0.0
        assert c._frame_similarity(("opened", "lock"), ("opened", "lock")) == 0.0
    finally:
        c._text_vector.cache_clear()


def test_a_sentence_longer_than_the_statement_bound_makes_no_statement(tmp_path, monkeypatch):
    from vitrina.limits import CROSS_DOCUMENT_LIMITS
    from vitrina.store.db import stage_notes
    from vitrina.store.read import SQLiteKnowledgeBase

    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike."], {"May 4, 1921": "1921-05-04"})
    b = _doc("b", ["The Harbor Accord of May 4, 1921 closed the long strike at the docks."],
             {"May 4, 1921": "1921-05-04"})
    assert [v for v, _ in _verdicts(_db(tmp_path / "whole", a, b))] == ["agree"]
    monkeypatch.setitem(CROSS_DOCUMENT_LIMITS, "sentence_chars", 60)  # b's sentence (69 characters) is now too long
    bounded = _db(tmp_path / "bounded", a, b)
    assert compare(bounded) == []
    assert stage_notes(SQLiteKnowledgeBase(bounded)) == [
        "b.txt: comparisons: sentences over 60 characters are not compared with other documents"]


def test_a_document_brings_at_most_its_share_of_statements_with_a_note(tmp_path, monkeypatch):
    from vitrina.limits import CROSS_DOCUMENT_LIMITS
    from vitrina.store.db import stage_notes
    from vitrina.store.read import SQLiteKnowledgeBase

    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike.",
                   "The Harbor War of 1923 closed the port."], {"May 4, 1921": "1921-05-04", "1923": "1923"})
    b = _doc("b", ["The Harbor War of 1925 closed the port."], {"1925": "1925"})
    whole = _db(tmp_path / "whole", a, b)
    assert [v for v, _ in _verdicts(whole)] == ["uncertain"]
    assert stage_notes(SQLiteKnowledgeBase(whole)) == []
    monkeypatch.setitem(CROSS_DOCUMENT_LIMITS, "statements", 1)
    capped = _db(tmp_path / "capped", a, b)
    assert compare(capped) == []
    assert stage_notes(SQLiteKnowledgeBase(capped)) == [
        "a.txt: comparisons: only the first 1 statements (dates, amounts, quotations) of a document are compared "
        "with other documents"]


def test_a_document_brings_at_most_its_share_of_sentences_to_the_retold_and_role_passes(tmp_path, monkeypatch):
    from vitrina import polarity, roles
    from vitrina.compare import Capped
    from vitrina.limits import CROSS_DOCUMENT_LIMITS
    from vitrina.store.read import SQLiteKnowledgeBase

    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike.",
                   "The Harbor War of 1923 closed the port.", "The guild rebuilt the pier after the war."],
             {"May 4, 1921": "1921-05-04", "1923": "1923"})
    b = _doc("b", ["The Harbor War of 1925 closed the port."], {"1925": "1925"})
    kb = SQLiteKnowledgeBase(_db(tmp_path, a, b))
    capped = Capped()
    assert len(list(polarity._sentences(kb, capped))) == 4 and capped.notes == {}
    monkeypatch.setitem(CROSS_DOCUMENT_LIMITS, "sentences", 2)
    kept = list(polarity._sentences(kb, capped))
    assert [s.document for s in kept] == ["a", "a", "b"]  # a's first two sentences, all of b
    list(roles._named_statements(kb, {}, capped))
    assert capped.notes == {"a": ["only the first 2 sentences of a document are compared for retold sentences",
                                  "only the first 2 sentences of a document are compared for names in one role"]}


def test_span_set_answers_overlaps_like_a_scan_of_every_span():
    import random

    from vitrina.compare import SpanSet

    rng = random.Random(5)
    spans = [(a, a + rng.randint(1, 30)) for a in (rng.randint(0, 300) for _ in range(60))]  # nested, overlapping
    found = SpanSet(spans)
    for start in range(0, 340, 3):
        for width in (1, 4, 17):
            end = start + width
            assert found.overlaps(start, end) == any(a < end and start < b for a, b in spans), (start, end)
    assert not SpanSet([]).overlaps(0, 10)


def test_an_exhibit_of_one_document_makes_no_statements(tmp_path, monkeypatch):
    """Every comparison sets two documents side by side: one document is not read for statements at all."""
    import vitrina.compare as compare_module

    a = _doc("a", ["The Harbor Accord of May 4, 1921 ended the dock strike.",
                   "The Harbor Accord of May 5, 1921 ended the dock strike."],
             {"May 4, 1921": "1921-05-04", "May 5, 1921": "1921-05-05"})

    def refused(*args, **kwargs):
        raise AssertionError("statements made for a one-document exhibit")

    monkeypatch.setattr(compare_module, "_statements", refused)
    assert compare(_db(tmp_path, a)) == []


def test_the_parts_of_one_large_document_are_not_compared_with_each_other(tmp_path, monkeypatch):
    """A very large file is stored as parts (structure/parts.py): one document told in pieces has no second
    source; two documents of one file (a corpus file's essays) are still two sources."""
    import vitrina.compare as compare_module
    from vitrina.structure.parts import origin, part_id

    first = _doc(part_id("log", 1), ["The Harbor Accord of May 4, 1921 ended the dock strike."],
                 {"May 4, 1921": "1921-05-04"}).evolve(source="log.txt")
    second = _doc(part_id("log", 2), ["The Harbor Accord of June 9, 1922 ended the dock strike."],
                  {"June 9, 1922": "1922-06-09"}).evolve(source="log.txt")
    assert origin(first.id, first.source) == origin(second.id, second.source) == ("log.txt", "log")

    def refused(*args, **kwargs):
        raise AssertionError("statements made for the parts of one document")

    with monkeypatch.context() as patched:
        patched.setattr(compare_module, "_statements", refused)
        assert compare(_db(tmp_path, first, second)) == []
    essays = [d.evolve(source="corpus.xml") for d in (
        _doc("essay-a", ["The Harbor Accord of May 4, 1921 ended the dock strike."], {"May 4, 1921": "1921-05-04"}),
        _doc("essay-b", ["The Harbor Accord of June 9, 1922 ended the dock strike."], {"June 9, 1922": "1922-06-09"}))]
    (tmp_path / "exhibit.db").unlink()
    assert [v for v, _ in _verdicts(_db(tmp_path, *essays))] == ["differ"]


def test_a_sentence_retold_with_a_length_of_time_in_another_unit_is_compared_in_days(tmp_path):
    a = _doc("a", ["The Porto garrison withdrew from the harbor forts after three weeks of the siege."],
             amounts={"three weeks": (3.0, "weeks", None)})
    b = _doc("b", ["The Porto garrison withdrew from the harbor forts after 10 days of the siege."],
             amounts={"10 days": (10.0, "days", None)})
    c = _doc("c", ["The Porto garrison withdrew from the harbor forts after 21 days of the siege."],
             amounts={"21 days": (21.0, "days", None)})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]
    assert [v for v, _ in _verdicts(_db(_fresh(tmp_path / "other"), a, c))] == ["agree"]


def test_lengths_of_time_in_two_units_are_grouped_only_as_a_sentence_retold(tmp_path):
    a = _doc("a", ["Ada Lind sailed from Porto for the islands and stayed there for three weeks."],
             amounts={"three weeks": (3.0, "weeks", None)})
    b = _doc("b", ["In Porto the guild of Ada Lind argued about the tariff for 10 days before the vote."],
             amounts={"10 days": (10.0, "days", None)})
    assert "differ" not in [v for v, _ in _verdicts(_db(tmp_path, a, b))]


def test_a_calendar_unit_of_varying_length_allows_a_range_of_days():
    from vitrina.compare import _days_per, _days_relation

    assert _days_per("months") == (28.0, 31.0)
    assert _days_per("weeks") == (7.0, 7.0)
    assert _days_per("barrels") is None
    assert _days_relation((28.0, 31.0), (30.0, 30.0)) == "consistent"
    assert _days_relation((21.0, 21.0), (10.0, 10.0)) == "differ"


def test_a_length_of_time_written_with_an_article_meets_the_same_sentence_retold_with_a_figure(tmp_path):
    a = _doc("a", ["The first orders from Porto took almost a week to reach the harbor towns."])
    b = _doc("b", ["The first orders from Porto took almost three weeks to reach the harbor towns."],
             amounts={"three weeks": (3.0, "weeks", "almost")})
    c = _doc("c", ["The first orders from Porto took almost seven days to reach the harbor towns."],
             amounts={"seven days": (7.0, "days", "almost")})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]
    assert "differ" not in [v for v, _ in _verdicts(_db(_fresh(tmp_path / "other"), a, c))]


def test_a_length_of_time_written_with_an_article_alone_is_compared_only_when_retold(tmp_path):
    a = _doc("a", ["Ada Lind stayed in Porto for a year before the war."])
    b = _doc("b", ["Ada Lind governed Porto for two years after the harbor strike."],
             amounts={"two years": (2.0, "years", None)})
    assert "differ" not in [v for v, _ in _verdicts(_db(tmp_path, a, b))]


def test_half_a_unit_of_time_is_not_read_as_one_unit():
    from vitrina.compare import _article_durations, _Doc
    from vitrina.store.read import SentenceHit

    text = "Within half a year the guild signed. It took almost a week. A century and a half passed."
    sentences = [SentenceHit("d", None, None, 0, 35, text[:35]), SentenceHit("d", None, None, 36, 59, text[36:59]),
                 SentenceHit("d", None, None, 60, len(text), text[60:])]
    found = list(_article_durations(_Doc(text, sentences, []), "d", []))
    assert [(text[q.start:q.end], q.unit, q.qualifier) for q in found] == [("a week", "week", "almost")]


def test_lengths_of_time_in_two_units_are_sized_in_days():
    from vitrina.compare import Statement, _magnitudes

    def amount(value: float, unit: str, qualifier: str | None = None) -> Statement:
        return Statement("quantity", "d", 0, 1, "x", (0, 1), "x.", (), (value, unit, (), (), ()), qualifier=qualifier)

    assert _magnitudes(amount(3.0, "weeks"), amount(10.0, "days")) == (21.0, 10.0)
    assert _magnitudes(amount(1.0, "month"), amount(30.0, "days")) == (29.5, 30.0)
    assert _magnitudes(amount(3.0, "weeks"), amount(5.0, "weeks")) == (3.0, 5.0)


def test_a_day_told_as_an_offset_meets_the_day_told_otherwise(tmp_path):
    """ "two days later" is a date (from the date before it) as well as a length: its sentence retold with "the next
    day" is a misdating, not two statements of kinds never compared."""
    a = _doc("a", ["The dockers struck at Porto on May 4, 1921.", "Lind signed the Harbor Accord two days later."],
             {"May 4, 1921": "1921-05-04", "two days later": "1921-05-06"})
    b = _doc("b", ["The dockers struck at Porto on May 4, 1921.", "Lind signed the Harbor Accord the next day."],
             {"May 4, 1921": "1921-05-04", "the next day": "1921-05-05"})
    found = [(v, texts) for v, texts in _verdicts(_db(tmp_path, a, b)) if "the next day" in texts]
    assert found == [("differ", ["two days later", "the next day"])]


def test_two_offsets_compare_as_lengths_not_as_the_dates_they_reach(tmp_path):
    """Two offsets read from other anchors may reach one date; told as "two days" and "four days" they differ."""
    a = _doc("a", ["The dockers struck at Porto on May 4, 1921.", "Lind signed the Harbor Accord two days later."],
             {"May 4, 1921": "1921-05-04", "two days later": "1921-05-06"})
    b = _doc("b", ["The dockers struck at Porto on May 2, 1921.", "Lind signed the Harbor Accord four days later."],
             {"May 2, 1921": "1921-05-02", "four days later": "1921-05-06"})
    found = [(c.kind, c.verdict) for c in compare(_db(tmp_path, a, b))
             if {s.text for s in c.statements} == {"two days later", "four days later"}]
    assert found == [("quantity", "differ")]


def test_an_offset_is_a_date_a_time_limit_is_a_length():
    from vitrina.compare import _duration, _is_offset

    assert _is_offset("three months earlier") and _is_offset("Two years  later")
    assert not _is_offset("within three months") and _duration("within three months") == (3.0, "months")


def test_one_act_told_with_a_synonym_and_given_two_months_is_grouped_and_a_contradiction(tmp_path):
    a = _doc("a", ["Vell quit the harbor council in May 1921."], {"May 1921": "1921-05"})
    b = _doc("b", ["In Porto, Vell resigned from the harbor council in July 1921."], {"July 1921": "1921-07"})
    assert ("differ", ["July 1921", "May 1921"]) in [(v, sorted(t)) for v, t in _verdicts(_db(tmp_path, a, b))]


def test_one_act_told_as_a_verb_and_its_object_one_wordnet_verb_is_grouped_and_a_contradiction(tmp_path):
    a = _doc("a", ["Vell left office in May 1921."], {"May 1921": "1921-05"})
    b = _doc("b", ["Vell resigned in July 1921."], {"July 1921": "1921-07"})
    assert ("differ", ["July 1921", "May 1921"]) in [(v, sorted(t)) for v, t in _verdicts(_db(tmp_path, a, b))]


def test_the_act_told_with_a_synonym_by_another_doer_is_no_date_contradiction(tmp_path):
    a = _doc("a", ["Vell quit the harbor council in May 1921."], {"May 1921": "1921-05"})
    c = _doc("c", ["In Porto, Sora resigned from the harbor council in July 1921."], {"July 1921": "1921-07"})
    assert not [t for v, t in _verdicts(_db(tmp_path, a, c)) if v == "differ" and "May 1921" in t]


def test_a_date_naming_a_thing_or_read_from_context_groups_no_aligned_act(tmp_path):
    from vitrina import compare as C
    from vitrina.store.read import as_knowledge_base

    docs = [
        _doc("a", ["Vell quit the harbor council in May 1921."], {"May 1921": "1921-05"}),
        _doc("b", ["In Porto, Vell resigned from the harbor council in July 1921."], {"July 1921": "1921-07"}),
        _doc("d", ["In Porto, Vell resigned from the harbor council over the July 1921 levy."], {"July 1921": "1921-07"}),
        _doc("e", ["In Porto, on July 9, Vell resigned from the harbor council."], {"July 9": "1921-07-09"}),
    ]
    kb = as_knowledge_base(_db(tmp_path, *docs))
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    dated = {s.document: s for s in C._statements(kb, kinds, []) if s.kind in C._DATE_KINDS}
    assert not C._date_before_noun(dated["a"]) and not C._date_before_noun(dated["b"])
    assert C._date_before_noun(dated["d"])  # "the July 1921 levy": the levy's date, not the resignation's
    assert C._aligned_misdating(*C._as_compared(dated["a"], dated["b"]))
    assert C._aligned_misdating(*C._as_compared(dated["a"], dated["d"])) is None
    assert dated["e"].yearless and C._aligned_misdating(*C._as_compared(dated["a"], dated["e"])) is None  # year read


def test_two_stages_of_one_instrument_told_with_synonyms_are_not_grouped_as_one_act(tmp_path):
    """An instrument is drafted, signed, ratified: WordNet's shared sense of "sign" and "ratify" is no evidence of one
    act on a treaty or an accord, while the same act by its form or event noun still is."""
    from vitrina import compare as C
    from vitrina.store.read import as_knowledge_base

    docs = [
        _doc("a", ["Vell signed the Porto accord in May 1921."], {"May 1921": "1921-05"}),
        _doc("b", ["Vell ratified the Porto accord in July 1921."], {"July 1921": "1921-07"}),
        _doc("c", ["In Porto, Vell signed the accord in July 1921."], {"July 1921": "1921-07"}),
        _doc("d", ["Vell quit the harbor council in May 1921."], {"May 1921": "1921-05"}),
        _doc("e", ["In Porto, Vell resigned from the harbor council in July 1921."], {"July 1921": "1921-07"}),
    ]
    kb = as_knowledge_base(_db(tmp_path, *docs))
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    dated = {s.document: s for s in C._statements(kb, kinds, []) if s.kind in C._DATE_KINDS}
    assert C._acts_on_instrument(dated["a"]) and not C._acts_on_instrument(dated["d"])
    assert C._stages_of_one_instrument(dated["a"], dated["b"])  # signed / ratified: two stages
    assert not C._stages_of_one_instrument(dated["a"], dated["c"])  # signed / signed: one act
    assert not C._stages_of_one_instrument(dated["d"], dated["e"])  # quit / resigned a council: no instrument
    assert C._aligned_misdating(dated["a"], dated["b"]) is None


def _tower(doc_id: str, year: str, measure: str, value: float, unit: str) -> Document:
    """A document on the tower at Faro: its building year, then a sentence naming nothing that gives a measure."""
    return _doc(doc_id, [f"The tower at Faro was raised in {year} by Marco Vell.", measure],
                dates={year: year}, amounts={f"{value:g} {unit}": (value, unit, None)})


def test_two_heights_of_the_thing_named_before_differ_though_its_years_differ_too(tmp_path):
    a = _tower("a", "1851", "It stands 33 metres tall.", 33.0, "metres")
    b = _tower("b", "1853", "The tower has a height of 45 metres.", 45.0, "metres")
    found = [(v, texts) for v, texts in _verdicts(_db(tmp_path, a, b)) if "33 metres" in texts]
    assert found == [("differ", ["33 metres", "45 metres"])]


def test_another_dimension_is_not_compared(tmp_path):
    a = _tower("a", "1851", "It stands 33 metres tall.", 33.0, "metres")
    b = _tower("b", "1851", "Its crane has a lifting height of 45 metres.", 45.0, "metres")
    c = _tower("c", "1851", "It is 45 metres wide.", 45.0, "metres")
    assert not [t for _v, t in _verdicts(_db(tmp_path, a, b)) if "33 metres" in t]
    assert not [t for _v, t in _verdicts(_db(_fresh(tmp_path / "other"), a, c)) if "33 metres" in t]


def test_a_height_in_feet_is_compared_in_metres(tmp_path):
    a = _tower("a", "1851", "It stands 30 metres tall.", 30.0, "metres")
    b = _tower("b", "1851", "It stands 100 feet tall.", 100.0, "feet")
    c = _tower("c", "1851", "It stands 150 feet tall.", 150.0, "feet")
    assert [v for v, t in _verdicts(_db(tmp_path, a, b)) if "30 metres" in t] == ["agree"]
    assert [v for v, t in _verdicts(_db(_fresh(tmp_path / "other"), a, c)) if "30 metres" in t] == ["differ"]


def test_a_range_of_an_amount_is_consistent_with_an_amount_inside_it():
    """Round 35 red team D11: "60 to 70 feet" allows 65 and 70 feet (consistent), not 80; the same range agrees."""
    import vitrina.compare as compare

    def measure(document: str, value: float, high: float | None) -> compare.Statement:
        return compare.Statement("quantity", document, 0, 9, "x", (0, 40), "The pier was long.",
                                 (), (value, "feet", None, frozenset(), ()), high=high)

    ranged = measure("a", 60.0, 70.0)
    assert compare._amount_relation(ranged, measure("b", 70.0, None)) == "consistent"
    assert compare._amount_relation(ranged, measure("b", 65.0, None)) == "consistent"
    assert compare._amount_relation(ranged, measure("b", 80.0, None)) == "differ"
    assert compare._amount_relation(ranged, measure("b", 60.0, None)) == "consistent"  # its low end is no exact 60
    assert compare._amount_relation(ranged, measure("b", 60.0, 70.0)) == "agree"


# --- round 36 (red team D8, D9): the doer of an act; a person's once-only acts ---------------------

def test_two_named_doers_of_one_act_at_one_place_are_two_facts(tmp_path):
    """Round 35 red team D9: a shared place and year do not make two people's acts one."""
    a = _doc("a", ["Marco Vell taught at Porto in 1921."], {"1921": "1921"})
    b = _doc("b", ["Ida Sora taught at Porto in 1921."], {"1921": "1921"})
    assert [c.verdict for c in compare(_db(tmp_path, a, b)) if c.kind.endswith("date")] == []


def test_one_named_doer_of_one_act_at_one_place_is_one_fact(tmp_path):
    a = _doc("a", ["Marco Vell taught at Porto in 1921."], {"1921": "1921"})
    b = _doc("b", ["Marco Vell taught at Porto in May 1921."], {"May 1921": "1921-05"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["consistent"]


def test_a_pronoun_doer_is_the_person_the_document_resolves_it_to(tmp_path):
    """"She" stands for the person the event extraction linked from the sentence before: another doer."""
    a = _doc("a", ["Marco Vell taught at Porto in the 1921-22 academic year."], {"1921-22": "1921/1922"})
    b = _doc("b", ["Ida Sora never visited Faro.", "She taught at Porto until 1921."], {"1921": "1921"})
    b = b.evolve(events=tuple(dataclasses.replace(e, participants=("person-ida-sora",))
                              for e in b.events))
    assert _verdicts(_db(tmp_path, a, b)) == []


def test_one_persons_death_in_two_years_and_places_is_a_contradiction(tmp_path):
    """Round 35 red team D8: a person dies once, so two years of it contradict however far apart."""
    a = _doc("a", ["Marco Vell died in 1830 in Porto."], {"1830": "1830"})
    b = _doc("b", ["Marco Vell died in 1836 in Faro."], {"1836": "1836"})
    found = compare(_db(tmp_path, a, b))
    assert [c.verdict for c in found if c.kind != "participant"] == ["differ"]
    assert "death" in found[0].grouping


def test_one_persons_birth_in_two_years_is_a_contradiction(tmp_path):
    a = _doc("a", ["Ada Lind was born in 1771 in Braga."], {"1771": "1771"})
    b = _doc("b", ["Ada Lind was born in 1773 in Faro."], {"1773": "1773"})
    assert [v for v, _ in _verdicts(_db(tmp_path, a, b))] == ["differ"]


def test_an_act_that_may_recur_years_apart_is_no_contradiction(tmp_path):
    a = _doc("a", ["Marco Vell visited Porto in 1830."], {"1830": "1830"})
    b = _doc("b", ["Marco Vell visited Porto in 1836."], {"1836": "1836"})
    assert "differ" not in [v for v, _ in _verdicts(_db(tmp_path, a, b))]


def test_a_death_of_someone_beside_the_person_is_not_the_persons(tmp_path):
    """The doer is the subject's head: "the wife of Marco Vell" died, not Marco Vell."""
    a = _doc("a", ["The wife of Marco Vell died in 1830."], {"1830": "1830"})
    b = _doc("b", ["Marco Vell died in 1836."], {"1836": "1836"})
    assert "differ" not in [v for v, _ in _verdicts(_db(tmp_path, a, b))]


def test_an_act_of_a_thing_named_after_a_person_is_the_things(tmp_path):
    """Round 35 red team D8: "The Lind mill burned" is the mill's act, not Ada Lind's."""
    a = _doc("a", ["The Lind mill burned down in 1811."], {"1811": "1811"})
    b = _doc("b", ["The Lind mill burned down in 1814."], {"1814": "1814"})
    found = compare(_db(tmp_path, a, b))
    assert [c.subject for c in found] == ["date of an act of the Lind mill"]


def test_two_places_of_one_persons_birth_each_written_with_its_region_differ(tmp_path):
    """Round 35 red team D8: a person is born in one place; a place written alone may hold the other."""
    a = _doc("a", ["Ada Lind was born in 1771 in Braga, Minho."], {"1771": "1771"})
    b = _doc("b", ["Ada Lind was born in 1773 in Porto, Minho."], {"1773": "1773"})
    c = _doc("c", ["Ada Lind was born in 1773 in Minho."], {"1773": "1773"})
    found = compare(_db(tmp_path, a, b))
    places = [(c.verdict, [s.text for s in c.statements]) for c in found if c.kind == "participant"]
    assert places == [("differ", ["Braga", "Porto"])]
    assert "birth of Ada Lind" in next(c.subject for c in found if c.kind == "participant")
    found = compare(_db(_fresh(tmp_path / "other"), a, c))
    assert [c.kind for c in found if c.kind == "participant"] == []


def _dated_statements(kb, kinds):
    from vitrina import compare as C
    from vitrina.qa import parse

    parse._cache.clear()
    with parse.cache_limit(C.PARSE_CACHE):
        return [(s.document, s.kind, s.text, s.frame) for s in C._statements(kb, kinds, [])]


def test_sentences_parsed_ahead_in_one_batch_give_the_statements_parsed_one_document_at_a_time(tmp_path, monkeypatch):
    from vitrina import compare as C
    from vitrina.store.read import as_knowledge_base

    docs = [_doc(f"d{n}", [f"Vell opened the mill at Porto on May {n + 1}, 1921.", "It was a cold spring."],
                 {f"May {n + 1}, 1921": f"1921-05-{n + 1:02d}"}) for n in range(5)]
    kb = as_knowledge_base(_db(tmp_path, *docs))
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    monkeypatch.setattr(C, "PARSE_AHEAD_SENTENCES", 0)  # every document parsed alone, as it comes
    alone = _dated_statements(kb, kinds)
    for size in (2, 64):
        monkeypatch.setattr(C, "PARSE_AHEAD_SENTENCES", size)
        assert _dated_statements(kb, kinds) == alone
    assert any(kind in C._DATE_KINDS for _doc_id, kind, _text, _frame in alone)


def test_the_dated_sentences_of_the_next_documents_are_parsed_before_their_statements(tmp_path, monkeypatch):
    from vitrina import compare as C
    from vitrina.qa import parse
    from vitrina.store.read import as_knowledge_base

    docs = [_doc(f"d{n}", [f"Ada Lind sold the farm in {1900 + n}.", "Nobody knows why."], {str(1900 + n): str(1900 + n)})
            for n in range(4)]
    kb = as_knowledge_base(_db(tmp_path, *docs))
    order = C._statement_order(kb)
    monkeypatch.setattr(C, "PARSE_AHEAD_SENTENCES", 3)
    parse._cache.clear()
    with parse.cache_limit(C.PARSE_CACHE):
        assert C._parse_ahead(kb, order, 0) == 3  # three documents of one dated sentence each fill a batch
        assert {f"Ada Lind sold the farm in {1900 + n}." for n in range(3)} <= {t for t, _ in parse._cache}
        assert "Nobody knows why." not in {t for t, _ in parse._cache}
        monkeypatch.setattr(C, "PARSE_AHEAD_SENTENCES", 0)
        assert C._parse_ahead(kb, order, 3) == 4  # a document over the batch is left to its statements


def test_two_lengths_of_time_of_other_things_are_not_compared_and_of_one_thing_differ(tmp_path):
    a = _doc("intro", ["This room follows Ada Lind, a weaver from Porto, through thirty years of work on her tapestries."],
             amounts={"thirty years": (30, "year", None)})
    b = _doc("panel", ["Ada Lind, the Porto weaver, worked on the Minho altarpiece for eleven years, from 1801 to 1812."],
             amounts={"eleven years": (11, "year", None)})
    assert _verdicts(_db(tmp_path, a, b)) == []
    c = _doc("essay", ["Ada Lind, the Porto weaver, worked on the Minho altarpiece for nine years, from 1803 to 1812."],
             amounts={"nine years": (9, "year", None)})
    (tmp_path / "x").mkdir()
    assert ("differ", ["nine years", "eleven years"]) in _verdicts(_db(tmp_path / "x", b, c))


def test_evidence_of_one_occasion_reads_likeness_names_words_years_and_the_act():
    from vitrina import compare as c

    a = "Mayor Tulve of Eskar opened the new canal lock at Marren in 1911."
    b = "The new canal lock at Marren was opened by Mayor Tulve of Eskar in 1912."
    ea, eb = a.index("1911"), b.index("1912")
    tulve, eskar, marren = (6, "p", "person"), (15, "e", "place"), (40, "m", "place")
    one = c.occasion_evidence((a, 100, (100 + ea, 104 + ea), frozenset({tulve, eskar, marren})),
                              (b, 0, (eb, eb + 4), frozenset({tulve, eskar, marren})))
    assert one[0] > 0.8 and one[1] == 3 and one[2] > 0.8 and not one[3] and one[4]
    # another act on the value ("closed" / "opened"): not one act
    closed = "Mayor Tulve of Eskar closed the new canal lock at Marren in 1912."
    other_act = c.occasion_evidence((a, 0, (ea, ea + 4), frozenset()), (closed, 0, (ea, ea + 4), frozenset()))
    assert not other_act[4]
    # a place each names alone besides the values: two occasions
    apart = c.occasion_evidence((a, 0, (ea, ea + 4), frozenset({(40, "m", "place")})),
                                (b, 0, (eb, eb + 4), frozenset({(30, "q", "place")})))
    assert apart[3]
    # years written besides the two values, none in common: two occasions
    a2, b2 = "After the flood of 1880, Tulve opened the lock on May 2.", "After the fire of 1894, Tulve opened the lock on May 9."
    years = c.occasion_evidence((a2, 0, (a2.index("May 2"), a2.index("May 2") + 5), frozenset()),
                                (b2, 0, (b2.index("May 9"), b2.index("May 9") + 5), frozenset()))
    assert years[3]
    w = c.OccasionWeights(min_similarity=0.7, min_shared=2, min_words=0.5)
    assert c.one_occasion(one, w) and not c.one_occasion(other_act, w) and not c.one_occasion(apart, w)
    assert not c.one_occasion((0.99, 3, 0.9, True, True), w) and not c.one_occasion((0.99, 1, 0.9, False, True), w)
    assert not c.one_occasion((0.5, 5, 0.9, False, True), w) and not c.one_occasion((0.9, 5, 0.3, False, True), w)


def test_names_in_a_span_are_the_names_written_within_it():
    from vitrina import compare as c

    names = [(0, 4, "a", "person"), (10, 15, "b", "place"), (14, 30, "c", "other"), (40, 44, "d", "person")]
    assert {n[1] for n in c.names_in(names, 5, 30)} == {"b", "c"}
    assert c.names_in(names, 0, 50) == frozenset({(0, "a", "person"), (10, "b", "place"), (14, "c", "other"),
                                                  (40, "d", "person")})
    assert c.names_in(names, 31, 39) == frozenset()


def test_counts_of_one_act_told_of_one_occasion_differ(tmp_path):
    a = _doc("a", ["The ferry from Faro sank off Porto in a gale.", "The boatmen rescued thirty-two people."])
    b = _doc("b", ["The ferry from Faro sank off Porto in a storm.", "Of her passengers, 41 were rescued."])
    found = [c for c in compare(_db(tmp_path, a, b)) if c.kind == "quantity"]
    assert [(c.verdict, sorted(s.text for s in c.statements)) for c in found] == [("differ", ["41", "thirty-two"])]
    assert found[0].subject.startswith("number counted by “rescue”")


def test_counts_of_one_act_on_other_occasions_are_not_compared(tmp_path):
    a = _doc("a", ["The ferry from Faro sank off Porto in a gale.", "The boatmen rescued thirty-two people."])
    b = _doc("b", ["A fire broke out in the theatre at Braga during the opera.", "Firemen rescued 41 people."])
    assert [c for c in compare(_db(tmp_path, a, b)) if c.kind == "quantity"] == []


def test_a_label_names_only_the_participants_every_member_shares():
    from vitrina.compare import Statement, _subject

    def amount(doc: str, about: tuple[str, ...]) -> Statement:
        return Statement("quantity", doc, 0, 2, "40", (0, 10), "40 ships.", about, (40.0, "ships", (), (), ()))

    kinds = {"person-ada-lind": ("person", "Ada Lind"), "place-porto": ("place", "Porto")}
    members = [amount("a", ("person-ada-lind", "place-porto")), amount("b", ("place-porto",))]
    assert _subject("quantity", members, kinds) == "ships (Porto)"
    assert _subject("quantity", members[:1], kinds) == "ships (Ada Lind, Porto)"


def test_counts_of_one_act_in_a_sentence_retold_differ(tmp_path):
    a = _doc("a", ["Vell sailed from Faro with the grain fleet.",
                   "In a long and bitter winter the riots in Porto ended after the guards, firing from the walls of "
                   "the old fort without any warning, killed 79 people and wounded 186."])
    b = _doc("b", ["Sora came home to Braga from the university.",
                   "Ada Lind wrote much later that the riots in Porto ended after the guards, firing from the walls of "
                   "the old fort without any warning, killed 69 people and wounded 186 others."])
    found = [c for c in compare(_db(tmp_path, a, b)) if c.kind == "quantity" and c.verdict == "differ"]
    assert [sorted(s.text for s in c.statements) for c in found] == [["69", "79"]]


def test_clock_times_in_a_sentence_retold_are_compared_as_times_not_as_their_digits(tmp_path):
    a = _doc("a", ["The harbor master of Porto said the quay was cleared of ice at 07:45 that morning."])
    b = _doc("b", ["The harbor master of Porto said the quay was cleared of ice at 10:15 that morning."])
    c = _doc("c", ["The harbor master of Porto said the quay was cleared of ice by 10:30 that morning."])
    found = [(c.verdict, sorted(s.text for s in c.statements)) for c in compare(_db(tmp_path, a, b)) if c.kind == "number"]
    assert found == [("differ", ["07:45", "10:15"])]
    found = [(g.verdict, sorted(s.text for s in g.statements)) for g in compare(_db(tmp_path, a, c)) if g.kind == "number"]
    assert found == [("consistent", ["07:45", "by 10:30"])]


def test_one_day_with_two_times_of_day_that_cannot_be_one_is_no_agreement(tmp_path):
    d = {"May 4, 1921": "1921-05-04"}
    a = _doc("a", ["The Harbor Accord was signed in Porto at 09:15 on May 4, 1921."], d)
    b = _doc("b", ["The Harbor Accord was signed in Porto shortly after 4pm on May 4, 1921."], d)
    c = _doc("c", ["The Harbor Accord was signed in Porto at around 9am on May 4, 1921."], d)
    found = {g.kind: g for g in compare(_db(tmp_path, a, b))}
    assert found["number"].verdict == "differ"  # the sentence retold with another time in one place
    assert found["happening-date"].verdict in ("differ", "uncertain")
    assert "times of day T09:15 and T16:00/T16:30" in found["happening-date"].reasons[0]["reason"]
    found = {g.kind: g for g in compare(_db(tmp_path / "c", a, c))}
    assert found["happening-date"].verdict == "consistent"
    assert found["number"].verdict == "consistent"


def test_counts_by_verbs_of_one_measure_in_accounts_of_one_happening_differ_as_intervals(tmp_path):
    # two accounts written apart (little alike but what they count), one happening named by both, the hedge kept
    a = _doc("a", ["The boiler of the Tarn mill blew up before dawn.",
                   "Nearly 30 people were injured in the explosion, the night watchman said."],
             amounts={"Nearly 30 people": (30.0, "people", "nearly")})
    b = _doc("b", ["Only 12 people were hurt in the explosion, according to the mill's owners."],
             amounts={"12 people": (12.0, "people", None)})
    c = _doc("c", ["At least 25 people were hurt by the explosion, doctors said."],
             amounts={"At least 25 people": (25.0, "people", "at least")})
    found = [g for g in compare(_db(tmp_path, a, b)) if g.kind == "quantity" and g.verdict == "differ"]
    assert [sorted(s.text for s in g.statements) for g in found] == [["12", "Nearly 30 people"]]
    assert "one happening" in found[0].grouping
    # "nearly 30" (27–33) and "at least 25" overlap: one more precise, never a contradiction
    found = [(g.verdict, sorted(s.text for s in g.statements)) for g in compare(_db(tmp_path, a, c))
             if g.kind == "quantity" and g.subject.startswith("number counted")]
    assert found == [("consistent", ["At least 25 people", "Nearly 30 people"])]


def test_counts_of_one_happening_written_in_other_years_are_not_compared(tmp_path):
    a = _doc("a", ["In 1901, 30 people were injured in the explosion at the mill."])
    b = _doc("b", ["In 1923, 12 people were hurt in the explosion at the mill."])
    assert [g for g in compare(_db(tmp_path, a, b)) if g.subject.startswith("number counted")] == []


def test_verbs_of_one_measure_and_nouns_of_a_happening_by_wordnet():
    from vitrina import compare as c

    assert c._one_measure("injure", "hurt") and c._one_measure("wound", "injure") and c._one_measure("save", "save")
    assert not c._one_measure("rescue", "kill") and not c._one_measure("injure", "treat")
    assert {"explosion", "fire"} <= c._happenings("After the explosion a fire spread to the Porto docks.")
    assert c._happenings("The boatmen rescued thirty-two people from the Porto quay.") == frozenset()
    # the act counted written as a noun, and a happening of no kind, are no occasion
    assert c._happenings("At the start of the siege the guards fired on the crowd, killing nine.") == frozenset()


def test_a_quotation_and_a_refusal_to_comment_of_one_occasion_are_shown_as_differing_reports(tmp_path):
    said = "We will rebuild the quay before the winter storms come"
    a = _doc("a", ["The Porto harbor board met on 3 May 1911.", f'Ada Lind told the board: "{said}."'],
             dates={"3 May 1911": "1911-05-03"}, quotes={said: "person-ada-lind"})
    b = _doc("b", ["The harbor board of Porto met on 3 May 1911 after the collapse.",
                   "Ada Lind declined to comment on the repairs."], dates={"3 May 1911": "1911-05-03"})
    found = [g for g in compare(_db(tmp_path, a, b)) if g.kind == "quote"]
    assert [(g.verdict, [s.text for s in g.statements]) for g in found] == [
        ("differ", [said, "declined to comment on the repairs"])]
    assert "declined to comment" in found[0].reasons[0]["reason"]
    # years apart: two occasions, not compared
    c = _doc("c", ["The harbor board of Porto met on 9 June 1920.", "Ada Lind declined to comment on the repairs."],
             dates={"9 June 1920": "1920-06-09"})
    assert [g for g in compare(_db(tmp_path, a, c)) if g.kind == "quote"] == []


def test_what_a_date_with_a_time_of_day_times_is_read_from_its_parse():
    from vitrina import compare as c

    def timed(sentence: str) -> frozenset[str]:
        return c._timed_happening(sentence, sentence.index("3 May"))

    assert timed("A fire broke out in the Porto mill shortly after 9pm on 3 May 1911.") == {"fire"}
    assert timed("The fire at around 10pm on 3 May 1911 destroyed the mill.") == {"fire"}
    assert timed("The boiler of the mill exploded at 21:40 on 3 May 1911.") == {"explosion"}
    assert timed("The mayor declared an emergency at 22:05 on 3 May 1911 after the fire.") == frozenset()


def test_times_of_one_happening_on_one_day_that_cannot_be_one_time_differ(tmp_path):
    a = _doc("a", ["A fire broke out in the Porto mill at 21:40 on 3 May 1911."], dates={"3 May 1911": "1911-05-03"})
    b = _doc("b", ["A fire broke out in the Porto mill shortly after 11pm on 3 May 1911."],
             dates={"3 May 1911": "1911-05-03"})
    c_ = _doc("c", ["The mayor of Porto declared an emergency at 23:05 on 3 May 1911."],
              dates={"3 May 1911": "1911-05-03"})
    dated = [r for g in compare(_db(tmp_path, a, b)) if g.kind == "happening-date" for r in g.reasons]
    assert [r["relation"] for r in dated] == ["differ"] and "times of one happening (“fire”)" in dated[0]["reason"]
    dated = [r for g in compare(_db(tmp_path, a, c_)) if g.kind == "happening-date" for r in g.reasons]
    assert all(r["relation"] != "differ" for r in dated)  # another act that evening: maybe, never a contradiction


def test_the_stage_of_a_happening_a_time_of_day_times_is_read_from_its_parse():
    from vitrina import compare as c

    def timed(sentence: str, at: str) -> tuple[frozenset[str], frozenset[str]]:
        return c._timed(sentence, sentence.index(at))[:2]

    assert timed("An explosion occurred in the Porto mill at 04:10 on 3 May 1911.", "3 May") == ({"explosion"}, set())
    assert timed("The explosion at around 04:00 on 3 May 1911 woke the town.", "3 May") == ({"explosion"}, set())
    assert timed("The fire was brought under control at 06:15.", "06:15") == ({"fire"}, {"bring", "control"})
    assert timed("The harbor master said the fire was under control by 07:00.", "07:00") == ({"fire"}, {"control"})
    assert timed("The mayor of Porto spoke to the crowd at 09:00.", "09:00")[0] == frozenset()


def test_times_of_one_stage_of_a_happening_written_with_no_date_are_dated_by_their_account(tmp_path):
    d = {"3 May 1911": "1911-05-03"}
    a = _doc("a", ["A fire broke out in the Porto mill at 21:40 on 3 May 1911.",
                   "The fire was brought under control at 23:50."], dates=d)
    b = _doc("b", ["On 3 May 1911 flames spread through the Porto mill.",
                   "A night watchman said the fire was under control by 23:00."], dates=d)
    found = [g for g in compare(_db(tmp_path, a, b)) if g.kind == "happening-date"]
    assert [(g.verdict, sorted(s.text for s in g.statements)) for g in found] == [("differ", ["23:50", "by 23:00"])]
    assert "one happening (“fire”) timed on the same day" in found[0].grouping
    # the outbreak at 21:40 is another stage: never set against "under control by 23:00"
    assert not any("21:40" in s.sentence_text for g in found for s in g.statements)


def test_times_of_two_explosions_told_in_two_places_on_one_day_are_not_one_happening(tmp_path):
    from vitrina import compare as c
    from vitrina.store import read

    d = {"3 May 1911": "1911-05-03"}
    a = _doc("a", ["A gas main exploded in Faro at 06:10 on 3 May 1911."], dates=d)
    b = _doc("b", ["An explosion at 09:45 on 3 May 1911 wrecked a warehouse in Braga."], dates=d)
    assert [g for g in compare(_db(tmp_path, a, b)) if g.verdict == "differ"] == []
    d2 = _doc("d", ["An explosion at 09:45 on 3 May 1911 wrecked a warehouse."], dates=d)
    (tmp_path / "x").mkdir()
    kinds = {e.id: (e.type, e.name) for e in ENTITIES.values()}
    statements = {s.document: s for s in c._statements(read.as_knowledge_base(_db(tmp_path / "x", a, d2)), kinds, [])
                  if s.kind == "happening-date"}
    assert c._one_stage_timed(statements["a"], statements["d"]) == "explosion"  # no place on one side: maybe one


def test_counts_of_one_kind_of_people_by_one_act_in_two_accounts_of_one_day_differ(tmp_path):
    # the act written as a verb in one account and as the counting verb's subject in the other; the happening told in
    # each account's opening, the count sentences saying nothing of it; one day dated in both
    a = _doc("a", ["A fire destroyed the Porto mill on 3 May 1911.", "The owners had insured the building.",
                   "Nearly 400 tenants were evacuated from the flats nearby."],
             dates={"3 May 1911": "1911-05-03"}, amounts={"Nearly 400 tenants": (400.0, "tenants", "nearly")})
    b = _doc("b", ["On 3 May 1911 a fire spread through the Porto mill.", "The evacuation covered 90 households, "
                   "or about 900 tenants, on the river bank."],
             dates={"3 May 1911": "1911-05-03"}, amounts={"about 900 tenants": (900.0, "tenants", "about")})
    found = [g for g in compare(_db(tmp_path, a, b)) if g.subject.startswith("number of")]
    assert [(g.verdict, g.subject, sorted(s.text for s in g.statements)) for g in found] == [
        ("differ", "number of “tenant” counted by “evacuate”", ["Nearly 400 tenants", "about 900 tenants"])]
    # another day told in the other account: another occasion
    c = _doc("c", ["On 9 June 1913 a fire spread through the Porto mill.", "The evacuation covered 90 households, "
                   "or about 900 tenants, on the river bank."],
             dates={"9 June 1913": "1913-06-09"}, amounts={"about 900 tenants": (900.0, "tenants", "about")})
    (tmp_path / "c").mkdir()
    assert [g for g in compare(_db(tmp_path / "c", a, c)) if g.subject.startswith("number of")] == []


def test_counts_of_people_leaving_their_homes_and_evacuated_in_two_accounts_of_one_day_differ(tmp_path):
    # "left their homes" told as one word by WordNet's gloss of evacuate ("move people from their homes"); the count
    # written with a thousands separator is no year
    a = _doc("a", ["A fire destroyed the Porto mill on 3 May 1911.", "The owners had insured the building.",
                   "Nearly 400 tenants were evacuated from the flats nearby."],
             dates={"3 May 1911": "1911-05-03"}, amounts={"Nearly 400 tenants": (400.0, "tenants", "nearly")})
    b = _doc("b", ["On 3 May 1911 a fire spread through the Porto mill.",
                   "About 1,100 tenants left their homes on the river bank before dawn."],
             dates={"3 May 1911": "1911-05-03"}, amounts={"About 1,100 tenants": (1100.0, "tenants", "about")})
    found = [g for g in compare(_db(tmp_path, a, b)) if g.subject.startswith("number of")]
    assert [(g.verdict, g.subject, sorted(s.text for s in g.statements)) for g in found] == [
        ("differ", "number of “tenant” counted by “evacuate”", ["About 1,100 tenants", "Nearly 400 tenants"])]
    # leaving the mill (no verb glossed as moving from a mill) is another act: not grouped
    c = _doc("c", ["On 3 May 1911 a fire spread through the Porto mill.",
                   "About 1,100 tenants left the mill on the river bank before dawn."],
             dates={"3 May 1911": "1911-05-03"}, amounts={"About 1,100 tenants": (1100.0, "tenants", "about")})
    (tmp_path / "c").mkdir()
    assert [g for g in compare(_db(tmp_path / "c", a, c)) if g.subject.startswith("number of")] == []


def test_two_short_clauses_counting_one_noun_alike_are_no_one_occasion(tmp_path):
    a = _doc("a", ["Eleven nations took part."])
    b = _doc("b", ["Some thirty nations took part, but the host ran it."])
    assert [g for g in compare(_db(tmp_path, a, b)) if g.subject.startswith("number of")] == []
    c_ = _doc("c", ["Between 1840 and 1850, six governors were deposed or murdered in the province."])
    d = _doc("d", ["Four governors were deposed or murdered between 1840 and 1850."])
    (tmp_path / "c").mkdir()
    found = [g for g in compare(_db(tmp_path / "c", c_, d)) if g.subject.startswith("number of")]
    assert [(g.verdict, sorted(s.text for s in g.statements)) for g in found] == [("differ", ["Four", "six"])]


def test_a_figure_an_earlier_version_of_the_text_gave_is_corrected_not_a_contradiction(tmp_path):
    # round 47: a correction notice telling what an earlier version said withdraws that figure
    a = _doc("a", ["Lind carried 1,200 passengers to Porto in 1921."],
             amounts={"1,200 passengers": (1200.0, "passengers", None)})
    b = _doc("b", ["An earlier version of this story said Lind carried 2,900 passengers to Porto in 1921.",
                   "The harbour log gives a smaller number."],
             amounts={"2,900 passengers": (2900.0, "passengers", None)})
    c = _doc("c", ["Lind carried 2,900 passengers to Porto in 1921."],
             amounts={"2,900 passengers": (2900.0, "passengers", None)})
    found = compare(_db(tmp_path, a, b))
    assert [c.verdict for c in found] == ["uncertain"]
    assert [s.corrected for s in found[0].statements] == [False, True]
    assert "corrected by its own document" in found[0].reasons[0]["reason"]
    # the same figure asserted, not withdrawn, contradicts
    assert [v for v, _ in _verdicts(_db(_fresh(tmp_path / "other"), a, c))] == ["differ"]


def test_a_corrected_statement_is_shown_marked_corrected(tmp_path):
    a = _doc("a", ["Lind carried 1,200 passengers to Porto in 1921."],
             amounts={"1,200 passengers": (1200.0, "passengers", None)})
    b = _doc("b", ["An earlier version also said Lind carried 2,900 passengers to Porto in 1921."],
             amounts={"2,900 passengers": (2900.0, "passengers", None)})
    conn = _db(tmp_path, a, b)
    cited = [s for c in load_comparisons(conn) for s in c["statements"]]
    assert [s.get("corrected", False) for s in cited] == [False, True]
    conn.close()
    out = CliRunner().invoke(main, ["compare", "--db", str(tmp_path / "exhibit.db")])
    assert "UNCERTAIN" in out.output and "2,900 passengers” (b" in out.output
    assert out.output.count("corrected by its own document") == 1


def test_titles_naming_two_law_cases_are_two_cases_and_one_case_with_its_parties_swapped_is_one():
    from vitrina.compare import other_cases

    assert other_cases("Pell v. Dorrit: evidence", "In re C.D. (an infant)")
    assert other_cases("Crown v Ashby", "Pell vs. Dorrit")
    assert not other_cases("Pell v. Dorrit", "Dorrit v. Pell: the appeal")
    assert not other_cases("Pell v. Dorrit", "The mill at Ashby")  # one title names no case
    assert not other_cases("Henry V at the Globe", "Re: the mill at Ashby")  # no case mark in either


def test_a_title_in_a_name_is_no_act_of_the_other_sentence():
    from vitrina.compare import Statement, _common_words

    sentence = "The inquest was opened before His Honour Judge Tobias Wren on 3 May 1911."
    s = Statement("happening-date", "a", 62, 72, "3 May 1911", (0, len(sentence)), sentence, (),
                  ("1911-05-03", "1911-05-03", ("inquest", "opened", "honour", "judge", "tobias", "wren")))
    assert _common_words(s) == ("inquest", "opened")
    opening = "Judgment was given on 3 May 1911."
    t = dataclasses.replace(s, sentence=(0, len(opening)), sentence_text=opening,
                            value=("1911-05-03", "1911-05-03", ("judgment", "given")))
    assert _common_words(t) == ("judgment", "given")  # capitalised only as the sentence's first word


def test_amounts_told_in_dated_entries_of_other_days_are_two_days_figures(tmp_path):
    a = _doc("a", ["Tuesday 4 May 1870.", "Fog all morning.", "The barge carried 310 tons of coal."],
             dates={"4 May 1870": "1870-05-04"}, amounts={"310 tons": (310.0, "tons", None)})
    b = _doc("b", ["Friday 9 July 1870.", "Fog all morning.", "The barge carried 280 tons of coal."],
             dates={"9 July 1870": "1870-07-09"}, amounts={"280 tons": (280.0, "tons", None)})
    assert [g for g in compare(_db(tmp_path / "days", a, b)) if g.kind == "quantity"] == []
    c = _doc("c", ["Tuesday 4 May 1870.", "Fog all morning.", "The barge carried 280 tons of coal."],
             dates={"4 May 1870": "1870-05-04"}, amounts={"280 tons": (280.0, "tons", None)})
    assert [g.verdict for g in compare(_db(tmp_path / "day", a, c)) if g.kind == "quantity"] == ["differ"]


def test_the_degrees_of_two_sites_told_alike_are_two_points_not_a_difference(tmp_path):
    a = _doc("a", ["The survey placed the mill of the valley at 47°12′10″N 8°31′05″E, near the weir."])
    b = _doc("b", ["The survey placed the mill of the valley at 46°58′40″N 7°26′55″E, near the weir."])
    assert [c for c in compare(_db(tmp_path, a, b)) if c.kind == "number"] == []


def test_a_number_the_other_sentence_also_writes_is_not_a_retelling_that_differs():
    from vitrina import compare as c

    def number(sentence: str, written: str) -> c.Statement:
        at = sentence.rindex(written)
        return c.Statement("number", "a", at, at + len(written), written, (0, len(sentence)), sentence, (),
                           (float(written.replace(",", "")),), retold_only=True)

    a = number("Gauge: one rod to a chain (1:2,500).", "2,500")
    b = number("A gauge of 1:2,500 is one rod to a chain; 1:1,250 is two rods to a chain.", "1,250")
    assert c._written_in_both(a, b)
    assert not c._written_in_both(number("Gauge (1:2,500).", "2,500"), number("Gauge (1:1,250).", "1,250"))


def test_a_start_of_one_kind_of_thing_told_of_another_thing_is_not_one_act():
    from vitrina import compare as c
    from vitrina.frames import Frame

    def opened(doc: str, sentence: str, theme: tuple[str, ...]) -> c.Statement:
        frame = Frame(predicate=("opened", "bids"), theme=theme, subject=(), words=(), word_offsets=(), aspect="start",
                      offsets=())
        return c.Statement("happening-date", doc, 0, 1, "x", (0, len(sentence)), sentence, (),
                           ("1899-03-02", "1899-03-02", ()), frame=frame, retold_only=True)

    school = opened("a", "Bids were opened on 2 March 1899.", ("bids",))
    depot = opened("b", "Bids for the depot had been opened on 9 March 1899.", ("bids", "depot"))
    assert c._theme_told_apart(depot, school) and not c._theme_told_apart(school, depot)
    assert not c._begun_or_ended_alike(school, depot)
    again = opened("c", "Bids for the depot were opened on 2 March 1899.", ("bids", "depot"))
    assert not c._theme_told_apart(depot, again)


def test_the_number_sentences_of_the_next_documents_are_parsed_ahead_with_lemmas(tmp_path):
    """Round 51 red team D15: many one-line documents each had their number sentence parsed in a batch of its own
    (``_verb_counts``); they are parsed ahead together, as the dated ones are."""
    from vitrina import compare as C
    from vitrina.qa import parse
    from vitrina.store.read import as_knowledge_base

    docs = [_doc(f"d{n}", [f"Ada Lind sold the farm in {1900 + n}.", f"She kept {n + 3} goats."],
                 {str(1900 + n): str(1900 + n)}) for n in range(3)]
    kb = as_knowledge_base(_db(tmp_path, *docs))
    parse._cache.clear()
    with parse.cache_limit(C.PARSE_CACHE):
        assert C._parse_ahead(kb, C._statement_order(kb), 0) == 3
        assert {(f"She kept {n + 3} goats.", True) for n in range(3)} <= set(parse._cache)


def test_bids_for_two_named_buildings_opened_days_apart_are_two_acts_not_one_misdated(tmp_path):
    """Round 51 leftover (red team 50 D9): the same act done to two things of one kind ("bids for the granary" /
    "bids for the chapel") is neither grouped by its arguments nor shown as a contradiction; done to one thing, the
    two days still contradict."""
    a = _doc("a", ["Bids for the Harlow Granary were opened on 3 May 1888."], {"3 May 1888": "1888-05-03"})
    b = _doc("b", ["Bids for the Norbury Chapel were opened on 11 May 1888."], {"11 May 1888": "1888-05-11"})
    assert _verdicts(_db(tmp_path, a, b)) == []
    same = _doc("c", ["Bids for the Harlow Granary were opened on 11 May 1888."], {"11 May 1888": "1888-05-11"})
    (tmp_path / "exhibit.db").unlink()
    assert [v for v, _ in _verdicts(_db(tmp_path, a, same))] == ["differ"]


def test_two_dates_of_clauses_whose_predicate_and_arguments_align_date_one_act():
    """"A founded the guild in 1874" / "the guild was established in 1876 by A": the same act by a WordNet sense,
    one name the doer of both, no other name: one act given two dates. Another doer, another named thing or a trip
    is not."""
    from vitrina import compare as c
    from vitrina.frames import Frame

    mora = ("person-ida-mora", "person", frozenset({"ida", "mora"}))
    vell = ("person-otto-vell", "person", frozenset({"otto", "vell"}))

    def dated(doc: str, verb: str, year: str, doer: tuple = mora, theme: tuple[str, ...] = ("guild",)) -> c.Statement:
        frame = Frame(predicate=(verb,), theme=theme, subject=tuple(sorted(doer[2])), words=(), word_offsets=(),
                      aspect=None, offsets=())
        sentence = f"{' '.join(sorted(doer[2])).title()} {verb} the {' '.join(theme)} in {year}."
        return c.Statement("happening-date", doc, 0, 1, year, (0, len(sentence)), sentence, (doer[0],),
                           (f"{year}-01-01", f"{year}-12-31", ()), frame=frame, people=(doer,), named=(doer,))

    assert c._arguments_aligned(dated("a", "founded", "1874"), dated("b", "established", "1876"))
    assert not c._arguments_aligned(dated("a", "founded", "1874"), dated("b", "established", "1876", doer=vell))
    assert not c._arguments_aligned(dated("a", "founded", "1874"), dated("b", "praised", "1876"))
    assert not c._arguments_aligned(dated("a", "travelled", "1874", theme=("harbour",)),
                                    dated("b", "travelled", "1876", theme=("harbour",)))  # a trip may recur


_BOARD_ORDER = {
    "a": "In {}, however, the board of Porto enacted a measure to send the children of Lisbon to separate schools.",
    "b": "In {} the board of Porto ordered the children of Lisbon into separate schools, and Lind protested that the "
         "order broke the treaty.",
    "c": "In {}, however, the board of Porto ordered the children of Lisbon into separate schools, and Lind protested "
         "that the order broke the treaty.",
}


def _board_orders(tmp_path: Path, years: dict[str, str]) -> list:
    """An essay's sentence in other words (a) and two panels retelling it (b, c): one order of a board, dated."""
    return compare(_db(tmp_path, *(_doc(name, [_BOARD_ORDER[name].format(year)], {year: year})
                                   for name, year in years.items())))


def test_a_third_statement_agreeing_with_one_and_contradicting_the_other_makes_two_values_a_contradiction(tmp_path):
    found = _board_orders(tmp_path, {"a": "1906", "b": "1906", "c": "1907"})
    assert [c.verdict for c in found] == ["differ"]
    settled = [r for r in found[0].reasons if (r["a"], r["b"]) == (0, 2)]
    assert settled[0]["relation"] == "differ" and "agrees with one and contradicts the other" in settled[0]["reason"]


def test_two_values_told_in_other_words_without_a_third_statement_are_no_contradiction(tmp_path):
    assert "differ" not in [c.verdict for c in _board_orders(tmp_path, {"a": "1906", "c": "1907"})]


def test_a_third_statement_settles_only_single_amounts_of_one_measure():
    """Which fact two amounts are of is settled by a third statement only when each is the only amount of its unit in
    its sentence and they are within the range one measure is grouped in; two dates always qualify."""
    from vitrina import compare as c

    def amount(document: str, value: float, siblings: tuple = ()) -> c.Statement:
        sentence = "The guild of Porto paid the harbor fees."
        return c.Statement("quantity", document, 0, 1, str(value), (0, len(sentence)), sentence, (),
                           (value, "usd", None, (), ()), siblings=siblings)

    assert c._one_value_each(amount("a", 110_000.0), amount("b", 120_000.0))
    assert not c._one_value_each(amount("a", 110_000.0), amount("b", 330.0))  # a value read wrong measures nothing
    assert not c._one_value_each(amount("a", 390.0, ((784.0, "usd"),)), amount("b", 410.0))  # which of two is it?
    months = (c.Statement(**{**amount(d, v).__dict__, "value": (v, "months", None, (), ())}) for d, v in (("a", 5.0),
                                                                                                      ("b", 6.0)))
    assert not c._one_value_each(*months)  # "six months" times many spans: agreeing on it says little
    day = c.Statement("happening-date", "a", 0, 1, "May 4", (0, 10), "x", (), ("1921-05-04", "1921-05-04", ()))
    assert c._one_value_each(day, c.Statement(**{**day.__dict__, "document": "b"}))


def test_counts_held_by_other_people_are_two_things():
    """Round 56 red team D-COMPARE-FALSE: "A polled 5,200 votes" in one election and "B polled 3,400 votes" in
    another are two people's counts, never one count told twice; a count of the same person is compared."""
    import vitrina.compare as compare

    def count(document: str, value: float, person: tuple[str, str, frozenset[str]]) -> compare.Statement:
        sentence = f"{person[0]} polled {value:,.0f} votes."
        return compare.Statement("quantity", document, 0, 9, f"{value:,.0f} votes", (0, len(sentence)), sentence,
                                 (person[0],), (value, "votes", (), ("poll",), ("polled",)), people=(person,))

    marr = ("person-ivo-marr", "person", frozenset({"ivo", "marr"}))
    tallis = ("person-ruth-tallis", "person", frozenset({"ruth", "tallis"}))
    assert compare._counts_of_other_people(count("a", 5200, marr), count("b", 3400, tallis))
    assert not compare._counts_of_other_people(count("a", 5200, marr), count("b", 5300, marr))
    assert compare._same_quantity(count("a", 5200, marr), count("b", 3400, tallis)) is None


def test_a_count_read_from_the_noun_it_numbers_meets_an_amount_of_that_unit_in_a_sentence_retold(tmp_path):
    """Round 57: "18 of its fastest armed cutters" reads as no amount (the number stands apart from its noun), so
    it was a bare number, never compared with "16 armed cutters". The number counts the noun of its "of" (the
    parse), so it is an amount of cutters, compared only with its own sentence retold: there the two counts differ."""
    told = "In the spring Porto sent {} to guard the harbour of Lisbon against the raiders of the northern coast."
    a = _doc("a", [told.format("16 armed cutters")], amounts={"16 armed cutters": (16.0, "cutters", None)})
    b = _doc("b", [told.format("18 of its fastest armed cutters")])
    assert [(v, sorted(texts)) for v, texts in _verdicts(_db(tmp_path, a, b))] == [
        ("differ", ["16 armed cutters", "18"])]
    (tmp_path / "exhibit.db").unlink()
    other = _doc("c", ["The Porto guild of carpenters built 18 of its fastest armed cutters in a single dry season."])
    assert _verdicts(_db(tmp_path, a, other)) == []  # another sentence altogether: counts of two things
    from vitrina.compare import _hedge_before

    assert _hedge_before("The raiders seized nearly ") == "nearly"  # a hedge read as an amount's: ±10 %
    assert _hedge_before("The raiders seized ") is None
