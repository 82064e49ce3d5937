"""Tag documents from the lexicons (leftmost-longest, case-sensitive, whole-word) with overrides; -u lists uncovered
capitalised words; -w writes the jsonl files."""
import json, re, sys, collections, glob, os
import split
from overrides import OVERRIDES

WHY = {'D': 'demonym/adjective', 'O': 'organisation', 'T': 'treaty/agreement/law', 'S': 'ship/vehicle',
       'E': 'event/battle/war', 'P': 'publication/newspaper', 'B': 'street/building named after a place or person',
       'X': 'other', 'F': 'person/family named like a place'}

def lines(p):
    for l in open(p, encoding='utf-8'):
        l = l.rstrip('\n')
        if l and not l.startswith('#'):
            yield l.split('|')

PLACES = {}          # key -> (lat, lon, cc, kind)
SURF = {}            # surface -> target (first wins)
for key, lat, lon, cc, kind, forms in lines('lex_places.txt'):
    assert key not in PLACES, key
    PLACES[key] = (float(lat), float(lon), None if cc == 'null' else cc, kind)
    for f in forms.split(';'):
        SURF.setdefault(f, ('P', key))
for code, forms in lines('lex_nonplaces.txt'):
    for f in forms.split(';'):
        if f in SURF: print('DUP', f, SURF[f], code, file=sys.stderr)
        SURF[f] = ('N', WHY[code])          # non-place beats place by default
PERSONS, FLAG = {}, {}
for key, flag, forms in lines('lex_persons.txt'):
    PERSONS[key] = []; FLAG[key] = flag == '1'
    for f in forms.split(';'):
        if f in SURF and SURF[f][0] != 'H': print('DUP', f, SURF[f], key, file=sys.stderr)
        SURF[f] = ('H', key)

def load_docs():
    docs = dict(json.load(open('places_texts.json', encoding='utf-8')))
    for p in sorted(glob.glob('panel-*.txt')):
        docs[os.path.basename(p)[:-4]] = open(p, encoding='utf-8').read()
    return docs

def regex(surfs):
    alts = sorted(surfs, key=len, reverse=True)
    return re.compile(r'(?<![\w])(?:' + '|'.join(re.escape(a) for a in alts) + r')(?![\w])')

GLOBAL_RE = regex(SURF)

def tag(doc, sent):
    ov = [o for o in OVERRIDES if o[0] == doc and (o[1] is None or o[1] in sent)]
    local = {o[2]: o[3] for o in ov}
    rx = regex(set(SURF) | set(local)) if local else GLOBAL_RE
    out = []
    for m in rx.finditer(sent):
        s = m.group(0)
        t = local.get(s, SURF.get(s))
        if t is None or t == 'skip':
            continue
        out.append((m.start(), s, t))
    return out

def run(write):
    docs = load_docs()
    pall, npl, pers, unc = [], [], collections.OrderedDict(), collections.Counter()
    for doc, text in docs.items():
        for sent in split.sentences(text):
            hits = tag(doc, sent)
            covered = set()
            for pos, s, t in hits:
                covered.update(range(pos, pos + len(s)))
                if t[0] == 'P':
                    lat, lon, cc, kind = PLACES[t[1]]
                    pall.append({'doc': doc, 'name': s, 'sentence': sent, 'lat': lat, 'lon': lon, 'country': cc,
                                 'kind': kind, 'place': t[1]})
                elif t[0] == 'N':
                    npl.append({'doc': doc, 'text': s, 'sentence': sent, 'why': t[1]})
                else:
                    pers.setdefault(t[1], []).append({'doc': doc, 'text': s, 'sentence': sent})
                    if FLAG[t[1]]:
                        npl.append({'doc': doc, 'text': s, 'sentence': sent, 'why': WHY['F']})
            for m in re.finditer(r"[A-Z][\w’'.-]*", sent):
                if m.start() not in covered:
                    unc[(doc[:25], m.group(0))] += 1
    first, seen = [], set()
    for r in pall:
        if (r['doc'], r['name']) not in seen:
            seen.add((r['doc'], r['name'])); first.append(r)
    if write:
        def dump(p, rows):
            with open(p, 'w', encoding='utf-8') as f:
                for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
        dump('places_v56.jsonl', first); dump('places_v56_all.jsonl', pall); dump('nonplaces_v56.jsonl', npl)
        dump('persons_v56.jsonl', [{'person': k, 'mentions': v} for k, v in pers.items()])
        json.dump(docs, open('docs.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(pall), len(first), len(npl), len(pers))
    if '-u' in sys.argv:
        for (d, w), n in sorted(unc.items()):
            print(d, w, n)

if __name__ == '__main__':
    run('-w' in sys.argv)
