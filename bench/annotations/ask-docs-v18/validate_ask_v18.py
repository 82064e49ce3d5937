#!/usr/bin/env python3
"""Validate ask_v18.jsonl against ask_texts.json (and all_essays.json for unanswerables' key terms)."""
import json, sys, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from overlap import overlap
HERE = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(HERE, 'ask_texts.json')))
rows = [json.loads(l) for l in open(os.path.join(HERE, 'ask_v18.jsonl'), encoding='utf-8')]
KINDS = {'who','what','when','where','why','how','how many','how much','which','unanswerable'}
FIELDS = ['id','question','answer','alternatives','document','citation','kind']
err = []
def E(m): err.append(m)
ids = [r['id'] for r in rows]
if len(rows) != 100: E(f'{len(rows)} rows, expected 100')
if len(set(ids)) != len(ids): E('duplicate ids')
if sorted(ids) != [f'q{i:03d}' for i in range(1,101)]: E('ids are not q001..q100')
if len(set(r['question'] for r in rows)) != len(rows): E('duplicate questions')
for r in rows:
    if list(r) != FIELDS: E(f"{r['id']}: fields {list(r)}")
    k = r['kind']
    if k not in KINDS: E(f"{r['id']}: bad kind {k}")
    if k == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            E(f"{r['id']}: unanswerable with non-null fields")
        continue
    d, c, a = r['document'], r['citation'], r['answer']
    if d not in texts: E(f"{r['id']}: unknown document {d}"); continue
    if not c or texts[d].count(c) < 1: E(f"{r['id']}: citation not an exact substring of {d}")
    if not a or a not in c: E(f"{r['id']}: answer not in citation")
    if a in r['alternatives']: E(f"{r['id']}: answer repeated in alternatives")
    for x in r['alternatives']:
        if x not in c: E(f"{r['id']}: alternative {x!r} not in citation")
    if '\n' in c: E(f"{r['id']}: citation spans a line break")
ans = [r for r in rows if r['kind'] != 'unanswerable']
una = [r for r in rows if r['kind'] == 'unanswerable']
bydoc = collections.Counter(r['document'] for r in ans)
if len(ans) != 80: E(f'{len(ans)} answerable, expected 80')
if len(una) != 20: E(f'{len(una)} unanswerable, expected 20')
essays = [d for d in bydoc if d != 'beabee21081aa6a0']
if len(essays) < 30: E(f'only {len(essays)} essays covered')
low = [r for r in ans if len(overlap(r['question'], r['citation'])) <= 1]
if len(low) < 30: E(f'only {len(low)} low-overlap questions')
lower = [r for r in rows if r['question'] == r['question'].lower()]
# consecutive runs of the same document (shuffle check)
runs = sum(1 for a_, b_ in zip(rows, rows[1:]) if a_['document'] and a_['document'] == b_['document'])
print('rows', len(rows), '| answerable', len(ans), '| unanswerable', len(una))
print('kinds', dict(collections.Counter(r['kind'] for r in rows)))
print('exhibit (beabee21081aa6a0):', bydoc['beabee21081aa6a0'], '| essays covered:', len(essays), 'of', len(texts)-1)
print('per document', dict(sorted(bydoc.items())))
print('questions sharing <=1 content word with citation:', len(low))
print('all-lower-case questions:', len(lower), '| adjacent same-document pairs:', runs)
if err:
    print('FAIL'); [print('  ', e) for e in err]; sys.exit(1)
print('OK')
