"""Round 42: refit `vitrina ask`'s ranker, calibration and gate held out by group family, on cached numpy arrays.

bench/ask_features.py keeps each judged group's rows as JSON (every member's feature dict); every group's dicts at
once take more than 10 GB, which is why rounds 40-41 refitted the calibration and gate alone (bench/ask_refit.py).
This keeps each group's rows a second time as numpy (``CACHE_DIR/GROUP.KEY-ARR.npz``: KEY the JSON file's key —
code, database, questions — and ARR a digest of this module's conversion), built once from the JSON:

* per member (a sentence stating a candidate, fit_ask.MEMBERS per candidate): every feature, one column per name
  (``features``), whether it is right (``labels``) and its candidate's index in its question (``candidate``);
* per candidate: fit_ask's log support bonus (``bonus``) and its text; per question: what it asks (``asks``), its
  member and candidate offsets and its slim row (group, id, answerable, rule, shown, confidence, shown_right).

From them a fold rebuilds fit_ask's ranker arrays (``rank_arrays``) and, under any ranker, the calibration's and the
gate's inputs of each question's best member (its feature dict made from its row of ``features`` alone).

Folds hold out whole group FAMILIES (``FOLDS``: dev and ask_v1-v12, v13-v25, v26-v33, v34-…, the red teams): the ranker (fit_ask.fit_ranker), the calibration and the gate are fitted on the other families' groups, and
each held-out group's threshold is chosen on the other families' out-of-fold decisions alone (ask_refit.Grid.choose:
the most right at which each kind of group's unanswerable questions, pooled, abstain on >= 0.95). ``before`` is
every group decided by the shipped tables (as bench/ask_added_weight.decide does). ``--census`` counts, under the
shipped ranker, what decides each "not first" question (a right candidate among the candidates, a wrong one first):
the inputs whose weighted difference between the winner's best member and the best right candidate's puts the
winner ahead.

    PYTHONPATH=src .venv/bin/python bench/ask_rankfit.py --group-db redteam37=… --revision REV --census
    PYTHONPATH=src .venv/bin/python bench/ask_rankfit.py --group-db redteam37=… --revision REV \\
        --variants refit= repeat=question_repeat [--write refit]
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import math
import os
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_features  # noqa: E402
import ask_refit  # noqa: E402
import fit_ask as F  # noqa: E402

from vitrina.qa.answerable import FRAME, MEMBER  # noqa: E402
from vitrina.qa.weights import CALIBRATION, GATE, LEARNED_THRESHOLD, RANKER, RANKER_ADDED, RETRIEVAL  # noqa: E402

# Group families held out together: (name, first group, last group) in fit_ask's order of the tuning sets; the
# red teams (each over its own collection) are one family.
FOLDS = (("dev-v12", 0, 12), ("v13-v25", 13, 25), ("v26-v33", 26, 33), ("v34-", 34, 10 ** 6))
SLIM = ask_refit.SLIM + ("question",)


def fold_of(group: str) -> str:
    """The family a group is held out with: dev with the first sets, each ask_vN by N, the red teams together."""
    if group.startswith("redteam"):
        return "redteam"
    number = 0 if group == "dev" else int(group.lstrip("v"))
    return next(name for name, first, last in FOLDS if first <= number <= last)


# ------------------------------------------------------------ the arrays


def arrays_of(rows: Sequence[Mapping]) -> dict[str, np.ndarray]:
    """One group's rows (fit_ask.collect_group's) as arrays (the module's docstring names them)."""
    names = sorted({n for r in rows for c in r["candidates"] for f in c["members"] for n in f})
    asks = sorted({n for r in rows for n in r["asks"]})
    col = {n: k for k, n in enumerate(names)}
    members = [f for r in rows for c in r["candidates"] for f in c["members"]]
    features = np.zeros((len(members), len(names)))
    for i, f in enumerate(members):
        for n, v in f.items():
            features[i, col[n]] = float(v)
    labels = np.array([ok for r in rows for c in r["candidates"] for ok in c["right_members"]], dtype=bool)
    candidate = np.array([j for r in rows for j, c in enumerate(r["candidates"]) for _f in c["members"]], dtype=int)
    bonus = np.array([math.log(1 + F.SUPPORT_BONUS * min(c["sentences"] - 1, 3)) for r in rows
                      for c in r["candidates"]])
    texts = [c["text"] for r in rows for c in r["candidates"]]
    member_at = np.cumsum([0] + [sum(len(c["members"]) for c in r["candidates"]) for r in rows])
    candidate_at = np.cumsum([0] + [len(r["candidates"]) for r in rows])
    slim = [{k: r.get(k) for k in SLIM} for r in rows]
    return {"names": np.array(names, dtype=str), "asks_names": np.array(asks, dtype=str),
            "features": features, "labels": labels, "candidate": candidate, "bonus": bonus,
            "texts": np.array(json.dumps(texts)), "member_at": member_at, "candidate_at": candidate_at,
            "asks": np.array([[float(r["asks"].get(n, 0.0)) for n in asks] for r in rows]).reshape(len(rows), len(asks)),
            "slim": np.array(json.dumps(slim))}


@dataclass
class Group:
    """One group's arrays, read back."""

    names: list[str]
    asks_names: list[str]
    features: np.ndarray
    labels: np.ndarray
    candidate: np.ndarray
    bonus: np.ndarray
    texts: list[str]
    member_at: np.ndarray
    candidate_at: np.ndarray
    asks: np.ndarray
    rows: list[dict]

    @classmethod
    def of(cls, arrays: Mapping[str, np.ndarray], keep: Iterable[str] | None = None) -> Group:
        """The arrays read back; ``keep``: only these features' columns (a fold reads its inputs alone)."""
        names = arrays["names"].tolist()
        features = arrays["features"]
        if keep is not None:
            wanted = set(keep)
            cols = [k for k, n in enumerate(names) if n in wanted]
            names, features = [names[k] for k in cols], np.ascontiguousarray(features[:, cols])
        return cls(names, arrays["asks_names"].tolist(), features,
                   arrays["labels"].astype(bool), arrays["candidate"], arrays["bonus"],
                   json.loads(str(arrays["texts"])), arrays["member_at"], arrays["candidate_at"], arrays["asks"],
                   json.loads(str(arrays["slim"])))

    def rank_arrays(self, names: Sequence[str]) -> list[F.Arrays]:
        """fit_ask.rank_arrays of every question over ``names`` (a name no member has reads 0)."""
        col = {n: k for k, n in enumerate(self.names)}
        picked = np.zeros((len(self.features), len(names)))
        for k, n in enumerate(names):
            if n in col:
                picked[:, k] = self.features[:, col[n]]
        out = []
        for q in range(len(self.rows)):
            a, b = self.member_at[q], self.member_at[q + 1]
            c, d = self.candidate_at[q], self.candidate_at[q + 1]
            out.append((picked[a:b], self.labels[a:b].astype(float), self.candidate[a:b], self.bonus[c:d]))
        return out

    def member(self, q: int, j: int) -> dict[str, float]:
        """The feature dict of question ``q``'s member ``j`` (its index among the question's members)."""
        return dict(zip(self.names, self.features[self.member_at[q] + j].tolist(), strict=True))

    def asked(self, q: int) -> dict[str, float]:
        return dict(zip(self.asks_names, self.asks[q].tolist(), strict=True))

    def text(self, q: int, j: int) -> str:
        """The text of question ``q``'s candidate ``j``."""
        return self.texts[int(self.candidate_at[q]) + j]


CONVERSION = hashlib.sha256("".join(inspect.getsource(f) for f in (arrays_of,)).encode()
                            + repr(SLIM).encode()).hexdigest()[:8]


def ensure(cache: ask_features.Cache, group: str, files: list[Path], db: Path) -> Path | None:
    """The group's .npz, made from its cached JSON rows when missing; None when neither is cached."""
    source = cache.path(group, files, db)
    path = source.with_name(source.stem + f"-{CONVERSION}.npz")
    if not path.exists():
        if not source.exists():
            return None
        rows = json.loads(source.read_text(encoding="utf-8"))
        partial = path.with_name(path.stem + f".{os.getpid()}.tmp.npz")
        np.savez_compressed(partial, **arrays_of(rows))
        del rows
        partial.replace(path)
        for stale in path.parent.glob(f"{group}.*.npz"):
            if stale != path and ".tmp." not in stale.name:
                stale.unlink()
    return path


def cached_group(cache: ask_features.Cache, group: str, files: list[Path], db: Path,
                 keep: Iterable[str] | None = None) -> Group | None:
    """The group's arrays (``ensure``), read (``keep``: Group.of's); None when its rows are not cached."""
    path = ensure(cache, group, files, db)
    if path is None:
        return None
    with np.load(path) as arrays:
        return Group.of({k: arrays[k] for k in arrays.files}, keep)


# ------------------------------------------------------------ deciding under a ranker


def linear(values: Mapping[str, float], table: Mapping[str, float]) -> float:
    return table.get("intercept", 0.0) + sum(c * values.get(n, 0.0) for n, c in table.items() if n != "intercept")


def logistic(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class Tops:
    """Per question of a group with a candidate, under one ranker: the calibration's inputs and the gate's extra
    ones of its best member, whether that member is right, and the share kept (fit_ask.unfilled)."""

    index: list[int]
    values: list[dict[str, float]]
    right: np.ndarray
    top_score: list[float]
    unfilled: list[float]


def tops(g: Group, data: list[F.Arrays], names: Sequence[str], w: np.ndarray) -> Tops:
    """fit_ask.confidence_rows and gate_inputs for one group, from its arrays (the best member's dict alone)."""
    index, values, right, top_score, unfilled = [], [], [], [], []
    halve = math.log(RETRIEVAL["added_score"])
    for q, d in enumerate(data):
        top = F.top_of(d, w)
        if top is None:
            continue
        member, shares = top
        features = g.member(q, member)
        index.append(q)
        values.append(F.confidence_values(features, g.asked(q), shares))
        right.append(bool(d[1][member]))
        best, s, _y = F.best_members(d, w)
        j = int(np.argmax(s))
        added = g.member(q, int(best[j])).get("section_stage", 0.0)
        top_score.append(F.gate_values({}, float(s[j]) + (halve if added else 0.0))["top_score"])
        unfilled.append(F.unfilled(dict(zip(names, d[0][member].tolist(), strict=True))))
    return Tops(index, values, np.array(right, dtype=bool), top_score, unfilled)


def decide(g: Group, t: Tops, calibration: Mapping[str, float], gate: Mapping[str, float]) -> list[F.Decision]:
    """Each question of a group decided as `ask` decides it with these tables (ask_added_weight.decide's rule)."""
    out: list[F.Decision] = [(r, None, False, None) for r in g.rows]
    for k, q in enumerate(t.index):
        p = logistic(linear(t.values[k], calibration))
        gp = logistic(linear({**t.values[k], "top_score": t.top_score[k]}, gate))
        out[q] = (g.rows[q], F.gated(p * t.unfilled[k], g.rows[q].get("rule", 1.0)), bool(t.right[k]), gp)
    return out


def matrix(t: Tops, cnames: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The calibration's inputs (over ``cnames``) and the gate's (those and top_score) of a group's questions."""
    x = np.array([[v.get(n, 0.0) for n in cnames] for v in t.values]).reshape(len(t.values), len(cnames))
    return x, np.hstack([x, np.array(t.top_score).reshape(len(x), 1)])


def table_of(names: Sequence[str], coefficients: np.ndarray) -> dict[str, float]:
    """A fitted logistic regression (intercept first) as a table of qa/weights.py's form."""
    return {"intercept": float(coefficients[0]), **dict(zip(names, coefficients[1:].tolist(), strict=True))}


def input_names(features: Iterable[str], asks: Iterable[str], added: Sequence[str]) -> tuple[list[str], list[str]]:
    """The ranker's and the calibration's inputs from the features the members hold (ask_refit.inputs' rule)."""
    base = set(features) - set(F.NEAR_MISS) - (set(F.STATEMENT) | set(F.PROPOSED) | set(F.HOLDS) | set(F.RELATIVE)
                                                | set(MEMBER) | set(FRAME))
    removed = {a[1:] for a in added if a.startswith("-")}  # "-NAME": an input left out of the ranker
    added = [a for a in added if not a.startswith("-")]
    names = sorted((base | set(F.RELATIVE) | set(ask_refit.SHIPPED_PROPOSED) | set(added)) - removed)
    cnames = sorted(base | set(F.RELATIVE) | set(ask_refit.SHIPPED_PROPOSED) | set(added)) + sorted(set(asks)) \
        + list(F.CONFIDENCE_ONLY) + list(F.NEAR_MISS)
    return names, [n for n in cnames if n not in set(ask_refit.SHIPPED_RANKER_ONLY) | set(added)]


# ------------------------------------------------------------ folds


def fit(groups: Mapping[str, Group], train: Sequence[str], names: list[str], cnames: list[str],
        data: Mapping[str, list[F.Arrays]]) -> SimpleNamespace:
    """A ranker, calibration and gate fitted on the ``train`` groups."""
    w = F.fit_ranker([d for g in train for d in data[g]], len(names), F.RANK_L2)
    xs, xgs, ys, rows, idx = [], [], [], [], []
    for g in train:
        t = tops(groups[g], data[g], names, w)
        x, xg = matrix(t, cnames)
        idx += [len(rows) + q for q in t.index]
        rows += groups[g].rows
        xs.append(x)
        xgs.append(xg)
        ys.append(t.right.astype(float))
    x, xg, y = np.vstack(xs), np.vstack(xgs), np.concatenate(ys)
    calibration = F.fit_logistic(x, y, F.CONF_L2)
    gate = F.fit_logistic(*F.gate_rows(rows, xg, y, idx), F.GATE_L2)
    return SimpleNamespace(names=names, ranker=w, cnames=cnames, calibration=calibration, gate=gate, threshold=0.0,
                           tables=(table_of(cnames, calibration), table_of([*cnames, "top_score"], gate)))


MODELS = F.ROOT / "build" / "ask_rankfit_models"  # each fold's fitted tables, so folds run as separate processes
READ_BY_VALUES = ("aligned", "in_slot", "role_slot", "coverage", "coverage_gap", "section_stage", "precision_short")
# member features rank.confidence_values, fit_ask.unfilled and the gate's top_score read besides the inputs


def data_key(groups: Mapping[str, Group], names: Sequence[str], cnames: Sequence[str], sources: Sequence[str]) -> str:
    """A digest of what a fold's fit depends on: the inputs, the groups' array files and the penalties."""
    parts = (list(names), list(cnames), list(sources), list(groups), F.RANK_L2, F.CONF_L2, F.GATE_L2, F.STEPS, F.RATE)
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def fitted(groups: Mapping[str, Group], held: str, names: list[str], cnames: list[str],
           data: Mapping[str, list[F.Arrays]], key: str, fit_now: bool = True) -> SimpleNamespace | None:
    """The tables fitted without family ``held`` ("none": on every group): read from MODELS, else fitted and kept
    there (``fit_now`` False: None when not kept yet)."""
    path = MODELS / f"{key}.{held}.json"
    if path.exists():
        kept = json.loads(path.read_text(encoding="utf-8"))
        calibration, gate = np.array(kept["calibration"]), np.array(kept["gate"])
        return SimpleNamespace(names=names, ranker=np.array(kept["ranker"]), cnames=cnames, calibration=calibration,
                               gate=gate, threshold=0.0, cpu=kept["cpu"],
                               tables=(table_of(cnames, calibration), table_of([*cnames, "top_score"], gate)))
    if not fit_now:
        return None
    cpu = time.process_time()
    model = fit(groups, [g for g in groups if fold_of(g) != held], names, cnames, data)
    model.cpu = time.process_time() - cpu
    MODELS.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + f".{os.getpid()}.tmp")
    partial.write_text(json.dumps({"ranker": model.ranker.tolist(), "calibration": model.calibration.tolist(),
                                   "gate": model.gate.tolist(), "cpu": model.cpu}), encoding="utf-8")
    partial.replace(path)
    return model


def family_folds(groups: Mapping[str, Group], names: list[str], cnames: list[str], label: str, key: str,
                 only: str | None = None) -> tuple[F.Folds, dict[str, float]] | None:
    """Every group decided by tables fitted without its family, and its threshold chosen on the other families'
    out-of-fold decisions (nested). ``only``: fit that family's fold alone (kept in MODELS) and return None; a
    fold not fitted yet is fitted here."""
    data = {g: groups[g].rank_arrays(names) for g in groups}
    folds: F.Folds = {}
    t0, c0 = time.time(), time.process_time()
    families = list(dict.fromkeys(map(fold_of, groups)))
    if only is not None:
        model = fitted(groups, only, names, cnames, data, key)
        print(f"  {label}: {only} fitted ({time.time() - t0:.0f} s, {time.process_time() - c0:.0f} CPU s, "
              f"max RSS {max_rss_mb():.0f} MB)", flush=True)
        return None
    for family in families:
        held = [g for g in groups if fold_of(g) == family]
        model = fitted(groups, family, names, cnames, data, key)
        assert model is not None
        for g in held:
            folds[g] = decide(groups[g], tops(groups[g], data[g], names, model.ranker), *model.tables)
        print(f"  {label}: {family} held out ({len(held)} groups; fit {model.cpu:.0f} CPU s; {time.time() - t0:.0f} s, "
              f"max RSS {max_rss_mb():.0f} MB)", flush=True)
    grid = ask_refit.Grid(folds)
    chosen = {}
    for family in families:
        threshold = grid.choose([g for g in groups if fold_of(g) != family])
        chosen.update({g: threshold for g in groups if fold_of(g) == family})
    return folds, chosen


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def shipped_tables() -> tuple[list[str], np.ndarray]:
    names = sorted(set(RANKER) | set(RANKER_ADDED))
    return names, np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])


