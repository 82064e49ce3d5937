#!/usr/bin/env python3
"""Build docs.json and the four annotation files from lex_places.py, lex.py and the overrides below.
python3 build.py      -> writes files
python3 build.py -u   -> lists capitalised words no entry covers (read for every document)"""
import json, re, sys, glob, os, collections
from lex_places import P
from lex import PL, NP, PE, LIKE
HERE = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(HERE, 'places_texts.json')))
docs = dict(texts)
for f in sorted(glob.glob(os.path.join(HERE, 'panel-*.txt'))):
    docs[os.path.basename(f)[:-4]] = open(f).read().rstrip('\n')

# overrides: (doc, sentence substring or None, surface, (kind, value))
GR, WE, CO = 'panel-greek-independence', 'panel-welsh-patagonia', 'panel-newfoundland-cod'
OVR = [
 ('1801-1829-foreword', None, 'Louisiana', ('PL', 'Louisiana (territory)')),
 ('1801-1829-foreword', None, 'Florida', ('PL', 'Spanish Florida')),
 ('1830-1860-foreword', None, 'Oregon', ('PL', 'Oregon Country')),
 ('1861-1865-foreword', None, 'South', ('PL', 'Southern United States')),
 ('1921-1936-immigration-act', 'Southern and Eastern Europe', 'Southern', ('PL', 'Southern Europe')),
 ('1921-1936-good-neighbor', 'Central and South America', 'Central', ('PL', 'Central America')),
 ('1921-1936-good-neighbor', None, 'Roosevelt', ('PE', 'Franklin D. Roosevelt (President, 1882–1945)')),
 ('1914-1920-haiti', None, 'New York', ('PL', 'New York City')),
 ('1981-1988-foreword', None, 'West', ('NP', 'other')),
 (GR, None, 'New York', ('PL', 'New York (state)')),
 (GR, 'Athens, Georgia', 'Athens', ('PL', 'Athens (Georgia)')),
 (GR, 'Athens, Ohio', 'Athens', ('PL', 'Athens (Ohio)')),
 (GR, None, 'Troy', ('PL', 'Troy (New York)')),
 (GR, None, 'Corinth', ('PL', 'Corinth (Mississippi)')),
 (GR, None, 'Cross City', ('PL', 'Corinth (Mississippi)')),
 (GR, 'Smyrna, Delaware', 'Smyrna', ('PL', 'Smyrna (Delaware)')),
 (GR, 'Smyrna, Tennessee', 'Smyrna', ('PL', 'Smyrna (Tennessee)')),
 (GR, 'A third Smyrna', 'Smyrna', ('PL', 'Smyrna (Georgia)')),
 (GR, 'Byron, Illinois', 'Byron', ('PL', 'Byron (Illinois)')),
 (GR, 'only village on Barbuda', 'Codrington', ('PL', 'Codrington (Barbuda)')),
 (WE, 'Bala, Ontario', 'Bala', ('PL', 'Bala (Ontario)')),
 (WE, 'Fontana, California', 'Fontana', ('PL', 'Fontana (California)')),
 (WE, None, 'Spanish', ('NP', 'demonym/adjective')),
 (WE, 'Bangor, Saskatchewan', 'Bangor', ('PL', 'Bangor (Saskatchewan)')),
 (WE, 'In Wales, Bangor', 'Bangor', ('PL', 'Bangor (Wales)')),
 (WE, 'Bangor, Maine', 'Bangor', ('PL', 'Bangor (Maine)')),
 (CO, 'Red Bay in Labrador', 'Red Bay', ('PL', 'Red Bay (Labrador)')),
 (CO, 'Red Bay in Ontario', 'Red Bay', ('PL', 'Red Bay (Ontario)')),
 (CO, None, 'Virginia', ('PL', 'Virginia (Ireland)')),
 (CO, 'Gloucester in England', 'Gloucester', ('PL', 'Gloucester (England)')),
 (CO, 'its own Galicia', 'Galicia', ('PL', 'Galicia (Eastern Europe)')),
]
ABBR = {'St', 'Jan', 'Mr', 'Mrs', 'Dr', 'Jr', 'Sr', 'No', 'Co', 'Sen', 'Gen'}

