"""Validation of places_v58 files: exact substrings, whole words, fields, codings, counts."""
import json, re, collections, sys
import split, lex
errors = []
def err(*a):
    errors.append(' '.join(str(x) for x in a))
texts = json.load(open('places_texts.json', encoding='utf-8'))
docs = json.load(open('docs.json', encoding='utf-8'))
PANELS = ["panel-vienna-siege-1683", "panel-cisplatine-war-1828", "panel-singapore-founding-1819"]
if len(docs) != 23: err('docs.json has', len(docs), 'documents')
for k, v in texts.items():
    if docs.get(k) != v: err('essay differs from places_texts.json:', k)
for p in PANELS:
    t = open(p + '.txt', encoding='utf-8').read().rstrip('\n')
    if docs.get(p) != t: err('panel differs from docs.json:', p)
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '' or not lines[2].strip(): err('panel layout (title, blank line, paragraphs):', p)
    n = len(t.split())
    if not 600 <= n <= 700: err('panel word count', p, n)
    print(f'{p}: {n} words, {len([l for l in lines[2:] if l.strip()])} paragraphs')
sents = {d: set(split.sentences(t)) for d, t in docs.items()}
def load(fn):
    return [json.loads(l) for l in open(fn, encoding='utf-8')]
first, allp, nonp, pers = (load('places_v58.jsonl'), load('places_v58_all.jsonl'), load('nonplaces_v58.jsonl'), load('persons_v58.jsonl'))
PF = ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]
WHOLE_EXCEPT = {("1981-1988-lebanon", "New Jersey")}  # source typo "New Jerseyto"
def whole(text, sent):
    return re.search(r'(?<![\w])' + re.escape(text) + r'(?![\w])', sent) is not None
def chk_sent(r, field):
    d, s = r['doc'], r['sentence']
    if d not in docs: err('unknown doc', d); return
    if s not in docs[d]: err('sentence not in document', d, s[:60])
    if s not in sents[d]: err('sentence is not one of the splitter sentences', d, s[:60])
    t = r[field]
    if t not in s: err(field, 'not in sentence', d, t)
    elif not whole(t, s) and (d, t) not in WHOLE_EXCEPT: err(field, 'not a whole word', d, t)
KINDS = {"city", "region", "natural feature", "country", "other"}
coding = {}
for fn, rows in (('first', first), ('all', allp)):
    for r in rows:
        if list(r) != PF: err(fn, 'fields', list(r))
        chk_sent(r, 'name')
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): err('coords', r['place'])
        if r['kind'] not in KINDS: err('kind', r['kind'])
        if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): err('country', r['country'])
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if coding.setdefault(r['place'], c) != c: err('two codings for', r['place'])
# first file = first mention per (doc, name) of _all
exp, seen = [], set()
for r in allp:
    if (r['doc'], r['name']) not in seen:
        seen.add((r['doc'], r['name'])); exp.append(r)
if exp != first: err('places_v58.jsonl is not the first mention per document and name of _all')
# no name with two keys in one sentence
ks = collections.defaultdict(set)
for r in allp: ks[(r['doc'], r['sentence'], r['name'])].add(r['place'])
for k, v in ks.items():
    if len(v) > 1: err('two keys for one name in one sentence', k[0], k[2], v)
# no more rows than occurrences
cnt = collections.Counter((r['doc'], r['sentence'], r['name']) for r in allp)
for (d, s, n), c in cnt.items():
    occ = len(re.findall(r'(?<![\w])' + re.escape(n) + r'(?![\w])', s))
    if c > occ: err('more rows than occurrences', d, n, c, occ)
WHY = {"person/family named like a place", "organisation", "treaty/agreement/law", "demonym/adjective", "ship/vehicle",
       "event/battle/war", "publication/newspaper", "street/building named after a place or person", "other"}
for r in nonp:
    if list(r) != ["doc", "text", "sentence", "why"]: err('nonplace fields', list(r))
    chk_sent(r, 'text')
    if r['why'] not in WHY: err('why', r['why'])
pl = {(r['doc'], r['sentence'], r['name']) for r in allp}
for r in nonp:
    if (r['doc'], r['sentence'], r['text']) in pl: err('both place and non-place in one sentence', r['doc'], r['text'])
pm = set()
for p in pers:
    if list(p) != ['person', 'mentions'] or not p['mentions']: err('person fields', p.get('person'))
    for m in p['mentions']:
        if list(m) != ['doc', 'text', 'sentence']: err('mention fields', m)
        chk_sent(m, 'text'); pm.add((m['doc'], m['sentence'], m['text']))
for r in nonp:
    if r['why'] == 'person/family named like a place' and (r['doc'], r['sentence'], r['text']) not in pm:
        err('named-like-a-place row without person mention', r['doc'], r['text'])
ess = lambda rows: sum(1 for r in rows if not r['doc'].startswith('panel-'))
print(f"place mentions {len(allp)} (essays {ess(allp)}, panels {len(allp) - ess(allp)})")
print(f"first mentions {len(first)} (essays {ess(first)}, panels {len(first) - ess(first)})")
de = {r['place'] for r in allp if not r['doc'].startswith('panel-')}; dp = {r['place'] for r in allp if r['doc'].startswith('panel-')}
print(f"distinct places {len(de | dp)} (essays {len(de)}, panels {len(dp)})")
print(f"non-places {len(nonp)} (essays {ess(nonp)}, panels {len(nonp) - ess(nonp)})")
nm = sum(len(p['mentions']) for p in pers)
flag = sum(1 for p in pers if lex.PERSONS[p['person']][1])
print(f"people {len(pers)}, person mentions {nm} ({flag} people flagged as named like a place)")
print(f"documents without a place: {[d for d in docs if d not in {r['doc'] for r in allp}]}")
print(f"ERRORS: {len(errors)}")
for e in errors[:50]: print('  ', e)
sys.exit(1 if errors else 0)
