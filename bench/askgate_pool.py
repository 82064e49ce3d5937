"""Round 53 askgate: new evidence for the answerability gate — the pool's agreement on the best answer by what it
denotes, and the answer's extractor type against the question's wh-slot — measured, then the gate refitted with it
held out by family (bench/askgate_refit.py's folds, threshold rule and figures).

**Pool agreement.** `ask` pools its candidates by their folded text, so one answer written two ways ("22 June 1941",
"June 22, 1941"; "Roosevelt", "Franklin D. Roosevelt"; "2,000 men", "two thousand men") is two rivals, and the
gate reads a split pool as doubt. Here every pooled candidate gets a *normalised key* from the store's facts at its
sentence: the linked entity a mention of it denotes, the EDTF value of a date, the value and unit of a quantity (a
fact covering at least ``COVER`` of the candidate's characters), else its folded text. The best answer's *pool* is
every candidate with its key or alike in words (answerable.alike); the runner-up is the best candidate outside it,
and its pool the same way. Per question:

* ``pool_sections`` / ``pool_documents``: sections / documents of the sentences stating the best answer's pool,
  beyond the first, over ``SCALE`` (at most 1);
* ``pool_rival_sections``: the same for the runner-up's pool (0 without a runner-up);
* ``pool_lead``: (best pool's sections − runner-up pool's) / their sum;
* ``pool_share``: the pooled score share of the best answer's pool (``alike_share`` with normalised keys);
* ``pool_merged``: 1 when normalisation joined a candidate the words alone did not.

**Type against the wh-slot.** ``slot_typed``: who/when/where/how many asked (asks_person, _date, _place,
_quantity) and the best answer is an extractor fact of that type (kind_person …); ``slot_mistyped``: such a slot
asked and the answer of another extractor type (person, place, date, quantity, organization); both 0 when no typed
slot is asked. The gate already reads ``agrees``, ``fit``, ``head_category`` and ``kind_*`` beside ``asks_*``: the
census prints how far the new values separate beyond them.

    PYTHONPATH=src .venv/bin/python bench/askgate_pool.py census|fit --db DB --group-db redteam37=RT37.db … \\
        --cache-dir DIR --revision REV [--fallback DIR=DB …] [--variants only:10 only-slot:10 pool:10 …]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import pickle
import sqlite3
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_features  # noqa: E402
import askgate_refit as R  # noqa: E402
import fit_ask as F  # noqa: E402
import gate_census  # noqa: E402

from vitrina.qa.answerable import alike  # noqa: E402
from vitrina.qa.candidates import _key  # noqa: E402
from vitrina.qa.weights import RANKER, RANKER_ADDED  # noqa: E402

COVER = 0.6  # share of a candidate's characters a stored fact must cover to give the candidate its value
SCALE = 2.0  # sections or documents beyond the first at which a pool count is 1 (as AGREE["documents"])
POOL = ("pool_sections", "pool_documents", "pool_rival_sections", "pool_lead", "pool_share", "pool_merged")
SLOT = ("slot_typed", "slot_mistyped")
NEW = POOL + SLOT
TYPED_SLOTS = ("person", "date", "place", "quantity")  # wh-slots an extractor type answers (who, when, where, how many)
OTHER_TYPES = ("person", "place", "date", "quantity", "organization")  # extractor types a candidate can be of


class Facts:
    """The store's facts of the sentences a row's candidates cite, read once per sentence."""

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        self.cache: dict[int, tuple] = {}

    def sentence(self, sid: int) -> tuple:
        """(document, section, start, text, facts): facts are (start, end, key) in document offsets."""
        if sid not in self.cache:
            row = self.conn.execute("select document, section, start, \"end\", text from sentences where id = ?",
                                    (sid,)).fetchone()
            if row is None:
                self.cache[sid] = ("", None, 0, "", [])
            else:
                doc, section, start, end, text = row
                facts = [(s, e, f"e:{ent}") for ent, s, e in self.conn.execute(
                    "select entity, start, \"end\" from mentions where document = ? and start < ? and \"end\" > ?",
                    (doc, end, start))]
                facts += [(s, e, f"d:{edtf}") for s, e, edtf in self.conn.execute(
                    "select start, \"end\", edtf from dates where document = ? and start < ? and \"end\" > ?",
                    (doc, end, start))]
                facts += [(s, e, f"q:{v:g}:{u or ''}") for s, e, v, u in self.conn.execute(
                    "select start, \"end\", value, unit from quantities where document = ? and start < ? and "
                    "\"end\" > ?", (doc, end, start))]
                self.cache[sid] = (doc, section, start, text, facts)
        return self.cache[sid]

    def key(self, text: str, sids: list[int]) -> str:
        """The candidate's normalised key: the fact of one of its sentences covering it, else its folded text."""
        for sid in sids:
            _doc, _section, start, sentence, facts = self.sentence(sid)
            at = sentence.lower().find(text.lower()) if text else -1
            if at < 0:
                continue
            a, b = start + at, start + at + len(text)
            best = max(((min(b, e) - max(a, s), k) for s, e, k in facts if min(b, e) > max(a, s)), default=None)
            if best is not None and best[0] >= COVER * len(text) and best[0] >= COVER * (
                    next(e - s for s, e, k in facts if k == best[1])):
                return best[1]
        return "t:" + _key(text)


