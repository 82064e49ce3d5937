import json, re, collections
E = []
def err(*a): E.append(' '.join(map(str,a)))
docs = json.load(open('docs.json')); texts = json.load(open('places_texts.json'))
panels = [d for d in docs if d.startswith('panel-')]
if len(docs) != 23: err('docs', len(docs))
for k,v in texts.items():
    if docs.get(k) != v: err('essay changed', k)
for p in panels:
    t = open(p+'.txt').read()
    if docs[p] != t: err('panel differs', p)
    n = len(t.split())
    if not 600 <= n <= 700: err('words', p, n)
    ls = t.split('\n')
    if not (ls[0].strip() and ls[1] == '' and ls[2].strip()): err('title/blank', p)
rd = lambda f: [json.loads(l) for l in open(f)]
allp, first, nonp, pers = rd('places_v20_all.jsonl'), rd('places_v20.jsonl'), rd('nonplaces_v20.jsonl'), rd('persons_v20.jsonl')
KINDS = {"country","region","city","natural feature","other"}
WHY = {"demonym/adjective","organisation","person/family named like a place","war/event","treaty/agreement/law","other","hyphenated adjective","ship","product"}
def word(sub, s): return re.search(r'(?<!\w)'+re.escape(sub)+r'(?!\w)', s) is not None
code = {}
for r in allp:
    if set(r) != {"doc","name","sentence","lat","lon","country","kind","place"}: err('fields', r)
    if r['sentence'] not in docs[r['doc']]: err('sentence', r['doc'], r['sentence'][:60])
    if not word(r['name'], r['sentence']): err('name', r['name'])
    if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): err('coord', r)
    if r['kind'] not in KINDS: err('kind', r)
    if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): err('cc', r)
    c = (r['lat'], r['lon'], r['country'], r['kind'])
    if code.setdefault(r['place'], c) != c: err('two codings', r['place'])
for r in nonp:
    if set(r) != {"doc","text","sentence","why"}: err('fields', r)
    if r['sentence'] not in docs[r['doc']]: err('sentence', r['doc'], r['sentence'][:60])
    if not word(r['text'], r['sentence']): err('text', r['text'])
    if r['why'] not in WHY: err('why', r)
pm = []
for p in pers:
    if set(p) != {"person","mentions"} or not p['mentions']: err('person', p)
    for m in p['mentions']:
        pm.append((p['person'], m))
        if m['sentence'] not in docs[m['doc']]: err('sentence', m['doc'], m['sentence'][:60])
        if not word(m['text'], m['sentence']): err('ptext', m['text'])
seen, exp = set(), []
for r in allp:
    if (r['doc'], r['name']) not in seen: seen.add((r['doc'], r['name'])); exp.append(r)
if exp != first: err('first-mention file differs')
for f, rows in [('all', allp), ('first', first), ('non', nonp)]:
    ks = [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows]
    if len(ks) != len(set(ks)): err('duplicates', f)
keys = collections.defaultdict(set)
for r in allp: keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: err('two keys', k[2], v)
pl = {(r['doc'], r['sentence'], r['name']) for r in allp}
for r in nonp:
    if (r['doc'], r['sentence'], r['text']) in pl: err('place and non-place', r['text'], r['sentence'][:60])
for who, m in pm:
    if (m['doc'], m['sentence'], m['text']) in pl: err('place and person', m['text'])
for d in docs:
    if not any(r['doc'] == d for r in allp): print('note: no place in', d)
print('errors', len(E)); [print(' ', e) for e in E[:30]]
def tab(sel):
    a = [r for r in allp if sel(r['doc'])]; f = [r for r in first if sel(r['doc'])]
    n = [r for r in nonp if sel(r['doc'])]; m = [x for x in pm if sel(x[1]['doc'])]
    return len(a), len({r['place'] for r in a}), len(f), len(n), len({x[0] for x in m}), len(m)
print('| | place mentions | distinct places | first mentions | non-places | people / mentions |')
print('| --- | --- | --- | --- | --- | --- |')
for lab, sel in [('20 essays', lambda d: not d.startswith('panel-')), ('3 panels', lambda d: d.startswith('panel-')), ('all', lambda d: True)]:
    a,b,c,d,e,f = tab(sel); print(f'| {lab} | {a} | {b} | {c} | {d} | {e} / {f} |')
print('kinds (all):', dict(collections.Counter(r['kind'] for r in allp)))
print('kinds (first):', dict(collections.Counter(r['kind'] for r in first)))
print('why:', dict(collections.Counter(r['why'] for r in nonp).most_common()))
