#!/usr/bin/env python3
"""Validate ask_v44.jsonl against ask_texts.json (and all_essays.json). Own script, round 43."""
import json, re, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(HERE, 'ask_texts.json')))
alltexts = json.load(open(os.path.join(HERE, '..', 'all_essays.json')))
rows = [json.loads(l) for l in open(os.path.join(HERE, 'ask_v44.jsonl'), encoding='utf-8')]
KINDS = {'who','what','when','where','why','how','how many/how much','which','unanswerable'}
FIELDS = ['id','question','answer','alternatives','document','citation','kind']
errs = []
def err(m): errs.append(m)

if len(rows) != 100: err(f'expected 100 rows, got {len(rows)}')
ids = [r.get('id') for r in rows]
if len(set(ids)) != len(ids): err('duplicate ids')
if sorted(ids) != [f'q{i:03d}' for i in range(1, 101)]: err('ids are not exactly q001..q100')
if ids != sorted(ids): err('ids not in order in file')
for r in rows:
    if list(r.keys()) != FIELDS: err(f"{r.get('id')}: fields {list(r.keys())}")
    k = r['kind']
    if k not in KINDS: err(f"{r['id']}: bad kind {k}")
    if k == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives'] != []:
            err(f"{r['id']}: unanswerable must have null answer/document/citation and []")
        continue
    doc = r['document']
    if doc not in texts: err(f"{r['id']}: unknown document {doc}"); continue
    if texts[doc] != alltexts.get(doc): err(f"{r['id']}: ask_texts and all_essays differ for {doc}")
    cit = r['citation']
    if not cit or cit not in texts[doc]: err(f"{r['id']}: citation not an exact substring of {doc}")
    if '\n' in (cit or ''): err(f"{r['id']}: citation spans a line break")
    if not r['answer'] or r['answer'] not in cit: err(f"{r['id']}: answer not in citation")
    if not isinstance(r['alternatives'], list): err(f"{r['id']}: alternatives not a list")
    for a in r['alternatives']:
        if a not in cit: err(f"{r['id']}: alternative {a!r} not in citation")
        if a == r['answer']: err(f"{r['id']}: alternative duplicates answer")
    if len(set(r['alternatives'])) != len(r['alternatives']): err(f"{r['id']}: duplicate alternatives")
    q = r['question'].lower()
    if re.match(r'^(is|are|was|were|did|does|do|can|could|has|have|had|will|would|should)\b', q):
        err(f"{r['id']}: looks like a yes/no question")
    if 'is it true' in q: err(f"{r['id']}: 'is it true' not allowed")

kinds = collections.Counter(r['kind'] for r in rows)
ans = [r for r in rows if r['kind'] != 'unanswerable']
docs = collections.Counter(r['document'] for r in ans)
M = '000_beabee21081aa6a0'
essay_docs = [d for d in docs if d != M]
if len(ans) != 80: err(f'answerable {len(ans)} != 80')
if kinds['unanswerable'] != 20: err(f"unanswerable {kinds['unanswerable']} != 20")
if not 14 <= docs[M] <= 18: err(f'museum count {docs[M]} not ~16')
if len(essay_docs) < 30: err(f'only {len(essay_docs)} essays covered')

# content-word overlap between question and citation
STOP = set('''a an the of in on at to for from by with and or but as is was were be been being are did do does
what which who whom whose when where why how many much that this these those it its his her their they them he she
we you i me my our your not no into onto over under after before during about than then there here so such also
up out off one two own same other some any all each both more most very can could would should will shall may might
has have had get got give gave go went make made say said tell told called name named use used first last'''.split())
def stem(w):
    w = w.lower().replace('’', "'")
    w = re.sub(r"'s$", '', w)
    for suf in ('ing', 'ed', 'es', 's'):
        if len(w) > 4 and w.endswith(suf): return w[:-len(suf)]
    return w
def content(s):
    return {stem(w) for w in re.findall(r"[A-Za-zÀ-ÿ0-9’'\-]+", s) if w.lower() not in STOP and len(w) > 1}
low = []
for r in ans:
    ov = content(r['question']) & content(r['citation'])
    if len(ov) <= 1: low.append((r['id'], sorted(ov)))
lower = [r['id'] for r in rows if r['question'] == r['question'].lower()]

print('kinds:', dict(kinds))
print('answerable per document:', dict(sorted(docs.items())))
print('essays covered:', len(essay_docs), 'of', len(texts) - 1)
print('questions sharing <=1 content word with citation:', len(low))
print('all-lower-case questions:', lower)
if len(low) < 30: err(f'only {len(low)} low-overlap questions (<30)')
if '-v' in sys.argv:
    for i, ov in low: print('  low-overlap', i, ov)
if errs:
    print('ERRORS:'); [print(' ', e) for e in errs]; sys.exit(1)
print('OK: all checks passed')