@lru_cache(maxsize=1)
def shipped_weights() -> tuple[list[str], np.ndarray]:
    names = sorted(set(RANKER) | set(RANKER_ADDED))
    return names, np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])


def pool_values(row: dict, d: F.Arrays, w: np.ndarray, facts: Facts) -> dict[str, float]:
    """The pool values of a question's row under ranker ``w`` (see the module's docstring)."""
    out = dict.fromkeys(POOL, 0.0)
    if not len(d[3]):
        return out
    _best, s, _y = F.best_members(d, w)
    order = [int(j) for j in np.argsort(-s, kind="stable")]
    p = np.exp(s - s.max())
    p /= p.sum()
    cands = row["candidates"]
    keys = {j: facts.key(cands[j]["text"], cands[j].get("member_sentences", [])) for j in order[:POOL_DEPTH]}
    top = order[0]

    def pool(lead: int, taken: set[int]) -> list[int]:
        return [j for j in order[:POOL_DEPTH] if j not in taken and (
            keys[j] == keys[lead] or alike(cands[j]["text"], cands[lead]["text"]))]

    mine = pool(top, set())
    runner = next((j for j in order[:POOL_DEPTH] if j not in mine), None)
    theirs = pool(runner, set(mine)) if runner is not None else []

    def places(js: list[int]) -> tuple[set, set]:
        sids = [sid for j in js for sid in cands[j].get("member_sentences", [])]
        info = [facts.sentence(sid) for sid in sids]
        return {i[0] for i in info if i[0]}, {(i[0], i[1]) for i in info if i[0]}

    docs, sections = places(mine)
    _rdocs, rsections = places(theirs)
    out["pool_documents"] = min(1.0, max(0, len(docs) - 1) / SCALE)
    out["pool_sections"] = min(1.0, max(0, len(sections) - 1) / SCALE)
    out["pool_rival_sections"] = min(1.0, max(0, len(rsections) - 1) / SCALE) if theirs else 0.0
    total = len(sections) + len(rsections)
    out["pool_lead"] = (len(sections) - len(rsections)) / total if total else 0.0
    out["pool_share"] = float(sum(p[j] for j in mine))
    out["pool_merged"] = float(any(not alike(cands[j]["text"], cands[top]["text"]) for j in mine))
    return out


POOL_DEPTH = 20  # pooled candidates read, best first (a pool beyond them holds little of the pooled score)


def slot_values(row: dict, member: dict) -> dict[str, float]:
    """slot_typed / slot_mistyped of the best answer (its member's kind_* against the asked slot)."""
    asked = next((k for k in TYPED_SLOTS if row["asks"].get("asks_" + k)), None)
    if asked is None:
        return dict.fromkeys(SLOT, 0.0)
    own = float(bool(member.get("kind_" + asked)))
    other = float(not own and any(member.get("kind_" + t) for t in OTHER_TYPES))
    return {"slot_typed": own, "slot_mistyped": other}


