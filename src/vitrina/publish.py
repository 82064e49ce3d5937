"""The whole exhibit as a static site that works from ``file://``.

Every page is rendered by the web app itself (in-process: the ASGI app
is called directly by :class:`InProcessClient`, no network and no test
tools), so the static pages are the server's pages:
same templates, same markup. Pages are crawled from the seeds (the
navigation, every document, every entity) by following internal links;
links are rewritten to relative ``.html`` files (a query string becomes
part of the file name: ``timeline__document-x.html``). Each page's JSON
twin is written next to it, its ``url`` links rewritten the same way. A cited passage (``?hl=``) links to its
paragraph in the document's one page (``documents/x.html#b-<block>``).

Server-only features: filter forms are replaced by a short note; search
runs in the browser from a prebuilt index (``search-index.js`` sets a
global, because browsers block ``fetch()`` of ``file://`` URLs) with a
small script; the question page explains that questions need the server.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import html
import json
import logging
import os
import posixpath
import re
import signal
import sqlite3
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from vitrina.errors import VitrinaError
from vitrina.export.atomic import write_atomically
from vitrina.export.folder import remove_written
from vitrina.folders import files_under, walk
from vitrina.progress import Progress
from vitrina.store import is_server_url, reading
from vitrina.store.read import KnowledgeBase, as_knowledge_base

MAX_PAGES = 20_000
# Query parameters each route keeps in the static site; others are dropped.
# A cited passage (``?hl=``) links to its paragraph (``#b-<block>``) in the one page of
# its document (per-passage copies of documents made up most of the size of a site). The
# timeline is published whole, per document and per entity, the comparisons whole and per
# entity: an entity page's "NAME on the timeline" and "compare the sources" lead to that
# entity's view, as on the server, not to everyone's (round 36, on the sample corpus:
# 3,546 and 1,164 files, 27 MB and 11 MB). The graph is published whole only (one per entity was 145 MB and more):
# the entity page's link to it says so (``STATIC_LABEL``), and the page lists its links.
KEPT_PARAMS = {
    "timeline": ("document", "entity"),
    "map": ("document",),
    "entities": ("page",),
    "people": ("page",),
    "compare": ("entity", "page"),
}
# A link the static site cannot follow as the server does (its filter is not published) carries the words it
# says there instead: ``<a href="/graph?entity=x" data-static-label="the whole graph">X in the graph</a>``.
STATIC_LABEL = re.compile(r'(<a\s[^>]*?)\sdata-static-label="([^"]*)"([^>]*>).*?(</a>)', re.S)
NAV_SEEDS = ("/", "/people", "/entities", "/timeline", "/map", "/graph", "/compare", "/ask")
STATIC_NOTE = ('<p class="static-note">This is the published (static) exhibit: filters and questions '
               "need the live server (<code>vitrina serve</code>).</p>")
LINK_ATTR = re.compile(r'(\s(?:href|src|action)=")(/(?!/)[^"]*)"')
SERVER_FORM = re.compile(r'<form\b[^>]*\baction="/(?!search")[^"]*"[^>]*>.*?</form>', re.S)
MAIN = re.compile(r'(<main\b[^>]*>)(.*)(</main>)', re.S)
DATA_SCRIPT = re.compile(r'(<script type="application/json"[^>]*>)(.*?)(</script>)', re.S)
DATA_URL = re.compile(r'("url": ")(/(?:[^"\\]|\\.)*)"')
TWIN_URL = re.compile(r'("url":\s*")(/(?:[^"\\]|\\.)*)"')  # a link in a JSON twin (compact JSON)


def _html_safe_json(value: str) -> str:
    """A JSON string that cannot end a script element (as Jinja's ``tojson`` writes it)."""
    return (json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("'", "\\u0027"))


def publish(db_path: str | Path, out_dir: Path, progress: Progress | None = None) -> int:
    """Write the static exhibit of ``db_path`` to ``out_dir``; returns the number of files.

    ``progress`` hears of every page crawled (the total grows as links are found). The site's record
    (``SITE_RECORD``) names every file before it is written, so a publish stopped part-way leaves a
    folder the next publish finishes; the front page (``index.html``) is written last.
    """
    from vitrina.web.app import HERE, PUBLISH_QUERY_SECONDS, create_app

    db_path = db_path if is_server_url(db_path) else Path(db_path)
    with reading(db_path) as kb:  # a missing, foreign or damaged database: one clear error, nothing written
        kb.check_intact()
    refuse_linked_folders(out_dir)
    owned = owned_files(out_dir)
    keep = foreign_files(out_dir, owned)
    refuse_clashing_names(out_dir, keep)
    with _made_for_the_site(out_dir), SiteRecord(out_dir, owned) as record:
        site = _Site(out_dir, _blocks(db_path), keep, record)
        with InProcessClient(create_app(db_path, PUBLISH_QUERY_SECONDS)) as client, _page_errors() as errors:
            site.crawl(client, _seeds(db_path), errors, progress, planned_pages(db_path) if progress else 0)
            site.search_page(client)
        if site.failed:
            raise PublishError(site.failed)
        for asset in sorted(p for p in files_under(HERE / "static") if p.is_file()):
            site.write(str(Path("static") / asset.relative_to(HERE / "static")), asset.read_bytes())
        site.write(str(SITE_MARK), SEARCH_JS)
        site.write("search-index.js", _search_index_script(db_path))
        for relative, page in _former_id_pages(db_path):
            site.write(relative, page)
        site.write_front_page()
        record.complete()
    return site.written + 1  # and the record


@contextlib.contextmanager
def _made_for_the_site(out_dir: Path) -> Iterator[None]:
    """The site's folder, made when missing; removed again when the publish fails before writing into it
    (the record a failed publish leaves of no file is removed by ``SiteRecord``)."""
    made = not out_dir.exists()
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        yield
    except BaseException:
        if made:
            with contextlib.suppress(OSError):
                out_dir.rmdir()  # only when empty
        raise


# A file every published site has: a folder holding it is one an earlier publish wrote
SITE_MARK = Path("static") / "vitrina-search.js"
# The site's record of the files publishes wrote into its folder, a hidden file at its top: its first line
# says whether the site is complete, each other line names a file (relative to the folder), written there
# before the file is, so a publish stopped part-way (Ctrl-C, TERM, a full disk) leaves a record of its files.
SITE_RECORD = ".vitrina-site"
RECORD_COMPLETE = "vitrina site: complete"
RECORD_INCOMPLETE = "vitrina site: incomplete (being written, or stopped part-way: publish again to finish it)"
FRONT_PAGE = "index.html"


def read_record(out_dir: Path) -> tuple[bool, set[str]] | None:
    """(complete?, files named) of the folder's site record; None when it has none (or a file of that name
    that is not one: someone else's, which a publish refuses to overwrite)."""
    from vitrina.export.folder import read_record_file

    found = read_record_file(out_dir / SITE_RECORD, (RECORD_COMPLETE, RECORD_INCOMPLETE))
    return None if found is None else (found[0] == RECORD_COMPLETE, found[1])


def incomplete_site(out_dir: Path) -> bool:
    """Whether ``out_dir`` holds a site a publish began and did not finish."""
    record = read_record(out_dir)
    return record is not None and not record[0]


def owned_files(out_dir: Path) -> set[str]:
    """The files (relative names) earlier publishes wrote into ``out_dir``: those its record names (and the
    record); for a site an older vitrina wrote (``SITE_MARK``, no record) every file there, as it took them."""
    record = read_record(out_dir)
    if record is not None:
        return {*record[1], SITE_RECORD}
    if (out_dir / SITE_MARK).is_file():
        return {str(path.relative_to(out_dir)) for path in _entries(out_dir)}
    return set()


def foreign_files(out_dir: Path, owned: set[str] | frozenset[str] = frozenset()) -> frozenset[Path]:
    """The files a publish must leave as they are: every file (or link) of the folder that no publish wrote
    (``owned``). Other files may share the folder; a publish never overwrites nor deletes them, and the
    command line counts them."""
    return frozenset(path for path in _entries(out_dir) if str(path.relative_to(out_dir)) not in owned)


def _entries(out_dir: Path) -> list[Path]:
    """Every file and link (to a file or a folder) under ``out_dir``, at any depth."""
    if not out_dir.is_dir():
        return []
    found: list[Path] = []
    for root, folders, files in walk(out_dir):
        found += [Path(root, name) for name in files]
        found += [Path(root, name) for name in folders if os.path.islink(os.path.join(root, name))]
    return found


class SiteRecord:
    """The site's record (``SITE_RECORD``) while a publish writes: marked incomplete when it begins, each file
    added before it is written, marked complete (naming the files still there) when all are."""

    def __init__(self, out_dir: Path, owned: set[str]):
        self.out = out_dir
        self.owned = set(owned) - {SITE_RECORD}
        self.stream: Any = None
        self.claimed = False  # whether this publish named a file (and so may have written it)
        self.before: bytes | None = None  # the record as it was, put back when this publish wrote nothing
        self.named: set[str] = set()  # the files this publish named (and wrote)

    def __enter__(self) -> SiteRecord:
        if read_record(self.out) is not None:
            self.before = (self.out / SITE_RECORD).read_bytes()
        self._rewrite(RECORD_INCOMPLETE)
        self.stream = (self.out / SITE_RECORD).open("a", encoding="utf-8")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.stream is not None:
            self.stream.close()
        if exc[0] is not None and not self.claimed:  # failed before writing a file: leave things as they were
            with contextlib.suppress(OSError):
                if self.before is None:
                    (self.out / SITE_RECORD).unlink()
                else:
                    write_atomically(self.out / SITE_RECORD, self.before)

    def claim(self, relative: str) -> None:
        """Name a file in the record before it is written."""
        self.claimed = True
        self.named.add(relative)
        if relative not in self.owned:
            self.owned.add(relative)
            self.stream.write(relative + "\n")
            self.stream.flush()

    def complete(self) -> None:
        self.stream.close()
        self.stream = None
        if self.before is not None:  # files an earlier publish wrote (its record says) that this one did not
            self.owned -= remove_stale(self.out, self.owned - self.named)
        self.owned = {name for name in self.owned if os.path.lexists(self.out / name)}
        self._rewrite(RECORD_COMPLETE)

    def _rewrite(self, state: str) -> None:
        write_atomically(self.out / SITE_RECORD, "\n".join([state, *sorted(self.owned)]) + "\n")


def remove_stale(out_dir: Path, names: set[str]) -> set[str]:
    """Remove the files ``names`` of the site (pages of a document or an entity no longer in the exhibit,
    which an earlier publish wrote and its record names), and the folders they leave empty; returns the
    names removed (``export.folder.remove_written``: never a name leading out of the site)."""
    return remove_written(out_dir, names, SITE_RECORD)


def site_names() -> list[str]:
    """Names every site has (the navigation's pages and twins, the search page and index, the assets, the
    record): checked before anything is written."""
    from vitrina.web.app import HERE

    assets = [str(Path("static") / p.relative_to(HERE / "static")) for p in files_under(HERE / "static")]
    pages = [page_file(seed) for seed in (*NAV_SEEDS, "/search")]
    twins = [page_file(seed, suffix=".json") for seed in (*NAV_SEEDS, "/search")]
    return sorted({*pages, *twins, *assets, "search-index.js", str(SITE_MARK), SITE_RECORD})


def refuse_clashing_names(out_dir: Path, keep: frozenset[Path]) -> None:
    """Refuse, before writing anything, a folder where a file the publish did not write has a name every
    site uses (``index.html``…): it would have to be overwritten."""
    for name in site_names():
        clash = _clash(out_dir / name, keep)
        if clash is not None:
            raise _ClashError(clash)


def _clash(target: Path, keep: frozenset[Path]) -> Path | None:
    """The file of ``keep`` that writing ``target`` would overwrite (it, or a file where a folder of its
    path must be), or None."""
    return next((p for p in (target, *target.parents) if p in keep), None)


class _ClashError(VitrinaError):
    def __init__(self, path: Path):
        super().__init__(f"{path} has a name the published site uses and was not written by vitrina: publish "
                         "never overwrites a file it did not write; move it, or publish into a new folder")


def refuse_linked_folders(out_dir: Path) -> None:
    """Refuse a site folder holding a link to a folder: pages written under it would land outside the
    site (wherever the link points). A link to a file is harmless: ``write_in_site`` replaces the
    link itself, never the file it points to."""
    if not out_dir.is_dir():
        return
    for folder, subfolders, _files in walk(out_dir):
        for name in subfolders:
            if (Path(folder) / name).is_symlink():
                raise VitrinaError(f"{Path(folder) / name} is a link to a folder; publish writes only inside "
                                   f"{out_dir}: remove the link (or publish into a new folder)")


def write_in_site(target: Path, content: str | bytes, keep: frozenset[Path] = frozenset()) -> None:
    """Write one file of the site: its folders made, the file replaced in one step (a link there is
    replaced, not written through); never a file of ``keep`` (``foreign_files``): the publish stops."""
    clash = _clash(target, keep)
    if clash is not None:
        raise _ClashError(clash)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_symlink():
        target.unlink()  # a link to a device or a pipe would be written into
    write_atomically(target, content)


def snapshot(folder: Path) -> dict[Path, int]:
    """Every file under ``folder`` with its change time (ns; a copy that keeps the modification
    time still changes it); empty for a missing folder."""
    if not folder.is_dir():
        return {}
    return {path: path.stat().st_ctime_ns for path in files_under(folder) if path.is_file()}


def gone(before: dict[Path, int]) -> int:
    """Files that were there before a publish and are not after it: the stale pages it removed."""
    return sum(1 for path in before if not os.path.lexists(path))


def untouched(folder: Path, before: dict[Path, int]) -> int:
    """Files that were in ``folder`` before a publish and that it did not rewrite
    (the owner's own files): a publish deletes only stale files it wrote itself."""
    after = snapshot(folder)
    return sum(1 for path, stamp in before.items() if after.get(path) == stamp)


class PublishError(VitrinaError):
    """Pages that could not be rendered: one line each (none of them was written)."""

    def __init__(self, failed: list[str]):
        super().__init__(f"{len(failed)} page(s) failed to render: " + "; ".join(failed))
        self.failed = failed


class _ErrorLog(logging.Filter):
    """Keeps the last page error the app logged (and stops its traceback reaching stderr)."""

    def __init__(self) -> None:
        super().__init__()
        self.last: str | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            exc = record.exc_info[1] if record.exc_info else None
            self.last = f"{type(exc).__name__}: {exc}" if exc else record.getMessage()
            return False
        return True

    def take(self) -> str | None:
        last, self.last = self.last, None
        return last


@contextlib.contextmanager
def _page_errors() -> Iterator[_ErrorLog]:
    logger = logging.getLogger("vitrina.web.app")
    errors = _ErrorLog()
    logger.addFilter(errors)
    try:
        yield errors
    finally:
        logger.removeFilter(errors)


# ---------------------------------------------------------------- rendering


@dataclass
class Rendered:
    status_code: int
    text: str


class InProcessClient:
    """GET requests answered by an ASGI app in this process, on one event loop.

    Only what publishing needs: a GET with no body, the whole response
    collected in memory. Uses nothing beyond the runtime dependencies.
    """

    def __init__(self, app: Callable[..., Any]):
        self.app = app
        self.runner = asyncio.Runner()
        self.request: asyncio.Task[Rendered] | None = None  # the request the loop is answering

    def __enter__(self) -> InProcessClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.runner.close()

    def get(self, url: str) -> Rendered:
        """The page at ``url``. A SIGTERM while the loop answers cancels the request, as asyncio's runner
        does for Ctrl-C, and reaches the command's handler (``Error: terminated``) once the loop has
        stopped: raised inside the loop, it could fall between the start of a worker thread and the
        call that stops it again, and the process then waited for that thread at exit, for ever."""
        with _DeferredSignal(signal.SIGTERM, self._cancel):
            try:
                return self.runner.run(self._get(url))
            finally:
                self.request = None

    def _cancel(self) -> None:
        request = self.request
        if request is not None and not request.done():
            request.cancel()
            request.get_loop().call_soon_threadsafe(lambda: None)  # wake the loop to deliver it

    async def _get(self, url: str) -> Rendered:
        self.request = asyncio.current_task()
        parts = urlsplit(url)
        scope = {
            "type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"}, "http_version": "1.1",
            "method": "GET", "scheme": "http", "path": unquote(parts.path),
            "raw_path": parts.path.encode(), "query_string": parts.query.encode(), "root_path": "",
            "headers": [(b"host", b"localhost")], "client": ("127.0.0.1", 0), "server": ("localhost", 80),
        }
        status, body, done = 500, bytearray(), asyncio.Event()
        requested = False

        async def receive() -> dict[str, Any]:
            nonlocal requested
            if not requested:
                requested = True
                return {"type": "http.request", "body": b"", "more_body": False}
            await done.wait()  # nothing more to read: the client leaves once answered
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                body.extend(message.get("body", b""))
                if not message.get("more_body", False):
                    done.set()

        await self.app(scope, receive, send)
        return Rendered(status, body.decode("utf-8", "replace"))