def shipped(groups: Mapping[str, Group]) -> tuple[F.Folds, int]:
    """Every group decided by the shipped tables, and how many questions that decides otherwise than `ask` did
    when the rows were collected (0 when the arrays reproduce it; paths outside the ranked pool differ)."""
    names, w = shipped_tables()
    out: F.Folds = {}
    differ = 0
    for name, g in groups.items():
        out[name] = decide(g, tops(g, g.rank_arrays(names), names, w), CALIBRATION, GATE)
        differ += sum(F.answers(p, gp, LEARNED_THRESHOLD) != (r["shown"] is not None) for r, p, _ok, gp in out[name])
    return out, differ


# ------------------------------------------------------------ what decides "not first"


def contributions(x_winner: np.ndarray, x_right: np.ndarray, w: np.ndarray, names: Sequence[str]
                  ) -> list[tuple[str, float]]:
    """Each input's weighted difference winner minus right (positive: it puts the winner ahead), largest first."""
    diff = w * (x_winner - x_right)
    return sorted(((n, float(v)) for n, v in zip(names, diff, strict=True) if v), key=lambda p: -p[1])


def deciding(parts: Sequence[tuple[str, float]], margin: float) -> list[str]:
    """The inputs each of which alone decides: without its difference the winner would not lead (its share exceeds
    the winner's margin)."""
    return [n for n, v in parts if v > margin]


