"""Validate the places_v25 files. python3 check.py  (prints counts; 'errors 0' when everything holds)"""
import json, re, glob, os
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
def J(fn): return [json.loads(l) for l in open(os.path.join(HERE, fn), encoding='utf-8')]
err = []
def E(*a): err.append(' '.join(str(x) for x in a))

docs = json.load(open(os.path.join(HERE, 'docs.json'), encoding='utf-8'))
texts = json.load(open(os.path.join(HERE, 'places_texts.json'), encoding='utf-8'))
panels = sorted(glob.glob(os.path.join(HERE, 'panel-*.txt')))
if len(docs) != 23: E('docs.json has', len(docs), 'documents')
if len(texts) != 20 or len(panels) != 3: E('expected 20 essays and 3 panels')
for k, v in texts.items():
    if docs.get(k) != v: E('essay differs from places_texts.json:', k)
for f in panels:
    k = os.path.basename(f)[:-4]; t = open(f, encoding='utf-8').read()
    if docs.get(k) != t: E('panel differs from docs.json:', k)
    n = len(t.split())
    if not 600 <= n <= 700: E('panel word count', k, n)
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '' or not lines[2].strip(): E('panel layout (title, blank line, paragraphs):', k)

allp, first, nonp, pers = J('places_v25_all.jsonl'), J('places_v25.jsonl'), J('nonplaces_v25.jsonl'), J('persons_v25.jsonl')
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHY = {'demonym/adjective', 'person/family named like a place', 'organisation', 'war/event', 'other',
       'treaty/agreement/law', 'hyphenated adjective', 'ship'}
def whole(word, s): return re.search(r'(?<![\w])' + re.escape(word) + r'(?![\w])', s) is not None
def sent_ok(r, field):
    d = docs.get(r['doc'])
    if d is None: E('unknown doc', r['doc']); return
    if r['sentence'] not in d: E('sentence not in doc', r['doc'], r['sentence'][:60])
    if not whole(r[field], r['sentence']): E(field, 'not a whole word of sentence', r['doc'], r[field])

coding = {}
for fn, rows in (('all', allp), ('first', first)):
    seen = set()
    for r in rows:
        if list(r) != ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']: E(fn, 'field order', r)
        sent_ok(r, 'name')
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): E('coords', r['place'])
        if r['kind'] not in KINDS: E('kind', r['kind'])
        if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): E('country', r['country'])
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c: E('two codings for', r['place'])
        k = (r['doc'], r['name'], r['sentence'])
        if k in seen: E(fn, 'duplicate', k)
        seen.add(k)
exp, seen = [], set()
for r in allp:
    if (r['doc'], r['name']) not in seen:
        seen.add((r['doc'], r['name'])); exp.append(r)
if exp != first: E('places_v25.jsonl is not the first mention per doc and name of places_v25_all.jsonl')
keys = defaultdict(set)
for r in allp: keys[(r['doc'], r['name'], r['sentence'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: E('name with two keys in one sentence', k[:2], v)
ptexts = {(r['doc'], r['name'], r['sentence']) for r in allp}
seen = set()
for r in nonp:
    if list(r) != ['doc', 'text', 'sentence', 'why']: E('nonplace field order', r)
    sent_ok(r, 'text')
    if r['why'] not in WHY: E('why', r['why'])
    k = (r['doc'], r['text'], r['sentence'])
    if k in seen: E('duplicate nonplace', k)
    seen.add(k)
    if k in ptexts: E('text both place and non-place', k)
pm = set()
for p in pers:
    if list(p) != ['person', 'mentions']: E('person field order', p['person'])
    if not p['mentions']: E('person without mentions', p['person'])
    for m in p['mentions']:
        if list(m) != ['doc', 'text', 'sentence']: E('mention field order', m)
        sent_ok(m, 'text')
        k = (m['doc'], m['text'], m['sentence'])
        if k in ptexts: E('text both place and person', k)
        pm.add(k)
if len({p['person'] for p in pers}) != len(pers): E('duplicate person')
for r in nonp:
    if r['why'] == 'person/family named like a place' and r['text'] != 'Bulloch Brothers' and (r['doc'], r['text'], r['sentence']) not in pm:
        E('named-like row without person mention', r['text'])
ann = Counter(r['doc'] for r in allp) + Counter(r['doc'] for r in nonp) + Counter(m['doc'] for p in pers for m in p['mentions'])
for d in docs:
    if not ann[d]: E('document without annotation', d)

# counts
def block(ds):
    a = [r for r in allp if r['doc'] in ds]; f = [r for r in first if r['doc'] in ds]
    n = [r for r in nonp if r['doc'] in ds]
    pp = {p['person'] for p in pers for m in p['mentions'] if m['doc'] in ds}
    return len(a), len({r['place'] for r in a}), len(f), len(n), len(pp)
pan = {os.path.basename(f)[:-4] for f in panels}
print('| | place mentions | distinct places | first mentions | non-places | people |')
print('| --- | --- | --- | --- | --- | --- |')
for lab, ds in [('20 essays', set(texts)), ('3 panels', pan), ('all', set(docs))] + [(k, {k}) for k in sorted(pan)]:
    print('| %s | %d | %d | %d | %d | %d |' % ((lab,) + block(ds)))
print('people', len(pers), 'person mentions', sum(len(p['mentions']) for p in pers))
print('kinds (all):', dict(Counter(r['kind'] for r in allp).most_common()))
print('kinds (first):', dict(Counter(r['kind'] for r in first).most_common()))
print('why:', dict(Counter(r['why'] for r in nonp).most_common()))
print('panel words:', {os.path.basename(f)[:-4]: len(open(f, encoding='utf-8').read().split()) for f in panels})
for e in err: print('ERROR', e)
print('errors', len(err))
