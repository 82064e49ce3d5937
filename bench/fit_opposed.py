"""Choose the clause alignment's thresholds of ``vitrina.opposed`` leave one annotated pair set out.

    python bench/fit_opposed.py DB BEFORE.jsonl [--cache FILE] [--sets pairs,pairs_v2,...]

BEFORE.jsonl is ``eval_compare.py --recompute --dump`` of the code without the stage. Every candidate sentence
pair of ``opposed.candidate_pairs`` on the database is aligned once: for each pair of incompatible predicates
(neither or both negated), the roles aligned and apart (``opposed.aligned``); kept in ``--cache``. For each
setting of (``min_aligned``, ``max_apart``) the stage's comparisons are added to the groups of BEFORE (a
sentence pair BEFORE already shows as a contradiction is left to it, as the pipeline's ``told`` does) and every
set scored as ``eval_compare.py`` scores it. Leave one set out: for each set, the setting is chosen on the other
sets — the most annotated contradictions found with precision ``PRECISION`` or more on every other set family
and no "not the same" pair shown as a contradiction — and the held-out set is scored with it.
Printed: per set, differ / agree P and R before and with its fold's setting; the settings chosen.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

PRECISION = 0.95  # the task's floor for contradictions shown, on every set
SETTINGS = [(aligned, apart) for aligned in (1, 2, 3) for apart in (0, 1)]


def _candidates(db: Path, cache: Path | None) -> list[dict]:
    """Each candidate pair's sentences and, per incompatible predicate pair, (aligned, apart, spans)."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    from vitrina import opposed, polarity
    from vitrina.compare import document_titles
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    out = []
    with contextlib.closing(connect_readonly(db)) as conn:
        kb = as_knowledge_base(conn)
        w = opposed.OPPOSED
        sentences = list(polarity._sentences(kb))
        names = polarity.names_by_document(kb, w.named_types)
        titles = document_titles(kb)
        for i, j in opposed.candidate_pairs(sentences, names, w):
            x, y = sentences[i], sentences[j]
            if polarity._years_apart(x.text, y.text):
                continue
            found = []
            if not opposed.may_oppose(x.text, y.text):
                continue
            for a in opposed._arguments(x.text, x.start, tuple(polarity._within(names, x))):
                for b in opposed._arguments(y.text, y.start, tuple(polarity._within(names, y))):
                    if a.negated == b.negated and opposed.incompatible(a.word, b.word):
                        found.append((*opposed.aligned(a, b), a.span, b.span))
            if found:
                out.append({"x": x, "y": y, "found": found, "titles": titles})
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def _groups(candidates: list[dict], setting: tuple[int, int], told: set) -> list[dict]:
    """The stage's comparisons (as ``comparisons_json`` writes them) under one setting."""
    from vitrina import compare as c
    from vitrina import polarity

    out = []
    for cand in candidates:
        x, y = cand["x"], cand["y"]
        if frozenset({(x.document, (x.start, x.end)), (y.document, (y.start, y.end))}) in told:
            continue
        hit = next((f for f in cand["found"] if f[0] >= setting[0] and f[1] <= setting[1]), None)
        if hit is None:
            continue
        sa, sb = polarity._statement(x, hit[2]), polarity._statement(y, hit[3])
        comparison = c.Comparison("", "outcome", "", (), [sa, sb], "differ", "one act told in two clauses",
                                  [{"a": 0, "b": 1, "relation": "differ", "reason": ""}])
        out += c.comparisons_json([comparison], cand["titles"])
    return out


def _told(before: list[dict]) -> set:
    """Sentence pairs BEFORE shows as contradictions."""
    out = set()
    for g in before:
        for r in g["reasons"]:
            if r["relation"] == "differ":
                a, b = g["statements"][r["a"]], g["statements"][r["b"]]
                out.add(frozenset({(a["document"], (a["sentence"]["start"], a["sentence"]["end"])),
                                   (b["document"], (b["sentence"]["start"], b["sentence"]["end"]))}))
    return out


def _predictor(groups: list[dict]):  # type: ignore[no-untyped-def]
    """``eval_compare.predicted_verdict`` over ``groups``, looking only at the groups citing the pair's first
    document (the same answer, found faster)."""
    from eval_compare import predicted_verdict

    by_doc: dict[str, list[int]] = {}
    for n, g in enumerate(groups):
        for st in g["statements"]:
            by_doc.setdefault(st["document"], []).append(n)

    def predict(pair: dict) -> str:
        wanted = pair["a"]["doc"]
        found = sorted({n for d, ns in by_doc.items() if d == wanted or d.endswith(wanted) for n in ns})
        return predicted_verdict([groups[n] for n in found], pair)

    return predict


