"""An article's own footer of links (tags, related pages) is page furniture. Invented text."""

from __future__ import annotations

from vitrina.ingest import html

PAGE = (b"<html><body><main><article><h1>Flour and Tide</h1>"
        b"<p>The pond behind the mill filled with every flood tide.</p>"
        b"<footer><p>Tags: <a href='/t/mills'>Mills</a>, <a href='/t/tides'>Tides</a></p>"
        b"<p>Related: <a href='/x'>Salt Pans of the Marsh</a></p></footer>"
        b"<footer><p>Text by the curators of the Marsh Country Museum, written in 2024.</p></footer>"
        b"</article></main></body></html>")


def test_article_footer_of_links_is_furniture_and_a_footer_of_text_is_kept() -> None:
    [doc] = html.read(PAGE, "mill.html")
    assert "Tags" not in doc.text and "Salt Pans" not in doc.text
    assert "Text by the curators" in doc.text
