"""Validation of places_v48 files. python3 check.py > check_output.txt"""
import json, re, glob, collections, sys
import split
err = []
def E(m): err.append(m)
texts = json.load(open('places_texts.json'))
docs = json.load(open('docs.json'))
panels = sorted(f[:-4] for f in glob.glob('panel-*.txt'))
if len(docs) != 23 or len(panels) != 3: E(f'docs {len(docs)} panels {len(panels)}')
for k, v in texts.items():
    if docs.get(k) != v: E(f'essay differs {k}')
for p in panels:
    t = open(p + '.txt').read()
    if docs.get(p) != t: E(f'panel differs {p}')
    n = len(t.split())
    if not 600 <= n <= 700: E(f'{p} has {n} words')
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '' or not all(x.strip() for x in lines[2:] if x is not lines[-1]) :
        pass
    paras = t.strip().split('\n\n')
    if len(paras) < 4 or '\n' in paras[0] or any('\n' in x for x in paras): E(f'{p} layout')
sents = {d: split.sentences(t) for d, t in docs.items()}
load = lambda f: [json.loads(l) for l in open(f)]
first, allp, nonp, pers = (load(f) for f in ('places_v48.jsonl', 'places_v48_all.jsonl', 'nonplaces_v48.jsonl', 'persons_v48.jsonl'))
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHY = {'person/family named like a place', 'organisation', 'treaty/agreement/law', 'demonym/adjective', 'ship/vehicle',
       'event/battle/war', 'publication/newspaper', 'street/building named after a place or person', 'other'}
def word_in(t, s):
    return re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', s) is not None
def chk_sent(r, fld):
    if r['doc'] not in docs: E(f'unknown doc {r}'); return
    if r['sentence'] not in docs[r['doc']]: E(f'sentence not substring {r}')
    if r['sentence'] not in sents[r['doc']]: E(f'not a splitter sentence {r["sentence"][:60]}')
    if not word_in(r[fld], r['sentence']): E(f'{fld} not whole word: {r[fld]} | {r["sentence"][:60]}')
PF = ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']
coding = {}
for f, rows in (('first', first), ('all', allp)):
    for r in rows:
        if list(r) != PF: E(f'field order {f} {r}')
        chk_sent(r, 'name')
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): E(f'coords {r}')
        if r['kind'] not in KINDS: E(f'kind {r}')
        if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): E(f'country {r}')
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c: E(f'two codings for {r["place"]}')
exp, seen = [], set()
for r in allp:
    if (r['doc'], r['name']) not in seen:
        seen.add((r['doc'], r['name'])); exp.append(r)
if exp != first: E('first-mention file is not the first per doc and name of _all')
for r in nonp:
    if list(r) != ['doc', 'text', 'sentence', 'why']: E(f'field order nonplace {r}')
    chk_sent(r, 'text')
    if r['why'] not in WHY: E(f'why {r}')
pm = set()
for p in pers:
    if list(p) != ['person', 'mentions']: E(f'person fields {p["person"]}')
    for m in p['mentions']:
        if list(m) != ['doc', 'text', 'sentence']: E(f'mention fields {m}')
        chk_sent(m, 'text'); pm.add((m['doc'], m['sentence'], m['text']))
# no more rows than occurrences
cnt = collections.Counter()
for r in allp: cnt[(r['doc'], r['sentence'], r['name'])] += 1
for r in nonp:
    if r['why'] != 'person/family named like a place': cnt[(r['doc'], r['sentence'], r['text'])] += 1
for p in pers:
    for m in p['mentions']: cnt[(m['doc'], m['sentence'], m['text'])] += 1
for (d, s, t), n in cnt.items():
    occ = len(re.findall(r'(?<!\w)' + re.escape(t) + r'(?!\w)', s))
    if n > occ: E(f'{n} rows but {occ} occurrences of {t} in {s[:60]}')
# one key per name per sentence; no text both place and non-place in a sentence
keys = collections.defaultdict(set)
for r in allp: keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: E(f'name with two keys in one sentence {k[2]} {v}')
npt = {(r['doc'], r['sentence'], r['text']) for r in nonp}
for k in keys:
    if k in npt: E(f'text both place and non-place: {k[2]} | {k[1][:60]}')
for r in nonp:
    if r['why'] == 'person/family named like a place' and (r['doc'], r['sentence'], r['text']) not in pm:
        E(f'flagged row without person mention {r}')
print('errors', len(err))
for e in err: print(' ', e)
ess = lambda rows: sum(1 for r in rows if not r['doc'].startswith('panel-'))
print(f'place mentions {len(allp)} (essays {ess(allp)}, panels {len(allp) - ess(allp)})')
print(f'first mentions {len(first)} (essays {ess(first)}, panels {len(first) - ess(first)})')
dp = lambda rows: len({r['place'] for r in rows})
print(f'distinct places {dp(allp)} (essays {dp([r for r in allp if not r["doc"].startswith("panel-")])}, '
      f'panels {dp([r for r in allp if r["doc"].startswith("panel-")])})')
print(f'non-places {len(nonp)} (essays {ess(nonp)}, panels {len(nonp) - ess(nonp)})')
fl = {p['person'] for p in pers for m in p['mentions'] if (m['doc'], m['sentence'], m['text']) in
      {(r['doc'], r['sentence'], r['text']) for r in nonp if r['why'] == 'person/family named like a place'}}
print(f'people {len(pers)}, person mentions {sum(len(p["mentions"]) for p in pers)} ({len(fl)} people flagged as named like a place)')
noplace = [d for d in docs if d not in {r['doc'] for r in allp}]
print('documents without a place:', noplace)
for p in panels:
    print(f'{p}: {len(open(p + ".txt").read().split())} words')
sys.exit(1 if err else 0)
