import json, re, sys
sys.path.insert(0, '/work/heldout/r50/places')
from split import sentences
D = '/work/heldout/r50/places/'
err = []
docs = json.load(open(D + 'docs.json'))
essays = json.load(open(D + 'places_texts.json'))
import glob, os
panels = {os.path.basename(f)[:-4]: open(f).read() for f in glob.glob(D + 'panel-*.txt')}
if len(docs) != 23: err.append(f'docs.json has {len(docs)} documents')
for k, v in essays.items():
    if docs.get(k) != v: err.append(f'essay {k} differs from places_texts.json')
for k, v in panels.items():
    if docs.get(k) != v: err.append(f'panel {k} differs from docs.json')
    lines = v.split('\n')
    if not lines[0].strip() or lines[1] != '' or not lines[2].strip(): err.append(f'panel {k}: title / blank line / paragraph layout')
    n = len(v.split())
    if not 600 <= n <= 700: err.append(f'panel {k}: {n} words')
if set(docs) != set(essays) | set(panels): err.append('docs.json ids != essays + panels')
SENTS = {k: sentences(v) for k, v in docs.items()}
def rows(f): return [json.loads(l) for l in open(D + f)]
P_ALL, P_FIRST, NP, PER = rows('places_v51_all.jsonl'), rows('places_v51.jsonl'), rows('nonplaces_v51.jsonl'), rows('persons_v51.jsonl')
KINDS = {"country", "region", "city", "natural feature", "other"}
WHY = {"person/family named like a place", "organisation", "treaty/agreement/law", "demonym/adjective", "ship/vehicle", "event/battle/war",
       "publication/newspaper", "street/building named after a place or person", "other"}
def word_in(w, s):
    return re.search(r'(?<![\w])' + re.escape(w) + (r'' if w.endswith('.') else r'(?![\w])'), s) is not None
code = {}
for f, rs in (('places_v51_all', P_ALL), ('places_v51', P_FIRST)):
    for r in rs:
        if list(r) != ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]: err.append(f'{f}: field order {list(r)}')
        if r['doc'] not in docs: err.append(f'{f}: unknown doc {r["doc"]}'); continue
        if r['sentence'] not in docs[r['doc']]: err.append(f'{f}: sentence not in doc: {r["sentence"][:60]}')
        if r['sentence'] not in SENTS[r['doc']]: err.append(f'{f}: not a splitter sentence: {r["sentence"][:60]}')
        if not word_in(r['name'], r['sentence']): err.append(f'{f}: name {r["name"]!r} not a whole word of its sentence')
        if not (-90 <= r['lat'] <= 90 and -180 <= r['lon'] <= 180): err.append(f'{f}: coordinates {r["name"]}')
        if r['kind'] not in KINDS: err.append(f'{f}: kind {r["kind"]}')
        if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}', r['country']): err.append(f'{f}: country {r["country"]}')
        c = (r['lat'], r['lon'], r['country'], r['kind'])
        if code.setdefault(r['place'], c) != c: err.append(f'place key {r["place"]} coded two ways')
# first mentions = first per (doc, name) of _all
seen = set(); exp = []
for r in P_ALL:
    if (r['doc'], r['name']) not in seen: seen.add((r['doc'], r['name'])); exp.append(r)
if exp != P_FIRST: err.append('places_v51.jsonl is not the first mention per document and name of places_v51_all.jsonl')
# one key per name per sentence
ks = {}
for r in P_ALL:
    ks.setdefault((r['doc'], r['sentence'], r['name']), set()).add(r['place'])
for k, v in ks.items():
    if len(v) > 1: err.append(f'name {k[2]} has two keys in one sentence: {v}')
# no more rows than occurrences
from collections import Counter
def occ(w, s): return len(re.findall(r'(?<![\w])' + re.escape(w) + (r'' if w.endswith('.') else r'(?![\w])'), s))
for lab, rs, fld in (('places', P_ALL, 'name'), ('nonplaces', NP, 'text')):
    cnt = Counter((r['doc'], r['sentence'], r[fld]) for r in rs)
    for (d, s, w), n in cnt.items():
        if n > occ(w, s): err.append(f'{lab}: {n} rows for {w!r} but fewer occurrences')
for r in NP:
    if list(r) != ["doc", "text", "sentence", "why"]: err.append(f'nonplaces field order {list(r)}')
    if r['sentence'] not in docs.get(r['doc'], ''): err.append(f'nonplace sentence not in doc: {r["sentence"][:60]}')
    if r['sentence'] not in SENTS.get(r['doc'], []): err.append(f'nonplace not a splitter sentence: {r["sentence"][:60]}')
    if not word_in(r['text'], r['sentence']): err.append(f'nonplace text {r["text"]!r} not a whole word')
    if r['why'] not in WHY: err.append(f'why {r["why"]}')
placetexts = {(r['doc'], r['sentence'], r['name']) for r in P_ALL}
for r in NP:
    if (r['doc'], r['sentence'], r['text']) in placetexts: err.append(f'{r["text"]!r} both place and non-place in one sentence')
flagged = {(r['doc'], r['sentence'], r['text']) for r in NP if r['why'] == 'person/family named like a place'}
pm = set(); nflag = 0
for p in PER:
    if list(p) != ["person", "mentions"]: err.append('persons field order')
    for m in p['mentions']:
        if m['sentence'] not in SENTS.get(m['doc'], []): err.append(f'person sentence not a splitter sentence: {m["sentence"][:50]}')
        if not word_in(m['text'], m['sentence']): err.append(f'person text {m["text"]!r} not a whole word')
        pm.add((m['doc'], m['sentence'], m['text']))
for f in flagged:
    if f not in pm: err.append(f'named-like-a-place row without person mention: {f[2]}')
flagged_people = {p['person'] for p in PER if any((m['doc'], m['sentence'], m['text']) in flagged for m in p['mentions'])}
for e in err: print('ERROR', e)
print(f'{len(err)} errors')
ess = set(essays)
def split(rs): return sum(r['doc'] in ess for r in rs), sum(r['doc'] not in ess for r in rs)
a, b = split(P_ALL); print(f'place mentions {len(P_ALL)} (essays {a}, panels {b})')
a, b = split(P_FIRST); print(f'first mentions {len(P_FIRST)} (essays {a}, panels {b})')
da = {r['place'] for r in P_ALL if r['doc'] in ess}; dp = {r['place'] for r in P_ALL if r['doc'] not in ess}
print(f'distinct places {len(da | dp)} (essays {len(da)}, panels {len(dp)})')
a, b = split(NP); print(f'non-places {len(NP)} (essays {a}, panels {b})')
print(f'people {len(PER)}, person mentions {sum(len(p["mentions"]) for p in PER)} ({len(flagged_people)} people flagged as named like a place)')
print('non-places by why:', dict(Counter(r['why'] for r in NP)))
print('places by kind (distinct keys):', dict(Counter(v[3] for v in code.values())))
nop = [k for k in docs if not any(r['doc'] == k for r in P_ALL)]
print('documents without a place:', nop)
