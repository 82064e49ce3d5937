"""The web exhibit in-process: every page and its JSON twin, errors, headers, XSS."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import re
import threading
import warnings
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tests.conftest import WARM_JOIN_SECONDS, sample_documents, sample_entities
from vitrina.model import (
    DateMention,
    DocumentBuilder,
    Entity,
    Event,
    Mention,
    Piece,
    Quote,
    SourceRef,
)
from vitrina.store import write_exhibit
from vitrina.store.read import KnowledgeBase, QueryTimeout
from vitrina.web import app as web_app
from vitrina.web.app import create_app, open_db
from vitrina.web.basemap import country_paths, project
from vitrina.web.layouts import timeline_layout
from vitrina.web.render import Span, html_datetime, kwic, tokens
from vitrina.web.views import safe_snippet

warnings.filterwarnings("ignore", message=".*httpx.*")

PAGES = [
    "/", "/documents/harbor", "/documents/voyage", "/entities/person-ada-lind", "/entities/place-porto",
    "/entities", "/entities?type=place", "/people", "/timeline", "/timeline?entity=place-lisbon",
    "/map", "/graph", "/search", "/ask",
]
HAS_SEARCH = importlib.util.find_spec("vitrina.search") is not None
HAS_ASK = importlib.util.find_spec("vitrina.ask") is not None


def page_data(html: str, element_id: str) -> dict:
    """The data a page hands to its script (a JSON script tag)."""
    found = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', html, re.S)
    assert found, element_id
    return json.loads(found[1])


def twin(path: str) -> str:
    base, _, query = path.partition("?")
    base = "/index" if base == "/" else base
    return f"{base}.json" + (f"?{query}" if query else "")


@pytest.fixture
def client(sample_db: Path) -> TestClient:
    return TestClient(create_app(sample_db))


# ---------------------------------------------------------------- every page


@pytest.mark.parametrize("path", PAGES)
def test_every_page_and_twin(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200, page.text
    assert page.headers["content-type"].startswith("text/html")
    assert '<html lang="en">' in page.text and '<main id="main"' in page.text
    assert 'href="#main"' in page.text  # skip link
    data = client.get(twin(path))
    assert data.status_code == 200
    assert data.headers["content-type"].startswith("application/json")
    assert isinstance(data.json(), dict)


def test_security_headers_on_pages_static_and_errors(client: TestClient) -> None:
    for path in ("/", "/static/vitrina.css", "/documents/none", "/index.json", "/nowhere"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"


def test_no_inline_scripts_or_styles(client: TestClient) -> None:
    for path in PAGES:
        html = client.get(path).text
        scripts = re.findall(r"<script[^>]*>", html)
        assert scripts[0] == '<script src="/static/vitrina.js" defer>'
        for tag in scripts:  # our files, or data that is never run
            assert re.fullmatch(r'<script src="/static/[\w./-]+\.js" defer>|<script type="application/json" id="[\w-]+">',
                                tag), tag
        for body in re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S):
            assert "<" not in body  # tojson escapes markup: the data cannot close its tag
        assert "<style" not in html and " style=" not in html


# ---------------------------------------------------------------- home and document


def test_home_lists_documents_with_counts(client: TestClient) -> None:
    data = client.get("/index.json").json()
    harbor = next(d for d in data["documents"] if d["id"] == "harbor")
    assert (harbor["people"], harbor["places"], harbor["events"]) == (1, 1, 1)
    assert data["totals"] == {"documents": 2, "people": 2, "places": 2, "events": 2}
    html = client.get("/").text
    assert 'href="/documents/voyage">A Quiet Crossing</a>' in html


def test_document_reading_order_and_marks(client: TestClient) -> None:
    html = client.get("/documents/harbor").text
    assert re.search(r'<h1 id="b-b\d+" dir="auto">The Harbor Museum</h1>', html)  # the title block's anchor
    assert '<a href="/entities/person-ada-lind" class="mention mention-person"' in html
    assert re.search(r'<time datetime="1921-05-04"[^>]*data-edtf="1921-05-04"[^>]*>May 4, 1921</time>', html)
    # a season is not a valid HTML datetime: the year is the honest precision
    assert re.search(r'<time datetime="1925"[^>]*data-edtf="1925-21"', html)
    assert re.search(r'<q class="quote" data-speaker="person-ada-lind"[^>]*>Every ship deserves a story,</q>', html)
    assert 'class="speaker"' in html
    figure = re.search(r'<figure class="caption" id="b-b\d+" dir="auto">(.*?)</figure>', html, re.S)
    assert figure and '<span class="position">Above</span>' in figure[1]
    assert re.search(r'<span class="credit" id="b-b\d+">Town Archive</span>', figure[1])  # its block's anchor
    assert html.count("Town Archive") == 1  # the credit block joined its figure
    assert html.index("Queen Ada Lind") < html.index("the spring of 1925") < html.index("model schooner")


def test_highlight_marks_the_span_once(client: TestClient) -> None:
    text = client.get("/documents/harbor.json").json()["text"]
    start = text.index("Every ship")
    end = text.index("the spring")  # crosses two paragraphs and several spans
    html = client.get(f"/documents/harbor?hl={start}-{end}").text
    assert html.count('id="hl"') == 1
    assert '<mark id="hl" class="hl">' in html
    assert html.count("<mark") == html.count("</mark>") >= 2
    data = client.get(f"/documents/harbor.json?hl={start}-{end}").json()
    assert data["highlight"]["text"] == text[start:end]


@pytest.mark.parametrize("value", ["abc", "5-2", "-1-4", "99999999-999999999", ""])
def test_bad_highlight_is_ignored(client: TestClient, value: str) -> None:
    page = client.get(f"/documents/harbor?hl={value}")
    assert page.status_code == 200 and 'id="hl"' not in page.text


# ---------------------------------------------------------------- entities


def test_entity_page(client: TestClient) -> None:
    data = client.get("/entities/person-ada-lind.json").json()
    assert data["name"] == "Ada Lind" and data["mention_count"] == 3
    assert data["mentions"][0]["match"] == "Queen Ada Lind"
    assert data["mentions"][0]["url"].startswith("/documents/harbor?hl=")
    assert [q["text"] for q in data["quotes"]] == ["Every ship deserves a story,"]
    assert [e["label"] for e in data["events"]] == ["Ada Lind opens the Harbor Museum"]
    assert {r["id"] for r in data["cooccurring"]} == {"organization-harbor-museum", "place-porto"}
    html = client.get("/entities/person-ada-lind").text
    assert 'class="kwic-match" href="/documents/harbor?hl=' in html
    assert "mini-map" not in html


def test_place_has_a_map_point(client: TestClient) -> None:
    html = client.get("/entities/place-porto").text
    assert '<circle class="map-point"' in html and "/static/world-110m.svg" in html


def test_entity_lists_filter_by_type(client: TestClient) -> None:
    people = client.get("/people.json").json()
    assert {e["id"] for e in people["entities"]} == {"person-ada-lind", "person-marco-vell"}
    places = client.get("/entities.json?type=place").json()
    assert {e["type"] for e in places["entities"]} == {"place"}
    assert client.get("/entities?type=dragon").status_code == 400
    assert client.get("/entities?page=0").status_code == 400


# ---------------------------------------------------------------- timeline, map, graph


def test_timeline_lists_and_draws_events(client: TestClient) -> None:
    html = client.get("/timeline").text
    assert '<ol class="event-list timeline-list">' in html
    assert "between 1932-06-01 and 1932-08-31" in html
    drawn = page_data(html, "timeline-data")
    items = {i["label"]: i for i in drawn["items"]}
    day, season = items["Ada Lind opens the Harbor Museum"], items["Marco Vell sails from Lisbon to Porto"]
    assert day["start"] == "1921-05-04" and "end" not in day  # a day is a box on its day
    assert season["start"] == "1932-07-16" and "end" not in season  # a season: a box at its middle
    assert (season["lower"], season["upper"]) == ("1932-06-01", "1932-08-31")
    assert {g["label"] for g in drawn["groups"]} == {"The Harbor Museum", "A Quiet Crossing"}  # a row each
    assert day["url"].startswith("/documents/harbor?hl=")


def test_timeline_draws_long_spans_as_bars_dates_before_the_era_too_and_skips_the_undated() -> None:
    from vitrina.web.views import timeline_items

    def event(n: int, lower: str | None, upper: str | None) -> dict:
        return {"label": f"e{n}", "document": "d", "url": "/documents/d", "qualifier": None,
                "lower": lower, "upper": upper}

    drawn = timeline_items([event(0, "1910-01-01", "1919-12-31"), event(1, "1921-01-01", "1921-12-31"),
                            event(2, None, None), event(3, "-0044-03-15", "-0044-03-15"),
                            event(4, "-0044-01-01", "-0044-12-31"), event(5, "-0500-01-01", "-0401-12-31")],
                           [{"id": "d", "title": "D", "source": "d.txt"}])
    assert [(i["label"], i["start"], i.get("end")) for i in drawn["items"]] == [
        ("e0", "1910-01-01", "1919-12-31"), ("e1", "1921-07-02", None), ("e3", "-0044-03-15", None),
        ("e4", "-0044-07-01", None), ("e5", "-0500-01-01", "-0401-12-31")]  # -44 is a leap year: 366 days


def test_timeline_filters(client: TestClient) -> None:
    by_entity = client.get("/timeline.json?entity=place-lisbon").json()
    assert [e["label"] for e in by_entity["events"]] == ["Marco Vell sails from Lisbon to Porto"]
    by_doc = client.get("/timeline.json?document=harbor").json()
    assert [e["document"] for e in by_doc["events"]] == ["harbor"]
    assert client.get("/timeline.json?entity=place-porto").json()["count"] == 2
    assert client.get("/timeline.json?entity=Ada Lind").json()["filters"]["entity"] == "person-ada-lind"  # by name


UNKNOWN_FILTERS = ["/timeline?document=nodoc", "/timeline?entity=nobody", "/search?q=museum&document=nodoc",
                   "/search?q=museum&entity=nobody", "/compare?document=nodoc", "/compare?entity=nobody",
                   "/map?document=nodoc", "/map?entity=nobody", "/graph?entity=nobody"]


@pytest.mark.parametrize("path", UNKNOWN_FILTERS)
def test_an_unknown_document_or_entity_filter_is_a_404_on_every_page_and_twin(client: TestClient, path: str) -> None:
    page = client.get(path)
    twin = client.get(path.replace("?", ".json?", 1))
    assert page.status_code == twin.status_code == 404, path
    kind, value = ("document", "nodoc") if "document=" in path else ("entity", "nobody")
    assert twin.json() == {"ok": False, "error": twin.json()["error"]}
    assert twin.json()["error"].startswith(f"no {kind} '{value}' ({kind}= takes ")
    assert f"no {kind} &#39;{value}&#39;" in page.text


def test_a_known_document_or_entity_filter_with_nothing_to_show_is_an_empty_page(client: TestClient) -> None:
    nothing = client.get("/search.json?q=zeppelin&document=harbor")
    assert nothing.status_code == 200 and nothing.json()["total"] == 0


def test_timeline_layout_marks_approximate_and_ranges() -> None:
    events = [
        {"id": "a", "label": "exact", "edtf": "1900-01-02", "lower": "1900-01-02", "upper": "1900-01-02"},
        {"id": "b", "label": "circa", "edtf": "1905~", "lower": "1904-01-01", "upper": "1906-12-31"},
        {"id": "c", "label": "decade", "edtf": "191X", "lower": "1910-01-01", "upper": "1919-12-31"},
        {"id": "d", "label": "undated", "edtf": "..", "lower": None, "upper": None},
    ]
    layout = timeline_layout(events)
    marks = {m["id"]: m for m in layout["marks"]}
    assert set(marks) == {"a", "b", "c"}
    assert marks["a"]["point"] and not marks["a"]["approx"]
    assert not marks["b"]["point"] and marks["b"]["approx"] and marks["c"]["approx"]
    assert marks["a"]["x"] < marks["b"]["x"] < marks["c"]["x"] < marks["c"]["x2"] <= layout["width"]
    assert [t["label"] for t in layout["ticks"]] == ["1900", "1905", "1910", "1915", "1920"]


def test_approximate_events_say_so(tmp_path: Path) -> None:
    db = _exhibit_with_approximate_event(tmp_path / "approx.db")
    html = TestClient(create_app(db)).get("/timeline").text
    assert [i["qualifier"] for i in page_data(html, "timeline-data")["items"]] == ["approximate"]
    assert '<strong class="qualifier">approximate</strong>' in html


def test_map_points_link_to_places(client: TestClient) -> None:
    html = client.get("/map").text
    assert '<a href="/entities/place-porto">Porto</a>' in html
    drawn = {p["id"]: p for p in page_data(html, "map-data")["places"]}
    assert set(drawn) == {"place-lisbon", "place-porto"}
    porto = drawn["place-porto"]
    assert porto["url"] == "/entities/place-porto" and porto["mentions"] == 2 and porto["documents"] == 2
    assert [q["match"] for q in porto["quotes"]] == ["Porto", "Porto"]
    assert porto["quotes"][0]["before"].endswith("Museum in") and "?hl=" in porto["quotes"][0]["url"]
    assert {p["id"] for p in client.get("/map.json").json()["places"]} == {"place-lisbon", "place-porto"}


def test_graph_links_carry_their_sentences_and_groups_are_off_by_default(tmp_path: Path) -> None:
    client = TestClient(create_app(_exhibit_with_group(tmp_path / "group.db")))
    data = client.get("/graph.json").json()
    assert "group-islanders" not in {n["id"] for n in data["nodes"]} and "group" not in data["types"]
    link = next(e for e in data["edges"] if {e["source"], e["target"]} == {"person-ada-lind", "place-porto"})
    assert link["kind"] == "co-mention" and link["weight"] == 1
    assert [s["text"] for s in link["evidence"]] == ["Queen Ada Lind opened the Harbor Museum in Porto on May 4, 1921."]
    assert link["evidence"][0]["url"].startswith("/documents/harbor?hl=")
    with_groups = client.get("/graph.json?type=group&type=person").json()
    assert {n["type"] for n in with_groups["nodes"]} == {"group", "person"}
    html = client.get("/graph").text
    assert '<details class="evidence"><summary>same sentence ×1</summary>' in html  # one click away
    assert client.get("/graph?type=planet").status_code == 400
    assert client.get("/graph.json?entity=Ada Lind").json()["focus"] == "person-ada-lind"  # by name


def _exhibit_with_group(path: Path) -> Path:
    """The fixture exhibit plus a group (a demonym) named with Ada Lind."""
    docs = sample_documents()
    harbor = docs[0]
    at = harbor.text.index("the crowd")
    harbor = harbor.evolve(mentions=tuple(sorted(
        (*harbor.mentions, Mention(at + 4, at + 9, "group", "group-islanders")), key=lambda m: m.start)))
    entities = [*sample_entities(), Entity("group-islanders", "group", "islanders")]
    write_exhibit(path, [("sha-" + d.id, d) for d in (harbor, docs[1])], [harbor, docs[1]], entities)
    return path


def test_graph_nodes_and_edges(client: TestClient) -> None:
    data = client.get("/graph.json").json()
    ids = {n["id"] for n in data["nodes"]}
    assert {"person-ada-lind", "place-porto", "place-lisbon", "event:harbor:v0"} <= ids
    kinds = {(e["source"], e["target"], e["kind"]) for e in data["edges"]}
    assert ("person-ada-lind", "event:harbor:v0", "participant") in kinds
    assert ("person-ada-lind", "place-porto", "co-mention") in kinds
    focused = client.get("/graph.json?entity=place-lisbon&limit=3").json()
    assert len(focused["nodes"]) == 3 and "place-lisbon" in {n["id"] for n in focused["nodes"]}
    assert client.get("/graph?entity=nobody").status_code == 404
    assert client.get("/graph?limit=9999").status_code == 400


# ---------------------------------------------------------------- search and ask


@pytest.mark.skipif(not HAS_SEARCH, reason="vitrina.search not there yet")
def test_search_page_shows_marked_snippets(client: TestClient) -> None:
    page = client.get("/search?q=museum")
    assert page.status_code == 200
    assert "<mark>" in page.text and 'href="/documents/harbor?hl=' in page.text
    data = client.get("/search.json?q=museum").json()
    assert data["total"] >= 1 and data["hits"][0]["document"] == "harbor"
    assert client.get("/search?q=x&date=not a date at all").status_code == 400
    assert client.get("/search?q=x&date=1950/1920").status_code == 400  # a range ending before it starts


@pytest.mark.skipif(not HAS_ASK, reason="vitrina.ask not there yet")
def test_ask_page_links_citations_to_highlights(client: TestClient) -> None:
    data = client.get("/ask.json?q=Who opened the Harbor Museum?").json()
    assert data["question"] == "Who opened the Harbor Museum?"
    for citation in data["citations"]:
        assert citation["url"] == f"/documents/{citation['document']}?hl={citation['start']}-{citation['end']}#hl"
    html = client.get("/ask?q=Who opened the Harbor Museum?").text
    assert "Answer" in html


def test_ask_page_without_an_answer_shows_the_closest_passage_as_such(client: TestClient, monkeypatch) -> None:
    import vitrina.ask

    passage = {"document": "harbor", "section": None, "start": 0, "end": 9, "text": "A passage.",
               "url": "/documents/harbor?hl=0-9#hl", "document_title": "Harbor", "source": None}
    monkeypatch.setattr(vitrina.ask, "ask", lambda conn, q: {
        "question": q, "answer": None, "confidence": 0.0, "citations": [passage], "type": "what"})
    html = client.get("/ask?q=What did the crane weigh?").text
    assert "The sources don&#39;t say." in html or "The sources don't say." in html
    assert "The closest passage</h3>" in html and "<h3>Sources</h3>" not in html
    assert "Confidence: 0%" not in html  # no answer, no confidence to show


def test_ask_page_shows_a_contradicted_premise_with_its_correcting_passage(client: TestClient, monkeypatch) -> None:
    import vitrina.ask

    passage = {"document": "harbor", "section": None, "start": 0, "end": 9, "text": "Built in 1887.",
               "url": "/documents/harbor?hl=0-9#hl", "document_title": "Harbor", "source": None}
    premise = {"kind": "date", "asked": "1950", "stated": "1887", "note": "The sources date it 1887, not 1950.",
               "citation": passage}
    monkeypatch.setattr(vitrina.ask, "ask", lambda conn, q: {
        "question": q, "answer": None, "confidence": 0.0, "citations": [passage], "type": "who", "premise": premise})
    html = client.get("/ask?q=Who built the crane in 1950?").text
    assert "premise is contradicted by the sources. The sources date it 1887, not 1950." in html
    assert "The correcting passage</h3>" in html and "Built in 1887." in html
    assert client.get("/ask.json?q=Who built the crane in 1950?").json()["premise"]["stated"] == "1887"


def test_snippet_sanitiser_keeps_only_marks() -> None:
    dirty = 'a <mark>b</mark> &lt;i&gt; <script>x</script> <mark onclick="y">c</mark> &amp; </mark>'
    clean = str(safe_snippet(dirty))
    assert clean.count("<mark>") == 1 and clean.count("</mark>") == 1
    assert "<script>" not in clean and "<mark onclick" not in clean
    assert "&lt;i&gt;" in clean and "&amp; " in clean and "&amp;lt;" not in clean
    assert str(safe_snippet("<mark>open")) == "<mark>open</mark>"


# ---------------------------------------------------------------- errors and limits


def test_missing_things_are_404_pages(client: TestClient) -> None:
    for path in ("/documents/nope", "/entities/nobody", "/no/such/page"):
        page = client.get(path)
        assert page.status_code == 404 and "Not found" in page.text and "Traceback" not in page.text
    for path in ("/documents/nope.json", "/entities/nobody.json"):
        page = client.get(path)
        assert page.status_code == 404 and page.json()["ok"] is False and page.json()["error"]


def test_internal_errors_do_not_leak(sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(kb: KnowledgeBase) -> list:
        raise RuntimeError("secret internals at /srv/private")

    monkeypatch.setattr(KnowledgeBase, "documents_overview", explode)
    client = TestClient(create_app(sample_db), raise_server_exceptions=False)
    page = client.get("/")
    assert page.status_code == 500 and "secret" not in page.text and "Traceback" not in page.text
    assert client.get("/index.json").json() == {"ok": False, "error": "internal error"}
    assert page.headers["content-security-policy"]


def test_long_query_strings_are_refused(client: TestClient) -> None:
    assert client.get("/search?q=" + "a" * 501).status_code == 400
    assert client.get("/search.json?q=" + "a" * 501).json()["ok"] is False
    assert client.get("/timeline?" + "&".join(f"x{i}=1" for i in range(1500))).status_code == 400
    assert client.get("/ask?q=" + "a" * 500).status_code in (200, 503)


def test_slow_queries_are_interrupted(sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web_app, "QUERY_SECONDS", 0.05)
    with open_db(sample_db) as kb, pytest.raises(QueryTimeout):
        kb._rows("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")


def test_missing_database_is_503_not_a_traceback(tmp_path: Path) -> None:
    page = TestClient(create_app(tmp_path / "absent.db")).get("/")
    assert page.status_code == 503 and "not available" in page.text


def test_rebuild_is_picked_up_without_restart(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    docs = sample_documents()
    write_exhibit(db, [("x", docs[0])], [docs[0]], sample_entities())
    client = TestClient(create_app(db))
    assert client.get("/documents/voyage").status_code == 404
    write_exhibit(db, [("x", d) for d in docs], docs, sample_entities())
    assert client.get("/documents/voyage").status_code == 200


# ---------------------------------------------------------------- XSS


EVIL = "<script>alert(1)</script>"
EVIL_IMG = "<img src=x onerror=alert(1)>"


def _evil_exhibit(path: Path) -> Path:
    title = f"{EVIL} Ledger"
    paragraph = (f"The clerk Ivo Brant wrote {EVIL} and {EVIL_IMG} in 1930, then "
                 "\u201cjavascript:alert(1)\u201d beside the stamp.")
    builder = DocumentBuilder("evil<doc>", "evil.txt", "text")
    builder.section("<b>A</b>", [Piece(title, SourceRef(0, len(title), 1))])
    builder.block("paragraph", [Piece(paragraph, SourceRef(100, 100 + len(paragraph), 2))])
    builder.block("caption", [Piece(f"Ivo Brant {EVIL_IMG}", SourceRef(300, 330, 3))],
                  position=EVIL, credit="javascript:alert(1)")
    doc = builder.build()
    text = doc.text
    who = text.index("Ivo Brant")
    year = text.index("1930")
    quote = text.index("javascript:")
    doc = doc.evolve(
        sentences=tuple((b.start, b.end) for b in doc.blocks),
        mentions=(Mention(who, who + 9, "person", "javascript:alert(1)"),),
        dates=(DateMention(year, year + 4, f'1930"{EVIL}'),),
        quotes=(Quote("u0", quote, quote + 19, "quotation", "javascript:alert(1)", None),),
        events=(Event("v0", f"{EVIL_IMG} signs", year, year + 4, "1930",
                      ("javascript:alert(1)",), ("place-x",), ((who, year + 4),)),),
    )
    entities = [Entity("javascript:alert(1)", "person", f"Ivo {EVIL}", (EVIL_IMG,)),
                Entity("place-x", "place", EVIL_IMG, (), 10.0, 20.0)]
    write_exhibit(path, [("e", doc)], [doc], entities)
    return path


class _TagAudit(HTMLParser):
    """Collects dangerous tags and attributes a browser would act on."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        ours = (found.get("src") or "").startswith("/static/") or found.get("type") == "application/json"
        if tag == "img" or (tag == "script" and not ours):
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{tag}[{name}]")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"{tag}[{name}={value}]")


