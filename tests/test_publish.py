"""Static site: every route rendered by the web app, links relative and resolvable, offline search."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest

from vitrina.publish import page_file, publish

LINK = re.compile(r'\s(?:href|src|action)="([^"]*)"')


@pytest.fixture
def site(sample_db: Path, tmp_path: Path) -> tuple[Path, int]:
    out = tmp_path / "site"
    return out, publish(sample_db, out)


def test_every_page_written_and_counted(site: tuple[Path, int]) -> None:
    out, count = site
    files = [p for p in out.rglob("*") if p.is_file()]
    assert count == len(files)
    names = {str(p.relative_to(out)) for p in files}
    for expected in ("index.html", "people.html", "entities.html", "timeline.html", "map.html", "graph.html",
                     "search.html", "ask.html", "documents/harbor.html", "documents/voyage.html",
                     "entities/person-ada-lind.html", "entities/place-porto.html", "index.json",
                     "documents/harbor.json", "search-index.js", "static/vitrina.css", "static/vitrina-search.js"):
        assert expected in names
    assert not any("__hl-" in n for n in names)  # a cited passage is a paragraph of its document's page
    assert "timeline__document-harbor.html" in names


def test_links_are_relative_and_resolve(site: tuple[Path, int]) -> None:
    out, _ = site
    for page in out.rglob("*.html"):
        for raw in LINK.findall(page.read_text(encoding="utf-8")):
            url = html.unescape(raw)
            assert not url.startswith("/"), (page, url)
            if url.startswith(("#", "http:", "https:", "data:")):
                continue
            assert (page.parent / url.split("#")[0].split("?")[0]).resolve().is_file(), (page, url)


def _urls(value: object) -> list[str]:
    """Every ``url`` string anywhere in a JSON value."""
    if isinstance(value, dict):
        return [u for k, v in value.items() for u in ([v] if k == "url" and isinstance(v, str) else _urls(v))]
    if isinstance(value, list):
        return [u for v in value for u in _urls(v)]
    return []


def test_json_twins_link_to_the_sites_files(site: tuple[Path, int]) -> None:
    out, _ = site
    checked = 0
    for twin in out.rglob("*.json"):
        for url in _urls(json.loads(twin.read_text(encoding="utf-8"))):
            assert not url.startswith("/"), (twin, url)  # no link to a server
            assert (twin.parent / url.split("#")[0].split("?")[0]).resolve().is_file(), (twin, url)
            checked += 1
    assert checked > 10


def test_pages_are_the_servers_pages(site: tuple[Path, int]) -> None:
    out, _ = site
    doc = (out / "documents" / "harbor.html").read_text(encoding="utf-8")
    assert 'href="../static/vitrina.css"' in doc
    assert "Queen Ada Lind" in doc and 'class="mention mention-person"' in doc
    assert 'id="b-b1"' in doc  # the anchor cited passages link to
    entity = (out / "entities" / "person-ada-lind.html").read_text(encoding="utf-8")
    assert re.search(r'href="\.\./documents/harbor\.html#b-b\d+"', entity)
    map_page = (out / "map.html").read_text(encoding="utf-8")
    assert '"url": "entities/place-porto.html"' in map_page  # links inside the map's data too
    timeline = (out / "timeline.html").read_text(encoding="utf-8")
    assert "<form" not in timeline and "static-note" in timeline
    assert json.loads((out / "documents" / "harbor.json").read_text())["id"] == "harbor"


def test_search_index_is_a_script_global(site: tuple[Path, int]) -> None:
    out, _ = site
    text = (out / "search-index.js").read_text(encoding="utf-8")
    assert text.startswith("window.VITRINA_SEARCH = ")
    index = json.loads(text.removeprefix("window.VITRINA_SEARCH = ").rstrip().rstrip(";"))
    assert [d["url"] for d in index["documents"]] == ["documents/harbor.html", "documents/voyage.html"]
    assert any("Every ship deserves a story" in p[2] for p in index["passages"])
    search = (out / "search.html").read_text(encoding="utf-8")
    assert '<script src="search-index.js"></script>' in search and 'id="static-search"' in search


def test_file_names() -> None:
    assert page_file("/") == "index.html"
    assert page_file("/documents/a%2Fb") == "documents/a~2fb.html"
    assert page_file("/documents/census_1851_notes") == "documents/census_1851_notes.html"  # as served
    assert page_file("/documents/a__b_") == "documents/a~5f~5fb~5f.html"  # no "__" but the filter's
    assert page_file("/documents/x~y") == "documents/x~7ey.html"
    assert len({page_file(f"/documents/{n}") for n in ("a_", "a~5f", "a%5F", "a__", "a_~5f")}) == 4
    assert page_file("/documents/x", (("hl", "3-9"),)) == "documents/x__hl-3-9.html"
    assert page_file("/documents/..") == "documents.html"


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="no chromium")
def test_search_works_from_file_url(site: tuple[Path, int]) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    out, _ = site
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto((out / "search.html").as_uri() + "?q=ship")
            page.wait_for_selector("#search-hits li")
            assert "1 passage found" in page.inner_text("#search-status")
            assert page.inner_text("#search-hits mark") == "ship"
            page.fill("#s-q", '"quiet crossing"')
            page.click("#static-search button")
            assert page.inner_text("#search-hits .hit-source a") == "A Quiet Crossing"
        finally:
            browser.close()


def test_publish_over_an_older_site_says_what_it_left(sample_db, tmp_path):
    from click.testing import CliRunner

    from vitrina.cli import main

    out = tmp_path / "site"
    first = CliRunner().invoke(main, ["publish", "--db", str(sample_db), "--static", str(out)])
    assert first.exit_code == 0 and "already there" not in first.stderr
    stale = out / "entities" / "person-from-an-older-exhibit.html"
    stale.write_text("<!doctype html><title>older</title>")
    again = CliRunner().invoke(main, ["publish", "--db", str(sample_db), "--static", str(out)])
    assert again.exit_code == 0 and stale.exists()  # a publish never deletes a file it did not write
    assert again.stderr.splitlines()[-1].endswith("; 1 other file already there was left in place")


def test_a_link_to_a_file_in_the_site_is_replaced_not_written_through(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    publish(sample_db, out)
    outside = tmp_path / "outside.txt"
    outside.write_text("the owner's notes\n", encoding="utf-8")
    (out / "index.html").unlink()
    (out / "index.html").symlink_to(outside)
    publish(sample_db, out)
    assert outside.read_text(encoding="utf-8") == "the owner's notes\n"
    assert not (out / "index.html").is_symlink() and "<html" in (out / "index.html").read_text(encoding="utf-8")


def test_a_link_to_a_folder_in_the_site_is_refused_before_anything_is_written(sample_db: Path,
                                                                              tmp_path: Path) -> None:
    from vitrina.errors import VitrinaError

    out = tmp_path / "site"
    publish(sample_db, out)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.rmtree(out / "documents")
    (out / "documents").symlink_to(elsewhere, target_is_directory=True)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    with pytest.raises(VitrinaError, match="link to a folder"):
        publish(sample_db, out)
    assert list(elsewhere.iterdir()) == []
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == before


def test_publish_beside_the_owners_files_leaves_them_and_says_so(sample_db: Path, tmp_path: Path) -> None:
    """A folder of other files was refused outright, though the README says publish leaves them in place."""
    from click.testing import CliRunner

    from vitrina.cli import main

    out = tmp_path / "project"
    (out / "drafts").mkdir(parents=True)
    (out / "notes.txt").write_text("the owner's notes\n")
    (out / "drafts" / "plan.md").write_text("# Plan\n")
    result = CliRunner().invoke(main, ["publish", "--db", str(sample_db), "--static", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1].endswith("; 2 other files already there were left in place")
    assert (out / "notes.txt").read_text() == "the owner's notes\n" and (out / "index.html").is_file()


def test_a_file_where_a_page_must_go_stops_the_publish_and_is_kept(sample_db: Path, tmp_path: Path) -> None:
    """A name only the crawl finds (a file where the documents' folder must be) is never overwritten."""
    from vitrina.errors import VitrinaError

    out = tmp_path / "project"
    out.mkdir()
    (out / "documents").write_text("not a folder\n")
    with pytest.raises(VitrinaError, match="never overwrites a file it did not write"):
        publish(sample_db, out)
    assert (out / "documents").read_text() == "not a folder\n"


def test_republishing_removes_the_stale_pages_it_wrote_and_no_other_file(sample_db: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from vitrina.cli import main

    out = tmp_path / "site"
    publish(sample_db, out)
    dropped = out / "documents" / "a-dropped-letter.html"  # as an earlier exhibit's publish wrote it
    dropped.write_text("<!doctype html><title>dropped</title>")
    (out / "old-folder").mkdir()
    (out / "old-folder" / "page.json").write_text("{}")
    record = out / ".vitrina-site"
    record.write_text(record.read_text() + "documents/a-dropped-letter.html\nold-folder/page.json\n../outside.txt\n")
    outside = tmp_path / "outside.txt"
    outside.write_text("not the site's")
    owners = out / "documents" / "owners-notes.html"  # never named in the record
    owners.write_text("notes")
    again = CliRunner().invoke(main, ["publish", "--db", str(sample_db), "--static", str(out)])
    assert again.exit_code == 0, again.output
    assert not dropped.exists() and not (out / "old-folder").exists()
    assert owners.exists() and outside.exists()
    assert "; removed 2 files an earlier publish wrote that the exhibit no longer has" in again.stderr
    assert "a-dropped-letter" not in record.read_text() and "owners-notes" not in record.read_text()


def test_an_entity_page_links_to_its_own_timeline_and_says_the_graph_is_whole(site: tuple[Path, int]) -> None:
    out, _ = site
    page = (out / "entities" / "person-ada-lind.html").read_text(encoding="utf-8")
    assert re.search(r'href="../timeline__entity-person-ada-lind.html">Ada Lind on the timeline<', page)
    assert re.search(r'href="../graph.html">The whole graph \(the links of Ada Lind are listed above\)<', page)
    assert "in the graph" not in page and "data-static-label" not in page
    timeline = json.loads((out / "timeline__entity-person-ada-lind.json").read_text(encoding="utf-8"))
    whole = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
    assert 0 < len(timeline["events"]) < len(whole["events"])


@pytest.mark.skipif(_chromium() is None, reason="no chromium")
def test_a_search_hit_in_a_sub_section_opens_its_nested_panel_from_file_url(tmp_path: Path) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    from vitrina.ingest import markdown
    from vitrina.store import write_exhibit

    text = ("# The Ropewalk\n\nRope was made here.\n\n## Workers\n\nTwelve spinners worked the walk.\n\n"
            "### Wages\n\nThe spinners were paid in copper tokens.\n\n## Closure\n\nThe walk shut in 1901.\n")
    (doc,) = markdown.read(text.encode(), str(tmp_path / "rope.md"))
    db = tmp_path / "rope.db"
    write_exhibit(db, [("sha", doc)], [doc], [])
    out = tmp_path / "site"
    publish(db, out)
    wages = next(s for s in doc.sections if s.title == "Wages")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto((out / "search.html").as_uri() + "?q=tokens")
            page.wait_for_selector("#search-hits li")
            page.click("#search-hits .hit-source a")
            page.wait_for_url(f"**#section-{wages.id}")
            panel = page.locator(f"section.panel#section-{wages.id}")
            assert panel.get_by_role("heading", name="Wages", level=3).count() == 1
            assert panel.get_by_text("paid in copper tokens").is_visible()
            workers = page.locator("section.panel", has=page.get_by_role("heading", name="Workers", level=2))
            assert workers.last.locator(f"#section-{wages.id}").count() == 1  # inside its parent's panel
        finally:
            browser.close()


def test_long_s_spellings_map_a_reading_to_the_forms_written() -> None:
    from vitrina.publish import long_s_spellings

    spellings = long_s_spellings(["The Mufeum opened after the fale of its houfe.", "A MUFEUM of fact."])
    assert spellings["museum"] == ["mufeum"]
    assert spellings["house"] == ["houfe"]
    assert not {"after", "of", "fact"} & {f for forms in spellings.values() for f in forms}  # words as written


@pytest.fixture
def long_s_site(tmp_path: Path) -> Path:
    from vitrina.model import DocumentBuilder, Piece, SourceRef
    from vitrina.store import write_exhibit

    builder = DocumentBuilder("gazette", "gazette.txt", "text")
    builder.section("A", "News")
    text = "The new Mufeum of the town was opened on Monday by the mayor."
    block = builder.block("paragraph", [Piece(text, SourceRef(0, len(text), 1))])
    doc = builder.build().evolve(sentences=((block.start, block.end),))
    db = tmp_path / "gazette.db"
    write_exhibit(db, [("sha", doc)], [doc], [])
    out = tmp_path / "site"
    publish(db, out)
    return out


def test_the_static_search_reads_long_s_as_the_server_does(long_s_site: Path) -> None:
    text = (long_s_site / "search-index.js").read_text(encoding="utf-8")
    index = json.loads(text.removeprefix("window.VITRINA_SEARCH = ").rstrip().rstrip(";"))
    assert index["spellings"] == {"museum": ["mufeum"]}


@pytest.mark.skipif(_chromium() is None, reason="no chromium")
def test_a_static_search_for_a_word_finds_its_long_s_spelling(long_s_site: Path) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto((long_s_site / "search.html").as_uri() + "?q=museum+mayor")
            page.wait_for_selector("#search-hits li")
            assert "1 passage found" in page.inner_text("#search-status")
            assert page.inner_text("#search-hits mark >> nth=0") == "Mufeum"
        finally:
            browser.close()
