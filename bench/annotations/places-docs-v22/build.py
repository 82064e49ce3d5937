"""Build the places_v22 files from docs + lexicon. python3 build.py [-u] (-u: list capitalised words nothing covers)"""
import json, re, sys, glob, os
from lex_places import P
from lex import G, PEOPLE, LIKE, PER
from overrides import DOC, SENT
HERE = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(HERE, 'places_texts.json')))
docs = dict(texts)
for f in sorted(glob.glob(os.path.join(HERE, 'panel-*.txt'))):
    docs[os.path.basename(f)[:-4]] = open(f).read().rstrip('\n')
json.dump(docs, open(os.path.join(HERE, 'docs.json'), 'w'), ensure_ascii=False, indent=1)

ABBR = re.compile(r'(?:\bSt|\bJan|\bSec|\bGen|\bDr|\bMr|\b[A-Z]|\bU\.S|\bH\.W|\bvs)\.$')
def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line: continue
        start = 0
        for m in re.finditer(r'[.!?][”"’)\]]*(?=\s+[A-Z“"(\[0-9‘])', line):
            cand = line[start:m.end()]
            if m.group(0) == '.' and ABBR.search(line[:m.end()]):
                # abbreviation/initial: do not split, except U.S. can never end a sentence here
                continue
            out.append(cand.strip()); start = m.end()
        if line[start:].strip(): out.append(line[start:].strip())
    return out

def lexicon(doc, sent):
    lx = {}
    for k, v in PEOPLE.items(): lx[k] = ('P', v)
    lx.update(G)
    lx.update(DOC.get(doc, {}))
    for d, sub, ov in SENT:
        if d == doc and sub in sent: lx.update(ov)
    return {k: v for k, v in lx.items() if v is not None}

def spans(sent, lx):
    found = []
    for surf in sorted(lx, key=len, reverse=True):
        for m in re.finditer(re.escape(surf), sent):
            a, b = m.start(), m.end()
            if a > 0 and sent[a-1].isalnum(): continue
            if b < len(sent) and sent[b].isalnum(): continue
            if any(not (b <= x or a >= y) for x, y, _, _ in found): continue
            found.append((a, b, surf, lx[surf]))
    return sorted(found)

SENT_USED = set()
def build():
    places, nonp, pers = [], [], {}
    for doc, text in docs.items():
        for s in sentences(text):
            assert s in text, (doc, s)
            lx = lexicon(doc, s)
            for d, sub, ov in SENT:
                if d == doc and sub in s: SENT_USED.add((d, sub))
            for a, b, surf, (t, v) in spans(s, lx):
                if t == 'L':
                    lat, lon, cc, kind = P[v]
                    places.append(dict(doc=doc, name=surf, sentence=s, lat=lat, lon=lon, country=cc, kind=kind, place=v))
                elif t == 'N':
                    nonp.append(dict(doc=doc, text=surf, sentence=s, why=v))
                else:
                    pers.setdefault(v, []).append(dict(doc=doc, text=surf, sentence=s))
                    if any(re.search(r'\b%s\b' % w, surf) for w in LIKE):
                        nonp.append(dict(doc=doc, text=surf, sentence=s, why=PER))
    return places, nonp, pers

def dedup(rows):
    seen, out = set(), []
    for r in rows:
        k = json.dumps(r, sort_keys=True, ensure_ascii=False)
        if k not in seen: seen.add(k); out.append(r)
    return out

def uncovered():
    for doc, text in docs.items():
        for s in sentences(text):
            lx = lexicon(doc, s); sp = spans(s, lx)
            for m in re.finditer(r'[A-ZÇ][\w’\'.-]*', s):
                if m.start() == 0: continue
                if any(a <= m.start() < b for a, b, _, _ in sp): continue
                print(doc, '|', m.group(0), '|', s[max(0, m.start()-40):m.end()+30])

if __name__ == '__main__':
    if '-u' in sys.argv: uncovered(); sys.exit()
    places, nonp, pers = build()
    places, nonp = dedup(places), dedup(nonp)
    first, seen = [], set()
    for r in places:
        k = (r['doc'], r['name'])
        if k not in seen: seen.add(k); first.append(r)
    def dump(name, rows):
        with open(os.path.join(HERE, name), 'w') as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    dump('places_v22_all.jsonl', places); dump('places_v22.jsonl', first); dump('nonplaces_v22.jsonl', nonp)
    dump('persons_v22.jsonl', [dict(person=p, mentions=dedup(m)) for p, m in pers.items()])
    unused = [x[:2] for x in SENT if x[:2] not in SENT_USED]
    print('all', len(places), 'first', len(first), 'nonplaces', len(nonp), 'people', len(pers),
          'person mentions', sum(len(dedup(m)) for m in pers.values()), 'unused sentence overrides', unused)
