"""Event labels checked against an operational definition of readable.

A label is readable when it is a grammatical, self-contained phrase. Each
criterion below is checked on every event label of a built database, with
spaCy's full small pipeline (dependency parser included) run on the label
alone and on its evidence sentence; the report gives the share of labels
violating each criterion and the share violating any.

* ``unbalanced``: an opening or closing bracket or quotation mark without its
  partner in the label.
* ``starts_inside``: the label starts inside a quotation or a parenthesis of
  its sentence whose opening mark it does not hold, or on a token that is a
  complement of a word left out before it (an object, a preposition's object,
  a conjunct).
* ``cut_end``: the label stops inside a phrase: its last word is a modifier
  of a word left out after it (determiner, adjective, compound, possessive,
  auxiliary), or a preposition whose object is left out.
* ``cut_inside``: a phrase broken inside the label: a preposition without its
  object, a conjunct without the conjunction that joins it ("Egypt, Jordan"),
  a modifier (determiner, adjective, compound) whose noun is left out.
* ``stray_comma``: a comma or dash left between a subject and its verb after
  what it set off was dropped ("Anson Burlingame, became").
* ``function_word_end``: the last word is an article, preposition,
  conjunction, ``to``, possessive, wh-word or modal.
* ``no_predicate``: neither a clause (a verb) nor one noun phrase (a named
  event or thing: "The Yalta Conference").
* ``no_subject``: the label's main verb has no subject (a bare participle or
  verb phrase: "Established by the king"); not counted for the label of a
  heading or caption without a finite verb ("Ending the Siege, 1702–1704"),
  which is the author's own title.
* ``pronoun_subject``: the subject is a personal or demonstrative pronoun the
  label does not resolve ("He signed the treaty").
* ``too_long``: more than 15 words outside quotations, or more than 20 in all.

``--sample N`` prints N random labels with their sentences for judging by
hand (``--seed`` fixes the draw); ``--examples K`` lists K violations of each
criterion.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import Any

MAX_WORDS = 15  # words outside quotations a label may have (a headline of ~15 words)
MAX_WORDS_QUOTED = 20  # words in all, a quotation kept whole included

CRITERIA = ("unbalanced", "starts_inside", "cut_end", "cut_inside", "stray_comma", "function_word_end", "no_predicate", "no_subject",
            "pronoun_subject", "too_long")

END_TAGS = {"DT", "PDT", "IN", "CC", "TO", "PRP$", "WDT", "WP", "WP$", "WRB", "MD", "EX", "POS"}
# dependencies of a word on a head to its right inside one phrase: ending on it cuts the phrase
PHRASE_INTERNAL = {"det", "amod", "compound", "poss", "nummod", "quantmod", "aux", "auxpass", "neg", "case",
                   "predet", "nmod", "prt"}
# dependents a head needs: a label that starts on one has lost its head
COMPLEMENTS = {"pobj", "pcomp", "dobj", "dative", "attr", "acomp", "oprd", "conj", "cc", "case"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
PRONOUN_SUBJECTS = {"he", "she", "it", "they", "we", "i", "you", "this", "these", "those", "him", "them"}
PAIRS = {"(": ")", "[": "]", "“": "”", "‘": "’"}


def parser():  # noqa: ANN201 - spaCy's Language
    import spacy

    from vitrina.extract.nlp import MODEL

    return spacy.load(MODEL)


def load(db: Path) -> list[dict[str, Any]]:
    """Every event: label, document, first evidence sentence."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    texts = dict(conn.execute("SELECT id, text FROM documents"))
    rows = []
    for ev_id, doc, label, evidence in conn.execute("SELECT id, document, label, evidence FROM events ORDER BY document, id"):
        spans = json.loads(evidence)
        s, e = spans[0] if spans else (0, 0)
        rows.append({"id": ev_id, "document": doc, "label": label, "sentence": texts[doc][s:e]})
    conn.close()
    return rows


def unbalanced(label: str) -> bool:
    if label.count('"') % 2:
        return True
    stack: list[str] = []
    for ch in label:
        if ch in PAIRS:
            stack.append(PAIRS[ch])
        elif ch in PAIRS.values() and ch != "’" and (not stack or stack.pop() != ch):  # ’: also an apostrophe
            return True
    return any(c != "’" for c in stack)