class _DeferredSignal:
    """While the event loop runs, a signal whose handler is a Python function (the command line's SIGTERM,
    which raises) only calls ``cancel``; the handler runs when the block ends. Outside the main thread,
    or for a signal left to the system's default, nothing changes."""

    def __init__(self, signum: int, cancel: Callable[[], None]):
        self.signum = signum
        self.cancel = cancel
        self.handler: Callable[[int, Any], Any] | None = None
        self.frame: Any = None
        self.received = False

    def __enter__(self) -> _DeferredSignal:
        if threading.current_thread() is threading.main_thread():
            handler = signal.getsignal(self.signum)
            if callable(handler):
                self.handler = handler
                signal.signal(self.signum, self._note)
        return self

    def _note(self, _signum: int, frame: Any) -> None:
        self.received, self.frame = True, frame
        self.cancel()

    def __exit__(self, *_exc: object) -> None:
        if self.handler is None:
            return
        signal.signal(self.signum, self.handler)
        if self.received:
            self.handler(self.signum, self.frame)


def planned_pages(db_path: str | Path) -> int:
    """How many pages the crawl will write, counted from the database before it starts (the progress
    total): the seeds, each paged list's pages when it has more than one (its Previous and Next links reach
    every page, the first again as ``?page=1``), each document's timeline and map, each entity's timeline
    (when it has events) and comparisons (when the stored comparisons name it, with their pages). The crawl
    still counts a page it finds beyond these (``Progress.grow``)."""
    from vitrina.web.compare_page import COMPARE_PAGE
    from vitrina.web.views import ENTITIES_PER_PAGE, MAX_MENTIONS

    with reading(db_path) as kb:
        counts = kb.page_plan_counts()
        documents = len(kb.document_ids())
        timelines = len(kb.event_entities())
        compared = _compared_entities(kb)
    seeds = len(NAV_SEEDS) + documents + counts["entities"]
    lists = _paged(counts["entities"], ENTITIES_PER_PAGE) + _paged(counts["people"], ENTITIES_PER_PAGE)
    mentions = sum(_paged(n, MAX_MENTIONS) for n in counts["mentions"])
    comparisons = sum(1 + _paged(n, COMPARE_PAGE) for n in compared.values())
    return seeds + lists + mentions + counts["with_events"] + counts["with_places"] + timelines + comparisons


