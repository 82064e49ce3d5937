"""HTML reader, round 42: parts a page sets loosely -- a panel's slots closed early by a wrapping
paragraph, a caption beside its captionless figure, a pull quote by its short class name, a kicker
before a switcher or a heading group, a header bar repeating the title, a timeline of typed dates
(invented pages)."""

from __future__ import annotations

import pytest

from vitrina.ingest import html as html_reader

TEXT = "The lock keepers of the upper canal worked in shifts through the long winter nights."
MORE = "Ice on the gates had to be broken by hand before the first barge of the morning."
TEMPLATE = ('<template id="canal-panel-tpl"><div><span class="n"><slot name="tag"></slot></span>'
            '<slot name="head"></slot><slot></slot></div></template>')


def _read(body: str, head: str = "", title: str = "Winter on the Canal"):
    page = (f"<html><head><title>{title}</title></head><body>{head}<div id='content'><h1>Winter on the Canal</h1>"
            f"{body}</div></body></html>")
    [doc] = html_reader.read(page.encode(), "canal.html")
    return doc


def _blocks(doc, kind: str) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == kind]


def _panel(tag: str, title: str) -> str:  # a panel whose host a wrapping <p> closes before its heading
    return f'<p><canal-panel><span slot="tag">{tag}</span></p><h2 slot="head">{title}</h2><p>{TEXT}</p><p></canal-panel></p>'


def test_a_heading_marked_for_a_slot_outside_its_host_stays_where_it_stands() -> None:
    doc = _read(_panel("Stage 1", "The Upper Locks") + _panel("Stage 2", "The Basin"), head=TEMPLATE)
    assert [(s.label, s.title) for s in doc.sections[1:]] == [("Stage 1", "The Upper Locks"), ("Stage 2", "The Basin")]
    assert _blocks(doc, "paragraph") == [TEXT, TEXT]


def test_without_the_switch_a_plain_box_is_taken_for_a_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "slots_in_custom_hosts", 0)
    doc = _read(_panel("Stage 1", "The Upper Locks") + _panel("Stage 2", "The Basin"), head=TEMPLATE)
    assert [s.label for s in doc.sections[1:]] != ["Stage 1", "Stage 2"]


FIGURE = '<p><figure><img src="gate.png" alt="A gate"></figure></p>'


def test_a_labelled_block_after_a_captionless_figure_is_its_caption() -> None:
    doc = _read(f'<p>{TEXT}</p>{FIGURE}<div class="figure-note"><strong>Below:</strong> The lower gate frozen '
                f'shut in 1895. <span class="credit">Photo: Canal Trust</span></div><p>{MORE}</p>')
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert (doc.text[caption.start:caption.end], caption.position, caption.credit) == (
        "The lower gate frozen shut in 1895.", "Below", "Photo: Canal Trust")
    assert doc.figures[0].caption == caption.id
    assert _blocks(doc, "paragraph") == [TEXT, MORE]


def test_a_label_line_after_a_captionless_figure_is_its_caption_whatever_its_class() -> None:
    doc = _read(f"{FIGURE}<p>Above: The lower gate frozen shut in 1895.</p><p>{MORE}</p>")
    assert _blocks(doc, "caption") == ["The lower gate frozen shut in 1895."]


def test_a_sentence_after_a_captionless_figure_stays_text() -> None:
    doc = _read(f"{FIGURE}<p>{MORE}</p>")
    assert _blocks(doc, "caption") == []
    assert _blocks(doc, "paragraph") == [MORE]
    assert doc.figures[0].caption is None


def test_a_box_classed_pull_is_a_pull_quote_but_a_float_helper_is_not() -> None:
    doc = _read(f'<p>{TEXT}</p><blockquote class="pull">“The ice held the barges for a month.”</blockquote>'
                f'<p>{MORE}</p><div class="pull-right">Updated in March</div>')
    assert _blocks(doc, "paragraph") == [TEXT, MORE, "Updated in March"]


def test_a_kicker_before_a_language_switcher_and_the_headline_is_no_paragraph() -> None:
    page = ('<html><body><p class="eyebrow">Canal Gallery</p><div class="lang">Read in: <a href="#" hreflang="fr">'
            f'Français</a> · <a href="#" hreflang="de">Deutsch</a></div><h1>Winter on the Canal</h1><p>{TEXT}</p>'
            "</body></html>")
    [doc] = html_reader.read(page.encode(), "canal.html")
    assert _blocks(doc, "paragraph") == [TEXT]


def test_a_kicker_before_a_heading_group_is_no_paragraph() -> None:
    page = ('<html><body><p class="eyebrow">Canal Gallery · Online</p><hgroup><h1>Winter on the Canal:</h1>'
            f'<p>The Frozen Locks, 1895</p></hgroup><p>{TEXT}</p></body></html>')
    [doc] = html_reader.read(page.encode(), "canal.html")
    assert _blocks(doc, "paragraph") == [TEXT]


def test_a_header_bar_saying_the_title_again_is_no_paragraph() -> None:
    head = ('<div class="bar"><span><span class="trail"><a href="../">site</a>/</span>'
            '<span class="title">Winter on the Canal</span></span></div>')
    doc = _read(f"<p>{TEXT}</p>", head=head)
    assert "Winter on the Canal" not in " ".join(_blocks(doc, "paragraph"))
    assert _blocks(doc, "paragraph")[-1] == TEXT


def test_a_line_before_the_headline_saying_something_else_stays_text() -> None:
    doc = _read(f"<p>{TEXT}</p>", head="<p>Winter on the Canal in pictures</p>")
    assert "Winter on the Canal in pictures" in _blocks(doc, "paragraph")


DATES = ("<ol><li>1895 · Ice closes the locks</li><li>1896 · The basin deepened</li>"
         "<li>1902 · Steam tugs replace horses</li></ol>")


def test_a_heading_over_a_list_of_typed_dates_in_note_form_titles_a_timeline_table() -> None:
    doc = _read(f"<h2>The Canal</h2><p>{TEXT}</p><h2>Canal dates</h2>{DATES}")
    assert [s.title for s in doc.sections[1:]] == ["The Canal"]
    assert _blocks(doc, "paragraph") == [TEXT]
    assert "1896 · The basin deepened" in _blocks(doc, "table")


def test_a_list_of_dated_sentences_stays_text() -> None:
    body = ("<h2>Canal dates</h2><ol><li>1895 The ice closed the locks.</li><li>1896 The basin was deepened.</li>"
            "<li>1902 Steam tugs replaced the horses.</li></ol>")
    assert len(_blocks(_read(body), "paragraph")) == 3


def test_a_heading_over_a_box_holding_only_a_timeline_titles_it() -> None:
    body = (f"<h2>The Canal</h2><p>{TEXT}</p><div class='dates'><h2>Canal dates</h2><div class='inner'>"
            "<ol><li><time>1895</time> — ice closes the locks</li><li><time>1896</time> — basin deepened</li>"
            "<li><time>1902</time> — steam tugs</li></ol></div></div>")
    assert [s.title for s in _read(body).sections[1:]] == ["The Canal"]
