#!/usr/bin/env python3
"""Validate places_v21 files. python3 check.py -> prints counts and errors (0 expected)."""
import json, re, os, glob, collections
H = os.path.dirname(os.path.abspath(__file__))
J = lambda p: [json.loads(l) for l in open(os.path.join(H, p))]
err = []
def E(*a): err.append(' '.join(map(str, a)))
docs = json.load(open(os.path.join(H, 'docs.json')))
texts = json.load(open(os.path.join(H, 'places_texts.json')))
panels = sorted(glob.glob(os.path.join(H, 'panel-*.txt')))
if len(docs) != 23: E('docs', len(docs))
for k, v in texts.items():
    if docs.get(k) != v: E('essay text differs', k)
if len(panels) != 3: E('panels', len(panels))
for f in panels:
    pid = os.path.basename(f)[:-4]; t = open(f).read().rstrip('\n')
    if docs.get(pid) != t: E('panel differs from docs.json', pid)
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '': E('title line + blank line', pid)
    n = len(t.split())
    if not 600 <= n <= 700: E('panel words', pid, n)
    print(f'{pid}: {n} words')
allp, first, nonp, pers = J('places_v21_all.jsonl'), J('places_v21.jsonl'), J('nonplaces_v21.jsonl'), J('persons_v21.jsonl')
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHY = {'demonym/adjective', 'person/family named like a place', 'organisation', 'treaty/agreement/law', 'war/event', 'other',
       'ship', 'hyphenated adjective', 'product'}
def word_in(t, s): return re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', s) is not None
def sent_ok(r, field):
    if r['doc'] not in docs: E('unknown doc', r); return
    if r['sentence'] not in docs[r['doc']]: E('sentence not in doc', r['doc'], r['sentence'][:60])
    if not word_in(r[field], r['sentence']): E(field, 'not a whole word of sentence', r[field], r['sentence'][:60])
coding = {}
for name, rows in (('all', allp), ('first', first)):
    seen = set()
    for r in rows:
        if set(r) != {'doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place'}: E('fields', r)
        sent_ok(r, 'name')
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): E('coords', r['place'])
        if r['kind'] not in KINDS: E('kind', r['kind'])
        if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): E('cc', r['country'])
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c: E('two codings', r['place'])
        k = json.dumps(r, sort_keys=True)
        if k in seen: E('duplicate', name, r['name'])
        seen.add(k)
fs, exp = set(), []
for r in allp:
    if (r['doc'], r['name']) not in fs: fs.add((r['doc'], r['name'])); exp.append(r)
if exp != first: E('places_v21.jsonl is not the first mention per doc+name of _all')
seen = set()
for r in nonp:
    if set(r) != {'doc', 'text', 'sentence', 'why'}: E('fields', r)
    sent_ok(r, 'text')
    if r['why'] not in WHY: E('why', r['why'])
    k = json.dumps(r, sort_keys=True)
    if k in seen: E('duplicate nonplace', r['text'])
    seen.add(k)
pm = 0
for p in pers:
    if set(p) != {'person', 'mentions'} or not p['mentions']: E('person fields', p.get('person'))
    for m in p['mentions']:
        pm += 1; sent_ok(m, 'text')
# one key per name in a sentence; no text both place and non-place/person in a sentence
by = collections.defaultdict(set)
for r in allp: by[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in by.items():
    if len(v) > 1: E('name with two keys in one sentence', k[2], v)
pl = {(r['doc'], r['sentence'], r['name']) for r in allp}
for r in nonp:
    if (r['doc'], r['sentence'], r['text']) in pl: E('place and non-place', r['text'], r['sentence'][:60])
for p in pers:
    for m in p['mentions']:
        if (m['doc'], m['sentence'], m['text']) in pl: E('place and person', m['text'])
# every doc of docs.json used somewhere
used = {r['doc'] for r in allp} | {r['doc'] for r in nonp} | {m['doc'] for p in pers for m in p['mentions']}
for d in docs:
    if d not in used: E('doc without any annotation', d)
def split(rows): return ({'essays': [r for r in rows if not r['doc'].startswith('panel-')],
                          'panels': [r for r in rows if r['doc'].startswith('panel-')], 'all': rows})
pmen = [dict(m, person=p['person']) for p in pers for m in p['mentions']]
print('| | place mentions | distinct places | first mentions | non-places | people / mentions |')
print('| --- | --- | --- | --- | --- | --- |')
for s in ('essays', 'panels', 'all'):
    a, f, n, m = split(allp)[s], split(first)[s], split(nonp)[s], split(pmen)[s]
    print(f"| {s} | {len(a)} | {len({r['place'] for r in a})} | {len(f)} | {len(n)} | {len({x['person'] for x in m})} / {len(m)} |")
print('kinds (all):', dict(collections.Counter(r['kind'] for r in allp)))
print('kinds (first):', dict(collections.Counter(r['kind'] for r in first)))
print('why:', dict(collections.Counter(r['why'] for r in nonp).most_common()))
print('per doc (first mentions):', dict(collections.Counter(r['doc'] for r in first)))
print('errors', len(err))
for e in err[:50]: print('  ', e)
