"""Tagger: leftmost-longest, case-sensitive, whole-word matching of the lexicon, with per-document and
per-sentence overrides. -u lists capitalised words no annotation covers; -w writes the files."""
import json, re, sys, glob, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import sentences
from overrides import DOC_OV, SENT_OV, COMPOUNDS

def load_docs():
    docs = dict(json.load(open('places_texts.json')))
    for p in sorted(glob.glob('panel-*.txt')):
        docs[os.path.basename(p)[:-4]] = open(p).read()
    return docs

def load_lex():
    places, surf = {}, {}
    def add(s, v, src):
        if s in surf and surf[s] != v:
            print('CONFLICT', s, surf[s], v, src)
        surf[s] = v
    for f in ['lex_places.txt', 'lex_places_panels.txt']:
        if not os.path.exists(f): continue
        for l in open(f):
            l = l.rstrip('\n')
            if not l or l.startswith('#'): continue
            k, lat, lon, cc, kind, ss = l.split('|')
            places[k] = (float(lat), float(lon), cc or None, kind)
            for s in ss.split(';'):
                if s: add(s, ('P', k), f)
    for f in ['lex_nonplaces.txt', 'lex_nonplaces_panels.txt']:
        if not os.path.exists(f): continue
        for l in open(f):
            l = l.rstrip('\n')
            if not l or l.startswith('#'): continue
            t, why = l.split('|')
            add(t, ('N', why), f)
    persons = {}
    for f in ['lex_persons.txt', 'lex_persons_panels.txt']:
        if not os.path.exists(f): continue
        for l in open(f):
            l = l.rstrip('\n')
            if not l or l.startswith('#'): continue
            lab, flag, ss = l.split('|')
            persons[lab] = flag == '1'
            for s in ss.split(';'):
                if s: add(s, ('H', lab), f)
    for s in COMPOUNDS:
        add(s, ('C', s), 'compounds')
    return places, surf, persons

def tag(docs, places, surf, persons):
    extra = set()
    for d in DOC_OV.values(): extra |= set(d)
    for (_, _, s) in SENT_OV: extra.add(s)
    alls = sorted(set(surf) | extra, key=len, reverse=True)
    rx = re.compile(r'(?<![\w’\'])(' + '|'.join(re.escape(s) for s in alls) + r')(?![\w])')
    P, N, H = [], [], collections.OrderedDict()
    unc = []
    for doc, text in docs.items():
        for sent in sentences(text):
            covered = []
            for m in rx.finditer(sent):
                s = m.group(1)
                v = surf.get(s)
                if s in DOC_OV.get(doc, {}): v = DOC_OV[doc][s]
                for (dd, sub, ss), vv in SENT_OV.items():
                    if dd == doc and ss == s and sub in sent: v = vv
                if v is None: continue
                covered.append((m.start(), m.end()))
                t, x = v
                if t == 'X': continue
                if t == 'P':
                    lat, lon, cc, kind = places[x]
                    P.append(dict(doc=doc, name=s, sentence=sent, lat=lat, lon=lon, country=cc, kind=kind, place=x))
                elif t == 'C':
                    for nm, key in COMPOUNDS[s]:
                        lat, lon, cc, kind = places[key]
                        P.append(dict(doc=doc, name=nm, sentence=sent, lat=lat, lon=lon, country=cc, kind=kind, place=key))
                elif t == 'N':
                    N.append(dict(doc=doc, text=s, sentence=sent, why=x))
                elif t == 'H':
                    H.setdefault(x, []).append(dict(doc=doc, text=s, sentence=sent))
                    if persons[x]:
                        N.append(dict(doc=doc, text=s, sentence=sent, why='person/family named like a place'))
            for m in re.finditer(r'[A-Z][\w’\'-]*', sent):
                if m.start() == 0 or any(a <= m.start() < b for a, b in covered): continue
                unc.append((doc, m.group(), sent))
    return P, N, H, unc

if __name__ == '__main__':
    docs = load_docs()
    places, surf, persons = load_lex()
    P, N, H, unc = tag(docs, places, surf, persons)
    if '-u' in sys.argv:
        stop = set(open('stop.txt').read().split()) if os.path.exists('stop.txt') else set()
        for doc, w, s in unc:
            if w in stop: continue
            print(doc[:24], '|', w, '|', s[:200])
    if '-w' in sys.argv:
        v = 'v52'
        with open(f'places_{v}_all.jsonl', 'w') as f:
            for r in P: f.write(json.dumps(r, ensure_ascii=False) + '\n')
        seen = set()
        with open(f'places_{v}.jsonl', 'w') as f:
            for r in P:
                if (r['doc'], r['name']) in seen: continue
                seen.add((r['doc'], r['name'])); f.write(json.dumps(r, ensure_ascii=False) + '\n')
        with open(f'nonplaces_{v}.jsonl', 'w') as f:
            for r in N: f.write(json.dumps(r, ensure_ascii=False) + '\n')
        with open(f'persons_{v}.jsonl', 'w') as f:
            for lab, ms in H.items(): f.write(json.dumps(dict(person=lab, mentions=ms), ensure_ascii=False) + '\n')
        json.dump(docs, open('docs.json', 'w'), ensure_ascii=False, indent=1)
    print('places', len(P), 'first', len({(r['doc'], r['name']) for r in P}), 'nonplaces', len(N), 'people', len(H), 'unc', len(unc))
