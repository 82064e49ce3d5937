"""Which WordNet relation would tie a paraphrased question's word to the sentence that states its answer.

Reads ``bench/ask_classes.py --dump`` files; for every answerable question of class ``paraphrase`` (the
question's predicate, or without one its head noun, has no counterpart in the stating sentence) it looks for
the closest link between that word (the *key*) and a word of the annotated citation, and counts the first
relation that holds, in this order:

* ``same form`` / ``related`` / ``loose``: what `qa.lexical` already gives (`base_forms`, `related`,
  `loosely_related`) — the sentence has a counterpart the alignment did not take (parse, part of speech);
* ``kind (hypernym chain)``: the key noun is a hypernym of a sentence noun within ``--steps`` (any of the first
  three senses of each; `qa.lexical.kind_of` walks the whole chain): "agreement" / convention;
* ``name head kind``: as above, for the last word of a capitalised name of the sentence ("factory" /
  "X Glassworks");
* ``derived via kind``: a derivationally related form of the key is a kind of a sentence word or the reverse
  (noun ↔ verb across a hypernym step);
* ``entailment/cause``, ``also see``, ``similar``, ``verb group``: those WordNet pointers of the key's senses
  (all senses, not the first two);
* ``sister verb``: the key verb and a sentence verb share a direct hypernym in one of their first senses
  (start / found under "begin"?);
* ``none``: no WordNet relation found (an idiom, a description, a pronoun…).

    PYTHONPATH=src python bench/ask_paraphrase_census.py DUMP.jsonl [DUMP.jsonl ...] [--steps 3] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "bench" / "annotations"
SENSES = 3  # senses of each word looked at


def _items(name: str) -> dict[str, dict]:
    return {it["id"]: it for it in eval_ask.load_questions((str(ANNOTATIONS / f"{name}.jsonl"),))}


def _synsets(word: str, pos: str | None) -> list[Any]:
    from vitrina.qa.lexical import base_forms, wordnet

    wn = wordnet()
    return [s for f in sorted(base_forms(word)) for s in wn.synsets(f.replace(" ", "_"), pos)[:SENSES]]


def _within(low: Any, high: set[Any], steps: int) -> bool:
    """``low`` is one of ``high`` or under it within ``steps`` hypernym (or instance) steps."""
    frontier = {low}
    for _ in range(steps + 1):
        if frontier & high:
            return True
        frontier = {h for s in frontier for h in s.hypernyms() + s.instance_hypernyms()}
    return False


def _lemmas(synsets: list[Any]) -> set[str]:
    return {lemma.name().lower() for s in synsets for lemma in s.lemmas()}


def relation(key: str, pos: str | None, tokens: list[tuple[str, str, bool]], steps: int) -> tuple[str, str]:
    """The first relation (see the module's docstring) between ``key`` and a sentence word, and that word."""
    from vitrina.qa.lexical import base_forms, loosely_related, related

    own = base_forms(key) | {key.replace("_", " ")}
    rel = related(key, pos)
    loose = loosely_related(key, pos or "v") if pos in ("v", None) else loosely_related(key, "n")
    checks: list[tuple[str, Any]] = [
        ("same form", lambda w, p, n: bool(base_forms(w) & own)),
        ("related", lambda w, p, n: any(f in rel for f in base_forms(w))),
        ("loose", lambda w, p, n: any(f in loose for f in base_forms(w))),
    ]
    keys = set(_synsets(key, pos))
    key_nouns = set(_synsets(key, "n"))
    derived = {d.synset() for s in _synsets(key, None) for lemma in s.lemmas() if lemma.name().lower() in own
               for d in lemma.derivationally_related_forms()}

    def kind(w: str, p: str, n: bool) -> bool:
        return p == "n" and not n and any(_within(s, key_nouns, steps) for s in _synsets(w, "n"))

    def name_head(w: str, p: str, n: bool) -> bool:
        return n and any(_within(s, key_nouns, steps) for s in _synsets(w, "n"))

    def via(w: str, p: str, n: bool) -> bool:
        mine = set(_synsets(w, None))
        return any(_within(s, derived, 1) for s in mine) or any(_within(d, mine, 1) for d in derived)

    pointers = {
        "entailment/cause": {x for s in keys for x in s.entailments() + s.causes()},
        "also see": {x for s in keys for x in s.also_sees()},
        "similar": {x for s in keys for x in s.similar_tos()},
        "verb group": {x for s in keys for x in s.verb_groups()},
    }
    checks += [("kind (hypernym chain)", kind), ("name head kind", name_head), ("derived via kind", via)]
    checks += [(label, lambda w, p, n, found=found: bool(_lemmas(list(found)) & base_forms(w)))
               for label, found in pointers.items()]
    sisters = {h for s in keys if s.pos() == "v" for h in s.hypernyms()}
    checks.append(("sister verb", lambda w, p, n: p == "v" and any(
        set(s.hypernyms()) & sisters for s in _synsets(w, "v"))))
    for label, test in checks:
        for word, wpos, is_name in tokens:
            if test(word, wpos, is_name):
                return label, word
    return "none", ""


def sentence_words(text: str) -> list[tuple[str, str, bool]]:
    """(lemma, WordNet part of speech, last word of a capitalised name) of the sentence's content words."""
    from vitrina.qa.parse import parse

    out = []
    for t in parse(text):
        if t.pos_ in ("NOUN", "VERB", "ADJ"):
            out.append((t.lemma_.lower(), {"NOUN": "n", "VERB": "v", "ADJ": "a"}[t.pos_], False))
        elif t.pos_ == "PROPN" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].pos_ != "PROPN"):
            out.append((t.lower_, "n", True))  # the head of a multiword name: "X Glassworks"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("--steps", type=int, default=3, help="hypernym steps of the kind relations")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    from vitrina.qa.question import analyse

    counts: Counter[str] = Counter()
    keys: Counter[str] = Counter()
    sets: dict[str, dict[str, dict]] = {}
    for dump in args.dumps:
        for line in dump.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("class") != "paraphrase":
                continue
            item = sets.setdefault(row["set"], _items(row["set"]))[row["id"]]
            q = analyse(item["question"])
            key = q.phrasal[0] if q.phrasal else q.predicate or q.head or ""  # "set_up": the two-word verb
            pos = "v" if q.predicate else "n"
            keys["phrasal verb" if q.phrasal else "predicate" if q.predicate else "head noun" if q.head
                 else "no key"] += 1
            label, word = relation(key, pos, sentence_words(item["citation"]), args.steps) if key else ("no key", "")
            counts[label] += 1
            if args.verbose:
                print(f"{row['set']} {row['id']} [{label}] {key!r} ~ {word!r}: {item['question']}")
    total = sum(counts.values())
    print(f"paraphrase questions: {total} ({', '.join(f'{k} {v}' for k, v in keys.most_common())})")
    for label, n in counts.most_common():
        print(f"  {label}: {n}")


if __name__ == "__main__":
    main()
