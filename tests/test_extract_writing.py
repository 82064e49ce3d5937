"""A text's own place, date and author from its dateline, signature and byline (extract/writing.py)."""

from __future__ import annotations

from vitrina.extract.dates import find_dates
from vitrina.extract.writing import own_meta
from vitrina.model import DocumentBuilder, Mention


def _meta(blocks: list[str], people: list[str], meta: dict[str, str] | None = None) -> dict[str, str]:
    b = DocumentBuilder("w", "w.txt", "text")
    for block in blocks:
        b.block("paragraph", block)
    doc = b.build(meta=meta)
    spans = [(bl.start, bl.end) for bl in doc.blocks]
    mentions = [Mention(doc.text.rindex(name), doc.text.rindex(name) + len(name), "person", f"p{k}")
                for k, name in enumerate(people)]
    return dict(own_meta(doc, spans, find_dates(doc.text), mentions))


LETTER = ["Letter from a lock keeper", "Fallow Bridge, Upper Wessex, 2nd June 1840", "Dear Sister,",
          "The water came over the upper gate on Sunday and we worked all night.", "Your loving brother,\nAmos Threlkeld"]


def test_a_letters_dateline_is_its_date_and_place_and_its_signature_its_author() -> None:
    meta = _meta(LETTER, ["Amos Threlkeld"])
    assert meta["dated"] == "1840-06-02" and meta["place"] == "Fallow Bridge, Upper Wessex"
    assert meta["dated_source"] == "text: dateline 'Fallow Bridge, Upper Wessex, 2nd June 1840'"
    assert meta["author"] == "Amos Threlkeld" and meta["author_source"].startswith("text: signature")


def test_a_signature_may_carry_a_role_after_a_comma() -> None:
    meta = _meta(["Harbour Board", "The dues are raised from Lady Day next.", "By order of the Board, Nell Quarrie, Clerk"],
                 ["Nell Quarrie"])
    assert meta["author"] == "Nell Quarrie"


def test_the_readers_own_fields_are_kept() -> None:
    meta = _meta(LETTER, ["Amos Threlkeld"], {"author": "A. Threlkeld", "dated": "1840-06"})
    assert "author" not in meta and "dated" not in meta and meta["place"] == "Fallow Bridge, Upper Wessex"


def test_a_diary_of_many_entries_has_no_one_dateline() -> None:
    meta = _meta(["Diary of a drover", "4 May 1833. Left the fair with forty head.", "9 May 1833. Rain; lost two."], [])
    assert "dated" not in meta


def test_a_name_closing_prose_is_no_signature() -> None:
    meta = _meta(["The bridge at Orme was finished in 1840.", "It was built by the mason Amos Threlkeld"],
                 ["Amos Threlkeld"])
    assert "author" not in meta


def test_a_byline_gives_the_author_and_the_date_ending_it() -> None:
    meta = _meta(["The Lock Houses of the Fallow", "Compiled by Mirren Osei from the keepers' books, 1998.",
                  "Each lock had a house for its keeper."], ["Mirren Osei"])
    assert meta["author"] == "Mirren Osei" and meta["dated"] == "1998"
    assert meta["author_source"].startswith("text: byline")


def test_by_opening_a_sentence_is_no_byline() -> None:
    meta = _meta(["The Lock Houses", "By 1850 Mirren Osei kept the upper lock.", "Each lock had a house."],
                 ["Mirren Osei"])
    assert "author" not in meta


def test_a_captions_date_is_no_dateline() -> None:
    b = DocumentBuilder("w", "w.txt", "text")
    b.block("caption", "Captain Orla Quint, 14 September 1911.")
    b.block("paragraph", "The divers laid the first blocks.")
    doc = b.build()
    assert dict(own_meta(doc, [(bl.start, bl.end) for bl in doc.blocks], find_dates(doc.text), [])) == {}


def test_a_participle_with_by_in_running_prose_is_no_byline() -> None:
    # round 47 red team D8: a specimen note's collector became the note's author
    meta = _meta(["Notes on the Holm Ridge skins",
                  "Gathered by Ottilie Brandwein at Holm Ridge on 3 April 1911 and entered as a wren. "
                  "Checked again by Aled Price in 1930 and found to be a dunnock.",
                  "Each skin has its label."], ["Ottilie Brandwein", "Aled Price"])
    assert "author" not in meta


def test_any_participle_with_by_on_a_line_of_its_own_is_a_byline() -> None:
    meta = _meta(["The Lock Houses", "Photographed by Mirren Osei, 1998.", "Each lock had a house."], ["Mirren Osei"])
    assert meta["author"] == "Mirren Osei"
