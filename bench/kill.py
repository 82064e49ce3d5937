"""Crash safety: SIGKILL ``vitrina build`` at random moments; serve while rebuilding.

Kills: an earlier exhibit (half the inputs) is restored before every run;
``vitrina build`` of all inputs is started and killed with SIGKILL after a
random delay spread over the whole build (start-up, model loading, reading,
writing, renaming). Afterwards the database must pass ``PRAGMA
integrity_check`` and hold exactly the earlier exhibit or exactly the
complete new one, never a mixture: every document is fully there or absent.

Serving: ``vitrina serve`` answers requests while the exhibit is rebuilt
over and over with the real CLI; every answer must be a 200 from a complete
build.

    .venv/bin/python bench/kill.py --kills 50
    .venv/bin/python bench/kill.py --kills 0 --rebuilds 5
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

VITRINA = [sys.executable, "-m", "vitrina.cli"]

TOPICS = [
    ("The Salt Roads of Wieliczka", "Anna Brzeska", "Krakow", "1368", "salt"),
    ("Clockmakers of the Jura", "Louis Perret", "Neuchatel", "1740", "clocks"),
    ("The Whalers of Nantucket", "Obed Coffin", "Nantucket", "1820", "oil"),
    ("Silk from the Cevennes", "Marie Durand", "Ales", "1850", "silk"),
    ("The Tin Streamers of Cornwall", "John Trevail", "Truro", "1790", "tin"),
    ("Canal Builders of the Midi", "Paul Riquet", "Toulouse", "1681", "stone"),
    ("The Glass Furnaces of Murano", "Elena Barovier", "Venice", "1291", "sand"),
    ("Printers of Antwerp", "Jan Moretus", "Antwerp", "1589", "paper"),
]


def make_inputs(folder: Path, count: int = 6) -> list[Path]:
    """``count`` small exhibit texts of our own invention."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, (title, person, place, year, goods) in enumerate(TOPICS[:count]):
        text = (
            f"{n + 1}. {title}\n\n"
            f"In {year} {person} arrived in {place}, where the trade in {goods} was growing.\n"
            f"{person.split()[-1]} wrote, \u201cWe shall need more hands by spring,\u201d in a letter of "
            f"May {year}.\n\nBy {int(year) + 30} more than {200 + 10 * n} families lived from {goods}.\n\n"
            f"Above: A workshop in {place}, about {int(year) + 100}.\nCourtesy of the {place} Archive\n"
        )
        path = folder / f"unit{n + 1}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def write_earlier_exhibit(db: Path, paths: list[Path]) -> None:
    """An earlier exhibit of ``paths`` written without NLP (its hashes will not match)."""
    from vitrina.ingest.text import read
    from vitrina.store import write_exhibit

    docs = [doc for path in paths for doc in read(path.read_bytes(), str(path))]
    write_exhibit(db, [("earlier", d) for d in docs], docs, [])


# ---------------------------------------------------------------- database state


TABLES = ("documents", "sections", "blocks", "mentions", "dates", "quantities", "quotes", "events",
          "entities", "sentences")


def snapshot(db: Path) -> dict[str, list[tuple]]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}")), key=repr) for t in TABLES}


def integrity(db: Path) -> str:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


# ---------------------------------------------------------------- kills


@dataclass
class KillReport:
    kills: int = 0
    old_state: int = 0
    new_state: int = 0
    new_identical_to_reference: int = 0  # the rest differ only if the code changed meanwhile
    finished_before_kill: int = 0
    leftover_temp_files: int = 0
    build_seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {**self.__dict__, "failures": self.failures[:10]}


