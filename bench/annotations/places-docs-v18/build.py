import json, re, sys, glob, os, importlib
texts = json.load(open('places_texts.json'))
docs = dict(texts)
for f in sorted(glob.glob('panel-*.txt')):
    docs[os.path.basename(f)[:-4]] = open(f, encoding='utf-8').read()
json.dump(docs, open('docs.json', 'w'), ensure_ascii=False, indent=1)
import lex_essays as L
P = dict(L.P); S = list(L.S); LIKE = set(L.LIKE); PERS = []
try:
    import lex_panels as LP
    P.update(LP.P); S += LP.S; LIKE |= set(LP.LIKE)
except ImportError: pass
ABBR = {'St.', 'Dr.', 'No.', 'Mr.', 'Jr.', 'Oct.', 'Nov.', 'Mt.', 'Ft.', 'Gen.', 'Capt.', 'Lt.', 'Col.', 'Rev.'}
def sentences(text):
    out = []
    for line in text.split('\n'):
        if not line.strip(): continue
        start = 0
        for m in re.finditer(r'[.!?][”"’)\]]{0,2}(\s+)(?=[A-Z“"(‘\'0-9])', line):
            pre = line[start:m.start()+1]
            tok = pre.split()[-1] if pre.split() else ''
            if tok in ABBR or re.fullmatch(r'(?:[A-Z]\.)+', tok) or re.fullmatch(r'\(?(?:[A-Z]\.)+', tok): continue
            if re.fullmatch(r'[A-Z]\.', tok): continue
            out.append(line[start:m.start(1)].strip()); start = m.end(1)
        if line[start:].strip(): out.append(line[start:].strip())
    return out
def applicable(doc, sent):
    c = [e for e in S if (e[3] is None or e[3] == doc) and (e[4] is None or e[4] in sent)]
    # more specific entries override general ones of the same surface
    best = {}
    for e in c:
        spec = (e[3] is not None) + 2 * (e[4] is not None)
        if e[0] not in best or spec >= best[e[0]][0]: best[e[0]] = (spec, e)
    return sorted((v[1] for v in best.values()), key=lambda e: -len(e[0]))
places, nonp, pers = [], [], {}
for doc, text in docs.items():
    for sent in sentences(text):
        taken = [False] * len(sent)
        found = []
        for e in applicable(doc, sent):
            s = e[0]
            pat = (r'(?<![\w-])' if s[0].isalnum() else '') + re.escape(s) + (r'(?![\w])(?!-\w)' if s[-1].isalnum() else r'(?![A-Za-z]\.)')
            for m in re.finditer(pat, sent):
                if any(taken[m.start():m.end()]): continue
                for i in range(m.start(), m.end()): taken[i] = True
                found.append((m.start(), e))
        for pos, (s, t, v, _, _) in sorted(found, key=lambda x: x[0]):
            if t == 'P':
                lat, lon, cc, kind = P[v]
                places.append(dict(doc=doc, name=s, sentence=sent, lat=lat, lon=lon, country=cc, kind=kind, place=v))
            elif t == 'N':
                if v: nonp.append(dict(doc=doc, text=s, sentence=sent, why=v))
            else:
                pers.setdefault(v, []).append(dict(doc=doc, text=s, sentence=sent))
                if s in LIKE or s.split()[-1] in LIKE:
                    nonp.append(dict(doc=doc, text=s, sentence=sent, why='person/family named like a place'))
        if '-u' in sys.argv:
            IGN=set(open('ignore.txt').read().split())
            for m in re.finditer(r'(?<![\w’-])[A-Z][\w’.-]*', sent):
                if not any(taken[m.start():m.end()]) and m.group() not in IGN: print('U', doc, m.group(), '|', sent[:90])
def dedup(rows):
    out, seen = [], set()
    for r in rows:
        k = json.dumps(r, sort_keys=True, ensure_ascii=False)
        if k not in seen: seen.add(k); out.append(r)
    return out
places = dedup(places); nonp = dedup(nonp); pers = {k: dedup(v) for k, v in pers.items()}
with open('places_v18_all.jsonl', 'w') as f:
    for r in places: f.write(json.dumps(r, ensure_ascii=False) + '\n')
seen = set()
with open('places_v18.jsonl', 'w') as f:
    for r in places:
        if (r['doc'], r['name']) in seen: continue
        seen.add((r['doc'], r['name'])); f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open('nonplaces_v18.jsonl', 'w') as f:
    for r in nonp: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open('persons_v18.jsonl', 'w') as f:
    for k, v in pers.items(): f.write(json.dumps(dict(person=k, mentions=v), ensure_ascii=False) + '\n')
if '-v' in sys.argv:
    d = sys.argv[sys.argv.index('-v') + 1]
    for r in places:
        if r['doc'] == d: print('P', r['name'], '->', r['place'])
