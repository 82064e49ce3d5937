import json, re, collections, glob, os
errs = []
def E(*a): errs.append(' '.join(map(str, a)))
docs = json.load(open('docs.json')); texts = json.load(open('places_texts.json'))
if len(docs) != 23: E('docs', len(docs))
for k, v in texts.items():
    if docs.get(k) != v: E('essay text differs', k)
panels = sorted(glob.glob('panel-*.txt'))
if len(panels) != 3: E('panels', len(panels))
plen = {}
for f in panels:
    k = os.path.basename(f)[:-4]; t = open(f, encoding='utf-8').read()
    if docs.get(k) != t: E('panel differs', k)
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '' or not lines[2].strip(): E('panel layout', k)
    plen[k] = len(t.split())
    if not 600 <= plen[k] <= 700: E('panel length', k, plen[k])
def load(f): return [json.loads(l) for l in open(f, encoding='utf-8')]
A = load('places_v18_all.jsonl'); F = load('places_v18.jsonl'); N = load('nonplaces_v18.jsonl'); H = load('persons_v18.jsonl')
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHY = {'demonym/adjective', 'person/family named like a place', 'organisation', 'treaty/agreement/law', 'war/event', 'other',
       'hyphenated adjective', 'ship', 'product'}
def word_in(t, s):
    return re.search((r'(?<![\w-])' if t[0].isalnum() else '') + re.escape(t) + (r'(?![\w])' if t[-1].isalnum() else ''), s) is not None
def sent_ok(r, field):
    if r['doc'] not in docs: E('unknown doc', r); return
    if r['sentence'] not in docs[r['doc']]: E('sentence not in doc', r['doc'], r['sentence'][:60])
    if not word_in(r[field], r['sentence']): E('not a whole word', r[field], '|', r['sentence'][:60])
coding = {}
for r in A:
    if set(r) != {'doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place'}: E('fields', r)
    sent_ok(r, 'name')
    if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): E('coords', r['place'])
    if r['kind'] not in KINDS: E('kind', r['kind'])
    if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): E('country', r['country'])
    c = (r['lat'], r['lon'], r['country'], r['kind'])
    if coding.setdefault(r['place'], c) != c: E('two codings', r['place'])
first, seen = [], set()
for r in A:
    if (r['doc'], r['name']) not in seen: seen.add((r['doc'], r['name'])); first.append(r)
if first != F: E('places_v18.jsonl is not the first mention per doc+name of _all')
for r in N:
    if set(r) != {'doc', 'text', 'sentence', 'why'}: E('fields', r)
    sent_ok(r, 'text')
    if r['why'] not in WHY: E('why', r['why'])
pm = 0
for p in H:
    if not p['mentions']: E('person without mentions', p['person'])
    for m in p['mentions']: sent_ok(m, 'text'); pm += 1
if len({p['person'] for p in H}) != len(H): E('duplicate person')
for rows, what in ((A, 'place'), (N, 'nonplace')):
    ks = [json.dumps(r, sort_keys=True) for r in rows]
    if len(ks) != len(set(ks)): E('duplicate', what, 'rows')
keyset = collections.defaultdict(set)
for r in A: keyset[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keyset.items():
    if len(v) > 1: E('name with two keys in one sentence', k[2], v)
nps = {(r['doc'], r['sentence'], r['text']) for r in N if r['why'] != 'person/family named like a place'}
for r in A:
    if (r['doc'], r['sentence'], r['name']) in nps: E('place and non-place in one sentence', r['name'])
hs = {(m['doc'], m['sentence'], m['text']) for p in H for m in p['mentions']}
for r in A:
    if (r['doc'], r['sentence'], r['name']) in hs: E('place and person in one sentence', r['name'])
print('errors:', len(errs))
for e in errs[:40]: print('  ', e)
isp = lambda d: d.startswith('panel-')
def row(lbl, f):
    a = [r for r in A if f(r['doc'])]; fm = [r for r in F if f(r['doc'])]; n = [r for r in N if f(r['doc'])]
    ms = [(p['person'], m) for p in H for m in p['mentions'] if f(m['doc'])]
    print(f"{lbl:10} place mentions {len(a):5}  distinct places {len({r['place'] for r in a}):4}  first mentions {len(fm):4}  non-places {len(n):5}  people {len({x[0] for x in ms}):4} / mentions {len(ms):4}")
row('essays', lambda d: not isp(d)); row('panels', isp); row('all', lambda d: True)
print('kinds (all):', dict(collections.Counter(r['kind'] for r in A)))
print('kinds (first):', dict(collections.Counter(r['kind'] for r in F)))
print('why:', dict(collections.Counter(r['why'] for r in N).most_common()))
print('panel words:', plen)