def not_first(g: Group, data: list[F.Arrays], names: Sequence[str], w: np.ndarray) -> list[dict]:
    """The group's answerable questions whose first candidate under ``w`` is wrong while a right one is among the
    candidates: the winner's and the best right candidate's texts, the margin and every input's contribution."""
    out = []
    for q, d in enumerate(data):
        if not g.rows[q]["answerable"] or not len(d[3]):
            continue
        best, s, y = F.best_members(d, w)
        order = np.argsort(-s, kind="stable")
        first = int(order[0])
        if y[first] or not y.any():
            continue
        right = int(next(j for j in order if y[j]))
        margin = float(s[first] - s[right])
        parts = contributions(d[0][best[first]], d[0][best[right]], w, names)
        bonus = float(d[3][first] - d[3][right])
        out.append({"group": g.rows[q]["group"], "id": g.rows[q]["id"], "winner": g.text(q, first),
                    "right": g.text(q, right), "margin": margin, "bonus": bonus, "parts": parts[:6],
                    "deciding": deciding(parts, margin) + (["support bonus"] if bonus > margin else [])})
    return out


def census(cases: Sequence[dict]) -> dict[str, Counter]:
    """The "not first" cases counted by their largest contribution, by every input that alone decides, and by
    whether none alone does (several together)."""
    largest = Counter(c["parts"][0][0] if c["parts"] else "none" for c in cases)
    alone = Counter(n for c in cases for n in c["deciding"])
    alone["(no one input alone)"] = sum(not c["deciding"] for c in cases)
    return {"largest": largest, "alone": alone}


