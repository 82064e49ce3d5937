#!/usr/bin/env python3
"""Validate ask_v60.jsonl (held-out round 59). Run: python3 validate_ask_v60.py"""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(HERE, 'ask_texts.json')))
rows = [json.loads(l) for l in open(os.path.join(HERE, 'ask_v60.jsonl'), encoding='utf-8')]
tags = json.load(open(os.path.join(HERE, 'style_tags.json')))
KINDS = {'who','what','when','where','why','how','how many','how much','which'}
FIELDS = ['id','question','answer','alternatives','document','citation','kind']
err = []
def E(m): err.append(m)
if len(rows) != 100: E('expected 100 rows, got %d' % len(rows))
ids = [r.get('id') for r in rows]
if ids != ['q%03d' % i for i in range(1, 101)]: E('ids are not q001..q100 in order')
if len(set(ids)) != len(ids): E('duplicate ids')
for r in rows:
    if list(r.keys()) != FIELDS: E('%s: fields %s' % (r.get('id'), list(r.keys())))
    q = r['question']
    if not q.strip(): E('%s: empty question' % r['id'])
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            E('%s: unanswerable must have null answer/document/citation and []' % r['id'])
        continue
    if r['kind'] not in KINDS: E('%s: bad kind %r' % (r['id'], r['kind']))
    doc = r['document']
    if doc not in texts: E('%s: unknown document %r' % (r['id'], doc)); continue
    c = r['citation']
    if c not in texts[doc]: E('%s: citation not an exact substring of %s' % (r['id'], doc))
    # one sentence: no internal ". X" boundary except after abbreviations / initials
    inner = [m for m in re.finditer(r'[.?!][”"]?\s+[A-Z“]', c)
             if not re.search(r'(\b[A-Z]|U\.S|U\.S\.S|U\.K|H\.W|i\.e|e\.g)[.]$', c[max(0, m.start()-5):m.start()+1])]
    if inner: E('%s: citation may hold more than one sentence' % r['id'])
    if not r['answer'] or r['answer'] not in c: E('%s: answer not in citation' % r['id'])
    if not isinstance(r['alternatives'], list): E('%s: alternatives not a list' % r['id'])
    for a in r['alternatives']:
        if a not in c: E('%s: alternative %r not in citation' % (r['id'], a))
        if a == r['answer']: E('%s: alternative duplicates answer' % r['id'])
    if re.match(r'(?i)(is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b', q):
        E('%s: looks like a yes/no question' % r['id'])
kinds = collections.Counter(r['kind'] for r in rows)
ans = [r for r in rows if r['kind'] != 'unanswerable']
docs = collections.Counter(r['document'] for r in ans)
museum = docs.get('000_beabee21081aa6a0', 0)
essays = [d for d in docs if d != '000_beabee21081aa6a0']
if len(ans) != 80: E('expected 80 answerable, got %d' % len(ans))
if kinds['unanswerable'] != 20: E('expected 20 unanswerable')
if not 14 <= museum <= 18: E('museum questions %d not ~16' % museum)
if len(essays) < 30: E('only %d essays covered' % len(essays))
# shuffled: longest run of the same document
run = best = 1
for a, b in zip(rows, rows[1:]):
    run = run + 1 if (a['document'] == b['document'] and a['document']) else 1
    best = max(best, run)
if best > 3: E('longest same-document run is %d (not shuffled?)' % best)
# style tags
if set(tags) != set(ids): E('style_tags ids do not match')
tc = collections.Counter(t for v in tags.values() for t in v)
low = [r['id'] for r in rows if r['question'] == r['question'].lower()]
if len(low) != 4: E('expected 4 all-lower-case questions, got %d' % len(low))
if set(low) != {i for i, v in tags.items() if 'lowercase' in v}: E('lowercase tags disagree with text')
for r in rows:
    if (r['kind'] == 'unanswerable') != ('unanswerable' in tags[r['id']]): E('%s: unanswerable tag mismatch' % r['id'])
print('rows', len(rows), '| answerable', len(ans), '| unanswerable', kinds['unanswerable'])
print('kinds', dict(kinds))
print('museum', museum, '| essays covered', len(essays), 'of', len(texts) - 1, '| longest same-doc run', best)
print('tags', dict(tc))
print('ERRORS:' if err else 'OK: all checks passed')
for m in err: print('  ', m)
sys.exit(1 if err else 0)
