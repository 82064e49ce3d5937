"""HTML reader, round 44: a paragraph and the picture parting it mid-sentence each wrapped in a
<div> of their own (Asciidoctor's "paragraph" and "imageblock" blocks: the picture's holder and its
caption inside one <div>) read as one paragraph, the caption kept; Asciidoctor's footnote call, a
superscript holding its link in brackets, left out of the text (invented pages)."""

from __future__ import annotations

import pytest

from vitrina.ingest import html as html_reader

OPEN = '<div class="paragraph"><p>The quay was rebuilt in stone after the great storm, and from that spring</p></div>'
GOES_ON = '<div class="paragraph"><p>the ferries ran twice a day to the island and back again.</p></div>'
FIGURE = ('<div class="imageblock"><div class="content"><img src="quay.png" alt="The quay"></div>'
          '<div class="title"><strong>Above:</strong> The ferry at the quay in 1890. '
          '<span class="credit">Photograph: Harbour Archive</span></div></div>')
JOINED = ("The quay was rebuilt in stone after the great storm, and from that spring the ferries ran "
          "twice a day to the island and back again.")


def _read(figure: str = FIGURE, after: str = GOES_ON):
    page = (f"<html><body><main><h1>The Harbour Story</h1><p>An opening paragraph that introduces the page.</p>"
            f"<h2>The Quay</h2>{OPEN}{figure}{after}<p>A closing paragraph of the section.</p></main></body></html>")
    [doc] = html_reader.read(page.encode(), "harbour.html")
    return doc


def _blocks(doc, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def test_a_wrapped_paragraph_parted_by_a_wrapped_figure_is_one() -> None:
    doc = _read()
    assert JOINED in _blocks(doc, "paragraph")
    assert [(doc.text[b.start : b.end], b.position, b.credit) for b in doc.blocks if b.kind == "caption"] == [
        ("The ferry at the quay in 1890.", "Above", "Photograph: Harbour Archive")]


def test_without_the_rule_the_halves_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "figure_wrappers", 0)
    assert JOINED not in _blocks(_read(), "paragraph")


def test_a_capital_after_the_figure_opens_a_paragraph() -> None:
    after = '<div class="paragraph"><p>The ferries ran twice a day to the island.</p></div>'
    assert "The ferries ran twice a day to the island." in _blocks(_read(after=after), "paragraph")


def test_a_wrapper_holding_text_beside_the_picture_is_no_figure() -> None:
    box = ('<div class="sidebar"><div class="content"><img src="quay.png" alt=""></div>'
           '<p>A longer note set beside the picture that is no caption of it but a paragraph of its own, '
           'running on well past what a caption holds, about the ferries and the quay and the storm '
           'and the years after it when the island grew.</p></div>')
    assert JOINED not in _blocks(_read(figure=box), "paragraph")


# round 44: Asciidoctor's footnote call, a superscript holding the link to the note in brackets

CALLED = ('<div class="paragraph"><p>The ferries ran twice a day to the island<sup class="footnote">[<a id="_ref_1" '
          'class="footnote" href="#_def_1">1</a>]</sup> and back again.</p></div>')
NOTES = ('<div id="footnotes"><hr><div class="footnote" id="_def_1"><a href="#_ref_1">1</a>. '
         'In summer only.</div></div>')


def _called(monkeypatch: pytest.MonkeyPatch | None = None) -> list[str]:
    page = ("<html><body><main><h1>The Harbour Story</h1><p>An opening paragraph that introduces the page.</p>"
            f"<h2>The Quay</h2>{CALLED}{NOTES}</main></body></html>")
    [doc] = html_reader.read(page.encode(), "harbour.html")
    return _blocks(doc, "paragraph")


def test_a_bracketed_superscript_call_leaves_the_text() -> None:
    assert "The ferries ran twice a day to the island and back again." in _called()


def test_without_the_rule_the_brackets_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "bracketed_calls", 0)
    assert "The ferries ran twice a day to the island and back again." not in _called()
