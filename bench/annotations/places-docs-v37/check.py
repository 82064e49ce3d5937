"""Validation of the places_v37 set. Run: python3 check.py"""
import json, re, glob, os
from collections import Counter, defaultdict
from split import sentences

errors = []
def err(*a):
    errors.append(' '.join(str(x) for x in a))

def load(p):
    return [json.loads(l) for l in open(p, encoding='utf-8')]

docs = json.load(open('docs.json', encoding='utf-8'))
essays = json.load(open('places_texts.json', encoding='utf-8'))
allp = load('places_v37_all.jsonl'); first = load('places_v37.jsonl')
nonp = load('nonplaces_v37.jsonl'); pers = load('persons_v37.jsonl')

if len(docs) != 23: err('documents', len(docs))
for k, v in essays.items():
    if docs.get(k) != v: err('essay differs', k)
panels = sorted(glob.glob('panel-*.txt'))
if len(panels) != 3: err('panels', len(panels))
words = {}
for p in panels:
    pid = os.path.basename(p)[:-4]
    t = open(p, encoding='utf-8').read().rstrip('\n')
    if docs.get(pid) != t: err('panel differs from docs.json', pid)
    w = len(t.split()); words[pid] = w
    if not 600 <= w <= 700: err('panel words', pid, w)
    lines = t.split('\n')
    if len(lines) < 3 or not lines[0].strip() or lines[1] != '' or any(l.strip() == '' and i % 2 == 0 for i, l in enumerate(lines)):
        err('panel layout', pid)
extra = set(docs) - set(essays) - {os.path.basename(p)[:-4] for p in panels}
if extra: err('unknown docs', extra)

sents = {d: set(sentences(t)) for d, t in docs.items()}

def occurrences(s, sub):
    n = 0
    for m in re.finditer(re.escape(sub), s):
        a, b = m.start(), m.end()
        if (a == 0 or not s[a-1].isalnum() or not sub[0].isalnum()) and (b == len(s) or not s[b].isalnum() or not sub[-1].isalnum()):
            n += 1
    return n

def check_sentence(doc, sent, sub, where):
    if doc not in docs: err(where, 'unknown doc', doc); return
    if sent not in docs[doc]: err(where, 'sentence not in doc', doc, sent[:60])
    if sent not in sents[doc]: err(where, 'not a splitter sentence', doc, sent[:60])
    if occurrences(sent, sub) == 0: err(where, 'not a whole word', doc, sub, sent[:60])

PKEYS = ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHY = {'person/family named like a place', 'war/event', 'organisation', 'treaty/agreement/law', 'demonym/adjective',
       'hyphenated adjective', 'other', 'ship'}
coding = {}
for f, rows in (('all', allp), ('first', first)):
    for r in rows:
        if list(r) != PKEYS: err(f, 'field order', r)
        check_sentence(r['doc'], r['sentence'], r['name'], f)
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): err(f, 'coords', r['place'])
        if r['kind'] not in KINDS: err(f, 'kind', r['kind'])
        if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): err(f, 'country', r['country'])
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c: err('two codings', r['place'])
fm, seen = [], set()
for r in allp:
    k = (r['doc'], r['name'])
    if k not in seen:
        seen.add(k); fm.append(r)
if fm != first: err('places_v37.jsonl is not the first mentions of _all')
for r in nonp:
    if list(r) != ['doc', 'text', 'sentence', 'why']: err('nonplace field order', r)
    check_sentence(r['doc'], r['sentence'], r['text'], 'nonplace')
    if r['why'] not in WHY: err('why', r['why'])
pm = []
for p in pers:
    if list(p) != ['person', 'mentions'] or not p['mentions']: err('person fields', p.get('person'))
    for m in p['mentions']:
        if list(m) != ['doc', 'text', 'sentence']: err('mention fields', m)
        check_sentence(m['doc'], m['sentence'], m['text'], 'person')
        pm.append((m['doc'], m['sentence'], m['text']))
if len(set(p['person'] for p in pers)) != len(pers): err('duplicate person')

# rows only as often as the word occurs
for label, rows, fld in (('all', allp, 'name'), ('nonplace', nonp, 'text')):
    cnt = Counter((r['doc'], r['sentence'], r[fld]) for r in rows)
    for (d, s, x), n in cnt.items():
        if n > occurrences(s, x): err(label, 'more rows than occurrences', d, x, n)
cnt = Counter(pm)
for (d, s, x), n in cnt.items():
    if n > occurrences(s, x): err('person more rows than occurrences', d, x, n)
# no name with two keys in one sentence
keys = defaultdict(set)
for r in allp: keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: err('two keys in one sentence', k[0], k[2], v)
# no text both a place and a non-place / person in one sentence
pl = {(r['doc'], r['sentence'], r['name']) for r in allp}
npl = {(r['doc'], r['sentence'], r['text']) for r in nonp}
for k in pl & (npl | set(pm)): err('place and non-place/person', k[0], k[2])
# flagged rows need a person mention
for r in nonp:
    if r['why'] == 'person/family named like a place' and (r['doc'], r['sentence'], r['text']) not in set(pm):
        err('flag without person', r['doc'], r['text'])

print('errors:', len(errors))
for e in errors[:50]: print('  ', e)
ess = set(essays)
print('place mentions %d (essays %d, panels %d)' % (len(allp), sum(r['doc'] in ess for r in allp), sum(r['doc'] not in ess for r in allp)))
print('first mentions %d (essays %d, panels %d)' % (len(first), sum(r['doc'] in ess for r in first), sum(r['doc'] not in ess for r in first)))
print('distinct places %d (essays %d, panels %d)' % (len({r['place'] for r in allp}), len({r['place'] for r in allp if r['doc'] in ess}),
      len({r['place'] for r in allp if r['doc'] not in ess})))
print('non-places %d (essays %d, panels %d)' % (len(nonp), sum(r['doc'] in ess for r in nonp), sum(r['doc'] not in ess for r in nonp)))
print('people %d, person mentions %d' % (len(pers), len(pm)))
for pid in sorted(words):
    print('  %s (%d words): mentions %d, distinct %d, first %d, non-places %d, people %d, person mentions %d' % (
        pid, words[pid], sum(r['doc'] == pid for r in allp), len({r['place'] for r in allp if r['doc'] == pid}),
        sum(r['doc'] == pid for r in first), sum(r['doc'] == pid for r in nonp),
        sum(any(m['doc'] == pid for m in p['mentions']) for p in pers), sum(1 for m in pm if m[0] == pid)))
print('kinds', dict(Counter(c[3] for c in coding.values())))
print('why', dict(Counter(r['why'] for r in nonp)))
print('documents without a place:', sorted(set(docs) - {r['doc'] for r in allp}))
