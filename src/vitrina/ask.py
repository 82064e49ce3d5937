"""Questions answered from the exhibit, with citations, or an honest abstention.

1. Analyse the question: type, expected answer kind, content words, names.
2. Retrieve sentences with FTS5 (any content word, BM25), then measure how
   much of the question each covers (IDF-weighted, light stemming; the
   section title and the previous sentence count half).
3. Extract typed candidates inside the best sentences (dates, quantities,
   mentions, terms, enumerations) and score them by coverage, fit and
   proximity to the matched words.
4. Abstain when a proper name of the question appears nowhere, when no
   sentence covers the question well enough, or when no candidate fits.
5. Across documents, compare the best date/quantity answers: a more
   precise contained value wins (the other cited as support); a real
   disagreement is reported as such, with lower confidence.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import defaultdict
from typing import Any

from vitrina.qa.candidates import Candidate, Facts, Sentence, candidates, interval
from vitrina.qa.names import equivalents, name_phrases
from vitrina.qa.question import LIGHT_EVENT_WORDS, Question, analyse
from vitrina.qa.text import (
    LIGHT_VERBS,
    PARTICLES,
    STOPWORDS,
    SYNONYM_GROUPS,
    WORD,
    demonyms,
    fold,
    root,
    stem,
    synonym_groups,
    words,
)

RETRIEVE = 60  # sentences fetched by FTS
EXAMINE = 14  # best-covered sentences searched for candidates
MIN_COVERAGE = 0.6
ANSWER_THRESHOLD = 0.5
ROOT_CREDIT = 0.9  # "invade" found as "invasion"
NAME_CREDIT = 0.9  # "Netherlands" found as "Holland", "ALV" as "Varn"
SYNONYM_CREDIT = 0.75  # "aid" found as "assistance"


def ask(conn: sqlite3.Connection, question: str) -> dict[str, Any]:
    q = analyse(question or "")
    result: dict[str, Any] = {"question": question, "answer": None, "confidence": 0.0,
                              "citations": [], "type": q.type}
    if not q.content and not q.names:
        return result
    total = conn.execute("SELECT count(*) FROM sentences").fetchone()[0] or 1
    aliases = _aliases(conn, q)
    q.others = {w for _own, variants in aliases for v in variants for w in v}
    weights, missing_name = _weights(conn, q, total, aliases)
    if missing_name:  # a proper name the sources never mention, under any name: nothing to say
        return result
    sentences = _retrieve(conn, q, aliases)
    if not sentences:
        return result
    titles = _section_titles(conn, {s.document for s in sentences})
    previous = _previous_texts(conn, sentences)
    synonyms = _synonym_roots(weights)
    for s in sentences:
        _cover(s, q, weights, titles.get((s.document, s.section), ("", None))[0], previous.get(s.id, ""), aliases,
               synonyms)
    sentences.sort(key=lambda s: (-s.coverage, s.rank))
    best = sentences[0]
    closest = [_citation(s, titles) for s in sentences[:2] if s.coverage >= 0.35]
    if best.coverage < MIN_COVERAGE:
        result["citations"] = closest[:1]
        result["confidence"] = round(0.4 * best.coverage, 3)
        return result
    pool = [s for s in sentences[:EXAMINE] if s.coverage >= max(MIN_COVERAGE, best.coverage - 0.3)]
    facts = _facts(conn, {s.document for s in pool}, pool)
    found: list[Candidate] = []
    best_rank = min(s.rank for s in pool)
    for s in pool:
        density = 0.85 + 0.15 * (s.rank / best_rank if best_rank < 0 else 1.0)
        for cand in candidates(s, facts[s.document], q):
            cand.score = _score(cand, q) * density * (0.8 if s.heading else 1.0)
            found.append(cand)
    if not found:
        result["citations"] = closest[:1]
        result["confidence"] = round(0.3 * best.coverage, 3)
        return result
    return _answer(result, q, found, titles)


# ------------------------------------------------------------ retrieval


def _fts_term(word: str) -> str:
    return '"' + word.replace('"', "") + '"'


def _df(conn: sqlite3.Connection, word: str) -> int:
    toks = [t for t in re.findall(r"[^\W_]+", word)]
    if not toks:
        return 0
    expr = '"' + " ".join(toks) + '"'
    return conn.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", (expr,)).fetchone()[0]


def _weights(conn: sqlite3.Connection, q: Question, total: int,
             aliases: list[Alias] | None = None) -> tuple[dict[str, float], bool]:
    """IDF weight per content word; True when a proper name never occurs (nor any other name of it)."""
    weights: dict[str, float] = {}
    missing_name = False
    typed = q.expects in ("person", "place", "date") and q.head
    for word in dict.fromkeys(q.content + q.names):
        if (typed or q.unit == "percent") and word == q.head:
            continue  # "which country", "what year": the answer's kind, not a word to find
        df = _df(conn, word)
        if df == 0 and word in q.names:
            df = _alias_df(conn, stem(word), aliases or [])
            missing_name = missing_name or df == 0
        weight = math.log((total + 1) / (df + 0.5)) + (0.5 if word in q.names else 0.0)
        if q.expects == "date" and word in LIGHT_EVENT_WORDS:
            weight *= 0.3  # "take place", "happen": little about which event
        elif word in PARTICLES or word in LIGHT_VERBS:
            weight *= 0.4  # "put forward", "set out": the particle and light verb say little
        weights[word] = weight
    return weights, missing_name


Alias = tuple[tuple[str, ...], list[tuple[str, ...]]]  # a name's word stems, its other names' stems


def _alias_df(conn: sqlite3.Connection, key: str, aliases: list[Alias]) -> int:
    """Sentences that state a name under another of its names (the most frequent one)."""
    counts = [_df(conn, " ".join(v)) for own, variants in aliases if key in own for v in variants]
    return max(counts, default=0)


def _aliases(conn: sqlite3.Connection, q: Question) -> list[Alias]:
    """For each name in the question, the stems of its other names (aliases, same country, demonyms)."""
    out: list[Alias] = []
    for phrase in name_phrases(q.text):
        own = tuple(stem(w) for w in words(phrase))
        others = set(equivalents(conn, phrase)) | {phrase}
        variants = {tuple(stem(w) for w in words(name)) for name in others}
        for name in others:
            parts = words(name)
            if len(parts) == 1:
                variants |= {(stem(d),) for d in demonyms(parts[0])}
        variants.discard(own)
        if own and variants:
            out.append((own, sorted(v for v in variants if v)))
    return out


def _expansions(q: Question, aliases: list[Alias]) -> list[str]:
    """Extra retrieval words: synonyms of the question's words and other names of its names."""
    extra: list[str] = []
    for word in q.content:
        for group in synonym_groups(word):
            extra += sorted(SYNONYM_GROUPS[group])
    for _own, variants in aliases:
        extra += [" ".join(v) for v in variants if len(v) <= 3]
    return extra


