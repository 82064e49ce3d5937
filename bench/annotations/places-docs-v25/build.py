"""Build places_v25*.jsonl, nonplaces_v25.jsonl, persons_v25.jsonl and docs.json from the texts and lex.py.
python3 build.py        write the files
python3 build.py -u     list capitalised words no annotation covers (for review)
python3 build.py -v DOC inline view of one document"""
import json, re, sys, glob, os
from collections import OrderedDict
import lex, split

HERE = os.path.dirname(os.path.abspath(__file__))
def load_docs():
    d = json.load(open(os.path.join(HERE, 'places_texts.json')), object_pairs_hook=OrderedDict)
    for f in sorted(glob.glob(os.path.join(HERE, 'panel-*.txt'))):
        d[os.path.basename(f)[:-4]] = open(f, encoding='utf-8').read()
    return d

def pat(s):
    return re.compile(r'(?<![\w])' + re.escape(s) + r'(?![\w])')

PATS = {}
def matches(doc, sent):
    surf = dict(lex.G); surf.update(lex.D.get(doc, {}))
    cands = []
    for s in surf:
        if s not in PATS: PATS[s] = pat(s)
        for m in PATS[s].finditer(sent):
            cands.append((m.start(), m.end(), s))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken, out = [], []
    for a, b, s in cands:
        if any(a < y and x < b for x, y in taken): continue
        taken.append((a, b))
        tgt = surf[s]
        for (dd, sub, ss), t in lex.S.items():
            if dd == doc and ss == s and sub in sent: tgt = t
        out.append((a, b, s, tgt))
    out.sort()
    return out, taken

def build():
    docs = load_docs()
    allp, nonp, pers = [], [], OrderedDict()
    seenp, seenn = set(), set()
    for doc, text in docs.items():
        for sent in split.sentences(text):
            assert sent in text
            ms, _ = matches(doc, sent)
            for a, b, s, t in ms:
                if isinstance(t, str):
                    lat, lon, cc, kind = lex.PL[t]
                    k = (doc, s, sent)
                    if k in seenp: continue
                    seenp.add(k)
                    allp.append(OrderedDict([('doc', doc), ('name', s), ('sentence', sent), ('lat', lat), ('lon', lon),
                                             ('country', cc), ('kind', kind), ('place', t)]))
                elif t[0] == 'NP':
                    k = (doc, s, sent)
                    if k in seenn: continue
                    seenn.add(k)
                    nonp.append(OrderedDict([('doc', doc), ('text', s), ('sentence', sent), ('why', t[1])]))
                else:
                    m = OrderedDict([('doc', doc), ('text', s), ('sentence', sent)])
                    lst = pers.setdefault(t[1], [])
                    if m not in lst: lst.append(m)
                    if t[1] in lex.NAMED_LIKE and (doc, s, sent) not in seenn:
                        seenn.add((doc, s, sent))
                        nonp.append(OrderedDict([('doc', doc), ('text', s), ('sentence', sent),
                                                 ('why', 'person/family named like a place')]))
    first, seen = [], set()
    for r in allp:
        k = (r['doc'], r['name'])
        if k in seen: continue
        seen.add(k); first.append(r)
    return docs, allp, first, nonp, pers

def dump(fn, rows):
    with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    if '-u' in sys.argv or '-v' in sys.argv:
        docs = load_docs()
        only = sys.argv[sys.argv.index('-v') + 1] if '-v' in sys.argv else None
        for doc, text in docs.items():
            if only and doc != only: continue
            for sent in split.sentences(text):
                ms, taken = matches(doc, sent)
                if only:
                    out, last = '', 0
                    for a, b, s, t in ms:
                        tag = t if isinstance(t, str) else (t[0] + ':' + t[1][:12])
                        out += sent[last:a] + '[' + sent[a:b] + '|' + tag + ']'; last = b
                    print(out + sent[last:]); continue
                for m in re.finditer(r"[A-ZÀ-Ý][\w’'.-]*", sent):
                    if any(x <= m.start() < y for x, y in taken): continue
                    print(doc, '|', m.group(0))
        sys.exit()
    docs, allp, first, nonp, pers = build()
    json.dump(docs, open(os.path.join(HERE, 'docs.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    dump('places_v25_all.jsonl', allp); dump('places_v25.jsonl', first); dump('nonplaces_v25.jsonl', nonp)
    dump('persons_v25.jsonl', [OrderedDict([('person', k), ('mentions', v)]) for k, v in pers.items()])
    print('places all', len(allp), 'first', len(first), 'nonplaces', len(nonp), 'people', len(pers),
          'person mentions', sum(len(v) for v in pers.values()))
