"""Round 59 askfirst59: what the stating sentence shares with the question that the winner's sentence does not.

Reads the part files of bench/collect_parts.py (every candidate's members with their features) and the database
they were asked on. For every answerable question whose first candidate under the shipped ranker (``RANKER +
RANKER_ADDED``) is wrong and stands in another sentence than the one stating the gold answer (the annotation's
``citation``, found in the cited document), the winner's sentence is set against the stating sentence by evidence
read from the parse and WordNet (``evidence``): the question's content words by lemma and by WordNet relative, its
names in the sentence or only in the section's title, its predicate, its word pairs (a word and the word it depends
on, both found with one still governing the other in the sentence), the question's years and months held or clashing,
the preposition of the asked slot ("Against whom …") with an object, the sentence's place in its paragraph, negation,
tense and length. Counted per set: how often the stating sentence has more of each than the winner's, and the reverse.

Cases: ``examined`` (the stating sentence is a member of a ranked candidate and a right candidate is ranked),
``examined, no right candidate``, ``unranked`` (the stating sentence is a member of no ranked candidate), ``same
sentence`` (the winner stands in the stating sentence: a wrong span, not counted by evidence), ``none`` (no single
sentence of the cited document holds the citation: it spans two). The same evidence is counted for the questions
answered first right, the stating sentence against the best-scored other sentence (``--control``): what marks the
stating sentence there too is what the ranker already reads when the stating sentence wins.

    PYTHONPATH=src .venv/bin/python bench/ask_stating_census.py DB build/parts/v*.json [--json OUT] [--control]
"""

from __future__ import annotations

import argparse
import calendar
import contextlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_ask  # noqa: E402
import fit_ask as F  # noqa: E402

from vitrina.qa.lexical import related  # noqa: E402
from vitrina.qa.parse import parse_many  # noqa: E402
from vitrina.qa.weights import RANKER, RANKER_ADDED  # noqa: E402
from vitrina.store import connect_readonly  # noqa: E402

CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
LIGHT = frozenset({"do", "be", "have", "happen", "take", "make", "get"})  # verbs that carry the question's frame
PAIR_ARCS = 3  # arcs between the two words of a question word pair found in the sentence
RELATIVE_CREDIT = 0.8  # a WordNet relative counts as the word when its credit reaches this

ANNOTATIONS = Path(__file__).resolve().parent / "annotations"


def content_words(doc: Any) -> list[Any]:
    return [t for t in doc if t.pos_ in CONTENT and not t.is_stop and t.lemma_.lower() not in LIGHT
            and t.tag_ not in ("WDT", "WP", "WP$", "WRB")]


def matches(word: Any, token: Any) -> float:
    """1 for the same lemma or form, RELATIVE_CREDIT-or-more's credit for a WordNet relative, else 0."""
    a, b = word.lemma_.lower(), token.lemma_.lower()
    if a == b or word.lower_ == token.lower_:
        return 1.0
    if word.pos_ == "PROPN" or token.pos_ == "PROPN":
        return 0.0
    credit = related(a).get(b, 0.0)
    return credit if credit >= RELATIVE_CREDIT else 0.0


def best_match(word: Any, doc: Any) -> tuple[float, list[Any]]:
    found = [(matches(word, t), t) for t in doc if t.pos_ in CONTENT or t.pos_ == "ADV"]
    top = max((c for c, _t in found), default=0.0)
    return top, [t for c, t in found if c == top and c > 0]


def governs(head: Any, dependent: Any, arcs: int = PAIR_ARCS) -> bool:
    node = dependent
    for _ in range(arcs):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == head.i:
            return True
    return False


def predicate_of(q: Any) -> Any | None:
    """The question's main verb other than a light one (its root, else the first verb under it)."""
    verbs = [t for t in q if t.pos_ == "VERB" and t.lemma_.lower() not in LIGHT]
    roots = [t for t in verbs if t.dep_ == "ROOT"]
    return (roots or verbs or [None])[0]


MONTHS = {m.lower(): m.lower() for m in calendar.month_name if m}


def dates_of(doc: Any) -> set[tuple[str, str]]:
    """The doc's years and month names, as (kind, value)."""
    out = {("year", t.text) for t in doc if t.like_num and len(t.text) == 4 and t.text[:2] in ("17", "18", "19", "20")}
    return out | {("month", t.lower_) for t in doc if t.lower_ in MONTHS}


def asked_preposition(q: Any) -> str | None:
    """The preposition a question opens with before its wh-word ("Against whom", "To what number"): the parse of a
    fronted preposition is unreliable (its object parsed as the verb's), its place is not."""
    words = [t for t in q if not t.is_punct]
    if len(words) > 2 and words[0].tag_ == "IN" and any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in words[1:3]):
        return words[0].lower_
    return None