def _retrieve(conn: sqlite3.Connection, q: Question, aliases: list[Alias]) -> list[Sentence]:
    words_ = list(dict.fromkeys(q.content + q.names + _expansions(q, aliases)))
    terms = [_fts_term(w) for w in words_ if re.search(r"[^\W_]", w)]
    terms = [t for t in terms if t != '""']
    if not terms:
        return []
    expr = " OR ".join(terms)
    rows = conn.execute(
        # FTS5 ranks and cuts first (its own sorter); only the kept rows are joined
        "SELECT s.id, s.document, s.section, s.start, s.\"end\", s.text, top.rank AS rank, b.kind AS kind"
        " FROM (SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?) AS top"
        " JOIN sentences s ON s.id = top.rowid"
        " LEFT JOIN blocks b ON b.document = s.document AND b.id = s.block ORDER BY top.rank",
        (expr, RETRIEVE),
    ).fetchall()
    return [Sentence(r["id"], r["document"], r["section"], r["start"], r["end"], r["text"], r["rank"],
                     heading=r["kind"] == "heading") for r in rows]


def _section_titles(conn: sqlite3.Connection, docs: set[str]) -> dict[tuple[str, str | None], tuple[str, str | None]]:
    marks = ",".join("?" * len(docs))
    rows = conn.execute(f"SELECT document, id, label, title FROM sections WHERE document IN ({marks})",
                        list(docs)).fetchall()
    return {(r["document"], r["id"]): (r["title"], r["label"]) for r in rows}


