"""Round 46 (structset56): a heading's permalink set right after it in a wrapper, its words
for screen readers only ("Section titled …", the class that hides them in a style sheet the
page links), is no text, and the wrapper holding the heading is no in-page navigation
(``sibling_permalinks``). Every page here is invented."""

from __future__ import annotations

import pytest

from vitrina.ingest import html
from vitrina.ingest.html import HTML_LIMITS

BODY = "The mill pond froze in the hard winter, and the wheel stood still until the thaw came in March."


def _wrapped(slug: str, title: str) -> str:
    return (f'<div class="heading-wrapper"><h2 id="{slug}">{title}</h2>'
            f'<a class="anchor-link" href="#{slug}"><span aria-hidden="true">#</span>'
            f'<span class="sr-only">Section titled “{title}”</span></a></div>')


PAGE = f"""<html><head><title>The Mill</title><link rel="stylesheet" href="site.css"></head><body><main>
<h1>The Mill on the Brook</h1><p>{BODY}</p>
{_wrapped("the-wheel", "The Wheel")}<p>{BODY}</p>
{_wrapped("the-miller", "The Miller")}<p>{BODY}</p>
</main></body></html>"""


def _read():
    doc = html.read(PAGE.encode(), "mill.html")[0]
    return [s.title for s in doc.sections], doc.text


def test_the_wrapped_headings_are_read_without_their_permalinks() -> None:
    titles, text = _read()
    assert titles[-2:] == ["The Wheel", "The Miller"]
    assert "Section titled" not in text


def test_without_the_rule_the_wrapped_headings_are_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(HTML_LIMITS, "sibling_permalinks", 0)
    titles, _ = _read()
    assert "The Wheel" not in titles