def test_hostile_text_renders_inert_everywhere(tmp_path: Path) -> None:
    client = TestClient(create_app(_evil_exhibit(tmp_path / "evil.db")))
    paths = ["/", "/documents/evil%3Cdoc%3E", "/documents/evil%3Cdoc%3E?hl=0-40",
             "/entities/javascript%3Aalert%281%29", "/entities/place-x", "/entities", "/people",
             "/timeline", "/timeline?entity=javascript%3Aalert%281%29", "/map", "/graph",
             "/search?q=" + EVIL, "/search?q=clerk", "/ask?q=" + EVIL, "/documents/" + EVIL]
    for path in paths:
        page = client.get(path)
        assert page.status_code in (200, 404, 500, 503), path  # 500: a colleague module failing
        audit = _TagAudit()
        audit.feed(page.text)
        assert audit.problems == [], (path, audit.problems)
    document = client.get("/documents/evil%3Cdoc%3E").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document
    assert 'href="/entities/javascript%3Aalert%281%29"' in document


# ---------------------------------------------------------------- units


def test_tokens_nest_overlapping_spans() -> None:
    text = "abcdefghij"
    spans = [Span(1, 5, "a", (("href", "/x"),), 2), Span(3, 8, "mark", (("id", "hl"),), 0, (("class", "hl"),))]
    out = tokens(text, 0, 10, spans)
    html = "".join(
        v if k == "text" else f"<{v}{''.join(f' {a}={b}' for a, b in attrs)}>" if k == "open" else f"</{v}>"
        for k, v, attrs in out
    )
    assert html == "a<a href=/x>bc<mark id=hl>de</mark></a><mark class=hl>fgh</mark>ij"
    assert "".join(v for k, v, _ in out if k == "text") == text