def evidence(q: Any, s: Any, title: str, first: bool) -> dict[str, float]:
    """What sentence ``s`` holds of question ``q`` (both parses)."""
    words = content_words(q)
    scores = [best_match(w, s) for w in words]
    exact = [c == 1.0 for c, _ts in scores]
    names = [w for w in words if w.pos_ == "PROPN"]
    text, head = s.text.lower(), title.lower()
    own = {w.i for w in words}
    pairs = [(w, w.head) for w in words if w.head.i != w.i and w.head.i in own]
    found = {w.i: ts for w, (_c, ts) in zip(words, scores, strict=True)}
    pair_hits = [any(governs(h2, d2) or governs(d2, h2) for d2 in found[d.i] for h2 in found[h.i])
                 for d, h in pairs]
    pred = predicate_of(q)
    pred_credit = best_match(pred, s)[0] if pred is not None else 0.0
    past = any(t.lemma_ == "do" and "Past" in t.morph.get("Tense") for t in q) or any(
        t.dep_ == "ROOT" and "Past" in t.morph.get("Tense") for t in q)
    root = next((t for t in s if t.dep_ == "ROOT"), None)
    q_dates, s_dates = dates_of(q), dates_of(s)
    prep = asked_preposition(q)
    return {
        "exact": sum(exact) / len(words) if words else 0.0,
        "related": sum(c for c, _ts in scores) / len(words) if words else 0.0,
        "relative_only": sum(0 < c < 1 for c, _ts in scores) / len(words) if words else 0.0,
        "names": sum(n.text.lower() in text for n in names) / len(names) if names else 0.0,
        "names_title": sum(n.text.lower() in head and n.text.lower() not in text for n in names) / len(names)
        if names else 0.0,
        "pairs": sum(pair_hits) / len(pairs) if pairs else 0.0,
        "pair_count": float(sum(pair_hits)),
        "predicate": pred_credit,
        "paragraph_first": float(first),
        "negated": float(any(t.dep_ == "neg" for t in s)),
        "tense_agrees": float(root is not None and past == ("Past" in root.morph.get("Tense"))),
        "words": float(len(s)),
        "slot_prep": float(prep is not None and any(t.lower_ == prep and any(c.dep_ == "pobj" for c in t.children)
                                                     for t in s)),
        "dates_held": len(q_dates & s_dates) / len(q_dates) if q_dates else 0.0,
        "date_clash": float(any(kind in {k for k, _v in q_dates} and (kind, v) not in q_dates
                                for kind, v in s_dates)),
    }