def load(args: argparse.Namespace) -> list[R.Item]:
    """askgate_refit.load's Items, each with the new values beside the shipped decision's inputs."""
    group_dbs = {g: Path(d) for g, _, d in (x.partition("=") for x in args.group_db)}
    cache = ask_features.Cache(args.cache_dir, revision=args.revision)
    chosen = ask_features.groups(group_dbs, args.db, args.groups or None)
    names, w = shipped_weights()
    items: list[R.Item] = []
    fallbacks = [(Path(d), Path(b) if b else None) for d, _, b in (x.partition("=") for x in args.fallback)]
    for g, (files, db) in chosen.items():
        path = cache.path(g, files, db)
        if not path.exists():  # rows of another revision, read with the database they were asked on
            found = [(old[0], fdb if fdb is not None and g not in F.REDTEAM else db) for fdir, fdb in fallbacks
                     if len(old := sorted(fdir.glob(f"{g}.*.json"))) == 1]
            if not found:
                print(f"{g}: not cached", file=sys.stderr)
                continue
            path, db = found[0]
            print(f"{g}: rows of another revision ({path}, {db})", file=sys.stderr)
        kept = args.items_dir / (path.stem + ".pkl")
        if kept.exists():
            items += pickle.loads(kept.read_bytes())
            continue
        mine = []
        facts = Facts(db)
        with contextlib.closing(facts.conn):
            for r in F.derive(json.loads(path.read_text(encoding="utf-8"))):
                got = gate_census.decided(r, names, w)
                if got is not None:
                    d = F.rank_arrays([r], names)[0]
                    got[0].update(F.rivalry_of(r, d, w, F.agreeing(r)))
                    got[0].update(pool_values(r, d, w, facts))
                    top = F.top_of(d, w)
                    got[0].update(slot_values(r, F.members_of(r)[top[0]] if top else {}))
                mine.append(R.Item(r, got))
        F.ARRAYS.clear()
        args.items_dir.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(pickle.dumps(mine))
        items += mine
    return items


# ------------------------------------------------------------ census


def census(items: list[R.Item]) -> None:
    """How far each new value separates the withheld right answers from the unanswerable questions the gate
    refuses, beside the inputs it already reads; per family, for the newest apart."""
    gated = [i for i in items if i.answerable and i.row["outcome"] == "c withheld" and R.decider(i) == "gate"]
    shown = [i for i in items if i.answerable and i.shown and i.row["shown_right"] and i.has_top]
    unans = [i for i in items if not i.answerable and not i.label_case and i.has_top]
    refused = [i for i in unans if not i.shown]
    print(f"withheld by the gate {len(gated)}, right shown {len(shown)}, unanswerable {len(unans)} (refused "
          f"{len(refused)})")
    print("\nAUC withheld right > unanswerable refused · right shown > unanswerable; means withheld / shown / "
          "unanswerable refused / answered; fresh family v48-v53 AUC withheld > refused")
    fresh = [i for i in gated if i.family == R.DECIDING]
    fresh_ref = [i for i in refused if i.family == R.DECIDING]
    answered = [i for i in unans if i.shown]
    for n in NEW + ("alike_share", "alike_documents", "distinct_lead", "support", "share", "agrees", "fit",
                    "typed_agrees", "head_category", "rival_typed", "rival_other_document"):
        wv, sv, rv, av = ([i.values.get(n, 0.0) for i in its] for its in (gated, shown, refused, answered))
        fw, fr = ([i.values.get(n, 0.0) for i in its] for its in (fresh, fresh_ref))
        mark = "*" if n in R.GATE else ""
        print(f"  {n}{mark}: {gate_census.auc(wv, rv):.2f} · {gate_census.auc(sv, rv + av):.2f}; "
              + " / ".join(f"{np.mean(v) if v else float('nan'):.2f}" for v in (wv, sv, rv, av))
              + f"; fresh {gate_census.auc(fw, fr):.2f}")
    print("\nslot type by asked kind (typed / mistyped / neither): withheld · shown · unanswerable refused")
    for kind in TYPED_SLOTS:
        cells = []
        for its in (gated, shown, refused):
            mine = [i for i in its if i.row["asks"].get("asks_" + kind)]
            t = sum(i.values.get("slot_typed", 0.0) for i in mine)
            m = sum(i.values.get("slot_mistyped", 0.0) for i in mine)
            cells.append(f"{t:.0f}/{m:.0f}/{len(mine) - t - m:.0f}")
        print(f"  {kind}: " + " · ".join(cells))
    print("\npool merged by normalisation (a candidate joined that words alone did not): withheld · shown · "
          "unanswerable refused · answered: " + " · ".join(
              f"{sum(i.values.get('pool_merged', 0.0) for i in its):.0f}/{len(its)}"
              for its in (gated, shown, refused, answered)))
    c = Counter((i.family, R.decider(i)) for i in items if i.answerable and i.row["outcome"] == "c withheld")
    print("\nwithheld right (c) by family and what decided: " + ", ".join(f"{f} {k} {n}" for (f, k), n in
                                                                         sorted(c.items())))


