"""Shared fixtures: a small hand-made exhibit (our own sentences) written to SQLite.

The exhibit is built without NLP, so store, search, ask, web and export
tests run fast and independently of the extraction models.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import importlib.util
import os
import re
import shutil
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from vitrina.model import (
    DateMention,
    Document,
    DocumentBuilder,
    Entity,
    Event,
    Mention,
    Piece,
    Quantity,
    Quote,
    SourceRef,
)
from vitrina.store import write_exhibit

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

PARAGRAPHS_ONE = [
    "Queen Ada Lind opened the Harbor Museum in Porto on May 4, 1921.",
    "Lind said, \u201cEvery ship deserves a story,\u201d and the crowd cheered.",
    "The museum held more than 1,200 models by the spring of 1925.",
]
CAPTION_ONE = "Lind inspects a model schooner, May 4, 1921."
PARAGRAPHS_TWO = [
    "In the summer of 1932 Marco Vell sailed from Lisbon to Porto.",
    "Vell called the voyage a \u201cquiet crossing\u201d in his diary.",
]


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    matches = [m.start() for m in re.finditer(re.escape(needle), text)]
    start = matches[nth]
    return start, start + len(needle)


def _doc(doc_id: str, title: str, paragraphs: list[str], caption: str | None = None) -> Document:
    builder = DocumentBuilder(doc_id, f"{doc_id}.txt", "text")
    offset = 0
    builder.section("1", [Piece(title, SourceRef(offset, offset + len(title), 1))])
    for line, paragraph in enumerate(paragraphs, start=2):
        offset += 100
        builder.block("paragraph", [Piece(paragraph, SourceRef(offset, offset + len(paragraph), line))])
    if caption:
        builder.block("caption", [Piece(caption, SourceRef(900, 900 + len(caption), 20))],
                      position="Above", credit="Town Archive")
        builder.block("credit", [Piece("Town Archive", SourceRef(950, 962, 21))])
    return builder.build()


def sample_documents() -> list[Document]:
    one = _doc("harbor", "The Harbor Museum", PARAGRAPHS_ONE, CAPTION_ONE)
    text = one.text
    sentences = tuple((b.start, b.end) for b in one.blocks if b.kind != "heading")
    mentions = (
        Mention(*_span(text, "Queen Ada Lind"), "person", "person-ada-lind"),
        Mention(*_span(text, "Lind", 1), "person", "person-ada-lind"),
        Mention(*_span(text, "Lind", 2), "person", "person-ada-lind"),
        Mention(*_span(text, "Harbor Museum", 1), "organization", "organization-harbor-museum"),
        Mention(*_span(text, "Porto"), "place", "place-porto"),
    )
    d1 = _span(text, "May 4, 1921")
    d2 = _span(text, "the spring of 1925")
    d3 = _span(text, "May 4, 1921", 1)
    quote = _span(text, "Every ship deserves a story,")
    qty = _span(text, "more than 1,200 models")
    first_sentence = sentences[0]
    one = one.evolve(
        sentences=sentences,
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
        dates=(DateMention(*d1, "1921-05-04"), DateMention(*d2, "1925-21"), DateMention(*d3, "1921-05-04")),
        quantities=(Quantity("q0", *qty, 1200.0, "models", "more than"),),
        quotes=(Quote("u0", *quote, "quotation", "person-ada-lind", None),),
        events=(
            Event("v0", "Ada Lind opens the Harbor Museum", *d1, "1921-05-04",
                  ("person-ada-lind", "organization-harbor-museum"), ("place-porto",),
                  (first_sentence, sentences[-1])),
        ),
    )
    two = _doc("voyage", "A Quiet Crossing", PARAGRAPHS_TWO)
    text2 = two.text
    sentences2 = tuple((b.start, b.end) for b in two.blocks if b.kind != "heading")
    d4 = _span(text2, "the summer of 1932")
    two = two.evolve(
        sentences=sentences2,
        mentions=(
            Mention(*_span(text2, "Marco Vell"), "person", "person-marco-vell"),
            Mention(*_span(text2, "Lisbon"), "place", "place-lisbon"),
            Mention(*_span(text2, "Porto"), "place", "place-porto"),
            Mention(*_span(text2, "Vell", 1), "person", "person-marco-vell"),
        ),
        dates=(DateMention(*d4, "1932-22"),),
        quotes=(Quote("u0", *_span(text2, "quiet crossing"), "term", None, None),),
        events=(
            Event("v0", "Marco Vell sails from Lisbon to Porto", *d4, "1932-22",
                  ("person-marco-vell",), ("place-lisbon", "place-porto"), (sentences2[0],)),
        ),
    )
    return [one, two]


def sample_entities() -> list[Entity]:
    return [
        Entity("organization-harbor-museum", "organization", "Harbor Museum"),
        Entity("person-ada-lind", "person", "Ada Lind", ("Lind", "Queen Ada Lind")),
        Entity("person-marco-vell", "person", "Marco Vell", ("Vell",)),
        Entity("place-lisbon", "place", "Lisbon", (), 38.72, -9.14),
        Entity("place-porto", "place", "Porto", (), 41.15, -8.61),
    ]


def write_sample_exhibit(path: Path) -> Path:
    docs = sample_documents()
    write_exhibit(path, [("sha-" + d.id, d) for d in docs], docs, sample_entities())
    return path


def pytest_configure(config: pytest.Config) -> None:
    """Each pytest process keeps one warm fork server for the builds its tests make in-process
    (``workers.keep_fork_server``): a build's worker is forked from it with the model and tables
    loaded, instead of a new interpreter importing vitrina and loading them (~3 s of CPU a build,
    ~100 builds a worker). Builds run as commands (``python -m vitrina build``) are as in use."""
    from vitrina import workers

    workers.keep_fork_server()


@pytest.fixture
def spawned_workers() -> Iterator[None]:
    """The pools of this test behave as in a command: no fork server kept from an earlier build, a pool
    of one worker spawned and warmed up in the worker, a pool's fork server stopped with it."""
    from vitrina import workers

    workers.keep_fork_server(False)
    yield
    workers.keep_fork_server()


