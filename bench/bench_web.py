"""Requests per second and p95 latency of the main web pages on loopback.

    python bench/bench_web.py vitrina.db [--clients 20] [--requests 400] [--seconds 20]

Starts ``vitrina serve`` (uvicorn) in a child process on a free port (so the
load generator does not share the server's GIL), then
drives it with ``--clients`` concurrent httpx clients (asyncio) until each
page has had ``--requests`` requests or ``--seconds`` have passed.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from vitrina.store import connect_readonly


def pages_for(db: Path) -> list[str]:
    conn = connect_readonly(db)
    try:
        doc = conn.execute("SELECT id FROM documents ORDER BY ordinal LIMIT 1").fetchone()
        person = conn.execute(
            "SELECT entity FROM mentions WHERE type = 'person' GROUP BY entity ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    # the static stylesheet is the baseline: what the server and the harness manage
    # on this machine for a response that costs nothing to produce
    pages = ["/static/vitrina.css", "/", "/people", "/timeline", "/timeline?page=2", "/map", "/graph",
             "/search?q=war"]
    if doc:
        pages.insert(1, f"/documents/{doc['id']}")
    if person:
        pages.insert(2, f"/entities/{person['entity']}")
    return pages


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cli = Path(sys.executable).parent / "vitrina"
    server = subprocess.Popen([str(cli), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/static/vitrina.css", timeout=1)
            return server, base
        except httpx.HTTPError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


async def hammer(base: str, path: str, clients: int, requests: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    remaining = requests
    deadline = time.monotonic() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal remaining, errors
        while remaining > 0 and time.monotonic() < deadline:
            remaining -= 1
            start = time.perf_counter()
            try:
                response = await client.get(path)
                if response.status_code != 200:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            latencies.append(time.perf_counter() - start)

    began = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        await asyncio.gather(*(worker(client) for _ in range(clients)))
    elapsed = time.perf_counter() - began
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))] if latencies else 0.0
    return {"page": path, "n": len(latencies), "rps": len(latencies) / elapsed if elapsed else 0.0,
            "p50": statistics.median(latencies) if latencies else 0.0, "p95": p95, "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=400, help="per page")
    parser.add_argument("--seconds", type=float, default=20.0, help="per page, at most")
    args = parser.parse_args()
    server, base = start_server(args.db)
    try:
        print(f"{'page':<48} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>6}")
        for path in pages_for(args.db):
            row = asyncio.run(hammer(base, path, args.clients, args.requests, args.seconds))
            print(f"{row['page'][:48]:<48} {row['n']:>8} {row['rps']:>8.1f} "
                  f"{row['p50'] * 1000:>8.1f} {row['p95'] * 1000:>8.1f} {row['errors']:>6}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
