"""Census of the "wrong span" answers (ask_classes outcome ``b``) by the way the span is wrong, the question's
wh-kind and the expected answer's syntactic kind; with every question's row for before/after figures.

For every question of the given files, `ask` is run once (``explain``) and the text `ask._shown` gives for the
best candidate is read as the given span (as bench/ask_shown.py does: a withheld answer's span too). An
answerable question whose outcome is ``b wrong span`` (the top candidate cites the stating sentence, its span is
not a right answer) is put in one of four ways it is wrong, against the expected answer or the alternative
closest to it:

* ``gold inside given``: the span holds the answer and more (an apposition, a relative clause, a second conjunct);
* ``given inside gold``: the answer holds the span (a head without its modifiers, one member of a list);
* ``overlapping``: they share words, neither holds the other;
* ``disjoint``: another constituent of the same sentence.

The wh-kind is `Question.type` with its `expects` ("what/named", "who/person"); the answer's syntactic kind is
read off the stating sentence's parse at the expected answer's words: ``name`` (a proper-noun head), ``noun
phrase``, ``prepositional phrase``, ``clause`` (a verb head), ``number/date``, ``list`` (a coordination),
``not in sentence``. Replaying a recording prints, per group as recorded → now, right + cited / answered right /
b wrong span / wrong at >= 0.8 / unanswerable abstained, the older groups and the newest fresh family (``--family``)
summed apart, every question whose outcome changed (``-v``: every span shown otherwise), then the census of the
wrong spans as recorded (the recording's code: the start code) or, with ``--census now``, as shown now.

    PYTHONPATH=src .venv/bin/python bench/ask_span_kinds.py FILE.jsonl [...] --db DB --record FOLDER
    PYTHONPATH=src .venv/bin/python bench/ask_span_kinds.py FOLDER/*.pkl [--dump OUT.jsonl] [-v]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_shown  # noqa: E402
import eval_ask  # noqa: E402


def direction(given: str, expected: list[str]) -> tuple[str, str]:
    """(the way ``given`` is wrong against the closest expected answer, that answer)."""
    g = eval_ask.norm(given)
    gw = set(eval_ask._tokens(given))

    def overlap(e: str) -> float:
        ew = set(eval_ask._tokens(e))
        return len(ew & gw) / max(1, len(ew | gw))

    best = max(expected, key=overlap)
    e = eval_ask.norm(best)
    if e and e in g:
        return "gold inside given", best
    if g and g in e:
        return "given inside gold", best
    if overlap(best) > 0:
        return "overlapping", best
    return "disjoint", best


def answer_kind(sentence: str, answer: str) -> str:
    """The syntactic kind of ``answer`` where the stating sentence writes it (its parse)."""
    from vitrina.qa.parse import parse

    at = sentence.lower().find(answer.lower().strip(" ."))
    if at < 0:
        return "not in sentence"
    doc = parse(sentence)
    end = at + len(answer.strip(" ."))
    inside = [t for t in doc if at <= t.idx and t.idx + len(t.text) <= end]
    if not inside:
        return "not in sentence"
    heads = [t for t in inside if t.head not in inside or t.head.i == t.i]
    head = heads[0]
    if any(t.dep_ == "conj" and t.head in inside for t in inside) and head.pos_ in ("PROPN", "NOUN"):
        return "list"
    if head.pos_ == "ADP":
        return "prepositional phrase"
    if head.pos_ in ("VERB", "AUX") or head.dep_ in ("mark",) or len(heads) > 1 and any(
            t.pos_ == "VERB" for t in heads):
        return "clause"
    if head.like_num or head.ent_type_ in ("DATE", "CARDINAL", "MONEY", "QUANTITY", "PERCENT", "TIME") or any(
            t.like_num for t in inside) and len(inside) <= 4:
        return "number/date"
    if head.pos_ == "PROPN":
        return "name"
    return "noun phrase"


def figures(rows: list[dict]) -> str:
    """right + cited / answered right / wrong span / wrong at >= 0.8 / unanswerable abstained of a group's rows."""
    answerable = [r for r in rows if r["answer"] is not None]
    unanswerable = [r for r in rows if r["answer"] is None]
    return (f"{sum(r['ok'] for r in rows)}/{len(rows)} · {sum(r['outcome'] == 'right' for r in answerable)}/"
            f"{len(answerable)} · b {sum(r['outcome'] == 'b wrong span' for r in answerable)} · "
            f"{sum(r['shown'] is not None and not r['ok'] and r['confidence'] >= 0.8 for r in rows)} · "
            f"{sum(r['shown'] is None for r in unanswerable)}/{len(unanswerable)}")


def record(files: list[str], db: Path, out: Path) -> None:
    """Ask every question once; pickle (one file a group in the folder ``out``), per question, its annotation, the result (``explain``) and the
    arguments of the last `ask._shown` call (the sentence's parse left off: `replay` parses it again)."""
    import vitrina.ask as ask_module
    from vitrina.store import connect_readonly

    seen: dict[str, Any] = {}
    shown = ask_module._shown

    def recording(top, q, found=None):  # type: ignore[no-untyped-def]
        text = shown(top, q, found)
        seen.update(top=top, q=q, found=[c for c in found or [] if c.sentence is top.sentence], text=text,
                    with_found=found is not None)
        return text

    ask_module._shown = recording
    out.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(connect_readonly(db)) as conn:
        for name in files:
            sink = (out / f"{Path(name).stem}.pkl").open("wb")
            for item in eval_ask.load_questions((name,)):
                seen.clear()
                result = ask_module.ask(conn, item["question"], explain=True)
                kept = {k: result.get(k) for k in ("answer", "confidence", "citations")}
                kept["ranked"] = [dict(c, members=[dict(m, features={"aligned": m["features"].get("aligned")})
                                                   for m in c["members"]]) for c in result.get("ranked") or []]
                if seen:
                    seen["top"].sentence.parsed = None
                pickle.dump((Path(name).stem, item, kept, dict(seen)), sink)
            sink.close()
            print(f"recorded {Path(name).stem}", flush=True)


