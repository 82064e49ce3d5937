"""Round 51 red team (reliability): text with stray NULs, document ids by one rule, ids kept across a rename."""

from __future__ import annotations

from pathlib import Path

import pytest

from vitrina.errors import InputError
from vitrina.ingest import read_path
from vitrina.ingest.encoding import TEXT_OR_BINARY, looks_binary
from vitrina.ingest.sniff import unsupported_kind

NOTE = b"The mill\x00 at Varro\x00 burned\x00 in 1877.\x00\n"  # a NUL after each few words: about a tenth of it


def test_text_with_a_tenth_of_its_bytes_stray_nuls_is_read_with_a_warning_naming_the_rule(tmp_path: Path) -> None:
    data = NOTE * 30
    assert 0.05 < data.count(0) / len(data) < TEXT_OR_BINARY["stray_nul_share"]
    assert not looks_binary(data)
    path = tmp_path / "scan.txt"
    path.write_bytes(data)
    (doc,) = read_path(path)
    assert "\x00" not in doc.text and "The mill at Varro burned in 1877." in doc.text
    assert "NULs in text are dropped when at most 25%" in dict(doc.meta)["warning"]


def test_text_with_more_stray_nuls_than_the_rule_allows_is_refused_saying_why(tmp_path: Path) -> None:
    data = b"Ox\x00 a\x00 b\x00\n" * 60  # three NULs in every ten bytes
    assert data.count(0) / len(data) > TEXT_OR_BINARY["stray_nul_share"]
    kind = unsupported_kind(data)
    assert kind is not None and kind.startswith("binary data: ")
    assert "are NUL bytes" in kind and "at most 25%" in kind
    path = tmp_path / "worn.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match="binary data: .* NUL bytes"):
        read_path(path)


def test_binary_data_with_several_kinds_of_control_byte_is_refused_as_before() -> None:
    assert unsupported_kind(b"\x00\x01\x02\x03\x04 ab" * 40) == "binary data"


def test_every_reader_makes_a_document_id_by_one_rule(tmp_path: Path) -> None:
    from vitrina.ingest import read_path

    made = {"ledger_1910.txt": b"The ledger of 1910 lists the carts.\n",
            "ledger_1911.md": b"# Ledger\n\nThe ledger of 1911 lists the wagons.\n",
            "ledger_1912.html": b"<html><body><p>The ledger of 1912 lists the barges.</p></body></html>",
            "ledger_1913.xml": b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>The ledger of 1913.</p>'
                               b"</body></text></TEI>"}
    for name, data in made.items():
        (tmp_path / name).write_bytes(data)
        (doc, *_) = read_path(tmp_path / name)
        assert doc.id.startswith(name.split(".")[0]), (name, doc.id)


def test_a_file_read_again_whose_ids_changed_by_the_rule_records_its_former_ids() -> None:
    """A Markdown file's document was ``ledger-1911`` before round 51; read again it is ``ledger_1911``: the old id
    is a former id of it (the ``formerids`` stage records it, the site redirects it). Ids changed otherwise are not
    paired (an edited TEI file's sections are its own)."""
    from vitrina.pipeline import rule_renames
    from vitrina.store.staging import DocRef

    def refs(*ids: str) -> list[tuple[str, DocRef]]:
        return [("sha", DocRef(i, "ledger_1911.md", print, 0, print, None)) for i in ids]

    assert rule_renames(refs("ledger-1911"), refs("ledger_1911")) == [("ledger-1911", "ledger_1911")]
    assert rule_renames(refs("ledger-1911-a", "ledger-1911-b"), refs("ledger_1911-a", "ledger_1911-c")) == [
        ("ledger-1911-a", "ledger_1911-a")]
    assert rule_renames(refs("ledger_1911"), refs("ledger_1911")) == []
    assert rule_renames([], refs("ledger_1911")) == []


ELDER = "Tomas Reeve (1801-1850) was a millwright in Harwick. Tomas Reeve built the weir.\n"
YOUNGER = "Tomas Reeve (1890-1962) was a photographer in Harwick. Tomas Reeve opened a studio.\n"


def _namesakes(db: str) -> set[str]:
    from vitrina.store import reading

    with reading(db) as kb:
        return {e.id for e in kb.entities() if e.id.startswith("person-tomas-reeve-")}


def test_renaming_a_file_changes_no_entity_id(tmp_path: Path, monkeypatch) -> None:
    """Round 51 red team D14: two namesakes told apart by a digest of where each is first named: the digest was of
    the document's id (its file's name), so a rename changed it; it is of the document's text now."""
    from vitrina.pipeline import build

    monkeypatch.chdir(tmp_path)
    Path("box").mkdir()
    Path("box/elder.txt").write_text(ELDER)
    Path("box/younger.txt").write_text(YOUNGER)
    build(["box"], "x.db", jobs=1)
    before = _namesakes("x.db")
    assert len(before) == 2
    Path("box/elder.txt").rename("box/reeve_senior.txt")
    report = build(["box"], "x.db", jobs=1)
    assert report.renamed == [("box/elder.txt", "box/reeve_senior.txt")]
    assert _namesakes("x.db") == before


def test_an_exhibit_whose_namesakes_had_ids_by_the_former_anchor_keeps_them_as_former_ids(tmp_path: Path,
                                                                                        monkeypatch) -> None:
    from vitrina import link
    from vitrina.formerids import read_former_entity_ids
    from vitrina.pipeline import build
    from vitrina.store import reading

    def former_anchor(items, titles, members):  # the anchor before round 51: by the document's id
        document, _, local = min((titles.documents[items.doc_of(m)], len(items.local_of(m)), items.local_of(m))
                                 for m in members)
        return link._digest(f"{document}#{local}")

    monkeypatch.chdir(tmp_path)
    Path("elder.txt").write_text(ELDER)
    Path("younger.txt").write_text(YOUNGER)
    with monkeypatch.context() as before:
        before.setattr(link, "_anchor", former_anchor)
        build(["elder.txt", "younger.txt"], "x.db", jobs=1)
    old = _namesakes("x.db")
    Path("elder.txt").write_text(ELDER + "Tomas Reeve died at the mill.\n")  # read again, linked again
    build(["elder.txt", "younger.txt"], "x.db", jobs=1)
    now = _namesakes("x.db")
    assert len(now) == 2 and not old & now
    with reading("x.db") as kb:
        assert set(read_former_entity_ids(kb)) == old and set(read_former_entity_ids(kb).values()) == now
