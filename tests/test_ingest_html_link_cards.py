"""HTML reader: a section that is a heading over a list of links, each with a short note beside it
(cards of related pages), is site furniture; a list of sentences with links stays text (invented pages)."""

from __future__ import annotations

from vitrina.ingest import html as html_reader

_PROSE = "The keepers trimmed the wicks at dusk and wrote the weather in a book before they slept."


def _page(items: str) -> bytes:
    return (f"<html><body><main><article><h1>Lamps of the Coast</h1><section><h2>The Keepers</h2><p>{_PROSE}</p>"
            f'</section><section class="more"><h2>Other walks</h2><ul>{items}</ul></section></article></main>'
            "</body></html>").encode()


def _titles(data: bytes) -> list[str]:
    [doc] = html_reader.read(data, "lamps.html")
    return [s.title for s in doc.sections[1:]]


def test_a_list_of_links_with_short_notes_under_a_heading_is_not_the_text() -> None:
    items = "".join(f'<li><img src="w{n}.png" alt=""><a href="/walks/{n}">The Harbour Walk {n}</a> <span>{n} stops</span></li>'
                    for n in range(1, 4))
    assert _titles(_page(items)) == ["The Keepers"]


def test_a_list_of_sentences_holding_links_stays_text() -> None:
    items = "".join(f'<li>In {1890 + n} the <a href="/lamps/{n}">harbour lamp</a> was lit again after the storm.</li>'
                    for n in range(1, 4))
    assert _titles(_page(items)) == ["The Keepers", "Other walks"]