def test_tokens_refuse_unknown_tags() -> None:
    with pytest.raises(ValueError):
        Span(0, 1, "script", (), 0)


def test_html_datetime_is_honest() -> None:
    assert html_datetime("1944-06-06", "1944-06-06", "1944-06-06") == "1944-06-06"
    assert html_datetime("1944-21", "1944-03-01", "1944-05-31") == "1944"
    assert html_datetime("1944-06~", "1944-06-01", "1944-06-30") == "1944-06"
    assert html_datetime("1940/1945", "1940-01-01", "1945-12-31") is None


def test_kwic_window() -> None:
    text = "one two three four five six seven eight nine ten"
    ctx = kwic(text, text.index("five"), text.index("five") + 4, width=10)
    assert ctx["match"] == "five" and ctx["left"].startswith("\u2026") and ctx["right"].endswith("\u2026")


def test_basemap_projection_and_topojson_decoding() -> None:
    assert project(0, 0) == (180, 90) and project(90, -180) == (0, 0)
    topology = {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [-10, -10]},
        "arcs": [[[0, 0], [20, 0], [0, 20]], [[20, 20], [-20, 0], [0, -20]]],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "Square"}}]}},
    }
    [(name, d)] = country_paths(topology)
    assert name == "Square"
    assert d == "M170.0 100.0L190.0 100.0L190.0 80.0L170.0 80.0L170.0 100.0Z"


