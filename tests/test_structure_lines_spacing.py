"""Double spacing is a wrapped text's; one paragraph per line with blank lines between is not."""

from __future__ import annotations

from vitrina.structure.lines import split_lines

ONE_PER_LINE = """The Ferry Strike of 1921

Part 2: On the Quay

On a cold morning in May the ferry hands of Larrow walked off their boats and sat down on the quay.

Above: Boatmen waiting at the slip, 1921. Courtesy of the Larrow Society.

The strike ended after nine days, when the owners agreed to pay for the night crossings.
"""

WRAPPED = "\n\n".join([
    "On a cold morning in May the ferry hands of Larrow walked off their",
    "boats and sat down on the quay, where the owners found them at seven",
    "and the harbour master read them the rules of the port once again,",
    "which nobody had heard read aloud since the old pier was built.",
    "The strike ended after nine days, when the owners agreed to pay",
    "for the night crossings and for the winter coal of every crew.",
]) + "\n"


def test_one_paragraph_per_line_is_blank_separated_not_double_spaced() -> None:
    assert split_lines(ONE_PER_LINE).spacing == "blank"


def test_a_wrapped_text_with_a_blank_after_every_line_is_double_spaced() -> None:
    assert split_lines(WRAPPED).spacing == "double"
