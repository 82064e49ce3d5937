"""Round 49 askgate: census of classes b (wrong span of the stating sentence) and c (right answer ranked first and
withheld) over ask sets taken as one population, beside the unanswerable questions that must stay abstained.

Reads bench/ask_features.py's cached rows of the groups named and decides each question with the shipped tables
(bench/gate_census.decided: RANKER + RANKER_ADDED, GATE, LEARNED_THRESHOLD). For every class-c question: its gate
probability, and the gate inputs that held it down — each input's contribution ``GATE[n] * (value - mean over the
right answers shown)``, the most negative first; the question's cause is its most negative input's family
(``FAMILY``). The unanswerable questions' gate probabilities and the same inputs' means are printed beside them. For
every class-b question: the winning span, the expected answer, and whether a right candidate of the stating sentence
was among the candidates (its rank).

    PYTHONPATH=src .venv/bin/python bench/askgate_census.py v47 v48 v49 --db build/corpus.db [--revision REV]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_features  # noqa: E402
import fit_ask as F  # noqa: E402
import gate_census  # noqa: E402

from vitrina.qa.weights import GATE, LEARNED_THRESHOLD, RANKER, RANKER_ADDED  # noqa: E402

# families of the gate's inputs, for grouping the causes (a name not listed is its own family)
FAMILY = {
    **dict.fromkeys(("coverage", "exact", "missing_content", "missing_top", "missing_name", "missing_event",
                     "best_coverage", "coverage_gap", "indirect", "qualifier_missing", "asked_unnamed"),
                    "question words in the sentence"),
    **dict.fromkeys(("share", "margin", "top3", "entropy", "candidates", "top_score", "support"),
                    "rivals among the pooled answers"),
    **dict.fromkeys(("aligned", "align_credit", "predicate_missing", "in_slot", "role_slot", "event_slot",
                     "anchor_path", "off_slot", "span_slot", "span_anchor", "span_form", "span_object", "span_prep",
                     "span_subject", "span_chunk", "span_clause", "span_adverbial", "span_part"),
                    "predicate and slot (parse)"),
    **dict.fromkeys(("fit", "agrees", "head_category", "head_kind_of", "count_mismatch", "capitalised", "length",
                     "whole_sentence", "record", "named_by", "names_head", "holds_agreeing", "inside_larger",
                     "approximate", "precision_short", "question_overlap"), "answer's form and type"),
    **dict.fromkeys(("sentence_first", "sentence_order", "sentence_length", "bm25_share", "neighbour", "follower",
                     "follower_far", "resolved", "heading", "terminal", "proximity", "rule_share"),
                    "sentence's place"),
}
SHOWN_CAUSES = 3  # inputs printed per withheld question
EVIDENCE_SHOWN = 20  # unread inputs printed, the most separating first


def family(name: str) -> str:
    if name.startswith(("asks_", "unaligned_")):
        return "what the question asks"
    if name.startswith("kind_"):
        return "answer's form and type"
    return FAMILY.get(name, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="+")
    parser.add_argument("--db", type=Path, default=F.eval_ask.DEFAULT_DB)
    parser.add_argument("--group-db", nargs="*", default=[], metavar="GROUP=DB")
    parser.add_argument("--cache-dir", type=Path, default=F.ROOT / "build" / "ask_features")
    parser.add_argument("--revision")
    args = parser.parse_args()
    group_dbs = {g: Path(d) for g, _, d in (x.partition("=") for x in args.group_db)}
    cache = ask_features.Cache(args.cache_dir, revision=args.revision)
    chosen = ask_features.groups(group_dbs, args.db, args.groups)
    names = sorted(set(RANKER) | set(RANKER_ADDED))
    w = np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])
    shown, withheld, unans, spans = [], [], [], []
    for g, (files, db) in chosen.items():
        rows = F.derive(cache.rows(g, files, db))
        for r in rows:
            if r["answerable"] and r["outcome"] == "b wrong span":
                spans.append(r)
            got = gate_census.decided(r, names, w)
            if got is None:
                continue
            values, gate, right = got
            if r["answerable"] and right:
                (shown if gate >= LEARNED_THRESHOLD else withheld).append((r, values, gate))
            elif not r["answerable"] and r["id"] not in F.LABEL_CASES:
                unans.append((r, values, gate))
        F.ARRAYS.clear()
    inputs = [n for n in GATE if n != "intercept"]
    mean_shown = {n: float(np.mean([v.get(n, 0.0) for _r, v, _g in shown])) if shown else 0.0 for n in inputs}
    print(f"right shown {len(shown)}, withheld right (c) {len(withheld)}, unanswerable {len(unans)} "
          f"(answered {sum(g >= LEARNED_THRESHOLD for *_x, g in unans)}), wrong span (b) {len(spans)}")
    gaps = sorted(LEARNED_THRESHOLD - g for *_x, g in withheld)
    print("withheld short of the threshold by <= 0.05 / 0.15 / 0.3 / more: "
          f"{sum(x <= 0.05 for x in gaps)} / {sum(0.05 < x <= 0.15 for x in gaps)} / "
          f"{sum(0.15 < x <= 0.3 for x in gaps)} / {sum(x > 0.3 for x in gaps)}")
    ug = sorted((g for *_x, g in unans), reverse=True)
    print("unanswerable gate, highest ten:", " ".join(f"{g:.3f}" for g in ug[:10]))
    causes: dict[str, list[str]] = defaultdict(list)
    held = Counter()
    print("\nWITHHELD RIGHT (c), the inputs that held each down (contribution to the log-odds vs the shown mean)")
    for r, v, g in sorted(withheld, key=lambda x: -x[2]):
        contrib = sorted((GATE[n] * (v.get(n, 0.0) - mean_shown[n]), n) for n in inputs)
        for _c, n in contrib[:SHOWN_CAUSES]:
            held[n] += 1
        causes[family(contrib[0][1])].append(f"{r['group']} {r['id']}")
        print(f"  {r['group']} {r['id']} gate {g:.3f} [{gate_census.asked(r)}] {r['question'][:70]!r} -> "
              f"{(r['shown'] or r['candidates'][0]['text'])[:40]!r}")
        print("     " + ", ".join(f"{n} {v.get(n, 0.0):.2f} ({c:+.2f})" for c, n in contrib[:SHOWN_CAUSES]))
    print("\ncauses (the most negative input's family):")
    for fam, ids in sorted(causes.items(), key=lambda x: -len(x[1])):
        print(f"  {fam}: {len(ids)} — {', '.join(ids)}")
    print("\ninputs among each withheld answer's three most negative: " +
          ", ".join(f"{n} {k}" for n, k in held.most_common(12)))
    print("\nmeans of those inputs: withheld right / right shown / unanswerable (GATE coefficient)")
    for n, _k in held.most_common(12):
        cells = [np.mean([v.get(n, 0.0) for _r, v, _g in items]) if items else float("nan")
                 for items in (withheld, shown, unans)]
        print(f"  {n}: {cells[0]:.2f} / {cells[1]:.2f} / {cells[2]:.2f} ({GATE[n]:+.3f})")
    print("\nevidence the gate does not read: AUC withheld right > unanswerable · right shown > unanswerable; "
          "means withheld / shown / unanswerable (the best answer's member; the most separating first)")
    unread = sorted({n for _r, v, _g in withheld + shown + unans for n in v} - set(GATE) - {"intercept"})
    table = []
    for n in unread:
        wv, sv, uv = ([float(v.get(n, 0.0)) for _r, v, _g in items] for items in (withheld, shown, unans))
        table.append((gate_census.auc(wv, uv), gate_census.auc(sv, uv), n, np.mean(wv), np.mean(sv), np.mean(uv)))
    for a_w, a_s, n, mw, ms, mu in sorted(table, key=lambda t: -abs(t[0] - 0.5))[:EVIDENCE_SHOWN]:
        print(f"  {n}: {a_w:.2f} · {a_s:.2f}; {mw:.2f} / {ms:.2f} / {mu:.2f}")
    print("\nWRONG SPAN (b): shown or top candidate vs expected; the right candidate's rank among the pooled ones")
    for r in spans:
        top = r["candidates"][0]["text"] if r["candidates"] else ""
        rank = next((i for i, c in enumerate(r["candidates"]) if any(c["right_members"])), None)
        print(f"  {r['group']} {r['id']} {r['question'][:60]!r}: {top[:50]!r} vs {str(r['expected'])[:50]!r} "
              f"(right at {rank}, conf {r['confidence']:.2f})")


if __name__ == "__main__":
    main()
