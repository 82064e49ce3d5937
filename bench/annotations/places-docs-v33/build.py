"""Tag every sentence with the lexicon (longest match, whole words), apply overrides, write the files.
python3 build.py -v DOC   show tags;  -u  uncovered capitalised words;  -w  write files."""
import json, re, sys
from split import sentences, load_docs
import lex

def cands():
    c = {}
    for s, k in lex.SURF.items(): c[s] = ("place", k)
    for s, w in lex.NP.items(): c.setdefault(s, ("np", w)); assert c[s] == ("np", w), s
    for s, (lab, fl) in lex.PEOPLE.items(): assert s not in c, s; c[s] = ("person", lab)
    return c
CANDS = cands()

def tag(doc, sent):
    table = dict(CANDS)
    table.update(lex.DOC.get(doc, {}))
    for d, sub, ov in lex.SENT:
        if d == doc and sub in sent:
            table.update(ov)
    found = []
    for s, v in table.items():
        if v is None: continue
        for m in re.finditer(r'(?<![\w])' + re.escape(s) + r'(?![\w])', sent):
            found.append((m.start(), m.end(), s, v))
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    chosen = []
    for f in found:
        if all(f[1] <= g[0] or f[0] >= g[1] for g in chosen):
            chosen.append(f)
    chosen.sort()
    return chosen

STOP = set("""The A An In On At By For From With To Of And But Or As If It Its This That These Those There Their They He She His Her
We I Although Though While When Whereas Since After Before During Between Under Over Both Each Many Some Several Most All
Other Once Then Thus Yet Still Even Not No Neither Nor Prior Near Along Until Originally Shortly Accordingly Rather However
Moreover Nevertheless Consequently Diplomatically Finally Together Additionally International Unfortunately Foreign Initial Similar
Estimates Questions Alarmed Recognizing Negotiators Sensing Drawing Owing Joined Two Five Eight Using Faced Sun Also Introduction
Growing According Whether Nearly Events Decolonization Telegraphy Telegrams Diplomats Photograph Map Secretary President Prime Minister
General Vice Premier Lord Viscount Congress Senate Committee Treaty Convention Conference Agreement Party Dr Mr Senator Governor King
Queen Emperor Chargé Acting Minister Director Doctrine Administration Administrations Government Council Assembly
""".split())

def uncovered(doc, sent, chosen):
    out = []
    for m in re.finditer(r"[A-ZÁÉÍÓÚÀ-Ý][\w’'\-.]*", sent):
        w = m.group(0).rstrip(".’'")
        e = m.start() + len(w)
        if any(m.start() >= c[0] and e <= c[1] for c in chosen): continue
        if w in STOP or m.start() == 0 and w.lower() in {x.lower() for x in STOP}: continue
        out.append(w)
    return out

def build():
    docs = load_docs()
    P, N, PER = [], [], {}
    for doc, text in docs.items():
        for sent in sentences(text):
            for st, en, s, v in tag(doc, sent):
                kind = v[0]
                if kind == "place":
                    lat, lon, cc, k = lex.PLACES[v[1]]
                    P.append({"doc": doc, "name": s, "sentence": sent, "lat": lat, "lon": lon, "country": cc, "kind": k, "place": v[1]})
                elif kind == "np":
                    N.append({"doc": doc, "text": s, "sentence": sent, "why": v[1]})
                else:
                    label = v[1]
                    PER.setdefault(label, []).append({"doc": doc, "text": s, "sentence": sent})
                    flag = [f for (l, f) in lex.PEOPLE.values() if l == label][0]
                    if flag:
                        N.append({"doc": doc, "text": s, "sentence": sent, "why": "person/family named like a place"})
    first, seen = [], set()
    for r in P:
        if (r["doc"], r["name"]) not in seen:
            seen.add((r["doc"], r["name"])); first.append(r)
    persons = [{"person": l, "mentions": PER[l]} for l in lex.PEOPLE_ORDER if l in PER]
    return docs, P, first, N, persons

if __name__ == "__main__":
    a = sys.argv[1:]
    if a and a[0] == "-v":
        docs = load_docs()
        for doc in a[1:]:
            for sent in sentences(docs[doc]):
                print("##", sent)
                for st, en, s, v in tag(doc, sent):
                    print("   ", s, "->", v)
    elif a and a[0] == "-u":
        docs = load_docs()
        for doc, text in docs.items():
            u = []
            for sent in sentences(text):
                u += uncovered(doc, sent, tag(doc, sent))
            print(doc, sorted(set(u)))
    elif a and a[0] == "-w":
        docs, P, first, N, persons = build()
        def wl(fn, rows):
            with open(fn, "w") as f:
                for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
        wl("places_v33_all.jsonl", P); wl("places_v33.jsonl", first); wl("nonplaces_v33.jsonl", N); wl("persons_v33.jsonl", persons)
        json.dump(docs, open("docs.json", "w"), ensure_ascii=False, indent=1)
        print("written", len(P), len(first), len(N), len(persons), sum(len(p["mentions"]) for p in persons))
    for l in lex.PEOPLE_ORDER: pass
def compact(doc):
    docs = load_docs()
    for i, sent in enumerate(sentences(docs[doc])):
        tags = tag(doc, sent)
        print(f"{i:3d} {sent[:90]}")
        print("      " + " | ".join(f"{s}={v[1] if v[0]!='person' else 'PER:'+v[1].split(' (')[0]}" if v[0]!='np' else f"{s}=NP:{v[1][:6]}" for _,_,s,v in tags))
if __name__ == "__main__" and sys.argv[1:2] == ["-c"]:
    for d in sys.argv[2:]: compact(d)
