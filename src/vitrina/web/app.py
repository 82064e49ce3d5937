"""The web exhibit: a Starlette app serving server-rendered pages and JSON twins.

Every page ``/x`` has a twin ``/x.json`` produced by the same handler.
A read-only database connection is opened per request, so an atomic
rebuild of the database file is picked up at once; each query is cut off
after :data:`QUERY_SECONDS`.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sqlite3
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import anyio
import jinja2
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Match, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vitrina.errors import StoreError
from vitrina.limits import INPUT_LIMITS
from vitrina.model import visible_text
from vitrina.store import is_damaged, is_server_url, open_knowledge_base, store_identity
from vitrina.store.read import KnowledgeBase, QueryTimeout
from vitrina.terminal import count
from vitrina.web import views
from vitrina.web.cache import Identity, PageCache
from vitrina.web.compare_page import compare_page
from vitrina.web.openapi import openapi_endpoint, query_parameters
from vitrina.web.render import document_url, entity_url

# anyio imports its file functions lazily, on the first static file served: that import, made inside a request
# while another thread compiles, hit CPython 3.11's "AST constructor recursion depth mismatch" (a CI run lost a
# map asset to it). Resolved here, once, when the app is imported.
_OPEN_FILE = anyio.open_file

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
QUERY_SECONDS = 1.0  # a visitor's page: a query past it is cut off (503), so one request cannot stall the rest
# A page rendered for the static site (``vitrina publish``): nobody waits on it and no one else shares its
# server, so a slow machine or a very large exhibit must not leave the page out of the site; the budget
# still ends a runaway query (a publish on a loaded machine took 1.2 s for pages that take 0.1 s idle).
PUBLISH_QUERY_SECONDS = 60.0
# A question parses and ranks its best sentences (spaCy, tenths of a second each when several visitors ask at once
# on a loaded machine): its own, longer budget, so the first questions after a start are answered, not cut off.
ASK_QUERY_SECONDS = 5.0
# Page data cached per database version (home, timeline, graph) is computed once, on its
# own connection with a longer limit, so a cold cache under load does not time out.
CACHE_QUERY_SECONDS = 20.0
MAX_PARAM_CHARS = INPUT_LIMITS["param_chars"]
MAX_QUERY_STRING = INPUT_LIMITS["query_string"]
# Pages are CPU-bound (SQLite + Jinja under the GIL): a few at a time keeps each
# request's wall time close to its own work, so the query deadline stays fair.
RENDER_SLOTS = threading.BoundedSemaphore(4)

SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}

NAV = [("/", "Documents"), ("/people", "People"), ("/entities", "Entities"), ("/timeline", "Timeline"),
       ("/map", "Map"), ("/graph", "Graph"), ("/compare", "Compare"), ("/search", "Search"),
       ("/ask", "Ask")]

Handler = Callable[[Request, KnowledgeBase], views.Page]


# ---------------------------------------------------------------- database


@contextlib.contextmanager
def open_db(db: str | Path, seconds: float | None = None) -> Iterator[KnowledgeBase]:
    """A read-only store whose queries are interrupted after ``seconds`` (QUERY_SECONDS)."""
    kb = open_knowledge_base(db)
    kb.set_deadline(QUERY_SECONDS if seconds is None else seconds)
    try:
        yield kb
    finally:
        kb.close()


# ---------------------------------------------------------------- templates


def _shown(value: Any) -> Any:
    """Every value a template prints, without control characters (a stored file name may hold ESC)."""
    if isinstance(value, Markup):
        return Markup(visible_text(str(value)))
    return visible_text(value) if isinstance(value, str) else value


@functools.lru_cache(maxsize=1)
def make_templates() -> Jinja2Templates:
    """The Jinja environment, shared by every app in the process (compiled templates are kept)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, whatever its extension
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        finalize=_shown,
    )
    env.globals.update(nav=NAV, entity_url=entity_url, document_url=document_url, plural=count, twin_url=twin_url)
    return Jinja2Templates(env=env)


# ---------------------------------------------------------------- responses


def error_response(request: Request, status: int, message: str, as_json: bool) -> Response:
    if as_json:
        return JSONResponse({"ok": False, "error": message}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    try:
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message, "title": f"Error {status}"},
            status_code=status,
        )
    except Exception:  # the error page itself failed: plain, escaped text
        log.exception("error page failed")
        return HTMLResponse(f"<!doctype html><title>Error {status}</title><p>Error {status}</p>", status)


