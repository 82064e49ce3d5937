"""Label–value tables on a PDF page found by geometry (vitrina.structure.keytables)."""

from __future__ import annotations

from vitrina.structure import keytables
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine


def _line(text: str, x0: float, top: float, bold: bool = False, size: float = 8.5) -> TextLine:
    boxes: list[float] = []
    for i in range(len(text)):
        boxes += [x0 + 4 * i, top, x0 + 4 * i + 4, top + size]
    return TextLine(page=1, text=text, boxes=boxes, size=size, bold=bold, italic=False)


def _table() -> list[TextLine]:
    return [
        _line("The lamp was first lit in the winter of 1841 and burned whale oil.", 40, 100, size=10),
        _line("Lamp facts", 40, 130, bold=True, size=10),
        _line("Height", 40, 146, bold=True), _line("31 metres", 140, 146),
        _line("Range", 40, 160, bold=True), _line("about 20 nautical", 140, 160),
        _line("miles", 140, 171),
        _line("Keepers", 40, 186, bold=True), _line("three families", 140, 186),
        _line("The tower still stands on the point today.", 40, 220, size=10),
    ]


def test_a_label_value_table_and_its_title_go() -> None:
    lines = _table()
    assert keytables.key_table_lines(lines) == set(range(1, 9))


def test_two_rows_are_no_table() -> None:
    lines = _table()[:6] + _table()[-1:]
    assert keytables.key_table_lines(lines) == set()


def test_a_table_going_on_in_the_next_column_keeps_its_offset() -> None:
    lines = [_line("Height", 40, 700, bold=True), _line("31 metres", 140, 700),
             _line("Range", 40, 714, bold=True), _line("20 miles", 140, 714),
             _line("Keepers", 300, 50, bold=True), _line("three families", 400, 50)]
    assert keytables.key_table_lines(lines) == set(range(6))


def test_pdf_pages_lose_their_tables() -> None:
    page = PageGeometry(number=1, width=600, height=800, lines=_table())
    content = keytables.pdf_without_key_tables(PdfContent(pages=[page]))
    assert [line.text for line in content.pages[0].lines] == [
        "The lamp was first lit in the winter of 1841 and burned whale oil.",
        "The tower still stands on the point today."]


def _centred_rows() -> list[TextLine]:
    """Labels centred beside two-line value cells (an object over its lender, smaller)."""
    lines = [_line("The lamp was first lit in the winter of 1841 and burned whale oil.", 40, 100, size=10),
             _line("In the case", 40, 132, bold=True, size=10)]
    for k, (thing, lender) in enumerate([("A brass lamp", "Lent by the harbour trust"),
                                         ("The keeper's log", "Town museum"),
                                         ("A storm lantern", "Private collection")]):
        top = 150 + 26 * k
        lines += [_line(f"No. {k + 1}", 40, top + 5, bold=True), _line(thing, 100, top),
                  _line(lender, 100, top + 11, size=7.5)]
    lines.append(_line("The tower still stands on the point today.", 40, 240, size=10))
    return lines


def test_labels_centred_beside_two_line_cells_are_a_table() -> None:
    assert keytables.key_table_lines(_centred_rows()) == set(range(1, 11))


def test_a_label_over_the_middle_of_no_cell_opens_no_row() -> None:
    lines = _centred_rows()
    for n in (2, 5, 8):  # each label set level with its cell's first line's top, far above its middle
        lines[n] = _line(lines[n].text, 40, lines[n + 1].top - 9, bold=True)
    assert keytables.key_table_lines(lines) == set()


def test_plain_labels_beside_bold_figures_are_a_table() -> None:
    lines = [_line("The lamp was first lit in the winter of 1841 and burned whale oil.", 40, 100, size=10),
             _line("The lamp in figures", 40, 130, bold=True, size=10)]
    for k, (label, value) in enumerate([("Height", "31 metres"), ("Keepers", "3 families"), ("Lit", "May 1841")]):
        lines += [_line(label, 40, 146 + 16 * k), _line(value, 140, 146 + 16 * k, bold=True)]
    lines.append(_line("The tower still stands on the point today.", 40, 220, size=10))
    assert keytables.key_table_lines(lines) == set(range(1, 8))


def _flush_right(rows: list[tuple[str, str]], right: float = 220) -> list[TextLine]:
    out = [_line("The mill ground corn for the valley for two hundred years.", 40, 100, size=10),
           _line("The mill in figures", 40, 130, bold=True, size=10)]
    for k, (label, value) in enumerate(rows):
        out += [_line(label, 40, 146 + 16 * k), _line(value, right - 4 * len(value), 146 + 16 * k, bold=True)]
    out.append(_line("The wheel still turns on open days.", 40, 220, size=10))
    return out


