"""Which alignment kind ties a missed question's predicate to its stating sentence, and to the winner's (round 43).

Reads ``bench/ask_classes.py --dump`` files made with the code before round 43's askalign links. Every answerable
question of class ``paraphrase`` or outcome ``a2 not first`` is asked again with those links off
(``LEXICAL["event_noun"]`` and ``LEXICAL["entailing"]`` at 0: the code before them); the best member of the
stating sentence (cited) and of the winner are parsed and ``qa.structure.anchors`` run on each with the links
off, then with each one on alone. A sentence counts in the first kind that aligns it:

* ``already``: aligned without the new links (the question is lost for another reason);
* ``event noun``: a noun of the sentence names an event whose verb is a relative of the question's verb
  ("the defeat of" / beat, "the deaths of" / killed: ``lexical.event_verbs``);
* ``entailing verb``: a verb of the sentence entails or causes the question's ("purchased" / pay:
  ``lexical.entails``);
* ``none``: still unaligned.

A kind worth shipping aligns many stating sentences and few winners (a winner aligned too gains as much).

    PYTHONPATH=src python bench/ask_align_census.py DUMP.jsonl [DUMP.jsonl ...] [--db DB] [-v]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import diagnose_ask  # noqa: E402
import eval_ask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LINKS = {"event noun": "event_noun", "entailing verb": "entailing"}


@contextlib.contextmanager
def links(on: tuple[str, ...]):
    """The LEXICAL table with only the named round-43 links at their shipped weight."""
    from vitrina.qa.weights import LEXICAL

    saved = {key: LEXICAL[key] for key in LINKS.values()}
    try:
        for key in LINKS.values():
            LEXICAL[key] = saved[key] if key in on else 0.0
        yield
    finally:
        LEXICAL.update(saved)


def kind(sentence: str, q) -> str:
    """The first kind that aligns ``sentence`` with the question (see the module's docstring)."""
    from vitrina.qa.parse import parse_many
    from vitrina.qa.structure import anchors

    doc = parse_many([sentence])[0]
    with links(()):
        if anchors(doc, q):
            return "already"
    for name, key in LINKS.items():
        with links((key,)):
            if anchors(doc, q):
                return name
    return "none"


def census(dumps: list[Path], db: Path, verbose: bool) -> dict[str, Counter]:
    from vitrina.ask import ask
    from vitrina.qa.question import analyse
    from vitrina.store import connect_readonly

    sets: dict[str, dict[str, dict]] = {}
    counts: dict[str, Counter] = {"stating": Counter(), "winner": Counter()}
    conn = connect_readonly(db)
    for dump in dumps:
        for line in dump.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("class") != "paraphrase" and row.get("outcome") != "a2 not first":
                continue
            name = row["set"]
            if name not in sets:
                path = next(p for p in [ROOT / "bench/annotations" / f"{name}.jsonl", ROOT / "tests/devset" / f"{name}.jsonl"]
                            if p.exists())
                sets[name] = {json.loads(x)["id"]: json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}
            item = sets[name][row["id"]]
            with links(()):
                result = ask(conn, item["question"], explain=True)
            ranked = result.get("ranked", [])
            stating = next((m["text"] for c in ranked for m in c["members"]
                            if diagnose_ask.cited(m["text"], m["document"], item)), None)
            if stating is None or not ranked:
                continue
            q = analyse(item["question"])
            mine = kind(stating, q)
            top = ranked[0]["members"][0]["text"]
            theirs = "same sentence" if top == stating else kind(top, q)
            counts["stating"][mine] += 1
            counts["winner"][theirs] += 1
            if verbose:
                print(f"{name} {row['id']} [{row.get('class') or row.get('outcome')}] stating: {mine}; winner: {theirs}: "
                      f"{item['question']}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    counts = census(args.dumps, args.db, args.verbose)
    for side, counter in counts.items():
        print(f"{side}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))


if __name__ == "__main__":
    main()
