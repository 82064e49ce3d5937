#!/usr/bin/env python3
"""Validate ask_v49.jsonl against ask_texts.json (independent checker for this set)."""
import json, re, sys, collections
D = '/work/heldout/r48/ask49/'
texts = json.load(open(D + 'ask_texts.json'))
rows = [json.loads(l) for l in open(D + 'ask_v49.jsonl', encoding='utf-8')]
KINDS = {'who','what','when','where','why','how','how many/how much','which','unanswerable'}
FIELDS = ['id','question','answer','alternatives','document','citation','kind']
err = []
def E(m): err.append(m)

if len(rows) != 100: E(f'expected 100 rows, got {len(rows)}')
ids = [r.get('id') for r in rows]
if len(set(ids)) != len(ids): E('duplicate ids')
if sorted(ids) != [f'q{i:03d}' for i in range(1, 101)]: E('ids are not exactly q001..q100')
for r in rows:
    i = r.get('id')
    if list(r.keys()) != FIELDS: E(f'{i}: fields {list(r.keys())}')
    if r['kind'] not in KINDS: E(f'{i}: bad kind {r["kind"]}')
    if not isinstance(r['alternatives'], list): E(f'{i}: alternatives not a list')
    if r['kind'] == 'unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives']:
            E(f'{i}: unanswerable must have null answer/document/citation and []')
        continue
    doc, cit, ans = r['document'], r['citation'], r['answer']
    if doc not in texts: E(f'{i}: unknown document {doc}'); continue
    if not cit or cit not in texts[doc]: E(f'{i}: citation not an exact substring of {doc}')
    if not ans or ans not in (cit or ''): E(f'{i}: answer not an exact substring of citation')
    for a in r['alternatives']:
        if a not in (cit or ''): E(f'{i}: alternative {a!r} not in citation')
        if a == ans: E(f'{i}: alternative duplicates answer')
    if len(set(r['alternatives'])) != len(r['alternatives']): E(f'{i}: duplicate alternatives')
    # citation should be whole sentence(s) boundary-wise: starts at a sentence start, ends with end punctuation
    t = texts[doc]; k = t.find(cit)
    before = t[:k].rstrip(' ')
    if k > 0 and before and before[-1] not in '.!?"”\n': E(f'{i}: citation does not start at a sentence boundary')
    if cit.rstrip()[-1] not in '.!?"”': E(f'{i}: citation does not end with sentence punctuation')
    if re.match(r'(?i)^(is|are|was|were|did|does|do|can|could|has|have|had|will|would|should)\b', r['question']):
        E(f'{i}: looks like a yes/no question')

kinds = collections.Counter(r['kind'] for r in rows)
ans_rows = [r for r in rows if r['kind'] != 'unanswerable']
docs = collections.Counter(r['document'] for r in ans_rows)
ex = docs.get('000_beabee21081aa6a0', 0)
essays = {d for d in docs if d != '000_beabee21081aa6a0'}
if len(ans_rows) != 80: E(f'expected 80 answerable, got {len(ans_rows)}')
if kinds['unanswerable'] != 20: E(f'expected 20 unanswerable, got {kinds["unanswerable"]}')
if not 14 <= ex <= 18: E(f'exhibit questions {ex}, expected ~16')
if len(essays) < 30: E(f'only {len(essays)} essays covered')
# shuffled: no long run of the same document
run = 1
for a, b in zip(rows, rows[1:]):
    run = run + 1 if (a['document'] == b['document'] and a['document']) else 1
    if run > 3: E('run of >3 consecutive questions on one document'); break
# paraphrase check: content words shared between question and citation
STOP = set('''a an the of in on at to for from by with and or but is was were are be been did do does what who whom which when
where why how many much that this these those as it its his her their they he she you your i my me we our after before into
about over under than then so if not no yes according exhibit text essay also other another one two name called call say said
says tell told get got go went have had has there here up out all some any just only very most more first last ever would'''.split())
def cw(s): return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP and len(w) > 1}
low = sum(1 for r in ans_rows if len(cw(r['question']) & cw(r['citation'])) <= 1)
lower = sum(1 for r in rows if r['question'] == r['question'].lower())
if low < 30: E(f'only {low} questions share <=1 content word with their citation')
if lower < 4: E(f'only {lower} all-lower-case questions')

print('rows:', len(rows), '| answerable:', len(ans_rows), '| unanswerable:', kinds['unanswerable'])
print('kinds:', dict(sorted(kinds.items())))
print('exhibit questions:', ex, '| essays covered:', len(essays), 'of', len(texts) - 1)
print('questions sharing <=1 content word with citation:', low)
print('all-lower-case questions:', lower)
if err:
    print('FAILED:'); [print('  ', e) for e in err]; sys.exit(1)
print('OK: all checks passed')