def _endpoint(handler: Handler, as_json: bool, takes: frozenset[str] | None = None,
              ) -> Callable[[Request], Awaitable[Response]]:
    """An endpoint rendering one page or its twin: a cached response is answered at once
    on the event loop; anything else renders in Starlette's thread pool. A twin given the query
    parameters it ``takes`` (as ``/openapi.json`` describes them) refuses any other one: a JSON
    consumer's ``limit=`` is not silently ignored (round 42 red team, D13)."""
    cacheable = handler not in UNCACHED

    async def endpoint(request: Request) -> Response:
        if takes is not None:
            unknown = sorted({name for name in request.query_params if name not in takes})
            if unknown:
                return error_response(request, 400, unknown_parameter(request.url.path, unknown[0], takes), True)
        # read before connecting: see vitrina.web.cache for why the order matters
        identity = request.state.db_identity = store_identity(request.app.state.db_path)
        _warm_once(request.app, identity)
        key = f"{int(as_json)} {request.url.path}?{request.url.query}"
        hit = request.app.state.cache.responses.get(identity, key) if cacheable else None
        if hit is not None:
            return Response(hit[0], media_type=hit[1])
        return await run_in_threadpool(render, request, identity, key)

    def render(request: Request, identity: Identity | None, key: str) -> Response:
        try:
            with RENDER_SLOTS, open_db(request.app.state.db_path, request.app.state.query_seconds) as conn:
                response = _render(request, handler(request, conn), as_json)
            if cacheable and response.status_code == 200:
                request.app.state.cache.responses.put(identity, key, bytes(response.body),
                                                      response.media_type or "text/html")
            return response
        except views.Moved as exc:
            return RedirectResponse(exc.location, status_code=exc.status)
        except views.HTTPProblem as exc:
            return error_response(request, exc.status, exc.message, as_json)
        except QueryTimeout:
            return error_response(request, 503, "the query took too long", as_json)
        except StoreError as exc:
            log.error("database unavailable: %s", exc)
            return error_response(request, 503, "the exhibit database is not available", as_json)
        except sqlite3.DatabaseError as exc:
            if not is_damaged(exc):
                log.exception("page failed: %s", request.url.path)
                return error_response(request, 500, "internal error", as_json)
            log.error("database damaged (%s): %s", exc, request.url.path)  # a known state: one line
            return error_response(request, 503, "the exhibit database is damaged", as_json)
        except Exception:
            log.exception("page failed: %s", request.url.path)
            return error_response(request, 500, "internal error", as_json)

    return endpoint


def _warm_once(app: Starlette, identity: Identity | None) -> None:
    """On first sight of a database version, compute its cached page data in the background."""
    state = app.state
    if identity is None or state.warmed == identity:
        return
    state.warmed = identity

    def run() -> None:
        try:
            env = state.templates.env
            for name in env.list_templates(extensions=["html"]):
                env.get_template(name)  # compiled once, before the first visitor needs it
            _log_degraded(state.open_for_cache)
            views.warm(state.cache, identity, state.open_for_cache)
        except (StoreError, sqlite3.DatabaseError) as exc:  # gone or damaged: each request says so
            log.warning("warming the page cache failed: %s", exc)
        except Exception:  # a request will compute (and report) it again
            log.warning("warming the page cache failed", exc_info=True)

    threading.Thread(target=run, name="vitrina-warm", daemon=True).start()


def _log_degraded(open_kb: Callable[[], contextlib.AbstractContextManager[KnowledgeBase]]) -> None:
    """Say in the server's log when the exhibit's build left a stage out (a degraded build)."""
    from vitrina.store import failed_stages

    with open_kb() as kb:
        for stage, reason in failed_stages(kb).items():
            log.warning("%s are unavailable for this build: %s", stage, reason)


def _render(request: Request, page: views.Page, as_json: bool) -> Response:
    if as_json:
        return JSONResponse(page.data)
    context = {**page.data, **page.context, "title": page.title, "data": page.data}
    return request.app.state.templates.TemplateResponse(request, page.template, context)


def page_routes(path: str, handler: Handler) -> list[Route]:
    """The HTML route and its ``.json`` twin (``/`` has ``/index.json``)."""
    twin = "/index.json" if path == "/" else f"{path}.json"
    return [Route(twin, _endpoint(handler, True, query_parameters(twin))), Route(path, _endpoint(handler, False))]


def unknown_parameter(path: str, name: str, takes: frozenset[str]) -> str:
    shown = visible_text(name)[:40]
    return (f"unknown parameter {shown!r}; {path} takes " + (", ".join(sorted(takes)) if takes else "none")
            + " (see /openapi.json)")


def twin_url(request: Request) -> str:
    """The page's JSON twin, with the page's query parameters the twin takes (a page reached with another
    parameter, a campaign tag, links to a twin that answers)."""
    path = request.url.path
    twin = "/index.json" if path == "/" else f"{path}.json"
    scope = {"type": "http", "path": twin, "method": "GET"}
    takes = next((query_parameters(route.path) for route in request.app.router.routes
                  if isinstance(route, Route) and route.matches(scope)[0] == Match.FULL), None)
    pairs = [(k, v) for k, v in request.query_params.multi_items() if takes is None or k in takes]
    return twin + ("?" + urlencode(pairs) if pairs else "")


ROUTES: list[tuple[str, Handler]] = [
    ("/", views.home),
    ("/documents/{doc_id}", views.document),
    ("/entities/{entity_id}", views.entity),
    ("/entities", views.entities),
    ("/people", views.people),
    ("/timeline", views.timeline),
    ("/map", views.map_page),
    ("/graph", views.graph_page),
    ("/search", views.search_page),
    ("/ask", views.ask_page),
    ("/compare", compare_page),
]


