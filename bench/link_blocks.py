"""Blocked linking against the all-pairs reference, on the analyses of a built exhibit.

    .venv/bin/python bench/link_blocks.py DB [--copies 1,4] [--dump FILE]

For each ``--copies`` factor the analyses of DB (a SQLite exhibit) are linked
``factor`` times over (copy c: new id and source, c trailing spaces on the
text, so copies link by their names, not as the same text, as in
``bench/scale.py --links``), once with the blocked candidates of
``link.resolve`` and once with ``all_pairs=True``. Printed: the time of
each, and every difference in the global entities (ids, names, aliases,
merges with their evidence) and in the per-document mappings; "identical"
when there is none. ``--dump`` writes the blocked result as JSON, to diff
against another version of ``link.py`` (run with its ``src`` on the path and
``--blocked-only``). ``--steps`` times the blocked linking's steps (CPU seconds).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sqlite3
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any


def summaries(db: Path, copies: int) -> list[Any]:
    from vitrina.link import summarize
    from vitrina.serialize import document_from_dict

    out = []
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        rows = [raw for (raw,) in conn.execute("SELECT analysis FROM documents ORDER BY ordinal")]
    for c in range(copies):
        for raw in rows:
            doc = document_from_dict(json.loads(raw))
            out.append(summarize(doc.evolve(id=f"{doc.id}-c{c}", source=f"{doc.source}-c{c}",
                                            text=doc.text + " " * c)))
    return out


def result(summaries_: list[Any], all_pairs: bool) -> tuple[dict[str, Any], float]:
    from vitrina.link import resolve

    started = time.perf_counter()
    mappings, entities = resolve(summaries_, all_pairs=True) if all_pairs else resolve(summaries_)
    seconds = time.perf_counter() - started
    return {"entities": {e.id: json.loads(json.dumps(asdict(e))) for e in entities},
            "mappings": [dict(sorted(m.items())) for m in mappings]}, seconds


STEPS = ("_merge_people", "_merge_lone_surnames", "_merge_acronyms", "_build")


def time_steps() -> dict[str, float]:
    """Wrap ``resolve``'s steps to add up their CPU seconds in the dict returned."""
    import vitrina.link as link

    spent: dict[str, float] = {}
    def timed(step: Any, name: str) -> Any:
        def run(*a: Any, **k: Any) -> Any:
            started = time.process_time()
            try:
                return step(*a, **k)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - started
        return run

    for name in STEPS:
        setattr(link, name, timed(getattr(link, name), name))
    return spent


def differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Every entity or mapping that differs between two results, one line each."""
    out = [f"entity only in blocked: {i}" for i in sorted(set(a["entities"]) - set(b["entities"]))]
    out += [f"entity only in all-pairs: {i}" for i in sorted(set(b["entities"]) - set(a["entities"]))]
    for i in sorted(set(a["entities"]) & set(b["entities"])):
        for field, value in a["entities"][i].items():
            if b["entities"][i].get(field) != value:
                out.append(f"{i}.{field}: {value!r} != {b['entities'][i].get(field)!r}")
    for d, (ma, mb) in enumerate(zip(a["mappings"], b["mappings"], strict=True)):
        out += [f"document {d} {local}: {ma.get(local)} != {mb.get(local)}"
                for local in sorted(set(ma) | set(mb)) if ma.get(local) != mb.get(local)]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--copies", default="1")
    ap.add_argument("--dump", type=Path, help="write the blocked result (last factor) here")
    ap.add_argument("--blocked-only", action="store_true", help="no all-pairs reference (another link.py)")
    ap.add_argument("--against", type=Path, help="diff the blocked result with a --dump of another version")
    ap.add_argument("--steps", action="store_true", help="CPU seconds of the blocked linking's steps")
    args = ap.parse_args(argv)
    spent = time_steps() if args.steps else None
    status = 0
    for factor in (int(f) for f in args.copies.split(",")):
        summ = summaries(args.db, factor)
        if spent is not None:
            spent.clear()
        cpu = time.process_time()
        blocked, t_blocked = result(summ, False)
        line = f"{factor}x: {len(summ):,} documents, {len(blocked['entities']):,} entities; blocked {t_blocked:.2f} s"
        if spent is not None:
            line += f" ({time.process_time() - cpu:.2f} CPU s; " + ", ".join(
                f"{k.strip('_')} {v:.2f}" for k, v in spent.items()) + ")"
        if not args.blocked_only:
            reference, t_all = result(summ, True)
            diff = differences(blocked, reference)
            line += f", all-pairs {t_all:.2f} s; " + ("identical" if not diff else f"{len(diff)} differences")
            status |= bool(diff)
            print(line, *diff[:50], sep="\n")
        else:
            print(line)
        if args.against:
            diff = differences(blocked, json.loads(args.against.read_text(encoding="utf-8")))
            print(f"against {args.against}: " + ("identical" if not diff else f"{len(diff)} differences"),
                  *diff[:50], sep="\n")
            status |= bool(diff)
        if args.dump:
            args.dump.write_text(json.dumps(blocked), encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
