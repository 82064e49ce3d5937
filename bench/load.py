"""Load test of the web exhibit on loopback: N concurrent clients for D seconds.

Serves ``create_app(db)`` with uvicorn in a thread on 127.0.0.1 (never any
other address) and drives it with a bounded asyncio + httpx client mixing
pages, JSON twins, search and ask. Reports requests, errors, p50/p95/max.

    .venv/bin/python bench/load.py --db exhibit.db --clients 50 --seconds 60
    .venv/bin/python bench/load.py --build ../shared/corpus/milestones --clients 50 --seconds 60

Without ``--db`` or ``--build`` it serves a small hand-made exhibit.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import socket
import sqlite3
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"  # loopback only
SEARCH_WORDS = ["harbor", "museum", "ship", "1921", "voyage", "war", "treaty", "river", "city",
                "king", "letter", "army", "port", "story", "crossing", "zzznothing"]
QUESTIONS = ["Who opened the museum?", "When did the voyage start?", "Where did they sail?",
             "What did the letter say?", "How many models were there?", "Who signed the treaty?"]


# ---------------------------------------------------------------- serving


@contextlib.contextmanager
def serve_in_thread(db: Path) -> Iterator[str]:
    """Serve the exhibit at http://127.0.0.1:<free port>; yields the base URL."""
    import uvicorn

    from vitrina.web.app import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(db), log_level="error", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    try:
        yield f"http://{HOST}:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve_in_process(db: Path) -> Iterator[str]:
    """``vitrina serve`` in a child process on a free loopback port; yields the base URL."""
    import subprocess
    import urllib.request

    port = free_port()
    child = subprocess.Popen(
        [sys.executable, "-m", "vitrina.cli", "serve", "--db", str(db), "--host", HOST, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if child.poll() is not None:
                raise RuntimeError(f"vitrina serve exited: {child.stderr.read().decode()[-500:]}")
            try:
                with urllib.request.urlopen(base + "/index.json", timeout=5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("vitrina serve did not answer within 60 s") from None
                time.sleep(0.1)
        yield base
    finally:
        child.terminate()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        child.stderr.close()


# ---------------------------------------------------------------- requests


def request_mix(db: Path) -> list[tuple[str, str]]:
    """(kind, path) pairs: pages and twins of the exhibit, searches and questions."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        docs = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY ordinal LIMIT 20")]
        ents = [r[0] for r in conn.execute("SELECT id FROM entities ORDER BY id LIMIT 20")]
    pages = ["/", "/index.json", "/entities", "/entities.json", "/people.json", "/timeline",
             "/timeline.json", "/map.json", "/graph.json", "/search", "/ask"]
    pages += [f"/documents/{d}" for d in docs[:5]] + [f"/documents/{d}.json" for d in docs]
    pages += [f"/entities/{e}.json" for e in ents]
    mix = [("page", p) for p in pages]
    mix += [("search", f"/search.json?q={w}") for w in SEARCH_WORDS]
    mix += [("search", f"/search?q={w}") for w in SEARCH_WORDS[:4]]
    mix += [("ask", f"/ask.json?q={q.replace(' ', '+').replace('?', '%3F')}") for q in QUESTIONS]
    return mix


@dataclass
class LoadResult:
    requests: int = 0
    errors: int = 0
    latencies: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def percentile(self, q: float, values: list[float] | None = None) -> float:
        values = sorted(self.latencies if values is None else values)
        if not values:
            return 0.0
        return values[min(len(values) - 1, int(q * len(values)))]

    def summary(self) -> dict[str, object]:
        return {
            "requests": self.requests, "errors": self.errors, "seconds": round(self.seconds, 1),
            "rps": round(self.requests / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": round(1000 * self.percentile(0.50), 1),
            "p95_ms": round(1000 * self.percentile(0.95), 1),
            "max_ms": round(1000 * max(self.latencies, default=0.0), 1),
            "p95_ms_by_kind": {k: round(1000 * self.percentile(0.95, v), 1) for k, v in self.by_kind.items()},
            "mean_ms": round(1000 * statistics.fmean(self.latencies), 1) if self.latencies else 0.0,
            "failures": self.failures[:10],
        }


async def _client(base: str, mix: list[tuple[str, str]], stop_at: float, result: LoadResult,
                  rng: random.Random) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=30.0) as client:
        while time.monotonic() < stop_at:
            kind, path = rng.choice(mix)
            started = time.monotonic()
            try:
                response = await client.get(path)
                ok = response.status_code == 200
                detail = f"{response.status_code} {path}"
            except httpx.HTTPError as exc:
                ok, detail = False, f"{type(exc).__name__} {path}"
            elapsed = time.monotonic() - started
            result.requests += 1
            result.latencies.append(elapsed)
            result.by_kind.setdefault(kind, []).append(elapsed)
            if not ok:
                result.errors += 1
                result.failures.append(detail)


async def run_load_async(base: str, mix: list[tuple[str, str]], clients: int, seconds: float,
                         seed: int = 0) -> LoadResult:
    result = LoadResult()
    started = time.monotonic()
    stop_at = started + seconds
    await asyncio.gather(*(_client(base, mix, stop_at, result, random.Random(seed + i))
                           for i in range(clients)))
    result.seconds = time.monotonic() - started
    return result


def run_load(db: Path, clients: int = 50, seconds: float = 60.0, seed: int = 0,
             in_process: bool = False) -> LoadResult:
    """Serve ``db`` on loopback (``vitrina serve`` in a child process, or a thread
    here with ``in_process``) and load it; bounded by ``clients`` and ``seconds``."""
    mix = request_mix(db)
    serving = serve_in_thread(db) if in_process else serve_in_process(db)
    with serving as base:
        return asyncio.run(run_load_async(base, mix, clients, seconds, seed))


# ---------------------------------------------------------------- command line


def _sample_db(folder: Path) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.conftest import write_sample_exhibit

    return write_sample_exhibit(folder / "sample.db")


def _build(inputs: str, folder: Path) -> Path:
    from vitrina.pipeline import build

    db = folder / "load.db"
    report = build([inputs], db)
    print(f"built {report.documents} documents, {report.entities} entities from {inputs}", file=sys.stderr)
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--build", help="build this file or folder first (into a temp folder)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    if not 1 <= args.clients <= 500 or not 0 < args.seconds <= 600:
        parser.error("clients must be 1-500 and seconds 0-600")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or (_build(args.build, Path(tmp)) if args.build else _sample_db(Path(tmp)))
        result = run_load(db, args.clients, args.seconds)
    summary = result.summary()
    print(json.dumps({"clients": args.clients, **summary}, indent=1))
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())