def align(label_toks: list[str], sent_toks: list[str]) -> list[int] | None:
    """Indices of the sentence tokens the label's tokens are, in order, over the
    shortest stretch (label tokens not in the sentence at its start, such as a
    name put for a pronoun, are skipped)."""
    low = [t.lower() for t in sent_toks]
    wanted = [t.lower() for t in label_toks]
    best: list[int] | None = None
    for skip in range(min(4, len(wanted))):
        rest = wanted[skip:]
        if not rest:
            break
        for start in (i for i, t in enumerate(low) if t == rest[0]):
            out, j = [start], start + 1
            for w in rest[1:]:
                while j < len(low) and low[j] != w:
                    j += 1
                if j == len(low):
                    break
                out.append(j)
                j += 1
            if len(out) == len(rest) and (best is None or out[-1] - out[0] < best[-1] - best[0]):
                best = out
        if best is not None:
            return best
    return None


def enclosing_open(sent: Any, i: int) -> int | None:
    """Index of the quotation or bracket mark that opens an enclosure around token ``i``."""
    stack: list[int] = []
    straight_open: int | None = None
    for k in range(i):
        t = sent[k].text
        if t in PAIRS and t != "‘":
            stack.append(k)
        elif t in {")", "]", "”"} and stack:
            stack.pop()
        elif t == '"':
            straight_open = None if straight_open is not None else k
    if straight_open is not None:
        return straight_open
    return stack[-1] if stack else None


def cut_inside(sent: Any, idx: list[int]) -> bool:
    """A preposition without its object, a conjunct without its conjunction, or a modifier
    without its noun, inside the label's stretch of the sentence."""
    kept = set(idx)
    for k in idx[:-1]:
        t = sent[k]
        if t.dep_ == "prep" and t.tag_ == "IN" and any(c.dep_ in {"pobj", "pcomp"} for c in t.children) \
                and not any(c.i in kept for c in t.children):
            return True
        if t.dep_ in {"det", "amod", "compound", "poss", "nummod"} and t.head.i > t.i and t.head.i not in kept:
            return True
        if t.dep_ == "cc" or t.i not in kept:
            continue
        conjuncts = [c for c in t.children if c.dep_ == "conj" and c.i in kept]
        ccs = [c for c in t.children if c.dep_ == "cc"] + [c for x in t.children if x.dep_ == "conj" for c in x.children
                                                           if c.dep_ == "cc"]
        if conjuncts and ccs and not any(c.i in kept for c in ccs):
            return True
    return False


def stray_comma(sent: Any, idx: list[int]) -> bool:
    """A comma or dash followed in the label by a verb whose subject ends right before it."""
    for a, b, c in zip(idx, idx[1:], idx[2:], strict=False):
        if sent[b].text in {",", "—", "–"} and sent[c].pos_ in {"VERB", "AUX"} and c > b + 1 \
                and any(x.dep_ in SUBJECTS and x.right_edge.i == a for x in sent[c].children):
            return True
    return False


def words_outside_quotes(label: str) -> int:
    out, inside = 0, False
    for w in label.replace("“", ' " ').replace("”", ' " ').split():
        if w == '"':
            inside = not inside
        elif any(ch.isalnum() for ch in w) and not inside:
            out += 1
    return out


