"""The typed read API (store/read.py) over the sample exhibit of our own sentences."""

from __future__ import annotations

import pytest

from vitrina.store import connect_readonly
from vitrina.store.read import KnowledgeBase, SQLiteKnowledgeBase


@pytest.fixture
def kb(sample_db) -> KnowledgeBase:
    conn = connect_readonly(sample_db)
    yield SQLiteKnowledgeBase(conn)
    conn.close()


def test_documents_in_reading_order_with_structure(kb):
    assert [d.id for d in kb.documents()] == ["harbor", "voyage"]
    assert kb.document("voyage").title == "A Quiet Crossing" and kb.document("nowhere") is None
    text = kb.text("harbor")
    assert [s.title for s in kb.sections("harbor")] == ["The Harbor Museum"]
    kinds = [b.kind for b in kb.blocks("harbor")]
    assert kinds[0] == "heading" and "caption" in kinds
    caption = next(b for b in kb.blocks("harbor") if b.kind == "caption")
    assert text[caption.start:caption.end].startswith("Lind inspects") and caption.credit == "Town Archive"


def test_has_section_by_id_label_or_title_in_any_case(kb):
    section = kb.sections("harbor")[0]
    assert kb.has_section(section.id) and kb.has_section(section.title.upper())
    assert kb.has_section(section.title, "harbor") and not kb.has_section(section.title, "voyage")
    assert not kb.has_section("No Such Panel")


def test_entities_and_mentions_filter_and_cite(kb):
    assert [e.id for e in kb.entities(type="place")] == ["place-lisbon", "place-porto"]
    lind = kb.entity("person-ada-lind")
    assert lind.name == "Ada Lind" and "Lind" in lind.aliases
    porto = kb.mentions(entity="place-porto")
    assert [m.document for m in porto] == ["harbor", "voyage"]
    assert all(kb.text(m.document)[m.start:m.end] == "Porto" for m in porto)
    assert {m.entity for m in kb.mentions(document="voyage")} == {"person-marco-vell", "place-lisbon", "place-porto"}


def test_dates_and_events_by_period_and_participant(kb):
    assert [d.edtf for d in kb.dates(between=("1921-01-01", "1921-12-31"))] == ["1921-05-04", "1921-05-04"]
    assert [d.edtf for d in kb.dates(document="voyage")] == ["1932-22"]
    events = kb.events(entity="place-lisbon")
    assert [e.label for e in events] == ["Marco Vell sails from Lisbon to Porto"]
    assert events[0].places == ("place-lisbon", "place-porto") and events[0].evidence
    assert kb.events(between=("1900-01-01", "1910-12-31")) == []


def test_quantities_quotes_and_search(kb):
    (models,) = kb.quantities()
    assert (models.value, models.unit, models.qualifier) == (1200.0, "models", "more than")
    assert [q.kind for q in kb.quotes(speaker="person-ada-lind")] == ["quotation"]
    hits = kb.search(["crossing"])
    assert [h.document for h in hits] == ["voyage"] and "crossing" in hits[0].text
    assert kb.search(["museum", "spring"])[0].text.startswith("The museum held")
    assert kb.search(["porto"], document="harbor")[0].document == "harbor"
    assert kb.search(['"; DROP TABLE'], limit=3) == [] and kb.search([]) == []


def test_sentences_of_a_document_in_order(kb):
    sentences = kb.sentences("voyage")
    assert [s.text[:9] for s in sentences] == ["In the su", "Vell call"]
    assert all(kb.text("voyage")[s.start:s.end] == s.text for s in sentences)
    assert kb.sentences("nowhere") == []


def test_a_quantity_range_keeps_its_upper_end_through_store_and_exports(tmp_path):
    """Round 35 red team D11: "40 to 45 feet" is stored, exported and described as a range."""
    import csv
    import json

    from vitrina.export import export
    from vitrina.model import DocumentBuilder, Piece, Quantity, SourceRef
    from vitrina.store import write_exhibit

    sentence = "The old pier was 60 to 70 feet long."
    builder = DocumentBuilder("pier", "pier.txt", "text")
    builder.section(None, "")
    builder.block("paragraph", [Piece(sentence, SourceRef(0, len(sentence), 1))])
    doc = builder.build(title="The Pier")
    start = doc.text.index("60 to")
    doc = doc.evolve(quantities=(Quantity("q0", start, start + len("60 to 70 feet"), 60.0, "feet", None, 70.0),))
    write_exhibit(tmp_path / "pier.db", [("p", doc)], [doc], [])
    conn = connect_readonly(tmp_path / "pier.db")
    try:
        (row,) = SQLiteKnowledgeBase(conn).quantities()
        assert (row.value, row.high, row.unit) == (60.0, 70.0, "feet")
        (kb_row,) = json.loads(export(conn, "json", None) or "")["quantities"]
        assert (kb_row["text"], kb_row["value"], kb_row["high"]) == ("60 to 70 feet", 60.0, 70.0)
        export(conn, "csv", tmp_path / "csv")
        with open(tmp_path / "csv" / "quantities.csv", newline="") as handle:
            (csv_row,) = csv.DictReader(handle)
        assert (csv_row["value"], csv_row["high"]) == ("60.0", "70.0")
        notes = json.loads(export(conn, "annotations", None) or "")
        assert "60–70 feet" in json.dumps(notes, ensure_ascii=False)
    finally:
        conn.close()
