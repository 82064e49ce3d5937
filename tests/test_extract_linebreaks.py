"""Names stop at a line end the source had (a cast list, a credits block), not at a wrap (invented texts)."""

from __future__ import annotations

from vitrina.extract import extract
from vitrina.extract.linebreaks import hard_line_ends, pieces
from vitrina.ingest.text import read

CAST = (
    "THE COPPER KETTLE\n"
    "A farce in three acts, first given at the Orrin Rooms in the spring of the year it was written.\n"
    "\n"
    "Cast\n"
    "Ellen Ward as Philippa\n"
    "Thomas Reed as the Miller\n"
    "Peter Hale as Osgood\n"
    "\n"
    "Director: Alice Brandon\n"
    "Designer: George Moss\n"
)

WRAPPED = (
    "The kettle was made in the workshop of the coppersmith and sold at the fair by\n"
    "Ellen Ward, who had bought the workshop from her uncle a few years earlier and\n"
    "ran it with her two sons until the great flood took the bridge and the mill away.\n"
)


def _doc(text: str, name: str = "cast.txt"):
    return read(text.encode(), name)[0]


def test_a_short_line_end_is_kept_and_a_wrap_is_not() -> None:
    doc = _doc(CAST)
    cut_after = {doc.text[:b].split()[-1] for b in hard_line_ends(doc)}
    assert {"Cast", "Philippa", "Miller", "Brandon"} <= cut_after
    prose = _doc(WRAPPED, "prose.txt")
    assert hard_line_ends(prose) == []  # every line is full: the next word would not have fitted


def test_a_document_of_short_lines_alone_is_no_narrow_wrap() -> None:
    doc = _doc("Cast\nEllen Ward as Philippa\nThomas Reed as the Miller\n")
    cut_after = [doc.text[:b].split()[-1] for b in hard_line_ends(doc)]
    assert "Philippa" in cut_after  # 27 characters and "Tancred": no wrap at 40


def test_pieces_leave_the_line_ends_out() -> None:
    assert pieces(0, 20, [7, 12]) == [(0, 7), (8, 12), (13, 20)]
    assert pieces(8, 12, [7, 12]) == [(8, 12)]
    assert pieces(0, 5, []) == [(0, 5)]


def test_no_person_is_glued_across_a_cast_list_or_a_label() -> None:
    doc = extract(_doc(CAST))
    people = {e.name for e in doc.entities if e.type == "person"}
    lines = [line for line in CAST.splitlines() if line]
    for name in people:  # every person's name lies within one line of the source
        assert any(name in line for line in lines), name
        assert not name.startswith(("Cast", "Director", "Designer")), name
    assert {"Ellen Ward", "Thomas Reed", "Alice Brandon", "George Moss"} <= people


def test_a_name_wrapped_across_lines_of_prose_stays_whole() -> None:
    text = (
        "The kettle was made in the workshop of the coppersmith and sold at the fair by Ellen\n"
        "Ward, who had bought the workshop from her uncle a few years earlier and then ran\n"
        "it with her two sons until the great flood took the bridge and the mill away at last.\n"
    )
    doc = extract(_doc(text, "prose.txt"))
    assert "Ellen Ward" in {e.name for e in doc.entities if e.type == "person"}


def test_lines_wrapped_by_a_proportional_font_keep_no_line_end() -> None:
    # a PDF's text: the lines end where the font's widths filled them, far shorter than the longest line
    text = (
        "The first winter of the settlement was long, and the harbour froze over before the ships came in.\n"
        "Few of the families had seen ice like it, and Ellen\n"
        "Ward wrote that the children skated to school.\n"
        "Her letters were kept by\n"
        "the parish and read aloud\n"
        "at the meeting in the spring.\n"
    )
    assert hard_line_ends(_doc(text, "pdftext.txt")) == []
