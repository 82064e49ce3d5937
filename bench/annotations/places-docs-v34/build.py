import json, re, sys, glob, os
from split import split
import lex, people
H = os.path.dirname(os.path.abspath(__file__))
def docs():
    d = json.load(open(os.path.join(H, 'places_texts.json')))
    for f in sorted(glob.glob(os.path.join(H, 'panel-*.txt'))):
        d[os.path.basename(f)[:-4]] = open(f).read()
    return d
PERS = {}
for p, (flag, surf) in people.PEOPLE.items():
    for s in surf:
        PERS.setdefault(s, p)
W = r"[\w’'\.]"
def occ(sent, surf):
    out = []
    for m in re.finditer(re.escape(surf), sent):
        a, b = m.start(), m.end()
        if a > 0 and (sent[a-1].isalnum()):
            continue
        if b < len(sent) and sent[b].isalnum():
            continue
        # surface ending without '.' followed by '.' + letter (e.g. U.S vs U.S.) fine
        out.append((a, b))
    return out
def tag(doc, sent):
    cands = []
    ov = {o[2]: o[3] for o in lex.OV if o[0] == doc and o[1] in sent}
    nov = {o[2]: o[3] for o in lex.NOV if o[0] == doc and o[1] in sent}
    surfaces = set(lex.S) | set(lex.N) | set(PERS) | set(ov) | set(nov)
    for s in surfaces:
        for a, b in occ(sent, s):
            if s in nov:
                cands.append((a, b, 'N', nov[s]))
            elif s in ov:
                cands.append((a, b, 'P', ov[s]))
            elif s in PERS:
                p = people.POV.get((doc, s), PERS[s])
                cands.append((a, b, 'H', p))
            elif s in lex.N:
                cands.append((a, b, 'N', lex.N[s]))
            else:
                cands.append((a, b, 'P', lex.S[s]))
    cands.sort(key=lambda c: (-(c[1]-c[0]), c[0]))
    taken = []
    res = []
    for c in cands:
        if any(not (c[1] <= t[0] or c[0] >= t[1]) for t in taken):
            continue
        taken.append(c)
        res.append(c)
    res.sort()
    return res
def build():
    D = docs()
    places, nonp, pers = [], [], {}
    for doc, text in D.items():
        for sent in split(text):
            for a, b, cat, val in tag(doc, sent):
                t = sent[a:b]
                if cat == 'P':
                    lat, lon, cc, kind = lex.P[val]
                    places.append({"doc": doc, "name": t, "sentence": sent, "lat": lat, "lon": lon, "country": cc, "kind": kind, "place": val})
                elif cat == 'N':
                    nonp.append({"doc": doc, "text": t, "sentence": sent, "why": val})
                else:
                    pers.setdefault(val, []).append({"doc": doc, "text": t, "sentence": sent})
                    if people.PEOPLE[val][0] and any(w in t for w in people.PLACEWORD):
                        nonp.append({"doc": doc, "text": t, "sentence": sent, "why": "person/family named like a place"})
    return D, places, nonp, pers
if __name__ == '__main__':
    D, places, nonp, pers = build()
    if '-c' in sys.argv:
        doc = sys.argv[sys.argv.index('-c')+1]
        for sent in split(D[doc]):
            tags = tag(doc, sent)
            print('*', sent[:160])
            for a, b, cat, val in tags:
                print('     ', cat, sent[a:b], '->', val)
    if '-u' in sys.argv:
        import collections
        cnt = collections.Counter()
        for doc, text in D.items():
            for sent in split(text):
                tags = tag(doc, sent)
                cov = [False]*len(sent)
                for a, b, *_ in tags:
                    for i in range(a, b): cov[i] = True
                for m in re.finditer(r"[A-Z][\w’'\-]*", sent):
                    if not cov[m.start()]:
                        cnt[m.group(0)] += 1
        print(' '.join(f"{w}:{c}" for w, c in sorted(cnt.items())))
    if '-w' in sys.argv:
        first = []
        seen = set()
        for r in places:
            k = (r['doc'], r['name'])
            if k not in seen:
                seen.add(k); first.append(r)
        def dump(fn, rows):
            with open(os.path.join(H, fn), 'w') as f:
                for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
        dump('places_v34_all.jsonl', places)
        dump('places_v34.jsonl', first)
        dump('nonplaces_v34.jsonl', nonp)
        dump('persons_v34.jsonl', [{"person": p, "mentions": m} for p, m in pers.items()])
        json.dump(D, open(os.path.join(H, 'docs.json'), 'w'), ensure_ascii=False, indent=1)
        print('places', len(places), 'first', len(first), 'nonplaces', len(nonp), 'people', len(pers), 'mentions', sum(len(m) for m in pers.values()))
