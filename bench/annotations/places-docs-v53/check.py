"""Validation for places_v53 / persons_v52. Run: python3 check.py"""
import json, re, glob, os, collections
import split, lex
errs = []
def err(m): errs.append(m)
def load(fn): return [json.loads(l) for l in open(fn)]
docs = json.load(open('docs.json'))
essays = json.load(open('places_texts.json'))
panels = sorted(glob.glob('panel-*.txt'))
if len(docs) != 23: err(f'docs.json has {len(docs)} documents')
for k, v in essays.items():
    if docs.get(k) != v: err(f'essay {k} differs from places_texts.json')
for p in panels:
    k = os.path.basename(p)[:-4]; t = open(p).read()
    if docs.get(k) != t: err(f'panel {k} differs from docs.json')
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '': err(f'{k}: title line / blank line')
    n = len(t.split())
    if not 600 <= n <= 700: err(f'{k}: {n} words')
    print(f'{k}: {n} words')
SENTS = {k: split.sentences(v) for k, v in docs.items()}
def whole(text, sent): return re.search(r'(?<![\w])' + re.escape(text) + r'(?![\w])', sent) is not None
def occ(text, sent): return len(re.findall(r'(?<![\w])' + re.escape(text) + r'(?![\w])', sent))
pa, pf, npl, per = load('places_v53_all.jsonl'), load('places_v53.jsonl'), load('nonplaces_v53.jsonl'), load('persons_v52.jsonl')
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHY = {'person/family named like a place', 'organisation', 'treaty/agreement/law', 'demonym/adjective', 'ship/vehicle', 'event/battle/war',
       'publication/newspaper', 'street/building named after a place or person', 'other'}
def chk_sent(r, fld):
    if r['doc'] not in docs: err(f'unknown doc {r}'); return
    if r['sentence'] not in docs[r['doc']]: err(f'sentence not in doc: {r}')
    if r['sentence'] not in SENTS[r['doc']]: err(f'sentence not a splitter sentence: {r["doc"]} {r["sentence"][:80]}')
    if not whole(r[fld], r['sentence']): err(f'{fld} not a whole word of sentence: {r}')
coding = {}
for fn, rows in (('all', pa), ('first', pf)):
    for r in rows:
        if list(r) != ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']: err(f'field order {r}')
        chk_sent(r, 'name')
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): err(f'coords {r}')
        if r['kind'] not in KINDS: err(f'kind {r}')
        if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): err(f'country {r}')
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c: err(f'two codings for {r["place"]}')
first, seen = [], set()
for r in pa:
    k = (r['doc'], r['name'])
    if k not in seen: seen.add(k); first.append(r)
if first != pf: err('first-mention file is not the first mention per document and name of _all')
cnt = collections.Counter((r['doc'], r['sentence'], r['name']) for r in pa)
for (d, s, n), c in cnt.items():
    if c > occ(n, s): err(f'more rows than occurrences: {d} {n} {s[:60]}')
keys = collections.defaultdict(set)
for r in pa: keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: err(f'name with two keys in one sentence: {k[0]} {k[2]} {v}')
placeset = {(r['doc'], r['sentence'], r['name']) for r in pa}
for r in npl:
    if list(r) != ['doc', 'text', 'sentence', 'why']: err(f'field order {r}')
    chk_sent(r, 'text')
    if r['why'] not in WHY: err(f'why {r}')
    if (r['doc'], r['sentence'], r['text']) in placeset: err(f'both place and non-place: {r}')
ncnt = collections.Counter((r['doc'], r['sentence'], r['text']) for r in npl)
pm = collections.Counter()
for p in per:
    if list(p) != ['person', 'mentions']: err(f'field order {p["person"]}')
    for m in p['mentions']:
        if list(m) != ['doc', 'text', 'sentence']: err(f'mention field order {m}')
        chk_sent(m, 'text')
        pm[(m['doc'], m['sentence'], m['text'])] += 1
        if lex.PERSONS[p['person']][1]:
            if ncnt[(m['doc'], m['sentence'], m['text'])] < 1:
                err(f'flagged person mention without non-place row: {m}')
for k, c in pm.items():
    if c > occ(k[2], k[1]): err(f'more person mentions than occurrences: {k}')
ispanel = lambda d: d.startswith('panel-')
def split_count(rows, f=lambda r: True):
    e = sum(1 for r in rows if f(r) and not ispanel(r['doc'])); p = sum(1 for r in rows if f(r) and ispanel(r['doc'])); return e + p, e, p
print('place mentions %d (essays %d, panels %d)' % split_count(pa))
print('first mentions %d (essays %d, panels %d)' % split_count(pf))
de = {r['place'] for r in pa if not ispanel(r['doc'])}; dp = {r['place'] for r in pa if ispanel(r['doc'])}
print(f'distinct places {len(de | dp)} (essays {len(de)}, panels {len(dp)})')
print('non-places %d (essays %d, panels %d)' % split_count(npl))
flag = sum(1 for p in per if lex.PERSONS[p['person']][1])
print(f'people {len(per)}, person mentions {sum(len(p["mentions"]) for p in per)} ({flag} people flagged as named like a place)')
nop = [d for d in docs if not any(r['doc'] == d for r in pa)]
if nop: print('documents with no place:', nop)
print(f'{len(errs)} errors')
for e in errs[:50]: print('ERROR', e)
