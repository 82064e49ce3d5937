"""Validation of places_v57 files. Prints errors and counts."""
import json, re, collections
import split

ERR = []
def err(*a):
    ERR.append(' '.join(str(x) for x in a))

essays = json.load(open('places_texts.json'))
docs = json.load(open('docs.json'))
panels = [k for k in docs if k.startswith('panel-')]
if len(docs) != 23: err('docs', len(docs))
if len(essays) != 20 or len(panels) != 3: err('essays/panels', len(essays), len(panels))
for k, v in essays.items():
    if docs.get(k) != v: err('essay differs', k)
for p in panels:
    t = open(p + '.txt').read()
    if t != docs[p]: err('panel differs', p)
    n = len(t.split())
    if not 600 <= n <= 700: err('panel words', p, n)
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '' or not lines[2].strip(): err('panel layout', p)

SENTS = {k: set(split.sentences(v)) for k, v in docs.items()}
def load(fn):
    return [json.loads(l) for l in open(fn)]
allp = load('places_v57_all.jsonl'); firstp = load('places_v57.jsonl')
nonp = load('nonplaces_v57.jsonl'); pers = load('persons_v57.jsonl')

def whole(s, t):
    for m in re.finditer(re.escape(t), s):
        a, b = m.start(), m.end()
        if (a == 0 or not re.match(r'\w', s[a - 1])) and (b == len(s) or not re.match(r'\w', s[b])):
            return True
    return False

def occ(s, t):
    n = 0
    for m in re.finditer(re.escape(t), s):
        a, b = m.start(), m.end()
        if (a == 0 or not re.match(r'\w', s[a - 1])) and (b == len(s) or not re.match(r'\w', s[b])):
            n += 1
    return n

PF = ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']
KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHY = {'person/family named like a place', 'organisation', 'treaty/agreement/law', 'demonym/adjective', 'ship/vehicle',
       'event/battle/war', 'publication/newspaper', 'street/building named after a place or person', 'other'}
coding = {}
for fn, rows in (('all', allp), ('first', firstp)):
    for r in rows:
        if list(r) != PF: err(fn, 'fields', r)
        if r['doc'] not in docs: err('doc', r['doc']); continue
        if r['sentence'] not in docs[r['doc']] or r['sentence'] not in SENTS[r['doc']]: err('sentence', r)
        if not whole(r['sentence'], r['name']): err('name not whole word', r['name'], r['sentence'][:60])
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): err('coords', r)
        if r['kind'] not in KINDS: err('kind', r)
        if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): err('country', r)
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c: err('coding', r['place'])
seen, exp = set(), []
for r in allp:
    if (r['doc'], r['name']) not in seen:
        seen.add((r['doc'], r['name'])); exp.append(r)
if exp != firstp: err('first-mention file mismatch')

NF = ['doc', 'text', 'sentence', 'why']
for r in nonp:
    if list(r) != NF: err('np fields', r)
    if r['sentence'] not in SENTS.get(r['doc'], ()): err('np sentence', r)
    if not whole(r['sentence'], r['text']): err('np text', r)
    if r['why'] not in WHY: err('why', r)
permention = set()
for p in pers:
    if list(p) != ['person', 'mentions']: err('person fields', p['person'])
    for m in p['mentions']:
        if list(m) != ['doc', 'text', 'sentence']: err('mention fields', m)
        if m['sentence'] not in SENTS.get(m['doc'], ()): err('person sentence', m)
        if not whole(m['sentence'], m['text']): err('person text', m)
        permention.add((m['doc'], m['sentence'], m['text']))
# counts vs occurrences; place/non-place clash; one key per name per sentence
cnt = collections.Counter()
keys = collections.defaultdict(set)
for r in allp:
    cnt[(r['doc'], r['sentence'], r['name'])] += 1
    keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for r in nonp:
    if r['why'] != 'person/family named like a place':
        cnt[(r['doc'], r['sentence'], r['text'])] += 1
for (d, s, t), n in cnt.items():
    if n > occ(s, t): err('more rows than occurrences', d, t, s[:60])
for k, v in keys.items():
    if len(v) > 1: err('two keys for one name in a sentence', k[2], v)
plset = {(r['doc'], r['sentence'], r['name']) for r in allp}
for r in nonp:
    if (r['doc'], r['sentence'], r['text']) in plset: err('place and non-place', r['text'], r['sentence'][:60])
    if r['why'] == 'person/family named like a place' and (r['doc'], r['sentence'], r['text']) not in permention:
        err('flagged row without person mention', r)

def split_counts(rows, f=lambda r: True):
    e = sum(1 for r in rows if not r['doc'].startswith('panel-') and f(r)); return e, len([r for r in rows if f(r)]) - e
pm = split_counts(allp); fm = split_counts(firstp)
dp_e = len({r['place'] for r in allp if not r['doc'].startswith('panel-')})
dp_p = len({r['place'] for r in allp if r['doc'].startswith('panel-')})
npc = split_counts(nonp)
nm = sum(len(p['mentions']) for p in pers)
flag = len({r['text'] for r in nonp if r['why'].startswith('person/family')})
import lex
flagged = sum(1 for p in pers if lex.PEOPLE[p['person']][0])
print(f'errors: {len(ERR)}')
for e in ERR[:50]: print('  ', e)
print(f'documents {len(docs)} (essays {len(essays)}, panels {len(panels)})')
print(f'place mentions {sum(pm)} (essays {pm[0]}, panels {pm[1]})')
print(f'first mentions {sum(fm)} (essays {fm[0]}, panels {fm[1]})')
print(f'distinct places {len({r["place"] for r in allp})} (essays {dp_e}, panels {dp_p})')
print(f'non-places {sum(npc)} (essays {npc[0]}, panels {npc[1]})')
print(f'people {len(pers)}, person mentions {nm} ({flagged} people flagged as named like a place)')
print('docs without a place:', [d for d in docs if d not in {r["doc"] for r in allp}])
for p in panels:
    print(p, len(docs[p].split()), 'words')
