#!/usr/bin/env python3
"""Checks for the v16 set; prints errors (if any) and counts."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
ISO = set('''AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG
CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ
GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU
LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'''.split()) | {'SU', 'CS', 'YU'}
KINDS = {'country', 'city', 'region', 'natural feature', 'other'}
WHYS = {'demonym/adjective', 'organisation', 'person/family named like a place', 'treaty/agreement/law', 'other', 'war/event', 'ship',
        'hyphenated adjective', 'product'}
errors = []
def err(*a): errors.append(' '.join(str(x) for x in a))
def load(name):
    rows = []
    for i, line in enumerate(open(os.path.join(OUT, name))):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(name, i + 1, 'bad JSON', e)
    return rows
docs = json.load(open(os.path.join(HERE, 'docs.json')))
essays = json.load(open(os.path.join(OUT, '..', 'places_texts.json')))
for k, v in essays.items():
    if docs.get(k) != v:
        err('essay text differs', k)
panels = [k for k in docs if k not in essays]
for k in panels:
    n = len(docs[k].split())
    if not 600 <= n <= 900:
        err('panel length', k, n)
    if open(os.path.join(HERE, k + '.txt')).read().strip() != docs[k]:
        err('panel file differs from docs.json', k)
if len(docs) != 23:
    err('expected 23 docs, got', len(docs))
WORD = r"[\w\-]"
def whole(sent, text):
    for m in re.finditer(re.escape(text), sent):
        s, e = m.start(), m.end()
        if (s == 0 or not re.match(WORD, sent[s - 1])) and (e == len(sent) or not re.match(WORD, sent[e])):
            return True
    return False
def sent_ok(f, r, text):
    if r['doc'] not in docs:
        err(f, 'unknown doc', r['doc']); return
    if r['sentence'] not in docs[r['doc']]:
        err(f, 'sentence not verbatim', r['doc'], r['sentence'][:60])
    if not whole(r['sentence'], text):
        err(f, 'surface not a whole word', r['doc'], text, '|', r['sentence'][:60])
pl_all = load('places_v16_all.jsonl'); pl_first = load('places_v16.jsonl')
nps = load('nonplaces_v16.jsonl'); pers = load('persons_v16.jsonl')
coding = {}
for f, rows in (('places_v16_all', pl_all), ('places_v16', pl_first)):
    seen = set()
    for r in rows:
        if set(r) != {'doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place'}:
            err(f, 'fields', r)
        sent_ok(f, r, r['name'])
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180):
            err(f, 'coords', r['name'])
        if r['kind'] not in KINDS:
            err(f, 'kind', r['kind'])
        if r['country'] is not None and r['country'] not in ISO:
            err(f, 'country', r['country'], r['name'])
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c:
            err('two codings for key', r['place'])
        k = (r['doc'], r['name'], r['sentence'], r['place'])
        if k in seen:
            err(f, 'duplicate', k)
        seen.add(k)
first, seenf = [], set()
for r in pl_all:
    if (r['doc'], r['name']) not in seenf:
        seenf.add((r['doc'], r['name'])); first.append(r)
if first != pl_first:
    err('places_v16.jsonl is not the first mention per doc + name of _all')
seen = set()
for r in nps:
    if set(r) != {'doc', 'text', 'sentence', 'why'}:
        err('nonplaces fields', r)
    sent_ok('nonplaces', r, r['text'])
    if r['why'] not in WHYS:
        err('why', r['why'])
    k = (r['doc'], r['text'], r['sentence'])
    if k in seen:
        err('nonplace duplicate', k)
    seen.add(k)
labels = set(); pm = set(); pmk = set()
for p in pers:
    if p['person'] in labels:
        err('person listed twice', p['person'])
    labels.add(p['person'])
    if not p['mentions']:
        err('person without mentions', p['person'])
    for m in p['mentions']:
        sent_ok('persons', m, m['text'])
        k = (m['doc'], m['text'], m['sentence'])
        if k in pmk:
            err('person mention duplicate / two people', k)
        pmk.add(k)
plk = {(r['doc'], r['name'], r['sentence']) for r in pl_all}
npk = {(r['doc'], r['text'], r['sentence']) for r in nps if r['why'] != 'person/family named like a place'}
for k in plk & npk:
    err('text both place and non-place in one sentence', k)
for k in plk & pmk:
    err('text both place and person in one sentence', k)
multi = collections.defaultdict(set)
for r in pl_all:
    multi[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in multi.items():
    if len(v) > 1:
        err('one name, two keys in one sentence', k, v)
two = collections.defaultdict(set)
for r in pl_all:
    two[(r['doc'], r['name'])].add(r['place'])
print('errors:', len(errors))
for e in errors[:50]:
    print('  ', e)
print('names keyed two ways in one document:', sorted((d, n, tuple(sorted(v))) for (d, n), v in two.items() if len(v) > 1))
def part(rows, f):
    return [r for r in rows if f(r['doc'])]
ess = lambda d: d in essays; pan = lambda d: d not in essays
print('| | place mentions | distinct places | first mentions | non-places | people / mentions |')
print('| --- | --- | --- | --- | --- | --- |')
for lab, f in (('20 essays', ess), ('3 panels', pan), ('all', lambda d: True)):
    pa = part(pl_all, f); pf = part(pl_first, f); npx = part(nps, f)
    ppl = [p for p in pers if any(f(m['doc']) for m in p['mentions'])]
    nm = sum(1 for p in pers for m in p['mentions'] if f(m['doc']))
    print(f"| {lab} | {len(pa)} | {len({r['place'] for r in pa})} | {len(pf)} | {len(npx)} | {len(ppl)} / {nm} |")
print('kinds (all mentions):', collections.Counter(r['kind'] for r in pl_all).most_common())
print('kinds (first mentions):', collections.Counter(r['kind'] for r in pl_first).most_common())
print('non-places by why:', collections.Counter(r['why'] for r in nps).most_common())
sys.exit(1 if errors else 0)
