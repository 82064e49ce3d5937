"""HTML reader: text a page says twice is read once -- a ``<noscript>`` copy of a lazily loaded
picture and its caption, a quotation displayed large beside the text (a pull quote, said in the
text or not) -- and a paragraph a pull quote parts in mid-sentence is one. Pages written here
(invented content)."""

from __future__ import annotations

import pytest

from vitrina.ingest import html

BODY = ("The mill wheel turned for two hundred years, grinding the corn of every farm in the valley"
        " until the river was diverted.")
CAPTION = "The wheel pit after the water was let out, 1931."


def _read(page: str):
    [doc] = html.read(page.encode(), "mill.html")
    return doc


def _blocks(doc, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def _page(article: str, style: str = "") -> str:
    return (f"<html><head><style>{style}</style></head><body><article><h1>The Valley Mill</h1>"
            f"{article}</article></body></html>")


def test_a_noscript_copy_of_a_picture_and_its_caption_is_read_once() -> None:
    doc = _read(_page(
        f"<p>{BODY}</p><figure><picture><source srcset='w-1200.png 1200w'>"
        "<img src='w-600.png' alt='A stone pit' loading='lazy'></picture>"
        f"<noscript><img src='w-600.png' alt='The pit'><p class='caption'>{CAPTION}</p></noscript>"
        f"<figcaption>{CAPTION} <small>Photo: Valley Society</small></figcaption></figure>"))
    assert _blocks(doc, "caption") == [CAPTION]
    assert BODY in _blocks(doc, "paragraph") and CAPTION not in _blocks(doc, "paragraph")
    assert [(f.src, f.alt) for f in doc.figures] == [("w-600.png", "A stone pit")]


def test_a_noscript_with_text_of_its_own_is_still_read() -> None:
    own = "The miller's accounts for 1850 are kept in the county record office."
    doc = _read(_page(f"<p>{BODY}</p><noscript><p>{own}</p></noscript>"))
    assert _blocks(doc, "paragraph") == [BODY, own]


QUOTE = "The wheel was the valley's clock."


@pytest.mark.parametrize("style", [
    ".pull{font-size:1.6em;font-style:italic}",
    "blockquote.pull{font:italic 26px/1.3 Georgia,serif} body{font-size:17px}",
])
def test_a_quotation_in_display_type_is_a_pull_quote(style: str) -> None:
    doc = _read(_page(f"<p>{BODY}</p><blockquote class='pull'><p>{QUOTE}</p></blockquote><p>{BODY}</p>", style))
    assert QUOTE not in doc.text


def test_a_quotation_in_the_body_type_stays_text() -> None:
    quote = "We ground the last sack on a Tuesday, and nobody came to watch."
    doc = _read(_page(f"<p>{BODY}</p><blockquote><p>{quote}</p></blockquote><p>{BODY}</p>",
                      "blockquote{font-size:1em;margin:2em} .note{font-size:2em}"))
    assert quote in _blocks(doc, "paragraph")


def test_a_paragraph_parted_by_a_pull_quote_in_mid_sentence_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    head = "When the river was diverted to feed the new reservoir in the hills, the owners of"
    tail = "the mill sold the stones to a garden maker in the town."
    tail_capital = "Hill Farm sold the stones to a garden maker in the town."
    style = ".pull{font-size:1.5em}"
    for rest in (tail, tail_capital):
        doc = _read(_page(f"<p>{head}</p><blockquote class='pull'><p>{QUOTE}</p></blockquote><p>{rest}</p>", style))
        assert _blocks(doc, "paragraph") == [f"{head} {rest}"]
    monkeypatch.setitem(html.HTML_LIMITS, "across_pull_quotes", 0)
    doc = _read(_page(f"<p>{head}</p><blockquote class='pull'><p>{QUOTE}</p></blockquote><p>{tail_capital}</p>",
                      style))
    assert _blocks(doc, "paragraph") == [head, tail_capital]


def _timeline(events: list[str]) -> str:
    items = "".join(f"<li><time datetime='{1800 + 10 * n}'>{1800 + 10 * n}</time>{event}</li>"
                    for n, event in enumerate(events))
    return (f"<section><h2>The Mill</h2><p>{BODY}</p></section>"
            f"<section class='timeline'><h2>Dates at the mill</h2><ol>{items}</ol></section>"
            f"<section><h2>The Stones</h2><p>{BODY}</p></section>")


def test_a_list_of_dated_notes_is_a_timeline_table_titled_by_its_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _read(_page(_timeline(["Wheel built", "New stones fitted", "Mill sold"])))
    assert [s.title for s in doc.sections] == ["The Valley Mill", "The Mill", "The Stones"]
    assert _blocks(doc, "table") == ["Dates at the mill", "1800 | Wheel built", "1810 | New stones fitted",
                                     "1820 | Mill sold"]
    monkeypatch.setitem(html.HTML_LIMITS, "dated_lists", 0)
    assert "Dates at the mill" in [s.title for s in _read(_page(_timeline(["Wheel built", "New stones fitted",
                                                                           "Mill sold"]))).sections]


def test_a_list_of_dated_sentences_stays_text() -> None:
    events = ["The wheel was built.", "New stones were fitted.", "The mill was sold."]
    doc = _read(_page(_timeline(events)))
    assert not _blocks(doc, "table")
    assert "Dates at the mill" in [s.title for s in doc.sections]