def test_shipped_basemap_exists() -> None:
    static = Path(web_app.HERE) / "static"
    svg = (static / "world-110m.svg").read_text()
    assert svg.startswith("<svg") and svg.count("<path") > 150
    assert (static / "world-atlas-LICENSE.txt").is_file()


def _exhibit_with_approximate_event(path: Path) -> Path:
    sentence = "Around 1905 the lighthouse keeper Oda Fenn moved to Bergen."
    builder = DocumentBuilder("keeper", "keeper.txt", "text")
    builder.section(None, "")
    builder.block("paragraph", [Piece(sentence, SourceRef(0, len(sentence), 1))])
    doc = builder.build(title="The Keeper")
    start = doc.text.index("Around 1905")
    doc = doc.evolve(
        dates=(DateMention(start, start + 11, "1905~"),),
        events=(Event("v0", "Oda Fenn moves to Bergen", start, start + 11, "1905~", (), (), ((0, len(sentence)),)),),
    )
    write_exhibit(path, [("k", doc)], [doc], [])
    return path


# ---------------------------------------------------------------- caching, paging, headings


def test_cached_pages_follow_a_rebuild(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    docs = sample_documents()
    write_exhibit(db, [("x", docs[0])], [docs[0]], sample_entities())
    app = create_app(db)
    client = TestClient(app)
    before = {p: client.get(p) for p in ("/index.json", "/", "/timeline.json", "/graph.json")}
    for thread in threading.enumerate():  # the page-cache warm-up of this version computes in the background
        if thread.name == "vitrina-warm":
            thread.join(WARM_JOIN_SECONDS)
    computed = app.state.cache.computed
    again = {p: client.get(p) for p in before}
    assert app.state.cache.computed == computed  # served from the cache, nothing recomputed
    assert all(again[p].content == before[p].content for p in before)
    assert len(before["/index.json"].json()["documents"]) == 1
    write_exhibit(db, [("x", d) for d in docs], docs, sample_entities())  # atomic replace
    after = client.get("/index.json").json()
    assert {d["id"] for d in after["documents"]} == {d.id for d in docs}
    assert "/documents/voyage" in client.get("/").text
    assert client.get("/timeline.json").json()["count"] > before["/timeline.json"].json()["count"]
    assert app.state.cache.computed > computed


def test_cache_identity_changes_with_the_file(tmp_path: Path) -> None:
    from vitrina.web.cache import PageCache, file_identity

    path = tmp_path / "x.db"
    assert file_identity(path) is None
    path.write_bytes(b"one")
    first = file_identity(path)
    replacement = tmp_path / "y.db"
    replacement.write_bytes(b"two!")
    replacement.replace(path)
    assert file_identity(path) != first
    cache = PageCache()
    assert cache.get(first, "n", lambda: 1) == 1
    assert cache.get(first, "n", lambda: 2) == 1
    assert cache.get(file_identity(path), "n", lambda: 3) == 3
    assert cache.get(None, "n", lambda: 4) == 4  # no file: never cached


def _exhibit_with_many_events(path: Path, count: int) -> Path:
    """One document whose sentences each date an event, one a year from 1800."""
    sentences = [f"In {1800 + i} the ferry Nell crossed to Vardo." for i in range(count)]
    builder = DocumentBuilder("ferry", "ferry.txt", "text")
    builder.section(None, "")
    offset = 0
    for sentence in sentences:
        builder.block("paragraph", [Piece(sentence, SourceRef(offset, offset + len(sentence), 1))])
        offset += len(sentence) + 1
    doc = builder.build(title="The Ferry Log")
    dates, events = [], []
    for i in range(count):
        year = str(1800 + i)
        start = doc.text.index(f"In {year} ") + 3
        dates.append(DateMention(start, start + 4, year))
        events.append(Event(f"v{i}", f"Crossing {i}", start, start + 4, year, (), (), ((start, start + 4),)))
    doc = doc.evolve(dates=tuple(dates), events=tuple(events))
    write_exhibit(path, [("f", doc)], [doc], [])
    return path


def test_timeline_pages_and_decades_when_many_events(tmp_path: Path) -> None:
    client = TestClient(create_app(_exhibit_with_many_events(tmp_path / "many.db", 450)))
    first = client.get("/timeline.json").json()
    assert first["count"] == 450 and first["pages"] == 3 and len(first["events"]) == 200
    assert first["events"][0]["label"] == "Crossing 0"
    third = client.get("/timeline.json?page=3").json()
    assert len(third["events"]) == 50 and third["first"] == 401 and third["events"][-1]["label"] == "Crossing 449"
    assert client.get("/timeline?page=4").status_code == 404
    assert {d["decade"]: d["count"] for d in first["decades"]}[1850] == 10
    decade = client.get("/timeline.json?decade=1850").json()
    assert decade["count"] == 10 and decade["pages"] == 1
    assert [e["label"] for e in decade["events"]] == [f"Crossing {i}" for i in range(50, 60)]
    assert client.get("/timeline?decade=1855").status_code == 400
    html = client.get("/timeline?page=2").text
    assert 'class="decade-chart"' in html and 'aria-label="Decades"' in html
    assert 'href="/timeline?page=3" rel="next"' in html and 'href="/timeline?page=1" rel="prev"' in html
    assert '<ol class="event-list timeline-list" start="201">' in html
    assert len(page_data(html, "timeline-data")["items"]) == 200  # the page's events are drawn
    assert len(page_data(client.get("/timeline?decade=1850").text, "timeline-data")["items"]) == 10
    assert 'href="/timeline?decade=1850"' in html


def salt_exhibit(db: Path) -> Path:
    """A document whose labelled section heading ("B") starts with a person mention."""
    heading, body = "Mira Tolk and the Salt Tax of the Delta", "The tax fell on every barge."
    builder = DocumentBuilder("salt", "salt.txt", "text")
    builder.section("B", [Piece(heading, SourceRef(0, len(heading), 1))])
    builder.block("paragraph", [Piece(body, SourceRef(50, 50 + len(body), 2))])
    doc = builder.build(title="The Salt Ledger")
    who = doc.text.index("Mira Tolk")
    doc = doc.evolve(mentions=(Mention(who, who + 9, "person", "person-mira-tolk"),))
    write_exhibit(db, [("s", doc)], [doc], [Entity("person-mira-tolk", "person", "Mira Tolk", ())])
    return db


def test_section_heading_title_is_one_inline_element(tmp_path: Path) -> None:
    html = TestClient(create_app(salt_exhibit(tmp_path / "salt.db"))).get("/documents/salt").text
    h2 = re.search(r'<h2 id="heading-[^"]*">(.*?)</h2>', html, re.S)
    assert h2, html
    parts = re.fullmatch(r'<span class="panel-label">B</span> <span class="panel-title" id="b-b\d+">(.*)</span>',
                         h2[1], re.S)  # the heading block's anchor, where a link to a name in it lands
    assert parts, h2[1]  # the badge and ONE element holding the whole title (links inline in it)
    assert re.fullmatch(r'<a href="/entities/person-mira-tolk"[^>]*>Mira Tolk</a> and the Salt Tax of the Delta',
                        parts[1])


def test_quotation_speaker_is_a_marker_with_hidden_name(client: TestClient) -> None:
    html = client.get("/documents/harbor").text
    link = re.search(r'<a href="/entities/person-ada-lind" class="speaker" title="Quotation by ([^"]+)">(.*?)</a>',
                     html, re.S)
    assert link, "speaker link"
    assert '<span class="speaker-mark" aria-hidden="true"></span>' in link[2]
    assert f'<span class="visually-hidden"> (quotation by {link[1]})</span>' in link[2]


def test_home_groups_collections_after_single_documents() -> None:
    from vitrina.web.views import collections

    docs = [{"id": f"d{i}", "source": src, "ordinal": i, "events": 1}
            for i, src in enumerate(["a.xml", "a.xml", "note.txt", "b.xml", "b.xml"])]
    groups = collections(docs)
    assert [g["source"] for g in groups] == ["note.txt", "a.xml", "b.xml"]
    assert [g["collection"] for g in groups] == [False, True, True]
    assert groups[1]["events"] == 2
    assert groups[1]["title"] == "a.xml"  # no title: the file name


def test_home_heads_documents_by_title_not_file_name(client: TestClient) -> None:
    html = client.get("/").text
    assert '<h2 id="singles-h">Exhibits</h2>' in html
    assert not re.search(r"<h[23][^>]*>\s*harbor\.txt", html)  # a file name is never a heading
    assert '<span class="source-file">harbor.txt</span>' in html


def test_search_picker_takes_a_name(client: TestClient) -> None:
    html = client.get("/search?q=museum&entity=Ada+Lind").text
    assert 'list="s-entity-names"' in html and '<option value="Ada Lind">' in html
    by_name = client.get("/search.json?q=museum&entity=ada lind").json()
    by_id = client.get("/search.json?q=museum&entity=person-ada-lind").json()
    assert by_name["hits"] == by_id["hits"] and by_name["filters"]["entity"] == "person-ada-lind"


def test_graph_default_shows_the_most_connected_and_lists_the_same_links(client: TestClient) -> None:
    from vitrina.web.graph import trim

    data = client.get("/graph.json?limit=2").json()
    assert len(data["nodes"]) == 2
    html = client.get("/graph?limit=2").text
    drawn = len(page_data(html, "graph-data")["edges"])
    listed = html.split('id="links-h"')[1].count("<tr><td>")
    assert drawn == listed == len(data["edges"])
    nodes = {n: {"id": n} for n in "abcd"}
    edges = [{"source": "a", "target": "b", "kind": "co-mention", "weight": 5},
             {"source": "a", "target": "c", "kind": "co-mention", "weight": 1},
             {"source": "b", "target": "c", "kind": "co-mention", "weight": 2},
             {"source": "c", "target": "d", "kind": "co-mention", "weight": 1}]
    from collections import Counter
    degree = Counter({"a": 6, "b": 7, "c": 4, "d": 1})
    incident = {"a": [0, 1], "b": [0, 2], "c": [1, 2, 3], "d": [3]}
    graph = {"nodes": nodes, "edges": edges, "degree": degree, "ranked": ["b", "a", "c", "d"], "incident": incident}
    small = trim(graph, None, 3, max_edges=2)
    assert [n["id"] for n in small["nodes"]] == ["b", "a", "c"]
    assert [(e["source"], e["target"]) for e in small["edges"]] == [("a", "b"), ("b", "c")]
    assert small["edges_among"] == 3


def _png() -> bytes:
    """A 1 x 1 PNG, made here."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


def test_document_shows_figures_with_their_captions_and_credits(tmp_path: Path) -> None:
    from vitrina.model import Figure

    docs = sample_documents()
    caption = next(b for b in docs[0].blocks if b.kind == "caption")
    harbor = docs[0].evolve(figures=(
        Figure("f1", caption=caption.id, page=2, alt="A model schooner on a table", mime="image/png", data=_png()),
        Figure("f2", page=3, src="plates/pier.tif", alt="The pier"),
    ))
    db = tmp_path / "figures.db"
    write_exhibit(db, [("sha-" + d.id, d) for d in (harbor, docs[1])], [harbor, docs[1]], sample_entities())
    client = TestClient(create_app(db))
    html = client.get("/documents/harbor").text
    figure = re.search(r'<figure class="caption" id="b-[^"]+" dir="auto">(.*?)</figure>', html, re.S)
    assert figure and '<img class="figure-image" src="data:image/png;base64,' in figure[1]
    assert 'alt="A model schooner on a table"' in figure[1] and "Town Archive" in figure[1]  # caption + credit
    assert "Figures without a caption" in html and "plates/pier.tif" in html and "<img" not in html.split("figures-h")[1]
    data = client.get("/documents/harbor.json").json()
    assert [(f["id"], f["caption"]) for f in data["figures"]] == [("f1", caption.id), ("f2", None)]


@pytest.mark.skipif(not HAS_ASK, reason="vitrina.ask not there yet")
def test_first_question_is_not_cut_off_by_loading_the_model(client: TestClient, monkeypatch) -> None:
    """Loading the parser takes seconds on a first question; that is not query time."""
    import time

    from vitrina.qa import parse

    real = parse.parser
    slow = {"first": True}

    def slow_parser():
        if slow["first"]:
            slow["first"] = False
            time.sleep(web_app.QUERY_SECONDS + 0.5)
        return real()

    monkeypatch.setattr(parse, "parser", slow_parser)
    restarted = []
    state = client.app.state  # type: ignore[attr-defined]
    restart = state.ask_deadline
    monkeypatch.setattr(state, "ask_deadline", lambda kb: (restarted.append(kb), restart(kb)))
    response = client.get("/ask.json?q=Who opened the Harbor Museum?")
    assert response.status_code == 200, response.text
    assert not slow["first"] and len(restarted) == 1  # the query time began after the load


@pytest.mark.skipif(not HAS_ASK, reason="vitrina.ask not there yet")
def test_a_question_slower_than_a_page_budget_is_still_answered(client: TestClient, monkeypatch) -> None:
    """Round 33 red team DEF-10: a question that takes longer than a page may (several visitors asking at
    once just after a start) has its own budget, ASK_QUERY_SECONDS, not the page's QUERY_SECONDS."""
    import time

    import vitrina.ask

    real = vitrina.ask.ask

    def slow_ask(conn, q):
        time.sleep(web_app.QUERY_SECONDS + 0.3)  # busy past a page's budget, then queries the store
        return real(conn, q)

    monkeypatch.setattr(vitrina.ask, "ask", slow_ask)
    response = client.get("/ask.json?q=Who opened the Harbor Museum?")
    assert response.status_code == 200, response.text
    assert "Harbor" in json.dumps(response.json())


def test_server_start_loads_the_answering_model_in_the_background(sample_db: Path, monkeypatch) -> None:
    from vitrina.web import views

    loaded = []
    monkeypatch.setattr(views, "load_answering", lambda: loaded.append(True))
    with TestClient(create_app(sample_db)):
        for _ in range(50):
            if loaded:
                break
            import time

            time.sleep(0.05)
    assert loaded == [True]


def test_a_file_name_with_control_characters_is_shown_without_them(tmp_path: Path) -> None:
    builder = DocumentBuilder("ledger", "in/ledger\x1b]0;owned\x07.txt", "text")
    builder.block("paragraph", "The clerk kept the ledger.")
    doc = builder.build(title="Ledger")
    write_exhibit(tmp_path / "x.db", [("sha", doc)], [doc], [])
    client = TestClient(create_app(tmp_path / "x.db"))
    page = client.get("/documents/ledger")
    assert page.status_code == 200
    assert "ledger.txt" in page.text
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", page.text)
    shown = web_app._shown(safe_snippet("a <mark>b</mark>\x1b"))
    assert shown == "a <mark>b</mark>" and hasattr(shown, "__html__")  # markup stays markup, not escaped twice


def test_guard_logs_one_line_when_the_server_refuses_the_response(caplog):
    """A server that already answered a malformed request (or lost the client) refuses the app's response:
    one warning is logged, no exception reaches the server (which would print a traceback)."""
    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 405, "headers": []})

    async def refusing_send(message):
        raise RuntimeError("can't send a response in state MUST_CLOSE")

    async def receive():
        return {"type": "http.disconnect"}

    import asyncio
    guard = web_app.GuardMiddleware(app)
    with caplog.at_level("WARNING", logger="vitrina.web.app"):
        asyncio.run(guard({"type": "http", "method": "POST", "path": "/search", "query_string": b""},
                          receive, refusing_send))
    messages = [r.getMessage() for r in caplog.records]
    assert messages == ["POST /search: the response was not sent (can't send a response in state MUST_CLOSE)"]


