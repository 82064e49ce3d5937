"""Longest-match whole-word tagger over docs.json using lex.py.  -u: uncovered capitalised words; -c DOC: tags per
sentence; -w: write the four jsonl files."""
import json, sys, re
from collections import OrderedDict
from split import sentences
import lex
DOCS = json.load(open('docs.json'))
def ok_boundary(s, i, j):
    return (i == 0 or not s[i - 1].isalnum()) and (j == len(s) or not s[j].isalnum())
def resolve(doc, sent, surf):
    for (d, sub, sf), v in lex.SENT.items():
        if d == doc and sf == surf and sub in sent:
            return v
    dv = lex.DOC.get(doc, {})
    if surf in dv:
        return dv[surf]
    return lex.SURF.get(surf)
def tag(doc, sent):
    surfs = set(lex.SURF) | set(lex.DOC.get(doc, {})) | {sf for (d, sub, sf) in lex.SENT if d == doc and sub in sent}
    cands = []
    for sf in surfs:
        start = 0
        while True:
            i = sent.find(sf, start)
            if i < 0:
                break
            j = i + len(sf)
            if ok_boundary(sent, i, j):
                cands.append((i, j, sf))
            start = i + 1
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken, acc = [], []
    for i, j, sf in cands:
        if any(not (j <= a or i >= b) for a, b in taken):
            continue
        taken.append((i, j)); acc.append((i, j, sf))
    acc.sort()
    out = []
    for i, j, sf in acc:
        v = resolve(doc, sent, sf)
        if v is None or v[0] == 'I':
            continue
        out.append((i, sf, v))
    return out
def run():
    places, nonplaces, persons = [], [], OrderedDict()
    for doc, text in DOCS.items():
        for sent in sentences(text):
            for i, sf, v in tag(doc, sent):
                if v[0] == 'P':
                    lat, lon, cc, kind = lex.PLACES[v[1]]
                    places.append(OrderedDict([('doc', doc), ('name', sf), ('sentence', sent), ('lat', lat), ('lon', lon),
                                               ('country', cc), ('kind', kind), ('place', v[1])]))
                elif v[0] == 'N':
                    nonplaces.append(OrderedDict([('doc', doc), ('text', sf), ('sentence', sent), ('why', v[1])]))
                elif v[0] == 'R':
                    persons.setdefault(v[1], []).append(OrderedDict([('doc', doc), ('text', sf), ('sentence', sent)]))
                    flags = lex.PEOPLE[v[1]][1]
                    if any(re.search(r'(?<!\w)' + re.escape(f) + r'(?!\w)', sf) for f in flags):
                        nonplaces.append(OrderedDict([('doc', doc), ('text', sf), ('sentence', sent),
                                                      ('why', 'person/family named like a place')]))
    first, seen = [], set()
    for r in places:
        k = (r['doc'], r['name'])
        if k not in seen:
            seen.add(k); first.append(r)
    return places, first, nonplaces, persons
def uncovered():
    stop = set('The A An In On At Of For And But As By To From With This That These Those It Its He His She Her They Their We Our Under During After Before When While Although Though However Over Through Since Between Both Each Neither Nor Not Many Most Some Other Another One Two Three Four Five Six Eight Ten First Second Third Initially Furthermore Moreover Nevertheless Ultimately Thus Despite Instead Today Old Not Fifteen Several Thanks Decades Across Below Downstream Readers Rain Conditions Steamers Foreign Fighting Emigrants Anti Six Nothing Notably Known Likewise Recognizing Relations Debate Under Presidents President Secretary General Lieutenant Colonel Chairman Congress Senate Ambassador Minister Prime Premier Emperor Lord Sir Commodore Captain Dr Chief'.split())
    for doc, text in DOCS.items():
        for sent in sentences(text):
            cov = [(i, i + len(sf)) for i, sf, v in tag(doc, sent)]
            # also spans consumed by ignored matches are not reported; approximate by tag() output only
            for m in re.finditer(r'[A-ZÀ-Þ][\w’\'\-.]*', sent):
                if any(a <= m.start() < b for a, b in cov):
                    continue
                w = m.group().rstrip('.’\'')
                if w in stop or len(w) < 2:
                    continue
                print(doc, '|', w, '|', sent[max(0, m.start() - 40): m.end() + 30].replace('\n', ' '))
if __name__ == '__main__':
    if '-u' in sys.argv:
        uncovered()
    elif '-c' in sys.argv:
        d = sys.argv[sys.argv.index('-c') + 1]
        for sent in sentences(DOCS[d]):
            print('>>', sent)
            for i, sf, v in tag(d, sent):
                print('     ', sf, '->', v)
    elif '-w' in sys.argv:
        places, first, nonplaces, persons = run()
        def dump(fn, rows):
            with open(fn, 'w') as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + '\n')
        dump('places_v35_all.jsonl', places)
        dump('places_v35.jsonl', first)
        dump('nonplaces_v35.jsonl', nonplaces)
        dump('persons_v35.jsonl', [OrderedDict([('person', p), ('mentions', m)]) for p, m in persons.items()])
        print('all', len(places), 'first', len(first), 'nonplaces', len(nonplaces), 'people', len(persons),
              'person mentions', sum(len(m) for m in persons.values()))
