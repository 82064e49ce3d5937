"""Round 54 (structset72): a site search's results panel, an empty template the site's script fills
(``lexicon/html_boilerplate.txt``, "searchresults"), holds no section of the page. Every page is invented."""

from __future__ import annotations

from vitrina.ingest import html

BODY = ("The rope walk ran for a quarter of a mile behind the dockyard wall, and every cable of the fleet "
        "was laid there by hand.")


def _page(panel_class: str) -> str:
    return f"""<html><head><title>The Rope Walk</title></head><body>
<div class="page-inner"><h1>The Rope Walk</h1><h2>The Cables</h2><p>{BODY}</p></div>
<div class="{panel_class}"><div class="has-results">
<h1 class="title"><span class="count"></span> results matching "<span class="query"></span>"</h1>
<ul class="list"></ul></div>
<div class="no-results"><h1 class="title">No results matching "<span class="query"></span>"</h1></div></div>
</body></html>"""


def _titles(page: str) -> list[str]:
    [doc] = html.read(page.encode(), "rope.html")
    return [section.title for section in doc.sections]


def test_a_search_results_template_is_no_section() -> None:
    assert not any("results matching" in title for title in _titles(_page("search-results")))


def test_a_panel_under_another_name_is_still_read() -> None:
    assert any("results matching" in title for title in _titles(_page("results-panel")))