def test_guard_lets_errors_of_the_app_itself_through():
    async def app(scope, receive, send):
        raise ValueError("a bug of the app")

    async def send(message):
        pass

    async def receive():
        return {"type": "http.disconnect"}

    import asyncio
    with pytest.raises(ValueError):
        asyncio.run(web_app.GuardMiddleware(app)({"type": "http", "method": "GET", "path": "/", "query_string": b""},
                                                 receive, send))


def test_pages_of_documents_whose_ids_are_not_latin(tmp_path: Path) -> None:
    """A document read from a file named in Cyrillic keeps its letters as its id; its page,
    its twin and the filters naming it answer by the percent-encoded URL."""
    from urllib.parse import quote

    from vitrina.ingest import read_path
    from vitrina.web.render import document_url

    docs = []
    for name, line in (("Дом.txt", "The keeper lit the lamp at dusk.\n"), ("Мир.txt", "The ferry left at dawn.\n")):
        (tmp_path / name).write_text(line)
        docs += read_path(tmp_path / name)
    db = tmp_path / "scripts.db"
    write_exhibit(db, [("sha-" + d.id, d) for d in docs], docs, [])
    client = TestClient(create_app(db))
    assert document_url("дом") == "/documents/" + quote("дом")
    page = client.get(document_url("дом"))
    assert page.status_code == 200 and "дом" in page.text and "keeper" in page.text
    assert client.get(twin(document_url("мир"))).json()["id"] == "мир"
    for path in ("/timeline", "/map", "/search"):
        assert client.get(path, params={"document": "мир", "q": "ferry"}).status_code == 200


