"""Why the top candidate is wrong when the right sentence was examined, counted over question sets.

For every answerable question whose expected citation is among the sentences `ask` examined, the
top candidate (ignoring abstention) is right or wrong; a wrong one is put in one class, the first of:

* ``yes/no``: a yes/no question answered wrongly (or from a sentence that does not state it);
* ``pronoun``: the expected answer is not in the stating sentence (a pronoun stands for it);
* ``paraphrase``: the question's predicate has no counterpart in the stating sentence;
* ``question entity``: the winner repeats the question's own words (a name of the question);
* ``wrong span, same sentence``: a candidate of the stating sentence won, another one was right;
* ``no constituent``: no candidate of the stating sentence covers the answer (subclassed by the
  answer's shape: name, noun phrase, clause, list, quotation, number/date);
* ``other sentence``: the right candidate exists but a candidate of another sentence won.

    .venv/bin/python bench/ask_classes.py [FILE.jsonl ...] [--db build/dev.db] [--dump OUT.jsonl] [-v]
        [--set TABLE.key=value ...]

Default files: every bench/annotations/ask_v*.jsonl and tests/devset/*.jsonl. Also prints top-1
(ignoring abstention) over the questions whose stating sentence was examined, and eval_ask accuracy. Each
``--dump`` record carries the CPU time of its `ask` call (``cpu_ms``, process time).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import diagnose_ask  # noqa: E402
import eval_ask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SETS = [*sorted((ROOT / "bench/annotations").glob("ask_v*.jsonl"), key=lambda p: int(p.stem[5:])),
        *sorted((ROOT / "tests/devset").glob("*.jsonl"))]
NAME = re.compile(r"^(?:[A-Z][\w.'’-]*)(?:\s+(?:of|the|de|von|and|[A-Z][\w.'’-]*))*$")
NUMBERISH = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million)\b")


def shape(answer: str) -> str:
    """The expected answer's form: name, number/date, list, quotation, clause or noun phrase."""
    if answer[:1] in "\"“'‘":
        return "quotation"
    if NUMBERISH.search(answer.lower()) and len(answer.split()) <= 5:
        return "number/date"
    if "," in answer and " and " in answer or answer.count(",") >= 2:
        return "list"
    if NAME.match(answer):
        return "name"
    if re.match(r"(?i)(?:to|because|that|by|since|so|in order)\b", answer) or len(answer.split()) > 6:
        return "clause"
    return "noun phrase"


def classify(item: dict, result: dict) -> tuple[str, bool, bool]:
    """(class, stating sentence examined, top candidate right) of an answerable question."""
    ranked = result.get("ranked", [])
    stating = [(i, c, m) for i, c in enumerate(ranked) for m in c["members"]
               if diagnose_ask.cited(m["text"], m["document"], item)]
    examined = bool(stating)
    if not examined:
        return "not examined", False, False
    top = ranked[0]
    right = eval_ask.answer_ok(top["text"], item) and any(
        diagnose_ask.cited(m["text"], m["document"], item) or top["antecedent"] for m in top["members"])
    if right:
        return "", True, True
    answers = [item["answer"], *item.get("alternatives", [])]
    if eval_ask.norm(item["answer"]) in ("yes", "no"):
        return "yes/no", True, False
    sentence = eval_ask.norm(stating[0][2]["text"])
    if not any(eval_ask.norm(a) in sentence for a in answers):
        return "pronoun", True, False
    if not any(m["features"].get("aligned") for _i, _c, m in stating):
        return "paraphrase", True, False
    qwords = set(eval_ask._tokens(item["question"]))
    won = [w for w in eval_ask._tokens(top["text"]) if len(w) > 2]
    if won and sum(w in qwords for w in won) / len(won) >= 0.5:
        return "question entity", True, False
    right_cands = [c for c in ranked if eval_ask.answer_ok(c["text"], item)]
    if not right_cands:
        return f"no constituent: {shape(item['answer'])}", True, False
    same = any(diagnose_ask.cited(m["text"], m["document"], item) for m in top["members"][:1])
    return ("wrong span, same sentence" if same else "other sentence"), True, False


def reached(item: dict, result: dict) -> bool:
    """Whether some candidate `ask` ranked (shown or not) is a right answer cited by the stating sentence."""
    return any(eval_ask.answer_ok(c["text"], item) and any(
        diagnose_ask.cited(m["text"], m["document"], item) or c["antecedent"] for m in c["members"])
        for c in result.get("ranked", []))


