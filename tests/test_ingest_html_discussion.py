"""The readers' comments under a blog post are left out: prose, but not the page's text.
Invented text."""

from __future__ import annotations

from vitrina.ingest import html

PAGE = (b"<html><body><main><article><h1>Flour and Tide</h1>"
        b"<p>The pond behind the mill filled with every flood tide and turned the wheel on the ebb.</p>"
        b"<h2>The Wheel</h2><p>The wheel was rebuilt in oak after the great storm of the winter.</p>"
        b"</article>"
        b"<section class='comments'><h2>2 comments</h2><ol>"
        b"<li><p>My grandfather worked the sluice there and always said the tide was never late.</p></li>"
        b"<li><p>Is the mill open to visitors on Sundays in the summer?</p></li></ol></section>"
        b"</main></body></html>")


def test_a_comment_thread_under_the_article_is_left_out() -> None:
    [doc] = html.read(PAGE, "mill.html")
    assert [s.title for s in doc.sections] == ["Flour and Tide", "The Wheel"]
    assert "grandfather" not in doc.text and "visitors" not in doc.text


QUOTED = (b"<html><body><main><article><h1>Flour and Tide</h1>"
          b"<section><h2>The Pond</h2><p>The pond behind the mill filled with every flood tide.</p></section>"
          b"<aside class='callout'><blockquote><p>The tide turned the wheel twice a day.</p></blockquote></aside>"
          b"<section><h2>The Wheel</h2><p>The wheel was rebuilt in oak after the great storm.</p></section>"
          b"</article></main></body></html>")


def test_an_aside_of_one_quoted_sentence_between_sections_is_a_pull_quote() -> None:
    [doc] = html.read(QUOTED, "mill.html")
    assert "twice a day" not in doc.text
    assert [s.title for s in doc.sections] == ["Flour and Tide", "The Pond", "The Wheel"]