# ---------------------------------------------------------------- years before 1 and past 9999


def _exhibit_with_far_years(path: Path) -> Path:
    """A consul murdered in 61 BC (EDTF -0060) and a beacon to be relit in the year 12000 (Y12000)."""
    sentences = ["The consul Oren Vask was murdered in 61 BC by his own guard.",
                 "The beacon of Tarsa will be relit in the year 12000, the almanac says."]
    builder = DocumentBuilder("far", "far.txt", "text")
    builder.section(None, "")
    for i, s in enumerate(sentences):
        builder.block("paragraph", [Piece(s, SourceRef(i * 100, i * 100 + len(s), i + 1))])
    doc = builder.build(title="Far Years")
    spans = [(doc.text.index("61 BC"), "61 BC", "-0060"), (doc.text.index("the year 12000"), "the year 12000", "Y12000")]
    dates = tuple(DateMention(start, start + len(text), edtf) for start, text, edtf in spans)
    events = tuple(Event(f"v{i}", label, d.start, d.end, d.edtf, (), (), ((d.start - 30, d.end),))
                   for i, (label, d) in enumerate(zip(("Oren Vask is murdered", "The beacon is relit"), dates, strict=True)))
    sentence_spans = tuple((b.start, b.end) for b in doc.blocks if b.kind == "paragraph")
    doc = doc.evolve(dates=dates, events=events, sentences=sentence_spans)
    write_exhibit(path, [("f", doc)], [doc], [])
    return path


