"""Which questions a gloss alignment (round 39, measured and not shipped) can change, without asking them.

The gloss link was a fallback of the predicate's alignment: it changes a question's answer only where a sentence
`ask` examines holds a verb a WordNet gloss ties to the question's verb (`ask_paraphrase_census.glossed`). A sentence is examined
only when it holds a form of a question word, so a question is *reachable* when some sentence of the collection
holds both a word tied to its verb by a gloss and enough of its other content words (names included) to be
searched for candidates (``CANDIDATE_COVERAGE`` of the question's words, counted without their weights, each
word standing for its WordNet relatives as coverage counts them); the others
keep their answer and need not be asked again. Writes 'set id' lines for `ask_run_dump.py --only`.

    PYTHONPATH=src python bench/ask_gloss_reach.py SET.jsonl [...] --db DB --out IDS.txt
"""

from __future__ import annotations

import argparse
import contextlib
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402
from ask_paraphrase_census import gloss_heads  # noqa: E402

WORD = re.compile(r"[a-z]+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    from vitrina.qa.lexical import base_forms, fold, related, stop_words, wordnet
    from vitrina.qa.question import analyse
    from vitrina.qa.weights import CANDIDATE_COVERAGE
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    wn = wordnet()
    with contextlib.closing(connect_readonly(args.db)) as conn:
        texts = [text for _d, _s, text in as_knowledge_base(conn).sentence_texts()]
    postings: dict[str, set[int]] = defaultdict(set)
    for i, text in enumerate(texts):
        for w in set(WORD.findall(fold(text))):
            postings[w].add(i)
    verbs = [w for w in postings if len(w) > 2 and w not in stop_words() and wn.synsets(w, "v")]
    heads = {w: gloss_heads(w) for w in verbs}
    reached = []
    for name in args.files:
        for item in eval_ask.load_questions((name,)):
            q = analyse(item["question"])
            if q.predicate is None or q.predicate in q.light or q.slot == "truth":
                continue
            keys = {q.predicate} | ({q.phrasal[0].replace("_", " ")} if q.phrasal else set())
            own = {b for k in keys for b in base_forms(k)}
            forward = {h for k in keys for h in gloss_heads(k)}
            linked = [w for w in verbs if base_forms(w) & forward or own & heads[w]]
            near = set().union(*(postings[w] for w in linked)) if linked else set()
            if not near:
                continue
            others = [w for w in dict.fromkeys(q.content) if w not in keys and w not in q.light
                      and w not in stop_words()]
            need = max(1, math.ceil(CANDIDATE_COVERAGE * len(set(q.content))))
            shared: dict[int, int] = defaultdict(int)
            for o in others:
                forms = {o} | base_forms(o) | set(related(o, q.pos.get(o)))  # coverage counts relatives too
                for i in near & set().union(*(postings.get(w, set()) for w in forms)):
                    shared[i] += 1
            if any(n >= need for n in shared.values()):
                reached.append(f"{Path(name).stem} {item['id']}")
    args.out.write_text("\n".join(reached) + "\n", encoding="utf-8")
    print(f"{len(reached)} questions reachable", file=sys.stderr)


if __name__ == "__main__":
    main()
