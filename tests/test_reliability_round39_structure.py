"""Round 39 red team, reading the documents: a plain-text list of dated entries written as
sentences (one a line) is one paragraph a line; a plain text's first line over a heading of
prose is the document's title; a few runs of control bytes in a text file are damage to drop,
not a binary file. Every text is invented."""

from __future__ import annotations

from pathlib import Path

from vitrina.ingest import read_path
from vitrina.ingest.encoding import looks_binary
from vitrina.structure import rebuild
from vitrina.structure.timelines import _opens_dated


def _blocks(text: str, name: str = "x.txt") -> list[tuple[str, str]]:
    doc = rebuild(text, "x", name, "text")
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in doc.blocks]


def test_a_line_opens_with_a_date_the_dates_stage_reads() -> None:
    assert _opens_dated("ca. 1620 The weir is raised on the Ouse.")
    assert _opens_dated("1840s Barges give way to the railway.")
    assert _opens_dated("3 May 1799 A storm breaks the sluice.")
    assert _opens_dated("1802–1806 The new cut is dug.")
    assert not _opens_dated("The weir was raised in 1620.")
    assert not _opens_dated("1620")  # a date alone: no entry


def test_dated_lines_written_as_sentences_are_one_paragraph_each() -> None:
    text = ("Weir and Lock\n\n"
            "ca. 1620 The first weir is raised across the river by the abbey millers.\n"
            "1702 A lock keeper is paid by the navigation trustees.\n"
            "3 May 1799 A storm breaks the sluice gates and floods the meadow.\n"
            "1802–1806 The new cut is dug beside the old channel.\n"
            "1840s Barges give way to the railway along the valley.\n")
    paragraphs = [t for kind, t in _blocks(text) if kind == "paragraph"]
    assert len(paragraphs) == 5
    assert paragraphs[2] == "3 May 1799 A storm breaks the sluice gates and floods the meadow."
    assert paragraphs[4].startswith("1840s Barges")


def test_a_wrapped_entry_keeps_its_second_line() -> None:
    text = ("Weir and Lock\n\n"
            "1702 A lock keeper is paid by the navigation trustees for the year.\n"
            "1799 A storm breaks the sluice gates and floods the meadow, and the\n"
            "keeper's cottage is lost.\n"
            "1806 The new cut is dug beside the old channel by the company.\n")
    paragraphs = [t for kind, t in _blocks(text) if kind == "paragraph"]
    assert paragraphs == ["1702 A lock keeper is paid by the navigation trustees for the year.",
                          "1799 A storm breaks the sluice gates and floods the meadow, and the keeper's cottage is lost.",
                          "1806 The new cut is dug beside the old channel by the company."]


def test_prose_with_a_year_or_two_at_line_starts_stays_one_paragraph() -> None:
    text = ("Weir and Lock\n\n"
            "The abbey millers raised the first weir across the river and kept it for a long\n"
            "1620 was the year the abbey gave up the mill to the town, which let it to\n"
            "tenants who paid in flour and in eels for the rest of the century, until the\n"
            "navigation trustees bought the whole reach and built a pound lock beside it.\n")
    assert [kind for kind, _ in _blocks(text)].count("paragraph") == 1


def test_the_first_line_over_a_heading_of_prose_is_the_title() -> None:
    text = ("Lost Mills: The Valley's Water Power\n\nBackground\n\n"
            "For six centuries the river turned wheels for corn, cloth and paper.\n\n"
            "By 1900 only two of the mills still worked.\n")
    doc = rebuild(text, "x", "x.txt", "text")
    blocks = [(b.kind, doc.text[b.start:b.end].strip()) for b in doc.blocks]
    assert blocks[0] == ("heading", "Lost Mills: The Valley's Water Power")
    assert blocks[1] == ("heading", "Background")


def test_a_run_of_nuls_in_a_text_file_is_dropped_not_refused(tmp_path: Path) -> None:
    data = b"The miller kept his accounts in a ledger.\n\n" + b"\x00" * 200 + b"\n\nThe ledger ends in 1811.\n"
    assert not looks_binary(data)
    path = tmp_path / "ledger.txt"
    path.write_bytes(data)
    doc = read_path(path)[0]
    assert "ledger ends in 1811" in doc.text and "\x00" not in doc.text


def test_controls_throughout_are_still_binary() -> None:
    assert looks_binary(bytes(300))
    assert looks_binary(b"ab\x01cd\x02ef\x03gh\x04ij\x05kl\x06" * 20)


def test_an_html_attribute_of_millions_of_characters_is_left_out_and_the_text_kept(tmp_path: Path) -> None:
    from vitrina.ingest.html import HTML_LIMITS

    value = "q" * (HTML_LIMITS["attribute_chars"] + 10)
    path = tmp_path / "weir.html"
    path.write_text(f'<html><body><h1>Weir</h1><p data-x="{value}" class="lead">The weir was raised in 1620.</p>'
                    "</body></html>", encoding="utf-8")
    doc = read_path(path)[0]
    assert "The weir was raised in 1620." in doc.text
    assert "qqqq" not in doc.text


def _docx_with_picture(tmp_path: Path, caption: str) -> Path:
    import io

    import docx
    from docx.shared import Cm
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (30, 20), (90, 120, 150)).save(picture, format="PNG")
    document = docx.Document()
    document.add_heading("The Weir", 0)
    document.add_paragraph("The abbey millers raised the first weir across the river.")
    document.add_paragraph(caption)
    picture.seek(0)
    document.add_picture(picture, width=Cm(3))
    document.add_paragraph("The weir was rebuilt in stone a century later.")
    path = tmp_path / "weir.docx"
    document.save(str(path))
    return path


def test_a_numbered_caption_over_a_docx_picture_is_its_caption(tmp_path: Path) -> None:
    doc = read_path(_docx_with_picture(tmp_path, "Fig. 3. The weir in flood. Photograph by Ada Quell."))[0]
    blocks = {b.id: (b.kind, doc.text[b.start:b.end]) for b in doc.blocks}
    assert doc.figures[0].caption is not None
    assert blocks[doc.figures[0].caption] == ("caption", "Fig. 3. The weir in flood.")
    assert ("credit", "Photograph by Ada Quell") in blocks.values()


def test_a_figure_caption_note_over_a_docx_picture_is_its_caption(tmp_path: Path) -> None:
    doc = read_path(_docx_with_picture(tmp_path, "Figure 2 caption: The weir gates, 1911."))[0]
    assert doc.figures[0].caption is not None


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 6), (10, 20, 30)).save(out, format="PNG")
    return out.getvalue()


def test_a_picture_beside_an_html_page_is_kept_one_outside_its_folder_is_not(tmp_path: Path) -> None:
    page = tmp_path / "page"
    page.mkdir()
    (page / "weir.png").write_bytes(_png())
    (tmp_path / "outside.png").write_bytes(_png())
    (page / "notes.png").write_bytes(b"not a picture at all")
    (page / "p.html").write_text(
        '<html><body><h1>The Weir</h1><p>The weir was raised in 1620.</p>'
        '<figure><img src="weir.png" alt="The weir"><figcaption>The weir in flood.</figcaption></figure>'
        '<img src="../outside.png"><img src="https://example.org/weir.png"><img src="notes.png"></body></html>',
        encoding="utf-8")
    figures = read_path(page / "p.html")[0].figures
    kept = {f.src: (f.data is not None, f.mime) for f in figures}
    assert kept["weir.png"] == (True, "image/png")
    assert not kept["../outside.png"][0]
    assert not kept["https://example.org/weir.png"][0]
    assert not kept["notes.png"][0]
