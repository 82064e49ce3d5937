"""Round 52 askgate: census of the answers `ask` withholds over every ask group, and the answerability gate refitted
as one calibrated decision, held out by family.

Reads bench/ask_features.py's cached rows (collected with fit_ask.collect_group, which since round 52 keeps the checks
after the gate that withheld an answer: ``checks``). Every question is decided again with the shipped tables (RANKER +
RANKER_ADDED, GATE, LEARNED_THRESHOLD) as bench/gate_census.py does; a question whose row decision is not `ask`'s (a
path outside the ranked pool) keeps `ask`'s outcome under every model, so the figures below move only where the gate
decides.

``census``: per withheld right answer (ask_classes outcome c) what decided — a check after the gate (false premise,
unmet premise, mistyped …) or the gate itself, and then the gate inputs that held it down (contribution
``GATE[n] * (value - mean over the right answers shown)``, the most negative first); beside them the unanswerable
questions the gate rightly refuses on the same inputs.

``fit``: the gate refitted (logistic regression over its inputs, or a recalibration of the shipped gate's log-odds)
on every family but one and decided on that one; the threshold chosen on the training families alone (the most right
+ cited with their unanswerable abstentions and wrong answers at >= 0.8 no worse than the shipped gate's there).
The deciding family is ask_v48–v52, trained on the older families only; then every family out of fold. ``--write``
writes the chosen variant fitted on every family but the deciding one as GATE and LEARNED_THRESHOLD of
src/vitrina/qa/weights.py.

    PYTHONPATH=src .venv/bin/python bench/askgate_refit.py census --db DB --group-db redteam37=RT37.db … \\
        --cache-dir DIR --revision REV
    PYTHONPATH=src .venv/bin/python bench/askgate_refit.py fit … [--variants full:3 recal …] [--write VARIANT]
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_features  # noqa: E402
import askgate_census  # noqa: E402
import fit_ask as F  # noqa: E402
import gate_census  # noqa: E402

from vitrina.qa.weights import GATE, LEARNED_THRESHOLD, RANKER, RANKER_ADDED  # noqa: E402

CONFIDENT = 0.8  # a wrong answer shown at this confidence or more is counted apart (issue #12: none allowed)
FIXED = {"record": 2.5}  # gate inputs whose coefficient a refit keeps (qa/weights.py: "a refit must keep the input")
DECIDING = "v48-v53"  # the newest fresh family: never trained on when it is measured (round 53: ask_v53 joins it)
THRESHOLDS = [t / 1000 for t in range(500, 991, 2)]  # thresholds tried on the training families
GROUP_LOSS = 1  # abstentions on unanswerable questions a training group may lose at the chosen threshold (the
# shipping condition on the deciding family, asked of the training groups too)
SHOWN_CAUSES = 3  # gate inputs printed per withheld question


def family_of(group: str) -> str:
    """The family of an ask group: the dev set, ask_v sets by the rounds that wrote them, the red teams by age."""
    if group == "dev":
        return "dev"
    m = re.fullmatch(r"redteam(\d+)", group)
    if m:
        return "rt37-rt47" if int(m.group(1)) <= 47 else "rt48-rt52"
    n = int(group[1:])
    for lo, hi in ((1, 15), (16, 25), (26, 33), (34, 47), (48, 53)):
        if lo <= n <= hi:
            return f"v{lo}-v{hi}"
    return f"v{n}"


OLDER = {"dev", "v1-v15", "v16-v25", "v26-v33", "v34-v47", "rt37-rt47"}  # the families older than the deciding one


class Item:
    """One question: its row, the shipped decision's inputs and what `ask` did."""

    def __init__(self, row: dict, got: tuple[dict, float, bool] | None) -> None:
        top = row["candidates"][0]["text"] if row["candidates"] else ""
        row = {k: row.get(k) for k in SLIM} | {"candidates": [{"text": top}] if top else []}
        self.row, self.group, self.family = row, row["group"], family_of(row["group"])
        self.answerable = bool(row["answerable"])
        self.values, self.gate, self.right = got if got is not None else ({}, 0.0, False)
        self.has_top = got is not None
        self.checks = list(row.get("checks") or [])
        self.shown = row["shown"] is not None
        self.confidence = float(row["confidence"] or 0.0)
        model_shown = self.has_top and self.gate >= LEARNED_THRESHOLD and not self.checks
        self.follows = model_shown == self.shown  # the row decision is ask's: a new gate moves it
        self.label_case = row["id"] in F.LABEL_CASES

    def decided(self, answered: bool) -> tuple[bool, bool, bool]:
        """(shown, right + cited, wrong shown at >= 0.8) when the gate says ``answered``."""
        if not self.follows or answered == self.shown:  # ask's own outcome where the decision is unchanged
            shown, ok = self.shown, bool(self.row["shown_right"])
        else:
            shown = answered and not self.checks
            ok = (self.right if shown else False) if self.answerable else not shown
        return shown, ok, shown and not ok and self.confidence >= CONFIDENT


