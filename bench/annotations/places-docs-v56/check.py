"""Validation of places_v56 files. Prints errors and counts."""
import json, re, glob, os, collections
import split
E = []
def err(*a): E.append(' '.join(map(str, a)))
def rows(p): return [json.loads(l) for l in open(p, encoding='utf-8')]
essays = json.load(open('places_texts.json', encoding='utf-8'))
docs = json.load(open('docs.json', encoding='utf-8'))
panels = sorted(glob.glob('panel-*.txt'))
if len(docs) != 23: err('docs', len(docs))
for k, v in essays.items():
    if docs.get(k) != v: err('essay differs', k)
for p in panels:
    k = os.path.basename(p)[:-4]; t = open(p, encoding='utf-8').read()
    if docs.get(k) != t: err('panel differs', k)
    w = len(t.split())
    if not 600 <= w <= 700: err('panel words', k, w)
    parts = t.split('\n')
    if not parts[0].strip() or parts[1] != '' or not parts[2].strip(): err('panel layout', k)
SENTS = {k: set(split.sentences(v)) for k, v in docs.items()}
def whole(s, sent):
    return re.search(r'(?<!\w)' + re.escape(s) + r'(?!\w)', sent) is not None
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHYS = {'person/family named like a place', 'organisation', 'treaty/agreement/law', 'demonym/adjective', 'ship/vehicle',
        'event/battle/war', 'publication/newspaper', 'street/building named after a place or person', 'other'}
pall = rows('places_v56_all.jsonl'); first = rows('places_v56.jsonl'); npl = rows('nonplaces_v56.jsonl')
pers = rows('persons_v56.jsonl')
FIELDS = ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']
coding, inkey = {}, collections.defaultdict(set)
for r in pall + first:
    if list(r) != FIELDS: err('fields', r)
    if r['sentence'] not in SENTS.get(r['doc'], ()): err('sentence not a splitter sentence', r['doc'], r['sentence'][:60])
    if not whole(r['name'], r['sentence']): err('name not whole word', r['name'])
    if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): err('coords', r)
    if r['kind'] not in KINDS: err('kind', r)
    if r['country'] is not None and not re.fullmatch('[A-Z]{2}', r['country']): err('country', r)
    c = (r['lat'], r['lon'], r['country'], r['kind'])
    if coding.setdefault(r['place'], c) != c: err('two codings', r['place'])
    inkey[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in inkey.items():
    if len(v) > 1: err('name with two keys in one sentence', k[2], v)
seen, exp = set(), []
for r in pall:
    if (r['doc'], r['name']) not in seen: seen.add((r['doc'], r['name'])); exp.append(r)
if exp != first: err('first-mention file is not the first mention per doc and name of _all')
occ = collections.Counter()
for r in pall: occ[(r['doc'], r['sentence'], r['name'])] += 1
for (d, s, n), c in occ.items():
    if c > len(re.findall(r'(?<!\w)' + re.escape(n) + r'(?!\w)', s)): err('more rows than occurrences', n)
ptexts = {(r['doc'], r['sentence'], r['name']) for r in pall}
for r in npl:
    if list(r) != ['doc', 'text', 'sentence', 'why']: err('fields', r)
    if r['sentence'] not in SENTS.get(r['doc'], ()): err('np sentence', r['text'])
    if not whole(r['text'], r['sentence']): err('np text not whole word', r['text'])
    if r['why'] not in WHYS: err('why', r)
    if (r['doc'], r['sentence'], r['text']) in ptexts: err('both place and non-place', r['text'])
flagrows = {(r['doc'], r['sentence'], r['text']) for r in npl if r['why'].startswith('person')}
pm = set()
for p in pers:
    if list(p) != ['person', 'mentions']: err('fields', p)
    for m in p['mentions']:
        if m['sentence'] not in SENTS.get(m['doc'], ()): err('person sentence', m['text'])
        if not whole(m['text'], m['sentence']): err('person text', m['text'])
        pm.add((m['doc'], m['sentence'], m['text']))
for f in flagrows:
    if f not in pm: err('flag row without person mention', f[2])
ess = lambda rs, key='doc': sum(1 for r in rs if not r[key].startswith('panel-'))
print('errors:', len(E)); [print(' ', e) for e in E[:50]]
print(f"documents {len(docs)} (essays {len(essays)}, panels {len(panels)}); sentences {sum(len(v) for v in SENTS.values())}")
print(f"place mentions {len(pall)} (essays {ess(pall)}, panels {len(pall)-ess(pall)})")
print(f"first mentions {len(first)} (essays {ess(first)}, panels {len(first)-ess(first)})")
dk = lambda rs: len({r['place'] for r in rs})
print(f"distinct places {dk(pall)} (essays {dk([r for r in pall if not r['doc'].startswith('panel-')])}, panels {dk([r for r in pall if r['doc'].startswith('panel-')])})")
print(f"non-places {len(npl)} (essays {ess(npl)}, panels {len(npl)-ess(npl)}); by why: {dict(collections.Counter(r['why'] for r in npl))}")
print(f"people {len(pers)}, person mentions {sum(len(p['mentions']) for p in pers)}, flagged as named like a place {len({p['person'] for p in pers if any((m['doc'], m['sentence'], m['text']) in flagrows for m in p['mentions'])})}")
for k in docs:
    if not any(r['doc'] == k for r in pall): print('no place in', k)
