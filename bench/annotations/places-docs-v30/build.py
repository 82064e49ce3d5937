"""Tag all 23 documents with lex.py + overrides.py; -u lists uncovered capitalised words, -v DOC shows tags, -w writes."""
import json, re, sys, os
from split import load_docs, sentences
import lex
from overrides import OVERRIDES
PLACES, SURF_PLACE, NONP, PERSONS, SURF_PERSON, LIKE = lex.parse()

ALL = set(SURF_PLACE) | set(NONP) | set(SURF_PERSON)
SURFS = sorted(ALL, key=len, reverse=True)
WORDCH = r"[\w’']"

def find(sent):
    taken = [False] * len(sent)
    hits = []
    for s in SURFS:
        for m in re.finditer(r"(?<![\w’'])" + re.escape(s) + r"(?![\w])", sent):
            a, b = m.span()
            # disallow possessive-less letter continuation; allow ’s
            if any(taken[a:b]):
                continue
            for i in range(a, b):
                taken[i] = True
            hits.append((a, s))
    hits.sort()
    return [s for a, s in hits]

def decide(doc, sent, s):
    for (d, sub, surf), dec in OVERRIDES:
        if d == doc and surf == s and sub in sent:
            return dec
    cands = []
    if s in SURF_PERSON:
        if len(SURF_PERSON[s]) > 1:
            pass
        return ("H", SURF_PERSON[s][0] if len(SURF_PERSON[s]) == 1 else None)
    if s in NONP:
        return ("N", NONP[s])
    ks = SURF_PLACE[s]
    return ("P", ks[0])  # first key listed is the default reading

def run():
    docs = load_docs()
    allp, nonp, pers = [], [], {}
    problems = []
    for doc, text in docs.items():
        for sent in sentences(text):
            for s in find(sent):
                kind, val = decide(doc, sent, s)
                if kind == "X":
                    continue
                if val is None:
                    problems.append((doc, s, sent[:100]))
                    continue
                if kind == "P":
                    lat, lon, cc, k = PLACES[val]
                    allp.append({"doc": doc, "name": s, "sentence": sent, "lat": lat, "lon": lon, "country": cc, "kind": k, "place": val})
                elif kind == "N":
                    nonp.append({"doc": doc, "text": s, "sentence": sent, "why": val})
                elif kind == "H":
                    pers.setdefault(val, []).append({"doc": doc, "text": s, "sentence": sent})
                    if val in LIKE:
                        nonp.append({"doc": doc, "text": s, "sentence": sent, "why": "person/family named like a place"})
    return docs, allp, nonp, pers, problems

def first(allp):
    seen, out = set(), []
    for r in allp:
        k = (r["doc"], r["name"])
        if k not in seen:
            seen.add(k); out.append(r)
    return out

def dedupe(rows):
    seen, out = set(), []
    for r in rows:
        k = json.dumps(r, ensure_ascii=False, sort_keys=True)
        if k not in seen:
            seen.add(k); out.append(r)
    return out

if __name__ == "__main__":
    docs, allp, nonp, pers, problems = run()
    for p in problems:
        print("AMBIG", p)
    if "-u" in sys.argv:
        covered = {}
        for doc, text in docs.items():
            for sent in sentences(text):
                hs = find(sent)
                for m in re.finditer(r"\b[A-Z][\w’'\-]+", sent):
                    w = m.group(0)
                    if not any(w in h or w.rstrip("’s") in h for h in hs):
                        covered.setdefault(w, set()).add(doc)
        print(sorted(covered))
    if "-v" in sys.argv:
        d = sys.argv[sys.argv.index("-v") + 1]
        for sent in sentences(docs[d]):
            tags = []
            for s in find(sent):
                k, v = decide(d, sent, s)
                tags.append(f"{s}={k}:{v}")
            print("*", sent[:160]); print("   ", "; ".join(tags))
    if "-w" in sys.argv:
        allp = dedupe(allp); nonp = dedupe(nonp)
        w = lambda fn, rows: open(fn, "w").write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        w("places_v30_all.jsonl", allp)
        w("places_v30.jsonl", first(allp))
        w("nonplaces_v30.jsonl", nonp)
        w("persons_v30.jsonl", [{"person": p, "mentions": dedupe(m)} for p, m in pers.items()])
        json.dump(docs, open("docs.json", "w"), ensure_ascii=False, indent=1)
        print("written", len(allp), len(first(allp)), len(nonp), len(pers))
