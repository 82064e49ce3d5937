"""Census of the questions that ask for a name (issue #12, round 37): which they are, how `ask` fares on them.

A question asks for a name when its parse says so (``qa.question.name_asked``): its asked noun is a kind of name in
WordNet ("What *nickname* …", "What was the *name* of …") or a wording (slogan), or its wh-word is the complement of
a naming verb ("What do historians call X?", "What was X code-named?", "What is X known as?"). No list of question
phrasings is read.

    .venv/bin/python bench/ask_naming.py select OUT.jsonl [FILE.jsonl ...]
    .venv/bin/python bench/ask_naming.py ask IDS.jsonl --db DB --dump OUT.jsonl

``select`` writes every naming question of the files (default: every committed ask set and the dev files) with
how it asks; ``ask`` asks them (with whichever ``vitrina`` is first on the path, so the same ids can be asked with
main's code and a branch's) and writes `ask_classes`' record of each: its outcome, the shown answer, its
confidence, the top candidate and its form (quoted, a modifier, capitalised, other).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_classes  # noqa: E402
import eval_ask  # noqa: E402


def select(out: Path, files: list[str]) -> None:
    from vitrina.qa.question import name_asked

    with out.open("w", encoding="utf-8") as handle:
        for name in files:
            for item in eval_ask.load_questions((name,)):
                how = name_asked(item["question"])
                if how:
                    handle.write(json.dumps({"set": Path(name).stem, "file": name, "id": item["id"], "how": how,
                                             "question": item["question"], "answer": item["answer"]}) + "\n")


def top_form(text: str | None) -> str:
    """The form of the top candidate: none, quoted, a modifier (one word WordNet knows as an adjective or an
    adverb and not as a noun: "initially"), capitalised, other."""
    if not text:
        return "none"
    if text[:1] in "\"“‘'":
        return "quoted"
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    word = text.lower() if len(text.split()) == 1 else ""
    if word and wn is not None and (wn.synsets(word, "a") or wn.synsets(word, "r")) and not wn.synsets(word, "n"):
        return "modifier"
    return "capitalised" if text[:1].isupper() else "other"


def ask_all(ids: Path, db: Path, dump: Path) -> None:
    from vitrina.ask import ask
    from vitrina.store import connect_readonly

    wanted = [json.loads(line) for line in ids.open(encoding="utf-8")]
    items = {}
    for name in dict.fromkeys(w["file"] for w in wanted):
        items.update({(Path(name).stem, it["id"]): it for it in eval_ask.load_questions((name,))})
    counts: Counter[str] = Counter()
    with contextlib.closing(connect_readonly(db)) as conn, dump.open("w", encoding="utf-8") as out:
        for w in wanted:
            item = items[(w["set"], w["id"])]
            result = ask(conn, item["question"], explain=True)
            ok = eval_ask.answer_ok(result["answer"], item) and (
                result["answer"] is None or eval_ask.citation_ok(result, item))
            if item["answer"] is None:
                outcome = "unanswerable abstained" if result["answer"] is None else "unanswerable answered"
            else:
                outcome = ask_classes.outcome(item, result, ok)
            top = (result.get("ranked") or [{}])[0].get("text")
            counts[outcome] += 1
            out.write(json.dumps({**w, "outcome": outcome, "ok": ok, "shown": result["answer"],
                                  "confidence": result["confidence"], "top": top, "top_form": top_form(top),
                                  "reached": ask_classes.reached(item, result)}) + "\n")
            out.flush()
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("select", "ask"))
    parser.add_argument("path", type=Path)
    parser.add_argument("files", nargs="*", default=[str(p) for p in ask_classes.SETS])
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    if args.mode == "select":
        select(args.path, args.files)
    else:
        ask_all(args.path, args.db, args.dump or Path("naming.jsonl"))


if __name__ == "__main__":
    main()
