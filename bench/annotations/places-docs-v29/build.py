"""Tag the 23 documents with lex.py + overrides.py and write the four jsonl files.
python3 build.py -u        list capitalised words nothing covers
python3 build.py -v DOC    show the tags of DOC
python3 build.py -w        write the files
"""
import json, re, sys
from lex import PLACES, SURF, NP, PERSONS, PDOC, NAMED_LIKE
from overrides import OV, GLUE

DOCS = json.load(open('docs.json'))
ABBR = {"U.S.", "Lt.", "Jan.", "Feb.", "Nov.", "Aug.", "Dr.", "St.", "Mr.", "U.N.", "H.W.", "Gen.", "Sen.", "No.", "vs.", "e.g.", "i.e.", "Mt."}

def sentences(text):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        start = 0
        for m in re.finditer(r'[.!?][”"’)]*\s+(?=[“"‘(A-Z0-9])', line):
            word = line[:m.start() + 1].split()[-1].lstrip('(“"').split('/')[-1]
            if word in ABBR or re.fullmatch(r'[A-Z]\.', word) or re.fullmatch(r'(?:[A-Z]\.)+', word):
                continue
            out.append(line[start:m.start() + len(m.group(0).rstrip())].strip())
            start = m.end()
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out

def pers_surfaces(doc):
    s = {}
    for pid, forms in PERSONS.items():
        for f in forms:
            s[f] = pid
    s.update(PDOC.get(doc, {}))
    return s

def classify_default(doc, surf, psurf):
    if surf in NP: return "NP:" + NP[surf]
    if surf in psurf: return "PER:" + psurf[surf]
    if surf in SURF: return SURF[surf]
    return None

def tag(doc, sent, psurf):
    cands = set(SURF) | set(NP) | set(psurf)
    ov = [o for o in OV if o[0] == doc and (o[1] is None or o[1] in sent)]
    for o in ov: cands.add(o[2])
    found = []
    for c in cands:
        for m in re.finditer(re.escape(c), sent):
            a, b = m.start(), m.end()
            if a > 0 and (sent[a-1].isalnum()): continue
            if b < len(sent) and (sent[b].isalnum()): continue
            found.append((a, b, c))
    for g in GLUE:
        if g[0] == doc and g[1] in sent:
            i = sent.index(g[1]); found.append((i, i + len(g[1]), g[1]))
    found.sort(key=lambda x: (-(x[1]-x[0]), x[0]))
    taken = []; res = []
    for a, b, c in found:
        if any(not (b <= x or a >= y) for x, y in taken): continue
        target = None; hit = False
        for o in ov:
            if o[2] == c:
                target = o[3]; hit = True
        for g in GLUE:
            if g[0] == doc and g[1] == c and g[1] in sent:
                target = g[2]; hit = True
        if not hit:
            target = classify_default(doc, c, psurf)
        taken.append((a, b))
        if target is None or target == "SKIP": continue
        res.append((a, c, target))
    res.sort()
    return res

def run():
    places_all, nonplaces, persons = [], [], {}
    for doc, text in DOCS.items():
        psurf = pers_surfaces(doc)
        for sent in sentences(text):
            for pos, c, t in tag(doc, sent, psurf):
                name = c
                for g in GLUE:
                    if g[0] == doc and g[1] == c: name = g[3]
                if t.startswith("NP:"):
                    nonplaces.append({"doc": doc, "text": name, "sentence": sent, "why": t[3:]})
                elif t.startswith("PER:"):
                    pid = t[4:]
                    persons.setdefault(pid, []).append({"doc": doc, "text": name, "sentence": sent})
                    if pid in NAMED_LIKE:
                        nonplaces.append({"doc": doc, "text": name, "sentence": sent, "why": "person/family named like a place"})
                else:
                    lat, lon, cc, kind = PLACES[t]
                    places_all.append({"doc": doc, "name": name, "sentence": sent, "lat": lat, "lon": lon,
                                       "country": cc, "kind": kind, "place": t})
    # dedupe
    def dedupe(rows, keyf):
        seen = set(); out = []
        for r in rows:
            k = keyf(r)
            if k in seen: continue
            seen.add(k); out.append(r)
        return out
    places_all = dedupe(places_all, lambda r: (r["doc"], r["name"], r["sentence"]))
    nonplaces = dedupe(nonplaces, lambda r: (r["doc"], r["text"], r["sentence"], r["why"]))
    first = dedupe(places_all, lambda r: (r["doc"], r["name"]))
    pers = []
    for pid, ms in persons.items():
        ms = dedupe(ms, lambda r: (r["doc"], r["text"], r["sentence"]))
        pers.append({"person": pid, "mentions": ms})
    return places_all, first, nonplaces, pers

if __name__ == "__main__":
    arg = sys.argv[1] if len(sys.argv) > 1 else "-w"
    if arg == "-v":
        doc = sys.argv[2]; psurf = pers_surfaces(doc)
        for s in sentences(DOCS[doc]):
            tags = tag(doc, s, psurf)
            print("##", s)
            print("   ", " | ".join(f"{c}={t}" for _, c, t in tags))
    elif arg == "-u":
        for doc, text in DOCS.items():
            psurf = pers_surfaces(doc)
            miss = []
            for s in sentences(text):
                tags = tag(doc, s, psurf)
                cov = set()
                for pos, c, t in tags:
                    cov.update(range(pos, pos + len(c)))
                # also covered: skipped tokens
                for m in re.finditer(r"[A-Z][\w’'‘\-\.]*", s):
                    if m.start() == 0: continue
                    if not any(i in cov for i in range(m.start(), m.end())):
                        miss.append(m.group(0))
            print(doc, sorted(set(miss)))
    else:
        pa, first, npl, pers = run()
        def w(fn, rows):
            with open(fn, "w") as f:
                for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
        w("places_v29_all.jsonl", pa); w("places_v29.jsonl", first)
        w("nonplaces_v29.jsonl", npl); w("persons_v29.jsonl", pers)
        print(len(pa), len(first), len(npl), len(pers), sum(len(p["mentions"]) for p in pers))