def _previous_texts(conn: sqlite3.Connection, sentences: list[Sentence]) -> dict[int, str]:
    ids = [s.id - 1 for s in sentences]
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT id, document, text FROM sentences WHERE id IN ({marks})", ids).fetchall()
    by_id = {r["id"]: (r["document"], r["text"]) for r in rows}
    return {s.id: by_id[s.id - 1][1] for s in sentences if s.id - 1 in by_id and by_id[s.id - 1][0] == s.document}


def _alias_hits(seq: list[tuple[str, int, int]], aliases: list[Alias]) -> dict[str, list[tuple[int, int]]]:
    """Question name stems whose other names occur in the sentence, with the spans found."""
    stems_ = [x[0] for x in seq]
    present = set(stems_)
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for own, variants in aliases:
        for variant in variants:
            if variant[0] not in present:
                continue
            n = len(variant)
            for i in range(len(stems_) - n + 1):
                if stems_[i] == variant[0] and tuple(stems_[i:i + n]) == variant:
                    for key in own:
                        found[key].append((seq[i][1], seq[i + n - 1][2]))
    return found


def _synonym_roots(weights: dict[str, float]) -> dict[str, set[str]]:
    """For each question word, the roots of its synonyms."""
    return {word: {root(m) for g in synonym_groups(word) for m in SYNONYM_GROUPS[g]} for word in weights}


def _cover(s: Sentence, q: Question, weights: dict[str, float], title: str, previous: str,
           aliases: list[Alias] | None = None, synonyms: dict[str, set[str]] | None = None) -> None:
    """IDF-weighted share of the question's words found in the sentence (context half).

    A word counts fully when its stem occurs, nearly fully through its
    derivational root or another name of the thing it names, partly through a
    synonym or as the first part of a compound.
    """
    seq = [(stem(m.group()), m.start(), m.end()) for m in WORD.finditer(s.text)]
    own: dict[str, list[tuple[int, int]]] = defaultdict(list)
    roots: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for key, a, b in seq:
        own[key].append((a, b))
        roots[root(s.text[a:b])].append((a, b))
    named = _alias_hits(seq, aliases or [])
    synonyms = synonyms if synonyms is not None else _synonym_roots(weights)
    context = {stem(w) for w in WORD.findall(title + " " + previous)}
    got = total = exact = 0.0
    s.missing = []
    for word, weight in weights.items():
        key = stem(word)
        total += weight
        if key in own:
            got += weight
            exact += weight
            s.matched.extend(own[key])
            if word in q.names:
                s.named.extend(own[key])
            continue
        near = (named.get(key), NAME_CREDIT) if key in named else (roots.get(root(word)), ROOT_CREDIT)
        if not near[0]:
            near = ([span for r in synonyms.get(word, ()) for span in roots.get(r, [])], SYNONYM_CREDIT)
        if not near[0] and word not in q.names:
            near = (_compound_part(word, own), SYNONYM_CREDIT)
        if near[0]:
            got += near[1] * weight
            s.matched.extend(near[0])
            if word in q.names:
                s.named.extend(near[0])
        elif key in context:
            got += 0.5 * weight
        else:
            s.missing.append((word, weight))
    s.coverage = got / total if total else 0.0
    s.exact = exact / total if total else 0.0


