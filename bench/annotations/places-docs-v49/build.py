"""Tagger: leftmost-longest, case-sensitive, whole-word matching of my lexicon, with per-document and per-sentence
overrides. python3 build.py -u : list capitalised words no annotation covers; -w : write the files."""
import json, re, sys, glob, os
import split, lex

def load_docs():
    d = json.load(open("places_texts.json"))
    docs = dict(d)
    for f in sorted(glob.glob("panel-*.txt")):
        docs[os.path.basename(f)[:-4]] = open(f).read()
    return docs

def table(doc):
    t = {}
    for s, k in lex.PS.items():
        t[s] = ("P", k)
    for s, w in lex.NP.items():
        t[s] = ("N", w)
    for pid, (flag, surfs, docs) in lex.PEOPLE.items():
        if docs and not any(doc.startswith(p) for p in docs):
            continue
        for s in surfs:
            t[s] = ("H", pid)
    for (s, p), k in lex.PLACE_DOC.items():
        if doc.startswith(p):
            t[s] = ("P", k)
    return t

def regex(t):
    alts = []
    for s in sorted(t, key=len, reverse=True):
        e = re.escape(s)
        alts.append(r"(?<![\w’'])" + e + ("" if s.endswith(".") else r"(?![\w])"))
    return re.compile("|".join(alts))

def tag(docs):
    places, nonplaces, people = [], [], {}
    for doc, text in docs.items():
        t = table(doc); rx = regex(t)
        for sent in split.sentences(text):
            for m in rx.finditer(sent):
                s = m.group(0); v = t[s]
                for (pd, sub, surf), ov in lex.SENT.items():
                    if doc.startswith(pd) and sub in sent and surf == s:
                        v = ("P", ov) if isinstance(ov, str) else ov
                if v is None:
                    continue
                if v[0] == "P":
                    lat, lon, cc, kind = lex.PLACES[v[1]]
                    places.append({"doc": doc, "name": s, "sentence": sent, "lat": lat, "lon": lon, "country": cc,
                                   "kind": kind, "place": v[1]})
                elif v[0] == "N":
                    nonplaces.append({"doc": doc, "text": s, "sentence": sent, "why": v[1]})
                else:
                    people.setdefault(v[1], []).append({"doc": doc, "text": s, "sentence": sent})
                    if lex.PEOPLE[v[1]][0]:
                        nonplaces.append({"doc": doc, "text": s, "sentence": sent, "why": lex.PERSON_WHY})
    return places, nonplaces, people

lex.PERSON_WHY = "person/family named like a place"

def uncovered(docs):
    import collections
    c = collections.Counter()
    for doc, text in docs.items():
        t = table(doc); rx = regex(t)
        for sent in split.sentences(text):
            covered = [False] * len(sent)
            for m in rx.finditer(sent):
                for i in range(m.start(), m.end()):
                    covered[i] = True
            for m in re.finditer(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", sent):
                if not any(covered[m.start():m.end()]):
                    c[(doc[:14], m.group(0))] += 1
    for (d, w), n in sorted(c.items()):
        print(d, "|", w, n)

if __name__ == "__main__":
    docs = load_docs()
    if "-u" in sys.argv:
        uncovered(docs)
    if "-w" in sys.argv:
        places, nonplaces, people = tag(docs)
        json.dump(docs, open("docs.json", "w"), ensure_ascii=False, indent=1)
        with open("places_v49_all.jsonl", "w") as f:
            for r in places: f.write(json.dumps(r, ensure_ascii=False) + "\n")
        seen = set()
        with open("places_v49.jsonl", "w") as f:
            for r in places:
                if (r["doc"], r["name"]) not in seen:
                    seen.add((r["doc"], r["name"])); f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open("nonplaces_v49.jsonl", "w") as f:
            for r in nonplaces: f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open("persons_v49.jsonl", "w") as f:
            for p, ms in people.items():
                f.write(json.dumps({"person": p, "mentions": ms}, ensure_ascii=False) + "\n")
        print(len(places), len(seen), len(nonplaces), len(people), sum(len(v) for v in people.values()))