# ------------------------------------------------------------ main


def load(args: argparse.Namespace, added: Sequence[Sequence[str]]) -> tuple[dict[str, Group], list[str], set[str],
                                                                         set[str]]:
    """Every cached group's arrays, only the columns the variants (``added``: each one's added inputs), the census
    and the shipped tables read; also the arrays' files and every feature and asks name."""
    group_dbs = {g: Path(d) for g, _, d in (x.partition("=") for x in args.group_db)}
    cache = ask_features.Cache(args.cache_dir, revision=args.revision)
    chosen = ask_features.groups(group_dbs, args.db)
    if args.groups:  # every fold of a run must read the same groups (a group cached meanwhile is another key)
        chosen = {g: chosen[g] for g in args.groups}
    paths = {g: p for g, (files, db) in chosen.items() if (p := ensure(cache, g, files, db)) is not None}
    features: set[str] = set()
    asks: set[str] = set()
    for path in paths.values():
        with np.load(path) as arrays:
            features |= set(arrays["names"].tolist())
            asks |= set(arrays["asks_names"].tolist())
    keep = set(READ_BY_VALUES) | set(RANKER) | set(RANKER_ADDED) | set(CALIBRATION) | set(GATE)
    for extra in added:
        names, cnames = input_names(features, asks, extra)
        keep |= set(names) | set(cnames)
    out = {}
    for g, path in paths.items():
        with np.load(path) as arrays:
            out[g] = Group.of({k: arrays[k] for k in arrays.files}, keep)
    print(f"{len(out)} groups read ({sum(len(g.rows) for g in out.values())} questions; {time.process_time():.0f} "
          f"CPU s, max RSS {max_rss_mb():.0f} MB); not cached: {sorted(set(chosen) - set(out))}", flush=True)
    return out, [p.name for p in paths.values()], features, asks


