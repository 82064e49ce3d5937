"""HTML reader: an ``<hgroup>`` is one section head (its label line, heading and subtitle);
a caption named by a picture's ``aria-describedby``; an ``<aside>`` of one short sentence
between sections is a pull quote. Pages written here (invented content)."""

from __future__ import annotations

from vitrina.ingest import html as html_reader

P1 = "The ferry crossed the estuary twice a day, and in winter the crossing could take an hour against the tide."
P2 = "Its captain kept a log of every crossing, and of the weather on each of them, for forty years."


def _read(body: str):
    [doc] = html_reader.read(f"<html><body><article>{body}</article></body></html>".encode(), "ferry.html")
    return doc


def _blocks(doc) -> list[tuple[str, str]]:
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


def test_a_heading_group_gives_the_label_and_keeps_its_subtitle_out_of_the_text() -> None:
    doc = _read(f"<h1>The Estuary Ferry</h1><p>{P1}</p><section><hgroup><p>Stage 2</p><h2>Crossing the Water</h2>"
                f"<p>Winter and summer</p></hgroup><p>{P2}</p></section>")
    assert [(s.label, s.title) for s in doc.sections][-1] == ("Stage 2", "Crossing the Water")
    assert ("heading", "Winter and summer") in _blocks(doc)
    assert [text for kind, text in _blocks(doc) if kind == "paragraph"] == [P1, P2]


def test_a_block_named_by_aria_describedby_is_the_picture_caption() -> None:
    doc = _read(f"<h1>The Estuary Ferry</h1><p>{P1}</p><img src='f.png' alt='' aria-describedby='c1'>"
                f"<p>{P2}</p><p id='c1'>The ferry at the landing stage in 1910.</p>")
    assert _blocks(doc)[2:] == [("caption", "The ferry at the landing stage in 1910."), ("paragraph", P2)]
    [figure] = doc.figures
    assert figure.caption is not None


def test_a_note_link_described_by_the_notes_heading_is_no_caption() -> None:
    doc = _read(f"<h1>The Estuary Ferry</h1><p>{P1}<a href='#n1' aria-describedby='nh'>1</a></p>"
                f"<h2 id='nh'>Notes</h2><p id='n1'>1 The log is kept in the harbour office.</p>")
    assert not [b for b in doc.blocks if b.kind == "caption"]


def test_an_aside_of_one_short_sentence_between_sections_is_a_pull_quote() -> None:
    doc = _read(f"<h1>The Estuary Ferry</h1><section><h2>Crossing</h2><p>{P1}</p></section>"
                f"<aside><p>The tide decided every timetable.</p></aside><section><h2>The Captain</h2><p>{P2}</p></section>")
    assert [text for kind, text in _blocks(doc) if kind == "paragraph"] == [P1, P2]
