"""Validation of the places_v19 set. python3 check.py"""
import json, glob, os, re, collections
HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
errors = []
def err(*a):
    errors.append(' '.join(str(x) for x in a))

docs = json.load(open(P('docs.json')))
texts = json.load(open(P('places_texts.json')))
panels = sorted(glob.glob(P('panel-*.txt')))
if len(docs) != 23: err('docs.json has', len(docs), 'documents, want 23')
for k, v in texts.items():
    if docs.get(k) != v: err('essay differs from places_texts.json:', k)
if len(texts) != 20: err('places_texts.json has', len(texts))
if len(panels) != 3: err('want 3 panels, have', len(panels))
for p in panels:
    pid = os.path.basename(p)[:-4]
    t = open(p).read().rstrip('\n')
    if docs.get(pid) != t: err('panel differs from docs.json:', pid)
    lines = t.split('\n')
    if len(lines) < 3 or not lines[0].strip() or lines[1] != '': err('panel lacks title + blank line:', pid)
    n = len(t.split())
    if not 600 <= n <= 700: err('panel word count', pid, n)

def load(n):
    return [json.loads(l) for l in open(P(n))]
allp = load('places_v19_all.jsonl'); first = load('places_v19.jsonl')
nonp = load('nonplaces_v19.jsonl'); pers = load('persons_v19.jsonl')
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHYS = {'demonym/adjective', 'organisation', 'person/family named like a place', 'treaty/agreement/law', 'war/event',
        'other', 'hyphenated adjective', 'ship', 'product'}

def whole(word, s):
    for m in re.finditer(re.escape(word), s):
        a = s[m.start() - 1] if m.start() else ' '
        b = s[m.end()] if m.end() < len(s) else ' '
        if not a.isalnum() and not b.isalnum():
            return True
    return False

def common(r, field, name):
    if r['doc'] not in docs: err(name, 'unknown doc', r['doc']); return
    if r['sentence'] not in docs[r['doc']]: err(name, 'sentence not in doc', r['doc'], r['sentence'][:60])
    if not whole(r[field], r['sentence']): err(name, field, 'not a whole word of sentence', r[field], r['sentence'][:60])

coding = {}
for name, rows in (('places_all', allp), ('places', first)):
    for r in rows:
        if set(r) != {'doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place'}: err(name, 'fields', r)
        common(r, 'name', name)
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): err(name, 'coords', r)
        if r['kind'] not in KINDS: err(name, 'kind', r['kind'])
        if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): err(name, 'country', r['country'])
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c: err('place key with two codings', r['place'])
for r in nonp:
    if set(r) != {'doc', 'text', 'sentence', 'why'}: err('nonplaces fields', r)
    common(r, 'text', 'nonplaces')
    if r['why'] not in WHYS: err('why', r['why'])
for p in pers:
    if set(p) != {'person', 'mentions'} or not p['mentions']: err('persons fields', p.get('person'))
    for m in p['mentions']:
        if set(m) != {'doc', 'text', 'sentence'}: err('person mention fields', m)
        common(m, 'text', 'persons')
if len({p['person'] for p in pers}) != len(pers): err('duplicate person labels')

# first mentions
exp, seen = [], set()
for r in allp:
    if (r['doc'], r['name']) not in seen:
        seen.add((r['doc'], r['name'])); exp.append(r)
if exp != first: err('places_v19.jsonl is not the first mention per doc+name of places_v19_all.jsonl')
# duplicates
for name, rows in (('places_all', allp), ('nonplaces', nonp)):
    c = collections.Counter(json.dumps(r, sort_keys=True) for r in rows)
    for k, n in c.items():
        if n > 1: err(name, 'duplicate row', k[:80])
# one key per name per sentence
keys = collections.defaultdict(set)
for r in allp:
    keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: err('name with two keys in one sentence', k[2], v)
# no text both place and non-place / person in one sentence
pl = {(r['doc'], r['sentence'], r['name']) for r in allp}
for r in nonp:
    if (r['doc'], r['sentence'], r['text']) in pl: err('both place and non-place', r['text'], r['sentence'][:60])
for p in pers:
    for m in p['mentions']:
        if (m['doc'], m['sentence'], m['text']) in pl: err('both place and person', m['text'], m['sentence'][:60])
# every doc has at least one place
for d in docs:
    if not any(r['doc'] == d for r in allp): err('no place in', d)

def counts(sel):
    a = [r for r in allp if sel(r['doc'])]; f = [r for r in first if sel(r['doc'])]
    n = [r for r in nonp if sel(r['doc'])]
    ps = [(p['person'], [m for m in p['mentions'] if sel(m['doc'])]) for p in pers]
    ps = [(x, m) for x, m in ps if m]
    return len(a), len({r['place'] for r in a}), len(f), len(n), len(ps), sum(len(m) for _, m in ps)
print('errors', len(errors))
for e in errors[:50]:
    print('  ', e)
print('| | place mentions | distinct places | first mentions | non-places | people / mentions |')
print('| --- | --- | --- | --- | --- | --- |')
for lab, sel in (('20 essays', lambda d: not d.startswith('panel-')), ('3 panels', lambda d: d.startswith('panel-')),
                 ('all', lambda d: True)):
    a, dp, f, n, np_, nm = counts(sel)
    print('| %s | %d | %d | %d | %d | %d / %d |' % (lab, a, dp, f, n, np_, nm))
for lab, rows in (('Kinds (all mentions)', allp), ('Kinds (first mentions)', first)):
    print(lab + ':', ', '.join('%s %d' % kv for kv in collections.Counter(r['kind'] for r in rows).most_common()))
print('Non-places by why:', ', '.join('%s %d' % kv for kv in collections.Counter(r['why'] for r in nonp).most_common()))
for p in panels:
    print(os.path.basename(p), len(open(p).read().split()), 'words')