SLIM = ("group", "id", "question", "answerable", "expected", "shown", "shown_right", "confidence", "asks", "outcome",
        "checks")  # the fields of a row an Item keeps (a group's full rows are ~100 MB)


def load(args: argparse.Namespace) -> list[Item]:
    """Every chosen group's Items: from the rows cached at ``--revision``, else (``--fallback-dir``) from one rows
    file of the group collected at another revision (its checks unknown: a check's withholding then keeps ask's
    outcome, as any row whose decision is not ask's). Items are kept in ``--items-dir`` by their rows file."""
    group_dbs = {g: Path(d) for g, _, d in (x.partition("=") for x in args.group_db)}
    cache = ask_features.Cache(args.cache_dir, revision=args.revision)
    chosen = ask_features.groups(group_dbs, args.db, args.groups or None)
    names = sorted(set(RANKER) | set(RANKER_ADDED))
    w = np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])
    items: list[Item] = []
    for g, (files, db) in chosen.items():
        path = cache.path(g, files, db)
        if not path.exists():
            old = sorted(args.fallback_dir.glob(f"{g}.*.json")) if args.fallback_dir else []
            if len(old) != 1:
                print(f"{g}: not cached", file=sys.stderr)
                continue
            path = old[0]
            print(f"{g}: rows of another revision ({path})", file=sys.stderr)
        kept = args.items_dir / (path.stem + ".pkl")
        if kept.exists():
            items += pickle.loads(kept.read_bytes())
            continue
        mine = []
        for r in F.derive(json.loads(path.read_text(encoding="utf-8"))):
            got = gate_census.decided(r, names, w)
            if got is not None:
                d = F.rank_arrays([r], names)[0]
                got[0].update(F.rivalry_of(r, d, w, F.agreeing(r)))
            mine.append(Item(r, got))
        F.ARRAYS.clear()
        args.items_dir.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(pickle.dumps(mine))
        items += mine
    return items


# ------------------------------------------------------------ census


