"""Validate ask_v20.jsonl against ask_texts.json (citations) and report counts."""
import json, re, sys, collections
from overlap import overlap
T = json.load(open('ask_texts.json'))
rows = [json.loads(l) for l in open('ask_v20.jsonl', encoding='utf-8')]
KINDS = {"who","what","when","where","why","how","how many","how much","which","unanswerable"}
FIELDS = ["id","question","answer","alternatives","document","citation","kind"]
err = []
ids = [r['id'] for r in rows]
if len(set(ids)) != len(ids): err.append('duplicate ids')
if ids != ['q%03d' % i for i in range(1, 101)]: err.append('ids not q001..q100 in order')
for r in rows:
    if list(r.keys()) != FIELDS: err.append(f"{r['id']}: fields {list(r.keys())}")
    if r['kind'] not in KINDS: err.append(f"{r['id']}: bad kind {r['kind']}")
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            err.append(f"{r['id']}: unanswerable with non-null fields")
        continue
    d, c = r['document'], r['citation']
    if d not in T: err.append(f"{r['id']}: unknown document {d}"); continue
    if not c or c not in T[d]: err.append(f"{r['id']}: citation not in {d}")
    if not r['answer'] or r['answer'] not in c: err.append(f"{r['id']}: answer not in citation")
    for a in r['alternatives']:
        if a not in c: err.append(f"{r['id']}: alternative not in citation: {a!r}")
        if a == r['answer']: err.append(f"{r['id']}: alternative equals answer")
    if len(set(r['alternatives'])) != len(r['alternatives']): err.append(f"{r['id']}: duplicate alternatives")
ans = [r for r in rows if r['kind'] != 'unanswerable']
una = [r for r in rows if r['kind'] == 'unanswerable']
bydoc = collections.Counter(r['document'] for r in ans)
bykind = collections.Counter(r['kind'] for r in rows)
essays = [d for d in bydoc if d != 'seed']
low = [r['id'] for r in ans if len(overlap(r['question'], r['citation'])) <= 1]
lower = [r['id'] for r in rows if r['question'] == r['question'].lower()]
if len(rows) != 100: err.append(f'{len(rows)} rows')
if len(ans) != 80 or len(una) != 20: err.append(f'answerable {len(ans)} unanswerable {len(una)}')
if not 14 <= bydoc['seed'] <= 18: err.append(f"seed count {bydoc['seed']}")
if len(essays) < 30: err.append(f'only {len(essays)} essays')
if len(low) < 30: err.append(f'only {len(low)} low-overlap')
if len(lower) != 4: err.append(f'{len(lower)} lower-case questions')
# shuffled: no run of 3+ consecutive answerable rows from the same document
for i in range(len(rows) - 2):
    ds = {rows[j]['document'] for j in range(i, i + 3)}
    if len(ds) == 1 and None not in ds: err.append(f'run of same document at {rows[i]["id"]}')
print('rows', len(rows), 'answerable', len(ans), 'unanswerable', len(una))
print('by kind', dict(sorted(bykind.items())))
print('seed', bydoc['seed'], '| essays covered', len(essays), 'of', len(T) - 1)
print('by document', dict(sorted(bydoc.items())))
print('low-overlap (<=1 shared content word)', len(low))
print('all lower-case', lower)
print('ERRORS' if err else 'OK: all checks passed')
for e in err: print('  ', e)
sys.exit(1 if err else 0)
