"""Validation of the v35 places set. Prints errors and counts."""
import json, re, glob, os
from collections import Counter, defaultdict
from split import sentences
E = []
def err(*a):
    E.append(' '.join(str(x) for x in a))
docs = json.load(open('docs.json'))
essays = json.load(open('places_texts.json'))
panels = {os.path.basename(p)[:-4]: open(p).read() for p in sorted(glob.glob('panel-*.txt'))}
if len(docs) != 23: err('docs.json has', len(docs), 'documents')
for k, v in essays.items():
    if docs.get(k) != v: err('essay differs', k)
if len(essays) != 20: err('essays', len(essays))
if len(panels) != 3: err('panels', len(panels))
for k, v in panels.items():
    if docs.get(k) != v: err('panel differs from docs.json', k)
    w = len(v.split())
    if not 600 <= w <= 700: err('panel words', k, w)
    lines = v.split('\n')
    if not lines[0].strip() or lines[1] != '' or not lines[2].strip(): err('panel layout', k)
SENTS = {k: sentences(v) for k, v in docs.items()}
def load(fn):
    return [json.loads(l) for l in open(fn, encoding='utf-8')]
allp, first, nonp, pers = load('places_v35_all.jsonl'), load('places_v35.jsonl'), load('nonplaces_v35.jsonl'), load('persons_v35.jsonl')
def whole(word, s):
    return re.search(r'(?<!\w)' + re.escape(word) + r'(?!\w)', s) is not None
def count(word, s):
    return len(re.findall(r'(?<!\w)' + re.escape(word) + r'(?!\w)', s))
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHY = {'person/family named like a place', 'war/event', 'organisation', 'demonym/adjective', 'treaty/agreement/law',
       'hyphenated adjective', 'ship', 'other'}
PF = ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']
coding = {}
for r in allp + first:
    if list(r) != PF: err('field order', r)
    if r['doc'] not in docs: err('unknown doc', r['doc'])
    elif r['sentence'] not in docs[r['doc']]: err('sentence not in doc', r['doc'], r['sentence'][:60])
    elif r['sentence'] not in SENTS[r['doc']]: err('sentence not a splitter sentence', r['doc'], r['sentence'][:60])
    if not whole(r['name'], r['sentence']): err('name not a whole word', r['name'], r['sentence'][:60])
    if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): err('coords', r)
    if r['kind'] not in KINDS: err('kind', r)
    if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): err('country', r)
    c = (r['lat'], r['lon'], r['country'], r['kind'])
    if coding.setdefault(r['place'], c) != c: err('two codings', r['place'])
seen, exp = set(), []
for r in allp:
    k = (r['doc'], r['name'])
    if k not in seen:
        seen.add(k); exp.append(r)
if exp != first: err('places_v35.jsonl is not the first mention per document and name of _all')
keys = defaultdict(set)
for r in allp:
    keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: err('name with two keys in one sentence', k[2], v)
NF = ['doc', 'text', 'sentence', 'why']
for r in nonp:
    if list(r) != NF: err('field order', r)
    if r['sentence'] not in SENTS.get(r['doc'], []): err('nonplace sentence', r['doc'], r['sentence'][:60])
    if not whole(r['text'], r['sentence']): err('nonplace text not a whole word', r['text'])
    if r['why'] not in WHY: err('why', r)
pm = []
for p in pers:
    if list(p) != ['person', 'mentions']: err('person fields', p)
    for m in p['mentions']:
        if list(m) != ['doc', 'text', 'sentence']: err('mention fields', m)
        if m['sentence'] not in SENTS.get(m['doc'], []): err('person sentence', m['doc'], m['sentence'][:60])
        if not whole(m['text'], m['sentence']): err('person text not whole word', m['text'])
        pm.append((m['doc'], m['sentence'], m['text']))
if len(set(p['person'] for p in pers)) != len(pers): err('duplicate person key')
# duplicates only as often as the word occurs
for rows, f in ((allp, 'name'), (nonp, 'text')):
    c = Counter((r['doc'], r['sentence'], r[f]) for r in rows if r.get('why') != 'person/family named like a place')
    for (d, s, t), n in c.items():
        if n > count(t, s): err('more rows than occurrences', t, n)
cpm = Counter(pm)
for (d, s, t), n in cpm.items():
    if n > count(t, s): err('more person mentions than occurrences', t)
# no text both place and non-place/person in one sentence
P = {(r['doc'], r['sentence'], r['name']) for r in allp}
Nn = {(r['doc'], r['sentence'], r['text']) for r in nonp if r['why'] != 'person/family named like a place'}
for k in P & Nn: err('both place and non-place', k[2], k[1][:50])
for k in P & set(pm): err('both place and person', k[2], k[1][:50])
for k in Nn & set(pm): err('both non-place and person', k[2], k[1][:50])
for r in nonp:
    if r['why'] == 'person/family named like a place' and (r['doc'], r['sentence'], r['text']) not in cpm:
        err('flag row without person mention', r['text'])
print('errors:', len(E))
for e in E[:50]: print('  ', e)
pan = set(panels)
def split(rows): return sum(r['doc'] not in pan for r in rows), sum(r['doc'] in pan for r in rows)
print('place mentions %d (essays %d, panels %d)' % ((len(allp),) + split(allp)))
print('first mentions %d (essays %d, panels %d)' % ((len(first),) + split(first)))
de = {r['place'] for r in allp if r['doc'] not in pan}; dp = {r['place'] for r in allp if r['doc'] in pan}
print('distinct places %d (essays %d, panels %d)' % (len(de | dp), len(de), len(dp)))
print('non-places %d (essays %d, panels %d)' % ((len(nonp),) + split(nonp)))
print('people %d, person mentions %d' % (len(pers), len(pm)))
for k in sorted(pan):
    pp = {p['person'] for p in pers for m in p['mentions'] if m['doc'] == k}
    print('  %s (%d words): mentions %d, distinct %d, first %d, non-places %d, people %d, person mentions %d' % (
        k, len(docs[k].split()), sum(r['doc'] == k for r in allp), len({r['place'] for r in allp if r['doc'] == k}),
        sum(r['doc'] == k for r in first), sum(r['doc'] == k for r in nonp), len(pp), sum(d == k for d, s, t in pm)))
print('kinds', dict(Counter(coding[r['place']][3] for r in first)))
print('why', dict(Counter(r['why'] for r in nonp)))
print('documents without a place:', [k for k in docs if not any(r['doc'] == k for r in allp)])
