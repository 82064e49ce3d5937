"""A page of search hits in one statement (SQLite) gives exactly what the generic path gives.

``KnowledgeBase.first_hit_page`` is the generic path (what the PostgreSQL backend runs): FTS5
rank with ``highlight()``, a separate match count, a Python intersection with the filter's
sentence ids, details fetched by id. ``SQLiteKnowledgeBase.first_hit_page`` does all of it in
one statement, ranking by ``bm25()`` itself. Every field of every hit, the order (ties
included) and the totals must be the same, on our own exhibit and on the shared seed.
"""

from __future__ import annotations

import contextlib
import itertools
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from vitrina.search import _expressions, search, tokens
from vitrina.store import connect_readonly
from vitrina.store.read import KnowledgeBase, SentenceFilter, SQLiteKnowledgeBase


def _shared_seed() -> Path | None:
    """The first seed of the shared sample folder next to (or above) this checkout."""
    for parent in Path(__file__).resolve().parents:
        seeds = parent / "shared" / "seeds"
        if seeds.is_dir():
            return next(iter(sorted(seeds.glob("*.txt"))), None)
    return None


@pytest.fixture
def kb(sample_db: Path) -> Iterator[SQLiteKnowledgeBase]:
    with contextlib.closing(connect_readonly(sample_db)) as conn:
        yield SQLiteKnowledgeBase(conn)


@pytest.fixture(scope="module")
def seed_kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteKnowledgeBase]:
    seed = _shared_seed()
    if seed is None:
        pytest.skip("shared seed not available")
    from vitrina.pipeline import build

    db = tmp_path_factory.mktemp("seed") / "seed.db"
    build([seed], db, jobs=1)
    with contextlib.closing(connect_readonly(db)) as conn:
        yield SQLiteKnowledgeBase(conn)


def _generic(kb: SQLiteKnowledgeBase, query: str, limit: int, where: SentenceFilter | None) -> tuple[list, int]:
    rows, total = KnowledgeBase.first_hit_page(kb, _expressions(query), limit, where)
    return [tuple(row) for row in rows], total


def _one_statement(kb: SQLiteKnowledgeBase, query: str, limit: int, where: SentenceFilter | None) -> tuple[list, int]:
    rows, total = kb.first_hit_page(_expressions(query), limit, where)
    return [tuple(row)[:12] for row in rows], total  # the count closes every row


def _assert_same(kb: SQLiteKnowledgeBase, queries: list[str], filters: list[SentenceFilter | None]) -> int:
    """Compare both paths on every query, filter and a few page sizes; the number of pages
    holding tied scores (where only the order of the ranking statement decides)."""
    tied = 0
    for query, where, limit in itertools.product(queries, filters, (1, 3, 10, 50)):
        expected = _generic(kb, query, limit, where)
        assert _one_statement(kb, query, limit, where) == expected, (query, where, limit)
        ranks = [row[10] for row in expected[0]]
        tied += len(set(ranks)) < len(ranks)
    return tied


INVENTED = [
    "harbour", "lighthouse keeper", '"signal lamp"', "ferry Porto", "Lind", "museum opened", "1874",
    "ledger clerk", "harb", "storm OR ferry", "café", "the", "a of", "xqzv", '"', "NEAR( Lind",
]


def test_one_statement_equals_the_generic_path_on_our_exhibit(kb: SQLiteKnowledgeBase) -> None:
    words = sorted({t for (text,) in kb._rows("SELECT text FROM sentences") for t in tokens(text)})
    documents = [row[0] for row in kb._rows("SELECT id FROM documents")]
    sections = [row[0] for row in kb._rows("SELECT DISTINCT title FROM sections")]
    filters: list[SentenceFilter | None] = [None, SentenceFilter(document=documents[0]),
                                            SentenceFilter(section=sections[0]), SentenceFilter(section="no such"),
                                            SentenceFilter(dates=("1800-01-01", "1999-12-31"))]
    _assert_same(kb, INVENTED + words, filters)


def test_one_statement_equals_the_generic_path_on_the_seed(seed_kb: SQLiteKnowledgeBase) -> None:
    texts = [text for (text,) in seed_kb._rows("SELECT text FROM sentences ORDER BY id")]
    words = sorted({t for text in texts for t in tokens(text)})
    rng = random.Random(12)
    pairs = [" ".join(rng.sample(words, 2)) for _ in range(60)]
    documents = [row[0] for row in seed_kb._rows("SELECT id FROM documents")]
    labels = [row[0] for row in seed_kb._rows("SELECT DISTINCT coalesce(label, title) FROM sections LIMIT 3")]
    filters: list[SentenceFilter | None] = [None, SentenceFilter(document=documents[0]),
                                            *(SentenceFilter(section=label) for label in labels),
                                            SentenceFilter(dates=("1900-01-01", "1950-12-31"))]
    tied = _assert_same(seed_kb, words[::3] + pairs, filters[:1])
    _assert_same(seed_kb, words[::17] + pairs[::6], filters[1:])
    assert tied > 0, "no tied scores: the test would not see a tie order that differs"


def test_search_results_keep_their_shape(kb: SQLiteKnowledgeBase) -> None:
    result = search(kb, "harbor", limit=2)
    assert result["hits"], result
    hit = result["hits"][0]
    assert list(hit) == ["document", "document_title", "section", "section_label", "section_title", "block",
                         "start", "end", "text", "snippet", "matches", "score"]
    for start, end in hit["matches"]:
        assert hit["text"][start:end].lower().startswith("harbor")
