"""Census of "a2 not first": why another candidate ranks above the stating sentence's right one, by general cause.

Reads one or more ``ask_classes.py --dump`` files (each with the database its sets were asked on, ``DUMP=DB``).
Every answerable question whose outcome is ``a2 not first`` is asked again (``explain``); the winner (its best member
by the shipped ``RANKER``) is set against the best member of a right candidate cited by the stating sentence. Each
pair is put in the first cause that holds (the brief's shapes, most specific first):

* ``variant``: the winner is another form of the right answer (they share a name word, or one holds the other);
* ``several asked``: the question asks for several (a plural which-noun, a count, "who were …") and the right
  answer names several while the winner names one;
* ``kind asked by a noun``: the question names the kind it asks ("which law", "what ratio") and the right answer is
  of it (``head_kind_of`` / ``agrees``) where the winner is not;
* ``kind``: the right answer is of the expected kind (person, date, …) and the winner is not;
* ``role``: both are of the expected kind, the right one fills the asked slot of the matched verb (``in_slot``,
  ``role_slot``, ``span_slot``) and the winner does not, or the winner's roles are reversed;
* ``form``: the right one is a parse span only, the winner a typed candidate (a name, a date, a term);
* ``sentence``: the rest — both alike as answers; the stating sentence's verb unmatched (a paraphrase), the
  winner's sentence covering more of the question, or alike by these measures (the ranker's weights decide).

Beside the cause, the feature group whose RANKER contribution gives the winner the largest lead is counted
(sentence, kind, role, form): what the ranking actually weighed.

    .venv/bin/python bench/ask_first_census.py DUMP.jsonl=DB.db [...] [--json OUT] [-v]
    .venv/bin/python bench/ask_first_census.py --parts build/parts/v39.json [...]   (fit_ask rows: no asking)

With ``--parts`` the questions are not asked again: the rows bench/collect_parts.py wrote (fit_ask.collect) hold every
candidate's members with their features, which of them are right, and each question's outcome; the round-39 inputs
(rank.ASKED_FORM) are then also compared between the winner and the right one.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_classes  # noqa: E402
import diagnose_ask  # noqa: E402
import eval_ask  # noqa: E402

Features = Mapping[str, float]
GROUPS: dict[str, tuple[str, ...]] = {  # feature name prefixes of each group of the ranker
    "kind": ("agrees", "kind_", "fit", "head_kind_of", "head_category", "holds_agreeing", "named_by", "names_head",
             "count_mismatch", "precision_short"),
    "role": ("in_slot", "role_slot", "span_", "anchor_path", "inside_larger", "off_slot", "resolved"),
    "form": ("length", "capitalised", "question_overlap", "whole_sentence", "proximity", "support", "rule_share"),
}
SEVERAL = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*;\s*)")


def group_of(name: str) -> str:
    for group, prefixes in GROUPS.items():
        if any(name == p or p.endswith("_") and name.startswith(p) for p in prefixes):
            return group
    return "sentence"


def several(text: str) -> bool:
    return len([p for p in SEVERAL.split(text) if p.strip()]) > 1


def variant(winner: str, right: str, question: str, kinds: tuple[str, str]) -> bool:
    """Another form of one answer: one's words hold the other's, or they share at least half of the shorter one's
    words beyond the question's own ("Harry Lloyd Hopkins" / "Harry Hopkins"; not "Reagan Doctrine" / "Brezhnev
    Doctrine"); never two dates or amounts."""
    if set(kinds) & {"date", "quantity"}:
        return False
    w, r = set(eval_ask._tokens(winner)), set(eval_ask._tokens(right))
    shared = w & r - set(eval_ask._tokens(question))
    return bool(w) and bool(r) and (w <= r or r <= w or len(shared) * 2 >= min(len(w), len(r)) and bool(shared))


def cause(question: str, asks: Mapping[str, float], wt: str, w: Features, rt: str, g: Features) -> str:
    from vitrina.qa.question import analyse

    q = analyse(question)
    if variant(wt, rt, question, (kind_text(w), kind_text(g))):
        return "variant"
    if (q.several or asks.get("asks_list")) and several(rt) and not several(wt):
        return "several asked"
    asked = q.head or q.kind_noun
    if asked and (g.get("head_kind_of", 0) > w.get("head_kind_of", 0) or g.get("names_head", 0) > w.get("names_head", 0)
                  or g.get("agrees", 0) > w.get("agrees", 0)):
        return "kind asked by a noun"
    if g.get("agrees", 0) > w.get("agrees", 0):
        return "kind"
    slot = ("in_slot", "role_slot", "span_slot")
    if sum(g.get(k, 0) for k in slot) > sum(w.get(k, 0) for k in slot) or w.get("roles_reversed", 0) > 0:
        return "role"
    if g.get("kind_span", 0) > w.get("kind_span", 0):
        return "form: the right one is a parse span only"
    if g.get("aligned", 0) < w.get("aligned", 0):
        return "sentence: the stating sentence's verb unmatched (paraphrase)"
    if g.get("coverage", 0) + 0.1 < w.get("coverage", 0):
        return "sentence: the winner's covers more of the question"
    return "sentence: alike by these measures"


def kind_text(features: Features) -> str:
    return next((k[5:] for k, v in features.items() if k.startswith("kind_") and v), "?")


def lead_group(w: Features, g: Features, ranker: Mapping[str, float]) -> tuple[str, dict[str, float]]:
    lead: Counter[str] = Counter()
    for name, weight in ranker.items():
        lead[group_of(name)] += weight * (w.get(name, 0.0) - g.get(name, 0.0))
    return max(lead, key=lambda k: lead[k]), {k: round(v, 2) for k, v in lead.items()}


