"""The answer shown with and without one of `qa/spans`' display rules, from one run of every question.

`ask._shown` changes only the text shown for the best candidate (the ranking, the confidence and the abstention
are computed before it), so one run of `ask` gives both: the text shown, and the text `_shown` gives with the
named rules switched off (each function replaced by one returning None, "no change"). Writes dumps in
bench/ask_classes.py's form (``-before``: the rules off, ``-after``: on, and with several rules
``-without-RULE``: every rule on but that one) and prints, for each, answered right,
the coarse outcomes, unanswerable abstained and wrong at >= 0.8 (bench/ask_shown.summary).

    PYTHONPATH=src .venv/bin/python bench/ask_span_rule.py [FILE.jsonl ...] --rule asked_count,_role_filler \\
        [--expects quantity] --db build/corpus.db --out build/rule

With ``--expects`` (and ``--slots``), only the questions (as `ask` respells them) expecting those kinds (asking
those slots of an active verb) are run: elsewhere rules acting only there leave the text shown as it was.
`asked_count` acts on quantities, `_role_filler` on a person, place or name asked as a subject or object:

    … --rule asked_count,_role_filler --expects quantity,person,place,named --slots subject,object
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_classes  # noqa: E402
import ask_shown  # noqa: E402
import eval_ask  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=[str(p) for p in ask_classes.SETS])
    parser.add_argument("--rule", required=True,
                        help="the names, comma-separated, of the rules switched off for 'before' (e.g. asked_count)")
    parser.add_argument("--expects", help="only the questions expecting these kinds, comma-separated")
    parser.add_argument("--slots", help="… and, unless they expect a quantity, asking one of these slots")
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--out", type=Path, required=True, help="prefix of the two dumps (-before/-after.jsonl)")
    args = parser.parse_args()
    import vitrina.ask as ask_module
    from vitrina.qa.question import analyse
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    rules = {name: getattr(ask_module, name) for name in args.rule.split(",")}
    shown = ask_module._shown
    keys = ["after", "before", *(f"without-{name}" for name in rules if len(rules) > 1)]
    texts: dict[str, list[str]] = {}  # candidate's own text -> its text shown in each run of ``keys``

    def shown_without(names: list[str], top, q, rest):  # type: ignore[no-untyped-def]
        for name in names:
            setattr(ask_module, name, lambda *_a, **_k: None)
        try:
            return shown(top, q, *rest)
        finally:
            for name in names:
                setattr(ask_module, name, rules[name])

    def recording(top, q, *rest):  # type: ignore[no-untyped-def]
        text = shown(top, q, *rest)
        texts[top.text] = [text, shown_without(list(rules), top, q, rest),
                           *(shown_without([name], top, q, rest) for name in rules if len(rules) > 1)]
        return text

    ask_module._shown = recording
    runs: dict[str, list[dict]] = {key: [] for key in keys}
    with contextlib.closing(connect_readonly(args.db)) as conn:
        kb = as_knowledge_base(conn)
        for name in args.files:
            done: dict[str, list[dict]] = {key: [] for key in keys}
            for item in eval_ask.load_questions((name,)):
                if args.expects and not _asks(analyse(ask_module._respelled(kb, item["question"])), args):
                    continue
                texts.clear()
                result = ask_module.ask(conn, item["question"], explain=True)
                for i, key in enumerate(keys):
                    done[key].append(ask_shown._row(name, item, _named(result, texts, i)))
            for key in runs:
                runs[key] += done[key]
                print(f"{Path(name).stem} {key}: {ask_shown.summary(done[key])}", flush=True)
    for key, rows in runs.items():
        with open(f"{args.out}-{key}.jsonl", "w", encoding="utf-8") as out:
            out.writelines(json.dumps(r) + "\n" for r in rows)
        print(f"all {key}: {ask_shown.summary(rows)}", flush=True)


def _asks(q, args: argparse.Namespace) -> bool:  # type: ignore[no-untyped-def]
    """The question expects one of ``--expects`` (and, but for a quantity, asks one of ``--slots``, actively)."""
    if q.expects not in args.expects.split(","):
        return False
    return q.expects == "quantity" or not args.slots or q.slot in args.slots.split(",") and not q.passive


def _named(result: dict, texts: dict[str, list[str]], which: int) -> dict:
    """``result`` with its answer and first ranked candidate shown as run ``which`` shows them (0: every rule on,
    1: the named rules off, then each rule alone off)."""
    ranked = result.get("ranked") or []
    if not ranked or ranked[0]["text"] not in texts:
        return result
    on, text = texts[ranked[0]["text"]][0], texts[ranked[0]["text"]][which]
    answer = result["answer"]
    if answer is not None and which:
        answer = answer.replace(on, text, 1)  # "X (sources differ: …)" keeps its note
    return dict(result, answer=answer, ranked=[dict(ranked[0], text=text), *ranked[1:]])


if __name__ == "__main__":
    main()
