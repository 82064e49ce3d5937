"""Fit the weights of `vitrina.identity` (one act told in two documents) leave one annotated set out.

    python bench/fit_identity.py DB [--sets pairs,pairs_v2,...] [--out FOLDS.json] [--cache FILE]
    python bench/fit_identity.py DB --group-only --cache FILE [--group-features a,b,...] [--contradict]

DB is a database built with the seed, the essays and every set's panels. For each annotated pair
(bench/annotations/pairs*.jsonl) whose two statements are two dates or two amounts of one unit, the
features of `vitrina.identity.features` are computed; the label is "one act" (agree, more precise,
differ) or not (not the same thing). Background pairs (candidate pairs of two corpus documents, no
panel, that no rule links) are added as "not the same thing": the annotated pairs were chosen because
they look alike, the collection's candidate pairs mostly share a name and nothing else.

For each set held out, a logistic regression is fitted on the other sets and the background, and its
threshold chosen on them: the higher of the one maximising F0.5 of "one act" over the training pairs
no rule of `vitrina.compare` links and the one letting 1 % of the background through. The held-out set
is then scored pair by pair: a pair a rule links keeps the verdict of the rules alone, another is
grouped when its score reaches the threshold (its relation shown; incompatible values uncertain).
That is a pair-level estimate; the pipeline figure comes from recomputing the comparisons with each
fold's weights (`--out` writes them; `bench/eval_compare.py --recompute --identity-weights FILE:SET`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import pickle
import sys
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

# Every annotated pair set (pairs, pairs_v2, …), in the order of their rounds.
SETS = tuple(sorted((p.stem for p in (ROOT / "bench" / "annotations").glob("pairs*.jsonl")),
                    key=lambda n: int(n.removeprefix("pairs_v")) if n != "pairs" else 1))
# L2 penalty of the logistic regression, and its gradient steps.
RIDGE = 0.05
STEPS = 3000
RATE = 0.5
# F-beta the grouping threshold maximises: precision weighs more (a pair grouped wrongly clutters every page).
GROUP_BETA = 0.5
# Candidate pairs of two corpus documents kept at most as background "not the same thing", the pairs drawn per pair
# kept (most are not comparable, or a rule links them), and the sampler's seed.
BACKGROUND_PAIRS = 2000
BACKGROUND_DRAWS = 30
BACKGROUND_SEED = 7
# Share of the background pairs the grouping threshold may let through at most (a pair of two documents that only
# shares a key is grouped at most once in a hundred).
BACKGROUND_RATE = 0.01
# Names in one role and one act given two dates (``vitrina.roles``): the share of the background candidate pairs (two
# corpus documents) the contradiction threshold may let through at most — none: each would be a contradiction shown
# between two essays, and at 0.05 % half of those shown on the database were false —, and the share the uncertain
# threshold may.
ROLE_BACKGROUND_RATE = 0.0
ROLE_UNCERTAIN_RATE = 0.005
# One sentence retold with an outcome turned round or a filler replaced (``vitrina.polarity``): the longest replaced
# stretches, the levels of WordNet kinds above a name's, the alignment shares and the fewest aligned words tried.
OUTCOME_REPLACED = (2, 3, 4, 5, 6)
OUTCOME_SHARES = tuple(round(0.3 + 0.05 * k, 2) for k in range(13))
OUTCOME_WORDS = (4, 5, 6, 7, 8)
OUTCOME_LEVELS = (0, 1, 2)


def _rows(db: Path, sets: list[str], cache: Path | None) -> list[dict]:

    import eval_compare as E

    from vitrina import compare as C
    from vitrina import identity as I
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    fitted = I.WEIGHTS  # the rules alone: the scores group nothing while the rows are read
    I.WEIGHTS = _rules_alone(fitted)
    with contextlib.closing(connect_readonly(db)) as conn:
        kb = as_knowledge_base(conn)
        comparisons = C.comparisons_json(C.compare(kb), C.document_titles(kb))
        if cache and cache.exists():
            statements = pickle.loads(cache.read_bytes())
        else:
            kinds = {e.id: (e.type, e.name) for e in kb.entities()}
            statements = list(C._statements(kb, kinds, []))
            if cache:
                cache.write_bytes(pickle.dumps(statements))

    def find(gold: dict) -> list:
        return [s for s in statements if E._matches(s.citation({}), gold)]

    rows = _background(statements)
    for name in sets:
        for line in (ROOT / "bench" / "annotations" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            pair = json.loads(line)
            candidates = []
            for a in find(pair["a"]):
                for b in find(pair["b"]):
                    if a.document == b.document or not C._comparable(a, b) or a.kind not in C._DATE_KINDS | {"quantity"}:
                        continue
                    x, y = C._as_compared(a, b)
                    candidates.append({"features": I.features(x, y), "relation": C._relation(x, y),
                                       "rule": bool(C._same_thing(a, b)), "gap_ok": C._argument_overlap_eligible(x, y)})
            rows.append({"set": name, "id": pair["id"], "gold": pair["verdict"],
                         "stored": E.predicted_verdict(comparisons, pair), "candidates": candidates})
    I.WEIGHTS = fitted
    return rows


def _rules_alone(weights):  # type: ignore[no-untyped-def]
    """``identity.WEIGHTS`` with every fitted score switched off (no threshold reached)."""
    import dataclasses

    off = {"at": math.inf, "uncertain": math.inf}
    return dataclasses.replace(weights, group=dataclasses.replace(weights.group, at=math.inf),
                               role=dataclasses.replace(weights.role, **off),
                               when=dataclasses.replace(weights.when, **off))


def _gold_pairs(sets: list[str]) -> list[tuple[str, dict]]:
    """Every annotated pair of the named sets, with its set's name."""
    return [(name, json.loads(line)) for name in sets
            for line in (ROOT / "bench" / "annotations" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _panels() -> set[str]:
    """The documents written for the annotations (the panels retelling the sources)."""
    return {p.stem for p in (ROOT / "bench" / "annotations").glob("pairs-docs*/*.txt")}


def _background(statements: list) -> list[dict]:
    """Candidate pairs (statements sharing a blocking key) of two corpus documents, neither a panel, that no
    rule links, sampled: most such pairs are two acts that share a name, so they stand for "not the same
    thing" as the collection holds it (the annotated pairs were chosen because they look alike)."""
    import random
    from itertools import combinations

    from vitrina import compare as C
    from vitrina import identity as I

    panels = _panels()
    pairs = set()
    for block in C._class_blocks(statements)[0]:
        members = [m for m in block if statements[m].document not in panels]
        pairs.update((i, j) for i, j in combinations(members, 2)
                     if statements[i].document != statements[j].document)
    chosen = random.Random(BACKGROUND_SEED).sample(sorted(pairs), min(BACKGROUND_PAIRS * BACKGROUND_DRAWS, len(pairs)))
    rows = []
    for i, j in chosen:
        a, b = statements[i], statements[j]
        if not C._comparable(a, b) or a.kind not in C._DATE_KINDS | {"quantity"} or C._same_thing(a, b):
            continue
        x, y = C._as_compared(a, b)
        if not C._argument_overlap_eligible(x, y):
            continue
        rows.append({"set": "background", "id": f"{i}-{j}", "gold": "not-same", "stored": "not-grouped",
                     "candidates": [{"features": I.features(x, y), "relation": C._relation(x, y), "rule": False,
                                     "gap_ok": True}]})
        if len(rows) >= BACKGROUND_PAIRS:
            break
    return rows


def _role_rows(db: Path, sets: list[str]) -> list[dict]:
    """Candidate pairs of names (``vitrina.roles.candidates``) with a label: 1 when they are the two sides of an
    annotated contradiction, 0 when of another annotated pair, 0 for the background (two corpus documents, no panel);
    pairs of a panel that no annotation covers are left out (unknown)."""
    import eval_compare as E

    from vitrina import roles
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    with contextlib.closing(connect_readonly(db)) as conn:
        kb = as_knowledge_base(conn)
        found = roles.candidates(kb, {e.id: (e.type, e.name) for e in kb.entities()})
    gold = _gold_pairs(sets)
    panels = _panels()
    rows = []
    for a, b, features in found:
        ca, cb = a.statement.citation({}), b.statement.citation({})
        hits = [(name, pair) for name, pair in gold
                if E._matches(ca, pair["a"]) and E._matches(cb, pair["b"])
                or E._matches(ca, pair["b"]) and E._matches(cb, pair["a"])]
        if hits:
            name, pair = hits[0]
            rows.append({"set": name, "id": pair["id"], "label": int(pair["verdict"] == "differ"),
                         "features": features})
        elif a.statement.document not in panels and b.statement.document not in panels:
            rows.append({"set": "background", "id": "", "label": 0, "features": features})
    return rows


def _when_rows(db: Path, sets: list[str], cache: Path | None) -> list[dict]:
    """Candidate pairs of dates (``vitrina.roles.when_candidates``) with a label, as ``_role_rows``: 1 when they are
    the two sides of an annotated contradiction, 0 of another annotated pair, 0 for the background; and, with the
    feature ``grouped``, the pairs of dates the rules grouped and showed uncertain (``_measured_when_features``)."""
    import dataclasses
    from collections import defaultdict

    import eval_compare as E

    from vitrina import compare as C
    from vitrina import identity as I
    from vitrina import roles
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    fitted, I.WEIGHTS = I.WEIGHTS, _rules_alone(I.WEIGHTS)  # the groups of the rules and the grouping score alone
    I.WEIGHTS = dataclasses.replace(I.WEIGHTS, group=fitted.group)
    uncertain = []  # pairs of dates a rule grouped and showed uncertain (maybe two acts)
    with contextlib.closing(connect_readonly(db)) as conn:
        kb = as_knowledge_base(conn)
        grouped: dict = defaultdict(set)
        for number, comparison in enumerate(C.compare(kb)):
            for st in comparison.statements:
                grouped[C._key(st)].add(number)
            if comparison.kind in C._DATE_KINDS:
                uncertain += [(comparison.statements[r["a"]], comparison.statements[r["b"]])
                              for r in comparison.reasons if r["relation"] == "uncertain"]
    I.WEIGHTS = fitted
    with contextlib.closing(connect_readonly(db)) as conn:
        kb = as_knowledge_base(conn)
        if cache and cache.exists():
            statements = pickle.loads(cache.read_bytes())
        else:
            statements = list(C._statements(kb, {e.id: (e.type, e.name) for e in kb.entities()}, []))
    found = [(a, b, f | _measured_when_features(a, b, grouped=False)) for a, b, f in roles.when_candidates(statements, grouped)]
    information = roles._information_of([s for s in statements if s.kind in C._DATE_KINDS and roles._when_eligible(s)])
    found += [(a, b, roles.when_features(a, b, information) | _measured_when_features(a, b, grouped=True))
              for a, b in uncertain
              if roles._when_eligible(a) and roles._when_eligible(b) and roles._when_comparable(a, b)]
    gold = _gold_pairs(sets)
    panels = _panels()
    rows = []
    for a, b, features in found:
        ca, cb = a.citation({}), b.citation({})
        hits = [(name, pair) for name, pair in gold
                if E._matches(ca, pair["a"]) and E._matches(cb, pair["b"])
                or E._matches(ca, pair["b"]) and E._matches(cb, pair["a"])]
        if hits:
            name, pair = hits[0]
            rows.append({"set": name, "id": pair["id"], "label": int(pair["verdict"] == "differ"),
                         "features": features, "said": (a.sentence_text, b.sentence_text)})
        elif a.document not in panels and b.document not in panels:
            rows.append({"set": "background", "id": "", "label": 0, "features": features,
                         "said": (a.sentence_text, b.sentence_text)})
    return rows


def _measured_when_features(a, b, grouped: bool) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Features measured for ``roles.when_features`` and not adopted (round 22; ``--when-features`` fits them):
    ``grouped`` — a rule of ``vitrina.compare`` grouped the two dates and showed them uncertain (maybe two acts;
    such pairs are rows only then); ``names`` — the share of the names of the sentence naming fewer that the other
    names too."""
    from vitrina import compare as C

    fewer, more = sorted((a.named, b.named), key=len)
    share = sum(1 for x in fewer if any(C._same_name(x, y) for y in more)) / len(fewer) if fewer else 0.0
    return {"grouped": float(grouped), "names": share}


def _outcome_rows(db: Path, sets: list[str]) -> list[dict]:
    """Sentence pairs retold with a contradicting turn (``vitrina.polarity.contradictions``), found with every
    replaced-stretch length of ``OUTCOME_REPLACED``, any share from ``OUTCOME_SHARES[0]`` and any count of aligned
    words from ``OUTCOME_WORDS[0]`` up, each with its share, its aligned words and a label as ``_role_rows``: 1 when its two statements are the sides of an annotated contradiction,
    0 of another annotated pair, 0 for the background (two corpus documents, no panel); others left out."""
    import dataclasses

    import eval_compare as E

    from vitrina import polarity
    from vitrina.compare import _stop_words
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    gold, panels, rows = _gold_pairs(sets), _panels(), []
    with contextlib.closing(connect_readonly(db)) as conn:
        kb = as_knowledge_base(conn)
        for longest, levels in product(OUTCOME_REPLACED, OUTCOME_LEVELS):
            weights = dataclasses.replace(polarity.OUTCOME, share=OUTCOME_SHARES[0], max_replaced=longest,
                                          min_words=OUTCOME_WORDS[0], kind_levels=levels)
            for a, b, _turn in polarity.contradictions(kb, weights):
                share, words = polarity.alignment(a.sentence_text, b.sentence_text, _stop_words())
                ca, cb = a.citation({}), b.citation({})
                hits = [(name, pair) for name, pair in gold
                        if E._matches(ca, pair["a"]) and E._matches(cb, pair["b"])
                        or E._matches(ca, pair["b"]) and E._matches(cb, pair["a"])]
                row = {"replaced": longest, "levels": levels, "share": share, "words": words, "said": (a.text, b.text)}
                if hits:
                    rows.append({**row, "set": hits[0][0], "id": hits[0][1]["id"],
                                 "label": int(hits[0][1]["verdict"] == "differ")})
                elif a.document not in panels and b.document not in panels:
                    rows.append({**row, "set": "background", "id": "", "label": 0})
    return rows


def outcome_fold(train: list[dict]) -> dict[str, float]:
    """The replaced-stretch length, share and aligned words fitted on ``train``: of the settings that let no
    background pair through (none: each would be a contradiction shown between two essays), the one of best F0.5
    over the annotated rows (ties: the shortest stretch, the fewest kind levels, the most words, the highest
    share)."""
    best: tuple[float, int, int, int, float] = (-1.0, 0, 0, 0, 0.0)
    annotated = {r["id"] for r in train if r["set"] != "background" and r["label"]}
    for longest, levels, fewest, share in product(OUTCOME_REPLACED, OUTCOME_LEVELS, OUTCOME_WORDS, OUTCOME_SHARES):
        said = [r for r in train if r["replaced"] == longest and r["levels"] == levels and r["share"] >= share
                and r["words"] >= fewest]
        if any(r["set"] == "background" for r in said):
            continue
        hits = {r["id"] for r in said if r["label"]}
        wrong = {r["id"] for r in said if not r["label"]}
        if not hits:
            continue
        p, rec = len(hits) / (len(hits) + len(wrong)), len(hits) / max(1, len(annotated))
        f = (1 + GROUP_BETA ** 2) * p * rec / (GROUP_BETA ** 2 * p + rec)
        if (f, -longest, -levels, fewest, share) > (best[0], -best[1], -best[2], best[3], best[4]):
            best = (f, longest, levels, fewest, share)
    return {"share": best[4], "max_replaced": best[1], "kind_levels": best[2], "min_words": best[3]}


def outcome_report(name: str, held: list[dict], weights: dict[str, float]) -> None:
    """Pair-level estimate of a held-out set: its annotated contradictions found as outcomes or fillers."""
    said = [r for r in held if r["replaced"] == weights["max_replaced"] and r["levels"] == weights["kind_levels"]
            and r["share"] >= weights["share"] and r["words"] >= weights["min_words"]]
    print(f"  {name:9} outcome contradictions found {len({r['id'] for r in said if r['label']})}; other annotated "
          f"pairs shown as contradiction {len({r['id'] for r in said if not r['label']})}; fold {json.dumps(weights)}")


def role_fold(train: list[dict], names: tuple[str, ...] | None = None) -> dict[str, float]:
    """The role weights and thresholds fitted on ``train``: the contradiction threshold is the higher of the one
    maximising F0.5 of the annotated contradictions over the annotated rows and the background ceiling."""
    from vitrina.identity import ROLE_FEATURES

    features = names or ROLE_FEATURES
    w, _bias = _fit([([r["features"][n] for n in features], r["label"]) for r in train])
    weights = dict(zip(features, (round(v, 3) for v in w), strict=True))

    def score(r: dict) -> float:
        return sum(weights[n] * r["features"][n] for n in features)

    background = sorted(score(r) for r in train if r["set"] == "background")
    annotated = [(score(r), bool(r["label"])) for r in train if r["set"] != "background"]

    def ceiling(rate: float) -> float:
        return background[min(len(background) - 1, int(len(background) * (1 - rate)))] if background else -math.inf

    weights["at"] = round(max(_best_threshold(annotated, GROUP_BETA), ceiling(ROLE_BACKGROUND_RATE)) + 1e-3, 3)
    weights["uncertain"] = round(min(weights["at"], ceiling(ROLE_UNCERTAIN_RATE) + 1e-3), 3)
    return weights


def role_report(name: str, held: list[dict], weights: dict[str, float], what: str = "who/where") -> None:
    """Pair-level estimate of a held-out set: its annotated contradictions of who or where (or when) found, and the
    annotated pairs of another verdict shown as contradictions."""
    said = {(r["id"], r["label"]) for r in held
            if sum(w * r["features"][n] for n, w in weights.items() if n not in ("at", "uncertain")) >= weights["at"]}
    gold = {r["id"] for r in held if r["label"]}
    print(f"  {name:9} {what} contradictions found {len({i for i, lab in said if lab})} of {len(gold)} "
          f"candidate pairs annotated differ; other annotated pairs shown as contradiction "
          f"{len({i for i, lab in said if not lab})}")


def _fit(examples: list[tuple[list[float], int]]) -> tuple[list[float], float]:
    """Logistic regression by gradient descent (L2 on the weights), classes weighted equally."""
    import numpy as np

    x = np.array([e[0] for e in examples], dtype=float)
    y = np.array([e[1] for e in examples], dtype=float)
    balance = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = (p - y) * balance
        w -= RATE * (x.T @ g / len(y) + RIDGE * w)
        b -= RATE * g.mean()
    return [float(v) for v in w], float(b)


def _score(features: dict[str, float], weights: dict[str, float]) -> float:
    from vitrina.identity import FEATURES

    return sum(weights.get(f, 0.0) * features[f] for f in FEATURES)


def _fitted(examples: list[tuple[dict, int]], names: tuple[str, ...] | None = None) -> dict[str, float]:
    """The logistic weights of the features ``names`` (default: every feature of ``identity.FEATURES``; a feature
    left out weighs 0)."""
    from vitrina.identity import FEATURES

    names = names or FEATURES
    w, _bias = _fit([([f[n] for n in names], label) for f, label in examples])
    return dict.fromkeys(FEATURES, 0.0) | dict(zip(names, (round(v, 3) for v in w), strict=True))


def _best_threshold(scored: list[tuple[float, bool]], beta: float) -> float:
    """The score threshold maximising F-beta of the positives (beta < 1 weighs precision more)."""
    best, at = -1.0, math.inf
    gold = sum(1 for _, positive in scored if positive)
    for threshold in sorted({s for s, _ in scored}):
        hits = sum(1 for s, positive in scored if s >= threshold and positive)
        said = sum(1 for s, _ in scored if s >= threshold)
        if not hits:
            continue
        p, r = hits / said, hits / gold
        f = (1 + beta ** 2) * p * r / (beta ** 2 * p + r)
        if f > best:
            best, at = f, threshold
    return at


def fold(train: list[dict], names: tuple[str, ...] | None = None, contradict: bool = False) -> dict[str, float]:
    """The weights and the threshold fitted on ``train``."""
    group = _fitted([(c["features"], int(r["gold"] != "not-same"))
                     for r in train for c in r["candidates"] if c["gap_ok"]], names)
    open_rows = [(max(_score(c["features"], group) for c in r["candidates"] if c["gap_ok"]), r["gold"] != "not-same")
                 for r in train if r["set"] != "background" and r["candidates"]
                 and not any(c["rule"] for c in r["candidates"]) and any(c["gap_ok"] for c in r["candidates"])]
    background = sorted(_score(r["candidates"][0]["features"], group) for r in train if r["set"] == "background")
    floor = background[int(len(background) * (1 - BACKGROUND_RATE))] if background else -math.inf
    group["at"] = round(max(_best_threshold(open_rows, GROUP_BETA), floor) - 1e-3, 3)
    if contradict:  # above every "not the same thing" of the training pairs and the background
        wrong = [_score(c["features"], group) for r in train if r["gold"] == "not-same"
                 for c in r["candidates"] if c["gap_ok"]]
        group["contradict"] = round(max([group["at"], *wrong]) + 1e-3, 3)
    return group


def predict(row: dict, weights: dict[str, float]) -> str:
    """A pair's verdict with these weights: a pair a rule links keeps its verdict of the rules alone; another is
    grouped when its score reaches the threshold (incompatible values then uncertain, never a contradiction)."""
    if any(c["rule"] for c in row["candidates"]) or row["stored"] != "not-grouped":
        return row["stored"]
    scored = [(_score(c["features"], weights), c) for c in row["candidates"] if c["gap_ok"]]
    scored = [(s, c) for s, c in scored if s >= weights["at"]]
    if not scored:
        return row["stored"]
    best, c = max(scored, key=lambda sc: sc[0])
    if c["relation"] == "differ" and best >= weights.get("contradict", math.inf):
        return "differ"
    return {"agree": "agree", "consistent": "more-precise", "differ": "uncertain"}[c["relation"]]


def report(name: str, rows: list[dict], verdicts: list[str]) -> None:
    import eval_compare as E

    scored = E.score([(r["gold"], v) for r, v in zip(rows, verdicts, strict=True)])
    shown = sum(1 for r, v in zip(rows, verdicts, strict=True) if r["gold"] == "not-same" and v == "differ")
    cells = " | ".join(f"{k} P {f['precision']:.2f} R {f['recall']:.2f} ({f['predicted']})"
                       for k, f in scored.items() if k != "not-same")
    print(f"  {name:9} {cells} | not-same shown as contradiction {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--out", type=Path, help="write each fold's weights (and 'all') as JSON")
    parser.add_argument("--cache", type=Path, help="pickle of the database's statements (read if present)")
    parser.add_argument("--outcome-only", action="store_true", help="fit only vitrina.polarity's thresholds")
    parser.add_argument("--roles-only", action="store_true", help="fit only the weights of names in one role")
    parser.add_argument("--when-only", action="store_true", help="fit only the weights of one act given two dates")
    parser.add_argument("--group-only", action="store_true", help="fit only the grouping weights (with --cache: rows kept)")
    parser.add_argument("--group-features", default="", help="with --group-only: comma-separated features fitted")
    parser.add_argument("--contradict", action="store_true",
                        help="with --group-only: a pair the score links above every training 'not the same' contradicts")
    parser.add_argument("--when-features", default="", help="with --when-only and --cache: comma-separated features")
    parser.add_argument("--background-rate", type=float,
                        help="share of the background the role and date thresholds may let through (measuring only)")
    args = parser.parse_args()
    if args.background_rate is not None:
        globals()["ROLE_BACKGROUND_RATE"] = args.background_rate
    sets = args.sets.split(",")
    if args.roles_only:
        _fit_roles(args.db, sets, args.out)
        return
    if args.group_only:
        from vitrina.identity import FEATURES

        names = tuple(filter(None, args.group_features.split(","))) or FEATURES
        _fit_group(args.db, sets, args.out, args.cache, names, args.contradict)
        return
    if args.when_only:
        _fit_when(args.db, sets, args.out, args.cache, tuple(filter(None, args.when_features.split(","))))
        return
    outcome_rows = _outcome_rows(args.db, sets)
    print(f"outcomes and fillers: {sum(r['set'] == 'background' for r in outcome_rows)} background rows, "
          f"{len({r['id'] for r in outcome_rows if r['label']})} annotated contradictions among them; leave one set out:")
    outcomes = {}
    for name in sets:
        outcomes[name] = outcome_fold([r for r in outcome_rows if r["set"] != name])
        outcome_report(name, [r for r in outcome_rows if r["set"] == name], outcomes[name])
    outcomes["all"] = outcome_fold(outcome_rows)
    print("outcomes and fillers, fitted on every set:", json.dumps(outcomes["all"]))
    if args.outcome_only:
        if args.out:
            args.out.write_text(json.dumps({name: {"outcome": w} for name, w in outcomes.items()}, indent=1),
                                encoding="utf-8")
        return
    rows = _rows(args.db, sets, args.cache)
    folds = {}
    background = [r for r in rows if r["set"] == "background"]
    print(f"{len(background)} background pairs (two corpus documents, no rule links them)")
    print("rules alone (the comparisons recomputed without the score):")
    for name in sets:
        held = [r for r in rows if r["set"] == name]
        report(name, held, [r["stored"] for r in held])
    print("leave one set out (weights fitted on the other sets, pair-level estimate):")
    for name in sets:
        weights = fold([r for r in rows if r["set"] != name])
        folds[name] = weights
        held = [r for r in rows if r["set"] == name]
        report(name, held, [predict(r, weights) for r in held])
    role_rows = _role_rows(args.db, sets)
    roles = _scored_folds(role_rows, sets, "names in one role")
    from vitrina.identity import WHEN_FEATURES

    whens = _scored_folds(_when_rows(args.db, sets, args.cache), sets, "one act given two dates", WHEN_FEATURES,
                          "date")
    folds["all"] = fold(rows)  # the weights of vitrina.identity.WEIGHTS
    print("fitted on every set (tuning):", json.dumps(folds["all"]))
    for name in sets:
        held = [r for r in rows if r["set"] == name]
        report(name, held, [predict(r, folds["all"]) for r in held])
    if args.out:
        out = {name: {"group": folds[name], "role": roles[name], "when": whens[name], "outcome": outcomes[name]}
               for name in folds}
        args.out.write_text(json.dumps(out, indent=1), encoding="utf-8")


def _scored_folds(rows: list[dict], sets: list[str], title: str, features: tuple[str, ...] | None = None,
                  what: str = "who/where") -> dict[str, dict[str, float]]:
    """A score's weights fitted leave one set out (each held-out set's pair-level estimate printed), then on
    every set (key "all")."""
    print(f"{title}: {sum(r['set'] == 'background' for r in rows)} background pairs, "
          f"{sum(r['label'] for r in rows)} annotated contradictions among the candidates; leave one set out:")
    folds = {}
    for name in sets:
        folds[name] = role_fold([r for r in rows if r["set"] != name], features)
        role_report(name, [r for r in rows if r["set"] == name], folds[name], what)
    folds["all"] = role_fold(rows, features)
    print(f"{title}, fitted on every set:", json.dumps(folds["all"]))
    return folds


def _fit_group(db: Path, sets: list[str], out: Path | None, cache: Path | None, names: tuple[str, ...],
               contradict: bool) -> None:
    """Fit ``identity.WEIGHTS.group`` alone on the features ``names``, leave one set out: each held-out set's
    pair-level estimate with the shipped weights and with its fold's, then the pooled figures; ``out`` gets each
    fold's weights. The rows are kept beside ``cache`` (the rules' comparisons are recomputed once)."""
    import dataclasses

    from vitrina import identity as I

    rows_file = cache.parent / (cache.stem + "_group_rows.pickle") if cache else None
    if rows_file and rows_file.exists():
        rows = pickle.loads(rows_file.read_bytes())
    else:
        rows = _rows(db, sets, cache)
        if rows_file:
            rows_file.write_bytes(pickle.dumps(rows))
    rows = [r for r in rows if r["set"] in sets or r["set"] == "background"]
    shipped = dataclasses.asdict(I.WEIGHTS.group)
    print(f"{sum(r['set'] == 'background' for r in rows)} background pairs; shipped weights (tuning):")
    before = {name: [predict(r, shipped) for r in rows if r["set"] == name] for name in sets}
    for name in sets:
        report(name, [r for r in rows if r["set"] == name], before[name])
    print(f"leave one set out, features {','.join(names)}{' + contradict' if contradict else ''}:")
    folds = {name: fold([r for r in rows if r["set"] != name], names, contradict) for name in sets}
    after = {name: [predict(r, folds[name]) for r in rows if r["set"] == name] for name in sets}
    for name in sets:
        report(name, [r for r in rows if r["set"] == name], after[name])
    held = [r for name in sets for r in rows if r["set"] == name]
    report("pooled before", held, [v for name in sets for v in before[name]])
    report("pooled LOSO", held, [v for name in sets for v in after[name]])
    folds["all"] = fold(rows, names, contradict)
    print("fitted on every set:", json.dumps(folds["all"]))
    if out:
        out.write_text(json.dumps({name: {"group": w} for name, w in folds.items()}, indent=1), encoding="utf-8")


def _fit_roles(db: Path, sets: list[str], out: Path | None) -> None:
    """Fit ``identity.WEIGHTS.role`` alone, leave one set out (pair-level estimate per held-out set), then on every
    set; ``out`` gets each fold's role weights."""
    role_rows = _role_rows(db, sets)
    roles = _scored_folds(role_rows, sets, "names in one role")
    if out:
        out.write_text(json.dumps({name: {"role": w} for name, w in roles.items()}, indent=1), encoding="utf-8")


