"""The comparisons stage alone on varied copies of the essays: peak RSS, time and its entries' digest.

    .venv/bin/python bench/compare_rss.py [--factors 1,2,4] [--dir build/compare-rss] [--json FILE]

For each factor, the essays' varied copies (``bench/scale.py``'s ``vary``: new ids, each
section's paragraphs rotated) are built once without the derive stages (kept in ``--dir``
and reused), then the comparisons (``vitrina.compare:store_comparisons``) run on that
exhibit in their own interpreter, as a build of 500+ documents runs them
(``vitrina.store.apart``). Measured: the stage's wall and CPU seconds and peak RSS
(``getrusage`` of the child), and the SHA-256 of its entries, so two versions of the code
can be checked for the same output on the same input.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import DEFAULT_CORPUS, make_variants  # noqa: E402

STAGE = "vitrina.compare:store_comparisons"
TIME = "/usr/bin/time"  # GNU time: the child's own peak RSS and CPU seconds


def exhibit(corpus: Path, factor: int, where: Path) -> Path:
    """The varied copies' exhibit without derive stages (built once)."""
    db = where / f"varied-{factor}x.db"
    if db.exists():
        return db
    from vitrina import pipeline

    pipeline.derive_stages = lambda: ()  # type: ignore[assignment]
    files = make_variants(corpus, factor, where / f"varied-{factor}x")
    started = time.perf_counter()
    report = pipeline.build([files], db, fresh=True, jobs=2)
    print(f"built {factor}x: {report.documents} documents in {time.perf_counter() - started:.0f} s", flush=True)
    return db


def comparisons(db: Path) -> dict[str, object]:
    """Run the stage in a child, as a large build does; its peak RSS, time and output digest."""
    fd, out = tempfile.mkstemp(suffix=".entries", dir=db.parent)
    os.close(fd)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    timing = out + ".time"
    started = time.perf_counter()
    done = subprocess.run([TIME, "-f", "%M %U %S", "-o", timing, sys.executable, "-m", "vitrina.store.apart",
                           STAGE, str(db), out], env=env, check=False)
    wall = time.perf_counter() - started
    rss_kb, user, system = Path(timing).read_text().split()[-3:]
    os.unlink(timing)
    digest = hashlib.sha256()
    with sqlite3.connect(out) as conn:
        entries = 0
        for key, value in conn.execute("SELECT key, value FROM entries ORDER BY n"):
            digest.update(f"{key}\0{value}\0".encode())
            entries += 1
        failure = conn.execute("SELECT message FROM failure").fetchone()
    os.unlink(out)
    with sqlite3.connect(db) as conn:
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    return {"documents": documents, "returncode": done.returncode, "failure": failure and failure[0],
            "wall_s": round(wall, 1),
            "cpu_s": round(float(user) + float(system), 1), "peak_rss_mb": round(int(rss_kb) / 1024, 1), "entries": entries, "sha256": digest.hexdigest(),
            "load": os.getloadavg()[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factors", default="1,2,4")
    parser.add_argument("--dir", type=Path, default=Path("build/compare-rss"))
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for factor in (int(f) for f in args.factors.split(",")):
        db = exhibit(args.corpus, factor, args.dir)
        if args.build_only:
            continue
        row = comparisons(db)
        row["factor"] = factor
        print(json.dumps(row), flush=True)
        rows.append(row)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