def census(items: list[Item]) -> None:
    inputs = [n for n in GATE if n != "intercept"]
    shown = [i for i in items if i.answerable and i.shown and i.row["shown_right"] and i.has_top]
    mean = {n: float(np.mean([i.values.get(n, 0.0) for i in shown])) for n in inputs}
    withheld = [i for i in items if i.answerable and i.row["outcome"] == "c withheld"]
    unans = [i for i in items if not i.answerable and not i.label_case]
    print(f"questions {len(items)}; answerable {sum(i.answerable for i in items)}: right shown "
          f"{sum(i.answerable and bool(i.row['shown_right']) for i in items)}, withheld right (c) {len(withheld)}; "
          f"unanswerable {len(unans)}: abstained {sum(not i.shown for i in unans)}")
    print(f"row decision equal to ask's: {sum(i.follows for i in items)} of {len(items)}")
    by: dict[str, list[Item]] = defaultdict(list)
    for i in withheld:
        by[decider(i)].append(i)
    print("\nWITHHELD RIGHT (c) by what decided (per family: " + ", ".join(sorted({i.family for i in items})) + ")")
    for k, its in sorted(by.items(), key=lambda x: -len(x[1])):
        fams = Counter(i.family for i in its)
        print(f"  {k}: {len(its)} ({', '.join(f'{f} {n}' for f, n in sorted(fams.items()))})")
    un_by: dict[str, list[Item]] = defaultdict(list)
    for i in unans:
        un_by[decider(i) if not i.shown else "answered"].append(i)
    print("UNANSWERABLE by what decided: " + ", ".join(f"{k} {len(v)}" for k, v in
                                                       sorted(un_by.items(), key=lambda x: -len(x[1]))))
    gated = by.get("gate", [])
    gaps = sorted(LEARNED_THRESHOLD - i.gate for i in gated)
    print(f"\nwithheld by the gate, short of {LEARNED_THRESHOLD} by <= 0.05 / 0.15 / 0.3 / more: "
          f"{sum(x <= 0.05 for x in gaps)} / {sum(0.05 < x <= 0.15 for x in gaps)} / "
          f"{sum(0.15 < x <= 0.3 for x in gaps)} / {sum(x > 0.3 for x in gaps)}")
    ug = [i.gate for i in unans if i.has_top]
    for cut in (0.5, 0.7, 0.8, 0.85, LEARNED_THRESHOLD, 0.92, 0.95):
        print(f"  gate >= {cut}: withheld right {sum(i.gate >= cut for i in gated)} of {len(gated)}, "
              f"unanswerable {sum(g >= cut for g in ug)} of {len(ug)}")
    held: Counter[str] = Counter()
    fam_causes: dict[str, list[str]] = defaultdict(list)
    print("\nWITHHELD BY THE GATE: inputs that held each down (contribution vs the right answers shown)")
    for i in sorted(gated, key=lambda x: -x.gate):
        contrib = sorted((GATE[n] * (i.values.get(n, 0.0) - mean[n]), n) for n in inputs)
        for _c, n in contrib[:SHOWN_CAUSES]:
            held[n] += 1
        fam_causes[askgate_census.family(contrib[0][1])].append(f"{i.group} {i.row['id']}")
        print(f"  {i.group} {i.row['id']} gate {i.gate:.3f} [{gate_census.asked(i.row)}] {i.row['question'][:64]!r}"
              f" -> {(i.row['candidates'][0]['text'] if i.row['candidates'] else '')[:36]!r}: "
              + ", ".join(f"{n} {i.values.get(n, 0.0):.2f} ({c:+.2f})" for c, n in contrib[:SHOWN_CAUSES]))
    print("\ncauses (family of the most negative input):")
    for fam, ids in sorted(fam_causes.items(), key=lambda x: -len(x[1])):
        print(f"  {fam}: {len(ids)}")
    print("\nthe inputs most often among the three most negative; means withheld right / right shown / unanswerable "
          "refused by the gate / unanswerable answered (coefficient)")
    refused = [i for i in unans if i.has_top and not i.shown and decider(i) == "gate"]
    answered = [i for i in unans if i.shown]
    for n, k in held.most_common(15):
        cells = [np.mean([i.values.get(n, 0.0) for i in its]) if its else float("nan")
                 for its in (gated, shown, refused, answered)]
        print(f"  {n} ({k}): " + " / ".join(f"{c:.2f}" for c in cells) + f" ({GATE[n]:+.3f})")
    print("\nasked kind: withheld by the gate / right shown / unanswerable refused by the gate")
    kinds = Counter(gate_census.asked(i.row) for i in gated)
    for kind, n in kinds.most_common():
        print(f"  {kind}: {n} / {sum(gate_census.asked(i.row) == kind for i in shown)} / "
              f"{sum(gate_census.asked(i.row) == kind for i in refused)}")
    print("\nCHECKS that withheld a right answer (question -> top candidate):")
    for i in withheld:
        if i.checks or not i.follows:
            print(f"  {i.group} {i.row['id']} {decider(i)} gate {i.gate:.3f}: {i.row['question'][:70]!r} -> "
                  f"{(i.row['candidates'][0]['text'] if i.row['candidates'] else '')[:40]!r}")


