"""Count the names replaced with no value, and choose the thresholds of ``renamed.RENAMED`` leave one set out.

    python bench/fit_renamed.py DB [--dumped BEFORE.jsonl] [--corpus-db CORPUS_DB] [--census] [--show N]

DB is a build of the seed, the essays and every pair set's panels; its stored comparisons (or ``--dumped``, an
``eval_compare.py --dump``) are the "before". Every candidate pair of sentences (``renamed.candidate_pairs``) is
read once with the loosest thresholds for the swap it holds and its evidence of one occasion; for each setting of
(``min_similarity``, ``min_words``, ``min_aligned``) the swaps meeting it are added as contradictions before the
groups and every set scored as ``eval_compare.py`` scores it. Leave one set out: for each set, the setting is
chosen on the other sets — the most annotated contradictions found with differ precision ``PRECISION`` or more (or
not lowered) on every other set and no more "not the same" pairs shown as contradictions — and the held-out set is
scored with it. ``--corpus-db``: how many contradictions each setting adds on a corpus build, and (``--show``) the
first of them for reading.

``--census``: the annotated contradictions never grouped whose two texts differ by a name
(``compare_unextracted`` "name replaced"), counted by what is swapped (the knowledge base's types of the names
only one side's annotated text writes; a demonym; a title) and by how far ``renamed`` gets with them (no sentence,
not a candidate, no predicate of one act, no role filled with the two names, not two things of one kind, the
evidence).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

PRECISION = 0.9  # the task's floor for contradictions shown, on every set
# Contradictions a setting may add on the unannotated corpus build (``--corpus-db``): those let through at looser
# settings were read one by one and all were two things told by two essays, not one occasion (docs/compare.md
# "Round 42 comparenames").
CORPUS_BUDGET = 0
SIMILARITY = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 1.01)
WORDS = (0.0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6)
ALIGNED = (1, 2)
HOW = ("role", "role+anchor")  # the role of two clauses only, or names hung on one word too
GROUPS = (False, True)  # nationalities and other groups ("the Italians") compared, or not
SETTINGS = [(s, w, a, h, g) for s in SIMILARITY for w in WORDS for a in ALIGNED for h in HOW for g in GROUPS]
Setting = tuple[float, float, int, str, bool]
LOOSE = None  # set in main: the loosest weights


def _loose():  # type: ignore[no-untyped-def]
    from vitrina.renamed import RENAMED, RenamedWeights

    return RenamedWeights(min_similarity=-1.0, min_words=0.0, min_aligned=1, max_block=RENAMED.max_block,
                          named_types=("person", "organization", "place", "group"), key_letters=RENAMED.key_letters,
                          min_keys=RENAMED.min_keys, min_prefilter=RENAMED.min_prefilter, anchored=True,
                          min_anchored=0)


def found_swaps(db: Path) -> list[tuple[dict, dict, object]]:
    """Every swap of a build at the loosest setting: (statement a, statement b as citations, the swap), kept
    in ``build/DBNAME.swaps.pickle`` for the next run."""
    import pickle

    kept = ROOT / "build" / f"{db.stem}.swaps.pickle"
    if kept.exists() and kept.stat().st_mtime > db.stat().st_mtime:
        return pickle.loads(kept.read_bytes())  # noqa: S301 - written by this script
    out = _found_swaps(db)
    kept.write_bytes(pickle.dumps(out))
    return out


def _found_swaps(db: Path) -> list[tuple[dict, dict, object]]:
    import contextlib

    from vitrina import renamed
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    out = []
    with contextlib.closing(connect_readonly(db)) as conn:
        kb = as_knowledge_base(conn)
        for x, y, swap in renamed.swaps(kb, weights=_loose()):
            out.append((_citation(x, swap.a), _citation(y, swap.b), swap))
    return out


def _citation(s, name) -> dict:  # type: ignore[no-untyped-def]
    return {"document": s.document, "text": s.text[name[0] - s.start:name[1] - s.start],
            "sentence": {"text": s.text, "start": s.start, "end": s.end}}


def _weights(setting: Setting):  # type: ignore[no-untyped-def]
    from vitrina.renamed import RENAMED, RenamedWeights

    return RenamedWeights(min_similarity=setting[0], min_words=setting[1], min_aligned=setting[2],
                          max_block=RENAMED.max_block, key_letters=RENAMED.key_letters,
                          min_keys=RENAMED.min_keys, min_prefilter=RENAMED.min_prefilter)


def passes(swap, setting: Setting) -> bool:  # type: ignore[no-untyped-def]
    from vitrina.renamed import one_occasion

    return (one_occasion(swap.evidence, _weights(setting)) and (swap.how == "anchor" or swap.aligned >= setting[2])
            and (swap.how == "role" or "anchor" in setting[3]) and (setting[4] or swap.a[3] != "group"))


def _groups(db: Path, dumped: Path | None) -> list[dict]:
    import compare_misses as M

    return M.comparisons_and_statements(db, dumped)[0]


def census(db: Path, dumped: Path | None, sets: dict[str, list[dict]]) -> None:
    """The annotated contradictions never grouped whose texts differ by a name, counted (see the module's text)."""
    import contextlib

    import compare_misses as M
    import compare_unextracted as U
    import eval_compare as E

    from vitrina import polarity, renamed
    from vitrina.clauses import place_senses
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    with contextlib.closing(connect_readonly(db)) as conn:
        kb = as_knowledge_base(conn)
        comparisons, statements = M.comparisons_and_statements(db, dumped)
        citations = [s.citation({}) for s in statements]
        sentences = list(polarity._sentences(kb))
        _S[:] = sentences
        names = polarity.names_by_document(kb, renamed.RENAMED.named_types)
        all_names = polarity.names_by_document(kb, ("person", "organization", "place", "other", "group"))
        kinds = {e.id: (e.type, e.name) for e in kb.entities()}
        places = place_senses(kb)
    by_doc: dict[str, list[int]] = {}
    for n, s in enumerate(sentences):
        by_doc.setdefault(s.document, []).append(n)
    candidates = set(renamed.candidate_pairs(sentences, names))
    swapped: Counter[str] = Counter()
    stages: Counter[str] = Counter()
    for set_name, pairs in sets.items():
        for pair in pairs:
            if pair["verdict"] != "differ" or E.predicted_verdict(comparisons, pair) != "not-grouped":
                continue
            missing = [side for side in ("a", "b") if not any(E._matches(x, pair[side]) for x in citations)]
            if not missing or U.subclass(pair, missing) != "name replaced":
                continue
            at = [_sentence_of(pair[side], sentences, by_doc) for side in ("a", "b")]
            what = _what_swapped(pair, at, all_names)
            swapped[what] += 1
            stage = _stage(at, sentences, names, kinds, places, candidates)
            stages[stage] += 1
            print(f"{set_name} {pair['id']} [{what}] [{stage}] {pair['a']['text']!r} / {pair['b']['text']!r}")
    print("swapped:", dict(swapped.most_common()), "total", sum(swapped.values()))
    print("stage:", dict(stages.most_common()))


def _sentence_of(side: dict, sentences, by_doc) -> int | None:  # type: ignore[no-untyped-def]
    import eval_compare as E

    want = E.norm(side["sentence"])[:40]
    docs = [d for d in by_doc if d == side["doc"] or d.endswith(side["doc"])]
    return next((n for d in docs for n in by_doc[d] if want in E.norm(sentences[n].text)
                 or E.norm(sentences[n].text)[:40] in E.norm(side["sentence"])), None)


def _what_swapped(pair: dict, at: list, names) -> str:  # type: ignore[no-untyped-def]
    """The types of the names within each annotated text that the other's sentence does not name."""
    import re

    import compare_unextracted as U

    from vitrina import compare as c
    from vitrina import polarity

    if None in at:
        return "sentence not found"
    found = []
    for side, n, other in (("a", at[0], at[1]), ("b", at[1], at[0])):
        others = {y[2] for y in polarity._within(names, _S[other])}
        found.append({x[3] for x in _names_in_text(pair[side], _S[n], names) if x[2] not in others})
    both = found[0] & found[1]
    if both:
        return "+".join(sorted(both))
    words = [w for side in ("a", "b") for w in U._capitalised(pair[side]["text"])]
    if any(c._pertains_to(w.lower()) for w in words):
        return "demonym/adjective"
    if U._PERSON_ROLE.search(pair["a"]["text"] + " " + pair["b"]["text"]):
        return "title"
    if found[0] or found[1]:
        return "one side named (" + "+".join(sorted(found[0] | found[1])) + ")"
    return "unlinked name" if re.search(r"[A-Z]", pair["a"]["text"][1:] + pair["b"]["text"][1:]) else "other"


_S: list = []  # the build's sentences (set by ``census``)


def _names_in_text(side: dict, sentence, names) -> list:  # type: ignore[no-untyped-def]
    """The names (of every type) within an annotated text, located in its sentence."""
    from vitrina import polarity

    at = sentence.text.lower().find(side["text"].lower())
    if at < 0:
        return []
    lo, hi = sentence.start + at, sentence.start + at + len(side["text"])
    return [x for x in polarity._within(names, sentence) if lo <= x[0] and x[1] <= hi]


def _stage(at, sentences, names, kinds, places, candidates) -> str:  # type: ignore[no-untyped-def]
    from vitrina import compare as c
    from vitrina import opposed, polarity, renamed

    if None in at:
        return "no sentence"
    i, j = sorted(at)
    x, y = sentences[i], sentences[j]
    na = tuple(n for n in polarity._within(names, x) if n[3] in renamed.RENAMED.named_types)
    nb = tuple(n for n in polarity._within(names, y) if n[3] in renamed.RENAMED.named_types)
    ia, ib = {n[2] for n in na}, {n[2] for n in nb}
    if not (ia - ib and ib - ia):
        return "no name alone on each side"
    if polarity._years_apart(x.text, y.text):
        return "years apart"
    if (i, j) not in candidates:
        return "not a candidate"
    sa, sb = (x.text, x.start), (y.text, y.start)
    found = list(renamed._aligned_swaps(sa, sb, na, nb, ia, ib, _loose()))
    found += list(renamed._anchored_swaps(sa, sb, na, nb, ia, ib))
    if not found:
        clauses_a, clauses_b = opposed._arguments(*sa, na), opposed._arguments(*sb, nb)
        if not any(c._shared_predicate((u.word,), (v.word,)) for u in clauses_a for v in clauses_b):
            return "no predicate of one act, no name hung alike"
        return "names neither in one role (other roles apart) nor hung alike"
    kept = [f for f in found if renamed.distinct(f[0], f[1], (sa, sb), kinds, places)]
    if not kept:
        return "not two things of one kind"
    ev = renamed._evidence(sa, sb, kept[0][0], kept[0][1], na, nb)
    passed = renamed.one_occasion(ev)
    return "found" if passed else f"evidence below (sim {ev[0]:.2f} words {ev[2]:.2f} apart {ev[3]})"


def main() -> None:
    from eval_compare import predicted_verdict, score

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--dumped", type=Path)
    parser.add_argument("--corpus-db", type=Path)
    parser.add_argument("--corpus-dumped", type=Path)
    parser.add_argument("--census", action="store_true")
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument("--all", action="store_true", help="print every setting's pooled figures")
    parser.add_argument("--setting", help="similarity,words,aligned: the corpus pairs shown are this setting's")
    args = parser.parse_args()
    folder = ROOT / "bench" / "annotations"
    names = sorted((p.stem for p in folder.glob("pairs*.jsonl")),
                   key=lambda s: int(s.split("_v")[1]) if "_v" in s else 1)
    sets = {n: [json.loads(line) for line in (folder / f"{n}.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()] for n in names}
    if args.census:
        census(args.db, args.dumped, sets)
        return
    before = _groups(args.db, args.dumped)
    swaps = found_swaps(args.db)
    print(f"{len(swaps)} swaps at the loosest setting", file=sys.stderr)
    told = set()
    for g in before:
        if g["verdict"] == "differ":
            told |= {frozenset({(x["document"], x["sentence"]["start"]), (y["document"], y["sentence"]["start"])})
                     for x in g["statements"] for y in g["statements"] if x["document"] != y["document"]}

    def new_groups(setting: Setting | None) -> list[dict]:
        if setting is None:
            return []
        return [{"kind": "participant", "verdict": "differ", "statements": [a, b],
                 "reasons": [{"a": 0, "b": 1, "relation": "differ"}]} for a, b, s in swaps
                if passes(s, setting) and frozenset({(a["document"], a["sentence"]["start"]),
                                                     (b["document"], b["sentence"]["start"])}) not in told]

    corpus_swaps: list = found_swaps(args.corpus_db) if args.corpus_db else []

    @cache
    def in_corpus(setting: Setting) -> int:
        return sum(1 for *_x, s in corpus_swaps if passes(s, setting))

    rows: dict[Setting | None, dict[str, list[tuple[str, str]]]] = {}
    base = {n: [(p["verdict"], predicted_verdict(before, p)) for p in pairs] for n, pairs in sets.items()}
    loosest = new_groups((-1.0, 0.0, 1, "role+anchor", True))
    hit = {n: [[k for k, g in enumerate(loosest) if predicted_verdict([g], p) != "not-grouped"] for p in pairs]
           for n, pairs in sets.items()}  # the swaps (of the loosest setting) each pair is read from
    rows[None] = base
    for setting in SETTINGS:
        kept = {k for k, (_a, _b, sw) in enumerate(x for x in swaps if frozenset(
            {(x[0]["document"], x[0]["sentence"]["start"]), (x[1]["document"], x[1]["sentence"]["start"])})
            not in told) if passes(sw, setting)}
        rows[setting] = {n: [(gold, "differ" if set(hit[n][i]) & kept else got) for i, (gold, got) in enumerate(base[n])]
                         for n in sets}

    def not_same(r: list[tuple[str, str]]) -> int:
        return sum(1 for g, p in r if g == "not-same" and p == "differ")

    @cache
    def per_set(setting: Setting, n: str) -> tuple[bool, int]:
        r = rows[setting][n]
        s = score(r)["differ"]
        fine = s["precision"] >= PRECISION or s["precision"] >= score(rows[None][n])["differ"]["precision"]
        fine &= not_same(r) <= not_same(rows[None][n])
        return fine, sum(1 for g, p in r if g == p == "differ")

    @cache
    def ok_and_found(setting: Setting, held: str | None) -> tuple[bool, int]:
        found = [per_set(setting, n) for n in rows[setting] if n != held]
        ok = all(f for f, _h in found) and in_corpus(setting) <= CORPUS_BUDGET
        return ok, sum(h for _f, h in found)


    def best(held: str | None) -> Setting | None:
        # the most found, then the strictest evidence
        chosen = max(SETTINGS, key=lambda st: (ok_and_found(st, held)[0], ok_and_found(st, held)[1], st[0], st[1],
                                               st[2], st[3] == "role", not st[4]))
        return chosen if ok_and_found(chosen, held)[0] else None

    pooled_before, pooled_after = [], []
    for n in names:
        chosen = best(n)
        b, a = score(rows[None][n]), score(rows[chosen][n] if chosen else rows[None][n])
        pooled_before += rows[None][n]
        pooled_after += rows[chosen][n] if chosen else rows[None][n]
        print(f"{n:10} setting {chosen}: differ P {b['differ']['precision']:.2f} R {b['differ']['recall']:.2f} → "
              f"P {a['differ']['precision']:.2f} R {a['differ']['recall']:.2f}; agree R {b['agree']['recall']:.2f} "
              f"→ {a['agree']['recall']:.2f}; not-same shown as a contradiction {not_same(rows[None][n])} → "
              f"{not_same(rows[chosen][n]) if chosen else not_same(rows[None][n])}")
    b, a = score(pooled_before), score(pooled_after)
    print(f"pooled, leave one set out: differ P {b['differ']['precision']:.3f} R {b['differ']['recall']:.3f} "
          f"({sum(1 for g, p in pooled_before if g == p == 'differ')}) → P {a['differ']['precision']:.3f} "
          f"R {a['differ']['recall']:.3f} ({sum(1 for g, p in pooled_after if g == p == 'differ')})")
    whole = best(None)
    print(f"setting chosen on every set: {whole}")
    for setting in [st for st in SETTINGS if st[2] == 2 or args.all]:
        pooled = [x for n in names for x in rows[setting][n]]
        s = score(pooled)["differ"]
        print(f"  {setting}: differ P {s['precision']:.3f} R {s['recall']:.3f} "
              f"({sum(1 for g, p in pooled if g == p == 'differ')} of {s['gold']}, {s['predicted']} shown), "
              f"ok {ok_and_found(setting, None)[0]}, not-same {sum(not_same(rows[setting][n]) for n in names)}, "
              f"corpus {in_corpus(setting)}")
    parts = args.setting.split(",") if args.setting else None
    shown = (float(parts[0]), float(parts[1]), int(parts[2]), parts[3], parts[4] == "groups") if parts else whole
    if shown:
        setting = shown
        for a_, b_, s in [x for x in corpus_swaps if passes(x[2], setting)][:args.show]:
            print(f"\n[{s.role} {s.predicates}] {s.evidence}\n  A {a_['document'][:30]} «{a_['text']}» "
                  f"{a_['sentence']['text']}\n  B {b_['document'][:30]} «{b_['text']}» {b_['sentence']['text']}")


if __name__ == "__main__":
    main()
