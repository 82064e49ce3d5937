"""What the side with nothing extracted says, for annotated contradictions never grouped.

    python bench/compare_unextracted.py DB PAIRS.jsonl [PAIRS.jsonl ...] [--dumped GROUPS.jsonl] [-v]

Of the annotated "differ" pairs left ungrouped, those ``compare_misses`` puts in "no statement" (one side — or
both — is no date, amount or quotation statement of ``vitrina.compare``) are sub-classed by what the missing side's
annotated text says, first class that holds:

* ``relative time`` — a time told relative to another ("the next day", "the following spring", "a week later",
  "that August"): a value in words the date and quantity extractors miss;
* ``number in words`` — a number the quantity extractor misses: a fraction ("two-thirds", "half"), a number without a
  counted noun after it ("forty-eight of them", "by a majority of 319 to 64"), an ordinal ("the thirty-third");
* ``outcome turned`` — the two texts' words include a WordNet antonym pair (of a word or its base forms);
* ``person by role`` — the missing side names no person but writes an office ("the president"), the other names one;
* ``name replaced`` — both sides name something (a capitalised word past the first) and they differ;
* ``other``.

Each is also given the **shape** the missing side's annotated words stand in, read from spaCy's parse of its sentence
(``shape``; first that holds, walking up from the words' head to the clause that governs them):

* ``appositive`` — the words are set beside a noun (an ``appos``, or in brackets: "the treaty (1648)");
* ``number in a noun phrase`` — a number modifying a noun ("the 1,200-man garrison", "its 40 guns");
* ``nominal event`` — a noun WordNet derives from a verb tells the act, no clause: among the words with a
  possessor or an "of" after it ("its construction in 1869", "condemnation of …"), or met above them before any
  verb ("the signing of the treaty in 1648");
* ``relative clause`` — the clause governing the words describes a noun ("the land it had seized");
* ``passive`` — the governing clause is passive ("was ratified by …");
* ``copular`` — the governing verb is "be" ("X was the capital");
* ``active clause, a name in a slot`` / ``active clause, other`` — an ordinary clause, the words a name (spaCy
  entity) or not (an outcome, a verb);
* ``no clause`` — no verb governs the words (a heading, a fragment).

Printed: the count of each sub-class and of each shape, and with ``-v`` every pair with the side(s) missing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

_UNITS = r"(?:day|week|month|year|decade|century|morning|evening|night|spring|summer|autumn|fall|winter)s?"
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
_RELATIVE = re.compile(
    rf"\b(?:next|following|previous|preceding|prior|same|that|this|succeeding|subsequent)\s+{_UNITS}\b"
    rf"|\b(?:a|one|an)\s+{_UNITS}\s+(?:later|earlier|before|after|afterwards?)\b"
    rf"|\b(?:the\s+)?{_UNITS}\s+(?:before|after)\b|\b(?:that|the\s+same)\s+{_MONTHS}\b"
    rf"|\b(?:later|earlier)\s+that\s+{_UNITS}\b|\bin\s+{_MONTHS}\b(?!\s+\d)", re.I)
_FRACTION = re.compile(r"\b(?:half|halves|third|thirds|quarter|quarters|fifths?|dozen|handful|score)\b", re.I)
_PERSON_ROLE = re.compile(r"\b(?:president|king|queen|prime minister|secretary|ambassador|premier|minister|"
                          r"chancellor|emperor|pope|general|governor|senator|envoy|leader|chairman)\b", re.I)


def _capitalised(text: str) -> set[str]:
    words = re.findall(r"[A-Za-z][\w'’.-]*", text)
    return {w for w in words[1:] if w[0].isupper()}


def subclass(pair: dict, missing: list[str]) -> str:
    from vitrina.extract.numbers import find_numbers, find_ordinals
    from vitrina.polarity import antonymous

    texts = [pair[side]["text"] for side in missing]
    if any(_RELATIVE.search(t) for t in texts):
        return "relative time"
    if any(_FRACTION.search(t) or find_numbers(t) or find_ordinals(t) for t in texts):
        return "number in words"
    words_a = re.findall(r"[a-z]+", pair["a"]["text"].lower())
    words_b = re.findall(r"[a-z]+", pair["b"]["text"].lower())
    if any(antonymous(x, y) for x in set(words_a) - set(words_b) for y in set(words_b) - set(words_a)):
        return "outcome turned"
    other = "b" if missing == ["a"] else "a"
    if len(missing) == 1 and _PERSON_ROLE.search(texts[0]) and not _capitalised(texts[0]) - _capitalised(
            pair[other]["text"]) and _capitalised(pair[other]["text"]) - _capitalised(texts[0]):
        return "person by role"
    if _capitalised(pair["a"]["text"]) ^ _capitalised(pair["b"]["text"]):
        return "name replaced"
    return "other"


def _nlp():  # type: ignore[no-untyped-def]
    from vitrina.extract.nlp import get_full_nlp

    return get_full_nlp()


def _span_tokens(doc, text: str) -> list:  # type: ignore[no-untyped-def]
    """The tokens of the annotated words in their parsed sentence (none when the words are not in it)."""
    start = doc.text.find(text)
    return [] if start < 0 else [t for t in doc if start <= t.idx < start + len(text)]


def shape(side: dict) -> str:
    """The grammatical shape the annotated words of one side stand in (see the module's docstring)."""
    from vitrina.frames import is_event_noun

    doc = _nlp()(side["sentence"])
    tokens = _span_tokens(doc, side["text"])
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if not heads:
        return "words not found"
    head = heads[0]
    if head.dep_ == "appos" or doc[max(head.left_edge.i - 1, 0)].text == "(":
        return "appositive"
    if any(t.like_num and t.head.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nummod", "compound", "amod", "quantmod")
           and t.ent_type_ != "DATE" for t in tokens):
        return "number in a noun phrase"
    if head.pos_ not in ("VERB", "AUX") and any(
            t.pos_ == "NOUN" and is_event_noun(t.lemma_)
            and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in t.children) for t in tokens):
        return "nominal event"
    token = head
    while token.pos_ not in ("VERB", "AUX"):
        if token.pos_ == "NOUN" and token.dep_ != "npadvmod" and is_event_noun(token.lemma_) and token.i not in inside:
            return "nominal event"
        if token.head.i == token.i:
            return "no clause"
        token = token.head
    if token.dep_ in ("relcl", "acl"):
        return "relative clause"
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return "passive"
    if token.lemma_ == "be":
        return "copular"
    named = any(t.ent_type_ in ("PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "EVENT", "LAW") for t in tokens)
    return "active clause, a name in a slot" if named else "active clause, other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("pairs", type=Path, nargs="+")
    parser.add_argument("--dumped", type=Path, help="groups written by eval_compare.py --dump")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    import compare_misses as M
    import eval_compare as E

    comparisons, statements = M.comparisons_and_statements(args.db, args.dumped)
    citations = [s.citation({}) for s in statements]
    classes: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    for path in args.pairs:
        for line in path.read_text(encoding="utf-8").splitlines():
            pair = json.loads(line) if line.strip() else None
            if not pair or pair["verdict"] != "differ" or E.predicted_verdict(comparisons, pair) != "not-grouped":
                continue
            missing = [side for side in ("a", "b") if not any(E._matches(c, pair[side]) for c in citations)]
            if not missing:
                continue
            why = subclass(pair, missing)
            form = shape(pair[missing[0]])
            classes[why] += 1
            shapes[form] += 1
            if args.verbose:
                print(f"{path.stem} {pair['id']} {pair.get('kind', '')} {why} | {form} | missing {''.join(missing)}: "
                      f"{pair['a']['text']!r} / {pair['b']['text']!r}")
    print("no statement, by what the missing side says:", dict(classes.most_common()), "total", sum(classes.values()))
    print("no statement, by the shape the missing side's words stand in:", dict(shapes.most_common()))


if __name__ == "__main__":
    main()
