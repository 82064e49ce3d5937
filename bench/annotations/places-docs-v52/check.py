"""Validation of places_v52 files. Run: python3 check.py"""
import json, re, glob, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import sentences
V = 'v52'
err = []
def E(*a): err.append(' '.join(str(x) for x in a))
def rd(f): return [json.loads(l) for l in open(f)]
docs = json.load(open('docs.json'))
texts = json.load(open('places_texts.json'))
panels = sorted(glob.glob('panel-*.txt'))
if len(docs) != 23: E('docs', len(docs))
if len(texts) != 20 or len(panels) != 3: E('counts essays/panels', len(texts), len(panels))
for k, v in texts.items():
    if docs.get(k) != v: E('essay differs', k)
for p in panels:
    k = os.path.basename(p)[:-4]; t = open(p).read()
    if docs.get(k) != t: E('panel differs', k)
    n = len(t.split())
    if not 600 <= n <= 700: E('panel words', k, n)
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '' or not lines[2].strip(): E('panel format', k)
SENTS = {k: set(sentences(v)) for k, v in docs.items()}
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHYS = {'person/family named like a place', 'organisation', 'treaty/agreement/law', 'demonym/adjective', 'ship/vehicle',
        'event/battle/war', 'publication/newspaper', 'street/building named after a place or person', 'other'}
def whole(w, s):
    return re.search(r'(?<![\w’\'])' + re.escape(w) + r'(?![\w])', s) is not None
def occ(w, s):
    return len(re.findall(r'(?<![\w’\'])' + re.escape(w) + r'(?![\w])', s))
PF = ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']
allp = rd(f'places_{V}_all.jsonl'); first = rd(f'places_{V}.jsonl')
non = rd(f'nonplaces_{V}.jsonl'); per = rd(f'persons_{V}.jsonl')
coding = {}
for r in allp + first:
    if list(r) != PF: E('fields', r)
    if r['doc'] not in docs: E('doc?', r['doc']); continue
    if r['sentence'] not in docs[r['doc']] or r['sentence'] not in SENTS[r['doc']]: E('sentence', r['doc'], r['sentence'][:60])
    if not whole(r['name'], r['sentence']): E('name not whole word', r['name'], r['sentence'][:60])
    if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): E('coord', r)
    if r['kind'] not in KINDS: E('kind', r)
    if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): E('cc', r)
    c = (r['lat'], r['lon'], r['country'], r['kind'])
    if coding.setdefault(r['place'], c) != c: E('two codings', r['place'])
seen = set(); exp = []
for r in allp:
    if (r['doc'], r['name']) in seen: continue
    seen.add((r['doc'], r['name'])); exp.append(r)
if exp != first: E('first-mention file != first of _all')
cnt = collections.Counter((r['doc'], r['sentence'], r['name']) for r in allp)
for (d, s, n), c in cnt.items():
    if c > occ(n, s): E('more rows than occurrences', n, s[:60])
keys = collections.defaultdict(set)
for r in allp: keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: E('two keys in one sentence', k[2], v)
NF = ['doc', 'text', 'sentence', 'why']
pl = {(r['doc'], r['sentence'], r['name']) for r in allp}
for r in non:
    if list(r) != NF: E('nfields', r)
    if r['sentence'] not in docs[r['doc']] or r['sentence'] not in SENTS[r['doc']]: E('nsentence', r['doc'], r['sentence'][:60])
    if not whole(r['text'], r['sentence']): E('text not whole word', r['text'], r['sentence'][:60])
    if r['why'] not in WHYS: E('why', r['why'])
    if (r['doc'], r['sentence'], r['text']) in pl: E('both place and non-place', r['text'], r['sentence'][:60])
pm = set()
for p in per:
    if list(p) != ['person', 'mentions'] or not p['mentions']: E('person fields', p)
    for m in p['mentions']:
        if list(m) != ['doc', 'text', 'sentence']: E('mfields', m)
        if m['sentence'] not in SENTS[m['doc']]: E('psentence', m['sentence'][:60])
        if not whole(m['text'], m['sentence']): E('ptext', m['text'])
        pm.add((m['doc'], m['sentence'], m['text']))
for r in non:
    if r['why'] == 'person/family named like a place' and (r['doc'], r['sentence'], r['text']) not in pm:
        E('flagged person without mention', r['text'])
ess = lambda rs: sum(1 for r in rs if not r['doc'].startswith('panel-'))
pan = lambda rs: sum(1 for r in rs if r['doc'].startswith('panel-'))
print('errors', len(err))
for e in err[:50]: print('  ', e)
print(f'place mentions {len(allp)} (essays {ess(allp)}, panels {pan(allp)})')
print(f'first mentions {len(first)} (essays {ess(first)}, panels {pan(first)})')
dk = lambda f: len({r["place"] for r in allp if f(r["doc"])})
print(f'distinct places {len(coding)} (essays {dk(lambda d: not d.startswith("panel-"))}, panels {dk(lambda d: d.startswith("panel-"))})')
print(f'non-places {len(non)} (essays {ess(non)}, panels {pan(non)})')
flag = {r['text'] for r in non if r['why'] == 'person/family named like a place'}
nflag = sum(1 for p in per if any(m['text'] in flag for m in p['mentions']))
print(f'people {len(per)}, person mentions {sum(len(p["mentions"]) for p in per)} ({nflag} people flagged as named like a place)')
nop = [d for d in docs if not any(r['doc'] == d for r in allp)]
print('documents without a place:', nop)
for p in panels:
    k = os.path.basename(p)[:-4]
    print(k, 'words', len(open(p).read().split()), 'places', sum(1 for r in allp if r['doc'] == k), 'first', sum(1 for r in first if r['doc'] == k), 'non-places', sum(1 for r in non if r['doc'] == k))
