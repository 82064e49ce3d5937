"""In-process latency of `search` and `ask` over the full corpus database.

    .venv/bin/python bench/bench_search_ask.py [--db build/dev.db] [--repeat 5] [--search-only] [--select-add 4]
        [--set TABLE.key=value ...]

Builds the database like bench/eval_ask.py when it is missing, then times
~50 varied search queries (with and without filters, hostile syntax) and
the tuning questions, and prints p50/p95/max per operation. Ask is timed
twice: with the parse cache warm (a long-running server that has seen the
sentences) and cold (the cache emptied before every question, so the
examined sentences are parsed inside the timed call). The search rows end
with the ratio of search to raw FTS5 at the median (CPU time: steadier than
wall-clock time on a shared machine). ``--select-add N`` times `ask` with the
learned selection stage on (qa/select.py, N sentences added; round 33).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_ask import DEFAULT_DB, ensure_db, load_questions  # noqa: E402

SEARCHES: list[tuple[str, dict]] = [
    (q, {}) for q in (
        "treaty", "Soviet Union", "Lend-Lease aid", '"unconditional surrender"', "Stalin Roosevelt",
        "conference 1945", "purchase territory", "nuclear weapons test ban", "missile", "Berlin blockade",
        "oil embargo", "human rights", "Panama Canal", "Mexico border railroad", "Alaska",
        "Tehran", "spy plane", "NATO alliance", "independence", "recognition", "tariff",
        "immigration act", "Cuba", "China trade", "Japan", "neutrality", "peace settlement",
        "declaration", "refugees", "embassy", "satellite launch", "apartheid sanctions",
        'NEAR( "', "-*", "café ü", "ships AND", "wars:(", "😀 treaty", "xqzv", "the",
    )
] + [
    ("treaty", {"date": "1846"}), ("war", {"date": "1941/1945"}), ("conference", {"date": "1943"}),
    ("Stalin", {"section": "A"}), ("aid", {"document": "1937-1945-lend-lease"}),
    ("", {"date": "1962"}), ("president", {"date": "June 1941"}), ("Soviet", {"date": "1989/1991"}),
    ("border", {"section": "foreword"}), ("agreement", {"date": "1800/1810"}),
]


def _time(fn: Callable[[], object], repeat: int, cpu: list[float]) -> list[float]:
    """Wall-clock samples in ms; CPU-time samples appended to ``cpu`` (robust to a busy machine)."""
    samples = []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return samples


def _raw_fts(conn, exprs: list[str]) -> None:
    """The baseline: the same MATCH expressions, bare FTS5 rowid + rank of the first 10, no filters."""
    for expr in exprs:
        if conn.execute("SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rank LIMIT 10",
                        (expr,)).fetchall():
            return


def _cold_ask(ask: Callable, conn, question: str) -> object:
    """Ask with an empty parse cache: every examined sentence is parsed in the call."""
    from vitrina.qa import parse

    parse.clear_cache()
    return ask(conn, question)


def _row(name: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"| {name} | {len(samples)} | {statistics.median(ordered):.2f} | {p95:.2f} | {ordered[-1]:.2f} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--search-only", action="store_true", help="time the searches, not ask")
    parser.add_argument("--select-add", type=int, default=None, help="sentences the selection stage adds (0: off)")
    parser.add_argument("--set", dest="settings", action="append", default=[],
                        help="TABLE.key=value: a setting of a vitrina.qa.weights table for this run (round 35)")
    args = parser.parse_args()
    import ask_changed

    for table, key, value in map(ask_changed.setting, args.settings):
        table[key] = value
    from vitrina.ask import ask
    from vitrina.qa.weights import SELECTION

    if args.select_add is not None:
        SELECTION["add"] = args.select_add
    from vitrina.search import match_expressions, parse_query, search
    from vitrina.store import connect_readonly

    ensure_db(args.db)
    with contextlib.closing(connect_readonly(args.db)) as conn:
        sentences = conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        search_ms: list[float] = []
        search_cpu: list[float] = []
        ask_cpu: list[float] = []
        raw_ms: list[float] = []
        raw_cpu: list[float] = []
        for query, filters in SEARCHES:
            search(conn, query, **filters)  # warm
            search_ms += _time(lambda q=query, f=filters: search(conn, q, **f), args.repeat, search_cpu)
            exprs = match_expressions(parse_query(query))
            raw_ms += _time(lambda e=exprs: _raw_fts(conn, e), args.repeat, raw_cpu)
        questions = [] if args.search_only else [item["question"] for item in load_questions()]
        if questions:
            ask(conn, questions[0])  # load the models and WordNet once, outside the timings
        ask_ms: list[float] = []
        cold_ms: list[float] = []
        cold_cpu: list[float] = []
        for question in questions:
            cold_ms += _time(lambda q=question: _cold_ask(ask, conn, q), 1, cold_cpu)
            ask_ms += _time(lambda q=question: ask(conn, q), max(1, args.repeat // 2), ask_cpu)
    print(f"{documents} documents, {sentences} sentences; {len(SEARCHES)} searches, {len(questions)} questions")
    print("| operation | runs | p50 ms | p95 ms | max ms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    print(_row("search (wall)", search_ms))
    print(_row("search (cpu)", search_cpu))
    print(_row("raw FTS5 top 10 (wall)", raw_ms))
    print(_row("raw FTS5 top 10 (cpu)", raw_cpu))
    if questions:
        print(_row("ask, parse cache warm (wall)", ask_ms))
        print(_row("ask, parse cache warm (cpu)", ask_cpu))
        print(_row("ask, parse cache cold (wall)", cold_ms))
        print(_row("ask, parse cache cold (cpu)", cold_cpu))
    print(f"search / raw FTS5 at the median, CPU time: {statistics.median(search_cpu) / statistics.median(raw_cpu):.2f}x")
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
