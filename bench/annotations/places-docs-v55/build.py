"""Leftmost-longest, case-sensitive, whole-word tagger over places / non-places / persons with overrides.
python3 build.py -u   lists capitalised words no annotation covers;  python3 build.py -w  writes the files."""
import json, re, sys, os, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lex, split
from overrides import OVR, PERS_DOC, EXTRA_SURF

def docs():
    d = json.load(open("places_texts.json"))
    for f in sorted(glob.glob("panel-*.txt")):
        d[os.path.basename(f)[:-4]] = open(f).read()
    return d

def entries():
    e = {}
    surf = dict(lex.SURF); surf.update(EXTRA_SURF)
    for s, k in surf.items(): e.setdefault(s, []).append(("P", k))
    for s, w in lex.NONP.items(): e.setdefault(s, []).append(("N", w))
    for s, p in lex.PERS.items(): e.setdefault(s, []).append(("H", p))
    return e

def isword(c): return c.isalnum()

def find(sent, forms):
    hits = []
    for f in forms:
        for m in re.finditer(re.escape(f), sent):
            a, b = m.start(), m.end()
            if a > 0 and isword(sent[a-1]) and isword(f[0]): continue
            if b < len(sent) and isword(sent[b]) and isword(f[-1]): continue
            if f[-1] == "." and b < len(sent) and sent[b].isalnum(): continue
            hits.append((a, b, f))
    hits.sort(key=lambda h: (h[0], -(h[1]-h[0])))
    out, end = [], -1
    for a, b, f in hits:
        if a >= end:
            out.append((a, b, f)); end = b
    return out

def tag(doc, text, E):
    forms = sorted(E, key=len, reverse=True)
    rows = []
    for sent in split.sentences(text):
        for a, b, f in find(sent, forms):
            cands = E[f]
            act = None
            for (d, sub, surf, action) in OVR:
                if (d == doc or d == "*") and surf == f and sub in sent:
                    act = action; break
            if act == "X": continue
            if act is None:
                kinds = [c for c in cands]
                # default precedence: person (doc map) > place > non-place > person
                act = None
                for c in kinds:
                    if c[0] == "P": act = "P:" + c[1]; break
                if act is None:
                    for c in kinds:
                        if c[0] == "N": act = "N:" + c[1]; break
                if act is None:
                    act = "H:" + PERS_DOC.get((doc, f), kinds[0][1])
            rows.append((sent, f, act))
    return rows

def build():
    E = entries()
    D = docs()
    allp, nonp, pers = [], [], {}
    for doc, text in D.items():
        for sent, f, act in tag(doc, text, E):
            t, v = act.split(":", 1)
            if t == "P":
                la, lo, cc, kind = lex.PLACES[v]
                allp.append({"doc": doc, "name": f, "sentence": sent, "lat": la, "lon": lo, "country": cc, "kind": kind, "place": v})
            elif t == "N":
                nonp.append({"doc": doc, "text": f, "sentence": sent, "why": v})
            else:
                pers.setdefault(v, []).append({"doc": doc, "text": f, "sentence": sent})
                if v in lex.FLAG:
                    nonp.append({"doc": doc, "text": f, "sentence": sent, "why": lex.W_P})
    first, seen = [], set()
    for r in allp:
        k = (r["doc"], r["name"])
        if k not in seen:
            seen.add(k); first.append(r)
    return D, allp, first, nonp, pers

def uncovered():
    E = entries(); D = docs()
    forms = sorted(E, key=len, reverse=True)
    stop = set(open("stop.txt").read().split()) if os.path.exists("stop.txt") else set()
    from collections import Counter
    cnt = Counter()
    for doc, text in D.items():
        for sent in split.sentences(text):
            spans = [(a, b) for a, b, f in find(sent, forms)]
            for m in re.finditer(r"[A-ZÁÉÍÓÚÅÄÖ][\w’'\-]*(?:\s+(?:of\s+|the\s+|de\s+)?[A-Z][\w’'\-]*)*", sent):
                if any(a <= m.start() < b for a, b in spans): continue
                w = m.group(0)
                if w.split()[0] in stop and len(w.split()) == 1: continue
                cnt[(doc[:22], w)] += 1
    for (d, w), n in sorted(cnt.items()): print(d, "|", w, n)

if __name__ == "__main__":
    if "-u" in sys.argv: uncovered()
    if "-w" in sys.argv:
        D, allp, first, nonp, pers = build()
        json.dump(D, open("docs.json", "w"), ensure_ascii=False, indent=1)
        def wl(fn, rows):
            with open(fn, "w") as f:
                for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
        wl("places_v55_all.jsonl", allp); wl("places_v55.jsonl", first); wl("nonplaces_v55.jsonl", nonp)
        wl("persons_v55.jsonl", [{"person": p, "mentions": m} for p, m in pers.items()])
        print(len(allp), len(first), len(nonp), len(pers))