def from_parts(paths: list[Path], verbose: bool) -> None:
    """The census over fit_ask rows: no question asked again."""
    from vitrina.qa.rank import ASKED_FORM
    from vitrina.qa.weights import RANKER, RANKER_ADDED

    def score(features: Features) -> float:
        return sum((RANKER.get(k, 0.0) + RANKER_ADDED.get(k, 0.0)) * v for k, v in features.items())

    causes: Counter[str] = Counter()
    leads: Counter[str] = Counter()
    differs: Counter[str] = Counter()
    by_set: dict[str, Counter[str]] = {}
    for path in paths:
        for row in json.loads(path.read_text(encoding="utf-8")):
            if row.get("outcome") != "a2 not first":
                continue
            cands = row["candidates"]
            best = [max(c["members"], key=score) for c in cands]
            top = max(range(len(cands)), key=lambda i: score(best[i]) + SUPPORT * min(cands[i]["sentences"] - 1, 3))
            right = [(i, m) for i, c in enumerate(cands) for m, ok in zip(c["members"], c["right_members"], strict=True)
                     if ok]
            if not right:
                why, lead = "no right candidate", "-"
            else:
                rank_, member = max(right, key=lambda im: score(im[1]))
                why = cause(row["question"], row.get("asks", {}), cands[top]["text"], best[top],
                            cands[rank_]["text"], member)
                lead, _parts = lead_group(best[top], member, RANKER)
                for name in ASKED_FORM:
                    if member.get(name, 0) != best[top].get(name, 0):
                        sign = "right" if member.get(name, 0) > best[top].get(name, 0) else "winner"
                        differs[f"{name} higher for the {sign}"] += 1
                if verbose:
                    print(f"{row['group']} {row['id']} [{why}; {lead}] {row['question']}\n  won {cands[top]['text']!r}"
                          f" ({kind_text(best[top])}); right {cands[rank_]['text']!r} ({kind_text(member)})")
            causes[why] += 1
            leads[f"{why} / lead: {lead}"] += 1
            by_set.setdefault(row["group"], Counter())[why] += 1
    report(causes, leads, by_set)
    print("round-39 inputs (rank.ASKED_FORM) differing between the winner and the right one:")
    for name, n in sorted(differs.items()):
        print(f"  {n:4d}  {name}")


SUPPORT = 0.05  # as qa/weights.py SUPPORT_BONUS (log of 1 + this per extra sentence, as fit_ask ranks)


def report(causes: Counter[str], leads: Counter[str], by_set: dict[str, Counter[str]]) -> None:
    print(f"{sum(causes.values())} questions not first")
    for name, n in causes.most_common():
        print(f"  {n:4d}  {name}")
    print("by the ranker's leading feature group:")
    for name, n in sorted(leads.items()):
        print(f"  {n:4d}  {name}")
    print("by set: " + "; ".join(f"{s} " + ", ".join(f"{k} {v}" for k, v in c.most_common())
                                 for s, c in sorted(by_set.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="*", help="DUMP.jsonl=DB")
    parser.add_argument("--parts", nargs="*", type=Path, default=[], help="fit_ask rows (bench/collect_parts.py)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if args.parts:
        from_parts(args.parts, args.verbose)
        return
    from vitrina.ask import ask
    from vitrina.qa.weights import RANKER, RANKER_ADDED
    from vitrina.store import connect_readonly

    def score(features: Features) -> float:
        return sum((RANKER.get(k, 0.0) + RANKER_ADDED.get(k, 0.0)) * v for k, v in features.items())

    items = ask_classes.questions_by_set_and_id()
    for path in Path(ask_classes.ROOT / "bench/annotations").glob("ask_redteam*.jsonl"):
        items.update({(path.stem, it["id"]): it for it in eval_ask.load_questions((str(path),))})
    causes: Counter[str] = Counter()
    leads: Counter[str] = Counter()
    by_set: dict[str, Counter[str]] = {}
    out = args.json.open("w", encoding="utf-8") if args.json else None
    for spec in args.dumps:
        dump, _, db = spec.partition("=")
        with contextlib.closing(connect_readonly(Path(db))) as conn:
            for line in Path(dump).read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                if record.get("outcome") != "a2 not first":
                    continue
                item = items[(record["set"], record["id"])]
                result = ask(conn, item["question"], explain=True)
                ranked = result["ranked"]
                winner = max(ranked[0]["members"], key=lambda m: score(m["features"]))
                right = [(i, m) for i, c in enumerate(ranked) if eval_ask.answer_ok(c["text"], item)
                         for m in c["members"] if diagnose_ask.cited(m["text"], m["document"], item) or c["antecedent"]]
                if not right:
                    why, lead, parts, rank, rt = "no right candidate", "-", {}, -1, ""
                else:
                    rank, member = max(right, key=lambda im: score(im[1]["features"]))
                    rt = ranked[rank]["text"]
                    why = cause(item["question"], result.get("asks", {}), ranked[0]["text"], winner["features"], rt,
                                member["features"])
                    lead, parts = lead_group(winner["features"], member["features"], RANKER)
                causes[why] += 1
                leads[f"{why} / lead: {lead}"] += 1
                by_set.setdefault(record["set"], Counter())[why] += 1
                if out:
                    out.write(json.dumps({"set": record["set"], "id": record["id"], "question": item["question"],
                                          "winner": ranked[0]["text"], "winner_sentence": winner["text"],
                                          "right": rt, "right_rank": rank, "cause": why, "lead": lead,
                                          "lead_parts": parts}) + "\n")
                if args.verbose:
                    print(f"{record['set']} {record['id']} [{why}; {lead}] {item['question']}\n"
                          f"  won {ranked[0]['text']!r}; right #{rank} {rt!r}", flush=True)
    if out:
        out.close()
    report(causes, leads, by_set)


if __name__ == "__main__":
    main()
