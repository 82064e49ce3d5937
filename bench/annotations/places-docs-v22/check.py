"""Validate the places_v22 files. python3 check.py  -> prints errors and counts."""
import json, re, os, collections
H = os.path.dirname(os.path.abspath(__file__))
def load(n): return [json.loads(l) for l in open(os.path.join(H, n))]
docs = json.load(open(os.path.join(H, 'docs.json')))
texts = json.load(open(os.path.join(H, 'places_texts.json')))
allp, first, nonp, pers = load('places_v22_all.jsonl'), load('places_v22.jsonl'), load('nonplaces_v22.jsonl'), load('persons_v22.jsonl')
err = []
def E(*a): err.append(' '.join(map(str, a)))
# documents
if len(docs) != 23: E('docs', len(docs))
for k, v in texts.items():
    if docs.get(k) != v: E('essay text differs', k)
panels = [k for k in docs if k.startswith('panel-')]
if len(panels) != 3: E('panels', panels)
for p in panels:
    raw = open(os.path.join(H, p + '.txt')).read().rstrip('\n')
    if raw != docs[p]: E('panel differs from docs.json', p)
    lines = raw.split('\n')
    if not lines[0].strip() or lines[1] != '' or not lines[2].strip(): E('panel layout', p)
    n = len(raw.split())
    if not 600 <= n <= 700: E('panel words', p, n)
def whole(word, s):
    for m in re.finditer(re.escape(word), s):
        a, b = m.start(), m.end()
        if (a == 0 or not s[a-1].isalnum()) and (b == len(s) or not s[b].isalnum()): return True
    return False
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
coding = {}
for r in allp + first:
    if set(r) != {'doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place'}: E('fields', r)
    if r['doc'] not in docs: E('doc', r['doc']); continue
    if r['sentence'] not in docs[r['doc']]: E('sentence not in doc', r)
    if not whole(r['name'], r['sentence']): E('name not a word of sentence', r)
    if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): E('coords', r)
    if r['kind'] not in KINDS: E('kind', r)
    if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): E('country', r)
    c = (r['lat'], r['lon'], r['country'], r['kind'])
    if coding.setdefault(r['place'], c) != c: E('two codings for', r['place'])
# first = first mention per (doc, name) of _all, in order
exp, seen = [], set()
for r in allp:
    if (r['doc'], r['name']) not in seen: seen.add((r['doc'], r['name'])); exp.append(r)
if exp != first: E('places_v22.jsonl is not the first mentions of _all')
WHY = {'demonym/adjective', 'person/family named like a place', 'war/event', 'treaty/agreement/law', 'organisation', 'other',
       'hyphenated adjective', 'ship', 'product'}
for r in nonp:
    if set(r) != {'doc', 'text', 'sentence', 'why'}: E('fields', r)
    if r['sentence'] not in docs.get(r['doc'], ''): E('nonplace sentence', r)
    if not whole(r['text'], r['sentence']): E('nonplace text not a word', r)
    if r['why'] not in WHY: E('why', r)
pm = []
for p in pers:
    if set(p) != {'person', 'mentions'} or not p['mentions']: E('person fields', p)
    for m in p['mentions']:
        if m['sentence'] not in docs.get(m['doc'], ''): E('person sentence', m)
        if not whole(m['text'], m['sentence']): E('person text not a word', m)
        pm.append((m['doc'], m['sentence'], m['text'], p['person']))
for rows, n in ((allp, 'places_all'), (first, 'places'), (nonp, 'nonplaces')):
    ks = [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows]
    if len(ks) != len(set(ks)): E('duplicate rows in', n)
# conflicts within one sentence
keys = collections.defaultdict(set)
for r in allp: keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: E('name with two keys in one sentence', k, v)
ptexts = {(r['doc'], r['sentence'], r['name']) for r in allp}
for r in nonp:
    if (r['doc'], r['sentence'], r['text']) in ptexts: E('text both place and non-place', r)
for d, s, t, _ in pm:
    if (d, s, t) in ptexts: E('text both place and person', d, t)
per_doc = collections.Counter(r['doc'] for r in allp) + collections.Counter(r['doc'] for r in nonp) + collections.Counter(d for d, *_ in pm)
for d in docs:
    if not per_doc[d]: E('no annotation in', d)
print('errors', len(err))
for e in err[:50]: print('  ', e)
def part(rows, key, panel):
    return [r for r in rows if (key(r).startswith('panel-')) == panel]
print('| | place mentions | distinct places | first mentions | non-places | people / mentions |')
print('| --- | --- | --- | --- | --- | --- |')
for lab, pan in (('20 essays', False), ('3 panels', True), ('all', None)):
    sel = (lambda rows, key: rows) if pan is None else (lambda rows, key: part(rows, key, pan))
    a = sel(allp, lambda r: r['doc']); f = sel(first, lambda r: r['doc']); n = sel(nonp, lambda r: r['doc'])
    m = [x for x in pm if pan is None or x[0].startswith('panel-') == pan]
    print(f"| {lab} | {len(a)} | {len({r['place'] for r in a})} | {len(f)} | {len(n)} | {len({x[3] for x in m})} / {len(m)} |")
print('kinds (all):', dict(collections.Counter(r['kind'] for r in allp).most_common()))
print('kinds (first):', dict(collections.Counter(r['kind'] for r in first).most_common()))
print('why:', dict(collections.Counter(r['why'] for r in nonp).most_common()))
print('panel words:', {p: len(docs[p].split()) for p in panels})
print('rows per file: places_v22.jsonl', len(first), '| places_v22_all.jsonl', len(allp), '| nonplaces_v22.jsonl', len(nonp),
      '| persons_v22.jsonl', len(pers), 'people /', len(pm), 'mentions')
