"""SQLite vs PostgreSQL: the store's write time, and search/ask latency under concurrent clients.

    python bench/backends.py --from vitrina.db --pg postgresql://USER@HOST/DB [--clients 50] [--seconds 60]

1. write: the analyses stored in ``--from`` are linked once, then written as a
   build writes them (rows, full-text index, the comparisons stage) to a new
   SQLite file and to the PostgreSQL schema ``bench``; wall time per backend
   (best of ``--repeat``).
2. serve: ``vitrina serve`` on each backend in a child process (so the load
   generator does not share its GIL); ``--clients`` concurrent clients cycle
   through search requests, then through ask requests, for ``--seconds``
   each; p50/p95/max latency, requests per second, failures (503: the
   server's query deadline).
Prints the load average, as the machine is shared.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search_ask import SEARCHES  # noqa: E402
from bench_web import start_server  # noqa: E402
from eval_ask import load_questions  # noqa: E402


def load(db: str) -> tuple[list, list, list]:
    """(analyses, linked documents, entities) of the exhibit in ``db``, linked afresh."""
    from vitrina.link import link
    from vitrina.serialize import document_from_dict
    from vitrina.store import reading

    with reading(db) as kb:
        analyses = [(sha, document_from_dict(json.loads(raw))) for _id, sha, raw in kb.stored_analyses()]
    linked, entities = link([doc for _, doc in analyses])
    return analyses, linked, entities


def time_write(target: str, exhibit: tuple[list, list, list], repeat: int) -> float:
    from vitrina.compare import store_comparisons
    from vitrina.store import write_exhibit

    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        write_exhibit(target, *exhibit, derive=(store_comparisons,))
        best = min(best, time.perf_counter() - started)
    return best


async def hammer(base: str, paths: list[str], clients: int, seconds: float) -> dict:
    """``clients`` clients requesting the paths in turn for ``seconds``."""
    latencies: list[float] = []
    failures = 0
    turn = itertools.cycle(paths)
    deadline = time.monotonic() + seconds

    async def client_loop(client: httpx.AsyncClient) -> None:
        nonlocal failures
        while time.monotonic() < deadline:
            path = next(turn)
            started = time.perf_counter()
            try:
                failures += (await client.get(path)).status_code != 200
            except httpx.HTTPError:
                failures += 1
            latencies.append(time.perf_counter() - started)

    began = time.perf_counter()
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        await asyncio.gather(*(client_loop(client) for _ in range(clients)))
    elapsed = time.perf_counter() - began
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
    return {"n": len(latencies), "rps": len(latencies) / elapsed, "p50": statistics.median(latencies),
            "p95": p95, "max": latencies[-1], "failed": failures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", required=True, help="a built exhibit (SQLite file or URL)")
    parser.add_argument("--pg", required=True, help="postgresql:// URL of the server to test")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0, help="per backend and operation")
    parser.add_argument("--repeat", type=int, default=1, help="writes per backend (best kept)")
    args = parser.parse_args()
    pg = args.pg + ("&" if "?" in args.pg else "?") + "schema=bench"
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    exhibit = load(args.source)
    print(f"{len(exhibit[1])} documents, {len(exhibit[2])} entities")
    with tempfile.TemporaryDirectory() as folder:
        sqlite = str(Path(folder) / "bench.db")
        targets = {"SQLite": sqlite, "PostgreSQL": pg}
        print("| backend | write s |")
        print("| --- | ---: |")
        for name, target in targets.items():
            print(f"| {name} | {time_write(target, exhibit, args.repeat):.1f} |", flush=True)
        searches = ["/search.json?" + urlencode({"q": q, **f}) for q, f in SEARCHES]
        questions = ["/ask.json?" + urlencode({"q": item["question"]}) for item in load_questions()]
        print(f"\n{args.clients} clients, {args.seconds:.0f} s per row")
        print("| backend | operation | requests | req/s | p50 ms | p95 ms | max ms | failed |")
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, target in targets.items():
            server, base = start_server(target)  # type: ignore[arg-type]
            try:
                for operation, paths in (("search", searches), ("ask", questions)):
                    row = asyncio.run(hammer(base, paths, args.clients, args.seconds))
                    print(f"| {name} | {operation} | {row['n']} | {row['rps']:.1f} | {row['p50'] * 1000:.0f} "
                          f"| {row['p95'] * 1000:.0f} | {row['max'] * 1000:.0f} | {row['failed']} |", flush=True)
            finally:
                server.terminate()
                server.wait(timeout=10)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
