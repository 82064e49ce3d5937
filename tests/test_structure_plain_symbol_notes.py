"""Raw text: a note opening with a symbol whose call the reader cleared from the body is
apparatus, also when set at its page's foot in the middle of a paragraph. Invented text."""

from __future__ import annotations

from vitrina.ingest import text

PAGE_ONE = [
    "The Tide Mill",
    "The mill was run for forty years by",
    "Martha Dunn*, who took it over from",
    "her father in 1850. She kept the",
    "accounts herself, and in a good year",
    "the mill ground four hundred sacks,",
    "* The miller's daughter, born in the mill house.",
]
PAGE_TWO = [
    "most of them for the bakers of the town.",
    "The mill closed when the pond silted up.",
]


def test_a_lone_symbol_note_at_the_page_foot_is_held_out_of_the_paragraph() -> None:
    data = ("\n".join(PAGE_ONE) + "\n\f" + "\n".join(PAGE_TWO) + "\n").encode()
    [doc] = text.read(data, "mill.txt")
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert any(p.endswith("four hundred sacks, most of them for the bakers of the town.") for p in paragraphs)
    noted = [b for b in doc.blocks if "born in the mill house" in doc.text[b.start : b.end]]
    assert [b.section for b in noted] == [doc.sections[-1].id] and doc.sections[-1].title == "Notes"


def test_a_full_line_ending_a_sentence_over_a_page_foot_note_goes_on_over_the_page() -> None:
    one = ["The Tide Mill", "The mill was run for forty years by Martha Dunn*, who",
           "took it over from her father in the hard winter of 1850.",
           "She kept the accounts herself, in a hand all could read.",
           "* The miller's daughter, born in the mill house."]
    two = ["In a good year the mill ground four hundred sacks of grain.",
           "The Pond", "The pond silted up in the end and the mill was closed."]
    data = ("\n".join(one) + "\n\f" + "\n".join(two) + "\n").encode()
    [doc] = text.read(data, "mill.txt")
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert any(p.endswith("all could read. In a good year the mill ground four hundred sacks of grain.")
               for p in paragraphs)
