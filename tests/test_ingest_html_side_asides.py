"""HTML reader: an aside set in a side column of the page's grid that holds a titled box of
running text is the story's side-bar; a box named as a venue's visit notice is the site's
(invented pages)."""

from __future__ import annotations

from vitrina.ingest import html as html_reader

_PROSE = "The keepers trimmed the wicks at dusk and wrote the weather in a book before they slept."
_SIDE = "Below the pier the harbour floor drops to twenty metres, and the current runs hard on the ebb tide."


def _page(aside: str, inside: str = "") -> bytes:
    return (f'<html><body><div class="grid">{aside}<main><article><h1>Lamps of the Coast</h1>'
            f"<h2>The Keepers</h2><p>{_PROSE}</p><h2>The Lamps</h2><p>{_PROSE}</p>{inside}</article></main></div>"
            "</body></html>").encode()


def _titles(data: bytes) -> list[str]:
    [doc] = html_reader.read(data, "lamps.html")
    return [s.title for s in doc.sections]


def test_a_titled_box_of_running_text_in_a_side_column_is_read() -> None:
    aside = f'<aside aria-label="More"><section class="box"><h2>The Harbour Floor</h2><p>{_SIDE}</p></section></aside>'
    assert "The Harbour Floor" in _titles(_page(aside))


def test_a_side_column_of_short_lines_is_the_sites() -> None:
    aside = '<aside><section class="box"><h2>Opening Times</h2><p>Daily, 10 to 5</p></section></aside>'
    assert "Opening Times" not in _titles(_page(aside))


def test_a_side_column_named_as_site_furniture_is_the_sites() -> None:
    aside = f'<aside class="related"><section><h2>The Harbour Floor</h2><p>{_SIDE}</p></section></aside>'
    assert "The Harbour Floor" not in _titles(_page(aside))


def test_a_visit_notice_in_the_article_is_the_sites() -> None:
    notice = f'<aside class="visit"><h3>See the Lamp</h3><p>{_SIDE}</p></aside>'
    assert _titles(_page("", notice)) == ["Lamps of the Coast", "The Keepers", "The Lamps"]