def test_figures_set_flush_right_beside_their_labels_are_a_table() -> None:
    lines = _flush_right([("Wheel", "6 m"), ("Stones ground each day", "140"), ("Millers", "2 families")])
    assert keytables.key_table_lines(lines) == set(range(1, 8))


def test_values_neither_flush_left_nor_flush_right_are_no_table() -> None:
    lines = _flush_right([("Wheel", "6 m"), ("Stones", "140")])
    lines.insert(-1, _line("Millers", 40, 178))
    lines.insert(-1, _line("2 families", 100, 178, bold=True))  # ends far left of the others
    assert keytables.key_table_lines(lines) == set()


def test_values_set_half_a_point_larger_than_their_labels_are_still_a_table() -> None:
    """An object record: small bold labels, values half a point larger, a smaller title over them."""
    lines = [
        _line("RECORD", 40, 130, bold=True, size=6.5),
        _line("Object", 42, 142, bold=True, size=7.0), _line("A brass lamp reflector", 100, 142, size=7.5),
        _line("Date", 42, 154, bold=True, size=7.0), _line("about 1830", 100, 154, size=7.5),
        _line("Acc. no.", 42, 166, bold=True, size=7.0), _line("LM 1961.7", 100, 166, size=7.5),
    ]
    assert keytables.key_table_lines(lines) == set(range(7))


def _headed_table() -> list[TextLine]:
    """A table whose values' column has a head over it (the labels' column head left blank)."""
    return [
        _line("The lamp was first lit in the winter of 1841 and burned whale oil.", 40, 80, size=10),
        _line("Lamp facts", 40, 112, bold=True, size=10),
        _line("Figure", 140, 132),
        _line("Height", 40, 146, bold=True), _line("31 metres", 140, 146),
        _line("Range", 40, 160, bold=True), _line("20 miles", 140, 160),
        _line("Keepers", 40, 174, bold=True), _line("three families", 140, 174),
        _line("The tower still stands on the point today.", 40, 220, size=10),
    ]


def test_the_values_column_head_and_the_title_over_it_go_with_the_table(monkeypatch) -> None:
    assert keytables.key_table_lines(_headed_table()) == set(range(1, 9))
    monkeypatch.setitem(keytables.LIMITS, "column_heads", 0)
    assert keytables.key_table_lines(_headed_table()) == set(range(3, 9))


def test_label_cells_set_lower_than_their_values_by_one_shift_are_rows() -> None:
    # tinted label cells set their dates about a line lower than the events beside them, row by row
    lines = [_line("1790", 40, 112, bold=True), _line("Mill built on the weir", 140, 100),
             _line("1841", 40, 142, bold=True), _line("Second wheel added", 140, 130),
             _line("1911", 40, 172, bold=True), _line("Steam engine fitted", 140, 160)]
    assert keytables.key_table_lines(lines) == set(range(6))
    # a row level with its label where the others are shifted breaks the run: two rows are no table
    assert keytables.key_table_lines([*lines[:4], _line("1911", 40, 172, bold=True),
                                      _line("Steam engine fitted", 140, 172)]) == set()


def test_without_the_shift_the_rows_are_no_table(monkeypatch) -> None:
    monkeypatch.setitem(keytables.LIMITS, "row_shift", 0)
    lines = [_line("1790", 40, 112, bold=True), _line("Mill built on the weir", 140, 100),
             _line("1841", 40, 142, bold=True), _line("Second wheel added", 140, 130),
             _line("1911", 40, 172, bold=True), _line("Steam engine fitted", 140, 160)]
    assert keytables.key_table_lines(lines) == set()


def test_rows_of_a_label_and_signs_only_are_a_code_table() -> None:
    rows = [_line("A · —", 140, 100), _line("B — · · ·", 140, 114, bold=True), _line("C — · — ·", 141, 128)]
    prose = _line("The code gave the shortest signals to the commonest letters.", 40, 160, size=10)
    assert keytables.key_table_lines([*rows, prose]) == {0, 1, 2}
    assert keytables.key_table_lines([*rows[:2], prose]) == set()  # two rows are no table
    assert keytables.key_table_lines([_line("A is for anchor", 140, 100), _line("B is for buoy", 140, 114),
                                      _line("C is for cable", 140, 128)]) == set()  # words, not signs


def test_a_bold_label_line_further_under_the_table_is_no_wrapped_cell() -> None:
    lines = _table()[:-1]
    lines += [_line("ROOM C", 40, 216, bold=True), _line("The Lamp Room", 40, 232, bold=True, size=14),
              _line("The tower still stands on the point today.", 40, 252, size=10)]
    assert keytables.key_table_lines(lines) == set(range(1, 9))
    # a wrapped label line right under the last row goes with the table
    lines[9] = _line("ROOM C", 40, 197, bold=True)
    assert 9 in keytables.key_table_lines(lines)