def check(label_doc: Any, sent_doc: Any, label: str) -> set[str]:
    """The criteria ``label`` violates."""
    bad: set[str] = set()
    words = [t for t in label_doc if any(ch.isalnum() for ch in t.text)]
    if unbalanced(label):
        bad.add("unbalanced")
    if words_outside_quotes(label) > MAX_WORDS or len(words) > MAX_WORDS_QUOTED:
        bad.add("too_long")
    if not words:
        return bad | {"no_predicate"}
    content = [t for t in label_doc if not t.is_punct]
    last = content[-1] if content else label_doc[-1]
    idx = align([t.text for t in label_doc], [t.text for t in sent_doc])
    if idx is not None:
        kept = set(idx)
        pairs = list(zip(idx, label_doc[len(label_doc) - len(idx):], strict=True))
        last_s = sent_doc[max((k for k, t in pairs if not t.is_punct), default=idx[-1])]
        if last_s.tag_ in END_TAGS and last_s.dep_ != "prt":
            bad.add("function_word_end")
        head = last_s.head
        if head.i > last_s.i and head.i not in kept and last_s.dep_ in PHRASE_INTERNAL:
            bad.add("cut_end")
        if last_s.dep_ == "prep" and not any(c.i in kept for c in last_s.children):
            bad.add("cut_end")
        if cut_inside(sent_doc, idx):
            bad.add("cut_inside")
        if stray_comma(sent_doc, idx):
            bad.add("stray_comma")
        first_s = sent_doc[idx[0]]
        opening = enclosing_open(sent_doc, first_s.i)
        enclosed = opening is not None and opening not in kept or first_s.text in {")", "]", "”", "’"}
        complement = first_s.head.i < first_s.i and first_s.head.i not in kept and first_s.dep_ in COMPLEMENTS
        if enclosed or complement:
            bad.add("starts_inside")
    elif last.tag_ in END_TAGS and last.dep_ != "prt":
        bad.add("function_word_end")
    roots = [t for t in label_doc if t.dep_ == "ROOT"]
    root = max(roots, key=lambda r: len(list(r.subtree)))
    verbs = [t for t in label_doc if t.pos_ in {"VERB", "AUX"}]
    if not verbs and root.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
        bad.add("no_predicate")
    heading = not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in sent_doc)
    if root.pos_ in {"VERB", "AUX"} and not heading:
        subjects = [c for c in root.children if c.dep_ in SUBJECTS]
        if not subjects and not any(c.dep_ in SUBJECTS for v in root.children if v.dep_ == "conj" for c in v.children):
            bad.add("no_subject")
        elif subjects and subjects[0].text.lower() in PRONOUN_SUBJECTS:
            bad.add("pronoun_subject")
    return bad


def evaluate(db: Path) -> tuple[list[dict[str, Any]], Counter[str]]:
    rows = load(db)
    nlp = parser()
    labels = nlp.pipe((r["label"] for r in rows), batch_size=256)
    sents = nlp.pipe((r["sentence"] for r in rows), batch_size=64)
    counts: Counter[str] = Counter()
    for row, label_doc, sent_doc in zip(rows, labels, sents, strict=True):
        row["bad"] = sorted(check(label_doc, sent_doc, row["label"]))
        counts.update(row["bad"])
        counts["any"] += bool(row["bad"])
    return rows, counts


def report(rows: list[dict[str, Any]], counts: Counter[str], examples: int, seed: int) -> str:
    n = len(rows) or 1
    lines = [f"event labels: {len(rows)}", "| criterion | labels | share |", "| --- | --- | --- |"]
    for name in (*CRITERIA, "any"):
        lines.append(f"| {name} | {counts[name]} | {counts[name] / n:.3f} |")
    rng = random.Random(seed)
    for name in CRITERIA if examples else ():
        bad = [r for r in rows if name in r["bad"]]
        lines += ["", f"{name}:"] + [f"  {r['label']}" for r in rng.sample(bad, min(examples, len(bad)))]
    return "\n".join(lines)


def sample(rows: list[dict[str, Any]], size: int, seed: int) -> str:
    picked = random.Random(seed).sample(rows, min(size, len(rows)))
    return "\n".join(f"{k + 1}. {r['label']}\n   [{', '.join(r['bad']) or 'ok'}] {r['document']}: "
                     f"{' '.join(r['sentence'].split())}" for k, r in enumerate(picked))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True, help="a built database")
    ap.add_argument("--examples", type=int, default=0, help="violations listed per criterion")
    ap.add_argument("--sample", type=int, default=0, help="random labels with their sentences, to judge by hand")
    ap.add_argument("--seed", type=int, default=13, help="seed of the random draws")
    ap.add_argument("--json", action="store_true", help="counts as JSON")
    args = ap.parse_args(argv)
    rows, counts = evaluate(args.db)
    if args.json:
        print(json.dumps({"labels": len(rows), **counts}))
    else:
        print(report(rows, counts, args.examples, args.seed))
    if args.sample:
        print("\n" + sample(rows, args.sample, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
