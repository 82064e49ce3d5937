"""HTML reader: a figure's parts wherever the page sets them -- a credit in an element of its
own beside the caption (inside the figure or right after it), a caption set before its
picture, and a paragraph the figure parts in mid-sentence read as one (invented pages)."""

from __future__ import annotations

from vitrina.ingest import html as html_reader

OPEN = "<p>The quay was rebuilt in stone after the great storm, and from the spring of that year</p>"
GOES_ON = "<p>the ferries ran twice a day to the island and back again.</p>"
JOINED = ("The quay was rebuilt in stone after the great storm, and from the spring of that year the ferries ran "
          "twice a day to the island and back again.")
CAPTION = "The ferry at the quay in 1890."


def _read(figure: str, before: str = OPEN, after: str = GOES_ON):
    page = (f"<html><body><main><h1>The Harbour Story</h1><p>An opening paragraph that introduces the page.</p>"
            f"<h2>The Quay</h2>{before}{figure}{after}<p>A closing paragraph of the section.</p></main></body></html>")
    [doc] = html_reader.read(page.encode(), "harbour.html")
    return doc


def _blocks(doc, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def _captions(doc) -> list[tuple[str, str | None, str | None]]:
    return [(doc.text[b.start : b.end], b.position, b.credit) for b in doc.blocks if b.kind == "caption"]


def _linked(doc) -> bool:
    captions = {b.id for b in doc.blocks if b.kind == "caption"}
    return len(doc.figures) == 1 and doc.figures[0].caption in captions


def test_a_credit_paragraph_after_the_picture_is_the_caption_set_above_it_credit() -> None:
    doc = _read("<figure><figcaption>Below: The ferry at the quay in 1890.</figcaption><img src='a.png'>"
                "<p>Courtesy of the Harbour Archive</p></figure>")
    assert _captions(doc) == [(CAPTION, "Below", "Courtesy of the Harbour Archive")]
    assert "Courtesy of the Harbour Archive" not in _blocks(doc, "paragraph")
    assert _linked(doc)


def test_a_credit_element_before_the_caption_in_the_figure_is_its_credit() -> None:
    doc = _read("<figure><img src='a.png'><div>© Harbour Trust</div><figcaption>" + CAPTION + "</figcaption></figure>")
    assert _captions(doc) == [(CAPTION, None, "© Harbour Trust")]
    assert "© Harbour Trust" not in _blocks(doc, "paragraph")


def test_a_lender_line_in_the_figure_is_read_once_as_the_credit() -> None:
    doc = _read("<figure><img src='a.png'><figcaption>" + CAPTION + "</figcaption><p>Lent by the Harbour Museum</p>"
                "</figure>")
    assert _captions(doc) == [(CAPTION, None, "Lent by the Harbour Museum")]
    assert "Lent by the Harbour Museum" not in _blocks(doc, "paragraph")


def test_a_credit_line_right_after_the_figure_is_its_credit_and_the_paragraph_goes_on() -> None:
    doc = _read("<figure><img src='a.png'><figcaption>" + CAPTION + "</figcaption></figure>"
                "<p><small>Photo: Ann Reed</small></p>")
    assert _captions(doc) == [(CAPTION, None, "Photo: Ann Reed")]
    assert JOINED in _blocks(doc, "paragraph")


def test_a_caption_of_its_own_keeps_its_credit_and_the_line_after_stays_text() -> None:
    doc = _read("<figure><img src='a.png'><figcaption>" + CAPTION + " <small>Photo: Ann Reed</small></figcaption>"
                "<p>Courtesy of the Harbour Archive</p></figure>")
    assert _captions(doc) == [(CAPTION, None, "Photo: Ann Reed")]
    assert "Courtesy of the Harbour Archive" in _blocks(doc, "paragraph")


def test_a_caption_set_before_its_figure_is_its_caption() -> None:
    doc = _read("<p>Below: " + CAPTION + "</p><figure><img src='a.png'></figure>")
    assert _captions(doc) == [(CAPTION, "Below", None)]
    assert _linked(doc)
    assert JOINED in _blocks(doc, "paragraph")


def test_an_emphasised_caption_set_before_a_bare_picture_is_its_caption() -> None:
    doc = _read("<p><em>" + CAPTION + "</em></p><img src='a.png'><p>Photo: Ann Reed</p>")
    assert _captions(doc) == [(CAPTION, None, "Photo: Ann Reed")]
    assert _linked(doc)
    assert JOINED in _blocks(doc, "paragraph")


def test_an_italic_line_over_a_picture_captioned_under_it_stays_text() -> None:
    doc = _read("<p><em>A town that lived by its ferries.</em></p><img src='a.png'><p><em>" + CAPTION + "</em></p>",
                before="", after="")
    assert _captions(doc) == [(CAPTION, None, None)]
    assert "A town that lived by its ferries." in _blocks(doc, "paragraph")


def test_a_plain_paragraph_before_a_picture_stays_text() -> None:
    closing = "<p>The ferry still stood at the quay in 1890, as it does today.</p>"
    doc = _read("<img src='a.png'>", before=closing, after="")
    assert _captions(doc) == []
    assert "The ferry still stood at the quay in 1890, as it does today." in _blocks(doc, "paragraph")


def test_a_paragraph_that_ends_its_sentence_is_not_joined_over_a_figure() -> None:
    doc = _read("<figure><img src='a.png'><figcaption>" + CAPTION + "</figcaption></figure>",
                before="<p>The quay was rebuilt in stone after the great storm.</p>",
                after="<p>Ferries ran twice a day to the island and back again.</p>")
    assert "Ferries ran twice a day to the island and back again." in _blocks(doc, "paragraph")


def _table_page(after: str) -> bytes:
    rows = "".join(f"<tr><th scope='row'>{year}</th><td>{event}</td></tr>" for year, event in (
        ("1820", "The quay is built of timber"), ("1861", "The storm breaks the quay"), ("1862", "Rebuilt in stone")))
    return (f"<html><body><main><h1>The Harbour Story</h1><p>An opening paragraph that introduces the page.</p>"
            f"<table><caption>Dates</caption>{rows}</table>{after}</main></body></html>").encode()


def test_a_note_opening_on_a_symbol_under_a_data_table_is_the_table_s() -> None:
    for note in ("<p class='note'><sup>*</sup> Dates are from the harbour board's minutes.</p>",
                 "<p>† Dates are from the harbour board's minutes.</p>"):
        [doc] = html_reader.read(_table_page(note), "harbour.html")
        assert not any("minutes" in p for p in _blocks(doc, "paragraph"))
        assert any("Dates are from the harbour board's minutes." in t for t in _blocks(doc, "table"))


def test_a_paragraph_under_a_table_opening_otherwise_stays_text() -> None:
    [doc] = html_reader.read(_table_page("<p>*Dates* are given as the board recorded them.</p>"), "harbour.html")
    assert "*Dates* are given as the board recorded them." in _blocks(doc, "paragraph")


def test_a_paragraph_parted_by_a_figure_captioned_by_a_block_after_it_is_one() -> None:
    doc = _read("<figure><img src='a.png'></figure><div class='figcap'><b>Left:</b> The ferry at the quay in 1890. "
                "<span class='credit'>Photo: Ann Reed</span></div>")
    assert JOINED in _blocks(doc, "paragraph")
    assert _captions(doc) == [(CAPTION, "Left", "Photo: Ann Reed")]
    assert _linked(doc)


def test_without_the_switch_a_figure_captioned_after_it_parts_the_paragraph(monkeypatch) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "captions_set_after", 0)
    doc = _read("<figure><img src='a.png'></figure><div class='figcap'><b>Left:</b> The ferry at the quay in 1890. "
                "<span class='credit'>Photo: Ann Reed</span></div>")
    assert JOINED not in _blocks(doc, "paragraph")
