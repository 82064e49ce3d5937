"""Validate the v28 places set. Run: python3 check.py  (prints errors and counts)."""
import json, re, os, glob, collections
H = os.path.dirname(os.path.abspath(__file__))
def load(n): return [json.loads(l) for l in open(os.path.join(H, n))]
errs = []
def err(*a): errs.append(' '.join(map(str, a)))
docs = json.load(open(os.path.join(H, 'docs.json')))
texts = json.load(open(os.path.join(H, 'places_texts.json')))
panels = sorted(glob.glob(os.path.join(H, 'panel-*.txt')))
if len(docs) != 23: err('docs.json has', len(docs), 'documents')
if len(panels) != 3: err('expected 3 panels, found', len(panels))
for k, v in texts.items():
    if docs.get(k) != v: err('essay differs from places_texts.json:', k)
for p in panels:
    pid = os.path.basename(p)[:-4]; raw = open(p).read()
    if docs.get(pid) != raw.rstrip('\n'): err('panel differs from docs.json:', pid)
    n = len(raw.split())
    if not 600 <= n <= 700: err('panel word count', pid, n)
    lines = raw.rstrip('\n').split('\n')
    if not lines[0].strip() or lines[1] != '' or any(l == '' for l in lines[2::2]) or any(l != '' for l in lines[1::2]):
        err('panel layout (title, blank line, paragraphs separated by blank lines):', pid)
pa, p1, npl, per = load('places_v28_all.jsonl'), load('places_v28.jsonl'), load('nonplaces_v28.jsonl'), load('persons_v28.jsonl')
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHY = {'demonym/adjective', 'hyphenated adjective', 'organisation', 'war/event', 'treaty/agreement/law', 'ship',
       'other', 'person/family named like a place'}
PF = ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']
def whole(word, sent):
    return re.search(r'(?<!\w)' + re.escape(word) + r'(?!\w)', sent) is not None
def sent_ok(r, field):
    d = r['doc']
    if d not in docs: err('unknown doc', d); return
    if r['sentence'] not in docs[d]: err('sentence not in doc', d, r['sentence'][:60])
    if not whole(r[field], r['sentence']): err(field, 'not a whole word of sentence', d, r[field])
coding = {}
for f, rows in (('places_v28_all', pa), ('places_v28', p1)):
    for r in rows:
        if list(r) != PF: err(f, 'field order', r)
        sent_ok(r, 'name')
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): err('coords', r['place'])
        if r['kind'] not in KINDS: err('kind', r['kind'])
        if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): err('country', r['country'])
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c: err('place key with two codings', r['place'])
seen = set(); first = []
for r in pa:
    k = (r['doc'], r['name'], r['sentence'])
    if k in seen: err('duplicate _all row', k)
    seen.add(k)
    if (r['doc'], r['name']) not in {(x['doc'], x['name']) for x in first}: first.append(r)
if first != p1: err('places_v28.jsonl is not the first mention per doc and name of _all')
for r in npl:
    if list(r) != ['doc', 'text', 'sentence', 'why']: err('nonplace field order', r)
    sent_ok(r, 'text')
    if r['why'] not in WHY: err('why', r['why'])
if len({tuple(r.values()) for r in npl}) != len(npl): err('duplicate non-place rows')
pm = []
for p in per:
    if list(p) != ['person', 'mentions']: err('person field order', p)
    for m in p['mentions']:
        if list(m) != ['doc', 'text', 'sentence']: err('mention field order', m)
        sent_ok(m, 'text'); pm.append((m['doc'], m['sentence'], m['text'], p['person']))
if len({p['person'] for p in per}) != len(per): err('duplicate person keys')
# consistency inside one sentence
keys = collections.defaultdict(set)
for r in pa: keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: err('name with two keys in one sentence', k[2], v)
placetxt = {(r['doc'], r['sentence'], r['name']) for r in pa}
for r in npl:
    if (r['doc'], r['sentence'], r['text']) in placetxt: err('text both place and non-place', r['text'])
pers = {(d, s, t) for d, s, t, _ in pm}
for t in pers:
    if t in placetxt: err('text both place and person', t[2])
for r in npl:
    if r['why'] == 'person/family named like a place' and (r['doc'], r['sentence'], r['text']) not in pers:
        err('named-like row without person mention', r['text'])
# counts
print('errors:', len(errs))
for e in errs[:50]: print('  ', e)
def row(label, ds):
    a = [r for r in pa if r['doc'] in ds]; f = [r for r in p1 if r['doc'] in ds]
    n = [r for r in npl if r['doc'] in ds]; pp = {p for d, s, t, p in pm if d in ds}
    pmn = [x for x in pm if x[0] in ds]
    print(f"| {label} | {len(a)} | {len({r['place'] for r in a})} | {len(f)} | {len(n)} | {len(pp)} | {len(pmn)} |")
print('| | place mentions | distinct places | first mentions | non-places | people | person mentions |')
print('| --- | --- | --- | --- | --- | --- | --- |')
ess = set(texts); pan = set(docs) - ess
row('20 essays', ess); row('3 panels', pan); row('all', set(docs))
for d in sorted(pan): row(d, {d})
print('kinds (all mentions):', dict(collections.Counter(r['kind'] for r in pa).most_common()))
print('why (non-places):', dict(collections.Counter(r['why'] for r in npl).most_common()))