def run_build(paths: list[Path], db: Path, cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([*VITRINA, "build", *map(str, paths), "--db", str(db)], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def kill_builds(work: Path, kills: int, seed: int = 0, files: int = 6) -> KillReport:
    """SIGKILL ``kills`` builds at random moments and check the database each time."""
    rng = random.Random(seed)
    report = KillReport()
    paths = make_inputs(work / "inputs", files)
    earlier_db = work / "earlier.db"
    write_earlier_exhibit(earlier_db, paths[: files // 2])
    old = snapshot(earlier_db)

    db = work / "exhibit.db"  # the complete new exhibit, and how long a build takes
    shutil.copy(earlier_db, db)
    started = time.monotonic()
    if run_build(paths, db, work).wait() not in (0, 1):
        raise RuntimeError("the reference build failed")
    report.build_seconds = time.monotonic() - started
    new = snapshot(db)
    if new == old:
        raise RuntimeError("the reference build changed nothing")

    for n in range(kills):
        # Stratified over [0, 1.1 * build time]: every phase gets its share of kills.
        delay = (n + rng.random()) / max(kills, 1) * 1.1 * report.build_seconds
        for leftover in work.glob(".exhibit.db.*"):
            leftover.unlink()
        shutil.copy(earlier_db, db)
        child = run_build(paths, db, work)
        time.sleep(delay)
        if child.poll() is not None:
            report.finished_before_kill += 1
        else:
            os.killpg(child.pid, signal.SIGKILL)  # the build and any child it started
        child.wait()
        report.kills += 1
        report.leftover_temp_files += len(list(work.glob(".exhibit.db.*")))
        problem = check_after_kill(db, old, new)
        if problem:
            report.failures.append(f"kill at {delay:.2f} s: {problem}")
        else:
            state = snapshot(db)
            report.old_state += state == old
            report.new_state += state != old
            report.new_identical_to_reference += state == new
    return report


def check_after_kill(db: Path, old: dict, new: dict) -> str | None:
    """None when ``db`` is intact and holds the earlier exhibit or a complete new one.

    "Complete" is judged per document against the analysis stored with it (so
    the check holds even if the code changed between the reference build and
    this one); the set of documents must be the earlier one or the new one.
    """
    if not db.exists():
        return "the database is gone"
    try:
        if (verdict := integrity(db)) != "ok":
            return f"integrity_check: {verdict}"
        state = snapshot(db)
        if state == old:
            return None
        incomplete = incomplete_documents(db)
    except sqlite3.DatabaseError as exc:
        return f"unreadable database: {exc}"
    if incomplete:
        return f"document {incomplete[0]} is incomplete"
    ids = {row[0] for row in state["documents"]}
    if ids != {row[0] for row in new["documents"]}:
        return f"neither the earlier nor the new set of documents: {sorted(ids)}"
    return None


FACT_TABLES = ("sections", "blocks", "dates", "mentions", "quotes", "events", "quantities")


def incomplete_documents(db: Path) -> list[str]:
    """Documents whose rows do not match the analysis stored with them."""
    bad = []
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        for doc_id, analysis in conn.execute("SELECT id, analysis FROM documents"):
            expected = json.loads(analysis)
            counts = {t: conn.execute(f"SELECT count(*) FROM {t} WHERE document = ?", (doc_id,)).fetchone()[0]
                      for t in (*FACT_TABLES, "sentences")}
            passages = len(expected.get("sentences") or []) or len(expected.get("blocks") or [])
            if counts.pop("sentences") != passages or any(
                counts[t] != len(expected.get(t) or []) for t in FACT_TABLES
            ):
                bad.append(doc_id)
    return bad


# ---------------------------------------------------------------- serving while rebuilding


@dataclass
class ServeReport:
    rebuilds: int = 0
    requests: int = 0
    errors: int = 0
    document_counts: set[int] = field(default_factory=set)
    failures: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {**self.__dict__, "document_counts": sorted(self.document_counts), "failures": self.failures[:10]}


def serve_while_rebuilding(work: Path, rebuild, rounds: int, expected_counts: set[int]) -> ServeReport:
    """Request pages from ``vitrina serve`` while ``rebuild(i)`` runs ``rounds`` times."""
    import urllib.error
    import urllib.request

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from load import serve_in_process

    report = ServeReport()
    stop = threading.Event()
    paths = ["/index.json", "/", "/search.json?q=trade", "/entities.json", "/timeline.json", "/ask.json?q=Who+arrived%3F"]

    def hammer(base: str) -> None:
        n = 0
        while not stop.is_set():
            path = paths[n % len(paths)]
            n += 1
            try:
                with urllib.request.urlopen(base + path, timeout=30) as response:
                    body = response.read()
                    if path == "/index.json":
                        report.document_counts.add(json.loads(body)["totals"]["documents"])
            except (urllib.error.URLError, OSError, ValueError) as exc:
                report.errors += 1
                report.failures.append(f"{path}: {exc}")
            report.requests += 1

    db = work / "exhibit.db"
    with serve_in_process(db) as base:
        for path in paths:  # warm up first: loading the language model must not fill the race window
            with contextlib.suppress(urllib.error.URLError, OSError):
                urllib.request.urlopen(base + path, timeout=120).read()
        workers = [threading.Thread(target=hammer, args=(base,)) for _ in range(4)]
        for worker in workers:
            worker.start()
        try:
            for i in range(rounds):
                rebuild(i)
                report.rebuilds += 1
        finally:
            stop.set()
            for worker in workers:
                worker.join(60)
    unexpected = report.document_counts - expected_counts
    if unexpected:
        report.errors += 1
        report.failures.append(f"document counts from no complete build: {sorted(unexpected)}")
    return report


def cli_rebuilds(work: Path, rounds: int, files: int = 6) -> ServeReport:
    """Serve while the real CLI rebuilds the exhibit (alternating half and all inputs)."""
    paths = make_inputs(work / "inputs", files)
    db = work / "exhibit.db"
    subprocess.run([*VITRINA, "build", *map(str, paths), "--db", str(db)], check=True,
                   capture_output=True)

    def rebuild(i: int) -> None:
        chosen = paths if i % 2 else paths[: files // 2]
        subprocess.run([*VITRINA, "build", *map(str, chosen), "--db", str(db), "--fresh", "--replace-all"],
                       check=True, capture_output=True)

    return serve_while_rebuilding(work, rebuild, rounds, {files // 2, files})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--rebuilds", type=int, default=6)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="vitrina-kill-") as tmp:
        if args.kills:
            kill = kill_builds(Path(tmp) / "kill", args.kills, args.seed)
            results["kills"] = kill.as_dict()
            print(json.dumps(results["kills"], indent=1), flush=True)
        if args.rebuilds:
            serve = cli_rebuilds(Path(tmp) / "serve", args.rebuilds)
            results["serve"] = serve.as_dict()
            print(json.dumps(results["serve"], indent=1), flush=True)
    failed = any(r.get("failures") for r in results.values() if isinstance(r, dict))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
