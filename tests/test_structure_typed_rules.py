"""Typed copy: rules drawn with repeated characters ("=====", "~~~~") are no text; a short
line a rule stands right under is a heading, with a panel label alone over it. As plain
text and as a Courier PDF. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import canvas_pdf
from vitrina.ingest import pdf
from vitrina.structure import rebuild
from vitrina.structure.cues import rule_line
from vitrina.structure.lines import split_lines

TYPED = """THE SALT MARSH FERRY
====================================================
A flat ferry carried carts across the marsh channel
for two hundred years before the causeway was built.
----------------------------------------------------
ROOM 1
The Landing Stage
~~~~~~~~~~~~~~~~~
Carters waited on the stone landing for the ferry to
come across on its chain at every change of the tide.
----------------------------------------------------
ROOM 2
The Chain and the Winch
~~~~~~~~~~~~~~~~~~~~~~~
Two men turned the winch that pulled the ferry along
its chain, and a crossing took a quarter of an hour.
"""


def test_a_rule_line_is_a_repeated_drawing_character() -> None:
    assert rule_line("=====") and rule_line("~ ~ ~") and rule_line("\u02dc\u02dc\u02dc\u02dc") and rule_line("* * *")
    assert not rule_line("--") and not rule_line("A---") and not rule_line("...") and not rule_line("1990-1995")


def test_rules_underline_the_line_over_them_and_are_no_text_lines() -> None:
    lines = split_lines(TYPED).lines
    assert not any(rule_line(line.text) for line in lines)
    underlined = [line.text for line in lines if line.underlined]
    assert {"THE SALT MARSH FERRY", "The Landing Stage", "The Chain and the Winch"} <= set(underlined)
    assert "ROOM 1" not in underlined


def test_typed_headings_and_labels_as_plain_text() -> None:
    doc = rebuild(TYPED, "ferry", "ferry.txt", "text")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "THE SALT MARSH FERRY"), ("1", "The Landing Stage"), ("2", "The Chain and the Winch")]
    assert "~~" not in doc.text and "==" not in doc.text


def _draw(c, number: int) -> None:
    c.setFont("Courier", 10)
    y = 740
    for line in TYPED.splitlines():
        c.drawString(72, y, line)
        y -= 12


def test_typed_headings_and_labels_in_a_courier_pdf() -> None:
    doc = pdf.read(canvas_pdf(_draw), "ferry.pdf")[0]
    assert [(s.label, s.title) for s in doc.sections][-2:] == [("1", "The Landing Stage"), ("2", "The Chain and the Winch")]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[-1] == ("Two men turned the winch that pulled the ferry along its chain, and a crossing "
                              "took a quarter of an hour.")
    assert "~~" not in doc.text and "--" not in doc.text
