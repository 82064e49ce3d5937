"""A PDF letter titled by its file's metadata (structure/pagelayout.py, ingest/letters.py)."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines

pytest.importorskip("reportlab")


def _letter(c, _page: int) -> None:
    c.setFont("Times-Bold", 13)
    c.drawString(72, 720, "To the Secretary of the Harwich Ferry Company")
    draw_lines(c, 72, 690, ["Harwich, 14 August 1902", "", "Sir,"])
    draw_lines(c, 72, 640, ["I write to complain that the ferry sailed two hours late on the morning of the",
                            "fourteenth, and that no notice of the delay was posted on the quay.",
                            "", "I am, Sir, your obedient servant,", "Tobias Wren"])


def test_a_pdf_whose_metadata_names_a_letter_from_a_to_b_is_titled_so_not_by_its_address_line(tmp_path) -> None:
    from vitrina.ingest import read_path

    path = tmp_path / "wren.pdf"
    path.write_bytes(canvas_pdf(_letter, title="Letter from Tobias Wren to the Harwich Ferry Company"))
    [doc] = read_path(path)
    assert doc.title == "Letter from Tobias Wren to the Harwich Ferry Company"
    meta = dict(doc.meta)
    assert (meta["sender"], meta["recipient"]) == ("Tobias Wren", "the Harwich Ferry Company")


def test_a_pdf_of_another_title_keeps_its_first_heading(tmp_path) -> None:
    from vitrina.ingest import read_path

    path = tmp_path / "ferry.pdf"
    path.write_bytes(canvas_pdf(_letter, title="Ferry complaints"))
    [doc] = read_path(path)
    assert doc.title == "To the Secretary of the Harwich Ferry Company"


def _dated_letter(c, _page: int) -> None:
    draw_lines(c, 72, 690, ["Penzance, 2 March 1907", "Dear Mrs Tregarthen,", "The parcel of seeds reached the",
                            "nursery this morning in good order, and I thank you for it.",
                            "", "I have the honour to be,", "Madam,", "your obedient servant,", "Jory Bolitho"])


def test_a_salutation_under_a_date_line_starts_the_body(tmp_path) -> None:
    from vitrina.ingest import read_path

    path = tmp_path / "seeds.pdf"
    path.write_bytes(canvas_pdf(_dated_letter))
    [doc] = read_path(path)
    blocks = [doc.text[b.start:b.end] for b in doc.blocks]
    assert "Penzance, 2 March 1907" in blocks
    assert any(b.startswith("Dear Mrs Tregarthen, The parcel") or b == "Dear Mrs Tregarthen," for b in blocks)
    assert any("I have the honour to be, Madam," in b for b in blocks)  # a "Madam," in the closing stays


@pytest.mark.parametrize(("line", "salutation"), [
    ("Sir,", True), ("Dear Mr Penrose,", True), ("My dear Henry,", True), ("Gentlemen:", True),
    ("Sir, your obedient servant,", False), ("the parcel came,", False), ("Sir", False),
    ("Dear Sir, I write to you about the ferry,", False),
])
def test_salutation_lines(line: str, salutation: bool) -> None:
    from vitrina.structure.salutations import is_salutation

    assert is_salutation(line) is salutation
