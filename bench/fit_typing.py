"""Fit the weights that retype a name NER typed person, organization or other as a place.

    python bench/fit_typing.py --db DB [--sets 1,…,23] [--cost 2] [--write] [--examples] [--unnamed-weights]
        [--drop-features F,…] [--drop-types none] [--cache FILE]

The database holds every annotated set's documents (seed, essays and the panels of
``bench/annotations/places-docs-v*``). Every mention the build did not type place, in a
document a set annotates, is a record: its evidence (``places.typing_evidence``: WordNet's
kinds of the name, the gazetteer's famous sense by main name, a feature, land or place-name
head, the word before it, a person's cue, a possessive, a word of a person's name in the
document), its type, and its label: a place when an annotated place of the set (every mention,
``places_vN_all.jsonl`` where the set has one) has its head there, else not a place (the places
sets annotate every place of their documents), marked a person when an annotated person's
mention is there.

A record with a gate (``places.TYPING_GATES``: a person's evidence, an area that holds no place
of the name) is never retyped and is left out of the fit. The fit: logistic regression (L2, ``--l2``) of place against not on the records of the other
sets, then the score threshold that maximises ``places - cost * non-places - person_cost * person
mentions`` retyped on those sets (an annotated person's mention retyped counts as a non-place and,
again, as a person's mention lost); both scored on the set left out. Reported per set: places retyped (and of them, names the
gazetteer knows, which can get a point), non-places retyped, annotated person mentions retyped.
``--write`` prints the weights fitted on every set, as ``places.TYPING_WEIGHTS`` takes them.
Interactions (a retyped name giving context to another; the surname pass taking it back) are
not modelled: a chosen fit is to be checked by a build.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

import eval_geo as eg  # noqa: E402
from miss_causes import set_files  # noqa: E402

from vitrina.extract import places  # noqa: E402

TYPES = ("person", "organization", "other", "none")  # "none": a run no mention covers (``places.unnamed_candidates``)
MAX_WORDS = 4  # longer names are titles and organisations' names, as in ``cluster.places_by_evidence``


@dataclass
class Record:
    set: str
    doc: str
    name: str
    ner_type: str
    evidence: frozenset[str]
    place: bool
    person: bool  # an annotated person's mention
    known: bool  # the gazetteer knows the name by main name (a retyped place can get a point)


def _every_mention(n: str) -> Path | None:
    first, _, _ = set_files(n)
    every = first.with_name(first.stem + "_all.jsonl")
    return every if every.exists() else None


def _annotated_places(n: str) -> list[dict]:
    return eg.read_jsonl(_every_mention(n) or set_files(n)[0], "all")


def records(kb: eg.Kb, sets: list[str], gaz, samples: set[str]) -> list[Record]:
    """The records of every set; a set of ``samples`` (annotating some places of its documents,
    not all) gives only the records an annotation labels (a place, a person, a non-place)."""
    out: list[Record] = []
    for n in sets:
        _, nonplace_file, person_file = set_files(n)
        place_at: set[tuple[str, int, int]] = set()
        heads: dict[str, list[tuple[int, int]]] = defaultdict(list)  # annotated places' heads, by document
        person_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        docs: set[str] = set()
        # a set that annotates only the first mention of each name: its names' other mentions
        # in the document are places too
        named: set[tuple[str, str]] = set()
        every = not _every_mention(n)
        for row in _annotated_places(n):
            doc, span, _ = eg.locate(kb, row, "name", alone=True)
            if doc is None or span is None:
                continue
            docs.add(doc)
            head = eg.head_span(kb.texts[doc], span)
            heads[doc].append(head)
            if every:
                named.add((doc, " ".join(kb.texts[doc][head[0]:head[1]].split())))
            m = kb.mention_at(doc, head)
            if m is not None and m[2] != "place" and m[0] >= span[0] - 4 and m[1] <= span[1]:
                place_at.add((doc, m[0], m[1]))
        person_at: set[tuple[str, int, int]] = set()
        for row in eg.read_jsonl(person_file, "all"):
            for mention in row["mentions"]:
                doc, span, _ = eg.locate(kb, mention, "text")
                if doc and span:
                    person_spans[doc].append(span)
                m = kb.mention_at(doc, span) if doc and span else None
                if m is not None:
                    person_at.add((doc, m[0], m[1]))
        nonplace_at: set[tuple[str, int, int]] = set()
        for row in eg.read_jsonl(nonplace_file, "all"):
            doc, span, _ = eg.locate(kb, row, "text")
            m = kb.mention_at(doc, span) if doc and span else None
            if m is not None:
                nonplace_at.add((doc, m[0], m[1]))
        for doc in sorted(docs):
            text = kb.texts[doc]
            people_by_word: dict[str, set[str]] = defaultdict(set)
            for s, e, t, _ in kb.mentions.get(doc, ()):
                if t == "person":
                    name = " ".join(text[s:e].split())
                    for w in name.split():
                        people_by_word[w].add(name)
            place_spans = places.PlaceSpans.of((s, e) for s, e, t, _ in kb.mentions.get(doc, ()) if t == "place")
            for s, e in places.unnamed_candidates(text, ((s, e) for s, e, _, _ in kb.mentions.get(doc, ())), gaz):
                if n in samples:
                    continue  # a sample set labels no run NER left out
                name = " ".join(text[s:e].split())
                out.append(Record(n, doc, name, "none",
                                  places.typing_evidence(text, s, e, gaz, people_by_word, place_spans),
                                  any(a < e and s < b for a, b in heads[doc]),
                                  any(a < e and s < b for a, b in person_spans[doc]),
                                  any(not x.alternate for x in gaz.senses(name))))
            for s, e, t, _ in kb.mentions.get(doc, ()):
                name = " ".join(text[s:e].split())
                if t not in TYPES or len(name.split()) > MAX_WORDS or not name[:1].isupper():
                    continue
                labelled = (doc, s, e) in place_at | person_at | nonplace_at or (doc, name) in named
                if n in samples and not labelled:
                    continue
                out.append(Record(n, doc, name, t, places.typing_evidence(text, s, e, gaz, people_by_word, place_spans),
                                  (doc, s, e) in place_at or (doc, name) in named, (doc, s, e) in person_at,
                                  any(not x.alternate for x in gaz.senses(name))))
    return out


def design(recs: list[Record], unnamed_weights: bool = False) -> np.ndarray:
    cols = columns(unnamed_weights)
    x = np.zeros((len(recs), len(cols)))
    for i, r in enumerate(recs):
        x[i, cols.index(f"bias_{r.ner_type}")] = 1.0
        for f in r.evidence:
            x[i, cols.index(f)] = 1.0
            if unnamed_weights and r.ner_type == "none":
                x[i, cols.index(places.UNNAMED_PREFIX + f)] = 1.0
    return x


def columns(unnamed_weights: bool = False) -> list[str]:
    """The biases, the features, and with ``unnamed_weights`` each feature's added weight for a
    run no mention covers (``places.UNNAMED_PREFIX``)."""
    own = [places.UNNAMED_PREFIX + f for f in places.TYPING_FEATURES] if unnamed_weights else []
    return [f"bias_{t}" for t in TYPES] + list(places.TYPING_FEATURES) + own


def logistic(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 3000) -> np.ndarray:
    """Weights of an L2-regularised logistic regression (Newton steps; biases not penalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[: len(TYPES)] = 0.0
    for _ in range(min(steps, 50)):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def best_threshold(scores: np.ndarray, y: np.ndarray, person: np.ndarray, cost: float, person_cost: float) -> float:
    """The score threshold maximising places − cost × non-places − person_cost × annotated person
    mentions retyped (a person's mention retyped is a non-place and a person's mention lost; the
    stricter on ties)."""
    best, chosen = 0.0, math.inf
    for t in sorted(set(np.round(scores, 6)), reverse=True):
        hit = scores >= t
        utility = float(y[hit].sum() - cost * (~y[hit].astype(bool)).sum() - person_cost * person[hit].sum())
        if utility > best:
            best, chosen = utility, t
    return chosen


@dataclass
class Tally:
    places: int = 0
    known: int = 0
    nonplaces: int = 0
    persons: int = 0

    def row(self) -> str:
        return f"{self.places} ({self.known} known) · {self.nonplaces} · {self.persons}"


def tally(recs: list[Record], hit: np.ndarray) -> Tally:
    t = Tally()
    for r, h in zip(recs, hit, strict=True):
        if not h:
            continue
        if r.place:
            t.places += 1
            t.known += r.known
        else:
            t.nonplaces += 1
        t.persons += r.person
    return t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, type=Path)
    ap.add_argument("--sets", default=",".join(str(k) for k in range(1, 24)))
    ap.add_argument("--samples", default="1", help="sets that annotate a sample of their documents' places")
    ap.add_argument("--cost", type=float, default=2.0)
    ap.add_argument("--person-cost", type=float, default=2.0,
                    help="the added price of an annotated person's mention retyped (a person lost)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--examples", action="store_true", help="print the records retyped out of sample")
    ap.add_argument("--drop-features", default="", help="features left out (a before/after comparison)")
    ap.add_argument("--drop-types", default="", help="record types left out ('none': runs no mention covers)")
    ap.add_argument("--cache", type=Path, help="pickle of the records: read when it exists, else written")
    ap.add_argument("--unnamed-weights", action="store_true",
                    help="fit each feature an added weight for runs no mention covers (``places.UNNAMED_PREFIX``)")
    a = ap.parse_args(argv)
    sets = a.sets.split(",")
    if a.cache and a.cache.exists():
        recs = [r for r in pickle.loads(a.cache.read_bytes()) if r.set in sets]
    else:
        recs = records(eg.Kb.load(a.db), sets, places.gazetteer(), set(a.samples.split(",")))
        if a.cache:
            a.cache.write_bytes(pickle.dumps(recs))
    dropped = frozenset(f for f in a.drop_features.split(",") if f)
    recs = [Record(r.set, r.doc, r.name, r.ner_type, r.evidence - dropped, r.place, r.person, r.known)
            for r in recs if r.ner_type not in a.drop_types.split(",")]
    gated = [r for r in recs if r.evidence & places.TYPING_GATES]  # never retyped: NER's type stays
    recs = [r for r in recs if not r.evidence & places.TYPING_GATES]
    print(f"{len(gated)} records gated ({sum(r.place for r in gated)} annotated places, "
          f"{sum(r.person for r in gated)} person mentions among them)")
    x = design(recs, a.unnamed_weights)
    y = np.array([r.place for r in recs], dtype=float)
    persons = np.array([r.person for r in recs], dtype=float)
    print(f"{len(recs)} records, {int(y.sum())} annotated places among them")
    print("| set left out | threshold | places (known) · non-places · person mentions retyped |")
    print("|---|---|---|")
    all_out = Tally()
    unnamed = Tally()  # of them, runs no mention covered
    for n in sets:
        train = np.array([r.set != n for r in recs])
        w = logistic(x[train], y[train], a.l2)
        threshold = best_threshold(x[train] @ w, y[train], persons[train], a.cost, a.person_cost)
        test = [r for r, t in zip(recs, train, strict=True) if not t]
        hit = (x[~train] @ w) >= threshold
        t = tally(test, hit)
        all_out.places += t.places
        all_out.known += t.known
        all_out.nonplaces += t.nonplaces
        all_out.persons += t.persons
        u = tally([r for r in test if r.ner_type == "none"], hit[[r.ner_type == "none" for r in test]])
        unnamed.places += u.places
        unnamed.known += u.known
        unnamed.nonplaces += u.nonplaces
        unnamed.persons += u.persons
        print(f"| {n} | {threshold:.2f} | {t.row()} |")
        if a.examples:
            for r, h in zip(test, hit, strict=True):
                if h:
                    print(f"    {'PLACE' if r.place else 'not  '} {'person' if r.person else ''}\t{r.name}"
                          f"\t{r.ner_type}\t{sorted(r.evidence)}")
    print(f"| all, left out | | {all_out.row()} |")
    print(f"of them, runs no mention covered: {unnamed.row()}")
    w = logistic(x, y, a.l2)
    threshold = best_threshold(x @ w, y, persons, a.cost, a.person_cost)
    print(f"in sample: threshold {threshold:.2f}: {tally(recs, (x @ w) >= threshold).row()}")
    if a.write:
        for col, v in zip(columns(a.unnamed_weights), w, strict=True):
            print(f'    "{col}": {v:.2f},')
        print(f'    "threshold": {threshold:.2f},')
    return 0


if __name__ == "__main__":
    sys.exit(main())