def decider(i: Item) -> str:
    """What withheld the question's answer: a check after the gate, the gate, or a path the rows do not see."""
    if i.shown:
        return "shown, another citation"
    if i.checks:
        return "check " + "+".join(i.checks)
    if not i.has_top:
        return "no candidate"
    if i.gate < LEARNED_THRESHOLD:
        return "gate"
    return "other (ask's own path)"


# ------------------------------------------------------------ fit

INPUTS = [n for n in GATE if n != "intercept"]
EXTRA = ["typed_agrees", "typed_role", "predicate_link", "asked_link", "names_in_section", "clause_frame",
         "rival_same_kind", "rival_other_sentence", "rival_typed", "rival_slot", "rival_other_document",
         "top_sentence_mass"]  # inputs `ask` computes when the gate reads them (answerable.MEMBER, FRAME, RIVALRY)
KINDS = ["date", "quantity", "person", "place", "name", "named", "list", "sentence", "truth", "other"]


def shipped_logit(i: Item) -> float:
    p = min(max(i.gate, 1e-12), 1 - 1e-12)
    return math.log(p / (1 - p))


class Variant:
    """A gate: ``full:L2`` (logistic over the gate's inputs), ``extra:L2`` (… and EXTRA), ``recal:L2`` (the shipped
    log-odds recalibrated per asked kind: a slope and an offset each), ``threshold`` (the shipped gate, its threshold
    chosen again) or ``shipped``."""

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self.kind, _, l2 = spec.partition(":")
        self.l2 = float(l2 or 1.0)
        self.names = INPUTS if self.kind == "full" else INPUTS + EXTRA if self.kind == "extra" else []

    def x(self, items: list[Item]) -> tuple[np.ndarray, np.ndarray]:
        """Inputs and the fixed offset of each item."""
        if self.kind == "recal":
            rows = []
            for i in items:
                z, k = shipped_logit(i), gate_census.asked(i.row)
                rows.append([z] + [float(k == kk) for kk in KINDS] + [z * float(k == kk) for kk in KINDS])
            return np.array(rows), np.zeros(len(items))
        names = [n for n in self.names if n not in FIXED]
        x = np.array([[i.values.get(n, 0.0) for n in names] for i in items]).reshape(len(items), len(names))
        off = np.array([sum(c * i.values.get(n, 0.0) for n, c in FIXED.items()) for i in items])
        return x, off

    def fit(self, items: list[Item]) -> None:
        if self.kind in ("shipped", "threshold"):
            return
        train = [i for i in items if i.has_top and not i.label_case and (not i.answerable or i.right)]
        x, off = self.x(train)
        y = np.array([float(i.answerable) for i in train])
        self.mu, self.sd = x.mean(0), x.std(0) + 1e-9  # standardised: one penalty means the same for every input
        self.w = logistic((x - self.mu) / self.sd, y, off, self.l2)

    def probs(self, items: list[Item]) -> np.ndarray:
        if self.kind in ("shipped", "threshold"):
            return np.array([i.gate for i in items])
        x, off = self.x(items)
        z = self.w[0] + ((x - self.mu) / self.sd) @ self.w[1:] + off
        return 1 / (1 + np.exp(-np.clip(z, -30, 30)))

    def table(self) -> dict[str, float]:
        """The fitted gate in GATE's form (raw inputs): intercept and a coefficient an input."""
        names = [n for n in self.names if n not in FIXED]
        coef = self.w[1:] / self.sd
        out = {"intercept": float(self.w[0] - (coef * self.mu).sum())}
        out.update({n: float(c) for n, c in zip(names, coef, strict=True)})
        out.update(FIXED)
        return out