# ------------------------------------------------------------ fit


SUBSETS = {"": NEW, "pool": POOL, "slot": SLOT, "counts": ("pool_sections", "pool_documents", "pool_rival_sections",
                                                               "pool_lead"), "share": ("pool_share",)}


class PoolVariant(R.Variant):
    """``pool:L2`` the gate's inputs and NEW; ``poolx:L2`` … and askgate_refit's EXTRA; ``only:L2`` the shipped
    gate's log-odds with NEW beside it (the shipped gate kept, the new values added on top; ``only-pool``,
    ``only-slot``, ``only-counts``, ``only-share``: a subset of NEW, ``only-none``: the log-odds alone)."""

    def __init__(self, spec: str) -> None:
        kind, _, _l2 = spec.partition(":")
        kind, _, subset = kind.partition("-")
        super().__init__(spec)
        self.kind = {"pool": "full", "poolx": "extra"}.get(kind, kind)
        self.names = (R.INPUTS + list(NEW) if kind == "pool" else R.INPUTS + R.EXTRA + list(NEW) if kind == "poolx"
                      else list(SUBSETS.get(subset, ())) if kind == "only" else self.names)
        self.on_shipped = kind == "only"
        if self.on_shipped:
            self.kind = "full"

    def x(self, items: list[R.Item]) -> tuple[np.ndarray, np.ndarray]:
        x, off = super().x(items)
        if self.on_shipped:  # the shipped gate's log-odds as one more input, its slope fitted
            x = np.hstack([x, np.array([[R.shipped_logit(i)] for i in items]).reshape(len(items), 1)])
        return x, off

    def table(self) -> dict[str, float]:
        coef = self.w[1:] / self.sd
        names = [n for n in self.names if n not in R.FIXED] + (["gate_logit"] if self.on_shipped else [])
        out = {"intercept": float(self.w[0] - (coef * self.mu).sum())}
        out.update({n: float(c) for n, c in zip(names, coef, strict=True)})
        return out


def coefficients(items: list[R.Item], specs: list[str]) -> None:
    """Each variant fitted on the families older than the deciding one: its coefficients (raw inputs) and threshold."""
    train = [i for i in items if i.family in R.OLDER]
    for spec in specs:
        v = PoolVariant(spec)
        if v.kind in ("shipped", "threshold"):
            continue
        v.fit(train)
        print(f"{spec} on {', '.join(sorted(R.OLDER))}: threshold {R.choose(train, v):.3f}; "
              + ", ".join(f"{n} {c:+.3f}" for n, c in v.table().items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("census", "fit"))
    parser.add_argument("groups", nargs="*")
    parser.add_argument("--db", type=Path, default=F.eval_ask.DEFAULT_DB)
    parser.add_argument("--group-db", nargs="*", default=[], metavar="GROUP=DB")
    parser.add_argument("--cache-dir", type=Path, default=F.ROOT / "build" / "ask_features")
    parser.add_argument("--revision")
    parser.add_argument("--fallback", nargs="*", default=[], metavar="DIR=DB",
                        help="rows of other revisions (a group's file in the first DIR holding one) and the corpus "
                        "database they were asked on (red teams: their --group-db)")
    parser.add_argument("--items-dir", type=Path, default=F.ROOT / "build" / "askgate_pool_items")
    parser.add_argument("--group-loss", type=int, default=R.GROUP_LOSS)
    parser.add_argument("--variants", nargs="*", default=["shipped", "threshold", "full:10", "pool:10", "only:10"])
    args = parser.parse_args()
    R.GROUP_LOSS = args.group_loss
    items = load(args)
    if args.command == "census":
        census(items)
    else:
        R.Variant = PoolVariant  # type: ignore[misc]  # fit() builds its variants by name
        R.fit(items, args.variants)
        print()
        coefficients(items, args.variants)


if __name__ == "__main__":
    main()
