"""Validation for places_v36 (independent of build.py's tagging; uses split.py only to check sentence boundaries)."""
import json, re, glob, os
from collections import Counter, defaultdict
from split import sentences

err = []
def E(msg):
    err.append(msg)

load = lambda fn: [json.loads(l) for l in open(fn, encoding='utf-8')]
docs = json.load(open('docs.json', encoding='utf-8'))
essays = json.load(open('places_texts.json', encoding='utf-8'))
P = load('places_v36_all.jsonl'); F = load('places_v36.jsonl'); N = load('nonplaces_v36.jsonl'); H = load('persons_v36.jsonl')

# documents
if len(docs) != 23: E('docs: %d documents' % len(docs))
for k, v in essays.items():
    if docs.get(k) != v: E('essay differs: ' + k)
panels = sorted(glob.glob('panel-*.txt'))
if len(panels) != 3: E('panels: %d' % len(panels))
pstats = {}
for p in panels:
    pid = os.path.basename(p)[:-4]
    t = open(p, encoding='utf-8').read()
    if docs.get(pid) != t: E('panel differs from docs.json: ' + pid)
    w = len(t.split())
    pstats[pid] = w
    if not 600 <= w <= 700: E('panel %s has %d words' % (pid, w))
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '' or not lines[2].strip(): E('panel layout: ' + pid)
if set(docs) != set(essays) | {os.path.basename(p)[:-4] for p in panels}: E('docs.json keys')

sents = {d: set(sentences(t)) for d, t in docs.items()}

def whole(word, s):
    return len(re.findall(r'(?<![\w])' + re.escape(word) + r'(?![\w])', s))

KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHY = {'person/family named like a place', 'war/event', 'organisation', 'treaty/agreement/law', 'demonym/adjective',
       'hyphenated adjective', 'ship', 'other'}
PF = ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']
NF = ['doc', 'text', 'sentence', 'why']

def chk_sent(r, key):
    if r['doc'] not in docs: E('unknown doc %r' % r['doc']); return
    if r['sentence'] not in docs[r['doc']]: E('sentence not in doc: %r' % r['sentence'][:80])
    if r['sentence'] not in sents[r['doc']]: E('not a splitter sentence: %r' % r['sentence'][:80])
    if whole(r[key], r['sentence']) == 0: E('%r not a whole word in %r' % (r[key], r['sentence'][:80]))

coding = {}
for r in P + F:
    if list(r) != PF: E('field order %r' % list(r))
    chk_sent(r, 'name')
    if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): E('coords %r' % r)
    if r['kind'] not in KINDS: E('kind %r' % r['kind'])
    if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): E('country %r' % r['country'])
    c = (r['lat'], r['lon'], r['country'], r['kind'])
    if coding.setdefault(r['place'], c) != c: E('two codings for %s' % r['place'])
for r in N:
    if list(r) != NF: E('field order %r' % list(r))
    chk_sent(r, 'text')
    if r['why'] not in WHY: E('why %r' % r['why'])
pm = []
for h in H:
    if list(h) != ['person', 'mentions']: E('person fields')
    for m in h['mentions']:
        if list(m) != ['doc', 'text', 'sentence']: E('mention fields')
        chk_sent(m, 'text')
        pm.append((m['doc'], m['sentence'], m['text']))
if len({h['person'] for h in H}) != len(H): E('duplicate person keys')

# first mentions
seen, first = set(), []
for r in P:
    k = (r['doc'], r['name'])
    if k not in seen:
        seen.add(k); first.append(r)
if first != F: E('places_v36.jsonl is not the first mention per document and name of _all')

# rows only as often as the word occurs
cnt = Counter((r['doc'], r['sentence'], r['name']) for r in P)
for (d, s, n), c in cnt.items():
    if c > whole(n, s): E('%r listed %d times in %r' % (n, c, s[:60]))
cntn = Counter((r['doc'], r['sentence'], r['text'], r['why'] == 'person/family named like a place') for r in N)
for (d, s, n, f), c in cntn.items():
    if c > whole(n, s): E('non-place %r listed %d times' % (n, c))
cntp = Counter(pm)
for (d, s, n), c in cntp.items():
    if c > whole(n, s): E('person text %r listed %d times' % (n, c))

# one key per name per sentence
keys = defaultdict(set)
for r in P: keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: E('name with two keys in one sentence: %r %r' % (k[2], v))
# no text both place and non-place/person in one sentence
ptexts = {(r['doc'], r['sentence'], r['name']) for r in P}
for r in N:
    if (r['doc'], r['sentence'], r['text']) in ptexts: E('both place and non-place: %r' % r['text'])
for k in pm:
    if k in ptexts: E('both place and person: %r' % (k[2],))
# flagged rows have person mentions
pms = set(pm)
for r in N:
    if r['why'] == 'person/family named like a place' and (r['doc'], r['sentence'], r['text']) not in pms:
        E('flagged row without person mention: %r' % r['text'])

print('errors:', len(err))
for e in err[:50]: print('  ', e)
isp = lambda d: d.startswith('panel-')
print('place mentions %d (essays %d, panels %d)' % (len(P), sum(not isp(r['doc']) for r in P), sum(isp(r['doc']) for r in P)))
print('first mentions %d (essays %d, panels %d)' % (len(F), sum(not isp(r['doc']) for r in F), sum(isp(r['doc']) for r in F)))
dk = lambda f: len({r['place'] for r in P if f(r['doc'])})
print('distinct places %d (essays %d, panels %d)' % (len({r['place'] for r in P}), dk(lambda d: not isp(d)), dk(isp)))
print('non-places %d (essays %d, panels %d)' % (len(N), sum(not isp(r['doc']) for r in N), sum(isp(r['doc']) for r in N)))
print('people %d, person mentions %d' % (len(H), len(pm)))
for pid, w in pstats.items():
    print('  %s (%d words): mentions %d, distinct %d, first %d, non-places %d, people %d, person mentions %d' % (
        pid, w, sum(r['doc'] == pid for r in P), len({r['place'] for r in P if r['doc'] == pid}),
        sum(r['doc'] == pid for r in F), sum(r['doc'] == pid for r in N),
        sum(any(m['doc'] == pid for m in h['mentions']) for h in H), sum(d == pid for d, _, _ in pm)))
print('kinds', dict(Counter(coding_kind for coding_kind in (coding[k][3] for k in coding))))
print('why', dict(Counter(r['why'] for r in N)))
print('documents without a place:', [d for d in docs if d not in {r['doc'] for r in P}])