def _fit_when(db: Path, sets: list[str], out: Path | None, cache: Path | None,
              features: tuple[str, ...] = ()) -> None:
    """Fit ``identity.WEIGHTS.when`` alone, leave one set out (pair-level estimate per held-out set), then on every
    set; ``out`` gets each fold's weights. ``features``: another choice of ``roles.when_features``' features than
    ``identity.WHEN_FEATURES``, fitted on the rows the cache kept (measuring a feature before adopting it)."""
    from vitrina.identity import WHEN_FEATURES

    rows_file = cache.parent / (cache.stem + "_when_rows.pickle") if cache else None
    if rows_file and rows_file.exists() and features:
        when_rows = pickle.loads(rows_file.read_bytes())  # another choice of features on the rows read before
    else:
        when_rows = _when_rows(db, sets, cache)
        if rows_file:
            rows_file.write_bytes(pickle.dumps(when_rows))
    features = features or WHEN_FEATURES
    if "grouped" not in features:  # the pairs the rules showed uncertain are scored only with that feature
        when_rows = [r for r in when_rows if not r["features"]["grouped"]]
    _report_when(when_rows, sets, out, features)


def _report_when(when_rows: list[dict], sets: list[str], out: Path | None, features: tuple[str, ...]) -> None:
    whens = _scored_folds(when_rows, sets, "one act given two dates", features, "date")
    if out:
        out.write_text(json.dumps({name: {"when": w} for name, w in whens.items()}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
