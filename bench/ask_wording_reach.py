"""How far WordNet reaches for the "predicate worded otherwise" misses of `ask_classes.py --dump` files.

For every answerable question the dump classes ``paraphrase`` whose outcome is ``a2 not first`` or ``b wrong span``
(the stating sentence was examined, its predicate has no counterpart there, a wrong candidate came first), the
question's predicate (``Question.predicate``; for a support verb the verb of ``Question.nominal``, for "be"
questions the asked head noun) is looked
up against the lemmas and words of the stating sentence (the annotation's citation, parsed with qa/parse.py), and
the question is put in the first group that links them:

* ``same word``: the sentence holds the predicate's own lemma (the loss is the ranker's, not the wording's);
* ``related``: one of ``lexical.related`` (derived forms, frequent-sense synonyms and hypernyms, hyponyms, causes);
* ``loosely related``: one of ``lexical.loosely_related`` (rarer senses' synonyms, narrow hypernyms);
* ``hyponym (any sense)`` / ``hypernym's derived form`` / ``co-hyponym``: a WordNet link ``vitrina ask`` does not
  use (the first ``LEXICAL["loose_senses"]`` senses; narrow hypernyms only, as ``loosely_related``);
* ``question noun related``: no link for the predicate, but a content noun of the question absent from the
  sentence has a ``related`` form there (a nominalisation the other way: "the outcome" / "resulted");
* ``none``: WordNet links neither (a multi-word paraphrase, a light verb, another construction).

    PYTHONPATH=src python bench/ask_wording_reach.py DUMP.jsonl [...] [--annotations DIR] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from vitrina.qa.lexical import base_forms, fold, loosely_related, related, wordnet  # noqa: E402
from vitrina.qa.parse import parse  # noqa: E402
from vitrina.qa.question import analyse  # noqa: E402
from vitrina.qa.weights import LEXICAL  # noqa: E402

OUTCOMES = ("a2 not first", "b wrong span")  # a right answer the dump also classes is no miss
GROUPS = ("same word", "related", "loosely related", "hyponym (any sense)", "hypernym's derived form",
          "co-hyponym", "question noun related", "none", "no predicate or noun")


def _senses(word: str, pos: str) -> list:
    wn = wordnet()
    return [] if wn is None else wn.synsets(word, pos)[:int(LEXICAL["loose_senses"])]


def _narrow(hyper) -> bool:
    return len(hyper.hyponyms()) <= LEXICAL["narrow_hypernym"]


def hyponyms(word: str, pos: str) -> set[str]:
    """The lemmas of the direct hyponyms of the word's first senses, and their derived forms."""
    found = set()
    for synset in _senses(word, pos):
        for hypo in synset.hyponyms():
            for lemma in hypo.lemmas():
                found |= {lemma.name().lower()} | {d.name().lower() for d in lemma.derivationally_related_forms()}
    return found


def hypernym_derived(word: str, pos: str) -> set[str]:
    """The derived forms of the lemmas of the narrow direct hypernyms of the word's first senses."""
    return {d.name().lower() for synset in _senses(word, pos) for hyper in synset.hypernyms() if _narrow(hyper)
            for lemma in hyper.lemmas() for d in lemma.derivationally_related_forms()}


def co_hyponyms(word: str, pos: str) -> set[str]:
    """The lemmas of the other hyponyms of the narrow direct hypernyms of the word's first senses."""
    return {lemma.name().lower() for synset in _senses(word, pos) for hyper in synset.hypernyms() if _narrow(hyper)
            for sister in hyper.hyponyms() if sister != synset for lemma in sister.lemmas()}


def group(question: str, citation: str) -> tuple[str, str, str]:
    """(group, the question word looked up, the sentence word that links it)."""
    q = analyse(question)
    doc = parse(citation)
    words = {fold(t.lemma_) for t in doc} | {fold(t.text) for t in doc}
    word, pos = (q.predicate, "v") if q.predicate and q.predicate not in ("do", "be") else (q.nominal or q.head, "n")
    if q.nominal:
        word, pos = q.nominal, "v"
    if not word:
        return "no predicate or noun", "", ""
    lookups: list[tuple[str, Callable[[str, str], object]]] = [
        ("same word", lambda w, p: base_forms(w)), ("related", related), ("loosely related", loosely_related),
        ("hyponym (any sense)", hyponyms), ("hypernym's derived form", hypernym_derived),
        ("co-hyponym", co_hyponyms)]
    for name, lookup in lookups:
        hit = sorted(words & {fold(f) for f in lookup(word, pos)})  # type: ignore[attr-defined]
        if hit:
            return name, word, hit[0]
    for noun in q.content:
        if q.pos.get(noun) == "n" and noun not in words:
            hit = sorted(words & set(related(noun, "n")))
            if hit:
                return "question noun related", noun, hit[0]
    return "none", word, ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("--annotations", type=Path, default=ROOT / "bench/annotations",
                        help="folder of the sets' annotation files (tests/devset is searched too)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    for dump in args.dumps:
        records = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines() if line]
        if not records:
            continue
        name = records[0]["set"]
        source = next((p for p in (args.annotations / f"{name}.jsonl", ROOT / "tests/devset" /
                                   f"{name}.jsonl") if p.exists()), None)
        if source is None:
            print(f"{dump}: no annotation file for {name}", file=sys.stderr)
            continue
        items = {r["id"]: r for r in map(json.loads, source.read_text(encoding="utf-8").splitlines()) if r}
        for record in records:
            if record.get("class") != "paraphrase" or record.get("outcome", OUTCOMES[0]) not in OUTCOMES \
                    or not items[record["id"]].get("citation"):
                continue
            found, word, link = group(record["question"], items[record["id"]]["citation"])
            counts[found] += 1
            if args.verbose:
                print(f"{name} {record['id']}\t{found}\t{word} -> {link}\t{record['question']}")
    total = sum(counts.values())
    print(f"paraphrase questions: {total}")
    for name in GROUPS:
        if counts[name]:
            print(f"  {name}: {counts[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