# Marks of the tests that take long (10 s or more on an idle 2-core machine): the files holding them
# are run first, so that the workers of a parallel run (make test: pytest-xdist, --dist loadfile,
# --no-loadscope-reorder) do not end on them, one worker busy while the other has nothing left.
LONG_MARKS = ("slow", "browser", "long")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Files with the most long tests first, then the rest by their number of tests (pytest-xdist's
    own order, which alone left the files of few but long tests, a build each, to the end); a
    file's tests keep their order."""
    long_tests: dict[str, int] = {}
    tests: dict[str, int] = {}
    for item in items:
        name = item.nodeid.split("::", 1)[0]
        tests[name] = tests.get(name, 0) + 1
        long_tests[name] = long_tests.get(name, 0) + any(item.get_closest_marker(m) for m in LONG_MARKS)
    files = {name: rank for rank, name in enumerate(tests)}
    items.sort(key=lambda item: _file_order(item.nodeid.split("::", 1)[0], long_tests, tests, files))


def _file_order(name: str, long_tests: dict[str, int], tests: dict[str, int], files: dict[str, int],
                ) -> tuple[int, int, int]:
    return -long_tests[name], -tests[name], files[name]


# A pytest process whose collector tracks more objects than this after a test freezes them (``gc.freeze``).
FREEZE_OBJECTS = 50_000


@pytest.fixture(autouse=True)
def _long_lived_objects_frozen() -> Iterator[None]:
    """After a test that left many objects alive (spaCy's model and the tables, ~800,000 objects, the
    collected tests themselves), move them out of the collector's sight, as a build's worker does
    (``extract.warm_up``): every full collection in this process walked them again, ~0.4 s of CPU
    each, and each exhibit a test writes runs one (``store.db.release_memory``) besides the
    collector's own."""
    yield
    if len(gc.get_objects()) > FREEZE_OBJECTS:
        gc.collect()
        gc.freeze()


# Seconds a test's leftover page-cache warm-up may take to finish once the test is over.
WARM_JOIN_SECONDS = 300


@pytest.fixture(autouse=True)
def _warm_ups_end_with_their_test() -> Iterator[None]:
    """Wait, after each test, for the page-cache warm-ups (``vitrina-warm`` threads) its visitor apps
    started: one computes the comparisons of a database built without them inside
    ``qa.parse.cache_limit``, and left running it changed the parse cache under the next test of the
    same worker (test_qa_parse once found its records set)."""
    before = set(threading.enumerate())
    yield
    for thread in set(threading.enumerate()) - before:
        if thread.name == "vitrina-warm":
            thread.join(WARM_JOIN_SECONDS)


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    """A small exhibit database made from our own sentences, no NLP needed."""
    return write_sample_exhibit(tmp_path / "sample.db")


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The URL of the test PostgreSQL server (scripts/pg-test-server.sh sets VITRINA_TEST_PG).

    Without one the test is skipped on a developer's machine, and fails under CI
    (CI=1, set by .ci/run): a backend that is not tested must not look tested.
    """
    url = os.environ.get("VITRINA_TEST_PG")
    problem = None
    if not url:
        problem = "VITRINA_TEST_PG is not set (run the tests under scripts/pg-test-server.sh run …)"
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            problem = "psycopg is not installed (pip install -e '.[test]')"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL tests cannot run: {problem}")
        pytest.skip(problem)
    return str(url)


@pytest.fixture
def pg_url(postgres_server: str) -> Iterator[str]:
    """A fresh schema of the test server for one test, dropped afterwards."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:16]}"
    yield postgres_server + ("&" if "?" in postgres_server else "?") + f"schema={schema}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        for (name,) in conn.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE %s",
                                    (schema + "%",)).fetchall():
            conn.execute(f"DROP SCHEMA {name} CASCADE")


