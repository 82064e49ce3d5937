import json, re, sys, glob, os
import split, lex
from overrides import DOC_SURF, SENT_OV

docs = json.load(open('places_texts.json'))
for p in sorted(glob.glob('panel-*.txt')):
    docs[os.path.basename(p)[:-4]] = open(p).read()

PERSON_OF = {}
for label, (surfs, flag) in lex.PERSONS.items():
    for s in surfs: PERSON_OF[s] = label

def global_entry(surf):
    if surf in lex.COMP: return ('C', lex.COMP[surf])
    if surf in lex.PSURF: return ('P', lex.PSURF[surf])
    if surf in lex.NONPLACES: return ('N', lex.NONPLACES[surf])
    if surf in PERSON_OF: return ('H', PERSON_OF[surf])
    return None

ALL = set(lex.COMP) | set(lex.PSURF) | set(lex.NONPLACES) | set(PERSON_OF)
for d in DOC_SURF.values(): ALL |= set(d)
for (_, _, s, _) in SENT_OV: ALL |= {s}
ALL.discard('')
PAT = re.compile(r'(?<![\w])(' + '|'.join(re.escape(s) for s in sorted(ALL, key=len, reverse=True)) + r')(?![\w])')

def tag(doc, sent):
    out = []
    for m in PAT.finditer(sent):
        surf = m.group(1)
        e = 'none'
        for (dd, sub, s, ent) in SENT_OV:
            if dd == doc and s == surf and sub in sent: e = ent; break
        if e == 'none':
            if doc in DOC_SURF and surf in DOC_SURF[doc]: e = DOC_SURF[doc][surf]
            else: e = global_entry(surf)
        if e is None: continue
        out.append((surf, e, m.start()))
    return out

places_all, nonplaces, persons = [], [], {}
unc = []
for doc, text in docs.items():
    for sent in split.sentences(text):
        tags = tag(doc, sent)
        for surf, e, pos in tags:
            kind = e[0]
            if kind == 'P' or kind == 'C':
                lst = [(surf, e[1])] if kind == 'P' else e[1]
                for name, key in lst:
                    lat, lon, cc, k = lex.PLACES[key]
                    places_all.append({'doc': doc, 'name': name, 'sentence': sent, 'lat': lat, 'lon': lon, 'country': cc, 'kind': k, 'place': key})
            elif kind == 'N':
                nonplaces.append({'doc': doc, 'text': surf, 'sentence': sent, 'why': e[1]})
            elif kind == 'H':
                label = e[1]
                persons.setdefault(label, []).append({'doc': doc, 'text': surf, 'sentence': sent})
                if lex.PERSONS[label][1]:
                    nonplaces.append({'doc': doc, 'text': surf, 'sentence': sent, 'why': lex.PER})
        # uncovered capitalised words
        covered = [(p, p + len(s)) for s, e, p in tags]
        for m in re.finditer(r'[A-Z][\w’\'-]+', sent):
            if not any(a <= m.start() < b for a, b in covered):
                unc.append((doc, m.group(0), sent))

if '-u' in sys.argv:
    import collections
    stop = set(open('stop.txt').read().split()) if os.path.exists('stop.txt') else set()
    seen = collections.OrderedDict()
    for doc, w, s in unc:
        if w in stop: continue
        seen.setdefault((doc, w), s)
    for (doc, w), s in seen.items(): print(doc, '|', w, '|', s[:140])
if '-w' in sys.argv:
    first, seenk = [], set()
    for r in places_all:
        k = (r['doc'], r['name'])
        if k not in seenk: seenk.add(k); first.append(r)
    def dump(fn, rows):
        with open(fn, 'w') as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    dump('places_v53_all.jsonl', places_all); dump('places_v53.jsonl', first); dump('nonplaces_v53.jsonl', nonplaces)
    order = [l for l in lex.PERSONS if l in persons]
    dump('persons_v52.jsonl', [{'person': l, 'mentions': persons[l]} for l in order])
    json.dump(docs, open('docs.json', 'w'), ensure_ascii=False, indent=1)
    print('places', len(places_all), 'first', len(first), 'nonplaces', len(nonplaces), 'people', len(persons), 'mentions', sum(len(v) for v in persons.values()))