def sentences(text):
    out = []
    for line in text.split('\n'):
        if not line.strip():
            continue
        start = 0
        for m in re.finditer(r'[.!?]["”’)]*\s+', line):
            nxt = line[m.end():m.end() + 1]
            if not nxt or not (nxt.isupper() or nxt in '“"‘(' or nxt.isdigit()):
                continue
            before = line[start:m.start()]
            tok = re.split(r'[\s(/]', before)[-1] if before else ''
            if line[m.start()] == '.' and (tok in ABBR or re.fullmatch(r'[A-Z]', tok) or re.fullmatch(r'([A-Z]\.)+[A-Z]', tok)):
                continue
            out.append(line[start:m.end()].strip())
            start = m.end()
        if line[start:].strip():
            out.append(line[start:].strip())
    return out

def lexicon(doc, sent):
    lx = {}
    for k, v in PL.items(): lx[k] = ('PL', v)
    for k, v in NP.items(): lx[k] = ('NP', v)
    for k, v in PE.items(): lx[k] = ('PE', v)
    for d, sub, surf, val in OVR:
        if d == doc and sub is None: lx[surf] = val
    for d, sub, surf, val in OVR:
        if d == doc and sub is not None and sub in sent: lx[surf] = val
    return lx

def matches(doc, sent):
    lx = lexicon(doc, sent)
    keys = sorted(lx, key=len, reverse=True)
    rx = re.compile(r'(?<![\w])(' + '|'.join(re.escape(k) for k in keys) + r')(?![\w])')
    res = []
    for m in rx.finditer(sent):
        res.append((m.start(), m.end(), m.group(1), lx[m.group(1)]))
    return res

def build():
    allp, nonp, pers = [], [], collections.OrderedDict()
    seen = set()
    for doc, text in docs.items():
        for s in sentences(text):
            for a, b, surf, (kind, val) in matches(doc, s):
                if kind == 'PL':
                    lat, lon, cc, k = P[val]
                    row = dict(doc=doc, name=surf, sentence=s, lat=lat, lon=lon, country=cc, kind=k, place=val)
                    key = ('PL', doc, surf, s)
                    if key not in seen: seen.add(key); allp.append(row)
                elif kind == 'NP':
                    key = ('NP', doc, surf, s)
                    if key not in seen: seen.add(key); nonp.append(dict(doc=doc, text=surf, sentence=s, why=val))
                elif kind == 'PE':
                    key = ('PE', doc, surf, s, val)
                    if key not in seen:
                        seen.add(key); pers.setdefault(val, []).append(dict(doc=doc, text=surf, sentence=s))
                        if any(re.search(r'(?<!\w)' + w + r'(?!\w)', surf) for w in LIKE):
                            k2 = ('NP', doc, surf, s)
                            if k2 not in seen:
                                seen.add(k2); nonp.append(dict(doc=doc, text=surf, sentence=s, why='person/family named like a place'))
    first, fs = [], set()
    for r in allp:
        if (r['doc'], r['name']) not in fs:
            fs.add((r['doc'], r['name'])); first.append(r)
    return allp, first, nonp, pers

def dump(path, rows):
    with open(os.path.join(HERE, path), 'w') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    if '-u' in sys.argv:
        only = [a for a in sys.argv[1:] if a != '-u']
        for doc, text in docs.items():
            if only and doc not in only: continue
            unc = collections.Counter()
            for s in sentences(text):
                cov = [(a, b) for a, b, _, _ in matches(doc, s)]
                for m in re.finditer(r'[A-ZÁÉÍÓÚİŁ][\w’\'\-]*', s):
                    if not any(a <= m.start() < b for a, b in cov): unc[m.group()] += 1
            print('##', doc, ' '.join(f'{w}:{n}' if n > 1 else w for w, n in sorted(unc.items())))
        sys.exit()
    json.dump(docs, open(os.path.join(HERE, 'docs.json'), 'w'), ensure_ascii=False, indent=1)
    allp, first, nonp, pers = build()
    dump('places_v21_all.jsonl', allp); dump('places_v21.jsonl', first); dump('nonplaces_v21.jsonl', nonp)
    dump('persons_v21.jsonl', [dict(person=k, mentions=v) for k, v in pers.items()])
    print('docs', len(docs), 'place mentions', len(allp), 'first', len(first), 'nonplaces', len(nonp),
          'persons', len(pers), 'person mentions', sum(len(v) for v in pers.values()))
