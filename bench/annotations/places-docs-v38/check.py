"""Validation of the places_v38 set. Prints errors (if any) and counts."""
import json, re
from collections import Counter, defaultdict, OrderedDict
from split import sentences

errors = []
def err(*a):
    errors.append(' '.join(str(x) for x in a))

PANELS = ['panel-coffee-mocha-to-minas', 'panel-guano-islands-1856', 'panel-volga-germans-1763']
essays = json.load(open('places_texts.json'), object_pairs_hook=OrderedDict)
docs = json.load(open('docs.json'), object_pairs_hook=OrderedDict)
if len(docs) != 23: err('docs.json has', len(docs), 'documents')
for k, v in essays.items():
    if docs.get(k) != v: err('essay differs from places_texts.json:', k)
for p in PANELS:
    t = open(p + '.txt', encoding='utf-8').read()
    if docs.get(p) != t: err('panel differs from docs.json:', p)
    n = len(t.split())
    if not 600 <= n <= 700: err('panel word count', p, n)
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '' or not lines[2].strip(): err('panel layout (title, blank, paragraphs)', p)
if set(docs) != set(essays) | set(PANELS): err('document ids differ')

sents = {d: set(sentences(t)) for d, t in docs.items()}

def load(fn):
    return [json.loads(l, object_pairs_hook=OrderedDict) for l in open(fn, encoding='utf-8') if l.strip()]

allp = load('places_v38_all.jsonl'); first = load('places_v38.jsonl')
nonp = load('nonplaces_v38.jsonl'); pers = load('persons_v38.jsonl')

KINDS = {'country', 'region', 'city', 'natural feature', 'other'}
WHY = {'person/family named like a place', 'war/event', 'organisation', 'treaty/agreement/law', 'demonym/adjective',
       'hyphenated adjective', 'other', 'ship'}
ISO = set('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ '
          'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO '
          'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE '
          'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO '
          'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW '
          'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM '
          'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU'.split())

def whole(word, sent):
    return re.search(r'(?<![\w])' + re.escape(word) + r'(?![\w])', sent) is not None

def occ(word, sent):
    return len(re.findall(r'(?<![\w])' + re.escape(word) + r'(?![\w])', sent))

PF = ['doc', 'name', 'sentence', 'lat', 'lon', 'country', 'kind', 'place']
coding = {}
for fn, rows in (('_all', allp), ('first', first)):
    for r in rows:
        if list(r) != PF: err(fn, 'field order', r)
        if r['doc'] not in docs: err('unknown doc', r['doc'])
        elif r['sentence'] not in sents[r['doc']] or r['sentence'] not in docs[r['doc']]:
            err(fn, 'sentence not a splitter sentence', r['doc'], r['sentence'][:60])
        if not whole(r['name'], r['sentence']): err(fn, 'name not a whole word', r['name'])
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): err('coords', r)
        if r['kind'] not in KINDS: err('kind', r)
        if r['country'] is not None and r['country'] not in ISO: err('country', r)
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c: err('place coded twice', r['place'])
seen, exp = set(), []
for r in allp:
    if (r['doc'], r['name']) not in seen:
        seen.add((r['doc'], r['name'])); exp.append(r)
if exp != first: err('places_v38.jsonl is not the first mention per document and name of _all')

NF = ['doc', 'text', 'sentence', 'why']
for r in nonp:
    if list(r) != NF: err('nonplace field order', r)
    if r['sentence'] not in sents.get(r['doc'], ()): err('nonplace sentence', r['doc'], r['sentence'][:60])
    if not whole(r['text'], r['sentence']): err('nonplace text not whole word', r['text'])
    if r['why'] not in WHY: err('why', r)

pm = []
for p in pers:
    if list(p) != ['person', 'mentions']: err('person field order', p)
    for m in p['mentions']:
        if list(m) != ['doc', 'text', 'sentence']: err('mention field order', m)
        if m['sentence'] not in sents.get(m['doc'], ()): err('person sentence', m)
        if not whole(m['text'], m['sentence']): err('person text not whole word', m['text'])
        pm.append((m['doc'], m['sentence'], m['text']))
if len({p['person'] for p in pers}) != len(pers): err('person listed twice')

# rows only as often as the word occurs
cnt = Counter()
for r in allp: cnt[(r['doc'], r['sentence'], r['name'], 'P')] += 1
for r in nonp: cnt[(r['doc'], r['sentence'], r['text'], 'N' + r['why'][:3])] += 1
for d, s, t in pm: cnt[(d, s, t, 'H')] += 1
for (d, s, t, k), n in cnt.items():
    if n > occ(t, s): err('more rows than occurrences', d, t, n, s[:60])
# no name with two keys in one sentence
keys = defaultdict(set)
for r in allp: keys[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in keys.items():
    if len(v) > 1: err('name with two keys in one sentence', k[2], v)
# no text both a place and a non-place / person in one sentence
pl = {(r['doc'], r['sentence'], r['name']) for r in allp}
for r in nonp:
    if (r['doc'], r['sentence'], r['text']) in pl: err('both place and non-place', r['text'], r['sentence'][:60])
for x in pm:
    if x in pl: err('both place and person', x[2])
# named-like-a-place rows have their person mention
pmc = Counter(pm)
for r in nonp:
    if r['why'] == 'person/family named like a place' and pmc[(r['doc'], r['sentence'], r['text'])] == 0:
        err('flagged person without mention', r['text'])

print('errors:', len(errors))
for e in errors[:50]: print('  ', e)
ess = set(essays)
def split_count(rows):
    return len(rows), sum(r['doc'] in ess for r in rows), sum(r['doc'] not in ess for r in rows)
print('place mentions %d (essays %d, panels %d)' % split_count(allp))
print('first mentions %d (essays %d, panels %d)' % split_count(first))
dp = {r['place'] for r in allp}
print('distinct places %d (essays %d, panels %d)' % (len(dp), len({r['place'] for r in allp if r['doc'] in ess}),
                                                     len({r['place'] for r in allp if r['doc'] not in ess})))
print('non-places %d (essays %d, panels %d)' % split_count(nonp))
print('people %d, person mentions %d' % (len(pers), len(pm)))
for p in PANELS:
    rows = [r for r in allp if r['doc'] == p]
    print('  %s (%d words): mentions %d, distinct %d, first %d, non-places %d, people %d, person mentions %d' % (
        p, len(docs[p].split()), len(rows), len({r['place'] for r in rows}), sum(r['doc'] == p for r in first),
        sum(r['doc'] == p for r in nonp), sum(any(m['doc'] == p for m in x['mentions']) for x in pers),
        sum(d == p for d, _, _ in pm)))
print('kinds', dict(Counter(coding[k][3] for k in coding)))
print('why', dict(Counter(r['why'] for r in nonp)))
print('documents without a place:', [d for d in docs if d not in {r['doc'] for r in allp}])