def report(before: Mapping[str, dict], after: Mapping[str, dict], chosen: Mapping[str, float], groups: Sequence[str]
           ) -> None:
    for g in groups:
        b, a = before[g], after[g]
        mark = "  LOSES >1" if a["right"] < b["right"] - 1 else ""
        print(f"  {g}: {ask_refit.show(b)} -> {ask_refit.show(a)} ({chosen[g]:.3f}){mark}")
    for family in [*dict.fromkeys(map(fold_of, groups)), "ALL"]:
        mine = [g for g in groups if family in ("ALL", fold_of(g))]
        b = ask_refit.total({g: before[g] for g in mine})
        a = ask_refit.total({g: after[g] for g in mine})
        print(f"  {family}: {ask_refit.show(b)} -> {ask_refit.show(a)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache-dir", type=Path, default=F.ROOT / "build" / "ask_features")
    parser.add_argument("--db", type=Path, default=F.eval_ask.DEFAULT_DB)
    parser.add_argument("--group-db", nargs="*", default=[], metavar="GROUP=DB")
    parser.add_argument("--revision", help="read the rows cached under this code revision (ask_features prints it)")
    parser.add_argument("--census", action="store_true", help="count what decides the 'not first' questions")
    parser.add_argument("--convert", action="store_true", help="only make the .npz of every group cached as JSON")
    parser.add_argument("--fold", help="fit this family's fold of every variant alone ('none': the fit on every "
                        "group) and keep it in MODELS; a run without --fold reads the kept folds")
    parser.add_argument("--variants", nargs="*", default=[],
                        help="NAME=input+input: ranker inputs added (-input: one left out of the ranker alone)")
    parser.add_argument("--at", type=float, help="also report every variant at this one threshold (not nested)")
    parser.add_argument("--groups", nargs="*", help="read these groups alone (default: every cached one)")
    parser.add_argument("--write", help="write this variant's tables fitted on every group into qa/weights.py")
    parser.add_argument("--out", type=Path, default=F.ROOT / "build" / "ask_rankfit.json")
    args = parser.parse_args()
    if args.convert:
        group_dbs = {g: Path(d) for g, _, d in (x.partition("=") for x in args.group_db)}
        cache = ask_features.Cache(args.cache_dir, revision=args.revision)
        for group, (files, db) in ask_features.groups(group_dbs, args.db).items():
            if ensure(cache, group, files, db) is not None:
                print(f"  {group}: arrays ({time.process_time():.0f} CPU s, max RSS {max_rss_mb():.0f} MB)", flush=True)
        return
    specs = []
    for spec in args.variants:
        name, _, body = spec.partition("=")
        specs.append((name, [a for a in body.split("+") if a]))
    groups, sources, features, asks = load(args, [added for _n, added in specs])
    order = list(groups)
    results: dict = {}
    if args.census:
        names, w = shipped_tables()
        cases = [c for g in groups.values() for c in not_first(g, g.rank_arrays(names), names, w)]
        counted = census(cases)
        print(f"\n'not first' under the shipped ranker: {len(cases)} questions")
        for kind, counter in counted.items():
            print(f"  by {kind}: " + ", ".join(f"{n} {k}" for n, k in counter.most_common(25)))
        results["census"] = {"cases": cases, **{k: dict(v) for k, v in counted.items()}}
    decided, differ = shipped(groups)
    before = {g: ask_refit.figures(decided[g], LEARNED_THRESHOLD) for g in order}
    results["before"] = before
    print(f"shipped tables: {differ} questions decided otherwise than when collected", flush=True)
    for name, added in specs:
        names, cnames = input_names(features, asks, added)
        missing = sorted((set(RANKER) | set(RANKER_ADDED)) - set(names))
        print(f"{name}: {len(names)} ranker inputs, {len(cnames)} calibration inputs; shipped ranker inputs left out: "
              f"{missing or 'none'}", flush=True)
        cpu = time.process_time()
        key = data_key(groups, names, cnames, sources)
        if args.fold:
            if args.fold == "none":
                fitted(groups, "none", names, cnames, {g: groups[g].rank_arrays(names) for g in groups}, key)
            else:
                family_folds(groups, names, cnames, name, key, only=args.fold)
            continue
        result = family_folds(groups, names, cnames, name, key)
        assert result is not None
        folds, chosen = result
        after = {g: ask_refit.figures(folds[g], chosen[g]) for g in order}
        print(f"\n{name} (+{'+'.join(added) or 'nothing'}), {time.process_time() - cpu:.0f} CPU s, max RSS "
              f"{max_rss_mb():.0f} MB; per group right+cited / withheld / wrong>=0.8 / unanswerable abstained, "
              "shipped -> held out by family (nested threshold):", flush=True)
        report(before, after, chosen, order)
        results[name] = {"after": after, "chosen": chosen, "added": added}
        if args.at is not None:
            at = {g: ask_refit.figures(folds[g], args.at) for g in order}
            print(f"  {name} at {args.at:.3f} for every group:")
            report(before, at, dict.fromkeys(order, args.at), order)
            results[name]["at"] = at
        if args.write == name:
            model = fitted(groups, "none", names, cnames, {g: groups[g].rank_arrays(names) for g in groups}, key)
            assert model is not None
            model.threshold = ask_refit.Grid(folds).choose(order)
            F.GATE_EXTRA[:] = ["top_score"]
            knots, start = F.report_shown(folds, model.threshold)
            F.write_weights(model, f"bench/ask_rankfit.py --write {name}, {sum(len(g.rows) for g in groups.values())}"
                            f" questions, {len(order)} groups, held out by family", knots, start)
            text = F.WEIGHTS.read_text(encoding="utf-8")  # RANKER_ADDED's inputs are in the refitted RANKER now
            begin = text.index("RANKER_ADDED: dict[str, float] = {\n")
            end = text.index("\n}\n", begin) + 3
            F.WEIGHTS.write_text(text[:begin] + "RANKER_ADDED: dict[str, float] = {}\n" + text[end:], encoding="utf-8")
            print(f"wrote {F.WEIGHTS}")
    args.out.write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