def outcome(item: dict, result: dict, ok: bool) -> str:
    """The coarse outcome of an answerable question: right, or the first failure of retrieval → span → abstention.

    ``a1`` the stating sentence was never examined; ``a2`` it was, but the top candidate comes from another
    sentence; ``b`` the top candidate comes from the stating sentence but is the wrong span; ``c`` the top
    candidate is right but was withheld (or shown with another citation)."""
    if ok and result["answer"] is not None:
        return "right"
    ranked = result.get("ranked", [])
    if not any(diagnose_ask.cited(m["text"], m["document"], item) for c in ranked for m in c["members"]):
        return "a1 not examined"
    top = ranked[0]
    if not any(diagnose_ask.cited(m["text"], m["document"], item) for m in top["members"]):
        return "b top-1 right, other citation" if eval_ask.answer_ok(top["text"], item) else "a2 not first"
    return "c withheld" if eval_ask.answer_ok(top["text"], item) else "b wrong span"


def dump_reader_arguments(description: str) -> argparse.Namespace:
    """The arguments of a script that reads a ``--dump`` of this one: the dump, the database, an output file."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("dump", type=Path)
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--json", type=Path, help="write every classed question (JSONL)")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args()


def questions_by_set_and_id() -> dict[tuple[str, str], dict]:
    """Every annotated question of the committed sets by (set name, question id)."""
    return {(Path(f).stem, it["id"]): it for f in map(str, SETS) for it in eval_ask.load_questions((f,))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=[str(p) for p in SETS])
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--dump", type=Path, help="write every question's class and top candidate (JSONL)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failure")
    parser.add_argument("--set", dest="settings", action="append", default=[],
                        help="TABLE.key=value: a setting of a vitrina.qa.weights table for this run")
    args = parser.parse_args()
    import ask_changed

    for table, key, value in map(ask_changed.setting, args.settings):
        table[key] = value
    from vitrina.ask import ask
    from vitrina.store import connect_readonly

    total: Counter[str] = Counter()
    total_coarse: Counter[str] = Counter()
    out = args.dump.open("w", encoding="utf-8") if args.dump else None
    with contextlib.closing(connect_readonly(args.db)) as conn:
        for name in args.files:
            counts: Counter[str] = Counter()
            coarse: Counter[str] = Counter()
            seen = top1 = correct = 0
            abstain: Counter[str] = Counter()  # answered right / unanswerable abstained / abstained
            items = eval_ask.load_questions((name,))
            eval_ask.warn_unmatched(conn, items, name)
            for item in items:
                started = time.process_time()
                result = ask(conn, item["question"], explain=True)
                cpu_ms = round((time.process_time() - started) * 1000, 1)
                ok = eval_ask.answer_ok(result["answer"], item) and (
                    result["answer"] is None or eval_ask.citation_ok(result, item))
                correct += ok
                withheld = result["answer"] is None
                abstain.update(abstained=withheld, unanswerable=item["answer"] is None,
                               right_abstained=withheld and item["answer"] is None,
                               answered_right=ok and not withheld)
                if item["answer"] is None:
                    if out:
                        out.write(json.dumps({"set": Path(name).stem, "id": item["id"], "class": "unanswerable",
                                              "ok": ok, "question": item["question"], "answer": None,
                                              "shown": result["answer"],
                                              "confidence": result["confidence"], "cpu_ms": cpu_ms}) + "\n")
                    continue
                why, examined, right = classify(item, result)
                coarse[outcome(item, result, ok)] += 1
                seen += examined
                top1 += right
                if why:
                    counts[why] += 1
                if out:
                    out.write(json.dumps({"set": Path(name).stem, "id": item["id"], "class": why, "ok": ok,
                                          "outcome": outcome(item, result, ok),
                                          "reached": reached(item, result), "question": item["question"], "answer": item["answer"],
                                          "shown": result["answer"], "confidence": result["confidence"],
                                          "top": (result.get("ranked") or [{}])[0].get("text"),
                                          "cpu_ms": cpu_ms}) + "\n")
                if args.verbose and why and why != "not examined":
                    print(f"  {item['id']} [{why}] {item['question']}\n    expected {item['answer']!r}; "
                          f"top {(result.get('ranked') or [{}])[0].get('text')!r}")
            total.update(counts)
            print(f"{Path(name).stem}: accuracy {correct}/{len(items)} = {correct / max(1, len(items)):.3f}; "
                  f"top-1 where examined {top1}/{seen}; answered right {abstain['answered_right']}/"
                  f"{len(items) - abstain['unanswerable']}; unanswerable abstained {abstain['right_abstained']}/"
                  f"{abstain['unanswerable']}; abstention precision "
                  f"{abstain['right_abstained'] / max(1, abstain['abstained']):.2f}; "
                  + ", ".join(f"{k} {v}" for k, v in counts.most_common()), flush=True)
            print("  outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(coarse.items())), flush=True)
            total_coarse.update(coarse)
    if out:
        out.close()
    print("all:", ", ".join(f"{k} {v}" for k, v in total.most_common()))
    print("all outcomes:", ", ".join(f"{k} {v}" for k, v in sorted(total_coarse.items())))


if __name__ == "__main__":
    main()
