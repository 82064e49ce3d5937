import json, re, sys, collections
from split import sentences
import lex, overrides
docs = json.load(open('docs.json'))
FORMS = {}
for k, v in lex.P.items():
    for f in v[4]:
        assert f not in FORMS, f
        FORMS[f] = k
for t, why in lex.NP.items():
    assert t not in FORMS, t
    FORMS[t] = ('NP', why)
for lab, (fs, flag) in lex.PE.items():
    for f in fs:
        assert f not in FORMS, f
        FORMS[f] = ('PER', lab)
for f in overrides.EXTRA:
    FORMS.setdefault(f, ('UNRESOLVED',))
ALL = sorted(FORMS, key=len, reverse=True)
PAT = re.compile('|'.join(r'(?<![\w])' + re.escape(f) + r'(?![\w])' for f in ALL))

def tag(doc, s):
    out = []
    pos = 0
    while True:
        m = PAT.search(s, pos)
        if not m:
            break
        # leftmost-longest: try all forms at m.start()
        best = max((f for f in ALL if s.startswith(f, m.start()) and
                    not (m.start() + len(f) < len(s) and (s[m.start() + len(f)].isalnum() or s[m.start()+len(f)]=='_'))),
                   key=len)
        surf = best
        tgt = FORMS[surf]
        for sub, sf, t in overrides.OV.get(doc, []):
            if sf == surf and (sub is None or sub in s):
                tgt = t
        out.append((m.start(), surf, tgt))
        pos = m.start() + len(surf)
    return out

def build():
    places, nonplaces, persons = [], [], collections.OrderedDict()
    unresolved = []
    for doc, text in docs.items():
        for s in sentences(text):
            for st, surf, tgt in tag(doc, s):
                if tgt is None:
                    continue
                if isinstance(tgt, str):
                    lat, lon, cc, kind, _ = lex.P[tgt]
                    places.append({'doc': doc, 'name': surf, 'sentence': s, 'lat': lat, 'lon': lon, 'country': cc, 'kind': kind, 'place': tgt})
                elif tgt[0] == 'NP':
                    nonplaces.append({'doc': doc, 'text': surf, 'sentence': s, 'why': tgt[1]})
                elif tgt[0] == 'PER':
                    lab = tgt[1]
                    persons.setdefault(lab, []).append({'doc': doc, 'text': surf, 'sentence': s})
                    if lex.PE[lab][1]:
                        nonplaces.append({'doc': doc, 'text': surf, 'sentence': s, 'why': 'person/family named like a place'})
                else:
                    unresolved.append((doc, surf, s))
    return places, nonplaces, persons, unresolved

if __name__ == '__main__':
    places, nonplaces, persons, unresolved = build()
    for u in unresolved:
        print('UNRESOLVED', u)
    if '-c' in sys.argv:
        d = sys.argv[sys.argv.index('-c') + 1]
        for s in sentences(docs[d]):
            print('>>', s)
            for st, surf, tgt in tag(d, s):
                print('    ', surf, '->', tgt)
    if '-u' in sys.argv:
        # capitalised words not covered by any tag
        for doc, text in docs.items():
            for s in sentences(text):
                spans = [(st, st + len(surf)) for st, surf, _ in tag(doc, s)]
                for m in re.finditer(r'\b[A-Z][\w’\'-]*', s):
                    if m.start() == 0: continue
                    if not any(a <= m.start() < b for a, b in spans):
                        print(doc, '|', m.group(0))
    if '-w' in sys.argv:
        seen = set(); first = []
        for r in places:
            if (r['doc'], r['name']) not in seen:
                seen.add((r['doc'], r['name'])); first.append(r)
        dump = lambda fn, rows: open(fn, 'w').write(''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows))
        dump('places_v39_all.jsonl', places)
        dump('places_v39.jsonl', first)
        dump('nonplaces_v39.jsonl', nonplaces)
        dump('persons_v39.jsonl', [{'person': k, 'mentions': v} for k, v in persons.items()])
        print(len(places), len(first), len(nonplaces), len(persons), sum(len(v) for v in persons.values()))