def test_years_before_one_and_past_9999_in_ask_pages_and_exports(tmp_path: Path) -> None:
    """Round 35 red team D1: an answer dated 61 BC crashed ask (ValueError from date.fromisoformat)."""
    from vitrina.ask import ask
    from vitrina.export import export
    from vitrina.store import connect_readonly

    db = _exhibit_with_far_years(tmp_path / "far.db")
    client = TestClient(create_app(db))
    data = client.get("/ask.json?q=When was Oren Vask murdered?")
    assert data.status_code == 200 and data.json()["answer"] == "61 BC"
    assert client.get("/ask?q=When was Oren Vask murdered?").status_code == 200
    assert client.get("/ask.json?q=When will the beacon of Tarsa be relit?").status_code == 200
    for path in ("/timeline", "/timeline.json", "/documents/far", "/documents/far.json"):
        assert client.get(path).status_code == 200, path
    with connect_readonly(db) as conn:
        assert ask(conn, "When was Oren Vask murdered?")["answer"] == "61 BC"
        for fmt in ("json", "timelinejs", "tei", "csv", "geojson", "annotations"):
            export(conn, fmt, tmp_path / f"out-{fmt}")
            assert (tmp_path / f"out-{fmt}").exists(), fmt
    tei = "".join(p.read_text() for p in (tmp_path / "out-tei").rglob("*.xml"))
    assert 'when="-0060"' in tei or 'notBefore="-0060-01-01"' in tei


def test_html_datetime_of_a_year_past_9999_keeps_every_digit() -> None:
    assert html_datetime("Y12000", "12000-01-01", "12000-12-31") == "12000"
    assert html_datetime("-0060", "-0060-01-01", "-0060-12-31") is None  # HTML has no year before 1


