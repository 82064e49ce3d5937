"""Validation for places_v23 (run: python3 check.py)."""
import json, re, glob, os, collections
errs = []
def E(*a): errs.append(' '.join(map(str, a)))
docs = json.load(open('docs.json'))
given = json.load(open('places_texts.json'))
if len(docs) != 23: E('docs', len(docs))
for k, v in given.items():
    if docs.get(k) != v: E('essay changed', k)
panels = sorted(glob.glob('panel-*.txt'))
if len(panels) != 3: E('panels', len(panels))
for p in panels:
    t = open(p).read().rstrip('\n'); k = os.path.basename(p)[:-4]
    if docs.get(k) != t: E('panel differs from docs.json', k)
    n = len(t.split())
    if not 600 <= n <= 700: E('panel words', k, n)
    lines = t.split('\n')
    if len(lines) < 3 or lines[1] != '' or not lines[0].strip(): E('title+blank line', k)
    print('panel', k, n, 'words')
def rows(fn): return [json.loads(l) for l in open(fn)]
allp, first, non, pers = rows('places_v23_all.jsonl'), rows('places_v23.jsonl'), rows('nonplaces_v23.jsonl'), rows('persons_v23.jsonl')
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
def whole(word, s): return re.search(r'(?<![\w-])' + re.escape(word) + r'(?![\w-])', s) is not None
coding = {}
for fn, rs in (('all', allp), ('first', first)):
    for r in rs:
        if set(r) != {'doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place'}: E(fn, 'fields', r)
        if r['doc'] not in docs or r['sentence'] not in docs[r['doc']]: E(fn, 'sentence not in doc', r['doc'], r['sentence'][:60])
        if not whole(r['name'], r['sentence']): E(fn, 'name not in sentence', r['name'])
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): E(fn, 'coords', r)
        if r['kind'] not in KINDS: E(fn, 'kind', r)
        if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): E(fn, 'country', r)
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c: E('two codings', r['place'])
exp, seen = [], set()
for r in allp:
    if (r['doc'], r['name']) not in seen: seen.add((r['doc'], r['name'])); exp.append(r)
if exp != first: E('first != first mentions of all')
for fn, rs in (('all', allp), ('non', non)):
    ks = [json.dumps(r, sort_keys=True) for r in rs]
    if len(ks) != len(set(ks)): E(fn, 'duplicate rows')
keys = collections.defaultdict(set)
for r in allp: keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: E('name with two keys in one sentence', k[2], v)
placetext = {(r['doc'], r['sentence'], r['name']) for r in allp}
WHY = {'demonym/adjective', 'war/event', 'organisation', 'treaty/agreement/law', 'other', 'hyphenated adjective', 'ship',
       'person/family named like a place'}
for r in non:
    if set(r) != {'doc', 'text', 'sentence', 'why'}: E('non fields', r)
    if r['sentence'] not in docs.get(r['doc'], ''): E('non sentence', r['text'])
    if not whole(r['text'], r['sentence']): E('non text not in sentence', r['text'])
    if r['why'] not in WHY: E('why', r['why'])
    if (r['doc'], r['sentence'], r['text']) in placetext: E('both place and non-place', r['text'])
npm = 0
for p in pers:
    if set(p) != {'person', 'mentions'} or not p['mentions']: E('person fields', p)
    for m in p['mentions']:
        npm += 1
        if m['sentence'] not in docs.get(m['doc'], '') or not whole(m['text'], m['sentence']): E('person mention', m)
        if (m['doc'], m['sentence'], m['text']) in placetext: E('both place and person', m['text'])
if len({p['person'] for p in pers}) != len(pers): E('duplicate person')
used = {r['doc'] for r in allp} | {r['doc'] for r in non} | {m['doc'] for p in pers for m in p['mentions']}
for d in docs:
    if d not in used: E('no annotation', d)
# counts
def split(rs, f=lambda r: r['doc']): 
    a = [r for r in rs if not f(r).startswith('panel-')]; return len(a), len(rs) - len(a)
print('rows: places_v23.jsonl', len(first), '| places_v23_all.jsonl', len(allp), '| nonplaces_v23.jsonl', len(non),
      '| persons_v23.jsonl', len(pers), 'people /', npm, 'mentions')
print('essays/panels: all', split(allp), 'first', split(first), 'non', split(non))
print('distinct places', len(coding), '| essays', len({r['place'] for r in allp if not r['doc'].startswith('panel-')}),
      '| panels', len({r['place'] for r in allp if r['doc'].startswith('panel-')}))
pe = {p['person'] for p in pers if any(not m['doc'].startswith('panel-') for m in p['mentions'])}
pp = {p['person'] for p in pers if any(m['doc'].startswith('panel-') for m in p['mentions'])}
print('people in essays', len(pe), '| in panels', len(pp), '| both', len(pe & pp))
print('kinds (all):', dict(collections.Counter(r['kind'] for r in allp)))
print('kinds (first):', dict(collections.Counter(r['kind'] for r in first)))
print('why:', dict(collections.Counter(r['why'] for r in non).most_common()))
print('errors', len(errs))
for e in errs: print('ERR', e)
