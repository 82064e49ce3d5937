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

With ``--words`` (round 39) it classes every *unmatched question word* instead — each content word of a paraphrase
question (names included) with no base form, ``related`` or ``loosely_related`` counterpart in the citation — by the
first of (`word_class`): misspelling (unknown to WordNet, within two edits of a citation word), name variant / name
absent, light verb (the analysis's light words, spaCy stop words), multiword lemma (the word and a neighbour of the
question are a WordNet multiword lemma: "hold out", "size up", "in trouble"; split by whether that lemma's relatives
reach the citation), kind (hypernym chain), derivation chain of two steps, gloss head (a verb: `glossed`, what round 39
measured as an alignment link), gloss overlap (any content word of a gloss of one side's first three senses is a base form of the
other side's word), none.

    PYTHONPATH=src python bench/ask_paraphrase_census.py DUMP.jsonl [DUMP.jsonl ...] [--steps 3] [--words] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "bench" / "annotations"
SENSES = 3  # senses of each word looked at


NARROW = 25  # a gloss head whose usual sense has more direct kinds than this says nothing (qa LEXICAL narrow_hypernym)
FREQUENT = 2  # senses of a word whose glosses are read (qa LEXICAL frequent_senses)


@lru_cache(maxsize=8192)
def gloss_heads(word: str, pos: str = "v") -> frozenset[str]:
    """The words that head the WordNet glosses of ``word``'s frequent senses as ``pos``: in each ``;`` clause of a
    gloss, its first word WordNet knows as ``pos`` that is no stop word, and the words joined to it by "or"/"and"
    ("sport" -> wear, display; "ratify" -> approve, express; "withhold" -> hold, refuse); a head whose usual sense
    has more than ``NARROW`` kinds (change, move) is left out. Round 39 measured it as an alignment link of `ask`
    (docs/search-and-ask.md, "Round 39 (helper askpara"): not shipped."""
    from vitrina.qa.lexical import base_forms, fold, wordnet

    wn = wordnet()
    if wn is None:
        return frozenset()
    own = base_forms(word)
    out: set[str] = set()
    for form in own:
        for synset in wn.synsets(form.replace(" ", "_"), pos)[:FREQUENT]:
            for clause in synset.definition().split(";"):
                out |= _clause_heads(wn, re.findall(r"[a-z]+", fold(clause)), pos)
    return frozenset(h for h in out - own if (senses := wn.synsets(h, pos)[:1]) and len(senses[0].hyponyms()) <= NARROW)


def _clause_heads(wn: Any, tokens: list[str], pos: str) -> set[str]:
    """The first word of ``tokens`` that WordNet knows as ``pos`` (no stop word) and the words coordinated with it."""
    from vitrina.qa.lexical import stop_words

    def head(t: str) -> bool:
        return t not in stop_words() and len(t) > 2 and bool(wn.synsets(t, pos))

    i = next((k for k, t in enumerate(tokens) if head(t)), None)
    if i is None:
        return set()
    found = {tokens[i]}
    while i + 2 < len(tokens) and tokens[i + 1] in ("or", "and") and head(tokens[i + 2]):
        found.add(tokens[i + 2])
        i += 2
    return {wn.morphy(t, pos) or t for t in found}


def glossed(word: str, other: str, pos: str = "v") -> bool:
    """Whether a WordNet gloss ties the two words either way: one heads a gloss of the other's frequent senses
    ("wearing" / sport, "ratified" / approve)."""
    from vitrina.qa.lexical import base_forms

    mine, theirs = base_forms(word), base_forms(other)
    return bool(theirs & gloss_heads(word, pos)) or any(mine & gloss_heads(f, pos) for f in theirs)


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


def _derivation_chain(key: str) -> set[str]:
    """Words two derivation steps from ``key`` with a synonym step between: key -> derived form -> its synset's
    other lemmas -> their derived forms (any sense)."""
    from vitrina.qa.lexical import base_forms, wordnet

    wn = wordnet()
    out: set[str] = set()
    for form in base_forms(key):
        for lemma in wn.lemmas(form):
            for d in lemma.derivationally_related_forms():
                for other in d.synset().lemmas():
                    out.add(other.name().lower())
                    out |= {x.name().lower() for x in other.derivationally_related_forms()}
    return out


def _gloss_words(word: str, pos: str | None, senses: int = SENSES) -> set[str]:
    """Base forms of the content words of the glosses of ``word``'s first senses."""
    from vitrina.qa.lexical import base_forms, stop_words

    words = {w for s in _synsets(word, pos)[:senses] for w in eval_ask._tokens(s.definition())}
    return {b for w in words if w not in stop_words() and len(w) > 2 for b in base_forms(w)}


def word_class(word: str, pos: str | None, neighbours: list[str], q: Any, tokens: list[tuple[str, str, bool]],
               steps: int) -> str:
    """The first class (see the module's docstring) of an unmatched question word."""
    from vitrina.edits import distance
    from vitrina.qa.lexical import base_forms, known_word, related, stop_words, wordnet

    wn = wordnet()
    sentence = {w for w, _p, _n in tokens} | set(eval_ask._tokens(" ".join(w for w, _p, _n in tokens)))
    if word in q.names:
        near = any(distance(word, w, 2) <= 2 or w.startswith(word[:4]) for w in sentence if len(w) > 3)
        return "name variant" if near else "name absent"
    if not known_word(word):
        if any(distance(word, w, 2) <= 2 for w in sentence):
            return "misspelling"
        return "unknown word"
    if word in q.light or word in stop_words():
        return "light word / stop word"
    for other in neighbours:
        for a, b in ((word, other), (other, word)):
            multi = {f"{x}_{y}" for x in base_forms(a) for y in base_forms(b)}
            found = [m for m in multi if wn.synsets(m)]
            if found:
                rel = {r for m in found for r in related(m.replace("_", " "))}
                reach = any(base_forms(w) & rel for w in sentence)
                return "multiword lemma, related" if reach else "multiword lemma, unrelated"
    if pos == "n" and any(relation(word, "n", [t], steps)[0] in ("kind (hypernym chain)", "name head kind")
                          for t in tokens):
        return "kind (hypernym chain)"
    chain = _derivation_chain(word)
    if any(base_forms(w) & chain for w in sentence):
        return "derivation chain (2 steps)"
    if pos == "v" and any(p == "v" and glossed(word, w) for w, p, _n in tokens):
        return "gloss head (glossed)"
    mine = _gloss_words(word, pos)
    own = base_forms(word)
    if any(base_forms(w) & mine for w, p, n in tokens if not n) or any(
            own & _gloss_words(w, p) for w, p, n in tokens if not n):
        return "gloss overlap"
    return "none"


def unmatched_words(q: Any, citation: str) -> list[str]:
    """The question's content words (names included; not numbers) with no counterpart in the citation."""
    from vitrina.qa.lexical import base_forms, loosely_related, related

    sentence: set[str] = set()
    for w in eval_ask._tokens(citation):
        sentence |= base_forms(w)
    out = []
    for word in q.content:
        if not word.isalpha():
            continue
        pos = q.pos.get(word)
        forms = base_forms(word)
        if forms & sentence:
            continue
        near = set(related(word, pos)) | set(loosely_related(word, "n" if pos == "n" else "v"))
        if near & sentence:
            continue
        out.append(word)
    return out


def _rows(args: argparse.Namespace) -> list[tuple[str, dict]]:
    """(set name, annotated item) of every question the census reads: the paraphrase class of the dumps, or with
    ``--sets`` every answerable question with a citation of those annotation sets (no `ask` run needed)."""
    out = []
    sets: dict[str, dict[str, dict]] = {}
    for name in args.sets or []:
        out += [(name, it) for it in _items(name).values() if it.get("answer") is not None and it.get("citation")]
    for dump in args.dumps:
        for line in dump.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("class") == "paraphrase":
                out.append((row["set"], sets.setdefault(row["set"], _items(row["set"]))[row["id"]]))
    return out


def census_words(args: argparse.Namespace) -> None:
    """``--words``: every unmatched word of the questions, classed by `word_class` (the key word — the predicate,
    without one the head noun — counted apart)."""
    from vitrina.qa.question import analyse

    counts: Counter[str] = Counter()
    keyed: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    rows = _rows(args)
    missing = 0
    for name, item in rows:
        q = analyse(item["question"])
        tokens = sentence_words(item["citation"])
        own = list(q.content)
        key = q.predicate or q.head
        unmatched = unmatched_words(q, item["citation"])
        missing += bool(unmatched)
        for word in unmatched:
            i = own.index(word)
            label = word_class(word, q.pos.get(word), own[max(0, i - 1):i] + own[i + 1:i + 2], q, tokens,
                               args.steps)
            counts[label] += 1
            keyed[label] += word == key
            examples.setdefault(label, []).append(word)
            if args.verbose:
                print(f"{name} {item['id']} [{label}]{' KEY' if word == key else ''} {word!r}: {item['question']}"
                      f"  ||  {item['citation'][:160]}")
    print(f"questions: {len(rows)} ({missing} with an unmatched word); unmatched question words: "
          f"{sum(counts.values())} ({sum(keyed.values())} of them the key word)")
    for label, n in counts.most_common():
        print(f"  {label}: {n} (key {keyed[label]}; {', '.join(sorted(set(examples[label]))[:14])})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="*", type=Path)
    parser.add_argument("--sets", nargs="+", help="with --words: annotation sets read whole (ask_v39 …)")
    parser.add_argument("--steps", type=int, default=3, help="hypernym steps of the kind relations")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--words", action="store_true", help="class every unmatched question word instead")
    args = parser.parse_args()
    if args.words:
        census_words(args)
        return
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