def logistic(x: np.ndarray, y: np.ndarray, off: np.ndarray, l2: float) -> np.ndarray:
    """Intercept and coefficients of an L2-penalised logistic regression with a fixed offset (Newton's method)."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    pen = np.full(xb.shape[1], l2)
    pen[0] = 0.0
    for _ in range(100):
        p = 1 / (1 + np.exp(-np.clip(xb @ w + off, -30, 30)))
        grad = xb.T @ (p - y) + pen * w
        hess = xb.T @ (xb * (p * (1 - p))[:, None]) + np.diag(pen + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def tally(items: list[Item], probs: np.ndarray, threshold: float) -> dict[str, int]:
    """Right + cited, answered right, withheld right (c), unanswerable abstained, wrong at >= 0.8."""
    t = dict.fromkeys(("right", "answered", "withheld", "abstained", "unanswerable", "wrong08", "n"), 0)
    for i, p in zip(items, probs.tolist(), strict=True):
        shown, ok, wrong08 = i.decided(i.has_top and p >= threshold)
        t["n"] += 1
        t["right"] += ok
        t["wrong08"] += wrong08
        if i.answerable:
            t["answered"] += ok and shown
            t["withheld"] += (not shown) and i.right and (i.follows or i.row["outcome"] == "c withheld")
        else:
            t["unanswerable"] += 1
            t["abstained"] += not shown
    return t


def choose(items: list[Item], v: Variant) -> float:
    """The threshold for ``v`` on training items: the most right + cited whose unanswerable abstentions and wrong
    answers at >= 0.8 are no worse than the shipped gate's on the same items."""
    by = groups_of(items)
    base = {g: tally(its, np.array([i.gate for i in its]), LEARNED_THRESHOLD) for g, its in by}
    p = v.probs(items)
    at = {g: [k for k, i in enumerate(items) if i.group == g] for g, _its in by}
    best = (-1, LEARNED_THRESHOLD)
    for t in THRESHOLDS:
        s = {g: tally(its, p[at[g]], t) for g, its in by}
        total = {k: sum(x[k] for x in s.values()) for k in ("right", "abstained", "wrong08")}
        if (total["abstained"] >= sum(b["abstained"] for b in base.values())
                and total["wrong08"] <= sum(b["wrong08"] for b in base.values())
                and all(s[g]["abstained"] >= base[g]["abstained"] - GROUP_LOSS for g in s)
                and total["right"] > best[0]):
            best = (total["right"], t)
    return best[1]


def show(t: dict[str, int]) -> str:
    return (f"{t['right']}/{t['n']} · {t['answered']} · c {t['withheld']} · {t['abstained']}/{t['unanswerable']} · "
            f"≥0.8 wrong {t['wrong08']}")


def run_fold(items: list[Item], train_fams: set[str], test_fam: str, v: Variant) -> tuple[float, list[Item], np.ndarray]:
    train = [i for i in items if i.family in train_fams]
    test = [i for i in items if i.family == test_fam]
    v.fit(train)
    thr = choose(train, v) if v.kind != "shipped" else LEARNED_THRESHOLD
    return thr, test, v.probs(test)


def fit(items: list[Item], specs: list[str]) -> None:
    fams = sorted({i.family for i in items})
    print("per group: right+cited/n · answered right · withheld right (c) · unanswerable abstained · wrong >= 0.8")
    shipped = {g: tally(its, np.array([i.gate for i in its]), LEARNED_THRESHOLD) for g, its in groups_of(items)}
    for spec in specs:
        v = Variant(spec)
        print(f"\n=== {spec}")
        for fam in ([DECIDING] if DECIDING in fams else []) + [f for f in fams if f != DECIDING]:
            train_fams = (OLDER if fam == DECIDING else set(fams)) - {fam}
            thr, test, p = run_fold(items, train_fams, fam, v)
            lines, before, after = [], Counter(), Counter()
            lost = 0
            for g, its in groups_of(test):
                idx = [k for k, i in enumerate(test) if i.group == g]
                a = tally(its, p[idx], thr)
                b = shipped[g]
                before.update(b)
                after.update(a)
                lost += b["abstained"] - a["abstained"] > 1
                lines.append(f"    {g}: {show(b)} -> {show(a)}{'  *' if a != b else ''}")
            print(f"  {fam} (threshold {thr:.3f}, trained on {', '.join(sorted(train_fams))}): "
                  f"{show(dict(before))} -> {show(dict(after))}; groups losing > 1 abstention: {lost}")
            if fam == DECIDING or len(lines) <= 6:
                print("\n".join(lines))