def test_pages_name_their_icon_so_no_favicon_request_is_a_404(client: TestClient) -> None:
    """Round 41 red team note: every page load asked for /favicon.ico, which is 404; the page names an empty icon."""
    assert '<link rel="icon" href="data:,">' in client.get("/").text


# ---------------------------------------------------------------- the JSON consumer (round 42 red team, D13, D14)


def _openapi_twins() -> list[str]:
    from vitrina.web.openapi import openapi_schema

    return sorted(openapi_schema()["paths"])


def _a_url(template: str) -> str:
    return template.replace("{doc_id}", "harbor").replace("{entity_id}", "person-ada-lind")


def test_a_wrong_method_on_any_url_is_a_405_in_its_form_with_allow(client: TestClient) -> None:
    for method in ("DELETE", "POST", "PUT", "PATCH"):
        for template in _openapi_twins():
            answer = client.request(method, _a_url(template))
            assert answer.status_code == 405 and answer.headers["content-type"] == "application/json", template
            assert set(answer.headers["allow"].replace(" ", "").split(",")) == {"GET", "HEAD"}
            assert answer.json() == {"ok": False, "error": f"method {method} not allowed; use "
                                                           f"{answer.headers['allow']}"}
        page = client.request(method, "/search?q=harbor")
        assert page.status_code == 405 and page.headers["content-type"].startswith("text/html")
        assert "GET" in page.headers["allow"] and "Error 405" in page.text
    assert client.head("/search.json?q=harbor").status_code == 200


def test_an_unknown_parameter_of_any_twin_is_a_400_naming_it(client: TestClient) -> None:
    from vitrina.web.openapi import query_parameters

    for template in _openapi_twins():
        url = _a_url(template)
        answer = client.get(url + "?limit=abc")
        assert answer.status_code == 400, url
        error = answer.json()["error"]
        assert error.startswith("unknown parameter 'limit'; ") or template == "/graph.json", error
        takes = query_parameters(template)
        assert takes is not None and all(name in error for name in takes if template != "/graph.json")
    assert client.get("/graph.json?limit=NaN").json() == {"ok": False, "error": "limit must be between 1 and 500"}
    for bad in ("page=-1", "page=abc", "page=NaN"):
        answer = client.get(f"/search.json?q=harbor&{bad}")
        assert answer.status_code == 400 and "page" in answer.json()["error"]
    assert client.get("/search?q=harbor&utm_source=x").status_code == 200  # a page stays lenient


def test_a_pages_json_link_keeps_only_what_its_twin_takes(client: TestClient) -> None:
    html = client.get("/timeline?entity=place-lisbon&campaign=spring").text
    link = re.findall(r'href="([^"]*\.json[^"]*)"', html)
    assert link == ["/timeline.json?entity=place-lisbon"]
    assert client.get(link[0]).status_code == 200


def _json_text(value: object, where: str = "") -> list[str]:
    """Where a string inside the JSON is itself a JSON object or array (double-encoded)."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _json_text(v, f"{where}.{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _json_text(v, f"{where}[{i}]")]
    if isinstance(value, str) and value.strip()[:1] in ("{", "["):
        try:
            json.loads(value)
        except ValueError:
            return []
        return [where]
    return []


def test_no_twin_holds_json_text_inside_its_json(client: TestClient) -> None:
    assert _json_text({"a": ['{"b": 1}', "[see note]"]}) == [".a[0]"]  # the check itself can fail
    for path in [*PAGES, "/search?q=harbor", "/compare"]:
        data = client.get(twin(path)).json()
        assert _json_text(data) == [], path
    assert isinstance(client.get("/entities/place-porto.json").json()["details"], dict)


def test_the_published_schema_says_which_twins_redirect_a_former_id() -> None:
    from vitrina.web.openapi import openapi_schema

    paths = openapi_schema()["paths"]
    moving = sorted(path for path, item in paths.items() if "301" in item["get"]["responses"])
    assert moving == ["/documents/{doc_id}.json", "/entities/{entity_id}.json"]
    for path in moving:
        assert "Location" in paths[path]["get"]["responses"]["301"]["headers"]


def test_the_main_twins_match_their_published_schema(client: TestClient) -> None:
    import jsonschema

    from vitrina.web.openapi import openapi_schema

    described = openapi_schema()
    for url, name in [("/search.json?q=harbor", "Search"), ("/entities/person-ada-lind.json", "Entity"),
                      ("/entities/place-porto.json", "Entity"), ("/documents/harbor.json", "Document"),
                      ("/ask.json?q=Where+is+the+harbor%3F", "Answer")]:
        answer = client.get(url)
        if answer.status_code == 503:  # a feature not installed (search, ask)
            continue
        schema = {**described["components"]["schemas"][name], "components": described["components"]}
        jsonschema.validate(answer.json(), schema)
    with pytest.raises(jsonschema.ValidationError):  # the details are structured: text would not do
        entity = {**client.get("/entities/place-porto.json").json(), "details": "{}"}
        jsonschema.validate(entity, {**described["components"]["schemas"]["Entity"],
                                     "components": described["components"]})


def test_an_entity_page_lists_its_roles_a_header_role_cited_by_its_element(tmp_path: Path) -> None:
    import jsonschema

    from vitrina.export.json_kb import knowledge_base
    from vitrina.store import connect_readonly

    docs = sample_documents()
    at = docs[0].text.index("Queen")
    entities = [replace(e, roles=(("queen", docs[0].id, at, at + 5),),
                        header_roles=(("patron", docs[0].id, "person/@role, line 3, column 2", 40, 70),))
                if e.id == "person-ada-lind" else e for e in sample_entities()]
    path = tmp_path / "roles.db"
    write_exhibit(path, [("sha-" + d.id, d) for d in docs], docs, entities)
    client = TestClient(create_app(path))
    html = client.get("/entities/person-ada-lind").text
    assert '<h2 id="roles-h">Roles</h2>' in html
    assert "patron — " in html and "(stated in the file's header: person/@role, line 3, column 2)" in html
    assert f'href="/documents/{docs[0].id}?hl={at}-{at + 5}#hl"' in html  # a title in the text: its span
    roles = client.get("/entities/person-ada-lind.json").json()["details"]["roles"]
    assert roles[1] == {"role": "patron", "document": docs[0].id,
                        "header": {"cited": "person/@role, line 3, column 2", "start": 40, "end": 70}}
    with contextlib.closing(connect_readonly(path)) as conn:
        kb = knowledge_base(conn)
    schema = json.loads((Path(__file__).resolve().parents[1] / "src/vitrina/schemas/export.schema.json").read_text())
    jsonschema.validate(kb, schema)
    assert [r["role"] for r in next(e for e in kb["entities"] if e["id"] == "person-ada-lind")["roles"]] == [
        "queen", "patron"]