def eval_ask_module():  # type: ignore[no-untyped-def]
    """bench/eval_ask.py as a module: its corpus build is the one the ask figures are measured on."""
    spec = importlib.util.spec_from_file_location("eval_ask", ROOT / "bench" / "eval_ask.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed + Milestones build of bench/eval_ask.py, made once and kept between test sessions.

    The build is kept in pytest's temporary root, named by the digest of all it is made from
    (``corpus_digest``): a session finds it there when nothing changed, and builds it otherwise
    (one pytest-xdist worker builds while the others wait). Each session reads its own copy, so a
    test that writes to the database never changes what the next session starts from.
    The build runs in its own thread: a browser test's event loop may be running here.
    """
    if not (SHARED / "seeds").is_dir() or not (SHARED / "corpus" / "milestones").is_dir():
        pytest.skip("../shared corpus not present")
    module = eval_ask_module()
    shared_tmp = _tmp_shared_by_workers(tmp_path_factory)
    db = shared_tmp / "corpus.db"
    with _exclusive(shared_tmp / "corpus.lock"):
        if not db.exists():
            _copy_of_kept_corpus_build(module, _tmp_root(shared_tmp), shared_tmp / "corpus.db.part")
            os.replace(shared_tmp / "corpus.db.part", db)
    return db


# Corpus builds kept in pytest's temporary root (one per state of the code), the newest ones.
KEPT_CORPUS_BUILDS = 3


def _tmp_root(session_tmp: Path) -> Path:
    """pytest's temporary root (``pytest-of-USER``, whose numbered session folders pytest itself
    prunes), or the session's own folder under a --basetemp of the user's choosing."""
    if re.fullmatch(r"pytest-\d+", session_tmp.name) and session_tmp.parent.name.startswith("pytest-of-"):
        return session_tmp.parent
    return session_tmp


def _copy_of_kept_corpus_build(module: Any, root: Path, copy: Path) -> None:
    """Copy to ``copy`` the kept corpus build of this code, inputs and packages in ``root``,
    building it first when missing; the older kept builds nobody reads are removed."""
    kept = root / f"vitrina-corpus-{corpus_digest(module)}.db"
    with _exclusive(kept.with_suffix(".lock")):
        if not kept.exists():
            part = root / f"{kept.stem}.{os.getpid()}.part"
            part.mkdir(exist_ok=True)
            with ThreadPoolExecutor(1) as pool:
                built = Path(pool.submit(module.ensure_db, part / "corpus.db").result())
            os.replace(built, kept)
            shutil.rmtree(part, ignore_errors=True)
        shutil.copyfile(kept, copy)
        os.utime(kept)  # the newest used is kept longest
    newest = sorted(root.glob("vitrina-corpus-*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in newest[KEPT_CORPUS_BUILDS:]:
        with _exclusive(stale.with_suffix(".lock"), wait=False) as mine:
            if mine:
                stale.unlink(missing_ok=True)


def corpus_digest(module: Any) -> str:
    """A digest of everything the corpus build depends on: vitrina's sources and data files, the
    build script, the input files (names, sizes, times) and the installed packages' versions."""
    from importlib import metadata

    import vitrina

    digest = hashlib.sha256()
    package = Path(vitrina.__file__).resolve().parent
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(Path(module.__file__).read_bytes())
    for source in (module.SEED, module.CORPUS):
        for path in sorted([source, *source.rglob("*")] if source.is_dir() else [source]):
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    versions = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    digest.update("\n".join(versions).encode())
    return digest.hexdigest()[:16]


def _tmp_shared_by_workers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's temporary folder, or under pytest-xdist the one all workers share."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def _exclusive(lock_file: Path, wait: bool = True) -> Iterator[bool]:
    """Hold ``lock_file`` so that one pytest-xdist worker builds while the others wait; with
    ``wait=False`` yields False at once when another process holds it."""
    import fcntl

    with open(lock_file, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