def _compound_part(word: str, own: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Spans of a sentence word that starts a compound question word ("war" in "wartime")."""
    w = fold(word)
    for cut in range(len(w) - 3, 2, -1):
        if w[:cut] in own and len(w) - cut >= 3:
            return own[w[:cut]]
    return []


def _facts(conn: sqlite3.Connection, docs: set[str], pool: list[Sentence]) -> dict[str, Facts]:
    marks = ",".join("?" * len(docs))
    params = list(docs)
    facts = {d: Facts() for d in docs}
    spans = " OR ".join(["(document = ? AND start >= ? AND start < ?)"] * len(pool))  # mentions by index range
    span_params = [x for s in pool for x in (s.document, s.start, s.end)]
    for r in conn.execute(f"SELECT document, start, \"end\", type, entity FROM mentions WHERE {spans}", span_params):
        facts[r[0]].mentions.append((r[1], r[2], r[3], r[4]))
    for r in conn.execute(f"SELECT document, start, \"end\", edtf FROM dates WHERE document IN ({marks})", params):
        facts[r[0]].dates.append((r[1], r[2], r[3]))
    for r in conn.execute(f"SELECT document, start, \"end\", value, unit FROM quantities WHERE document IN ({marks})", params):
        facts[r[0]].quantities.append((r[1], r[2], r[3], r[4]))
    for r in conn.execute(f"SELECT document, start, \"end\", kind, speaker FROM quotes WHERE document IN ({marks})", params):
        facts[r[0]].quotes.append((r[1], r[2], r[3], r[4]))
    return facts


# ------------------------------------------------------------ scoring


def _proximity(cand: Candidate) -> float:
    """Closeness of a candidate to the question's words in its sentence (mean over words)."""
    s = cand.sentence
    if not s.matched or cand.kind == "sentence":
        return 1.0
    a, b = cand.start - s.start, cand.end - s.start
    # a date or amount belongs to the named thing it stands next to
    anchors = s.matched + s.named if cand.kind in ("date", "quantity") else s.matched
    gaps = [max(0, a - e, st - b) for st, e in anchors if not (st >= a and e <= b)]
    if not gaps:
        return 1.0
    nearest = min(gaps)
    mean = sum(1.0 / (1.0 + g / 80.0) for g in gaps) / len(gaps)
    return 0.5 / (1.0 + nearest / 150.0) + 0.5 * mean


def _score(cand: Candidate, q: Question) -> float:
    cov = cand.sentence.coverage
    return cov * cov * cand.fit * (0.3 + 0.7 * _proximity(cand))


def _group(found: list[Candidate]) -> list[tuple[float, list[Candidate]]]:
    """Candidates with the same answer text pooled; best first."""
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for cand in found:
        groups[cand.key].append(cand)
    pooled = []
    for members in groups.values():
        members.sort(key=lambda c: -c.score)
        support = len({m.sentence.id for m in members}) - 1
        pooled.append((members[0].score * (1 + 0.05 * min(support, 3)), members))
    pooled.sort(key=lambda x: -x[0])
    return pooled


def _answer(result: dict[str, Any], q: Question, found: list[Candidate], titles: dict) -> dict[str, Any]:
    pooled = _group(found)
    top_score, members = pooled[0]
    top = members[0]
    cited = [top]
    answer = top.text
    runner_up = next((score for score, m in pooled[1:] if not _same(m[0], top)), 0.0)
    margin = (top_score - runner_up) / top_score if top_score else 0.0
    confidence = _confidence(top, margin, q)
    if q.expects in ("date", "quantity"):
        answer, cited, confidence = _reconcile(q, top, top_score, pooled, confidence)
    result["answer"] = answer
    result["confidence"] = round(confidence, 3)
    result["citations"] = [_citation(s, titles) for s in _unique_sentences(cited)]
    if confidence < ANSWER_THRESHOLD:
        result["answer"] = None
    return result


def _confidence(top: Candidate, margin: float, q: Question) -> float:
    cov = top.sentence.coverage
    kind = {"sentence": 0.8, "named": 0.9}.get(top.kind, 1.0)
    raw = cov ** 1.5 * top.fit * kind * (0.55 + 0.45 * min(1.0, margin * 2)) * (0.75 + 0.25 * _proximity(top))
    missing = {w for w, _ in top.sentence.missing}
    if missing & set(q.names):  # the passage is about someone/something else
        raw *= 0.5
    events = [w for w in q.content if w not in LIGHT_EVENT_WORDS]
    if q.expects in ("date", "place") and events and events[-1] in missing:
        raw *= 0.6  # the event asked about (usually the closing verb) is not the one dated
    return max(0.0, min(1.0, 0.15 + 0.85 * raw))


def _same(a: Candidate, b: Candidate) -> bool:
    if a.key == b.key:
        return True
    if a.kind not in ("date", "quantity") and b.kind not in ("date", "quantity") and a.key and b.key \
            and (a.key in b.key or b.key in a.key):
        return True  # "John Hay" within "Secretary of State John Hay"
    ia, ib = interval(a.edtf), interval(b.edtf)
    if ia and ib:
        return _contains(ia, ib) or _contains(ib, ia)
    return a.value is not None and a.value == b.value


def _contains(outer: tuple[str, str], inner: tuple[str, str]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _reconcile(
    q: Question, top: Candidate, top_score: float, pooled: list[tuple[float, list[Candidate]]], confidence: float
) -> tuple[str, list[Candidate], float]:
    """Compare the best answer with strong rivals from other documents."""
    rivals = [(score, m[0]) for score, m in pooled[1:]
              if score >= 0.6 * top_score and m[0].sentence.coverage >= top.sentence.coverage - 0.1]
    support = {m[0].key: len({c.sentence.id for c in m}) for _score, m in pooled}
    consistent = [r for _, r in rivals if _same(top, r) and r.sentence.id != top.sentence.id
                  and support.get(r.key, 1) + 1 >= support.get(top.key, 1)]
    best = min([top, *consistent], key=_width)  # the most precise consistent statement
    backing = [c for c in [top, *consistent] if c is not best][:1]
    conflicting = [r for score, r in rivals
                   if r.sentence.document != top.sentence.document and not _same(best, r)
                   and not _same(top, r) and score >= 0.75 * top_score and _proximity(r) >= 0.6
                   and r.sentence.exact >= top.sentence.exact - 0.1  # a disagreement needs direct words
                   and _event_gap(r, q) <= _event_gap(top, q) + 1]  # … about the same action
    if conflicting:
        rival = conflicting[0]
        return f"{best.text} (sources differ: {rival.text})", [best, rival], confidence * 0.75
    return best.text, [best, *_other_source(best, pooled), *backing], confidence


def _other_source(best: Candidate, pooled: list[tuple[float, list[Candidate]]]) -> list[Candidate]:
    """The same answer stated in another document, cited as support."""
    for _score, members in pooled:
        if members[0].key == best.key:
            return [m for m in members if m.sentence.document != best.sentence.document][:1]
    return []


def _event_gap(cand: Candidate, q: Question) -> int:
    """Foreign words between a candidate and the question's event word (its last content word).

    Lowercase content words that are not the question's own suggest another
    action in between ("suicide in April, in the final days before the
    surrender"); names, prepositions and numbers do not.
    """
    events = [w for w in q.content if w not in LIGHT_EVENT_WORDS and w not in q.names]
    if not events:
        return 0
    key = root(events[-1])
    s = cand.sentence
    a, b = cand.start - s.start, cand.end - s.start
    own = {stem(w) for w in q.content}
    gaps = []
    for m in WORD.finditer(s.text):
        if root(m.group()) == key:
            between = s.text[b:m.start()] if m.start() >= b else s.text[m.end():a]
            gaps.append(sum(1 for w in WORD.findall(between)
                            if w.islower() and w not in STOPWORDS and stem(w) not in own))
    return min(gaps) if gaps else 10**6


def _width(cand: Candidate) -> float:
    """Length in days of a date's interval (precision); quantities all equal."""
    span = interval(cand.edtf)
    if not span:
        return 0.0
    from datetime import date

    lo, hi = (date.fromisoformat(x) for x in span)
    return float((hi - lo).days)


def _unique_sentences(cands: list[Candidate]) -> list[Sentence]:
    seen: dict[int, Sentence] = {}
    for c in cands:
        seen.setdefault(c.sentence.id, c.sentence)
    return list(seen.values())


def _citation(s: Sentence, titles: dict) -> dict[str, Any]:
    title, label = titles.get((s.document, s.section), (None, None))
    return {"document": s.document, "section": label or title, "start": s.start, "end": s.end,
            "text": s.text}


__all__ = ["ask", "fold"]
