"""Validation of places_v39 files. Run: python3 check.py  (prints errors and counts)"""
import json, re, collections, glob, os
from split import sentences
E = []
def err(*a): E.append(' '.join(map(str, a)))
docs = json.load(open('docs.json'))
essays = json.load(open('places_texts.json'))
if len(docs) != 23: err('documents', len(docs))
for k, v in essays.items():
    if docs.get(k) != v: err('essay differs', k)
panels = sorted(glob.glob('panel-*.txt'))
if len(panels) != 3: err('panels', len(panels))
for p in panels:
    k = os.path.basename(p)[:-4]; t = open(p).read().rstrip('\n')
    if docs.get(k) != t: err('panel differs from docs.json', k)
    lines = t.split('\n')
    if not (lines[0].strip() and lines[1] == '' and all(l.strip() for l in lines[2:] if l != '') ): err('panel layout', k)
    wc = len(t.split())
    if not 600 <= wc <= 700: err('panel words', k, wc)
SENTS = {k: sentences(v) for k, v in docs.items()}
load = lambda fn: [json.loads(l) for l in open(fn, encoding='utf-8')]
allp, first, nonp, pers = load('places_v39_all.jsonl'), load('places_v39.jsonl'), load('nonplaces_v39.jsonl'), load('persons_v39.jsonl')
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHY = {'person/family named like a place', 'war/event', 'organisation', 'treaty/agreement/law', 'other', 'demonym/adjective', 'hyphenated adjective', 'ship'}
def whole(word, s):
    return re.search(r'(?<!\w)' + re.escape(word) + r'(?!\w)', s) is not None
def count(word, s):
    return len(re.findall(r'(?<!\w)' + re.escape(word) + r'(?!\w)', s))
coding = {}
for fn, rows, fields in [('all', allp, ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']),
                         ('first', first, ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']),
                         ('nonplaces', nonp, ['doc', 'text', 'sentence', 'why'])]:
    for r in rows:
        if list(r) != fields: err(fn, 'fields', r)
        if r['doc'] not in docs: err(fn, 'doc', r['doc']); continue
        if r['sentence'] not in docs[r['doc']]: err(fn, 'sentence not substring', r)
        if r['sentence'] not in SENTS[r['doc']]: err(fn, 'not a splitter sentence', r)
        w = r.get('name', r.get('text'))
        if not whole(w, r['sentence']): err(fn, 'not whole word', w, r['sentence'])
        if fn != 'nonplaces':
            if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): err('coord', r)
            if r['kind'] not in KINDS: err('kind', r)
            if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): err('country', r)
            c = (r['lat'], r['lon'], r['country'], r['kind'])
            if coding.setdefault(r['place'], c) != c: err('two codings', r['place'])
        elif r['why'] not in WHY: err('why', r)
# first = first mention per doc and name of all
seen = set(); exp = []
for r in allp:
    if (r['doc'], r['name']) not in seen: seen.add((r['doc'], r['name'])); exp.append(r)
if exp != first: err('first mentions differ from all')
# occurrences and two keys
occ = collections.Counter(); keys = collections.defaultdict(set)
for r in allp:
    occ[(r['doc'], r['sentence'], r['name'], 'P')] += 1; keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for r in nonp:
    occ[(r['doc'], r['sentence'], r['text'], 'N')] += 1
for (d, s, w, t), n in occ.items():
    # occurrences of w not inside a longer tagged string are hard to compute here; bound by raw count
    if n > count(w, s): err('more rows than occurrences', d, w, s)
for k, v in keys.items():
    if len(v) > 1: err('two keys in one sentence', k, v)
pl = {(r['doc'], r['sentence'], r['name']) for r in allp}
for r in nonp:
    if (r['doc'], r['sentence'], r['text']) in pl: err('both place and non-place', r)
pm = set()
for p in pers:
    if list(p) != ['person', 'mentions']: err('person fields', p)
    for m in p['mentions']:
        if m['doc'] not in docs or m['sentence'] not in SENTS[m['doc']] or not whole(m['text'], m['sentence']): err('person mention', p['person'], m)
        if (m['doc'], m['sentence'], m['text']) in pl: err('person text also a place', m)
        pm.add((m['doc'], m['sentence'], m['text']))
for r in nonp:
    if r['why'] == 'person/family named like a place' and (r['doc'], r['sentence'], r['text']) not in pm: err('flag without person mention', r)
print('errors:', len(E))
for e in E[:50]: print('  ', e)
ess = set(essays)
cnt = lambda rows, pan: sum(1 for r in rows if (r['doc'] in ess) != pan)
print(f"place mentions {len(allp)} (essays {cnt(allp, False)}, panels {cnt(allp, True)})")
print(f"first mentions {len(first)} (essays {cnt(first, False)}, panels {cnt(first, True)})")
print(f"distinct places {len({r['place'] for r in allp})} (essays {len({r['place'] for r in allp if r['doc'] in ess})}, panels {len({r['place'] for r in allp if r['doc'] not in ess})})")
print(f"non-places {len(nonp)} (essays {cnt(nonp, False)}, panels {cnt(nonp, True)})")
print(f"people {len(pers)}, person mentions {sum(len(p['mentions']) for p in pers)}")
for p in panels:
    k = os.path.basename(p)[:-4]
    pp = [r for r in allp if r['doc'] == k]
    print(f"  {k} ({len(docs[k].split())} words): mentions {len(pp)}, distinct {len({r['place'] for r in pp})}, first {sum(1 for r in first if r['doc'] == k)}, non-places {sum(1 for r in nonp if r['doc'] == k)}, people {sum(1 for x in pers if any(m['doc'] == k for m in x['mentions']))}, person mentions {sum(1 for x in pers for m in x['mentions'] if m['doc'] == k)}")
print('kinds', dict(collections.Counter(v[3] for v in coding.values())))
print('why', dict(collections.Counter(r['why'] for r in nonp)))
print('documents without a place:', [k for k in docs if not any(r['doc'] == k for r in allp)])
