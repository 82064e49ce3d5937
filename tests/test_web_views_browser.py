"""The map, timeline and graph in Chromium: they draw, zoom, label and link, pass axe,
fit 375 px, and obey the CSP. Screenshots of every view go to test-artifacts/."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.browser import axe_violations, browser, live_server, require_chromium, screenshot
from tests.conftest import ROOT, write_sample_exhibit

pytestmark = pytest.mark.browser
VIEWS = ["/map", "/map?document=voyage", "/timeline", "/timeline?document=harbor", "/graph",
         "/graph?entity=place-lisbon"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    require_chromium()
    db = write_sample_exhibit(tmp_path_factory.mktemp("views") / "sample.db")
    with live_server(db) as base, browser() as chromium:
        yield base, chromium


@pytest.fixture
def tab(site: tuple[str, Any]) -> Iterator[Any]:
    base, chromium = site
    context = chromium.new_context(base_url=base, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" and "favicon" not in
            (m.location or {}).get("url", "") else None)
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    yield page
    context.close()


def ready(page: Any, selector: str) -> None:
    page.wait_for_selector(f"{selector}[data-ready='1']", timeout=10_000)


SETTLED = "() => !document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim')"


def open_a_pin(page: Any) -> None:
    """Click a visible pin, or a cluster and then a pin once Leaflet's animation settles (a click during the
    animation may land on nothing), until a popup opens or four clicks were made."""
    for _ in range(4):
        page.wait_for_function(SETTLED)
        if page.locator(".map-popup").count():
            return
        pins = page.locator(".map-pin:visible")
        (pins if pins.count() else page.locator(".marker-cluster:visible")).first.click()


def test_zoom_changes_the_map_and_a_point_opens_its_mentions(tab: Any) -> None:
    tab.goto("/map")
    ready(tab, "#map")
    assert tab.locator(".leaflet-map path.country").count() > 100  # the countries, drawn
    before = float(tab.get_attribute("#map", "data-zoom"))
    tab.locator(".leaflet-control-zoom-in").click()
    tab.wait_for_function(f"() => Number(document.getElementById('map').dataset.zoom) > {before}")
    screenshot(tab, "view-map")
    open_a_pin(tab)
    popup = tab.locator(".map-popup")
    popup.wait_for(timeout=5_000)
    assert popup.locator("a").first.get_attribute("href").startswith("/entities/place-")
    assert popup.locator("strong").count() >= 1  # a mention in its words
    screenshot(tab, "view-map-popup")
    assert tab.problems == []


def test_a_timeline_item_shows_its_label(tab: Any) -> None:
    tab.goto("/timeline")
    ready(tab, "#timeline")
    tab.locator(".vis-item .vis-item-content").first.wait_for(timeout=10_000)  # drawn a frame after ready
    labels = tab.locator(".vis-item .vis-item-content").all_inner_texts()
    assert "Ada Lind opens the Harbor Museum" in labels and "Marco Vell sails from Lisbon to Porto" in labels
    assert tab.locator(".vis-item.vis-box.tl-box").count() == 2  # a day and a season: labelled boxes
    before = tab.get_attribute("#timeline", "data-range")
    tab.get_by_role("button", name="Zoom in").click()
    tab.wait_for_function(f"() => document.getElementById('timeline').dataset.range !== {before!r}")
    screenshot(tab, "view-timeline")
    assert tab.problems == []


def test_a_graph_node_opens_its_page(tab: Any) -> None:
    tab.goto("/graph")
    ready(tab, "#graph")
    box = tab.locator("#graph").bounding_box()
    where = tab.evaluate("""() => { const n = window.vitrinaGraph.getElementById('person-ada-lind');
                                     return n.renderedPosition(); }""")
    screenshot(tab, "view-graph")
    tab.mouse.click(box["x"] + where["x"], box["y"] + where["y"])
    tab.wait_for_url("**/entities/person-ada-lind")
    assert tab.locator("h1").inner_text() == "Ada Lind"
    assert tab.problems == []


def test_a_graph_link_shows_its_sentences(tab: Any) -> None:
    tab.goto("/graph")
    ready(tab, "#graph")
    box = tab.locator("#graph").bounding_box()
    where = tab.evaluate("""() => {  // the middle of a link that no node or label covers
        const cy = window.vitrinaGraph, boxes = cy.nodes().map(n => n.renderedBoundingBox({includeLabels: false}));
        const free = p => boxes.every(b => p.x < b.x1 - 2 || p.x > b.x2 + 2 || p.y < b.y1 - 2 || p.y > b.y2 + 2);
        const edge = cy.edges("[kind = 'co-mention']").filter(e => free(e.renderedMidpoint()))[0];
        return edge ? edge.renderedMidpoint() : null; }""")
    assert where is not None, "every link is covered by a node: the layout packs too tightly"
    tab.mouse.click(box["x"] + where["x"], box["y"] + where["y"])
    panel = tab.locator("#graph-evidence")
    panel.wait_for(state="visible", timeout=5_000)
    assert panel.locator(".evidence-list li a").count() >= 1
    screenshot(tab, "view-graph-evidence")


@pytest.mark.parametrize("path", VIEWS)
def test_views_pass_axe_and_fit_a_phone(site: tuple[str, Any], tab: Any, path: str) -> None:
    tab.goto(path)
    selector = {"map": "#map", "timeline": "#timeline", "graph": "#graph"}[path.strip("/").split("?")[0]]
    ready(tab, selector)
    assert axe_violations(tab) == [], path
    assert tab.problems == [], path
    base, chromium = site
    phone = chromium.new_context(base_url=base, viewport={"width": 375, "height": 800})
    small = phone.new_page()
    small.goto(path)
    ready(small, selector)
    overflow = small.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    name = path.strip("/").replace("?", "-").replace("=", "-")
    screenshot(small, f"view-{name}-375")
    phone.close()
    assert overflow <= 0, (path, overflow)


def test_views_work_from_the_static_site_over_file_urls(tmp_path_factory: pytest.TempPathFactory,
                                                        site: tuple[str, Any]) -> None:
    from vitrina.publish import publish

    folder = tmp_path_factory.mktemp("static")
    db = write_sample_exhibit(folder / "sample.db")
    out = folder / "site"
    with ThreadPoolExecutor(1) as pool:  # publish runs its own event loop; Playwright's is running here
        pool.submit(publish, db, out).result()
    _, chromium = site
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto((out / "map.html").as_uri())
    ready(page, "#map")
    page.locator(".leaflet-control-zoom-in").click()
    open_a_pin(page)  # (waits for Leaflet's zoom animation: a click during it may land on nothing)
    link = page.locator(".map-popup a").first
    link.wait_for(state="visible")
    page.wait_for_function(SETTLED)  # the popup pans the map into view
    with page.expect_navigation(url="**/entities/place-*.html"):
        link.click()  # the place's own page, in the site
    screenshot(page, "static-entity-from-map")
    page.goto((out / "timeline.html").as_uri())
    ready(page, "#timeline")
    # vis-timeline draws its items on a later frame than the page says it is ready: wait for the one asked
    page.locator(".vis-item-content", has_text="Ada Lind opens the Harbor Museum").first.wait_for(timeout=10_000)
    page.goto((out / "graph.html").as_uri())
    ready(page, "#graph")
    box = page.locator("#graph").bounding_box()
    where = page.evaluate("() => window.vitrinaGraph.getElementById('place-porto').renderedPosition()")
    page.mouse.click(box["x"] + where["x"], box["y"] + where["y"])
    page.wait_for_url("**/entities/place-porto.html")
    context.close()
    assert problems == []


@pytest.mark.slow
def test_views_of_the_corpus_build(corpus_db: Path, site: tuple[str, Any]) -> None:
    """The shared corpus build: every view draws, passes axe and fits a phone; screenshots
    of each at 1280 and 375 px for review."""
    db = corpus_db
    _, chromium = site
    seed = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))[0].stem
    views = [("/map", "#map"), ("/timeline", "#timeline"), ("/graph", "#graph"),
             (f"/map?document={seed}", "#map"), (f"/timeline?document={seed}", "#timeline"),
             ("/graph?type=person&type=place&type=organization", "#graph")]
    with live_server(db) as base:
        for width in (1280, 375):
            context = chromium.new_context(base_url=base, viewport={"width": width, "height": 900})
            page = context.new_page()
            for number, (path, selector) in enumerate(views):
                page.goto(path)
                ready(page, selector)
                screenshot(page, f"corpus-{number}-{path.strip('/').split('?')[0]}-{width}")
                if width == 375:
                    assert page.evaluate("() => document.documentElement.scrollWidth - innerWidth") <= 0, path
                else:
                    assert axe_violations(page) == [], path
            context.close()
