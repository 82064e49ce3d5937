"""Choose the thresholds of one occasion (``compare.OCCASION``) leave one annotated pair set out.

    python bench/fit_occasion.py DB BEFORE.jsonl [--corpus CORPUS_BEFORE.jsonl --corpus-db CORPUS_DB] [--sets ...]

BEFORE.jsonl is ``eval_compare.py --recompute --dump`` of the code with the occasion test switched off
(``OCCASION.min_similarity`` above 1). Every pair of statements it shows *uncertain* (incompatible values, maybe
another act) is read once for the evidence ``compare._occasion_evidence`` gives: the two sentences' likeness in
meaning (``vitrina.semantic``), the entity ids both sentences name, and whether the years they write besides the
two values are apart. For each setting of (``min_similarity``, ``min_shared``) the pairs meeting it are shown as
contradictions and every set scored as ``eval_compare.py`` scores it. Leave one set out: for each set, the setting
is chosen on the other sets — the most annotated contradictions found with differ precision ``PRECISION`` or more
(or not lowered) on every other set and no more "not the same" pairs shown as contradictions — and the held-out set
is scored with it. With ``--corpus``: how many uncertain pairs of a corpus build each setting turns into
contradictions, and the first of them for reading.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

PRECISION = 0.9  # the task's floor for contradictions shown, on every set
# Pairs of the unannotated corpus build (``--corpus``) a setting may turn into contradictions: its uncertain pairs,
# read at looser settings, were two acts (a second return, another treaty ratified, a caption's span), not one
# occasion told two ways.
CORPUS_BUDGET = 0
SIMILARITY = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01)
SHARED = (0, 1, 2, 3)
WORDS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
ACT = (True,)  # a phase of one thing, a signing and its ratification: two acts (the rules' standing tests)
SETTINGS = [(s, n, w, a) for s in SIMILARITY for n in SHARED for w in WORDS for a in ACT]
Setting = tuple[float, int, float, bool]


def _uncertain(db: Path, groups: list[dict]) -> list[tuple[int, int, tuple]]:
    """Each uncertain reason of ``groups`` (group, reason index) of a kind the test reads (``OCCASION.kinds``)
    with its evidence of one occasion."""
    from vitrina import compare as c
    from vitrina import polarity
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    with contextlib.closing(connect_readonly(db)) as conn:
        kb = as_knowledge_base(conn)
        names = polarity.names_by_document(kb, c.OCCASION.named_types)
    wanted = [(g, r) for g, group in enumerate(groups) for r, reason in enumerate(group["reasons"])
              if reason["relation"] == "uncertain" and group["kind"] in c.OCCASION.kinds
              and _norm(group["statements"][reason["a"]]["text"]) != _norm(group["statements"][reason["b"]]["text"])]
    out = []
    for g, r in wanted:
        reason = groups[g]["reasons"][r]
        a, b = groups[g]["statements"][reason["a"]], groups[g]["statements"][reason["b"]]
        out.append((g, r, c.occasion_evidence(_side(a, names), _side(b, names))))
    return out


def _norm(text: str) -> str:
    from vitrina.compare import _norm as norm

    return norm(text)


def _side(st: dict, names: dict) -> tuple[str, int, tuple[int, int], frozenset[tuple[int, str, str]]]:
    from vitrina.compare import names_in

    sentence = st["sentence"]
    return (sentence["text"], sentence["start"], (st["start"], st["end"]),
            names_in(names.get(st["document"], []), sentence["start"], sentence["end"]))


def _weights(setting: Setting):  # type: ignore[no-untyped-def]
    from vitrina.compare import OccasionWeights

    return OccasionWeights(min_similarity=setting[0], min_shared=setting[1], min_words=setting[2],
                           same_act=setting[3])


def _matched(groups: list[dict], pair: dict, by_doc: dict[str, list[int]]) -> tuple[str, tuple[int, int] | None]:
    """The pair's verdict in ``groups`` (as ``eval_compare.predicted_verdict``) and the (group, reason) it is read
    from: the occasion test changes relations, never groups, so the reason a pair is read from stays."""
    from eval_compare import PREDICTED, _matches

    wanted = pair["a"]["doc"]
    for n in sorted({n for d, ns in by_doc.items() if d == wanted or d.endswith(wanted) for n in ns}):
        group = groups[n]
        found_a = [i for i, s in enumerate(group["statements"]) if _matches(s, pair["a"])]
        found_b = [i for i, s in enumerate(group["statements"]) if _matches(s, pair["b"])]
        for k, rel in enumerate(group["reasons"]):
            if (rel["a"] in found_a and rel["b"] in found_b) or (rel["a"] in found_b and rel["b"] in found_a):
                return PREDICTED[rel["relation"]], (n, k)
    return "not-grouped", None


def main() -> None:
    from eval_compare import score

    from vitrina.compare import one_occasion

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("before", type=Path)
    parser.add_argument("--corpus", type=Path, help="a corpus build's groups (eval_compare.py --dump)")
    parser.add_argument("--corpus-db", type=Path)
    parser.add_argument("--sets", help="comma-separated pair set names (default: every pairs*.jsonl)")
    parser.add_argument("--show", type=int, default=40, help="corpus pairs printed for the chosen setting")
    parser.add_argument("--all", action="store_true", help="print every setting's pooled figures")
    parser.add_argument("--setting", help="similarity,shared,words[,act]: the corpus pairs printed are this setting's")
    args = parser.parse_args()
    folder = ROOT / "bench" / "annotations"
    names = args.sets.split(",") if args.sets else sorted(
        (p.stem for p in folder.glob("pairs*.jsonl")), key=lambda s: int(s.split("_v")[1]) if "_v" in s else 1)
    sets = {n: [json.loads(line) for line in (folder / f"{n}.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()] for n in names}
    before = [json.loads(line) for line in args.before.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = _uncertain(args.db, before)
    evidence = {(g, r): ev for g, r, ev in found}
    print(f"{len(found)} uncertain pairs of the kinds read", file=sys.stderr)
    by_doc: dict[str, list[int]] = {}
    for n, g in enumerate(before):
        for st in g["statements"]:
            by_doc.setdefault(st["document"], []).append(n)
    matched = {n: [(p["verdict"], *_matched(before, p, by_doc)) for p in pairs] for n, pairs in sets.items()}
    rows: dict[Setting | None, dict[str, list[tuple[str, str]]]] = {
        None: {n: [(gold, got) for gold, got, _at in m] for n, m in matched.items()}}
    for setting in SETTINGS:
        w = _weights(setting)
        rows[setting] = {n: [(gold, "differ" if at in evidence and one_occasion(evidence[at], w) else got)
                             for gold, got, at in m] for n, m in matched.items()}

    def not_same(r: list[tuple[str, str]]) -> int:
        return sum(1 for g, p in r if g == "not-same" and p == "differ")

    @cache
    def ok_and_found(setting: Setting, held: str | None) -> tuple[bool, int]:
        hits, fine = 0, True
        for n, r in rows[setting].items():
            if n == held:
                continue
            s = score(r)["differ"]
            fine &= s["precision"] >= PRECISION or s["precision"] >= score(rows[None][n])["differ"]["precision"]
            fine &= not_same(r) <= not_same(rows[None][n])
            hits += sum(1 for g, p in r if g == p == "differ")
        return fine, hits

    cfound: list = []
    corpus: list[dict] = []
    if args.corpus and args.corpus_db:
        corpus = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        cfound = _uncertain(args.corpus_db, corpus)

    @cache
    def in_corpus(setting: Setting) -> int:
        w = _weights(setting)
        return sum(1 for *_x, ev in cfound if one_occasion(ev, w))

    def best(held: str | None) -> Setting | None:
        # the most found within the corpus budget, then the strictest evidence
        chosen = max(SETTINGS, key=lambda st: (ok_and_found(st, held)[0] and in_corpus(st) <= CORPUS_BUDGET,
                                               ok_and_found(st, held)[1], st[3], st[0], st[2], st[1]))
        return chosen if ok_and_found(chosen, held)[0] and in_corpus(chosen) <= CORPUS_BUDGET else None

    def below(setting: Setting) -> list[str]:
        return [n for n, r in rows[setting].items() if score(r)["differ"]["precision"] < min(
            PRECISION, score(rows[None][n])["differ"]["precision"])]

    pooled_before, pooled_after = [], []
    for n in names:
        chosen = best(n)
        b, a = score(rows[None][n]), score(rows[chosen][n])
        pooled_before += rows[None][n]
        pooled_after += rows[chosen][n]
        print(f"{n:10} setting {chosen}: differ P {b['differ']['precision']:.2f} R {b['differ']['recall']:.2f} → "
              f"P {a['differ']['precision']:.2f} R {a['differ']['recall']:.2f}; agree P {b['agree']['precision']:.2f} "
              f"R {b['agree']['recall']:.2f} → P {a['agree']['precision']:.2f} R {a['agree']['recall']:.2f}; "
              f"not-same shown as a contradiction {not_same(rows[None][n])} → {not_same(rows[chosen][n])}")
    b, a = score(pooled_before), score(pooled_after)
    print(f"pooled, leave one set out: differ P {b['differ']['precision']:.3f} R {b['differ']['recall']:.3f} "
          f"({sum(1 for g, p in pooled_before if g == p == 'differ')}) → P {a['differ']['precision']:.3f} "
          f"R {a['differ']['recall']:.3f} ({sum(1 for g, p in pooled_after if g == p == 'differ')}); "
          f"agree R {b['agree']['recall']:.3f} → {a['agree']['recall']:.3f}")
    whole = best(None)
    print(f"setting chosen on every set: {whole}")
    for setting in SETTINGS if args.all else [s for s in SETTINGS if ok_and_found(s, None)[0]]:
        pooled = [x for n in names for x in rows[setting][n]]
        s = score(pooled)["differ"]
        w = _weights(setting)
        print(f"  all sets with {setting}: differ P {s['precision']:.3f} R {s['recall']:.3f} "
              f"({sum(1 for g, p in pooled if g == p == 'differ')} of {s['gold']}, {s['predicted']} shown), "
              f"ok {ok_and_found(setting, None)[0]} (below: {','.join(below(setting)) or '-'}), "
              f"not-same {sum(not_same(rows[setting][n]) for n in names)}, "
              f"corpus {sum(1 for *_x, ev in cfound if one_occasion(ev, w))} of {len(cfound)}")
    shown = (*(float(x) for x in args.setting.split(",")[:3]), args.setting.endswith("act")) if args.setting else whole
    if shown is not None and cfound:
        w = _weights((shown[0], int(shown[1]), shown[2], shown[3]))
        for g, r, ev in [x for x in cfound if one_occasion(x[2], w)][:args.show]:
            reason = corpus[g]["reasons"][r]
            sa, sb = corpus[g]["statements"][reason["a"]], corpus[g]["statements"][reason["b"]]
            print(f"\n[{corpus[g]['kind']}] {ev}\n  A {sa['document'][:30]} «{sa['text']}» {sa['sentence']['text']}"
                  f"\n  B {sb['document'][:30]} «{sb['text']}» {sb['sentence']['text']}")


if __name__ == "__main__":
    main()