def _compared_entities(kb: KnowledgeBase) -> dict[str, int]:
    """How many comparison groups the build stored name each entity (none when it stored none)."""
    from vitrina.compare import stored_text

    stored = stored_text(kb)
    found: dict[str, int] = {}
    for group in json.loads(stored) if stored else []:
        for entity in set(group.get("entities", ())):
            found[entity] = found.get(entity, 0) + 1
    return found


def _paged(items: int, per_page: int) -> int:
    """The pages a list of ``items`` adds to its first (unnumbered) one: every numbered page, or none."""
    pages = -(-items // per_page)
    return pages if pages > 1 else 0


def _seeds(db_path: str | Path) -> list[str]:
    from vitrina.web.render import document_url, entity_url

    with reading(db_path) as kb:
        docs, entities = kb.document_ids(), kb.entity_ids()
    return [*NAV_SEEDS, *(document_url(d) for d in docs), *(entity_url(e) for e in entities)]


def _former_id_pages(db_path: str | Path) -> list[tuple[str, str]]:
    """A page at each former document or entity id (``formerids``) sending the reader on to its page now,
    as the web server's permanent redirect does: (site-relative file, page)."""
    from vitrina.formerids import read_former_entity_ids, read_former_ids
    from vitrina.web.render import document_url, entity_url

    with reading(db_path) as kb:
        former: list[tuple[Callable[[str], str], str, dict[str, str]]] = [
            (document_url, "document", read_former_ids(kb)), (entity_url, "entity", read_former_entity_ids(kb))]
    pages = []
    for url, what, record in former:
        for old, now in sorted(record.items()):
            target = Path(page_file(url(now))).name  # both pages are in one folder (documents/, entities/)
            link = html.escape(target, quote=True)
            pages.append((page_file(url(old)),
                          f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Moved</title>'
                          f'<meta http-equiv="refresh" content="0; url={link}"><link rel="canonical" href="{link}">'
                          f'</head><body><p>This {what} is now at <a href="{link}">{link}</a>.</p></body></html>\n'))
    return pages


# ---------------------------------------------------------------- names


# What a site's file name spells as ``~`` and its UTF-8 bytes in hex: any character but a letter, a digit, ``.``,
# ``-`` and ``_``, and an ``_`` at either end or beside another (``__`` joins a page's name to its filter).
_ESCAPED = re.compile(r"[^A-Za-z0-9._-]|^_|_$|_(?=_)|(?<=_)_")


def _safe(segment: str) -> str:
    """A file-name-safe, reversible spelling of one path segment or value: the served URL's own spelling
    wherever it is letters, digits, ``.``, ``-`` and single ``_`` (``/documents/census_1851.json`` is
    ``documents/census_1851.json``; round 42 red team, D15), ``~`` and hex bytes for the rest."""
    return _ESCAPED.sub(lambda m: "".join(f"~{b:02x}" for b in m.group().encode()), segment)


def normalise(url: str) -> tuple[str, tuple[tuple[str, str], ...], str] | None:
    """(route path, kept query, fragment) of an internal page link, or None for assets/JSON."""
    parts = urlsplit(url)
    path = parts.path
    if path.startswith("/static/") or path.endswith(".json"):
        return None
    route = path.strip("/").split("/")[0]
    kept = KEPT_PARAMS.get(route, ())
    query = tuple(sorted((k, v) for k, v in parse_qsl(parts.query) if k in kept and v))
    return path, query, parts.fragment


def page_file(path: str, query: tuple[tuple[str, str], ...] = (), suffix: str = ".html") -> str:
    """The site-relative file of a page (``/documents/a`` -> ``documents/a.html``)."""
    if path in ("/", ""):
        name = "index"
    elif path == "/search":
        name = "search"
    else:
        name = "/".join(_safe(unquote(s)) for s in path.strip("/").split("/") if s not in ("", ".", ".."))
    if query:
        name += "__" + "__".join(f"{_safe(k)}-{_safe(v)}" for k, v in query)
    return name + suffix


# ---------------------------------------------------------------- crawling


@dataclass(frozen=True)
class BlockStarts:
    """A document's blocks in order: their starts (to bisect) and ids."""

    starts: list[int]
    ids: list[str]

    def holding(self, offset: int) -> str | None:
        """The id of the last block starting at or before ``offset`` (None before the first): found by
        bisection, as an entity page of a large document cites thousands of its passages."""
        index = bisect.bisect_right(self.starts, offset)
        return self.ids[index - 1] if index else None


def _blocks(db_path: str | Path) -> dict[str, BlockStarts]:
    """document id -> its blocks' starts and ids, in order."""
    with reading(db_path) as kb:
        rows = kb.block_starts()
    blocks: dict[str, BlockStarts] = {}
    for document, start, block in rows:
        found = blocks.setdefault(document, BlockStarts([], []))
        found.starts.append(start)
        found.ids.append(block)
    return blocks


class _Site:
    def __init__(self, out_dir: Path, blocks: dict[str, BlockStarts], keep: frozenset[Path],
                 record: SiteRecord):
        self.out = out_dir
        self.keep = keep  # files the publish did not write: never overwritten
        self.record = record
        self.front_page: str | None = None  # written last: a site stopped part-way has none
        self.blocks = blocks
        self.admitted: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
        self.queue: deque[tuple[str, tuple[tuple[str, str], ...]]] = deque()
        self.written = 0
        self.failed: list[str] = []  # "url: status (reason)" of pages that did not render

    def admit(self, path: str, query: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        """Queue a page if budgets allow; returns the query actually linked to."""
        key = (path, query)
        if key in self.admitted or path in ("/search",):
            return query
        if len(self.admitted) >= MAX_PAGES:
            return ()  # over budget: link to the page without its query
        self.admitted.add(key)
        self.queue.append(key)
        return query

    def crawl(self, client: InProcessClient, seeds: list[str], errors: _ErrorLog,
              progress: Progress | None = None, planned: int = 0) -> None:
        for seed in seeds:
            found = normalise(seed)
            if found:
                self.admit(found[0], found[1])
        if progress:
            progress.start(max(planned, len(self.admitted)))
        try:
            while self.queue:
                self.crawl_one(client, errors)
                if progress:
                    progress.grow(len(self.admitted))
                    progress.advance(Path(self.out), 1)
        finally:
            if progress:
                progress.finish()

    def crawl_one(self, client: InProcessClient, errors: _ErrorLog) -> None:
        """Render, rewrite and write the next queued page and its JSON twin."""
        path, query = self.queue.popleft()
        url = path + ("?" + urlencode(query) if query else "")
        response = client.get(url)
        if not self.rendered(url, response, errors):
            return
        own = page_file(path, query)
        self.write(own, self.rewrite(response.text, own))
        if not any(k == "hl" for k, _ in query):
            twin = path.rstrip("/") + ".json" if path != "/" else "/index.json"
            twin_url = twin + ("?" + urlencode(query) if query else "")
            data = client.get(twin_url)
            if self.rendered(twin_url, data, errors):
                twin_file = page_file(path, query, ".json")
                self.write(twin_file, self.rewrite_twin(data.text, twin_file))

    def rendered(self, url: str, response: Rendered, errors: _ErrorLog) -> bool:
        """True for a page to write; a failed one is noted (once, with its reason) instead."""
        reason = errors.take()
        if response.status_code == 200:
            return True
        self.failed.append(f"{url}: {response.status_code}" + (f" ({reason})" if reason else ""))
        return False

    def write(self, relative: str, content: str | bytes) -> None:
        """Write one file of the site (named in the record first); the front page is kept for the end."""
        if relative == FRONT_PAGE and isinstance(content, str):
            self.front_page = content
            return
        self._put(relative, content)

    def write_front_page(self) -> None:
        if self.front_page is not None:
            self._put(FRONT_PAGE, self.front_page)

    def _put(self, relative: str, content: str | bytes) -> None:
        clash = _clash(self.out / relative, self.keep)
        if clash is not None:  # checked before the record names it: it stays someone else's
            raise _ClashError(clash)
        self.record.claim(relative)
        write_in_site(self.out / relative, content, self.keep)
        self.written += 1

    def link(self, url: str, own: str) -> str:
        """The relative link from page ``own`` for an absolute site URL."""
        parts = urlsplit(url)
        if parts.path.startswith("/static/"):
            target = parts.path.lstrip("/")
        elif parts.path.endswith(".json"):
            found = normalise(parts.path[: -len(".json")] + ("?" + parts.query if parts.query else ""))
            base = found[0] if found else "/"
            base = "/" if base == "/index" else base
            query = tuple(q for q in (found[1] if found else ()) if q[0] != "hl")
            target = page_file(base, query, ".json")
        else:
            found = normalise(url)
            if found is None:
                return url
            path, query, _ = found
            cited = dict(parse_qsl(parts.query)).get("hl") if path.startswith("/documents/") else None
            if cited:
                target = page_file(path, self.admit(path, ())) + self.block_anchor(path, cited)
                parts = parts._replace(fragment="")
            elif path == "/search":
                search_query = dict(parse_qsl(parts.query)).get("q")
                target = "search.html" + ("?" + urlencode({"q": search_query}) if search_query else "")
            else:
                target = page_file(path, self.admit(path, query))
        target, hash_sign, anchor = target.partition("#")
        relative = posixpath.relpath(target.split("?")[0], posixpath.dirname(own) or ".")
        rest = ("?" + target.split("?", 1)[1] if "?" in target else "") + hash_sign + anchor
        return relative + rest + (f"#{parts.fragment}" if parts.fragment else "")

    def block_anchor(self, path: str, cited: str) -> str:
        """``#b-<id>`` of the block holding the start of a cited passage (or nothing)."""
        start = cited.split("-")[0]
        blocks = self.blocks.get(unquote(path.split("/", 2)[2]))
        holding = blocks.holding(int(start)) if start.isdigit() and blocks else None
        return f"#b-{holding}" if holding else ""

    def rewrite(self, page: str, own: str) -> str:
        page = SERVER_FORM.sub(STATIC_NOTE, page)
        page = STATIC_LABEL.sub(lambda m: m.group(1) + m.group(3) + m.group(2) + m.group(4), page)

        def replace(match: re.Match[str]) -> str:
            url = html.unescape(match.group(2))
            return f'{match.group(1)}{html.escape(self.link(url, own), quote=True)}"'

        def replace_data(match: re.Match[str]) -> str:  # links inside a page's JSON data
            url = json.loads(f'"{match.group(2)}"')
            return match.group(1) + _html_safe_json(self.link(url, own))[1:-1] + '"'

        page = DATA_SCRIPT.sub(lambda m: m.group(1) + DATA_URL.sub(replace_data, m.group(2)) + m.group(3), page)
        return LINK_ATTR.sub(replace, page)

    def rewrite_twin(self, data: str, own: str) -> str:
        """A JSON twin whose ``url`` links lead to the site's relative ``.html`` files."""
        def replace(match: re.Match[str]) -> str:
            url = json.loads(f'"{match.group(2)}"')
            return match.group(1) + json.dumps(self.link(url, own), ensure_ascii=False)[1:-1] + '"'

        return TWIN_URL.sub(replace, data)

    def search_page(self, client: InProcessClient) -> None:
        """``search.html``: the server's search page chrome with the in-browser search inside."""
        page = self.rewrite(client.get("/search").text, "search.html")
        page = MAIN.sub(lambda m: m.group(1) + SEARCH_MAIN + m.group(3), page, count=1)
        page = page.replace("</body>", SEARCH_SCRIPTS + "</body>", 1)
        self.write("search.html", page)
        self.write("search.json", self.rewrite_twin(client.get("/search.json").text, "search.json"))


# ---------------------------------------------------------------- search


def _search_index_script(db_path: str | Path) -> str:
    with reading(db_path) as kb:
        index = search_index(kb)
    return f"window.VITRINA_SEARCH = {json.dumps(index, ensure_ascii=True, separators=(',', ':'))};\n"


def search_index(store: KnowledgeBase | sqlite3.Connection) -> dict[str, object]:
    """Documents (title, page) and passages ``[document index, section id, text]``."""
    kb = as_knowledge_base(store)
    docs = kb.document_titles()
    position = {row["id"]: n for n, row in enumerate(docs)}
    from vitrina.web.render import document_url

    documents = [{"id": row["id"], "title": row["title"], "url": page_file(document_url(row["id"]))}
                 for row in docs]
    rows = [(document, section, text) for document, section, text in kb.sentence_texts() if document in position]
    passages = [[position[document], section or "", text] for document, section, text in rows]
    return {"documents": documents, "passages": passages, "spellings": long_s_spellings(text for *_, text in rows)}


FOLDED_WORD = re.compile(r"[^\W\d_]+")


def long_s_spellings(texts: Iterable[str]) -> dict[str, list[str]]:
    """Each word read with long s (``vitrina.longs``) and the lower-case spellings of it the texts hold:
    {"museum": ["mufeum"]}, so the in-browser search finds "Mufeum" for "museum" as the server's does."""
    from vitrina.longs import reading

    written = {word for text in texts for word in FOLDED_WORD.findall(text) if "f" in word[:-1].lower()}
    spellings: dict[str, set[str]] = {}
    for word in written:
        read = reading(word)
        if read is not None:
            spellings.setdefault(read.lower(), set()).add(word.lower())
    return {read: sorted(forms) for read, forms in sorted(spellings.items())}


SEARCH_MAIN = """
<h1>Search</h1>
<form class="search-form" method="get" action="search.html" role="search" id="static-search">
  <div class="field wide">
    <label for="s-q">Words or "a phrase"</label>
    <input id="s-q" type="search" name="q" maxlength="500">
  </div>
  <button type="submit">Search</button>
</form>
<p class="result-count" role="status" id="search-status"></p>
<ol class="hits" id="search-hits"></ol>
<noscript><p>Searching the published exhibit needs JavaScript.</p></noscript>
"""
SEARCH_SCRIPTS = '<script src="search-index.js"></script>\n<script src="static/vitrina-search.js"></script>\n'

SEARCH_JS = r"""// vitrina static search: runs on window.VITRINA_SEARCH (search-index.js), works from file://.
(function () {
  "use strict";
  var index = window.VITRINA_SEARCH;
  var form = document.getElementById("static-search");
  var input = document.getElementById("s-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-hits");
  var LIMIT = 50;
  if (!index || !form) return;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function terms(query) {
    var found = [], re = /"([^"]+)"|(\S+)/g, m;
    while ((m = re.exec(query)) !== null) {
      var t = fold((m[1] || m[2]).replace(/^[^\w]+|[^\w]+$/g, "").trim());
      if (t) found.push(t);
    }
    return found;
  }
  function count(hay, needle) {
    var n = 0, at = hay.indexOf(needle);
    while (at !== -1) { n += 1; at = hay.indexOf(needle, at + needle.length); }
    return n;
  }
  function snippet(text, words) {
    // Marks every occurrence of every term, built with DOM nodes (no HTML parsing).
    var folded = fold(text), marks = [];
    words.forEach(function (w) {
      var at = folded.indexOf(w);
      while (at !== -1) { marks.push([at, at + w.length]); at = folded.indexOf(w, at + w.length); }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var p = document.createElement("p"), cursor = 0;
    p.className = "hit-snippet";
    marks.forEach(function (r) {
      if (r[0] < cursor) return;
      p.appendChild(document.createTextNode(text.slice(cursor, r[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(r[0], r[1]);
      p.appendChild(mark);
      cursor = r[1];
    });
    p.appendChild(document.createTextNode(text.slice(cursor)));
    return p;
  }
  function forms(word) {
    // the word and its long-s spellings in the texts ("museum": "mufeum"), as the server's search reads them
    var table = index.spellings || {};
    return Object.prototype.hasOwnProperty.call(table, word) ? [word].concat(table[word]) : [word];
  }
  function run(query) {
    var words = terms(query);
    list.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var alternatives = words.map(forms), marked = [].concat.apply([], alternatives);
    var hits = [];
    index.passages.forEach(function (passage) {
      var hay = fold(passage[2]), score = 0;
      for (var i = 0; i < alternatives.length; i++) {
        var n = 0;
        alternatives[i].forEach(function (form) { n += count(hay, form); });
        if (!n) return;
        score += n;
      }
      hits.push([score, passage]);
    });
    hits.sort(function (a, b) { return b[0] - a[0]; });
    status.textContent = hits.length + (hits.length === 1 ? " passage" : " passages") + " found" +
      (hits.length > LIMIT ? ", showing " + LIMIT : "") + ".";
    hits.slice(0, LIMIT).forEach(function (hit) {
      var passage = hit[1], doc = index.documents[passage[0]];
      var li = document.createElement("li");
      li.appendChild(snippet(passage[2], marked));
      var source = document.createElement("p");
      source.className = "hit-source";
      var a = document.createElement("a");
      a.href = doc.url + (passage[1] ? "#section-" + encodeURIComponent(passage[1]) : "");
      a.textContent = doc.title;
      source.appendChild(a);
      li.appendChild(source);
      list.appendChild(li);
    });
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run(input.value);
  });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; run(initial); }
})();
"""