def groups_of(items: list[Item]) -> list[tuple[str, list[Item]]]:
    out: dict[str, list[Item]] = defaultdict(list)
    for i in items:
        out[i.group].append(i)
    return list(out.items())


def write(items: list[Item], spec: str, revision: str) -> None:
    """GATE and LEARNED_THRESHOLD of qa/weights.py from ``spec`` fitted on the families older than the deciding one
    (each input keeps its comment; the table's header names this script, the groups and the rows' revision)."""
    v = Variant(spec)
    train = [i for i in items if i.family in OLDER]
    v.fit(train)
    thr = choose(train, v)
    table = v.table()
    fams = sorted({i.family for i in train})
    text = F.WEIGHTS.read_text(encoding="utf-8")
    start = text.index("# GATE: logistic regression")
    body = text.index("GATE: dict[str, float] = {", start)
    end = text.index("\n}\n", body) + 3
    comments = dict(re.findall(r'^    "(\w+)": [-0-9.]+,  # (.*)$', text[body:end], flags=re.M))
    lines = ["# GATE: logistic regression of 'the best candidate is right' against 'unanswerable' (abstention; "
             "empty: the confidence decides).",
             f"# Generated by bench/askgate_refit.py write --variants {spec} (round 52 askgate, issue #12): fitted on "
             f"{len(train)} questions of the families {', '.join(fams)} (the rows of bench/ask_features.py at "
             f"revision {revision[:12]}), ask_v48–v52 held out; every input standardised, L2 {v.l2:g}; "
             f"{', '.join(FIXED)} kept at its value.",
             "GATE: dict[str, float] = {"]
    for n, c in table.items():
        lines.append(f'    "{n}": {c:.3f},  # {comments.get(n, "(round 52: answerable.py input)")}')
    text = text[:start] + "\n".join(lines) + "\n}\n" + text[end:]
    text = re.sub(r"^LEARNED_THRESHOLD = [0-9.]+  #", f"LEARNED_THRESHOLD = {thr:.3f}  # (round 52 askgate: chosen "
                  "on the training families, none losing more than one abstention) ", text, count=1, flags=re.M)
    F.WEIGHTS.write_text(text, encoding="utf-8")
    print(f"{spec}: threshold {thr:.3f}, {len(table)} coefficients -> {F.WEIGHTS}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("census", "fit", "write"))
    parser.add_argument("groups", nargs="*")
    parser.add_argument("--db", type=Path, default=F.eval_ask.DEFAULT_DB)
    parser.add_argument("--group-db", nargs="*", default=[], metavar="GROUP=DB")
    parser.add_argument("--cache-dir", type=Path, default=F.ROOT / "build" / "ask_features")
    parser.add_argument("--revision", help="the rows' code revision (bench/ask_features.py prints it)")
    parser.add_argument("--group-loss", type=int, default=GROUP_LOSS, help="abstentions a training group may lose")
    parser.add_argument("--fallback-dir", type=Path, help="rows of another revision for groups not cached")
    parser.add_argument("--items-dir", type=Path, default=F.ROOT / "build" / "askgate_items")
    parser.add_argument("--variants", nargs="*", default=["shipped", "recal:1", "full:1", "full:10", "extra:10"])
    args = parser.parse_args()
    globals()["GROUP_LOSS"] = args.group_loss  # read by choose()
    items = load(args)
    if args.command == "census":
        census(items)
    elif args.command == "fit":
        fit(items, args.variants)
    else:
        write(items, args.variants[0], args.revision or "")


if __name__ == "__main__":
    main()
