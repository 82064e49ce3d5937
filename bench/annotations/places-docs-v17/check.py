#!/usr/bin/env python3
"""Validate the v17 files: exact substrings, fields, consistency; print counts."""
import json, os, re, glob, collections
H = os.path.dirname(os.path.abspath(__file__))
def load(n): return [json.loads(l) for l in open(os.path.join(H, n), encoding='utf-8')]
docs = json.load(open(os.path.join(H, 'docs.json'), encoding='utf-8'))
essays = json.load(open(os.path.join(H, 'places_texts.json'), encoding='utf-8'))
err = []
def E(*a): err.append(' '.join(str(x) for x in a))
# texts
panels = {os.path.basename(p)[:-4]: open(p, encoding='utf-8').read() for p in glob.glob(os.path.join(H, 'panel-*.txt'))}
if len(docs) != 23: E('docs.json has', len(docs), 'documents')
for k, v in essays.items():
    if docs.get(k) != v: E('essay text differs', k)
for k, v in panels.items():
    if docs.get(k) != v: E('panel text differs', k)
    wc = len(v.split())
    if not 600 <= wc <= 700: E('panel length', k, wc)
    lines = v.split('\n')
    if not (lines[0].strip() and lines[1] == ''): E('panel format (title, blank line)', k)
if set(docs) != set(essays) | set(panels): E('docs.json keys')
WORD = re.compile(r'[\w\-]')
def whole(sent, t):
    i = sent.find(t)
    while i >= 0:
        e = i + len(t)
        if (i == 0 or not WORD.match(sent[i-1]) or not WORD.match(t[0])) and (e == len(sent) or not WORD.match(sent[e]) or not WORD.match(t[-1])):
            return True
        i = sent.find(t, i + 1)
    return False
def chk(doc, sent, text, where):
    if doc not in docs: E(where, 'unknown doc', doc); return
    if sent not in docs[doc]: E(where, 'sentence not in doc', doc, sent[:60])
    if not whole(sent, text): E(where, 'text not a whole word of sentence', doc, text, sent[:60])
pa = load('places_v17_all.jsonl'); pf = load('places_v17.jsonl')
np_ = load('nonplaces_v17.jsonl'); pe = load('persons_v17.jsonl')
KINDS = {'country', 'city', 'region', 'natural feature', 'other'}
WHYS = {'demonym/adjective', 'organisation', 'person/family named like a place', 'war/event', 'treaty/agreement/law',
        'other', 'hyphenated adjective', 'ship', 'product'}
coding = {}
seen = set()
for r in pa:
    if set(r) != {'doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place'}: E('place fields', r)
    chk(r['doc'], r['sentence'], r['name'], 'place')
    if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): E('coords', r)
    if r['kind'] not in KINDS: E('kind', r)
    if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): E('country', r)
    c = (r['lat'], r['lon'], r['country'], r['kind'])
    if coding.setdefault(r['place'], c) != c: E('two codings for key', r['place'])
    k = (r['doc'], r['name'], r['sentence'], r['place'])
    if k in seen: E('duplicate place row', k)
    seen.add(k)
first, s2 = [], set()
for r in pa:
    if (r['doc'], r['name']) not in s2:
        s2.add((r['doc'], r['name'])); first.append(r)
if first != pf: E('places_v17.jsonl is not the first mention per doc+name of _all')
sn = set()
for r in np_:
    if set(r) != {'doc', 'text', 'sentence', 'why'}: E('nonplace fields', r)
    chk(r['doc'], r['sentence'], r['text'], 'nonplace')
    if r['why'] not in WHYS: E('why', r)
    k = (r['doc'], r['text'], r['sentence'])
    if k in sn: E('duplicate nonplace', k)
    sn.add(k)
names = set(); pm = set()
for p in pe:
    if p['person'] in names: E('person twice', p['person'])
    names.add(p['person'])
    if not p['mentions']: E('person without mentions', p['person'])
    for m in p['mentions']:
        chk(m['doc'], m['sentence'], m['text'], 'person')
        k = (m['doc'], m['text'], m['sentence'])
        if k in pm: E('person mention twice', k)
        pm.add(k)
# cross checks (reported as errors)
ps = collections.defaultdict(set)
for r in pa: ps[(r['doc'], r['name'], r['sentence'])].add(r['place'])
for k, v in ps.items():
    if len(v) > 1: E('name with two place keys in one sentence', k[1], v)
npk = {(r['doc'], r['text'], r['sentence']) for r in np_ if r['why'] != 'person/family named like a place'}
for k in ps:
    if k in npk: E('text both place and non-place in one sentence', k[:2])
    if k in pm: E('text both place and person in one sentence', k[:2])
print('errors:', len(err))
for e in err[:50]: print('  ', e)
# counts
isp = lambda d: d.startswith('panel-')
def cnt(rows, f): return sum(1 for r in rows if f(r['doc']))
print('\n| | place mentions | distinct places | first mentions | non-places | people / mentions |')
print('| --- | --- | --- | --- | --- | --- |')
for lab, f in (('20 essays', lambda d: not isp(d)), ('3 panels', isp), ('all', lambda d: True)):
    pp = [p for p in pe if any(f(m['doc']) for m in p['mentions'])]
    print('| %s | %d | %d | %d | %d | %d / %d |' % (lab, cnt(pa, f), len({r['place'] for r in pa if f(r['doc'])}), cnt(pf, f),
          cnt(np_, f), len(pp), sum(1 for p in pp for m in p['mentions'] if f(m['doc']))))
print('kinds (all mentions):', dict(collections.Counter(r['kind'] for r in pa).most_common()))
print('kinds (first mentions):', dict(collections.Counter(r['kind'] for r in pf).most_common()))
print('why:', dict(collections.Counter(r['why'] for r in np_).most_common()))
for k, v in panels.items(): print(k, len(v.split()), 'words')