def replay(paths: list[Path]) -> Iterator[tuple[str, dict, dict, dict, str | None, Any]]:
    """(set, annotation, result as recorded, result now, text `ask._shown` gives now, the recorded call) of every
    recorded question: the recorded sentence parsed again as `ask` parses it, the result's answer and first
    candidate given the text shown now (and, as recorded, the first candidate given the text shown then)."""
    import vitrina.ask as ask_module
    from vitrina.qa.parse import parse_many
    from vitrina.qa.structure import anchors

    for path in paths:
        with path.open("rb") as source:
            while True:
                try:
                    name, item, result, seen = pickle.load(source)
                except EOFError:
                    break
                if not seen:
                    yield name, item, result, result, None, seen
                    continue
                s = seen["top"].sentence
                doc = parse_many([s.text])[0]
                aligned = anchors(doc, seen["q"])
                s.parsed = (doc, frozenset(t.i for t, _c in aligned) or frozenset(t.i for t in doc if t.dep_ == "ROOT"))
                text = ask_module._shown(seen["top"], seen["q"], seen["found"] if seen["with_found"] else None)
                answer = result["answer"]
                if answer is not None and answer.startswith(seen["text"]):
                    answer = text + answer[len(seen["text"]):]
                ranked = result.get("ranked") or []
                yield name, item, dict(result, ranked=[dict(ranked[0], text=seen["text"]), *ranked[1:]]), \
                    dict(result, answer=answer, ranked=[dict(ranked[0], text=text), *ranked[1:]]), text, seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="question files (--record) or recordings")
    parser.add_argument("--db", type=Path, help="with --record: the database the questions are asked of")
    parser.add_argument("--record", type=Path, help="ask the questions and write their recordings (one file a group) into this folder")
    parser.add_argument("--dump", type=Path, help="every question's row (JSONL)")
    parser.add_argument("--family", default="ask_v48,ask_v49,ask_v50,ask_v51,ask_v52",
                        help="the groups summed apart from the rest (the newest fresh family)")
    parser.add_argument("--census", choices=("recorded", "now"), default="recorded",
                        help="census of the wrong spans as recorded (the recording's code) or as shown now")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong span")
    args = parser.parse_args()
    if args.record:
        record(args.files, args.db, args.record)
        return
    census: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    by_set: dict[str, list[dict]] = defaultdict(list)
    changed = 0
    out = args.dump.open("w", encoding="utf-8") if args.dump else None
    before: dict[str, list[dict]] = defaultdict(list)
    for name, item, recorded, result, text, seen in replay([Path(f) for f in args.files]):
        then = ask_shown._row(name, item, recorded)
        before[name].append(then)
        row = ask_shown._row(name, item, result)
        if seen:
            q = seen["q"]
            changed += text != seen["text"]
            for r, shown in ((then, seen["text"]), (row, text)):
                r.update(wh=f"{q.type}/{q.expects}", slot=q.slot, given=shown, before=seen["text"],
                         sentence=seen["top"].sentence.text, kind=seen["top"].kind)
        counted = then if args.census == "recorded" else row
        if counted.get("outcome") == "b wrong span" and seen:
            way, gold = direction(counted["given"], [item["answer"], *item.get("alternatives", [])])
            counted.update(way=way, gold=gold, answer_kind=answer_kind(counted["sentence"], gold))
            census[(way, counted["wh"], counted["answer_kind"])].append(counted)
        by_set[name].append(row)
        if out:
            out.write(json.dumps(row) + "\n")
    if out:
        out.close()
    family = set(args.family.split(","))
    for name, rows in by_set.items():
        print(f"{name}: {figures(before[name])} → {figures(rows)}")
    for label, keep in (("older groups", lambda n: n not in family), ("fresh family", lambda n: n in family)):
        print(f"{label}: {figures([r for n in before if keep(n) for r in before[n]])} → "
              f"{figures([r for n in by_set if keep(n) for r in by_set[n]])}")
    for name, rows in by_set.items():
        for old, new in zip(before[name], rows, strict=True):
            if old["ok"] != new["ok"] or args.verbose and new.get("given") != new.get("before"):
                print(f"  {name} {new['id']} {'right' if old['ok'] else 'wrong'} → {'right' if new['ok'] else 'wrong'}"
                      f": {new['question']}\n    {new.get('before')!r} → {new.get('given')!r} (gold {new['answer']!r})")
    print(f"spans shown otherwise than recorded: {changed}")
    ways = Counter(k[0] for k in census for _ in census[k])
    print("\nwrong spans by way:", ", ".join(f"{k} {v}" for k, v in ways.most_common()))
    for by, index in (("wh-kind", 1), ("answer kind", 2)):
        table: dict[str, Counter[str]] = defaultdict(Counter)
        for key, found in census.items():
            table[key[index]][key[0]] += len(found)
        print(f"by {by}:")
        for group, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"  {group}: {sum(counts.values())} (" + ", ".join(f"{k} {v}" for k, v in counts.most_common()) + ")")
    if args.verbose:
        for key in sorted(census, key=lambda k: -len(census[k])):
            print(f"\n[{' | '.join(key)}] {len(census[key])}")
            for r in census[key]:
                print(f"  {r['set']} {r['id']}: {r['question']}\n    gold {r['gold']!r}; given {r['given']!r}\n"
                      f"    sentence: {r['sentence'][:300]}")


if __name__ == "__main__":
    main()
