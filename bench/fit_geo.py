"""Leave-one-set-out fit of the geocoder's decision thresholds, from one built database.

    python bench/fit_geo.py --db DB [--sets 1,…,19] [--cost 2,4,9,32] [--eponyms]

The database holds every annotated set's documents (seed, essays and the panels of
``bench/annotations/places-docs-v*``). Each place entity keeps the scored senses its
decision weighed (``details.geocoding.candidates``, best first), so the last step of
``places._decide`` can be replayed offline: a name decided in context ("best evidence",
"weak evidence", "ambiguous") is mapped when its best sense scores at least ``floor`` and
beats the next distinct sense by ``margin`` (``GEO_WEIGHTS``). For every annotated place
typed as a place (``eval_geo``'s rows, first mention per document and name) the replay
says whether it would be mapped and right (the scorer's own test on the candidate's
point); for every annotated non-place typed as a place, whether it would be mapped.

The fit: for each set left out, the (floor, margin) of the grid that maximises
``right - cost * (wrong + non-places mapped)`` on the other sets, scored on the set left
out. ``cost`` is the price of a wrong point in right ones: 32 keeps the marginal precision
at the 0.97 accuracy target, 4 accepts a change whose added points are 80 % right, 2 two
thirds. Names settled on priors alone (``settled_floor``, ``settled_margin``), gated,
qualified or not geocoded are not replayed (their decision does not turn on these two
thresholds); interactions (a place decided differently giving other context) are not
modelled, so a chosen change is to be checked by a build.

``--eponyms`` measures a candidate method on the annotated places the gazetteer has no
sense for: a natural feature named after a town ("X Bay", "Lake X", "Strait of X"; a
feature noun by WordNet, not a stream) placed at the famous town sense of X, counted right
or wrong by the scorer, split by whether the town's prior reaches the floor.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

import eval_geo as eg  # noqa: E402
from miss_causes import place_cause, set_files  # noqa: E402

from vitrina.extract import places  # noqa: E402

# the reasons ``places._decide`` gives after weighing the floor and the margin in context
REPLAYED = frozenset({"best evidence", "weak evidence", "ambiguous"})
FLOORS = (6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0)
MARGINS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5)


@dataclass
class Record:
    """One replayable decision: scores of its distinct senses, best first, and for an
    annotated place whether each sense is right (None for a non-place)."""

    set: str
    name: str
    scores: list[float]
    right: list[bool] | None


@dataclass
class Tally:
    right: int = 0
    wrong: int = 0
    nonplaces: int = 0
    rows: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.right, self.wrong, self.nonplaces = (
            self.right + other.right, self.wrong + other.wrong, self.nonplaces + other.nonplaces)

    def utility(self, cost: float) -> float:
        return self.right - cost * (self.wrong + self.nonplaces)


def _geocoding(kb: eg.Kb, entity: str) -> dict:
    return kb.entities.get(entity, {}).get("details", {}).get("geocoding", {}) or {}


def _candidate_right(row: dict, cand: dict) -> bool:
    if cand.get("lat") is None:
        return False
    as_entity = {"lat": cand["lat"], "lon": cand["lon"], "details": {"geocoding": {"country": cand["country"] or None}}}
    return eg.place_right(row, as_entity)[0]


def records(kb: eg.Kb, sets: list[str]) -> list[Record]:
    out: list[Record] = []
    for n in sets:
        place_file, nonplace_file, _ = set_files(n)
        for row in eg.read_jsonl(place_file, "all"):
            found = eg.place_mention(kb, row)
            if found is None or found[0] is None:
                continue
            geo = _geocoding(kb, found[0][3])
            if geo.get("decision") in REPLAYED and geo.get("candidates"):
                cands = geo["candidates"]
                out.append(Record(n, row["name"], [c["score"] for c in cands], [_candidate_right(row, c) for c in cands]))
        for row in eg.read_jsonl(nonplace_file, "all"):
            doc, span, _ = eg.locate(kb, row, "text")
            if doc is None or span is None:
                continue
            m = kb.mention_at(doc, span, "place")
            if m is None or not (m[0] >= span[0] and m[1] <= span[1]):
                continue
            geo = _geocoding(kb, m[3])
            if geo.get("decision") in REPLAYED and geo.get("candidates"):
                out.append(Record(n, row["text"], [c["score"] for c in geo["candidates"]], None))
    return out


def replay(recs: list[Record], floor: float, margin: float) -> dict[str, Tally]:
    """Per set: what the replayed decisions map under these thresholds."""
    out: dict[str, Tally] = {}
    for r in recs:
        t = out.setdefault(r.set, Tally())
        runner_up = r.scores[1] if len(r.scores) > 1 else float("-inf")
        if r.scores[0] < floor or r.scores[0] - runner_up < margin:
            continue
        if r.right is None:
            t.nonplaces += 1
        elif r.right[0]:
            t.right += 1
        else:
            t.wrong += 1
    return out


def total(tallies: dict[str, Tally], sets: list[str]) -> Tally:
    t = Tally()
    for n in sets:
        t.add(tallies.get(n, Tally()))
    return t


def leave_one_set_out(recs: list[Record], sets: list[str], cost: float) -> dict[str, tuple[tuple[float, float], Tally]]:
    grid = {(f, m): replay(recs, f, m) for f in FLOORS for m in MARGINS}
    chosen = {}
    for out in sets:
        train = [n for n in sets if n != out]
        best = max(grid, key=lambda fm: (total(grid[fm], train).utility(cost), fm))  # ties: the stricter
        chosen[out] = (best, grid[best].get(out, Tally()))
    return chosen


def eponym_probe(kb: eg.Kb, sets: list[str]) -> Counter[tuple[bool, bool]]:
    """(right, the town's prior reaches the floor) of features placed at their namesake town."""
    gaz = places.gazetteer()
    counts: Counter[tuple[bool, bool]] = Counter()
    for n in sets:
        for row in eg.read_jsonl(set_files(n)[0], "all"):
            cause = place_cause(kb, row)
            head = _eponym(row["name"]) if cause and cause[0] == "no candidate" else None
            towns = [s for s in gaz.senses(head) if s.place.kind == "city" and not s.alternate] if head else []
            if not towns:
                continue
            best = max(towns, key=places.prior)
            p = best.place
            ok = eg.place_right(row, {"lat": p.lat, "lon": p.lon, "details": {"geocoding": {"country": p.country}}})[0]
            counts[(ok, places.prior(best) >= places.GEO_WEIGHTS["floor"])] += 1
    return counts


def _eponym(name: str) -> str | None:
    """X of "X Bay", "Lake X", "Strait of X" (a feature noun by WordNet that is no stream)."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2:
        return None
    if len(words) >= 3 and words[1] == "of" and _point_feature(words[0]):
        return " ".join(words[2:])
    if _point_feature(words[-1]):
        return " ".join(words[:-1])
    if _point_feature(words[0]):
        return " ".join(words[1:])
    return None


def _point_feature(word: str) -> bool:
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if wn is None or not places._feature_noun(word.lower()):
        return False
    base = wn.morphy(word.lower(), "n") or word.lower()
    senses = [s for s in wn.synsets(base, "n") if any(lemma.name() == base for lemma in s.lemmas())]
    return not under(senses[: places.FEATURE_SENSES], {wn.synset("stream.n.01")})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, type=Path)
    ap.add_argument("--sets", default=",".join(str(k) for k in range(1, 20)))
    ap.add_argument("--cost", default="2,4,9,32", help="prices of a wrong point, in right ones")
    ap.add_argument("--eponyms", action="store_true")
    a = ap.parse_args(argv)
    kb = eg.Kb.load(a.db)
    sets = a.sets.split(",")
    recs = records(kb, sets)
    w = places.GEO_WEIGHTS
    now = replay(recs, w["floor"], w["margin"])
    print(f"{len(recs)} replayed decisions; now floor {w['floor']}, margin {w['margin']}")
    for cost in (float(c) for c in a.cost.split(",")):
        chosen = leave_one_set_out(recs, sets, cost)
        print(f"\ncost {cost:g}: per set, right · wrong · non-places mapped of the replayed decisions")
        print("| set | now | left out: chosen on the others | (floor, margin) |\n|---|---|---|---|")
        before, after = Tally(), Tally()
        for n in sets:
            b, (fm, t) = now.get(n, Tally()), chosen[n]
            before.add(b)
            after.add(t)
            print(f"| {n} | {b.right} · {b.wrong} · {b.nonplaces} | {t.right} · {t.wrong} · {t.nonplaces} | {fm} |")
        print(f"| all | {before.right} · {before.wrong} · {before.nonplaces} | "
              f"{after.right} · {after.wrong} · {after.nonplaces} | |")
    if a.eponyms:
        counts = eponym_probe(kb, sets)
        print("\nfeatures placed at their namesake town (right, prior >= floor):", dict(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