def main() -> None:
    from eval_compare import score

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("before", type=Path)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--sets", help="comma-separated pair set names (default: every pairs*.jsonl)")
    args = parser.parse_args()
    folder = ROOT / "bench" / "annotations"
    names = args.sets.split(",") if args.sets else sorted(
        (p.stem for p in folder.glob("pairs*.jsonl")), key=lambda s: int(s.split("_v")[1]) if "_v" in s else 1)
    sets = {n: [json.loads(line) for line in (folder / f"{n}.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()] for n in names}
    before = [json.loads(line) for line in args.before.read_text(encoding="utf-8").splitlines() if line.strip()]
    candidates = _candidates(args.db, args.cache)
    print(f"{len(candidates)} candidate pairs with incompatible predicates", file=sys.stderr)
    told = _told(before)
    rows: dict[tuple[int, int] | None, dict[str, list[tuple[str, str]]]] = {}
    predicted_before = _predictor(before)
    rows[None] = {n: [(p["verdict"], predicted_before(p)) for p in pairs] for n, pairs in sets.items()}
    for setting in SETTINGS:
        # the stage's groups come before the roles' and clauses' in the pipeline: a pair they hold is theirs
        added = _groups(candidates, setting, told)
        predicted = _predictor(added)
        rows[setting] = {n: [(p["verdict"], got if (got := predicted(p)) != "not-grouped" else old[1])
                             for p, old in zip(pairs, rows[None][n], strict=True)] for n, pairs in sets.items()}
        print(f"setting {setting}: {len(added)} groups added", file=sys.stderr)

    def ok_and_found(setting: tuple[int, int], held: str) -> tuple[bool, int]:
        hits, fine = 0, True
        for n, r in rows[setting].items():
            if n == held:
                continue
            s = score(r)["differ"]
            fine &= s["precision"] >= PRECISION or s["precision"] >= score(rows[None][n])["differ"]["precision"]
            fine &= sum(1 for g, p in r if g == "not-same" and p == "differ") <= sum(
                1 for g, p in rows[None][n] if g == "not-same" and p == "differ")
            hits += sum(1 for g, p in r if g == p == "differ")
        return fine, hits

    pooled_before, pooled_after = [], []
    for n in names:
        best = max(SETTINGS, key=lambda st: (ok_and_found(st, n)[0], ok_and_found(st, n)[1], st[0], -st[1]))
        chosen = best if ok_and_found(best, n)[0] else None
        b, a = score(rows[None][n]), score(rows[chosen][n])
        pooled_before += rows[None][n]
        pooled_after += rows[chosen][n]
        ns_b = sum(1 for g, p in rows[None][n] if g == "not-same" and p == "differ")
        ns_a = sum(1 for g, p in rows[chosen][n] if g == "not-same" and p == "differ")
        print(f"{n:10} setting {chosen}: differ P {b['differ']['precision']:.2f} R {b['differ']['recall']:.2f} → "
              f"P {a['differ']['precision']:.2f} R {a['differ']['recall']:.2f}; agree P {b['agree']['precision']:.2f} "
              f"R {b['agree']['recall']:.2f} → P {a['agree']['precision']:.2f} R {a['agree']['recall']:.2f}; "
              f"not-same shown as a contradiction {ns_b} → {ns_a}")
    b, a = score(pooled_before), score(pooled_after)
    print(f"pooled, leave one set out: differ P {b['differ']['precision']:.3f} R {b['differ']['recall']:.3f} "
          f"({sum(1 for g, p in pooled_before if g == p == 'differ')}) → P {a['differ']['precision']:.3f} "
          f"R {a['differ']['recall']:.3f} ({sum(1 for g, p in pooled_after if g == p == 'differ')})")
    for setting in SETTINGS:
        pooled = [x for n in names for x in rows[setting][n]]
        s = score(pooled)["differ"]
        print(f"  all sets with {setting}: differ P {s['precision']:.3f} R {s['recall']:.3f} "
              f"({sum(1 for g, p in pooled if g == p == 'differ')} of {s['gold']}, {s['predicted']} shown)")


if __name__ == "__main__":
    main()