class Sentences:
    """Sentence texts, sections and places from the database, and the sentences of a document."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.by_doc: dict[str, list[tuple[int, str, str | None, str | None]]] = {}
        self.titles = {(d, i): t for d, i, t in conn.execute("SELECT document, id, title FROM sections")}
        self.documents = [d for (d,) in conn.execute("SELECT id FROM documents")]

    def of(self, document: str) -> list[tuple[int, str, str | None, str | None]]:
        if document not in self.by_doc:
            self.by_doc[document] = list(self.conn.execute(
                "SELECT id, text, section, block FROM sentences WHERE document = ? ORDER BY start", (document,)))
        return self.by_doc[document]

    def row(self, sid: int) -> tuple[str, str, str | None]:
        return self.conn.execute("SELECT text, document, section FROM sentences WHERE id = ?", (sid,)).fetchone()

    def first_in_block(self, sid: int) -> bool:
        """The sentence opens its paragraph (block)."""
        _text, document, _section = self.row(sid)
        block = next(b for i, _t, _s, b in self.of(document) if i == sid)
        same = [i for i, _t, _s, b in self.of(document) if b == block]
        return bool(same) and same[0] == sid

    def title(self, sid: int) -> str:
        _text, document, section = self.row(sid)
        return self.titles.get((document, section), "") or ""

    def stating(self, item: Mapping[str, Any]) -> list[int]:
        want = eval_ask._plain(item["citation"])
        return [sid for d in self.documents if eval_ask.document_ok(d, item)
                for sid, text, _sec, _b in self.of(d) if want in eval_ask._plain(text)]


def annotations(groups: Iterable[str]) -> dict[tuple[str, str], dict]:
    out = {}
    for g in groups:
        for item in eval_ask.load_questions((str(ANNOTATIONS / f"ask_{g}.jsonl"),)):
            out[(g, item["id"])] = item
    return out


def winner_and_rest(row: dict, names: list[str], w: np.ndarray) -> tuple[bool, int, list[int], bool]:
    """Whether the first candidate is right, its best member's sentence, every member's sentence, any right one."""
    d = F.rank_arrays([row], names)[0]
    best, scores, labels = F.best_members(d, w)
    order = np.argsort(-scores, kind="stable")
    sentences = [s for c in row["candidates"] for s in c["member_sentences"]]
    return bool(labels[order[0]]), sentences[int(best[order[0]])], sentences, bool(labels.any())


def runner_up(row: dict, names: list[str], w: np.ndarray, stating: set[int]) -> int | None:
    """The best-scored member sentence that is not a stating one (the control's rival)."""
    d = F.rank_arrays([row], names)[0]
    x = d[0] @ w
    sentences = [s for c in row["candidates"] for s in c["member_sentences"]]
    ranked = sorted(range(len(sentences)), key=lambda i: -x[i])
    return next((sentences[i] for i in ranked if sentences[i] not in stating), None)


def compare(records: list[dict], key: str) -> None:
    sets = sorted({r["group"] for r in records}, key=lambda g: int(g[1:]))
    names = list(records[0]["stating_ev"]) if records else []
    print(f"\n{key}: {len(records)} questions, {sum(r['same_document'] for r in records)} with both sentences in one "
          "document; per evidence: stating more / winner more (per set: more-less)")
    for n in names:
        more = [r for r in records if r["stating_ev"][n] > r["winner_ev"][n] + 1e-9]
        less = [r for r in records if r["stating_ev"][n] < r["winner_ev"][n] - 1e-9]
        per = Counter(r["group"] for r in more)
        per.subtract(Counter(r["group"] for r in less))
        ahead = sum(per[g] > 0 for g in sets)
        print(f"  {n:14s} {len(more):4d} / {len(less):4d}  sets ahead {ahead}/{len(sets)}  "
              + " ".join(f"{g}:{per[g]:+d}" for g in sets))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("parts", nargs="+", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--control", action="store_true", help="also the questions answered first right")
    args = parser.parse_args()
    names = sorted(set(RANKER) | set(RANKER_ADDED))
    w = np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])
    rows = [r for p in args.parts for r in json.loads(p.read_text(encoding="utf-8"))]
    items = annotations(dict.fromkeys(r["group"] for r in rows))
    cases: dict[str, list[dict]] = defaultdict(list)
    with contextlib.closing(connect_readonly(args.db)) as conn:
        db = Sentences(conn)
        for row in rows:
            item = items[(row["group"], row["id"])]
            if item["answer"] is None or not row["candidates"]:
                continue
            right_first, win, members, any_right = winner_and_rest(row, names, w)
            stating = db.stating(item)
            if right_first:
                if args.control and win in stating:
                    rival = runner_up(row, names, w, set(stating))
                    if rival is not None:
                        cases["control"].append(record(row, db, win, rival))
                continue
            if win in stating:
                cases["same sentence"].append({"group": row["group"], "id": row["id"]})
                continue
            if not stating:
                cases["none"].append({"group": row["group"], "id": row["id"]})
                continue
            ranked = [s for s in stating if s in members]
            key = ("examined" if any_right else "examined, no right candidate") if ranked else "unranked"
            cases[key].append(record(row, db, (ranked or stating)[0], win))
    for key, recs in cases.items():
        print(f"{key}: {len(recs)}  " + " ".join(f"{g}:{n}" for g, n in sorted(
            Counter(r["group"] for r in recs).items(), key=lambda kv: int(kv[0][1:]))))
    for key in ("examined", "examined, no right candidate", "unranked", "control"):
        if cases.get(key):
            compare(cases[key], key)
    if args.json:
        args.json.write_text(json.dumps(cases, indent=1), encoding="utf-8")


def record(row: dict, db: Sentences, stating: int, winner: int) -> dict:
    """The question's evidence for the stating sentence and the winner's (the control: right one, rival)."""
    q = parse_many([row["question"]], lemmas=True)[0]
    texts = [db.row(stating)[0], db.row(winner)[0]]
    parsed = parse_many(texts, lemmas=True)
    return {"group": row["group"], "id": row["id"], "question": row["question"],
            "stating": texts[0], "winner": texts[1], "same_document": db.row(stating)[1] == db.row(winner)[1],
            "stating_ev": evidence(q, parsed[0], db.title(stating), db.first_in_block(stating)),
            "winner_ev": evidence(q, parsed[1], db.title(winner), db.first_in_block(winner))}


if __name__ == "__main__":
    main()
