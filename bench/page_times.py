"""Wall time of the web pages of an exhibit's most mentioned entities (and a question), rendered
in-process as `vitrina serve` and `vitrina publish` render them (round 31, D1).

    cd /work/wt/redfix31 && PYTHONPATH=src nice -n 10 /work/main/.venv/bin/python bench/page_times.py DB [--ask Q]

Each page is rendered twice (the second run has the page cache of shared data warm, not the page);
the status and the seconds of each are printed, then the slowest page."""

from __future__ import annotations

import argparse
import sqlite3
import time

from vitrina.publish import InProcessClient
from vitrina.web import app as web_app


def most_mentioned(db: str, count: int) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute(
            "SELECT entity FROM mentions GROUP BY entity ORDER BY COUNT(*) DESC LIMIT ?", (count,))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--entities", type=int, default=5)
    parser.add_argument("--ask", action="append", default=[])
    args = parser.parse_args()
    urls = [f"/entities/{e}{twin}" for e in most_mentioned(args.db, args.entities) for twin in ("", ".json")]
    urls += [f"/ask.json?q={q.replace(' ', '+')}" for q in args.ask]
    slowest = 0.0
    with InProcessClient(web_app.create_app(args.db)) as client:
        client.get("/")  # the first request starts the cache warming
        for url in urls:
            for run in range(2):  # a query parameter no page reads: not answered from the response cache
                started = time.perf_counter()
                response = client.get(f"{url}{'&' if '?' in url else '?'}run={run}")
                seconds = time.perf_counter() - started
                slowest = max(slowest, seconds)
                print(f"{response.status_code} {seconds:6.2f} s  {len(response.text):>9,} B  {url}")
    print(f"slowest {slowest:.2f} s")


if __name__ == "__main__":
    main()
