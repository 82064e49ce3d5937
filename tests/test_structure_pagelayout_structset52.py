"""Round 44 (structset52, #17): headings numbered with a letter under one number ("3a", "3b")
are labelled sections; a credit under a caption inside a frame drawn round the picture and the
caption stays the caption's credit. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from tests.test_structure_pagelayout_edge_pairs import BODY, LEFT
from vitrina.structure import pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

HEADS = ["3a The Ferry Book", "3b The Toll House", "3c The Bridge"]


def _sub_numbered(heads: list[str]) -> PdfContent:
    lines = [glyph_line(1, LEFT, 40, "The Last Ferry", 24, bold=True)]
    top = 90.0
    for head in heads:
        lines.append(glyph_line(1, LEFT, top, head, 14, bold=True))
        top += 24
        for text in BODY:
            lines.append(glyph_line(1, LEFT, top, text, 10))
            top += 13
        top += 12
    return PdfContent([PageGeometry(1, 595, 842, lines)])


def _sections(content: PdfContent) -> list[tuple[str | None, str]]:
    doc = rebuild_pdf(content, "ferry", "/tmp/ferry.pdf")
    return [(s.label, s.title) for s in doc.sections[1:]]


def test_headings_counting_on_under_one_number_are_labelled() -> None:
    assert _sections(_sub_numbered(HEADS)) == [tuple(h.split(" ", 1)) for h in HEADS]


def test_without_the_rule_the_sub_numbers_stay_in_the_titles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "sub_numbered_heads", 0)
    assert [label for label, _t in _sections(_sub_numbered(HEADS))] == [None, None, None]


def test_sub_numbers_under_different_numbers_count_nothing() -> None:
    heads = ["3a The Ferry Book", "4b The Toll House", "5c The Bridge"]
    assert [label for label, _t in _sections(_sub_numbered(heads))] == [None, None, None]


# a picture and its caption inside a drawn frame, the credit the frame's last line

CAPTION = ["Above: The ferry landing at low tide, with the toll house behind the slipway,",
           "drawn for the parish survey about 1860."]
CREDIT = "Drawing: Estuary Museum archive, EM 412.3"


def _framed_caption() -> PdfContent:
    lines = [glyph_line(1, LEFT, 40, "The Last Ferry", 24, bold=True)]
    lines += [glyph_line(1, LEFT, 90 + 13 * k, text, 10) for k, text in enumerate(BODY)]
    picture = (LEFT, 170.0, LEFT + 340, 300.0)
    lines += [glyph_line(1, LEFT, 304 + 9.2 * k, text, 8) for k, text in enumerate(CAPTION)]
    lines.append(glyph_line(1, LEFT, 322.4, CREDIT, 7))
    frame = (LEFT - 0.15, 167.1, LEFT + 340, 329.3)  # round picture, caption and credit; the credit at its foot
    lines += [glyph_line(1, LEFT, 350 + 13 * k, text, 10) for k, text in enumerate(BODY * 3)]
    return PdfContent([PageGeometry(1, 595, 842, lines, regions=[picture, frame])])


def _captions(content: PdfContent) -> list[tuple[str, str | None]]:
    doc = rebuild_pdf(content, "ferry", "/tmp/ferry.pdf")
    return [(" ".join(doc.text[b.start:b.end].split()), b.credit) for b in doc.blocks if b.kind == "caption"]


def test_a_credit_at_the_foot_of_the_captions_frame_is_its_credit() -> None:
    [(text, credit)] = _captions(_framed_caption())
    assert credit == CREDIT and text.startswith("The ferry landing")


def test_without_the_rule_the_frame_reads_as_another_picture(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "caption_frames", 0)
    assert CREDIT not in [credit for _text, credit in _captions(_framed_caption())]


# the same headings in plain text (a PDF's raw text): the labels count on under one number

PLAIN_HEADS = ["3a The Ferry Book", "3b The Toll House", "3c The Bridge"]


def _plain(heads: list[str]) -> bytes:
    """Lines as ``pdftotext -raw`` gives them: no blank line between blocks."""
    parts = ["The Last Ferry", "A crossing kept for three hundred years, and its end."]
    for head in heads:
        parts += [head, *BODY]
    return "\n".join(parts).encode()


def _plain_sections(data: bytes) -> list[tuple[str | None, str]]:
    from vitrina.ingest import reader_for

    [doc] = reader_for("text")(data, "ferry.txt")
    return [(s.label, s.title) for s in doc.sections if s.title != "The Last Ferry"]


def test_plain_lines_counting_on_under_one_number_are_labelled() -> None:
    assert _plain_sections(_plain(PLAIN_HEADS)) == [tuple(h.split(" ", 1)) for h in PLAIN_HEADS]


def test_plain_sub_numbers_without_the_rule_are_no_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure import plainlayout

    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "sub_numbered_labels", 0)
    assert not any(label == "3b" for label, _t in _plain_sections(_plain(PLAIN_HEADS)))
