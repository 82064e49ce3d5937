"""Validate places_v24 files. Prints counts; exits 1 on any error."""
import json, re, glob, os, sys
from collections import Counter, defaultdict
errs = []
def err(m): errs.append(m)
docs = json.load(open('docs.json'))
given = json.load(open('places_texts.json'))
panels = {os.path.basename(p)[:-4]: open(p).read() for p in glob.glob('panel-*.txt')}
if len(docs) != 23: err('docs.json has %d docs' % len(docs))
for k, v in given.items():
    if docs.get(k) != v: err('essay text differs: ' + k)
if len(given) != 20: err('expected 20 essays')
if len(panels) != 3: err('expected 3 panels')
for k, v in panels.items():
    if docs.get(k) != v: err('panel differs from docs.json: ' + k)
    lines = v.split('\n')
    if not lines[0].strip() or lines[1].strip() != '': err('panel title/blank line: ' + k)
    n = len(v.split())
    if not 600 <= n <= 700: err('panel %s has %d words' % (k, n))
def load(fn): return [json.loads(l) for l in open(fn, encoding='utf-8')]
allp, first, nonp, pers = load('places_v24_all.jsonl'), load('places_v24.jsonl'), load('nonplaces_v24.jsonl'), load('persons_v24.jsonl')
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHYS = {'demonym/adjective', 'person/family named like a place', 'organisation', 'war/event', 'other', 'treaty/agreement/law', 'hyphenated adjective', 'ship'}
def whole(t, s): return re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', s) is not None
def chk_sent(r, field):
    if r['doc'] not in docs: err('unknown doc %r' % r['doc']); return
    if r['sentence'] not in docs[r['doc']]: err('sentence not in doc: %r' % r['sentence'][:80])
    if not whole(r[field], r['sentence']): err('%r not a whole word of sentence %r' % (r[field], r['sentence'][:80]))
coding = {}
for rows, nm in ((allp, 'all'), (first, 'first')):
    for r in rows:
        if list(r) != ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']: err('fields ' + nm + str(list(r)))
        chk_sent(r, 'name')
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): err('coords ' + r['place'])
        if r['kind'] not in KINDS: err('kind ' + r['kind'])
        if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): err('country ' + str(r['country']))
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c: err('two codings for ' + r['place'])
exp, seen = [], set()
for r in allp:
    if (r['doc'], r['name']) not in seen: seen.add((r['doc'], r['name'])); exp.append(r)
if exp != first: err('places_v24.jsonl is not the first mention per doc+name of _all')
for rows, nm, kf in ((allp, 'all', lambda r: (r['doc'], r['name'], r['sentence'])), (nonp, 'non', lambda r: (r['doc'], r['text'], r['sentence']))):
    c = Counter(kf(r) for r in rows)
    for k, n in c.items():
        if n > 1: err('duplicate/ambiguous %s row %r' % (nm, k[:2]))
for r in nonp:
    if list(r) != ['doc', 'text', 'sentence', 'why']: err('nonplace fields')
    chk_sent(r, 'text')
    if r['why'] not in WHYS: err('why ' + r['why'])
pm = set()
for p in pers:
    if list(p) != ['person', 'mentions'] or not p['mentions']: err('person fields')
    for m in p['mentions']:
        chk_sent(m, 'text'); pm.add((m['doc'], m['text'], m['sentence']))
ps = {(r['doc'], r['name'], r['sentence']) for r in allp}
ns = {(r['doc'], r['text'], r['sentence']) for r in nonp}
for k in ps & ns: err('both place and non-place: %r' % (k[:2],))
for k in ps & pm: err('both place and person: %r' % (k[:2],))
like = {(r['doc'], r['text'], r['sentence']) for r in nonp if r['why'] == 'person/family named like a place'}
for k in like - pm: err('named-like-a-place row without person mention %r' % (k[:2],))
annotated = {r['doc'] for r in allp} | {r['doc'] for r in nonp} | {m[0] for m in pm}
for d in docs:
    if d not in annotated: err('no annotation in ' + d)
# report
ess = lambda r: not r['doc'].startswith('panel-')
print('errors', len(errs)); [print('  ', e) for e in errs[:50]]
def row(label, f):
    a = [r for r in allp if f(r)]; fi = [r for r in first if f(r)]; n = [r for r in nonp if f(r)]
    pp = {p['person'] for p in pers for m in p['mentions'] if f(m)}
    print('| %s | %d | %d | %d | %d | %d |' % (label, len(a), len({r['place'] for r in a}), len(fi), len(n), len(pp)))
print('| | place mentions | distinct places | first mentions | non-places | people |')
print('| --- | --- | --- | --- | --- | --- |')
row('20 essays', ess); row('3 panels', lambda r: not ess(r)); row('all', lambda r: True)
for pn in sorted(panels): row(pn, lambda r, pn=pn: r['doc'] == pn)
print('people', len(pers), 'person mentions', sum(len(p['mentions']) for p in pers))
print('kinds (all):', dict(Counter(r['kind'] for r in allp).most_common()))
print('kinds (first):', dict(Counter(r['kind'] for r in first).most_common()))
print('why:', dict(Counter(r['why'] for r in nonp).most_common()))
sys.exit(1 if errs else 0)