# Pages whose output depends on more than the URL and the database (or that are
# cheap and varied): never served from the response cache.
UNCACHED: set[Handler] = {views.search_page, views.ask_page}


# ---------------------------------------------------------------- middleware


class GuardMiddleware:
    """Security headers on every response; oversized query strings are a 400."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, _relative(v) if k.lower() == b"location" else v) for k, v in message.get("headers", [])
                           if k.decode("latin-1").lower() not in SECURITY_HEADERS]
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            try:
                await send(message)
            except Exception as exc:  # the server can no longer send on this connection
                raise _ConnectionGone(str(exc)) from exc

        try:
            problem = _query_problem(scope.get("query_string", b""))
            if problem:
                request = Request(scope, receive)
                response = error_response(request, 400, problem, scope["path"].endswith(".json"))
                await response(scope, receive, send_with_headers)
                return
            await self.app(scope, receive, send_with_headers)
        except _ConnectionGone as gone:
            # The server already answered (a malformed request body gets its 400 from the server) or the
            # client left: nothing more can be sent, and it is not an error of the exhibit.
            log.warning("%s %s: the response was not sent (%s)", scope.get("method", ""), scope["path"], gone)


def _relative(location: bytes) -> bytes:
    """A redirect's target as a path on this server: Starlette builds the trailing-slash redirect from
    the request's Host header, which the client (or a proxy in front) chooses; every redirect of the
    exhibit stays on it."""
    parts = urlsplit(location.decode("latin-1"))
    path = "/" + parts.path.lstrip("/")  # never "//host": a browser reads that as another site
    return (path + (f"?{parts.query}" if parts.query else "")).encode("latin-1")


class _ConnectionGone(Exception):
    """The server refused a message of the response: the connection is closed or must close."""


def _query_problem(raw: bytes) -> str | None:
    if len(raw) > MAX_QUERY_STRING:
        return "the query string is too long"
    try:
        pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True)
    except ValueError:
        return "the query string is malformed"
    for name, value in pairs:
        if len(value) > MAX_PARAM_CHARS:
            return f"the parameter {name[:40]!r} is longer than {MAX_PARAM_CHARS} characters"
    return None


# ---------------------------------------------------------------- the app


def _not_found(request: Request, exc: Exception) -> Response:
    return error_response(request, 404, "no such page", request.url.path.endswith(".json"))


def _http_error(request: Request, exc: Exception) -> Response:
    """Any other error the router or the static files raise (a wrong method: 405): in the form of the URL
    asked for (JSON for a ``.json`` URL), with the status and the headers (``Allow``) it came with."""
    status = getattr(exc, "status_code", 500)
    allowed = (getattr(exc, "headers", None) or {}).get("Allow", "")
    message = (f"method {request.method[:20]} not allowed; use {allowed}" if status == 405 and allowed
               else str(getattr(exc, "detail", "")) or "error")
    response = error_response(request, status, visible_text(message), request.url.path.endswith(".json"))
    response.headers.update(getattr(exc, "headers", None) or {})
    return response


def _server_error(request: Request, exc: Exception) -> Response:
    response = error_response(request, 500, "internal error", request.url.path.endswith(".json"))
    response.headers.update(SECURITY_HEADERS)  # this handler runs outside GuardMiddleware
    return response


@contextlib.asynccontextmanager
async def _lifespan(app: Starlette) -> AsyncIterator[None]:
    """When a server starts: load the question-answering model in the background, so the
    first visitor's question does not wait seconds for it."""
    def run() -> None:
        try:
            views.load_answering()
        except Exception:  # the first question loads (and reports) it again
            log.warning("loading the question-answering model failed", exc_info=True)

    threading.Thread(target=run, name="vitrina-load-ask", daemon=True).start()
    yield


def create_app(db_path: str | Path, query_seconds: float = QUERY_SECONDS) -> Starlette:
    """The web exhibit for the database at ``db_path`` (opened read-only per request), each request's
    queries cut off after ``query_seconds`` (``PUBLISH_QUERY_SECONDS`` for the static site)."""
    routes: list[BaseRoute] = [r for path, handler in ROUTES for r in page_routes(path, handler)]
    routes.append(Route("/openapi.json", openapi_endpoint))  # describes the .json twins
    routes.append(Mount("/static", StaticFiles(directory=HERE / "static"), name="static"))
    app = Starlette(
        routes=routes,
        exception_handlers={404: _not_found, HTTPException: _http_error, Exception: _server_error},
        lifespan=_lifespan,
    )
    app.state.db_path = db_path if is_server_url(db_path) else Path(db_path)
    app.state.query_seconds = query_seconds
    app.state.templates = make_templates()
    app.state.cache = PageCache()
    app.state.warmed = None
    app.state.open_for_cache = lambda: open_db(app.state.db_path, max(CACHE_QUERY_SECONDS, query_seconds))
    # a request that waited for cached data gets its own query time afresh
    app.state.restart_deadline = lambda kb: kb.set_deadline(query_seconds)
    app.state.ask_deadline = lambda kb: kb.set_deadline(max(ASK_QUERY_SECONDS, query_seconds))
    app.add_middleware(GuardMiddleware)
    return app
