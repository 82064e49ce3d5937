"""Longest-match tagger over docs.json using lex.py. -v DOC shows tags; -u lists uncovered capitalised words; -w writes files."""
import json, re, sys
from split import sentences
import lex

docs = json.load(open("docs.json"))

def default_entries():
    ent = {}
    for key, (lat, lon, cc, kind, surfs) in lex.PLACES.items():
        for s in surfs:
            ent[s] = ("P", key)
    for s, why in lex.NONPLACES.items():
        ent[s] = ("N", why)
    for pid, (surfs, like) in lex.PERSONS.items():
        for s in surfs:
            ent[s] = ("H", pid)
    return ent

BASE = default_entries()

def tag(doc, sent):
    ent = dict(BASE)
    ent.update(lex.DOCLEX.get(doc, {}))
    for (d, snip, surf), a in lex.SENTFIX.items():
        if d == doc and snip in sent:
            ent[surf] = a
    # also allow SENTFIX surfaces not in lexicon
    cands = []
    for s, a in ent.items():
        if a is None:
            continue
        for m in re.finditer(r"(?<![\w’'])" + re.escape(s) + r"(?![\w])", sent):
            cands.append((m.start(), m.end(), s, a))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken, out = [], []
    for c in cands:
        if any(not (c[1] <= t0 or c[0] >= t1) for t0, t1 in taken):
            continue
        taken.append((c[0], c[1]))
        out.append(c)
    out.sort()
    return out

def run():
    rows = []
    for doc, text in docs.items():
        for sent in sentences(text):
            for st, en, s, a in tag(doc, sent):
                rows.append((doc, sent, st, s, a))
    return rows

if __name__ == "__main__":
    rows = run()
    if sys.argv[1:2] == ["-v"]:
        for doc, sent, st, s, a in rows:
            if doc == sys.argv[2]:
                print(f"{s!r:28} {a[0]} {a[1]:40} | {sent[:90]}")
    elif sys.argv[1:2] == ["-u"]:
        import collections
        cov = collections.defaultdict(list)
        for doc, sent, st, s, a in rows:
            cov[(doc, sent)].append((st, st + len(s)))
        unc = collections.Counter()
        for doc, text in docs.items():
            for sent in sentences(text):
                for m in re.finditer(r"[A-ZÅÄÖÉ][\w’'.-]*", sent):
                    if not any(a <= m.start() < b for a, b in cov[(doc, sent)]):
                        unc[m.group()] += 1
        print(" ".join(f"{w}:{n}" for w, n in sorted(unc.items())))
    elif sys.argv[1:2] == ["-w"]:
        P, NP, PE = [], [], {}
        for doc, sent, st, s, a in rows:
            if a[0] == "P":
                lat, lon, cc, kind, _ = lex.PLACES[a[1]]
                P.append({"doc": doc, "name": s, "sentence": sent, "lat": lat, "lon": lon, "country": cc, "kind": kind, "place": a[1]})
            elif a[0] == "N":
                NP.append({"doc": doc, "text": s, "sentence": sent, "why": a[1]})
            elif a[0] == "H":
                PE.setdefault(a[1], []).append({"doc": doc, "text": s, "sentence": sent})
                if lex.PERSONS[a[1]][1]:
                    NP.append({"doc": doc, "text": s, "sentence": sent, "why": lex.H})
        seen, first = set(), []
        for r in P:
            k = (r["doc"], r["name"])
            if k not in seen:
                seen.add(k); first.append(r)
        def dump(fn, rs):
            with open(fn, "w") as f:
                for r in rs:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        dump("places_v31_all.jsonl", P)
        dump("places_v31.jsonl", first)
        dump("nonplaces_v31.jsonl", NP)
        dump("persons_v31.jsonl", [{"person": p, "mentions": m} for p, m in PE.items()])
        print(len(first), len(P), len(NP), len(PE), sum(len(m) for m in PE.values()))
