import json, re, os, glob, collections
from split import split
H = os.path.dirname(os.path.abspath(__file__))
err = []
def E(*a): err.append(' '.join(str(x) for x in a))
def load(fn): return [json.loads(l) for l in open(os.path.join(H, fn))]
texts = json.load(open(os.path.join(H, 'places_texts.json')))
docs = json.load(open(os.path.join(H, 'docs.json')))
panels = sorted(os.path.basename(f)[:-4] for f in glob.glob(os.path.join(H, 'panel-*.txt')))
if len(docs) != 23: E('docs.json has', len(docs), 'documents')
if len(panels) != 3: E('panels', panels)
for k, v in texts.items():
    if docs.get(k) != v: E('essay differs', k)
for p in panels:
    t = open(os.path.join(H, p + '.txt')).read()
    if docs.get(p) != t: E('panel differs from docs.json', p)
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '' or not lines[2].strip(): E('panel layout', p)
    body = '\n'.join(lines[1:])
    wc = len(t.split())
    if not 600 <= wc <= 700: E('panel words', p, wc)
SENTS = {k: set(split(v)) for k, v in docs.items()}
def whole(sent, t):
    n = 0
    for m in re.finditer(re.escape(t), sent):
        a, b = m.start(), m.end()
        if (a == 0 or not sent[a-1].isalnum()) and (b == len(sent) or not sent[b].isalnum()):
            n += 1
    return n
PL = load('places_v34.jsonl'); ALL = load('places_v34_all.jsonl'); NP = load('nonplaces_v34.jsonl'); PE = load('persons_v34.jsonl')
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHYS = {'demonym/adjective', 'hyphenated adjective', 'organisation', 'war/event', 'treaty/agreement/law', 'ship', 'other', 'person/family named like a place'}
coding = {}
for fn, rows, keys in [('places_v34.jsonl', PL, ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']),
                       ('places_v34_all.jsonl', ALL, ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place'])]:
    for r in rows:
        if list(r) != keys: E(fn, 'field order', r)
        if r['doc'] not in docs: E(fn, 'doc', r['doc']); continue
        if r['sentence'] not in docs[r['doc']] or r['sentence'] not in SENTS[r['doc']]: E(fn, 'sentence', r['doc'], r['sentence'][:60])
        if not whole(r['sentence'], r['name']): E(fn, 'name not whole word', r['name'])
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): E(fn, 'coords', r)
        if r['kind'] not in KINDS: E(fn, 'kind', r)
        if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): E(fn, 'country', r)
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c: E('two codings for', r['place'])
first, seen = [], set()
for r in ALL:
    if (r['doc'], r['name']) not in seen: seen.add((r['doc'], r['name'])); first.append(r)
if first != PL: E('places_v34.jsonl is not the first mention per doc and name of _all')
for r in NP:
    if list(r) != ['doc', 'text', 'sentence', 'why']: E('nonplace field order', r)
    if r['sentence'] not in SENTS.get(r['doc'], ()): E('nonplace sentence', r['doc'], r['sentence'][:60])
    if not whole(r['sentence'], r['text']): E('nonplace text not whole word', r['text'])
    if r['why'] not in WHYS: E('why', r)
pm = set()
for p in PE:
    if list(p) != ['person', 'mentions']: E('person field order', p['person'])
    for m in p['mentions']:
        if list(m) != ['doc', 'text', 'sentence']: E('mention field order', m)
        if m['sentence'] not in SENTS.get(m['doc'], ()): E('person sentence', m['doc'], m['sentence'][:60])
        if not whole(m['sentence'], m['text']): E('person text not whole word', m['text'])
        pm.add((m['doc'], m['text'], m['sentence']))
# duplicates only as often as the word occurs
cnt = collections.Counter((r['doc'], r['sentence'], r['name']) for r in ALL)
for (d, s, n), c in cnt.items():
    if c > whole(s, n): E('duplicate place rows', d, n, c)
keys = collections.defaultdict(set)
for r in ALL: keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: E('name with two keys in one sentence', k[2], v)
nptexts = {(r['doc'], r['sentence'], r['text']) for r in NP if r['why'] != 'person/family named like a place'}
for k in keys:
    if k in nptexts: E('text both place and non-place', k[2])
    if k in pm: E('text both place and person', k[2])
for r in NP:
    if r['why'] == 'person/family named like a place' and (r['doc'], r['text'], r['sentence']) not in pm:
        E('named-like-a-place row without person mention', r['text'])
print('errors:', len(err))
for e in err[:50]: print('  ', e)
ess = set(texts)
def split_count(rows, f=lambda r: True):
    a = sum(1 for r in rows if r['doc'] in ess and f(r)); return a, len([r for r in rows if f(r)]) - a
print('place mentions %d (essays %d, panels %d)' % ((len(ALL),) + split_count(ALL)))
print('first mentions %d (essays %d, panels %d)' % ((len(PL),) + split_count(PL)))
de = {r['place'] for r in ALL if r['doc'] in ess}; dp = {r['place'] for r in ALL if r['doc'] not in ess}
print('distinct places %d (essays %d, panels %d)' % (len(de | dp), len(de), len(dp)))
print('non-places %d (essays %d, panels %d)' % ((len(NP),) + split_count(NP)))
print('people %d, person mentions %d' % (len(PE), sum(len(p['mentions']) for p in PE)))
for p in panels:
    t = docs[p]
    pr = [r for r in ALL if r['doc'] == p]
    print('  %s (%d words): mentions %d, distinct %d, first %d, non-places %d, people %d, person mentions %d' % (
        p, len(t.split()), len(pr), len({r['place'] for r in pr}), len([r for r in PL if r['doc'] == p]),
        len([r for r in NP if r['doc'] == p]), len([x for x in PE if any(m['doc'] == p for m in x['mentions'])]),
        sum(1 for x in PE for m in x['mentions'] if m['doc'] == p)))
print('kinds', dict(collections.Counter(r['kind'] for r in PL)))
print('why', dict(collections.Counter(r['why'] for r in NP)))
print('documents without a place:', [d for d in docs if not any(r['doc'] == d for r in ALL)])
